// Over-fitting check, two-hundred-and-sixtieth catalogue: the 2027/28 programme for the Landkreis Wesermarsch (Lower
// Saxony) and its towns and municipalities (Brake, Nordenham, Elsfleth, Berne, Butjadingen, Stadland, Ovelgönne, Jade,
// Lemwerder), with the Niedersächsisches Studieninstitut (NSI), the Landkreis's Personalentwicklung, the KDO
// (Kommunale Datenverarbeitung Oldenburg), the Unfallkasse Niedersachsen and the Kreisvolkshochschule Wesermarsch
// (KVHS), imported from a JSON file. Seminars take place in the Kreishaus Brake, the town halls of Brake, Nordenham,
// Elsfleth, Berne, Stadland and Ovelgönne, the Nordenham Betriebshof, the KVHS centres in Brake and Nordenham, online
// or hybrid. Several titles do not name their subject ("Termine im Griff" is the Outlook calendar, "Wenn der Frost
// kommt" winter road service, "Klick mit Folgen" phishing, "Gemeinsam statt per Mail" Microsoft Teams, "Mit de Lüüd
// snacken" Low German, "Ordnung ohne Ordner" the e-file/DMS, "Akku leer?" stress, "Schreiben, das ankommt" plain
// language, "Die Maschine schreibt mit" AI, "Gegenwind am Schalter" de-escalation, "Seitenwechsel" leadership, "Wenn das
// Wasser steigt" the crisis staff exercise), so only summary, description or topics reveal it; one seminar is held in
// English (free, paid by the Personalentwicklung); the leadership course runs on two days in January 2028; the e-file
// course is open only to Brake, Elsfleth and Berne; first aid and the back-health course are free, paid by the
// Unfallkasse; one evening course (Low German). Most list questions combine several filters at once (cost, format, time
// of day, month, place, provider, length, language, free seats), the way an acceptance tester would try the bot, about
// a quarter in English, written without looking at the parser or the answers.
//
// Calendar around `now` (Tuesday 26 October 2027, 11:00 in Brake, summer time; winter time begins Sun 31.10.2027):
//   this week:  Tue 26.10. 14:00–15:00 Outlook calendar (online, today, free), Thu 28.10. 07:30–11:30 winter service
//               (Rathaus Elsfleth, 45 €; deadline passed Fri 22.10. 12:00), Fri 29.10. 09:00–12:00 data protection
//               (hybrid, Rathaus Ovelgönne, free)
//   next week:  Tue 02.11. 07:30–11:30 back health (Betriebshof Nordenham, free), Wed 03.11. 09:00–11:00 phishing
//               (online, free); nothing else
//   November:   Tue 09. Excel (online, 09–12, 65 €), Wed 10. first aid (Rathaus Nordenham, 08:30–16:30, free), Thu 11.
//               TVöD (online, 13–16, 120 €), Mon 15. English (KVHS Brake, 09:00–12:30, free; deadline Mon 08.11. 12:00),
//               Tue 16. Teams (online, 13:30–15:30, free), Wed 17. Low German (KVHS Nordenham, 18–20, 20 €), Thu 18.
//               e-file (online, 09–12, free, members only), Mon 22. annual accounts (Kreishaus, 195 €), Wed 24. stress
//               (online, 14–16, free), Thu 25. procurement (Rathaus Nordenham, 210 €; deadline Fri 05.11. 12:00), Tue 30.
//               plain language (online, 13–16, 75 €); the cancelled chainsaw course (Wed 10.11.) and time-management
//               course (Tue 23.11.)
//   December:   Thu 02. AI (hybrid, Rathaus Elsfleth, 09–12, free), Tue 07. council meetings (Rathaus Berne, 160 €), Thu
//               09. de-escalation (Rathaus Brake, free, 14 seats); the draft social-media course on Mon 06.12.
//   2028:       Thu 13.01. Bescheide (Rathaus Stadland, 185 €), Tue 18./Wed 19.01. leadership (Kreishaus, 480 €; deadline
//               Fri 17.12.2027 23:59), Wed 09.02. crisis staff exercise (Kreishaus, free); the draft Grundsteuer C course
//               on Tue 25.01.2028
//   past:       Fri 08.10.2027 driving safety (Nordenham), Wed 20.10.2027 accessible PDF (online).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-10-26T09:00:00Z'); // Tuesday, 26 October 2027, 11:00 in Brake (CEST)
const TZ = 'Europe/Berlin';

