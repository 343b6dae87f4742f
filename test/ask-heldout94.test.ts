// Over-fitting check, ninety-fourth catalogue: the spring 2028 programme of the Kreis Rendsburg-Eckernförde with the
// Verwaltungsakademie Bordesholm, Dataport, the Unfallkasse Nord and the county's Personalservice, for the county and its
// Ämter and towns (Rendsburg, Eckernförde, Büdelsdorf, Amt Hüttener Berge, Gemeinde Kronshagen), imported from a JSON
// file. Seminars take place in the Kreishaus Rendsburg (Kaiserstraße), in the Verwaltungsakademie Bordesholm, in the
// Rathäuser of Eckernförde and Büdelsdorf, in the Bürgerhaus Kronshagen, online or hybrid. Several titles do not name
// their subject ("Einkaufen mit Regeln" is public procurement, "Die eigene Batterie im Blick" stress, "Wenn der Ton
// rauer wird" de-escalation, "Unter vier Augen" annual staff appraisals, "Verstanden beim ersten Lesen" plain language,
// "Wer wohnt wo" registration law, "Nicht jeder Anhang ist ein Geschenk" phishing), so only summary, description or
// topics reveal it; one seminar is held in English (front desk for international residents); the leadership basics run
// three days across the change to summer time; the OZG workshop is open to three municipalities only and paid by the
// state. Several providers appear in place names too ("Verwaltungsakademie Bordesholm" also runs seminars in Eckernförde,
// Büdelsdorf and online; "Kreis Rendsburg-Eckernförde" is a provider, not a place). Questions are written the way
// colleagues type in Teams, in everyday words rather than the catalogue's terms, without looking at the parser or the
// answers. Same assertions as the other suites: exactly the expected seminars (best first where one is clearly best),
// the asked fact in the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Tuesday 7 March 2028, 10:30 in Rendsburg, winter time; summer time begins Sun 26.03.2028,
// Easter Sun 16.04.2028):
//   this week:  nothing more today; Wed 08.03. 09:00–12:00 E-Akte (online, tomorrow), Thu 09.03. 13:00–15:30 data
//               protection (hybrid, Kreishaus), Fri 10.03. 09:00–12:00 stress (online, 20 seats)
//   next week:  Mon 13.03. 14:00–16:00 phishing (online), [Tue 14.03. time management, cancelled],
//               Wed 15.03. 09:00–12:30 English front desk (Kreishaus, deadline passed Wed 01.03.),
//               Thu 16.03. 08:30–12:00 registration law (online), Fri 17.03. 13:30–15:30 Teams meetings (online)
//   then:       nothing from Sat 18.03. to Wed 22.03.; Thu 23.03. procurement (Bordesholm, deadline Thu 16.03.);
//               Fri 24.03. (CET), Thu 30.03. and Fri 31.03. (CEST) leadership basics (Bordesholm);
//               Tue 28.03. de-escalation (Eckernförde, 12 seats); Wed 29.03. committee service (Eckernförde, deadline
//               Wed 15.03.)
//   April:      Thu 06.04. Doppik (Bordesholm), Tue 11.04. first aid (Kronshagen), Wed 19.04. OZG (hybrid, Amt Hüttener
//               Berge, three municipalities only), Thu 27.04. plain language (online); [Thu 20.04. PowerPoint, cancelled]
//   May:        Wed 03.05. ergonomics (online), Wed 10.05. Wohngeld (Büdelsdorf), Thu 11.05. induction day (Kreishaus),
//               Tue 16.05. staff appraisals (Kreishaus)
//   drafts:     Wed 07.06. AI assistants, Wed 21.06. African swine fever crisis exercise
//   past:       Thu 03.02.2028 Kita parental fees, Wed 23.02.2028 Excel.
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-03-07T09:30:00Z'); // Tuesday, 7 March 2028, 10:30 in Rendsburg (CET)
const TZ = 'Europe/Berlin';

