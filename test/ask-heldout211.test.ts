// Over-fitting check, two-hundred-and-eleventh catalogue: the 2027 programme of the Lahn-Dill-Kreis (Hesse) with the
// Hessischer Verwaltungsschulverband (HVSV), the Kreisausschuss's Personalentwicklung, ekom21 (KGRZ Hessen), the
// Unfallkasse Hessen (UKH) and the Volkshochschule Lahn-Dill-Kreis (VHS), for the county and its towns (Wetzlar,
// Dillenburg, Herborn, Haiger, Solms, Braunfels), imported from a JSON file. Seminars take place in the Kreishaus Wetzlar,
// the town halls of Wetzlar, Dillenburg, Herborn, Haiger and Solms, the Stadthalle Braunfels, the Haus der
// Volkshochschule in Herborn, online or hybrid. Several titles do not name their subject ("Der Köder im Postfach" is
// phishing / information security, "Gelassen bleiben, wenn alles drängt" stress management, "Der Kollege aus der Cloud"
// AI, "Gut sitzen, klar sehen" ergonomics, "Klar geschrieben, gut verstanden" plain language, "Wenn das Gespräch kippt"
// de-escalation, "Papierlos ab Montag" the e-file, "Weniger Stapel, mehr Überblick" time management, "Vom Formular zum
// Klick" the OZG, "Der Sprung ins kalte Wasser" leadership for new managers), so only summary, description or topics
// reveal it; one seminar is held in English; the leadership course runs on two days across the end of summer time; the
// e-file course is open only to Solms and Braunfels; first aid is free, paid by the UKH. Questions are asked the way an
// acceptance tester would: by title words, by subject words found only in descriptions, and in follow-ups; a quarter in
// English. Same assertions as the other suites: exactly the expected seminars, the asked fact in the first sentence,
// never a draft, cancelled or past seminar.
//
// Calendar around `now` (Wednesday 28 April 2027, 10:30 in Wetzlar, summer time since Sun 28.03.2027; winter time
// begins Sun 31.10.2027):
//   this week:  nothing more today; Thu 29.04. 13:30–15:30 phishing (online, tomorrow), Fri 30.04. 09:00–12:00 data
//               protection (hybrid, Kreishaus Wetzlar)
//   next week:  Mon 03.05. morning (Teams, online), Tue 04.05. afternoon (stress, online), Wed 05.05. morning (English,
//               Rathaus Wetzlar; deadline passed Wed 21.04.), Fri 07.05. morning (AI, hybrid); Thu 06.05. is a holiday
//   May:        Tue 11. first aid (Dillenburg), Wed 12. Excel (online), Thu 20. procurement law (Kreishaus; deadline
//               Mon 10.05. 12:00), Tue 25. ergonomics (online), Wed 26. plain language (Herborn); the cancelled
//               PowerPoint course on Tue 18.05.
//   June:       Tue 08. de-escalation (Haiger), Thu 10. e-file (Solms, Solms/Braunfels only), Mon 14. Doppik
//               (Braunfels), Wed 23. council meetings (Herborn); the draft social-media course on Wed 16.06., the
//               cancelled chainsaw course on Mon 21.06.
//   July:       Wed 07. time management (online), Thu 15. Bescheide (Kreishaus)
//   August:     Tue 03./Wed 04. induction days for trainees (Kreishaus)
//   September:  Tue 07. TVöD (online), Wed 22. team conflicts (Kreishaus, managers), Wed 29. OZG (online); the draft
//               sign-language course on Tue 21.09.
//   Oct/Nov:    Thu 28.10. (CEST) and Thu 11.11. (CET) new managers (Kreishaus)
//   past:       Tue 16.03.2027 e-invoicing (online), Thu 15.04.2027 cash handling (Dillenburg).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-04-28T08:30:00Z'); // Wednesday, 28 April 2027, 10:30 in Wetzlar (CEST)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Der Köder im Postfach', // Thu 29.04. 13:30–15:30, online, ekom21, Weller, phishing, free
  datenschutz: 'Datenschutz am Bürgertelefon: Was darf ich sagen?', // Fri 30.04. 09:00–12:00, hybrid (Kreishaus), PE, Roth, free
  teams: 'Zusammenarbeiten mit Microsoft Teams', // Mon 03.05. 09:00–12:00, online, ekom21, Weller, 95 €, video conferences
  resilienz: 'Gelassen bleiben, wenn alles drängt', // Tue 04.05. 13:30–16:30, online, UKH, Kessler, stress, free
  english: 'English at the Front Desk: Helping International Residents', // Wed 05.05. 09:00–12:30, Rathaus Wetzlar, VHS, 110 €, deadline passed Wed 21.04. 23:59
  ki: 'Der Kollege aus der Cloud', // Fri 07.05. 09:00–12:00, hybrid (Kreishaus), ekom21, Becker, AI, free
  ersteHilfe: 'Erste Hilfe im Dienst: Grundausbildung für Ersthelfende', // Tue 11.05. 08:30–16:30, Rathaus Dillenburg, UKH, Pfeiffer, free (UKH pays)
  excel: 'Tabellen, die rechnen: Excel für die Sachbearbeitung', // Wed 12.05. 13:00–16:00, online, VHS, Schmitt, 79 € (Dienststelle pays)
  vergabe: 'Öffentlich einkaufen: Vergaberecht für Kommunen', // Thu 20.05. 09:00–16:00, Kreishaus, HVSV, Dr. Hof, 280 €, deadline Mon 10.05. 12:00
  ergonomie: 'Gut sitzen, klar sehen', // Tue 25.05. 14:00–15:30, online, UKH, Kessler, ergonomics, free
  sprache: 'Klar geschrieben, gut verstanden', // Wed 26.05. 09:00–16:00, Haus der Volkshochschule Herborn, VHS, Brandt, 140 €, plain language
  deeskalation: 'Wenn das Gespräch kippt', // Tue 08.06. 09:00–15:00, Rathaus Haiger, UKH, Pfeiffer, free, de-escalation
  eakte: 'Papierlos ab Montag', // Thu 10.06. 09:00–12:00, Rathaus Solms, ekom21, Becker, e-file, only Solms/Braunfels, free
  haushalt: 'Doppik verstehen: Der kommunale Haushalt für Einsteiger', // Mon 14.06. 09:00–16:00, Stadthalle Braunfels, HVSV, Weigand, 220 €
  sitzung: 'Von der Einladung bis zum Protokoll: Sitzungsdienst in Gremien', // Wed 23.06. 09:00–16:00, Rathaus Herborn, HVSV, Dr. Hof, 190 €, 16 seats
  zeit: 'Weniger Stapel, mehr Überblick', // Wed 07.07. 09:00–12:00, online, VHS, Schmitt, 69 €, time management
  bescheide: 'Bescheide rechtssicher formulieren', // Thu 15.07. 09:00–16:00, Kreishaus, HVSV, Weigand, 190 €
  azubis: 'Willkommen im Kreishaus: Einführungstage für neue Auszubildende', // Tue 03.08. and Wed 04.08. 09:00–15:00, Kreishaus, PE, free
  tvoed: 'Wer verdient was? Eingruppierung im TVöD', // Tue 07.09. 09:00–16:00, online, HVSV, Weigand, 180 €
  konflikte: 'Spannungen im Team klären', // Wed 22.09. 09:00–16:00, Kreishaus, PE, Vogel, 160 €, for managers
  ozg: 'Vom Formular zum Klick', // Wed 29.09. 13:00–16:00, online, ekom21, Weller, OZG, free
  fuehrung: 'Der Sprung ins kalte Wasser', // Thu 28.10. (CEST) and Thu 11.11. (CET) 09:00–16:00, Kreishaus, PE, Dr. Lenz, 450 €, new managers
  social: 'Instagram & Co.: Social Media für Rathäuser', // draft (Wed 16.06.)
  gebaerden: 'Gebärdensprache für den Bürgerservice: Grundkurs', // draft (Tue 21.09.)
  powerpoint: 'Überzeugend präsentieren mit PowerPoint', // cancelled (Tue 18.05.2027)
  motorsaege: 'Sicher mit der Motorsäge: Lehrgang für Bauhofbeschäftigte', // cancelled (Mon 21.06.2027)
  erechnung: 'Die E-Rechnung kommt: Umstellung in Kämmerei und Buchhaltung', // past (Tue 16 March 2027)
  kasse: 'Sicher kassieren: Bargeld und Kassenführung in der Gemeindekasse', // past (Thu 15 April 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.social, T.gebaerden, T.powerpoint, T.motorsaege, T.erechnung, T.kasse];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  {
    q: 'was kostet der excel kurs',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 79 €'],
    mentions: ['Die Gebühr trägt die entsendende Dienststelle.'],
  },
  {
    q: 'kostet erste hilfe was',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse Hessen.'],
  },
  {
    q: 'how much is the vergaberecht seminar',
    locale: 'en',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['costs €280'],
  },
  // --- facts: when (across the end of summer time), start time, duration -----------------------------------------------
  {
    q: 'wann ist datenschutz am bürgertelefon',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['am Fr., 30.04.2027 von 09:00 bis 12:00 Uhr'],
  },
  {
    q: 'when is the excel course',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['on Wed, 12 May 2027 from 13:00 to 16:00'],
  },
  {
    q: 'wann findet der sprung ins kalte wasser statt',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 28.10.2027 und Do., 11.11.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'when are the azubi induction days',
    locale: 'en',
    kind: 'facts',
    titles: [T.azubis],
    says: ['on 2 days', 'Tue, 3 Aug 2027 and Wed, 4 Aug 2027', 'each from 09:00 to 15:00'],
  },
  {
    q: 'what time does the phishing training start',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['starts on Thu, 29 Apr 2027 at 13:30'],
  },
  {
    q: 'wie lange geht die ergonomie schulung',
    kind: 'facts',
    titles: [T.ergonomie],
    says: ['dauert 1,5 Stunden, von 14:00 bis 15:30 Uhr'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  { q: 'wo ist der doppik kurs', kind: 'facts', titles: [T.haushalt], says: ['in der Stadthalle Braunfels'] },
  {
    q: 'ki schulung online oder vor ort',
    kind: 'facts',
    titles: [T.ki],
    says: [/findet hybrid statt|oder online statt/],
  },
  { q: 'wer leitet den excel kurs', kind: 'facts', titles: [T.excel], says: ['leitet Frau Petra Schmitt'] },
  {
    q: 'anmeldeschluss vergaberecht',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Mo., 10.05.2027, 12:00 Uhr'],
  },
  {
    q: 'registration deadline for english at the front desk',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Wed, 21 Apr 2027, 23:59'],
  },
  {
    q: 'sitzungsdienst noch plätze frei',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['noch 16 von 16 Plätzen frei'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  {
    conv: 'kunden',
    q: 'was mach ich wenn bürger am schalter aggressiv werden',
    kind: 'list',
    titles: [T.deeskalation],
  },
  {
    conv: 'kunden',
    q: 'wann ist das',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['am Di., 08.06.2027 von 09:00 bis 15:00 Uhr'],
  },
  {
    conv: 'kunden',
    q: 'Und wo findet der statt?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['im Rathaus Haiger'],
  },
  { conv: 'ai', q: 'is there any training on chatgpt', locale: 'en', kind: 'list', titles: [T.ki] },
  { conv: 'ai', q: 'how much is it', locale: 'en', kind: 'facts', titles: [T.ki], says: ['is free of charge'] },
  {
    conv: 'ai',
    q: 'Who runs it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is led by Frau Jana Becker'],
  },
  { conv: 'sprache', q: 'gibt es was zu leichter sprache', kind: 'list', titles: [T.sprache] },
  { conv: 'sprache', q: 'Was kostet das?', kind: 'facts', titles: [T.sprache], says: ['kostet 140 €'] },
  {
    conv: 'sprache',
    q: 'gibts das auch online',
    kind: 'facts',
    titles: [T.sprache],
    says: ['findet in Präsenz statt'],
  },
  { conv: 'excel', q: 'any excel courses', locale: 'en', kind: 'list', titles: [T.excel] },
  {
    conv: 'excel',
    q: 'where is it held?',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['takes place online'],
  },
  // --- topic searches: subjects only in summary or description, synonyms, typos ----------------------------------------
  { q: 'phishing mails erkennen', kind: 'list', titles: [T.phishing] },
  { q: 'stressbewältigung', kind: 'list', titles: [T.resilienz] },
  { q: 'betriebliche gesundheitsförderung', kind: 'list', ...only(T.resilienz, T.ergonomie) },
  { q: 'rückenbeschwerden am schreibtisch', kind: 'list', titles: [T.ergonomie] },
  { q: 'künstliche intelligenz', kind: 'list', titles: [T.ki] },
  { q: 'elektronische akte', kind: 'list', titles: [T.eakte] },
  { q: 'onlinezugangsgesetz', kind: 'list', titles: [T.ozg] },
  { q: 'zeitmanagment', kind: 'list', titles: [T.zeit] },
  { q: 'defibrillator', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'exel kurs', kind: 'list', titles: [T.excel] },
  { q: 'deeskaltion', kind: 'list', titles: [T.deeskalation] },
  { q: 'ausschreibungen', kind: 'list', titles: [T.vergabe] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, length, cost, language ----------------
  { q: 'was ist diese woche noch', kind: 'list', titles: [T.phishing, T.datenschutz] },
  { q: 'nächste woche vormittags', kind: 'list', titles: [T.teams, T.english, T.ki] },
  { q: 'anything next week in the afternoon', locale: 'en', kind: 'list', titles: [T.resilienz] },
  { q: "what's on next week", locale: 'en', kind: 'list', titles: [T.teams, T.resilienz, T.english, T.ki] },
  { q: 'seminare vom 10. bis 14. mai', kind: 'list', titles: [T.ersteHilfe, T.excel] },
  { q: 'was gibts im juni', kind: 'list', titles: [T.deeskalation, T.eakte, T.haushalt, T.sitzung] },
  { q: 'kostenlose seminare im juni', kind: 'list', titles: [T.deeskalation, T.eakte] },
  { q: 'online seminare im september', kind: 'list', titles: [T.tvoed, T.ozg] },
  { q: "what's on in july", locale: 'en', kind: 'list', titles: [T.zeit, T.bescheide] },
  { q: 'seminare in herborn', kind: 'list', ...only(T.sprache, T.sitzung) },
  { q: 'kurse bei frau kessler', kind: 'list', ...only(T.resilienz, T.ergonomie) },
  { q: 'was bietet ekom21 an', kind: 'list', ...only(T.phishing, T.teams, T.ki, T.eakte, T.ozg) },
  {
    q: 'courses by the unfallkasse hessen',
    locale: 'en',
    kind: 'list',
    ...only(T.resilienz, T.ersteHilfe, T.ergonomie, T.deeskalation),
  },
  { q: 'ich bin führungskraft, was gibts für mich', kind: 'list', ...only(T.konflikte, T.fuehrung) },
  { q: 'mehrtägige seminare', kind: 'list', ...only(T.azubis, T.fuehrung) },
  { q: 'any courses in english', locale: 'en', kind: 'list', titles: [T.english] },
  // --- gone, drafts never shown, no match, greeting, registrations -----------------------------------------------------
  { q: 'wann ist der motorsägen lehrgang', kind: 'gone', gone: T.motorsaege },
  { q: 'when is the powerpoint course', locale: 'en', kind: 'gone', gone: T.powerpoint },
  { q: 'e-rechnung schulung wann war die', kind: 'gone', gone: T.erechnung, says: ['Di., 16.03.2027'] },
  { q: 'kassenführung seminar wann war das', kind: 'gone', gone: T.kasse, says: ['Do., 15.04.2027'] },
  { q: 'gebärdensprache kurs', kind: 'none' },
  { q: 'social media schulung', kind: 'none' },
  { q: 'french course', locale: 'en', kind: 'none' },
  { q: 'hallo', kind: 'help' },
  { q: 'hi there', locale: 'en', kind: 'help' },
  { q: 'Meine Anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-eleventh, independent catalogue (Lahn-Dill-Kreis, HVSV, ekom21, UKH)',
  {
    fixture: 'heldout211-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
