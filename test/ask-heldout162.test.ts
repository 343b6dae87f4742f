// Over-fitting check, hundred-and-sixty-second catalogue: the 2027 autumn programme of the Landkreis Peine (Lower Saxony)
// with the Niedersächsisches Studieninstitut für kommunale Verwaltung (NSI), the county's Personalentwicklung, the
// Kommunale Datenverarbeitung Oldenburg (KDO) as municipal IT provider, the GUV Hannover / Landesunfallkasse
// Niedersachsen and the VHS Peine, for the county and its municipalities (Stadt Peine, Ilsede, Lengede, Vechelde,
// Edemissen, Hohenhameln, Wendeburg), imported from a JSON file. Seminars take place in the Kreishaus Peine, the
// VHS-Haus Peine, the NSI-Bildungszentrum Hannover, the town halls of Ilsede, Lengede, Vechelde, Edemissen, Hohenhameln
// and Wendeburg, online or hybrid. Eleven titles do not name their subject ("Der Köder im Postfach" is information
// security, "Listen, die sich selbst auswerten" Excel, "Die Maschine schreibt mit" AI, "Der günstigste ist nicht immer
// der wirtschaftlichste" procurement law, "Ruhig bleiben am Tresen" de-escalation, "Den Kopf frei bekommen" stress,
// "Schreiben, das ankommt" plain language, "Ordnung ohne Ordner" the e-file, "Das Rathaus in der Hosentasche" the OZG,
// "Der Rollenwechsel" leadership for new managers, "Frisch an Bord" onboarding; the past "Gut vorbereitet, wenn es
// brennt" fire wardens). One seminar is held in English; the leadership course runs on two days; the e-file course is
// open only to Ilsede, Lengede and Hohenhameln; first aid (paid by the GUV) and the onboarding day are the only free
// ones; time management has only 6 seats. Half of the questions are in English (colleagues from abroad, English client
// locale), half in German, written without looking at the parser or the answers.
//
// Calendar around `now` (Tuesday 21 September 2027, 11:00 in Peine, summer time; winter time begins Sun 31.10.2027):
//   this week:  nothing tomorrow (Wed 22.09.); Thu 23.09. 09:00–11:30 phishing (online), Fri 24.09. 13:00–16:00
//               data protection (hybrid, Kreishaus)
//   next week:  Mon 27.09. morning Excel (online), Wed 29.09. afternoon English workshop (VHS-Haus; deadline passed
//               Fri 17.09.), Thu 30.09. afternoon Teams (online)
//   October:    Tue 05. AI (hybrid), Thu 07. first aid (Vechelde), Wed 13. procurement (Hannover; deadline Fri 01.10.
//               12:00), Thu 14. de-escalation (Ilsede), Tue 19. administrative procedure (online), Wed 20. stress
//               (online), Thu 28. budget law (Kreishaus); the cancelled SharePoint course on Thu 21.10.
//   November:   Wed 03. e-file (Lengede, members only), Mon 08. OZG (online), Tue 09./Wed 10. leadership (Hannover),
//               Thu 11. accessible documents (online), Tue 16. council minutes (Edemissen), Thu 18. onboarding
//               (Kreishaus), Tue 23. job interviews (Wendeburg), Thu 25. conflict talks (Hohenhameln); the cancelled
//               ladder safety course on Tue 02.11.
//   December:   Wed 01. ergonomics (online), Tue 07. time management (VHS-Haus, 6 seats), Thu 09. social media
//               (hybrid); the drafts Low German (Mon 06.12.) and drones (Tue 14.12.)
//   past:       Wed 09.06.2027 spelling (online), Thu 26.08.2027 fire wardens (Edemissen).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-09-21T09:00:00Z'); // Tuesday, 21 September 2027, 11:00 in Peine (CEST)
const TZ = 'Europe/Berlin';

