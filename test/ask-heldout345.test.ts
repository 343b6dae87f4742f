// Over-fitting check, three-hundred-and-forty-fifth catalogue: the autumn 2029 programme of the Landeshauptstadt Potsdam
// (Fachbereich Personal und Organisation, Bereich Digitalisierung, the Datenschutzbeauftragte) together with the
// Brandenburgische Kommunalakademie (BKA), the Volkshochschule Potsdam, the Unfallkasse Brandenburg and the ZIT-BB, for
// Potsdam and five neighbouring municipalities (Werder (Havel), Michendorf, Schwielowsee, Teltow, Beelitz), imported
// from a JSON file. Seminars take place in the Stadthaus Potsdam (Friedrich-Ebert-Straße 79/81: Plenarsaal, Raum 3.025,
// Raum 2.101), at the BKA (Stephensonstraße 4), in the Bildungsforum (Am Kanal 47), at the Johanniter training centre
// (Zeppelinstraße 136), in the Bürgerhaus am Schlaatz, at the Feuerwache (Holzmarktstraße 6), at the Betriebshof
// Grünflächen (Pirschheide), in the Rathaus Werder (Havel), in Königs Wusterhausen (Landesakademie für öffentliche
// Verwaltung), online or hybrid. Several titles do not name their subject ("Sprint statt Stillstand" is Scrum/Kanban,
// "Wer darf was wissen?" data protection in the Bürgerservice, "Den Hut aufhaben" new managers, "Bewegte Pause" back
// exercises, "Fit für die Kommunalverwaltung" the basic course for career changers, "Ruhe bewahren am Tresen"
// de-escalation, "Der digitale Kollege" generative AI / ChatGPT, "Schwarz auf weiß" minutes of the Gemeindevertretung,
// "Zahlen lesen, Zukunft planen" the Doppik budget for Stadtverordnete, "Ein Blick in die Krone" tree inspection,
// "Feuer und Flamme" fire wardens, "Briefe, die ankommen" plain language, "Zwischen den Zeilen" job references,
// "Dokumente für alle" accessible PDFs, "Willkommen in der Landeshauptstadt" induction day). One seminar is held in
// English; the leadership course runs on two Mondays across the end of summer time; the basic course lasts three days
// in Königs Wusterhausen. Nobody is registered for anything, so every seminar still has all its seats free. The
// questions are mostly fact questions about one named seminar and follow-ups in conversations of 3–5 turns that switch
// to another seminar, plus some searches, gone seminars, no match and greetings; about a quarter are in English. Written
// without looking at how the bot reads questions.
//
// Calendar around `now` (Tuesday 16 October 2029, 09:30 in Potsdam, summer time; summer time ends Sun 28.10.2029;
// Reformationstag Wed 31.10.2029 is a public holiday in Brandenburg):
//   this week:  Tue 16.10. (today) nothing; Wed 17.10. (tomorrow) 10:00–11:30 data protection (online);
//               Fri 19.10. 08:00–15:30 first aid (Johanniter, Zeppelinstraße)
//   next week:  Mon 22.10. (CEST) 09:00–16:30 first day of the leadership course (Stadthaus; deadline passed Fri 12.10.
//               23:59); Tue 23.10. 13:00–16:30 Excel (Bildungsforum); Wed 24.10. 10:00–11:30 XRechnung (online);
//               Thu 25.10. 09:00–16:00 Scrum (BKA; deadline Thu 18.10. 23:59)
//   then:       Wed 31.10. nothing (Reformationstag); Mon 05.11. (CET) 09:00–16:30 second day of the leadership course;
//               Tue 06.11. 09:00–16:00 procurement (BKA; deadline = start); Wed 07.11. 09:00–12:30 English (Bildungsforum;
//               deadline Mon 29.10. 12:00); Thu 08.11. 17:00–18:30 back exercises (Bildungsforum, evening); the
//               cancelled Outlook course (Fri 09.11.); Mon 12.11.–Wed 14.11. 08:30–15:30 basic course (Königs
//               Wusterhausen; deadline Fri 26.10. 23:59); the cancelled Wohngeld course (Tue 13.11.); Thu 15.11.
//               09:00–16:00 de-escalation (Bürgerhaus am Schlaatz); Tue 20.11. 14:00–16:00 AI (hybrid, Stadthaus);
//               Wed 21.11. 09:00–13:00 minutes (Rathaus Werder); Tue 27.11. 18:00–20:30 Doppik budget (Stadthaus,
//               evening); Wed 28.11. 08:00–15:00 tree inspection (Betriebshof Grünflächen); Thu 29.11. 08:30–12:30 fire
//               wardens (Feuerwache, no waitlist)
//   December:   Mon 03.12. plain language (online), Tue 04.12. job references (BKA), Thu 06.12. accessible PDFs (online)
//   2030:       Thu 10.01. induction day (Stadthaus), the draft intranet course (Wed 23.01.), the draft cemetery-fee
//               course (Wed 13.02.)
//   past:       Wed 04.07.2029 heat and UV protection (Betriebshof), Tue 28.08.2029 training for election officers.
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2029-10-16T07:30:00Z'); // Tuesday, 16 October 2029, 09:30 in Potsdam (CEST)
const TZ = 'Europe/Berlin';

