// Over-fitting check, hundred-and-seventy-second catalogue: the 2027 spring programme of the Landkreis Lüchow-Dannenberg
// (Lower Saxony) with the Niedersächsisches Studieninstitut (NSI), the county's Fachdienst IT and Fachdienst Personal,
// the Kommunale Datenverarbeitung Oldenburg (KDO), the Gemeinde-Unfallversicherungsverband Hannover (GUV Hannover) and
// the Kreisvolkshochschule Lüchow-Dannenberg (KVHS), for the county, its Samtgemeinden and towns (Lüchow, Dannenberg
// (Elbe), Hitzacker (Elbe), Wustrow, Clenze, Gartow), imported from a JSON file. Seminars take place in the Kreishaus
// Lüchow, the KVHS in Lüchow, the town halls of Dannenberg, Hitzacker, Gartow, Clenze and Wustrow, the fire station in
// Hitzacker, online or hybrid. Many titles do not name their subject ("Gemeinsam statt per Mail" is Microsoft Teams,
// "Vorsicht, Anhang!" information security, "Die Maschine schreibt mit" AI, "Durchatmen im Dienst" stress and health
// promotion, "Papierlos ab Sommer" the e-file, "Karten, die Fragen beantworten" GIS, "Für alle lesbar" accessible
// documents, "Mahnen, stunden, niederschlagen" enforcement in the municipal cash office, "Vom Kollegen zur Vorgesetzten"
// leadership, "Anträge ohne Papier" the OZG, "Von der Einladung bis zum Beschluss" council meetings, "Wenn Gespräche
// kippen" de-escalation, "Kurz, klar, teilbar" social media). One seminar is held in English (its deadline has passed),
// the leadership course runs on two days, the e-file course is open only to the Samtgemeinden Gartow and Elbtalaue,
// information security and first aid are free. The style is the way colleagues use the bot in Teams: many short
// conversations (a search, then "und wo?", "was kostet der?", "und der zweite?", "und im Mai?"), plus single questions.
// Written without looking at the parser or the search.
//
// Calendar around `now` (Wednesday 10 March 2027, 09:30 in Lüchow, winter time; summer time begins Sun 28.03.2027,
// Easter is 28.03.2027):
//   this week:  nothing more today; Thu 11.03. 13:30–16:00 Teams (online), Fri 12.03. 09:00–12:00 data protection
//               (hybrid, Kreishaus)
//   next week:  Mon 15.03. 09:00–11:00 information security (online), Tue 16.03. 09:00–12:30 English (KVHS; deadline
//               passed Fri 05.03.), Wed 17.03. the cancelled Outlook course, Thu 18.03. 13:00–16:00 AI (hybrid)
//   then:       Tue 23.03. procurement law (Dannenberg; deadline Fri 12.03. 12:00), Wed 24.03. stress (online)
//   April:      Thu 08. first aid (Hitzacker), Tue 13. e-file (Gartow, members only), Wed 14. GIS (Kreishaus),
//               Thu 15. references (online), Tue 20. accessible documents (online), Wed 21. cash office (Hitzacker),
//               Thu 22. Excel (KVHS), Tue 27./Wed 28. leadership (Kreishaus; deadline Fri 09.04.)
//   May:        Tue 04. OZG (online), Wed 05. council meetings (Clenze), Tue 11. ergonomics (online), Thu 20.
//               de-escalation (Wustrow), Tue 25. project management (Kreishaus), Thu 27. social media (online); the
//               cancelled driving safety training on Fri 07.05.
//   June:       Tue 08. time management (KVHS), Wed 16. Doppik (Dannenberg); the drafts Low German (Wed 09.06.) and
//               wolf (Thu 24.06.)
//   past:       Tue 09.02.2027 property tax (Dannenberg), Thu 25.02.2027 annual appraisal talks (Kreishaus).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-03-10T08:30:00Z'); // Wednesday, 10 March 2027, 09:30 in Lüchow (CET)
const TZ = 'Europe/Berlin';

