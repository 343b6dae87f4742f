// Over-fitting check, hundred-and-ninety-fifth catalogue: the winter programme 2027/28 of the Landkreis Donau-Ries
// (Bavaria) with the Bayerische Verwaltungsschule (BVS), the Landratsamt's Personalentwicklung, the AKDB, the Kommunale
// Unfallversicherung Bayern (KUVB) and the Volkshochschule Donau-Ries (VHS), for the county and its towns (Donauwörth,
// Nördlingen, Rain, Oettingen i. Bay., Wemding, Harburg (Schwaben)), imported from a JSON file. Seminars take place in
// the Landratsamt in Donauwörth, the VHS building in Donauwörth, the Tagungshaus Kloster Heilig Kreuz, the town halls of
// Nördlingen, Rain, Oettingen, Wemding and Harburg, the Harburg Bauhof, online or hybrid. Several titles do not name
// their subject ("Ein Klick zu viel" is information security / phishing, "Ruhig bleiben, wenn es laut wird"
// de-escalation, "Ein Assistent, der nie Feierabend macht" AI, "Behördengang vom Sofa aus" the OZG / BayernPortal,
// "Schreiben, dass es ankommt" plain language, "Weniger Papier, mehr Überblick" the e-file, "Von der Mail bis zur
// Buchung" e-invoicing / XRechnung, "Zeit für ein Gespräch" staff appraisals, "Akku leer? …" stress), so only summary,
// description or topics reveal it; one seminar is held in English (its deadline has passed); the leadership course runs
// on two days; the e-file course is open only to Rain, Wemding and Harburg; first aid and the OZG course are free with a
// fee note. Questions are asked the way an acceptance tester would, with many short follow-up conversations ("und das
// dritte?", "how much is it?", "Und gibt es den auch online?", "wer leitet den?"), about a quarter in English, without
// looking at the parser or the answers. Same assertions as the other suites: exactly the expected seminars (best first
// where one is clearly best), the asked fact in the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Tuesday 2 November 2027, 10:00 in Donauwörth, winter time since Sun 31.10.2027; summer time
// begins again only on Sun 26.03.2028, so every coming session is CET, +01:00):
//   this week:  nothing more today; Wed 03.11. 09:00–11:30 information security (online, tomorrow), Thu 04.11.
//               13:30–16:00 Outlook/Teams (online, the day after tomorrow), Fri 05.11. 09:00–12:00 data protection
//               (hybrid, Landratsamt)
//   next week:  Mon 08.11. 09:00–12:00 de-escalation (Rathaus Nördlingen), Tue 09.11. 13:00–16:00 AI (hybrid,
//               Landratsamt), Wed 10.11. 09:00–12:30 English (Landratsamt; deadline passed Wed 27.10. 23:59 CEST),
//               Thu 11.11. 14:00–15:30 ergonomics (online)
//   then:       Tue 16.11. the cancelled rhetoric course; Wed 17.11. procurement law (Landratsamt; deadline Fri 05.11.
//               12:00); Thu 18.11. Excel (VHS Donauwörth); Mon 22.11. first aid (Rathaus Rain); Thu 25.11. the cancelled
//               playground inspection course; Tue 30.11. OZG (online)
//   December:   Wed 01. plain language (Rathaus Oettingen), Tue 07. winter service 07:00–12:00 (Bauhof Harburg),
//               Thu 09. e-file (Rathaus Wemding, Rain/Wemding/Harburg only), Tue 14. e-invoicing (online)
//   January:    Tue 11. council meetings (Rathaus Harburg), Wed 19./Thu 20. leadership (Kloster Heilig Kreuz, deadline
//               Fri 10.12.2027), Wed 26. staff appraisals (Landratsamt)
//   February:   Tue 01. induction day (Landratsamt), Wed 09. stress 13:30–16:00 (online), Thu 17. accessible documents
//               (online); the draft social-media course on Tue 15.02.
//   March:      Mon 06. housing benefit (Rathaus Nördlingen); the draft heavy-rain course on Thu 02.03.
//   past:       Tue 21.09.2027 fee calculation (Landratsamt), Thu 14.10.2027 fire-safety helpers (Klösterle Nördlingen).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-11-02T09:00:00Z'); // Tuesday, 2 November 2027, 10:00 in Donauwörth (CET)
const TZ = 'Europe/Berlin';

