// Over-fitting check, three-hundred-and-eightieth catalogue: the spring 2031 programme for the Saale-Holzland-Kreis
// (Thüringen) — the Landratsamt in Eisenberg, the Städte Stadtroda and Kahla and the VG Dornburg-Camburg — with the
// Thüringer Verwaltungsschule (Weimar), the Landratsamt's Personal department and Jugendamt, the Unfallkasse Thüringen and
// the Kommunales Rechenzentrum Thüringen (KIV), imported from a JSON file. Seminars take place in the Landratsamt
// (Im Schloss, Eisenberg: Kreistagssaal and Raum 2.14), the Rathaus Stadtroda, the Rathaus Kahla, the Verwaltungsschule
// in Weimar, online or hybrid. One seminar is held in English (the counter course in Kahla). Several titles do not name
// their subject ("Papierlos glücklich" is the e-file, "Was geht, was nicht?" data protection, "Der Bildschirm-Check"
// workstation ergonomics, "Wer hat an der Uhr gedreht?" working time / overtime under the TVöD, "Nicht jeder Anhang ist
// harmlos" phishing / IT security, "Frag die Maschine" AI / ChatGPT, "Durchatmen" stress / burnout, "Kirmes ohne Kater"
// youth protection at village fairs, "Wohin fließt das Geld?" the budget for council members, "Klare Worte, ruhige Hand"
// de-escalation, "Von der Einladung bis zur Niederschrift" council meeting minutes, "Plötzlich Teamleitung" new team
// leaders), so only summary, description or topics reveal it. About a third of the questions are in English.
//
// Calendar around `now` (Wednesday 12 March 2031, 09:30 in Eisenberg, winter time; summer time begins Sun 30.03.2031;
// Good Friday 11.04., Easter Monday 14.04., Labour Day Thu 01.05., Ascension Thu 22.05.2031 are holidays in Thüringen):
//   this week:  Wed 12.03. (today) 13:30–15:00 e-file (online, KIV); Thu 13.03. 09:00–15:00 child protection (Raum 2.14,
//               Jugendamt)
//   next week:  Tue 18.03. 09:00–12:00 data protection (online, TVS, 95 €); Thu 20.03. 10:00–11:30 workstation check
//               (online, UKT)
//   late March: Mon 24.03.–Tue 25.03. 09:00–16:00 administrative procedure (Weimar, 310 €, deadline Fri 14.03. 23:59);
//               the cancelled Excel course (Tue 25.03., Raum 2.14); Thu 27.03. 09:00–16:00 procurement (Weimar, 260 €,
//               deadline passed Mon 10.03. 23:59); Mon 31.03. (CEST) 13:00–16:00 working time (Raum 2.14, Personal)
//   April:      Thu 03.04. 10:00–11:30 phishing (online, KIV); Fri 04.04. 09:00–14:00 induction day (Kreistagssaal);
//               Tue 08.04. 14:00–17:00 parents separating (Rathaus Stadtroda, Jugendamt); Wed 09.04. 09:00–12:00 AI
//               (hybrid, Raum 2.14, KIV); Thu 10.04. 09:00–12:30 English at the counter (Rathaus Kahla, 40 €, deadline
//               Fri 28.03. 12:00); nothing on Good Friday or Easter Monday; Tue 15.04. 08:00–15:30 first aid
//               (Kreistagssaal, UKT); the cancelled time-management course (Wed 16.04., Kahla); Wed 23.04. 14:00–16:00
//               stress (online, UKT); Thu 24.04. 18:00–20:30 youth protection at fairs (Rathaus Kahla, Jugendamt)
//   May:        Mon 05.05.–Wed 07.05. 08:30–15:30 municipal law (Weimar, 420 €, deadline Fri 18.04. 23:59); Tue 06.05.
//               18:00–20:30 budget for councillors (hybrid, Kreistagssaal, TVS, free); Wed 07.05. 09:00–16:00
//               de-escalation (Rathaus Stadtroda, UKT); Tue 13.05. 09:00–13:00 ThAVEL (Rathaus Stadtroda, KIV, 85 €);
//               Wed 14.05. 09:00–15:00 housing benefit (online, TVS, 150 €, 20 seats); Thu 15.05. 09:00–12:00 council
//               minutes (Rathaus Kahla, TVS, 60 €, Stadtroda / Kahla / Dornburg-Camburg only); Mon 19.05.–Tue 20.05.
//               09:00–16:30 new team leaders (Raum 2.14, Personal, 380 €, deadline Fri 02.05. 23:59)
//   June:       only the drafts social media (Tue 10.06., KIV) and cemetery fees (Thu 12.06., Weimar)
//   past:       Wed 22.01.2031 cash audit (Weimar), Tue 18.02.2031 fire wardens (Kreistagssaal, UKT).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2031-03-12T08:30:00Z'); // Wednesday, 12 March 2031, 09:30 in Eisenberg (CET)
const TZ = 'Europe/Berlin';

