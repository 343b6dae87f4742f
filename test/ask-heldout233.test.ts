// Over-fitting check, two-hundred-and-thirty-third catalogue: the 2027 programme for the Landkreis Böblingen (Baden-
// Württemberg) and its towns (Böblingen, Sindelfingen, Leonberg, Herrenberg, Holzgerlingen, Weil der Stadt), with the
// Personalentwicklung of the Landratsamt, Komm.ONE, the Verwaltungsschule des Gemeindetags Baden-Württemberg, the
// Unfallkasse Baden-Württemberg (UKBW), the Volkshochschule Böblingen-Sindelfingen and the Führungsakademie
// Baden-Württemberg, imported from a JSON file. Seminars take place in the Landratsamt Böblingen, the Kongresshalle
// Böblingen, the Rathaus Sindelfingen, the Stadthalle Leonberg, the Rathaus and the Feuerwehrhaus Herrenberg, the
// Rathaus Holzgerlingen, the Rathaus Weil der Stadt, online or hybrid. Several titles do not name their subject
// ("Passwort123 war gestern" is passwords and two-factor sign-in, "Die Visitenkarte am Telefon" telephone manners, "Der
// Kollege aus der Cloud" AI, "Rund um die Uhr geöffnet" the OZG, "Ruhig bleiben, wenn es laut wird" de-escalation,
// "Abschied vom Aktenschrank" the e-file, "Finden statt suchen" SharePoint filing, "Schreiben, das ankommt" plain
// language, "Die ersten 100 Tage" new managers, "Wenn es im Team knirscht" conflict management), so only summary,
// description or topics reveal it; one seminar is held in English; the course for new managers runs on three days in a
// row; the e-file course is open only to Holzgerlingen, Weil der Stadt and Herrenberg; first aid is free, paid by the
// Unfallkasse. Questions are written the way an acceptance tester would try the bot, with several follow-up
// conversations, about a quarter in English, without looking at the parser or the answers.
//
// Calendar around `now` (Wednesday 17 February 2027, 10:00 in Böblingen, winter time; summer time begins Sun 28.03.2027):
//   this week:  nothing more today; Thu 18.02. 13:30–16:00 passwords (online, tomorrow), Fri 19.02. 09:00–12:00
//               telephone (Landratsamt)
//   next week:  Mon 22.02. 09:00–12:00 Word (online, 69 €), Tue 23.02. 13:30–16:30 AI (hybrid, Rathaus Sindelfingen),
//               Wed 24.02. 09:00–11:30 English (Stadthalle Leonberg, 85 €; deadline passed Fri 12.02. 23:59), Thu 25.02.
//               14:00–15:30 home office (online); nothing on Fri 26.02. and nothing from Sat 27.02. to Wed 03.03.
//   March:      Thu 04. Doppik (Kongresshalle, 240 €), Tue 09. OZG (online, free), Thu 11. first aid (Feuerwehrhaus
//               Herrenberg, 08:30–16:00, free), Tue 16. de-escalation (Rathaus Herrenberg, free, 14 seats), Wed 17. Excel
//               (online, 79 €, 13:00–16:00), Tue 23. e-file (Holzgerlingen, members only, free), Thu 25. procurement
//               (Landratsamt, 260 €, 20 seats, deadline Fri 05.03. 12:00); the cancelled PowerPoint course (Fri 12.03.)
//   April:      Tue 13. council meetings (Weil der Stadt, 190 €, deadline Wed 31.03. 23:59), Thu 15. SharePoint (online,
//               10:00–11:30), Wed 21. plain language (Kongresshalle, 150 €), Tue 27. Bescheide (hybrid, Rathaus
//               Sindelfingen, 210 €); the cancelled social-media course (Wed 07.04.)
//   May:        Mon 10.–Wed 12. new managers (Stadthalle Leonberg, 09:00–16:30, 690 €), Wed 19. team conflicts
//               (Landratsamt, 220 €), Tue 25. e-invoicing (online, 13:00–16:00, 95 €, no deadline given)
//   June:       Tue 08. Scrum/Kanban (hybrid, Rathaus Herrenberg, 230 €), Thu 17. induction day (Landratsamt, free)
//   drafts:     accessible PDFs (Tue 13.07.), heat action plans (Wed 22.09.)
//   past:       Thu 14.01.2027 Grundsteuer (online), Tue 26.01.2027 fire wardens (Feuerwehrhaus Herrenberg).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-02-17T09:00:00Z'); // Wednesday, 17 February 2027, 10:00 in Böblingen (CET)
const TZ = 'Europe/Berlin';

