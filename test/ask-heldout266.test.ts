// Over-fitting check, two-hundred-and-sixty-sixth catalogue: the 2027 programme for the Landkreis Kronach (Bavaria) and
// its towns and markets (Kronach, Ludwigsstadt, Teuschnitz, Wallenfels, Küps, Pressig, Stockheim, Tettau), with the
// Bayerische Verwaltungsschule (BVS), the Kommunale Unfallversicherung Bayern (KUVB), the AKDB, the Landratsamt's
// Fortbildung and the Volkshochschule Kronach (VHS), imported from a JSON file. Seminars take place in the Landratsamt
// Kronach, the VHS-Haus Kronach, the town halls of Kronach, Pressig, Küps, Stockheim, Ludwigsstadt, Teuschnitz and
// Wallenfels, online or hybrid. Several titles do not name their subject ("Klick mit Folgen" is phishing, "Kraft tanken
// im Dienstalltag" stress, "Wenn der erste Schnee fällt" winter road service for the Bauhof, "Schreibhilfe aus der
// Maschine" AI, "Wenn es am Schalter laut wird" de-escalation, "Neu an der Spitze" leadership, "Vom Papier zum Portal"
// the OZG, "Gut sitzen, besser arbeiten" ergonomics, "Der Tag hat nur acht Stunden" time management, "Ordnung ohne
// Ordner" the e-file, "Dokumente für alle" accessible documents), so only summary, description or topics reveal it; one
// seminar is held in English (its deadline has passed); the leadership course runs on two days; the e-file course is
// open only to Ludwigsstadt, Teuschnitz and Tettau (and never asked about); the time-management course is the only
// evening course. The questions are mostly long follow-up conversations (searching, asking facts, switching to another
// seminar of the list by position, place or subject, narrowing, going back), in German and English, written without
// looking at the parser or the answers.
//
// Calendar around `now` (Monday 4 October 2027, 09:15 in Kronach, summer time; winter time begins Sun 31.10.2027):
//   this week:  today Mon 04.10. 13:30–16:30 Excel (VHS-Haus Kronach, 85 €), Wed 06.10. 09:00–11:30 phishing (online),
//               Thu 07.10. 13:00–15:30 data protection (hybrid, Landratsamt)
//   next week:  Tue 12.10. 08:30–16:30 first aid (Rathaus Pressig, free), Wed 13.10. 14:00–16:00 stress (online, free),
//               Thu 14.10. 09:00–12:00 English (Landratsamt; deadline passed Fri 01.10. 12:00); the cancelled
//               PowerPoint course (online) on Fri 15.10.
//   October:    Tue 19. procurement (Landratsamt, Dr. Pfadenhauer; deadline Fri 08.10. 23:59), Wed 20. winter service
//               (Rathaus Küps; deadline Fri 15.10. 12:00), Thu 21. AI (hybrid, Landratsamt, 13:00), the cancelled
//               chainsaw course (Bauhof Wallenfels) on Fri 22., Tue 26. de-escalation (Rathaus Stockheim), Wed 27./Thu
//               28. leadership (Landratsamt; deadline Wed 13.10. 12:00), Thu 28. OZG (online, 10:00–12:00)
//   November:   Tue 02. TVöD (online, BVS), Wed 03. ergonomics (online, free, 10:00–11:30), Thu 04. time management
//               (online, 18:00–20:30), Tue 09. e-file (Ludwigsstadt, members only), Thu 11. budget law (Rathaus
//               Kronach, Dr. Pfadenhauer; deadline Thu 28.10. 23:59), Tue 16. plain language (VHS-Haus), Wed 17. council
//               meetings (Rathaus Teuschnitz; deadline Wed 03.11. 12:00), the draft social-media course (online) on Thu
//               18., Tue 23. building permits (Landratsamt), Thu 25. accessible documents (online), the draft heat-planning
//               course on Tue 30.
//   December:   Wed 01. cemetery law (Rathaus Wallenfels).
//   past:       Thu 16.09.2027 property tax (Rathaus Kronach), Tue 21.09.2027 Outlook (online).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-10-04T07:15:00Z'); // Monday, 4 October 2027, 09:15 in Kronach (CEST)
const TZ = 'Europe/Berlin';

