// Over-fitting check, two-hundred-and-fifty-ninth catalogue: the 2027 programme for the Landkreis Leer (Lower Saxony,
// East Frisia) and its towns and municipalities (Leer, Weener, Borkum, Westoverledingen, Moormerland, Rhauderfehn,
// Ostrhauderfehn, Samtgemeinde Jümme ...), with the Niedersächsisches Studieninstitut für kommunale Verwaltung (NSI),
// the county's Fortbildungsteam, the Kommunale Datenverarbeitung Oldenburg (KDO), the Unfallkasse Niedersachsen and the
// Kreisvolkshochschule Leer (KVHS), imported from a JSON file. Seminars take place in the Kreishaus Leer, the Rathaus
// Leer, the Bildungszentrum der KVHS Leer, the town halls of Weener, Moormerland, Rhauderfehn and Borkum, the Bauhof
// Westoverledingen, online or hybrid. Several titles do not name their subject ("Erst prüfen, dann klicken" is
// phishing, "Der digitale Kollege" AI, "Bilanz ziehen" the annual accounts, "Klartext, bitte!" plain language, "Sitzen
// Sie gut?" ergonomics, "Klönschnack am Tresen" Low German, "Goedemorgen, buurman!" Dutch, "Gut abgesichert" road works
// safety for the Bauhof, "Abschied vom Papier" the e-file, "Bescheide, die halten" administrative procedure law,
// "Formeln ohne Frust" Excel, "Kopf frei" stress, "Posten, aber richtig" social media, "Lage, Stab, Entscheidung" the
// crisis staff, "Mehr Luft im Kalender" time management), so only summary, description or topics reveal it; one
// seminar is held in English (on Borkum); the leadership course runs on two days; the e-file course is open only to
// Rhauderfehn, Ostrhauderfehn and the Samtgemeinde Jümme; first aid is free, paid by the Unfallkasse. The Lower Saxony
// summer holidays run from Thu 08.07. to Wed 18.08.2027: nothing is offered in them (the one course then is cancelled).
// Questions are written the way an acceptance tester would try the bot, mostly about times and places, with short
// follow-up conversations, about a sixth in English, without looking at the parser or the answers.
//
// Calendar around `now` (Wednesday 16 June 2027, 14:15 in Leer, summer time; winter time begins Sun 31.10.2027):
//   past:       Tue 11.05. fire wardens (Rathaus Westoverledingen), Tue 15.06. (yesterday) e-invoicing (online);
//               nothing more today
//   this week:  Thu 17.06. 09:00–11:00 phishing (online, tomorrow), Fri 18.06. 08:30–12:00 data protection
//               (Kreishaus Leer)
//   next week:  Mon 21.06. 13:30–16:00 AI (online), Tue 22.06. 09:00–12:00 annual accounts (Rathaus Leer), Wed 23.06.
//               09:00–12:30 plain language (hybrid, Kreishaus), Thu 24.06. 14:00–16:00 ergonomics (online)
//   week after: Tue 29.06. 08:00–16:00 first aid (Rathaus Moormerland), Wed 30.06. 09:00–15:30 procurement (Rathaus
//               Weener; deadline Fri 18.06. 12:00), Thu 01.07. 09:00–15:30 Low German (Bildungszentrum KVHS Leer)
//   July:       Tue 06.07. 18:00–20:00 Dutch (online, evening), Wed 07.07. 09:00–13:00 English (Rathaus Borkum;
//               deadline passed Fri 11.06. 23:59); summer holidays Thu 08.07.–Wed 18.08.: only the cancelled
//               chainsaw course (Tue 13.07.)
//   August:     Thu 19. trainees' induction day (Kreishaus, 08:30–15:00), Tue 24. road works safety (Bauhof
//               Westoverledingen, from 07:00), Thu 26. e-file (Rathaus Rhauderfehn, members only), Mon 30.
//               administrative procedure (Kreishaus)
//   September:  Wed 01. Excel (online, 90 €, no waitlist), Tue 07./Wed 08. leadership (Rathaus Leer, 420 €; deadline
//               Fri 06.08. 23:59), Thu 09. stress (Rathaus Weener, 14:00–16:30), Tue 14. social media (KVHS), Wed 22.
//               crisis staff (Kreishaus); the cancelled minute-taking course on Thu 23.09.
//   later:      Tue 05.10. time management (online), the draft accessible-PDF course on Wed 20.10., Wed 10.11. housing
//               benefit (online, CET), the draft cemetery course on Tue 16.11.
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-06-16T12:15:00Z'); // Wednesday, 16 June 2027, 14:15 in Leer (CEST)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Erst prüfen, dann klicken', // Thu 17.06. 09:00–11:00, online, KDO, Hinrichs, information security, free
  datenschutz: 'Datenschutz im Bürgerkontakt: Auskunft, Einwilligung, Datenpanne', // Fri 18.06. 08:30–12:00, Kreishaus Leer, Fortbildungsteam, Tammen, free
  ki: 'Der digitale Kollege', // Mon 21.06. 13:30–16:00, online, KDO, Hinrichs, AI / Copilot, free
  abschluss: 'Bilanz ziehen', // Tue 22.06. 09:00–12:00, Rathaus Leer, NSI, Dr. Frerichs, 195 €, annual accounts (Doppik)
  klartext: 'Klartext, bitte!', // Wed 23.06. 09:00–12:30, hybrid (Kreishaus Leer), Fortbildungsteam, Gerdes, plain language, free
  ergonomie: 'Sitzen Sie gut?', // Thu 24.06. 14:00–16:00, online, Unfallkasse, Buss, screen workplace ergonomics, free
  ersteHilfe: 'Erste Hilfe: Grundausbildung für betriebliche Ersthelfende', // Tue 29.06. 08:00–16:00, Rathaus Moormerland, Unfallkasse, Harms, free (Unfallkasse pays)
  vergabe: 'Vergaberecht kompakt: Aufträge unterhalb der EU-Schwellenwerte', // Wed 30.06. 09:00–15:30, Rathaus Weener, NSI, Ubben, 240 €, deadline Fri 18.06. 12:00
  platt: 'Klönschnack am Tresen', // Thu 01.07. 09:00–15:30, Bildungszentrum der KVHS Leer, KVHS, Janssen, 45 €, 14 seats, Low German
  dutch: 'Goedemorgen, buurman!', // Tue 06.07. 18:00–20:00, online, KVHS, de Boer, 60 €, Dutch taster evening
  english: 'Can I Help You? English for Citizen and Visitor Services', // Wed 07.07. 09:00–13:00, Rathaus Borkum, KVHS, McLeod, 85 €, in English, deadline passed Fri 11.06. 23:59
  azubis: 'Willkommen im Landkreis Leer: Einführungstag für Nachwuchskräfte', // Thu 19.08. 08:30–15:00, Kreishaus Leer, Fortbildungsteam, Gerdes, free
  absicherung: 'Gut abgesichert', // Tue 24.08. 07:00–15:00, Bauhof Westoverledingen, NSI, Wübbena, 160 €, road works safety (RSA 21)
  eakte: 'Abschied vom Papier', // Thu 26.08. 09:00–12:00, Rathaus Rhauderfehn, KDO, Eilers, e-file, only Rhauderfehn/Ostrhauderfehn/Jümme, free
  bescheide: 'Bescheide, die halten', // Mon 30.08. 09:00–16:00, Kreishaus Leer, NSI, Dr. Frerichs, 190 €, administrative procedure / objections
  excel: 'Formeln ohne Frust', // Wed 01.09. 09:00–12:00, online, KDO, Eilers, 90 € (Dienststelle pays), 12 seats, no waitlist, Excel
  fuehrung: 'Neu in der Führungsrolle', // Tue 07.09. and Wed 08.09. 09:00–16:30, Rathaus Leer, NSI, de Vries, 420 €, deadline Fri 06.08. 23:59
  stress: 'Kopf frei', // Thu 09.09. 14:00–16:30, Rathaus Weener, Unfallkasse, Buss, stress / resilience, free
  social: 'Posten, aber richtig', // Tue 14.09. 09:00–16:00, Bildungszentrum der KVHS Leer, KVHS, Saathoff, 120 €, social media
  krisenstab: 'Lage, Stab, Entscheidung', // Wed 22.09. 09:00–15:00, Kreishaus Leer, Fortbildungsteam, Onken, crisis staff exercise, free
  zeit: 'Mehr Luft im Kalender', // Tue 05.10. 09:00–12:00, online, KVHS, Saathoff, 49 €, time management
  wohngeld: 'Wohngeldrecht für Einsteiger', // Wed 10.11. 09:00–15:00 (CET), online, NSI, Ubben, 150 €
  pdf: 'Barrierefreie PDF-Dokumente erstellen', // draft (Wed 20.10.)
  friedhof: 'Grundkurs Friedhofsverwaltung', // draft (Tue 16.11.)
  motorsaege: 'Motorsägen-Grundkurs für Bauhöfe', // cancelled (Tue 13.07.2027)
  protokoll: 'Protokollführung in Rats- und Ausschusssitzungen', // cancelled (Thu 23.09.2027)
  erechnung: 'Die E-Rechnung im Rechnungseingang', // past (Tue 15 June 2027, yesterday)
  brandschutz: 'Ausbildung zur Brandschutzhelferin und zum Brandschutzhelfer', // past (Tue 11 May 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.pdf, T.friedhof, T.motorsaege, T.protokoll, T.erechnung, T.brandschutz];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'platt', q: 'gibt es was auf plattdeutsch?', kind: 'list', titles: [T.platt] },
  {
    conv: 'platt',
    q: 'wann ist das?',
    kind: 'facts',
    titles: [T.platt],
    says: ['am Do., 01.07.2027 von 09:00 bis 15:30 Uhr'],
  },
  { conv: 'platt', q: 'und wo?', kind: 'facts', titles: [T.platt], says: ['im Bildungszentrum der KVHS Leer'] },
  { conv: 'krise', q: 'gibt es eine übung für den krisenstab?', kind: 'list', titles: [T.krisenstab] },
  { conv: 'krise', q: 'wer leitet das?', kind: 'facts', titles: [T.krisenstab], says: ['leitet Herr Hauke Onken'] },
  {
    conv: 'krise',
    q: 'wie lange geht das',
    kind: 'facts',
    titles: [T.krisenstab],
    says: ['dauert 6 Stunden, von 09:00 bis 15:00 Uhr'],
  },
  { conv: 'nl', q: 'do you have a dutch course', locale: 'en', kind: 'list', titles: [T.dutch] },
  {
    conv: 'nl',
    q: 'what time does it start',
    locale: 'en',
    kind: 'facts',
    titles: [T.dutch],
    says: ['starts on Tue, 6 Jul 2027 at 18:00'],
  },
  { conv: 'nl', q: 'how much is it', locale: 'en', kind: 'facts', titles: [T.dutch], says: ['costs €60'] },
  { conv: 'vergabe', q: 'schulung vergaberecht', kind: 'list', titles: [T.vergabe] },
  {
    conv: 'vergabe',
    q: 'bis wann muss ich mich anmelden',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Fr., 18.06.2027, 12:00 Uhr'],
  },
  { conv: 'chef', q: 'ich werde bald teamleiterin, gibt es dafür ein seminar?', kind: 'list', titles: [T.fuehrung] },
  {
    conv: 'chef',
    q: 'wann genau?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Di., 07.09.2027 und Mi., 08.09.2027', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  { conv: 'ki', q: 'gibt es eine schulung zu künstlicher intelligenz', kind: 'list', titles: [T.ki] },
  { conv: 'ki', q: 'ist das online oder vor ort?', kind: 'facts', titles: [T.ki], says: ['findet online statt'] },
  { conv: 'borkum', q: 'anything on Borkum?', locale: 'en', kind: 'list', titles: [T.english] },
  {
    conv: 'borkum',
    q: 'what is the registration deadline',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 11 Jun 2027, 23:59'],
  },
  // --- facts -----------------------------------------------------------------------------------------------------------
  {
    q: 'wann ist die phishing schulung',
    kind: 'facts',
    titles: [T.phishing],
    says: ['am Do., 17.06.2027 von 09:00 bis 11:00 Uhr'],
  },
  { q: 'wo findet die stressbewältigung statt', kind: 'facts', titles: [T.stress], says: ['im Rathaus Weener'] },
  {
    q: 'was kostet der excel kurs',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 90 €'],
    mentions: ['Die Gebühr trägt die entsendende Dienststelle.'],
  },
  { q: 'wer hält das wohngeld seminar', kind: 'facts', titles: [T.wohngeld], says: ['leitet Herr Jan Ubben'] },
  {
    q: 'wie lange dauert der einführungstag für azubis',
    kind: 'facts',
    titles: [T.azubis],
    says: ['dauert 6,5 Stunden, von 08:30 bis 15:00 Uhr'],
  },
  {
    q: 'um wie viel uhr fängt die RSA schulung an',
    kind: 'facts',
    titles: [T.absicherung],
    says: ['Di., 24.08.2027', '07:00'],
  },
  {
    q: 'klartext seminar: kann ich da auch online teilnehmen?',
    kind: 'facts',
    titles: [T.klartext],
    says: [/im Kreishaus Leer.* oder online/],
  },
  {
    q: 'sind beim excel kurs noch plätze frei',
    kind: 'facts',
    titles: [T.excel],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  { q: 'how much is the english course', locale: 'en', kind: 'facts', titles: [T.english], says: ['costs €85'] },
  {
    q: 'where is the first aid training',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['takes place at Rathaus Moormerland'],
  },
  // --- topic searches: typos, words only in summary or description, everyday words -----------------------------------
  { q: 'datenpanne', kind: 'list', titles: [T.datenschutz] },
  { q: 'chatgpt im büro', kind: 'list', titles: [T.ki] },
  { q: 'amtsdeutsch', kind: 'list', titles: [T.klartext] },
  { q: 'rückenschmerzen vom sitzen', kind: 'list', titles: [T.ergonomie] },
  { q: 'exel kurs', kind: 'list', titles: [T.excel] },
  { q: 'ich bin total gestresst', kind: 'list', titles: [T.stress] },
  { q: 'baustelle an der straße absichern', kind: 'list', titles: [T.absicherung] },
  { q: 'instagram für die gemeinde', kind: 'list', titles: [T.social] },
  { q: 'etwas für meine gesundheit', kind: 'list', ...only(T.ergonomie, T.stress) },
  // --- time filters: this week, tomorrow, next week, holidays, months, weekday, time of day ---------------------------
  { q: 'was ist diese woche noch?', kind: 'list', titles: [T.phishing, T.datenschutz] },
  { q: 'gibt es morgen ein seminar?', kind: 'list', titles: [T.phishing] },
  { q: 'nächste woche vormittags', kind: 'list', titles: [T.abschluss, T.klartext] },
  { q: 'anything next week in the afternoon', locale: 'en', kind: 'list', titles: [T.ki, T.ergonomie] },
  { q: 'was ist übernächste woche', kind: 'list', titles: [T.ersteHilfe, T.vergabe, T.platt] },
  { q: 'was läuft im juli', kind: 'list', titles: [T.platt, T.dutch, T.english] },
  {
    miss: 'the summer holidays are the school holidays of the state (Lower Saxony: 8 July to 18 August 2027), which the catalogue does not give; "sommerferien" is read as a word',
    q: 'was bietet die kvhs vor den sommerferien an',
    kind: 'list',
    titles: [T.platt, T.dutch, T.english],
  },
  {
    miss: 'the summer holidays are the school holidays of the state (Lower Saxony: 8 July to 18 August 2027), which the catalogue does not give; "sommerferien" is read as a word',
    q: 'online seminare nach den sommerferien',
    kind: 'list',
    titles: [T.excel, T.zeit, T.wohngeld],
  },
  { q: 'gibt es etwas in den sommerferien', kind: 'none' },
  {
    q: "what's on in august",
    locale: 'en',
    kind: 'list',
    titles: [T.azubis, T.absicherung, T.eakte, T.bescheide],
  },
  { q: 'was gibt es im oktober', kind: 'list', titles: [T.zeit] },
  { q: 'gibt es auch abendkurse?', kind: 'list', titles: [T.dutch] },
  { q: 'gibt es auch seminare an einem freitag', kind: 'list', titles: [T.datenschutz] },
  { q: 'ist heute noch was?', kind: 'none' },
  // --- place, provider, trainer, cost, length filters -----------------------------------------------------------------
  { q: 'was gibt es in weener', kind: 'list', ...only(T.vergabe, T.stress) },
  {
    miss: 'the summer holidays are the school holidays of the state (Lower Saxony: 8 July to 18 August 2027), which the catalogue does not give; "sommerferien" is read as a word',
    q: 'seminare im kreishaus nach den sommerferien',
    kind: 'list',
    titles: [T.azubis, T.bescheide, T.krisenstab],
  },
  { q: 'was bietet die unfallkasse an', kind: 'list', ...only(T.ergonomie, T.ersteHilfe, T.stress) },
  { q: 'courses by the KDO', locale: 'en', kind: 'list', ...only(T.phishing, T.ki, T.eakte, T.excel) },
  { q: 'kurse bei frau eilers', kind: 'list', ...only(T.eakte, T.excel) },
  { q: 'kostenlose seminare im august', kind: 'list', titles: [T.azubis, T.eakte] },
  { q: 'mehrtägige seminare', kind: 'list', titles: [T.fuehrung] },
  { q: 'seminare, die höchstens zwei stunden dauern', kind: 'list', ...only(T.phishing, T.ergonomie, T.dutch) },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'wann ist der motorsägenkurs', kind: 'gone', gone: T.motorsaege },
  { q: 'e-rechnung schulung wann', kind: 'gone', gone: T.erechnung, says: ['Di., 15.06.2027'] },
  {
    q: 'when is the brandschutzhelfer training',
    locale: 'en',
    kind: 'gone',
    gone: T.brandschutz,
    says: ['Tue, 11 May 2027'],
  },
  { q: 'barrierefreie pdf', kind: 'none' },
  { q: 'Moin!', kind: 'help' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-fifty-ninth, independent catalogue (Landkreis Leer, NSI, Unfallkasse Niedersachsen)',
  {
    fixture: 'heldout259-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
