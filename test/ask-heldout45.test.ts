// Over-fitting check, forty-fifth catalogue: the 2028 programme of the Studieninstitut für kommunale Verwaltung
// Hellweg-Sauerland (SIHS), to which the Kreis Soest, the Hochsauerlandkreis and their towns and municipalities send their
// staff (the institute's own building in Soest, its Bildungszentrum in Meschede, the Rathaus Lippstadt, online; providers
// the institute, the HSPV NRW, the law firm Brandt & Osterkamp and the municipal IT service KIT-HS), imported from a JSON
// file. Brochure texts in administrative-law vocabulary (VwVfG NRW, UVgO/VgV, NKF/Doppik, TVöD, BeamtStG, GO NRW, SGB II
// and XII, OWiG, BauGB, PStG), abbreviations explained once, catchy titles whose subject is often only in the summary or
// description. Questions are written the way employees ask, without looking at the parser or the answers. Same
// assertions as the other suites: exactly the expected seminars (best first where one is clearly best), the asked fact
// in the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Wednesday 9 February 2028, 16:00 in Soest, winter time; summer time begins Sun 26.03.2028):
//   this week:  nothing more today; Thu 10.02. 09:00–12:00 Teams (tomorrow, online), Fri 11.02. 13:00–16:30 information
//               security (online)
//   next week:  Mon 14.02. morning (online), Tue 15.02. afternoon (hybrid, Soest), Wed 16.02. morning (online),
//               Thu 17.02. afternoon (Meschede) — half days only
//   the week after: Mon 21.02. full day procurement (Soest, deadline passed Fri 04.02.), Tue 22.–Wed 23.02. SGB II (Meschede)
//   no session from Thu 24.02. to Sun 05.03. (only the cancelled enforcement course on Thu 02.03.)
//   March: Tue 07.–Wed 08.03. VwVfG (Soest), Thu 09.03. Sitzungsdienst (Lippstadt), Mon 13.–Wed 15.03. NKF (Soest),
//          Thu 16.03. E-Akte (Meschede, morning), Tue 21.03. presentation (Soest), Wed 22.03. exam prep (online, afternoon),
//          leadership Thu 23.03. 13:00–17:00, Fri 24.03. and Thu 30.03. (CEST) 09:00–16:00 (Soest); draft KI on 20.03.
//   April (CEST): Wed 05.–Thu 06.04. registry office (Lippstadt), Tue 25.04. civil-service law (hybrid, Soest); the
//          cancelled Wohngeld course on 11.04.
//   May: Wed 03.05. conflicts (Meschede), Tue 09.05. SGB XII (online, morning), Tue 16.05. building law (Meschede);
//          draft fees course on 17.05.
//   past: winter road service Wed 24.11.2027, year-end payroll changes Thu 13.01.2028.
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-02-09T15:00:00Z'); // Wednesday, 9 February 2028, 16:00 in Soest (CET)
const TZ = 'Europe/Berlin';

