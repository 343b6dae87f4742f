// Over-fitting check, eighteenth catalogue: the 2027/28 programme of the Landkreise Ebersberg and Erding (Bavaria) —
// Bayerische Verwaltungsschule (BVS), the Landratsämter's own Personalentwicklung and health management, AKDB as IT
// provider, the Kreisbildungswerk and the "Digitallotsen Bayern" programme — imported from a JSON file, with texts in
// Bavarian administrative brochure vocabulary (Parteiverkehr, Sachgebiet, BayernPortal, Dienstrecht, Doppik), and
// questions written the way employees ask, without looking at the parser or the answers. Same assertions as the other
// suites: exactly the expected seminars (best first where one is clearly best), the asked fact in the first sentence,
// never a draft, cancelled or past seminar.
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

// Monday, 15 November 2027, 08:00 in Ebersberg (CET, UTC+1). "Morgen" is Tue 16.11.; this week runs to Sun 21.11.,
// next week is Mon 22.11.–Sun 28.11. (nothing on Mon 29.11.), next month is December 2027.
const now = new Date('2027-11-15T07:00:00Z');
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Vorsicht, Falle: Phishing und Social Engineering im Büroalltag erkennen', // Tue 16.11.2027 09:00–11:00, online, AKDB, free
  isb: 'Lehrgang für kommunale Informationssicherheitsbeauftragte (ISB)', // 07.–09.12.2027, BVS Holzhausen, 1.150 €
  datenschutz: 'Datenschutz im Sachgebiet: personenbezogene Daten richtig verarbeiten', // Thu 25.11.2027 09:00–12:30, LRA Erding, free, 25 seats
  eakte: 'Einstieg in die E-Akte: Schriftgut digital führen mit dem DMS', // Wed 17.11.2027 08:30–12:00, LRA Ebersberg, free
  ozg: 'Online-Dienste im BayernPortal: Verwaltungsleistungen digital anbieten', // Tue 30.11.2027 13:30–16:00, online, AKDB
  ki: 'KI-Assistenten im Büroalltag: Texte, Zusammenfassungen und Recherche mit Copilot & Co.', // Thu 02.12.2027 09–12, hybrid LRA Erding
  teams: 'Zusammenarbeit mit Microsoft Teams: Chats, Kanäle, Dateien und Besprechungen', // Thu 02.12.2027 13:30–15:30, online, free
  excel: 'Excel im Sachgebiet: Listen auswerten mit Filtern, SVERWEIS und Pivot-Tabellen', // 23./24.11.2027 08:30–11:30, online, 12 seats
  prozess: 'Abläufe sichtbar machen: Prozessmanagement in der Kommunalverwaltung', // 13.–14.12.2027, Rathaus Grafing
  agil: 'Neue Arbeitsweisen im Team: agile Methoden für die Verwaltung', // Wed 19.01.2028, Kreisbildungswerk
  projekt: 'Projekte erfolgreich steuern: Projektmanagement-Grundlagen für Kommunen', // 25.–26.01.2028, LRA Erding
  fuehrung: 'Erfolgreich führen von Anfang an: Basisreihe für neue Sachgebietsleitungen', // 20.01., 10.02., 02.03.2028, LRA Ebersberg
  change: 'Veränderungen gut begleiten: Change Management im öffentlichen Dienst', // Fri 04.02.2028, Rathaus Grafing
  deeskalation: 'Wenn es laut wird: Deeskalation und Sicherheit im Parteiverkehr', // 06.–07.12.2027, LRA Erding
  sprache: 'Bürgernah schreiben: Bescheide und E-Mails klar formulieren', // Wed 15.12.2027, Rathaus Grafing
  zeit: 'Den Schreibtisch im Griff: Selbstorganisation und Prioritäten im Büroalltag', // Fri 19.11.2027 09:00–12:30, Kreisbildungswerk
  stress: 'Gesund bleiben im Dienst: Belastungen erkennen, Kraft tanken', // Tue 14.12.2027, LRA Erding, free, 14 seats
  telearbeit: 'Mobil und gesund: Telearbeit gut gestalten', // Wed 08.12.2027 13:30–15:00, online, free
  vergabe: 'Einkaufen nach Recht und Gesetz: Vergabe unterhalb der EU-Schwellenwerte', // Fri 03.12.2027, LRA Ebersberg, 310 €
  haushalt: 'Der kommunale Haushalt für Einsteiger: planen, bewirtschaften, abschließen', // 11.–12.01.2028, LRA Erding, 260 €
  personal: 'Personalrecht kompakt: Beamtenrecht und Tarifrecht für die Personalsachbearbeitung', // Tue 08.02.2028, LRA Ebersberg
  barriere: 'Barrierefreie Dokumente und Webseiten: digital für alle zugänglich', // Thu 09.12.2027 09–12, online, free
  gis: 'Karten und Geodaten im Arbeitsalltag: BayernAtlas und QGIS', // Thu 27.01.2028 09–12, LRA Ebersberg, free
  social: 'Social Media für Gemeinden: Kanäle redaktionell betreuen', // Wed 26.01.2028 09–12, online
  wissen: 'Wenn Erfahrene gehen: Wissen im Team weitergeben', // Tue 15.02.2028, online
  onboarding: 'Willkommen im Landratsamt: Einführungstag für neue Beschäftigte', // Wed 01.12.2027, LRA Ebersberg, free
  frontDesk: 'Welcoming International Citizens: English at the Front Desk', // 13.–14.01.2028, LRA Erding, English, 240 €
  leadership: 'Leadership Essentials for Hybrid Teams', // 07./08.12.2027 14–17, online, English
  emails: 'Writing Clear Emails in English', // Thu 20.01.2028 10–12, online, English, free
  lotsen: 'Digitallotsen Bayern: Qualifizierung 2028 für Gemeinden und Verwaltungsgemeinschaften', // from 02.02.2028, hybrid, free
  protokoll: 'Sitzungen protokollieren: Niederschriften für Gemeinderat und Ausschüsse', // Tue 23.11.2027 13:00–16:30, Grafing, deadline passed 08.11.
  fahrsicherheit: 'Fahrsicherheitstraining für Dienstfahrten', // draft
  drohnen: 'Drohnen in der Bauaufsicht: Einführung und Flugpraxis', // draft (Thu 18.11.2027)
  rueckenfit: 'Rückenfit im Büro: bewegte Pause am Bildschirmarbeitsplatz', // cancelled (02.12.2027)
  outlook: 'Outlook effizient nutzen: E-Mails, Kalender und Aufgaben', // cancelled (24.11.2027)
  auftakt: 'Auftakt Digitale Verwaltung Landkreis Erding 2030', // past (Tue 21.09.2027)
  reisekosten: 'Dienstreisen richtig abrechnen: das Bayerische Reisekostengesetz', // past (Tue 09.11.2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.fahrsicherheit, T.drohnen, T.rueckenfit, T.outlook, T.auftakt, T.reisekosten];
