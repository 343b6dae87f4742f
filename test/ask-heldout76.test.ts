// Over-fitting check, seventy-sixth catalogue: the 2027 autumn programme of the Rhein-Hunsrück-Kreis (Rhineland-Palatinate)
// with the Kommunal-Akademie Rheinland-Pfalz, the municipal IT service KommWis GmbH, the county's Referat Personal and the
// Unfallkasse Rheinland-Pfalz, for the county and its Verbandsgemeinden and towns (Simmern, Boppard, Kastellaun,
// Emmelshausen, Kirchberg, Verbandsgemeinde Simmern-Rheinböllen), imported from a JSON file. Seminars take place in the
// Kreisverwaltung Simmern (Ludwigstraße), in the Stadthalle Boppard, online or hybrid. Several titles do not name their
// subject ("Vom Bedarf zum Zuschlag" is procurement, "Die Maschine schreibt mit" artificial intelligence, "Der falsche
// Absender" information security, "Kleine Schritte, sichtbare Ergebnisse" agile projects, "Mut zum Ausprobieren"
// innovation management, "Damit nichts verloren geht" knowledge transfer, "Soll und Haben im Rathaus" municipal
// double-entry budgeting), so only summary, description or topics reveal it; one seminar is held in English (front desk,
// international residents); the leadership course runs two days across the end of summer time, the process course two
// consecutive days. Questions are written the way employees ask in Teams, plain and one kind per question, without
// looking at the parser or the answers. Same assertions as the other suites: exactly the expected seminars (best first
// where one is clearly best), the asked fact in the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Monday 18 October 2027, 10:00 in Simmern, summer time; winter time begins Sun 31.10.2027):
//   today:      nothing.
//   this week:  Tue 19.10. 13:30–16:00 Teams (online, tomorrow), Wed 20.10. 09:00–12:00 data protection (hybrid, Simmern),
//               Thu 21.10. 09:00–12:30 mobile work (online), Fri 22.10. 13:00–15:30 knowledge transfer (hybrid, Boppard)
//   next week:  Tue 26.10. 09:00–16:00 procurement (Simmern), Wed 27.10. 13:00–16:00 AI (hybrid, Simmern),
//               Thu 28.10. (CEST) and Thu 04.11. (CET) 09:00–16:00 leadership in the digital change (Simmern)
//   the next two weeks (to Mon 01.11., All Saints' Day, nothing then): the seven seminars above.
//   November:   03. information security (online), [04. leadership, second day], 09. agile projects (Boppard), 10. e-file
//               (Simmern), 11./12. process management (Boppard), 17. English front desk (Simmern), 18. innovation
//               (online), 23. first aid (Boppard), 24. ergonomics (online), 25. de-escalation (Boppard); the cancelled Canva
//               course on Tue 16.11.
//   December:   Wed 01. plain-language letters (Simmern), Tue 07. OZG (online), Thu 09. fire safety (Simmern), Fri 10.
//               budgeting (Simmern); the cancelled Gaststättenrecht course on Wed 08.12.; the drafts open data (Thu 02.12.)
//               and drones (Tue 14.12.).
//   Fridays:    22.10. knowledge transfer, 12.11. second day of process management, 10.12. budgeting.
//   past:       Wed 01.09.2027 induction day for new staff, Tue 28.09.2027 Power BI.
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-10-18T08:00:00Z'); // Monday, 18 October 2027, 10:00 in Simmern (CEST)
const TZ = 'Europe/Berlin';

