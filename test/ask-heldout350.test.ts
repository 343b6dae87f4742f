// Over-fitting check, three-hundred-and-fiftieth catalogue: the spring 2029 programme for the Stadt Leipzig (Sachsen)
// and the neighbouring towns Markkleeberg, Taucha and Schkeuditz, with the Sächsische Verwaltungs- und
// Wirtschaftsakademie (SVWA), Lecos GmbH (the city's IT service provider), the Unfallkasse Sachsen, the Volkshochschule
// Leipzig, the city's Personalamt, its Datenschutzbeauftragte and its Büro für Ratsangelegenheiten, imported from a JSON
// file. Seminars take place in the Neues Rathaus (Martin-Luther-Ring 4–6; the budget evening in its Festsaal), the
// Technisches Rathaus (Prager Straße 118–136), the Stadthaus (Burgplatz 1), Lecos' Schulungszentrum (Prager Straße 8),
// the VHS (Löhrstraße 3–7), the SVWA's Studienzentrum Leipzig (Dittrichring 18–20), the SVWA in Dresden (Wiener Platz
// 6), the Feuerwache Leipzig-Mitte (Goerdelerring 7), the Rathaus Engelsdorf, online or hybrid. Several titles do not
// name their subject ("Papierlos im Amt" is the e-file, "Vorsicht, Köder!" phishing, "Zahlen, die entscheiden" the
// budget for council members, "Klar und verständlich" plain language in Bescheide, "Wer darf was wissen?" data
// protection, "Wenn der Ton rauer wird" de-escalation, "Bewegte Pause" back exercises, "Die ersten 100 Tage" new
// managers, "Was beschlossen wurde" minutes of the Ortschaftsräte, "Kollege Algorithmus" AI, "Kraft tanken im
// Büroalltag" stress, "Wenn keiner zahlt" dunning and enforcement, "Antrag per Klick" OZG / Amt24 online services), so
// only summary, description or topics reveal it; one seminar is held in English (no waitlist); the induction day and the
// minutes course are open only to the Stadt Leipzig. The questions are mostly short follow-up conversations (a search,
// then when / where / cost / trainer / length / seats / deadline of the seminar shown, picks from a list such as "der
// zweite", narrowing a list, switching subject), plus single fact questions, searches, gone seminars, no match and
// greetings, some in English, written without looking at the parser.
//
// Calendar around `now` (Wednesday 14 March 2029, 09:30 in Leipzig, winter time; summer time starts Sun 25.03.2029;
// Karfreitag Fri 30.03., Easter Sunday 01.04., Ostermontag Mon 02.04., Tag der Arbeit Tue 01.05.2029):
//   this week:  nothing today; Thu 15.03. (tomorrow) 09:00–12:00 e-file (hybrid, Lecos); Fri 16.03. 10:00–11:30 phishing
//               (online)
//   next week:  Mon 19.03. 17:30–20:00 budget for council members (Neues Rathaus, Festsaal, evening); Wed 21.03.
//               09:00–12:00 accessible Word/PDF (online, 60 €); Thu 22.03. 09:00–15:30 plain language (Neues Rathaus) and
//               the cancelled Outlook course; Fri 23.03. 08:00–15:30 first aid (Technisches Rathaus)
//   after:      Mon 26.03.–Tue 27.03. (CEST) 08:30–15:00 Excel (Lecos, 180 €, deadline Mon 19.03. 23:59); Thu 29.03.
//               09:00–11:00 data protection (online); nothing on Karfreitag Fri 30.03.
//   April:      Wed 04.04. induction day (Neues Rathaus); Tue 10.04. de-escalation (Stadthaus); Thu 12.04. 17:00–18:00 back
//               exercises (Stadthaus); Mon 16.04.–Wed 18.04. 09:00–16:00 administrative law for career changers (SVWA
//               Leipzig, 495 €, deadline Fri 30.03. 23:59) and the cancelled sign-language course (Mon 16.04.); Tue 17.04.
//               English (VHS, 90 €, deadline Tue 03.04. 12:00); Thu 19.04. + Thu 03.05. 09:00–16:30 new managers (Neues
//               Rathaus, 450 €, deadline passed Fri 09.03. 23:59); Tue 24.04. 14:00–17:00 minutes (Rathaus Engelsdorf);
//               Wed 25.04. 13:00–15:00 AI (online); Thu 26.04. 09:00–16:00 procurement (Dresden, 320 €)
//   May:        Mon 07.05. time management (online, 140 €); Tue 08.05. stress (online); Wed 09.05. fire wardens (Feuerwache);
//               Tue 15.05. dunning and enforcement (SVWA Leipzig, 240 €); Wed 16.05. OZG (hybrid, Technisches Rathaus)
//   June:       the draft intranet course (Wed 06.06.), the draft civil-service-law course (Tue 12.06.)
//   past:       Tue 16.01.2029 winter road service (Technisches Rathaus), Wed 14.02.2029 annual accounts (SVWA Leipzig).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2029-03-14T08:30:00Z'); // Wednesday, 14 March 2029, 09:30 in Leipzig (CET)
const TZ = 'Europe/Berlin';

