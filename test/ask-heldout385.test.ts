// Over-fitting check, three-hundred-and-eighty-fifth catalogue: the spring 2031 programme for the Stadt Chemnitz
// (Sachsen), with the Sächsisches Kommunales Studieninstitut Dresden (SKSD), the city's Personalamt, Lecos GmbH (IT), the
// Unfallkasse Sachsen and the city's Bürgeramt as providers, imported from a JSON file. Seminars take place in the Neues
// Rathaus (Markt 1: Stadtverordnetensaal, Raum 120), the Technisches Rathaus (Friedensplatz 1: Schulungsraum 3.14,
// Konferenzraum 5.01, Raum E.05 and courtyard), the Bürgerhaus am Wall (Am Wall 12: Großer Saal, Seminarraum 2), at the
// SKSD in Dresden (Lohrmannstraße 20), online or hybrid. One seminar is held in English (the Bürgeramt's course for the
// citizens' office). Several titles do not name their subject ("Klick nicht drauf!" is phishing / IT security, "Nur für
// den Dienstgebrauch" data protection, "Die ersten 100 Tage" leadership for new managers, "Zwölf Uhr mittags" back
// exercises at lunchtime, "Besser zusammenarbeiten" Microsoft Teams, "Wenn es laut wird" de-escalation, "Verstanden?"
// plain language in official letters, "Alles auf einmal?" time management, "Wo das Geld hinfließt" the budget for council
// members, "Durchatmen" stress / burnout, "Der digitale Kollege" AI / ChatGPT, "Für alle lesbar" accessible PDFs), so only
// summary, description or topics reveal it. The questions stress trainers and providers, facts of several seminars at
// once ("was kosten die Excel-Kurse?"), first / second / last of a list, and about a third are in English.
//
// Calendar around `now` (Tuesday 18 March 2031, 10:00 in Chemnitz, winter time; summer time begins Sun 30.03.2031;
// Good Friday 11.04., Easter Monday 14.04., Labour Day Thu 01.05., Ascension Thu 22.05. and Whit Monday 02.06.2031 are
// holidays in Sachsen):
//   this week:  Tue 18.03. (today) 14:00–15:30 phishing (online, Lecos); Thu 20.03. 09:00–15:00 Excel basics
//               (Technisches Rathaus, Frau Scholz, 95 €); Fri 21.03. 09:00–16:00 objection procedure (SKSD Dresden,
//               Dr. Wolf, 210 €, deadline passed Fri 07.03. 23:59)
//   next week:  Tue 25.03. 08:00–15:30 first aid (Bürgerhaus am Wall); Wed 26.03. 09:00–12:00 data protection (online);
//               Thu 27.03. 13:00–16:00 English at the citizens' office (Neues Rathaus, Raum 120, deadline Thu 20.03. 12:00)
//   April:      Tue 01.04.–Wed 02.04. 09:00–16:30 new managers (SKSD Dresden, Dr. Wolf, 460 €, deadline Fri 21.03.
//               23:59); Tue 08.04. 09:00–15:30 Excel advanced (Technisches Rathaus, Herr Berger, 140 €); Wed 09.04.
//               procurement (SKSD Dresden, 280 €); Thu 10.04., 17.04., 24.04. 12:00–12:30 lunchtime back exercises
//               (online, Frau Meyer); Tue 15.04. 09:00–12:00 Microsoft Teams (online, Frau Scholz); Wed 16.04.
//               de-escalation (Bürgerhaus am Wall); Thu 24.04. plain language (online, SKSD, 120 €); Mon 28.04. time
//               management (Neues Rathaus, Raum 120); Tue 29.04. 09:00–16:00 leading remote teams (hybrid,
//               Stadtverordnetensaal, Dr. Wolf, free); the cancelled Word course (Thu 17.04.); nothing on Fri 11.04.
//   May:        Tue 06.05. 09:00–15:00 induction day (Stadtverordnetensaal); Wed 07.05. 18:00–20:30 budget for council
//               members (Stadtverordnetensaal, evening); the cancelled telephone course (Wed 07.05.); Tue 13.05.
//               registration law (Bürgerhaus am Wall); Wed 14.05.–Fri 16.05. 09:00–16:00 administrative law for career
//               changers (SKSD Dresden, 520 €, deadline Wed 30.04. 23:59); Tue 20.05. stress (online, Frau Meyer); Mon
//               26.05. 13:00–16:00 AI (hybrid, Technisches Rathaus, Herr Lehmann)
//   June:       Wed 04.06. accessible documents (online, 50 €); Thu 05.06. 08:30–12:30 fire wardens (Technisches
//               Rathaus); Tue 17.06. TVöD (Neues Rathaus, Raum 120, 20 seats); the drafts podcast (Tue 24.06.) and street
//               cleaning (Thu 26.06.)
//   past:       Wed 15.01.2031 psychological risk assessment (Bürgerhaus am Wall), Thu 20.02.2031 annual accounts (online).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2031-03-18T09:00:00Z'); // Tuesday, 18 March 2031, 10:00 in Chemnitz (CET)
const TZ = 'Europe/Berlin';

