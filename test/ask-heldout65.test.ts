// Over-fitting check, sixty-fifth catalogue: the 2027/28 programme of the Vogtlandkreis (Sachsen) with the Sächsische
// Anstalt für kommunale Datenverarbeitung (SAKD) and the Kommunales Bildungswerk Vogtland, for the county and its towns
// (Plauen, Reichenbach im Vogtland, Auerbach/Vogtl., Oelsnitz/Vogtl., Markneukirchen, Klingenthal, Adorf/Vogtl., Treuen),
// held in the Landratsamt in Plauen (Postplatz), the Bildungszentrum Reichenbach, online or hybrid. Brochure-style titles
// whose subject is often only in the summary or description; one multi-day Digitallotsen qualification open to member
// municipalities only (the Freistaat pays half the fee), one seminar in English (Czech–German cooperation), one seminar
// whose two sessions lie either side of the change to summer time. The questions COMBINE things: topic + month, topic +
// format, format + month + free, topic + place, two facts at once, yes/no questions about one seminar, and filters that
// exclude every seminar on an existing topic. Written without looking at the parser or the answers. Same assertions as
// the other suites: exactly the expected seminars (best first where one is clearly best), the asked fact in the first
// sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Tuesday 11 January 2028, 13:00 in Plauen, CET):
//   this week:  nothing more today; Wed 12.01. 09:00–10:30 phishing (online, tomorrow), Thu 13.01. 13:00–16:00 Amt24/OZG
//               (hybrid, Plauen); nothing on Fri 14.01.
//   next week:  Mon 17.01. 09:00–12:30 Wohngeld (Plauen), Wed 19.01. 10:00–12:00 E-Rechnung (online),
//               Thu 20.01. 13:00–16:00 Teams (Plauen) — all half days
//   then:       Tue 25.01. mobile work (online), Wed 26.+Thu 27.01. new managers (Reichenbach, deadline passed Mon 10.01.);
//   February:   02.02. social media, 03.02. Doppik, Mondays 07./14./21.02. Digitallotsen (Plauen), 10.02. Sitzungsdienst,
//               15.02. Excel (Reichenbach), 17.02. KI (hybrid), Mon 28.+Tue 29.02. Scrum (Reichenbach)
//               (24.02. Word course: cancelled)
//   March:      08.03. Datenschutz (online), 09.03. Czech–German (English, Plauen), 14.03. healthy leadership (online),
//               21.03. video meetings (online), Thu 23.03. + Thu 30.03. 09:00–12:00 records (summer time begins Sun 26.03.2028:
//               the second session is CEST, the same 09:00 local) (15.03. crisis team: cancelled)
//   April:      Tue 18.04. Excel pivot (online); drafts on 05.04. and 06.04.
//   past:       Thu 28.10.2027 winter road service (CEST), Thu 18.11.2027 Herbstforum.
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-01-11T12:00:00Z'); // Tuesday, 11 January 2028, 13:00 in Plauen (CET)
const TZ = 'Europe/Berlin';

const LRA = 'Landratsamt Vogtlandkreis, Postplatz 5, 08523 Plauen';
const BZR = 'Bildungszentrum Reichenbach, Bahnhofstraße 20, 08468 Reichenbach im Vogtland';

