// Over-fitting check, two-hundred-and-sixth catalogue: the winter programme 2027/28 of the Landkreis Altenkirchen
// (Westerwald, Rhineland-Palatinate) with the Kommunal-Akademie Rheinland-Pfalz, the Kreisverwaltung's
// Personalentwicklung, the Kommunales IT-Zentrum Westerwald-Sieg (KITZ), the Unfallkasse Rheinland-Pfalz and the
// Kreisvolkshochschule Altenkirchen, for the county and its Verbandsgemeinden (Altenkirchen-Flammersfeld,
// Betzdorf-Gebhardshain, Wissen, Kirchen (Sieg), Hamm (Sieg), Daaden-Herdorf), imported from a JSON file. Seminars take
// place in the Kreishaus and Haus Felsenkeller in Altenkirchen, the town halls of Betzdorf, Wissen, Kirchen, Hamm (Sieg)
// and Daaden, the DRK-Zentrum Betzdorf, online or hybrid. Several titles do not name their subject ("Wer darf was
// wissen?" is data protection, "Ein Klick zu viel" phishing / information security, "Durchatmen im Dienstalltag" stress,
// "Die Maschine schreibt mit" AI, "Wenn Gespräche kippen" de-escalation, "Briefe, die ankommen" plain language,
// "Schluss mit dem Papierstau" the e-file, "Das Amt im Netz" the OZG, "Der rote Faden im Tag" time management, "Für alle
// lesbar" accessible documents, "Die ersten hundert Tage" leadership for new managers), so only summary, description or
// topics reveal it. One seminar is held in English (its registration deadline has passed); the leadership course runs
// on two days across the start of summer time 2028; the e-file course is open only to Wissen and Hamm (Sieg); first aid
// is free, paid by the Unfallkasse. The town of Wissen shares its name with a German verb ("Wer darf was wissen?").
// Questions are asked the way an acceptance tester imagines colleagues ask: a third in English (some with German course
// words), the rest German of every register — formal, chatty, lower case, typos, no umlauts — without looking at the
// parser or the answers. Same assertions as the other suites: exactly the expected seminars (best first where one is
// clearly best), the asked fact in the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Wednesday 17 November 2027, 09:30 in Altenkirchen, CET; summer time begins Sun 26.03.2028):
//   this week:  Wed 17.11. (today) 14:00–16:00 Teams meetings (online); Thu 18.11. 09:00–12:00 data protection (hybrid,
//               Kreishaus, tomorrow); Fri 19.11. 09:00–15:30 KAG fees (Rathaus Betzdorf)
//   next week:  Mon 22.11. 09:00–11:30 phishing (online), Tue 23.11. 13:30–16:00 stress (online), Wed 24.11. 09:00–12:30
//               English (Kreishaus; deadline passed Fri 12.11. 23:59), Thu 25.11. 13:00–16:00 AI (hybrid, Rathaus
//               Wissen); the cancelled Outlook course on Fri 26.11.
//   December:   Wed 01. procurement law (Haus Felsenkeller; deadline Fri 19.11. 12:00), Thu 02. first aid (DRK-Zentrum
//               Betzdorf, free), Tue 07. Excel (online, 79 €), Thu 09. de-escalation (Rathaus Hamm, free), Tue 14.
//               council meetings (Rathaus Kirchen, 185 €); nothing from Wed 15.12. to Mon 10.01.
//   January:    Tue 11. plain language (Rathaus Daaden), Wed 19. e-file (Rathaus Wissen, Wissen/Hamm only), Thu 27. Doppik
//               (Haus Felsenkeller); the cancelled aerial-platform course on Mon 17.01., the draft social-media course on
//               Tue 25.01.
//   February:   Tue 01. OZG (online), Wed 09. Scrum (Kreishaus), Thu 17. appraisal interviews (Kreishaus, managers),
//               Tue 22. ergonomics (online), Tue 29. (leap day) time management (Rathaus Kirchen)
//   March:      Thu 02. administrative offences (Rathaus Daaden), Tue 07. accessible documents (online), Thu 23.03. (CET)
//               and Thu 30.03. (CEST) leadership (Haus Felsenkeller; deadline Fri 25.02.); the draft heat-planning course
//               on Wed 15.03.
//   April:      Wed 19.04. (CEST) Word for advanced users (online)
//   past:       Tue 28.09.2027 (CEST) safety representatives (Kreishaus), Thu 04.11.2027 property tax (Rathaus Betzdorf).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-11-17T08:30:00Z'); // Wednesday, 17 November 2027, 09:30 in Altenkirchen (CET)
const TZ = 'Europe/Berlin';

