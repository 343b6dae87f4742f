// Over-fitting check, two-hundred-and-thirty-first catalogue: the 2027 programme for the Kreis Euskirchen (North Rhine-
// Westphalia) and its towns (Euskirchen, Mechernich, Zülpich, Schleiden, Bad Münstereifel, Weilerswist), with the
// Studieninstitut Rhein-Erft-Euskirchen, the Unfallkasse NRW, the KDVZ Rhein-Erft-Rur, the Volkshochschule Euskirchen
// and the Kreisverwaltung's Personalentwicklung, imported from a JSON file. Seminars take place in the Kreishaus
// Euskirchen, the Studieninstitut's Lernort Euskirchen, the town halls of Euskirchen, Mechernich, Zülpich, Schleiden,
// Bad Münstereifel and Weilerswist, at Vogelsang IP (Schleiden), online or hybrid. Several titles do not name their
// subject ("Klick mit Folgen" is phishing, "Rückenwind am Schreibtisch" ergonomics and back pain, "Kurz, klar,
// beschlussfest" council minutes, "Gut verbunden" the telephone, "Kopf frei" stress, "Ruhe bewahren, wenn es laut wird"
// de-escalation, "Die Seite wechseln" new managers, "Abschied vom Aktenberg" the e-file, "Ohne Amtsdeutsch" plain
// language, "Die Stadt im Netz" social media, "Zeit für das Wesentliche" time management for managers), so only
// summary, description or topics reveal it; one seminar is held in English; the leadership course runs on two days;
// the e-file course is open only to Mechernich, Zülpich and Weilerswist; the Unfallkasse's courses are free.
// Questions lean on several filters at once (format + month + cost, place + time of day, audience + length), budgets
// ("bis 150 euro", "under €100") and English equivalents, written without looking at the parser or the answers.
//
// Calendar around `now` (Tuesday 20 April 2027, 10:00 in Euskirchen, summer time):
//   this week:  nothing more today; Wed 21.04. 09:00–11:30 phishing (online, free, tomorrow), Thu 22.04. 14:00–15:30
//               ergonomics (online, free); nothing on Fri 23.04.
//   next week:  Mon 26.04. 09:00–12:30 Excel (online, 85 €), Tue 27.04. 13:00–16:00 English (Kreishaus, 120 €;
//               deadline passed Fri 16.04. 23:59), Wed 28.04. 13:30–16:00 council minutes (hybrid, Rathaus Zülpich,
//               60 €), Thu 29.04. 09:00–12:00 telephone (Rathaus Weilerswist, 95 €); nothing 01.05.–10.05.
//   May:        Tue 11. procurement (Studieninstitut, 240 €; deadline Fri 30.04. 12:00), Wed 12. stress (online, free,
//               14:00–16:30), Thu 20. first aid (Rathaus Mechernich, 08:30–16:00, free), Tue 25. de-escalation (Rathaus
//               Schleiden, 09:00–12:30, free, 12 seats); the cancelled Outlook course on Wed 19.05.
//   June:       Wed 02. NKF (Rathaus Bad Münstereifel, 210 €), Tue 08./Wed 09. new managers (Vogelsang IP, 480 €;
//               deadline Fri 14.05.), Thu 17. e-file (Rathaus Zülpich, 09:00–12:00, members only, free), Mon 21. AI
//               (hybrid, Kreishaus, 13:00–16:00, free), Wed 30. data protection (online, 75 €); the cancelled chainsaw
//               course on Mon 07.06.
//   July:       Tue 06. Bescheide / Widerspruch (Rathaus Euskirchen, 190 €), Wed 14. accessible PDF (online, 14:00–15:30,
//               39 €)
//   September:  Wed 01. trainees' induction day (Kreishaus, from 08:30, free), Thu 09. plain language (Rathaus Bad
//               Münstereifel, 145 €), Wed 22. Scrum/Kanban (hybrid, Studieninstitut, 260 €); the draft podcast course
//               on Mon 13.09.
//   October:    Tue 05. social media (online, 69 €), Thu 14. time management for managers (Rathaus Mechernich,
//               13:00–16:30, 129 €); the draft winter-service course on Tue 09.11.
//   past:       Tue 16.03.2027 safety representatives (Kreishaus), Thu 08.04.2027 cash audits (online).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-04-20T08:00:00Z'); // Tuesday, 20 April 2027, 10:00 in Euskirchen (CEST)
const TZ = 'Europe/Berlin';

