// Over-fitting check, two-hundred-and-twenty-sixth catalogue: the 2027 programme for the Landkreis Göppingen (Baden-
// Württemberg) and its towns (Göppingen, Geislingen an der Steige, Eislingen/Fils, Uhingen, Donzdorf, Süßen), with the
// Verwaltungsschule des Gemeindetags Baden-Württemberg (VWS), Komm.ONE, the Unfallkasse Baden-Württemberg (UKBW), the
// Volkshochschule Göppingen (VHS) and the Landratsamt's Personalentwicklung (PE), imported from a JSON file. Seminars
// take place in the Landratsamt Göppingen, the VHS-Haus Göppingen, the Stadthalle Eislingen, the town halls of
// Geislingen, Uhingen, Donzdorf and Süßen, at Schloss Filseck (Uhingen), online or hybrid. Several titles do not name
// their subject ("Tabellen, die rechnen" is Excel, "Ein Lächeln, das man hört" telephone manners, "Abschied vom
// Aktenschrank" the e-file, "Die Maschine schreibt mit" AI, "Kurze Pause, klarer Kopf" stress, "Kurz, klar, freundlich"
// plain language, "Das Rathaus rund um die Uhr" the OZG and service-bw, "Ruhe bewahren, Grenzen setzen" de-escalation,
// "Der Tag hat nur acht Stunden" time management, "Neu an der Spitze" leadership, "Projekte, die ankommen" project
// management, "Das Rathaus im Feed" social media, "Wenn der Rat tagt" council meetings), so only summary, description or
// topics reveal it; one seminar is held in English; the leadership course runs on two days (Thu 20.05. and Thu
// 10.06.); the e-file course is open only to Uhingen, Donzdorf and Süßen; first aid is free, paid by the Unfallkasse.
// Questions are written as polite full sentences, often with a short story before the question, with several short
// follow-up conversations and about a quarter in English, without looking at the parser or the answers.
//
// Calendar around `now` (Tuesday 2 March 2027, 10:00 in Göppingen, winter time; summer time begins Sun 28.03.2027,
// Easter Sunday is 28.03.2027):
//   this week:  nothing more today; Wed 03.03. 13:30–16:30 Excel (online, tomorrow), Thu 04.03. 09:00–12:00 data
//               protection in HR (hybrid, Landratsamt)
//   next week:  Mon 08.03. 09:00–12:00 telephone (online), Tue 09.03. 09:00–12:30 e-file (Rathaus Uhingen, members
//               only), Wed 10.03. 14:00–16:30 AI (hybrid, Landratsamt), Thu 11.03. 13:30–15:00 stress (online); nothing
//               on Fri 12.03., nor on Mon 15./Tue 16.03. (the two weeks from now end there)
//   rest of March: Wed 17.03. Doppik (Stadthalle Eislingen; deadline passed Fri 26.02. 12:00), the cancelled Word course
//               (Tue 23.03.), Thu 25.03. English (VHS-Haus; deadline Thu 11.03. 23:59), Tue 30.03. first aid (Rathaus
//               Süßen, 08:30–16:30, CEST)
//   April:      Wed 07. plain language (Geislingen, 150 €), Tue 13. OZG (online, free), Thu 15. de-escalation
//               (Geislingen, free, 14 seats, no deadline given), Tue 20. accessible PDFs (online, 49 €), Wed 28.
//               procurement (Landratsamt, 260 €, 20 seats, deadline Wed 14.04. 23:59); the cancelled orchard pruning
//               course on Wed 21.04.
//   May:        Tue 11. building permits (Rathaus Donzdorf), Tue 18. time management (online), Thu 20. first day of the
//               leadership course (Schloss Filseck; second day Thu 10.06.); the draft Turkish course on Tue 04.05.
//   later:      Thu 17.06. fire wardens (Donzdorf), Tue 22.06. project management (hybrid, Landratsamt), Thu 08.07.
//               social media (online), Thu 23.09. Wohngeld (Landratsamt), Thu 14.10. council meetings (Rathaus
//               Uhingen); the draft cemetery course on Wed 16.06.
//   past:       Wed 20.01.2027 winter road service (Geislingen), Thu 11.02.2027 property tax (online).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-03-02T09:00:00Z'); // Tuesday, 2 March 2027, 10:00 in Göppingen (CET)
const TZ = 'Europe/Berlin';

