// Over-fitting check, two-hundred-and-sixty-third catalogue: the 2027 programme for the Landkreis Börde (Saxony-Anhalt)
// and its towns, municipalities and Verbandsgemeinden (Haldensleben, Oschersleben (Bode), Wolmirstedt, Wanzleben-Börde,
// Barleben, Oebisfelde-Weferlingen, Flechtingen, Elbe-Heide, Obere Aller), with the Studieninstitut für kommunale
// Verwaltung Sachsen-Anhalt (SKV), the Unfallkasse Sachsen-Anhalt, the county's Personalentwicklung, the IT-Service
// Landkreis Börde and the Kreisvolkshochschule Börde (KVHS), imported from a JSON file. Seminars take place in the
// Kreishaus Haldensleben, the Kreisverwaltung's site in Wolmirstedt, the town halls of Wolmirstedt, Oschersleben,
// Wanzleben-Börde and Barleben, the KVHS in Oschersleben, the Bauhöfe of Haldensleben, Oschersleben and
// Oebisfelde-Weferlingen, the Verbandsgemeindeverwaltung Flechtingen, Schloss Hundisburg, online or hybrid. Several
// titles do not name their subject ("Der Klick zu viel" is phishing, "Wenn der Ton rauer wird" de-escalation, "Gut
// sitzen, besser arbeiten" ergonomics, "Abschied vom Aktenschrank" the e-file, "Schreiben, das ankommt" plain
// language, "Kraftquellen im Arbeitsalltag" stress, "Die ersten hundert Tage" new managers, "Bereit, wenn es glatt
// wird" winter service), so only summary, description or topics reveal it; one seminar is held in English (its
// deadline has passed); the course for new managers runs on two days across the end of summer time (Sun 31.10.2027);
// the e-file course is open only to the Verbandsgemeinden Flechtingen, Elbe-Heide and Obere Aller; first aid is free,
// paid by the Unfallkasse. Questions are mostly long follow-up conversations (search, a fact, "und der andere?",
// narrowing, another fact), German and English, written without looking at the parser or the answers.
//
// Calendar around `now` (Wednesday 7 July 2027, 10:00 in Haldensleben, summer time; winter time begins Sun 31.10.2027):
//   this week:  today Wed 07.07. 14:00–15:30 Teams (online); Fri 09.07. 08:00–16:00 first aid (Rathaus Wolmirstedt)
//   next week:  Tue 13.07. 09:00–11:30 phishing (online), Thu 15.07. 08:30–12:30 Excel basics (KVHS Oschersleben)
//   then July:  Tue 20.07. de-escalation (Rathaus Oschersleben), Wed 21.07. 13:00–16:00 English (Kreishaus; deadline
//               passed Fri 02.07. 12:00), the cancelled PowerPoint course (Thu 22.07.), Tue 27.07. procurement law
//               (Kreishaus; deadline Fri 16.07. 23:59), Thu 29.07. 10:00–11:30 ergonomics (online)
//   August:     Tue 03. appraisal interviews (Kreishaus, managers), Wed 04. e-file (Flechtingen, members only), Thu 12.
//               13:00–15:30 mobile IT security (Kreishaus), Wed 18. 09:00–12:00 AI (online), Tue 24. plain language
//               (Rathaus Wanzleben-Börde), the cancelled time-management course (Wed 25.), Thu 26. 14:00–16:30 stress
//               (online)
//   September:  Tue 07. 07:00–15:00 RSA 21 (Bauhof Haldensleben), the draft social-media course (Tue 14.), Wed 15.
//               Doppik year-end closing (Rathaus Barleben), Thu 16. 07:30–16:00 chainsaw (Bauhof
//               Oebisfelde-Weferlingen), Tue 21. 09:00–12:00 pivot tables (online), Thu 30. new managers, day 1
//   October:    Wed 06. administrative act and objection (Kreisverwaltung, Wolmirstedt), Tue 19. 07:00–12:00 winter
//               service (Bauhof Oschersleben)
//   November:   Thu 04. (CET) new managers, day 2 (Schloss Hundisburg); Wed 10. 09:00–12:00 healthy leadership (hybrid,
//               Kreishaus); the draft flood-protection course (Tue 16.)
//   past:       Tue 18.05.2027 e-invoicing (online), Thu 17.06.2027 fire wardens (Rathaus Wolmirstedt).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-07-07T08:00:00Z'); // Wednesday, 7 July 2027, 10:00 in Haldensleben (CEST)
const TZ = 'Europe/Berlin';

