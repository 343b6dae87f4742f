// Over-fitting check, hundred-and-ninety-first catalogue: the autumn and winter programme 2027/28 of the Landkreis
// Eichsfeld (Thuringia) with the Thüringer Verwaltungsschule (TVS), the county's Personalentwicklung, the Kommunale
// Informationsverarbeitung Thüringen (KIV), the Unfallkasse Thüringen and the Kreisvolkshochschule Eichsfeld (KVHS), for
// the county and its towns and municipalities (Heilbad Heiligenstadt, Leinefelde-Worbis, Dingelstädt, Niederorschel,
// Uder, Am Ohmberg), imported from a JSON file. Seminars take place in the Landratsamt in Heilbad Heiligenstadt, the
// KVHS-Bildungszentren in Leinefelde and Heilbad Heiligenstadt, the Tagungshaus Kerbscher Berg in Dingelstädt, the town
// halls of Heilbad Heiligenstadt, Leinefelde-Worbis, Dingelstädt, Niederorschel and Uder, the Gemeindeverwaltung Am
// Ohmberg, online or hybrid. Several titles do not name their subject ("Der digitale Kollege" is AI, "Vorsicht,
// Anhang!" information security, "Durchatmen im Dienst" stress management, "Der Vorgang wandert mit" the e-file,
// "Die ersten hundert Tage" leadership for new managers, "Schreiben, die ankommen" plain language, "Ruhe bewahren, wenn
// es brenzlig wird" de-escalation, "Antrag per Klick" the OZG, "Gut für sich und das Team sorgen" healthy leadership,
// "Für alle lesbar" accessible documents, "Was bleibt, wenn jemand geht" knowledge transfer, "Das Jahresgespräch"
// appraisal interviews, "Die Stadt postet" social media), so only summary, description or topics reveal it. One seminar
// is held in English; two run on two days (leadership in November, safety representatives in January); the e-file
// course is open only to Dingelstädt, Niederorschel and Uder; first aid is free, paid by the Unfallkasse. Questions are
// written the way an acceptance tester would: half of them polite full sentences that open with a greeting or the
// asker's job, a quarter in English, the rest short, without looking at the parser or the answers. Same assertions as
// the other suites: exactly the expected seminars, the asked fact in the first sentence, never a draft, cancelled or
// past seminar.
//
// Calendar around `now` (Wednesday 27 October 2027, 09:15 in Heilbad Heiligenstadt, still summer time; winter time
// begins Sun 31.10.2027, so every session from November on is CET):
//   this week:  Wed 27.10. 13:00–15:30 AI (online, today), Thu 28.10. 09:00–12:00 Excel (KVHS Leinefelde, tomorrow),
//               Fri 29.10. 09:00–12:30 data protection (hybrid, Landratsamt); deadline of the leadership course
//               Fri 29.10. 12:00 (CEST)
//   next week:  Tue 02.11. 09:00–11:00 information security (online; also the procurement deadline, 12:00 CET),
//               Wed 03.11. 13:30–16:00 stress (online), Thu 04.11. 09:00–12:30 English (Rathaus Heiligenstadt; deadline
//               passed Fri 22.10. 23:59), Fri 05.11. 13:00–15:00 Outlook (online)
//   November:   Tue 09. procurement law (Landratsamt), Wed 10. e-file (Dingelstädt, members only), the cancelled winter
//               service briefing on Thu 11., Mon 15./Tue 16. leadership (Kerbscher Berg, Dingelstädt), the cancelled
//               photo course on Tue 16., Thu 18. first aid (Leinefelde-Worbis), Tue 23. plain language (KVHS
//               Heiligenstadt), Thu 25. de-escalation (Niederorschel), Tue 30. council meetings (Uder)
//   December:   Wed 01. OZG (online), Tue 07. healthy leadership (Landratsamt), Wed 08. civil status law (Landratsamt),
//               Thu 09. accessible documents (online); the draft cemetery-software course on Tue 14.12.
//   January:    Tue 11. knowledge transfer (hybrid), Wed 12. appraisal interviews, Thu 13. social media (online),
//               Tue 18./Wed 19. safety representatives (Am Ohmberg), Tue 25. QGIS (Landratsamt); the draft
//               self-protection course on Thu 20.01.2028
//   past:       Wed 07.07.2027 heat protection (online), Tue 14.09.2027 property tax (Landratsamt).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-10-27T07:15:00Z'); // Wednesday, 27 October 2027, 09:15 in Heilbad Heiligenstadt (CEST)
const TZ = 'Europe/Berlin';

