// Over-fitting check, forty-third catalogue: the 2027 IT and digital skills programme of the Stadt Leipzig for its own
// staff (Neues Rathaus, Technisches Rathaus, Fortbildungszentrum Gorkistraße, online; the Amt für Digitalisierung und IT,
// the municipal IT service provider KISL, the external Brückner Digital Training GmbH and the Personalamt) imported from a
// JSON file; the neighbouring Stadt Markkleeberg may join most seminars, five are for Leipzig staff only. Plain,
// product-oriented titles that share product names (three Excel courses at different levels, two Teams courses, two
// Word courses, Microsoft 365 for beginners, as short tips and in English), so questions tell them apart by level,
// subject or date. Questions are written the way employees type, many short and keyword-style, without looking at the
// parser or the answers. Same assertions as the other suites: exactly the expected seminars (best first where one is
// clearly best), the asked fact in the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Tuesday 20 April 2027, 09:00 in Leipzig, summer time since Sun 28.03.2027):
//   this week:  nothing more today; Wed 21.04. 09:00–12:00 Microsoft 365 (tomorrow, online), Thu 22.04. 13:30–15:30
//               password manager (online; the cancelled Acrobat course that morning), Fri 23.04. 08:30–12:00 Word templates
//   next week:  Mon 26.04. morning Outlook, Tue 27.04. afternoon Teams meetings (online), Thu 29.04. and Fri 30.04.
//               09:00–16:00 Excel Grundlagen (registration closed on Thu 15.04.); the OneNote draft on Wed 28.04.
//   no session from Sat 01.05. to Sun 09.05.; May: Mon 10.05. Excel Aufbau, Tue 11.05. English course, Wednesdays
//   12./19./26.05. 13:00–14:00 the online series, Thu 13.05. SharePoint, Tue 18.05. Pivot, Thu 20.05. Copilot (hybrid);
//   June: 01.06. phishing (hybrid), 08.06. accessible Word, 09.–10.06. Power BI, 14.06. E-Akte, 16.06. video
//   conferences, 17.06. Power Query, 24.–25.06. intranet, 29.06. HR data protection (hybrid); then 06.07. Teams
//   channels, 14.09./16.09. data literacy, and Wed 10.11.2027 PowerPoint (winter time again since Sun 31.10.2027).
//   Past: Teams Grundlagen on Thu 11.03.2027 (winter time), OneDrive-Umzug on Wed 14.04.2027.
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-04-20T07:00:00Z'); // Tuesday, 20 April 2027, 09:00 in Leipzig (CEST)
const TZ = 'Europe/Berlin';

