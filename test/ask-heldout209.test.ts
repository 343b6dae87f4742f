// Over-fitting check, two-hundred-and-ninth catalogue: the spring 2027 programme of the Schwalm-Eder-Kreis (Hesse) with
// the Hessischer Verwaltungsschulverband (HVSV), the Kreisausschuss's Personalentwicklung, ekom21 – KGRZ Hessen, the
// Unfallkasse Hessen (UKH) and the Volkshochschule Schwalm-Eder (VHS), for the county and its towns (Homberg (Efze),
// Melsungen, Fritzlar, Schwalmstadt, Borken (Hessen), Felsberg), imported from a JSON file. Seminars take place in the
// Kreishaus Homberg (Efze), the Stadthalle and the Rathaus Melsungen, the Rathaus Fritzlar, the Bürgerhaus Borken, the
// Rathaus Felsberg and the VHS-Bildungszentrum Schwalmstadt, online or hybrid. Several titles do not name their subject
// ("Der Köder im Postfach" is information security/phishing, "Durchatmen statt durchhalten" stress and burnout prevention,
// "Die Maschine schreibt mit" AI, "Ein Schreiben, viele Adressaten" mail merge in Word, "Ruhe bewahren, Grenzen setzen"
// de-escalation, "Formeln statt Taschenrechner" Excel, "Den Hut aufhaben" leadership for new managers, "Schluss mit dem
// Papierstapel" the e-file, "Sand im Getriebe" team conflicts, "Der Antrag kommt per Klick" OZG online services,
// "Briefe, die ankommen" plain language), so only summary, description or topics reveal it. One seminar is held in
// English; the leadership course runs on two days; the e-file course is open only to Felsberg, Borken and Fritzlar;
// first aid is free, paid by the UKH. Questions are written the way an acceptance tester would: a third polite full
// sentences, a quarter in English, the rest short typed queries, without looking at the parser or the answers.
//
// Calendar around `now` (Wednesday 17 March 2027, 10:00 in Homberg, winter time; summer time begins Sun 28.03.2027, which
// is also Easter Sunday — Good Friday 26.03., Easter Monday 29.03.):
//   this week:  nothing more today; Thu 18.03. 09:00–12:00 Microsoft Teams (online, tomorrow, ekom21, 95 €),
//               Fri 19.03. 09:00–12:30 data protection (hybrid, Kreishaus Homberg, free)
//   next week:  Mon 22.03. 09:00–11:00 phishing (online), Tue 23.03. 13:30–16:00 stress (online),
//               Wed 24.03. 09:00–12:30 English (VHS Schwalmstadt; deadline passed Fri 12.03. 23:59),
//               Thu 25.03. 13:00–16:00 AI (hybrid, Kreishaus); nothing on Fri 26.03.
//   then:       nothing up to Mon 05.04. except the cancelled PowerPoint course (Tue 30.03.)
//   April:      Tue 06. procurement law (Stadthalle Melsungen; deadline Wed 24.03. 12:00 CET), Thu 08. first aid
//               (Fritzlar, 08:30–16:30), Tue 13. mail merge (online), Thu 15. de-escalation (Borken, 09:00–15:00,
//               12 seats), Wed 21. ergonomics (online, 14:00–15:30), Tue 27. Excel (VHS Schwalmstadt, 13:00–16:00);
//               the cancelled chainsaw course on Mon 19.04.
//   May:        Tue 04./Wed 05. leadership (Kreishaus, 09:00–16:30), Mon 10. e-file (Felsberg, members only),
//               Tue 11. council meetings (Fritzlar, 16 seats), Wed 19. team conflicts (Kreishaus, free),
//               Tue 25. OZG (online, 13:00–16:00)
//   June:       Tue 08. travel expenses (Rathaus Melsungen), Thu 17. plain language (VHS Schwalmstadt, 140 €),
//               Wed 23. Scrum (hybrid, Kreishaus, 230 €); the draft sign-language course on Tue 15.06.
//   September:  the draft climate-adaptation course on Thu 09.09.
//   past:       Thu 28.01.2027 fire wardens (Fritzlar), Tue 23.02.2027 e-invoicing (online).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-03-17T09:00:00Z'); // Wednesday, 17 March 2027, 10:00 in Homberg (Efze) (CET)
const TZ = 'Europe/Berlin';

