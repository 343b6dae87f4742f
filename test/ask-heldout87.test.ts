// Over-fitting check, eighty-seventh catalogue: the spring 2027 programme of the Landkreis Lüneburg (Lower Saxony) with the
// Niedersächsisches Studieninstitut für kommunale Verwaltung (NSI), the county's Kreisvolkshochschule (KVHS), the
// Kommunale Datenverarbeitung Oldenburg (KDO) and the Gemeinde-Unfallversicherungsverband Hannover (GUV Hannover), for
// the county and its towns and Samtgemeinden (Hansestadt Lüneburg, Adendorf, Bardowick, Amelinghausen, Dahlenburg, …),
// imported from a JSON file. Seminars take place in the Kreishaus Lüneburg (Auf dem Michaeliskloster), in the KVHS
// Bildungszentrum (Haagestraße), in the town halls of Adendorf, Amelinghausen and Dahlenburg, in the Feuerwehrhaus
// Bardowick, online or hybrid. Several titles do not name their subject ("Misstrauen ist erlaubt" is the phishing /
// information-security course, "Das wirtschaftlichste Angebot gewinnt" procurement below the EU thresholds, "Kollege
// Algorithmus" AI assistants, "Verstanden werden" plain-language letters, "Die Akte zieht um" the E-Akte, "Wenn der Ton
// rauer wird" de-escalation), so only summary, description or topics reveal it; one seminar is held in English (front
// desk for international residents); the team-leader course runs two days across the DST change; the KDO finance-software
// training runs two days and is open to Adendorf, Bardowick and Amelinghausen only; first aid is free, paid by the GUV.
// Questions are written like a formal acceptance test — two thirds plain complete German questions, one third English —
// without looking at the parser or the answers. Same assertions as the other suites: exactly the expected seminars (best
// first where one is clearly best), the asked fact in the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Tuesday 23 February 2027, 10:00 in Lüneburg, winter time; summer time begins Sun 28.03.2027;
// Easter: Good Friday 26.03., Easter Monday 29.03.):
//   this week:  nothing more today; Wed 24.02. 09:00–11:30 stress (online, tomorrow); Thu 25.02. 13:00–16:00 Excel (KVHS)
//   next week:  Tue 02.03. 09:00–12:30 data protection (Kreishaus, in person), Wed 03.03. 09:00–12:00 AI (online),
//               Thu 04.03. 13:00–15:30 phishing / information security (online), Fri 05.03. 13:30–15:00 back health (online)
//   then:       nothing from Sat 06.03. to Wed 10.03.; Thu 11.03. English front desk (KVHS, deadline passed Mon 15.02.);
//               Tue 16.03. Scrum; Thu 18.03. de-escalation (Adendorf); Mon 22.03. minutes (Amelinghausen);
//               Wed 24.03. (CET) and Wed 31.03. (CEST) the two-day team-leader course; the cancelled PowerPoint course on
//               Tue 23.03.
//   April:      Wed 07.04. procurement, Tue/Wed 13./14.04. finance software (Adendorf, members only), Tue 20.04. ISMS
//               (hybrid), Thu 22.04. first aid (Bardowick), Tue 27.04. E-Akte (hybrid); the cancelled social-media course
//               on Wed 28.04.
//   May:        Tue 04.05. plain-language letters (Dahlenburg), Wed 12.05. staff appraisals (Kreishaus)
//   June:       only the drafts: Tue 08.06. dog tax, Tue/Wed 15./16.06. chainsaw course for the Bauhöfe.
//   past:       Tue 26.01.2027 property tax (Grundsteuer), Thu 11.02.2027 kick-off digitalisation 2027.
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-02-23T09:00:00Z'); // Tuesday, 23 February 2027, 10:00 in Lüneburg (CET)
const TZ = 'Europe/Berlin';

