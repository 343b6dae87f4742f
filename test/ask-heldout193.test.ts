// Over-fitting check, hundred-and-ninety-third catalogue: the winter programme 2027/28 of the Landkreis Freyung-Grafenau
// (Bavaria) with the Bayerische Verwaltungsschule (BVS), the Landratsamt's Personalentwicklung, the AKDB, the Kommunale
// Unfallversicherung Bayern (KUVB) and the county's Volkshochschule (vhs), for the county and its towns and markets
// (Freyung, Grafenau, Waldkirchen, Spiegelau, Perlesreut, Schönberg), imported from a JSON file. Seminars take place in
// the Landratsamt in Freyung, the Kurhaus Freyung, the town halls of Grafenau, Waldkirchen, Spiegelau, Perlesreut and
// Schönberg, the Bauhof Waldkirchen and the Nationalparkzentrum Lusen in Neuschönau, online or hybrid. Several titles
// do not name their subject ("Nicht jeder Absender ist echt" is information security / phishing, "Durchatmen im Dienst"
// stress management, "Schreibhilfe aus der Maschine" AI, "Wenn jede Minute zählt" first aid, "Briefe, die ankommen"
// plain language, "Ruhig bleiben, wenn es laut wird" de-escalation, "Papierlos glücklich" the e-file, "Gut gesessen ist
// halb gearbeitet" ergonomics, "Dokumente für alle" accessible documents, "Amtsgang vom Sofa aus" the OZG and the
// BayernPortal, "Die neue Rolle" leadership, "Gespräche, die keiner gern führt" difficult staff talks), so only summary,
// description or topics reveal it; one seminar is held in English; the leadership course runs on two days across the
// start of summer time; budget law runs on two consecutive days; the e-file course is open only to Spiegelau,
// Perlesreut and Schönberg; first aid is free, paid by the KUVB. Questions are written the way an acceptance tester
// would: short typed queries, polite full sentences and a quarter in English, without looking at the parser or the
// answers. Same assertions as the other suites: exactly the expected seminars (best first where one is clearly best),
// the asked fact in the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Tuesday 7 December 2027, 09:15 in Freyung, winter time; summer time begins Sun 26.03.2028):
//   this week:  today Tue 07.12. 13:30–16:00 phishing (online, AKDB, Hackl); Thu 09.12. 09:00–12:00 Excel (online, vhs);
//               nothing tomorrow (Wed 08.12.)
//   next week:  Mon 13.12. 09:00–12:00 data protection (hybrid, Landratsamt), Tue 14.12. 09:00–12:30 English (Rathaus
//               Grafenau; deadline passed Fri 03.12. 23:59), Wed 15.12. 13:30–16:00 stress (online, KUVB), Thu 16.12.
//               13:00–16:00 AI (hybrid, Landratsamt, Hackl)
//   then:       nothing from Fri 17.12.2027 to Mon 10.01.2028 except the cancelled winter-service course (Tue 21.12.)
//   January:    Tue 11. first aid (Waldkirchen, 08:30–16:30), Thu 13. plain language (Grafenau), Mon 17. property tax
//               (online, 09:00–12:30), Wed 19. OK.EWO (online; deadline = start), Tue 25. procurement law (Landratsamt;
//               deadline Fri 07.01. 12:00), Thu 27. de-escalation (Schönberg, 12 seats)
//   February:   Wed 09. e-file (Perlesreut, members only), Tue 15./Wed 16. budget law (Kurhaus Freyung), Thu 24.
//               ergonomics (online, 14:00–15:30); the cancelled social-media course on Wed 16.02.
//   March:      Wed 01. accessible documents (online), Wed 08. council meetings (Spiegelau, 16 seats), Tue 14. OZG
//               (online), Thu 23.03. (CET) and Thu 06.04. (CEST) leadership (Nationalparkzentrum Lusen), Wed 29.03.
//               difficult staff talks (Landratsamt, CEST); the draft hunting-law course on Thu 02.03.
//   April:      Tue 11. safety instruction at the Bauhof (Waldkirchen), Thu 20. project management (hybrid, Grafenau);
//               the draft cemetery course on Tue 18.04.
//   past:       Thu 14.10.2027 naturalisation (Landratsamt), Tue 16.11.2027 lost property office (Waldkirchen).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-12-07T08:15:00Z'); // Tuesday, 7 December 2027, 09:15 in Freyung (CET)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Nicht jeder Absender ist echt', // Tue 07.12. 13:30–16:00, online, AKDB, Hackl, information security, free
  excel: 'Tabellen im Griff: Excel für die Sachbearbeitung', // Thu 09.12. 09:00–12:00, online, vhs, Stadler, 75 €
  datenschutz: 'Datenschutz im Bürgerbüro: Auskunft, Übermittlung, Löschfristen', // Mon 13.12. 09:00–12:00, hybrid (Landratsamt), free
  english: 'Welcome to the Bavarian Forest: English at the Counter', // Tue 14.12. 09:00–12:30, Rathaus Grafenau, vhs, 110 €, deadline passed Fri 03.12. 23:59
  stress: 'Durchatmen im Dienst', // Wed 15.12. 13:30–16:00, online, KUVB, Weinberger, stress management, free
  ki: 'Schreibhilfe aus der Maschine', // Thu 16.12. 13:00–16:00, hybrid (Landratsamt), AKDB, Hackl, AI / ChatGPT, free
  ersteHilfe: 'Wenn jede Minute zählt', // Tue 11.01. 08:30–16:30, Rathaus Waldkirchen, KUVB, Pauli, first aid, free (KUVB pays)
  briefe: 'Briefe, die ankommen', // Thu 13.01. 09:00–16:00, Rathaus Grafenau, BVS, Dr. Wimmer, plain language, 185 €
  grundsteuer: 'Grundsteuer in Bayern: Veranlagung nach dem Flächenmodell', // Mon 17.01. 09:00–12:30, online, BVS, Pletl, 120 €
  ewo: 'OK.EWO kompakt: Neuerungen im Meldewesen 2028', // Wed 19.01. 09:00–12:00, online, AKDB, Moser, 95 €, deadline = start
  vergabe: 'Einkaufen nach Vorschrift: Vergaberecht unterhalb der EU-Schwellenwerte', // Tue 25.01. 09:00–16:00, Landratsamt, BVS, 240 €, deadline Fri 07.01. 12:00
  deeskalation: 'Ruhig bleiben, wenn es laut wird', // Thu 27.01. 09:00–15:00, Rathaus Schönberg, KUVB, Weinberger, free, 12 seats
  eakte: 'Papierlos glücklich', // Wed 09.02. 09:00–12:00, Rathaus Perlesreut, AKDB, Gruber, e-file, only Spiegelau/Perlesreut/Schönberg, free
  haushalt: 'Der Haushalt im Blick: Kommunales Haushaltsrecht für Einsteiger', // Tue 15.02. and Wed 16.02. 09:00–16:00, Kurhaus Freyung, BVS, Pletl, 360 €
  ergonomie: 'Gut gesessen ist halb gearbeitet', // Thu 24.02. 14:00–15:30, online, KUVB, Brandl, ergonomics, free
  dokumente: 'Dokumente für alle', // Wed 01.03. 09:00–12:00, online, vhs, Stadler, accessible documents, 65 €
  sitzung: 'Von der Ladung bis zur Niederschrift: Sitzungsdienst im Gemeinderat', // Wed 08.03. 09:00–16:00, Rathaus Spiegelau, BVS, 195 €, 16 seats
  ozg: 'Amtsgang vom Sofa aus', // Tue 14.03. 13:00–16:00, online, AKDB, Moser, OZG / BayernPortal, free
  fuehrung: 'Die neue Rolle', // Thu 23.03. (CET) and Thu 06.04. (CEST) 09:00–16:00, Nationalparkzentrum Lusen, LRA PE, Dr. Achatz, 420 €, new managers
  gespraeche: 'Gespräche, die keiner gern führt', // Wed 29.03. 09:00–16:00 (CEST), Landratsamt, LRA PE, Dr. Achatz, 150 €, managers
  bauhof: 'Unterweisen, aber richtig: Arbeitsschutz im Bauhof', // Tue 11.04. 09:00–15:00, Bauhof Waldkirchen, KUVB, Brandl, free
  projekt: 'Projekte sicher ins Ziel bringen: Projektmanagement in der Kommune', // Thu 20.04. 09:00–16:00, hybrid (Rathaus Grafenau), BVS, Dr. Kreuzer, 230 €
  jagd: 'Jagdrecht kompakt für die untere Jagdbehörde', // draft (Thu 02.03.2028)
  friedhof: 'Friedhofsverwaltung: Gebühren, Grabnutzungsrechte und Satzung', // draft (Tue 18.04.2028)
  winterdienst: 'Winterdienst rechtssicher organisieren: Räumen, Streuen, Dokumentieren', // cancelled (Tue 21.12.2027)
  socialMedia: 'Social Media für Gemeinden: Instagram, Facebook und Co.', // cancelled (Wed 16.02.2028)
  einbuergerung: 'Einbürgerung nach dem neuen Staatsangehörigkeitsrecht', // past (Thu 14 October 2027)
  fundbuero: 'Fundsachen, Fundtiere, Fundräder: das Fundbüro in der Gemeinde', // past (Tue 16 November 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.jagd, T.friedhof, T.winterdienst, T.socialMedia, T.einbuergerung, T.fundbuero];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  {
    q: 'kosten excel kurs',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 75 €'],
    mentions: ['Die Kursgebühr wird der entsendenden Dienststelle in Rechnung gestellt.'],
  },
  {
    q: 'How much does the English counter course cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['costs €110'],
  },
  {
    q: 'erste hilfe gebühr',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die KUVB für ihre Mitgliedsverwaltungen.'],
  },
  // --- facts: when (two consecutive days; two days across the start of summer time), start time, duration -------------
  {
    q: 'wann ist datenschutz im bürgerbüro',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['am Mo., 13.12.2027 von 09:00 bis 12:00 Uhr'],
  },
  {
    q: 'When is the course on municipal budget law?',
    locale: 'en',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['on 2 days', 'Tue, 15 Feb 2028 and Wed, 16 Feb 2028', 'each from 09:00 to 16:00'],
  },
  {
    q: 'Können Sie mir sagen, wann das Seminar „Die neue Rolle“ stattfindet?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 23.03.2028 und Do., 06.04.2028', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'what time does the phishing training start',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['starts on Tue, 7 Dec 2027 at 13:30'],
  },
  {
    q: 'Wie lange dauert die Schulung zum ergonomischen Arbeitsplatz?',
    kind: 'facts',
    titles: [T.ergonomie],
    says: ['dauert 1,5 Stunden, von 14:00 bis 15:30 Uhr'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  {
    q: 'Where does the leadership course for new managers take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['takes place at Nationalparkzentrum Lusen'],
  },
  {
    q: 'Wo findet die Schulung zur Barrierefreiheit statt?',
    kind: 'facts',
    titles: [T.dokumente],
    says: ['findet online statt'],
  },
  {
    q: 'projektmanagement online oder präsenz',
    kind: 'facts',
    titles: [T.projekt],
    says: ['findet hybrid statt: im Rathaus Grafenau'],
  },
  { q: 'ist die ozg schulung online?', kind: 'facts', titles: [T.ozg], says: ['findet online statt'] },
  { q: 'wer leitet deeskalation', kind: 'facts', titles: [T.deeskalation], says: ['leitet Frau Theresa Weinberger'] },
  {
    q: 'Wer ist der Referent beim Haushaltsrecht?',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['leitet Herr Georg Pletl'],
  },
  { q: 'anmeldeschluss vergaberecht', kind: 'facts', titles: [T.vergabe], says: ['bis Fr., 07.01.2028, 12:00 Uhr'] },
  {
    q: 'registration deadline english course',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 3 Dec 2027, 23:59'],
  },
  {
    q: 'Bis wann kann ich mich für die OK.EWO-Schulung anmelden?',
    kind: 'facts',
    titles: [T.ewo],
    says: ['bis Mi., 19.01.2028, 09:00 Uhr'],
  },
  { q: 'sitzungsdienst noch plätze frei', kind: 'facts', titles: [T.sitzung], says: ['noch 16 von 16 Plätzen frei'] },
  {
    q: 'Sind beim Deeskalationstraining noch Plätze frei?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  {
    conv: 'stress',
    q: 'Ich bin in letzter Zeit ziemlich gestresst. Gibt es dazu ein Seminar?',
    kind: 'list',
    titles: [T.stress],
  },
  {
    conv: 'stress',
    q: 'Und wann findet das statt?',
    kind: 'facts',
    titles: [T.stress],
    says: ['am Mi., 15.12.2027 von 13:30 bis 16:00 Uhr'],
  },
  { conv: 'stress', q: 'ist das online?', kind: 'facts', titles: [T.stress], says: ['findet online statt'] },
  { conv: 'akte', q: 'is there any training on the electronic file', locale: 'en', kind: 'list', titles: [T.eakte] },
  {
    conv: 'akte',
    q: 'where is it held?',
    locale: 'en',
    kind: 'facts',
    titles: [T.eakte],
    says: ['takes place at Rathaus Perlesreut'],
  },
  {
    conv: 'akte',
    q: 'Who is the trainer?',
    locale: 'en',
    kind: 'facts',
    titles: [T.eakte],
    says: ['is led by Herr Matthias Gruber'],
  },
  {
    conv: 'bescheide',
    q: 'Wie formuliere ich Bescheide so, dass die Bürger sie auch verstehen?',
    kind: 'list',
    titles: [T.briefe],
  },
  { conv: 'bescheide', q: 'Was kostet das?', kind: 'facts', titles: [T.briefe], says: ['kostet 185 €'] },
  {
    conv: 'bescheide',
    q: 'Und wo findet der statt?',
    kind: 'facts',
    titles: [T.briefe],
    says: ['im Rathaus Grafenau'],
  },
  // --- topic searches: words only in summary or description, synonyms, typos -------------------------------------------
  { q: 'informationsicherheit', kind: 'list', titles: [T.phishing] },
  { q: 'chatgpt', kind: 'list', titles: [T.ki] },
  { q: 'defibrilator', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'bayernportal schulung', kind: 'list', titles: [T.ozg] },
  { q: 'pivot tabellen', kind: 'list', titles: [T.excel] },
  { q: 'Gibt es etwas zum Umgang mit aggressiven Bürgern?', kind: 'list', titles: [T.deeskalation] },
  { q: 'arbeitsschutz unterweisung', kind: 'list', titles: [T.bauhof] },
  { q: 'mitarbeitergespräche', kind: 'list', titles: [T.gespraeche] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, length, cost, language ----------------
  { q: 'was steht diese woche noch an', kind: 'list', titles: [T.phishing, T.excel] },
  { q: 'was ist heute', kind: 'list', titles: [T.phishing] },
  { q: 'naechste woche nachmittags', kind: 'list', titles: [T.stress, T.ki] },
  { q: 'anything next week in the morning', locale: 'en', kind: 'list', titles: [T.datenschutz, T.english] },
  {
    q: 'was gibts im januar',
    kind: 'list',
    titles: [T.ersteHilfe, T.briefe, T.grundsteuer, T.ewo, T.vergabe, T.deeskalation],
  },
  { q: 'online seminare im januar', kind: 'list', titles: [T.grundsteuer, T.ewo] },
  { q: 'kostenlose seminare februar', kind: 'list', titles: [T.eakte, T.ergonomie] },
  { q: 'präsenzseminare im februar', kind: 'list', titles: [T.eakte, T.haushalt] },
  {
    q: 'whats on in march',
    locale: 'en',
    kind: 'list',
    titles: [T.dokumente, T.sitzung, T.ozg, T.fuehrung, T.gespraeche],
  },
  { q: 'seminare in waldkirchen', kind: 'list', ...only(T.ersteHilfe, T.bauhof) },
  { q: 'kurse von herrn hackl', kind: 'list', ...only(T.phishing, T.ki) },
  {
    q: 'Welche Seminare bietet die Kommunale Unfallversicherung Bayern an?',
    kind: 'list',
    ...only(T.stress, T.ersteHilfe, T.deeskalation, T.ergonomie, T.bauhof),
  },
  {
    q: 'Which courses does the BVS offer?',
    locale: 'en',
    kind: 'list',
    ...only(T.briefe, T.grundsteuer, T.vergabe, T.haushalt, T.sitzung, T.projekt),
  },
  { q: 'ich bin führungskraft, was gibt es für mich', kind: 'list', ...only(T.fuehrung, T.gespraeche) },
  { q: 'mehrtägige seminare', kind: 'list', ...only(T.haushalt, T.fuehrung) },
  { q: 'any courses in english', locale: 'en', kind: 'list', titles: [T.english] },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'winterdienst lehrgang wann', kind: 'gone', gone: T.winterdienst },
  { q: 'social media kurs kosten', kind: 'gone', gone: T.socialMedia },
  {
    q: 'Wann war die Schulung zum neuen Einbürgerungsrecht?',
    kind: 'gone',
    gone: T.einbuergerung,
    says: ['Do., 14.10.2027'],
  },
  { q: 'When was the Fundbüro seminar?', locale: 'en', kind: 'gone', gone: T.fundbuero, says: ['Tue, 16 Nov 2027'] },
  { q: 'jagdrecht', kind: 'none' },
  { q: 'friedhofsverwaltung kurs', kind: 'none' },
  { q: 'Bieten Sie auch etwas zu Photovoltaik an?', kind: 'none' },
  { q: 'forklift licence training', locale: 'en', kind: 'none' },
  { q: 'anything between 20 December and 7 January', locale: 'en', kind: 'none' },
  { q: 'hallo', kind: 'help' },
  { q: 'hi', locale: 'en', kind: 'help' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a hundred-and-ninety-third, independent catalogue (Landkreis Freyung-Grafenau, BVS, KUVB)',
  {
    fixture: 'heldout193-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