const T = {
  eakte: 'Papierlos glücklich', // Wed 12.03. 13:30–15:00, online, KIV, Frau Anja Köhler, e-file, free
  kinderschutz: 'Kinderschutz nach § 8a SGB VIII: Gefährdungseinschätzung in der Praxis', // Thu 13.03. 09:00–15:00, Raum 2.14, Jugendamt, Frau Katrin Bergmann, free
  datenschutz: 'Was geht, was nicht?', // Tue 18.03. 09:00–12:00, online, TVS, Herr Dr. Thomas Seidel, data protection, 95 €
  bildschirm: 'Der Bildschirm-Check', // Thu 20.03. 10:00–11:30, online, UKT, Frau Julia Hartung, ergonomics, free
  verfahren: 'Verwaltungsverfahrensrecht kompakt: Anhörung, Bescheid, Widerspruch', // Mon 24.03.–Tue 25.03. 09:00–16:00, Weimar, TVS, Dr. Seidel, 310 €, deadline Fri 14.03. 23:59
  vergabe: 'Vergaberecht: UVgO und Thüringer Vergabegesetz', // Thu 27.03. 09:00–16:00, Weimar, TVS, Herr Uwe Schramm, 260 €, deadline passed Mon 10.03. 23:59
  arbeitszeit: 'Wer hat an der Uhr gedreht?', // Mon 31.03. 13:00–16:00, Raum 2.14, Personal, Frau Nicole Fischer, working time / TVöD, free
  phishing: 'Nicht jeder Anhang ist harmlos', // Thu 03.04. 10:00–11:30, online, KIV, Herr Sebastian Rauch, IT security, free
  onboarding: 'Willkommen im Saale-Holzland-Kreis', // Fri 04.04. 09:00–14:00, Kreistagssaal, Personal, Frau Nicole Fischer, induction day, free
  trennung: 'Wenn Eltern sich trennen', // Tue 08.04. 14:00–17:00, Rathaus Stadtroda, Jugendamt, Frau Susanne Lorenz, free
  ki: 'Frag die Maschine', // Wed 09.04. 09:00–12:00, hybrid (Raum 2.14), KIV, Herr Sebastian Rauch, AI, free
  english: 'English at the Counter: Serving International Residents', // Thu 10.04. 09:00–12:30, Rathaus Kahla, Personal, Daniel Hughes (VHS), 40 €, English, deadline Fri 28.03. 12:00
  ersteHilfe: 'Erste-Hilfe-Fortbildung für betriebliche Ersthelfer', // Tue 15.04. 08:00–15:30, Kreistagssaal, UKT, Herr Ronny Walther (DRK), free, 16 seats
  stress: 'Durchatmen', // Wed 23.04. 14:00–16:00, online, UKT, Frau Julia Hartung, stress / burnout, free
  kirmes: 'Kirmes ohne Kater', // Thu 24.04. 18:00–20:30, Rathaus Kahla, Jugendamt, Herr Marco Pfeifer, youth protection, free
  kommunalrecht: 'Kommunalrecht in Thüringen: Die ThürKO für Neueinsteiger', // Mon 05.05.–Wed 07.05. 08:30–15:30, Weimar, TVS, Frau Dr. Petra Engel, 420 €, deadline Fri 18.04. 23:59
  haushalt: 'Wohin fließt das Geld?', // Tue 06.05. 18:00–20:30, hybrid (Kreistagssaal), TVS, Herr Uwe Schramm, budget for councillors, free
  deeskalation: 'Klare Worte, ruhige Hand', // Wed 07.05. 09:00–16:00, Rathaus Stadtroda, UKT, Herr Jens Möller (LPI Jena), de-escalation, free
  thavel: 'Onlinedienste im ThAVEL bearbeiten', // Tue 13.05. 09:00–13:00, Rathaus Stadtroda, KIV, Frau Anja Köhler, 85 €
  wohngeld: 'Wohngeld aktuell: Berechnung und Bescheide', // Wed 14.05. 09:00–15:00, online, TVS, Frau Carola Dietrich, 150 €, 20 seats
  sitzung: 'Von der Einladung bis zur Niederschrift', // Thu 15.05. 09:00–12:00, Rathaus Kahla, TVS, Frau Dr. Petra Engel, council minutes, 60 €
  fuehrung: 'Plötzlich Teamleitung', // Mon 19.05.–Tue 20.05. 09:00–16:30, Raum 2.14, Personal, Frau Dr. Heike Wendland, 380 €, deadline Fri 02.05. 23:59
  excel: 'Excel für Einsteiger: Tabellen, Formeln und Diagramme', // cancelled (Tue 25.03.), Rauch, Raum 2.14
  zeit: 'Zeitmanagement und Selbstorganisation', // cancelled (Wed 16.04.), Wendland, Rathaus Kahla
  brandschutz: 'Brandschutzhelfer-Ausbildung mit praktischer Löschübung', // past (Tue 18.02.2031), Kreistagssaal, UKT
  kasse: 'Kassenprüfung und Kassensicherheit in der Gemeinde', // past (Wed 22.01.2031), Weimar, Schramm
  socialMedia: 'Social Media für Kommunen: Facebook, Instagram und Co.', // draft (Tue 10.06.), Köhler, online
  friedhof: 'Friedhofsgebühren kalkulieren', // draft (Thu 12.06.), Schramm, Weimar
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.excel, T.zeit, T.brandschutz, T.kasse, T.socialMedia, T.friedhof];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -------------------------------------------------------------------------------------------
  {
    conv: 'verfahren',
    q: 'Was kostet das Seminar zum Verwaltungsverfahren?',
    kind: 'facts',
    titles: [T.verfahren],
    says: ['kostet 310 €'],
  },
  {
    conv: 'verfahren',
    q: 'und wie lange geht das?',
    kind: 'facts',
    titles: [T.verfahren],
    says: ['dauert 2 Tage, jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'leadership',
    q: 'Is there a course for new team leaders?',
    locale: 'en',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'leadership',
    q: 'When is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['takes place on 2 days', 'Mon, 19 May 2031', 'each from 09:00 to 16:30'],
  },
  {
    conv: 'leadership',
    q: 'how much does it cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: [/costs (€\s?380|380\s?€|EUR 380)/],
  },
  { conv: 'ki', q: 'gibt es was zu ChatGPT?', kind: 'list', titles: [T.ki] },
  {
    conv: 'ki',
    q: 'kann ich auch von zuhause teilnehmen?',
    kind: 'facts',
    titles: [T.ki],
    says: ['findet hybrid statt', 'Raum 2.14'],
  },
  { conv: 'ki', q: 'was bietet der referent sonst noch an?', kind: 'list', ...maybeAlso(only(T.phishing), T.ki) },
  {
    conv: 'april',
    q: 'show me everything in April',
    locale: 'en',
    kind: 'list',
    titles: [T.phishing, T.onboarding, T.trennung, T.ki, T.english, T.ersteHilfe, T.stress, T.kirmes],
  },
  { conv: 'april', q: 'which of those are online?', locale: 'en', kind: 'list', titles: [T.phishing, T.stress] },
  {
    conv: 'vs-maerz',
    q: 'was bietet die Verwaltungsschule im März an?',
    kind: 'list',
    titles: [T.datenschutz, T.verfahren, T.vergabe],
  },
  { conv: 'vs-maerz', q: 'welches davon ist online?', kind: 'list', titles: [T.datenschutz] },
  { conv: 'kahla', q: 'Was läuft in Kahla?', kind: 'list', ...only(T.english, T.kirmes, T.sitzung) },
  { conv: 'kahla', q: 'welches ist abends?', kind: 'list', titles: [T.kirmes] },
  { conv: 'kahla', q: 'ist das kostenlos?', kind: 'facts', titles: [T.kirmes], says: ['ist kostenlos'] },
  {
    conv: 'firstaid',
    q: "When's the first aid refresher?",
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['takes place on Tue, 15 Apr 2031 from 08:00 to 15:30'],
  },
  {
    conv: 'firstaid',
    q: 'are there seats left?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['has 16 of 16 seats left'],
  },
  { conv: 'vergabe', q: 'Vergaberecht Seminar', kind: 'list', titles: [T.vergabe] },
  {
    conv: 'vergabe',
    q: 'kann ich mich da noch anmelden?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['am Mo., 10.03.2031, 23:59 Uhr abgelaufen'],
  },
  {
    conv: 'vergabe',
    q: 'wo ist das?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['Thüringer Verwaltungsschule, Lehrsaal 3, Weimarplatz 4'],
  },
  {
    conv: 'kommunalrecht',
    q: "I'm new to local government. Is there an introduction to municipal law?",
    locale: 'en',
    kind: 'list',
    first: T.kommunalrecht,
    ...maybeAlso(only(T.kommunalrecht), T.sitzung, T.verfahren),
  },
  {
    conv: 'kommunalrecht',
    q: 'how many days is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.kommunalrecht],
    says: ['lasts 3 days, each from 08:30 to 15:30'],
  },
  { conv: 'excel', q: 'findet der Excel-Kurs noch statt?', kind: 'gone', gone: T.excel },
  // --- follow-ups with nothing talked about ---------------------------------------------------------------------------
  { conv: 'empty-en', q: 'How much is it?', locale: 'en', kind: 'noContext' },
  { conv: 'empty-de', q: 'und wann ist das?', kind: 'noContext' },
  // --- facts ------------------------------------------------------------------------------------------------------------
  {
    q: 'Wo findet der Kinderschutz-Kurs statt?',
    kind: 'facts',
    titles: [T.kinderschutz],
    says: ['Landratsamt Saale-Holzland-Kreis, Raum 2.14, Im Schloss, 07607 Eisenberg'],
  },
  {
    q: 'When is the de-escalation training?',
    locale: 'en',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['takes place on Wed, 7 May 2031 from 09:00 to 16:00'],
  },
  {
    q: 'Who teaches the course on phishing?',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['is led by Herr Sebastian Rauch'],
  },
  {
    q: 'wie lange dauert der Bildschirm-Check?',
    kind: 'facts',
    titles: [T.bildschirm],
    says: ['dauert', 'von 10:00 bis 11:30 Uhr'],
  },
  {
    q: 'sind beim wohngeld-seminar noch plätze frei?',
    kind: 'facts',
    titles: [T.wohngeld],
    says: ['noch 20 von 20 Plätzen frei'],
  },
  {
    q: 'Is the counter course held in English?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['is held in English'],
  },
  { q: 'Was kostet die ThAVEL-Schulung?', kind: 'facts', titles: [T.thavel], says: ['kostet 85 €'] },
  {
    q: 'um wie viel uhr fängt der abend zum haushalt an?',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['beginnt am Di., 06.05.2031 um 18:00 Uhr'],
  },
  {
    q: 'Where is the session on separation and divorce?',
    locale: 'en',
    kind: 'facts',
    titles: [T.trennung],
    says: ['Rathaus Stadtroda, Sitzungssaal, Straße des Friedens 22'],
  },
  {
    q: 'Until when can I sign up for the English counter course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['You can register for the seminar', 'until Fri, 28 Mar 2031, 12:00'],
  },
  { q: 'zeig mir mehr zum Datenschutz-Seminar', kind: 'details', titles: [T.datenschutz] },
  // --- subjects only summary, description or topics name -----------------------------------------------------------------
  { q: 'phishing-mails erkennen', kind: 'list', titles: [T.phishing] },
  { q: 'anything on burnout?', locale: 'en', kind: 'list', titles: [T.stress] },
  { q: 'Überstunden und Gleitzeit', kind: 'list', titles: [T.arbeitszeit] },
  { q: 'jugendschutz bei vereinsfesten', kind: 'list', titles: [T.kirmes] },
  { q: 'Do you have anything on the electronic file?', locale: 'en', kind: 'list', titles: [T.eakte] },
  { q: 'umgang mit aggressiven bürgern', kind: 'list', titles: [T.deeskalation] },
  { q: 'datenschuz schulung', kind: 'list', titles: [T.datenschutz] },
  { q: 'wohngld', kind: 'list', titles: [T.wohngeld] },
  // --- trainers, providers, places, audiences ----------------------------------------------------------------------------
  { q: 'Kurse von Frau Hartung', kind: 'list', ...only(T.bildschirm, T.stress) },
  { q: 'courses by Dr. Engel', locale: 'en', kind: 'list', ...only(T.kommunalrecht, T.sitzung) },
  { q: 'was bietet das Jugendamt an?', kind: 'list', ...only(T.kinderschutz, T.trennung, T.kirmes) },
  {
    q: 'What does the Unfallkasse offer in April?',
    locale: 'en',
    kind: 'list',
    titles: [T.ersteHilfe, T.stress],
  },
  { q: 'KIV Schulungen', kind: 'list', ...only(T.eakte, T.phishing, T.ki, T.thavel) },
  {
    q: 'Seminare im Landratsamt in Eisenberg',
    kind: 'list',
    ...only(T.kinderschutz, T.arbeitszeit, T.onboarding, T.ki, T.ersteHilfe, T.haushalt, T.fuehrung),
  },
  { q: 'anything in Weimar?', locale: 'en', kind: 'list', ...only(T.verfahren, T.vergabe, T.kommunalrecht) },
  { q: 'gibt es auch was in Jena?', kind: 'none' },
  {
    miss: 'the course on municipal law for new staff is not found by its audience, only the induction day',
    q: 'Was gibt es für neue Kolleginnen und Kollegen?',
    kind: 'list',
    ...only(T.onboarding, T.kommunalrecht),
  },
  // --- dates, times, formats, fees, everything -------------------------------------------------------------------------
  // 22 seminars: a first page of the soonest ones ('ask.foundFirst'), nothing gone, draft or past among them.
  { q: 'Was gibt es alles?', kind: 'list', first: T.eakte, includes: [T.eakte, T.kinderschutz, T.datenschutz] },
  { q: 'was ist heute noch', kind: 'list', titles: [T.eakte] },
  { q: "What's on this week?", locale: 'en', kind: 'list', titles: [T.eakte, T.kinderschutz] },
  {
    q: 'seminare im mai',
    kind: 'list',
    titles: [T.kommunalrecht, T.haushalt, T.deeskalation, T.thavel, T.wohngeld, T.sitzung, T.fuehrung],
  },
  { q: 'Anything in June?', locale: 'en', kind: 'none' },
  { q: 'gibt es abendveranstaltungen?', kind: 'list', ...only(T.kirmes, T.haushalt) },
  {
    q: 'Seminare am Nachmittag',
    kind: 'list',
    ...maybeAlso(only(T.eakte, T.arbeitszeit, T.trennung, T.stress), T.kirmes, T.haushalt),
  },
  { q: 'Kurse über 200 Euro', kind: 'list', ...only(T.verfahren, T.vergabe, T.kommunalrecht, T.fuehrung) },
  { q: 'kostenlose Seminare im Mai', kind: 'list', ...only(T.haushalt, T.deeskalation) },
  { q: 'hybrid seminars', locale: 'en', kind: 'list', ...only(T.ki, T.haushalt) },
  // --- gone, drafts, no match, greetings, own registrations ------------------------------------------------------------
  {
    q: 'was war das mit dem Brandschutz im Februar?',
    kind: 'gone',
    gone: T.brandschutz,
    says: ['Di., 18.02.2031'],
  },
  {
    q: 'When was the fire warden training?',
    locale: 'en',
    kind: 'gone',
    gone: T.brandschutz,
    says: ['Tue, 18 Feb 2031'],
  },
  { q: 'Is the time management workshop still happening?', locale: 'en', kind: 'gone', gone: T.zeit },
  { q: 'kassenprüfung seminar', kind: 'gone', gone: T.kasse, says: ['Mi., 22.01.2031'] },
  { q: 'is the social media course on?', locale: 'en', kind: 'none' },
  { q: 'Friedhofsgebühren', kind: 'none' },
  { q: 'Hallo!', kind: 'help' },
  { q: 'Danke, das hilft mir!', kind: 'thanks' },
  { q: 'Wofür bin ich angemeldet?', kind: 'myRegistrations' },
  { q: 'Which seminars have I booked?', locale: 'en', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-eightieth, independent catalogue (Saale-Holzland-Kreis, Thüringer Verwaltungsschule, Unfallkasse Thüringen, KIV, Jugendamt)',
  {
    fixture: 'heldout380-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
