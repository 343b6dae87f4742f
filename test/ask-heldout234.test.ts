// Over-fitting check, two-hundred-and-thirty-fourth catalogue: the 2027 programme for the Landkreis Reutlingen (Baden-
// Württemberg) and its towns (Reutlingen, Metzingen, Pfullingen, Eningen unter Achalm, Münsingen, Bad Urach), with the
// Landratsamt's Personalentwicklung, Komm.ONE, the Verwaltungsschule des Gemeindetags Baden-Württemberg, the Unfallkasse
// Baden-Württemberg and the Volkshochschule Reutlingen, imported from a JSON file. Seminars take place in the
// Landratsamt Reutlingen, the Rathaus Reutlingen, the Rathaus and the Stadthalle Metzingen, the Rathaus Pfullingen, the
// Rathaus Eningen unter Achalm, the Rathaus Münsingen, the Rathaus and the Haus des Gastes in Bad Urach, the
// Volkshochschule Reutlingen, online or hybrid. Several titles do not name their subject ("Klick mit Folgen" is
// phishing, "Mehr Luft im Kalender" time management, "Gute Fragen an die Maschine" AI, "Vorlagen, die mitdenken" Word
// templates and mail merge, "Die bewegte Pause" ergonomics, "Zusammen an einem Dokument" Teams/SharePoint filing, "Das
// Bauamt wird virtuell" the digital building application, "Amtsdeutsch ade" plain language, "Ämter ohne Wartemarke" the
// OZG, "Wenn es im Team knirscht" conflict management, "Gut ankommen" the trainees' induction days), so only summary,
// description or topics reveal it; one seminar is held in English; the induction days run on two days; the building
// application course is open only to Münsingen, Bad Urach and Eningen unter Achalm; first aid is free, paid by the
// Unfallkasse. Questions are typed the way colleagues write in a Teams chat (lower case, typos, "gibts", "was kostn",
// "wann isn"), a fifth of them in English, without looking at the parser or the answers.
//
// Calendar around `now` (Monday 8 March 2027, 11:00 in Reutlingen, winter time; summer time begins Sun 28.03.2027):
//   this week:  nothing more today; Tue 09.03. 09:00–11:30 phishing (online, tomorrow), Thu 11.03. 13:30–16:00 data
//               protection (hybrid, Landratsamt)
//   next week:  Mon 15.03. 09:00–12:00 Excel (online), Tue 16.03. 13:30–16:30 time management (online), Wed 17.03.
//               09:00–12:30 English (VHS Reutlingen; deadline passed Fri 05.03. 23:59), Thu 18.03. 14:00–16:30 AI
//               (hybrid, Rathaus Reutlingen); nothing on Fri 19.03. to Mon 22.03.
//   then:       Tue 23.03. budget law (Rathaus Metzingen), the cancelled Outlook course (Thu 25.03.)
//   April:      Tue 13. first aid (Rathaus Pfullingen, free), Thu 22. de-escalation (Eningen, free, 14 seats), Tue 27.
//               Word templates (online, 59 €)
//   May:        Wed 05. procurement (Stadthalle Metzingen; deadline Fri 23.04. 12:00), Wed 12. ergonomics (online, free,
//               14:00–15:30)
//   June:       Thu 10. cemetery law (Haus des Gastes, Bad Urach), Thu 17. SharePoint (online), Tue 22. digital
//               building application (Münsingen, members only)
//   July:       Wed 07. council meetings (Rathaus Bad Urach; deadline Fri 18.06. 23:59), Tue 13. plain language (VHS);
//               the draft heat-protection course on Tue 06.07.
//   September:  Wed 01./Thu 02. induction days for trainees (Landratsamt), Thu 23. administrative decisions
//               (Pfullingen); the draft accessible-PDF course on Wed 15.09.
//   October:    Mon 04. Scrum/Kanban (hybrid, Landratsamt), Wed 20. OZG (online)
//   November:   Wed 10. team conflicts (Landratsamt, for managers); the cancelled winter-service course on Tue 16.11.
//   past:       Thu 21.01.2027 ladder safety (Pfullingen), Tue 09.02.2027 property tax reform (online).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-03-08T10:00:00Z'); // Monday, 8 March 2027, 11:00 in Reutlingen (CET)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Klick mit Folgen', // Tue 09.03. 09:00–11:30, online, Komm.ONE, Seitz, phishing / social engineering, free
  datenschutz: 'Datenschutz in der Sachbearbeitung: Auskunftsrechte und Löschkonzepte', // Thu 11.03. 13:30–16:00, hybrid (Landratsamt), PE, Hertenstein, free
  excel: 'Mehr als Tabellen: Auswertungen mit Excel', // Mon 15.03. 09:00–12:00, online, VHS, Kübler, 85 € (the Amt pays)
  zeit: 'Mehr Luft im Kalender', // Tue 16.03. 13:30–16:30, online, VHS, Baisch, 49 €, time management
  english: 'Clear and Friendly: English at the Front Desk', // Wed 17.03. 09:00–12:30, VHS Reutlingen, Whitfield, 95 €, deadline passed Fri 05.03. 23:59
  ki: 'Gute Fragen an die Maschine', // Thu 18.03. 14:00–16:30, hybrid (Rathaus Reutlingen), Komm.ONE, Seitz, AI, free
  haushalt: 'Kommunales Haushaltsrecht in Baden-Württemberg', // Tue 23.03. 09:00–16:00, Rathaus Metzingen, Verwaltungsschule, Dr. Rapp, 240 €, NKHR
  ersteHilfe: 'Erste Hilfe am Arbeitsplatz: Grundausbildung für Ersthelfende', // Tue 13.04. 08:30–16:30, Rathaus Pfullingen, UKBW, Gekle, free (UKBW pays)
  deeskalation: 'Klare Grenzen am Schalter', // Thu 22.04. 09:00–15:00, Rathaus Eningen, UKBW, Braun, free, 14 seats
  vorlagen: 'Vorlagen, die mitdenken', // Tue 27.04. 09:00–12:00, online, VHS, Kübler, 59 €, Word templates / mail merge
  vergabe: 'Vergaberecht kompakt: UVgO und VOB/A', // Wed 05.05. 09:00–16:00, Stadthalle Metzingen, Verwaltungsschule, Wörner, 260 €, deadline Fri 23.04. 12:00
  pause: 'Die bewegte Pause', // Wed 12.05. 14:00–15:30, online, UKBW, Gekle, ergonomics, free
  friedhof: 'Friedhofs- und Bestattungsrecht in der Praxis', // Thu 10.06. 09:00–16:00, Haus des Gastes Bad Urach, Verwaltungsschule, Schwenk, 190 €, deadline = start
  sharepoint: 'Zusammen an einem Dokument', // Thu 17.06. 10:00–11:30, online, Komm.ONE, Maier, Teams / SharePoint, free
  bauamt: 'Das Bauamt wird virtuell', // Tue 22.06. 09:00–12:00, Rathaus Münsingen, Komm.ONE, Maier, digital building application, only Münsingen/Bad Urach/Eningen, free
  sitzung: 'Sitzungsdienst nach der Gemeindeordnung Baden-Württemberg', // Wed 07.07. 09:00–16:00, Rathaus Bad Urach, Verwaltungsschule, Wörner, 180 €, deadline Fri 18.06. 23:59
  sprache: 'Amtsdeutsch ade', // Tue 13.07. 09:00–16:00, VHS Reutlingen, Dr. Neher, 140 €, plain language
  azubis: 'Gut ankommen: Einführungstage für Auszubildende', // Wed 01.09. and Thu 02.09. 08:30–15:30, Landratsamt, PE, Hertenstein, free
  bescheide: 'Bescheide rechtssicher formulieren', // Thu 23.09. 09:00–16:00, Rathaus Pfullingen, Verwaltungsschule, Dr. Rapp, 210 €
  agile: 'Agiles Projektmanagement mit Scrum und Kanban', // Mon 04.10. 09:00–16:00, hybrid (Landratsamt), Verwaltungsschule, Ostertag, 230 €
  ozg: 'Ämter ohne Wartemarke', // Wed 20.10. 13:00–16:00, online, Komm.ONE, Seitz, OZG / service-bw, free
  konflikte: 'Wenn es im Team knirscht', // Wed 10.11. 09:00–16:00, Landratsamt, Verwaltungsschule, Dr. Lamparter, 210 €, for managers
  pdf: 'Barrierefreie PDF-Dokumente erstellen', // draft (Wed 15.09.)
  hitze: 'Hitzeschutz: Hitzeaktionspläne für Kommunen', // draft (Tue 06.07.)
  outlook: 'Outlook im Griff: E-Mails, Kalender und Aufgaben', // cancelled (Thu 25.03.2027)
  winterdienst: 'Winterdienst: Räum- und Streupflicht der Gemeinden', // cancelled (Tue 16.11.2027)
  grundsteuer: 'Grundsteuerreform in Baden-Württemberg: Bodenwertmodell in der Praxis', // past (Tue 9 February 2027)
  leiter: 'Sicher auf der Leiter: Arbeitsschutz im Bauhof', // past (Thu 21 January 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.pdf, T.hitze, T.outlook, T.winterdienst, T.grundsteuer, T.leiter];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'zeit', q: 'hab zu viel um die ohren, gibts was zu zeitmanagement', kind: 'list', titles: [T.zeit] },
  { conv: 'zeit', q: 'was kostn das', kind: 'facts', titles: [T.zeit], says: ['kostet 49 €'] },
  {
    conv: 'zeit',
    q: 'wann isn der',
    kind: 'facts',
    titles: [T.zeit],
    says: ['am Di., 16.03.2027 von 13:30 bis 16:30 Uhr'],
  },
  { conv: 'english', q: 'is there an english course', locale: 'en', kind: 'list', titles: [T.english] },
  { conv: 'english', q: 'how much is it', locale: 'en', kind: 'facts', titles: [T.english], says: ['costs €95'] },
  {
    conv: 'english',
    q: 'till when can i register?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 5 Mar 2027, 23:59'],
  },
  { conv: 'friedhof', q: 'friedhofsrecht', kind: 'list', titles: [T.friedhof] },
  {
    conv: 'friedhof',
    q: 'bis wann kann man sich da anmelden',
    kind: 'facts',
    titles: [T.friedhof],
    says: ['bis Do., 10.06.2027, 09:00 Uhr'],
  },
  { conv: 'azubi', q: 'was gibts für neue azubis', kind: 'list', titles: [T.azubis] },
  {
    conv: 'azubi',
    q: 'wann genau',
    kind: 'facts',
    titles: [T.azubis],
    says: ['an 2 Tagen', 'Mi., 01.09.2027 und Do., 02.09.2027', 'jeweils von 08:30 bis 15:30 Uhr'],
  },
  { conv: 'azubi', q: 'wer macht das', kind: 'facts', titles: [T.azubis], says: ['leitet Frau Julia Hertenstein'] },
  { conv: 'scrum', q: 'scrum training?', locale: 'en', kind: 'list', titles: [T.agile] },
  {
    conv: 'scrum',
    q: 'where is it',
    locale: 'en',
    kind: 'facts',
    titles: [T.agile],
    says: [/at Landratsamt Reutlingen.* or online/],
  },
  { conv: 'schalter', q: 'kunden werden aggressiv am schalter, gibts da was', kind: 'list', titles: [T.deeskalation] },
  {
    conv: 'schalter',
    q: 'wo findet der statt',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['im Rathaus Eningen unter Achalm'],
  },
  {
    conv: 'schalter',
    q: 'sind noch plätze frei',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['noch 14 von 14 Plätzen frei'],
  },
  { conv: 'bauamt', q: 'digitaler bauantrag', kind: 'list', titles: [T.bauamt] },
  {
    conv: 'bauamt',
    q: 'wann is das',
    kind: 'facts',
    titles: [T.bauamt],
    says: ['am Di., 22.06.2027 von 09:00 bis 12:00 Uhr'],
  },
  { conv: 'vergabe', q: 'vergabe schulung uvgo', kind: 'list', titles: [T.vergabe] },
  {
    conv: 'vergabe',
    q: 'anmeldeschluss?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Fr., 23.04.2027, 12:00 Uhr'],
  },
  { conv: 'ai', q: 'any AI courses', locale: 'en', kind: 'list', titles: [T.ki] },
  { conv: 'ai', q: 'is it online', locale: 'en', kind: 'facts', titles: [T.ki], says: ['is hybrid'] },
  // --- facts -----------------------------------------------------------------------------------------------------------
  {
    q: 'was kostn der exel kurs',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 85 €'],
    mentions: ['Die Gebühr trägt das entsendende Amt.'],
  },
  {
    q: 'kostet erste hilfe was?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Kosten übernimmt die Unfallkasse Baden-Württemberg für ihre Mitgliedsbetriebe.'],
  },
  {
    q: 'how much is the sitzungsdienst seminar',
    locale: 'en',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['costs €180'],
  },
  {
    q: 'wann isn der haushaltsrecht kurs',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['am Di., 23.03.2027 von 09:00 bis 16:00 Uhr'],
  },
  { q: 'wann fängt der ki kurs an', kind: 'facts', titles: [T.ki], says: ['18.03.2027', '14:00'] },
  {
    q: 'wie lang geht die bewegte pause',
    kind: 'facts',
    titles: [T.pause],
    says: ['dauert 1,5 Stunden, von 14:00 bis 15:30 Uhr'],
  },
  {
    q: 'wer leitet das konfliktmanagment seminar',
    kind: 'facts',
    titles: [T.konflikte],
    says: ['leitet Frau Dr. Heike Lamparter'],
  },
  {
    q: 'when is the ozg thing',
    locale: 'en',
    kind: 'facts',
    titles: [T.ozg],
    says: ['on Wed, 20 Oct 2027 from 13:00 to 16:00'],
  },
  { q: 'ist datenschutz online?', kind: 'facts', titles: [T.datenschutz], says: ['findet hybrid statt'] },
  { q: 'wer macht den erste hilfe kurs', kind: 'facts', titles: [T.ersteHilfe], says: ['leitet Herr Tobias Gekle'] },
  {
    q: 'anmeldeschluss sitzungsdienst',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['bis Fr., 18.06.2027, 23:59 Uhr'],
  },
  // --- topic searches: typos, words only in summary or description, synonyms ------------------------------------------
  { q: 'phising schulung', kind: 'list', titles: [T.phishing] },
  { q: 'pivot tabellen', kind: 'list', titles: [T.excel] },
  { q: 'serienbriefe in word', kind: 'list', titles: [T.vorlagen] },
  { q: 'defibrilator', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'rückenschmerzen am schreibtisch', kind: 'list', titles: [T.pause] },
  { q: 'plain language course', locale: 'en', kind: 'list', titles: [T.sprache] },
  { q: 'sharepoint', kind: 'list', titles: [T.sharepoint] },
  // --- filters: dates, time of day, format, place, trainer, provider, length, cost, language ---------------------------
  { q: 'was is morgen', kind: 'list', titles: [T.phishing] },
  { q: 'was läuft diese woche noch', kind: 'list', titles: [T.phishing, T.datenschutz] },
  { q: 'nächste woche vormittags', kind: 'list', titles: [T.excel, T.english] },
  { q: 'anything next week in the afternoon', locale: 'en', kind: 'list', titles: [T.zeit, T.ki] },
  { q: 'in den nächsten 2 wochen nachmittags', kind: 'list', titles: [T.datenschutz, T.zeit, T.ki] },
  {
    q: "what's on next month",
    locale: 'en',
    kind: 'list',
    titles: [T.ersteHilfe, T.deeskalation, T.vorlagen],
  },
  { q: 'kostenlos im april', kind: 'list', titles: [T.ersteHilfe, T.deeskalation] },
  { q: 'was gibts im mai vor ort', kind: 'list', titles: [T.vergabe] },
  { q: 'hybride seminare', kind: 'list', ...only(T.datenschutz, T.ki, T.agile) },
  { q: 'was gibts in metzingen', kind: 'list', ...only(T.haushalt, T.vergabe) },
  { q: 'kurse von markus seitz', kind: 'list', ...only(T.phishing, T.ki, T.ozg) },
  {
    q: 'what does the unfallkasse offer',
    locale: 'en',
    kind: 'list',
    ...only(T.ersteHilfe, T.deeskalation, T.pause),
  },
  { q: 'mehrtägige seminare', kind: 'list', titles: [T.azubis] },
  { q: 'any courses in english', locale: 'en', kind: 'list', titles: [T.english] },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'outlook schulung', kind: 'gone', gone: T.outlook },
  { q: 'winterdienst kurs wann', kind: 'gone', gone: T.winterdienst },
  { q: 'wann war die grundsteuer schulung', kind: 'gone', gone: T.grundsteuer, says: ['Di., 09.02.2027'] },
  { q: 'leiter schulung bauhof', kind: 'gone', gone: T.leiter, says: ['Do., 21.01.2027'] },
  { q: 'barrierefreie pdf', kind: 'none' },
  { q: 'hitzeschutz', kind: 'none' },
  { q: 'photoshop kurs', kind: 'none' },
  { q: 'hallo', kind: 'help' },
  { q: 'hi there', locale: 'en', kind: 'help' },
  { q: 'zeig mal meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-thirty-fourth, independent catalogue (Landkreis Reutlingen, Verwaltungsschule des Gemeindetags BW, Unfallkasse BW)',
  {
    fixture: 'heldout234-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
