// Over-fitting check, seventy-third catalogue: the 2028 summer/autumn programme of the Landkreis Görlitz with the
// Sächsische Anstalt für kommunale Datenverarbeitung (SAKD), the Sächsisches Verwaltungsseminar Bautzen, the county's Amt
// für Personal und Organisation and the Sächsische Landesstelle für Brandschutz, for the county and its towns (Görlitz,
// Zittau, Löbau, Niesky, Weißwasser, Herrnhut, Gemeinde Kodersdorf), imported from a JSON file. Seminars take place in the
// Landratsamt Görlitz (Bahnhofstraße), in its Außenstelle Zittau (Hochwaldstraße), online or hybrid. Several titles do
// not name their subject ("Vom Bedarf zum Zuschlag" is procurement, "Abläufe sichtbar machen, Engpässe finden" process
// management, "Ruhe bewahren, richtig handeln" the fire-safety helper training, "Neue Ideen für alte Aufgaben" innovation
// management with design thinking, "Führen, wenn sich alles ändert" leadership in the digital change, "Klar gesagt, gut
// verstanden" plain-language letters, "Kraft tanken statt ausbrennen" stress, "Gut verbunden, auch auf Abstand" mobile
// work), so only summary, description or topics reveal it; no text says "Homeoffice" or "KI". One seminar is held in
// English (cooperation with Polish and Czech partners) and its registration deadline has passed; the leadership course
// runs on two Thursdays across the end of summer time. Questions are the plain kind an employee types in Teams, written
// without looking at the parser or the answers. Same assertions as the other suites: exactly the expected seminars (best
// first where one is clearly best, date order for time questions), the asked fact in the first sentence, never a draft,
// cancelled or past seminar.
//
// Calendar around `now` (Tuesday 12 September 2028, 10:00 in Görlitz, summer time; summer time ends Sun 29.10.2028):
//   this week:  nothing more today; Wed 13.09. 09:00–12:00 Teams (online, tomorrow), Thu 14.09. 13:00–16:00 data protection (hybrid)
//   next week:  Mon 18.09. morning (E-Akte, Zittau), Tue 19.09. afternoon (phishing, online),
//               Thu 21.09. morning (English, Landratsamt), Fri 22.09. afternoon (AI, hybrid)
//   then:       nothing from Sat 23.09. to Wed 27.09.; Thu 28.09. procurement (Zittau)
//   October:    Mon 02.10. mobile work (online), Wed 11.10. process management, Thu/Fri 12./13.10. agile projects (two days),
//               Tue 17.10. ISMS (Zittau), Wed 18.10. innovation (hybrid), Thu 19.10. fire safety (Zittau),
//               Thu 26.10. (CEST) and Thu 02.11. (CET) leadership in the digital change;
//               the draft staff-portal session on Mon 16.10., the cancelled Excel course on Wed 25.10.
//   November:   Tue 14.11. staff appraisals (Zittau), Tue 21.11. OZG/Amt24 (online), Thu 23.11. plain language (Zittau),
//               Wed 29.11. stress (online); the cancelled Polish course on Tue 07.11., the draft election training on Wed 15.11.
//   December:   Tue/Wed 05./06.12. budget law (Doppik), Thu 07.12. council meetings (Sitzungsdienst).
//   Mondays:    only 18.09. (E-Akte) and 02.10. (mobile work) among the offered seminars.
//   past:       Tue 20.06.2028 property tax (online), Mon 04.09.2028 induction day for trainees.
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-09-12T08:00:00Z'); // Tuesday, 12 September 2028, 10:00 in Görlitz (CEST)
const TZ = 'Europe/Berlin';

