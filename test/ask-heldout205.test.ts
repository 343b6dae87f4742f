// Over-fitting check, two-hundred-and-fifth catalogue: the 2027 programme for the Westerwaldkreis (Rhineland-Palatinate)
// with the Kommunal-Akademie Rheinland-Pfalz, the Kreisverwaltung's Personalentwicklung, the Kommunales Rechenzentrum
// Westerwald (the municipal IT provider), the Unfallkasse Rheinland-Pfalz and the Kreisvolkshochschule Westerwald (KVHS),
// for the county and its Verbandsgemeinden (Montabaur, Westerburg, Hachenburg, Bad Marienberg, Ransbach-Baumbach,
// Wirges), imported from a JSON file. Seminars take place in the Kreisverwaltung in Montabaur, the Stadthalle Haus Mons
// Tabor (Montabaur), the Rathaus Hachenburg, the Bürgerhaus Bad Marienberg, the Stadthalle and the VG-Verwaltung in
// Ransbach-Baumbach, the VG-Verwaltungen Westerburg and Wirges, online or hybrid. Several titles do not name their subject
// ("Der Köder im Postfach" is information security / phishing, "Aufrecht durch den Arbeitstag" ergonomics, "Die Maschine
// schreibt mit" AI, "Ein Schreiben, viele Adressen" mail merge, "Wenn es am Schalter laut wird" de-escalation, "Die neue
// Rolle" leadership for new managers, "Schluss mit dem Papierstau" the e-file, "Durchatmen statt durchhalten" stress,
// "Der Antrag kommt online" the OZG, "Verstanden beim ersten Lesen" plain language, "Reibung im Team" conflict
// management, "Zwischen den Zeilen" job references), so only summary, description or topics reveal it. One seminar is
// held in English; the leadership course is the only one on two days; the e-file course is open only to Hachenburg, Bad
// Marienberg and Westerburg; first aid is free, paid by the Unfallkasse. Questions are written the way an acceptance
// tester would: half of them polite full sentences opening with a greeting or a word about the asker's job, a quarter in
// English, the rest short — without looking at the parser or the answers. Same assertions as the other suites: exactly
// the expected seminars (by date for time questions), the asked fact in the first sentence, never a draft, cancelled or
// past seminar.
//
// Calendar around `now` (Tuesday 4 May 2027, 14:00 in Montabaur, summer time since Sun 28.03.2027; winter time begins
// Sun 31.10.2027; holidays in RLP: Thu 06.05. Ascension, Mon 17.05. Whit Monday, Thu 27.05. Corpus Christi):
//   today:      Tue 04.05. 15:00–16:30 Microsoft Teams (online; registration open until the start, 15:00)
//   this week:  Fri 07.05. 09:00–11:00 phishing (online)
//   next week:  Mon 10.05. 09:00–12:30 data protection (hybrid, Kreisverwaltung), Tue 11.05. 14:00–15:30 ergonomics
//               (online), Wed 12.05. 09:00–12:30 English (Hachenburg; deadline passed Fri 30.04. 23:59), Thu 13.05.
//               13:00–16:00 AI (hybrid, Kreisverwaltung)
//   May, later: Tue 18.05. Excel (online, 79 €), Thu 20.05. procurement law (Stadthalle Ransbach-Baumbach, 245 €,
//               deadline Mon 10.05. 12:00), Tue 25.05. first aid (Bad Marienberg, 08:30–16:00), Wed 26.05. mail merge
//               (online, 59 €); the cancelled PowerPoint course on Fri 28.05.
//   June:       Tue 01.06. de-escalation (Wirges, 12 seats), Wed 09.06. council meetings (Westerburg, 210 €, deadline Wed
//               26.05. 23:59), Mon 14.06.+Tue 15.06. 09:00–16:30 leadership (Haus Mons Tabor, 520 €, 14 seats), Thu
//               17.06. e-file (Hachenburg, members only), Tue 22.06. 13:30–16:00 stress (online), Wed 30.06. OZG
//               (online); the cancelled ladder instruction on Wed 23.06.
//   July:       Tue 06.07. Doppik (Westerburg, 230 €), Thu 08.07. plain language (Bad Marienberg), Tue 13.07. conflicts
//               in the team (Kreisverwaltung, for managers), Wed 21.07. Scrum (hybrid, VG-Verwaltung Ransbach-Baumbach)
//   August:     Wed 04.08. induction day for trainees (Kreisverwaltung)
//   September:  nothing but the draft social-media course (Wed 15.09.)
//   November:   Tue 09.11. 09:00–16:00 (CET) job references (Haus Mons Tabor); the draft heavy-rain course on Thu 18.11.
//   past:       Tue 16.03.2027 property tax (Kreisverwaltung, CET), Thu 22.04.2027 fire wardens (Hachenburg).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-05-04T12:00:00Z'); // Tuesday, 4 May 2027, 14:00 in Montabaur (CEST)
const TZ = 'Europe/Berlin';

