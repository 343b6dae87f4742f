// Over-fitting check, two-hundred-and-thirtieth catalogue: the 2027 programme for the Landkreis Celle (Lower Saxony)
// and its towns, Gemeinden and Samtgemeinden (Celle, Bergen, Wietze, Südheide with Hermannsburg, Flotwedel,
// Lachendorf), with the Niedersächsisches Studieninstitut für kommunale Verwaltung (NSI), the Gemeinde-
// Unfallversicherungsverband Hannover (GUV Hannover), the Kreisverwaltung's Fachdienst Informationstechnik and
// Personalentwicklung and the Stadt Celle, imported from a JSON file. Seminars take place in the Kreishaus Celle, the
// Neues Rathaus Celle, the Congress Union Celle, the DRK-Ausbildungszentrum Celle, the town halls of Bergen, Wietze,
// Lachendorf and of the Samtgemeinde Flotwedel in Wienhausen, the Ludwig-Harms-Haus in Hermannsburg, online or hybrid.
// Several titles do not name their subject ("Gemeinsam statt gleichzeitig" is Microsoft Teams, "Kurz, klar,
// verständlich" plain language, "Klare Worte, ruhiger Ton" de-escalation, "Richtig eingerichtet" ergonomics, "Die
// ersten hundert Tage" new managers, "Abschied vom Aktenbock" the e-file, "Die Maschine schreibt mit" AI, "Kraftquellen
// im Arbeitsalltag" stress, "Zahlen zum Sprechen bringen" Excel, "Wenn es im Team knirscht" conflicts, "Für alle
// lesbar" accessible documents), so only summary, description or topics reveal it; one seminar is held in English;
// the leadership course runs on two days; the e-file course is open only to the Samtgemeinden Flotwedel and
// Lachendorf; the GUV courses are free. Questions are written the way an acceptance tester would try the bot, mostly
// as short follow-up conversations ("wann?", "wo?", "was kostet das?", "wer macht das?", "noch plätze?", "bis wann
// anmelden?"), about a quarter in English, without looking at the parser or the answers.
//
// Calendar around `now` (Thursday 11 March 2027, 11:00 in Celle, winter time; summer time begins Sun 28.03.2027, which
// is Easter Sunday):
//   this week:  today Thu 11.03. 14:00–15:30 MS Teams (online; deadline today 12:00), tomorrow Fri 12.03. 09:00–11:00
//               passwords / 2FA (online)
//   next week:  Mon 15.03. 09:00–12:00 plain language (online, 95 €), Tue 16.03. 13:00–16:00 back training (Rathaus
//               Bergen), Wed 17.03. 09:00–12:30 English (Kreishaus; deadline passed Fri 05.03. 23:59), Thu 18.03.
//               14:00–16:30 OZG (hybrid, Kreishaus); nothing on Fri 19.03.
//   Easter:     nothing from Sat 20.03. to Mon 29.03.; Tue 30.03. Haushaltsrecht/Doppik (Kreishaus; deadline Mon
//               22.03. 23:59)
//   April:      Tue 06. first aid (DRK, 08:30–16:30), Thu 08. de-escalation (Wietze, 14 seats), Wed 14. procurement
//               (Lachendorf, 260 €; deadline Wed 31.03. 12:00), Tue 20. ergonomics (online, 10:00–11:30); the cancelled
//               social-media course on Thu 22.04.
//   May:        Tue 04./Wed 05. new managers (Ludwig-Harms-Haus Hermannsburg, 520 €), Thu 06. e-file (Wienhausen,
//               Flotwedel and Lachendorf only), Wed 12. council meetings (Bergen; deadline Fri 23.04. 23:59), Tue 18.
//               AI (online, 13:00–16:00)
//   June/July:  Tue 08.06. Bescheide (Kreishaus), Wed 16.06. stress (Lachendorf), Thu 24.06. data protection (hybrid,
//               Neues Rathaus Celle, 13:00), Tue 06.07. Excel (online, 79 €)
//   later:      Thu 26.08. TVöD (Congress Union), Tue 07.09. conflicts (Kreishaus), Wed 22.09. accessible documents
//               (online); the draft Plattdeutsch course (Tue 14.09.), the cancelled winter-service course (Wed 15.09.),
//               the draft flood-protection course (Tue 12.10.)
//   past:       Tue 16.02.2027 fire wardens (Kreishaus), Wed 24.02.2027 property tax (online).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-03-11T10:00:00Z'); // Thursday, 11 March 2027, 11:00 in Celle (CET)
const TZ = 'Europe/Berlin';

