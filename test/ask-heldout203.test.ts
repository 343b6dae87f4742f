// Over-fitting check, two-hundred-and-third catalogue: the autumn 2027 programme of the Landkreis Alzey-Worms
// (Rhineland-Palatinate) with the Kommunal-Akademie Rheinland-Pfalz, the Kreisverwaltung's Personalentwicklung, the
// Zweckverband Kommunale IT Rheinhessen (KIR), the Unfallkasse Rheinland-Pfalz and the Volkshochschule Alzey-Worms (VHS),
// for the county and its municipalities (Alzey, Osthofen, Wörrstadt, Eich, Flonheim, Monsheim), imported from a JSON
// file. Seminars take place in the Kreisverwaltung in Alzey, the Rathaus Osthofen, the Volkshochschule Alzey, the
// Verbandsgemeindeverwaltungen Wörrstadt, Eich and Monsheim, the Rathaus Flonheim, the Bauhof in Eich, online or
// hybrid. Several titles do not name their subject ("Vorsicht, falscher Absender" is phishing / information security,
// "Gelassen bleiben, wenn es sich stapelt" stress management, "Fragen an die Maschine" AI, "Ruhig bleiben am Tresen"
// de-escalation, "Der Antrag kommt per Klick" the OZG, "Der Sprung ins kalte Wasser" new managers, "Gut eingestellt"
// ergonomics, "Schluss mit dem Papierstapel" the e-file, "Schreiben, das ankommt" plain language, "Gespräche, die
// weiterbringen" staff appraisals, "Zahlen, die man lesen kann" the municipal budget, "Gut besprochen auf Distanz"
// video conferences with Teams, "Dokumente für alle" accessible documents), so only summary, description or topics
// reveal it; one seminar is held in English; the leadership course runs on two days across the end of summer time; the
// e-file course is open only to the Verbandsgemeinden Eich and Monsheim; first aid is free, paid by the Unfallkasse.
// Questions are asked the way an acceptance tester checks facts (cost, date, place, trainer, duration, start time,
// deadline, seats, online or not) by title words, by words found only in descriptions, and in follow-ups; about a
// quarter in English. Same assertions as the other suites: exactly the expected seminars (best first where one is
// clearly best), the asked fact in the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Tuesday 21 September 2027, 09:15 in Alzey, summer time; winter time begins Sun 31.10.2027):
//   this week:  nothing more today; Wed 22.09. 13:30–16:00 phishing (online, tomorrow), Fri 24.09. 09:00–12:00 data
//               protection (hybrid, Kreisverwaltung)
//   next week:  Mon 27.09. 09:00–12:30 English (Rathaus Osthofen; deadline passed Fri 17.09.), Tue 28.09. 14:00–16:00
//               stress (online), Thu 30.09. 08:30–16:30 first aid (VG-Verwaltung Wörrstadt)
//   October:    Mon 04. the cancelled chainsaw course; Tue 05. Excel (online), Thu 07. procurement law (Kreisverwaltung;
//               deadline Thu 23.09. 12:00), Wed 13. AI (hybrid), Thu 14. the cancelled social-media course, Tue 19.
//               de-escalation (VG-Verwaltung Eich), Wed 20. OZG (online), Tue 26. council meetings (Rathaus Flonheim),
//               Thu 28.10. (CEST) and Thu 04.11. (CET) new managers (Kreisverwaltung)
//   November:   Wed 03. ergonomics (online, 14:00–15:30), Tue 09. e-file (Monsheim, Eich/Monsheim only), Thu 11. plain
//               language (VHS Alzey), Tue 16. staff appraisals (Kreisverwaltung; the draft heavy-rain course the same
//               day), Thu 18. budget (Rathaus Osthofen), Tue 23. video conferences (online, 10:00–11:30), Thu 25. winter
//               service (Bauhof Eich)
//   December:   Wed 01. accessible documents (online), Tue 07. time management (Rathaus Osthofen); the draft cemetery
//               course on Wed 08.12.
//   past:       Tue 09.03.2027 e-invoicing (online, CET), Thu 17.06.2027 fire wardens (Kreisverwaltung).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-09-21T07:15:00Z'); // Tuesday, 21 September 2027, 09:15 in Alzey (CEST)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Vorsicht, falscher Absender', // Wed 22.09. 13:30–16:00, online, KIR, Jung, phishing / IT security, free
  datenschutz: 'Datenschutz im Bürgerbüro: Auskunft, Löschung, Datenpanne', // Fri 24.09. 09:00–12:00, hybrid (Kreisverwaltung), Kommunal-Akademie, Dr. Reuter, 95 €
  english: 'Welcome Desk English: Serving International Residents', // Mon 27.09. 09:00–12:30, Rathaus Osthofen, VHS, Gallagher, 110 €, English, deadline passed Fri 17.09. 23:59
  stress: 'Gelassen bleiben, wenn es sich stapelt', // Tue 28.09. 14:00–16:00, online, Unfallkasse, Höhn, stress management, free
  ersteHilfe: 'Erste Hilfe in der Dienststelle: Lehrgang für Ersthelfende', // Thu 30.09. 08:30–16:30, VG-Verwaltung Wörrstadt, Unfallkasse, Bender, free (Unfallkasse pays), 15 seats
  excel: 'Excel im Griff: Formeln, Filter und Pivot-Tabellen', // Tue 05.10. 09:00–12:00, online, VHS, Wolf, 79 € (Dienststelle pays)
  vergabe: 'Vergaberecht kompakt: Aufträge unterhalb der EU-Schwellenwerte', // Thu 07.10. 09:00–16:00, Kreisverwaltung, Kommunal-Akademie, Dr. Bauer, 245 €, deadline Thu 23.09. 12:00
  ki: 'Fragen an die Maschine', // Wed 13.10. 13:00–16:00, hybrid (Kreisverwaltung), KIR, Jung, AI / ChatGPT, free
  deeskalation: 'Ruhig bleiben am Tresen', // Tue 19.10. 09:00–15:00, VG-Verwaltung Eich, Unfallkasse, Schäfer, de-escalation, free
  ozg: 'Der Antrag kommt per Klick', // Wed 20.10. 09:00–12:00, online, KIR, Hartmann, OZG, free
  sitzung: 'Von der Einladung bis zur Niederschrift: Sitzungsdienst nach der GemO', // Tue 26.10. 09:00–16:00, Rathaus Flonheim, Kommunal-Akademie, Krämer, 180 €, 16 seats
  fuehrung: 'Der Sprung ins kalte Wasser', // Thu 28.10. (CEST) and Thu 04.11. (CET) 09:00–16:00, Kreisverwaltung, Personalentwicklung, Dr. Lorenz, 320 €, new managers
  ergonomie: 'Gut eingestellt: Der Arbeitsplatz, der zu Ihnen passt', // Wed 03.11. 14:00–15:30, online, Unfallkasse, Höhn, free
  eakte: 'Schluss mit dem Papierstapel', // Tue 09.11. 09:00–12:00, VG-Verwaltung Monsheim, KIR, Hartmann, e-file, only VG Eich / VG Monsheim, free
  sprache: 'Schreiben, das ankommt', // Thu 11.11. 09:00–16:00, Volkshochschule Alzey, VHS, Neumann, plain language, 140 €
  gespraech: 'Gespräche, die weiterbringen', // Tue 16.11. 09:00–13:00, Kreisverwaltung, Personalentwicklung, Dr. Lorenz, staff appraisals, for managers, free
  haushalt: 'Zahlen, die man lesen kann', // Thu 18.11. 09:00–16:00, Rathaus Osthofen, Kommunal-Akademie, Dr. Bauer, budget / Doppik, 210 €
  teams: 'Gut besprochen auf Distanz', // Tue 23.11. 10:00–11:30, online, KIR, Fuchs, video conferences with Teams, free
  winterdienst: 'Verkehrssicherung und Winterdienst für Bauhöfe', // Thu 25.11. 08:00–12:00, Bauhof Eich, Unfallkasse, Schäfer, free
  barrierefrei: 'Dokumente für alle', // Wed 01.12. 09:00–12:00, online, VHS, Wolf, accessible Word/PDF, 69 €
  zeit: 'Zeit gewinnen im Büroalltag', // Tue 07.12. 09:00–16:00, Rathaus Osthofen, VHS, Neumann, time management, 120 €
  starkregen: 'Starkregen und Hochwasser: Vorsorge in der Gemeinde', // draft (Tue 16.11.)
  friedhof: 'Friedhofsverwaltung kompakt', // draft (Wed 08.12.)
  motorsaege: 'Motorsägen-Grundlehrgang für Bauhofbeschäftigte', // cancelled (Mon 04.10.2027)
  social: 'Social Media im Rathaus: Instagram und Facebook für Kommunen', // cancelled (Thu 14.10.2027)
  brandschutz: 'Ausbildung zur Brandschutzhelferin und zum Brandschutzhelfer', // past (Thu 17 June 2027)
  erechnung: 'E-Rechnung: Umstellung in Kasse und Buchhaltung', // past (Tue 9 March 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.starkregen, T.friedhof, T.motorsaege, T.social, T.brandschutz, T.erechnung];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  {
    q: 'was kostet der excel kurs',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 79 €'],
    mentions: ['Die Gebühr trägt die entsendende Dienststelle.'],
  },
  {
    q: 'erste hilfe kosten',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse Rheinland-Pfalz.'],
  },
  {
    q: 'how much does the vergaberecht seminar cost',
    locale: 'en',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['costs €245'],
  },
  {
    q: 'was kostet der sprung ins kalte wasser',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['kostet 320 €'],
    mentions: ['Inklusive Mittagessen an beiden Tagen.'],
  },
  // --- facts: when (across the end of summer time), start time, duration -----------------------------------------------
  {
    q: 'wann ist datenschutz im bürgerbüro',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['am Fr., 24.09.2027 von 09:00 bis 12:00 Uhr'],
  },
  {
    q: 'wann ist das seminar für neue führungskräfte',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 28.10.2027 und Do., 04.11.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'when is the sitzungsdienst training',
    locale: 'en',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['on Tue, 26 Oct 2027 from 09:00 to 16:00'],
  },
  {
    q: 'what time does the first aid course start',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['starts on Thu, 30 Sep 2027 at 08:30'],
  },
  {
    q: 'wie lange dauert gut eingestellt',
    kind: 'facts',
    titles: [T.ergonomie],
    says: ['dauert 1,5 Stunden, von 14:00 bis 15:30 Uhr'],
  },
  {
    q: 'how long is the training on video conferences',
    locale: 'en',
    kind: 'facts',
    titles: [T.teams],
    says: ['lasts 1.5 hours, from 10:00 to 11:30'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  {
    q: 'wo findet die e-akte schulung statt',
    kind: 'facts',
    titles: [T.eakte],
    says: ['in der Verbandsgemeindeverwaltung Monsheim'],
  },
  {
    q: 'datenschutz seminar online oder präsenz',
    kind: 'facts',
    titles: [T.datenschutz],
    says: [/findet hybrid statt|oder online statt/],
  },
  { q: 'wer leitet schreiben das ankommt', kind: 'facts', titles: [T.sprache], says: ['leitet Frau Petra Neumann'] },
  {
    q: 'who is the trainer of the datenschutz seminar',
    locale: 'en',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['is led by Frau Dr. Sabine Reuter'],
  },
  { q: 'anmeldeschluss vergaberecht', kind: 'facts', titles: [T.vergabe], says: ['bis Do., 23.09.2027, 12:00 Uhr'] },
  {
    q: 'registration deadline welcome desk english',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 17 Sep 2027, 23:59'],
  },
  { q: 'sitzungsdienst noch plätze frei', kind: 'facts', titles: [T.sitzung], says: ['noch 16 von 16 Plätzen frei'] },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  { conv: 'tresen', q: 'was mache ich wenn besucher laut werden oder drohen', kind: 'list', titles: [T.deeskalation] },
  {
    conv: 'tresen',
    q: 'wann ist das',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['am Di., 19.10.2027 von 09:00 bis 15:00 Uhr'],
  },
  {
    conv: 'tresen',
    q: 'Und wo findet der statt?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['in der Verbandsgemeindeverwaltung Eich'],
  },
  { conv: 'ki', q: 'is there a training on chatgpt', locale: 'en', kind: 'list', titles: [T.ki] },
  { conv: 'ki', q: 'how much does it cost', locale: 'en', kind: 'facts', titles: [T.ki], says: ['is free of charge'] },
  { conv: 'ki', q: 'Who runs it?', locale: 'en', kind: 'facts', titles: [T.ki], says: ['is led by Herr Marco Jung'] },
  { conv: 'haushalt', q: 'ich muss den haushaltsplan verstehen, gibts da was', kind: 'list', titles: [T.haushalt] },
  { conv: 'haushalt', q: 'Was kostet das?', kind: 'facts', titles: [T.haushalt], says: ['kostet 210 €'] },
  { conv: 'barriere', q: 'barrierefreie pdf erstellen', kind: 'list', titles: [T.barrierefrei] },
  {
    conv: 'barriere',
    q: 'und wer leitet das?',
    kind: 'facts',
    titles: [T.barrierefrei],
    says: ['leitet Herr Stefan Wolf'],
  },
  // --- topic searches: words only in summary or description, synonyms, abbreviations, typos ---------------------------
  { q: 'phishing', kind: 'list', titles: [T.phishing] },
  { q: 'it-sicherheit schulung', kind: 'list', titles: [T.phishing] },
  { q: 'stressbewältigung', kind: 'list', titles: [T.stress] },
  { q: 'exel schulung', kind: 'list', titles: [T.excel] },
  { q: 'ausschreibungen', kind: 'list', titles: [T.vergabe] },
  { q: 'onlinezugangsgesetz', kind: 'list', titles: [T.ozg] },
  { q: 'amtsdeutsch', kind: 'list', titles: [T.sprache] },
  { q: 'mitarbeitergespräche', kind: 'list', titles: [T.gespraech] },
  {
    miss: '"im winter" is read as the period (December to February); the winter-service course is on 25 November, so only its date is named',
    q: 'streupflicht im winter',
    kind: 'list',
    titles: [T.winterdienst],
  },
  { q: 'any course on time management', locale: 'en', kind: 'list', titles: [T.zeit] },
  // --- filters: dates, format, place, trainer, provider, audience, length, cost, language ------------------------------
  { q: 'was ist diese woche noch', kind: 'list', titles: [T.phishing, T.datenschutz] },
  { q: 'was ist morgen', kind: 'list', titles: [T.phishing] },
  { q: 'was gibts nächste woche', kind: 'list', titles: [T.english, T.stress, T.ersteHilfe] },
  { q: "what's on between 4 and 8 october", locale: 'en', kind: 'list', titles: [T.excel, T.vergabe] },
  { q: 'online seminare im november', kind: 'list', titles: [T.ergonomie, T.teams] },
  { q: 'was gibt es im dezember', kind: 'list', titles: [T.barrierefrei, T.zeit] },
  {
    q: 'kostenlose seminare im november',
    kind: 'list',
    titles: [T.ergonomie, T.eakte, T.gespraech, T.teams, T.winterdienst],
  },
  { q: 'hybride veranstaltungen', kind: 'list', ...only(T.datenschutz, T.ki) },
  { q: 'was gibt es in osthofen', kind: 'list', ...only(T.english, T.haushalt, T.zeit) },
  { q: 'seminare bei herrn jung', kind: 'list', ...only(T.phishing, T.ki) },
  { q: 'courses by katrin höhn', locale: 'en', kind: 'list', ...only(T.stress, T.ergonomie) },
  {
    q: 'was bietet die unfallkasse an',
    kind: 'list',
    ...only(T.stress, T.ersteHilfe, T.deeskalation, T.ergonomie, T.winterdienst),
  },
  {
    q: 'what does the vhs offer',
    locale: 'en',
    kind: 'list',
    ...only(T.english, T.excel, T.sprache, T.barrierefrei, T.zeit),
  },
  { q: 'ich bin führungskraft, was gibt es für mich', kind: 'list', ...only(T.fuehrung, T.gespraech) },
  { q: 'mehrtägige seminare', kind: 'list', titles: [T.fuehrung] },
  { q: 'any seminars in english', locale: 'en', kind: 'list', titles: [T.english] },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'wann ist der motorsägenlehrgang', kind: 'gone', gone: T.motorsaege },
  { q: 'was kostet social media im rathaus', kind: 'gone', gone: T.social },
  {
    q: 'brandschutzhelfer ausbildung wann war die',
    kind: 'gone',
    gone: T.brandschutz,
    says: ['Do., 17.06.2027'],
  },
  { q: 'when is the e-rechnung training', locale: 'en', kind: 'gone', gone: T.erechnung, says: ['Tue, 9 Mar 2027'] },
  { q: 'starkregen vorsorge', kind: 'none' },
  { q: 'friedhofsverwaltung', kind: 'none' },
  { q: 'spanish course for beginners', locale: 'en', kind: 'none' },
  { q: 'free courses in december', locale: 'en', kind: 'none' },
  { q: 'hallo', kind: 'help' },
  { q: 'help', locale: 'en', kind: 'help' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-third, independent catalogue (Landkreis Alzey-Worms, Kommunal-Akademie RLP, Unfallkasse RLP)',
  {
    fixture: 'heldout203-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
