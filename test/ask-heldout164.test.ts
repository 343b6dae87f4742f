// Over-fitting check, hundred-and-sixty-fourth catalogue: the 2027 autumn programme of the Landkreis Altenburger Land
// (Thuringia) with the Thüringer Verwaltungsschule (TVS), the KIV Kommunale Informationsverarbeitung Thüringen, the
// Unfallkasse Thüringen, the Volkshochschule Altenburger Land and the Landratsamt's Fachdienste IT and Personal, for
// the county and its towns and municipalities (Altenburg, Schmölln, Meuselwitz, Lucka, Gößnitz, Nobitz), imported from
// a JSON file. Seminars take place in the Landratsamt in Altenburg, the Volkshochschule in Altenburg, the town halls of
// Schmölln, Meuselwitz, Gößnitz and Lucka, the Gemeindeverwaltung Nobitz, online or hybrid. Several titles do not name
// their subject ("Der Klick zu viel" is information security, "Wenn jede Minute zählt" first aid, "Gelassen durch den
// Amtsalltag" stress, "Ruhe bewahren, wenn es laut wird" de-escalation, "Mehr als ein Like" social media, "Anträge rund
// um die Uhr" the OZG, "Schreiben, das ankommt" plain language, "Sitzen, aber richtig" ergonomics, "Papierlos ab
// Januar" the e-file, "Vom Kollegen zur Chefin" leadership, "Ordnung statt Stapel" time management), so only summary,
// description or topics reveal it; one seminar is held in English; the leadership course runs on two days; the e-file
// course is open only to Gößnitz, Schmölln and Lucka; the Unfallkasse's courses and the Landratsamt's own are free. The
// questions lean on time and place (today, tomorrow, the day after tomorrow, this Friday, next week, the next three
// weeks, early November, next month, December, before Christmas, mornings and afternoons, weekdays, online / Präsenz /
// vor Ort / hybrid, towns and buildings), typed the way colleagues write in Teams, without looking at the parser or the
// answers. Same assertions as the other suites: exactly the expected seminars (in date order when only a period or
// filter is asked), the asked fact in the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Tuesday 12 October 2027, 09:15 in Altenburg, summer time; winter time begins Sun 31.10.2027):
//   this week:  Tue 12.10. (today) 13:00–16:00 Outlook (online); Wed 13.10. (tomorrow) 09:00–11:30 information
//               security (online); Thu 14.10. (übermorgen) 09:00–12:00 data protection (hybrid, Landratsamt);
//               Fri 15.10. 08:30–15:30 first aid (Rathaus Schmölln)
//   next week:  Tue 19.10. 13:30–16:00 stress (online), Wed 20.10. 09:00–12:30 English (VHS Altenburg),
//               Thu 21.10. 14:00–16:00 AI (hybrid, Landratsamt); nothing on Mon 18.10. and Fri 22.10.
//   week 43:    Mon 25.10. 09:00–16:00 procurement law (Rathaus Meuselwitz; deadline passed Fri 08.10. 12:00),
//               Tue 26.10. 09:00–15:00 de-escalation (Rathaus Gößnitz), Thu 28.10. 13:00–15:30 social media (hybrid)
//   November:   Wed 03. PowerPoint (cancelled); Thu 04. 09:00–12:00 OZG (online); Fri 05. council meetings
//               (Landratsamt); nothing from Sat 06. to Mon 15.; Tue 16. plain language (VHS); Wed 17. 13:00–15:30
//               ergonomics (online); Thu 18. e-file (Gößnitz, members only); Mon 22. winter service (cancelled,
//               Nobitz);
//               Tue 23. budget law (Landratsamt; deadline Tue 09.11. 23:59); Thu 25./Fri 26. leadership (Schmölln);
//               Mon 29. 09:00–12:00 accessible PDF (online); Tue 30. digital participation (draft)
//   December:   Wed 01. Excel (VHS, no deadline given: 09:00 that day); Tue 07. heat planning (draft);
//               Tue 14. 09:00–12:00 time management (online); Wed 15. minutes (Rathaus Lucka); Thu 16. objections
//               procedure (Gemeindeverwaltung Nobitz); nothing from Fri 17.12. to the end of the year
//   January:    Thu 13.01.2028 housing benefit law (Landratsamt)
//   past:       Thu 16.09.2027 fire wardens (Landratsamt), Tue 28.09.2027 XRechnung (online).
import { heldoutSuite, type Case } from './support/question-suite.js';

const now = new Date('2027-10-12T07:15:00Z'); // Tuesday, 12 October 2027, 09:15 in Altenburg (CEST)
const TZ = 'Europe/Berlin';