const T = {
  teams: 'Gemeinsam statt per Mail', // Thu 11.03. 13:30–16:00, online, FD IT, Wiechmann, 35 €, Microsoft Teams
  datenschutz: 'Datenschutz im Bürgerbüro: was darf raus, was nicht?', // Fri 12.03. 09:00–12:00, hybrid (Kreishaus), FD Personal, Dr. Saß, 25 €
  sicherheit: 'Vorsicht, Anhang!', // Mon 15.03. 09:00–11:00, online, KDO, Janssen, free, information security / phishing
  english: 'Welcome to the Wendland: English for the Front Desk', // Tue 16.03. 09:00–12:30, KVHS Lüchow, 95 €, deadline passed Fri 05.03. 23:59
  ki: 'Die Maschine schreibt mit', // Thu 18.03. 13:00–16:00, hybrid (Kreishaus), FD IT, Wiechmann, 30 €, AI / ChatGPT
  vergabe: 'Vergaberecht kompakt: Aufträge unterhalb der EU-Schwellenwerte', // Tue 23.03. 09:00–16:00, Rathaus Dannenberg, NSI, Behrens, 245 €, 16 seats, deadline Fri 12.03. 12:00
  stress: 'Durchatmen im Dienst', // Wed 24.03. 14:00–16:00, online, KVHS, Dittmer, 25 €, health promotion / stress
  ersteHilfe: 'Erste Hilfe im Dienst: Grundausbildung für Ersthelfende', // Thu 08.04. 08:30–16:30, Feuerwehrhaus Hitzacker, GUV, free
  eakte: 'Papierlos ab Sommer', // Tue 13.04. 09:00–12:00, Rathaus Gartow, FD IT, Köhn, 50 €, e-file, only SG Gartow/Elbtalaue
  gis: 'Karten, die Fragen beantworten', // Wed 14.04. 09:00–16:00, Kreishaus, FD IT, Brammer, 60 €, QGIS
  zeugnis: 'Arbeitszeugnisse richtig schreiben und lesen', // Thu 15.04. 09:00–12:30, online, FD Personal, Harms, 45 €
  barrierefrei: 'Für alle lesbar', // Tue 20.04. 09:00–12:00, online, KDO, Janssen, 59 €, accessible Word/PDF
  kasse: 'Mahnen, stunden, niederschlagen', // Wed 21.04. 09:00–16:00, Rathaus Hitzacker, NSI, Behrens, 210 €, enforcement
  excel: 'Excel für Einsteigerinnen und Einsteiger', // Thu 22.04. 09:00–15:00, KVHS Lüchow, Pieper, 89 €, 10 seats
  fuehrung: 'Vom Kollegen zur Vorgesetzten', // Tue 27.04. + Wed 28.04. 09:00–16:00, Kreishaus, NSI, Dr. Rosenow, 420 €, 14 seats
  ozg: 'Anträge ohne Papier', // Tue 04.05. 13:00–16:00, online, KDO, Oltmanns, 40 €, OZG
  sitzung: 'Von der Einladung bis zum Beschluss', // Wed 05.05. 09:00–16:00, Rathaus Clenze, NSI, Behrens, 195 €, council meetings
  ergonomie: 'Gut sitzen, besser arbeiten: Ergonomie am Bildschirmarbeitsplatz', // Tue 11.05. 10:00–11:30, online, KVHS, Dittmer, 15 €
  deeskalation: 'Wenn Gespräche kippen', // Thu 20.05. 09:00–15:00, Rathaus Wustrow, NSI, Gerdau, 180 €
  projekt: 'Projekte im Griff: Projektmanagement für kleine Verwaltungen', // Tue 25.05. 09:00–16:00, Kreishaus, NSI, Hövelmann, 230 €
  social: 'Kurz, klar, teilbar', // Thu 27.05. 13:00–16:00, online, KVHS, Voß, 65 €, social media
  zeit: 'Zeitmanagement und Selbstorganisation im Büro', // Tue 08.06. 09:00–13:00, KVHS Lüchow, Voß, 79 €
  doppik: 'Doppik verstehen: Haushaltsplan und Jahresabschluss', // Wed 16.06. 09:00–16:00, Rathaus Dannenberg, NSI, Kruse, 220 €
  outlook: 'Outlook-Kalender und Aufgaben effizient nutzen', // cancelled (Wed 17.03.2027)
  fahrsicherheit: 'Sicher unterwegs mit dem Dienstwagen: Fahrsicherheitstraining', // cancelled (Fri 07.05.2027)
  platt: 'Plattdeutsch im Bürgerkontakt', // draft (Wed 09.06.)
  wolf: 'Wolf im Wendland: Rissbegutachtung und Herdenschutz', // draft (Thu 24.06.)
  grundsteuer: 'Grundsteuer nach der Reform: Fragen der Bürgerinnen und Bürger beantworten', // past (Tue 09.02.2027)
  jahresgespraeche: 'Jahresgespräche vorbereiten und führen', // past (Thu 25.02.2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.outlook, T.fahrsicherheit, T.platt, T.wolf, T.grundsteuer, T.jahresgespraeche];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- short conversations: a search, then follow-ups -----------------------------------------------------------------
  { conv: 'teams', q: 'gibt es was zu microsoft teams', kind: 'list', titles: [T.teams] },
  { conv: 'teams', q: 'und wo?', kind: 'facts', titles: [T.teams], says: ['findet online statt'] },
  { conv: 'teams', q: 'was kostet der?', kind: 'facts', titles: [T.teams], says: ['kostet 35 €'] },

  { conv: 'ki', q: 'chatgpt schulung', kind: 'list', titles: [T.ki] },
  { conv: 'ki', q: 'wer leitet das?', kind: 'facts', titles: [T.ki], says: ['leitet Herr Arne Wiechmann'] },
  {
    conv: 'ki',
    q: 'und wann?',
    kind: 'facts',
    titles: [T.ki],
    says: ['am Do., 18.03.2027 von 13:00 bis 16:00 Uhr'],
  },

  { conv: 'vergabe', q: 'vergaberecht', kind: 'list', titles: [T.vergabe] },
  {
    conv: 'vergabe',
    q: 'bis wann muss ich mich anmelden',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Fr., 12.03.2027, 12:00 Uhr'],
  },
  {
    conv: 'vergabe',
    q: 'gibt es noch plätze?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['noch 16 von 16 Plätzen frei'],
  },

  {
    conv: 'frontdesk',
    q: 'is there an english course for front desk staff',
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  {
    conv: 'frontdesk',
    q: 'and is it online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['takes place in person'],
  },
  {
    conv: 'frontdesk',
    q: "what's the registration deadline?",
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 5 Mar 2027, 23:59'],
  },

  { conv: 'online', q: 'online seminare im april', kind: 'list', titles: [T.zeugnis, T.barrierefrei] },
  { conv: 'online', q: 'und im Mai?', kind: 'list', titles: [T.ozg, T.ergonomie, T.social] },

  { conv: 'gesund', q: 'gesundheitsförderung', kind: 'list', titles: [T.stress, T.ergonomie] },
  { conv: 'gesund', q: 'was kostet der erste?', kind: 'facts', titles: [T.stress], says: ['kostet 25 €'] },
  { conv: 'gesund', q: 'und der zweite?', kind: 'facts', titles: [T.ergonomie], says: ['kostet 15 €'] },
  { conv: 'gesund', q: 'ist der online?', kind: 'facts', titles: [T.ergonomie], says: ['findet online statt'] },

  { conv: 'eakte', q: 'gibt es eine schulung zur e-akte', kind: 'list', titles: [T.eakte] },
  { conv: 'eakte', q: 'und wo?', kind: 'facts', titles: [T.eakte], says: ['im Rathaus Gartow'] },
  {
    conv: 'eakte',
    q: 'wie lange dauert das',
    kind: 'facts',
    titles: [T.eakte],
    says: ['dauert 3 Stunden, von 09:00 bis 12:00 Uhr'],
  },

  { conv: 'fuehrung', q: 'seminar für neue führungskräfte', kind: 'list', titles: [T.fuehrung] },
  {
    conv: 'fuehrung',
    q: 'wann ist das?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Di., 27.04.2027 und Mi., 28.04.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  { conv: 'fuehrung', q: 'was kostet der?', kind: 'facts', titles: [T.fuehrung], says: ['kostet 420 €'] },
  {
    conv: 'fuehrung',
    q: 'gibt es noch plätze?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['noch 14 von 14 Plätzen frei'],
  },

  { conv: 'excel', q: 'exel grundkurs', kind: 'list', titles: [T.excel] },
  { conv: 'excel', q: 'gibt es noch plätze?', kind: 'facts', titles: [T.excel], says: ['noch 10 von 10 Plätzen frei'] },

  { conv: 'ozg', q: 'anything about the OZG', locale: 'en', kind: 'list', titles: [T.ozg] },
  {
    conv: 'ozg',
    q: 'who runs it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ozg],
    says: ['is led by Herr Henning Oltmanns'],
  },
  { conv: 'ozg', q: 'and is it online?', locale: 'en', kind: 'facts', titles: [T.ozg], says: ['takes place online'] },

  { conv: 'orte', q: 'was gibt es in hitzacker', kind: 'list', ...only(T.ersteHilfe, T.kasse) },
  { conv: 'orte', q: 'und in wustrow?', kind: 'list', titles: [T.deeskalation] },

  { conv: 'schalter', q: 'umgang mit aggressiven bürgern', kind: 'list', titles: [T.deeskalation] },
  { conv: 'schalter', q: 'und wo?', kind: 'facts', titles: [T.deeskalation], says: ['im Rathaus Wustrow'] },
  {
    conv: 'schalter',
    q: 'um wie viel uhr geht es los',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['beginnt am Do., 20.05.2027 um 09:00 Uhr'],
  },

  { conv: 'dsgvo', q: 'datenschuz schulung', kind: 'list', titles: [T.datenschutz] },
  {
    conv: 'dsgvo',
    q: 'ist das online?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['findet hybrid statt: im Kreishaus Lüchow'],
  },
  { conv: 'dsgvo', q: 'danke!', kind: 'thanks' },

  { conv: 'projekt', q: 'projektmanagement', kind: 'list', titles: [T.projekt] },
  { conv: 'projekt', q: 'mehr details dazu', kind: 'details', titles: [T.projekt] },

  { conv: 'social', q: 'social media schulung', kind: 'list', titles: [T.social] },
  { conv: 'social', q: 'wer leitet das?', kind: 'facts', titles: [T.social], says: ['leitet Frau Lena Voß'] },

  { conv: 'leer', q: 'was kostet der?', kind: 'noContext' },

  // --- single questions: facts -----------------------------------------------------------------------------------------
  { q: 'was kostet der qgis kurs', kind: 'facts', titles: [T.gis], says: ['kostet 60 €'] },
  {
    q: 'erste hilfe kosten',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt der GUV Hannover für seine Mitgliedsverwaltungen.'],
  },
  {
    q: 'when is the phishing training',
    locale: 'en',
    kind: 'facts',
    titles: [T.sicherheit],
    says: ['on Mon, 15 Mar 2027 from 09:00 to 11:00'],
  },
  // --- single questions: topics only in summary or description, filters -----------------------------------------------
  { q: 'sitzungsdienst', kind: 'list', titles: [T.sitzung] },
  { q: 'barrierefreie pdf', kind: 'list', titles: [T.barrierefrei] },
  { q: 'was ist diese woche noch', kind: 'list', titles: [T.teams, T.datenschutz] },
  { q: 'nächste woche vormittags', kind: 'list', titles: [T.sicherheit, T.english] },
  { q: 'was ist im mai', kind: 'list', titles: [T.ozg, T.sitzung, T.ergonomie, T.deeskalation, T.projekt, T.social] },
  { q: 'kostenlose seminare', kind: 'list', ...only(T.sicherheit, T.ersteHilfe) },
  { q: 'was bietet die kvhs an', kind: 'list', ...only(T.english, T.stress, T.excel, T.ergonomie, T.social, T.zeit) },
  { q: 'kurse von herrn behrens', kind: 'list', ...only(T.vergabe, T.kasse, T.sitzung) },
  { q: 'was gibt es in dannenberg', kind: 'list', ...only(T.vergabe, T.doppik) },
  { q: 'any courses in english', locale: 'en', kind: 'list', titles: [T.english] },
  // --- cancelled, past, drafts, no match, greeting, registrations ------------------------------------------------------
  { q: 'outlook kurs', kind: 'gone', gone: T.outlook },
  { q: 'fahrsicherheitstraining', kind: 'gone', gone: T.fahrsicherheit },
  { q: 'wann war die grundsteuer schulung', kind: 'gone', gone: T.grundsteuer, says: ['Di., 09.02.2027'] },
  { q: 'jahresgespräche seminar', kind: 'gone', gone: T.jahresgespraeche, says: ['Do., 25.02.2027'] },
  { q: 'plattdeutsch kurs', kind: 'none' },
  { q: 'sap schulung', kind: 'none' },
  { q: 'moin', kind: 'help' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a hundred-and-seventy-second, independent catalogue (Landkreis Lüchow-Dannenberg, NSI, KDO)',
  {
    fixture: 'heldout172-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
