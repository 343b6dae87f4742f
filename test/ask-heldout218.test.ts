// Over-fitting check, two-hundred-and-eighteenth catalogue: the 2027 programme of the Landkreis Esslingen (Baden-
// Württemberg) and its Große Kreisstädte (Esslingen am Neckar, Filderstadt, Kirchheim unter Teck, Leinfelden-
// Echterdingen, Nürtingen, Ostfildern), with the Führungsakademie Baden-Württemberg, the Landratsamt's
// Personalentwicklung and the Unfallkasse Baden-Württemberg, imported from a JSON file. Seminars take place in the
// Landratsamt Esslingen, the Rathaus Filderstadt, the Filderhalle Leinfelden-Echterdingen, the Stadthalle K3N Nürtingen,
// the Rathaus Kirchheim unter Teck, the Stadthaus Ostfildern, the town halls of Leinfelden-Echterdingen and Nürtingen,
// online or hybrid. Several titles do not name their subject ("Der Teufel steckt im Anhang" is phishing, "Kopf frei am
// Feierabend" stress, "Der erste Tag auf der anderen Seite des Schreibtischs" leadership for new managers, "Mit Helm und
// Verstand" safety on building-site visits, "Vorlagen, die durchgehen" council papers, "Schluss mit dem Planschrank" the
// digital building application, "Gut sitzen, klar sehen" ergonomics, "Alle an einen Tisch" citizen participation,
// "Damit es jeder versteht" plain language, "Der digitale Kollege" AI, "Alles auf einmal?" time management, "Wenn die
// Chemie nicht stimmt" team conflicts, "Wenn der Alarm losgeht" fire wardens, "Papierlos ab Herbst" the e-file), so only
// summary, description or topics reveal it; one seminar is held in English; the leadership course runs on two Mondays
// across the start of summer time (Sun 28.03.2027); the e-file course is open only to Nürtingen and Kirchheim unter
// Teck; first aid is free, paid by the Unfallkasse. The questions are polite full sentences in which the asker says
// where they work ("Ich arbeite im Bauamt und …"), with follow-up conversations, about a quarter in English, written
// without looking at the parser or the answers.
//
// Calendar around `now` (Thursday 11 March 2027, 10:00 in Esslingen, winter time; summer time begins Sun 28.03.2027;
// Easter Sunday is 28.03., Ascension Thu 06.05., Whit Monday 17.05., Corpus Christi Thu 27.05.):
//   this week:  nothing more today; Fri 12.03. 09:00–12:00 phishing (online, tomorrow)
//   next week:  Mon 15.03. 13:00–15:30 inspection of building files (Landratsamt), Tue 16.03. 09:00–16:00 building
//               permits under the LBO (Rathaus Filderstadt; deadline passed Fri 05.03. 23:59), Wed 17.03. 09:00–12:00
//               Excel (online), Thu 18.03. 14:00–16:30 stress (online); nothing Fri 19.03.–Sun 21.03.
//   then:       Mon 22.03. (CET) and Mon 12.04. (CEST) 09:00–16:30 leadership (Filderhalle), Tue 23.03. fines
//               procedure (K3N Nürtingen); nothing from Wed 24.03. until the English course on Wed 31.03. (Landratsamt,
//               09:00–12:30, deadline Wed 17.03. 12:00)
//   April:      Tue 06. first aid (Kirchheim, 08:30–16:30, free), Thu 08. building-site safety (Stadthaus Ostfildern,
//               09:00–13:00, free), Wed 14. council papers (Kirchheim, 13:00–16:00, 160 €), Tue 20. digital building
//               application (online, free), Thu 22. procurement (K3N Nürtingen, 270 €, deadline Thu 08.04. 23:59),
//               Wed 28. ergonomics (online, 14:00–15:30, free); the cancelled Outlook course (Thu 15.) and the
//               cancelled playground-inspection course (Wed 21.)
//   May:        Tue 04. citizen participation (hybrid, Stadthaus Ostfildern), Mon 10. development plans (Filderhalle),
//               Wed 12. plain language (online), Tue 18. AI (hybrid, Landratsamt, 09:00–13:00), Wed 26. time
//               management (online)
//   June/July:  Wed 09.06. team conflicts (Rathaus Filderstadt, for managers), Thu 17.06. fire wardens (Rathaus
//               Leinfelden-Echterdingen, 08:30–12:30), Tue 13.07. e-file (Rathaus Nürtingen, Nürtingen and Kirchheim
//               only); the drafts on accessible PDFs (Mon 07.06.) and climate adaptation (Thu 24.06.)
//   past:       Tue 26.01.2027 property tax (Landratsamt), Tue 09.02.2027 winter road service (Kirchheim).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-03-11T09:00:00Z'); // Thursday, 11 March 2027, 10:00 in Esslingen (CET)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Der Teufel steckt im Anhang', // Fri 12.03. 09:00–12:00, online, PE, Albrecht, phishing / information security, free
  akteneinsicht: 'Akteneinsicht und Datenschutz in der Bauverwaltung', // Mon 15.03. 13:00–15:30, Landratsamt, PE, Keller, free
  lbo: 'Baugenehmigungsverfahren nach der Landesbauordnung Baden-Württemberg', // Tue 16.03. 09:00–16:00, Rathaus Filderstadt, FA, Dr. Reiter, 290 €, deadline passed Fri 05.03. 23:59
  excel: 'Excel im Amtsalltag: Formeln, Filter und Pivot-Tabellen', // Wed 17.03. 09:00–12:00, online, PE, Bauer, 65 € (the sending office pays)
  stress: 'Kopf frei am Feierabend', // Thu 18.03. 14:00–16:30, online, Unfallkasse, Schuster, stress, free
  fuehrung: 'Der erste Tag auf der anderen Seite des Schreibtischs', // Mon 22.03. (CET) and Mon 12.04. (CEST) 09:00–16:30, Filderhalle, FA, Dr. Hartmann, 590 €, new managers
  bussgeld: 'Bußgeldverfahren sicher führen: Ordnungswidrigkeiten in der Kommune', // Tue 23.03. 09:00–16:00, K3N Nürtingen, FA, Dr. Reiter, 240 €
  english: 'Can I Help You? English at the Service Counter', // Wed 31.03. 09:00–12:30, Landratsamt, PE, Mitchell, 120 €, in English, deadline Wed 17.03. 12:00
  ersteHilfe: 'Erste Hilfe am Arbeitsplatz: Grundlehrgang für Ersthelfende', // Tue 06.04. 08:30–16:30, Rathaus Kirchheim, Unfallkasse, Maier, free (Unfallkasse pays)
  helm: 'Mit Helm und Verstand', // Thu 08.04. 09:00–13:00, Stadthaus Ostfildern, Unfallkasse, Maier, building-site safety, free
  vorlagen: 'Vorlagen, die durchgehen', // Wed 14.04. 13:00–16:00, Rathaus Kirchheim, FA, Lutz, 160 €, council papers
  bauantrag: 'Schluss mit dem Planschrank', // Tue 20.04. 09:00–12:00, online, PE, Albrecht, digital building application, free
  vergabe: 'Vergaberecht kompakt: UVgO und VOB/A für Kommunen', // Thu 22.04. 09:00–16:00, K3N Nürtingen, FA, Lutz, 270 €, 20 seats, deadline Thu 08.04. 23:59
  ergonomie: 'Gut sitzen, klar sehen', // Wed 28.04. 14:00–15:30, online, Unfallkasse, Schuster, ergonomics, free
  beteiligung: 'Alle an einen Tisch', // Tue 04.05. 09:00–16:00, hybrid (Stadthaus Ostfildern), FA, Kern, 220 €, citizen participation
  bauleitplanung: 'Vom Aufstellungsbeschluss zum Satzungsbeschluss: Bebauungspläne aufstellen', // Mon 10.05. 09:00–16:00, Filderhalle, FA, Dr. Reiter, 250 €
  sprache: 'Damit es jeder versteht', // Wed 12.05. 09:00–12:00, online, PE, Keller, plain language, free
  ki: 'Der digitale Kollege', // Tue 18.05. 09:00–13:00, hybrid (Landratsamt), PE, Dr. Winter, AI (F13, ChatGPT), free
  zeit: 'Alles auf einmal?', // Wed 26.05. 09:00–12:30, online, PE, Bauer, time management, free
  konflikte: 'Wenn die Chemie nicht stimmt', // Wed 09.06. 09:00–16:00, Rathaus Filderstadt, FA, Dr. Hartmann, 260 €, 12 seats, for managers
  brandschutz: 'Wenn der Alarm losgeht', // Thu 17.06. 08:30–12:30, Rathaus Leinfelden-Echterdingen, Unfallkasse, Maier, fire wardens, free
  eakte: 'Papierlos ab Herbst', // Tue 13.07. 09:00–12:00, Rathaus Nürtingen, PE, Albrecht, e-file, only Nürtingen/Kirchheim, free
  pdf: 'Barrierefreie PDF-Dokumente erstellen', // draft (Mon 07.06.)
  klima: 'Hitzeschutz und Klimaanpassung in der Bauleitplanung', // draft (Thu 24.06.)
  outlook: 'Outlook effizient nutzen: E-Mails, Kalender und Aufgaben', // cancelled (Thu 15.04.2027)
  spielplatz: 'Spielplatzkontrolle nach DIN EN 1176', // cancelled (Wed 21.04.2027)
  grundsteuer: 'Die neue Grundsteuer: Bescheide, Hebesätze und Widersprüche', // past (Tue 26 January 2027)
  winterdienst: 'Winterdienst und Streupflicht: Haftung der Kommune', // past (Tue 9 February 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.pdf, T.klima, T.outlook, T.spielplatz, T.grundsteuer, T.winterdienst];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  {
    conv: 'bauantrag',
    q: 'Ich arbeite im Baurechtsamt, und wir stellen bald auf den digitalen Bauantrag um. Gibt es dazu eine Schulung?',
    kind: 'list',
    titles: [T.bauantrag],
  },
  {
    conv: 'bauantrag',
    q: 'Und wann findet diese Schulung statt?',
    kind: 'facts',
    titles: [T.bauantrag],
    says: ['am Di., 20.04.2027 von 09:00 bis 12:00 Uhr'],
  },
  {
    conv: 'bauantrag',
    q: 'Muss ich dafür irgendwohin fahren, oder findet das online statt?',
    kind: 'facts',
    titles: [T.bauantrag],
    says: ['findet online statt'],
  },
  {
    conv: 'fuehrung',
    q: 'Ich bin seit Kurzem Sachgebietsleiterin und war vorher Kollegin im selben Team. Gibt es ein Seminar, das mir beim Rollenwechsel hilft?',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'fuehrung',
    q: 'An welchen Tagen findet das Seminar statt?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Mo., 22.03.2027 und Mo., 12.04.2027', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    conv: 'fuehrung',
    q: 'Wie viel kostet das Seminar?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['kostet 590 €'],
  },
  {
    conv: 'fuehrung',
    q: 'Und wo genau findet es statt?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['in der Filderhalle Leinfelden-Echterdingen'],
  },
  {
    conv: 'vergabe',
    q: 'Ich bin im Hochbauamt für Ausschreibungen zuständig. Haben Sie etwas zur VOB/A im Angebot?',
    kind: 'list',
    titles: [T.vergabe],
  },
  {
    conv: 'vergabe',
    q: 'Bis wann muss ich mich dafür anmelden?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Do., 08.04.2027, 23:59 Uhr'],
  },
  {
    conv: 'vergabe',
    q: 'Sind da noch Plätze frei?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['noch 20 von 20 Plätzen frei'],
  },
  {
    conv: 'english',
    q: "I work at the immigration office and often serve residents who don't speak German. Is there an English course for staff?",
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  {
    conv: 'english',
    q: 'What is the registration deadline?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['until Wed, 17 Mar 2027, 12:00'],
  },
  {
    conv: 'english',
    q: 'And how long does the course last?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['lasts 3.5 hours, from 09:00 to 12:30'],
  },
  {
    conv: 'stress',
    q: 'In unserem Team ist seit Monaten sehr viel los, und viele Kolleginnen und Kollegen können nach Feierabend nicht mehr abschalten. Gibt es ein Angebot zum Umgang mit Stress?',
    kind: 'list',
    titles: [T.stress],
  },
  {
    conv: 'stress',
    q: 'Kostet die Teilnahme etwas?',
    kind: 'facts',
    titles: [T.stress],
    says: ['ist kostenlos'],
  },
  {
    conv: 'helm',
    q: "I'm a building inspector and regularly visit construction sites. Is there a course on occupational safety during site visits?",
    locale: 'en',
    kind: 'list',
    titles: [T.helm],
  },
  {
    conv: 'helm',
    q: 'Where is it held?',
    locale: 'en',
    kind: 'facts',
    titles: [T.helm],
    says: ['takes place at Stadthaus Ostfildern'],
  },
  {
    conv: 'helm',
    q: 'And what time does it start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.helm],
    says: ['starts on Thu, 8 Apr 2027 at 09:00'],
  },
  {
    conv: 'ki',
    q: 'Ich arbeite in der Pressestelle und würde gern lernen, wie man F13 oder ChatGPT für Texte nutzt. Gibt es dazu ein Seminar?',
    kind: 'list',
    titles: [T.ki],
  },
  {
    conv: 'ki',
    q: 'Kann ich auch von zu Hause aus online teilnehmen?',
    kind: 'facts',
    titles: [T.ki],
    says: ['oder online'],
  },
  {
    conv: 'vorlagen',
    q: 'Ich arbeite in der Geschäftsstelle des Gemeinderats und schreibe Sitzungsvorlagen. Gibt es eine Fortbildung dazu, wie man gute Beschlussvorlagen formuliert?',
    kind: 'list',
    titles: [T.vorlagen],
  },
  {
    conv: 'vorlagen',
    q: 'Wo findet diese Fortbildung statt?',
    kind: 'facts',
    titles: [T.vorlagen],
    says: ['im Rathaus Kirchheim unter Teck'],
  },
  {
    conv: 'erstehilfe',
    q: 'Our office needs two more first aiders. Is there a first aid course coming up?',
    locale: 'en',
    kind: 'list',
    titles: [T.ersteHilfe],
  },
  {
    conv: 'erstehilfe',
    q: 'Is it free of charge for us?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['is free of charge'],
    mentions: ['Die Lehrgangskosten übernimmt die Unfallkasse Baden-Württemberg für ihre Mitgliedsunternehmen.'],
  },
  {
    conv: 'erstehilfe',
    q: 'How long does it last?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['lasts 8 hours, from 08:30 to 16:30'],
  },
  // --- facts -----------------------------------------------------------------------------------------------------------
  {
    q: 'Ich arbeite im Bauamt und möchte wissen, was das Seminar zum Baugenehmigungsverfahren kostet.',
    kind: 'facts',
    titles: [T.lbo],
    says: ['kostet 290 €'],
  },
  {
    q: 'Ich würde mich gern noch für das Seminar zur Landesbauordnung anmelden. Bis wann ist das möglich?',
    kind: 'facts',
    titles: [T.lbo],
    says: ['am Fr., 05.03.2027, 23:59 Uhr abgelaufen'],
  },
  {
    q: 'Ich arbeite in der Bußgeldstelle. Wer leitet denn das Seminar zu Ordnungswidrigkeiten?',
    kind: 'facts',
    titles: [T.bussgeld],
    says: ['leitet Herr Dr. Thomas Reiter'],
  },
  {
    q: 'I work in the finance department. Could you tell me when the Excel course takes place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['on Wed, 17 Mar 2027 from 09:00 to 12:00'],
  },
  {
    q: 'Was kostet der Excel-Kurs? Das muss ich vorher mit meiner Amtsleitung klären.',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 65 €'],
    mentions: ['Die Gebühr trägt das entsendende Amt.'],
  },
  {
    q: 'Ich arbeite im Stadtplanungsamt. Wo findet das Seminar zu Bebauungsplänen statt?',
    kind: 'facts',
    titles: [T.bauleitplanung],
    says: ['in der Filderhalle Leinfelden-Echterdingen'],
  },
  {
    q: 'Ich soll für unsere Dienststelle die Brandschutzhelfer-Ausbildung machen. Wie lange dauert die?',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['dauert 4 Stunden, von 08:30 bis 12:30 Uhr'],
  },
  {
    q: 'I work in urban planning. Is the citizen participation course held online or in person?',
    locale: 'en',
    kind: 'facts',
    titles: [T.beteiligung],
    says: ['is hybrid'],
  },
  // --- topic searches: typos, words only in summary or description, synonyms ------------------------------------------
  {
    q: 'Ich arbeite im Bauamt und bekomme oft verdächtige E-Mails mit seltsamen Anhängen. Gibt es eine Schulung zu Fishing?',
    kind: 'list',
    titles: [T.phishing],
  },
  {
    q: 'Ich arbeite in der Kämmerei und bräuchte eine Auffrischung zu Pivottabellen. Gibt es da etwas?',
    kind: 'list',
    titles: [T.excel],
  },
  {
    q: 'Bei uns im Bauamt fragen ständig Nachbarn nach Einsicht in Bauakten. Gibt es eine Schulung dazu, was wir herausgeben dürfen?',
    kind: 'list',
    titles: [T.akteneinsicht],
  },
  {
    q: 'We are planning a public consultation for a new housing area. Is there any training on citizen participation?',
    locale: 'en',
    kind: 'list',
    first: T.beteiligung,
  },
  {
    q: 'Ich bin neu in der Stadtplanung und soll bald Bebauungspläne betreuen. Gibt es dafür eine Einführung?',
    kind: 'list',
    titles: [T.bauleitplanung],
  },
  {
    q: 'Ich schreibe im Bauamt viele Bescheide, und die Bürger verstehen sie oft nicht. Gibt es etwas zu verständlicher Sprache?',
    kind: 'list',
    titles: [T.sprache],
  },
  {
    q: 'Ich verliere im Büroalltag ständig den Überblick über meine Aufgaben. Gibt es ein Seminar zur Selbstorganisation?',
    kind: 'list',
    titles: [T.zeit],
  },
  {
    q: 'Two people on my team have stopped talking to each other. Is there a workshop on handling conflicts for team leaders?',
    locale: 'en',
    kind: 'list',
    titles: [T.konflikte],
  },
  {
    q: 'Unser Bauamt stellt auf die elektronische Akte um. Gibt es dazu eine Schulung?',
    kind: 'list',
    titles: [T.eakte],
  },
  // --- filters: dates, time of day, format, place, trainer, provider, cost, length, language --------------------------
  { q: 'Ich hätte morgen ausnahmsweise Zeit. Findet morgen ein Seminar statt?', kind: 'list', titles: [T.phishing] },
  {
    q: 'Ich plane gerade die Vertretungen in meinem Team. Welche Seminare finden nächste Woche statt?',
    kind: 'list',
    titles: [T.akteneinsicht, T.lbo, T.excel, T.stress],
  },
  {
    q: 'Ich lerne lieber vor Ort als online. Welche Präsenzseminare gibt es nächste Woche?',
    kind: 'list',
    titles: [T.akteneinsicht, T.lbo],
  },
  {
    q: 'I work part-time in the registry office. Which online seminars are there in the next two weeks?',
    locale: 'en',
    kind: 'list',
    titles: [T.phishing, T.excel, T.stress],
  },
  {
    q: 'I have consultation hours every morning, so I can only attend in the afternoon. What is on next month?',
    locale: 'en',
    kind: 'list',
    titles: [T.vorlagen, T.ergonomie],
  },
  {
    q: 'Ich arbeite in einer kleinen Dienststelle ohne eigenes Fortbildungsbudget. Welche kostenlosen Seminare gibt es im April?',
    kind: 'list',
    titles: [T.ersteHilfe, T.helm, T.bauantrag, T.ergonomie],
  },
  {
    q: 'Ich wohne in Nürtingen und möchte nicht weit fahren. Welche Seminare finden dort statt?',
    kind: 'list',
    ...only(T.bussgeld, T.vergabe, T.eakte),
  },
  {
    q: 'Ich stelle gerade den Fortbildungsplan für unser Amt auf. Welche Seminare bietet die Führungsakademie im Mai an?',
    kind: 'list',
    titles: [T.beteiligung, T.bauleitplanung],
  },
  {
    q: 'Herr Albrecht hat bei uns schon einmal sehr gut geschult. Welche Kurse gibt er in diesem Jahr?',
    kind: 'list',
    ...only(T.phishing, T.bauantrag, T.eakte),
  },
  {
    q: 'Ich suche für unsere Abteilung ein längeres Seminar. Gibt es Seminare, die über mehrere Tage gehen?',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    q: "Are there any courses held in English? I'd like to brush up my language skills for work.",
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  {
    q: 'Ich arbeite in Teilzeit und spare mir gern die Anfahrt. Welche Seminare kann man hybrid besuchen?',
    kind: 'list',
    ...only(T.beteiligung, T.ki),
  },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  {
    q: 'Ich wollte mich für den Outlook-Kurs anmelden. Findet der noch statt?',
    kind: 'gone',
    gone: T.outlook,
  },
  {
    q: 'Ich bin im Bauhof für die Spielplätze zuständig. Wann ist die Schulung zur Spielplatzkontrolle?',
    kind: 'gone',
    gone: T.spielplatz,
  },
  {
    q: 'Ich habe die Schulung zur neuen Grundsteuer verpasst. Wann war die?',
    kind: 'gone',
    gone: T.grundsteuer,
    says: ['Di., 26.01.2027'],
  },
  {
    q: 'Wann fand die Schulung zu Winterdienst und Streupflicht statt?',
    kind: 'gone',
    gone: T.winterdienst,
    says: ['Di., 09.02.2027'],
  },
  {
    q: 'Ich pflege unsere Internetseite. Gibt es eine Schulung, wie man barrierefreie PDF-Dokumente erstellt?',
    kind: 'none',
  },
  { q: 'Gibt es etwas zu Klimaanpassung und Hitzeschutz? Das Thema beschäftigt uns gerade sehr.', kind: 'none' },
  { q: 'I work in accounting. Do you have anything on SAP?', locale: 'en', kind: 'none' },
  { q: 'Guten Tag! Ich bin neu hier – wobei können Sie mir helfen?', kind: 'help' },
  { q: 'Hi there! What can you do for me?', locale: 'en', kind: 'help' },
  { q: 'Könnten Sie mir bitte zeigen, für welche Seminare ich angemeldet bin?', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-eighteenth, independent catalogue (Landkreis Esslingen, Führungsakademie BW, Unfallkasse BW)',
  {
    fixture: 'heldout218-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
