// Over-fitting check, three-hundred-and-seventy-seventh catalogue: the autumn 2031 programme for the Landkreis Tübingen
// (Baden-Württemberg) — the Landratsamt, the Universitätsstadt Tübingen, the Stadt Rottenburg am Neckar and the Gemeinde
// Ammerbuch — with the Führungsakademie Baden-Württemberg (Karlsruhe), the Verwaltungsschule des Gemeindetags (VWS),
// Komm.ONE, the Landratsamt's Personal- und Organisationsamt and the Unfallkasse Baden-Württemberg (UKBW), imported from
// a JSON file. Seminars take place in the Landratsamt Tübingen (Wilhelm-Keil-Straße 50: Großer Sitzungssaal, Raum 127),
// the Rathaus Rottenburg (Marktplatz 18), the Technisches Rathaus Tübingen (Brunnenstraße 3), the Führungsakademie in
// Karlsruhe, online or hybrid (both hybrid ones in Raum 127). One seminar is held in English (the service-desk course,
// three weekly online sessions). Several titles do not name their subject ("Vorsicht, Klick!" is phishing / IT security,
// "Weg vom Papier" the e-file, "Das Protokoll muss stimmen" minutes of the Gemeinderat, "Schreiben, das ankommt" plain
// language, "Führen auf Distanz" leading remote teams, "Land unter im Postfach?" time management / e-mail overload,
// "Das Jahresgespräch" appraisal interviews, "Bewegt durch den Tag" ergonomics / neck and back, "Vom Antrag zum
// Bescheid" administrative procedure, "Kopf frei" stress / resilience, "Zwischen den Stühlen" conflict management,
// "Was steht im Plan?" the budget for council members, "Bilanz ziehen" the annual accounts in the Doppik), so only
// summary, description or topics reveal it. Herr Dr. Markus Ebner teaches three offered seminars (and a past one), Frau
// Sabine Roth the Excel course and the e-file (and the cancelled PowerPoint course). About 35 % of the questions are in
// English.
//
// Calendar around `now` (Monday 22 September 2031, 10:15 in Tübingen, summer time; winter time begins Sun 26.10.2031;
// Tag der Deutschen Einheit Fri 03.10. and Allerheiligen Sat 01.11.2031 are holidays in Baden-Württemberg):
//   this week:  Mon 22.09. (today) 14:00–15:30 phishing (online, Komm.ONE, free); Thu 25.09. 08:30–12:30 Excel
//               (Technisches Rathaus, 95 €, deadline passed Mon 15.09. 23:59)
//   next week:  Tue 30.09. 08:30–16:00 first aid (Landratsamt, Großer Sitzungssaal); Wed 01.10. 08:30–15:00 induction day
//               (Landratsamt, Großer Sitzungssaal); nothing on Fri 03.10. (holiday)
//   October:    Tue 07.10., 14.10., 21.10. 16:00–17:30 English (online, 90 €, deadline Thu 02.10. 12:00); Wed 08.10.
//               14:00–17:00 minutes (Rathaus Rottenburg, 120 €, 14 seats); Thu 09.10. 09:00–16:00 Gemeindeordnung
//               (Rathaus Rottenburg, Ebner, 210 €); Mon 13.10.–Wed 15.10. 09:00–17:00 new managers (Karlsruhe, 890 €,
//               deadline Fri 26.09. 23:59); Tue 14.10. 09:00–11:30 e-file (online, Roth, free); Thu 16.10. the cancelled
//               PowerPoint course; Fri 17.10. 08:00–12:00 fire wardens (Rathaus Rottenburg, free); Tue 21.10. 13:00–16:00
//               winter service (Technisches Rathaus, Ebner, 150 €); Thu 23.10. 09:00–12:30 plain language (Technisches
//               Rathaus, 75 €); Tue 28.10. + Thu 30.10. (CET) 09:00–12:00 remote leadership (online, 280 €); Wed 29.10.
//               the cancelled fee calculation course
//   November:   Tue 04.11. 13:30–16:30 OZG / service-bw (hybrid, Raum 127, 60 €); Wed 05.11. 09:00–15:30 procurement
//               (online, Kienzle, 240 €); Thu 06.11. 13:00–16:00 time management (hybrid, Raum 127, free); Wed 12.11.
//               09:00–12:00 appraisal interviews (Raum 127, free); Thu 13.11. 14:00–15:30 ergonomics (Technisches Rathaus,
//               free); Tue 18.11. 09:00–16:00 administrative procedure (Großer Sitzungssaal, Ebner, 210 €); Wed 19.11.
//               09:00–12:00 stress (online, free); Thu 20.11.–Fri 21.11. 09:00–16:30 conflicts (Karlsruhe, 620 €, 12
//               seats, deadline Fri 31.10. 23:59); Tue 25.11. 18:30–21:00 budget for council members (online, free)
//   December:   Mon 01.12.–Tue 02.12. 08:30–16:00 annual accounts (Raum 127, Kienzle, 380 €); the draft intranet course
//               (Wed 10.12.); the draft AI course (Tue 13.01.2032)
//   past:       Wed 09.07.2031 data protection (online, Komm.ONE), Tue 16.09.2031 police law (Rathaus Rottenburg, Ebner).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2031-09-22T08:15:00Z'); // Monday, 22 September 2031, 10:15 in Tübingen (CEST)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Vorsicht, Klick!', // Mon 22.09. 14:00–15:30, online, Komm.ONE, Herr Jonas Albrecht, phishing / IT security, free
  excel: 'Excel im Verwaltungsalltag: Formeln, Filter und Pivot-Tabellen', // Thu 25.09. 08:30–12:30, Technisches Rathaus, Komm.ONE, Frau Sabine Roth, 95 €, deadline passed Mon 15.09. 23:59
  ersteHilfe: 'Erste-Hilfe-Fortbildung für betriebliche Ersthelfer', // Tue 30.09. 08:30–16:00, Landratsamt Großer Sitzungssaal, UKBW, Herr Stefan Maier (DRK), free
  onboarding: 'Willkommen im Landratsamt', // Wed 01.10. 08:30–15:00, Landratsamt Großer Sitzungssaal, LRA Personal, Frau Miriam Haug, induction day, free
  english: 'English for the Service Desk: Talking to International Residents', // Tue 07.10., 14.10., 21.10. 16:00–17:30, online, LRA Personal, Ms Hannah Collins, English, 90 €, deadline Thu 02.10. 12:00
  protokoll: 'Das Protokoll muss stimmen', // Wed 08.10. 14:00–17:00, Rathaus Rottenburg, VWS, Frau Andrea Bühler, minutes of the Gemeinderat, 120 €, 14 seats
  gemo: 'Kommunalrecht Baden-Württemberg: Die Gemeindeordnung in der Praxis', // Thu 09.10. 09:00–16:00, Rathaus Rottenburg, VWS, Herr Dr. Markus Ebner, 210 €
  fuehrungNeu: 'Neu in der Führungsrolle: Basisprogramm für Führungskräfte', // Mon 13.10.–Wed 15.10. 09:00–17:00, Karlsruhe, FüAk, Frau Dr. Claudia Hertweck, 890 €, deadline Fri 26.09. 23:59
  eakte: 'Weg vom Papier', // Tue 14.10. 09:00–11:30, online, Komm.ONE, Frau Sabine Roth, e-file, free
  brandschutz: 'Brandschutzhelfer-Ausbildung mit Löschübung', // Fri 17.10. 08:00–12:00, Rathaus Rottenburg, UKBW, Herr Klaus Dettling, free
  winterdienst: 'Winterdienst: Räum- und Streupflicht rechtssicher organisieren', // Tue 21.10. 13:00–16:00, Technisches Rathaus, VWS, Herr Dr. Markus Ebner, 150 €
  sprache: 'Schreiben, das ankommt', // Thu 23.10. 09:00–12:30, Technisches Rathaus, LRA Personal, Frau Dr. Ulrike Sailer, plain language, 75 €
  distanz: 'Führen auf Distanz', // Tue 28.10. + Thu 30.10. 09:00–12:00 (CET), online, FüAk, Frau Dr. Claudia Hertweck, remote teams, 280 €
  ozg: 'Online-Dienste mit service-bw: OZG-Leistungen einrichten und bearbeiten', // Tue 04.11. 13:30–16:30, hybrid (Landratsamt, Raum 127), Komm.ONE, Herr Jonas Albrecht, 60 €
  vergabe: 'Vergaberecht kompakt: UVgO und VOB/A für Kommunen', // Wed 05.11. 09:00–15:30, online, VWS, Frau Petra Kienzle, 240 €, deadline Wed 22.10. 23:59
  postfach: 'Land unter im Postfach?', // Thu 06.11. 13:00–16:00, hybrid (Landratsamt, Raum 127), LRA Personal, Herr Tobias Renz, time management, free
  jahresgespraech: 'Das Jahresgespräch', // Wed 12.11. 09:00–12:00, Landratsamt Raum 127, LRA Personal, Frau Miriam Haug, appraisal interviews, free
  ruecken: 'Bewegt durch den Tag', // Thu 13.11. 14:00–15:30, Technisches Rathaus, UKBW, Frau Lena Köhler, ergonomics / neck and back, free
  bescheid: 'Vom Antrag zum Bescheid', // Tue 18.11. 09:00–16:00, Landratsamt Großer Sitzungssaal, VWS, Herr Dr. Markus Ebner, administrative procedure, 210 €
  stress: 'Kopf frei', // Wed 19.11. 09:00–12:00, online, UKBW, Frau Dr. Nadine Falk, stress / resilience / burnout, free
  konflikt: 'Zwischen den Stühlen', // Thu 20.11.–Fri 21.11. 09:00–16:30, Karlsruhe, FüAk, Herr Thomas Wieland, conflicts, 620 €, 12 seats, deadline Fri 31.10. 23:59
  haushalt: 'Was steht im Plan?', // Tue 25.11. 18:30–21:00, online, VWS, Frau Petra Kienzle, budget for council members, free
  doppik: 'Bilanz ziehen', // Mon 01.12.–Tue 02.12. 08:30–16:00, Landratsamt Raum 127, VWS, Frau Petra Kienzle, annual accounts (Doppik), 380 €
  ki: 'KI-Assistenten im Verwaltungsalltag', // draft (Tue 13.01.2032), Komm.ONE, Albrecht
  intranet: 'Beiträge für das Mitarbeiterportal schreiben', // draft (Wed 10.12.), Raum 127, Haug
  powerpoint: 'PowerPoint: Präsentationen überzeugend gestalten', // cancelled (Thu 16.10.), Technisches Rathaus, Roth
  gebuehren: 'Gebührenkalkulation nach dem Kommunalabgabengesetz', // cancelled (Wed 29.10.), online, VWS, Kienzle
  datenschutz: 'Datenschutz im Verwaltungsalltag: DSGVO-Grundlagen', // past (Wed 09.07.2031), online, Komm.ONE, Albrecht
  polizeirecht: 'Polizeirecht für Ortspolizeibehörden', // past (Tue 16.09.2031), Rathaus Rottenburg, Ebner
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.ki, T.intranet, T.powerpoint, T.gebuehren, T.datenschutz, T.polizeirecht];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -------------------------------------------------------------------------------------------
  {
    conv: 'excel',
    q: 'who teaches the Excel course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['is led by Frau Sabine Roth'],
  },
  {
    conv: 'excel',
    q: 'can I still sign up for it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['passed on Mon, 15 Sep 2031, 23:59'],
  },
  {
    conv: 'excel',
    q: 'does she teach anything else?',
    locale: 'en',
    kind: 'list',
    ...maybeAlso(only(T.eakte), T.excel),
  },
  { conv: 'ebner', q: 'Kurse von Herrn Dr. Ebner', kind: 'list', ...only(T.gemo, T.winterdienst, T.bescheid) },
  { conv: 'ebner', q: 'welcher davon ist in Rottenburg?', kind: 'list', titles: [T.gemo] },
  { conv: 'kommone', q: 'was macht die Komm.ONE?', kind: 'list', ...only(T.phishing, T.excel, T.eakte, T.ozg) },
  { conv: 'kommone', q: 'welche davon sind kostenlos?', kind: 'list', ...only(T.phishing, T.eakte) },
  {
    conv: 'fueak',
    q: 'Was bietet die Führungsakademie an?',
    kind: 'list',
    ...only(T.fuehrungNeu, T.distanz, T.konflikt),
  },
  {
    conv: 'fueak',
    q: 'was ist am günstigsten?',
    kind: 'facts',
    titles: [T.distanz],
    says: ['kostet 280 €'],
  },
  { conv: 'fueak', q: 'findet der online statt?', kind: 'facts', titles: [T.distanz], says: ['findet online statt'] },
  {
    conv: 'winter',
    q: 'schneeräumen auf gehwegen – gibt es dazu eine schulung?',
    kind: 'list',
    titles: [T.winterdienst],
  },
  {
    conv: 'winter',
    q: 'wer leitet das?',
    kind: 'facts',
    titles: [T.winterdienst],
    says: ['leitet Herr Dr. Markus Ebner'],
  },
  {
    conv: 'winter',
    q: 'macht der noch was anderes?',
    kind: 'list',
    ...maybeAlso(only(T.gemo, T.bescheid), T.winterdienst),
  },
  { conv: 'english', q: 'Is there a course held in English?', locale: 'en', kind: 'list', titles: [T.english] },
  {
    conv: 'english',
    q: 'when are the sessions?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['Tue, 7 Oct 2031', 'Tue, 21 Oct 2031', 'from 16:00 to 17:30'],
  },
  {
    conv: 'english',
    q: 'until when can I register?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['You can register for the seminar', 'until Thu, 2 Oct 2031, 12:00'],
  },
  {
    conv: 'leader',
    q: 'Is there a course for new team leaders?',
    locale: 'en',
    kind: 'list',
    first: T.fuehrungNeu,
    ...maybeAlso(only(T.fuehrungNeu), T.jahresgespraech, T.konflikt, T.distanz),
  },
  {
    conv: 'leader',
    q: 'where does it take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrungNeu],
    says: ['Führungsakademie Baden-Württemberg', 'Karlsruhe'],
  },
  {
    conv: 'leader',
    q: 'how long does it take?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrungNeu],
    says: ['lasts 3 days, each from 09:00 to 17:00'],
  },
  { conv: 'rottenburg', q: 'was gibt es in rottenburg?', kind: 'list', ...only(T.protokoll, T.gemo, T.brandschutz) },
  { conv: 'rottenburg', q: 'welche davon sind halbtags?', kind: 'list', ...only(T.protokoll, T.brandschutz) },
  {
    miss: '"sitzen" is corrected to "setzen" of the time-management course ("Prioritäten setzen")',
    conv: 'nacken',
    q: 'vom vielen sitzen tut mir der nacken weh – gibt es da was?',
    kind: 'list',
    titles: [T.ruecken],
  },
  { conv: 'nacken', q: 'kostet das was?', kind: 'facts', titles: [T.ruecken], says: ['ist kostenlos'] },
  {
    miss: 'the course for the clerks of council meetings is listed beside the one for council members',
    conv: 'council',
    q: 'anything for council members?',
    locale: 'en',
    kind: 'list',
    titles: [T.haushalt],
  },
  {
    miss: 'follows the list of two before, so no one seminar is talked about',
    conv: 'council',
    q: 'what time does it start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.haushalt],
    says: [/Tue, 25 Nov 2031 (at|from) 18:30/],
  },
  { conv: 'okt', q: 'kostenlose Seminare im Oktober', kind: 'list', ...only(T.onboarding, T.eakte, T.brandschutz) },
  { conv: 'okt', q: 'welche davon sind online?', kind: 'list', titles: [T.eakte] },
  // --- follow-ups with nothing talked about ---------------------------------------------------------------------------
  { conv: 'empty-en', q: 'who teaches it?', locale: 'en', kind: 'noContext' },
  { conv: 'empty-de', q: 'wie lange dauert das?', kind: 'noContext' },
  // --- facts ------------------------------------------------------------------------------------------------------------
  {
    q: 'Wo findet die Erste-Hilfe-Fortbildung statt?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['Landratsamt Tübingen, Großer Sitzungssaal, Wilhelm-Keil-Straße 50'],
  },
  {
    q: 'Ist die OZG-Schulung online?',
    kind: 'facts',
    titles: [T.ozg],
    says: ['findet hybrid statt', 'Landratsamt Tübingen, Raum 127'],
  },
  {
    q: 'How many seats are left in the conflict management seminar?',
    locale: 'en',
    kind: 'facts',
    titles: [T.konflikt],
    says: ['has 12 of 12 seats left'],
  },
  {
    q: 'Wie lange dauert die Brandschutzhelfer-Ausbildung?',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['dauert', 'von 08:00 bis 12:00 Uhr'],
  },
  {
    q: 'Wann ist der Kurs zum Jahresabschluss?',
    kind: 'facts',
    titles: [T.doppik],
    says: ['an 2 Tagen', 'Mo., 01.12.2031', 'Di., 02.12.2031', 'jeweils von 08:30 bis 16:00 Uhr'],
  },
  {
    q: 'How much is the procurement law seminar?',
    locale: 'en',
    kind: 'facts',
    titles: [T.vergabe],
    says: [/costs (€\s?240|240\s?€|EUR 240)/],
  },
  {
    q: 'When is the plain language writing workshop?',
    locale: 'en',
    kind: 'facts',
    titles: [T.sprache],
    says: ['takes place on Thu, 23 Oct 2031 from 09:00 to 12:30'],
  },
  {
    q: 'What time does the phishing training start today?',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: [/Mon, 22 Sep 2031 (at|from) 14:00/],
  },
  { q: 'zeig mir details zum e-akte kurs', kind: 'details', titles: [T.eakte] },
  // --- subjects only summary, description or topics name -----------------------------------------------------------------
  { q: 'Gibt es eine Schulung zu Phishing?', kind: 'list', titles: [T.phishing] },
  { q: 'Amtsdeutsch vermeiden', kind: 'list', titles: [T.sprache] },
  { q: 'ich ertrinke in der E-Mail-Flut', kind: 'list', titles: [T.postfach] },
  { q: 'leading a remote team', locale: 'en', kind: 'list', titles: [T.distanz] },
  { q: 'anything on resilience or burnout?', locale: 'en', kind: 'list', titles: [T.stress] },
  { q: 'onboarding for new employees', locale: 'en', kind: 'list', titles: [T.onboarding] },
  // --- typos ----------------------------------------------------------------------------------------------------------
  { q: 'exel kurs', kind: 'list', titles: [T.excel] },
  { q: 'brandschutzhelfer ausbilung', kind: 'list', titles: [T.brandschutz] },
  // --- trainers, providers, audiences, places ------------------------------------------------------------------------
  { q: 'Kurse von Frau Kienzle', kind: 'list', ...only(T.vergabe, T.haushalt, T.doppik) },
  {
    q: 'What does the Unfallkasse offer?',
    locale: 'en',
    kind: 'list',
    ...only(T.ersteHilfe, T.brandschutz, T.ruecken, T.stress),
  },
  { q: 'Which courses does Dr. Hertweck teach?', locale: 'en', kind: 'list', ...only(T.fuehrungNeu, T.distanz) },
  {
    q: 'Seminare für Führungskräfte',
    kind: 'list',
    ...only(T.fuehrungNeu, T.distanz, T.jahresgespraech, T.konflikt),
  },
  {
    q: 'Kurse im Technischen Rathaus',
    kind: 'list',
    ...only(T.excel, T.winterdienst, T.sprache, T.ruecken),
  },
  { q: 'anything in Karlsruhe?', locale: 'en', kind: 'list', ...only(T.fuehrungNeu, T.konflikt) },
  {
    q: 'Was findet im Raum 127 statt?',
    kind: 'list',
    ...only(T.ozg, T.postfach, T.jahresgespraech, T.doppik),
  },
  { q: 'gibt es auch was in reutlingen?', kind: 'none' },
  // --- dates, times of day, fees, durations -----------------------------------------------------------------------------
  { q: "What's on this week?", locale: 'en', kind: 'list', titles: [T.phishing, T.excel] },
  { q: 'gibt es am 3. oktober etwas?', kind: 'none' },
  { q: 'was gibt es nachmittags im oktober?', kind: 'list', ...only(T.english, T.protokoll, T.winterdienst) },
  { q: 'gibt es abendveranstaltungen?', kind: 'list', titles: [T.haushalt] },
  {
    q: 'Online-Kurse unter 100 Euro',
    kind: 'list',
    ...maybeAlso(only(T.phishing, T.english, T.eakte, T.stress, T.haushalt), T.ozg, T.postfach),
  },
  {
    q: 'anything under €100 at the Technisches Rathaus?',
    locale: 'en',
    kind: 'list',
    ...only(T.excel, T.sprache, T.ruecken),
  },
  {
    q: "What's the cheapest course in Karlsruhe?",
    locale: 'en',
    kind: 'facts',
    titles: [T.konflikt],
    says: [/costs (€\s?620|620\s?€|EUR 620)/],
  },
  {
    q: 'short sessions under two hours',
    locale: 'en',
    kind: 'list',
    ...maybeAlso(only(T.phishing, T.ruecken), T.english),
  },
  {
    q: 'halbtägige Seminare im November',
    kind: 'list',
    ...maybeAlso(only(T.ozg, T.postfach, T.jahresgespraech, T.stress), T.ruecken, T.haushalt),
  },
  {
    q: 'mehrtägige seminare',
    kind: 'list',
    ...maybeAlso(only(T.fuehrungNeu, T.distanz, T.konflikt, T.doppik), T.english),
  },
  // --- gone, drafts, no match, greetings, own registrations ------------------------------------------------------------
  { q: 'Findet der PowerPoint-Kurs statt?', kind: 'gone', gone: T.powerpoint },
  {
    q: 'When was the data protection training?',
    locale: 'en',
    kind: 'gone',
    gone: T.datenschutz,
    says: ['Wed, 9 Jul 2031'],
  },
  { q: 'Polizeirecht für die Ortspolizeibehörde', kind: 'gone', gone: T.polizeirecht, says: ['Di., 16.09.2031'] },
  { q: 'Gibt es einen Kurs zu künstlicher Intelligenz?', kind: 'none' },
  { q: 'Do you offer Spanish lessons?', locale: 'en', kind: 'none' },
  { q: 'Hallo!', kind: 'help' },
  { q: 'danke schön', kind: 'thanks' },
  { q: 'show my bookings', locale: 'en', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-seventy-seventh, independent catalogue (Landkreis Tübingen, Führungsakademie Baden-Württemberg, VWS, Komm.ONE, Unfallkasse Baden-Württemberg)',
  {
    fixture: 'heldout377-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
