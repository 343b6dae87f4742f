// Over-fitting check, fifth catalogue: the 2027 programme of the StädteRegion Aachen (its personnel development, the
// regio iT akademie, the Verwaltungsseminar Aachen, the state's Digitallotsen programme) imported from a JSON file, and
// questions written the way employees and international staff ask, without looking at the parser or the answers. Same
// assertions as the other suites: exactly the expected seminars (best first where one is clearly best), the asked fact
// in the first sentence, never a draft, cancelled or past seminar.
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-04-15T08:00:00Z'); // Thursday, 15 April 2027, 10:00 in Aachen (CEST)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Phishing, Social Engineering & Co.: Informationssicherheit am Arbeitsplatz', // online, Fr 16.04., deadline passed
  erechnung: 'E-Rechnung: XRechnung empfangen, prüfen und buchen', // online, Di 20.04. 09–12
  teams: 'Microsoft Teams effektiv nutzen: Chats, Kanäle und Besprechungen', // online, Di 20.04. 14–16:30
  eakte: 'Die E-Akte im Alltag: Dokumente ablegen, finden und mitzeichnen', // Haus der StädteRegion, Mi 21.04.
  excel: 'Excel kompakt: Formeln, Filter und Diagramme', // regio iT, 27./28.04. vormittags
  barriere: 'Barrierefreie PDFs und Word-Dokumente erstellen', // online, Mi 28.04.
  zeit: 'Selbstorganisation und Zeitmanagement im Büro', // Herzogenrath, Di 04.05. nachmittags
  datenschutz: 'Datenschutz kompakt für Sachbearbeitung und Bürgerservice', // online, Mo 10.05.
  ki: 'Künstliche Intelligenz in der Verwaltung: Chancen, Grenzen, Praxis', // hybrid, Di 11.05. nachmittags
  english: 'Confident Phone Calls and Meetings in English', // online, en, Mi 12.05. 15–17
  ozg: 'OZG und Onlinezugang: Verwaltungsleistungen Ende-zu-Ende digitalisieren', // Eschweiler, 18./19.05.
  konflikt: 'Souverän bleiben bei schwierigen Gesprächen im Bürgerbüro', // Haus der StädteRegion, Do 20.05.
  mobil: 'Gesund und produktiv im mobilen Arbeiten', // online, Fr 21.05.
  lotsen: 'Digitallotsinnen und Digitallotsen: Basisqualifizierung 2027', // 25.05., 15.06., 06.07.
  cyber: 'Cyber Security Awareness for International Staff', // online, en, Di 25.05.
  social: 'Social Media in der kommunalen Öffentlichkeitsarbeit', // Mi 02.06.
  fuehren: 'Digital führen: Teams auf Distanz leiten', // Monschau, 07.–09.06.
  orientation: 'Working in German Public Administration: An Orientation for International Staff', // en, Do 10.06.
  schreiben: 'Verständlich schreiben: Bescheide und Bürgerbriefe in klarer Sprache', // Stolberg, Do 17.06.
  prozess: 'Prozessmanagement: Abläufe aufnehmen, modellieren, verbessern', // 22./23.06.
  vergabe: 'Vergaberecht für Einsteiger: Unterschwellenvergabe sicher anwenden', // Eschweiler, Do 24.06.
  wissen: 'Wissensmanagement: Erfahrungswissen im Team sichern', // online, Di 29.06.
  gis: 'Geodaten nutzen: Einstieg in QGIS und das Geoportal der StädteRegion', // 05./06.07.
  powerbi: 'Daten auswerten und visualisieren mit Power BI', // hybrid, Do 08.07.
  azubi: 'Fit für die digitale Ausbildung: Office und E-Akte für Auszubildende', // 23.–25.08.
  doppik: 'Doppik verstehen: Der kommunale Haushalt für Nicht-Kämmerer', // Monschau, Mi 08.09.
  agil: 'Agiles Arbeiten mit Scrum und Kanban in der Verwaltung', // 16./17.09.
  chatbots: 'Chatbots und digitale Assistenten im Bürgerbüro', // draft
  lowcode: 'Low-Code: Fachanwendungen selbst bauen mit Power Apps', // draft
  planner: 'Kanban-Boards mit Microsoft Planner', // cancelled
  resilienz: 'Resilienz im Führungsalltag', // cancelled
  auftakt: 'Auftakt 2027: Die Digitalstrategie der StädteRegion Aachen', // past (17 February 2027)
  passwort: 'Passwörter und Zwei-Faktor-Authentifizierung sicher nutzen', // past (10 March 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.chatbots, T.lowcode, T.planner, T.resilienz, T.auftakt, T.passwort];
