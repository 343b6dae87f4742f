// Over-fitting check, hundred-and-fifty-fourth catalogue: the 2027 autumn programme of the Landkreis Northeim (Lower
// Saxony) with the Niedersächsisches Studieninstitut (NSI), the county's Fachdienst IT and Fachdienst Personal, the
// Gemeinde-Unfallversicherungsverband Hannover (GUV Hannover) and the Kreisvolkshochschule Northeim (KVHS), for the county
// and its towns and municipalities (Northeim, Einbeck, Uslar, Bad Gandersheim, Dassel, Moringen, Hardegsen, Bodenfelde,
// …), imported from a JSON file. Seminars take place in the Kreishaus Northeim, the town halls of Northeim, Einbeck,
// Uslar and Moringen, the KVHS-Bildungszentrum Einbeck, the DRK training centre in Northeim, the Kurhaus Bad
// Gandersheim, online or hybrid. Eleven titles do not name their subject ("Ordnung im Posteingang" is Outlook and
// e-mail, "Der Klick zu viel" information security, "Gelassen durch den Arbeitstag" stress and health, "Die ersten
// hundert Tage" leadership for new managers, "Ruhig bleiben, wenn es laut wird" de-escalation, "Gut organisiert zwischen
// Büro und Küchentisch" home office, "Schreiben, damit es ankommt" plain language, "Anträge rund um die Uhr" the OZG,
// "Zahlen, die Politik machen" the municipal budget, "Vom Ordner zum Vorgang" the e-file, "Fit für die Zwischenprüfung"
// exam preparation for trainees), so only summary, description or topics reveal it; one seminar is held in English; the
// leadership course runs on two consecutive days; the e-file course is open only to Uslar, Dassel and Bodenfelde; first
// aid is free, paid by the GUV. Questions are written the way an acceptance tester writes them (whole polite sentences,
// half of them in English, a few typos), without looking at the parser or the answers. Same assertions as the other
// suites: exactly the expected seminars (best first where one is clearly best), the asked fact in the first sentence,
// never a draft, cancelled or past seminar.
//
// Calendar around `now` (Wednesday 20 October 2027, 08:45 in Northeim, summer time; winter time begins Sun 31.10.2027,
// so every session from November on is CET):
//   this week:  nothing more today; Thu 21.10. 09:00–12:00 Outlook (online, tomorrow), Fri 22.10. 09:00–12:00 data
//               protection (hybrid, Kreishaus)
//   next week:  Mon 25.10. morning (information security, online), Tue 26.10. afternoon (stress, online), Wed 27.10.
//               morning (English, Rathaus Einbeck; deadline passed Fri 15.10.), Thu 28.10. afternoon (AI, hybrid)
//   then:       nothing from Fri 29.10. to Sun 07.11. except the cancelled time-management course (Wed 03.11.)
//   November:   Mon 08. minutes (Moringen; deadline Fri 29.10. 23:59), Wed 10. first aid (DRK Northeim), Thu 11. Teams
//               (online), Tue 16./Wed 17. leadership (Kurhaus Bad Gandersheim; deadline Mon 01.11. 12:00), Thu 18.
//               de-escalation (Rathaus Northeim), Tue 23. procurement law (Kreishaus; deadline Fri 05.11. 12:00),
//               Mon 29. home office (online); the cancelled driving-safety training on Fri 26.11.
//   December:   Wed 01. plain language (KVHS Einbeck), Tue 07. conflict talks (Kreishaus), Thu 09. OZG (online),
//               Tue 14. Excel (online)
//   January:    Wed 12.01.2028 budget (hybrid, Kreishaus), Tue 18. building law (Rathaus Einbeck), Thu 20. e-file
//               (Rathaus Uslar, members only), Thu 27. social benefits (Kreishaus); the draft social-media course on
//               Tue 25.01.
//   February:   Tue 08.02.2028 exam preparation for trainees (Kreishaus); the draft heat-planning course on Tue 15.02.
//   past:       Tue 14.09.2027 property tax (Kreishaus), Thu 23.09.2027 hazardous substances (Bauhof Dassel).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-10-20T06:45:00Z'); // Wednesday, 20 October 2027, 08:45 in Northeim (CEST)
const TZ = 'Europe/Berlin';