const only = onlyAmong(all, NEVER);

const LEADERS = only(T.fuehrung, T.change, T.leadership, T.wissen);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  { q: 'Wie teuer ist die Schulung zum Vergaberecht?', kind: 'facts', titles: [T.vergabe], says: ['kostet 310 €'] },
  { q: 'Was kostet der ISB-Lehrgang?', kind: 'facts', titles: [T.isb], says: ['kostet 1.150 €'] },
  { q: 'Kostet die Digitallotsen-Qualifizierung was?', kind: 'facts', titles: [T.lotsen], says: ['ist kostenlos'] },
  // --- facts: when, start time, duration -------------------------------------------------------------------------------
  {
    q: 'Wann ist der Excel Kurs?',
    kind: 'facts',
    titles: [T.excel],
    says: ['an 2 Tagen', 'Di., 23.11.2027 und Mi., 24.11.2027', 'von 08:30 bis 11:30 Uhr'],
  },
  {
    q: 'Um wieviel Uhr beginnt die E-Akte Einführung?',
    kind: 'facts',
    titles: [T.eakte],
    says: ['beginnt am Mi., 17.11.2027 um 08:30 Uhr'],
  },
  {
    q: 'Wie lange dauert das Prozessmanagement-Seminar?',
    kind: 'facts',
    titles: [T.prozess],
    says: ['dauert 2 Tage', 'von 09:00 bis 16:00 Uhr'],
  },
  { q: 'wie lang geht die teams schulung', kind: 'facts', titles: [T.teams], says: ['dauert 2 Stunden'] },
  {
    q: 'Wie lange dauert der Online-Impuls zur Telearbeit?',
    kind: 'facts',
    titles: [T.telearbeit],
    says: ['dauert 1,5 Stunden'],
  },
  {
    q: 'Wann sind die Termine der Basisreihe für neue Sachgebietsleitungen?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 3 Tagen', 'Do., 20.01.2028, Do., 10.02.2028 und Do., 02.03.2028'],
  },
  // --- facts: where, format, trainer -----------------------------------------------------------------------------------
  { q: 'Wo ist das Deeskalationstraining?', kind: 'facts', titles: [T.deeskalation], says: ['im Landratsamt Erding'] },
  {
    q: 'Wo findet der Lehrgang für Informationssicherheitsbeauftragte statt?',
    kind: 'facts',
    titles: [T.isb],
    says: ['BVS-Bildungszentrum Holzhausen'],
  },
  { q: 'Findet der Phishing-Kurs online statt?', kind: 'facts', titles: [T.phishing], says: ['findet online statt'] },
  { q: 'Ist das KI Seminar in Präsenz oder online?', kind: 'facts', titles: [T.ki], says: ['findet hybrid statt'] },
  {
    q: 'Wer ist Referent beim Vergabeseminar?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['leitet Herr Georg Brandstetter'],
  },
  {
    q: 'Wer leitet die Basisreihe für neue Sachgebietsleitungen?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['leiten Frau Andrea Huber und Herr Michael Strasser'],
  },
  // --- facts: registration deadline, seats -----------------------------------------------------------------------------
  {
    q: 'Bis wann kann ich mich für die Digitallotsen anmelden?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['bis Fr., 14.01.2028, 23:59 Uhr'],
  },
  {
    q: 'Wann ist Anmeldeschluss für das Seminar zum Protokollieren?',
    kind: 'facts',
    titles: [T.protokoll],
    says: ['abgelaufen', 'Mo., 08.11.2027, 23:59 Uhr'],
  },
  {
    q: 'Sind beim Datenschutz-Seminar noch Plätze frei?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['noch 25 von 25 Plätzen frei'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  { conv: 'doppik', q: 'Gibt es eine Einführung in die Doppik?', kind: 'list', titles: [T.haushalt] },
  { conv: 'doppik', q: 'Wo findet das statt?', kind: 'facts', titles: [T.haushalt], says: ['im Landratsamt Erding'] },
  { conv: 'doppik', q: 'Und was kostet das?', kind: 'facts', titles: [T.haushalt], says: ['kostet 260 €'] },
  { conv: 'doppik', q: 'Wann genau?', kind: 'facts', titles: [T.haushalt], says: ['an 2 Tagen', 'Di., 11.01.2028'] },
  {
    conv: 'stress',
    q: 'Mir wächst gerade alles über den Kopf. Gibt es was zur Stressbewältigung?',
    kind: 'list',
    titles: [T.stress],
  },
  {
    conv: 'stress',
    q: 'Sind da noch Plätze frei?',
    kind: 'facts',
    titles: [T.stress],
    says: ['noch 14 von 14 Plätzen frei'],
  },
  { conv: 'stress', q: 'Kostet das was?', kind: 'facts', titles: [T.stress], says: ['ist kostenlos'] },
  { conv: 'gis', q: 'Ich bräuchte mal eine Schulung zu GIS', kind: 'list', titles: [T.gis] },
  { conv: 'gis', q: 'Wer leitet das?', kind: 'facts', titles: [T.gis], says: ['leitet Herr Korbinian Wastl'] },
  { conv: 'gis', q: 'Und wann?', kind: 'facts', titles: [T.gis], says: ['am Do., 27.01.2028 von 09:00 bis 12:00 Uhr'] },
  { conv: 'ozg', q: 'Was habt ihr zum Onlinezugangsgesetz?', kind: 'list', titles: [T.ozg] },
  { conv: 'ozg', q: 'Ist das online?', kind: 'facts', titles: [T.ozg], says: ['findet online statt'] },
  {
    conv: 'ozg',
    q: 'Um wie viel Uhr geht es los?',
    kind: 'facts',
    titles: [T.ozg],
    says: ['beginnt am Di., 30.11.2027 um 13:30 Uhr'],
  },
  // --- topic searches: colloquial wording, words only the summary or description has -----------------------------------
  {
    q: 'Ich bekomme ständig komische Mails mit Links – gibt es dazu eine Schulung?',
    kind: 'list',
    titles: [T.phishing],
  },
  { q: 'Gibt es eine Fortbildung zu künstlicher Intelligenz?', kind: 'list', titles: [T.ki] },
  { q: 'Gibt es eine Schulung zur elektronischen Akte?', kind: 'list', titles: [T.eakte] },
  { q: 'Was gibt es zu Ausschreibungen?', kind: 'list', titles: [T.vergabe] },
  { q: 'Gibt es ein Seminar zum Zeitmanagement?', kind: 'list', titles: [T.zeit] },
  { q: 'Gibt es was zum Arbeiten von zuhause?', kind: 'list', first: T.telearbeit },
  { q: 'Gibt es was zu Kanban?', kind: 'list', titles: [T.agil] },
  { q: 'Gibt es eine Schulung zur Tabellenkalkulation?', kind: 'list', titles: [T.excel] },
  { q: 'Eine Kollegin geht bald in den Ruhestand – wie sichern wir ihr Wissen?', kind: 'list', titles: [T.wissen] },
  { q: 'Wie gehe ich mit pöbelnden Kunden am Schalter um?', kind: 'list', first: T.deeskalation },
  { q: 'Gibt es was zu Dienstrecht und TVöD?', kind: 'list', titles: [T.personal] },
  { q: 'Gibt es was zu Change Management?', kind: 'list', first: T.change },
  { q: 'Ich will lernen, Bescheide ohne Amtsdeutsch zu schreiben.', kind: 'list', titles: [T.sprache] },
  { q: 'Wir wollen als Gemeinde auf Instagram aktiv werden, gibts da was?', kind: 'list', titles: [T.social] },
  { q: 'Wie schreibe ich eine ordentliche Niederschrift für den Gemeinderat?', kind: 'list', titles: [T.protokoll] },
  { q: 'Welche Kurse gibt es zum Thema Sicherheit in der IT?', kind: 'list', ...only(T.isb, T.phishing) },
  {
    q: 'Gibt es eine Einführungsveranstaltung für neue Kolleginnen und Kollegen?',
    kind: 'list',
    titles: [T.onboarding],
  },
  // --- typos, missing umlauts -----------------------------------------------------------------------------------------
  {
    q: 'Schulung Informationssicherhiet',
    kind: 'list',
    ...only(T.isb, T.phishing),
    miss: 'the phishing course names information security only in its description, below the cut-off',
  },
  { q: 'Prozesmanagment Seminar', kind: 'list', titles: [T.prozess] },
  { q: 'Barierefreie Dokumente', kind: 'list', titles: [T.barriere] },
  { q: 'projekmanagement kurs', kind: 'list', first: T.projekt },
  { q: 'Datenshutz schulung', kind: 'list', titles: [T.datenschutz] },
  { q: 'Gibt es was fuer Fuehrungskraefte?', kind: 'list', ...LEADERS },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, cost, length, language, seats -----------
  { q: 'Gibt es morgen ein Seminar?', kind: 'list', titles: [T.phishing] },
  { q: 'Was läuft diese Woche?', kind: 'list', titles: [T.phishing, T.eakte, T.zeit] },
  { q: 'Was ist nächste Woche los?', kind: 'list', titles: [T.excel, T.protokoll, T.datenschutz] },
  {
    q: 'Welche Seminare sind in den nächsten zwei Wochen?',
    kind: 'list',
    titles: [T.phishing, T.eakte, T.zeit, T.excel, T.protokoll, T.datenschutz],
  },
  { q: 'Gibt es nächste Woche was am Nachmittag?', kind: 'list', titles: [T.protokoll] },
  { q: 'nächste woche vormittags?', kind: 'list', titles: [T.excel, T.datenschutz] },
  { q: 'Was ist am Freitag?', kind: 'list', titles: [T.zeit] },
  { q: 'Welche Seminare gibt es in Grafing?', kind: 'list', ...only(T.protokoll, T.prozess, T.sprache, T.change) },
  { q: 'Was gibt es im Januar im Landratsamt Erding?', kind: 'list', titles: [T.haushalt, T.frontDesk, T.projekt] },
  { q: 'Welche Kurse hat Frau Wimmer?', kind: 'list', ...only(T.teams, T.excel) },
  { q: 'Welche Seminare kommen von der AKDB?', kind: 'list', ...only(T.phishing, T.ozg) },
  { q: 'Was bietet das Kreisbildungswerk an?', kind: 'list', ...only(T.zeit, T.agil) },
  { q: 'Ich bin Führungskraft – welche Seminare sind für mich?', kind: 'list', ...LEADERS },
  { q: 'Welche Seminare kann ich hybrid besuchen?', kind: 'list', ...only(T.ki, T.lotsen) },
  {
    q: 'Gibt es im Dezember Seminare über mehrere Tage?',
    kind: 'list',
    titles: [T.deeskalation, T.isb, T.leadership, T.prozess],
  },
  { q: 'Kostenlose Online-Seminare im Dezember?', kind: 'list', titles: [T.teams, T.telearbeit, T.barriere] },
  { q: 'Gibt es im Januar vormittags etwas online?', kind: 'list', titles: [T.emails, T.social] },
  { q: 'Gibt es im Januar was Kostenloses?', kind: 'list', titles: [T.emails, T.gis] },
  { q: 'Welche Seminare diese Woche haben noch freie Plätze?', kind: 'list', titles: [T.phishing, T.eakte, T.zeit] },
  // --- gone, no match, greeting ----------------------------------------------------------------------------------------
  { q: 'Wann ist der Rückenfit-Kurs?', kind: 'gone', gone: T.rueckenfit },
  { q: 'Findet die Outlook-Schulung statt?', kind: 'gone', gone: T.outlook },
  {
    q: 'Wann war die Auftaktveranstaltung Digitale Verwaltung?',
    kind: 'gone',
    gone: T.auftakt,
    says: ['Di., 21.09.2027'],
  },
  {
    q: 'Wann ist die Schulung zur Reisekostenabrechnung?',
    kind: 'gone',
    gone: T.reisekosten,
    says: ['Di., 09.11.2027'],
  },
  { q: 'Gibt es einen Gabelstaplerschein?', kind: 'none' },
  { q: 'Gibt es ein Fahrsicherheitstraining?', kind: 'none' },
  { q: 'Gibt es eine Drohnen-Schulung?', kind: 'none' },
  { q: 'Servus!', kind: 'help' },
  { q: 'Grüß Gott, was kannst du?', kind: 'help' },
  // --- English -----------------------------------------------------------------------------------------------------------
  {
    q: 'How much is the Welcoming International Citizens course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.frontDesk],
    says: ['costs €240'],
  },
  {
    q: 'When is the English email writing course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.emails],
    says: ['takes place on Thu, 20 Jan 2028 from 10:00 to 12:00'],
  },
  {
    q: 'Where is the process management workshop held?',
    locale: 'en',
    kind: 'facts',
    titles: [T.prozess],
    says: ['Rathaus Grafing'],
  },
  {
    q: 'What time does Leadership Essentials start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.leadership],
    says: ['starts on Tue, 7 Dec 2027 at 14:00'],
  },
  {
    q: 'Who runs the GIS training?',
    locale: 'en',
    kind: 'facts',
    titles: [T.gis],
    says: ['is led by Herr Korbinian Wastl'],
  },
  {
    q: 'Which seminars are held in English?',
    locale: 'en',
    kind: 'list',
    ...only(T.frontDesk, T.leadership, T.emails),
  },
  { q: 'Any English courses next month?', locale: 'en', kind: 'list', titles: [T.leadership] },
  { q: "What's on tomorrow?", locale: 'en', kind: 'list', titles: [T.phishing] },
  { q: 'Any free courses this week?', locale: 'en', kind: 'list', titles: [T.phishing, T.eakte] },
  { q: 'Is there any training on accessibility?', locale: 'en', kind: 'list', titles: [T.barriere] },
  { q: 'Do you have something on data protection?', locale: 'en', kind: 'list', titles: [T.datenschutz] },
  { conv: 'excel-en', q: 'Is there an Excel course?', locale: 'en', kind: 'list', titles: [T.excel] },
  {
    conv: 'excel-en',
    q: 'Are there still seats available?',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['has 12 of 12 seats left'],
  },
  {
    conv: 'excel-en',
    q: 'Is it online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['takes place online'],
  },
];

heldoutSuite('answering questions about an eighteenth, independent catalogue (Landkreise Ebersberg and Erding)', {
  fixture: 'heldout18-catalogue.json',
  now,
  timeZone: TZ,
  cases: CASES,
  titles: all,
  never: NEVER,
});
