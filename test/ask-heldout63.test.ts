// Over-fitting check, sixty-third catalogue: the 2028 programme of the Landratsamt Cham (Oberpfalz) with the Bayerische
// Verwaltungsschule (BVS) and the county's Digitalakademie Bayerwald, for the county and its municipalities (Cham, Bad
// Kötzting, Furth im Wald, Roding, Waldmünchen, Rötz, Lam, Arnschwang), held in the Landratsamt Cham (Rachelstraße), the
// Digitalakademie in Roding, the Rathaus Furth im Wald, online and hybrid. Brochure titles whose subject is often only in
// the summary or description; one seminar in English (Czech–German cooperation); a four-day Digitallotsen qualification
// open to the member municipalities only, half paid by the Freistaat. Questions are typed on a phone in a hurry: lower
// case, typos, swapped letters, abbreviations (vllt, bzgl, ca, kw, nä woche, di, wg), autocorrect slips, missing words,
// written without looking at the parser or the answers. Same assertions as the other suites: exactly the expected
// seminars (best first where one is clearly best), the asked fact in the first sentence, never a draft, cancelled or
// past seminar.
//
// Calendar around `now` (Wednesday 15 March 2028, 14:00 in Cham, still winter time):
//   this week:  nothing more today; Thu 16.03. 09:00–12:00 Teams (tomorrow, online), Fri 17.03. 08:30–12:00 Bürgerservice (Furth)
//   next week (KW 12): Mon 20.03. morning E-Akte, Tue 21.03. afternoon information security (online), Wed 22.03. morning
//               Czech–German (English, Furth), Thu 23.03. morning spreadsheets (first of two), Fri 24.03. afternoon time management
//   summer time begins Sun 26.03.2028: the spreadsheet course meets Thu 23.03. (CET) and Thu 30.03. (CEST), both 09:00–12:00;
//               Copilot (hybrid) Tue 28.03. 09:00 CEST
//   April:      Thu 06.04. Outlook (online, pm), Wed 19.04. Datenschutz (BVS), Tue 25.04. BayernPortal (online, pm),
//               Wed 26.–Fri 28.04. new managers (three dates, different times); cancelled Power Query course on Thu 20.04.
//   May:        Wed 03.05. health (free), Mon 08.05. mobile working (online, free), Tue 09.05. de-escalation (Furth),
//               Tue 16.05. appraisal interviews (Roding), Wed 17.05. procurement; cancelled Knigge on Wed 10.05.
//   June:       Mon 12., Tue 13., Mon 26., Tue 27.06. Digitallotsen qualification (Roding); two drafts on 19. and 21.06.
//   past:       Thu 27.01.2028 Jahresforum, Tue 22.02.2028 resilience.
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-03-15T13:00:00Z'); // Wednesday, 15 March 2028, 14:00 in Cham (CET)
const TZ = 'Europe/Berlin';

