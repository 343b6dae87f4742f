// Over-fitting check, two-hundred-and-twenty-fifth catalogue: the 2027 programme of the Enzkreis (Baden-Württemberg) and
// its towns (Mühlacker, Remchingen, Neuenbürg, Knittlingen, Maulbronn, Birkenfeld), with the Landratsamt's
// Personalentwicklung, the Verwaltungsschule des Gemeindetags Baden-Württemberg, Komm.ONE, the Unfallkasse
// Baden-Württemberg and the Volkshochschule Pforzheim-Enzkreis (VHS), imported from a JSON file. Seminars take place in
// the Landratsamt in Pforzheim, the Verwaltungsschule in Stuttgart, the town halls of Mühlacker, Neuenbürg,
// Knittlingen, Maulbronn and Birkenfeld, the Kulturhalle Remchingen, online or hybrid. Several titles do not name their
// subject ("Der Schlüssel unter der Fußmatte" is passwords and two-factor login, "Aufrecht durch den Arbeitstag" back
// health, "Der digitale Kollege" AI, "Ruhig bleiben, wenn es laut wird" de-escalation, "Ordnung ohne Papier" the e-file,
// "Viele Briefe, ein Klick" mail merge, "Kraft tanken im Verwaltungsalltag" stress, "Klar gesagt, gut verstanden" plain
// language, "Das Rathaus im Netz" social media, "Wenn es im Team knirscht" conflict management, "Vom Kollegen zur
// Chefin" leadership), so only summary, description or topics reveal it; one seminar is held in English; the
// leadership course runs on two days across the end of summer time (Sun 31.10.2027); the e-file course is open only to
// Neuenbürg, Birkenfeld and Maulbronn; first aid is free, paid by the Unfallkasse. Questions are written the way an
// acceptance tester would try the bot — budgets, two months at once, providers in lower case, short follow-up
// conversations, about a quarter in English — without looking at the parser or the answers.
//
// Calendar around `now` (Tuesday 13 April 2027, 10:00 in Pforzheim, summer time since Sun 28.03.; winter time begins
// Sun 31.10.2027):
//   this week:  nothing more today; Wed 14.04. 09:00–11:00 passwords (online, tomorrow), Fri 16.04. 13:00–16:00 data
//               protection (hybrid, Landratsamt)
//   next week:  Mon 19.04. 09:00–12:00 Outlook (online, VHS), Tue 20.04. 14:00–15:30 back health (online), Wed 21.04.
//               09:00–12:30 English (Landratsamt; deadline passed Fri 09.04. 23:59), Thu 22.04. 13:30–16:30 AI (hybrid,
//               Rathaus Mühlacker)
//   then:       Wed 28.04. council meetings (Verwaltungsschule Stuttgart; no deadline given, so it is the start), the
//               cancelled self-organisation course (Thu 29.04.)
//   May:        Tue 04. first aid (Birkenfeld, free), Thu 06. de-escalation (Knittlingen, free, 14 seats), Tue 11. NKHR
//               (Stuttgart, 245 €), Wed 19. Excel (online, 79 €), Tue 25. UVgO procurement (Remchingen, 260 €; deadline
//               Fri 07.05. 12:00)
//   June:       Thu 10. e-file (Neuenbürg, members only, free), Tue 15. mail merge (online, 59 €), Wed 23. stress
//               (online, free, 14:00–16:30), Thu 24. plain language (Maulbronn, 140 €); the cancelled chainsaw course on
//               Wed 30.06.
//   July:       Wed 07. OZG (online, free), Tue 13. TVöD (Rathaus Mühlacker, 195 €); nothing in August
//   September:  Thu 16. Widerspruch (Neuenbürg, 210 €), Thu 23. social media (hybrid, Birkenfeld, free); the draft PDF
//               course on Wed 08.09.
//   October:    Wed 13. team conflicts (Landratsamt, for managers); Thu 21.10. (CEST) and Thu 04.11. (CET) leadership
//               (Verwaltungsschule Stuttgart); the draft cemetery course on Tue 16.11.
//   past:       Tue 09.03.2027 property tax (online), Tue 23.03.2027 photo rights (Rathaus Mühlacker).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-04-13T08:00:00Z'); // Tuesday, 13 April 2027, 10:00 in Pforzheim (CEST)
const TZ = 'Europe/Berlin';

