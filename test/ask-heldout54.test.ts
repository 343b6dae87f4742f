// Over-fitting check, fifty-fourth catalogue: the 2027/28 programme of the Technologie- und Innovationszentrum Wümme
// (TIZ), the technology centre of the Landkreis Rotenburg (Wümme) in Lower Saxony, for the county and its member
// municipalities (Rotenburg, Bremervörde, Visselhövede, Zeven, Sittensen, Gnarrenburg, Scheeßel). Seminars take place in
// the TIZ-Seminarhaus in Zeven, in the Kreishaus in Rotenburg (Wümme), online or hybrid; providers are the TIZ, the
// Kommunale Hochschule für Verwaltung in Niedersachsen (HSVN) and the consultancy Weserkontor Beratung GmbH. The state's
// three-day qualification of the "kommunale Digitallotsen" is open to member municipalities only (two per municipality,
// the state pays half — in the fee note); one seminar is held in English. Brochure texts with catchy titles whose subject
// is sometimes only in the summary or description, compounds and abbreviations explained once (OZG, DSGVO, BPMN, ISB,
// ISMS, DMS). Questions are written the way employees ask, without looking at the parser or the answers. Same assertions
// as the other suites: exactly the expected seminars (best first where one is clearly best), the asked fact in the first
// sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Tuesday 14 December 2027, 13:00 in Rotenburg, winter time):
//   this week:  nothing more today; Wed 15.12. 09:00–12:00 Teams (online, tomorrow, morning);
//               Thu 16.12. 13:30–16:00 phishing (hybrid, Kreishaus, afternoon)
//   next week:  Mon 20.12. 09:00–16:00 moderation (Zeven; its deadline passed on Tue 30.11.); then Christmas (Fri 24.12.)
//   between the years: Tue 28.12. 09:00–12:00 e-file (online). New Year's Day is a Saturday.
//   first week of January: Tue 04.01.2028 13:30–16:30 Kanban (online), Thu 06.01. 09:00–12:30 process management (Zeven)
//   January: Digitallotsen Tue–Thu 11.–13.01. (Zeven, deadline Fri 17.12.2027), Scrum Wed/Thu 19./20.01. (Kreishaus),
//            mobile work Mon 24.01. (online), data protection Tue 25.01. 08:30–12:00 (Kreishaus), OZG Wed 26.01. 09:30–12:00
//            (online); the cancelled "Teams für Fortgeschrittene" would have been on Thu 13.01.
//   February: leadership Tue 01.02. 09:00–16:00 and Wed 02.02. 09:00–13:00, project management Thu/Fri 10./11.02.,
//             English seminar Wed 16.02. 13:30–16:30, online workshops Thu 17.02.; the cancelled social-media course 22.02.
//   March: AI Thu 02.03. (hybrid), innovation Tue 07.03. (Zeven), ISB training Tue 14.03., Wed 15.03. and — after the change
//          to summer time on Sun 26.03.2028 — Tue 28.03.2028, always 09:00–16:00 local time (the last one +02:00)
//   April: change management Tue 04.04.2028 (CEST). Drafts in April and May; past: Digitaltag Thu 09.09.2027, PowerPoint
//          Tue 23.11.2027.
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-12-14T12:00:00Z'); // Tuesday, 14 December 2027, 13:00 in Rotenburg (Wümme) (CET)
const TZ = 'Europe/Berlin';

