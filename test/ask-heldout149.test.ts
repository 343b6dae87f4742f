// Over-fitting check, hundred-and-forty-ninth catalogue: the 2027 programme of the Kreis Unna (North Rhine-Westphalia)
// with the Studieninstitut Ruhr (SIR), the county's Zentrale IT (ZIB) and Personalentwicklung, the Unfallkasse NRW and
// the VHS Unna Fröndenberg Holzwickede, for the county and its towns (Unna, Kamen, Bergkamen, Lünen, Schwerte, Werne,
// Selm), imported from a JSON file. Seminars take place in the Kreishaus Unna, the county's Schulungszentrum
// (Platanenallee, Unna), the zib (Zentrum für Information und Bildung) in Unna, the town halls of Kamen, Bergkamen,
// Lünen, Schwerte and Werne, online or hybrid. Ten titles do not name their subject ("Erst denken, dann klicken" is
// information security, "Gelassen durch den Arbeitstag" stress management, "Weniger Papier, schneller am Ziel" the
// e-file, "Rund um die Uhr geöffnet" the OZG, "Ruhe bewahren am Schalter" de-escalation, "Willkommen an Bord" the
// induction days for trainees, "Klartext schreiben" plain language, "Folien, die überzeugen" PowerPoint, "Plötzlich
// Chefin oder Chef" leadership, "Gemeinsam statt gegeneinander" team conflicts), so only summary, description or topics
// reveal it; one seminar is held in English (its registration deadline has passed); the induction days run on two
// days; the e-file course is open only to Werne and Selm; first aid and the other Unfallkasse courses are free, the
// Excel course is paid by the sending department. Bergkamen is not Kamen. Questions are written the way an acceptance
// tester writes them (complete, polite, German and English, a few typos), without looking at the parser or the
// answers; about a third of them are follow-ups in nine conversations. Same assertions as the other suites: exactly the
// expected seminars (best first where one is clearly best), the asked fact in the first sentence, never a draft,
// cancelled or past seminar.
//
// Calendar around `now` (Tuesday 8 June 2027, 09:30 in Unna, summer time all through):
//   this week:  nothing more today; Wed 09.06. 09:00–11:00 information security (online, tomorrow), Thu 10.06.
//               13:00–16:00 Excel (online), Fri 11.06. 09:00–12:00 data protection (hybrid, Kreishaus)
//   next week:  Mon 14.06. 09:00–12:30 minutes (Rathaus Kamen; deadline Thu 10.06. 12:00), Tue 15.06. 13:30–16:00
//               stress (online), Wed 16.06. 09:00–12:30 English (Kreishaus; deadline passed Fri 04.06. 23:59),
//               Thu 17.06. 13:00–16:00 AI (hybrid, Kreishaus)
//   then June:  the cancelled Outlook course (Tue 22.06.), Thu 24.06. 08:30–16:30 first aid (Rathaus Bergkamen;
//               deadline Thu 17.06.), Tue 29.06. 09:00–12:00 e-file (Rathaus Werne, Werne and Selm only)
//   July:       Wed 07. OZG (online, 13:00–16:00), Thu 08. de-escalation (Rathaus Lünen), Tue 13. NKF budget
//               (Kreishaus; deadline Fri 25.06. 12:00), Wed 14. ergonomics (online, 14:00–15:30), the cancelled fire
//               warden course on Thu 15., Wed 21. Microsoft Teams (online, 10:00–12:00)
//   August:     Mon 02./Tue 03. induction days for trainees (Kreishaus), Thu 05. procurement law (Rathaus Schwerte;
//               deadline Mon 19.07. 23:59), Wed 18. building regulations (Rathaus Kamen), Tue 24. citizens' office
//               (Rathaus Lünen)
//   September:  Tue 07. plain language (zib Unna), Thu 09. PowerPoint (online), the draft social-media course on
//               Wed 15., Tue 21. new managers (Schulungszentrum; deadline Tue 31.08.), Mon 27. project management
//               (hybrid, Schulungszentrum), Wed 29. team conflicts (Rathaus Schwerte)
//   October:    the draft course on accessible PDF documents (Wed 06.10.)
//   past:       Tue 20.04.2027 VAT in the municipality (Kreishaus), Thu 06.05.2027 selection interviews (Kreishaus).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-06-08T07:30:00Z'); // Tuesday, 8 June 2027, 09:30 in Unna (CEST)
const TZ = 'Europe/Berlin';

