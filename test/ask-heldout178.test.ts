// Over-fitting check, hundred-and-seventy-eighth catalogue: the 2027 autumn programme of the Salzlandkreis
// (Saxony-Anhalt) with the Studieninstitut für kommunale Verwaltung Sachsen-Anhalt, the Kreisverwaltung's Fachdienst
// Personal, the Kommunale IT-UNION (KITU), the Unfallkasse Sachsen-Anhalt and the Kreisvolkshochschule Salzlandkreis,
// for the county and its towns (Bernburg (Saale), Aschersleben, Schönebeck (Elbe), Staßfurt, Calbe (Saale), Könnern),
// imported from a JSON file. Seminars take place in the Kreisverwaltung in Bernburg, the town halls of Aschersleben,
// Staßfurt, Calbe and Könnern, the KVHS centres in Schönebeck and Aschersleben (Bestehornpark), the Staßfurt Bauhof,
// online or hybrid. Eleven titles do not name their subject ("Klick mit Folgen" is information security, "Gut gesessen
// ist halb gearbeitet" ergonomics, "Amt rund um die Uhr" the OZG, "Ruhig bleiben, wenn's laut wird" de-escalation,
// "Die Maschine schreibt mit" AI, "Schreiben, das ankommt" plain language, "Jeder Euro zählt" the Doppik, "Vom Kollegen
// zur Chefin" leadership, "Ein Vorgang, kein Papier" the e-file, "Was der Rat beschlossen hat" minutes of council
// meetings, "Durchatmen statt Durchhalten" stress), so only summary, description or topics reveal it; one seminar is
// held in English; the leadership course runs on two days across the end of summer time; the e-file course is open only
// to Calbe, Könnern and Staßfurt; first aid and the phishing training are free. A balanced mix of every kind of
// question, mostly German, some typed without umlauts or with typos, a fifth in English, written without looking at the
// parser or the search. Same assertions as the other suites: exactly the expected seminars (best first where one is
// clearly best), the asked fact in the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Tuesday 21 September 2027, 10:00 in Bernburg, summer time; winter time begins Sun 31.10.2027):
//   this week:  nothing more today; Wed 22.09. 13:00–15:30 phishing (online, tomorrow), Thu 23.09. 09:00–12:00 Excel
//               (online), Fri 24.09. 09:00–12:00 data protection (hybrid, Kreisverwaltung)
//   next week:  Mon 27.09. procurement law (Kreisverwaltung, full day; deadline passed Fri 10.09. 12:00), Tue 28.09.
//               13:00–15:00 ergonomics (online), Wed 29.09. 09:00–12:30 English (Schönebeck; deadline Fri 24.09.
//               12:00), Thu 30.09. Wohngeld (Staßfurt, full day)
//   October:    Tue 05. cancelled Outlook course; Wed 06. first aid (Aschersleben), Thu 07. OZG (online), Tue 12.
//               de-escalation (Staßfurt), Wed 13. AI (hybrid), Tue 19. plain language (Aschersleben), Thu 21. Doppik
//               (Kreisverwaltung), Tue 26. cancelled telephone course (Calbe), Wed 27. Teams (online), Thu 28.
//               leadership day 1 (CEST)
//   November:   Tue 02. administrative procedure (Calbe), Wed 03. e-file (Staßfurt, three towns only), Tue 09.
//               accessible PDFs (online), Wed 10. social media (online), Thu 11. leadership day 2 (CET), Tue 16. council
//               minutes (Könnern), Thu 18. stress (Aschersleben), Tue 23. staff appraisals (Kreisverwaltung), Thu 25.
//               road works safety RSA 21 (Bauhof Staßfurt)
//   December:   Wed 01. time management (Könnern); the drafts QGIS (Tue 07.12.) and sustainable procurement (Thu 09.12.)
//   past:       Thu 17.06.2027 fire wardens (Kreisverwaltung), Tue 31.08.2027 property tax reform (Staßfurt).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-09-21T08:00:00Z'); // Tuesday, 21 September 2027, 10:00 in Bernburg (CEST)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Klick mit Folgen', // Wed 22.09. 13:00–15:30, online, KITU, Kröber, information security, free
  excel: 'Excel kompakt: Listen, Formeln und Diagramme', // Thu 23.09. 09:00–12:00, online, KVHS, Lehmann, 79 €
  datenschutz: 'Datenschutz im Sachgebiet: DSGVO und DSAG LSA in der Praxis', // Fri 24.09. 09:00–12:00, hybrid (Kreisverwaltung), FD Personal, Wollenberg, 40 €
  vergabe: 'Vergaberecht kompakt: Unterschwellenvergabe nach UVgO und LVG LSA', // Mon 27.09. 09:00–16:00, Kreisverwaltung, Studieninstitut, Dr. Zander, 280 €, deadline passed Fri 10.09. 12:00
  ergonomie: 'Gut gesessen ist halb gearbeitet', // Tue 28.09. 13:00–15:00, online, KVHS, Brückner, 39 €, ergonomics
  english: 'Working Together Across Borders: English for Municipal Partnerships', // Wed 29.09. 09:00–12:30, Schönebeck, KVHS, Hughes, 95 €, English, deadline Fri 24.09. 12:00
  wohngeld: 'Wohngeld aktuell: Rechtsänderungen und Fallbearbeitung', // Thu 30.09. 09:00–16:00, Rathaus Staßfurt, Studieninstitut, Haberland, 190 €, 18 seats
  ersteHilfe: 'Erste Hilfe am Arbeitsplatz: Grundausbildung für Ersthelfende', // Wed 06.10. 08:30–16:30, Rathaus Aschersleben, Unfallkasse, Richter, free
  ozg: 'Amt rund um die Uhr', // Thu 07.10. 09:00–12:00, online, KITU, Kröber, 60 €, OZG
  deeskalation: "Ruhig bleiben, wenn's laut wird", // Tue 12.10. 09:00–12:30, Rathaus Staßfurt, Unfallkasse, Brandt, 25 €
  ki: 'Die Maschine schreibt mit', // Wed 13.10. 13:00–16:00, hybrid (Kreisverwaltung), KITU, Pietsch, 75 €, AI
  sprache: 'Schreiben, das ankommt', // Tue 19.10. 09:00–16:00, Bestehornpark Aschersleben, KVHS, Mertens, 120 €, plain language
  doppik: 'Jeder Euro zählt', // Thu 21.10. 09:00–16:00, Kreisverwaltung, Studieninstitut, Kühne, 210 €, 16 seats
  teams: 'Microsoft Teams im Arbeitsalltag: Chats, Kanäle, Besprechungen', // Wed 27.10. 09:00–12:00, online, KITU, Pietsch, 45 €
  fuehrung: 'Vom Kollegen zur Chefin', // Thu 28.10. (CEST) and Thu 11.11. (CET) 09:00–16:00, Kreisverwaltung, Studieninstitut, Dr. Sommerfeld, 490 €, new managers
  bescheide: 'Bescheide rechtssicher erstellen: Verwaltungsverfahrensrecht für die Praxis', // Tue 02.11. 09:00–16:00, Rathaus Calbe, Studieninstitut, Dr. Zander, 240 €
  eakte: 'Ein Vorgang, kein Papier', // Wed 03.11. 09:00–13:00, Rathaus Staßfurt, KITU, Schulze, e-file, only Calbe/Könnern/Staßfurt, 85 €
  pdf: 'Barrierefreie PDFs erstellen: Word und Acrobat richtig nutzen', // Tue 09.11. 09:00–12:00, online, KITU, Kröber, 75 €
  social: 'Social Media für Kommunen: Instagram und Facebook rechtssicher nutzen', // Wed 10.11. 13:00–16:00, online, KVHS, Wendt, 110 €
  niederschrift: 'Was der Rat beschlossen hat', // Tue 16.11. 09:00–15:00, Rathaus Könnern, Studieninstitut, Haberland, 170 €, deadline Tue 02.11. 23:59
  stress: 'Durchatmen statt Durchhalten', // Thu 18.11. 09:00–12:00, Bestehornpark Aschersleben, KVHS, Brückner, 49 €
  personal: 'Personalgespräche führen: Jahresgespräch und Zielvereinbarung', // Tue 23.11. 09:00–15:00, Kreisverwaltung, FD Personal, Voigt, 40 €, managers
  rsa: 'Arbeitsstellen an Straßen sichern: Schulung nach RSA 21', // Thu 25.11. 08:00–15:00, Bauhof Staßfurt, Unfallkasse, Brandt, 30 €
  zeit: 'Zeitmanagement und Selbstorganisation im Büro', // Wed 01.12. 09:00–12:00, Rathaus Könnern, KVHS, Lehmann, 85 €, 10 seats
  qgis: 'Geodaten mit QGIS auswerten', // draft (Tue 07.12.)
  nachhaltig: 'Nachhaltig einkaufen: Umweltkriterien in der öffentlichen Beschaffung', // draft (Thu 09.12.)
  outlook: 'Outlook im Griff: E-Mails, Kalender und Aufgaben', // cancelled (Tue 05.10.2027)
  telefon: 'Stimme und Auftreten am Telefon', // cancelled (Tue 26.10.2027)
  brandschutz: 'Brandschutzhelferinnen und Brandschutzhelfer: Ausbildung nach ASR A2.2', // past (Thu 17 June 2027)
  grundsteuer: 'Grundsteuerreform: Bescheide nach dem neuen Recht', // past (Tue 31 August 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.qgis, T.nachhaltig, T.outlook, T.telefon, T.brandschutz, T.grundsteuer];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  { q: 'Was kostet der Excel-Kurs?', kind: 'facts', titles: [T.excel], says: ['kostet 79 €'] },
  {
    q: 'kostet die erste hilfe ausbildung was',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Kosten übernimmt die Unfallkasse Sachsen-Anhalt für ihre Mitgliedsbetriebe.'],
  },
  {
    q: 'How much is the leadership course for new managers?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['costs €490'],
  },
  // --- facts: when (across the end of summer time), start time, duration -----------------------------------------------
  {
    q: 'Wann findet das Wohngeld-Seminar statt?',
    kind: 'facts',
    titles: [T.wohngeld],
    says: ['am Do., 30.09.2027 von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'wann ist vom kollegen zur chefin',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 28.10.2027 und Do., 11.11.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'Um wie viel Uhr beginnt die Erste-Hilfe-Schulung?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['beginnt am Mi., 06.10.2027 um 08:30 Uhr'],
  },
  {
    q: 'wie lange dauert der teams kurs',
    kind: 'facts',
    titles: [T.teams],
    says: ['dauert 3 Stunden, von 09:00 bis 12:00 Uhr'],
  },
  {
    q: 'how long is the english course',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['lasts 3.5 hours, from 09:00 to 12:30'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  {
    q: 'Wo findet das Seminar zur Doppik statt?',
    kind: 'facts',
    titles: [T.doppik],
    says: ['in der Kreisverwaltung Salzlandkreis'],
  },
  {
    q: 'datenschuzt schulung online oder vor ort?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: [/findet hybrid statt|oder online statt/],
  },
  { q: 'Ist der Kurs zur E-Akte online?', kind: 'facts', titles: [T.eakte], says: ['findet in Präsenz statt'] },
  {
    q: 'wer ist dozent beim seminar verwaltungsverfahrensrecht',
    kind: 'facts',
    titles: [T.bescheide],
    says: ['leitet Herr Dr. Matthias Zander'],
  },
  {
    q: 'who is the trainer for the social media course',
    locale: 'en',
    kind: 'facts',
    titles: [T.social],
    says: ['is led by Frau Lisa Wendt'],
  },
  {
    q: 'anmeldeschluss vergaberecht',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['am Fr., 10.09.2027, 12:00 Uhr abgelaufen'],
  },
  {
    q: 'bis wann kann man sich fuer das niederschrift seminar anmelden',
    kind: 'facts',
    titles: [T.niederschrift],
    says: ['bis Di., 02.11.2027, 23:59 Uhr'],
  },
  {
    q: 'sind beim zeitmanagment noch plätze frei',
    kind: 'facts',
    titles: [T.zeit],
    says: ['noch 10 von 10 Plätzen frei'],
  },
  // --- details ----------------------------------------------------------------------------------------------------------
  { q: 'Details zu „Durchatmen statt Durchhalten“', kind: 'details', titles: [T.stress] },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  { conv: 'laut', q: 'gibt es was zum umgang mit aggressiven besuchern', kind: 'list', titles: [T.deeskalation] },
  {
    conv: 'laut',
    q: 'wann ist das?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['am Di., 12.10.2027 von 09:00 bis 12:30 Uhr'],
  },
  { conv: 'laut', q: 'und wo?', kind: 'facts', titles: [T.deeskalation], says: ['im Rathaus Staßfurt'] },
  {
    conv: 'chatgpt',
    q: 'is there any training on ChatGPT or similar tools',
    locale: 'en',
    kind: 'list',
    titles: [T.ki],
  },
  { conv: 'chatgpt', q: 'is it online?', locale: 'en', kind: 'facts', titles: [T.ki], says: ['is hybrid'] },
  { conv: 'chatgpt', q: 'how much?', locale: 'en', kind: 'facts', titles: [T.ki], says: ['costs €75'] },
  { conv: 'doppik', q: 'haushalt doppik grundlagen', kind: 'list', titles: [T.doppik] },
  { conv: 'doppik', q: 'wer macht das', kind: 'facts', titles: [T.doppik], says: ['leitet Herr Frank Kühne'] },
  {
    conv: 'doppik',
    q: 'noch plaetze frei?',
    kind: 'facts',
    titles: [T.doppik],
    says: ['noch 16 von 16 Plätzen frei'],
  },
  { conv: 'lehmann', q: 'Kurse von Frau Lehmann', kind: 'list', titles: [T.excel, T.zeit] },
  { conv: 'lehmann', q: 'was kostet der zweite?', kind: 'facts', titles: [T.zeit], says: ['kostet 85 €'] },
  // --- topic searches: everyday words, words only in summary or description, synonyms, abbreviations, typos ------------
  { q: 'it-sicherhiet schulung', kind: 'list', titles: [T.phishing] },
  { q: 'exel formeln', kind: 'list', titles: [T.excel] },
  { q: 'bürgernahe Sprache', kind: 'list', titles: [T.sprache] },
  { q: 'onlinezugangsgestz', kind: 'list', titles: [T.ozg] },
  { q: 'rueckenschmerzen am schreibtisch', kind: 'list', titles: [T.ergonomie] },
  { q: 'stressbewaeltigung', kind: 'list', titles: [T.stress] },
  { q: 'dokumentenmanagment', kind: 'list', titles: [T.eakte] },
  { q: 'Mitarbeitergespräche', kind: 'list', titles: [T.personal] },
  { q: 'verkehrssicherung baustelle', kind: 'list', titles: [T.rsa] },
  { q: 'anything about instagram', locale: 'en', kind: 'list', titles: [T.social] },
  { q: 'anhörung verwaltungsakt', kind: 'list', titles: [T.bescheide] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, length, cost, language ---------------
  { q: 'was ist diese woche noch', kind: 'list', titles: [T.phishing, T.excel, T.datenschutz] },
  { q: 'was laeuft morgen', kind: 'list', titles: [T.phishing] },
  { q: 'anything this week in the morning', locale: 'en', kind: 'list', titles: [T.excel, T.datenschutz] },
  {
    q: "what's on next week",
    locale: 'en',
    kind: 'list',
    titles: [T.vergabe, T.ergonomie, T.english, T.wohngeld],
  },
  { q: 'online seminare naechste woche', kind: 'list', titles: [T.ergonomie] },
  { q: 'Online-Kurse im November', kind: 'list', titles: [T.pdf, T.social] },
  { q: 'kurse in stassfurt', kind: 'list', ...only(T.wohngeld, T.deeskalation, T.eakte, T.rsa) },
  { q: 'was gibts in calbe', kind: 'list', titles: [T.bescheide] },
  { q: 'seminare von herrn kroeber', kind: 'list', ...only(T.phishing, T.ozg, T.pdf) },
  { q: 'Was bietet die Unfallkasse an?', kind: 'list', ...only(T.ersteHilfe, T.deeskalation, T.rsa) },
  {
    q: 'which courses does KITU offer',
    locale: 'en',
    kind: 'list',
    ...only(T.phishing, T.ozg, T.ki, T.teams, T.eakte, T.pdf),
  },
  { q: 'ich bin seit kurzem teamleiterin, was gibt es für mich', kind: 'list', titles: [T.fuehrung, T.personal] },
  { q: 'mehrtaegige seminare', kind: 'list', titles: [T.fuehrung] },
  { q: 'Welche Seminare sind kostenlos?', kind: 'list', ...only(T.phishing, T.ersteHilfe) },
  // --- gone, drafts never shown, no match ------------------------------------------------------------------------------
  { q: 'Wann ist der Outlook-Kurs?', kind: 'gone', gone: T.outlook },
  { q: 'telefontraining stimme', kind: 'gone', gone: T.telefon },
  { q: 'brandschutzhelfer ausbildung wann', kind: 'gone', gone: T.brandschutz, says: ['Do., 17.06.2027'] },
  {
    q: 'when was the grundsteuer seminar',
    locale: 'en',
    kind: 'gone',
    gone: T.grundsteuer,
    says: ['Tue, 31 Aug 2027'],
  },
  { q: 'qgis', kind: 'none' },
  { q: 'french lessons', locale: 'en', kind: 'none' },
  // --- greetings, thanks, help, own registrations, no context ---------------------------------------------------------
  { q: 'Hallo', kind: 'help' },
  { q: 'danke dir!', kind: 'thanks' },
  { q: 'thanks a lot', locale: 'en', kind: 'thanks' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
  { q: 'Was kostet das?', kind: 'noContext' },
];

heldoutSuite(
  'answering questions about a hundred-and-seventy-eighth, independent catalogue (Salzlandkreis, Studieninstitut, KITU)',
  {
    fixture: 'heldout178-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
