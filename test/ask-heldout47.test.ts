// Over-fitting check, forty-seventh catalogue: the 2027 programme of the TBZ (Technologie- und Bildungszentrum Kreis
// Mettmann) for the staff of the Kreis Mettmann and its towns (the TBZ-Lernzentrum in Wülfrath, the Kreishaus in
// Mettmann, online; the TBZ itself, the county's IT and data-protection offices, the Hochschule für Polizei und
// öffentliche Verwaltung NRW (HSPV) and an external consultancy, Brückenwerk Kommunalberatung) imported from a JSON file,
// with brochure texts whose subject is sometimes only in the summary or description (OZG, BPMN, Design Thinking,
// XRechnung, Phishing, Dashboards), German compounds (Informationssicherheitsbeauftragte, Geschäftsprozessmanagement),
// synonyms the texts never use ("KI", "Homeoffice") and one English-language seminar. The three-day qualification of
// kommunale Digitallotsen is open to the member municipalities only (not Monheim) and half paid by the state (fee note).
// Questions are written the way employees ask, without looking at the parser or the answers. Same assertions as the
// other suites: exactly the expected seminars (best first where one is clearly best), the asked fact in the first
// sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Wednesday 17 February 2027, 10:30 in Mettmann, winter time; summer time begins Sun 28.03.2027):
//   past:       Thu 21.01. Auftakt (Kreishaus), Tue 09.02. e-signature (online)
//   today:      nothing (no session on Wed 17.02.)
//   this week:  Thu 18.02. 09:00–12:00 Teams (tomorrow, online), Fri 19.02. 13:00–16:00 AI (hybrid, Kreishaus)
//   next week:  Mon 22.02. 09:00–12:30 E-Akte (Kreishaus), Tue 23.02. 13:30–16:30 mobile work (online, the only
//               afternoon), Wed 24.02. 09:00–12:00 data protection (hybrid, deadline passed Mon 15.02.), Thu 25.02. the
//               cancelled Ratsinformationssystem course
//   no session from Fri 26.02. to Mon 08.03.
//   March:      Tue 09.03. information security (online), Wed 10.–Thu 11.03. Scrum (Wülfrath), Tue 16.03. OZG (online),
//               Thu 18.03. moderation (Wülfrath), Tue 23.03. cancelled GIS, Mon 29.03. process management (Kreishaus, CEST)
//   April:      Wed 07.04. accessibility (online), Tue 13.–Wed 14.04. English (online, afternoons), Thu 15.04. innovation
//               (Wülfrath), Tue 20.–Thu 22.04. Digitallotsen (Wülfrath), Tue 27.04. e-invoice (online)
//   May:        Mon 03.–Tue 04.05. project management (Wülfrath), Tue 11.–Wed 12.05. ISB (Kreishaus), Wed 19.05. Power BI
//               (online), Wed 26.05. draft Low-Code
//   June/July:  Thu 10.06., Fri 11.06. and Thu 01.07. leadership (Wülfrath), Wed 16.06. draft social media
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-02-17T09:30:00Z'); // Wednesday, 17 February 2027, 10:30 in Mettmann (CET)
const TZ = 'Europe/Berlin';

