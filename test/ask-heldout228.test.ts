// Over-fitting check, two-hundred-and-twenty-eighth catalogue: the 2027 programme for the Landkreis Kelheim (Bavaria)
// and its towns and markets (Kelheim, Abensberg, Mainburg, Neustadt an der Donau, Riedenburg, Siegenburg), with the
// Bayerische Verwaltungsschule (BVS), the AKDB, the Landratsamt's Personalentwicklung and its Öffentliche Sicherheit,
// and the Kommunale Unfallversicherung Bayern (KUVB), imported from a JSON file. Seminars take place in the
// Landratsamt Kelheim, the Feuerwehrzentrum Kelheim, the town halls of Abensberg, Mainburg, Neustadt an der Donau,
// Riedenburg and Siegenburg, online or hybrid. Several titles do not name their subject ("Kassensturz ohne Schrecken" is
// the cash office, "Auskunft ja – aber richtig" data protection, "Zahlen, die der Rat beschließt" the budget for
// councillors, "Klare Worte, kühler Kopf" de-escalation, "Das wirtschaftlichste Angebot" procurement, "Ein Register
// zieht um" the move to OK.EWO, "Ein Klick zu viel" phishing, "Ordnung ohne Ordner" the e-file, "Wer zahlt die Straße?"
// development charges, "Wenn die Donau steigt" flood and disaster control, "Ein Gespräch im Jahr" appraisals, "Die
// letzte Ruhe verwalten" cemeteries, "Plötzlich Chefin, plötzlich Chef" new managers, "Der Vorsitz hat das Wort"
// chairing council meetings, "Schreibhilfe mit Köpfchen" generative AI), so only summary, description or topics reveal
// it; one seminar is held in English; the Bauleitplanung course runs on three days, the leadership course on two; the
// OK.EWO course is open only to Siegenburg, Riedenburg and Neustadt; two seminars are on a Saturday, one in the evening.
// The questions are mostly about time and place — weekdays, "übernächste Woche", the week after Whitsun (Pfingsten is
// Sun 16.05.2027), calendar weeks, "im Herbst", time of day, weekends, towns and buildings — a fifth in English.
//
// Calendar around `now` (Wednesday 21 April 2027, 10:00 in Kelheim, summer time; winter time begins Sun 31.10.2027):
//   this week:  Wed 21.04. 14:00–15:30 BayernPortal (online, today), Thu 22.04. 09:00–12:00 cash office (Rathaus
//               Abensberg, tomorrow), Fri 23.04. 13:00–16:00 data protection (hybrid, Landratsamt), Sat 24.04.
//               09:00–12:30 budget for councillors (Rathaus Mainburg)
//   next week:  (cancelled DIN 5008 on Tue 27.04.), Wed 28.04. 13:30–16:30 de-escalation (Rathaus Neustadt, free),
//               Thu 29.04. 18:00–20:30 councillors' evening (Rathaus Riedenburg); nothing on Mon, Fri, Sat 01.05.
//   week after: Mon 03.05. 09:00–16:00 procurement (Landratsamt; deadline Fri 23.04. 12:00), Tue 04.05. 13:00–15:00
//               time management (online), Wed 05.05. 09:00–12:00 OK.EWO (Rathaus Siegenburg, three members only);
//               Thu 06.05. is Ascension Day
//   KW 19:      Tue 11.05. 09:00–12:30 English (Rathaus Abensberg; deadline passed Fri 16.04. 23:59), Wed 12.05.
//               14:00–16:00 phishing (online); Whitsunday Sun 16.05.
//   KW 20:      (after Pfingsten) Tue 18.05.–Thu 20.05. 09:00–16:00 Bauleitplanung (Landratsamt, 520 €), Fri 21.05.
//               09:00–10:30 back health (online, free)
//   June:       Tue 08. first aid (Feuerwehrzentrum Kelheim, 08:30–16:30), Thu 17. traffic orders (Rathaus
//               Mainburg), Wed 23. e-file (hybrid, Rathaus Neustadt)
//   July:       Tue 06. development charges (Landratsamt), Thu 15. flood control (online), Thu 22. appraisals
//               (Landratsamt, 09:00–12:30)
//   autumn:     Tue 28.09. cemeteries (Rathaus Riedenburg), Thu 14./Fri 15.10. new managers (Rathaus Abensberg), Sat 16.10.
//               chairing meetings (Rathaus Siegenburg, 09:00–12:30), Tue 09.11. AI (online, CET); nothing from 1 to 22
//               September nor in December; the draft playground course (Thu 07.10., Abensberg), the draft naming-law
//               course (Tue 19.10.), the cancelled winter-service course (Tue 16.11., Mainburg)
//   past:       Tue 16.03.2027 e-invoicing (online), Thu 08.04.2027 BayPVG (Landratsamt).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-04-21T08:00:00Z'); // Wednesday, 21 April 2027, 10:00 in Kelheim (CEST)
const TZ = 'Europe/Berlin';

