// Over-fitting check, two-hundred-and-thirty-fifth catalogue: the 2027 programme of the Landkreis Straubing-Bogen
// (Bavaria) and the Stadt Straubing, with the Bayerische Verwaltungsschule (BVS), the Kommunale Unfallversicherung
// Bayern (KUVB), the Landratsamt's Personalentwicklung and Sachgebiet Digitalisierung, the Stadt Straubing's Amt für
// Informations- und Kommunikationstechnik and the Volkshochschule Straubing, imported from a JSON file. Seminars take
// place in the Landratsamt Straubing-Bogen, the Rathaus Straubing, the Joseph-von-Fraunhofer-Halle, the Volkshochschule
// Straubing, the town halls of Bogen and Mitterfels, online or hybrid. Several titles do not name their subject ("Ein
// Schlüssel für alles?" is passwords, "Gut moderiert ist halb gewonnen" Teams meetings, "Wenn der Akku leer ist"
// stress, "Gut sitzen, klar sehen" ergonomics, "Auskunft ja oder nein?" data protection at the registry, "Briefe, die
// ankommen" plain language, "Zahlen, die für sich sprechen" Excel, "Abschied vom Aktenschrank" the e-file, "Die ersten
// 100 Tage" leadership, "Wenn es im Team knirscht" conflicts, "Sicher ans Ziel" road safety, "Dokumente für alle"
// accessible documents), so only summary, description or topics reveal it; one seminar is held in English; the
// leadership course runs on two days across the start of summer time (Sun 28.03.2027); the e-file course is open only
// to the Verwaltungsgemeinschaften Mitterfels, Rain and Schwarzach; first aid is free, paid by the KUVB.
// Questions are written as polite full sentences, each with a little story about the asker's work before the question,
// with follow-up conversations, about a quarter in English, without looking at the parser or the answers.
//
// Calendar around `now` (Tuesday 16 February 2027, 11:00 in Straubing, winter time; summer time begins Sun 28.03.2027):
//   this week:  nothing more today; Wed 17.02. 13:00–15:00 passwords (online, tomorrow), Thu 18.02. 09:00–12:30 cash
//               office (Landratsamt), Fri 19.02. 09:00–11:00 Teams meetings (online)
//   next week:  Mon 22.02. 13:30–16:00 stress (online), Tue 23.02. 09:00–12:00 English (VHS; deadline passed Fri
//               12.02. 12:00), Wed 24.02. 09:00–12:00 AI (hybrid, Landratsamt), Thu 25.02. 13:00–14:30 ergonomics
//               (online); nothing on Fri 26.02.
//   then:       nothing published from Sat 27.02. to Mon 08.03.; the cancelled PowerPoint course on Thu 04.03.
//   March:      Tue 09. budget law (Fraunhofer-Halle; deadline Fri 26.02. 23:59), Wed 10. data protection (online), Thu
//               11. first aid (Rathaus Bogen, 08:30–16:30, free), Tue 16. plain language (Rathaus Straubing), Thu 18.
//               council meetings (Rathaus Straubing), Mon 22. Excel (online, 69 €), Wed 24. e-file (Mitterfels, members
//               only, free), Thu 25.03. (CET) and Thu 15.04. (CEST) leadership (Fraunhofer-Halle, 480 €)
//   April:      Tue 13. BayernPortal (online, 09:30), Wed 21. team conflicts (Landratsamt), Tue 27. road safety
//               (online); the cancelled playground-inspection course on Wed 14.04.
//   May:        Tue 04. project management (hybrid, Rathaus Straubing), Wed 12. cemetery administration (Rathaus
//               Bogen), Tue 18. accessible documents (online)
//   June:       Thu 10. administrative procedure (Landratsamt); the drafts on housing benefit (Tue 08.06.) and
//               photovoltaics (Wed 16.06.)
//   past:       Thu 28.01.2027 fire-safety wardens (Geiselhöring), Tue 09.02.2027 XRechnung (online).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-02-16T10:00:00Z'); // Tuesday, 16 February 2027, 11:00 in Straubing (CET)
const TZ = 'Europe/Berlin';