const T = {
  klick: 'Ein Klick zu viel', // Wed 03.11. 09:00–11:30, online, Personalentwicklung, Kienle, information security, free
  outlook: 'Outlook und Teams im Büroalltag: Termine, Aufgaben, Zusammenarbeit', // Thu 04.11. 13:30–16:00, online, VHS, Straßer, 59 €
  datenschutz: 'Datenschutz im Bürgerbüro: Was darf ich sagen, was muss ich löschen?', // Fri 05.11. 09:00–12:00, hybrid (Landratsamt), BVS, Rieger, 95 €
  deeskalation: 'Ruhig bleiben, wenn es laut wird', // Mon 08.11. 09:00–12:00, Rathaus Nördlingen, KUVB, Haselmayr, free
  ki: 'Ein Assistent, der nie Feierabend macht', // Tue 09.11. 13:00–16:00, hybrid (Landratsamt), AKDB, Hertle, AI, 150 €
  english: 'Welcome to Donau-Ries: English for Citizen Services', // Wed 10.11. 09:00–12:30, Landratsamt, VHS, English, 95 €, deadline passed Wed 27.10. 23:59
  ergonomie: 'Gesund sitzen am Bildschirmarbeitsplatz', // Thu 11.11. 14:00–15:30, online, KUVB, Lechner, free
  vergabe: 'Vergaberecht kompakt: UVgO und VOB/A für Kommunen', // Wed 17.11. 09:00–16:00, Landratsamt, BVS, Dr. Mühlbauer, 280 €, deadline Fri 05.11. 12:00
  excel: 'Excel im Verwaltungsalltag: Von SVERWEIS bis Pivot', // Thu 18.11. 09:00–16:00, Volkshochschule Donau-Ries, VHS, Straßer, 119 €, 12 seats
  ersteHilfe: 'Erste Hilfe im Betrieb: Grundlehrgang für Ersthelfende', // Mon 22.11. 08:30–16:30, Rathaus Rain, KUVB, free (KUVB pays)
  ozg: 'Behördengang vom Sofa aus', // Tue 30.11. 13:00–16:00, online, AKDB, Gerstner, OZG / BayernPortal, free
  sprache: 'Schreiben, dass es ankommt', // Wed 01.12. 09:00–16:00, Rathaus Oettingen, BVS, Zinsmeister, 190 €, plain language
  winterdienst: 'Sicher durch den Winter: Räum- und Streudienst im Bauhof', // Tue 07.12. 07:00–12:00, Bauhof Harburg, KUVB, Stimpfle, free
  eakte: 'Weniger Papier, mehr Überblick', // Thu 09.12. 09:00–12:00, Rathaus Wemding, AKDB, Hertle, e-file, only Rain/Wemding/Harburg, free
  erechnung: 'Von der Mail bis zur Buchung', // Tue 14.12. 13:00–16:00, online, AKDB, Gerstner, e-invoicing / XRechnung, 120 €
  sitzung: 'Sitzungsdienst nach der Bayerischen Gemeindeordnung', // Tue 11.01.2028 09:00–16:00, Rathaus Harburg, BVS, Kratzer, 210 €, 16 seats
  fuehrung: 'Neu in der Rolle: Basisseminar für Führungskräfte', // Wed 19.01. and Thu 20.01.2028 09:00–16:30, Kloster Heilig Kreuz, BVS, Dr. Wiedemann, 520 €
  gespraech: 'Zeit für ein Gespräch', // Wed 26.01.2028 09:00–12:00, Landratsamt, Personalentwicklung, Schiele, appraisals, for managers, free
  einfuehrung: 'Willkommen an Bord: Einführungstag für neue Beschäftigte', // Tue 01.02.2028 09:00–15:00, Landratsamt, Personalentwicklung, free
  stress: 'Akku leer? Wieder Kraft schöpfen im Arbeitsalltag', // Wed 09.02.2028 13:30–16:00, online, KUVB, Lechner, stress, free
  barrierefrei: 'Barrierefreie Dokumente mit Word und PDF', // Thu 17.02.2028 09:00–12:30, online, VHS, Gerstmeier, 89 €
  wohngeld: 'Wohngeld kompakt: Neuerungen und Praxisfälle', // Mon 06.03.2028 09:00–16:00, Rathaus Nördlingen, BVS, Beck, 160 €
  socialmedia: 'Instagram, Facebook & Co.: Social Media für Kommunen', // draft (Tue 15.02.2028)
  starkregen: 'Starkregenvorsorge in der Bauleitplanung', // draft (Thu 02.03.2028)
  rhetorik: 'Sicher reden vor Gemeinderat und Ausschuss', // cancelled (Tue 16.11.2027)
  spielplatz: 'Spielplätze sicher kontrollieren', // cancelled (Thu 25.11.2027)
  brandschutz: 'Brandschutzhelfer-Ausbildung nach ASR A2.2', // past (Thu 14 October 2027)
  gebuehren: 'Gebührenkalkulation für Wasser und Abwasser', // past (Tue 21 September 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.socialmedia, T.starkregen, T.rhetorik, T.spielplatz, T.brandschutz, T.gebuehren];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-ups: a fact after a list, "und das dritte?", "wer leitet den?", "Und gibt es den auch online?" ----------
  { conv: 'woche', q: 'Was steht diese Woche noch an?', kind: 'list', titles: [T.klick, T.outlook, T.datenschutz] },
  { conv: 'woche', q: 'was kostet das erste?', kind: 'facts', titles: [T.klick], says: ['ist kostenlos'] },
  { conv: 'woche', q: 'und das dritte?', kind: 'facts', titles: [T.datenschutz], says: ['kostet 95 €'] },
  {
    conv: 'laut',
    q: 'Gibt es was zum Umgang mit aggressiven Bürgern?',
    kind: 'list',
    titles: [T.deeskalation],
  },
  {
    conv: 'laut',
    q: 'wer leitet den?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['leitet Herr Michael Haselmayr'],
  },
  {
    conv: 'laut',
    q: 'Und gibt es den auch online?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['findet in Präsenz statt', 'im Rathaus Nördlingen'],
  },
  { conv: 'copilot', q: 'is there any training on copilot or chatgpt', locale: 'en', kind: 'list', titles: [T.ki] },
  { conv: 'copilot', q: 'how much is it?', locale: 'en', kind: 'facts', titles: [T.ki], says: ['costs €150'] },
  {
    conv: 'copilot',
    q: 'where is it held?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['at Landratsamt Donau-Ries', 'or online'],
  },
  { conv: 'rechnung', q: 'xrechnung schulung', kind: 'list', titles: [T.erechnung] },
  {
    conv: 'rechnung',
    q: 'wann ist die?',
    kind: 'facts',
    titles: [T.erechnung],
    says: ['am Di., 14.12.2027 von 13:00 bis 16:00 Uhr'],
  },
  {
    conv: 'dezember',
    q: 'was gibts im dezember',
    kind: 'list',
    titles: [T.sprache, T.winterdienst, T.eakte, T.erechnung],
  },
  {
    conv: 'dezember',
    q: 'wo ist das zweite?',
    kind: 'facts',
    titles: [T.winterdienst],
    says: ['Bauhof Harburg (Schwaben)'],
  },
  {
    conv: 'rolle',
    q: 'Wann ist Neu in der Rolle?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Mi., 19.01.2028 und Do., 20.01.2028', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    conv: 'rolle',
    q: 'was kostet der?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['kostet 520 €'],
    mentions: ['Inklusive Tagungsverpflegung; eine Übernachtung ist nicht enthalten.'],
  },
  { conv: 'stress', q: 'anything on stress management', locale: 'en', kind: 'list', titles: [T.stress] },
  { conv: 'stress', q: 'is it online?', locale: 'en', kind: 'facts', titles: [T.stress], says: ['takes place online'] },
  {
    conv: 'stress',
    q: 'when is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.stress],
    says: ['on Wed, 9 Feb 2028 from 13:30 to 16:00'],
  },
  {
    conv: 'englisch',
    q: 'Englischkurs für Mitarbeiter der Ausländerbehörde',
    kind: 'list',
    titles: [T.english],
  },
  {
    conv: 'englisch',
    q: 'bis wann kann ich mich da anmelden?',
    kind: 'facts',
    titles: [T.english],
    says: ['ist am Mi., 27.10.2027, 23:59 Uhr abgelaufen'],
  },
  { conv: 'erste', q: 'erste hilfe kurs', kind: 'list', titles: [T.ersteHilfe] },
  {
    conv: 'erste',
    q: 'was kostet das',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die KUVB für ihre Mitglieder.'],
  },
  {
    conv: 'erste',
    q: 'wie lange dauert der?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['dauert 8 Stunden, von 08:30 bis 16:30 Uhr'],
  },
  { conv: 'sitzung', q: 'is there a course on sitzungsdienst', locale: 'en', kind: 'list', titles: [T.sitzung] },
  {
    conv: 'sitzung',
    q: 'any seats left?',
    locale: 'en',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['has 16 of 16 seats left'],
  },
  // --- facts: cost, date, start time, place, trainer, deadline, format --------------------------------------------------
  { q: 'was kostet der vergaberecht kurs', kind: 'facts', titles: [T.vergabe], says: ['kostet 280 €'] },
  {
    q: 'wann findet der excel kurs statt',
    kind: 'facts',
    titles: [T.excel],
    says: ['am Do., 18.11.2027 von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'when is the wohngeld seminar',
    locale: 'en',
    kind: 'facts',
    titles: [T.wohngeld],
    says: ['on Mon, 6 Mar 2028 from 09:00 to 16:00'],
  },
  {
    q: 'um wie viel uhr fängt der winterdienst lehrgang an',
    kind: 'facts',
    titles: [T.winterdienst],
    says: ['beginnt am Di., 07.12.2027 um 07:00 Uhr'],
  },
  {
    q: 'wo ist der kurs schreiben dass es ankommt',
    kind: 'facts',
    titles: [T.sprache],
    says: ['im Rathaus Oettingen'],
  },
  {
    q: 'where is the e-akte training',
    locale: 'en',
    kind: 'facts',
    titles: [T.eakte],
    says: ['at Rathaus Wemding'],
  },
  {
    q: 'wer hält den vergabrecht kurs',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['leitet Frau Dr. Katharina Mühlbauer'],
  },
  { q: 'anmeldeschluss vergaberecht', kind: 'facts', titles: [T.vergabe], says: ['bis Fr., 05.11.2027, 12:00 Uhr'] },
  {
    q: 'ist der datenschtuz kurs online oder präsenz',
    kind: 'facts',
    titles: [T.datenschutz],
    says: [/findet hybrid statt|oder online statt/],
  },
  // --- topic searches: words only in summary or description, synonyms, typos ------------------------------------------
  { q: 'phishing', kind: 'list', titles: [T.klick] },
  { q: 'elektronische akte', kind: 'list', titles: [T.eakte] },
  { q: 'bayernportal online antraege', kind: 'list', titles: [T.ozg] },
  { q: 'exel kurs', kind: 'list', titles: [T.excel] },
  { q: 'streusalz glätte', kind: 'list', titles: [T.winterdienst] },
  { q: 'mitarbeitergespräche', kind: 'list', titles: [T.gespraech] },
  { q: 'betriebliche gesundheitsförderung', kind: 'list', ...only(T.ergonomie, T.stress) },
  { q: 'training on public procurement', locale: 'en', kind: 'list', titles: [T.vergabe] },
  { q: 'onboarding day for new staff', locale: 'en', kind: 'list', titles: [T.einfuehrung] },
  // --- filters: dates, time of day, cost, format, place, trainer, provider, audience, length, language ----------------
  { q: 'was ist übermorgen', kind: 'list', titles: [T.outlook] },
  { q: 'naechste woche vormittags', kind: 'list', titles: [T.deeskalation, T.english] },
  { q: 'anything next week in the afternoon', locale: 'en', kind: 'list', titles: [T.ki, T.ergonomie] },
  {
    q: 'kostenlose seminare im november',
    kind: 'list',
    titles: [T.klick, T.deeskalation, T.ergonomie, T.ersteHilfe, T.ozg],
  },
  { q: "what's on in january", locale: 'en', kind: 'list', titles: [T.sitzung, T.fuehrung, T.gespraech] },
  { q: 'online-seminare im februar', kind: 'list', titles: [T.stress, T.barrierefrei] },
  { q: 'was gibt es in nördlingen', kind: 'list', ...only(T.deeskalation, T.wohngeld) },
  { q: 'kurse von frau strasser', kind: 'list', ...only(T.outlook, T.excel) },
  {
    q: 'was bietet die kuvb an',
    kind: 'list',
    ...only(T.deeskalation, T.ergonomie, T.ersteHilfe, T.winterdienst, T.stress),
  },
  { q: 'ich bin führungskraft, was gibts für mich', kind: 'list', ...only(T.fuehrung, T.gespraech) },
  { q: 'mehrtägige seminare', kind: 'list', titles: [T.fuehrung] },
  { q: 'any courses in english', locale: 'en', kind: 'list', titles: [T.english] },
  // --- gone, drafts never shown, no match, greeting, registrations ------------------------------------------------------
  { q: 'wann ist der rhetorik kurs', kind: 'gone', gone: T.rhetorik },
  { q: 'spielplatzkontrolle', kind: 'gone', gone: T.spielplatz },
  {
    q: 'wann war die brandschutzhelfer ausbildung',
    kind: 'gone',
    gone: T.brandschutz,
    says: ['Do., 14.10.2027'],
  },
  {
    q: 'wann ist die gebührenkalkulation für abwasser',
    kind: 'gone',
    gone: T.gebuehren,
    says: ['Di., 21.09.2027'],
  },
  { q: 'social media schulung', kind: 'none' },
  { q: 'starkregen', kind: 'none' },
  { q: 'spanish course', locale: 'en', kind: 'none' },
  { q: 'servus', kind: 'help' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a hundred-and-ninety-fifth, independent catalogue (Landkreis Donau-Ries, BVS, KUVB, AKDB)',
  {
    fixture: 'heldout195-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
