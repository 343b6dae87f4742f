// Over-fitting check, hundred-and-ninetieth catalogue: the autumn 2027 programme of the Landkreis Nordhausen (Thuringia)
// with the Thüringer Verwaltungsschule (TVS), the county's Personalentwicklung, the Hochschule Nordhausen, the
// Unfallkasse Thüringen and the Kreisvolkshochschule Nordhausen (VHS), for the county and its towns and municipalities
// (Nordhausen, Ellrich, Bleicherode, Heringen/Helme, Harztor, Hohenstein), imported from a JSON file. Seminars take place
// in the Landratsamt Nordhausen, the Hochschule Nordhausen, the VHS-Bildungszentrum, the Rathaus Nordhausen, the
// Bürgerhaus Rothleimmühle, the town halls of Ellrich, Bleicherode and Heringen/Helme, the Gemeindeverwaltung Harztor,
// online or hybrid. Several titles do not name their subject ("Der Köder im Postfach" is phishing, "Wenn der Akku leer
// ist" stress prevention, "Die Maschine schreibt mit" AI, "Briefe, die ankommen" plain language, "Gelassen bleiben am
// Schalter" de-escalation, "Vom Antrag zum Klick" the OZG, "Schluss mit dem Papierberg" the e-file, "Der Rollenwechsel"
// leadership for new managers, "Wenn sich die Fronten verhärten" conflict management, "Die Gemeinde im Feed" social
// media), so only summary, description or topics reveal it; one seminar is held in English (deadline already passed);
// the leadership course runs on two days across the end of summer time; the e-file course is open only to
// Heringen/Helme, Hohenstein and Harztor; first aid is free, paid by the Unfallkasse. Note the provider "Kreisvolks-
// hochschule Nordhausen" is not the "Hochschule Nordhausen". Questions are written the way an acceptance tester would
// type them — about a third in English, some with German course words mixed in — without looking at the parser or the
// answers. Same assertions as the other suites: exactly the expected seminars (best first where one is clearly best),
// the asked fact in the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Wednesday 15 September 2027, 10:15 in Nordhausen, summer time; winter time begins Sun 31.10.2027;
// Mon 20.09. is Weltkindertag, a public holiday in Thuringia, so nothing is scheduled then):
//   past:       Thu 10.06.2027 accessible documents (online), Tue 07.09.2027 cash security (Landratsamt)
//   this week:  today Wed 15.09. 14:00–16:00 Outlook (online); Thu 16.09. 09:00–11:30 phishing (online, tomorrow);
//               Fri 17.09. 09:00–12:00 data protection (hybrid, Landratsamt)
//   next week:  Tue 21.09. 13:00–15:30 stress (online), Wed 22.09. 09:00–12:00 AI (hybrid, Hochschule),
//               Thu 23.09. 09:00–12:30 English (Hochschule; deadline passed Fri 10.09. 23:59)
//   then:       Tue 28.09. 08:30–16:30 first aid (Rathaus Bleicherode); the cancelled telephone course on Thu 30.09.
//   October:    Tue 05. procurement law (Landratsamt; deadline Fri 24.09. 12:00), Thu 07. plain language (VHS-
//               Bildungszentrum), Tue 12. Excel (online, 13:00), Thu 14. de-escalation (Rathaus Ellrich), Wed 20. OZG
//               (online), Tue 26. budget law (Rathaus Nordhausen), Thu 28.10. (CEST) + Thu 11.11. (CET) leadership
//               (Bürgerhaus Rothleimmühle)
//   November:   Wed 03. e-file (Rathaus Heringen/Helme, members only), Tue 09. ergonomics (online, 14:00–15:30), the
//               cancelled winter-service course on Wed 10., Thu 18. council meetings (Gemeindeverwaltung Harztor),
//               the draft EU-funding course on Tue 23., Wed 24. conflict management (Landratsamt), Tue 30. Kanban/Scrum
//               (hybrid, Hochschule)
//   December:   Wed 01. social media (online), the draft QGIS course on Wed 08., Thu 09. e-invoicing (online),
//               Tue 14. administrative procedure (Rathaus Nordhausen)
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-09-15T08:15:00Z'); // Wednesday, 15 September 2027, 10:15 in Nordhausen (CEST)
const TZ = 'Europe/Berlin';

