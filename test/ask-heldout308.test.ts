// Over-fitting check, three-hundred-and-eighth catalogue: the summer and autumn 2029 programme for the Landkreis Heilbronn
// (Baden-Württemberg) and its towns (Neckarsulm, Bad Rappenau, Eppingen, Brackenheim, Weinsberg, Lauffen am Neckar and
// the Gemeindeverwaltungsverband Raum Weinsberg with Eberstadt, Ellhofen and Lehrensteinsfeld), with Komm.ONE, the
// Unfallkasse Baden-Württemberg (UKBW), the Gemeindetag Baden-Württemberg, the Landratsamt's Personalentwicklung and the
// VHS Unterland, imported from a JSON file. Seminars take place in the Landratsamt Heilbronn, the town halls of
// Weinsberg, Bad Rappenau, Brackenheim, Eppingen, Neckarsulm and Lauffen, the VHS Bildungshaus in Neckarsulm, the
// Bürgerhaus Lauffen, the Bauhof halls in Eppingen and Brackenheim, online or hybrid. Several titles do not name their
// subject ("Nicht jeder Anhang ist harmlos" is phishing, "Wenn das Thermometer steigt" heat and UV protection outdoors,
// "Von der Einladung bis zur Niederschrift" the council's Sitzungsdienst, "Darf ich das sagen?" data protection at the
// phone and counter, "Am Ende zählt die Bilanz" the NKHR year-end accounts, "Wenn der Ton rauer wird" de-escalation,
// "Frag doch die Maschine" generative AI, "Aufrecht durch den Tag" back exercises, "Zwischen Wurzel und Krone" tree
// inspection, "Neu in der Stadt" registration of residents (Meldewesen), "Wenn der Posteingang überläuft" time
// management, "Überzeugen statt anordnen" lateral leadership, "Für alle lesbar" accessible websites, "Startklar für den
// Umstieg" the new finance software of the GVV Raum Weinsberg), so only summary, description or topics reveal it; one
// seminar is held in English (three Tuesday evenings); Excel runs on two Wednesday mornings, the back course on three
// Monday evenings, lateral leadership on Thursday and Friday; first aid is free, paid by the UKBW. The questions are
// mostly short follow-ups that pick from a list ("der zweite", "der letzte", "und der am Dienstag?") or ask one more
// fact ("wer leitet das?", "wie lange dauert das?", "gibt es den auch online?", "und wann ist anmeldeschluss?"), some of
// them in English, written without looking at the parser or the answers. Lists that are picked from are ordered by date.
//
// Calendar around `now` (Monday 16 July 2029, 11:30 in Heilbronn, summer time until Sun 28.10.2029):
//   this week:  Mon 16.07. (today) 14:00–15:30 phishing (online, Komm.ONE); Tue 17.07. (tomorrow) 07:30–10:00 heat
//               protection (Bauhof Eppingen, UKBW) and 09:00–16:00 Sitzungsdienst (Rathaus Weinsberg, Gemeindetag);
//               Wed 18.07. 09:00–12:00 Excel, first of two mornings (online, VHS, 65 €); Thu 19.07. 08:30–16:00 first
//               aid (Rathaus Bad Rappenau, UKBW); Fri 20.07. 10:00–11:30 data protection (online, PE)
//   next week:  Mon 23.07. 09:00–16:00 NKHR year-end accounts (Rathaus Brackenheim; deadline passed Fri 13.07. 12:00);
//               Tue 24.07. 09:00–15:00 de-escalation (Rathaus Eppingen) and 18:00–19:30 English, first of three
//               evenings (Bildungshaus Neckarsulm; deadline Fri 20.07. 12:00); Wed 25.07. Excel's second morning and
//               13:30–16:00 AI (hybrid, Landratsamt); Thu 26.07. 09:00–12:30 procurement (online, 150 €); the cancelled
//               PowerPoint course (Fri 27.07.)
//   July/Aug:   Mon 30.07., 06.08., 13.08. 18:00–19:00 back exercises (Bürgerhaus Lauffen); English also Tue 31.07. and
//               Tue 07.08.; Wed 01.08. 07:30–15:30 tree inspection (Bauhof Brackenheim); Tue 07.08. 09:00–16:00 land-use
//               planning (Rathaus Neckarsulm, 210 €, deadline Fri 27.07. 23:59); Thu 09.08. 09:00–12:00 Meldewesen
//               (online, 95 €); Wed 22.08. 08:00–12:00 fire wardens (Rathaus Lauffen); the cancelled brush-cutter course
//               (Thu 23.08.)
//   September:  Mon 03.09. 08:30–15:00 trainees' induction day (Landratsamt, 40 seats); Tue 11.09. 13:30–16:30 time
//               management (online, 55 €); Thu 13.09. and Fri 14.09. 09:00–16:30 lateral leadership (Landratsamt;
//               deadline Fri 31.08. 23:59); Thu 20.09. 18:30–21:00 new council members (Rathaus Bad Rappenau, 35 €);
//               Wed 26.09. 09:00–12:00 accessible websites (online)
//   later:      Thu 04.10. finance software (Rathaus Weinsberg, GVV Raum Weinsberg only); the draft heavy-rain course
//               (Wed 17.10.), the draft Virtuelles Bauamt course (Tue 13.11.)
//   past:       Tue 13.03.2029 property tax (online), Mon 28.05.2029 election officers (Rathaus Neckarsulm, evening).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2029-07-16T09:30:00Z'); // Monday, 16 July 2029, 11:30 in Heilbronn (CEST)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Nicht jeder Anhang ist harmlos', // Mon 16.07. 14:00–15:30, online, Komm.ONE, Keller, phishing, free
  hitze: 'Wenn das Thermometer steigt', // Tue 17.07. 07:30–10:00, Werkhalle des Bauhofs Eppingen, UKBW, Kern, heat / UV protection, free
  sitzung: 'Von der Einladung bis zur Niederschrift', // Tue 17.07. 09:00–16:00, Rathaus Weinsberg, Gemeindetag, Dr. Hertweck, Sitzungsdienst, 180 €
  excel: 'Pivot-Tabellen und Diagramme: Excel für Fortgeschrittene', // Wed 18.07. and Wed 25.07. 09:00–12:00, online, VHS, Neumann, 65 €, no deadline given
  ersteHilfe: 'Erste-Hilfe-Fortbildung für Ersthelferinnen und Ersthelfer', // Thu 19.07. 08:30–16:00, Rathaus Bad Rappenau, UKBW, Zeller, free (UKBW pays)
  datenschutz: 'Darf ich das sagen?', // Fri 20.07. 10:00–11:30, online, PE, Maurer, data protection at phone and counter, free
  nkhr: 'Am Ende zählt die Bilanz', // Mon 23.07. 09:00–16:00, Rathaus Brackenheim, Gemeindetag, Wörner, NKHR year-end accounts, 240 €, deadline passed Fri 13.07. 12:00
  deeskalation: 'Wenn der Ton rauer wird', // Tue 24.07. 09:00–15:00, Rathaus Eppingen, UKBW, Vogt, de-escalation, free, 16 seats
  english: 'Counter English: Serving International Residents with Confidence', // Tue 24.07., 31.07., 07.08. 18:00–19:30, Bildungshaus Neckarsulm, VHS, Whitfield, 89 €, deadline Fri 20.07. 12:00
  ki: 'Frag doch die Maschine', // Wed 25.07. 13:30–16:00, hybrid (Landratsamt Heilbronn), Komm.ONE, Keller, generative AI, free
  vergabe: 'Vergabe unterhalb der EU-Schwellenwerte: UVgO und VwV Beschaffung', // Thu 26.07. 09:00–12:30, online, Gemeindetag, Wörner, 150 €
  ruecken: 'Aufrecht durch den Tag', // Mon 30.07., 06.08., 13.08. 18:00–19:00, Bürgerhaus Lauffen, VHS, Gebhardt, back exercises, 39 €
  baum: 'Zwischen Wurzel und Krone', // Wed 01.08. 07:30–15:30, Werkhalle des Bauhofs Brackenheim, UKBW, Kern, tree inspection, free
  bauleit: 'Bebauungspläne aufstellen und ändern: Bauleitplanung nach dem BauGB', // Tue 07.08. 09:00–16:00, Rathaus Neckarsulm, Gemeindetag, Dr. Hertweck, 210 €, deadline Fri 27.07. 23:59
  melde: 'Neu in der Stadt', // Thu 09.08. 09:00–12:00, online, Komm.ONE, Brandt, Meldewesen / OK.EWO, 95 €
  brandschutz: 'Brandschutzhelferinnen und Brandschutzhelfer: Grundausbildung', // Wed 22.08. 08:00–12:00, Rathaus Lauffen am Neckar, UKBW, Zeller, free
  azubi: 'Willkommen im Landratsamt: Einführungstag für Auszubildende und Studierende', // Mon 03.09. 08:30–15:00, Landratsamt, PE, Brenner, free, 40 seats
  zeit: 'Wenn der Posteingang überläuft', // Tue 11.09. 13:30–16:30, online, VHS, Neumann, time management, 55 €
  fuehrung: 'Überzeugen statt anordnen', // Thu 13.09. and Fri 14.09. 09:00–16:30, Landratsamt, PE, Dr. Sauter, lateral leadership, free, deadline Fri 31.08. 23:59
  gemeinderat: 'Neu im Gemeinderat: Rechte und Pflichten nach der Gemeindeordnung', // Thu 20.09. 18:30–21:00, Rathaus Bad Rappenau, Gemeindetag, Heinle, 35 €
  barrierefrei: 'Für alle lesbar', // Wed 26.09. 09:00–12:00, online, Komm.ONE, Layer, accessible websites, free
  finanz: 'Startklar für den Umstieg', // Thu 04.10. 09:00–15:00, Rathaus Weinsberg, Komm.ONE, Brandt, finance software, GVV Raum Weinsberg only, free
  starkregen: 'Starkregenrisikomanagement in der Gemeinde', // draft (Wed 17.10.)
  bauamt: 'Der digitale Bauantrag: Arbeiten mit dem Virtuellen Bauamt', // draft (Tue 13.11.)
  powerpoint: 'PowerPoint-Präsentationen, die überzeugen', // cancelled (Fri 27.07.2029)
  freischneider: 'Freischneider und Heckenschere sicher einsetzen', // cancelled (Thu 23.08.2029)
  grundsteuer: 'Grundsteuer nach dem Landesgrundsteuergesetz: Hebesätze und Bescheide', // past (Tue 13 March 2029)
  wahl: 'Kommunalwahl 2029: Schulung für Wahlvorstände', // past (Mon 28 May 2029)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.starkregen, T.bauamt, T.powerpoint, T.freischneider, T.grundsteuer, T.wahl];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- tomorrow: pick the second, then the first ----------------------------------------------------------------------
  { conv: 'morgen', q: 'was ist morgen los?', kind: 'list', titles: [T.hitze, T.sitzung] },
  { conv: 'morgen', q: 'der zweite', kind: 'details', titles: [T.sitzung] },
  {
    conv: 'morgen',
    q: 'wer leitet das?',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['leitet Frau Dr. Sabine Hertweck'],
  },
  { conv: 'morgen', q: 'und der erste?', kind: 'facts', titles: [T.hitze], says: ['leitet Herr Rüdiger Kern'] },
  {
    conv: 'morgen',
    q: 'wie lange dauert das?',
    kind: 'facts',
    titles: [T.hitze],
    says: ['dauert 2,5 Stunden, von 07:30 bis 10:00 Uhr'],
  },
  // --- today -----------------------------------------------------------------------------------------------------------
  { conv: 'heute', q: 'ist heute nachmittag noch was?', kind: 'list', titles: [T.phishing] },
  { conv: 'heute', q: 'gibt es den auch online?', kind: 'facts', titles: [T.phishing], says: ['findet online statt'] },
  {
    conv: 'heute',
    q: 'wie lange dauert das?',
    kind: 'facts',
    titles: [T.phishing],
    says: ['dauert 1,5 Stunden, von 14:00 bis 15:30 Uhr'],
  },
  // --- next week: the one on Monday -----------------------------------------------------------------------------------
  {
    conv: 'naechste',
    q: 'was steht nächste woche an?',
    kind: 'list',
    // Excel's second morning is next week too; the course began this week.
    ...maybeAlso(only(T.nkhr, T.deeskalation, T.english, T.ki, T.vergabe), T.excel),
  },
  { conv: 'naechste', q: 'und der am montag?', kind: 'details', titles: [T.nkhr] },
  {
    conv: 'naechste',
    q: 'gibt es den auch online?',
    kind: 'facts',
    titles: [T.nkhr],
    says: ['findet in Präsenz statt, im Rathaus Brackenheim'],
  },
  {
    conv: 'naechste',
    q: 'und wann ist anmeldeschluss?',
    kind: 'facts',
    titles: [T.nkhr],
    says: ['ist am Fr., 13.07.2029, 12:00 Uhr abgelaufen'],
  },
  // --- the Unfallkasse: the last one, then the one on Thursday --------------------------------------------------------
  {
    conv: 'ukbw',
    q: 'was bietet die unfallkasse an?',
    kind: 'list',
    titles: [T.hitze, T.ersteHilfe, T.deeskalation, T.baum, T.brandschutz],
  },
  { conv: 'ukbw', q: 'der letzte', kind: 'details', titles: [T.brandschutz] },
  {
    conv: 'ukbw',
    q: 'wo ist der?',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['findet im Rathaus Lauffen am Neckar'],
  },
  {
    conv: 'ukbw',
    q: 'und der am donnerstag?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['findet im Rathaus Bad Rappenau'],
  },
  {
    conv: 'ukbw',
    q: 'kostet der was?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Kosten übernimmt die Unfallkasse Baden-Württemberg.'],
  },
  // --- Komm.ONE, in English --------------------------------------------------------------------------------------------
  {
    conv: 'kommone',
    q: 'what does Komm.ONE offer?',
    locale: 'en',
    kind: 'list',
    titles: [T.phishing, T.ki, T.melde, T.barrierefrei, T.finanz],
  },
  { conv: 'kommone', q: 'the second one', locale: 'en', kind: 'details', titles: [T.ki] },
  {
    conv: 'kommone',
    q: 'is it also online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['Landratsamt Heilbronn', 'online'],
  },
  {
    conv: 'kommone',
    q: 'who runs it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is led by', 'Jonas Keller'],
  },
  {
    conv: 'kommone',
    q: 'and the last one?',
    locale: 'en',
    kind: 'facts',
    titles: [T.finanz],
    says: ['is led by', 'Melanie Brandt'],
  },
  // --- the English course ---------------------------------------------------------------------------------------------
  { conv: 'english', q: 'is there a course held in English?', locale: 'en', kind: 'list', titles: [T.english] },
  {
    conv: 'english',
    q: 'how long does it take?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: [/\b3\b/, 'from 18:00 to 19:30'],
  },
  {
    conv: 'english',
    q: 'and when is the registration deadline?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['until Fri, 20 Jul 2029, 12:00'],
  },
  // --- evenings: the second, then the last ----------------------------------------------------------------------------
  { conv: 'abend', q: 'gibt es auch was am abend?', kind: 'list', titles: [T.english, T.ruecken, T.gemeinderat] },
  { conv: 'abend', q: 'der zweite', kind: 'details', titles: [T.ruecken] },
  {
    conv: 'abend',
    q: 'an welchen terminen?',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['Mo., 30.07.2029, Mo., 06.08.2029 und Mo., 13.08.2029', 'von 18:00 bis 19:00 Uhr'],
  },
  { conv: 'abend', q: 'wer leitet das?', kind: 'facts', titles: [T.ruecken], says: ['leitet Frau Ines Gebhardt'] },
  { conv: 'abend', q: 'und der letzte?', kind: 'facts', titles: [T.gemeinderat], says: ['leitet Herr Klaus Heinle'] },
  // --- September: the one on Tuesday, then the first ------------------------------------------------------------------
  {
    conv: 'september',
    q: 'was ist im september?',
    kind: 'list',
    titles: [T.azubi, T.zeit, T.fuehrung, T.gemeinderat, T.barrierefrei],
  },
  { conv: 'september', q: 'und der am dienstag?', kind: 'details', titles: [T.zeit] },
  { conv: 'september', q: 'gibt es den auch online?', kind: 'facts', titles: [T.zeit], says: ['findet online statt'] },
  {
    miss: 'after "gibt es den auch online?" the pick keeps asking the format (a fact answer) instead of showing the first seminar',
    conv: 'september',
    q: 'der erste',
    kind: 'details',
    titles: [T.azubi],
  },
  // --- the Gemeindetag: the third and the fourth ----------------------------------------------------------------------
  {
    conv: 'gemeindetag',
    q: 'welche seminare macht der gemeindetag?',
    kind: 'list',
    titles: [T.sitzung, T.nkhr, T.vergabe, T.bauleit, T.gemeinderat],
  },
  { conv: 'gemeindetag', q: 'was kostet der dritte?', kind: 'facts', titles: [T.vergabe], says: ['kostet 150 €'] },
  { conv: 'gemeindetag', q: 'und der vierte?', kind: 'facts', titles: [T.bauleit], says: ['kostet 210 €'] },
  {
    conv: 'gemeindetag',
    q: 'und wann ist anmeldeschluss?',
    kind: 'facts',
    titles: [T.bauleit],
    says: ['bis Fr., 27.07.2029, 23:59 Uhr'],
  },
  // --- the Bauhof ------------------------------------------------------------------------------------------------------
  { conv: 'bauhof', q: 'gibt es was für die kollegen vom bauhof?', kind: 'list', titles: [T.hitze, T.baum] },
  { conv: 'bauhof', q: 'der letzte', kind: 'details', titles: [T.baum] },
  {
    conv: 'bauhof',
    q: 'wann fängt der an?',
    kind: 'facts',
    titles: [T.baum],
    says: ['beginnt am Mi., 01.08.2029 um 07:30 Uhr'],
  },
  {
    conv: 'bauhof',
    q: 'und der erste?',
    kind: 'facts',
    titles: [T.hitze],
    says: ['beginnt am Di., 17.07.2029 um 07:30 Uhr'],
  },
  // --- lateral leadership (the title does not say so) -----------------------------------------------------------------
  {
    conv: 'fuehrung',
    q: 'ich leite ein projektteam ohne personalverantwortung, gibt es dafür ein seminar?',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'fuehrung',
    q: 'wie lange dauert das?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['dauert 2 Tage, jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    conv: 'fuehrung',
    q: 'gibt es den auch online?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['findet in Präsenz statt, im Landratsamt Heilbronn'],
  },
  {
    conv: 'fuehrung',
    q: 'und wann ist anmeldeschluss?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['bis Fr., 31.08.2029, 23:59 Uhr'],
  },
  // --- Excel: two mornings, no deadline given (so the first morning's start) ------------------------------------------
  { conv: 'excel', q: 'excel kurs', kind: 'list', titles: [T.excel] },
  {
    conv: 'excel',
    q: 'wann ist der?',
    kind: 'facts',
    titles: [T.excel],
    says: ['an 2 Tagen', 'Mi., 18.07.2029 und Mi., 25.07.2029', 'jeweils von 09:00 bis 12:00 Uhr'],
  },
  {
    conv: 'excel',
    q: 'und wann ist anmeldeschluss?',
    kind: 'facts',
    titles: [T.excel],
    says: ['bis Mi., 18.07.2029, 09:00 Uhr'],
  },
  // --- tree inspection, in English ------------------------------------------------------------------------------------
  { conv: 'baum', q: 'tree inspection training', locale: 'en', kind: 'list', titles: [T.baum] },
  {
    conv: 'baum',
    q: 'can I join online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.baum],
    says: ['takes place in person', 'Werkhalle des Bauhofs Brackenheim'],
  },
  // --- topic searches: words only in summary, description or topics ---------------------------------------------------
  { q: 'phishing mails erkennen', kind: 'list', titles: [T.phishing] },
  { q: 'chatgpt in der verwaltung', kind: 'list', titles: [T.ki] },
  { q: 'sonnenschutz bei der arbeit im freien', kind: 'list', titles: [T.hitze] },
  { q: 'jahresabschluss doppik', kind: 'list', titles: [T.nkhr] },
  { q: 'ummeldung im einwohnermeldeamt', kind: 'list', titles: [T.melde] },
  { q: 'e-mail-flut in den griff bekommen', kind: 'list', titles: [T.zeit] },
  // --- place, provider, trainer, cost, several dates ------------------------------------------------------------------
  { q: 'seminare in lauffen', kind: 'list', ...only(T.ruecken, T.brandschutz) },
  { q: 'anything in Neckarsulm?', locale: 'en', kind: 'list', ...only(T.english, T.bauleit) },
  { q: 'was findet im landratsamt statt?', kind: 'list', ...only(T.ki, T.azubi, T.fuehrung) },
  {
    q: 'kostenlose online-seminare',
    kind: 'list',
    ...maybeAlso(only(T.phishing, T.datenschutz, T.barrierefrei), T.ki),
  },
  { q: 'welche seminare kosten mehr als 150 euro?', kind: 'list', ...only(T.sitzung, T.nkhr, T.bauleit) },
  { q: 'welche seminare haben mehrere termine?', kind: 'list', ...only(T.excel, T.english, T.ruecken, T.fuehrung) },
  // --- gone, drafts never shown, no match, no context, greeting -------------------------------------------------------
  { q: 'gibt es noch den powerpoint kurs?', kind: 'gone', gone: T.powerpoint },
  { q: 'grundsteuer seminar', kind: 'gone', gone: T.grundsteuer, says: ['Di., 13.03.2029'] },
  { q: 'wann war die schulung für wahlvorstände?', kind: 'gone', gone: T.wahl, says: ['Mo., 28.05.2029'] },
  { q: 'starkregen', kind: 'none' },
  { q: 'was gibt es in möckmühl?', kind: 'none' },
  { q: 'wer leitet das?', kind: 'noContext' },
  { q: 'Hallo zusammen!', kind: 'help' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-eighth, independent catalogue (Landkreis Heilbronn, Komm.ONE, UKBW, Gemeindetag, VHS Unterland)',
  {
    fixture: 'heldout308-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
