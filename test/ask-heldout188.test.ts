// Over-fitting check, hundred-and-eighty-eighth catalogue: the spring 2027 programme of the Landkreis Anhalt-Bitterfeld
// (Saxony-Anhalt) with the Studieninstitut für kommunale Verwaltung Sachsen-Anhalt, the county's Personalentwicklung,
// the Kommunale IT-UNION eG (KITU), the Unfallkasse Sachsen-Anhalt and the Kreisvolkshochschule Anhalt-Bitterfeld (KVHS),
// for the county and its towns (Köthen (Anhalt), Bitterfeld-Wolfen, Zerbst/Anhalt, Sandersdorf-Brehna, Raguhn-Jeßnitz,
// Aken (Elbe)), imported from a JSON file. Seminars take place in the Landratsamt Köthen, in Schloss Köthen, the
// KVHS-Bildungszentrum Bitterfeld, the Bildungszentrum der Unfallkasse in Zerbst, the town halls of Bitterfeld-Wolfen,
// Zerbst, Sandersdorf-Brehna, Raguhn-Jeßnitz and Aken, online or hybrid. Several titles do not name their subject ("Der
// Köder im Postfach" is phishing, "Durchatmen statt durchhalten" stress, "Dokumente für alle" accessible documents,
// "Mehr Luft im Kalender" time management, "Ruhe bewahren am Tresen" de-escalation, "Der digitale Kollege" AI,
// "Schreiben, die ankommen" plain language, "Die ersten hundert Tage" leadership, "Vom Ordner zum Vorgang" the e-file,
// "Wohin fließt das Geld?" the double-entry budget, "Zeit für ein ehrliches Gespräch" staff appraisals), so only summary,
// description or topics reveal it; one seminar is held in English; the leadership course runs on two days; the e-file
// course is open only to Zerbst, Aken and Raguhn-Jeßnitz; first aid is free, paid by the Unfallkasse. Questions are
// asked the way an acceptance tester would, with an emphasis on time and place (today, this week, next week mornings,
// the next three weeks, after Easter, months, dates, weekdays, towns and venues, online or in person), without looking at
// the parser or the answers. Same assertions as the other suites: exactly the expected seminars (best first where one is
// clearly best), the asked fact in the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Wednesday 3 March 2027, 09:30 in Köthen, winter time; summer time begins Sun 28.03.2027, which
// is also Easter Sunday; Easter Monday 29.03.):
//   today:      Wed 03.03. 13:00–15:00 Microsoft Teams (online)
//   this week:  Thu 04.03. 09:00–12:00 data protection (Landratsamt Köthen), Fri 05.03. 09:00–12:00 Excel basics (online)
//   next week:  Mon 08.03. 09:00–11:30 phishing (online), Tue 09.03. 13:00–15:30 stress (online), Wed 10.03. 09:00–12:30
//               English (Landratsamt Köthen; deadline passed Fri 26.02. 23:59), Thu 11.03. 13:00–15:30 accessible
//               documents (online), Fri 12.03. 09:00–11:00 time management (online)
//   week after: Mon 15.03. procurement law (Schloss Köthen; deadline Fri 05.03. 12:00), Wed 17.03. 08:30–16:00 first aid
//               (Zerbst), Thu 18.03. 09:00–15:00 de-escalation (Rathaus Bitterfeld-Wolfen)
//   Holy Week:  nothing from Sat 20.03. to Mon 29.03. except the cancelled PowerPoint course (Tue 23.03.)
//   after Easter (CEST): Tue 30.03. Excel advanced (KVHS Bitterfeld), Thu 01.04. council meetings (Sandersdorf-Brehna)
//   April:      Wed 07. 13:00–16:00 AI (hybrid, Landratsamt Köthen), Tue 13. plain language (Raguhn-Jeßnitz), Tue 20./
//               Wed 21. leadership (Schloss Köthen), Tue 27. e-file (Zerbst, members only; deadline Tue 13.04. 12:00),
//               Thu 29. budget (online); the cancelled driving-safety training on Thu 22.04. (Zerbst)
//   May:        Wed 12. staff appraisals (Landratsamt Köthen), Wed 19. Wohngeld (online), Tue 25. 14:00–15:30 back health
//               (online), Thu 27. induction day (Landratsamt Köthen); the draft social-media course on Tue 18.05.
//   June:       Tue 08. fire wardens (Aken); the draft flood-protection course on Wed 16.06.
//   past:       Wed 20.01.2027 property tax (Bitterfeld-Wolfen), Thu 11.02.2027 job references (Landratsamt Köthen).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-03-03T08:30:00Z'); // Wednesday, 3 March 2027, 09:30 in Köthen (CET)
const TZ = 'Europe/Berlin';

