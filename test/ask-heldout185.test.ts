// Over-fitting check, hundred-and-eighty-fifth catalogue: the 2027 spring programme of the Landkreis Greiz (Thuringia)
// with the Thüringer Verwaltungsschule (TVS), the Personalentwicklung of the Landratsamt Greiz, the Kommunale
// Informationsverarbeitung Thüringen (KIV, the municipal IT service provider), the Unfallkasse Thüringen and the
// Volkshochschule Greiz, for the county and its towns (Greiz, Zeulenroda-Triebes, Ronneburg, Berga/Elster, Weida,
// Auma-Weidatal), imported from a JSON file. Seminars take place in the Landratsamt Greiz, the Volkshochschule Greiz, the
// town halls of Zeulenroda-Triebes, Ronneburg, Weida and Auma-Weidatal, the Osterburg in Weida, the Bauhof of
// Berga/Elster, online or hybrid. Several titles do not name their subject ("Nicht jeder Absender ist echt" is phishing
// and information security, "Durchatmen zwischen zwei Terminen" stress, "Papierlos, aber nicht planlos" the e-file,
// "Schreiben, dass es ankommt" plain language, "Der Perspektivwechsel" leadership for new managers, "Die Maschine
// schreibt mit" AI, "Gut sitzen, besser arbeiten" ergonomics, "Ruhe bewahren, wenn andere sie verlieren" de-escalation,
// "Anträge ohne Papierstau" the OZG, "Klartext mit Wertschätzung" staff appraisals), so only summary, description or
// topics reveal it; one seminar is held in English (its deadline has passed); the leadership course runs on two days
// across the start of summer time; the cemetery course is open only to Weida, Berga/Elster and Auma-Weidatal; first aid
// is free, paid by the Unfallkasse. Questions are written the way an acceptance tester would: polite full sentences,
// short typed queries with typos and without umlauts, a quarter in English, without looking at the parser or the
// answers. Same assertions as the other suites: exactly the expected seminars (best first where one is clearly best),
// the asked fact in the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Tuesday 9 February 2027, 10:00 in Greiz, winter time; summer time begins Sun 28.03.2027):
//   this week:  nothing more today; Wed 10.02. 13:00–16:00 Teams (online, tomorrow), Fri 12.02. 09:00–12:00 data
//               protection (Landratsamt)
//   next week:  Mon 15.02. 09:00–11:30 phishing (online), Tue 16.02. 13:00–15:30 stress (online), Thu 18.02.
//               09:00–16:00 administrative procedure (Rathaus Zeulenroda-Triebes; deadline Thu 11.02.)
//   then:       Mon 22.02. the cancelled winter-service course; Thu 25.02. English (Landratsamt; deadline passed
//               Fri 05.02. 23:59)
//   March:      Tue 02. e-file (online), Wed 03. the cancelled PowerPoint course, Thu 04. first aid (Ronneburg,
//               08:30–16:30), Wed 10. plain language (VHS Greiz), Tue 16. Excel (online, 13:00), Thu 18. leadership
//               day 1 (Landratsamt; deadline Mon 01.03.), Mon 22. procurement (Osterburg Weida; deadline Fri 05.03.
//               12:00), Wed 24. AI (hybrid, Rathaus Zeulenroda-Triebes); Easter 26.–29.03.
//   April:      Thu 08. leadership day 2 (CEST), Tue 13. cemeteries (Auma-Weidatal, members only; deadline Tue 30.03.),
//               Wed 14. ergonomics (online, 14:00–15:30), Thu 22. de-escalation (VHS Greiz), Wed 28. council meetings
//               (Rathaus Weida)
//   May:        Wed 12. OZG (online), Tue 18. road works safety (Bauhof Berga/Elster), Thu 27. staff appraisals
//               (Landratsamt)
//   June:       Tue 01. the draft GIS course, Wed 09. Scrum (hybrid, Landratsamt), Tue 15. social media (VHS Greiz),
//               Tue 22. the draft climate course
//   past:       Tue 19.01.2027 property tax (Landratsamt), Thu 28.01.2027 fire wardens (Auma-Weidatal).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-02-09T09:00:00Z'); // Tuesday, 9 February 2027, 10:00 in Greiz (CET)
const TZ = 'Europe/Berlin';