const T = {
  outlook: 'Ordnung im Posteingang', // Thu 21.10. 09:00–12:00, online, KVHS, Kretschmer, 59 € (Dienststelle pays), Outlook/e-mail
  datenschutz: 'Datenschutz in der Sachbearbeitung: Auskunft, Akteneinsicht, Löschfristen', // Fri 22.10. 09:00–12:00, hybrid (Kreishaus), FD Personal, DSGVO, free
  phishing: 'Der Klick zu viel', // Mon 25.10. 09:00–11:30, online, FD IT, Wedekind, information security, free
  gelassen: 'Gelassen durch den Arbeitstag', // Tue 26.10. 13:30–16:00, online, GUV, Brandes, stress / health, free
  english: 'Helping International Residents: Everyday English at the Service Desk', // Wed 27.10. 09:00–12:30, Rathaus Einbeck, KVHS, English, 110 €, deadline passed Fri 15.10. 23:59
  ki: 'Künstliche Intelligenz im Verwaltungsalltag: Chancen, Grenzen, Regeln', // Thu 28.10. 13:00–16:00, hybrid (Kreishaus), FD IT, Wedekind, free, 40 seats
  protokoll: 'Protokolle schreiben: kurz, klar, rechtssicher', // Mon 08.11. 09:00–16:00, Rathaus Moringen, NSI, Hauschild, 180 €, deadline Fri 29.10. 23:59
  ersteHilfe: 'Erste Hilfe: Grundlehrgang für betriebliche Ersthelfende', // Wed 10.11. 08:30–16:30, DRK Northeim, GUV, Engelke, free (GUV pays)
  teams: 'Microsoft Teams im Arbeitsalltag: besprechen, teilen, gemeinsam bearbeiten', // Thu 11.11. 09:00–12:00, online, KVHS, Kretschmer, 49 €, 20 seats
  fuehrung: 'Die ersten hundert Tage', // Tue 16.11. and Wed 17.11. 09:00–16:30, Kurhaus Bad Gandersheim, NSI, Dr. Leineweber, 450 €, new managers, deadline Mon 01.11. 12:00
  deeskalation: 'Ruhig bleiben, wenn es laut wird', // Thu 18.11. 09:00–15:00, Rathaus Northeim, GUV, Ahrens, free, 12 seats
  vergabe: 'Vergaberecht kompakt: UVgO und NTVergG in der Praxis', // Tue 23.11. 09:00–16:00, Kreishaus, NSI, Dr. Oppermann, 260 €, deadline Fri 05.11. 12:00
  homeoffice: 'Gut organisiert zwischen Büro und Küchentisch', // Mon 29.11. 13:00–16:00, online, FD Personal, Rüdiger, home office, free
  sprache: 'Schreiben, damit es ankommt', // Wed 01.12. 09:00–16:00, KVHS-Bildungszentrum Einbeck, KVHS, Wittkopf, 140 €, plain language
  konflikte: 'Konfliktgespräche souverän führen', // Tue 07.12. 09:00–15:00, Kreishaus, NSI, Grotefend, 190 €, for managers and team leaders
  ozg: 'Anträge rund um die Uhr', // Thu 09.12. 13:00–16:00, online, FD IT, Beushausen, OZG, free
  excel: 'Excel kompakt: Listen, Formeln und Pivot-Tabellen', // Tue 14.12. 09:00–12:00, online, KVHS, Kretschmer, 69 €
  haushalt: 'Zahlen, die Politik machen', // Wed 12.01.2028 09:00–16:00, hybrid (Kreishaus), NSI, Kahle, 240 €, municipal budget
  baurecht: 'Baurecht für Einsteiger: Bauantrag, Genehmigung und NBauO', // Tue 18.01.2028 09:00–16:00, Rathaus Einbeck, NSI, Sander, 230 €
  eakte: 'Vom Ordner zum Vorgang', // Thu 20.01.2028 09:00–12:00, Rathaus Uslar, FD IT, Beushausen, e-file, only Uslar/Dassel/Bodenfelde, free
  sozial: 'Sozialleistungen im Überblick: Bürgergeld, Sozialhilfe und Wohngeld', // Thu 27.01.2028 09:00–16:00, Kreishaus, NSI, Lindemann, 190 €
  azubis: 'Fit für die Zwischenprüfung', // Tue 08.02.2028 09:00–15:00, Kreishaus, FD Personal, Meyerhoff, trainees, free
  waerme: 'Kommunale Wärmeplanung: Grundlagen für die Verwaltung', // draft (Tue 15.02.2028)
  socialMedia: 'Instagram, Facebook und Co.: Social Media für Rathäuser', // draft (Tue 25.01.2028)
  zeit: 'Zeitmanagement: Prioritäten setzen im Büroalltag', // cancelled (Wed 03.11.2027)
  fahren: 'Sicher fahren im Winter: Fahrsicherheitstraining für Dienstfahrten', // cancelled (Fri 26.11.2027)
  grundsteuer: 'Die neue Grundsteuer: Bescheide erklären, Einsprüche bearbeiten', // past (Tue 14 September 2027)
  gefahrstoffe: 'Gefahrstoffe im Bauhof sicher lagern und verwenden', // past (Thu 23 September 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.waerme, T.socialMedia, T.zeit, T.fahren, T.grundsteuer, T.gefahrstoffe];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  {
    q: 'Was kostet der Outlook-Kurs?',
    kind: 'facts',
    titles: [T.outlook],
    says: ['kostet 59 €'],
    mentions: ['Die Kosten trägt die anmeldende Dienststelle.'],
  },
  {
    q: 'How much does the first aid course cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['is free of charge'],
    mentions: ['Die Lehrgangsgebühr übernimmt der GUV Hannover für seine Mitgliedsverwaltungen.'],
  },
  // --- facts: when (two days, winter time), start time, duration -------------------------------------------------------
  {
    q: 'Wann findet das Seminar „Die ersten hundert Tage“ statt?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Di., 16.11.2027 und Mi., 17.11.2027', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    q: 'When is the Excel course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['on Tue, 14 Dec 2027 from 09:00 to 12:00'],
  },
  {
    q: 'Um wie viel Uhr beginnt der Erste-Hilfe-Kurs?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['beginnt am Mi., 10.11.2027 um 08:30 Uhr'],
  },
  {
    q: 'What time does the phishing awareness training start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['starts on Mon, 25 Oct 2027 at 09:00'],
  },
  {
    q: 'How long is the leadership seminar for new managers?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['lasts 2 days, each from 09:00 to 16:30'],
  },
  // --- facts: where, trainer, deadline, seats, format ------------------------------------------------------------------
  {
    q: 'Wo findet der Kurs zum Baurecht statt?',
    kind: 'facts',
    titles: [T.baurecht],
    says: ['im Rathaus Einbeck'],
  },
  {
    q: 'Who is the trainer for the plain language workshop?',
    locale: 'en',
    kind: 'facts',
    titles: [T.sprache],
    says: ['is led by Frau Hanna Wittkopf'],
  },
  {
    q: 'Bis wann kann ich mich für das Seminar zum Protokollschreiben anmelden?',
    kind: 'facts',
    titles: [T.protokoll],
    says: ['bis Fr., 29.10.2027, 23:59 Uhr'],
  },
  {
    q: 'What is the registration deadline for the English course for the service desk?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 15 Oct 2027, 23:59'],
  },
  {
    q: 'Sind beim Deeskalationstraining noch Plätze frei?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  {
    q: 'Findet das Datenschutz-Seminar online oder vor Ort statt?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: [/findet hybrid statt|oder online statt/],
  },
  {
    q: 'Is the OZG training online or in person?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ozg],
    says: ['takes place online'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  {
    conv: 'homeoffice',
    q: 'Is there a seminar about working in the home office?',
    locale: 'en',
    kind: 'list',
    titles: [T.homeoffice],
  },
  {
    conv: 'homeoffice',
    q: 'When does it take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.homeoffice],
    says: ['on Mon, 29 Nov 2027 from 13:00 to 16:00'],
  },
  {
    conv: 'homeoffice',
    q: 'Does it cost anything?',
    locale: 'en',
    kind: 'facts',
    titles: [T.homeoffice],
    says: ['is free of charge'],
  },
  {
    conv: 'haushalt',
    q: 'Gibt es eine Fortbildung zur kommunalen Haushaltsplanung?',
    kind: 'list',
    titles: [T.haushalt],
  },
  {
    conv: 'haushalt',
    q: 'Wer leitet das Seminar?',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['leitet Herr Uwe Kahle'],
  },
  {
    conv: 'haushalt',
    q: 'Und wie lange dauert es?',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['dauert 7 Stunden, von 09:00 bis 16:00 Uhr'],
  },
  { conv: 'ki', q: 'Do you offer any training on AI?', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    conv: 'ki',
    q: 'Where does it take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['at Kreishaus Northeim'],
  },
  {
    conv: 'ki',
    q: 'How many seats are still available?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['has 40 of 40 seats left'],
  },
  // --- topic searches: everyday words, words only in summary or description, synonyms, typos ---------------------------
  { q: 'Gibt es eine Schulung zur Informationsicherheit?', kind: 'list', titles: [T.phishing] },
  {
    q: 'My inbox is overflowing. Is there a course that helps me organise my emails?',
    locale: 'en',
    kind: 'list',
    first: T.outlook,
  },
  { q: 'Is there any training on privacy and the GDPR?', locale: 'en', kind: 'list', titles: [T.datenschutz] },
  { q: 'Gibt es eine Schulung zur elektronischen Akte?', kind: 'list', titles: [T.eakte] },
  { q: 'Do you have anything on the Online Access Act (OZG)?', locale: 'en', kind: 'list', titles: [T.ozg] },
  { q: 'Gibt es einen Exel-Kurs?', kind: 'list', titles: [T.excel] },
  { q: 'Is there a seminar on writting minutes?', locale: 'en', kind: 'list', titles: [T.protokoll] },
  { q: 'Gibt es etwas zu bürgernaher Sprache?', kind: 'list', titles: [T.sprache] },
  { q: 'Haben Sie ein Angebot zur Stressbewältigung?', kind: 'list', titles: [T.gelassen] },
  {
    q: 'Do you have a course that explains the municipal budget?',
    locale: 'en',
    kind: 'list',
    titles: [T.haushalt],
  },
  { q: 'Gibt es eine Schulung zu Sozialleistungen wie dem Bürgergeld?', kind: 'list', titles: [T.sozial] },
  {
    q: 'Is there a course on resolving conflicts within my team?',
    locale: 'en',
    kind: 'list',
    titles: [T.konflikte],
  },
  {
    q: 'Was kann ich tun, wenn Besucher im Bürgerbüro aggresiv werden? Gibt es dafür ein Seminar?',
    kind: 'list',
    titles: [T.deeskalation],
  },
  // --- audience ----------------------------------------------------------------------------------------------------------
  {
    q: 'I am a team leader. Which seminars are meant for me?',
    locale: 'en',
    kind: 'list',
    ...only(T.fuehrung, T.konflikte),
  },
  { q: 'Welche Angebote gibt es für Auszubildende?', kind: 'list', titles: [T.azubis] },
  // --- filters: dates, time of day, format, place, trainer, provider, cost, length, language, seats --------------------
  { q: 'Was findet morgen statt?', kind: 'list', titles: [T.outlook] },
  {
    q: 'What is on next week?',
    locale: 'en',
    kind: 'list',
    titles: [T.phishing, T.gelassen, T.english, T.ki],
  },
  {
    q: 'Welche Seminare gibt es in den nächsten zwei Wochen?',
    kind: 'list',
    titles: [T.outlook, T.datenschutz, T.phishing, T.gelassen, T.english, T.ki],
  },
  { q: 'Welche Seminare finden nächste Woche nachmittags statt?', kind: 'list', titles: [T.gelassen, T.ki] },
  {
    q: 'What is on next month?',
    locale: 'en',
    kind: 'list',
    titles: [T.protokoll, T.ersteHilfe, T.teams, T.fuehrung, T.deeskalation, T.vergabe, T.homeoffice],
  },
  { q: 'Was gibt es im Januar?', kind: 'list', titles: [T.haushalt, T.baurecht, T.eakte, T.sozial] },
  { q: 'Which online seminars are there in December?', locale: 'en', kind: 'list', titles: [T.ozg, T.excel] },
  {
    q: 'Welche Präsenzseminare gibt es im November?',
    kind: 'list',
    titles: [T.protokoll, T.ersteHilfe, T.fuehrung, T.deeskalation, T.vergabe],
  },
  { q: 'Which seminars are hybrid?', locale: 'en', kind: 'list', ...only(T.datenschutz, T.ki, T.haushalt) },
  { q: 'Welche Seminare finden in Einbeck statt?', kind: 'list', ...only(T.english, T.sprache, T.baurecht) },
  {
    q: 'Which courses does Ms Kretschmer teach?',
    locale: 'en',
    kind: 'list',
    ...only(T.outlook, T.teams, T.excel),
  },
  { q: 'Was bietet der GUV Hannover an?', kind: 'list', ...only(T.gelassen, T.ersteHilfe, T.deeskalation) },
  {
    q: 'Welche Seminare bietet der Fachdienst IT des Landkreises an?',
    kind: 'list',
    ...only(T.phishing, T.ki, T.ozg, T.eakte),
  },
  {
    q: 'Welche kostenlosen Seminare gibt es im November?',
    kind: 'list',
    titles: [T.ersteHilfe, T.deeskalation, T.homeoffice],
  },
  { q: 'Are there any seminars that last more than one day?', locale: 'en', kind: 'list', titles: [T.fuehrung] },
  { q: 'Gibt es Seminare auf Englisch?', kind: 'list', titles: [T.english] },
  {
    q: 'Which seminars in December still have free places?',
    locale: 'en',
    kind: 'list',
    titles: [T.sprache, T.konflikte, T.ozg, T.excel],
  },
  // --- gone, drafts never shown, no match, greeting, thanks, registrations, no context ----------------------------------
  { q: 'Wann findet das Seminar zum Zeitmanagement statt?', kind: 'gone', gone: T.zeit },
  {
    q: 'Wann war die Schulung zur neuen Grundsteuer?',
    kind: 'gone',
    gone: T.grundsteuer,
    says: ['Di., 14.09.2027'],
  },
  {
    q: 'When is the course on hazardous substances at the building yard?',
    locale: 'en',
    kind: 'gone',
    gone: T.gefahrstoffe,
    says: ['Thu, 23 Sep 2027'],
  },
  { q: 'Gibt es ein Seminar zur kommunalen Wärmeplanung?', kind: 'none' },
  { q: 'Is there a course on operating a forklift?', locale: 'en', kind: 'none' },
  { q: 'Hello! How can you help me?', locale: 'en', kind: 'help' },
  { q: 'Thank you, that was very helpful!', locale: 'en', kind: 'thanks' },
  { q: 'Für welche Seminare bin ich angemeldet?', kind: 'myRegistrations' },
  { q: 'How much does it cost?', locale: 'en', kind: 'noContext' },
];

heldoutSuite(
  'answering questions about a hundred-and-fifty-fourth, independent catalogue (Landkreis Northeim, NSI, GUV Hannover)',
  {
    fixture: 'heldout154-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
