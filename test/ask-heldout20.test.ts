// Over-fitting check, twentieth catalogue: the 2027 programme of the Wetteraukreis (Hessen) and its towns — the joint
// programme of the county's technology centre (Digitalzentrum Wetterau) with the Hessischer Verwaltungsschulverband
// (HVSV), ekom21 as IT provider and the state's "Digitallotsen Hessen" qualification — imported from a JSON file. Many
// titles are short and catchy ("Klartext", "Fit für morgen"); the words employees use are often only in the summary or
// description. The questions were written the way employees ask, without looking at the parser or the answers. Same
// assertions as the other suites: exactly the expected seminars (best first where one is clearly best), the asked fact
// in the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now`: nothing else this week; next week (8–14 March) Sicher im Netz (Tue 09:00–11:00), Gemeinsam
// statt einsam (Wed 13:30), Klartext (Thu 09:00–12:30), Mehr Luft im Kalender (Thu 14:00); then Richtig einkaufen and
// Sprint statt Marathon on 16 (–17) March; nothing from 18 to 21 March (so "in den nächsten zwei Wochen" gives the same
// answer whether counted from today or as the next two calendar weeks). Easter Sunday is 28 March 2027 (summer time
// begins the same day); the week after Easter (29 March – 4 April) has the 115 course (Wed) and the moderation
// training (Thu).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-03-03T09:00:00Z'); // Wednesday, 3 March 2027, 10:00 in Friedberg (winter time, UTC+1)
const TZ = 'Europe/Berlin';

