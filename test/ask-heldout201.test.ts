// Over-fitting check, two-hundred-and-first catalogue: the spring 2027 programme for the Landkreis Birkenfeld
// (Rhineland-Palatinate) and its towns and Verbandsgemeinden (Idar-Oberstein, Birkenfeld, Baumholder, Herrstein-Rhaunen,
// Brücken), with the Kommunal-Akademie Rheinland-Pfalz, the Kreisverwaltung's Personalentwicklung, the IT service
// provider KommWis, the Unfallkasse Rheinland-Pfalz and the Volkshochschule Idar-Oberstein, imported from a JSON file.
// Seminars take place in the Kreisverwaltung Birkenfeld, the Rathaus and the Volkshochschule in Idar-Oberstein, the
// Verbandsgemeindeverwaltungen in Baumholder and Herrstein, the Bürgerhaus Rhaunen, the Dorfgemeinschaftshaus Brücken,
// online or hybrid. Several titles do not name their subject ("Ein Klick zu viel" is phishing / information security,
// "Akku leer?" stress and resilience, "Texte auf Knopfdruck?" AI text assistants, "Wenn die Luft brennt" de-escalation,
// "Verstanden beim ersten Lesen" plain official language, "Der Rollenwechsel" leadership for new managers, "Der
// Aktenschrank zieht um" the e-file, "Ruhe bewahren, Ausgang finden" fire-safety helpers), so only summary, description
// or topics reveal it. One seminar is held in English (for staff serving the US military community in Baumholder; its
// registration deadline has passed); the leadership course runs on two days across the start of summer time; the e-file
// course is open only to the Verbandsgemeinden Herrstein-Rhaunen and Birkenfeld; first aid is free, paid by the
// Unfallkasse. Questions are written the way an acceptance tester would: polite full sentences, English ones and short
// typed queries (typos included), without looking at the parser or the answers. Same assertions as the other suites:
// exactly the expected seminars (best first where one is clearly best), the asked fact in the first sentence, never a
// draft, cancelled or past seminar.
//
// Calendar around `now` (Wednesday 3 March 2027, 10:00 in Birkenfeld, winter time; summer time begins Sun 28.03.2027;
// Good Friday 26.03., Easter Monday 29.03.):
//   today:      Wed 03.03. 13:30–15:30 phishing (online, KommWis)
//   this week:  Thu 04.03. 09:00–12:00 data protection (Kreisverwaltung, 145 €), Fri 05.03. 09:00–11:30 travel expenses
//               (hybrid, Kreisverwaltung, free)
//   next week:  Mon 08.03. 09:00–12:00 stress (online), Tue 09.03. 13:00–16:00 Excel (online), Wed 10.03. 09:00–12:30
//               English (Baumholder; deadline passed Fri 26.02. 23:59), Thu 11.03. 13:30–16:00 AI (hybrid, Kreisverwaltung)
//   then:       Tue 16.03. 09:00–15:00 de-escalation (Rathaus Idar-Oberstein), Wed 17.03. 09:00–16:00 procurement
//               (Kreisverwaltung; deadline Fri 05.03. 12:00), the cancelled telephone course on Thu 18.03., Mon 22.03.
//               09:00–12:00 plain language (VHS Idar-Oberstein; deadline Mon 15.03. 23:59), Tue 23.03. (CET) and Tue
//               13.04. (CEST) 09:00–16:00 leadership (Kreisverwaltung), Thu 25.03. 09:00–12:00 e-file (Herrstein,
//               members only)
//   April:      Tue 06. 08:30–16:30 first aid (Brücken, free), Wed 07. 09:00–16:00 council meetings (Baumholder, 185 €),
//               Thu 15. 08:30–12:30 fire-safety helpers (Rhaunen, free), Tue 20. 13:00–16:00 Outlook (online, 49 €),
//               Wed 28. 10:00–11:30 ergonomics (online, free); the cancelled brush-cutter course on Wed 21.04.
//   May:        Tue 11. project management (hybrid, Rathaus Idar-Oberstein, 240 €), Wed 12. fee calculation (online,
//               135 €), Wed 19. orientation day for new staff (Kreisverwaltung)
//   June:       Tue 08. staff appraisals for managers (Kreisverwaltung), Thu 17. accessible documents (online); the draft
//               social-media course on Tue 22.06.
//   September:  the draft heavy-rain course on Thu 16.09.
//   past:       Tue 19.01.2027 annual accounts (Doppik), Thu 11.02.2027 maternity protection and parental leave.
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-03-03T09:00:00Z'); // Wednesday, 3 March 2027, 10:00 in Birkenfeld (CET)
const TZ = 'Europe/Berlin';

