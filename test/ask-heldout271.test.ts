// Over-fitting check, two-hundred-and-seventy-first catalogue: the 2027/28 programme for the Landkreis Eichstätt
// (Bavaria) and its towns, markets and municipalities (Eichstätt, Beilngries, Gaimersheim, Kösching, Lenting,
// Kipfenberg, Denkendorf, Altmannstein, Pförring), with the Bayerische Verwaltungsschule (BVS), the Kommunale
// Unfallversicherung Bayern (KUVB), the Anstalt für Kommunale Datenverarbeitung in Bayern (AKDB), the Landratsamt's
// Personalentwicklung, the Volkshochschule im Landkreis Eichstätt (VHS) and the Landesamt für Sicherheit in der
// Informationstechnik (LSI), imported from a JSON file. Seminars take place in the Landratsamt Eichstätt, the town
// halls of Eichstätt, Beilngries, Kösching and Lenting, the Feuerwehrhaus Kösching, the Bürgerhaus Gaimersheim, the
// Volkshochschule Eichstätt, the Bauhöfe of Kipfenberg and Denkendorf, Schloss Hirschberg near Beilngries, online or
// hybrid. Several titles do not name their subject ("Klick mit Folgen" is phishing, "Den Akku wieder aufladen" stress,
// "Wenn der erste Schnee fällt" winter service, "Schreiben, die ankommen" plain language, "Rathaus rund um die Uhr" the
// OZG / BayernPortal, "Wenn es laut wird" de-escalation, "Alles an einem Ort" the e-file, "Neu in der Verantwortung"
// leadership, "Mehr Luft im Kalender" time management), so only summary, description or topics reveal it; one seminar
// is held in English (in the evening); the leadership course runs on two days across the start of summer time (Sun
// 26.03.2028); the e-file course is open only to Kösching, Lenting and Denkendorf; first aid is free, paid by the KUVB.
// Questions are typed the way colleagues chat: short, lower case, typos, colloquial, some in English, many follow-ups.
//
// Calendar around `now` (Monday 15 November 2027, 16:00 in Eichstätt, winter time; summer time begins Sun 26.03.2028):
//   this week:  nothing more today, nothing tomorrow (Tue 16.11.); Wed 17.11. 09:00–11:30 phishing (online), Thu 18.11.
//               13:00–15:30 data protection (hybrid, Landratsamt)
//   next week:  Mon 22.11. 09:00–12:30 Excel (online, 85 €), Tue 23.11. 08:00–16:00 first aid (Feuerwehrhaus Kösching,
//               free), Thu 25.11. 14:00–16:00 stress (online, free); nothing on Fri 26.11.
//   then:       Tue 30.11. budget law (Rathaus Beilngries; deadline passed Fri 12.11. 12:00)
//   December:   Wed 01. the cancelled Outlook course, Thu 02. 07:30–11:30 winter service (Bauhof Kipfenberg), Wed 08.
//               18:00–20:30 English (VHS Eichstätt, 45 €), Tue 14. plain language (Landratsamt, 190 €)
//   January:    Thu 13. 10:00–11:30 OZG (online, free), Tue 18. 13:00–16:00 OK.EWO (online, 150 €), Wed 26. 09:00–15:00
//               de-escalation (Bürgerhaus Gaimersheim, free)
//   February:   Thu 03. e-file (Rathaus Lenting, members only), Wed 09. Word / mail merge (online), Tue 15. procurement
//               (Rathaus Beilngries; deadline Mon 31.01. 23:59)
//   March:      Thu 16.03. (CET) and Thu 30.03. (CEST) leadership (Schloss Hirschberg); the draft social-media course on
//               Tue 14.03.
//   April:      Wed 19. council meetings (Rathaus Eichstätt), Tue 25. exam preparation for trainees (Landratsamt); the
//               cancelled playground-inspection course on Thu 27.
//   May:        Tue 09. 07:30–15:30 chainsaw (Bauhof Denkendorf), Thu 11. time management (Rathaus Kösching), Wed 24.
//               building permits (Landratsamt)
//   June:       Wed 21. 13:30–16:00 AI (hybrid, Landratsamt, 95 €); the draft cemetery course on Tue 13.06.
//   past:       Tue 19.10.2027 travel expenses (online), Mon 08.11.2027 accessible PDFs (online).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-11-15T15:00:00Z'); // Monday, 15 November 2027, 16:00 in Eichstätt (CET)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Klick mit Folgen', // Wed 17.11. 09:00–11:30, online, LSI, Gruber, information security, free
  datenschutz: 'Datenschutz im Rathaus: Auskunftsersuchen, Einwilligung, Datenpanne', // Thu 18.11. 13:00–15:30, hybrid (Landratsamt), PE, Wittmann, free
  excel: 'Excel im Büroalltag: Formeln, Filter und Pivot-Tabellen', // Mon 22.11. 09:00–12:30, online, VHS, Schneider, 85 € (Dienststelle pays), 12 seats
  ersteHilfe: 'Erste Hilfe im Betrieb: Ausbildung für Ersthelferinnen und Ersthelfer', // Tue 23.11. 08:00–16:00, Feuerwehrhaus Kösching, KUVB, Bauer, free (KUVB pays), 20 seats
  stress: 'Den Akku wieder aufladen', // Thu 25.11. 14:00–16:00, online, KUVB, Dr. Lang, stress / resilience / burnout, free
  haushalt: 'Kommunales Haushaltsrecht in Bayern kompakt', // Tue 30.11. 09:00–16:00, Rathaus Beilngries, BVS, Dr. Pfaller, 260 €, deadline passed Fri 12.11. 12:00
  winterdienst: 'Wenn der erste Schnee fällt', // Thu 02.12. 07:30–11:30, Bauhof Kipfenberg, KUVB, Meier, winter service, free
  english: 'Welcome to the Altmühltal: English at the Front Desk', // Wed 08.12. 18:00–20:30, VHS Eichstätt, VHS, MacLeod, 45 €, in English
  sprache: 'Schreiben, die ankommen', // Tue 14.12. 09:00–16:00, Landratsamt, BVS, Kraus, 190 €, plain language
  ozg: 'Rathaus rund um die Uhr', // Thu 13.01.2028 10:00–11:30, online, AKDB, Huber, OZG / BayernPortal, free
  ewo: 'OK.EWO im Meldeamt: Neuerungen 2028', // Tue 18.01. 13:00–16:00, online, AKDB, Hofmann, 150 €
  deeskalation: 'Wenn es laut wird', // Wed 26.01. 09:00–15:00, Bürgerhaus Gaimersheim, KUVB, Dr. Lang, de-escalation, free
  eakte: 'Alles an einem Ort', // Thu 03.02. 13:00–16:00, Rathaus Lenting, AKDB, Hofmann, e-file, only Kösching/Lenting/Denkendorf, free
  word: 'Word für Fortgeschrittene: Vorlagen und Serienbriefe', // Wed 09.02. 13:30–16:30, online, VHS, Schneider, 75 €
  vergabe: 'Vergaberecht für Kommunen: Aufträge unterhalb der EU-Schwellenwerte', // Tue 15.02. 09:00–16:00, Rathaus Beilngries, BVS, Ostermeier, 280 €, deadline Mon 31.01. 23:59
  fuehrung: 'Neu in der Verantwortung', // Thu 16.03. (CET) and Thu 30.03. (CEST) 09:00–16:30, Schloss Hirschberg (Beilngries), BVS, Dr. Eder, 540 €, new managers
  sitzung: 'Sitzungsdienst nach der Bayerischen Gemeindeordnung', // Wed 19.04. 09:00–16:00, Rathaus Eichstätt, BVS, Ostermeier, 210 €
  azubis: 'Gut vorbereitet in die Abschlussprüfung', // Tue 25.04. 08:30–15:00, Landratsamt, PE, Hirschmann, trainees, free
  motorsaege: 'Motorsägen-Grundkurs für den Bauhof', // Tue 09.05. 07:30–15:30, Bauhof Denkendorf, KUVB, Meier, free
  zeit: 'Mehr Luft im Kalender', // Thu 11.05. 09:00–12:00, Rathaus Kösching, VHS, Kraus, 65 €, time management
  bau: 'Baugenehmigungsverfahren nach der Bayerischen Bauordnung', // Wed 24.05. 09:00–16:00, Landratsamt, BVS, Dr. Pfaller, 230 €
  ki: 'KI im Verwaltungsalltag: Texte entwerfen, Ergebnisse prüfen', // Wed 21.06. 13:30–16:00, hybrid (Landratsamt), AKDB, Huber, 95 €
  social: 'Social Media für Gemeinden: Instagram und Facebook rechtssicher nutzen', // draft (Tue 14.03.2028)
  friedhof: 'Friedhofsverwaltung: Satzung, Gebühren und Nutzungsrechte', // draft (Tue 13.06.2028)
  outlook: 'Outlook effizient nutzen: E-Mails, Kalender und Aufgaben', // cancelled (Wed 01.12.2027)
  spielplatz: 'Spielplatzkontrolle: Sichtprüfung und Dokumentation nach DIN EN 1176', // cancelled (Thu 27.04.2028)
  reisekosten: 'Reisekosten nach dem Bayerischen Reisekostengesetz', // past (Tue 19 October 2027)
  pdf: 'Barrierefreie PDF-Dokumente erstellen', // past (Mon 8 November 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.social, T.friedhof, T.outlook, T.spielplatz, T.reisekosten, T.pdf];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'stress', q: 'hab voll stress in der arbeit gibts da was', kind: 'list', titles: [T.stress] },
  {
    conv: 'stress',
    q: 'wann',
    kind: 'facts',
    titles: [T.stress],
    says: ['am Do., 25.11.2027 von 14:00 bis 16:00 Uhr'],
  },
  { conv: 'stress', q: 'und online?', kind: 'facts', titles: [T.stress], says: ['findet online statt'] },
  { conv: 'laut', q: 'was tun wenn bürger ausrasten', kind: 'list', titles: [T.deeskalation] },
  { conv: 'laut', q: 'wo', kind: 'facts', titles: [T.deeskalation], says: ['im Bürgerhaus Gaimersheim'] },
  {
    conv: 'laut',
    q: 'wer leitet des',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['leitet Frau Dr. Verena Lang'],
  },
  { conv: 'winter', q: 'winterdienst schulung', kind: 'list', titles: [T.winterdienst] },
  {
    conv: 'winter',
    q: 'wann gehts los',
    kind: 'facts',
    titles: [T.winterdienst],
    says: [/Do\., 02\.12\.2027.* 07:30/],
  },
  {
    conv: 'winter',
    q: 'wo',
    kind: 'facts',
    titles: [T.winterdienst],
    says: ['am Veranstaltungsort Bauhof des Marktes Kipfenberg'],
  },
  { conv: 'klick', q: 'phising', kind: 'list', titles: [T.phishing] },
  {
    conv: 'klick',
    q: 'wann',
    kind: 'facts',
    titles: [T.phishing],
    says: ['am Mi., 17.11.2027 von 09:00 bis 11:30 Uhr'],
  },
  {
    conv: 'klick',
    q: 'muss ich da hin oder is des online',
    kind: 'facts',
    titles: [T.phishing],
    says: ['findet online statt'],
  },
  { conv: 'ozg', q: 'bayernportal training', locale: 'en', kind: 'list', titles: [T.ozg] },
  {
    conv: 'ozg',
    q: 'how long',
    locale: 'en',
    kind: 'facts',
    titles: [T.ozg],
    says: ['lasts 1.5 hours, from 10:00 to 11:30'],
  },
  {
    conv: 'ozg',
    q: 'who runs it',
    locale: 'en',
    kind: 'facts',
    titles: [T.ozg],
    says: ['is led by Herr Sebastian Huber'],
  },
  { conv: 'chef', q: 'neu als führungskraft was gibts', kind: 'list', titles: [T.fuehrung] },
  {
    conv: 'chef',
    q: 'wann',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 16.03.2028 und Do., 30.03.2028', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    conv: 'chef',
    q: 'wo',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['am Veranstaltungsort Schloss Hirschberg'],
  },
  { conv: 'akte', q: 'e akte', kind: 'list', titles: [T.eakte] },
  {
    conv: 'akte',
    q: 'wann',
    kind: 'facts',
    titles: [T.eakte],
    says: ['am Do., 03.02.2028 von 13:00 bis 16:00 Uhr'],
  },
  { conv: 'vhs', q: 'english for the front desk', locale: 'en', kind: 'list', titles: [T.english] },
  {
    conv: 'vhs',
    q: 'where is it',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['takes place at Volkshochschule Eichstätt'],
  },
  { conv: 'excel', q: 'exel kurs', kind: 'list', titles: [T.excel] },
  {
    conv: 'excel',
    q: 'kost der was',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 85 €'],
    mentions: ['Die Gebühr trägt die entsendende Dienststelle.'],
  },
  {
    conv: 'excel',
    q: 'wer machtn den',
    kind: 'facts',
    titles: [T.excel],
    says: ['leitet Herr Markus Schneider'],
  },
  // --- facts -----------------------------------------------------------------------------------------------------------
  {
    q: 'wann is der datenschutz kurs',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['am Do., 18.11.2027 von 13:00 bis 15:30 Uhr'],
  },
  {
    q: 'datenschutz online oder vor ort',
    kind: 'facts',
    titles: [T.datenschutz],
    says: [/im Landratsamt Eichstätt.* oder online/],
  },
  {
    q: 'wie lang geht haushaltsrecht',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['dauert 7 Stunden, von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'bis wann kann man sich für haushaltsrecht anmelden',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['am Fr., 12.11.2027, 12:00 Uhr abgelaufen'],
  },
  {
    q: 'anmeldeschluss vergaberecht',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Mo., 31.01.2028, 23:59 Uhr'],
  },
  {
    q: 'gibts noch plätze beim erste hilfe',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['noch 20 von 20 Plätzen frei'],
  },
  {
    q: 'kostet erste hilfe was',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die KUVB für ihre Mitglieder.'],
  },
  { q: 'wer macht den ki kurs', kind: 'facts', titles: [T.ki], says: ['leitet Herr Sebastian Huber'] },
  {
    q: 'when is the motorsäge course',
    locale: 'en',
    kind: 'facts',
    titles: [T.motorsaege],
    says: ['on Tue, 9 May 2028 from 07:30 to 15:30'],
  },
  // --- topic searches: typos, words only in summary or description, synonyms ------------------------------------------
  { q: 'gefälschte mails erkennen', kind: 'list', titles: [T.phishing] },
  { q: 'burnout', kind: 'list', titles: [T.stress] },
  { q: 'streupflicht', kind: 'list', titles: [T.winterdienst] },
  { q: 'amtsdeutsch', kind: 'list', titles: [T.sprache] },
  { q: 'chatgpt', kind: 'list', titles: [T.ki] },
  { q: 'kettensäge', kind: 'list', titles: [T.motorsaege] },
  { q: 'zeitmanagment', kind: 'list', titles: [T.zeit] },
  { q: 'first aid course', locale: 'en', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'lerntipps für azubis vor der prüfung', kind: 'list', titles: [T.azubis] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, length, cost, language ---------------
  { q: 'was is diese woche', kind: 'list', titles: [T.phishing, T.datenschutz] },
  { q: 'im dez noch freie plätze', kind: 'list', titles: [T.winterdienst, T.english, T.sprache] },
  { q: 'nächste woche online', kind: 'list', titles: [T.excel, T.stress] },
  { q: 'was gibts im dez', kind: 'list', titles: [T.winterdienst, T.english, T.sprache] },
  { q: 'kostenlos im januar', kind: 'list', titles: [T.ozg, T.deeskalation] },
  { q: 'gibts was abends', kind: 'list', titles: [T.english] },
  { q: 'was gibts in kösching', kind: 'list', ...only(T.ersteHilfe, T.zeit) },
  { q: 'kurse von frau dr lang', kind: 'list', ...only(T.stress, T.deeskalation) },
  {
    q: 'was bietet die kuvb',
    kind: 'list',
    ...only(T.ersteHilfe, T.stress, T.winterdienst, T.deeskalation, T.motorsaege),
  },
  { q: 'was gibts fürn bauhof', kind: 'list', ...only(T.winterdienst, T.motorsaege) },
  { q: 'mehrtägige kurse', kind: 'list', titles: [T.fuehrung] },
  { q: 'was dauert höchstens 2 stunden', kind: 'list', ...only(T.stress, T.ozg) },
  { q: 'anything in english', locale: 'en', kind: 'list', titles: [T.english] },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'outlook kurs', kind: 'gone', gone: T.outlook },
  { q: 'reisekosten wann war das', kind: 'gone', gone: T.reisekosten, says: ['Di., 19.10.2027'] },
  { q: 'barrierefreie pdf', kind: 'gone', gone: T.pdf, says: ['Mo., 08.11.2027'] },
  { q: 'instagram', kind: 'none' },
  { q: 'friedhofssatzung', kind: 'none' },
  { q: 'sap kurs', kind: 'none' },
  { q: 'servus', kind: 'help' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-seventy-first, independent catalogue (Landkreis Eichstätt, BVS, KUVB, AKDB)',
  {
    fixture: 'heldout271-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
