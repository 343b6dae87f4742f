// Over-fitting check, hundred-and-ninety-fourth catalogue: the 2027 programme of the Landkreis Dingolfing-Landau (Bavaria)
// with the Bayerische Verwaltungsschule (BVS), the Landratsamt's Personalverwaltung, the AKDB, the Kommunale
// Unfallversicherung Bayern (KUVB) and the Volkshochschule Dingolfing-Landau (VHS), for the county and its towns and
// markets (Dingolfing, Landau an der Isar, Reisbach, Pilsting, Mamming, Eichendorf), imported from a JSON file. Seminars
// take place in the Landratsamt in Dingolfing, the town halls of Landau, Reisbach, Pilsting, Mamming and Eichendorf, the
// Feuerwehrhaus Pilsting, the VHS-Haus Dingolfing, online or hybrid. Several titles do not name their subject ("Klick mit
// Folgen" is information security, "Der digitale Kollege" AI, "Wenn der Akku leer ist" stress, "Kühlen Kopf behalten"
// de-escalation, "Schluss mit dem Umlaufordner" the e-file, "Den Hut aufhaben" leadership, "Vom Tagesordnungspunkt zur
// Niederschrift" council meetings, "Schreiben, dass es jeder versteht" plain language, "Das Rathaus in der Hosentasche"
// OZG online services and the BayernID, "Beurteilen mit Augenmaß" staff appraisal, "Besprechen ohne Anfahrt" video
// conferences), so only summary, description or topics reveal it; one seminar is held in English; the leadership course
// runs on two days; the e-file course is open only to Eichendorf, Mamming and Pilsting; first aid is free, paid by the
// KUVB. Questions are typed the way an acceptance tester would type them in Teams (lower case, typos, no umlauts, a
// quarter in English), without looking at the parser or the answers. Same assertions as the other suites: exactly the
// expected seminars (best first where one is clearly best), the asked fact in the first sentence, never a draft,
// cancelled or past seminar.
//
// Calendar around `now` (Thursday 15 April 2027, 09:45 in Dingolfing, summer time since Sun 28.03.2027; Easter was
// Sun 28.03.; no seminar on the Bavarian holidays Thu 06.05., Mon 17.05. and Thu 27.05.):
//   this week:  today Thu 15.04. 13:30–16:00 Outlook (online); Fri 16.04. 09:00–12:00 data protection (hybrid, LRA)
//   next week:  Mon 19.04. morning (information security, online), Tue 20.04. afternoon (AI, hybrid, LRA),
//               Wed 21.04. morning (English, LRA; deadline passed Fri 09.04. 23:59), Thu 22.04. afternoon (stress, online)
//   then:       nothing from Fri 23.04. to Mon 03.05. except the cancelled moderation course (Tue 27.04.)
//   May:        Tue 04. Excel (online), Tue 11. procurement law (Rathaus Landau; deadline Fri 23.04. 12:00),
//               Wed 12. first aid (Feuerwehrhaus Pilsting), Thu 20. de-escalation (Rathaus Reisbach),
//               Tue 25. e-file (Rathaus Eichendorf, members only), Wed 26. ergonomics (online)
//   June:       Tue 08./Wed 09. leadership (LRA; deadline Fri 14.05. 23:59), Thu 17. budget law (Rathaus Landau),
//               Tue 22. council meetings (Rathaus Mamming), Wed 30. plain language (VHS-Haus Dingolfing); the cancelled
//               pedelec training on Fri 18.06.
//   July:       Wed 07. online services (online), Thu 15. appraisal (LRA), Tue 20. land-use planning (hybrid, Reisbach)
//   September:  Wed 01. induction day for trainees (LRA), Tue 14. registration and passport law (Rathaus Pilsting),
//               Tue 28. video conferences (online); the draft accessible-PDF course on Thu 23.09.
//   October:    the draft social-media course on Tue 12.10.
//   past:       Wed 24.02.2027 cash audits (Landau), Tue 09.03.2027 fire wardens (Pilsting).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-04-15T07:45:00Z'); // Thursday, 15 April 2027, 09:45 in Dingolfing (CEST)
const TZ = 'Europe/Berlin';

