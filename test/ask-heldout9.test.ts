// Over-fitting check, ninth catalogue: the 2027/28 programme of the Bundesstadt Bonn's personnel development and its
// partners (Studieninstitut Rhein-Sieg, the state's Digitallotsen programme, the city's IT department), with many
// international staff, imported from a JSON file; questions written the way employees ask – about half of them in
// English – without looking at the parser or the answers. Same assertions as the other suites: exactly the expected
// seminars (best first where one is clearly best), the asked fact in the first sentence, never a draft, cancelled or
// past seminar.
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-10-04T06:00:00Z'); // Monday, 4 October 2027, 08:00 in Bonn
const TZ = 'Europe/Berlin';

const T = {
  teams: 'Microsoft Teams und SharePoint: gemeinsam an Dokumenten arbeiten', // Tue 5 Oct, 09–12, free
  isms: 'Informationssicherheit für Beschäftigte: Phishing, Passwörter und sichere Kommunikation', // Thu 7 Oct, online
  dsgvo: 'Datenschutz im Verwaltungsalltag: DSGVO und DSG NRW sicher anwenden', // Tue 12 Oct, 180 €
  aiEn: 'Using AI Assistants Responsibly at Work', // Thu 14 Oct, 14–16, online, English
  eakte: 'Einführung in die E-Akte: elektronische Vorgangsbearbeitung mit enaio', // Tue 19 Oct, 09–12
  welcome: 'Welcome to the City of Bonn: Orientation for International Staff', // Wed 20 Oct, 10–13, English
  barriere: 'Barrierefreie PDF- und Word-Dokumente erstellen', // Thu 21 Oct, 14–17, online
  excel: 'Excel für Einsteigerinnen und Einsteiger', // Mon/Tue 25–26 Oct, Siegburg, 260 €
  deeskalation: 'Deeskalation und Sicherheit im Publikumsverkehr', // Wed/Thu 27–28 Oct, Stadthaus
  mobil: 'Mobil arbeiten – aber richtig: Selbstorganisation zwischen Büro und Zuhause', // Thu 28 Oct, 13–15:30, online
  deutsch: 'Deutsch am Arbeitsplatz: Verwaltungssprache für internationale Beschäftigte', // 4 Tuesdays 2–23 Nov, 15–17, online
  lotsen: 'Qualifizierung zur Digitallotsin und zum Digitallotsen', // 3 Wednesdays 3–17 Nov, hybrid, free
  interkult: 'Interkulturelle Kompetenz im Bürgerservice', // Thu 4 Nov, Bad Godesberg, free
  erechnung: 'E-Rechnung und digitaler Rechnungsworkflow: XRechnung empfangen, prüfen, freigeben', // Wed 10 Nov, 13–16, online
  zeit: 'Zeit- und Selbstmanagement im Büroalltag', // Thu 11 Nov, Beuel, 210 €
  vergabe: 'Vergaberecht kompakt: Unterschwellenvergabe nach UVgO und VOB/A', // Mon/Tue 15–16 Nov, Siegburg, 420 €
  ozg: 'OZG-Onlinedienste: Verwaltungsleistungen digital anbieten', // Thu 18 Nov, online, free
  jahresgespraech: 'Jahresgespräche mit Mitarbeitenden vorbereiten und führen', // Wed 24 Nov, Führungskräfte, free
  gdpr: 'GDPR Essentials for International Staff', // Thu 25 Nov, online, English, free
  projekt: 'Projektmanagement in der öffentlichen Verwaltung', // Mon/Tue 29–30 Nov, 480 €
  ki: 'Künstliche Intelligenz in der Verwaltung: Chancen, Grenzen und die KI-Verordnung', // Thu 2 Dec, online
  englishOffice: 'English for the Office: Emails, Phone Calls and Meetings', // Mon/Tue 6–7 Dec, English, 240 €
  gesund: 'Gesund führen im hybriden Team', // Wed 8 Dec, online, Führungskräfte
  opendata: 'Open Data: Verwaltungsdaten veröffentlichen', // Tue 14 Dec, Stadthaus, free
  klar: 'Verständlich schreiben: Bescheide und Briefe in klarer Sprache', // Wed 12 Jan 2028
  fuehrung: 'Neu in der Führungsrolle: Grundlagen der Mitarbeiterführung', // 18–20 Jan 2028, 690 €
  prozess: 'Prozessmanagement: Verwaltungsabläufe erheben und optimieren', // Tue 25 Jan 2028, hybrid
  isb: 'Informationssicherheitsbeauftragte in Kommunen: Grundlagen nach BSI IT-Grundschutz', // 8–10 Feb 2028, 890 €
  chatbots: 'Chatbots und Sprachassistenten im Bürgeramt', // draft
  powerbi: 'Power BI: Dashboards für die Verwaltungssteuerung', // draft
  scrum: 'Agiles Arbeiten mit Scrum in Verwaltungsprojekten', // cancelled
  social: 'Social Media für die Pressestelle und Öffentlichkeitsarbeit', // cancelled
  auftakt: 'Auftakt: Digitalstrategie der Bundesstadt Bonn 2027', // past (15 September 2027)
  pivot: 'Pivot-Tabellen und Diagramme in Excel', // past (21 September 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.chatbots, T.powerbi, T.scrum, T.social, T.auftakt, T.pivot];
const offered = all.filter((t) => !NEVER.includes(t));

const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- German: facts of each kind -------------------------------------------------------------------------------------
  {
    q: 'Was kostet das Seminar für Informationssicherheitsbeauftragte?',
    kind: 'facts',
    titles: [T.isb],
    says: ['kostet 890 €'],
  },
  {
    q: 'Wann ist der Excel-Kurs für Einsteiger?',
    kind: 'facts',
    titles: [T.excel],
    says: ['Mo., 25.10.2027', 'Di., 26.10.2027', '09:00', '16:00'],
  },
  {
    q: 'Wer leitet das Seminar zum Prozessmanagement?',
    kind: 'facts',
    titles: [T.prozess],
    says: ['Herr Daniel Schmitz'],
  },
  {
    q: 'Wie lange dauert die E-Akte-Schulung?',
    kind: 'facts',
    titles: [T.eakte],
    says: ['dauert 3 Stunden', 'von 09:00 bis 12:00 Uhr'],
  },
  {
    q: 'Bis wann kann ich mich zum Datenschutzseminar anmelden?',
    kind: 'facts',
    titles: [T.dsgvo],
    says: ['anmelden', '08.10.2027'],
  },
  {
    q: 'Bis wann kann man sich für die Teams-Schulung anmelden?',
    kind: 'facts',
    titles: [T.teams],
    says: ['abgelaufen', '01.10.2027'],
  },
  {
    q: 'Sind im Projektmanagement-Seminar noch Plätze frei?',
    kind: 'facts',
    titles: [T.projekt],
    says: ['noch 16 von 16 Plätzen frei'],
  },
  {
    q: 'Um wie viel Uhr fängt die E-Rechnungs-Schulung an?',
    kind: 'facts',
    titles: [T.erechnung],
    says: ['beginnt am Mi., 10.11.2027 um 13:00 Uhr'],
  },
  {
    q: 'Ist die Digitallotsen-Qualifizierung in Präsenz oder online?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['hybrid', 'Stadthaus Bonn', 'oder online'],
  },
  // --- German: a conversation with follow-ups ---------------------------------------------------------------------
  { q: 'Gibt es was zum Vergaberecht?', conv: 'de-vergabe', kind: 'list', titles: [T.vergabe] },
  { q: 'Und wo findet der statt?', conv: 'de-vergabe', kind: 'facts', titles: [T.vergabe], says: ['Siegburg'] },
  { q: 'Was kostet das?', conv: 'de-vergabe', kind: 'facts', titles: [T.vergabe], says: ['kostet 420 €'] },
  // --- German: topic searches, typos, compounds, paraphrases --------------------------------------------------------
  {
    q: 'Gibt es eine Schulung dazu, wie wir Rechnungen jetzt digital bearbeiten?',
    kind: 'list',
    titles: [T.erechnung],
  },
  {
    q: 'Gibt es was zum Arbeiten im Homeoffice?',
    kind: 'list',
    first: T.mobil,
    excludes: offered.filter((t) => t !== T.mobil && t !== T.gesund),
  },
  { q: 'Gibt es was zu Informationssicherhiet?', kind: 'list', ...only(T.isms, T.isb) },
  { q: 'Suche eine Schulung zu Prozesmanagement', kind: 'list', titles: [T.prozess] },
  { q: 'Welche Seminare gibt es zum Thema Sicherheit?', kind: 'list', ...only(T.isms, T.isb, T.deeskalation) },
  {
    q: 'Wie gehe ich am Schalter mit aggressiven Kunden um? Gibt es dazu was?',
    kind: 'list',
    first: T.deeskalation,
    excludes: offered.filter((t) => t !== T.deeskalation && t !== T.interkult),
  },
  { q: 'Gibt es eine Schulung, wie man Bescheide verständlicher formuliert?', kind: 'list', titles: [T.klar] },
  { q: 'Welche Kurse gibt es zum Thema KI?', kind: 'list', ...only(T.ki, T.aiEn) },
  // --- German: audience, provider, place -----------------------------------------------------------------------------
  {
    q: 'Ich bin seit kurzem Führungskraft – welche Fortbildungen gibt es für mich?',
    kind: 'list',
    first: T.fuehrung,
    ...only(T.fuehrung, T.jahresgespraech, T.gesund),
  },
  {
    q: 'Was bietet das Studieninstitut Rhein-Sieg an?',
    kind: 'list',
    ...only(T.dsgvo, T.excel, T.erechnung, T.zeit, T.vergabe, T.gdpr, T.projekt, T.isb),
  },
  { q: 'Welche Seminare finden in Siegburg statt?', kind: 'list', ...only(T.excel, T.vergabe, T.isb) },
  // --- German: dates, format, cost, time of day, seats -------------------------------------------------------------
  { q: 'Was gibt es in den nächsten zwei Wochen?', kind: 'list', titles: [T.teams, T.isms, T.dsgvo, T.aiEn] },
  {
    q: 'Gibt es im November kostenlose Seminare?',
    kind: 'list',
    titles: [T.deutsch, T.lotsen, T.interkult, T.ozg, T.jahresgespraech, T.gdpr],
  },
  {
    q: 'Welche Präsenzseminare finden im Oktober im Stadthaus statt?',
    kind: 'list',
    titles: [T.teams, T.dsgvo, T.eakte, T.deeskalation],
  },
  { q: 'Welche Seminare finden im November nachmittags statt?', kind: 'list', titles: [T.deutsch, T.erechnung] },
  { q: 'Welche Seminare im Februar 2028 haben noch freie Plätze?', kind: 'list', titles: [T.isb] },
  // --- German: gone, no match, drafts, help, registrations ---------------------------------------------------------
  { q: 'Wann findet der Scrum-Kurs statt?', kind: 'gone', gone: T.scrum },
  { q: 'Kann ich mich noch für die Schulung zu Pivot-Tabellen anmelden?', kind: 'gone', gone: T.pivot },
  { q: 'Gibt es einen Kurs für den Gabelstaplerschein?', kind: 'none' },
  { q: 'Gibt es etwas zu Power BI?', kind: 'none' },
  { q: 'Hallo!', kind: 'help' },
  { q: 'Meine Anmeldungen', kind: 'myRegistrations' },

  // --- English: topic searches in English words for German-titled seminars ----------------------------------------
  { q: 'Is there any training on data protection?', locale: 'en', kind: 'list', ...only(T.dsgvo, T.gdpr) },
  { q: 'Do you have something on e-files?', locale: 'en', kind: 'list', titles: [T.eakte] },
  { q: 'Any course about invoices?', locale: 'en', kind: 'list', titles: [T.erechnung] },
  { q: 'How can I become a digital guide?', locale: 'en', kind: 'list', titles: [T.lotsen] },
  { q: 'Is there a seminar on accessibility?', locale: 'en', kind: 'list', titles: [T.barriere] },
  { q: 'I need training in procurement.', locale: 'en', kind: 'list', titles: [T.vergabe] },
  { q: 'Is there anything on informaton security?', locale: 'en', kind: 'list', ...only(T.isms, T.isb) },
  // --- English: facts of each kind ------------------------------------------------------------------------------------
  {
    q: 'How much is the project management course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.projekt],
    says: ['costs €480'],
  },
  {
    q: 'When is the orientation for international staff?',
    locale: 'en',
    kind: 'facts',
    titles: [T.welcome],
    says: ['Wed, 20 Oct 2027 from 10:00 to 13:00'],
  },
  {
    q: 'Who runs the GDPR course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.gdpr],
    says: ['is led by Frau Dr. Katharina Weiland'],
    miss: 'the German DSGVO course matches in more of its parts than the English GDPR one',
  },
  {
    q: 'How long is the Excel course for beginners?',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['lasts 2 days, each from 09:00 to 16:00'],
  },
  {
    q: 'What is the registration deadline for the procurement law seminar?',
    locale: 'en',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['1 Nov 2027'],
  },
  {
    q: 'Are there still seats in the course for new managers?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['has 14 of 14 seats left'],
  },
  {
    q: 'Is the course on AI assistants online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.aiEn],
    says: ['takes place online'],
  },
  {
    q: 'What time does the Teams training start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.teams],
    says: ['starts on Tue, 5 Oct 2027 at 09:00'],
  },
  {
    q: 'When does the German course for international staff take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.deutsch],
    says: ['Tue, 2 Nov 2027', 'Tue, 23 Nov 2027', '15:00'],
  },
  // --- English: a conversation with follow-ups ------------------------------------------------------------------------
  { q: 'Is there a course on open data?', locale: 'en', conv: 'en-opendata', kind: 'list', titles: [T.opendata] },
  {
    q: 'And where is it?',
    locale: 'en',
    conv: 'en-opendata',
    kind: 'facts',
    titles: [T.opendata],
    says: ['Stadthaus Bonn'],
  },
  {
    q: 'How much?',
    locale: 'en',
    conv: 'en-opendata',
    kind: 'facts',
    titles: [T.opendata],
    says: ['is free of charge'],
  },
  {
    q: 'Who runs it?',
    locale: 'en',
    conv: 'en-opendata',
    kind: 'facts',
    titles: [T.opendata],
    says: ['is led by Herr Malte Siebert'],
  },
  // --- English: dates and filters ------------------------------------------------------------------------------------
  { q: "What's on next week?", locale: 'en', kind: 'list', titles: [T.dsgvo, T.aiEn] },
  { q: 'Any seminars tomorrow?', locale: 'en', kind: 'list', titles: [T.teams] },
  {
    q: 'Which online seminars are there this month?',
    locale: 'en',
    kind: 'list',
    titles: [T.isms, T.aiEn, T.barriere, T.mobil],
  },
  { q: 'Anything in the afternoon in October?', locale: 'en', kind: 'list', titles: [T.aiEn, T.barriere, T.mobil] },
  {
    q: 'Is there anything on leadership before Christmas?',
    locale: 'en',
    kind: 'list',
    titles: [T.jahresgespraech, T.gesund],
  },
  { q: "What's on in January 2028?", locale: 'en', kind: 'list', titles: [T.klar, T.fuehrung, T.prozess] },
  {
    q: 'Are there free seminars in the next two weeks?',
    locale: 'en',
    kind: 'list',
    titles: [T.teams, T.isms, T.aiEn],
  },
  {
    q: 'Which seminars are held in English?',
    locale: 'en',
    kind: 'list',
    ...only(T.aiEn, T.welcome, T.gdpr, T.englishOffice),
  },
  {
    q: 'Which multi-day seminars still have seats left in October?',
    locale: 'en',
    kind: 'list',
    titles: [T.excel, T.deeskalation],
  },
  { q: 'Which seminars are hybrid?', locale: 'en', kind: 'list', ...only(T.lotsen, T.prozess) },
  { q: 'Which courses does Mr Oberdörfer teach?', locale: 'en', kind: 'list', ...only(T.isms, T.isb) },
  {
    q: 'What does the IT department offer?',
    locale: 'en',
    kind: 'list',
    ...only(T.teams, T.isms, T.aiEn, T.eakte, T.ki, T.opendata),
  },
  // --- English: gone, no match, help ---------------------------------------------------------------------------------
  { q: 'Is the social media workshop for the press office still on?', locale: 'en', kind: 'gone', gone: T.social },
  { q: 'When did the kick-off on the digital strategy take place?', locale: 'en', kind: 'gone', gone: T.auftakt },
  { q: 'Do you offer a first aid course?', locale: 'en', kind: 'none' },
  { q: 'Hello, what can you do?', locale: 'en', kind: 'help' },
];

heldoutSuite('answering questions about a ninth, independent catalogue (Bundesstadt Bonn)', {
  fixture: 'heldout9-catalogue.json',
  now,
  timeZone: TZ,
  cases: CASES,
  titles: all,
  never: NEVER,
});
