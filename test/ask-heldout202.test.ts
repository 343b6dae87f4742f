// Over-fitting check, two-hundred-and-second catalogue: the 2027 programme of the Landkreis Südwestpfalz
// (Rhineland-Palatinate) with the Kommunal-Akademie Rheinland-Pfalz, the Kreisverwaltung's Personalentwicklung, the
// Kommunales Datenzentrum Westpfalz (KDZ, the municipal IT provider), the Unfallkasse Rheinland-Pfalz and the
// Kreisvolkshochschule Südwestpfalz (KVHS), for the county and its Verbandsgemeinden (Pirmasens-Land, Dahner Felsenland,
// Hauenstein, Rodalben, Waldfischbach-Burgalben, Thaleischweiler-Wallhalben), imported from a JSON file. Seminars take
// place in the Kreisverwaltung in Pirmasens, the Forum Alte Post in Pirmasens, the Rathaus Rodalben, the Haus des Gastes
// in Dahn, the Bürgerhaus Hauenstein, the Verbandsgemeindeverwaltungen of Waldfischbach-Burgalben and
// Thaleischweiler-Wallhalben, the KVHS-Lernzentrum Waldfischbach-Burgalben, online or hybrid. Several titles do not name
// their subject ("Klick mit Folgen" is phishing / information security, "Gelassen bleiben, wenn's brennt" stress,
// "Zahlen, die Politik machen" the municipal budget (Doppik), "Die Maschine schreibt mit" AI, "Wenn es am Schalter laut
// wird" de-escalation, "Dokumente für alle" accessible PDFs, "Gut sitzen, klar sehen" ergonomics, "Schluss mit dem
// Papierstau" the e-file, "Von der Einladung bis zur Niederschrift" council meetings, "Verstanden beim ersten Lesen" plain
// language, "Vom Formular zum Online-Dienst" the OZG, "Gespräche, die weiterbringen" staff appraisals, "Mehr Luft im
// Kalender" time management), so only summary, description or topics reveal it; one seminar is held in English; the
// leadership course runs on two days across the end of summer time; the e-file course is open only to Dahner
// Felsenland, Hauenstein and Pirmasens-Land; first aid is free, paid by the Unfallkasse. Questions are typed the way an
// acceptance tester writes in Teams (lower case, typos, some English), without looking at the parser or the answers.
// Same assertions as the other suites: exactly the expected seminars (best first where one is clearly best), the asked
// fact in the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Wednesday 16 June 2027, 10:15 in Pirmasens, summer time; winter time begins Sun 31.10.2027):
//   this week:  nothing more today; Thu 17.06. 09:00–12:00 MS Teams (online, tomorrow), Fri 18.06. 13:00–15:30 stress
//               (online)
//   next week:  Mon 21.06. 09:00–11:30 phishing (online), Tue 22.06. 09:00–12:30 data protection (hybrid,
//               Kreisverwaltung), Wed 23.06. 13:00–16:00 Excel (online), Thu 24.06. 09:00–12:30 English (Kreisverwaltung;
//               deadline passed Fri 11.06. 23:59)
//   then:       nothing from Fri 25.06. to Sun 04.07. except the cancelled PowerPoint course (Tue 29.06.)
//   July:       Mon 05. budget/Doppik (Forum Alte Post; deadline Mon 21.06. 23:59), Wed 07. first aid (Rodalben),
//               Thu 08. AI (online), Tue 13. de-escalation (Dahn), Wed 14. accessible documents (online),
//               Tue 20. procurement law (Waldfischbach-Burgalben; deadline Fri 02.07. 12:00), Wed 28. ergonomics (online)
//   August:     Tue 03./Wed 04. induction days for trainees (Kreisverwaltung), Thu 19. e-file (Hauenstein, three VGs
//               only), Tue 24. council meetings (Thaleischweiler-Fröschen)
//   September:  Tue 07. plain language (KVHS Waldfischbach-Burgalben), Mon 13. project management (hybrid, Forum Alte
//               Post), Wed 22. OZG (online); the draft social-media course on Thu 16.09.
//   October:    Tue 05. Gemeindeordnung (online), Wed 13. staff appraisals (Kreisverwaltung), Thu 21. time management
//               (Rodalben); Thu 28.10. (CEST) and Thu 11.11. (CET) leadership (Forum Alte Post); the cancelled winter
//               service course on Tue 19.10.; the draft heavy-rain course on Tue 09.11.
//   past:       Thu 22.04.2027 fire wardens (Kreisverwaltung), Tue 18.05.2027 service of documents (online).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-06-16T08:15:00Z'); // Wednesday, 16 June 2027, 10:15 in Pirmasens (CEST)
const TZ = 'Europe/Berlin';