const T = {
  outlook: 'Outlook im Griff: Postfach, Kalender, Aufgaben', // Thu 15.04. 13:30–16:00, online, VHS, Gruber, 59 €
  datenschutz: 'Datenschutz im Rathaus: BayDSG und DSGVO in der Praxis', // Fri 16.04. 09:00–12:00, hybrid (LRA), BVS, Dr. Hofbauer, 95 €
  phishing: 'Klick mit Folgen', // Mon 19.04. 09:00–11:00, online, AKDB, Eder, information security, free
  ki: 'Der digitale Kollege', // Tue 20.04. 13:30–16:00, hybrid (LRA), AKDB, Brunner, AI / ChatGPT, 85 €
  english: 'English at the Front Desk: Helping International Residents', // Wed 21.04. 09:00–12:30, LRA, VHS, Ms Whitmore, 110 €, deadline passed Fri 09.04. 23:59
  akku: 'Wenn der Akku leer ist', // Thu 22.04. 14:00–16:00, online, KUVB, Stadler, stress / resilience, free
  excel: 'Excel für die Verwaltung: Formeln, Filter, Pivot-Tabellen', // Tue 04.05. 09:00–12:00, online, VHS, Gruber, 79 € (Dienststelle pays)
  vergabe: 'Vergabe unterhalb der Schwellenwerte: UVgO und VOB/A', // Tue 11.05. 09:00–16:00, Rathaus Landau, BVS, Attenberger, 245 €, deadline Fri 23.04. 12:00
  ersteHilfe: 'Erste Hilfe im Betrieb: Grundausbildung für Ersthelfende', // Wed 12.05. 08:30–16:30, Feuerwehrhaus Pilsting, KUVB, Weinzierl, free (KUVB pays), 20 seats
  deeskalation: 'Kühlen Kopf behalten', // Thu 20.05. 09:00–15:00, Rathaus Reisbach, KUVB, Stadler, de-escalation, free, 12 seats
  eakte: 'Schluss mit dem Umlaufordner', // Tue 25.05. 09:00–12:00, Rathaus Eichendorf, AKDB, Eder, e-file, only Eichendorf/Mamming/Pilsting, 120 €
  ergonomie: 'Ergonomie am Bildschirmarbeitsplatz', // Wed 26.05. 14:00–15:30, online, KUVB, Lehner, free
  fuehrung: 'Den Hut aufhaben', // Tue 08.06. and Wed 09.06. 09:00–16:00, LRA, Personalverwaltung, Dr. Kollmannsberger, 380 €, new managers, deadline Fri 14.05. 23:59
  haushalt: 'Kommunales Haushaltsrecht in Bayern: Haushaltsplan, Nachtrag, Jahresrechnung', // Thu 17.06. 09:00–16:00, Rathaus Landau, BVS, Attenberger, 210 €
  sitzung: 'Vom Tagesordnungspunkt zur Niederschrift', // Tue 22.06. 09:00–16:00, Rathaus Mamming, BVS, Wimmer, council meetings, 190 €, 16 seats
  sprache: 'Schreiben, dass es jeder versteht', // Wed 30.06. 09:00–16:00, VHS-Haus Dingolfing, VHS, Seidl, plain language, 140 €
  onlinedienste: 'Das Rathaus in der Hosentasche', // Wed 07.07. 13:00–16:00, online, AKDB, Brunner, OZG / BayernID, free
  beurteilung: 'Beurteilen mit Augenmaß', // Thu 15.07. 09:00–12:00, LRA, Personalverwaltung, Sturm, appraisal, for managers, free
  bauleitplanung: 'Bebauungsplan & Co.: Bauleitplanung für die Gemeindepraxis', // Tue 20.07. 09:00–16:00, hybrid (Rathaus Reisbach), BVS, Hartl, 230 €
  azubis: 'Willkommen an Bord: Einführungstag für neue Auszubildende', // Wed 01.09. 08:30–15:30, LRA, Personalverwaltung, Obermeier, free
  melde: 'Bürgerbüro kompakt: Melde-, Pass- und Ausweisrecht', // Tue 14.09. 09:00–16:00, Rathaus Pilsting, BVS, Huber, 195 €
  teams: 'Besprechen ohne Anfahrt', // Tue 28.09. 09:00–11:30, online, VHS, Gruber, video conferences with MS Teams, 49 €
  barrierefrei: 'Barrierefreie PDF-Dokumente erstellen', // draft (Thu 23.09.)
  social: 'Instagram & Co.: Social Media für Gemeinden', // draft (Tue 12.10.)
  moderation: 'Bürgerversammlungen souverän moderieren', // cancelled (Tue 27.04.2027)
  dienstrad: 'Sicher auf dem Dienstrad: Pedelec-Training', // cancelled (Fri 18.06.2027)
  brandschutz: 'Ausbildung zur Brandschutzhelferin und zum Brandschutzhelfer', // past (Tue 9 March 2027)
  kasse: 'Die Gemeindekasse im Blick: Kassenprüfung und Barkassen', // past (Wed 24 February 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.barrierefrei, T.social, T.moderation, T.dienstrad, T.brandschutz, T.kasse];
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
    q: 'kosten erste hilfe kurs',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die KUVB für ihre Mitgliedsverwaltungen.'],
  },
  // --- facts: when (two days), start time, duration --------------------------------------------------------------------
  {
    q: 'wann ist datenschutz schulung',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['am Fr., 16.04.2027 von 09:00 bis 12:00 Uhr'],
  },
  {
    q: 'when is the outlook training',
    locale: 'en',
    kind: 'facts',
    titles: [T.outlook],
    says: ['on Thu, 15 Apr 2027 from 13:30 to 16:00'],
  },
  {
    q: 'wann is den hut aufhaben',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Di., 08.06.2027 und Mi., 09.06.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'what time does klick mit folgen start',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['starts on Mon, 19 Apr 2027 at 09:00'],
  },
  {
    q: 'wie lang dauert ergonomie',
    kind: 'facts',
    titles: [T.ergonomie],
    says: ['dauert 1,5 Stunden, von 14:00 bis 15:30 Uhr'],
  },
  {
    q: 'how long is the plain language course',
    locale: 'en',
    kind: 'facts',
    titles: [T.sprache],
    says: ['lasts 7 hours, from 09:00 to 16:00'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  {
    q: 'wo ist das vergaberecht seminar',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['im Rathaus Landau an der Isar'],
  },
  { q: 'wo findet erste hilfe statt', kind: 'facts', titles: [T.ersteHilfe], says: ['im Feuerwehrhaus Pilsting'] },
  {
    q: 'ki schulung online oder praesenz',
    kind: 'facts',
    titles: [T.ki],
    says: [/findet hybrid statt|oder online statt/],
  },
  {
    q: 'wer ist dozent bei haushaltsrecht',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['leitet Herr Michael Attenberger'],
  },
  {
    q: 'who teaches english at the front desk',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['is led by Ms Rachel Whitmore'],
  },
  {
    q: 'bis wann anmelden fuer den hut aufhaben',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['bis Fr., 14.05.2027, 23:59 Uhr'],
  },
  {
    q: 'registration deadline for the english front desk course',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 9 Apr 2027, 23:59'],
  },
  {
    q: 'sitzungsdienst noch plätze frei',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['noch 16 von 16 Plätzen frei'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  {
    conv: 'schalter',
    q: 'kollegin wird am telefon dauernd angeschrien gibts da was',
    kind: 'list',
    titles: [T.deeskalation],
  },
  {
    conv: 'schalter',
    q: 'wann is das',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['am Do., 20.05.2027 von 09:00 bis 15:00 Uhr'],
  },
  {
    conv: 'schalter',
    q: 'und wo findet der statt?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['im Rathaus Reisbach'],
  },
  { conv: 'chatgpt', q: 'anything about chatgpt?', locale: 'en', kind: 'list', titles: [T.ki] },
  { conv: 'chatgpt', q: 'how much does it cost', locale: 'en', kind: 'facts', titles: [T.ki], says: ['costs €85'] },
  {
    conv: 'chatgpt',
    q: 'is it online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: [/is hybrid|or online/],
  },
  { conv: 'bayernid', q: 'schulung zur bayernid', kind: 'list', titles: [T.onlinedienste] },
  { conv: 'bayernid', q: 'was kostet das', kind: 'facts', titles: [T.onlinedienste], says: ['ist kostenlos'] },
  {
    conv: 'bayernid',
    q: 'wer macht das',
    kind: 'facts',
    titles: [T.onlinedienste],
    says: ['leitet Frau Katharina Brunner'],
  },
  // --- topic searches: words only in summary or description, synonyms, typos ------------------------------------------
  { q: 'informationsicherheit', kind: 'list', titles: [T.phishing] },
  { q: 'exel schulung', kind: 'list', titles: [T.excel] },
  { q: 'stressbewaeltigung', kind: 'list', titles: [T.akku] },
  { q: 'rueckenschmerzen', kind: 'list', titles: [T.ergonomie] },
  { q: 'elektronische akte', kind: 'list', titles: [T.eakte] },
  { q: 'amtsdeutsch', kind: 'list', titles: [T.sprache] },
  { q: 'protokoll gemeinderatssitzung', kind: 'list', titles: [T.sitzung] },
  { q: 'ausschreibungen', kind: 'list', titles: [T.vergabe] },
  { q: 'mitarbeiterbeurteilung', kind: 'list', titles: [T.beurteilung] },
  { q: 'videokonferenz', kind: 'list', titles: [T.teams] },
  { q: 'defibrilator', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'onboarding for new apprentices', locale: 'en', kind: 'list', titles: [T.azubis] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, length, cost, language, seats ---------
  { q: 'was ist heute noch', kind: 'list', titles: [T.outlook] },
  { q: 'was ist morgen', kind: 'list', titles: [T.datenschutz] },
  { q: 'naechste woche', kind: 'list', titles: [T.phishing, T.ki, T.english, T.akku] },
  { q: 'nächste woche nachmittags', kind: 'list', titles: [T.ki, T.akku] },
  { q: 'anything next week in the morning', locale: 'en', kind: 'list', titles: [T.phishing, T.english] },
  {
    q: 'was gibts im mai',
    kind: 'list',
    titles: [T.excel, T.vergabe, T.ersteHilfe, T.deeskalation, T.eakte, T.ergonomie],
  },
  { q: "what's on in june", locale: 'en', kind: 'list', titles: [T.fuehrung, T.haushalt, T.sitzung, T.sprache] },
  { q: 'online seminare im mai', kind: 'list', titles: [T.excel, T.ergonomie] },
  { q: 'kostenlose kurse im mai', kind: 'list', titles: [T.ersteHilfe, T.deeskalation, T.ergonomie] },
  { q: 'noch plaetze frei im september', kind: 'list', titles: [T.azubis, T.melde, T.teams] },
  { q: 'was gibts in pilsting', kind: 'list', ...only(T.ersteHilfe, T.melde) },
  { q: 'kurse von frau gruber', kind: 'list', ...only(T.outlook, T.excel, T.teams) },
  { q: 'was bietet die kuvb an', kind: 'list', ...only(T.akku, T.ersteHilfe, T.deeskalation, T.ergonomie) },
  {
    q: 'free online courses',
    locale: 'en',
    kind: 'list',
    ...only(T.phishing, T.akku, T.ergonomie, T.onlinedienste),
  },
  { q: 'ich bin fuehrungskraft was gibts fuer mich', kind: 'list', ...only(T.fuehrung, T.beurteilung) },
  { q: 'mehrtaegige seminare', kind: 'list', titles: [T.fuehrung] },
  { q: 'any courses in english', locale: 'en', kind: 'list', titles: [T.english] },
  // --- gone, drafts never shown, no match, greeting, registrations -----------------------------------------------------
  { q: 'wann ist bürgerversammlung moderieren', kind: 'gone', gone: T.moderation },
  { q: 'is the pedelec training still happening', locale: 'en', kind: 'gone', gone: T.dienstrad },
  {
    q: 'brandschutzhelfer ausbildung wann war die',
    kind: 'gone',
    gone: T.brandschutz,
    says: ['Di., 09.03.2027'],
  },
  { q: 'kassenpruefung seminar', kind: 'gone', gone: T.kasse, says: ['Mi., 24.02.2027'] },
  { q: 'barrierefreie pdf erstellen', kind: 'none' },
  { q: 'instagram schulung', kind: 'none' },
  { q: 'french course', locale: 'en', kind: 'none' },
  { q: 'servus', kind: 'help' },
  { q: 'hello', locale: 'en', kind: 'help' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a hundred-and-ninety-fourth, independent catalogue (Landkreis Dingolfing-Landau, BVS, AKDB, KUVB)',
  {
    fixture: 'heldout194-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