const T = {
  passwort: 'Passwort123 war gestern', // Thu 18.02. 13:30–16:00, online, Komm.ONE, Maurer, passwords / 2FA, free
  telefon: 'Die Visitenkarte am Telefon', // Fri 19.02. 09:00–12:00, Landratsamt, PE, Schmid, telephone, free
  word: 'Word für Fortgeschrittene: Formatvorlagen, Inhaltsverzeichnis und lange Dokumente', // Mon 22.02. 09:00–12:00, online, VHS, Vogel, 69 €
  ki: 'Der Kollege aus der Cloud', // Tue 23.02. 13:30–16:30, hybrid (Rathaus Sindelfingen), Komm.ONE, Maurer, AI / ChatGPT, free
  english: 'Can I Help You? English at the Front Desk', // Wed 24.02. 09:00–11:30, Stadthalle Leonberg, VHS, Whitfield, 85 €, deadline passed Fri 12.02. 23:59
  homeoffice: 'Gesund arbeiten zu Hause: Ergonomie im Homeoffice', // Thu 25.02. 14:00–15:30, online, UKBW, Krüger, free
  doppik: 'Doppik verstehen: Das Neue Kommunale Haushaltsrecht kompakt', // Thu 04.03. 09:00–16:00, Kongresshalle, Verwaltungsschule, Dr. Fischer, 240 €
  ozg: 'Rund um die Uhr geöffnet', // Tue 09.03. 09:00–12:00, online, Komm.ONE, Ruoff, OZG / service-bw, free
  ersteHilfe: 'Erste Hilfe in der Verwaltung: Aus- und Fortbildung für Ersthelfende', // Thu 11.03. 08:30–16:00, Feuerwehrhaus Herrenberg, UKBW, Bauer, free (Unfallkasse pays)
  deeskalation: 'Ruhig bleiben, wenn es laut wird', // Tue 16.03. 09:00–15:00, Rathaus Herrenberg, UKBW, Krüger, free, 14 seats
  excel: 'Pivot, SVERWEIS & Co.: Excel im Verwaltungsalltag', // Wed 17.03. 13:00–16:00, online, VHS, Vogel, 79 € (Dienststelle pays)
  eakte: 'Abschied vom Aktenschrank', // Tue 23.03. 09:00–12:00, Rathaus Holzgerlingen, Komm.ONE, Lutz, e-file, only Holzgerlingen/Weil der Stadt/Herrenberg, free
  vergabe: 'Vergabe von Liefer- und Dienstleistungen nach UVgO', // Thu 25.03. 09:00–16:00, Landratsamt, Verwaltungsschule, Hahn, 260 €, 20 seats, deadline Fri 05.03. 12:00
  sitzung: 'Sitzungsdienst nach der Gemeindeordnung Baden-Württemberg', // Tue 13.04. 09:00–16:00, Rathaus Weil der Stadt, Verwaltungsschule, Hahn, 190 €, deadline Wed 31.03. 23:59
  ablage: 'Finden statt suchen', // Thu 15.04. 10:00–11:30, online, Komm.ONE, Lutz, SharePoint / Teams filing, free
  sprache: 'Schreiben, das ankommt', // Wed 21.04. 09:00–16:00, Kongresshalle, VHS, Dr. Berger, 150 €, plain language
  bescheide: 'Bescheide rechtssicher formulieren: Anhörung, Begründung, Rechtsbehelfsbelehrung', // Tue 27.04. 09:00–16:00, hybrid (Rathaus Sindelfingen), Verwaltungsschule, Dr. Fischer, 210 €
  fuehrung: 'Die ersten 100 Tage', // Mon 10.05.–Wed 12.05. 09:00–16:30, Stadthalle Leonberg, Führungsakademie, Dr. Renz, 690 €, new managers
  konflikte: 'Wenn es im Team knirscht', // Wed 19.05. 09:00–16:00, Landratsamt, Führungsakademie, Dr. Renz, 220 €, for managers
  erechnung: 'XRechnung und E-Rechnung: Eingangsrechnungen digital bearbeiten', // Tue 25.05. 13:00–16:00, online, Verwaltungsschule, Ruoff, 95 €, deadline = start
  agile: 'Projekte agil steuern mit Scrum und Kanban', // Tue 08.06. 09:00–16:00, hybrid (Rathaus Herrenberg), Verwaltungsschule, Kolb, 230 €
  einfuehrung: 'Gut gestartet: Einführungstag für neue Beschäftigte', // Thu 17.06. 09:00–15:00, Landratsamt, PE, Schmid, onboarding, free
  pdf: 'Barrierefreie PDF-Dokumente erstellen', // draft (Tue 13.07.)
  hitze: 'Hitzeaktionsplan für Kommunen: Klimaanpassung vor Ort', // draft (Wed 22.09.)
  powerpoint: 'Präsentieren mit PowerPoint: Folien, die wirken', // cancelled (Fri 12.03.2027)
  socialMedia: 'Social Media im Rathaus: Instagram, Facebook und Co.', // cancelled (Wed 07.04.2027)
  brandschutz: 'Brandschutzhelfer-Ausbildung nach ASR A2.2', // past (Tue 26 January 2027)
  grundsteuer: 'Grundsteuerreform: Auskünfte an Bürgerinnen und Bürger', // past (Thu 14 January 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.pdf, T.hitze, T.powerpoint, T.socialMedia, T.brandschutz, T.grundsteuer];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'pw', q: 'gibt es was zum thema passwortmanager?', kind: 'list', titles: [T.passwort] },
  {
    conv: 'pw',
    q: 'wann ist das',
    kind: 'facts',
    titles: [T.passwort],
    says: ['am Do., 18.02.2027 von 13:30 bis 16:00 Uhr'],
  },
  { conv: 'ai', q: 'any training on artificial intelligence?', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    conv: 'ai',
    q: 'where does it take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: [/at Rathaus Sindelfingen.* or online/],
  },
  { conv: 'ai', q: 'how much does it cost?', locale: 'en', kind: 'facts', titles: [T.ki], says: ['is free of charge'] },
  { conv: 'hilfe', q: 'erste hilfe kurs', kind: 'list', titles: [T.ersteHilfe] },
  {
    conv: 'hilfe',
    q: 'wann fängt der an?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['Do., 11.03.2027', '08:30'],
  },
  {
    conv: 'hilfe',
    q: 'muss ich dafür was bezahlen?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse Baden-Württemberg.'],
  },
  { conv: 'chef', q: 'seminar zum rollenwechsel in die führung', kind: 'list', titles: [T.fuehrung] },
  {
    conv: 'chef',
    q: 'wie lange dauert das?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['dauert 3 Tage, jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    conv: 'chef',
    q: 'wann genau?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 3 Tagen', 'Mo., 10.05.2027, Di., 11.05.2027 und Mi., 12.05.2027', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  { conv: 'vergabe', q: 'vergaberecht', kind: 'list', titles: [T.vergabe] },
  {
    conv: 'vergabe',
    q: 'bis wann kann man sich anmelden?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Fr., 05.03.2027, 12:00 Uhr'],
  },
  {
    conv: 'vergabe',
    q: 'sind noch plätze frei?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['noch 20 von 20 Plätzen frei'],
  },
  { conv: 'english', q: 'are there any courses in english?', locale: 'en', kind: 'list', titles: [T.english] },
  {
    conv: 'english',
    q: 'when is the registration deadline?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 12 Feb 2027, 23:59'],
  },
  {
    conv: 'english',
    q: 'and where is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['takes place at Stadthalle Leonberg'],
  },
  { conv: 'excel', q: 'exel kurs', kind: 'list', titles: [T.excel] },
  { conv: 'excel', q: 'wer leitet den?', kind: 'facts', titles: [T.excel], says: ['leitet Frau Katrin Vogel'] },
  {
    conv: 'excel',
    q: 'was kostet der?',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 79 €'],
    mentions: ['Die Gebühr trägt die entsendende Dienststelle.'],
  },
  { conv: 'rat', q: 'protokollführung im gemeinderat', kind: 'list', titles: [T.sitzung] },
  { conv: 'rat', q: 'wo ist das?', kind: 'facts', titles: [T.sitzung], says: ['im Rathaus Weil der Stadt'] },
  {
    conv: 'rat',
    q: 'anmeldeschluss?',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['bis Mi., 31.03.2027, 23:59 Uhr'],
  },
  { conv: 'ozg', q: 'anything about the OZG?', locale: 'en', kind: 'list', titles: [T.ozg] },
  { conv: 'ozg', q: 'who runs it?', locale: 'en', kind: 'facts', titles: [T.ozg], says: ['is led by Herr Jan Ruoff'] },
  {
    conv: 'ozg',
    q: 'how long is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ozg],
    says: ['lasts 3 hours, from 09:00 to 12:00'],
  },
  // --- facts -----------------------------------------------------------------------------------------------------------
  { q: 'was kostet der scrum kurs', kind: 'facts', titles: [T.agile], says: ['kostet 230 €'] },
  { q: 'how much is the doppik seminar', locale: 'en', kind: 'facts', titles: [T.doppik], says: ['costs €240'] },
  {
    q: 'wie lange dauert die homeoffice schulung',
    kind: 'facts',
    titles: [T.homeoffice],
    says: ['dauert 1,5 Stunden, von 14:00 bis 15:30 Uhr'],
  },
  {
    q: 'wo findet der amtsdeutsch kurs statt',
    kind: 'facts',
    titles: [T.sprache],
    says: ['in der Kongresshalle Böblingen'],
  },
  {
    q: 'when is the MS Word course',
    locale: 'en',
    kind: 'facts',
    titles: [T.word],
    says: ['on Mon, 22 Feb 2027 from 09:00 to 12:00'],
  },
  {
    q: 'ist das deeskalationstraining in präsenz?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['findet in Präsenz statt, im Rathaus Herrenberg'],
  },
  {
    q: 'wann beginnt das konfliktseminar für führungskräfte',
    kind: 'facts',
    titles: [T.konflikte],
    says: ['beginnt am Mi., 19.05.2027 um 09:00 Uhr'],
  },
  {
    q: 'anmeldefrist e-rechnung',
    kind: 'facts',
    titles: [T.erechnung],
    says: ['bis Di., 25.05.2027, 13:00 Uhr'],
  },
  {
    q: 'what time does the onboarding day start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.einfuehrung],
    says: ['starts on Thu, 17 Jun 2027 at 09:00'],
  },
  // --- topic searches: typos, words only in summary or description, synonyms ------------------------------------------
  { q: 'zwei-faktor-authentifizierung', kind: 'list', titles: [T.passwort] },
  { q: 'gibt es was zu chatgpt', kind: 'list', titles: [T.ki] },
  { q: 'telefontraining', kind: 'list', titles: [T.telefon] },
  { q: 'kurs wiederbelebung', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'deeskaltion', kind: 'list', titles: [T.deeskalation] },
  { q: 'elektronische akte', kind: 'list', titles: [T.eakte] },
  { q: 'leichte sprache', kind: 'list', titles: [T.sprache] },
  { q: 'sharepoint filing', locale: 'en', kind: 'list', titles: [T.ablage] },
  // --- filters: dates, time of day, format, place, provider, cost, length ----------------------------------------------
  { q: 'was läuft morgen?', kind: 'list', titles: [T.passwort] },
  { q: 'was ist diese woche noch los', kind: 'list', titles: [T.passwort, T.telefon] },
  { q: 'nächste woche vormittags', kind: 'list', titles: [T.word, T.english] },
  { q: 'anything next week in the afternoon', locale: 'en', kind: 'list', titles: [T.ki, T.homeoffice] },
  {
    q: 'kostenlose seminare in den nächsten zwei wochen',
    kind: 'list',
    titles: [T.passwort, T.telefon, T.ki, T.homeoffice],
  },
  { q: 'anything online next month?', locale: 'en', kind: 'list', titles: [T.ozg, T.excel] },
  {
    q: 'kostenlose seminare im märz',
    kind: 'list',
    titles: [T.ozg, T.ersteHilfe, T.deeskalation, T.eakte],
  },
  { q: 'hybride seminare', kind: 'list', ...only(T.ki, T.bescheide, T.agile) },
  { q: 'welche kurse finden in herrenberg statt', kind: 'list', ...only(T.ersteHilfe, T.deeskalation, T.agile) },
  {
    q: 'what does Komm.ONE offer?',
    locale: 'en',
    kind: 'list',
    ...only(T.passwort, T.ki, T.ozg, T.eakte, T.ablage),
  },
  { q: 'mehrtägige seminare', kind: 'list', titles: [T.fuehrung] },
  { q: 'was gibt es vor ort im mai', kind: 'list', titles: [T.fuehrung, T.konflikte] },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'wann ist der powerpoint kurs', kind: 'gone', gone: T.powerpoint },
  { q: 'social media schulung', kind: 'gone', gone: T.socialMedia },
  { q: 'brandschutzhelfer ausbildung', kind: 'gone', gone: T.brandschutz, says: ['Di., 26.01.2027'] },
  {
    q: 'when was the grundsteuer seminar',
    locale: 'en',
    kind: 'gone',
    gone: T.grundsteuer,
    says: ['Thu, 14 Jan 2027'],
  },
  { q: 'barrierefreie pdf erstellen', kind: 'none' },
  { q: 'hitzeaktionsplan', kind: 'none' },
  { q: 'sap schulung', kind: 'none' },
  { q: 'guten tag', kind: 'help' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-thirty-third, independent catalogue (Landkreis Böblingen, Komm.ONE, Verwaltungsschule des Gemeindetags BW)',
  {
    fixture: 'heldout233-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
