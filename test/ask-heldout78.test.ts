// Over-fitting check, seventy-eighth catalogue: the 2027 programme of the Technologiezentrum Kreis Wesel (TZW) for the
// county administration and its municipalities (Moers, Dinslaken, Wesel, Kamp-Lintfort, Voerde, Gemeinde Alpen,
// Gemeinde Hünxe), with the Landesakademie für Digitale Verwaltung NRW, the county's Personalamt and the consultancy
// Hanekamp & Partner as further providers, imported from a JSON file. Seminars take place in the Akademie des
// Technologiezentrums (Kopernikusstraße, Moers), in the Kreishaus Wesel (Reeser Landstraße), online or hybrid. Several
// titles do not name their subject ("Nicht jeder Anhang meint es gut" is information security and phishing, "Arbeiten,
// wo es passt" mobile work, "Schreiben lassen, selbst prüfen" artificial intelligence, "Vom Einfall zum Pilotprojekt"
// innovation management, "Zahlen, die überzeugen" Power BI dashboards), so only summary, description or topics reveal
// it; one seminar is held in English (digital services for international residents); the state's qualification of
// kommunale Digitallotsen runs three days, has two places per municipality, is open to the seven municipalities only and
// half of its fee is paid by the state. Questions are plain, well-formed questions of the kind an acceptance check asks,
// written without looking at the parser or the answers. Same assertions as the other suites: exactly the expected
// seminars (best first where one is clearly best, in date order for time questions), the asked fact in the first
// sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Tuesday 9 March 2027, 10:00 in Wesel, winter time; summer time begins Sun 28.03.2027, which is
// also Easter Sunday: Good Friday 26.03. and Easter Monday 29.03. are holidays without seminars):
//   this week:  nothing more today; Wed 10.03. 13:00–15:30 Microsoft Teams (online, tomorrow),
//               Fri 12.03. 09:00–12:00 data protection (hybrid, Kreishaus)
//   next week:  Tue 16.03. morning (information security / phishing, online), Wed 17.03. afternoon (mobile work, online),
//               Thu 18.03. morning (English, Kreishaus, registration closed Mon 08.03.), Fri 19.03. afternoon (E-Akte,
//               hybrid); no full-day seminar this week or next
//   then:       nothing from Sat 20.03. to Wed 24.03. (so "the next two weeks" ends the same whether counted to Sun 21.03.
//               or to Tue 23.03.); Thu 25.03. (CET) and Tue 30.03. (CEST) the two-day leadership course across the DST
//               change; the cancelled social-media course on Wed 31.03.
//   April:      13. process management (Moers), 14. AI (hybrid, Kreishaus, afternoon), 15. innovation (Moers),
//               20./21./22. Digitallotsen (Moers, registration until Wed 31.03. 23:59), 27. ISMS (Kreishaus);
//               the cancelled Excel macros course on 28.04.
//   May:        05. OZG (online), 10./11. Scrum (Moers), 18. electronic signatures (online), 19. accessible PDFs (online),
//               20. Power BI (online, afternoon); the draft GIS course on 12.05.
//   June:       02. digital whiteboards (online), 07. healthy leadership (Kreishaus), 15. data protection in depth (Moers);
//               the draft low-code course on 22.06.
//   past:       Thu 28.01.2027 open data (hybrid), Tue 16.02.2027 e-invoices (online).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-03-09T09:00:00Z'); // Tuesday, 9 March 2027, 10:00 in Wesel (CET)
const TZ = 'Europe/Berlin';

