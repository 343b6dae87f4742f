// Over-fitting check, two-hundred-and-twenty-third catalogue: the 2027 programme for the Kreis Coesfeld (North Rhine-
// Westphalia) and its towns and municipalities (Coesfeld, Dülmen, Lüdinghausen, Nottuln, Billerbeck, Olfen), with the
// Studieninstitut Münsterland, the citeq, the Unfallkasse NRW and the Kreis's own Personalentwicklung, imported from a
// JSON file. Seminars take place in the Kreishaus Coesfeld, the town halls of Coesfeld, Dülmen, Lüdinghausen, Nottuln,
// Olfen and Billerbeck, the Feuerwehrgerätehaus Billerbeck, online or hybrid. Several titles do not name their subject
// ("Vorsicht, Klick!" is phishing, "Formeln ohne Frust" Excel, "Den Kopf frei behalten" stress, "Ordnung ohne Ordner"
// the e-file, "Schreiben, das ankommt" plain language, "Aufrecht durch den Arbeitstag" ergonomics, "Standhaft und
// freundlich" de-escalation, "Alle an einem Tisch" moderating meetings, "Frag doch mal die Maschine" AI, "Ohne
// Wartemarke" the OZG, "Neu in der Verantwortung" leadership), so only summary, description or topics reveal them; one
// seminar is held in English (its deadline has passed); the leadership course runs on two days in October, the
// trainees' induction on two days in August; the e-file course is open only to Dülmen, Lüdinghausen and Olfen (and held
// in Lüdinghausen); first aid is free, paid by the Unfallkasse. Dülmen has three seminars that tell the filters apart:
// a free morning one, a free afternoon one and a paid afternoon one. The questions combine several filters at once
// (format + month + price, price + format + place + time of day, duration + topic + season), about a quarter in
// English, written without looking at the parser or the answers.
//
// Calendar around `now` (Wednesday 21 April 2027, 10:00 in Coesfeld, summer time; winter time begins Sun 31.10.2027):
//   this week:  nothing more today; Thu 22.04. 09:00–11:00 phishing (online, tomorrow, free), Fri 23.04. 13:00–15:30
//               data protection (hybrid, Kreishaus, free)
//   next week:  Mon 26.04. 09:00–12:00 Excel (online, 79 €), Tue 27.04. 09:00–12:30 English (Kreishaus, 95 €; deadline
//               passed Fri 16.04. 23:59), Wed 28.04. 14:00–16:30 stress (online, free); the cancelled PDF course on
//               Thu 29.04.; then nothing until Mon 10.05. (1 May, Ascension Day 06.05.)
//   May:        Tue 11. Outlook (online, 59 €), Wed 12. e-file (Lüdinghausen, free, members only), Tue 18. first aid
//               (Billerbeck, 08:30–16:30, free), Thu 20. procurement (online, 240 €; deadline Fri 07.05. 12:00), Wed 26.
//               plain language (online, 95 €)
//   June:       Tue 08. council information system (Dülmen, 09:00–12:00, free), Wed 09. ergonomics (online, 14:00–15:30,
//               free), Thu 17. de-escalation (Dülmen, 13:30–16:30, free), Wed 23. moderation (Dülmen, 13:00–17:00,
//               120 €); the cancelled chainsaw course on Tue 22.06.
//   July:       Thu 01. AI (hybrid, Rathaus Nottuln, 14:00–16:30, free), Tue 06. NKF annual accounts (Olfen, 210 €)
//   August:     Thu 05./Fri 06. induction days for trainees (Kreishaus, free)
//   September:  Tue 21. Kanban (hybrid, Rathaus Coesfeld, 230 €); the drafts social media (Thu 02.09.) and heat planning
//               (Tue 28.09.)
//   October:    Wed 06. OZG (online, 13:00–16:00, free), Tue 12. fee calculation (Nottuln, 190 €), Thu 14./Fri 15.
//               leadership (Kreishaus, 490 €; deadline Fri 17.09. 23:59)
//   November:   Tue 09. staff appraisal talks for managers (Billerbeck, 220 €, winter time)
//   past:       Tue 16.03.2027 property tax (online), Thu 08.04.2027 maternity protection and parental leave (Kreishaus).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-04-21T08:00:00Z'); // Wednesday, 21 April 2027, 10:00 in Coesfeld (CEST)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Vorsicht, Klick!', // Thu 22.04. 09:00–11:00, online, citeq, Terhorst, information security, free
  datenschutz: 'Datenschutz im Bürgerservice: Auskunft, Einwilligung, Datenpanne', // Fri 23.04. 13:00–15:30, hybrid (Kreishaus Coesfeld), PE, Schulze-Althoff, free
  excel: 'Formeln ohne Frust', // Mon 26.04. 09:00–12:00, online, Studieninstitut, Wessels, 79 €, Excel (SVERWEIS, Pivot)
  english: 'Small Talk at the Service Desk: English for Citizen Services', // Tue 27.04. 09:00–12:30, Kreishaus, Studieninstitut, McAllister, 95 €, deadline passed Fri 16.04. 23:59
  stress: 'Den Kopf frei behalten', // Wed 28.04. 14:00–16:30, online, Unfallkasse, Dr. Hölscher, stress / resilience, free
  outlook: 'Outlook im Griff: E-Mails, Kalender und Aufgaben', // Tue 11.05. 09:00–11:30, online, Studieninstitut, Wessels, 59 €
  eakte: 'Ordnung ohne Ordner', // Wed 12.05. 09:00–12:00, Rathaus Lüdinghausen, citeq, Overbeck, e-file, only Dülmen/Lüdinghausen/Olfen, free
  ersteHilfe: 'Erste Hilfe im Dienst: Aus- und Fortbildung für Ersthelfende', // Tue 18.05. 08:30–16:30, Feuerwehrgerätehaus Billerbeck, Unfallkasse, Brockmann, free (Unfallkasse pays)
  vergabe: 'Vergabe von Liefer- und Dienstleistungen nach UVgO', // Thu 20.05. 09:00–15:30, online, Studieninstitut, Hüging, 240 €, deadline Fri 07.05. 12:00
  sprache: 'Schreiben, das ankommt', // Wed 26.05. 09:00–12:30, online, Studieninstitut, Dr. Lammers, 95 €, plain language (Amtsdeutsch)
  ratsinfo: 'Sitzungsdienst digital: Das Ratsinformationssystem im Alltag', // Tue 08.06. 09:00–12:00, Rathaus Dülmen, citeq, Overbeck, free
  ergonomie: 'Aufrecht durch den Arbeitstag', // Wed 09.06. 14:00–15:30, online, Unfallkasse, Brockmann, ergonomics, free
  deeskalation: 'Standhaft und freundlich', // Thu 17.06. 13:30–16:30, Rathaus Dülmen, Unfallkasse, Dr. Hölscher, de-escalation, free
  moderation: 'Alle an einem Tisch', // Wed 23.06. 13:00–17:00, Rathaus Dülmen, Studieninstitut, Voß, 120 €, moderating meetings
  ki: 'Frag doch mal die Maschine', // Thu 01.07. 14:00–16:30, hybrid (Rathaus Nottuln), citeq, Terhorst, AI (ChatGPT, Copilot), free
  nkf: 'Jahresabschluss im NKF: Schritt für Schritt', // Tue 06.07. 09:00–16:00, Rathaus Olfen, Studieninstitut, Dr. Brüggemann, 210 €, 20 seats
  azubis: 'Startklar! Einführungstage für Auszubildende', // Thu 05.08. and Fri 06.08. 09:00–15:00, Kreishaus, PE, Schulze-Althoff, free
  kanban: 'Kanban statt Chaos: Agiles Arbeiten im Team', // Tue 21.09. 09:00–16:00, hybrid (Rathaus Coesfeld), Studieninstitut, Voß, 230 €, Scrum in the description
  ozg: 'Ohne Wartemarke', // Wed 06.10. 13:00–16:00, online, citeq, Terhorst, OZG, free
  gebuehren: 'Gebühren kalkulieren nach dem KAG NRW', // Tue 12.10. 09:00–16:00, Rathaus Nottuln, Studieninstitut, Dr. Brüggemann, 190 €
  fuehrung: 'Neu in der Verantwortung', // Thu 14.10. and Fri 15.10. 09:00–16:30, Kreishaus, Studieninstitut, Dr. Heitmann, 490 €, new managers, deadline Fri 17.09. 23:59
  gespraech: 'Klartext im Mitarbeitergespräch', // Tue 09.11. 09:00–16:00 (CET), Rathaus Billerbeck, Studieninstitut, Dr. Heitmann, 220 €, for managers
  waerme: 'Kommunale Wärmeplanung verstehen', // draft (Tue 28.09.)
  social: 'Social Media fürs Rathaus', // draft (Thu 02.09.)
  pdf: 'Barrierefreie PDF-Dokumente erstellen', // cancelled (Thu 29.04.2027)
  motorsaege: 'Sicherer Umgang mit der Motorsäge', // cancelled (Tue 22.06.2027)
  grundsteuer: 'Die neue Grundsteuer: Fragen am Bürgertelefon', // past (Tue 16 March 2027)
  elternzeit: 'Mutterschutz und Elternzeit in der Personalsachbearbeitung', // past (Thu 8 April 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.waerme, T.social, T.pdf, T.motorsaege, T.grundsteuer, T.elternzeit];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- several filters at once, then follow-ups -------------------------------------------------------------------------
  { conv: 'dlm', q: 'kostenlose präsenzseminare in dülmen nachmittags', kind: 'list', titles: [T.deeskalation] },
  {
    conv: 'dlm',
    q: 'wie lange dauert das?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['dauert 3 Stunden, von 13:30 bis 16:30 Uhr'],
  },
  {
    conv: 'dlm',
    q: 'wer leitet das?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['leitet Herr Dr. Markus Hölscher'],
  },
  { conv: 'fk', q: 'mehrtägige führungskurse im herbst', kind: 'list', titles: [T.fuehrung] },
  {
    conv: 'fk',
    q: 'wann genau?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 14.10.2027 und Fr., 15.10.2027', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  { conv: 'fk', q: 'was kostet der?', kind: 'facts', titles: [T.fuehrung], says: ['kostet 490 €'] },
  {
    conv: 'fk',
    q: 'bis wann kann man sich anmelden?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['bis Fr., 17.09.2027, 23:59 Uhr'],
  },
  { q: 'online-kurse im mai unter 100 euro', kind: 'list', titles: [T.outlook, T.sprache] },
  { q: 'online courses in may under 100 euros', locale: 'en', kind: 'list', titles: [T.outlook, T.sprache] },
  {
    q: 'free in-person seminars in dülmen in the afternoon',
    locale: 'en',
    kind: 'list',
    titles: [T.deeskalation],
  },
  { q: 'präsenzseminare im juni nachmittags', kind: 'list', titles: [T.deeskalation, T.moderation] },
  { q: 'kostenlose online-seminare im herbst', kind: 'list', titles: [T.ozg] },
  { q: 'eintägige präsenzseminare im oktober', kind: 'list', titles: [T.gebuehren] },
  { q: 'was bietet die citeq im mai und juni', kind: 'list', titles: [T.eakte, T.ratsinfo] },
  { q: 'präsenzangebote der unfallkasse', kind: 'list', ...only(T.ersteHilfe, T.deeskalation) },
  {
    q: 'in-person courses by the studieninstitut in october',
    locale: 'en',
    kind: 'list',
    titles: [T.gebuehren, T.fuehrung],
  },
  { q: 'online-seminare an einem dienstag', kind: 'list', titles: [T.outlook] },
  { q: 'kostenlose seminare im mai', kind: 'list', titles: [T.eakte, T.ersteHilfe] },
  { q: 'eintägige seminare für führungskräfte', kind: 'list', titles: [T.gespraech] },
  { q: 'seminare zwischen 200 und 300 euro', kind: 'list', ...only(T.vergabe, T.nkf, T.kanban, T.gespraech) },
  // --- topic searches with follow-ups ----------------------------------------------------------------------------------
  { conv: 'klick', q: 'gibt es was zu phishing?', kind: 'list', titles: [T.phishing] },
  {
    conv: 'klick',
    q: 'wann ist das?',
    kind: 'facts',
    titles: [T.phishing],
    says: ['am Do., 22.04.2027 von 09:00 bis 11:00 Uhr'],
  },
  { conv: 'ai', q: 'anything about chatgpt?', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    conv: 'ai',
    q: 'where does it take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: [/at Rathaus Nottuln.* or online/],
  },
  {
    conv: 'ai',
    q: 'when does it start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['starts on Thu, 1 Jul 2027 at 14:00'],
  },
  { conv: 'nkf', q: 'doppik jahresabschluss', kind: 'list', titles: [T.nkf] },
  {
    conv: 'nkf',
    q: 'sind noch plätze frei?',
    kind: 'facts',
    titles: [T.nkf],
    says: ['noch 20 von 20 Plätzen frei'],
  },
  { conv: 'eng', q: 'any courses held in english?', locale: 'en', kind: 'list', titles: [T.english] },
  {
    conv: 'eng',
    q: 'what is the registration deadline?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 16 Apr 2027, 23:59'],
  },
  { conv: 'ozg', q: 'onlinezugangsgesetz', kind: 'list', titles: [T.ozg] },
  {
    conv: 'ozg',
    q: 'um wie viel uhr beginnt das?',
    kind: 'facts',
    titles: [T.ozg],
    says: ['beginnt am Mi., 06.10.2027 um 13:00 Uhr'],
  },
  { conv: 'vergabe', q: 'ausschreibung nach uvgo', kind: 'list', titles: [T.vergabe] },
  {
    conv: 'vergabe',
    q: 'anmeldeschluss?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Fr., 07.05.2027, 12:00 Uhr'],
  },
  // --- facts -----------------------------------------------------------------------------------------------------------
  { q: 'was kostet der kurs alle an einem tisch', kind: 'facts', titles: [T.moderation], says: ['kostet 120 €'] },
  {
    q: 'was kostet die erste hilfe ausbildung',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse NRW für ihre Mitgliedsbetriebe.'],
  },
  {
    q: 'when is klartext im mitarbeitergespräch',
    locale: 'en',
    kind: 'facts',
    titles: [T.gespraech],
    says: ['on Tue, 9 Nov 2027 from 09:00 to 16:00'],
  },
  {
    q: 'findet der datenschutz kurs in präsenz statt?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['findet hybrid statt: im Kreishaus Coesfeld'],
  },
  // --- topic searches: typos, words only in summary or description, synonyms ------------------------------------------
  { q: 'sverweis', kind: 'list', titles: [T.excel] },
  { q: 'exel pivot tabellen', kind: 'list', titles: [T.excel] },
  { q: 'stressbewältigung', kind: 'list', titles: [T.stress] },
  { q: 'umgang mit aggressiven bürgern', kind: 'list', titles: [T.deeskalation] },
  { q: 'elektronische akte', kind: 'list', titles: [T.eakte] },
  { q: 'rückenschmerzen am schreibtisch', kind: 'list', titles: [T.ergonomie] },
  { q: 'wiederbelebung', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'abwassergebühren', kind: 'list', titles: [T.gebuehren] },
  { q: 'amtsdeutsch', kind: 'list', titles: [T.sprache] },
  { q: 'scrum', locale: 'en', kind: 'list', titles: [T.kanban] },
  // --- dates, time of day, format, place, duration -------------------------------------------------------------------
  { q: 'was ist morgen', kind: 'list', titles: [T.phishing] },
  { q: 'was ist nächste woche vormittags', kind: 'list', titles: [T.excel, T.english] },
  { q: 'anything next week in the afternoon', locale: 'en', kind: 'list', titles: [T.stress] },
  {
    q: 'in den nächsten zwei wochen',
    kind: 'list',
    titles: [T.phishing, T.datenschutz, T.excel, T.english, T.stress],
  },
  {
    q: 'what is on next month',
    locale: 'en',
    kind: 'list',
    titles: [T.outlook, T.eakte, T.ersteHilfe, T.vergabe, T.sprache],
  },
  { q: 'hybride seminare', kind: 'list', ...only(T.datenschutz, T.ki, T.kanban) },
  { q: 'mehrtägige seminare', kind: 'list', ...only(T.azubis, T.fuehrung) },
  { q: 'was gibt es in nottuln', kind: 'list', ...only(T.ki, T.gebuehren) },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'barrierefreie pdf', kind: 'gone', gone: T.pdf },
  { q: 'wann ist der motorsägen lehrgang', kind: 'gone', gone: T.motorsaege },
  { q: 'grundsteuer schulung', kind: 'gone', gone: T.grundsteuer, says: ['Di., 16.03.2027'] },
  { q: 'mutterschutz seminar', kind: 'gone', gone: T.elternzeit, says: ['Do., 08.04.2027'] },
  { q: 'wärmeplanung', kind: 'none' },
  { q: 'kostenlose seminare im november', kind: 'none' },
  { q: 'hallo', kind: 'help' },
  { q: 'what can you do?', locale: 'en', kind: 'help' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-twenty-third, independent catalogue (Kreis Coesfeld, Studieninstitut Münsterland, citeq, Unfallkasse NRW)',
  {
    fixture: 'heldout223-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
