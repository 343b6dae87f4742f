// Over-fitting check, two-hundred-and-seventeenth catalogue: the 2027 programme of the Landkreis Heidenheim (Baden-
// Württemberg) and its towns (Heidenheim an der Brenz, Giengen, Herbrechtingen, Niederstotzingen, Gerstetten, Nattheim),
// with the Verwaltungsschule des Gemeindetags Baden-Württemberg, Komm.ONE, the Volkshochschule Heidenheim (VHS), the
// Unfallkasse Baden-Württemberg (UKBW) and the Landratsamt's Personalentwicklung, imported from a JSON file. Seminars
// take place in the Landratsamt Heidenheim, the town halls of Heidenheim, Giengen, Herbrechtingen, Niederstotzingen and
// Gerstetten, the VHS Heidenheim, the fire station and the Bauhof in Nattheim, online or hybrid. Several titles do not
// name their subject ("Ein Schlüssel ist nicht genug" is passwords and two-factor login, "Akku leer?" stress and
// resilience, "Gelassen im Gegenwind" de-escalation, "Briefe wie aus einem Guss" Word templates and mail merge, "Ein
// Konto für alles" the OZG / BundID, "Die ersten hundert Tage" new managers, "Von der Einladung bis zur Niederschrift"
// council meetings, "Abschied vom Aktenschrank" the e-file, "Schreiben, die ankommen" plain language, "Mehr Zeit,
// weniger Mails" Outlook, "Ruhe sanft – aber rechtssicher" cemeteries, "Sicher schaukeln, sicher rutschen" playground
// inspection, "Für alle lesbar" accessible documents), so only summary, description or topics reveal it; one seminar is
// held in English; only the leadership course runs on two days; the e-file course is open only to Giengen,
// Herbrechtingen and Niederstotzingen; first aid is free, paid by the UKBW. Questions are short chat messages in lower
// case without punctuation, with typos and colloquial (Swabian) words, a fifth in English, written without looking at
// the parser or the answers.
//
// Calendar around `now` (Tuesday 16 March 2027, 09:30 in Heidenheim, winter time; Easter and summer time on Sun 28.03.):
//   this week:  nothing more today; Wed 17.03. 09:00–11:30 passwords (online, tomorrow), Thu 18.03. 13:30–16:00 data
//               protection in HR (hybrid, Landratsamt)
//   next week:  Mon 22.03. 09:00–12:00 Excel (online, 69 €), Tue 23.03. 13:00–15:00 stress (online, free), Wed 24.03.
//               09:00–12:30 English (Landratsamt, 95 €; deadline passed Fri 12.03. 23:59), Thu 25.03. 14:00–16:30 AI
//               (Rathaus Giengen, free); nothing from Good Friday 26.03. to Mon 05.04. (Easter)
//   April:      Thu 08. procurement (Herbrechtingen, 260 €, deadline Thu 25.03. 12:00), Tue 13. de-escalation
//               (Niederstotzingen, free), Tue 20. Doppik (Giengen, 245 €), Wed 21. Word (online, 49 €); the cancelled
//               heat-planning course on Wed 14.04.
//   May:        Tue 04. OZG (online, free), Wed 12./Thu 13. new managers (Landratsamt, 520 €), Tue 18. first aid
//               (Feuerwehrhaus Nattheim, 08:30–16:30), Thu 27. council meetings (Rathaus Heidenheim; deadline Fri 07.05.
//               23:59); the cancelled cash-desk course on Wed 19.05.
//   June:       Tue 08. e-file (Herbrechtingen, members only), Wed 16. plain language (VHS), Mon 21. project management
//               (hybrid, Landratsamt), Wed 23. Outlook (online, 14:00–16:00)
//   July:       Tue 06. cemeteries (Rathaus Gerstetten), Thu 15. playground inspection (Bauhof Nattheim, 08:00–12:00)
//   autumn:     Tue 14.09. housing benefit (Landratsamt), Thu 07.10. accessible documents (hybrid, Rathaus Heidenheim);
//               the draft social-media course on Wed 13.10., the draft flood-protection course on Tue 09.11.
//   past:       Thu 11.02.2027 property tax (Giengen), Wed 03.03.2027 safety officers (Nattheim).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-03-16T08:30:00Z'); // Tuesday, 16 March 2027, 09:30 in Heidenheim (CET)
const TZ = 'Europe/Berlin';