const T = {
  teams: 'Kanäle, Chats und Besprechungen: Microsoft Teams im Verwaltungsalltag', // Wed 13.09.2028 09:00–12:00, online, SAKD, Katrin Richter, free
  datenschutz: 'Datenschutz am Schreibtisch: Auskunft, Weitergabe, Löschung', // Thu 14.09. 13:00–16:00, hybrid (Landratsamt), DSGVO, free
  eakte: 'Papierlos arbeiten mit der E-Akte', // Mon 18.09. 09:00–12:30, Zittau, SAKD, Katrin Richter, free, 14 seats
  phishing: 'Erst prüfen, dann klicken: Phishing und Schadsoftware erkennen', // Tue 19.09. 13:00–16:00, online, SAKD, Lehmann, information security, free
  grenze: 'Working Across the Neisse: Cooperation with Polish and Czech Partners', // Thu 21.09. 09:00–12:30, Landratsamt, English, deadline passed Fri 08.09. 23:59
  ki: 'Denkhilfe aus der Maschine: Sprachmodelle im Verwaltungsalltag', // Fri 22.09. 13:30–15:30, hybrid (Landratsamt), SAKD, Lehmann, artificial intelligence, free
  vergabe: 'Vom Bedarf zum Zuschlag: Sicher einkaufen für die Kommune', // Thu 28.09. 09:00–16:00, Zittau, SVS, Schubert, 260 €, deadline Thu 21.09. 23:59, procurement
  mobil: 'Gut verbunden, auch auf Abstand', // Mon 02.10. 09:00–12:00, online, Amt P+O, Krause, mobile work, free
  prozess: 'Abläufe sichtbar machen, Engpässe finden', // Wed 11.10. 09:00–16:00, Landratsamt, SVS, Dr. Seidel, 290 €, deadline Wed 27.09. 23:59, process management
  agil: 'Agile Projekte in der Verwaltung: Scrum und Kanban in der Praxis', // Thu 12.10. and Fri 13.10. 09:00–16:00, Landratsamt, SVS, 480 €
  isms: 'Informationssicherheit mit System: BSI-Grundschutz für Kommunen', // Tue 17.10. 09:00–15:00, Zittau, SAKD, Lehmann, 180 €, 16 seats
  innovation: 'Neue Ideen für alte Aufgaben', // Wed 18.10. 09:00–13:00, hybrid (Landratsamt), SAKD, Neumann, design thinking, free
  brandschutz: 'Ruhe bewahren, richtig handeln', // Thu 19.10. 08:30–14:30, Zittau, Landesstelle für Brandschutz, free (county pays), 15 seats
  fuehrung: 'Führen, wenn sich alles ändert', // Thu 26.10. (CEST) and Thu 02.11. (CET) 09:00–16:00, Landratsamt, SVS, 520 €, Dr. Berger, for managers
  gespraeche: 'Klartext mit Respekt: Mitarbeitendengespräche führen', // Tue 14.11. 09:00–16:00, Zittau, SVS, 210 €, Dr. Berger, for managers, 12 seats
  ozg: 'Vom Formular zum Online-Antrag: Verwaltungsleistungen über Amt24', // Tue 21.11. 09:00–12:00, online, SAKD, Neumann, OZG, free
  sprache: 'Klar gesagt, gut verstanden', // Thu 23.11. 09:00–15:00, Zittau, SVS, Monika Schulze, 170 €, plain language, 14 seats
  stress: 'Kraft tanken statt ausbrennen', // Wed 29.11. 09:00–12:00, online, Amt P+O, Krause, stress, free, no deadline given (= start)
  haushalt: 'Doppik verstehen: Kommunales Haushaltsrecht in Sachsen', // Tue 05.12. and Wed 06.12. 09:00–15:30, Landratsamt, SVS, Schubert, 390 €
  sitzung: 'Sitzungsdienst digital: Vorlagen, Ladungen, Niederschriften', // Thu 07.12. 09:00–15:00, Landratsamt, Amt P+O, Monika Schulze, free, towns only
  wahl: 'Sicher durch den Wahltag: Schulung für Wahlvorstände', // draft (Wed 15.11.2028)
  portal: 'Das neue Mitarbeiterportal: Urlaub, Reisekosten und Zeiterfassung online', // draft (Mon 16.10.2028)
  excel: 'Tabellen im Griff: Excel für Einsteiger', // cancelled (Wed 25.10.2028)
  polnisch: 'Dzień dobry: Polnisch für den Bürgerkontakt', // cancelled (Tue 07.11.2028)
  azubis: 'Willkommen im Landratsamt: Einführungstag für Auszubildende', // past (Mon 4 September 2028)
  grundsteuer: 'Die neue Grundsteuer: Bescheide und Rückfragen', // past (Tue 20 June 2028)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.wahl, T.portal, T.excel, T.polnisch, T.azubis, T.grundsteuer];

const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  { q: 'Wie teuer ist das Seminar zu Scrum und Kanban?', kind: 'facts', titles: [T.agil], says: ['kostet 480 €'] },
  {
    q: 'Muss ich für die Brandschutzhelferausbildung etwas bezahlen?',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['ist kostenlos'],
    mentions: ['Die Kosten übernimmt der Landkreis Görlitz.'],
  },
  {
    q: 'How much does the process management seminar cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.prozess],
    says: ['costs €290'],
  },
  // --- facts: when (across the end of summer time), start time, duration ----------------------------------------------
  {
    q: 'Wann findet das Seminar zur Führung im digitalen Wandel statt?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 26.10.2028 und Do., 02.11.2028', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'When is the Doppik course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['on 2 days', 'Tue, 5 Dec 2028 and Wed, 6 Dec 2028', 'each from 09:00 to 15:30'],
  },
  {
    q: 'Um wie viel Uhr beginnt der Design-Thinking-Workshop?',
    kind: 'facts',
    titles: [T.innovation],
    says: ['beginnt am Mi., 18.10.2028 um 09:00 Uhr'],
  },
  {
    q: 'What time does the AI session start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: [/starts on Fri, 22 Sept? 2028 at 13:30/],
  },
  {
    q: 'Wie lange geht die Schulung zur E-Akte?',
    kind: 'facts',
    titles: [T.eakte],
    says: ['dauert 3,5 Stunden, von 09:00 bis 12:30 Uhr'],
  },
  // --- facts: format, trainer, deadline, seats -------------------------------------------------------------------------
  { q: 'Ist die Phishing-Schulung online?', kind: 'facts', titles: [T.phishing], says: ['findet online statt'] },
  {
    q: 'Is the data protection session held online or on site?',
    locale: 'en',
    kind: 'facts',
    titles: [T.datenschutz],
    says: [/is hybrid|or online/],
  },
  { q: 'Wer macht die Teams-Schulung?', kind: 'facts', titles: [T.teams], says: ['leitet Frau Katrin Richter'] },
  {
    q: 'Wer leitet das Seminar zur bürgernahen Sprache?',
    kind: 'facts',
    titles: [T.sprache],
    says: ['leitet Frau Monika Schulze'],
  },
  {
    q: 'Bis wann kann ich mich für das Prozessmanagement-Seminar anmelden?',
    kind: 'facts',
    titles: [T.prozess],
    says: ['bis Mi., 27.09.2028, 23:59 Uhr'],
  },
  {
    q: "What's the registration deadline for the cross-border workshop?",
    locale: 'en',
    kind: 'facts',
    titles: [T.grenze],
    says: [/passed on Fri, 8 Sept? 2028, 23:59/],
  },
  {
    q: 'Bis wann ist die Anmeldung zum Seminar Stressbewältigung möglich?',
    kind: 'facts',
    titles: [T.stress],
    says: ['bis Mi., 29.11.2028, 09:00 Uhr'],
  },
  {
    q: 'Gibt es im Seminar zu Mitarbeitergesprächen noch freie Plätze?',
    kind: 'facts',
    titles: [T.gespraeche],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  { conv: 'homeoffice', q: 'Gibt es was fürs Arbeiten im Homeoffice?', kind: 'list', titles: [T.mobil] },
  {
    conv: 'homeoffice',
    q: 'Wann ist das?',
    kind: 'facts',
    titles: [T.mobil],
    says: ['am Mo., 02.10.2028 von 09:00 bis 12:00 Uhr'],
  },
  { conv: 'homeoffice', q: 'Kostet das was?', kind: 'facts', titles: [T.mobil], says: ['ist kostenlos'] },
  {
    conv: 'vergabe',
    q: 'Ich muss eine Ausschreibung vorbereiten – gibt es dazu eine Fortbildung?',
    kind: 'list',
    titles: [T.vergabe],
  },
  { conv: 'vergabe', q: 'Was kostet das?', kind: 'facts', titles: [T.vergabe], says: ['kostet 260 €'] },
  {
    conv: 'vergabe',
    q: 'Und wo findet der statt?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['im Landratsamt Görlitz, Außenstelle Zittau'],
  },
  { conv: 'genai', q: 'Is there any training on generative AI?', locale: 'en', kind: 'list', titles: [T.ki] },
  { conv: 'genai', q: 'Where does it take place?', locale: 'en', kind: 'facts', titles: [T.ki], says: ['or online'] },
  {
    conv: 'genai',
    q: 'Who is the trainer?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is led by Herr Marco Lehmann'],
  },
  {
    conv: 'doppik',
    q: 'Ich bin neu in der Kämmerei und muss mich in die Doppik einarbeiten.',
    kind: 'list',
    titles: [T.haushalt],
  },
  {
    conv: 'doppik',
    q: 'Wie lange dauert der?',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['dauert 2 Tage, jeweils von 09:00 bis 15:30 Uhr'],
  },
  // --- topic searches: everyday words, words only in summary or description, synonyms, typos ---------------------------
  { q: 'Gibt es eine Fortbildung zu KI?', kind: 'list', titles: [T.ki] },
  { q: 'Ist im Oktober was zum Thema IT-Sicherheit dabei?', kind: 'list', titles: [T.isms] },
  { q: 'Gibt es einen Kurs zur Informationssicherhiet?', kind: 'list', ...only(T.phishing, T.isms) },
  { q: 'Seminar Prozesmanagement', kind: 'list', titles: [T.prozess] },
  { q: 'Is there anything on agile project management?', locale: 'en', kind: 'list', titles: [T.agil] },
  { q: 'procurment training', locale: 'en', kind: 'list', titles: [T.vergabe] },
  { q: 'Ich möchte lernen, wie man einen Feuerlöscher richtig benutzt.', kind: 'list', titles: [T.brandschutz] },
  { q: 'Wie schreibe ich Bescheide, die jeder versteht?', kind: 'list', titles: [T.sprache] },
  { q: 'Wie gehe ich mit Druck und Überlastung im Job um?', kind: 'list', titles: [T.stress] },
  { q: 'Ich muss bald Jahresgespräche mit meinen Mitarbeitenden führen', kind: 'list', first: T.gespraeche },
  { q: 'Is there anything about working with our Polish neighbours?', locale: 'en', kind: 'list', titles: [T.grenze] },
  {
    q: 'Was muss ich tun, wenn jemand Auskunft über seine gespeicherten Daten verlangt?',
    kind: 'list',
    titles: [T.datenschutz],
  },
  // --- filters: dates, weekday, time of day, format, place, free seats, trainer, provider, audience, length, cost, language
  { q: 'Gibt es diese Woche noch etwas?', kind: 'list', titles: [T.teams, T.datenschutz] },
  { q: 'Was ist morgen los?', kind: 'list', titles: [T.teams] },
  { q: 'Was läuft nächste Woche nachmittags?', kind: 'list', titles: [T.phishing, T.ki] },
  { q: "What's on next week in the morning?", locale: 'en', kind: 'list', titles: [T.eakte, T.grenze] },
  {
    q: 'Was steht in den nächsten zwei Wochen an?',
    kind: 'list',
    titles: [T.teams, T.datenschutz, T.eakte, T.phishing, T.grenze, T.ki],
  },
  { q: 'Welche Seminare finden montags statt?', kind: 'list', titles: [T.eakte, T.mobil] },
  {
    q: 'Was gibt es im Oktober?',
    kind: 'list',
    titles: [T.mobil, T.prozess, T.agil, T.isms, T.innovation, T.brandschutz, T.fuehrung],
  },
  { q: 'Welche kostenlosen Kurse gibt es im Oktober?', kind: 'list', titles: [T.mobil, T.innovation, T.brandschutz] },
  { q: 'Which online courses are there in November?', locale: 'en', kind: 'list', titles: [T.ozg, T.stress] },
  {
    q: 'Was findet in Zittau statt?',
    kind: 'list',
    ...only(T.eakte, T.vergabe, T.isms, T.brandschutz, T.gespraeche, T.sprache),
  },
  { q: 'Sind im Oktober in Zittau noch Plätze frei?', kind: 'list', titles: [T.isms, T.brandschutz] },
  { q: 'Which courses does Katrin Richter run?', locale: 'en', kind: 'list', ...only(T.teams, T.eakte) },
  { q: 'Welche Seminare gibt Herr Lehmann?', kind: 'list', ...only(T.phishing, T.ki, T.isms) },
  {
    q: 'Welche Kurse macht die SAKD?',
    kind: 'list',
    ...only(T.teams, T.eakte, T.phishing, T.ki, T.isms, T.innovation, T.ozg),
  },
  { q: 'Welche Fortbildungen richten sich an Führungskräfte?', kind: 'list', ...only(T.fuehrung, T.gespraeche) },
  { q: 'Welche Seminare dauern mehrere Tage?', kind: 'list', ...only(T.agil, T.fuehrung, T.haushalt) },
  { q: 'Are any courses taught in English?', locale: 'en', kind: 'list', titles: [T.grenze] },
  // --- gone, drafts never shown, no match, greeting --------------------------------------------------------------------
  { q: 'Was kostet der Polnischkurs?', kind: 'gone', gone: T.polnisch },
  { q: 'Is the Excel course for beginners still on?', locale: 'en', kind: 'gone', gone: T.excel },
  {
    q: 'Wann waren die Einführungstage für die neuen Azubis?',
    kind: 'gone',
    gone: T.azubis,
    says: ['Mo., 04.09.2028'],
  },
  {
    q: 'Findet die Schulung zur neuen Grundsteuer noch statt?',
    kind: 'gone',
    gone: T.grundsteuer,
    says: ['Di., 20.06.2028'],
  },
  { q: 'Gibt es eine Schulung für Wahlvorstände?', kind: 'none' },
  { q: 'Bietet ihr einen Motorsägenkurs an?', kind: 'none' },
  { q: 'Hallo zusammen!', kind: 'help' },
  { q: 'Good morning!', locale: 'en', kind: 'help' },
];

heldoutSuite('answering questions about a seventy-third, independent catalogue (Landkreis Görlitz, SAKD)', {
  fixture: 'heldout73-catalogue.json',
  now,
  timeZone: TZ,
  cases: CASES,
  titles: all,
  never: NEVER,
});
