// Over-fitting check, hundred-and-seventy-ninth catalogue: the 2028 spring programme of the Erzgebirgskreis (Saxony) with
// the Sächsische Verwaltungs- und Wirtschaftsakademie (SKVA), the Landratsamt's Referat Personalentwicklung, the Saxon
// municipal IT provider KISA, the Unfallkasse Sachsen and the Volkshochschule Erzgebirgskreis, for the county and its
// towns (Annaberg-Buchholz, Aue-Bad Schlema, Marienberg, Stollberg, Schwarzenberg, Olbernhau), imported from a JSON
// file. Seminars take place in the Landratsamt in Annaberg-Buchholz and its offices in Aue and Stollberg, the town halls
// of Aue, Marienberg, Schwarzenberg and Olbernhau, the Kulturhaus Aue, the Bürgerhaus Stollberg, the VHS in
// Annaberg-Buchholz and Aue, the Bauhof Olbernhau, the ADAC Fahrsicherheitszentrum Sachsenring, online or hybrid.
// Twelve titles do not name their subject ("Erst denken, dann klicken" is information security, "Gelassen bleiben, wenn
// es brennt" stress management, "Ordnung im Posteingang" Outlook, "Wenn Gespräche kippen" de-escalation, "Schluss mit
// dem Papierstapel" the e-file, "Klar geschrieben, gern gelesen" plain language, "Gut ankommen" a driving safety
// training, "Geld zurück in die Kasse" enforcement of claims, "Anträge per Mausklick" the OZG, "Der erste Eindruck
// zählt" telephone manners, "Zeit für das Wesentliche" time management, "Alles auf einer Karte" GIS), so only summary,
// description or topics reveal it; one seminar is held in English; the leadership course runs on two days and has no
// waitlist; the OZG course is open only to Stollberg and Schwarzenberg; information security and first aid are free. A
// balanced mix as in acceptance: facts of every kind, follow-ups, topic searches with typos and synonyms, filters,
// cancelled, past and draft seminars, no match, greetings and thanks; about a quarter of the questions in English.
// Written without looking at the parser or the search.
//
// Calendar around `now` (Wednesday 15 March 2028, 09:30 in Annaberg-Buchholz, winter time; summer time begins Sun
// 26.03.2028):
//   this week:  nothing more today; Thu 16.03. 13:00–15:30 Teams (online, tomorrow), Fri 17.03. 09:00–15:30 data
//               protection in registration offices (hybrid, Landratsamt Annaberg-Buchholz)
//   next week:  Mon 20.03. morning (information security, online), Tue 21.03. afternoon (stress, online), Wed 22.03.
//               morning (English, VHS Annaberg-Buchholz; deadline passed Fri 10.03.), Thu 23.03. afternoon (AI, hybrid)
//   then:       Tue 28.03. Outlook (online), the cancelled social-media course on Wed 29.03., Thu 30.03. first aid
//               (Stollberg)
//   April:      Tue 04. Kita fees (Rathaus Aue), Thu 06. de-escalation (Kulturhaus Aue), Tue 11. e-file (online), the
//               cancelled ladder course on Tue 18., Thu 20./Fri 21. leadership (Rathaus Marienberg), Tue 25. procurement
//               law (Annaberg-Buchholz; deadline Fri 07.04. 12:00), Thu 27. plain language (Stollberg)
//   May:        Wed 03. driving safety (Sachsenring), Tue 09. Excel (VHS Aue), Thu 11. enforcement (Schwarzenberg),
//               Tue 16. OZG (online, Stollberg and Schwarzenberg only), Wed 24. e-invoicing (hybrid, Aue), Tue 30.
//               telephone (Rathaus Marienberg); the draft accessible-PDF course on Tue 23.05.
//   June:       Wed 07. time management (Olbernhau), Tue 13. staff appraisals (Annaberg-Buchholz), Thu 15. playground
//               inspection (Bauhof Olbernhau), Tue 20. GIS (Annaberg-Buchholz); the draft property-tax course on Wed 14.06.
//   past:       Thu 20.01.2028 winter road service (Marienberg), Tue 15.02.2028 fire wardens (Stollberg).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-03-15T08:30:00Z'); // Wednesday, 15 March 2028, 09:30 in Annaberg-Buchholz (CET)
const TZ = 'Europe/Berlin';

