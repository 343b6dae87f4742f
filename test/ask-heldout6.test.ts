// Over-fitting check, sixth catalogue: the 2027 programme of the Rhein-Erft-Kreis (Fortbildungszentrum, Studieninstitut
// Rhein-Erft, Kommunales Rechenzentrum, the state's Digitallotsen programme) imported from a JSON file, and questions
// written the way employees ask, without looking at the parser or the answers. Emphasis: fact questions of every kind in
// many wordings, terse queries, and conversations of several follow-ups. Same assertions as the other suites: exactly the
// expected seminars (best first where one is clearly best), the asked fact in the first sentence, never a draft,
// cancelled or past seminar.
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-03-09T13:00:00Z'); // Tuesday, 9 March 2027, 14:00 in Bergheim
const TZ = 'Europe/Berlin';

const T = {
  isBasis: 'Informationssicherheit für alle Beschäftigten: Basisschulung', // online, Wed 17.03., free
  isb: 'Ausbildung zur oder zum kommunalen Informationssicherheitsbeauftragten (ISB)', // Hürth, 13.–15.04.
  teams: 'Microsoft Teams im Arbeitsalltag: Besprechungen, Kanäle und gemeinsame Dateien', // online, Thu 18.03.
  excelBasis: 'Excel kompakt: Tabellen, Formeln und Diagramme für Einsteigerinnen und Einsteiger', // 22./23.03.
  excelPro: 'Excel für Fortgeschrittene: SVERWEIS, Pivot-Tabellen und Datenauswertung', // 27.04.
  eakte: 'Die E-Akte einführen: digitale Schriftgutverwaltung in der Kommune', // hybrid, 14.04.
  dsgvo: 'Datenschutz im Verwaltungsalltag – Grundlagen der DSGVO', // Kerpen, Thu 25.03.
  ki: 'Künstliche Intelligenz in der Verwaltung: Chancen, Grenzen und Spielregeln', // online, 20.04.
  lotsen: 'Qualifizierung zur Digitallotsin und zum Digitallotsen', // 04.05., 18.05., 01.06.
  ozg: 'Onlinedienste nach dem OZG: Verwaltungsleistungen im Serviceportal bereitstellen', // online, 24.03. + 31.03.
  prozess: 'Prozessmanagement: Abläufe erheben, modellieren und optimieren', // 05./06.05.
  fuehrung: 'Führen auf Distanz: hybride Teams gut leiten', // Schloss Paffendorf, 15.04.
  mobil: 'Mobiles Arbeiten gesund gestalten – Selbstorganisation zwischen Büro und Zuhause', // online, Fri 19.03. pm
  buerger: 'Kundenorientiert kommunizieren: schwierige Gesprächssituationen im Bürgerbüro', // Hürth, Tue 16.03.
  sprache: 'Verständlich schreiben: Bescheide und Briefe in bürgernaher Sprache', // online, 08.04.
  vergabe: 'E-Vergabe: öffentliche Aufträge elektronisch ausschreiben', // Kreishaus, 21.04.
  erechnung: 'E-Rechnung: XRechnung empfangen, prüfen und buchen', // online, 30.03.
  gis: 'Geodaten nutzen: Einstieg in QGIS für die Verwaltung', // Pulheim, 10./11.05.
  aiEn: 'Artificial Intelligence in Public Services: Opportunities and Risks', // English, online, 22.04.
  englishCourse: 'English for Public Administration: Meetings, Phone Calls and Emails', // English, 14./21./28.04.
  barriere: 'Barrierefreie PDF-Dokumente und Formulare erstellen', // online, Mon 15.03. pm
  agil: 'Agile Methoden in der Verwaltung: Scrum und Kanban in der Praxis', // hybrid, 12.05.
  azubi: 'Digital durchstarten: Einführungstag für Auszubildende und Anwärter', // 01.09.
  haushalt: 'Kommunales Haushaltsrecht für Einsteiger: Grundlagen des NKF', // Frechen, 01./02.06.
  zeit: 'Zeit- und Selbstmanagement mit Outlook und OneNote', // online, Wed 10.03. (tomorrow)
  social: 'Social Media in der kommunalen Öffentlichkeitsarbeit', // Wesseling, Thu 11.03., deadline passed
  notfall: 'IT-Notfallmanagement: gut vorbereitet auf den Cyberangriff', // Kreishaus, Tue 23.03. pm
  chatbots: 'Chatbots und Sprachassistenten im Bürgerservice', // draft
  podcast: 'Podcast und Video für die Pressearbeit', // draft
  powerbi: 'Power BI: Dashboards für die Verwaltungssteuerung', // cancelled
  resilienz: 'Resilienz und Stressbewältigung im Arbeitsalltag', // cancelled
  auftakt: 'Auftakt 2027: die Digitalstrategie des Rhein-Erft-Kreises', // past (21 January 2027)
  zweiFaktor: 'Zwei-Faktor-Authentifizierung einrichten und nutzen', // past (2 March 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.chatbots, T.podcast, T.powerbi, T.resilienz, T.auftakt, T.zweiFaktor];
const offered = all.filter((t) => !NEVER.includes(t));

const only = onlyAmong(all, NEVER);
/** These seminars; none of the offered ones except those and the debatable ones. */
const these = (titles: string[], debatable: string[]) => ({
  includes: titles,
  excludes: offered.filter((t) => !titles.includes(t) && !debatable.includes(t)),
});

const CASES: Case[] = [
  // --- facts, asked in many ways ----------------------------------------------------------------------------------
  {
    q: 'Welche Gebühr hat das Seminar zur bürgernahen Sprache?',
    kind: 'facts',
    titles: [T.sprache],
    says: ['kostet 85 €'],
  },
  { q: 'Welcher Tag ist der Datenschutz-Kurs?', kind: 'facts', titles: [T.dsgvo], says: ['Do., 25.03.2027'] },
  { q: 'Ab wann läuft der OZG-Kurs?', kind: 'facts', titles: [T.ozg], says: ['Mi., 24.03.2027'] },
  { q: 'Teams Kurs Termin', kind: 'facts', titles: [T.teams], says: ['Do., 18.03.2027 von 09:00 bis 12:00 Uhr'] },
  {
    q: 'Wo findet das Seminar zum Haushaltsrecht statt?',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['Rathaus Frechen'],
  },
  { q: 'Wer leitet den Excel-Aufbaukurs?', kind: 'facts', titles: [T.excelPro], says: ['Frau Petra Hoffmann'] },
  { q: 'Wie lange geht das Seminar zum Zeitmanagement?', kind: 'facts', titles: [T.zeit], says: ['dauert 3 Stunden'] },
  { q: 'Bis wann läuft die Anmeldung für die E-Vergabe?', kind: 'facts', titles: [T.vergabe], says: ['07.04.2027'] },
  { q: 'Anmeldeschluss Social-Media-Seminar?', kind: 'facts', titles: [T.social], says: ['abgelaufen', '04.03.2027'] },
  {
    q: 'Wie viele Plätze gibt es noch beim Deeskalationstraining?',
    kind: 'facts',
    titles: [T.buerger],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  {
    q: 'Ist der Kurs zur E-Akte vor Ort oder digital?',
    kind: 'facts',
    titles: [T.eakte],
    says: ['findet hybrid statt', 'Kreishaus Bergheim'],
  },
  {
    q: 'Wann ist das nächste Seminar zur Informationssicherheit?',
    kind: 'facts',
    first: T.isBasis,
    says: ['Mi., 17.03.2027'],
  },

  // --- conversation: E-Rechnung (four follow-ups) -------------------------------------------------------------------
  {
    conv: 'rechnung',
    q: 'Was kostet die Schulung zur E-Rechnung?',
    kind: 'facts',
    titles: [T.erechnung],
    says: ['ist kostenlos'],
  },
  {
    conv: 'rechnung',
    q: 'Und wann ist die?',
    kind: 'facts',
    titles: [T.erechnung],
    says: ['Di., 30.03.2027 von 10:00 bis 12:00 Uhr'],
  },
  { conv: 'rechnung', q: 'Wie lange dauert das?', kind: 'facts', titles: [T.erechnung], says: ['dauert 2 Stunden'] },
  {
    conv: 'rechnung',
    q: 'Ist das online oder vor Ort?',
    kind: 'facts',
    titles: [T.erechnung],
    says: ['findet online statt'],
  },

  // --- conversation: ISB training ------------------------------------------------------------------------------------
  {
    conv: 'isb',
    q: 'Wann ist die Ausbildung zum ISB?',
    kind: 'facts',
    titles: [T.isb],
    says: ['an 3 Tagen', 'Di., 13.04.2027'],
  },
  {
    conv: 'isb',
    q: 'Wo findet die statt?',
    kind: 'facts',
    titles: [T.isb],
    says: ['Studieninstitut Rhein-Erft, Hürth'],
  },
  { conv: 'isb', q: 'Wer ist der Referent?', kind: 'facts', titles: [T.isb], says: ['Frau Dr. Sabine Kessler'] },
  { conv: 'isb', q: 'Bis wann kann ich mich anmelden?', kind: 'facts', titles: [T.isb], says: ['19.03.2027'] },

  // --- conversation: Excel for beginners -----------------------------------------------------------------------------
  { conv: 'excel', q: 'Gibt es einen Excel-Kurs für Anfänger?', kind: 'list', titles: [T.excelBasis] },
  {
    conv: 'excel',
    q: 'Sind da noch Plätze frei?',
    kind: 'facts',
    titles: [T.excelBasis],
    says: ['noch 14 von 14 Plätzen frei'],
  },
  { conv: 'excel', q: 'Wann beginnt der?', kind: 'facts', titles: [T.excelBasis], says: ['Mo., 22.03.2027', '08:30'] },
  { conv: 'excel', q: 'Ist das ganztägig?', kind: 'facts', titles: [T.excelBasis], says: ['08:30 bis 15:30'] },

  // --- conversation: leading hybrid teams ----------------------------------------------------------------------------
  {
    conv: 'fuehrung',
    q: 'Wer leitet das Seminar Führen auf Distanz?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['Herr Dr. Wolfgang Reinders'],
  },
  { conv: 'fuehrung', q: 'Und wo ist das?', kind: 'facts', titles: [T.fuehrung], says: ['Schloss Paffendorf'] },
  {
    conv: 'fuehrung',
    q: 'Was kostet es?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['kostet 290 €'],
    mentions: ['Mittagessen'],
  },

  // --- conversation: Digitallotsen ------------------------------------------------------------------------------------
  {
    conv: 'lotsen',
    q: 'Digitallotsen Qualifizierung Termine',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['Di., 04.05.2027'],
  },
  {
    conv: 'lotsen',
    q: 'Was kostet die?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['kostet 900 €'],
    mentions: ['Eigenanteil der Kommune beträgt 450 €'],
  },
  {
    conv: 'lotsen',
    q: 'Wie viele Plätze sind noch frei?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['noch 20 von 20 Plätzen frei'],
  },
  {
    conv: 'lotsen',
    q: 'Wer ist Ansprechpartner?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['Frau Katrin Schuster', 'Herr Ali Yilmaz'],
  },

  // --- topic searches: terse, colloquial, typos, synonyms, description-only wording ---------------------------------
  { q: 'Excel?', kind: 'list', ...only(T.excelBasis, T.excelPro) },
  { q: 'Gibt es was zu Phishing?', kind: 'list', titles: [T.isBasis] },
  { q: 'Schulungen zur Informationssicherhiet', kind: 'list', ...these([T.isBasis, T.isb, T.notfall], [T.azubi]) },
  { q: 'Prozesmanagement', kind: 'list', titles: [T.prozess] },
  { q: 'Gibt es was fürs Homeoffice?', kind: 'list', first: T.mobil, ...these([T.mobil, T.fuehrung], []) },
  { q: 'Ich suche eine Fortbildung zu KI', kind: 'list', first: T.ki, ...these([T.ki, T.aiEn], []) },
  {
    q: 'Ich muss Formulare für blinde und sehbehinderte Menschen zugänglich machen',
    kind: 'list',
    titles: [T.barriere],
  },
  { q: 'Umgang mit aggressiven Bürgern', kind: 'list', titles: [T.buerger] },
  { q: 'Anträge online anbieten – gibt es dazu was?', kind: 'list', first: T.ozg, ...these([T.ozg], [T.lotsen]) },

  // --- filters: dates, time of day, format, trainer, provider, audience, cost, length, place, seats -----------------
  { q: 'Was ist nächste Woche los?', kind: 'list', titles: [T.barriere, T.buerger, T.isBasis, T.teams, T.mobil] },
  { q: 'Gibt es morgen ein Seminar?', kind: 'list', titles: [T.zeit] },
  {
    q: 'Welche Präsenzseminare gibt es noch im März?',
    kind: 'list',
    titles: [T.social, T.buerger, T.excelBasis, T.notfall, T.dsgvo],
  },
  {
    q: 'Welche Online-Seminare gibt es in den nächsten zwei Wochen?',
    kind: 'list',
    titles: [T.zeit, T.barriere, T.isBasis, T.teams, T.mobil],
  },
  { q: 'Gibt es nächste Woche was am Nachmittag?', kind: 'list', ...these([T.barriere, T.mobil], [T.buerger]) },
  { q: 'Kurse von Frau Hoffmann', kind: 'list', ...only(T.excelBasis, T.excelPro) },
  { q: 'Was bietet das KRZ an?', kind: 'list', ...only(T.barriere, T.teams, T.ozg, T.erechnung, T.eakte, T.gis) },
  { q: 'Ich bin Führungskraft – welche Fortbildungen passen für mich?', kind: 'list', ...only(T.fuehrung, T.notfall) },
  {
    q: 'Welche Seminare sind kostenlos?',
    kind: 'list',
    ...only(T.isBasis, T.teams, T.mobil, T.notfall, T.erechnung, T.ki, T.aiEn, T.azubi),
  },
  { q: 'Mehrtägige Seminare im Mai', kind: 'list', titles: [T.lotsen, T.prozess, T.gis] },
  { q: 'Welche Kurse sind hybrid?', kind: 'list', ...only(T.eakte, T.agil) },
  { q: 'Was gibt es in Hürth?', kind: 'list', ...only(T.buerger, T.isb) },
  {
    q: 'Welche Seminare im April haben noch freie Plätze?',
    kind: 'list',
    // nine in April, all with free seats: the first eight by date, the ninth (Excel, 27 April) behind "Mehr anzeigen"
    titles: [T.sprache, T.isb, T.eakte, T.englishCourse, T.fuehrung, T.ki, T.vergabe, T.aiEn],
  },

  // --- gone, drafts, no match, greeting -----------------------------------------------------------------------------
  { q: 'Wann ist die Auftaktveranstaltung zur Digitalstrategie?', kind: 'gone', gone: T.auftakt },
  { q: 'Schulung Zwei-Faktor-Authentifizierung', kind: 'gone', gone: T.zweiFaktor },
  { q: 'Findet das Resilienz-Seminar statt?', kind: 'gone', gone: T.resilienz },
  { q: 'Wann ist der Podcast-Workshop?', kind: 'none' },
  { q: 'Gibt es einen Erste-Hilfe-Kurs?', kind: 'none' },
  { q: 'Hallo', kind: 'help' },

  // --- English --------------------------------------------------------------------------------------------------------
  { q: 'How much does the QGIS course cost?', locale: 'en', kind: 'facts', titles: [T.gis], says: ['costs €340'] },
  {
    q: 'When is the English course on meetings and phone calls?',
    locale: 'en',
    kind: 'facts',
    titles: [T.englishCourse],
    says: ['on 3 days', 'Wed, 14 Apr 2027'],
  },
  {
    q: 'Where does the data protection training take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.dsgvo],
    says: ['Rathaus Kerpen'],
  },
  {
    q: 'Who runs the training on accessible PDFs?',
    locale: 'en',
    kind: 'facts',
    titles: [T.barriere],
    says: ['Frau Lisa Neumann'],
  },
  {
    q: 'Which online seminars are there next week?',
    locale: 'en',
    kind: 'list',
    titles: [T.barriere, T.isBasis, T.teams, T.mobil],
  },
  { q: 'Are there any courses held in English?', locale: 'en', kind: 'list', ...only(T.aiEn, T.englishCourse) },
  { q: 'Is the Power BI course still happening?', locale: 'en', kind: 'gone', gone: T.powerbi },
  {
    conv: 'ai-en',
    q: 'How much is the webinar on artificial intelligence in English?',
    locale: 'en',
    kind: 'facts',
    titles: [T.aiEn],
    says: ['is free of charge'],
  },
  {
    conv: 'ai-en',
    q: 'When does it take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.aiEn],
    says: ['Thu, 22 Apr 2027 from 14:00 to 17:00'],
  },
  {
    conv: 'ai-en',
    q: 'Who is the trainer?',
    locale: 'en',
    kind: 'facts',
    titles: [T.aiEn],
    says: ['Frau Dr. Hannah Clarke'],
  },
  {
    conv: 'ai-en',
    q: 'Can I join from home or is it in person?',
    locale: 'en',
    kind: 'facts',
    titles: [T.aiEn],
    says: ['takes place online'],
  },
];

heldoutSuite('answering questions about a sixth, independent catalogue (Rhein-Erft-Kreis)', {
  fixture: 'heldout6-catalogue.json',
  now,
  timeZone: TZ,
  cases: CASES,
  titles: all,
  never: NEVER,
});
