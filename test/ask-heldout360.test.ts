// Over-fitting check, three-hundred-and-sixtieth catalogue: the autumn 2030 programme for the Landeshauptstadt Erfurt
// (Thüringen) and six of its Ortsteilverwaltungen (Vieselbach, Stotternheim, Kerspleben, Marbach, Hochheim, Alach), with
// the Thüringer Verwaltungsschule (Weimar), the Kommunale Informationsverarbeitung Thüringen (KIV), the Unfallkasse
// Thüringen (Gotha) and the city's Personalamt, imported from a JSON file. Seminars take place in the Rathaus Erfurt
// (Fischmarkt 1: Festsaal, Kleiner Sitzungssaal), the Verwaltungsgebäude Löberstraße (Löberstraße 34), the Bürgeramt
// (Bürgermeister-Wagner-Straße 1), the KIV Schulungszentrum (Eugen-Richter-Straße 44), the Hauptfeuerwache (Mittelhäuser
// Straße 1), the Thüringer Verwaltungsschule in Weimar (Karl-Liebknecht-Straße 28) and the Unfallkasse in Gotha
// (Humboldtstraße 111), online or hybrid. Two seminars are held in English (the citizens' service desk course and the
// intercultural workshop, which is hybrid in the Rathaus). Several titles do not name their subject ("Sicher im Netz" is
// phishing / IT security, "Papierlos im Amt" the e-file, "Mehr Zeit für das Wesentliche" time management, "Was darf
// raus?" data protection, "Fit am Schreibtisch" back exercises at lunchtime, "Der digitale Kollege" AI / ChatGPT,
// "Ehrenamt mit Verantwortung" the Kommunalordnung for Ortsteilräte, "Wenn es laut wird" de-escalation, "Ankommen im
// Rathaus" the induction day, "Seitenwechsel" new managers, "Durchatmen" stress / burnout, "Für alle lesbar" accessible
// documents), so only summary, description or topics reveal it. About two thirds of the questions are in English, as
// the city's international staff would type them.
//
// Calendar around `now` (Wednesday 16 October 2030, 10:15 in Erfurt, summer time; winter time begins Sun 27.10.2030;
// Reformationstag Thu 31.10.2030 is a holiday in Thüringen, 01.11. is not):
//   this week:  Wed 16.10. (today) 14:00–15:30 phishing (online); Thu 17.10. 09:00–11:30 e-file (online); Fri 18.10.
//               09:00–12:00 time management (Löberstraße)
//   next week:  Tue 22.10. 09:00–12:00 data protection (online); Wed 23.10. 08:30–15:00 Excel (KIV, 95 €); Thu 24.10.
//               12:30–13:00 first of three back-exercise sessions (online; then Thu 07.11. and Thu 21.11., CET);
//               Fri 25.10. deadlines: English desk course 12:00, new managers 23:59
//   week after: Tue 29.10. 08:00–15:30 first aid (Hauptfeuerwache); Wed 30.10. 09:00–12:00 AI (hybrid, KIV); nothing on
//               Reformationstag Thu 31.10.
//   November:   Tue 05.11. 18:00–20:30 Ortsteilräte (Rathaus Festsaal, evening, Ortsteilverwaltungen only); Wed 06.11.
//               09:00–12:30 English at the service desk (Bürgeramt, 40 €, English); Thu 07.11. 09:00–16:00
//               de-escalation (Gotha); Fri 08.11. 09:00–14:30 induction day (Rathaus Festsaal); Mon 11.11.–Tue 12.11.
//               09:00–16:30 new managers (Weimar, 420 €); Tue 12.11. the cancelled Word course; Wed 13.11. procurement
//               (Weimar, 275 €); Thu 14.11. 13:00–16:30 intercultural (English, hybrid, Rathaus Kleiner Sitzungssaal);
//               Tue 19.11. official notices (Weimar, 230 €); Wed 20.11. housing benefit (online, 160 €); Thu 21.11. the
//               cancelled telephone course; Fri 22.11. 23:59 deadline for career changers; Thu 28.11. stress (online)
//   December:   Tue 03.12. accessible documents (online, 35 €); Wed 04.12. 08:30–12:30 fire wardens (Hauptfeuerwache);
//               Mon 09.12.–Wed 11.12. 08:30–15:30 administrative law for career changers (Weimar, 540 €); the drafts
//               intranet (Tue 10.12.) and cemetery fees (Thu 12.12.)
//   past:       Tue 09.04.2030 poll workers for the municipal election (Rathaus), Wed 19.06.2030 heat protection (online).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2030-10-16T08:15:00Z'); // Wednesday, 16 October 2030, 10:15 in Erfurt (CEST)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Sicher im Netz', // Wed 16.10. 14:00–15:30, online, KIV, Herr Paul Ebert, phishing, free
  eakte: 'Papierlos im Amt', // Thu 17.10. 09:00–11:30, online, KIV, Frau Anja Reinhardt, e-file, free
  zeit: 'Mehr Zeit für das Wesentliche', // Fri 18.10. 09:00–12:00, Löberstraße, Personalamt, Herr Tobias Krämer, time management, free
  datenschutz: 'Was darf raus?', // Tue 22.10. 09:00–12:00, online, TVS, Frau Dr. Ines Wagenknecht, data protection, free
  excel: 'Excel-Grundlagen für die Verwaltung', // Wed 23.10. 08:30–15:00, KIV Schulungszentrum Raum 1.04, Herr Stefan Kühn, 95 €
  ruecken: 'Fit am Schreibtisch', // Thu 24.10., 07.11., 21.11. 12:30–13:00, online, Personalamt, Frau Katrin Seidel, back exercises, free
  ersteHilfe: 'Erste Hilfe am Arbeitsplatz: Fortbildung für Ersthelfende', // Tue 29.10. 08:00–15:30, Hauptfeuerwache, UKT, Herr Marco Liebig (DRK), free
  ki: 'Der digitale Kollege', // Wed 30.10. 09:00–12:00, hybrid (KIV Konferenzraum Krämerbrücke), Herr Stefan Kühn, AI, free
  ortsteilrat: 'Ehrenamt mit Verantwortung', // Tue 05.11. 18:00–20:30, Rathaus Festsaal, Personalamt, Herr Dr. Jörg Hartung, Ortsteilräte, free
  serviceDesk: "Welcome to Erfurt: English at the Citizens' Service Desk", // Wed 06.11. 09:00–12:30, Bürgeramt, Claire Donovan (VHS), 40 €, English, 14 seats, deadline Fri 25.10. 12:00
  deeskalation: 'Wenn es laut wird', // Thu 07.11. 09:00–16:00, Gotha (UKT), Herr Holger Bachmann (LPI Erfurt), de-escalation, free
  onboarding: 'Ankommen im Rathaus', // Fri 08.11. 09:00–14:30, Rathaus Festsaal, Personalamt, Frau Sandra Oehme, induction day, free
  fuehrung: 'Seitenwechsel', // Mon 11.11.–Tue 12.11. 09:00–16:30, Weimar (TVS), Frau Dr. Susanne Meißner, new managers, 420 €, deadline Fri 25.10. 23:59
  vergabe: 'Vergaberecht in Thüringen: ThürVgG, UVgO und Wertgrenzen', // Wed 13.11. 09:00–16:00, Weimar, Herr Dr. Jörg Hartung, 275 €
  intercultural: "Working Across Cultures: Intercultural Communication at the Foreigners' Office", // Thu 14.11. 13:00–16:30, hybrid (Rathaus Kleiner Sitzungssaal), Dr. Amara Okafor, English, free
  bescheid: 'Bescheide verständlich und rechtssicher schreiben', // Tue 19.11. 09:00–16:00, Weimar, Frau Dr. Beate Franke, 230 €
  wohngeld: 'Wohngeld kompakt: Neuerungen und Berechnung', // Wed 20.11. 09:00–15:00, online, TVS, Frau Carola Linke, 160 €, 25 seats
  stress: 'Durchatmen', // Thu 28.11. 09:00–12:00, online, UKT, Frau Juliane Vogt, stress / burnout, free
  barrierefrei: 'Für alle lesbar', // Tue 03.12. 09:00–12:00, online, KIV, Frau Anja Reinhardt, accessible documents, 35 €
  brandschutz: 'Brandschutzhelfer-Ausbildung nach ASR A2.2', // Wed 04.12. 08:30–12:30, Hauptfeuerwache, Personalamt, Herr Ronny Schütze (BF Erfurt), free
  quereinstieg: 'Verwaltungsrecht für Quereinsteigende', // Mon 09.12.–Wed 11.12. 08:30–15:30, Weimar, Frau Dr. Beate Franke, 540 €, deadline Fri 22.11. 23:59
  intranet: 'Beiträge im Mitarbeiterportal: Intranet-Redaktion für Einsteiger', // draft (Tue 10.12.), Frau Anja Reinhardt
  friedhof: 'Friedhofsgebühren kalkulieren und rechtssicher erheben', // draft (Thu 12.12.), Hartung, Weimar
  word: 'Word für Fortgeschrittene: Serienbriefe und Formatvorlagen', // cancelled (Tue 12.11.), Kühn, KIV Schulungszentrum
  telefon: 'Gut erreichbar: Telefonservice im Bürgeramt', // cancelled (Thu 21.11.), Frau Sandra Oehme, Bürgeramt
  wahl: 'Schulung für Wahlvorstände zur Kommunalwahl 2030', // past (Tue 09.04.2030), Hartung, Rathaus Festsaal
  hitze: 'Hitzeschutz am Arbeitsplatz: Sommerhitze in Büro und Außendienst', // past (Wed 19.06.2030), Vogt, online
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.intranet, T.friedhof, T.word, T.telefon, T.wahl, T.hitze];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -------------------------------------------------------------------------------------------
  {
    conv: 'excel',
    q: 'How much does the Excel course cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: [/costs (€\s?95|95\s?€|EUR 95)/],
  },
  {
    conv: 'excel',
    q: 'who teaches it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['is led by Herr Stefan Kühn'],
  },
  {
    conv: 'excel',
    q: 'and where is it held?',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['Eugen-Richter-Straße 44'],
  },
  {
    conv: 'excel',
    q: 'does he run any other courses?',
    locale: 'en',
    kind: 'list',
    ...maybeAlso(only(T.ki), T.excel),
  },
  {
    conv: 'leadership',
    q: 'Is there any training for people who just became team leaders?',
    locale: 'en',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'leadership',
    q: 'how long is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['lasts 2 days, each from 09:00 to 16:30'],
  },
  {
    conv: 'leadership',
    q: 'when do I have to sign up by?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['You can register for the seminar', 'until Fri, 25 Oct 2030, 23:59'],
  },
  {
    conv: 'leadership',
    q: 'And the price?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: [/costs (€\s?420|420\s?€|EUR 420)/],
  },
  {
    conv: 'english',
    q: 'Are there any courses held in English?',
    locale: 'en',
    kind: 'list',
    ...only(T.serviceDesk, T.intercultural),
  },
  {
    conv: 'english',
    q: 'which one can I do online?',
    locale: 'en',
    kind: 'list',
    titles: [T.intercultural],
  },
  {
    conv: 'english',
    q: 'what time does it start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.intercultural],
    says: ['starts on Thu, 14 Nov 2030 at 13:00'],
  },
  {
    conv: 'english',
    q: "who's the trainer?",
    locale: 'en',
    kind: 'facts',
    titles: [T.intercultural],
    says: ['is led by Dr. Amara Okafor'],
  },
  {
    conv: 'servicedesk',
    q: 'When is the Welcome to Erfurt course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.serviceDesk],
    says: ['takes place on Wed, 6 Nov 2030 from 09:00 to 12:30'],
  },
  {
    conv: 'servicedesk',
    q: 'is there a deadline for signing up?',
    locale: 'en',
    kind: 'facts',
    titles: [T.serviceDesk],
    says: ['You can register for the seminar', 'until Fri, 25 Oct 2030, 12:00'],
  },
  {
    conv: 'servicedesk',
    q: 'how many places are left?',
    locale: 'en',
    kind: 'facts',
    titles: [T.serviceDesk],
    says: ['has 14 of 14 seats left'],
  },
  {
    conv: 'ai',
    q: 'anything about ChatGPT or AI?',
    locale: 'en',
    kind: 'list',
    titles: [T.ki],
  },
  {
    conv: 'ai',
    q: 'can I attend remotely?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is hybrid', 'Konferenzraum Krämerbrücke'],
  },
  { conv: 'ai', q: 'is it free?', locale: 'en', kind: 'facts', titles: [T.ki], says: ['is free of charge'] },
  {
    conv: 'deesk',
    q: 'I work at the front desk and people sometimes get aggressive – is there a course for that?',
    locale: 'en',
    kind: 'list',
    first: T.deeskalation,
    ...only(T.deeskalation),
  },
  {
    conv: 'deesk',
    q: 'where is that?',
    locale: 'en',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['Humboldtstraße 111, 99867 Gotha'],
  },
  {
    conv: 'deesk',
    q: 'how long does it take?',
    locale: 'en',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['lasts', 'from 09:00 to 16:00'],
  },
  {
    conv: 'gdpr',
    q: 'Do we have a GDPR training?',
    locale: 'en',
    kind: 'list',
    titles: [T.datenschutz],
  },
  {
    conv: 'gdpr',
    q: 'when is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['takes place on Tue, 22 Oct 2030 from 09:00 to 12:00'],
  },
  {
    conv: 'gdpr',
    q: 'online or in person?',
    locale: 'en',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['takes place online'],
  },
  {
    conv: 'ruecken',
    q: 'gibt es was gegen rückenschmerzen vom vielen sitzen?',
    kind: 'list',
    titles: [T.ruecken],
  },
  {
    conv: 'ruecken',
    q: 'wann sind die termine?',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['an 3 Tagen', 'Do., 24.10.2030', 'Do., 21.11.2030', 'jeweils von 12:30 bis 13:00 Uhr'],
  },
  {
    conv: 'ruecken',
    q: 'muss ich dafür ins büro kommen?',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['findet online statt'],
  },
  {
    conv: 'weimar',
    q: 'was gibt es in weimar?',
    kind: 'list',
    ...only(T.fuehrung, T.vergabe, T.bescheid, T.quereinstieg),
  },
  {
    conv: 'weimar',
    q: 'wer leitet das zum vergaberecht?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['leitet Herr Dr. Jörg Hartung'],
  },
  {
    conv: 'weimar',
    q: 'was macht der sonst noch?',
    kind: 'list',
    ...maybeAlso(only(T.ortsteilrat), T.vergabe),
  },
  // --- follow-ups with nothing talked about ---------------------------------------------------------------------------
  { conv: 'empty-en', q: 'how much is it?', locale: 'en', kind: 'noContext' },
  { conv: 'empty-de', q: 'Und wo ist das?', kind: 'noContext' },
  // --- facts ------------------------------------------------------------------------------------------------------------
  {
    q: 'Who runs the first aid refresher?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['is led by Herr Marco Liebig (DRK Kreisverband Erfurt)'],
  },
  {
    q: 'wann ist die brandschutzhelfer ausbildung',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['am Mi., 04.12.2030 von 08:30 bis 12:30 Uhr'],
  },
  {
    q: 'What time does the induction day for new staff start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.onboarding],
    says: ['starts on Fri, 8 Nov 2030 at 09:00'],
  },
  {
    q: 'sind beim wohngeld seminar noch plätze frei?',
    kind: 'facts',
    titles: [T.wohngeld],
    says: ['noch 25 von 25 Plätzen frei'],
  },
  { q: 'Is the stress workshop free?', locale: 'en', kind: 'facts', titles: [T.stress], says: ['is free of charge'] },
  {
    q: 'Is the intercultural workshop in English?',
    locale: 'en',
    kind: 'facts',
    titles: [T.intercultural],
    says: ['is held in English'],
  },
  {
    q: 'Wo findet die Schulung für Ortsteilräte statt?',
    kind: 'facts',
    titles: [T.ortsteilrat],
    says: ['Rathaus Erfurt, Festsaal, Fischmarkt 1'],
  },
  {
    q: 'how much is the accessible PDF course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.barrierefrei],
    says: [/costs (€\s?35|35\s?€|EUR 35)/],
  },
  {
    q: 'bis wann kann ich mich für verwaltungsrecht für quereinsteigende anmelden',
    kind: 'facts',
    titles: [T.quereinstieg],
    says: ['bis Fr., 22.11.2030, 23:59 Uhr anmelden'],
  },
  {
    q: 'Is the phishing training online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['takes place online'],
  },
  { q: 'show me more about the time management course', locale: 'en', kind: 'details', titles: [T.zeit] },
  {
    q: 'wie lange dauert der einführungstag für neue mitarbeiter?',
    kind: 'facts',
    titles: [T.onboarding],
    says: ['dauert', 'von 09:00 bis 14:30 Uhr'],
  },
  // --- subjects only summary, description or topics name -----------------------------------------------------------------
  { q: 'time management', locale: 'en', kind: 'list', titles: [T.zeit] },
  { q: 'any training on phishing emails?', locale: 'en', kind: 'list', titles: [T.phishing] },
  { q: 'e-akte schulung', kind: 'list', titles: [T.eakte] },
  { q: 'onboarding for new employees', locale: 'en', kind: 'list', titles: [T.onboarding] },
  { q: 'something on burnout prevention?', locale: 'en', kind: 'list', titles: [T.stress] },
  { q: 'barrierefreie dokumente erstellen', kind: 'list', titles: [T.barrierefrei] },
  { q: 'training for Ortsteilrat members', locale: 'en', kind: 'list', titles: [T.ortsteilrat] },
  { q: 'öffentliche aufträge ausschreiben', kind: 'list', titles: [T.vergabe] },
  { q: 'fire warden training', locale: 'en', kind: 'list', titles: [T.brandschutz] },
  // --- trainers, providers, places ---------------------------------------------------------------------------------------
  {
    q: 'What does the Unfallkasse offer?',
    locale: 'en',
    kind: 'list',
    ...only(T.ersteHilfe, T.deeskalation, T.stress),
  },
  { q: 'kurse der KIV', kind: 'list', ...only(T.phishing, T.eakte, T.excel, T.ki, T.barrierefrei) },
  { q: 'courses by Dr. Franke', locale: 'en', kind: 'list', ...only(T.bescheid, T.quereinstieg) },
  { q: 'anything at the fire station?', locale: 'en', kind: 'list', ...only(T.ersteHilfe, T.brandschutz) },
  {
    q: 'which courses are in the town hall?',
    locale: 'en',
    kind: 'list',
    ...only(T.ortsteilrat, T.onboarding, T.intercultural),
  },
  { q: 'anything in Gotha?', locale: 'en', kind: 'list', titles: [T.deeskalation] },
  { q: 'gibt es auch was in jena?', kind: 'none' },
  // --- dates, formats, fees ------------------------------------------------------------------------------------------------
  { q: "what's on today?", locale: 'en', kind: 'list', titles: [T.phishing] },
  { q: 'was ist morgen?', kind: 'list', titles: [T.eakte] },
  { q: "What's happening this week?", locale: 'en', kind: 'list', titles: [T.phishing, T.eakte, T.zeit] },
  { q: 'was steht nächste woche an', kind: 'list', titles: [T.datenschutz, T.excel, T.ruecken] },
  {
    q: 'welche präsenzkurse gibt es in den nächsten zwei wochen?',
    kind: 'list',
    ...maybeAlso(only(T.zeit, T.excel, T.ersteHilfe), T.ki),
  },
  {
    q: 'online courses next month?',
    locale: 'en',
    kind: 'list',
    ...maybeAlso(only(T.wohngeld, T.stress), T.ruecken, T.intercultural),
  },
  { q: 'anything on October 31st?', locale: 'en', kind: 'none' },
  { q: 'any evening events?', locale: 'en', kind: 'list', titles: [T.ortsteilrat] },
  { q: 'mehrtägige seminare', kind: 'list', ...maybeAlso(only(T.fuehrung, T.quereinstieg), T.ruecken) },
  { q: 'courses over 300 euros', locale: 'en', kind: 'list', ...only(T.fuehrung, T.quereinstieg) },
  { q: 'hybrid courses', locale: 'en', kind: 'list', ...only(T.ki, T.intercultural) },
  { q: 'anything on a Friday?', locale: 'en', kind: 'list', ...only(T.zeit, T.onboarding) },
  {
    q: 'what courses are there in December?',
    locale: 'en',
    kind: 'list',
    titles: [T.barrierefrei, T.brandschutz, T.quereinstieg],
  },
  // --- gone, drafts, no match, greetings, own registrations ------------------------------------------------------------
  { q: 'Is the Word mail merge course still on?', locale: 'en', kind: 'gone', gone: T.word },
  { q: 'telefonschulung im bürgeramt', kind: 'gone', gone: T.telefon },
  {
    q: 'When was the training for poll workers?',
    locale: 'en',
    kind: 'gone',
    gone: T.wahl,
    says: ['Tue, 9 Apr 2030'],
  },
  { q: 'hitzeschutz seminar', kind: 'gone', gone: T.hitze, says: ['Mi., 19.06.2030'] },
  { q: 'Is there a course on writing for the intranet?', locale: 'en', kind: 'none' },
  { q: 'friedhofsgebühren', kind: 'none' },
  { q: 'Do you offer Russian lessons?', locale: 'en', kind: 'none' },
  { q: 'Hello!', locale: 'en', kind: 'help' },
  { q: 'hey, what can you help me with?', locale: 'en', kind: 'help' },
  { q: 'Hallo zusammen', kind: 'help' },
  { q: 'thanks a lot!', locale: 'en', kind: 'thanks' },
  { q: 'which sessions am I booked on?', locale: 'en', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-sixtieth, independent catalogue (Landeshauptstadt Erfurt, Thüringer Verwaltungsschule, KIV Thüringen, Unfallkasse Thüringen, Personalamt)',
  {
    fixture: 'heldout360-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
