// Over-fitting check, three-hundred-and-twenty-eighth catalogue: the winter 2027/28 programme for the Stadt Mannheim
// (Baden-Württemberg) and its administration, with the Eigenbetriebe Stadtraumservice and Stadtentwässerung and the
// Nationaltheater as further "municipalities", imported from a JSON file. Providers are the Führungsakademie
// Baden-Württemberg, the Verwaltungsschule des Gemeindetags Baden-Württemberg, the Unfallkasse Baden-Württemberg
// (UKBW), Komm.ONE, the Abendakademie Mannheim and the city's own Fachbereich Organisation und Personal. Seminars take
// place in the Rathaus E 5, the Stadthaus N 1, the Technisches Rathaus (Glücksteinallee), the Abendakademie (U 1), the
// Betriebshof of the Stadtraumservice in Neckarau, the Führungsakademie in Karlsruhe, online or hybrid. Several titles
// do not name their subject ("Erst prüfen, dann klicken" is phishing, "Der Schreibtisch zu Hause" home-office
// ergonomics, "Wenn es glatt wird" safety in the winter road service, "Gespräche, die weiterbringen" staff appraisals,
// "60 Minuten für den digitalen Arbeitsplatz" Teams/OneDrive, "Zahlen, die Politik machen" the Doppik budget, "Wirkung
// ohne Chefsessel" lateral leadership, "Verstanden werden" plain language, "Wenn die Maschine mitschreibt" AI / F13,
// "Gut zurückkommen" BEM, "Aufrecht durch den Tag" back exercises, "Papierlos glücklich" the e-file, "Die richtige
// Wahl" recruitment under the AGG), so only summary, description or topics reveal it. One course is held in English
// (four Monday evenings); the winter-service course is open only to the Stadtraumservice. The questions are mostly
// comparisons and superlatives (cheapest, most expensive, longest, shortest, earliest, next, last of the year, most
// free seats, "welcher ist günstiger, X oder Y?", "gibt es was unter 100 €?"), mixed with ordinary subject and fact
// questions and short follow-up conversations, some in English, written without looking at the parser or the answers.
// Nobody is registered yet, so every seminar has all its seats free.
//
// Fees: free — phishing, data protection, home office, winter service, Teams, fire wardens, AI, first aid, BEM, e-file;
// 12 € back exercises, 49 € Excel, 89 € service-bw, 120 € English, 140 € plain language, 195 € OWi, 210 € Doppik,
// 230 € recruitment, 245 € procurement, 380 € appraisals, 590 € lateral leadership, 890 € new managers (the most
// expensive, and with 3 × 7.5 hours the longest). Shortest: the Teams course (1 hour). Earliest start of day: winter
// service 07:00. Most seats: the Teams course (200); in January the Doppik course (24).
//
// Calendar around `now` (Thursday 2 December 2027, 10:30 in Mannheim, winter time; summer time begins Sun 26.03.2028;
// holidays in Baden-Württemberg: Sat 25.12., Sun 26.12.2027, Sat 01.01.2028, Thu 06.01.2028 Heilige Drei Könige, Good
// Friday 14.04., Easter Monday 17.04.2028):
//   this week:  Thu 02.12. (today) 14:00–16:00 phishing (online, Komm.ONE); Fri 03.12. (tomorrow) 09:00–12:00 data
//               protection at the counter (Stadthaus N 1)
//   next week:  Mon 06.12. 09:00–16:00 procurement (Stadthaus; deadline passed Fri 26.11. 12:00), Wed 08.12.
//               09:00–11:00 home office (online, UKBW), Thu 09.12. 13:00–16:00 service-bw (hybrid, Stadthaus, 89 €)
//   December:   Tue 14.12. 07:00–12:00 winter service (Betriebshof, Stadtraumservice only), Wed 15.12. 09:00–16:30
//               appraisals (Rathaus E 5, FüAk; deadline passed Wed 01.12. 23:59), Tue 21.12. 10:00–11:00 Teams
//               (online) — the last seminar of the year; the cancelled corruption course on Wed 22.12.; nothing between
//               Christmas and New Year
//   January:    Mon 10.01., 17.01., 24.01., 31.01. 18:00–19:30 English (Abendakademie, 120 €, deadline Mon 03.01.
//               23:59) — the first seminar of the new year; Tue 11.01. Doppik (Stadthaus, 210 €); Wed 12.01.
//               09:00–12:30 fire wardens (Technisches Rathaus, free — the cheapest in January); Thu 13.01.–Fri 14.01.
//               lateral leadership (FüAk Karlsruhe, 590 € — the most expensive in January, deadline Fri 17.12. 12:00);
//               Tue 18.01. 18:00–21:00 Excel (Abendakademie, 49 €); the cancelled phone training Thu 20.01.; Thu 27.01.
//               09:00–15:00 plain language (Rathaus E 5, 140 €)
//   February:   Tue 01.02. 09:00–11:30 AI / F13 (online, free), Wed 09.02. 08:00–15:30 first aid (Technisches Rathaus,
//               free), Thu 17.02. OWi (Stadthaus, 195 €), Tue 22.02. 13:30–16:30 BEM (hybrid, Rathaus E 5, free)
//   March:      Wed 08.03.–Fri 10.03. 09:00–16:30 new managers (FüAk Karlsruhe, 890 €, deadline Fri 04.02. 23:59),
//               Tue 14.03. 18:30–20:00 back exercises (Abendakademie, 12 €), Wed 29.03. 09:00–12:00 (CEST) e-file
//               (online, free)
//   April:      the draft heavy-rain course (Wed 19.04.); Tue 25.04. 09:00–16:00 recruitment / AGG (Rathaus E 5, 230 €,
//               deadline Fri 31.03. 12:00) — the last seminar of the programme; the draft climate course on Thu 11.05.
//   past:       Wed 10.11.2027 property tax (Stadthaus), Tue 30.11.2027 accessible websites (online).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-12-02T09:30:00Z'); // Thursday, 2 December 2027, 10:30 in Mannheim (CET)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Erst prüfen, dann klicken', // Thu 02.12. 14:00–16:00, online, Komm.ONE, Schäfer, phishing, free, 150 seats
  datenschutz: 'Datenschutz am Schalter: personenbezogene Daten im Bürgerservice', // Fri 03.12. 09:00–12:00, Stadthaus N 1, Stadt Mannheim, Dr. Kessler, free
  vergabe: 'Vergaberecht kompakt: VwV Beschaffung, UVgO und VOB/A', // Mon 06.12. 09:00–16:00, Stadthaus N 1, VWS, Wendel, 245 €, deadline passed Fri 26.11. 12:00
  homeoffice: 'Der Schreibtisch zu Hause', // Wed 08.12. 09:00–11:00, online, UKBW, Birkenmaier, home-office ergonomics, free, 60 seats
  servicebw: 'Online-Anträge mit service-bw: Antragsmanagement für Sachbearbeitende', // Thu 09.12. 13:00–16:00, hybrid (Stadthaus N 1), Komm.ONE, Schäfer, 89 €
  winterdienst: 'Wenn es glatt wird', // Tue 14.12. 07:00–12:00, Betriebshof Stadtraumservice, UKBW, Köhler, winter service, free, Stadtraumservice only
  feedback: 'Gespräche, die weiterbringen', // Wed 15.12. 09:00–16:30, Rathaus E 5, FüAk, Vogt, appraisals, 380 €, 12 seats, deadline passed Wed 01.12. 23:59
  m365: '60 Minuten für den digitalen Arbeitsplatz', // Tue 21.12. 10:00–11:00, online, Komm.ONE, Krauß, Teams/OneDrive, free, 200 seats
  haushalt: 'Zahlen, die Politik machen', // Tue 11.01. 09:00–16:00, Stadthaus N 1, VWS, Wendel, Doppik, 210 €, 24 seats
  brandschutz: 'Brandschutzhelfer-Ausbildung nach DGUV Information 205-023', // Wed 12.01. 09:00–12:30, Technisches Rathaus, UKBW, Köhler, free, 20 seats
  english: 'Speaking with Confidence: English for Citizen Services', // Mon 10./17./24./31.01. 18:00–19:30, Abendakademie, Gallagher, 120 €, 12 seats, deadline Mon 03.01. 23:59
  lateral: 'Wirkung ohne Chefsessel', // Thu 13.01.–Fri 14.01. 09:00–16:30, FüAk Karlsruhe, Dr. Lorenz, lateral leadership, 590 €, 16 seats, deadline Fri 17.12. 12:00
  excel: 'Excel am Abend: Pivot-Tabellen und SVERWEIS', // Tue 18.01. 18:00–21:00, Abendakademie, Yıldız, 49 €, 14 seats
  sprache: 'Verstanden werden', // Thu 27.01. 09:00–15:00, Rathaus E 5, VWS, Hähnle, plain language, 140 €, 18 seats
  ki: 'Wenn die Maschine mitschreibt', // Tue 01.02. 09:00–11:30, online, Komm.ONE, Krauß, AI / F13 / ChatGPT, free, 120 seats
  ersteHilfe: 'Erste-Hilfe-Fortbildung für betriebliche Ersthelfende', // Wed 09.02. 08:00–15:30, Technisches Rathaus, UKBW, Scholl, free
  owi: 'Ordnungswidrigkeitenverfahren: von der Anhörung bis zum Bußgeldbescheid', // Thu 17.02. 09:00–16:00, Stadthaus N 1, VWS, Wendel, 195 €
  bem: 'Gut zurückkommen', // Tue 22.02. 13:30–16:30, hybrid (Rathaus E 5), Stadt Mannheim, Oberle, BEM, free, for managers
  neuFuehrung: 'Neu in der Führungsrolle: Basisprogramm für Führungskräfte', // Wed 08.03.–Fri 10.03. 09:00–16:30, FüAk Karlsruhe, Vogt, 890 €, deadline Fri 04.02. 23:59
  ruecken: 'Aufrecht durch den Tag', // Tue 14.03. 18:30–20:00, Abendakademie, Sommer, back exercises, 12 €
  eakte: 'Papierlos glücklich', // Wed 29.03. 09:00–12:00 (CEST), online, Komm.ONE, Schäfer, e-file, free, 80 seats
  auswahl: 'Die richtige Wahl', // Tue 25.04. 09:00–16:00, Rathaus E 5, VWS, Hähnle, recruitment / AGG, 230 €, deadline Fri 31.03. 12:00
  starkregen: 'Starkregenvorsorge für Tiefbau und Grünflächen', // draft (Wed 19.04.2028)
  klima: 'Nachhaltig verwalten: Klimaschutz im Büroalltag', // draft (Thu 11.05.2028)
  korruption: 'Geschenkt ist nicht immer geschenkt', // cancelled (Wed 22.12.2027), corruption prevention
  telefon: 'Souverän am Telefon: professionelle Kommunikation im Bürgerservice', // cancelled (Thu 20.01.2028)
  grundsteuer: 'Grundsteuer B neu: das Landesgrundsteuergesetz in der Praxis', // past (Wed 10 November 2027)
  webseiten: 'Barrierefreie Webseiten nach BITV 2.0', // past (Tue 30 November 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.starkregen, T.klima, T.korruption, T.telefon, T.grundsteuer, T.webseiten];