const T = {
  infosec: 'Erst denken, dann klicken', // Wed 09.06. 09:00–11:00, online, ZIB, Kowalski, information security / phishing, free
  excel: 'Excel im Büroalltag: Listen, Formeln, Pivot-Tabellen', // Thu 10.06. 13:00–16:00, online, VHS, Hartmann, 79 € (Dienststelle pays)
  datenschutz: 'Datenschutz im Bürgerkontakt: Was darf ich sagen, was muss ich schützen?', // Fri 11.06. 09:00–12:00, hybrid (Kreishaus), DSGVO, free
  protokoll: 'Kurz, klar, vollständig: Protokolle und Niederschriften schreiben', // Mon 14.06. 09:00–12:30, Rathaus Kamen, SIR, Brandt, 185 €
  stress: 'Gelassen durch den Arbeitstag', // Tue 15.06. 13:30–16:00, online, UK NRW, Becker, stress / health promotion, free
  english: 'Welcome to Unna: English for Front-Desk Staff', // Wed 16.06. 09:00–12:30, Kreishaus, VHS, English, 110 €, deadline passed Fri 04.06. 23:59
  ki: 'Künstliche Intelligenz im Verwaltungsalltag: Chancen, Grenzen, Regeln', // Thu 17.06. 13:00–16:00, hybrid (Kreishaus), ZIB, Kowalski, free
  ersteHilfe: 'Erste Hilfe am Arbeitsplatz: Aus- und Fortbildung für Ersthelfende', // Thu 24.06. 08:30–16:30, Rathaus Bergkamen, UK NRW, free (UK NRW pays), 20 seats
  eakte: 'Weniger Papier, schneller am Ziel', // Tue 29.06. 09:00–12:00, Rathaus Werne, ZIB, Pieper, e-file, only Werne/Selm, free
  ozg: 'Rund um die Uhr geöffnet', // Wed 07.07. 13:00–16:00, online, ZIB, Pieper, OZG, free, deadline = start
  deeskalation: 'Ruhe bewahren am Schalter', // Thu 08.07. 09:00–15:00, Rathaus Lünen, UK NRW, Schäfer, de-escalation, free, 12 seats
  haushalt: 'NKF kompakt: Haushaltsplanung und Jahresabschluss in der Kommune', // Tue 13.07. 09:00–16:00, Kreishaus, SIR, Dr. Lehmkuhl, 210 €, deadline Fri 25.06. 12:00
  ruecken: 'Fit am Schreibtisch: Ergonomie und bewegte Pausen', // Wed 14.07. 14:00–15:30, online, UK NRW, Becker, free
  teams: 'Besser zusammenarbeiten mit Microsoft Teams', // Wed 21.07. 10:00–12:00, online, ZIB, Wiesmann, free
  azubis: 'Willkommen an Bord', // Mon 02.08. and Tue 03.08. 08:30–15:30, Kreishaus, Personalentwicklung, Schulte, trainees, free
  vergabe: 'Vergaberecht für die Praxis: Aufträge unterhalb der EU-Schwellenwerte', // Thu 05.08. 09:00–16:00, Rathaus Schwerte, SIR, Kersting, 245 €, deadline Mon 19.07. 23:59
  bauordnung: 'Bauordnung NRW aktuell: Neuerungen für Bauaufsicht und Bauberatung', // Wed 18.08. 09:00–16:00, Rathaus Kamen, SIR, Dr. Böhmer, 230 €, 20 seats
  buergerbuero: 'Sicher im Bürgerbüro: Melde-, Pass- und Ausweisrecht', // Tue 24.08. 09:00–16:00, Rathaus Lünen, SIR, Nowak, 195 €
  sprache: 'Klartext schreiben', // Tue 07.09. 09:00–16:00, zib Unna, VHS, Brenner, 140 €, plain language
  powerpoint: 'Folien, die überzeugen', // Thu 09.09. 09:00–12:00, online, VHS, Hartmann, 69 €, PowerPoint
  fuehrung: 'Plötzlich Chefin oder Chef', // Tue 21.09. 09:00–16:30, Schulungszentrum, SIR, Dr. Winkler, 320 €, 12 seats, new managers
  projekt: 'Projekte sicher steuern: Projektmanagement in der Kommunalverwaltung', // Mon 27.09. 09:00–16:00, hybrid (Schulungszentrum), SIR, Kersting, 260 €
  konflikte: 'Gemeinsam statt gegeneinander', // Wed 29.09. 09:00–16:00, Rathaus Schwerte, SIR, Kraus, 150 €, team conflicts
  barrierefrei: 'Barrierefreie PDF-Dokumente erstellen', // draft (Wed 06.10.)
  social: 'Social Media im Rathaus: Instagram und Co. für Kommunen', // draft (Wed 15.09.)
  outlook: 'Outlook effizient nutzen: E-Mails, Kalender und Aufgaben', // cancelled (Tue 22.06.2027)
  brandschutz: 'Ausbildung zur Brandschutzhelferin und zum Brandschutzhelfer', // cancelled (Thu 15.07.2027)
  umsatzsteuer: 'Umsatzsteuer in der Kommune: § 2b UStG in der Praxis', // past (Tue 20 April 2027)
  auswahl: 'Auswahlgespräche strukturiert führen', // past (Thu 6 May 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.barrierefrei, T.social, T.outlook, T.brandschutz, T.umsatzsteuer, T.auswahl];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-ups in a conversation: a search, then facts about what was found ---------------------------------------
  {
    conv: 'phishing',
    q: 'Gibt es eine Schulung, in der man lernt, Phishing-Mails zu erkennen?',
    kind: 'list',
    titles: [T.infosec],
  },
  {
    conv: 'phishing',
    q: 'Wann ist der nächste Termin?',
    kind: 'facts',
    titles: [T.infosec],
    says: ['am Mi., 09.06.2027 von 09:00 bis 11:00 Uhr'],
  },
  {
    conv: 'phishing',
    q: 'Findet das online statt?',
    kind: 'facts',
    titles: [T.infosec],
    says: ['findet online statt'],
  },
  { conv: 'nkf', q: 'Ich suche eine Fortbildung zum Haushaltsrecht nach NKF.', kind: 'list', titles: [T.haushalt] },
  {
    conv: 'nkf',
    q: 'Bis wann kann ich mich anmelden?',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['bis Fr., 25.06.2027, 12:00 Uhr'],
  },
  { conv: 'nkf', q: 'Und wo findet das statt?', kind: 'facts', titles: [T.haushalt], says: ['im Kreishaus Unna'] },
  { conv: 'nkf', q: 'Wer leitet das?', kind: 'facts', titles: [T.haushalt], says: ['leitet Herr Dr. Stefan Lehmkuhl'] },
  { conv: 'stress', q: 'Is there a seminar on stress management?', locale: 'en', kind: 'list', titles: [T.stress] },
  { conv: 'stress', q: 'Is it online?', locale: 'en', kind: 'facts', titles: [T.stress], says: ['takes place online'] },
  {
    conv: 'stress',
    q: 'What time does it start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.stress],
    says: ['starts on Tue, 15 Jun 2027 at 13:30'],
  },
  {
    conv: 'online-juli',
    q: 'Welche Online-Seminare gibt es im Juli?',
    kind: 'list',
    titles: [T.ozg, T.ruecken, T.teams],
  },
  {
    conv: 'online-juli',
    q: 'Wie lange dauert das zweite?',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['dauert 1,5 Stunden, von 14:00 bis 15:30 Uhr'],
  },
  {
    conv: 'august',
    q: 'Welche Seminare finden im August statt?',
    kind: 'list',
    titles: [T.azubis, T.vergabe, T.bauordnung, T.buergerbuero],
  },
  { conv: 'august', q: 'Was kostet der Kurs in Kamen?', kind: 'facts', titles: [T.bauordnung], says: ['kostet 230 €'] },
  {
    conv: 'august',
    q: 'Wie viele Plätze sind dort noch frei?',
    kind: 'facts',
    titles: [T.bauordnung],
    says: ['noch 20 von 20 Plätzen frei'],
  },
  { conv: 'english', q: 'Are there any seminars held in English?', locale: 'en', kind: 'list', titles: [T.english] },
  {
    conv: 'english',
    q: 'Until when can I register for it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 4 Jun 2027, 23:59'],
  },
  {
    conv: 'erste-hilfe',
    q: 'Ich soll Ersthelferin werden. Gibt es dafür einen Lehrgang?',
    kind: 'list',
    titles: [T.ersteHilfe],
  },
  {
    conv: 'erste-hilfe',
    q: 'Kostet der Lehrgang etwas?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse NRW.'],
  },
  {
    conv: 'azubis',
    q: 'We have new trainees starting in August. Is there an induction programme for them?',
    locale: 'en',
    kind: 'list',
    titles: [T.azubis],
  },
  {
    conv: 'azubis',
    q: 'How long does it last?',
    locale: 'en',
    kind: 'facts',
    titles: [T.azubis],
    says: ['lasts 2 days, each from 08:30 to 15:30'],
  },
  {
    conv: 'next-week',
    q: 'Which seminars are there next week in the afternoon?',
    locale: 'en',
    kind: 'list',
    titles: [T.stress, T.ki],
  },
  { conv: 'next-week', q: 'What about the second one?', locale: 'en', kind: 'details', titles: [T.ki] },
  {
    conv: 'next-week',
    q: 'How much does it cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is free of charge'],
  },
  // --- facts asked directly about a named seminar ----------------------------------------------------------------------
  {
    q: 'Was kostet der Excel-Kurs?',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 79 €'],
    mentions: ['Die Gebühr trägt die entsendende Dienststelle.'],
  },
  {
    q: 'How much does the course on plain language cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.sprache],
    says: ['costs €140'],
  },
  {
    q: 'Wann findet das Seminar zum Vergaberecht statt?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['am Do., 05.08.2027 von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'Wann sind die Einführungstage für neue Auszubildende?',
    kind: 'facts',
    titles: [T.azubis],
    says: ['an 2 Tagen', 'Mo., 02.08.2027 und Di., 03.08.2027', 'jeweils von 08:30 bis 15:30 Uhr'],
  },
  {
    q: 'Wo findet das Seminar zum Melde- und Passrecht statt?',
    kind: 'facts',
    titles: [T.buergerbuero],
    says: ['im Rathaus Lünen'],
  },
  {
    q: 'Where is the project management seminar held?',
    locale: 'en',
    kind: 'facts',
    titles: [T.projekt],
    says: ['at Schulungszentrum des Kreises Unna', 'or online'],
  },
  {
    q: 'Wer leitet das Seminar zu Künstlicher Intelligenz?',
    kind: 'facts',
    titles: [T.ki],
    says: ['leitet Herr Dennis Kowalski'],
  },
  {
    q: 'Wie lange dauert das Seminar zum Protokollschreiben?',
    kind: 'facts',
    titles: [T.protokoll],
    says: ['dauert 3,5 Stunden, von 09:00 bis 12:30 Uhr'],
  },
  {
    q: 'Um wie viel Uhr beginnt der Erste-Hilfe-Lehrgang?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['beginnt am Do., 24.06.2027 um 08:30 Uhr'],
  },
  {
    q: 'Bis wann muss ich mich für das Vergaberecht-Seminar anmelden?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Mo., 19.07.2027, 23:59 Uhr'],
  },
  {
    q: 'What is the registration deadline for the OZG seminar?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ozg],
    says: ['until Wed, 7 Jul 2027, 13:00'],
  },
  {
    q: 'Wie viele Plätze sind im Seminar „Plötzlich Chefin oder Chef“ noch frei?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  {
    q: 'Findet das Datenschutz-Seminar online oder vor Ort statt?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: [/findet hybrid statt|oder online statt/, 'Kreishaus Unna'],
  },
  {
    q: 'Is the seminar on conflicts in the team held in person?',
    locale: 'en',
    kind: 'facts',
    titles: [T.konflikte],
    says: [/takes place in person|takes place at Rathaus Schwerte/],
  },
  // --- topic searches: words only in summary, description or topics, synonyms, typos ----------------------------------
  { q: 'Haben Sie etwas zum Datenschtuz?', kind: 'list', first: T.datenschutz },
  { q: 'Gibt es eine Fortbildung zum Onlinezugangsgesetz?', kind: 'list', titles: [T.ozg] },
  {
    q: 'Ich suche ein Seminar, in dem man lernt, Bescheide verständlicher zu formulieren.',
    kind: 'list',
    titles: [T.sprache],
  },
  {
    q: 'Do you have a course on dealing with aggressive customers?',
    locale: 'en',
    kind: 'list',
    titles: [T.deeskalation],
  },
  { q: 'Ich brauche einen Kurs für Powerpiont-Präsentationen.', kind: 'list', titles: [T.powerpoint] },
  { q: 'Welche Angebote gibt es zur Gesundheitsförderung?', kind: 'list', ...only(T.stress, T.ruecken) },
  { q: 'Do you offer anything on AI tools like ChatGPT?', locale: 'en', kind: 'list', titles: [T.ki] },
  { q: 'Gibt es Schulungen zur elektronischen Akte?', kind: 'list', titles: [T.eakte] },
  { q: 'Welche Seminare gibt es für neue Führungskräfte?', kind: 'list', first: T.fuehrung },
  // --- filters: dates, format, place, trainer, provider, audience, cost, length ---------------------------------------
  { q: 'Was steht diese Woche noch an?', kind: 'list', titles: [T.infosec, T.excel, T.datenschutz] },
  {
    q: 'Welche kostenlosen Seminare gibt es im Juni?',
    kind: 'list',
    titles: [T.infosec, T.datenschutz, T.stress, T.ki, T.ersteHilfe, T.eakte],
  },
  { q: 'Welche Seminare finden in Kamen statt?', kind: 'list', ...only(T.protokoll, T.bauordnung) },
  { q: 'Welche Kurse gibt Frau Hartmann?', kind: 'list', ...only(T.excel, T.powerpoint) },
  {
    q: 'Was bietet die Unfallkasse NRW an?',
    kind: 'list',
    ...only(T.stress, T.ersteHilfe, T.deeskalation, T.ruecken),
  },
  { q: 'Gibt es Seminare, die über mehrere Tage gehen?', kind: 'list', titles: [T.azubis] },
  { q: 'Are there any hybrid seminars in September?', locale: 'en', kind: 'list', titles: [T.projekt] },
  { q: 'Gibt es etwas für Beschäftigte der Bauaufsicht?', kind: 'list', titles: [T.bauordnung] },
  // --- gone, drafts never shown, no match -------------------------------------------------------------------------------
  { q: 'Wann findet der Outlook-Kurs statt?', kind: 'gone', gone: T.outlook },
  {
    q: 'Wann war das Seminar zur Umsatzsteuer nach § 2b UStG?',
    kind: 'gone',
    gone: T.umsatzsteuer,
    says: ['Di., 20.04.2027'],
  },
  {
    q: 'When did the seminar on structured selection interviews take place?',
    locale: 'en',
    kind: 'gone',
    gone: T.auswahl,
    says: ['Thu, 6 May 2027'],
  },
  { q: 'Gibt es den Kurs „Barrierefreie PDF-Dokumente erstellen“?', kind: 'none' },
  { q: 'Gibt es einen Lehrgang für den Gabelstapler-Führerschein?', kind: 'none' },
  { q: 'Do you offer Spanish lessons?', locale: 'en', kind: 'none' },
  // --- greeting, thanks, my registrations -------------------------------------------------------------------------------
  { q: 'Guten Morgen! Wobei können Sie mir helfen?', kind: 'help' },
  { q: 'Thank you, that was very helpful!', locale: 'en', kind: 'thanks' },
  { q: 'Zeigen Sie mir bitte meine Anmeldungen.', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a hundred-and-forty-ninth, independent catalogue (Kreis Unna, Studieninstitut Ruhr, Unfallkasse NRW)',
  {
    fixture: 'heldout149-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