const T = {
  fit: 'Fit für morgen', // leading in the digital change; Tue–Wed 04.–05.05.2027 Kreishaus, audience Führungskräfte, 480 €
  klartext: 'Klartext', // plain language; Thu 11.03.2027 09:00–12:30 Rathaus Bad Nauheim, 120 €
  prozess: 'Abläufe sichtbar machen', // process management, BPMN; 20.–21.04.2027 Digitalzentrum
  ideen: 'Ideen, die fliegen', // innovation management; Tue 18.05.2027, hybrid, Wendland
  sicher: 'Sicher im Netz', // information security, phishing; Tue 09.03. 09:00–11:00 + Thu 15.04. 14:00–16:00, online, free, ekom21
  isb: 'Schutzschild Kommune', // Informationssicherheitsbeauftragte; 25.–26.05.2027 Gießen, ekom21
  agil: 'Sprint statt Marathon', // Scrum/Kanban; Tue–Wed 16.–17.03.2027 Bürgerhaus Büdingen
  teams: 'Gemeinsam statt einsam', // Microsoft Teams; Wed 10.03.2027 13:30–16:00, online, free, ekom21
  eakte: 'Papierlos glücklich', // E-Akte/DMS; Mon 22.03.2027 08:30–12:00 Kreishaus, free, deadline Fri 12.03.
  ozg: 'Verwaltung auf Knopfdruck', // OZG online services; Thu 22.04.2027, online, ekom21
  lowcode: 'Schluss mit Copy & Paste', // Power Automate / low code; Tue 13.04. + Thu 15.04. mornings, online, Albrecht
  excel: 'Zahlen im Griff', // Excel; Wed 24.03.2027 09:00–16:00 Rathaus Bad Nauheim, 12 seats, Albrecht
  dsgvo: 'Vertraulich bleibt vertraulich', // data protection; Thu 06.05.2027 Kreishaus, free
  ki: 'Neue Kollegin KI?', // AI; Fri 09.04.2027 09:00–12:30, hybrid Digitalzentrum
  buerger: 'Gut ankommen', // citizen communication, complaints; Tue 20.04.2027 Büdingen, Weigand
  deeskalation: "Ruhig bleiben, wenn's laut wird", // de-escalation; Tue–Wed 27.–28.04.2027 Bad Nauheim, Brandt
  zeit: 'Mehr Luft im Kalender', // time management; Thu 11.03.2027 14:00–16:30, online, Weigand
  bgm: 'Kraftquelle Arbeitsplatz', // health management (BGM); Wed 02.06.2027 Kreishaus, free
  vergabe: 'Richtig einkaufen', // procurement; Tue 16.03.2027 08:30–15:30 Kreishaus, 290 €, deadline passed (02.03.)
  doppik: 'Haushalt ohne Rätsel', // Doppik; Tue–Wed 08.–09.06.2027 Bad Nauheim
  tarif: 'Von E1 bis E15', // HR, TVöD grading; Wed 19.05.2027 Kreishaus
  barriere: 'Für alle lesbar', // accessible documents; Tue 23.03.2027, online, free
  social: 'Kurz, knackig, kommunal', // social media; Thu 25.03.2027 13:00–16:00, online, Demir
  telefon: 'Guten Tag, Sie sprechen mit …', // telephone service 115; Wed 31.03.2027 Büdingen, Brandt
  moderation: 'Alle an einen Tisch', // moderation, workshops; Thu 01.04.2027 Digitalzentrum, Wendland
  praesentation: 'Bühne frei', // presentation skills; Tue 11.05.2027 Bad Nauheim, 10 seats, Demir
  lotsen: 'Digitallotsen Hessen: Qualifizierung 2027', // Wed 14./21./28.04.2027, hybrid Kreishaus, 600 € (state pays 50 %)
  welcome: 'Welcome Desk English', // English; Thu–Fri 10.–11.06.2027 Büdingen, 240 €
  remote: 'Leading Remote Teams', // English; Tue 13.04. + Tue 20.04.2027 14:00–16:30, online, for Führungskräfte
  opendata: 'Open Data for Municipalities', // English; Wed 21.04.2027 10:00–12:00, online, free
  drohnen: 'Drohnen im Bevölkerungsschutz', // draft
  video: 'Videoberatung im Jugendamt', // draft
  powerbi: 'Dashboards ohne Drama', // cancelled (Power BI)
  yoga: 'Bewegte Pause', // cancelled (yoga at the desk)
  auftakt: 'Auftakt Digitalstrategie Wetterau 2030', // past (Mon 01.03.2027)
  startklar: 'Startklar im Kreis: Einführungstag für Nachwuchskräfte', // past (Thu 11.02.2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.drohnen, T.video, T.powerbi, T.yoga, T.auftakt, T.startklar];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  { q: 'Was kostet Klartext?', kind: 'facts', titles: [T.klartext], says: ['kostet 120 €'] },
  {
    q: 'Was kostet die Digitallotsen-Qualifizierung?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['kostet 600 €'],
    mentions: ['50 %'],
  },
  // --- facts: when, start time, duration -------------------------------------------------------------------------------
  {
    q: 'Wann ist der Excel-Kurs?',
    kind: 'facts',
    titles: [T.excel],
    says: ['am Mi., 24.03.2027 von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'wann findet sicher im netz statt',
    kind: 'facts',
    titles: [T.sicher],
    says: ['an 2 Terminen', 'Di., 09.03.2027, 09:00–11:00 Uhr'],
  },
  {
    q: 'Um wie viel Uhr fängt die E-Akten-Schulung an?',
    kind: 'facts',
    titles: [T.eakte],
    says: ['beginnt am Mo., 22.03.2027 um 08:30 Uhr'],
  },
  {
    q: 'Wie lange dauert das Deeskalationstraining?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['dauert 2 Tage, jeweils von 09:00 bis 16:00 Uhr'],
  },
  // --- facts: where, format, trainer -----------------------------------------------------------------------------------
  { q: 'Wo findet der Doppik-Kurs statt?', kind: 'facts', titles: [T.doppik], says: ['im Rathaus Bad Nauheim'] },
  { q: 'Ist der KI-Kurs online oder in Präsenz?', kind: 'facts', titles: [T.ki], says: ['findet hybrid statt'] },
  {
    q: 'Kann ich bei der 115-Schulung auch online teilnehmen?',
    kind: 'facts',
    titles: [T.telefon],
    says: ['findet in Präsenz statt'],
  },
  { q: 'Wer leitet Fit für morgen?', kind: 'facts', titles: [T.fit], says: ['leitet Frau Dr. Miriam Hoffmann-Lenz'] },
  // --- facts: registration deadline, seats -----------------------------------------------------------------------------
  {
    q: 'Bis wann kann ich mich für Papierlos glücklich anmelden?',
    kind: 'facts',
    titles: [T.eakte],
    says: ['bis Fr., 12.03.2027, 23:59 Uhr'],
  },
  {
    q: 'Sind im Excel-Kurs noch Plätze frei?',
    kind: 'facts',
    titles: [T.excel],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  { conv: 'vergabe', q: 'Habt ihr was zu Ausschreibungen?', kind: 'list', titles: [T.vergabe] },
  {
    conv: 'vergabe',
    q: 'Kann ich mich da noch anmelden?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['abgelaufen', '02.03.2027'],
  },
  { conv: 'vergabe', q: 'Und was kostet es?', kind: 'facts', titles: [T.vergabe], says: ['kostet 290 €'] },
  {
    conv: 'zeit',
    q: 'Ich komme mit meinen Aufgaben einfach nicht hinterher, gibts da was?',
    kind: 'list',
    titles: [T.zeit],
  },
  {
    conv: 'zeit',
    q: 'wann ist das?',
    kind: 'facts',
    titles: [T.zeit],
    says: ['am Do., 11.03.2027 von 14:00 bis 16:30 Uhr'],
  },
  { conv: 'zeit', q: 'online oder vor Ort?', kind: 'facts', titles: [T.zeit], says: ['findet online statt'] },
  { conv: 'lotsen', q: 'Ich würde gern Digitallotsin werden.', kind: 'list', titles: [T.lotsen] },
  {
    conv: 'lotsen',
    q: 'Wer leitet das?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['leiten Frau Katja Brenner und Herr Daniel Vogt'],
  },
  { conv: 'fit', q: 'Gibt es was für Chefs zum Thema digitaler Wandel?', kind: 'list', first: T.fit },
  {
    conv: 'fit',
    q: 'Und wann?',
    kind: 'facts',
    titles: [T.fit],
    says: ['an 2 Tagen', 'Di., 04.05.2027 und Mi., 05.05.2027'],
  },
  // --- topic searches: colloquial wording, words only the summary or description has -----------------------------------
  {
    q: 'Ich muss oft Bescheide schreiben, die keiner versteht. Gibt es was zu einfacher Sprache?',
    kind: 'list',
    titles: [T.klartext],
  },
  { q: 'Gibt es ein Seminar zum Prozessmanagement?', kind: 'list', titles: [T.prozess] },
  { q: 'Wie bekommen wir mehr Innovation in unser Amt?', kind: 'list', titles: [T.ideen] },
  {
    q: 'Ich krieg ständig komische Mails mit Anhängen, gibts ne Schulung dazu?',
    kind: 'list',
    titles: [T.sicher],
    miss: 'the Teams course also names e-mail attachments in its description',
  },
  { q: 'Ich soll Informationssicherheitsbeauftragter werden – welcher Kurs passt?', kind: 'list', first: T.isb },
  { q: 'Teams Schulung', kind: 'list', first: T.teams },
  { q: 'Gibt es eine Einführung in die elektronische Akte?', kind: 'list', titles: [T.eakte] },
  { q: 'Was gibt es zum Onlinezugangsgesetz?', kind: 'list', titles: [T.ozg] },
  { q: 'Kann man irgendwo Power Automate lernen?', kind: 'list', titles: [T.lowcode] },
  { q: 'Gibt es was zu künstlicher Intelligenz oder ChatGPT?', kind: 'list', titles: [T.ki] },
  { q: 'Wie gehe ich mit Beschwerden von Bürgern um?', kind: 'list', first: T.buerger },
  { q: 'Was macht der Kreis beim Thema betriebliches Gesundheitsmanagement?', kind: 'list', titles: [T.bgm] },
  {
    q: 'Ich bin neu in der Personalabteilung und muss Stellen eingruppieren. Gibt es dazu was?',
    kind: 'list',
    titles: [T.tarif],
  },
  { q: 'Wie mache ich PDFs barrierefrei?', kind: 'list', titles: [T.barriere] },
  { q: 'Wir wollen als Gemeinde auf Instagram – gibt es dazu ein Seminar?', kind: 'list', titles: [T.social] },
  { q: 'Gibt es eine Schulung zur Behördennummer 115?', kind: 'list', titles: [T.telefon] },
  { q: 'Ich soll nächsten Monat einen Workshop moderieren, hilfe!', kind: 'list', first: T.moderation },
  { q: 'Gibt es ein Präsentationstraining?', kind: 'list', titles: [T.praesentation] },
  // --- typos -----------------------------------------------------------------------------------------------------------
  { q: 'Exel Kurs', kind: 'list', titles: [T.excel] },
  { q: 'Deeskaltionstraining', kind: 'list', first: T.deeskalation },
  { q: 'agiles Projektmanagment', kind: 'list', titles: [T.agil] },
  { q: 'Datenschuz Seminar', kind: 'list', titles: [T.dsgvo] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, cost, length, language, seats ----------
  { q: 'Was läuft nächste Woche?', kind: 'list', titles: [T.sicher, T.teams, T.klartext, T.zeit] },
  {
    q: 'Welche Seminare sind in den nächsten zwei Wochen?',
    kind: 'list',
    titles: [T.sicher, T.teams, T.klartext, T.zeit, T.vergabe, T.agil],
  },
  { q: 'Was laeuft kommende Woche nachmittags?', kind: 'list', titles: [T.teams, T.zeit] },
  { q: 'Was gibt es nächste Woche morgens?', kind: 'list', titles: [T.sicher, T.klartext] },
  { q: 'Ist diese Woche noch was?', kind: 'none' },
  { q: 'Was ist in der Woche nach Ostern?', kind: 'list', titles: [T.telefon, T.moderation] },
  { q: 'Gibt es im April Seminare am Nachmittag?', kind: 'list', ...only(T.remote, T.sicher) },
  { q: 'Welche kostenlosen Seminare gibt es im März?', kind: 'list', titles: [T.sicher, T.teams, T.eakte, T.barriere] },
  { q: 'Was gibt es im Juni?', kind: 'list', titles: [T.bgm, T.doppik, T.welcome] },
  { q: 'Was gibt es im Mai im Kreishaus?', kind: 'list', titles: [T.fit, T.dsgvo, T.tarif] },
  { q: 'Welche Seminare gibt es in Büdingen?', kind: 'list', ...only(T.agil, T.buerger, T.telefon, T.welcome) },
  { q: 'Gibt es im Mai mehrtägige Seminare vor Ort?', kind: 'list', titles: [T.fit, T.isb] },
  { q: 'Welche Kurse sind hybrid?', kind: 'list', ...only(T.ki, T.lotsen, T.ideen) },
  { q: 'Gibt es Kurse von Herrn Wendland?', kind: 'list', ...only(T.moderation, T.ideen) },
  { q: 'was bietet ekom21 an?', kind: 'list', ...only(T.sicher, T.teams, T.ozg, T.isb) },
  { q: 'Ich bin Führungskraft – welche Seminare sind für mich?', kind: 'list', ...only(T.fit, T.remote) },
  { q: 'Was ist umsonst und online?', kind: 'list', ...only(T.sicher, T.teams, T.barriere, T.opendata) },
  { q: 'Habt ihr auch was in English?', kind: 'list', ...only(T.remote, T.opendata, T.welcome) },
  { q: 'Wo sind nächste Woche noch Plätze frei?', kind: 'list', titles: [T.sicher, T.teams, T.klartext, T.zeit] },
  // --- gone, drafts, no match, greeting --------------------------------------------------------------------------------
  { q: 'Wann ist der Power-BI-Kurs?', kind: 'gone', gone: T.powerbi },
  { q: 'Findet der Yoga-Kurs am Arbeitsplatz noch statt?', kind: 'gone', gone: T.yoga },
  {
    q: 'Wann war die Auftaktveranstaltung zur Digitalstrategie?',
    kind: 'gone',
    gone: T.auftakt,
    says: ['Mo., 01.03.2027'],
  },
  { q: 'Kann ich noch zum Einführungstag für Nachwuchskräfte?', kind: 'gone', gone: T.startklar },
  { q: 'Gibt es was zu Drohnen?', kind: 'none' },
  { q: 'Schulung Videoberatung', kind: 'none' },
  { q: 'Gibt es einen Motorsägenkurs?', kind: 'none' },
  { q: 'Hallo!', kind: 'help' },
  // --- English -----------------------------------------------------------------------------------------------------------
  { q: 'How much is Welcome Desk English?', locale: 'en', kind: 'facts', titles: [T.welcome], says: ['costs €240'] },
  {
    q: 'When is Leading Remote Teams?',
    locale: 'en',
    kind: 'facts',
    titles: [T.remote],
    says: ['on 2 days: Tue, 13 Apr 2027 and Tue, 20 Apr 2027, each from 14:00 to 16:30'],
  },
  { q: 'Which courses are held in English?', locale: 'en', kind: 'list', ...only(T.remote, T.opendata, T.welcome) },
  { q: 'Any English courses in April?', locale: 'en', kind: 'list', ...only(T.remote, T.opendata) },
  { q: "What's on next week?", locale: 'en', kind: 'list', titles: [T.sicher, T.teams, T.klartext, T.zeit] },
  { q: 'anything in the afternoon next week?', locale: 'en', kind: 'list', titles: [T.teams, T.zeit] },
  { q: 'Is there any training on data protection?', locale: 'en', kind: 'list', first: T.dsgvo },
  { q: 'Is there a course on public procurement?', locale: 'en', kind: 'list', titles: [T.vergabe] },
  { conv: 'ki', q: 'Is there anything on AI?', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    conv: 'ki',
    q: 'When is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['on Fri, 9 Apr 2027 from 09:00 to 12:30'],
  },
  {
    conv: 'ki',
    q: 'Where?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['Digitalzentrum Wetterau', 'or online'],
  },
  { q: 'Hi there!', locale: 'en', kind: 'help' },
];

heldoutSuite('answering questions about a twentieth, independent catalogue (Wetteraukreis)', {
  fixture: 'heldout20-catalogue.json',
  now,
  timeZone: TZ,
  cases: CASES,
  titles: all,
  never: NEVER,
});
