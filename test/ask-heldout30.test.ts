// Over-fitting check, thirtieth catalogue: the 2028 programme of the Landkreis Ludwigsburg and its Städte (Ludwigsburg,
// Bietigheim-Bissingen, Kornwestheim, Vaihingen an der Enz), with courses of the Verwaltungsschule des Gemeindetags BW,
// the Landratsamt's Personalentwicklung, Komm.ONE, the Hochschule für öffentliche Verwaltung und Finanzen Ludwigsburg and
// the Digitallotsen BW, imported from a JSON file. Brochure texts in everyday vocabulary (catchy titles whose subject is
// only in the summary, synonyms, compounds, abbreviations explained once); questions written the way employees ask,
// without looking at the parser or the answers. Same assertions as the other suites: exactly the expected seminars (best
// first where one is clearly best), the asked fact in the first sentence, never a draft, cancelled or past seminar.
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

// Monday, 6 March 2028, 09:00 in Ludwigsburg (CET; summer time starts on Sunday, 26 March 2028).
// This week: Mon 06.03.–Sun 12.03. (seminars on Tue 07.03. = tomorrow and Thu 09.03.); next week: 13.03.–19.03.;
// nothing between 17.03. and 28.03., so "the next two weeks" are the same whichever way one counts them.
const now = new Date('2028-03-06T08:00:00Z');
const TZ = 'Europe/Berlin';

