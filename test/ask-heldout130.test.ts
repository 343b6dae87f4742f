// Over-fitting check, hundred-and-thirtieth catalogue: the spring and early-summer 2027 programme of the Landkreis Zwickau
// (Saxony) with the Sächsische Verwaltungs- und Wirtschafts-Akademie (VWA), the Landratsamt's Personalentwicklung, the
// county's IT service provider Kommunale IT-Dienste Westsachsen (KIT-West), the Unfallkasse Sachsen and the
// Volkshochschule Landkreis Zwickau, for the Landratsamt and the towns Zwickau, Crimmitschau, Werdau, Glauchau,
// Limbach-Oberfrohna, Meerane and Hohenstein-Ernstthal, imported from a JSON file. Seminars take place in the Landratsamt
// in Zwickau, the VWA-Studienzentrum Zwickau, the Volkshochschule Zwickau, the DRK-Bildungszentrum Zwickau, the
// Schulungszentrum KIT-West in Werdau, the town halls of Crimmitschau, Werdau, Glauchau, Limbach-Oberfrohna and Meerane,
// online or hybrid. Several titles do not name their subject ("Gut verbunden" is telephone communication, "Der Anhang,
// der keiner war" information security / phishing, "Wenn der Akku leer ist" stress and exhaustion, "Fragen Sie doch die
// Maschine" artificial intelligence, "Zweite Runde für den Bescheid" the objection procedure (Widerspruchsverfahren),
// "Der Tag hat nur acht Stunden" time management, "Projekte, die ankommen" project management, "Papierlos ab Sommer" the
// e-file, "Der letzte Arbeitstag naht" preparing for retirement, "Dokumente für alle" accessible documents, "Alle an
// einen Tisch" citizen participation), so only summary, description or topics reveal it; one seminar is held in
// English; the leadership course runs on two days; the e-file course is open only to Crimmitschau, Werdau and Meerane;
// first aid, the safety-officer course, the Personalentwicklung's courses and all of KIT-West's except accessible documents
// are free. Questions are asked the way an acceptance test asks them: complete, polite sentences, half of them in
// English, a few with one typo, without looking at the parser or the answers. Same assertions as the other suites: exactly the expected seminars
// (best first where one is clearly best), the asked fact in the first sentence, never a draft, cancelled or past
// seminar.
//
// Calendar around `now` (Wednesday 10 March 2027, 09:30 in Zwickau, winter time; summer time begins Sun 28.03.2027):
//   this week:  nothing more today; Thu 11.03. 13:00–16:00 telephone (online, tomorrow), Fri 12.03. 09:00–12:00 data
//               protection (hybrid, Landratsamt)
//   next week:  Mon 15.03. 09:00–11:30 information security (online), Tue 16.03. 14:00–16:00 stress (online),
//               Wed 17.03. 09:00–12:30 English (VHS Zwickau; deadline passed Wed 03.03. 23:59), Thu 18.03. 13:30–15:30
//               Microsoft Teams (online)
//   then:       nothing from Fri 19.03. to Wed 07.04. except the cancelled Outlook course (Tue 23.03.)
//   April:      Thu 08. 08:30–16:00 first aid (DRK-Bildungszentrum Zwickau), Tue 13. 13:00–16:00 AI (hybrid,
//               Landratsamt), Wed 14. 09:00–16:00 procurement law (VWA-Studienzentrum; deadline Wed 31.03. 12:00),
//               Wed 21. 09:00–16:00 objections (Rathaus Glauchau), Thu 22./Fri 23. 09:00–16:00 leadership (Landratsamt)
//   May:        Tue 04. 09:00–12:00 time management (Rathaus Crimmitschau), Wed 12. 09:00–16:00 Doppik (VWA-Studienzentrum;
//               deadline Fri 23.04. 12:00), Tue 18. 09:00–16:00 project management (hybrid, VWA-Studienzentrum),
//               Tue 25. 09:00–12:00 e-file (Rathaus Werdau, only Crimmitschau/Werdau/Meerane), Wed 26. 17:30–19:30
//               retirement (online, evening); the cancelled driving safety training at the Sachsenring on Thu 20.05.
//   June:       Wed 02. 09:00–16:00 accessible documents (hybrid, Werdau), Tue 08. 09:00–15:00 safety officers (Rathaus
//               Meerane), Thu 10. 13:00–16:30 Excel (VHS Zwickau, 6 seats), Wed 16. 09:00–16:00 citizen participation
//               (Rathaus Limbach-Oberfrohna), Tue 22. 09:00–12:00 municipal law for career changers (online); the draft
//               Leichte Sprache course on Tue 15.06.
//   July:       Tue 06. 09:00–15:00 exam preparation for trainees (Landratsamt); the draft mobile-work course on Thu 01.07.
//   past:       Thu 25.02.2027 social media (Rathaus Meerane), Tue 02.03.2027 load securing (Bauhof Glauchau).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-03-10T08:30:00Z'); // Wednesday, 10 March 2027, 09:30 in Zwickau (CET)
const TZ = 'Europe/Berlin';

