// Over-fitting check, two-hundred-and-seventy-fourth catalogue: the 2027 programme for the Landkreis Bad Tölz-
// Wolfratshausen (Bavaria) and its towns and municipalities (Bad Tölz, Wolfratshausen, Geretsried, Lenggries, Kochel am
// See, Icking, Benediktbeuern, Königsdorf), with the Bayerische Verwaltungsschule (BVS), the Kommunale
// Unfallversicherung Bayern (KUVB), the AKDB, the Landratsamt's Fortbildung, Sachgebiet IT and Kommunalaufsicht, and the
// Volkshochschule Bad Tölz (VHS), imported from a JSON file. Seminars take place in the Landratsamt in Bad Tölz, the
// VHS-Haus and the Rathaus in Bad Tölz, the town halls of Wolfratshausen, Geretsried, Lenggries and Kochel am See, the
// Geretsried Bauhof, the Zentrum für Umwelt und Kultur Benediktbeuern, online or hybrid. Several titles do not name
// their subject ("Klick mit Folgen" is phishing, "Tabellen, die rechnen" Excel, "Kopf frei im Dauerbetrieb" stress,
// "Vom Ansatz zum Abschluss" budget law, "Ein Portal für alles" the OZG, "Wenn es am Schalter laut wird"
// de-escalation, "Räumen, streuen, dokumentieren" winter service, "Der digitale Kollege" AI, "Ordnung ohne Ordner" the
// e-file, "Arbeitsplatz-Check in 90 Minuten" ergonomics, "Die neue Rolle" leadership, "Ein Brief, hundert Empfänger"
// mail merge, "Briefe, die man gern liest" plain language), so only summary, description or topics reveal it; one
// seminar is held in English; the leadership course runs on two days (Wed 03.11./Thu 04.11., after summer time ends
// on Sun 31.10.2027); the e-file course is open only to Geretsried, Wolfratshausen and Icking; the council members'
// session runs in the evening. Questions are mostly long follow-up conversations (search, facts of the one shown,
// switching to another of the list by position, place or subject, narrowing, going back), German and English, written
// without looking at the parser or the answers.
//
// Calendar around `now` (Thursday 2 September 2027, 10:20 in Bad Tölz, summer time; winter time begins Sun 31.10.2027):
//   this week:  Thu 02.09. 14:00–16:00 phishing (online, today), Fri 03.09. 08:30–12:00 chainsaw (Bauhof Geretsried)
//   next week:  Mon 06.09. 09:00–12:00 Excel (online, 69 €), Tue 07.09. 13:00–16:30 data protection (hybrid,
//               Landratsamt, free), Wed 08.09. 18:30–21:00 council members (Rathaus Wolfratshausen, free), Thu 09.09.
//               09:00–16:00 procurement (Rathaus Geretsried, 220 €; deadline Fri 03.09. 12:00); nothing on Fri 10.09.
//   September:  Tue 14. English (VHS-Haus Bad Tölz; deadline passed Tue 31.08. 23:59), Wed 15. stress (online, 13:30–
//               15:30), Tue 21. first aid (Rathaus Lenggries), Tue 28. budget law (Landratsamt), Wed 29. OZG (online,
//               14:00–16:00); the cancelled Outlook course (Thu 16.09.) and playground inspection (Wed 22.09.)
//   October:    Tue 05. de-escalation (Rathaus Wolfratshausen, 09:00–12:30), Thu 07. winter service (Rathaus Kochel,
//               09:00–12:30), Wed 13. AI (hybrid, 13:00–16:00), Tue 19. e-file (Rathaus Geretsried, 09:00–12:00, members
//               only), Wed 27. ergonomics (online, 14:00–15:30); the draft flood course on Tue 12.10.
//   November:   Wed 03./Thu 04. leadership (Benediktbeuern), Tue 09. Bescheide (Landratsamt; deadline Tue 26.10. 23:59),
//               Tue 16. travel expenses (online), Thu 18. mail merge (online), Thu 25. plain language (Rathaus Bad
//               Tölz); the draft social-media course on Wed 17.11.
//   December:   Tue 07. year-end closing in OK.FIS (online)
//   past:       Tue 15.06.2027 property tax (online), Mon 02.08.2027 trainees' induction day (Landratsamt).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-09-02T08:20:00Z'); // Thursday, 2 September 2027, 10:20 in Bad Tölz (CEST)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Klick mit Folgen', // Thu 02.09. 14:00–16:00, online, LRA Sachgebiet IT, Huber, phishing / information security, free
  motorsaege: 'Sicherer Umgang mit der Motorsäge: Auffrischung für Bauhöfe', // Fri 03.09. 08:30–12:00, Bauhof Geretsried, LRA Fortbildung, Kiefersauer, 45 €, 12 seats
  excel: 'Tabellen, die rechnen', // Mon 06.09. 09:00–12:00, online, VHS, Gruber, Excel, 69 € (Dienststelle pays)
  datenschutz: 'Datenschutz am Bürgerschalter: Melde-, Pass- und Ausweiswesen', // Tue 07.09. 13:00–16:30, hybrid (Landratsamt), LRA Fortbildung, Dr. Steiner, free
  gemeinderat: 'Gut vorbereitet in die Gemeinderatssitzung', // Wed 08.09. 18:30–21:00, Rathaus Wolfratshausen, LRA Kommunalaufsicht, Zehetmair, free, council members
  vergabe: 'Vergaberecht kompakt: UVgO und VOB/A für Kommunen', // Thu 09.09. 09:00–16:00, Rathaus Geretsried, BVS, Pfister, 220 €, deadline Fri 03.09. 12:00
  english: "Speaking with Confidence: English at the Citizens' Desk", // Tue 14.09. 09:00–12:00, VHS-Haus Bad Tölz, VHS, McLeod, 85 €, English, deadline passed Tue 31.08. 23:59
  stress: 'Kopf frei im Dauerbetrieb', // Wed 15.09. 13:30–15:30, online, KUVB, Brandl, stress / resilience, free
  ersteHilfe: 'Erste Hilfe im Betrieb: Aus- und Fortbildung für Ersthelfende', // Tue 21.09. 08:30–16:30, Rathaus Lenggries, KUVB, Kerschbaumer, free (KUVB pays)
  haushalt: 'Vom Ansatz zum Abschluss', // Tue 28.09. 09:00–15:30, Landratsamt, BVS, Dr. Obermaier, 195 €, budget law (Kameralistik/Doppik)
  ozg: 'Ein Portal für alles', // Wed 29.09. 14:00–16:00, online, AKDB, Wimmer, OZG / BayernPortal, free
  deeskalation: 'Wenn es am Schalter laut wird', // Tue 05.10. 09:00–12:30, Rathaus Wolfratshausen, KUVB, Brandl, de-escalation, free, 14 seats
  winterdienst: 'Räumen, streuen, dokumentieren', // Thu 07.10. 09:00–12:30, Rathaus Kochel am See, BVS, Schwaiger, winter service, 150 €, deadline Thu 23.09.
  ki: 'Der digitale Kollege', // Wed 13.10. 13:00–16:00, hybrid (Landratsamt), LRA Sachgebiet IT, Huber, generative AI / ChatGPT, free
  eakte: 'Ordnung ohne Ordner', // Tue 19.10. 09:00–12:00, Rathaus Geretsried, AKDB, Lechner, e-file, only Geretsried/Wolfratshausen/Icking, free
  ergonomie: 'Arbeitsplatz-Check in 90 Minuten', // Wed 27.10. 14:00–15:30, online, KUVB, Rieger, ergonomics, free
  fuehrung: 'Die neue Rolle', // Wed 03.11. and Thu 04.11. 09:00–16:30, ZUK Benediktbeuern, BVS, Dr. Hartl, 480 €, new managers, 12 seats
  bescheide: 'Bescheide rechtssicher formulieren: Anhörung, Begründung, Rechtsbehelfsbelehrung', // Tue 09.11. 09:00–16:00, Landratsamt, BVS, Dr. Obermaier, 185 €, deadline Tue 26.10. 23:59
  reisekosten: 'Reisekostenrecht in Bayern: Dienstreisen richtig abrechnen', // Tue 16.11. 09:00–12:00, online, BVS, Pfister, 95 €
  serienbrief: 'Ein Brief, hundert Empfänger', // Thu 18.11. 09:00–12:00, online, VHS, Gruber, mail merge in Word, 59 €
  sprache: 'Briefe, die man gern liest', // Thu 25.11. 09:00–15:00, Rathaus Bad Tölz, VHS, Dr. Reiter, plain language, 110 €
  okfis: 'Sauber ins neue Jahr: Jahresabschluss mit OK.FIS', // Tue 07.12. 09:00–12:00, online, AKDB, Lechner, 120 €
  socialMedia: 'Social Media für Gemeinden: Instagram, Facebook und Co.', // draft (Wed 17.11.)
  hochwasser: 'Wildbach und Hochwasser: Gefahrenabwehr an Isar und Loisach', // draft (Tue 12.10.)
  spielplatz: 'Spielplatzkontrolle nach DIN EN 1176 für Bauhöfe', // cancelled (Wed 22.09.2027)
  outlook: 'Outlook im Griff: E-Mails, Kalender und Aufgaben organisieren', // cancelled (Thu 16.09.2027)
  azubis: 'Willkommen im Landratsamt: Einführungstag für Auszubildende', // past (Mon 2 August 2027)
  grundsteuer: 'Grundsteuer nach der Reform: Bescheide und Hebesätze', // past (Tue 15 June 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.socialMedia, T.hochwasser, T.spielplatz, T.outlook, T.azubis, T.grundsteuer];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  // KUVB: provider, narrowed to online, second of the list, back to the first
  {
    conv: 'kuvb',
    q: 'Was bietet die KUVB an?',
    kind: 'list',
    titles: [T.stress, T.ersteHilfe, T.deeskalation, T.ergonomie],
  },
  { conv: 'kuvb', q: 'nur online', kind: 'list', titles: [T.stress, T.ergonomie] },
  {
    conv: 'kuvb',
    q: 'wann ist das zweite?',
    kind: 'facts',
    titles: [T.ergonomie],
    says: ['am Mi., 27.10.2027 von 14:00 bis 15:30 Uhr'],
  },
  {
    conv: 'kuvb',
    q: 'und das erste, wie lange dauert das?',
    kind: 'facts',
    titles: [T.stress],
    says: ['dauert 2 Stunden, von 13:30 bis 15:30 Uhr'],
  },
  { conv: 'kuvb', q: 'wer leitet das?', kind: 'facts', titles: [T.stress], says: ['leitet Frau Monika Brandl'] },
  // Bauhof (English): audience, switching by subject, "the other one"
  {
    conv: 'bauhof',
    q: 'any courses for the Bauhof staff?',
    locale: 'en',
    kind: 'list',
    titles: [T.motorsaege, T.winterdienst],
  },
  {
    conv: 'bauhof',
    q: 'where is the one about winter service?',
    locale: 'en',
    kind: 'facts',
    titles: [T.winterdienst],
    says: ['takes place at Rathaus Kochel am See'],
  },
  {
    conv: 'bauhof',
    q: 'and the other one?',
    locale: 'en',
    kind: 'facts',
    titles: [T.motorsaege],
    says: ['takes place at Bauhof der Stadt Geretsried'],
  },
  {
    conv: 'bauhof',
    q: 'are there any seats left?',
    locale: 'en',
    kind: 'facts',
    titles: [T.motorsaege],
    says: ['has 12 of 12 seats left'],
  },
  // next month: narrowed to mornings, third of the list, back to the first
  {
    conv: 'oktober',
    q: 'Was ist nächsten Monat los?',
    kind: 'list',
    titles: [T.deeskalation, T.winterdienst, T.ki, T.eakte, T.ergonomie],
  },
  { conv: 'oktober', q: 'nur vormittags', kind: 'list', titles: [T.deeskalation, T.winterdienst, T.eakte] },
  { conv: 'oktober', q: 'wo ist das dritte?', kind: 'facts', titles: [T.eakte], says: ['im Rathaus Geretsried'] },
  { conv: 'oktober', q: 'wer leitet das?', kind: 'facts', titles: [T.eakte], says: ['leitet Frau Petra Lechner'] },
  {
    conv: 'oktober',
    q: 'und das erste?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['leitet Frau Monika Brandl'],
  },
  // next week (English): only the free ones, second of the list, back to the first
  {
    conv: 'nextweek',
    q: "what's on next week?",
    locale: 'en',
    kind: 'list',
    titles: [T.excel, T.datenschutz, T.gemeinderat, T.vergabe],
  },
  {
    conv: 'nextweek',
    q: 'only the free ones',
    locale: 'en',
    kind: 'list',
    titles: [T.datenschutz, T.gemeinderat],
  },
  {
    conv: 'nextweek',
    q: 'what time does the second one start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.gemeinderat],
    says: ['starts on Wed, 8 Sep 2027 at 18:30'],
  },
  {
    conv: 'nextweek',
    q: 'where is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.gemeinderat],
    says: ['takes place at Rathaus Wolfratshausen'],
  },
  {
    conv: 'nextweek',
    q: 'and the first one, is that online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['is hybrid'],
  },
  // Office: switching by subject (Word, then Excel), further facts of the Excel course
  {
    miss: 'the Office programs are found, but in the order of relevance (Word before Excel), not the order the suite expects',
    conv: 'office',
    q: 'Ich suche was zu Office-Programmen',
    kind: 'list',
    titles: [T.excel, T.serienbrief],
  },
  { conv: 'office', q: 'Was kostet der Word-Kurs?', kind: 'facts', titles: [T.serienbrief], says: ['kostet 59 €'] },
  {
    conv: 'office',
    q: 'und der Excel-Kurs?',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 69 €'],
    mentions: ['Die Gebühr trägt die entsendende Dienststelle.'],
  },
  { conv: 'office', q: 'ist der online?', kind: 'facts', titles: [T.excel], says: ['findet online statt'] },
  {
    conv: 'office',
    q: 'wann genau?',
    kind: 'facts',
    titles: [T.excel],
    says: ['am Mo., 06.09.2027 von 09:00 bis 12:00 Uhr'],
  },
  // Geretsried: place, narrowed to September, second of the list, back to the first
  { conv: 'geretsried', q: 'Was gibt es in Geretsried?', kind: 'list', titles: [T.motorsaege, T.vergabe, T.eakte] },
  { conv: 'geretsried', q: 'nur im September', kind: 'list', titles: [T.motorsaege, T.vergabe] },
  {
    conv: 'geretsried',
    q: 'bis wann kann man sich beim zweiten anmelden?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Fr., 03.09.2027, 12:00 Uhr'],
  },
  {
    conv: 'geretsried',
    q: 'Wer ist da der Referent?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['leitet Herr Thomas Pfister'],
  },
  {
    conv: 'geretsried',
    q: 'zurück zum ersten: wie lange geht das?',
    kind: 'facts',
    titles: [T.motorsaege],
    says: ['dauert 3,5 Stunden, von 08:30 bis 12:00 Uhr'],
  },
  // trainer (English): narrowed to November, facts, "the other one"
  {
    conv: 'obermaier',
    q: 'courses by Dr Obermaier',
    locale: 'en',
    kind: 'list',
    titles: [T.haushalt, T.bescheide],
  },
  { conv: 'obermaier', q: 'only in November', locale: 'en', kind: 'list', titles: [T.bescheide] },
  {
    conv: 'obermaier',
    q: 'until when can I register?',
    locale: 'en',
    kind: 'facts',
    titles: [T.bescheide],
    says: ['until Tue, 26 Oct 2027, 23:59'],
  },
  {
    conv: 'obermaier',
    q: 'and the other one, where is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['takes place at Landratsamt Bad Tölz-Wolfratshausen'],
  },
  // new managers: the two-day seminar
  { conv: 'fuehrung', q: 'Gibt es was für neue Führungskräfte?', kind: 'list', titles: [T.fuehrung] },
  {
    conv: 'fuehrung',
    q: 'wann genau?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Mi., 03.11.2027 und Do., 04.11.2027', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    conv: 'fuehrung',
    q: 'Wo?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['im Zentrum für Umwelt und Kultur Benediktbeuern'],
  },
  {
    conv: 'fuehrung',
    q: 'Was kostet das?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['kostet 480 €'],
    mentions: ['Inklusive Verpflegung; Übernachtung auf Wunsch gegen Aufpreis.'],
  },
  {
    conv: 'fuehrung',
    q: 'sind noch plätze frei?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  // the course in English
  { conv: 'english', q: 'is there anything in English?', locale: 'en', kind: 'list', titles: [T.english] },
  {
    conv: 'english',
    q: 'when is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['on Tue, 14 Sep 2027 from 09:00 to 12:00'],
  },
  {
    conv: 'english',
    q: 'can I still sign up?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Tue, 31 Aug 2027, 23:59'],
  },
  {
    conv: 'english',
    q: 'who teaches it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['is led by Frau Fiona McLeod'],
  },
  { conv: 'english', q: 'how much is it?', locale: 'en', kind: 'facts', titles: [T.english], says: ['costs €85'] },
  // online in September: narrowed to afternoons, third of the list, back to the first
  {
    conv: 'online',
    q: 'Welche Online-Seminare gibt es im September?',
    kind: 'list',
    titles: [T.phishing, T.excel, T.stress, T.ozg],
  },
  { conv: 'online', q: 'nur nachmittags', kind: 'list', titles: [T.phishing, T.stress, T.ozg] },
  {
    conv: 'online',
    q: 'wann ist das dritte?',
    kind: 'facts',
    titles: [T.ozg],
    says: ['am Mi., 29.09.2027 von 14:00 bis 16:00 Uhr'],
  },
  { conv: 'online', q: 'wer leitet das?', kind: 'facts', titles: [T.ozg], says: ['leitet Herr Jonas Wimmer'] },
  { conv: 'online', q: 'und das erste?', kind: 'facts', titles: [T.phishing], says: ['leitet Herr Florian Huber'] },
  // --- single questions: this week, typos, words only in summary or description, length ------------------------------
  { q: 'was läuft diese woche noch?', kind: 'list', titles: [T.phishing, T.motorsaege] },
  { q: 'phising schulung', kind: 'list', titles: [T.phishing] },
  { q: 'gibt es eine schulung zum winterdienst?', kind: 'list', titles: [T.winterdienst] },
  { q: 'anything about ChatGPT?', locale: 'en', kind: 'list', titles: [T.ki] },
  { q: 'welche seminare dauern kürzer als 2 stunden?', kind: 'list', titles: [T.ergonomie] },
  { q: 'wie schreibe ich verständlicher statt amtsdeutsch?', kind: 'list', titles: [T.sprache] },
  { q: 'kostenlose angebote im oktober', kind: 'list', ...only(T.deeskalation, T.ki, T.eakte, T.ergonomie) },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'wann ist die spielplatzkontrolle?', kind: 'gone', gone: T.spielplatz },
  { q: 'is the outlook course still on?', locale: 'en', kind: 'gone', gone: T.outlook },
  { q: 'wann war der einführungstag für azubis?', kind: 'gone', gone: T.azubis, says: ['Mo., 02.08.2027'] },
  { q: 'grundsteuer seminar', kind: 'gone', gone: T.grundsteuer, says: ['Di., 15.06.2027'] },
  { q: 'social media schulung', kind: 'none' },
  { q: 'hochwasserschutz', kind: 'none' },
  { q: 'Servus', kind: 'help' },
  { q: 'hi there', locale: 'en', kind: 'help' },
  { q: 'zeig mir meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-seventy-fourth, independent catalogue (Landkreis Bad Tölz-Wolfratshausen, BVS, KUVB, AKDB)',
  {
    fixture: 'heldout274-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