const T = {
  teams: 'Besprechen, teilen, zusammenarbeiten: Microsoft Teams im Arbeitsalltag', // Wed 03.03. 13:00–15:00, online, KITU, Wendt, free
  datenschutz: 'Datenschutz im Verwaltungsalltag: Was darf ich weitergeben?', // Thu 04.03. 09:00–12:00, Landratsamt Köthen, PE, Kühne, free
  excel1: 'Excel von Anfang an: Tabellen, Formeln, Diagramme', // Fri 05.03. 09:00–12:00, online, KVHS, Hentschel, 79 €
  phishing: 'Der Köder im Postfach', // Mon 08.03. 09:00–11:30, online, KITU, Reinhardt, information security, free
  stress: 'Durchatmen statt durchhalten', // Tue 09.03. 13:00–15:30, online, Unfallkasse, Krause, stress, free
  english: 'Welcome to Anhalt-Bitterfeld: English at the Front Desk', // Wed 10.03. 09:00–12:30, Landratsamt Köthen, KVHS, English, 110 €, deadline passed Fri 26.02. 23:59
  barrierefrei: 'Dokumente für alle', // Thu 11.03. 13:00–15:30, online, KITU, Wendt, accessible Word/PDF, free
  zeit: 'Mehr Luft im Kalender', // Fri 12.03. 09:00–11:00, online, PE, Lehmann, time management, free
  vergabe: 'Richtig beschaffen: Vergaberecht unterhalb der EU-Schwellenwerte', // Mon 15.03. 09:00–16:00, Schloss Köthen, Studieninstitut, Dr. Nitzsche, 260 €, deadline Fri 05.03. 12:00
  ersteHilfe: 'Erste Hilfe im Betrieb: Ausbildung für Ersthelferinnen und Ersthelfer', // Wed 17.03. 08:30–16:00, Zerbst, Unfallkasse, free (Unfallkasse pays)
  deeskalation: 'Ruhe bewahren am Tresen', // Thu 18.03. 09:00–15:00, Rathaus Bitterfeld-Wolfen, Unfallkasse, Brandt, de-escalation, free, 12 seats
  excel2: 'Mehr aus Excel herausholen: Pivot-Tabellen und SVERWEIS', // Tue 30.03. 09:00–12:00 (CEST), KVHS-Bildungszentrum Bitterfeld, 89 €
  sitzung: 'Gut protokolliert: Sitzungsdienst für Stadt- und Gemeinderat', // Thu 01.04. 09:00–16:00, Rathaus Sandersdorf-Brehna, Studieninstitut, Kaminski, 190 €, 16 seats
  ki: 'Der digitale Kollege', // Wed 07.04. 13:00–16:00, hybrid (Landratsamt Köthen), KITU, Reinhardt, AI, free
  sprache: 'Schreiben, die ankommen', // Tue 13.04. 09:00–16:00, Rathaus Raguhn-Jeßnitz, KVHS, Dr. Schramm, plain language, 150 €
  fuehrung: 'Die ersten hundert Tage', // Tue 20.04. and Wed 21.04. 09:00–16:00, Schloss Köthen, Studieninstitut, Albrecht, 420 €, new managers
  eakte: 'Vom Ordner zum Vorgang', // Tue 27.04. 09:00–12:00, Rathaus Zerbst, KITU, Pohle, e-file, only Zerbst/Aken/Raguhn-Jeßnitz, deadline Tue 13.04. 12:00
  haushalt: 'Wohin fließt das Geld?', // Thu 29.04. 09:00–15:00, online, Studieninstitut, Albrecht, Doppik, 180 €
  gespraech: 'Zeit für ein ehrliches Gespräch', // Wed 12.05. 09:00–12:00, Landratsamt Köthen, PE, Lehmann, staff appraisals, managers, free
  wohngeld: 'Wohngeld kompakt: Anspruch prüfen, Einkommen berechnen', // Wed 19.05. 13:00–16:00, online, Studieninstitut, Kaminski, 120 €
  ruecken: 'Gesunder Rücken am Bildschirmarbeitsplatz', // Tue 25.05. 14:00–15:30, online, Unfallkasse, Krause, free
  willkommen: 'Willkommen im Landkreis: Einführungstag für neue Beschäftigte', // Thu 27.05. 09:00–15:00, Landratsamt Köthen, PE, Vogel, free
  brandschutz: 'Brandschutzhelfer-Ausbildung nach ASR A2.2', // Tue 08.06. 09:00–13:00, Rathaus Aken (Elbe), Unfallkasse, free
  socialMedia: 'Instagram, Facebook & Co.: Social Media im Rathaus', // draft (Tue 18.05.)
  elbe: 'Wenn die Elbe steigt', // draft (Wed 16.06.), flood protection
  powerpoint: 'Überzeugend präsentieren mit PowerPoint', // cancelled (Tue 23.03.2027)
  dienstwagen: 'Sicher unterwegs mit dem Dienstwagen', // cancelled (Thu 22.04.2027), driving-safety training
  grundsteuer: 'Die neue Grundsteuer: Rückfragen von Bürgerinnen und Bürgern sicher beantworten', // past (Wed 20 January 2027)
  zeugnisse: 'Arbeitszeugnisse richtig schreiben und lesen', // past (Thu 11 February 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.socialMedia, T.elbe, T.powerpoint, T.dienstwagen, T.grundsteuer, T.zeugnisse];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  {
    q: 'kostet die erste hilfe ausbildung was',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse Sachsen-Anhalt für ihre Mitglieder.'],
  },
  {
    q: 'how much is the front desk english course',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['costs €110'],
  },
  // --- facts: when (before and after the start of summer time), start time, duration ----------------------------------
  {
    q: 'wann ist die datenschutzschulung',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['am Do., 04.03.2027 von 09:00 bis 12:00 Uhr'],
  },
  {
    q: 'when is the AI workshop',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['on Wed, 7 Apr 2027 from 13:00 to 16:00'],
  },
  {
    q: 'wann ist das seminar die ersten hundert tage',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Di., 20.04.2027 und Mi., 21.04.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'what time does the first aid course start',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['starts on Wed, 17 Mar 2027 at 08:30'],
  },
  {
    q: 'wie lange dauert der rückenkurs',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['dauert 1,5 Stunden, von 14:00 bis 15:30 Uhr'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  { q: 'wo findet die vergaberecht schulung statt', kind: 'facts', titles: [T.vergabe], says: ['Schloss Köthen'] },
  {
    q: 'datenschutz in präsenz oder online?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['findet in Präsenz statt'],
  },
  { q: 'ki schulung vor ort oder online', kind: 'facts', titles: [T.ki], says: [/findet hybrid statt/] },
  {
    q: 'wer leitet das deeskalationstraining',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['leitet Herr Uwe Brandt'],
  },
  {
    q: 'who teaches the wohngeld seminar',
    locale: 'en',
    kind: 'facts',
    titles: [T.wohngeld],
    says: ['is led by Frau Petra Kaminski'],
  },
  {
    q: 'registration deadline for the front desk english course',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 26 Feb 2027, 23:59'],
  },
  {
    q: 'bis wann kann ich mich für die e-akte schulung anmelden',
    kind: 'facts',
    titles: [T.eakte],
    says: ['bis Di., 13.04.2027, 12:00 Uhr'],
  },
  {
    q: 'sitzungsdienst noch plätze frei',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['noch 16 von 16 Plätzen frei'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  { conv: 'stress', q: 'gibt es was gegen stress im job', kind: 'list', titles: [T.stress] },
  {
    conv: 'stress',
    q: 'und wann ist das?',
    kind: 'facts',
    titles: [T.stress],
    says: ['am Di., 09.03.2027 von 13:00 bis 15:30 Uhr'],
  },
  { conv: 'stress', q: 'findet das online statt?', kind: 'facts', titles: [T.stress], says: ['findet online statt'] },
  { conv: 'phish', q: 'any training on phishing mails', locale: 'en', kind: 'list', titles: [T.phishing] },
  {
    conv: 'phish',
    q: 'how long does it take',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['lasts 2.5 hours, from 09:00 to 11:30'],
  },
  {
    conv: 'phish',
    q: 'Who is the trainer?',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['is led by Frau Claudia Reinhardt'],
  },
  {
    conv: 'brief',
    q: 'wie schreibe ich bescheide so dass bürger sie verstehen',
    kind: 'list',
    titles: [T.sprache],
  },
  { conv: 'brief', q: 'Was kostet das?', kind: 'facts', titles: [T.sprache], says: ['kostet 150 €'] },
  {
    conv: 'brief',
    q: 'Und wo findet der statt?',
    kind: 'facts',
    titles: [T.sprache],
    says: ['im Rathaus Raguhn-Jeßnitz'],
  },
  // --- topic searches: words only in summary or description, synonyms, typos -------------------------------------------
  { q: 'exel kurs', kind: 'list', ...only(T.excel1, T.excel2) },
  { q: 'any course about chatgpt', locale: 'en', kind: 'list', titles: [T.ki] },
  { q: 'barrierefreie pdf erstellen', kind: 'list', titles: [T.barrierefrei] },
  { q: 'doppik', kind: 'list', titles: [T.haushalt] },
  { q: 'schulung elektronische akte', kind: 'list', titles: [T.eakte] },
  { q: 'mitarbeitergespräch', kind: 'list', titles: [T.gespraech] },
  { q: 'wo lerne ich mit einem defibrillator umzugehen', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'gesundheitsförderung', kind: 'list', ...only(T.stress, T.ruecken) },
  { q: 'onboarding for new employees', locale: 'en', kind: 'list', titles: [T.willkommen] },
  // --- time and place: today, this week, next week, mornings, three weeks, Easter, months, dates, towns, venues --------
  { q: 'was ist heute noch', kind: 'list', titles: [T.teams] },
  { q: 'was läuft diese woche noch', kind: 'list', titles: [T.teams, T.datenschutz, T.excel1] },
  { q: 'nächste woche vormittags', kind: 'list', titles: [T.phishing, T.english, T.zeit] },
  { q: 'anything next week in the afternoon', locale: 'en', kind: 'list', titles: [T.stress, T.barrierefrei] },
  {
    q: 'online seminare in den nächsten drei wochen',
    kind: 'list',
    titles: [T.teams, T.excel1, T.phishing, T.stress, T.barrierefrei, T.zeit],
  },
  {
    q: 'präsenzveranstaltungen in den nächsten drei wochen',
    kind: 'list',
    titles: [T.datenschutz, T.english, T.vergabe, T.ersteHilfe, T.deeskalation],
  },
  { q: 'kostenlose seminare nächste woche', kind: 'list', titles: [T.phishing, T.stress, T.barrierefrei, T.zeit] },
  { q: 'excel kurs nach ostern', kind: 'list', titles: [T.excel2] },
  { q: 'was gibt es in der woche nach ostern', kind: 'list', titles: [T.excel2, T.sitzung] },
  { q: 'was ist am donnerstag nach ostern', kind: 'list', titles: [T.sitzung] },
  {
    q: "what's on in April",
    locale: 'en',
    kind: 'list',
    titles: [T.sitzung, T.ki, T.sprache, T.fuehrung, T.eakte, T.haushalt],
  },
  { q: 'was ist im mai in köthen', kind: 'list', titles: [T.gespraech, T.willkommen] },
  { q: 'online kurse im mai', kind: 'list', titles: [T.wohngeld, T.ruecken] },
  { q: 'was ist am 17.3.', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'seminare vom 15. bis 19. märz', kind: 'list', titles: [T.vergabe, T.ersteHilfe, T.deeskalation] },
  { q: 'anything in Zerbst?', locale: 'en', kind: 'list', ...only(T.ersteHilfe, T.eakte) },
  { q: 'was findet im schloss köthen statt', kind: 'list', ...only(T.vergabe, T.fuehrung) },
  // --- trainer, provider, audience, length, language --------------------------------------------------------------------
  { q: 'kurse von frau krause', kind: 'list', ...only(T.stress, T.ruecken) },
  {
    q: 'was bietet die unfallkasse an',
    kind: 'list',
    ...only(T.stress, T.ersteHilfe, T.deeskalation, T.ruecken, T.brandschutz),
  },
  { q: 'ich bin führungskraft, was gibt es für mich', kind: 'list', ...only(T.fuehrung, T.gespraech) },
  { q: 'mehrtägige seminare', kind: 'list', titles: [T.fuehrung] },
  { q: 'any courses in english', locale: 'en', kind: 'list', titles: [T.english] },
  // --- gone, drafts never shown, no match, greeting, registrations ------------------------------------------------------
  { q: 'wann ist der powerpoint kurs', kind: 'gone', gone: T.powerpoint },
  { q: 'fahrsicherheitstraining dienstwagen wann', kind: 'gone', gone: T.dienstwagen },
  { q: 'grundsteuer schulung wann war die', kind: 'gone', gone: T.grundsteuer, says: ['Mi., 20.01.2027'] },
  {
    q: 'when was the arbeitszeugnisse seminar',
    locale: 'en',
    kind: 'gone',
    gone: T.zeugnisse,
    says: ['Thu, 11 Feb 2027'],
  },
  { q: 'social media kurs', kind: 'none' },
  { q: 'hochwasserschutz', kind: 'none' },
  { q: 'french course', locale: 'en', kind: 'none' },
  { q: 'hallo', kind: 'help' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a hundred-and-eighty-eighth, independent catalogue (Landkreis Anhalt-Bitterfeld, Studieninstitut, Unfallkasse)',
  {
    fixture: 'heldout188-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