const T = {
  stress: 'Gelassen durch die Woche', // Wed 24.02.2027 09:00–11:30, online, KVHS, Behrens, stress, free (BGM pays), 20 seats
  excel: 'Schluss mit dem Taschenrechner', // Thu 25.02. 13:00–16:00, KVHS Bildungszentrum, Voß, Excel / Pivot, 95 €
  datenschutz: 'Wer darf was wissen: Datenschutz im Verwaltungsalltag', // Tue 02.03. 09:00–12:30, Kreishaus (in person), KDO, Ahlers, DSGVO, free
  ki: 'Kollege Algorithmus', // Wed 03.03. 09:00–12:00, online, KDO, Oltmanns, AI / ChatGPT, free
  phishing: 'Misstrauen ist erlaubt', // Thu 04.03. 13:00–15:30, online, KDO, Wübbena, information security / phishing, free
  ruecken: 'Aufrecht durch den Arbeitstag', // Fri 05.03. 13:30–15:00, online, GUV, Kruse, back health, free
  frontdesk: 'Welcome to Lüneburg: English at the Front Desk', // Thu 11.03. 09:00–16:00, KVHS Bildungszentrum, English, Donovan, 120 €, 10 seats, deadline passed Mon 15.02. 23:59
  scrum: 'Sprint statt Stillstand: Agil arbeiten mit Scrum', // Tue 16.03. 09:00–16:30, Kreishaus, NSI, Meyerhoff, 420 € (lunch incl.), 12 seats, deadline Tue 02.03. 23:59
  deeskalation: 'Wenn der Ton rauer wird', // Thu 18.03. 09:00–15:00, Rathaus Adendorf, GUV, Burmester, de-escalation, free, 14 seats
  protokoll: 'Festgehalten: Protokolle für Rat und Ausschüsse', // Mon 22.03. 09:00–15:30, Rathaus Amelinghausen, NSI, Schwarz, 190 €
  teamleitung: 'Vom Team in die Teamleitung', // Wed 24.03. (CET) and Wed 31.03. (CEST) 09:00–16:00, Kreishaus, NSI, Dr. Brüggemann, 540 €, for managers
  vergabe: 'Das wirtschaftlichste Angebot gewinnt', // Wed 07.04. 09:00–16:00, Kreishaus, NSI, Tamke, procurement (UVgO), 260 €, deadline Wed 24.03. 23:59
  finanz: 'Umstellung geschafft: Buchen im neuen Finanzverfahren', // Tue 13.04. and Wed 14.04. 08:30–15:30, Rathaus Adendorf, KDO, Janßen, 350 €, members only
  isms: 'Grundschutz mit Augenmaß', // Tue 20.04. 09:00–16:00, hybrid (Kreishaus), KDO, Wübbena, ISMS / BSI IT-Grundschutz, 290 €
  ersteHilfe: 'Im Notfall richtig handeln', // Thu 22.04. 08:00–16:00, Feuerwehrhaus Bardowick, GUV, Ehlers, first aid, free (GUV pays)
  eakte: 'Die Akte zieht um', // Tue 27.04. 09:00–12:00, hybrid (Kreishaus), KDO, Oltmanns, E-Akte, free
  sprache: 'Verstanden werden', // Tue 04.05. 09:00–15:00, Rathaus Dahlenburg, NSI, Schwarz, plain language, 180 €
  gespraeche: 'Gespräche auf Augenhöhe', // Wed 12.05. 09:00–16:00, Kreishaus, NSI, Dr. Brüggemann, staff appraisals, for managers, 220 €
  powerpoint: 'Folien, die überzeugen: Präsentieren mit PowerPoint', // cancelled (Tue 23.03.2027)
  socialMedia: 'Gemeinde im Netz: Social Media für Samtgemeinden', // cancelled (Wed 28.04.2027)
  grundsteuer: 'Die neue Grundsteuer: Fragen aus der Praxis', // past (Tue 26 January 2027)
  auftakt: 'Auftakt Digitalisierung 2027: Landkreis und Kommunen gemeinsam digital', // past (Thu 11 February 2027), hybrid, KDO, Oltmanns
  hundesteuer: 'Steuern vor Ort: Hundesteuer und Zweitwohnungsteuer', // draft
  motorsaege: 'Sicher mit der Motorsäge: Lehrgang für Bauhöfe', // draft
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.powerpoint, T.socialMedia, T.grundsteuer, T.auftakt, T.hundesteuer, T.motorsaege];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  {
    q: 'Was kostet der Scrum-Kurs?',
    kind: 'facts',
    titles: [T.scrum],
    says: ['kostet 420 €'],
    mentions: ['Inklusive Mittagessen und Seminarunterlagen.'],
  },
  {
    q: 'Ist der Erste-Hilfe-Kurs kostenlos?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr trägt der Gemeinde-Unfallversicherungsverband Hannover.'],
  },
  {
    q: 'How much is the course for new team leaders?',
    locale: 'en',
    kind: 'facts',
    titles: [T.teamleitung],
    says: ['costs €540'],
  },
  // --- facts: when (across the DST change), start time, duration -------------------------------------------------------
  {
    q: 'Wann findet das Seminar „Vom Team in die Teamleitung“ statt?',
    kind: 'facts',
    titles: [T.teamleitung],
    says: ['an 2 Tagen', 'Mi., 24.03.2027 und Mi., 31.03.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'When does the training on the new finance software take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.finanz],
    says: ['on 2 days', 'Tue, 13 Apr 2027 and Wed, 14 Apr 2027', 'each from 08:30 to 15:30'],
  },
  {
    q: 'Um wie viel Uhr beginnt der Excel-Kurs?',
    kind: 'facts',
    titles: [T.excel],
    says: ['beginnt am Do., 25.02.2027 um 13:00 Uhr'],
  },
  {
    q: 'What time does the data protection training start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['starts on Tue, 2 Mar 2027 at 09:00'],
  },
  {
    q: 'Wie lange dauert das Seminar zur Protokollführung?',
    kind: 'facts',
    titles: [T.protokoll],
    says: ['dauert 6,5 Stunden, von 09:00 bis 15:30 Uhr'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  {
    q: 'Wo findet das Deeskalationstraining statt?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['im Rathaus Adendorf'],
  },
  {
    q: 'Findet die Schulung zur E-Akte online statt?',
    kind: 'facts',
    titles: [T.eakte],
    says: [/findet hybrid statt|oder online statt/],
  },
  { q: 'Wer leitet die KI-Schulung?', kind: 'facts', titles: [T.ki], says: ['leitet Frau Meike Oltmanns'] },
  {
    q: 'Wer leitet das Seminar zu Mitarbeitergesprächen?',
    kind: 'facts',
    titles: [T.gespraeche],
    says: ['leitet Frau Dr. Annette Brüggemann'],
  },
  {
    q: 'Bis wann kann ich mich für den Scrum-Kurs anmelden?',
    kind: 'facts',
    titles: [T.scrum],
    says: ['bis Di., 02.03.2027, 23:59 Uhr'],
  },
  {
    q: 'What is the registration deadline for the front desk English seminar?',
    locale: 'en',
    kind: 'facts',
    titles: [T.frontdesk],
    says: ['passed on Mon, 15 Feb 2027, 23:59'],
  },
  {
    q: 'How many seats are left in the Scrum course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.scrum],
    says: ['has 12 of 12 seats left'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  { conv: 'phishing', q: 'Wie erkenne ich gefälschte E-Mails?', kind: 'list', titles: [T.phishing] },
  { conv: 'phishing', q: 'Was kostet das?', kind: 'facts', titles: [T.phishing], says: ['ist kostenlos'] },
  {
    conv: 'phishing',
    q: 'Und wann findet es statt?',
    kind: 'facts',
    titles: [T.phishing],
    says: ['am Do., 04.03.2027 von 13:00 bis 15:30 Uhr'],
  },
  {
    conv: 'vergabe',
    q: 'Ich muss bald einen Auftrag ausschreiben. Gibt es dazu ein Seminar?',
    kind: 'list',
    titles: [T.vergabe],
  },
  { conv: 'vergabe', q: 'Wo findet das statt?', kind: 'facts', titles: [T.vergabe], says: ['im Kreishaus Lüneburg'] },
  {
    conv: 'vergabe',
    q: 'Bis wann kann ich mich anmelden?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Mi., 24.03.2027, 23:59 Uhr'],
  },
  {
    conv: 'frontdesk',
    q: 'Is there a course for serving international students at the front desk?',
    locale: 'en',
    kind: 'list',
    titles: [T.frontdesk],
  },
  {
    conv: 'frontdesk',
    q: 'Who runs it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.frontdesk],
    says: ['is led by Claire Donovan'],
  },
  {
    conv: 'frontdesk',
    q: 'How much does it cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.frontdesk],
    says: ['costs €120'],
  },
  // --- topic searches: everyday words, words only in summary or description, synonyms, abbreviations -------------------
  { q: 'Gibt es im März etwas zu Informationssicherheit?', kind: 'list', titles: [T.phishing] },
  { q: 'Is there a course about ChatGPT?', locale: 'en', kind: 'list', titles: [T.ki] },
  { q: 'Gibt es eine Schulung zu Pivot-Tabellen?', kind: 'list', titles: [T.excel] },
  { q: 'Was gibt es zur DSGVO?', kind: 'list', titles: [T.datenschutz] },
  { q: 'Was gibt es zur UVgO?', kind: 'list', titles: [T.vergabe] },
  { q: 'Gibt es ein Seminar gegen Amtsdeutsch?', kind: 'list', titles: [T.sprache] },
  { q: 'Ich muss bald Mitarbeitergespräche führen. Gibt es dazu ein Seminar?', kind: 'list', first: T.gespraeche },
  { q: 'Wie gehe ich mit aggressiven Bürgern um?', kind: 'list', titles: [T.deeskalation] },
  { q: 'Is there a course on agile project management?', locale: 'en', kind: 'list', titles: [T.scrum] },
  { q: 'Ich habe oft Rückenschmerzen am Schreibtisch. Gibt es dafür einen Kurs?', kind: 'list', titles: [T.ruecken] },
  { q: 'Gibt es ein Seminar zum Umgang mit Stress?', kind: 'list', titles: [T.stress] },
  // --- typos -----------------------------------------------------------------------------------------------------------
  { q: 'Gibt es einen Kurs zu Datenschtuz?', kind: 'list', titles: [T.datenschutz] },
  { q: 'Is there a course on informaton security?', locale: 'en', kind: 'list', ...only(T.phishing, T.isms) },
  // --- filters: dates, time of day, format, place, free seats, trainer, provider, audience, length, cost, language -----
  { q: 'Was gibt es diese Woche noch?', kind: 'list', titles: [T.stress, T.excel] },
  { q: 'Was findet morgen statt?', kind: 'list', titles: [T.stress] },
  { q: "What's on next week?", locale: 'en', kind: 'list', titles: [T.datenschutz, T.ki, T.phishing, T.ruecken] },
  { q: 'Was findet nächste Woche nachmittags statt?', kind: 'list', titles: [T.phishing, T.ruecken] },
  {
    q: 'Welche Seminare gibt es in den nächsten zwei Wochen?',
    kind: 'list',
    titles: [T.stress, T.excel, T.datenschutz, T.ki, T.phishing, T.ruecken],
  },
  { q: 'Was gibt es im April?', kind: 'list', titles: [T.vergabe, T.finanz, T.isms, T.ersteHilfe, T.eakte] },
  {
    q: 'Welche kostenlosen Seminare gibt es im März?',
    kind: 'list',
    titles: [T.datenschutz, T.ki, T.phishing, T.ruecken, T.deeskalation],
  },
  { q: 'Is there anything online next month?', locale: 'en', kind: 'list', titles: [T.ki, T.phishing, T.ruecken] },
  { q: 'Welche Präsenzseminare gibt es nächste Woche?', kind: 'list', titles: [T.datenschutz] },
  { q: 'Welche Seminare finden hybrid statt?', kind: 'list', ...only(T.isms, T.eakte) },
  { q: 'What takes place in Adendorf?', locale: 'en', kind: 'list', ...only(T.deeskalation, T.finanz) },
  { q: 'Welche Kurse hält Frau Oltmanns?', kind: 'list', ...only(T.ki, T.eakte) },
  { q: 'Which courses does Tobias Wübbena teach?', locale: 'en', kind: 'list', ...only(T.phishing, T.isms) },
  { q: 'Was bietet die KDO an?', kind: 'list', ...only(T.datenschutz, T.ki, T.phishing, T.finanz, T.isms, T.eakte) },
  {
    q: 'What does the NSI offer?',
    locale: 'en',
    kind: 'list',
    ...only(T.scrum, T.protokoll, T.teamleitung, T.vergabe, T.sprache, T.gespraeche),
  },
  {
    q: 'Ich bin Führungskraft. Welche Seminare sind für mich gedacht?',
    kind: 'list',
    ...only(T.teamleitung, T.gespraeche),
  },
  { q: 'Welche mehrtägigen Seminare gibt es?', kind: 'list', ...only(T.teamleitung, T.finanz) },
  { q: 'Are any seminars held in English?', locale: 'en', kind: 'list', titles: [T.frontdesk] },
  // --- gone, drafts never shown, no match, greeting --------------------------------------------------------------------
  { q: 'Wann war die Schulung zur Grundsteuer?', kind: 'gone', gone: T.grundsteuer, says: ['Di., 26.01.2027'] },
  {
    q: 'When was the digitalisation kick-off event?',
    locale: 'en',
    kind: 'gone',
    gone: T.auftakt,
    says: ['Thu, 11 Feb 2027'],
  },
  { q: 'Was kostet der PowerPoint-Kurs?', kind: 'gone', gone: T.powerpoint },
  { q: 'When is the social media seminar?', locale: 'en', kind: 'gone', gone: T.socialMedia },
  { q: 'Gibt es eine Schulung zur Hundesteuer?', kind: 'none' },
  { q: 'Gibt es einen Motorsägenlehrgang für den Bauhof?', kind: 'none' },
  { q: 'Is there a forklift training course?', locale: 'en', kind: 'none' },
  { q: 'Hallo!', kind: 'help' },
  { q: 'Hello, what can you do?', locale: 'en', kind: 'help' },
];

heldoutSuite('answering questions about an eighty-seventh, independent catalogue (Landkreis Lüneburg, NSI, KDO)', {
  fixture: 'heldout87-catalogue.json',
  now,
  timeZone: TZ,
  cases: CASES,
  titles: all,
  never: NEVER,
});