const T = {
  teams: 'Mehr als Chatten: Microsoft Teams im Verwaltungsalltag', // Tue 19.10.2027 13:30–16:00, online, KommWis, Tobias Becker, free
  datenschutz: 'Datenschutz im Amtsalltag: Sicher mit Bürgerdaten umgehen', // Wed 20.10. 09:00–12:00, hybrid (Kreisverwaltung Simmern), DSGVO, free
  homeoffice: 'Arbeiten, wo es passt: Regeln und Routinen für ortsflexible Teams', // Thu 21.10. 09:00–12:30, online, mobile work/Homeoffice, free
  wissen: 'Damit nichts verloren geht', // Fri 22.10. 13:00–15:30, hybrid (Stadthalle Boppard), Dr. Sabine Mertes, 90 €, knowledge transfer
  vergabe: 'Vom Bedarf zum Zuschlag', // Tue 26.10. 09:00–16:00, Simmern, Kommunal-Akademie, 260 €, deadline Tue 19.10. 23:59, procurement
  ki: 'Die Maschine schreibt mit', // Wed 27.10. 13:00–16:00, hybrid (Simmern), KommWis, Tobias Becker, artificial intelligence, free
  fuehrung: 'Vorangehen, wenn sich alles ändert', // Thu 28.10. (CEST) and Thu 04.11. (CET) 09:00–16:00, Simmern, 540 €, deadline passed Fri 15.10.
  infosec: 'Der falsche Absender', // Wed 03.11. 09:00–12:00, online, KommWis, Jonas Fuchs, information security, free
  agil: 'Kleine Schritte, sichtbare Ergebnisse', // Tue 09.11. 09:00–16:00, Stadthalle Boppard, 390 €, agile projects / Scrum
  eakte: 'Digital statt Papier: Die elektronische Akte im Alltag', // Wed 10.11. 09:00–15:00, Simmern, KommWis, Tobias Becker, free
  prozess: 'Vom Ist zum Soll: Abläufe sichtbar machen', // Thu 11.11. and Fri 12.11. 09:00–16:00, Stadthalle Boppard, Dr. Sabine Mertes, 480 €, BPMN
  english: 'English at the Counter: Serving International Residents and Visitors', // Wed 17.11. 09:00–12:30, Simmern, English, free, 16 seats
  innovation: 'Mut zum Ausprobieren', // Thu 18.11. 13:00–16:00, online, Kommunal-Akademie, 120 €, innovation management, for managers
  ersteHilfe: 'Erste Hilfe im Betrieb: Ausbildung für Ersthelfende', // Tue 23.11. 08:30–16:30, Stadthalle Boppard, Unfallkasse, free (note)
  ergonomie: 'Gut sitzen, klar sehen', // Wed 24.11. 10:00–11:30, online, Unfallkasse, ergonomics, free
  konflikt: 'Wenn der Ton rauer wird', // Thu 25.11. 09:00–15:00, Stadthalle Boppard, Referat Personal, 150 €, 14 seats, de-escalation
  sprache: 'Verständlich schreiben: Bescheide ohne Amtsdeutsch', // Wed 01.12. 09:00–16:00, Simmern, Kommunal-Akademie, 180 €
  ozg: 'Anträge rund um die Uhr', // Tue 07.12. 13:00–16:00, online, KommWis, Jonas Fuchs, OZG, free
  brandschutz: 'Brandschutzhelferinnen und Brandschutzhelfer: Ausbildung nach ASR A2.2', // Thu 09.12. 08:30–12:30, Simmern, Unfallkasse, free
  haushalt: 'Soll und Haben im Rathaus', // Fri 10.12. 09:00–15:00, Simmern, Kommunal-Akademie, 210 €, Doppik
  canva: 'Kreativ mit Canva: Grafiken für Social Media', // cancelled (Tue 16.11.2027)
  gaststaetten: 'Gaststättenrecht kompakt: Erlaubnisse, Auflagen und Kontrollen', // cancelled (Wed 08.12.2027)
  powerbi: 'Power BI für Einsteiger: Berichte aus Fachverfahren', // past (Tue 28 September 2027)
  einfuehrung: 'Neu dabei: Einführungstag für neue Beschäftigte', // past (Wed 1 September 2027)
  drohnen: 'Drohnen im Bevölkerungsschutz: Einsatz, Recht und Praxis', // draft
  opendata: 'Offene Daten für alle: Open Data in der Kommune', // draft
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.canva, T.gaststaetten, T.powerbi, T.einfuehrung, T.drohnen, T.opendata];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  { q: 'Wie viel kostet die Schulung gegen Amtsdeutsch?', kind: 'facts', titles: [T.sprache], says: ['kostet 180 €'] },
  {
    q: 'Muss ich für den Erste-Hilfe-Kurs etwas bezahlen?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse Rheinland-Pfalz.'],
  },
  {
    q: 'How much does the process management course cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.prozess],
    says: ['costs €480'],
  },
  // --- facts: when (across the end of summer time), start time, duration ----------------------------------------------
  {
    q: 'Wann ist das Führungsseminar zum digitalen Wandel?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 28.10.2027 und Do., 04.11.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'When is the BPMN workshop?',
    locale: 'en',
    kind: 'facts',
    titles: [T.prozess],
    says: ['on 2 days', 'Thu, 11 Nov 2027 and Fri, 12 Nov 2027', 'each from 09:00 to 16:00'],
  },
  {
    q: 'Um wie viel Uhr beginnt die Brandschutzhelfer-Ausbildung?',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['beginnt am Do., 09.12.2027 um 08:30 Uhr'],
  },
  {
    q: 'What time does the e-file training start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.eakte],
    says: ['starts on Wed, 10 Nov 2027 at 09:00'],
  },
  {
    q: 'Wie lange geht die Ergonomie-Schulung?',
    kind: 'facts',
    titles: [T.ergonomie],
    says: ['dauert 1,5 Stunden, von 10:00 bis 11:30 Uhr'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  {
    q: 'Wo findet die Schulung zur elektronischen Akte statt?',
    kind: 'facts',
    titles: [T.eakte],
    says: ['in der Kreisverwaltung Simmern, Ludwigstraße 3–5, 55469 Simmern/Hunsrück'],
  },
  {
    q: 'Where is the AI workshop held?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['at Kreisverwaltung Simmern', 'or online'],
  },
  {
    q: 'Kann ich am Datenschutzseminar auch online teilnehmen?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: [/findet hybrid statt|oder online statt/],
  },
  { q: 'Wer ist Referent beim Teams-Kurs?', kind: 'facts', titles: [T.teams], says: ['leitet Herr Tobias Becker'] },
  {
    q: 'Bis wann muss ich mich zum Vergabeseminar anmelden?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Di., 19.10.2027, 23:59 Uhr'],
  },
  {
    q: 'Until when can I sign up for the leadership course on digital change?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['passed on Fri, 15 Oct 2027, 23:59'],
  },
  {
    q: 'Sind im Deeskalationstraining noch Plätze frei?',
    kind: 'facts',
    titles: [T.konflikt],
    says: ['noch 14 von 14 Plätzen frei'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  {
    conv: 'mails',
    q: 'Ich bekomme dauernd verdächtige Mails – gibt es dazu eine Schulung?',
    kind: 'list',
    titles: [T.infosec],
  },
  {
    conv: 'mails',
    q: 'Wann ist die?',
    kind: 'facts',
    titles: [T.infosec],
    says: ['am Mi., 03.11.2027 von 09:00 bis 12:00 Uhr'],
  },
  { conv: 'mails', q: 'Und wer leitet das?', kind: 'facts', titles: [T.infosec], says: ['leitet Herr Jonas Fuchs'] },
  { conv: 'scrum', q: 'Is there anything on agile project management?', locale: 'en', kind: 'list', titles: [T.agil] },
  {
    conv: 'scrum',
    q: 'Where does it take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.agil],
    says: ['at Stadthalle Boppard, Oberstraße 141, 56154 Boppard'],
  },
  { conv: 'scrum', q: 'How much is it?', locale: 'en', kind: 'facts', titles: [T.agil], says: ['costs €390'] },
  { conv: 'homeoffice', q: 'Gibt es etwas zum Arbeiten im Homeoffice?', kind: 'list', titles: [T.homeoffice] },
  {
    conv: 'homeoffice',
    q: 'Und wo findet der statt?',
    kind: 'facts',
    titles: [T.homeoffice],
    says: ['findet online statt'],
  },
  { conv: 'homeoffice', q: 'Was kostet das?', kind: 'facts', titles: [T.homeoffice], says: ['ist kostenlos'] },
  {
    conv: 'buergerbuero',
    q: 'Wie gehe ich mit aggressiven Besuchern im Bürgerbüro um?',
    kind: 'list',
    titles: [T.konflikt],
  },
  {
    conv: 'buergerbuero',
    q: 'Wann ist das?',
    kind: 'facts',
    titles: [T.konflikt],
    says: ['am Do., 25.11.2027 von 09:00 bis 15:00 Uhr'],
  },
  // --- topic searches: everyday words, words only in summary or description, synonyms, abbreviations -----------------
  { q: 'Ist im November etwas zum Thema IT-Sicherheit geplant?', kind: 'list', titles: [T.infosec] },
  { q: 'Gibt es eine Fortbildung zu KI-Tools wie ChatGPT?', kind: 'list', titles: [T.ki] },
  { q: 'Do you have anything on process optimisation?', locale: 'en', kind: 'list', titles: [T.prozess] },
  { q: 'Schulung zum Onlinezugangsgesetz', kind: 'list', titles: [T.ozg] },
  { q: 'Wie kaufe ich als Kommune rechtssicher ein?', kind: 'list', titles: [T.vergabe] },
  {
    q: 'Ich habe vom Sitzen am Schreibtisch oft Rückenschmerzen – gibt es da etwas?',
    kind: 'list',
    titles: [T.ergonomie],
  },
  { q: 'Viele Kollegen gehen bald in Rente – wie sichern wir ihr Wissen?', kind: 'list', titles: [T.wissen] },
  { q: 'Gibt es ein Seminar zur Doppik?', kind: 'list', titles: [T.haushalt] },
  { q: 'Is there a course on design thinking?', locale: 'en', kind: 'list', titles: [T.innovation] },
  { q: 'Is there training on Microsoft Teams?', locale: 'en', kind: 'list', titles: [T.teams] },
  // --- typos -----------------------------------------------------------------------------------------------------------
  { q: 'Vergaberecht Semniar', kind: 'list', titles: [T.vergabe] },
  { q: 'Informatonssicherheit Schulung', kind: 'list', titles: [T.infosec] },
  { q: 'Gibt es was zu Wisensmanagement?', kind: 'list', titles: [T.wissen] },
  // --- filters: dates, time of day, weekday, format, place, free seats, trainer, provider, audience, length, cost, language
  { q: 'Was ist morgen los?', kind: 'list', titles: [T.teams] },
  { q: 'Was gibt es diese Woche noch?', kind: 'list', titles: [T.teams, T.datenschutz, T.homeoffice, T.wissen] },
  { q: 'Was läuft diese Woche nachmittags?', kind: 'list', titles: [T.teams, T.wissen] },
  { q: 'Which seminars are on next week?', locale: 'en', kind: 'list', titles: [T.vergabe, T.ki, T.fuehrung] },
  {
    q: 'Was gibt es in den nächsten zwei Wochen?',
    kind: 'list',
    titles: [T.teams, T.datenschutz, T.homeoffice, T.wissen, T.vergabe, T.ki, T.fuehrung],
  },
  { q: 'Finden auch Seminare an einem Freitag statt?', kind: 'list', titles: [T.wissen, T.prozess, T.haushalt] },
  { q: 'Was gibt es im nächsten Monat online?', kind: 'list', titles: [T.infosec, T.innovation, T.ergonomie] },
  { q: 'Welche kostenlosen Seminare gibt es im Dezember?', kind: 'list', titles: [T.ozg, T.brandschutz] },
  { q: 'Was findet in Boppard statt?', kind: 'list', ...only(T.wissen, T.agil, T.prozess, T.ersteHilfe, T.konflikt) },
  {
    q: 'Gibt es im November in Boppard noch freie Plätze?',
    kind: 'list',
    titles: [T.agil, T.prozess, T.ersteHilfe, T.konflikt],
  },
  { q: 'Welche Seminare hält Herr Becker?', kind: 'list', ...only(T.teams, T.ki, T.eakte) },
  { q: 'Was hat die Unfallkasse im Angebot?', kind: 'list', ...only(T.ersteHilfe, T.ergonomie, T.brandschutz) },
  { q: 'What does KommWis offer?', locale: 'en', kind: 'list', ...only(T.teams, T.ki, T.infosec, T.eakte, T.ozg) },
  { q: 'Ich bin Führungskraft – welche Seminare passen zu mir?', kind: 'list', ...only(T.fuehrung, T.innovation) },
  { q: 'Welche Seminare dauern mehrere Tage?', kind: 'list', ...only(T.fuehrung, T.prozess) },
  { q: 'Are any seminars held in English?', locale: 'en', kind: 'list', titles: [T.english] },
  // --- gone, drafts never shown, no match, greeting --------------------------------------------------------------------
  { q: 'Wann war der Power-BI-Kurs?', kind: 'gone', gone: T.powerbi, says: ['Di., 28.09.2027'] },
  {
    q: 'Wo fand der Einführungstag für neue Beschäftigte statt?',
    kind: 'gone',
    gone: T.einfuehrung,
    says: ['Mi., 01.09.2027'],
  },
  { q: 'Gibt es im Canva-Kurs noch freie Plätze?', kind: 'gone', gone: T.canva },
  { q: 'When is the Gaststättenrecht seminar?', locale: 'en', kind: 'gone', gone: T.gaststaetten },
  { q: 'Gibt es eine Schulung zum Einsatz von Drohnen?', kind: 'none' },
  { q: 'Is there a course on open data?', locale: 'en', kind: 'none' },
  { q: 'Gibt es einen Motorsägenlehrgang für den Bauhof?', kind: 'none' },
  { q: 'Hallo zusammen!', kind: 'help' },
  { q: 'Good morning!', locale: 'en', kind: 'help' },
];

heldoutSuite('answering questions about a seventy-sixth, independent catalogue (Rhein-Hunsrück-Kreis, KommWis)', {
  fixture: 'heldout76-catalogue.json',
  now,
  timeZone: TZ,
  cases: CASES,
  titles: all,
  never: NEVER,
});