const T = {
  infosec: 'Informationssicherheit am Arbeitsplatz: Angriffe erkennen, richtig reagieren', // Tue 07.03.2028 09–12, online, Komm.ONE, free
  datenschutz: 'Datenschutz kompakt: DSGVO-Grundlagen für die Sachbearbeitung', // Thu 09.03.2028 08:30–12:30, Landratsamt, 150 €
  eakte: 'Schluss mit dem Papierstapel: digital ablegen, finden und teilen', // Mon 13.03.2028 13:30–16:30, Landratsamt, free
  schreiben: 'Verständlich schreiben: Bürgerbriefe in klarer Sprache', // Wed 15.03.2028 09–12:30, Rathaus BB, deadline passed 01.03.
  erechnung: 'E-Rechnung und XRechnung: Eingangsrechnungen digital bearbeiten', // Thu 16.03.2028 14–16, online, 75 €, Frau Kübler
  m365: 'Microsoft 365 im Team: Teams, OneDrive und SharePoint sinnvoll nutzen', // Wed 29.03. and Wed 05.04.2028 09–12, online, free
  ki: 'Der digitale Kollege: generative KI im Verwaltungsalltag', // Tue 04.04.2028 09–16, hybrid, Hochschule, 220 €
  frontdesk: 'Plain English at the Front Desk: Serving International Citizens', // 20.–21.04.2028, Rathaus BB, English, 260 €
  agile: 'Agile Methods in Public Administration: Scrum and Kanban Basics', // Tue 11.04. and 18.04.2028 13–16:30, online, English
  sdg: 'Cross-Border Services: The EU Single Digital Gateway in Practice', // Wed 10.05.2028 10–12, online, English, free
  bpmn: 'Prozesse sichtbar machen: Geschäftsprozesse modellieren mit BPMN', // 24.–25.04.2028, Hochschule
  innovation: 'Vom Geistesblitz zum Pilotprojekt', // Wed 26.04.2028 13–16:30, Landratsamt, free
  projekt: 'Projektmanagement in der Kommune: Projekte planen, steuern und abschließen', // 08.–09.05.2028, Rathaus BB
  fuehrung: 'Führen im digitalen Wandel: Teams durch Veränderung begleiten', // 15.05., 12.06., 10.07.2028, Landratsamt, 480 € + note
  konflikt: 'Wenn es knirscht: Konflikte im Team klären', // 17.–18.05.2028, Rathaus BB
  gesund: 'Gesund und gelassen im Job: Stress erkennen, Kraft tanken', // Tue 23.05.2028 13:30–16:30, Landratsamt, free
  vergabe: 'Richtig beschaffen: Vergaberecht für die Praxis', // Thu 01.06.2028, Landratsamt, 290 €, Herr Stefan Eberle
  doppik: 'Kommunale Doppik verstehen: den Haushaltsplan lesen und bewirtschaften', // 13.–14.06.2028, Landratsamt, 320 €
  personal: 'Personalgewinnung mit Pfiff: Stellenanzeigen, Auswahlgespräche, Einarbeitung', // Wed 21.06.2028 09–12:30, Landratsamt
  barriere: 'Barrierefreiheit im Netz: Webseiten und PDF-Dokumente zugänglich gestalten', // Thu 22.06.2028 13–16, online, free
  lotsen: 'Digitallotsinnen und Digitallotsen BW: Basisqualifizierung 2028', // Thu 27.04., 04.05., 11.05.2028 13:30–16:30, online, free
  onlinedienste: 'Online-Dienste mit service-bw: Verwaltungsleistungen digital anbieten', // Wed 19.04.2028 09–12, online, 95 €
  excel: 'Excel für die Verwaltung: Formeln, Filter und Pivot-Tabellen', // Tue 30.05. and Wed 31.05.2028 09–12, online, 14 seats
  outlook: 'Outlook im Griff: E-Mail-Flut, Termine und Aufgaben organisieren', // Fri 05.05.2028 09–12, Landratsamt, 60 €
  beteiligung: 'Bürgerbeteiligung digital: Online-Beteiligung planen und moderieren', // Wed 12.07.2028, hybrid, Hochschule
  neu: 'Neu an Bord: Orientierungsvormittag für neue Beschäftigte', // Tue 20.06.2028 09–12:30, Landratsamt, free
  signatur: 'Elektronische Signatur und Siegel in der Praxis', // draft
  social: 'Social Media für Behörden: Instagram und Mastodon redaktionell betreuen', // draft
  powerbi: 'Power BI für Einsteiger: Berichte und Dashboards', // cancelled (was Tue 14.03.2028)
  ruecken: 'Rückenfit am Bildschirmarbeitsplatz', // cancelled
  auftakt: 'Auftaktveranstaltung Digitalstrategie Landkreis Ludwigsburg 2030', // past (Thu 20.01.2028)
  zeiterfassung: 'Das neue Zeiterfassungssystem: Einführungsschulung', // past (Tue 15.02.2028)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.signatur, T.social, T.powerbi, T.ruecken, T.auftakt, T.zeiterfassung];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  {
    q: 'Was kostet die Reihe „Führen im digitalen Wandel“?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['kostet 480 €'],
    mentions: ['Für Führungskräfte des Landratsamts übernimmt die Personalentwicklung die Kosten.'],
  },
  {
    q: 'Kostet die Qualifizierung für Digitallotsen etwas?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['ist kostenlos'],
    mentions: ['Die Kosten trägt das Land Baden-Württemberg.'],
  },
  // --- facts: when, start time, duration -------------------------------------------------------------------------------
  {
    q: 'Wann ist die Microsoft-365-Schulung?',
    kind: 'facts',
    titles: [T.m365],
    says: ['an 2 Tagen', 'Mi., 29.03.2028 und Mi., 05.04.2028'],
  },
  {
    q: 'Um wie viel Uhr beginnt das Datenschutz-Seminar?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['beginnt am Do., 09.03.2028 um 08:30 Uhr'],
  },
  {
    q: 'Wie lange dauert der BPMN-Kurs?',
    kind: 'facts',
    titles: [T.bpmn],
    says: ['dauert 2 Tage', 'von 09:00 bis 16:00 Uhr'],
  },
  // --- facts: where, format, trainer -----------------------------------------------------------------------------------
  {
    q: 'Wo findet das Konfliktseminar statt?',
    kind: 'facts',
    titles: [T.konflikt],
    says: ['im Rathaus Bietigheim-Bissingen'],
  },
  { q: 'Ist der KI-Workshop online oder vor Ort?', kind: 'facts', titles: [T.ki], says: ['findet hybrid statt'] },
  {
    q: 'Wer leitet die Basisqualifizierung für Digitallotsen?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['leiten Frau Carina Ott und Herr Benedikt Haas'],
  },
  // --- facts: registration deadline, free seats ------------------------------------------------------------------------
  {
    q: 'Bis wann kann ich mich für die Digitallotsen-Qualifizierung anmelden?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['14.04.2028'],
  },
  {
    q: 'Bis wann ist Anmeldeschluss für „Verständlich schreiben“?',
    kind: 'facts',
    titles: [T.schreiben],
    says: ['abgelaufen', '01.03.2028'],
  },
  {
    q: 'Sind im Excel-Kurs noch Plätze frei?',
    kind: 'facts',
    titles: [T.excel],
    says: ['noch 14 von 14 Plätzen frei'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  { conv: 'rechnung', q: 'Gibt es was zur XRechnung?', kind: 'list', titles: [T.erechnung] },
  {
    conv: 'rechnung',
    q: 'Wann ist das?',
    kind: 'facts',
    titles: [T.erechnung],
    says: ['am Do., 16.03.2028 von 14:00 bis 16:00 Uhr'],
  },
  { conv: 'rechnung', q: 'Und was kostet es?', kind: 'facts', titles: [T.erechnung], says: ['kostet 75 €'] },
  // --- topic searches: colloquial wording, words only the summary or description has, compounds, synonyms ---------------
  { q: 'Ich suche eine Fortbildung zu ChatGPT.', kind: 'list', titles: [T.ki] },
  { q: 'Gibt es eine Einführung in die E-Akte?', kind: 'list', titles: [T.eakte] },
  { q: 'Gibt es was zu Ausschreibungen?', kind: 'list', titles: [T.vergabe] },
  { q: 'Bei uns im Team gibt es ständig Streit – gibt es dazu ein Seminar?', kind: 'list', first: T.konflikt },
  { q: 'Ich muss bald Vorstellungsgespräche führen. Welche Schulung hilft mir?', kind: 'list', first: T.personal },
  { q: 'Gibt es was zum Ideenmanagement?', kind: 'list', titles: [T.innovation] },
  { q: 'Gibt es ein Seminar zur Prozessoptimierung?', kind: 'list', first: T.bpmn },
  { q: 'Gibt es was gegen Amtsdeutsch?', kind: 'list', titles: [T.schreiben] },
  { q: 'Gibt es eine Sicherheitsschulung?', kind: 'list', first: T.infosec },
  { q: 'Ich suche etwas gegen Stress.', kind: 'list', titles: [T.gesund] },
  // --- typos -----------------------------------------------------------------------------------------------------------
  { q: 'Vergaberect Schulung', kind: 'list', titles: [T.vergabe] },
  { q: 'Datenschuts-Seminar', kind: 'list', titles: [T.datenschutz] },
  { q: 'Gibt es einen Exel-Kurs?', kind: 'list', titles: [T.excel] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, cost, length, free seats ----------------
  { q: 'Gibt es morgen ein Seminar?', kind: 'list', titles: [T.infosec] },
  { q: 'Was läuft diese Woche?', kind: 'list', titles: [T.infosec, T.datenschutz] },
  { q: 'Was ist am Donnerstag?', kind: 'list', titles: [T.datenschutz] },
  { q: 'Welche Seminare sind nächste Woche?', kind: 'list', titles: [T.eakte, T.schreiben, T.erechnung] },
  {
    q: 'Was gibt es in den nächsten zwei Wochen?',
    kind: 'list',
    titles: [T.infosec, T.datenschutz, T.eakte, T.schreiben, T.erechnung],
  },
  { q: 'Gibt es nächste Woche etwas am Nachmittag?', kind: 'list', titles: [T.eakte, T.erechnung] },
  { q: 'Was ist am 19. April?', kind: 'list', titles: [T.onlinedienste] },
  { q: 'Welche Seminare sind im März online?', kind: 'list', titles: [T.infosec, T.erechnung, T.m365] },
  {
    q: 'Gibt es im März Angebote am Vormittag?',
    kind: 'list',
    titles: [T.infosec, T.datenschutz, T.schreiben, T.m365],
  },
  {
    q: 'Was gibt es kostenlos am Nachmittag?',
    kind: 'list',
    ...only(T.eakte, T.innovation, T.lotsen, T.gesund, T.barriere),
  },
  { q: 'Welche kostenlosen Seminare gibt es im Mai?', kind: 'list', titles: [T.lotsen, T.sdg, T.gesund] },
  { q: 'Gibt es im Juni Seminare über mehrere Tage?', kind: 'list', titles: [T.fuehrung, T.doppik] },
  { q: 'Welche mehrtägigen Seminare gibt es in Ludwigsburg?', kind: 'list', ...only(T.bpmn, T.fuehrung, T.doppik) },
  {
    q: 'Welche Seminare finden in Bietigheim-Bissingen statt?',
    kind: 'list',
    ...only(T.schreiben, T.frontdesk, T.projekt, T.konflikt),
  },
  { q: 'Welche Kurse gibt Frau Kübler?', kind: 'list', ...only(T.erechnung, T.excel) },
  { q: 'Was bietet Komm.ONE an?', kind: 'list', ...only(T.infosec, T.erechnung, T.sdg, T.barriere, T.onlinedienste) },
  {
    q: 'Ich bin Führungskraft – welche Seminare sind für mich gedacht?',
    kind: 'list',
    ...only(T.fuehrung, T.personal),
  },
  { q: 'Wo gibt es diese Woche noch freie Plätze?', kind: 'list', titles: [T.infosec, T.datenschutz] },
  // --- gone, no match, greeting ----------------------------------------------------------------------------------------
  { q: 'Wann ist der Power-BI-Kurs?', kind: 'gone', gone: T.powerbi },
  { q: 'Findet der Rückenfit-Kurs statt?', kind: 'gone', gone: T.ruecken },
  {
    q: 'Wann war die Auftaktveranstaltung zur Digitalstrategie?',
    kind: 'gone',
    gone: T.auftakt,
    says: ['Do., 20.01.2028'],
  },
  { q: 'Gibt es eine Schulung zu Social Media?', kind: 'none' },
  { q: 'Gibt es einen Gabelstaplerschein?', kind: 'none' },
  { q: 'Hallo!', kind: 'help' },
  // --- English -----------------------------------------------------------------------------------------------------------
  {
    q: 'How much is the front desk English course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.frontdesk],
    says: ['costs €260'],
  },
  {
    q: 'When is the Single Digital Gateway webinar?',
    locale: 'en',
    kind: 'facts',
    titles: [T.sdg],
    says: ['Wed, 10 May 2028 from 10:00 to 12:00'],
  },
  {
    q: 'Where does the conflict management seminar take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.konflikt],
    says: ['at Rathaus Bietigheim-Bissingen'],
  },
  {
    q: 'What time does the AI workshop start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['starts on Tue, 4 Apr 2028 at 09:00'],
  },
  { q: 'Which seminars are held in English?', locale: 'en', kind: 'list', ...only(T.frontdesk, T.agile, T.sdg) },
  { q: 'Any English courses next month?', locale: 'en', kind: 'list', titles: [T.agile, T.frontdesk] },
  { q: 'Are there any online courses in May?', locale: 'en', kind: 'list', titles: [T.lotsen, T.sdg, T.excel] },
  { q: 'Is there any training on accessibility?', locale: 'en', kind: 'list', first: T.barriere },
  { conv: 'scrum', q: 'Is there a course on Scrum?', locale: 'en', kind: 'list', titles: [T.agile] },
  {
    conv: 'scrum',
    q: 'When is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.agile],
    says: ['on 2 days', 'Tue, 11 Apr 2028 and Tue, 18 Apr 2028'],
  },
  {
    conv: 'scrum',
    q: 'Who is the trainer?',
    locale: 'en',
    kind: 'facts',
    titles: [T.agile],
    says: ['is led by Herr Dr. Mark Ellison'],
  },
];

heldoutSuite('answering questions about a thirtieth, independent catalogue (Landkreis Ludwigsburg)', {
  fixture: 'heldout30-catalogue.json',
  now,
  timeZone: TZ,
  cases: CASES,
  titles: all,
  never: NEVER,
});