const T = {
  outlook: 'Outlook souverän: Kalender, Aufgaben und gemeinsame Postfächer', // today Wed 15.09. 14:00–16:00, online, VHS, Wagner, 45 €
  koeder: 'Der Köder im Postfach', // Thu 16.09. 09:00–11:30, online, Personalentwicklung, Kolbe, phishing, free
  datenschutz: 'Auskunft ja oder nein? Datenschutz im Publikumsverkehr', // Fri 17.09. 09:00–12:00, hybrid (Landratsamt), Dr. Pohl, free
  akku: 'Wenn der Akku leer ist', // Tue 21.09. 13:00–15:30, online, Unfallkasse, Reinhardt, stress / health, free
  ki: 'Die Maschine schreibt mit', // Wed 22.09. 09:00–12:00, hybrid (Hochschule), Prof. Dr. Haberland, AI, 40 €
  english: 'Welcome to Nordhausen: English at the Front Desk', // Thu 23.09. 09:00–12:30, Hochschule, English, 95 €, deadline passed Fri 10.09. 23:59
  ersteHilfe: 'Erste Hilfe in der Dienststelle: Aus- und Fortbildung für Ersthelfende', // Tue 28.09. 08:30–16:30, Rathaus Bleicherode, Unfallkasse, free (note), 16 seats
  vergabe: 'Richtig beschaffen: Vergaberecht nach UVgO und Thüringer Vergabegesetz', // Tue 05.10. 09:00–16:00, Landratsamt, TVS, Dr. Engel, 265 €, deadline Fri 24.09. 12:00
  briefe: 'Briefe, die ankommen', // Thu 07.10. 09:00–15:30, VHS-Bildungszentrum, VHS, Hoffmann, 120 €, plain language
  excel: 'Excel kompakt: Listen, Formeln, Pivot', // Tue 12.10. 13:00–16:00, online, VHS, Wagner, 59 €, deadline = start
  gelassen: 'Gelassen bleiben am Schalter', // Thu 14.10. 09:00–15:00, Rathaus Ellrich, Unfallkasse, Reinhardt, de-escalation, free
  ozg: 'Vom Antrag zum Klick', // Wed 20.10. 13:00–16:00, online, Personalentwicklung, Brandt, OZG, free
  haushalt: 'Haushaltsrecht kompakt: Der kommunale Haushalt nach ThürKO', // Tue 26.10. 09:00–16:00, Rathaus Nordhausen, TVS, Dr. Engel, 210 €
  rollenwechsel: 'Der Rollenwechsel', // Thu 28.10. (CEST) and Thu 11.11. (CET) 09:00–16:00, Bürgerhaus Rothleimmühle, TVS, Dr. Kretschmer, 520 € (note), new managers
  eakte: 'Schluss mit dem Papierberg', // Wed 03.11. 09:00–12:00, Rathaus Heringen/Helme, e-file, only Heringen/Hohenstein/Harztor, free
  ergonomie: 'Rücken gerade, Bildschirm richtig: Ergonomie am Arbeitsplatz', // Tue 09.11. 14:00–15:30, online, Unfallkasse, Schäfer, free
  sitzung: 'Sitzungsdienst nach der Thüringer Kommunalordnung', // Thu 18.11. 09:00–16:00, Gemeindeverwaltung Harztor, TVS, Gebhardt, 185 €, 18 seats
  fronten: 'Wenn sich die Fronten verhärten', // Wed 24.11. 09:00–16:00, Landratsamt, Personalentwicklung, Dr. Kretschmer, conflict management, managers, free
  agil: 'Agil arbeiten mit Kanban und Scrum', // Tue 30.11. 09:00–16:00, hybrid (Hochschule), Prof. Dr. Haberland, 220 €
  social: 'Die Gemeinde im Feed', // Wed 01.12. 13:00–16:00, online, Hochschule, Zimmermann, social media, 75 €
  erechnung: 'Der digitale Posteingang: E-Rechnung in der Kommunalverwaltung', // Thu 09.12. 09:00–12:00, online, TVS, Gebhardt, 95 €
  verfahren: 'Rechtssicher entscheiden: Verwaltungsverfahren und Bescheidtechnik', // Tue 14.12. 09:00–16:00, Rathaus Nordhausen, TVS, Dr. Engel, 195 €
  foerdermittel: 'EU-Fördermittel erfolgreich beantragen', // draft (Tue 23.11.)
  qgis: 'Geodaten im Griff: QGIS für Einsteiger', // draft (Wed 08.12.)
  telefon: 'Souverän am Telefon: Servicequalität in der Bürgerberatung', // cancelled (Thu 30.09.2027)
  winterdienst: 'Winterdienst rechtssicher organisieren', // cancelled (Wed 10.11.2027)
  barrierefrei: 'Barrierefreie Dokumente mit Word und PDF', // past (Thu 10 June 2027)
  kasse: 'Bargeld, Kasse, Quittung: Kassensicherheit im Bürgerbüro', // past (Tue 7 September 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.foerdermittel, T.qgis, T.telefon, T.winterdienst, T.barrierefrei, T.kasse];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  { q: 'Was kostet der Vergaberecht-Kurs?', kind: 'facts', titles: [T.vergabe], says: ['kostet 265 €'] },
  {
    q: 'How much is the Welcome to Nordhausen course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['costs €95'],
  },
  {
    q: 'kosten erste hilfe?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse Thüringen für ihre Mitgliedsbetriebe.'],
  },
  // --- facts: when (across the end of summer time), start time, duration -----------------------------------------------
  {
    q: 'Wann ist der Excel Kurs?',
    kind: 'facts',
    titles: [T.excel],
    says: ['am Di., 12.10.2027 von 13:00 bis 16:00 Uhr'],
  },
  {
    q: 'wann ist sitzungsdienst',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['am Do., 18.11.2027 von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'Wann findet „Der Rollenwechsel“ statt?',
    kind: 'facts',
    titles: [T.rollenwechsel],
    says: ['an 2 Tagen', 'Do., 28.10.2027 und Do., 11.11.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'On which days is Der Rollenwechsel?',
    locale: 'en',
    kind: 'facts',
    titles: [T.rollenwechsel],
    says: ['on 2 days', 'Thu, 28 Oct 2027 and Thu, 11 Nov 2027', 'each from 09:00 to 16:00'],
  },
  {
    q: 'What time does the first aid course start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['starts on Tue, 28 Sep 2027 at 08:30'],
  },
  {
    q: 'um wie viel uhr beginnt der köder im postfach',
    kind: 'facts',
    titles: [T.koeder],
    says: ['beginnt am Do., 16.09.2027 um 09:00 Uhr'],
  },
  {
    q: 'Wie lange dauert die Ergonomie-Schulung?',
    kind: 'facts',
    titles: [T.ergonomie],
    says: ['dauert 1,5 Stunden, von 14:00 bis 15:30 Uhr'],
  },
  {
    q: 'How long is "Wenn der Akku leer ist"?',
    locale: 'en',
    kind: 'facts',
    titles: [T.akku],
    says: ['lasts 2.5 hours, from 13:00 to 15:30'],
  },
  // --- facts: where, trainer, deadline, seats, format ------------------------------------------------------------------
  {
    q: 'Where does the Haushaltsrecht course take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['takes place at Rathaus Nordhausen'],
  },
  {
    q: 'wer leitet die KI schulung',
    kind: 'facts',
    titles: [T.ki],
    says: ['leitet Herr Prof. Dr. Jens Haberland'],
  },
  {
    q: 'Wer ist Dozentin bei Briefe, die ankommen?',
    kind: 'facts',
    titles: [T.briefe],
    says: ['leitet Frau Birgit Hoffmann'],
  },
  {
    q: 'Anmeldeschluss Vergabe',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Fr., 24.09.2027, 12:00 Uhr'],
  },
  {
    q: 'registration deadline for the English front desk course',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 10 Sep 2027, 23:59'],
  },
  {
    q: 'bis wann kann man sich für excel anmelden?',
    kind: 'facts',
    titles: [T.excel],
    says: ['bis Di., 12.10.2027, 13:00 Uhr'],
  },
  {
    q: 'Any free seats left for Sitzungsdienst?',
    locale: 'en',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['has 18 of 18 seats left'],
  },
  {
    q: 'Datenschutz-Schulung online oder Präsenz?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: [/findet hybrid statt/],
  },
  {
    q: 'Is "Vom Antrag zum Klick" online or in person?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ozg],
    says: ['takes place online'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  { conv: 'amtsdeutsch', q: 'Gibt es was gegen Amtsdeutsch?', kind: 'list', titles: [T.briefe] },
  { conv: 'amtsdeutsch', q: 'Was kostet das?', kind: 'facts', titles: [T.briefe], says: ['kostet 120 €'] },
  {
    conv: 'amtsdeutsch',
    q: 'Und wo findet der statt?',
    kind: 'facts',
    titles: [T.briefe],
    says: ['im VHS-Bildungszentrum Nordhausen'],
  },
  { conv: 'ai', q: 'Is there anything about ChatGPT?', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    conv: 'ai',
    q: 'When is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['on Wed, 22 Sep 2027 from 09:00 to 12:00'],
  },
  { conv: 'ai', q: 'Can I join online?', locale: 'en', kind: 'facts', titles: [T.ki], says: [/is hybrid/] },
  {
    conv: 'schalter',
    q: 'Kunden werden am Schalter immer aggressiver, gibt es dazu eine Schulung?',
    kind: 'list',
    titles: [T.gelassen],
  },
  {
    conv: 'schalter',
    q: 'wann?',
    kind: 'facts',
    titles: [T.gelassen],
    says: ['am Do., 14.10.2027 von 09:00 bis 15:00 Uhr'],
  },
  {
    conv: 'schalter',
    q: 'Wer macht das?',
    kind: 'facts',
    titles: [T.gelassen],
    says: ['leitet Frau Claudia Reinhardt'],
  },
  // --- topic searches: words only in summary or description, synonyms, typos, English with German words --------------
  { q: 'Phishing Schulung', kind: 'list', titles: [T.koeder] },
  { q: 'Stressbewältigung', kind: 'list', titles: [T.akku] },
  { q: 'künstliche inteligenz', kind: 'list', titles: [T.ki] },
  { q: 'Einführung E-Akte', kind: 'list', titles: [T.eakte] },
  { q: 'Onlinezugangsgesetz', kind: 'list', titles: [T.ozg] },
  { q: 'Instagram training', locale: 'en', kind: 'list', titles: [T.social] },
  { q: 'Konfliktmanagement', kind: 'list', titles: [T.fronten] },
  { q: 'Any training on the E-Rechnung?', locale: 'en', kind: 'list', titles: [T.erechnung] },
  { q: 'Seminar zur Bescheidtechnik', kind: 'list', titles: [T.verfahren] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, length, cost, language ---------------
  { q: 'Was läuft heute noch?', kind: 'list', titles: [T.outlook] },
  { q: 'Was ist diese Woche noch?', kind: 'list', titles: [T.outlook, T.koeder, T.datenschutz] },
  { q: "What's on tomorrow?", locale: 'en', kind: 'list', titles: [T.koeder] },
  { q: 'nächste Woche vormittags', kind: 'list', titles: [T.ki, T.english] },
  { q: 'Anything next week in the afternoon?', locale: 'en', kind: 'list', titles: [T.akku] },
  {
    q: 'Was gibt es im Oktober in Präsenz?',
    kind: 'list',
    titles: [T.vergabe, T.briefe, T.gelassen, T.haushalt, T.rollenwechsel],
  },
  { q: 'kostenlose Seminare im September', kind: 'list', titles: [T.koeder, T.datenschutz, T.akku, T.ersteHilfe] },
  { q: 'free seminars in November', locale: 'en', kind: 'list', titles: [T.eakte, T.ergonomie, T.fronten] },
  { q: 'Was gibts in Bleicherode?', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'Was findet im Landratsamt statt?', kind: 'list', ...only(T.datenschutz, T.vergabe, T.fronten) },
  { q: 'Kurse bei Herrn Dr. Engel', kind: 'list', ...only(T.vergabe, T.haushalt, T.verfahren) },
  {
    q: 'Was bietet die Unfallkasse Thüringen an?',
    kind: 'list',
    ...only(T.akku, T.ersteHilfe, T.gelassen, T.ergonomie),
  },
  {
    q: 'What does the Hochschule Nordhausen offer?',
    locale: 'en',
    kind: 'list',
    ...only(T.ki, T.english, T.agil, T.social),
  },
  { q: 'Ich bin Führungskraft – was gibt es für mich?', kind: 'list', ...only(T.rollenwechsel, T.fronten) },
  { q: 'mehrtägige Seminare', kind: 'list', titles: [T.rollenwechsel] },
  { q: 'Courses in English?', locale: 'en', kind: 'list', titles: [T.english] },
  // --- gone, drafts never shown, no match, greeting, registrations -----------------------------------------------------
  { q: 'Wann ist das Telefon-Seminar?', kind: 'gone', gone: T.telefon },
  { q: 'Winterdienst training – when?', locale: 'en', kind: 'gone', gone: T.winterdienst },
  {
    q: 'wann war die schulung barrierefreie dokumente',
    kind: 'gone',
    gone: T.barrierefrei,
    says: ['Do., 10.06.2027'],
  },
  {
    q: 'When was the Kassensicherheit course?',
    locale: 'en',
    kind: 'gone',
    gone: T.kasse,
    says: ['Tue, 7 Sep 2027'],
  },
  { q: 'Schulung zu EU-Fördermitteln', kind: 'none' },
  { q: 'QGIS Kurs', kind: 'none' },
  { q: 'French course', locale: 'en', kind: 'none' },
  { q: 'Hallo', kind: 'help' },
  { q: 'Hi, what can you do?', locale: 'en', kind: 'help' },
  { q: 'Meine Anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a hundred-and-ninetieth, independent catalogue (Landkreis Nordhausen, TVS, Unfallkasse Thüringen)',
  {
    fixture: 'heldout190-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
