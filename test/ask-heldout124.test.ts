// Over-fitting check, hundred-and-twenty-fourth catalogue: the 2027/28 winter programme of the Landkreis Harz
// (Saxony-Anhalt) with the Studieninstitut für kommunale Verwaltung Sachsen-Anhalt, the Landkreis's Stabsstelle IT und
// Digitalisierung and Fachdienst Personal, the Unfallkasse Sachsen-Anhalt and the Kreisvolkshochschule Harz (KVHS), for
// the Landkreis and the towns of Halberstadt, Wernigerode, Quedlinburg, Blankenburg (Harz), Thale and Osterwieck,
// imported from a JSON file. Seminars take place in the Kreishaus Halberstadt, the town halls of Halberstadt,
// Wernigerode, Quedlinburg, Blankenburg, Thale and Osterwieck, the KVHS in Wernigerode, the Tagungshaus Kloster
// Michaelstein, online or hybrid. Several titles do not name their subject ("Was in der Akte bleibt" is data protection,
// "Der Assistent, der nie Feierabend macht" generative AI, "Licht an im Januar" health in the dark season, "Kahle Hänge,
// volle Akten" forestry permits after the bark beetle, "Alte Mauern, neue Fenster" heritage protection in the UNESCO
// World Heritage town, "Vom Einsatz zur Abrechnung" the administration of the ambulance service, "Einmal im Jahr in Ruhe
// reden" appraisal interviews, "Mitdenken ausdrücklich erlaubt" citizen participation, "Geld aus Brüssel für den Harz"
// EU funding), so only summary, description or topics reveal it; one seminar is held in English (tourist information
// staff); the leadership course runs on two days across the start of summer time; the heritage course is open only to
// the Landkreis, Quedlinburg, Halberstadt and Wernigerode; several are free (IT, HR, Unfallkasse, the state-funded
// participation course). Most questions come as short conversations in Teams (follow-ups by position, weekday, place or
// format, refinements, a new topic that replaces the old one), written the way colleagues type, without looking at the
// parser or the answers. Same assertions as the other suites: exactly the expected seminars (best first where one is
// clearly best), the asked fact in the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Wednesday 12 January 2028, 09:30 in Halberstadt, winter time; summer time begins Sun 26.03.2028):
//   this week:  nothing more today; Thu 13.01. 13:30–15:30 Teams (online, tomorrow), Fri 14.01. 09:00–12:00 data
//               protection (hybrid, Kreishaus)
//   next week:  Mon 17.01. 09:00–12:30 Excel basics (online, 75 €), Tue 18.01. 13:00–16:00 AI (hybrid, Kreishaus, free),
//               Wed 19.01. 08:30–12:30 winter road service (Rathaus Blankenburg, 160 €; deadline passed Mon 10.01.
//               12:00), Thu 20.01. 14:00–15:30 health in winter (online, Unfallkasse, free)
//   then:       nothing from Fri 21.01. to Sun 30.01. except the cancelled swine-fever course (Tue 25.01.);
//               Mon 31.01. 09:00–12:00 school transport (online, 95 €) and 13:00–15:00 Outlook (online, 49 €)
//   February:   Tue 01. forestry permits (Rathaus Wernigerode, 190 €, deadline Fri 21.01. 12:00), Thu 03. heritage
//               (Rathaus Quedlinburg, 210 €, members only), Wed 09. English for tourist information (KVHS Wernigerode,
//               110 €, deadline Fri 28.01. 23:59), Mon 14. ambulance service (Kreishaus, 180 €), Tue 15. appraisal
//               interviews (online, free, for managers), Wed 16. 13:00–16:30 citizen participation (hybrid, Rathaus
//               Quedlinburg, free); the cancelled council-information course on Thu 24.02.
//   March:      Wed 01. Excel advanced (Rathaus Osterwieck, 140 €), Tue 07. 13:00–15:30 back health (Rathaus Thale,
//               Unfallkasse, free), Wed 08. EU funding (Kreishaus, 230 €), Mon 13. 13:00–16:00 accessible PDFs (online,
//               65 €), Thu 16.03. (CET) and Thu 30.03. (CEST) leadership (Kloster Michaelstein, 420 €, deadline Fri
//               25.02. 12:00), Tue 21. fines procedure (Rathaus Halberstadt, 170 €); the drafts social media (Tue 14.03.)
//               and drones (Tue 28.03.)
//   past:       Thu 04.11.2027 Christmas markets and town festivals, Tue 16.11.2027 property-tax objections.
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-01-12T08:30:00Z'); // Wednesday, 12 January 2028, 09:30 in Halberstadt (CET)
const TZ = 'Europe/Berlin';

