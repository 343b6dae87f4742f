// Over-fitting check, forty-fourth catalogue: the joint 2027/28 programme of the Kompetenzzentrum Digitale Verwaltung
// Mayen-Koblenz (KDV) and the network of "kommunale Digitallotsen" for the Kreisverwaltung Mayen-Koblenz and its towns
// and Verbandsgemeinden (Andernach, Mayen, Bendorf, Vallendar, Maifeld, Weißenthurm), imported from a JSON file. Three
// places (Kreisverwaltung in Koblenz, Rathaus Andernach, Technologiezentrum Koblenz) and online; three providers (the
// KDV, the Zentrale Verwaltungsschule Rheinland-Pfalz (ZVS), the Hochschule Koblenz). The state-funded three-day
// Digitallotsen qualification (480 €, the Land pays half), two follow-up workshops restricted to the towns and to the
// Verbandsgemeinden, the yearly Lotsentag, and seminars for all staff: process management and BPMN, design thinking,
// change management, Scrum and retrospectives, leadership and hybrid teams, information security (awareness, BSI
// IT-Grundschutz, an emergency drill), data protection, the e-file, online services (OZG), e-invoicing, open data (one
// guest lecture in English), social media, presenting and moderating. Brochure texts in everyday vocabulary: catchy titles
// whose subject is only in the summary or description, abbreviations explained once, synonyms a colleague knows
// (Homeoffice → mobiles Arbeiten, KI → Künstliche Intelligenz, Prozesslandkarte → Prozessmanagement). Questions are
// written the way employees, digital guides and managers ask, without looking at the parser or the answers. Same
// assertions as the other suites: exactly the expected seminars (best first where one is clearly best), the asked fact
// in the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Tuesday 19 October 2027, 15:00 in Koblenz, still summer time until Sun 31.10.2027):
//   this week:  nothing more today; Wed 20.10. 09:00–11:30 online (tomorrow), Thu 21.10. 13:30–16:30 Kreisverwaltung
//               (the day after tomorrow); nothing on Fri 22.10.
//   next week:  Mon 25.10. morning, Tue 26.10. afternoon, Wed 27.10. morning, Thu 28.10. afternoon (English); the
//               Digitallotsen registration closes Fri 29.10. 23:59
//   no session from Fri 29.10. to Sun 07.11. (Allerheiligen week; only the cancelled QGIS course on Thu 04.11.)
//   November (winter time): Mon 08.11., Wed 10.11., Tue–Thu 16.–18.11. (Digitallotsen), Mon/Tue 22./23.11. (BPMN),
//               Thu 25.11., Tue 30.11.
//   December:   Thu 02.12., Tue 07.12. and Thu 09.12. (Scrum), then nothing until Thu 16.12.
//   January:    Tue/Wed 11./12.01.2028, Wed 19.01., Tue 25.01., Thu 27.01. (the cancelled Ratsinfo course on Tue 18.01.)
//   February:   Thu/Fri 03./04.02., Tue/Wed 08./09.02., Thu 17.02.
//   March:      Thu/Fri 02./03.03., the draft Low-Code course on Wed 15.03., and after the change to summer time
//               (Sun 26.03.2028) the Lotsentag on Thu 30.03.2028 09:30–15:30 CEST; the other draft on Tue 18.04.2028.
//   past:       Thu 16.09.2027 (kick-off Digitalstrategie 2030) and Fri 08.10.2027 (Barcamp).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-10-19T13:00:00Z'); // Tuesday, 19 October 2027, 15:00 in Koblenz (CEST)
const TZ = 'Europe/Berlin';

