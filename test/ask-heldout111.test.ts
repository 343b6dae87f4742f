// Over-fitting check, hundred-and-eleventh catalogue: the 2028 autumn programme of the Landkreis Uckermark (Brandenburg)
// with the Brandenburgische Kommunalakademie (BKA), the Kreisverwaltung's Fachdienst IT and Personalservice, the
// Unfallkasse Brandenburg and the Kreisvolkshochschule Uckermark (KVHS), for the county and its towns and Ämter
// (Prenzlau, Schwedt/Oder, Angermünde, Templin, Gramzow, Brüssow), imported from a JSON file. Seminars take place in the
// Kreisverwaltung in Prenzlau, the Bildungszentrum Schwedt/Oder, the town halls of Schwedt, Templin and Angermünde, the
// Amtsverwaltung Gramzow, online or hybrid. Several titles do not name their subject ("Klick mit Folgen" is information
// security, "Arbeiten, wo es passt" mobile work and the home office, "Pause für den Kopf" stress and health, "Anträge
// rund um die Uhr" the OZG and the Bürgerportal, "Der Assistent, der mitschreibt" AI, "Ordner ade" the e-file,
// "Schreiben, damit es ankommt" plain language, "Dokumente für alle" accessible documents), so only summary, description
// or topics reveal it; "Homeoffice", "KI", "ChatGPT" and "Bürgerportal" appear only in a description. One seminar is held
// in English (its deadline has passed); the three-day Digitallotsen qualification runs Thu/Fri before and Mon after the
// end of summer time, the state paying half its fee; the e-file course is open only to Gramzow, Brüssow and Templin; the
// leadership course takes two days. Questions are plain, complete sentences in German and English, the way the product's
// own examples are written, without looking at the parser or the answers. Same assertions as the other suites: exactly
// the expected seminars (best first where one is clearly best), the asked fact in the first sentence, never a draft,
// cancelled or past seminar.
//
// Calendar around `now` (Tuesday 29 August 2028, 09:15 in Prenzlau, summer time; winter time begins Sun 29.10.2028):
//   this week:  nothing more today; Wed 30.08. 13:00–15:30 Teams (online, tomorrow), Thu 31.08. 09:00–12:00 data
//               protection (hybrid, Kreisverwaltung Prenzlau)
//   next week:  Mon 04.09. morning (Excel, online), Tue 05.09. afternoon (mobile work, online), Wed 06.09. morning
//               (English, Kreisverwaltung; deadline passed Fri 25.08.), Thu 07.09. afternoon (stress, online); the
//               cancelled driving-safety training on Fri 08.09.
//   then:       nothing from Mon 11.09. to Wed 20.09.
//   September:  Thu 21. process management (Bildungszentrum Schwedt; deadline Thu 07.09. 12:00), Tue 26. procurement
//               (Rathaus Templin; deadline Tue 12.09. 23:59)
//   October:    Tue 10. first aid (Rathaus Angermünde), Thu 12. information security (online), Wed 18. OZG (online),
//               Tue 24. Scrum (hybrid, Schwedt), Thu 26./Fri 27. (CEST) and Mon 30.10. (CET) Digitallotsen qualification
//               (Kreisverwaltung; deadline Fri 29.09. 12:00); the cancelled Power BI course on Wed 11.10.; nothing on
//               Tue 03.10. and Tue 31.10. (holidays in Brandenburg)
//   November:   Thu 02. AI (hybrid, Kreisverwaltung, 13:00–16:00 CET), Tue 07./Wed 08. leadership in digital change
//               (Schwedt), Thu 09. e-file (Gramzow, three municipalities only), Tue 14. plain language (Rathaus Templin),
//               Wed 22. accessible documents (online), Tue 28. appraisal interviews (Kreisverwaltung); the draft social
//               media course on Tue 21.11.
//   December:   Tue 05. ergonomics (online), Wed 13. council work (Rathaus Schwedt); the draft QGIS course on Tue 12.12.
//   past:       Tue 13.06.2028 e-invoicing (Kreisverwaltung), Thu 22.06.2028 safety officers (Brüssow).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-08-29T07:15:00Z'); // Tuesday, 29 August 2028, 09:15 in Prenzlau (CEST)
const TZ = 'Europe/Berlin';