const T = {
  teams: 'Zusammenarbeiten ohne Mail-Pingpong: Microsoft Teams im Verwaltungsalltag', // Thu 17.06. 09:00–12:00, online, KDZ, Schwarzmüller, free
  stress: "Gelassen bleiben, wenn's brennt", // Fri 18.06. 13:00–15:30, online, Unfallkasse, Zimmermann, stress, free
  phishing: 'Klick mit Folgen', // Mon 21.06. 09:00–11:30, online, KDZ, Schwarzmüller, information security, free
  datenschutz: 'Datenschutz im Bürgerbüro: Auskunft, Übermittlung, Löschfristen', // Tue 22.06. 09:00–12:30, hybrid (Kreisverwaltung), PE, Theis, free
  excel: 'Excel kompakt: Listen, Formeln und Pivot-Tabellen', // Wed 23.06. 13:00–16:00, online, KVHS, Kettenring, 85 € (Dienststelle pays)
  english: 'English for the Front Desk: Helping International Residents', // Thu 24.06. 09:00–12:30, Kreisverwaltung, KVHS, English, 110 €, deadline passed Fri 11.06. 23:59
  doppik: 'Zahlen, die Politik machen', // Mon 05.07. 09:00–16:00, Forum Alte Post, KA RLP, Dr. Lauer, 240 €, deadline Mon 21.06. 23:59, budget
  ersteHilfe: 'Erste Hilfe in der Dienststelle: Grundausbildung für Ersthelfende', // Wed 07.07. 08:30–16:30, Rathaus Rodalben, Unfallkasse, free (Unfallkasse pays)
  ki: 'Die Maschine schreibt mit', // Thu 08.07. 13:00–16:00, online, KDZ, Schwarzmüller, AI / ChatGPT, free
  deeskalation: 'Wenn es am Schalter laut wird', // Tue 13.07. 09:00–15:00, Haus des Gastes Dahn, Unfallkasse, Rheinwald, free, 12 seats
  barrierefrei: 'Dokumente für alle', // Wed 14.07. 09:00–12:00, online, KVHS, Kettenring, 65 €, accessible Word/PDF
  vergabe: 'Vergaberecht für kommunale Beschaffung unterhalb der EU-Schwellenwerte', // Tue 20.07. 09:00–16:00, VG-Verwaltung Waldfischbach-Burgalben, KA RLP, 260 €, deadline Fri 02.07. 12:00
  ergonomie: 'Gut sitzen, klar sehen', // Wed 28.07. 14:00–15:30, online, Unfallkasse, Zimmermann, free
  azubis: 'Willkommen an Bord: Einführungstage für Auszubildende und Anwärter', // Tue 03.08. and Wed 04.08. 08:30–15:30, Kreisverwaltung, PE, free
  eakte: 'Schluss mit dem Papierstau', // Thu 19.08. 09:00–12:00, Bürgerhaus Hauenstein, KDZ, Hoffmann, e-file, only three VGs, free
  sitzung: 'Von der Einladung bis zur Niederschrift', // Tue 24.08. 09:00–16:00, VG-Verwaltung Thaleischweiler-Wallhalben, KA RLP, Wendel, 180 €, 16 seats
  sprache: 'Verstanden beim ersten Lesen', // Tue 07.09. 09:00–16:00, KVHS-Lernzentrum Waldfischbach-Burgalben, KVHS, Dr. Becker, 140 €, plain language
  projekt: 'Projekte im Griff: Projektmanagement in der Kommunalverwaltung', // Mon 13.09. 09:00–16:00, hybrid (Forum Alte Post), KA RLP, Dr. Brandstetter, 250 €
  ozg: 'Vom Formular zum Online-Dienst', // Wed 22.09. 13:00–16:00, online, KDZ, Hoffmann, OZG, free
  gemo: 'Kommunalrecht für Einsteiger: Die Gemeindeordnung Rheinland-Pfalz', // Tue 05.10. 09:00–12:00, online, KA RLP, Wendel, 120 €
  gespraech: 'Gespräche, die weiterbringen', // Wed 13.10. 09:00–16:00, Kreisverwaltung, PE, Weber, free, for managers
  zeit: 'Mehr Luft im Kalender', // Thu 21.10. 09:00–16:00, Rathaus Rodalben, KVHS, Mohr, 95 €, time management
  fuehrung: 'Neu in der Führungsrolle', // Thu 28.10. (CEST) and Thu 11.11. (CET) 09:00–16:30, Forum Alte Post, KA RLP, Dr. Brandstetter, 520 €, new managers
  social: 'Social Media für Kommunen: Instagram und Facebook professionell nutzen', // draft (Thu 16.09.)
  starkregen: 'Starkregenvorsorge in der Ortsgemeinde', // draft (Tue 09.11.)
  powerpoint: 'Wirkungsvoll präsentieren mit PowerPoint', // cancelled (Tue 29.06.2027)
  winterdienst: 'Winterdienst sicher organisieren', // cancelled (Tue 19.10.2027)
  brandschutz: 'Feuer aus! Ausbildung zur Brandschutzhelferin und zum Brandschutzhelfer', // past (Thu 22 April 2027)
  zustellung: 'Richtig zustellen: Bescheide rechtssicher bekanntgeben', // past (Tue 18 May 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.social, T.starkregen, T.powerpoint, T.winterdienst, T.brandschutz, T.zustellung];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  {
    q: 'was kostet der excel kurs',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 85 €'],
    mentions: ['Die Gebühr trägt die entsendende Dienststelle.'],
  },
  {
    q: 'erste hilfe kurs kosten?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangskosten übernimmt die Unfallkasse Rheinland-Pfalz für ihre Mitgliedsverwaltungen.'],
  },
  {
    q: 'how much is the project management course',
    locale: 'en',
    kind: 'facts',
    titles: [T.projekt],
    says: ['costs €250'],
  },
  // --- facts: when (across the end of summer time), start time, duration -----------------------------------------------
  {
    q: 'wann ist datenschutz im bürgerbüro',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['am Di., 22.06.2027 von 09:00 bis 12:30 Uhr'],
  },
  {
    q: 'when is the excel course',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['on Wed, 23 Jun 2027 from 13:00 to 16:00'],
  },
  {
    q: 'wann ist neu in der führungsrolle',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 28.10.2027 und Do., 11.11.2027', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    q: 'when are the einführungstage for new azubis',
    locale: 'en',
    kind: 'facts',
    titles: [T.azubis],
    says: ['on 2 days', 'Tue, 3 Aug 2027 and Wed, 4 Aug 2027', 'each from 08:30 to 15:30'],
  },
  {
    q: 'what time does the phishing training start',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['starts on Mon, 21 Jun 2027 at 09:00'],
  },
  {
    q: 'wie lange geht die ergonomie schulung',
    kind: 'facts',
    titles: [T.ergonomie],
    says: ['dauert 1,5 Stunden, von 14:00 bis 15:30 Uhr'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  {
    q: 'wo ist das vergaberecht seminar',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['in der Verbandsgemeindeverwaltung Waldfischbach-Burgalben'],
  },
  { q: 'projektmanagment online oder vor ort?', kind: 'facts', titles: [T.projekt], says: [/findet hybrid statt/] },
  { q: 'wer leitet zeitmanagment', kind: 'facts', titles: [T.zeit], says: ['leitet Frau Carina Mohr'] },
  {
    q: 'deadline for the front desk english course',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 11 Jun 2027, 23:59'],
  },
  { q: 'sitzungsdienst noch plätze frei', kind: 'facts', titles: [T.sitzung], says: ['noch 16 von 16 Plätzen frei'] },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  { conv: 'schalter', q: 'was tun wenn bürger am schalter aggressiv werden', kind: 'list', titles: [T.deeskalation] },
  {
    conv: 'schalter',
    q: 'wann ist das',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['am Di., 13.07.2027 von 09:00 bis 15:00 Uhr'],
  },
  {
    conv: 'schalter',
    q: 'und wo findet der statt?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['im Haus des Gastes, Schulstraße 29, 66994 Dahn'],
  },
  { conv: 'chatgpt', q: 'is there any training on chatgpt', locale: 'en', kind: 'list', titles: [T.ki] },
  { conv: 'chatgpt', q: 'is it online?', locale: 'en', kind: 'facts', titles: [T.ki], says: ['takes place online'] },
  {
    conv: 'chatgpt',
    q: 'who is the trainer',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is led by Herr Tobias Schwarzmüller'],
  },
  { conv: 'haushalt', q: 'ich blick beim haushaltsplan nicht durch, gibts da was?', kind: 'list', titles: [T.doppik] },
  { conv: 'haushalt', q: 'was kostet das', kind: 'facts', titles: [T.doppik], says: ['kostet 240 €'] },
  {
    conv: 'haushalt',
    q: 'bis wann kann man sich anmelden',
    kind: 'facts',
    titles: [T.doppik],
    says: ['bis Mo., 21.06.2027, 23:59 Uhr'],
  },
  { conv: 'firstaid', q: 'first aid course?', locale: 'en', kind: 'list', titles: [T.ersteHilfe] },
  {
    conv: 'firstaid',
    q: 'where is it',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['takes place at Rathaus Rodalben, Am Rathaus 9, 66976 Rodalben'],
  },
  // --- topic searches: words only in summary or description, synonyms, abbreviations, typos ----------------------------
  { q: 'datenshutz dsgvo', kind: 'list', titles: [T.datenschutz] },
  { q: 'exel pivot tabellen', kind: 'list', titles: [T.excel] },
  { q: 'stressbewältigung', kind: 'list', titles: [T.stress] },
  { q: 'rückenschmerzen am bildschirm', kind: 'list', titles: [T.ergonomie] },
  { q: 'onlinezugangsgesetz', kind: 'list', titles: [T.ozg] },
  { q: 'barrierefreie pdf erstellen', kind: 'list', titles: [T.barrierefrei] },
  { q: 'protokoll gemeinderatssitzung', kind: 'list', titles: [T.sitzung] },
  { q: 'ms teams schulung', kind: 'list', titles: [T.teams] },
  { q: 'mitarbeitergespräche', kind: 'list', titles: [T.gespraech] },
  { q: 'anything on plain language', locale: 'en', kind: 'list', titles: [T.sprache] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, length, cost, language, seats ---------
  { q: 'was ist diese woche noch', kind: 'list', titles: [T.teams, T.stress] },
  { q: 'was gibts morgen', kind: 'list', titles: [T.teams] },
  { q: 'nächste woche vormittags', kind: 'list', titles: [T.phishing, T.datenschutz, T.english] },
  { q: 'anything next week in the afternoon', locale: 'en', kind: 'list', titles: [T.excel] },
  {
    q: "what's on in july",
    locale: 'en',
    kind: 'list',
    titles: [T.doppik, T.ersteHilfe, T.ki, T.deeskalation, T.barrierefrei, T.vergabe, T.ergonomie],
  },
  { q: 'was gibts im august', kind: 'list', titles: [T.azubis, T.eakte, T.sitzung] },
  { q: 'kostenlose seminare im juli', kind: 'list', titles: [T.ersteHilfe, T.ki, T.deeskalation, T.ergonomie] },
  { q: 'noch plätze frei im september', kind: 'list', titles: [T.sprache, T.projekt, T.ozg] },
  { q: 'online seminare im juli', kind: 'list', titles: [T.ki, T.barrierefrei, T.ergonomie] },
  { q: 'anything in october', locale: 'en', kind: 'list', titles: [T.gemo, T.gespraech, T.zeit, T.fuehrung] },
  {
    q: 'seminare vom 1. bis 15. juli',
    kind: 'list',
    titles: [T.doppik, T.ersteHilfe, T.ki, T.deeskalation, T.barrierefrei],
  },
  { q: 'was ist am 13.7.', kind: 'list', titles: [T.deeskalation] },
  { q: 'was gibts in rodalben', kind: 'list', ...only(T.ersteHilfe, T.zeit) },
  { q: 'kurse bei frau kettenring', kind: 'list', ...only(T.excel, T.barrierefrei) },
  { q: 'was bietet die unfallkasse an', kind: 'list', ...only(T.stress, T.ersteHilfe, T.deeskalation, T.ergonomie) },
  {
    q: 'courses from the kvhs',
    locale: 'en',
    kind: 'list',
    ...only(T.excel, T.english, T.barrierefrei, T.sprache, T.zeit),
  },
  { q: 'ich bin führungskraft, was gibts für mich', kind: 'list', ...only(T.gespraech, T.fuehrung) },
  { q: 'mehrtägige seminare', kind: 'list', ...only(T.azubis, T.fuehrung) },
  { q: 'any courses in english', locale: 'en', kind: 'list', titles: [T.english] },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'wann ist der powerpoint kurs', kind: 'gone', gone: T.powerpoint },
  { q: 'was kostet die winterdienst schulung', kind: 'gone', gone: T.winterdienst },
  { q: 'brandschutzhelfer ausbildung wann', kind: 'gone', gone: T.brandschutz, says: ['Do., 22.04.2027'] },
  {
    q: 'when was the zustellungsrecht seminar',
    locale: 'en',
    kind: 'gone',
    gone: T.zustellung,
    says: ['Tue, 18 May 2027'],
  },
  { q: 'social media schulung', kind: 'none' },
  { q: 'starkregen vorsorge', kind: 'none' },
  { q: 'sap schulung', kind: 'none' },
  { q: 'hallo', kind: 'help' },
  { q: 'what can you do', locale: 'en', kind: 'help' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-second, independent catalogue (Landkreis Südwestpfalz, Kommunal-Akademie RLP, Unfallkasse RLP)',
  {
    fixture: 'heldout202-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
