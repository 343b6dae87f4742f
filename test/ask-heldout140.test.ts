// Over-fitting check, hundred-and-fortieth catalogue: the spring 2027 programme of the Landkreis Prignitz (Brandenburg) with
// the Brandenburgische Kommunalakademie (BKA), the Personalentwicklung of the Kreisverwaltung in Perleberg, the Zentraler
// IT-Dienstleister des Landes Brandenburg (ZIT-BB), the Unfallkasse Brandenburg and the Kreisvolkshochschule Prignitz,
// for the county, its towns (Perleberg, Wittenberge, Pritzwalk), the Gemeinde Karstädt and the Ämter Bad
// Wilsnack/Weisen, Meyenburg and Putlitz-Berge, imported from a JSON file. Seminars take place in the Kreisverwaltung
// in Perleberg, the KVHS in Wittenberge and Perleberg, the town halls of Wittenberge and Pritzwalk, the Bürgerhaus
// Karstädt, the Amtsverwaltung Bad Wilsnack, the Amt Meyenburg, the Feuerwache Wittenberge, a driving ground in
// Pritzwalk, online or hybrid. Several titles do not name their subject ("Pause für den Kopf" is stress management,
// "Was darf ich wem sagen" data protection, "Misstrauen ist erlaubt" information security / phishing, "Rund um die Uhr
// geöffnet" the OZG and online services, "Mehr Luft im Kalender" time management, "Von der Einladung bis zum Beschluss"
// council meeting service, "Gut am Apparat" telephone skills, "Sicher ans Ziel" driving safety, "Schreiben, das
// ankommt" plain language in letters), so only summary, description or topics reveal it; one seminar is held in
// English; the administrative-procedure course runs on two days; the meeting-service course is open only to the Ämter
// Bad Wilsnack/Weisen, Meyenburg and Putlitz-Berge; the conflict course has only 8 seats. Questions are typed the way
// colleagues write in Teams (short, lower case, typos, no umlauts, some English, follow-ups), without looking at the
// parser or the answers. Same assertions as the other suites: exactly the expected seminars (best first where one is
// clearly best), the asked fact in the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Wednesday 10 March 2027, 09:30 in Perleberg, winter time; summer time begins Sun 28.03.2027;
// Easter is Sun 28.03.2027, nothing is held on Good Friday or Easter Monday):
//   this week:  today Wed 10.03. 14:00–15:30 stress (online, afternoon); Thu 11.03. 09:00–12:00 data protection
//               (hybrid, Kreisverwaltung, tomorrow); nothing on Fri 12.03.
//   next week:  Tue 16.03. 09:00–11:30 Teams (online), Wed 17.03. 13:00–16:00 Excel (KVHS Wittenberge, afternoon),
//               Thu 18.03. 08:30–10:30 information security (online)
//   then:       nothing from Fri 19.03. to Wed 24.03. except the cancelled Outlook course (Tue 23.03.);
//               Thu 25.03. 09:00–16:00 procurement law (Kreisverwaltung; deadline Mon 15.03. 12:00, still open);
//               Wed 31.03. 09:00–12:30 (CEST) English course (Rathaus Wittenberge; deadline passed Fri 05.03. 23:59)
//   April:      Tue 06. 09:00–12:00 OZG (online), Thu 08. 08:00–15:30 first aid (Bürgerhaus Karstädt; deadline Thu
//               01.04. 23:59), Tue 13. 09:00–15:00 conflict talks (Bad Wilsnack, 8 seats), Wed 14. 18:00–20:00 time
//               management (online, evening), Mon 19./Tue 20. 09:00–16:00 administrative procedure (two days,
//               Kreisverwaltung; deadline Fri 02.04. 12:00), Thu 22. 13:00–16:00 AI assistants (hybrid, Kreisverwaltung)
//   May:        Tue 04. 09:00–15:00 meeting service (Amt Meyenburg, three Ämter only), Mon 10. 09:00–12:00 telephone
//               (Rathaus Pritzwalk), Wed 12. 13:30–15:30 accessible PDFs (online), Tue 18. 08:00–16:00 driving safety
//               (Pritzwalk), Wed 26. 09:00–16:00 plain language (KVHS Perleberg); the cancelled ladder course Thu 20.05.
//   June:       Tue 01. 09:00–14:00 induction day for new staff (Kreisverwaltung), Wed 09. 09:00–13:00 fire wardens
//               (Feuerwache Wittenberge), Tue 15. 09:00–16:00 leading remote staff (hybrid, Kreisverwaltung); the draft
//               social-media course Wed 23.06.
//   July:       nothing published; the draft monument-protection course Tue 06.07.
//   past:       Thu 25.02.2027 annual accounts (Doppik, Kreisverwaltung), Tue 02.03.2027 registration law (Rathaus
//               Perleberg).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-03-10T08:30:00Z'); // Wednesday, 10 March 2027, 09:30 in Perleberg (CET)
const TZ = 'Europe/Berlin';