const T = {
  klick: 'Ein Klick zu viel', // Wed 03.03. 13:30–15:30, online, KommWis, Dietz, phishing / information security, free
  datenschutz: 'Datenschutz im Bürgerbüro: Auskunft, Übermittlung, Löschfristen', // Thu 04.03. 09:00–12:00, Kreisverwaltung, KA RLP, Dr. Kessler, 145 €
  reisekosten: 'Dienstreisen richtig abrechnen: Das Landesreisekostengesetz in der Praxis', // Fri 05.03. 09:00–11:30, hybrid (Kreisverwaltung), PE, free
  akku: 'Akku leer?', // Mon 08.03. 09:00–12:00, online, Unfallkasse, Hahn, stress / resilience, free
  excel: 'Excel im Verwaltungsalltag: Formeln, Filter, Pivot-Tabellen', // Tue 09.03. 13:00–16:00, online, VHS, Schug, 79 €
  english: 'Helping Our American Neighbours: English at the Front Desk', // Wed 10.03. 09:00–12:30, VG-Verwaltung Baumholder, VHS, Collins, 95 €, English, deadline passed Fri 26.02. 23:59
  ki: 'Texte auf Knopfdruck?', // Thu 11.03. 13:30–16:00, hybrid (Kreisverwaltung), KommWis, Dietz, AI (ChatGPT, Copilot), free
  deeskalation: 'Wenn die Luft brennt', // Tue 16.03. 09:00–15:00, Rathaus Idar-Oberstein, Unfallkasse, Wagner, de-escalation, free, 14 seats
  vergabe: 'Vergaberecht kompakt: Aufträge unterhalb der EU-Schwellenwerte', // Wed 17.03. 09:00–16:00, Kreisverwaltung, KA RLP, Dr. Roth, 210 €, deadline Fri 05.03. 12:00
  sprache: 'Verstanden beim ersten Lesen', // Mon 22.03. 09:00–12:00, VHS Idar-Oberstein, VHS, Müller, 65 €, plain language, deadline Mon 15.03. 23:59
  rollenwechsel: 'Der Rollenwechsel', // Tue 23.03. (CET) and Tue 13.04. (CEST) 09:00–16:00, Kreisverwaltung, KA RLP, Dr. Weber, 490 €, new managers
  eakte: 'Der Aktenschrank zieht um', // Thu 25.03. 09:00–12:00, VG-Verwaltung Herrstein, KommWis, Gerhardt, e-file, only VG Herrstein-Rhaunen/Birkenfeld, free, 20 seats
  ersteHilfe: 'Erste Hilfe im Betrieb: Ausbildung für Ersthelferinnen und Ersthelfer', // Tue 06.04. 08:30–16:30, Dorfgemeinschaftshaus Brücken, Unfallkasse, free (Unfallkasse pays)
  sitzung: 'Ratsarbeit professionell begleiten: Sitzungsdienst nach der Gemeindeordnung', // Wed 07.04. 09:00–16:00, VG-Verwaltung Baumholder, KA RLP, 185 €
  brandschutz: 'Ruhe bewahren, Ausgang finden', // Thu 15.04. 08:30–12:30, Bürgerhaus Rhaunen, Unfallkasse, fire-safety helpers, free
  outlook: 'Ordnung im Posteingang: Outlook effizient nutzen', // Tue 20.04. 13:00–16:00, online, VHS, Schug, 49 €
  ergonomie: 'Gesund sitzen, besser arbeiten: Ergonomie am Bildschirmarbeitsplatz', // Wed 28.04. 10:00–11:30, online, Unfallkasse, Hahn, free
  projekt: 'Projekte sicher ans Ziel bringen: Projektmanagement in der Kommunalverwaltung', // Tue 11.05. 09:00–16:00, hybrid (Rathaus Idar-Oberstein), KA RLP, Dr. Roth, 240 €
  gebuehren: 'Gebühren richtig kalkulieren: Benutzungsgebühren nach dem KAG Rheinland-Pfalz', // Wed 12.05. 09:00–12:30, online, KA RLP, Braun, 135 €
  orientierung: 'Neu an Bord: Orientierungstag für neue Beschäftigte', // Wed 19.05. 09:00–15:00, Kreisverwaltung, PE, Lang, free
  mag: 'Jahresgespräche wirksam führen: Mitarbeitergespräche für Führungskräfte', // Tue 08.06. 09:00–12:00, Kreisverwaltung, PE, Lang, free, managers
  barrierefrei: 'Dokumente für alle: Barrierefreie Word- und PDF-Dateien erstellen', // Thu 17.06. 09:00–12:00, online, KommWis, Gerhardt, free
  socialMedia: 'Social Media für Kommunen: Facebook und Instagram rechtssicher betreuen', // draft (Tue 22.06.)
  starkregen: 'Wenn der Regen kommt: Starkregenvorsorge in der Ortsgemeinde', // draft (Thu 16.09.)
  telefon: 'Souverän am Telefon: Professionelle Gespräche im Bürgerservice', // cancelled (Thu 18.03.2027)
  freischneider: 'Sicher mit Freischneider und Motorsense: Unterweisung für Bauhofbeschäftigte', // cancelled (Wed 21.04.2027)
  jahresabschluss: 'Der doppische Jahresabschluss: Von der Inventur bis zur Bilanz', // past (Tue 19 January 2027)
  mutterschutz: 'Mutterschutz, Elternzeit, Teilzeit: Rechtssicher beraten in der Personalstelle', // past (Thu 11 February 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.socialMedia, T.starkregen, T.telefon, T.freischneider, T.jahresabschluss, T.mutterschutz];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost --------------------------------------------------------------------------------------------------
  { q: 'kosten gebührenkalkulation', kind: 'facts', titles: [T.gebuehren], says: ['kostet 135 €'] },
  {
    q: 'Ist die Erste-Hilfe-Ausbildung kostenlos?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse Rheinland-Pfalz.'],
  },
  {
    q: 'what does the project management seminar cost',
    locale: 'en',
    kind: 'facts',
    titles: [T.projekt],
    says: ['costs €240'],
  },
  // --- facts: when (across the start of summer time), start time, duration -----------------------------------------
  {
    q: 'wann ist datenschutz',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['am Do., 04.03.2027 von 09:00 bis 12:00 Uhr'],
  },
  {
    q: 'Können Sie mir sagen, an welchen Tagen der Rollenwechsel stattfindet?',
    kind: 'facts',
    titles: [T.rollenwechsel],
    says: ['an 2 Tagen', 'Di., 23.03.2027 und Di., 13.04.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'when is the outlook training',
    locale: 'en',
    kind: 'facts',
    titles: [T.outlook],
    says: ['on Tue, 20 Apr 2027 from 13:00 to 16:00'],
  },
  {
    q: 'Um wie viel Uhr beginnt die Brandschutzhelfer-Ausbildung?',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['beginnt am Do., 15.04.2027 um 08:30 Uhr'],
  },
  {
    q: 'How long does the seminar on accessible documents take?',
    locale: 'en',
    kind: 'facts',
    titles: [T.barrierefrei],
    says: ['lasts 3 hours, from 09:00 to 12:00'],
  },
  {
    q: 'wie lange geht akku leer',
    kind: 'facts',
    titles: [T.akku],
    says: ['dauert 3 Stunden, von 09:00 bis 12:00 Uhr'],
  },
  // --- facts: where, format, trainer, deadline, seats ----------------------------------------------------------------
  {
    q: 'Wo findet der Orientierungstag für neue Beschäftigte statt?',
    kind: 'facts',
    titles: [T.orientierung],
    says: ['in der Kreisverwaltung Birkenfeld'],
  },
  {
    q: 'wo ist sitzungsdienst',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['in der Verbandsgemeindeverwaltung Baumholder'],
  },
  {
    q: 'where is the first aid course',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['at Dorfgemeinschaftshaus Brücken'],
  },
  { q: 'wer macht den excel kurs', kind: 'facts', titles: [T.excel], says: ['leitet Frau Petra Schug'] },
  {
    q: 'Wer ist der Referent beim Seminar zum Vergaberecht?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['leitet Herr Dr. Andreas Roth'],
  },
  { q: 'anmeldeschluss vergabe', kind: 'facts', titles: [T.vergabe], says: ['bis Fr., 05.03.2027, 12:00 Uhr'] },
  {
    q: 'registration deadline for the front desk english course',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 26 Feb 2027, 23:59'],
  },
  {
    q: 'Sind bei der E-Akte-Schulung in Herrstein noch Plätze frei?',
    kind: 'facts',
    titles: [T.eakte],
    says: ['noch 20 von 20 Plätzen frei'],
  },
  {
    q: 'reisekosten online oder vor ort',
    kind: 'facts',
    titles: [T.reisekosten],
    says: [/findet hybrid statt|oder online statt/],
  },
  { q: 'is the excel course online', locale: 'en', kind: 'facts', titles: [T.excel], says: ['takes place online'] },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  {
    conv: 'luft',
    q: 'Gibt es eine Schulung zum Umgang mit aggressiven Bürgerinnen und Bürgern?',
    kind: 'list',
    titles: [T.deeskalation],
  },
  {
    conv: 'luft',
    q: 'Und wo findet die statt?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['im Rathaus Idar-Oberstein'],
  },
  { conv: 'luft', q: 'was kostet das', kind: 'facts', titles: [T.deeskalation], says: ['ist kostenlos'] },
  { conv: 'ai', q: 'any training on chatgpt or copilot?', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    conv: 'ai',
    q: 'when is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['on Thu, 11 Mar 2027 from 13:30 to 16:00'],
  },
  { conv: 'ai', q: 'is it online?', locale: 'en', kind: 'facts', titles: [T.ki], says: [/is hybrid|or online/] },
  {
    conv: 'brief',
    q: 'Ich möchte lernen, Bescheide verständlicher zu schreiben. Gibt es dazu ein Angebot?',
    kind: 'list',
    titles: [T.sprache],
  },
  { conv: 'brief', q: 'wer leitet das', kind: 'facts', titles: [T.sprache], says: ['leitet Frau Anke Müller'] },
  {
    conv: 'brief',
    q: 'Bis wann kann ich mich dafür anmelden?',
    kind: 'facts',
    titles: [T.sprache],
    says: ['bis Mo., 15.03.2027, 23:59 Uhr'],
  },
  // --- topic searches: words only in summary or description, synonyms, English, typos ---------------------------------
  { q: 'phishing', kind: 'list', titles: [T.klick] },
  { q: 'projektmanagment', kind: 'list', titles: [T.projekt] },
  { q: 'outlok schulung', kind: 'list', titles: [T.outlook] },
  { q: 'Haben Sie etwas zum Thema Stressbewältigung?', kind: 'list', titles: [T.akku] },
  { q: 'dsgvo schulung', kind: 'list', titles: [T.datenschutz] },
  { q: 'rückenschmerzen vom sitzen', kind: 'list', titles: [T.ergonomie] },
  { q: 'anything on public procurement?', locale: 'en', kind: 'list', titles: [T.vergabe] },
  {
    q: 'Gibt es eine Schulung, in der man den Umgang mit Feuerlöschern übt?',
    kind: 'list',
    titles: [T.brandschutz],
  },
  { q: 'künstliche intelligenz', kind: 'list', titles: [T.ki] },
  { q: 'Ich suche eine Fortbildung zur Kalkulation von Benutzungsgebühren.', kind: 'list', titles: [T.gebuehren] },
  { q: 'is there a course on accessibility?', locale: 'en', kind: 'list', titles: [T.barrierefrei] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, length, cost, language ----------------
  { q: 'was ist heute', kind: 'list', titles: [T.klick] },
  {
    q: 'Welche Seminare finden diese Woche noch statt?',
    kind: 'list',
    titles: [T.klick, T.datenschutz, T.reisekosten],
  },
  { q: "what's on next week", locale: 'en', kind: 'list', titles: [T.akku, T.excel, T.english, T.ki] },
  { q: 'nächste woche nachmittags', kind: 'list', titles: [T.excel, T.ki] },
  { q: 'Was wird zwischen dem 15. und 19. März angeboten?', kind: 'list', titles: [T.deeskalation, T.vergabe] },
  { q: 'kostenlose seminare im april', kind: 'list', titles: [T.ersteHilfe, T.brandschutz, T.ergonomie] },
  { q: 'online courses in april', locale: 'en', kind: 'list', titles: [T.outlook, T.ergonomie] },
  { q: 'Welche Seminare gibt es im Mai?', kind: 'list', titles: [T.projekt, T.gebuehren, T.orientierung] },
  { q: 'Welche Seminare gibt es in Baumholder?', kind: 'list', ...only(T.english, T.sitzung) },
  { q: 'kurse von frau schug', kind: 'list', ...only(T.excel, T.outlook) },
  {
    q: 'what does the Unfallkasse offer?',
    locale: 'en',
    kind: 'list',
    ...only(T.akku, T.deeskalation, T.ersteHilfe, T.brandschutz, T.ergonomie),
  },
  {
    q: 'Ich bin Führungskraft. Welche Fortbildungen sind für mich gedacht?',
    kind: 'list',
    ...only(T.rollenwechsel, T.mag),
  },
  { q: 'mehrtägige seminare', kind: 'list', titles: [T.rollenwechsel] },
  { q: 'Are there any courses held in English?', locale: 'en', kind: 'list', titles: [T.english] },
  { q: 'was bietet kommwis an', kind: 'list', ...only(T.klick, T.ki, T.eakte, T.barrierefrei) },
  // --- gone, drafts never shown, no match, greeting, registrations ----------------------------------------------------
  { q: 'Wann findet das Telefontraining statt?', kind: 'gone', gone: T.telefon },
  { q: 'freischneider unterweisung', kind: 'gone', gone: T.freischneider },
  {
    q: 'Wann war das Seminar zum Jahresabschluss in der Doppik?',
    kind: 'gone',
    gone: T.jahresabschluss,
    says: ['Di., 19.01.2027'],
  },
  { q: 'mutterschutz elternzeit', kind: 'gone', gone: T.mutterschutz, says: ['Do., 11.02.2027'] },
  { q: 'social media schulung', kind: 'none' },
  { q: 'Bieten Sie auch etwas zur Starkregenvorsorge an?', kind: 'none' },
  { q: 'do you have a spanish course?', locale: 'en', kind: 'none' },
  { q: 'hallo', kind: 'help' },
  { q: 'what can you do?', locale: 'en', kind: 'help' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-first, independent catalogue (Landkreis Birkenfeld, Kommunal-Akademie RLP, Unfallkasse RLP)',
  {
    fixture: 'heldout201-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
