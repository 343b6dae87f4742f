// Over-fitting check, hundred-and-thirty-sixth catalogue: the 2027 spring programme of the Landkreis Saalekreis
// (Saxony-Anhalt) with the Studieninstitut für kommunale Verwaltung Sachsen-Anhalt (SKV), the Kreisverwaltung's
// Personalentwicklung, the county's IT service provider KommunalIT Saale GmbH, the Unfallkasse Sachsen-Anhalt and the
// Volkshochschule Saalekreis, for the county and its towns (Merseburg, Leuna, Bad Dürrenberg, Schkopau, Querfurt,
// Landsberg, Wettin-Löbejün), imported from a JSON file. Seminars take place in the Kreisverwaltung and the Ständehaus in
// Merseburg, the VHS-Bildungszentrum Merseburg, the town halls of Leuna, Querfurt, Bad Dürrenberg, Landsberg and Löbejün,
// the Gemeindeverwaltung Schkopau, online or hybrid. Several titles do not name their subject ("Ordnung im Postfach" is
// Outlook, "Ein Schlüssel reicht nicht mehr" two-factor authentication and passwords, "Durchatmen statt durchhalten"
// stress management, "Stempeln war gestern" the electronic time recording, "Die ersten hundert Tage" leadership for new
// managers, "Gemeinsam statt nacheinander" Microsoft Teams, "Hilfe, bis der Rettungsdienst kommt" first aid, "Schreiben
// aus dem Paralleluniversum" dealing with Reichsbürger, "Jeder Anruf zählt" telephone communication, "Fragen an die
// Maschine" AI, "Die Akte zieht um" the e-file, "Auskunft geben, ohne zu viel zu sagen" data protection, "Mehr schaffen,
// ohne zu hetzen" time management), so only summary, description or topics reveal it; one seminar is held in English;
// the leadership course runs on two days across the start of summer time (Sun 28.03.2027); the e-file course is open
// only to Leuna, Bad Dürrenberg and Schkopau; the tree-inspection course has 8 seats. Questions are written the way an
// acceptance tester writes them (complete, polite sentences, half of them in English, a few typos), without looking at
// the parser or the answers. Same assertions as the other suites: exactly the expected seminars (best first where one
// is clearly best), the asked fact in the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Wednesday 3 March 2027, 10:00 in Merseburg, winter time; summer time begins Sun 28.03.2027):
//   this week:  nothing more today; Thu 04.03. 13:00–15:30 Outlook (online, tomorrow), Fri 05.03. 09:00–12:00 mobile
//               work (hybrid, Kreisverwaltung Merseburg)
//   next week:  Mon 08.03. 09:00–11:30 two-factor authentication (online), Tue 09.03. 13:00–16:00 stress (Rathaus
//               Leuna), Wed 10.03. 09:00–12:30 English (VHS-Bildungszentrum; deadline Fri 05.03. 12:00), Thu 11.03.
//               13:30–16:00 time recording (online)
//   then:       nothing from Fri 12.03. to Mon 22.03. except the cancelled PDF course (Tue 16.03.)
//   March:      Tue 23. Doppik (Rathaus Querfurt; deadline Tue 09.03. 12:00); Thu 25.03. (CET) and Tue 30.03. (CEST)
//               09:00–16:00 leadership (Ständehaus Merseburg; deadline passed Mon 01.03. 23:59)
//   April:      Thu 01. Teams (online, morning), Wed 07. first aid (Schkopau, 08:00–16:00, free), Tue 13. Bescheide
//               (Bad Dürrenberg, 160 €), Thu 15. Reichsbürger (online, 14:00–16:00), Tue 20. telephone (VHS, 75 €),
//               Tue 27. AI (hybrid, Kreisverwaltung); the cancelled driving-safety training on Thu 22.04.
//   May:        Wed 05. e-file (Rathaus Leuna, members only), Tue 11. procurement (Landsberg; deadline Fri 23.04.
//               23:59), Wed 19. data protection (online, afternoon); the draft social-media course on Tue 18.05.
//   June:       Tue 01. tree inspection (Löbejün, 07:30–15:30, 8 seats), Thu 10. time management (online), Tue 15.
//               annual appraisals (hybrid, Kreisverwaltung, afternoon), Wed 23. payment offices (Querfurt); the draft
//               cemetery course on Wed 09.06.
//   past:       Thu 18.02.2027 property tax (Landsberg), Tue 23.02.2027 travel expenses (Kreisverwaltung).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-03-03T09:00:00Z'); // Wednesday, 3 March 2027, 10:00 in Merseburg (CET)
const TZ = 'Europe/Berlin';