const T = {
  eakte: 'Alles an einem Ort: Vorgänge digital führen', // Wed 08.03.2028 09:00–12:00, online, Dataport, Herr Ole Kock, E-Akte, free
  datenschutz: 'Datenschutz im Bürgerkontakt: Auskünfte richtig erteilen', // Thu 09.03. 13:00–15:30, hybrid (Kreishaus), Personalservice, Frau Dörte Lüthje, DSGVO, free
  stress: 'Die eigene Batterie im Blick', // Fri 10.03. 09:00–12:00, online, Personalservice, Frau Imke Voß, stress, free, 20 seats
  phishing: 'Nicht jeder Anhang ist ein Geschenk', // Mon 13.03. 14:00–16:00, online, Dataport, Herr Finn Sievers, phishing, free
  frontDesk: 'English at the Front Desk: Serving International Residents', // Wed 15.03. 09:00–12:30, Kreishaus, English, Fiona Gallagher, 90 €, deadline passed Wed 01.03. 23:59
  melde: 'Wer wohnt wo: Grundlagen für den Schalter', // Thu 16.03. 08:30–12:00, online, VA Bordesholm, Frau Anja Brodersen, Melderecht/BMG, 110 €
  teams: 'Alle im Bild: Besprechungen online leiten', // Fri 17.03. 13:30–15:30, online, Dataport, Frau Kristin Ahlers, video conferences, free
  vergabe: 'Einkaufen mit Regeln', // Thu 23.03. 09:00–16:00, VA Bordesholm (Bordesholm), Herr Broder Petersen, procurement/UVgO, 245 €, deadline Thu 16.03. 23:59
  fuehrung: 'Neu in der Führungsrolle: Das Basisprogramm', // Fri 24.03. (CET), Thu 30.03. and Fri 31.03. (CEST) 09:00–16:30, Bordesholm, Dr. Jan-Hauke Möller, 690 € (note), new managers
  deeskalation: 'Wenn der Ton rauer wird', // Tue 28.03. 09:00–15:00, Rathaus Eckernförde, Unfallkasse Nord, Frau Telse Hinrichsen, free, 12 seats
  sitzungsdienst: 'Protokoll mit Plan: Sitzungsdienst für Ausschüsse und Gemeindevertretung', // Wed 29.03. 09:00–15:30, Rathaus Eckernförde, VA Bordesholm, Herr Sönke Rathje, 185 €, deadline Wed 15.03. 23:59
  doppik: 'Doppik kompakt: Der kommunale Haushalt für Einsteiger', // Thu 06.04. 09:00–16:00, VA Bordesholm (Bordesholm), Frau Anja Brodersen, 210 €
  ersteHilfe: 'Im Notfall richtig handeln: Grundausbildung für Ersthelfende', // Tue 11.04. 08:00–16:00, Bürgerhaus Kronshagen, Unfallkasse Nord, free (Unfallkasse Nord pays)
  ozg: 'Online-Dienste vor Ort: Anträge digital annehmen', // Wed 19.04. 09:00–12:00, hybrid (Amtsverwaltung Hüttener Berge), Dataport, Herr Ole Kock, free (state pays), 3 municipalities only
  sprache: 'Verstanden beim ersten Lesen', // Thu 27.04. 09:00–12:30, online, VA Bordesholm, Frau Merle Thiessen, plain language, 120 €
  ergonomie: 'Gut eingestellt: Ergonomie am Bildschirmarbeitsplatz', // Wed 03.05. 10:00–11:30, online, Unfallkasse Nord, Frau Wiebke Carstens, back pain, free
  wohngeld: 'Wohngeld kompakt: Anträge sicher prüfen und entscheiden', // Wed 10.05. 09:00–15:30, Rathaus Büdelsdorf, VA Bordesholm, Herr Broder Petersen, 150 €
  einfuehrung: 'Gut ankommen im Kreis: Der Einführungstag für neue Beschäftigte', // Thu 11.05. 09:00–14:00, Kreishaus, Personalservice, Frau Dörte Lüthje, onboarding, free
  gespraeche: 'Unter vier Augen', // Tue 16.05. 09:00–16:00, Kreishaus, VA Bordesholm, Dr. Jan-Hauke Möller, annual appraisals, for managers, 195 €
  ki: 'Copilot & Co.: KI-Assistenten im Büro', // draft
  schweinepest: 'Krisenstab üben: Tierseuchenlage Afrikanische Schweinepest', // draft
  zeit: 'Zeit im Griff: Selbstorganisation im Büro', // cancelled (Tue 14.03.2028)
  powerpoint: 'Überzeugend präsentieren mit PowerPoint', // cancelled (Thu 20.04.2028)
  excel: 'Excel im Büro: Tabellen, Formeln, Filter', // past (Wed 23 February 2028)
  kita: 'Elternbeiträge in der Kita richtig berechnen', // past (Thu 3 February 2028)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.ki, T.schweinepest, T.zeit, T.powerpoint, T.excel, T.kita];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  { q: 'wat kost dat seminar zu bürgernaher sprache', kind: 'facts', titles: [T.sprache], says: ['kostet 120 €'] },
  {
    q: 'is der erste-hilfe-kurs kostenlos',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse Nord'],
  },
  {
    q: 'how much is the course on public procurement',
    locale: 'en',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['costs €245'],
  },
  // --- facts: when (three days across the DST change), start time, duration -------------------------------------------
  {
    q: 'wann is das basisprogramm für neue führungskräfte',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 3 Tagen', 'Fr., 24.03.2028, Do., 30.03.2028 und Fr., 31.03.2028', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    q: 'when is the wohngeld training',
    locale: 'en',
    kind: 'facts',
    titles: [T.wohngeld],
    says: ['on Wed, 10 May 2028 from 09:00 to 15:30'],
  },
  {
    q: 'um wieviel uhr fängt der ersthelferkurs an',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['beginnt am Di., 11.04.2028 um 08:00 Uhr'],
  },
  {
    q: 'wie lange dauert das seminar zu den jahresgesprächen',
    kind: 'facts',
    titles: [T.gespraeche],
    says: ['dauert 7 Stunden, von 09:00 bis 16:00 Uhr'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  {
    q: 'wo findet der doppik-kurs statt',
    kind: 'facts',
    titles: [T.doppik],
    says: ['in der Verwaltungsakademie Bordesholm'],
  },
  {
    q: 'kann ich beim datenschutz-seminar auch online mitmachen',
    kind: 'facts',
    titles: [T.datenschutz],
    says: [/findet hybrid statt|oder online/],
  },
  { q: 'is the e-akte course online', locale: 'en', kind: 'facts', titles: [T.eakte], says: ['takes place online'] },
  { q: 'wer macht den vergabe-kurs', kind: 'facts', titles: [T.vergabe], says: ['leitet Herr Broder Petersen'] },
  {
    q: 'who runs the ergonomics webinar',
    locale: 'en',
    kind: 'facts',
    titles: [T.ergonomie],
    says: ['is led by Frau Wiebke Carstens'],
  },
  {
    q: 'bis wann kann ich mich zum sitzungsdienst anmelden',
    kind: 'facts',
    titles: [T.sitzungsdienst],
    says: ['bis Mi., 15.03.2028, 23:59 Uhr'],
  },
  {
    q: 'registration deadline for the front desk english course',
    locale: 'en',
    kind: 'facts',
    titles: [T.frontDesk],
    says: ['passed on Wed, 1 Mar 2028, 23:59'],
  },
  {
    q: 'wie viele plätze sind beim stressseminar noch frei',
    kind: 'facts',
    titles: [T.stress],
    says: ['noch 20 von 20 Plätzen frei'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  {
    conv: 'melde',
    q: "Ich bin neu im Bürgerbüro und soll Meldebescheinigungen ausstellen – gibt's dazu was?",
    kind: 'list',
    titles: [T.melde],
  },
  { conv: 'melde', q: 'wat kost dat', kind: 'facts', titles: [T.melde], says: ['kostet 110 €'] },
  {
    conv: 'melde',
    q: 'und wann is dat',
    kind: 'facts',
    titles: [T.melde],
    says: ['am Do., 16.03.2028 von 08:30 bis 12:00 Uhr'],
  },
  {
    conv: 'tresen',
    q: 'moin, bei uns am tresen werden die leute immer öfter ausfallend, gibts da was',
    kind: 'list',
    titles: [T.deeskalation],
  },
  {
    conv: 'tresen',
    q: 'wann is dat',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['am Di., 28.03.2028 von 09:00 bis 15:00 Uhr'],
  },
  {
    conv: 'tresen',
    q: 'und wer macht das',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['leitet Frau Telse Hinrichsen'],
  },
  {
    conv: 'attachments',
    q: 'we keep getting dodgy emails with weird attachments – is there any training on that',
    locale: 'en',
    kind: 'list',
    titles: [T.phishing],
  },
  {
    conv: 'attachments',
    q: 'when is it',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['on Mon, 13 Mar 2028 from 14:00 to 16:00'],
  },
  {
    conv: 'attachments',
    q: 'Who runs it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['is led by Herr Finn Sievers'],
  },
  // --- topic searches: everyday words, words only in summary or description, synonyms, abbreviations --------------------
  { q: 'gibts was gegen stress', kind: 'list', titles: [T.stress] },
  { q: 'e-akte schulung', kind: 'list', titles: [T.eakte] },
  { q: 'suche was zur dsgvo', kind: 'list', titles: [T.datenschutz] },
  { q: 'mein rücken tut weh vom vielen sitzen, gibts da was', kind: 'list', titles: [T.ergonomie] },
  { q: 'wie moderiere ich ne videokonferenz', kind: 'list', titles: [T.teams] },
  { q: 'gibts sowas wie onboarding für neue kollegen', kind: 'list', titles: [T.einfuehrung] },
  { q: 'wo lern ich wiederbelebung', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'was gibts zum ozg', kind: 'list', titles: [T.ozg] },
  { q: 'bin neu in der wohngeldstelle und kenn mich null aus, gibts dazu was', kind: 'list', titles: [T.wohngeld] },
  {
    q: 'Ich muss bald das erste Mal Jahresgespräche mit meinem Team führen – gibts da was?',
    kind: 'list',
    first: T.gespraeche,
  },
  {
    q: 'anything for dealing with international residents at the counter',
    locale: 'en',
    kind: 'list',
    titles: [T.frontDesk],
  },
  {
    q: 'ich bin neu in der beschaffung und soll dauernd angebote einholen, gibts dazu ne schulung',
    kind: 'list',
    titles: [T.vergabe],
  },
  { q: 'bescheide verständlich schreiben', kind: 'list', titles: [T.sprache] },
  // --- typos -----------------------------------------------------------------------------------------------------------
  { q: 'protokolführung kurs', kind: 'list', titles: [T.sitzungsdienst] },
  { q: 'deeskalationstrainig', kind: 'list', titles: [T.deeskalation] },
  // --- filters: dates, time of day, format, place, free seats, trainer, provider, audience, length, cost, language -----
  { q: 'was gibts diese woche noch', kind: 'list', titles: [T.eakte, T.datenschutz, T.stress] },
  { q: 'is morgen was', kind: 'list', titles: [T.eakte] },
  { q: 'was läuft nächste woche vormittags', kind: 'list', titles: [T.frontDesk, T.melde] },
  { q: 'anything next week in the afternoon', locale: 'en', kind: 'list', titles: [T.phishing, T.teams] },
  { q: 'online-seminare nächste woche', kind: 'list', titles: [T.phishing, T.melde, T.teams] },
  {
    q: 'was steht in den nächsten zwei wochen an',
    kind: 'list',
    titles: [T.eakte, T.datenschutz, T.stress, T.phishing, T.frontDesk, T.melde, T.teams],
  },
  { q: "what's on next month", locale: 'en', kind: 'list', titles: [T.doppik, T.ersteHilfe, T.ozg, T.sprache] },
  { q: 'was gibts im mai', kind: 'list', titles: [T.ergonomie, T.wohngeld, T.einfuehrung, T.gespraeche] },
  { q: 'präsenzkurse im mai', kind: 'list', titles: [T.wohngeld, T.einfuehrung, T.gespraeche] },
  { q: 'kostenlose kurse im april', kind: 'list', titles: [T.ersteHilfe, T.ozg] },
  { q: 'was findet in bordesholm statt', kind: 'list', ...only(T.vergabe, T.fuehrung, T.doppik) },
  { q: 'in eckernförde noch plätze frei', kind: 'list', titles: [T.deeskalation, T.sitzungsdienst] },
  { q: 'kurse von frau lüthje', kind: 'list', ...only(T.datenschutz, T.einfuehrung) },
  { q: 'was bietet dataport an', kind: 'list', ...only(T.eakte, T.phishing, T.teams, T.ozg) },
  { q: 'ich bin führungskraft, was gibts für mich', kind: 'list', ...only(T.fuehrung, T.gespraeche) },
  { q: 'mehrtägige seminare', kind: 'list', titles: [T.fuehrung] },
  { q: 'any courses in english', locale: 'en', kind: 'list', titles: [T.frontDesk] },
  // --- gone, drafts never shown, no match, greeting --------------------------------------------------------------------
  { q: 'wann war der excel-kurs', kind: 'gone', gone: T.excel, says: ['Mi., 23.02.2028'] },
  { q: 'wat kost dat powerpoint-seminar', kind: 'gone', gone: T.powerpoint },
  { q: 'when is the time management course', locale: 'en', kind: 'gone', gone: T.zeit },
  { q: 'gibts was zu ki', kind: 'none' },
  { q: 'gibts ne schulung zur afrikanischen schweinepest', kind: 'none' },
  { q: 'is there a sign language course', locale: 'en', kind: 'none' },
  { q: 'moin moin', kind: 'help' },
  { q: 'hi there', locale: 'en', kind: 'help' },
];

heldoutSuite(
  'answering questions about a ninety-fourth, independent catalogue (Kreis Rendsburg-Eckernförde, Dataport)',
  { fixture: 'heldout94-catalogue.json', now, timeZone: TZ, cases: CASES, titles: all, never: NEVER },
);
