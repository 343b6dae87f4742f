// Over-fitting check, twenty-seventh catalogue: the 2027/28 programme of the Stadt Frankfurt am Main's Personal- und
// Organisationsamt (own Fortbildung, Hessischer Verwaltungsschulverband, the city's IT provider MainKom IT, the
// Goethe-Institut for language courses; Römer, Bürgeramt Zeil, Verwaltungsakademie Frankfurt, online) with an
// international angle: six seminars in English, some with German twins on the same topic, German courses for staff whose
// first language is not German, intercultural competence, immigration-office topics. Questions written the way
// employees ask, half of them in English by international staff, without looking at the parser or the answers. Same
// assertions as the other suites: exactly the expected seminars (best first where one is clearly best), the asked fact
// in the first sentence, never a draft, cancelled or past seminar.
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-11-08T08:00:00Z'); // Monday, 8 November 2027, 09:00 in Frankfurt (winter time, CET)
const TZ = 'Europe/Berlin';

// This week (Mon 08.–Sun 14.11.): infosec, orientation, m365 — all half-day. Next week (15.–21.11.): klartext,
// aufenthalt, dataProtection. Nothing from Sat 20.11. to Tue 23.11. December: intercultural, datenschutz, change,
// gesundheit, konflikte. Nothing from 15.12.2027 to 10.01.2028.
const T = {
  infosec: 'Informationssicherheit für alle: sicher arbeiten im städtischen Netz', // Tue 09.11.2027 09:00–12:00, online, free, MainKom IT
  orientation: 'Getting Started at the City of Frankfurt: Orientation for New International Colleagues', // Wed 10.11.2027 13:30–16:30, Römer, English, free
  m365: 'Microsoft 365 im Team: gemeinsam arbeiten mit Teams, SharePoint und OneDrive', // Fri 12.11.2027 13:00–15:30, online, free
  klartext: 'Klartext statt Amtsdeutsch: Bürgerbriefe einfach und verständlich formulieren', // Mon 15.11.2027, Verwaltungsakademie, 210 €
  aufenthalt: 'Aufenthaltsrecht kompakt: Aufenthaltstitel, Blaue Karte EU und Fachkräfteeinwanderung', // 16.–17.11.2027, 380 €
  dataProtection: 'Data Protection Basics: Handling Personal Data Safely', // Thu 18.11.2027 09:00–12:00, online, English, free
  deeskalation: 'Gelassen bleiben am Schalter: Deeskalation im Bürgeramt', // Wed 24.11.2027 09:00–12:30, Bürgeramt Zeil, 12 seats
  eakte: 'Die E-Akte im Amt: Einstieg in das Dokumentenmanagementsystem', // Thu 25.11.2027 09:00–15:30, free
  prozess: 'Prozessmanagement in der Stadtverwaltung: Abläufe erheben, modellieren und verbessern', // 29.–30.11.2027, deadline passed 01.11.
  intercultural: 'Intercultural Competence in Public Service', // Wed 01.12.2027, Römer, English, 180 €, Frau Claire Dubois
  datenschutz: 'Datenschutz-Grundlagen: personenbezogene Daten im Arbeitsalltag schützen', // Tue 07.12.2027 09:00–12:00, online, free
  change: 'Veränderungen gestalten: Change-Management für Führungskräfte', // Wed 08.12.2027, Römer
  gesundheit: 'Gesund bleiben im Büro: Belastungen erkennen und Kraftquellen stärken', // Mon 13.12.2027 13:00–16:00, online, free
  konflikte: 'Konflikte im Team lösen: Gespräche führen und Lösungen finden', // Tue 14.12.2027 09:00–16:30, Römer
  deutschA2: 'Deutsch am Arbeitsplatz A2: Grundkurs für internationale Beschäftigte', // Tue 11., 18., 25.01., 01.02.2028, Goethe-Institut, free
  excelEn: 'Excel for Everyday Office Work', // Thu 13.01.2028, English, Benjamin Okafor
  diverse: 'Leading Diverse Teams', // Wed 19.01.2028 13:00–16:30, online, English
  fuehrung: 'Neu in der Führungsrolle: Grundlagen guter Mitarbeiterführung', // Thu 20.01. and 17.02.2028, Römer, two trainers
  excelDe: 'Excel-Grundlagen: Tabellen, Formeln und Diagramme', // Tue 25.01. and 01.02.2028 mornings, online
  agil: 'Agil arbeiten in der Verwaltung: Scrum und Kanban im Überblick', // Wed 26.01.2028, hybrid
  ki: 'Künstliche Intelligenz in der Stadtverwaltung: Chancen, Grenzen und Spielregeln', // Thu 03.02.2028, hybrid, 30 seats
  deutschB2: 'Deutsch im Beruf B2: Schriftverkehr und Telefonate in der Verwaltung', // 07.–09.02.2028, Goethe-Institut, free
  interkulturell: 'Interkulturelle Kompetenz im Bürgerkontakt: Missverständnisse vermeiden, Vielfalt nutzen', // Thu 10.02.2028, Zeil, Dubois
  ozg: 'Onlinedienste nach dem OZG: digitale Anträge im Fachverfahren bearbeiten', // Tue 22.02.2028, online, free
  einbuergerung: 'Einbürgerung nach dem neuen Staatsangehörigkeitsrecht: Praxiswissen für die Sachbearbeitung', // Thu 02.03.2028, 240 €
  counter: 'Customer Service in English: Confident Conversations at the Counter', // 06.–07.03.2028, Zeil, English
  gebaerden: 'Gebärdensprache für den Bürgerservice: Grundkurs', // draft
  automate: 'Routineaufgaben automatisieren mit Power Automate: Pilotgruppe', // draft
  spanisch: 'Spanisch für den Bürgerservice', // cancelled
  python: 'Python for Data Analysis', // cancelled (English)
  welcomeDay: 'Welcome Day for International Staff 2027', // past (Thu 23 September 2027, English)
  greenIt: 'Green IT im Büro: Energie und Papier sparen', // past (Thu 14 October 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.gebaerden, T.automate, T.spanisch, T.python, T.welcomeDay, T.greenIt];
const ENGLISH = [T.orientation, T.dataProtection, T.intercultural, T.excelEn, T.diverse, T.counter];

const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // === German ==========================================================================================================
  // --- facts -----------------------------------------------------------------------------------------------------------
  { q: 'Was kostet das Seminar zum Aufenthaltsrecht?', kind: 'facts', titles: [T.aufenthalt], says: ['kostet 380 €'] },
  {
    q: 'Wann ist das Seminar zu Konflikten im Team?',
    kind: 'facts',
    titles: [T.konflikte],
    says: ['am Di., 14.12.2027 von 09:00 bis 16:30 Uhr'],
  },
  {
    q: 'Um wie viel Uhr beginnt die E-Akte-Schulung?',
    kind: 'facts',
    titles: [T.eakte],
    says: ['beginnt am Do., 25.11.2027 um 09:00 Uhr'],
  },
  {
    q: 'Wie lange dauert der B2-Deutschkurs?',
    kind: 'facts',
    titles: [T.deutschB2],
    says: ['dauert 3 Tage', 'von 09:00 bis 15:00 Uhr'],
  },
  {
    q: 'Wo findet das Seminar zur Einbürgerung statt?',
    kind: 'facts',
    titles: [T.einbuergerung],
    says: ['in der Verwaltungsakademie Frankfurt'],
  },
  { q: 'Ist das Scrum-Seminar online oder vor Ort?', kind: 'facts', titles: [T.agil], says: ['findet hybrid statt'] },
  {
    q: 'Wer leitet die Schulung für neue Führungskräfte?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['leiten Frau Andrea Becker und Herr Thomas Schäfer'],
  },
  {
    q: 'Bis wann kann ich mich zum Prozessmanagement anmelden?',
    kind: 'facts',
    titles: [T.prozess],
    says: ['abgelaufen', 'Mo., 01.11.2027, 23:59 Uhr'],
  },
  {
    q: 'Sind im Deeskalationstraining noch Plätze frei?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  // --- follow-ups ------------------------------------------------------------------------------------------------------
  { conv: 'stress', q: 'Ich suche etwas zur Stressbewältigung.', kind: 'list', titles: [T.gesundheit] },
  {
    conv: 'stress',
    q: 'Wann ist das?',
    kind: 'facts',
    titles: [T.gesundheit],
    says: ['am Mo., 13.12.2027 von 13:00 bis 16:00 Uhr'],
  },
  {
    conv: 'stress',
    q: 'Findet das online statt?',
    kind: 'facts',
    titles: [T.gesundheit],
    says: ['findet online statt'],
  },
  // --- topic searches --------------------------------------------------------------------------------------------------
  { q: 'Gibt es eine Schulung zur DSGVO?', kind: 'list', first: T.datenschutz },
  { q: 'Ich suche eine Schulung zu sicheren Passwörtern.', kind: 'list', titles: [T.infosec] },
  { q: 'Gibt es ein Seminar zu Leichter Sprache?', kind: 'list', titles: [T.klartext] },
  { q: 'Gibt es was gegen Streit im Team?', kind: 'list', first: T.konflikte },
  { q: 'Ich suche eine Schulung zu ChatGPT.', kind: 'list', titles: [T.ki] },
  { q: 'Gibt es etwas zum Onlinezugangsgesetz?', kind: 'list', titles: [T.ozg] },
  // --- typos -----------------------------------------------------------------------------------------------------------
  { q: 'Datenschuz Schulung', kind: 'list', first: T.datenschutz },
  { q: 'Prozesmanagment Seminar', kind: 'list', titles: [T.prozess] },
  // --- filters ---------------------------------------------------------------------------------------------------------
  { q: 'Was läuft diese Woche?', kind: 'list', titles: [T.infosec, T.orientation, T.m365] },
  { q: 'Gibt es diese Woche etwas am Nachmittag?', kind: 'list', titles: [T.orientation, T.m365] },
  {
    q: 'Welche Seminare sind in den nächsten zwei Wochen?',
    kind: 'list',
    titles: [T.infosec, T.orientation, T.m365, T.klartext, T.aufenthalt, T.dataProtection],
  },
  {
    q: 'Was ist im Dezember?',
    kind: 'list',
    titles: [T.intercultural, T.datenschutz, T.change, T.gesundheit, T.konflikte],
  },
  {
    q: 'Wo sind im Dezember noch Plätze frei?',
    kind: 'list',
    titles: [T.intercultural, T.datenschutz, T.change, T.gesundheit, T.konflikte],
  },
  { q: 'Welche Kurse bietet das Goethe-Institut an?', kind: 'list', ...only(T.deutschA2, T.deutschB2) },
  { q: 'Gibt es mehrtägige Seminare im November?', kind: 'list', titles: [T.aufenthalt, T.prozess] },
  {
    q: 'Welche Seminare gibt es im Januar auf Deutsch?',
    kind: 'list',
    titles: [T.deutschA2, T.fuehrung, T.excelDe, T.agil],
  },
  {
    q: 'Ich bin Führungskraft – welche Seminare sind für mich?',
    kind: 'list',
    ...only(T.change, T.fuehrung, T.diverse),
  },
  // --- gone, draft, no match, greeting ---------------------------------------------------------------------------------
  { q: 'Wann findet der Spanischkurs statt?', kind: 'gone', gone: T.spanisch },
  { q: 'Wann war die Green-IT-Schulung?', kind: 'gone', gone: T.greenIt, says: ['Do., 14.10.2027'] },
  { q: 'Gibt es einen Kurs in Gebärdensprache?', kind: 'none' },
  { q: 'Gibt es eine Schulung zum Vergaberecht?', kind: 'none' },
  { q: 'Guten Morgen', kind: 'help' },

  // === English (international staff) ===================================================================================
  // --- facts -----------------------------------------------------------------------------------------------------------
  {
    q: 'When is the data protection course in English?',
    locale: 'en',
    kind: 'facts',
    titles: [T.dataProtection],
    says: ['takes place on Thu, 18 Nov 2027 from 09:00 to 12:00'],
  },
  {
    q: 'How much does the intercultural training cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.intercultural],
    says: ['costs €180'],
  },
  {
    q: 'Who teaches the English Excel course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.excelEn],
    says: ['is led by Benjamin Okafor'],
  },
  {
    q: 'What time does Leading Diverse Teams start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.diverse],
    says: ['starts on Wed, 19 Jan 2028 at 13:00'],
  },
  {
    q: 'How long is the customer service course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.counter],
    says: ['lasts 2 days', 'from 09:00 to 15:30'],
  },
  {
    q: 'Where is the orientation for new international colleagues held?',
    locale: 'en',
    kind: 'facts',
    titles: [T.orientation],
    says: ['at Rathaus Römer'],
  },
  {
    q: 'Until when can I sign up for the German course for beginners?',
    locale: 'en',
    kind: 'facts',
    titles: [T.deutschA2],
    says: ['until Mon, 20 Dec 2027, 23:59'],
  },
  {
    q: 'Are there still places left in the AI seminar?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['has 30 of 30 seats left'],
  },
  // --- follow-ups ------------------------------------------------------------------------------------------------------
  { conv: 'german', q: 'Is there a German class for beginners?', locale: 'en', kind: 'list', titles: [T.deutschA2] },
  {
    conv: 'german',
    q: 'Where does it take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.deutschA2],
    says: ['at Goethe-Institut Frankfurt'],
  },
  {
    conv: 'german',
    q: 'How much is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.deutschA2],
    says: ['is free of charge'],
  },
  // --- topic searches --------------------------------------------------------------------------------------------------
  { q: 'Is there a course about the new citizenship law?', locale: 'en', kind: 'list', titles: [T.einbuergerung] },
  { q: 'Do you have training on cultural diversity?', locale: 'en', kind: 'list', first: T.intercultural },
  { q: 'Is there training on agile working?', locale: 'en', kind: 'list', titles: [T.agil] },
  {
    q: 'I just moved to Frankfurt from abroad and started working for the city. Is there an introduction for me?',
    locale: 'en',
    kind: 'list',
    first: T.orientation,
  },
  { q: 'Is there training on pivot tables?', locale: 'en', kind: 'list', first: T.excelEn },
  { q: 'Is there a course about residence permits?', locale: 'en', kind: 'list', titles: [T.aufenthalt] },
  // --- typos -----------------------------------------------------------------------------------------------------------
  { q: 'intercultral training', locale: 'en', kind: 'list', first: T.intercultural },
  { q: 'Is there an Exel course in English?', locale: 'en', kind: 'list', titles: [T.excelEn] },
  // --- filters ---------------------------------------------------------------------------------------------------------
  { q: "What's on next week?", locale: 'en', kind: 'list', titles: [T.klartext, T.aufenthalt, T.dataProtection] },
  { q: 'Which seminars are held in English?', locale: 'en', kind: 'list', ...only(...ENGLISH) },
  { q: 'Any English-language courses in January?', locale: 'en', kind: 'list', titles: [T.excelEn, T.diverse] },
  { q: 'Are there any online seminars next month?', locale: 'en', kind: 'list', titles: [T.datenschutz, T.gesundheit] },
  {
    q: 'Which courses take place at the Bürgeramt Zeil?',
    locale: 'en',
    kind: 'list',
    ...only(T.deeskalation, T.interkulturell, T.counter),
  },
  {
    q: 'Which courses does Claire Dubois teach?',
    locale: 'en',
    kind: 'list',
    ...only(T.intercultural, T.interkulturell),
  },
  { q: 'Are there free courses next week?', locale: 'en', kind: 'list', titles: [T.dataProtection] },
  { q: 'Which seminars are hybrid?', locale: 'en', kind: 'list', ...only(T.agil, T.ki) },
  // --- gone, no match, greeting ----------------------------------------------------------------------------------------
  { q: 'When is the Python course?', locale: 'en', kind: 'gone', gone: T.python },
  {
    q: 'When was the Welcome Day for international staff?',
    locale: 'en',
    kind: 'gone',
    gone: T.welcomeDay,
    says: [/Thu, 23 Sept? 2027/],
  },
  { q: 'Is there a course on tax law?', locale: 'en', kind: 'none' },
  { q: 'Hi, what can you do?', locale: 'en', kind: 'help' },
];

heldoutSuite('answering questions about a twenty-seventh, independent catalogue (Stadt Frankfurt am Main)', {
  fixture: 'heldout27-catalogue.json',
  now,
  timeZone: TZ,
  cases: CASES,
  titles: all,
  never: NEVER,
});
