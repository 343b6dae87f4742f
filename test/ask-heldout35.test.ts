// Over-fitting check, thirty-fifth catalogue: the 2027/28 programme of the Kreis Paderborn and its towns (Kreishaus
// Paderborn, Rathaus Delbrück, the Seminarzentrum Wewelsburg in Büren, online), offered by the Studieninstitut
// Westfalen-Lippe, the Kreis's Personalentwicklung, an invented regional IT provider (ITK Hochstift), the Universität
// Paderborn and Digitallotsen NRW, imported from a JSON file. Brochure texts in everyday vocabulary (synonyms,
// compounds, abbreviations explained once; several catchy titles whose subject is only in the summary or description),
// and questions written the way employees ask, without looking at the parser or the answers. Same assertions as the
// other suites: exactly the expected seminars (best first where one is clearly best), the asked fact in the first
// sentence, never a draft, cancelled or past seminar.
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

// Wednesday, 3 November 2027, 09:00 in Paderborn (winter time since 31 October). This week after now: Thu 04.11 and
// Fri 05.11; next week (08.–14.11): three half-day sessions only; nothing from 12.11 to 22.11, so "the next two weeks"
// ends in the gap whichever way it is counted from today.
const now = new Date('2027-11-03T08:00:00Z');
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Klick mit Köpfchen: Phishing und Betrugsmaschen erkennen', // Thu 04.11.2027 09:00–12:00, online, ITK, free
  konflikt: 'Konflikte im Team konstruktiv lösen', // Fri 05.11.2027 09:00–16:00, Rathaus Delbrück, deadline passed 29.10.
  datenschutz: 'Datenschutz im Büroalltag: was die DSGVO von uns verlangt', // Tue 09.11.2027 09:00–12:30, online, free
  m365: 'Microsoft 365 kompakt: OneDrive, SharePoint und Teams gemeinsam nutzen', // Wed 10.11.2027 13:30–16:30, Kreishaus
  klartext: 'Klartext statt Amtsdeutsch: Bescheide verständlich formulieren', // Thu 11.11.2027 08:30–12:00, Delbrück
  erechnung: 'E-Rechnung ab 2028: XRechnung empfangen und prüfen', // Tue 23.11.2027, Kreishaus, 190 €
  ki: 'KI im Amt: Chancen, Grenzen und verantwortungsvoller Einsatz von Sprachmodellen', // Wed 24.11.2027, hybrid, 240 €
  ozg: 'Bürgerservice digital: Verwaltungsleistungen online anbieten', // Thu 25.11.2027, online, ITK, free
  projekt: 'Projekte erfolgreich steuern: Grundlagen des Projektmanagements', // Mon–Tue 29.–30.11.2027, Wewelsburg
  eakte: 'Papierlos arbeiten: Einstieg in die E-Akte', // Tue 30.11.2027 08:30–12:00, Delbrück, ITK, free
  agil: 'Scrum, Kanban und Co: agile Methoden für die Verwaltung', // Wed 01.12.2027, online, 180 €
  barriere: 'Barrierefreiheit im Netz: Webseiten und PDF-Dokumente zugänglich gestalten', // Thu 02.12.2027 pm, online, free
  prozess: 'Abläufe neu denken: Prozesse aufnehmen, modellieren und verbessern', // Tue 07.12. and Tue 14.12.2027, Kreishaus
  vergabe: 'Vergabe von Liefer- und Dienstleistungen: UVgO und VgV in der Praxis', // Wed 08.12.2027, Kreishaus, 290 €
  gesund: 'Kraft tanken: Gesund bleiben bei hoher Arbeitsbelastung', // Thu 09.12.2027, Delbrück, free, 16 seats
  ideen: 'Ideenwerkstatt Verwaltung: mit Design Thinking neue Lösungen finden', // Wed 15.12.2027, Wewelsburg
  presenting: 'Presenting with Confidence in English', // Thu 16.12.2027 14:00–16:00, online, English, free, Uni
  english: 'English for Public Service Staff', // Tue–Wed 11.–12.01.2028, Kreishaus, English, 260 €
  homeoffice: 'Zu Hause gut organisiert: Selbstorganisation bei mobiler Arbeit', // Tue 11.01.2028 13:00–16:00, online
  fuehrung: 'Führen im digitalen Wandel: Teams durch Veränderung begleiten', // 13.01., 27.01., 10.02.2028, Wewelsburg
  haushalt: 'Haushaltsplanung im NKF: vom Entwurf bis zum Jahresabschluss', // Tue–Wed 18.–19.01.2028, Kreishaus
  zertifikat: 'Zertifikatskurs Informationssicherheitsmanagement in Kommunen', // 20./21.01. and 03./04.02.2028, Uni, 1.950 €
  einarbeitung: 'Einarbeitung mit Plan: neue Kolleginnen und Kollegen gut ankommen lassen', // Thu 20.01.2028, Delbrück
  mobil: 'Sicher unterwegs: Diensthandy und Laptop richtig schützen', // Tue 25.01.2028 13:30–15:30, online, ITK
  personal: 'Personalauswahl mit System: strukturierte Interviews führen', // Wed 26.01.2028, Kreishaus, 12 seats
  lotsen: 'Digitallotsinnen und Digitallotsen NRW: Basisqualifizierung 2028', // from Wed 02.02.2028, hybrid, deadline 10.01.
  kiAssistent: 'KI-Assistent im Bürgerbüro: Pilotschulung', // draft
  signatur: 'Digitale Unterschrift: Fernsignatur in der Sachbearbeitung', // draft
  powerbi: 'Power BI für Einsteiger: Berichte und Dashboards', // cancelled
  ruecken: 'Bewegte Pause: Rückenfit im Büro', // cancelled
  auftakt: 'Auftakt Digitalstrategie Kreis Paderborn 2030', // past (Wed 15 September 2027)
  sommer: 'Sommerakademie Verwaltung 4.0', // past (25–26 August 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.kiAssistent, T.signatur, T.powerbi, T.ruecken, T.auftakt, T.sommer];