const T = {
  teams: 'Zusammenarbeiten in Microsoft Teams: Kanäle, Dateien, Besprechungen', // Wed 30.08. 13:00–15:30, online, FD IT, Wendt, free
  datenschutz: 'Datenschutz in der Sachbearbeitung: DSGVO und BbgDSG im Alltag', // Thu 31.08. 09:00–12:00, hybrid (Kreisverwaltung), Personalservice, free
  excel: 'Excel für Fortgeschrittene: SVERWEIS, Pivot-Tabellen, Diagramme', // Mon 04.09. 09:00–12:30, online, KVHS, Schulz, 79 €, 14 seats, no waitlist
  homeoffice: 'Arbeiten, wo es passt', // Tue 05.09. 14:00–15:30, online, Personalservice, Krüger, free; mobile work, "Homeoffice" in the description
  english: 'English at the Front Desk: Serving International Residents', // Wed 06.09. 09:00–12:30, Kreisverwaltung, KVHS, English, 110 €, deadline passed Fri 25.08. 23:59
  stress: 'Pause für den Kopf', // Thu 07.09. 13:30–15:30, online, Unfallkasse, Pohl, free; stress / health promotion
  prozess: 'Abläufe neu denken: Prozessmanagement in der Kommunalverwaltung', // Thu 21.09. 09:00–16:00, Bildungszentrum Schwedt, BKA, Dr. Voigt, 260 €, deadline Thu 07.09. 12:00
  vergabe: 'Vergaberecht kompakt: Aufträge unterhalb der EU-Schwellenwerte', // Tue 26.09. 09:00–16:00, Rathaus Templin, BKA, Neumann, 240 €, deadline Tue 12.09. 23:59
  ersteHilfe: 'Erste Hilfe im Dienst: Ausbildung für betriebliche Ersthelfende', // Tue 10.10. 08:30–16:00, Rathaus Angermünde, Unfallkasse, free (note), 12 seats
  infosec: 'Klick mit Folgen', // Thu 12.10. 09:00–11:30, online, FD IT, Böttcher, free; information security
  ozg: 'Anträge rund um die Uhr', // Wed 18.10. 13:00–16:00, online, FD IT, Böttcher, free; OZG, "Bürgerportal" in the description, 50 seats
  scrum: 'Agile Projektarbeit mit Scrum und Kanban', // Tue 24.10. 09:00–16:00, hybrid (Bildungszentrum Schwedt), BKA, Hoppe, 280 €, 20 seats
  lotsen: 'Qualifizierung zur kommunalen Digitallotsin und zum kommunalen Digitallotsen', // Thu 26.10., Fri 27.10. (CEST), Mon 30.10. (CET) 09:00–16:00, Kreisverwaltung, BKA, 690 € (state pays half), deadline Fri 29.09. 12:00
  ki: 'Der Assistent, der mitschreibt', // Thu 02.11. 13:00–16:00 (CET), hybrid (Kreisverwaltung), FD IT, Wendt, free; AI, "KI" and "ChatGPT" in the description
  fuehrung: 'Führen im digitalen Wandel', // Tue 07.11. and Wed 08.11. 09:00–16:00, Bildungszentrum Schwedt, BKA, Dr. Voigt, 320 €, managers, 12 seats
  eakte: 'Ordner ade', // Thu 09.11. 09:00–12:00, Amtsverwaltung Gramzow, FD IT, Böttcher, e-file, only Gramzow/Brüssow/Templin, free
  klartext: 'Schreiben, damit es ankommt', // Tue 14.11. 09:00–15:30, Rathaus Templin, KVHS, Lorenz, 140 €, plain language, 14 seats
  barrierefrei: 'Dokumente für alle', // Wed 22.11. 09:00–12:00, online, KVHS, Schulz, 69 €, accessible Word and PDF
  jahresgespraech: 'Jahresgespräche wirksam führen', // Tue 28.11. 09:00–13:00, Kreisverwaltung, Personalservice, Krüger, free, managers
  ergonomie: 'Rücken, Nacken, Bildschirm: Gesund am Schreibtisch', // Tue 05.12. 09:00–10:30, online, Unfallkasse, Pohl, free
  gremien: 'Gremienarbeit digital: Sitzungsdienst mit dem Ratsinformationssystem', // Wed 13.12. 09:00–16:00, Rathaus Schwedt, BKA, Neumann, 180 €
  socialMedia: 'Social Media für Kommunen: Instagram, Facebook und Co.', // draft (Tue 21.11.)
  qgis: 'Geodaten mit QGIS auswerten', // draft (Tue 12.12.)
  fahrsicherheit: 'Sicher unterwegs: Fahrsicherheitstraining für Dienstfahrzeuge', // cancelled (Fri 08.09.2028)
  powerbi: 'Power BI: Kennzahlen-Dashboards für die Verwaltungssteuerung', // cancelled (Wed 11.10.2028)
  erechnung: 'Die E-Rechnung im Haushaltswesen: XRechnung empfangen und buchen', // past (Tue 13 June 2028)
  sicherheitsbeauftragte: 'Ausbildung zur oder zum Sicherheitsbeauftragten', // past (Thu 22 June 2028)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.socialMedia, T.qgis, T.fahrsicherheit, T.powerbi, T.erechnung, T.sicherheitsbeauftragte];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost (the state's half of the Digitallotsen fee in the note) ---------------------------------------------
  {
    q: 'Was kostet die Qualifizierung zum Digitallotsen?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['kostet 690 €'],
    mentions: ['Das Land Brandenburg übernimmt die Hälfte der Gebühr (345 €)'],
  },
  { q: 'How much does the Scrum course cost?', locale: 'en', kind: 'facts', titles: [T.scrum], says: ['costs €280'] },
  // --- facts: when (across the end of summer time), start time, duration -----------------------------------------------
  {
    q: 'Wann findet die Digitallotsen-Qualifizierung statt?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['an 3 Tagen', 'Do., 26.10.2028, Fr., 27.10.2028 und Mo., 30.10.2028', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'When is the seminar on artificial intelligence?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['on Thu, 2 Nov 2028 from 13:00 to 16:00'],
  },
  {
    q: 'What time does the English course start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: [/starts on Wed, 6 Sept? 2028 at 09:00/],
  },
  {
    q: 'Wie lange dauert die Schulung zum mobilen Arbeiten?',
    kind: 'facts',
    titles: [T.homeoffice],
    says: ['dauert 1,5 Stunden, von 14:00 bis 15:30 Uhr'],
  },
  {
    q: 'How long is the leadership seminar on digital change?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['lasts 2 days, each from 09:00 to 16:00'],
  },
  // --- facts: where, trainer, deadline, seats, format ------------------------------------------------------------------
  {
    q: 'Where does the process management course take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.prozess],
    says: ['at Bildungszentrum Schwedt/Oder'],
  },
  {
    q: 'Wer leitet den Kurs zum Vergaberecht?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['leitet Frau Claudia Neumann'],
  },
  {
    q: 'Bis wann kann ich mich für das Vergaberecht-Seminar anmelden?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Di., 12.09.2028, 23:59 Uhr'],
  },
  {
    q: 'Wann ist Anmeldeschluss für den Englischkurs?',
    kind: 'facts',
    titles: [T.english],
    says: ['ist am Fr., 25.08.2028, 23:59 Uhr abgelaufen'],
  },
  {
    q: 'Gibt es beim Scrum-Kurs noch freie Plätze?',
    kind: 'facts',
    titles: [T.scrum],
    says: ['noch 20 von 20 Plätzen frei'],
  },
  {
    q: 'Findet der Datenschutzkurs online oder vor Ort statt?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['findet hybrid statt'],
  },
  {
    q: 'Findet die Schulung zur E-Akte in Präsenz statt?',
    kind: 'facts',
    titles: [T.eakte],
    says: ['findet in Präsenz statt', 'Amtsverwaltung Gramzow'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  { conv: 'homeoffice', q: 'Gibt es etwas zum Thema Homeoffice?', kind: 'list', titles: [T.homeoffice] },
  {
    conv: 'homeoffice',
    q: 'Wann ist das?',
    kind: 'facts',
    titles: [T.homeoffice],
    says: ['am Di., 05.09.2028 von 14:00 bis 15:30 Uhr'],
  },
  {
    conv: 'homeoffice',
    q: 'Und wer leitet das?',
    kind: 'facts',
    titles: [T.homeoffice],
    says: ['leitet Frau Sabine Krüger'],
  },
  { conv: 'ki', q: 'Gibt es eine Schulung zu KI?', kind: 'list', titles: [T.ki] },
  {
    conv: 'ki',
    q: 'Wo findet die statt?',
    kind: 'facts',
    titles: [T.ki],
    says: ['in der Kreisverwaltung Uckermark', 'oder online'],
  },
  { conv: 'ki', q: 'Was kostet die Teilnahme?', kind: 'facts', titles: [T.ki], says: ['ist kostenlos'] },
  {
    conv: 'portal',
    q: 'Ich muss Anträge aus dem Bürgerportal bearbeiten. Gibt es dazu eine Schulung?',
    kind: 'list',
    titles: [T.ozg],
  },
  {
    conv: 'portal',
    q: 'Um wie viel Uhr beginnt die?',
    kind: 'facts',
    titles: [T.ozg],
    says: ['beginnt am Mi., 18.10.2028 um 13:00 Uhr'],
  },
  {
    conv: 'leaders',
    q: 'Is there a course for managers on leading through digital change?',
    locale: 'en',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'leaders',
    q: 'Are there still seats available?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['has 12 of 12 seats left'],
  },
  // --- topic searches: words only in summary, description or topics, synonyms, typos ---------------------------------
  { q: 'Gibt es im Oktober etwas zu Informationssicherheit?', kind: 'list', titles: [T.infosec] },
  { q: 'Informationssicherhiet', kind: 'list', titles: [T.infosec] },
  { q: 'Gibt es ein Seminar zu Prozesmanagement?', kind: 'list', titles: [T.prozess] },
  { q: 'Gibt es eine Schulung zu ChatGPT?', kind: 'list', titles: [T.ki] },
  { q: 'Wie kann ich Bescheide verständlicher schreiben?', kind: 'list', titles: [T.klartext] },
  { q: 'Gibt es eine Schulung zur elektronischen Akte?', kind: 'list', titles: [T.eakte] },
  { q: 'Was hilft gegen Stress im Büro?', kind: 'list', titles: [T.stress] },
  { q: 'Welche Angebote zur Gesundheitsförderung gibt es?', kind: 'list', ...only(T.stress, T.ergonomie) },
  { q: 'How do I create accessible PDF documents?', locale: 'en', kind: 'list', titles: [T.barrierefrei] },
  { q: 'Wie arbeite ich besser mit MS Teams?', kind: 'list', titles: [T.teams] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, length, cost, language, seats ---------
  { q: 'Was ist morgen?', kind: 'list', titles: [T.teams] },
  { q: 'Welche Seminare gibt es diese Woche noch?', kind: 'list', titles: [T.teams, T.datenschutz] },
  { q: 'Was gibt es nächste Woche vormittags?', kind: 'list', titles: [T.excel, T.english] },
  { q: 'Is there anything next week in the afternoon?', locale: 'en', kind: 'list', titles: [T.homeoffice, T.stress] },
  {
    q: 'Was läuft in den nächsten zwei Wochen?',
    kind: 'list',
    titles: [T.teams, T.datenschutz, T.excel, T.homeoffice, T.english, T.stress],
  },
  {
    q: "What's on next month?",
    locale: 'en',
    kind: 'list',
    titles: [T.excel, T.homeoffice, T.english, T.stress, T.prozess, T.vergabe],
  },
  {
    q: 'Welche Seminare gibt es im November?',
    kind: 'list',
    titles: [T.ki, T.fuehrung, T.eakte, T.klartext, T.barrierefrei, T.jahresgespraech],
  },
  { q: 'Are there any courses in December 2028?', locale: 'en', kind: 'list', titles: [T.ergonomie, T.gremien] },
  { q: 'Welche Online-Seminare gibt es im September?', kind: 'list', titles: [T.excel, T.homeoffice, T.stress] },
  { q: 'Welche Kurse finden im September in Präsenz statt?', kind: 'list', titles: [T.english, T.prozess, T.vergabe] },
  { q: 'Welche Seminare sind hybrid?', kind: 'list', ...only(T.datenschutz, T.scrum, T.ki) },
  { q: 'Was gibt es in Schwedt?', kind: 'list', ...only(T.prozess, T.scrum, T.fuehrung, T.gremien) },
  {
    q: 'Welche Seminare finden in der Kreisverwaltung Prenzlau statt?',
    kind: 'list',
    ...only(T.datenschutz, T.english, T.lotsen, T.ki, T.jahresgespraech),
  },
  { q: 'Welche Kurse gibt es von Herrn Böttcher?', kind: 'list', ...only(T.infosec, T.ozg, T.eakte) },
  {
    q: 'Was bietet die BKA an?',
    kind: 'list',
    ...only(T.prozess, T.vergabe, T.scrum, T.lotsen, T.fuehrung, T.gremien),
  },
  { q: 'Ich bin Führungskraft. Welche Seminare passen zu mir?', kind: 'list', ...only(T.fuehrung, T.jahresgespraech) },
  { q: 'Gibt es mehrtägige Seminare?', kind: 'list', ...only(T.lotsen, T.fuehrung) },
  { q: 'Are there any courses in English?', locale: 'en', kind: 'list', titles: [T.english] },
  { q: 'Welche kostenlosen Seminare gibt es im Oktober?', kind: 'list', titles: [T.ersteHilfe, T.infosec, T.ozg] },
  {
    q: 'Which courses in October still have free seats?',
    locale: 'en',
    kind: 'list',
    titles: [T.ersteHilfe, T.infosec, T.ozg, T.scrum, T.lotsen],
  },
  // --- gone, drafts never shown, no match, greeting --------------------------------------------------------------------
  { q: 'Wann ist das Power-BI-Seminar?', kind: 'gone', gone: T.powerbi },
  { q: 'Is the driving safety training still taking place?', locale: 'en', kind: 'gone', gone: T.fahrsicherheit },
  { q: 'Wann war die Schulung zur E-Rechnung?', kind: 'gone', gone: T.erechnung, says: ['Di., 13.06.2028'] },
  {
    q: 'Wann ist die Ausbildung zum Sicherheitsbeauftragten?',
    kind: 'gone',
    gone: T.sicherheitsbeauftragte,
    says: ['Do., 22.06.2028'],
  },
  { q: 'Gibt es einen Kurs zu Social Media?', kind: 'none' },
  { q: 'Gibt es eine Schulung zu QGIS?', kind: 'none' },
  { q: 'Kann ich bei Ihnen den Gabelstaplerschein machen?', kind: 'none' },
  { q: 'Do you offer an Italian language course?', locale: 'en', kind: 'none' },
  { q: 'Hallo!', kind: 'help' },
  { q: 'Good morning!', locale: 'en', kind: 'help' },
];

heldoutSuite(
  'answering questions about a hundred-and-eleventh, independent catalogue (Landkreis Uckermark, BKA, Unfallkasse Brandenburg)',
  {
    fixture: 'heldout111-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
