// Over-fitting check, two-hundred-and-twenty-first catalogue: the 2027 programme for the Landkreis Gifhorn (Lower
// Saxony) and its towns, Gemeinde and Samtgemeinden (Gifhorn, Wittingen, Sassenburg, Meinersen, Papenteich, Boldecker
// Land), with the Niedersächsisches Studieninstitut (NSI), the Kommunale Datenverarbeitung Oldenburg (KDO), the
// Gemeinde-Unfallversicherungsverband Hannover (GUV) and the Landkreis's own Personalentwicklung, imported from a JSON
// file. Seminars take place in the Kreishaus I in Gifhorn, the Rathaus and the Stadthalle Gifhorn, the town halls of
// Wittingen, Sassenburg and Meinersen, the Samtgemeinde halls in Meine (Papenteich) and Weyhausen (Boldecker Land),
// online or hybrid. Many titles do not name their subject ("Klick mit Köpfchen" is phishing, "Gelassen bleiben, wenn
// es brennt" stress, "Tabellen, die mitdenken" Excel, "Der digitale Schreibassistent" AI/ChatGPT, "Wohin fließt das
// Geld?" the municipal budget, "Wenn Worte nicht mehr reichen" de-escalation, "Die neue Rolle" new managers, "Gut
// sitzen, besser arbeiten" ergonomics, "Post, die ankommt" plain letters, "Ordnung im digitalen Aktenschrank" the
// e-file, "Weniger Chaos, mehr Überblick" time management, "Neu im Rat" newly elected councillors, "Dokumente für
// alle" accessible PDFs, "Richtig eingruppiert?" the TVöD pay scale), so only summary, description or topics reveal
// it. The questions mostly use everyday words instead of the course's terms ("was gegen stress", "wie schreibe ich
// verständliche briefe", "papierlos arbeiten", "rückenschmerzen am schreibtisch"), words only the descriptions have,
// and typos. One seminar is held in English (its deadline has passed); the new-managers course runs on two days; the
// e-file course is open only to the Samtgemeinden Meinersen, Papenteich and Boldecker Land; first aid is free, paid by
// the GUV; the councillors' course is in the evening. Written without looking at the parser or the answers.
//
// Calendar around `now` (Tuesday 2 March 2027, 09:30 in Gifhorn, winter time; summer time begins Sun 28.03.2027):
//   this week:  nothing more today; Wed 03.03. 10:00–11:30 phishing (online, tomorrow), Thu 04.03. 13:00–15:30 data
//               protection (hybrid, Kreishaus I); nothing on Fri 05.03.
//   next week:  Mon 08.03. 09:00–12:30 Excel (online), Tue 09.03. 13:30–16:00 stress (online), Wed 10.03. 09:00–12:00
//               telephone (Rathaus Wittingen), Thu 11.03. 14:00–16:30 AI (hybrid, Kreishaus I); nothing on Fri 12.03.
//               and nothing on Mon 15./Tue 16.03. (so "the next two weeks" ends the same either way)
//   rest of March: Wed 17.03. English (Kreishaus I; deadline passed Fri 26.02. 23:59), the cancelled social-media
//               course (Thu 18.03.), Tue 23.03. budget (Meine), Thu 25.03. de-escalation (Rathaus Meinersen, free)
//   April:      Tue 06. first aid (Rathaus Sassenburg, 08:30–16:30, free), the cancelled cemetery-fees course (Tue
//               13.), Wed 14. minutes (online), Tue 20./Wed 21. new managers (Stadthalle Gifhorn), Tue 27. ergonomics
//               (online, free, 14:00–15:30)
//   May:        Tue 04. plain letters (Rathaus Gifhorn), Wed 12. e-file (Weyhausen, members only, free; deadline = start),
//               Tue 18. procurement (Kreishaus I; deadline Fri 30.04. 12:00), Thu 27. time management (online)
//   June:       Tue 08. 18:00–21:00 councillors (Rathaus Meinersen), Wed 09. accessible documents (online, free), Thu 17.
//               Widerspruch (Rathaus Wittingen); the draft Low German course on Wed 16.06.
//   later:      Mon 02.08. trainees' first day (Kreishaus I), Tue 14.09. TVöD (Kreishaus I); the draft wind-energy
//               course on Tue 12.10.
//   past:       Tue 09.02.2027 job references (Kreishaus I), Thu 18.02.2027 travel expenses (online).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-03-02T08:30:00Z'); // Tuesday, 2 March 2027, 09:30 in Gifhorn (CET)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Klick mit Köpfchen', // Wed 03.03. 10:00–11:30, online, KDO, Janßen, phishing / information security, free
  datenschutz: 'Datenschutz im Alltag der Kommunalverwaltung', // Thu 04.03. 13:00–15:30, hybrid (Kreishaus I), PE, Lüders, free
  excel: 'Tabellen, die mitdenken', // Mon 08.03. 09:00–12:30, online, KDO, Hansen, Excel, 85 € (Dienststelle is billed)
  stress: 'Gelassen bleiben, wenn es brennt', // Tue 09.03. 13:30–16:00, online, GUV, Kruse, stress, free
  telefon: 'Am Telefon gut ankommen', // Wed 10.03. 09:00–12:00, Rathaus Wittingen, NSI, Bartels, 120 €
  ki: 'Der digitale Schreibassistent', // Thu 11.03. 14:00–16:30, hybrid (Kreishaus I), KDO, Janßen, AI / ChatGPT, free
  english: 'Welcome to Gifhorn: English for Front-Desk Staff', // Wed 17.03. 09:00–12:30, Kreishaus I, PE, Whitfield, 90 €, deadline passed Fri 26.02. 23:59
  haushalt: 'Wohin fließt das Geld?', // Tue 23.03. 09:00–16:00, Rathaus SG Papenteich (Meine), NSI, Dr. Meyerhoff, 240 €, budget law
  deeskalation: 'Wenn Worte nicht mehr reichen', // Thu 25.03. 09:00–15:00, Rathaus Meinersen, GUV, Kruse, free, 14 seats
  ersteHilfe: 'Erste Hilfe im Betrieb: Ausbildung für Ersthelfende', // Tue 06.04. 08:30–16:30, Rathaus Sassenburg, GUV, Pape, free (GUV pays)
  protokoll: 'Protokolle schreiben – kurz, klar, rechtssicher', // Wed 14.04. 09:00–16:00, online, NSI, Brandes, 135 €, 16 seats
  fuehrung: 'Die neue Rolle', // Tue 20.04. and Wed 21.04. 09:00–16:00, Stadthalle Gifhorn, NSI, Dr. Wolters, 480 €, new managers
  ergonomie: 'Gut sitzen, besser arbeiten', // Tue 27.04. 14:00–15:30, online, GUV, Pape, ergonomics, free
  sprache: 'Post, die ankommt', // Tue 04.05. 09:00–16:00, Rathaus Gifhorn, NSI, Brandes, 150 €, plain letters
  eakte: 'Ordnung im digitalen Aktenschrank', // Wed 12.05. 09:00–12:00, Rathaus SG Boldecker Land (Weyhausen), KDO, Hinrichs, e-file, free, only SG Meinersen/Papenteich/Boldecker Land, deadline = start
  vergabe: 'Öffentliche Aufträge unterhalb der EU-Schwellenwerte', // Tue 18.05. 09:00–16:00, Kreishaus I, NSI, Dr. Meyerhoff, 260 €, deadline Fri 30.04. 12:00
  zeit: 'Weniger Chaos, mehr Überblick', // Thu 27.05. 09:00–12:00, online, NSI, Schütte, time management, 95 €
  rat: 'Neu im Rat', // Tue 08.06. 18:00–21:00, Rathaus Meinersen, NSI, Bartels, 95 € (the municipality pays), councillors
  barrierefrei: 'Dokumente für alle', // Wed 09.06. 10:00–12:00, online, KDO, Hansen, accessible Word/PDF, free
  widerspruch: 'Verwaltungsverfahren in der Praxis: Anhörung, Bescheid, Widerspruch', // Thu 17.06. 09:00–16:00, Rathaus Wittingen, NSI, Dr. Meyerhoff, 210 €
  azubis: 'Willkommen im Team: Einführungstag für Auszubildende', // Mon 02.08. 08:00–14:00, Kreishaus I, PE, Wiegmann, free
  tvoed: 'Richtig eingruppiert?', // Tue 14.09. 09:00–16:00, Kreishaus I, NSI, Dettmer, 195 €, TVöD pay scale
  platt: 'Platt snacken im Rathaus: Niederdeutsch im Bürgerkontakt', // draft (Wed 16.06.)
  wind: 'Windenergie in der Bauleitplanung', // draft (Tue 12.10.)
  social: 'Social Media für Kommunen: Instagram, Facebook und Co.', // cancelled (Thu 18.03.2027)
  friedhof: 'Friedhofsgebühren rechtssicher kalkulieren', // cancelled (Tue 13.04.2027)
  zeugnisse: 'Arbeitszeugnisse schreiben und verstehen', // past (Tue 9 February 2027)
  reisekosten: 'Reisekostenrecht in Niedersachsen: das Wichtigste für die Abrechnung', // past (Thu 18 February 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.platt, T.wind, T.social, T.friedhof, T.zeugnisse, T.reisekosten];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'stress', q: 'was gegen stress', kind: 'list', titles: [T.stress] },
  {
    conv: 'stress',
    q: 'wann ist das',
    kind: 'facts',
    titles: [T.stress],
    says: ['am Di., 09.03.2027 von 13:30 bis 16:00 Uhr'],
  },
  { conv: 'stress', q: 'kostet das was?', kind: 'facts', titles: [T.stress], says: ['ist kostenlos'] },
  { conv: 'briefe', q: 'wie schreibe ich verständliche briefe', kind: 'list', titles: [T.sprache] },
  {
    conv: 'briefe',
    q: 'wo findet das statt',
    kind: 'facts',
    titles: [T.sprache],
    says: ['im Rathaus Gifhorn'],
  },
  { conv: 'briefe', q: 'und der preis?', kind: 'facts', titles: [T.sprache], says: ['kostet 150 €'] },
  {
    conv: 'schalter',
    q: 'was tun wenn kunden am schalter aggressiv werden',
    kind: 'list',
    titles: [T.deeskalation],
  },
  { conv: 'schalter', q: 'wo ist das?', kind: 'facts', titles: [T.deeskalation], says: ['im Rathaus Meinersen'] },
  {
    conv: 'schalter',
    q: 'sind da noch plätze frei',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['noch 14 von 14 Plätzen frei'],
  },
  { conv: 'ki', q: 'anything about chatgpt?', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    conv: 'ki',
    q: 'where does it take place',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: [/at Kreishaus I.* or online/],
  },
  {
    conv: 'ki',
    q: 'how long is it',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['lasts 2.5 hours, from 14:00 to 16:30'],
  },
  { conv: 'chef', q: 'neu als führungskraft', kind: 'list', titles: [T.fuehrung] },
  {
    conv: 'chef',
    q: 'wann genau?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Di., 20.04.2027 und Mi., 21.04.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'chef',
    q: 'wer leitet das',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['leitet Frau Dr. Kerstin Wolters'],
  },
  { conv: 'excel', q: 'exel kurs', kind: 'list', titles: [T.excel] },
  { conv: 'excel', q: 'online oder vor ort?', kind: 'facts', titles: [T.excel], says: ['findet online statt'] },
  {
    conv: 'excel',
    q: 'was kostet der',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 85 €'],
    mentions: ['Die Gebühr wird der entsendenden Dienststelle in Rechnung gestellt.'],
  },
  { conv: 'akte', q: 'papierlos arbeiten', kind: 'list', titles: [T.eakte] },
  {
    conv: 'akte',
    q: 'bis wann muss ich mich anmelden',
    kind: 'facts',
    titles: [T.eakte],
    says: ['bis Mi., 12.05.2027, 09:00 Uhr'],
  },
  { conv: 'english', q: 'any courses in english', locale: 'en', kind: 'list', titles: [T.english] },
  {
    conv: 'english',
    q: 'registration deadline?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 26 Feb 2027, 23:59'],
  },
  // --- facts -----------------------------------------------------------------------------------------------------------
  {
    q: 'wie lange geht der erste hilfe kurs',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['dauert 8 Stunden, von 08:30 bis 16:30 Uhr'],
  },
  {
    q: 'um wie viel uhr fängt das seminar zum telefonieren an',
    kind: 'facts',
    titles: [T.telefon],
    says: ['beginnt am Mi., 10.03.2027 um 09:00 Uhr'],
  },
  {
    q: 'anmeldeschluss vergabe seminar',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Fr., 30.04.2027, 12:00 Uhr'],
  },
  {
    q: 'ist der kurs zum haushaltsrecht online?',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['findet in Präsenz statt, im Rathaus der Samtgemeinde Papenteich'],
  },
  {
    q: 'where is the ergonomics session',
    locale: 'en',
    kind: 'facts',
    titles: [T.ergonomie],
    says: ['takes place online'],
  },
  {
    q: 'gibt es noch freie plätze beim protokoll seminar',
    kind: 'facts',
    titles: [T.protokoll],
    says: ['noch 16 von 16 Plätzen frei'],
  },
  {
    q: 'wann und wo ist der einführungstag für azubis',
    kind: 'facts',
    titles: [T.azubis],
    says: ['am Mo., 02.08.2027 von 08:00 bis 14:00 Uhr im Kreishaus I'],
  },
  {
    q: 'is the first aid course free',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['is free of charge'],
    mentions: ['Die Lehrgangskosten übernimmt der GUV Hannover für seine Mitglieder.'],
  },
  // --- topic searches: everyday words, words only in summary or description, typos ------------------------------------
  { q: 'phising', kind: 'list', titles: [T.phishing] },
  { q: 'betrügerische mails erkennen', kind: 'list', titles: [T.phishing] },
  { q: 'rückenschmerzen am schreibtisch', kind: 'list', titles: [T.ergonomie] },
  { q: 'wiederbelebung', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'pdf barrierefrei', kind: 'list', titles: [T.barrierefrei] },
  { q: 'künstliche inteligenz', kind: 'list', titles: [T.ki] },
  { q: 'zeitmanagment', kind: 'list', titles: [T.zeit] },
  { q: 'tarifvertrag', kind: 'list', titles: [T.tvoed] },
  { q: 'amtsdeutsch vermeiden', kind: 'list', titles: [T.sprache] },
  { q: 'wie schreibe ich eine niederschrift', kind: 'list', titles: [T.protokoll] },
  { q: 'frisch in den gemeinderat gewählt', kind: 'list', titles: [T.rat] },
  // --- filters: dates, time of day, format, place, trainer, provider, length, cost ------------------------------------
  { q: 'was gibts morgen', kind: 'list', titles: [T.phishing] },
  { q: 'was läuft diese woche noch', kind: 'list', titles: [T.phishing, T.datenschutz] },
  { q: 'nächste woche vormittags', kind: 'list', titles: [T.excel, T.telefon] },
  { q: 'anything next week in the afternoon', locale: 'en', kind: 'list', titles: [T.stress, T.ki] },
  {
    q: 'was ist in den nächsten zwei wochen nachmittags',
    kind: 'list',
    titles: [T.datenschutz, T.stress, T.ki],
  },
  { q: 'online seminare im april', kind: 'list', titles: [T.protokoll, T.ergonomie] },
  {
    q: "what's on next month",
    locale: 'en',
    kind: 'list',
    titles: [T.ersteHilfe, T.protokoll, T.fuehrung, T.ergonomie],
  },
  { q: 'was ist gratis im juni', kind: 'list', titles: [T.barrierefrei] },
  { q: 'seminare am abend', kind: 'list', titles: [T.rat] },
  { q: 'was gibt es in wittingen', kind: 'list', ...only(T.telefon, T.widerspruch) },
  { q: 'kurse von dr meyerhoff', kind: 'list', ...only(T.haushalt, T.vergabe, T.widerspruch) },
  {
    q: 'what does the GUV offer',
    locale: 'en',
    kind: 'list',
    ...only(T.stress, T.deeskalation, T.ersteHilfe, T.ergonomie),
  },
  { q: 'mehrtägige seminare', kind: 'list', titles: [T.fuehrung] },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'wann ist der social media kurs', kind: 'gone', gone: T.social },
  { q: 'friedhofsgebühren seminar', kind: 'gone', gone: T.friedhof },
  {
    q: 'wann war das seminar zu arbeitszeugnissen',
    kind: 'gone',
    gone: T.zeugnisse,
    says: ['Di., 09.02.2027'],
  },
  { q: 'reisekosten schulung', kind: 'gone', gone: T.reisekosten, says: ['Do., 18.02.2027'] },
  { q: 'plattdeutsch kurs', kind: 'none' },
  { q: 'gabelstapler schein', kind: 'none' },
  { q: 'moin', kind: 'help' },
  { q: 'hi there', locale: 'en', kind: 'help' },
  { q: 'wo bin ich überall angemeldet', kind: 'myRegistrations' },
  { q: 'show my bookings', locale: 'en', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-twenty-first, independent catalogue (Landkreis Gifhorn, NSI, KDO, GUV Hannover)',
  {
    fixture: 'heldout221-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