const T = {
  teams: 'Gemeinsam statt per Mail: Microsoft Teams im Verwaltungsalltag', // Thu 10.02.2028 09:00–12:00, online, KIT-HS, free, 40 seats
  infosec: 'Nicht jeder Klick ist harmlos: Informationssicherheit am Arbeitsplatz', // Fri 11.02. 13:00–16:30, online, KIT-HS, free, phishing
  zeit: 'Weniger Feuerwehr, mehr Plan: Zeit- und Selbstmanagement', // Mon 14.02. 09:00–12:30, online, 95 €
  klartext: 'Schreiben, dass es jeder versteht: Bürgernahe Sprache in Briefen und Bescheiden', // Tue 15.02. 13:00–16:30, hybrid (Soest), 140 €
  tvoed: 'Entgelt, Stufen, Zulagen: Tarifrecht im Personalbüro', // Wed 16.02. 09:00–12:30, online, 150 €, TVöD
  ordnungsamt: 'Verwarnen, ahnden, einstellen: Das Bußgeldverfahren im Ordnungsamt', // Thu 17.02. 13:00–16:30, Meschede, 120 €, OWiG
  vergabe: 'Vom Angebot zum Zuschlag: Öffentliche Aufträge rechtssicher vergeben', // Mon 21.02. 09:00–16:00, Soest, 290 €, deadline Fri 04.02. (passed), UVgO, Osterkamp
  sgb2: 'Fördern und fordern: Leistungsrecht im Jobcenter', // Tue 22.02. and Wed 23.02. 09:00–16:00, Meschede, 340 €, HSPV, Brüggemann
  verwaltungsrecht: 'Vom Antrag zum Bescheid: Verwaltungsverfahren rechtssicher führen', // Tue 07.03. and Wed 08.03. 09:00–16:00, Soest, 360 €, HSPV, Wehmeyer
  sitzungsdienst: 'Von der Einladung bis zur Niederschrift: Sitzungsdienst für Rat und Ausschüsse', // Thu 09.03. 09:00–16:00, Rathaus Lippstadt, 190 €
  nkf: 'Soll und Haben im Rathaus: Der kommunale Haushalt nach NKF', // Mon 13.–Wed 15.03. 09:00–16:00, Soest, 520 €, HSPV, Doppik
  eakte: 'Schluss mit Papierbergen: Die E-Akte einführen und nutzen', // Thu 16.03. 09:00–12:00, Meschede, KIT-HS, free
  praesentation: 'Souverän vor Publikum: Überzeugend präsentieren und vortragen', // Tue 21.03. 09:00–16:00, Soest, 230 €, 14 seats
  azubi: 'Gut vorbereitet in die Prüfung: Lernstrategien für Nachwuchskräfte', // Wed 22.03. 13:00–16:00, online, free, trainees
  fuehrung: 'Vom Kollegen zur Chefin: Der Einstieg in die Führungsrolle', // Thu 23.03. 13:00–17:00, Fri 24.03. and Thu 30.03. (CEST) 09:00–16:00, Soest, 690 €, 12 seats
  standesamt: 'Ja-Wort mit Rechtssicherheit: Aktuelles aus dem Personenstandsrecht', // Wed 05.04. and Thu 06.04. 09:00–16:00, Lippstadt, 310 €, deadline Fri 10.03.
  beamtenrecht: 'Ernennen, befördern, versetzen: Beamtenrecht für Personalstellen', // Tue 25.04. 09:00–16:00, hybrid (Soest), 260 €, Brandt
  konflikt: 'Wenn es im Team knirscht: Konfliktgespräche als Führungskraft', // Wed 03.05. 09:00–16:00, Meschede, 210 €, for managers
  sgb12: 'Wenn die Rente nicht reicht: Sozialhilfe nach dem SGB XII', // Tue 09.05. 09:00–12:30, online, 160 €, Wehmeyer
  baurecht: 'Zwischen Bebauungsplan und Baugenehmigung: Bauplanungsrecht kompakt', // Tue 16.05. 09:00–16:00, Meschede, 280 €, Osterkamp
  ki: 'Künstliche Intelligenz im Rathaus: Chancen, Grenzen, Regeln', // draft
  gebuehren: 'Gebühren richtig kalkulieren: Satzungen nach dem KAG NRW', // draft
  vollstreckung: 'Offene Forderungen eintreiben: Vollstreckung nach dem VwVG NRW', // cancelled
  wohngeld: 'Wohngeld kompakt: Anträge zügig und richtig bearbeiten', // cancelled
  jahreswechsel: 'Neues Jahr, neue Regeln: Der Jahreswechsel im Personalbüro', // past (Thu 13 January 2028)
  winterdienst: 'Glatteis und Streupflicht: Winterdienst rechtssicher organisieren', // past (Wed 24 November 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.ki, T.gebuehren, T.vollstreckung, T.wohngeld, T.jahreswechsel, T.winterdienst];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  { q: 'Was kostet der NKF-Kurs?', kind: 'facts', titles: [T.nkf], says: ['kostet 520 €'] },
  {
    q: 'How much is the procurement seminar?',
    locale: 'en',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['costs €290'],
    mentions: ['Inklusive Seminarunterlagen und Mittagsimbiss.'],
  },
  // --- facts: when, start time, duration -------------------------------------------------------------------------------
  {
    q: 'Wann ist das Präsentationstraining?',
    kind: 'facts',
    titles: [T.praesentation],
    says: ['am Di., 21.03.2028 von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'Wann findet das Seminar zum Verwaltungsverfahren statt?',
    kind: 'facts',
    titles: [T.verwaltungsrecht],
    says: ['an 2 Tagen', 'Di., 07.03.2028 und Mi., 08.03.2028', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'Wann sind die Termine von „Vom Kollegen zur Chefin“?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: [
      'an 3 Terminen',
      'Do., 23.03.2028, 13:00–17:00 Uhr; Fr., 24.03.2028, 09:00–16:00 Uhr; Do., 30.03.2028, 09:00–16:00 Uhr',
    ],
  },
  {
    q: 'When is the training for the Standesamt?',
    locale: 'en',
    kind: 'facts',
    titles: [T.standesamt],
    says: ['on 2 days', 'Wed, 5 Apr 2028 and Thu, 6 Apr 2028', 'each from 09:00 to 16:00'],
  },
  {
    q: 'What time does the Teams training start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.teams],
    says: ['starts on Thu, 10 Feb 2028 at 09:00'],
  },
  {
    q: 'Wie lange dauert das Seminar zum Bußgeldverfahren?',
    kind: 'facts',
    titles: [T.ordnungsamt],
    says: ['dauert 3,5 Stunden, von 13:00 bis 16:30 Uhr'],
  },
  {
    q: 'How long is the SGB XII seminar?',
    locale: 'en',
    kind: 'facts',
    titles: [T.sgb12],
    says: ['lasts 3.5 hours, from 09:00 to 12:30'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  {
    q: 'Wo ist das Beamtenrecht-Seminar?',
    kind: 'facts',
    titles: [T.beamtenrecht],
    says: ['im Studieninstitut Hellweg-Sauerland', 'oder online'],
  },
  { q: 'Ist die TVöD-Schulung online oder vor Ort?', kind: 'facts', titles: [T.tvoed], says: ['findet online statt'] },
  {
    q: 'Is the workshop on bürgernahe Sprache online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.klartext],
    says: [/is hybrid|or online/],
  },
  {
    q: 'Wer ist Referent beim Vergabeseminar?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['leitet Herr Rechtsanwalt Dr. Jan-Hendrik Osterkamp'],
  },
  {
    q: 'Who is the trainer for "Vom Antrag zum Bescheid"?',
    locale: 'en',
    kind: 'facts',
    titles: [T.verwaltungsrecht],
    says: ['is led by Frau Prof. Dr. Katharina Wehmeyer'],
  },
  {
    q: 'Bis wann kann ich mich für das Vergabeseminar anmelden?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['ist am Fr., 04.02.2028, 23:59 Uhr abgelaufen'],
  },
  {
    q: 'Anmeldeschluss fürs Standesamt-Seminar?',
    kind: 'facts',
    titles: [T.standesamt],
    says: ['bis Fr., 10.03.2028, 23:59 Uhr'],
  },
  {
    q: 'How many places are left in "Vom Kollegen zur Chefin"?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['has 12 of 12 seats left'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  {
    conv: 'protokoll',
    q: 'Ich muss ab März Ratssitzungen protokollieren – welche Fortbildung passt?',
    kind: 'list',
    titles: [T.sitzungsdienst],
  },
  {
    conv: 'protokoll',
    q: 'Wo findet das statt?',
    kind: 'facts',
    titles: [T.sitzungsdienst],
    says: ['im Rathaus Lippstadt'],
  },
  { conv: 'protokoll', q: 'Und was kostet es?', kind: 'facts', titles: [T.sitzungsdienst], says: ['kostet 190 €'] },
  {
    conv: 'jobcenter',
    q: 'Ich bin neu im Jobcenter – welche Schulung können Sie mir empfehlen?',
    kind: 'list',
    titles: [T.sgb2],
  },
  {
    conv: 'jobcenter',
    q: 'Wann ist die?',
    kind: 'facts',
    titles: [T.sgb2],
    says: ['an 2 Tagen', 'Di., 22.02.2028 und Mi., 23.02.2028', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'jobcenter',
    q: 'Wer leitet das Seminar?',
    kind: 'facts',
    titles: [T.sgb2],
    says: ['leitet Herr Prof. Dr. Stefan Brüggemann'],
  },
  { conv: 'phishing', q: 'Is there a course about phishing?', locale: 'en', kind: 'list', titles: [T.infosec] },
  { conv: 'phishing', q: 'Is it free?', locale: 'en', kind: 'facts', titles: [T.infosec], says: ['is free of charge'] },
  {
    conv: 'phishing',
    q: 'When does it start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.infosec],
    says: ['starts on Fri, 11 Feb 2028 at 13:00'],
  },
  { conv: 'doppik', q: 'Gibt es eine Einführung in die Doppik?', kind: 'list', titles: [T.nkf] },
  {
    conv: 'doppik',
    q: 'Wie lange dauert das?',
    kind: 'facts',
    titles: [T.nkf],
    says: ['dauert 3 Tage, jeweils von 09:00 bis 16:00 Uhr'],
  },
  // --- topic searches: abbreviations, tasks instead of topics, colloquial wording, words only in summary/description ---
  { q: 'Gibt es was zur UVgO?', kind: 'list', titles: [T.vergabe] },
  { q: 'SGB II Schulung', kind: 'list', titles: [T.sgb2] },
  { q: 'Eingruppierung nach TVöD', kind: 'list', titles: [T.tvoed] },
  {
    q: 'Ich soll demnächst Trauungen durchführen – gibt es dazu eine Fortbildung?',
    kind: 'list',
    titles: [T.standesamt],
  },
  { q: 'Gibt es eine Schulung zur digitalen Aktenführung?', kind: 'list', titles: [T.eakte] },
  { q: 'Wie schreibe ich Bescheide so, dass die Bürger sie auch verstehen?', kind: 'list', first: T.klartext },
  { q: 'Ich arbeite im Außendienst beim Ordnungsamt – gibt es was für mich?', kind: 'list', first: T.ordnungsamt },
  { q: 'Ich muss eine Bauvoranfrage für ein Vorhaben im Außenbereich prüfen', kind: 'list', titles: [T.baurecht] },
  { q: 'Grundsicherung im Alter', kind: 'list', first: T.sgb12 },
  { q: 'Ich habe Lampenfieber, wenn ich im Ausschuss vortragen muss', kind: 'list', first: T.praesentation },
  { q: 'Any workshop on handling conflicts for team leaders?', locale: 'en', kind: 'list', first: T.konflikt },
  // --- typos -----------------------------------------------------------------------------------------------------------
  { q: 'Vergabrecht Schulung', kind: 'list', titles: [T.vergabe] },
  { q: 'Beamtenrehct Fortbildung', kind: 'list', titles: [T.beamtenrecht] },
  { q: 'Ordnungswidrigkieten', kind: 'list', titles: [T.ordnungsamt] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, cost, length, free seats ---------------
  { q: 'Gibt es morgen eine Schulung?', kind: 'list', titles: [T.teams] },
  { q: 'Was steht nächste Woche an?', kind: 'list', titles: [T.zeit, T.klartext, T.tvoed, T.ordnungsamt] },
  { q: 'Anything next week in the afternoon?', locale: 'en', kind: 'list', titles: [T.klartext, T.ordnungsamt] },
  { q: 'Was läuft in den nächsten drei Wochen in Meschede?', kind: 'list', titles: [T.ordnungsamt, T.sgb2] },
  { q: 'Welche mehrtägigen Seminare gibt es im März?', kind: 'list', titles: [T.verwaltungsrecht, T.nkf, T.fuehrung] },
  { q: 'Eintägige Präsenzseminare im März?', kind: 'list', titles: [T.sitzungsdienst, T.eakte, T.praesentation] },
  { q: 'Gibt es im ersten Quartal hybride Seminare?', kind: 'list', titles: [T.klartext] },
  { q: 'Welche Seminare im April haben noch freie Plätze?', kind: 'list', titles: [T.standesamt, T.beamtenrecht] },
  { q: 'Welche Fortbildungen sind kostenlos?', kind: 'list', ...only(T.teams, T.infosec, T.eakte, T.azubi) },
  { q: 'Was findet in Lippstadt statt?', kind: 'list', ...only(T.sitzungsdienst, T.standesamt) },
  { q: 'Welche Kurse gibt Frau Prof. Wehmeyer?', kind: 'list', ...only(T.verwaltungsrecht, T.sgb12) },
  { q: 'Was bietet die HSPV an?', kind: 'list', ...only(T.sgb2, T.verwaltungsrecht, T.nkf) },
  { q: 'Ich bin Führungskraft – welche Seminare sind was für mich?', kind: 'list', ...only(T.fuehrung, T.konflikt) },
  { q: 'Gibt es was für Azubis?', kind: 'list', titles: [T.azubi] },
  // --- gone, no match, greeting ----------------------------------------------------------------------------------------
  { q: 'Was kostet das Seminar zum Forderungsmanagement?', kind: 'gone', gone: T.vollstreckung },
  { q: 'When is the Wohngeld seminar?', locale: 'en', kind: 'gone', gone: T.wohngeld },
  {
    q: 'Wann war die Schulung zum Jahreswechsel im Personalbüro?',
    kind: 'gone',
    gone: T.jahreswechsel,
    says: ['Do., 13.01.2028'],
  },
  { q: 'Gibt es was zu künstlicher Intelligenz?', kind: 'none' },
  { q: 'Gibt es eine Schulung zum Friedhofswesen?', kind: 'none' },
  { q: 'Do you offer Spanish lessons?', locale: 'en', kind: 'none' },
  { q: 'Guten Tag', kind: 'help' },
  { q: 'Hello there', locale: 'en', kind: 'help' },
];

heldoutSuite('answering questions about a forty-fifth, independent catalogue (Studieninstitut Hellweg-Sauerland)', {
  fixture: 'heldout45-catalogue.json',
  now,
  timeZone: TZ,
  cases: CASES,
  titles: all,
  never: NEVER,
});
