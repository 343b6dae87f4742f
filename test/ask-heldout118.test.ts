// Over-fitting check, hundred-and-eighteenth catalogue: the 2027 spring programme of the Landkreis Görlitz (Saxony) with
// the Sächsische Verwaltungs- und Wirtschafts-Akademie (SVWA), the Landratsamt's Sachgebiet IT and Personalamt, the
// Unfallkasse Sachsen (UKS) and the Volkshochschule Dreiländereck (VHS), for the county and its towns (Görlitz, Zittau,
// Weißwasser/O.L., Löbau, Niesky), imported from a JSON file. Seminars take place in the Landratsamt in Görlitz and at
// its sites in Zittau and Löbau, in the town halls of Zittau, Löbau, Niesky and Weißwasser, at the Hochschule
// Zittau/Görlitz, the VHS in Görlitz, the Sorbisches Kulturzentrum Schleife, online or hybrid. Several titles do not
// name their subject ("Weniger Feuerwehr, mehr Plan" is time management, "Klare Grenzen, ruhiger Ton" de-escalation at
// the counter, "Rechtsverbindlich mit einem Klick" electronic signatures, "Schluss mit der Umlaufmappe" the e-file,
// "Einmal im Jahr ehrlich reden" the annual staff appraisal, "Helfen können, wenn es darauf ankommt" first aid,
// "Zwischen Antrag und Bescheid" Bürgergeld/SGB XII casework, "Allein beim Hausbesuch" safety in field work, "Dzień
// dobry, sąsiedzie!" Polish for citizen contact, "Witajće k nam" Sorbian language and culture), so only summary,
// description or topics reveal it; one seminar is held in English; the leadership course (Apr) and the Standesamt
// course (May) run on two consecutive days; the e-file course is open only to Löbau, Niesky and Weißwasser; ten
// seminars are free. The questions are STORIES: a few sentences of context the way people write in a Teams chat (where
// they work, since when, what happened — places and dates that are not the filter), then the question; some plain
// short ones, a few in English, several follow-ups. Written without looking at the parser or the answers. Same
// assertions as the other suites: exactly the expected seminars (best first where one is clearly best), the asked fact
// in the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Tuesday 2 March 2027, 09:40 in Görlitz, winter time; summer time begins Sun 28.03.2027;
// Good Friday 26.03., Easter Monday 29.03.):
//   this week:  nothing more today; Wed 03.03. 09:00–12:00 Teams meetings (online, tomorrow, free), Thu 04.03.
//               13:00–16:00 social data protection (Landratsamt Görlitz, free), Fri 05.03. 09:00–11:30 time
//               management (online, 75 €)
//   next week:  Mon 08.03. 08:30–12:30 de-escalation (Rathaus Zittau, free), Tue 09.03. 13:30–16:00 e-signatures
//               (online, free), Wed 10.03. 09:00–11:30 Amt24 online applications (online, free), Thu 11.03. 13:00–16:00
//               English (VHS Görlitz, 95 €, deadline Fri 05.03. 12:00)
//   then:       nothing from Fri 12.03. to Sun 21.03. except the cancelled "Bewegte Pause" (Tue 16.03., online, free)
//   late March: Mon 22.03. administrative procedure for career changers (Görlitz, 240 €), Tue 23.03. Wohngeld
//               (Görlitz, 210 €, deadline passed Mon 22.02. 23:59), Wed 24.03. 09:00–12:00 e-file (Rathaus Löbau,
//               only Löbau/Niesky/Weißwasser, deadline Fri 12.03. 12:00)
//   April:      Thu 01.04. 09:00–12:00 staff appraisal (online, CEST), Tue 06.04. 08:00–16:00 first aid (Rathaus Niesky,
//               free), Wed 14.04. 09:00–15:00 Bürgergeld (hybrid, Landratsamt Zittau, 230 €), Wed 21.04. and
//               Thu 22.04. 09:00–16:00 leadership (Hochschule Zittau/Görlitz, 490 €, deadline Wed 31.03. 12:00 CEST),
//               Tue 27.04. 13:00–16:00 field-work safety (Rathaus Weißwasser, free); the cancelled cost accounting
//               course on Thu 29.04.
//   May:        Tue 04.05. 09:00–15:00 Polish (VHS Görlitz, 120 €, deadline Fri 16.04.), Tue 11.05. 09:00–12:00 Sorbian
//               (hybrid, Schleife, free), Tue 18.05. and Wed 19.05. 09:00–16:00 marriages at the Standesamt
//               (Landratsamt Löbau, 380 €, deadline Fri 30.04. 23:59), Thu 27.05. press releases (VHS Görlitz, 85 €,
//               10 seats); the draft Czech course on Tue 25.05.
//   June:       Wed 09.06. 09:00–15:00 naturalisation (online, 190 €); the draft AI course on Wed 16.06.
//   past:       Tue 19.01.2027 winter road service (Landratsamt Zittau), Thu 18.02.2027 employment references (online).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-03-02T08:40:00Z'); // Tuesday, 2 March 2027, 09:40 in Görlitz (CET)
const TZ = 'Europe/Berlin';

