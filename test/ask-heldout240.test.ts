// Over-fitting check, two-hundred-and-fortieth catalogue: the 2027 programme for the Landkreis Aurich (Lower Saxony)
// and its towns and municipalities (Aurich, Norden, Wiesmoor, Norderney, Großefehn, Südbrookmerland), with the
// Niedersächsisches Studieninstitut für kommunale Verwaltung (NSI), the KDO (Zweckverband Kommunale Datenverarbeitung
// Oldenburg), the Landkreis' Personalentwicklung and its Fachdienst Brand- und Katastrophenschutz, the
// Gemeinde-Unfallversicherungsverband Hannover (GUV), the DRK-Kreisverband Aurich and the Volkshochschulen Aurich and
// Norden, imported from a JSON file. Seminars take place in the Kreishaus Aurich, the Stadthalle Aurich, the town halls
// of Norden, Wiesmoor, Großefehn and Südbrookmerland, the Conversationshaus Norderney, online or hybrid. Several titles
// do not name their subject ("Der falsche Chef am Telefon" is social engineering / CEO fraud, "Wenn der Kopf voll ist"
// time management, "Ruhig bleiben, wenn es laut wird" de-escalation, "Den Kurs halten" leadership for new managers,
// "Alles im Fluss" process management with BPMN, "Für alle lesbar" accessible documents, "Die Pause macht's" ergonomics
// and active breaks, "Wenn das Wasser steigt" a crisis-staff exercise on a storm surge, "Papierlos glücklich" the
// e-file, "Posten, aber richtig" social media, "Klare Worte, gutes Klima" conflict talks for managers), so only
// summary, description or topics reveal them; one seminar is held in English (on Norderney, deadline passed); the
// leadership course runs on two days across the start of summer time (Sun 28.03.2027); the e-file course is open only to
// Großefehn, Südbrookmerland and Wiesmoor; first aid is free, paid by the GUV. Questions are written the way an
// acceptance tester would try the bot, with many short follow-up conversations, about a quarter in English, without
// looking at the parser or the answers.
//
// Calendar around `now` (Tuesday 2 March 2027, 09:30 in Aurich, winter time; summer time begins Sun 28.03.2027):
//   this week:  nothing more today; Wed 03.03. 09:00–12:00 social engineering (online, tomorrow), Thu 04.03.
//               13:00–16:00 data protection (hybrid, Kreishaus Aurich); nothing Fri–Sun
//   next week:  Mon 08.03. 09:00–12:00 Excel (online), Wed 10.03. 14:00–16:00 time management (online), Thu 11.03.
//               09:00–12:30 English (Norderney; deadline passed Fri 26.02. 23:59)
//   then March: Wed 17.03. fees (Rathaus Norden), Thu 18.03. de-escalation (Rathaus Wiesmoor, free), Tue 23.03.
//               procurement (Stadthalle Aurich; deadline Fri 12.03. 12:00), Thu 25.03. (CET) and Tue 30.03. (CEST)
//               leadership (Kreishaus; deadline Thu 11.03. 23:59); the cancelled Outlook course on Thu 25.03.
//   April:      Tue 13. first aid (Rathaus Großefehn, 08:30–16:30, free), Wed 14. process management (online, 60 €),
//               Tue 20. council meetings (Rathaus Südbrookmerland; deadline Fri 09.04. 23:59), Thu 22. AI (hybrid,
//               Rathaus Norden, free); the cancelled chainsaw course on Tue 27.04.
//   May:        Tue 04. accessible documents (online, 95 €), Wed 12. active breaks (online, 13:30–15:00, free), Tue 18.
//               storm-surge crisis staff (Kreishaus, free), Thu 27. building permits (Rathaus Norden)
//   June/July:  Tue 08.06. e-file (Rathaus Großefehn, members only, no deadline given), Wed 16.06. Kurbeitrag
//               (Norderney; deadline Fri 28.05. 23:59), Tue 29.06. social media (online), Thu 01.07. conflict talks
//               (Kreishaus, for managers)
//   August:     Tue 03.08. induction day for trainees (Kreishaus)
//   drafts:     Plattdeutsch (Wed 08.09.), wind energy permits (Tue 12.10.)
//   past:       Thu 21.01.2027 Grundsteuer (Kreishaus), Tue 09.02.2027 psychological risk assessment (online).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-03-02T08:30:00Z'); // Tuesday, 2 March 2027, 09:30 in Aurich (CET)
const TZ = 'Europe/Berlin';

