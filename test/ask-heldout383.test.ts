// Over-fitting check, three-hundred-and-eighty-third catalogue: the winter 2031/32 programme for the Landkreis
// Marburg-Biedenkopf (Hessen) with the Universitätsstadt Marburg, the Stadt Biedenkopf and the Gemeinde Lahntal, offered
// by the Verwaltungsseminar Gießen (Hessischer Verwaltungsschulverband), the Kreis's Fachdienst Personal, ekom21 (KGRZ
// Hessen), the Unfallkasse Hessen and the Fachbereich Familie, Jugend und Soziales, imported from a JSON file. Seminars
// take place in the Kreishaus Marburg (Im Lichtenholz 60: Großer Sitzungssaal, Raum B 2.14), the Kreishaus Biedenkopf
// (Hospitalstraße 6), the Stadthalle Biedenkopf (Hainstraße 61), at the Verwaltungsseminar in Gießen (Schanzenstraße 18),
// online or hybrid. One seminar is held in English (the citizens' office course). Several titles do not name their
// subject ("Papierlos im Fachdienst" is the e-file, "Gut sitzen, gut arbeiten" ergonomics / back pain at the desk,
// "Hinschauen, einschätzen, handeln" child protection (§ 8a SGB VIII), "Der digitale Kollege" AI / ChatGPT, "Neu in der
// Verantwortung" new team leaders, "Ruhe bewahren" de-escalation, "Was kostet unsere Gemeinde?" the budget for council
// members, "Wieder Luft holen" stress / burnout, "Alle sollen es lesen können" accessible documents), so only summary,
// description or topics reveal it. Nobody is registered yet, so every seminar has all its seats free. About a third of
// the questions are in English.
//
// Calendar around `now` (Tuesday 13 January 2032, 08:45 in Marburg, winter time all through the programme; summer time
// begins Sun 28.03.2032; Good Friday 26.03. and Easter Monday 29.03.2032 are holidays in Hessen):
//   past:       Tue 02.12.2031 year-end closing (Gießen); Thu 08.01.2032 travel expenses law (online)
//   this week:  Tue 13.01. (today) nothing; Wed 14.01. 14:00–16:00 e-file (online); Thu 15.01. 09:00–15:30 Excel
//               (Kreishaus Marburg, Raum B 2.14, 140 €, 12 seats; deadline today Tue 13.01. 12:00)
//   next week:  Mon 19.01. 10:00–11:30 Teams (online; deadline = start); Tue 20.01. 09:00–12:00 data protection in the
//               Jugendamt (Kreishaus Marburg, Großer Sitzungssaal); Wed 21.01. the cancelled Outlook course; Thu 22.01.
//               08:30–16:00 first aid (Stadthalle Biedenkopf, 20 seats); Fri 23.01. 10:00–11:30 ergonomics (online)
//   late Jan:   Mon 26.01.–Tue 27.01. 09:00–16:00 child protection (Kreishaus Biedenkopf; deadline passed Fri 09.01. 23:59)
//   February:   Mon 02.02.–Wed 04.02. 08:30–15:30 Doppik (Gießen, 420 €, deadline Fri 16.01. 23:59); Tue 03.02.
//               14:00–16:30 AI (hybrid, Raum B 2.14); Wed 04.02. 09:00–14:00 induction day (Großer Sitzungssaal);
//               Thu 05.02.–Fri 06.02. 09:00–16:30 new team leaders (Großer Sitzungssaal, 390 €, 14 seats, deadline Mon
//               19.01. 23:59); Mon 09.02. 13:00–16:00 Unterhaltsvorschuss (Raum B 2.14); Tue 10.02. 09:00–16:00 official
//               notices (Gießen, 230 €); Thu 12.02. 09:00–15:00 residence law (online, 180 €); Fri 13.02. 08:30–12:30
//               fire wardens (Stadthalle Biedenkopf, 16 seats); Thu 19.02. 09:00–16:00 de-escalation (Kreishaus
//               Biedenkopf); Tue 24.02. 09:00–12:30 English (Raum B 2.14, 60 €); Wed 25.02. 09:00–16:00 procurement
//               (hybrid, Gießen, 260 €); Thu 26.02. the cancelled time management course
//   March:      Tue 02.03. 18:30–21:00 budget for council members (Stadthalle Biedenkopf, evening); Thu 04.03. 09:00–12:00
//               stress (online); Tue 09.03. 09:00–15:00 Sitzungsdienst (Kreishaus Biedenkopf, 190 €); Tue 16.03.
//               09:00–12:00 accessible documents (online, 45 €); the drafts Fördermittel (Thu 18.03.) and social media
//               (Tue 23.03.)
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2032-01-13T07:45:00Z'); // Tuesday, 13 January 2032, 08:45 in Marburg (CET)
const TZ = 'Europe/Berlin';