const T = {
  passwort: 'Der Schlüssel unter der Fußmatte', // Wed 14.04. 09:00–11:00, online, Komm.ONE, Ziegler, passwords / 2FA, free
  datenschutz: 'Datenschutz im Personalbereich: Personalakte, Auskunft, Löschung', // Fri 16.04. 13:00–16:00, hybrid (Landratsamt), PE, Dr. Hermann, free
  outlook: 'Outlook im Griff: Postfach, Kalender und Aufgaben', // Mon 19.04. 09:00–12:00, online, VHS, Maier, 69 €
  ruecken: 'Aufrecht durch den Arbeitstag', // Tue 20.04. 14:00–15:30, online, Unfallkasse, Bauer, back health / ergonomics, free
  english: 'Welcome to the Enzkreis: English at the Front Desk', // Wed 21.04. 09:00–12:30, Landratsamt, VHS, Clarke, 95 €, deadline passed Fri 09.04. 23:59
  ki: 'Der digitale Kollege', // Thu 22.04. 13:30–16:30, hybrid (Rathaus Mühlacker), Komm.ONE, Ziegler, AI, free
  sitzung: 'Sitzungsdienst nach der Gemeindeordnung Baden-Württemberg', // Wed 28.04. 09:00–16:00, Verwaltungsschule Stuttgart, VWS, Dr. Keller, 210 €, deadline = start
  ersteHilfe: 'Erste Hilfe in der Verwaltung: Ausbildung für betriebliche Ersthelfende', // Tue 04.05. 08:30–16:30, Rathaus Birkenfeld, Unfallkasse, Bauer, free (Unfallkasse pays)
  deeskalation: 'Ruhig bleiben, wenn es laut wird', // Thu 06.05. 09:00–15:00, Rathaus Knittlingen, Unfallkasse, Wagner, free, 14 seats
  haushalt: 'Kommunales Haushaltsrecht kompakt', // Tue 11.05. 09:00–16:00, Verwaltungsschule Stuttgart, VWS, Dr. Schmid, 245 €, NKHR
  excel: 'Excel für die Sachbearbeitung', // Wed 19.05. 09:00–12:00, online, VHS, Maier, 79 € (Dienststelle pays), 25 seats, Pivot only in the description
  vergabe: 'Vergabe nach UVgO: Aufträge unterhalb der EU-Schwellenwerte', // Tue 25.05. 09:00–16:00, Kulturhalle Remchingen, VWS, Fischer, 260 €, deadline Fri 07.05. 12:00
  eakte: 'Ordnung ohne Papier', // Thu 10.06. 09:00–12:00, Rathaus Neuenbürg, Komm.ONE, Hofmann, e-file, only Neuenbürg/Birkenfeld/Maulbronn, free
  serienbrief: 'Viele Briefe, ein Klick', // Tue 15.06. 09:00–12:00, online, VHS, Maier, 59 €, mail merge in Word
  stress: 'Kraft tanken im Verwaltungsalltag', // Wed 23.06. 14:00–16:30, online, Unfallkasse, Wagner, stress / resilience, free
  sprache: 'Klar gesagt, gut verstanden', // Thu 24.06. 09:00–16:00, Rathaus Maulbronn, VWS, Köhler, 140 €, plain language
  ozg: 'Onlinedienste mit service-bw: das OZG in der Praxis', // Wed 07.07. 13:00–16:00, online, Komm.ONE, Hofmann, free
  tvoed: 'TVöD für Einsteiger: Eingruppierung und Arbeitszeit', // Tue 13.07. 09:00–16:00, Rathaus Mühlacker, VWS, Dr. Keller, 195 €
  bescheid: 'Verwaltungsakt und Widerspruch nach dem LVwVfG', // Thu 16.09. 09:00–16:00, Rathaus Neuenbürg, VWS, Dr. Schmid, 210 €
  social: 'Das Rathaus im Netz: Social Media für Kommunen', // Thu 23.09. 14:00–17:00, hybrid (Rathaus Birkenfeld), PE, Schuster, free, Instagram only in the summary
  konflikte: 'Wenn es im Team knirscht', // Wed 13.10. 09:00–16:00, Landratsamt, PE, Dr. Lorenz, free, for managers
  fuehrung: 'Vom Kollegen zur Chefin', // Thu 21.10. (CEST) and Thu 04.11. (CET) 09:00–16:00, Verwaltungsschule Stuttgart, VWS, Dr. Lorenz, 495 €, new managers
  pdf: 'Barrierefreie PDF-Dokumente erstellen', // draft (Wed 08.09.)
  friedhof: 'Friedhofsverwaltung kompakt', // draft (Tue 16.11.)
  selbst: 'Zeit gewinnen: Selbstorganisation am Arbeitsplatz', // cancelled (Thu 29.04.2027)
  motorsaege: 'Motorsäge und Freischneider sicher bedienen', // cancelled (Wed 30.06.2027)
  grundsteuer: 'Grundsteuer nach dem Landesgrundsteuergesetz', // past (Tue 9 March 2027)
  bildrechte: 'Fotos im Amtsblatt: Bildrechte und Einwilligungen', // past (Tue 23 March 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.pdf, T.friedhof, T.selbst, T.motorsaege, T.grundsteuer, T.bildrechte];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'pw', q: 'gibt es was zu sicheren passwörtern?', kind: 'list', titles: [T.passwort] },
  {
    conv: 'pw',
    q: 'wann ist das',
    kind: 'facts',
    titles: [T.passwort],
    says: ['am Mi., 14.04.2027 von 09:00 bis 11:00 Uhr'],
  },
  { conv: 'pw', q: 'ist das online?', kind: 'facts', titles: [T.passwort], says: ['findet online statt'] },
  { conv: 'laut', q: 'umgang mit aggressiven bürgern', kind: 'list', titles: [T.deeskalation] },
  {
    conv: 'laut',
    q: 'wo findet der statt?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['im Rathaus Knittlingen'],
  },
  {
    conv: 'laut',
    q: 'sind noch plätze frei?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['noch 14 von 14 Plätzen frei'],
  },
  { conv: 'ai', q: 'is there any training on AI tools', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    conv: 'ai',
    q: 'when does it start',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['starts on Thu, 22 Apr 2027 at 13:30'],
  },
  {
    conv: 'ai',
    q: 'is it online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is hybrid', 'Rathaus Mühlacker', 'or online'],
  },
  { conv: 'nkhr', q: 'nkhr schulung', kind: 'list', titles: [T.haushalt] },
  {
    conv: 'nkhr',
    q: 'wer ist der referent',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['leitet Herr Dr. Thomas Schmid'],
  },
  {
    conv: 'nkhr',
    q: 'wie lange dauert der',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['dauert 7 Stunden, von 09:00 bis 16:00 Uhr'],
  },
  { conv: 'uvgo', q: 'ausschreibung nach uvgo', kind: 'list', titles: [T.vergabe] },
  {
    conv: 'uvgo',
    q: 'bis wann kann ich mich anmelden',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Fr., 07.05.2027, 12:00 Uhr'],
  },
  { conv: 'uvgo', q: 'und was kostet das?', kind: 'facts', titles: [T.vergabe], says: ['kostet 260 €'] },
  { conv: 'chef', q: 'mehrtägige seminare', kind: 'list', titles: [T.fuehrung] },
  {
    conv: 'chef',
    q: 'wann genau?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 21.10.2027 und Do., 04.11.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  { conv: 'chef', q: 'was kostet der', kind: 'facts', titles: [T.fuehrung], says: ['kostet 495 €'] },
  { conv: 'stress', q: 'anything on stress management', locale: 'en', kind: 'list', titles: [T.stress] },
  { conv: 'stress', q: 'is it free?', locale: 'en', kind: 'facts', titles: [T.stress], says: ['is free of charge'] },
  // --- facts -----------------------------------------------------------------------------------------------------------
  {
    q: 'was kostet der excel kurs',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 79 €'],
    mentions: ['Die Gebühr trägt die entsendende Dienststelle.'],
  },
  {
    q: 'ist der erste hilfe kurs kostenlos',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse Baden-Württemberg.'],
  },
  { q: 'how much is the outlook course', locale: 'en', kind: 'facts', titles: [T.outlook], says: ['costs €69'] },
  {
    q: 'when is the tvöd seminar',
    locale: 'en',
    kind: 'facts',
    titles: [T.tvoed],
    says: ['on Tue, 13 Jul 2027 from 09:00 to 16:00'],
  },
  {
    q: 'how long is the back health session',
    locale: 'en',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['lasts 1.5 hours, from 14:00 to 15:30'],
  },
  {
    q: 'wo findet das social media seminar statt',
    kind: 'facts',
    titles: [T.social],
    says: [/im Rathaus Birkenfeld.* oder online/],
  },
  {
    q: 'findet der datenschutz kurs online statt',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['findet hybrid statt', 'im Landratsamt Enzkreis'],
  },
  {
    q: 'wann fängt das seminar zu leichter sprache an',
    kind: 'facts',
    titles: [T.sprache],
    says: ['beginnt am Do., 24.06.2027 um 09:00 Uhr'],
  },
  {
    q: 'anmeldeschluss sitzungsdienst',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['bis Mi., 28.04.2027, 09:00 Uhr'],
  },
  {
    q: 'registration deadline for the english course',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 9 Apr 2027, 23:59'],
  },
  {
    q: 'who is the trainer of the conflict seminar',
    locale: 'en',
    kind: 'facts',
    titles: [T.konflikte],
    says: ['is led by Frau Dr. Eva Lorenz'],
  },
  // --- topic searches: typos, words only in summary or description, synonyms ------------------------------------------
  { q: 'outlok kurs', kind: 'list', titles: [T.outlook] },
  { q: 'haushaltsrcht', kind: 'list', titles: [T.haushalt] },
  { q: 'rückenschmerzen', kind: 'list', titles: [T.ruecken] },
  { q: 'instagram', kind: 'list', titles: [T.social] },
  { q: 'widerspruch', kind: 'list', titles: [T.bescheid] },
  { q: 'was gibt es für die gesundheit', kind: 'list', ...only(T.ruecken, T.stress) },
  { q: 'onlinezugangsgesetz', kind: 'list', titles: [T.ozg] },
  // --- filters: dates, two months, time of day, format, place, provider, trainer, budget, language ------------------
  { q: 'was ist diese woche noch', kind: 'list', titles: [T.passwort, T.datenschutz] },
  { q: 'gibt es morgen ein seminar?', kind: 'list', titles: [T.passwort] },
  { q: 'nächste woche vormittags', kind: 'list', titles: [T.outlook, T.english] },
  { q: 'nachmittags in den nächsten zwei wochen', kind: 'list', titles: [T.datenschutz, T.ruecken, T.ki] },
  { q: 'online seminare im mai und juni', kind: 'list', titles: [T.excel, T.serienbrief, T.stress] },
  { q: 'kurse unter 100 euro im mai', kind: 'list', titles: [T.ersteHilfe, T.deeskalation, T.excel] },
  { q: 'vhs kurse unter 80 euro', kind: 'list', ...only(T.outlook, T.excel, T.serienbrief) },
  { q: 'kurse von der vhs', kind: 'list', ...only(T.outlook, T.english, T.excel, T.serienbrief) },
  { q: 'was bietet die unfallkasse', kind: 'list', ...only(T.ruecken, T.ersteHilfe, T.deeskalation, T.stress) },
  { q: 'what does komm.one offer', locale: 'en', kind: 'list', ...only(T.passwort, T.ki, T.eakte, T.ozg) },
  { q: 'was hat die verwaltungsschule im mai', kind: 'list', titles: [T.haushalt, T.vergabe] },
  { q: 'seminare in mühlacker', kind: 'list', ...only(T.ki, T.tvoed) },
  { q: 'any courses in english', locale: 'en', kind: 'list', titles: [T.english] },
  {
    q: "what's on in june",
    locale: 'en',
    kind: 'list',
    titles: [T.eakte, T.serienbrief, T.stress, T.sprache],
  },
  { q: 'any free courses next month', locale: 'en', kind: 'list', titles: [T.ersteHilfe, T.deeskalation] },
  { q: 'courses under €250 in september', locale: 'en', kind: 'list', titles: [T.bescheid, T.social] },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'wann ist der motorsägen kurs', kind: 'gone', gone: T.motorsaege },
  { q: 'selbstorganisation seminar', kind: 'gone', gone: T.selbst },
  { q: 'grundsteuer schulung', kind: 'gone', gone: T.grundsteuer, says: ['Di., 09.03.2027'] },
  { q: 'wann war das seminar zu bildrechten', kind: 'gone', gone: T.bildrechte, says: ['Di., 23.03.2027'] },
  { q: 'barrierefreie pdf', kind: 'none' },
  { q: 'friedhofsverwaltung', kind: 'none' },
  { q: 'photoshop kurs', kind: 'none' },
  { q: 'hallo', kind: 'help' },
  { q: 'hello', locale: 'en', kind: 'help' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-twenty-fifth, independent catalogue (Enzkreis, Verwaltungsschule des Gemeindetags, Komm.ONE, Unfallkasse BW)',
  {
    fixture: 'heldout225-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
