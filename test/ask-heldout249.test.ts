// Over-fitting check, two-hundred-and-forty-ninth catalogue: the 2027 programme for the Landkreis Bad Dürkheim
// (Rhineland-Palatinate) and its towns and Verbandsgemeinden (Bad Dürkheim, Grünstadt, Haßloch, Deidesheim, Lambrecht,
// Freinsheim, Wachenheim, Leiningerland), with the Kreisverwaltung's Personalentwicklung, the IT-Servicezentrum der
// Kreisverwaltung, the Unfallkasse Rheinland-Pfalz, the Kreisvolkshochschule Bad Dürkheim (VHS), the Kommunal-Akademie
// Rheinland-Pfalz and the Zentrale Verwaltungsschule Rheinland-Pfalz (ZVS), imported from a JSON file. Seminars take
// place in the Kreishaus Bad Dürkheim, the Dürkheimer Haus, the Volkshochschule Bad Dürkheim, the town halls of Haßloch
// and Grünstadt, the Verbandsgemeindeverwaltungen Deidesheim, Lambrecht (Pfalz) and Freinsheim, online or hybrid.
// Several titles do not name their subject ("Klick nicht auf alles" is phishing, "Zahlen, die sprechen" Excel, "Kopf
// frei zum Feierabend" stress, "Die Maschine schreibt mit" AI, "Wenn die Stimmung kippt" de-escalation, "Neu am Steuer"
// leadership, "Alles an einem Ort" the e-file, "Auf den Punkt gebracht" plain language, "Mehr Zeit für das Wesentliche"
// time management, "Feste sicher genehmigen" names events but not the Wurstmarkt), so only summary, description or
// topics reveal it; one seminar is held in English; the leadership course runs on two days; the e-file course is open
// only to the Verbandsgemeinden Lambrecht (Pfalz), Deidesheim and Wachenheim; first aid is free, paid by the
// Unfallkasse. Questions are short Teams chat messages (lowercase, typos, missing umlauts, abbreviations), about a
// quarter in English, with short follow-ups, written without looking at the parser or the answers.
//
// Calendar around `now` (Wednesday 3 March 2027, 10:30 in Bad Dürkheim, winter time; summer time begins Sun 28.03.2027,
// Easter is Sun 28.03.2027):
//   today:      Wed 03.03. 14:00–15:30 ergonomics (online, Unfallkasse, free)
//   this week:  Thu 04.03. 09:00–12:00 phishing (online, IT); nothing on Fri 05.03.
//   next week:  Mon 08.03. 09:00–12:00 Excel (online, VHS, 85 €), Tue 09.03. 09:00–12:00 DS-GVO (hybrid, Kreishaus),
//               Wed 10.03. 13:30–16:00 stress (online)
//   then:       nothing Mon 15.–Wed 17.03.; Thu 18.03. 14:00–16:30 AI (hybrid, Kreishaus), Fri 19.03. 08:30–16:30 first
//               aid (Rathaus Haßloch); the cancelled chainsaw course on Mon 22.03.; Tue 23.03. procurement (Freinsheim;
//               deadline Fri 05.03. 12:00), Thu 25.03. 09:00–12:30 English (Kreishaus; deadline passed Fri 26.02. 23:59)
//   April:      Tue 06. council meetings (Rathaus Haßloch; deadline Fri 19.03. 23:59), Wed 14. de-escalation (Rathaus
//               Grünstadt, free), Thu 22./Fri 23. leadership (Kreishaus, 480 €), Tue 27. e-file (Lambrecht, members
//               only, free); the cancelled funding course on Wed 21.04.
//   May:        Tue 04. plain language (VHS Bad Dürkheim), Wed 05. Microsoft Teams (online), Wed 12. TVöD (Kreishaus),
//               Tue 18. accessible documents (online), Thu 20. time management (Rathaus Grünstadt)
//   later:      Wed 09.06. event safety (Dürkheimer Haus, ZVS), Tue 06.07. Doppik year-end (Deidesheim), Mon 02.08.
//               trainees' induction day (Kreishaus), Thu 16.09. 09:30–12:00 social media (online); drafts: climate
//               adaptation (Tue 15.06.), dog keeping (Tue 21.09.)
//   past:       Thu 21.01.2027 travel expenses (online), Tue 16.02.2027 fire wardens (Haßloch).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-03-03T09:30:00Z'); // Wednesday, 3 March 2027, 10:30 in Bad Dürkheim (CET)
const TZ = 'Europe/Berlin';