const T = {
  m365: 'Microsoft 365 Grundlagen', // Wed 21.04.2027 09:00–12:00, online, KISL, free, beginners, 40 seats
  passwort: 'Passwortmanager sicher nutzen', // Thu 22.04. 13:30–15:30, online, Amt für Digitalisierung und IT, Frau Seidel, free
  wordVorlagen: 'Word: Vorlagen und Formatvorlagen', // Fri 23.04. 08:30–12:00, Neues Rathaus, KISL, free
  outlook: 'Outlook: E-Mails, Kalender und Aufgaben', // Mon 26.04. 09:00–12:00, Fortbildungszentrum, KISL, free, 16 seats
  teamsModerieren: 'Teams-Besprechungen moderieren', // Tue 27.04. 13:00–16:00, online, Brückner, 60 € (note), managers
  excelGrund: 'Excel Grundlagen', // Thu 29.04. and Fri 30.04. 09:00–16:00, Fortbildungszentrum, 190 €, deadline passed Thu 15.04. 23:59
  kurzimpulse: 'Microsoft 365 Kurzimpulse: Tipps in 60 Minuten', // Wednesdays 12.05., 19.05., 26.05. 13:00–14:00, online, Herr Kühn, free
  sharepoint: 'SharePoint und OneDrive: Dateien gemeinsam ablegen', // Thu 13.05. 09:00–12:00, Technisches Rathaus, KISL, free
  excelAufbau: 'Excel Aufbaukurs: Formeln und Funktionen', // Mon 10.05. 09:00–16:00, Fortbildungszentrum, 95 €
  english: 'Microsoft 365 Essentials for International Staff', // Tue 11.05. 09:30–12:30, Neues Rathaus, English, free, Leipzig only
  excelPivot: 'Excel für Fortgeschrittene: Pivot-Tabellen', // Tue 18.05. 08:30–12:30, Fortbildungszentrum, Brückner, Scholz, 110 €
  copilot: 'Copilot und KI-Assistenten: Chancen und Regeln', // Thu 20.05. 13:00–16:00, hybrid (Neues Rathaus), Dr. Baumann and Kühn, free, 30 seats
  wordBarrierefrei: 'Barrierefreie Word-Dokumente', // Tue 08.06. 09:00–12:00, online, free
  phishing: 'Phishing erkennen: Betrügerische E-Mails entlarven', // Tue 01.06. 13:30–15:00, hybrid (Technisches Rathaus), Frau Seidel, free
  powerbi: 'Power BI: Dashboards und Berichte erstellen', // Wed 09.06. and Thu 10.06. 09:00–16:00, Fortbildungszentrum, Brückner, Scholz, 290 €, deadline Fri 14.05. 23:59
  esignatur: 'E-Akte und digitale Signatur', // Mon 14.06. 09:00–12:00, Technisches Rathaus, KISL, free, Leipzig only
  video: 'Videokonferenzen: Knigge vor Kamera und Mikrofon', // Wed 16.06. 13:00–14:30, online, Personalamt, free
  excelPQ: 'Excel für Fortgeschrittene: Power Query', // Thu 17.06. 09:00–16:00, Fortbildungszentrum, Brückner, Scholz, 140 €
  intranet: 'Intranet-Redaktion: Seiten im Mitarbeiterportal pflegen', // Thu 24.06. and Fri 25.06. 09:00–12:00, Neues Rathaus, free, Leipzig only
  datenschutzHR: 'Datenschutz in der Personalarbeit', // Tue 29.06. 09:00–12:30, hybrid (Neues Rathaus), Frau Dr. Berger, free, HR staff and managers
  teamsKanaele: 'Teams-Kanäle: Zusammenarbeit im Team organisieren', // Tue 06.07. 09:00–12:00, online, KISL, free
  daten: 'Datenkompetenz: Zahlen verstehen und kritisch prüfen', // Tue 14.09. 09:00–12:00 and Thu 16.09. 13:00–16:00, Technisches Rathaus, 80 €
  powerpoint: 'PowerPoint Grundlagen', // Wed 10.11.2027 09:00–12:00 (CET), Fortbildungszentrum, KISL, free
  onenote: 'OneNote: Notizen digital organisieren', // draft (Wed 28.04.)
  powerAutomate: 'Power Automate: Abläufe automatisieren', // draft (Fri 28.05.)
  vba: 'Excel für Fortgeschrittene: Makros und VBA', // cancelled (Wed 02.06.)
  acrobat: 'Adobe Acrobat: PDF-Formulare erstellen', // cancelled (Thu 22.04.)
  teamsGrund: 'Teams Grundlagen: Chatten, Telefonieren, Besprechen', // past (Thu 11 March 2027)
  onedriveUmzug: 'OneDrive-Umzug: Vom Netzlaufwerk in die Cloud', // past (Wed 14 April 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.onenote, T.powerAutomate, T.vba, T.acrobat, T.teamsGrund, T.onedriveUmzug];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  { q: 'pivot kurs kosten?', kind: 'facts', titles: [T.excelPivot], says: ['kostet 110 €'] },
  { q: 'Kostet der Outlook-Kurs was?', kind: 'facts', titles: [T.outlook], says: ['ist kostenlos'] },
  {
    q: 'How much does the Power Query course cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.excelPQ],
    says: ['costs €140'],
  },
  {
    q: 'Muss mein Amt für das Teams-Moderationstraining was zahlen?',
    kind: 'facts',
    titles: [T.teamsModerieren],
    says: ['kostet 60 €'],
    mentions: ['Die Gebühr wird intern mit der Kostenstelle Ihres Amtes verrechnet.'],
  },
  // --- facts: when, start time, duration -------------------------------------------------------------------------------
  {
    q: 'excel grundlagen wann',
    kind: 'facts',
    titles: [T.excelGrund],
    says: ['an 2 Tagen', 'Do., 29.04.2027 und Fr., 30.04.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'Wann sind die Microsoft-365-Kurzimpulse?',
    kind: 'facts',
    titles: [T.kurzimpulse],
    says: ['an 3 Tagen', 'Mi., 12.05.2027, Mi., 19.05.2027 und Mi., 26.05.2027', 'jeweils von 13:00 bis 14:00 Uhr'],
  },
  {
    q: 'When is the PowerPoint course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.powerpoint],
    says: ['takes place on Wed, 10 Nov 2027 from 09:00 to 12:00'],
  },
  {
    q: 'Datenkompetenz wann?',
    kind: 'facts',
    titles: [T.daten],
    says: ['an 2 Terminen', 'Di., 14.09.2027, 09:00–12:00 Uhr; Do., 16.09.2027, 13:00–16:00 Uhr'],
  },
  {
    q: 'Um wie viel Uhr beginnt die SharePoint-Schulung?',
    kind: 'facts',
    titles: [T.sharepoint],
    says: ['beginnt am Do., 13.05.2027 um 09:00 Uhr'],
  },
  {
    q: 'What time does the Microsoft 365 course for international staff start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['starts on Tue, 11 May 2027 at 09:30'],
  },
  {
    q: 'Wie lange dauert das Videokonferenz-Seminar?',
    kind: 'facts',
    titles: [T.video],
    says: ['dauert 1,5 Stunden, von 13:00 bis 14:30 Uhr'],
  },
  {
    q: 'Wie lange geht die Intranet-Schulung?',
    kind: 'facts',
    titles: [T.intranet],
    says: ['dauert 2 Tage, jeweils von 09:00 bis 12:00 Uhr'],
  },
  // --- facts: where, format, trainer, deadline --------------------------------------------------------------------------
  { q: 'Wo findet die E-Akte-Schulung statt?', kind: 'facts', titles: [T.esignatur], says: ['Technisches Rathaus'] },
  {
    q: 'Findet der Copilot-Kurs vor Ort statt?',
    kind: 'facts',
    titles: [T.copilot],
    says: [/findet hybrid statt|oder online statt/],
  },
  {
    q: 'Is the pivot table course in person?',
    locale: 'en',
    kind: 'facts',
    titles: [T.excelPivot],
    says: [/in person|Fortbildungszentrum/],
  },
  {
    q: 'Wer macht die Datenschutzschulung für die Personalstellen?',
    kind: 'facts',
    titles: [T.datenschutzHR],
    says: ['leitet Frau Dr. Claudia Berger'],
  },
  {
    q: 'Until when can I sign up for Excel Grundlagen?',
    locale: 'en',
    kind: 'facts',
    titles: [T.excelGrund],
    says: ['passed on Thu, 15 Apr 2027, 23:59'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  { conv: 'phishing', q: 'Gibt es was zu Phishing-Mails?', kind: 'list', titles: [T.phishing] },
  {
    conv: 'phishing',
    q: 'Wann ist das?',
    kind: 'facts',
    titles: [T.phishing],
    says: ['am Di., 01.06.2027 von 13:30 bis 15:00 Uhr'],
  },
  { conv: 'phishing', q: 'Und wo?', kind: 'facts', titles: [T.phishing], says: ['Technisches Rathaus'] },
  {
    conv: 'barrierefrei',
    q: 'Wie mache ich meine Word-Dokumente barrierefrei?',
    kind: 'list',
    titles: [T.wordBarrierefrei],
  },
  {
    conv: 'barrierefrei',
    q: 'Ist das online?',
    kind: 'facts',
    titles: [T.wordBarrierefrei],
    says: ['findet online statt'],
  },
  { conv: 'copilot', q: 'Is there any training on Copilot?', locale: 'en', kind: 'list', titles: [T.copilot] },
  {
    conv: 'copilot',
    q: 'Who runs it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.copilot],
    says: ['Frau Dr. Lea Baumann und Herr Martin Kühn'],
  },
  {
    conv: 'copilot',
    q: 'Are there still seats available?',
    locale: 'en',
    kind: 'facts',
    titles: [T.copilot],
    says: ['has 30 of 30 seats left'],
  },
  { conv: 'powerbi', q: 'Power BI Schulung?', kind: 'list', titles: [T.powerbi] },
  {
    conv: 'powerbi',
    q: 'bis wann kann man sich anmelden?',
    kind: 'facts',
    titles: [T.powerbi],
    says: ['bis Fr., 14.05.2027, 23:59 Uhr'],
  },
  // --- topic searches: level words, products, colloquial wording, description-only words, compounds, synonyms -----------
  { q: 'Einsteigerkurs Excel', kind: 'list', titles: [T.excelGrund] },
  { q: 'excel fortgeschritten', kind: 'list', includes: [T.excelPivot, T.excelPQ], excludes: [T.excelGrund] },
  { q: 'Aufbaukurs Excel', kind: 'list', first: T.excelAufbau },
  {
    q: 'advanced Excel training',
    locale: 'en',
    kind: 'list',
    includes: [T.excelPivot, T.excelPQ],
    excludes: [T.excelGrund],
  },
  {
    q: 'Welche Grundlagenkurse gibt es?',
    kind: 'list',
    includes: [T.m365, T.excelGrund, T.powerpoint],
    excludes: [T.excelPivot, T.excelPQ, T.powerbi],
  },
  { q: 'Wie kann ich Daten aus verschiedenen Quellen automatisch zusammenführen?', kind: 'list', first: T.excelPQ },
  { q: 'Wie baue ich eine Briefvorlage mit Briefkopf?', kind: 'list', titles: [T.wordVorlagen] },
  { q: 'Wie unterschreibe ich Dokumente digital?', kind: 'list', titles: [T.esignatur] },
  { q: 'Darf ich ChatGPT bei der Arbeit nutzen?', kind: 'list', titles: [T.copilot] },
  { q: 'Kennwörter sicher aufbewahren', kind: 'list', titles: [T.passwort] },
  { q: 'Wie wirke ich vor der Kamera im Online-Meeting gut?', kind: 'list', first: T.video },
  { q: 'Datenschutz für Personaler', kind: 'list', titles: [T.datenschutzHR] },
  // --- typos -----------------------------------------------------------------------------------------------------------
  { q: 'Exel Pivot', kind: 'list', titles: [T.excelPivot] },
  { q: 'Sharepiont Kurs', kind: 'list', first: T.sharepoint },
  { q: 'Powerpoit Schulung', kind: 'list', titles: [T.powerpoint] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, cost, length, language, free seats -------
  { q: 'Was ist morgen?', kind: 'list', titles: [T.m365] },
  { q: 'diese woche nachmittags was?', kind: 'list', titles: [T.passwort] },
  { q: 'Was gibt es nächste Woche?', kind: 'list', titles: [T.outlook, T.teamsModerieren, T.excelGrund] },
  {
    q: 'Was steht in den nächsten zwei Wochen an?',
    kind: 'list',
    titles: [T.m365, T.passwort, T.wordVorlagen, T.outlook, T.teamsModerieren, T.excelGrund],
  },
  {
    q: "What's on next month?",
    locale: 'en',
    kind: 'list',
    titles: [T.excelAufbau, T.english, T.kurzimpulse, T.sharepoint, T.excelPivot, T.copilot],
  },
  { q: 'Was gibt es Ende Juni?', kind: 'list', titles: [T.intranet, T.datenschutzHR] },
  {
    q: 'Welche Kurse sind im Neuen Rathaus?',
    kind: 'list',
    ...only(T.wordVorlagen, T.english, T.copilot, T.intranet, T.datenschutzHR),
  },
  { q: 'Welche Schulungen macht Frau Seidel?', kind: 'list', ...only(T.passwort, T.phishing) },
  { q: 'Was bietet Brückner an?', kind: 'list', ...only(T.teamsModerieren, T.excelPivot, T.powerbi, T.excelPQ) },
  { q: 'Welche Kurse sind für Führungskräfte?', kind: 'list', ...only(T.teamsModerieren, T.datenschutzHR) },
  {
    q: 'Welche kostenlosen Kurse gibt es im Juni?',
    kind: 'list',
    titles: [T.phishing, T.wordBarrierefrei, T.esignatur, T.video, T.intranet, T.datenschutzHR],
  },
  { q: 'Gibt es mehrtägige Seminare im Juni?', kind: 'list', titles: [T.powerbi, T.intranet] },
  { q: 'Which courses are held in English?', locale: 'en', kind: 'list', titles: [T.english] },
  {
    q: 'Welche Online-Seminare im April haben noch freie Plätze?',
    kind: 'list',
    titles: [T.m365, T.passwort, T.teamsModerieren],
  },
  // --- gone, no match, greeting ----------------------------------------------------------------------------------------
  { q: 'Wann findet der VBA-Kurs statt?', kind: 'gone', gone: T.vba },
  { q: 'Wann war die Schulung Teams Grundlagen?', kind: 'gone', gone: T.teamsGrund, says: ['Do., 11.03.2027'] },
  {
    q: 'When was the OneDrive migration session?',
    locale: 'en',
    kind: 'gone',
    gone: T.onedriveUmzug,
    says: ['Wed, 14 Apr 2027'],
  },
  { q: 'Gibt es einen SAP-Kurs?', kind: 'none' },
  { q: 'Schulung Gabelstapler?', kind: 'none' },
  { q: 'Is there a Photoshop course?', locale: 'en', kind: 'none' },
  { q: 'Servus', kind: 'help' },
  { q: 'Good morning', locale: 'en', kind: 'help' },
];

heldoutSuite('answering questions about a forty-third, independent catalogue (Stadt Leipzig, IT and digital skills)', {
  fixture: 'heldout43-catalogue.json',
  now,
  timeZone: TZ,
  cases: CASES,
  titles: all,
  never: NEVER,
});
