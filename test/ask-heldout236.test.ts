// Over-fitting check, two-hundred-and-thirty-sixth catalogue: the 2027 programme for the Landkreis Miltenberg (Bavaria)
// and its towns and markets (Miltenberg, Erlenbach am Main, Obernburg, Amorbach, Klingenberg, Elsenfeld), with the
// Bayerische Verwaltungsschule (BVS), the AKDB, the Kommunale Unfallversicherung Bayern (KUVB), the Volkshochschule
// Miltenberg and the Landratsamt's Personalentwicklung, imported from a JSON file. Seminars take place in the
// Landratsamt in Miltenberg, the Rathaus Erlenbach a.Main, the Bürgerzentrum Elsenfeld, the Kulturzentrum Kochsmühle
// and the Rathaus in Obernburg, the Rathaus Amorbach, the Stadthalle Klingenberg, online or hybrid. Several titles do
// not name their subject ("Der falsche Chef am Telefon" is CEO fraud / social engineering, "Nie wieder Terminchaos"
// Outlook calendars and shared mailboxes, "Der erste Eindruck zählt" telephone manners, "Raus aus dem Sitzmarathon"
// back pain and exercise breaks, "Der digitale Kollege" AI, "Für alle lesbar" accessible PDFs, "Neue Rolle, neue Wege"
// leadership, "Ruhe bewahren, wenn es laut wird" de-escalation, "Papierlos ins Rathaus" the e-file, "Akku leer?"
// stress and burnout, "Anträge rund um die Uhr" the OZG / BayernPortal, "Den Tag im Griff" time management), so only
// summary, description or topics reveal it; one seminar is held in English; the leadership course runs on two
// consecutive days; the e-file course is open only to Erlenbach, Klingenberg and Elsenfeld; first aid is free, paid by
// the KUVB; two seminars are held in the evening (18:00). Bavarian school holidays 2027: Pfingstferien Tue 18.05.–Fri
// 28.05., Sommerferien Mon 02.08.–Mon 13.09. Questions are written the way an acceptance tester would try the bot,
// with short follow-up conversations and questions about dates, weekdays, holidays, places, budgets and lengths, about
// a fifth in English, without looking at the parser or the answers.
//
// Calendar around `now` (Wednesday 14 April 2027, 10:00 in Miltenberg, summer time; winter time begins Sun 31.10.2027):
//   this week:  nothing more today; Thu 15.04. 09:00–12:00 CEO fraud (online, tomorrow), Fri 16.04. 13:00–16:00 data
//               protection (Landratsamt)
//   next week:  Mon 19.04. 09:00–12:30 budget law (Rathaus Erlenbach), Tue 20.04. 18:00–20:30 new council members
//               (Bürgerzentrum Elsenfeld, evening), Wed 21.04. 09:00–10:30 Outlook (online), Thu 22.04. 13:30–16:30
//               telephone (Kochsmühle Obernburg); deadline of the procurement course Fri 23.04. 12:00
//   then:       Tue 27.04. 14:00–15:00 exercise breaks (online), Thu 29.04. 09:00–12:00 cemeteries (Rathaus Amorbach)
//   May:        the cancelled social-media course (Tue 04.05.); Wed 05.05. procurement (Stadthalle Klingenberg; "in drei
//               Wochen", the only one in the week 03.–09.05., Ascension Thu 06.05.); Tue 11.05. 13:00–16:00 AI (hybrid,
//               Landratsamt); Wed 12.05. 09:00–11:30 Excel pivot (online); nothing in the Pfingstferien until Wed 26.05.
//               10:00–11:30 accessible PDFs (online); Mon 31.05. 09:00–16:00 residence law (Landratsamt)
//   June:       Thu 10.06. and Fri 11.06. 09:00–16:00 leadership (Bürgerzentrum Elsenfeld; deadline Fri 21.05. 23:59),
//               Tue 15.06. 08:30–16:30 first aid (Rathaus Obernburg, free), the cancelled weed-control course (Wed
//               23.06.), Thu 24.06. 09:00–12:30 English (Rathaus Amorbach, 85 €; deadline Fri 11.06. 23:59)
//   July:       Tue 06. de-escalation (Landratsamt, free), Wed 14. e-file (Rathaus Erlenbach, members only), Tue 20.
//               18:00–19:30 stress (online, evening)
//   Sommerferien (02.08.–13.09.): nothing
//   autumn:     Tue 21.09. building permits (hybrid, Landratsamt), Wed 29.09. 13:00–15:30 OZG (online), the draft driving
//               course (Thu 07.10.), Thu 14.10. time management (Kochsmühle Obernburg), the draft flood course (Wed
//               20.10.), Tue 16.11. (CET) 09:00–16:00 naming law (Stadthalle Klingenberg)
//   past:       Tue 09.03.2027 property tax (online), Thu 18.03.2027 cash audits (Landratsamt).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-04-14T08:00:00Z'); // Wednesday, 14 April 2027, 10:00 in Miltenberg (CEST)
const TZ = 'Europe/Berlin';