const T = {
  eakte: 'Papierlos im Fachdienst', // Wed 14.01. 14:00–16:00, online, ekom21, Frau Katrin Schäfer, e-file, free
  excel: 'Excel im Verwaltungsalltag: Formeln, Filter und Pivot-Tabellen', // Thu 15.01. 09:00–15:30, Kreishaus Marburg B 2.14, ekom21, Herr Jonas Wetzel, 140 €, 12 seats, deadline Tue 13.01. 12:00
  teams: 'Videokonferenzen mit Microsoft Teams', // Mon 19.01. 10:00–11:30, online, ekom21, Frau Katrin Schäfer, free
  datenschutz: 'Datenschutz im Jugendamt: Sozialdatenschutz nach SGB VIII und SGB X', // Tue 20.01. 09:00–12:00, Kreishaus Marburg Großer Sitzungssaal, FB Familie, Frau Dr. Miriam Hollerbach, free
  ersteHilfe: 'Erste Hilfe in Betrieben: Fortbildung für Ersthelferinnen und Ersthelfer', // Thu 22.01. 08:30–16:00, Stadthalle Biedenkopf, UKH, Herr Markus Dörr (DRK), free, 20 seats
  ergonomie: 'Gut sitzen, gut arbeiten', // Fri 23.01. 10:00–11:30, online, UKH, Frau Svenja Lorenz, ergonomics, free
  kinderschutz: 'Hinschauen, einschätzen, handeln', // Mon 26.01.–Tue 27.01. 09:00–16:00, Kreishaus Biedenkopf, FB Familie, Frau Sabine Rauch, child protection, deadline passed Fri 09.01. 23:59
  haushalt: 'Kommunales Haushaltsrecht in Hessen: Doppik für Einsteiger', // Mon 02.02.–Wed 04.02. 08:30–15:30, Gießen, VWS, Herr Dr. Christoph Baumann, 420 €, deadline Fri 16.01. 23:59
  ki: 'Der digitale Kollege', // Tue 03.02. 14:00–16:30, hybrid (Kreishaus Marburg B 2.14), ekom21, Herr Jonas Wetzel, AI, free
  onboarding: 'Willkommen beim Landkreis', // Wed 04.02. 09:00–14:00, Kreishaus Marburg Großer Sitzungssaal, FD Personal, Frau Lena Kaiser, induction day, free
  fuehrung: 'Neu in der Verantwortung', // Thu 05.02.–Fri 06.02. 09:00–16:30, Kreishaus Marburg Großer Sitzungssaal, FD Personal, Frau Dr. Ulrike Brandt-Lenz, new leaders, 390 €, 14 seats, deadline Mon 19.01. 23:59
  unterhalt: 'Unterhaltsvorschuss in der Praxis', // Mon 09.02. 13:00–16:00, Kreishaus Marburg B 2.14, FB Familie, Frau Heike Brückmann, free
  bescheid: 'Bescheide verständlich und rechtssicher schreiben', // Tue 10.02. 09:00–16:00, Gießen, VWS, Frau Dr. Anja Seibert, 230 €
  aufenthalt: 'Aufenthaltsrecht aktuell: Neuerungen für die Ausländerbehörde', // Thu 12.02. 09:00–15:00, online, VWS, Herr Martin Gerlach, 180 €
  brandschutz: 'Brandschutzhelfer-Ausbildung nach ASR A2.2', // Fri 13.02. 08:30–12:30, Stadthalle Biedenkopf, UKH, Herr Stefan Naumann, free, 16 seats
  deeskalation: 'Ruhe bewahren', // Thu 19.02. 09:00–16:00, Kreishaus Biedenkopf, UKH, Herr Thomas Reinhardt (Polizei), de-escalation, free
  english: "English at the Citizens' Office: Serving International Residents", // Tue 24.02. 09:00–12:30, Kreishaus Marburg B 2.14, FD Personal, Ms Claire Donovan, 60 €, English
  vergabe: 'Vergaberecht kompakt: HVTG, UVgO und VOB/A', // Wed 25.02. 09:00–16:00, hybrid (Gießen), VWS, Herr Dr. Christoph Baumann, 260 €
  gemeindehaushalt: 'Was kostet unsere Gemeinde?', // Tue 02.03. 18:30–21:00, Stadthalle Biedenkopf, VWS, Herr Dr. Christoph Baumann, budget for council members, free
  stress: 'Wieder Luft holen', // Thu 04.03. 09:00–12:00, online, UKH, Frau Dr. Nadine Fröhlich, stress / burnout, free
  sitzungsdienst: 'Sitzungsdienst in Städten und Gemeinden', // Tue 09.03. 09:00–15:00, Kreishaus Biedenkopf, VWS, Frau Petra Hahn, minutes, 190 €
  barrierefrei: 'Alle sollen es lesen können', // Tue 16.03. 09:00–12:00, online, ekom21, Frau Katrin Schäfer, accessible documents, 45 €
  foerdermittel: 'Fördermittel erfolgreich beantragen', // draft (Thu 18.03.), VWS, Gießen
  socialMedia: 'Social Media für Kommunen: Instagram und Facebook rechtssicher nutzen', // draft (Tue 23.03.), ekom21, online
  outlook: 'Outlook effizient nutzen: E-Mails, Kalender und Aufgaben', // cancelled (Wed 21.01.), ekom21, Kreishaus Marburg B 2.14
  zeitmanagement: 'Zeitmanagement im Büro', // cancelled (Thu 26.02.), FD Personal, Kreishaus Biedenkopf
  reisekosten: 'Reisekostenrecht 2032: Was sich für Dienstreisen ändert', // past (Thu 08.01.2032), online
  jahresabschluss: 'Jahresabschluss in der Doppik: Inventur und Abschlussbuchungen', // past (Tue 02.12.2031), Gießen
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.foerdermittel, T.socialMedia, T.outlook, T.zeitmanagement, T.reisekosten, T.jahresabschluss];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -------------------------------------------------------------------------------------------
  {
    conv: 'excel',
    q: 'ist der Excel-Kurs schon voll?',
    kind: 'facts',
    titles: [T.excel],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  {
    conv: 'excel',
    q: 'kann ich mich da noch anmelden?',
    kind: 'facts',
    titles: [T.excel],
    says: ['bis Di., 13.01.2032, 12:00 Uhr anmelden'],
  },
  { conv: 'excel', q: 'was macht der Referent sonst noch?', kind: 'list', ...maybeAlso(only(T.ki), T.excel) },
  {
    conv: 'leadership',
    q: 'Is there a course for new team leaders?',
    locale: 'en',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'leadership',
    q: 'Can I still register for it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['You can register for the seminar', 'until Mon, 19 Jan 2032, 23:59'],
  },
  {
    conv: 'leadership',
    q: 'is it full already or is there a waitlist?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['has 14 of 14 seats left'],
  },
  {
    conv: 'leadership',
    q: 'how long does it take?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['lasts 2 days, each from 09:00 to 16:30'],
  },
  { conv: 'kinderschutz', q: 'Fortbildung zur Kindeswohlgefährdung', kind: 'list', titles: [T.kinderschutz] },
  {
    conv: 'kinderschutz',
    q: 'kann ich mich da noch anmelden?',
    kind: 'facts',
    titles: [T.kinderschutz],
    says: ['am Fr., 09.01.2032, 23:59 Uhr abgelaufen'],
  },
  {
    conv: 'kinderschutz',
    q: 'wann genau findet das statt?',
    kind: 'facts',
    titles: [T.kinderschutz],
    says: ['an 2 Tagen', 'Mo., 26.01.2032 und Di., 27.01.2032', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'kinderschutz',
    q: 'und wo?',
    kind: 'facts',
    titles: [T.kinderschutz],
    says: ['Kreishaus Biedenkopf, Sitzungsraum 1, Hospitalstraße 6'],
  },
  {
    conv: 'january',
    q: 'any places left in the January courses?',
    locale: 'en',
    kind: 'list',
    // the child protection course has seats, but its deadline has passed
    ...maybeAlso(only(T.eakte, T.excel, T.teams, T.datenschutz, T.ersteHilfe, T.ergonomie), T.kinderschutz),
  },
  {
    conv: 'january',
    q: 'which of those are before noon?',
    locale: 'en',
    kind: 'list',
    ...only(T.teams, T.datenschutz, T.ergonomie),
  },
  { conv: 'january', q: 'and not on a Friday', locale: 'en', kind: 'list', ...only(T.teams, T.datenschutz) },
  { conv: 'ki', q: 'Do you have anything on ChatGPT?', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    conv: 'ki',
    q: 'what time does it start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['starts on Tue, 3 Feb 2032 at 14:00'],
  },
  {
    conv: 'ki',
    q: 'can I attend from home?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is hybrid', 'Kreishaus Marburg, Raum B 2.14'],
  },
  { conv: 'giessen', q: 'was gibt es in Gießen?', kind: 'list', ...only(T.haushalt, T.bescheid, T.vergabe) },
  { conv: 'giessen', q: 'welches davon ist hybrid?', kind: 'list', titles: [T.vergabe] },
  { conv: 'giessen', q: 'was kostet das?', kind: 'facts', titles: [T.vergabe], says: ['kostet 260 €'] },
  {
    conv: 'giessen',
    q: 'wer leitet das',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['leitet Herr Dr. Christoph Baumann'],
  },
  {
    conv: 'giessen',
    q: 'welche Seminare gibt er noch?',
    kind: 'list',
    ...maybeAlso(only(T.haushalt, T.gemeindehaushalt), T.vergabe),
  },
  {
    conv: 'biedenkopf',
    q: "what's on in Biedenkopf?",
    locale: 'en',
    kind: 'list',
    ...only(T.ersteHilfe, T.kinderschutz, T.brandschutz, T.deeskalation, T.gemeindehaushalt, T.sitzungsdienst),
  },
  {
    conv: 'biedenkopf',
    q: 'which one is in the evening?',
    locale: 'en',
    kind: 'list',
    titles: [T.gemeindehaushalt],
  },
  {
    conv: 'biedenkopf',
    q: 'when is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.gemeindehaushalt],
    says: ['takes place on Tue, 2 Mar 2032 from 18:30 to 21:00'],
  },
  { conv: 'stress', q: 'gibt es was gegen stress und burnout?', kind: 'list', titles: [T.stress] },
  { conv: 'stress', q: 'ist das online?', kind: 'facts', titles: [T.stress], says: ['findet online statt'] },
  {
    conv: 'ukh',
    q: 'What does the Unfallkasse Hessen offer?',
    locale: 'en',
    kind: 'list',
    ...only(T.ersteHilfe, T.ergonomie, T.brandschutz, T.deeskalation, T.stress),
  },
  {
    conv: 'ukh',
    q: 'not on Fridays please',
    locale: 'en',
    kind: 'list',
    ...only(T.ersteHilfe, T.deeskalation, T.stress),
  },
  // --- follow-ups with nothing talked about ---------------------------------------------------------------------------
  { conv: 'empty-en', q: 'how much is it?', locale: 'en', kind: 'noContext' },
  { conv: 'empty-de', q: 'und ist der schon voll?', kind: 'noContext' },
  // --- facts ------------------------------------------------------------------------------------------------------------
  {
    q: 'Anmeldeschluss für das Doppik-Seminar?',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['bis Fr., 16.01.2032, 23:59 Uhr anmelden'],
  },
  {
    q: 'bis wann kann ich mich für den Teams-Kurs anmelden?',
    kind: 'facts',
    titles: [T.teams],
    says: ['bis Mo., 19.01.2032, 10:00 Uhr anmelden'],
  },
  {
    q: 'Are there still seats in the first aid course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['has 20 of 20 seats left'],
  },
  {
    q: 'wie lange dauert die Doppik-Schulung?',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['dauert 3 Tage, jeweils von 08:30 bis 15:30 Uhr'],
  },
  {
    q: 'wer leitet die Schulung zum Unterhaltsvorschuss?',
    kind: 'facts',
    titles: [T.unterhalt],
    says: ['leitet Frau Heike Brückmann'],
  },
  {
    q: "Where's the de-escalation training?",
    locale: 'en',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['Kreishaus Biedenkopf, Sitzungsraum 1, Hospitalstraße 6'],
  },
  {
    q: 'When does the data protection course for the Jugendamt start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['starts on Tue, 20 Jan 2032 at 09:00'],
  },
  {
    q: 'ist das Aufenthaltsrecht-Seminar in Präsenz oder online?',
    kind: 'facts',
    titles: [T.aufenthalt],
    says: ['findet online statt'],
  },
  {
    q: 'Wo ist der Einführungstag für neue Mitarbeiter?',
    kind: 'facts',
    titles: [T.onboarding],
    says: ['Kreishaus Marburg, Großer Sitzungssaal, Im Lichtenholz 60'],
  },
  {
    q: 'Is the citizens office course taught in English?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['is held in English'],
  },
  { q: 'zeig mir Details zum Vergabe-Seminar', kind: 'details', titles: [T.vergabe] },
  // --- subjects only summary, description or topics name -----------------------------------------------------------------
  { q: 'rückenschmerzen vom sitzen am schreibtisch', kind: 'list', titles: [T.ergonomie] },
  { q: 'Einführung in die E-Akte', kind: 'list', titles: [T.eakte] },
  { q: 'umgang mit aggressiven kunden', kind: 'list', titles: [T.deeskalation] },
  {
    miss: '"schreiben" also finds the course on writing notices',
    q: 'Niederschrift für die Gemeindevertretung schreiben',
    kind: 'list',
    titles: [T.sitzungsdienst],
  },
  { q: 'Do you have anything on residence permits?', locale: 'en', kind: 'list', titles: [T.aufenthalt] },
  { q: 'exel kurs', kind: 'list', titles: [T.excel] },
  {
    q: 'Gibt es was für Gemeindevertreter?',
    kind: 'list',
    ...maybeAlso(only(T.gemeindehaushalt), T.sitzungsdienst),
  },
  // --- providers, trainers, places ---------------------------------------------------------------------------------------
  {
    q: 'Angebote des Fachbereichs Familie, Jugend und Soziales',
    kind: 'list',
    ...only(T.datenschutz, T.kinderschutz, T.unterhalt),
  },
  { q: 'Was bietet ekom21 an?', kind: 'list', ...only(T.eakte, T.excel, T.teams, T.ki, T.barrierefrei) },
  { q: 'courses by Katrin Schäfer', locale: 'en', kind: 'list', ...only(T.eakte, T.teams, T.barrierefrei) },
  { q: 'Kurse im Großen Sitzungssaal', kind: 'list', ...only(T.datenschutz, T.onboarding, T.fuehrung) },
  { q: 'gibt es auch was in Kassel?', kind: 'none' },
  // --- dates, times, formats, fees -----------------------------------------------------------------------------------------
  { q: 'Was ist diese Woche?', kind: 'list', titles: [T.eakte, T.excel] },
  {
    q: "what's on next week?",
    locale: 'en',
    kind: 'list',
    titles: [T.teams, T.datenschutz, T.ersteHilfe, T.ergonomie],
  },
  { q: 'gibt es am 6. Februar was?', kind: 'list', titles: [T.fuehrung] },
  { q: 'Seminare ab 14 Uhr', kind: 'list', ...only(T.eakte, T.ki, T.gemeindehaushalt) },
  {
    q: 'welche Seminare sind im Februar dienstags?',
    kind: 'list',
    // the Doppik course runs Monday to Wednesday
    ...maybeAlso(only(T.ki, T.bescheid, T.english), T.haushalt),
  },
  { q: 'gibt es dienstags was online?', kind: 'list', ...maybeAlso(only(T.barrierefrei), T.ki) },
  { q: 'hybrid seminars', locale: 'en', kind: 'list', ...only(T.ki, T.vergabe) },
  { q: 'online courses in February?', locale: 'en', kind: 'list', ...maybeAlso(only(T.aufenthalt), T.ki, T.vergabe) },
  { q: 'kostenlose Seminare im März', kind: 'list', ...only(T.gemeindehaushalt, T.stress) },
  { q: 'courses over 250 euros', locale: 'en', kind: 'list', ...only(T.haushalt, T.fuehrung, T.vergabe) },
  { q: 'mehrtägige Seminare', kind: 'list', ...only(T.kinderschutz, T.haushalt, T.fuehrung) },
  { q: 'anything in English?', locale: 'en', kind: 'list', titles: [T.english] },
  // --- gone, drafts, no match, greetings, own registrations ------------------------------------------------------------
  { q: 'Is the Outlook course still happening?', locale: 'en', kind: 'gone', gone: T.outlook },
  { q: 'Zeitmanagement Seminar im Februar', kind: 'gone', gone: T.zeitmanagement },
  { q: 'wann war die Reisekostenrecht-Schulung?', kind: 'gone', gone: T.reisekosten, says: ['Do., 08.01.2032'] },
  {
    q: 'Seminar zum Jahresabschluss in der Doppik',
    kind: 'gone',
    gone: T.jahresabschluss,
    says: ['Di., 02.12.2031'],
  },
  { q: 'Instagram für die Verwaltung', kind: 'none' },
  { q: 'Fördermittel beantragen', kind: 'none' },
  { q: 'Do you offer Spanish lessons?', locale: 'en', kind: 'none' },
  { q: 'Hallo!', kind: 'help' },
  { q: 'Thanks a lot!', locale: 'en', kind: 'thanks' },
  { q: 'Which courses am I registered for?', locale: 'en', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-eighty-third, independent catalogue (Landkreis Marburg-Biedenkopf, Verwaltungsseminar Gießen, ekom21, Unfallkasse Hessen)',
  {
    fixture: 'heldout383-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
