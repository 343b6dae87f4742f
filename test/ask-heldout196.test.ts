// Over-fitting check, hundred-and-ninety-sixth catalogue: the 2027 programme for the Landkreis Sigmaringen
// (Baden-Württemberg) and its towns (Sigmaringen, Bad Saulgau, Pfullendorf, Meßkirch, Mengen, Gammertingen) with the
// Verwaltungsschule des Gemeindetags Baden-Württemberg (VWS), the Landratsamt's Personalentwicklung, Komm.ONE, the
// Unfallkasse Baden-Württemberg (UKBW) and the Volkshochschule Sigmaringen (vhs), imported from a JSON file. Seminars
// take place in the Landratsamt Sigmaringen, the Haus der Volkshochschule in Sigmaringen, the Stadtforum Bad Saulgau, the
// Tagungshaus Kloster Sießen (Bad Saulgau), the town halls of Pfullendorf, Meßkirch, Mengen and Gammertingen, the
// Feuerwehrhaus Mengen and the Bauhof Gammertingen, online or hybrid. Several titles do not name their subject ("Der
// Köder im Postfach" is phishing / information security, "Die Maschine schreibt mit" AI, "Wenn es am Schalter laut wird"
// de-escalation, "Behördengang vom Sofa aus" the OZG and service-bw, "Briefe, die ankommen" plain language, "Wenn der
// Akku leer ist" stress and health promotion, "Die neue Rolle annehmen" leadership for new managers, "Schluss mit dem
// Papierstapel" the e-file, "Alle an einen Tisch" moderating citizen participation, "Alles fest verzurrt?" load
// securing), so only summary, description or topics reveal it. One seminar is held in English; the leadership course
// runs on two days; the e-file course is open only to Meßkirch, Leibertingen and Sauldorf; first aid is free, paid by
// the UKBW. The questions are the acceptance tester's, with an emphasis on time and place (this week, next week, the week
// after next, the next 14 days, end of May, afternoons, weekdays, towns and venues, online or in person), written
// without looking at the parser or the answers. Same assertions as the other suites: exactly the expected seminars (best
// first where one is clearly best), the asked fact in the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Tuesday 4 May 2027, 10:30 in Sigmaringen, summer time since Sun 28.03.2027; holidays in
// Baden-Württemberg: Ascension Thu 06.05., Whit Monday 17.05., Corpus Christi Thu 27.05.):
//   today:         Tue 04.05. 14:00–15:30 ergonomics (online, UKBW, Haug, free)
//   this week:     Wed 05.05. 13:30–16:00 phishing (online, Komm.ONE, Wiedmann, free); nothing Thu (holiday) to Sun
//   next week:     Tue 11.05. 13:00–16:00 Excel (online, vhs, Stehle, 79 €), Wed 12.05. 09:00–12:00 data protection
//                  (hybrid, Landratsamt, free), Thu 13.05. 13:30–16:00 AI (hybrid, Landratsamt, Komm.ONE, free, 40
//                  seats), Fri 14.05. 09:00–12:30 English (Haus der Volkshochschule, 95 €, deadline Fri 07.05. 23:59);
//                  the cancelled social-media course on Tue 11.05. morning
//   next 14 days:  the six above (until Tue 18.05.); nothing from Sat 15.05. to Tue 18.05.
//   week after:    Wed 19.05. 09:00–16:00 procurement law (Landratsamt, VWS, 245 €, deadline passed Fri 30.04. 12:00),
//                  Thu 20.05. 09:00–12:00 de-escalation (Rathaus Pfullendorf, UKBW, Buck, free)
//   end of May:    nothing Fri 21.05. to Mon 24.05.; Tue 25.05. 08:30–16:00 first aid (Feuerwehrhaus Mengen, free),
//                  Wed 26.05. 13:00–16:00 OZG (online, Gaiser, free), Mon 31.05. 09:00–16:00 council meetings
//                  (Rathaus Meßkirch, VWS, Allgaier, 190 €, 16 seats)
//   June:          Wed 02. plain language (Stadtforum Bad Saulgau, 140 €), Tue 08. 13:30–16:00 stress (online, Haug,
//                  free), Thu 10. TVöD (Rathaus Pfullendorf, 230 €), Wed 16. and Thu 17. 09:00–16:30 leadership
//                  (Kloster Sießen, Bad Saulgau, 380 €, deadline Mon 31.05. 12:00), Tue 22. 09:00–12:00 e-file
//                  (Rathaus Meßkirch, members only, free), Wed 30. citizen participation (Rathaus Gammertingen, 160 €);
//                  the cancelled road-works course (Bauhof Pfullendorf) on Mon 07.06.
//   July:          Thu 01. 08:00–12:00 load securing (Bauhof Gammertingen, free), Thu 08. team conflicts for managers
//                  (Landratsamt, 120 €), Wed 14. 09:00–12:00 Outlook (online, Stehle, 59 €), Thu 15. year-end accounts
//                  (Rathaus Mengen, 210 €)
//   September:     Wed 08. induction day for trainees (Landratsamt, free); the draft housing-benefit course Thu 23.09.
//   October:       the draft cemetery course on Tue 12.10. (Rathaus Mengen)
//   past:          Tue 16.03.2027 (winter time) property tax (Landratsamt), Wed 21.04.2027 accessible PDFs (online).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-05-04T08:30:00Z'); // Tuesday, 4 May 2027, 10:30 in Sigmaringen (CEST)
const TZ = 'Europe/Berlin';