const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  { q: 'Was kostet der Vergabekurs?', kind: 'facts', titles: [T.vergabe], says: ['kostet 290 €'] },
  {
    q: 'Wie teuer ist der Zertifikatskurs an der Uni?',
    kind: 'facts',
    titles: [T.zertifikat],
    says: ['kostet 1.950 €'],
    mentions: ['Bildungsscheck'],
  },
  { q: 'Kostet die Phishing-Schulung etwas?', kind: 'facts', titles: [T.phishing], says: ['ist kostenlos'] },
  // --- facts: when, start time, duration -------------------------------------------------------------------------------
  {
    q: 'Wann ist das Seminar zum Projektmanagement?',
    kind: 'facts',
    titles: [T.projekt],
    says: ['an 2 Tagen', 'Mo., 29.11.2027'],
  },
  {
    q: 'Um wie viel Uhr beginnt der Kurs Klartext statt Amtsdeutsch?',
    kind: 'facts',
    titles: [T.klartext],
    says: ['beginnt am Do., 11.11.2027 um 08:30 Uhr'],
  },
  { q: 'Wie lange dauert die E-Akte-Schulung?', kind: 'facts', titles: [T.eakte], says: ['dauert 3,5 Stunden'] },
  {
    q: 'Wie viele Tage umfasst der Zertifikatskurs Informationssicherheitsmanagement?',
    kind: 'facts',
    titles: [T.zertifikat],
    says: ['dauert 4 Tage', 'von 09:00 bis 17:00 Uhr'],
  },
  // --- facts: where, format, trainer -----------------------------------------------------------------------------------
  { q: 'Wo findet die Ideenwerkstatt statt?', kind: 'facts', titles: [T.ideen], says: ['Wewelsburg'] },
  {
    q: 'Wo ist die Schulung zur Barrierefreiheit?',
    kind: 'facts',
    titles: [T.barriere],
    says: ['findet online statt'],
  },
  {
    q: 'Kann ich beim KI-Seminar auch von zu Hause teilnehmen?',
    kind: 'facts',
    titles: [T.ki],
    says: ['findet hybrid statt'],
  },
  {
    q: 'Wer leitet das Haushaltsseminar?',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['leitet Herr Martin Hagemeier'],
  },
  // --- facts: registration deadline, seats -----------------------------------------------------------------------------
  {
    q: 'Bis wann muss ich mich für die Digitallotsen-Qualifizierung anmelden?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['Mo., 10.01.2028, 23:59 Uhr'],
  },
  {
    q: 'Wie lange läuft die Anmeldefrist für das Konfliktseminar?',
    kind: 'facts',
    titles: [T.konflikt],
    says: ['abgelaufen', '29.10.2027'],
  },
  {
    q: 'Wie viele Plätze sind beim Seminar zur Personalauswahl noch frei?',
    kind: 'facts',
    titles: [T.personal],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  { conv: 'ki', q: 'Habt ihr etwas zu künstlicher Intelligenz?', kind: 'list', titles: [T.ki] },
  { conv: 'ki', q: 'Was kostet das?', kind: 'facts', titles: [T.ki], says: ['kostet 240 €'] },
  {
    conv: 'ki',
    q: 'Und wann genau?',
    kind: 'facts',
    titles: [T.ki],
    says: ['am Mi., 24.11.2027 von 09:00 bis 16:00 Uhr'],
  },
  { conv: 'stress', q: 'Ich bin ständig gestresst. Gibt es da etwas für mich?', kind: 'list', titles: [T.gesund] },
  { conv: 'stress', q: 'Wo findet das statt?', kind: 'facts', titles: [T.gesund], says: ['Rathaus Delbrück'] },
  {
    conv: 'stress',
    q: 'Gibt es noch freie Plätze?',
    kind: 'facts',
    titles: [T.gesund],
    says: ['noch 16 von 16 Plätzen frei'],
  },
  // --- topic searches: colloquial wording, words only the summary or description has, compounds, synonyms --------------
  { q: 'Was habt ihr zum Thema Sicherheit?', kind: 'list', ...only(T.phishing, T.zertifikat, T.mobil) },
  { q: 'Wie erkenne ich gefälschte E-Mails?', kind: 'list', titles: [T.phishing] },
  { q: 'Ich suche eine Fortbildung zur elektronischen Akte.', kind: 'list', titles: [T.eakte] },
  { q: 'Gibt es einen Kurs zur öffentlichen Beschaffung?', kind: 'list', titles: [T.vergabe] },
  { q: 'Wie arbeitet man agil im Amt?', kind: 'list', first: T.agil },
  { q: 'Ich möchte die Arbeitsabläufe in meinem Team verbessern.', kind: 'list', first: T.prozess },
  { q: 'Gibt es etwas zum Innovationsmanagement?', kind: 'list', first: T.ideen },
  { q: 'Ich möchte Briefe an Bürger einfacher formulieren.', kind: 'list', first: T.klartext },
  { q: 'Gibt es eine Schulung zu elektronischen Rechnungen?', kind: 'list', titles: [T.erechnung] },
  { q: 'Ich muss bald Vorstellungsgespräche führen – gibt es dazu ein Seminar?', kind: 'list', first: T.personal },
  { q: 'Wie bekommen wir unsere Anträge ins Internet?', kind: 'list', first: T.ozg },
  {
    q: 'Ich arbeite zwei Tage die Woche im Homeoffice. Habt ihr Tipps zur Organisation?',
    kind: 'list',
    first: T.homeoffice,
  },
  // --- typos -----------------------------------------------------------------------------------------------------------
  { q: 'Projektmanagment Seminar', kind: 'list', titles: [T.projekt] },
  { q: 'Schulung Datenschuz', kind: 'list', titles: [T.datenschutz] },
  { q: 'Gibt es was zur Barrierefreihet?', kind: 'list', titles: [T.barriere] },
  { q: 'Fortbildung Haushaltsplannung', kind: 'list', titles: [T.haushalt] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, cost, length, seats ---------------------
  { q: 'Was läuft nächste Woche?', kind: 'list', titles: [T.datenschutz, T.m365, T.klartext] },
  { q: 'Was ist diese Woche noch los?', kind: 'list', titles: [T.phishing, T.konflikt] },
  {
    q: 'Welche Seminare sind in den nächsten zwei Wochen?',
    kind: 'list',
    titles: [T.phishing, T.konflikt, T.datenschutz, T.m365, T.klartext],
  },
  { q: 'Gibt es nächste Woche etwas am Nachmittag?', kind: 'list', titles: [T.m365] },
  { q: 'Ist morgen ein Seminar?', kind: 'list', titles: [T.phishing] },
  {
    q: 'Welche Seminare finden in Delbrück statt?',
    kind: 'list',
    ...only(T.konflikt, T.klartext, T.eakte, T.gesund, T.einarbeitung),
  },
  { q: 'Was gibt es im Januar im Kreishaus?', kind: 'list', titles: [T.english, T.haushalt, T.personal] },
  { q: 'Welche Kurse gibt Frau Tewes?', kind: 'list', ...only(T.m365, T.homeoffice) },
  { q: 'Was bietet die ITK Hochstift an?', kind: 'list', ...only(T.phishing, T.ozg, T.eakte, T.barriere, T.mobil) },
  {
    q: 'Ich bin Führungskraft – welche Seminare sind für mich gedacht?',
    kind: 'list',
    ...only(T.fuehrung, T.einarbeitung, T.personal),
  },
  { q: 'Gibt es im Dezember Seminare über mehrere Tage?', kind: 'list', titles: [T.prozess] },
  {
    q: 'Bei welchen Seminaren im Dezember sind noch Plätze frei?',
    kind: 'list',
    titles: [T.agil, T.barriere, T.prozess, T.vergabe, T.gesund, T.ideen, T.presenting],
  },
  // --- gone, no match, greeting ----------------------------------------------------------------------------------------
  { q: 'Wann findet der Power-BI-Kurs statt?', kind: 'gone', gone: T.powerbi },
  { q: 'Kann ich mich noch für Rückenfit im Büro anmelden?', kind: 'gone', gone: T.ruecken },
  {
    q: 'Wann war die Auftaktveranstaltung zur Digitalstrategie?',
    kind: 'gone',
    gone: T.auftakt,
    says: ['Mi., 15.09.2027'],
  },
  { q: 'Wann ist die Sommerakademie?', kind: 'gone', gone: T.sommer },
  { q: 'Gibt es eine Schulung zur Fernsignatur?', kind: 'none' },
  { q: 'Bietet ihr einen Imkerkurs an?', kind: 'none' },
  { q: 'Moin!', kind: 'help' },
  // --- English -----------------------------------------------------------------------------------------------------------
  { q: 'Hello', locale: 'en', kind: 'help' },
  {
    q: 'How much does English for Public Service Staff cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['costs €260'],
  },
  {
    q: 'When is the presentation training in English?',
    locale: 'en',
    kind: 'facts',
    titles: [T.presenting],
    says: ['Thu, 16 Dec 2027 from 14:00 to 16:00'],
  },
  {
    q: 'Where does the budget planning seminar take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['Kreishaus Paderborn'],
  },
  {
    q: 'Who runs the design thinking workshop?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ideen],
    says: ['is led by Herr Simon Gockel'],
  },
  {
    q: 'What is the registration deadline for the Digitallotsen qualification?',
    locale: 'en',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['until Mon, 10 Jan 2028, 23:59'],
  },
  { q: 'Which seminars are held in English?', locale: 'en', kind: 'list', ...only(T.english, T.presenting) },
  { q: 'What is on next week?', locale: 'en', kind: 'list', titles: [T.datenschutz, T.m365, T.klartext] },
  { q: 'Anything next week in the morning?', locale: 'en', kind: 'list', titles: [T.datenschutz, T.klartext] },
  { q: 'Is there any training on e-invoicing?', locale: 'en', kind: 'list', titles: [T.erechnung] },
  { q: 'Are there free online courses in December?', locale: 'en', kind: 'list', titles: [T.barriere, T.presenting] },
];

heldoutSuite('answering questions about a thirty-fifth, independent catalogue (Kreis Paderborn)', {
  fixture: 'heldout35-catalogue.json',
  now,
  timeZone: TZ,
  cases: CASES,
  titles: all,
  never: NEVER,
});