const T = {
  teams: 'Microsoft Teams im Verwaltungsalltag: Chat, Kanäle, Besprechungen', // Wed 10.02. 13:00–16:00, online, KIV, Wunderlich, free
  datenschutz: 'Was darf ich sagen? Datenschutz am Telefon und am Schalter', // Fri 12.02. 09:00–12:00, Landratsamt, PE, Rödel, free
  phishing: 'Nicht jeder Absender ist echt', // Mon 15.02. 09:00–11:30, online, KIV, Wunderlich, information security, free
  stress: 'Durchatmen zwischen zwei Terminen', // Tue 16.02. 13:00–15:30, online, UKT, Schlegel, stress, free
  verfahren: 'Vom Antrag zum Bescheid: Verwaltungsverfahren nach dem ThürVwVfG', // Thu 18.02. 09:00–16:00, Rathaus Zeulenroda-Triebes, TVS, Dr. Kühn, 210 €
  english: 'Welcome to Greiz: English at the Front Desk', // Thu 25.02. 09:00–12:30, Landratsamt, VHS, Hopkins, 95 €, English, deadline passed Fri 05.02. 23:59
  eakte: 'Papierlos, aber nicht planlos', // Tue 02.03. 09:00–12:00, online, KIV, Pohl, e-file, free
  ersteHilfe: 'Erste Hilfe am Arbeitsplatz: Grundausbildung für Ersthelfende', // Thu 04.03. 08:30–16:30, Rathaus Ronneburg, UKT, Gräf, free (UKT pays)
  schreiben: 'Schreiben, dass es ankommt', // Wed 10.03. 09:00–16:00, VHS Greiz, Meister, 140 €, plain language
  excel: 'Excel kompakt: Listen auswerten mit Pivot-Tabellen', // Tue 16.03. 13:00–16:00, online, VHS, Fischer, 79 € (Dienststelle pays)
  fuehrung: 'Der Perspektivwechsel', // Thu 18.03. (CET) and Thu 08.04. (CEST) 09:00–16:00, Landratsamt, PE, Dr. Hartung, 420 €, deadline Mon 01.03. 23:59
  vergabe: 'Richtig vergeben unterhalb der Schwellenwerte', // Mon 22.03. 09:00–15:30, Osterburg Weida, TVS, Dr. Kühn, 245 €, deadline Fri 05.03. 12:00
  ki: 'Die Maschine schreibt mit', // Wed 24.03. 09:00–12:00, hybrid (Rathaus Zeulenroda-Triebes), KIV, Seidel, AI, free
  friedhof: 'Satzung, Gebühren, Grabstätten: Friedhofswesen in kleinen Gemeinden', // Tue 13.04. 09:00–15:00, Rathaus Auma-Weidatal, TVS, Zöllner, 185 €, only Weida/Berga/Auma-Weidatal, deadline Tue 30.03. 23:59
  ergonomie: 'Gut sitzen, besser arbeiten', // Wed 14.04. 14:00–15:30, online, UKT, Schlegel, ergonomics, free
  deeskalation: 'Ruhe bewahren, wenn andere sie verlieren', // Thu 22.04. 09:00–15:00, VHS Greiz, UKT, Brückner, free, 12 seats
  sitzung: 'Sitzungsdienst kompakt: Von der Einladung bis zur Niederschrift', // Wed 28.04. 09:00–16:00, Rathaus Weida, TVS, Zöllner, 175 €
  ozg: 'Anträge ohne Papierstau', // Wed 12.05. 13:00–16:00, online, KIV, Pohl, OZG, free
  bauhof: 'Sicher arbeiten an der Straße: Arbeitsstellen richtig absichern', // Tue 18.05. 07:30–14:30, Bauhof Berga/Elster, UKT, Opitz, free
  gespraeche: 'Klartext mit Wertschätzung', // Thu 27.05. 09:00–16:00, Landratsamt, PE, Dr. Hartung, free, staff appraisals for managers
  scrum: 'Agile Projektarbeit mit Scrum und Kanban', // Wed 09.06. 09:00–16:00, hybrid (Landratsamt), TVS, Lange, 240 €
  social: 'Die Stadt auf Instagram: Social Media in der Öffentlichkeitsarbeit', // Tue 15.06. 09:00–13:00, VHS Greiz, Bachmann, 75 €, 12 seats
  gis: 'Geodaten im Griff: Einstieg in das Geoinformationssystem des Landkreises', // draft (Tue 01.06.)
  klima: 'Klimaschutz im kommunalen Gebäudemanagement', // draft (Tue 22.06.)
  powerpoint: 'Überzeugend präsentieren mit PowerPoint', // cancelled (Wed 03.03.2027)
  winterdienst: 'Räum- und Streupflicht: Winterdienst rechtssicher organisieren', // cancelled (Mon 22.02.2027)
  grundsteuer: 'Grundsteuer nach der Reform: Erfahrungen aus den ersten Bescheidläufen', // past (Tue 19 Jan 2027)
  brandschutz: 'Ausbildung zur Brandschutzhelferin und zum Brandschutzhelfer', // past (Thu 28 Jan 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.gis, T.klima, T.powerpoint, T.winterdienst, T.grundsteuer, T.brandschutz];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  {
    q: 'Könnten Sie mir bitte sagen, was das Seminar zum Vergaberecht kostet?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['kostet 245 €'],
  },
  {
    q: 'kosten excel',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 79 €'],
    mentions: ['Die Gebühr trägt die entsendende Dienststelle.'],
  },
  {
    q: 'erste hilfe kurs kostenlos?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse Thüringen.'],
  },
  {
    q: 'what does the english front desk course cost',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['costs €95'],
  },
  // --- facts: when (across the start of summer time), start time, duration ---------------------------------------------
  {
    q: 'wann ist datenschutz',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['am Fr., 12.02.2027 von 09:00 bis 12:00 Uhr'],
  },
  {
    q: 'Wann findet die Schulung „Der Perspektivwechsel“ statt?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 18.03.2027 und Do., 08.04.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'When is the Sitzungsdienst seminar?',
    locale: 'en',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['on Wed, 28 Apr 2027 from 09:00 to 16:00'],
  },
  {
    q: 'what time does first aid start',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['starts on Thu, 4 Mar 2027 at 08:30'],
  },
  {
    q: 'wann beginnt der exel kurs',
    kind: 'facts',
    titles: [T.excel],
    says: ['beginnt am Di., 16.03.2027 um 13:00 Uhr'],
  },
  {
    q: 'wie lange geht die ergonomie schulung',
    kind: 'facts',
    titles: [T.ergonomie],
    says: ['dauert 1,5 Stunden, von 14:00 bis 15:30 Uhr'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  {
    q: 'Where does the procurement law seminar take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['at Osterburg Weida'],
  },
  {
    q: 'ki schulung online oder praesenz',
    kind: 'facts',
    titles: [T.ki],
    says: [/findet hybrid statt|oder online statt/],
  },
  {
    q: 'Kann ich an dem Kurs zur bürgernahen Sprache auch online teilnehmen?',
    kind: 'facts',
    titles: [T.schreiben],
    says: ['findet in Präsenz statt'],
  },
  { q: 'wer leitet sitzungsdienst', kind: 'facts', titles: [T.sitzung], says: ['leitet Frau Petra Zöllner'] },
  {
    q: 'who teaches the scrum course',
    locale: 'en',
    kind: 'facts',
    titles: [T.scrum],
    says: ['is led by Herr Christian Lange'],
  },
  {
    q: 'Bis wann muss ich mich für den Perspektivwechsel anmelden?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['bis Mo., 01.03.2027, 23:59 Uhr'],
  },
  {
    q: 'registration deadline for the english front desk course',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 5 Feb 2027, 23:59'],
  },
  {
    q: 'anmeldeschluss friedhofswesen',
    kind: 'facts',
    titles: [T.friedhof],
    says: ['bis Di., 30.03.2027, 23:59 Uhr'],
  },
  {
    q: 'social media kurs noch plaetze frei',
    kind: 'facts',
    titles: [T.social],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  {
    conv: 'laut',
    q: 'Gibt es ein Seminar zum Umgang mit aggressiven Besuchern?',
    kind: 'list',
    titles: [T.deeskalation],
  },
  {
    conv: 'laut',
    q: 'Und wo findet der statt?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['in der Volkshochschule Greiz'],
  },
  { conv: 'laut', q: 'Was kostet das?', kind: 'facts', titles: [T.deeskalation], says: ['ist kostenlos'] },
  { conv: 'ki', q: 'is there any training on chatgpt', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    conv: 'ki',
    q: 'when is it',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['on Wed, 24 Mar 2027 from 09:00 to 12:00'],
  },
  {
    conv: 'ki',
    q: 'Who is the trainer?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is led by Herr Martin Seidel'],
  },
  { conv: 'akte', q: 'Ich suche eine Fortbildung zur elektronischen Akte.', kind: 'list', titles: [T.eakte] },
  {
    conv: 'akte',
    q: 'wie lange dauert die',
    kind: 'facts',
    titles: [T.eakte],
    says: ['dauert 3 Stunden, von 09:00 bis 12:00 Uhr'],
  },
  { conv: 'akte', q: 'wer macht das', kind: 'facts', titles: [T.eakte], says: ['leitet Frau Sandra Pohl'] },
  // --- topic searches: words only in summary or description, synonyms, abbreviations, typos -----------------------------
  { q: 'informatonssicherheit', kind: 'list', titles: [T.phishing] },
  { q: 'Is there a training on spotting phishing emails?', locale: 'en', kind: 'list', titles: [T.phishing] },
  { q: 'stressbewaeltigung', kind: 'list', titles: [T.stress] },
  { q: 'reanimation', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'onlinezugangsgesetz', kind: 'list', titles: [T.ozg] },
  { q: 'Gibt es ein Seminar zu öffentlichen Ausschreibungen?', kind: 'list', titles: [T.vergabe] },
  { q: 'agiles projektmanagement', kind: 'list', titles: [T.scrum] },
  { q: 'instagram', kind: 'list', titles: [T.social] },
  {
    q: 'Ich möchte lernen, wie man Mitarbeitergespräche führt. Gibt es dazu etwas?',
    kind: 'list',
    titles: [T.gespraeche],
  },
  { q: 'friedhofsgebüren', kind: 'list', titles: [T.friedhof] },
  { q: 'anhörung verwaltungsakt', kind: 'list', titles: [T.verfahren] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, length, cost, language -----------------
  { q: 'was ist diese woche', kind: 'list', titles: [T.teams, T.datenschutz] },
  { q: 'anything this week in the afternoon', locale: 'en', kind: 'list', titles: [T.teams] },
  {
    q: 'Welche Seminare finden in den nächsten zwei Wochen statt?',
    kind: 'list',
    titles: [T.teams, T.datenschutz, T.phishing, T.stress, T.verfahren],
  },
  { q: 'vom 1. bis 15. maerz', kind: 'list', titles: [T.eakte, T.ersteHilfe, T.schreiben] },
  { q: 'kostenlos im märz', kind: 'list', titles: [T.eakte, T.ersteHilfe, T.ki] },
  { q: 'online courses in april', locale: 'en', kind: 'list', titles: [T.ergonomie] },
  { q: 'was gibts im mai', kind: 'list', titles: [T.ozg, T.bauhof, T.gespraeche] },
  { q: 'seminare im juni', kind: 'list', titles: [T.scrum, T.social] },
  { q: 'kurse in zeulenroda', kind: 'list', ...only(T.verfahren, T.ki) },
  { q: 'kurse von frau schlegel', kind: 'list', ...only(T.stress, T.ergonomie) },
  {
    q: 'Welche Seminare bietet die Unfallkasse Thüringen an?',
    kind: 'list',
    ...only(T.stress, T.ersteHilfe, T.ergonomie, T.deeskalation, T.bauhof),
  },
  { q: 'Ich bin Führungskraft – welche Seminare passen zu mir?', kind: 'list', ...only(T.fuehrung, T.gespraeche) },
  { q: 'mehrtaegige kurse', kind: 'list', titles: [T.fuehrung] },
  { q: 'Are there any courses held in English?', locale: 'en', kind: 'list', titles: [T.english] },
  // --- gone, drafts never shown, no match, greeting, own registrations --------------------------------------------------
  { q: 'winterdienst schulung wann', kind: 'gone', gone: T.winterdienst },
  {
    q: 'Could you tell me when the PowerPoint course takes place?',
    locale: 'en',
    kind: 'gone',
    gone: T.powerpoint,
  },
  { q: 'grundsteuer seminar', kind: 'gone', gone: T.grundsteuer, says: ['Di., 19.01.2027'] },
  {
    q: 'Wann ist die Ausbildung zum Brandschutzhelfer?',
    kind: 'gone',
    gone: T.brandschutz,
    says: ['Do., 28.01.2027'],
  },
  { q: 'Findet heute noch ein Seminar statt?', kind: 'none' },
  { q: 'Gibt es ein Seminar zum Klimaschutz?', kind: 'none' },
  { q: 'sign language course', locale: 'en', kind: 'none' },
  { q: 'hallo', kind: 'help' },
  { q: 'hello, what can you do?', locale: 'en', kind: 'help' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
  { q: 'Which seminars am I signed up for?', locale: 'en', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a hundred-and-eighty-fifth, independent catalogue (Landkreis Greiz, TVS, Unfallkasse Thüringen)',
  {
    fixture: 'heldout185-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