const T = {
  excel: 'Formeln, Filter, Pivot: Excel in der Sachbearbeitung', // Mon 04.10. 13:30–16:30 (today), VHS-Haus Kronach, VHS, Fehn, 85 €
  phishing: 'Klick mit Folgen', // Wed 06.10. 09:00–11:30, online, AKDB, Wunder, phishing / information security, free
  datenschutz: 'Datenschutz im Rathausalltag: DSGVO und BayDSG in der Praxis', // Thu 07.10. 13:00–15:30, hybrid (Landratsamt), Fortbildung, Bätz, free
  ersteHilfe: 'Erste Hilfe im Betrieb: Aus- und Fortbildung für Ersthelfende', // Tue 12.10. 08:30–16:30, Rathaus Pressig, KUVB, Schnappauf, free, 16 seats
  stress: 'Kraft tanken im Dienstalltag', // Wed 13.10. 14:00–16:00, online, KUVB, Welsch, stress / resilience, free, 30 seats
  english: "Welcome to the Frankenwald: English for the Citizens' Service", // Thu 14.10. 09:00–12:00, Landratsamt, VHS, Mitchell, 95 €, deadline passed Fri 01.10. 12:00
  vergabe: 'Öffentliche Aufträge rechtssicher vergeben: UVgO und VOB/A', // Tue 19.10. 09:00–16:00, Landratsamt, BVS, Dr. Pfadenhauer, 240 €, deadline Fri 08.10. 23:59
  winterdienst: 'Wenn der erste Schnee fällt', // Wed 20.10. 09:00–15:00, Rathaus Küps, KUVB, Fischer, winter service for the Bauhof, free, deadline Fri 15.10. 12:00
  ki: 'Schreibhilfe aus der Maschine', // Thu 21.10. 13:00–16:00, hybrid (Landratsamt), AKDB, Wunder, AI / ChatGPT, free
  deeskalation: 'Wenn es am Schalter laut wird', // Tue 26.10. 09:00–15:00, Rathaus Stockheim, Fortbildung, Zwosta, de-escalation, free, 14 seats
  fuehrung: 'Neu an der Spitze', // Wed 27.10. and Thu 28.10. 09:00–16:00, Landratsamt, Fortbildung, Dr. Hümmer, 520 €, new managers, deadline Wed 13.10. 12:00
  ozg: 'Vom Papier zum Portal', // Thu 28.10. 10:00–12:00, online, AKDB, Stöcker, OZG / BayernPortal, free
  tvoed: 'TVöD kompakt: Eingruppierung und Stufenzuordnung', // Tue 02.11. 09:00–12:30, online, BVS, Deuerling, 180 €
  ergonomie: 'Gut sitzen, besser arbeiten', // Wed 03.11. 10:00–11:30, online, KUVB, Welsch, ergonomics, free
  zeit: 'Der Tag hat nur acht Stunden', // Thu 04.11. 18:00–20:30, online, VHS, Wich, time management, 49 €
  eakte: 'Ordnung ohne Ordner', // Tue 09.11. 09:00–12:00, Rathaus Ludwigsstadt, AKDB, Stöcker, e-file, only Ludwigsstadt/Teuschnitz/Tettau, free
  haushalt: 'Kommunales Haushaltsrecht in Bayern: Haushaltsplan, Nachtrag, Jahresrechnung', // Thu 11.11. 09:00–16:00, Rathaus Kronach, BVS, Dr. Pfadenhauer, 210 €, deadline Thu 28.10. 23:59
  klartext: 'Klartext statt Amtsdeutsch', // Tue 16.11. 09:00–15:30, VHS-Haus Kronach, VHS, Löffler, 120 €, plain language
  sitzung: 'Sitzungsdienst nach der Bayerischen Gemeindeordnung', // Wed 17.11. 09:00–16:00, Rathaus Teuschnitz, BVS, Gareis, 190 €, deadline Wed 03.11. 12:00
  baurecht: 'Bauanträge sicher prüfen: Bayerische Bauordnung für die Praxis', // Tue 23.11. 09:00–16:00, Landratsamt, Fortbildung, Kotschenreuther, 230 €
  barrierefrei: 'Dokumente für alle', // Thu 25.11. 13:00–16:00, online, VHS, Löffler, accessible Word/PDF, 69 €
  friedhof: 'Friedhofs- und Bestattungsrecht in Bayern', // Wed 01.12. 09:00–16:00, Rathaus Wallenfels, BVS, Schülein, 190 €
  socialMedia: 'Social Media für Gemeinden: Facebook und Instagram rechtssicher nutzen', // draft (Thu 18.11., online)
  waermeplanung: 'Kommunale Wärmeplanung: Einstieg für kleine Gemeinden', // draft (Tue 30.11.)
  powerpoint: 'Überzeugend präsentieren mit PowerPoint', // cancelled (Fri 15.10.2027, online)
  motorsaege: 'Sicherer Umgang mit der Motorsäge im Bauhof', // cancelled (Fri 22.10.2027, Bauhof Wallenfels, KUVB)
  grundsteuer: 'Die neue Grundsteuer in Bayern: Bescheide und Einsprüche', // past (Thu 16 September 2027, BVS)
  outlook: 'E-Mail-Flut bändigen: Outlook effizient nutzen', // past (Tue 21 September 2027, online)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.socialMedia, T.waermeplanung, T.powerpoint, T.motorsaege, T.grundsteuer, T.outlook];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  // This week: by position, then back to the first one.
  { conv: 'woche', q: 'Was läuft diese Woche noch?', kind: 'list', titles: [T.excel, T.phishing, T.datenschutz] },
  {
    conv: 'woche',
    q: 'Wann genau ist der zweite?',
    kind: 'facts',
    titles: [T.phishing],
    says: ['am Mi., 06.10.2027 von 09:00 bis 11:30 Uhr'],
  },
  {
    conv: 'woche',
    q: 'Und wo findet der dritte statt?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: [/im Landratsamt Kronach.* oder online/],
  },
  { conv: 'woche', q: 'und der erste?', kind: 'facts', titles: [T.excel], says: ['im VHS-Haus Kronach'] },
  { conv: 'woche', q: 'Wer leitet den?', kind: 'facts', titles: [T.excel], says: ['leitet Frau Monika Fehn'] },
  // The KUVB's offer: switching by place, then narrowing to a month.
  {
    conv: 'kuvb',
    q: 'Was bietet die KUVB an?',
    kind: 'list',
    ...only(T.ersteHilfe, T.stress, T.winterdienst, T.ergonomie),
  },
  {
    conv: 'kuvb',
    q: 'Wann ist der in Pressig?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['am Di., 12.10.2027 von 08:30 bis 16:30 Uhr'],
  },
  {
    conv: 'kuvb',
    q: 'Und was ist mit dem in Küps?',
    kind: 'facts',
    titles: [T.winterdienst],
    says: ['am Mi., 20.10.2027 von 09:00 bis 15:00 Uhr'],
  },
  { conv: 'kuvb', q: 'Kostet der was?', kind: 'facts', titles: [T.winterdienst], says: ['ist kostenlos'] },
  { conv: 'kuvb', q: 'nur im November', kind: 'list', titles: [T.ergonomie] },
  // Phishing (typo), then another seminar named by its subject.
  { conv: 'phish', q: 'any training on phising emails?', locale: 'en', kind: 'list', titles: [T.phishing] },
  {
    conv: 'phish',
    q: 'is it online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['takes place online'],
  },
  {
    conv: 'phish',
    q: 'how long does it take?',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['lasts 2.5 hours, from 09:00 to 11:30'],
  },
  {
    conv: 'phish',
    q: 'and the data protection one?',
    locale: 'en',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['lasts 2.5 hours, from 13:00 to 15:30'],
  },
  // Next week: first and third, then only the online one.
  {
    conv: 'naechste',
    q: 'Was gibt es nächste Woche?',
    kind: 'list',
    titles: [T.ersteHilfe, T.stress, T.english],
  },
  {
    conv: 'naechste',
    q: 'Wann beginnt der erste?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['beginnt am Di., 12.10.2027 um 08:30 Uhr'],
  },
  {
    conv: 'naechste',
    q: 'und der dritte?',
    kind: 'facts',
    titles: [T.english],
    says: ['beginnt am Do., 14.10.2027 um 09:00 Uhr'],
  },
  { conv: 'naechste', q: 'nur online', kind: 'list', titles: [T.stress] },
  {
    conv: 'naechste',
    q: 'Sind da noch Plätze frei?',
    kind: 'facts',
    titles: [T.stress],
    says: ['noch 30 von 30 Plätzen frei'],
  },
  // Online in November: by position, only the free ones, then one named by its subject.
  {
    conv: 'nov',
    q: 'which online seminars are there in November?',
    locale: 'en',
    kind: 'list',
    titles: [T.tvoed, T.ergonomie, T.zeit, T.barrierefrei],
  },
  {
    conv: 'nov',
    q: 'when does the third one start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.zeit],
    says: ['starts on Thu, 4 Nov 2027 at 18:00'],
  },
  { conv: 'nov', q: 'only the free ones', locale: 'en', kind: 'list', titles: [T.ergonomie] },
  {
    conv: 'nov',
    q: 'how long is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ergonomie],
    says: ['lasts 1.5 hours, from 10:00 to 11:30'],
  },
  {
    conv: 'nov',
    q: 'and the TVöD course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.tvoed],
    says: ['lasts 3.5 hours, from 09:00 to 12:30'],
  },
  // The Bauhof: the winter-service course, and the cancelled chainsaw course asked in between.
  { conv: 'bauhof', q: 'Gibt es was für unsere Leute vom Bauhof?', kind: 'list', titles: [T.winterdienst] },
  {
    conv: 'bauhof',
    q: 'Findet das vor Ort statt?',
    kind: 'facts',
    titles: [T.winterdienst],
    says: ['findet in Präsenz statt, im Rathaus Küps'],
  },
  { conv: 'bauhof', q: 'Und der Motorsägenkurs?', kind: 'gone', gone: T.motorsaege },
  {
    conv: 'bauhof',
    q: 'Bis wann kann man sich für den Winterdienst-Kurs anmelden?',
    kind: 'facts',
    titles: [T.winterdienst],
    says: ['bis Fr., 15.10.2027, 12:00 Uhr'],
  },
  // A new team leader: the leadership course, then a new search by subject.
  {
    conv: 'fuehrung',
    q: 'ich werde bald teamleiterin, gibt es dafür ein seminar?',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'fuehrung',
    q: 'An welchen Tagen ist das?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Mi., 27.10.2027 und Do., 28.10.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  { conv: 'fuehrung', q: 'Was kostet das?', kind: 'facts', titles: [T.fuehrung], says: ['kostet 520 €'] },
  {
    conv: 'fuehrung',
    q: 'Gibt es auch etwas zum Umgang mit aggressiven Besuchern?',
    kind: 'list',
    titles: [T.deeskalation],
  },
  {
    conv: 'fuehrung',
    q: 'Wo ist das?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['im Rathaus Stockheim'],
  },
  // The Verwaltungsschule in November: by position and by place, then back to the first.
  {
    conv: 'bvs',
    q: 'Welche Seminare macht die BVS im November?',
    kind: 'list',
    titles: [T.tvoed, T.haushalt, T.sitzung],
  },
  {
    conv: 'bvs',
    q: 'Bis wann muss ich mich für den zweiten anmelden?',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['bis Do., 28.10.2027, 23:59 Uhr'],
  },
  {
    conv: 'bvs',
    q: 'Und der in Teuschnitz?',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['bis Mi., 03.11.2027, 12:00 Uhr'],
  },
  { conv: 'bvs', q: 'Wer leitet den?', kind: 'facts', titles: [T.sitzung], says: ['leitet Frau Petra Gareis'] },
  { conv: 'bvs', q: 'und der erste?', kind: 'facts', titles: [T.tvoed], says: ['leitet Herr Markus Deuerling'] },
  // AI, then the OZG seminar named by its subject.
  { conv: 'ki', q: 'anything on ChatGPT or AI?', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    conv: 'ki',
    q: 'is it online or in person?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: [/is hybrid: at Landratsamt Kronach.* or online/],
  },
  {
    conv: 'ki',
    q: 'when does it start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['starts on Thu, 21 Oct 2027 at 13:00'],
  },
  {
    conv: 'ki',
    q: 'and the OZG one?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ozg],
    says: ['starts on Thu, 28 Oct 2027 at 10:00'],
  },
  // The English course, then the Excel course named by its subject.
  { conv: 'english', q: 'any courses held in English?', locale: 'en', kind: 'list', titles: [T.english] },
  {
    conv: 'english',
    q: "what's the registration deadline?",
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 1 Oct 2027, 12:00'],
  },
  {
    conv: 'english',
    q: 'where is it held?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['takes place at Landratsamt Kronach'],
  },
  {
    conv: 'english',
    q: 'and what about the excel course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['takes place at VHS-Haus Kronach'],
  },
  // A trainer's courses: one named by its subject, then "the other one".
  {
    conv: 'pfad',
    q: 'which courses does Dr. Pfadenhauer teach?',
    locale: 'en',
    kind: 'list',
    ...only(T.vergabe, T.haushalt),
  },
  {
    conv: 'pfad',
    q: 'how much is the procurement one?',
    locale: 'en',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['costs €240'],
  },
  {
    conv: 'pfad',
    q: 'and the other one?',
    locale: 'en',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['costs €210'],
  },
  {
    conv: 'pfad',
    q: 'when is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['on Thu, 11 Nov 2027 from 09:00 to 16:00'],
  },
  // --- single questions: facts, topic searches, filters ----------------------------------------------------------------
  { q: 'Wie teuer ist der Exel-Kurs?', kind: 'facts', titles: [T.excel], says: ['kostet 85 €'] },
  {
    q: 'wann ist das seminar zu zeitmanagement',
    kind: 'facts',
    titles: [T.zeit],
    says: ['am Do., 04.11.2027 von 18:00 bis 20:30 Uhr'],
  },
  { q: 'Gibt es auch Kurse am Abend?', kind: 'list', titles: [T.zeit] },
  { q: 'Ist heute noch was?', kind: 'list', titles: [T.excel] },
  { q: 'Seminare, die höchstens zwei Stunden dauern', kind: 'list', ...only(T.stress, T.ozg, T.ergonomie) },
  { q: 'Was gibt es in Wallenfels?', kind: 'list', titles: [T.friedhof] },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'Wann ist der PowerPoint-Kurs?', kind: 'gone', gone: T.powerpoint },
  { q: 'Grundsteuer Seminar', kind: 'gone', gone: T.grundsteuer, says: ['Do., 16.09.2027'] },
  { q: 'outlook schulung wann', kind: 'gone', gone: T.outlook, says: ['Di., 21.09.2027'] },
  { q: 'Social Media Schulung', kind: 'none' },
  { q: 'SAP Schulung', kind: 'none' },
  { q: 'Servus!', kind: 'help' },
  { q: 'hi there', locale: 'en', kind: 'help' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-sixty-sixth, independent catalogue (Landkreis Kronach, BVS, KUVB, AKDB, VHS Kronach)',
  {
    fixture: 'heldout266-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
