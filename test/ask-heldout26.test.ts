// Over-fitting check, twenty-sixth catalogue: the 2027 programme of the Kreis Recklinghausen and its ten towns
// (Kreishaus Recklinghausen, Bildungszentrum Herten, town halls from Marl to Haltern am See; the Studieninstitut Ruhr,
// the Kreis's Personalentwicklung and health management, GKD Recklinghausen as IT provider, the state's Digitallotsen
// programme) imported from a JSON file, with brochure texts in everyday words, and questions typed the way people chat
// (lower case, no question marks, small typos), written without looking at the parser or the answers. Same assertions
// as the other suites: exactly the expected seminars (best first where one is clearly best), the asked fact in the
// first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (all sessions after now; holidays 06.05., 17.05. and 27.05.2027 left free):
//   this week  Wed 14.04. Teams 09:00–12:00 (online) · Thu 15.04. phishing 13:30–16:00 (online)
//   next week  Tue 20.04. telephone 09:00–12:30 (Marl) · Wed 21.04. data protection 13:30–16:00 (online)
//              · Thu 22.04. Excel 13:00–16:30 (Herten) — all half days
//   nothing from 23.04. to 03.05.; everything else lies in May, June and early July.
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-04-13T07:00:00Z'); // Tuesday, 13 April 2027, 09:00 in Recklinghausen (summer time)
const TZ = 'Europe/Berlin';