const T = {
  phishing: 'Nicht an den Haken gehen: Phishing-Mails erkennen und richtig reagieren', // Wed 12.01.2028 09:00–10:30, online, SAKD, free
  amt24: 'Amt24 statt Wartemarke: Verwaltungsleistungen online anbieten', // Thu 13.01. 13:00–16:00, hybrid (Landratsamt), SAKD, Seidel, OZG
  wohngeld: 'Wohngeld ohne Rätsel: Anträge sicher und zügig bearbeiten', // Mon 17.01. 09:00–12:30, Landratsamt, free
  erechnung: 'Schluss mit dem Papierstapel: Die E-Rechnung in der Kommune', // Wed 19.01. 10:00–12:00, online, SAKD, free, XRechnung
  teams: 'Kanal auf, Kolleginnen rein: Microsoft Teams im Arbeitsalltag', // Thu 20.01. 13:00–16:00, Landratsamt, free, 12 seats
  mobil: 'Arbeitsplatz Küchentisch: Mobil arbeiten, gesund bleiben', // Tue 25.01. 09:00–11:30, online, free (mobile work, Telearbeit)
  chef: 'Plötzlich Chefin oder Chef: Gut starten in der neuen Führungsrolle', // Wed 26.+Thu 27.01. 09:00–16:00, Reichenbach, 420 €, deadline Mon 10.01. 12:00
  social: 'Likes fürs Landratsamt: Öffentlichkeitsarbeit in sozialen Netzwerken', // Wed 02.02. 13:00–16:30, Reichenbach, 150 €, Hertel, Instagram
  doppik: 'Soll und Haben verstehen: Doppik für Einsteiger', // Thu 03.02. 09:00–15:00, Reichenbach, 210 €
  lotsen: 'Digitallotsen Vogtland: Qualifizierung für kommunale Digitalbegleiter', // Mon 07./14./21.02. 09:00–16:00, Landratsamt, SAKD, 480 € (half paid by the state), towns only, deadline Mon 24.01. 23:59
  sitzung: 'Alles Wichtige festgehalten: Sitzungsdienst im Stadt- und Gemeinderat', // Thu 10.02. 09:00–15:00, Reichenbach, 180 €
  excel: 'Formeln ohne Frust: Excel für die Sachbearbeitung', // Tue 15.02. 09:00–15:30, Reichenbach, 190 €, Liebold
  ki: 'Frag die Maschine: Sprachmodelle und Chatbots im Amt', // Thu 17.02. 13:00–16:00, hybrid (Landratsamt), SAKD, free, Seidel
  scrum: 'Sprint statt Stillstand: Agiles Arbeiten mit Scrum und Kanban', // Mon 28.+Tue 29.02. 09:00–16:00, Reichenbach, 340 €
  datenschutz: 'Sicher mit Daten: Datenschutz im Verwaltungsalltag', // Wed 08.03. 09:00–12:00, online, free, 40 seats
  border: 'Across the Border: Czech–German Cooperation in Everyday Administration', // Thu 09.03. 09:30–15:30, Landratsamt, English, free
  gesund: 'Stark bleiben, stark führen: Gesundheit als Führungsaufgabe', // Tue 14.03. 09:00–12:30, online, 120 €, for managers
  video: 'Gut moderiert am Bildschirm: Videokonferenzen leiten', // Tue 21.03. 10:00–11:30, online, free (Teams meetings)
  akten: 'Weg damit – aber richtig: Akten aufbewahren und aussondern', // Thu 23.03. (CET) + Thu 30.03. (CEST) 09:00–12:00, Landratsamt, 60 €
  pivot: 'Mehr aus Tabellen herausholen: Auswertungen mit Pivot und Diagrammen', // Tue 18.04. 09:00–12:00, online, 95 €, Liebold
  ratsinfo: 'Papierlos in die Sitzung: Das Ratsinformationssystem für Gemeinderäte', // draft
  klima: 'Gutes Klima im Landkreis: Klimaschutz in der kommunalen Praxis', // draft
  word: 'Briefe wie aus einem Guss: Serienbriefe und Vorlagen in Word', // cancelled
  krisenstab: 'Wenn es ernst wird: Arbeit im Krisenstab des Landkreises', // cancelled
  winter: 'Räumen, streuen, haften: Winterdienst rechtssicher organisieren', // past (Thu 28 October 2027)
  herbst: 'Herbstforum Digitale Verwaltung Vogtland 2027', // past (Thu 18 November 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.ratsinfo, T.klima, T.word, T.krisenstab, T.winter, T.herbst];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost, when, start time, duration ------------------------------------------------------------------------
  { q: 'Ist der KI-Kurs kostenlos?', kind: 'facts', titles: [T.ki], says: ['ist kostenlos'] },
  { q: 'How much is the Scrum course?', locale: 'en', kind: 'facts', titles: [T.scrum], says: ['costs €340'] },
  {
    q: 'Wann ist der Kurs zur Aktenaussonderung?',
    kind: 'facts',
    titles: [T.akten],
    says: ['an 2 Tagen', 'Do., 23.03.2028 und Do., 30.03.2028', 'jeweils von 09:00 bis 12:00 Uhr'],
  },
  {
    q: 'When is the workshop on Czech–German cooperation?',
    locale: 'en',
    kind: 'facts',
    titles: [T.border],
    says: ['takes place on Thu, 9 Mar 2028 from 09:30 to 15:30'],
  },
  {
    q: 'Wann und wo ist der Scrum-Kurs?',
    kind: 'facts',
    titles: [T.scrum],
    says: [`an 2 Tagen im ${BZR} statt`, 'Mo., 28.02.2028 und Di., 29.02.2028', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'Um wie viel Uhr fängt die Phishing-Schulung an?',
    kind: 'facts',
    titles: [T.phishing],
    says: ['beginnt am Mi., 12.01.2028 um 09:00 Uhr'],
  },
  {
    q: 'What time does the e-invoicing session start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.erechnung],
    says: ['starts on Wed, 19 Jan 2028 at 10:00'],
  },
  {
    q: 'Wie lange dauert die Homeoffice-Schulung?',
    kind: 'facts',
    titles: [T.mobil],
    says: ['dauert 2,5 Stunden, von 09:00 bis 11:30 Uhr'],
  },
  // --- facts: where, format, trainer, deadline, free seats ------------------------------------------------------------
  { q: 'Wo findet die Wohngeld-Schulung statt?', kind: 'facts', titles: [T.wohngeld], says: [`im ${LRA}`] },
  {
    q: 'Findet das Excel-Seminar im Februar in Präsenz statt?',
    kind: 'facts',
    titles: [T.excel],
    says: ['findet in Präsenz statt, im Bildungszentrum Reichenbach'],
  },
  {
    q: 'Can I join the OZG session online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.amt24],
    says: [/is hybrid|or online/],
  },
  { q: 'Wer leitet den Social-Media-Kurs?', kind: 'facts', titles: [T.social], says: ['leitet Frau Mandy Hertel'] },
  {
    q: 'Who runs the Digitallotsen qualification?',
    locale: 'en',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['is led by Herr Daniel Fröhlich und Frau Claudia Schubert'],
  },
  {
    q: 'What is the registration deadline for the course for new managers?',
    locale: 'en',
    kind: 'facts',
    titles: [T.chef],
    says: ['passed on Mon, 10 Jan 2028, 12:00'],
  },
  {
    q: 'Sind beim Datenschutzkurs noch Plätze frei?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['noch 40 von 40 Plätzen frei'],
  },
  {
    q: 'Are there seats left in the Teams training in Plauen?',
    locale: 'en',
    kind: 'facts',
    titles: [T.teams],
    says: ['has 12 of 12 seats left'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  { conv: 'doppik', q: 'Gibt es eine Einführung in die doppelte Buchführung?', kind: 'list', titles: [T.doppik] },
  {
    conv: 'doppik',
    q: 'Was kostet das und wie lange dauert es?',
    kind: 'facts',
    titles: [T.doppik],
    says: [/kostet 210 €|dauert 6 Stunden/],
    mentions: ['kostet 210 €', 'dauert 6 Stunden, von 09:00 bis 15:00 Uhr'],
  },
  {
    conv: 'lotsen',
    q: 'Ich soll Digitallotsin für unsere Gemeinde werden – gibt es dafür eine Ausbildung?',
    kind: 'list',
    titles: [T.lotsen],
  },
  {
    conv: 'lotsen',
    q: 'Was kostet die?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['kostet 480 €'],
    mentions: ['Der Freistaat Sachsen übernimmt die Hälfte der Gebühr.'],
  },
  {
    conv: 'lotsen',
    q: 'Wann sind die Termine?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['an 3 Tagen', 'Mo., 07.02.2028, Mo., 14.02.2028 und Mo., 21.02.2028', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'lotsen',
    q: 'Bis wann muss ich mich anmelden?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['bis Mo., 24.01.2028, 23:59 Uhr anmelden'],
  },
  {
    conv: 'border',
    q: 'Is there anything on working with Czech partners?',
    locale: 'en',
    kind: 'list',
    titles: [T.border],
  },
  { conv: 'border', q: 'Is it free?', locale: 'en', kind: 'facts', titles: [T.border], says: ['is free of charge'] },
  {
    conv: 'border',
    q: 'Where does it take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.border],
    says: [`at ${LRA}`],
  },
  { conv: 'ki', q: 'Was gibt es zu KI?', kind: 'list', titles: [T.ki] },
  {
    conv: 'ki',
    q: 'Kann ich da auch online teilnehmen?',
    kind: 'facts',
    titles: [T.ki],
    says: [/findet hybrid statt|oder online/],
  },
  // --- topic searches: everyday words, words only in summary or description, compounds, synonyms, abbreviations -------
  { q: 'Wie erkenne ich gefälschte E-Mails?', kind: 'list', titles: [T.phishing] },
  { q: 'Gibt es einen Kurs zu Instagram?', kind: 'list', titles: [T.social] },
  { q: 'Ich soll künftig Sitzungsprotokolle schreiben – gibt es dazu was?', kind: 'list', titles: [T.sitzung] },
  { q: 'Ich muss unsere Altregistratur ausmisten – welche Schulung hilft?', kind: 'list', titles: [T.akten] },
  { q: 'Is there any training on AI?', locale: 'en', kind: 'list', titles: [T.ki] },
  { q: 'Schulung zur XRechnung?', kind: 'list', titles: [T.erechnung] },
  { q: 'Ich möchte Projekte agil steuern – was passt?', kind: 'list', first: T.scrum },
  // --- typos -----------------------------------------------------------------------------------------------------------
  { q: 'Exel Kurs im Februar', kind: 'list', titles: [T.excel] },
  { q: 'Phising Schulung', kind: 'list', titles: [T.phishing] },
  // --- combined filters: topic + month / format / place, format + month + free, dates, time of day, trainer, provider,
  //     audience, language, length, free seats ------------------------------------------------------------------------
  { q: 'Gibt es im Februar was zu Excel?', kind: 'list', titles: [T.excel] },
  {
    q: 'Datenschutz online?',
    kind: 'list',
    titles: [T.datenschutz],
    miss: 'a short question without a question word about a named seminar asks its format ("qgis kurs online?"); the writer read it as a search with the format as filter',
  },
  { q: 'Teams-Schulung in Plauen?', kind: 'list', titles: [T.teams] },
  { q: 'Kostenlose Online-Kurse im März?', kind: 'list', titles: [T.datenschutz, T.video] },
  { q: 'Was läuft diese Woche noch?', kind: 'list', titles: [T.phishing, T.amt24] },
  { q: "What's on tomorrow?", locale: 'en', kind: 'list', titles: [T.phishing] },
  { q: 'Was gibt es nächste Woche vormittags?', kind: 'list', titles: [T.wohngeld, T.erechnung] },
  { q: 'Anything on Thursday afternoon?', locale: 'en', kind: 'list', titles: [T.amt24] },
  { q: 'Was ist im März geplant?', kind: 'list', titles: [T.datenschutz, T.border, T.gesund, T.video, T.akten] },
  {
    q: 'Welche Seminare finden in Reichenbach statt?',
    kind: 'list',
    ...only(T.chef, T.social, T.doppik, T.sitzung, T.excel, T.scrum),
  },
  { q: 'Welche Kurse gibt Herr Liebold?', kind: 'list', ...only(T.excel, T.pivot) },
  { q: 'Was bietet die SAKD an?', kind: 'list', ...only(T.phishing, T.amt24, T.erechnung, T.lotsen, T.ki) },
  { q: 'Welche Seminare gibt es für Führungskräfte?', kind: 'list', ...only(T.chef, T.gesund) },
  { q: 'Online-Seminare für Führungskräfte?', kind: 'list', titles: [T.gesund] },
  { q: 'Which seminars are held in English?', locale: 'en', kind: 'list', titles: [T.border] },
  { q: 'Gibt es mehrtägige Kurse in Reichenbach?', kind: 'list', titles: [T.chef, T.scrum] },
  {
    q: 'Which free courses in January still have seats?',
    locale: 'en',
    kind: 'list',
    titles: [T.phishing, T.amt24, T.wohngeld, T.erechnung, T.teams, T.mobil],
  },
  // --- filters that exclude every seminar on an existing topic ---------------------------------------------------------
  { q: 'Gibt es Excel-Kurse im März?', kind: 'none' },
  {
    q: 'Datenschutz in Präsenz?',
    kind: 'none',
    miss: 'a short question without a question word about a named seminar asks its format; the writer read it as a search with the format as filter',
  },
  { q: 'Is there a Scrum course online?', locale: 'en', kind: 'none' },
  // --- gone (cancelled, past), drafts never shown, no match, greeting --------------------------------------------------
  { q: 'Wann ist der Word-Kurs zu Serienbriefen?', kind: 'gone', gone: T.word },
  { q: 'Was kostet die Krisenstab-Schulung?', kind: 'gone', gone: T.krisenstab },
  { q: 'Wann war die Winterdienst-Schulung?', kind: 'gone', gone: T.winter, says: ['Do., 28.10.2027'] },
  {
    q: 'When was the Herbstforum Digitale Verwaltung?',
    locale: 'en',
    kind: 'gone',
    gone: T.herbst,
    says: ['Thu, 18 Nov 2027'],
  },
  { q: 'Gibt es eine Schulung zum Ratsinformationssystem?', kind: 'none' },
  { q: 'Gibt es was zum Klimaschutz?', kind: 'none' },
  { q: 'Hallo!', kind: 'help' },
  { q: 'Good morning!', locale: 'en', kind: 'help' },
];

heldoutSuite('answering questions about a sixty-fifth, independent catalogue (Vogtlandkreis, combined questions)', {
  fixture: 'heldout65-catalogue.json',
  now,
  timeZone: TZ,
  cases: CASES,
  titles: all,
  never: NEVER,
});
