// Over-fitting check, three-hundred-and-thirty-first catalogue: the autumn/winter 2028/29 programme for the Stadt
// Dessau-Roßlau (Saxony-Anhalt), its Eigenbetrieb Stadtpflege, the Anhaltisches Theater and the Städtisches Klinikum
// Dessau, with the Studieninstitut für kommunale Verwaltung Sachsen-Anhalt (SIKOSA), the Unfallkasse Sachsen-Anhalt,
// the Volkshochschule Dessau-Roßlau, Dataport (the IT-Dienstleister des Landes) and the city's own Personalentwicklung,
// IT-Service, Datenschutzbeauftragte and Wahlamt, imported from a JSON file. Seminars take place in the Rathaus Dessau,
// the Rathaus Roßlau, the Volkshochschule, the Städtisches Klinikum, the Betriebshof der Stadtpflege, the Studieninstitut
// in Magdeburg, online or hybrid. Several titles do not name their subject ("Klick mit Köpfchen" is phishing / IT
// security, "Zurück an Bord" BEM, "Akku leer?" stress and burnout, "Schreibhilfe auf Knopfdruck" AI, "Die neue Rolle"
// new managers, "Mandat im Ehrenamt" the KVG LSA for Ortschaftsräte, "Ruhig bleiben, wenn es laut wird" de-escalation
// with aggressive citizens, "Der Aktenschrank zieht um" the e-file, "Gut gehoben ist halb getragen" lifting and carrying,
// "Gemeinsam statt nacheinander" Teams and SharePoint, "Bilanz ziehen" the Doppik year-end closing, "Zwischen den
// Zeilen" job references, "Durchatmen nach Dienstschluss" yoga), so only summary, description or topics reveal it; one
// course is held in English on three Tuesday evenings; the leadership course runs on two Thursdays across the end of
// summer time (Sun 29.10.2028); lifting and carrying is open only to the Stadtpflege; first aid is free, paid by the
// Unfallkasse. The questions are typed in a hurry into a search box: lowercase, no umlauts, typos, abbreviations, two or
// three words, sometimes just a month or a weekday, a few English keywords; written without looking at the parser or
// the answers.
//
// Calendar around `now` (Tuesday 17 October 2028, 09:40 in Dessau, summer time; summer time ends Sun 29.10.2028;
// Tue 31.10.2028 is Reformationstag, a public holiday in Saxony-Anhalt; Wed 01.11. is a working day there):
//   this week:  Tue 17.10. (today) 13:00–14:30 phishing (online, Dataport); Wed 18.10. (tomorrow) 09:00–12:00 BEM
//               (Rathaus Dessau); Thu 19.10. 18:00–20:30 Excel for beginners, first evening (VHS, 59 €; deadline passed
//               Mon 16.10. 23:59); Fri 20.10. 08:30–12:30 fire wardens (Rathaus Roßlau)
//   next week:  Mon 23.10. 09:00–16:00 procurement UVgO/VgV (Studieninstitut Magdeburg, 260 €; deadline passed Mon
//               09.10. 23:59); Tue 24.10. 13:00–15:30 stress (online); Wed 25.10. 10:00–12:00 AI (online); Thu 26.10.
//               09:00–16:00 leadership day 1 (Rathaus Dessau, 390 €; deadline Fri 20.10. 12:00) and 18:00–20:30 Excel,
//               second evening; nothing on Fri 27.10.
//   week after: nothing on Mon 30.10. and on the holiday Tue 31.10.; Wed 01.11. 09:00–12:00 administrative acts (hybrid,
//               Rathaus Dessau, 195 €); Thu 02.11. leadership day 2 (now winter time, same 09:00–16:00)
//   November:   Mon 06.11. 18:00–20:30 Ortschaftsrat / KVG LSA (Rathaus Roßlau); Tue 07.11., 14.11., 21.11. 18:00–19:30
//               English (VHS, 79 €); Wed 08.11. 09:00–16:00 de-escalation (Rathaus Dessau); Thu 09.11. 08:00–15:30 first
//               aid (Städtisches Klinikum); the cancelled Outlook course (Fri 10.11.); Wed 15.11. 09:00–12:00 e-file
//               (Rathaus Dessau); Thu 16.11. 08:00–12:00 lifting (Betriebshof, Stadtpflege only); the cancelled
//               brush-cutter course (Wed 22.11.); Thu 23.11. 10:00–11:30 Teams (online); Tue 28.11. 09:00–15:00 plain
//               language (VHS, 110 €; deadline Fri 10.11. 12:00)
//   December:   Tue 05.12. 09:00–15:00 Doppik year-end closing (online, 220 €); Wed 13.12. 09:00–11:00 job references
//               (Rathaus Roßlau)
//   2029:       Tue 16.01. 09:00–12:00 DSGVO (online); Wed 07.02., 14.02., 21.02. 18:00–19:30 yoga (VHS, 36 €); the draft
//               EFRE course (Tue 13.02.); the draft citizen-participation course (Wed 14.03.); Wed 16.05. 16:00–18:00
//               election officials (Rathaus Dessau, Ratssaal)
//   past:       Tue 11.07.2028 heat protection (online), Wed 20.09.2028 property tax (Studieninstitut Magdeburg).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-10-17T07:40:00Z'); // Tuesday, 17 October 2028, 09:40 in Dessau-Roßlau (CEST)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Klick mit Köpfchen', // Tue 17.10. 13:00–14:30, online, Dataport, Petersen, phishing / IT-Sicherheit, free
  bem: 'Zurück an Bord', // Wed 18.10. 09:00–12:00, Rathaus Dessau, PE, Brandt, BEM, free, 25 seats
  excel: 'Excel von Anfang an', // Thu 19.10. and Thu 26.10. 18:00–20:30, VHS, Hoffmann, 59 € (note), deadline passed Mon 16.10. 23:59
  brandschutz: 'Feuer aus! Ausbildung zur Brandschutzhelferin und zum Brandschutzhelfer', // Fri 20.10. 08:30–12:30, Rathaus Roßlau, UK, Kühn, free
  vergabe: 'Vergaberecht in der Praxis: UVgO, VgV und Landesvergabegesetz', // Mon 23.10. 09:00–16:00, Studieninstitut Magdeburg, Dr. Wendt, 260 €, deadline passed Mon 09.10. 23:59
  akku: 'Akku leer?', // Tue 24.10. 13:00–15:30, online, UK, Dr. Sander, stress / burnout / resilience, free
  ki: 'Schreibhilfe auf Knopfdruck', // Wed 25.10. 10:00–12:00, online, Dataport, Petersen, AI / ChatGPT / Copilot, free
  fuehrung: 'Die neue Rolle', // Thu 26.10. (CEST) and Thu 02.11. (CET) 09:00–16:00, Rathaus Dessau, SIKOSA, Dr. Rössler, 390 €, deadline Fri 20.10. 12:00
  bescheid: 'Bescheide rechtssicher formulieren: Anhörung, Verwaltungsakt, Widerspruch', // Wed 01.11. 09:00–12:00, hybrid (Rathaus Dessau), SIKOSA, Dr. Wendt, 195 €
  ortschaftsrat: 'Mandat im Ehrenamt', // Mon 06.11. 18:00–20:30, Rathaus Roßlau, SIKOSA, Dr. Wendt, KVG LSA, free (note)
  english: 'Small Talk, Phone Calls and E-Mails: English at the Service Desk', // Tue 07.11., 14.11., 21.11. 18:00–19:30, VHS, Turner, 79 €, in English
  deeskalation: 'Ruhig bleiben, wenn es laut wird', // Wed 08.11. 09:00–16:00, Rathaus Dessau, UK, Lehmann, de-escalation, free
  ersteHilfe: 'Erste-Hilfe-Fortbildung für betriebliche Ersthelferinnen und Ersthelfer', // Thu 09.11. 08:00–15:30, Städtisches Klinikum, UK, Voigt, free (UK pays)
  eakte: 'Der Aktenschrank zieht um', // Wed 15.11. 09:00–12:00, Rathaus Dessau, IT-Service, Franke, e-file, free
  heben: 'Gut gehoben ist halb getragen', // Thu 16.11. 08:00–12:00, Betriebshof der Stadtpflege, UK, Kühn, lifting, Stadtpflege only, free
  teams: 'Gemeinsam statt nacheinander', // Thu 23.11. 10:00–11:30, online, Dataport, Petersen, Teams / SharePoint, free
  klartext: 'Klartext statt Amtsdeutsch', // Tue 28.11. 09:00–15:00, VHS, Dr. Hartmann, plain language, 110 €, deadline Fri 10.11. 12:00
  doppik: 'Bilanz ziehen', // Tue 05.12. 09:00–15:00, online, SIKOSA, Schulze, Doppik year-end closing, 220 €
  zeugnis: 'Zwischen den Zeilen', // Wed 13.12. 09:00–11:00, Rathaus Roßlau, PE, Brandt, job references, free
  dsgvo: 'Datenschutz im Verwaltungsalltag: DSGVO-Grundlagen für Beschäftigte', // Tue 16.01.2029 09:00–12:00, online, Krüger, free
  yoga: 'Durchatmen nach Dienstschluss', // Wed 07.02., 14.02., 21.02.2029 18:00–19:30, VHS, Neumann, yoga, 36 €
  wahl: 'Wahlvorstand gut vorbereitet: Kommunal- und Europawahl 2029', // Wed 16.05.2029 16:00–18:00, Rathaus Dessau (Ratssaal), Wahlamt, Schmidt, free
  efre: 'Fördermittel für Kommunen: EFRE und Landesprogramme erfolgreich beantragen', // draft (Tue 13.02.2029)
  beteiligung: 'Bürgerbeteiligung digital gestalten', // draft (Wed 14.03.2029)
  outlook: 'Outlook effizient nutzen: E-Mails, Kalender und Aufgaben', // cancelled (Fri 10.11.2028)
  freischneider: 'Sicher mit Freischneider und Heckenschere', // cancelled (Wed 22.11.2028)
  hitze: 'Hitzeschutz am Arbeitsplatz', // past (Tue 11.07.2028)
  grundsteuer: 'Grundsteuer nach der Reform: Bescheide, Hebesätze und Widersprüche', // past (Wed 20.09.2028)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.efre, T.beteiligung, T.outlook, T.freischneider, T.hitze, T.grundsteuer];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'heute', q: 'heute?', kind: 'list', titles: [T.phishing] },
  { conv: 'heute', q: 'um wieviel uhr', kind: 'facts', titles: [T.phishing], says: ['13:00'] },
  { conv: 'excel', q: 'exel anfanger', kind: 'list', titles: [T.excel] },
  {
    conv: 'excel',
    q: 'wann genau',
    kind: 'facts',
    titles: [T.excel],
    says: ['an 2 Tagen', 'Do., 19.10.2028 und Do., 26.10.2028', 'jeweils von 18:00 bis 20:30 Uhr'],
  },
  {
    conv: 'excel',
    q: 'anmeldung noch moeglich?',
    kind: 'facts',
    titles: [T.excel],
    says: ['ist am Mo., 16.10.2028, 23:59 Uhr abgelaufen'],
  },
  { conv: 'vgv', q: 'vgv', kind: 'list', titles: [T.vergabe] },
  {
    conv: 'vgv',
    q: 'anmeldeschluss?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['ist am Mo., 09.10.2028, 23:59 Uhr abgelaufen'],
  },
  { conv: 'fuehrung', q: 'neue fuhrungskraft', kind: 'list', titles: [T.fuehrung] },
  {
    conv: 'fuehrung',
    q: 'termine?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 26.10.2028 und Do., 02.11.2028', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'fuehrung',
    q: 'anmeldeschluss',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['bis Fr., 20.10.2028, 12:00 Uhr'],
  },
  { conv: 'english', q: 'english course', locale: 'en', kind: 'list', titles: [T.english] },
  {
    conv: 'english',
    q: 'when?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['on 3 days', 'Tue, 7 Nov 2028, Tue, 14 Nov 2028 and Tue, 21 Nov 2028', 'each from 18:00 to 19:30'],
  },
  { conv: 'dsgvo', q: 'datenschutz jan', kind: 'list', titles: [T.dsgvo] },
  { conv: 'dsgvo', q: 'wer macht das', kind: 'facts', titles: [T.dsgvo], says: ['leitet Frau Ines Krüger'] },
  { conv: 'bem', q: 'BEM', kind: 'list', titles: [T.bem] },
  { conv: 'bem', q: 'freie plaetze?', kind: 'facts', titles: [T.bem], says: ['noch 25 von 25 Plätzen frei'] },
  { conv: 'eakte', q: 'e akte', kind: 'list', titles: [T.eakte] },
  { conv: 'eakte', q: 'wo?', kind: 'facts', titles: [T.eakte], says: ['im Rathaus Dessau'] },
  { conv: 'erstehilfe', q: 'erste hilfe', kind: 'list', titles: [T.ersteHilfe] },
  {
    conv: 'erstehilfe',
    q: 'kostet?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangskosten trägt die Unfallkasse Sachsen-Anhalt.'],
  },
  // --- facts -----------------------------------------------------------------------------------------------------------
  {
    q: 'brandschutzhelfer wann',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['am Fr., 20.10.2028 von 08:30 bis 12:30 Uhr'],
  },
  {
    q: 'buergernahe sprache anmeldung bis',
    kind: 'facts',
    titles: [T.klartext],
    says: ['bis Fr., 10.11.2028, 12:00 Uhr'],
  },
  { q: 'doppik kosten', kind: 'facts', titles: [T.doppik], says: ['kostet 220 €'] },
  { q: 'deeskalation wo', kind: 'facts', titles: [T.deeskalation], says: ['im Rathaus Dessau'] },
  {
    q: 'ortschaftsrat wann',
    kind: 'facts',
    titles: [T.ortschaftsrat],
    says: ['am Mo., 06.11.2028 von 18:00 bis 20:30 Uhr'],
  },
  {
    q: 'teams schulung dauer',
    kind: 'facts',
    titles: [T.teams],
    says: ['dauert 1,5 Stunden, von 10:00 bis 11:30 Uhr'],
  },
  {
    q: 'wahlhelfer schulung wann',
    kind: 'facts',
    titles: [T.wahl],
    says: ['am Mi., 16.05.2029 von 16:00 bis 18:00 Uhr'],
  },
  {
    q: 'bescheide praesenz?',
    kind: 'facts',
    titles: [T.bescheid],
    says: ['findet hybrid statt: im Rathaus Dessau'],
  },
  {
    q: 'deadline leadership course',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['until Fri, 20 Oct 2028, 12:00'],
  },
  // --- topic searches: typos, abbreviations, words only in summary or description --------------------------------------
  { q: 'IT-Sicherheit', kind: 'list', titles: [T.phishing] },
  { q: 'burn out', kind: 'list', titles: [T.akku] },
  { q: 'aggressive buerger', kind: 'list', titles: [T.deeskalation] },
  { q: 'heben tragen', kind: 'list', titles: [T.heben] },
  { q: 'arbeitszeugnis', kind: 'list', titles: [T.zeugnis] },
  { q: 'sharepoint', kind: 'list', titles: [T.teams] },
  { q: 'kvg lsa', kind: 'list', titles: [T.ortschaftsrat] },
  { q: 'amtsdeutsch', kind: 'list', titles: [T.klartext] },
  { q: 'KI?', kind: 'list', titles: [T.ki] },
  { q: 'AI workshop', locale: 'en', kind: 'list', titles: [T.ki] },
  { q: 'fuhrung', kind: 'list', first: T.fuehrung, ...maybeAlso(only(T.fuehrung), T.bem, T.zeugnis) },
  // --- time and place filters, format, provider, trainer, cost, length ------------------------------------------------
  { q: 'diese woche', kind: 'list', titles: [T.phishing, T.bem, T.excel, T.brandschutz] },
  { q: 'morgen', kind: 'list', titles: [T.bem] },
  { q: 'online this week', locale: 'en', kind: 'list', titles: [T.phishing] },
  { q: 'naechste woche online', kind: 'list', titles: [T.akku, T.ki] },
  {
    q: 'naechste woche',
    kind: 'list',
    ...maybeAlso(only(T.vergabe, T.akku, T.ki, T.fuehrung), T.excel),
  },
  { q: '31.10. was los', kind: 'none' },
  { q: 'dezember', kind: 'list', titles: [T.doppik, T.zeugnis] },
  { q: 'freitag?', kind: 'list', titles: [T.brandschutz] },
  { q: 'dienstags abends', kind: 'list', titles: [T.english] },
  { q: 'abendkurse', kind: 'list', ...only(T.excel, T.ortschaftsrat, T.english, T.yoga) },
  {
    miss: '"Rathaus Roßlau" typed "rosslau" also finds seminars of the Rathaus Dessau',
    q: 'rathaus rosslau',
    kind: 'list',
    ...only(T.brandschutz, T.ortschaftsrat, T.zeugnis),
  },
  { q: 'vhs kurse', kind: 'list', ...only(T.excel, T.english, T.klartext, T.yoga) },
  {
    miss: "the bare provider name finds only the course whose text names it, not all the provider's courses",
    q: 'unfallkasse',
    kind: 'list',
    ...only(T.brandschutz, T.akku, T.deeskalation, T.ersteHilfe, T.heben),
  },
  { q: 'ueber 200 euro', kind: 'list', ...only(T.vergabe, T.fuehrung, T.doppik) },
  { q: 'kostenlos online', kind: 'list', ...only(T.phishing, T.akku, T.ki, T.teams, T.dsgvo) },
  { q: 'mehrtaegig', kind: 'list', ...only(T.excel, T.fuehrung, T.english, T.yoga) },
  {
    q: 'max 2 std',
    kind: 'list',
    ...maybeAlso(only(T.phishing, T.ki, T.teams, T.zeugnis, T.wahl), T.english, T.yoga),
  },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'outlook', kind: 'gone', gone: T.outlook },
  { q: 'freischneider kurs', kind: 'gone', gone: T.freischneider },
  { q: 'hitzeschutz', kind: 'gone', gone: T.hitze, says: ['Di., 11.07.2028'] },
  { q: 'grundsteuer', kind: 'gone', gone: T.grundsteuer, says: ['Mi., 20.09.2028'] },
  { q: 'efre foerdermittel', kind: 'none' },
  { q: 'sap schulung', kind: 'none' },
  { q: 'hallo', kind: 'help' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-thirty-first, independent catalogue (Stadt Dessau-Roßlau, SIKOSA, Unfallkasse Sachsen-Anhalt, VHS, Dataport)',
  {
    fixture: 'heldout331-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