const T = {
  klick: 'Klick nicht drauf!', // Tue 18.03. 14:00–15:30, online, Lecos, Herr Marco Lehmann, phishing / IT security, free
  excelBasis: 'Excel-Grundlagen für die Verwaltung', // Thu 20.03. 09:00–15:00, Technisches Rathaus 3.14, Lecos, Frau Anja Scholz, 95 €
  widerspruch: 'Widerspruchsverfahren sicher bearbeiten', // Fri 21.03. 09:00–16:00, SKSD Dresden, Herr Dr. Thomas Wolf, 210 €, deadline passed Fri 07.03. 23:59
  ersteHilfe: 'Erste-Hilfe-Fortbildung für betriebliche Ersthelfer', // Tue 25.03. 08:00–15:30, Bürgerhaus am Wall (Großer Saal), UKS, Herr Sven Richter (DRK), free
  datenschutz: 'Nur für den Dienstgebrauch', // Wed 26.03. 09:00–12:00, online, SKSD, Frau Dr. Petra Neumann, data protection, free, 60 seats
  englisch: "Welcome to Chemnitz: English at the Citizens' Office", // Thu 27.03. 13:00–16:00, Neues Rathaus Raum 120, Bürgeramt, Ms Claire Donovan, 40 €, English, deadline Thu 20.03. 12:00
  fuehrung1: 'Die ersten 100 Tage', // Tue 01.04.–Wed 02.04. 09:00–16:30, SKSD Dresden, Herr Dr. Thomas Wolf, new managers, 460 €, deadline Fri 21.03. 23:59
  excelAufbau: 'Excel für Fortgeschrittene: Pivot-Tabellen und XVERWEIS', // Tue 08.04. 09:00–15:30, Technisches Rathaus 3.14, Lecos, Herr Jonas Berger, 140 €
  vergabe: 'Vergaberecht kompakt: SächsVergabeG und UVgO', // Wed 09.04. 09:00–16:00, SKSD Dresden, Frau Dr. Katrin Hoffmann, 280 €
  mittag: 'Zwölf Uhr mittags', // Thu 10.04., 17.04., 24.04. 12:00–12:30, online, UKS, Frau Lisa Meyer, back exercises, free
  teams: 'Besser zusammenarbeiten', // Tue 15.04. 09:00–12:00, online, Lecos, Frau Anja Scholz, Microsoft Teams, free
  deeskalation: 'Wenn es laut wird', // Wed 16.04. 09:00–16:00, Bürgerhaus am Wall (Seminarraum 2), UKS, Herr Uwe Krause (Polizeidirektion Chemnitz), free
  verstanden: 'Verstanden?', // Thu 24.04. 09:00–15:00, online, SKSD, Frau Dr. Ulrike Franke, plain language, 120 €
  zeit: 'Alles auf einmal?', // Mon 28.04. 09:00–12:00, Neues Rathaus Raum 120, Personalamt, Frau Sabine Hartmann, time management, free
  fuehrung2: 'Führen auf Distanz: Teams im Homeoffice leiten', // Tue 29.04. 09:00–16:00, hybrid (Neues Rathaus, Stadtverordnetensaal), Personalamt, Herr Dr. Thomas Wolf, free
  onboarding: 'Willkommen bei der Stadt Chemnitz', // Tue 06.05. 09:00–15:00, Neues Rathaus Stadtverordnetensaal, Personalamt, Frau Sabine Hartmann, induction day, free
  haushalt: 'Wo das Geld hinfließt', // Wed 07.05. 18:00–20:30, Neues Rathaus Stadtverordnetensaal, SKSD, Herr Dr. Frank Lorenz, budget for council members, free
  melderecht: 'Melderecht aktuell: Bundesmeldegesetz in der Praxis', // Tue 13.05. 09:00–12:00, Bürgerhaus am Wall (Seminarraum 2), Bürgeramt, Frau Ines Krüger, free
  verwaltungsrecht: 'Einführung in das Verwaltungsrecht für Quereinsteigende', // Wed 14.05.–Fri 16.05. 09:00–16:00, SKSD Dresden, Frau Dr. Katrin Hoffmann, 520 €, deadline Wed 30.04. 23:59
  stress: 'Durchatmen', // Tue 20.05. 09:00–12:00, online, UKS, Frau Lisa Meyer, stress / burnout, free
  ki: 'Der digitale Kollege', // Mon 26.05. 13:00–16:00, hybrid (Technisches Rathaus, Konferenzraum 5.01), Lecos, Herr Marco Lehmann, AI, free
  barrierefrei: 'Für alle lesbar', // Wed 04.06. 09:00–12:00, online, Lecos, Herr Jonas Berger, accessible documents, 50 €
  brandschutz: 'Brandschutzhelfer-Ausbildung mit Löschübung', // Thu 05.06. 08:30–12:30, Technisches Rathaus (E.05 and courtyard), UKS, Herr Tom Seidel, free
  tvoed: 'TVöD kompakt: Eingruppierung und Stufenzuordnung', // Tue 17.06. 09:00–15:00, Neues Rathaus Raum 120, Personalamt, Herr Steffen Baumann, free, 20 seats
  podcast: 'Podcast und Video für die Öffentlichkeitsarbeit', // draft (Tue 24.06.), Lecos, online
  strassenreinigung: 'Straßenreinigungssatzung und Gebühren', // draft (Thu 26.06.), SKSD Dresden
  word: 'Word-Serienbriefe und Formatvorlagen', // cancelled (Thu 17.04.), Lecos, Technisches Rathaus
  telefon: 'Souverän am Telefon', // cancelled (Wed 07.05.), Bürgeramt, Bürgerhaus am Wall
  jahresabschluss: 'Jahresabschluss nach SächsKomHVO', // past (Thu 20.02.2031), SKSD, online
  gefaehrdung: 'Gefährdungsbeurteilung psychischer Belastungen', // past (Wed 15.01.2031), UKS, Bürgerhaus am Wall
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.podcast, T.strassenreinigung, T.word, T.telefon, T.jahresabschluss, T.gefaehrdung];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- trainers and first / second / last of a list ---------------------------------------------------------------------
  { conv: 'wolf', q: 'Kurse bei Herrn Dr. Wolf', kind: 'list', titles: [T.widerspruch, T.fuehrung1, T.fuehrung2] },
  {
    conv: 'wolf',
    q: 'und der zweite – was kostet der?',
    kind: 'facts',
    titles: [T.fuehrung1],
    says: ['kostet 460 €'],
  },
  {
    conv: 'wolf',
    q: 'wo ist der letzte?',
    kind: 'facts',
    titles: [T.fuehrung2],
    says: ['Neues Rathaus, Stadtverordnetensaal'],
  },
  {
    conv: 'wolf',
    q: 'und beim ersten, kann ich mich da noch anmelden?',
    kind: 'facts',
    titles: [T.widerspruch],
    says: ['am Fr., 07.03.2031, 23:59 Uhr abgelaufen'],
  },
  {
    conv: 'scholz',
    q: 'What is Frau Scholz teaching?',
    locale: 'en',
    kind: 'list',
    titles: [T.excelBasis, T.teams],
  },
  {
    conv: 'scholz',
    q: 'when is the second one?',
    locale: 'en',
    kind: 'facts',
    titles: [T.teams],
    says: ['takes place on Tue, 15 Apr 2031 from 09:00 to 12:00'],
  },
  {
    conv: 'sksd',
    q: 'was macht das SKSD im April?',
    kind: 'list',
    titles: [T.fuehrung1, T.vergabe, T.verstanden],
  },
  { conv: 'sksd', q: 'was kostet der letzte?', kind: 'facts', titles: [T.verstanden], says: ['kostet 120 €'] },
  {
    conv: 'sksd',
    q: 'und wo findet der erste statt?',
    kind: 'facts',
    titles: [T.fuehrung1],
    says: ['Lohrmannstraße 20, 01237 Dresden'],
  },
  {
    conv: 'may',
    q: "What's on in May?",
    locale: 'en',
    kind: 'list',
    titles: [T.onboarding, T.haushalt, T.melderecht, T.verwaltungsrecht, T.stress, T.ki],
  },
  {
    conv: 'may',
    q: 'who runs the last one?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is led by Herr Marco Lehmann'],
  },
  // --- facts of several seminars at once ---------------------------------------------------------------------------------
  {
    conv: 'excel',
    q: 'was kosten die Excel-Kurse?',
    kind: 'facts',
    ...only(T.excelBasis, T.excelAufbau),
    mentions: ['95 €', '140 €'],
  },
  {
    conv: 'excel',
    q: 'wann ist der zweite?',
    kind: 'facts',
    titles: [T.excelAufbau],
    says: ['am Di., 08.04.2031 von 09:00 bis 15:30 Uhr'],
  },
  {
    conv: 'fuehrung',
    q: 'wann sind die beiden Führungsseminare?',
    kind: 'facts',
    ...only(T.fuehrung1, T.fuehrung2),
    mentions: ['Di., 01.04.2031 und Mi., 02.04.2031', 'Di., 29.04.2031'],
  },
  {
    conv: 'fuehrung',
    q: 'und was kosten die beiden?',
    kind: 'facts',
    ...only(T.fuehrung1, T.fuehrung2),
    mentions: ['460 €', 'kostenlos'],
  },
  {
    q: 'When are the two leadership seminars?',
    locale: 'en',
    kind: 'facts',
    ...only(T.fuehrung1, T.fuehrung2),
    mentions: ['Tue, 1 Apr 2031', 'Tue, 29 Apr 2031'],
  },
  // --- other follow-up conversations ---------------------------------------------------------------------------------------
  {
    conv: 'online-april',
    q: 'welche online-seminare gibt es im april?',
    kind: 'list',
    ...maybeAlso(only(T.mittag, T.teams, T.verstanden), T.fuehrung2),
  },
  { conv: 'online-april', q: 'welches davon kostet etwas?', kind: 'list', titles: [T.verstanden] },
  {
    conv: 'quer',
    q: 'Ich bin Quereinsteigerin aus der Wirtschaft. Gibt es eine Einführung ins Verwaltungsrecht?',
    kind: 'list',
    first: T.verwaltungsrecht,
    ...maybeAlso(only(T.verwaltungsrecht), T.widerspruch),
  },
  {
    conv: 'quer',
    q: 'bis wann muss ich mich anmelden?',
    kind: 'facts',
    titles: [T.verwaltungsrecht],
    says: ['bis Mi., 30.04.2031, 23:59 Uhr anmelden'],
  },
  { conv: 'english', q: 'Is there anything in English?', locale: 'en', kind: 'list', titles: [T.englisch] },
  {
    conv: 'english',
    q: "What's the registration deadline?",
    locale: 'en',
    kind: 'facts',
    titles: [T.englisch],
    says: ['You can register for the seminar', 'until Thu, 20 Mar 2031, 12:00'],
  },
  {
    conv: 'lunch',
    q: 'any back exercises at lunchtime?',
    locale: 'en',
    kind: 'list',
    titles: [T.mittag],
  },
  {
    conv: 'lunch',
    q: 'when are they?',
    locale: 'en',
    kind: 'facts',
    titles: [T.mittag],
    says: ['takes place on 3 days', 'Thu, 10 Apr 2031', 'Thu, 24 Apr 2031', 'each from 12:00 to 12:30'],
  },
  {
    conv: 'lunch',
    q: 'what else does the trainer teach?',
    locale: 'en',
    kind: 'list',
    ...maybeAlso(only(T.stress), T.mittag),
  },
  // --- follow-ups with nothing talked about ---------------------------------------------------------------------------
  { conv: 'empty-en', q: 'how much is it?', locale: 'en', kind: 'noContext' },
  { conv: 'empty-de', q: 'und wo findet das statt?', kind: 'noContext' },
  // --- facts ------------------------------------------------------------------------------------------------------------
  {
    q: 'When is the first aid refresher?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['takes place on Tue, 25 Mar 2031 from 08:00 to 15:30'],
  },
  {
    q: 'wer leitet das deeskalationstraining?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['leitet Herr Uwe Krause (Polizeidirektion Chemnitz)'],
  },
  {
    q: 'wann fängt der einführungstag für neue mitarbeiter an?',
    kind: 'facts',
    titles: [T.onboarding],
    says: ['Di., 06.05.2031', '09:00'],
  },
  {
    q: 'How long is the fire warden training?',
    locale: 'en',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['lasts', 'from 08:30 to 12:30'],
  },
  {
    q: 'Is the AI workshop in person or online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is hybrid', 'Technisches Rathaus, Konferenzraum 5.01'],
  },
  {
    q: 'What does the course on accessible documents cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.barrierefrei],
    says: [/costs (€\s?50|50\s?€|EUR 50)/],
  },
  {
    q: 'sind im TVöD-Seminar noch Plätze frei?',
    kind: 'facts',
    titles: [T.tvoed],
    says: ['noch 20 von 20 Plätzen frei'],
  },
  {
    q: 'Can I still sign up for the seminar for new managers?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung1],
    says: ['You can register for the seminar', 'until Fri, 21 Mar 2031, 23:59'],
  },
  { q: 'zeig mir details zum zeitmanagement seminar', kind: 'details', titles: [T.zeit] },
  // --- subjects only summary, description or topics name -----------------------------------------------------------------
  { q: 'phishing mails erkennen', kind: 'list', titles: [T.klick] },
  { q: 'anything about ChatGPT?', locale: 'en', kind: 'list', titles: [T.ki] },
  { q: 'gibt es was zum datenschutz?', kind: 'list', titles: [T.datenschutz] },
  { q: 'stressbewältigung', kind: 'list', titles: [T.stress] },
  { q: 'Do you have a course on time management?', locale: 'en', kind: 'list', titles: [T.zeit] },
  { q: 'wie schreibe ich bescheide ohne amtsdeutsch', kind: 'list', titles: [T.verstanden] },
  { q: 'Microsoft Teams Schulung', kind: 'list', titles: [T.teams] },
  { q: 'umgang mit aggressiven bürgern', kind: 'list', titles: [T.deeskalation] },
  { q: 'Exel kurse', kind: 'list', ...only(T.excelBasis, T.excelAufbau) },
  // --- trainers, providers, places ---------------------------------------------------------------------------------------
  { q: 'Seminare von Frau Dr. Hoffmann', kind: 'list', titles: [T.vergabe, T.verwaltungsrecht] },
  {
    q: 'was bietet die Unfallkasse an?',
    kind: 'list',
    ...only(T.ersteHilfe, T.mittag, T.deeskalation, T.stress, T.brandschutz),
  },
  {
    q: 'Courses by Lecos',
    locale: 'en',
    kind: 'list',
    ...only(T.klick, T.excelBasis, T.excelAufbau, T.teams, T.ki, T.barrierefrei),
  },
  { q: 'was bietet das personalamt an', kind: 'list', ...only(T.fuehrung2, T.zeit, T.onboarding, T.tvoed) },
  {
    q: 'Angebote vom Bürgeramt',
    kind: 'list',
    ...maybeAlso(only(T.englisch, T.melderecht), T.deeskalation),
  },
  {
    q: 'was läuft im technischen rathaus?',
    kind: 'list',
    ...only(T.excelBasis, T.excelAufbau, T.ki, T.brandschutz),
  },
  {
    q: 'seminars in Dresden',
    locale: 'en',
    kind: 'list',
    ...only(T.widerspruch, T.fuehrung1, T.vergabe, T.verwaltungsrecht),
  },
  { q: 'Kurse im Stadtverordnetensaal', kind: 'list', ...only(T.fuehrung2, T.onboarding, T.haushalt) },
  { q: 'gibt es auch was in leipzig?', kind: 'none' },
  // --- dates, times of day, formats, fees ----------------------------------------------------------------------------------
  { q: 'was ist heute noch?', kind: 'list', titles: [T.klick] },
  { q: "What's on this week?", locale: 'en', kind: 'list', titles: [T.klick, T.excelBasis, T.widerspruch] },
  { q: 'was steht nächste woche an', kind: 'list', titles: [T.ersteHilfe, T.datenschutz, T.englisch] },
  { q: 'gibt es am 11. april etwas?', kind: 'none' },
  { q: 'gibt es abendveranstaltungen?', kind: 'list', titles: [T.haushalt] },
  {
    // "Zwölf Uhr mittags" (12:00–12:30) is noon: it may or may not count as afternoon.
    q: 'anything in the afternoon?',
    locale: 'en',
    kind: 'list',
    ...maybeAlso(only(T.klick, T.englisch, T.ki), T.mittag),
  },
  {
    q: 'mehrtägige seminare',
    kind: 'list',
    ...maybeAlso(only(T.fuehrung1, T.verwaltungsrecht), T.mittag),
  },
  {
    q: 'Kurse über 200 Euro',
    kind: 'list',
    ...only(T.widerspruch, T.fuehrung1, T.vergabe, T.verwaltungsrecht),
  },
  {
    q: 'free online courses',
    locale: 'en',
    kind: 'list',
    ...maybeAlso(only(T.klick, T.datenschutz, T.mittag, T.teams, T.stress), T.ki, T.fuehrung2),
  },
  // --- gone, drafts, no match, greetings, thanks, own registrations -----------------------------------------------------
  { q: 'Findet der Word-Kurs noch statt?', kind: 'gone', gone: T.word },
  { q: 'telephone training at the Bürgeramt', locale: 'en', kind: 'gone', gone: T.telefon },
  {
    q: 'wann war das seminar zum jahresabschluss',
    kind: 'gone',
    gone: T.jahresabschluss,
    says: ['Do., 20.02.2031'],
  },
  {
    q: 'Gefährdungsbeurteilung psychische Belastungen',
    kind: 'gone',
    gone: T.gefaehrdung,
    says: ['Mi., 15.01.2031'],
  },
  { q: 'Is there a podcast workshop?', locale: 'en', kind: 'none' },
  { q: 'straßenreinigung seminar', kind: 'none' },
  { q: 'Spanischkurs', kind: 'none' },
  { q: 'Hallo!', kind: 'help' },
  { q: 'What can you do?', locale: 'en', kind: 'help' },
  { q: 'Danke schön!', kind: 'thanks' },
  { q: 'Für welche Kurse bin ich angemeldet?', kind: 'myRegistrations' },
  { q: 'show my bookings', locale: 'en', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-eighty-fifth, independent catalogue (Stadt Chemnitz, SKSD, Personalamt, Lecos, Unfallkasse Sachsen, Bürgeramt)',
  {
    fixture: 'heldout385-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