const T = {
  teams: 'Microsoft Teams für Einsteiger: Chatten, Besprechen, Zusammenarbeiten', // Wed 14.04. 09:00–12:00, online, GKD, free, 30 seats
  phishing: 'Klick mit Köpfchen: Betrugsmaschen per E-Mail durchschauen', // Thu 15.04. 13:30–16:00, online, GKD, free
  telefon: 'Freundlich am Telefon: Servicegespräche im Bürgerbüro', // Tue 20.04. 09:00–12:30, Rathaus Marl, 95 €
  datenschutz: 'Datenschutz im Büroalltag: DSGVO-Grundwissen für alle Beschäftigten', // Wed 21.04. 13:30–16:00, online, free
  excel: 'Excel kompakt: Formeln, Filter und Pivot-Tabellen', // Thu 22.04. 13:00–16:30, Bildungszentrum Herten, Szymanski, GKD
  sitzung: 'Sitzungsdienst digital: Ratsinformationssystem und Niederschriften', // Tue 04.05., Waltrop, deadline passed 09.04.
  schreiben: 'Klartext statt Amtsdeutsch: Bürgerbriefe verständlich schreiben', // Wed 05.05., Rathaus Datteln
  barriere: 'Barrierefreie PDF- und Word-Dokumente erstellen', // Mon 10.05. 09:00–12:00, online, Szymanski, GKD
  eakte: 'Die E-Akte im Alltag: Ablegen, Suchen, Mitzeichnen', // Wed 12.05. and Wed 26.05. 08:30–12:00, Kreishaus, GKD, free
  scrum: 'Agil arbeiten mit Scrum in Verwaltungsprojekten', // 18.–19.05. 09:00–16:30, Rathaus Dorsten, 340 €
  mobil: 'Mobil arbeiten, gesund bleiben', // Wed 19.05. 10:00–12:00, online, free
  ozg: 'OZG 2.0 in der Praxis: Verwaltungsleistungen online anbieten', // Thu 20.05., Kreishaus, 60 €, deadline Fri 07.05. 12:00
  social: 'Social Media für Städte und Gemeinden: Kanäle professionell betreuen', // Tue 25.05. 09:00–12:30, online
  konflikt: "Wenn's laut wird am Schalter: Deeskalation im Publikumsverkehr", // Mon 31.05. and Tue 01.06., Gladbeck, 12 seats
  fuehrung: 'Neu in der Führungsrolle: Grundlagen für Sachgebiets- und Teamleitungen', // Wed 02.06., 23.06., 07.07. 09:00–16:30
  lotsen: 'Digitallotsinnen und Digitallotsen NRW: Qualifizierungsreihe 2027', // Mon 07.06., 21.06., 05.07., hybrid, free
  zeit: 'Schluss mit dem Aufgabenberg: Prioritäten setzen, Zeit gewinnen', // Tue 08.06., Bildungszentrum Herten, 16 seats
  presenting: 'Presenting Projects in English', // Wed 09.06. and 16.06. 14:00–16:30, online, English
  ki: 'Der neue Kollege heißt Chatbot: Sprachmodelle sicher im Amt nutzen', // Thu 10.06. 09:00–16:00, hybrid, Kreishaus
  ersthelfer: 'Erste Hilfe im Betrieb: Grundausbildung für Ersthelfende', // Fri 11.06., Oer-Erkenschwick, free (Unfallkasse NRW)
  gis: 'Karten, die Fragen beantworten: Geodaten mit QGIS auswerten', // 14.–15.06., Kreishaus
  vergabe: 'Vergaberecht kompakt: Aufträge rechtssicher vergeben', // Tue 15.06., Kreishaus, 310 €
  resilienz: "Gelassen bleiben, wenn's hoch hergeht: Resilienz im Berufsalltag", // Wed 16.06., Haltern am See, free
  tvoed: 'Richtig eingruppiert: TVöD-Grundlagen für Personalstellen', // Thu 17.06., Rathaus Recklinghausen
  citizens: "English at the Citizens' Office: Helping International Residents", // 24.–25.06., Rathaus Marl, English
  nkf: 'Haushalt für Nicht-Kämmerer: das Neue Kommunale Finanzmanagement verstehen', // Tue 29.06., Kreishaus
  automate: 'Prozesse automatisieren mit Power Automate', // draft
  video: 'Videosprechstunde im Bürgerbüro: Pilotschulung', // draft
  outlook: 'Outlook effizient nutzen: Mails, Kalender und Aufgaben', // cancelled
  stimme: 'Gesunde Stimme im Beruf: Stimm- und Sprechtraining', // cancelled
  zeiterfassung: 'Neue Zeiterfassung: Arbeitszeiten im Self-Service buchen', // past (Tue 23 March 2027)
  grundsteuer: 'Grundsteuerreform: Fragen aus der Bürgerschaft sicher beantworten', // past (Thu 8 April 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.automate, T.video, T.outlook, T.stimme, T.zeiterfassung, T.grundsteuer];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts -----------------------------------------------------------------------------------------------------------
  { q: 'was kostet scrum', kind: 'facts', titles: [T.scrum], says: ['kostet 340 €'] },
  { q: 'teams kurs wann', kind: 'facts', titles: [T.teams], says: ['am Mi., 14.04.2027 von 09:00 bis 12:00 Uhr'] },
  {
    q: 'um wieviel uhr fängt der chatbot workshop an',
    kind: 'facts',
    titles: [T.ki],
    says: ['beginnt am Do., 10.06.2027 um 09:00 Uhr'],
  },
  {
    q: 'wie lange geht das scrum training',
    kind: 'facts',
    titles: [T.scrum],
    says: ['dauert 2 Tage, jeweils von 09:00 bis 16:30 Uhr'],
  },
  { q: 'wo ist der excel kurs', kind: 'facts', titles: [T.excel], says: ['im Bildungszentrum Herten'] },
  { q: 'ist datenschutz online oder vor ort', kind: 'facts', titles: [T.datenschutz], says: ['findet online statt'] },
  {
    q: 'wer leitet das deeskalationstraining',
    kind: 'facts',
    titles: [T.konflikt],
    says: ['leitet Frau Kerstin Lammert'],
  },
  {
    q: 'hab ich noch chance beim ozg seminar',
    kind: 'facts',
    titles: [T.ozg],
    says: ['bis Fr., 07.05.2027, 12:00 Uhr anmelden'],
  },
  {
    q: 'anmeldeschluss sitzungsdienst',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['abgelaufen', 'Fr., 09.04.2027, 23:59 Uhr'],
  },
  { q: 'is was frei bei teams', kind: 'facts', titles: [T.teams], says: ['noch 30 von 30 Plätzen frei'] },
  {
    q: 'kostet erste hilfe was',
    kind: 'facts',
    titles: [T.ersthelfer],
    says: ['ist kostenlos'],
    mentions: ['Unfallkasse NRW'],
  },
  {
    q: 'wann ist die e-akte schulung',
    kind: 'facts',
    titles: [T.eakte],
    says: ['an 2 Tagen', 'Mi., 12.05.2027 und Mi., 26.05.2027', 'jeweils von 08:30 bis 12:00 Uhr'],
  },
  {
    q: 'wie lang geht die reihe für neue führungskräfte',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['dauert 3 Tage'],
  },
  { q: 'wo is der tvöd kurs', kind: 'facts', titles: [T.tvoed], says: ['im Rathaus Recklinghausen'] },
  {
    q: 'qgis kurs online?',
    kind: 'facts',
    titles: [T.gis],
    says: ['findet in Präsenz statt, im Kreishaus Recklinghausen'],
  },
  { q: 'noch platz im zeitmanagement kurs', kind: 'facts', titles: [T.zeit], says: ['noch 16 von 16 Plätzen frei'] },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  { conv: 'ozg', q: 'gibts was zum ozg', kind: 'list', titles: [T.ozg] },
  { conv: 'ozg', q: 'wo findet das statt', kind: 'facts', titles: [T.ozg], says: ['im Kreishaus Recklinghausen'] },
  { conv: 'ozg', q: 'und was kostet das', kind: 'facts', titles: [T.ozg], says: ['kostet 60 €'] },
  { conv: 'konflikt', q: 'suche was zu deeskalation', kind: 'list', titles: [T.konflikt] },
  {
    conv: 'konflikt',
    q: 'wann ist das',
    kind: 'facts',
    titles: [T.konflikt],
    says: ['an 2 Tagen', 'Mo., 31.05.2027 und Di., 01.06.2027'],
  },
  {
    conv: 'konflikt',
    q: 'noch plätze frei',
    kind: 'facts',
    titles: [T.konflikt],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  // --- topic searches: words only in summaries or descriptions, compounds, synonyms --------------------------------------
  { q: 'gibts was zu ki', kind: 'list', titles: [T.ki] },
  { q: 'tipps für sichere passwörter', kind: 'list', titles: [T.phishing] },
  { q: 'kurs zu zeitmanagement', kind: 'list', titles: [T.zeit] },
  { q: 'was zu homeoffice', kind: 'list', titles: [T.mobil] },
  { q: 'was gegen stress im job', kind: 'list', titles: [T.resilienz] },
  { q: 'ausschreibungen schulung', kind: 'list', titles: [T.vergabe] },
  { q: 'doppik grundlagen', kind: 'list', titles: [T.nkf] },
  { q: 'was zum tarifvertrag', kind: 'list', titles: [T.tvoed] },
  { q: 'gibts was zu kanban', kind: 'list', titles: [T.scrum] },
  { q: 'leichte sprache kurs', kind: 'list', titles: [T.schreiben] },
  { q: 'pivottabellen lernen', kind: 'list', titles: [T.excel] },
  { q: 'umgang mit pöbelnden bürgern', kind: 'list', first: T.konflikt },
  { q: 'schulung für neue vorgesetzte', kind: 'list', first: T.fuehrung },
  // --- typos -----------------------------------------------------------------------------------------------------------
  { q: 'exel kurs', kind: 'list', titles: [T.excel] },
  { q: 'datenschuz schulung', kind: 'list', titles: [T.datenschutz] },
  { q: 'fishing mails erkennen', kind: 'list', titles: [T.phishing] },
  { q: 'resilenz workshop', kind: 'list', titles: [T.resilienz] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, cost, length, language, free seats -------
  { q: 'was is diese woche noch', kind: 'list', titles: [T.teams, T.phishing] },
  { q: 'gibts morgen was', kind: 'list', titles: [T.teams] },
  { q: 'was läuft nächste woche', kind: 'list', titles: [T.telefon, T.datenschutz, T.excel] },
  {
    q: 'was kommt in den nächsten 14 tagen',
    kind: 'list',
    titles: [T.teams, T.phishing, T.telefon, T.datenschutz, T.excel],
  },
  { q: 'nächste woche was am nachmittag', kind: 'list', titles: [T.datenschutz, T.excel] },
  { q: 'im mai was online', kind: 'list', titles: [T.barriere, T.mobil, T.social] },
  { q: 'was gibts in marl', kind: 'list', ...only(T.telefon, T.citizens) },
  { q: 'was macht frau szymanski', kind: 'list', ...only(T.excel, T.barriere) },
  { q: 'kurse von der gkd', kind: 'list', ...only(T.teams, T.phishing, T.excel, T.eakte, T.barriere) },
  { q: 'seminare für führungskräfte', kind: 'list', ...only(T.fuehrung, T.presenting) },
  { q: 'kostenlose seminare im juni', kind: 'list', titles: [T.lotsen, T.ersthelfer, T.resilienz] },
  { q: 'mehrtägige seminare im mai', kind: 'list', titles: [T.eakte, T.scrum, T.konflikt] },
  { q: 'gibts auch was auf englisch', kind: 'list', ...only(T.presenting, T.citizens) },
  { q: 'wo sind nächste woche noch plätze frei', kind: 'list', titles: [T.telefon, T.datenschutz, T.excel] },
  // --- gone, no match, greeting ----------------------------------------------------------------------------------------
  { q: 'wann ist der outlook kurs', kind: 'gone', gone: T.outlook },
  { q: 'stimmtraining wann', kind: 'gone', gone: T.stimme },
  { q: 'wann war die schulung zur zeiterfassung', kind: 'gone', gone: T.zeiterfassung, says: ['Di., 23.03.2027'] },
  { q: 'grundsteuer seminar', kind: 'gone', gone: T.grundsteuer, says: ['Do., 08.04.2027'] },
  { q: 'gibts was zu power automate', kind: 'none' },
  { q: 'gabelstaplerschein', kind: 'none' },
  { q: 'motorsägenkurs für den bauhof', kind: 'none' },
  { q: 'hallo', kind: 'help' },
  { q: 'guten morgen', kind: 'help' },
  // --- English -----------------------------------------------------------------------------------------------------------
  {
    q: 'how much is the procurement law course',
    locale: 'en',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['costs €310'],
  },
  {
    q: 'when is presenting projects in english',
    locale: 'en',
    kind: 'facts',
    titles: [T.presenting],
    says: ['Wed, 9 Jun 2027 and Wed, 16 Jun 2027', 'each from 14:00 to 16:30'],
  },
  {
    q: 'where is the citizens office course',
    locale: 'en',
    kind: 'facts',
    titles: [T.citizens],
    says: ['takes place at Rathaus Marl'],
  },
  { q: 'who teaches excel', locale: 'en', kind: 'facts', titles: [T.excel], says: ['is led by Frau Petra Szymanski'] },
  {
    q: 'is the first aid course free',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersthelfer],
    says: ['is free of charge'],
  },
  { q: 'whats on next week', locale: 'en', kind: 'list', titles: [T.telefon, T.datenschutz, T.excel] },
  { q: 'any english courses in june', locale: 'en', kind: 'list', titles: [T.presenting, T.citizens] },
  { q: 'is there a course on phishing', locale: 'en', kind: 'list', titles: [T.phishing] },
];

heldoutSuite('answering questions about a twenty-sixth, independent catalogue (Kreis Recklinghausen)', {
  fixture: 'heldout26-catalogue.json',
  now,
  timeZone: TZ,
  cases: CASES,
  titles: all,
  never: NEVER,
});
