// Over-fitting check, fourteenth catalogue: the 2027 programme of the Kreis Steinfurt (Kreishaus Steinfurt, Studieninstitut
// Münsterland, the state's Digitallotsen programme, citeq as IT provider) imported from a JSON file, and questions written
// the way employees ask, without looking at the parser or the answers. Same assertions as the other suites: exactly the
// expected seminars (best first where one is clearly best), the asked fact in the first sentence, never a draft, cancelled
// or past seminar.
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-08-16T07:00:00Z'); // Monday, 16 August 2027, 09:00 in Steinfurt
const TZ = 'Europe/Berlin';

const T = {
  eakte: 'Einführung in die E-Akte: Ablage, Vorgangsbearbeitung und Mitzeichnung', // 18.08., deadline passed
  erechnung: 'E-Rechnung: Eingang, Prüfung und Freigabe im digitalen Workflow', // 24.08., online
  excel: 'Excel im Verwaltungsalltag – Aufbaukurs: Formeln, Pivot-Tabellen und Diagramme', // 25.–26.08., Rheine
  dsgvo: 'Datenschutz im Verwaltungsalltag – die DSGVO praxisnah umsetzen', // 26.08., online
  azubi: 'Fit für die digitale Verwaltung: Starterworkshop für Auszubildende und Nachwuchskräfte', // 27.08., Kreishaus
  teams: 'Zusammenarbeit mit Microsoft Teams und SharePoint', // 02.09., online, free
  isms: 'Informationssicherheit für Beschäftigte: Basisschulung', // 07.09., Kreishaus, free
  lotsen: 'Qualifizierung zur Digitallotsin und zum Digitallotsen', // 09.09., 30.09., 21.10., 11.11., Ibbenbüren
  barriere: 'Barrierefreie PDF- und Word-Dokumente erstellen', // 13.09., online, afternoon
  konflikt: 'Schwierige Situationen im Publikumsverkehr souverän meistern', // 15.09., Lengerich
  agil: 'Agile Methoden in der Verwaltung: Scrum und Kanban in der Praxis', // 16.–17.09., Rheine
  mobil: 'Mobiles Arbeiten gesund und sicher gestalten', // 22.09., online, afternoon, free
  qgis: 'GIS-Einstieg mit QGIS für die Fachämter', // 27.–28.09., Münster
  sprache: 'Verständlich schreiben: Bürgerbriefe und Bescheide in klarer Sprache', // 01.10., Emsdetten
  euFunding: 'EU Funding for Municipalities: Writing Successful Project Applications', // 05. + 12.10., online, English
  zeit: 'Selbstorganisation und Zeitmanagement im Büro', // 05. + 07.10., online, afternoons
  ozg: 'Onlinezugangsgesetz in der Praxis: Verwaltungsleistungen digital anbieten', // 07.10., hybrid
  isb: 'IT-Grundschutz kompakt für Informationssicherheitsbeauftragte', // 11.–13.10., Münster
  presenting: 'Presenting with Confidence in English', // 14.10., online, afternoon, English
  neuFuehrung: 'Neu in der Führungsrolle: Orientierung für die ersten Monate', // 19.–21.10., Rheine
  ki: 'Künstliche Intelligenz in der Verwaltung: Chancen, Grenzen, Praxis', // 26.10., hybrid, afternoon
  prozess: 'Prozessmanagement: Verwaltungsabläufe erheben, modellieren und optimieren', // 27.–28.10., Kreishaus
  social: 'Social Media für Kommunen: Instagram, Facebook & Co. rechtssicher nutzen', // 03.11., hybrid
  fuehrung: 'Führen auf Distanz: hybride Teams wirksam leiten', // 08.–09.11., Rheine
  vergabe: 'Vergaberecht kompakt: Aufträge unterhalb der EU-Schwellenwerte', // 16.11., Greven
  intercultural: 'Intercultural Communication in Public Services', // 23.11., Rheine, English
  drohnen: 'Drohnen im Bevölkerungsschutz: Einsatz und Rechtsrahmen', // draft
  podcast: 'Podcasts für die Pressearbeit: Konzept, Aufnahme, Schnitt', // draft
  powerbi: 'Power BI für Controlling und Berichtswesen', // cancelled
  resilienz: 'Resilienz im Arbeitsalltag: Stress vorbeugen, Kraft schöpfen', // cancelled
  auftakt: 'Auftaktveranstaltung zur Digitalstrategie des Kreises Steinfurt', // past (10 June 2027)
  phishing: 'Phishing-Mails erkennen – Live-Webinar', // past (13 July 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.drohnen, T.podcast, T.powerbi, T.resilienz, T.auftakt, T.phishing];
const offered = all.filter((t) => !NEVER.includes(t));

const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  { q: 'Was kostet das Seminar zum Onlinezugangsgesetz?', kind: 'facts', titles: [T.ozg], says: ['kostet 290 €'] },
  {
    q: 'Wie teuer ist die Fortbildung für Informationssicherheitsbeauftragte?',
    kind: 'facts',
    titles: [T.isb],
    says: ['kostet 1.190 €'],
    mentions: ['inklusive Verpflegung und Schulungsunterlagen'],
  },
  { q: 'Was kostet das Seminar zur Barierefreiheit?', kind: 'facts', titles: [T.barriere], says: ['kostet 140 €'] }, // typo
  // --- facts: when, start time, duration ------------------------------------------------------------------------------
  {
    q: 'Wann ist das Seminar zur E-Rechnung?',
    kind: 'facts',
    titles: [T.erechnung],
    says: ['Di., 24.08.2027 von 09:00 bis 12:00 Uhr'],
  },
  {
    q: 'Wann geht die Digitalotsen-Qualifizierung los?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['09.09.2027'],
    miss: 'a typo inside a hyphenated compound is not corrected',
  }, // typo
  {
    q: 'Um wie viel Uhr fängt der Excel-Kurs an?',
    kind: 'facts',
    titles: [T.excel],
    says: ['beginnt am Mi., 25.08.2027 um 08:30 Uhr'],
  },
  {
    q: 'Wie lange dauert das Seminar zum Prozessmanagement?',
    kind: 'facts',
    titles: [T.prozess],
    says: ['dauert 2 Tage'],
  },
  // --- facts: trainer -------------------------------------------------------------------------------------------------
  {
    q: 'Wer leitet die Schulung zu Bürgerbriefen in klarer Sprache?',
    kind: 'facts',
    titles: [T.sprache],
    says: ['Frau Dr. Hannah Berning'],
  },
  {
    q: 'Wer leitet das Seminar für neue Führungskräfte?',
    kind: 'facts',
    titles: [T.neuFuehrung],
    says: ['Frau Claudia Rensing und Herr Dr. Heiner Kortmann'],
  },
  // --- facts: registration deadline, seats, format --------------------------------------------------------------------
  {
    q: 'Bis wann muss ich mich für die Basisschulung Informationssicherheit anmelden?',
    kind: 'facts',
    titles: [T.isms],
    says: ['31.08.2027'],
  },
  {
    q: 'Wann ist Anmeldeschluss für die E-Akte-Einführung?',
    kind: 'facts',
    titles: [T.eakte],
    says: ['abgelaufen', '11.08.2027'],
  },
  {
    q: 'Gibt es beim Deeskalationstraining noch freie Plätze?',
    kind: 'facts',
    titles: [T.konflikt],
    says: ['noch 14 von 14 Plätzen frei'],
  },
  {
    q: 'Ist das Social-Media-Seminar online oder in Präsenz?',
    kind: 'facts',
    titles: [T.social],
    says: ['findet hybrid statt'],
  },
  { q: 'Findet der Datenschutzkurs vor Ort statt?', kind: 'facts', titles: [T.dsgvo], says: ['findet online statt'] },
  // --- follow-ups -----------------------------------------------------------------------------------------------------
  { conv: 'vergabe', q: 'Gibt es etwas zum Vergaberecht?', kind: 'list', titles: [T.vergabe] },
  { conv: 'vergabe', q: 'Und wo findet der statt?', kind: 'facts', titles: [T.vergabe], says: ['Rathaus Greven'] },
  { conv: 'vergabe', q: 'Was kostet das?', kind: 'facts', titles: [T.vergabe], says: ['kostet 260 €'] },
  { conv: 'gis', q: 'Ich suche eine Einführung in Geoinformationssysteme', kind: 'list', titles: [T.qgis] },
  { conv: 'gis', q: 'Wie viele Tage geht der?', kind: 'facts', titles: [T.qgis], says: ['dauert 2 Tage'] },
  {
    conv: 'gis',
    q: 'Sind da noch Plätze frei?',
    kind: 'facts',
    titles: [T.qgis],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  { conv: 'leer', q: 'Und wie lange dauert der?', kind: 'noContext' },
  // --- topic searches: colloquial, descriptions, synonyms, compounds, typos -------------------------------------------
  { q: 'Wie gehe ich am besten mit aggressiven Besuchern am Schalter um?', kind: 'list', titles: [T.konflikt] },
  { q: 'Gibt es was, damit meine Schreiben weniger nach Amtsdeutsch klingen?', kind: 'list', titles: [T.sprache] },
  { q: 'Wie mache ich PDFs, die auch mit Screenreader funktionieren?', kind: 'list', titles: [T.barriere] },
  { q: 'Wie erkenne ich Phishing-Mails?', kind: 'list', titles: [T.isms] },
  {
    q: 'Gibt es was zum Thema Homeoffice?',
    kind: 'list',
    first: T.mobil,
    excludes: offered.filter((t) => t !== T.mobil && t !== T.fuehrung),
  },
  { q: 'Gibt es Schulungen zu KI?', kind: 'list', titles: [T.ki] },
  { q: 'Ich will ChatGPT im Job nutzen – gibt es dazu eine Schulung?', kind: 'list', titles: [T.ki] },
  { q: 'Welche Schulungen gibt es zur IT-Sicherheit?', kind: 'list', ...only(T.isms, T.isb) },
  { q: 'Gibt es Schulungen zur Informationsicherheit?', kind: 'list', ...only(T.isms, T.isb) }, // typo
  { q: 'Gibt es etwas zur Rechnungsbearbeitung?', kind: 'list', titles: [T.erechnung] },
  { q: 'Ich suche Seminare zum Thema Führung', kind: 'list', ...only(T.neuFuehrung, T.fuehrung) },
  {
    q: 'Ich muss bald einen Auftrag ausschreiben – welche Fortbildung hilft mir da?',
    kind: 'list',
    titles: [T.vergabe],
  },
  // --- filters: dates and time of day ---------------------------------------------------------------------------------
  { q: 'Was läuft nächste Woche?', kind: 'list', titles: [T.erechnung, T.excel, T.dsgvo, T.azubi] },
  {
    q: 'Welche Seminare gibt es in den nächsten zwei Wochen?',
    kind: 'list',
    titles: [T.eakte, T.erechnung, T.excel, T.dsgvo, T.azubi],
  },
  { q: 'Welche Online-Seminare gibt es im September?', kind: 'list', titles: [T.teams, T.barriere, T.mobil] },
  { q: 'Ist im Oktober was zu Informationssicherheit?', kind: 'list', titles: [T.isb] },
  {
    q: 'Welche Seminare finden nachmittags statt?',
    kind: 'list',
    ...only(T.barriere, T.mobil, T.zeit, T.presenting, T.ki),
  },
  { q: 'Gibt es nächste Woche was am Vormittag?', kind: 'list', titles: [T.erechnung, T.dsgvo] },
  // --- filters: format, place, trainer, provider ----------------------------------------------------------------------
  { q: 'Welche Seminare sind hybrid?', kind: 'list', ...only(T.ozg, T.ki, T.social) },
  { q: 'Gibt es Excel-Schulungen auch online?', kind: 'none' },
  {
    q: 'Welche Seminare finden in Rheine statt?',
    kind: 'list',
    ...only(T.excel, T.agil, T.neuFuehrung, T.fuehrung, T.intercultural),
  },
  {
    q: 'Was wird im Kreishaus Steinfurt angeboten?',
    kind: 'list',
    ...only(T.eakte, T.azubi, T.isms, T.ozg, T.ki, T.prozess, T.social),
  },
  { q: 'Welche Seminare gibt Frau Rensing?', kind: 'list', ...only(T.neuFuehrung, T.fuehrung) },
  { q: 'Was bietet citeq an?', kind: 'list', ...only(T.eakte, T.erechnung, T.excel, T.teams, T.isms, T.qgis, T.isb) },
  // --- filters: audience, cost, length, language, free seats ----------------------------------------------------------
  { q: 'Ich bin Führungskraft – welche Seminare passen für mich?', kind: 'list', ...only(T.neuFuehrung, T.fuehrung) },
  {
    q: 'Welche Fortbildungen sind kostenlos?',
    kind: 'list',
    ...only(T.eakte, T.azubi, T.teams, T.isms, T.lotsen, T.mobil),
  },
  { q: 'Welche mehrtägigen Seminare gibt es im Kreishaus?', kind: 'list', titles: [T.prozess] },
  { q: 'Gibt es auch Seminare auf Englisch?', kind: 'list', ...only(T.euFunding, T.presenting, T.intercultural) },
  { q: 'Welche Führungsseminare haben noch Plätze frei?', kind: 'list', ...only(T.neuFuehrung, T.fuehrung) },
  // --- cancelled, past, draft, nothing --------------------------------------------------------------------------------
  { q: 'Was kostet der Power-BI-Kurs?', kind: 'gone', gone: T.powerbi },
  { q: 'Wann war die Auftaktveranstaltung zur Digitalstrategie?', kind: 'gone', gone: T.auftakt },
  { q: 'Ich würde gern am Resilienz-Seminar teilnehmen', kind: 'gone', gone: T.resilienz },
  { q: 'Gibt es eine Schulung zu Drohnen?', kind: 'none' },
  { q: 'Gibt es einen Erste-Hilfe-Kurs?', kind: 'none' },
  // --- greeting, help, registrations ----------------------------------------------------------------------------------
  { q: 'Moin!', kind: 'help' },
  { q: 'Was kannst du alles?', kind: 'help' },
  { q: 'Zeig mir meine Anmeldungen', kind: 'myRegistrations' },
  // --- English --------------------------------------------------------------------------------------------------------
  { q: 'How much is the Excel course?', locale: 'en', kind: 'facts', titles: [T.excel], says: ['costs €320'] },
  {
    q: 'When is the intercultural communication seminar?',
    locale: 'en',
    kind: 'facts',
    titles: [T.intercultural],
    says: ['Tue, 23 Nov 2027 from 09:00 to 16:00'],
  },
  {
    q: 'Who teaches the presentation training?',
    locale: 'en',
    kind: 'facts',
    titles: [T.presenting],
    says: ['Ms Fiona McAllister'],
  },
  {
    q: 'When does registration for the data protection seminar close?',
    locale: 'en',
    kind: 'facts',
    titles: [T.dsgvo],
    says: ['19 Aug 2027'],
  },
  {
    q: 'Is there still room in the Scrum course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.agil],
    says: ['16 of 16 seats left'],
  },
  {
    q: 'Are there any seminars held in English?',
    locale: 'en',
    kind: 'list',
    ...only(T.euFunding, T.presenting, T.intercultural),
  },
  {
    q: 'What is on next month?',
    locale: 'en',
    kind: 'list',
    titles: [T.teams, T.isms, T.lotsen, T.barriere, T.konflikt, T.agil, T.mobil, T.qgis],
  },
  {
    q: 'Which seminars are in the afternoon in October?',
    locale: 'en',
    kind: 'list',
    titles: [T.zeit, T.presenting, T.ki],
  },
  { conv: 'eu', q: 'Do you have anything on EU funding?', locale: 'en', kind: 'list', titles: [T.euFunding] },
  { conv: 'eu', q: 'What does it cost?', locale: 'en', kind: 'facts', titles: [T.euFunding], says: ['costs €150'] },
  {
    conv: 'eu',
    q: 'Is it held online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.euFunding],
    says: ['takes place online'],
  },
  { q: 'Hello!', locale: 'en', kind: 'help' },
];

heldoutSuite('answering questions about a fourteenth, independent catalogue (Kreis Steinfurt)', {
  fixture: 'heldout14-catalogue.json',
  now,
  timeZone: TZ,
  cases: CASES,
  titles: all,
  never: NEVER,
});