const T = {
  stress: 'Pause für den Kopf', // Wed 10.03. 14:00–15:30, online, Unfallkasse, Voß, stress management, free (today)
  datenschutz: 'Was darf ich wem sagen', // Thu 11.03. 09:00–12:00, hybrid (Kreisverwaltung), Personalentwicklung, Hinz, data protection, free
  teams: 'Microsoft Teams im Verwaltungsalltag: Chats, Kanäle, Besprechungen', // Tue 16.03. 09:00–11:30, online, ZIT-BB, Dahms, free
  excel: 'Tabellen im Griff: Excel für Sachbearbeitung und Sekretariat', // Wed 17.03. 13:00–16:00, KVHS Wittenberge, Rohde, 85 € (Dienststelle pays)
  phishing: 'Misstrauen ist erlaubt', // Thu 18.03. 08:30–10:30, online, ZIT-BB, Wegener, information security, free
  vergabe: 'Vergaberecht für Einsteiger: Aufträge rechtssicher vergeben', // Thu 25.03. 09:00–16:00, Kreisverwaltung, BKA, Dr. Matthes, 240 €, deadline Mon 15.03. 12:00
  english: "Welcome to the Prignitz: English for the Citizens' Office", // Wed 31.03. 09:00–12:30 (CEST), Rathaus Wittenberge, KVHS, Donovan, English, 110 €, deadline passed Fri 05.03. 23:59
  ozg: 'Rund um die Uhr geöffnet', // Tue 06.04. 09:00–12:00, online, ZIT-BB, Dahms, OZG / online services, free
  ersteHilfe: 'Erste Hilfe im Betrieb: Aus- und Fortbildung für Ersthelfende', // Thu 08.04. 08:00–15:30, Bürgerhaus Karstädt, Unfallkasse, Pagel, free, deadline Thu 01.04. 23:59
  konflikt: 'Konfliktgespräche souverän führen', // Tue 13.04. 09:00–15:00, Amtsverwaltung Bad Wilsnack, BKA, Lenz, 195 €, 8 seats
  zeit: 'Mehr Luft im Kalender', // Wed 14.04. 18:00–20:00, online, KVHS, Brüning, time management, 35 €
  verfahren: 'Das Verwaltungsverfahren von A bis Z', // Mon 19.04. and Tue 20.04. 09:00–16:00, Kreisverwaltung, BKA, Dr. Matthes, 380 €, deadline Fri 02.04. 12:00
  ki: 'Copilot und Co.: KI-Assistenten sicher im Büro nutzen', // Thu 22.04. 13:00–16:00, hybrid (Kreisverwaltung), ZIT-BB, Wegener, AI, free
  sitzung: 'Von der Einladung bis zum Beschluss', // Tue 04.05. 09:00–15:00, Amt Meyenburg, BKA, Schwarz, council meeting service, only the three Ämter, free
  telefon: 'Gut am Apparat', // Mon 10.05. 09:00–12:00, Rathaus Pritzwalk, KVHS, Gericke, telephone skills, 95 €
  pdf: 'Barrierefreie PDF-Dokumente erstellen', // Wed 12.05. 13:30–15:30, online, ZIT-BB, Dahms, free
  fahren: 'Sicher ans Ziel', // Tue 18.05. 08:00–16:00, Verkehrsübungsplatz Pritzwalk, Unfallkasse, Kühn, driving safety, free
  schreiben: 'Schreiben, das ankommt', // Wed 26.05. 09:00–16:00, KVHS Perleberg, Gericke, plain language, 140 €
  willkommen: 'Willkommen in der Kreisverwaltung: Einführungstag für neue Beschäftigte', // Tue 01.06. 09:00–14:00, Kreisverwaltung, Personalentwicklung, Lüdtke, free
  brandschutz: 'Brandschutzhelferinnen und Brandschutzhelfer: Ausbildung nach ASR A2.2', // Wed 09.06. 09:00–13:00, Feuerwache Wittenberge, Unfallkasse, Kühn, free
  distanz: 'Führen auf Distanz: Mitarbeitende im Homeoffice gut begleiten', // Tue 15.06. 09:00–16:00, hybrid (Kreisverwaltung), BKA, Lenz, 210 €, managers
  socialMedia: 'Likes für die Gemeinde: Social Media für Städte und Ämter', // draft (Wed 23.06.)
  denkmal: 'Denkmalschutz in der historischen Altstadt', // draft (Tue 06.07.)
  outlook: 'Outlook im Griff: E-Mails, Kalender und Aufgaben organisieren', // cancelled (Tue 23.03.2027)
  leitern: 'Sicher auf Leitern und Tritten', // cancelled (Thu 20.05.2027)
  doppik: 'Jahresabschluss in der Doppik: Von der Inventur bis zum Anhang', // past (Thu 25 Feb 2027)
  meldewesen: 'Neues im Meldewesen 2027', // past (Tue 2 Mar 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.socialMedia, T.denkmal, T.outlook, T.leitern, T.doppik, T.meldewesen];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  {
    q: 'was kostet der erste hilfe kurs',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangskosten übernimmt die Unfallkasse Brandenburg.'],
  },
  { q: 'price vergabe seminar', locale: 'en', kind: 'facts', titles: [T.vergabe], says: ['costs €240'] },
  {
    q: 'wie teuer ist das verwaltungsverfahren seminar',
    kind: 'facts',
    titles: [T.verfahren],
    says: ['kostet 380 €'],
    mentions: ['Die Gebühr gilt für beide Tage einschließlich Mittagessen.'],
  },
  // --- facts: when (two days, after the start of summer time), start time, duration ------------------------------------
  { q: 'exel kurs wann', kind: 'facts', titles: [T.excel], says: ['am Mi., 17.03.2027 von 13:00 bis 16:00 Uhr'] },
  {
    q: 'when is the english course',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['on Wed, 31 Mar 2027 from 09:00 to 12:30'],
  },
  {
    q: 'when is the verwaltungsverfahren course',
    locale: 'en',
    kind: 'facts',
    titles: [T.verfahren],
    says: ['on 2 days', 'Mon, 19 Apr 2027 and Tue, 20 Apr 2027', 'each from 09:00 to 16:00'],
  },
  {
    q: 'what time does the teams training start',
    locale: 'en',
    kind: 'facts',
    titles: [T.teams],
    says: ['starts on Tue, 16 Mar 2027 at 09:00'],
  },
  {
    q: 'wie lange dauert das fahrsicherheitstraning',
    kind: 'facts',
    titles: [T.fahren],
    says: ['dauert 8 Stunden, von 08:00 bis 16:00 Uhr'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  {
    q: 'datenschutz online?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: [/findet hybrid statt|oder online statt/],
  },
  { q: 'where is the stress course', locale: 'en', kind: 'facts', titles: [T.stress], says: ['takes place online'] },
  { q: 'wo ist der brandschutzhelfer kurs', kind: 'facts', titles: [T.brandschutz], says: ['Feuerwache Wittenberge'] },
  { q: 'wer macht die teams schulung', kind: 'facts', titles: [T.teams], says: ['leitet Herr Marcel Dahms'] },
  {
    q: 'who runs the phising training',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['is led by Frau Katrin Wegener'],
  },
  {
    q: 'anmeldeschluss vergaberecht',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Mo., 15.03.2027, 12:00 Uhr'],
  },
  {
    q: 'english course deadline',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 5 Mar 2027, 23:59'],
  },
  {
    q: 'noch plätze bei konflikt seminar',
    kind: 'facts',
    titles: [T.konflikt],
    says: ['noch 8 von 8 Plätzen frei'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  { conv: 'anrufe', q: 'telefontraning', kind: 'list', titles: [T.telefon] },
  { conv: 'anrufe', q: 'wer macht das', kind: 'facts', titles: [T.telefon], says: ['leitet Frau Sabine Gericke'] },
  { conv: 'anrufe', q: 'und wo', kind: 'facts', titles: [T.telefon], says: ['im Rathaus Pritzwalk'] },
  { conv: 'ersthelfer', q: 'any first aid course', locale: 'en', kind: 'list', titles: [T.ersteHilfe] },
  {
    conv: 'ersthelfer',
    q: 'deadline?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['until Thu, 1 Apr 2027, 23:59'],
  },
  {
    conv: 'ersthelfer',
    q: 'where is it',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['at Bürgerhaus Karstädt'],
  },
  { conv: 'chatgpt', q: 'gibts was zu chatgpt', kind: 'list', titles: [T.ki] },
  {
    conv: 'chatgpt',
    q: 'wann ist das',
    kind: 'facts',
    titles: [T.ki],
    says: ['am Do., 22.04.2027 von 13:00 bis 16:00 Uhr'],
  },
  { conv: 'chatgpt', q: 'kostet das was', kind: 'facts', titles: [T.ki], says: ['ist kostenlos'] },
  { conv: 'homeoffice', q: 'training for managers on remote work', locale: 'en', kind: 'list', titles: [T.distanz] },
  { conv: 'homeoffice', q: 'how much', locale: 'en', kind: 'facts', titles: [T.distanz], says: ['costs €210'] },
  {
    conv: 'homeoffice',
    q: 'when is it',
    locale: 'en',
    kind: 'facts',
    titles: [T.distanz],
    says: ['on Tue, 15 Jun 2027 from 09:00 to 16:00'],
  },
  // --- topic searches: everyday words, words only in summary or description, synonyms, typos ---------------------------
  { q: 'informationsicherheit', kind: 'list', titles: [T.phishing] },
  { q: 'burnout vorbeugen', kind: 'list', titles: [T.stress] },
  { q: 'buergerfreundlich schreiben', kind: 'list', titles: [T.schreiben] },
  { q: 'onlinezugangsgesetz', kind: 'list', titles: [T.ozg] },
  { q: 'barrierefreihet', kind: 'list', titles: [T.pdf] },
  { q: 'protokoll gemeindevertetung', kind: 'list', titles: [T.sitzung] },
  { q: 'wiederbelbung kurs', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'fire safety training', locale: 'en', kind: 'list', titles: [T.brandschutz] },
  { q: 'conflict resolution course', locale: 'en', kind: 'list', titles: [T.konflikt] },
  { q: 'video calls training', locale: 'en', kind: 'list', titles: [T.teams] },
  // --- filters: dates, time of day, place, trainer, provider, audience, length, cost, language, seats -----------------
  { q: 'teams schulung nächste woche', kind: 'list', titles: [T.teams] },
  { q: 'was ist morgen', kind: 'list', titles: [T.datenschutz] },
  { q: 'heute nachmittag noch was', kind: 'list', titles: [T.stress] },
  { q: 'naechste woche vormittags', kind: 'list', titles: [T.teams, T.phishing] },
  {
    q: 'was läuft in den nächsten zwei wochen',
    kind: 'list',
    titles: [T.stress, T.datenschutz, T.teams, T.excel, T.phishing],
  },
  {
    q: 'whats on in april',
    locale: 'en',
    kind: 'list',
    titles: [T.ozg, T.ersteHilfe, T.konflikt, T.zeit, T.verfahren, T.ki],
  },
  { q: 'kostenlose seminare im april', kind: 'list', titles: [T.ozg, T.ersteHilfe, T.ki] },
  { q: 'noch plätze frei im mai', kind: 'list', titles: [T.sitzung, T.telefon, T.pdf, T.fahren, T.schreiben] },
  { q: 'kurse in wittenberge', kind: 'list', ...only(T.excel, T.english, T.brandschutz) },
  { q: 'anything in pritzwalk', locale: 'en', kind: 'list', ...only(T.telefon, T.fahren) },
  { q: 'seminare von herrn dahms', kind: 'list', ...only(T.teams, T.ozg, T.pdf) },
  { q: 'was bietet die unfalkasse an', kind: 'list', ...only(T.stress, T.ersteHilfe, T.fahren, T.brandschutz) },
  { q: 'something for new colleagues', locale: 'en', kind: 'list', titles: [T.willkommen] },
  { q: 'mehrtägige seminare', kind: 'list', titles: [T.verfahren] },
  { q: 'any english course', locale: 'en', kind: 'list', titles: [T.english] },
  // --- gone, drafts never shown, no match, greeting --------------------------------------------------------------------
  { q: 'outlook kurs wann', kind: 'gone', gone: T.outlook },
  { q: 'leitern und tritte schulung', kind: 'gone', gone: T.leitern },
  { q: 'doppik jahresabschluss wann war das', kind: 'gone', gone: T.doppik, says: ['Do., 25.02.2027'] },
  {
    q: 'when was the meldewesen seminar',
    locale: 'en',
    kind: 'gone',
    gone: T.meldewesen,
    says: ['Tue, 2 Mar 2027'],
  },
  { q: 'social media schulung', kind: 'none' },
  { q: 'denkmalschutz', kind: 'none' },
  { q: 'french course', locale: 'en', kind: 'none' },
  { q: 'was gibts im juli', kind: 'none' },
  { q: 'hallo', kind: 'help' },
  { q: 'moin', kind: 'help' },
  { q: 'hi', locale: 'en', kind: 'help' },
];

heldoutSuite(
  'answering questions about a hundred-and-fortieth, independent catalogue (Landkreis Prignitz, BKA, Unfallkasse Brandenburg)',
  {
    fixture: 'heldout140-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
