// Over-fitting check, two-hundred-and-thirty-second catalogue: the 2027 programme for the Landkreis Wolfenbüttel
// (Lower Saxony) and its town and municipalities (Stadt Wolfenbüttel, Gemeinde Cremlingen, the Samtgemeinden Elm-Asse
// with Schöppenstedt, Sickte, Baddeckenstedt and Oderwald), with the Niedersächsisches Studieninstitut (NSI), the KDO,
// the Kreisvolkshochschule Wolfenbüttel (KVHS), the Braunschweigischer Gemeinde-Unfallversicherungsverband (BS GUV),
// the DRK-Kreisverband and the Landkreis' own Fachdienste, imported from a JSON file. Seminars take place in the
// Kreishaus Wolfenbüttel, the Rathaus Wolfenbüttel, the Lindenhalle, the town halls of Cremlingen and Schöppenstedt,
// the Samtgemeindeverwaltungen Sickte, Baddeckenstedt and Oderwald (Börßum), online or hybrid. Several titles do not
// name their subject ("Das Passwort ist nicht genug" is two-factor authentication, "Dokumente für alle" accessible
// PDFs, "Kopf frei" stress, "Ruhe bewahren, wenn es laut wird" de-escalation, "Was darf ich weitergeben?" data
// protection, "Die neue Rolle annehmen" leadership, "Ein Brief, hundert Empfänger" mail merge, "Gut aufgestellt am
// Schreibtisch" ergonomics, "Papierlos ab dem ersten Tag" the e-file, "Vom Portal ins Fachverfahren" the OZG,
// "Schreiben, das ankommt" plain language, "Wenn es im Team knirscht" conflict management), so only summary,
// description or topics reveal it; one seminar is held in English; the leadership course runs on two days; the e-file
// course is open only to the Samtgemeinden Oderwald, Baddeckenstedt and Sickte; first aid is free, paid by the BS GUV.
// Questions are written the way an acceptance tester would try the bot, with short follow-up conversations, about a
// quarter in English, without looking at the parser or the answers.
//
// Calendar around `now` (Wednesday 10 March 2027, 10:00 in Wolfenbüttel, winter time; summer time begins Sun 28.03.):
//   this week:  nothing more today; Thu 11.03. 09:00–11:00 two-factor authentication (online, tomorrow), Fri 12.03.
//               13:00–15:30 accessible documents (hybrid, Kreishaus)
//   next week:  Mon 15.03. 09:00–12:00 Excel (online), Tue 16.03. 14:00–16:00 stress (online), Wed 17.03. 09:00–12:30
//               English (Kreishaus; deadline passed Fri 05.03. 23:59), Thu 18.03. 13:00–16:30 Copilot/AI (hybrid,
//               Rathaus Cremlingen); nothing on Fri 19.03.
//   then:       Tue 23.03. year-end accounts (Lindenhalle), the cancelled Outlook course (Wed 24.03.), Thu 25.03.
//               de-escalation (Rathaus Wolfenbüttel, free, 12 seats)
//   April:      Tue 13. procurement (Kreishaus; deadline Tue 30.03. 12:00), Wed 14. first aid (Rathaus Schöppenstedt,
//               08:30–16:30), Thu 15. data protection (online), Tue 27./Wed 28. new managers (Lindenhalle, 520 €)
//   May:        Tue 04. mail merge (online, 49 €), Tue 11. council meetings (Sickte; no deadline given, so until the
//               start), Wed 12. ergonomics (online, 14:00–15:30), Thu 20. e-file (Börßum, members only), Tue 25. QGIS
//               (Kreishaus, 95 €); the cancelled playground-inspection course on Wed 05.05.
//   June/July:  Tue 01.06. OZG (online), Wed 09.06. plain language (Baddeckenstedt), Thu 17.06. administrative acts
//               (Kreishaus), Mon 21.06. Scrum/Kanban (hybrid, Kreishaus), Wed 07.07. team conflicts (Schöppenstedt, for
//               managers); the draft sign-language course on Wed 16.06., the draft flood-protection course on Tue 05.10.
//   past:       Tue 09.02.2027 property tax (online), Thu 25.02.2027 appraisal interviews (Lindenhalle).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-03-10T09:00:00Z'); // Wednesday, 10 March 2027, 10:00 in Wolfenbüttel (CET)
const TZ = 'Europe/Berlin';

