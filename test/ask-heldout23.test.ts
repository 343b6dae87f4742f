// Over-fitting check, twenty-third catalogue: the 2027 programme for the Landkreis Leipzig (Landratsamt Borna) and its
// towns Borna, Grimma, Markkleeberg and Wurzen – the Landratsamt's own Fortbildung, the Sächsische Verwaltungs- und
// Wirtschaftsakademie, the SAKD as IT provider, the Volkshochschule, the Hochschule Meißen and the state's Digitallotsen
// Sachsen programme – imported from a JSON file, with texts in brochure vocabulary (synonyms, compounds, abbreviations
// explained once), and questions written the way employees ask, without looking at the parser or the answers. Same
// assertions as the other suites: exactly the expected seminars (best first where one is clearly best), the asked fact in
// the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around now: this week Thu 11.03 (afternoon) and Fri 12.03; next week Mon 15.03, Tue 16.03 (afternoon),
// Thu–Fri 18.–19.03; nothing from 20.03 to Easter Monday 29.03 (Easter Sunday is 28.03.2027); the week after Easter
// Tue 30.03 and Thu 01.04; then April to June. The only afternoon seminars: 11.03, 16.03, 08.04, 19.04 + 03.05, 05.05,
// 20.05. No seminar has sessions at different times of day.
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-03-10T08:30:00Z'); // Wednesday, 10 March 2027, 09:30 in Borna (winter time, CET)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Vorsicht, Falle: sicher durch den digitalen Büroalltag', // Thu 11.03.2027 13:00, online, SAKD, free
  telefon: 'Am Telefon und am Schalter: freundlich und sicher im Bürgerservice', // Fri 12.03.2027 08:30 Rathaus Grimma
  eakte: 'Die E-Akte im Landratsamt: Einstieg in das Dokumentenmanagement', // Mon 15.03.2027 08:30 LRA Borna, free
  m365: 'Zusammenarbeit mit Microsoft 365: Teams, OneDrive und SharePoint', // Tue 16.03.2027 13:00, online, Lehmann, free
  excel: 'Excel im Sachgebiet: Formeln, Filter und Auswertungen', // Thu–Fri 18.–19.03.2027, VHS Grimma, 180 €
  amt24: 'Onlinedienste über Amt24 anbieten: Verwaltungsleistungen digital bereitstellen', // Tue 30.03.2027, online, SAKD
  klartext: 'Klartext statt Amtsdeutsch: Briefe und Bescheide, die jeder versteht', // Thu 01.04.2027 Rathaus Grimma
  onboarding: 'Gut ankommen: Einführungstag für neue Beschäftigte des Landratsamts', // Tue 06.04.2027 LRA Borna, free
  schreibtisch: 'Den Schreibtisch im Griff: Prioritäten setzen und Aufgaben planen', // Thu 08.04.2027 13:30, online
  lotsen: 'Digitallotsen Sachsen: Qualifizierung 2027', // 13.04., 04.05., 01.06., 29.06.2027, hybrid, free, deadline passed 26.02.
  agil: 'Agil arbeiten im Amt: Scrum und Kanban für Verwaltungsteams', // Wed 14.04. and 28.04.2027 mornings, online
  konflikte: 'Konflikte im Kollegenkreis lösen', // Thu 15.04.2027 Rathaus Wurzen
  moderation: 'Besprechungen und Bürgerversammlungen moderieren', // Mon 19.04. and 03.05.2027 afternoons, Rathaus Wurzen
  datenschutz: 'Datenschutz kompakt für die Sachbearbeitung', // Tue 20.04.2027 LRA Borna
  erechnung: 'Rechnungen ohne Papier: XRechnung im Rechnungseingang', // Wed 21.04.2027, online, SAKD
  tvoed: 'TVöD kompakt: Grundlagen für die Personalsachbearbeitung', // Thu 22.04.2027, online
  prozesse: 'Abläufe sichtbar machen: Prozessmanagement mit BPMN', // 27.–28.04.2027 VWA Leipzig, Hennig
  social: 'Posten, teilen, informieren: die Stadtverwaltung in den sozialen Netzwerken', // Thu 29.04.2027 Markkleeberg, 15 seats
  citizen: 'English for Citizen Services', // Tue 04.05. and 11.05.2027 mornings, VHS Grimma, English, 240 €
  resilienz: 'Kraft tanken: Resilienz im Arbeitsalltag', // Wed 05.05.2027 13:00 LRA Borna, free, 20 seats
  projekte: 'Projekte erfolgreich steuern: Grundlagen des Projektmanagements', // 10.–12.05.2027 Meißen, 520 €
  ki: 'Schreibhilfe aus der Maschine: Sprachmodelle im Verwaltungsalltag', // Wed 12.05.2027, hybrid, Markkleeberg
  pdf: 'Barrierefreie PDF-Dokumente erstellen', // Tue 18.05.2027 09:00–12:00, online, SAKD, Lehmann, free, 20 seats
  hybridTeams: 'Managing Hybrid Teams', // Thu 20.05.2027 14:00, online, English
  vergabe: 'Vergaberecht für Einsteiger: Aufträge unterhalb der EU-Schwellenwerte', // Tue 25.05.2027 VWA Leipzig
  akten: 'Was bleibt, was geht: Aufbewahrungsfristen und Aussonderung von Akten', // Wed 26.05.2027 LRA Borna, free
  fuehrung: 'Vom Kollegen zur Chefin: Einstieg in die Führungsrolle', // Thu 03.06. and 24.06.2027, Kloster Nimbschen
  ideen: 'Neue Ideen für die Verwaltung: Kreativmethoden ausprobieren', // Tue 08.06.2027 Markkleeberg, free
  change: 'Wenn sich alles ändert: Veränderungen im Team begleiten', // Wed 09.06.2027 VWA Leipzig, Hennig
  haushalt: 'Zahlen, die zählen: der doppische Haushalt der Kommune', // 15.–16.06.2027 Meißen, 330 €
  eu: 'EU Funding for Municipalities: ESF Plus and ERDF in Saxony', // Wed 16.06.2027 10:00, online, English, free
  powerbi: 'Kennzahlen-Dashboards mit Power BI', // draft
  video: 'Videoberatung im Bürgerbüro', // draft
  word: 'Word für Fortgeschrittene: Serienbriefe und Formatvorlagen', // cancelled
  grundsteuer: 'Grundsteuer nach der Reform: Fragen aus der Praxis', // cancelled
  beteiligung: 'Infoveranstaltung zum Beteiligungsportal Sachsen', // past (24 February 2027)
  barkasse: 'Barkasse und Zahlstelle: sicher kassieren im Bürgerbüro', // past (3 March 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.powerbi, T.video, T.word, T.grundsteuer, T.beteiligung, T.barkasse];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  { q: 'Was kostet der Excel-Kurs?', kind: 'facts', titles: [T.excel], says: ['kostet 180 €'] },
  { q: 'Kostet die E-Akte-Schulung was?', kind: 'facts', titles: [T.eakte], says: ['ist kostenlos'] },
  {
    q: 'Was muss unsere Dienststelle für den Projektmanagement-Lehrgang bezahlen?',
    kind: 'facts',
    titles: [T.projekte],
    says: ['kostet 520 €'],
    mentions: ['Die Kosten trägt die entsendende Dienststelle'],
  },
  // --- facts: when, start time, duration -------------------------------------------------------------------------------
  {
    q: 'Wann ist die Schulung zur Aktenaussonderung?',
    kind: 'facts',
    titles: [T.akten],
    says: ['am Mi., 26.05.2027 von 09:00 bis 12:00 Uhr'],
  },
  {
    q: 'Wann sind die Termine der Führungsreihe?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 03.06.2027 und Do., 24.06.2027'],
  },
  {
    q: 'Um wie viel Uhr beginnt das Telefontraining?',
    kind: 'facts',
    titles: [T.telefon],
    says: ['beginnt am Fr., 12.03.2027 um 08:30 Uhr'],
  },
  {
    q: 'Wie lange dauert der Kurs zu barrierefreien PDFs?',
    kind: 'facts',
    titles: [T.pdf],
    says: ['dauert 3 Stunden', 'von 09:00 bis 12:00 Uhr'],
  },
  {
    q: 'Wie viele Tage geht das Seminar zum Prozessmanagement?',
    kind: 'facts',
    titles: [T.prozesse],
    says: ['dauert 2 Tage', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  // --- facts: where, format, trainer -----------------------------------------------------------------------------------
  {
    q: 'Wo findet das Konfliktseminar statt?',
    kind: 'facts',
    titles: [T.konflikte],
    says: ['im Rathaus Wurzen, Friedrich-Ebert-Straße 2'],
  },
  { q: 'Wo ist die M365-Schulung?', kind: 'facts', titles: [T.m365], says: ['findet online statt'] },
  { q: 'Ist der KI-Workshop vor Ort oder online?', kind: 'facts', titles: [T.ki], says: ['findet hybrid statt'] },
  {
    q: 'Wer ist der Referent beim Vergaberecht-Seminar?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['leitet Herr Thomas Richter'],
  },
  {
    q: 'Wer leitet die Führungsreihe?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['leiten Frau Susanne Pohl und Herr Matthias Krause'],
  },
  // --- facts: registration deadline, seats -----------------------------------------------------------------------------
  {
    q: 'Bis wann muss ich mich für den Haushaltskurs anmelden?',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['bis Fr., 14.05.2027, 23:59 Uhr'],
  },
  {
    q: 'Wann ist Anmeldeschluss für die Digitallotsen Sachsen?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['abgelaufen', 'Fr., 26.02.2027, 23:59 Uhr'],
  },
  {
    q: 'Gibt es beim Social-Media-Seminar noch freie Plätze?',
    kind: 'facts',
    titles: [T.social],
    says: ['noch 15 von 15 Plätzen frei'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  { conv: 'haushalt', q: 'Gibt es eine Schulung zum kommunalen Haushalt?', kind: 'list', titles: [T.haushalt] },
  {
    conv: 'haushalt',
    q: 'Und wann ist die?',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['an 2 Tagen', 'Di., 15.06.2027 und Mi., 16.06.2027'],
  },
  { conv: 'haushalt', q: 'Was kostet sie?', kind: 'facts', titles: [T.haushalt], says: ['kostet 330 €'] },
  {
    conv: 'stress',
    q: 'Ich bin in letzter Zeit ziemlich gestresst. Gibt es was zur Entspannung?',
    kind: 'list',
    titles: [T.resilienz],
  },
  {
    conv: 'stress',
    q: 'Wo findet das statt?',
    kind: 'facts',
    titles: [T.resilienz],
    says: ['im Landratsamt Borna, Stauffenbergstraße 4'],
  },
  {
    conv: 'stress',
    q: 'Sind da noch Plätze frei?',
    kind: 'facts',
    titles: [T.resilienz],
    says: ['noch 20 von 20 Plätzen frei'],
  },
  // --- topic searches: colloquial wording, words only the summary or description has -----------------------------------
  {
    q: 'Ich bekomme ständig komische Mails mit Links drin – gibt es dazu eine Schulung?',
    kind: 'list',
    titles: [T.phishing],
  },
  { q: 'Gibt es was zu ChatGPT?', kind: 'list', titles: [T.ki] },
  { q: 'Gibt es eine Schulung zur E-Rechnung?', kind: 'list', titles: [T.erechnung] },
  {
    q: 'Wir wollen unsere Arbeitsabläufe verbessern – gibt es was zur Prozessoptimierung?',
    kind: 'list',
    first: T.prozesse,
  },
  { q: 'Ich hab ständig Streit mit einem Kollegen, welches Seminar hilft da?', kind: 'list', first: T.konflikte },
  {
    q: 'Unser Aktenkeller quillt über, was darf eigentlich weg? Gibt es dazu eine Schulung?',
    kind: 'list',
    first: T.akten,
  },
  {
    q: 'Ich soll den Instagram-Account der Stadt betreuen. Gibt es dafür eine Fortbildung?',
    kind: 'list',
    titles: [T.social],
  },
  { q: 'Ich will endlich Pivot-Tabellen lernen.', kind: 'list', titles: [T.excel] },
  { q: 'Gibt es was zu Design Thinking?', kind: 'list', titles: [T.ideen] },
  { q: 'Gibt es etwas zum Onlinezugangsgesetz?', kind: 'list', titles: [T.amt24] },
  { q: 'Wie schreibe ich Bescheide so, dass die Bürger sie auch verstehen?', kind: 'list', first: T.klartext },
  { q: 'Gibt es eine Schulung zum Tarifrecht?', kind: 'list', titles: [T.tvoed] },
  {
    q: 'Ich bin neu in der Kreisverwaltung – gibt es so eine Art Einführung für Neue?',
    kind: 'list',
    first: T.onboarding,
  },
  // --- typos -----------------------------------------------------------------------------------------------------------
  { q: 'Barierefreie Dokumente', kind: 'list', titles: [T.pdf] },
  { q: 'Exel Kurs', kind: 'list', titles: [T.excel] },
  { q: 'Datenschuz Schulung', kind: 'list', first: T.datenschutz },
  { q: 'gibt es was zu Projektmanagment?', kind: 'list', first: T.projekte },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, cost, length, free seats -----------------
  { q: 'Was ist diese Woche noch los?', kind: 'list', titles: [T.phishing, T.telefon] },
  { q: 'Gibt es morgen eine Schulung?', kind: 'list', titles: [T.phishing] },
  { q: 'Was läuft nächste Woche?', kind: 'list', titles: [T.eakte, T.m365, T.excel] },
  {
    q: 'Welche Seminare sind in den nächsten zwei Wochen?',
    kind: 'list',
    titles: [T.phishing, T.telefon, T.eakte, T.m365, T.excel],
  },
  { q: 'Gibt es in der Woche nach Ostern ein Seminar?', kind: 'list', titles: [T.amt24, T.klartext] },
  {
    q: 'Gibt es nächste Woche vormittags etwas?',
    kind: 'list',
    titles: [T.eakte, T.excel],
    miss: 'written to the rule the writer was given (a session starting before noon); the bot takes a whole day for no morning offer',
  },
  { q: 'Welche Seminare sind im April nachmittags?', kind: 'list', titles: [T.schreibtisch, T.moderation] },
  { q: 'Welche Online-Seminare gibt es im März?', kind: 'list', titles: [T.phishing, T.m365, T.amt24] },
  { q: 'Welche Seminare finden in Wurzen statt?', kind: 'list', ...only(T.konflikte, T.moderation) },
  { q: 'Welche Seminare leitet Frau Hennig?', kind: 'list', ...only(T.prozesse, T.change) },
  { q: 'Was bietet die SAKD an?', kind: 'list', ...only(T.phishing, T.amt24, T.erechnung, T.pdf) },
  {
    q: 'Ich bin Führungskraft – welche Seminare sind für mich gedacht?',
    kind: 'list',
    ...only(T.fuehrung, T.change, T.hybridTeams),
  },
  { q: 'Welche kostenlosen Seminare gibt es im Mai?', kind: 'list', titles: [T.lotsen, T.resilienz, T.pdf, T.akten] },
  { q: 'Gibt es im Juni Seminare über mehrere Tage?', kind: 'list', titles: [T.lotsen, T.fuehrung, T.haushalt] },
  { q: 'Wo sind nächste Woche noch Plätze frei?', kind: 'list', titles: [T.eakte, T.m365, T.excel] },
  // --- gone, draft, no match, greeting ---------------------------------------------------------------------------------
  { q: 'Wann ist der Word-Kurs zu Serienbriefen?', kind: 'gone', gone: T.word },
  { q: 'Findet das Grundsteuer-Seminar statt?', kind: 'gone', gone: T.grundsteuer },
  {
    q: 'Wann war die Infoveranstaltung zum Beteiligungsportal?',
    kind: 'gone',
    gone: T.beteiligung,
    says: ['Mi., 24.02.2027'],
  },
  { q: 'Wann ist das Seminar zur Barkasse?', kind: 'gone', gone: T.barkasse, says: ['Mi., 03.03.2027'] },
  { q: 'Gibt es einen Kurs zu Power BI?', kind: 'none' },
  { q: 'Gibt es einen Motorsägenlehrgang für den Bauhof?', kind: 'none' },
  { q: 'Gibt es ein Fahrsicherheitstraining für Dienstwagen?', kind: 'none' },
  { q: 'Hallo!', kind: 'help' },
  { q: 'Was kannst du alles?', kind: 'help' },
  // --- English -----------------------------------------------------------------------------------------------------------
  {
    q: 'How much is the English course for citizen services?',
    locale: 'en',
    kind: 'facts',
    titles: [T.citizen],
    says: ['costs €240'],
  },
  {
    q: 'When is the EU funding webinar?',
    locale: 'en',
    kind: 'facts',
    titles: [T.eu],
    says: ['Wed, 16 Jun 2027 from 10:00 to 12:00'],
  },
  {
    q: 'What time does Managing Hybrid Teams start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.hybridTeams],
    says: ['starts on Thu, 20 May 2027 at 14:00'],
  },
  {
    q: 'Where does the conflict workshop take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.konflikte],
    says: ['at Rathaus Wurzen, Friedrich-Ebert-Straße 2'],
  },
  {
    q: 'Who teaches the Excel course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['is led by Herr Daniel Wagner'],
  },
  {
    q: 'Are there still seats available in the accessible PDF course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.pdf],
    says: ['has 20 of 20 seats left'],
  },
  {
    q: 'When is the registration deadline for the project management course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.projekte],
    says: ['until Mon, 26 Apr 2027, 23:59'],
  },
  { q: "What's on next week?", locale: 'en', kind: 'list', titles: [T.eakte, T.m365, T.excel] },
  { q: 'Any courses in English in May?', locale: 'en', kind: 'list', titles: [T.citizen, T.hybridTeams] },
  { q: 'Is there any training on phishing?', locale: 'en', kind: 'list', titles: [T.phishing] },
];

heldoutSuite('answering questions about a twenty-third, independent catalogue (Landkreis Leipzig)', {
  fixture: 'heldout23-catalogue.json',
  now,
  timeZone: TZ,
  cases: CASES,
  titles: all,
  never: NEVER,
});