const T = {
  ergonomie: 'Gut sitzen, besser arbeiten: Ergonomie am Bildschirmarbeitsplatz', // Tue 04.05. 14:00–15:30, online, UKBW, Haug, free
  phishing: 'Der Köder im Postfach', // Wed 05.05. 13:30–16:00, online, Komm.ONE, Wiedmann, phishing, free
  excel: 'Tabellen im Griff: Excel für die Sachbearbeitung', // Tue 11.05. 13:00–16:00, online, vhs, Stehle, 79 €
  datenschutz: 'Datenschutz im Verwaltungsalltag: Was darf ich weitergeben?', // Wed 12.05. 09:00–12:00, hybrid (Landratsamt), free
  ki: 'Die Maschine schreibt mit', // Thu 13.05. 13:30–16:00, hybrid (Landratsamt), Komm.ONE, Wiedmann, AI, free, 40 seats
  english: 'English at the Front Desk: Helping International Residents', // Fri 14.05. 09:00–12:30, Haus der Volkshochschule, 95 €, deadline Fri 07.05. 23:59
  vergabe: 'Vergaberecht kompakt: UVgO und VOB/A für Kommunen', // Wed 19.05. 09:00–16:00, Landratsamt, VWS, 245 €, deadline passed Fri 30.04. 12:00
  deeskalation: 'Wenn es am Schalter laut wird', // Thu 20.05. 09:00–12:00, Rathaus Pfullendorf, UKBW, Buck, free
  ersteHilfe: 'Erste Hilfe im Betrieb: Aus- und Fortbildung für Ersthelfende', // Tue 25.05. 08:30–16:00, Feuerwehrhaus Mengen, UKBW, free
  ozg: 'Behördengang vom Sofa aus', // Wed 26.05. 13:00–16:00, online, Komm.ONE, Gaiser, OZG / service-bw, free
  sitzung: 'Sitzungsdienst von A bis Z: Gemeinderat und Ausschüsse', // Mon 31.05. 09:00–16:00, Rathaus Meßkirch, VWS, 190 €, 16 seats
  briefe: 'Briefe, die ankommen', // Wed 02.06. 09:00–16:00, Stadtforum Bad Saulgau, vhs, Reiser, 140 €, plain language
  akku: 'Wenn der Akku leer ist', // Tue 08.06. 13:30–16:00, online, UKBW, Haug, stress, free
  tvoed: 'TVöD in der Praxis: Eingruppierung und Stufenzuordnung', // Thu 10.06. 09:00–16:00, Rathaus Pfullendorf, VWS, 230 €
  fuehrung: 'Die neue Rolle annehmen', // Wed 16.06. + Thu 17.06. 09:00–16:30, Kloster Sießen (Bad Saulgau), PE, 380 €, deadline Mon 31.05. 12:00
  eakte: 'Schluss mit dem Papierstapel', // Tue 22.06. 09:00–12:00, Rathaus Meßkirch, Komm.ONE, Gaiser, e-file, members only, free
  beteiligung: 'Alle an einen Tisch', // Wed 30.06. 09:00–16:00, Rathaus Gammertingen, PE, Hengstler, 160 €, citizen participation
  ladung: 'Alles fest verzurrt?', // Thu 01.07. 08:00–12:00, Bauhof Gammertingen, UKBW, load securing, free
  konflikte: 'Spannungen im Team ansprechen', // Thu 08.07. 09:00–16:00, Landratsamt, PE, Maucher, 120 €, for managers
  outlook: 'Outlook im Griff: Mails, Termine, Aufgaben', // Wed 14.07. 09:00–12:00, online, vhs, Stehle, 59 €
  haushalt: 'Jahresabschluss im Neuen Kommunalen Haushaltsrecht', // Thu 15.07. 09:00–16:00, Rathaus Mengen, VWS, 210 €
  azubis: 'Willkommen an Bord: Einführungstag für neue Auszubildende', // Wed 08.09. 08:30–15:30, Landratsamt, PE, free
  friedhof: 'Friedhofsverwaltung: Grabnutzungsrechte und Gebühren', // draft (Tue 12.10., Rathaus Mengen)
  wohngeld: 'Wohngeld nach der Reform: Anträge sicher bearbeiten', // draft (Thu 23.09., online)
  socialMedia: 'Social Media für Städte und Gemeinden', // cancelled (Tue 11.05.2027, online)
  baustellen: 'Arbeitsstellen an Straßen sicher absichern', // cancelled (Mon 07.06.2027, Bauhof Pfullendorf)
  grundsteuer: 'Grundsteuerreform: Bescheide verständlich erklären', // past (Tue 16 March 2027, winter time)
  pdf: 'Barrierefreie PDF-Dokumente erstellen', // past (Wed 21 April 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.friedhof, T.wohngeld, T.socialMedia, T.baustellen, T.grundsteuer, T.pdf];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost, when, start time, duration -------------------------------------------------------------------------
  {
    q: 'how much is the tvoed course in pfullendorf',
    locale: 'en',
    kind: 'facts',
    titles: [T.tvoed],
    says: ['costs €230'],
  },
  {
    q: 'wann ist der sitzungsdienst kurs in meßkirch',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['am Mo., 31.05.2027 von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'wann findet „die neue rolle annehmen“ statt',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Mi., 16.06.2027 und Do., 17.06.2027', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    q: 'when is the outlook training',
    locale: 'en',
    kind: 'facts',
    titles: [T.outlook],
    says: ['on Wed, 14 Jul 2027 from 09:00 to 12:00'],
  },
  {
    q: 'um wieviel uhr fängt der excel kurs nächste woche an',
    kind: 'facts',
    titles: [T.excel],
    says: ['beginnt am Di., 11.05.2027 um 13:00 Uhr'],
  },
  {
    q: 'how long is the ergonomics session this afternoon',
    locale: 'en',
    kind: 'facts',
    titles: [T.ergonomie],
    says: ['lasts 1.5 hours, from 14:00 to 15:30'],
  },
  {
    q: 'wie lange dauert das führungsseminar in bad saulgau',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['dauert 2 Tage, jeweils von 09:00 bis 16:30 Uhr'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  { q: 'wo ist der tvöd kurs', kind: 'facts', titles: [T.tvoed], says: ['im Rathaus Pfullendorf'] },
  {
    q: 'wo findet „briefe, die ankommen“ statt',
    kind: 'facts',
    titles: [T.briefe],
    says: ['im Stadtforum Bad Saulgau'],
  },
  {
    q: 'datenschutz am mittwoch nächste woche – online oder vor ort?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: [/findet hybrid statt|oder online statt/, 'Landratsamt Sigmaringen'],
  },
  { q: 'wer leitet den excel kurs', kind: 'facts', titles: [T.excel], says: ['leitet Frau Carina Stehle'] },
  {
    q: 'who is the trainer for the de-escalation training in pfullendorf',
    locale: 'en',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['is led by Herr Rainer Buck'],
  },
  {
    q: 'anmeldeschluss vergaberecht',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['ist am Fr., 30.04.2027, 12:00 Uhr abgelaufen'],
  },
  {
    q: 'bis wann kann man sich für das seminar im kloster sießen anmelden',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['bis Mo., 31.05.2027, 12:00 Uhr'],
  },
  {
    q: 'registration deadline for the english course',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['until Fri, 7 May 2027, 23:59'],
  },
  {
    q: 'are there seats left for the AI session next thursday',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['has 40 of 40 seats left'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  { conv: 'mengen', q: 'welche kurse sind ende mai in mengen', kind: 'list', titles: [T.ersteHilfe] },
  {
    conv: 'mengen',
    q: 'und wann genau?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['am Di., 25.05.2027 von 08:30 bis 16:00 Uhr'],
  },
  {
    conv: 'mengen',
    q: 'muss ich da was zahlen',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangskosten übernimmt die Unfallkasse Baden-Württemberg für ihre Mitgliedsbetriebe.'],
  },
  {
    conv: 'gammertingen',
    q: 'any course on moderating bürgerversammlungen?',
    locale: 'en',
    kind: 'list',
    titles: [T.beteiligung],
  },
  {
    conv: 'gammertingen',
    q: 'where does it take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.beteiligung],
    says: ['at Rathaus Gammertingen'],
  },
  {
    conv: 'gammertingen',
    q: 'how much does it cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.beteiligung],
    says: ['costs €160'],
  },
  { conv: 'sofa', q: 'gibt es was zu online-anträgen über service-bw', kind: 'list', titles: [T.ozg] },
  { conv: 'sofa', q: 'wer macht das?', kind: 'facts', titles: [T.ozg], says: ['leitet Herr Florian Gaiser'] },
  {
    conv: 'sofa',
    q: 'wann fängt das an',
    kind: 'facts',
    titles: [T.ozg],
    says: ['beginnt am Mi., 26.05.2027 um 13:00 Uhr'],
  },
  // --- topic searches: words only in summary or description, synonyms, typos --------------------------------------------
  { q: 'phishing', kind: 'list', titles: [T.phishing] },
  { q: 'kuenstliche inteligenz', kind: 'list', titles: [T.ki] },
  { q: 'any chatgpt training?', locale: 'en', kind: 'list', titles: [T.ki] },
  { q: 'einfache sprache in bescheiden', kind: 'list', titles: [T.briefe] },
  { q: 'stressbewältigung', kind: 'list', titles: [T.akku] },
  { q: 'ladungssicherung', kind: 'list', titles: [T.ladung] },
  { q: 'elektronische akte', kind: 'list', titles: [T.eakte] },
  { q: 'umgang mit aggressiven besuchern', kind: 'list', titles: [T.deeskalation] },
  { q: 'exel', kind: 'list', titles: [T.excel] },
  // --- time: today, this week, next week, the week after next, next 14 days, end of May, weekdays, months ---------------
  { q: 'was läuft diese woche noch', kind: 'list', titles: [T.ergonomie, T.phishing] },
  { q: 'heute nachmittag was los?', kind: 'list', titles: [T.ergonomie] },
  { q: 'nächste woche vormittags', kind: 'list', titles: [T.datenschutz, T.english] },
  { q: 'afternoon sessions next week?', locale: 'en', kind: 'list', titles: [T.excel, T.ki] },
  {
    q: 'was steht in den nächsten 14 tagen an',
    kind: 'list',
    titles: [T.ergonomie, T.phishing, T.excel, T.datenschutz, T.ki, T.english],
  },
  { q: 'übernächste woche', kind: 'list', titles: [T.vergabe, T.deeskalation] },
  { q: 'was ist ende mai los', kind: 'list', titles: [T.ersteHilfe, T.ozg, T.sitzung] },
  { q: "what's on friday next week", locale: 'en', kind: 'list', titles: [T.english] },
  { q: 'online kurse im juni', kind: 'list', titles: [T.akku] },
  { q: 'präsenzseminare im juli', kind: 'list', titles: [T.ladung, T.konflikte, T.haushalt] },
  { q: "what's on in july", locale: 'en', kind: 'list', titles: [T.ladung, T.konflikte, T.outlook, T.haushalt] },
  { q: 'kostenlose angebote im juni', kind: 'list', titles: [T.akku, T.eakte] },
  // --- place: towns ----------------------------------------------------------------------------------------------------
  { q: 'was gibts in pfullendorf', kind: 'list', ...only(T.deeskalation, T.tvoed) },
  { q: 'seminare in messkirch', kind: 'list', ...only(T.sitzung, T.eakte) },
  { q: 'kurse in mengen', kind: 'list', ...only(T.ersteHilfe, T.haushalt) },
  { q: 'courses in gammertingen', locale: 'en', kind: 'list', ...only(T.beteiligung, T.ladung) },
  // --- trainer, provider, audience, length, language --------------------------------------------------------------------
  { q: 'kurse von frau haug', kind: 'list', ...only(T.ergonomie, T.akku) },
  { q: 'was bietet komm.one an', kind: 'list', ...only(T.phishing, T.ki, T.ozg, T.eakte) },
  {
    q: 'was bietet die unfallkasse an',
    kind: 'list',
    ...only(T.ergonomie, T.deeskalation, T.ersteHilfe, T.akku, T.ladung),
  },
  { q: 'ich bin führungskraft, was passt für mich', kind: 'list', ...only(T.fuehrung, T.konflikte) },
  { q: 'mehrtägige seminare', kind: 'list', titles: [T.fuehrung] },
  { q: 'courses held in english', locale: 'en', kind: 'list', titles: [T.english] },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'wann ist social media für gemeinden', kind: 'gone', gone: T.socialMedia },
  { q: 'grundsteuer seminar wann war das', kind: 'gone', gone: T.grundsteuer, says: ['Di., 16.03.2027'] },
  {
    q: 'when is the accessible pdf training',
    locale: 'en',
    kind: 'gone',
    gone: T.pdf,
    says: ['Wed, 21 Apr 2027'],
  },
  { q: 'friedhofsverwaltung', kind: 'none' },
  { q: 'spanischkurs', kind: 'none' },
  { q: 'grüß gott', kind: 'help' },
  { q: 'help', locale: 'en', kind: 'help' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a hundred-and-ninety-sixth, independent catalogue (Landkreis Sigmaringen, VWS, Komm.ONE, UKBW)',
  {
    fixture: 'heldout196-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
