// Over-fitting check, two-hundred-and-fifty-second catalogue: the 2027 programme for the Landkreis Weimarer Land
// (Thuringia) and its towns (Apolda, Bad Berka, Blankenhain, Kranichfeld, Bad Sulza), with the Kommunalakademie Weimarer
// Land, the IT-Service des Landratsamts Weimarer Land, the Unfallkasse Thüringen, the Volkshochschule Weimarer Land
// (VHS) and the Thüringer Verwaltungsschule, imported from a JSON file. Seminars take place in the Landratsamt Weimarer
// Land in Apolda, the Rathaus Apolda, the Volkshochschule in Apolda, the town halls of Bad Berka, Bad Sulza, Kranichfeld
// and Blankenhain, the Kurhaus Bad Sulza, the Bauhof Blankenhain, online or hybrid (Landratsamt). Several titles do not
// name their subject ("Der Schlüssel unter der Fußmatte" is passwords and two-factor login, "Akku leer?" stress and
// burnout, "Likes fürs Rathaus" social media, "Ein Satz, ein Gedanke" plain language, "Der Umzug ins Digitale" the
// e-file, "Für alle lesbar" accessible documents, "Der digitale Kollege" AI, "Ruhig bleiben, wenn es laut wird"
// de-escalation, "Die ersten hundert Tage" new managers), so only summary, description or topics reveal it; one seminar
// is held in English; three run on two days (procurement, administrative procedure, and the leadership course across
// the end of summer time on Sun 31.10.2027); the e-file course is open only to Bad Berka, Blankenhain and Kranichfeld;
// nine are free. Questions combine several filters at once (free + in person + month, online + morning + free seats,
// fee + month, multi-day + provider, half-day + town), alongside plain topic searches and facts; about a third in
// English; written without looking at the parser or the answers.
//
// Calendar around `now` (Tuesday 25 May 2027, 10:00 in Apolda, summer time; winter time begins Sun 31.10.2027):
//   this week:  Wed 26.05. 13:30–16:00 passwords (online, tomorrow), Fri 28.05. 13:00–16:00 data protection /
//               Transparenzgesetz (hybrid, Landratsamt Apolda)
//   next week:  Tue 01.06. 09:00–12:00 meetings (online, 95 €), Thu 03.06. 13:00–16:30 Excel (VHS Apolda, 69 €);
//               then nothing until Tue 15.06.
//   June:       Tue 15. fee calculation ThürKAG (Landratsamt, 220 €, deadline Fri 04.06. 12:00), Wed 16. first aid
//               (Rathaus Bad Berka, 08:30–16:00, free), Thu 17. English (Rathaus Bad Sulza, 85 €, deadline passed Fri
//               21.05. 23:59), Fri 18. the cancelled Outlook course, Tue 22. de-escalation (Rathaus Apolda, 09:00–15:00,
//               free), Wed 23. stress (online, 13:30–15:30, free)
//   July:       Thu 01. social media (online, 49 €), Tue 06./Wed 07. procurement (Landratsamt, 390 €, deadline Fri
//               18.06.), Tue 13. Namensrecht (Rathaus Apolda, 180 €), Wed 14. the cancelled Kassenprüfung (Blankenhain),
//               Tue 20. plain language (VHS Apolda, 09:00–12:30, 75 €); nothing free in July
//   August:     Tue 24. e-file (Rathaus Kranichfeld, 09:00–12:00, members only), Thu 26. accessible documents (online,
//               09:30–11:30), Tue 31. back-friendly work (Bauhof Blankenhain, 07:30–11:30); all free
//   September:  Wed 08. AI (hybrid, Landratsamt, 13:30–16:00, free), Tue 14./Wed 15. administrative procedure
//               (Landratsamt, 280 €), Thu 16. Wohngeld (online, 13:00–16:00, 120 €), Thu 23. council meetings (Rathaus
//               Blankenhain, 160 €, deadline Fri 03.09. 23:59); the draft EU-funding course on Wed 22.09.
//   October:    Tue 12. working time TVöD (Landratsamt, 09:00–12:30, 110 €); Wed 27.10. (CEST) and Wed 03.11. (CET)
//               leadership (Kurhaus Bad Sulza, 490 €, deadline Fri 01.10. 12:00); the draft photovoltaics course on Thu
//               21.10.
//   past:       Thu 22.04.2027 Grundsteuer (Landratsamt), Tue 11.05.2027 chainsaw (Bauhof Bad Sulza).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-05-25T08:00:00Z'); // Tuesday, 25 May 2027, 10:00 in Apolda (CEST)
const TZ = 'Europe/Berlin';