const T = {
  ergonomie: 'Gut eingestellt: ergonomisch arbeiten am Bildschirm', // Wed 03.03. 14:00–15:30, online, Unfallkasse, Dr. Seibel, free
  phishing: 'Klick nicht auf alles', // Thu 04.03. 09:00–12:00, online, IT, Brenner, free
  excel: 'Zahlen, die sprechen', // Mon 08.03. 09:00–12:00, online, VHS, Ludwig, 85 € (billed to the Dienststelle), 12 seats
  datenschutz: 'Datenschutz am Arbeitsplatz: die DS-GVO im Verwaltungsalltag', // Tue 09.03. 09:00–12:00, hybrid (Kreishaus), PE, Eckert, free
  stress: 'Kopf frei zum Feierabend', // Wed 10.03. 13:30–16:00, online, Unfallkasse, Dr. Seibel, free, burn-out
  ki: 'Die Maschine schreibt mit', // Thu 18.03. 14:00–16:30, hybrid (Kreishaus), IT, Brenner, free, ChatGPT/Copilot, no deadline given
  ersteHilfe: 'Erste Hilfe im Betrieb: Grundlehrgang für Ersthelfende', // Fri 19.03. 08:30–16:30, Rathaus Haßloch, Unfallkasse, Zöller, free (Unfallkasse pays)
  vergabe: 'Vergaberecht kompakt: UVgO und VOB/A', // Tue 23.03. 09:00–16:00, VG-Verwaltung Freinsheim, ZVS, Gauweiler, 240 €, deadline Fri 05.03. 12:00
  english: 'Welcome to the Wine Route: English at the Service Counter', // Thu 25.03. 09:00–12:30, Kreishaus, VHS, O'Connor, 95 €, deadline passed Fri 26.02. 23:59
  sitzung: 'Sitzungsdienst kompakt: Einladung, Niederschrift, Beschlusskontrolle', // Tue 06.04. 09:00–16:00, Rathaus Haßloch, KA RLP, Dr. Marx, 190 €, deadline Fri 19.03. 23:59
  deeskalation: 'Wenn die Stimmung kippt', // Wed 14.04. 09:00–15:00, Rathaus Grünstadt, Unfallkasse, Kuhn, free, 14 seats
  fuehrung: 'Neu am Steuer', // Thu 22.04. and Fri 23.04. 09:00–16:00, Kreishaus, KA RLP, Dr. Wendel, 480 €, new managers
  eakte: 'Alles an einem Ort', // Tue 27.04. 09:00–12:00, VG-Verwaltung Lambrecht, IT, Hartmann, free, e-file, only Lambrecht/Deidesheim/Wachenheim
  sprache: 'Auf den Punkt gebracht', // Tue 04.05. 09:00–16:00, Volkshochschule Bad Dürkheim, VHS, Becker-Lang, 140 €, plain language
  teams: 'Microsoft Teams im Arbeitsalltag: Chats, Kanäle, Besprechungen', // Wed 05.05. 09:00–12:00, online, IT, Hartmann, free
  tvoed: 'Eingruppierung nach TVöD: Tätigkeitsmerkmale sicher bewerten', // Wed 12.05. 09:00–16:00, Kreishaus, KA RLP, Schaaf, 220 €
  barrierefrei: 'Barrierefreie Dokumente mit Word und PDF', // Tue 18.05. 09:00–12:00, online, VHS, Ludwig, 69 €
  zeit: 'Mehr Zeit für das Wesentliche', // Thu 20.05. 09:00–16:00, Rathaus Grünstadt, VHS, Reiter, 75 €, time management
  veranstaltung: 'Feste sicher genehmigen: Veranstaltungssicherheit für Ordnungsbehörden', // Wed 09.06. 09:00–16:00, Dürkheimer Haus, ZVS, Stauch, 160 €, Wurstmarkt
  doppik: 'Jahresabschluss in der Doppik', // Tue 06.07. 09:00–16:00, VG-Verwaltung Deidesheim, KA RLP, Dr. Marx, 250 €
  azubis: 'Willkommen im Kreis: Einführungstag für Auszubildende und dual Studierende', // Mon 02.08. 09:00–15:00, Kreishaus, PE, Eckert, free, 30 seats
  social: 'Bürgernah in den sozialen Medien', // Thu 16.09. 09:30–12:00, online, PE, Sommer, free, Instagram/Facebook
  klima: 'Klimaanpassung in der Bauleitplanung', // draft (Tue 15.06.)
  hunde: 'Hundehaltung und Gefahrenabwehr im Ordnungsamt', // draft (Tue 21.09.)
  motorsaege: 'Sicher mit der Motorsäge: Grundlehrgang für Bauhöfe', // cancelled (Mon 22.03.2027)
  foerdermittel: 'Fördermittel erfolgreich beantragen: Förderprogramme für Kommunen', // cancelled (Wed 21.04.2027)
  brandschutz: 'Brandschutzhelfer-Ausbildung', // past (Tue 16 February 2027)
  reisekosten: 'Reisekostenrecht Rheinland-Pfalz: Was ist neu?', // past (Thu 21 January 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.klima, T.hunde, T.motorsaege, T.foerdermittel, T.brandschutz, T.reisekosten];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'ki', q: 'ki kurs', kind: 'list', titles: [T.ki] },
  {
    conv: 'ki',
    q: 'wo?',
    kind: 'facts',
    titles: [T.ki],
    says: [/im Kreishaus Bad Dürkheim.* oder online/],
  },
  {
    conv: 'ki',
    q: 'bis wann kann man sich anmelden',
    kind: 'facts',
    titles: [T.ki],
    says: ['bis Do., 18.03.2027, 14:00 Uhr'],
  },
  {
    conv: 'excel',
    q: 'wer macht den excel kurs',
    kind: 'facts',
    titles: [T.excel],
    says: ['leitet Frau Sandra Ludwig'],
  },
  {
    conv: 'excel',
    q: 'was kostet der',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 85 €'],
    mentions: ['Die Kursgebühr wird der anmeldenden Dienststelle in Rechnung gestellt.'],
  },
  { conv: 'excel', q: 'noch plätze frei?', kind: 'facts', titles: [T.excel], says: ['noch 12 von 12 Plätzen frei'] },
  { conv: 'lead', q: 'leadership training for new managers', locale: 'en', kind: 'list', titles: [T.fuehrung] },
  {
    conv: 'lead',
    q: 'when is it',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['on 2 days', 'Thu, 22 Apr 2027 and Fri, 23 Apr 2027', 'each from 09:00 to 16:00'],
  },
  { conv: 'lead', q: 'how much', locale: 'en', kind: 'facts', titles: [T.fuehrung], says: ['costs €480'] },
  { conv: 'dsgvo', q: 'ds-gvo', kind: 'list', titles: [T.datenschutz] },
  {
    conv: 'dsgvo',
    q: 'online oder vor ort?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['findet hybrid statt', 'Kreishaus Bad Dürkheim'],
  },
  {
    conv: 'dsgvo',
    q: 'wann?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['am Di., 09.03.2027 von 09:00 bis 12:00 Uhr'],
  },
  { conv: 'stress', q: 'was gegen stress', kind: 'list', titles: [T.stress] },
  {
    conv: 'stress',
    q: 'wie lange geht das',
    kind: 'facts',
    titles: [T.stress],
    says: ['dauert 2,5 Stunden, von 13:30 bis 16:00 Uhr'],
  },
  { conv: 'phish', q: 'phishing training', locale: 'en', kind: 'list', titles: [T.phishing] },
  { conv: 'phish', q: 'is it free', locale: 'en', kind: 'facts', titles: [T.phishing], says: ['is free of charge'] },
  {
    conv: 'phish',
    q: 'when does it start',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['starts on Thu, 4 Mar 2027 at 09:00'],
  },
  { conv: 'fest', q: 'was zum wurstmarkt genehmigen', kind: 'list', titles: [T.veranstaltung] },
  {
    conv: 'fest',
    q: 'wer leitet das',
    kind: 'facts',
    titles: [T.veranstaltung],
    says: ['leitet Herr Oliver Stauch'],
  },
  { conv: 'aggr', q: 'umgang mit aggressiven kunden', kind: 'list', titles: [T.deeskalation] },
  {
    conv: 'aggr',
    q: 'und wann?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['am Mi., 14.04.2027 von 09:00 bis 15:00 Uhr'],
  },
  // --- facts -----------------------------------------------------------------------------------------------------------
  { q: 'was kostet der sitzungsdienst kurs', kind: 'facts', titles: [T.sitzung], says: ['kostet 190 €'] },
  {
    q: 'ist erste hilfe kostenlos',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Kosten übernimmt die Unfallkasse Rheinland-Pfalz.'],
  },
  { q: 'how much does the tvod course cost', locale: 'en', kind: 'facts', titles: [T.tvoed], says: ['costs €220'] },
  {
    q: 'when is the english course',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['on Thu, 25 Mar 2027 from 09:00 to 12:30'],
  },
  {
    q: 'wo findet doppik statt',
    kind: 'facts',
    titles: [T.doppik],
    says: ['in der Verbandsgemeindeverwaltung Deidesheim'],
  },
  {
    q: 'where is the first aid course',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['takes place at Rathaus Haßloch'],
  },
  {
    q: 'who teaches time management',
    locale: 'en',
    kind: 'facts',
    titles: [T.zeit],
    says: ['is led by Herr Thomas Reiter'],
  },
  {
    q: 'um wieviel uhr fängt erste hilfe an',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['beginnt am Fr., 19.03.2027 um 08:30 Uhr'],
  },
  {
    q: 'registration deadline english course',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 26 Feb 2027, 23:59'],
  },
  {
    q: 'bis wann anmelden vergabe',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Fr., 05.03.2027, 12:00 Uhr anmelden'],
  },
  {
    q: 'wie lange dauert neu am steuer',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['dauert 2 Tage, jeweils von 09:00 bis 16:00 Uhr'],
  },
  // --- topic searches: typos, words only in summary or description, synonyms ------------------------------------------
  { q: 'pivot tabellen', kind: 'list', titles: [T.excel] },
  { q: 'chatgpt', kind: 'list', titles: [T.ki] },
  { q: 'burnout vorbeugen', kind: 'list', titles: [T.stress] },
  { q: 'bescheide verständlich schreiben', kind: 'list', titles: [T.sprache] },
  { q: 'entgeltgruppe', kind: 'list', titles: [T.tvoed] },
  { q: 'instagram', kind: 'list', titles: [T.social] },
  { q: 'rueckenschmerzen schreibtisch', kind: 'list', titles: [T.ergonomie] },
  { q: 'time management', locale: 'en', kind: 'list', titles: [T.zeit] },
  { q: 'onboarding for trainees', locale: 'en', kind: 'list', titles: [T.azubis] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, length, cost, language ---------------
  { q: 'was ist diese woche noch', kind: 'list', titles: [T.ergonomie, T.phishing] },
  { q: 'heute noch was?', kind: 'list', titles: [T.ergonomie] },
  { q: 'naechste woche vormittags', kind: 'list', titles: [T.excel, T.datenschutz] },
  {
    q: "what's on next month",
    locale: 'en',
    kind: 'list',
    titles: [T.sitzung, T.deeskalation, T.fuehrung, T.eakte],
  },
  {
    q: 'in den nächsten zwei wochen',
    kind: 'list',
    titles: [T.ergonomie, T.phishing, T.excel, T.datenschutz, T.stress],
  },
  { q: 'online kurse im mai', kind: 'list', titles: [T.teams, T.barrierefrei] },
  { q: 'kostenlose seminare im april', kind: 'list', titles: [T.deeskalation, T.eakte] },
  { q: 'hybrid seminars', locale: 'en', kind: 'list', ...only(T.datenschutz, T.ki) },
  { q: 'kurse in hassloch', kind: 'list', ...only(T.ersteHilfe, T.sitzung) },
  { q: 'kurse von frau ludwig', kind: 'list', ...only(T.excel, T.barrierefrei) },
  { q: 'unfallkasse angebote', kind: 'list', ...only(T.ergonomie, T.stress, T.ersteHilfe, T.deeskalation) },
  { q: 'was gibts fürs ordnungsamt', kind: 'list', titles: [T.veranstaltung] },
  { q: 'mehrtägige kurse', kind: 'list', titles: [T.fuehrung] },
  { q: 'anything in english', locale: 'en', kind: 'list', titles: [T.english] },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'motorsägen lehrgang', kind: 'gone', gone: T.motorsaege },
  { q: 'fördermittel kurs', kind: 'gone', gone: T.foerdermittel },
  { q: 'reisekosten seminar wann war das', kind: 'gone', gone: T.reisekosten, says: ['Do., 21.01.2027'] },
  { q: 'brandschutzhelfer', kind: 'gone', gone: T.brandschutz, says: ['Di., 16.02.2027'] },
  { q: 'klimaanpassung', kind: 'none' },
  { q: 'gabelstapler schein', kind: 'none' },
  { q: 'moin', kind: 'help' },
  { q: 'hi there', locale: 'en', kind: 'help' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-forty-ninth, independent catalogue (Landkreis Bad Dürkheim, Unfallkasse RLP, ZVS)',
  {
    fixture: 'heldout249-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
