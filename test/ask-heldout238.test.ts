// Over-fitting check, two-hundred-and-thirty-eighth catalogue: the 2027 programme of the Landkreis Goslar (Lower Saxony)
// and its towns (Goslar, Bad Harzburg, Seesen, Langelsheim, Braunlage, Clausthal-Zellerfeld), with the Niedersächsisches
// Studieninstitut für kommunale Verwaltung (NSI), the Kommunale Datenverarbeitung Oldenburg (KDO), the Volkshochschule
// Goslar (VHS), the Braunschweigischer Gemeinde-Unfallversicherungsverband (GUV) and the district's data protection
// officer, imported from a JSON file. Seminars take place in the Kreishaus Goslar, the VHS-Bildungszentrum Goslar, the
// town halls of Bad Harzburg, Seesen, Langelsheim and Clausthal-Zellerfeld, the Haus des Gastes Braunlage, online or
// hybrid. Several titles do not name their subject ("Mikro an, Kamera an?" is video conferencing, "Klick mit Folgen"
// phishing, "Gut am Draht" telephone manners, "Ruhe bewahren, wenn es laut wird" de-escalation, "Ein Brief, hundert
// Empfänger" mail merge, "Die ersten hundert Tage" new managers, "Wo war das noch gleich?" SharePoint filing, "Abschied
// vom Aktenberg" the e-file, "Schreiben, das ankommt" plain language, "Anträge ohne Amtsgang" the OZG, "Wenn es im Team
// knirscht" conflict management), so only summary, description or topics reveal it; "Kurtaxe" is only in the
// summary of the Kurbeitrag course. One seminar is held in English (its deadline has passed); the leadership course
// runs on two days across the start of summer time (Sun 28.03.2027); the e-file course is open only to Clausthal-
// Zellerfeld and Braunlage; first aid is free, paid by the GUV; the Kurbeitrag course has no deadline of its own (it is
// the first session's start).
// Questions are written the way an acceptance tester would try the bot, with short follow-up conversations, about a
// quarter in English, without looking at the parser or the answers.
//
// Calendar around `now` (Tuesday 16 February 2027, 09:30 in Goslar, winter time; summer time begins Sun 28.03.2027):
//   today:      Tue 16.02. 14:00–15:30 video conferencing (online, free)
//   this week:  Wed 17.02. 09:00–11:30 phishing (online, tomorrow), Fri 19.02. 09:00–12:00 data protection (hybrid,
//               Kreishaus Goslar, free)
//   next week:  Mon 22.02. 08:30–12:30 Excel (online, 85 €), Tue 23.02. 13:00–16:00 telephone (Rathaus Bad Harzburg),
//               Wed 24.02. 09:00–12:30 English (VHS Goslar; deadline passed Mon 15.02. 12:00), Thu 25.02. 14:00–16:30
//               AI (hybrid, Kreishaus, free); nothing on Fri 26.02.
//   March:      Tue 02. Doppik (Rathaus Seesen), Wed 10. first aid (Langelsheim, 08:00–16:00, free), Thu 11.
//               de-escalation (Bad Harzburg, free), Tue 16. mail merge (online, 59 €), Tue 23. procurement (Kreishaus;
//               deadline Fri 05.03. 12:00), Thu 25.03. (CET) and Thu 08.04. (CEST) leadership (Haus des Gastes
//               Braunlage, 490 €); the cancelled Outlook (Wed 03.03.) and winter-service (Thu 04.03.) courses
//   April:      Wed 07. ergonomics (online, 14:00–15:30), Tue 13. Kurbeitrag (Braunlage, 09:00–13:00), Thu 15.
//               SharePoint (online, 10:00–11:30), Tue 20. e-file (Clausthal-Zellerfeld, members only), Tue 27. council
//               meetings (Seesen; deadline Fri 09.04. 23:59)
//   May:        Tue 04. plain language (VHS Goslar), Wed 12. Bescheide (Clausthal-Zellerfeld), Tue 18. Scrum/Kanban
//               (hybrid, Kreishaus)
//   June:       Wed 02. OZG (online), Wed 09. team conflicts (Kreishaus, for managers); the drafts Plattdeutsch (Tue
//               08.06.) and flood prevention (Thu 17.06.)
//   past:       Thu 21.01.2027 fire wardens (Seesen), Wed 27.01.2027 XRechnung (online).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-02-16T08:30:00Z'); // Tuesday, 16 February 2027, 09:30 in Goslar (CET)
const TZ = 'Europe/Berlin';