const T = {
  datenschutz: 'Wer darf was wissen?', // Wed 17.10. 10:00–11:30, online, Herr Jan-Philipp Reuter, DSGVO in the Bürgerservice, free, 40 seats
  ersteHilfe: 'Erste Hilfe im Betrieb: Grundausbildung für Ersthelfende', // Fri 19.10. 08:00–15:30, Johanniter (Zeppelinstraße 136), Herr Marco Schulze, Unfallkasse, free, 20 seats
  fuehrung: 'Den Hut aufhaben', // Mon 22.10. (CEST) + Mon 05.11. (CET) 09:00–16:30, Stadthaus Raum 3.025, Frau Dr. Miriam Hoffmann, new managers, free, deadline passed Fri 12.10. 23:59
  excel: 'Excel für Fortgeschrittene: Pivot-Tabellen, Power Query und Diagramme', // Tue 23.10. 13:00–16:30, Bildungsforum, VHS, Herr Tobias Kranz, 110 €, 12 seats
  erechnung: 'XRechnung in der Praxis: E-Rechnungen empfangen und prüfen', // Wed 24.10. 10:00–11:30, online, ZIT-BB, Herr Paul Wegener, free
  scrum: 'Sprint statt Stillstand', // Thu 25.10. 09:00–16:00, BKA (Stephensonstraße 4), Frau Katrin Lindner, Scrum/Kanban, 290 €, 14 seats, deadline Thu 18.10. 23:59
  vergabe: 'Vergaberecht für Kommunen: BbgVergG, UVgO und VOB/A', // Tue 06.11. 09:00–16:00, BKA, Herr Dr. Henning Brandt, 320 €, no deadline given (= start)
  english: 'Serving International Residents: English at the Bürgerservice', // Wed 07.11. 09:00–12:30, Bildungsforum, VHS, Frau Fiona McAllister, 80 €, deadline Mon 29.10. 12:00, in English
  ruecken: 'Bewegte Pause', // Thu 08.11. 17:00–18:30, Bildungsforum, VHS, Frau Nadine Krüger, back exercises, 20 €, 15 seats
  grundkurs: 'Fit für die Kommunalverwaltung', // Mon 12.11.–Wed 14.11. 08:30–15:30, Königs Wusterhausen, BKA, Frau Dr. Sabine Wendt, career changers, 590 €, deadline Fri 26.10. 23:59
  deeskalation: 'Ruhe bewahren am Tresen', // Thu 15.11. 09:00–16:00, Bürgerhaus am Schlaatz, Unfallkasse, Frau Ines Becker und Herr Ralf Nowak (Polizei), free, 16 seats
  ki: 'Der digitale Kollege', // Tue 20.11. 14:00–16:00, hybrid (Stadthaus Raum 2.101), Frau Lea Marquardt, generative AI / ChatGPT, free
  protokoll: 'Schwarz auf weiß', // Wed 21.11. 09:00–13:00, Rathaus Werder (Havel), BKA, Frau Ulrike Sommer, minutes, 150 €
  haushalt: 'Zahlen lesen, Zukunft planen', // Tue 27.11. 18:00–20:30, Stadthaus Plenarsaal, BKA, Herr Dr. Henning Brandt, Doppik for Stadtverordnete, free
  baum: 'Ein Blick in die Krone', // Wed 28.11. 08:00–15:00, Betriebshof Grünflächen (Pirschheide 1), BKA, Herr Matthias Eckert, tree inspection, 210 €
  brandschutz: 'Feuer und Flamme', // Thu 29.11. 08:30–12:30, Feuerwache (Holzmarktstraße 6), Herr Stefan Görlitz (Feuerwehr), fire wardens, free, 16 seats, no waitlist
  sprache: 'Briefe, die ankommen', // Mon 03.12. 09:00–12:00, online, BKA, Frau Ulrike Sommer, plain language, 95 €
  zeugnis: 'Zwischen den Zeilen', // Tue 04.12. 09:00–15:00, BKA, Frau Dr. Sabine Wendt, job references, 185 €
  barrierefrei: 'Dokumente für alle', // Thu 06.12. 09:00–12:00, online, ZIT-BB, Herr Paul Wegener, accessible PDFs, free
  onboarding: 'Willkommen in der Landeshauptstadt', // Thu 10.01.2030 09:00–14:00, Stadthaus Plenarsaal, Frau Carola Heinrich, induction day, free
  intranet: 'Das neue Mitarbeiterportal: Arbeiten im Social Intranet', // draft (Wed 23.01.2030)
  friedhof: 'Friedhofsgebühren kalkulieren: Satzung und Kalkulation nach dem KAG', // draft (Wed 13.02.2030)
  outlook: 'Outlook im Griff: E-Mails, Kalender und Aufgaben', // cancelled (Fri 09.11.2029), Herr Tobias Kranz
  wohngeld: 'Wohngeldrecht aktuell: Neuerungen und Rechtsprechung', // cancelled (Tue 13.11.2029), Frau Katrin Lindner
  hitze: 'Hitze und UV-Strahlung: Schutz bei der Arbeit im Freien', // past (Wed 04.07.2029)
  wahl: 'Schulung für Wahlvorstände zur Landtagswahl 2029', // past (Tue 28.08.2029)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.intranet, T.friedhof, T.outlook, T.wohngeld, T.hitze, T.wahl];
const only = onlyAmong(all, NEVER);

const BKA = 'Brandenburgische Kommunalakademie, Stephensonstraße 4, 14482 Potsdam';
const BF = 'Bildungsforum Potsdam, Am Kanal 47, 14467 Potsdam';

const CASES: Case[] = [
  // --- the Scrum course, every fact in turn -------------------------------------------------------------------------
  { conv: 'scrum', q: 'Was kostet der Scrum-Kurs?', kind: 'facts', titles: [T.scrum], says: ['kostet 290 €'] },
  {
    conv: 'scrum',
    q: 'Wann ist das?',
    kind: 'facts',
    titles: [T.scrum],
    says: ['am Do., 25.10.2029 von 09:00 bis 16:00 Uhr'],
  },
  { conv: 'scrum', q: 'Und wo findet der statt?', kind: 'facts', titles: [T.scrum], says: [BKA] },
  {
    conv: 'scrum',
    q: 'Wer ist die Referentin?',
    kind: 'facts',
    titles: [T.scrum],
    says: ['leitet Frau Katrin Lindner'],
  },
  {
    conv: 'scrum',
    q: 'Bis wann kann ich mich anmelden?',
    kind: 'facts',
    titles: [T.scrum],
    says: ['bis Do., 18.10.2029, 23:59 Uhr anmelden'],
  },
  // --- Excel, then a switch to the XRechnung course ----------------------------------------------------------------
  {
    conv: 'excel',
    q: 'wie lange dauert der excel kurs',
    kind: 'facts',
    titles: [T.excel],
    says: ['dauert', 'von 13:00 bis 16:30 Uhr'],
  },
  {
    conv: 'excel',
    q: 'sind noch plätze frei?',
    kind: 'facts',
    titles: [T.excel],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  {
    conv: 'excel',
    q: 'und die xrechnung-schulung, ist die online?',
    kind: 'facts',
    titles: [T.erechnung],
    says: ['findet online statt'],
  },
  {
    conv: 'excel',
    q: 'um wie viel uhr fängt die an',
    kind: 'facts',
    titles: [T.erechnung],
    says: ['beginnt am Mi., 24.10.2029 um 10:00 Uhr'],
  },
  // --- the three-day basic course in Königs Wusterhausen ------------------------------------------------------------
  {
    conv: 'grundkurs',
    q: 'gibt es einen grundlehrgang für quereinsteiger ohne verwaltungsausbildung?',
    kind: 'list',
    titles: [T.grundkurs],
  },
  {
    conv: 'grundkurs',
    q: 'Wie lange dauert das?',
    kind: 'facts',
    titles: [T.grundkurs],
    says: ['dauert 3 Tage, jeweils von 08:30 bis 15:30 Uhr'],
  },
  {
    conv: 'grundkurs',
    q: 'wo findet der statt?',
    kind: 'facts',
    titles: [T.grundkurs],
    says: ['Landesakademie für öffentliche Verwaltung, Schillerstraße 6, 15711 Königs Wusterhausen'],
  },
  {
    conv: 'grundkurs',
    q: 'kann man sich noch anmelden',
    kind: 'facts',
    titles: [T.grundkurs],
    says: ['bis Fr., 26.10.2029, 23:59 Uhr anmelden'],
  },
  { conv: 'grundkurs', q: 'was kostet der', kind: 'facts', titles: [T.grundkurs], says: ['kostet 590 €'] },
  // --- leadership course, then a switch to the Scrum course ----------------------------------------------------------
  {
    miss: '"neue" beside the asker\'s own role is read as the setting, so the course on job references, whose audience is managers, is listed after the one for new managers',
    conv: 'fuehrung',
    q: 'Ich bin seit September Teamleiterin. Gibt es ein Seminar für neue Führungskräfte?',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'fuehrung',
    q: 'wann genau?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Mo., 22.10.2029 und Mo., 05.11.2029', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    conv: 'fuehrung',
    q: 'kann ich mich da noch anmelden?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['am Fr., 12.10.2029, 23:59 Uhr abgelaufen'],
  },
  {
    conv: 'fuehrung',
    q: 'schade. und wer leitet das scrum-seminar?',
    kind: 'facts',
    titles: [T.scrum],
    says: ['leitet Frau Katrin Lindner'],
  },
  // --- back exercises, then a switch to the fire wardens ------------------------------------------------------------
  { conv: 'ruecken', q: 'gibt es was für den rücken', kind: 'list', titles: [T.ruecken] },
  {
    conv: 'ruecken',
    q: 'Um wie viel Uhr fängt das an?',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['beginnt am Do., 08.11.2029 um 17:00 Uhr'],
  },
  { conv: 'ruecken', q: 'was kostet es', kind: 'facts', titles: [T.ruecken], says: ['kostet 20 €'] },
  {
    conv: 'ruecken',
    q: 'und der brandschutzhelfer-kurs, wann ist der?',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['am Do., 29.11.2029 von 08:30 bis 12:30 Uhr'],
  },
  {
    conv: 'ruecken',
    q: 'sind da noch plätze frei',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['noch 16 von 16 Plätzen frei'],
  },
  // --- the budget evening, its trainer and what else he gives --------------------------------------------------------
  { conv: 'haushalt', q: 'Fortbildung zur Doppik für Stadtverordnete', kind: 'list', titles: [T.haushalt] },
  {
    conv: 'haushalt',
    q: 'Wer ist der Referent?',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['leitet Herr Dr. Henning Brandt'],
  },
  { conv: 'haushalt', q: 'was macht der sonst noch?', kind: 'list', ...maybeAlso(only(T.vergabe), T.haushalt) },
  {
    conv: 'haushalt',
    q: 'und wann ist das vergaberecht?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['am Di., 06.11.2029 von 09:00 bis 16:00 Uhr'],
  },
  // --- data protection --------------------------------------------------------------------------------------------------
  {
    conv: 'datenschutz',
    q: 'wann ist die datenschutzschulung',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['am Mi., 17.10.2029 von 10:00 bis 11:30 Uhr'],
  },
  { conv: 'datenschutz', q: 'wo?', kind: 'facts', titles: [T.datenschutz], says: ['findet online statt'] },
  {
    conv: 'datenschutz',
    q: 'wer hält die?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['leitet Herr Jan-Philipp Reuter'],
  },
  // --- English conversations -------------------------------------------------------------------------------------------
  {
    conv: 'english',
    q: 'Is there an English course for Bürgerservice staff?',
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  {
    conv: 'english',
    q: 'How much does it cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['costs', '80'],
  },
  {
    conv: 'english',
    q: 'Who is the trainer?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['is led by Frau Fiona McAllister'],
  },
  {
    conv: 'english',
    q: 'Is it in English?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['is held in English'],
  },
  {
    conv: 'english',
    q: 'whats the registration deadline',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['You can register', '29', '2029', '12:00'],
  },
  { conv: 'en-ki', q: 'Is there any training on ChatGPT?', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    conv: 'en-ki',
    q: 'Is it online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is hybrid', 'Stadthaus Potsdam, Raum 2.101, Friedrich-Ebert-Straße 79/81, 14469 Potsdam'],
  },
  {
    conv: 'en-ki',
    q: 'what time does it start',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['starts on', '14:00'],
  },
  {
    conv: 'en-ki',
    q: 'and the de-escalation training, who runs that one?',
    locale: 'en',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['is led by Frau Ines Becker', 'Herr Ralf Nowak (Polizei Brandenburg)'],
  },
  {
    conv: 'en-firstaid',
    q: 'first aid training - is it free?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['is free of charge'],
  },
  {
    conv: 'en-firstaid',
    q: 'where is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['Ausbildungszentrum der Johanniter, Zeppelinstraße 136, 14471 Potsdam'],
  },
  {
    conv: 'en-firstaid',
    q: 'are there still places available',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['has 20 of 20 seats left'],
  },
  // --- single fact questions -----------------------------------------------------------------------------------------
  {
    q: 'Wer leitet die Schulung zur Baumkontrolle?',
    kind: 'facts',
    titles: [T.baum],
    says: ['leitet Herr Matthias Eckert'],
  },
  { q: 'was kostet das seminar zu arbeitszeugnissen', kind: 'facts', titles: [T.zeugnis], says: ['kostet 185 €'] },
  {
    q: 'wann ist der einführungstag für neue mitarbeiter?',
    kind: 'facts',
    titles: [T.onboarding],
    says: ['am Do., 10.01.2030 von 09:00 bis 14:00 Uhr'],
  },
  {
    q: 'ist der kurs zu barrierefreien pdfs kostenlos',
    kind: 'facts',
    titles: [T.barrierefrei],
    says: ['ist kostenlos'],
  },
  {
    q: 'einfache sprache – ist das online oder vor ort?',
    kind: 'facts',
    titles: [T.sprache],
    says: ['findet online statt'],
  },
  {
    q: 'Sind bei der Deeskalationsschulung noch Plätze frei?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['noch 16 von 16 Plätzen frei'],
  },
  {
    q: 'bis wann muss ich mich fürs vergaberecht anmelden',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Di., 06.11.2029, 09:00 Uhr anmelden'],
  },
  {
    q: 'wie lange geht die brandschutzhelferausbildung?',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['dauert 4 Stunden', 'von 08:30 bis 12:30 Uhr'],
  },
  {
    q: 'wo findet die niederschriften-schulung für die gemeindevertretung statt',
    kind: 'facts',
    titles: [T.protokoll],
    says: ['Rathaus Werder (Havel), Eisenbahnstraße 13/14, 14542 Werder (Havel)'],
  },
  {
    q: 'Ist „Ein Blick in die Krone“ online?',
    kind: 'facts',
    titles: [T.baum],
    says: ['findet in Präsenz statt', 'Betriebshof Grünflächen, Pirschheide 1, 14471 Potsdam'],
  },
  { q: 'How much is the Scrum course?', locale: 'en', kind: 'facts', titles: [T.scrum], says: ['costs', '290'] },
  { q: 'where is the excel course?', locale: 'en', kind: 'facts', titles: [T.excel], says: [BF] },
  {
    q: 'Is the Vergaberecht seminar in English?',
    locale: 'en',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['is held in German'],
  },
  // --- searches ----------------------------------------------------------------------------------------------------------
  { q: 'umgang mit aggressiven kunden am schalter', kind: 'list', titles: [T.deeskalation] },
  { q: 'kurse bei frau dr. wendt', kind: 'list', ...only(T.grundkurs, T.zeugnis) },
  { q: 'Seminare im Dezember', kind: 'list', titles: [T.sprache, T.zeugnis, T.barrierefrei] },
  {
    q: 'welche seminare sind online',
    kind: 'list',
    ...maybeAlso(only(T.datenschutz, T.erechnung, T.sprache, T.barrierefrei), T.ki),
  },
  {
    q: "what's on next week?",
    locale: 'en',
    kind: 'list',
    ...maybeAlso(only(T.excel, T.erechnung, T.scrum), T.fuehrung),
  },
  { q: 'was ist am 31.10.?', kind: 'none' },
  // --- gone, drafts, no match, greetings, own registrations, no context -------------------------------------------------
  { q: 'findet der outlook kurs noch statt?', kind: 'gone', gone: T.outlook },
  { q: 'Wann ist die Wohngeld-Fortbildung?', kind: 'gone', gone: T.wohngeld },
  { q: 'hitzeschutz schulung', kind: 'gone', gone: T.hitze, says: ['Mi., 04.07.2029'] },
  { q: 'when was the Wahlvorstand training?', locale: 'en', kind: 'gone', gone: T.wahl },
  { q: 'schulung zum neuen mitarbeiterportal', kind: 'none' },
  { q: 'any courses on forklift driving?', locale: 'en', kind: 'none' },
  { q: 'Hallo!', kind: 'help' },
  { q: 'hi, what can you do?', locale: 'en', kind: 'help' },
  { q: 'wo bin ich angemeldet?', kind: 'myRegistrations' },
  { conv: 'leer', q: 'und wo findet der statt?', kind: 'noContext' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-forty-fifth, independent catalogue (Landeshauptstadt Potsdam, Brandenburgische Kommunalakademie, VHS Potsdam, Unfallkasse Brandenburg, ZIT-BB)',
  {
    fixture: 'heldout345-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