const T = {
  teams: 'Besprechungen in Microsoft Teams souverän leiten', // Wed 03.03. 09:00–12:00, online, IT, Kühnel, free, 100 seats
  datenschutz: 'Sozialdaten schützen: Datenschutz in der Sozialverwaltung', // Thu 04.03. 13:00–16:00, Landratsamt Görlitz, Personalamt, Dr. Seifert, free
  zeit: 'Weniger Feuerwehr, mehr Plan', // Fri 05.03. 09:00–11:30, online, VHS, Fiedler, 75 €, time management
  schalter: 'Klare Grenzen, ruhiger Ton', // Mon 08.03. 08:30–12:30, Rathaus Zittau, UKS, Pietsch, free, de-escalation at the counter
  signatur: 'Rechtsverbindlich mit einem Klick', // Tue 09.03. 13:30–16:00, online, IT, Kühnel, free, electronic signatures
  amt24: 'Online-Anträge aus Amt24 bearbeiten', // Wed 10.03. 09:00–11:30, online, IT, Hänsch, free, OZG
  english: 'Plain English at the Service Desk: Helping International Residents', // Thu 11.03. 13:00–16:00, VHS Görlitz, Carter, 95 €, English, deadline Fri 05.03. 12:00
  verfahren: 'Verwaltungsverfahrensrecht für Quereinsteigende', // Mon 22.03. 09:00–16:00, Landratsamt Görlitz, SVWA, Dr. Weigelt, 240 €
  wohngeld: 'Wohngeld kompakt: Anspruch, Einkommen, Berechnung', // Tue 23.03. 09:00–15:30, Landratsamt Görlitz, SVWA, Rößler, 210 €, deadline passed Mon 22.02. 23:59
  eakte: 'Schluss mit der Umlaufmappe', // Wed 24.03. 09:00–12:00, Rathaus Löbau, IT, Hänsch, free, e-file, only Löbau/Niesky/Weißwasser
  gespraech: 'Einmal im Jahr ehrlich reden', // Thu 01.04. 09:00–12:00 (CEST), online, Personalamt, Hentschel, free, staff appraisal, for managers
  ersteHilfe: 'Helfen können, wenn es darauf ankommt', // Tue 06.04. 08:00–16:00, Rathaus Niesky, UKS, Lorenz, free (UKS pays), first aid
  buergergeld: 'Zwischen Antrag und Bescheid', // Wed 14.04. 09:00–15:00, hybrid (Landratsamt Zittau), SVWA, Kretschmer, 230 €, SGB II/XII
  fuehrung: 'Führen lernen: Basismodul für neue Führungskräfte', // Wed 21.04. and Thu 22.04. 09:00–16:00, Hochschule Zittau/Görlitz, SVWA, Dr. Lehmann, 490 €, 12 seats, deadline Wed 31.03. 12:00
  hausbesuch: 'Allein beim Hausbesuch', // Tue 27.04. 13:00–16:00, Rathaus Weißwasser, UKS, Pietsch, free, field-work safety
  polnisch: 'Dzień dobry, sąsiedzie!', // Tue 04.05. 09:00–15:00, VHS Görlitz, Nowak, 120 €, Polish, deadline Fri 16.04. 23:59
  sorbisch: 'Witajće k nam', // Tue 11.05. 09:00–12:00, hybrid (Sorbisches Kulturzentrum Schleife), VHS, Krawcowa, free, Sorbian
  ehe: 'Eheschließungen im Standesamt: Anmeldung, Prüfung, Trauung', // Tue 18.05. and Wed 19.05. 09:00–16:00, Landratsamt Löbau, SVWA, Brückner, 380 €, deadline Fri 30.04. 23:59
  presse: 'Pressemitteilungen, die gelesen werden', // Thu 27.05. 09:00–16:00, VHS Görlitz, Fiedler, 85 €, 10 seats
  einbuergerung: 'Einbürgerung nach dem neuen Staatsangehörigkeitsrecht', // Wed 09.06. 09:00–15:00, online, SVWA, Dr. Weigelt, 190 €
  ki: 'KI-Assistenten im Landratsamt: Erste Schritte', // draft (Wed 16.06.)
  tschechisch: 'Dobrý den! Tschechisch für den Bürgerkontakt', // draft (Tue 25.05.)
  rueckenPause: 'Bewegte Pause: Rückenfit am Schreibtisch', // cancelled (Tue 16.03.2027)
  klr: 'Kosten- und Leistungsrechnung für Einsteiger', // cancelled (Thu 29.04.2027)
  winterdienst: 'Winterdienst und Verkehrssicherungspflicht', // past (Tue 19 January 2027)
  zeugnisse: 'Arbeitszeugnisse rechtssicher formulieren', // past (Thu 18 February 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.ki, T.tschechisch, T.rueckenPause, T.klr, T.winterdienst, T.zeugnisse];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  {
    q: 'Ich bin in der Wohngeldstelle der Stadt Weißwasser und soll im März zu dem Wohngeld-Kompaktkurs. Mein Amtsleiter will vorher wissen, was der kostet.',
    kind: 'facts',
    titles: [T.wohngeld],
    says: ['kostet 210 €'],
    mentions: ['Die Gebühr wird dem entsendenden Amt in Rechnung gestellt.'],
  },
  {
    q: 'Ich bin auf unserem Bauhof in Niesky als Ersthelfer eingeteilt, mein letzter Lehrgang war 2024. Muss unser Amt für die Erste-Hilfe-Fortbildung etwas bezahlen?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangskosten übernimmt die Unfallkasse Sachsen.'],
  },
  {
    q: 'I moved from Dublin to Görlitz last year and now work at the immigration office. My team lead suggested the English course for the service desk – how much does it cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['costs €95'],
  },
  // --- facts: when, start time, duration ------------------------------------------------------------------------------
  {
    q: 'Ich übernehme zum 1. April die Sachgebietsleitung im Bauordnungsamt und war noch nie Führungskraft. Wann genau ist das Basismodul für neue Führungskräfte?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Mi., 21.04.2027 und Do., 22.04.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'Letzte Woche gab es bei uns im Jugendamt Ärger, weil eine Kollegin eine Akte mit Sozialdaten an die falsche Stelle gemailt hat. Wann ist die Schulung zum Schutz von Sozialdaten?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['am Do., 04.03.2027 von 13:00 bis 16:00 Uhr'],
  },
  {
    q: 'Since the new citizenship law came in, our naturalisation office in Görlitz has twice as many applications. When is the Einbürgerung seminar?',
    locale: 'en',
    kind: 'facts',
    titles: [T.einbuergerung],
    says: ['on Wed, 9 Jun 2027 from 09:00 to 15:00'],
  },
  {
    q: 'Ich organisiere im Kreisentwicklungsamt jede Woche die Dienstberatung mit drei Außenstellen, bisher per Telefonkonferenz. Um wie viel Uhr beginnt morgen die Teams-Schulung?',
    kind: 'facts',
    titles: [T.teams],
    says: ['beginnt am Mi., 03.03.2027 um 09:00 Uhr'],
  },
  {
    q: 'Ich leite seit letztem Herbst die Kfz-Zulassung in Zittau und muss bis Mai mit allen zwölf Leuten Mitarbeitergespräche führen. Wann beginnt das Online-Seminar dazu?',
    kind: 'facts',
    titles: [T.gespraech],
    says: [/Do\., 01\.04\.2027.*09:00/],
  },
  {
    q: 'Mein Schreibtisch quillt über und ich springe nur noch von einer dringenden Sache zur nächsten. Wie lange dauert der Kurs zum Zeitmanagement am Freitag?',
    kind: 'facts',
    titles: [T.zeit],
    says: ['dauert 2,5 Stunden, von 09:00 bis 11:30 Uhr'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  {
    q: 'Bei uns im Bürgerbüro Löbau ist es in letzter Zeit öfter laut geworden, gestern musste sogar der Hausmeister dazukommen. Wo findet das Deeskalationstraining statt?',
    kind: 'facts',
    titles: [T.schalter],
    says: ['im Rathaus Zittau'],
  },
  {
    q: 'Wir in Löbau stellen im Sommer auf die E-Akte um, und ich bin die Ansprechpartnerin im Hauptamt. Ist die Einführungsschulung zur E-Akte online oder vor Ort?',
    kind: 'facts',
    titles: [T.eakte],
    says: ['findet in Präsenz statt', 'Rathaus Löbau'],
  },
  {
    q: 'Ich arbeite im Ordnungsamt Weißwasser, und wir bekommen viele Anfragen aus den sorbischen Dörfern rund um Schleife. Wer leitet den Workshop zur sorbischen Sprache und Kultur?',
    kind: 'facts',
    titles: [T.sorbisch],
    says: ['leitet Frau Hanka Krawcowa'],
  },
  {
    q: 'Ich komme aus der freien Wirtschaft und bin seit Februar Sachbearbeiterin in der unteren Wasserbehörde. Wer hält das Seminar zum Verwaltungsverfahrensrecht für Quereinsteiger?',
    kind: 'facts',
    titles: [T.verfahren],
    says: ['leitet Herr Dr. Jens Weigelt'],
  },
  {
    q: 'Unsere neue Kollegin in der Wohngeldstelle Zittau fängt erst im April richtig an. Bis wann kann man sich für den Wohngeld-Kurs anmelden?',
    kind: 'facts',
    titles: [T.wohngeld],
    says: ['am Mo., 22.02.2027, 23:59 Uhr abgelaufen'],
  },
  {
    q: 'Mein Chef im Kreisforstamt hat mich für eine Sachgebietsleitung vorgeschlagen. Bis wann muss ich mich für das Führungskräfte-Basismodul anmelden?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['bis Mi., 31.03.2027, 12:00 Uhr'],
  },
  {
    q: "Our office in Zittau gets more and more students from abroad who don't speak German yet. Until when can I sign up for the English service desk course?",
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['until Fri, 5 Mar 2027, 12:00'],
  },
  {
    q: 'Ich kümmere mich in der Stadtverwaltung Niesky nebenbei um die Pressearbeit, und meine Texte landen nie in der Zeitung. Sind beim Kurs zu Pressemitteilungen noch Plätze frei?',
    kind: 'facts',
    titles: [T.presse],
    says: ['noch 10 von 10 Plätzen frei'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  {
    conv: 'standesamt',
    q: 'Ich arbeite seit November im Standesamt Niesky und soll ab dem Sommer auch Trauungen übernehmen, weil meine Kollegin im April in Rente geht. Gibt es ein Seminar zu Eheschließungen?',
    kind: 'list',
    titles: [T.ehe],
  },
  {
    conv: 'standesamt',
    q: 'Und wo findet das statt?',
    kind: 'facts',
    titles: [T.ehe],
    says: ['im Landratsamt Görlitz, Standort Löbau'],
  },
  {
    conv: 'standesamt',
    q: 'Bis wann muss ich mich anmelden?',
    kind: 'facts',
    titles: [T.ehe],
    says: ['bis Fr., 30.04.2027, 23:59 Uhr'],
  },
  {
    conv: 'polish',
    q: "I work at the citizens' office in Görlitz, right by the bridge over the Neisse. Many of our visitors are Polish and I'd love to greet them in their own language. Is there a Polish course for staff?",
    locale: 'en',
    kind: 'list',
    titles: [T.polnisch],
  },
  {
    conv: 'polish',
    q: 'How much does it cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.polnisch],
    says: ['costs €120'],
  },
  {
    conv: 'polish',
    q: 'And when is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.polnisch],
    says: ['on Tue, 4 May 2027 from 09:00 to 15:00'],
  },
  {
    conv: 'signatur',
    q: 'Bei uns in der Bauaufsicht Löbau wird jeder Bescheid ausgedruckt, nur damit der Chef ihn unterschreibt. Das muss doch auch digital gehen. Gibt es eine Schulung zur elektronischen Signatur?',
    kind: 'list',
    titles: [T.signatur],
  },
  {
    conv: 'signatur',
    q: 'Ist das online oder muss ich dafür nach Görlitz fahren?',
    kind: 'facts',
    titles: [T.signatur],
    says: ['findet online statt'],
  },
  {
    conv: 'signatur',
    q: 'Und wer leitet das?',
    kind: 'facts',
    titles: [T.signatur],
    says: ['leitet Herr Tobias Kühnel'],
  },
  {
    conv: 'buergergeld',
    q: 'Ich bin im Jobcenter in Weißwasser und habe im Herbst ein Team in der Leistungsabteilung übernommen. Unsere Bescheide kommen ständig aus dem Widerspruch zurück. Gibt es ein Seminar zum Bürgergeld?',
    kind: 'list',
    titles: [T.buergergeld],
  },
  {
    conv: 'buergergeld',
    q: 'Wann genau ist das?',
    kind: 'facts',
    titles: [T.buergergeld],
    says: ['am Mi., 14.04.2027 von 09:00 bis 15:00 Uhr'],
  },
  { conv: 'buergergeld', q: 'Und was kostet das?', kind: 'facts', titles: [T.buergergeld], says: ['kostet 230 €'] },
  // --- topic searches: subject only in summary/description/topics, synonyms, typos ------------------------------------
  {
    q: 'Unser Hauptamt in Niesky hat angekündigt, dass ab Herbst keine Papierakten mehr angelegt werden. Ich habe ehrlich gesagt keine Ahnung, wie das mit der digitalen Akte funktionieren soll. Gibt es da eine Schulung?',
    kind: 'list',
    titles: [T.eakte],
  },
  {
    q: 'Seit der Umstrukturierung im Januar habe ich zwei Sachgebiete auf dem Tisch und schaffe nichts mehr. Gibts was zum zeitmanagment oder zum priorisieren?',
    kind: 'list',
    titles: [T.zeit],
  },
  {
    q: 'Ich sitze am Empfang der Kfz-Zulassung in Görlitz und werde fast täglich angeschrien, wenn die Wartezeit lang ist. Gibt es ein Training, wie man mit aggressiven Kunden am Schalter umgeht?',
    kind: 'list',
    first: T.schalter,
  },
  {
    q: 'Ich mache für das Sozialamt Hausbesuche bei älteren Leuten, meistens allein. Letzten Monat stand ich plötzlich einem großen Hund und einem betrunkenen Sohn gegenüber. Gibt es etwas zur Sicherheit bei Hausbesuchen?',
    kind: 'list',
    titles: [T.hausbesuch],
  },
  {
    q: 'Im Ordnungsamt muss ich ständig Anhörungen vor Ordnungsverfügungen schreiben und bin mir nie sicher, ob Form und Begründung stimmen. Gibt es ein Seminar, das sowas erklärt?',
    kind: 'list',
    titles: [T.verfahren],
  },
  {
    q: 'Ich bin seit Herbst im Bürgeramt Zittau und bekomme immer wieder Fragen zum Mietzuschuss, die ich dann weiterleiten muss. Gibt es eine Fortbildung dazu?',
    kind: 'list',
    titles: [T.wohngeld],
  },
  {
    q: 'In unserer Staatsangehörigkeitsbehörde stapeln sich seit dem neuen Gesetz die Anträge, und die Hälfte der Kolleginnen ist neu. Gibt es was zu einbürgerungen?',
    kind: 'list',
    titles: [T.einbuergerung],
  },
  {
    q: 'Bei uns im Jugendamt ist letzte Woche ein Besucher im Wartebereich zusammengebrochen, und keiner wusste so richtig, was zu tun ist. Gibt es einen Erste-Hilfe-Kurs?',
    kind: 'list',
    titles: [T.ersteHilfe],
  },
  {
    q: 'Seit die Außenstelle in Weißwasser dazugekommen ist, machen wir unsere Dienstberatungen als Videokonferenz, und jedes Mal klappt was mit dem Ton oder der Bildschirmfreigabe nicht. Gibt es dazu eine Schulung?',
    kind: 'list',
    miss: '"Ton" (the sound of a video call) is in the title of the de-escalation course, which is listed beside the Teams course',
    titles: [T.teams],
  },
  { q: 'kurze frage aus dem sozialamt: gibts was zum datenschuz?', kind: 'list', titles: [T.datenschutz] },
  { q: 'schulung zur hilfe zum lebensunterhalt nach sgb xii', kind: 'list', titles: [T.buergergeld] },
  {
    q: 'Bei uns in der Gewerbeabteilung kommen immer mehr Anträge über das Amt24-Portal rein, die ich dann ausdrucke und abtippe. Gibt es eine Schulung, wie man die Online-Anträge richtig bearbeitet?',
    kind: 'list',
    titles: [T.amt24],
  },
  // --- filters: dates, time of day, format, cost, place, trainer, provider, audience, length, language ----------------
  {
    q: 'Ich habe diese Woche überraschend Luft, weil der Kreistagsausschuss ausfällt. Was läuft diese Woche noch an Fortbildungen?',
    kind: 'list',
    titles: [T.teams, T.datenschutz, T.zeit],
  },
  {
    q: 'Mir ist für morgen ein Außentermin in Zittau abgesagt worden. Gibt es morgen irgendein Seminar, bei dem ich noch mitmachen kann?',
    kind: 'list',
    titles: [T.teams],
  },
  {
    q: 'Ich bin nächste Woche nur vormittags im Dienst, nachmittags betreue ich meine Mutter. Was gibt es nächste Woche vormittags?',
    kind: 'list',
    titles: [T.schalter, T.amt24],
  },
  {
    q: 'I can only work afternoons next week because I have physiotherapy every morning. Which seminars are there next week in the afternoon?',
    locale: 'en',
    kind: 'list',
    titles: [T.signatur, T.english],
  },
  {
    q: 'Ich sitze in der Außenstelle Weißwasser und habe kein Dienstauto, Fahrten nach Görlitz sind also schwierig. Welche Online-Seminare gibt es im März?',
    kind: 'list',
    titles: [T.teams, T.zeit, T.signatur, T.amt24],
  },
  {
    q: 'Unser Fortbildungsbudget ist schon ausgeschöpft, der Kämmerer hat im Februar alles gesperrt. Gibt es in den nächsten zwei Wochen kostenlose Seminare?',
    kind: 'list',
    titles: [T.teams, T.datenschutz, T.schalter, T.signatur, T.amt24],
  },
  {
    q: "I'm planning my training for the quarter with my manager in Görlitz this week. What's on next month?",
    locale: 'en',
    kind: 'list',
    titles: [T.gespraech, T.ersteHilfe, T.buergergeld, T.fuehrung, T.hausbesuch],
  },
  {
    q: 'Ich bin im April komplett im Urlaub und erst ab Mai wieder da. Was gibt es im Mai?',
    kind: 'list',
    titles: [T.polnisch, T.sorbisch, T.ehe, T.presse],
  },
  {
    q: 'Ich wohne in Zittau und pendle jeden Tag nach Görlitz ins Landratsamt. Welche Seminare finden in Zittau statt?',
    kind: 'list',
    ...only(T.schalter, T.buergergeld, T.fuehrung),
  },
  {
    q: 'Herr Kühnel aus der IT hat uns im Januar bei der Umstellung auf die neuen Laptops super geholfen. Welche Kurse gibt er?',
    kind: 'list',
    ...only(T.teams, T.signatur),
  },
  {
    q: 'Als Sicherheitsbeauftragte im Landratsamt soll ich die Angebote der Unfallkasse Sachsen bei uns bekannt machen. Was bietet die Unfallkasse an?',
    kind: 'list',
    ...only(T.schalter, T.ersteHilfe, T.hausbesuch),
  },
  {
    q: 'Ich bin seit Dezember Amtsleiterin im Straßenverkehrsamt, vorher war ich zehn Jahre Sachbearbeiterin. Welche Seminare gibt es für Führungskräfte?',
    kind: 'list',
    ...only(T.fuehrung, T.gespraech),
  },
  {
    q: 'Wegen der Kinderbetreuung kann ich mir nur schwer mehrere Tage am Stück freinehmen und muss das rechtzeitig planen. Welche Seminare gehen über mehrere Tage?',
    kind: 'list',
    ...only(T.fuehrung, T.ehe),
  },
  {
    q: 'Our new colleague from Wrocław speaks Polish and English but hardly any German yet. Are there any seminars held in English?',
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  // --- gone, drafts never shown, no match, greeting --------------------------------------------------------------------
  {
    q: 'Meine Kollegin aus der Kämmerei hat mir von der bewegten Pause für den Rücken am Schreibtisch erzählt, die im März online sein sollte. Wann ist die genau?',
    kind: 'gone',
    gone: T.rueckenPause,
  },
  {
    q: 'Wir sollen ab 2028 für den Bauhof eine Kostenrechnung aufbauen, und ich habe keine Ahnung davon. Wann ist das Seminar Kosten- und Leistungsrechnung für Einsteiger?',
    kind: 'gone',
    gone: T.klr,
  },
  {
    q: 'Ich muss bis Monatsende für einen ausscheidenden Mitarbeiter ein Zeugnis schreiben. Wann ist das Seminar „Arbeitszeugnisse rechtssicher formulieren“?',
    kind: 'gone',
    gone: T.zeugnisse,
    says: ['Do., 18.02.2027'],
  },
  { q: 'wann war der winterdienst kurs', kind: 'gone', gone: T.winterdienst, says: ['Di., 19.01.2027'] },
  {
    q: 'Alle reden von ChatGPT, und der Landrat hat im Januar angekündigt, dass das Landratsamt KI einsetzen will. Gibt es schon eine Schulung zu künstlicher Intelligenz?',
    kind: 'none',
  },
  { q: 'Zu uns nach Zittau kommen auch viele Besucher aus Tschechien. Gibt es einen Tschechischkurs?', kind: 'none' },
  { q: 'Gibt es einen Excel-Kurs?', kind: 'none' },
  {
    q: 'Hallo! Ich bin neu im Landratsamt und eine Kollegin hat mir dich empfohlen. Was kann ich dich alles fragen?',
    kind: 'help',
  },
  { q: 'Guten Morgen!', kind: 'help' },
];

heldoutSuite(
  'answering questions about a hundred-and-eighteenth, independent catalogue (Landkreis Görlitz, SVWA, Unfallkasse Sachsen)',
  {
    fixture: 'heldout118-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