const T = {
  excel: 'Tabellen, die rechnen', // Wed 03.03. 13:30–16:30, online, VHS, Maier, 85 €, Excel / Pivot
  datenschutz: 'Datenschutz im Personalwesen: Personalakte, Bewerbungen, Auskunftsrechte', // Thu 04.03. 09:00–12:00, hybrid (Landratsamt), PE, Dr. Haag, free
  telefon: 'Ein Lächeln, das man hört', // Mon 08.03. 09:00–12:00, online, VHS, Wenzel, 69 €, telephone manners
  eakte: 'Abschied vom Aktenschrank', // Tue 09.03. 09:00–12:30, Rathaus Uhingen, Komm.ONE, Köhler, free, e-file, only Uhingen/Donzdorf/Süßen
  ki: 'Die Maschine schreibt mit', // Wed 10.03. 14:00–16:30, hybrid (Landratsamt), Komm.ONE, Dr. Brenner, free, AI
  stress: 'Kurze Pause, klarer Kopf', // Thu 11.03. 13:30–15:00, online, UKBW, Albrecht, free, stress
  haushalt: 'Gemeindehaushaltsrecht kompakt', // Wed 17.03. 09:00–16:00, Stadthalle Eislingen, VWS, Dr. Oberle, 240 €, deadline passed Fri 26.02. 12:00
  english: 'Welcome to Göppingen: English at the Front Desk', // Thu 25.03. 09:00–12:30, VHS-Haus, VHS, Walsh, 95 €, English, deadline Thu 11.03. 23:59
  ersteHilfe: 'Erste Hilfe am Arbeitsplatz: Grundausbildung für Ersthelfende', // Tue 30.03. 08:30–16:30, Rathaus Süßen, UKBW, Pfeifer, free (Unfallkasse pays)
  sprache: 'Kurz, klar, freundlich', // Wed 07.04. 09:00–16:00, Rathaus Geislingen, VWS, Dr. Sommer, 150 €, plain language
  ozg: 'Das Rathaus rund um die Uhr', // Tue 13.04. 13:00–15:30, online, Komm.ONE, Köhler, free, OZG / service-bw
  deeskalation: 'Ruhe bewahren, Grenzen setzen', // Thu 15.04. 09:00–15:00, Rathaus Geislingen, UKBW, Albrecht, free, 14 seats, no deadline (= start)
  pdf: 'Barrierefreie PDF-Dokumente erstellen', // Tue 20.04. 09:00–12:00, online, Komm.ONE, Köhler, 49 €
  vergabe: 'Vergaberecht kompakt: UVgO und VOB/A für Kommunen', // Wed 28.04. 09:00–16:00, Landratsamt, VWS, Ruf, 260 €, 20 seats, deadline Wed 14.04. 23:59
  baurecht: 'Das Baugesuch auf dem Tisch', // Tue 11.05. 09:00–16:00, Rathaus Donzdorf, VWS, Dr. Oberle, 210 €, building permits
  zeit: 'Der Tag hat nur acht Stunden', // Tue 18.05. 09:00–12:00, online, PE, Bauer, free, time management / Outlook
  fuehrung: 'Neu an der Spitze', // Thu 20.05. and Thu 10.06. 09:00–16:30, Schloss Filseck (Uhingen), VWS, Dr. Fischer-Lang, 480 €, 12 seats
  brandschutz: 'Im Ernstfall richtig handeln: Brandschutzhelferausbildung', // Thu 17.06. 08:30–12:30, Rathaus Donzdorf, UKBW, Pfeifer, free
  projekte: 'Projekte, die ankommen', // Tue 22.06. 09:00–16:00, hybrid (Landratsamt), VWS, Mack, 230 €, project management / Kanban
  social: 'Das Rathaus im Feed', // Thu 08.07. 10:00–12:00, online, VHS, Hertel, 45 €, social media / Instagram
  wohngeld: 'Wohngeld kompakt: Berechnung und aktuelle Rechtsprechung', // Thu 23.09. 09:00–16:00, Landratsamt, VWS, Ruf, 195 €
  sitzung: 'Wenn der Rat tagt', // Thu 14.10. 09:00–16:00, Rathaus Uhingen, VWS, Dr. Sommer, 180 €, council meetings
  tuerkisch: 'Grundkurs Türkisch für den Bürgerservice', // draft (Tue 04.05.)
  friedhof: 'Friedhofsverwaltung: Grabnutzungsrechte und Gebühren', // draft (Wed 16.06.)
  serienbrief: 'Serienbriefe und Formulare in Word', // cancelled (Tue 23.03.2027)
  baumschnitt: 'Baumschnitt auf Streuobstwiesen für Bauhöfe', // cancelled (Wed 21.04.2027)
  winterdienst: 'Winterdienst rechtssicher organisieren', // past (Wed 20 January 2027)
  grundsteuer: 'Die neue Grundsteuer: Hebesätze und Bescheide', // past (Thu 11 February 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.tuerkisch, T.friedhof, T.serienbrief, T.baumschnitt, T.winterdienst, T.grundsteuer];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  {
    conv: 'eakte',
    q: 'Unser Amt stellt auf die E-Akte um – gibt es eine Schulung, die uns den Umstieg erleichtert?',
    kind: 'list',
    titles: [T.eakte],
  },
  {
    conv: 'eakte',
    q: 'Wann und wo findet die statt?',
    kind: 'facts',
    titles: [T.eakte],
    says: ['am Di., 09.03.2027 von 09:00 bis 12:30 Uhr', 'im Rathaus Uhingen'],
  },
  { conv: 'eakte', q: 'Und was kostet sie?', kind: 'facts', titles: [T.eakte], says: ['ist kostenlos'] },
  {
    conv: 'ki',
    q: 'My team lead keeps talking about ChatGPT. Is there a course on AI for everyday office work?',
    locale: 'en',
    kind: 'list',
    titles: [T.ki],
  },
  {
    conv: 'ki',
    q: 'Is it online or in person?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is hybrid', 'at Landratsamt Göppingen', 'or online'],
  },
  {
    conv: 'ki',
    q: 'Who is running it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is led by Frau Dr. Lea Brenner'],
  },
  {
    miss: 'the asker’s workplace ("Telefonzentrale unseres Rathauses") finds the town-hall courses; the telephone course is not found',
    conv: 'telefon',
    q: 'Ich arbeite in der Telefonzentrale unseres Rathauses und möchte am Telefon souveräner auftreten. Gibt es dazu ein Seminar?',
    kind: 'list',
    titles: [T.telefon],
  },
  {
    miss: 'follows the missed telephone question',
    conv: 'telefon',
    q: 'Wie lange dauert das?',
    kind: 'facts',
    titles: [T.telefon],
    says: ['dauert 3 Stunden, von 09:00 bis 12:00 Uhr'],
  },
  {
    conv: 'erstehilfe',
    q: 'Ich wurde in unserem Team zur Ersthelferin bestimmt. Wann findet die nächste Erste-Hilfe-Ausbildung statt?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['am Di., 30.03.2027 von 08:30 bis 16:30 Uhr'],
  },
  {
    conv: 'erstehilfe',
    q: 'Muss meine Dienststelle dafür etwas bezahlen?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangskosten übernimmt die Unfallkasse Baden-Württemberg.'],
  },
  {
    conv: 'erstehilfe',
    q: 'Um wie viel Uhr geht es los?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['beginnt am Di., 30.03.2027 um 08:30 Uhr'],
  },
  {
    conv: 'fuehrung',
    q: 'Ich habe vor kurzem eine Sachgebietsleitung übernommen und suche ein Seminar für neue Führungskräfte.',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'fuehrung',
    q: 'An welchen Tagen findet es statt?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 20.05.2027 und Do., 10.06.2027', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  { conv: 'fuehrung', q: 'Wo genau?', kind: 'facts', titles: [T.fuehrung], says: ['Schloss Filseck'] },
  {
    conv: 'vergabe',
    q: 'We need to tender new office furniture below the EU thresholds. Is there a course on public procurement?',
    locale: 'en',
    kind: 'list',
    titles: [T.vergabe],
  },
  {
    conv: 'vergabe',
    q: "What's the registration deadline?",
    locale: 'en',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['until Wed, 14 Apr 2027, 23:59'],
  },
  {
    conv: 'vergabe',
    q: 'Are there still seats available?',
    locale: 'en',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['has 20 of 20 seats left'],
  },
  {
    conv: 'sprache',
    q: 'Bürgerinnen und Bürger beschweren sich, dass unsere Schreiben schwer verständlich sind. Gibt es ein Seminar zu bürgerfreundlicher Sprache?',
    kind: 'list',
    titles: [T.sprache],
  },
  {
    conv: 'english',
    q: "More and more visitors at our citizens' office don't speak German. Is there an English course for front desk staff?",
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  {
    conv: 'english',
    q: 'When is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['on Thu, 25 Mar 2027 from 09:00 to 12:30'],
  },
  {
    conv: 'stress',
    q: 'In letzter Zeit bin ich abends völlig erschöpft und komme im Büro kaum zur Ruhe. Gibt es ein Angebot zur Stressbewältigung?',
    kind: 'list',
    titles: [T.stress],
  },
  {
    conv: 'haushalt',
    q: 'Ich wechsle in die Kämmerei und muss mich in die Doppik einarbeiten. Gibt es dafür ein Seminar?',
    kind: 'list',
    titles: [T.haushalt],
  },
  {
    conv: 'haushalt',
    q: 'Bis wann kann ich mich dafür anmelden?',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['ist am Fr., 26.02.2027, 12:00 Uhr abgelaufen'],
  },
  // --- facts -----------------------------------------------------------------------------------------------------------
  {
    q: 'Unsere Auszubildende möchte ihre Excel-Kenntnisse verbessern. Was kostet der Excel-Kurs?',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 85 €'],
  },
  {
    q: 'Ich bin als Brandschutzhelfer benannt worden. Wie lange dauert die Brandschutzhelfer-Ausbildung?',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['dauert 4 Stunden, von 08:30 bis 12:30 Uhr'],
  },
  {
    q: 'I will be taking over a team soon. How long is the leadership course for new managers?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['lasts 2 days, each from 09:00 to 16:30'],
  },
  {
    q: 'Wo findet das Deeskalationstraining statt?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['im Rathaus Geislingen an der Steige'],
  },
  {
    q: 'Bis wann muss ich mich für das Deeskalationstraining anmelden?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['bis Do., 15.04.2027, 09:00 Uhr'],
  },
  {
    q: 'Ist das Datenschutz-Seminar für die Personalverwaltung online oder in Präsenz?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['findet hybrid statt', 'im Landratsamt Göppingen', 'oder online'],
  },
  {
    q: 'Ich plane meinen Arbeitstag am 20. April. Um wie viel Uhr beginnt die Schulung zu barrierefreien PDFs?',
    kind: 'facts',
    titles: [T.pdf],
    says: ['beginnt am Di., 20.04.2027 um 09:00 Uhr'],
  },
  // --- topic searches: typos, words only in summary or description, synonyms ------------------------------------------
  {
    q: 'Im Bürgerbüro wird es manchmal laut. Gibt es etwas zur Deeskaltion im Publikumsverkehr?',
    kind: 'list',
    titles: [T.deeskalation],
  },
  {
    q: 'Unsere Website soll barrierefrei werden – gibt es eine Schulung zu barierefreien PDFs?',
    kind: 'list',
    titles: [T.pdf],
  },
  {
    q: 'Mein Postfach quillt über. Ich möchte lernen, wie ich Outlook besser organisiere und Prioritäten setze.',
    kind: 'list',
    titles: [T.zeit],
  },
  {
    q: 'Bei uns im Baurechtsamt stapeln sich die Bauanträge. Gibt es eine Fortbildung zum Baugenehmigungsverfahren?',
    kind: 'list',
    titles: [T.baurecht],
  },
  {
    q: 'Unsere Gemeinde will mehr Anträge über service-bw anbieten. Gibt es dazu eine Schulung?',
    kind: 'list',
    titles: [T.ozg],
  },
  {
    q: 'Unsere Personalabteilung ist unsicher, wie lange Bewerbungsunterlagen aufbewahrt werden dürfen. Gibt es dazu eine Schulung?',
    kind: 'list',
    titles: [T.datenschutz],
  },
  {
    q: 'Wir sollen im Amt Kanban-Boards für unsere Projekte einführen – gibt es da etwas?',
    kind: 'list',
    titles: [T.projekte],
  },
  {
    q: 'Ich bin neu in der Wohngeldstelle. Gibt es eine Schulung, die die Berechnung erklärt?',
    kind: 'list',
    titles: [T.wohngeld],
  },
  {
    q: 'Our town hall wants to start an Instagram account. Is there any training on social media?',
    locale: 'en',
    kind: 'list',
    titles: [T.social],
  },
  {
    q: 'Ich übernehme die Protokollführung im Gemeinderat. Gibt es eine Schulung zum Sitzungsdienst?',
    kind: 'list',
    titles: [T.sitzung],
  },
  // --- filters: dates, time of day, format, place, trainer, provider, cost, length, language --------------------------
  { q: 'Ich hätte morgen spontan Zeit – gibt es da ein Seminar?', kind: 'list', titles: [T.excel] },
  { q: 'Was steht diese Woche noch an?', kind: 'list', titles: [T.excel, T.datenschutz] },
  { q: 'Gibt es nächste Woche etwas am Vormittag?', kind: 'list', titles: [T.telefon, T.eakte] },
  {
    q: 'I work part-time. Is there anything next week in the afternoon?',
    locale: 'en',
    kind: 'list',
    titles: [T.ki, T.stress],
  },
  {
    q: 'Unser Fortbildungsbudget ist aufgebraucht. Welche kostenlosen Seminare gibt es in den nächsten zwei Wochen?',
    kind: 'list',
    titles: [T.datenschutz, T.eakte, T.ki, T.stress],
  },
  {
    q: 'Ich lerne am liebsten mit anderen im Raum. Welche Seminare finden im April vor Ort statt?',
    kind: 'list',
    titles: [T.sprache, T.deeskalation, T.vergabe],
  },
  {
    q: 'Our budget is tight. Is there anything free of charge next month?',
    locale: 'en',
    kind: 'list',
    titles: [T.ozg, T.deeskalation],
  },
  { q: 'Welche Seminare gibt es im Mai?', kind: 'list', titles: [T.baurecht, T.zeit, T.fuehrung] },
  {
    q: 'Unsere Sicherheitsbeauftragte fragt, welche Seminare die Unfallkasse anbietet.',
    kind: 'list',
    ...only(T.stress, T.ersteHilfe, T.deeskalation, T.brandschutz),
  },
  {
    q: 'Herr Köhler hat bei uns schon einmal sehr gut referiert. Welche Kurse gibt er dieses Jahr?',
    kind: 'list',
    ...only(T.eakte, T.ozg, T.pdf),
  },
  {
    q: 'Ich arbeite in Geislingen und möchte nicht weit fahren. Welche Seminare finden in Geislingen statt?',
    kind: 'list',
    ...only(T.sprache, T.deeskalation),
  },
  {
    q: 'Ich möchte flexibel teilnehmen können. Welche Veranstaltungen sind hybrid?',
    kind: 'list',
    ...only(T.datenschutz, T.ki, T.projekte),
  },
  { q: 'Gibt es auch mehrtägige Seminare?', kind: 'list', titles: [T.fuehrung] },
  {
    q: 'I would like to practise my English at work. Are there any courses held in English?',
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  {
    q: 'Ich wollte mich für den Serienbrief-Kurs anmelden – wann findet der statt?',
    kind: 'gone',
    gone: T.serienbrief,
  },
  {
    q: 'Unser Bauhof wollte zum Baumschnitt-Kurs für Streuobstwiesen. Findet der noch statt?',
    kind: 'gone',
    gone: T.baumschnitt,
  },
  {
    q: 'Eine Kollegin hat mir von der Schulung zur neuen Grundsteuer erzählt. Wann war die?',
    kind: 'gone',
    gone: T.grundsteuer,
    says: ['Do., 11.02.2027'],
  },
  {
    q: 'When was the Winterdienst seminar?',
    locale: 'en',
    kind: 'gone',
    gone: T.winterdienst,
    says: ['Wed, 20 Jan 2027'],
  },
  { q: 'Viele unserer Besucher sprechen Türkisch. Gibt es einen Türkischkurs?', kind: 'none' },
  { q: 'Ich bin neu in der Friedhofsverwaltung – gibt es dazu eine Fortbildung?', kind: 'none' },
  { q: 'Do you offer a forklift licence course?', locale: 'en', kind: 'none' },
  { q: 'Hallo, ich bin neu hier. Was kannst du eigentlich?', kind: 'help' },
  { q: 'Good morning!', locale: 'en', kind: 'help' },
  { q: 'Für welche Seminare bin ich eigentlich angemeldet?', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-twenty-sixth, independent catalogue (Landkreis Göppingen, VWS, Komm.ONE, Unfallkasse BW)',
  {
    fixture: 'heldout226-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