const T = {
  teams: 'Teamarbeit ohne Mail-Pingpong: Microsoft Teams im Arbeitsalltag', // Thu 18.02.2027 09:00–12:00, online, free, 40 seats, Frau Nicole Brandt
  ki: 'Mit Maß und Verstand: Künstliche Intelligenz im Verwaltungsalltag', // Fri 19.02. 13:00–16:00, hybrid (Kreishaus), 120 €, Brückenwerk
  eakte: 'Schluss mit der Aktensuche: Die E-Akte im Kreis Mettmann', // Mon 22.02. 09:00–12:30, Kreishaus, free, Herr Thomas Lehmann
  mobil: 'Arbeiten, wo es passt: Mobiles Arbeiten gut organisieren', // Tue 23.02. 13:30–16:30, online, free
  datenschutz: 'Personenbezogene Daten im Griff: DSGVO für die tägliche Sachbearbeitung', // Wed 24.02. 09:00–12:00, hybrid (Kreishaus), free, deadline passed Mon 15.02. 12:00
  infosec: 'Nicht jeder Klick ist harmlos: Informationssicherheit am Arbeitsplatz', // Tue 09.03. 09:00–12:00, online, free, phishing
  scrum: 'Agil ans Ziel: Scrum in kommunalen Projekten', // Wed 10.03. and Thu 11.03. 09:00–16:00, Wülfrath, 450 €, deadline Wed 24.02. 23:59
  ozg: 'Behördengang per Mausklick: Digitale Bürgerservices gestalten', // Tue 16.03. 13:00–16:30, online, 80 €, Prof. Dr. Richter (HSPV), OZG
  moderation: 'Den Faden in der Hand: Workshops und Besprechungen moderieren', // Thu 18.03. 09:00–16:00, Wülfrath, 290 €, 14 seats
  prozess: 'Vom Ist zum Soll: Abläufe in der Verwaltung modellieren und verbessern', // Mon 29.03. 09:00–16:00 CEST, Kreishaus, 240 €, BPMN
  barriere: 'Lesbar für alle: Barrierefreie Dokumente und PDF-Formulare', // Wed 07.04. 13:00–16:00, online, free
  english: 'English for Digital Projects: Meetings, Emails and Presentations', // Tue 13.04. and Wed 14.04. 14:00–16:30, online, English, 180 €
  innovation: 'Neues wagen im Amt: Ideen entwickeln, erproben, umsetzen', // Thu 15.04. 09:00–16:00, Wülfrath, 350 €, Frau Dr. Lea Sommer, Design Thinking
  lotsen: 'Wegweiser für die digitale Verwaltung: Qualifizierung kommunaler Digitallotsen', // Tue 20.–Thu 22.04. 09:00–16:00, Wülfrath, 690 € (half paid by NRW), deadline Wed 31.03. 23:59 CEST
  erechnung: 'Papierlos bezahlt: Die E-Rechnung in der Kommune', // Tue 27.04. 09:00–12:00, online, free, 60 seats, XRechnung
  projekt: 'Projekte im Griff: Grundlagen des Projektmanagements', // Mon 03.05. and Tue 04.05. 09:00–16:00, Wülfrath, 420 €, Prof. Dr. Richter (HSPV)
  isb: 'Sicherheit mit System: Informationssicherheitsbeauftragte in der Kommune', // Tue 11.05. and Wed 12.05. 09:00–16:00, Kreishaus, 560 €, 16 seats
  powerbi: 'Zahlen, die sprechen: Verwaltungsdaten auswerten mit Power BI', // Wed 19.05. 13:00–16:30, online, 150 €, dashboards
  fuehrung: 'Kurs halten, wenn sich alles ändert: Führen im digitalen Wandel', // Thu 10.06., Fri 11.06. 09:00–16:00 and Thu 01.07. 13:00–16:30, Wülfrath, 640 €
  lowcode: 'Fachanwendungen selbst bauen: Einstieg in Low-Code-Plattformen', // draft
  social: 'Posten mit Plan: Social Media für Kreis und Städte', // draft
  rats: 'Sitzungsdienst digital: Arbeiten mit dem Ratsinformationssystem', // cancelled (was Thu 25.02.)
  gis: 'Karten für alle: Einführung in Geoinformationssysteme (GIS)', // cancelled (was Tue 23.03.)
  auftakt: 'Auftakt Digitalprogramm 2027: Was das TBZ in diesem Jahr vorhat', // past (Thu 21 January 2027)
  signatur: 'Unterschreiben ohne Papier: Elektronische Signatur und Siegel', // past (Tue 9 February 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.lowcode, T.social, T.rats, T.gis, T.auftakt, T.signatur];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  { q: 'Was kostet der Scrum-Kurs?', kind: 'facts', titles: [T.scrum], says: ['kostet 450 €'] },
  {
    q: 'Was kostet die Qualifizierung für Digitallotsen?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['kostet 690 €'],
    mentions: ['Das Land Nordrhein-Westfalen übernimmt die Hälfte der Gebühr.'],
  },
  // --- facts: when, start time, duration -------------------------------------------------------------------------------
  {
    q: 'Wann ist die Digitallotsen-Qualifizierung?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['an 3 Tagen', 'Di., 20.04.2027, Mi., 21.04.2027 und Do., 22.04.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'Wann finden die Termine von „Führen im digitalen Wandel“ statt?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: [
      'an 3 Terminen',
      'Do., 10.06.2027, 09:00–16:00 Uhr; Fr., 11.06.2027, 09:00–16:00 Uhr; Do., 01.07.2027, 13:00–16:30 Uhr',
    ],
  },
  {
    q: 'Wann ist das Seminar zum Prozessmanagement?',
    kind: 'facts',
    titles: [T.prozess],
    says: ['am Mo., 29.03.2027 von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'When is the English course for digital projects?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['on 2 days', 'Tue, 13 Apr 2027 and Wed, 14 Apr 2027', 'each from 14:00 to 16:30'],
  },
  {
    q: 'Um wie viel Uhr beginnt die Teams-Schulung?',
    kind: 'facts',
    titles: [T.teams],
    says: ['beginnt am Do., 18.02.2027 um 09:00 Uhr'],
  },
  {
    q: 'Wie lange dauert die Datenschutzschulung?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['dauert 3 Stunden, von 09:00 bis 12:00 Uhr'],
  },
  // --- facts: where, trainer, deadline, seats --------------------------------------------------------------------------
  {
    q: 'Wo findet das KI-Seminar statt?',
    kind: 'facts',
    titles: [T.ki],
    says: ['im Kreishaus Mettmann', 'oder online'],
  },
  {
    q: 'Where does the Scrum training take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.scrum],
    says: ['takes place at TBZ-Lernzentrum Wülfrath'],
  },
  {
    q: 'Wer sind die Referenten bei der Digitallotsen-Qualifizierung?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['leiten Frau Dr. Katrin Wolters und Herr Jens Brockmann'],
  },
  {
    q: 'Bis wann kann ich mich für Scrum anmelden?',
    kind: 'facts',
    titles: [T.scrum],
    says: ['bis Mi., 24.02.2027, 23:59 Uhr'],
  },
  {
    q: 'Bis wann muss ich mich für die Digitallotsen-Qualifizierung anmelden?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['bis Mi., 31.03.2027, 23:59 Uhr'],
  },
  {
    q: 'Wann ist Anmeldeschluss für die Datenschutzschulung?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['am Mo., 15.02.2027, 12:00 Uhr abgelaufen'],
  },
  {
    q: 'How many seats are still free in the course for information security officers?',
    locale: 'en',
    kind: 'facts',
    titles: [T.isb],
    says: ['has 16 of 16 seats left'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  {
    conv: 'moderation',
    q: 'Ich soll demnächst einen Workshop moderieren – gibt es dazu ein Training?',
    kind: 'list',
    titles: [T.moderation],
  },
  {
    conv: 'moderation',
    q: 'Und wo findet der statt?',
    kind: 'facts',
    titles: [T.moderation],
    says: ['im TBZ-Lernzentrum Wülfrath'],
  },
  { conv: 'moderation', q: 'Was kostet das?', kind: 'facts', titles: [T.moderation], says: ['kostet 290 €'] },
  { conv: 'eakte', q: 'Is there any training on the E-Akte?', locale: 'en', kind: 'list', titles: [T.eakte] },
  {
    conv: 'eakte',
    q: 'When is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.eakte],
    says: ['takes place on Mon, 22 Feb 2027 from 09:00 to 12:30'],
  },
  {
    conv: 'eakte',
    q: 'And who teaches it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.eakte],
    says: ['is led by Herr Thomas Lehmann'],
  },
  {
    conv: 'xrechnung',
    q: 'Wir stellen auf XRechnung um – gibt es dazu eine Schulung?',
    kind: 'list',
    titles: [T.erechnung],
  },
  {
    conv: 'xrechnung',
    q: 'Findet die online statt?',
    kind: 'facts',
    titles: [T.erechnung],
    says: ['findet online statt'],
  },
  // --- topic searches: colloquial wording, words only the summary or description has, compounds, synonyms --------------
  { q: 'Gibt es was zum Thema Homeoffice?', kind: 'list', titles: [T.mobil] },
  { q: 'Gibt es eine Schulung zu KI?', kind: 'list', titles: [T.ki] },
  { q: 'Ich suche eine Fortbildung zum Onlinezugangsgesetz.', kind: 'list', titles: [T.ozg] },
  { q: 'Welche Seminare gibt es zum Thema Sicherheit?', kind: 'list', ...only(T.infosec, T.isb) },
  { q: 'Wie erkenne ich Phishing-Mails? Gibt es dazu eine Schulung?', kind: 'list', titles: [T.infosec] },
  { q: 'Wo lerne ich, Abläufe mit BPMN zu modellieren?', kind: 'list', titles: [T.prozess] },
  { q: 'Gibt es einen Design-Thinking-Workshop?', kind: 'list', titles: [T.innovation] },
  { q: 'Ich möchte Dashboards für unsere Fachdaten bauen – welches Seminar passt?', kind: 'list', titles: [T.powerbi] },
  {
    q: 'Ich soll für meine Stadt Digitallotsin werden – welche Qualifizierung gibt es?',
    kind: 'list',
    titles: [T.lotsen],
  },
  {
    q: 'Welche Weiterbildung gibt es für angehende Informationssicherheitsbeauftragte?',
    kind: 'list',
    titles: [T.isb],
  },
  { q: 'Is there a course on making PDFs accessible?', locale: 'en', kind: 'list', titles: [T.barriere] },
  { q: 'Is there anything on agile methods?', locale: 'en', kind: 'list', first: T.scrum },
  { q: 'Is there leadership training for the digital transformation?', locale: 'en', kind: 'list', first: T.fuehrung },
  // --- typos -----------------------------------------------------------------------------------------------------------
  { q: 'Schulung Informationssicherhiet', kind: 'list', ...only(T.infosec, T.isb) },
  { q: 'Prozesmanagement Seminar', kind: 'list', titles: [T.prozess] },
  { q: 'Scurm Kurs', kind: 'list', titles: [T.scrum] },
  { q: 'Datenschuz-Seminar', kind: 'list', titles: [T.datenschutz] },
  // --- filters: dates, time of day, format, place, trainer, cost, language ---------------------------------------------
  { q: 'Was gibt es morgen?', kind: 'list', titles: [T.teams] },
  { q: 'Was läuft diese Woche noch?', kind: 'list', titles: [T.teams, T.ki] },
  { q: 'Was steht nächste Woche an?', kind: 'list', titles: [T.eakte, T.mobil, T.datenschutz] },
  {
    q: 'Welche Seminare finden in den nächsten zwei Wochen statt?',
    kind: 'list',
    titles: [T.teams, T.ki, T.eakte, T.mobil, T.datenschutz],
  },
  { q: 'Gibt es nächste Woche nachmittags etwas?', kind: 'list', titles: [T.mobil] },
  { q: 'Gibt es im März etwas zu Informationssicherheit?', kind: 'list', titles: [T.infosec] },
  { q: 'Welche Online-Seminare gibt es im April?', kind: 'list', titles: [T.barriere, T.english, T.erechnung] },
  {
    q: "What's on next month?",
    locale: 'en',
    kind: 'list',
    titles: [T.infosec, T.scrum, T.ozg, T.moderation, T.prozess],
  },
  { q: 'Gibt es im Mai Präsenzseminare?', kind: 'list', titles: [T.projekt, T.isb] },
  {
    q: 'Welche kostenlosen Seminare gibt es noch im Februar?',
    kind: 'list',
    titles: [T.teams, T.eakte, T.mobil, T.datenschutz],
  },
  {
    q: 'Welche Seminare finden in Wülfrath statt?',
    kind: 'list',
    ...only(T.scrum, T.moderation, T.innovation, T.lotsen, T.projekt, T.fuehrung),
  },
  { q: 'Was findet im Kreishaus statt?', kind: 'list', ...only(T.ki, T.eakte, T.datenschutz, T.prozess, T.isb) },
  { q: 'Welche Seminare leitet Prof. Richter?', kind: 'list', ...only(T.ozg, T.projekt) },
  { q: 'Which seminars are held in English?', locale: 'en', kind: 'list', titles: [T.english] },
  // --- gone, draft, no match, greeting ---------------------------------------------------------------------------------
  { q: 'Wann ist die Schulung zum Ratsinformationssystem?', kind: 'gone', gone: T.rats, says: ['wurde abgesagt'] },
  {
    q: 'Is the GIS introduction still taking place?',
    locale: 'en',
    kind: 'gone',
    gone: T.gis,
    says: ['has been cancelled'],
  },
  {
    q: 'Wann war die Auftaktveranstaltung zum Digitalprogramm 2027?',
    kind: 'gone',
    gone: T.auftakt,
    says: ['Do., 21.01.2027'],
  },
  {
    q: 'When was the course on electronic signatures?',
    locale: 'en',
    kind: 'gone',
    gone: T.signatur,
    says: ['Tue, 9 Feb 2027'],
  },
  { q: 'Gibt es eine Schulung zu Low-Code-Plattformen?', kind: 'none' },
  { q: 'Gibt es einen Gabelstaplerschein?', kind: 'none' },
  { q: 'Gibt es einen Yogakurs?', kind: 'none' },
  { q: 'Is there a beekeeping course?', locale: 'en', kind: 'none' },
  { q: 'Guten Morgen!', kind: 'help' },
  { q: 'Hello!', locale: 'en', kind: 'help' },
];

heldoutSuite(
  'answering questions about a forty-seventh, independent catalogue (TBZ Kreis Mettmann, county and towns)',
  { fixture: 'heldout47-catalogue.json', now, timeZone: TZ, cases: CASES, titles: all, never: NEVER },
);
