// Over-fitting check, thirteenth catalogue: the 2027 programme of the Hochsauerlandkreis (Kreishaus Meschede and Brilon,
// Studieninstitut Südwestfalen, the state's Digitallotsen programme, the Südwestfalen-IT) imported from a JSON file, and
// questions written the way employees ask, without looking at the parser or the answers. The catalogue has families of
// similar seminars (three Excel levels, two Teams courses, data protection for staff and for managers, classic and agile
// project management, a German and an English AI course) and long marketing-style titles. Same assertions as the other
// suites: exactly the expected seminars (best first where one is clearly best), the asked fact in the first sentence,
// never a draft, cancelled or past seminar.
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-06-02T06:45:00Z'); // Wednesday, 2 June 2027, 08:45 in Meschede
const TZ = 'Europe/Berlin';

const T = {
  excel1: 'Excel-Grundlagen: Tabellen sicher anlegen, berechnen und gestalten', // 15.+16.06., Meschede, 180 €
  excel2: 'Excel Aufbaukurs: Formeln, Funktionen und Diagramme', // 07.09., Brilon, 120 €
  excel3: 'Excel für Profis: Pivot-Tabellen, Power Query und Datenanalyse', // 12.+14.10., online, 240 €
  teams1: 'Microsoft Teams kompakt: Chatten, Telefonieren und Besprechungen', // 09.06. 13:30, online, free
  teams2: 'Gemeinsam statt einsam: Teamarbeit mit Microsoft Teams und SharePoint organisieren', // 06.07., hybrid Hemer, 95 €
  dsStaff: 'Datenschutz am Arbeitsplatz: DSGVO-Basiswissen für Beschäftigte', // 24.06., online, free
  dsLead: 'Datenschutz als Führungsaufgabe: Verantwortung und Pflichten für Leitungskräfte', // 28.09. pm, Meschede, free
  pmClassic: 'Projekte sicher ans Ziel bringen: klassisches Projektmanagement in der Verwaltung', // 20.–22.09., Arnsberg
  pmAgile: 'Agiles Projektmanagement: Scrum und Kanban in der öffentlichen Verwaltung', // 13.+14.07., Meschede, 380 €
  kiDe: 'Generative KI in der Verwaltung: Chancen, Grenzen und sicherer Einsatz', // 17.06., online, 60 €
  kiEn: 'Generative AI in Local Government: Opportunities, Limits and Safe Use', // 08.07. 14:00, online, 60 €, English
  eakte: 'Fit für die digitale Akte: Schriftgut elektronisch führen mit d.3', // 08.06., Meschede, deadline passed
  ozg: 'Vom Antrag zum Onlinedienst: Verwaltungsleistungen digital anbieten nach dem OZG', // 15.09., hybrid Hemer, 150 €
  infosec: 'Gut gerüstet gegen Phishing & Co.: Informationssicherheit im Büroalltag', // 10.06. 10:00, online, free
  klartext: 'Klartext statt Amtsdeutsch: Bescheide und Schreiben verständlich formulieren', // 22.06., Sundern
  deesk: 'Ruhig bleiben, wenn es brennt: Deeskalation im Bürgerkontakt', // 01.07., Brilon
  lotsen: 'Digitallotsin oder Digitallotse werden: Qualifizierung im Landesprogramm', // 4 days from 02.09., Arnsberg, free
  fuehrung: 'Neu in der Führungsrolle: Orientierung für die ersten 100 Tage', // 05.+06.10., Winterberg
  distanz: 'Führen auf Distanz: hybride Teams wirksam leiten', // 29.+30.06., online, deadline 15.06.
  mobil: 'Mobil arbeiten, gesund bleiben: Selbstorganisation zwischen Büro und Zuhause', // 20.07. pm, online
  erechnung: 'E-Rechnung ohne Papier: XRechnung empfangen, prüfen und buchen', // 31.08., online
  social: 'Social Media für Kommunen: Instagram, Facebook und Co. professionell bespielen', // 09.09., Schmallenberg
  qgis: 'Geodaten im Fachamt: Einstieg in QGIS', // 17.+18.08., Meschede, 10 seats
  barriere: 'Barrierefreie Dokumente: Word und PDF für alle zugänglich machen', // 10.11., online
  englishDesk: 'English at the Service Desk: Helping International Citizens', // 19.+26.10. pm, Meschede, English
  stress: 'Gelassen im Job: Stressbewältigung und Resilienz für Beschäftigte', // 24.08., Brilon
  ausbildung: 'Ausbildung 4.0: Nachwuchskräfte digital anleiten und begleiten', // 03.06. 13:00, hybrid Meschede, free
  vergabe: 'E-Vergabe sicher anwenden: Ausschreibungen elektronisch durchführen', // 11.06., online
  sitzung: 'Digitale Gremienarbeit: Sitzungen von Kreistag und Ausschüssen mit dem Ratsinformationssystem', // 16.11., Arnsberg
  rpa: 'Routinearbeit automatisieren: Robotic Process Automation in der Sachbearbeitung', // draft
  bem: 'Betriebliches Eingliederungsmanagement (BEM) rechtssicher durchführen', // draft
  powerbi: 'Power BI für Einsteiger: Dashboards für Controlling und Steuerung', // cancelled
  wiki: 'Wissen im Team teilen: Wissensmanagement mit dem Intranet-Wiki', // cancelled
  auftakt: 'Auftakt Digitalstrategie 2030: wohin steuert der Hochsauerlandkreis?', // past (11 March 2027)
  mfa: 'Zwei-Faktor-Anmeldung und Passwortmanager richtig einsetzen', // past (20 May 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.rpa, T.bem, T.powerbi, T.wiki, T.auftakt, T.mfa];
const offered = all.filter((t) => !NEVER.includes(t));

const only = onlyAmong(all, NEVER);
/** This one first; besides it, at most the named related ones. */
const firstOf = (first: string, ...related: string[]) => ({
  first,
  excludes: offered.filter((t) => t !== first && !related.includes(t)),
});

const CASES: Case[] = [
  // --- facts: cost (picking the right member of a family) -----------------------------------------------------------
  {
    q: 'Wie teuer ist die Excel-Schulung zu Pivot-Tabellen?',
    kind: 'facts',
    titles: [T.excel3],
    says: ['kostet 240 €'],
  },
  {
    q: 'Kostet die Datenschutzschulung für Führungskräfte etwas?',
    kind: 'facts',
    titles: [T.dsLead],
    says: ['ist kostenlos'],
  },
  {
    q: 'Was kostet die Teams-Schulung für Fortgeschrittene?',
    kind: 'facts',
    titles: [T.teams2],
    says: ['kostet 95 €'],
  },
  // --- facts: when, start, duration -----------------------------------------------------------------------------------
  {
    q: 'Wann ist das Seminar zum klassischen Projektmanagement?',
    kind: 'facts',
    titles: [T.pmClassic],
    says: ['an 3 Tagen', 'Mo., 20.09.2027'],
  },
  {
    q: 'Wann ist der Teams-Kurs für Anfänger?',
    kind: 'facts',
    titles: [T.teams1],
    says: ['am Mi., 09.06.2027 von 13:30 bis 16:00 Uhr'],
    miss: 'the level ("für Anfänger", "Fortgeschrittene") is only in the summary and description, which the audience filter does not read',
  },
  {
    q: 'Wann ist der Datenschutzkurs für normale Mitarbeiter?',
    kind: 'facts',
    titles: [T.dsStaff],
    says: ['am Do., 24.06.2027 von 09:00 bis 12:00 Uhr'],
  },
  { q: 'Wann ist der nächste Excel-Kurs?', kind: 'facts', titles: [T.excel1], says: ['an 2 Tagen', 'Di., 15.06.2027'] },
  {
    q: 'Um wie viel Uhr beginnt die Schulung zur Informationssicherheit?',
    kind: 'facts',
    titles: [T.infosec],
    says: ['beginnt am Do., 10.06.2027 um 10:00 Uhr'],
  },
  // --- facts: where, trainer, deadline, seats, format -----------------------------------------------------------------
  {
    q: 'Wo findet „Klartext statt Amtsdeutsch“ statt?',
    kind: 'facts',
    titles: [T.klartext],
    says: ['Rathaus Sundern'],
  },
  { q: 'Wo findet Fit für die digitale Akte statt?', kind: 'facts', titles: [T.eakte], says: ['Kreishaus Meschede'] },
  { q: 'Wer leitet den Excel-Kurs für Einsteiger?', kind: 'facts', titles: [T.excel1], says: ['Herr Markus Schulte'] },
  {
    q: 'Bis wann kann ich mich für Führen auf Distanz anmelden?',
    kind: 'facts',
    titles: [T.distanz],
    says: ['anmelden', '15.06.2027'],
  },
  {
    q: 'Bis wann ist die Anmeldung zur E-Akte-Schulung möglich?',
    kind: 'facts',
    titles: [T.eakte],
    says: ['abgelaufen', '01.06.2027'],
  },
  { q: 'Ist die OZG-Schulung online oder in Präsenz?', kind: 'facts', titles: [T.ozg], says: ['findet hybrid statt'] },
  {
    q: 'Findet der Englischkurs für den Bürgerservice online statt?',
    kind: 'facts',
    titles: [T.englishDesk],
    says: ['findet in Präsenz statt'],
  },
  // --- follow-ups in a conversation -----------------------------------------------------------------------------------
  { conv: 'scrum', q: 'Was kostet der Scrum-Kurs?', kind: 'facts', titles: [T.pmAgile], says: ['kostet 380 €'] },
  { conv: 'scrum', q: 'Und wo findet der statt?', kind: 'facts', titles: [T.pmAgile], says: ['Kreishaus Meschede'] },
  { conv: 'scrum', q: 'Wer leitet ihn?', kind: 'facts', titles: [T.pmAgile], says: ['Frau Dr. Claudia Hesse'] },
  {
    conv: 'scrum',
    q: 'Gibt es noch freie Plätze?',
    kind: 'facts',
    titles: [T.pmAgile],
    says: ['noch 14 von 14 Plätzen frei'],
  },
  {
    conv: 'excel',
    q: 'Wann ist der Excel-Aufbaukurs?',
    kind: 'facts',
    titles: [T.excel2],
    says: ['am Di., 07.09.2027 von 08:30 bis 15:30 Uhr'],
  },
  { conv: 'excel', q: 'Und wie lange geht der?', kind: 'facts', titles: [T.excel2], says: ['dauert 7 Stunden'] },
  { conv: 'excel', q: 'Was kostet das?', kind: 'facts', titles: [T.excel2], says: ['kostet 120 €'] },
  // --- families: the whole family, or the right member ---------------------------------------------------------------
  { q: 'Welche Excel-Kurse gibt es?', kind: 'list', ...only(T.excel1, T.excel2, T.excel3) },
  { q: 'Ich habe noch nie mit Excel gearbeitet – welcher Kurs passt zu mir?', kind: 'list', titles: [T.excel1] },
  { q: 'Welche Schulungen zu Microsoft Teams gibt es?', kind: 'list', ...only(T.teams1, T.teams2) },
  { q: 'Welche Datenschutz-Schulungen gibt es?', kind: 'list', ...only(T.dsStaff, T.dsLead) },
  {
    q: 'Ich bin Amtsleiterin – welche Datenschutzschulung ist die richtige für mich?',
    kind: 'list',
    titles: [T.dsLead],
  },
  { q: 'Welche Projektmanagement-Kurse gibt es?', kind: 'list', ...only(T.pmClassic, T.pmAgile) },
  { q: 'Ich suche einen Kurs zu agilem Arbeiten', kind: 'list', titles: [T.pmAgile] },
  { q: 'Gibt es ein Seminar, in dem man einen Projektstrukturplan erstellt?', kind: 'list', titles: [T.pmClassic] },
  { q: 'Welche Kurse gibt es zu künstlicher Intelligenz?', kind: 'list', ...only(T.kiDe, T.kiEn) },
  { q: 'Gibt es den KI-Kurs auch auf Englisch?', kind: 'list', titles: [T.kiEn] },
  // --- topic searches: colloquial wording, paraphrases only the description covers, typos, synonyms ------------------
  {
    q: 'Wie gehe ich mit aggressiven Kunden am Schalter um? Gibt es dazu ein Seminar?',
    kind: 'list',
    titles: [T.deesk],
  },
  { q: 'Ich muss Bescheide schreiben, die die Leute auch verstehen', kind: 'list', titles: [T.klartext] },
  { q: 'Wie bekomme ich unsere Anträge online ins Serviceportal?', kind: 'list', titles: [T.ozg] },
  { q: 'Gibt es was zur Informationssicherhiet?', kind: 'list', titles: [T.infosec] },
  { q: 'Barierefreie PDFs erstellen', kind: 'list', titles: [T.barriere] },
  { q: 'Suche was zu Projektmanagment', kind: 'list', ...only(T.pmClassic, T.pmAgile) },
  { q: 'Gibt es was zum Homeoffice?', kind: 'list', ...firstOf(T.mobil, T.distanz) },
  // --- filters: date, time of day, format, place, trainer, provider, audience, cost, length ---------------------------
  { q: 'Welche Seminare finden nächste Woche statt?', kind: 'list', titles: [T.eakte, T.teams1, T.infosec, T.vergabe] },
  { q: 'Gibt es morgen ein Seminar?', kind: 'list', titles: [T.ausbildung] },
  { q: 'Welche Online-Seminare gibt es im August?', kind: 'list', titles: [T.erechnung] },
  {
    q: 'Welche Online-Seminare gibt es in den nächsten zwei Wochen?',
    kind: 'list',
    titles: [T.teams1, T.infosec, T.vergabe],
  },
  { q: 'Was gibt es im Juni nachmittags?', kind: 'list', titles: [T.ausbildung, T.teams1] },
  { q: 'Gibt es Präsenzseminare zu Excel?', kind: 'list', ...only(T.excel1, T.excel2) },
  { q: 'Welche Seminare finden in Arnsberg statt?', kind: 'list', ...only(T.pmClassic, T.lotsen, T.sitzung) },
  { q: 'Welche Kurse gibt Frau Dr. Hesse?', kind: 'list', ...only(T.pmClassic, T.pmAgile) },
  {
    q: 'Was bietet die Südwestfalen-IT an?',
    kind: 'list',
    ...only(T.excel3, T.teams1, T.teams2, T.kiDe, T.kiEn, T.ozg, T.infosec),
  },
  {
    q: 'Ich bin Führungskraft. Welche Seminare gibt es für mich?',
    kind: 'list',
    ...only(T.dsLead, T.distanz, T.fuehrung),
  },
  {
    q: 'Welche Seminare sind kostenlos?',
    kind: 'list',
    ...only(T.teams1, T.dsStaff, T.dsLead, T.eakte, T.infosec, T.lotsen, T.ausbildung),
  },
  { q: 'Welche mehrtägigen Seminare gibt es im September?', kind: 'list', titles: [T.lotsen, T.pmClassic] },
  // --- gone, none, greeting, own registrations ------------------------------------------------------------------------
  { q: 'Wann ist der Power-BI-Kurs?', kind: 'gone', gone: T.powerbi },
  { q: 'Findet das Seminar zum Wissensmanagement mit dem Wiki noch statt?', kind: 'gone', gone: T.wiki },
  { q: 'Wann war die Auftaktveranstaltung zur Digitalstrategie?', kind: 'gone', gone: T.auftakt, says: ['11.03.2027'] },
  { q: 'Kann ich mich noch für die Schulung zur Zwei-Faktor-Anmeldung anmelden?', kind: 'gone', gone: T.mfa },
  { q: 'Gibt es Kurse zu Robotic Process Automation?', kind: 'none' },
  { q: 'Gibt es einen Gabelstaplerkurs?', kind: 'none' },
  { q: 'Hallo!', kind: 'help' },
  { q: 'Meine Anmeldungen', kind: 'myRegistrations' },
  // --- English --------------------------------------------------------------------------------------------------------
  {
    conv: 'ai-en',
    locale: 'en',
    q: 'How much is the AI course in English?',
    kind: 'facts',
    titles: [T.kiEn],
    says: ['costs €60'],
  },
  {
    conv: 'ai-en',
    locale: 'en',
    q: 'When does it take place?',
    kind: 'facts',
    titles: [T.kiEn],
    says: ['Thu, 8 Jul 2027 from 14:00 to 17:30'],
  },
  { conv: 'ai-en', locale: 'en', q: 'Is it online?', kind: 'facts', titles: [T.kiEn], says: ['takes place online'] },
  { locale: 'en', q: 'Which courses are held in English?', kind: 'list', ...only(T.kiEn, T.englishDesk) },
  {
    locale: 'en',
    q: 'Where does the English course for the service desk take place?',
    kind: 'facts',
    titles: [T.englishDesk],
    says: ['Kreishaus Meschede'],
  },
  {
    locale: 'en',
    q: 'Who teaches the agile project management course?',
    kind: 'facts',
    titles: [T.pmAgile],
    says: ['is led by Frau Dr. Claudia Hesse'],
  },
  {
    locale: 'en',
    q: 'Are there any online seminars next week?',
    kind: 'list',
    titles: [T.teams1, T.infosec, T.vergabe],
  },
  { locale: 'en', q: 'How long is the QGIS course?', kind: 'facts', titles: [T.qgis], says: ['lasts 2 days'] },
  { locale: 'en', q: 'Is there a data protection course for managers?', kind: 'list', titles: [T.dsLead] },
  { locale: 'en', q: 'Is there a course on forklift driving?', kind: 'none' },
  { locale: 'en', q: 'Hi there!', kind: 'help' },
];

heldoutSuite('answering questions about a thirteenth, independent catalogue (Hochsauerlandkreis)', {
  fixture: 'heldout13-catalogue.json',
  now,
  timeZone: TZ,
  cases: CASES,
  titles: all,
  never: NEVER,
});
