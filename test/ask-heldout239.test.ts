// Over-fitting check, two-hundred-and-thirty-ninth catalogue: the 2027 programme for the Märkischer Kreis (North Rhine-
// Westphalia) and its towns (Lüdenscheid, Iserlohn, Menden, Hemer, Altena, Plettenberg, Balve), with the Studieninstitut
// für kommunale Verwaltung Südwestfalen, the Unfallkasse NRW, the Südwestfalen-IT (SIT), the Volkshochschule Lüdenscheid
// (VHS) and the Kreis's Personal- und Organisationsentwicklung, imported from a JSON file. Seminars take place in the
// Kreishaus Lüdenscheid, the Rathaus and the Kulturhaus Lüdenscheid, the VHS Lüdenscheid, the town halls of Iserlohn,
// Menden, Hemer, Altena and Plettenberg, the Feuerwehrhaus Hemer, online or hybrid. Several titles do not name their
// subject ("Klick mit Folgen" is phishing, "Wenn der Rücken streikt" lifting and carrying, "Kopf frei" stress, "Ordnung
// im digitalen Aktenschrank" the e-file, "Der digitale Kollege" AI, "Ruhig bleiben, wenn es laut wird" de-escalation,
// "Klar geschrieben, gern gelesen" plain language, "Für alle lesbar" accessible documents, "Das Gespräch, vor dem sich
// alle drücken" difficult staff talks, "Wissen, das bleibt" knowledge transfer before retirement), so only summary,
// description or topics reveal it; one seminar is held in English (its deadline has passed); project management runs
// on two days; the council seminar is the only one in the evening; the e-file course is open only to Hemer, Menden and
// Balve; first aid is free, paid by the Unfallkasse. The questions stress several filters at once (format + month +
// budget, place + time of day, provider + format, audience + length), with English equivalents.
//
// Calendar around `now` (Thursday 4 March 2027, 10:00 in Lüdenscheid, winter time; summer time begins Sun 28.03.2027):
//   this week:  nothing more today; Fri 05.03. 09:00–11:30 phishing (online, tomorrow)
//   next week:  Mon 08.03. 09:00–12:30 Excel (online, 85 €), Tue 09.03. 13:00–16:00 social data protection (Kreishaus,
//               the only afternoon), Thu 11.03. 08:30–12:00 back health (Rathaus Menden); nothing Wed and Fri
//   then:       Tue 16.03. NKF (Rathaus Iserlohn, 240 €); nothing from Wed 17.03. to Mon 22.03.; Tue 23.03. 13:30–15:00
//               stress (online, free); Wed 24.03. 09:00–12:30 English (VHS; deadline passed Fri 26.02. 23:59); the
//               cancelled social-media course on Thu 25.03.
//   April:      Tue 06. first aid (Feuerwehrhaus Hemer, 08:30–16:30, free), Thu 08. procurement (Altena, 260 €, deadline
//               Fri 26.03. 12:00), Wed 14. e-file (Rathaus Hemer, free, members only), Tue 20. AI (hybrid, Rathaus
//               Iserlohn, free, 13:00–16:00), Thu 22. de-escalation (Plettenberg, free, 12 seats), Wed 28. plain
//               language (Rathaus Lüdenscheid, 150 €); the cancelled playground-inspection course on Wed 21.04.
//   May:        Tue 04./Wed 05. project management (Kulturhaus Lüdenscheid, 420 €), Tue 11. Outlook (online, 49 €,
//               09:00–11:00), Wed 19. healthy leadership (Kreishaus, free, for managers)
//   June:       Tue 01. accessible documents (online, 75 €), Tue 08. difficult staff talks (Rathaus Hemer, 210 €, for
//               managers), Thu 10. 18:00–21:00 new council members (Plettenberg, 60 €), Thu 17. 13:00–16:30 KAG fees
//               (Rathaus Menden, 130 €), Wed 23. residence law (hybrid, Kreishaus, 225 €)
//   July:       Thu 01. 09:00–11:00 knowledge transfer (online, 120 €); the draft heat-protection course on Wed 07.07.
//   September:  the draft Turkish course on Tue 07.09.
//   past:       Tue 26.01.2027 property-tax reform (online), Wed 10.02.2027 job references (Iserlohn).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-03-04T09:00:00Z'); // Thursday, 4 March 2027, 10:00 in Lüdenscheid (CET)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Klick mit Folgen', // Fri 05.03. 09:00–11:30, online, SIT, Brinkmann, phishing / social engineering, free, for all staff
  excel: 'Pivot-Tabellen und Diagramme: Excel für Fortgeschrittene', // Mon 08.03. 09:00–12:30, online, VHS, Hartmann, 85 € (Dienststelle pays)
  datenschutz: 'Datenschutz in der Sozialverwaltung: Sozialgeheimnis und Auskunftsrechte', // Tue 09.03. 13:00–16:00, Kreishaus Lüdenscheid, PE, Schulte, free
  ruecken: 'Wenn der Rücken streikt', // Thu 11.03. 08:30–12:00, Rathaus Menden, Unfallkasse, Vogt, lifting and carrying, free, for Bauhöfe
  nkf: 'NKF kompakt: Haushaltsplan und Jahresabschluss', // Tue 16.03. 09:00–16:00, Rathaus Iserlohn, Studieninstitut, Dr. Kemper, 240 €
  stress: 'Kopf frei', // Tue 23.03. 13:30–15:00 (1.5 h), online, Unfallkasse, Lorenz, stress / resilience, free, for all staff
  english: 'Welcome to the Sauerland: English for Front-Desk Staff', // Wed 24.03. 09:00–12:30, VHS Lüdenscheid, Walsh, 95 €, deadline passed Fri 26.02. 23:59
  ersteHilfe: 'Erste Hilfe im Betrieb: Ausbildung für Ersthelfende', // Tue 06.04. 08:30–16:30, Feuerwehrhaus Hemer, Unfallkasse, Vogt, free (Unfallkasse pays)
  vergabe: 'Öffentliche Aufträge unterhalb der EU-Schwellenwerte', // Thu 08.04. 09:00–16:00, Rathaus Altena, Studieninstitut, Berger, 260 €, deadline Fri 26.03. 12:00
  eakte: 'Ordnung im digitalen Aktenschrank', // Wed 14.04. 09:00–12:00, Rathaus Hemer, SIT, Schäfer, e-file, only Hemer/Menden/Balve, free
  ki: 'Der digitale Kollege', // Tue 20.04. 13:00–16:00, hybrid (Rathaus Iserlohn), SIT, Brinkmann, AI / ChatGPT, free
  deeskalation: 'Ruhig bleiben, wenn es laut wird', // Thu 22.04. 09:00–15:00, Rathaus Plettenberg, Unfallkasse, Lorenz, free, 12 seats
  sprache: 'Klar geschrieben, gern gelesen', // Wed 28.04. 09:00–16:00, Rathaus Lüdenscheid, Studieninstitut, Sauer, 150 €, plain language
  projekt: 'Projektmanagement in der Kommunalverwaltung: Vom Auftrag zum Abschluss', // Tue 04.05. and Wed 05.05. 09:00–16:00, Kulturhaus Lüdenscheid, Studieninstitut, Albers, 420 €, project leads and managers
  outlook: 'Outlook im Griff: E-Mails, Kalender und Aufgaben organisieren', // Tue 11.05. 09:00–11:00 (2 h), online, VHS, Hartmann, 49 €, for all staff
  gesundFuehren: 'Gesund führen: Belastungen im Team erkennen', // Wed 19.05. 09:00–16:00, Kreishaus Lüdenscheid, Unfallkasse, Lorenz, free, for managers
  barrierefrei: 'Für alle lesbar', // Tue 01.06. 09:00–12:00, online, SIT, Schäfer, 75 €, accessible Word/PDF documents
  gespraech: 'Das Gespräch, vor dem sich alle drücken', // Tue 08.06. 09:00–16:00, Rathaus Hemer, Studieninstitut, Dr. Otte, 210 €, for managers
  rat: 'Neu im Rat: Rechte und Pflichten im kommunalen Mandat', // Thu 10.06. 18:00–21:00, Rathaus Plettenberg, Studieninstitut, Krämer, 60 €
  kag: 'Gebühren und Beiträge nach dem KAG NRW', // Thu 17.06. 13:00–16:30, Rathaus Menden, Studieninstitut, Dr. Kemper, 130 €
  aufenthalt: 'Aufenthaltsrecht kompakt: Aufenthaltstitel, Duldung und Einbürgerung', // Wed 23.06. 09:00–15:00, hybrid (Kreishaus), Studieninstitut, Krämer, 225 €
  wissen: 'Wissen, das bleibt', // Thu 01.07. 09:00–11:00 (2 h), online, Studieninstitut, Albers, 120 €, knowledge transfer, for staff near retirement
  tuerkisch: 'Türkisch am Schalter: Erste Sätze für den Bürgerservice', // draft (Tue 07.09.)
  hitze: 'Hitzeschutz am Arbeitsplatz: Der kommunale Hitzeaktionsplan', // draft (Wed 07.07.)
  socialMedia: 'Social Media im Rathaus: Instagram und Facebook rechtssicher nutzen', // cancelled (Thu 25.03.2027)
  spielplatz: 'Spielplatzkontrolle nach DIN EN 1176 für Bauhöfe', // cancelled (Wed 21.04.2027)
  grundsteuer: 'Grundsteuerreform in der Praxis: Messbeträge und Hebesätze', // past (Tue 26 January 2027), Dr. Kemper
  zeugnisse: 'Arbeitszeugnisse rechtssicher formulieren', // past (Wed 10 February 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.tuerkisch, T.hitze, T.socialMedia, T.spielplatz, T.grundsteuer, T.zeugnisse];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'heben', q: 'gibt es was zu heben und tragen?', kind: 'list', titles: [T.ruecken] },
  {
    conv: 'heben',
    q: 'wann und wo?',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['am Do., 11.03.2027 von 08:30 bis 12:00 Uhr im Rathaus Menden'],
  },
  { conv: 'ki', q: 'any training on ChatGPT?', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    conv: 'ki',
    q: 'is it online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: [/at Rathaus Iserlohn.* or online/],
  },
  {
    conv: 'ki',
    q: 'how long does it take',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['lasts 3 hours, from 13:00 to 16:00'],
  },
  { conv: 'projekt', q: 'projektmanagement', kind: 'list', titles: [T.projekt] },
  {
    conv: 'projekt',
    q: 'wann genau?',
    kind: 'facts',
    titles: [T.projekt],
    says: ['an 2 Tagen', 'Di., 04.05.2027 und Mi., 05.05.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  { conv: 'projekt', q: 'wie viel kostet das', kind: 'facts', titles: [T.projekt], says: ['kostet 420 €'] },
  {
    conv: 'april',
    q: "what's on next month?",
    locale: 'en',
    kind: 'list',
    titles: [T.ersteHilfe, T.vergabe, T.eakte, T.ki, T.deeskalation, T.sprache],
  },
  {
    conv: 'april',
    q: 'only the free ones',
    locale: 'en',
    kind: 'list',
    titles: [T.ersteHilfe, T.eakte, T.ki, T.deeskalation],
  },
  { conv: 'english', q: 'is there a course in English?', locale: 'en', kind: 'list', titles: [T.english] },
  {
    conv: 'english',
    q: "what's the registration deadline?",
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 26 Feb 2027, 23:59'],
  },
  {
    conv: 'gespraech',
    q: 'wie führe ich ein kritikgespräch mit einem mitarbeiter',
    kind: 'list',
    titles: [T.gespraech],
  },
  {
    conv: 'gespraech',
    q: 'bis wann kann man sich anmelden?',
    kind: 'facts',
    titles: [T.gespraech],
    says: ['bis Di., 08.06.2027, 09:00 Uhr'],
  },
  {
    conv: 'gespraech',
    q: 'wer leitet das?',
    kind: 'facts',
    titles: [T.gespraech],
    says: ['leitet Frau Dr. Miriam Otte'],
  },
  { conv: 'rat', q: 'Schulung für neue Ratsmitglieder', kind: 'list', titles: [T.rat] },
  {
    conv: 'rat',
    q: 'wann fängt das an?',
    kind: 'facts',
    titles: [T.rat],
    says: ['beginnt am Do., 10.06.2027 um 18:00 Uhr'],
  },
  // --- facts -----------------------------------------------------------------------------------------------------------
  {
    q: 'was kostet der pivot kurs',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 85 €'],
    mentions: ['Die Gebühr trägt die entsendende Dienststelle.'],
  },
  {
    q: 'ist der erste-hilfe-lehrgang kostenlos?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse NRW.'],
  },
  {
    q: 'wie lange dauert das KAG-Seminar',
    kind: 'facts',
    titles: [T.kag],
    says: ['dauert 3,5 Stunden, von 13:00 bis 16:30 Uhr'],
  },
  {
    q: 'bis wann kann ich mich für das vergabeseminar anmelden',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Fr., 26.03.2027, 12:00 Uhr'],
  },
  {
    q: 'sind beim deeskalationstraining noch plätze frei',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  {
    q: 'when is the outlook course',
    locale: 'en',
    kind: 'facts',
    titles: [T.outlook],
    says: ['on Tue, 11 May 2027 from 09:00 to 11:00'],
  },
  {
    q: 'findet der NKF-Kurs online statt?',
    kind: 'facts',
    titles: [T.nkf],
    says: ['findet in Präsenz statt, im Rathaus Iserlohn'],
  },
  {
    q: 'how much does the project management course cost',
    locale: 'en',
    kind: 'facts',
    titles: [T.projekt],
    says: ['costs €420'],
  },
  // --- topic searches: typos, words only in summary or description, synonyms ------------------------------------------
  { q: 'social engineering', kind: 'list', titles: [T.phishing] },
  { q: 'pivottabellen exel', kind: 'list', titles: [T.excel] },
  { q: 'darf ich sozialdaten ans jobcenter weitergeben', kind: 'list', titles: [T.datenschutz] },
  { q: 'resilienz', kind: 'list', titles: [T.stress] },
  { q: 'UVgO', kind: 'list', titles: [T.vergabe] },
  { q: 'künstliche inteligenz', kind: 'list', titles: [T.ki] },
  { q: 'umgang mit aggressiven bürgern', kind: 'list', titles: [T.deeskalation] },
  { q: 'amtsdeutsch vermeiden', kind: 'list', titles: [T.sprache] },
  { q: 'accessible PDF documents', locale: 'en', kind: 'list', titles: [T.barrierefrei] },
  { q: 'knowledge transfer before retirement', locale: 'en', kind: 'list', titles: [T.wissen] },
  // --- several filters at once: format + month + budget, place + time of day, provider + format, audience + length ---
  { q: 'Online-Seminare im März unter 100 Euro', kind: 'list', titles: [T.phishing, T.excel, T.stress] },
  { q: 'any online training in June for under €100', locale: 'en', kind: 'list', titles: [T.barrierefrei] },
  { q: 'Präsenzseminare im Juni bis 200 Euro', kind: 'list', titles: [T.rat, T.kag] },
  { q: 'was gibt es vormittags in menden', kind: 'list', titles: [T.ruecken] },
  { q: 'afternoon courses in Menden', locale: 'en', kind: 'list', titles: [T.kag] },
  { q: 'abends in plettenberg', kind: 'list', titles: [T.rat] },
  { q: 'Online-Angebote der Unfallkasse', kind: 'list', titles: [T.stress] },
  {
    q: 'Präsenzkurse der Unfallkasse NRW',
    kind: 'list',
    ...only(T.ruecken, T.ersteHilfe, T.deeskalation, T.gesundFuehren),
  },
  { q: 'eintägige Seminare für Führungskräfte', kind: 'list', ...only(T.gesundFuehren, T.gespraech) },
  { q: 'courses for managers', locale: 'en', kind: 'list', ...only(T.projekt, T.gesundFuehren, T.gespraech) },
  {
    q: 'kurze Seminare bis zwei Stunden für alle Beschäftigten',
    kind: 'list',
    ...only(T.stress, T.outlook),
  },
  { q: 'kostenlose online-seminare', kind: 'list', ...only(T.phishing, T.stress) },
  // --- single filters: dates, place, trainer, format, length -----------------------------------------------------------
  { q: 'was ist morgen?', kind: 'list', titles: [T.phishing] },
  { q: 'nächste Woche nachmittags', kind: 'list', titles: [T.datenschutz] },
  {
    q: 'was läuft in den nächsten zwei wochen',
    kind: 'list',
    titles: [T.phishing, T.excel, T.datenschutz, T.ruecken, T.nkf],
  },
  {
    q: 'seminare im märz',
    kind: 'list',
    titles: [T.phishing, T.excel, T.datenschutz, T.ruecken, T.nkf, T.stress, T.english],
  },
  { q: 'seminare in hemer', kind: 'list', ...only(T.ersteHilfe, T.eakte, T.gespraech) },
  {
    q: 'was gibt es in lüdenscheid',
    kind: 'list',
    ...only(T.datenschutz, T.english, T.sprache, T.projekt, T.gesundFuehren, T.aufenthalt),
  },
  { q: 'hybride Seminare', kind: 'list', ...only(T.ki, T.aufenthalt) },
  { q: 'kurse von dr kemper', kind: 'list', ...only(T.nkf, T.kag) },
  { q: 'mehrtägige seminare', kind: 'list', titles: [T.projekt] },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'Social-Media-Schulung', kind: 'gone', gone: T.socialMedia },
  { q: 'wann ist die spielplatzkontrolle', kind: 'gone', gone: T.spielplatz },
  { q: 'grundsteuer seminar wann war das', kind: 'gone', gone: T.grundsteuer, says: ['Di., 26.01.2027'] },
  { q: 'arbeitszeugnisse', kind: 'gone', gone: T.zeugnisse, says: ['Mi., 10.02.2027'] },
  { q: 'türkisch', kind: 'none' },
  { q: 'SAP schulung', kind: 'none' },
  { q: 'hallo', kind: 'help' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-thirty-ninth, independent catalogue (Märkischer Kreis, Studieninstitut Südwestfalen, Unfallkasse NRW)',
  {
    fixture: 'heldout239-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
