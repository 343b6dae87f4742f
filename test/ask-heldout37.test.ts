// Over-fitting check, thirty-seventh catalogue: the 2027 programme of the Kreis Gütersloh and its towns (Kreishaus
// Gütersloh, the town halls of Rheda-Wiedenbrück, Verl and Harsewinkel, online; regio iT as IT provider, the
// Studieninstitut Westfalen-Lippe, the Kreis's Abteilung Personal und Organisation and Stabsstelle Digitalisierung, the
// VHS Gütersloh for the English courses), heavy on IT and security (phishing, password manager, BSI IT-Grundschutz,
// Notfallmanagement/BCM, Windows 11, Excel/Power Query, KI) plus leadership and health. Imported from a JSON file whose
// times are all written in UTC ('Z'), across both DST changes of 2027 (28.03. and 31.10.), with brochure texts in
// everyday vocabulary (catchy titles whose subject is only in the summary or description, synonyms, compounds,
// abbreviations explained once), and questions typed quickly in chat (lower case, ae/oe/ue or bare vowels instead of
// umlauts, abbreviations such as IT-GS, ISB, BCM, typos, two-word questions), written without looking at the parser or
// the answers. Same assertions as the other suites: exactly the expected seminars (best first where one is clearly best),
// the asked fact in the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Tuesday 9 February 2027, 08:30 in Gütersloh, winter time):
//   this week:  nothing today; Wed 10.02. 09:00–11:30 phishing (tomorrow, morning, online), Thu 11.02. 13:30–16:00 back
//               health (afternoon, Kreishaus)
//   next week:  Mon 15.02. morning (online), Tue 16.02. afternoon (Rheda-Wiedenbrück), Wed 17.02. morning (online),
//               Thu 18.02. afternoon (Verl) — all half days
//   no session from Fri 19.02. to Mon 01.03.; then March (six seminars, one of them on 16.03. and 30.03., across the
//   change to summer time), April to June, September/October and November (after the change back to winter time).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-02-09T07:30:00Z'); // Tuesday, 9 February 2027, 08:30 in Gütersloh (CET)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Nicht anbeißen: gefälschte Mails und Anrufe sicher erkennen', // Wed 10.02.2027 09:00–11:30, online, regio iT, Lütkebohle, free
  ruecken: 'Bewegte Pause: fit und schmerzfrei am Bildschirmarbeitsplatz', // Thu 11.02. 13:30–16:00, Kreishaus, free (BGM)
  passwort: 'Ein Schlüssel für alle Schlösser: Zugangsdaten sicher verwalten', // Mon 15.02. 09:00–12:00, online, regio iT, Lütkebohle, free
  excel: 'Schluss mit Copy & Paste: Daten automatisch aufbereiten mit Power Query', // Tue 16.02. 13:00–16:30, Rheda-Wiedenbrück, 140 €, deadline passed 02.02.
  resilienz: 'Durchatmen statt durchhalten: Resilienz im Arbeitsalltag', // Wed 17.02. 09:00–12:00, online, Brinkmann, free
  windows: 'Neues Fenster, neue Wege: der Umstieg auf Windows 11', // Thu 18.02. 13:30–16:00, Verl, regio iT, Strothmann, free
  grundschutz: 'Sicherheit mit System: IT-Grundschutz nach BSI in der Kommune', // Tue 02.03.–Wed 03.03. 09:00–16:30, Kreishaus, 590 €, deadline 16.02.
  datenschutz: 'Datenschutz ohne Kopfschmerzen: die DSGVO im Verwaltungsalltag', // Mon 08.03. 09:00–15:30, Verl, 190 €
  welcome: 'Welcome Desk English: Serving International Residents', // Wed 10.03. 09:00–15:00, Verl, English, 180 €
  notfall: 'Wenn nichts mehr geht: Notfallmanagement für die Kommunalverwaltung', // Thu 11.03. 09:00–16:00, hybrid, Kreishaus, 240 €
  distanz: 'Nah dran, auch auf Distanz: hybride Teams führen', // Tue 16.03. (CET) and Tue 30.03. (CEST) 09:00–16:00, Rheda-Wiedenbrück, 420 €
  gesundFuehren: 'Gesund führen: auf sich und das Team achten', // Thu 25.03. 09:00–12:30, online, Brinkmann, free
  neueFuehrung: 'Plötzlich Chefin, plötzlich Chef: gut starten in der neuen Führungsrolle', // Mon 12.–Wed 14.04. 09:00–16:00, Harsewinkel, 690 €
  ki: 'Kollegin KI: generative Assistenten im Büroalltag', // Tue 20.04. 13:00–16:00, hybrid, Kreishaus, regio iT, Strothmann, 95 €
  presenting: 'Presenting Your Project in English', // Thu 22.04. 13:00–16:30, online, English, 90 €
  konflikt: 'Klare Worte, faire Lösungen: Konflikte im Kollegium klären', // Tue 27.04. 09:00–16:00, Harsewinkel, 165 €
  onboarding: 'Gut ankommen im Kreishaus: Einführungstag für neue Beschäftigte', // Wed 05.05. 09:00–13:00, Kreishaus, free
  sharepoint: 'Ordnung statt Dateichaos: gemeinsam ablegen in Teams und SharePoint', // Tue 11.05. 09:00–12:00, online, regio iT, free
  ozg: 'Ein Portal für alles: Verwaltungsleistungen online anbieten', // Wed 12.05. 13:00–16:00, online, regio iT, 110 €
  cultures: 'Working Together Across Cultures', // Wed 19.05. 09:00–16:00, Kreishaus, English, 120 €
  deeskalation: 'Ruhig bleiben, wenn es laut wird: Deeskalation im Publikumsverkehr', // Thu 27.05. 09:00–16:00, Rheda-Wiedenbrück, 175 €, 16 seats
  projekt: 'Vom Auftrag zum Abschluss: Projektmanagement kompakt', // Mon 07.–Tue 08.06. 09:00–16:00, Kreishaus, 380 €
  wissen: 'Wenn Wissen in Rente geht: Erfahrungswissen im Team bewahren', // Wed 16.06. 09:00–15:00, Harsewinkel, free
  schreiben: 'Klar und freundlich: Briefe und Bescheide verständlich formulieren', // Tue 22.06. 09:00–15:00, online, 150 €
  lotsen: 'Digitallotsinnen und Digitallotsen im Kreis Gütersloh: Qualifizierung', // Thu 09.09., 23.09., 07.10., hybrid, free, deadline 13.08.
  nkf: 'Zahlen, die zählen: Einstieg in das Neue Kommunale Finanzmanagement (NKF)', // Mon 08.–Tue 09.11. 09:00–16:00 (CET), Kreishaus, 360 €
  cloud: 'Ab in die Wolke: Cloud-Dienste in der Verwaltung', // draft
  bem: 'Zurück an Bord: Betriebliches Eingliederungsmanagement (BEM) begleiten', // draft
  rhetorik: 'Starke Stimme: Rhetorik für Sitzungen und Vorträge', // cancelled (Thu 15.04.2027, Rheda-Wiedenbrück)
  diensthandy: 'Mobil, aber sicher: Diensthandy und Tablet richtig schützen', // cancelled (Tue 09.03.2027, online)
  cybertag: 'Cyber-Sicherheitstag 2027: Auftakt im Kreishaus', // past (Thu 21 January 2027)
  brandschutz: 'Brandschutzhelferinnen und Brandschutzhelfer: Ausbildung nach ASR A2.2', // past (Tue 26 January 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.cloud, T.bem, T.rhetorik, T.diensthandy, T.cybertag, T.brandschutz];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  { q: 'was kostet phishing', kind: 'facts', titles: [T.phishing], says: ['ist kostenlos'] },
  { q: 'wie teuer ist plotzlich chefin', kind: 'facts', titles: [T.neueFuehrung], says: ['kostet 690 €'] },
  // --- facts: when, start time, duration -------------------------------------------------------------------------------
  {
    q: 'wann ist fuehren auf distanz',
    kind: 'facts',
    titles: [T.distanz],
    says: ['an 2 Tagen', 'Di., 16.03.2027 und Di., 30.03.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'um wieviel uhr faengt die windows 11 schulung an',
    kind: 'facts',
    titles: [T.windows],
    says: ['beginnt am Do., 18.02.2027 um 13:30 Uhr'],
  },
  {
    q: 'wie lang geht datenschutz',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['dauert 6,5 Stunden', 'von 09:00 bis 15:30 Uhr'],
  },
  // --- facts: where, format, trainer -----------------------------------------------------------------------------------
  {
    q: 'notfallmanagement online oder vor ort?',
    kind: 'facts',
    titles: [T.notfall],
    says: [/findet hybrid statt|oder online statt/],
  },
  { q: 'wer macht den bcm kurs', kind: 'facts', titles: [T.notfall], says: ['leitet Frau Dr. Katharina Ostermann'] },
  {
    q: 'wer leitet die digitallotsen quali',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['leiten Frau Miriam Tegeler und Herr Sebastian Kuhlmann'],
  },
  // --- facts: registration deadline, seats -----------------------------------------------------------------------------
  { q: 'anmeldeschluss it-gs?', kind: 'facts', titles: [T.grundschutz], says: ['bis Di., 16.02.2027, 23:59 Uhr'] },
  {
    q: 'bis wann kann man sich fuer power query anmelden',
    kind: 'facts',
    titles: [T.excel],
    says: ['abgelaufen', 'Di., 02.02.2027, 23:59 Uhr'],
  },
  {
    q: 'deeskalation noch plaetze frei?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['noch 16 von 16 Plätzen frei'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  { conv: 'excel', q: 'excel kurs?', kind: 'list', titles: [T.excel] },
  { conv: 'excel', q: 'was kostet der?', kind: 'facts', titles: [T.excel], says: ['kostet 140 €'] },
  { conv: 'excel', q: 'und wo?', kind: 'facts', titles: [T.excel], says: ['im Rathaus Rheda-Wiedenbrück'] },
  { conv: 'itgs', q: 'gibts was zu it grundschutz', kind: 'list', titles: [T.grundschutz] },
  {
    conv: 'itgs',
    q: 'wann genau',
    kind: 'facts',
    titles: [T.grundschutz],
    says: ['an 2 Tagen', 'Di., 02.03.2027 und Mi., 03.03.2027', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  // --- topic searches: colloquial wording, words only the summary or description has, compounds, synonyms --------------
  { q: 'ich klick immer auf komische mails, gibts da ne schulung?', kind: 'list', first: T.phishing },
  { q: 'schulung zu keepass?', kind: 'list', titles: [T.passwort] },
  { q: 'gibts was zu sverweis und pivot', kind: 'list', titles: [T.excel] },
  { q: 'win 11 umstieg', kind: 'list', titles: [T.windows] },
  { q: 'bin neu als isb, welche schulung brauch ich', kind: 'list', first: T.grundschutz },
  { q: 'burnout vorbeugen kurs', kind: 'list', first: T.resilienz },
  { q: 'rueckenschmerzen vom vielen sitzen – gibts da was', kind: 'list', titles: [T.ruecken] },
  { q: 'zoff im team – gibts da ein seminar?', kind: 'list', first: T.konflikt },
  { q: 'aggressive buerger am schalter, gibts da was', kind: 'list', first: T.deeskalation },
  { q: 'wie fuehre ich mein team im homeoffice', kind: 'list', first: T.distanz },
  { q: 'kurs zur doppik', kind: 'list', titles: [T.nkf] },
  // --- typos -----------------------------------------------------------------------------------------------------------
  { q: 'datenschtuz schulung', kind: 'list', titles: [T.datenschutz] },
  { q: 'projektmanagment kurs', kind: 'list', titles: [T.projekt] },
  { q: 'phising training?', kind: 'list', titles: [T.phishing] },
  { q: 'notfalmanagment', kind: 'list', titles: [T.notfall] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, cost, length, free seats ---------------
  { q: 'was laeuft diese woche', kind: 'list', titles: [T.phishing, T.ruecken] },
  { q: 'was ist am donnerstag', kind: 'list', titles: [T.ruecken] },
  {
    q: 'seminare in den naechsten 2 wochen',
    kind: 'list',
    titles: [T.phishing, T.ruecken, T.passwort, T.excel, T.resilienz, T.windows],
  },
  { q: 'naechste woche vormittags was?', kind: 'list', titles: [T.passwort, T.resilienz] },
  { q: 'gibts naechste woche was am nachmittag', kind: 'list', titles: [T.excel, T.windows] },
  {
    q: 'was gibts im maerz',
    kind: 'list',
    titles: [T.grundschutz, T.datenschutz, T.welcome, T.notfall, T.distanz, T.gesundFuehren],
  },
  { q: 'welche seminare finden in verl statt', kind: 'list', ...only(T.windows, T.datenschutz, T.welcome) },
  { q: 'kurse bei herrn luetkebohle', kind: 'list', ...only(T.phishing, T.passwort) },
  {
    q: 'was bietet regio it alles an',
    kind: 'list',
    ...only(T.phishing, T.passwort, T.windows, T.grundschutz, T.notfall, T.ki, T.sharepoint, T.ozg),
  },
  {
    q: 'bin fuehrungskraft, welche seminare sind fuer mich',
    kind: 'list',
    ...only(T.distanz, T.gesundFuehren, T.neueFuehrung),
  },
  {
    q: 'mehrtaegige seminare?',
    kind: 'list',
    ...only(T.grundschutz, T.distanz, T.neueFuehrung, T.projekt, T.lotsen, T.nkf),
  },
  { q: 'praesenzseminare im juni mit freien plaetzen', kind: 'list', titles: [T.projekt, T.wissen] },
  // --- gone, no match, greeting ----------------------------------------------------------------------------------------
  { q: 'wann ist das rhetorik seminar', kind: 'gone', gone: T.rhetorik },
  { q: 'was kostet der diensthandy kurs', kind: 'gone', gone: T.diensthandy },
  { q: 'wann war der cyber sicherheitstag', kind: 'gone', gone: T.cybertag, says: ['Do., 21.01.2027'] },
  { q: 'brandschutzhelfer ausbildung wann', kind: 'gone', gone: T.brandschutz, says: ['Di., 26.01.2027'] },
  { q: 'gibts was zu cloud', kind: 'none' },
  { q: 'betriebliches eingliederungsmanagement schulung?', kind: 'none' },
  { q: 'gibts nen kettensaegen kurs fuer den bauhof', kind: 'none' },
  { q: 'hallo', kind: 'help' },
  // --- English -----------------------------------------------------------------------------------------------------------
  {
    q: 'How much does the intercultural workshop cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.cultures],
    says: ['costs €120'],
  },
  {
    q: 'When is the Windows 11 training?',
    locale: 'en',
    kind: 'facts',
    titles: [T.windows],
    says: ['takes place on Thu, 18 Feb 2027 from 13:30 to 16:00'],
  },
  { q: 'where is welcome desk english', locale: 'en', kind: 'facts', titles: [T.welcome], says: ['at Rathaus Verl'] },
  {
    q: 'Who runs the resilience workshop?',
    locale: 'en',
    kind: 'facts',
    titles: [T.resilienz],
    says: ['is led by Frau Dr. Leonie Brinkmann'],
  },
  {
    q: 'registration deadline for the digitallotsen qualification?',
    locale: 'en',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['until Fri, 13 Aug 2027, 23:59'],
  },
  { conv: 'pw-en', q: 'Is there a course on password managers?', locale: 'en', kind: 'list', titles: [T.passwort] },
  {
    conv: 'pw-en',
    q: 'When does it start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.passwort],
    says: ['starts on Mon, 15 Feb 2027 at 09:00'],
  },
  {
    conv: 'pw-en',
    q: 'Is it online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.passwort],
    says: ['takes place online'],
  },
  { q: 'any seminars in english?', locale: 'en', kind: 'list', ...only(T.welcome, T.presenting, T.cultures) },
  { q: "What's on tomorrow?", locale: 'en', kind: 'list', titles: [T.phishing] },
  {
    q: 'Which seminars are in Harsewinkel?',
    locale: 'en',
    kind: 'list',
    ...only(T.neueFuehrung, T.konflikt, T.wissen),
  },
  { q: 'free online seminars in february?', locale: 'en', kind: 'list', titles: [T.phishing, T.passwort, T.resilienz] },
  { q: 'hi there', locale: 'en', kind: 'help' },
];

heldoutSuite('answering questions about a thirty-seventh, independent catalogue (Kreis Gütersloh)', {
  fixture: 'heldout37-catalogue.json',
  now,
  timeZone: TZ,
  cases: CASES,
  titles: all,
  never: NEVER,
});