const T = {
  bayernportal: 'Anträge aus dem BayernPortal sicher bearbeiten', // Wed 21.04. 14:00–15:30, online, AKDB, Huber, free
  kasse: 'Kassensturz ohne Schrecken', // Thu 22.04. 09:00–12:00, Rathaus Abensberg, BVS, Kellner, 180 €, cash office
  datenschutz: 'Auskunft ja – aber richtig', // Fri 23.04. 13:00–16:00, hybrid (Landratsamt Kelheim), PE, Wittmann, free, data protection
  haushalt: 'Zahlen, die der Rat beschließt', // Sat 24.04. 09:00–12:30, Rathaus Mainburg, BVS, Dr. Stangl, 95 €, budget for councillors
  deeskalation: 'Klare Worte, kühler Kopf', // Wed 28.04. 13:30–16:30, Rathaus Neustadt an der Donau, KUVB, Lindner, free
  gemeinderat: 'Gemeinderat kompakt: Rechte und Pflichten nach der Gemeindeordnung', // Thu 29.04. 18:00–20:30, Rathaus Riedenburg, BVS, Dr. Stangl, 60 €
  vergabe: 'Das wirtschaftlichste Angebot', // Mon 03.05. 09:00–16:00, Landratsamt Kelheim, BVS, Kellner, 240 €, UVgO, deadline Fri 23.04. 12:00
  zeit: 'Kopf frei im Arbeitsalltag', // Tue 04.05. 13:00–15:00, online, PE, Wittmann, free, time management
  ewo: 'Ein Register zieht um', // Wed 05.05. 09:00–12:00, Rathaus Siegenburg, AKDB, Huber, free, OK.EWO, only Siegenburg/Riedenburg/Neustadt
  english: 'Welcome to Kelheim: English at the Front Desk', // Tue 11.05. 09:00–12:30, Rathaus Abensberg, BVS, Whitmore, 85 €, deadline passed Fri 16.04. 23:59
  phishing: 'Ein Klick zu viel', // Wed 12.05. 14:00–16:00, online, PE, Brunner, free
  bauleitplanung: 'Vom Flächennutzungsplan zum Bebauungsplan', // Tue 18.–Thu 20.05. 09:00–16:00, Landratsamt Kelheim, BVS, Gruber, 520 €
  ruecken: 'Bewegte Pause', // Fri 21.05. 09:00–10:30, online, KUVB, Maier, free, back health
  ersteHilfe: 'Erste Hilfe im Dienst: Ausbildung für Ersthelferinnen und Ersthelfer', // Tue 08.06. 08:30–16:30, Feuerwehrzentrum Kelheim, KUVB, Maier, free
  verkehr: 'Baustelle, Umleitung, Halteverbot', // Thu 17.06. 09:00–16:00, Rathaus Mainburg, BVS, Gruber, 210 €, traffic orders
  eakte: 'Ordnung ohne Ordner', // Wed 23.06. 13:00–16:00, hybrid (Rathaus Neustadt an der Donau), AKDB, Hofbauer, 95 €, e-file komXwork
  beitraege: 'Wer zahlt die Straße?', // Tue 06.07. 09:00–16:00, Landratsamt Kelheim, BVS, Dr. Seidl, 230 €, development charges / KAG
  hochwasser: 'Wenn die Donau steigt', // Thu 15.07. 09:00–12:00, online, Landratsamt (Öffentliche Sicherheit), Bauer, free
  gespraech: 'Ein Gespräch im Jahr', // Thu 22.07. 09:00–12:30, Landratsamt Kelheim, PE, Wittmann, free, appraisals, for managers
  friedhof: 'Die letzte Ruhe verwalten', // Tue 28.09. 09:00–16:00, Rathaus Riedenburg, BVS, Dr. Seidl, 190 €, cemeteries
  fuehrung: 'Plötzlich Chefin, plötzlich Chef', // Thu 14.10. and Fri 15.10. 09:00–16:00, Rathaus Abensberg, BVS, Lindner, 460 €, new managers
  vorsitz: 'Der Vorsitz hat das Wort', // Sat 16.10. 09:00–12:30, Rathaus Siegenburg, BVS, Dr. Stangl, 80 €, chairing council meetings
  ki: 'Schreibhilfe mit Köpfchen', // Tue 09.11. 14:00–16:30 (CET), online, AKDB, Hofbauer, free, generative AI
  spielplatz: 'Spielplätze sicher prüfen', // draft (Thu 07.10., Rathaus Abensberg)
  namensrecht: 'Das neue Namensrecht im Standesamt', // draft (Tue 19.10., Landratsamt)
  din: 'Korrespondenz nach DIN 5008', // cancelled (Tue 27.04.2027, online)
  winterdienst: 'Winterdienst: Räum- und Streupflicht der Gemeinden', // cancelled (Tue 16.11.2027, Rathaus Mainburg)
  erechnung: 'Die E-Rechnung im Kassenverfahren', // past (Tue 16 March 2027)
  baypvg: 'Personalvertretungsrecht in Bayern: Grundlagen des BayPVG', // past (Thu 8 April 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.spielplatz, T.namensrecht, T.din, T.winterdienst, T.erechnung, T.baypvg];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  {
    conv: 'wochen',
    q: 'was ist diese woche noch los',
    kind: 'list',
    titles: [T.bayernportal, T.kasse, T.datenschutz, T.haushalt],
  },
  { conv: 'wochen', q: 'und nächste woche?', kind: 'list', titles: [T.deeskalation, T.gemeinderat] },
  { conv: 'wochen', q: 'und übernächste woche?', kind: 'list', titles: [T.vergabe, T.zeit, T.ewo] },
  { conv: 'friedhof', q: 'gibt es was zur friedhofsverwaltung', kind: 'list', titles: [T.friedhof] },
  {
    conv: 'friedhof',
    q: 'wann und wo?',
    kind: 'facts',
    titles: [T.friedhof],
    says: ['am Di., 28.09.2027 von 09:00 bis 16:00 Uhr', 'im Rathaus Riedenburg'],
  },
  {
    conv: 'friedhof',
    q: 'wie lange geht das',
    kind: 'facts',
    titles: [T.friedhof],
    says: ['dauert 7 Stunden, von 09:00 bis 16:00 Uhr'],
  },
  {
    miss: 'the appraisal-interview course for managers is listed beside the one for new managers',
    conv: 'lead',
    q: 'any training for newly appointed managers?',
    locale: 'en',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'lead',
    q: 'when exactly?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['on 2 days', 'Thu, 14 Oct 2027 and Fri, 15 Oct 2027', 'each from 09:00 to 16:00'],
  },
  {
    conv: 'lead',
    q: 'and where?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['takes place at Rathaus Abensberg'],
  },
  { conv: 'rat', q: 'schulung für gemeinderäte am abend', kind: 'list', titles: [T.gemeinderat] },
  {
    conv: 'rat',
    q: 'um wieviel uhr fängt das an',
    kind: 'facts',
    titles: [T.gemeinderat],
    says: ['beginnt am Do., 29.04.2027 um 18:00 Uhr'],
  },
  { conv: 'rat', q: 'wo genau?', kind: 'facts', titles: [T.gemeinderat], says: ['im Rathaus Riedenburg'] },
  { conv: 'bplan', q: 'bauleitplanung', kind: 'list', titles: [T.bauleitplanung] },
  {
    conv: 'bplan',
    q: 'an welchen tagen ist das',
    kind: 'facts',
    titles: [T.bauleitplanung],
    says: ['an 3 Tagen', 'Di., 18.05.2027, Mi., 19.05.2027 und Do., 20.05.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  { conv: 'uvgo', q: 'vergabe nach uvgo', kind: 'list', titles: [T.vergabe] },
  {
    conv: 'uvgo',
    q: 'bis wann muss ich mich anmelden',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Fr., 23.04.2027, 12:00 Uhr'],
  },
  { conv: 'uvgo', q: 'wo findet das statt?', kind: 'facts', titles: [T.vergabe], says: ['im Landratsamt Kelheim'] },
  { conv: 'engl', q: 'is there an English course', locale: 'en', kind: 'list', titles: [T.english] },
  {
    conv: 'engl',
    q: "what's the registration deadline",
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 16 Apr 2027, 23:59'],
  },
  { conv: 'dsgvo', q: 'datenschutz im bürgerservice', kind: 'list', titles: [T.datenschutz] },
  {
    conv: 'dsgvo',
    q: 'findet das in präsenz statt?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['findet hybrid statt', 'im Landratsamt Kelheim'],
  },
  // --- days, weeks, weekdays, time of day ------------------------------------------------------------------------------
  { q: 'gibt es heute noch was', kind: 'list', titles: [T.bayernportal] },
  { q: 'morgen vormittag', kind: 'list', titles: [T.kasse] },
  { q: 'anything tomorrow?', locale: 'en', kind: 'list', titles: [T.kasse] },
  { q: 'was ist am freitag', kind: 'list', titles: [T.datenschutz] },
  { q: 'gibt es am kommenden wochenende ein seminar', kind: 'list', titles: [T.haushalt] },
  { q: 'are there any courses on a Saturday', locale: 'en', kind: 'list', ...only(T.haushalt, T.vorsitz) },
  { q: 'diese woche vormittags', kind: 'list', titles: [T.kasse, T.haushalt] },
  { q: 'diese woche nachmittags', kind: 'list', titles: [T.bayernportal, T.datenschutz] },
  { q: 'was ist nächsten mittwoch', kind: 'list', titles: [T.deeskalation] },
  { q: 'was läuft bis freitag', kind: 'list', titles: [T.bayernportal, T.kasse, T.datenschutz] },
  { q: 'seminare an einem montag', kind: 'list', titles: [T.vergabe] },
  { q: 'was ist in KW 19', kind: 'list', titles: [T.english, T.phishing] },
  { q: 'was ist in der woche nach pfingsten', kind: 'list', titles: [T.bauleitplanung, T.ruecken] },
  {
    q: 'anything in the week after Pentecost',
    locale: 'en',
    kind: 'list',
    titles: [T.bauleitplanung, T.ruecken],
  },
  { q: 'zwischen dem 10. und 20. mai', kind: 'list', titles: [T.english, T.phishing, T.bauleitplanung] },
  { q: 'was gibt es im juni', kind: 'list', titles: [T.ersteHilfe, T.verkehr, T.eakte] },
  { q: 'was läuft im herbst', kind: 'list', titles: [T.friedhof, T.fuehrung, T.vorsitz, T.ki] },
  { q: "what's on in October", locale: 'en', kind: 'list', titles: [T.fuehrung, T.vorsitz] },
  { q: 'am 17. juni', kind: 'list', titles: [T.verkehr] },
  // --- towns and buildings ---------------------------------------------------------------------------------------------
  { q: 'was gibt es in abensberg', kind: 'list', ...only(T.kasse, T.english, T.fuehrung) },
  { q: 'seminare in mainburg', kind: 'list', ...only(T.haushalt, T.verkehr) },
  { q: 'anything in Riedenburg', locale: 'en', kind: 'list', ...only(T.gemeinderat, T.friedhof) },
  { q: 'kurse in siegenburg', kind: 'list', ...only(T.ewo, T.vorsitz) },
  { q: 'was findet in neustadt an der donau statt', kind: 'list', ...only(T.deeskalation, T.eakte) },
  { q: 'was ist im juli im landratsamt', kind: 'list', titles: [T.beitraege, T.gespraech] },
  { q: 'diese woche in abensberg', kind: 'list', titles: [T.kasse] },
  // --- format, several days, cost, provider ----------------------------------------------------------------------------
  { q: 'online seminare im mai', kind: 'list', titles: [T.zeit, T.phishing, T.ruecken] },
  { q: 'hybride seminare', kind: 'list', ...only(T.datenschutz, T.eakte) },
  { q: 'mehrtägige kurse', kind: 'list', ...only(T.bauleitplanung, T.fuehrung) },
  { q: 'kostenlose seminare nächste woche', kind: 'list', titles: [T.deeskalation] },
  {
    q: 'what does the Bayerische Verwaltungsschule offer in autumn',
    locale: 'en',
    kind: 'list',
    titles: [T.friedhof, T.fuehrung, T.vorsitz],
  },
  // --- facts -----------------------------------------------------------------------------------------------------------
  {
    q: 'wann ist die bewegte pause',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['am Fr., 21.05.2027 von 09:00 bis 10:30 Uhr'],
  },
  {
    q: 'wo ist der erste hilfe kurs',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['im Feuerwehrzentrum Kelheim'],
  },
  {
    q: 'what time does the first aid course start',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['starts on Tue, 8 Jun 2027 at 08:30'],
  },
  {
    q: 'wann ist die schulung zur sitzungsleitung',
    kind: 'facts',
    titles: [T.vorsitz],
    says: ['am Sa., 16.10.2027 von 09:00 bis 12:30 Uhr'],
  },
  // --- topic searches --------------------------------------------------------------------------------------------------
  { q: 'kasenprüfung', kind: 'list', titles: [T.kasse] },
  { q: 'chatgpt', kind: 'list', titles: [T.ki] },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'din 5008 kurs', kind: 'gone', gone: T.din },
  { q: 'wann war die e-rechnung schulung', kind: 'gone', gone: T.erechnung, says: ['Di., 16.03.2027'] },
  { q: 'spielplatzkontrolle', kind: 'none' },
  { q: 'servus', kind: 'help' },
  { q: 'hi, what can you do?', locale: 'en', kind: 'help' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-twenty-eighth, independent catalogue (Landkreis Kelheim, BVS, AKDB)',
  {
    fixture: 'heldout228-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
