// Over-fitting check, three-hundred-and-twenty-fifth catalogue: the autumn 2027 programme for the Stadt Chemnitz
// (Saxony), its Ämter and Bürgerservicestellen and its Eigenbetrieb ASR (Abfallentsorgungs- und Stadtreinigungsbetrieb),
// with the Sächsische Verwaltungs- und Wirtschafts-Akademie (VWA), the Unfallkasse Sachsen, the Volkshochschule Chemnitz
// im DAStietz, the Sächsische Anstalt für kommunale Datenverarbeitung (SAKD) and the Personalamt, imported from a JSON
// file. Seminars take place in the Rathaus Chemnitz (Markt 1), the Technisches Rathaus (Friedensplatz 1), the
// Bürgerservicestelle im Moritzhof, the VHS im DAStietz, the ASR's Betriebshof in the Blankenburgstraße, online or hybrid.
// Several titles do not name their subject ("Wenn es am Schalter laut wird" is de-escalation, "Anträge ohne Papier"
// Amt24 / OZG online services, "Zwölf Uhr mittags" a lunch-break session on password managers, "Aufrecht in den
// Feierabend" back exercises after work, "Neue Rolle, neuer Blick" new managers, "Alles fest verzurrt?" load securing,
// "Wer darf was wissen?" data protection for Melderegister information, "Soll und Haben im Rathaus" municipal double-entry
// budgeting (Doppik), "Schreiben lassen?" generative AI, "Schluss mit dem Papierstapel" the e-file, "Mitreden im
// Stadtrat" municipal law for councillors, "Post vom Amt, die man versteht" plain language, "Kraft tanken" resilience,
// "Kanäle, Chats und Dateien" Microsoft Teams at lunchtime, "Wenn der erste Schnee fällt" winter road service for the ASR
// only, "Die Richtigen finden" job interviews, "Lesbar für alle" accessible documents), so only summary, description or
// topics reveal it; one seminar is held in English (evening); the leadership course runs on two Thursdays across the end
// of summer time (Sun 31.10.2027, also Reformationstag); first aid is free, paid by the Unfallkasse Sachsen. Start times
// are spread over the day on purpose — 07:00, 07:30, 08:30, 09:00, 09:15, 09:30, 10:00, 12:00 (lunch break), 13:00,
// 13:30, 14:00, 14:30, 16:30, 17:00, 18:00, 19:00 — and the questions ask about clock times in every form ("um 9", "um
// neun Uhr", "viertel nach neun", "halb zehn", "ab halb zwei", "half past two", "at 9am", "früh morgens", "nach
// Feierabend", "in der Mittagspause"), when a seminar starts and when it ends, mixed with subject and date questions,
// with short follow-up conversations, some in English, written without looking at the parser or the answers.
//
// Calendar around `now` (Tuesday 26 October 2027, 07:45 in Chemnitz, still summer time; summer time ends Sun 31.10.2027,
// which is also Reformationstag, a public holiday in Saxony; Buß- und Bettag, a holiday only in Saxony, is Wed 17.11.2027
// and has no seminar):
//   this week:  Tue 26.10. (today) 09:30–12:00 de-escalation (Moritzhof) and 14:00–15:30 Amt24 (online); Wed 27.10.
//               (tomorrow) 12:00–12:45 passwords (online, lunch break) and 16:30–18:00 back exercises (DAStietz, after
//               work); Thu 28.10. 09:00–15:30 leadership, day 1 (Technisches Rathaus; deadline passed Fri 22.10. 12:00);
//               Fri 29.10. 07:00–11:00 load securing (ASR Betriebshof, early)
//   next week:  Mon 01.11. 09:15–12:15 Excel (DAStietz, 79 €); Tue 02.11. 13:30–16:00 Melderegister (Moritzhof, 95 €);
//               Wed 03.11. 18:00–20:00 English (DAStietz, 65 €); Thu 04.11. 09:00–15:30 leadership, day 2 (winter time);
//               Fri 05.11. 08:30–15:30 first aid (Rathaus Chemnitz)
//   November:   the cancelled chainsaw course (Mon 08.11. 07:00), Tue 09.11. 09:00–16:00 Doppik (Technisches Rathaus),
//               Wed 10.11. 14:30–16:30 AI (hybrid, Rathaus Chemnitz), Thu 11.11. 10:00–11:30 e-file (online), the
//               cancelled Outlook course (Fri 12.11.), Mon 15.11. 19:00–20:30 councillors (Rathaus Chemnitz), nothing on
//               Wed 17.11. (Buß- und Bettag), Thu 18.11. 13:00–16:00 fire wardens (Technisches Rathaus), Tue 23.11.
//               08:30–12:00 plain language (DAStietz; deadline Fri 12.11. 23:59), Thu 25.11. 17:00–19:00 resilience
//               (online), Tue 30.11. and Wed 01.12. 09:00–16:00 procurement (Technisches Rathaus, 380 €)
//   December:   Thu 02.12. 12:00–13:00 Teams (online, lunch break, 25 €), Tue 07.12. 07:30–14:30 winter service (ASR only)
//   January:    Wed 12.01.2028 09:00–15:00 job interviews (Rathaus Chemnitz), Tue 18.01.2028 09:30–11:30 accessible
//               documents (online)
//   later:      the draft e-participation course (Tue 15.02.2028), the draft cemetery fees course (Wed 08.03.2028)
//   past:       Wed 15.09.2027 property tax (Grundsteuer), Thu 07.10.2027 tree protection bylaw (Baumschutzsatzung).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-10-26T05:45:00Z'); // Tuesday, 26 October 2027, 07:45 in Chemnitz (CEST)
const TZ = 'Europe/Berlin';