const T = {
  teams: 'Zusammenarbeiten in Microsoft Teams: Kanäle, Dateien, Besprechungen', // Thu 16.03. 13:00–15:30, online, KISA, Seidel, 95 €
  meldedaten: 'Datenschutz im Meldewesen: Auskunftssperren und Melderegisterauskünfte', // Fri 17.03. 09:00–15:30, hybrid (LRA Annaberg), SKVA, Dr. Uhlig, 160 €
  phishing: 'Erst denken, dann klicken', // Mon 20.03. 09:00–11:00, online, KISA, Fritzsch, information security, free
  stress: 'Gelassen bleiben, wenn es brennt', // Tue 21.03. 13:00–16:00, online, VHS, Lorenz, stress management, 49 €
  english: "Welcome to the Erzgebirge: English for Visitor Information and Citizens' Offices", // Wed 22.03. 09:00–12:30, VHS Annaberg, Whitfield, 110 €, English, deadline passed Fri 10.03. 23:59
  ki: 'Künstliche Intelligenz im Verwaltungsalltag: Chancen, Grenzen, Regeln', // Thu 23.03. 13:00–16:00, hybrid (LRA Annaberg), KISA, Fritzsch, 75 €
  outlook: 'Ordnung im Posteingang', // Tue 28.03. 09:00–12:00, online, VHS, Kreißl, Outlook, 59 €
  ersteHilfe: 'Erste Hilfe im Betrieb: Grundausbildung für Ersthelferinnen und Ersthelfer', // Thu 30.03. 08:00–15:30, LRA Stollberg, Unfallkasse, Weigel, free
  kita: 'Elternbeiträge in Kindertageseinrichtungen nach dem SächsKitaG', // Tue 04.04. 09:00–15:00, Rathaus Aue, SKVA, Wagner, 145 €, deadline Tue 21.03. 23:59
  deeskalation: 'Wenn Gespräche kippen', // Thu 06.04. 09:00–15:00, Kulturhaus Aue, LRA PE, Schubert, 85 €, de-escalation
  eakte: 'Schluss mit dem Papierstapel', // Tue 11.04. 09:00–12:00, online, KISA, Seidel, e-file, 80 €
  fuehrung: 'Neu in der Führungsrolle: Grundlagen der Mitarbeiterführung', // Thu 20.04. and Fri 21.04. 09:00–16:00, Rathaus Marienberg, SKVA, Dr. Meinel, 420 €, 12 seats, no waitlist
  vergabe: 'Vergaberecht kompakt: Aufträge nach SächsVergabeG und UVgO', // Tue 25.04. 09:00–16:00, LRA Annaberg, SKVA, Oehme, 195 €, deadline Fri 07.04. 12:00
  sprache: 'Klar geschrieben, gern gelesen', // Thu 27.04. 09:00–15:00, Bürgerhaus Stollberg, VHS, Kreißl, plain language, 120 €
  verkehr: 'Gut ankommen', // Wed 03.05. 08:30–15:30, Sachsenring, Unfallkasse, Lindner, driving safety, 120 € (half refunded)
  excel: 'Excel für Einsteiger: Tabellen, Formeln, Diagramme', // Tue 09.05. 09:00–15:00, VHS Aue, Viehweger, 89 €
  vollstreckung: 'Geld zurück in die Kasse', // Thu 11.05. 09:00–15:30, Rathaus Schwarzenberg, SKVA, Oehme, enforcement, 165 €
  ozg: 'Anträge per Mausklick', // Tue 16.05. 13:00–16:00, online, KISA, Fritzsch, OZG, only Stollberg/Schwarzenberg, 70 €
  rechnung: 'E-Rechnung in der Kommune: Empfang, Prüfung, Freigabe', // Wed 24.05. 09:00–12:00, hybrid (LRA Aue), KISA, Seidel, 90 €
  telefon: 'Der erste Eindruck zählt', // Tue 30.05. 09:00–12:00, Rathaus Marienberg, VHS, Schönherr, telephone, 65 €
  zeit: 'Zeit für das Wesentliche', // Wed 07.06. 09:00–12:30, Rathaus Olbernhau, VHS, Lorenz, time management, 79 €
  gespraech: 'Mitarbeitergespräche und Beurteilungen fair führen', // Tue 13.06. 09:00–16:00, LRA Annaberg, LRA PE, Dr. Meinel, 140 €, for managers
  spielplatz: 'Spielplätze sicher prüfen: Sichtkontrolle und operative Inspektion', // Thu 15.06. 08:00–15:00, Bauhof Olbernhau, Unfallkasse, Lindner, 150 €, 8 seats
  gis: 'Alles auf einer Karte', // Tue 20.06. 09:00–12:00, LRA Annaberg, LRA PE, Kaden, GIS, 60 €
  pdf: 'Barrierefreie PDF-Dokumente erstellen', // draft (Tue 23.05.)
  grundsteuer: 'Grundsteuer nach der Reform: Hebesätze, Messbescheide, Erlass', // draft (Wed 14.06.)
  social: 'Social Media im Rathaus: Instagram und Facebook für Kommunen', // cancelled (Wed 29.03.2028)
  leiter: 'Sicher auf Leiter und Gerüst: Arbeiten in der Höhe für Bauhofbeschäftigte', // cancelled (Tue 18.04.2028)
  winterdienst: 'Winterdienst rechtssicher organisieren: Räum- und Streupflicht der Gemeinden', // past (Thu 20 January 2028)
  brandschutz: 'Ausbildung zur Brandschutzhelferin und zum Brandschutzhelfer', // past (Tue 15 February 2028)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.pdf, T.grundsteuer, T.social, T.leiter, T.winterdienst, T.brandschutz];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  { q: 'was kostet das seminar zu den elternbeiträgen', kind: 'facts', titles: [T.kita], says: ['kostet 145 €'] },
  {
    q: 'ist erste hilfe kostenlos',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Kosten trägt die Unfallkasse Sachsen.'],
  },
  { q: 'how much is the excel course', locale: 'en', kind: 'facts', titles: [T.excel], says: ['costs €89'] },
  // --- facts: when (one day, two days), start time, duration ------------------------------------------------------------
  {
    q: 'wann ist die spielplatz schulung',
    kind: 'facts',
    titles: [T.spielplatz],
    says: ['am Do., 15.06.2028 von 08:00 bis 15:00 Uhr'],
  },
  {
    q: 'when is the teams training',
    locale: 'en',
    kind: 'facts',
    titles: [T.teams],
    says: ['on Thu, 16 Mar 2028 from 13:00 to 15:30'],
  },
  {
    q: 'wann findet neu in der führungsrolle statt',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 20.04.2028 und Fr., 21.04.2028', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'what time does the first aid course start',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['starts on Thu, 30 Mar 2028 at 08:00'],
  },
  {
    q: 'um wieviel uhr beginnt der excel kurs',
    kind: 'facts',
    titles: [T.excel],
    says: ['beginnt am Di., 09.05.2028 um 09:00 Uhr'],
  },
  {
    q: 'wie lange dauert der outlook kurs',
    kind: 'facts',
    titles: [T.outlook],
    says: ['dauert 3 Stunden, von 09:00 bis 12:00 Uhr'],
  },
  // --- facts: where, when and where, format, trainer, deadline, seats ----------------------------------------------------
  {
    q: 'wo ist das seminar zur vollstreckung',
    kind: 'facts',
    titles: [T.vollstreckung],
    says: ['im Rathaus Schwarzenberg'],
  },
  { q: 'wo ist das zeitmanagement seminar', kind: 'facts', titles: [T.zeit], says: ['im Rathaus Olbernhau'] },
  {
    q: 'wann und wo ist das telefontraining',
    kind: 'facts',
    titles: [T.telefon],
    says: ['am Di., 30.05.2028 von 09:00 bis 12:00 Uhr im Rathaus Marienberg'],
  },
  {
    q: 'ki schulung online oder präsenz',
    kind: 'facts',
    titles: [T.ki],
    says: [/findet hybrid statt|oder online statt/],
  },
  {
    q: 'wer leitet das seminar zu mitarbeitergesprächen',
    kind: 'facts',
    titles: [T.gespraech],
    says: ['leitet Frau Dr. Katja Meinel'],
  },
  {
    q: 'who runs the E-Akte training',
    locale: 'en',
    kind: 'facts',
    titles: [T.eakte],
    says: ['is led by Frau Katrin Seidel'],
  },
  { q: 'anmeldeschluss vergaberecht', kind: 'facts', titles: [T.vergabe], says: ['bis Fr., 07.04.2028, 12:00 Uhr'] },
  {
    q: 'registration deadline for the english course',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 10 Mar 2028, 23:59'],
  },
  {
    q: 'sind bei neu in der führungsrolle noch plätze frei',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  { conv: 'poebeln', q: 'was tun wenn besucher im amt pöbeln', kind: 'list', titles: [T.deeskalation] },
  {
    conv: 'poebeln',
    q: 'wann ist das',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['am Do., 06.04.2028 von 09:00 bis 15:00 Uhr'],
  },
  { conv: 'poebeln', q: 'was kostet es', kind: 'facts', titles: [T.deeskalation], says: ['kostet 85 €'] },
  { conv: 'mails', q: 'any training on phishing emails', locale: 'en', kind: 'list', titles: [T.phishing] },
  {
    conv: 'mails',
    q: 'does it cost anything',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['is free of charge'],
  },
  {
    conv: 'mails',
    q: 'when is it',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['on Mon, 20 Mar 2028 from 09:00 to 11:00'],
  },
  { conv: 'karte', q: 'gibt es was zu gis', kind: 'list', titles: [T.gis] },
  { conv: 'karte', q: 'wo findet das statt', kind: 'facts', titles: [T.gis], says: ['im Landratsamt Erzgebirgskreis'] },
  { conv: 'karte', q: 'wer leitet das', kind: 'facts', titles: [T.gis], says: ['leitet Herr Falk Kaden'] },
  { conv: 'karte', q: 'super, danke dir', kind: 'thanks' },
  { conv: 'leer', q: 'und wie viel kostet das?', kind: 'noContext' },
  // --- topic searches: words only in summary, description or topics, synonyms, typos ----------------------------------
  { q: 'stressbewältigung', kind: 'list', titles: [T.stress] },
  { q: 'outlok', kind: 'list', titles: [T.outlook] },
  { q: 'mahnverfahren', kind: 'list', titles: [T.vollstreckung] },
  { q: 'bürgernahe sprache', kind: 'list', titles: [T.sprache] },
  { q: 'onlinezugangsgesetz', kind: 'list', titles: [T.ozg] },
  { q: 'fahrsicherheitstraining', kind: 'list', titles: [T.verkehr] },
  {
    miss: '"Gebühren" of a two-word subject is read as the question of the cost (the seminar is shown, with its fee)',
    q: 'kita gebühren',
    kind: 'list',
    titles: [T.kita],
  },
  { q: 'rechnungen digital empfangen', kind: 'list', titles: [T.rechnung] },
  { q: 'chatgpt training', locale: 'en', kind: 'list', titles: [T.ki] },
  { q: 'microsoft teams', locale: 'en', kind: 'list', titles: [T.teams] },
  // --- filters: dates, time of day, place, trainer, provider, audience, length, cost, language ------------------------
  { q: 'was gibt es diese woche noch', kind: 'list', titles: [T.teams, T.meldedaten] },
  { q: "what's on next week", locale: 'en', kind: 'list', titles: [T.phishing, T.stress, T.english, T.ki] },
  { q: 'nächste woche nachmittags', kind: 'list', titles: [T.stress, T.ki] },
  {
    q: 'was gibt es im mai',
    kind: 'list',
    titles: [T.verkehr, T.excel, T.vollstreckung, T.ozg, T.rechnung, T.telefon],
  },
  { q: 'anything in june', locale: 'en', kind: 'list', titles: [T.zeit, T.gespraech, T.spielplatz, T.gis] },
  { q: 'seminare in marienberg', kind: 'list', ...only(T.fuehrung, T.telefon) },
  { q: 'kurse von frau kreissl', kind: 'list', ...only(T.outlook, T.sprache) },
  { q: 'was bietet die unfallkasse an', kind: 'list', ...only(T.ersteHilfe, T.verkehr, T.spielplatz) },
  { q: 'was bietet die kisa an', kind: 'list', ...only(T.teams, T.phishing, T.ki, T.eakte, T.ozg, T.rechnung) },
  { q: 'seminare für führungskräfte', kind: 'list', ...only(T.fuehrung, T.gespraech) },
  { q: 'kostenlose seminare', kind: 'list', ...only(T.phishing, T.ersteHilfe) },
  { q: 'mehrtägige fortbildungen', kind: 'list', titles: [T.fuehrung] },
  { q: 'courses held in english', locale: 'en', kind: 'list', titles: [T.english] },
  // --- details, registrations ------------------------------------------------------------------------------------------
  { q: 'erzähl mir mehr über den excel kurs', kind: 'details', titles: [T.excel] },
  { q: 'wo bin ich überall angemeldet', kind: 'myRegistrations' },
  // --- gone, drafts never shown, no match, greetings, thanks -----------------------------------------------------------
  { q: 'wann ist der social media kurs', kind: 'gone', gone: T.social },
  {
    miss: '"in der Höhe" of the cancelled seminar\'s title is read as a place, which the address of another seminar has',
    q: 'was kostet der kurs arbeiten in der höhe',
    kind: 'gone',
    gone: T.leiter,
  },
  { q: 'winterdienst schulung wann war die', kind: 'gone', gone: T.winterdienst, says: ['Do., 20.01.2028'] },
  {
    q: 'when was the brandschutzhelfer training',
    locale: 'en',
    kind: 'gone',
    gone: T.brandschutz,
    says: ['Tue, 15 Feb 2028'],
  },
  { q: 'barrierefreie pdf', kind: 'none' },
  { q: 'grundsteuer', kind: 'none' },
  { q: 'french course', locale: 'en', kind: 'none' },
  { q: 'Glück auf!', kind: 'help' },
  { q: 'hey, what can you do?', locale: 'en', kind: 'help' },
  { q: 'thanks a lot!', locale: 'en', kind: 'thanks' },
];

heldoutSuite(
  'answering questions about a hundred-and-seventy-ninth, independent catalogue (Erzgebirgskreis, SKVA, KISA, Unfallkasse Sachsen)',
  {
    fixture: 'heldout179-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