const T = {
  ceo: 'Der falsche Chef am Telefon', // Thu 15.04. 09:00–12:00, online, AKDB, Reinhardt, CEO fraud / social engineering, free
  datenschutz: 'Datenschutz in der Gemeindeverwaltung: Auskunft, Löschung, Datenpannen', // Fri 16.04. 13:00–16:00, Landratsamt, PE, Heß, free
  haushalt: 'Kommunales Haushaltsrecht in Bayern kompakt', // Mon 19.04. 09:00–12:30, Rathaus Erlenbach, BVS, Dr. Wörner, 120 €
  gemeinderat: 'Neu im Gemeinderat: Rechte und Pflichten nach der Gemeindeordnung', // Tue 20.04. 18:00–20:30, Bürgerzentrum Elsenfeld, BVS, Kunkel, 45 €
  outlook: 'Nie wieder Terminchaos', // Wed 21.04. 09:00–10:30, online, VHS, Bauer, 35 €, Outlook calendars / shared mailboxes
  telefon: 'Der erste Eindruck zählt', // Thu 22.04. 13:30–16:30, Kochsmühle Obernburg, VHS, Ullrich, 60 €, telephone / e-mail manners
  pause: 'Raus aus dem Sitzmarathon', // Tue 27.04. 14:00–15:00, online, KUVB, Ostheimer, free, back pain / exercise breaks
  friedhof: 'Friedhofsverwaltung: Grabnutzungsrechte und Gebühren', // Thu 29.04. 09:00–12:00, Rathaus Amorbach, BVS, Berninger, 95 €
  vergabe: 'Vergaberecht kompakt: UVgO und VOB/A', // Wed 05.05. 09:00–16:00, Stadthalle Klingenberg, BVS, Dr. Wörner, 240 €, 20 seats, deadline Fri 23.04. 12:00
  ki: 'Der digitale Kollege', // Tue 11.05. 13:00–16:00, hybrid (Landratsamt), AKDB, Reinhardt, free, AI / ChatGPT / Copilot
  pivot: 'Zahlen, die sprechen: Pivot-Tabellen in Excel', // Wed 12.05. 09:00–11:30, online, VHS, Bauer, 49 €
  barrierefrei: 'Für alle lesbar', // Wed 26.05. 10:00–11:30, online, AKDB, Kraus, free, accessible PDF / Word
  aufenthalt: 'Aufenthaltsrecht kompakt', // Mon 31.05. 09:00–16:00, Landratsamt, BVS, Dr. Adelmann, 190 €, Ausländerbehörde
  fuehrung: 'Neue Rolle, neue Wege', // Thu 10.06. and Fri 11.06. 09:00–16:00, Bürgerzentrum Elsenfeld, BVS, Sauer, 480 €, new managers, deadline Fri 21.05. 23:59
  ersteHilfe: 'Erste Hilfe am Arbeitsplatz: Ausbildung für Ersthelfende', // Tue 15.06. 08:30–16:30, Rathaus Obernburg, KUVB, Kempf, free (KUVB pays)
  english: 'Welcome to the Main Valley: English for Tourist Information', // Thu 24.06. 09:00–12:30, Rathaus Amorbach, VHS, Hughes, 85 €, deadline Fri 11.06. 23:59
  deeskalation: 'Ruhe bewahren, wenn es laut wird', // Tue 06.07. 09:00–15:00, Landratsamt, KUVB, Ostheimer, free
  eakte: 'Papierlos ins Rathaus', // Wed 14.07. 09:00–12:00, Rathaus Erlenbach, AKDB, Kraus, e-file, only Erlenbach/Klingenberg/Elsenfeld, free
  stress: 'Akku leer?', // Tue 20.07. 18:00–19:30, online, KUVB, Hofmann, free, stress / burnout
  bauantrag: 'Vom Bauantrag zur Baugenehmigung', // Tue 21.09. 09:00–16:00, hybrid (Landratsamt), BVS, Kunkel, 210 €
  ozg: 'Anträge rund um die Uhr', // Wed 29.09. 13:00–15:30, online, AKDB, Reinhardt, free, OZG / BayernPortal
  zeit: 'Den Tag im Griff', // Thu 14.10. 09:00–16:00, Kochsmühle Obernburg, VHS, Ullrich, 130 €, time management
  namensrecht: 'Das neue Namensrecht im Standesamt', // Tue 16.11. (CET) 09:00–16:00, Stadthalle Klingenberg, BVS, Berninger, 175 €
  hochwasser: 'Hochwasserschutz am Main: Alarm- und Einsatzpläne', // draft (Wed 20.10.)
  fahrsicherheit: 'Fahrsicherheitstraining für den Bauhof', // draft (Thu 07.10.)
  socialMedia: 'Social Media für Städte und Gemeinden', // cancelled (Tue 04.05.2027)
  wildkraut: 'Wildkrautbeseitigung ohne Chemie', // cancelled (Wed 23.06.2027)
  grundsteuer: 'Grundsteuer nach dem Bayerischen Grundsteuergesetz', // past (Tue 9 March 2027)
  kasse: 'Kassenprüfung und Zahlstellen in der Gemeinde', // past (Thu 18 March 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.hochwasser, T.fahrsicherheit, T.socialMedia, T.wildkraut, T.grundsteuer, T.kasse];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'ceo', q: 'gibt es was zu CEO-Fraud?', kind: 'list', titles: [T.ceo] },
  {
    conv: 'ceo',
    q: 'wann ist das',
    kind: 'facts',
    titles: [T.ceo],
    says: ['am Do., 15.04.2027 von 09:00 bis 12:00 Uhr'],
  },
  { conv: 'rat', q: 'schulung für neue gemeinderäte', kind: 'list', titles: [T.gemeinderat] },
  {
    conv: 'rat',
    q: 'um wie viel uhr fängt das an',
    kind: 'facts',
    titles: [T.gemeinderat],
    says: ['beginnt am Di., 20.04.2027 um 18:00 Uhr'],
  },
  { conv: 'rat', q: 'und wo?', kind: 'facts', titles: [T.gemeinderat], says: ['im Bürgerzentrum Elsenfeld'] },
  { conv: 'ki', q: 'any training on artificial intelligence?', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    conv: 'ki',
    q: 'where is it held',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: [/takes place at Landratsamt Miltenberg.* or online/],
  },
  { conv: 'chef', q: 'ich werde bald teamleiterin, gibt es dafür ein seminar?', kind: 'list', titles: [T.fuehrung] },
  {
    conv: 'chef',
    q: 'wann genau?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 10.06.2027 und Fr., 11.06.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  { conv: 'uvgo', q: 'uvgo schulung', kind: 'list', titles: [T.vergabe] },
  {
    conv: 'uvgo',
    q: 'anmeldeschluss?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Fr., 23.04.2027, 12:00 Uhr'],
  },
  {
    conv: 'uvgo',
    q: 'sind noch plätze frei',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['noch 20 von 20 Plätzen frei'],
  },
  { conv: 'eng', q: 'is there a course in english', locale: 'en', kind: 'list', titles: [T.english] },
  {
    conv: 'eng',
    q: 'registration deadline?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['until Fri, 11 Jun 2027, 23:59'],
  },
  {
    conv: 'ruecken',
    q: 'rückenschmerzen vom vielen sitzen',
    kind: 'list',
    titles: [T.pause],
  },
  {
    conv: 'ruecken',
    q: 'wann ist der termin',
    kind: 'facts',
    titles: [T.pause],
    says: ['am Di., 27.04.2027 von 14:00 bis 15:00 Uhr'],
  },
  // --- facts -----------------------------------------------------------------------------------------------------------
  { q: 'was kostet der pivot kurs', kind: 'facts', titles: [T.pivot], says: ['kostet 49 €'] },
  {
    q: 'kostet der erste-hilfe-kurs etwas',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die KUVB für ihre Mitgliedsverwaltungen.'],
  },
  {
    q: 'wann ist das seminar zum aufenthaltsrecht',
    kind: 'facts',
    titles: [T.aufenthalt],
    says: ['am Mo., 31.05.2027 von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'wie lange dauert die friedhofsschulung',
    kind: 'facts',
    titles: [T.friedhof],
    says: ['dauert 3 Stunden, von 09:00 bis 12:00 Uhr'],
  },
  {
    q: 'wer ist referent beim haushaltsrecht',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['leitet Herr Dr. Stefan Wörner'],
  },
  {
    q: 'ist der datenschutzkurs online oder in präsenz',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['findet in Präsenz statt, im Landratsamt Miltenberg'],
  },
  {
    q: 'wann beginnt das namensrecht seminar',
    kind: 'facts',
    titles: [T.namensrecht],
    says: ['beginnt am Di., 16.11.2027 um 09:00 Uhr'],
  },
  {
    q: 'where is the first aid training',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['takes place at Rathaus Obernburg a.Main, Römerstraße 62, 63785 Obernburg a.Main'],
  },
  {
    q: 'when does the building permit seminar start',
    locale: 'en',
    kind: 'facts',
    titles: [T.bauantrag],
    says: ['starts on Tue, 21 Sep 2027 at 09:00'],
  },
  // --- topic searches: typos, words only in summary or description, synonyms ------------------------------------------
  { q: 'datenshutz', kind: 'list', titles: [T.datenschutz] },
  { q: 'exel pivot', kind: 'list', titles: [T.pivot] },
  { q: 'burnout vorbeugen', kind: 'list', titles: [T.stress] },
  { q: 'bayernportal', kind: 'list', titles: [T.ozg] },
  { q: 'shared mailbox outlook', locale: 'en', kind: 'list', titles: [T.outlook] },
  { q: 'pöbelnde kunden am schalter', kind: 'list', titles: [T.deeskalation] },
  { q: 'namensänderung nach der heirat', kind: 'list', titles: [T.namensrecht] },
  { q: 'einführung e-akte', kind: 'list', titles: [T.eakte] },
  { q: 'accessible pdf training', locale: 'en', kind: 'list', titles: [T.barrierefrei] },
  // --- dates, weekdays, holidays, time of day ------------------------------------------------------------------------
  { q: 'was ist diese woche noch', kind: 'list', titles: [T.ceo, T.datenschutz] },
  { q: "what's on tomorrow", locale: 'en', kind: 'list', titles: [T.ceo] },
  { q: 'nächste woche vormittags', kind: 'list', titles: [T.haushalt, T.outlook] },
  { q: 'was gibt es in drei wochen', kind: 'list', titles: [T.vergabe] },
  { q: 'seminare ende mai', kind: 'list', titles: [T.barrierefrei, T.aufenthalt] },
  {
    q: 'anything next month',
    locale: 'en',
    kind: 'list',
    titles: [T.vergabe, T.ki, T.pivot, T.barrierefrei, T.aufenthalt],
  },
  { q: 'nachmittags im april', kind: 'list', titles: [T.datenschutz, T.telefon, T.pause] },
  { q: 'evening sessions', locale: 'en', kind: 'list', ...only(T.gemeinderat, T.stress) },
  { q: 'online in den nächsten zwei wochen', kind: 'list', titles: [T.ceo, T.outlook, T.pause] },
  {
    miss: 'school holidays (Sommerferien) are no period the parser knows',
    q: 'was gibt es nach den sommerferien',
    kind: 'list',
    titles: [T.bauantrag, T.ozg, T.zeit, T.namensrecht],
  },
  { q: 'gibt es in den sommerferien etwas', kind: 'none' },
  {
    q: 'präsenzseminare in obernburg vor den sommerferien',
    kind: 'list',
    titles: [T.telefon, T.ersteHilfe],
  },
  { q: 'am 24.6.', kind: 'list', titles: [T.english] },
  // --- place, trainer, provider, cost, length, multi-day ----------------------------------------------------------------
  { q: 'was gibt es in amorbach', kind: 'list', ...only(T.friedhof, T.english) },
  {
    q: 'was findet im landratsamt statt',
    kind: 'list',
    ...only(T.datenschutz, T.ki, T.aufenthalt, T.deeskalation, T.bauantrag),
  },
  { q: 'kurse bei markus reinhardt', kind: 'list', ...only(T.ceo, T.ki, T.ozg) },
  {
    q: 'what does the KUVB offer',
    locale: 'en',
    kind: 'list',
    ...only(T.pause, T.ersteHilfe, T.deeskalation, T.stress),
  },
  {
    q: 'seminare zwischen 100 und 200 euro',
    kind: 'list',
    ...only(T.haushalt, T.aufenthalt, T.zeit, T.namensrecht),
  },
  { q: 'kostenlose seminare im juni', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'seminare unter 2 stunden', kind: 'list', ...only(T.outlook, T.pause, T.barrierefrei, T.stress) },
  { q: 'mehrtägige seminare', kind: 'list', titles: [T.fuehrung] },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'wann ist der social media kurs', kind: 'gone', gone: T.socialMedia },
  { q: 'wildkraut seminar', kind: 'gone', gone: T.wildkraut },
  { q: 'grundsteuer seminar wann war das', kind: 'gone', gone: T.grundsteuer, says: ['Di., 09.03.2027'] },
  {
    q: 'when was the Kassenprüfung seminar',
    locale: 'en',
    kind: 'gone',
    gone: T.kasse,
    says: ['Thu, 18 Mar 2027'],
  },
  { q: 'hochwasser', kind: 'none' },
  { q: 'gabelstaplerschein', kind: 'none' },
  { q: 'servus', kind: 'help' },
  { q: 'hi there', locale: 'en', kind: 'help' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-thirty-sixth, independent catalogue (Landkreis Miltenberg, BVS, AKDB, KUVB)',
  {
    fixture: 'heldout236-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
