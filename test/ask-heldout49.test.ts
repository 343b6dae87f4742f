// Over-fitting check, forty-ninth catalogue: the 2027 programme of the Zentrum für Digitalisierung und Weiterbildung
// (ZDW) of the Main-Kinzig-Kreis in Hesse, for the county administration and its towns (Hanau, Gelnhausen, Maintal,
// Bruchköbel, Schlüchtern, Wächtersbach, Langenselbold), imported from a JSON file. Seminars take place at the centre
// in Hanau, in the Kreishaus in Gelnhausen (in person or hybrid) and online; providers are the ZDW itself, the
// Hessischer Verwaltungsschulverband (HVSV) and the Hessische Zentrale für Datenverarbeitung (HZD). Topics: process and
// innovation management, information security, agile projects, leadership in the digital change, Microsoft Teams, the
// E-Akte, data protection, OZG online services, Excel, presentation, e-invoices, accessibility, open data, knowledge
// management, one workshop held in English, and the state's three-day qualification for the kommunale Digitallotsen
// (two per municipality, the state pays half the fee, open to the towns only, registration closed). Brochure texts in
// everyday vocabulary: catchy titles whose subject is sometimes only in the summary or description, compounds,
// abbreviations explained once. Questions are written the way employees ask, without looking at the parser or the
// answers. Same assertions as the other suites: exactly the expected seminars (best first where one is clearly best),
// the asked fact in the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Wednesday 15 September 2027, 11:00 in Hesse, summer time until Sun 31.10.2027):
//   this week:  nothing more today; Thu 16.09. 09:00–12:00 Teams (online), Fri 17.09. 13:00–16:00 phishing (hybrid)
//   next week:  Mon 20.09. 09:00–12:30 E-Akte (Kreishaus), Tue 21.09. 13:30–16:30 Excel (online),
//               Thu 23.09. 09:30–12:30 EU funding (Hanau, English); the drone course on Thu 23.09. is cancelled
//   then:       Mon 27.09. 09:00–16:00 presentation (Hanau); nothing from Tue 28.09. to Mon 04.10.
//   October:    process management Tue 05.–Wed 06.10., AI Thu 07.10., Digitallotsen Tue 12., 19. and 26.10., data
//               protection Wed 13.10. (hybrid), innovation Thu 21.10., OZG Wed 27.10.; the social-media draft on 14.10.
//   November (winter time): agile Tue 09.–Wed 10.11., leadership Thu 18.11. (Kreishaus), open data Tue 23.11. (online),
//               e-invoice Thu 25.11. (Kreishaus); the GIS draft (16.11.) and citizen participation (17.11., cancelled)
//   later:      accessibility Wed 01.12. (online), knowledge management Wed 19.01.2028 (hybrid)
//   past:       Digitaltag Thu 24.06.2027, fibre roll-out Tue 31.08.2027
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-09-15T09:00:00Z'); // Wednesday, 15 September 2027, 11:00 in Hesse (CEST)
const TZ = 'Europe/Berlin';

