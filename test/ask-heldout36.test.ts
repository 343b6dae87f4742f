// Over-fitting check, thirty-sixth catalogue: the 2027 programme of the Landkreis Marburg-Biedenkopf and its towns
// (Kreishaus Marburg im Lichtenholz, Rathaus Biedenkopf, online; the Hessischer Verwaltungsschulverband, the Kreis's
// Fachdienst Personal, ekom21 as IT provider, the Philipps-Universität for a certificate course, Digitallotsen Hessen)
// imported from a JSON file, with brochure texts in everyday vocabulary (catchy titles whose subject is only in the
// summary or description, synonyms, compounds, abbreviations explained once), and questions written the way employees
// ask, without looking at the parser or the answers. Same assertions as the other suites: exactly the expected seminars
// (best first where one is clearly best), the asked fact in the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Thursday 16 September 2027, 07:00 in Marburg, summer time):
//   this week:  Thu 16.09. 13:00–16:00 orientation (today, afternoon), Fri 17.09. 09:00–12:00 health (tomorrow, morning)
//   next week:  Mon 20.09. morning, Tue 21.09. afternoon, Wed 22.09. morning, Thu 23.09. afternoon (all half days)
//   no session from Fri 24.09. to Sun 03.10.; then October, November and December (DST ends Sun 31.10.2027).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-09-16T05:00:00Z'); // Thursday, 16 September 2027, 07:00 in Marburg (CEST)
const TZ = 'Europe/Berlin';

