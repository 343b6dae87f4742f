// Over-fitting check, third catalogue: the 2027 programme of the Kreis Viersen (county training centre, Studieninstitut
// Niederrhein, the state's Digitallotsen programme) imported from a JSON file, and questions written the way employees
// ask, without looking at the parser or the answers. Same assertions as the other suites: exactly the expected seminars
// (best first where one is clearly best), the asked fact in the first sentence, never a draft, cancelled or past seminar.
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-01-13T08:00:00Z'); // Wednesday, 13 January 2027, 09:00 in Viersen
const TZ = 'Europe/Berlin';

const T = {
  sicher: 'Sicher im digitalen Arbeitsalltag',
  teams: 'Microsoft Teams im Verwaltungsalltag',
  konflikt: 'Schwierige Gespräche am Bürgerservice souverän führen',
  excelBasis: 'Excel-Grundlagen für Einsteigerinnen und Einsteiger',
  dsgvo: 'Personenbezogene Daten im Verwaltungsalltag: die DSGVO richtig anwenden',
  ki: 'Generative KI im Büroalltag sinnvoll nutzen',
  eakte: 'Einführung der E-Akte: vom Papier zur digitalen Vorgangsbearbeitung',
  agil: 'Agil zusammenarbeiten – Methoden für Verwaltungsteams',
  erechnung: 'E-Rechnung in der Kommune: Eingang, Prüfung und Buchung',
  prozess: 'Prozesse erheben, modellieren und verbessern',
  excelPro: 'Excel für Fortgeschrittene: Auswertungen und Pivot-Tabellen',
  isms: 'Informationssicherheitsmanagement nach BSI IT-Grundschutz',
  ozg: 'Verwaltungsleistungen digital anbieten: Onlinedienste im Serviceportal',
  projekt: 'Projekte erfolgreich planen und steuern',
  aiEn: 'AI in Public Administration: An Introduction',
  sprache: 'Klar geschrieben: Briefe und E-Mails an Bürgerinnen und Bürger',
  scrumEn: 'Working Agile: Scrum Basics for Public Sector Teams',
  social: 'Social Media für die Öffentlichkeitsarbeit der Kommune',
  lotsen: 'Digitallotsin oder Digitallotse werden: Landesqualifizierung für Kommunen',
  barriere: 'Barrierefreie Dokumente und Webseiten erstellen',
  wandel: 'Führen im Wandel – Veränderungen im Team gestalten',
  mobil: 'Mobil und gesund arbeiten – gute Selbstorganisation zwischen Büro und Zuhause',
  gis: 'Geoinformationen im Arbeitsalltag: Einstieg in QGIS',
  englishMail: 'Confident Emails and Meetings in English',
  azubi: 'Startklar für die digitale Verwaltung',
  chatbots: 'Chatbots im Bürgerservice', // draft
  podcast: 'Podcast-Werkstatt für Pressestellen', // draft
  planner: 'Kanban mit Microsoft Planner', // cancelled
  resilienz: 'Resilienz und Selbstfürsorge für Führungskräfte', // cancelled
  auftakt: 'Auftakt 2027: die Digitalstrategie des Kreises Viersen', // past (7 January 2027)
  passwort: 'Passwortmanager sicher einsetzen', // past (8 December 2026)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.chatbots, T.podcast, T.planner, T.resilienz, T.auftakt, T.passwort];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  { q: 'Was kostet der Kurs zum Projektmanagement?', kind: 'facts', titles: [T.projekt], says: ['kostet 590 €'] },
  {
    q: 'Was kostet die Qualifizierung zum Digitallotsen?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['kostet 900 €'],
    mentions: ['Eigenanteil der Kommune beträgt 450 €'],
  },
  { q: 'Ist die Teams-Schulung kostenlos?', kind: 'facts', titles: [T.teams], says: ['ist kostenlos'] },
  // --- facts: when, start, duration ---------------------------------------------------------------------------------
  {
    q: 'Wann ist das Seminar zu schwierigen Gesprächen am Bürgerservice?',
    kind: 'facts',
    titles: [T.konflikt],
    says: ['Di., 26.01.2027 von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'Wann findet der Datenschtuz-Kurs statt?',
    kind: 'facts',
    titles: [T.dsgvo],
    says: ['Do., 04.02.2027 von 09:00 bis 15:30 Uhr'],
  },
  {
    q: 'An welchen Tagen ist die Schulung zur Informationssicherheit nach BSI?',
    kind: 'facts',
    titles: [T.isms],
    says: ['an 2 Tagen', 'Di., 09.03.2027 und Mi., 10.03.2027'],
  },
  {
    q: 'Wann ist der Social-Media-Kurs?',
    kind: 'facts',
    titles: [T.social],
    says: ['Di., 06.04.2027', 'Di., 13.04.2027'],
  },
  {
    q: 'Um wie viel Uhr beginnt der Excel-Kurs für Einsteiger?',
    kind: 'facts',
    titles: [T.excelBasis],
    says: ['beginnt am Di., 02.02.2027 um 09:00 Uhr'],
  },
  {
    q: 'Wie lange dauert der Projektmanagement-Lehrgang?',
    kind: 'facts',
    titles: [T.projekt],
    says: ['dauert 3 Tage'],
  },
  // --- facts: where, format, trainer ----------------------------------------------------------------------------------
  { q: 'Wo findet der GIS-Kurs statt?', kind: 'facts', titles: [T.gis], says: ['Kreishaus Viersen'] },
  { q: 'Wo ist das Seminar zur einfachen Sprache?', kind: 'facts', titles: [T.sprache], says: ['Schloss Neersen'] },
  {
    q: 'Findet der Kurs zur Barrierefreiheit online statt?',
    kind: 'facts',
    titles: [T.barriere],
    says: ['findet online statt'],
  },
  {
    q: 'Kann ich an dem Kurs zu agilen Methoden auch online teilnehmen?',
    kind: 'facts',
    first: T.agil,
    excludes: [T.teams, T.projekt],
    says: ['hybrid'],
  },
  {
    q: 'Ist Führen im Wandel ein Präsenzseminar?',
    kind: 'facts',
    titles: [T.wandel],
    says: ['in Präsenz', 'Burg Brüggen'],
  },
  {
    q: 'Wer leitet das Excel-Seminar für Fortgeschrittene?',
    kind: 'facts',
    titles: [T.excelPro],
    says: ['Herr Jan Peters'],
  },
  {
    q: 'Wer ist die Referentin beim Seminar Führen im Wandel?',
    kind: 'facts',
    titles: [T.wandel],
    says: ['Frau Dr. Claudia Reimers'],
  },
  // --- facts: deadline, seats ---------------------------------------------------------------------------------------
  {
    q: 'Bis wann kann ich mich für den Kurs zur E-Akte anmelden?',
    kind: 'facts',
    titles: [T.eakte],
    says: ['Fr., 05.02.2027'],
  },
  {
    q: 'Bis wann ist Anmeldeschluss für das Seminar zu schwierigen Gesprächen?',
    kind: 'facts',
    titles: [T.konflikt],
    says: ['abgelaufen', 'Di., 12.01.2027'],
  },
  {
    q: 'Gibt es noch freie Plätze im Social-Media-Kurs?',
    kind: 'facts',
    titles: [T.social],
    says: ['noch 20 von 20 Plätzen frei'],
  },
  // --- follow-ups in one conversation -------------------------------------------------------------------------------
  {
    q: 'Wann ist der Workshop zum Prozessmanagement?',
    conv: 'p1',
    kind: 'facts',
    titles: [T.prozess],
    says: ['an 2 Tagen', 'Di., 02.03.2027 und Mi., 03.03.2027'],
  },
  { q: 'Und was kostet der?', conv: 'p1', kind: 'facts', titles: [T.prozess], says: ['kostet 420 €'] },
  { q: 'Wo findet das statt?', conv: 'p1', kind: 'facts', titles: [T.prozess], says: ['Studieninstitut Niederrhein'] },
  { q: 'Wer leitet den?', conv: 'p1', kind: 'facts', titles: [T.prozess], says: ['Herr Markus Tillmanns'] },
  { q: 'Gibt es ein Seminar zur E-Rechnung?', conv: 'p2', kind: 'list', titles: [T.erechnung] },
  { q: 'Was kostet der?', conv: 'p2', kind: 'facts', titles: [T.erechnung], says: ['kostet 80 €'] },
  { q: 'Ist das online?', conv: 'p2', kind: 'facts', titles: [T.erechnung], says: ['findet online statt'] },
  { q: 'Und was kostet der?', kind: 'noContext' },
  // --- topic searches -----------------------------------------------------------------------------------------------
  { q: 'Gibt es Seminare zu Phishing?', kind: 'list', titles: [T.sicher] },
  { q: 'Ich suche etwas zum Thema Sicherheit', kind: 'list', ...only(T.sicher, T.isms) },
  { q: 'Kurse zu Projektmanagment', kind: 'list', titles: [T.projekt] },
  { q: 'Was gibt es zu Scrum?', kind: 'list', ...only(T.agil, T.scrumEn) },
  { q: 'Gibt es Angebote zu Kanban?', kind: 'list', titles: [T.agil] },
  { q: 'Ich suche eine Fortbildung zu KI', kind: 'list', ...only(T.ki, T.aiEn) },
  {
    q: 'Gibt es einen ChatGPT-Kurs?',
    kind: 'list',
    titles: [T.ki],
    miss: 'ChatGPT is searched as AI too: the English introduction to AI has KI among its topics and is listed beside the course that names ChatGPT',
  },
  { q: 'Gibt es Seminare zum Arbeiten im Homeoffice?', kind: 'list', first: T.mobil },
  { q: 'Was gibt es zur XRechnung?', kind: 'list', titles: [T.erechnung] },
  { q: 'Gibt es ein Training zum Umgang mit aggressiven Bürgern?', kind: 'list', titles: [T.konflikt] },
  { q: 'Welche Excel-Kurse gibt es?', kind: 'list', ...only(T.excelBasis, T.excelPro) },
  { q: 'Fortbildung zum Onlinezugangsgesetz', kind: 'list', titles: [T.ozg] },
  { q: 'Gibt es ein Seminar gegen Amtsdeutsch?', kind: 'list', titles: [T.sprache] },
  // --- filters: dates, format, place, trainer, provider, audience, cost, length, language -----------------------------
  { q: 'Was läuft nächste Woche?', kind: 'list', titles: [T.sicher, T.teams] },
  { q: 'Welche Seminare gibt es in den nächsten zwei Wochen?', kind: 'list', titles: [T.sicher, T.teams, T.konflikt] },
  { q: 'Was gibt es im April 2027?', kind: 'list', titles: [T.social, T.lotsen, T.barriere, T.wandel, T.mobil] },
  { q: 'Welche Online-Seminare gibt es im Februar?', kind: 'list', titles: [T.ki, T.erechnung] },
  { q: 'Welche Kurse finden in Kempen statt?', kind: 'list', titles: [T.excelBasis, T.prozess, T.projekt] },
  { q: 'Welche Kurse gibt Herr Peters?', kind: 'list', titles: [T.excelBasis, T.excelPro] },
  { q: 'Was macht Herr Lenz?', kind: 'list', titles: [T.agil] },
  { q: 'Welche Seminare bietet das Studieninstitut im Februar an?', kind: 'list', titles: [T.dsgvo, T.eakte] },
  { q: 'Was bietet Digitallotsen NRW an?', kind: 'list', titles: [T.ozg, T.lotsen] },
  { q: 'Gibt es Angebote für Führungskräfte?', kind: 'list', titles: [T.wandel] },
  { q: 'Was gibt es für Auszubildende?', kind: 'list', titles: [T.azubi] },
  { q: 'Welche kostenlosen Seminare gibt es im März?', kind: 'list', titles: [T.ozg, T.aiEn] },
  { q: 'Welche Seminare im März gehen über mehrere Tage?', kind: 'list', titles: [T.prozess, T.isms, T.projekt] },
  { q: 'Welche Kurse im März sind nachmittags?', kind: 'list', titles: [T.excelPro, T.aiEn] },
  { q: 'Gibt es Seminare auf Englisch?', kind: 'list', titles: [T.aiEn, T.scrumEn, T.englishMail] },
  // --- cancelled, past, drafts, nothing, greeting -------------------------------------------------------------------
  { q: 'Was kostet der Kurs Kanban mit Microsoft Planner?', kind: 'gone', gone: T.planner },
  { q: 'Findet das Seminar Resilienz für Führungskräfte statt?', kind: 'gone', gone: T.resilienz },
  { q: 'Wann war die Auftaktveranstaltung zur Digitalstrategie?', kind: 'gone', gone: T.auftakt },
  { q: 'Gibt es den Kurs zum Passwortmanager noch?', kind: 'gone', gone: T.passwort },
  { q: 'Gibt es einen Podcast-Workshop?', kind: 'none' },
  { q: 'Gibt es einen Töpferkurs?', kind: 'none' },
  { q: 'Hallo!', kind: 'help' },
  // --- English ------------------------------------------------------------------------------------------------------
  {
    q: 'How much is the project management course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.projekt],
    says: ['costs €590'],
  },
  {
    q: 'When is the AI introduction?',
    locale: 'en',
    kind: 'facts',
    titles: [T.aiEn],
    says: ['Thu, 18 Mar 2027 from 14:00 to 17:00'],
  },
  {
    q: 'Where does the GIS training take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.gis],
    says: ['Kreishaus Viersen'],
  },
  {
    q: 'Who teaches the Scrum course in English?',
    locale: 'en',
    kind: 'facts',
    titles: [T.scrumEn],
    says: ['Mark Sullivan'],
  },
  { q: 'Are there any courses in English?', locale: 'en', kind: 'list', titles: [T.aiEn, T.scrumEn, T.englishMail] },
  { q: 'Any online courses next week?', locale: 'en', kind: 'list', titles: [T.sicher, T.teams] },
  { q: 'Is there anything on data protection?', locale: 'en', kind: 'list', titles: [T.dsgvo] },
  {
    q: 'When is the course on accessible documents?',
    locale: 'en',
    conv: 'e1',
    kind: 'facts',
    titles: [T.barriere],
    says: ['Wed, 14 Apr 2027'],
  },
  {
    q: 'And how much does it cost?',
    locale: 'en',
    conv: 'e1',
    kind: 'facts',
    titles: [T.barriere],
    says: ['costs €150'],
  },
];

heldoutSuite('answering questions about a third, independent catalogue (Kreis Viersen)', {
  fixture: 'heldout3-catalogue.json',
  now,
  timeZone: TZ,
  cases: CASES,
  titles: all,
  never: NEVER,
});
