// Over-fitting check, hundred-and-fifty-second catalogue: the 2028 spring and summer programme of the Landkreis Lindau
// (Bodensee) (Bavaria) with the Bayerische Verwaltungsschule (BVS), the Landratsamt's Personalentwicklung and Sachgebiet
// IT, the AKDB, the Kommunale Unfallversicherung Bayern (KUVB) and the Volkshochschule Lindau (vhs), for the county and
// its towns, markets and municipalities (Lindau, Lindenberg im Allgäu, Bodolz, Wasserburg (Bodensee), Weiler-Simmerberg,
// Nonnenhorn, Scheidegg), imported from a JSON file. Seminars take place in the Landratsamt Lindau (Stiftsplatz), the
// town halls of Lindau, Lindenberg, Weiler-Simmerberg and Nonnenhorn, the vhs Lindau, the BRK-Schulungszentrum Lindau,
// the Inselhalle conference centre, online or hybrid. Several titles do not name their subject ("Der Klick, der teuer
// wird" is information security / phishing, "Ruhig bleiben, wenn es laut wird" de-escalation at the counter, "Die
// Maschine schreibt mit" AI text assistants, "Wer schreibt, der bleibt" minutes of council meetings, "Bürgerservice rund
// um die Uhr" OZG online services, "Briefe, die ankommen" plain language, "Durchatmen im Dienst" stress / health
// promotion, "Ablage neu gedacht" the e-file, "Neu in der Rolle" leadership for new managers, "Wenn im Team Funkstille
// herrscht" team conflicts), so only summary, description or topics reveal it; one seminar is held in English (its
// registration deadline has passed); the leadership course runs on two days; the e-file course is open only to Lindenberg
// and Weiler-Simmerberg; first aid, de-escalation and the OZG course are free with a note on who pays. Questions are typed
// the way colleagues write in Teams (lower case, fragments, typos, no umlauts, about a third in English), without looking
// at the parser or the answers. Same assertions as the other suites: exactly the expected seminars (best first where one
// is clearly best), the asked fact in the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Tuesday 14 March 2028, 09:15 in Lindau, winter time; summer time begins Sun 26.03.2028):
//   this week:  nothing more today or tomorrow; Thu 16.03. 13:30–16:30 Excel (online), Fri 17.03. 09:00–11:00 information
//               security (online)
//   next week:  Mon 20.03. 09:00–12:00 data protection (hybrid, Landratsamt), Tue 21.03. the cancelled Outlook course,
//               Wed 22.03. 09:00–12:30 de-escalation (Rathaus Lindau), Thu 23.03. 14:00–16:00 Teams (online);
//               Fri 24.03. 23:59 registration deadline of the minutes course
//   week after: Tue 28.03. 09:00–12:30 English (vhs Lindau; deadline passed Fri 10.03. 23:59), Wed 29.03. 13:00–16:00 AI
//               (hybrid, Landratsamt, CEST); Fri 31.03. 12:00 deadline of the procurement course
//   April:      Tue 04. minutes (Rathaus Lindenberg), Thu 06. OZG (online), Tue 18. first aid (BRK-Schulungszentrum;
//               after Easter), Wed 26. plain language (Landratsamt), Thu 27. Kurbeitrag (Rathaus Nonnenhorn)
//   May:        Tue 02. stress (online), Fri 05. the cancelled driving-safety training, Wed 10. procurement (Landratsamt),
//               Tue 16. e-file (Rathaus Weiler-Simmerberg, Lindenberg and Weiler-Simmerberg only), Thu 18. Doppik
//               (hybrid, Landratsamt; deadline Thu 04.05. 23:59), Tue 23. building law (Rathaus Lindenberg), the draft
//               social-media course on Wed 24.05.; deadline of the leadership course Fri 26.05. 23:59
//   June:       Mon 12. trainees' revision day (Landratsamt), Tue 20. and Wed 21. leadership (Inselhalle), Wed 28. team
//               conflicts (Landratsamt)
//   July:       the draft heavy-rain course on Tue 04.07., Thu 06. fines procedure (online), Tue 11. accessible PDFs
//               (online)
//   past:       Tue 18.01.2028 winter service (Weiler-Simmerberg), Thu 17.02.2028 travel expenses (online).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-03-14T08:15:00Z'); // Tuesday, 14 March 2028, 09:15 in Lindau (CET)
const TZ = 'Europe/Berlin';