const T = {
  teams: 'Zusammenarbeit mit Microsoft Teams: Kanäle, Dateien, Besprechungen', // Tue 04.05. 15:00–16:30, online, KRZ, Schneider, free
  phishing: 'Der Köder im Postfach', // Fri 07.05. 09:00–11:00, online, KRZ, Hof, information security, free
  datenschutz: 'Datenschutz im Bürgerbüro: Auskunft, Weitergabe, Löschfristen', // Mon 10.05. 09:00–12:30, hybrid (Kreisverwaltung), Personalentwicklung, Dr. Kring, free
  ruecken: 'Aufrecht durch den Arbeitstag', // Tue 11.05. 14:00–15:30, online, Unfallkasse, Weimer, ergonomics, free
  english: 'Welcome to the Westerwald: English at the Front Desk', // Wed 12.05. 09:00–12:30, Rathaus Hachenburg, KVHS, 95 €, deadline passed Fri 30.04. 23:59
  ki: 'Die Maschine schreibt mit', // Thu 13.05. 13:00–16:00, hybrid (Kreisverwaltung), KRZ, Schneider, AI, free
  excel: 'Excel im Amt: Formeln, Filter und Pivot-Tabellen', // Tue 18.05. 09:00–12:00, online, KVHS, Wagner, 79 € (Dienststelle pays)
  vergabe: 'Richtig beschaffen: Vergaberecht unterhalb der EU-Schwellenwerte', // Thu 20.05. 09:00–16:00, Stadthalle Ransbach-Baumbach, KA, Dr. Berghäuser, 245 €, deadline Mon 10.05. 12:00
  ersteHilfe: 'Erste Hilfe in der Dienststelle: Ausbildung für Ersthelfende', // Tue 25.05. 08:30–16:00, Bürgerhaus Bad Marienberg, Unfallkasse, free, 16 seats
  serienbrief: 'Ein Schreiben, viele Adressen', // Wed 26.05. 09:00–12:00, online, KVHS, Wagner, 59 €, mail merge
  deeskalation: 'Wenn es am Schalter laut wird', // Tue 01.06. 09:00–15:00, VG-Verwaltung Wirges, Unfallkasse, Seelbach, free, 12 seats
  sitzung: 'Von der Einladung bis zur Niederschrift: Sitzungsdienst in Rat und Ausschüssen', // Wed 09.06. 09:00–16:00, VG-Verwaltung Westerburg, KA, 210 €, deadline Wed 26.05. 23:59
  fuehrung: 'Die neue Rolle', // Mon 14.06. + Tue 15.06. 09:00–16:30, Haus Mons Tabor, KA, Dr. Sauer, 520 €, 14 seats, new managers
  eakte: 'Schluss mit dem Papierstau', // Thu 17.06. 09:00–12:00, Rathaus Hachenburg, KRZ, Hof, e-file, only Hachenburg/Bad Marienberg/Westerburg, free
  stress: 'Durchatmen statt durchhalten', // Tue 22.06. 13:30–16:00, online, Unfallkasse, Weimer, stress, free
  ozg: 'Der Antrag kommt online', // Wed 30.06. 13:00–16:00, online, KRZ, Hof, OZG, free
  doppik: 'Haushalt lesen können: Doppik für Fachämter', // Tue 06.07. 09:00–16:00, VG-Verwaltung Westerburg, KA, Dr. Berghäuser, 230 €
  sprache: 'Verstanden beim ersten Lesen', // Thu 08.07. 09:00–16:00, Bürgerhaus Bad Marienberg, KVHS, Roth, 140 €, plain language
  konflikte: 'Reibung im Team', // Tue 13.07. 09:00–16:00, Kreisverwaltung, Personalentwicklung, Dr. Sauer, free, for managers
  scrum: 'Agil ans Ziel: Projektarbeit mit Scrum und Kanban', // Wed 21.07. 09:00–16:00, hybrid (VG-Verwaltung Ransbach-Baumbach), KA, Becker, 190 €
  azubis: 'Willkommen an Bord: Einführungstag für neue Auszubildende', // Wed 04.08. 08:30–15:30, Kreisverwaltung, Personalentwicklung, free
  zeugnisse: 'Zwischen den Zeilen', // Tue 09.11. 09:00–16:00 (CET), Haus Mons Tabor, KA, Fuhr, 195 €, job references
  social: 'Instagram, Facebook & Co.: Social Media für Gemeinden', // draft (Wed 15.09.)
  starkregen: 'Starkregenvorsorge in der Bauleitplanung', // draft (Thu 18.11.)
  powerpoint: 'Folien, die wirken: Präsentieren mit PowerPoint', // cancelled (Fri 28.05.2027)
  leiter: 'Sicher auf Leitern und Tritten: Unterweisung für Hausmeister und Bauhof', // cancelled (Wed 23.06.2027)
  grundsteuer: 'Die neue Grundsteuer: Bürgerfragen sicher beantworten', // past (Tue 16 March 2027)
  brandschutz: 'Ausbildung zur Brandschutzhelferin und zum Brandschutzhelfer', // past (Thu 22 April 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.social, T.starkregen, T.powerpoint, T.leiter, T.grundsteuer, T.brandschutz];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  {
    q: 'Guten Tag, ich arbeite im Ordnungsamt. Was kostet der Excel-Kurs mit den Pivot-Tabellen?',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 79 €'],
    mentions: ['Die Gebühr trägt die entsendende Dienststelle.'],
  },
  {
    q: 'was kostet erste hilfe',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse Rheinland-Pfalz.'],
  },
  {
    q: 'How much is the Vergaberecht seminar?',
    locale: 'en',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['costs €245'],
  },
  // --- facts: when (one day, two days, after the end of summer time), start time, duration -----------------------------
  {
    q: 'Hallo zusammen, ich bin neu im Hauptamt. Wann findet das Seminar zum Sitzungsdienst statt?',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['am Mi., 09.06.2027 von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'Guten Tag, wann findet das Seminar für neue Führungskräfte statt?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Mo., 14.06.2027 und Di., 15.06.2027', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    q: 'When is the Arbeitszeugnis seminar?',
    locale: 'en',
    kind: 'facts',
    titles: [T.zeugnisse],
    says: ['on Tue, 9 Nov 2027 from 09:00 to 16:00'],
  },
  {
    q: 'Guten Morgen! Um wie viel Uhr beginnt der Erste-Hilfe-Lehrgang in Bad Marienberg?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['beginnt am Di., 25.05.2027 um 08:30 Uhr'],
  },
  {
    q: 'what time does the Microsoft Teams training start today?',
    locale: 'en',
    kind: 'facts',
    titles: [T.teams],
    says: ['starts on Tue, 4 May 2027 at 15:00'],
  },
  {
    q: 'Hallo, ich sitze den ganzen Tag am Bildschirm. Wie lange dauert die Online-Schulung zur Ergonomie?',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['dauert 1,5 Stunden, von 14:00 bis 15:30 Uhr'],
  },
  {
    q: 'Hallo, ich plane gerade die Urlaubsvertretung in meinem Sachgebiet. Wie lange dauert „Die neue Rolle“?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['dauert 2 Tage, jeweils von 09:00 bis 16:30 Uhr'],
  },
  // --- facts: where, format, trainer, deadline ------------------------------------------------------------------------
  {
    q: 'Guten Tag, wo findet der Vergaberecht-Kurs statt?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['in der Stadthalle Ransbach-Baumbach'],
  },
  {
    q: 'Guten Tag, ich arbeite meistens im Homeoffice. Kann ich an der KI-Schulung auch online teilnehmen?',
    kind: 'facts',
    titles: [T.ki],
    says: [/findet hybrid statt|oder online statt/],
  },
  {
    q: 'Hallo, wer leitet die Schulung zu Serienbriefen?',
    kind: 'facts',
    titles: [T.serienbrief],
    says: ['leitet Frau Claudia Wagner'],
  },
  {
    q: 'anmeldeschluss sitzungsdinst',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['bis Mi., 26.05.2027, 23:59 Uhr'],
  },
  {
    q: 'registration deadline for the front desk english course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 30 Apr 2027, 23:59'],
  },
  {
    q: 'Hallo, ich koordiniere die Fortbildungen in unserem Fachbereich. Bis wann ist Anmeldeschluss für die Einführung in Microsoft Teams?',
    kind: 'facts',
    titles: [T.teams],
    says: ['bis Di., 04.05.2027, 15:00 Uhr'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  {
    conv: 'tresen',
    q: 'Guten Tag, bei uns in der Zulassungsstelle werden Besucher am Tresen immer wieder laut und ausfallend. Gibt es dazu eine Schulung?',
    kind: 'list',
    titles: [T.deeskalation],
  },
  {
    conv: 'tresen',
    q: 'wann ist die?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['am Di., 01.06.2027 von 09:00 bis 15:00 Uhr'],
  },
  {
    conv: 'tresen',
    q: 'Und wo findet die statt?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['in der Verbandsgemeindeverwaltung Wirges'],
  },
  {
    conv: 'tresen',
    q: 'sind da noch plätze frei',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  {
    conv: 'copilot',
    q: "Hi, I work in the mayor's office. Is there any training on Copilot or ChatGPT?",
    locale: 'en',
    kind: 'list',
    titles: [T.ki],
  },
  {
    conv: 'copilot',
    q: 'how much does it cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is free of charge'],
  },
  {
    conv: 'copilot',
    q: 'Can I join online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: [/is hybrid|or online/],
  },
  {
    conv: 'haushalt',
    q: 'Hallo, ich bin Sachbearbeiter im Bauamt und habe künftig mit dem Haushalt zu tun. Gibt es eine Einführung in die Doppik?',
    kind: 'list',
    titles: [T.doppik],
  },
  { conv: 'haushalt', q: 'Was kostet das?', kind: 'facts', titles: [T.doppik], says: ['kostet 230 €'] },
  {
    conv: 'haushalt',
    q: 'wer leitet das',
    kind: 'facts',
    titles: [T.doppik],
    says: ['leitet Herr Dr. Klaus Berghäuser'],
  },
  // --- topic searches: words only in summary or description, synonyms, abbreviations, typos ---------------------------
  {
    q: 'Guten Tag, ich bin in der IT-Koordination tätig. Welche Schulungen gibt es zur Informationssicherheit?',
    kind: 'list',
    titles: [T.phishing],
  },
  { q: 'serienbrif', kind: 'list', titles: [T.serienbrief] },
  {
    q: 'Hallo! Ich suche etwas zur Stressbewältigung, mir wächst gerade alles über den Kopf.',
    kind: 'list',
    titles: [T.stress],
  },
  { q: 'betriebliche gesundheitsförderung', kind: 'list', ...only(T.ruecken, T.stress) },
  {
    q: 'Hallo, ich schreibe viele Bescheide, und die Leute rufen ständig an, weil sie sie nicht verstehen. Gibt es dazu ein Seminar?',
    kind: 'list',
    titles: [T.sprache],
  },
  { q: 'ausschreibung unter schwellenwert', kind: 'list', titles: [T.vergabe] },
  { q: 'anything on the OZG?', locale: 'en', kind: 'list', titles: [T.ozg] },
  {
    q: 'Guten Tag, ich bin Personalsachbearbeiterin. Gibt es eine Fortbildung zu Arbeitszeugnissen?',
    kind: 'list',
    titles: [T.zeugnisse],
  },
  { q: 'gdpr training', locale: 'en', kind: 'list', titles: [T.datenschutz] },
  {
    q: 'Guten Tag, ich bin Abteilungsleiter, und zwischen zwei Kolleginnen gibt es ständig Streit. Gibt es dazu etwas?',
    kind: 'list',
    titles: [T.konflikte],
  },
  // --- filters: dates, time of day, format, cost ----------------------------------------------------------------------
  { q: 'was läuft heute noch', kind: 'list', titles: [T.teams] },
  {
    q: 'Guten Tag, ich habe diese Woche noch etwas Luft im Kalender. Was gibt es diese Woche noch?',
    kind: 'list',
    titles: [T.teams, T.phishing],
  },
  { q: 'nächste woche nachmittags', kind: 'list', titles: [T.ruecken, T.ki] },
  { q: 'anything next week in the morning?', locale: 'en', kind: 'list', titles: [T.datenschutz, T.english] },
  {
    q: 'Hallo, ich bin Digitallotsin unserer Gemeinde. Welche Online-Seminare gibt es im Juni?',
    kind: 'list',
    titles: [T.stress, T.ozg],
  },
  {
    q: "What's on in June?",
    locale: 'en',
    kind: 'list',
    titles: [T.deeskalation, T.sitzung, T.fuehrung, T.eakte, T.stress, T.ozg],
  },
  {
    q: 'Guten Tag, ich suche kostenlose Fortbildungen im Juni.',
    kind: 'list',
    titles: [T.deeskalation, T.eakte, T.stress, T.ozg],
  },
  {
    q: 'Hallo, ich könnte mich zwischen dem 17. und 28. Mai fortbilden. Was gibt es in dem Zeitraum?',
    kind: 'list',
    titles: [T.excel, T.vergabe, T.ersteHilfe, T.serienbrief],
  },
  { q: 'Guten Tag, was wird im September angeboten?', kind: 'none' },
  // --- filters: place, trainer, provider, audience, length, language --------------------------------------------------
  { q: 'Guten Tag, welche Seminare finden in Westerburg statt?', kind: 'list', ...only(T.sitzung, T.doppik) },
  {
    miss: '"bei uns vor Ort" after "ich arbeite in Hachenburg" is read as the format in person; the asker\'s town is not taken as the place',
    q: 'Hallo, ich arbeite in Hachenburg. Was wird bei uns vor Ort angeboten?',
    kind: 'list',
    ...only(T.english, T.eakte),
  },
  { q: 'courses in Ransbach-Baumbach?', locale: 'en', kind: 'list', ...only(T.vergabe, T.scrum) },
  { q: 'kurse von frau weimer', kind: 'list', ...only(T.ruecken, T.stress) },
  {
    q: 'Guten Tag, ich kümmere mich bei uns um den Arbeitsschutz. Was bietet die Unfallkasse Rheinland-Pfalz an?',
    kind: 'list',
    ...only(T.ruecken, T.ersteHilfe, T.deeskalation, T.stress),
  },
  {
    q: 'angebote der kommunal-akademie',
    kind: 'list',
    ...only(T.vergabe, T.sitzung, T.fuehrung, T.doppik, T.scrum, T.zeugnisse),
  },
  {
    q: 'Hallo, ich bin seit kurzem Führungskraft im Sozialamt. Was gibt es für mich?',
    kind: 'list',
    ...only(T.fuehrung, T.konflikte),
  },
  { q: 'Guten Tag, gibt es Seminare, die über mehrere Tage gehen?', kind: 'list', titles: [T.fuehrung] },
  { q: 'Are there any courses held in English?', locale: 'en', kind: 'list', titles: [T.english] },
  // --- gone, drafts never shown, no match, greeting, registrations -----------------------------------------------------
  { q: 'Guten Tag, wann ist der PowerPoint-Kurs?', kind: 'gone', gone: T.powerpoint },
  { q: 'leitern und tritte unterweisung', kind: 'gone', gone: T.leiter },
  {
    q: 'When was the Brandschutzhelfer training?',
    locale: 'en',
    kind: 'gone',
    gone: T.brandschutz,
    says: ['Thu, 22 Apr 2027'],
  },
  {
    q: 'Hallo, ich hätte gern die Termine der Grundsteuer-Schulung.',
    kind: 'gone',
    gone: T.grundsteuer,
    says: ['Di., 16.03.2027'],
  },
  { q: 'social media kurs', kind: 'none' },
  {
    q: 'Guten Tag, ich bin im Bauamt für die Bauleitplanung zuständig. Gibt es etwas zur Starkregenvorsorge?',
    kind: 'none',
  },
  { q: 'Do you offer French lessons?', locale: 'en', kind: 'none' },
  { q: 'Guten Morgen!', kind: 'help' },
  { q: 'hello, what can you do?', locale: 'en', kind: 'help' },
  { q: 'Hallo, zeigen Sie mir bitte meine Anmeldungen.', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-fifth, independent catalogue (Westerwaldkreis, Kommunal-Akademie, Unfallkasse RLP)',
  {
    fixture: 'heldout205-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