const T = {
  ki: 'Der digitale Kollege', // Wed 27.10. 13:00–15:30, online, KIV, Hupe, AI / ChatGPT, free
  excel: 'Tabellen, die rechnen: Excel-Grundlagen für die Verwaltung', // Thu 28.10. 09:00–12:00, KVHS Leinefelde, Fromm, 79 € (note)
  datenschutz: 'Wer darf was wissen? Datenschutz im Bürgerkontakt', // Fri 29.10. 09:00–12:30, hybrid (Landratsamt), PE, free
  phishing: 'Vorsicht, Anhang!', // Tue 02.11. 09:00–11:00, online, KIV, Hupe, information security, free
  stress: 'Durchatmen im Dienst', // Wed 03.11. 13:30–16:00, online, UKT, Dr. Kellner, stress / resilience, free
  english: 'Welcome to Eichsfeld: English at the Front Desk', // Thu 04.11. 09:00–12:30, Rathaus Heiligenstadt, KVHS, Hall, 95 €, deadline passed Fri 22.10. 23:59
  outlook: 'Ordnung im Posteingang: Outlook effizient nutzen', // Fri 05.11. 13:00–15:00, online, KVHS, Fromm, 49 €
  vergabe: 'Vergaberecht kompakt: UVgO und ThürVgG in der Praxis', // Tue 09.11. 09:00–16:00, Landratsamt, TVS, Dr. Wiegand, 240 €, deadline Tue 02.11. 12:00
  eakte: 'Der Vorgang wandert mit', // Wed 10.11. 09:00–12:00, Rathaus Dingelstädt, KIV, Rhode, e-file, only Dingelstädt/Niederorschel/Uder, free
  fuehrung: 'Die ersten hundert Tage', // Mon 15.11. and Tue 16.11. 09:00–16:00, Kerbscher Berg Dingelstädt, TVS, Dr. Gerlach, 520 €, deadline Fri 29.10. 12:00
  ersteHilfe: 'Erste Hilfe im Betrieb: Ausbildung für Ersthelfende', // Thu 18.11. 08:30–16:00, Rathaus Leinefelde-Worbis, UKT, Leineweber, free (note)
  schreiben: 'Schreiben, die ankommen', // Tue 23.11. 09:00–15:00, KVHS Heiligenstadt, Wehr, 135 €, plain language
  deeskalation: 'Ruhe bewahren, wenn es brenzlig wird', // Thu 25.11. 09:00–15:00, Rathaus Niederorschel, UKT, Brandt, free, 14 seats
  sitzung: 'Sitzungsdienst nach der ThürKO: Von der Einladung bis zur Niederschrift', // Tue 30.11. 09:00–16:00, Rathaus Uder, TVS, Vogt, 180 €
  ozg: 'Antrag per Klick', // Wed 01.12. 13:00–15:30, online, KIV, Rhode, OZG, free
  gesundFuehren: 'Gut für sich und das Team sorgen', // Tue 07.12. 09:00–13:00, Landratsamt, UKT, Dr. Kellner, healthy leadership, free, managers
  standesamt: 'Aktuelles Personenstandsrecht: Namensrecht und Auslandsfälle', // Wed 08.12. 09:00–16:00, Landratsamt, TVS, Hahnemann, 210 €
  barrierefrei: 'Für alle lesbar', // Thu 09.12. 09:00–12:00, online, KVHS, Fromm, accessible documents, 59 €
  wissen: 'Was bleibt, wenn jemand geht', // Tue 11.01.2028 09:00–12:00, hybrid (Landratsamt), PE, Degenhardt, knowledge transfer, free
  mag: 'Das Jahresgespräch', // Wed 12.01.2028 09:00–15:00, Landratsamt, PE, Degenhardt, appraisal interviews, free, managers
  social: 'Die Stadt postet', // Thu 13.01.2028 13:00–16:00, online, KVHS, Wand, social media, 69 €
  sicherheit: 'Ausbildung zur und zum Sicherheitsbeauftragten', // Tue 18.01. and Wed 19.01.2028 08:30–15:30, Am Ohmberg, UKT, Leineweber, free
  gis: 'Karten fürs Amt: Geodaten mit QGIS', // Tue 25.01.2028 09:00–15:00, Landratsamt, KIV, Hupe, 150 €, 10 seats
  friedhof: 'Ruhe in Ordnung: Friedhofsverwaltung mit Software', // draft (Tue 14.12.2027)
  eigensicherung: 'Eigensicherung im Außendienst', // draft (Thu 20.01.2028)
  winterdienst: 'Sicher unterwegs im Winterdienst: Unterweisung für Bauhöfe', // cancelled (Thu 11.11.2027)
  bilder: 'Gute Bilder für Website und Amtsblatt', // cancelled (Tue 16.11.2027)
  grundsteuer: 'Die neue Grundsteuer: Messbescheide, Hebesätze, Widersprüche', // past (Tue 14 September 2027)
  hitze: 'Hitzeschutz bei der Arbeit im Freien', // past (Wed 7 July 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.friedhof, T.eigensicherung, T.winterdienst, T.bilder, T.grundsteuer, T.hitze];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  {
    q: 'Guten Tag, ich bin Sachbearbeiterin in der Kämmerei. Was kostet der Excel-Kurs?',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 79 €'],
    mentions: ['Die Kosten trägt die entsendende Dienststelle.'],
  },
  {
    q: 'was kostet erste hilfe',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse Thüringen.'],
  },
  {
    q: 'How much does the seminar Die ersten hundert Tage cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['costs €520'],
  },
  // --- facts: when (after the end of summer time), start time, duration ----------------------------------------------
  {
    q: 'Guten Morgen, ich habe gerade die Leitung eines Sachgebiets übernommen. Wann findet „Die ersten hundert Tage“ statt?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Mo., 15.11.2027 und Di., 16.11.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: "Hello, I'm in the IT department. When is the phishing training?",
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['on Tue, 2 Nov 2027 from 09:00 to 11:00'],
  },
  {
    q: 'When does the training for Sicherheitsbeauftragte take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.sicherheit],
    says: ['on 2 days', 'Tue, 18 Jan 2028 and Wed, 19 Jan 2028', 'each from 08:30 to 15:30'],
  },
  {
    q: 'um wieviel uhr beginnt erste hilfe',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['beginnt am Do., 18.11.2027 um 08:30 Uhr'],
  },
  {
    q: 'Hallo, ich arbeite im Bürgerbüro und würde gern wissen, wie lange das Seminar „Durchatmen im Dienst“ dauert.',
    kind: 'facts',
    titles: [T.stress],
    says: ['dauert 2,5 Stunden, von 13:30 bis 16:00 Uhr'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  {
    q: 'Guten Tag, ich arbeite im Hauptamt und betreue die Sitzungen des Stadtrats. Wo findet das Seminar zum Sitzungsdienst statt?',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['im Rathaus Uder'],
  },
  {
    q: 'Where is the data protection seminar held?',
    locale: 'en',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['at Landratsamt Eichsfeld', 'or online'],
  },
  {
    q: 'Guten Tag, ich erstelle im Sozialamt viele Formulare. Findet die Schulung zu barrierefreien Dokumenten online statt?',
    kind: 'facts',
    titles: [T.barrierefrei],
    says: ['findet online statt'],
  },
  {
    q: 'Guten Tag, ich leite ein Team im Jugendamt. Wer führt durch das Seminar zum Jahresgespräch?',
    kind: 'facts',
    titles: [T.mag],
    says: ['leitet Frau Sabine Degenhardt'],
  },
  {
    q: 'who is the trainer for the plain language workshop',
    locale: 'en',
    kind: 'facts',
    titles: [T.schreiben],
    says: ['is led by Frau Annette Wehr'],
  },
  {
    q: 'Guten Tag, ich arbeite in der zentralen Vergabestelle. Bis wann kann ich mich für das Vergaberecht-Seminar anmelden?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Di., 02.11.2027, 12:00 Uhr'],
  },
  {
    q: 'Guten Tag, ich möchte mich für „Die ersten hundert Tage“ anmelden. Bis wann ist das möglich?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['bis Fr., 29.10.2027, 12:00 Uhr'],
  },
  {
    q: "What's the registration deadline for Welcome to Eichsfeld?",
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 22 Oct 2027, 23:59'],
  },
  {
    q: 'Guten Tag, ich arbeite in der Bauverwaltung. Sind beim QGIS-Kurs noch Plätze frei?',
    kind: 'facts',
    titles: [T.gis],
    says: ['noch 10 von 10 Plätzen frei'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  {
    conv: 'standesamt',
    q: 'Guten Tag, ich arbeite im Standesamt und suche eine Fortbildung zum Namensrecht.',
    kind: 'list',
    titles: [T.standesamt],
  },
  {
    conv: 'standesamt',
    q: 'Können Sie mir sagen, wann die stattfindet?',
    kind: 'facts',
    titles: [T.standesamt],
    says: ['am Mi., 08.12.2027 von 09:00 bis 16:00 Uhr'],
  },
  { conv: 'standesamt', q: 'Und was kostet das?', kind: 'facts', titles: [T.standesamt], says: ['kostet 210 €'] },
  {
    conv: 'tresen',
    q: 'Hallo, bei uns im Bürgerbüro werden Besucher immer öfter laut und ausfallend. Gibt es dazu eine Schulung?',
    kind: 'list',
    titles: [T.deeskalation],
  },
  {
    conv: 'tresen',
    q: 'wo findet der statt?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['im Rathaus Niederorschel'],
  },
  {
    conv: 'tresen',
    q: 'noch plätze frei?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['noch 14 von 14 Plätzen frei'],
  },
  {
    conv: 'ai',
    q: "Hi, I work in the mayor's office. Is there any training on ChatGPT or similar AI tools?",
    locale: 'en',
    kind: 'list',
    titles: [T.ki],
  },
  {
    conv: 'ai',
    q: 'When is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['on Wed, 27 Oct 2027 from 13:00 to 15:30'],
  },
  {
    conv: 'ai',
    q: 'Is it online or in person?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['takes place online'],
  },
  {
    conv: 'akte',
    q: 'Guten Tag, unsere Verwaltung stellt gerade auf die elektronische Akte um. Gibt es dazu eine Schulung?',
    kind: 'list',
    titles: [T.eakte],
  },
  { conv: 'akte', q: 'wer leitet die?', kind: 'facts', titles: [T.eakte], says: ['leitet Frau Jana Rhode'] },
  // --- topic searches: words only in summary or description, synonyms, English words, typos ---------------------------
  {
    q: 'Guten Tag, ich bin IT-Koordinatorin in der Gemeinde. Gibt es etwas zur Informationssicherheit?',
    kind: 'list',
    titles: [T.phishing],
  },
  { q: 'resilienz', kind: 'list', titles: [T.stress] },
  { q: 'Anything on burnout prevention?', locale: 'en', kind: 'list', titles: [T.stress] },
  {
    q: 'Guten Tag, ich schreibe im Ordnungsamt viele Bescheide. Gibt es ein Seminar, wie man weniger Amtsdeutsch schreibt?',
    kind: 'list',
    titles: [T.schreiben],
  },
  { q: 'exel kurs', kind: 'list', titles: [T.excel] },
  {
    q: 'Is there training on knowledge transfer before colleagues retire?',
    locale: 'en',
    kind: 'list',
    titles: [T.wissen],
  },
  {
    q: 'Guten Tag, ich betreue die Facebook- und Instagram-Seiten unserer Stadt. Gibt es dazu eine Fortbildung?',
    kind: 'list',
    titles: [T.social],
  },
  { q: 'beschaffung', kind: 'list', titles: [T.vergabe] },
  {
    q: 'Guten Tag, ich bin Sachgebietsleiter im Bauamt. Gibt es etwas zu Mitarbeitergesprächen?',
    kind: 'list',
    titles: [T.mag],
  },
  {
    q: 'Ich leite eine Abteilung. Gibt es ein Seminar zu gesunder Führung?',
    kind: 'list',
    titles: [T.gesundFuehren],
  },
  // --- dates and periods (by date) -------------------------------------------------------------------------------------
  { q: 'was ist heute noch', kind: 'list', titles: [T.ki] },
  {
    q: 'Guten Morgen, ich habe diese Woche noch Zeit für eine Fortbildung. Was wird diese Woche noch angeboten?',
    kind: 'list',
    titles: [T.ki, T.excel, T.datenschutz],
  },
  {
    q: "What's on next week?",
    locale: 'en',
    kind: 'list',
    titles: [T.phishing, T.stress, T.english, T.outlook],
  },
  { q: 'nächste woche nachmittags', kind: 'list', titles: [T.stress, T.outlook] },
  {
    q: 'Guten Tag, ich koordiniere die Fortbildungen in unserem Amt. Was wird im Dezember angeboten?',
    kind: 'list',
    titles: [T.ozg, T.gesundFuehren, T.standesamt, T.barrierefrei],
  },
  {
    q: 'Which seminars are there between 15 and 26 November?',
    locale: 'en',
    kind: 'list',
    titles: [T.fuehrung, T.ersteHilfe, T.schreiben, T.deeskalation],
  },
  {
    q: 'Guten Tag, unser Fortbildungsbudget ist aufgebraucht. Welche kostenlosen Seminare gibt es im November?',
    kind: 'list',
    titles: [T.phishing, T.stress, T.eakte, T.ersteHilfe, T.deeskalation],
  },
  { q: 'online seminare im dezember', kind: 'list', titles: [T.ozg, T.barrierefrei] },
  // --- filters: place, trainer, provider, audience, length, language, format -------------------------------------------
  {
    q: 'Hallo, ich arbeite in Leinefelde und möchte kurze Wege. Welche Seminare finden in Leinefelde statt?',
    kind: 'list',
    ...only(T.excel, T.ersteHilfe),
  },
  {
    q: 'Guten Tag, ich arbeite bei der Stadt Dingelstädt. Welche Seminare finden bei uns in Dingelstädt statt?',
    kind: 'list',
    ...only(T.eakte, T.fuehrung),
  },
  { q: 'kurse von frau fromm', kind: 'list', ...only(T.excel, T.outlook, T.barrierefrei) },
  {
    q: 'What does the Unfallkasse Thüringen offer?',
    locale: 'en',
    kind: 'list',
    ...only(T.stress, T.ersteHilfe, T.deeskalation, T.gesundFuehren, T.sicherheit),
  },
  {
    q: 'Guten Tag, ich bin Führungskraft und suche passende Seminare für mich.',
    kind: 'list',
    ...only(T.fuehrung, T.gesundFuehren, T.mag),
  },
  {
    q: 'Guten Tag, ich kann mir gut einen längeren Block freihalten. Gibt es mehrtägige Seminare?',
    kind: 'list',
    ...only(T.fuehrung, T.sicherheit),
  },
  { q: 'Are there any courses held in English?', locale: 'en', kind: 'list', titles: [T.english] },
  {
    q: 'Hallo, ich arbeite in einer Außenstelle und möchte nicht extra anreisen. Welche Seminare kann ich hybrid besuchen?',
    kind: 'list',
    ...only(T.datenschutz, T.wissen),
  },
  // --- gone, drafts never shown, no match, greeting, registrations -----------------------------------------------------
  { q: 'wann ist der winterdienst lehrgang', kind: 'gone', gone: T.winterdienst },
  {
    q: 'Is the course Gute Bilder für Website und Amtsblatt still happening?',
    locale: 'en',
    kind: 'gone',
    gone: T.bilder,
  },
  {
    q: 'Guten Tag, ich bin in der Steuerabteilung. Wann ist das Seminar zur neuen Grundsteuer?',
    kind: 'gone',
    gone: T.grundsteuer,
    says: ['Di., 14.09.2027'],
  },
  {
    q: 'Guten Tag, ich arbeite in der Grünflächenpflege. Wann war denn die Unterweisung zum Hitzeschutz?',
    kind: 'gone',
    gone: T.hitze,
    says: ['Mi., 07.07.2027'],
  },
  { q: 'eigensicherung im ordnungsdienst', kind: 'none' },
  {
    q: 'Guten Tag, ich bin in der Friedhofsverwaltung tätig. Gibt es eine Schulung zur Friedhofssoftware?',
    kind: 'none',
  },
  { q: 'Guten Tag, ich bin im Einwohnermeldeamt. Bieten Sie auch einen Polnischkurs an?', kind: 'none' },
  { q: 'hallo', kind: 'help' },
  { q: 'hi, what can you do?', locale: 'en', kind: 'help' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a hundred-and-ninety-first, independent catalogue (Landkreis Eichsfeld, TVS, Unfallkasse Thüringen)',
  {
    fixture: 'heldout191-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