const T = {
  koeder: 'Der Köder im Postfach', // Thu 23.09. 09:00–11:30, online, KDO, Kruse, information security / phishing, 45 €
  datenschutz: 'Datenschutz im Bürgerbüro: DSGVO-Grundlagen für die Sachbearbeitung', // Fri 24.09. 13:00–16:00, hybrid (Kreishaus), PE, Fricke, 60 €
  excel: 'Listen, die sich selbst auswerten', // Mon 27.09. 09:00–12:30, online, VHS, Lüddecke, Excel, 95 €
  english: 'Working Across Cultures: Intercultural Communication at the Service Desk', // Wed 29.09. 13:30–16:30, VHS-Haus, English, 110 €, deadline passed Fri 17.09. 23:59
  teams: 'Microsoft Teams im Arbeitsalltag: Besprechungen, Kanäle, Dateien', // Thu 30.09. 14:00–16:00, online, KDO, Gödecke, 50 €
  ki: 'Die Maschine schreibt mit', // Tue 05.10. 09:00–12:00, hybrid (Kreishaus), KDO, Kruse, AI / ChatGPT, 75 €
  ersteHilfe: 'Erste Hilfe im Betrieb: Aus- und Fortbildung für Ersthelfende', // Thu 07.10. 08:30–16:00, Rathaus Vechelde, GUV, Meinecke, free
  vergabe: 'Der günstigste ist nicht immer der wirtschaftlichste', // Wed 13.10. 09:00–16:00, NSI Hannover, Dr. Wehmeyer, procurement, 280 €, deadline Fri 01.10. 12:00
  deeskalation: 'Ruhig bleiben am Tresen', // Thu 14.10. 09:00–15:00, Rathaus Ilsede, VHS, Pape, de-escalation, 120 €, 12 seats
  vwvfg: 'Verwaltungsverfahrensrecht kompakt: Anhörung, Bescheid, Widerspruch', // Tue 19.10. 09:00–12:30, online, NSI, Bollmann, 150 €
  stress: 'Den Kopf frei bekommen', // Wed 20.10. 15:00–16:30, online, VHS, Steinhoff, stress / burnout, 35 €
  sprache: 'Schreiben, das ankommt', // Tue 26.10. 09:00–16:00, VHS-Haus, Rühmann, plain language, 140 €
  haushalt: 'Kommunales Haushaltsrecht in Niedersachsen: NKomVG und KomHKVO kompakt', // Thu 28.10. 09:00–16:00, Kreishaus, NSI, Dr. Wehmeyer, 230 €
  eakte: 'Ordnung ohne Ordner', // Wed 03.11. 09:00–12:00, Rathaus Lengede, KDO, Gödecke, e-file, only Ilsede/Lengede/Hohenhameln, 65 €
  ozg: 'Das Rathaus in der Hosentasche', // Mon 08.11. 13:00–16:00, online, KDO, Kruse, OZG / BundID, 55 €
  fuehrung: 'Der Rollenwechsel', // Tue 09.11. and Wed 10.11. 09:00–16:30, NSI Hannover, Ahlers, new managers, 520 €
  barrierefrei: 'Barrierefreie Dokumente erstellen: Word und PDF', // Thu 11.11. 09:00–12:00, online, VHS, Lüddecke, 85 €
  protokoll: 'Protokoll und Niederschrift in Rat und Ausschüssen', // Tue 16.11. 09:00–15:00, Rathaus Edemissen, NSI, Bollmann, 180 €
  onboarding: 'Frisch an Bord', // Thu 18.11. 08:30–15:30, Kreishaus, PE, Brandes, new staff and trainees, free
  auswahl: 'Strukturierte Auswahlgespräche führen: Personalauswahl in der Kommunalverwaltung', // Tue 23.11. 09:00–13:00, Rathaus Wendeburg, PE, Brandes, 90 €
  konflikt: 'Konfliktgespräche mit Mitarbeitenden führen', // Thu 25.11. 09:00–16:00, Rathaus Hohenhameln, VHS, Pape, managers, 150 €
  ergonomie: 'Gesund sitzen, entspannt arbeiten: Ergonomie am Bildschirmarbeitsplatz', // Wed 01.12. 14:00–15:30, online, VHS, Steinhoff, 30 €
  zeit: 'Zeitmanagement und Selbstorganisation im Büro', // Tue 07.12. 09:00–16:00, VHS-Haus, Rühmann, 130 €, 6 seats
  social: 'Social Media für Gemeinden: Instagram und Facebook im Rathaus', // Thu 09.12. 13:00–16:30, hybrid (VHS-Haus), Rieckmann, 95 €
  platt: 'Plattdeutsch im Bürgerservice', // draft (Mon 06.12.)
  drohnen: 'Drohnen im Bevölkerungsschutz: Rechtsrahmen und Einsatz', // draft (Tue 14.12.)
  sharepoint: 'SharePoint-Teamseiten einrichten und pflegen', // cancelled (Thu 21.10.2027)
  leitern: 'Sicher auf Leitern und Tritten: Unterweisung für Hausmeister und Bauhof', // cancelled (Tue 02.11.2027)
  brandschutz: 'Gut vorbereitet, wenn es brennt', // past (Thu 26 Aug 2027), fire wardens
  rechtschreibung: 'Kommas, Bindestriche, Zweifelsfälle: Rechtschreibung sicher anwenden', // past (Wed 9 June 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.platt, T.drohnen, T.sharepoint, T.leitern, T.brandschutz, T.rechtschreibung];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  { q: 'was kostet der haushaltsrecht kurs', kind: 'facts', titles: [T.haushalt], says: ['kostet 230 €'] },
  {
    q: 'how much is the first aid training',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['is free of charge'],
    mentions: ['Die Lehrgangskosten übernimmt der GUV Hannover für seine Mitgliedsverwaltungen.'],
  },
  // --- facts: when (two days), start time, duration --------------------------------------------------------------------
  {
    q: 'wann ist der datenschutz kurs',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['am Fr., 24.09.2027 von 13:00 bis 16:00 Uhr'],
  },
  {
    q: 'when is the leadership training for new managers',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['on 2 days', 'Tue, 9 Nov 2027 and Wed, 10 Nov 2027', 'each from 09:00 to 16:30'],
  },
  {
    q: 'when is the excel course',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['on Mon, 27 Sep 2027 from 09:00 to 12:30'],
  },
  {
    q: 'um wie viel uhr beginnt erste hilfe',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['beginnt am Do., 07.10.2027 um 08:30 Uhr'],
  },
  {
    q: 'what time does the intercultural communication seminar start',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['starts on Wed, 29 Sep 2027 at 13:30'],
  },
  {
    q: 'wie lange dauert der ergonomie kurs',
    kind: 'facts',
    titles: [T.ergonomie],
    says: ['dauert 1,5 Stunden, von 14:00 bis 15:30 Uhr'],
  },
  {
    q: 'how long is the procurement law seminar',
    locale: 'en',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['lasts 7 hours, from 09:00 to 16:00'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  {
    q: 'wo findet das deeskalationstraining statt',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['im Rathaus Ilsede'],
  },
  {
    q: 'where is the course on council minutes',
    locale: 'en',
    kind: 'facts',
    titles: [T.protokoll],
    says: ['takes place at Rathaus Edemissen'],
  },
  { q: 'ist der ki kurs online?', kind: 'facts', titles: [T.ki], says: [/findet hybrid statt|oder online statt/] },
  {
    q: 'wer leitet den vergabe kurs',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['leitet Frau Dr. Katrin Wehmeyer'],
  },
  {
    q: 'who is the trainer for the e-file training',
    locale: 'en',
    kind: 'facts',
    titles: [T.eakte],
    says: ['is led by Frau Melanie Gödecke'],
  },
  {
    q: 'registration deadline for the procurement seminar',
    locale: 'en',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['until Fri, 1 Oct 2027, 12:00'],
  },
  {
    q: 'deadline for working across cultures',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 17 Sep 2027, 23:59'],
  },
  { q: 'zeitmanagement noch plätze frei', kind: 'facts', titles: [T.zeit], says: ['noch 6 von 6 Plätzen frei'] },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  { conv: 'phishing', q: 'is there a training about phishing emails', locale: 'en', kind: 'list', titles: [T.koeder] },
  {
    conv: 'phishing',
    q: 'when is it',
    locale: 'en',
    kind: 'facts',
    titles: [T.koeder],
    says: ['on Thu, 23 Sep 2027 from 09:00 to 11:30'],
  },
  {
    conv: 'phishing',
    q: 'and how much does it cost',
    locale: 'en',
    kind: 'facts',
    titles: [T.koeder],
    says: ['costs €45'],
  },
  { conv: 'briefe', q: 'wie formuliere ich briefe an bürger verständlicher', kind: 'list', titles: [T.sprache] },
  { conv: 'briefe', q: 'wo findet das statt', kind: 'facts', titles: [T.sprache], says: ['im VHS-Haus Peine'] },
  { conv: 'briefe', q: 'danke!', kind: 'thanks' },
  {
    conv: 'newstaff',
    q: 'anything for new employees who just started',
    locale: 'en',
    kind: 'list',
    titles: [T.onboarding],
  },
  {
    conv: 'newstaff',
    q: 'does it cost anything',
    locale: 'en',
    kind: 'facts',
    titles: [T.onboarding],
    says: ['is free of charge'],
  },
  {
    conv: 'newstaff',
    q: 'who runs it',
    locale: 'en',
    kind: 'facts',
    titles: [T.onboarding],
    says: ['is led by Frau Nadine Brandes'],
  },
  {
    conv: 'teamleitung',
    q: 'ich werde bald teamleiterin, gibt es was für neue führungskräfte',
    kind: 'list',
    first: T.fuehrung,
  },
  {
    conv: 'teamleitung',
    q: 'wie lange geht das',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['dauert 2 Tage, jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    conv: 'teamleitung',
    q: 'und wo?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['im NSI-Bildungszentrum Hannover'],
  },
  { q: 'was kostet das?', kind: 'noContext' },
  { q: 'where does it take place?', locale: 'en', kind: 'noContext' },
  // --- topic searches: words only in summary or description, synonyms, English words for German topics, typos ----------
  { q: 'informationsicherheit', kind: 'list', titles: [T.koeder] },
  { q: 'exel schulung', kind: 'list', titles: [T.excel] },
  { q: 'chatgpt at work', locale: 'en', kind: 'list', titles: [T.ki] },
  { q: 'ausschreibung', kind: 'list', titles: [T.vergabe] },
  { q: 'dealing with aggressive citizens', locale: 'en', kind: 'list', titles: [T.deeskalation] },
  { q: 'stressbewältigung', kind: 'list', titles: [T.stress] },
  { q: 'burnout prevention', locale: 'en', kind: 'list', titles: [T.stress] },
  { q: 'leichte sprache', kind: 'list', titles: [T.sprache] },
  { q: 'bundid', kind: 'list', titles: [T.ozg] },
  { q: 'accessible pdf', locale: 'en', kind: 'list', titles: [T.barrierefrei] },
  // --- filters: dates, time of day, format, place, provider, audience, length, cost, language -------------------------
  { q: 'was ist diese woche noch', kind: 'list', titles: [T.koeder, T.datenschutz] },
  { q: 'anything tomorrow?', locale: 'en', kind: 'none' },
  { q: "what's on next week", locale: 'en', kind: 'list', titles: [T.excel, T.english, T.teams] },
  { q: 'nächste woche nachmittags', kind: 'list', titles: [T.english, T.teams] },
  { q: 'online seminars in november', locale: 'en', kind: 'list', titles: [T.ozg, T.barrierefrei] },
  { q: 'kostenlose seminare', kind: 'list', ...only(T.ersteHilfe, T.onboarding) },
  { q: 'courses in hannover', locale: 'en', kind: 'list', ...only(T.vergabe, T.fuehrung) },
  { q: 'was bietet die kdo an', kind: 'list', ...only(T.koeder, T.teams, T.ki, T.eakte, T.ozg) },
  { q: 'seminars for managers', locale: 'en', kind: 'list', ...only(T.fuehrung, T.auswahl, T.konflikt) },
  { q: 'mehrtägige seminare', kind: 'list', titles: [T.fuehrung] },
  { q: 'any seminars held in english', locale: 'en', kind: 'list', titles: [T.english] },
  { q: 'welche seminare sind hybrid', kind: 'list', ...only(T.datenschutz, T.ki, T.social) },
  { q: 'what is there in lengede', locale: 'en', kind: 'list', titles: [T.eakte] },
  // --- gone, drafts never shown, no match, greeting, thanks, registrations ---------------------------------------------
  { q: 'sharepoint schulung', kind: 'gone', gone: T.sharepoint },
  { q: 'ladder safety training when', locale: 'en', kind: 'gone', gone: T.leitern },
  {
    q: 'when was the fire warden training',
    locale: 'en',
    kind: 'gone',
    gone: T.brandschutz,
    says: ['Thu, 26 Aug 2027'],
  },
  { q: 'wann war der rechtschreibkurs', kind: 'gone', gone: T.rechtschreibung, says: ['Mi., 09.06.2027'] },
  { q: 'plattdeutsch', kind: 'none' },
  { q: 'drone course', locale: 'en', kind: 'none' },
  { q: 'hallo', kind: 'help' },
  { q: 'hello, what can you do?', locale: 'en', kind: 'help' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
  { q: 'thanks a lot', locale: 'en', kind: 'thanks' },
];

heldoutSuite(
  'answering questions about a hundred-and-sixty-second, independent catalogue (Landkreis Peine, NSI, KDO, GUV Hannover)',
  {
    fixture: 'heldout162-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