const T = {
  passwort: 'Der Schlüssel unter der Fußmatte', // Wed 26.05. 13:30–16:00, online, IT-Service, Albrecht, passwords / 2FA, free
  transparenz: 'Auskunft geben, Daten schützen: DSGVO und Thüringer Transparenzgesetz', // Fri 28.05. 13:00–16:00, hybrid (Landratsamt Apolda), KA, Möller, free
  besprechung: 'Besprechungen, die nicht ausufern', // Tue 01.06. 09:00–12:00, online, KA, Dr. Hartung, 95 €
  excel: 'Excel im Büroalltag: Listen, Formeln, Pivot-Tabellen', // Thu 03.06. 13:00–16:30, VHS Apolda, VHS, Lindner, 69 €, 12 seats
  ersteHilfe: 'Erste Hilfe am Arbeitsplatz: Grundlehrgang für Ersthelfende', // Wed 16.06. 08:30–16:00, Rathaus Bad Berka, Unfallkasse, Pfeiffer, free
  gebuehren: 'Gebühren und Beiträge kalkulieren nach dem ThürKAG', // Tue 15.06. 09:00–16:00, Landratsamt Apolda, TVS, Reinhardt, 220 €, deadline Fri 04.06. 12:00
  english: 'Guests from Abroad: English at the Counter', // Thu 17.06. 09:00–12:30, Rathaus Bad Sulza, VHS, Turner, 85 €, deadline passed Fri 21.05. 23:59
  deeskalation: 'Ruhig bleiben, wenn es laut wird', // Tue 22.06. 09:00–15:00, Rathaus Apolda, Unfallkasse, Schubert, free
  stress: 'Akku leer?', // Wed 23.06. 13:30–15:30, online, Unfallkasse, Schubert, stress / burnout, free
  social: 'Likes fürs Rathaus', // Thu 01.07. 09:00–12:00, online, VHS, Wolff, social media, 49 €
  vergabe: 'Vergaberecht in Thüringen: UVgO und ThürVgG in der Praxis', // Tue 06.07. + Wed 07.07. 09:00–16:00, Landratsamt Apolda, TVS, Reinhardt, 390 €
  namensrecht: 'Das neue Namensrecht im Standesamt', // Tue 13.07. 09:00–16:00, Rathaus Apolda, TVS, Engel, 180 €, 16 seats
  sprache: 'Ein Satz, ein Gedanke', // Tue 20.07. 09:00–12:30, VHS Apolda, VHS, Hoppe, plain language, 75 €
  eakte: 'Der Umzug ins Digitale', // Tue 24.08. 09:00–12:00, Rathaus Kranichfeld, IT-Service, Sommer, e-file, only Bad Berka/Blankenhain/Kranichfeld, free
  barrierefrei: 'Für alle lesbar', // Thu 26.08. 09:30–11:30, online, IT-Service, Sommer, accessible documents, free
  ruecken: 'Heben, Tragen, Bücken: rückengerecht arbeiten im Bauhof', // Tue 31.08. 07:30–11:30, Bauhof Blankenhain, Unfallkasse, Pfeiffer, free
  ki: 'Der digitale Kollege', // Wed 08.09. 13:30–16:00, hybrid (Landratsamt Apolda), IT-Service, Albrecht, AI, free
  verfahren: 'Verwaltungsverfahren nach dem ThürVwVfG: Anhörung, Bescheid, Widerspruch', // Tue 14.09. + Wed 15.09. 09:00–16:00, Landratsamt Apolda, KA, Dr. Voigt, 280 €
  wohngeld: 'Wohngeld kompakt: Anträge sicher bearbeiten', // Thu 16.09. 13:00–16:00, online, TVS, Engel, 120 €
  sitzung: 'Sitzungsdienst nach der Thüringer Kommunalordnung', // Thu 23.09. 09:00–16:00, Rathaus Blankenhain, KA, Dr. Voigt, 160 €, deadline Fri 03.09. 23:59
  arbeitszeit: 'Arbeitszeit im TVöD: Gleitzeit, Überstunden, Mehrarbeit', // Tue 12.10. 09:00–12:30, Landratsamt Apolda, KA, Kühn, 110 €
  fuehrung: 'Die ersten hundert Tage', // Wed 27.10. (CEST) + Wed 03.11. (CET) 09:00–16:00, Kurhaus Bad Sulza, KA, Dr. Hartung, 490 €, new managers, deadline Fri 01.10. 12:00
  foerdermittel: 'Fördermittel der EU für Kommunen beantragen', // draft (Wed 22.09.)
  photovoltaik: 'Photovoltaik auf kommunalen Dächern', // draft (Thu 21.10.)
  outlook: 'Zeitmanagement mit Outlook und Aufgabenlisten', // cancelled (Fri 18.06.2027)
  kasse: 'Kassenprüfung in Gemeinde und Zweckverband', // cancelled (Wed 14.07.2027)
  grundsteuer: 'Grundsteuerreform: Bescheide und Widersprüche in der Gemeindekasse', // past (Thu 22 April 2027)
  motorsaege: 'Sicherer Umgang mit der Motorsäge', // past (Tue 11 May 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.foerdermittel, T.photovoltaik, T.outlook, T.kasse, T.grundsteuer, T.motorsaege];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'pw', q: 'Gibt es eine Schulung zu sicheren Passwörtern?', kind: 'list', titles: [T.passwort] },
  {
    conv: 'pw',
    q: 'wann ist die?',
    kind: 'facts',
    titles: [T.passwort],
    says: ['am Mi., 26.05.2027 von 13:30 bis 16:00 Uhr'],
  },
  { conv: 'pw', q: 'kostet das was?', kind: 'facts', titles: [T.passwort], says: ['ist kostenlos'] },
  { conv: 'burnout', q: 'anything on burnout prevention?', locale: 'en', kind: 'list', titles: [T.stress] },
  {
    conv: 'burnout',
    q: 'is it online or in person?',
    locale: 'en',
    kind: 'facts',
    titles: [T.stress],
    says: ['takes place online'],
  },
  {
    conv: 'burnout',
    q: 'who runs it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.stress],
    says: ['is led by Frau Manuela Schubert'],
  },
  {
    conv: 'insta',
    q: 'Wir wollen als Gemeinde auf Instagram aktiv werden – gibt es dazu was?',
    kind: 'list',
    titles: [T.social],
  },
  { conv: 'insta', q: 'was kostet der kurs', kind: 'facts', titles: [T.social], says: ['kostet 49 €'] },
  {
    conv: 'insta',
    q: 'und um wie viel uhr geht es los?',
    kind: 'facts',
    titles: [T.social],
    says: ['beginnt am Do., 01.07.2027 um 09:00 Uhr'],
  },
  {
    conv: 'chef',
    q: 'Ich werde bald Teamleiterin – gibt es etwas zum Einstieg in die Führungsrolle?',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'chef',
    q: 'wann genau?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Mi., 27.10.2027 und Mi., 03.11.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  { conv: 'abwasser', q: 'Abwassergebühren kalkulieren', kind: 'list', titles: [T.gebuehren] },
  {
    conv: 'abwasser',
    q: 'wo findet das statt?',
    kind: 'facts',
    titles: [T.gebuehren],
    says: ['im Landratsamt Weimarer Land'],
  },
  {
    conv: 'back',
    q: 'training on lifting and carrying heavy loads',
    locale: 'en',
    kind: 'list',
    titles: [T.ruecken],
  },
  {
    conv: 'back',
    q: 'where is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['takes place at Bauhof der Stadt Blankenhain'],
  },
  {
    conv: 'back',
    q: 'how long does it take?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['lasts 4 hours, from 07:30 to 11:30'],
  },
  { conv: 'name', q: 'Seminar zum neuen Namensrecht', kind: 'list', titles: [T.namensrecht] },
  {
    conv: 'name',
    q: 'Wer ist die Referentin?',
    kind: 'facts',
    titles: [T.namensrecht],
    says: ['leitet Frau Sylvia Engel'],
  },
  // --- facts -----------------------------------------------------------------------------------------------------------
  { q: 'Was kostet der Vergabe-Kurs?', kind: 'facts', titles: [T.vergabe], says: ['kostet 390 €'] },
  {
    q: 'wann ist der Wohngeld-Kurs',
    kind: 'facts',
    titles: [T.wohngeld],
    says: ['am Do., 16.09.2027 von 13:00 bis 16:00 Uhr'],
  },
  {
    q: 'wer leitet den Sitzungsdienst-Kurs',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['leitet Frau Dr. Bettina Voigt'],
  },
  {
    q: 'wie lange dauert der Erste-Hilfe-Lehrgang',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['dauert 7,5 Stunden, von 08:30 bis 16:00 Uhr'],
  },
  {
    q: 'when does the accessible documents course start',
    locale: 'en',
    kind: 'facts',
    titles: [T.barrierefrei],
    says: ['starts on Thu, 26 Aug 2027 at 09:30'],
  },
  {
    q: 'Anmeldeschluss für die Gebührenkalkulation?',
    kind: 'facts',
    titles: [T.gebuehren],
    says: ['bis Fr., 04.06.2027, 12:00 Uhr'],
  },
  {
    q: 'registration deadline for the English course',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 21 May 2027, 23:59'],
  },
  {
    q: 'Gibt es im Excel-Kurs noch freie Plätze?',
    kind: 'facts',
    titles: [T.excel],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  {
    q: 'is the AI course online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is hybrid: at Landratsamt Weimarer Land'],
  },
  {
    q: 'findet der Kurs zum Transparenzgesetz in Präsenz statt?',
    kind: 'facts',
    titles: [T.transparenz],
    says: ['findet hybrid statt: im Landratsamt Weimarer Land'],
  },
  {
    q: 'wie lange dauert das Vergaberecht-Seminar',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['dauert 2 Tage, jeweils von 09:00 bis 16:00 Uhr'],
  },
  // --- topic searches: typos, words only in summary or description, synonyms ------------------------------------------
  { q: 'exel kurs', kind: 'list', titles: [T.excel] },
  { q: 'chatgpt', kind: 'list', titles: [T.ki] },
  { q: 'screenreader', kind: 'list', titles: [T.barrierefrei] },
  { q: 'bürgernahe Sprache', kind: 'list', titles: [T.sprache] },
  { q: 'ausschreibungen', kind: 'list', titles: [T.vergabe] },
  { q: 'protokoll für gemeinderatssitzungen', kind: 'list', titles: [T.sitzung] },
  { q: 'e-akte einführung', kind: 'list', titles: [T.eakte] },
  { q: 'how to keep team meetings short and focused', locale: 'en', kind: 'list', titles: [T.besprechung] },
  { q: 'pöbelnde Bürger im Bürgerbüro', kind: 'list', titles: [T.deeskalation] },
  // --- several filters at once: fee, format, time of day, month, provider, town, length, trainer, audience ------------
  { q: 'kostenlose Präsenzkurse im Juni', kind: 'list', titles: [T.ersteHilfe, T.deeskalation] },
  {
    q: 'Online-Seminare am Vormittag mit freien Plätzen',
    kind: 'list',
    titles: [T.besprechung, T.social, T.barrierefrei],
  },
  { q: 'courses under 100 euros in July', locale: 'en', kind: 'list', titles: [T.social, T.sprache] },
  { q: 'mehrtägige Seminare der Kommunalakademie', kind: 'list', titles: [T.verfahren, T.fuehrung] },
  {
    q: 'halbtägige Kurse in Apolda',
    kind: 'list',
    ...only(T.transparenz, T.excel, T.sprache, T.ki, T.arbeitszeit),
  },
  {
    q: "what's on in Apolda in July",
    locale: 'en',
    kind: 'list',
    titles: [T.vergabe, T.namensrecht, T.sprache],
  },
  { q: 'Präsenzkurse in Apolda im Juni', kind: 'list', titles: [T.excel, T.gebuehren, T.deeskalation] },
  { q: 'Angebote der Verwaltungsschule unter 200 Euro', kind: 'list', ...only(T.namensrecht, T.wohngeld) },
  { q: 'IT-Service courses in the morning', locale: 'en', kind: 'list', titles: [T.eakte, T.barrierefrei] },
  {
    q: 'Seminare zwischen 100 und 200 Euro',
    kind: 'list',
    ...only(T.wohngeld, T.sitzung, T.namensrecht, T.arbeitszeit),
  },
  {
    q: 'was ist in den nächsten zwei Wochen',
    kind: 'list',
    titles: [T.passwort, T.transparenz, T.besprechung, T.excel],
  },
  { q: 'online courses next month', locale: 'en', kind: 'list', titles: [T.besprechung, T.stress] },
  { q: 'Kurse von Herrn Reinhardt', kind: 'list', ...only(T.gebuehren, T.vergabe) },
  { q: 'seminars for managers', locale: 'en', kind: 'list', titles: [T.fuehrung] },
  { q: 'any courses in English', locale: 'en', kind: 'list', titles: [T.english] },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'wann ist der Outlook-Kurs', kind: 'gone', gone: T.outlook },
  { q: 'Kassenprüfung Seminar', kind: 'gone', gone: T.kasse },
  { q: 'Motorsäge Lehrgang', kind: 'gone', gone: T.motorsaege, says: ['Di., 11.05.2027'] },
  {
    q: 'when was the Grundsteuer seminar',
    locale: 'en',
    kind: 'gone',
    gone: T.grundsteuer,
    says: ['Thu, 22 Apr 2027'],
  },
  { q: 'EU-Fördermittel', kind: 'none' },
  { q: 'kostenlose Seminare im Juli', kind: 'none' },
  { q: 'courses in English in August', locale: 'en', kind: 'none' },
  { q: 'Gabelstapler', kind: 'none' },
  { q: 'Guten Tag', kind: 'help' },
  { q: 'hi there', locale: 'en', kind: 'help' },
  { q: 'meine Anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-fifty-second, independent catalogue (Landkreis Weimarer Land, Kommunalakademie, Unfallkasse Thüringen)',
  {
    fixture: 'heldout252-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