const T = {
  teams: 'Microsoft Teams im Verwaltungsalltag: Kanäle, Dateien, Besprechungen', // Wed 10.03.2027 13:00–15:30, online, TZW, Hüsken, free, 40 seats
  datenschutz: 'Datenschutz im Dienstalltag: Personenbezogene Daten richtig behandeln', // Fri 12.03. 09:00–12:00, hybrid (Kreishaus), Personalamt, free, 60 seats
  phishing: 'Nicht jeder Anhang meint es gut', // Tue 16.03. 09:00–12:00, online, TZW, Hemmers, information security, free
  mobil: 'Arbeiten, wo es passt', // Wed 17.03. 13:00–16:00, online, Personalamt, Verhoeven, mobile work, free
  english: 'Digital Services for International Residents: Explaining Online Applications in English', // Thu 18.03. 09:00–12:30, Kreishaus, English, deadline passed Mon 08.03. 23:59
  eakte: 'Die E-Akte im Alltag: Ablegen, Suchen, Mitzeichnen', // Fri 19.03. 13:00–16:00, hybrid (Kreishaus), TZW, Hüsken, free
  fuehrung: 'Führen im digitalen Wandel: Veränderung gemeinsam gestalten', // Thu 25.03. (CET) and Tue 30.03. (CEST) 09:00–16:00, Kreishaus, Landesakademie, 420 €, for managers
  prozess: 'Prozessmanagement in der Kommunalverwaltung: Abläufe erheben und verbessern', // Tue 13.04. 09:00–16:00, Moers, TZW, Dr. Kreutzer, 290 €
  ki: 'Schreiben lassen, selbst prüfen', // Wed 14.04. 13:00–16:00, hybrid (Kreishaus), Landesakademie, artificial intelligence, free
  innovation: 'Vom Einfall zum Pilotprojekt', // Thu 15.04. 09:00–16:00, Moers, Hanekamp & Partner, Lensing, innovation management, 190 €
  lotsen: 'Qualifizierung kommunale Digitallotsinnen und Digitallotsen', // Tue 20.–Thu 22.04. 09:00–16:00, Moers, Landesakademie, 900 € (state pays half), 14 seats, deadline Wed 31.03. 23:59
  isms: 'Informationssicherheit organisieren: ISMS nach BSI-IT-Grundschutz', // Tue 27.04. 09:00–16:00, Kreishaus, TZW, Hemmers, 350 €
  ozg: 'Anträge ohne Papier: Onlinedienste nach dem OZG einführen', // Wed 05.05. 09:00–12:00, online, Landesakademie, free
  scrum: 'Agile Projekte mit Scrum: Grundlagen für die Verwaltung', // Mon 10.05. and Tue 11.05. 09:00–16:00, Moers, Hanekamp & Partner, Terhorst, 480 €
  signatur: 'Unterschrift per Mausklick', // Tue 18.05. 09:00–12:00, online, Landesakademie, electronic signatures, free
  barrierefrei: 'Barrierefreie PDF-Dokumente erstellen', // Wed 19.05. 09:00–12:00, online, TZW, free
  powerbi: 'Zahlen, die überzeugen', // Thu 20.05. 13:00–16:30, online, TZW, Power BI dashboards, 120 €
  whiteboard: 'Alle an einem Board: Workshops digital moderieren', // Wed 02.06. 13:00–16:00, online, Hanekamp & Partner, Lensing, 95 €
  gesund: 'Gesund führen, wenn vieles neu ist', // Mon 07.06. 09:00–16:00, Kreishaus, Personalamt, for managers, free
  dsVertieft: 'Datenschutz vertieft: Verarbeitungsverzeichnis und Folgenabschätzung', // Tue 15.06. 09:00–15:00, Moers, Hanekamp & Partner, 240 €
  gis: 'Geodaten für Einsteiger: Karten im Geoportal des Kreises', // draft (Wed 12.05.2027)
  lowcode: 'Eigene Fachanwendungen ohne Programmierung: Low-Code in der Verwaltung', // draft (Tue 22.06.2027)
  social: 'Social Media für Kommunen: Mit Bürgerinnen und Bürgern im Gespräch', // cancelled (Wed 31.03.2027)
  makros: 'Excel-Makros: Routineaufgaben automatisieren', // cancelled (Wed 28.04.2027)
  openData: 'Open Data im Kreis: Datensätze veröffentlichen', // past (Thu 28 January 2027)
  eRechnung: 'E-Rechnung in der Praxis: XRechnung empfangen und prüfen', // past (Tue 16 February 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.gis, T.lowcode, T.social, T.makros, T.openData, T.eRechnung];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  {
    q: 'Was kostet die Qualifizierung zur Digitallotsin?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['kostet 900 €'],
    mentions: ['Das Land Nordrhein-Westfalen übernimmt die Hälfte der Teilnahmegebühr.'],
  },
  { q: 'Wie teuer ist das Scrum-Seminar?', kind: 'facts', titles: [T.scrum], says: ['kostet 480 €'] },
  { q: 'Ist die Schulung zur E-Akte kostenlos?', kind: 'facts', titles: [T.eakte], says: ['ist kostenlos'] },
  // --- facts: when (across the DST change), start time, duration -------------------------------------------------------
  {
    q: 'Wann findet das Seminar „Führen im digitalen Wandel“ statt?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 25.03.2027 und Di., 30.03.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'When does the Digitallotsen qualification take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['on 3 days', 'Tue, 20 Apr 2027, Wed, 21 Apr 2027 and Thu, 22 Apr 2027', 'each from 09:00 to 16:00'],
  },
  {
    q: 'Um wie viel Uhr beginnt der Workshop zum Innovationsmanagement?',
    kind: 'facts',
    titles: [T.innovation],
    says: ['beginnt am Do., 15.04.2027 um 09:00 Uhr'],
  },
  {
    q: 'Wie lange dauert die Power-BI-Schulung?',
    kind: 'facts',
    titles: [T.powerbi],
    says: ['dauert 3,5 Stunden, von 13:00 bis 16:30 Uhr'],
  },
  // --- facts: where, trainer, deadline ---------------------------------------------------------------------------------
  {
    q: 'Wo findet die Schulung zum Prozessmanagement statt?',
    kind: 'facts',
    titles: [T.prozess],
    says: ['in der Akademie des Technologiezentrums'],
  },
  {
    q: 'Wer leitet das Seminar zum Prozessmanagement?',
    kind: 'facts',
    titles: [T.prozess],
    says: ['leitet Herr Dr. Stefan Kreutzer'],
  },
  {
    q: 'Bis wann kann ich mich zur Digitallotsen-Qualifizierung anmelden?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['bis Mi., 31.03.2027, 23:59 Uhr'],
  },
  {
    q: 'What is the registration deadline for the course on digital services for international residents?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Mon, 8 Mar 2027, 23:59'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  { conv: 'vvt', q: 'Gibt es ein Seminar zum Verarbeitungsverzeichnis?', kind: 'list', titles: [T.dsVertieft] },
  { conv: 'vvt', q: 'Was kostet das?', kind: 'facts', titles: [T.dsVertieft], says: ['kostet 240 €'] },
  {
    conv: 'vvt',
    q: 'Und wo findet der statt?',
    kind: 'facts',
    titles: [T.dsVertieft],
    says: ['in der Akademie des Technologiezentrums'],
  },
  { conv: 'teams', q: 'Was gibt es zu Microsoft Teams?', kind: 'list', titles: [T.teams] },
  {
    conv: 'teams',
    q: 'Wann ist das?',
    kind: 'facts',
    titles: [T.teams],
    says: ['am Mi., 10.03.2027 von 13:00 bis 15:30 Uhr'],
  },
  {
    conv: 'teams',
    q: 'Sind noch Plätze frei?',
    kind: 'facts',
    titles: [T.teams],
    says: ['noch 40 von 40 Plätzen frei'],
  },
  { conv: 'ai', q: 'Is there a course on artificial intelligence?', locale: 'en', kind: 'list', titles: [T.ki] },
  { conv: 'ai', q: 'How much is it?', locale: 'en', kind: 'facts', titles: [T.ki], says: ['is free of charge'] },
  { conv: 'ai', q: 'Is it online?', locale: 'en', kind: 'facts', titles: [T.ki], says: [/is hybrid|or online/] },
  { conv: 'efile', q: 'Is there any training on the E-Akte?', locale: 'en', kind: 'list', titles: [T.eakte] },
  {
    conv: 'efile',
    q: 'Where does it take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.eakte],
    says: ['at Kreishaus Wesel', 'or online'],
  },
  // --- topic searches: subjects only in summary or description, synonyms, part of a compound ---------------------------
  { q: 'Gibt es im März etwas zur Informationssicherheit?', kind: 'list', titles: [T.phishing] },
  { q: 'Woran erkenne ich eine Phishing-Mail?', kind: 'list', titles: [T.phishing] },
  { q: 'Gibt es was zum Thema Homeoffice?', kind: 'list', titles: [T.mobil] },
  { q: 'Gibt es eine Fortbildung zu KI?', kind: 'list', titles: [T.ki] },
  { q: 'Ich suche eine Schulung zu Dashboards.', kind: 'list', titles: [T.powerbi] },
  { q: 'Was gibt es zum Thema Sicherheit?', kind: 'list', ...only(T.phishing, T.isms) },
  { q: 'Welche Seminare gibt es zum Datenschutz?', kind: 'list', ...only(T.datenschutz, T.dsVertieft) },
  { q: 'Is there a course on accessible documents?', locale: 'en', kind: 'list', titles: [T.barrierefrei] },
  // --- typos -----------------------------------------------------------------------------------------------------------
  { q: 'Gibt es was zur Informationssicherhiet?', kind: 'list', ...only(T.phishing, T.isms) },
  { q: 'Seminar zum Prozesmanagement', kind: 'list', titles: [T.prozess] },
  // --- filters: dates and time of day ----------------------------------------------------------------------------------
  { q: 'Was steht morgen auf dem Programm?', kind: 'list', titles: [T.teams] },
  { q: 'Was gibt es diese Woche vormittags?', kind: 'list', titles: [T.datenschutz] },
  { q: 'Welche Seminare finden nächste Woche statt?', kind: 'list', titles: [T.phishing, T.mobil, T.english, T.eakte] },
  { q: 'Was läuft nächste Woche am Nachmittag?', kind: 'list', titles: [T.mobil, T.eakte] },
  { q: 'Are there any morning seminars next week?', locale: 'en', kind: 'list', titles: [T.phishing, T.english] },
  {
    q: 'Was gibt es in den nächsten zwei Wochen?',
    kind: 'list',
    titles: [T.teams, T.datenschutz, T.phishing, T.mobil, T.english, T.eakte],
  },
  {
    q: 'Was ist im März geplant?',
    kind: 'list',
    titles: [T.teams, T.datenschutz, T.phishing, T.mobil, T.english, T.eakte, T.fuehrung],
  },
  {
    q: 'What is on next month?',
    locale: 'en',
    kind: 'list',
    titles: [T.prozess, T.ki, T.innovation, T.lotsen, T.isms],
  },
  { q: 'Which seminars in April 2027 are free of charge?', locale: 'en', kind: 'list', titles: [T.ki] },
  // --- filters: format, place, free seats, trainer, provider, audience, length, language -------------------------------
  { q: 'Welche Seminare finden hybrid statt?', kind: 'list', ...only(T.datenschutz, T.eakte, T.ki) },
  { q: 'Welche Präsenzseminare gibt es im April?', kind: 'list', titles: [T.prozess, T.innovation, T.lotsen, T.isms] },
  { q: 'Gibt es im Juni etwas vor Ort?', kind: 'list', titles: [T.gesund, T.dsVertieft] },
  { q: 'Welche Online-Seminare gibt es im Mai?', kind: 'list', titles: [T.ozg, T.signatur, T.barrierefrei, T.powerbi] },
  {
    q: 'Welche Kurse finden in Moers statt?',
    kind: 'list',
    ...only(T.prozess, T.innovation, T.lotsen, T.scrum, T.dsVertieft),
  },
  { q: 'Was gibt es im April im Kreishaus?', kind: 'list', titles: [T.ki, T.isms] },
  {
    q: 'Welche Seminare im April haben noch freie Plätze?',
    kind: 'list',
    titles: [T.prozess, T.ki, T.innovation, T.lotsen, T.isms],
  },
  { q: 'Welche Kurse gibt Frau Hüsken?', kind: 'list', ...only(T.teams, T.eakte) },
  { q: 'Which courses does Jörg Hemmers run?', locale: 'en', kind: 'list', ...only(T.phishing, T.isms) },
  {
    q: 'Was bietet die Landesakademie für Digitale Verwaltung an?',
    kind: 'list',
    ...only(T.fuehrung, T.ki, T.lotsen, T.ozg, T.signatur),
  },
  {
    q: 'What does Hanekamp & Partner offer?',
    locale: 'en',
    kind: 'list',
    ...only(T.innovation, T.scrum, T.whiteboard, T.dsVertieft),
  },
  { q: 'Ich bin Führungskraft. Welche Seminare passen zu mir?', kind: 'list', ...only(T.fuehrung, T.gesund) },
  { q: 'Welche Seminare sind mehrtägig?', kind: 'list', ...only(T.fuehrung, T.lotsen, T.scrum) },
  { q: 'Gibt es im Mai etwas über mehrere Tage?', kind: 'list', titles: [T.scrum] },
  { q: 'Which courses are taught in English?', locale: 'en', kind: 'list', titles: [T.english] },
  // --- gone, drafts never shown, no match, greeting --------------------------------------------------------------------
  { q: 'Wann war die Schulung zur E-Rechnung?', kind: 'gone', gone: T.eRechnung, says: ['Di., 16.02.2027'] },
  { q: 'When was the open data workshop?', locale: 'en', kind: 'gone', gone: T.openData, says: ['Thu, 28 Jan 2027'] },
  { q: 'Was kostet der Social-Media-Kurs?', kind: 'gone', gone: T.social, says: ['wurde abgesagt'] },
  { q: 'When is the Excel macros course?', locale: 'en', kind: 'gone', gone: T.makros, says: ['has been cancelled'] },
  { q: 'Gibt es eine Schulung zu Geodaten?', kind: 'none' },
  { q: 'Do you offer a first aid course?', locale: 'en', kind: 'none' },
  { q: 'Guten Tag!', kind: 'help' },
  { q: 'Hi there!', locale: 'en', kind: 'help' },
];

heldoutSuite('answering questions about a seventy-eighth, independent catalogue (Kreis Wesel, Technologiezentrum)', {
  fixture: 'heldout78-catalogue.json',
  now,
  timeZone: TZ,
  cases: CASES,
  titles: all,
  never: NEVER,
});
