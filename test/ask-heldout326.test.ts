// Over-fitting check, three-hundred-and-twenty-sixth catalogue: the autumn/winter 2028/29 programme for the Hansestadt
// Lübeck (Schleswig-Holstein) and its Eigenbetriebe (Entsorgungsbetriebe Lübeck, Gebäudemanagement, Die Lübecker Museen),
// with the Verwaltungsakademie Bordesholm (VAB), the Unfallkasse Nord, Dataport, the Volkshochschule Lübeck (VHS) and
// the city's Personal- und Organisationsservice, imported from a JSON file. Seminars take place in the Rathaus Lübeck
// (Breite Straße), the Verwaltungszentrum Mühlentor, the VHS in the Hüxstraße, the Betriebshof of the EBL in the
// Malmöstraße and the Verwaltungsakademie in Bordesholm, online or hybrid. Several titles do not name their subject
// ("Nicht jeder Anhang ist harmlos" is phishing, "Fit am Schreibtisch" screen-work ergonomics, "Snacken op Platt" Low
// German for the counter, "Wenn Gespräche kippen" de-escalation with aggressive customers, "Schreiben mit Assistenz"
// generative AI, "Papierlos ans Ziel" the e-file, "Zahlen, die erzählen" the doppischer Haushalt, "Webseiten für alle"
// accessible web content, "Was darf ich weitergeben?" data protection, "Verstanden beim ersten Lesen" plain language,
// "Gut ankommen in der Hansestadt" the induction day for new staff), so only summary, description or topics reveal it.
// Three leadership courses (two of them two-day, one half-day hybrid); the English course is held in English on three
// Tuesday evenings; the Low German evening and the Excel basics course need no prior knowledge; the load-securing course
// is open only to the EBL; first aid is free, paid by the Unfallkasse Nord. The questions are written the way employees
// exclude things ("nicht online", "alles außer Excel", "nicht am Montag", "ohne Vorkenntnisse", "nichts was Geld
// kostet", "not in person", "anything but leadership", "keine mehrtägigen", "nur Präsenz", "nicht vor 10 Uhr"), mixed
// with ordinary subject, date and fact questions and short follow-up conversations, some in English, written without
// looking at the parser or the answers.
//
// Calendar around `now` (Thursday 19 October 2028, 10:15 in Lübeck, summer time; summer time ends Sun 29.10.2028;
// Tue 31.10.2028 is Reformationstag, a public holiday in Schleswig-Holstein; Tue 03.10. was German Unity Day):
//   this week:  Thu 19.10. (today) 14:00–15:30 phishing (online, Dataport, free); Fri 20.10. (tomorrow) 09:00–12:30
//               Excel basics (VHS, 59 €); nothing on the weekend
//   next week:  Mon 23.10. 13:00–16:00 Word (online, 49 €); Tue 24.10.+Wed 25.10. 09:00–16:30 "Sandwich-Position"
//               (Bordesholm, 420 €, deadline passed Fri 13.10. 12:00); Thu 26.10. (CEST) first day of "Vom Kollegen zur
//               Führungskraft" (Mühlentor, 390 €, deadline Fri 20.10. 12:00; second day Thu 09.11., CET, both
//               09:00–16:00); the cancelled Outlook course (Fri 27.10.)
//   then:       Mon 30.10. 08:30–16:00 first aid (Mühlentor, free); Tue 31.10. holiday, nothing
//   November:   Thu 02.11. 12:30–13:30 ergonomics (online); Mon 06.11. 18:00–20:00 Low German (VHS, evening, 15 €);
//               Tue 07.11. 09:00–12:00 Excel advanced (online, 69 €); Wed 08.11. 09:00–16:00 de-escalation (Rathaus);
//               Thu 09.11. second leadership day; Tue 14.11. 10:00–11:30 AI (online); Wed 15.11. 09:00–12:00 appraisal
//               interview (hybrid, Rathaus); Thu 16.11. 09:00–12:00 e-file (Mühlentor); Mon 20.11. 07:00–12:00 load
//               securing (EBL Betriebshof, EBL only); Tue 21.11. and Tue 28.11. English evenings 17:30–19:30 (VHS);
//               the cancelled chainsaw course (Wed 22.11.); Thu 23.11. 09:00–16:00 Doppik (hybrid, Bordesholm, 210 €);
//               Mon 27.11. 09:00–15:30 procurement (online, 245 €, deadline Mon 13.11. 23:59); Wed 29.11. 13:00–16:00
//               accessible web pages (online)
//   December:   Fri 01.12. 09:00–11:00 data protection (online, free); Tue 05.12. third English evening; Wed 06.12.
//               08:00–12:00 fire wardens (Mühlentor, free)
//   January:    the draft Instagram course (Tue 16.01.2029); Wed 17.01.2029 09:00–15:00 plain language (VHS, 95 €);
//               Thu 25.01.2029 09:00–13:00 induction day for new staff (Rathaus, free)
//   later:      the draft land-use planning course (Wed 14.02.2029)
//   past:       Wed 05.07.2028 heat protection (Mühlentor), Tue 12.09.2028 housing benefit (online).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-10-19T08:15:00Z'); // Thursday, 19 October 2028, 10:15 in Lübeck (CEST)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Nicht jeder Anhang ist harmlos', // Thu 19.10. 14:00–15:30, online, Dataport, Petersen, phishing, free
  excelBasis: 'Excel Grundlagen für Einsteigerinnen und Einsteiger', // Fri 20.10. 09:00–12:30, VHS Lübeck, Hansen, 59 €, no prior knowledge
  word: 'Serienbriefe und Formatvorlagen in Word', // Mon 23.10. 13:00–16:00, online, VHS, Hansen, 49 €
  sandwich: 'Führen in der Sandwich-Position', // Tue 24.10.+Wed 25.10. 09:00–16:30, VAB Bordesholm, Dr. Thomsen, 420 €, deadline passed Fri 13.10. 12:00
  neueFk: 'Vom Kollegen zur Führungskraft', // Thu 26.10. (CEST) + Thu 09.11. (CET) 09:00–16:00, Mühlentor, VAB, Dr. Thomsen, 390 €, deadline Fri 20.10. 12:00
  ersteHilfe: 'Erste Hilfe in der Verwaltung: Fortbildung für Ersthelfende', // Mon 30.10. 08:30–16:00, Mühlentor, UK Nord, Lorenzen, free (UK Nord pays)
  ergonomie: 'Fit am Schreibtisch', // Thu 02.11. 12:30–13:30, online, UK Nord, Brandt, screen-work ergonomics, free
  platt: 'Snacken op Platt', // Mon 06.11. 18:00–20:00, VHS Lübeck, Voß, Low German, 15 €, no prior knowledge
  excelPivot: 'Excel für Fortgeschrittene: Pivot-Tabellen und SVERWEIS', // Tue 07.11. 09:00–12:00, online, VHS, Hansen, 69 €
  deeskalation: 'Wenn Gespräche kippen', // Wed 08.11. 09:00–16:00, Rathaus Lübeck, UK Nord, Jensen, de-escalation, free
  ki: 'Schreiben mit Assistenz', // Tue 14.11. 10:00–11:30, online, Dataport, Petersen, generative AI, free, no prior knowledge
  mag: 'Das Mitarbeitendengespräch führen', // Wed 15.11. 09:00–12:00, hybrid (Rathaus Lübeck), POS, Kock, for managers, free
  eakte: 'Papierlos ans Ziel', // Thu 16.11. 09:00–12:00, Mühlentor, Dataport, Schröder, e-file, free
  ebl: 'Ladungssicherung für Fahrerinnen und Fahrer der Entsorgungsbetriebe', // Mon 20.11. 07:00–12:00, EBL Betriebshof, UK Nord, Wulf, EBL only, free
  english: 'Small Talk and Service: English at the Counter', // Tue 21.11., 28.11., 05.12. 17:30–19:30, VHS Lübeck, Clarke, 75 €, in English
  doppik: 'Zahlen, die erzählen', // Thu 23.11. 09:00–16:00, hybrid (VAB Bordesholm), Dr. Carstens, Doppik, 210 €
  vergabe: 'Vergaberecht Schleswig-Holstein: UVgO und Schleswig-Holsteinische Vergabeverordnung', // Mon 27.11. 09:00–15:30, online, VAB, Dr. Carstens, 245 €, 20 seats, deadline Mon 13.11. 23:59
  web: 'Webseiten für alle', // Wed 29.11. 13:00–16:00, online, Dataport, Schröder, accessible web content, free
  datenschutz: 'Was darf ich weitergeben?', // Fri 01.12. 09:00–11:00, online, POS, Dr. Möller, data protection, free
  brandschutz: 'Brandschutzhelferinnen und Brandschutzhelfer: Ausbildung nach ASR A2.2', // Wed 06.12. 08:00–12:00, Mühlentor, UK Nord, Lorenzen, free
  sprache: 'Verstanden beim ersten Lesen', // Wed 17.01.2029 09:00–15:00, VHS Lübeck, Rohwer, plain language, 95 €
  onboarding: 'Gut ankommen in der Hansestadt', // Thu 25.01.2029 09:00–13:00, Rathaus Lübeck, POS, Kock, induction day, free
  instagram: 'Social Media für die Stadtverwaltung: Instagram rechtssicher nutzen', // draft (Tue 16.01.2029)
  bauleit: 'Bauleitplanung kompakt: Vom Aufstellungsbeschluss zum Bebauungsplan', // draft (Wed 14.02.2029)
  outlook: 'Outlook im Team: Kalender und Postfächer teilen', // cancelled (Fri 27.10.2028)
  motorsaege: 'Motorsägen-Grundlehrgang (Modul A)', // cancelled (Wed 22.11.2028)
  wohngeld: 'Wohngeld-Plus in der Praxis: Neuerungen 2028', // past (Tue 12.09.2028)
  hitze: 'Hitzeschutz im Büro und im Außendienst', // past (Wed 05.07.2028)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.instagram, T.bauleit, T.outlook, T.motorsaege, T.wohngeld, T.hitze];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'heute', q: 'läuft heute noch irgendwas?', kind: 'list', titles: [T.phishing] },
  {
    conv: 'heute',
    q: 'ist das vor ort oder online',
    kind: 'facts',
    titles: [T.phishing],
    says: ['findet online statt'],
  },
  { conv: 'morgen', q: 'was ist morgen los?', kind: 'list', titles: [T.excelBasis] },
  {
    conv: 'morgen',
    q: 'wo findet das statt?',
    kind: 'facts',
    titles: [T.excelBasis],
    says: ['in der Volkshochschule Lübeck'],
  },
  {
    conv: 'neueFk',
    q: 'ich werde ab nächsten monat sachgebietsleiterin. gibt es was zum einstieg in die führungsrolle?',
    kind: 'list',
    first: T.neueFk,
    excludes: [T.phishing, T.excelBasis, T.word, T.platt, T.ki, T.onboarding],
  },
  {
    conv: 'neueFk',
    q: 'Vom Kollegen zur Führungskraft – wann genau ist das?',
    kind: 'facts',
    titles: [T.neueFk],
    says: ['an 2 Tagen', 'Do., 26.10.2028 und Do., 09.11.2028', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'neueFk',
    q: 'bis wann muss ich mich anmelden?',
    kind: 'facts',
    titles: [T.neueFk],
    says: ['bis Fr., 20.10.2028, 12:00 Uhr'],
  },
  {
    conv: 'sandwich',
    q: 'Kann ich mich für „Führen in der Sandwich-Position“ noch anmelden?',
    kind: 'facts',
    titles: [T.sandwich],
    says: ['ist am Fr., 13.10.2028, 12:00 Uhr abgelaufen'],
  },
  {
    conv: 'sandwich',
    q: 'und wo findet das statt?',
    kind: 'facts',
    titles: [T.sandwich],
    says: ['in der Verwaltungsakademie Bordesholm'],
  },
  { conv: 'platt', q: 'plattdeutsch lernen, ohne vorkenntnisse', kind: 'list', titles: [T.platt] },
  {
    conv: 'platt',
    q: 'wann is das',
    kind: 'facts',
    titles: [T.platt],
    says: ['am Mo., 06.11.2028 von 18:00 bis 20:00 Uhr'],
  },
  { conv: 'english', q: 'is anything held in English?', locale: 'en', kind: 'list', titles: [T.english] },
  {
    conv: 'english',
    q: 'when does it start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['starts on Tue, 21 Nov 2028 at 17:30'],
  },
  {
    conv: 'english',
    q: 'can I join online or is it in person only?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['takes place in person'],
  },
  { conv: 'ebl', q: 'ladungssicherung schulung', kind: 'list', titles: [T.ebl] },
  { conv: 'ebl', q: 'wer leitet das?', kind: 'facts', titles: [T.ebl], says: ['leitet Herr Torben Wulf'] },
  {
    conv: 'ebl',
    q: 'um wieviel uhr gehts los',
    kind: 'facts',
    titles: [T.ebl],
    says: ['beginnt am Mo., 20.11.2028 um 07:00 Uhr'],
  },
  { conv: 'doppik', q: 'doppik für nicht-kämmerer', kind: 'list', titles: [T.doppik] },
  {
    conv: 'doppik',
    q: 'muss ich dafür nach bordesholm fahren oder geht das auch online?',
    kind: 'facts',
    titles: [T.doppik],
    says: ['findet hybrid statt: in der Verwaltungsakademie Bordesholm'],
  },
  { conv: 'ki', q: 'KI-Schulung, aber nicht vor 10 Uhr bitte', kind: 'list', titles: [T.ki] },
  {
    conv: 'ki',
    q: 'wie lang dauert die?',
    kind: 'facts',
    titles: [T.ki],
    says: ['dauert 1,5 Stunden, von 10:00 bis 11:30 Uhr'],
  },
  { conv: 'vergabe', q: 'vergaberecht', kind: 'list', titles: [T.vergabe] },
  {
    conv: 'vergabe',
    q: 'anmeldeschluss?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Mo., 13.11.2028, 23:59 Uhr'],
  },
  {
    conv: 'vergabe',
    q: 'gibt es noch freie plätze',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['noch 20 von 20 Plätzen frei'],
  },
  // --- facts -----------------------------------------------------------------------------------------------------------
  {
    q: 'Was kostet die Erste-Hilfe-Fortbildung?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangskosten trägt die Unfallkasse Nord.'],
  },
  {
    q: 'wo ist die brandschutzhelfer ausbildung',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['im Verwaltungszentrum Mühlentor'],
  },
  {
    q: 'wann ist die einführungsveranstaltung für neue beschäftigte?',
    kind: 'facts',
    titles: [T.onboarding],
    says: ['am Do., 25.01.2029 von 09:00 bis 13:00 Uhr'],
  },
  {
    q: 'who teaches the pivot table course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.excelPivot],
    says: ['is led by Frau Birte Hansen'],
  },
  {
    q: 'Findet das Seminar zum Mitarbeitendengespräch in Präsenz oder online statt?',
    kind: 'facts',
    titles: [T.mag],
    says: ['findet hybrid statt: im Rathaus Lübeck'],
  },
  // --- negations and exclusions ----------------------------------------------------------------------------------------
  { q: 'Was gibt es nächste Woche, aber nicht am Montag?', kind: 'list', titles: [T.sandwich, T.neueFk] },
  {
    q: 'anything next week except leadership courses?',
    locale: 'en',
    kind: 'list',
    titles: [T.word],
  },
  {
    q: 'alles von der vhs außer excel',
    kind: 'list',
    ...only(T.word, T.platt, T.english, T.sprache),
  },
  {
    q: 'Office-Schulungen, aber bitte kein Excel',
    kind: 'list',
    titles: [T.word],
  },
  { q: 'was bietet dataport an, aber nicht online?', kind: 'list', titles: [T.eakte] },
  {
    q: 'which Dataport trainings are not in person?',
    locale: 'en',
    kind: 'list',
    ...only(T.phishing, T.ki, T.web),
  },
  {
    miss: 'the Unfallkasse Nord as provider together with "nicht am Montag" finds none',
    q: 'Kurse der Unfallkasse Nord, aber nicht am Montag',
    kind: 'list',
    ...only(T.ergonomie, T.deeskalation, T.brandschutz),
  },
  {
    miss: 'the Unfallkasse Nord is searched as words together with the format, and nothing fits',
    q: 'hat die unfallkasse nord auch was, das nicht in präsenz ist?',
    kind: 'list',
    titles: [T.ergonomie],
  },
  {
    q: 'keine mehrtägigen Seminare von der Verwaltungsakademie Bordesholm bitte',
    kind: 'list',
    titles: [T.doppik, T.vergabe],
  },
  { q: 'seminare im oktober, die nichts kosten', kind: 'list', titles: [T.phishing, T.ersteHilfe] },
  {
    q: 'online-seminare im november, aber nicht vor 10 uhr',
    kind: 'list',
    titles: [T.ergonomie, T.ki, T.web],
  },
  { q: 'abendkurse, aber nicht auf englisch', kind: 'list', titles: [T.platt] },
  { q: 'excel ohne vorkenntnisse', kind: 'list', titles: [T.excelBasis] },
  { q: 'VHS-Kurse, nur nicht montags', kind: 'list', ...only(T.excelBasis, T.excelPivot, T.english, T.sprache) },
  { q: 'Führungsseminare, die nicht mehrere Tage dauern', kind: 'list', titles: [T.mag] },
  {
    miss: '"aber nicht die kostenlosen" is no exclusion of the free courses',
    q: 'kurse unter 100 euro, aber nicht die kostenlosen',
    kind: 'list',
    ...only(T.excelBasis, T.word, T.platt, T.excelPivot, T.english, T.sprache),
  },
  { q: 'keine mehrtägigen, nur präsenz – was gibt es im oktober?', kind: 'list', titles: [T.excelBasis, T.ersteHilfe] },
  { q: 'Anything free next week?', locale: 'en', kind: 'none' },
  { q: 'morgen was, aber nicht vor 10 uhr?', kind: 'none' },
  { q: 'datenschutz, nichts was geld kostet', kind: 'list', titles: [T.datenschutz] },
  { q: 'Seminare im Dezember, die nicht online sind', kind: 'list', ...maybeAlso(only(T.brandschutz), T.english) },
  {
    miss: '"ohne Vorkenntnisse" finds only the courses for beginners by name, not those whose text says no prior knowledge is needed',
    q: 'was kann ich ohne vorkenntnisse besuchen?',
    kind: 'list',
    includes: [T.excelBasis, T.platt, T.ki],
    excludes: [T.excelPivot, T.vergabe, T.word],
  },
  // --- ordinary subject, date and place questions ----------------------------------------------------------------------
  { q: 'was ist diese woche noch', kind: 'list', titles: [T.phishing, T.excelBasis] },
  { q: 'seminare im januar', kind: 'list', titles: [T.sprache, T.onboarding] },
  { q: 'was gibt es für führungskräfte', kind: 'list', ...only(T.sandwich, T.neueFk, T.mag) },
  { q: 'welche seminare sind kürzer als 2 stunden', kind: 'list', ...only(T.phishing, T.ergonomie, T.ki) },
  { q: 'phishing mails erkennen', kind: 'list', titles: [T.phishing] },
  { q: 'umgang mit aggresiven kunden', kind: 'list', titles: [T.deeskalation] },
  { q: 'briefe ohne amtsdeutsch schreiben', kind: 'list', titles: [T.sprache] },
  { q: 'ist am 31.10. irgendwas?', kind: 'none' },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'findet der outlook kurs statt?', kind: 'gone', gone: T.outlook },
  { q: 'motorsägenlehrgang', kind: 'gone', gone: T.motorsaege },
  { q: 'wann war die wohngeld fortbildung', kind: 'gone', gone: T.wohngeld, says: ['Di., 12.09.2028'] },
  { q: 'instagram für die stadt', kind: 'none' },
  {
    q: 'bebauungsplan verfahren',
    kind: 'none',
  },
  { q: 'Moin!', kind: 'help' },
  { q: 'wo bin ich angemeldet?', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-twenty-sixth, independent catalogue (Hansestadt Lübeck, VAB, Unfallkasse Nord, Dataport, VHS Lübeck)',
  {
    fixture: 'heldout326-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
