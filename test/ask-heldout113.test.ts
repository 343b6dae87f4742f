// Over-fitting check, hundred-and-thirteenth catalogue: the 2028 autumn programme of the Saale-Holzland-Kreis (Thuringia)
// with the Thüringer Verwaltungsschule (TVS), the Landratsamt's Fachdienst IT and Fachdienst Personal, the Unfallkasse
// Thüringen and the Volkshochschule Saale-Holzland-Kreis (VHS), for the Landratsamt and its towns and
// Verwaltungsgemeinschaften (Eisenberg, Stadtroda, Hermsdorf, Kahla, Dornburg-Camburg, Bürgel), imported from a JSON
// file. Seminars take place in the Landratsamt in Eisenberg, the Bildungszentrum Hermsdorf, the town halls of Stadtroda,
// Kahla, Dornburg-Camburg, Bürgel and Eisenberg, online or hybrid. Several titles do not name their subject ("Gemeinsam
// arbeiten, egal von wo" is Microsoft Teams, "In Bewegung bleiben" health promotion, "Der digitale Kollege schreibt mit"
// AI, "Ruhe bewahren, wenn es laut wird" de-escalation, "Erst denken, dann klicken" information security, "Ordnung ohne
// Ordner" the e-file, "Verwaltung rund um die Uhr" the OZG, "Weniger Hektik, mehr erledigt" time management, "Klar
// geschrieben, gut verstanden" plain language, "Wenn das Gespräch schwierig wird" difficult conversations for managers),
// so only summary, description or topics reveal it; "Homeoffice", "KI" and "Bürgerportal" occur only in descriptions.
// One seminar is held in English; the leadership course runs on two days across the end of summer time; the e-file
// course is open only to Dornburg-Camburg, Bürgel and Kahla; first aid is free, paid by the Unfallkasse. Questions are
// written the way the product's own examples are: complete, correctly spelled questions (apart from two deliberate
// typos), German and some English, without looking at the parser or the answers. Same assertions as the other suites:
// exactly the expected seminars (best first where one is clearly best), the asked fact in the first sentence, never a
// draft, cancelled or past seminar.
//
// Calendar around `now` (Thursday 14 September 2028, 09:15 in Eisenberg, summer time; winter time begins Sun 29.10.2028):
//   this week:  nothing today; Fri 15.09. 09:00–12:00 Excel (online, tomorrow)
//   next week:  Mon 18.09. morning (Microsoft Teams, online), Tue 19.09. afternoon (health promotion, online),
//               Wed 20.09. morning (English, Landratsamt; deadline passed Mon 11.09.), Thu 21.09. afternoon (AI, hybrid)
//   then:       nothing from Fri 22.09. to Tue 03.10. except the cancelled telephone training (Wed 27.09.)
//   October:    Wed 04. process management (Hermsdorf), Mon 09. first aid (Stadtroda), Thu 12. de-escalation (Kahla,
//               12 seats), Mon 16. information security (online), Thu 19. procurement (Hermsdorf; deadline Fri 06.10.
//               12:00), Thu 26.10. (CEST) and Thu 09.11. (CET) leadership (Hermsdorf; deadline Fri 29.09.)
//   November:   Wed 08. e-file (Dornburg-Camburg, pilot towns only), Tue 14. OZG (online), Thu 16. Scrum (hybrid,
//               Hermsdorf; deadline Mon 30.10. 12:00 CET), Tue 21. time management (online), Mon 27. data protection
//               (Landratsamt), Wed 29. accessible documents (online); the cancelled winter-service briefing on Mon 06.11.
//   December:   Tue 05. plain language (Bürgel), Wed 13. difficult conversations for managers (Rathaus Eisenberg); the
//               draft social-media course on Wed 06.12.
//   January:    Tue 09./Wed 10.01.2029 induction days for new staff (Landratsamt); the draft housing-benefit course on
//               Tue 16.01.2029
//   past:       Tue 13.06.2028 municipal budget law (Hermsdorf), Wed 30.08.2028 BEM (online).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-09-14T07:15:00Z'); // Thursday, 14 September 2028, 09:15 in Eisenberg (CEST)
const TZ = 'Europe/Berlin';

