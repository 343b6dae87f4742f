// Over-fitting check, twelfth catalogue: the 2027 programme of the Kreis Gütersloh (Kreishaus Gütersloh, Studieninstitut
// Ostwestfalen-Lippe, the state's Digitallotsen programme, the krz Minden-Ravensberg/Lippe) imported from a JSON file, and
// questions written the way employees ask, without looking at the parser or the answers. Same assertions as the other
// suites: exactly the expected seminars (best first where one is clearly best), the asked fact in the first sentence,
// never a draft, cancelled or past seminar.
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-01-19T09:00:00Z'); // Tuesday, 19 January 2027, 10:00 in Gütersloh
const TZ = 'Europe/Berlin';

const T = {
  infosec: 'Informationssicherheit im Arbeitsalltag: Phishing erkennen, Daten schützen', // online, Tue 09.02., krz, free
  eakte: 'Die E-Akte im Sachgebiet: Grundlagen der digitalen Aktenführung', // Kreishaus, Tue 02.03. + Wed 03.03., 08:30–15:30
  projekt: 'Projektmanagement kompakt für Kommunen', // Bielefeld, 13.–15.04., 690 €
  buerger: 'Souverän im Bürgerkontakt: schwierige Gespräche am Telefon und am Schalter', // Rheda-Wiedenbrück, Wed 27.01.
  excel: 'Excel in der Haushaltssachbearbeitung: Formeln, Filter und Auswertungen', // online, 16.02. + 18.02., 13:30–16:30, krz
  ki: 'Künstliche Intelligenz in der Kreisverwaltung: Chancen, Grenzen und Spielregeln', // hybrid, Kreishaus, Wed 10.03.
  mobil: 'Mobiles Arbeiten gut organisieren', // online, Wed 24.02., free
  lotsen: 'Qualifizierung zur Digitallotsin und zum Digitallotsen 2027', // Bielefeld, 22.02., 08.03., 22.03., 29.03., free
  leading: 'Leading Digital Change: A Workshop for Managers', // English, Kreishaus, Thu 18.03., 350 €
  distanz: 'Führen auf Distanz: hybride Teams gut leiten', // Halle (Westf.), Thu 25.02.
  dsgvo: 'Datenschutz im Sachgebiet: die DSGVO in der täglichen Praxis', // online, Thu 28.01., 09:00–12:00, free
  pdf: 'Barrierefreie PDF-Dokumente erstellen', // online, Thu 04.03.
  prozess: 'Prozessmanagement mit BPMN: Verwaltungsabläufe erheben und modellieren', // Kreishaus, 20.–21.04., 14 seats
  ozg: 'Onlinedienste nach dem OZG: Anträge digital bereitstellen', // Verl, Thu 04.02., free, Digitallotsen
  teams: 'Microsoft Teams für Einsteigerinnen und Einsteiger', // online, Wed 20.01. 10:00–12:00, deadline 15.01.
  outlook: 'Outlook effizient nutzen: E-Mails, Kalender und Aufgaben im Griff', // online, Tue 26.01. 13:30–15:30
  zeit: 'Zeitmanagement und Selbstorganisation im Büro', // Harsewinkel, Tue 23.03. 08:30–12:30, 14 seats
  resilienz: 'Gelassen bleiben: Stress erkennen und Belastungen vorbeugen', // Schloß Holte-Stukenbrock, Thu 08.04.
  qgis: 'QGIS für Einsteigerinnen und Einsteiger: Geodaten in der Verwaltung nutzen', // Kreishaus, 08.–09.06., deadline 21.05.
  vergabe: 'Vergaberecht kompakt: Aufträge unterhalb der EU-Schwellenwerte', // Bielefeld, Thu 11.02. 09:00–16:00, 310 €
  erechnung: 'E-Rechnung in der Kommune: XRechnung empfangen, prüfen und buchen', // online, Tue 16.03., deadline 12.03.
  present: 'Presentation Skills in English for Public Servants', // English, online, Thu 22.04. 14:00–16:30, 180 €
  social: 'Social Media in der Öffentlichkeitsarbeit der Kommune', // Rheda-Wiedenbrück, Wed 12.05. 13:00–16:30
  onboard: 'Neue Kolleginnen und Kollegen gut einarbeiten', // Kreishaus, Thu 25.03., Führungskräfte
  incident: 'IT Security Incident Response: Tabletop Exercise', // English, hybrid Lemgo, Wed 19.05. 09:00–12:30, krz
  wissen: 'Wissensmanagement: Erfahrungswissen im Team sichern', // Verl, Wed 28.04. 09:00–12:00
  signatur: 'Elektronische Signatur und Siegel im Verwaltungsverfahren', // online, Wed 26.05. 10:00–12:00, krz
  kiDraft: 'KI-Assistenten im Schreibbüro: Texte mit Sprachmodellen entwerfen', // draft
  scrum: 'Scrum in der Verwaltung: agil arbeiten im Team', // draft
  planner: 'Kanban-Boards mit Microsoft Planner', // cancelled
  beteiligung: 'Bürgerbeteiligung digital: Online-Umfragen und Beteiligungsplattformen', // cancelled
  auftakt: 'Jahresauftakt 2027: die Digitalstrategie des Kreises Gütersloh', // past (14 January 2027)
  passwort: 'Passwortsicherheit und Zwei-Faktor-Authentifizierung', // past (3 December 2026)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.kiDraft, T.scrum, T.planner, T.beteiligung, T.auftakt, T.passwort];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  { q: 'Was kostet das Projektmanagement-Seminar?', kind: 'facts', titles: [T.projekt], says: ['kostet 690 €'] },
  {
    q: 'Muss ich für die Datenschutzschulung etwas bezahlen?',
    kind: 'facts',
    titles: [T.dsgvo],
    says: ['ist kostenlos'],
  },
  {
    q: 'How much does the Leading Digital Change workshop cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.leading],
    says: ['costs €350'],
  },
  // --- facts: when ----------------------------------------------------------------------------------------------------
  {
    q: 'Wann ist die E-Akte-Schulung?',
    kind: 'facts',
    titles: [T.eakte],
    says: ['an 2 Tagen', 'Di., 02.03.2027', 'Mi., 03.03.2027', 'jeweils von 08:30 bis 15:30 Uhr'],
  },
  {
    q: 'Wann findet der Excel-Kurs statt?',
    kind: 'facts',
    titles: [T.excel],
    says: ['an 2 Tagen', '16.02.2027', '18.02.2027', 'jeweils von 13:30 bis 16:30 Uhr'],
  },
  {
    q: 'When is the tabletop exercise?',
    locale: 'en',
    kind: 'facts',
    titles: [T.incident],
    says: ['Wed, 19 May 2027 from 09:00 to 12:30'],
  },
  // --- facts: where ---------------------------------------------------------------------------------------------------
  { q: 'Wo findet „Führen auf Distanz“ statt?', kind: 'facts', titles: [T.distanz], says: ['Rathaus Halle (Westf.)'] },
  {
    q: 'Where is the QGIS training held?',
    locale: 'en',
    kind: 'facts',
    titles: [T.qgis],
    says: ['Kreishaus Gütersloh'],
  },
  // --- facts: trainer -------------------------------------------------------------------------------------------------
  { q: 'Wer leitet das Social-Media-Seminar?', kind: 'facts', titles: [T.social], says: ['Herr Jonas Vahrenhorst'] },
  // --- facts: duration ------------------------------------------------------------------------------------------------
  {
    q: 'Wie lange dauert die Outlook-Schulung?',
    kind: 'facts',
    titles: [T.outlook],
    says: ['dauert 2 Stunden', 'von 13:30 bis 15:30 Uhr'],
  },
  {
    q: 'Wie viele Tage geht das Projektmanagement-Seminar?',
    kind: 'facts',
    titles: [T.projekt],
    says: ['dauert 3 Tage', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  // --- facts: start time ----------------------------------------------------------------------------------------------
  {
    q: 'Um wie viel Uhr fängt der Teams-Kurs morgen an?',
    kind: 'facts',
    titles: [T.teams],
    says: ['beginnt am Mi., 20.01.2027 um 10:00 Uhr'],
  },
  {
    q: 'What time does the social media seminar start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.social],
    says: ['starts on Wed, 12 May 2027 at 13:00'],
  },
  // --- facts: registration deadline -----------------------------------------------------------------------------------
  {
    q: 'Bis wann kann ich mich für den QGIS-Kurs anmelden?',
    kind: 'facts',
    titles: [T.qgis],
    says: [/bis .*21\.05\.2027/],
  },
  {
    q: 'Ist die Anmeldefrist für die Teams-Schulung schon vorbei?',
    kind: 'facts',
    titles: [T.teams],
    says: ['abgelaufen', '15.01.2027'],
  },
  {
    q: "What's the registration deadline for the XRechnung training?",
    locale: 'en',
    kind: 'facts',
    titles: [T.erechnung],
    says: ['12 Mar 2027'],
  },
  // --- facts: free seats ----------------------------------------------------------------------------------------------
  {
    q: 'Sind im Zeitmanagement-Seminar noch Plätze frei?',
    kind: 'facts',
    titles: [T.zeit],
    says: ['noch 14 von 14 Plätzen frei'],
  },
  {
    q: 'Are there still places available on the BPMN course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.prozess],
    says: ['14 of 14 seats left'],
  },
  // --- facts: format --------------------------------------------------------------------------------------------------
  {
    q: 'Ist die KI-Veranstaltung online oder vor Ort?',
    kind: 'facts',
    titles: [T.ki],
    says: ['hybrid', 'Kreishaus Gütersloh'],
  },
  // --- my registrations, help, greeting -------------------------------------------------------------------------------
  { q: 'Wo bin ich eigentlich überall angemeldet?', kind: 'myRegistrations' },
  { q: 'Show me my bookings', locale: 'en', kind: 'myRegistrations' },
  { q: 'Moin!', kind: 'help' },
  { q: 'Was kann ich dich alles fragen?', kind: 'help' },
  // --- follow-ups in a conversation -----------------------------------------------------------------------------------
  {
    conv: 'vergabe',
    q: 'Wann ist das Vergaberecht-Seminar?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['Do., 11.02.2027 von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'vergabe',
    q: 'Und wo findet das statt?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['Studieninstitut Ostwestfalen-Lippe'],
  },
  { conv: 'vergabe', q: 'Was kostet es?', kind: 'facts', titles: [T.vergabe], says: ['kostet 310 €'] },
  {
    conv: 'vergabe',
    q: 'Wer ist der Dozent?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['Herr Dr. Christoph Lütkemeier'],
  },
  {
    conv: 'social',
    q: 'Ich suche was zu Instagram und Facebook für unsere Pressestelle',
    kind: 'list',
    titles: [T.social],
  },
  {
    conv: 'social',
    q: 'Findet das online statt?',
    kind: 'facts',
    titles: [T.social],
    says: ['in Präsenz', 'Rathaus Rheda-Wiedenbrück'],
  },
  {
    conv: 'social',
    q: 'Bis wann muss ich mich da anmelden?',
    kind: 'facts',
    titles: [T.social],
    says: [/28\.04\.2027/],
  },
  {
    conv: 'present',
    q: 'When is the presentation skills training?',
    locale: 'en',
    kind: 'facts',
    titles: [T.present],
    says: ['Thu, 22 Apr 2027 from 14:00 to 16:30'],
  },
  { conv: 'present', q: 'And how much is it?', locale: 'en', kind: 'facts', titles: [T.present], says: ['costs €180'] },
  // --- topic searches in colloquial wording ---------------------------------------------------------------------------
  { q: 'Gibt es was zum Datenschutz?', kind: 'list', first: T.dsgvo },
  { q: 'Ich bräuchte mal eine Excel-Schulung', kind: 'list', titles: [T.excel] },
  // --- typos ----------------------------------------------------------------------------------------------------------
  { q: 'Informationssicherhiet Schulung', kind: 'list', first: T.infosec },
  { q: 'Wann ist der Exel-Kurs?', kind: 'facts', titles: [T.excel], says: ['an 2 Tagen'] },
  // --- synonyms and paraphrases that only the descriptions cover ------------------------------------------------------
  { q: 'Ich arbeite zwei Tage die Woche im Homeoffice – gibt es dazu etwas?', kind: 'list', first: T.mobil },
  { q: 'Gibt es was gegen Burnout?', kind: 'list', first: T.resilienz },
  { q: 'Ich muss demnächst eine Ausschreibung machen – welcher Kurs hilft mir?', kind: 'list', first: T.vergabe },
  { q: 'Ich muss Bescheide so gestalten, dass blinde Menschen sie lesen können', kind: 'list', first: T.pdf },
  { q: 'Gibt es eine Schulung zu ChatGPT?', kind: 'list', first: T.ki },
  { q: 'Bei uns gehen bald viele Kollegen in Rente – wie sichern wir ihr Wissen?', kind: 'list', first: T.wissen },
  { q: 'Was gibt es zu KI?', kind: 'list', first: T.ki },
  // --- German compounds -----------------------------------------------------------------------------------------------
  { q: 'Gibt es was zum Thema Sicherheit?', kind: 'list', first: T.infosec, includes: [T.infosec, T.incident] },
  { q: 'Ich suche was zu Rechnungen', kind: 'list', titles: [T.erechnung] },
  // --- date filters ---------------------------------------------------------------------------------------------------
  { q: 'Was läuft morgen?', kind: 'list', titles: [T.teams] },
  { q: 'Gibt es nächste Woche Fortbildungen?', kind: 'list', titles: [T.outlook, T.buerger, T.dsgvo] },
  {
    q: 'Welche Online-Seminare sind in den nächsten zwei Wochen?',
    kind: 'list',
    titles: [T.teams, T.outlook, T.dsgvo],
  },
  { q: 'Which online courses are on next month?', locale: 'en', kind: 'list', titles: [T.infosec, T.excel, T.mobil] },
  {
    q: 'What is on in April 2027?',
    locale: 'en',
    kind: 'list',
    titles: [T.resilienz, T.projekt, T.prozess, T.present, T.wissen],
  },
  // --- time of day ----------------------------------------------------------------------------------------------------
  { q: 'Gibt es im Mai etwas vormittags?', kind: 'list', titles: [T.incident, T.signatur] },
  { q: 'Was ist im Mai nachmittags?', kind: 'list', titles: [T.social] },
  // --- format ---------------------------------------------------------------------------------------------------------
  { q: 'Welche Präsenzseminare gibt es im Februar?', kind: 'list', titles: [T.ozg, T.vergabe, T.lotsen, T.distanz] },
  { q: 'Gibt es hybride Veranstaltungen?', kind: 'list', ...only(T.ki, T.incident) },
  // --- place ----------------------------------------------------------------------------------------------------------
  { q: 'Was wird in Verl angeboten?', kind: 'list', ...only(T.ozg, T.wissen) },
  {
    q: 'Welche Kurse finden im Kreishaus Gütersloh statt?',
    kind: 'list',
    ...only(T.eakte, T.ki, T.leading, T.prozess, T.qgis, T.onboard),
  },
  // --- trainer, provider, audience ------------------------------------------------------------------------------------
  { q: 'Welche Seminare hat Herr Wellenbrock?', kind: 'list', ...only(T.teams, T.outlook) },
  {
    q: 'Was bietet das krz an?',
    kind: 'list',
    ...only(T.infosec, T.excel, T.teams, T.outlook, T.erechnung, T.incident, T.signatur),
  },
  {
    q: 'Ich bin Führungskraft – welche Seminare sind für mich?',
    kind: 'list',
    ...only(T.leading, T.distanz, T.onboard),
  },
  { q: 'Ich bin IT-Administrator, gibt es da etwas für mich?', kind: 'list', first: T.incident },
  // --- cost, length, language, free seats -----------------------------------------------------------------------------
  { q: 'Welche kostenlosen Kurse gibt es im Februar?', kind: 'list', titles: [T.ozg, T.infosec, T.lotsen, T.mobil] },
  {
    q: 'Welche Seminare gehen über mehrere Tage?',
    kind: 'list',
    ...only(T.eakte, T.projekt, T.excel, T.lotsen, T.prozess, T.qgis),
  },
  { q: 'Gibt es auch Seminare auf Englisch?', kind: 'list', ...only(T.leading, T.present, T.incident) },
  { q: 'Wo sind nächste Woche noch Plätze frei?', kind: 'list', titles: [T.outlook, T.buerger, T.dsgvo] },
  // --- cancelled, past, draft -----------------------------------------------------------------------------------------
  { q: 'Wann ist der Planner-Kurs?', kind: 'gone', gone: T.planner },
  { q: 'Findet das Seminar zur digitalen Bürgerbeteiligung statt?', kind: 'gone', gone: T.beteiligung },
  { q: 'Wann war der Jahresauftakt zur Digitalstrategie?', kind: 'gone', gone: T.auftakt },
  { q: 'When is the course on two-factor authentication?', locale: 'en', kind: 'gone', gone: T.passwort },
  { q: 'Gibt es einen Scrum-Kurs?', kind: 'none' },
  // --- no match -------------------------------------------------------------------------------------------------------
  { q: 'Gibt es Kurse für den Staplerschein?', kind: 'none' },
];

heldoutSuite('answering questions about a twelfth, independent catalogue (Kreis Gütersloh)', {
  fixture: 'heldout12-catalogue.json',
  now,
  timeZone: TZ,
  cases: CASES,
  titles: all,
  never: NEVER,
});