const T = {
  teams: 'Mikro an, Kamera an?', // Tue 16.02. 14:00–15:30, online, KDO, Kamphues, video conferences with Teams, free
  phishing: 'Klick mit Folgen', // Wed 17.02. 09:00–11:30, online, KDO, Oltmanns, information security, free
  datenschutz: 'Datenschutz kompakt: DSGVO im Verwaltungsalltag', // Fri 19.02. 09:00–12:00, hybrid (Kreishaus), Brandes, free
  excel: 'Excel im Fachdienst: Formeln, Filter, Pivot-Tabellen', // Mon 22.02. 08:30–12:30, online, VHS, Lindner, 85 € (Dienststelle pays)
  telefon: 'Gut am Draht', // Tue 23.02. 13:00–16:00, Rathaus Bad Harzburg, NSI, Vogt, 120 €, telephone manners
  english: 'Welcome to the Harz: English at the Front Desk', // Wed 24.02. 09:00–12:30, VHS Goslar, Carter, 95 €, deadline passed Mon 15.02. 12:00
  ki: 'KI im Verwaltungsalltag: Chancen und Grenzen von Sprachmodellen', // Thu 25.02. 14:00–16:30, hybrid (Kreishaus), KDO, Oltmanns, free
  doppik: 'Doppik für Einsteigerinnen und Einsteiger', // Tue 02.03. 09:00–16:00, Rathaus Seesen, NSI, Dr. Wiechmann, 240 €
  ersteHilfe: 'Erste Hilfe im Betrieb: Aus- und Fortbildung für Ersthelfende', // Wed 10.03. 08:00–16:00, Rathaus Langelsheim, GUV, Kruse, free (GUV pays)
  deeskalation: 'Ruhe bewahren, wenn es laut wird', // Thu 11.03. 09:00–15:00, Rathaus Bad Harzburg, GUV, Pieper, free, 14 seats
  serienbrief: 'Ein Brief, hundert Empfänger', // Tue 16.03. 09:00–12:00, online, VHS, Lindner, 59 €, mail merge in Word
  vergabe: 'Vergaberecht kompakt: Aufträge unterhalb der EU-Schwellenwerte', // Tue 23.03. 09:00–16:00, Kreishaus, NSI, Reinecke, 260 €, 20 seats, deadline Fri 05.03. 12:00
  fuehrung: 'Die ersten hundert Tage', // Thu 25.03. (CET) and Thu 08.04. (CEST) 09:00–16:00, Haus des Gastes Braunlage, NSI, Dr. Hallmann, 490 €, 12 seats
  ergonomie: 'Gesund sitzen, entspannt arbeiten', // Wed 07.04. 14:00–15:30, online, GUV, Kruse, free
  kurbeitrag: 'Kurbeitrag und Gästebeitrag rechtssicher erheben', // Tue 13.04. 09:00–13:00, Haus des Gastes Braunlage, NSI, Bartels, 150 €, no own deadline
  ablage: 'Wo war das noch gleich?', // Thu 15.04. 10:00–11:30, online, KDO, Kamphues, SharePoint / Teams filing, free
  eakte: 'Abschied vom Aktenberg', // Tue 20.04. 09:00–12:00, Rathaus Clausthal-Zellerfeld, KDO, Kamphues, e-file, only Clausthal-Zellerfeld/Braunlage, free
  sitzung: 'Sitzungsdienst im Rat: Einladung, Niederschrift, Beschlusskontrolle', // Tue 27.04. 09:00–16:00, Rathaus Seesen, NSI, Reinecke, 180 €, deadline Fri 09.04. 23:59
  sprache: 'Schreiben, das ankommt', // Tue 04.05. 09:00–16:00, VHS-Bildungszentrum Goslar, VHS, Stolte, 140 €, plain language
  bescheid: 'Bescheide rechtssicher formulieren', // Wed 12.05. 09:00–16:00, Rathaus Clausthal-Zellerfeld, NSI, Dr. Wiechmann, 210 €
  agile: 'Projekte agil steuern mit Scrum und Kanban', // Tue 18.05. 09:00–16:00, hybrid (Kreishaus), NSI, Riemenschneider, 230 €
  ozg: 'Anträge ohne Amtsgang', // Wed 02.06. 13:00–16:00, online, KDO, Oltmanns, OZG, free
  konflikte: 'Wenn es im Team knirscht', // Wed 09.06. 09:00–16:00, Kreishaus, NSI, Dr. Hallmann, 210 €, for managers
  platt: 'Plattdeutsch im Bürgerkontakt', // draft (Tue 08.06.)
  hochwasser: 'Hochwasservorsorge in der Bauleitplanung', // draft (Thu 17.06.)
  outlook: 'Outlook-Kalender und Aufgaben clever nutzen', // cancelled (Wed 03.03.2027)
  winterdienst: 'Winterdienst und Streupflicht für Bauhöfe', // cancelled (Thu 04.03.2027)
  xrechnung: 'Die XRechnung im Rechnungseingang', // past (Wed 27 January 2027)
  brandschutz: 'Ausbildung zur Brandschutzhelferin und zum Brandschutzhelfer', // past (Thu 21 January 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.platt, T.hochwasser, T.outlook, T.winterdienst, T.xrechnung, T.brandschutz];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'phish', q: 'gibt es was zu phishing?', kind: 'list', titles: [T.phishing] },
  {
    conv: 'phish',
    q: 'wann ist das',
    kind: 'facts',
    titles: [T.phishing],
    says: ['am Mi., 17.02.2027 von 09:00 bis 11:30 Uhr'],
  },
  { conv: 'kurtaxe', q: 'gibt es eine schulung zur kurtaxe', kind: 'list', titles: [T.kurbeitrag] },
  {
    conv: 'kurtaxe',
    q: 'wo findet das statt?',
    kind: 'facts',
    titles: [T.kurbeitrag],
    says: ['im Haus des Gastes Braunlage'],
  },
  {
    conv: 'kurtaxe',
    q: 'bis wann kann ich mich anmelden',
    kind: 'facts',
    titles: [T.kurbeitrag],
    says: ['bis Di., 13.04.2027, 09:00 Uhr'],
  },
  {
    conv: 'schalter',
    q: 'was hilft bei aggressiven bürgern am schalter',
    kind: 'list',
    titles: [T.deeskalation],
  },
  {
    conv: 'schalter',
    q: 'und wo findet das statt?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['im Rathaus Bad Harzburg'],
  },
  { conv: 'ai', q: 'is there a course on artificial intelligence', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    conv: 'ai',
    q: 'when does it start',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['starts on Thu, 25 Feb 2027 at 14:00'],
  },
  {
    conv: 'ai',
    q: 'is it online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is hybrid', 'Kreishaus Goslar', 'or online'],
  },
  { conv: 'doppik', q: 'doppik kurs', kind: 'list', titles: [T.doppik] },
  {
    conv: 'doppik',
    q: 'wer ist der dozent',
    kind: 'facts',
    titles: [T.doppik],
    says: ['leitet Herr Dr. Holger Wiechmann'],
  },
  { conv: 'fuehrung', q: 'führungsseminar in braunlage', kind: 'list', titles: [T.fuehrung] },
  {
    conv: 'fuehrung',
    q: 'wann genau?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 25.03.2027 und Do., 08.04.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  { conv: 'fuehrung', q: 'was kostet das', kind: 'facts', titles: [T.fuehrung], says: ['kostet 490 €'] },
  { conv: 'vergabe', q: 'ausschreibungen unterhalb der schwellenwerte', kind: 'list', titles: [T.vergabe] },
  {
    conv: 'vergabe',
    q: 'anmeldeschluss?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Fr., 05.03.2027, 12:00 Uhr'],
  },
  {
    conv: 'vergabe',
    q: 'wie viele plätze sind noch frei',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['noch 20 von 20 Plätzen frei'],
  },
  { conv: 'sprache', q: 'kurs gegen amtsdeutsch', kind: 'list', titles: [T.sprache] },
  { conv: 'sprache', q: 'Was kostet das?', kind: 'facts', titles: [T.sprache], says: ['kostet 140 €'] },
  { conv: 'ozg', q: 'OZG training?', locale: 'en', kind: 'list', titles: [T.ozg] },
  {
    conv: 'ozg',
    q: 'who is the trainer?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ozg],
    says: ['is led by Herr Jan Oltmanns'],
  },
  // --- facts -----------------------------------------------------------------------------------------------------------
  {
    q: 'was kostet der excel kurs',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 85 €'],
    mentions: ['Die Gebühr trägt die entsendende Dienststelle.'],
  },
  {
    q: 'kostet der erste hilfe kurs etwas',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: [
      'Die Kosten übernimmt der Braunschweigische Gemeinde-Unfallversicherungsverband für seine Mitgliedsverwaltungen.',
    ],
  },
  { q: 'how much is the kanban course', locale: 'en', kind: 'facts', titles: [T.agile], says: ['costs €230'] },
  {
    q: 'wie lange dauert die ergonomie schulung',
    kind: 'facts',
    titles: [T.ergonomie],
    says: ['dauert 1,5 Stunden, von 14:00 bis 15:30 Uhr'],
  },
  {
    q: 'how long is the first aid training',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['lasts 8 hours, from 08:00 to 16:00'],
  },
  {
    q: 'um wie viel uhr beginnt das seminar zu bescheiden',
    kind: 'facts',
    titles: [T.bescheid],
    says: ['beginnt am Mi., 12.05.2027 um 09:00 Uhr'],
  },
  {
    q: 'registration deadline for the english course',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Mon, 15 Feb 2027, 12:00'],
  },
  {
    q: 'findet der telefonkurs in präsenz statt',
    kind: 'facts',
    titles: [T.telefon],
    says: ['findet in Präsenz statt, im Rathaus Bad Harzburg'],
  },
  {
    q: 'wo findet der scrum kurs statt',
    kind: 'facts',
    titles: [T.agile],
    says: [/im Kreishaus Goslar.* oder online/],
  },
  // --- topic searches: typos, words only in summary or description, synonyms ------------------------------------------
  { q: 'exel kurs', kind: 'list', titles: [T.excel] },
  { q: 'datenschuts', kind: 'list', titles: [T.datenschutz] },
  { q: 'mail merge', locale: 'en', kind: 'list', titles: [T.serienbrief] },
  { q: 'e-akte', kind: 'list', titles: [T.eakte] },
  { q: 'konfliktmanagement', kind: 'list', first: T.konflikte },
  { q: 'videokonferenzen', kind: 'list', titles: [T.teams] },
  { q: 'telefonknigge', kind: 'list', titles: [T.telefon] },
  // --- filters: dates, time of day, format, place, trainer, provider, length, cost, language --------------------------
  { q: 'was ist heute noch', kind: 'list', titles: [T.teams] },
  { q: 'was gibt es morgen', kind: 'list', titles: [T.phishing] },
  { q: 'was ist diese woche noch', kind: 'list', titles: [T.teams, T.phishing, T.datenschutz] },
  { q: 'nächste woche vormittags', kind: 'list', titles: [T.excel, T.english] },
  { q: 'anything next week in the afternoon', locale: 'en', kind: 'list', titles: [T.telefon, T.ki] },
  {
    q: 'kostenlose seminare in den nächsten zwei wochen',
    kind: 'list',
    titles: [T.teams, T.phishing, T.datenschutz, T.ki],
  },
  { q: 'free courses next month', locale: 'en', kind: 'list', titles: [T.ersteHilfe, T.deeskalation] },
  { q: 'online seminare im april', kind: 'list', titles: [T.ergonomie, T.ablage] },
  { q: "what's on in May", locale: 'en', kind: 'list', titles: [T.sprache, T.bescheid, T.agile] },
  { q: 'was gibt es in bad harzburg', kind: 'list', ...only(T.telefon, T.deeskalation) },
  { q: 'courses in Clausthal-Zellerfeld', locale: 'en', kind: 'list', ...only(T.eakte, T.bescheid) },
  { q: 'kurse von herrn oltmanns', kind: 'list', ...only(T.phishing, T.ki, T.ozg) },
  {
    q: 'what does the VHS offer',
    locale: 'en',
    kind: 'list',
    ...only(T.excel, T.english, T.serienbrief, T.sprache),
  },
  { q: 'mehrtägige seminare', kind: 'list', titles: [T.fuehrung] },
  { q: 'seminare kürzer als 2 stunden', kind: 'list', ...only(T.teams, T.ergonomie, T.ablage) },
  { q: 'any courses in english', locale: 'en', kind: 'list', titles: [T.english] },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'wann ist der winterdienst lehrgang', kind: 'gone', gone: T.winterdienst },
  { q: 'outlook training', locale: 'en', kind: 'gone', gone: T.outlook },
  { q: 'xrechnung wann war das', kind: 'gone', gone: T.xrechnung, says: ['Mi., 27.01.2027'] },
  { q: 'wann ist die brandschutzhelfer ausbildung', kind: 'gone', gone: T.brandschutz, says: ['Do., 21.01.2027'] },
  { q: 'plattdeutsch', kind: 'none' },
  { q: 'hochwasserschutz', kind: 'none' },
  { q: 'moin', kind: 'help' },
  { q: 'hi there', locale: 'en', kind: 'help' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
  { q: 'my registrations', locale: 'en', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-thirty-eighth, independent catalogue (Landkreis Goslar, NSI, KDO, GUV Braunschweig)',
  {
    fixture: 'heldout238-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