const T = {
  orientierung: 'Willkommen an Bord: Orientierungstag für neue Kolleginnen und Kollegen', // Thu 16.09.2027 13:00, Kreishaus, free
  gesundheit: 'Gesund bleiben am Schreibtisch: Bewegung, Pausen und Stressabbau', // Fri 17.09.2027 09:00–12:00, Kreishaus, free
  infosec: 'Informationssicherheit am Arbeitsplatz: Basisschulung für alle Beschäftigten', // Mon 20.09. 09:00–12:00, online, ekom21, free
  ozg: 'Vom Papierformular zum Klick: Verwaltungsleistungen im Netz anbieten', // Tue 21.09. 13:30–16:00, online, ekom21, 120 €
  erechnung: 'E-Rechnung und XRechnung: Rechnungen digital empfangen und prüfen', // Wed 22.09. 09:00–12:30, online, deadline passed 10.09.
  eakte: 'Einführung in die E-Akte: Vorgänge digital anlegen, zeichnen und ablegen', // Thu 23.09. 14:00–16:30, Kreishaus, free
  m365: 'Microsoft 365 im Team: Teams, OneDrive und SharePoint im Zusammenspiel', // Tue 05.10. and 19.10. mornings, online, Kretschmer
  immigration: 'English at the Immigration Office', // Wed 06.10.2027, Kreishaus, English, 210 €
  fuehrung: 'Führen im digitalen Wandel: Teams durch Veränderung begleiten', // Thu 07.10. and Thu 04.11.2027, Kreishaus, 480 €
  zertifikat: 'Zertifikatskurs Digitale Verwaltung: Grundlagen, Recht und Umsetzung', // four Fridays 08.10.–19.11., Philipps-Universität, 1.450 €
  datenschutz: 'Datenschutz im Verwaltungsalltag: die DSGVO richtig anwenden', // Tue 12.10. 09:00–16:00, Kreishaus, 190 €
  ki: 'Künstliche Intelligenz im Amt: Chancen, Grenzen, Spielregeln', // Thu 14.10. 09:00–15:00, hybrid, ekom21
  personal: 'Personal gewinnen und halten: Stellenanzeigen, Auswahlgespräche, Onboarding', // Thu 21.10., Kreishaus, free
  konflikt: 'Wenn es kracht: Konflikte im Team klären', // Tue 26.10., Rathaus Biedenkopf, 160 €, 14 seats
  innovation: 'Querdenken erlaubt: Neues in der Verwaltung ausprobieren', // Wed 27.10., Rathaus Biedenkopf, free
  lotsen: 'Digitallotsinnen und Digitallotsen: Qualifizierung für die Kommunen im Landkreis', // Wed 03.11. and 17.11., hybrid, free
  prozess: 'Prozesse sichtbar machen: Geschäftsprozessmanagement in der Kreisverwaltung', // 08.–09.11., Kreishaus
  sprache: 'Klartext statt Amtsdeutsch: Briefe und Bescheide verständlich schreiben', // Wed 10.11., Rathaus Biedenkopf, one day
  agil: 'Agil arbeiten mit Scrum und Kanban', // Tue 16.11. and Wed 17.11. 09:00–12:30, online, 260 €
  emails: 'Writing Clear Emails in English', // Thu 18.11. 13:30–16:00, online, English, one day
  haushalt: 'Zahlen, bitte: den kommunalen Haushalt lesen und verstehen', // 23.–24.11., Kreishaus
  vergabe: 'Vergaberecht für Einsteiger: Aufträge unterhalb der EU-Schwellenwerte', // Thu 25.11., Kreishaus, 290 €, one day
  projekt: 'Projektmanagement kompakt: Vorhaben planen, steuern und abschließen', // 29.–30.11. 09:00–16:30, Kreishaus
  barriere: 'Barrierefreie Dokumente: Word und PDF für alle zugänglich gestalten', // Thu 02.12. 09:00–12:00, online, free, Kretschmer
  eu: 'EU Funding for Rural Districts: LEADER and ESF Plus Explained', // Tue 07.12. 10:00–12:00, online, English, free
  tvoed: 'Tarifrecht kompakt: TVöD für die Personalsachbearbeitung', // Wed 08.12., Rathaus Biedenkopf, 18 seats
  beteiligung: 'Bürgerbeteiligung digital: Online-Beteiligungsverfahren planen', // draft
  qgis: 'Geodaten auswerten mit QGIS', // draft
  social: 'Social Media für Kommunen: Instagram und Co. im Alltag', // cancelled
  powerAutomate: 'Abläufe automatisieren mit Power Automate', // cancelled
  digitaltag: 'Digitaltag im Kreishaus: Auftakt zur Digitalstrategie 2030', // past (Wed 23 June 2027)
  ersteHilfe: 'Erste Hilfe am Arbeitsplatz: Auffrischung für Ersthelfende', // past (Tue 7 September 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.beteiligung, T.qgis, T.social, T.powerAutomate, T.digitaltag, T.ersteHilfe];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  { q: 'Was kostet das Seminar zum Vergaberecht?', kind: 'facts', titles: [T.vergabe], says: ['kostet 290 €'] },
  { q: 'Was kostet der Zertifikatskurs an der Uni?', kind: 'facts', titles: [T.zertifikat], says: ['kostet 1.450 €'] },
  // --- facts: when, start time, duration -------------------------------------------------------------------------------
  {
    q: 'Wann ist das Seminar zur Führung im digitalen Wandel?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 07.10.2027 und Do., 04.11.2027'],
  },
  {
    q: 'Um wie viel Uhr beginnt die E-Akte-Schulung?',
    kind: 'facts',
    titles: [T.eakte],
    says: ['beginnt am Do., 23.09.2027 um 14:00 Uhr'],
  },
  {
    q: 'Wie lange dauert das Projektmanagement-Seminar?',
    kind: 'facts',
    titles: [T.projekt],
    says: ['dauert 2 Tage', 'von 09:00 bis 16:30 Uhr'],
  },
  {
    q: 'Wie lange geht die Datenschutzschulung?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['dauert 7 Stunden', 'von 09:00 bis 16:00 Uhr'],
  },
  // --- facts: where, format, trainer -----------------------------------------------------------------------------------
  { q: 'Wo findet der Haushaltskurs statt?', kind: 'facts', titles: [T.haushalt], says: ['im Kreishaus Marburg'] },
  {
    q: 'Wo findet die Schulung zur E-Rechnung statt?',
    kind: 'facts',
    titles: [T.erechnung],
    says: ['findet online statt'],
  },
  {
    q: 'Ist das KI-Seminar in Präsenz oder online?',
    kind: 'facts',
    titles: [T.ki],
    says: [/findet hybrid statt|oder online statt/],
  },
  {
    q: 'Wer leitet den Zertifikatskurs?',
    kind: 'facts',
    titles: [T.zertifikat],
    says: ['leitet Herr Prof. Dr. Henrik Albers'],
  },
  {
    q: 'Wer ist die Referentin beim Klartext-Seminar?',
    kind: 'facts',
    titles: [T.sprache],
    says: ['leitet Frau Johanna Seibert'],
  },
  // --- facts: registration deadline, seats -----------------------------------------------------------------------------
  {
    q: 'Bis wann kann ich mich für die Digitallotsen-Qualifizierung anmelden?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['bis Mi., 20.10.2027, 23:59 Uhr'],
  },
  {
    q: 'Bis wann kann man sich für den Kurs zur E-Rechnung anmelden?',
    kind: 'facts',
    titles: [T.erechnung],
    says: ['abgelaufen', 'Fr., 10.09.2027, 23:59 Uhr'],
  },
  {
    q: 'Gibt es im TVöD-Seminar noch freie Plätze?',
    kind: 'facts',
    titles: [T.tvoed],
    says: ['noch 18 von 18 Plätzen frei'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  { conv: 'agil', q: 'Gibt es etwas zu Scrum?', kind: 'list', titles: [T.agil] },
  { conv: 'agil', q: 'Und was kostet das?', kind: 'facts', titles: [T.agil], says: ['kostet 260 €'] },
  {
    conv: 'agil',
    q: 'Wann genau?',
    kind: 'facts',
    titles: [T.agil],
    says: ['an 2 Tagen', 'Di., 16.11.2027 und Mi., 17.11.2027', 'jeweils von 09:00 bis 12:30 Uhr'],
  },
  {
    conv: 'streit',
    q: 'Ich habe ständig Streit mit einem Kollegen – gibt es dazu ein Seminar?',
    kind: 'list',
    titles: [T.konflikt],
  },
  { conv: 'streit', q: 'Wo ist das?', kind: 'facts', titles: [T.konflikt], says: ['im Rathaus Biedenkopf'] },
  {
    conv: 'streit',
    q: 'Sind noch Plätze frei?',
    kind: 'facts',
    titles: [T.konflikt],
    says: ['noch 14 von 14 Plätzen frei'],
  },
  // --- topic searches: colloquial wording, words only the summary or description has, compounds, synonyms --------------
  { q: 'Ich suche eine Schulung zum Thema Sicherheit.', kind: 'list', titles: [T.infosec] },
  {
    q: 'Ich habe Angst, auf eine gefälschte Mail hereinzufallen – gibt es dazu ein Training?',
    kind: 'list',
    first: T.infosec,
  },
  { q: 'Gibt es eine Fortbildung zu ChatGPT?', kind: 'list', titles: [T.ki] },
  { q: 'Gibt es was zum OZG?', kind: 'list', titles: [T.ozg] },
  { q: 'Gibt es was zu Design Thinking?', kind: 'list', titles: [T.innovation] },
  { q: 'Ich muss Aufträge ausschreiben – gibt es dazu eine Schulung?', kind: 'list', titles: [T.vergabe] },
  { q: 'Gibt es einen Kurs zur Doppik?', kind: 'list', titles: [T.haushalt] },
  { q: 'Gibt es eine Schulung zur Eingruppierung von Beschäftigten?', kind: 'list', titles: [T.tvoed] },
  { q: 'Gibt es was zur Optimierung von Arbeitsabläufen?', kind: 'list', first: T.prozess },
  {
    q: 'Ich habe gerade beim Landkreis angefangen – gibt es eine Einführungsveranstaltung für Neue?',
    kind: 'list',
    first: T.orientierung,
  },
  { q: 'Gibt es was zu Leichter Sprache?', kind: 'list', titles: [T.sprache] },
  { q: 'Ich möchte SharePoint besser nutzen – gibt es dazu einen Kurs?', kind: 'list', titles: [T.m365] },
  // --- typos -----------------------------------------------------------------------------------------------------------
  { q: 'Projekmanagment Schulung', kind: 'list', titles: [T.projekt] },
  { q: 'Datenschuz Seminar', kind: 'list', titles: [T.datenschutz] },
  { q: 'Gibt es was zur Barrierefreiheid?', kind: 'list', titles: [T.barriere] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, cost, length, language, free seats -------
  { q: 'Was läuft diese Woche?', kind: 'list', titles: [T.orientierung, T.gesundheit] },
  { q: 'Gibt es morgen ein Seminar?', kind: 'list', titles: [T.gesundheit] },
  {
    q: 'Welche Seminare sind in den nächsten zwei Wochen?',
    kind: 'list',
    titles: [T.orientierung, T.gesundheit, T.infosec, T.ozg, T.erechnung, T.eakte],
  },
  { q: 'Gibt es nächste Woche etwas am Nachmittag?', kind: 'list', titles: [T.ozg, T.eakte] },
  { q: 'Was ist am Mittwoch?', kind: 'list', titles: [T.erechnung] },
  { q: 'Was gibt es im Dezember?', kind: 'list', titles: [T.barriere, T.eu, T.tvoed] },
  {
    q: 'Welche Seminare finden in Biedenkopf statt?',
    kind: 'list',
    ...only(T.konflikt, T.innovation, T.sprache, T.tvoed),
  },
  { q: 'Welche Kurse gibt Frau Kretschmer?', kind: 'list', ...only(T.m365, T.barriere) },
  { q: 'Welche Schulungen bietet die ekom21 an?', kind: 'list', ...only(T.infosec, T.ozg, T.erechnung, T.ki) },
  {
    q: 'Ich bin Führungskraft – welche Seminare sind für mich gedacht?',
    kind: 'list',
    ...only(T.fuehrung, T.personal),
  },
  { q: 'Welche kostenlosen Seminare gibt es im Oktober?', kind: 'list', titles: [T.personal, T.innovation] },
  {
    q: 'Gibt es im November Seminare, die nur einen Tag dauern?',
    kind: 'list',
    titles: [T.sprache, T.emails, T.vergabe],
  },
  { q: 'Welche Präsenzseminare im Dezember haben noch freie Plätze?', kind: 'list', titles: [T.tvoed] },
  // --- gone, no match, greeting ----------------------------------------------------------------------------------------
  { q: 'Wann ist der Social-Media-Kurs?', kind: 'gone', gone: T.social },
  { q: 'Was kostet der Power-Automate-Kurs?', kind: 'gone', gone: T.powerAutomate },
  { q: 'Wann war der Digitaltag im Kreishaus?', kind: 'gone', gone: T.digitaltag, says: ['Mi., 23.06.2027'] },
  { q: 'Wann ist die Erste-Hilfe-Auffrischung?', kind: 'gone', gone: T.ersteHilfe, says: ['Di., 07.09.2027'] },
  { q: 'Gibt es was zur Bürgerbeteiligung?', kind: 'none' },
  { q: 'Gibt es einen Gabelstaplerkurs?', kind: 'none' },
  { q: 'Hallo!', kind: 'help' },
  { q: 'Guten Morgen', kind: 'help' },
  // --- English -----------------------------------------------------------------------------------------------------------
  {
    q: 'How much does English at the Immigration Office cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.immigration],
    says: ['costs €210'],
  },
  {
    q: 'When is the EU funding webinar?',
    locale: 'en',
    kind: 'facts',
    titles: [T.eu],
    says: ['Tue, 7 Dec 2027 from 10:00 to 12:00'],
  },
  {
    q: 'Where does the data protection seminar take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['at Kreishaus Marburg'],
  },
  {
    q: 'What time does the AI seminar start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['starts on Thu, 14 Oct 2027 at 09:00'],
  },
  {
    q: 'Who teaches the course on writing emails in English?',
    locale: 'en',
    kind: 'facts',
    titles: [T.emails],
    says: ['is led by Herr James Whitaker'],
  },
  {
    q: 'Can I join the Digitallotsen qualification online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.lotsen],
    says: [/is hybrid|or online/],
  },
  { q: 'Which seminars are held in English?', locale: 'en', kind: 'list', ...only(T.immigration, T.emails, T.eu) },
  { q: 'What is on next week?', locale: 'en', kind: 'list', titles: [T.infosec, T.ozg, T.erechnung, T.eakte] },
  { q: 'Is there any training on accessibility?', locale: 'en', kind: 'list', first: T.barriere },
  { q: 'Are there free online seminars in December?', locale: 'en', kind: 'list', titles: [T.barriere, T.eu] },
];

heldoutSuite('answering questions about a thirty-sixth, independent catalogue (Landkreis Marburg-Biedenkopf)', {
  fixture: 'heldout36-catalogue.json',
  now,
  timeZone: TZ,
  cases: CASES,
  titles: all,
  never: NEVER,
});