const only = onlyAmong(all, NEVER);

const PAID: string[] = [
  T.vergabe,
  T.servicebw,
  T.feedback,
  T.haushalt,
  T.english,
  T.lateral,
  T.excel,
  T.sprache,
  T.owi,
  T.neuFuehrung,
  T.ruecken,
  T.auswahl,
];
const FROM_100: string[] = [
  T.vergabe,
  T.feedback,
  T.haushalt,
  T.english,
  T.lateral,
  T.sprache,
  T.owi,
  T.neuFuehrung,
  T.auswahl,
];

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'heute', q: 'was läuft heute noch?', kind: 'list', titles: [T.phishing] },
  {
    conv: 'heute',
    q: 'ist das online oder vor ort?',
    kind: 'facts',
    titles: [T.phishing],
    says: ['findet online statt'],
  },
  {
    conv: 'heute',
    q: 'wie lange geht das',
    kind: 'facts',
    titles: [T.phishing],
    says: ['dauert 2 Stunden, von 14:00 bis 16:00 Uhr'],
  },
  {
    miss: 'answered with the cost of the cheapest course (facts), where the suite expects the list with it first',
    conv: 'januar',
    q: 'Was ist der günstigste Kurs im Januar?',
    kind: 'list',
    first: T.brandschutz,
  },
  {
    conv: 'januar',
    q: 'und wo findet der statt?',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['Technisches Rathaus, Glücksteinallee 11'],
  },
  {
    miss: 'answered with the cost of the dearest course (facts), where the suite expects the list with it first',
    conv: 'januar',
    q: 'und welcher ist im januar am teuersten?',
    kind: 'list',
    first: T.lateral,
  },
  { conv: 'januar', q: 'was kostet der genau?', kind: 'facts', titles: [T.lateral], says: ['kostet 590 €'] },
  { conv: 'abak', q: 'was bietet die abendakademie an?', kind: 'list', ...only(T.english, T.excel, T.ruecken) },
  {
    miss: 'answered with the cost of the cheapest ones (facts), where the suite expects the list with the cheapest first',
    conv: 'abak',
    q: 'welcher davon ist am günstigsten?',
    kind: 'list',
    first: T.ruecken,
  },
  {
    conv: 'abak',
    q: 'wann ist der?',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['am Di., 14.03.2028 von 18:30 bis 20:00 Uhr'],
  },
  {
    miss: '"die meisten freien Plätze" is no order the bot knows',
    conv: 'plaetze',
    q: 'welches seminar im januar hat die meisten freien plätze?',
    kind: 'list',
    first: T.haushalt,
  },
  {
    miss: 'follows an unanswered question, so no seminar is talked about',
    conv: 'plaetze',
    q: 'wie viele plätze sind da noch frei?',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['noch 24 von 24 Plätzen frei'],
  },
  {
    conv: 'fuehrung',
    q: 'ich werde im frühjahr teamleiterin. gibt es was für neue führungskräfte?',
    kind: 'list',
    first: T.neuFuehrung,
  },
  {
    conv: 'fuehrung',
    q: 'wie viele tage geht das?',
    kind: 'facts',
    titles: [T.neuFuehrung],
    says: ['dauert 3 Tage, jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    conv: 'fuehrung',
    q: 'und bis wann muss ich mich anmelden?',
    kind: 'facts',
    titles: [T.neuFuehrung],
    says: ['bis Fr., 04.02.2028, 23:59 Uhr'],
  },
  { conv: 'feedback', q: 'seminar zu mitarbeitergesprächen', kind: 'list', titles: [T.feedback] },
  {
    conv: 'feedback',
    q: 'kann ich mich da noch anmelden?',
    kind: 'facts',
    titles: [T.feedback],
    says: ['ist am Mi., 01.12.2027, 23:59 Uhr abgelaufen'],
  },
  { conv: 'english', q: 'is there an english course?', locale: 'en', kind: 'list', titles: [T.english] },
  { conv: 'english', q: 'how much is it?', locale: 'en', kind: 'facts', titles: [T.english], says: ['costs €120'] },
  {
    conv: 'english',
    q: 'when does it start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['starts on Mon, 10 Jan 2028 at 18:00'],
  },
  {
    conv: 'ukbw',
    q: 'wann ist der nächste kurs der unfallkasse?',
    kind: 'facts',
    titles: [T.homeoffice],
    says: ['am Mi., 08.12.2027 von 09:00 bis 11:00 Uhr'],
  },
  { conv: 'ukbw', q: 'kostet der was?', kind: 'facts', titles: [T.homeoffice], says: ['ist kostenlos'] },
  {
    miss: '"das letzte Seminar" of the year is no order the bot knows; the year\'s seminars are listed',
    conv: 'jahr',
    q: 'was ist das letzte seminar dieses jahr?',
    kind: 'list',
    first: T.m365,
  },
  {
    miss: 'follows a list, so no single seminar is talked about',
    conv: 'jahr',
    q: 'um wie viel uhr fängt das an?',
    kind: 'facts',
    titles: [T.m365],
    says: ['beginnt am Di., 21.12.2027 um 10:00 Uhr'],
  },
  { conv: 'ki', q: 'any training on AI tools like F13?', locale: 'en', kind: 'list', titles: [T.ki] },
  { conv: 'ki', q: 'is it online?', locale: 'en', kind: 'facts', titles: [T.ki], says: ['takes place online'] },
  // --- comparisons: the cheaper, the dearer, the shorter, the earlier first --------------------------------------------
  {
    q: 'Welcher ist günstiger, der Vergabekurs oder das Doppik-Seminar?',
    kind: 'facts',
    first: T.haushalt,
    includes: [T.haushalt, T.vergabe],
    says: ['kostet 210 €'],
  },
  {
    q: 'was ist teurer, das seminar zu mitarbeitergesprächen oder das zur lateralen führung?',
    kind: 'facts',
    first: T.lateral,
    includes: [T.lateral, T.feedback],
    says: ['kostet 590 €'],
  },
  {
    q: 'excel oder englisch – was ist billiger?',
    kind: 'facts',
    first: T.excel,
    includes: [T.excel, T.english],
    says: ['kostet 49 €'],
  },
  {
    q: 'welcher ist kürzer, der phishing kurs oder der zu f13?',
    kind: 'facts',
    first: T.phishing,
    includes: [T.phishing, T.ki],
    says: ['dauert 2 Stunden'],
  },
  {
    q: 'which comes first, the first aid refresher or the brandschutzhelfer training?',
    locale: 'en',
    kind: 'facts',
    first: T.brandschutz,
    includes: [T.brandschutz, T.ersteHilfe],
    says: ['Wed, 12 Jan 2028'],
  },
  // --- superlatives ----------------------------------------------------------------------------------------------------
  {
    miss: 'answered with the cost of the dearest seminar (facts), where the suite expects the list with it first',
    q: 'was ist das teuerste seminar?',
    kind: 'list',
    first: T.neuFuehrung,
  },
  {
    miss: 'answered with the length of the longest seminar (facts), where the suite expects the list with it first',
    q: 'welches seminar dauert am längsten?',
    kind: 'list',
    first: T.neuFuehrung,
  },
  {
    miss: 'answered with the length of the shortest course (facts), where the suite expects the list with it first',
    q: 'was ist der kürzeste kurs?',
    kind: 'list',
    first: T.m365,
  },
  {
    miss: '"am frühesten" of the day is no order the bot knows',
    q: 'welcher kurs fängt morgens am frühesten an?',
    kind: 'list',
    first: T.winterdienst,
  },
  {
    q: 'wann ist das nächste seminar?',
    kind: 'facts',
    titles: [T.phishing],
    says: ['am Do., 02.12.2027 von 14:00 bis 16:00 Uhr'],
  },
  { q: 'was ist das erste seminar im neuen jahr?', kind: 'list', first: T.english },
  {
    miss: 'answered with the cost of the cheapest courses (facts), where the suite expects the list with them first',
    q: "what's the cheapest course in february?",
    locale: 'en',
    kind: 'list',
    ...only(T.ki, T.ersteHilfe, T.bem),
  },
  {
    miss: 'answered with the cost of the cheapest course (facts), where the suite expects the list with it first',
    q: 'welcher kurs der führungsakademie ist am günstigsten?',
    kind: 'list',
    first: T.feedback,
  },
  {
    miss: '"die meisten Plätze" is no order the bot knows',
    q: 'welches online-seminar hat die meisten plätze?',
    kind: 'list',
    first: T.m365,
  },
  {
    miss: '"das letzte Seminar im Programm" is read as a pick of a list not shown',
    q: 'welches ist das letzte seminar im programm?',
    kind: 'list',
    first: T.auswahl,
  },
  // --- cost filters ----------------------------------------------------------------------------------------------------
  {
    q: 'welche kostenlosen gibt es?',
    kind: 'list',
    includes: [T.phishing, T.datenschutz, T.homeoffice],
    excludes: PAID,
  },
  { q: 'gibt es was unter 100 €?', kind: 'list', includes: [T.phishing, T.datenschutz], excludes: FROM_100 },
  {
    q: 'was gibt es im januar für unter 150 euro?',
    kind: 'list',
    ...only(T.english, T.brandschutz, T.excel, T.sprache),
  },
  { q: 'seminare zwischen 200 und 300 euro', kind: 'list', ...only(T.vergabe, T.haushalt, T.auswahl) },
  { q: 'kurse über 300 €', kind: 'list', ...only(T.feedback, T.lateral, T.neuFuehrung) },
  { q: 'im märz was unter 100 €?', kind: 'list', ...only(T.ruecken, T.eakte) },
  { q: 'kostenlose online-seminare im dezember', kind: 'list', titles: [T.phishing, T.homeoffice, T.m365] },
  // --- time and place, format, provider, trainer, audience, length -----------------------------------------------------
  { q: 'was ist nächste woche?', kind: 'list', titles: [T.vergabe, T.homeoffice, T.servicebw] },
  { q: 'gibt es abendkurse?', kind: 'list', ...only(T.english, T.excel, T.ruecken) },
  { q: 'welche seminare gehen über mehrere tage?', kind: 'list', ...only(T.english, T.lateral, T.neuFuehrung) },
  {
    q: 'was findet im stadthaus statt?',
    kind: 'list',
    ...only(T.datenschutz, T.vergabe, T.servicebw, T.haushalt, T.owi),
  },
  { q: 'welche kurse hält herr wendel?', kind: 'list', ...only(T.vergabe, T.haushalt, T.owi) },
  { q: 'was bietet komm.one an?', kind: 'list', ...only(T.phishing, T.servicebw, T.m365, T.ki, T.eakte) },
  {
    q: 'was gibt es für führungskräfte?',
    kind: 'list',
    ...maybeAlso(only(T.feedback, T.bem, T.neuFuehrung), T.lateral),
  },
  {
    q: 'ist das seminar zu service-bw präsenz oder online?',
    kind: 'facts',
    titles: [T.servicebw],
    says: ['findet hybrid statt: im Stadthaus N 1'],
  },
  {
    q: 'wer leitet die erste-hilfe-fortbildung?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['leitet Herr Peter Scholl'],
  },
  { q: 'gibt es was zwischen den jahren?', kind: 'none' },
  // --- topic searches: words only in summary, description or topics ---------------------------------------------------
  { q: 'phishing mails erkennen', kind: 'list', titles: [T.phishing] },
  { q: 'doppik schulung', kind: 'list', titles: [T.haushalt] },
  { q: 'rückenschmerzen vom vielen sitzen', kind: 'list', titles: [T.ruecken] },
  { q: 'bußgeldbescheid', kind: 'list', titles: [T.owi] },
  { q: 'bewerbungsgespräche führen, was darf ich fragen?', kind: 'list', titles: [T.auswahl] },
  { q: 'gibt es was zum datenschutz?', kind: 'list', first: T.datenschutz },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'korruptionsprävention', kind: 'gone', gone: T.korruption },
  { q: 'wann ist das telefontraining?', kind: 'gone', gone: T.telefon },
  { q: 'grundsteuer seminar', kind: 'gone', gone: T.grundsteuer, says: ['Mi., 10.11.2027'] },
  { q: 'barrierefreie webseiten', kind: 'gone', gone: T.webseiten, says: ['Di., 30.11.2027'] },
  { q: 'starkregen', kind: 'none' },
  { q: 'Hallo zusammen!', kind: 'help' },
  { q: 'wo bin ich angemeldet?', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-twenty-eighth, independent catalogue (Stadt Mannheim, FüAk, Verwaltungsschule, UKBW, Komm.ONE, Abendakademie)',
  {
    fixture: 'heldout328-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