const T = {
  teams: 'Besprechungen auf Distanz: Microsoft Teams im Dienst', // Wed 07.07. (today) 14:00–15:30, online, IT-Service, Wendt, free
  ersteHilfe: 'Erste Hilfe am Arbeitsplatz: Ausbildung betrieblicher Ersthelfer', // Fri 09.07. 08:00–16:00, Rathaus Wolmirstedt, Unfallkasse, Behrens, free (Unfallkasse pays), 20 seats
  phishing: 'Der Klick zu viel', // Tue 13.07. 09:00–11:30, online, IT-Service, Wendt, phishing / information security, free
  excel: 'Excel im Verwaltungsalltag: Grundlagen', // Thu 15.07. 08:30–12:30, KVHS Haus Oschersleben, KVHS, Kühne, 85 € (Dienststelle pays)
  deeskalation: 'Wenn der Ton rauer wird', // Tue 20.07. 09:00–15:00, Rathaus Oschersleben, Unfallkasse, Pieper, de-escalation, free
  english: 'Welcome to the Börde: English for Front Office Staff', // Wed 21.07. 13:00–16:00, Kreishaus, KVHS, Clarke, 95 €, in English, deadline passed Fri 02.07. 12:00
  vergabe: 'Vergaberecht kompakt: Aufträge unterhalb der EU-Schwellenwerte', // Tue 27.07. 09:00–16:00, Kreishaus, SKV, Dr. Brandes, 230 €, 20 seats, deadline Fri 16.07. 23:59
  ergonomie: 'Gut sitzen, besser arbeiten', // Thu 29.07. 10:00–11:30, online, Unfallkasse, Dr. Sommer, ergonomics / health promotion, free
  gespraech: 'Mitarbeitergespräche wirksam führen', // Tue 03.08. 09:00–16:00, Kreishaus, PE, Vogt, free, for managers
  eakte: 'Abschied vom Aktenschrank', // Wed 04.08. 09:00–12:00, VG-Verwaltung Flechtingen, IT-Service, Lorenz, e-file, only VG Flechtingen/Elbe-Heide/Obere Aller, free
  mobil: 'Sicher unterwegs mit Diensthandy und Laptop', // Thu 12.08. 13:00–15:30, Kreishaus, IT-Service, Lorenz, IT security, free
  ki: 'Künstliche Intelligenz im Verwaltungsalltag', // Wed 18.08. 09:00–12:00, online, KVHS, Hartmann, 75 €, ChatGPT
  sprache: 'Schreiben, das ankommt', // Tue 24.08. 09:00–16:00, Rathaus Wanzleben-Börde, KVHS, Dr. Winter, 140 €, plain language
  stress: 'Kraftquellen im Arbeitsalltag', // Thu 26.08. 14:00–16:30, online, Unfallkasse, Dr. Sommer, stress / health promotion, free, 30 seats
  rsa: 'Sicherung von Arbeitsstellen an Straßen (RSA 21)', // Tue 07.09. 07:00–15:00, Bauhof Haldensleben, PE, Schulze, 190 €, Bauhof
  doppik: 'Jahresabschluss in der Doppik', // Wed 15.09. 09:00–15:30, Rathaus Barleben, SKV, Dietrich, 210 €
  motorsaege: 'Sicherer Umgang mit der Motorsäge', // Thu 16.09. 07:30–16:00, Bauhof Oebisfelde-Weferlingen, PE, Schrader, 240 €, Bauhof, deadline Fri 27.08.
  pivot: 'Auswerten mit Pivot-Tabellen', // Tue 21.09. 09:00–12:00, online, KVHS, Kühne, 65 €, Excel
  fuehrung: 'Die ersten hundert Tage', // Thu 30.09. (CEST) and Thu 04.11. (CET) 09:00–16:00, Schloss Hundisburg, SKV, Dr. Falk, 520 €, new managers
  widerspruch: 'Verwaltungsakt und Widerspruchsverfahren in der Praxis', // Wed 06.10. 09:00–16:00, Kreisverwaltung Wolmirstedt, SKV, Dr. Brandes, 210 €
  winterdienst: 'Bereit, wenn es glatt wird', // Tue 19.10. 07:00–12:00, Bauhof Oschersleben, Unfallkasse, Schrader, winter service, free, Bauhof
  gesundFuehren: 'Gesund führen', // Wed 10.11. 09:00–12:00, hybrid (Kreishaus), Unfallkasse, Pieper, health promotion for managers, free
  socialMedia: 'Social Media für Kommunen: Instagram, Facebook und Co.', // draft (Tue 14.09.)
  hochwasser: 'Hochwasserschutz und Deichverteidigung', // draft (Tue 16.11.)
  powerpoint: 'Präsentieren mit PowerPoint', // cancelled (Thu 22.07.2027)
  zeit: 'Zeitmanagement: Prioritäten setzen im Büroalltag', // cancelled (Wed 25.08.2027)
  erechnung: 'Die E-Rechnung kommt: Umstellung in Kasse und Buchhaltung', // past (Tue 18 May 2027)
  brandschutz: 'Ausbildung zur Brandschutzhelferin und zum Brandschutzhelfer', // past (Thu 17 June 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.socialMedia, T.hochwasser, T.powerpoint, T.zeit, T.erechnung, T.brandschutz];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- this week, then the other one, then next week -----------------------------------------------------------------
  { conv: 'woche', q: 'Was läuft diese Woche noch?', kind: 'list', titles: [T.teams, T.ersteHilfe] },
  {
    conv: 'woche',
    q: 'Wann fängt der Erste-Hilfe-Kurs an?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['beginnt am Fr., 09.07.2027 um 08:00 Uhr'],
  },
  {
    conv: 'woche',
    q: 'Kostet der was?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse Sachsen-Anhalt für ihre Mitgliedsverwaltungen.'],
  },
  { conv: 'woche', q: 'und der andere?', kind: 'facts', titles: [T.teams], says: ['ist kostenlos'] },
  { conv: 'woche', q: 'Ist der online?', kind: 'facts', titles: [T.teams], says: ['findet online statt'] },
  { conv: 'woche', q: 'und nächste Woche?', kind: 'list', titles: [T.phishing, T.excel] },
  // --- IT security: two seminars, the online one, the other one -------------------------------------------------------
  { conv: 'sicherheit', q: 'Gibt es Schulungen zur IT-Sicherheit?', kind: 'list', ...only(T.phishing, T.mobil) },
  {
    conv: 'sicherheit',
    q: 'Wann ist der Online-Kurs?',
    kind: 'facts',
    titles: [T.phishing],
    says: ['am Di., 13.07.2027 von 09:00 bis 11:30 Uhr'],
  },
  {
    conv: 'sicherheit',
    q: 'und der andere?',
    kind: 'facts',
    titles: [T.mobil],
    says: ['am Do., 12.08.2027 von 13:00 bis 15:30 Uhr'],
  },
  {
    conv: 'sicherheit',
    q: 'Wo findet der statt?',
    kind: 'facts',
    titles: [T.mobil],
    says: ['im Kreishaus Haldensleben'],
  },
  { conv: 'sicherheit', q: 'kostet der was?', kind: 'facts', titles: [T.mobil], says: ['ist kostenlos'] },
  // --- Excel (with a typo): the one in Oschersleben, the other one, only online ---------------------------------------
  { conv: 'excel', q: 'exel kurse', kind: 'list', ...only(T.excel, T.pivot) },
  {
    conv: 'excel',
    q: 'Was kostet der in Oschersleben?',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 85 €'],
    mentions: ['Die Gebühr trägt die entsendende Dienststelle.'],
  },
  { conv: 'excel', q: 'und der andere?', kind: 'facts', titles: [T.pivot], says: ['kostet 65 €'] },
  { conv: 'excel', q: 'nur online', kind: 'list', titles: [T.pivot] },
  {
    conv: 'excel',
    q: 'wie lange dauert der?',
    kind: 'facts',
    titles: [T.pivot],
    says: ['dauert 3 Stunden, von 09:00 bis 12:00 Uhr'],
  },
  // --- Bauhof: three seminars, only September, the chainsaw course, the other one --------------------------------------
  {
    conv: 'bauhof',
    q: 'was gibts für die kollegen vom bauhof',
    kind: 'list',
    ...only(T.rsa, T.motorsaege, T.winterdienst),
  },
  { conv: 'bauhof', q: 'nur im September', kind: 'list', ...only(T.rsa, T.motorsaege) },
  {
    conv: 'bauhof',
    q: 'Wann fängt der Motorsägenkurs an?',
    kind: 'facts',
    titles: [T.motorsaege],
    says: ['beginnt am Do., 16.09.2027 um 07:30 Uhr'],
  },
  {
    conv: 'bauhof',
    q: 'Und der andere?',
    kind: 'facts',
    titles: [T.rsa],
    says: ['beginnt am Di., 07.09.2027 um 07:00 Uhr'],
  },
  { conv: 'bauhof', q: 'Was kostet der?', kind: 'facts', titles: [T.rsa], says: ['kostet 190 €'] },
  // --- health promotion (English): only July, then the one for managers ------------------------------------------------
  {
    conv: 'health',
    q: 'anything on workplace health promotion?',
    locale: 'en',
    kind: 'list',
    ...only(T.ergonomie, T.stress, T.gesundFuehren),
  },
  { conv: 'health', q: 'only in July', locale: 'en', kind: 'list', titles: [T.ergonomie] },
  {
    conv: 'health',
    q: 'how long is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ergonomie],
    says: ['lasts 1.5 hours, from 10:00 to 11:30'],
  },
  {
    conv: 'health',
    q: 'what about the one for managers?',
    locale: 'en',
    kind: 'facts',
    titles: [T.gesundFuehren],
    says: ['lasts 3 hours, from 09:00 to 12:00'],
  },
  {
    conv: 'health',
    q: 'where is it held?',
    locale: 'en',
    kind: 'facts',
    titles: [T.gesundFuehren],
    says: [/at Kreishaus Haldensleben.* or online/],
  },
  // --- managers: the two-day course, then only August -----------------------------------------------------------------
  {
    conv: 'fuehrung',
    q: 'Ich bin Führungskraft – welche Seminare gibt es für mich?',
    kind: 'list',
    ...only(T.gespraech, T.fuehrung, T.gesundFuehren),
  },
  {
    conv: 'fuehrung',
    q: 'Wann ist das für neue Führungskräfte?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 30.09.2027 und Do., 04.11.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  { conv: 'fuehrung', q: 'Was kostet das?', kind: 'facts', titles: [T.fuehrung], says: ['kostet 520 €'] },
  { conv: 'fuehrung', q: 'nur im August', kind: 'list', titles: [T.gespraech] },
  {
    conv: 'fuehrung',
    q: 'Wo findet der statt?',
    kind: 'facts',
    titles: [T.gespraech],
    says: ['im Kreishaus Haldensleben'],
  },
  // --- the Studieninstitut: only Dr. Brandes, the one in Wolmirstedt, the other one ------------------------------------
  {
    conv: 'skv',
    q: 'Was bietet das Studieninstitut an?',
    kind: 'list',
    ...only(T.vergabe, T.doppik, T.fuehrung, T.widerspruch),
  },
  { conv: 'skv', q: 'nur die von Frau Dr. Brandes', kind: 'list', ...only(T.vergabe, T.widerspruch) },
  {
    conv: 'skv',
    q: 'Wann ist der in Wolmirstedt?',
    kind: 'facts',
    titles: [T.widerspruch],
    says: ['am Mi., 06.10.2027 von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'skv',
    q: 'und der andere?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['am Di., 27.07.2027 von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'skv',
    q: 'Bis wann kann ich mich dafür anmelden?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Fr., 16.07.2027, 23:59 Uhr'],
  },
  // --- Oschersleben: the course in the town hall, then only October ---------------------------------------------------
  {
    conv: 'oschersleben',
    q: 'Welche Seminare gibt es in Oschersleben?',
    kind: 'list',
    ...only(T.excel, T.deeskalation, T.winterdienst),
  },
  {
    conv: 'oschersleben',
    q: 'Wer leitet den Kurs im Rathaus?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['leitet Herr Thomas Pieper'],
  },
  {
    conv: 'oschersleben',
    q: 'Und wann ist der?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['am Di., 20.07.2027 von 09:00 bis 15:00 Uhr'],
  },
  { conv: 'oschersleben', q: 'nur im Oktober', kind: 'list', titles: [T.winterdienst] },
  {
    conv: 'oschersleben',
    q: 'Wann geht der los?',
    kind: 'facts',
    titles: [T.winterdienst],
    says: ['beginnt am Di., 19.10.2027 um 07:00 Uhr'],
  },
  // --- online in August (English): the AI one, the other one ----------------------------------------------------------
  { conv: 'august', q: 'online courses in August', locale: 'en', kind: 'list', titles: [T.ki, T.stress] },
  {
    conv: 'august',
    q: 'who runs the AI one?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is led by Herr Felix Hartmann'],
  },
  {
    conv: 'august',
    q: 'and the other one?',
    locale: 'en',
    kind: 'facts',
    titles: [T.stress],
    says: ['is led by Frau Dr. Anja Sommer'],
  },
  { conv: 'august', q: 'is it free?', locale: 'en', kind: 'facts', titles: [T.stress], says: ['is free of charge'] },
  {
    conv: 'august',
    q: 'any seats left?',
    locale: 'en',
    kind: 'facts',
    titles: [T.stress],
    says: ['has 30 of 30 seats left'],
  },
  // --- single questions: topics only the description reveals, filters, a fact ----------------------------------------
  { q: 'Briefe an Bürger verständlicher schreiben', kind: 'list', titles: [T.sprache] },
  { q: 'chatgpt im büro', kind: 'list', titles: [T.ki] },
  { q: 'e-akte einführung', kind: 'list', titles: [T.eakte] },
  { q: 'pöbelnde kunden am schalter', kind: 'list', titles: [T.deeskalation] },
  { q: 'kurze Seminare unter 2 Stunden', kind: 'list', titles: [T.teams, T.ergonomie] },
  { q: 'online seminars in the afternoon', locale: 'en', kind: 'list', titles: [T.teams, T.stress] },
  { q: 'welche seminare kosten mehr als 300 euro', kind: 'list', titles: [T.fuehrung] },
  {
    q: 'registration deadline for the English course',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 2 Jul 2027, 12:00'],
  },
  // --- gone, drafts never shown, no match, greetings, own registrations -----------------------------------------------
  { q: 'wann ist der powerpoint kurs', kind: 'gone', gone: T.powerpoint },
  { q: 'zeitmanagement seminar', kind: 'gone', gone: T.zeit },
  {
    q: 'when was the e-invoicing training',
    locale: 'en',
    kind: 'gone',
    gone: T.erechnung,
    says: ['Tue, 18 May 2027'],
  },
  { q: 'brandschutzhelfer ausbildung wann', kind: 'gone', gone: T.brandschutz, says: ['Do., 17.06.2027'] },
  { q: 'social media schulung', kind: 'none' },
  { q: 'hochwasserschutz', kind: 'none' },
  { q: 'SAP schulung', kind: 'none' },
  { q: 'Hallo', kind: 'help' },
  { q: 'hi there', locale: 'en', kind: 'help' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-sixty-third, independent catalogue (Landkreis Börde, SKV Sachsen-Anhalt, Unfallkasse Sachsen-Anhalt)',
  {
    fixture: 'heldout263-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