const T = {
  outlook: 'Termine, Aufgaben, Postfächer: Outlook im Team nutzen', // Tue 12.10. 13:00–16:00, online, VHS, Wunderlich, 79 €
  klick: 'Der Klick zu viel', // Wed 13.10. 09:00–11:30, online, FD IT, Pfau, information security, free
  datenschutz: 'Datenschutz im Bürgerbüro: Auskünfte, Melderegister, Löschfristen', // Thu 14.10. 09:00–12:00, hybrid (Landratsamt), free
  ersteHilfe: 'Wenn jede Minute zählt', // Fri 15.10. 08:30–15:30, Rathaus Schmölln, UKT, Leonhardt, first aid, free, 15 seats
  gelassen: 'Gelassen durch den Amtsalltag', // Tue 19.10. 13:30–16:00, online, UKT, Gränitz, stress, free
  english: "Welcome to Altenburg: English at the Citizens' Office", // Wed 20.10. 09:00–12:30, VHS Altenburg, McAllister, English, 110 €
  ki: 'Künstliche Intelligenz im Amt: Textassistenten sicher nutzen', // Thu 21.10. 14:00–16:00, hybrid (Landratsamt), KIV, Reinhold, 95 €
  vergabe: 'Vergaberecht kompakt: UVgO und Thüringer Vergabegesetz', // Mon 25.10. 09:00–16:00, Rathaus Meuselwitz, TVS, Dr. Oelschlägel, 245 €, deadline passed Fri 08.10. 12:00
  deeskalation: 'Ruhe bewahren, wenn es laut wird', // Tue 26.10. 09:00–15:00, Rathaus Gößnitz, UKT, Kretzschmar, free, 12 seats, no waitlist
  social: 'Mehr als ein Like', // Thu 28.10. 13:00–15:30, hybrid (Landratsamt), VHS, Fichtner, social media, 85 €
  ozg: 'Anträge rund um die Uhr', // Thu 04.11. 09:00–12:00, online, KIV, Hesse, OZG, 90 €
  sitzung: 'Sitzungsdienst nach der Thüringer Kommunalordnung', // Fri 05.11. 09:00–16:00, Landratsamt, TVS, Sommer, 195 €
  klartext: 'Schreiben, das ankommt', // Tue 16.11. 09:00–16:00, VHS Altenburg, Wunderlich, plain language, 140 €
  sitzen: 'Sitzen, aber richtig', // Wed 17.11. 13:00–15:30, online, UKT, Gränitz, ergonomics, free
  eakte: 'Papierlos ab Januar', // Thu 18.11. 09:00–12:00, Rathaus Gößnitz, KIV, Liebscher, e-file, only Gößnitz/Schmölln/Lucka, free
  haushalt: 'Kommunales Haushaltsrecht kompakt: Haushaltsplan, Nachtrag, Jahresrechnung', // Tue 23.11. 09:00–16:00, Landratsamt, TVS, 230 €, deadline Tue 09.11. 23:59
  fuehrung: 'Vom Kollegen zur Chefin', // Thu 25.11. and Fri 26.11. 09:00–16:00, Rathaus Schmölln, TVS, Dr. Busch, 490 €, leadership
  pdf: 'Barrierefreie PDF-Dokumente erstellen', // Mon 29.11. 09:00–12:00, online, KIV, Hesse, 120 €
  excel: 'Excel für Einsteiger: Tabellen, Formeln, Diagramme', // Wed 01.12. 09:00–16:00, VHS Altenburg, Pöschel, 95 €, deadline = start
  ordnung: 'Ordnung statt Stapel', // Tue 14.12. 09:00–12:00, online, VHS, Pöschel, time management, 65 €
  protokolle: 'Protokolle schnell und sicher schreiben', // Wed 15.12. 09:00–15:00, Rathaus Lucka, VHS, Matthes, 120 €
  widerspruch: 'Widerspruchsverfahren sicher führen', // Thu 16.12. 09:00–16:00, Gemeindeverwaltung Nobitz, TVS, Dr. Oelschlägel, 210 €
  wohngeld: 'Neu im Wohngeldrecht: Was sich 2028 ändert', // Thu 13.01.2028 09:00–16:00, Landratsamt, TVS, 180 €
  beteiligung: 'Bürgerbeteiligung digital: Online-Umfragen und Beteiligungsportale', // draft (Tue 30.11.)
  waerme: 'Kommunale Wärmeplanung: Grundlagen für Bau- und Umweltämter', // draft (Tue 07.12.)
  powerpoint: 'Überzeugend präsentieren mit PowerPoint', // cancelled (Wed 03.11.2027, VHS Altenburg)
  winterdienst: 'Sicher im Winterdienst: Unterweisung für Bauhofbeschäftigte', // cancelled (Mon 22.11.2027, Nobitz)
  brandschutz: 'Brandschutzhelferinnen und Brandschutzhelfer: Ausbildung nach ASR A2.2', // past (Thu 16 September 2027)
  xrechnung: 'XRechnung im Rechnungseingang: Umstellung für Kämmereien', // past (Tue 28 September 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.beteiligung, T.waerme, T.powerpoint, T.winterdienst, T.brandschutz, T.xrechnung];

const CASES: Case[] = [
  // --- lists by day: today, tomorrow, the day after tomorrow, this Friday, this week ---------------------------------
  { q: 'was ist heute noch?', kind: 'list', titles: [T.outlook] },
  { q: 'was läuft morgen', kind: 'list', titles: [T.klick] },
  { q: 'übermorgen irgendwas im landratsamt?', kind: 'list', titles: [T.datenschutz] },
  { q: 'anything on this friday', locale: 'en', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'was gibts diese woche noch', kind: 'list', titles: [T.outlook, T.klick, T.datenschutz, T.ersteHilfe] },
  { q: 'kostenlos diese woche', kind: 'list', titles: [T.klick, T.datenschutz, T.ersteHilfe] },
  // --- next week, weekdays, times of day -----------------------------------------------------------------------------
  { q: 'nächste woche vormittags', kind: 'list', titles: [T.english] },
  { q: 'anything next week in the afternoon', locale: 'en', kind: 'list', titles: [T.gelassen, T.ki] },
  { q: 'am donnerstag nächste woche', kind: 'list', titles: [T.ki] },
  { q: 'stress abbauen - nächste woche was online?', kind: 'list', titles: [T.gelassen] },
  { q: 'mittwochs nachmittags online', kind: 'list', titles: [T.sitzen] },
  // --- the next three weeks, October ---------------------------------------------------------------------------------
  { q: 'was ist in den nächsten drei wochen in gößnitz', kind: 'list', titles: [T.deeskalation] },
  { q: 'vergaberecht in den nächsten drei wochen', kind: 'list', titles: [T.vergabe] },
  { q: 'im oktober in schmölln', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'hybrid im oktober', kind: 'list', titles: [T.datenschutz, T.ki, T.social] },
  // --- early November, next month, November --------------------------------------------------------------------------
  { q: 'was gibts anfang november', kind: 'list', titles: [T.ozg, T.sitzung] },
  { q: 'online seminars in the morning next month', locale: 'en', kind: 'list', titles: [T.ozg, T.pdf] },
  { q: 'was ist im landratsamt im november', kind: 'list', titles: [T.sitzung, T.haushalt] },
  { q: 'kostenlose seminare im november', kind: 'list', titles: [T.sitzen, T.eakte] },
  { q: 'am 16. november', kind: 'list', titles: [T.klartext] },
  { q: 'gibts im november was zu barrierefreiheit', kind: 'list', titles: [T.pdf] },
  // --- December, before Christmas ------------------------------------------------------------------------------------
  {
    q: 'what is on in December 2027',
    locale: 'en',
    kind: 'list',
    titles: [T.excel, T.ordnung, T.protokolle, T.widerspruch],
  },
  { q: 'präsenzseminare im dezember', kind: 'list', titles: [T.excel, T.protokolle, T.widerspruch] },
  { q: 'kurse der vhs im dezember', kind: 'list', titles: [T.excel, T.ordnung, T.protokolle] },
  { q: 'was gibts in lucka im dezember', kind: 'list', titles: [T.protokolle] },
  { q: 'excel vor weihnachten', kind: 'list', titles: [T.excel] },
  // --- a place without a date ----------------------------------------------------------------------------------------
  { q: 'vor ort in schmölln', kind: 'list', titles: [T.ersteHilfe, T.fuehrung] },
  // --- topics found only through summary, description or topics, one typo --------------------------------------------
  { q: 'it-sicherhiet morgen vormittag', kind: 'list', titles: [T.klick] },
  { q: 'was tun bei aggressiven besuchern', kind: 'list', titles: [T.deeskalation] },
  { q: 'instagram für die gemeinde', kind: 'list', titles: [T.social] },
  // --- facts: when, start time, where, duration, deadline, trainer, cost, format, seats ------------------------------
  {
    q: 'wann ist der outlook kurs heute',
    kind: 'facts',
    titles: [T.outlook],
    says: ['am Di., 12.10.2027 von 13:00 bis 16:00 Uhr'],
  },
  {
    q: 'what time does the english course start on wednesday',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['starts on Wed, 20 Oct 2027 at 09:00'],
  },
  {
    q: 'wo findet der erste hilfe kurs am freitag statt',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['im Rathaus Schmölln'],
  },
  {
    q: 'wann ist das führungsseminar in schmölln',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 25.11.2027 und Fr., 26.11.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'how long is the leadership training in november',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['lasts 2 days, each from 09:00 to 16:00'],
  },
  {
    q: 'anmeldeschluss vergaberecht meuselwitz',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['abgelaufen', 'Fr., 08.10.2027, 12:00 Uhr'],
  },
  {
    q: 'bis wann kann ich mich für hausahltsrecht im november anmelden',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['bis Di., 09.11.2027, 23:59 Uhr'],
  },
  {
    q: 'deadline for the excel course in december',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['until Wed, 1 Dec 2027, 09:00'],
  },
  {
    q: 'wer leitet die deeskalation in gößnitz',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['leitet Herr Ronny Kretzschmar'],
  },
  {
    q: 'was kostet der sitzungsdienst kurs am 5. november',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['kostet 195 €'],
  },
  {
    q: 'ist die datenschutz schulung übermorgen online oder im landratsamt',
    kind: 'facts',
    titles: [T.datenschutz],
    says: [/findet hybrid statt|oder online statt/],
  },
  {
    q: 'wie lange dauert die ki schulung',
    kind: 'facts',
    titles: [T.ki],
    says: ['dauert 2 Stunden, von 14:00 bis 16:00 Uhr'],
  },
  {
    q: 'freie plätze deeskalation am 26. oktober',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  // --- follow-ups in a conversation ----------------------------------------------------------------------------------
  { conv: 'nobitz', q: 'vor weihnachten noch was in nobitz?', kind: 'list', titles: [T.widerspruch] },
  {
    conv: 'nobitz',
    q: 'wer macht das?',
    kind: 'facts',
    titles: [T.widerspruch],
    says: ['leitet Herr Dr. Frank Oelschlägel'],
  },
  {
    conv: 'nobitz',
    q: 'und wann genau?',
    kind: 'facts',
    titles: [T.widerspruch],
    says: ['am Do., 16.12.2027 von 09:00 bis 16:00 Uhr'],
  },
  { conv: 'ozg', q: 'gibts anfang november was zum onlinezugangsgesetz', kind: 'list', titles: [T.ozg] },
  { conv: 'ozg', q: 'was kostet das', kind: 'facts', titles: [T.ozg], says: ['kostet 90 €'] },
  {
    conv: 'ozg',
    q: 'um wie viel uhr gehts los',
    kind: 'facts',
    titles: [T.ozg],
    says: ['beginnt am Do., 04.11.2027 um 09:00 Uhr'],
  },
  {
    conv: 'english',
    q: 'is there an english-language course this month',
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  {
    conv: 'english',
    q: 'where is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['at Volkshochschule Altenburger Land'],
  },
  { conv: 'leer', q: 'und wo ist das?', kind: 'noContext' },
  // --- cancelled and past seminars asked by name, drafts never shown, no match ---------------------------------------
  { q: 'wann ist der powerpoint kurs in altenburg', kind: 'gone', gone: T.powerpoint },
  { q: 'winterdienst schulung in nobitz', kind: 'gone', gone: T.winterdienst },
  { q: 'brandschutzhelfer ausbildung wann war die', kind: 'gone', gone: T.brandschutz, says: ['Do., 16.09.2027'] },
  {
    q: 'when was the xrechnung training',
    locale: 'en',
    kind: 'gone',
    gone: T.xrechnung,
    says: ['Tue, 28 Sep 2027'],
  },
  { q: 'wärmeplanung im dezember', kind: 'none' },
  { q: 'bürgerbeteiligung ende november', kind: 'none' },
  { q: 'wohngeld vor weihnachten', kind: 'none' },
  { q: 'spanish course in december', locale: 'en', kind: 'none' },
  // --- greetings, thanks, own registrations --------------------------------------------------------------------------
  { q: 'Guten Morgen!', kind: 'help' },
  { q: 'hello', locale: 'en', kind: 'help' },
  { q: 'danke für die info, bis nächste woche', kind: 'thanks' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a hundred-and-sixty-fourth, independent catalogue (Landkreis Altenburger Land, TVS, UKT)',
  {
    fixture: 'heldout164-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