const T = {
  excel: 'Excel im Amt: Listen, Formeln und Pivot-Tabellen', // Thu 16.03. 13:30–16:30, online, vhs, Hutter, 95 € (Dienststelle pays)
  phishing: 'Der Klick, der teuer wird', // Fri 17.03. 09:00–11:00, online, SG IT, Bösch, information security, free
  datenschutz: 'Datenschutz im Bürgerbüro: Auskunft, Weitergabe, Löschfristen', // Mon 20.03. 09:00–12:00, hybrid (Landratsamt), DSGVO, free
  deeskalation: 'Ruhig bleiben, wenn es laut wird', // Wed 22.03. 09:00–12:30, Rathaus Lindau, KUVB, Fink, free (KUVB pays)
  teams: 'Microsoft Teams im Arbeitsalltag: Chats, Kanäle und Besprechungen', // Thu 23.03. 14:00–16:00, online, vhs, Hutter, 49 €
  english: "Welcome to Lindau: English for Tourist Information and Citizens' Services", // Tue 28.03. 09:00–12:30, vhs Lindau, English, 110 €, deadline passed Fri 10.03. 23:59
  ki: 'Die Maschine schreibt mit', // Wed 29.03. 13:00–16:00, hybrid (Landratsamt), SG IT, Bösch, AI / ChatGPT, free, 40 seats
  protokoll: 'Wer schreibt, der bleibt', // Tue 04.04. 09:00–16:00, Rathaus Lindenberg, BVS, Hagspiel, minutes, 180 €, deadline Fri 24.03. 23:59
  ozg: 'Bürgerservice rund um die Uhr', // Thu 06.04. 09:00–12:00, online, AKDB, Stadler, OZG, free (AKDB members)
  ersteHilfe: 'Erste Hilfe im Betrieb: Ausbildung für Ersthelfende', // Tue 18.04. 08:30–16:30, BRK-Schulungszentrum Lindau, KUVB, free (KUVB pays)
  sprache: 'Briefe, die ankommen', // Wed 26.04. 09:00–16:00, Landratsamt, BVS, Sinz, plain language, 190 €
  kurbeitrag: 'Kurbeitrag und Fremdenverkehrsbeitrag in der Praxis', // Thu 27.04. 09:00–16:00, Rathaus Nonnenhorn, BVS, Dr. Gierer, 210 €
  stress: 'Durchatmen im Dienst', // Tue 02.05. 14:00–15:30, online, KUVB, Wiedemann, stress / health promotion, free
  vergabe: 'Richtig vergeben: Beschaffung unterhalb der EU-Schwellenwerte', // Wed 10.05. 09:00–16:00, Landratsamt, BVS, Schöllhorn, 240 €, deadline Fri 31.03. 12:00
  eakte: 'Ablage neu gedacht', // Tue 16.05. 09:00–12:00, Rathaus Weiler-Simmerberg, AKDB, Stadler, e-file, only Lindenberg/Weiler-Simmerberg, free
  doppik: 'Doppik kompakt: Haushaltsplan und Jahresabschluss in der Gemeinde', // Thu 18.05. 09:00–16:00, hybrid (Landratsamt), BVS, Dr. Gierer, 260 €, deadline Thu 04.05. 23:59
  baurecht: 'Vom Bauantrag zur Baugenehmigung: Bauordnungsrecht für die Gemeinde', // Tue 23.05. 09:00–16:00, Rathaus Lindenberg, BVS, Schöllhorn, 220 €
  azubis: 'Fit für die Zwischenprüfung: Lerntag für Auszubildende', // Mon 12.06. 08:30–15:30, Landratsamt, Personalentwicklung, free
  fuehrung: 'Neu in der Rolle', // Tue 20.06. and Wed 21.06. 09:00–16:30, Inselhalle Lindau, BVS, Dr. Mayer, 520 €, new managers
  konflikte: 'Wenn im Team Funkstille herrscht', // Wed 28.06. 09:00–16:00, Landratsamt, Personalentwicklung, Dr. Mayer, free, for managers
  bussgeld: 'Ordnungswidrigkeiten sicher verfolgen: Bußgeldverfahren in der Gemeinde', // Thu 06.07. 09:00–12:30, online, BVS, Kempter, 140 €, 20 seats
  pdf: 'Barrierefreie PDF-Dokumente mit Word erstellen', // Tue 11.07. 09:00–12:00, online, vhs, Hutter, 75 €
  socialMedia: 'Social Media im Rathaus: Instagram und Facebook für Gemeinden', // draft (Wed 24.05.)
  starkregen: 'Starkregen und Hochwasser: Risikomanagement für Kommunen', // draft (Tue 04.07.)
  outlook: 'Outlook effizient nutzen: Postfach, Kalender und Aufgaben', // cancelled (Tue 21.03.2028, vhs, Hutter)
  fahrsicherheit: 'Sicher unterwegs im Dienstwagen: Fahrsicherheitstraining', // cancelled (Fri 05.05.2028, KUVB)
  winterdienst: 'Winterdienst und Verkehrssicherungspflicht für Bauhöfe', // past (Tue 18 January 2028, KUVB)
  reisekosten: 'Dienstreisen richtig abrechnen: Das Bayerische Reisekostengesetz', // past (Thu 17 February 2028)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.socialMedia, T.starkregen, T.outlook, T.fahrsicherheit, T.winterdienst, T.reisekosten];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  { q: 'was kostet doppik', kind: 'facts', titles: [T.doppik], says: ['kostet 260 €'] },
  {
    q: 'kostet erste hilfe was',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die KUVB für ihre Mitgliedsverwaltungen.'],
  },
  {
    q: 'how much is the course for new managers',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['costs €520'],
    mentions: ['Die Gebühr gilt für beide Tage einschließlich Mittagessen.'],
  },
  // --- facts: when (two days), start time, duration --------------------------------------------------------------------
  {
    q: 'wann ist datenschutz',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['am Mo., 20.03.2028 von 09:00 bis 12:00 Uhr'],
  },
  {
    q: 'excel course when',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['on Thu, 16 Mar 2028 from 13:30 to 16:30'],
  },
  {
    q: 'wann ist neu in der rolle',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Di., 20.06.2028 und Mi., 21.06.2028', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    q: 'when is the first aid training',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['on Tue, 18 Apr 2028 from 08:30 to 16:30'],
  },
  {
    q: 'um wieviel uhr faengt der phishing kurs an',
    kind: 'facts',
    titles: [T.phishing],
    says: ['beginnt am Fr., 17.03.2028 um 09:00 Uhr'],
  },
  {
    q: 'what time does the ai workshop start',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['starts on Wed, 29 Mar 2028 at 13:00'],
  },
  {
    q: 'wie lange geht durchatmen im dienst',
    kind: 'facts',
    titles: [T.stress],
    says: ['dauert 1,5 Stunden, von 14:00 bis 15:30 Uhr'],
  },
  {
    q: 'how long is the teams training',
    locale: 'en',
    kind: 'facts',
    titles: [T.teams],
    says: ['lasts 2 hours, from 14:00 to 16:00'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  { q: 'wo ist der erste hilfe kurs', kind: 'facts', titles: [T.ersteHilfe], says: ['im BRK-Schulungszentrum Lindau'] },
  {
    q: 'where is the procurement seminar',
    locale: 'en',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['at Landratsamt Lindau (Bodensee)'],
  },
  { q: 'ki kurs online oder präsenz', kind: 'facts', titles: [T.ki], says: [/findet hybrid statt|oder online statt/] },
  {
    q: 'is the plain language course online',
    locale: 'en',
    kind: 'facts',
    titles: [T.sprache],
    says: ['takes place in person'],
  },
  { q: 'trainer vom teams kurs?', kind: 'facts', titles: [T.teams], says: ['leitet Frau Carina Hutter'] },
  {
    q: 'who teaches the kurbeitrag seminar',
    locale: 'en',
    kind: 'facts',
    titles: [T.kurbeitrag],
    says: ['is led by Herr Dr. Martin Gierer'],
  },
  { q: 'anmeldeschluss doppik', kind: 'facts', titles: [T.doppik], says: ['bis Do., 04.05.2028, 23:59 Uhr'] },
  {
    q: 'registration deadline english course',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 10 Mar 2028, 23:59'],
  },
  {
    q: 'still seats in the ai course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['has 40 of 40 seats left'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  { conv: 'schalter', q: 'kunden werden am schalter laut, gibts da was', kind: 'list', titles: [T.deeskalation] },
  { conv: 'schalter', q: 'und wo?', kind: 'facts', titles: [T.deeskalation], says: ['im Rathaus Lindau'] },
  {
    conv: 'schalter',
    q: 'kostet das was?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['ist kostenlos'],
    mentions: ['Die Kosten übernimmt die KUVB für ihre Mitgliedsverwaltungen.'],
  },
  { conv: 'chatgpt', q: 'anything on chatgpt', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    conv: 'chatgpt',
    q: 'when is it',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['on Wed, 29 Mar 2028 from 13:00 to 16:00'],
  },
  {
    conv: 'chatgpt',
    q: 'who runs it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is led by Herr Florian Bösch'],
  },
  { conv: 'niederschrift', q: 'protokoll schreiben im gemeinderat', kind: 'list', titles: [T.protokoll] },
  { conv: 'niederschrift', q: 'was kostet das', kind: 'facts', titles: [T.protokoll], says: ['kostet 180 €'] },
  {
    conv: 'niederschrift',
    q: 'bis wann anmelden?',
    kind: 'facts',
    titles: [T.protokoll],
    says: ['bis Fr., 24.03.2028, 23:59 Uhr'],
  },
  // --- topic searches: everyday words, words only in summary or description, synonyms, typos ---------------------------
  { q: 'phishing schulung', kind: 'list', titles: [T.phishing] },
  { q: 'exel schulung', kind: 'list', titles: [T.excel] },
  { q: 'gibts was zu ki', kind: 'list', titles: [T.ki] },
  { q: 'e akte', kind: 'list', titles: [T.eakte] },
  { q: 'buergernahe sprache', kind: 'list', titles: [T.sprache] },
  { q: 'stress abbauen', kind: 'list', titles: [T.stress] },
  { q: 'streit im team', kind: 'list', titles: [T.konflikte] },
  { q: 'kommunaler haushalt', kind: 'list', titles: [T.doppik] },
  { q: 'ausschreibungen', kind: 'list', titles: [T.vergabe] },
  { q: 'kurtaxe', kind: 'list', titles: [T.kurbeitrag] },
  { q: 'reanimation', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'gdpr training', locale: 'en', kind: 'list', titles: [T.datenschutz] },
  { q: 'de-escalation course', locale: 'en', kind: 'list', titles: [T.deeskalation] },
  // --- filters: dates, time of day, format, place, trainer, provider, cost, language, seats, length -------------------
  { q: 'kurse diese woche', kind: 'list', titles: [T.excel, T.phishing] },
  { q: 'was ist naechste woche nachmittags', kind: 'list', titles: [T.teams] },
  { q: 'next week mornings', locale: 'en', kind: 'list', titles: [T.datenschutz, T.deeskalation] },
  { q: 'online kurse im juli', kind: 'list', titles: [T.bussgeld, T.pdf] },
  {
    q: "what's on in april",
    locale: 'en',
    kind: 'list',
    titles: [T.protokoll, T.ozg, T.ersteHilfe, T.sprache, T.kurbeitrag],
  },
  { q: 'kostenlose seminare im mai', kind: 'list', titles: [T.stress, T.eakte] },
  { q: 'was ist im rathaus lindenberg', kind: 'list', ...only(T.protokoll, T.baurecht) },
  { q: 'kurse von frau hutter', kind: 'list', ...only(T.excel, T.teams, T.pdf) },
  { q: 'was bietet die kuvb an', kind: 'list', ...only(T.deeskalation, T.ersteHilfe, T.stress) },
  { q: 'any courses in english', locale: 'en', kind: 'list', titles: [T.english] },
  { q: 'free seats in june', locale: 'en', kind: 'list', titles: [T.azubis, T.fuehrung, T.konflikte] },
  { q: 'mehrtägige kurse', kind: 'list', titles: [T.fuehrung] },
  // --- gone, drafts never shown, no match, greeting, thanks, own registrations ----------------------------------------
  { q: 'outlook kurs wann', kind: 'gone', gone: T.outlook },
  { q: 'reisekosten schulung', kind: 'gone', gone: T.reisekosten, says: ['Do., 17.02.2028'] },
  {
    q: 'when was the winterdienst training',
    locale: 'en',
    kind: 'gone',
    gone: T.winterdienst,
    says: ['Tue, 18 Jan 2028'],
  },
  { q: 'social media kurs', kind: 'none' },
  { q: 'sap schulung', kind: 'none' },
  { q: 'forklift licence course', locale: 'en', kind: 'none' },
  { q: 'hi', kind: 'help' },
  { q: 'hilfe', kind: 'help' },
  { q: 'danke', kind: 'thanks' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a hundred-and-fifty-second, independent catalogue (Landkreis Lindau (Bodensee), BVS, KUVB)',
  {
    fixture: 'heldout152-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
