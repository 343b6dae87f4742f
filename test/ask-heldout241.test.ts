// Over-fitting check, two-hundred-and-forty-first catalogue: the 2027 programme for the Landkreis Waldshut (Baden-
// Württemberg) and its towns (Waldshut-Tiengen, Bad Säckingen, Wehr, Laufenburg (Baden), St. Blasien and the Schwarzwald
// municipalities of the GVV St. Blasien), with the Kreisakademie Landkreis Waldshut, the IT-Service of the Landratsamt,
// the Unfallkasse Baden-Württemberg (UKBW), the Volkshochschule Waldshut-Tiengen (VHS) and the Verwaltungsschule des
// Gemeindetags Baden-Württemberg, imported from a JSON file. Seminars take place in the Landratsamt Waldshut (the
// Kreishaus, Kaiserstraße 110, Waldshut-Tiengen), the Volkshochschule Waldshut-Tiengen, the Rathaus Bad Säckingen, the
// Stadthalle Wehr, the Rathaus Wehr, the Rathaus Laufenburg (Baden), the Kurhaus St. Blasien, online or hybrid. Several
// titles do not name their subject ("Ein Klick zu viel" is phishing, "Wenn es laut wird" de-escalation, "Aufrecht durch
// den Arbeitstag" back health at the desk, "Jeder Euro zählt" the Doppik (NKHR), "Schreiben, das ankommt" plain
// language, "Gemeinsam statt gegeneinander" conflicts in the team, "Ordnung im digitalen Keller" the e-file, "Plötzlich
// Chefin, plötzlich Chef" leadership, "Mehr Zeit für das Wesentliche" time management, "Die Richtigen finden" personnel
// selection and job interviews), so only summary, description or topics reveal it; one seminar is held in English; the
// leadership course runs on two days (Wed 21. and Thu 22.04.); the e-file course is open only to the municipalities of
// the GVV St. Blasien; first aid is free, paid by the Unfallkasse.
// Questions are typed the way people write in Teams: lowercase, few words, typos, no umlauts, with short follow-ups,
// about a third in English, written without looking at the parser or the answers.
//
// Calendar around `now` (Tuesday 2 February 2027, 09:30 in Waldshut-Tiengen, winter time; summer time begins Sun
// 28.03.2027):
//   this week:  today Tue 02.02. 14:00–16:00 Teams (online); Thu 04.02. 09:00–12:00 data protection (hybrid,
//               Landratsamt); nothing on Wed 03.02. or Fri 05.02.
//   next week:  Mon 08.02. 10:00–11:30 phishing (online), Wed 10.02. 09:00–12:30 Excel (VHS, 85 €), Thu 11.02.
//               13:00–16:30 de-escalation (Rathaus Bad Säckingen, free)
//   then:       Wed 17.02. 09:00–12:00 English (Rathaus Bad Säckingen; deadline Fri 05.02. 12:00), Thu 18.02.
//               14:00–16:00 AI (hybrid, Landratsamt), Tue 23.02. procurement (Stadthalle Wehr; deadline Tue 09.02.
//               23:59), Wed 24.02. 12:15–13:45 back health (online), Fri 26.02. 09:00–12:00 cross-border commuters
//               (online; deadline passed Fri 29.01. 12:00)
//   March:      Tue 02. Doppik (Landratsamt), Thu 04. first aid (Rathaus Wehr, 08:30–16:00), Tue 16. plain language
//               (VHS), Thu 18. council meetings (Rathaus Laufenburg; deadline Thu 04.03. 23:59); the cancelled Outlook
//               course on Wed 10.03.
//   April:      Thu 08. team conflicts (Landratsamt, for managers), Wed 14. e-file (Kurhaus St. Blasien, GVV only),
//               Wed 21./Thu 22. leadership (Stadthalle Wehr), Tue 27. time management (online); the cancelled
//               cemetery course on Thu 22.04.
//   May:        Tue 04. fire wardens (Rathaus Laufenburg, 08:30–12:30), Wed 12. building permits (Landratsamt), Tue 18.
//               social media (hybrid, Rathaus Bad Säckingen); the draft etiquette course on Mon 10.05.
//   June:       Thu 10. personnel selection (Landratsamt); the draft photovoltaics course on Thu 17.06.
//   past:       Thu 14.01.2027 winter road service (Rathaus Wehr), Tue 19.01.2027 VAT § 2b UStG (online).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-02-02T08:30:00Z'); // Tuesday, 2 February 2027, 09:30 in Waldshut-Tiengen (CET)
const TZ = 'Europe/Berlin';