const T = {
  telefon: 'Gut verbunden', // Thu 11.03. 13:00–16:00, online, VHS, Frau Kerstin Lorenz, 65 €, telephone communication
  datenschutz: 'Sozialdaten in sicheren Händen: Datenschutz im Sozial- und Jugendamt', // Fri 12.03. 09:00–12:00, hybrid (Landratsamt), Personalentwicklung, Seidel, DSGVO, free
  phishing: 'Der Anhang, der keiner war', // Mon 15.03. 09:00–11:30, online, KIT-West, Uhlig, information security, free
  akku: 'Wenn der Akku leer ist', // Tue 16.03. 14:00–16:00, online, Unfallkasse, Richter, stress / exhaustion, free
  english: 'Welcome to the Landratsamt: Everyday English for Public Service Staff', // Wed 17.03. 09:00–12:30, VHS Zwickau, Ms Hopkins, English, 95 €, deadline passed Wed 03.03. 23:59
  teams: 'Zusammenarbeiten mit Microsoft Teams: Kanäle, Dateien, Besprechungen', // Thu 18.03. 13:30–15:30, online, KIT-West, Pfeifer, free
  ersteHilfe: 'Erste-Hilfe-Grundlehrgang für betriebliche Ersthelfende', // Thu 08.04. 08:30–16:00, DRK-Bildungszentrum Zwickau, Unfallkasse, Hertel, free (note), 15 seats
  ki: 'Fragen Sie doch die Maschine', // Tue 13.04. 13:00–16:00, hybrid (Landratsamt), KIT-West, Uhlig, AI, free
  vergabe: 'Vergaberecht kompakt: Aufträge nach UVgO und Sächsischem Vergabegesetz', // Wed 14.04. 09:00–16:00, VWA-Studienzentrum, Dr. Schubert, 245 €, deadline Wed 31.03. 12:00
  widerspruch: 'Zweite Runde für den Bescheid', // Wed 21.04. 09:00–16:00, Rathaus Glauchau, VWA, Dr. Oehme, 190 €, objection procedure
  fuehrung: 'Neu in der Führungsrolle: Grundlagen für Sachgebietsleitungen', // Thu 22.04. and Fri 23.04. 09:00–16:00, Landratsamt, Personalentwicklung, Hanisch, free
  zeit: 'Der Tag hat nur acht Stunden', // Tue 04.05. 09:00–12:00, Rathaus Crimmitschau, VHS, Frau Kerstin Lorenz, 79 €, time management
  doppik: 'Doppik verstehen: Der kommunale Haushalt in Sachsen', // Wed 12.05. 09:00–16:00, VWA-Studienzentrum, Kretzschmar, 210 €, deadline Fri 23.04. 12:00
  projekt: 'Projekte, die ankommen', // Tue 18.05. 09:00–16:00, hybrid (VWA-Studienzentrum), Kunze, 230 €, project management
  eakte: 'Papierlos ab Sommer', // Tue 25.05. 09:00–12:00, Rathaus Werdau, KIT-West, Wolf, e-file, only Crimmitschau/Werdau/Meerane, free
  ruhestand: 'Der letzte Arbeitstag naht', // Wed 26.05. 17:30–19:30, online, Personalentwicklung, Baumann, retirement, free
  barrierefrei: 'Dokumente für alle', // Wed 02.06. 09:00–16:00, hybrid (Schulungszentrum KIT-West, Werdau), Pfeifer, 120 €, accessible documents
  sicherheit: 'Grundausbildung für Sicherheitsbeauftragte', // Tue 08.06. 09:00–15:00, Rathaus Meerane, Unfallkasse, Fischer, free
  excel: 'Tabellen im Griff: Excel-Aufbaukurs für den Verwaltungsalltag', // Thu 10.06. 13:00–16:30, VHS Zwickau, Vogel, 85 €, 6 seats
  beteiligung: 'Alle an einen Tisch', // Wed 16.06. 09:00–16:00, Rathaus Limbach-Oberfrohna, VWA, Dr. Schubert, 180 €, citizen participation
  kommunalrecht: 'Wie die Gemeinde tickt: Kommunalrecht für Quereinsteigende', // Tue 22.06. 09:00–12:00, online, VWA, Dr. Oehme, 95 €
  azubi: 'Fit für die Zwischenprüfung: Lerntag für Auszubildende', // Tue 06.07. 09:00–15:00, Landratsamt, Personalentwicklung, Baumann, free
  leichteSprache: 'Leichte Sprache im Bürgerbüro', // draft (Tue 15.06.)
  mobil: 'Mobiles Arbeiten rechtssicher gestalten', // draft (Thu 01.07.)
  outlook: 'Outlook im Griff: E-Mails, Kalender und Aufgaben organisieren', // cancelled (Tue 23.03.2027)
  fahrsicherheit: 'Sicher am Steuer: Fahrsicherheitstraining für Dienstwagenfahrer', // cancelled (Thu 20.05.2027, Sachsenring)
  socialMedia: 'Social Media im Rathaus: Instagram und Facebook für Kommunen', // past (Thu 25 February 2027)
  ladung: 'Ladungssicherung auf Fahrzeugen des Bauhofs', // past (Tue 2 March 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.leichteSprache, T.mobil, T.outlook, T.fahrsicherheit, T.socialMedia, T.ladung];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  { q: 'Was kostet der Excel-Aufbaukurs?', kind: 'facts', titles: [T.excel], says: ['kostet 85 €'] },
  {
    q: 'Could you tell me how much the Vergaberecht seminar costs?',
    locale: 'en',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['costs €245'],
  },
  {
    q: 'Muss ich für den Erste-Hilfe-Lehrgang etwas bezahlen?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse Sachsen.'],
  },
  { q: 'How much is the Dopik course, please?', locale: 'en', kind: 'facts', titles: [T.doppik], says: ['costs €210'] },
  // --- facts: when, start time, duration --------------------------------------------------------------------------------
  {
    q: 'Wann findet das Seminar zum Datenschutz im Sozialamt statt?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['am Fr., 12.03.2027 von 09:00 bis 12:00 Uhr'],
  },
  {
    q: 'When does the leadership training for new team leaders take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['on 2 days', 'Thu, 22 Apr 2027 and Fri, 23 Apr 2027', 'each from 09:00 to 16:00'],
  },
  {
    q: 'When is the project managment seminar?',
    locale: 'en',
    kind: 'facts',
    titles: [T.projekt],
    says: ['on Tue, 18 May 2027 from 09:00 to 16:00'],
  },
  {
    q: 'Um wie viel Uhr beginnt die Schulung zu Microsoft Teams?',
    kind: 'facts',
    titles: [T.teams],
    says: ['beginnt am Do., 18.03.2027 um 13:30 Uhr'],
  },
  {
    q: 'Wie lange dauert die Schulung zur Informationssicherheit?',
    kind: 'facts',
    titles: [T.phishing],
    says: ['dauert 2,5 Stunden, von 09:00 bis 11:30 Uhr'],
  },
  {
    q: 'How long does the course on stress and exhaustion last?',
    locale: 'en',
    kind: 'facts',
    titles: [T.akku],
    says: ['lasts 2 hours, from 14:00 to 16:00'],
  },
  // --- facts: trainer, deadline, seats, format --------------------------------------------------------------------------
  {
    q: 'Wer leitet den Kurs zur Bürgerbeteiligung?',
    kind: 'facts',
    titles: [T.beteiligung],
    says: ['leitet Frau Dr. Annett Schubert'],
  },
  {
    q: 'Who teaches the English course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['is led by Ms Claire Hopkins'],
  },
  {
    q: 'Bis wann kann ich mich für das Vergaberecht-Seminar anmelden?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Mi., 31.03.2027, 12:00 Uhr'],
  },
  {
    q: 'What is the registration deadline for the English course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Wed, 3 Mar 2027, 23:59'],
  },
  {
    q: 'Sind im Excel-Aufbaukurs noch Plätze frei?',
    kind: 'facts',
    titles: [T.excel],
    says: ['noch 6 von 6 Plätzen frei'],
  },
  {
    q: 'Findet die Schulung zu barrierefreien Dokumenten online statt?',
    kind: 'facts',
    titles: [T.barrierefrei],
    says: [/findet hybrid statt|oder online statt/],
  },
  {
    q: 'Is the time management course online or in person?',
    locale: 'en',
    kind: 'facts',
    titles: [T.zeit],
    says: [/in person|at Rathaus Crimmitschau/],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  {
    conv: 'telefon',
    q: 'Gibt es eine Schulung, wie man am Telefon freundlich mit Bürgern spricht?',
    kind: 'list',
    titles: [T.telefon],
  },
  {
    conv: 'telefon',
    q: 'Wann findet die statt?',
    kind: 'facts',
    titles: [T.telefon],
    says: ['am Do., 11.03.2027 von 13:00 bis 16:00 Uhr'],
  },
  { conv: 'telefon', q: 'Und was kostet sie?', kind: 'facts', titles: [T.telefon], says: ['kostet 65 €'] },
  {
    conv: 'ai',
    q: 'Is there a training on ChatGPT and other AI tools?',
    locale: 'en',
    kind: 'list',
    titles: [T.ki],
  },
  {
    conv: 'ai',
    q: 'Where does it take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['at Landratsamt Zwickau', 'or online'],
  },
  {
    conv: 'ai',
    q: 'And who is the trainer?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is led by Herr Marcel Uhlig'],
  },
  {
    conv: 'widerspruch',
    q: 'Ich suche eine Fortbildung zum Widerspruchsverfahren.',
    kind: 'list',
    titles: [T.widerspruch],
  },
  {
    conv: 'widerspruch',
    q: 'Und wo findet das statt?',
    kind: 'facts',
    titles: [T.widerspruch],
    says: ['im Rathaus Glauchau'],
  },
  {
    conv: 'retire',
    q: 'I am planning my retirement. Is there a seminar that helps me prepare?',
    locale: 'en',
    kind: 'list',
    titles: [T.ruhestand],
  },
  {
    conv: 'retire',
    q: 'What time does it start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ruhestand],
    says: ['starts on Wed, 26 May 2027 at 17:30'],
  },
  // --- topic searches: words only in summary or description, synonyms, English words, typos ----------------------------
  { q: 'Do you have a course on recognising phishing emails?', locale: 'en', kind: 'list', titles: [T.phishing] },
  { q: 'Ich fühle mich oft ausgebrannt. Gibt es dazu ein Angebot?', kind: 'list', titles: [T.akku] },
  { q: 'Do you offer anything on the GDPR?', locale: 'en', kind: 'list', titles: [T.datenschutz] },
  { q: 'Gibt es einen Exel-Kurs?', kind: 'list', titles: [T.excel] },
  {
    q: "I would like to learn how to moderate a citizens' meeting. Is there a seminar for that?",
    locale: 'en',
    kind: 'list',
    titles: [T.beteiligung],
  },
  {
    q: 'Wir stellen bald auf die elektronische Akte um. Gibt es dazu eine Schulung?',
    kind: 'list',
    titles: [T.eakte],
  },
  { q: 'Is there a course for safety officers?', locale: 'en', kind: 'list', titles: [T.sicherheit] },
  { q: 'Gibt es etwas zu künstlicher Inteligenz?', kind: 'list', titles: [T.ki] },
  {
    q: 'Is there a seminar on accessibility, for example accessible PDF files?',
    locale: 'en',
    kind: 'list',
    titles: [T.barrierefrei],
  },
  { q: 'Which seminars are there for trainees?', locale: 'en', kind: 'list', titles: [T.azubi] },
  {
    q: 'Ich bin neu in der Kämmerei. Gibt es eine Einführung ins Haushaltswesen?',
    kind: 'list',
    titles: [T.doppik],
  },
  // --- filters: dates, time of day, format, place, trainer, provider, length, cost, language, seats -------------------
  { q: 'Welche Seminare finden morgen statt?', kind: 'list', titles: [T.telefon] },
  {
    q: 'Which seminars are still taking place this week?',
    locale: 'en',
    kind: 'list',
    titles: [T.telefon, T.datenschutz],
  },
  { q: 'Welche Online-Seminare gibt es nächste Woche?', kind: 'list', titles: [T.phishing, T.akku, T.teams] },
  { q: 'What is on next week in the afternoon?', locale: 'en', kind: 'list', titles: [T.akku, T.teams] },
  {
    q: 'Was läuft in den nächsten zwei Wochen?',
    kind: 'list',
    titles: [T.telefon, T.datenschutz, T.phishing, T.akku, T.english, T.teams],
  },
  {
    q: 'Could you show me everything that takes place next month?',
    locale: 'en',
    kind: 'list',
    titles: [T.ersteHilfe, T.ki, T.vergabe, T.widerspruch, T.fuehrung],
  },
  { q: 'Welche kostenlosen Seminare gibt es im April?', kind: 'list', titles: [T.ersteHilfe, T.ki, T.fuehrung] },
  { q: 'Are there any seminars in the evning?', locale: 'en', kind: 'list', titles: [T.ruhestand] },
  {
    q: 'Welche Seminare im Juni haben noch freie Plätze?',
    kind: 'list',
    titles: [T.barrierefrei, T.sicherheit, T.excel, T.beteiligung, T.kommunalrecht],
  },
  { q: 'Welche Seminare dauern mehrere Tage?', kind: 'list', titles: [T.fuehrung] },
  { q: 'Are any courses held in English?', locale: 'en', kind: 'list', titles: [T.english] },
  { q: 'Was gibt es in Werdau?', kind: 'list', ...only(T.eakte, T.barrierefrei) },
  { q: 'Which courses does Ms Lorenz teach?', locale: 'en', kind: 'list', ...only(T.telefon, T.zeit) },
  { q: 'Was bietet die Unfallkasse Sachsen an?', kind: 'list', ...only(T.akku, T.ersteHilfe, T.sicherheit) },
  {
    q: 'Which seminars does KIT-West offer?',
    locale: 'en',
    kind: 'list',
    ...only(T.phishing, T.teams, T.ki, T.eakte, T.barrierefrei),
  },
  {
    q: 'Which seminars can I attend either on site or online?',
    locale: 'en',
    kind: 'list',
    ...only(T.datenschutz, T.ki, T.projekt, T.barrierefrei),
  },
  // --- gone, drafts never shown, no match, greetings --------------------------------------------------------------------
  { q: 'Wann ist das Outlook-Seminar?', kind: 'gone', gone: T.outlook },
  {
    q: 'How much does the driving safety training at the Sachsenring cost?',
    locale: 'en',
    kind: 'gone',
    gone: T.fahrsicherheit,
  },
  {
    q: 'Wann war der Kurs zu Social Media im Rathaus?',
    kind: 'gone',
    gone: T.socialMedia,
    says: ['Do., 25.02.2027'],
  },
  {
    q: 'When is the Ladungssicherung course for the Bauhof?',
    locale: 'en',
    kind: 'gone',
    gone: T.ladung,
    says: ['Tue, 2 Mar 2027'],
  },
  { q: 'Gibt es eine Schulung zu Leichter Sprache?', kind: 'none' },
  { q: 'Is there a seminar about home office rules?', locale: 'en', kind: 'none' },
  { q: 'Do you offer a Spanish course?', locale: 'en', kind: 'none' },
  { q: 'Gibt es Seminare in Hohenstein-Ernstthal?', kind: 'none' },
  { q: 'Guten Morgen!', kind: 'help' },
  { q: 'Hello, what can you help me with?', locale: 'en', kind: 'help' },
];

heldoutSuite(
  'answering questions about a hundred-and-thirtieth, independent catalogue (Landkreis Zwickau, VWA, Unfallkasse Sachsen)',
  {
    fixture: 'heldout130-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