const T = {
  mfa: 'Das Passwort ist nicht genug', // Thu 11.03. 09:00–11:00, online, KDO, Oltmanns, two-factor authentication, free
  barrierefrei: 'Dokumente für alle', // Fri 12.03. 13:00–15:30, hybrid (Kreishaus), Landkreis PE, Mahnke, accessible PDF/Word, free
  excel: 'Formeln, Filter, Pivot: Excel im Büroalltag', // Mon 15.03. 09:00–12:00, online, KVHS, Lüddecke, 69 € (Dienststelle pays)
  stress: 'Kopf frei', // Tue 16.03. 14:00–16:00, online, BS GUV, Hinrichs, stress / health promotion, free
  english: 'Welcome to Wolfenbüttel: English at the Service Desk', // Wed 17.03. 09:00–12:30, Kreishaus, KVHS, Lambert, 85 €, deadline passed Fri 05.03. 23:59
  copilot: 'Der neue Kollege heißt Copilot', // Thu 18.03. 13:00–16:30, hybrid (Rathaus Cremlingen), KDO, Oltmanns, AI, free
  jahresabschluss: 'Jahresabschluss nach NKomVG und KomHKVO', // Tue 23.03. 09:00–16:00, Lindenhalle, NSI, Dr. Brammer, 260 €, Doppik
  deeskalation: 'Ruhe bewahren, wenn es laut wird', // Thu 25.03. 09:00–16:00, Rathaus Wolfenbüttel, BS GUV, Hinrichs, free, 12 seats
  vergabe: 'Vergaberecht kompakt: UVgO und NWertVO', // Tue 13.04. 09:00–16:00, Kreishaus, NSI, Kruse, 280 €, 20 seats, deadline Tue 30.03. 12:00
  ersteHilfe: 'Erste Hilfe im Betrieb: Ausbildung für Ersthelferinnen und Ersthelfer', // Wed 14.04. 08:30–16:30, Rathaus Schöppenstedt, DRK, Wiechert, free (BS GUV pays)
  datenschutz: 'Was darf ich weitergeben?', // Thu 15.04. 10:00–12:00, online, Landkreis Datenschutz, Schaper, data protection, free
  fuehrung: 'Die neue Rolle annehmen', // Tue 27.04. and Wed 28.04. 09:00–16:00, Lindenhalle, NSI, Dr. Rademacher, 520 €, new managers
  serienbrief: 'Ein Brief, hundert Empfänger', // Tue 04.05. 09:00–11:30, online, KVHS, Lüddecke, 49 €, mail merge in Word
  sitzung: 'Sitzungsdienst nach dem NKomVG', // Tue 11.05. 09:00–16:00, Samtgemeindeverwaltung Sickte, NSI, Kruse, 190 €, no deadline given
  ergonomie: 'Gut aufgestellt am Schreibtisch', // Wed 12.05. 14:00–15:30, online, BS GUV, Hinrichs, ergonomics, free
  eakte: 'Papierlos ab dem ersten Tag', // Thu 20.05. 09:00–12:00, Samtgemeindeverwaltung Oderwald, KDO, Thielemann, e-file, only Oderwald/Baddeckenstedt/Sickte, free
  qgis: 'Karten ohne Lizenzkosten: Einstieg in QGIS', // Tue 25.05. 09:00–16:00, Kreishaus, Landkreis Geoinformation, Bodenstein, 95 €
  ozg: 'Vom Portal ins Fachverfahren', // Tue 01.06. 13:00–16:00, online, KDO, Thielemann, OZG, free
  sprache: 'Schreiben, das ankommt', // Wed 09.06. 09:00–16:00, Samtgemeindeverwaltung Baddeckenstedt, KVHS, Osterloh, 150 €, plain language
  bescheid: 'Bescheide, die vor Gericht bestehen', // Thu 17.06. 09:00–16:00, Kreishaus, NSI, Dr. Brammer, 210 €
  agile: 'Kanban, Scrum und Co.: Agil arbeiten in der Verwaltung', // Mon 21.06. 09:00–16:00, hybrid (Kreishaus), NSI, Degener, 230 €
  konflikte: 'Wenn es im Team knirscht', // Wed 07.07. 09:00–16:00, Rathaus Schöppenstedt, NSI, Dr. Rademacher, 210 €, for managers
  gebaerden: 'Einfach gebärden: Grundkurs Deutsche Gebärdensprache', // draft (Wed 16.06.)
  hochwasser: 'Hochwasserschutz an der Oker', // draft (Tue 05.10.)
  outlook: 'Outlook im Griff: E-Mails, Kalender und Aufgaben', // cancelled (Wed 24.03.2027)
  spielplatz: 'Spielplatzkontrolle nach DIN EN 1176', // cancelled (Wed 05.05.2027)
  grundsteuer: 'Grundsteuer in Niedersachsen: das Flächen-Lage-Modell', // past (Tue 9 February 2027)
  mitarbeitergespraech: 'Jahresgespräche führen: das Mitarbeitergespräch', // past (Thu 25 February 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.gebaerden, T.hochwasser, T.outlook, T.spielplatz, T.grundsteuer, T.mitarbeitergespraech];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'pw', q: 'gibt es was zur zwei-faktor-authentifizierung?', kind: 'list', titles: [T.mfa] },
  {
    conv: 'pw',
    q: 'wann ist das',
    kind: 'facts',
    titles: [T.mfa],
    says: ['am Do., 11.03.2027 von 09:00 bis 11:00 Uhr'],
  },
  { conv: 'pw', q: 'ist das online oder vor ort?', kind: 'facts', titles: [T.mfa], says: ['findet online statt'] },
  { conv: 'laut', q: 'wie gehe ich mit aggressiven bürgern um', kind: 'list', titles: [T.deeskalation] },
  {
    conv: 'laut',
    q: 'Und wo findet der statt?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['im Rathaus Wolfenbüttel'],
  },
  { conv: 'laut', q: 'Was kostet das?', kind: 'facts', titles: [T.deeskalation], says: ['ist kostenlos'] },
  { conv: 'ai', q: 'anything about artificial intelligence?', locale: 'en', kind: 'list', titles: [T.copilot] },
  {
    conv: 'ai',
    q: 'where does it take place',
    locale: 'en',
    kind: 'facts',
    titles: [T.copilot],
    says: [/takes place at Rathaus Cremlingen.* or online/],
  },
  {
    conv: 'ai',
    q: 'how long is it',
    locale: 'en',
    kind: 'facts',
    titles: [T.copilot],
    says: ['lasts 3.5 hours, from 13:00 to 16:30'],
  },
  { conv: 'doppik', q: 'gibt es was zum jahresabschluss in der doppik', kind: 'list', titles: [T.jahresabschluss] },
  {
    conv: 'doppik',
    q: 'wer ist die referentin',
    kind: 'facts',
    titles: [T.jahresabschluss],
    says: ['leitet Frau Dr. Heike Brammer'],
  },
  {
    conv: 'doppik',
    q: 'wie lange dauert der',
    kind: 'facts',
    titles: [T.jahresabschluss],
    says: ['dauert 7 Stunden, von 09:00 bis 16:00 Uhr'],
  },
  { conv: 'rolle', q: 'vom kollegen zum chef – gibt es dafür ein seminar?', kind: 'list', titles: [T.fuehrung] },
  {
    conv: 'rolle',
    q: 'wann genau?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Di., 27.04.2027 und Mi., 28.04.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  { conv: 'rolle', q: 'was kostet der', kind: 'facts', titles: [T.fuehrung], says: ['kostet 520 €'] },
  { conv: 'vergabe', q: 'schulung zur uvgo', kind: 'list', titles: [T.vergabe] },
  {
    conv: 'vergabe',
    q: 'bis wann kann ich mich anmelden',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Di., 30.03.2027, 12:00 Uhr'],
  },
  {
    conv: 'vergabe',
    q: 'sind noch plätze frei?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['noch 20 von 20 Plätzen frei'],
  },
  { conv: 'sprache', q: 'bürgernahe sprache', kind: 'list', titles: [T.sprache] },
  { conv: 'sprache', q: 'Was kostet das?', kind: 'facts', titles: [T.sprache], says: ['kostet 150 €'] },
  { conv: 'ozg', q: 'anything on the OZG?', locale: 'en', kind: 'list', titles: [T.ozg] },
  {
    conv: 'ozg',
    q: 'Who is the trainer?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ozg],
    says: ['is led by Herr Sven Thielemann'],
  },
  { conv: 'english', q: 'is there a course in English?', locale: 'en', kind: 'list', titles: [T.english] },
  {
    conv: 'english',
    q: 'until when can I sign up?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 5 Mar 2027, 23:59'],
  },
  // --- facts -----------------------------------------------------------------------------------------------------------
  {
    q: 'was kostet der excel kurs',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 69 €'],
    mentions: ['Die Kosten übernimmt die entsendende Dienststelle.'],
  },
  {
    q: 'muss man für den erste-hilfe-kurs was bezahlen',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt der Braunschweigische Gemeinde-Unfallversicherungsverband.'],
  },
  { q: 'how much is the scrum course', locale: 'en', kind: 'facts', titles: [T.agile], says: ['costs €230'] },
  {
    q: 'when is the excel course',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['on Mon, 15 Mar 2027 from 09:00 to 12:00'],
  },
  {
    q: 'wie lange dauert die ergonomie schulung',
    kind: 'facts',
    titles: [T.ergonomie],
    says: ['dauert 1,5 Stunden, von 14:00 bis 15:30 Uhr'],
  },
  {
    q: 'wo findet das seminar zu barrierefreien dokumenten statt',
    kind: 'facts',
    titles: [T.barrierefrei],
    says: [/im Kreishaus Wolfenbüttel.* oder online/],
  },
  {
    q: 'wann fängt der qgis kurs an',
    kind: 'facts',
    titles: [T.qgis],
    says: ['beginnt am Di., 25.05.2027 um 09:00 Uhr'],
  },
  {
    q: 'where is the first aid course',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['takes place at Rathaus Schöppenstedt'],
  },
  {
    q: 'sind im deeskalationstraining noch plätze frei',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  {
    q: 'anmeldeschluss sitzungsdienst',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['bis Di., 11.05.2027, 09:00 Uhr'],
  },
  // --- topic searches: typos, words only in summary or description, synonyms ------------------------------------------
  { q: 'exel kurs', kind: 'list', titles: [T.excel] },
  { q: 'deeskaltion', kind: 'list', titles: [T.deeskalation] },
  { q: 'gesundheitsförderung', kind: 'list', ...only(T.stress, T.ergonomie) },
  { q: 'mail merge', locale: 'en', kind: 'list', titles: [T.serienbrief] },
  { q: 'dokumentenmanagement', kind: 'list', titles: [T.eakte] },
  { q: 'amtsdeutsch vermeiden', kind: 'list', titles: [T.sprache] },
  { q: 'kurs zu prompts', kind: 'list', titles: [T.copilot] },
  { q: 'accessible pdf', locale: 'en', kind: 'list', titles: [T.barrierefrei] },
  // --- filters: dates, time of day, format, place, trainer, provider, length, cost --------------------------------------
  { q: 'was ist diese woche noch', kind: 'list', titles: [T.mfa, T.barrierefrei] },
  { q: 'anything tomorrow?', locale: 'en', kind: 'list', titles: [T.mfa] },
  { q: 'nächste woche vormittags', kind: 'list', titles: [T.excel, T.english] },
  { q: 'anything next week in the afternoon', locale: 'en', kind: 'list', titles: [T.stress, T.copilot] },
  {
    q: 'kostenlose seminare in den nächsten zwei wochen',
    kind: 'list',
    titles: [T.mfa, T.barrierefrei, T.stress, T.copilot],
  },
  { q: 'online seminare im mai', kind: 'list', titles: [T.serienbrief, T.ergonomie] },
  {
    q: "what's on next month",
    locale: 'en',
    kind: 'list',
    titles: [T.vergabe, T.ersteHilfe, T.datenschutz, T.fuehrung],
  },
  { q: 'seminare zwischen 50 und 100 euro', kind: 'list', ...only(T.excel, T.english, T.qgis) },
  { q: 'was gibt es in schöppenstedt', kind: 'list', ...only(T.ersteHilfe, T.konflikte) },
  { q: 'kurse von herrn hinrichs', kind: 'list', ...only(T.stress, T.deeskalation, T.ergonomie) },
  { q: 'was bietet die KDO an', kind: 'list', ...only(T.mfa, T.copilot, T.eakte, T.ozg) },
  { q: 'mehrtägige seminare', kind: 'list', titles: [T.fuehrung] },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'is the outlook course still on?', locale: 'en', kind: 'gone', gone: T.outlook },
  { q: 'was kostet die spielplatzkontrolle', kind: 'gone', gone: T.spielplatz },
  { q: 'grundsteuer seminar wann war das', kind: 'gone', gone: T.grundsteuer, says: ['Di., 09.02.2027'] },
  {
    q: 'wann ist das seminar zum mitarbeitergespräch',
    kind: 'gone',
    gone: T.mitarbeitergespraech,
    says: ['Do., 25.02.2027'],
  },
  { q: 'gebärdensprache', kind: 'none' },
  { q: 'hochwasserschutz an der oker', kind: 'none' },
  { q: 'sap schulung', kind: 'none' },
  { q: 'moin', kind: 'help' },
  { q: 'hello', locale: 'en', kind: 'help' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-thirty-second, independent catalogue (Landkreis Wolfenbüttel, NSI, KDO)',
  {
    fixture: 'heldout232-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
