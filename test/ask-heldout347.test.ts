// Over-fitting check, three-hundred-and-forty-seventh catalogue: the autumn 2028 / spring 2029 programme for the Stadt
// Freiburg im Breisgau (Baden-Württemberg) and its eight Ortsverwaltungen (Ebnet, Hochdorf, Kappel, Lehen, Munzingen,
// Opfingen, Tiengen, Waltershofen), with the city's Internationales Büro, the Haupt- und Personalamt, the Amt für
// Digitales und IT (DIGIT), the Umweltschutzamt, the Amt für Brand- und Katastrophenschutz, the Betriebliches
// Gesundheitsmanagement, the Verwaltungsschule des Gemeindetags Baden-Württemberg (its Bildungszentrum Freiburg in the
// Bertoldstraße), the Unfallkasse Baden-Württemberg (UKBW) and the Volkshochschule Freiburg (Rotteckring), imported from
// a JSON file. Seminars take place in the Rathaus im Stühlinger (Fehrenbachallee 12), the VHS (Rotteckring 12), the
// Bildungszentrum of the Verwaltungsschule, the Bürgerhaus Seepark, the Hauptfeuerwache (Eschholzstraße), the
// Historisches Kaufhaus on the Münsterplatz and the Ortsverwaltung Tiengen, online or hybrid. Three seminars are held in
// English (EU funding, hosting delegations, English at the welcome desk); a French evening course runs on three
// Thursdays. Several titles do not name their subject ("Ein Satz, eine Aussage" is plain language, "Funding Across
// Borders" Interreg / Erasmus+, "Zwischen den Kulturen" intercultural skills, "Schreibt die Maschine mit?" AI, "Von der
// Einladung bis zur Niederschrift" minutes of the Ortschaftsrat, "Wer darf was wissen?" data protection, "Wenn Worte
// nicht reichen" de-escalation, "Pause für den Kopf" stress / mindfulness, "Wenn die Stadt schwitzt" heat protection /
// climate adaptation, "Der Faktor Mensch" information security). About half of the questions are in English (the
// international office's staff), the others German; written without looking at the parser.
//
// Calendar around `now` (Wednesday 15 November 2028, 09:45 in Freiburg, CET; summer time 2029 begins Sun 25.03.2029;
// Buß- und Bettag Wed 22.11. is no holiday in Baden-Württemberg):
//   this week:  Wed 15.11. (today) 13:00–16:00 plain language (Rathaus im Stühlinger); Thu 16.11. (tomorrow) 14:00–16:00
//               EU funding (online, English); Fri 17.11. 08:30–16:00 first aid (Bürgerhaus Seepark)
//   next week:  Mon 20.11. 09:00–12:00 intercultural (hybrid, Stühlinger); Tue 21.11.–Wed 22.11. 09:00–16:30 Scrum
//               (Stühlinger; deadline Thu 16.11. 12:00, still open); Thu 23.11. 18:00–19:30 first French evening (VHS,
//               then Thu 30.11. and Thu 07.12.); Fri 24.11. 10:00–11:30 AI (online)
//   November:   the cancelled Outlook course (Mon 27.11.), Tue 28.11. procurement (Bildungszentrum), Wed 29.11. Green City
//               delegations (English, Stühlinger), Thu 30.11. minutes (Ortsverwaltung Tiengen, Ortsverwaltungen only)
//   December:   the cancelled Madison exchange (Fri 01.12.), Tue 05.12. 13:30–16:30 data protection (Stühlinger), Wed 06.12.
//               residence law (Bildungszentrum), Thu 07.12. 08:00–12:00 de-escalation (Seepark) and the last French
//               evening, Tue 12.12. 12:15–13:00 mindfulness (online), Wed 13.12. accessible documents (online, VHS)
//   2029:       Thu 11.01. induction day (Stühlinger), Tue 16.01. 09:00–12:30 English at the welcome desk (VHS; deadline
//               Tue 09.01. 12:00), the draft intranet course (Wed 24.01.), Thu 25.01. leading at a distance (hybrid),
//               Wed 07.02. fire wardens (Hauptfeuerwache), Thu 22.02. heat (Historisches Kaufhaus), Mon 05.03.–Wed 07.03.
//               08:30–15:30 budget law (Bildungszentrum), Tue 13.03. 10:00–11:30 information security (online), the
//               draft fee calculation course (Thu 15.03.)
//   past:       Thu 21.09.2028 LPVG (Bildungszentrum), Tue 10.10.2028 mental-stress risk assessment (Seepark).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-11-15T08:45:00Z'); // Wednesday, 15 November 2028, 09:45 in Freiburg (CET)
const TZ = 'Europe/Berlin';

