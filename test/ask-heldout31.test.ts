// Over-fitting check, thirty-first catalogue: the 2027 staff training programme of the Stadt Dortmund (the city's Aus-
// und Fortbildungszentrum, the Studieninstitut Ruhr, the invented IT provider "do.digital Systemhaus" and the state's
// Digitallotsen programme; Rathaus am Friedensplatz, Berswordt-Halle, Stadthaus, online) imported from a JSON file, with
// catchy titles whose content words are only in the summary or description, and questions written the way employees
// ask, without looking at the parser or the answers. Same assertions as the other suites: exactly the expected seminars
// (best first where one is clearly best), the asked fact in the first sentence, never a draft, cancelled or past
// seminar.
//
// Calendar around now: this week (13–19 Sep) only half-day sessions (Tue 14 morning, Wed 15 afternoon, Thu 16 morning);
// next week (20–26 Sep) three seminars; nothing at all from 27 Sep to 3 Oct; then October, November and December.
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-09-13T06:45:00Z'); // Monday, 13 September 2027, 08:45 in Dortmund (summer time)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Vorsicht, Falle: Phishing und Betrugsmaschen im Postfach erkennen', // Tue 14.09.2027 09:00–11:30, online, free, do.digital
  m365: 'Microsoft 365 im Team: Teams, OneDrive und SharePoint gemeinsam nutzen', // Wed 15.09.2027 13:00–16:00, Stadthaus
  klartext: 'Klartext statt Amtsdeutsch', // Thu 16.09.2027 08:30–12:00, online, Dr. Anna Lichtenberg
  datenschutz: 'Datenschutz im Verwaltungsalltag: die DSGVO sicher anwenden', // Tue 21.09.2027 09:00–16:00, Rathaus
  ozg: 'Online-Dienste nach dem OZG: Verwaltungsleistungen digital anbieten', // Wed 22.09.2027 13:30–16:30, online
  konflikt: 'Wenn es knirscht: miteinander reden statt übereinander', // 23.–24.09.2027, Berswordt-Halle, deadline passed 10.09.
  erechnung: 'E-Rechnung und XRechnung: Rechnungen digital empfangen und prüfen', // Tue 05.10.2027 09:00–12:00, online, free
  vergabe: 'Vergaberecht für Einsteigerinnen und Einsteiger', // Wed 06.10. and Wed 20.10.2027, Rathaus, 390 € with note
  ki: 'KI im Verwaltungsalltag: Chancen, Grenzen, Spielregeln', // Thu 07.10.2027 09:00–12:30, hybrid, Rathaus
  scrum: 'In Sprints zum Ziel: Scrum und Kanban in der Verwaltung', // 12.–13.10.2027, Stadthaus, 420 €
  emails: 'Writing Emails in English', // Wed 20.10.2027 09:00–12:00, online, English
  barriere: 'Barrierefreiheit digital: Dokumente und Webinhalte für alle', // Thu 21.10.2027, Berswordt-Halle
  haushalt: 'Der städtische Haushalt: NKF-Grundlagen für Fachämter', // 26.–27.10.2027, Stadthaus, Herr Stefan Kuhlmann
  pause: 'Bewegte Pause: fit und entspannt durch den Büroalltag', // Thu 28.10.2027 13:30–15:00, online, free
  fuehren: 'Führen im digitalen Wandel', // Tue 02.11. and Tue 16.11.2027, Rathaus
  eakte: 'Tschüss, Papierberg: so arbeiten Sie mit dem neuen DMS', // Wed 03.11.2027 09:00–12:00, online, free, Brinkmann
  prozesse: 'Abläufe auf dem Prüfstand: Geschäftsprozesse erheben und verbessern', // Thu 04.11.2027, Stadthaus, Brinkmann
  projekt: 'Projektmanagement kompakt: Projekte planen, steuern und abschließen', // 09.–10.11.2027, Berswordt-Halle, 450 €
  opendata: 'Open Data in Practice: Publishing City Data', // Wed 10.11.2027 14:00–16:00, online, English, free
  design: 'Ideen mit Wirkung: Design Thinking für die Verwaltung', // Thu 11.11.2027 09:00–12:00, online, free, Digitallotsen NRW
  personal: 'Personalauswahl: strukturierte Auswahlgespräche führen', // Wed 17.11.2027 09:00–15:00, Rathaus
  intercultural: 'Welcoming International Residents: Intercultural Skills for Front Desk Staff', // 18.–19.11.2027, English
  isb: 'Informationssicherheitsbeauftragte: Grundlagen nach BSI IT-Grundschutz', // 23.–25.11.2027, Stadthaus
  zeit: 'Den Kopf frei bekommen: Aufgaben und Zeit im Griff', // Wed 24.11.2027 08:30–12:30, Rathaus
  telefon: 'Am Telefon überzeugen: freundlich, klar und lösungsorientiert', // Wed 01.12.2027 09:00–12:00, online
  lotsen: 'Digitallotsinnen und Digitallotsen NRW: Qualifizierung für die Stadt Dortmund', // 02./09./16.12.2027, hybrid, free
  chatbots: 'Chatbots im Bürgerservice: Pilotschulung', // draft
  gebaerden: 'Gebärdensprache: erste Schritte für den Bürgerservice', // draft
  automate: 'Arbeitsabläufe automatisieren mit Power Automate', // cancelled
  yoga: 'Yoga in der Mittagspause', // cancelled
  digitaltag: 'Digitaltag der Stadtverwaltung 2027', // past (Wed 01.09.2027)
  wiki: 'Wissen teilen mit dem Intranet-Wiki', // past (Tue 07.09.2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.chatbots, T.gebaerden, T.automate, T.yoga, T.digitaltag, T.wiki];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  {
    q: 'Was kostet das Vergaberecht-Seminar?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['kostet 390 €'],
    mentions: ['Fortbildungsbudget'],
  },
  {
    q: 'Kostet die Qualifizierung zur Digitallotsin etwas?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['ist kostenlos'],
    mentions: ['Die Kosten trägt das Land NRW.'],
  },
  // --- facts: when, start time, duration -------------------------------------------------------------------------------
  {
    q: 'Wann findet das Datenschutz-Seminar statt?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['am Di., 21.09.2027 von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'Wann ist Führen im digitalen Wandel?',
    kind: 'facts',
    titles: [T.fuehren],
    says: ['an 2 Tagen', 'Di., 02.11.2027 und Di., 16.11.2027'],
  },
  {
    q: 'Um wie viel Uhr beginnt Klartext statt Amtsdeutsch?',
    kind: 'facts',
    titles: [T.klartext],
    says: ['beginnt am Do., 16.09.2027 um 08:30 Uhr'],
  },
  {
    q: 'Wie lange dauert die Bewegte Pause?',
    kind: 'facts',
    titles: [T.pause],
    says: ['dauert 1,5 Stunden', 'von 13:30 bis 15:00 Uhr'],
  },
  {
    q: 'Wie viele Tage dauert der Lehrgang für Informationssicherheitsbeauftragte?',
    kind: 'facts',
    titles: [T.isb],
    says: ['dauert 3 Tage', 'von 09:00 bis 16:30 Uhr'],
  },
  // --- facts: where, format, trainer -----------------------------------------------------------------------------------
  { q: 'Wo ist die Schulung zur E-Rechnung?', kind: 'facts', titles: [T.erechnung], says: ['findet online statt'] },
  {
    q: 'In welchem Raum ist das Seminar zur Personalauswahl?',
    kind: 'facts',
    titles: [T.personal],
    says: ['im Rathaus Dortmund, Friedensplatz 1, Raum 110'],
  },
  {
    q: 'Findet das Konfliktseminar in Präsenz statt?',
    kind: 'facts',
    titles: [T.konflikt],
    says: ['in der Berswordt-Halle'],
  },
  { q: 'Wer leitet den Haushaltskurs?', kind: 'facts', titles: [T.haushalt], says: ['leitet Herr Stefan Kuhlmann'] },
  // --- facts: registration deadline, free seats ------------------------------------------------------------------------
  {
    q: 'Bis wann kann ich mich für den ISB-Lehrgang anmelden?',
    kind: 'facts',
    titles: [T.isb],
    says: ['bis Fr., 05.11.2027, 23:59 Uhr'],
  },
  {
    q: 'Bis wann ist die Anmeldung zum Konfliktseminar möglich?',
    kind: 'facts',
    titles: [T.konflikt],
    says: ['abgelaufen', 'Fr., 10.09.2027, 23:59 Uhr'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  { conv: 'ki', q: 'Gibt es was zu künstlicher Intelligenz?', kind: 'list', titles: [T.ki] },
  { conv: 'ki', q: 'Und wann?', kind: 'facts', titles: [T.ki], says: ['am Do., 07.10.2027 von 09:00 bis 12:30 Uhr'] },
  { conv: 'ki', q: 'Ist das online?', kind: 'facts', titles: [T.ki], says: ['oder online'] },
  { conv: 'ki', q: 'Wer macht das?', kind: 'facts', titles: [T.ki], says: ['leitet Herr Dr. Tim Albers'] },
  {
    conv: 'streit',
    q: 'Bei uns im Team gibt es ständig Streit. Gibt es dafür ein Seminar?',
    kind: 'list',
    titles: [T.konflikt],
  },
  {
    conv: 'streit',
    q: 'Wie lange dauert das?',
    kind: 'facts',
    titles: [T.konflikt],
    says: ['dauert 2 Tage', 'von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'streit',
    q: 'Gibts noch Plätze?',
    kind: 'facts',
    titles: [T.konflikt],
    says: ['noch 14 von 14 Plätzen frei'],
  },
  // --- topic searches: colloquial wording, words only the summary or description has -----------------------------------
  { q: 'Ich bekomme komische Mails mit Links drin – gibt es dazu eine Schulung?', kind: 'list', titles: [T.phishing] },
  { q: 'Gibt es etwas zur IT-Sicherheit?', kind: 'list', ...only(T.phishing, T.isb) },
  { q: 'Gibt es eine Schulung zur E-Akte?', kind: 'list', titles: [T.eakte] },
  { q: 'Ich würde gern agiles Arbeiten lernen.', kind: 'list', titles: [T.scrum] },
  { q: 'Ich habe vom vielen Sitzen Rückenschmerzen. Gibt es da was?', kind: 'list', titles: [T.pause] },
  { q: 'Ich verstehe unseren Haushaltsplan nicht – gibt es dazu eine Schulung?', kind: 'list', titles: [T.haushalt] },
  { q: 'Ich muss demnächst Aufträge ausschreiben. Welche Fortbildung hilft mir?', kind: 'list', first: T.vergabe },
  // --- typos -----------------------------------------------------------------------------------------------------------
  { q: 'Was kosstet der Projektmanagment-Kurs?', kind: 'facts', titles: [T.projekt], says: ['kostet 450 €'] },
  { q: 'Datenshutz Schulung', kind: 'list', titles: [T.datenschutz] },
  { q: 'Gibt es was zum Vergaberect?', kind: 'list', titles: [T.vergabe] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, cost, length, seats ---------------------
  { q: 'Gibt es morgen ein Seminar?', kind: 'list', titles: [T.phishing] },
  { q: 'Gibt es diese Woche noch etwas am Nachmittag?', kind: 'list', titles: [T.m365] },
  { q: 'Was steht nächste Woche an?', kind: 'list', titles: [T.datenschutz, T.ozg, T.konflikt] },
  {
    q: 'Welche Seminare gibt es in den nächsten zwei Wochen?',
    kind: 'list',
    titles: [T.phishing, T.m365, T.klartext, T.datenschutz, T.ozg, T.konflikt],
  },
  { q: 'Gibt es im November nachmittags ein Online-Seminar?', kind: 'list', titles: [T.opendata] },
  { q: 'Kostenlose Seminare im Oktober?', kind: 'list', titles: [T.erechnung, T.pause] },
  {
    q: 'Welche Seminare im November gehen über mehrere Tage?',
    kind: 'list',
    titles: [T.fuehren, T.projekt, T.intercultural, T.isb],
  },
  {
    q: 'Welche Seminare finden in der Berswordt-Halle statt?',
    kind: 'list',
    ...only(T.konflikt, T.barriere, T.projekt, T.intercultural),
  },
  { q: 'Welche Kurse gibt Herr Brinkmann?', kind: 'list', ...only(T.eakte, T.prozesse) },
  {
    q: 'Welche Schulungen bietet do.digital an?',
    kind: 'list',
    ...only(T.phishing, T.ozg, T.erechnung, T.eakte, T.opendata, T.isb),
  },
  { q: 'Ich bin Führungskraft – welche Seminare sind für mich gedacht?', kind: 'list', ...only(T.fuehren, T.personal) },
  { q: 'Wo sind diese Woche noch Plätze frei?', kind: 'list', titles: [T.phishing, T.m365, T.klartext] },
  // --- gone, no match, greeting ----------------------------------------------------------------------------------------
  { q: 'Findet der Yoga-Kurs statt?', kind: 'gone', gone: T.yoga },
  { q: 'Wann war der Digitaltag?', kind: 'gone', gone: T.digitaltag, says: ['Mi., 01.09.2027'] },
  { q: 'Gibt es einen Kurs für Gebärdensprache?', kind: 'none' },
  { q: 'Gibt es einen Lehrgang für den Motorsägenschein?', kind: 'none' },
  { q: 'Guten Morgen!', kind: 'help' },
  // --- English -----------------------------------------------------------------------------------------------------------
  {
    q: 'How much is the intercultural training?',
    locale: 'en',
    kind: 'facts',
    titles: [T.intercultural],
    says: ['costs €280'],
  },
  {
    q: 'When is the open data webinar?',
    locale: 'en',
    kind: 'facts',
    titles: [T.opendata],
    says: ['Wed, 10 Nov 2027 from 14:00 to 16:00'],
  },
  {
    q: 'Where does the email writing course take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.emails],
    says: ['takes place online'],
  },
  {
    q: 'What time does the AI seminar start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['starts on Thu, 7 Oct 2027 at 09:00'],
  },
  {
    q: 'Until when can I sign up for the Digitallotsen qualification?',
    locale: 'en',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['until Mon, 15 Nov 2027, 23:59'],
  },
  {
    q: 'Which seminars are held in English?',
    locale: 'en',
    kind: 'list',
    ...only(T.emails, T.opendata, T.intercultural),
  },
  { q: "What's on next week?", locale: 'en', kind: 'list', titles: [T.datenschutz, T.ozg, T.konflikt] },
  { q: 'Is there anything tomorrow?', locale: 'en', kind: 'list', titles: [T.phishing] },
  { q: 'When was the intranet wiki training?', locale: 'en', kind: 'gone', gone: T.wiki, says: ['Tue, 7 Sep'] },
  { conv: 'opendata', q: 'Is there a course on open data?', locale: 'en', kind: 'list', titles: [T.opendata] },
  {
    conv: 'opendata',
    q: 'How long is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.opendata],
    says: ['lasts 2 hours, from 14:00 to 16:00'],
  },
  {
    conv: 'opendata',
    q: 'Are there any seats left?',
    locale: 'en',
    kind: 'facts',
    titles: [T.opendata],
    says: ['has 50 of 50 seats left'],
  },
];

heldoutSuite('answering questions about a thirty-first, independent catalogue (Stadt Dortmund)', {
  fixture: 'heldout31-catalogue.json',
  now,
  timeZone: TZ,
  cases: CASES,
  titles: all,
  never: NEVER,
});