const T = {
  teams: 'Ein Klick statt zehn Mails: Microsoft Teams für Einsteigende', // Thu 13.01. 13:30–15:30, online, IT, Herr Sven Kaschner, free, 100 seats
  datenschutz: 'Was in der Akte bleibt', // Fri 14.01. 09:00–12:00, hybrid (Kreishaus Halberstadt), IT, Frau Melanie Gröschner, data protection / DSGVO, free
  excel: 'Excel ohne Angst: Der Einstieg in Tabellen und Formeln', // Mon 17.01. 09:00–12:30, online, KVHS, Frau Doreen Wittig, 75 € (Dienststelle pays)
  ki: 'Der Assistent, der nie Feierabend macht', // Tue 18.01. 13:00–16:00, hybrid (Kreishaus Halberstadt), IT, Herr Dr. Malte Rienäcker, generative AI / ChatGPT, free
  winter: 'Glatt, verschneit, haftbar: Winterdienst und Verkehrssicherung', // Wed 19.01. 08:30–12:30, Rathaus Blankenburg (Harz), Studieninstitut, Herr Lutz Heinemann, 160 €, deadline passed Mon 10.01. 12:00
  licht: 'Licht an im Januar', // Thu 20.01. 14:00–15:30, online, Unfallkasse, Frau Katrin Behnke, health / winter blues, free
  schueler: 'Schülerbeförderung im Landkreis: Anspruch, Antrag, Erstattung', // Mon 31.01. 09:00–12:00, online, Studieninstitut, Frau Carola Ziesemer, 95 €
  outlook: 'Der Posteingang atmet auf: Outlook mit System', // Mon 31.01. 13:00–15:00, online, KVHS, Frau Jana Kießling, 49 €, 20 seats
  forst: 'Kahle Hänge, volle Akten', // Tue 01.02. 09:00–15:30, Rathaus Wernigerode, Studieninstitut, Herr Dr. Torsten Vollrath, 190 €, bark beetle / forestry permits, deadline Fri 21.01. 12:00
  denkmal: 'Alte Mauern, neue Fenster', // Thu 03.02. 09:00–16:00, Rathaus Quedlinburg, Studieninstitut, Frau Dr. Ulrike Hesse, 210 €, heritage protection, only Landkreis/Quedlinburg/Halberstadt/Wernigerode, no deadline given
  english: 'Visitors Welcome: Practical English for Tourist Information Desks', // Wed 09.02. 09:00–13:00, KVHS Wernigerode, Frau Siobhan Doyle, 110 €, English, deadline Fri 28.01. 23:59
  rettung: 'Vom Einsatz zur Abrechnung', // Mon 14.02. 09:00–15:00, Kreishaus Halberstadt, Studieninstitut, Herr Matthias Kliem, 180 €, ambulance service administration, 16 seats
  gespraech: 'Einmal im Jahr in Ruhe reden', // Tue 15.02. 09:00–12:00, online, HR, Herr Holger Tietz, free, appraisal interviews, for managers
  beteiligung: 'Mitdenken ausdrücklich erlaubt', // Wed 16.02. 13:00–16:30, hybrid (Rathaus Quedlinburg), KVHS, Frau Sabine Gottschalk, free (state-funded), citizen participation
  excel2: 'Mehr aus Tabellen holen: Excel-Auswertungen mit Pivot und SVERWEIS', // Wed 01.03. 09:00–16:00, Rathaus Osterwieck, KVHS, Frau Doreen Wittig, 140 €
  ruecken: 'Starker Rücken im Außendienst', // Tue 07.03. 13:00–15:30, Rathaus Thale, Unfallkasse, Herr Jörg Rettstadt, free, back health for Bauhof staff
  foerder: 'Geld aus Brüssel für den Harz', // Wed 08.03. 09:00–15:00, Kreishaus Halberstadt, Studieninstitut, Frau Antje Rosenthal, 230 €, EU funding / LEADER
  pdf: 'Jeder Screenreader kommt mit: Barrierefreie PDFs aus Word', // Mon 13.03. 13:00–16:00, online, KVHS, Herr Tobias Rump, 65 €, 12 seats
  fuehrung: 'Vom Kollegenkreis an die Spitze: Führungsgrundlagen für Team- und Sachgebietsleitungen', // Thu 16.03. (CET) and Thu 30.03. (CEST) 09:00–16:00, Kloster Michaelstein, HR, Frau Dr. Annett Schwalbe, 420 €, new managers
  bussgeld: 'Vom Verwarngeld zum Bußgeldbescheid', // Tue 21.03. 09:00–16:00, Rathaus Halberstadt, Studieninstitut, Frau Kerstin Wollny, 170 €, administrative offences
  drohnen: 'Luftbilder für die Verwaltung: Drohneneinsatz im Landkreis', // draft (Tue 28.03.)
  social: 'Reels, Posts, Stories: Social Media für die Gästeinformation', // draft (Tue 14.03.)
  asp: 'Wenn die Schweinepest kommt: Tierseuchenbekämpfung in der Verwaltung', // cancelled (Tue 25.01.2028)
  ratsinfo: 'Ratsarbeit ohne Papier', // cancelled (Thu 24.02.2028)
  weihnacht: 'Glühwein mit Genehmigung: Weihnachtsmärkte und Stadtfeste zulassen', // past (Thu 4 November 2027)
  grundsteuer: 'Widerspruch gegen den Grundsteuerbescheid: Fälle sachgerecht bearbeiten', // past (Tue 16 November 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.drohnen, T.social, T.asp, T.ratsinfo, T.weihnacht, T.grundsteuer];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- conversations: a search, then facts by position, weekday, place or format, refinements, new topics -------------
  // next week, sorted by date; "das zweite" is the AI course, "den am Mittwoch" the winter road service
  { conv: 'woche', q: 'was läuft nächste woche', kind: 'list', titles: [T.excel, T.ki, T.winter, T.licht] },
  { conv: 'woche', q: 'was kostet das zweite?', kind: 'facts', titles: [T.ki], says: ['ist kostenlos'] },
  {
    conv: 'woche',
    q: 'und wer macht den am mittwoch',
    kind: 'facts',
    titles: [T.winter],
    says: ['leitet Herr Lutz Heinemann'],
  },
  { conv: 'woche', q: 'und nachmittags?', kind: 'list', titles: [T.ki, T.licht] },
  // two Excel courses: the one in Osterwieck and the online one
  { conv: 'excel', q: 'habt ihr was zu exel', kind: 'list', ...only(T.excel, T.excel2) },
  { conv: 'excel', q: 'was kostet der in osterwieck', kind: 'facts', titles: [T.excel2], says: ['kostet 140 €'] },
  {
    conv: 'excel',
    q: 'und der online-kurs, wann ist der?',
    kind: 'facts',
    titles: [T.excel],
    says: ['am Mo., 17.01.2028 von 09:00 bis 12:30 Uhr'],
  },
  // heritage protection, found only through the description
  {
    conv: 'fenster',
    q: 'ich muss über neue fenster in einem fachwerkhaus in der altstadt entscheiden, gibt es dazu eine fortbildung',
    kind: 'list',
    titles: [T.denkmal],
  },
  { conv: 'fenster', q: 'wo findet das statt', kind: 'facts', titles: [T.denkmal], says: ['im Rathaus Quedlinburg'] },
  {
    conv: 'fenster',
    q: 'gibts das auch online?',
    kind: 'facts',
    titles: [T.denkmal],
    says: ['findet in Präsenz statt'],
  },
  // English for the tourist information, asked in English
  {
    conv: 'tourist',
    q: 'is there any english training for the staff of our tourist information',
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  {
    conv: 'tourist',
    q: 'when is it',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['on Wed, 9 Feb 2028 from 09:00 to 13:00'],
  },
  {
    conv: 'tourist',
    q: 'and how much does it cost',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['costs €110'],
  },
  // AI, then a new topic (data protection) that replaces it
  { conv: 'ki', q: 'gibt es was zu chatgpt', kind: 'list', titles: [T.ki] },
  {
    conv: 'ki',
    q: 'geht das auch online',
    kind: 'facts',
    titles: [T.ki],
    says: [/findet hybrid statt|oder online statt/],
  },
  { conv: 'ki', q: 'und was gibt es zum datenschutz?', kind: 'list', titles: [T.datenschutz] },
  {
    conv: 'ki',
    q: 'wann ist das',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['am Fr., 14.01.2028 von 09:00 bis 12:00 Uhr'],
  },
  // forestry permits after the bark beetle
  {
    conv: 'forst',
    q: 'borkenkäfer schadflächen wiederaufforstung – gibts da eine schulung zu den genehmigungen',
    kind: 'list',
    titles: [T.forst],
  },
  {
    conv: 'forst',
    q: 'um wie viel uhr fängt das an',
    kind: 'facts',
    titles: [T.forst],
    says: ['beginnt am Di., 01.02.2028 um 09:00 Uhr'],
  },
  {
    conv: 'forst',
    q: 'bis wann kann ich mich anmelden',
    kind: 'facts',
    titles: [T.forst],
    says: ['bis Fr., 21.01.2028, 12:00 Uhr'],
  },
  // Quedlinburg: heritage on Thursday 03.02., citizen participation on Wednesday 16.02.
  { conv: 'qlb', q: 'was gibts in quedlinburg', kind: 'list', ...only(T.denkmal, T.beteiligung) },
  {
    conv: 'qlb',
    q: 'was kostet der am mittwoch',
    kind: 'facts',
    titles: [T.beteiligung],
    says: ['ist kostenlos'],
    mentions: ['Gefördert vom Land Sachsen-Anhalt.'],
  },
  {
    conv: 'qlb',
    q: 'und wie lange geht der',
    kind: 'facts',
    titles: [T.beteiligung],
    says: ['dauert 3,5 Stunden, von 13:00 bis 16:30 Uhr'],
  },
  // audience: managers; the two-day course runs across the start of summer time
  {
    conv: 'chef',
    q: 'ich bin neu als sachgebietsleiterin, welche seminare gibt es für führungskräfte',
    kind: 'list',
    miss: 'the audience named twice ("Sachgebietsleiterin", "Führungskräfte") leaves the second as a topic: only the course for new managers is listed',
    ...only(T.gespraech, T.fuehrung),
  },
  {
    conv: 'chef',
    q: 'wann ist der zweitägige',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 16.03.2028 und Do., 30.03.2028', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'chef',
    q: 'und was kostet der',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['kostet 420 €'],
    mentions: ['Inklusive Verpflegung im Tagungshaus.'],
  },
  // February in English, sorted by date: the last is citizen participation, the first the forestry course
  {
    conv: 'feb',
    q: "what's on next month",
    locale: 'en',
    kind: 'list',
    titles: [T.forst, T.denkmal, T.english, T.rettung, T.gespraech, T.beteiligung],
  },
  {
    conv: 'feb',
    q: 'how long is the last one',
    locale: 'en',
    kind: 'facts',
    titles: [T.beteiligung],
    says: ['lasts 3.5 hours, from 13:00 to 16:30'],
  },
  {
    conv: 'feb',
    q: 'and where is the first one',
    locale: 'en',
    kind: 'facts',
    titles: [T.forst],
    says: ['takes place at Rathaus Wernigerode'],
  },
  // health, then narrowed to January
  { conv: 'gesund', q: 'was gibt es für die gesundheit', kind: 'list', ...only(T.licht, T.ruecken) },
  { conv: 'gesund', q: 'und im januar?', kind: 'list', titles: [T.licht] },
  // free of charge next week, then the same for next month
  { conv: 'free', q: 'anything free of charge next week', locale: 'en', kind: 'list', titles: [T.ki, T.licht] },
  { conv: 'free', q: 'what about next month?', locale: 'en', kind: 'list', titles: [T.gespraech, T.beteiligung] },
  // school transport, then a new topic (ambulance service) whose fee is asked
  { conv: 'schule', q: 'fahrkostenerstattung schülerbeförderung', kind: 'list', titles: [T.schueler] },
  { conv: 'schule', q: 'gibt es auch was zur abrechnung im rettungsdienst', kind: 'list', titles: [T.rettung] },
  { conv: 'schule', q: 'was kostet das', kind: 'facts', titles: [T.rettung], says: ['kostet 180 €'] },
  // --- single questions: facts ----------------------------------------------------------------------------------------
  { q: 'was kostet die fördermitel schulung', kind: 'facts', titles: [T.foerder], says: ['kostet 230 €'] },
  {
    q: 'when is the bußgeld seminar',
    locale: 'en',
    kind: 'facts',
    titles: [T.bussgeld],
    says: ['on Tue, 21 Mar 2028 from 09:00 to 16:00'],
  },
  { q: 'wer leitet den pdf kurs', kind: 'facts', titles: [T.pdf], says: ['leitet Herr Tobias Rump'] },
  {
    q: 'um wieviel uhr fängt die excel schulung in osterwieck an',
    kind: 'facts',
    titles: [T.excel2],
    says: ['beginnt am Mi., 01.03.2028 um 09:00 Uhr'],
  },
  {
    q: 'anmeldeschluss winterdienst',
    kind: 'facts',
    titles: [T.winter],
    says: ['am Mo., 10.01.2028, 12:00 Uhr abgelaufen'],
  },
  { q: 'outlook kurs noch plätze frei', kind: 'facts', titles: [T.outlook], says: ['noch 20 von 20 Plätzen frei'] },
  {
    q: 'wo ist der englischkurs für die touristinfo',
    kind: 'facts',
    titles: [T.english],
    says: ['in der Kreisvolkshochschule Harz'],
  },
  // --- topic searches: words only in summary, description or topics; synonyms; typos ---------------------------------
  { q: 'winterblues', kind: 'list', titles: [T.licht] },
  { q: 'rückenschule für den bauhof', kind: 'list', titles: [T.ruecken] },
  { q: 'verwendungsnachweis für eu projekte', kind: 'list', titles: [T.foerder] },
  { q: 'mitarbeitergespräche führen', kind: 'list', titles: [T.gespraech] },
  { q: 'bürgerbeteilgung', kind: 'list', titles: [T.beteiligung] },
  // --- filters: dates, format, cost, trainer, provider, length, language ----------------------------------------------
  { q: 'was ist morgen', kind: 'list', titles: [T.teams] },
  {
    q: 'was läuft in den nächsten zwei wochen',
    kind: 'list',
    titles: [T.teams, T.datenschutz, T.excel, T.ki, T.winter, T.licht],
  },
  {
    q: 'was gibt es im märz',
    kind: 'list',
    titles: [T.excel2, T.ruecken, T.foerder, T.pdf, T.fuehrung, T.bussgeld],
  },
  { q: 'kostenlose seminare im januar', kind: 'list', titles: [T.teams, T.datenschutz, T.ki, T.licht] },
  { q: 'online seminare im märz', kind: 'list', titles: [T.pdf] },
  { q: 'kurse bei frau wittig', kind: 'list', ...only(T.excel, T.excel2) },
  { q: 'was bietet die unfallkasse an', kind: 'list', ...only(T.licht, T.ruecken) },
  { q: 'mehrtägige seminare', kind: 'list', titles: [T.fuehrung] },
  { q: 'courses held in english', locale: 'en', kind: 'list', titles: [T.english] },
  // --- gone, drafts never shown, no match, greeting -------------------------------------------------------------------
  { q: 'wann ist die schulung zur afrikanischen schweinepest', kind: 'gone', gone: T.asp },
  {
    q: 'grundsteuer widersprüche seminar wann war das',
    kind: 'gone',
    gone: T.grundsteuer,
    says: ['Di., 16.11.2027'],
  },
  {
    q: 'when was the training on permits for weihnachtsmärkte',
    locale: 'en',
    kind: 'gone',
    gone: T.weihnacht,
    says: ['Thu, 4 Nov 2027'],
  },
  { q: 'drohnen schulung', kind: 'none' },
  { q: 'french course', locale: 'en', kind: 'none' },
  { q: 'hallo', kind: 'help' },
  { q: 'what can you do', locale: 'en', kind: 'help' },
];

heldoutSuite(
  'answering questions about a hundred-and-twenty-fourth, independent catalogue (Landkreis Harz, Studieninstitut, Unfallkasse)',
  {
    fixture: 'heldout124-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