const T = {
  social: 'Der falsche Chef am Telefon', // Wed 03.03. 09:00–12:00, online, KDO, Ubbens, social engineering / CEO fraud, free
  datenschutz: 'Datenschutz kompakt: die DSGVO im Verwaltungsalltag', // Thu 04.03. 13:00–16:00, hybrid (Kreishaus Aurich), PE, Dr. Hinrichs, free
  excel: 'Pivot, SVERWEIS & Co.: Excel für Fortgeschrittene', // Mon 08.03. 09:00–12:00, online, VHS Aurich, Saathoff, 69 €
  zeit: 'Wenn der Kopf voll ist', // Wed 10.03. 14:00–16:00, online, VHS Aurich, Saathoff, time management, 45 €
  english: 'Welcome to the North Sea: English at the Front Desk', // Thu 11.03. 09:00–12:30, Conversationshaus Norderney, VHS Norden, Murphy, 85 €, deadline passed Fri 26.02. 23:59
  gebuehren: 'Gebührenbescheide rechtssicher erstellen', // Wed 17.03. 09:00–16:00, Rathaus Norden, NSI, Dr. Janssen, 190 €
  deeskalation: 'Ruhig bleiben, wenn es laut wird', // Thu 18.03. 09:00–15:00, Rathaus Wiesmoor, GUV, Eilers, free, 14 seats
  vergabe: 'Vergaberecht kompakt: UVgO und NTVergG in der Praxis', // Tue 23.03. 09:00–16:00, Stadthalle Aurich, NSI, de Vries, 240 €, deadline Fri 12.03. 12:00
  fuehrung: 'Den Kurs halten', // Thu 25.03. (CET) and Tue 30.03. (CEST) 09:00–16:00, Kreishaus, NSI, Dr. Gerdes, 480 €, new managers, deadline Thu 11.03. 23:59
  ersteHilfe: 'Erste Hilfe am Arbeitsplatz: Ausbildung betrieblicher Ersthelferinnen und Ersthelfer', // Tue 13.04. 08:30–16:30, Rathaus Großefehn, DRK, Bents, free (GUV pays)
  prozess: 'Alles im Fluss', // Wed 14.04. 13:00–15:00, online, KDO, Onken, process management / BPMN, 60 €
  sitzung: 'Sitzungsdienst in Rat und Ausschüssen', // Tue 20.04. 09:00–16:00, Rathaus Südbrookmerland, NSI, Dr. Janssen, 180 €, deadline Fri 09.04. 23:59
  ki: 'Schreiben mit KI: Chancen und Grenzen im Verwaltungsalltag', // Thu 22.04. 09:00–12:00, hybrid (Rathaus Norden), KDO, Ubbens, ChatGPT / Copilot, free
  barrierefrei: 'Für alle lesbar', // Tue 04.05. 09:00–12:00, online, KDO, Onken, accessible Word/PDF, 95 €
  pause: "Die Pause macht's", // Wed 12.05. 13:30–15:00, online, GUV, Eilers, ergonomics / active breaks, free
  krisenstab: 'Wenn das Wasser steigt', // Tue 18.05. 09:00–16:00, Kreishaus, LK Aurich Katastrophenschutz, Freese, storm surge, free
  bau: 'Bauantrag, Bauvoranfrage, Baugenehmigung: Grundlagen der NBauO', // Thu 27.05. 09:00–16:00, Rathaus Norden, NSI, de Vries, 210 €
  eakte: 'Papierlos glücklich', // Tue 08.06. 09:00–12:00, Rathaus Großefehn, KDO, Onken, e-file, only Großefehn/Südbrookmerland/Wiesmoor, free, deadline = start
  kurbeitrag: 'Kurbeitrag und Gästebeitrag rechtssicher erheben', // Wed 16.06. 09:00–16:00, Conversationshaus Norderney, NSI, Memmen, 220 €, 18 seats, deadline Fri 28.05. 23:59
  socialMedia: 'Posten, aber richtig', // Tue 29.06. 13:00–16:00, online, PE, Poppen, social media, 75 €
  konflikte: 'Klare Worte, gutes Klima', // Thu 01.07. 09:00–16:00, Kreishaus, NSI, Dr. Gerdes, 230 €, conflict talks for managers
  azubis: 'Gut ankommen: Einführungstag für Auszubildende', // Tue 03.08. 09:00–15:00, Kreishaus, PE, Buß, free
  platt: 'Plattdeutsch in der Verwaltung: Grundkurs för Anfängers', // draft (Wed 08.09.)
  wind: 'Windenergie im Genehmigungsverfahren', // draft (Tue 12.10.)
  outlook: 'Outlook im Griff: E-Mails, Kalender und Aufgaben', // cancelled (Thu 25.03.2027)
  motorsaege: 'Motorsägenlehrgang für Bauhofmitarbeitende', // cancelled (Tue 27.04.2027)
  grundsteuer: 'Grundsteuer nach dem Niedersächsischen Grundsteuergesetz', // past (Thu 21 January 2027)
  psyche: 'Gefährdungsbeurteilung psychischer Belastungen', // past (Tue 9 February 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.platt, T.wind, T.outlook, T.motorsaege, T.grundsteuer, T.psyche];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'chef', q: 'gibt es was zu social engineering?', kind: 'list', titles: [T.social] },
  {
    conv: 'chef',
    q: 'wann?',
    kind: 'facts',
    titles: [T.social],
    says: ['am Mi., 03.03.2027 von 09:00 bis 12:00 Uhr'],
  },
  { conv: 'chef', q: 'kostet das was?', kind: 'facts', titles: [T.social], says: ['ist kostenlos'] },
  { conv: 'chef', q: 'wer macht das?', kind: 'facts', titles: [T.social], says: ['leitet Herr Jan Ubbens'] },
  { conv: 'laut', q: 'umgang mit aggressiven bürgern', kind: 'list', titles: [T.deeskalation] },
  { conv: 'laut', q: 'wo genau?', kind: 'facts', titles: [T.deeskalation], says: ['im Rathaus Wiesmoor'] },
  {
    conv: 'laut',
    q: 'noch plätze frei?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['noch 14 von 14 Plätzen frei'],
  },
  { conv: 'laut', q: 'wer macht das?', kind: 'facts', titles: [T.deeskalation], says: ['leitet Frau Tanja Eilers'] },
  {
    miss: 'the course on leading conversations is listed beside the leadership course ("team lead" finds both)',
    conv: 'lead',
    q: "I'm moving from colleague to team lead – any course for that?",
    locale: 'en',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    miss: 'follows the missed leadership question',
    conv: 'lead',
    q: 'when is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['on 2 days', 'Thu, 25 Mar 2027 and Tue, 30 Mar 2027', 'each from 09:00 to 16:00'],
  },
  {
    miss: 'follows the missed leadership question',
    conv: 'lead',
    q: 'how much?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['costs €480'],
  },
  {
    miss: 'follows the missed leadership question',
    conv: 'lead',
    q: 'registration deadline?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['until Thu, 11 Mar 2027, 23:59'],
  },
  { conv: 'vergabe', q: 'vergaberecht', kind: 'list', titles: [T.vergabe] },
  {
    conv: 'vergabe',
    q: 'bis wann anmelden?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Fr., 12.03.2027, 12:00 Uhr'],
  },
  { conv: 'vergabe', q: 'wo genau?', kind: 'facts', titles: [T.vergabe], says: ['in der Stadthalle Aurich'] },
  { conv: 'eh', q: 'ersthelfer ausbildung', kind: 'list', titles: [T.ersteHilfe] },
  {
    conv: 'eh',
    q: 'kostet das was?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt der Gemeinde-Unfallversicherungsverband Hannover.'],
  },
  {
    conv: 'eh',
    q: 'wann?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['am Di., 13.04.2027 von 08:30 bis 16:30 Uhr'],
  },
  { conv: 'ki', q: 'anything about ChatGPT?', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    conv: 'ki',
    q: 'where exactly?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: [/at Rathaus Norden.* or online/],
  },
  {
    conv: 'ki',
    q: 'who is running it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is led by Herr Jan Ubbens'],
  },
  {
    conv: 'kur',
    q: 'is there a seminar on the Kurbeitrag?',
    locale: 'en',
    kind: 'list',
    titles: [T.kurbeitrag],
  },
  {
    conv: 'kur',
    q: 'where exactly?',
    locale: 'en',
    kind: 'facts',
    titles: [T.kurbeitrag],
    says: ['takes place at Conversationshaus Norderney'],
  },
  {
    conv: 'kur',
    q: 'any seats left?',
    locale: 'en',
    kind: 'facts',
    titles: [T.kurbeitrag],
    says: ['has 18 of 18 seats left'],
  },
  { conv: 'eakte', q: 'e-akte einführung', kind: 'list', titles: [T.eakte] },
  { conv: 'eakte', q: 'wo genau?', kind: 'facts', titles: [T.eakte], says: ['im Rathaus Großefehn'] },
  {
    conv: 'eakte',
    q: 'bis wann anmelden?',
    kind: 'facts',
    titles: [T.eakte],
    says: ['bis Di., 08.06.2027, 09:00 Uhr'],
  },
  { conv: 'zeit', q: 'zeitmanagement', kind: 'list', titles: [T.zeit] },
  {
    conv: 'zeit',
    q: 'wann?',
    kind: 'facts',
    titles: [T.zeit],
    says: ['am Mi., 10.03.2027 von 14:00 bis 16:00 Uhr'],
  },
  { conv: 'zeit', q: 'kostet das was?', kind: 'facts', titles: [T.zeit], says: ['kostet 45 €'] },
  // --- facts -----------------------------------------------------------------------------------------------------------
  { q: 'was kostet der excel kurs', kind: 'facts', titles: [T.excel], says: ['kostet 69 €'] },
  {
    q: 'wann ist die datenschutz schulung',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['am Do., 04.03.2027 von 13:00 bis 16:00 Uhr'],
  },
  {
    q: 'how long does the ergonomics session take',
    locale: 'en',
    kind: 'facts',
    titles: [T.pause],
    says: ['lasts 1.5 hours, from 13:30 to 15:00'],
  },
  {
    q: 'when is the registration deadline for the english course',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 26 Feb 2027, 23:59'],
  },
  {
    q: 'findet der social media kurs online statt?',
    kind: 'facts',
    titles: [T.socialMedia],
    says: ['findet online statt'],
  },
  {
    q: 'um wie viel uhr beginnt das seminar zu konfliktgesprächen',
    kind: 'facts',
    titles: [T.konflikte],
    says: ['beginnt am Do., 01.07.2027 um 09:00 Uhr'],
  },
  // --- topic searches: typos, words only in summary or description, synonyms ------------------------------------------
  { q: 'exel pivot', kind: 'list', titles: [T.excel] },
  { q: 'prozesmanagement', kind: 'list', titles: [T.prozess] },
  { q: 'baugenehmigung', kind: 'list', titles: [T.bau] },
  { q: 'sturmflut', kind: 'list', titles: [T.krisenstab] },
  { q: 'social media for public authorities', locale: 'en', kind: 'list', titles: [T.socialMedia] },
  // --- filters: dates, time of day, format, place, provider, length, cost, language ----------------------------------
  { q: 'was ist diese woche noch', kind: 'list', titles: [T.social, T.datenschutz] },
  { q: 'was gibt es morgen', kind: 'list', titles: [T.social] },
  { q: 'anything next week in the morning', locale: 'en', kind: 'list', titles: [T.excel, T.english] },
  { q: 'nächste woche nachmittags', kind: 'list', titles: [T.zeit] },
  {
    q: 'was läuft in den nächsten zwei wochen',
    kind: 'list',
    titles: [T.social, T.datenschutz, T.excel, T.zeit, T.english],
  },
  { q: 'online seminare im mai', kind: 'list', titles: [T.barrierefrei, T.pause] },
  {
    q: "what's on next month",
    locale: 'en',
    kind: 'list',
    titles: [T.ersteHilfe, T.prozess, T.sitzung, T.ki],
  },
  { q: 'kostenlose seminare im april', kind: 'list', titles: [T.ersteHilfe, T.ki] },
  { q: 'welche seminare sind hybrid', kind: 'list', ...only(T.datenschutz, T.ki) },
  { q: 'was gibt es auf norderney', kind: 'list', ...only(T.english, T.kurbeitrag) },
  { q: 'was bietet die kdo an', kind: 'list', ...only(T.social, T.prozess, T.ki, T.barrierefrei, T.eakte) },
  { q: 'mehrtägige seminare', kind: 'list', titles: [T.fuehrung] },
  { q: 'any courses in english', locale: 'en', kind: 'list', titles: [T.english] },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'wann ist der outlook kurs', kind: 'gone', gone: T.outlook },
  { q: 'motorsägenlehrgang was kostet der', kind: 'gone', gone: T.motorsaege },
  { q: 'grundsteuer seminar wann war das', kind: 'gone', gone: T.grundsteuer, says: ['Do., 21.01.2027'] },
  {
    q: 'gefährdungsbeurteilung psychische belastungen',
    kind: 'gone',
    gone: T.psyche,
    says: ['Di., 09.02.2027'],
  },
  { q: 'plattdeutsch lernen', kind: 'none' },
  { q: 'windkraftanlagen', kind: 'none' },
  { q: 'forklift licence training', locale: 'en', kind: 'none' },
  { q: 'moin', kind: 'help' },
  { q: 'hi there', locale: 'en', kind: 'help' },
  { q: 'zeig mir meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-fortieth, independent catalogue (Landkreis Aurich, NSI, KDO, GUV Hannover)',
  {
    fixture: 'heldout240-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