const T = {
  excel: 'Excel im Büroalltag: Listen, Formeln, Diagramme', // Fri 15.09. 09:00–12:00, online, VHS, Hörold, 79 € (note), no deadline given
  teams: 'Gemeinsam arbeiten, egal von wo', // Mon 18.09. 09:00–12:00, online, FD IT, Wiegand, Microsoft Teams / Homeoffice, free
  bewegung: 'In Bewegung bleiben', // Tue 19.09. 14:00–15:30, online, Unfallkasse, Lorenz, health promotion, free
  english: 'Clear English at the Front Desk: Serving International Residents', // Wed 20.09. 09:00–12:30, Landratsamt, VHS, English, 110 €, deadline passed Mon 11.09. 23:59
  ki: 'Der digitale Kollege schreibt mit', // Thu 21.09. 13:00–16:00, hybrid (Landratsamt), FD IT, Kämpfe, AI, free
  prozess: 'Abläufe neu denken: Prozessmanagement in der Kommunalverwaltung', // Wed 04.10. 09:00–16:00, Bildungszentrum Hermsdorf, TVS, Dr. Schenk, 245 €
  ersteHilfe: 'Erste Hilfe: Aus- und Fortbildung für betriebliche Ersthelfer', // Mon 09.10. 08:30–16:30, Rathaus Stadtroda, Unfallkasse, Fiedler, free (note), 20 seats
  deeskalation: 'Ruhe bewahren, wenn es laut wird', // Thu 12.10. 09:00–15:00, Rathaus Kahla, Unfallkasse, Walther, free, 12 seats
  infosec: 'Erst denken, dann klicken', // Mon 16.10. 09:00–11:30, online, FD IT, Kämpfe, information security, free
  vergabe: 'Vergabe rechtssicher gestalten: Öffentliche Aufträge unterhalb der EU-Schwellenwerte', // Thu 19.10. 09:00–16:00, Hermsdorf, TVS, Baumbach, 260 €, deadline Fri 06.10. 12:00
  fuehrung: 'Führen im digitalen Wandel', // Thu 26.10. (CEST) and Thu 09.11. (CET) 09:00–16:00, Hermsdorf, TVS, Dr. Schenk, 490 € (note), managers, deadline Fri 29.09. 23:59
  eakte: 'Ordnung ohne Ordner', // Wed 08.11. 09:00–12:00, Rathaus Dornburg-Camburg, FD IT, Wiegand, e-file, only Dornburg-Camburg/Bürgel/Kahla, free
  ozg: 'Verwaltung rund um die Uhr', // Tue 14.11. 13:00–16:00, online, FD IT, Wiegand, OZG / Bürgerportal, free
  scrum: 'Agil im Amt: Projektarbeit mit Scrum', // Thu 16.11. 09:00–16:00, hybrid (Hermsdorf), TVS, Teichmann, 240 € (note), 18 seats, deadline Mon 30.10. 12:00
  zeit: 'Weniger Hektik, mehr erledigt', // Tue 21.11. 09:00–12:00, online, VHS, Gräfe, time management, 59 €
  datenschutz: 'Datenschutz im Bürgerkontakt: Auskünfte, Akteneinsicht, Datenpannen', // Mon 27.11. 09:00–16:00, Landratsamt, FD Personal, Opitz, DSGVO, free
  barrierefrei: 'Dokumente für alle: Barrierefreie Word- und PDF-Dateien', // Wed 29.11. 13:00–16:00, online, VHS, Hörold, 69 €
  sprache: 'Klar geschrieben, gut verstanden', // Tue 05.12. 09:00–15:00, Rathaus Bürgel, VHS, Gräfe, plain language, 140 €
  gespraeche: 'Wenn das Gespräch schwierig wird', // Wed 13.12. 09:00–16:00, Rathaus Eisenberg, VHS, Mehlhorn, managers, 165 €
  neu: 'Gut ankommen: Einführungstage für neue Beschäftigte', // Tue 09.01. and Wed 10.01.2029 09:00–15:00, Landratsamt, FD Personal, free
  social: 'Social Media im Rathaus: Instagram und Co. für Kommunen', // draft (Wed 06.12.)
  wohngeld: 'Das neue Wohngeldrecht 2029', // draft (Tue 16.01.2029)
  telefon: 'Freundlich und klar am Telefon: Telefontraining für den Bürgerservice', // cancelled (Wed 27.09.2028)
  winterdienst: 'Sicher im Winterdienst: Unterweisung für Bauhofbeschäftigte', // cancelled (Mon 06.11.2028)
  haushalt: 'Kommunales Haushaltsrecht kompakt', // past (Tue 13 June 2028, Hermsdorf, TVS)
  bem: 'Betriebliches Eingliederungsmanagement (BEM) verstehen', // past (Wed 30 August 2028)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.social, T.wohngeld, T.telefon, T.winterdienst, T.haushalt, T.bem];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  {
    q: 'Was kostet der Scrum-Kurs?',
    kind: 'facts',
    titles: [T.scrum],
    says: ['kostet 240 €'],
    mentions: ['Inklusive Mittagessen für Teilnehmende vor Ort.'],
  },
  {
    q: 'Was kostet der Erste-Hilfe-Kurs?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse Thüringen für ihre Mitgliedsverwaltungen.'],
  },
  {
    q: 'How much is the English front desk course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['costs €110'],
  },
  // --- facts: when (across the end of summer time), start time, duration -----------------------------------------------
  {
    q: 'Wann ist das Seminar zum Datenschutz?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['am Mo., 27.11.2028 von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'Wann findet das Seminar „Führen im digitalen Wandel“ statt?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 26.10.2028 und Do., 09.11.2028', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'Wann beginnt der Erste-Hilfe-Kurs?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['beginnt am Mo., 09.10.2028 um 08:30 Uhr'],
  },
  {
    q: 'What time does the Microsoft Teams training start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.teams],
    says: ['starts on Mon, 18 Sep 2028 at 09:00'],
  },
  {
    q: 'Wie lange dauert die Schulung zur Informationssicherheit?',
    kind: 'facts',
    titles: [T.infosec],
    says: ['dauert 2,5 Stunden, von 09:00 bis 11:30 Uhr'],
  },
  {
    q: 'How long are the induction days for new employees?',
    locale: 'en',
    kind: 'facts',
    titles: [T.neu],
    says: ['lasts 2 days, each from 09:00 to 15:00'],
  },
  // --- facts: where, trainer, deadline, seats, format ------------------------------------------------------------------
  {
    q: 'Wo findet das Seminar zum Prozessmanagement statt?',
    kind: 'facts',
    titles: [T.prozess],
    says: ['im Bildungszentrum Hermsdorf'],
  },
  {
    q: 'Where does the de-escalation training take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['at Rathaus Kahla'],
  },
  {
    q: 'Wer leitet das Seminar zum Prozesmanagement?',
    kind: 'facts',
    titles: [T.prozess],
    says: ['leitet Herr Dr. Matthias Schenk'],
  },
  {
    q: 'Who teaches the Excel course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['is led by Frau Sabine Hörold'],
  },
  {
    q: 'Wann ist Anmeldeschluss für das Seminar zum Vergaberecht?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Fr., 06.10.2028, 12:00 Uhr'],
  },
  {
    q: 'What is the registration deadline for the English front desk course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Mon, 11 Sep 2028, 23:59'],
  },
  {
    q: 'Bis wann kann ich mich für den Scrum-Kurs anmelden?',
    kind: 'facts',
    titles: [T.scrum],
    says: ['bis Mo., 30.10.2028, 12:00 Uhr'],
  },
  {
    q: 'Gibt es noch freie Plätze im Erste-Hilfe-Kurs?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['noch 20 von 20 Plätzen frei'],
  },
  { q: 'Findet der Excel-Kurs online statt?', kind: 'facts', titles: [T.excel], says: ['findet online statt'] },
  {
    q: 'Findet die KI-Schulung online statt?',
    kind: 'facts',
    titles: [T.ki],
    says: [/findet hybrid statt|oder online statt/],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  {
    conv: 'homeoffice',
    q: 'Gibt es eine Schulung für die Zusammenarbeit im Homeoffice?',
    kind: 'list',
    titles: [T.teams],
  },
  {
    conv: 'homeoffice',
    q: 'Wann ist die?',
    kind: 'facts',
    titles: [T.teams],
    says: ['am Mo., 18.09.2028 von 09:00 bis 12:00 Uhr'],
  },
  {
    conv: 'homeoffice',
    q: 'Und wer leitet sie?',
    kind: 'facts',
    titles: [T.teams],
    says: ['leitet Frau Claudia Wiegand'],
  },
  { conv: 'buergerportal', q: 'Gibt es eine Schulung zum Bürgerportal?', kind: 'list', titles: [T.ozg] },
  {
    conv: 'buergerportal',
    q: 'Findet das online statt?',
    kind: 'facts',
    titles: [T.ozg],
    says: ['findet online statt'],
  },
  { conv: 'buergerportal', q: 'Was kostet das?', kind: 'facts', titles: [T.ozg], says: ['ist kostenlos'] },
  {
    conv: 'procurement',
    q: 'Is there a training on public procurement?',
    locale: 'en',
    kind: 'list',
    titles: [T.vergabe],
  },
  {
    conv: 'procurement',
    q: 'Where does it take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['at Bildungszentrum Hermsdorf'],
  },
  {
    conv: 'procurement',
    q: 'How much does it cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['costs €260'],
  },
  {
    conv: 'schalter',
    q: 'Was kann ich tun, wenn Bürger am Schalter aggressiv werden?',
    kind: 'list',
    titles: [T.deeskalation],
  },
  {
    conv: 'schalter',
    q: 'Und wo findet der statt?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['im Rathaus Kahla'],
  },
  {
    conv: 'schalter',
    q: 'Gibt es noch freie Plätze?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  // --- topic searches: subjects only in summary or description, synonyms, abbreviations, typos -------------------------
  { q: 'Gibt es im Oktober etwas zu Informationssicherheit?', kind: 'list', titles: [T.infosec] },
  { q: 'Ich suche eine Schulung zur Informationssicherhiet.', kind: 'list', titles: [T.infosec] },
  { q: 'Gibt es eine Schulung zu KI?', kind: 'list', titles: [T.ki] },
  { q: 'Is there anything on artificial intelligence?', locale: 'en', kind: 'list', titles: [T.ki] },
  { q: 'Gibt es ein Seminar zur E-Akte?', kind: 'list', titles: [T.eakte] },
  { q: 'Wie schreibe ich Bescheide verständlicher?', kind: 'list', titles: [T.sprache] },
  { q: 'Gibt es ein Seminar zum Zeitmanagement?', kind: 'list', titles: [T.zeit] },
  { q: 'Gibt es eine Schulung zur DSGVO?', kind: 'list', titles: [T.datenschutz] },
  { q: 'Gibt es etwas zum Onlinezugangsgesetz?', kind: 'list', titles: [T.ozg] },
  { q: 'Wie erstelle ich barrierefreie PDF-Dokumente?', kind: 'list', titles: [T.barrierefrei] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, length, cost, language -----------------
  { q: 'Gibt es morgen ein Seminar?', kind: 'list', titles: [T.excel] },
  { q: 'Was gibt es nächste Woche am Vormittag?', kind: 'list', titles: [T.teams, T.english] },
  { q: 'Was gibt es nächste Woche nachmittags?', kind: 'list', titles: [T.bewegung, T.ki] },
  {
    q: 'Was läuft in den nächsten zwei Wochen?',
    kind: 'list',
    titles: [T.excel, T.teams, T.bewegung, T.english, T.ki],
  },
  {
    q: "What's on next month?",
    locale: 'en',
    kind: 'list',
    titles: [T.prozess, T.ersteHilfe, T.deeskalation, T.infosec, T.vergabe, T.fuehrung],
  },
  { q: 'Welche Seminare gibt es im Dezember?', kind: 'list', titles: [T.sprache, T.gespraeche] },
  { q: 'Gibt es kostenlose Seminare im November?', kind: 'list', titles: [T.eakte, T.ozg, T.datenschutz] },
  { q: 'Welche Seminare finden in Hermsdorf statt?', kind: 'list', ...only(T.prozess, T.vergabe, T.fuehrung, T.scrum) },
  { q: 'Welche Kurse gibt Herr Kämpfe?', kind: 'list', ...only(T.ki, T.infosec) },
  {
    q: 'Was bietet die Thüringer Verwaltungsschule an?',
    kind: 'list',
    ...only(T.prozess, T.vergabe, T.fuehrung, T.scrum),
  },
  { q: 'Ich bin Führungskraft – was gibt es für mich?', kind: 'list', ...only(T.fuehrung, T.gespraeche) },
  { q: 'Gibt es mehrtägige Seminare?', kind: 'list', ...only(T.fuehrung, T.neu) },
  { q: 'Are there any courses in English?', locale: 'en', kind: 'list', titles: [T.english] },
  // --- gone, drafts never shown, no match, greeting --------------------------------------------------------------------
  { q: 'Wann findet das Telefontraining für den Bürgerservice statt?', kind: 'gone', gone: T.telefon },
  { q: 'Was kostet die Unterweisung für den Winterdienst?', kind: 'gone', gone: T.winterdienst },
  { q: 'Wann war der Kurs zum kommunalen Haushaltsrecht?', kind: 'gone', gone: T.haushalt, says: ['Di., 13.06.2028'] },
  {
    q: 'When is the seminar on workplace reintegration (BEM)?',
    locale: 'en',
    kind: 'gone',
    gone: T.bem,
    says: ['Wed, 30 Aug 2028'],
  },
  { q: 'Gibt es ein Seminar zu Social Media?', kind: 'none' },
  { q: 'Wann ist die Schulung zum neuen Wohngeldrecht?', kind: 'none' },
  { q: 'Gibt es eine SAP-Schulung?', kind: 'none' },
  { q: 'Gibt es im Dezember eine Excel-Schulung?', kind: 'none' },
  { q: 'Hallo!', kind: 'help' },
  { q: 'Good morning!', locale: 'en', kind: 'help' },
];

heldoutSuite(
  'answering questions about a hundred-and-thirteenth, independent catalogue (Saale-Holzland-Kreis, TVS, Unfallkasse Thüringen)',
  {
    fixture: 'heldout113-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
