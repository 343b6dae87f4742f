// Over-fitting check, two-hundred-and-forty-eighth catalogue: the 2027 programme for the Ennepe-Ruhr-Kreis (North
// Rhine-Westphalia) and its towns (Schwelm, Witten, Hattingen, Gevelsberg, Ennepetal, Sprockhövel, Herdecke, Wetter
// (Ruhr), Breckerfeld), with the Kreisakademie Ennepe-Ruhr, the IT-Dienstleistungszentrum Ennepe-Ruhr (IDZ), the
// Unfallkasse Nordrhein-Westfalen, the VHS Ennepe-Ruhr-Süd, the Volkshochschule Witten-Wetter-Herdecke and the
// Studieninstitut Ruhr, imported from a JSON file. Seminars take place in the Kreishaus Schwelm, the town halls of Witten,
// Hattingen, Gevelsberg, Herdecke, Sprockhövel and Wetter (Ruhr), Haus Ennepetal, the VHS-Zentrum Gevelsberg, the
// Volkshochschule Witten, online or hybrid (accessible PDFs, Rathaus Wetter). Several titles do not name their subject
// ("Klick mit Folgen" is phishing / IT security, "Akku leer?" stress and burnout, "Alle im Bild" video conferences in
// Teams, "Der Antrag kommt digital" the OZG, "Ruhig bleiben, wenn es laut wird" de-escalation, "Ein Brief, tausend
// Empfänger" mail merge, "Schreiben, das ankommt" plain language, "Mehr Luft im Kalender" time management, "Wenn's im
// Team knirscht" conflict management for managers; the NKF course is the only one on Doppik), so only summary,
// description or topics reveal it; one seminar is held in English; the induction days for trainees run on three days;
// the e-file course is open only to Sprockhövel, Wetter (Ruhr) and Breckerfeld; first aid is free, paid by the
// Unfallkasse. Questions are written the way a mixed acceptance-tester team would try the bot: half in English
// (international colleagues), half in German, with typos, acronyms (OZG, DSGVO, KI/AI, IT) and short follow-up
// conversations, without looking at the parser or the answers.
//
// Calendar around `now` (Thursday 1 July 2027, 09:00 in Schwelm, summer time until Sun 31.10.2027):
//   this week:  nothing more today; Fri 02.07. 09:00–11:00 phishing / IT security (online)
//   next week:  Tue 06.07. 09:00–12:00 DSGVO (Kreishaus Schwelm), Wed 07.07. 14:00–16:00 AI (online), Thu 08.07.
//               09:00–12:30 English (Rathaus Witten; deadline Fri 02.07. 12:00, still open)
//   12.–18.07.: Tue 13.07. 13:30–15:30 stress (online), Wed 14.07. 09:00–16:00 Excel (VHS-Zentrum Gevelsberg, 85 €);
//               the cancelled PowerPoint course (Thu 15.07.); nothing else from Thu 15.07. to Sun 18.07.
//   19.–23.07.: Mon 19.07. 14:00–16:00 video conferences (online), Tue 20.07. 08:30–16:30 first aid (Rathaus
//               Hattingen, free), Wed 21.07. 10:00–12:00 OZG (online), Thu 22.07. 09:00–15:00 de-escalation (Rathaus
//               Gevelsberg; deadline passed Fri 25.06. 12:00)
//   then:       Tue 27.07. procurement (Rathaus Herdecke, 240 €; deadline Fri 16.07. 23:59)
//   August:     Mon 02.–Wed 04.08. induction days for trainees (Kreishaus, 08:30–15:00, free), Thu 05.08. mail merge
//               (online, 49 €), Wed 11.08. e-file (Rathaus Sprockhövel, members only, free), Tue 17.08. council meetings
//               (Rathaus Witten, 180 €); the cancelled chainsaw course on Tue 10.08.
//   September:  Wed 01. plain language (VHS Witten, 120 €), Thu 02. time management (online, 65 €), Tue 14. leadership
//               (Haus Ennepetal, 390 €; deadline Fri 20.08.), Wed 22. team conflicts (Kreishaus, for managers), Tue 28.
//               NKF / Doppik (Rathaus Hattingen, 210 €)
//   October:    Wed 06. home office ergonomics (online, 14:00–15:30, free), Thu 14. accessible PDFs (hybrid, Rathaus
//               Wetter (Ruhr), 75 €); the draft climate-adaptation course on Thu 21.10.
//   November:   the draft Turkish course on Tue 09.11.
//   past:       Tue 27.04.2027 load securing (Bauhof Gevelsberg), Wed 09.06.2027 housing benefit (Kreishaus).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-07-01T07:00:00Z'); // Thursday, 1 July 2027, 09:00 in Schwelm (CEST)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Klick mit Folgen', // Fri 02.07. 09:00–11:00, online, IDZ, Brenner, IT security / phishing, free
  dsgvo: 'Datenschutz kompakt: die DSGVO im Verwaltungsalltag', // Tue 06.07. 09:00–12:00, Kreishaus Schwelm, Kreisakademie, Dr. Vogel, free
  ki: 'KI-Assistenten im Büroalltag', // Wed 07.07. 14:00–16:00, online, IDZ, Brenner, free
  english: 'Serving International Citizens: English at the Front Desk', // Thu 08.07. 09:00–12:30, Rathaus Witten, VHS WWH, Mitchell, 90 €, deadline Fri 02.07. 12:00
  stress: 'Akku leer?', // Tue 13.07. 13:30–15:30, online, Unfallkasse, Krüger, stress / burnout, free
  excel: 'Excel für Einsteiger: Tabellen, Formeln, Filter', // Wed 14.07. 09:00–16:00, VHS-Zentrum Gevelsberg, VHS EN-Süd, Hartmann, 85 € (trainees 45 €), 12 seats
  video: 'Alle im Bild', // Mon 19.07. 14:00–16:00, online, IDZ, Schubert, video conferences in Teams, free
  ersteHilfe: 'Erste-Hilfe-Grundausbildung für betriebliche Ersthelfer', // Tue 20.07. 08:30–16:30, Rathaus Hattingen, Unfallkasse, Lorenz, free (Unfallkasse pays)
  ozg: 'Der Antrag kommt digital', // Wed 21.07. 10:00–12:00, online, IDZ, Yilmaz, OZG, free
  deeskalation: 'Ruhig bleiben, wenn es laut wird', // Thu 22.07. 09:00–15:00, Rathaus Gevelsberg, Unfallkasse, Krüger, free, deadline passed Fri 25.06. 12:00
  vergabe: 'Vergaberecht für Kommunen: UVgO und VOB/A', // Tue 27.07. 09:00–16:00, Rathaus Herdecke, Studieninstitut, Richter, 240 €, deadline Fri 16.07. 23:59
  startklar: 'Startklar: Einführungstage für Nachwuchskräfte', // Mon 02.–Wed 04.08. 08:30–15:00, Kreishaus Schwelm, Kreisakademie, Schulte, free
  serienbrief: 'Ein Brief, tausend Empfänger', // Thu 05.08. 09:00–12:00, online, VHS EN-Süd, Hartmann, 49 €, mail merge
  eakte: 'Einführung in die E-Akte', // Wed 11.08. 09:00–12:00, Rathaus Sprockhövel, IDZ, Yilmaz, only Sprockhövel/Wetter/Breckerfeld, free
  sitzung: 'Sitzungsdienst nach der Gemeindeordnung NRW', // Tue 17.08. 09:00–16:00, Rathaus Witten, Studieninstitut, Richter, 180 €, 15 seats
  sprache: 'Schreiben, das ankommt', // Wed 01.09. 09:00–15:00, Volkshochschule Witten, VHS WWH, Engel, 120 €, plain language
  zeit: 'Mehr Luft im Kalender', // Thu 02.09. 09:00–12:00, online, Kreisakademie, Petersen, 65 €, time management
  fuehrung: 'Neu in der Führungsrolle', // Tue 14.09. 09:00–16:30, Haus Ennepetal, Studieninstitut, Dr. Adams, 390 €, new managers
  konflikte: "Wenn's im Team knirscht", // Wed 22.09. 09:00–16:00, Kreishaus Schwelm, Kreisakademie, Dr. Adams, 195 €, for managers
  nkf: 'NKF-Grundlagen: Haushalt und Jahresabschluss', // Tue 28.09. 09:00–16:00, Rathaus Hattingen, Studieninstitut, Richter, 210 €, Doppik
  homeoffice: 'Gesund im Homeoffice', // Wed 06.10. 14:00–15:30, online, Unfallkasse, Lorenz, ergonomics, free
  pdf: 'Barrierefreie PDF-Dokumente erstellen', // Thu 14.10. 09:00–12:00, hybrid (Rathaus Wetter (Ruhr)), IDZ, Schubert, 75 €
  tuerkisch: 'Türkisch für den Bürgerservice: Grundkurs', // draft (Tue 09.11.)
  klima: 'Klimaanpassung in der Bauleitplanung', // draft (Thu 21.10.)
  powerpoint: 'PowerPoint: Präsentationen mit Wirkung', // cancelled (Thu 15.07.2027)
  motorsaege: 'Motorsägen-Grundlehrgang für Bauhöfe', // cancelled (Tue 10.08.2027)
  wohngeld: 'Wohngeld kompakt: Neuerungen 2027', // past (Wed 9 June 2027)
  ladung: 'Ladungssicherung im Bauhof', // past (Tue 27 April 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.tuerkisch, T.klima, T.powerpoint, T.motorsaege, T.wohngeld, T.ladung];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'ai', q: 'Is there any trainig on AI?', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    conv: 'ai',
    q: 'when is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['takes place on Wed, 7 Jul 2027 from 14:00 to 16:00'],
  },
  { conv: 'dsgvo', q: 'DSGVO schulung', kind: 'list', titles: [T.dsgvo] },
  { conv: 'dsgvo', q: 'wo findet die statt?', kind: 'facts', titles: [T.dsgvo], says: ['im Kreishaus Schwelm'] },
  {
    conv: 'dsgvo',
    q: 'wer ist die referentin',
    kind: 'facts',
    titles: [T.dsgvo],
    says: ['leitet Frau Dr. Katrin Vogel'],
  },
  { conv: 'exel', q: 'exel kurs für anfänger', kind: 'list', titles: [T.excel] },
  {
    conv: 'exel',
    q: 'was kostet der?',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 85 €'],
    mentions: ['Für Auszubildende ermäßigt auf 45 €.'],
  },
  {
    conv: 'exel',
    q: 'sind noch plätze frei',
    kind: 'facts',
    titles: [T.excel],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  { conv: 'trainees', q: 'anything for our new trainees?', locale: 'en', kind: 'list', titles: [T.startklar] },
  {
    conv: 'trainees',
    q: 'when exactly?',
    locale: 'en',
    kind: 'facts',
    titles: [T.startklar],
    says: ['on 3 days', 'Mon, 2 Aug 2027, Tue, 3 Aug 2027 and Wed, 4 Aug 2027', 'each from 08:30 to 15:00'],
  },
  {
    conv: 'trainees',
    q: 'how long does it take',
    locale: 'en',
    kind: 'facts',
    titles: [T.startklar],
    says: ['lasts 3 days, each from 08:30 to 15:00'],
  },
  { conv: 'doppik', q: 'doppik', kind: 'list', titles: [T.nkf] },
  { conv: 'doppik', q: 'was kostet das', kind: 'facts', titles: [T.nkf], says: ['kostet 210 €'] },
  { conv: 'ozg', q: 'OZG training?', locale: 'en', kind: 'list', titles: [T.ozg] },
  {
    conv: 'ozg',
    q: 'Who is the trainer?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ozg],
    says: ['is led by Herr Daniel Yilmaz'],
  },
  {
    conv: 'ozg',
    q: 'what time does it start',
    locale: 'en',
    kind: 'facts',
    titles: [T.ozg],
    says: ['starts on Wed, 21 Jul 2027 at 10:00'],
  },
  { conv: 'burnout', q: 'burnout vorbeugen', kind: 'list', titles: [T.stress] },
  { conv: 'burnout', q: 'online oder vor ort?', kind: 'facts', titles: [T.stress], says: ['findet online statt'] },
  {
    conv: 'burnout',
    q: 'wie lange geht das',
    kind: 'facts',
    titles: [T.stress],
    says: ['dauert 2 Stunden, von 13:30 bis 15:30 Uhr'],
  },
  { conv: 'august', q: 'anything online in August?', locale: 'en', kind: 'list', titles: [T.serienbrief] },
  {
    conv: 'august',
    q: 'What does it cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.serienbrief],
    says: ['costs €49'],
  },
  // --- facts -----------------------------------------------------------------------------------------------------------
  {
    q: 'What does the procurement law course cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['costs €240'],
  },
  {
    q: 'kostet erste hilfe was?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangskosten übernimmt die Unfallkasse NRW.'],
  },
  {
    q: 'Wher is the leadership seminar held?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['takes place at Haus Ennepetal, Gasstraße 10, 58256 Ennepetal'],
  },
  {
    q: 'wann und wo ist der sitzungsdienst kurs',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['am Di., 17.08.2027 von 09:00 bis 16:00 Uhr im Rathaus Witten'],
  },
  {
    q: 'what time does the first aid course start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['starts on Tue, 20 Jul 2027 at 08:30'],
  },
  {
    q: 'anmeldeschluss vergaberecht',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Fr., 16.07.2027, 23:59 Uhr'],
  },
  {
    q: 'registration deadline for the english course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['until Fri, 2 Jul 2027, 12:00'],
  },
  {
    q: 'anmeldefrist deeskalaton',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['am Fr., 25.06.2027, 12:00 Uhr abgelaufen'],
  },
  {
    q: 'Are there seats left in the Sitzungsdienst seminar?',
    locale: 'en',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['has 15 of 15 seats left'],
  },
  {
    q: 'ist der pdf kurs online oder präsenz',
    kind: 'facts',
    titles: [T.pdf],
    says: [/im Rathaus Wetter \(Ruhr\).* oder online/],
  },
  {
    q: 'how long is the home office session?',
    locale: 'en',
    kind: 'facts',
    titles: [T.homeoffice],
    says: ['lasts 1.5 hours, from 14:00 to 15:30'],
  },
  // --- topic searches: typos, acronyms, words only in summary or description, English words for German seminars -------
  { q: 'phising', kind: 'list', titles: [T.phishing] },
  { q: 'Is there any training on IT security?', locale: 'en', kind: 'list', titles: [T.phishing] },
  { q: 'gibts was zu KI?', kind: 'list', titles: [T.ki] },
  { q: 'videokonferenz moderieren', kind: 'list', titles: [T.video] },
  { q: 'mail merge letters?', locale: 'en', kind: 'list', titles: [T.serienbrief] },
  { q: 'aggressive bürger am schalter', kind: 'list', titles: [T.deeskalation] },
  { q: 'Is there any training on time management?', locale: 'en', kind: 'list', titles: [T.zeit] },
  { q: 'plain language course', locale: 'en', kind: 'list', titles: [T.sprache] },
  {
    miss: '"Konflikte" is not found inside "Konfliktmanagement" (a plural in -e is no infix of the compounds of its singular)',
    q: 'konflickte im team',
    kind: 'list',
    titles: [T.konflikte],
  },
  { q: 'defibrilator', kind: 'list', titles: [T.ersteHilfe] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, cost, length, language ----------------
  { q: 'courses next week', locale: 'en', kind: 'list', titles: [T.dsgvo, T.ki, T.english] },
  { q: 'nächste woche nachmittags', kind: 'list', titles: [T.ki] },
  { q: 'in den nächsten zwei wochen online', kind: 'list', titles: [T.phishing, T.ki, T.stress] },
  {
    q: "what's on next month?",
    locale: 'en',
    kind: 'list',
    titles: [T.startklar, T.serienbrief, T.eakte, T.sitzung],
  },
  { q: 'kostenlose kurse im august', kind: 'list', titles: [T.startklar, T.eakte] },
  { q: 'was gibt es in hattingen', kind: 'list', ...only(T.ersteHilfe, T.nkf) },
  { q: 'Kurse bei Thomas Richter', kind: 'list', ...only(T.vergabe, T.sitzung, T.nkf) },
  {
    q: 'What does the Unfallkasse offer?',
    locale: 'en',
    kind: 'list',
    ...only(T.stress, T.ersteHilfe, T.deeskalation, T.homeoffice),
  },
  { q: 'seminare für führungskräfte', kind: 'list', ...only(T.fuehrung, T.konflikte) },
  { q: 'multi-day courses?', locale: 'en', kind: 'list', titles: [T.startklar] },
  { q: 'any courses held in English?', locale: 'en', kind: 'list', titles: [T.english] },
  { q: 'gibt es hybride veranstaltungen', kind: 'list', titles: [T.pdf] },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'wann ist der powerpoint kurs', kind: 'gone', gone: T.powerpoint },
  { q: 'When is the Motorsägen course?', locale: 'en', kind: 'gone', gone: T.motorsaege },
  { q: 'wohngeld seminar', kind: 'gone', gone: T.wohngeld, says: ['Mi., 09.06.2027'] },
  {
    q: 'when was the Ladungssicherung training?',
    locale: 'en',
    kind: 'gone',
    gone: T.ladung,
    says: ['Tue, 27 Apr 2027'],
  },
  { q: 'türkisch kurs', kind: 'none' },
  { q: 'Is there any training on SAP?', locale: 'en', kind: 'none' },
  { q: 'Hallo!', kind: 'help' },
  { q: 'hi there', locale: 'en', kind: 'help' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
  { q: 'show my registrations', locale: 'en', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-forty-eighth, independent catalogue (Ennepe-Ruhr-Kreis, Studieninstitut Ruhr, Unfallkasse NRW)',
  {
    fixture: 'heldout248-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
