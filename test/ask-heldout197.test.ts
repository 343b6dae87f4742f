// Over-fitting check, hundred-and-ninety-seventh catalogue: the 2027 programme for the Landkreis Tübingen (Baden-
// Württemberg) and its towns and municipalities (Tübingen, Rottenburg am Neckar, Mössingen, Ammerbuch,
// Kirchentellinsfurt, Dußlingen), with the Verwaltungsschule des Gemeindetags Baden-Württemberg, the Landratsamt's
// Personalentwicklung, Komm.ONE, the Unfallkasse Baden-Württemberg (UKBW) and the Volkshochschule Tübingen, imported from
// a JSON file. Seminars take place in the Landratsamt Tübingen, the Volkshochschule Tübingen, the town halls of
// Tübingen, Rottenburg, Mössingen, Ammerbuch, Kirchentellinsfurt and Dußlingen, the Feuerwehrhaus Mössingen, the
// Tagungshaus am Weggental in Rottenburg, online or hybrid. Several titles do not name their subject ("Ein Klick zu
// viel" is information security / phishing, "Von der Einladung bis zum Protokoll" council meeting administration, "Gut
// sitzen, besser arbeiten" ergonomics, "Die Maschine schreibt mit" AI, "Die Ruhe bewahren" de-escalation, "Wohin fließt
// das Geld?" the municipal budget (Doppik), "Die ersten hundert Tage" leadership for new managers, "Auf Augenhöhe"
// staff appraisals, "Briefe, die ankommen" plain language, "Anträge ohne Papier" the OZG, "Akku leer?" stress and
// resilience, "Vom Auftrag zum Abschluss" project management, "Schluss mit dem Papierstapel" the e-file, "Alle an einen
// Tisch" citizen participation), so only summary, description or topics reveal it; one seminar is held in English; the
// leadership course runs on two days across the start of summer time; the e-file course is open only to Ammerbuch,
// Kirchentellinsfurt and Dußlingen (no question depends on it); first aid is free, paid by the Unfallkasse. The questions
// are an acceptance tester's, with the emphasis on facts: every kind of fact asked in several ways, by title words, by
// subject words found only in the descriptions and in follow-ups, about a quarter in English, without looking at the
// parser or the answers. Same assertions as the other suites: exactly the expected seminars (best first where one is
// clearly best), the asked fact in the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Thursday 14 January 2027, 09:30 in Tübingen, winter time; summer time begins Sun 28.03.2027):
//   this week:  Tue 12.01. payroll year-end (past, online); today Thu 14.01. 14:00–16:00 Outlook (online), Fri 15.01.
//               09:00–12:00 data protection (hybrid, Landratsamt)
//   next week:  Mon 18.01. 09:00–11:30 phishing (online), Tue 19.01. 13:30–16:30 English (VHS; deadline passed Mon
//               11.01. 23:59), Wed 20.01. 09:00–16:00 council meetings (Rathaus Rottenburg), Thu 21.01. 14:00–15:30
//               ergonomics (online)
//   January:    Tue 26.01. 08:30–12:00 Excel (VHS); the cancelled Word course on Wed 27.01.
//   February:   Wed 03. first aid (Rathaus Mössingen, deadline Wed 20.01. 23:59), Tue 09. property tax (online),
//               Thu 11. procurement law (Landratsamt; deadline Fri 22.01. 12:00), Thu 18. AI (hybrid, Landratsamt),
//               Tue 23. de-escalation (Rathaus Kirchentellinsfurt); the cancelled winter-service course on Tue 16.02.
//   March:      Wed 03. municipal budget (Rathaus Ammerbuch); Thu 25.03. (CET) and Thu 08.04. (CEST) 09:00–16:30
//               leadership (Tagungshaus am Weggental, Rottenburg; deadline Fri 26.02. 23:59)
//   April:      Tue 13. staff appraisals (Landratsamt), Thu 22. plain language (VHS)
//   May:        Wed 05. 10:00–12:00 OZG (online), Wed 19. 08:00–12:00 fire wardens (Feuerwehrhaus Mössingen)
//   June/July:  Wed 09.06. resilience (online), Mon 14.06. project management (Rathaus Tübingen), Tue 22.06. e-file
//               (Rathaus Dußlingen, three municipalities only), Tue 06.07. citizen participation (Rathaus Mössingen)
//   drafts:     social media (Thu 16.09.), heavy rain (Tue 12.10.)
//   past:       Wed 02.12.2026 travel expenses (Landratsamt), Tue 12.01.2027 payroll year-end (online).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-01-14T08:30:00Z'); // Thursday, 14 January 2027, 09:30 in Tübingen (CET)
const TZ = 'Europe/Berlin';

