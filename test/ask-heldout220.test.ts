// Over-fitting check, two-hundred-and-twentieth catalogue: the 2027 programme for the Landkreis Bamberg and the Stadt
// Bamberg (Upper Franconia, Bavaria) and the towns and markets around them (Hallstadt, Hirschaid, Memmelsdorf,
// Scheßlitz), with the Bayerischer Kommunaler Prüfungsverband (BKPV), the Bayerische Verwaltungsschule (BVS), the
// Kommunale Unfallversicherung Bayern (KUVB), the Landratsamt's own IT and information security, the Stadt Bamberg
// and the Volkshochschule Bamberg Stadt, imported from a JSON file. Seminars take place in the Landratsamt Bamberg,
// the Rathaus am Maxplatz, the Volkshochschule (Altes E-Werk), the Konzert- und Kongresshalle, the town halls of
// Hallstadt and Scheßlitz, the Feuerwehrhaus Hirschaid, online or hybrid. Several titles do not name their subject
// ("Der Anruf vom falschen Chef" is social engineering / CEO fraud, "Tabellen, die mitdenken" Excel, "Aufrecht durch
// den Arbeitstag" ergonomics, "Ruhig bleiben, wenn es laut wird" de-escalation, "Schreiben, das ankommt" plain
// language, "Plötzlich Chefin, plötzlich Chef" leadership, "Verwaltung rund um die Uhr" the OZG / BayernPortal,
// "Ordnung ohne Ordner" the e-file, "Kraftquellen im Arbeitsalltag" stress, "Gut vernetzt im Homeoffice" Microsoft
// Teams), so only summary, description or topics reveal it; one seminar is held in English; the leadership course
// runs on two days; the e-file course is open only to Hallstadt, Hirschaid and Memmelsdorf; first aid is free, paid
// by the KUVB. Questions are written the way an acceptance tester would try the bot, with many short follow-up
// conversations, about a third in English, without looking at the parser or the answers.
//
// Calendar around `now` (Tuesday 2 March 2027, 10:00 in Bamberg, winter time; summer time begins Sun 28.03.2027):
//   this week:  nothing more today; Wed 03.03. 10:00–11:30 social engineering (online, tomorrow), Thu 04.03.
//               09:00–16:00 audit (BKPV, Landratsamt), Fri 05.03. 13:00–15:00 data protection (hybrid, Maxplatz)
//   next week:  Mon 08.03. 09:00–12:00 Excel (online), Tue 09.03. 13:30–16:00 ergonomics (Rathaus Hallstadt), Wed
//               10.03. 09:00–12:30 English (VHS; deadline passed Fri 26.02. 23:59), Thu 11.03. 14:00–16:30 AI
//               (hybrid, Landratsamt); nothing on Fri 12.03. and nothing from 12.03. to 21.03.
//   then:       Mon 22.03. procurement (Landratsamt; deadline Fri 05.03. 12:00), Tue 23.03. first aid (Feuerwehrhaus
//               Hirschaid, 08:30–16:30), the cancelled Outlook course (Wed 24.03.), Thu 25.03. de-escalation (Maxplatz)
//   April:      Tue 06. Word (online), Wed 14. plain language (VHS), Tue 20./Wed 21. leadership (Landratsamt), the
//               cancelled chainsaw course (Tue 27.04., Kreisbauhof Scheßlitz), Thu 29. OZG (online)
//   May:        Tue 04. budget law (BKPV, Landratsamt, deadline = start), Wed 12. Widerspruch (Rathaus Scheßlitz), Tue
//               18. e-file (Rathaus Hallstadt, members only, free), Thu 20. stress (online, free, 14:00–15:30)
//   June:       Tue 08. Scrum/Kanban (Kongresshalle), Wed 16. council meetings (Landratsamt; deadline Fri 28.05.
//               23:59); the draft beaver course on Thu 17.06.
//   July:       Thu 01. Bauleitplanung (Rathaus Scheßlitz), Wed 14. Teams/home office (online); the draft Czech course
//               on Tue 13.07.
//   past:       Tue 19.01.2027 XRechnung (online, BKPV), Thu 11.02.2027 winter road service (Landratsamt, KUVB).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-03-02T09:00:00Z'); // Tuesday, 2 March 2027, 10:00 in Bamberg (CET)
const TZ = 'Europe/Berlin';

