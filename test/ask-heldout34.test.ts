// Over-fitting check, thirty-fourth catalogue: the spring 2027 programme of the Landkreis Osnabrück and its Städte
// (Melle, Bramsche, Georgsmarienhütte, Quakenbrück), with the NSI, the Kreis's Personalentwicklung, the KIVO as
// IT provider, the Volkshochschule Osnabrücker Land and the Digitallotsen Niedersachsen as providers, imported from a
// JSON file. Texts in brochure vocabulary (catchy titles whose subject is only in the summary or description, synonyms,
// compounds, abbreviations explained once); questions written the way employees ask, without looking at the parser or
// the answers. Same assertions as the other suites: exactly the expected seminars (best first where one is clearly
// best), the asked fact in the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Monday 8 March 2027): this week = Tue 09.03. (morning) and Thu 11.03. (afternoon); next week
// = Mon 15.03. (afternoon), Wed 17.03. (morning), Thu 18.03. (afternoon); nothing from 19.03. to 07.04. (Easter
// holidays); summer time from 28.03.
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-03-08T08:00:00Z'); // Monday, 8 March 2027, 09:00 in Osnabrück (winter time)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Klick mit Köpfchen: Betrugsmaschen im Posteingang erkennen', // Tue 09.03.2027 09:00–11:30, online, KIVO, free
  klartext: 'Klartext statt Amtsdeutsch: Briefe und Bescheide verständlich formulieren', // Thu 11.03.2027 13:00–16:30 Melle, VHS
  teams: 'Microsoft Teams und OneDrive: gemeinsam an Dateien arbeiten', // Mon 15.03.2027 13:30–16:00, online, Frau Lührmann
  erechnung: 'E-Rechnung im Rechnungseingang: XRechnung und ZUGFeRD prüfen und freigeben', // Wed 17.03.2027 08:30–12:00 Kreishaus, 95 €
  ruecken: 'Rückenwind im Büro: bewegte Pausen und Ergonomie am Bildschirmarbeitsplatz', // Thu 18.03.2027 14:00–16:00, deadline passed 05.03.
  isb: 'Informationssicherheitsbeauftragte in der Kommune: Basisqualifizierung nach BSI IT-Grundschutz', // 13.–15.04.2027 Kreishaus, NSI
  datenschutz: 'Datenschutz im Büroalltag: DSGVO-Grundwissen für die Sachbearbeitung', // Thu 22.04.2027 09:00–12:30, online, NSI
  eakte: 'Einführung in die E-Akte: Schriftgut digital ablegen im DMS des Landkreises', // Wed 14.04.2027 08:30–12:30 Kreishaus, free
  online: 'Online-Dienste für Bürgerinnen und Bürger: Anträge im Serviceportal einrichten', // Tue 27.04.2027, online, KIVO
  ki: 'Schneller zum ersten Entwurf: Textassistenten sinnvoll im Amt nutzen', // Wed 05.05.2027 09:00–13:00, hybrid Kreishaus, 60 €
  prozess: 'Vom Antrag bis zum Bescheid: Verwaltungsabläufe aufnehmen und verbessern', // 10.–11.05.2027 Melle
  ideen: 'Ideenwerkstatt Verwaltung: mit Design Thinking Neues ausprobieren', // Wed 09.06.2027 Kreishaus, free
  agil: 'Agil arbeiten mit Scrum und Kanban: Methoden für Verwaltungsteams', // Tue 20.04. and Tue 04.05.2027 13:00–16:30, online, 16 seats
  projekt: 'Projektmanagement kompakt: Vorhaben planen, steuern und abschließen', // 01.–02.06.2027 Melle, 420 €
  fuehren: 'Führen im digitalen Wandel: Teams durch Veränderungen begleiten', // Wed 21.04., 19.05., 16.06.2027 Kreishaus
  konflikt: 'Wenn es im Team knirscht: schwierige Gespräche souverän meistern', // Thu 29.04.2027 Melle, VHS, Frau Timmermann
  resilienz: 'Kraftquelle statt Dauerstress: Resilienz im Berufsalltag stärken', // Tue 08.06.2027 Rathaus Bramsche, VHS, free
  vergabe: 'Vergaberecht für Einsteiger: Aufträge unterhalb der EU-Schwellenwerte vergeben', // Thu 20.05.2027 Kreishaus, 310 €
  finanzen: 'Kommunale Finanzen verstehen: Haushaltsplan und Jahresabschluss lesen', // 25.–26.05.2027 Kreishaus, 340 €
  personal: 'Personalsachbearbeitung kompakt: TVöD, Eingruppierung und Arbeitszeit', // Thu 27.05.2027, online, NSI
  barriere: 'Barrierefreie Dokumente: Word und PDF für alle lesbar gestalten', // Tue 11.05.2027 09:00–12:00, online, KIVO, free
  excel: 'Excel im Büroalltag: Formeln, Filter und Pivot-Tabellen', // Thu 08.04.2027 Rathaus Melle, Frau Lührmann
  counter: 'Speaking English with Citizens: Everyday Situations at the Counter', // 18.–19.05.2027 Kreishaus, English, 12 seats
  estonia: 'Digital Government in Europe: What Lower Saxony Can Learn from Estonia', // Thu 03.06.2027 10:00–12:00, online, English, free
  mails: 'Writing Clear E-Mails in English', // Wed 16.06.2027 13:00–16:00, online, English, 85 €
  lotsen: 'Digitallotsinnen und Digitallotsen Niedersachsen: Qualifizierung 2027', // Wed 12.05., 02.06., 23.06.2027, hybrid, free
  gebaerden: 'Gebärdensprache im Bürgerservice: Grundkurs', // draft
  drohnen: 'Drohneneinsatz im Bevölkerungsschutz: Kenntnisnachweis für Fernpiloten', // draft
  automate: 'Routineaufgaben automatisieren mit Power Automate', // cancelled
  social: 'Social Media für Kommunen: Instagram und Facebook im Rathaus', // cancelled
  klr: 'Kosten- und Leistungsrechnung in der Kommune', // past (Wed 17 February 2027)
  brandschutz: 'Ausbildung zur Brandschutzhelferin und zum Brandschutzhelfer', // past (Thu 25 February 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.gebaerden, T.drohnen, T.automate, T.social, T.klr, T.brandschutz];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  { q: 'Was kostet der Vergabekurs?', kind: 'facts', titles: [T.vergabe], says: ['kostet 310 €'] },
  // --- facts: when, start time, duration -------------------------------------------------------------------------------
  {
    q: 'Wann findet die Ausbildung zum Informationssicherheitsbeauftragten statt?',
    kind: 'facts',
    titles: [T.isb],
    says: ['an 3 Tagen', 'Di., 13.04.2027'],
  },
  {
    q: 'Wann ist das Seminar zur bürgernahen Sprache?',
    kind: 'facts',
    titles: [T.klartext],
    says: ['am Do., 11.03.2027 von 13:00 bis 16:30 Uhr'],
  },
  {
    q: 'Um wie viel Uhr beginnt die Schulung zur E-Rechnung?',
    kind: 'facts',
    titles: [T.erechnung],
    says: ['beginnt am Mi., 17.03.2027 um 08:30 Uhr'],
  },
  {
    q: 'Wie lange dauert der Projektmanagement-Kurs?',
    kind: 'facts',
    titles: [T.projekt],
    says: ['dauert 2 Tage', 'von 09:00 bis 16:00 Uhr'],
  },
  // --- facts: where, format, trainer -----------------------------------------------------------------------------------
  { q: 'Wo findet der Excel-Kurs statt?', kind: 'facts', titles: [T.excel], says: ['im Rathaus Melle'] },
  { q: 'Wo ist die Datenschutzschulung?', kind: 'facts', titles: [T.datenschutz], says: ['findet online statt'] },
  {
    q: 'Ist die Qualifizierung für Digitallotsen in Präsenz oder online?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['findet hybrid statt'],
  },
  {
    q: 'Wer leitet die Reihe „Führen im digitalen Wandel“?',
    kind: 'facts',
    titles: [T.fuehren],
    says: ['leitet Frau Dr. Ulrike Bertelsmann'],
  },
  {
    q: 'Wer ist die Trainerin beim Seminar über Konflikte im Team?',
    kind: 'facts',
    titles: [T.konflikt],
    says: ['leitet Frau Gesa Timmermann'],
  },
  // --- facts: registration deadline, seats -----------------------------------------------------------------------------
  {
    q: 'Bis wann kann ich mich für die ISB-Ausbildung anmelden?',
    kind: 'facts',
    titles: [T.isb],
    says: ['bis Fr., 19.03.2027, 23:59 Uhr'],
  },
  {
    q: 'Bis wann kann man sich für „Rückenwind im Büro“ anmelden?',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['abgelaufen', '05.03.2027'],
  },
  {
    q: 'Sind beim Scrum-Kurs noch Plätze frei?',
    kind: 'facts',
    titles: [T.agil],
    says: ['noch 16 von 16 Plätzen frei'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  { conv: 'haushalt', q: 'Gibt es eine Fortbildung zum Haushaltsrecht?', kind: 'list', titles: [T.finanzen] },
  {
    conv: 'haushalt',
    q: 'Wann findet die statt?',
    kind: 'facts',
    titles: [T.finanzen],
    says: ['an 2 Tagen', 'Di., 25.05.2027'],
  },
  { conv: 'haushalt', q: 'Und was kostet die?', kind: 'facts', titles: [T.finanzen], says: ['kostet 340 €'] },
  { conv: 'ki', q: 'Ich suche eine Fortbildung zu künstlicher Intelligenz.', kind: 'list', titles: [T.ki] },
  {
    conv: 'ki',
    q: 'Kann man da auch online teilnehmen?',
    kind: 'facts',
    titles: [T.ki],
    says: ['Kreishaus Osnabrück', 'oder online'],
  },
  { conv: 'ki', q: 'Wer leitet das?', kind: 'facts', titles: [T.ki], says: ['leitet Herr Dr. Felix Harms'] },
  // --- topic searches: colloquial wording, words only the summary or description has -----------------------------------
  {
    q: 'Ich bekomme ständig komische Mails mit Links – gibt es dazu eine Schulung?',
    kind: 'list',
    titles: [T.phishing],
  },
  { q: 'Gibt es was zu ChatGPT?', kind: 'list', titles: [T.ki] },
  { q: 'Wir wollen unsere Arbeitsabläufe verbessern – gibt es dazu ein Seminar?', kind: 'list', first: T.prozess },
  { q: 'Gibt es etwas zu Streit unter Kollegen?', kind: 'list', titles: [T.konflikt] },
  { q: 'Ich habe oft Rückenschmerzen vom Sitzen – gibt es dafür etwas?', kind: 'list', titles: [T.ruecken] },
  { q: 'Gibt es eine Fortbildung zu Ausschreibungen?', kind: 'list', titles: [T.vergabe] },
  { q: 'Welche Schulungen gibt es zum Thema Sicherheit?', kind: 'list', ...only(T.isb, T.phishing) },
  { q: 'Gibt es etwas, damit man kein Burnout bekommt?', kind: 'list', titles: [T.resilienz] },
  { q: 'Wie mache ich PDFs für blinde Menschen lesbar?', kind: 'list', titles: [T.barriere] },
  { q: 'Wir stellen auf die elektronische Akte um – wo lerne ich das neue DMS?', kind: 'list', titles: [T.eakte] },
  { q: 'Was gibt es zum Onlinezugangsgesetz?', kind: 'list', first: T.online },
  // --- typos -----------------------------------------------------------------------------------------------------------
  { q: 'Vergabrecht Seminar', kind: 'list', titles: [T.vergabe] },
  { q: 'Datenschtuz Schulung', kind: 'list', titles: [T.datenschutz] },
  { q: 'Gibt es einen Exel-Kurs?', kind: 'list', titles: [T.excel] },
  { q: 'Projektmangement Fortbildung', kind: 'list', first: T.projekt },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, cost, length, seats ---------------------
  { q: 'Was läuft nächste Woche?', kind: 'list', titles: [T.teams, T.erechnung, T.ruecken] },
  { q: 'Welche Seminare gibt es diese Woche?', kind: 'list', titles: [T.phishing, T.klartext] },
  { q: 'Ist morgen eine Schulung?', kind: 'list', titles: [T.phishing] },
  {
    q: 'Welche Seminare sind in den nächsten zwei Wochen?',
    kind: 'list',
    titles: [T.phishing, T.klartext, T.teams, T.erechnung, T.ruecken],
  },
  { q: 'Gibt es nächste Woche etwas am Nachmittag?', kind: 'list', titles: [T.teams, T.ruecken] },
  { q: 'Welche Online-Seminare gibt es im April?', kind: 'list', titles: [T.agil, T.datenschutz, T.online] },
  { q: 'Was gibt es im April im Kreishaus?', kind: 'list', titles: [T.isb, T.eakte, T.fuehren] },
  {
    q: 'Welche Seminare finden in Melle statt?',
    kind: 'list',
    ...only(T.klartext, T.excel, T.konflikt, T.prozess, T.projekt),
  },
  { q: 'Welche Kurse gibt Frau Lührmann?', kind: 'list', ...only(T.teams, T.excel) },
  {
    q: 'Was bietet die Volkshochschule an?',
    kind: 'list',
    ...only(T.klartext, T.konflikt, T.resilienz, T.counter, T.mails),
  },
  { q: 'Ich bin Führungskraft – gibt es etwas speziell für mich?', kind: 'list', titles: [T.fuehren] },
  { q: 'Gibt es im Mai kostenlose Seminare?', kind: 'list', titles: [T.barriere, T.lotsen] },
  { q: 'Welche mehrtägigen Seminare gibt es in Melle?', kind: 'list', ...only(T.prozess, T.projekt) },
  { q: 'Wo sind diese Woche noch Plätze frei?', kind: 'list', titles: [T.phishing, T.klartext] },
  // --- gone, no match, greeting ----------------------------------------------------------------------------------------
  { q: 'Wann findet der Power-Automate-Kurs statt?', kind: 'gone', gone: T.automate },
  { q: 'Kann ich mich noch für das Social-Media-Seminar anmelden?', kind: 'gone', gone: T.social },
  {
    q: 'Wann war die Schulung zur Kosten- und Leistungsrechnung?',
    kind: 'gone',
    gone: T.klr,
    says: ['Mi., 17.02.2027'],
  },
  { q: 'Wann ist die Brandschutzhelfer-Ausbildung?', kind: 'gone', gone: T.brandschutz, says: ['Do., 25.02.2027'] },
  { q: 'Gibt es einen Kurs in Gebärdensprache?', kind: 'none' },
  { q: 'Gibt es einen Motorsägenlehrgang?', kind: 'none' },
  { q: 'Moin!', kind: 'help' },
  // --- English -----------------------------------------------------------------------------------------------------------
  { q: 'Hi, what can you do?', locale: 'en', kind: 'help' },
  {
    q: 'How much does the course on writing e-mails in English cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.mails],
    says: ['costs €85'],
  },
  {
    q: 'When is the webinar about Estonia?',
    locale: 'en',
    kind: 'facts',
    titles: [T.estonia],
    says: ['Thu, 3 Jun 2027 from 10:00 to 12:00'],
  },
  {
    q: 'Is the accessibility training free?',
    locale: 'en',
    kind: 'facts',
    titles: [T.barriere],
    says: ['is free of charge'],
  },
  { q: 'Which seminars are held in English?', locale: 'en', kind: 'list', ...only(T.counter, T.estonia, T.mails) },
  { q: 'Any English-language courses in June?', locale: 'en', kind: 'list', titles: [T.estonia, T.mails] },
  { q: 'What is on next week?', locale: 'en', kind: 'list', titles: [T.teams, T.erechnung, T.ruecken] },
  {
    conv: 'counter',
    q: 'Is there an English course for staff at the service counter?',
    locale: 'en',
    kind: 'list',
    titles: [T.counter],
  },
  {
    conv: 'counter',
    q: 'Where does it take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.counter],
    says: ['takes place at Kreishaus Osnabrück'],
  },
  {
    conv: 'counter',
    q: 'Are there still seats available?',
    locale: 'en',
    kind: 'facts',
    titles: [T.counter],
    says: ['has 12 of 12 seats left'],
  },
];

heldoutSuite('answering questions about a thirty-fourth, independent catalogue (Landkreis Osnabrück)', {
  fixture: 'heldout34-catalogue.json',
  now,
  timeZone: TZ,
  cases: CASES,
  titles: all,
  never: NEVER,
});
