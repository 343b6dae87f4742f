// Over-fitting check, two-hundred-and-fifty-eighth catalogue: the 2027/28 programme for the Landkreis Schweinfurt
// (Bavaria) and its towns and municipalities (Gerolzhofen, Werneck, Schonungen, Grafenrheinfeld, Niederwerrn, Sennfeld,
// Gochsheim, Stadtlauringen), with the Bayerische Verwaltungsschule (BVS), the Kommunale Unfallversicherung Bayern
// (KUVB), the AKDB, the Landratsamt's own IT-Service and Fortbildung and the Volkshochschule Schweinfurter Land (VHS),
// imported from a JSON file. Seminars take place in the Landratsamt Schweinfurt, the town halls of Gerolzhofen,
// Werneck, Schonungen and Grafenrheinfeld, the Stadthalle Gerolzhofen, the Volkshochschule Gerolzhofen, the
// Kulturhalle Grafenrheinfeld, the Bauhof Niederwerrn, online or hybrid. Several titles do not name their subject
// ("Schlüsselbund fürs Digitale" is passwords / two-factor login, "Rechnen lassen statt selbst rechnen" Excel,
// "Schaukel, Rutsche, Klettergerüst" playground inspection, "Der Beleg kommt digital" e-invoicing, "Die Maschine
// schreibt mit" AI, "Wenn der Ton rauer wird" de-escalation, "Die ersten hundert Tage" leadership, "Für alle lesbar"
// accessible documents, "Wer räumt, wer haftet?" winter service, "Rund um die Uhr geöffnet" OZG online services,
// "Abschied vom Aktenschrank" the e-file, "Mehr Luft im Kalender" time management, "Akku leer?" stress), so only
// summary, description or topics reveal it; one seminar is held in English (in the evening); the chainsaw course is
// the only one on two days; the e-file course is open only to Schonungen, Grafenrheinfeld and Niederwerrn; the KUVB
// courses are free. Questions are typed fast on a phone: lower case, hardly any punctuation, typos and abbreviations,
// some in English, with short follow-up conversations, written without looking at the parser or the answers.
//
// Calendar around `now` (Monday 13 September 2027, 08:00 in Schweinfurt, summer time; winter time begins Sun
// 31.10.2027):
//   this week:  today Mon 13.09. 13:30–15:30 passwords/MFA (online); Wed 15.09. 09:00–12:00 data protection (hybrid,
//               Landratsamt); Thu 16.09. + Fri 17.09. 07:30–15:30 chainsaw (Bauhof Niederwerrn); nothing on Tue 14.09.
//   next week:  Tue 21.09. 09:00–12:00 Excel (online), Thu 23.09. 13:00–16:30 KAG fees (Rathaus Gerolzhofen)
//   then:       Wed 29.09. 17:30–19:30 English (VHS Gerolzhofen; deadline Wed 22.09. 23:59), Thu 30.09. 08:00–15:00
//               playgrounds (Rathaus Werneck) and the cancelled Outlook course
//   October:    Tue 05. first aid (Kulturhalle Grafenrheinfeld, free), Thu 07. e-invoicing (online, 95 €), the cancelled
//               hazardous-substances course on Tue 12., Wed 13. procurement (Landratsamt; deadline Fri 24.09. 12:00),
//               Tue 19. AI (hybrid, Rathaus Schonungen, free), Thu 21. de-escalation (Landratsamt, free), Tue 26.
//               leadership (Stadthalle Gerolzhofen; deadline passed Fri 10.09. 23:59)
//   November (CET): Wed 03. accessible documents (online), Tue 09. winter service (Rathaus Werneck), Thu 11. Teams
//               (online, 14:00–15:30), Tue 16. budget (Landratsamt), Thu 25. council meetings (Rathaus Grafenrheinfeld,
//               13:00–16:00); the draft social-media course on Wed 17.11.
//   December:   Wed 01. OZG online services (online), Tue 07. e-file (Rathaus Schonungen, pilot municipalities only)
//   2028:       Tue 18.01. time management (Landratsamt), Wed 26.01. stress (online); the draft cemetery course on
//               Tue 15.02.2028
//   past:       Thu 15.07.2027 Bundesmeldegesetz (Landratsamt), Tue 07.09.2027 safety officers (Grafenrheinfeld).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-09-13T06:00:00Z'); // Monday, 13 September 2027, 08:00 in Schweinfurt (CEST)
const TZ = 'Europe/Berlin';

