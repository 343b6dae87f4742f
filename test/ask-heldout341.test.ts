// Over-fitting check, three-hundred-and-forty-first catalogue: the 2029 programme of the Technologiezentrum Kreis
// Viersen (TZV, Kempen) for the Kreis Viersen (NRW) and its municipalities (Brüggen, Grefrath, Kempen, Nettetal,
// Niederkrüchten, Schwalmtal, Tönisvorst, Viersen, Willich), with the Kommunales Rechenzentrum Niederrhein (KRZN), the
// Niederrheinisches Studieninstitut (NiS), the Unfallkasse NRW, the Kreisvolkshochschule Viersen and the Kreis's Amt
// für Personal und Organisation, imported from a JSON file. Seminars take place in the Technologiezentrum in Kempen
// (Heinrich-Horten-Straße 6), the Kreishaus Viersen (Rathausmarkt 3), Schloss Neersen in Willich, the Rathäuser of
// Nettetal, Grefrath, Schwalmtal and Tönisvorst, online or hybrid; nothing current in Brüggen or Niederkrüchten. The
// core subjects are process and innovation management, information security, agile projects (Scrum, Kanban),
// leadership in the digital change, Microsoft Teams and the e-file. Several titles do not name their subject
// ("Schluss mit dem Papierberg" is the e-file / DMS, "Der Anruf vom falschen IT-Support" social engineering and
// phishing, "Abläufe sichtbar machen" process management with BPMN, "Ideen, die bleiben" innovation / idea management,
// "Schreibassistent mit Verstand" generative AI / Copilot, "Kanban-Board statt Aktenstapel" agile work, "Gut sitzen,
// klar sehen" ergonomics at the screen, "Führen auf Distanz" leading teams in the home office, "Für alle lesbar"
// accessible documents / BITV, "Wenn der Ton rauer wird" de-escalation, "Gute Besprechungen im Netz" moderating
// Microsoft Teams meetings, "Neu im Kreis" induction day), so only summary, description or topics reveal it; one
// seminar is held in English; process management runs on two days, Scrum on three; the de-escalation course has two
// trainers, one from the Kreispolizeibehörde; the induction day is open only to the Kreisverwaltung. Questions are a
// plain mix: subject searches, every kind of fact, date, format and place filters, follow-ups, typos, cancelled, past
// and draft seminars, no match, greetings, about a quarter in English, written without looking at the parser.
//
// Calendar around `now` (Tuesday 20 February 2029, 09:40 in Viersen, winter time; Rosenmontag 12.02. is over; summer
// time begins Sun 25.03.2029; Karfreitag Fri 30.03., Ostermontag Mon 02.04.):
//   this week:  nothing today (Tue 20.02.); Wed 21.02. (tomorrow) 09:00–11:30 Microsoft Teams (online); Thu 22.02.
//               13:00–16:00 e-file (hybrid, Kreishaus Viersen; deadline passed Mon 19.02. 12:00)
//   next week:  Mon 26.02. 14:00–15:30 social engineering (online); Tue 27.02. + Wed 28.02. 09:00–16:00 process
//               management (TZV Kempen; deadline Thu 22.02. 23:59); Thu 01.03. 09:00–13:00 innovation (TZV Kempen);
//               Fri 02.03. 10:00–12:00 AI (online)
//   March:      Tue 06.03. information security (Kreishaus), Wed 07.03. Kanban (online), Thu 08.03. leadership in the
//               digital change (hybrid, Schloss Neersen, Willich; deadline Thu 01.03. 12:00), Mon 12.03.–Wed 14.03.
//               Scrum (TZV Kempen; deadline Fri 23.02. 23:59), Tue 13.03. data protection (Rathaus Nettetal), the
//               cancelled SharePoint course (Wed 14.03.), Thu 15.03. English (TZV Kempen) and the cancelled process
//               costing course (Thu 15.03.), Mon 19.03. ergonomics (Rathaus Grefrath), Tue 20.03. 13:00–16:00 leading
//               at a distance (online), Wed 21.03. accessible documents (online), Thu 22.03. OZG (hybrid, Rathaus
//               Schwalmtal), Tue 27.03. (CEST) 13:00–16:30 Excel (Rathaus Tönisvorst), Wed 28.03. de-escalation
//               (Kreishaus)
//   April:      Thu 05.04. 14:00–15:30 Teams meetings (online), Tue 17.04. 09:00–15:00 induction day (Kreishaus)
//   May:        the drafts: Mon 07.05. Dutch (Nettetal), Wed 09.05. RPA (online)
//   past:       Wed 06.12.2028 fire wardens (Burg Brüggen), Thu 25.01.2029 NKF annual accounts (online).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2029-02-20T08:40:00Z'); // Tuesday, 20 February 2029, 09:40 in Viersen (CET)
const TZ = 'Europe/Berlin';