const T = {
  schalter: 'Wenn es am Schalter laut wird', // Tue 26.10. 09:30–12:00, Moritzhof, Unfallkasse, Lehmann, de-escalation, free
  amt24: 'Anträge ohne Papier', // Tue 26.10. 14:00–15:30, online, SAKD, Uhlig, Amt24 / OZG, free
  mittag: 'Zwölf Uhr mittags', // Wed 27.10. 12:00–12:45, online, SAKD, Uhlig, password manager, free
  ruecken: 'Aufrecht in den Feierabend', // Wed 27.10. 16:30–18:00, VHS im DAStietz, Böhme, back exercises, 12 €
  fuehrung: 'Neue Rolle, neuer Blick', // Thu 28.10. (CEST) and Thu 04.11. (CET) 09:00–15:30, Technisches Rathaus, VWA, Dr. Seidel, 420 €, deadline passed Fri 22.10. 12:00
  ladung: 'Alles fest verzurrt?', // Fri 29.10. 07:00–11:00, ASR Betriebshof Blankenburgstraße, Unfallkasse, Pfeifer, load securing, free
  excel: 'Excel für Fortgeschrittene: Auswerten mit Pivot-Tabellen', // Mon 01.11. 09:15–12:15, DAStietz, VHS, Richter, 79 € (the Amt pays)
  melde: 'Wer darf was wissen?', // Tue 02.11. 13:30–16:00, Moritzhof, VWA, Fritzsche, Melderegister data protection, 95 €
  english: 'Welcome to Chemnitz: English at the Service Desk', // Wed 03.11. 18:00–20:00, DAStietz, VHS, Hughes, 65 €
  ersteHilfe: 'Erste-Hilfe-Fortbildung für betriebliche Ersthelferinnen und Ersthelfer', // Fri 05.11. 08:30–15:30, Rathaus Chemnitz, Unfallkasse, Hähnel, free
  haushalt: 'Soll und Haben im Rathaus', // Tue 09.11. 09:00–16:00, Technisches Rathaus, VWA, Wolf, Doppik, 240 €
  ki: 'Schreiben lassen?', // Wed 10.11. 14:30–16:30, hybrid (Rathaus Chemnitz), SAKD, Uhlig, AI / ChatGPT, free
  eakte: 'Schluss mit dem Papierstapel', // Thu 11.11. 10:00–11:30, online, SAKD, Krause, e-file, free
  stadtrat: 'Mitreden im Stadtrat', // Mon 15.11. 19:00–20:30, Rathaus Chemnitz, VWA, Dr. Kunze, SächsGemO for councillors, 40 €
  brandschutz: 'Brandschutzhelferinnen und Brandschutzhelfer: Ausbildung nach ASR A2.2', // Thu 18.11. 13:00–16:00, Technisches Rathaus, Unfallkasse, Pfeifer, free
  sprache: 'Post vom Amt, die man versteht', // Tue 23.11. 08:30–12:00, DAStietz, VHS, Kühn, plain language, 110 €, deadline Fri 12.11. 23:59
  stress: 'Kraft tanken', // Thu 25.11. 17:00–19:00, online, Unfallkasse, Lehmann, resilience / burnout, free
  vergabe: 'Vergaberecht in Sachsen: SächsVergabeG, UVgO und VOB/A', // Tue 30.11. and Wed 01.12. 09:00–16:00, Technisches Rathaus, VWA, Fritzsche, 380 €
  teams: 'Kanäle, Chats und Dateien', // Thu 02.12. 12:00–13:00, online, VHS, Richter, Microsoft Teams, 25 €, 40 seats
  winterdienst: 'Wenn der erste Schnee fällt', // Tue 07.12. 07:30–14:30, ASR Betriebshof, Unfallkasse, Pfeifer, winter service, only ASR, free
  personal: 'Die Richtigen finden', // Wed 12.01.2028 09:00–15:00, Rathaus Chemnitz, Personalamt, Schubert, job interviews, free
  barrierefrei: 'Lesbar für alle', // Tue 18.01.2028 09:30–11:30, online, SAKD, Krause, accessible documents, free
  outlook: 'Outlook im Griff: E-Mails, Kalender und Aufgaben', // cancelled (Fri 12.11.2027)
  motorsaege: 'Motorsägen-Grundkurs für die Grünflächenpflege', // cancelled (Mon 08.11.2027 07:00)
  grundsteuer: 'Grundsteuer nach der Reform: Messbescheide und Hebesätze', // past (Wed 15 September 2027)
  baumschutz: 'Baumschutzsatzung in der Praxis', // past (Thu 7 October 2027)
  beteiligung: 'Bürgerbeteiligung online: Mitmachportale gestalten', // draft (Tue 15.02.2028)
  friedhof: 'Friedhofsgebühren kalkulieren', // draft (Wed 08.03.2028)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.outlook, T.motorsaege, T.grundsteuer, T.baumschutz, T.beteiligung, T.friedhof];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations: when does it start, when does it end ---------------------------------------------------
  { conv: 'schalter', q: 'gibts heute vormittag noch ein seminar?', kind: 'list', titles: [T.schalter] },
  {
    conv: 'schalter',
    q: 'wann geht das los?',
    kind: 'facts',
    titles: [T.schalter],
    says: ['beginnt am Di., 26.10.2027 um 09:30 Uhr'],
  },
  { conv: 'schalter', q: 'und bis wann geht das?', kind: 'facts', titles: [T.schalter], says: ['bis 12:00 Uhr'] },
  {
    conv: 'mittag',
    q: 'hab morgen mittagspause von 12 bis 13, gibt es da was online?',
    kind: 'list',
    titles: [T.mittag],
  },
  {
    conv: 'mittag',
    q: 'wie lange geht das genau?',
    kind: 'facts',
    titles: [T.mittag],
    says: ['von 12:00 bis 12:45 Uhr'],
  },
  {
    conv: 'fuehrung',
    q: 'ich bin seit kurzem sachgebietsleiterin, gibt es was für neue führungskräfte?',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'fuehrung',
    q: 'an welchen tagen und um wie viel uhr?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 28.10.2027 und Do., 04.11.2027', 'jeweils von 09:00 bis 15:30 Uhr'],
  },
  {
    conv: 'fuehrung',
    q: 'kann ich mich da noch anmelden?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['ist am Fr., 22.10.2027, 12:00 Uhr abgelaufen'],
  },
  { conv: 'english', q: 'is there anything in English?', locale: 'en', kind: 'list', titles: [T.english] },
  {
    conv: 'english',
    q: 'what time does it start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['starts on Wed, 3 Nov 2027 at 18:00'],
  },
  {
    conv: 'english',
    q: 'and what time does it finish?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['to 20:00'],
  },
  { conv: 'ki', q: 'gibt es was zu chatgpt?', kind: 'list', titles: [T.ki] },
  {
    conv: 'ki',
    q: 'um wieviel uhr ist das?',
    kind: 'facts',
    titles: [T.ki],
    says: ['am Mi., 10.11.2027 von 14:30 bis 16:30 Uhr'],
  },
  { conv: 'erstehilfe', q: 'erste hilfe auffrischung', kind: 'list', titles: [T.ersteHilfe] },
  {
    conv: 'erstehilfe',
    q: 'geht das den ganzen tag?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['dauert 7 Stunden, von 08:30 bis 15:30 Uhr'],
  },
  { conv: 'stadtrat', q: 'schulung für stadträte zur gemeindeordnung', kind: 'list', titles: [T.stadtrat] },
  {
    conv: 'stadtrat',
    q: 'um wie viel uhr fängt das abends an?',
    kind: 'facts',
    titles: [T.stadtrat],
    says: ['beginnt am Mo., 15.11.2027 um 19:00 Uhr'],
  },
  { conv: 'stadtrat', q: 'und wann ist schluss?', kind: 'facts', titles: [T.stadtrat], says: ['bis 20:30 Uhr'] },
  { conv: 'ladung', q: 'schulung ladungssicherung', kind: 'list', titles: [T.ladung] },
  {
    conv: 'ladung',
    q: 'wann geht das morgens los?',
    kind: 'facts',
    titles: [T.ladung],
    says: ['beginnt am Fr., 29.10.2027 um 07:00 Uhr'],
  },
  {
    miss: '"nach Feierabend" is the evening (from 17:00), so the course at 16:30 whose title names the Feierabend is not listed',
    conv: 'feierabend',
    q: 'gibt es auch was nach feierabend?',
    kind: 'list',
    ...only(T.ruecken, T.english, T.stadtrat, T.stress),
  },
  { conv: 'feierabend', q: 'welches davon ist online?', kind: 'list', titles: [T.stress] },
  // --- facts: start and end times, deadlines, costs --------------------------------------------------------------------
  {
    q: 'um wie viel uhr beginnt der excel kurs?',
    kind: 'facts',
    titles: [T.excel],
    says: ['beginnt am Mo., 01.11.2027 um 09:15 Uhr'],
  },
  {
    q: 'bis wann geht die brandschutzhelfer ausbildung',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['bis 16:00 Uhr'],
  },
  {
    q: 'wann beginnt der winterdienst lehrgang',
    kind: 'facts',
    titles: [T.winterdienst],
    says: ['beginnt am Di., 07.12.2027 um 07:30 Uhr'],
  },
  {
    q: 'wie lang geht die e-akte schulung',
    kind: 'facts',
    titles: [T.eakte],
    says: ['dauert 1,5 Stunden, von 10:00 bis 11:30 Uhr'],
  },
  {
    q: 'anmeldeschluss für post vom amt die man versteht?',
    kind: 'facts',
    titles: [T.sprache],
    says: ['bis Fr., 12.11.2027, 23:59 Uhr'],
  },
  {
    q: 'how much is the pivot table course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['costs €79'],
    mentions: ['Die Gebühr trägt das entsendende Amt.'],
  },
  {
    q: 'what time is the accessible pdf training?',
    locale: 'en',
    kind: 'facts',
    titles: [T.barrierefrei],
    says: ['on Tue, 18 Jan 2028 from 09:30 to 11:30'],
  },
  // --- searches by clock time and time of day --------------------------------------------------------------------------
  { q: 'was ist heute noch los?', kind: 'list', titles: [T.schalter, T.amt24] },
  { q: 'gibt es heute nachmittag was?', kind: 'list', titles: [T.amt24] },
  { q: 'was ist morgen?', kind: 'list', titles: [T.mittag, T.ruecken] },
  { q: 'ist morgen früh schon was?', kind: 'none' },
  { q: 'übermorgen um 9, ist da was?', kind: 'list', titles: [T.fuehrung] },
  { q: 'ist am freitag früh was?', kind: 'list', titles: [T.ladung] },
  {
    q: 'was läuft diese woche?',
    kind: 'list',
    titles: [T.schalter, T.amt24, T.mittag, T.ruecken, T.fuehrung, T.ladung],
  },
  { q: 'diese woche vormittags was frei?', kind: 'list', ...maybeAlso(only(T.schalter, T.ladung), T.fuehrung) },
  {
    q: 'was steht nächste woche an',
    kind: 'list',
    ...maybeAlso(only(T.excel, T.melde, T.english, T.ersteHilfe), T.fuehrung),
  },
  { q: 'nächste woche ab halb zwei?', kind: 'list', ...only(T.melde, T.english) },
  { q: 'ist am 2.11. nachmittags was?', kind: 'list', titles: [T.melde] },
  { q: 'welche seminare fangen um halb zehn an?', kind: 'list', ...only(T.schalter, T.barrierefrei) },
  { q: 'gibt es was, das um neun uhr anfängt?', kind: 'list', ...only(T.fuehrung, T.haushalt, T.vergabe, T.personal) },
  { q: 'ist am 9.11. um 9 was?', kind: 'list', titles: [T.haushalt] },
  { q: 'der kurs der um viertel nach neun anfängt', kind: 'list', titles: [T.excel] },
  { q: 'irgendwas um zehn uhr?', kind: 'list', titles: [T.eakte] },
  { q: 'fängt irgendein seminar um eins an?', kind: 'list', titles: [T.brandschutz] },
  { q: 'was beginnt um halb neun', kind: 'list', ...only(T.ersteHilfe, T.sprache) },
  {
    miss: '"früh morgens" is read as the morning, not as an early start, so every morning course is listed',
    q: 'ich bin frühaufsteher, gibt es kurse früh morgens?',
    kind: 'list',
    ...maybeAlso(only(T.ladung, T.winterdienst), T.ersteHilfe, T.sprache),
  },
  { q: 'was kann ich in der mittagspause machen?', kind: 'list', ...only(T.mittag, T.teams) },
  {
    miss: '"bis dahin vorbei" (ending by an hour) is no filter the parser reads',
    q: 'ich muss um 12 wieder am platz sein – welche seminare sind bis dahin vorbei?',
    kind: 'list',
    ...only(T.schalter, T.ladung, T.eakte, T.sprache, T.barrierefrei),
  },
  { q: 'anything at half past two?', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    q: 'which courses start at 9am in November?',
    locale: 'en',
    kind: 'list',
    ...maybeAlso(only(T.haushalt, T.vergabe), T.fuehrung),
  },
  {
    q: 'vormittags im november',
    kind: 'list',
    ...maybeAlso(only(T.excel, T.eakte, T.sprache), T.ersteHilfe, T.haushalt, T.vergabe, T.fuehrung),
  },
  { q: 'was gibt es im dezember', kind: 'list', ...maybeAlso(only(T.teams, T.winterdienst), T.vergabe) },
  { q: 'ist am 17. november was?', kind: 'none' },
  // --- subjects the title does not name, providers, places, several days -----------------------------------------------
  { q: 'passwortmanager einrichten', kind: 'list', titles: [T.mittag] },
  { q: 'burnout vorbeugen', kind: 'list', titles: [T.stress] },
  { q: 'was bietet die SAKD an?', kind: 'list', ...only(T.amt24, T.mittag, T.ki, T.eakte, T.barrierefrei) },
  {
    q: 'kurse der unfallkasse sachsen',
    kind: 'list',
    ...only(T.schalter, T.ladung, T.ersteHilfe, T.brandschutz, T.stress, T.winterdienst),
  },
  {
    q: 'was findet im technischen rathaus statt?',
    kind: 'list',
    ...only(T.fuehrung, T.haushalt, T.brandschutz, T.vergabe),
  },
  { q: 'gibt es mehrtägige seminare', kind: 'list', titles: [T.fuehrung, T.vergabe] },
  // --- gone, drafts never shown, greeting, own registrations -----------------------------------------------------------
  { q: 'findet der outlook kurs statt?', kind: 'gone', gone: T.outlook },
  { q: 'motorsägenkurs am 8. november um 7', kind: 'gone', gone: T.motorsaege },
  { q: 'wann war die grundsteuer schulung?', kind: 'gone', gone: T.grundsteuer, says: ['Mi., 15.09.2027'] },
  { q: 'bürgerbeteiligung online', kind: 'none' },
  { q: 'Guten Morgen!', kind: 'help' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-twenty-fifth, independent catalogue (Stadt Chemnitz, VWA, Unfallkasse Sachsen, SAKD, VHS Chemnitz)',
  {
    fixture: 'heldout325-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