const T = {
  mfa: 'Schlüsselbund fürs Digitale', // Mon 13.09. 13:30–15:30, online, LRA IT-Service, Hofmann, passwords / two-factor, free
  datenschutz: 'Datenschutz in der Gemeindeverwaltung: Auskunft, Löschung, Datenpanne', // Wed 15.09. 09:00–12:00, hybrid (Landratsamt), LRA Fortbildung, Kraus, DSGVO, free
  motorsaege: 'Motorsägen-Grundlehrgang für Bauhöfe', // Thu 16.09. and Fri 17.09. 07:30–15:30, Bauhof Niederwerrn, KUVB, Schmitt, free, 10 seats
  excel: 'Rechnen lassen statt selbst rechnen', // Tue 21.09. 09:00–12:00, online, VHS, Vogt, Excel, 65 € (Dienststelle pays), 14 seats
  gebuehren: 'Gebühren und Beiträge rechtssicher erheben: das Kommunalabgabengesetz in der Praxis', // Thu 23.09. 13:00–16:30, Rathaus Gerolzhofen, BVS, Greiner, 180 €
  english: 'Small Talk at the Service Desk: English for Town Hall Staff', // Wed 29.09. 17:30–19:30, VHS Gerolzhofen, VHS, Bennett, 45 €, deadline Wed 22.09. 23:59, in English
  spielplatz: 'Schaukel, Rutsche, Klettergerüst', // Thu 30.09. 08:00–15:00, Rathaus Werneck, KUVB, Schmitt, playground inspection, free
  ersteHilfe: 'Erste Hilfe: Aus- und Fortbildung für betriebliche Ersthelfende', // Tue 05.10. 08:30–16:00, Kulturhalle Grafenrheinfeld, KUVB, Döring, free (KUVB pays)
  erechnung: 'Der Beleg kommt digital', // Thu 07.10. 10:00–11:30, online, AKDB, Seidl, e-invoicing / XRechnung, 95 €
  vergabe: 'Vergaberecht kompakt: UVgO und VOB/A', // Wed 13.10. 09:00–16:00, Landratsamt, BVS, Dr. Lehmann, 240 €, deadline Fri 24.09. 12:00
  ki: 'Die Maschine schreibt mit', // Tue 19.10. 13:00–16:00, hybrid (Rathaus Schonungen), LRA IT-Service, Hofmann, AI / ChatGPT, free
  deeskalation: 'Wenn der Ton rauer wird', // Thu 21.10. 09:00–12:30, Landratsamt, KUVB, Endres, de-escalation, free, 14 seats
  fuehrung: 'Die ersten hundert Tage', // Tue 26.10. 09:00–16:00, Stadthalle Gerolzhofen, BVS, Dr. Baumann, 295 €, new managers, deadline passed Fri 10.09. 23:59
  barrierefrei: 'Für alle lesbar', // Wed 03.11. 09:00–12:00, online, VHS, Vogt, accessible Word/PDF documents, 55 €
  winterdienst: 'Wer räumt, wer haftet?', // Tue 09.11. 08:30–12:30 (CET), Rathaus Werneck, BVS, Stark, winter service, 120 €, 20 seats
  teams: 'Microsoft Teams im Arbeitsalltag: Chats, Kanäle, Besprechungen', // Thu 11.11. 14:00–15:30, online, LRA IT-Service, Pfister, free, 25 seats
  haushalt: 'Haushaltsplanung in der Kämmerei', // Tue 16.11. 09:00–16:00, Landratsamt, BVS, Dr. Lehmann, 210 €
  sitzung: 'Niederschrift, Beschluss, Bekanntmachung: Sitzungsdienst im Gemeinderat', // Thu 25.11. 13:00–16:00, Rathaus Grafenrheinfeld, BVS, Greiner, 160 €
  onlinedienste: 'Rund um die Uhr geöffnet', // Wed 01.12. 09:00–11:00, online, AKDB, Seidl, OZG / BayernPortal, free
  eakte: 'Abschied vom Aktenschrank', // Tue 07.12. 09:00–12:00, Rathaus Schonungen, LRA IT-Service, Pfister, e-file, only Schonungen/Grafenrheinfeld/Niederwerrn, free
  zeit: 'Mehr Luft im Kalender', // Tue 18.01.2028 09:00–16:00, Landratsamt, VHS, Krämer, time management, 89 €
  stress: 'Akku leer?', // Wed 26.01.2028 14:00–16:00, online, KUVB, Endres, stress / burnout, free
  socialMedia: 'Social Media für Gemeinden: Instagram, Facebook und Co.', // draft (Wed 17.11.2027)
  friedhof: 'Friedhofsverwaltung: Grabnutzungsrechte und Gebühren', // draft (Tue 15.02.2028)
  outlook: 'Outlook effizient nutzen: E-Mails, Kalender, Aufgaben', // cancelled (Thu 30.09.2027)
  gefahrstoffe: 'Gefahrstoffe im Bauhof: Unterweisung und Betriebsanweisungen', // cancelled (Tue 12.10.2027)
  meldegesetz: 'Bundesmeldegesetz kompakt', // past (Thu 15 July 2027)
  sicherheit: 'Ausbildung zur Sicherheitsbeauftragten und zum Sicherheitsbeauftragten', // past (Tue 7 September 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.socialMedia, T.friedhof, T.outlook, T.gefahrstoffe, T.meldegesetz, T.sicherheit];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'mfa', q: 'zwei faktor anmeldung kurs', kind: 'list', titles: [T.mfa] },
  { conv: 'mfa', q: 'wann gehts los', kind: 'facts', titles: [T.mfa], says: ['Mo., 13.09.2027', '13:30'] },
  { conv: 'mfa', q: 'kostet das was', kind: 'facts', titles: [T.mfa], says: ['ist kostenlos'] },
  { conv: 'motor', q: 'motorsäge lehrgang', kind: 'list', titles: [T.motorsaege] },
  {
    conv: 'motor',
    q: 'wann is der',
    kind: 'facts',
    titles: [T.motorsaege],
    says: ['an 2 Tagen', 'Do., 16.09.2027 und Fr., 17.09.2027', 'jeweils von 07:30 bis 15:30 Uhr'],
  },
  { conv: 'motor', q: 'und wo', kind: 'facts', titles: [T.motorsaege], says: ['Bauhof der Gemeinde Niederwerrn'] },
  { conv: 'pivot', q: 'pivot tabellen', kind: 'list', titles: [T.excel] },
  { conv: 'pivot', q: 'is das online', kind: 'facts', titles: [T.excel], says: ['findet online statt'] },
  { conv: 'pivot', q: 'wer machtn den', kind: 'facts', titles: [T.excel], says: ['leitet Frau Stefanie Vogt'] },
  { conv: 'vergabe', q: 'vergabrecht seminar', kind: 'list', titles: [T.vergabe] },
  {
    conv: 'vergabe',
    q: 'anmeldeschluss?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Fr., 24.09.2027, 12:00 Uhr'],
  },
  { conv: 'vergabe', q: 'wieviel kostet der', kind: 'facts', titles: [T.vergabe], says: ['kostet 240 €'] },
  { conv: 'ki', q: 'chatgpt schulung', kind: 'list', titles: [T.ki] },
  {
    conv: 'ki',
    q: 'wo findet das statt',
    kind: 'facts',
    titles: [T.ki],
    says: [/im Rathaus Schonungen.* oder online/],
  },
  {
    conv: 'ki',
    q: 'und wie lang',
    kind: 'facts',
    titles: [T.ki],
    says: ['dauert 3 Stunden, von 13:00 bis 16:00 Uhr'],
  },
  { conv: 'eng', q: 'english course?', locale: 'en', kind: 'list', titles: [T.english] },
  {
    conv: 'eng',
    q: 'until when can i register',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['until Wed, 22 Sep 2027, 23:59'],
  },
  {
    conv: 'eng',
    q: 'what time does it start',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['starts on Wed, 29 Sep 2027 at 17:30'],
  },
  { conv: 'winter', q: 'streupflicht', kind: 'list', titles: [T.winterdienst] },
  {
    conv: 'winter',
    q: 'wer ist referent',
    kind: 'facts',
    titles: [T.winterdienst],
    says: ['leitet Herr Michael Stark'],
  },
  {
    conv: 'winter',
    q: 'wann genau',
    kind: 'facts',
    titles: [T.winterdienst],
    says: ['am Di., 09.11.2027 von 08:30 bis 12:30 Uhr'],
  },
  { conv: 'chef', q: 'neu als führungskraft was gibts', kind: 'list', titles: [T.fuehrung] },
  {
    conv: 'chef',
    q: 'kann ich mich noch anmelden',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['am Fr., 10.09.2027, 23:59 Uhr abgelaufen'],
  },
  { conv: 'stress', q: 'anything about stress at work', locale: 'en', kind: 'list', titles: [T.stress] },
  {
    conv: 'stress',
    q: 'is it online',
    locale: 'en',
    kind: 'facts',
    titles: [T.stress],
    says: ['takes place online'],
  },
  // --- facts -----------------------------------------------------------------------------------------------------------
  { q: 'was kostet der gebüren kurs', kind: 'facts', titles: [T.gebuehren], says: ['kostet 180 €'] },
  {
    q: 'gibts noch platz bei teams',
    kind: 'facts',
    titles: [T.teams],
    says: ['noch 25 von 25 Plätzen frei'],
  },
  {
    q: 'kostet erste hilfe was',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Kosten übernimmt die Kommunale Unfallversicherung Bayern.'],
  },
  {
    q: 'wo is der sitzungsdienst kurs',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['im Rathaus Grafenrheinfeld'],
  },
  { q: 'wer macht dsgvo', kind: 'facts', titles: [T.datenschutz], says: ['leitet Frau Andrea Kraus'] },
  {
    q: 'wie lange geht der haushaltskurs',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['dauert 7 Stunden, von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'how much is the xrechnung webinar',
    locale: 'en',
    kind: 'facts',
    titles: [T.erechnung],
    says: ['costs €95'],
  },
  {
    q: 'spielplatzkontrolle wann',
    kind: 'facts',
    titles: [T.spielplatz],
    says: ['am Do., 30.09.2027 von 08:00 bis 15:00 Uhr'],
  },
  {
    q: 'deeskalation anmeldeschluss',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['bis Do., 21.10.2027, 09:00 Uhr'],
  },
  {
    q: 'datenschutz online oder vor ort',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['findet hybrid statt: im Landratsamt Schweinfurt'],
  },
  // --- topic searches: typos, words only in summary or description, everyday words -----------------------------------
  { q: 'exel kurs', kind: 'list', titles: [T.excel] },
  { q: 'barrierefreie pdf', kind: 'list', titles: [T.barrierefrei] },
  { q: 'zeitmanagment', kind: 'list', titles: [T.zeit] },
  { q: 'ozg', kind: 'list', titles: [T.onlinedienste] },
  { q: 'kommunalabgaben', kind: 'list', titles: [T.gebuehren] },
  { q: 'aggressive bürger', kind: 'list', titles: [T.deeskalation] },
  { q: 'burnout', kind: 'list', titles: [T.stress] },
  { q: 'e-akte', kind: 'list', titles: [T.eakte] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, length, cost, free seats --------------
  { q: 'was is diese woche', kind: 'list', titles: [T.mfa, T.datenschutz, T.motorsaege] },
  { q: 'nächste woche noch plätze frei', kind: 'list', titles: [T.excel, T.gebuehren] },
  { q: 'kostenlos im oktober', kind: 'list', titles: [T.ersteHilfe, T.ki, T.deeskalation] },
  { q: 'online kurse im nov', kind: 'list', titles: [T.barrierefrei, T.teams] },
  { q: 'nachmittags im november', kind: 'list', titles: [T.teams, T.sitzung] },
  { q: 'was gibts in werneck', kind: 'list', ...only(T.spielplatz, T.winterdienst) },
  { q: 'kurse von dr lehmann', kind: 'list', ...only(T.vergabe, T.haushalt) },
  {
    q: 'was bietet die kuvb',
    kind: 'list',
    ...only(T.motorsaege, T.spielplatz, T.ersteHilfe, T.deeskalation, T.stress),
  },
  {
    q: 'was gibts fürn bauhof',
    kind: 'list',
    ...only(T.motorsaege, T.spielplatz, T.winterdienst),
  },
  { q: 'mehrtägige kurse', kind: 'list', titles: [T.motorsaege] },
  { q: 'gibts was abends', kind: 'list', titles: [T.english] },
  { q: 'anything next year', locale: 'en', kind: 'list', titles: [T.zeit, T.stress] },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'outlook kurs wann', kind: 'gone', gone: T.outlook },
  { q: 'gefahrstoffe unterweisung', kind: 'gone', gone: T.gefahrstoffe },
  { q: 'meldegesetz wann war das', kind: 'gone', gone: T.meldegesetz, says: ['Do., 15.07.2027'] },
  { q: 'sicherheitsbeauftragter ausbildung', kind: 'gone', gone: T.sicherheit, says: ['Di., 07.09.2027'] },
  { q: 'social media kurs', kind: 'none' },
  { q: 'friedhofsverwaltung', kind: 'none' },
  { q: 'moin', kind: 'help' },
  { q: 'hi', locale: 'en', kind: 'help' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-fifty-eighth, independent catalogue (Landkreis Schweinfurt, BVS, KUVB, AKDB)',
  {
    fixture: 'heldout258-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
