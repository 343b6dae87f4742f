// Over-fitting check, hundred-and-eighty-sixth catalogue: the 2027 programme of the Landkreis Spree-Neiße (Brandenburg)
// with the Brandenburgische Kommunalakademie (BKA), the county's Personalamt, the regional IT service provider Kommunale
// Datenverarbeitung Lausitz (KDL), the Unfallkasse Brandenburg and the Volkshochschule Spree-Neiße (VHS), for the county
// and its towns and Ämter (Forst (Lausitz), Spremberg, Guben, Drebkau, Welzow, Peitz), imported from a JSON file.
// Seminars take place in the Kreisverwaltung in Forst, the town halls of Spremberg, Guben, Welzow and Drebkau, the
// administration building of the Amt Peitz, online or hybrid. Several titles do not name their subject ("Klick mit
// Folgen" is phishing / information security, "Frag die Maschine – aber richtig" AI assistants, "Wenn es am Tresen laut
// wird" de-escalation, "Gut sitzen, besser arbeiten" ergonomics, "Post vom Amt, die ankommt" plain language, "Der Ordner
// hat ausgedient" the e-file, "Anträge rund um die Uhr" the OZG, "Ein Schreiben, viele Empfänger" mail merge in Word,
// "Mit langem Atem" stress and resilience, "Der Haushalt ohne Geheimnisse" Doppik, "Lesbar für alle" accessible
// documents, "Der erste Schritt nach vorn" leadership), so only summary, description or topics reveal it; one seminar
// is held in English; the leadership course runs on two days across the end of summer time; the e-file course is open
// only to Drebkau, Welzow and Peitz; first aid is free, paid by the Unfallkasse. The questions are written the way an
// acceptance tester types them into Teams (mostly short, lower case, the odd typo, a quarter in English, some polite
// full sentences), without looking at the parser or the answers. Same assertions as the other suites: exactly the
// expected seminars (best first where one is clearly best), the asked fact in the first sentence, never a draft,
// cancelled or past seminar.
//
// Calendar around `now` (Wednesday 28 April 2027, 10:00 in Forst, summer time since Sun 28.03.2027; winter time begins
// Sun 31.10.2027; Sat 01.05. Labour Day, Thu 06.05. Ascension Day, Mon 17.05. Whit Monday — no seminars on these):
//   this week:  nothing more today; Thu 29.04. 09:00–12:00 phishing (online, tomorrow), Fri 30.04. 13:00–15:30 data
//               protection (hybrid, Kreisverwaltung Forst)
//   next week:  Mon 03.05. 09:00–12:30 English (Rathaus Spremberg; deadline passed Fri 23.04. 23:59), Tue 04.05.
//               13:00–16:00 AI (online), Wed 05.05. 09:00–15:00 de-escalation (Rathaus Guben, 12 seats), Fri 07.05.
//               09:00–12:00 Excel (online)
//   May:        Tue 11. procurement (Forst; deadline Fri 30.04. 12:00), Wed 19. first aid (Welzow, 08:30–16:00),
//               Tue 25. ergonomics (online, 13:00–14:30), Thu 27. Kommunalverfassung (Forst); the cancelled PowerPoint
//               course on Wed 12.05.
//   June:       Wed 02. plain language (Peitz), Tue 08. e-file (Drebkau, Drebkau/Welzow/Peitz only), Thu 17. council
//               meetings (Forst; deadline Thu 03.06. 23:59), Tue 22. OZG (online); the cancelled driving-safety training
//               on Mon 14.06.
//   July:       Tue 06. Scrum (hybrid, Spremberg), Wed 14. mail merge (online)
//   August:     Mon 02./Tue 03. induction days for trainees (Forst), Wed 25. resilience (Guben)
//   September:  Tue 07. appraisal interviews (Forst, for managers), Thu 16. Doppik (Spremberg); the draft Lower Sorbian
//               course on Tue 28.09.
//   October:    Wed 13. accessible documents (online); Thu 21.10. (CEST) and Thu 04.11. (CET) leadership (Guben); the
//               draft structural-change funding course on Wed 10.11.
//   past:       Tue 16.03.2027 e-invoicing (online), Thu 15.04.2027 fire wardens (Spremberg).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-04-28T08:00:00Z'); // Wednesday, 28 April 2027, 10:00 in Forst (CEST)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Klick mit Folgen', // Thu 29.04. 09:00–12:00, online, KDL, Herr Jens Noack, information security, free
  datenschutz: 'Datenschutz im Bürgerkontakt: Auskunft, Übermittlung, Löschung', // Fri 30.04. 13:00–15:30, hybrid (Kreisverwaltung Forst), BKA, Dr. Lehmann, 95 €
  english: 'Welcome to Spree-Neiße: English at the Front Desk', // Mon 03.05. 09:00–12:30, Rathaus Spremberg, VHS, Joanna Clarke, 85 €, deadline passed Fri 23.04. 23:59
  ki: 'Frag die Maschine – aber richtig', // Tue 04.05. 13:00–16:00, online, KDL, Frau Katrin Domaschke, AI / ChatGPT, free
  deeskalation: 'Wenn es am Tresen laut wird', // Wed 05.05. 09:00–15:00, Rathaus Guben, Unfallkasse, Hantsch, free, 12 seats
  excel: 'Excel im Verwaltungsalltag: Formeln, Filter, Auswertungen', // Fri 07.05. 09:00–12:00, online, VHS, Frau Ines Jurk, 79 €
  vergabe: 'Vergaberecht kompakt: Aufträge unterhalb der EU-Schwellenwerte', // Tue 11.05. 09:00–16:00, Kreisverwaltung Forst, BKA, Wendland, 240 €, deadline Fri 30.04. 12:00
  ersteHilfe: 'Erste Hilfe im Betrieb: Ausbildung für Ersthelfende', // Wed 19.05. 08:30–16:00, Rathaus Welzow, Unfallkasse, free (Unfallkasse pays)
  ergonomie: 'Gut sitzen, besser arbeiten', // Tue 25.05. 13:00–14:30, online, Unfallkasse, Kaiser, ergonomics, free
  kommunalrecht: 'Kommunalverfassung Brandenburg für Einsteigerinnen und Einsteiger', // Thu 27.05. 09:00–15:00, Kreisverwaltung Forst, BKA, Dr. Lehmann, 150 €
  sprache: 'Post vom Amt, die ankommt', // Wed 02.06. 09:00–16:00, Verwaltungsgebäude Peitz, VHS, Lehnigk, 140 €, plain language
  eakte: 'Der Ordner hat ausgedient', // Tue 08.06. 09:00–12:00, Rathaus Drebkau, KDL, Kito, e-file, only Drebkau/Welzow/Peitz, free
  sitzung: 'Sitzungsdienst sicher organisieren: Von der Einladung bis zur Niederschrift', // Thu 17.06. 09:00–16:00, Kreisverwaltung Forst, BKA, 180 €, 16 seats, deadline Thu 03.06. 23:59
  ozg: 'Anträge rund um die Uhr', // Tue 22.06. 13:00–16:00, online, KDL, Herr Jens Noack, OZG, free
  scrum: 'Agil im Amt: Projekte mit Scrum und Kanban steuern', // Tue 06.07. 09:00–16:00, hybrid (Rathaus Spremberg), BKA, Herr Mirko Hanschke, 260 €
  serienbrief: 'Ein Schreiben, viele Empfänger', // Wed 14.07. 09:00–12:00, online, VHS, Frau Ines Jurk, 59 €, mail merge in Word
  azubis: 'Startklar: Einführungstage für neue Auszubildende', // Mon 02.08. and Tue 03.08. 08:30–15:00, Kreisverwaltung Forst, Personalamt, free
  resilienz: 'Mit langem Atem', // Wed 25.08. 09:00–15:00, Rathaus Guben, Personalamt, Schulz, stress / resilience, free
  gespraeche: 'Jahresgespräche führen: Leitfaden und Praxis für Vorgesetzte', // Tue 07.09. 09:00–16:00, Kreisverwaltung Forst, Personalamt, free, for managers
  haushalt: 'Der Haushalt ohne Geheimnisse', // Thu 16.09. 09:00–16:00, Rathaus Spremberg, BKA, Wendland, 210 €, Doppik
  barrierefrei: 'Lesbar für alle', // Wed 13.10. 13:00–16:00, online, VHS, Frau Ines Jurk, 49 €, accessible documents
  fuehrung: 'Der erste Schritt nach vorn', // Thu 21.10. (CEST) and Thu 04.11. (CET) 09:00–16:00, Rathaus Guben, BKA, Dr. Bläsing, 520 €, new managers
  sorbisch: 'Dobry źeń! Niedersorbisch im Bürgerkontakt', // draft (Tue 28.09.)
  foerdermittel: 'Fördermittel für den Strukturwandel erfolgreich beantragen', // draft (Wed 10.11.)
  powerpoint: 'Präsentieren mit PowerPoint: Folien, die überzeugen', // cancelled (Wed 12.05.2027)
  fahrsicherheit: 'Fahrsicherheitstraining für Dienstfahrten', // cancelled (Mon 14.06.2027)
  erechnung: 'E-Rechnung in der Kommune: Eingang, Prüfung, Freigabe', // past (Tue 16 March 2027)
  brandschutz: 'Brandschutzhelferinnen und Brandschutzhelfer: Ausbildung nach ASR A2.2', // past (Thu 15 April 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.sorbisch, T.foerdermittel, T.powerpoint, T.fahrsicherheit, T.erechnung, T.brandschutz];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  { q: 'was kostet vergaberecht', kind: 'facts', titles: [T.vergabe], says: ['kostet 240 €'] },
  {
    q: 'kosten erste hilfe',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse Brandenburg für ihre Mitgliedsverwaltungen.'],
  },
  { q: 'how much is the scrum course', locale: 'en', kind: 'facts', titles: [T.scrum], says: ['costs €260'] },
  {
    q: 'Könnten Sie mir bitte sagen, was die Schulung zur Doppik kostet?',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['kostet 210 €'],
  },
  // --- facts: when (across the end of summer time), start time, duration -----------------------------------------------
  {
    q: 'wann ist datenschutz',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['am Fr., 30.04.2027 von 13:00 bis 15:30 Uhr'],
  },
  {
    q: 'when is the excel course',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['on Fri, 7 May 2027 from 09:00 to 12:00'],
  },
  {
    q: 'Wann findet „Der erste Schritt nach vorn“ statt?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 21.10.2027 und Do., 04.11.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'when are the einführungstage for new trainees',
    locale: 'en',
    kind: 'facts',
    titles: [T.azubis],
    says: ['on 2 days', 'Mon, 2 Aug 2027 and Tue, 3 Aug 2027', 'each from 08:30 to 15:00'],
  },
  {
    q: 'um wieviel uhr fängt der ki kurs an',
    kind: 'facts',
    titles: [T.ki],
    says: ['beginnt am Di., 04.05.2027 um 13:00 Uhr'],
  },
  {
    q: 'wie lange dauert die ergonomie schulung',
    kind: 'facts',
    titles: [T.ergonomie],
    says: ['dauert 1,5 Stunden, von 13:00 bis 14:30 Uhr'],
  },
  {
    q: 'how long is the first aid course',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['lasts 7.5 hours, from 08:30 to 16:00'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  {
    q: 'wo findet vergaberecht statt',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['in der Kreisverwaltung Spree-Neiße'],
  },
  {
    q: 'where is the deescalation training',
    locale: 'en',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['at Rathaus Guben'],
  },
  {
    q: 'datenschutz kurs online oder vor ort?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: [/findet hybrid statt|oder online statt/],
  },
  { q: 'wer leitet den serienbrief kurs', kind: 'facts', titles: [T.serienbrief], says: ['leitet Frau Ines Jurk'] },
  { q: 'anmeldeschluss vergabe', kind: 'facts', titles: [T.vergabe], says: ['bis Fr., 30.04.2027, 12:00 Uhr'] },
  {
    q: 'registration deadline for the english front desk course',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 23 Apr 2027, 23:59'],
  },
  {
    q: 'Bis wann kann ich mich für den Sitzungsdienst anmelden?',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['bis Do., 03.06.2027, 23:59 Uhr'],
  },
  {
    q: 'deeskalation noch plätze frei?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  { conv: 'tresen', q: 'was tun wenn bürger aggressiv werden', kind: 'list', titles: [T.deeskalation] },
  {
    conv: 'tresen',
    q: 'wann ist das',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['am Mi., 05.05.2027 von 09:00 bis 15:00 Uhr'],
  },
  { conv: 'tresen', q: 'und wo?', kind: 'facts', titles: [T.deeskalation], says: ['im Rathaus Guben'] },
  { conv: 'chatgpt', q: 'any training on chatgpt', locale: 'en', kind: 'list', titles: [T.ki] },
  { conv: 'chatgpt', q: 'how much is it', locale: 'en', kind: 'facts', titles: [T.ki], says: ['is free of charge'] },
  {
    conv: 'chatgpt',
    q: 'who is the trainer?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is led by Frau Katrin Domaschke'],
  },
  { conv: 'bescheide', q: 'Wie schreibe ich Bescheide verständlicher?', kind: 'list', titles: [T.sprache] },
  { conv: 'bescheide', q: 'Was kostet das?', kind: 'facts', titles: [T.sprache], says: ['kostet 140 €'] },
  {
    conv: 'bescheide',
    q: 'Gibt es das auch online?',
    kind: 'facts',
    titles: [T.sprache],
    says: ['findet in Präsenz statt'],
  },
  // --- topic searches: everyday words, words only in summary or description, synonyms, abbreviations, typos ------------
  { q: 'phising training', locale: 'en', kind: 'list', titles: [T.phishing] },
  { q: 'exel kurs', kind: 'list', titles: [T.excel] },
  { q: 'stress abbauen', kind: 'list', titles: [T.resilienz] },
  { q: 'künstliche intelligenz', kind: 'list', titles: [T.ki] },
  { q: 'ausschreibungen', kind: 'list', titles: [T.vergabe] },
  { q: 'elektronische akte', kind: 'list', titles: [T.eakte] },
  { q: 'reanimation', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'ozg umsetzung', kind: 'list', titles: [T.ozg] },
  { q: 'dsgvo', kind: 'list', titles: [T.datenschutz] },
  { q: 'barrierefreie pdf', kind: 'list', titles: [T.barrierefrei] },
  { q: 'jahresgespräch leitfaden', kind: 'list', titles: [T.gespraeche] },
  { q: 'Gibt es ein Seminar zur BbgKVerf?', kind: 'list', titles: [T.kommunalrecht] },
  // --- filters: dates, format, place, trainer, provider, audience, length, cost, language ------------------------------
  { q: 'was ist diese woche noch', kind: 'list', titles: [T.phishing, T.datenschutz] },
  {
    q: 'Welche Seminare finden nächste Woche statt?',
    kind: 'list',
    titles: [T.english, T.ki, T.deeskalation, T.excel],
  },
  { q: 'online courses next week', locale: 'en', kind: 'list', titles: [T.ki, T.excel] },
  { q: 'kostenlose seminare im mai', kind: 'list', titles: [T.ki, T.deeskalation, T.ersteHilfe, T.ergonomie] },
  {
    q: 'was gibts zwischen dem 10. und 31. mai',
    kind: 'list',
    titles: [T.vergabe, T.ersteHilfe, T.ergonomie, T.kommunalrecht],
  },
  { q: 'free courses in june', locale: 'en', kind: 'list', titles: [T.eakte, T.ozg] },
  { q: 'was ist im juni in forst', kind: 'list', titles: [T.sitzung] },
  { q: 'was gibts in guben', kind: 'list', ...only(T.deeskalation, T.resilienz, T.fuehrung) },
  { q: 'veranstaltungen in spremberg', kind: 'list', ...only(T.english, T.scrum, T.haushalt) },
  { q: 'kurse von frau jurk', kind: 'list', ...only(T.excel, T.serienbrief, T.barrierefrei) },
  {
    q: 'what does the unfallkasse offer',
    locale: 'en',
    kind: 'list',
    ...only(T.deeskalation, T.ersteHilfe, T.ergonomie),
  },
  { q: 'Ich bin Führungskraft. Welche Seminare gibt es für mich?', kind: 'list', ...only(T.gespraeche, T.fuehrung) },
  { q: 'mehrtägige seminare', kind: 'list', ...only(T.azubis, T.fuehrung) },
  { q: 'courses in english', locale: 'en', kind: 'list', titles: [T.english] },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'wann ist der powerpoint kurs', kind: 'gone', gone: T.powerpoint },
  { q: 'was kostet das fahrsicherheitstraining', kind: 'gone', gone: T.fahrsicherheit },
  { q: 'e-rechnung schulung', kind: 'gone', gone: T.erechnung, says: ['Di., 16.03.2027'] },
  {
    q: 'Wann ist die Ausbildung zum Brandschutzhelfer?',
    kind: 'gone',
    gone: T.brandschutz,
    says: ['Do., 15.04.2027'],
  },
  { q: 'sorbisch kurs', kind: 'none' },
  { q: 'fördermittel strukturwandel', kind: 'none' },
  { q: 'french for beginners', locale: 'en', kind: 'none' },
  { q: 'hallo', kind: 'help' },
  { q: 'hi, what can you do?', locale: 'en', kind: 'help' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a hundred-and-eighty-sixth, independent catalogue (Landkreis Spree-Neiße, BKA, Unfallkasse Brandenburg)',
  {
    fixture: 'heldout186-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
