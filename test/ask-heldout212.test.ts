// Over-fitting check, two-hundred-and-twelfth catalogue: the 2027 autumn programme of the Landkreis Ostprignitz-Ruppin
// (Brandenburg) with the Brandenburgische Kommunalakademie (BKA), the county's Personalamt, the Kommunales
// IT-Dienstleistungszentrum Prignitz-Ruppin (KITZ), the Unfallkasse Brandenburg and the Kreisvolkshochschule (VHS), for
// the county and its towns and municipalities (Neuruppin, Wittstock/Dosse, Kyritz, Rheinsberg, Fehrbellin,
// Wusterhausen/Dosse), imported from a JSON file. Seminars take place in the Kreisverwaltung in Neuruppin, the
// VHS-Bildungszentrum Neuruppin, the town halls of Wittstock, Rheinsberg and Kyritz, the Amtshaus Fehrbellin, the
// Gemeindeverwaltung Wusterhausen/Dosse, online or hybrid. Several titles do not name their subject ("Der Köder im
// Postfach" is phishing / information security, "Durchatmen statt durchhalten" stress and health promotion, "Die
// Maschine schreibt mit" AI, "Gemeinsam im Kanal" Microsoft Teams, "Ein Schreiben für alle" mail merge in Word, "Ruhe
// bewahren, wenn es laut wird" de-escalation, "Schluss mit dem Papierstau" the e-file, "Klar formuliert, gut
// verstanden" plain language, "Der Antrag, der online ankommt" the OZG, "Reibung im Team" conflicts, "Plötzlich Chefin,
// plötzlich Chef" leadership), so only summary, description or topics reveal it; one seminar is held in English; the
// leadership course runs on two days across the end of summer time; the e-file course is open only to Kyritz,
// Wusterhausen/Dosse and Fehrbellin; first aid is free, paid by the Unfallkasse. Questions are asked the way an
// acceptance tester would, with an emphasis on time and place (weeks, months, weekdays, mornings/afternoons, towns,
// venues, online/in person), about a quarter in English, without looking at the parser or the answers.
//
// Calendar around `now` (Tuesday 17 August 2027, 10:30 in Neuruppin, summer time; winter time begins Sun 31.10.2027):
//   this week:  nothing more today; Wed 18.08. 13:00–16:00 Excel (online, tomorrow), Thu 19.08. 09:00–12:00 data
//               protection (hybrid, Kreisverwaltung Neuruppin, free)
//   next week:  Mon 23.08. 09:00–11:00 phishing (online, free), Tue 24.08. 13:30–16:00 stress (online, free),
//               Wed 25.08. 09:00–12:30 English (Rathaus Rheinsberg, 110 €; deadline passed Fri 13.08. 23:59),
//               Thu 26.08. 13:00–16:00 AI (hybrid, free), Fri 27.08. 09:00–11:30 Microsoft Teams (online, free)
//   then:       the cancelled PowerPoint course on Tue 31.08.
//   September:  Wed 01./Thu 02. induction days for trainees (Kreisverwaltung, free), Thu 02. procurement law
//               (Kreisverwaltung, 245 €, deadline Fri 20.08. 12:00), Tue 07. first aid (Amtshaus Fehrbellin, free),
//               Wed 08. mail merge (online, 59 €), Mon 13. de-escalation (Rathaus Wittstock, free, 12 seats),
//               Thu 16. council meetings (Gemeindeverwaltung Wusterhausen/Dosse, 180 €, 16 seats), Tue 21. ergonomics
//               (online, 14:00–15:30, free), Thu 23. e-file (Rathaus Kyritz, members only, free), Thu 30. spa tax
//               (Rathaus Rheinsberg, 195 €)
//   October:    Tue 05. plain language (VHS-Bildungszentrum, 140 €), Mon 11. Scrum (hybrid, 230 €), Wed 13. OZG (online),
//               Wed 20. team conflicts (VHS-Bildungszentrum, for managers), Thu 28.10. (CEST) and Thu 11.11. (CET)
//               leadership (Rathaus Wittstock, 460 €)
//   November:   Tue 02. the cancelled winter-service course, Tue 09. Doppik (Kreisverwaltung, 210 €); the drafts on
//               Wed 10.11. (wolf and beaver) and Tue 16.11. (cemetery administration)
//   past:       Wed 21.04.2027 fire wardens (Rathaus Kyritz), Tue 18.05.2027 e-invoicing (online).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-08-17T08:30:00Z'); // Tuesday, 17 August 2027, 10:30 in Neuruppin (CEST)
const TZ = 'Europe/Berlin';

