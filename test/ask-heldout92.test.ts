// Over-fitting check, ninety-second catalogue: the 2027 programme of the Kreis Viersen (Lower Rhine, North Rhine-Westphalia)
// with its own Fortbildungszentrum in Viersen-Dülken, the Studieninstitut Niederrhein (Krefeld), ITK Rheinland (municipal
// IT) and the Unfallkasse NRW, for the county and its towns and municipalities (Viersen, Nettetal, Kempen, Willich,
// Tönisvorst, Brüggen, Grefrath, Schwalmtal), imported from a JSON file. Seminars take place in the Fortbildungszentrum
// Dülken, the Kreishaus Viersen, the Rathaus Kempen and the Studieninstitut in Krefeld, online or hybrid. Several titles do
// not name their subject ("Auf Nummer sicher" is information security, "Mit Köpfchen und Assistent" artificial
// intelligence, "Gut angekommen" plain-language letters, "Mit offenen Augen durchs Haus" the safety officers' course,
// "Kraftquellen entdecken" stress, "Gelassen bleiben, wenn es hitzig wird" de-escalation), so only summary, description or
// topics reveal it; one seminar is held in English (front desk English); the Digitallotsen qualification runs three days,
// is open to the towns and municipalities only (not the county's own staff) and half of its fee is paid by the state.
// Questions are written the way employees ask in Teams, two thirds German (formal and casual), one third English, some
// with typos, without looking at the parser or the answers. Same assertions as the other suites: exactly the expected
// seminars (best first where one is clearly best), the asked fact in the first sentence, never a draft, cancelled or past
// seminar.
//
// Calendar around `now` (Tuesday 6 April 2027, 09:30 in Viersen, summer time since Easter Sunday 28.03.2027; Easter
// Monday was 29.03.; Ascension Thu 06.05., Whit Monday 17.05., Corpus Christi Thu 27.05.; winter time from Sun 31.10.):
//   this week:  nothing more today; Wed 07.04. 14:00–16:00 Teams (online, tomorrow), Thu 08.04. 09:00–12:00 data
//               protection (hybrid, Kreishaus), Fri 09.04. 09:00–15:00 de-escalation (Rathaus Kempen)
//   next week:  Mon 12.04. morning (Excel, Dülken), Tue 13.04. afternoon (AI, hybrid), Wed 14.04. morning (English,
//               Kreishaus, deadline passed Wed 31.03.), Thu 15.04. afternoon (ergonomics, online)
//   then:       nothing on Fri 16.04.–Wed 21.04.; Thu 22.04. + Fri 23.04. Scrum (Krefeld); Tue 27.04. procurement law
//               (Krefeld, deadline Tue 20.04.); the cancelled Word course on Thu 29.04.
//   May:        Mon 03.–Wed 05.05. Digitallotsen (Dülken), Mon 10.05. information security (online), Tue 11.05. process
//               management (Dülken), Thu 20.05. plain language (Kempen), Tue 25.05. E-Akte (online), Wed 26.05. new
//               leaders (Kreishaus); the cancelled Dutch course on Tue 18.05.
//   June:       Tue 08.06. healthy leadership (Kreishaus), Wed 09.06. safety officers (Kempen), Mon 14.06. stress (online),
//               Tue 22.06. municipal budget NKF (Krefeld); the draft social media course on Thu 17.06.
//   later:      the draft driving safety training on Wed 15.09.; Thu 11.11.2027 (winter time) selection interviews.
//   past:       Thu 18.02.2027 TVöD changes (Krefeld), Tue 16.03.2027 fire safety assistants (fire station Viersen).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-04-06T07:30:00Z'); // Tuesday, 6 April 2027, 09:30 in Viersen (CEST)
const TZ = 'Europe/Berlin';