const T = {
  outlook: 'Termine im Griff', // Tue 26.10. 14:00–15:00, online, KDO, Onken, Outlook calendar, free
  winterdienst: 'Wenn der Frost kommt', // Thu 28.10. 07:30–11:30, Rathaus Elsfleth, PE, Meyer, 45 €, deadline passed Fri 22.10. 12:00
  datenschutz: 'Datenschutz im Alltag: DSGVO für alle Beschäftigten', // Fri 29.10. 09:00–12:00, hybrid (Rathaus Ovelgönne), PE, Dr. Lübben, free
  ruecken: 'Heben, tragen, bücken', // Tue 02.11. 07:30–11:30, Betriebshof Nordenham, Unfallkasse, Albers, back health for the Bauhof, free
  phishing: 'Klick mit Folgen', // Wed 03.11. 09:00–11:00, online, KDO, Janßen, phishing / IT security, free
  excel: 'Excel für die Sachbearbeitung: Grundlagen', // Tue 09.11. 09:00–12:00, online, KVHS, Gerdes, 65 €
  ersteHilfe: 'Erste Hilfe im Betrieb: Grundausbildung', // Wed 10.11. 08:30–16:30, Rathaus Nordenham, Unfallkasse, Hullmann, free (Unfallkasse pays)
  tvoed: 'Eingruppierung nach TVöD', // Thu 11.11. 13:00–16:00, online, NSI, Wübbena, 120 €
  english: 'Welcome to the Wesermarsch: English at the Front Desk', // Mon 15.11. 09:00–12:30, KVHS Brake, Kelly, in English, free, deadline Mon 08.11. 12:00
  teams: 'Gemeinsam statt per Mail', // Tue 16.11. 13:30–15:30, online, KDO, Onken, Microsoft Teams, free
  platt: 'Mit de Lüüd snacken', // Wed 17.11. 18:00–20:00, KVHS Nordenham, KVHS, Hinrichs, Low German, 20 €
  eakte: 'Ordnung ohne Ordner', // Thu 18.11. 09:00–12:00, online, KDO, Janßen, e-file / DMS enaio, free, only Brake/Elsfleth/Berne
  haushalt: 'Jahresabschluss in der Kommune', // Mon 22.11. 09:00–16:00, Kreishaus Brake, NSI, Tapken, 195 €
  stress: 'Akku leer?', // Wed 24.11. 14:00–16:00, online, Unfallkasse, Dr. Ahlers, stress / burnout, free
  vergabe: 'Öffentliche Aufträge unterhalb der EU-Schwellenwerte', // Thu 25.11. 09:00–16:00, Rathaus Nordenham, NSI, Rüdebusch, 210 €, deadline Fri 05.11. 12:00
  sprache: 'Schreiben, das ankommt', // Tue 30.11. 13:00–16:00, online, KVHS, Gerdes, plain language, 75 €
  ki: 'Die Maschine schreibt mit', // Thu 02.12. 09:00–12:00, hybrid (Rathaus Elsfleth), KDO, Brüning, generative AI, free
  sitzung: 'Sitzungsdienst nach dem NKomVG', // Tue 07.12. 09:00–15:00, Rathaus Berne, NSI, Tapken, 160 €
  deeskalation: 'Gegenwind am Schalter', // Thu 09.12. 09:00–15:00, Rathaus Brake, Unfallkasse, Dr. Ahlers, de-escalation, free, 14 seats
  bescheid: 'Bescheide rechtssicher formulieren', // Thu 13.01.2028 09:00–16:00, Rathaus Stadland, NSI, Rüdebusch, 185 €
  fuehrung: 'Seitenwechsel', // Tue 18.01. and Wed 19.01.2028 09:00–16:30, Kreishaus Brake, NSI, Dr. Bruns, 480 €, new managers
  krisenstab: 'Wenn das Wasser steigt', // Wed 09.02.2028 09:00–15:00, Kreishaus Brake, PE, Wilkens, storm-surge crisis staff exercise, free
  socialMedia: 'Social Media für Kommunen: Instagram, Facebook & Co.', // draft (Mon 06.12.2027)
  grundsteuer: 'Grundsteuer C: Baulücken mobilisieren', // draft (Tue 25.01.2028)
  motorsaege: 'Sicherer Umgang mit der Motorsäge (Modul A)', // cancelled (Wed 10.11.2027)
  zeitmanagement: 'Zeitmanagement: Prioritäten setzen im Büroalltag', // cancelled (Tue 23.11.2027)
  fahrsicherheit: 'Fahrsicherheitstraining für Dienstfahrzeuge', // past (Fri 8 October 2027)
  pdf: 'Barrierefreie PDF-Dokumente erstellen', // past (Wed 20 October 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.socialMedia, T.grundsteuer, T.motorsaege, T.zeitmanagement, T.fahrsicherheit, T.pdf];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'frost', q: 'Gibt es was zu Glätte und Streupflicht?', kind: 'list', titles: [T.winterdienst] },
  {
    conv: 'frost',
    q: 'wann genau?',
    kind: 'facts',
    titles: [T.winterdienst],
    says: ['am Do., 28.10.2027 von 07:30 bis 11:30 Uhr'],
  },
  {
    conv: 'frost',
    q: 'Anmeldeschluss?',
    kind: 'facts',
    titles: [T.winterdienst],
    says: ['ist am Fr., 22.10.2027, 12:00 Uhr abgelaufen'],
  },
  { conv: 'ki', q: 'is there a course on ChatGPT and similar AI tools?', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    conv: 'ki',
    q: 'is it online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is hybrid: at Rathaus Elsfleth', 'or online'],
  },
  {
    conv: 'ki',
    q: 'who runs it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is led by Herr Malte Brüning'],
  },
  {
    conv: 'fuehrung',
    q: 'Ich werde bald Teamleiterin – gibt es dafür ein Seminar?',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'fuehrung',
    q: 'wie lange geht das?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['dauert 2 Tage, jeweils von 09:00 bis 16:30 Uhr'],
  },
  { conv: 'fuehrung', q: 'und die Kosten?', kind: 'facts', titles: [T.fuehrung], says: ['kostet 480 €'] },
  { conv: 'platt', q: 'plattdeutsch lernen', kind: 'list', titles: [T.platt] },
  {
    conv: 'platt',
    q: 'um wie viel uhr fängt das an',
    kind: 'facts',
    titles: [T.platt],
    says: ['beginnt am Mi., 17.11.2027 um 18:00 Uhr'],
  },
  { conv: 'platt', q: 'wo?', kind: 'facts', titles: [T.platt], says: ['im KVHS-Bildungszentrum Nordenham'] },
  {
    conv: 'eng',
    q: 'free English-language courses next month with seats left',
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  {
    conv: 'eng',
    q: 'registration deadline?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['until Mon, 8 Nov 2027, 12:00'],
  },
  {
    conv: 'nov',
    q: 'kostenlose Online-Seminare im November am Vormittag',
    kind: 'list',
    titles: [T.phishing, T.eakte],
  },
  { conv: 'nov', q: 'und am Nachmittag?', kind: 'list', titles: [T.teams, T.stress] },
  { conv: 'vergabe', q: 'vergaberect schulung', kind: 'list', titles: [T.vergabe] },
  {
    conv: 'vergabe',
    q: 'Anmeldeschluss?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Fr., 05.11.2027, 12:00 Uhr'],
  },
  { conv: 'haushalt', q: 'any training on the Jahresabschluss?', locale: 'en', kind: 'list', titles: [T.haushalt] },
  { conv: 'haushalt', q: 'how much?', locale: 'en', kind: 'facts', titles: [T.haushalt], says: ['costs €195'] },
  // --- facts -----------------------------------------------------------------------------------------------------------
  {
    q: 'wo findet die Erste-Hilfe-Ausbildung statt',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['im Rathaus Nordenham'],
  },
  {
    q: 'wie lange dauert der erste hilfe kurs',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['dauert 8 Stunden, von 08:30 bis 16:30 Uhr'],
  },
  {
    q: 'wann beginnt die Rückenschule für den Bauhof',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['beginnt am Di., 02.11.2027 um 07:30 Uhr'],
  },
  {
    q: 'sind beim Deeskalationstraining noch Plätze frei?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['noch 14 von 14 Plätzen frei'],
  },
  {
    q: 'where is the data protection training',
    locale: 'en',
    kind: 'facts',
    titles: [T.datenschutz],
    says: [/at Rathaus Ovelgönne.* or online/],
  },
  {
    q: 'wer leitet die Schulung zur Eingruppierung nach TVöD',
    kind: 'facts',
    titles: [T.tvoed],
    says: ['leitet Herr Dirk Wübbena'],
  },
  {
    q: 'how much is the first aid course',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['is free of charge'],
    mentions: ['Die Kosten übernimmt die Unfallkasse Niedersachsen.'],
  },
  {
    q: 'wann ist die Krisenstabsübung',
    kind: 'facts',
    titles: [T.krisenstab],
    says: ['am Mi., 09.02.2028 von 09:00 bis 15:00 Uhr'],
  },
  {
    q: 'when is the Teams course',
    locale: 'en',
    kind: 'facts',
    titles: [T.teams],
    says: ['on Tue, 16 Nov 2027 from 13:30 to 15:30'],
  },
  // --- topic searches: typos, words only in summary or description, synonyms ------------------------------------------
  { q: 'Burnout vorbeugen', kind: 'list', titles: [T.stress] },
  { q: 'phishing', kind: 'list', titles: [T.phishing] },
  { q: 'outlook kalender freigeben', kind: 'list', titles: [T.outlook] },
  { q: 'sturmflut', kind: 'list', titles: [T.krisenstab] },
  { q: 'Amtsdeutsch vermeiden', kind: 'list', titles: [T.sprache] },
  { q: 'deeskaltion', kind: 'list', titles: [T.deeskalation] },
  { q: 'Eingrupierung', kind: 'list', titles: [T.tvoed] },
  { q: 'Wiederbelebung', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'document management', locale: 'en', kind: 'list', titles: [T.eakte] },
  { q: 'Bescheidtechnik', kind: 'list', titles: [T.bescheid] },
  // --- several filters at once: cost, format, time of day, period, place, provider, length, language, seats ----------
  {
    q: 'eintägige Präsenzkurse in Brake unter 100 Euro',
    kind: 'list',
    ...only(T.english, T.deeskalation, T.krisenstab),
  },
  {
    q: 'free online courses from the KDO in November',
    locale: 'en',
    kind: 'list',
    titles: [T.phishing, T.teams, T.eakte],
  },
  { q: 'kostenlose Präsenzkurse in Nordenham', kind: 'list', ...only(T.ruecken, T.ersteHilfe) },
  {
    q: 'Online-Kurse im November, die kürzer als 3 Stunden sind',
    kind: 'list',
    titles: [T.phishing, T.teams, T.stress],
  },
  { q: 'NSI-Seminare unter 200 Euro', kind: 'list', ...only(T.tvoed, T.haushalt, T.sitzung, T.bescheid) },
  { q: 'diese Woche noch was Kostenloses am Vormittag?', kind: 'list', titles: [T.datenschutz] },
  { q: 'nächste Woche vormittags', kind: 'list', titles: [T.ruecken, T.phishing] },
  { q: 'heute nachmittag online', kind: 'list', titles: [T.outlook] },
  { q: 'in-person courses in January under 200 euros', locale: 'en', kind: 'list', titles: [T.bescheid] },
  {
    q: 'Welche kostenlosen Seminare im Dezember haben noch freie Plätze?',
    kind: 'list',
    titles: [T.ki, T.deeskalation],
  },
  { q: 'welche Seminare gibt es 2028 in Brake', kind: 'list', titles: [T.fuehrung, T.krisenstab] },
  { q: 'multi-day courses in Brake', locale: 'en', kind: 'list', titles: [T.fuehrung] },
  { q: 'Nachmittagsseminare der KVHS im November', kind: 'list', titles: [T.sprache] },
  { q: 'Angebote für Bauhofmitarbeiter im November', kind: 'list', titles: [T.ruecken] },
  { q: 'kostenlose Online-Seminare im Januar', kind: 'none' },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'Motorsägen Lehrgang', kind: 'gone', gone: T.motorsaege },
  { q: 'wann ist das Zeitmanagement-Seminar', kind: 'gone', gone: T.zeitmanagement },
  {
    q: 'Fahrsicherheitstraining wann war das',
    kind: 'gone',
    gone: T.fahrsicherheit,
    says: ['Fr., 08.10.2027'],
  },
  {
    q: 'when was the accessible PDF course',
    locale: 'en',
    kind: 'gone',
    gone: T.pdf,
    says: ['Wed, 20 Oct 2027'],
  },
  { q: 'Social Media Schulung', kind: 'none' },
  { q: 'Grundsteuer C', kind: 'none' },
  { q: 'Waffenrecht', kind: 'none' },
  { q: 'Moin!', kind: 'help' },
  { q: 'hi there', locale: 'en', kind: 'help' },
  { q: 'meine Anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-sixtieth, independent catalogue (Landkreis Wesermarsch, NSI, KDO, Unfallkasse Niedersachsen)',
  {
    fixture: 'heldout260-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