const T = {
  teams: 'Besprechungen in Microsoft Teams moderieren', // Wed 17.11. 14:00–16:00, online, KITZ, Schneider, free
  datenschutz: 'Wer darf was wissen?', // Thu 18.11. 09:00–12:00, hybrid (Kreishaus), PE, Dr. Hoffmann, DSGVO, free
  kag: 'Gebühren und Beiträge rechtssicher festsetzen: Kommunalabgabenrecht in der Praxis', // Fri 19.11. 09:00–15:30, Rathaus Betzdorf, KA, 195 €
  phishing: 'Ein Klick zu viel', // Mon 22.11. 09:00–11:30, online, KITZ, Schneider, information security, free
  stress: 'Durchatmen im Dienstalltag', // Tue 23.11. 13:30–16:00, online, Unfallkasse, Fischer, stress / burnout, free
  english: 'English at the Service Desk: Helping International Residents', // Wed 24.11. 09:00–12:30, Kreishaus, KVHS, en, 95 €, deadline passed Fri 12.11. 23:59
  ki: 'Die Maschine schreibt mit', // Thu 25.11. 13:00–16:00, hybrid (Rathaus Wissen), KITZ, Klein, AI / ChatGPT, free
  vergabe: 'Vergaberecht kompakt: Aufträge nach UVgO und VOB/A vergeben', // Wed 01.12. 09:00–16:00, Haus Felsenkeller, KA, 240 €, deadline Fri 19.11. 12:00
  ersteHilfe: 'Erste Hilfe im Betrieb: Aus- und Fortbildung für Ersthelfende', // Thu 02.12. 08:30–16:30, DRK-Zentrum Betzdorf, Unfallkasse, free (note)
  excel: 'Tabellen, die rechnen: Excel im Verwaltungsalltag', // Tue 07.12. 09:00–12:00, online, KVHS, Becker, 79 €
  deeskalation: 'Wenn Gespräche kippen', // Thu 09.12. 09:00–15:00, Rathaus Hamm (Sieg), Unfallkasse, Braun, free, 12 seats
  sitzung: 'Sitzungsdienst nach der Gemeindeordnung: Von der Einladung bis zur Niederschrift', // Tue 14.12. 09:00–16:00, Rathaus Kirchen, KA, Jung, 185 €
  briefe: 'Briefe, die ankommen', // Tue 11.01. 09:00–16:00, Rathaus Daaden, KVHS, Hering, 140 €, plain language
  eakte: 'Schluss mit dem Papierstau', // Wed 19.01. 09:00–12:30, Rathaus Wissen, KITZ, Klein, e-file, only Wissen/Hamm, free
  doppik: 'Doppik verstehen: Der kommunale Haushalt für Einsteiger', // Thu 27.01. 09:00–16:00, Haus Felsenkeller, KA, Dr. Lang, 210 €, 18 seats
  ozg: 'Das Amt im Netz', // Tue 01.02. 09:00–12:00, online, KITZ, Klein, OZG, free
  scrum: 'Projekte agil steuern: Scrum und Kanban in der Verwaltung', // Wed 09.02. 09:00–16:00, Kreishaus, KA, Richter, 230 € (note)
  mag: 'Das Mitarbeitergespräch vorbereiten und führen', // Thu 17.02. 09:00–15:00, Kreishaus, PE, Schäfer, managers, free
  ergonomie: 'Gut sitzen, besser arbeiten', // Tue 22.02. 14:00–15:30, online, Unfallkasse, Fischer, free
  zeit: 'Der rote Faden im Tag', // Tue 29.02. 09:00–16:00, Rathaus Kirchen, KVHS, Wagner, 120 €, time management
  owi: 'Bußgeld, Verwarnung, Anhörung: Ordnungswidrigkeitenrecht für die Praxis', // Thu 02.03. 09:00–16:00, Rathaus Daaden, KA, Jung, 190 €
  barrierefrei: 'Für alle lesbar', // Tue 07.03. 09:00–12:00, online, KITZ, Schneider, accessible documents, free
  fuehrung: 'Die ersten hundert Tage', // Thu 23.03. (CET) and Thu 30.03. (CEST) 09:00–16:00, Haus Felsenkeller, KA, 420 €, new managers, deadline Fri 25.02. 23:59
  word: 'Word für Fortgeschrittene: Vorlagen, Formatvorlagen und lange Dokumente', // Wed 19.04. 09:00–12:00 (CEST), online, KVHS, Becker, 69 €
  socialMedia: 'Social Media in der Kommune: Instagram und Facebook professionell nutzen', // draft (Tue 25.01.2028)
  waerme: 'Kommunale Wärmeplanung: Grundlagen für Verbandsgemeinden', // draft (Wed 15.03.2028)
  outlook: 'Outlook im Griff: Termine, Aufgaben und Postfach organisieren', // cancelled (Fri 26.11.2027)
  hubbuehne: 'Sicher arbeiten mit Hubarbeitsbühnen', // cancelled (Mon 17.01.2028)
  sifa: 'Grundseminar für Sicherheitsbeauftragte', // past (Tue 28 September 2027)
  grundsteuer: 'Die neue Grundsteuer: Bescheide und Hebesätze nach der Reform', // past (Thu 4 November 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.socialMedia, T.waerme, T.outlook, T.hubbuehne, T.sifa, T.grundsteuer];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  {
    q: 'Was kostet der Erste-Hilfe-Lehrgang?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr trägt die Unfallkasse Rheinland-Pfalz.'],
  },
  {
    q: 'how much is the Scrum seminar?',
    locale: 'en',
    kind: 'facts',
    titles: [T.scrum],
    says: ['costs €230'],
    mentions: ['Inklusive Mittagessen und Tagungsgetränken.'],
  },
  // --- facts: when (today, a leap day, summer time, two days across its start), start time, duration -------------------
  {
    q: 'when is the Teams-Schulung',
    locale: 'en',
    kind: 'facts',
    titles: [T.teams],
    says: ['on Wed, 17 Nov 2027 from 14:00 to 16:00'],
  },
  {
    q: 'Wann findet „Die ersten hundert Tage“ statt?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 23.03.2028 und Do., 30.03.2028', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'wann ist der rote faden im tag',
    kind: 'facts',
    titles: [T.zeit],
    says: ['am Di., 29.02.2028 von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'word fuer fortgeschrittene wann',
    kind: 'facts',
    titles: [T.word],
    says: ['am Mi., 19.04.2028 von 09:00 bis 12:00 Uhr'],
  },
  {
    q: 'what time does the Ordnungswidrigkeiten seminar start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.owi],
    says: ['starts on Thu, 2 Mar 2028 at 09:00'],
  },
  {
    q: 'wie lange geht gut sitzen besser arbeiten',
    kind: 'facts',
    titles: [T.ergonomie],
    says: ['dauert 1,5 Stunden, von 14:00 bis 15:30 Uhr'],
  },
  {
    q: 'how many days is the training for new Führungskräfte?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['lasts 2 days, each from 09:00 to 16:00'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  {
    q: 'Wo findet die Schulung zum Sitzungsdienst statt?',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['im Rathaus Kirchen'],
  },
  {
    q: 'KI-Seminar: online oder vor Ort?',
    kind: 'facts',
    titles: [T.ki],
    says: [/findet hybrid statt|oder online statt/],
  },
  {
    q: 'is the english course online or in person',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['takes place in person'],
  },
  {
    q: 'who is the trainer for Deeskalation',
    locale: 'en',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['is led by Herr Ralf Braun'],
  },
  {
    q: 'bis wann kann man sich zum vergaberecht anmelden',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Fr., 19.11.2027, 12:00 Uhr'],
  },
  {
    q: 'registration deadline for English at the Service Desk',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 12 Nov 2027, 23:59'],
  },
  { q: 'doppik kurs noch plaetze frei?', kind: 'facts', titles: [T.doppik], says: ['noch 18 von 18 Plätzen frei'] },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  {
    conv: 'schalter',
    q: 'Bei uns am Schalter werden Leute immer öfter laut und ausfallend – gibt es dazu eine Schulung?',
    kind: 'list',
    titles: [T.deeskalation],
  },
  {
    conv: 'schalter',
    q: 'wann ist das',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['am Do., 09.12.2027 von 09:00 bis 15:00 Uhr'],
  },
  {
    conv: 'schalter',
    q: 'Und wo findet der statt?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['im Rathaus Hamm (Sieg)'],
  },
  { conv: 'chatgpt', q: 'any training on ChatGPT?', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    conv: 'chatgpt',
    q: 'what does it cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is free of charge'],
  },
  {
    conv: 'chatgpt',
    q: 'can I join online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: [/is hybrid|or online/],
  },
  { conv: 'eakte', q: 'gibt es eine einführung in die e-akte?', kind: 'list', titles: [T.eakte] },
  { conv: 'eakte', q: 'Wer macht das?', kind: 'facts', titles: [T.eakte], says: ['leitet Frau Sabine Klein'] },
  {
    conv: 'eakte',
    q: 'wie lange dauert das',
    kind: 'facts',
    titles: [T.eakte],
    says: ['dauert 3,5 Stunden, von 09:00 bis 12:30 Uhr'],
  },
  { conv: 'sprache', q: 'Gibt es etwas zu bürgernaher Sprache?', kind: 'list', titles: [T.briefe] },
  { conv: 'sprache', q: 'wo ist das', kind: 'facts', titles: [T.briefe], says: ['im Rathaus Daaden'] },
  { conv: 'sprache', q: 'Was kostet das?', kind: 'facts', titles: [T.briefe], says: ['kostet 140 €'] },
  // --- topic searches: words only in summary or description, synonyms, abbreviations, typos ----------------------------
  { q: 'Schulung Informationssicherhiet', kind: 'list', titles: [T.phishing] },
  { q: 'dsgvo', kind: 'list', titles: [T.datenschutz] },
  { q: 'anything about stress or burnout?', locale: 'en', kind: 'list', titles: [T.stress] },
  { q: 'ausschreibungen', kind: 'list', titles: [T.vergabe] },
  { q: 'gibts was zu zeitmanagment', kind: 'list', titles: [T.zeit] },
  { q: 'exel schulung', kind: 'list', titles: [T.excel] },
  { q: 'OZG training', locale: 'en', kind: 'list', titles: [T.ozg] },
  { q: 'rueckenschmerzen am bildschirm', kind: 'list', titles: [T.ergonomie] },
  { q: 'barrierefreie pdf', kind: 'list', titles: [T.barrierefrei] },
  { q: 'agile project management', locale: 'en', kind: 'list', titles: [T.scrum] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, length, cost, language, seats ---------
  { q: 'was läuft diese woche noch', kind: 'list', titles: [T.teams, T.datenschutz, T.kag] },
  { q: 'anything tomorrow?', locale: 'en', kind: 'list', titles: [T.datenschutz] },
  { q: 'naechste woche vormittags', kind: 'list', titles: [T.phishing, T.english] },
  { q: 'next week in the afternoon', locale: 'en', kind: 'list', titles: [T.stress, T.ki] },
  {
    q: 'Welche Seminare gibt es im Dezember?',
    kind: 'list',
    titles: [T.vergabe, T.ersteHilfe, T.excel, T.deeskalation, T.sitzung],
  },
  { q: "what's on in January", locale: 'en', kind: 'list', titles: [T.briefe, T.eakte, T.doppik] },
  { q: 'online seminare im februar', kind: 'list', titles: [T.ozg, T.ergonomie] },
  { q: 'kostenlose seminare im dezember', kind: 'list', titles: [T.ersteHilfe, T.deeskalation] },
  { q: 'noch freie plätze im märz?', kind: 'list', titles: [T.owi, T.barrierefrei, T.fuehrung] },
  { q: 'seminare in betzdorf', kind: 'list', ...only(T.kag, T.ersteHilfe) },
  { q: 'Was gibt es in Wissen?', kind: 'list', ...only(T.ki, T.eakte) },
  { q: 'courses by Herr Schneider', locale: 'en', kind: 'list', ...only(T.teams, T.phishing, T.barrierefrei) },
  {
    q: 'was bietet die unfallkasse an',
    kind: 'list',
    ...only(T.stress, T.ersteHilfe, T.deeskalation, T.ergonomie),
  },
  { q: 'Ich bin Führungskraft – was gibt es für mich?', kind: 'list', ...only(T.mag, T.fuehrung) },
  { q: 'mehrtägige seminare', kind: 'list', titles: [T.fuehrung] },
  { q: 'any courses in English', locale: 'en', kind: 'list', titles: [T.english] },
  // --- gone, drafts never shown, no match, greeting, registrations ----------------------------------------------------
  { q: 'wann ist der outlook kurs', kind: 'gone', gone: T.outlook },
  { q: 'Hubarbeitsbühnen training – when?', locale: 'en', kind: 'gone', gone: T.hubbuehne },
  { q: 'grundsteuer schulung, wann war die?', kind: 'gone', gone: T.grundsteuer, says: ['Do., 04.11.2027'] },
  {
    q: 'when is the course for Sicherheitsbeauftragte',
    locale: 'en',
    kind: 'gone',
    gone: T.sifa,
    says: ['Tue, 28 Sep 2027'],
  },
  { q: 'social media schulung', kind: 'none' },
  { q: 'wärmeplanung', kind: 'none' },
  { q: 'SAP training', locale: 'en', kind: 'none' },
  { q: 'Hallo!', kind: 'help' },
  { q: 'hi, what can you do?', locale: 'en', kind: 'help' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-sixth, independent catalogue (Landkreis Altenkirchen, Kommunal-Akademie RLP, Unfallkasse RLP)',
  {
    fixture: 'heldout206-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