const T = {
  klick: 'Klick mit Folgen', // Wed 21.04. 09:00–11:30, online, KDVZ, Kaul, phishing / information security, free
  ruecken: 'Rückenwind am Schreibtisch', // Thu 22.04. 14:00–15:30, online, Unfallkasse, Vogt, ergonomics / back pain, free
  excel: 'Excel im Büroalltag: Formeln, Filter und Pivot-Tabellen', // Mon 26.04. 09:00–12:30, online, VHS, Schmitz, 85 € (Dienststelle pays)
  english: 'English at the Counter: Confident Conversations with International Citizens', // Tue 27.04. 13:00–16:00, Kreishaus, VHS, Byrne, 120 €, deadline passed Fri 16.04. 23:59
  protokoll: 'Kurz, klar, beschlussfest', // Wed 28.04. 13:30–16:00, hybrid (Rathaus Zülpich), Studieninstitut, Brenig, 60 €, council minutes
  telefon: 'Gut verbunden', // Thu 29.04. 09:00–12:00, Rathaus Weilerswist, Studieninstitut, Küpper, 95 €, telephone service
  vergabe: 'Vergaberecht für Kommunen: UVgO und VOB/A in der Praxis', // Tue 11.05. 09:00–16:00, Studieninstitut (Euskirchen), Dr. Esser, 240 €, deadline Fri 30.04. 12:00
  stress: 'Kopf frei', // Wed 12.05. 14:00–16:30, online, Unfallkasse, Vogt, stress / burnout, free
  ersteHilfe: 'Erste Hilfe im Betrieb: Ausbildung für betriebliche Ersthelfende', // Thu 20.05. 08:30–16:00, Rathaus Mechernich, Unfallkasse, Hanke, free (Unfallkasse pays)
  deeskalation: 'Ruhe bewahren, wenn es laut wird', // Tue 25.05. 09:00–12:30, Rathaus Schleiden, Unfallkasse, Hanke, free, 12 seats
  nkf: 'NKF kompakt: Haushaltsplanung und Jahresabschluss', // Wed 02.06. 09:00–16:00, Rathaus Bad Münstereifel, Studieninstitut, Dr. Esser, 210 €
  fuehrung: 'Die Seite wechseln', // Tue 08.06. and Wed 09.06. 09:00–16:30, Vogelsang IP Schleiden, Studieninstitut, Dr. Lorenz, 480 €, new managers, deadline Fri 14.05.
  eakte: 'Abschied vom Aktenberg', // Thu 17.06. 09:00–12:00, Rathaus Zülpich, KDVZ, Kaul, e-file, only Mechernich/Zülpich/Weilerswist, free
  ki: 'Mit KI schreiben – aber sicher', // Mon 21.06. 13:00–16:00, hybrid (Kreishaus), KDVZ, Wirtz, AI, free
  datenschutz: 'Datenschutz im Bürgerbüro: Auskunftssperren und Melderegister', // Wed 30.06. 09:00–12:00, online, Studieninstitut, Brenig, 75 €
  bescheid: 'Bescheide, die halten', // Tue 06.07. 09:00–16:00, Rathaus Euskirchen, Studieninstitut, Dr. Esser, 190 €, Widerspruch
  pdf: 'Barrierefreie PDF-Dokumente erstellen', // Wed 14.07. 14:00–15:30, online, KDVZ, Wirtz, 39 €
  azubis: 'Start in die Ausbildung: Einführungstag für Auszubildende', // Wed 01.09. 08:30–15:00, Kreishaus, Personalentwicklung, Schäfer, free
  sprache: 'Ohne Amtsdeutsch', // Thu 09.09. 09:00–16:00, Rathaus Bad Münstereifel, VHS, Dahmen, 145 €, plain language
  agile: 'Projekte agil steuern mit Scrum und Kanban', // Wed 22.09. 09:00–16:00, hybrid (Studieninstitut), Fuchs, 260 €
  social: 'Die Stadt im Netz', // Tue 05.10. 09:00–12:30, online, VHS, Hambach, 69 €, social media
  zeit: 'Zeit für das Wesentliche', // Thu 14.10. 13:00–16:30, Rathaus Mechernich, VHS, Dahmen, 129 €, time management for managers
  podcast: 'Podcasts in der Bürgerkommunikation', // draft (Mon 13.09.)
  winterdienst: 'Winterdienst rechtssicher organisieren', // draft (Tue 09.11.)
  outlook: 'Outlook effizient nutzen: E-Mails, Kalender und Aufgaben', // cancelled (Wed 19.05.2027)
  motorsaege: 'Sicher mit der Motorsäge: Lehrgang für Bauhöfe', // cancelled (Mon 07.06.2027)
  sicherheit: 'Ausbildung zur Sicherheitsbeauftragten und zum Sicherheitsbeauftragten', // past (Tue 16 March 2027)
  kasse: 'Kassenprüfung und Zahlungsverkehr', // past (Thu 8 April 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.podcast, T.winterdienst, T.outlook, T.motorsaege, T.sicherheit, T.kasse];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'klick', q: 'gibt es eine schulung zu phishing?', kind: 'list', titles: [T.klick] },
  {
    conv: 'klick',
    q: 'wann genau?',
    kind: 'facts',
    titles: [T.klick],
    says: ['am Mi., 21.04.2027 von 09:00 bis 11:30 Uhr'],
  },
  { conv: 'klick', q: 'kostet das was?', kind: 'facts', titles: [T.klick], says: ['ist kostenlos'] },
  {
    conv: 'laut',
    q: 'was hilft bei aggressiven bürgern am schalter',
    kind: 'list',
    titles: [T.deeskalation],
  },
  { conv: 'laut', q: 'wo ist das?', kind: 'facts', titles: [T.deeskalation], says: ['im Rathaus Schleiden'] },
  {
    conv: 'laut',
    q: 'sind noch plätze frei',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  { conv: 'lead', q: 'is there a course for new managers', locale: 'en', kind: 'list', titles: [T.fuehrung] },
  {
    conv: 'lead',
    q: 'when is it',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['on 2 days', 'Tue, 8 Jun 2027 and Wed, 9 Jun 2027', 'each from 09:00 to 16:30'],
  },
  {
    conv: 'lead',
    q: 'how much does it cost',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['costs €480'],
  },
  { conv: 'nkf', q: 'haushaltsplanung nach nkf', kind: 'list', titles: [T.nkf] },
  {
    conv: 'nkf',
    q: 'wer leitet das',
    kind: 'facts',
    titles: [T.nkf],
    says: ['leitet Herr Dr. Thomas Esser'],
  },
  { conv: 'vergabe', q: 'schulung zur uvgo', kind: 'list', titles: [T.vergabe] },
  {
    conv: 'vergabe',
    q: 'bis wann muss ich mich anmelden',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Fr., 30.04.2027, 12:00 Uhr'],
  },
  {
    conv: 'vergabe',
    q: 'ist das online oder vor ort?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['findet in Präsenz statt, im Studieninstitut Rhein-Erft-Euskirchen'],
  },
  { conv: 'ki', q: 'any AI workshops in June?', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    conv: 'ki',
    q: 'is it online or in person?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is hybrid: at Kreishaus Euskirchen'],
  },
  { conv: 'eakte', q: 'schulung zur elektronischen akte', kind: 'list', titles: [T.eakte] },
  {
    conv: 'eakte',
    q: 'wo findet die statt',
    kind: 'facts',
    titles: [T.eakte],
    says: ['im Rathaus Zülpich'],
  },
  // --- facts -----------------------------------------------------------------------------------------------------------
  {
    q: 'was kostet der excel kurs',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 85 €'],
    mentions: ['Die Gebühr trägt die entsendende Dienststelle.'],
  },
  {
    q: 'ist der erste-hilfe-kurs kostenlos?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse NRW für ihre Mitgliedsbetriebe.'],
  },
  {
    q: 'how long is the first aid course',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['lasts 7.5 hours, from 08:30 to 16:00'],
  },
  {
    q: 'registration deadline for the english course',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 16 Apr 2027, 23:59'],
  },
  {
    q: 'wann beginnt der einführungstag für azubis',
    kind: 'facts',
    titles: [T.azubis],
    says: ['beginnt am Mi., 01.09.2027 um 08:30 Uhr'],
  },
  { q: 'wer leitet das scrum seminar', kind: 'facts', titles: [T.agile], says: ['leitet Herr Stefan Fuchs'] },
  {
    q: 'where is the plain language course',
    locale: 'en',
    kind: 'facts',
    titles: [T.sprache],
    says: ['takes place at Rathaus Bad Münstereifel'],
  },
  {
    q: 'wann und wo ist die telefonschulung',
    kind: 'facts',
    titles: [T.telefon],
    says: ['am Do., 29.04.2027 von 09:00 bis 12:00 Uhr im Rathaus Weilerswist'],
  },
  {
    q: 'how much is the social media course',
    locale: 'en',
    kind: 'facts',
    titles: [T.social],
    says: ['costs €69'],
  },
  // --- topic searches: typos, words only in summary or description, synonyms, English equivalents ---------------------
  { q: 'excle kurs', kind: 'list', titles: [T.excel] },
  { q: 'rückenschmerzen vom sitzen', kind: 'list', titles: [T.ruecken] },
  { q: 'burnout vorbeugen', kind: 'list', titles: [T.stress] },
  { q: 'protokoll für die ratssitzung', kind: 'list', titles: [T.protokoll] },
  { q: 'facebook und instagram für die gemeinde', kind: 'list', titles: [T.social] },
  { q: 'zeitmanagment', kind: 'list', titles: [T.zeit] },
  { q: 'wiederbelebung', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'widerspruchsbescheid', kind: 'list', titles: [T.bescheid] },
  { q: 'procurement law', locale: 'en', kind: 'list', titles: [T.vergabe] },
  // --- several filters at once: format, month, cost, budget, place, time of day, provider, trainer, audience, length ---
  { q: 'kostenlose online-seminare im april', kind: 'list', titles: [T.klick, T.ruecken] },
  { q: 'nächste woche vormittags', kind: 'list', titles: [T.excel, T.telefon] },
  {
    q: 'anything next week in the afternoon',
    locale: 'en',
    kind: 'list',
    titles: [T.english, T.protokoll],
  },
  { q: 'präsenzseminare im mai bis 150 euro', kind: 'list', titles: [T.ersteHilfe, T.deeskalation] },
  { q: 'free online courses next month', locale: 'en', kind: 'list', titles: [T.stress] },
  { q: 'hybride seminare', kind: 'list', ...only(T.protokoll, T.ki, T.agile) },
  { q: 'was gibt es in schleiden', kind: 'list', ...only(T.deeskalation, T.fuehrung) },
  { q: 'vormittags in zülpich', kind: 'list', titles: [T.eakte] },
  { q: 'präsenzseminare in euskirchen im juli', kind: 'list', titles: [T.bescheid] },
  {
    q: 'seminare der unfallkasse im mai',
    kind: 'list',
    titles: [T.stress, T.ersteHilfe, T.deeskalation],
  },
  { q: 'kurse von dr. esser', kind: 'list', ...only(T.vergabe, T.nkf, T.bescheid) },
  {
    q: 'what does the studieninstitut offer in june',
    locale: 'en',
    kind: 'list',
    titles: [T.nkf, T.fuehrung, T.datenschutz],
  },
  {
    q: 'kurze online-schulungen unter zwei stunden',
    kind: 'list',
    ...only(T.ruecken, T.pdf),
  },
  { q: 'halbtägige seminare für führungskräfte', kind: 'list', titles: [T.zeit] },
  { q: 'in den nächsten zwei wochen online', kind: 'list', titles: [T.klick, T.ruecken, T.excel] },
  { q: 'was ist morgen', kind: 'list', titles: [T.klick] },
  { q: 'seminare bis 150 euro im september', kind: 'list', titles: [T.azubis, T.sprache] },
  { q: 'courses under €100 in october', locale: 'en', kind: 'list', titles: [T.social] },
  { q: 'any courses in english', locale: 'en', kind: 'list', titles: [T.english] },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'wann ist der outlook kurs', kind: 'gone', gone: T.outlook },
  { q: 'motorsägen lehrgang', kind: 'gone', gone: T.motorsaege },
  {
    q: 'sicherheitsbeauftragte ausbildung wann',
    kind: 'gone',
    gone: T.sicherheit,
    says: ['Di., 16.03.2027'],
  },
  { q: 'kassenprüfung wann war das', kind: 'gone', gone: T.kasse, says: ['Do., 08.04.2027'] },
  { q: 'winterdienst', kind: 'none' },
  { q: 'podcast training', locale: 'en', kind: 'none' },
  { q: 'moin', kind: 'help' },
  { q: 'hi, what can you do?', locale: 'en', kind: 'help' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-thirty-first, independent catalogue (Kreis Euskirchen, Studieninstitut Rhein-Erft-Euskirchen, Unfallkasse NRW)',
  {
    fixture: 'heldout231-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