const T = {
  anruf: 'Der Anruf vom falschen Chef', // Wed 03.03. 10:00–11:30, online, LRA Informationssicherheit, Dietz, social engineering / CEO fraud, free
  pruefung: 'Örtliche Rechnungsprüfung kompakt', // Thu 04.03. 09:00–16:00, Landratsamt, BKPV, Dr. Seubert, 240 €
  datenschutz: 'Datenschutz kompakt: Melderegister, Auskunftssperren, Betroffenenrechte', // Fri 05.03. 13:00–15:00, hybrid (Rathaus am Maxplatz), Stadt Bamberg, Reinhardt, free
  excel: 'Tabellen, die mitdenken', // Mon 08.03. 09:00–12:00, online, BVS, Kraus, 85 € (Dienststelle pays), Excel
  ruecken: 'Aufrecht durch den Arbeitstag', // Tue 09.03. 13:30–16:00, Rathaus Hallstadt, KUVB, Brehm, ergonomics, free
  english: 'Welcome to Bamberg: English for Front-Desk Staff', // Wed 10.03. 09:00–12:30, VHS, O'Connor, 90 €, deadline passed Fri 26.02. 23:59
  ki: 'KI im Amt: Chancen, Grenzen, Regeln', // Thu 11.03. 14:00–16:30, hybrid (Landratsamt), LRA IT, Vogt, free
  vergabe: 'Vergabe unterhalb der EU-Schwellenwerte: UVgO und VOB/A', // Mon 22.03. 09:00–16:00, Landratsamt, BVS, Pflaum, 260 €, deadline Fri 05.03. 12:00
  ersteHilfe: 'Erste Hilfe im Betrieb: Ausbildung für Ersthelferinnen und Ersthelfer', // Tue 23.03. 08:30–16:30, Feuerwehrhaus Hirschaid, KUVB, Neubauer, free (KUVB pays)
  deeskalation: 'Ruhig bleiben, wenn es laut wird', // Thu 25.03. 09:00–15:00, Rathaus am Maxplatz, KUVB, Lindner, free
  word: 'Word für Fortgeschrittene: Serienbriefe, Formulare, Dokumentvorlagen', // Tue 06.04. 09:00–12:00, online, BVS, Kraus, 75 €
  sprache: 'Schreiben, das ankommt', // Wed 14.04. 09:00–16:00, VHS, Dr. Gebhardt, 130 €, plain language
  fuehrung: 'Plötzlich Chefin, plötzlich Chef', // Tue 20.04. and Wed 21.04. 09:00–16:00, Landratsamt, BVS, Dr. Reuter, 480 €, 12 seats
  ozg: 'Verwaltung rund um die Uhr', // Thu 29.04. 13:00–16:00, online, LRA IT, Vogt, OZG / BayernPortal, free
  haushalt: 'Kommunales Haushaltsrecht in Bayern: Kameralistik und Doppik', // Tue 04.05. 09:00–16:00, Landratsamt, BKPV, Dr. Sauer, 250 €, no deadline given
  widerspruch: 'Verwaltungsakt und Widerspruchsverfahren rechtssicher gestalten', // Wed 12.05. 09:00–16:00, Rathaus Scheßlitz, BVS, Hertel, 210 €
  eakte: 'Ordnung ohne Ordner', // Tue 18.05. 09:00–12:00, Rathaus Hallstadt, LRA IT, Dietz, e-file, only Hallstadt/Hirschaid/Memmelsdorf, free
  stress: 'Kraftquellen im Arbeitsalltag', // Thu 20.05. 14:00–15:30, online, KUVB, Brehm, stress / resilience, free
  agile: 'Projekte agil steuern: Scrum und Kanban in der Verwaltung', // Tue 08.06. 09:00–16:00, Konzert- und Kongresshalle, BVS, Kestler, 230 €
  sitzung: 'Sitzungsdienst in Gemeinderat und Kreistag', // Wed 16.06. 09:00–16:00, Landratsamt, BVS, Hertel, 190 €, 18 seats, deadline Fri 28.05. 23:59
  bau: 'Bauleitplanung kompakt: Flächennutzungsplan und Bebauungsplan', // Thu 01.07. 09:00–16:00, Rathaus Scheßlitz, BVS, Hümmer, 220 €
  homeoffice: 'Gut vernetzt im Homeoffice', // Wed 14.07. 10:00–11:30, online, Stadt Bamberg IT, Ebert, Microsoft Teams, free
  biber: 'Biber, Wildschwein & Co.: Wildtiere im Siedlungsraum', // draft (Thu 17.06.)
  tschechisch: 'Tschechisch für den Bürgerservice: Grundkurs', // draft (Tue 13.07.)
  outlook: 'Outlook im Griff: Termine, Aufgaben und E-Mails organisieren', // cancelled (Wed 24.03.2027)
  motorsaege: 'Motorsägenführerschein für Bauhofbeschäftigte (Modul A)', // cancelled (Tue 27.04.2027, Kreisbauhof Scheßlitz)
  erechnung: 'Die E-Rechnung kommt: XRechnung empfangen und verarbeiten', // past (Tue 19 January 2027)
  winterdienst: 'Winterdienst und Verkehrssicherungspflicht', // past (Thu 11 February 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.biber, T.tschechisch, T.outlook, T.motorsaege, T.erechnung, T.winterdienst];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'anruf', q: 'gibt es eine schulung zu social engineering?', kind: 'list', titles: [T.anruf] },
  {
    conv: 'anruf',
    q: 'wann ist die?',
    kind: 'facts',
    titles: [T.anruf],
    says: ['am Mi., 03.03.2027 von 10:00 bis 11:30 Uhr'],
  },
  { conv: 'anruf', q: 'und wo?', kind: 'facts', titles: [T.anruf], says: ['findet online statt'] },
  { conv: 'pruefung', q: 'örtliche rechnungsprüfung', kind: 'list', titles: [T.pruefung] },
  {
    conv: 'pruefung',
    q: 'wer leitet den?',
    kind: 'facts',
    titles: [T.pruefung],
    says: ['leitet Frau Dr. Katrin Seubert'],
  },
  { conv: 'vergabe', q: 'any training on public procurement?', locale: 'en', kind: 'list', titles: [T.vergabe] },
  {
    conv: 'vergabe',
    q: "what's the registration deadline?",
    locale: 'en',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['until Fri, 5 Mar 2027, 12:00'],
  },
  {
    conv: 'vergabe',
    q: 'how much does it cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['costs €260'],
  },
  { conv: 'ersthilfe', q: 'ersthelfer ausbildung', kind: 'list', titles: [T.ersteHilfe] },
  {
    conv: 'ersthilfe',
    q: 'was kostet das?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Kommunale Unfallversicherung Bayern.'],
  },
  {
    conv: 'ersthilfe',
    q: 'wann fängt der an?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['beginnt am Di., 23.03.2027 um 08:30 Uhr'],
  },
  { conv: 'ersthilfe', q: 'und wo?', kind: 'facts', titles: [T.ersteHilfe], says: ['im Feuerwehrhaus Hirschaid'] },
  { conv: 'stress', q: 'anything about coping with stress?', locale: 'en', kind: 'list', titles: [T.stress] },
  { conv: 'stress', q: 'is it online?', locale: 'en', kind: 'facts', titles: [T.stress], says: ['takes place online'] },
  { conv: 'fuehrung', q: 'seminar für neue führungskräfte', kind: 'list', titles: [T.fuehrung] },
  {
    conv: 'fuehrung',
    q: 'wann genau?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Di., 20.04.2027 und Mi., 21.04.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'fuehrung',
    q: 'gibt es noch plätze?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  { conv: 'fuehrung', q: 'was kostet der', kind: 'facts', titles: [T.fuehrung], says: ['kostet 480 €'] },
  { conv: 'sprache', q: 'bürgernahe sprache', kind: 'list', titles: [T.sprache] },
  {
    conv: 'sprache',
    q: 'wo findet der statt?',
    kind: 'facts',
    titles: [T.sprache],
    says: ['in der Volkshochschule Bamberg Stadt'],
  },
  { conv: 'ozg', q: 'training on the BayernPortal?', locale: 'en', kind: 'list', titles: [T.ozg] },
  {
    conv: 'ozg',
    q: 'when is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ozg],
    says: ['on Thu, 29 Apr 2027 from 13:00 to 16:00'],
  },
  {
    conv: 'ozg',
    q: 'who is the trainer?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ozg],
    says: ['is led by Frau Lena Vogt'],
  },
  { conv: 'ki', q: 'künstliche intelligenz', kind: 'list', titles: [T.ki] },
  {
    conv: 'ki',
    q: 'findet das online statt?',
    kind: 'facts',
    titles: [T.ki],
    says: [/im Landratsamt Bamberg.* oder online/],
  },
  {
    conv: 'ki',
    q: 'bis wann kann man sich anmelden?',
    kind: 'facts',
    titles: [T.ki],
    says: ['bis Do., 11.03.2027, 14:00 Uhr'],
  },
  {
    conv: 'tresen',
    q: 'how do I deal with aggressive citizens?',
    locale: 'en',
    kind: 'list',
    titles: [T.deeskalation],
  },
  {
    conv: 'tresen',
    q: 'when is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['on Thu, 25 Mar 2027 from 09:00 to 15:00'],
  },
  // --- facts -----------------------------------------------------------------------------------------------------------
  { q: 'how much is the english course', locale: 'en', kind: 'facts', titles: [T.english], says: ['costs €90'] },
  {
    q: 'registration deadline for the english course',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 26 Feb 2027, 23:59'],
  },
  {
    q: 'wie lange dauert aufrecht durch den arbeitstag',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['dauert 2,5 Stunden, von 13:30 bis 16:00 Uhr'],
  },
  {
    q: 'where is the scrum course',
    locale: 'en',
    kind: 'facts',
    titles: [T.agile],
    says: ['takes place at Konzert- und Kongresshalle Bamberg'],
  },
  {
    q: 'how long is the leadership course',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['lasts 2 days, each from 09:00 to 16:00'],
  },
  {
    q: 'anmeldeschluss haushaltsrecht',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['bis Di., 04.05.2027, 09:00 Uhr'],
  },
  // --- topic searches: typos, words only in summary or description, synonyms ------------------------------------------
  { q: 'CEO fraud', locale: 'en', kind: 'list', titles: [T.anruf] },
  { q: 'pivot tabellen in exel', kind: 'list', titles: [T.excel] },
  { q: 'reanimation', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'datenshutz schulung', kind: 'list', titles: [T.datenschutz] },
  { q: 'back pain at the desk', locale: 'en', kind: 'list', titles: [T.ruecken] },
  { q: 'microsoft teams', locale: 'en', kind: 'list', titles: [T.homeoffice] },
  { q: 'e-akte', kind: 'list', titles: [T.eakte] },
  // --- filters: dates, time of day, format, place, trainer, provider, length, cost, language -------------------------
  { q: 'was ist diese woche noch', kind: 'list', titles: [T.anruf, T.pruefung, T.datenschutz] },
  { q: 'was ist morgen', kind: 'list', titles: [T.anruf] },
  { q: 'nächste woche vormittags', kind: 'list', titles: [T.excel, T.english] },
  { q: 'anything next week in the afternoon', locale: 'en', kind: 'list', titles: [T.ruecken, T.ki] },
  {
    q: 'was ist in den nächsten zwei wochen kostenlos',
    kind: 'list',
    titles: [T.anruf, T.datenschutz, T.ruecken, T.ki],
  },
  { q: 'online seminare im april', kind: 'list', titles: [T.word, T.ozg] },
  { q: "what's on next month", locale: 'en', kind: 'list', titles: [T.word, T.sprache, T.fuehrung, T.ozg] },
  { q: 'kostenlose seminare im mai', kind: 'list', titles: [T.eakte, T.stress] },
  { q: 'was gibt es in scheßlitz', kind: 'list', ...only(T.widerspruch, T.bau) },
  { q: 'courses by sabine hertel', locale: 'en', kind: 'list', ...only(T.widerspruch, T.sitzung) },
  {
    q: 'what does the KUVB offer',
    locale: 'en',
    kind: 'list',
    ...only(T.ruecken, T.ersteHilfe, T.deeskalation, T.stress),
  },
  { q: 'angebote vom prüfungsverband', kind: 'list', ...only(T.pruefung, T.haushalt) },
  { q: 'mehrtägige seminare', kind: 'list', titles: [T.fuehrung] },
  { q: 'any courses in english', locale: 'en', kind: 'list', titles: [T.english] },
  { q: 'hybride veranstaltungen', kind: 'list', ...only(T.datenschutz, T.ki) },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'wann ist der motorsägen lehrgang', kind: 'gone', gone: T.motorsaege },
  { q: 'outlook kurs', kind: 'gone', gone: T.outlook },
  {
    q: 'when was the XRechnung course',
    locale: 'en',
    kind: 'gone',
    gone: T.erechnung,
    says: ['Tue, 19 Jan 2027'],
  },
  { q: 'wann war das seminar zum winterdienst', kind: 'gone', gone: T.winterdienst, says: ['Do., 11.02.2027'] },
  { q: 'biber', kind: 'none' },
  { q: 'Servus', kind: 'help' },
  { q: 'hi, what can you do?', locale: 'en', kind: 'help' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-twentieth, independent catalogue (Landkreis and Stadt Bamberg, BKPV, BVS, KUVB)',
  {
    fixture: 'heldout220-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