const T = {
  teams: 'Zusammenarbeit in Microsoft Teams: Kanäle, Dateien und Besprechungen', // Wed 21.02. 09:00–11:30, online, KRZN, Herr Markus Jansen, free, 40 seats
  eakte: 'Schluss mit dem Papierberg', // Thu 22.02. 13:00–16:00, hybrid (Kreishaus Viersen), KRZN, Frau Sabine Hütten, e-file / DMS, free, deadline passed Mon 19.02. 12:00
  socialEng: 'Der Anruf vom falschen IT-Support', // Mon 26.02. 14:00–15:30, online, KRZN, Frau Lea Verheyen, social engineering / phishing, free
  prozess: 'Abläufe sichtbar machen', // Tue 27.02. + Wed 28.02. 09:00–16:00, TZV Kempen, NiS, Frau Dr. Heike Brouwers, process management / BPMN, 380 €, deadline Thu 22.02. 23:59
  innovation: 'Ideen, die bleiben', // Thu 01.03. 09:00–13:00, TZV Kempen, TZV, Herr Jan-Philipp Cox, innovation / idea management, 120 €, 20 seats
  ki: 'Schreibassistent mit Verstand', // Fri 02.03. 10:00–12:00, online, KRZN, Herr Markus Jansen, AI / Copilot, free
  infosec: 'Informationssicherheit kompakt: IT-Grundschutz für Kommunen', // Tue 06.03. 09:00–15:30, Kreishaus Viersen, KRZN, Herr Dr. Thomas Leenen, 190 €
  kanban: 'Kanban-Board statt Aktenstapel', // Wed 07.03. 09:00–12:00, online, TZV, Herr Jan-Philipp Cox, agile / Kanban, 60 €
  fuehrung: 'Führen im digitalen Wandel', // Thu 08.03. 09:00–16:30, hybrid (Schloss Neersen, Willich), NiS, Frau Dr. Annette Dahmen, 420 €, deadline Thu 01.03. 12:00
  scrum: 'Agile Projekte mit Scrum: Grundlagen für die Verwaltung', // Mon 12.03.–Wed 14.03. 09:00–16:00, TZV Kempen, TZV, Frau Dr. Katrin Mertens, 590 €, 12 seats, deadline Fri 23.02. 23:59
  datenschutz: 'Datenschutz im Bürgerbüro', // Tue 13.03. 09:00–12:30, Rathaus Nettetal, Kreis Viersen, Frau Birgit Hennen, free
  english: 'Digital Public Services: Presenting Your Municipality in English', // Thu 15.03. 09:00–12:30, TZV Kempen, Kreis-VHS, Fiona MacLeod, 75 €, in English
  ergonomie: 'Gut sitzen, klar sehen', // Mon 19.03. 10:00–12:00, Rathaus Grefrath, Unfallkasse NRW, Herr Ralf Tophoven, ergonomics, free
  distanz: 'Führen auf Distanz', // Tue 20.03. 13:00–16:00, online, NiS, Frau Dr. Annette Dahmen, leading in the home office, 150 €
  barrierefrei: 'Für alle lesbar', // Wed 21.03. 09:00–12:00, online, TZV, Frau Nadine Schrörs, accessible documents, 45 €
  ozg: 'Online-Anträge mit dem Serviceportal', // Thu 22.03. 09:00–12:00, hybrid (Rathaus Schwalmtal), KRZN, Frau Sabine Hütten, OZG, free
  excel: 'Excel für die Verwaltung: Aufbaukurs', // Tue 27.03. (CEST) 13:00–16:30, Rathaus Tönisvorst, Kreis-VHS, Frau Claudia Peeters, 85 €
  deeskalation: 'Wenn der Ton rauer wird', // Wed 28.03. 09:00–16:00, Kreishaus Viersen, Unfallkasse NRW, Frau Sandra Heinen und Herr Olaf Kamps (Kreispolizeibehörde Viersen), free
  meetings: 'Gute Besprechungen im Netz', // Thu 05.04. 14:00–15:30, online, KRZN, Herr Markus Jansen, moderating Teams meetings, free
  onboarding: 'Neu im Kreis', // Tue 17.04. 09:00–15:00, Kreishaus Viersen, Kreis Viersen, Frau Monika Gielen, induction day, free, Kreisverwaltung only
  rpa: 'Software-Roboter in der Verwaltung: Einstieg in RPA', // draft (Wed 09.05.2029)
  niederlaendisch: 'Niederländisch für die Grenzregion: Grundkurs', // draft (Mon 07.05.2029)
  prozesskosten: 'Prozesskostenrechnung für Kommunen', // cancelled (Thu 15.03.2029), Herr Dr. Frank Lambertz
  sharepoint: 'SharePoint-Grundlagen: Dokumente gemeinsam ablegen', // cancelled (Wed 14.03.2029), Herr Markus Jansen
  jahresabschluss: 'Jahresabschluss im NKF: Anhang und Lagebericht', // past (Thu 25.01.2029), online, Lambertz
  brandschutz: 'Brandschutzhelfer-Ausbildung', // past (Wed 06.12.2028), Burg Brüggen
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.rpa, T.niederlaendisch, T.prozesskosten, T.sharepoint, T.jahresabschluss, T.brandschutz];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations ---------------------------------------------------------------------------------------
  { conv: 'scrum', q: 'gibt es einen scrum kurs?', kind: 'list', titles: [T.scrum] },
  {
    conv: 'scrum',
    q: 'wie lange dauert der?',
    kind: 'facts',
    titles: [T.scrum],
    says: ['dauert 3 Tage, jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'scrum',
    q: 'bis wann muss ich mich anmelden',
    kind: 'facts',
    titles: [T.scrum],
    says: ['bis Fr., 23.02.2029', '23:59'],
  },
  {
    conv: 'scrum',
    q: 'sind noch plätze frei?',
    kind: 'facts',
    titles: [T.scrum],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  { conv: 'eakte', q: 'e-akt schulung', kind: 'list', titles: [T.eakte] },
  {
    conv: 'eakte',
    q: 'kann ich mich da noch anmelden?',
    kind: 'facts',
    titles: [T.eakte],
    says: ['am Mo., 19.02.2029', 'abgelaufen'],
  },
  {
    conv: 'eakte',
    q: 'geht das auch von zuhause aus?',
    kind: 'facts',
    titles: [T.eakte],
    says: ['findet hybrid statt', 'Kreishaus Viersen'],
  },
  {
    conv: 'fuehrung',
    q: 'gibt es etwas zu führung im digitalen wandel?',
    kind: 'list',
    first: T.fuehrung,
    ...maybeAlso(only(T.fuehrung), T.distanz),
  },
  {
    conv: 'fuehrung',
    q: 'wo findet das statt?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['Schloss Neersen, Rittersaal, Hauptstraße 6, 47877 Willich'],
  },
  {
    conv: 'fuehrung',
    q: 'anmeldeschluss?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['bis Do., 01.03.2029', '12:00'],
  },
  {
    conv: 'kempen',
    q: 'was findet in kempen statt?',
    kind: 'list',
    ...only(T.prozess, T.innovation, T.scrum, T.english),
  },
  { conv: 'kempen', q: 'welche davon gehen über mehrere tage?', kind: 'list', ...only(T.prozess, T.scrum) },
  {
    conv: 'kempen',
    q: 'wann ist der zum prozessmanagement?',
    kind: 'facts',
    titles: [T.prozess],
    says: ['an 2 Tagen', 'Di., 27.02.2029 und Mi., 28.02.2029', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  { conv: 'teams-en', q: 'When is the Teams training?', locale: 'en', kind: 'facts', first: T.teams, says: [/21/] },
  {
    conv: 'teams-en',
    q: 'is it online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.teams],
    says: ['takes place online'],
  },
  { conv: 'teams-en', q: 'is it free?', locale: 'en', kind: 'facts', titles: [T.teams], says: ['is free of charge'] },
  { conv: 'dahmen', q: 'was bietet frau dr. dahmen an', kind: 'list', ...only(T.fuehrung, T.distanz) },
  { conv: 'dahmen', q: 'welcher davon ist nur online?', kind: 'list', titles: [T.distanz] },
  { conv: 'english', q: 'Is there a course held in English?', locale: 'en', kind: 'list', titles: [T.english] },
  { conv: 'english', q: 'Who teaches it?', locale: 'en', kind: 'facts', titles: [T.english], says: ['Fiona MacLeod'] },
  { conv: 'english', q: 'how much does it cost', locale: 'en', kind: 'facts', titles: [T.english], says: [/75/] },
  { conv: 'leer', q: 'was kostet das?', kind: 'noContext' },
  { conv: 'ki', q: 'gibt es was zu chatgpt oder copilot?', kind: 'list', titles: [T.ki] },
  { conv: 'ki', q: 'zeig mir mehr dazu', kind: 'details', titles: [T.ki] },
  {
    conv: 'kreishaus',
    q: 'was findet im kreishaus statt',
    kind: 'list',
    ...only(T.eakte, T.infosec, T.deeskalation, T.onboarding),
  },
  {
    conv: 'kreishaus',
    q: 'und welche davon sind kostenlos?',
    kind: 'list',
    ...only(T.eakte, T.deeskalation, T.onboarding),
  },
  // --- facts -----------------------------------------------------------------------------------------------------------
  { q: 'wer leitet den kanban workshop', kind: 'facts', titles: [T.kanban], says: ['leitet Herr Jan-Philipp Cox'] },
  {
    q: 'Was kostet das Seminar zur Informationssicherheit?',
    kind: 'facts',
    titles: [T.infosec],
    says: ['kostet 190 €'],
  },
  {
    q: 'wo ist datenschutz im bürgerbüro',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['Rathaus Nettetal, Doerkesplatz 11, 41334 Nettetal'],
  },
  {
    q: 'um wieviel uhr fängt der excel aufbaukurs an',
    kind: 'facts',
    titles: [T.excel],
    says: ['Di., 27.03.2029', '13:00'],
  },
  {
    q: 'wie lange geht die schulung zum bildschirmarbeitsplatz?',
    kind: 'facts',
    titles: [T.ergonomie],
    says: ['dauert', 'von 10:00 bis 12:00 Uhr'],
  },
  {
    q: 'wer macht die deeskalationsschulung',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['Frau Sandra Heinen und Herr Olaf Kamps (Kreispolizeibehörde Viersen)'],
  },
  {
    q: 'How long is the process management course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.prozess],
    says: [/2 days/],
  },
  {
    q: 'who leads the session on accessible documents?',
    locale: 'en',
    kind: 'facts',
    titles: [T.barrierefrei],
    says: ['is led by Frau Nadine Schrörs'],
  },
  {
    q: 'where is the data protection training for the citizens office',
    locale: 'en',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['Rathaus Nettetal, Doerkesplatz 11'],
  },
  // --- subjects, synonyms, typos -----------------------------------------------------------------------------------------
  { q: 'bpmn', kind: 'list', titles: [T.prozess] },
  { q: 'prozesmanagement', kind: 'list', titles: [T.prozess] },
  { q: 'social engineering', kind: 'list', titles: [T.socialEng] },
  { q: 'Schulungen zur Informationssicherheit', kind: 'list', ...only(T.infosec, T.socialEng) },
  { q: 'agile methoden', kind: 'list', ...only(T.scrum, T.kanban) },
  { q: 'Microsoft Teams', kind: 'list', ...only(T.teams, T.meetings) },
  { q: 'was tun bei pöbelnden kunden am schalter?', kind: 'list', titles: [T.deeskalation] },
  { q: 'Exel kurs', kind: 'list', titles: [T.excel] },
  { q: 'any online courses on information security?', locale: 'en', kind: 'list', titles: [T.socialEng] },
  { q: 'anything about innovation management?', locale: 'en', kind: 'list', titles: [T.innovation] },
  { q: 'courses on artificial intelligence', locale: 'en', kind: 'list', titles: [T.ki] },
  // --- dates, formats, places, providers ---------------------------------------------------------------------------------
  { q: 'was ist morgen?', kind: 'list', titles: [T.teams] },
  { q: 'was läuft diese woche noch', kind: 'list', titles: [T.teams, T.eakte] },
  { q: 'was steht nächste woche an', kind: 'list', titles: [T.socialEng, T.prozess, T.innovation, T.ki] },
  {
    q: 'online kurse im märz',
    kind: 'list',
    ...maybeAlso(only(T.ki, T.kanban, T.distanz, T.barrierefrei), T.fuehrung, T.ozg),
  },
  {
    q: 'gibt es in den nächsten zwei wochen was online?',
    kind: 'list',
    ...maybeAlso(only(T.teams, T.socialEng, T.ki), T.eakte),
  },
  { q: 'seminare im april', kind: 'list', titles: [T.meetings, T.onboarding] },
  { q: "what's on in Kempen in March?", locale: 'en', kind: 'list', titles: [T.innovation, T.scrum, T.english] },
  { q: 'anything tomorrow?', locale: 'en', kind: 'list', titles: [T.teams] },
  { q: 'gibt es präsenzkurse in niederkrüchten?', kind: 'none' },
  { q: 'was bietet die unfallkasse an', kind: 'list', ...only(T.ergonomie, T.deeskalation) },
  // --- cancelled, past, drafts, no match ---------------------------------------------------------------------------------
  { q: 'findet die sharepoint schulung statt?', kind: 'gone', gone: T.sharepoint },
  { q: 'wann war der jahresabschluss kurs', kind: 'gone', gone: T.jahresabschluss, says: ['Do., 25.01.2029'] },
  { q: 'brandschutzhelfer ausbildung', kind: 'gone', gone: T.brandschutz, says: ['Mi., 06.12.2028'] },
  { q: 'Is the SharePoint course still on?', locale: 'en', kind: 'gone', gone: T.sharepoint },
  { q: 'gibt es einen niederländisch kurs?', kind: 'none' },
  { q: 'gibt es eine schulung für den staplerschein?', kind: 'none' },
  { q: 'any Spanish courses?', locale: 'en', kind: 'none' },
  // --- greetings, own registrations --------------------------------------------------------------------------------------
  { q: 'Hallo!', kind: 'help' },
  { q: 'hi, what can you do?', locale: 'en', kind: 'help' },
  { q: 'wo bin ich angemeldet?', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-forty-first, independent catalogue (Technologiezentrum Kreis Viersen, KRZN, NiS, Unfallkasse NRW, Kreis-VHS Viersen)',
  {
    fixture: 'heldout341-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