const T = {
  teams: 'Besprechen, teilen, ablegen: Microsoft Teams im Verwaltungsalltag', // Thu 18.03. 09:00–12:00, online, ekom21, Wenderoth, 95 €
  datenschutz: 'Datenschutz im Bürgerbüro: Was darf ich sagen?', // Fri 19.03. 09:00–12:30, hybrid (Kreishaus Homberg), PE, Dr. Rohde, free
  phishing: 'Der Köder im Postfach', // Mon 22.03. 09:00–11:00, online, ekom21, Wenderoth, information security, free
  stress: 'Durchatmen statt durchhalten', // Tue 23.03. 13:30–16:00, online, UKH, Schäfer, stress/burnout, free
  english: 'Welcome to the Schwalm: English for Front-Desk Staff', // Wed 24.03. 09:00–12:30, VHS Schwalmstadt, VHS, English, 110 €, deadline passed Fri 12.03. 23:59
  ki: 'Die Maschine schreibt mit', // Thu 25.03. 13:00–16:00, hybrid (Kreishaus Homberg), ekom21, Hofmann, AI, free
  vergabe: 'Öffentliche Aufträge rechtssicher vergeben: Vergaberecht in Hessen', // Tue 06.04. 09:00–16:00, Stadthalle Melsungen, HVSV, Dr. Ebert, 240 €, deadline Wed 24.03. 12:00
  ersteHilfe: 'Erste Hilfe im Betrieb: Aus- und Fortbildung für Ersthelfende', // Thu 08.04. 08:30–16:30, Rathaus Fritzlar, UKH, Möller, free (UKH pays)
  serienbrief: 'Ein Schreiben, viele Adressaten', // Tue 13.04. 09:00–12:00, online, VHS, Siebert, 65 €, mail merge in Word
  deeskalation: 'Ruhe bewahren, Grenzen setzen', // Thu 15.04. 09:00–15:00, Bürgerhaus Borken, UKH, Dittmar, free, 12 seats
  ergonomie: 'Rücken, Nacken, Bildschirm: Gesund arbeiten am PC-Arbeitsplatz', // Wed 21.04. 14:00–15:30, online, UKH, Schäfer, free
  excel: 'Formeln statt Taschenrechner', // Tue 27.04. 13:00–16:00, VHS Schwalmstadt, VHS, Siebert, 85 € (Dienststelle pays)
  fuehrung: 'Den Hut aufhaben', // Tue 04.05. and Wed 05.05. 09:00–16:30, Kreishaus Homberg, HVSV, Dr. Kördel, 420 €, new managers
  eakte: 'Schluss mit dem Papierstapel', // Mon 10.05. 09:00–12:00, Rathaus Felsberg, ekom21, Brand, e-file, only Felsberg/Borken/Fritzlar, free
  sitzung: 'Von der Einladung bis zur Niederschrift: Sitzungsdienst für Gemeindevertretung und Ausschüsse', // Tue 11.05. 09:00–16:00, Rathaus Fritzlar, HVSV, Dr. Ebert, 190 €, 16 seats
  konflikte: 'Sand im Getriebe', // Wed 19.05. 09:00–16:00, Kreishaus Homberg, PE, Stiehl, free, for managers
  ozg: 'Der Antrag kommt per Klick', // Tue 25.05. 13:00–16:00, online, ekom21, Brand, OZG/civento, free
  reisekosten: 'Dienstreisen richtig abrechnen: das Hessische Reisekostengesetz', // Tue 08.06. 09:00–12:30, Rathaus Melsungen, HVSV, Gerlach, 120 €
  sprache: 'Briefe, die ankommen', // Thu 17.06. 09:00–16:00, VHS Schwalmstadt, VHS, Dr. Vogt, 140 €, plain language
  scrum: 'Agile Projektarbeit mit Scrum und Kanban', // Wed 23.06. 09:00–16:00, hybrid (Kreishaus Homberg), HVSV, Pfeiffer, 230 €
  gebaerden: 'Gebärdensprache kompakt für das Bürgerbüro', // draft (Tue 15.06.)
  klima: 'Starkregen und Hitze: Klimaanpassung in der Bauleitplanung', // draft (Thu 09.09.)
  powerpoint: 'Folien, die wirken: Präsentieren mit PowerPoint', // cancelled (Tue 30.03.2027)
  motorsaege: 'Sicher mit der Motorsäge: Lehrgang für Bauhofbeschäftigte', // cancelled (Mon 19.04.2027)
  erechnung: 'Die E-Rechnung im Kommunalhaushalt', // past (Tue 23 Feb 2027)
  brandschutz: 'Brandschutzhelfer-Ausbildung nach ASR A2.2', // past (Thu 28 Jan 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.gebaerden, T.klima, T.powerpoint, T.motorsaege, T.erechnung, T.brandschutz];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  {
    q: 'Was kostet der Excel-Kurs an der VHS?',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 85 €'],
    mentions: ['Die Gebühr wird der entsendenden Dienststelle in Rechnung gestellt.'],
  },
  {
    q: 'erste hilfe kosten',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse Hessen.'],
  },
  { q: 'How much does the Scrum workshop cost?', locale: 'en', kind: 'facts', titles: [T.scrum], says: ['costs €230'] },
  // --- facts: when, start time, duration -----------------------------------------------------------------------------
  {
    q: 'Wann findet die Datenschutzschulung statt?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['am Fr., 19.03.2027 von 09:00 bis 12:30 Uhr'],
  },
  {
    q: 'wann ist die microsoft teams schulung',
    kind: 'facts',
    titles: [T.teams],
    says: ['am Do., 18.03.2027 von 09:00 bis 12:00 Uhr'],
  },
  {
    q: 'When does the leadership course for new managers take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['on 2 days', 'Tue, 4 May 2027 and Wed, 5 May 2027', 'each from 09:00 to 16:30'],
  },
  {
    q: 'Um wie viel Uhr beginnt der Erste-Hilfe-Lehrgang?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['beginnt am Do., 08.04.2027 um 08:30 Uhr'],
  },
  {
    q: 'What time does the phishing awareness session start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['starts on Mon, 22 Mar 2027 at 09:00'],
  },
  {
    q: 'wie lange dauert ergonomie',
    kind: 'facts',
    titles: [T.ergonomie],
    says: ['dauert 1,5 Stunden, von 14:00 bis 15:30 Uhr'],
  },
  {
    q: 'how long is the ozg session',
    locale: 'en',
    kind: 'facts',
    titles: [T.ozg],
    says: ['lasts 3 hours, from 13:00 to 16:00'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  {
    q: 'Wo findet das Seminar zum Reisekostenrecht statt?',
    kind: 'facts',
    titles: [T.reisekosten],
    says: ['im Rathaus Melsungen'],
  },
  { q: 'wo ist deeskalation', kind: 'facts', titles: [T.deeskalation], says: ['im Bürgerhaus Borken (Hessen)'] },
  {
    q: 'Where is the English course for front-desk staff held?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['at VHS-Bildungszentrum Schwalmstadt'],
  },
  {
    q: 'ki schulung präsenz oder online?',
    kind: 'facts',
    titles: [T.ki],
    says: [/findet hybrid statt|oder online statt/],
  },
  {
    q: 'Is the stress management course online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.stress],
    says: ['takes place online'],
  },
  { q: 'wer leitet den serienbrief kurs', kind: 'facts', titles: [T.serienbrief], says: ['leitet Frau Petra Siebert'] },
  {
    q: 'anmeldeschluss vergabe',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Mi., 24.03.2027, 12:00 Uhr'],
  },
  {
    q: 'What is the registration deadline for the English front-desk course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 12 Mar 2027, 23:59'],
  },
  {
    q: 'Sind für das Deeskalationstraining noch Plätze frei?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  {
    conv: 'bescheide',
    q: 'Gibt es eine Fortbildung dazu, wie man Bescheide verständlicher formuliert?',
    kind: 'list',
    titles: [T.sprache],
  },
  { conv: 'bescheide', q: 'Was kostet das?', kind: 'facts', titles: [T.sprache], says: ['kostet 140 €'] },
  {
    conv: 'bescheide',
    q: 'Und wo findet der statt?',
    kind: 'facts',
    titles: [T.sprache],
    says: ['im VHS-Bildungszentrum Schwalmstadt'],
  },
  {
    conv: 'ai',
    q: 'Is there any training on using AI tools like ChatGPT?',
    locale: 'en',
    kind: 'list',
    titles: [T.ki],
  },
  {
    conv: 'ai',
    q: 'when is it',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['on Thu, 25 Mar 2027 from 13:00 to 16:00'],
  },
  {
    conv: 'ai',
    q: 'who is the trainer?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is led by Frau Lena Hofmann'],
  },
  { conv: 'schalter', q: 'was tun bei aggressiven bürgern am schalter', kind: 'list', titles: [T.deeskalation] },
  {
    conv: 'schalter',
    q: 'wann ist das',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['am Do., 15.04.2027 von 09:00 bis 15:00 Uhr'],
  },
  // --- topic searches: words only in summary or description, synonyms, abbreviations, typos ---------------------------
  { q: 'infomationssicherheit', kind: 'list', titles: [T.phishing] },
  { q: 'exel pivot tabellen', kind: 'list', titles: [T.excel] },
  { q: 'Ich suche eine Schulung zur elektronischen Akte.', kind: 'list', titles: [T.eakte] },
  { q: 'defibrilator', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'onlinezugangsgesetz', kind: 'list', titles: [T.ozg] },
  { q: 'dsgvo', kind: 'list', titles: [T.datenschutz] },
  {
    q: 'Haben Sie etwas zur Burnout-Prävention?',
    kind: 'list',
    titles: [T.stress],
  },
  { q: 'öffentliche ausschreibung', kind: 'list', titles: [T.vergabe] },
  {
    q: 'konflikte im team',
    kind: 'list',
    titles: [T.konflikte],
  },
  { q: 'Do you offer anything on cyber security?', locale: 'en', kind: 'list', titles: [T.phishing] },
  { q: 'betriebliche gesundheitsförderung', kind: 'list', ...only(T.stress, T.ergonomie) },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, length, cost, language, seats ---------
  { q: 'was ist diese woche noch', kind: 'list', titles: [T.teams, T.datenschutz] },
  { q: 'Was findet morgen statt?', kind: 'list', titles: [T.teams] },
  { q: 'nächste woche nachmittags', kind: 'list', titles: [T.stress, T.ki] },
  { q: "What's on next week in the morning?", locale: 'en', kind: 'list', titles: [T.phishing, T.english] },
  {
    q: 'seminare im april',
    kind: 'list',
    titles: [T.vergabe, T.ersteHilfe, T.serienbrief, T.deeskalation, T.ergonomie, T.excel],
  },
  {
    q: "What's on in May?",
    locale: 'en',
    kind: 'list',
    titles: [T.fuehrung, T.eakte, T.sitzung, T.konflikte, T.ozg],
  },
  {
    q: 'Welche Seminare finden zwischen dem 1. und dem 15. April statt?',
    kind: 'list',
    titles: [T.vergabe, T.ersteHilfe, T.serienbrief, T.deeskalation],
  },
  { q: 'online kurse april', kind: 'list', titles: [T.serienbrief, T.ergonomie] },
  { q: 'Welche kostenlosen Seminare gibt es im Mai?', kind: 'list', titles: [T.eakte, T.konflikte, T.ozg] },
  { q: 'freie plätze im juni', kind: 'list', titles: [T.reisekosten, T.sprache, T.scrum] },
  { q: 'was gibts in melsungen', kind: 'list', ...only(T.vergabe, T.reisekosten) },
  { q: 'hybride veranstaltungen', kind: 'list', ...only(T.datenschutz, T.ki, T.scrum) },
  { q: 'kurse von petra siebert', kind: 'list', ...only(T.serienbrief, T.excel) },
  {
    q: 'Welche Seminare bietet die Unfallkasse Hessen an?',
    kind: 'list',
    ...only(T.stress, T.ersteHilfe, T.deeskalation, T.ergonomie),
  },
  {
    q: 'courses by ekom21',
    locale: 'en',
    kind: 'list',
    ...only(T.teams, T.phishing, T.ki, T.eakte, T.ozg),
  },
  {
    q: 'Ich bin Führungskraft – welche Seminare sind für mich geeignet?',
    kind: 'list',
    ...only(T.fuehrung, T.konflikte),
  },
  { q: 'mehrtägige seminare', kind: 'list', titles: [T.fuehrung] },
  { q: 'Are there any courses held in English?', locale: 'en', kind: 'list', titles: [T.english] },
  // --- gone, drafts never shown, no match, greeting, registrations -----------------------------------------------------
  { q: 'When is the PowerPoint course?', locale: 'en', kind: 'gone', gone: T.powerpoint },
  { q: 'motorsägen lehrgang anmelden', kind: 'gone', gone: T.motorsaege },
  { q: 'e-rechnung schulung wann', kind: 'gone', gone: T.erechnung, says: ['Di., 23.02.2027'] },
  { q: 'gebärdensprache', kind: 'none' },
  { q: 'Gibt es ein Seminar zur Klimaanpassung?', kind: 'none' },
  { q: 'italian course', locale: 'en', kind: 'none' },
  { q: 'Guten Tag, was können Sie alles?', kind: 'help' },
  { q: 'Meine Anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-ninth, independent catalogue (Schwalm-Eder-Kreis, HVSV, ekom21, UKH)',
  {
    fixture: 'heldout209-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
