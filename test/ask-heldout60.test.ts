// Over-fitting check, sixtieth catalogue: the 2028 programme of the Landratsamt Konstanz (Baden-Württemberg) for the
// county and its towns (Konstanz, Singen (Hohentwiel), Radolfzell am Bodensee, Allensbach, Engen, Stockach, Reichenau),
// run by the county's Personalentwicklung, its Digitalwerkstatt and the Verwaltungsschule des Gemeindetags
// Baden-Württemberg, held in the Landratsamt (Benediktinerplatz), the Digitalwerkstatt Singen, the Rathaus Radolfzell,
// online or hybrid, imported from a JSON file. Brochure-style titles whose subject is often only in the summary or
// description (Excel, ChatGPT, OZG, BundID, DSGVO, Interreg), one multi-day Digitallotsen qualification for the member
// municipalities only (the state pays half the fee), one seminar held in English (cross-border cooperation with
// Switzerland) and one whose sessions straddle the change to summer time. Questions are written the way staff from the
// Bauhof, the Kita, the Standesamt, the Kämmerei, the Bürgerbüro, IT and the Hauptamt ask – partly in Swabian/Alemannic,
// with everyday words, typos and about a fifth in English – without looking at the parser or the answers. Same
// assertions as the other suites: exactly the expected seminars (best first where one is clearly best), the asked fact
// in the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Wednesday 1 March 2028, 14:00 in Konstanz, winter time; Easter Sunday is 16.04.2028):
//   this week:  nothing more today; Thu 02.03. 09:00–12:00 Teams (tomorrow, morning, online), Fri 03.03. 13:00–16:30 service-bw
//   next week:  Mon 06.03. morning, Tue 07.03. afternoon, Wed 08.03. morning (English), Thu 09.03. afternoon (all half days)
//   then Tue 14.03. Grundsteuer (deadline passed Mon 28.02.); Digitallotsen Thu 23.03., Fri 24.03. (CET) and Thu 30.03.
//   (CEST: summer time begins Sun 26.03.2028), all 09:00–16:00 local time; Tue 28.03. KI (CEST); April: 05.04., 06.04.,
//   nothing in Holy Week or Easter week (10.–17.04.), 19.04., 25.04.; May: 04.05., 09./10.05., 15./16.05. (+ 12.06.),
//   17.05.; June: 14.06., 20.06., 21.06., 27.06. The cancelled blackout course would have been on Wed 22.03.
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-03-01T13:00:00Z'); // Wednesday, 1 March 2028, 14:00 in Konstanz (CET)
const TZ = 'Europe/Berlin';