const T = {
  outlook: 'Ordnung im Postfach', // Thu 04.03. 13:00–15:30, online, KommunalIT, Kühne, Outlook, free
  mobil: 'Mobil arbeiten: Die neue Dienstvereinbarung in der Praxis', // Fri 05.03. 09:00–12:00, hybrid (Kreisverwaltung), PE, Weiß, free
  zweiFaktor: 'Ein Schlüssel reicht nicht mehr', // Mon 08.03. 09:00–11:30, online, KommunalIT, Kühne, 2FA / passwords, free
  stress: 'Durchatmen statt durchhalten', // Tue 09.03. 13:00–16:00, Rathaus Leuna, Unfallkasse, Dr. Voigt, stress, free
  english: 'Welcome to Saalekreis: English at the Front Desk', // Wed 10.03. 09:00–12:30, VHS-Bildungszentrum, VHS, Hughes, English, 95 €, 12 seats, deadline Fri 05.03. 12:00
  zeit: 'Stempeln war gestern', // Thu 11.03. 13:30–16:00, online, PE, Pietsch, electronic time recording, free
  doppik: 'Doppik verstehen: Der kommunale Haushalt für Fachämter', // Tue 23.03. 09:00–16:00, Rathaus Querfurt, SKV, Dr. Ebert, 180 €, deadline Tue 09.03. 12:00
  hundert: 'Die ersten hundert Tage', // Thu 25.03. (CET) and Tue 30.03. (CEST) 09:00–16:00, Ständehaus Merseburg, SKV, Dr. Brandt, 420 €, new managers, deadline passed Mon 01.03. 23:59
  teams: 'Gemeinsam statt nacheinander', // Thu 01.04. 09:00–12:00, online, KommunalIT, Hartmann, Microsoft Teams, free
  ersteHilfe: 'Hilfe, bis der Rettungsdienst kommt', // Wed 07.04. 08:00–16:00, Gemeindeverwaltung Schkopau, Unfallkasse, Fiedler, first aid, free (Unfallkasse pays)
  bescheide: 'Bescheide rechtssicher formulieren: Von der Anhörung bis zur Rechtsbehelfsbelehrung', // Tue 13.04. 09:00–15:00, Rathaus Bad Dürrenberg, SKV, Sommer, 160 €
  reichsbuerger: 'Schreiben aus dem Paralleluniversum', // Thu 15.04. 14:00–16:00, online, PE, Kessler, Reichsbürger, free
  telefon: 'Jeder Anruf zählt', // Tue 20.04. 09:00–16:00, VHS-Bildungszentrum, VHS, Schulze, telephone, 75 €, 14 seats
  ki: 'Fragen an die Maschine', // Tue 27.04. 09:00–12:00, hybrid (Kreisverwaltung), KommunalIT, Hartmann, AI, free
  eakte: 'Die Akte zieht um', // Wed 05.05. 09:00–12:00, Rathaus Leuna, KommunalIT, Kühne, e-file, only Leuna/Bad Dürrenberg/Schkopau, free
  vergabe: 'Einkaufen nach Regeln: Vergaberecht nach dem Tariftreue- und Vergabegesetz Sachsen-Anhalt', // Tue 11.05. 09:00–16:00, Rathaus Landsberg, SKV, Dr. Ebert, 210 €, deadline Fri 23.04. 23:59
  datenschutz: 'Auskunft geben, ohne zu viel zu sagen', // Wed 19.05. 13:00–16:00, online, PE, Lehmann, data protection, free
  baum: 'Baumkontrolle an Straßen, Wegen und Plätzen', // Tue 01.06. 07:30–15:30, Rathaus Löbejün, SKV, Krause, 190 €, 8 seats
  zeitmanagement: 'Mehr schaffen, ohne zu hetzen', // Thu 10.06. 09:00–12:00, online, VHS, Schulze, time management, 65 €
  jahresgespraech: 'Gute Gespräche mit dem Team: Jahresgespräche führen', // Tue 15.06. 13:00–16:00, hybrid (Kreisverwaltung), PE, Weiß, managers, free
  zahlstellen: 'Bargeld in der Verwaltung: Zahlstellen und Handvorschüsse sicher führen', // Wed 23.06. 09:00–15:00, Rathaus Querfurt, SKV, Sommer, 140 €
  socialMedia: 'Social Media für Kommunen: Instagram, Facebook und Co.', // draft (Tue 18.05.)
  friedhof: 'Friedhofswesen: Satzung, Gebühren und Nutzungsrechte', // draft (Wed 09.06.)
  pdf: 'Barrierefreie PDF-Dokumente erstellen', // cancelled (Tue 16.03.2027)
  fahrsicherheit: 'Sicher am Steuer: Fahrsicherheitstraining für Dienstfahrten', // cancelled (Thu 22.04.2027)
  reisekosten: 'Dienstreisen richtig abrechnen: Das Reisekostenrecht in Sachsen-Anhalt', // past (Tue 23 Feb 2027)
  grundsteuer: 'Grundsteuerreform: Die neuen Bescheide verstehen und erklären', // past (Thu 18 Feb 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.socialMedia, T.friedhof, T.pdf, T.fahrsicherheit, T.reisekosten, T.grundsteuer];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  {
    q: 'Guten Tag, was kostet das Seminar zum Zeitmanagement?',
    kind: 'facts',
    titles: [T.zeitmanagement],
    says: ['kostet 65 €'],
  },
  {
    q: 'How much does the course on cash handling in payment offices cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.zahlstellen],
    says: ['costs €140'],
  },
  {
    q: 'Ist der Erste-Hilfe-Lehrgang für uns kostenlos?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Kosten trägt die Unfallkasse Sachsen-Anhalt.'],
  },
  // --- facts: when (across the start of summer time), start time, duration --------------------------------------------
  {
    q: 'Wann findet das Seminar „Die ersten hundert Tage“ statt?',
    kind: 'facts',
    titles: [T.hundert],
    says: ['an 2 Tagen', 'Do., 25.03.2027 und Di., 30.03.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'When does the time managment course take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.zeitmanagement],
    says: ['on Thu, 10 Jun 2027 from 09:00 to 12:00'],
  },
  {
    q: 'At what time does the first aid course start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['starts on Wed, 7 Apr 2027 at 08:00'],
  },
  {
    q: 'Um wie viel Uhr beginnt die Schulung zur Baumkontrole?',
    kind: 'facts',
    titles: [T.baum],
    says: ['beginnt am Di., 01.06.2027 um 07:30 Uhr'],
  },
  {
    q: 'Wie lange dauert die Outlook-Schulung?',
    kind: 'facts',
    titles: [T.outlook],
    says: ['dauert 2,5 Stunden, von 13:00 bis 15:30 Uhr'],
  },
  {
    q: 'How long does the course for new managers last?',
    locale: 'en',
    kind: 'facts',
    titles: [T.hundert],
    says: ['lasts 2 days, each from 09:00 to 16:00'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  { q: 'Wo findet der Doppik-Kurs statt?', kind: 'facts', titles: [T.doppik], says: ['im Rathaus Querfurt'] },
  {
    q: 'Where is the workshop on coping with stress held?',
    locale: 'en',
    kind: 'facts',
    titles: [T.stress],
    says: ['at Rathaus Leuna'],
  },
  {
    q: 'Kann ich an der Veranstaltung zur Dienstvereinbarung über mobiles Arbeiten auch online teilnehmen?',
    kind: 'facts',
    titles: [T.mobil],
    says: [/findet hybrid statt/],
  },
  {
    q: 'Is the telephone course online or in person?',
    locale: 'en',
    kind: 'facts',
    titles: [T.telefon],
    says: ['takes place in person'],
  },
  {
    q: 'Wer leitet die Schulung zu Bescheiden und Widersprüchen?',
    kind: 'facts',
    titles: [T.bescheide],
    says: ['leitet Frau Katrin Sommer'],
  },
  {
    q: 'Who is the trainer for the English course for front desk staff?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['is led by Herr Daniel Hughes'],
  },
  {
    q: 'What is the registration deadline for the Vergaberect seminar?',
    locale: 'en',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['until Fri, 23 Apr 2027, 23:59'],
  },
  {
    q: 'Ist die Anmeldefrist für „Die ersten hundert Tage“ schon abgelaufen?',
    kind: 'facts',
    titles: [T.hundert],
    says: ['ist am Mo., 01.03.2027, 23:59 Uhr abgelaufen'],
  },
  {
    q: 'How many seats are left on the tree inspection course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.baum],
    says: ['has 8 of 8 seats left'],
  },
  {
    q: 'Sind für den Englischkurs am Empfang noch Plätze frei?',
    kind: 'facts',
    titles: [T.english],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  { conv: 'zwei-faktor', q: 'Gibt es eine Schulung zur Zwei-Faktor-Anmeldung?', kind: 'list', titles: [T.zweiFaktor] },
  {
    conv: 'zwei-faktor',
    q: 'Wann findet die statt?',
    kind: 'facts',
    titles: [T.zweiFaktor],
    says: ['am Mo., 08.03.2027 von 09:00 bis 11:30 Uhr'],
  },
  {
    conv: 'zwei-faktor',
    q: 'Und wer leitet sie?',
    kind: 'facts',
    titles: [T.zweiFaktor],
    says: ['leitet Herr Sebastian Kühne'],
  },
  {
    conv: 'ai',
    q: 'Is there any training on artificial intelligence?',
    locale: 'en',
    kind: 'list',
    titles: [T.ki],
  },
  { conv: 'ai', q: 'What does it cost?', locale: 'en', kind: 'facts', titles: [T.ki], says: ['is free of charge'] },
  {
    conv: 'ai',
    q: 'Where does it take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['at Kreisverwaltung Saalekreis', 'or online'],
  },
  {
    conv: 'telefon',
    q: 'Ich suche eine Fortbildung, in der man lernt, am Telefon freundlich und sicher mit Bürgern zu sprechen.',
    kind: 'list',
    titles: [T.telefon],
  },
  {
    conv: 'telefon',
    q: 'Sind dort noch Plätze frei?',
    kind: 'facts',
    titles: [T.telefon],
    says: ['noch 14 von 14 Plätzen frei'],
  },
  {
    conv: 'sovereign',
    q: 'Do you have anything on dealing with sovereign citizens?',
    locale: 'en',
    kind: 'list',
    titles: [T.reichsbuerger],
  },
  {
    conv: 'sovereign',
    q: 'When is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.reichsbuerger],
    says: ['on Thu, 15 Apr 2027 from 14:00 to 16:00'],
  },
  // --- topic searches: everyday words, words only in summary or description, synonyms, typos ---------------------------
  { q: 'Gibt es eine Schulung zum Thema Homeoffice?', kind: 'list', titles: [T.mobil] },
  {
    q: 'Is there a course on how to record my working hours electronically?',
    locale: 'en',
    kind: 'list',
    titles: [T.zeit],
  },
  { q: 'Do you offer a course in resuscitation (CPR)?', locale: 'en', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'Haben Sie etwas zum Thema Doppick?', kind: 'list', titles: [T.doppik] },
  { q: 'Is there any training on public procurement?', locale: 'en', kind: 'list', titles: [T.vergabe] },
  { q: 'Gibt es ein Seminar zum Datenschuz?', kind: 'list', titles: [T.datenschutz] },
  { q: 'How can I get my overflowing inbox under control?', locale: 'en', kind: 'list', titles: [T.outlook] },
  { q: 'Gibt es eine Einführung in Microsoft Teams?', kind: 'list', titles: [T.teams] },
  { q: 'Gibt es etwas zur elektronischen Akte?', kind: 'list', titles: [T.eakte] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, length, cost, language, seats ---------
  { q: 'Was findet morgen statt?', kind: 'list', titles: [T.outlook] },
  { q: 'What seminars are on this week?', locale: 'en', kind: 'list', titles: [T.outlook, T.mobil] },
  { q: 'Welche Seminare finden nächste Woche am Nachmittag statt?', kind: 'list', titles: [T.stress, T.zeit] },
  {
    q: 'Which seminars take place next week in the morning?',
    locale: 'en',
    kind: 'list',
    titles: [T.zweiFaktor, T.english],
  },
  {
    q: 'Was läuft in den nächsten zwei Wochen?',
    kind: 'list',
    titles: [T.outlook, T.mobil, T.zweiFaktor, T.stress, T.english, T.zeit],
  },
  {
    q: "What's on next month?",
    locale: 'en',
    kind: 'list',
    titles: [T.teams, T.ersteHilfe, T.bescheide, T.reichsbuerger, T.telefon, T.ki],
  },
  {
    q: 'Welche kostenlosen Seminare gibt es im April?',
    kind: 'list',
    titles: [T.teams, T.ersteHilfe, T.reichsbuerger, T.ki],
  },
  { q: 'Which seminars are online next week?', locale: 'en', kind: 'list', titles: [T.zweiFaktor, T.zeit] },
  { q: 'Welche Seminare finden hybrid statt?', kind: 'list', ...only(T.mobil, T.ki, T.jahresgespraech) },
  { q: 'Welche Veranstaltungen finden in Leuna statt?', kind: 'list', ...only(T.stress, T.eakte) },
  { q: 'Which courses does Mr Kühne teach?', locale: 'en', kind: 'list', ...only(T.outlook, T.zweiFaktor, T.eakte) },
  { q: 'Was bietet die Volkshochschule an?', kind: 'list', ...only(T.english, T.telefon, T.zeitmanagement) },
  { q: 'Are there any courses for managers?', locale: 'en', kind: 'list', ...only(T.hundert, T.jahresgespraech) },
  { q: 'Gibt es mehrtägige Seminare?', kind: 'list', titles: [T.hundert] },
  { q: 'Are any courses held in English?', locale: 'en', kind: 'list', titles: [T.english] },
  {
    q: 'Which seminars in May still have free seats?',
    locale: 'en',
    kind: 'list',
    titles: [T.eakte, T.vergabe, T.datenschutz],
  },
  // --- gone, drafts never shown, no match, greeting --------------------------------------------------------------------
  { q: 'Wann findet der Kurs zu barrierefreien PDF-Dokumenten statt?', kind: 'gone', gone: T.pdf },
  { q: 'Is the Fahrsicherheitstraining still taking place?', locale: 'en', kind: 'gone', gone: T.fahrsicherheit },
  {
    q: 'Wann war das Seminar zur Reisekostenabrechnung?',
    kind: 'gone',
    gone: T.reisekosten,
    says: ['Di., 23.02.2027'],
  },
  {
    q: 'When is the Grundsteuer seminar?',
    locale: 'en',
    kind: 'gone',
    gone: T.grundsteuer,
    says: ['Thu, 18 Feb 2027'],
  },
  { q: 'Gibt es eine Schulung zu Instagram?', kind: 'none' },
  { q: 'Is there a seminar about Friedhofsverwaltung?', locale: 'en', kind: 'none' },
  { q: 'Bieten Sie einen Gabelstaplerschein an?', kind: 'none' },
  { q: 'Do you have a Spanish course for beginners?', locale: 'en', kind: 'none' },
  { q: 'Guten Morgen!', kind: 'help' },
  { q: 'Hello, what can you do?', locale: 'en', kind: 'help' },
];

heldoutSuite(
  'answering questions about a hundred-and-thirty-sixth, independent catalogue (Landkreis Saalekreis, SKV, Unfallkasse Sachsen-Anhalt)',
  {
    fixture: 'heldout136-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