const T = {
  teams: 'Besser zusammenarbeiten mit Microsoft Teams', // Wed 07.04.2027 14:00–16:00, online, ITK Rheinland, Dahmen, free, video conferences
  datenschutz: 'Datenschutz am Arbeitsplatz: Was darf ich weitergeben', // Thu 08.04. 09:00–12:00, hybrid (Kreishaus Viersen), DSGVO, free
  gelassen: 'Gelassen bleiben, wenn es hitzig wird', // Fri 09.04. 09:00–15:00, Rathaus Kempen, Tophoven, 160 €, 12 seats, de-escalation
  excel: 'Excel für Fortgeschrittene: Pivot-Tabellen und SVERWEIS', // Mon 12.04. 09:00–12:30, Fortbildungszentrum Dülken, ITK, 95 €, 12 seats
  ki: 'Mit Köpfchen und Assistent: Neue Werkzeuge im Büroalltag', // Tue 13.04. 13:30–16:00, hybrid (Kreishaus), ITK, Heinen, AI/ChatGPT, free
  english: 'English at the Front Desk: Serving International Citizens', // Wed 14.04. 09:00–12:30, Kreishaus, English, 120 €, deadline passed Wed 31.03. 23:59
  ruecken: 'Gut sitzen, besser arbeiten: Ergonomie am Bildschirmarbeitsplatz', // Thu 15.04. 14:00–15:30, online, Unfallkasse NRW, free, back pain
  scrum: 'Agiles Projektmanagement mit Scrum', // Thu 22.04. + Fri 23.04. 09:00–16:00, Studieninstitut Krefeld, Peters, 390 € (note), 14 seats
  vergabe: 'Vergaberecht kompakt: Aufträge unterhalb der EU-Schwellenwerte', // Tue 27.04. 09:00–16:00, Studieninstitut Krefeld, Janssen, 240 €, deadline Tue 20.04. 23:59
  lotsen: 'Kommunale Digitallotsen: Qualifizierung in drei Modulen', // Mon 03.–Wed 05.05. 09:00–16:00, Dülken, Dr. Wefers, 480 € (state pays half), towns only
  infosec: 'Auf Nummer sicher: Tipps für den Büroalltag', // Mon 10.05. 09:00–11:30, online, ITK, Heinen, information security, phishing, free
  prozess: 'Abläufe sichtbar machen: Prozessmanagement in der Verwaltung', // Tue 11.05. 09:00–16:00, Dülken, Lankes, 180 €, BPMN
  sprache: 'Gut angekommen', // Thu 20.05. 09:00–15:00, Rathaus Kempen, Studieninstitut, Tophoven, 150 €, plain-language letters
  eakte: 'Papierlos arbeiten: Einstieg in die E-Akte', // Tue 25.05. 13:00–15:30, online, ITK, Dahmen, free
  fuehrung: 'Neu in der Führungsrolle', // Wed 26.05. 09:00–16:00, Kreishaus, Studieninstitut, Derix, 290 €, new team leaders
  gesundfuehren: 'Gesund führen: Belastungen im Team erkennen', // Tue 08.06. 09:00–13:00, Kreishaus, Unfallkasse, free (UK NRW pays), for managers
  sibe: 'Mit offenen Augen durchs Haus', // Wed 09.06. 08:30–15:30, Rathaus Kempen, Unfallkasse, safety officers, free (note on who pays)
  stress: 'Kraftquellen entdecken', // Mon 14.06. 09:00–12:00, online, Kreis, Cox, stress and resilience, free, 20 seats
  haushalt: 'Der kommunale Haushalt nach NKF verstehen', // Tue 22.06. 09:00–16:00, Studieninstitut Krefeld, Hendricks, 210 €
  auswahl: 'Auswahlgespräche strukturiert führen', // Thu 11.11. 09:00–15:00 (CET), Kreishaus, Gerads, 170 €, job interviews, managers and HR
  social: 'Social Media für Städte und Gemeinden: Instagram & Co.', // draft (Thu 17.06.2027)
  fahren: 'Fahrsicherheitstraining für Dienstfahrzeuge', // draft (Wed 15.09.2027)
  word: 'Serienbriefe und Vorlagen in Word', // cancelled (Thu 29.04.2027)
  nl: 'Goedendag aan de balie: Niederländisch für den Bürgerkontakt', // cancelled (Tue 18.05.2027, Kempen)
  tvoed: 'TVöD 2027: Was sich im Tarifrecht ändert', // past (Thu 18 February 2027)
  brandschutz: 'Ausbildung zur Brandschutzhelferin und zum Brandschutzhelfer', // past (Tue 16 March 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.social, T.fahren, T.word, T.nl, T.tvoed, T.brandschutz];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  {
    q: 'Was kostet die Qualifizierung zum kommunalen Digitallotsen?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['kostet 480 €'],
    mentions: [
      'Das Land Nordrhein-Westfalen übernimmt die Hälfte der Gebühr; der Eigenanteil der Kommune beträgt 240 €.',
    ],
  },
  {
    q: 'ist der lehrgang für sicherheitsbeauftragte kostenlos',
    kind: 'facts',
    titles: [T.sibe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangskosten trägt die Unfallkasse NRW; Fahrtkosten erstattet die entsendende Dienststelle.'],
  },
  {
    q: 'how much is the excel pivot table course',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['costs €95'],
  },
  // --- facts: when (winter time in November), start time, duration -----------------------------------------------------
  {
    q: 'wann ist die digitallotsen quali',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['an 3 Tagen', 'Mo., 03.05.2027, Di., 04.05.2027 und Mi., 05.05.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'When is the Scrum course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.scrum],
    says: ['on 2 days', 'Thu, 22 Apr 2027 and Fri, 23 Apr 2027', 'each from 09:00 to 16:00'],
  },
  {
    q: 'Wann findet das Seminar zu Vorstellungsgesprächen statt?',
    kind: 'facts',
    titles: [T.auswahl],
    says: ['am Do., 11.11.2027 von 09:00 bis 15:00 Uhr'],
  },
  {
    q: 'um wie viel uhr fängt der ki kurs an',
    kind: 'facts',
    titles: [T.ki],
    says: ['beginnt am Di., 13.04.2027 um 13:30 Uhr'],
  },
  {
    q: 'What time does the data protection training start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['starts on Thu, 8 Apr 2027 at 09:00'],
  },
  {
    q: 'Wie lange dauert das Seminar zum Prozessmanagement?',
    kind: 'facts',
    titles: [T.prozess],
    says: ['dauert 7 Stunden, von 09:00 bis 16:00 Uhr'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  {
    q: 'wo findet der kurs zu bürgernaher sprache statt',
    kind: 'facts',
    titles: [T.sprache],
    says: ['im Rathaus Kempen'],
  },
  {
    q: 'where is the public procurement seminar held',
    locale: 'en',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['at Studieninstitut Niederrhein'],
  },
  { q: 'is the E-Akte training online?', locale: 'en', kind: 'facts', titles: [T.eakte], says: ['takes place online'] },
  {
    q: 'kann ich beim datenschutz seminar auch von zuhause aus teilnehmen',
    kind: 'facts',
    titles: [T.datenschutz],
    says: [/findet hybrid statt|oder online/],
  },
  {
    q: "who's running the Digitallotsen qualification",
    locale: 'en',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['is led by Frau Dr. Katrin Wefers'],
  },
  {
    q: 'Bis wann kann ich mich für das Vergaberecht-Seminar anmelden?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Di., 20.04.2027, 23:59 Uhr'],
  },
  {
    q: "what's the registration deadline for English at the Front Desk",
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Wed, 31 Mar 2027, 23:59'],
  },
  {
    q: 'are there still seats left in the excel course',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['has 12 of 12 seats left'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  {
    conv: 'scrum',
    q: 'Was kostet der Scrum-Kurs?',
    kind: 'facts',
    titles: [T.scrum],
    says: ['kostet 390 €'],
    mentions: ['Inklusive Seminarunterlagen und Mittagessen an beiden Tagen.'],
  },
  { conv: 'scrum', q: 'Gibt es den auch online?', kind: 'facts', titles: [T.scrum], says: ['findet in Präsenz statt'] },
  {
    conv: 'scrum',
    q: 'Und wo findet der statt?',
    kind: 'facts',
    titles: [T.scrum],
    says: ['im Studieninstitut Niederrhein'],
  },
  { conv: 'stress', q: 'hab grad voll viel stress, gibts da was', kind: 'list', titles: [T.stress] },
  {
    conv: 'stress',
    q: 'wann ist das',
    kind: 'facts',
    titles: [T.stress],
    says: ['am Mo., 14.06.2027 von 09:00 bis 12:00 Uhr'],
  },
  { conv: 'phishing', q: 'is there anything about phishing emails', locale: 'en', kind: 'list', titles: [T.infosec] },
  {
    conv: 'phishing',
    q: 'Who runs it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.infosec],
    says: ['is led by Herr Markus Heinen'],
  },
  {
    conv: 'phishing',
    q: 'how long does it take',
    locale: 'en',
    kind: 'facts',
    titles: [T.infosec],
    says: ['lasts 2.5 hours, from 09:00 to 11:30'],
  },
  // --- topic searches: everyday words, words only in summary or description, synonyms, abbreviations, typos ------------
  { q: 'Gibt es im Mai etwas zu Informationssicherheit?', kind: 'list', titles: [T.infosec] },
  { q: 'schulung Informationssicherhiet', kind: 'list', titles: [T.infosec] },
  { q: 'gibts was zu Prozesmanagement', kind: 'list', titles: [T.prozess] },
  { q: 'Wie gehe ich mit aggressiven Bürgern um?', kind: 'list', titles: [T.gelassen] },
  { q: 'wie funktioniert der sverweis', kind: 'list', titles: [T.excel] },
  { q: 'ich muss bescheide so schreiben, dass die leute sie auch verstehen', kind: 'list', titles: [T.sprache] },
  { q: 'gibt es was zu videokonferenzen', kind: 'list', titles: [T.teams] },
  { q: 'NKF Grundlagen', kind: 'list', titles: [T.haushalt] },
  { q: 'ich werde bald teamleiterin, gibt es da was für mich', kind: 'list', first: T.fuehrung },
  { q: 'Ich bin jetzt Sicherheitsbeauftragte – gibt es dafür eine Ausbildung?', kind: 'list', titles: [T.sibe] },
  { q: 'is there a course on public procurement', locale: 'en', kind: 'list', titles: [T.vergabe] },
  { q: 'anything on agile project management?', locale: 'en', kind: 'list', titles: [T.scrum] },
  { q: 'anything about chatgpt', locale: 'en', kind: 'list', titles: [T.ki] },
  // --- filters: dates, time of day, format, place, free seats, trainer, provider, audience, length, cost, language -----
  { q: 'Was gibt es diese Woche noch?', kind: 'list', titles: [T.teams, T.datenschutz, T.gelassen] },
  { q: "what's on tomorrow", locale: 'en', kind: 'list', titles: [T.teams] },
  { q: 'was läuft nächste woche vormittags', kind: 'list', titles: [T.excel, T.english] },
  { q: 'Anything next week in the afternoon?', locale: 'en', kind: 'list', titles: [T.ki, T.ruecken] },
  {
    q: 'Welche Seminare gibt es in den nächsten zwei Wochen?',
    kind: 'list',
    titles: [T.teams, T.datenschutz, T.gelassen, T.excel, T.ki, T.english, T.ruecken],
  },
  { q: 'was gibts im mai', kind: 'list', titles: [T.lotsen, T.infosec, T.prozess, T.sprache, T.eakte, T.fuehrung] },
  {
    q: "What's on next month?",
    locale: 'en',
    kind: 'list',
    titles: [T.lotsen, T.infosec, T.prozess, T.sprache, T.eakte, T.fuehrung],
  },
  {
    q: 'Welche kostenlosen Seminare gibt es im April?',
    kind: 'list',
    titles: [T.teams, T.datenschutz, T.ki, T.ruecken],
  },
  { q: 'welche präsenzseminare gibt es im juni', kind: 'list', titles: [T.gesundfuehren, T.sibe, T.haushalt] },
  { q: 'Welche Online-Seminare gibt es im Mai?', kind: 'list', titles: [T.infosec, T.eakte] },
  { q: 'Was findet in Kempen statt?', kind: 'list', ...only(T.gelassen, T.sprache, T.sibe) },
  {
    q: 'welche kurse im juni haben noch freie plätze',
    kind: 'list',
    titles: [T.gesundfuehren, T.sibe, T.stress, T.haushalt],
  },
  { q: 'Kurse von Frau Tophoven', kind: 'list', ...only(T.gelassen, T.sprache) },
  { q: 'Was bietet ITK Rheinland an?', kind: 'list', ...only(T.teams, T.excel, T.ki, T.infosec, T.eakte) },
  { q: 'ich bin führungskraft, was gibt es für mich', kind: 'list', ...only(T.fuehrung, T.gesundfuehren, T.auswahl) },
  { q: 'Welche Seminare gehen über mehrere Tage?', kind: 'list', ...only(T.scrum, T.lotsen) },
  { q: 'are there any courses in english', locale: 'en', kind: 'list', titles: [T.english] },
  // --- gone, drafts never shown, no match, greeting --------------------------------------------------------------------
  { q: 'wann war die brandschutzhelfer ausbildung', kind: 'gone', gone: T.brandschutz, says: ['Di., 16.03.2027'] },
  { q: 'Wann war das Seminar zum TVöD?', kind: 'gone', gone: T.tvoed, says: ['Do., 18.02.2027'] },
  { q: 'was kostet der niederländischkurs', kind: 'gone', gone: T.nl },
  { q: 'When is the Word mail merge course?', locale: 'en', kind: 'gone', gone: T.word },
  { q: 'gibt es was zu instagram', kind: 'none' },
  { q: 'Gibt es ein Fahrsicherheitstraining?', kind: 'none' },
  { q: 'is there a forklift course', locale: 'en', kind: 'none' },
  { q: 'hallo', kind: 'help' },
  { q: 'Hi there!', locale: 'en', kind: 'help' },
];

heldoutSuite(
  'answering questions about a ninety-second, independent catalogue (Kreis Viersen, Studieninstitut Niederrhein, ITK Rheinland)',
  {
    fixture: 'heldout92-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