const offered = all.filter((t) => !NEVER.includes(t));

const only = onlyAmong(all, NEVER);
/** These seminars; the listed neutral ones may or may not appear (the question is open about them); no others. */
const onlyBut = (titles: string[], neutral: string[]) => ({
  includes: titles,
  excludes: offered.filter((t) => !titles.includes(t) && !neutral.includes(t)),
});

const regioIt = [T.phishing, T.erechnung, T.teams, T.excel, T.barriere, T.ki, T.cyber, T.powerbi];
const verwaltungsseminar = [T.zeit, T.datenschutz, T.ozg, T.fuehren, T.schreiben, T.prozess, T.vergabe, T.doppik];
const june = [T.social, T.fuehren, T.orientation, T.schreiben, T.prozess, T.vergabe, T.wissen];
const nextTwoWeeks = [T.phishing, T.erechnung, T.teams, T.eakte, T.excel, T.barriere];

const CASES: Case[] = [
  // --- facts (German) -------------------------------------------------------------------------------------------------
  { q: 'Was kostet das Excel-Seminar?', kind: 'facts', titles: [T.excel], says: ['kostet 280 €'] },
  { q: 'Muss ich für die Teams-Schulung etwas bezahlen?', kind: 'facts', titles: [T.teams], says: ['ist kostenlos'] },
  {
    q: 'Wann ist das Datenschutz-Seminar?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['Mo., 10.05.2027 von 09:00 bis 12:30 Uhr'],
  },
  {
    q: 'Wie lange dauert das OZG-Seminar?',
    kind: 'facts',
    titles: [T.ozg],
    says: ['dauert 2 Tage', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'Um wie viel Uhr fängt das Zeitmanagement-Seminar an?',
    kind: 'facts',
    titles: [T.zeit],
    says: ['beginnt am Di., 04.05.2027 um 13:00 Uhr'],
  },
  {
    q: 'Bis wann muss ich mich für das Seminar zu Bürgerbriefen anmelden?',
    kind: 'facts',
    titles: [T.schreiben],
    says: ['anmelden', '03.06.2027'],
  },
  {
    q: 'Gibt es im Kurs zu barrierefreien PDFs noch freie Plätze?',
    kind: 'facts',
    titles: [T.barriere],
    says: ['noch 20 von 20 Plätzen frei'],
  },
  { q: 'Ist das KI-Seminar online oder vor Ort?', kind: 'facts', titles: [T.ki], says: ['findet hybrid statt'] },
  {
    q: 'Findet der Social-Media-Workshop in Präsenz statt?',
    kind: 'facts',
    titles: [T.social],
    says: ['findet in Präsenz statt'],
  },
  {
    q: 'Ist die Anmeldefrist für die Phishing-Schulung schon abgelaufen?',
    kind: 'facts',
    titles: [T.phishing],
    says: ['Anmeldefrist', 'abgelaufen', '09.04.2027'],
  },
  {
    q: 'An welchen Terminen findet die Digitallotsen-Qualifizierung statt?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['an 3 Tagen', '25.05.2027', '06.07.2027'],
  },

  // --- follow-ups (German) -------------------------------------------------------------------------------------------
  { conv: 'geo', q: 'Gibt es was zu Karten und Geodaten?', kind: 'list', titles: [T.gis] },
  { conv: 'geo', q: 'Was kostet der?', kind: 'facts', titles: [T.gis], says: ['kostet 340 €'] },
  { conv: 'geo', q: 'Und wo findet er statt?', kind: 'facts', titles: [T.gis], says: ['regio iT Schulungszentrum'] },
  {
    conv: 'rechnung',
    q: 'Wann ist die Schulung zur E-Rechnung?',
    kind: 'facts',
    titles: [T.erechnung],
    says: ['Di., 20.04.2027 von 09:00 bis 12:00 Uhr'],
  },
  { conv: 'rechnung', q: 'Ist das online?', kind: 'facts', titles: [T.erechnung], says: ['findet online statt'] },
  {
    conv: 'rechnung',
    q: 'Gibt es da noch Plätze?',
    kind: 'facts',
    titles: [T.erechnung],
    says: ['noch 25 von 25 Plätzen frei'],
  },
  { conv: 'scrum', q: 'Habt ihr was zu Scrum?', kind: 'list', titles: [T.agil] },
  { conv: 'scrum', q: 'Wie lange geht das?', kind: 'facts', titles: [T.agil], says: ['dauert 2 Tage'] },
  { conv: 'scrum', q: 'Bis wann muss ich mich anmelden?', kind: 'facts', titles: [T.agil], says: ['31.08.2027'] },
  { conv: 'leer', q: 'Was kostet das?', kind: 'noContext' },

  // --- topic searches: colloquial, typos, compounds, paraphrases (German) ----------------------------------------------
  // The phishing course is as much about e-mails as the one on the flood of them: telling them apart needs to know
  // what "drowning" means.
  { q: 'Ich ertrinke in E-Mails – gibt es dafür eine Fortbildung?', kind: 'list', titles: [T.zeit] },
  // "Bürgern" fits the counter course and the one on letters to citizens equally; "pöbelnd" and "Schalter" are in neither.
  { q: 'Wie gehe ich am Schalter mit pöbelnden Bürgern um?', kind: 'list', titles: [T.konflikt] },
  { q: 'Gibt es eine Schulung zu ChatGPT?', kind: 'list', titles: [T.ki] },
  {
    q: 'Ich arbeite viel im Homeoffice, gibt es dazu was?',
    kind: 'list',
    first: T.mobil,
    ...onlyBut([T.mobil], [T.fuehren]),
  },
  {
    q: 'Gibt es was zur Informationssicherhiet?',
    kind: 'list',
    first: T.phishing,
    ...onlyBut([T.phishing, T.cyber], [T.azubi]),
  },
  { q: 'Seminar Prozesmanagement', kind: 'list', titles: [T.prozess] },
  { q: 'Was gibt es zum Thema Sicherheit?', kind: 'list', ...onlyBut([T.phishing, T.cyber], [T.azubi]) },
  { q: 'Wie formuliere ich Bescheide so, dass Bürger sie verstehen?', kind: 'list', titles: [T.schreiben] },
  { q: 'Eine Kollegin geht bald in Rente. Wie sichern wir ihr Wissen?', kind: 'list', titles: [T.wissen] },

  // --- filters: date, time of day, format, place, trainer, provider, audience, cost, length, language, seats ----------
  { q: 'Welche Seminare gibt es nächste Woche?', kind: 'list', titles: [T.erechnung, T.teams, T.eakte] },
  { q: 'Was gibt es in den nächsten zwei Wochen?', kind: 'list', titles: nextTwoWeeks },
  { q: 'Welche Seminare sind im Mai am Nachmittag?', kind: 'list', titles: [T.zeit, T.ki, T.english] },
  {
    q: 'Gibt es im April noch Seminare vormittags?',
    kind: 'list',
    ...onlyBut([T.phishing, T.erechnung, T.excel, T.barriere], [T.eakte]),
  },
  { q: 'Welche Präsenzseminare gibt es in Eschweiler?', kind: 'list', ...only(T.ozg, T.vergabe) },
  {
    q: 'Was findet im Haus der StädteRegion statt?',
    kind: 'list',
    ...only(T.eakte, T.ki, T.konflikt, T.lotsen, T.social, T.orientation, T.agil),
  },
  { q: 'Welche Kurse gibt Herr Offermann?', kind: 'list', ...only(T.ozg, T.prozess) },
  { q: 'Was bietet das Verwaltungsseminar an?', kind: 'list', ...only(...verwaltungsseminar) },
  { q: 'Was bietet die regio iT akademie an?', kind: 'list', ...only(...regioIt) },
  // Added by the team after the provider fixes (not held out): a provider named without "bietet".
  { q: 'Welche Kurse hat die regio iT akademie im Programm?', kind: 'list', ...only(...regioIt) },
  { q: 'Was hat das Verwaltungsseminar im Angebot?', kind: 'list', ...only(...verwaltungsseminar) },
  {
    q: 'Ich bin Führungskraft – welche Seminare passen zu mir?',
    kind: 'list',
    first: T.fuehren,
    ...onlyBut([T.fuehren], [T.wissen, T.agil]),
  },
  { q: 'Gibt es was für Azubis?', kind: 'list', titles: [T.azubi] },
  { q: 'Welche kostenlosen Seminare gibt es im Juni?', kind: 'list', ...onlyBut([T.orientation], [T.lotsen]) },
  {
    q: 'Welche mehrtägigen Seminare gibt es?',
    kind: 'list',
    ...only(T.excel, T.ozg, T.fuehren, T.lotsen, T.prozess, T.gis, T.azubi, T.agil),
  },
  { q: 'Wo sind im September noch Plätze frei?', kind: 'list', titles: [T.doppik, T.agil] },

  // --- gone, nothing found, help, registrations (German) -------------------------------------------------------------
  { q: 'Was kostet der Planner-Kurs?', kind: 'gone', gone: T.planner },
  { q: 'Findet das Resilienz-Seminar für Führungskräfte statt?', kind: 'gone', gone: T.resilienz },
  { q: 'Wann war die Auftaktveranstaltung zur Digitalstrategie?', kind: 'gone', gone: T.auftakt },
  { q: 'Gibt es einen Kurs für den Gabelstaplerschein?', kind: 'none' },
  { q: 'Gibt es was zu Low-Code?', kind: 'none' },
  { q: 'Hallo!', kind: 'help' },
  { q: 'Meine Anmeldungen', kind: 'myRegistrations' },

  // --- English --------------------------------------------------------------------------------------------------------
  { locale: 'en', q: 'How much is the Excel course?', kind: 'facts', titles: [T.excel], says: ['costs €280'] },
  {
    locale: 'en',
    q: 'When is the Power BI training?',
    kind: 'facts',
    titles: [T.powerbi],
    says: ['Thu, 8 Jul 2027 from 09:00 to 16:00'],
  },
  {
    locale: 'en',
    q: 'What is the registration deadline for the Digitallotsen qualification?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['until', '11 May 2027'],
  },
  {
    locale: 'en',
    q: 'Are there still seats in the Scrum course?',
    kind: 'facts',
    titles: [T.agil],
    says: ['has 16 of 16 seats left'],
  },
  {
    locale: 'en',
    q: 'Is the data protection course online?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['takes place online'],
  },
  {
    locale: 'en',
    conv: 'orient',
    q: 'When is the orientation day for international staff?',
    kind: 'facts',
    titles: [T.orientation],
    says: ['Thu, 10 Jun 2027 from 09:30 to 15:00'],
  },
  {
    locale: 'en',
    conv: 'orient',
    q: 'Where does it take place?',
    kind: 'facts',
    titles: [T.orientation],
    says: ['Haus der StädteRegion'],
  },
  {
    locale: 'en',
    conv: 'orient',
    q: 'Is it free?',
    kind: 'facts',
    titles: [T.orientation],
    says: ['is free of charge'],
  },
  { locale: 'en', conv: 'invoice', q: 'Is there a training on E-Rechnung?', kind: 'list', titles: [T.erechnung] },
  {
    locale: 'en',
    conv: 'invoice',
    q: 'How much does it cost?',
    kind: 'facts',
    titles: [T.erechnung],
    says: ['costs €90'],
  },
  {
    locale: 'en',
    conv: 'invoice',
    q: 'What time does it start?',
    kind: 'facts',
    titles: [T.erechnung],
    says: ['starts on Tue, 20 Apr 2027 at 09:00'],
  },
  {
    locale: 'en',
    q: 'Which online seminars are there next month?',
    kind: 'list',
    first: T.datenschutz,
    ...onlyBut([T.datenschutz, T.english, T.mobil, T.cyber], [T.ki]),
  },
  { locale: 'en', q: "What's on this week?", kind: 'list', titles: [T.phishing] },
  { locale: 'en', q: 'Is there a seminar tomorrow?', kind: 'list', titles: [T.phishing] },
  { locale: 'en', q: 'What is on in the next two weeks?', kind: 'list', titles: nextTwoWeeks },
  // The Digitallotsen series (25.05., 15.06., 06.07.) has one date in June: whether and where it is listed is open.
  { locale: 'en', q: 'What courses are there in June?', kind: 'list', ...onlyBut(june, [T.lotsen]) },
  { locale: 'en', q: 'Excel training in April 2027?', kind: 'list', titles: [T.excel] },
  { locale: 'en', q: 'Is there anything on AI?', kind: 'list', titles: [T.ki] },
  { locale: 'en', q: 'Are there any courses in English?', kind: 'list', ...only(T.english, T.orientation, T.cyber) },
  { locale: 'en', q: 'When is the password training?', kind: 'gone', gone: T.passwort },
];

heldoutSuite('answering questions about a fifth, independent catalogue (StädteRegion Aachen)', {
  fixture: 'heldout5-catalogue.json',
  now,
  timeZone: TZ,
  cases: CASES,
  titles: all,
  never: NEVER,
});