const T = {
  sprache: 'Ein Satz, eine Aussage', // Wed 15.11. 13:00–16:00, Stühlinger, HPA, Herr Dr. Felix Brandt, plain language, free
  eu: 'Funding Across Borders', // Thu 16.11. 14:00–16:00, online, English, Internationales Büro, Frau Dr. Élodie Marchand, Interreg / Erasmus+, free
  ersteHilfe: 'Erste-Hilfe-Fortbildung für betriebliche Ersthelfer', // Fri 17.11. 08:30–16:00, Bürgerhaus Seepark, UKBW, Herr Jan Kessler (DRK), free
  kulturen: 'Zwischen den Kulturen', // Mon 20.11. 09:00–12:00, hybrid (Stühlinger), Internationales Büro, Frau Aylin Demir, intercultural, free
  scrum: 'Agil arbeiten mit Scrum in Verwaltungsprojekten', // Tue 21.11.+Wed 22.11. 09:00–16:30, Stühlinger, VWS, Frau Katrin Albers, 390 €, deadline Thu 16.11. 12:00
  franzoesisch: 'Bonjour Besançon: Französisch für Partnerschaftskontakte', // Thu 23.11., 30.11., 07.12. 18:00–19:30, VHS, Frau Mireille Fontaine, 75 €
  ki: 'Schreibt die Maschine mit?', // Fri 24.11. 10:00–11:30, online, DIGIT, Herr Simon Keller, AI, free
  vergabe: 'Vergabe unterhalb der Schwellenwerte: UVgO in der Praxis', // Tue 28.11. 09:00–16:00, Bildungszentrum, VWS, Herr Dr. Rainer Vogel, 260 €
  greenCity: 'Green City Tours: Hosting International Delegations', // Wed 29.11. 09:00–12:30, Stühlinger, English, Internationales Büro, Herr Tobias Lenz, free
  ortschaft: 'Von der Einladung bis zur Niederschrift', // Thu 30.11. 09:00–12:00, Ortsverwaltung Tiengen, HPA, Frau Sabine Hug, minutes, Ortsverwaltungen only, free
  datenschutz: 'Wer darf was wissen?', // Tue 05.12. 13:30–16:30, Stühlinger, HPA, Herr Dr. Martin Ziegler (DSB), DSGVO, free
  aufenthalt: 'Aufenthaltsrecht kompakt: Aufenthaltstitel, Blaue Karte EU und Fachkräfteeinwanderung', // Wed 06.12. 09:00–16:00, Bildungszentrum, VWS, Frau Dr. Carola Weiß, 240 €
  deeskalation: 'Wenn Worte nicht reichen', // Thu 07.12. 08:00–12:00, Seepark, UKBW, Frau Nadine Schott und Herr Jürgen Maier (Polizei), free
  pause: 'Pause für den Kopf', // Tue 12.12. 12:15–13:00, online, BGM, Frau Lea Sommer, stress / mindfulness, free
  barrierefrei: 'Barrierefreie Dokumente mit Word und PDF', // Wed 13.12. 09:00–12:30, online, VHS, Frau Jana Wolf, 55 €
  onboarding: 'Willkommen bei der Stadt Freiburg', // Thu 11.01.2029 09:00–15:00, Stühlinger, HPA, Frau Miriam Engel, induction, free
  welcomeDesk: 'Plain English at the Welcome Desk', // Tue 16.01.2029 09:00–12:30, VHS, English, Rachel Turner, 120 €, deadline Tue 09.01. 12:00
  fuehrung: 'Führen auf Distanz: Teams zwischen Homeoffice und Büro leiten', // Thu 25.01.2029 09:00–16:00, hybrid (Stühlinger), VWS, Herr Dr. Andreas Kuhn, 180 €
  brandschutz: 'Brandschutzhelfer-Ausbildung', // Wed 07.02.2029 08:30–12:30, Hauptfeuerwache, Herr Markus Riedl (Feuerwehr), free
  hitze: 'Wenn die Stadt schwitzt', // Thu 22.02.2029 09:00–12:00, Historisches Kaufhaus, Umweltschutzamt, Frau Dr. Julia Hartmann, heat, free
  haushalt: 'Kommunales Haushaltsrecht kompakt (NKHR)', // Mon 05.03.–Wed 07.03.2029 08:30–15:30, Bildungszentrum, VWS, Frau Petra Stein, 480 €
  infosec: 'Der Faktor Mensch', // Tue 13.03.2029 10:00–11:30, online, DIGIT, Herr Simon Keller, information security, free
  intranet: 'Gut geschrieben im Mitarbeiterportal: Beiträge für das Intranet', // draft (Wed 24.01.2029)
  gebuehren: 'Gebührenkalkulation nach dem Kommunalabgabengesetz', // draft (Thu 15.03.2029)
  outlook: 'Outlook effizient nutzen: E-Mails, Kalender und Aufgaben', // cancelled (Mon 27.11.2028), Frau Jana Wolf
  madison: 'Preparing the Madison Staff Exchange', // cancelled (Fri 01.12.2028), English, Herr Tobias Lenz
  lpvg: 'Personalvertretungsrecht in Baden-Württemberg: das LPVG für neue Personalratsmitglieder', // past (Thu 21.09.2028), Vogel
  psych: 'Gefährdungsbeurteilung psychischer Belastungen', // past (Tue 10.10.2028), Frau Nadine Schott, Seepark
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.intranet, T.gebuehren, T.outlook, T.madison, T.lpvg, T.psych];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- English follow-up conversations ----------------------------------------------------------------------------------
  {
    conv: 'scrum',
    q: 'What does the Scrum course cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.scrum],
    says: ['costs', '390'],
  },
  {
    conv: 'scrum',
    q: 'when is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.scrum],
    says: ['on 2 days', 'from 09:00 to 16:30'],
  },
  {
    conv: 'scrum',
    q: 'can I still sign up?',
    locale: 'en',
    kind: 'facts',
    titles: [T.scrum],
    says: ['You can register for the seminar', '12:00'],
  },
  {
    conv: 'infosec',
    q: 'Is there anything on information security in March?',
    locale: 'en',
    kind: 'list',
    titles: [T.infosec],
  },
  {
    conv: 'infosec',
    q: 'who teaches it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.infosec],
    says: ['is led by Herr Simon Keller'],
  },
  {
    conv: 'infosec',
    q: 'is it online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.infosec],
    says: ['takes place online'],
  },
  {
    conv: 'firstaid',
    q: 'is there a first aid course this week?',
    locale: 'en',
    kind: 'list',
    titles: [T.ersteHilfe],
  },
  {
    conv: 'firstaid',
    q: 'where is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['Bürgerhaus Seepark, Gerhart-Hauptmann-Straße 1'],
  },
  {
    conv: 'firstaid',
    q: 'do I have to pay for it',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['is free of charge'],
  },
  {
    conv: 'welcome',
    q: 'Is there a course that helps me serve international residents in English?',
    locale: 'en',
    kind: 'list',
    first: T.welcomeDesk,
  },
  {
    conv: 'welcome',
    q: 'when does it start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.welcomeDesk],
    says: ['Tue, 16 Jan 2029 at 09:00'],
  },
  {
    conv: 'welcome',
    q: 'until when can I register?',
    locale: 'en',
    kind: 'facts',
    titles: [T.welcomeDesk],
    says: ['You can register for the seminar', 'until Tue, 9 Jan 2029, 12:00'],
  },
  {
    conv: 'welcome',
    q: 'who teaches it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.welcomeDesk],
    says: ['is led by Rachel Turner'],
  },
  {
    conv: 'interreg',
    q: 'any training on Interreg applications?',
    locale: 'en',
    kind: 'list',
    titles: [T.eu],
  },
  {
    conv: 'interreg',
    q: 'what time does it start tomorrow?',
    locale: 'en',
    kind: 'facts',
    titles: [T.eu],
    says: ['14:00'],
  },
  // --- English searches and facts ----------------------------------------------------------------------------------------
  {
    q: 'any online courses next week?',
    locale: 'en',
    kind: 'list',
    ...maybeAlso(only(T.ki), T.kulturen),
  },
  { q: 'courses in English', locale: 'en', kind: 'list', ...only(T.eu, T.greenCity, T.welcomeDesk) },
  { q: 'free courses in december', locale: 'en', kind: 'list', titles: [T.datenschutz, T.deeskalation, T.pause] },
  {
    q: 'any free online courses?',
    locale: 'en',
    kind: 'list',
    ...maybeAlso(only(T.eu, T.ki, T.pause, T.infosec), T.kulturen),
  },
  { q: "What's on tomorrow?", locale: 'en', kind: 'list', titles: [T.eu] },
  { q: 'anything today?', locale: 'en', kind: 'list', titles: [T.sprache] },
  { q: 'courses on artificial intelligence', locale: 'en', kind: 'list', titles: [T.ki] },
  { q: 'Any seminars at the fire station?', locale: 'en', kind: 'list', titles: [T.brandschutz] },
  {
    q: 'What does the international office offer?',
    locale: 'en',
    kind: 'list',
    ...only(T.eu, T.kulturen, T.greenCity),
  },
  { q: 'anything about heat waves and climate adaptation', locale: 'en', kind: 'list', titles: [T.hitze] },
  { q: 'is there anything in the evening?', locale: 'en', kind: 'list', titles: [T.franzoesisch] },
  { q: 'courses over 300 euros', locale: 'en', kind: 'list', ...only(T.scrum, T.haushalt) },
  {
    q: 'show me courses that last several days',
    locale: 'en',
    kind: 'list',
    ...maybeAlso(only(T.scrum, T.haushalt), T.franzoesisch),
  },
  {
    q: 'Where is the Green City seminar held?',
    locale: 'en',
    kind: 'facts',
    titles: [T.greenCity],
    says: ['Rathaus im Stühlinger, Fehrenbachallee 12'],
  },
  {
    q: 'who runs the intercultural training?',
    locale: 'en',
    kind: 'facts',
    titles: [T.kulturen],
    says: ['is led by Frau Aylin Demir'],
  },
  {
    q: 'How much is the residence law seminar?',
    locale: 'en',
    kind: 'facts',
    titles: [T.aufenthalt],
    says: ['costs', '240'],
  },
  {
    q: 'how long is the municipal budget course',
    locale: 'en',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['lasts 3 days, each from 08:30 to 15:30'],
  },
  { q: 'what does Mr Lenz teach?', locale: 'en', kind: 'list', titles: [T.greenCity] },
  { q: 'is the Madison exchange prep still happening?', locale: 'en', kind: 'gone', gone: T.madison },
  { q: 'Is there a course on snow clearing?', locale: 'en', kind: 'none' },
  { q: 'Hi there!', locale: 'en', kind: 'help' },
  { q: 'what can you do?', locale: 'en', kind: 'help' },
  { conv: 'empty-en', q: 'how much is it?', locale: 'en', kind: 'noContext' },
  // --- German follow-up conversations ------------------------------------------------------------------------------------
  { conv: 'ds', q: 'gibt es was zum datenschutz?', kind: 'list', titles: [T.datenschutz] },
  {
    conv: 'ds',
    q: 'wann ist das?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['am Di., 05.12.2028 von 13:30 bis 16:30 Uhr'],
  },
  {
    conv: 'ds',
    q: 'wer ist der referent',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['leitet Herr Dr. Martin Ziegler (Datenschutzbeauftragter der Stadt Freiburg)'],
  },
  { conv: 'franz', q: 'französischkurs?', kind: 'list', titles: [T.franzoesisch] },
  {
    conv: 'franz',
    q: 'an welchen terminen?',
    kind: 'facts',
    titles: [T.franzoesisch],
    says: ['an 3 Tagen', 'Do., 23.11.2028', 'Do., 07.12.2028', 'jeweils von 18:00 bis 19:30 Uhr'],
  },
  { conv: 'franz', q: 'was kostet der?', kind: 'facts', titles: [T.franzoesisch], says: ['kostet 75 €'] },
  { conv: 'vergabe', q: 'Seminare zum Vergaberecht', kind: 'list', titles: [T.vergabe] },
  {
    conv: 'vergabe',
    q: 'wo findet das statt',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['Bildungszentrum Freiburg der Verwaltungsschule, Bertoldstraße 48'],
  },
  { conv: 'aggro', q: 'umgang mit aggressiven kunden', kind: 'list', titles: [T.deeskalation] },
  {
    conv: 'aggro',
    q: 'wer leitet das?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['leiten Frau Nadine Schott und Herr Jürgen Maier (Polizeipräsidium Freiburg)'],
  },
  { conv: 'distanz', q: 'führung im homeoffice', kind: 'list', titles: [T.fuehrung] },
  {
    conv: 'distanz',
    q: 'kann man da auch online teilnehmen?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['findet hybrid statt', 'Rathaus im Stühlinger'],
  },
  { conv: 'tiengen', q: 'sitzungsdienst im ortschaftsrat', kind: 'list', titles: [T.ortschaft] },
  {
    conv: 'tiengen',
    q: 'wo genau?',
    kind: 'facts',
    titles: [T.ortschaft],
    says: ['Ortsverwaltung Tiengen, Alemannenstraße 21'],
  },
  // --- German searches and facts -----------------------------------------------------------------------------------------
  {
    q: 'wer leitet das scrum seminar',
    kind: 'facts',
    titles: [T.scrum],
    says: ['leitet Frau Katrin Albers'],
  },
  {
    q: 'ist die ersthelfer fortbildung kostenlos?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
  },
  {
    q: 'wo ist die brandschutzhelfer ausbildung genau',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['Hauptfeuerwache Freiburg, Eschholzstraße 118'],
  },
  {
    q: 'ist der kurs zu barrierefreien dokumenten online?',
    kind: 'facts',
    titles: [T.barrierefrei],
    says: ['findet online statt'],
  },
  { q: 'schulung zu leichter sprache', kind: 'list', titles: [T.sprache] },
  { q: 'gibt es was gegen stress', kind: 'list', titles: [T.pause] },
  { q: 'einführungstag für neue mitarbeiter', kind: 'list', titles: [T.onboarding] },
  { q: 'was läuft diese woche?', kind: 'list', titles: [T.sprache, T.eu, T.ersteHilfe] },
  { q: 'was steht nächste woche an', kind: 'list', titles: [T.kulturen, T.scrum, T.franzoesisch, T.ki] },
  { q: 'ist am 22.11. was?', kind: 'list', titles: [T.scrum] },
  { q: 'seminare im januar', kind: 'list', titles: [T.onboarding, T.welcomeDesk, T.fuehrung] },
  { q: 'Was gibt es im März?', kind: 'list', titles: [T.haushalt, T.infosec] },
  { q: 'welche kurse gibt herr keller', kind: 'list', ...only(T.ki, T.infosec) },
  { q: 'kurse bei frau wolf', kind: 'list', titles: [T.barrierefrei] },
  { q: 'Was bietet die VHS an?', kind: 'list', ...only(T.franzoesisch, T.barrierefrei, T.welcomeDesk) },
  { q: 'kurse von der unfallkasse', kind: 'list', ...only(T.ersteHilfe, T.deeskalation) },
  { q: 'was ist im historischen kaufhaus', kind: 'list', titles: [T.hitze] },
  // --- gone, drafts never shown, nothing found, greeting, own registrations ----------------------------------------------
  { q: 'Findet der Outlook-Kurs statt?', kind: 'gone', gone: T.outlook },
  {
    q: 'wann war die schulung zur gefährdungsbeurteilung psychischer belastungen',
    kind: 'gone',
    gone: T.psych,
    says: ['Di., 10.10.2028'],
  },
  { q: 'LPVG Schulung für den Personalrat', kind: 'gone', gone: T.lpvg, says: ['Do., 21.09.2028'] },
  { q: 'gebührenkalkulation', kind: 'none' },
  { q: 'beiträge fürs intranet schreiben', kind: 'none' },
  { q: 'gibt es was in ebnet?', kind: 'none' },
  { q: 'Hallo zusammen', kind: 'help' },
  { q: 'wo bin ich angemeldet?', kind: 'myRegistrations' },
  { conv: 'empty-de', q: 'und wo ist das?', kind: 'noContext' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-forty-seventh, independent catalogue (Stadt Freiburg im Breisgau, Internationales Büro, Verwaltungsschule des Gemeindetags, UKBW, VHS Freiburg)',
  {
    fixture: 'heldout347-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