const T = {
  teams: 'Gemeinsam statt gleichzeitig', // Thu 11.03. (today) 14:00–15:30, online, IT, Meyer, MS Teams, free, 100 seats, deadline today 12:00
  passwort: 'Passwort123 war gestern', // Fri 12.03. (tomorrow) 09:00–11:00, online, IT, Meyer, passwords / 2FA, free
  sprache: 'Kurz, klar, verständlich', // Mon 15.03. 09:00–12:00, online, NSI, Dr. Sander, plain language / Amtsdeutsch, 95 €
  ruecken: 'Starker Rücken im Büroalltag', // Tue 16.03. 13:00–16:00, Rathaus Bergen, GUV, Lüders, Rückenschule, free, 16 seats
  english: 'Can I Help You? English at the Service Counter', // Wed 17.03. 09:00–12:30, Kreishaus, PE, McAllister, 85 €, English, deadline passed Fri 05.03. 23:59
  ozg: 'Vom Antrag zum Online-Dienst', // Thu 18.03. 14:00–16:30, hybrid (Kreishaus), IT, Brandes, OZG, free
  haushalt: 'Grundlagen des kommunalen Haushaltsrechts nach dem NKomVG', // Tue 30.03. 09:00–16:00, Kreishaus, NSI, Dr. Wolters, 235 €, Doppik, deadline Mon 22.03. 23:59
  ersteHilfe: 'Erste Hilfe im Betrieb: Ausbildung zur Ersthelferin und zum Ersthelfer', // Tue 06.04. 08:30–16:30, DRK-Ausbildungszentrum Celle, GUV, Hoppe, free
  deeskalation: 'Klare Worte, ruhiger Ton', // Thu 08.04. 09:00–15:00, Rathaus Wietze, GUV, Korte, aggressive clients, free, 14 seats
  vergabe: 'Vergaberecht für Einsteiger: UVgO und NTVergG', // Wed 14.04. 09:00–16:00, Rathaus Lachendorf, NSI, Ehlers, 260 €, deadline Wed 31.03. 12:00
  ergonomie: 'Richtig eingerichtet', // Tue 20.04. 10:00–11:30, online, GUV, Lüders, ergonomics, free
  fuehrung: 'Die ersten hundert Tage', // Tue 04.05. and Wed 05.05. 09:00–16:00, Ludwig-Harms-Haus Hermannsburg, NSI, Dr. Busch, 520 €, new managers
  eakte: 'Abschied vom Aktenbock', // Thu 06.05. 09:00–12:00, Rathaus SG Flotwedel (Wienhausen), IT, Brandes, e-file, only Flotwedel/Lachendorf, free
  sitzung: 'Sitzungsdienst nach dem NKomVG: Ladung, Protokoll, Beschlusskontrolle', // Wed 12.05. 09:00–16:00, Rathaus Bergen, NSI, Ehlers, 180 €, deadline Fri 23.04. 23:59
  ki: 'Die Maschine schreibt mit', // Tue 18.05. 13:00–16:00, online, IT, Meyer, AI / ChatGPT / Copilot, free
  bescheid: 'Bescheide rechtssicher formulieren', // Tue 08.06. 09:00–16:00, Kreishaus, NSI, Dr. Wolters, 210 €, Widerspruchsverfahren
  stress: 'Kraftquellen im Arbeitsalltag', // Wed 16.06. 09:00–15:00, Rathaus Lachendorf, PE, Schwanke, stress / resilience, free
  datenschutz: 'Datenschutz im Bürgerbüro', // Thu 24.06. 13:00–15:30, hybrid (Neues Rathaus Celle), Stadt Celle, Pieper, free
  excel: 'Zahlen zum Sprechen bringen', // Tue 06.07. 09:00–12:00, online, NSI, Rosenbrock, Excel / pivot tables, 79 € (Dienststelle pays)
  tvoed: 'TVöD kompakt: Eingruppierung und Entgelt', // Thu 26.08. 09:00–16:00, Congress Union Celle, NSI, Grote, 195 €
  konflikte: 'Wenn es im Team knirscht', // Tue 07.09. 09:00–16:00, Kreishaus, NSI, Dr. Busch, 210 €, conflict management
  barrierefrei: 'Für alle lesbar', // Wed 22.09. 13:00–16:00, online, NSI, Rosenbrock, 120 €, accessible Word / PDF
  platt: 'Plattdeutsch för de Bürgerberatung', // draft (Tue 14.09.)
  hochwasser: 'Hochwasserschutz an Aller und Örtze', // draft (Tue 12.10.)
  social: 'Instagram & Co.: Social Media für die Gemeinde', // cancelled (Thu 22.04.2027)
  winterdienst: 'Winterdienst rechtssicher organisieren', // cancelled (Wed 15.09.2027)
  brandschutz: 'Brandschutzhelferinnen und Brandschutzhelfer: Grundlehrgang', // past (Tue 16 February 2027)
  grundsteuer: 'Die neue Grundsteuer in Niedersachsen', // past (Wed 24 February 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.platt, T.hochwasser, T.social, T.winterdienst, T.brandschutz, T.grundsteuer];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'pw', q: 'brauche eine schulung zu zwei-faktor-authentifizierung', kind: 'list', titles: [T.passwort] },
  {
    conv: 'pw',
    q: 'wann?',
    kind: 'facts',
    titles: [T.passwort],
    says: ['am Fr., 12.03.2027 von 09:00 bis 11:00 Uhr'],
  },
  { conv: 'pw', q: 'wer macht das?', kind: 'facts', titles: [T.passwort], says: ['leitet Herr Jonas Meyer'] },
  { conv: 'pw', q: 'was kostet das?', kind: 'facts', titles: [T.passwort], says: ['ist kostenlos'] },
  { conv: 'ruecken', q: 'gibt es eine rückenschule?', kind: 'list', titles: [T.ruecken] },
  { conv: 'ruecken', q: 'wo?', kind: 'facts', titles: [T.ruecken], says: ['im Rathaus Bergen'] },
  {
    conv: 'ruecken',
    q: 'noch plätze?',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['noch 16 von 16 Plätzen frei'],
  },
  {
    conv: 'ruecken',
    q: 'und wann ist das?',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['am Di., 16.03.2027 von 13:00 bis 16:00 Uhr'],
  },
  { conv: 'ki', q: 'any training on ChatGPT?', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    conv: 'ki',
    q: 'when?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['on Tue, 18 May 2027 from 13:00 to 16:00'],
  },
  { conv: 'ki', q: 'is it online?', locale: 'en', kind: 'facts', titles: [T.ki], says: ['takes place online'] },
  { conv: 'ki', q: 'how much?', locale: 'en', kind: 'facts', titles: [T.ki], says: ['is free of charge'] },
  { conv: 'vergabe', q: 'vergaberecht', kind: 'list', titles: [T.vergabe] },
  {
    conv: 'vergabe',
    q: 'bis wann anmelden?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Mi., 31.03.2027, 12:00 Uhr'],
  },
  { conv: 'vergabe', q: 'wo?', kind: 'facts', titles: [T.vergabe], says: ['im Rathaus Lachendorf'] },
  { conv: 'vergabe', q: 'was kostet das?', kind: 'facts', titles: [T.vergabe], says: ['kostet 260 €'] },
  { conv: 'lead', q: 'is there a course for first-time managers?', locale: 'en', kind: 'list', titles: [T.fuehrung] },
  {
    conv: 'lead',
    q: 'when is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['on 2 days', 'Tue, 4 May 2027 and Wed, 5 May 2027', 'each from 09:00 to 16:00'],
  },
  {
    conv: 'lead',
    q: 'where?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['takes place at Ludwig-Harms-Haus'],
  },
  {
    conv: 'lead',
    q: 'how much does it cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['costs €520'],
  },
  { conv: 'aggro', q: 'how to deal with aggressive citizens', locale: 'en', kind: 'list', titles: [T.deeskalation] },
  {
    conv: 'aggro',
    q: 'where is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['takes place at Rathaus Wietze'],
  },
  {
    conv: 'aggro',
    q: 'any seats left?',
    locale: 'en',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['has 14 of 14 seats left'],
  },
  {
    conv: 'aggro',
    q: 'who runs it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['is led by Herr Matthias Korte'],
  },
  { conv: 'doppik', q: 'doppik grundlagen', kind: 'list', titles: [T.haushalt] },
  {
    conv: 'doppik',
    q: 'wann?',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['am Di., 30.03.2027 von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'doppik',
    q: 'bis wann anmelden?',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['bis Mo., 22.03.2027, 23:59 Uhr'],
  },
  {
    conv: 'doppik',
    q: 'wer macht das?',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['leitet Frau Dr. Annette Wolters'],
  },
  { conv: 'teams', q: 'MS Teams Schulung', kind: 'list', titles: [T.teams] },
  {
    conv: 'teams',
    q: 'wann?',
    kind: 'facts',
    titles: [T.teams],
    says: ['am Do., 11.03.2027 von 14:00 bis 15:30 Uhr'],
  },
  {
    conv: 'teams',
    q: 'bis wann anmelden?',
    kind: 'facts',
    titles: [T.teams],
    says: ['bis Do., 11.03.2027, 12:00 Uhr'],
  },
  { conv: 'ozg', q: 'onlinezugangsgesetz', kind: 'list', titles: [T.ozg] },
  { conv: 'ozg', q: 'wo?', kind: 'facts', titles: [T.ozg], says: [/im Kreishaus Celle.* oder online/] },
  { conv: 'ozg', q: 'online oder präsenz?', kind: 'facts', titles: [T.ozg], says: ['findet hybrid statt'] },
  // --- facts -----------------------------------------------------------------------------------------------------------
  {
    q: 'was kostet der excel kurs',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 79 €'],
    mentions: ['Die Gebühr trägt die entsendende Dienststelle.'],
  },
  {
    q: 'wie lange dauert die erste hilfe ausbildung',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['dauert 8 Stunden, von 08:30 bis 16:30 Uhr'],
  },
  {
    q: 'um wie viel uhr beginnt der datenschtz kurs',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['beginnt am Do., 24.06.2027 um 13:00 Uhr'],
  },
  {
    q: 'registration deadline for the english course',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 5 Mar 2027, 23:59'],
  },
  // --- topic searches: typos, words only in summary or description ----------------------------------------------------
  { q: 'ersthelfer ausbildng', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'amtsdeutsch vermeiden', kind: 'list', titles: [T.sprache] },
  { q: 'e-akte', kind: 'list', titles: [T.eakte] },
  { q: 'widerspruchsbescheid', kind: 'list', titles: [T.bescheid] },
  // --- filters: dates, time of day, format, place, trainer, provider, cost, length, language --------------------------
  { q: 'was ist heute noch', kind: 'list', titles: [T.teams] },
  { q: 'was gibt es morgen', kind: 'list', titles: [T.passwort] },
  { q: 'was läuft nächste woche', kind: 'list', titles: [T.sprache, T.ruecken, T.english, T.ozg] },
  { q: 'nächste woche vormittags', kind: 'list', titles: [T.sprache, T.english] },
  { q: 'anything next week in the afternoon', locale: 'en', kind: 'list', titles: [T.ruecken, T.ozg] },
  {
    q: 'kostenlose seminare in den nächsten zwei wochen',
    kind: 'list',
    titles: [T.teams, T.passwort, T.ruecken, T.ozg],
  },
  {
    q: "what's on next month",
    locale: 'en',
    kind: 'list',
    titles: [T.ersteHilfe, T.deeskalation, T.vergabe, T.ergonomie],
  },
  { q: 'online seminare im april', kind: 'list', titles: [T.ergonomie] },
  { q: 'hybride seminare', kind: 'list', ...only(T.ozg, T.datenschutz) },
  { q: 'was gibt es in bergen', kind: 'list', ...only(T.ruecken, T.sitzung) },
  { q: 'kurse bei frau lüders', kind: 'list', ...only(T.ruecken, T.ergonomie) },
  {
    q: 'what does the GUV offer',
    locale: 'en',
    kind: 'list',
    ...only(T.ruecken, T.ersteHilfe, T.deeskalation, T.ergonomie),
  },
  { q: 'welche seminare kosten mehr als 250 euro', kind: 'list', ...only(T.vergabe, T.fuehrung) },
  { q: 'mehrtägige seminare', kind: 'list', titles: [T.fuehrung] },
  { q: 'any courses in english', locale: 'en', kind: 'list', titles: [T.english] },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'wann ist der social media kurs', kind: 'gone', gone: T.social },
  { q: 'brandschutzhelfer lehrgang', kind: 'gone', gone: T.brandschutz, says: ['Di., 16.02.2027'] },
  { q: 'plattdeutsch', kind: 'none' },
  { q: 'gabelstaplerschein', kind: 'none' },
  { q: 'Moin!', kind: 'help' },
  { q: 'hi there', locale: 'en', kind: 'help' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-thirtieth, independent catalogue (Landkreis Celle, NSI, GUV Hannover)',
  {
    fixture: 'heldout230-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