const T = {
  teams: 'Kanal auf, Kamera an: Microsoft Teams im Verwaltungsalltag', // Thu 16.03.2028 09:00–12:00, online, Digitalakademie, Schmid, free, 30 seats
  buerger: 'Gut beraten am Tresen: Bürgerservice mit Herz und Verstand', // Fri 17.03. 08:30–12:00, Rathaus Furth im Wald, free
  eakte: 'Schluss mit dem Papierstapel: Digital arbeiten mit der E-Akte', // Mon 20.03. 09:00–12:30, Landratsamt, free
  infosec: 'Nicht jeder Klick ist harmlos: Sicher unterwegs im Netz der Verwaltung', // Tue 21.03. 13:30–16:30, online, free; Informationssicherheit, Phishing
  border: 'Across the Border: Czech–German Cooperation in Everyday Administration', // Wed 22.03. 09:00–12:30, Rathaus Furth, English, Nováková, free (Interreg)
  excel: 'Nie wieder Taschenrechner: Tabellen und Formeln, die für Sie arbeiten', // Thu 23.03. + Thu 30.03. 09:00–12:00 (DST), Digitalakademie Roding, Schmid, 160 €, deadline passed Thu 09.03.
  zeit: 'Mehr geschafft, weniger gehetzt: Den Arbeitstag klug planen', // Fri 24.03. 13:00–16:00, online, 85 €, Hastreiter; Zeitmanagement
  ki: 'Der neue Kollege heißt Copilot: Schreiben, Zusammenfassen, Recherchieren', // Tue 28.03. 09:00–12:00 CEST, hybrid (Landratsamt), free; KI
  outlook: 'Posteingang im Griff: E-Mails, Kalender und Aufgaben in Outlook', // Thu 06.04. 13:00–16:00, online, Schmid, free
  datenschutz: 'Daten in guten Händen: Datenschutz in der Gemeindeverwaltung', // Wed 19.04. 09:00–16:00, Landratsamt, BVS, Dr. Brunner, 195 €, deadline Wed 05.04. 23:59
  portal: 'Das Rathaus, das nie schließt: Online-Dienste im BayernPortal', // Tue 25.04. 13:00–16:00, online, free; OZG
  fuehrung: 'Plötzlich Chefin, plötzlich Chef: Gut starten in der neuen Rolle', // Wed 26.04., Thu 27.04. 09:00–16:30, Fri 28.04. 09:00–12:30, Landratsamt, BVS, Wenzl, 620 €
  gesund: 'Rücken gerade, Kopf frei: Gesund bleiben am Schreibtisch', // Wed 03.05. 13:00–16:00, Landratsamt, Hastreiter, free, 15 seats
  mobil: 'Zuhause und trotzdem mittendrin: Mobiles Arbeiten gut gestalten', // Mon 08.05. 09:00–12:00, online, free; Telearbeit
  deeskalation: 'Ruhig bleiben, wenn es laut wird: Deeskalation am Telefon und am Schalter', // Tue 09.05. 09:00–15:30, Rathaus Furth, 140 €; Kommunikation
  gespraech: 'Gespräche, die weiterbringen: Mitarbeitergespräche souverän führen', // Tue 16.05. 09:00–16:00, Digitalakademie Roding, BVS, Wenzl, 240 €, managers
  vergabe: 'Wer bekommt den Zuschlag: Öffentliche Aufträge rechtssicher vergeben', // Wed 17.05. 09:00–16:00, Landratsamt, BVS, Pongratz, 260 €, deadline Wed 03.05. 12:00
  lotsen: 'Wegweiser für die digitale Gemeinde: Qualifizierung zur Digitallotsin und zum Digitallotsen', // 12./13./26./27.06. 09:00–16:00, Roding, 980 € (state pays half), members only
  video: 'Kamera an: Erklärvideos für die Gemeinde-Website', // draft
  beteiligung: 'Mitreden per Mausklick: Bürgerbeteiligung online organisieren', // draft
  powerquery: 'Power Query und Makros: Excel für Fortgeschrittene', // cancelled (Thu 20.04.)
  knigge: 'Stilsicher im Amt: Knigge für den Dienstalltag', // cancelled (Wed 10.05.)
  forum: 'Aufbruch Landkreis digital: Jahresforum 2028', // past (Thu 27 January 2028)
  resilienz: 'Stark bleiben, wenn es stürmt: Resilienz im Arbeitsalltag', // past (Tue 22 February 2028)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.video, T.beteiligung, T.powerquery, T.knigge, T.forum, T.resilienz];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  { q: 'kosten e-akte kurs?', kind: 'facts', titles: [T.eakte], says: ['ist kostenlos'] },
  { q: 'Was kostet DER exel kurs', kind: 'facts', titles: [T.excel], says: ['kostet 160 €'] },
  {
    q: 'Digital Lotsen ausbildung preis?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['kostet 980 €'],
    mentions: ['Der Freistaat Bayern übernimmt die Hälfte der Gebühr.'],
  },
  { q: 'hw much is excel course', locale: 'en', kind: 'facts', titles: [T.excel], says: ['costs €160'] },
  // --- facts: when, start time, duration -------------------------------------------------------------------------------
  { q: 'TEams kurs wan', kind: 'facts', titles: [T.teams], says: ['am Do., 16.03.2028 von 09:00 bis 12:00 Uhr'] },
  {
    q: 'wann is der excel kurs genau',
    kind: 'facts',
    titles: [T.excel],
    says: ['an 2 Tagen', 'Do., 23.03.2028 und Do., 30.03.2028', 'jeweils von 09:00 bis 12:00 Uhr'],
  },
  {
    q: 'wann is das seminar für neue chefs',
    kind: 'facts',
    titles: [T.fuehrung],
    says: [
      'an 3 Terminen',
      'Mi., 26.04.2028, 09:00–16:30 Uhr; Do., 27.04.2028, 09:00–16:30 Uhr; Fr., 28.04.2028, 09:00–12:30 Uhr',
    ],
  },
  {
    q: 'wann sind die termine digitallotsen',
    kind: 'facts',
    titles: [T.lotsen],
    says: [
      'an 4 Tagen',
      'Mo., 12.06.2028, Di., 13.06.2028, Mo., 26.06.2028 und Di., 27.06.2028',
      'jeweils von 09:00 bis 16:00 Uhr',
    ],
  },
  {
    q: 'when is the czech german workshop',
    locale: 'en',
    kind: 'facts',
    titles: [T.border],
    says: ['takes place on Wed, 22 Mar 2028 from 09:00 to 12:30'],
  },
  {
    q: 'ki kurs um wie viel uhr gehts los',
    kind: 'facts',
    titles: [T.ki],
    says: ['beginnt am Di., 28.03.2028 um 09:00 Uhr'],
  },
  {
    q: 'what time does the outlook training start',
    locale: 'en',
    kind: 'facts',
    titles: [T.outlook],
    says: ['starts on Thu, 6 Apr 2028 at 13:00'],
  },
  {
    q: 'ca wie lang geht datenschuz',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['dauert 7 Stunden, von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'wie lange dauert die digitallotsen quali',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['dauert 4 Tage, jeweils von 09:00 bis 16:00 Uhr'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  {
    q: 'wo findet statt vergabe schulung',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['im Landratsamt Cham, Rachelstraße 6, 93413 Cham'],
  },
  {
    q: 'copilot schulung online oder vor ort',
    kind: 'facts',
    titles: [T.ki],
    says: [/findet hybrid statt|oder online statt/],
  },
  {
    q: 'wer macht den daten schutz kurs',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['leitet Herr Dr. Stefan Brunner'],
  },
  {
    q: 'bis wann anmelden datenschutz',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['bis Mi., 05.04.2028, 23:59 Uhr'],
  },
  { q: 'anmeldeschluss vergabe?', kind: 'facts', titles: [T.vergabe], says: ['bis Mi., 03.05.2028, 12:00 Uhr'] },
  {
    q: 'registration deadline excel course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['passed on Thu, 9 Mar 2028, 23:59'],
  },
  {
    q: 'sind beim rücken kurs noch plätze frei',
    kind: 'facts',
    titles: [T.gesund],
    says: ['noch 15 von 15 Plätzen frei'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  { conv: 'infosec', q: 'gibts was zu infromationssicherheit', kind: 'list', titles: [T.infosec] },
  {
    conv: 'infosec',
    q: 'und wann',
    kind: 'facts',
    titles: [T.infosec],
    says: ['am Di., 21.03.2028 von 13:30 bis 16:30 Uhr'],
  },
  { conv: 'infosec', q: 'kostet?', kind: 'facts', titles: [T.infosec], says: ['ist kostenlos'] },
  {
    conv: 'ausschreiben',
    q: 'muss demnächst was ausschreiben gibts dazu ne schulung',
    kind: 'list',
    titles: [T.vergabe],
  },
  { conv: 'ausschreiben', q: 'wo', kind: 'facts', titles: [T.vergabe], says: ['im Landratsamt Cham'] },
  {
    conv: 'ausschreiben',
    q: 'wer leitet das',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['leitet Herr Matthias Pongratz'],
  },
  { conv: 'portal', q: 'bayernportal schulung?', kind: 'list', titles: [T.portal] },
  { conv: 'portal', q: 'ab wann', kind: 'facts', titles: [T.portal], says: ['Di., 25.04.2028', '13:00'] },
  { conv: 'portal', q: 'online?', kind: 'facts', titles: [T.portal], says: ['findet online statt'] },
  { conv: 'czech', q: 'anythin on working with czech authorities?', locale: 'en', kind: 'list', titles: [T.border] },
  { conv: 'czech', q: 'how much', locale: 'en', kind: 'facts', titles: [T.border], says: ['is free of charge'] },
  {
    conv: 'czech',
    q: 'who is the trainer',
    locale: 'en',
    kind: 'facts',
    titles: [T.border],
    says: ['is led by Jana Nováková'],
  },
  // --- topic searches: everyday words, words only in summary or description, compounds, synonyms, abbreviations --------
  { q: 'wg homeoffice gibts da nen kurs', kind: 'list', titles: [T.mobil] },
  { q: 'gibts was mit ki', kind: 'list', titles: [T.ki] },
  { q: 'phishing mails erkennen schulung', kind: 'list', titles: [T.infosec] },
  { q: 'rückenschmerzen vom sitzen gibts da was', kind: 'list', titles: [T.gesund] },
  { q: 'pivot tabellen lernen', kind: 'list', titles: [T.excel] },
  { q: 'kunden am telefon werden laut was tun kurs?', kind: 'list', first: T.deeskalation },
  { q: 'ozg online antrag schulung', kind: 'list', titles: [T.portal] },
  { q: 'vllt was bzgl dsgvo?', kind: 'list', titles: [T.datenschutz] },
  { q: 'mitarbeitergespräch vorbereiten', kind: 'list', titles: [T.gespraech] },
  { q: 'gibts was zur grenzregion tschechien', kind: 'list', titles: [T.border] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, cost, length, language, free seats -------
  { q: 'was läuft diese woche noch', kind: 'list', titles: [T.teams, T.buerger] },
  { q: 'nä woche vormittags was', kind: 'list', titles: [T.eakte, T.border, T.excel] },
  { q: 'was gibts in kw 12', kind: 'list', titles: [T.eakte, T.infosec, T.border, T.excel, T.zeit] },
  { q: 'am di nä woche was los', kind: 'list', titles: [T.infosec] },
  { q: 'was ist im april', kind: 'list', titles: [T.outlook, T.datenschutz, T.portal, T.fuehrung] },
  { q: 'Online kurse im april Nachmittag', kind: 'list', titles: [T.outlook, T.portal] },
  { q: 'whats on in furth im wald', locale: 'en', kind: 'list', ...only(T.buerger, T.border, T.deeskalation) },
  { q: 'was bietet die bvs an', kind: 'list', ...only(T.datenschutz, T.fuehrung, T.gespraech, T.vergabe) },
  { q: 'kurse vom schmid?', kind: 'list', ...only(T.teams, T.excel, T.outlook) },
  { q: 'seminare für führungskräfte?', kind: 'list', ...only(T.fuehrung, T.gespraech) },
  { q: 'kostenlose kurse im mai', kind: 'list', titles: [T.gesund, T.mobil] },
  { q: 'welche seminare gehen über mehrere tage', kind: 'list', ...only(T.excel, T.fuehrung, T.lotsen) },
  { q: 'any courses in english', locale: 'en', kind: 'list', titles: [T.border] },
  {
    q: 'präsenzkurse im mai mit freien plätzen',
    kind: 'list',
    titles: [T.gesund, T.deeskalation, T.gespraech, T.vergabe],
  },
  // --- gone, no match, greeting ----------------------------------------------------------------------------------------
  { q: 'wann ist power query kurs', kind: 'gone', gone: T.powerquery },
  { q: 'hw much is the knigge course', locale: 'en', kind: 'gone', gone: T.knigge },
  { q: 'wann war das jahresforum', kind: 'gone', gone: T.forum, says: ['Do., 27.01.2028'] },
  { q: 'resilienz seminar wann war das', kind: 'gone', gone: T.resilienz, says: ['Di., 22.02.2028'] },
  { q: 'erklärvideo kurs?', kind: 'none' },
  { q: 'gabelstapler schein', kind: 'none' },
  { q: 'hallo', kind: 'help' },
  { q: 'hi', locale: 'en', kind: 'help' },
];

heldoutSuite('answering questions about a sixty-third, independent catalogue (Landratsamt Cham, typed in a hurry)', {
  fixture: 'heldout63-catalogue.json',
  now,
  timeZone: TZ,
  cases: CASES,
  titles: all,
  never: NEVER,
});