const T = {
  passwort: 'Ein Schlüssel ist nicht genug', // Wed 17.03. 09:00–11:30, online, Komm.ONE, Vogt, passwords / MFA, free
  datenschutz: 'Datenschutz im Personalwesen: Personalakte, Bewerbungen, Auskunftsrecht', // Thu 18.03. 13:30–16:00, hybrid (Landratsamt), PE, Maier, free
  excel: 'Pivot, SVERWEIS & Co.: Excel für Fortgeschrittene', // Mon 22.03. 09:00–12:00, online, VHS, Schuster, 69 € (Dienststelle pays)
  stress: 'Akku leer?', // Tue 23.03. 13:00–15:00, online, UKBW, Brenner, stress / resilience, free
  english: 'Welcome to Heidenheim: English at the Service Desk', // Wed 24.03. 09:00–12:30, Landratsamt, VHS, McLeod, 95 €, deadline passed Fri 12.03. 23:59
  ki: 'KI-Assistenten sicher nutzen', // Thu 25.03. 14:00–16:30, Rathaus Giengen, Komm.ONE, Wenger, AI, free
  vergabe: 'Vergaberecht kompakt: UVgO und VOB/A für Kommunen', // Thu 08.04. 09:00–16:00, Rathaus Herbrechtingen, VS, Kärcher, 260 €, 20 seats, deadline Thu 25.03. 12:00
  deeskalation: 'Gelassen im Gegenwind', // Tue 13.04. 09:00–15:00, Rathaus Niederstotzingen, UKBW, Brenner, de-escalation, free
  haushalt: 'Das Neue Kommunale Haushaltsrecht kompakt', // Tue 20.04. 09:00–16:00, Rathaus Giengen, VS, Dr. Eberle, 245 €, Doppik
  word: 'Briefe wie aus einem Guss', // Wed 21.04. 09:00–12:00, online, VHS, Schuster, 49 €, Word / mail merge
  ozg: 'Ein Konto für alles', // Tue 04.05. 09:00–12:00, online, Komm.ONE, Vogt, OZG / BundID, free
  fuehrung: 'Die ersten hundert Tage', // Wed 12.05. and Thu 13.05. 09:00–16:00, Landratsamt, VS, Dr. Renz, 520 €, new managers
  ersteHilfe: 'Erste Hilfe im Betrieb: Aus- und Fortbildung für Ersthelfende', // Tue 18.05. 08:30–16:30, Feuerwehrhaus Nattheim, UKBW, Wiedmann, free (UKBW pays)
  sitzung: 'Von der Einladung bis zur Niederschrift', // Thu 27.05. 09:00–16:00, Rathaus Heidenheim, VS, Kärcher, 190 €, council meetings, deadline Fri 07.05. 23:59
  eakte: 'Abschied vom Aktenschrank', // Tue 08.06. 09:00–12:00, Rathaus Herbrechtingen, Komm.ONE, Wenger, e-file, only Giengen/Herbrechtingen/Niederstotzingen, free
  sprache: 'Schreiben, die ankommen', // Wed 16.06. 09:00–16:00, VHS Heidenheim, Hartmann, 120 €, plain language
  projekt: 'Projektmanagement kompakt: Digitalisierungsprojekte planen und steuern', // Mon 21.06. 09:00–16:00, hybrid (Landratsamt), VS, Kübler, 230 €
  outlook: 'Mehr Zeit, weniger Mails', // Wed 23.06. 14:00–16:00, online, VHS, Schuster, 39 €, Outlook
  friedhof: 'Ruhe sanft – aber rechtssicher', // Tue 06.07. 09:00–16:00, Rathaus Gerstetten, VS, Dr. Eberle, 210 €, cemeteries
  spielplatz: 'Sicher schaukeln, sicher rutschen', // Thu 15.07. 08:00–12:00, Bauhof Nattheim, UKBW, Wiedmann, playground inspection, free
  wohngeld: 'Wohngeld in der Praxis', // Tue 14.09. 09:00–16:00, Landratsamt, VS, Bühler, 195 €
  barrierefrei: 'Für alle lesbar', // Thu 07.10. 13:00–16:00, hybrid (Rathaus Heidenheim), PE, Maier, accessible documents, free
  hochwasser: 'Hochwasserschutz an der Brenz: Starkregenrisikomanagement für Gemeinden', // draft (Tue 09.11.)
  socialMedia: 'Social Media im Rathaus: Instagram und Co. rechtssicher nutzen', // draft (Wed 13.10.)
  waerme: 'Kommunale Wärmeplanung: Grundlagen für kleinere Gemeinden', // cancelled (Wed 14.04.2027)
  kasse: 'Kassenführung im Bürgerbüro: Barkasse, Kartenzahlung, Kassensicherheit', // cancelled (Wed 19.05.2027)
  grundsteuer: 'Die Grundsteuerreform in der Praxis', // past (Thu 11 February 2027)
  sicherheit: 'Sicherheitsbeauftragte in der Kommunalverwaltung: Grundausbildung', // past (Wed 3 March 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.hochwasser, T.socialMedia, T.waerme, T.kasse, T.grundsteuer, T.sicherheit];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'pw', q: 'gibts was zu passwörtern', kind: 'list', titles: [T.passwort] },
  {
    conv: 'pw',
    q: 'wann is des',
    kind: 'facts',
    titles: [T.passwort],
    says: ['am Mi., 17.03.2027 von 09:00 bis 11:30 Uhr'],
  },
  { conv: 'pw', q: 'kostet des was', kind: 'facts', titles: [T.passwort], says: ['ist kostenlos'] },
  { conv: 'stress', q: 'hab grad voll stress gibts da was', kind: 'list', titles: [T.stress] },
  { conv: 'stress', q: 'online oder vor ort', kind: 'facts', titles: [T.stress], says: ['findet online statt'] },
  {
    conv: 'stress',
    q: 'wer is der referent',
    kind: 'facts',
    titles: [T.stress],
    says: ['leitet Herr Daniel Brenner'],
  },
  { conv: 'ki', q: 'any ai training', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    conv: 'ki',
    q: 'where is it',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['takes place at Rathaus Giengen'],
  },
  {
    conv: 'ki',
    q: 'what time does it start',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['starts on Thu, 25 Mar 2027 at 14:00'],
  },
  { conv: 'vergabe', q: 'vergabrecht seminar', kind: 'list', titles: [T.vergabe] },
  {
    conv: 'vergabe',
    q: 'bis wann muss ich mich anmelden',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Do., 25.03.2027, 12:00 Uhr'],
  },
  {
    conv: 'vergabe',
    q: 'noch plätze frei',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['noch 20 von 20 Plätzen frei'],
  },
  { conv: 'chef', q: 'ich werd bald teamleiterin gibts da n seminar', kind: 'list', titles: [T.fuehrung] },
  {
    conv: 'chef',
    q: 'wann genau',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Mi., 12.05.2027 und Do., 13.05.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  { conv: 'chef', q: 'was kostet der spass', kind: 'facts', titles: [T.fuehrung], says: ['kostet 520 €'] },
  { conv: 'ozg', q: 'bundid training', locale: 'en', kind: 'list', titles: [T.ozg] },
  { conv: 'ozg', q: 'is it online', locale: 'en', kind: 'facts', titles: [T.ozg], says: ['takes place online'] },
  {
    conv: 'ozg',
    q: 'who runs it',
    locale: 'en',
    kind: 'facts',
    titles: [T.ozg],
    says: ['is led by Herr Markus Vogt'],
  },
  { conv: 'friedhof', q: 'fridhofsgebühren', kind: 'list', titles: [T.friedhof] },
  {
    conv: 'friedhof',
    q: 'wo findet des statt',
    kind: 'facts',
    titles: [T.friedhof],
    says: ['im Rathaus Gerstetten'],
  },
  // --- facts -----------------------------------------------------------------------------------------------------------
  {
    q: 'was kostet der exel kurs',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 69 €'],
    mentions: ['Die Gebühr trägt die entsendende Dienststelle.'],
  },
  {
    q: 'kostet erste hilfe was',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse Baden-Württemberg für ihre Mitgliedsbetriebe.'],
  },
  { q: 'was kostet der englischkurs', kind: 'facts', titles: [T.english], says: ['kostet 95 €'] },
  {
    q: 'when is the playground inspection course',
    locale: 'en',
    kind: 'facts',
    titles: [T.spielplatz],
    says: ['on Thu, 15 Jul 2027 from 08:00 to 12:00'],
  },
  {
    q: 'wie lang dauert der outlook kurs',
    kind: 'facts',
    titles: [T.outlook],
    says: ['dauert 2 Stunden, von 14:00 bis 16:00 Uhr'],
  },
  {
    q: 'wo is projektmanagement',
    kind: 'facts',
    titles: [T.projekt],
    says: [/im Landratsamt Heidenheim.* oder online/],
  },
  { q: 'wer hält den word kurs', kind: 'facts', titles: [T.word], says: ['leitet Frau Petra Schuster'] },
  {
    q: 'deadline for the english course',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 12 Mar 2027, 23:59'],
  },
  {
    q: 'anmeldeschluss sitzungsdienst',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['bis Fr., 07.05.2027, 23:59 Uhr'],
  },
  {
    q: 'um wieviel uhr fängt erste hilfe an',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['beginnt am Di., 18.05.2027 um 08:30 Uhr'],
  },
  {
    q: 'is der datenschutz kurs online',
    kind: 'facts',
    titles: [T.datenschutz],
    says: [/im Landratsamt Heidenheim.* oder online/],
  },
  // --- topic searches: typos, words only in summary or description, synonyms ------------------------------------------
  { q: 'pivot tabelen', kind: 'list', titles: [T.excel] },
  { q: 'deeskaltion', kind: 'list', titles: [T.deeskalation] },
  { q: 'resilienz', kind: 'list', titles: [T.stress] },
  { q: 'mail merge', locale: 'en', kind: 'list', titles: [T.word] },
  { q: 'e akte', kind: 'list', titles: [T.eakte] },
  { q: 'barierefreie pdf', kind: 'list', titles: [T.barrierefrei] },
  { q: 'spielplatzkontrole', kind: 'list', titles: [T.spielplatz] },
  { q: 'amtsdeutsch', kind: 'list', titles: [T.sprache] },
  { q: 'wohngeld', kind: 'list', titles: [T.wohngeld] },
  { q: 'zwei faktor authentifizirung', kind: 'list', titles: [T.passwort] },
  // --- filters: dates, time of day, format, place, trainer, provider, length, cost, language ---------------------------
  { q: 'was läuft diese woche noch', kind: 'list', titles: [T.passwort, T.datenschutz] },
  { q: 'was is morgen', kind: 'list', titles: [T.passwort] },
  { q: 'nächste woche vormittags', kind: 'list', titles: [T.excel, T.english] },
  { q: 'anything next week in the afternoon', locale: 'en', kind: 'list', titles: [T.stress, T.ki] },
  {
    q: 'was kostenloses in den nächsten 2 wochen',
    kind: 'list',
    titles: [T.passwort, T.datenschutz, T.stress, T.ki],
  },
  {
    q: 'whats on next month',
    locale: 'en',
    kind: 'list',
    titles: [T.vergabe, T.deeskalation, T.haushalt, T.word],
  },
  { q: 'vor ort im april', kind: 'list', titles: [T.vergabe, T.deeskalation, T.haushalt] },
  { q: 'gratis im april', kind: 'list', titles: [T.deeskalation] },
  { q: 'was gibts in giengen', kind: 'list', ...only(T.ki, T.haushalt) },
  { q: 'kurse bei dr eberle', kind: 'list', ...only(T.haushalt, T.friedhof) },
  { q: 'was macht die ukbw so', kind: 'list', ...only(T.stress, T.deeskalation, T.ersteHilfe, T.spielplatz) },
  { q: 'was bietet komm one an', kind: 'list', ...only(T.passwort, T.ki, T.ozg, T.eakte) },
  { q: 'gibts was über mehrere tage', kind: 'list', titles: [T.fuehrung] },
  { q: 'courses in english', locale: 'en', kind: 'list', titles: [T.english] },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'wärmeplanung wann', kind: 'gone', gone: T.waerme },
  { q: 'barkasse kurs', kind: 'gone', gone: T.kasse },
  { q: 'grundsteuer wann war das', kind: 'gone', gone: T.grundsteuer, says: ['Do., 11.02.2027'] },
  { q: 'sicherheitsbeauftragte', kind: 'gone', gone: T.sicherheit, says: ['Mi., 03.03.2027'] },
  { q: 'hochwasserschutz', kind: 'none' },
  { q: 'gabelstaplerschein', kind: 'none' },
  { q: 'servus', kind: 'help' },
  { q: 'hi', locale: 'en', kind: 'help' },
  { q: 'wo bin ich angemeldet', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-seventeenth, independent catalogue (Landkreis Heidenheim, Verwaltungsschule BW, Komm.ONE, VHS)',
  {
    fixture: 'heldout217-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