const T = {
  outlook: 'Termine, Mails, Aufgaben: Outlook souverän nutzen', // Thu 14.01. 14:00–16:00 (today), online, Komm.ONE, Schäfer, 75 €
  datenschutz: 'Auskunft ja oder nein? Datenschutz im Publikumsverkehr', // Fri 15.01. 09:00–12:00, hybrid (Landratsamt), LRA, Dr. Reinhardt, free
  phishing: 'Ein Klick zu viel', // Mon 18.01. 09:00–11:30, online, Komm.ONE, Baur, information security / phishing, free
  english: 'Speaking with Confidence: English at the Front Desk', // Tue 19.01. 13:30–16:30, VHS Tübingen, Whitfield, 85 €, English, deadline passed Mon 11.01. 23:59
  sitzung: 'Von der Einladung bis zum Protokoll', // Wed 20.01. 09:00–16:00, Rathaus Rottenburg, VWS, Hepp, 195 €, 18 seats, council meetings
  ergonomie: 'Gut sitzen, besser arbeiten', // Thu 21.01. 14:00–15:30, online, UKBW, Kübler, ergonomics, free
  excel: 'Excel für Einsteiger: Tabellen, Formeln, Diagramme', // Tue 26.01. 08:30–12:00, VHS Tübingen, Dreher, 69 €
  ersteHilfe: 'Erste Hilfe im Betrieb: Aus- und Fortbildung für Ersthelfende', // Wed 03.02. 08:30–16:30, Rathaus Mössingen, UKBW, Walz, free, 20 seats, deadline Wed 20.01. 23:59
  grundsteuer: 'Die neue Grundsteuer in der Praxis', // Tue 09.02. 09:00–12:00, online, VWS, Renz, 130 €
  vergabe: 'Vergaberecht kompakt: Aufträge unterhalb der EU-Schwellenwerte', // Thu 11.02. 09:00–16:00, Landratsamt, VWS, Dr. Maier, 245 €, deadline Fri 22.01. 12:00
  ki: 'Die Maschine schreibt mit', // Thu 18.02. 13:00–16:00, hybrid (Landratsamt), Komm.ONE, Baur, AI (ChatGPT, Copilot), free
  deeskalation: 'Die Ruhe bewahren', // Tue 23.02. 09:00–15:00, Rathaus Kirchentellinsfurt, UKBW, Sauter, de-escalation, free, 12 seats
  haushalt: 'Wohin fließt das Geld?', // Wed 03.03. 09:00–16:00, Rathaus Ammerbuch, VWS, Renz, budget / Doppik, 180 €
  fuehrung: 'Die ersten hundert Tage', // Thu 25.03. (CET) and Thu 08.04. (CEST) 09:00–16:30, Tagungshaus am Weggental Rottenburg, LRA, Dr. Kessler und Gehring, 520 €, new managers, deadline Fri 26.02. 23:59
  augenhoehe: 'Auf Augenhöhe', // Tue 13.04. 09:00–13:00, Landratsamt, LRA, Dr. Kessler, staff appraisals, free, managers
  sprache: 'Briefe, die ankommen', // Thu 22.04. 09:00–16:00, VHS Tübingen, Dr. Lenz, 120 €, plain language
  ozg: 'Anträge ohne Papier', // Wed 05.05. 10:00–12:00, online, Komm.ONE, Schäfer, OZG / service-bw, free
  brandschutz: 'Ausbildung zur Brandschutzhelferin und zum Brandschutzhelfer', // Wed 19.05. 08:00–12:00, Feuerwehrhaus Mössingen, UKBW, Haug, free
  resilienz: 'Akku leer?', // Wed 09.06. 13:30–16:00, online, UKBW, Kübler, stress / resilience, free
  projekt: 'Vom Auftrag zum Abschluss', // Mon 14.06. 09:00–16:00, Rathaus Tübingen, VWS, Ott, 210 €, project management
  eakte: 'Schluss mit dem Papierstapel', // Tue 22.06. 09:00–12:00, Rathaus Dußlingen, Komm.ONE, e-file, only Ammerbuch/Kirchentellinsfurt/Dußlingen, free
  beteiligung: 'Alle an einen Tisch', // Tue 06.07. 09:00–16:00, Rathaus Mössingen, VWS, Frank, 160 €, citizen participation
  socialMedia: 'Social Media im Rathaus: Instagram und Co.', // draft (Thu 16.09.)
  starkregen: 'Starkregen: Risikomanagement für Kommunen', // draft (Tue 12.10.)
  word: 'Word für Fortgeschrittene: Lange Dokumente und Vorlagen', // cancelled (Wed 27.01.2027)
  winterdienst: 'Winterdienst rechtssicher organisieren', // cancelled (Tue 16.02.2027)
  entgelt: 'Entgeltabrechnung zum Jahreswechsel 2027', // past (Tue 12 January 2027)
  reisekosten: 'Reisekosten richtig abrechnen', // past (Wed 2 December 2026)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.socialMedia, T.starkregen, T.word, T.winterdienst, T.entgelt, T.reisekosten];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  { q: 'Was kostet der Excel-Kurs?', kind: 'facts', titles: [T.excel], says: ['kostet 69 €'] },
  { q: 'Teilnahmegebühr Vergaberecht?', kind: 'facts', titles: [T.vergabe], says: ['kostet 245 €'] },
  {
    q: 'how much is the english front desk course',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['costs €85'],
  },
  {
    q: 'kostet die erste hilfe ausbildung was',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse Baden-Württemberg.'],
  },
  {
    q: 'preis die ersten hundert tage',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['kostet 520 €'],
    mentions: ['Die Gebühr gilt für beide Module einschließlich Verpflegung.'],
  },
  {
    q: 'how much is the grundsteuer seminar',
    locale: 'en',
    kind: 'facts',
    titles: [T.grundsteuer],
    says: ['costs €130'],
  },
  // --- facts: when (across the start of summer time) -------------------------------------------------------------------
  {
    q: 'wann ist sitzungsdienst',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['am Mi., 20.01.2027 von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'when is the excel course',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['on Tue, 26 Jan 2027 from 08:30 to 12:00'],
  },
  {
    q: 'termin die ersten hundert tage',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 25.03.2027 und Do., 08.04.2027', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    q: 'when does the leadership training for new managers take place',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['on 2 days', 'Thu, 25 Mar 2027 and Thu, 8 Apr 2027', 'each from 09:00 to 16:30'],
  },
  {
    q: 'an welchem tag ist die brandschutzhelfer ausbildung',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['am Mi., 19.05.2027 von 08:00 bis 12:00 Uhr'],
  },
  // --- facts: start time -----------------------------------------------------------------------------------------------
  {
    q: 'um wie viel uhr fängt der outlook kurs heute an',
    kind: 'facts',
    titles: [T.outlook],
    says: ['beginnt am Do., 14.01.2027 um 14:00 Uhr'],
  },
  {
    q: 'what time does the phishing training start',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['starts on Mon, 18 Jan 2027 at 09:00'],
  },
  { q: 'beginn erste hilfe', kind: 'facts', titles: [T.ersteHilfe], says: ['beginnt am Mi., 03.02.2027 um 08:30 Uhr'] },
  { q: 'uhrzeit ozg schulung', kind: 'facts', titles: [T.ozg], says: ['beginnt am Mi., 05.05.2027 um 10:00 Uhr'] },
  // --- facts: duration -------------------------------------------------------------------------------------------------
  {
    q: 'wie lange dauert die ergonomie schulung',
    kind: 'facts',
    titles: [T.ergonomie],
    says: ['dauert 1,5 Stunden, von 14:00 bis 15:30 Uhr'],
  },
  {
    q: 'how long is the excel course',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['lasts 3.5 hours, from 08:30 to 12:00'],
  },
  {
    q: 'dauer die ersten hundert tage',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['dauert 2 Tage, jeweils von 09:00 bis 16:30 Uhr'],
  },
  // --- facts: place and format -----------------------------------------------------------------------------------------
  { q: 'wo findet die erste hilfe statt', kind: 'facts', titles: [T.ersteHilfe], says: ['im Rathaus Mössingen'] },
  {
    q: 'where is the haushalt seminar',
    locale: 'en',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['at Rathaus Ammerbuch'],
  },
  { q: 'ort deeskalationstraining', kind: 'facts', titles: [T.deeskalation], says: ['im Rathaus Kirchentellinsfurt'] },
  { q: 'wo ist der englischkurs', kind: 'facts', titles: [T.english], says: ['in der Volkshochschule Tübingen'] },
  {
    q: 'wo ist das ki seminar',
    kind: 'facts',
    titles: [T.ki],
    says: ['im Landratsamt Tübingen', 'oder online'],
  },
  {
    q: 'ist der datenschutz kurs online',
    kind: 'facts',
    titles: [T.datenschutz],
    says: [/findet hybrid statt|oder online statt/],
  },
  {
    q: 'is the stress management course online',
    locale: 'en',
    kind: 'facts',
    titles: [T.resilienz],
    says: ['takes place online'],
  },
  { q: 'findet vergaberecht in präsenz statt', kind: 'facts', titles: [T.vergabe], says: ['findet in Präsenz statt'] },
  // --- facts: trainer --------------------------------------------------------------------------------------------------
  { q: 'wer leitet den excel kurs', kind: 'facts', titles: [T.excel], says: ['leitet Herr Markus Dreher'] },
  {
    q: 'who is the trainer for the english course',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['is led by Sarah Whitfield'],
  },
  {
    q: 'wer ist dozent beim haushaltsseminar',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['leitet Herr Wolfgang Renz'],
  },
  {
    q: 'wer macht das deeskalationstraining',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['leitet Frau Petra Sauter'],
  },
  {
    q: 'trainer mitarbeitergespräche',
    kind: 'facts',
    titles: [T.augenhoehe],
    says: ['leitet Frau Dr. Miriam Kessler'],
  },
  // --- facts: registration deadline and seats --------------------------------------------------------------------------
  { q: 'anmeldeschluss vergaberecht', kind: 'facts', titles: [T.vergabe], says: ['bis Fr., 22.01.2027, 12:00 Uhr'] },
  {
    q: 'deadline for the english front desk course',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Mon, 11 Jan 2027, 23:59'],
  },
  {
    q: 'bis wann kann ich mich für erste hilfe anmelden',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['bis Mi., 20.01.2027, 23:59 Uhr'],
  },
  {
    q: 'registration deadline for die ersten hundert tage',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['until Fri, 26 Feb 2027, 23:59'],
  },
  {
    q: 'sind beim deeskalationstraining noch plätze frei',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  {
    q: 'how many seats are left in the first aid course',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['has 20 of 20 seats left'],
  },
  { q: 'freie plätze sitzungsdienst', kind: 'facts', titles: [T.sitzung], says: ['noch 18 von 18 Plätzen frei'] },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  { conv: 'doppik', q: 'gibt es was zur doppik', kind: 'list', titles: [T.haushalt] },
  { conv: 'doppik', q: 'Was kostet das?', kind: 'facts', titles: [T.haushalt], says: ['kostet 180 €'] },
  {
    conv: 'doppik',
    q: 'und wann?',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['am Mi., 03.03.2027 von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'copilot',
    q: 'is there any training on copilot or chatgpt',
    locale: 'en',
    kind: 'list',
    titles: [T.ki],
  },
  {
    conv: 'copilot',
    q: 'when is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['on Thu, 18 Feb 2027 from 13:00 to 16:00'],
  },
  {
    conv: 'copilot',
    q: 'who leads it',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is led by Herr Florian Baur'],
  },
  { conv: 'bescheide', q: 'verständliche bescheide schreiben', kind: 'list', titles: [T.sprache] },
  {
    conv: 'bescheide',
    q: 'Und wo findet der statt?',
    kind: 'facts',
    titles: [T.sprache],
    says: ['in der Volkshochschule Tübingen'],
  },
  {
    conv: 'bescheide',
    q: 'wie lange geht das',
    kind: 'facts',
    titles: [T.sprache],
    says: ['dauert 7 Stunden, von 09:00 bis 16:00 Uhr'],
  },
  // --- lists: dates, cost, provider, trainer, audience, language, town -------------------------------------------------
  { q: 'was ist diese woche noch', kind: 'list', titles: [T.outlook, T.datenschutz] },
  { q: 'was läuft nächste woche', kind: 'list', titles: [T.phishing, T.english, T.sitzung, T.ergonomie] },
  {
    q: 'free courses in february',
    locale: 'en',
    kind: 'list',
    titles: [T.ersteHilfe, T.ki, T.deeskalation],
  },
  { q: 'seminare im mai', kind: 'list', titles: [T.ozg, T.brandschutz] },
  {
    q: 'was bietet die unfallkasse an',
    kind: 'list',
    ...only(T.ergonomie, T.ersteHilfe, T.deeskalation, T.brandschutz, T.resilienz),
  },
  { q: 'kurse von herrn renz', kind: 'list', ...only(T.grundsteuer, T.haushalt) },
  { q: 'ich bin führungskraft, was gibt es für mich', kind: 'list', ...only(T.fuehrung, T.augenhoehe) },
  { q: 'any courses in english', locale: 'en', kind: 'list', titles: [T.english] },
  { q: 'was gibt es in rottenburg', kind: 'list', ...only(T.sitzung, T.fuehrung) },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'was kostet der word kurs', kind: 'gone', gone: T.word },
  { q: 'wann ist das winterdienst seminar', kind: 'gone', gone: T.winterdienst },
  {
    q: 'when was the entgeltabrechnung course',
    locale: 'en',
    kind: 'gone',
    gone: T.entgelt,
    says: ['Tue, 12 Jan 2027'],
  },
  { q: 'wann war die reisekosten schulung', kind: 'gone', gone: T.reisekosten, says: ['Mi., 02.12.2026'] },
  { q: 'instagram schulung', kind: 'none' },
  { q: 'starkregen risikomanagement', kind: 'none' },
  { q: 'hallo', kind: 'help' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a hundred-and-ninety-seventh, independent catalogue (Landkreis Tübingen, Verwaltungsschule, UKBW)',
  {
    fixture: 'heldout197-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