const T = {
  eakte: 'Papierlos im Amt', // Thu 15.03. 09:00–12:00, hybrid (Lecos Schulungszentrum, Prager Straße 8), Lecos, Herr Martin Kühnel, e-file, free, 40 seats
  phishing: 'Vorsicht, Köder!', // Fri 16.03. 10:00–11:30, online, Lecos, Frau Susanne Pohl, phishing, free, 200 seats
  haushalt: 'Zahlen, die entscheiden', // Mon 19.03. 17:30–20:00, Neues Rathaus (Festsaal), SVWA, Herr Dr. Andreas Vogel, budget for council members, free
  word: 'Barrierefreie Dokumente mit Word und PDF', // Wed 21.03. 09:00–12:00, online, Lecos, Frau Katrin Seidel, 60 €, 15 seats
  bescheid: 'Klar und verständlich', // Thu 22.03. 09:00–15:30, Neues Rathaus, Personalamt, Herr Dr. Thomas Weigel, plain language, free
  ersteHilfe: 'Erste-Hilfe-Fortbildung für betriebliche Ersthelfer', // Fri 23.03. 08:00–15:30, Technisches Rathaus, Unfallkasse Sachsen, Herr Ronny Lehmann (Johanniter), free
  excel: 'Excel für Fortgeschrittene: SVERWEIS, Pivot-Tabellen und Power Query', // Mon 26.03.–Tue 27.03. 08:30–15:00, Lecos, Frau Katrin Seidel, 180 €, 10 seats, deadline Mon 19.03. 23:59
  datenschutz: 'Wer darf was wissen?', // Thu 29.03. 09:00–11:00, online, Datenschutzbeauftragte, Frau Dr. Anne Schubert, data protection, free
  onboarding: 'Willkommen bei der Stadt Leipzig', // Wed 04.04. 09:00–15:00, Neues Rathaus, Personalamt, Frau Julia Krause, induction day, free, Leipzig only
  konflikt: 'Wenn der Ton rauer wird', // Tue 10.04. 09:00–16:00, Stadthaus, Unfallkasse Sachsen, Frau Manuela Franke, de-escalation, free, 14 seats
  ruecken: 'Bewegte Pause', // Thu 12.04. 17:00–18:00, Stadthaus, Personalamt (BGM), Herr Paul Neumann, back exercises, free
  verwaltungsrecht: 'Allgemeines Verwaltungsrecht für Quereinsteiger', // Mon 16.04.–Wed 18.04. 09:00–16:00, SVWA Studienzentrum Leipzig, Frau Dr. Cornelia Richter, 495 €, 22 seats, deadline Fri 30.03. 23:59
  english: 'English for the Welcome Desk: Talking to International Residents', // Tue 17.04. 09:00–12:30, VHS Leipzig, Rebecca Hall, 90 €, 12 seats, no waitlist, deadline Tue 03.04. 12:00
  fuehrung: 'Die ersten 100 Tage', // Thu 19.04. + Thu 03.05. 09:00–16:30, Neues Rathaus, SVWA, Frau Dr. Heike Sommer, new managers, 450 €, deadline passed Fri 09.03. 23:59
  protokoll: 'Was beschlossen wurde', // Tue 24.04. 14:00–17:00, Rathaus Engelsdorf, Büro für Ratsangelegenheiten, Frau Petra Wolf, minutes, free, Leipzig only
  ki: 'Kollege Algorithmus', // Wed 25.04. 13:00–15:00, online, Lecos, Herr Florian Brandt, AI, free
  vergabe: 'Vergaberecht in Sachsen: SächsVergabeG, UVgO und VOB/A', // Thu 26.04. 09:00–16:00, SVWA Dresden (Wiener Platz 6), Herr Dr. Jens Hoffmann, 320 €
  zeit: 'Selbstorganisation und Zeitmanagement', // Mon 07.05. 09:00–12:30, online, SVWA, Frau Claudia Berger, 140 €
  stress: 'Kraft tanken im Büroalltag', // Tue 08.05. 09:00–11:30, online, Unfallkasse Sachsen, Frau Manuela Franke, stress / resilience, free
  brandschutz: 'Brandschutzhelfer-Ausbildung', // Wed 09.05. 08:30–12:30, Feuerwache Leipzig-Mitte (Goerdelerring 7), Personalamt, Herr Sebastian Schulze (Branddirektion), free
  mahnung: 'Wenn keiner zahlt', // Tue 15.05. 09:00–16:00, SVWA Studienzentrum Leipzig, Herr Dr. Jens Hoffmann, dunning / enforcement, 240 €
  ozg: 'Antrag per Klick', // Wed 16.05. 09:00–12:00, hybrid (Technisches Rathaus), Lecos, Herr Martin Kühnel, OZG / Amt24, free
  intranet: 'Social Intranet: Beiträge im Mitarbeiterportal verfassen', // draft (Wed 06.06.2029)
  beamtenrecht: 'Grundlagen des Sächsischen Beamtenrechts', // draft (Tue 12.06.2029)
  outlook: 'Outlook effizient nutzen: E-Mails, Kalender und Aufgaben', // cancelled (Thu 22.03.2029), Frau Katrin Seidel
  gebaerden: 'Gebärdensprache für den Bürgerservice – Grundkurs', // cancelled (Mon 16.04.2029), Stadthaus
  winterdienst: 'Winterdienst: Räum- und Streupflicht und Haftung', // past (Tue 16.01.2029)
  jahresabschluss: 'Jahresabschluss nach SächsKomHVO', // past (Wed 14.02.2029), Herr Dr. Andreas Vogel
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.intranet, T.beamtenrecht, T.outlook, T.gebaerden, T.winterdienst, T.jahresabschluss];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- a week's list, then a pick from it and facts about the pick -----------------------------------------------------
  {
    conv: 'woche',
    q: 'was läuft nächste woche?',
    kind: 'list',
    titles: [T.haushalt, T.word, T.bescheid, T.ersteHilfe],
  },
  { conv: 'woche', q: 'was kostet der zweite?', kind: 'facts', titles: [T.word], says: ['kostet 60 €'] },
  { conv: 'woche', q: 'und wer macht den?', kind: 'facts', titles: [T.word], says: ['leitet Frau Katrin Seidel'] },
  { conv: 'woche', q: 'welche kurse gibt sie noch?', kind: 'list', ...maybeAlso(only(T.excel), T.word) },
  {
    conv: 'woche',
    q: 'wie lange geht der excel kurs',
    kind: 'facts',
    titles: [T.excel],
    says: ['dauert 2 Tage, jeweils von 08:30 bis 15:00 Uhr'],
  },
  // --- a provider, narrowed to online, then to April ---------------------------------------------------------------------
  {
    conv: 'lecos',
    q: 'was bietet lecos an?',
    kind: 'list',
    ...only(T.eakte, T.phishing, T.word, T.excel, T.ki, T.ozg),
  },
  { conv: 'lecos', q: 'nur die online', kind: 'list', ...maybeAlso(only(T.phishing, T.word, T.ki), T.eakte, T.ozg) },
  { conv: 'lecos', q: 'und im April?', kind: 'list', titles: [T.ki] },
  {
    conv: 'lecos',
    q: 'wann genau?',
    kind: 'facts',
    titles: [T.ki],
    says: ['am Mi., 25.04.2029 von 13:00 bis 15:00 Uhr'],
  },
  // --- English: a month's online courses, the first one ----------------------------------------------------------------
  { conv: 'may', q: 'any online courses in May?', locale: 'en', kind: 'list', titles: [T.zeit, T.stress] },
  {
    conv: 'may',
    q: 'the first one - who runs it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.zeit],
    says: ['is led by Frau Claudia Berger'],
  },
  {
    conv: 'may',
    q: 'how much is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.zeit],
    says: [/costs (€\s?140|140\s?€)/],
  },
  // --- a period's list, picks by position ----------------------------------------------------------------------------------
  {
    conv: 'ende-april',
    q: 'was gibt es zwischen dem 20. und 30. april',
    kind: 'list',
    titles: [T.protokoll, T.ki, T.vergabe],
  },
  {
    conv: 'ende-april',
    q: 'wo ist der dritte?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['Wiener Platz 6, 01069 Dresden'],
  },
  {
    conv: 'ende-april',
    q: 'und der erste?',
    kind: 'facts',
    titles: [T.protokoll],
    says: ['Rathaus Engelsdorf, Hans-Weigel-Straße 2, 04319 Leipzig'],
  },
  // --- a search, then length, deadline, seats, place -------------------------------------------------------------------
  {
    conv: 'quereinstieg',
    q: 'gibt es einen grundkurs verwaltungsrecht für quereinsteiger?',
    kind: 'list',
    titles: [T.verwaltungsrecht],
  },
  {
    conv: 'quereinstieg',
    q: 'wie lange geht das?',
    kind: 'facts',
    titles: [T.verwaltungsrecht],
    says: ['dauert 3 Tage, jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'quereinstieg',
    q: 'bis wann muss ich mich anmelden',
    kind: 'facts',
    titles: [T.verwaltungsrecht],
    says: ['bis Fr., 30.03.2029, 23:59 Uhr anmelden'],
  },
  {
    conv: 'quereinstieg',
    q: 'noch plätze frei?',
    kind: 'facts',
    titles: [T.verwaltungsrecht],
    says: ['noch 22 von 22 Plätzen frei'],
  },
  {
    conv: 'quereinstieg',
    q: 'wo ist das?',
    kind: 'facts',
    titles: [T.verwaltungsrecht],
    says: ['Studienzentrum Leipzig, Dittrichring 18–20, 04109 Leipzig'],
  },
  // --- new managers: deadline passed, the two days -----------------------------------------------------------------------
  {
    conv: 'fuehrung',
    q: 'ich werde ab april sachgebietsleiterin, gibt es was für neue führungskräfte?',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'fuehrung',
    q: 'kann ich mich da noch anmelden?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['am Fr., 09.03.2029, 23:59 Uhr abgelaufen'],
  },
  {
    conv: 'fuehrung',
    q: 'an welchen tagen ist das?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 19.04.2029 und Do., 03.05.2029', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  // --- English course ----------------------------------------------------------------------------------------------------
  { conv: 'english', q: 'Is there anything in English?', locale: 'en', kind: 'list', titles: [T.english] },
  {
    conv: 'english',
    q: 'where is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['Volkshochschule Leipzig, Löhrstraße 3–7, 04105 Leipzig'],
  },
  {
    conv: 'english',
    q: 'are there still seats available?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['has 12 of 12 seats left'],
  },
  // --- AI: online? cost? ---------------------------------------------------------------------------------------------------
  { conv: 'ki', q: 'gibts was zu künstlicher intelligenz oder chatgpt?', kind: 'list', titles: [T.ki] },
  { conv: 'ki', q: 'ist das online?', kind: 'facts', titles: [T.ki], says: ['findet online statt'] },
  { conv: 'ki', q: 'was kostet das', kind: 'facts', titles: [T.ki], says: ['ist kostenlos'] },
  // --- switching subject ---------------------------------------------------------------------------------------------------
  { conv: 'wechsel', q: 'datenschutz schulung', kind: 'list', titles: [T.datenschutz] },
  {
    conv: 'wechsel',
    q: 'wer hält die?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['leitet Frau Dr. Anne Schubert'],
  },
  { conv: 'wechsel', q: 'und was gibt es zum thema phishing?', kind: 'list', titles: [T.phishing] },
  {
    conv: 'wechsel',
    q: 'wann ist das?',
    kind: 'facts',
    titles: [T.phishing],
    says: ['am Fr., 16.03.2029 von 10:00 bis 11:30 Uhr'],
  },
  // --- a place, its trainer, what else he gives ----------------------------------------------------------------------------
  { conv: 'dresden', q: 'gibt es auch seminare in dresden?', kind: 'list', titles: [T.vergabe] },
  {
    conv: 'dresden',
    q: 'wer ist da referent?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['leitet Herr Dr. Jens Hoffmann'],
  },
  { conv: 'dresden', q: 'was macht der sonst noch?', kind: 'list', ...maybeAlso(only(T.mahnung), T.vergabe) },
  {
    conv: 'dresden',
    q: 'wann ist das seminar zum mahnverfahren?',
    kind: 'facts',
    titles: [T.mahnung],
    says: ['am Di., 15.05.2029 von 09:00 bis 16:00 Uhr'],
  },
  { conv: 'stadthaus', q: 'was findet im stadthaus statt?', kind: 'list', ...only(T.konflikt, T.ruecken) },
  {
    conv: 'stadthaus',
    q: 'wann ist der rückenkurs',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['am Do., 12.04.2029 von 17:00 bis 18:00 Uhr'],
  },
  // --- first aid: where, who ---------------------------------------------------------------------------------------------
  { conv: 'erstehilfe', q: 'erste hilfe auffrischung', kind: 'list', titles: [T.ersteHilfe] },
  {
    conv: 'erstehilfe',
    q: 'wo?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['Technisches Rathaus, Prager Straße 118–136, 04317 Leipzig'],
  },
  {
    conv: 'erstehilfe',
    q: 'wer macht das?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['leitet Herr Ronny Lehmann (Johanniter-Unfall-Hilfe, Regionalverband Leipzig)'],
  },
  // --- a follow-up with nothing talked about -------------------------------------------------------------------------------
  { conv: 'leer', q: 'was kostet das?', kind: 'noContext' },
  // --- single fact questions -----------------------------------------------------------------------------------------------
  {
    q: 'wo findet die brandschutzhelfer ausbildung statt',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['Feuerwache Leipzig-Mitte, Goerdelerring 7, 04109 Leipzig'],
  },
  {
    q: 'wann ist der einführungstag für neue mitarbeiter?',
    kind: 'facts',
    titles: [T.onboarding],
    says: ['am Mi., 04.04.2029 von 09:00 bis 15:00 Uhr'],
  },
  { q: 'was kostet das vergaberecht seminar', kind: 'facts', titles: [T.vergabe], says: ['kostet 320 €'] },
  {
    q: 'wer leitet die schulung zur niederschrift für ortschaftsräte',
    kind: 'facts',
    titles: [T.protokoll],
    says: ['leitet Frau Petra Wolf'],
  },
  {
    q: 'kann man bei der e-akte schulung auch online teilnehmen?',
    kind: 'facts',
    titles: [T.eakte],
    says: ['findet hybrid statt', 'Lecos GmbH, Schulungszentrum, Prager Straße 8, 04103 Leipzig'],
  },
  {
    q: 'Wie viele Plätze sind beim Deeskalationstraining noch frei?',
    kind: 'facts',
    titles: [T.konflikt],
    says: ['noch 14 von 14 Plätzen frei'],
  },
  {
    q: 'bis wann kann man sich für den excel kurs anmelden',
    kind: 'facts',
    titles: [T.excel],
    says: ['bis Mo., 19.03.2029, 23:59 Uhr anmelden'],
  },
  {
    q: 'um wieviel uhr beginnt der haushaltsabend für stadträte?',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['Mo., 19.03.2029', '17:30'],
  },
  {
    q: 'who teaches the back exercise class?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['is led by Herr Paul Neumann'],
  },
  // --- searches: subjects only summary, description or topics name -----------------------------------------------------
  { q: 'bürgerfreundliche sprache in bescheiden', kind: 'list', titles: [T.bescheid] },
  { q: 'onlinezugangsgesetz amt24', kind: 'list', titles: [T.ozg] },
  { q: 'stressbewältigung', kind: 'list', titles: [T.stress] },
  { q: 'mahnverfahren und vollstreckung', kind: 'list', titles: [T.mahnung] },
  { q: 'barrierefreie pdf erstellen', kind: 'list', titles: [T.word] },
  // --- searches: provider, format, date, cost, length ------------------------------------------------------------------
  { q: 'was bietet die unfallkasse sachsen an?', kind: 'list', ...only(T.ersteHilfe, T.konflikt, T.stress) },
  {
    q: 'kostenlose online-seminare',
    kind: 'list',
    ...maybeAlso(only(T.phishing, T.datenschutz, T.ki, T.stress), T.eakte, T.ozg),
  },
  { q: 'mehrtägige seminare', kind: 'list', ...only(T.excel, T.verwaltungsrecht, T.fuehrung) },
  { q: 'seminare über 300 euro', kind: 'list', ...only(T.verwaltungsrecht, T.fuehrung, T.vergabe) },
  { q: 'was ist morgen?', kind: 'list', titles: [T.eakte] },
  { q: 'gibt es was am karfreitag?', kind: 'none' },
  // --- gone, drafts never shown, no match, greetings, own registrations --------------------------------------------------
  { q: 'findet der outlook kurs noch statt?', kind: 'gone', gone: T.outlook },
  { q: 'gebärdensprache kurs', kind: 'gone', gone: T.gebaerden },
  { q: 'wann war die winterdienst schulung?', kind: 'gone', gone: T.winterdienst, says: ['Di., 16.01.2029'] },
  { q: 'jahresabschluss seminar', kind: 'gone', gone: T.jahresabschluss, says: ['Mi., 14.02.2029'] },
  { q: 'beamtenrecht sachsen', kind: 'none' },
  { q: 'gibt es einen kurs zu photovoltaik auf dächern?', kind: 'none' },
  { q: 'Guten Morgen!', kind: 'help' },
  { q: 'what can you do?', locale: 'en', kind: 'help' },
  { q: 'wo bin ich angemeldet?', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-fiftieth, independent catalogue (Stadt Leipzig, SVWA, Lecos, Unfallkasse Sachsen, VHS Leipzig)',
  {
    fixture: 'heldout350-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