const T = {
  awareness: 'Klick mit Köpfchen: Informationssicherheit am Arbeitsplatz', // Wed 20.10.2027 09:00–11:30, online, free, phishing
  socialmedia: 'Amtlich, aber nicht langweilig: Social Media für Behörden', // Thu 21.10. 13:30–16:30, Kreisverwaltung, ZVS, 95 €, deadline passed Thu 14.10. 23:59
  design: 'Querdenken erlaubt: Design Thinking für die Verwaltung', // Mon 25.10. 09:00–12:30, Technologiezentrum, Hochschule Koblenz, 120 €, 16 seats
  erechnung: 'Die Rechnung kommt digital: E-Rechnung und XRechnung', // Tue 26.10. 13:00–16:00, online, 45 €
  eakte: 'Schluss mit Papierbergen: E-Akte und ersetzendes Scannen', // Wed 27.10. 09:00–12:00, Rathaus Andernach, free
  opendataEn: 'Open by Default: Open Data Lessons from European Cities', // Thu 28.10. 14:00–16:30, online, English, free, Ms Sanne de Vries
  datenschutz: 'Datenschutz ohne Drama: DSGVO-Grundlagen für Beschäftigte', // Mon 08.11. 13:00–16:30 (CET), hybrid (Kreisverwaltung), free
  prozess: 'Abläufe auf einen Blick: Einstieg ins Prozessmanagement', // Wed 10.11. 09:00–12:30, online, free
  lotsen: 'Digitallotsin, Digitallotse werden: Die Qualifizierung für kommunale Digitallotsen', // Tue–Thu 16.–18.11. 09:00–16:00, Kreisverwaltung, ZVS, 480 € (Land pays half), deadline Fri 29.10. 23:59
  bpmn: 'Vom Kästchen zum Prozess: Modellieren mit BPMN 2.0', // Mon 22.11. and Tue 23.11. 09:00–16:00, Technologiezentrum, Prof. Dr. Lehnert, 390 €
  notfall: 'Wenn die Server schweigen: Notfallübung IT-Ausfall', // Thu 25.11. 09:30–12:30, Kreisverwaltung, free, IT-Koordination, BSI 200-4
  ozg: 'Online statt Wartemarke: Verwaltungsleistungen im Bürgerportal', // Tue 30.11. 13:00–16:00, online, free, Onlinezugangsgesetz (OZG)
  werkstattStaedte: 'Lotsenwerkstatt Städte: Praxisfälle aus den Rathäusern', // Thu 02.12. 13:30–16:30, online, free, guides of Andernach, Mayen, Bendorf
  scrum: 'Sprint statt Stillstand: Agil arbeiten mit Scrum', // Tue 07.12. and Thu 09.12. 09:00–12:30, online, 150 €, Kanban in the description
  retro: 'Zurückschauen, um voranzukommen: Retrospektiven moderieren', // Thu 16.12. 13:00–16:30, Rathaus Andernach, 60 €, 12 seats
  change: 'Wandel gestalten: Change-Management in der Kommunalverwaltung', // Tue/Wed 11./12.01.2028 09:00–16:00, Kreisverwaltung, ZVS, 340 €, managers
  hybrid: 'Nah dran auf Distanz: Hybride Teams führen', // Wed 19.01.2028 09:00–12:00, online, ZVS, 120 €, managers, mobiles Arbeiten
  ki: 'Die Maschine als Schreibhilfe: Künstliche Intelligenz im Verwaltungsalltag', // Tue 25.01.2028 13:30–16:30, Technologiezentrum, free
  opendata: 'Daten für alle: Open Data in der Kommune', // Thu 27.01.2028 09:00–12:30, Technologiezentrum, Hochschule Koblenz, Prof. Dr. Lehnert, free
  fuehrung: 'Führen im digitalen Wandel: Orientierung geben, Digitalisierung gestalten', // Thu/Fri 03./04.02.2028 09:00–16:00, Kreisverwaltung, ZVS, 420 €, managers
  bsi: 'IT-Grundschutz kompakt: BSI-Standards für Kommunen', // Tue/Wed 08./09.02.2028 09:00–16:00, Technologiezentrum, 560 €, Dr. Jonas Weller, IT-Koordination
  werkstattVG: 'Lotsenwerkstatt Verbandsgemeinden: Kolleginnen und Kollegen mitnehmen', // Thu 17.02.2028 13:00–16:30, Kreisverwaltung, free, guides of the VGs
  moderation: 'Souverän vor der Gruppe: Präsentieren und Moderieren', // Thu/Fri 02./03.03.2028 09:00–16:00, Rathaus Andernach, ZVS, 290 €
  lotsentag: 'Lotsentag 2028: Jahrestreffen des Netzwerks kommunale Digitallotsen', // Thu 30.03.2028 09:30–15:30 (CEST), hybrid (Technologiezentrum), free
  lowcode: 'Fachverfahren zum Selbermachen: Low-Code-Plattformen', // draft
  beteiligung: 'Mitreden per Mausklick: Digitale Bürgerbeteiligung', // draft
  qgis: 'Karten für alle: Einstieg in QGIS', // cancelled
  ratsinfo: 'Digitale Gremienarbeit: Ratsinformationssystem und Sitzungs-App', // cancelled
  auftakt: 'Auftakt Digitalstrategie 2030: Der Landkreis macht sich auf den Weg', // past (Thu 16 September 2027)
  barcamp: 'Barcamp Digitale Verwaltung 2027: Ideen aus der Praxis', // past (Fri 8 October 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.lowcode, T.beteiligung, T.qgis, T.ratsinfo, T.auftakt, T.barcamp];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  {
    q: 'Was kostet die Qualifizierung zur Digitallotsin?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['kostet 480 €'],
    mentions: ['Das Land Rheinland-Pfalz übernimmt die Hälfte der Gebühr'],
  },
  {
    q: 'Ich bin Digitallotsin in Bendorf und will eine Kollegin anmelden: Wie hoch ist unser Eigenanteil bei der Digitallotsen-Qualifizierung?',
    kind: 'facts',
    titles: [T.lotsen],
    mentions: ['240 €'],
  },
  { q: 'How much does the BPMN training cost?', locale: 'en', kind: 'facts', titles: [T.bpmn], says: ['costs €390'] },
  // --- facts: when, start time, duration -------------------------------------------------------------------------------
  {
    q: 'Wann ist die Digitallotsen-Qualifizierung?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['an 3 Tagen', 'Di., 16.11.2027, Mi., 17.11.2027 und Do., 18.11.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'An welchen Tagen läuft der Scrum-Kurs?',
    kind: 'facts',
    titles: [T.scrum],
    says: ['an 2 Tagen', 'Di., 07.12.2027 und Do., 09.12.2027', 'jeweils von 09:00 bis 12:30 Uhr'],
  },
  {
    q: 'When is the Lotsentag, the annual meeting of the digital guides?',
    locale: 'en',
    kind: 'facts',
    titles: [T.lotsentag],
    says: ['takes place on Thu, 30 Mar 2028 from 09:30 to 15:30'],
  },
  {
    q: 'Wann fängt der Social-Media-Workshop an?',
    kind: 'facts',
    titles: [T.socialmedia],
    says: ['beginnt am Do., 21.10.2027 um 13:30 Uhr'],
  },
  {
    q: 'Wie lange dauert die Notfallübung?',
    kind: 'facts',
    titles: [T.notfall],
    says: ['dauert 3 Stunden, von 09:30 bis 12:30 Uhr'],
  },
  // --- facts: where, format, trainer, deadline, seats --------------------------------------------------------------------
  {
    q: 'Wo findet der Design-Thinking-Workshop statt?',
    kind: 'facts',
    titles: [T.design],
    says: ['im Technologiezentrum Koblenz'],
  },
  {
    q: 'Kann ich beim Datenschutz-Seminar auch online teilnehmen?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: [/findet hybrid statt|oder online statt/],
  },
  {
    q: 'Is the OZG workshop in person or online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ozg],
    says: ['takes place online'],
  },
  { q: 'Wer leitet den Grundschutz-Kurs?', kind: 'facts', titles: [T.bsi], says: ['leitet Herr Dr. Jonas Weller'] },
  {
    q: 'Who is giving the open data lecture in English?',
    locale: 'en',
    kind: 'facts',
    titles: [T.opendataEn],
    says: ['is led by Ms Sanne de Vries'],
  },
  {
    q: 'Bis wann muss ich mich zur Digitallotsen-Qualifizierung anmelden?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['bis Fr., 29.10.2027, 23:59 Uhr'],
  },
  {
    q: 'Wann war Anmeldeschluss für den Social-Media-Workshop?',
    kind: 'facts',
    titles: [T.socialmedia],
    says: ['am Do., 14.10.2027, 23:59 Uhr abgelaufen'],
  },
  {
    q: 'Sind bei dem Workshop zu Retrospektiven noch Plätze frei?',
    kind: 'facts',
    titles: [T.retro],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  { conv: 'bauamt', q: 'Für meine Kolleginnen im Bauamt: gibt es was zur E-Akte?', kind: 'list', titles: [T.eakte] },
  {
    conv: 'bauamt',
    q: 'Und wann genau?',
    kind: 'facts',
    titles: [T.eakte],
    says: ['am Mi., 27.10.2027 von 09:00 bis 12:00 Uhr'],
  },
  { conv: 'bauamt', q: 'Kostet das was?', kind: 'facts', titles: [T.eakte], says: ['ist kostenlos'] },
  { conv: 'bpmn', q: 'Bietet ihr eine BPMN-Schulung an?', kind: 'list', titles: [T.bpmn] },
  {
    conv: 'bpmn',
    q: 'Wer ist die Referentin?',
    kind: 'facts',
    titles: [T.bpmn],
    says: ['leitet Frau Prof. Dr. Katrin Lehnert'],
  },
  {
    conv: 'bpmn',
    q: 'Und wo findet die statt?',
    kind: 'facts',
    titles: [T.bpmn],
    says: ['im Technologiezentrum Koblenz'],
  },
  { conv: 'hybrid', q: 'Is there a seminar on managing hybrid teams?', locale: 'en', kind: 'list', titles: [T.hybrid] },
  { conv: 'hybrid', q: 'How much is it?', locale: 'en', kind: 'facts', titles: [T.hybrid], says: ['costs €120'] },
  {
    conv: 'hybrid',
    q: 'Can I join from home?',
    locale: 'en',
    kind: 'facts',
    titles: [T.hybrid],
    says: ['takes place online'],
  },
  // --- topic searches: colloquial wording, words only the summary or description has, compounds, synonyms --------------
  {
    q: 'Ich soll für unser Amt eine Prozesslandkarte erstellen – gibt es dazu eine Schulung?',
    kind: 'list',
    first: T.prozess,
  },
  { q: 'Gibt es eine Fortbildung zum Thema KI?', kind: 'list', titles: [T.ki] },
  {
    q: 'Mein halbes Team sitzt im Homeoffice – gibt es was dazu, wie man so ein Team führt?',
    kind: 'list',
    first: T.hybrid,
  },
  { q: 'Gibt es eine Schulung zur Sicherheit am PC, zum Beispiel gegen Phishing?', kind: 'list', first: T.awareness },
  { q: 'Was gibt es zum Thema IT-Sicherheit?', kind: 'list', ...only(T.awareness, T.notfall, T.bsi) },
  { q: 'Wir müssen noch OZG-Leistungen umsetzen – gibt es dazu eine Schulung?', kind: 'list', titles: [T.ozg] },
  { q: 'Wie funktioniert ein Kanban-Board? Gibt es dazu was?', kind: 'list', titles: [T.scrum] },
  { q: 'Welche Kurse gibt es zum BSI?', kind: 'list', first: T.bsi },
  {
    q: 'Ab nächstem Jahr bekommen wir nur noch elektronische Rechnungen – gibt es dazu eine Schulung?',
    kind: 'list',
    titles: [T.erechnung],
  },
  {
    q: 'Bei uns wird umstrukturiert und viele Kollegen blocken ab – gibt es was zum Umgang mit Widerständen?',
    kind: 'list',
    first: T.change,
  },
  {
    q: 'Unser Bürgermeister will, dass wir auf Instagram posten. Gibt es dafür ein Seminar?',
    kind: 'list',
    titles: [T.socialmedia],
  },
  {
    q: 'Is there any training on publishing open data?',
    locale: 'en',
    kind: 'list',
    ...only(T.opendata, T.opendataEn),
  },
  {
    q: 'Wir wollen im Bürgerservice neue Ideen ausprobieren – gibt es was zu Innovation?',
    kind: 'list',
    first: T.design,
  },
  // --- typos -----------------------------------------------------------------------------------------------------------
  { q: 'Digitallotzen Ausbildung', kind: 'list', first: T.lotsen },
  { q: 'Datenschtuz Schulung', kind: 'list', titles: [T.datenschutz] },
  { q: 'Retrospektieven moderieren', kind: 'list', first: T.retro },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, cost, length, language, free seats -------
  { q: 'Ist übermorgen irgendwas?', kind: 'list', titles: [T.socialmedia] },
  {
    q: 'Was läuft in den nächsten zwei Wochen?',
    kind: 'list',
    titles: [T.awareness, T.socialmedia, T.design, T.erechnung, T.eakte, T.opendataEn],
  },
  { q: 'Anything next week in the afternoon?', locale: 'en', kind: 'list', titles: [T.erechnung, T.opendataEn] },
  {
    q: "What's on next month?",
    locale: 'en',
    kind: 'list',
    titles: [T.datenschutz, T.prozess, T.lotsen, T.bpmn, T.notfall, T.ozg],
  },
  { q: 'Was ist Anfang Dezember geplant?', kind: 'list', titles: [T.werkstattStaedte, T.scrum] },
  { q: 'Welche Seminare finden im Rathaus Andernach statt?', kind: 'list', ...only(T.eakte, T.retro, T.moderation) },
  { q: 'Welche Kurse gibt Frau Prof. Lehnert?', kind: 'list', ...only(T.bpmn, T.opendata) },
  { q: 'Was bietet die Hochschule Koblenz an?', kind: 'list', ...only(T.design, T.bpmn, T.opendata) },
  {
    q: 'Ich bin Führungskraft – welche Seminare sind für mich gedacht?',
    kind: 'list',
    ...only(T.change, T.hybrid, T.fuehrung),
  },
  {
    q: 'Welche Angebote gibt es speziell für Digitallotsen?',
    kind: 'list',
    ...only(T.lotsen, T.werkstattStaedte, T.werkstattVG, T.lotsentag),
  },
  {
    q: 'Welche kostenlosen Seminare gibt es im November?',
    kind: 'list',
    titles: [T.datenschutz, T.prozess, T.notfall, T.ozg],
  },
  { q: 'Gibt es im Februar mehrtägige Seminare?', kind: 'list', titles: [T.fuehrung, T.bsi] },
  { q: 'Are any of the seminars held in English?', locale: 'en', kind: 'list', titles: [T.opendataEn] },
  {
    q: 'Welche Präsenzseminare im Januar haben noch freie Plätze?',
    kind: 'list',
    titles: [T.change, T.ki, T.opendata],
  },
  // --- gone, no match, greeting ----------------------------------------------------------------------------------------
  { q: 'Findet der QGIS-Kurs noch statt?', kind: 'gone', gone: T.qgis },
  { q: 'Wann ist die Schulung zum Ratsinformationssystem?', kind: 'gone', gone: T.ratsinfo },
  { q: 'Wann war das Barcamp Digitale Verwaltung?', kind: 'gone', gone: T.barcamp, says: ['Fr., 08.10.2027'] },
  {
    q: 'When was the kick-off event for the Digitalstrategie 2030?',
    locale: 'en',
    kind: 'gone',
    gone: T.auftakt,
    says: [/Thu, 16 Sept? 2027/],
  },
  { q: 'Gibt es einen Staplerschein?', kind: 'none' },
  { q: 'Gibt es eine Fortbildung zu Blockchain?', kind: 'none' },
  { q: 'Is there a Spanish course for beginners?', locale: 'en', kind: 'none' },
  { q: 'Hallo zusammen', kind: 'help' },
  { q: 'Hi', locale: 'en', kind: 'help' },
];

heldoutSuite(
  'answering questions about a forty-fourth, independent catalogue (Landkreis Mayen-Koblenz, Digitallotsen)',
  {
    fixture: 'heldout44-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