const T = {
  teams: 'Microsoft Teams im Arbeitsalltag', // Tue 02.02. 14:00–16:00, online, IT-Service, Albiez, free
  datenschutz: 'Datenschutz-Grundlagen für neue Beschäftigte', // Thu 04.02. 09:00–12:00, hybrid (Landratsamt), Kreisakademie, Dr. Ebner, free
  phishing: 'Ein Klick zu viel', // Mon 08.02. 10:00–11:30, online, IT-Service, Albiez, phishing, free
  excel: 'Excel für Einsteiger: Tabellen, Formeln, Diagramme', // Wed 10.02. 09:00–12:30, VHS Waldshut-Tiengen, VHS, Schmidle, 85 €, 12 seats
  deeskalation: 'Wenn es laut wird', // Thu 11.02. 13:00–16:30, Rathaus Bad Säckingen, UKBW, Kaiser, de-escalation, free
  english: 'Cross-Border English: Serving Clients from Switzerland and Beyond', // Wed 17.02. 09:00–12:00, Rathaus Bad Säckingen, VHS, O'Connell, 95 €, deadline Fri 05.02. 12:00
  ki: 'KI im Verwaltungsalltag: Chancen, Grenzen, Regeln', // Thu 18.02. 14:00–16:00, hybrid (Landratsamt), IT-Service, Gerteis, free
  vergabe: 'Vergaberecht kompakt: UVgO und VOB/A', // Tue 23.02. 09:00–16:00, Stadthalle Wehr, Verwaltungsschule, Dr. Vögtle, 290 €, deadline Tue 09.02. 23:59
  ruecken: 'Aufrecht durch den Arbeitstag', // Wed 24.02. 12:15–13:45, online, UKBW, Baumgartner, back health, free
  grenzgaenger: 'Grenzgänger in der Entgeltabrechnung', // Fri 26.02. 09:00–12:00, online, Verwaltungsschule, Frommherz, 150 €, deadline passed Fri 29.01. 12:00
  haushalt: 'Jeder Euro zählt', // Tue 02.03. 09:00–16:00, Landratsamt, Verwaltungsschule, Dr. Vögtle, 240 €, Doppik / NKHR
  ersteHilfe: 'Erste-Hilfe-Fortbildung für betriebliche Ersthelfende', // Thu 04.03. 08:30–16:00, Rathaus Wehr, UKBW, Maier, free (Unfallkasse pays)
  sprache: 'Schreiben, das ankommt', // Tue 16.03. 09:00–16:00, VHS Waldshut-Tiengen, VHS, Dr. Hagenbuch, 160 €, plain language
  sitzung: 'Sitzungsdienst für Gemeinderat und Ausschüsse', // Thu 18.03. 09:00–16:00, Rathaus Laufenburg, Verwaltungsschule, Frommherz, 195 €, deadline Thu 04.03. 23:59
  konflikte: 'Gemeinsam statt gegeneinander', // Thu 08.04. 09:00–16:30, Landratsamt, Kreisakademie, Rotzinger, 120 €, for managers, 16 seats
  eakte: 'Ordnung im digitalen Keller', // Wed 14.04. 09:00–12:00, Kurhaus St. Blasien, IT-Service, Albiez, e-file, GVV St. Blasien only, free
  fuehrung: 'Plötzlich Chefin, plötzlich Chef', // Wed 21.04. and Thu 22.04. 09:00–16:30, Stadthalle Wehr, Kreisakademie, Dr. Kaltenbach, 490 €
  zeit: 'Mehr Zeit für das Wesentliche', // Tue 27.04. 13:30–16:30, online, VHS, Schmidle, 49 €, time management
  brandschutz: 'Brandschutzhelferinnen und Brandschutzhelfer: Ausbildung nach ASR A2.2', // Tue 04.05. 08:30–12:30, Rathaus Laufenburg, UKBW, Maier, free
  baurecht: 'Baugenehmigungsverfahren für Einsteiger', // Wed 12.05. 09:00–16:00, Landratsamt, Kreisakademie, Kech, 150 €
  socialMedia: 'Social Media für Städte und Gemeinden', // Tue 18.05. 09:30–15:30, hybrid (Rathaus Bad Säckingen), Kreisakademie, Ebner, 130 €
  personal: 'Die Richtigen finden', // Thu 10.06. 09:00–16:00, Landratsamt, Kreisakademie, Dr. Kaltenbach, 140 €, personnel selection, for managers
  knigge: 'Knigge für Auszubildende', // draft (Mon 10.05.)
  photovoltaik: 'Photovoltaik auf kommunalen Dächern', // draft (Thu 17.06.)
  outlook: 'Outlook-Kalender und E-Mail-Organisation', // cancelled (Wed 10.03.2027)
  friedhof: 'Friedhofsverwaltung und Grabnutzungsrecht', // cancelled (Thu 22.04.2027)
  winterdienst: 'Winterdienst: Räum- und Streupflicht rechtssicher organisieren', // past (Thu 14 Jan 2027)
  umsatzsteuer: 'Umsatzsteuer in Kommunen: § 2b UStG in der Praxis', // past (Tue 19 Jan 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.knigge, T.photovoltaik, T.outlook, T.friedhof, T.winterdienst, T.umsatzsteuer];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'phish', q: 'phising schulung', kind: 'list', titles: [T.phishing] },
  {
    conv: 'phish',
    q: 'wann?',
    kind: 'facts',
    titles: [T.phishing],
    says: ['am Mo., 08.02.2027 von 10:00 bis 11:30 Uhr'],
  },
  { conv: 'laut', q: 'kunden werden am schalter aggresiv, gibts da was', kind: 'list', titles: [T.deeskalation] },
  { conv: 'laut', q: 'wo ist das', kind: 'facts', titles: [T.deeskalation], says: ['im Rathaus Bad Säckingen'] },
  { conv: 'laut', q: 'kostet das was', kind: 'facts', titles: [T.deeskalation], says: ['ist kostenlos'] },
  { conv: 'ki', q: 'any training on chatgpt?', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    conv: 'ki',
    q: 'where is it',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: [/takes place at Landratsamt Waldshut.* or online/],
  },
  {
    conv: 'ki',
    q: 'who runs it',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is led by Frau Lea Gerteis'],
  },
  { conv: 'doppik', q: 'doppik', kind: 'list', titles: [T.haushalt] },
  {
    conv: 'doppik',
    q: 'wer ist referent',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['leitet Herr Dr. Andreas Vögtle'],
  },
  { conv: 'chef', q: 'vom kollegen zum chef', kind: 'list', titles: [T.fuehrung] },
  {
    conv: 'chef',
    q: 'wann genau',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Mi., 21.04.2027 und Do., 22.04.2027', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  { conv: 'chef', q: 'was kostet das', kind: 'facts', titles: [T.fuehrung], says: ['kostet 490 €'] },
  { conv: 'excel', q: 'excel course', locale: 'en', kind: 'list', titles: [T.excel] },
  { conv: 'excel', q: 'how much', locale: 'en', kind: 'facts', titles: [T.excel], says: ['costs €85'] },
  {
    conv: 'excel',
    q: 'any seats left?',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['has 12 of 12 seats left'],
  },
  { conv: 'vergabe', q: 'ausschreibung vob', kind: 'list', titles: [T.vergabe] },
  {
    conv: 'vergabe',
    q: 'bis wann anmelden',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Di., 09.02.2027, 23:59 Uhr'],
  },
  { conv: 'grenz', q: 'grenzgaenger schweiz', kind: 'list', titles: [T.grenzgaenger] },
  {
    conv: 'grenz',
    q: 'anmeldeschluss?',
    kind: 'facts',
    titles: [T.grenzgaenger],
    says: ['am Fr., 29.01.2027, 12:00 Uhr abgelaufen'],
  },
  { conv: 'eng', q: 'courses in english', locale: 'en', kind: 'list', titles: [T.english] },
  {
    conv: 'eng',
    q: 'registration deadline?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['until Fri, 5 Feb 2027, 12:00'],
  },
  {
    conv: 'eng',
    q: 'when does it start',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['starts on Wed, 17 Feb 2027 at 09:00'],
  },
  { conv: 'social', q: 'social media kurs', kind: 'list', titles: [T.socialMedia] },
  {
    conv: 'social',
    q: 'hybrid oder praesenz',
    kind: 'facts',
    titles: [T.socialMedia],
    says: ['findet hybrid statt', 'im Rathaus Bad Säckingen'],
  },
  // --- facts -----------------------------------------------------------------------------------------------------------
  {
    q: 'kostet erste hilfe was',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangskosten übernimmt die Unfallkasse Baden-Württemberg.'],
  },
  {
    q: 'how much is the sitzungsdienst seminar',
    locale: 'en',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['costs €195'],
  },
  {
    q: 'wann ist datenschutz',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['am Do., 04.02.2027 von 09:00 bis 12:00 Uhr'],
  },
  {
    q: 'wer leitet den zeitmanagement kurs',
    kind: 'facts',
    titles: [T.zeit],
    says: ['leitet Frau Monika Schmidle'],
  },
  {
    q: 'um wieviel uhr faengt brandschutzhelfer an',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['beginnt am Di., 04.05.2027 um 08:30 Uhr'],
  },
  {
    q: 'when is the conflict seminar',
    locale: 'en',
    kind: 'facts',
    titles: [T.konflikte],
    says: ['on Thu, 8 Apr 2027 from 09:00 to 16:30'],
  },
  // --- topic searches: typos, words only in summary or description, synonyms ------------------------------------------
  { q: 'datenschutz kurs?', kind: 'list', titles: [T.datenschutz] },
  { q: 'streit im team', kind: 'list', titles: [T.konflikte] },
  { q: 'bauantrag', kind: 'list', titles: [T.baurecht] },
  { q: 'back pain at the desk', locale: 'en', kind: 'list', titles: [T.ruecken] },
  { q: 'time management', locale: 'en', kind: 'list', titles: [T.zeit] },
  { q: 'e akte', kind: 'list', titles: [T.eakte] },
  { q: 'amtsdeutsch', kind: 'list', titles: [T.sprache] },
  { q: 'fuehrung', kind: 'list', first: T.fuehrung },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, length, cost, language ---------------
  { q: 'was geht heute noch', kind: 'list', titles: [T.teams] },
  { q: 'diese woche', kind: 'list', titles: [T.teams, T.datenschutz] },
  { q: 'naechste woche nachmittags', kind: 'list', titles: [T.deeskalation] },
  { q: 'anything next week in the morning', locale: 'en', kind: 'list', titles: [T.phishing, T.excel] },
  {
    q: 'kostenlos in den naechsten 2 wochen',
    kind: 'list',
    titles: [T.teams, T.datenschutz, T.phishing, T.deeskalation],
  },
  {
    q: "what's on next month",
    locale: 'en',
    kind: 'list',
    titles: [T.haushalt, T.ersteHilfe, T.sprache, T.sitzung],
  },
  { q: 'online im februar', kind: 'list', titles: [T.teams, T.phishing, T.ruecken, T.grenzgaenger] },
  { q: 'seminare in wehr', kind: 'list', ...only(T.vergabe, T.ersteHilfe, T.fuehrung) },
  {
    q: 'courses in bad saeckingen',
    locale: 'en',
    kind: 'list',
    ...only(T.deeskalation, T.english, T.socialMedia),
  },
  {
    q: 'courses from the unfallkasse',
    locale: 'en',
    kind: 'list',
    ...only(T.deeskalation, T.ruecken, T.ersteHilfe, T.brandschutz),
  },
  { q: 'vhs angebote', kind: 'list', ...only(T.excel, T.english, T.sprache, T.zeit) },
  { q: 'hybrid seminars', locale: 'en', kind: 'list', ...only(T.datenschutz, T.ki, T.socialMedia) },
  { q: 'bin fuehrungskraft was passt fuer mich', kind: 'list', ...only(T.konflikte, T.fuehrung, T.personal) },
  { q: 'mehrtaegige kurse', kind: 'list', titles: [T.fuehrung] },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'outlook kurs', kind: 'gone', gone: T.outlook },
  { q: 'friedhofsverwaltung wann', kind: 'gone', gone: T.friedhof },
  { q: 'winterdienst', kind: 'gone', gone: T.winterdienst, says: ['Do., 14.01.2027'] },
  {
    q: 'when was the 2b ustg seminar',
    locale: 'en',
    kind: 'gone',
    gone: T.umsatzsteuer,
    says: ['Tue, 19 Jan 2027'],
  },
  { q: 'photovoltaik', kind: 'none' },
  { q: 'knigge', kind: 'none' },
  { q: 'gabelstapler schein', kind: 'none' },
  { q: 'moin', kind: 'help' },
  { q: 'hi', locale: 'en', kind: 'help' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
  { q: 'my bookings', locale: 'en', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-forty-first, independent catalogue (Landkreis Waldshut, Verwaltungsschule BW, UKBW)',
  {
    fixture: 'heldout241-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
