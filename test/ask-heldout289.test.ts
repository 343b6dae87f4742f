// Over-fitting check, two-hundred-and-eighty-ninth catalogue: the winter and spring 2028 programme for the Landkreis
// Aschaffenburg (Bavaria, Lower Franconia) and its towns and municipalities (Alzenau, Großostheim, Hösbach, Goldbach,
// Mömbris, Kahl a.Main, Kleinostheim, Stockstadt a.Main, Mespelbrunn and the Verwaltungsgemeinschaft Schöllkrippen with
// Blankenbach, Kleinkahl, Krombach, Sommerkahl and Westerngrund), with the Bayerische Verwaltungsschule (BVS), the
// Kommunale Unfallversicherung Bayern (KUVB), the AKDB, the Bayerischer Kommunaler Prüfungsverband (BKPV), the
// Landratsamt's Personalentwicklung, the Volkshochschule Alzenau and the Energieagentur Bayerischer Untermain, imported
// from a JSON file. Seminars take place in the Landratsamt Aschaffenburg, the town halls of Alzenau, Großostheim, Hösbach,
// Goldbach, Mömbris, Kahl, Stockstadt and Schöllkrippen, the Volkshochschule Alzenau, the Bauhof's Werkhalle in
// Großostheim, online or hybrid. Several titles do not name their subject ("Nicht jeder Link ist ein Freund" is phishing,
// "Ruhig bleiben, wenn es laut wird" de-escalation with aggressive visitors, "Zahlen, die entscheiden" the municipal
// budget for council members, "Jede Minute zählt" resuscitation / defibrillator, "Verstanden werden" plain language,
// "Gemeinsam am Dokument" Microsoft 365 / OneDrive / Teams, "Was darf raus?" data protection when giving information to
// police, press and residents, "Standfest oder nicht?" tree inspection, "Neu in der Verantwortung" new managers, "Wenn es
// brennt, zählt jeder Griff" fire wardens, "Geld in der Hand" cash security, "Jede Kilowattstunde zählt" saving energy
// in municipal buildings, "Gut gewählt" preparing the 2028 Landtag election, "Willkommen an Bord" induction day for
// trainees), so only summary, description or topics reveal them; one seminar is held in English; two run on two days
// (civil registry on Tue/Wed 01.–02.02., the leadership course on two Fridays across the start of summer time, Sun
// 26.03.2028); the cash course is open only to the Verwaltungsgemeinschaft Schöllkrippen; the council-members' budget
// course is the only one in the evening; KUVB courses and several others are free. The questions are written as
// employees ask them: a few words about their office, a colleague or a deadline first, then the question; some carry
// time or place words that are part of the story, not of the question. Written without looking at the parser or the
// answers.
//
// Calendar around `now` (Wednesday 12 January 2028, 10:40 in Aschaffenburg, winter time; 2028 is a leap year; summer
// time begins Sun 26.03.2028, ended Sun 31.10.2027; Good Friday 14.04., Easter Sunday 16.04.2028):
//   past:       Tue 19.10.2027 (CEST) special use permits for fairs (Rathaus Großostheim); Mon 10.01.2028 09:00–12:00
//               payroll changes 2028 (online) — two days ago
//   this week:  Wed 12.01. (today) 14:00–15:30 phishing (online); Thu 13.01. (tomorrow) 09:00–12:00 travel expenses
//               (Landratsamt); Fri 14.01. 08:30–12:00 Word (online, 59 €)
//   next week:  Mon 17.01. 09:00–16:00 property tax (Rathaus Großostheim; deadline passed Fri 07.01. 12:00), Tue 18.01.
//               09:00–15:00 de-escalation (Rathaus Hösbach), Wed 19.01. 18:00–20:30 budget for council members (Rathaus
//               Alzenau, evening), Thu 20.01. 09:00–12:00 English intercultural course (online; deadline Fri 14.01.
//               23:59); nothing on Fri 21.01.
//   January:    Wed 26.01. 13:00–16:00 resuscitation (Rathaus Mömbris); the cancelled PowerPoint course (Fri 28.01.)
//   February:   Tue 01.02. + Wed 02.02. 09:00–16:00 marriages with foreign nationals (Landratsamt; deadline Tue 18.01.
//               23:59), Thu 10.02. plain language (VHS Alzenau; deadline Fri 28.01. 12:00), Tue 15.02. 10:00–11:30
//               Microsoft 365 (online), Wed 23.02. 09:00–12:00 Excel (online, 69 €)
//   March:      Thu 02.03. 09:00–12:00 data protection (Rathaus Kahl), Wed 08.03. 14:00–16:30 AI (hybrid, Rathaus
//               Goldbach), Thu 16.03. 07:30–15:00 tree inspection (Bauhof Großostheim), the cancelled heat-planning course
//               (Thu 23.03.), Fri 24.03. (CET) and Fri 31.03. (CEST) 09:00–16:30 new managers (Landratsamt; deadline
//               Fri 10.03. 23:59)
//   April:      Wed 05.04. 09:00–13:00 fire wardens (Rathaus Stockstadt), Tue 25.04. 09:00–15:00 cash security (Rathaus
//               Schöllkrippen, VG Schöllkrippen only), Thu 27.04. 10:00–11:30 saving energy (online)
//   later:      Tue 09.05. 09:00–16:00 Landtag election (Rathaus Alzenau; deadline Wed 12.04. 12:00), the draft dog-tax
//               course (Wed 17.05.), Tue 20.06. 09:00–16:00 land-use plans (Rathaus Hösbach), the draft lost-property
//               course (Wed 21.06.), Mon 04.09. 09:00–15:00 induction day for trainees (Landratsamt, 30 seats)
//   Fridays:    Word (14.01.) and new managers (24.03., 31.03.); nothing is offered in Mespelbrunn.
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-01-12T09:40:00Z'); // Wednesday, 12 January 2028, 10:40 in Aschaffenburg (CET)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Nicht jeder Link ist ein Freund', // Wed 12.01. 14:00–15:30, online, AKDB, Kraus, phishing, free
  reisekosten: 'Reisekosten richtig abrechnen: Das Bayerische Reisekostengesetz in der Praxis', // Thu 13.01. 09:00–12:00, Landratsamt, PE, Weigand, free
  word: 'Word für Fortgeschrittene: Serienbriefe, Formatvorlagen und lange Dokumente', // Fri 14.01. 08:30–12:00, online, VHS, Ullrich, 59 € (Dienststelle pays)
  grundsteuer: 'Grundsteuer in Bayern: Bescheide, Einsprüche und Erlass', // Mon 17.01. 09:00–16:00, Rathaus Großostheim, BVS, Dr. Seitz, 240 €, deadline passed Fri 07.01. 12:00
  deeskalation: 'Ruhig bleiben, wenn es laut wird', // Tue 18.01. 09:00–15:00, Rathaus Hösbach, KUVB, Roth, aggressive visitors, free
  haushalt: 'Zahlen, die entscheiden', // Wed 19.01. 18:00–20:30, Rathaus Alzenau, BVS, Dr. Seitz, budget for council members, 45 €, 35 seats
  english: 'Welcome Desk: Intercultural Communication for Front-Office Staff', // Thu 20.01. 09:00–12:00, online, VHS, Donovan, in English, 75 €, deadline Fri 14.01. 23:59
  reanimation: 'Jede Minute zählt', // Wed 26.01. 13:00–16:00, Rathaus Mömbris, KUVB, Hock, CPR / defibrillator, free
  standesamt: 'Eheschließung mit Auslandsbezug: Ehefähigkeit, Urkunden und Anerkennung', // Tue 01.02. + Wed 02.02. 09:00–16:00, Landratsamt, BVS, Dr. Fleckenstein, 320 €, deadline Tue 18.01. 23:59
  sprache: 'Verstanden werden', // Thu 10.02. 09:00–16:00, Volkshochschule Alzenau, VHS, Brückner, plain language, 120 €, deadline Fri 28.01. 12:00
  m365: 'Gemeinsam am Dokument', // Tue 15.02. 10:00–11:30, online, AKDB, Kraus, Microsoft 365 / OneDrive / Teams, free
  excel: 'Excel kompakt: Pivot-Tabellen und SVERWEIS', // Wed 23.02. 09:00–12:00, online, VHS, Ullrich, 69 €
  datenschutz: 'Was darf raus?', // Thu 02.03. 09:00–12:00, Rathaus Kahl am Main, PE, Kunkel, data protection for information requests (police, press), free
  ki: 'Künstliche Intelligenz im Verwaltungsalltag: Chancen, Grenzen, Datenschutz', // Wed 08.03. 14:00–16:30, hybrid (Rathaus Goldbach), AKDB, Kraus, free
  baum: 'Standfest oder nicht?', // Thu 16.03. 07:30–15:00, Werkhalle Bauhof Großostheim, KUVB, Zöller, tree inspection, free
  fuehrung: 'Neu in der Verantwortung', // Fri 24.03. (CET) + Fri 31.03. (CEST) 09:00–16:30, Landratsamt, BVS, Dr. Vogt, new managers, 390 €, deadline Fri 10.03. 23:59
  brandschutz: 'Wenn es brennt, zählt jeder Griff', // Wed 05.04. 09:00–13:00, Rathaus Stockstadt am Main, KUVB, Hock, fire wardens, free
  kasse: 'Geld in der Hand', // Tue 25.04. 09:00–15:00, Rathaus Schöllkrippen, BKPV, Hein, cash security, 150 €, VG Schöllkrippen only
  energie: 'Jede Kilowattstunde zählt', // Thu 27.04. 10:00–11:30, online, Energieagentur, Stenger, saving energy in buildings, free
  wahl: 'Gut gewählt', // Tue 09.05. 09:00–16:00, Rathaus Alzenau, BVS, Amrhein, Landtag election / postal vote / poll workers, 190 €, deadline Wed 12.04. 12:00
  bplan: 'Der Bebauungsplan Schritt für Schritt: Verfahren nach dem Baugesetzbuch', // Tue 20.06. 09:00–16:00, Rathaus Hösbach, BVS, Dr. Seitz, 260 €
  azubi: 'Willkommen an Bord', // Mon 04.09. 09:00–15:00, Landratsamt, PE, Weigand, induction day for trainees, free, 30 seats
  hundesteuer: 'Hundesteuer: Satzung, Veranlagung und Vollzug', // draft (Wed 17.05.)
  fundrecht: 'Fundrecht im Bürgerbüro: Fundsachen annehmen, verwahren, verwerten', // draft (Wed 21.06.)
  powerpoint: 'PowerPoint: Präsentationen, die überzeugen', // cancelled (Fri 28.01.2028)
  waerme: 'Kommunale Wärmeplanung: Pflichten und Fahrplan für Gemeinden', // cancelled (Thu 23.03.2028)
  entgelt: 'Entgeltabrechnung 2028: Was sich zum Jahreswechsel ändert', // past (Mon 10 January 2028)
  sondernutzung: 'Sondernutzung und Gestattung: Feste und Märkte rechtssicher genehmigen', // past (Tue 19 October 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.hundesteuer, T.fundrecht, T.powerpoint, T.waerme, T.entgelt, T.sondernutzung];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations: story first, then short follow-ups --------------------------------------------------
  {
    conv: 'heute',
    q: 'Bei uns im Hauptamt ist heute Nachmittag ausnahmsweise nichts los. Gibt es heute noch ein Seminar?',
    kind: 'list',
    titles: [T.phishing],
  },
  {
    conv: 'heute',
    q: 'Um wie viel Uhr fängt es an?',
    kind: 'facts',
    titles: [T.phishing],
    says: ['beginnt am Mi., 12.01.2028 um 14:00 Uhr'],
  },
  {
    conv: 'heute',
    q: 'Wie lange dauert das? Ich muss heute pünktlich zur Kita.',
    kind: 'facts',
    titles: [T.phishing],
    says: ['dauert 1,5 Stunden, von 14:00 bis 15:30 Uhr'],
  },
  {
    conv: 'morgen',
    q: 'Mein Kollege hält mir morgen Vormittag den Rücken frei, dann könnte ich mal raus. Was gibt es morgen?',
    kind: 'list',
    titles: [T.reisekosten],
  },
  {
    conv: 'morgen',
    q: 'Wo findet das statt?',
    kind: 'facts',
    titles: [T.reisekosten],
    says: ['findet im Landratsamt Aschaffenburg'],
  },
  {
    conv: 'morgen',
    q: 'Wer leitet das?',
    kind: 'facts',
    titles: [T.reisekosten],
    says: ['leitet Frau Sabine Weigand'],
  },
  {
    conv: 'fuehrung',
    q: 'Demnächst übernehme ich die Sachgebietsleitung im Ordnungsamt und habe noch nie Mitarbeitende geführt. Gibt es etwas, das mich darauf vorbereitet?',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'fuehrung',
    q: 'An welchen Tagen ist das?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Fr., 24.03.2028 und Fr., 31.03.2028', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    conv: 'fuehrung',
    q: 'Bis wann muss ich mich anmelden?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['bis Fr., 10.03.2028, 23:59 Uhr'],
  },
  {
    conv: 'grundsteuer',
    q: 'Seit der Grundsteuerreform rufen bei uns in der Steuerstelle ständig Leute wegen ihrer Bescheide an. Gibt es dazu eine Schulung?',
    kind: 'list',
    titles: [T.grundsteuer],
  },
  {
    conv: 'grundsteuer',
    q: 'Wann ist da Anmeldeschluss?',
    kind: 'facts',
    titles: [T.grundsteuer],
    says: ['ist am Fr., 07.01.2028, 12:00 Uhr abgelaufen'],
  },
  {
    conv: 'english',
    q: "My colleague at the citizens' office keeps struggling with visitors from abroad, and our team lead asked me to look for training. Is there anything on intercultural communication?",
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  {
    conv: 'english',
    q: 'Is it online or in person?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['takes place online'],
  },
  {
    conv: 'english',
    q: "What's the registration deadline?",
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['until Fri, 14 Jan 2028, 23:59'],
  },
  {
    conv: 'baum',
    q: 'Nach dem Sturm neulich ist bei uns ein dicker Ast auf den Gehweg gefallen, und der Bürgermeister will, dass der Bauhof die Straßenbäume regelmäßig kontrolliert. Gibt es dafür eine Schulung?',
    kind: 'list',
    titles: [T.baum],
  },
  {
    conv: 'baum',
    q: 'Wo findet die statt?',
    kind: 'facts',
    titles: [T.baum],
    says: ['findet in der Werkhalle des Bauhofs Großostheim'],
  },
  {
    conv: 'ki',
    q: 'Meine Kollegin im Vorzimmer lässt sich Briefe von ChatGPT vorformulieren, und ich frage mich, ob das überhaupt erlaubt ist. Gibt es eine Veranstaltung zu KI?',
    kind: 'list',
    titles: [T.ki],
  },
  {
    conv: 'ki',
    q: 'Kann ich da auch von zu Hause aus teilnehmen?',
    kind: 'facts',
    titles: [T.ki],
    says: ['findet hybrid statt: im Rathaus Goldbach'],
  },
  {
    conv: 'ki',
    q: 'Und wann ist das?',
    kind: 'facts',
    titles: [T.ki],
    says: ['findet am Mi., 08.03.2028 von 14:00 bis 16:30 Uhr statt'],
  },
  {
    conv: 'haushalt',
    q: 'Ich bin seit kurzem Gemeinderätin in Alzenau und verstehe beim Haushaltsplan nur Bahnhof. Gibt es etwas für Ehrenamtliche wie mich?',
    kind: 'list',
    titles: [T.haushalt],
  },
  {
    conv: 'haushalt',
    q: 'Sind da noch Plätze frei?',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['noch 35 von 35 Plätzen frei'],
  },
  {
    conv: 'haushalt',
    q: 'Was kostet das?',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['kostet 45 €'],
    mentions: ['Für Mitglieder des Gemeinderats übernimmt die Gemeinde die Gebühr.'],
  },
  {
    conv: 'standesamt',
    q: 'Im Standesamt haben wir immer öfter Paare mit ausländischen Papieren, und meine erfahrene Kollegin geht bald in Rente. Gibt es eine Fortbildung zu Eheschließungen mit Auslandsbezug?',
    kind: 'list',
    titles: [T.standesamt],
  },
  {
    conv: 'standesamt',
    q: 'Wie lange dauert das?',
    kind: 'facts',
    titles: [T.standesamt],
    says: ['dauert 2 Tage, jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'standesamt',
    q: 'Bis wann kann ich mich anmelden?',
    kind: 'facts',
    titles: [T.standesamt],
    says: ['bis Di., 18.01.2028, 23:59 Uhr'],
  },
  // --- facts about a seminar named by its subject; time and place words of the story are no filter -------------------
  {
    q: 'Unser Fortbildungsbudget ist fast aufgebraucht, deshalb muss ich genau rechnen: Was kostet der Excel-Kurs?',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 69 €'],
  },
  {
    q: 'Ich würde gern den Word-Kurs mit den Serienbriefen machen. Was kostet der, und zahlt das meine Dienststelle?',
    kind: 'facts',
    titles: [T.word],
    says: ['kostet 59 €'],
    mentions: ['Die Gebühr trägt die entsendende Dienststelle.'],
  },
  {
    q: 'Unsere Ersthelferin ist länger krank, deshalb springe ich ein und will die Wiederbelebung mit dem Defi auffrischen. Wann ist der Kurs dazu?',
    kind: 'facts',
    titles: [T.reanimation],
    says: ['findet am Mi., 26.01.2028 von 13:00 bis 16:00 Uhr statt'],
  },
  {
    q: 'Ich bin im Rathaus Kleinostheim neu als Brandschutzhelferin eingeteilt worden. Wo findet die Ausbildung dazu statt?',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['findet im Rathaus Stockstadt am Main'],
  },
  {
    q: 'Our building department is drawing up its first Bebauungsplan in years. How long does the seminar on it take?',
    locale: 'en',
    kind: 'facts',
    titles: [T.bplan],
    says: ['lasts 7 hours, from 09:00 to 16:00'],
  },
  {
    q: 'Für die Landtagswahl im Herbst bin ich zum ersten Mal im Wahlamt verantwortlich. Bis wann kann ich mich für das Seminar zur Wahlvorbereitung anmelden?',
    kind: 'facts',
    titles: [T.wahl],
    says: ['bis Mi., 12.04.2028, 12:00 Uhr'],
  },
  {
    q: 'Wer leitet die Schulung zur Kassensicherheit?',
    kind: 'facts',
    titles: [T.kasse],
    says: ['leitet Frau Monika Hein'],
  },
  {
    q: 'We have a new apprentice starting in September. When is the induction day for trainees?',
    locale: 'en',
    kind: 'facts',
    titles: [T.azubi],
    says: ['on Mon, 4 Sep 2028 from 09:00 to 15:00'],
  },
  // --- topic searches: everyday words, words only in summary or description, a typo, English -------------------------
  {
    q: 'Neulich hat eine Kollegin auf eine gefälschte Mail vom angeblichen IT-Support geklickt, jetzt ist die Aufregung groß. Gibt es eine Schulung, wie man so etwas erkennt?',
    kind: 'list',
    titles: [T.phishing],
  },
  {
    q: 'we need phishing awareness training for our staff',
    locale: 'en',
    kind: 'list',
    titles: [T.phishing],
  },
  {
    q: 'Letzte Woche ist ein Mann bei uns im Bürgerbüro richtig laut geworden, das steckt mir noch in den Knochen. Gibt es etwas zum Umgang mit aggressiven Besuchern?',
    kind: 'list',
    titles: [T.deeskalation],
  },
  {
    q: 'Unsere Bescheide versteht kein Mensch, sagt der Bürgermeister. Gibt es einen Kurs, wie man verständlicher schreibt?',
    kind: 'list',
    titles: [T.sprache],
  },
  {
    q: 'Seit wir auf Microsoft 365 umgestellt haben, schickt mein Team sich Dateien immer noch per Mail hin und her. Gibt es eine Einführung in OneDrive und Teams?',
    kind: 'list',
    titles: [T.m365],
  },
  {
    q: 'Die Polizei hat bei uns im Einwohnermeldeamt angerufen und wollte eine Adresse wissen. Darf ich so etwas rausgeben, und gibt es dazu eine Schulung?',
    kind: 'list',
    titles: [T.datenschutz],
  },
  {
    q: 'In unserer Gemeindekasse nehmen wir täglich Bargeld ein, und bei der letzten Prüfung gab es Beanstandungen. Gibt es eine Schulung zum sicheren Umgang mit Bargeld?',
    kind: 'list',
    titles: [T.kasse],
  },
  {
    q: 'Strom sparen in der Turnhalle und im Rathaus – gibt es dazu eine Fortbildung für unsere Hausmeister?',
    kind: 'list',
    titles: [T.energie],
  },
  { q: 'serienbriefe in wrod', kind: 'list', titles: [T.word] },
  // --- time and place filters, format, provider, audience, cost, length, language ------------------------------------
  {
    q: 'Ich muss bis Freitag noch eine Fortbildung für meine Zielvereinbarung nachweisen. Was gibt es diese Woche noch?',
    kind: 'list',
    titles: [T.phishing, T.reisekosten, T.word],
  },
  {
    q: 'Nächste Woche muss ich niemanden vertreten und hätte endlich Luft. Was läuft da?',
    kind: 'list',
    titles: [T.grundsteuer, T.deeskalation, T.haushalt, T.english],
  },
  {
    q: 'Am 26. Januar habe ich nachmittags frei. Gibt es an dem Tag ein Seminar?',
    kind: 'list',
    titles: [T.reanimation],
  },
  {
    q: 'Im Februar wird es bei uns in der Abteilung ruhiger. Was gibt es im Februar?',
    kind: 'list',
    titles: [T.standesamt, T.sprache, T.m365, T.excel],
  },
  { q: 'Welche Seminare sind im März?', kind: 'list', titles: [T.datenschutz, T.ki, T.baum, T.fuehrung] },
  {
    q: 'Im April habe ich wieder Kapazitäten. Was wird im April angeboten?',
    kind: 'list',
    titles: [T.brandschutz, T.kasse, T.energie],
  },
  {
    q: 'Unser Fortbildungsbudget für 2028 ist noch nicht freigegeben. Gibt es im Januar kostenlose Seminare?',
    kind: 'list',
    titles: [T.phishing, T.reisekosten, T.deeskalation, T.reanimation],
  },
  {
    q: 'Freitags haben wir keinen Parteiverkehr, da hätte ich am ehesten Zeit. Gibt es Seminare an einem Freitag?',
    kind: 'list',
    ...only(T.word, T.fuehrung),
  },
  {
    q: 'Tagsüber kann ich das Bürgerbüro nicht allein lassen. Gibt es auch Veranstaltungen am Abend?',
    kind: 'list',
    titles: [T.haushalt],
  },
  {
    q: 'Nach meiner Knie-OP arbeite ich vorerst nur im Homeoffice. Welche Seminare finden online statt?',
    kind: 'list',
    ...maybeAlso(only(T.phishing, T.word, T.english, T.m365, T.excel, T.energie), T.ki),
  },
  {
    q: 'Ich arbeite in der Stadtverwaltung Alzenau und will für eine Fortbildung nicht extra nach Aschaffenburg fahren. Was findet bei uns in Alzenau statt?',
    kind: 'list',
    ...only(T.haushalt, T.sprache, T.wahl),
  },
  {
    q: 'Als Sicherheitsbeauftragter im Bauhof soll ich eine Übersicht machen: Was bietet die KUVB alles an?',
    kind: 'list',
    ...only(T.deeskalation, T.reanimation, T.baum, T.brandschutz),
  },
  {
    q: 'Der Personalrat will wissen, welche teuren Fortbildungen wir genehmigen. Welche Seminare kosten mehr als 200 Euro?',
    kind: 'list',
    ...only(T.grundsteuer, T.standesamt, T.fuehrung, T.bplan),
  },
  {
    q: 'Meine Chefin möchte, dass ich mal eine richtige Weiterbildung mache und nicht nur einen halben Tag. Welche Seminare gehen über mehrere Tage?',
    kind: 'list',
    ...only(T.standesamt, T.fuehrung),
  },
  {
    q: 'A colleague from Ireland has just joined our team. Is any seminar held in English?',
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  // --- gone, drafts never shown, no match, greeting, own registrations -----------------------------------------------
  {
    q: 'Ich hatte mir den PowerPoint-Kurs vorgemerkt, weil ich für den Bürgermeister ständig Präsentationen bauen muss. Findet der noch statt?',
    kind: 'gone',
    gone: T.powerpoint,
  },
  {
    q: 'Der Gemeinderat will einen Fahrplan für die kommunale Wärmeplanung sehen. Gibt es das Seminar zur Wärmeplanung noch?',
    kind: 'gone',
    gone: T.waerme,
  },
  {
    q: 'Ich war am Montag krank und habe die Schulung zur Entgeltabrechnung 2028 verpasst. Wann war die genau?',
    kind: 'gone',
    gone: T.entgelt,
    says: ['Mo., 10.01.2028'],
  },
  {
    q: 'Die Vereine planen wieder ihr Weinfest, und ich soll die Sondernutzungserlaubnis erteilen. Gibt es das Seminar zur Sondernutzung noch?',
    kind: 'gone',
    gone: T.sondernutzung,
    says: ['Di., 19.10.2027'],
  },
  {
    q: 'Bei uns wird gerade die Hundesteuersatzung überarbeitet, und ich habe keine Ahnung davon. Gibt es ein Seminar zur Hundesteuer?',
    kind: 'none',
  },
  {
    q: 'In unserem Fundbüro stapeln sich die Fahrräder, und ich bin mir beim Fundrecht unsicher. Gibt es dazu eine Fortbildung?',
    kind: 'none',
  },
  {
    q: 'Bei uns stehen viele Grabverlängerungen an. Gibt es eine Schulung zur Friedhofsverwaltung?',
    kind: 'none',
  },
  {
    miss: 'no seminar is held in Mespelbrunn, but where the asker sits (the Verwaltung) finds the course on AI in the administration',
    q: 'Ich sitze in der Verwaltung in Mespelbrunn und fahre ungern weit. Gibt es Seminare in Mespelbrunn?',
    kind: 'none',
  },
  { q: 'Grüß Gott miteinander!', kind: 'help' },
  {
    q: 'Meine Chefin will wissen, wofür ich mich schon angemeldet habe. Zeig mir bitte meine Anmeldungen.',
    kind: 'myRegistrations',
  },
];

heldoutSuite(
  'answering questions about a two-hundred-and-eighty-ninth, independent catalogue (Landkreis Aschaffenburg, BVS, KUVB, AKDB, BKPV, VHS Alzenau)',
  {
    fixture: 'heldout289-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