const T = {
  excel: 'Zahlen im Griff: Excel-Grundlagen für die Sachbearbeitung', // Wed 18.08. 13:00–16:00, online, VHS, Mielke, 75 € (Dienststelle pays)
  datenschutz: 'Datenschutz im Bürgerbüro: Was darf ich sagen?', // Thu 19.08. 09:00–12:00, hybrid (Kreisverwaltung), Personalamt, free
  phishing: 'Der Köder im Postfach', // Mon 23.08. 09:00–11:00, online, KITZ, Lüdtke, information security, free
  stress: 'Durchatmen statt durchhalten', // Tue 24.08. 13:30–16:00, online, Unfallkasse, Kießling, health promotion, free
  english: 'Welcome to Ruppin: English for Citizen Services', // Wed 25.08. 09:00–12:30, Rathaus Rheinsberg, VHS, 110 €, deadline passed Fri 13.08. 23:59
  ki: 'Die Maschine schreibt mit', // Thu 26.08. 13:00–16:00, hybrid (Kreisverwaltung), KITZ, Lüdtke, AI, free
  teams: 'Gemeinsam im Kanal: Microsoft Teams im Arbeitsalltag', // Fri 27.08. 09:00–11:30, online, KITZ, Lüdtke, free
  vergabe: 'Vergaberecht kompakt: Aufträge unterhalb der EU-Schwellenwerte', // Thu 02.09. 09:00–16:00, Kreisverwaltung, BKA, Dr. Hanisch, 245 €, deadline Fri 20.08. 12:00
  azubis: 'Gut angekommen: Einführungstage für neue Auszubildende', // Wed 01.09. and Thu 02.09. 09:00–15:00, Kreisverwaltung, Personalamt, free
  ersteHilfe: 'Erste Hilfe im Betrieb: Grundausbildung für Ersthelfende', // Tue 07.09. 08:30–16:30, Amtshaus Fehrbellin, Unfallkasse, Rettig, free (Unfallkasse pays)
  serienbrief: 'Ein Schreiben für alle', // Wed 08.09. 09:00–12:00, online, VHS, Mielke, 59 €, mail merge in Word
  deeskalation: 'Ruhe bewahren, wenn es laut wird', // Mon 13.09. 09:00–15:00, Rathaus Wittstock, Unfallkasse, Rettig, free, 12 seats
  sitzung: 'Sitzungsdienst von der Einladung bis zur Niederschrift', // Thu 16.09. 09:00–16:00, Gemeindeverwaltung Wusterhausen/Dosse, BKA, Zielke, 180 €, 16 seats
  ergonomie: 'Gesund am Bildschirmarbeitsplatz', // Tue 21.09. 14:00–15:30, online, Unfallkasse, Kießling, free
  eakte: 'Schluss mit dem Papierstau', // Thu 23.09. 09:00–12:00, Rathaus Kyritz, KITZ, Pätzold, e-file, only Kyritz/Wusterhausen/Fehrbellin, free
  kurbeitrag: 'Kurbeitrag und Tourismusabgabe rechtssicher erheben', // Thu 30.09. 09:00–15:00, Rathaus Rheinsberg, BKA, Zielke, 195 € ("Kurtaxe" only in the description)
  sprache: 'Klar formuliert, gut verstanden', // Tue 05.10. 09:00–16:00, VHS-Bildungszentrum Neuruppin, VHS, Ahrens, 140 €, plain language
  scrum: 'Agil im Amt: Projektarbeit mit Scrum', // Mon 11.10. 09:00–16:00, hybrid (Kreisverwaltung), BKA, Wendt, 230 €
  ozg: 'Der Antrag, der online ankommt', // Wed 13.10. 13:00–16:00, online, KITZ, Pätzold, OZG, free
  konflikte: 'Reibung im Team', // Wed 20.10. 09:00–16:00, VHS-Bildungszentrum Neuruppin, VHS, Ahrens, 160 €, for managers
  fuehrung: 'Plötzlich Chefin, plötzlich Chef', // Thu 28.10. (CEST) and Thu 11.11. (CET) 09:00–16:00, Rathaus Wittstock, BKA, Dr. Hanisch, 460 €, new managers
  doppik: 'Doppik verstehen: Haushalt und Jahresabschluss', // Tue 09.11. 09:00–16:00 (CET), Kreisverwaltung, BKA, Zielke, 210 €
  wolf: 'Wolf und Biber im Siedlungsraum', // draft (Wed 10.11.)
  friedhof: 'Moderne Friedhofsverwaltung', // draft (Tue 16.11.)
  powerpoint: 'Präsentieren mit PowerPoint', // cancelled (Tue 31.08.2027)
  winterdienst: 'Sicher im Winterdienst: Schulung für Bauhofbeschäftigte', // cancelled (Tue 02.11.2027)
  erechnung: 'Die E-Rechnung kommt: Umstellung in Kämmerei und Buchhaltung', // past (Tue 18 May 2027)
  brandschutz: 'Feuer aus! Ausbildung zu Brandschutzhelfenden', // past (Wed 21 April 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.wolf, T.friedhof, T.powerpoint, T.winterdienst, T.erechnung, T.brandschutz];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  {
    q: 'Was kostet der Excel-Kurs?',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 75 €'],
    mentions: ['Die Gebühr trägt die entsendende Dienststelle.'],
  },
  {
    q: 'Erste-Hilfe-Lehrgang Kosten?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse Brandenburg.'],
  },
  { q: 'How much is the Scrum course?', locale: 'en', kind: 'facts', titles: [T.scrum], says: ['costs €230'] },
  { q: 'Preis Doppik-Seminar', kind: 'facts', titles: [T.doppik], says: ['kostet 210 €'] },
  // --- facts: when (across the end of summer time), start time, duration -----------------------------------------------
  {
    q: 'Wann ist das Datenschutz-Seminar fürs Bürgerbüro?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['am Do., 19.08.2027 von 09:00 bis 12:00 Uhr'],
  },
  {
    q: 'Wann findet „Plötzlich Chefin, plötzlich Chef“ statt?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 28.10.2027 und Do., 11.11.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'When are the induction days for new trainees?',
    locale: 'en',
    kind: 'facts',
    titles: [T.azubis],
    says: ['on 2 days', 'Wed, 1 Sep 2027 and Thu, 2 Sep 2027', 'each from 09:00 to 15:00'],
  },
  {
    q: 'What time does the phishing training start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['starts on Mon, 23 Aug 2027 at 09:00'],
  },
  {
    q: 'Wie lange dauert die Ergonomie-Schulung?',
    kind: 'facts',
    titles: [T.ergonomie],
    says: ['dauert 1,5 Stunden, von 14:00 bis 15:30 Uhr'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  {
    q: 'Wo findet die Schulung zur Kurtaxe statt?',
    kind: 'facts',
    titles: [T.kurbeitrag],
    says: ['im Rathaus Rheinsberg'],
  },
  {
    q: 'Where is the Sitzungsdienst seminar held?',
    locale: 'en',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['at Gemeindeverwaltung Wusterhausen/Dosse'],
  },
  {
    q: 'KI-Schulung: online oder in Präsenz?',
    kind: 'facts',
    titles: [T.ki],
    says: [/findet hybrid statt|oder online statt/],
  },
  {
    q: 'Wer leitet den Serienbrief-Kurs?',
    kind: 'facts',
    titles: [T.serienbrief],
    says: ['leitet Frau Katrin Mielke'],
  },
  {
    q: 'Wer ist die Referentin bei „Plötzlich Chefin, plötzlich Chef“?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['leitet Frau Dr. Ulrike Hanisch'],
  },
  {
    q: 'Bis wann kann ich mich für Vergaberecht anmelden?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Fr., 20.08.2027, 12:00 Uhr'],
  },
  {
    q: 'Registration deadline for the English course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 13 Aug 2027, 23:59'],
  },
  {
    q: 'Sitzungsdienst – gibt es noch freie Plätze?',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['noch 16 von 16 Plätzen frei'],
  },
  {
    q: 'Are there seats left in the de-escalation course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['has 12 of 12 seats left'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  {
    conv: 'schalter',
    q: 'Gibt es eine Schulung zum Umgang mit aggressiven Kunden am Schalter?',
    kind: 'list',
    titles: [T.deeskalation],
  },
  {
    conv: 'schalter',
    q: 'Wann ist das?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['am Mo., 13.09.2027 von 09:00 bis 15:00 Uhr'],
  },
  {
    conv: 'schalter',
    q: 'Und wo findet der statt?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['im Rathaus Wittstock'],
  },
  { conv: 'chatgpt', q: 'Any training on ChatGPT?', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    conv: 'chatgpt',
    q: 'How much is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is free of charge'],
  },
  {
    conv: 'chatgpt',
    q: 'Where is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['at Kreisverwaltung Ostprignitz-Ruppin', 'or online'],
  },
  { conv: 'bescheide', q: 'Wie schreibe ich Bescheide verständlicher?', kind: 'list', titles: [T.sprache] },
  { conv: 'bescheide', q: 'Was kostet das?', kind: 'facts', titles: [T.sprache], says: ['kostet 140 €'] },
  {
    conv: 'bescheide',
    q: 'Gibt es das auch online?',
    kind: 'facts',
    titles: [T.sprache],
    says: ['findet in Präsenz statt'],
  },
  // --- topic searches: words only in summary or description, synonyms, typos -------------------------------------------
  { q: 'Phising-Schulung', kind: 'list', titles: [T.phishing] },
  { q: 'Exel Grundlagen', kind: 'list', titles: [T.excel] },
  { q: 'Gesundheitsförderung', kind: 'list', ...only(T.stress, T.ergonomie) },
  { q: 'künstliche inteligenz', kind: 'list', titles: [T.ki] },
  { q: 'Ausschreibungen', kind: 'list', titles: [T.vergabe] },
  { q: 'elektronische Akte', kind: 'list', titles: [T.eakte] },
  { q: 'Defibrillator', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'Onlinezugangsgesetz', kind: 'list', titles: [T.ozg] },
  { q: 'Jahresabschluss', kind: 'list', titles: [T.doppik] },
  { q: 'Videokonferenzen', kind: 'list', titles: [T.teams] },
  // --- filters: weeks, months, date ranges, weekdays, time of day, format, place, trainer, provider, audience ---------
  { q: 'Was ist diese Woche noch?', kind: 'list', titles: [T.excel, T.datenschutz] },
  { q: 'Nächste Woche vormittags?', kind: 'list', titles: [T.phishing, T.english, T.teams] },
  { q: 'Anything next week in the afternoon?', locale: 'en', kind: 'list', titles: [T.stress, T.ki] },
  { q: 'Kostenlose Seminare nächste Woche', kind: 'list', titles: [T.phishing, T.stress, T.ki, T.teams] },
  {
    q: 'Was gibt es zwischen dem 1. und 10. September?',
    kind: 'list',
    titles: [T.azubis, T.vergabe, T.ersteHilfe, T.serienbrief],
  },
  { q: 'Was ist im Oktober?', kind: 'list', titles: [T.sprache, T.scrum, T.ozg, T.konflikte, T.fuehrung] },
  { q: 'Online courses next month', locale: 'en', kind: 'list', titles: [T.serienbrief, T.ergonomie] },
  {
    q: 'Kostenlose Seminare im September',
    kind: 'list',
    titles: [T.azubis, T.ersteHilfe, T.deeskalation, T.ergonomie, T.eakte],
  },
  { q: 'Welche Seminare sind montags?', kind: 'list', titles: [T.phishing, T.deeskalation, T.scrum] },
  { q: 'Anything on 16 September?', locale: 'en', kind: 'list', titles: [T.sitzung] },
  { q: 'Was gibt es in Wittstock?', kind: 'list', ...only(T.deeskalation, T.fuehrung) },
  { q: 'Courses in Rheinsberg', locale: 'en', kind: 'list', ...only(T.english, T.kurbeitrag) },
  { q: 'Kurse bei Frau Mielke', kind: 'list', ...only(T.excel, T.serienbrief) },
  {
    q: 'Was bietet die Unfallkasse Brandenburg an?',
    kind: 'list',
    ...only(T.stress, T.ersteHilfe, T.deeskalation, T.ergonomie),
  },
  { q: 'Ich bin Führungskraft, was gibt es für mich?', kind: 'list', ...only(T.konflikte, T.fuehrung) },
  { q: 'Mehrtägige Seminare', kind: 'list', ...only(T.azubis, T.fuehrung) },
  { q: 'Any courses in English?', locale: 'en', kind: 'list', titles: [T.english] },
  // --- gone, drafts never shown, no match, greeting, registrations ----------------------------------------------------
  { q: 'Wann ist der PowerPoint-Kurs?', kind: 'gone', gone: T.powerpoint },
  { q: 'Winterdienst-Schulung für den Bauhof', kind: 'gone', gone: T.winterdienst },
  { q: 'E-Rechnung Schulung, wann war die?', kind: 'gone', gone: T.erechnung, says: ['Di., 18.05.2027'] },
  {
    q: 'When is the Brandschutzhelfer training?',
    locale: 'en',
    kind: 'gone',
    gone: T.brandschutz,
    says: ['Wed, 21 Apr 2027'],
  },
  { q: 'Wolf und Biber', kind: 'none' },
  { q: 'Friedhofsverwaltung', kind: 'none' },
  { q: 'SAP-Schulung', kind: 'none' },
  { q: 'French course', locale: 'en', kind: 'none' },
  { q: 'Hallo', kind: 'help' },
  { q: 'Meine Anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-twelfth, independent catalogue (Landkreis Ostprignitz-Ruppin, BKA, Unfallkasse Brandenburg)',
  {
    fixture: 'heldout212-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