const T = {
  teams: 'Gemeinsam statt einsam: Zusammenarbeit in Microsoft Teams', // Wed 15.12.2027 09:00–12:00, online, TIZ, Oltmanns, free, 30 seats
  phishing: 'Vorsicht, Falle: Phishing und Betrugsmaschen erkennen', // Thu 16.12. 13:30–16:00, hybrid (Kreishaus), TIZ, Hashagen, free; Informationssicherheit only in summary/topics
  moderation: 'Gut moderiert ist halb gewonnen: Besprechungen und Workshops leiten', // Mon 20.12. 09:00–16:00, Zeven, Weserkontor, Dr. Lüders, 260 €, deadline passed Tue 30.11.2027 23:59
  eakte: 'Schluss mit Papierbergen: Einstieg in die E-Akte', // Tue 28.12. 09:00–12:00, online, TIZ, Oltmanns, free, DMS in summary
  kanban: 'Arbeit sichtbar machen: Kanban im Team', // Tue 04.01.2028 13:30–16:30, online, Weserkontor, Wübbena, 120 €, 20 seats
  prozess: 'Abläufe verstehen, Abläufe verbessern: Prozessmanagement in der Kommune', // Thu 06.01.2028 09:00–12:30, Zeven, HSVN, Prof. Dr. Hinrichs, 240 €, BPMN
  lotsen: 'Kommunale Digitallotsen: Qualifizierung für die Digitalisierung vor Ort', // Tue–Thu 11.–13.01.2028 09:00–16:00, Zeven, TIZ, Brüning und Hashagen, 900 € (note), deadline Fri 17.12.2027 23:59, members only
  scrum: 'Sprint statt Marathon: Agile Projekte mit Scrum', // Wed 19.01. and Thu 20.01.2028 09:00–16:00, Kreishaus, Weserkontor, 420 €
  mobil: 'Gut organisiert von überall: Mobiles Arbeiten im Team', // Mon 24.01.2028 13:30–16:00, online, TIZ, free
  datenschutz: 'DSGVO im Griff: Datenschutz in der Gemeindeverwaltung', // Tue 25.01.2028 08:30–12:00, Kreishaus, HSVN, 150 €
  ozg: 'Onlinezugang leicht gemacht: OZG-Leistungen in der Gemeinde einführen', // Wed 26.01.2028 09:30–12:00, online, TIZ, free, Onlinezugangsgesetz in summary
  fuehrung: 'Führen, wenn sich alles ändert: Leadership im digitalen Wandel', // Tue 01.02.2028 09:00–16:00, Wed 02.02. 09:00–13:00, Kreishaus, Weserkontor, 580 €, for managers
  projekt: 'Vom Auftrag zum Abschluss: Projektmanagement kompakt', // Thu 10.02. and Fri 11.02.2028 09:00–16:00, Zeven, TIZ, 450 €
  europe: 'Digital Government in Europe: What Municipalities Can Learn from Estonia and Denmark', // Wed 16.02.2028 13:30–16:30, online, HSVN, English, Dr. Eleanor Price, free
  onlineWorkshops: 'Workshops im virtuellen Raum: Whiteboards, Breakout-Räume und Co.', // Thu 17.02.2028 09:00–12:30, online, Weserkontor, 140 €, Online-Moderation
  ki: 'Der neue Kollege ist ein Chatbot: Künstliche Intelligenz im Verwaltungsalltag', // Thu 02.03.2028 13:00–16:00, hybrid (Kreishaus), TIZ, free; no "KI" anywhere
  innovation: 'Ideen, die ankommen: Innovationsmanagement in der Kommunalverwaltung', // Tue 07.03.2028 09:00–16:00, Zeven, HSVN, Prof. Dr. Hinrichs, 260 €, Design Thinking
  isb: 'Informationssicherheit für Kommunen: Ausbildung zum Informationssicherheitsbeauftragten (ISB)', // Tue 14.03., Wed 15.03., Tue 28.03.2028 (CEST) 09:00–16:00, Kreishaus, HSVN, 980 €, ISMS
  change: 'Veränderungen begleiten: Change-Management in Digitalisierungsprojekten', // Tue 04.04.2028 09:00–16:00 (CEST), Kreishaus, Weserkontor, 290 €, for managers
  openData: 'Offene Daten, offene Verwaltung: Open Data im Landkreis', // draft
  beteiligung: 'Mitreden per Mausklick: Bürgerbeteiligung digital gestalten', // draft
  teamsPlus: 'Teams für Fortgeschrittene: Planner, Wiki und Apps', // cancelled (Thu 13.01.2028)
  social: 'Social Media für Kommunen: Instagram, Facebook und Co.', // cancelled (Tue 22.02.2028)
  digitaltag: 'Digitaltag im Kreishaus: Auftakt zum Programm 2027/28', // past (Thu 9 September 2027)
  powerpoint: 'Folien mit Wirkung: Präsentieren mit PowerPoint', // past (Tue 23 November 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.openData, T.beteiligung, T.teamsPlus, T.social, T.digitaltag, T.powerpoint];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  { q: 'Was kostet der Scrum-Kurs?', kind: 'facts', titles: [T.scrum], says: ['kostet 420 €'] },
  {
    q: 'How much does the course on process management cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.prozess],
    says: ['costs €240'],
  },
  // --- facts: when, start time, duration -------------------------------------------------------------------------------
  {
    q: 'Wann ist der Projektmanagement-Kurs?',
    kind: 'facts',
    titles: [T.projekt],
    says: ['an 2 Tagen', 'Do., 10.02.2028 und Fr., 11.02.2028', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'Wann ist die Ausbildung zum Informationssicherheitsbeauftragten?',
    kind: 'facts',
    titles: [T.isb],
    says: ['an 3 Tagen', 'Di., 14.03.2028, Mi., 15.03.2028 und Di., 28.03.2028', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'Wann findet das Seminar zu Leadership im digitalen Wandel statt?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Terminen', 'Di., 01.02.2028, 09:00–16:00 Uhr; Mi., 02.02.2028, 09:00–13:00 Uhr'],
  },
  {
    q: 'When does the leadership seminar start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['starts on Tue, 1 Feb 2028 at 09:00'],
  },
  {
    q: 'Wie lange dauert der Datenschutzkurs?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['dauert 3,5 Stunden, von 08:30 bis 12:00 Uhr'],
  },
  {
    q: 'How long is the Kanban workshop?',
    locale: 'en',
    kind: 'facts',
    titles: [T.kanban],
    says: ['lasts 3 hours, from 13:30 to 16:30'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  {
    q: 'Wo findet der Prozessmanagement-Kurs statt?',
    kind: 'facts',
    titles: [T.prozess],
    says: ['im TIZ-Seminarhaus Zeven'],
  },
  {
    q: 'Where does the change management seminar take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.change],
    says: ['takes place at Kreishaus Rotenburg'],
  },
  {
    q: 'Is the AI seminar online or in person?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: [/is hybrid|or online/],
  },
  {
    q: 'Wer leitet das Seminar zum Innovationsmanagement?',
    kind: 'facts',
    titles: [T.innovation],
    says: ['leitet Herr Prof. Dr. Arne Hinrichs'],
  },
  {
    q: 'Bis wann kann ich mich für das Moderationstraining am 20. Dezember anmelden?',
    kind: 'facts',
    titles: [T.moderation],
    says: ['ist am Di., 30.11.2027, 23:59 Uhr abgelaufen'],
  },
  {
    q: 'Bis wann müssen wir unsere Digitallotsen anmelden?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['bis Fr., 17.12.2027, 23:59 Uhr'],
  },
  {
    q: 'Sind im Kanban-Workshop noch Plätze frei?',
    kind: 'facts',
    titles: [T.kanban],
    says: ['noch 20 von 20 Plätzen frei'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  {
    conv: 'lotsen',
    q: 'Wir sollen zwei Digitallotsen für unsere Gemeinde benennen – gibt es dafür eine Schulung?',
    kind: 'list',
    titles: [T.lotsen],
  },
  {
    conv: 'lotsen',
    q: 'Und wo findet der statt?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['im TIZ-Seminarhaus Zeven'],
  },
  {
    conv: 'lotsen',
    q: 'Was kostet das?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['kostet 900 €'],
    mentions: ['das Land Niedersachsen übernimmt die Hälfte der Gebühr'],
  },
  {
    conv: 'ozg',
    q: 'Gibt es eine Schulung zu Onlinediensten nach dem Onlinezugangsgesetz?',
    kind: 'list',
    titles: [T.ozg],
  },
  {
    conv: 'ozg',
    q: 'Wie lange dauert das?',
    kind: 'facts',
    titles: [T.ozg],
    says: ['dauert 2,5 Stunden, von 09:30 bis 12:00 Uhr'],
  },
  { conv: 'ozg', q: 'Kostet das was?', kind: 'facts', titles: [T.ozg], says: ['ist kostenlos'] },
  {
    conv: 'europe',
    q: 'Is there a seminar on how other European countries digitise their administrations?',
    locale: 'en',
    kind: 'list',
    titles: [T.europe],
  },
  {
    conv: 'europe',
    q: 'When is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.europe],
    says: ['takes place on Wed, 16 Feb 2028 from 13:30 to 16:30'],
  },
  {
    conv: 'europe',
    q: 'And who teaches it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.europe],
    says: ['is led by Dr. Eleanor Price'],
  },
  // --- topic searches: everyday words, words only the summary or description has, compounds, synonyms, abbreviations ----
  {
    q: 'Ich möchte lernen, wie man Besprechungen gut leitet – gibt es dafür ein Seminar?',
    kind: 'list',
    first: T.moderation,
  },
  { q: 'Gibt es etwas zum Thema Sicherheit?', kind: 'list', ...only(T.phishing, T.isb) },
  { q: 'Wie erkenne ich gefälschte Mails?', kind: 'list', titles: [T.phishing] },
  { q: 'Ich arbeite viel im Homeoffice – gibt es dazu eine Fortbildung?', kind: 'list', titles: [T.mobil] },
  { q: 'Gibt es was zu KI?', kind: 'list', titles: [T.ki] },
  { q: 'Wo lerne ich, Abläufe in BPMN zu modellieren?', kind: 'list', titles: [T.prozess] },
  { q: 'Gibt es eine Schulung zu Design Thinking?', kind: 'list', titles: [T.innovation] },
  { q: 'Welche Seminare gibt es zu agilen Methoden?', kind: 'list', ...only(T.kanban, T.scrum) },
  { q: 'Gibt es eine Fortbildung zum digitalen Wandel?', kind: 'list', first: T.fuehrung },
  { q: 'Is there any training on data protection?', locale: 'en', kind: 'list', titles: [T.datenschutz] },
  {
    q: "I'd like to learn how to run workshops online – is there a course?",
    locale: 'en',
    kind: 'list',
    first: T.onlineWorkshops,
    miss: '"workshops" is read as the kind of seminar and "online" as the format, so nothing of the subject is left to search',
  },
  // --- typos -----------------------------------------------------------------------------------------------------------
  { q: 'Informationssicherhiet', kind: 'list', ...only(T.phishing, T.isb) },
  { q: 'Prozesmanagement Schulung', kind: 'list', titles: [T.prozess] },
  { q: 'Gibt es was zum Datenschuz?', kind: 'list', titles: [T.datenschutz] },
  { q: 'Digitalotsen Qualifizierung', kind: 'list', titles: [T.lotsen] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, cost, length, language, free seats -------
  { q: 'Was läuft diese Woche noch vormittags?', kind: 'list', titles: [T.teams] },
  { q: 'Was gibt es noch vor Weihnachten?', kind: 'list', titles: [T.teams, T.phishing, T.moderation] },
  { q: 'Findet zwischen den Jahren irgendwas statt?', kind: 'list', titles: [T.eakte] },
  { q: 'Was steht in der ersten Woche nach Neujahr an?', kind: 'list', titles: [T.kanban, T.prozess] },
  {
    q: 'Welche Seminare gibt es im Januar?',
    kind: 'list',
    titles: [T.kanban, T.prozess, T.lotsen, T.scrum, T.mobil, T.datenschutz, T.ozg],
  },
  { q: 'Are there any free seminars next month?', locale: 'en', kind: 'list', titles: [T.mobil, T.ozg] },
  { q: 'Welche Online-Seminare gibt es im Januar?', kind: 'list', titles: [T.kanban, T.mobil, T.ozg] },
  { q: 'Gibt es Anfang 2028 einen Kurs zu Kanban?', kind: 'list', titles: [T.kanban] },
  { q: 'Findet nächstes Jahr ein Scrum-Kurs statt?', kind: 'list', titles: [T.scrum] },
  {
    q: 'Welche Seminare finden in Zeven statt?',
    kind: 'list',
    ...only(T.moderation, T.prozess, T.lotsen, T.projekt, T.innovation),
  },
  { q: 'Welche Kurse gibt Frau Hashagen?', kind: 'list', ...only(T.phishing, T.lotsen) },
  { q: 'Was bietet die HSVN an?', kind: 'list', ...only(T.prozess, T.datenschutz, T.europe, T.innovation, T.isb) },
  { q: 'Ich bin Führungskraft – welche Seminare passen für mich?', kind: 'list', ...only(T.fuehrung, T.change) },
  { q: 'Welche mehrtägigen Seminare gibt es?', kind: 'list', ...only(T.lotsen, T.scrum, T.fuehrung, T.projekt, T.isb) },
  { q: 'Are any seminars held in English?', locale: 'en', kind: 'list', titles: [T.europe] },
  {
    q: 'Which seminars in February still have free seats?',
    locale: 'en',
    kind: 'list',
    titles: [T.fuehrung, T.projekt, T.europe, T.onlineWorkshops],
  },
  // --- gone, draft, no match, greeting ---------------------------------------------------------------------------------
  { q: 'Wann ist der Kurs Teams für Fortgeschrittene?', kind: 'gone', gone: T.teamsPlus },
  { q: 'Was kostet das Social-Media-Seminar?', kind: 'gone', gone: T.social },
  { q: 'Wann war der Digitaltag im Kreishaus?', kind: 'gone', gone: T.digitaltag, says: ['Do., 09.09.2027'] },
  {
    q: 'When was the PowerPoint training?',
    locale: 'en',
    kind: 'gone',
    gone: T.powerpoint,
    says: ['Tue, 23 Nov 2027'],
  },
  { q: 'Gibt es einen Kurs zu Open Data?', kind: 'none' },
  { q: 'Gibt es einen Lehrgang für den Gabelstaplerschein?', kind: 'none' },
  { q: 'Is there a first aid course?', locale: 'en', kind: 'none' },
  { q: 'Moin!', kind: 'help' },
  { q: 'Good morning!', locale: 'en', kind: 'help' },
];

heldoutSuite('answering questions about a fifty-fourth, independent catalogue (TIZ Wümme, Landkreis Rotenburg)', {
  fixture: 'heldout54-catalogue.json',
  now,
  timeZone: TZ,
  cases: CASES,
  titles: all,
  never: NEVER,
});