const T = {
  teams: 'Kanäle, Chats und Videokonferenzen: Microsoft Teams im Verwaltungsalltag', // Thu 02.03.2028 09:00–12:00, online, free, Kessler, 30 seats
  servicebw: 'Anträge ohne Wartemarke: Online-Dienste mit service-bw', // Fri 03.03. 13:00–16:30, Rathaus Radolfzell, free, OZG and BundID in the description
  eakte: 'Abschied vom Aktenschrank: Die E-Akte im Landratsamt', // Mon 06.03. 09:00–12:30, Landratsamt, free
  barriere: 'Ohne Hürden lesbar: Barrierefreie Dokumente und Webseiten', // Tue 07.03. 13:30–16:30, online, free, screen reader
  swiss: 'Good Neighbours Across the Lake: Working with Swiss Authorities', // Wed 08.03. 09:00–12:30, Landratsamt, English, 120 €, Interreg
  zeit: 'Erst das Wichtige: Zeitmanagement und Prioritäten im Büro', // Thu 09.03. 14:00–16:30, online, 90 €
  grundsteuer: 'Neue Werte, neue Bescheide: Die Grundsteuer nach dem Landesmodell', // Tue 14.03. 09:00–16:00, Landratsamt, 260 €, Dr. Maier, deadline passed Mon 28.02. 23:59, Hebesatz
  lotsen: 'Lotsen an Bord: Qualifizierung zur Digitallotsin und zum Digitallotsen', // Thu 23.03., Fri 24.03., Thu 30.03. 09:00–16:00 (across DST), Digitalwerkstatt Singen, 600 € (state pays half), deadline Fri 10.03. 23:59, member towns only
  ki: 'Der neue Kollege heißt Copilot: Künstliche Intelligenz im Büro', // Tue 28.03. 13:00–16:00 (CEST), hybrid (Landratsamt), free, 40 seats, ChatGPT in the summary
  infosec: 'Phishing, Passwörter, Postfach: Informationssicherheit am Arbeitsplatz', // Wed 05.04. 09:00–12:00, online, free
  klartext: 'Verstanden beim ersten Lesen: Bürgernah schreiben', // Thu 06.04. 09:00–16:00, Rathaus Radolfzell, 180 €
  datenschutz: 'Ohne Kopfschmerzen: Datenschutz im Amtsalltag', // Wed 19.04. 09:00–12:00, hybrid (Landratsamt), free, DSGVO in the summary
  friedhof: 'Ruhe in Daten: Das Friedhofswesen digital verwalten', // Tue 25.04. 13:00–16:30, online, 95 €, Grabstellen, Bauhof
  excel: 'Formeln statt Taschenrechner: Tabellenkalkulation für den Büroalltag', // Thu 04.05. 09:00–16:00, Digitalwerkstatt Singen, 150 €, Kessler, Excel only in the summary
  prozess: 'Vom Zettelchaos zum klaren Ablauf: Prozesse erheben und verbessern', // Tue 09.05. and Wed 10.05. 09:00–16:00, Landratsamt, 380 €, BPMN, also for managers
  fuehrung: 'Plötzlich Chefin oder Chef: Der Start als Führungskraft', // Mon 15.05., Tue 16.05. 09:00–16:30, Mon 12.06. 09:00–13:00, Landratsamt, 690 €
  stress: 'Gelassen durch stürmische Zeiten: Resilienz im Arbeitsalltag', // Wed 17.05. 09:00–12:00, online, free, Stress, Burnout
  deeskalation: "Ruhig bleiben, wenn's laut wird: Deeskalation im Publikumsverkehr", // Wed 14.06. 09:00–16:00, Rathaus Radolfzell, 160 €, 14 seats
  mobil: 'Arbeiten, wo der Laptop steht: Mobiles Arbeiten gut organisiert', // Tue 20.06. 13:00–15:30, online, free, Telearbeit (never "Homeoffice")
  standesamt: 'Vom Aufgebot bis zur Urkunde: Digital arbeiten im Standesamt', // Wed 21.06. 09:00–15:00, Landratsamt, 140 €, Eheschließungen
  kita: 'Eltern gut im Bild: Digitale Elternkommunikation in der Kita', // Tue 27.06. 14:00–17:00, Digitalwerkstatt Singen, free
  social: 'Gefällt mir: Social Media für Städte und Gemeinden', // draft
  bauhof: 'Bauhof 4.0: Mängelmelder und Tourenplanung per App', // draft
  blackout: 'Wenn das Licht ausgeht: Krisenstab und Notfallplanung bei Stromausfall', // cancelled
  urheber: 'Bilder, Texte, Links: Urheberrecht für die Webredaktion', // cancelled
  auftakt: 'Startschuss 2028: Jahresauftakt der Digitalwerkstatt', // past (Tue 25 January 2028)
  outlook: 'Ordnung im Postfach: Outlook effizient nutzen', // past (Tue 15 February 2028)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.social, T.bauhof, T.blackout, T.urheber, T.auftakt, T.outlook];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  { q: 'Was koschtet des Grundsteuer-Seminar?', kind: 'facts', titles: [T.grundsteuer], says: ['kostet 260 €'] },
  { q: 'Kostet die KI-Schulung was?', kind: 'facts', titles: [T.ki], says: ['ist kostenlos'] },
  {
    q: 'How much is the workshop on working with Swiss authorities?',
    locale: 'en',
    kind: 'facts',
    titles: [T.swiss],
    says: ['costs €120'],
  },
  // --- facts: when, start time, duration -------------------------------------------------------------------------------
  {
    q: 'Wann ist die Digitallotsen-Qualifizierung?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['an 3 Tagen', 'Do., 23.03.2028, Fr., 24.03.2028 und Do., 30.03.2028', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'Wann isch des Seminar für neue Chefs?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: [
      'an 3 Terminen',
      'Mo., 15.05.2028, 09:00–16:30 Uhr; Di., 16.05.2028, 09:00–16:30 Uhr; Mo., 12.06.2028, 09:00–13:00 Uhr',
    ],
  },
  {
    q: 'When is the AI seminar?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['takes place on Tue, 28 Mar 2028 from 13:00 to 16:00'],
  },
  {
    q: 'Um wie viel Uhr geht die Teams-Schulung morgen los?',
    kind: 'facts',
    titles: [T.teams],
    says: ['beginnt am Do., 02.03.2028 um 09:00 Uhr'],
  },
  {
    q: 'Wie lang goht des Friedhofs-Seminar?',
    kind: 'facts',
    titles: [T.friedhof],
    says: ['dauert 3,5 Stunden, von 13:00 bis 16:30 Uhr'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  {
    q: 'Wo findet das Seminar zum bürgernahen Schreiben statt?',
    kind: 'facts',
    titles: [T.klartext],
    says: ['findet im Rathaus Radolfzell'],
  },
  {
    q: 'Where is the cross-border workshop held?',
    locale: 'en',
    kind: 'facts',
    titles: [T.swiss],
    says: ['takes place at Landratsamt Konstanz'],
  },
  {
    q: 'Ist das Datenschutz-Seminar online oder vor Ort?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: [/findet hybrid statt|oder online statt/],
  },
  { q: 'Wer macht den Excel-Kurs?', kind: 'facts', titles: [T.excel], says: ['leitet Frau Nadine Kessler'] },
  {
    q: 'Wer leitet die Ausbildung zum Digitallotsen?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['leiten Frau Sandra Hummel und Herr Timo Brugger'],
  },
  {
    q: "What's the registration deadline for the Grundsteuer course?",
    locale: 'en',
    kind: 'facts',
    titles: [T.grundsteuer],
    says: ['passed on Mon, 28 Feb 2028, 23:59'],
  },
  {
    q: 'Sind beim Deeskalationstraining noch Plätze frei?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['noch 14 von 14 Plätzen frei'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  {
    conv: 'lotsin',
    q: 'Ich soll bei uns in Engen Digitallotsin werden – gibt es dafür eine Ausbildung?',
    kind: 'list',
    titles: [T.lotsen],
  },
  {
    conv: 'lotsin',
    q: 'Was kostet die?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['kostet 600 €'],
    mentions: ['Das Land Baden-Württemberg übernimmt die Hälfte der Teilnahmegebühr.'],
  },
  {
    conv: 'lotsin',
    q: 'Bis wann muss ich mich anmelden?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['bis Fr., 10.03.2028, 23:59 Uhr'],
  },
  {
    conv: 'friedhof',
    q: "Mir vom Bauhof mached au de Friedhof – gibt's ebbes, wie ma Grabstellen am Computer verwaltet?",
    kind: 'list',
    titles: [T.friedhof],
  },
  {
    conv: 'friedhof',
    q: 'Wann isch des?',
    kind: 'facts',
    titles: [T.friedhof],
    says: ['am Di., 25.04.2028 von 13:00 bis 16:30 Uhr'],
  },
  { conv: 'friedhof', q: 'Und isch des online?', kind: 'facts', titles: [T.friedhof], says: ['findet online statt'] },
  { conv: 'chatgpt', q: 'Is there anything on ChatGPT?', locale: 'en', kind: 'list', titles: [T.ki] },
  { conv: 'chatgpt', q: 'Is it free?', locale: 'en', kind: 'facts', titles: [T.ki], says: ['is free of charge'] },
  {
    conv: 'chatgpt',
    q: 'Where does it take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['at Landratsamt Konstanz', 'or online'],
  },
  {
    conv: 'kita',
    q: "Ich leite eine Kita – wie können wir die Eltern digital informieren, gibt's da was?",
    kind: 'list',
    titles: [T.kita],
  },
  { conv: 'kita', q: 'Was koschtet des?', kind: 'facts', titles: [T.kita], says: ['ist kostenlos'] },
  { conv: 'kita', q: 'Wo isch des?', kind: 'facts', titles: [T.kita], says: ['Digitalwerkstatt Singen'] },
  // --- topic searches: everyday words, words only the summary or description has, compounds, synonyms, abbreviations ---
  { q: 'wie schreib ich Briefe, die die Leute verstehen', kind: 'list', titles: [T.klartext] },
  { q: 'Stress im Job', kind: 'list', first: T.stress },
  { q: 'Computer-Sicherheit', kind: 'list', titles: [T.infosec] },
  { q: 'Gibt es ein Seminar zum Thema Sicherheit?', kind: 'list', first: T.infosec },
  { q: 'Gibt es was zum Homeoffice?', kind: 'list', titles: [T.mobil] },
  { q: "Was gibt's zu KI?", kind: 'list', titles: [T.ki] },
  { q: 'Gibt es was zum OZG?', kind: 'list', titles: [T.servicebw] },
  { q: 'Gibt es was zur BundID?', kind: 'list', titles: [T.servicebw] },
  { q: 'Schulung DSGVO', kind: 'list', titles: [T.datenschutz] },
  { q: "Gibt's do ebbes zu Excel?", kind: 'list', titles: [T.excel] },
  { q: "Ich bin im Standesamt und mach die Trauungen – gibt's ebbes für mich?", kind: 'list', titles: [T.standesamt] },
  { q: 'Was mache ich, wenn mich ein Bürger am Schalter anschreit?', kind: 'list', first: T.deeskalation },
  { q: 'Unsere Website muss auch für Blinde lesbar sein – gibt es dazu was?', kind: 'list', titles: [T.barriere] },
  { q: 'Anything on Interreg projects with Switzerland?', locale: 'en', kind: 'list', titles: [T.swiss] },
  // --- typos -----------------------------------------------------------------------------------------------------------
  { q: 'Exel Kurs', kind: 'list', titles: [T.excel] },
  { q: 'Datenschuz Schulung', kind: 'list', titles: [T.datenschutz] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, cost, length, language, free seats -------
  { q: 'Was läuft diese Woche noch?', kind: 'list', titles: [T.teams, T.servicebw] },
  { q: 'Anything next week in the afternoon?', locale: 'en', kind: 'list', titles: [T.barriere, T.zeit] },
  { q: 'Was gibt es nächsten Monat?', kind: 'list', titles: [T.infosec, T.klartext, T.datenschutz, T.friedhof] },
  { q: 'Was gibt es im Mai?', kind: 'list', titles: [T.excel, T.prozess, T.fuehrung, T.stress] },
  {
    q: 'Was gibt es vor Ostern noch Kostenloses?',
    kind: 'list',
    titles: [T.teams, T.servicebw, T.eakte, T.barriere, T.ki, T.infosec],
  },
  { q: 'Which seminars are hybrid?', locale: 'en', kind: 'list', ...only(T.ki, T.datenschutz) },
  { q: 'Was läuft in Radolfzell?', kind: 'list', ...only(T.servicebw, T.klartext, T.deeskalation) },
  {
    q: 'Was bietet die Verwaltungsschule an?',
    kind: 'list',
    ...only(T.grundsteuer, T.klartext, T.friedhof, T.prozess, T.fuehrung, T.deeskalation, T.standesamt),
  },
  { q: 'Welche Kurse hat Frau Kessler?', kind: 'list', ...only(T.teams, T.excel) },
  { q: 'Welche Seminare gibt es für Führungskräfte?', kind: 'list', ...only(T.fuehrung, T.prozess) },
  { q: 'Which seminars are held in English?', locale: 'en', kind: 'list', titles: [T.swiss] },
  { q: 'Welche mehrtägigen Seminare gibt es?', kind: 'list', ...only(T.lotsen, T.prozess, T.fuehrung) },
  {
    q: 'Welche Präsenzseminare im Mai haben noch freie Plätze?',
    kind: 'list',
    titles: [T.excel, T.prozess, T.fuehrung],
  },
  // --- gone, no match, greeting ----------------------------------------------------------------------------------------
  { q: 'Wann war der Outlook-Kurs?', kind: 'gone', gone: T.outlook, says: ['Di., 15.02.2028'] },
  {
    q: 'When was the Digitalwerkstatt kick-off?',
    locale: 'en',
    kind: 'gone',
    gone: T.auftakt,
    says: ['Tue, 25 Jan 2028'],
  },
  { q: 'Was koschtet des Seminar zum Stromausfall?', kind: 'gone', gone: T.blackout },
  { q: 'Gibt es was zu Instagram und Social Media?', kind: 'none' },
  { q: "Gibt's en Kurs fürn Staplerschein?", kind: 'none' },
  { q: 'Gibt es vor Ostern noch was zum Datenschutz?', kind: 'none' },
  { q: 'Grüß Gott!', kind: 'help' },
  { q: 'Hello!', locale: 'en', kind: 'help' },
];

heldoutSuite('answering questions about a sixtieth, independent catalogue (Landratsamt Konstanz, colloquial)', {
  fixture: 'heldout60-catalogue.json',
  now,
  timeZone: TZ,
  cases: CASES,
  titles: all,
  never: NEVER,
});