const T = {
  teams: 'Kanal auf, Postfach zu: Zusammenarbeit mit Microsoft Teams', // Thu 16.09.2027 09:00–12:00, online, HZD, free, 40 seats, Brückner
  phishing: 'Nicht jeder Link ist ein Geschenk: Sicher unterwegs am Arbeitsplatz', // Fri 17.09. 13:00–16:00, hybrid (Kreishaus), free, Dr. Hofacker
  eakte: 'Schluss mit dem Papierstau: Die E-Akte in Kreis und Kommunen', // Mon 20.09. 09:00–12:30, Kreishaus Gelnhausen, free, Seibold
  excel: 'Zahlen im Griff: Tabellenkalkulation im Verwaltungsalltag', // Tue 21.09. 13:30–16:30, online, 90 €, 16 seats
  eu: 'Going European: EU Funding for Digital Projects in Municipalities', // Thu 23.09. 09:30–12:30, ZDW Hanau, English, free
  praesentation: 'Bühne frei: Überzeugend präsentieren in Ausschuss und Ortsbeirat', // Mon 27.09. 09:00–16:00, ZDW Hanau, 280 €, 12 seats
  prozess: 'Vom Trampelpfad zur Schnellstraße: Abläufe erheben, modellieren, verbessern', // Tue 05.10. + Wed 06.10. 09:00–16:00, ZDW, HVSV, 390 €
  ki: 'Frag doch mal die Maschine: Künstliche Intelligenz im Arbeitsalltag', // Thu 07.10. 13:00–16:30, online, HZD, free
  lotsen:
    'Lotsen für den digitalen Wandel: Qualifizierung zur kommunalen Digitallotsin und zum kommunalen Digitallotsen', // Tue 12./19./26.10. 09:00–16:00, ZDW, HVSV, 600 € (half paid by the state), deadline passed Fri 10.09. 23:59
  datenschutz: 'Persönliches bleibt persönlich: Datenschutz im Amt', // Wed 13.10. 09:00–12:00, hybrid (Kreishaus), free, Dr. Hofacker
  innovation: 'Ideen brauchen Raum: Innovationsmanagement in der Kommune', // Thu 21.10. 09:00–16:00, ZDW, 190 €, Prof. Dr. Lindner
  ozg: 'Antrag per Klick: OZG-Onlinedienste einführen und betreuen', // Wed 27.10. 13:30–16:30, online, HZD, free, Vogt
  agil: 'Sprint statt Marathon: Agile Projekte in der Verwaltung', // Tue 09.11. + Wed 10.11. 09:00–16:00 (CET), ZDW, HVSV, 420 €, deadline Fri 22.10. 23:59
  fuehrung: 'Führen auf Distanz: Leadership im digitalen Wandel', // Thu 18.11. 09:00–16:30, Kreishaus, HVSV, 240 €, for Führungskräfte
  opendata: 'Daten teilen, Nutzen stiften: Open Data für Kommunen', // Tue 23.11. 13:00–16:00, online, free
  erechnung: 'Rechnung kommt digital: XRechnung und E-Rechnungspflicht in der Kommune', // Thu 25.11. 09:00–12:00, Kreishaus, HVSV, 80 €, 20 seats
  barriere: 'Für alle zugänglich: Barrierefreie Dokumente und Webseiten', // Wed 01.12. 09:00–12:30, online, HZD, free, BITV
  wissen: 'Wissen, das bleibt: Wissensmanagement beim Generationenwechsel', // Wed 19.01.2028 13:00–16:00, hybrid (Kreishaus), for Führungskräfte
  socialMedia: 'Likes fürs Rathaus: Social Media für Kommunen', // draft
  gis: 'Karten, die Fragen beantworten: Geoinformationssysteme im Bauamt', // draft
  drohnen: 'Abheben mit Plan: Drohnen im kommunalen Einsatz', // cancelled (was Thu 23.09.)
  beteiligung: 'Mitreden per Mausklick: Online-Bürgerbeteiligung gestalten', // cancelled (was Wed 17.11.)
  digitaltag: 'Digitaltag des Main-Kinzig-Kreises 2027: Impulse für Kreis und Kommunen', // past (Thu 24 June 2027)
  glasfaser: 'Schnelles Netz für alle: Glasfaserausbau in der Kommune begleiten', // past (Tue 31 August 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.socialMedia, T.gis, T.drohnen, T.beteiligung, T.digitaltag, T.glasfaser];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  {
    q: 'Was kostet die Qualifizierung zum Digitallotsen?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['kostet 600 €'],
    mentions: ['Das Land Hessen übernimmt die Hälfte der Gebühr.'],
  },
  {
    q: 'How much does the agile projects course cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.agil],
    says: ['costs €420'],
  },
  { q: 'Kostet die Teams-Schulung etwas?', kind: 'facts', titles: [T.teams], says: ['ist kostenlos'] },
  // --- facts: when, start time, duration -------------------------------------------------------------------------------
  {
    q: 'Wann finden die drei Module für die Digitallotsen statt?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['an 3 Tagen', 'Di., 12.10.2027, Di., 19.10.2027 und Di., 26.10.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'When is the Open Data seminar?',
    locale: 'en',
    kind: 'facts',
    titles: [T.opendata],
    says: ['takes place on Tue, 23 Nov 2027 from 13:00 to 16:00'],
  },
  {
    q: 'Um wie viel Uhr beginnt das Präsentationstraining?',
    kind: 'facts',
    titles: [T.praesentation],
    says: ['beginnt am Mo., 27.09.2027 um 09:00 Uhr'],
  },
  {
    q: 'What time does the EU funding workshop start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.eu],
    says: [/starts on Thu, 23 Sept? 2027 at 09:30/],
  },
  {
    q: 'Wie lange dauert der Excel-Kurs?',
    kind: 'facts',
    titles: [T.excel],
    says: ['dauert 3 Stunden, von 13:30 bis 16:30 Uhr'],
  },
  {
    q: 'How long is the process management training?',
    locale: 'en',
    kind: 'facts',
    titles: [T.prozess],
    says: ['lasts 2 days, each from 09:00 to 16:00'],
  },
  // --- facts: trainer, where, format, deadline -------------------------------------------------------------------------
  {
    q: 'Wer leitet den Datenschutzkurs?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['leitet Frau Dr. Miriam Hofacker'],
  },
  {
    q: 'Who are the trainers of the Digitallotsen qualification?',
    locale: 'en',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['is led by Frau Anja Reuter und Herr Timo Scholz'],
  },
  {
    q: 'Where does the data protection seminar take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['at Kreishaus Gelnhausen', 'or online'],
  },
  { q: 'Ist der KI-Kurs online oder vor Ort?', kind: 'facts', titles: [T.ki], says: ['findet online statt'] },
  {
    q: 'Findet das Phishing-Seminar vor Ort statt?',
    kind: 'facts',
    titles: [T.phishing],
    says: [/findet hybrid statt|oder online statt/],
  },
  {
    q: 'Bis wann kann ich mich für das Seminar zu agilen Projekten anmelden?',
    kind: 'facts',
    titles: [T.agil],
    says: ['bis Fr., 22.10.2027, 23:59 Uhr'],
  },
  {
    q: 'Ist die Anmeldefrist für die Digitallotsen-Qualifizierung schon abgelaufen?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['am Fr., 10.09.2027, 23:59 Uhr abgelaufen'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  {
    conv: 'onlineantrag',
    q: 'Wir wollen bei uns Anträge online anbieten – gibt es dazu eine Schulung?',
    kind: 'list',
    titles: [T.ozg],
  },
  { conv: 'onlineantrag', q: 'Was kostet die?', kind: 'facts', titles: [T.ozg], says: ['ist kostenlos'] },
  { conv: 'onlineantrag', q: 'Und wer leitet sie?', kind: 'facts', titles: [T.ozg], says: ['leitet Frau Katrin Vogt'] },
  { conv: 'scrum', q: 'Is there a course on Scrum or Kanban?', locale: 'en', kind: 'list', titles: [T.agil] },
  {
    conv: 'scrum',
    q: 'When does it take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.agil],
    says: ['on 2 days', 'Tue, 9 Nov 2027 and Wed, 10 Nov 2027', 'each from 09:00 to 16:00'],
  },
  {
    conv: 'scrum',
    q: 'Where is it held?',
    locale: 'en',
    kind: 'facts',
    titles: [T.agil],
    says: ['at Zentrum für Digitalisierung und Weiterbildung'],
  },
  { conv: 'xrechnung', q: 'Gibt es eine Schulung zur XRechnung?', kind: 'list', titles: [T.erechnung] },
  {
    conv: 'xrechnung',
    q: 'Wo findet die statt?',
    kind: 'facts',
    titles: [T.erechnung],
    says: ['im Kreishaus Gelnhausen'],
  },
  {
    conv: 'xrechnung',
    q: 'Sind da noch Plätze frei?',
    kind: 'facts',
    titles: [T.erechnung],
    says: ['noch 20 von 20 Plätzen frei'],
  },
  // --- topic searches: colloquial wording, words only the summary or description has, compounds, synonyms --------------
  { q: 'Gibt es ein KI-Seminar?', kind: 'list', titles: [T.ki] },
  { q: 'Gibt es eine Schulung zur DSGVO?', kind: 'list', titles: [T.datenschutz] },
  { q: 'Ich suche eine Einführung in die elektronische Akte.', kind: 'list', titles: [T.eakte] },
  {
    q: 'Mein Team arbeitet viel im Homeoffice – gibt es ein Seminar, wie ich es gut führe?',
    kind: 'list',
    titles: [T.fuehrung],
  },
  { q: 'Wie modelliere ich Abläufe mit BPMN?', kind: 'list', titles: [T.prozess] },
  { q: 'Gibt es was zu Design Thinking?', kind: 'list', titles: [T.innovation] },
  { q: 'Gibt es einen Excel-Kurs?', kind: 'list', titles: [T.excel] },
  {
    q: 'Vor Vorträgen im Ausschuss habe ich immer Lampenfieber – welches Seminar hilft mir?',
    kind: 'list',
    titles: [T.praesentation],
  },
  { q: 'Wie sichern wir das Wissen von Kollegen, die bald in Rente gehen?', kind: 'list', titles: [T.wissen] },
  { q: 'Was gibt es zur BITV?', kind: 'list', titles: [T.barriere] },
  { q: 'Is there any training on phishing?', locale: 'en', kind: 'list', titles: [T.phishing] },
  // --- typos -----------------------------------------------------------------------------------------------------------
  { q: 'Präsentatiostraining', kind: 'list', titles: [T.praesentation] },
  { q: 'Datenschuts Schulung', kind: 'list', titles: [T.datenschutz] },
  { q: 'Barierefreiheit', kind: 'list', titles: [T.barriere] },
  { q: 'Inovationsmanagement Seminar', kind: 'list', titles: [T.innovation] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, cost, length, language, free seats -------
  { q: 'Was läuft diese Woche noch?', kind: 'list', titles: [T.teams, T.phishing] },
  {
    q: 'Was steht in den nächsten 14 Tagen an?',
    kind: 'list',
    titles: [T.teams, T.phishing, T.eakte, T.excel, T.eu, T.praesentation],
  },
  {
    q: 'Welche Seminare gibt es im Oktober?',
    kind: 'list',
    titles: [T.prozess, T.ki, T.lotsen, T.datenschutz, T.innovation, T.ozg],
  },
  {
    q: "What's on next month?",
    locale: 'en',
    kind: 'list',
    titles: [T.prozess, T.ki, T.lotsen, T.datenschutz, T.innovation, T.ozg],
  },
  { q: 'Gibt es nächste Woche vormittags etwas?', kind: 'list', titles: [T.eakte, T.eu] },
  { q: 'Anything online next week?', locale: 'en', kind: 'list', titles: [T.excel] },
  {
    q: 'Welche Präsenzseminare im November haben noch freie Plätze?',
    kind: 'list',
    titles: [T.agil, T.fuehrung, T.erechnung],
  },
  {
    q: 'Welche Seminare finden in Hanau statt?',
    kind: 'list',
    ...only(T.eu, T.praesentation, T.prozess, T.lotsen, T.innovation, T.agil),
  },
  { q: 'Was findet im November im Kreishaus statt?', kind: 'list', titles: [T.fuehrung, T.erechnung] },
  { q: 'Welche Kurse gibt Frau Hofacker?', kind: 'list', ...only(T.phishing, T.datenschutz) },
  { q: 'Was bietet die HZD an?', kind: 'list', ...only(T.teams, T.ki, T.ozg, T.barriere) },
  { q: 'Ich bin Führungskraft – welche Seminare sind für mich gedacht?', kind: 'list', ...only(T.fuehrung, T.wissen) },
  { q: 'Welche kostenlosen Seminare gibt es im Oktober?', kind: 'list', titles: [T.ki, T.datenschutz, T.ozg] },
  { q: 'Welche mehrtägigen Seminare gibt es?', kind: 'list', ...only(T.prozess, T.lotsen, T.agil) },
  { q: 'Which seminars are held in English?', locale: 'en', kind: 'list', titles: [T.eu] },
  // --- gone, no match, greeting ----------------------------------------------------------------------------------------
  { q: 'Findet der Drohnen-Kurs statt?', kind: 'gone', gone: T.drohnen },
  { q: 'Was kostet das Seminar zur Bürgerbeteiligung?', kind: 'gone', gone: T.beteiligung },
  { q: 'Wann war der Digitaltag?', kind: 'gone', gone: T.digitaltag, says: ['Do., 24.06.2027'] },
  { q: 'When was the Glasfaser seminar?', locale: 'en', kind: 'gone', gone: T.glasfaser, says: ['Tue, 31 Aug 2027'] },
  { q: 'Gibt es ein Seminar zu Social Media?', kind: 'none' },
  { q: 'Gibt es einen Gabelstaplerschein?', kind: 'none' },
  { q: 'Is there a beekeeping course?', locale: 'en', kind: 'none' },
  { q: 'Guten Morgen!', kind: 'help' },
  { q: 'Hello!', locale: 'en', kind: 'help' },
];

heldoutSuite(
  'answering questions about a forty-ninth, independent catalogue (Main-Kinzig-Kreis, Zentrum für Digitalisierung und Weiterbildung)',
  {
    fixture: 'heldout49-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
