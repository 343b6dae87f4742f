// Over-fitting check, two-hundred-and-sixteenth catalogue: the 2027 programme for the Rhein-Lahn-Kreis (Rhineland-
// Palatinate) and its towns and Verbandsgemeinden (Bad Ems, Lahnstein, Diez, Nastätten, Nassau, Braubach), with the
// Kommunal-Akademie Rheinland-Pfalz, the Kreisverwaltung's Personalentwicklung, the Kommunales IT-Zentrum Rhein-Lahn
// (KITZ), the Unfallkasse Rheinland-Pfalz and the Kreisvolkshochschule Rhein-Lahn (VHS), imported from a JSON file.
// Seminars take place in the Kreisverwaltung in Bad Ems, the Stadthalle Lahnstein, the Rathaus Lahnstein, the
// VHS-Bildungszentrum Lahnstein, the town halls of Diez, Nassau and Braubach, the Verbandsgemeindeverwaltung
// Nastätten, online or hybrid. Several titles do not name their subject ("Der Köder im Postfach" is phishing,
// "Durchatmen statt Durchhalten" stress, "Wenn der Tresen zur Front wird" de-escalation, "Hundert Briefe mit einem
// Klick" mail merge, "Wo ist nur die Datei?" SharePoint filing, "Schluss mit dem Papierstau" the e-file, "Verstanden
// beim ersten Lesen" plain language, "Verwaltung auf Klick" the OZG, "Reibung im Team" conflict management, "Der
// Sprung ins Führungsamt" leadership), so only summary, description or topics reveal it; one seminar is held in
// English; the leadership course runs on two days across the end of summer time (Sun 31.10.2027); the e-file course
// is open only to the Verbandsgemeinden Nastätten, Aar-Einrich and Loreley; first aid is free, paid by the Unfallkasse.
// Questions are written the way an acceptance tester would try the bot, with many short follow-up conversations, about
// a quarter in English, without looking at the parser or the answers.
//
// Calendar around `now` (Wednesday 9 June 2027, 10:00 in Bad Ems, summer time; winter time begins Sun 31.10.2027):
//   this week:  nothing more today; Thu 10.06. 09:00–12:00 phishing (online, tomorrow), Fri 11.06. 13:00–15:30 data
//               protection (hybrid, Kreisverwaltung Bad Ems)
//   next week:  Mon 14.06. 09:00–12:00 Excel (online), Tue 15.06. 13:30–16:00 stress (online), Wed 16.06. 09:00–12:30
//               English (Kreisverwaltung; deadline passed Fri 04.06. 23:59), Thu 17.06. 14:00–16:30 AI (hybrid,
//               Rathaus Lahnstein); nothing on Fri 18.06.
//   then:       Tue 22.06. Doppik (Stadthalle Lahnstein), the cancelled PowerPoint course (Thu 24.06.), Tue 29.06. first
//               aid (Rathaus Nassau, 08:30–16:30)
//   July:       Thu 01. de-escalation (Diez, free), Tue 06. mail merge (online, 59 €), Tue 13. procurement (Lahnstein;
//               deadline Fri 25.06. 12:00), Wed 21. ergonomics (online, free, 14:00–15:30); the cancelled tree-inspection
//               course on Wed 07.07.
//   August:     Tue 03./Wed 04. induction days for trainees (Kreisverwaltung), Thu 05. SharePoint (online), Thu 12.
//               e-file (Nastätten, members only), Tue 24. council meetings (Braubach; deadline Fri 06.08. 23:59)
//   September:  Tue 07. plain language (VHS Lahnstein), Thu 16. Widerspruch (Diez), Mon 20. Scrum/Kanban (hybrid,
//               Kreisverwaltung), Wed 29. OZG (online); the draft sign-language course on Wed 15.09.
//   October:    Wed 13. team conflicts (Kreisverwaltung, for managers); Thu 28.10. (CEST) and Thu 11.11. (CET)
//               leadership (Stadthalle Lahnstein); the draft heavy-rain course on Tue 09.11.
//   past:       Thu 22.04.2027 fire wardens (Nassau), Tue 18.05.2027 e-invoicing (online).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-06-09T08:00:00Z'); // Wednesday, 9 June 2027, 10:00 in Bad Ems (CEST)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Der Köder im Postfach', // Thu 10.06. 09:00–12:00, online, KITZ, Kessler, information security, free
  datenschutz: 'Datenschutz im Bürgerbüro: Auskunft, Melderegister, Löschfristen', // Fri 11.06. 13:00–15:30, hybrid (Kreisverwaltung), PE, Roth, free
  excel: 'Zahlen im Griff: Excel für die Sachbearbeitung', // Mon 14.06. 09:00–12:00, online, VHS, Weber, 79 € (Dienststelle pays)
  stress: 'Durchatmen statt Durchhalten', // Tue 15.06. 13:30–16:00, online, Unfallkasse, Lenz, stress / health promotion, free
  english: "Welcome to the Lahn Valley: English at the Citizens' Office", // Wed 16.06. 09:00–12:30, Kreisverwaltung, VHS, Gallagher, 95 €, deadline passed Fri 04.06. 23:59
  ki: 'Mit KI formulieren, mit Verstand prüfen', // Thu 17.06. 14:00–16:30, hybrid (Rathaus Lahnstein), KITZ, Kessler, AI, free
  haushalt: 'Kommunales Haushaltsrecht kompakt', // Tue 22.06. 09:00–16:00, Stadthalle Lahnstein, KA RLP, Dr. Brandt, 245 €, Doppik
  ersteHilfe: 'Erste Hilfe im Dienst: Ausbildung für betriebliche Ersthelfende', // Tue 29.06. 08:30–16:30, Rathaus Nassau, Unfallkasse, Becker, free (Unfallkasse pays)
  deeskalation: 'Wenn der Tresen zur Front wird', // Thu 01.07. 09:00–15:00, Rathaus Diez, Unfallkasse, Lenz, free, 14 seats
  serienbrief: 'Hundert Briefe mit einem Klick', // Tue 06.07. 09:00–12:00, online, VHS, Weber, 59 €, mail merge in Word
  vergabe: 'Vergabe unterhalb der Schwellenwerte', // Tue 13.07. 09:00–16:00, Stadthalle Lahnstein, KA RLP, Klein, 260 €, 20 seats, deadline Fri 25.06. 12:00
  ergonomie: 'Gut eingestellt: der Bildschirmarbeitsplatz', // Wed 21.07. 14:00–15:30, online, Unfallkasse, Becker, free
  azubis: 'Willkommen an Bord: Einführungstage für Auszubildende', // Tue 03.08. and Wed 04.08. 09:00–15:00, Kreisverwaltung, PE, Roth, free
  ablage: 'Wo ist nur die Datei?', // Thu 05.08. 10:00–11:30, online, KITZ, Hahn, SharePoint / Teams filing, free
  eakte: 'Schluss mit dem Papierstau', // Thu 12.08. 09:00–12:00, VG-Verwaltung Nastätten, KITZ, Hahn, e-file, only Nastätten/Aar-Einrich/Loreley, free
  sitzung: 'Protokoll, Beschluss, Bekanntmachung: Sitzungsdienst für Räte und Ausschüsse', // Tue 24.08. 09:00–16:00, Rathaus Braubach, KA RLP, Klein, 180 €, deadline Fri 06.08. 23:59
  sprache: 'Verstanden beim ersten Lesen', // Tue 07.09. 09:00–16:00, VHS-Bildungszentrum Lahnstein, VHS, Hoffmann, 140 €, plain language
  bescheid: 'Rechtssicher entscheiden: Verwaltungsakt und Widerspruchsverfahren', // Thu 16.09. 09:00–16:00, Rathaus Diez, KA RLP, Dr. Brandt, 210 €
  agile: 'Projekte im Griff: Agiles Arbeiten mit Kanban und Scrum', // Mon 20.09. 09:00–16:00, hybrid (Kreisverwaltung), KA RLP, Wolf, 230 €
  ozg: 'Verwaltung auf Klick', // Wed 29.09. 13:00–16:00, online, KITZ, Kessler, OZG, free
  konflikte: 'Reibung im Team', // Wed 13.10. 09:00–16:00, Kreisverwaltung, KA RLP, Dr. Schäfer, 210 €, for managers
  fuehrung: 'Der Sprung ins Führungsamt', // Thu 28.10. (CEST) and Thu 11.11. (CET) 09:00–16:00, Stadthalle Lahnstein, KA RLP, Dr. Schäfer, 495 €, new managers
  gebaerden: 'Einfach gebärden: Grundkurs Deutsche Gebärdensprache', // draft (Wed 15.09.)
  starkregen: 'Starkregenvorsorge in der Bauleitplanung', // draft (Tue 09.11.)
  powerpoint: 'Folien, die überzeugen: PowerPoint für Einsteiger', // cancelled (Thu 24.06.2027)
  baumkontrolle: 'Baumkontrolle und Verkehrssicherung für Bauhöfe', // cancelled (Wed 07.07.2027)
  erechnung: 'Die E-Rechnung kommt: Umstellung in Kasse und Buchhaltung', // past (Tue 18 May 2027)
  brandschutz: 'Ausbildung zur Brandschutzhelferin und zum Brandschutzhelfer', // past (Thu 22 April 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.gebaerden, T.starkregen, T.powerpoint, T.baumkontrolle, T.erechnung, T.brandschutz];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'phish', q: 'gibt es was gegen phishing mails?', kind: 'list', titles: [T.phishing] },
  {
    conv: 'phish',
    q: 'wann ist das',
    kind: 'facts',
    titles: [T.phishing],
    says: ['am Do., 10.06.2027 von 09:00 bis 12:00 Uhr'],
  },
  { conv: 'phish', q: 'online oder präsenz?', kind: 'facts', titles: [T.phishing], says: ['findet online statt'] },
  {
    conv: 'tresen',
    q: 'was tun wenn bürger am tresen ausfallend werden',
    kind: 'list',
    titles: [T.deeskalation],
  },
  {
    conv: 'tresen',
    q: 'Und wo findet der statt?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['im Rathaus Diez'],
  },
  { conv: 'tresen', q: 'Was kostet das?', kind: 'facts', titles: [T.deeskalation], says: ['ist kostenlos'] },
  { conv: 'ai', q: 'is there any training on AI', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    conv: 'ai',
    q: 'when does it start',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['starts on Thu, 17 Jun 2027 at 14:00'],
  },
  { conv: 'doppik', q: 'doppik seminar', kind: 'list', titles: [T.haushalt] },
  {
    conv: 'doppik',
    q: 'wer ist der referent',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['leitet Herr Dr. Michael Brandt'],
  },
  {
    conv: 'doppik',
    q: 'wie lange dauert der',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['dauert 7 Stunden, von 09:00 bis 16:00 Uhr'],
  },
  { conv: 'azubi', q: 'anything for our new azubis', locale: 'en', kind: 'list', titles: [T.azubis] },
  {
    conv: 'azubi',
    q: 'when is it',
    locale: 'en',
    kind: 'facts',
    titles: [T.azubis],
    says: ['on 2 days', 'Tue, 3 Aug 2027 and Wed, 4 Aug 2027', 'each from 09:00 to 15:00'],
  },
  {
    conv: 'azubi',
    q: 'where?',
    locale: 'en',
    kind: 'facts',
    titles: [T.azubis],
    says: ['takes place at Kreisverwaltung Rhein-Lahn-Kreis'],
  },
  { conv: 'vergabe', q: 'ausschreibung unter schwellenwert', kind: 'list', titles: [T.vergabe] },
  {
    conv: 'vergabe',
    q: 'bis wann kann ich mich anmelden',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Fr., 25.06.2027, 12:00 Uhr'],
  },
  {
    conv: 'vergabe',
    q: 'sind noch plätze frei?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['noch 20 von 20 Plätzen frei'],
  },
  { conv: 'sprache', q: 'leichte sprache', kind: 'list', titles: [T.sprache] },
  { conv: 'sprache', q: 'Was kostet das?', kind: 'facts', titles: [T.sprache], says: ['kostet 140 €'] },
  {
    conv: 'sprache',
    q: 'Und wo findet der statt?',
    kind: 'facts',
    titles: [T.sprache],
    says: ['im VHS-Bildungszentrum Lahnstein'],
  },
  { conv: 'rolle', q: 'seminar zum rollenwechsel', kind: 'list', titles: [T.fuehrung] },
  {
    conv: 'rolle',
    q: 'wann genau?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 28.10.2027 und Do., 11.11.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  { conv: 'rolle', q: 'was kostet der', kind: 'facts', titles: [T.fuehrung], says: ['kostet 495 €'] },
  { conv: 'ozg', q: 'OZG training?', locale: 'en', kind: 'list', titles: [T.ozg] },
  {
    conv: 'ozg',
    q: 'Who is the trainer?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ozg],
    says: ['is led by Herr Tobias Kessler'],
  },
  // --- facts -----------------------------------------------------------------------------------------------------------
  {
    q: 'was kostet der excel kurs',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 79 €'],
    mentions: ['Die Gebühr trägt die entsendende Dienststelle.'],
  },
  {
    q: 'kostet der erste hilfe lehrgang was',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse Rheinland-Pfalz für ihre Mitgliedsverwaltungen.'],
  },
  { q: 'how much is the scrum course', locale: 'en', kind: 'facts', titles: [T.agile], says: ['costs €230'] },
  {
    q: 'when is the excel course',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['on Mon, 14 Jun 2027 from 09:00 to 12:00'],
  },
  {
    q: 'wie lange dauert die ergonomie schulung',
    kind: 'facts',
    titles: [T.ergonomie],
    says: ['dauert 1,5 Stunden, von 14:00 bis 15:30 Uhr'],
  },
  {
    q: 'wo findet agiles arbeiten statt',
    kind: 'facts',
    titles: [T.agile],
    says: [/in der Kreisverwaltung Rhein-Lahn-Kreis.* oder online/],
  },
  {
    q: 'wer leitet den serienbrief kurs',
    kind: 'facts',
    titles: [T.serienbrief],
    says: ['leitet Frau Claudia Weber'],
  },
  {
    q: 'registration deadline for the english course',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 4 Jun 2027, 23:59'],
  },
  {
    q: 'is the ergonomics session online',
    locale: 'en',
    kind: 'facts',
    titles: [T.ergonomie],
    says: ['takes place online'],
  },
  // --- topic searches: typos, words only in summary or description, synonyms ------------------------------------------
  { q: 'exel schulung', kind: 'list', titles: [T.excel] },
  { q: 'deeskalatoin', kind: 'list', titles: [T.deeskalation] },
  { q: 'betriebliche gesundheitsförderung', kind: 'list', ...only(T.stress, T.ergonomie) },
  { q: 'mail merge', locale: 'en', kind: 'list', titles: [T.serienbrief] },
  { q: 'e-akte', kind: 'list', titles: [T.eakte] },
  { q: 'sharepoint ablage', kind: 'list', titles: [T.ablage] },
  { q: 'defibrillator', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'widerspruchsverfahren', kind: 'list', titles: [T.bescheid] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, length, cost, language ---------------
  { q: 'was ist diese woche noch', kind: 'list', titles: [T.phishing, T.datenschutz] },
  { q: 'nächste woche vormittags', kind: 'list', titles: [T.excel, T.english] },
  { q: 'anything next week in the afternoon', locale: 'en', kind: 'list', titles: [T.stress, T.ki] },
  { q: 'online seminare im juli', kind: 'list', titles: [T.serienbrief, T.ergonomie] },
  {
    q: "what's on in august",
    locale: 'en',
    kind: 'list',
    titles: [T.azubis, T.ablage, T.eakte, T.sitzung],
  },
  { q: 'kostenlose angebote im juli', kind: 'list', titles: [T.deeskalation, T.ergonomie] },
  { q: 'was gibt es in diez', kind: 'list', ...only(T.deeskalation, T.bescheid) },
  { q: 'kurse von dr brandt', kind: 'list', ...only(T.haushalt, T.bescheid) },
  {
    q: 'what does the unfallkasse offer',
    locale: 'en',
    kind: 'list',
    ...only(T.stress, T.ersteHilfe, T.deeskalation, T.ergonomie),
  },
  { q: 'ich bin führungskraft, was gibts für mich', kind: 'list', ...only(T.konflikte, T.fuehrung) },
  { q: 'mehrtägige seminare', kind: 'list', ...only(T.azubis, T.fuehrung) },
  { q: 'any courses in english', locale: 'en', kind: 'list', titles: [T.english] },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'wann ist die baumkontrolle', kind: 'gone', gone: T.baumkontrolle },
  { q: 'powerpoint kurs kosten', kind: 'gone', gone: T.powerpoint },
  { q: 'e-rechnung wann war das', kind: 'gone', gone: T.erechnung, says: ['Di., 18.05.2027'] },
  { q: 'wann ist brandschutzhelfer', kind: 'gone', gone: T.brandschutz, says: ['Do., 22.04.2027'] },
  { q: 'gebärdensprache', kind: 'none' },
  { q: 'starkregen', kind: 'none' },
  { q: 'sap schulung', kind: 'none' },
  { q: 'guten morgen', kind: 'help' },
  { q: 'hello', locale: 'en', kind: 'help' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-sixteenth, independent catalogue (Rhein-Lahn-Kreis, Kommunal-Akademie RLP, Unfallkasse RLP)',
  {
    fixture: 'heldout216-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