const T = {
  passwort: 'Ein Schlüssel für alles?', // Wed 17.02. 13:00–15:00, online, Stadt Straubing IuK, Gruber, passwords / KeePass, free
  kasse: 'Kassensicherheit in der Gemeinde: Barkasse, Zahlstellen, Kassenprüfung', // Thu 18.02. 09:00–12:30, Landratsamt, BVS, Eder, 165 €
  teams: 'Gut moderiert ist halb gewonnen', // Fri 19.02. 09:00–11:00, online, LRA PE, Huber, Teams meetings, free
  english: 'Welcome to Straubing: English at the Front Desk', // Tue 23.02. 09:00–12:00, VHS Straubing, VHS, Hughes, 85 €, deadline passed Fri 12.02. 12:00
  stress: 'Wenn der Akku leer ist', // Mon 22.02. 13:30–16:00, online, KUVB, Wimmer, stress / burnout, free
  ki: 'Künstliche Intelligenz im Amt: Chancen, Grenzen, Spielregeln', // Wed 24.02. 09:00–12:00, hybrid (Landratsamt), BVS, Dr. Lindner, 120 €
  ergonomie: 'Gut sitzen, klar sehen', // Thu 25.02. 13:00–14:30, online, KUVB, Aigner, ergonomics, free
  haushalt: 'Kommunales Haushaltsrecht in Bayern: Grundlagen der Kameralistik', // Tue 09.03. 09:00–16:00, Fraunhofer-Halle, BVS, Dr. Pfeffer, 210 €, deadline Fri 26.02. 23:59
  datenschutz: 'Auskunft ja oder nein?', // Wed 10.03. 09:00–12:00, online, BVS, Zellner, 95 €, data protection / Melderegister
  ersteHilfe: 'Erste Hilfe im Dienst: Ausbildung für betriebliche Ersthelferinnen und Ersthelfer', // Thu 11.03. 08:30–16:30, Rathaus Bogen, KUVB, Sedlmeier, free (KUVB pays), 20 seats
  sprache: 'Briefe, die ankommen', // Tue 16.03. 09:00–16:00, Rathaus Straubing, BVS, Kröner, 175 €, plain language
  sitzung: 'Sitzungsdienst nach der Bayerischen Gemeindeordnung', // Thu 18.03. 09:00–16:00, Rathaus Straubing, BVS, Brunner, 190 €, deadline = start
  excel: 'Zahlen, die für sich sprechen', // Mon 22.03. 13:00–16:00, online, VHS, Bauer, 69 € (Dienststelle pays), Excel
  eakte: 'Abschied vom Aktenschrank', // Wed 24.03. 09:00–12:00, Rathaus Mitterfels, LRA Digitalisierung, Schmid, free, 25 seats, only VG Mitterfels/Rain/Schwarzach
  fuehrung: 'Die ersten 100 Tage', // Thu 25.03. (CET) and Thu 15.04. (CEST) 09:00–16:30, Fraunhofer-Halle, BVS, Dr. Hofbauer, 480 €, new managers
  ozg: 'Online-Dienste im BayernPortal einrichten', // Tue 13.04. 09:30–12:00, online, LRA Digitalisierung, Stadler, free
  konflikte: 'Wenn es im Team knirscht', // Wed 21.04. 09:00–16:00, Landratsamt, BVS, Dr. Hofbauer, 195 €, for managers
  verkehr: 'Sicher ans Ziel', // Tue 27.04. 13:00–15:00, online, KUVB, Aigner, road safety, free
  projekt: 'Projektmanagement kompakt für die Verwaltung', // Tue 04.05. 09:00–16:00, hybrid (Rathaus Straubing), BVS, Dr. Lindner, 220 €
  friedhof: 'Friedhofsverwaltung in der Praxis', // Wed 12.05. 09:00–15:00, Rathaus Bogen, BVS, Brunner, 160 €
  barrierefrei: 'Dokumente für alle', // Tue 18.05. 09:00–12:00, online, Stadt Straubing IuK, Fischer, accessible documents, free
  bescheid: 'Vom Antrag zum Bescheid: Verwaltungsverfahren nach dem BayVwVfG', // Thu 10.06. 09:00–16:00, Landratsamt, BVS, Eder, 185 €
  wohngeld: 'Wohngeld kompakt: Anspruch, Berechnung, Bescheid', // draft (Tue 08.06.)
  photovoltaik: 'Photovoltaik auf kommunalen Dächern', // draft (Wed 16.06.)
  powerpoint: 'Überzeugend präsentieren mit PowerPoint', // cancelled (Thu 04.03.2027)
  spielplatz: 'Spielplatzkontrolle nach DIN EN 1176', // cancelled (Wed 14.04.2027)
  xrechnung: 'XRechnung empfangen und prüfen', // past (Tue 9 February 2027)
  brandschutz: 'Ausbildung zur Brandschutzhelferin und zum Brandschutzhelfer', // past (Thu 28 January 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.wohngeld, T.photovoltaik, T.powerpoint, T.spielplatz, T.xrechnung, T.brandschutz];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  {
    conv: 'passwort',
    q: 'Guten Tag, ich betreue in unserer Verwaltung die Zugänge zu den Fachverfahren, und viele Kolleginnen notieren ihre Kennwörter leider immer noch auf Zetteln unter der Tastatur. Gibt es eine Schulung, wie man sichere Passwörter verwaltet?',
    kind: 'list',
    titles: [T.passwort],
  },
  {
    conv: 'passwort',
    q: 'Das klingt sehr passend. Wann genau findet die Schulung statt?',
    kind: 'facts',
    titles: [T.passwort],
    says: ['am Mi., 17.02.2027 von 13:00 bis 15:00 Uhr'],
  },
  {
    conv: 'passwort',
    q: 'Und findet sie online statt, oder muss ich dafür vor Ort sein?',
    kind: 'facts',
    titles: [T.passwort],
    says: ['findet online statt'],
  },
  {
    miss: 'the budget-law course, which also names the cash office, is listed beside the one on cash offices',
    conv: 'kasse',
    q: 'Hallo, ich bin neu als Kassenverwalterin in einer kleinen Gemeinde im Landkreis und soll unsere Zahlstellen prüfen. Gibt es dazu ein passendes Seminar?',
    kind: 'list',
    titles: [T.kasse],
  },
  {
    conv: 'kasse',
    q: 'Wie viel kostet die Teilnahme an diesem Seminar?',
    kind: 'facts',
    titles: [T.kasse],
    says: ['kostet 165 €'],
  },
  {
    conv: 'kasse',
    q: 'Und wo genau findet es statt?',
    kind: 'facts',
    titles: [T.kasse],
    says: ['im Landratsamt Straubing-Bogen'],
  },
  {
    conv: 'english',
    q: "Hello, I work at the citizens' office in Straubing and we are seeing more and more international students and skilled workers at our counter. Is there a course where I can brush up my English for the front desk?",
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  {
    conv: 'english',
    q: "That sounds great. What's the registration deadline for it?",
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 12 Feb 2027, 12:00'],
  },
  {
    conv: 'english',
    q: 'Who is teaching the course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['is led by Herr Daniel Hughes'],
  },
  {
    conv: 'ki',
    q: 'Guten Morgen, in unserem Sachgebiet probieren einige schon ChatGPT für Entwürfe aus, und unser Abteilungsleiter möchte, dass wir vorher wissen, was erlaubt ist. Gibt es eine Fortbildung zu künstlicher Intelligenz?',
    kind: 'list',
    titles: [T.ki],
  },
  {
    conv: 'ki',
    q: 'Kann ich da auch von meinem Büro aus online teilnehmen?',
    kind: 'facts',
    titles: [T.ki],
    says: [/im Landratsamt Straubing-Bogen.* oder online/],
  },
  {
    conv: 'ki',
    q: 'Wer leitet das Seminar?',
    kind: 'facts',
    titles: [T.ki],
    says: ['leitet Herr Dr. Stefan Lindner'],
  },
  {
    conv: 'hilfe',
    q: 'Guten Tag, bei uns in der Verwaltung muss wieder jemand als Ersthelfer ausgebildet werden, weil unser bisheriger Ersthelfer in Rente geht. Wohin kann ich den Kollegen schicken?',
    kind: 'list',
    titles: [T.ersteHilfe],
  },
  {
    conv: 'hilfe',
    q: 'Danke. Um wie viel Uhr geht es dort los?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['beginnt am Do., 11.03.2027 um 08:30 Uhr'],
  },
  {
    conv: 'hilfe',
    q: 'Und was kostet uns das?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Kommunale Unfallversicherung Bayern für ihre Mitglieder.'],
  },
  {
    miss: 'the conflict course for teams is listed beside the leadership course',
    conv: 'fuehrung',
    q: "Good afternoon, I have just been promoted to head of our building department and I've never led a team before. Is there a course for people who are managing staff for the first time?",
    locale: 'en',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    miss: 'follows the missed leadership question',
    conv: 'fuehrung',
    q: 'When does it take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['on 2 days', 'Thu, 25 Mar 2027 and Thu, 15 Apr 2027', 'each from 09:00 to 16:30'],
  },
  {
    miss: 'follows the missed leadership question',
    conv: 'fuehrung',
    q: 'And how much does it cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['costs €480'],
  },
  {
    conv: 'sitzung',
    q: 'Guten Tag, ich habe die Schriftführung im Gemeinderat übernommen und bin unsicher, was alles in die Niederschrift gehört. Gibt es dazu eine Schulung?',
    kind: 'list',
    titles: [T.sitzung],
  },
  {
    conv: 'sitzung',
    q: 'Wie lange dauert diese Schulung?',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['dauert 7 Stunden, von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'sitzung',
    q: 'Bis wann muss ich mich spätestens anmelden?',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['bis Do., 18.03.2027, 09:00 Uhr'],
  },
  {
    conv: 'haushalt',
    q: 'Ich bin neu in der Kämmerei eines Marktes und komme aus der Privatwirtschaft, von Kameralistik habe ich bisher keine Ahnung. Welches Seminar würden Sie mir empfehlen?',
    kind: 'list',
    titles: [T.haushalt],
  },
  {
    conv: 'haushalt',
    q: 'Bis wann kann ich mich dafür anmelden?',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['bis Fr., 26.02.2027, 23:59 Uhr'],
  },
  {
    conv: 'haushalt',
    q: 'Und wo findet das Seminar statt?',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['in der Joseph-von-Fraunhofer-Halle'],
  },
  {
    conv: 'barriere',
    q: 'Hi, I look after the website of our district office, and every PDF we publish has to be accessible for people using a screen reader. Is there a course on that?',
    locale: 'en',
    kind: 'list',
    titles: [T.barrierefrei],
  },
  {
    conv: 'barriere',
    q: 'Is it online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.barrierefrei],
    says: ['takes place online'],
  },
  {
    conv: 'barriere',
    q: 'How long does it last?',
    locale: 'en',
    kind: 'facts',
    titles: [T.barrierefrei],
    says: ['lasts 3 hours, from 09:00 to 12:00'],
  },
  // --- facts -----------------------------------------------------------------------------------------------------------
  {
    q: 'Ich plane für unser Standesamt die Fortbildungen und muss das Budget kalkulieren. Was kostet der Kurs zum Projektmanagement?',
    kind: 'facts',
    titles: [T.projekt],
    says: ['kostet 220 €'],
  },
  {
    q: 'Our department wants to send some colleagues to the Excel course on pivot tables. How much does it cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['costs €69'],
    mentions: ['Die Kosten trägt die entsendende Dienststelle.'],
  },
  {
    q: 'Ich bin Sicherheitsbeauftragte in unserer Gemeinde und möchte die Kolleginnen für die Ergonomie-Schulung freistellen. Wie lange dauert sie?',
    kind: 'facts',
    titles: [T.ergonomie],
    says: ['dauert 1,5 Stunden, von 13:00 bis 14:30 Uhr'],
  },
  {
    q: "I answer address enquiries at our citizens' office and need to plan the counter rota. When exactly is the data protection seminar?",
    locale: 'en',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['on Wed, 10 Mar 2027 from 09:00 to 12:00'],
  },
  {
    q: 'Meine Amtsleitung möchte wissen, wer das Seminar zum Konfliktmanagement leitet. Können Sie mir das sagen?',
    kind: 'facts',
    titles: [T.konflikte],
    says: ['leitet Frau Dr. Birgit Hofbauer'],
  },
  {
    q: 'Ich arbeite in der Geschäftsleitung einer Gemeinde und lerne am liebsten im direkten Austausch. Findet der Kurs zum Sitzungsdienst in Präsenz statt?',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['findet in Präsenz statt, im Rathaus Straubing'],
  },
  {
    q: 'Unsere Verwaltungsgemeinschaft führt die E-Akte ein, und ich möchte gleich mehrere Kolleginnen anmelden. Sind im Kurs zur E-Akte noch Plätze frei?',
    kind: 'facts',
    titles: [T.eakte],
    says: ['noch 25 von 25 Plätzen frei'],
  },
  // --- topic searches: typos, words only in summary or description, synonyms ------------------------------------------
  {
    q: 'Hallo, in unserem Jugendamt sind viele Kolleginnen am Limit, und ich würde gern etwas zur Vorbeugung gegen Burnout anbieten. Gibt es da ein Seminar?',
    kind: 'list',
    titles: [T.stress],
  },
  {
    q: 'Ich erstelle für unser Ordnungsamt die Statistiken und kämpfe ständig mit dem SVERWEIS. Gibt es dafür eine Schulung?',
    kind: 'list',
    titles: [T.excel],
  },
  {
    q: 'Ich sitze im Einwohnermeldeamt und bekomme ständig Anfragen von Inkassobüros nach Adressen. Gibt es eine Schulung zum Datenshutz bei Melderegisterauskünften?',
    kind: 'list',
    titles: [T.datenschutz],
  },
  {
    q: 'Wir haben im Foyer einen Defibrillator bekommen, aber niemand traut sich, ihn zu benutzen. Gibt es eine Schulung, in der man das übt?',
    kind: 'list',
    titles: [T.ersteHilfe],
  },
  {
    q: 'Bei uns beschweren sich Bürgerinnen und Bürger, dass sie unsere Schreiben nicht verstehen. Gibt es ein Seminar, in dem man lernt, verständlicher zu schreiben?',
    kind: 'list',
    titles: [T.sprache],
  },
  {
    q: "I chair our department's jour fixe and it always runs over time. Is there any training on running meetings in Microsoft Teams?",
    locale: 'en',
    kind: 'list',
    titles: [T.teams],
  },
  {
    q: 'Unsere Gemeinde möchte endlich Anträge wie die Anmeldung zur Hundesteuer digital anbieten. Gibt es eine Schulung, wie man solche Online-Anträge einrichtet?',
    kind: 'list',
    titles: [T.ozg],
  },
  {
    q: 'Guten Tag, in unserem Markt hat die Kollegin, die bisher die Grabstellen betreut hat, gekündigt, und ich soll das übernehmen. Gibt es eine Fortbildung zur Friedhofsverwaltnug?',
    kind: 'list',
    titles: [T.friedhof],
  },
  // --- filters: dates, time of day, format, place, trainer, provider, cost, length, language -------------------------
  {
    q: 'Ich hätte morgen ausnahmsweise etwas Luft im Kalender. Gibt es morgen ein Seminar, an dem ich teilnehmen könnte?',
    kind: 'list',
    titles: [T.passwort],
  },
  {
    q: 'In unserem Sachgebiet ist gerade wenig los. Welche Seminare stehen diese Woche noch auf dem Programm?',
    kind: 'list',
    titles: [T.passwort, T.kasse, T.teams],
  },
  {
    q: 'Ich arbeite in der Zulassungsstelle und habe nur nachmittags Zeit für Fortbildungen. Gibt es nächste Woche Seminare am Nachmittag?',
    kind: 'list',
    titles: [T.stress, T.ergonomie],
  },
  {
    q: 'Next week a colleague can only cover my counter until lunchtime. Is there anything on in the morning next week?',
    locale: 'en',
    kind: 'list',
    titles: [T.english, T.ki],
  },
  {
    q: 'Unser Fortbildungsbudget ist leider aufgebraucht. Gibt es in den nächsten zwei Wochen kostenlose Angebote?',
    kind: 'list',
    titles: [T.passwort, T.teams, T.stress, T.ergonomie],
  },
  {
    q: 'Ich plane gerade die Urlaube in meinem Team. Was ist im Mai an Fortbildungen geplant?',
    kind: 'list',
    titles: [T.projekt, T.friedhof, T.barrierefrei],
  },
  {
    q: 'Our training budget has been frozen until further notice. Are there any free seminars next month?',
    locale: 'en',
    kind: 'list',
    titles: [T.ersteHilfe, T.eakte],
  },
  {
    q: 'Unsere Außenstelle liegt weit draußen, und manche Kolleginnen möchten sich lieber zuschalten. Welche Seminare werden hybrid angeboten?',
    kind: 'list',
    titles: [T.ki, T.projekt],
  },
  {
    q: 'Ich wohne in Bogen und möchte mir lange Fahrten sparen. Welche Seminare finden in Bogen statt?',
    kind: 'list',
    ...only(T.ersteHilfe, T.friedhof),
  },
  {
    q: 'Ich habe von Kolleginnen viel Gutes über Frau Dr. Hofbauer gehört. Welche Seminare leitet sie?',
    kind: 'list',
    ...only(T.fuehrung, T.konflikte),
  },
  {
    miss: 'the provider named in the story (Kommunale Unfallversicherung Bayern) and its acronym (KUVB) find only one of its seminars',
    q: 'Unser Fortbildungsteam möchte wissen, was die Kommunale Unfallversicherung Bayern im Programm hat. Welche Seminare bietet die KUVB an?',
    kind: 'list',
    ...only(T.stress, T.ergonomie, T.ersteHilfe, T.verkehr),
  },
  {
    q: 'Für teure Seminare brauche ich eine Genehmigung meiner Amtsleitung. Welche Seminare kosten mehr als 200 Euro?',
    kind: 'list',
    ...only(T.haushalt, T.fuehrung, T.projekt),
  },
  {
    miss: "the story's words find a one-day seminar, so the multi-day filter finds nothing among them",
    q: 'Ich suche bewusst ein Seminar über mehrere Tage, damit ich das Gelernte zwischendurch ausprobieren kann. Gibt es mehrtägige Angebote?',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    q: "A new colleague from Ireland has joined our team and doesn't speak German well yet. Are there any seminars held in English?",
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  {
    q: "I wanted to book the PowerPoint course for our press office, but I can't find it anymore. Is it still on?",
    locale: 'en',
    kind: 'gone',
    gone: T.powerpoint,
  },
  {
    q: 'Unser Bauhof wollte jemanden zur Spielplatzkontrolle schicken. Findet dieser Kurs noch statt?',
    kind: 'gone',
    gone: T.spielplatz,
  },
  {
    q: 'Eine Kollegin aus der Buchhaltung war bei der Schulung zur XRechnung. Wann war die genau?',
    kind: 'gone',
    gone: T.xrechnung,
    says: ['Di., 09.02.2027'],
  },
  {
    q: 'Ich wollte mich zur Ausbildung als Brandschutzhelfer anmelden. Wann hat die stattgefunden?',
    kind: 'gone',
    gone: T.brandschutz,
    says: ['Do., 28.01.2027'],
  },
  {
    q: 'Ich bin neu in der Wohngeldstelle und muss mich schnell einarbeiten. Gibt es eine Schulung zum Wohngeld?',
    kind: 'none',
  },
  {
    q: 'Für unseren Wertstoffhof brauchen wir einen Staplerschein für einen neuen Mitarbeiter. Bieten Sie so etwas an?',
    kind: 'none',
  },
  {
    q: 'Grüß Gott! Ich bin neu hier und weiß nicht genau, wie dieser Bot funktioniert. Was kann ich Sie fragen?',
    kind: 'help',
  },
  {
    q: 'Ich habe mich für ein Seminar angemeldet, weiß aber nicht mehr, für welches. Können Sie mir meine Anmeldungen zeigen?',
    kind: 'myRegistrations',
  },
];

heldoutSuite(
  'answering questions about a two-hundred-and-thirty-fifth, independent catalogue (Landkreis Straubing-Bogen, Stadt Straubing, BVS, KUVB)',
  {
    fixture: 'heldout235-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
