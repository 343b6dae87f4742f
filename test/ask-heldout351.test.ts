// Over-fitting check, three-hundred-and-fifty-first catalogue: the winter/spring 2029 programme for the Kreis Soest
// (Nordrhein-Westfalen) and its towns and municipalities (Soest, Lippstadt, Werl, Warstein, Geseke, Erwitte, Rüthen,
// Bad Sassendorf, Möhnesee, Ense, Welver, Wickede (Ruhr), Anröchte, Lippetal), with the Studieninstitut Westfalen-Lippe,
// Südwestfalen-IT (SIT), the Unfallkasse NRW, the VHS Lippstadt, the VHS Soest and the Kreis's own Personalamt and
// Datenschutzbeauftragter, imported from a JSON file. Seminars take place in the Studieninstitut's Bildungszentrum Soest
// (Niederbergheimer Straße), the Kreishaus Soest (Hoher Weg), the Ratssaal in Lippstadt, the DRK-Zentrum Werl, the
// Rathäuser in Warstein, Werl, Möhnesee, Geseke and Rüthen, the VHS Soest, the Johanniter in Lippstadt, Haus Düsse in
// Bad Sassendorf, online or hybrid. Nothing takes place in Erwitte, Ense, Welver, Wickede, Anröchte or Lippetal.
// Several titles do not name their subject ("Passwort123 war gestern" is passwords / MFA, "Zahlen, die der Rat
// beschließt" the NKF budget for council members, "Schluss mit dem Papierberg" the e-file, "Wenn der Ton rauer wird"
// de-escalation, "Schreiben, das ankommt" plain language, "Der digitale Kollege" AI / ChatGPT, "Auf Streife im
// Straßenraum" parking enforcement, "Wer darf was wissen?" data protection, "Der Küchentisch ist kein Büro" home-office
// ergonomics, "Was gesagt wurde, bleibt" minutes, "Gut angekommen" induction day, "Ruhe sanft – aber rechtssicher"
// cemeteries and their fees, "Für alle lesbar" accessible documents). One seminar is held in English, the leadership
// course runs on two consecutive days, the induction day is open only to the Kreis Soest. Questions are mostly about
// dates and times (today, tomorrow, the day after tomorrow, this week, next week, a weekday, a month, the beginning or
// end of a month, the next 14 days, before or after Easter, before the summer holidays, morning / afternoon / evening),
// combined with subjects and formats, plus facts, follow-ups, gone seminars, no match and greetings, written without
// looking at the parser.
//
// Calendar around `now` (Tuesday 20 February 2029, 09:40 in Soest, winter time; summer time begins Sun 25.03.2029;
// Easter Sunday 01.04.2029 (Karfreitag 30.03., Ostermontag 02.04.), Karwoche Mon 26.03.–Sat 31.03.; Tag der Arbeit Tue
// 01.05., Christi Himmelfahrt Thu 10.05., Pfingstmontag 21.05., Fronleichnam Thu 31.05. are holidays in NRW; the NRW
// summer holidays begin in late June at the earliest, after every seminar of this catalogue):
//   this week:  Tue 20.02. (today) 14:00–16:30 passwords (online, afternoon); Wed 21.02. (tomorrow) 09:00–12:30
//               procurement (Studieninstitut Soest); Thu 22.02. (day after tomorrow) 18:00–20:30 budget for council
//               members (Ratssaal Lippstadt, evening); Fri 23.02. 08:30–15:30 first-aid refresher (DRK-Zentrum Werl)
//   next week:  the cancelled time-management course (Mon 26.02.); Tue 27.02. 09:00–12:30 Excel basics (online);
//               Wed 28.02. 13:30–16:30 e-file (hybrid, Kreishaus); Thu 01.03. 09:00–16:00 de-escalation (Rathaus
//               Warstein)
//   next 14 days (Tue 20.02.–Mon 05.03./Tue 06.03.): the seven above; nothing from Fri 02.03. to Tue 06.03.
//   March:      Wed 07.03. 09:00–12:00 plain language (online), the cancelled PowerPoint course (Thu 08.03.),
//               Thu 15.03.+Fri 16.03. 09:00–16:30 leadership (Studieninstitut Soest; deadline Thu 01.03. 23:59),
//               Tue 20.03. 10:00–11:30 AI (online), Wed 28.03. (CEST, Karwoche) 08:00–15:00 parking enforcement (Möhnesee)
//   April:      Wed 11.04. 09:00–12:30 English (VHS Soest; deadline Wed 04.04. 12:00), Thu 12.04. 09:00–12:30 data
//               protection (Rathaus Werl), the draft social-media course (Wed 18.04.), Wed 25.04. 18:00–19:30 home office
//               (online, evening), Thu 26.04. 09:00–16:00 building permits (Haus Düsse, Bad Sassendorf)
//   May:        Mon 07.05. 08:30–16:30 first-aid basic course (Johanniter Lippstadt), the draft cash-audit course
//               (Tue 08.05.), Tue 15.05. 09:00–12:30 Excel advanced (online), Wed 23.05. 13:00–16:00 minutes (Rathaus
//               Geseke, afternoon)
//   June:       Mon 04.06. 09:00–15:00 induction day (Kreishaus, Kreis Soest only), Wed 06.06. 09:00–16:00 cemeteries
//               (Rathaus Rüthen), Thu 14.06. 09:00–12:00 accessible documents (hybrid, Kreishaus)
//   past:       Tue 14.11.2028 winter road service (Warstein), Thu 18.01.2029 NKF annual accounts (Kreishaus).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2029-02-20T08:40:00Z'); // Tuesday, 20 February 2029, 09:40 in Soest (CET)
const TZ = 'Europe/Berlin';

const T = {
  passwort: 'Passwort123 war gestern', // Tue 20.02. 14:00–16:30, online, SIT, Herr Timo Brüggemann, passwords / MFA, free
  vergabe: 'Vergaberecht für Einsteiger: UVgO und Wertgrenzen in NRW', // Wed 21.02. 09:00–12:30, Studieninstitut Soest, Herr Dr. Ralf Hüsing, 240 €
  haushalt: 'Zahlen, die der Rat beschließt', // Thu 22.02. 18:00–20:30, Ratssaal Lippstadt, Studieninstitut, Frau Dr. Henrike Vogelsang, NKF budget, free
  ersteHilfe: 'Erste-Hilfe-Fortbildung für betriebliche Ersthelfer', // Fri 23.02. 08:30–15:30, DRK-Zentrum Werl, UK NRW, Herr Andreas Kemper (DRK), free
  excel: 'Excel kompakt: Formeln, Filter und Diagramme', // Tue 27.02. 09:00–12:30, online, VHS Lippstadt, Frau Sabine Wienecke, 69 €
  eakte: 'Schluss mit dem Papierberg', // Wed 28.02. 13:30–16:30, hybrid (Kreishaus Soest), SIT, Frau Katrin Schulte, e-file, free
  deeskalation: 'Wenn der Ton rauer wird', // Thu 01.03. 09:00–16:00, Rathaus Warstein, UK NRW, Frau Ines Rademacher, de-escalation, free
  sprache: 'Schreiben, das ankommt', // Wed 07.03. 09:00–12:00, online, Studieninstitut, Frau Dr. Miriam Osterhaus, plain language, 120 €
  fuehrung: 'Neu in der Führungsrolle', // Thu 15.03. + Fri 16.03. 09:00–16:30, Studieninstitut Soest, Frau Dr. Annette Brinkmann, 480 €, deadline Thu 01.03. 23:59
  ki: 'Der digitale Kollege', // Tue 20.03. 10:00–11:30, online, SIT, Herr Timo Brüggemann, AI / ChatGPT, free
  verkehr: 'Auf Streife im Straßenraum', // Wed 28.03. (CEST) 08:00–15:00, Rathaus Möhnesee, Studieninstitut, Herr Frank Tigges, parking enforcement, 150 €
  english: 'English at the Service Desk: Helping International Residents', // Wed 11.04. 09:00–12:30, VHS Soest, Fiona Gallagher, 85 €, deadline Wed 04.04. 12:00, in English
  datenschutz: 'Wer darf was wissen?', // Thu 12.04. 09:00–12:30, Rathaus Werl, Kreis Soest DSB, Herr Dr. Jens Kückelhaus, DSGVO, free
  homeoffice: 'Der Küchentisch ist kein Büro', // Wed 25.04. 18:00–19:30, online, UK NRW, Frau Julia Vornholt, home-office ergonomics, free, 40 seats
  baurecht: 'Vom Bauantrag zur Baugenehmigung nach BauO NRW', // Thu 26.04. 09:00–16:00, Haus Düsse (Bad Sassendorf), Studieninstitut, Herr Markus Steinhoff, 260 €
  ersteHilfeGrund: 'Erste Hilfe Grundausbildung', // Mon 07.05. 08:30–16:30, Johanniter Lippstadt, UK NRW, Frau Nadine Berens (Johanniter), free
  excelPro: 'Excel für Fortgeschrittene: Pivot-Tabellen und SVERWEIS', // Tue 15.05. 09:00–12:30, online, VHS Lippstadt, Frau Sabine Wienecke, 79 €
  protokoll: 'Was gesagt wurde, bleibt', // Wed 23.05. 13:00–16:00, Rathaus Geseke, Studieninstitut, Frau Petra Hanses, minutes, 95 €
  onboarding: 'Gut angekommen', // Mon 04.06. 09:00–15:00, Kreishaus Soest, Kreis Soest Personalamt, Frau Melanie Schröer, induction day, Kreis only, free
  friedhof: 'Ruhe sanft – aber rechtssicher', // Wed 06.06. 09:00–16:00, Rathaus Rüthen, Studieninstitut, Herr Dr. Ralf Hüsing, cemeteries / fees, 190 €
  barrierefrei: 'Für alle lesbar', // Thu 14.06. 09:00–12:00, hybrid (Kreishaus Soest), SIT, Frau Katrin Schulte, accessible documents, free
  socialMedia: 'Social Media im Rathaus: Instagram und Facebook rechtssicher nutzen', // draft (Wed 18.04.2029)
  kassenpruefung: 'Kassenprüfung kompakt: Zahlstellen und Handvorschüsse prüfen', // draft (Tue 08.05.2029), Hüsing
  zeitmanagement: 'Zeitmanagement und Selbstorganisation im Büro', // cancelled (Mon 26.02.2029)
  powerpoint: 'PowerPoint: Präsentationen, die überzeugen', // cancelled (Thu 08.03.2029), Wienecke
  jahresabschluss: 'Jahresabschluss nach NKF: Von der Inventur zur Bilanz', // past (Thu 18.01.2029), Kreishaus
  winterdienst: 'Winterdienst und Streupflicht rechtssicher organisieren', // past (Tue 14.11.2028), Warstein
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [
  T.socialMedia,
  T.kassenpruefung,
  T.zeitmanagement,
  T.powerpoint,
  T.jahresabschluss,
  T.winterdienst,
];
const only = onlyAmong(all, NEVER);
// Whole-day seminars also run in the afternoon: fair to show or not for "nachmittags".
const wholeDay = [
  T.ersteHilfe,
  T.deeskalation,
  T.fuehrung,
  T.verkehr,
  T.baurecht,
  T.ersteHilfeGrund,
  T.onboarding,
  T.friedhof,
];

const CASES: Case[] = [
  // --- relative days and weeks -----------------------------------------------------------------------------------------
  { q: 'was gibt es heute noch?', kind: 'list', titles: [T.passwort] },
  { q: 'ist morgen irgendeine schulung', kind: 'list', titles: [T.vergabe] },
  { q: 'Was findet übermorgen statt?', kind: 'list', titles: [T.haushalt] },
  { q: 'was ist am donnerstag', kind: 'list', titles: [T.haushalt] },
  { q: 'gibt es am freitag was?', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'was läuft diese woche', kind: 'list', titles: [T.passwort, T.vergabe, T.haushalt, T.ersteHilfe] },
  {
    q: 'any trainings this week?',
    locale: 'en',
    kind: 'list',
    titles: [T.passwort, T.vergabe, T.haushalt, T.ersteHilfe],
  },
  { q: 'Was steht nächste Woche an?', kind: 'list', titles: [T.excel, T.eakte, T.deeskalation] },
  { q: 'is there anything next tuesday?', locale: 'en', kind: 'list', titles: [T.excel] },
  { q: 'was ist nächsten dienstag', kind: 'list', titles: [T.excel] },
  { q: 'diese woche vormittags was frei?', kind: 'list', ...maybeAlso(only(T.vergabe), T.ersteHilfe) },
  { q: 'nächste woche nachmittags', kind: 'list', ...maybeAlso(only(T.eakte), T.deeskalation) },
  {
    q: 'online-seminare in den nächsten 14 tagen',
    kind: 'list',
    ...maybeAlso(only(T.passwort, T.excel), T.eakte),
  },
  // --- months, parts of months, Easter, summer holidays ---------------------------------------------------------------
  {
    q: 'seminare im februar',
    kind: 'list',
    titles: [T.passwort, T.vergabe, T.haushalt, T.ersteHilfe, T.excel, T.eakte],
  },
  { q: 'was gibt es im märz?', kind: 'list', titles: [T.deeskalation, T.sprache, T.fuehrung, T.ki, T.verkehr] },
  { q: 'was ist anfang märz geplant', kind: 'list', titles: [T.deeskalation, T.sprache] },
  { q: 'ende april irgendwas?', kind: 'list', titles: [T.homeoffice, T.baurecht] },
  { q: 'Welche Seminare gibt es im Mai?', kind: 'list', titles: [T.ersteHilfeGrund, T.excelPro, T.protokoll] },
  { q: 'what online courses are there in March?', locale: 'en', kind: 'list', ...only(T.sprache, T.ki) },
  { q: 'gibt es im april nachmittags ein seminar?', kind: 'none' },
  { q: 'datenschutz im april', kind: 'list', titles: [T.datenschutz] },
  { q: 'erste-hilfe-kurs nach ostern', kind: 'list', titles: [T.ersteHilfeGrund] },
  { q: 'online seminare nach ostern', kind: 'list', ...maybeAlso(only(T.homeoffice, T.excelPro), T.barrierefrei) },
  { q: 'gibt es vor ostern noch was zu KI?', kind: 'list', titles: [T.ki] },
  { q: 'was ist in der karwoche', kind: 'list', titles: [T.verkehr] },
  { q: 'gibt es vor den sommerferien noch einen excel kurs?', kind: 'list', ...only(T.excel, T.excelPro) },
  { q: 'was ist am 5.3.?', kind: 'none' },
  // --- morning, afternoon, evening ------------------------------------------------------------------------------------
  {
    q: 'welche kurse sind nachmittags',
    kind: 'list',
    ...maybeAlso(only(T.passwort, T.eakte, T.protokoll), ...wholeDay),
  },
  // --- follow-up conversations ----------------------------------------------------------------------------------------
  { conv: 'morgen', q: 'was ist morgen', kind: 'list', titles: [T.vergabe] },
  {
    conv: 'morgen',
    q: 'wo findet das statt?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['Bildungszentrum Soest des Studieninstituts, Niederbergheimer Straße 24, 59494 Soest'],
  },
  { conv: 'morgen', q: 'und wer leitet es', kind: 'facts', titles: [T.vergabe], says: ['leitet Herr Dr. Ralf Hüsing'] },
  { conv: 'morgen', q: 'was kostet das', kind: 'facts', titles: [T.vergabe], says: ['kostet 240 €'] },
  { conv: 'rat', q: 'gibts übermorgen was', kind: 'list', titles: [T.haushalt] },
  {
    conv: 'rat',
    q: 'um wieviel uhr fängt das an',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['Do., 22.02.2029', '18:00'],
  },
  { conv: 'rat', q: 'kostenlos?', kind: 'facts', titles: [T.haushalt], says: ['ist kostenlos'] },
  {
    conv: 'fuehrung',
    q: 'wann ist das führungskräfteseminar?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 15.03.2029 und Fr., 16.03.2029', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    conv: 'fuehrung',
    q: 'bis wann kann ich mich anmelden',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['Do., 01.03.2029', '23:59'],
  },
  { conv: 'fuehrung', q: 'und was kostet es?', kind: 'facts', titles: [T.fuehrung], says: ['kostet 480 €'] },
  { conv: 'ostern', q: 'erste hilfe nach ostern?', kind: 'list', titles: [T.ersteHilfeGrund] },
  {
    conv: 'ostern',
    q: 'wo genau?',
    kind: 'facts',
    titles: [T.ersteHilfeGrund],
    says: ['Johanniter-Ausbildungszentrum Lippstadt, Beckumer Straße 30, 59555 Lippstadt'],
  },
  {
    conv: 'ostern',
    q: 'wie lange geht der?',
    kind: 'facts',
    titles: [T.ersteHilfeGrund],
    says: ['von 08:30 bis 16:30 Uhr'],
  },
  { conv: 'abend', q: 'gibt es abendkurse', kind: 'list', ...only(T.haushalt, T.homeoffice) },
  { conv: 'abend', q: 'und welcher davon ist online?', kind: 'list', titles: [T.homeoffice] },
  { conv: 'english', q: 'is there a course in English?', locale: 'en', kind: 'list', titles: [T.english] },
  {
    conv: 'english',
    q: 'who teaches it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['is led by Fiona Gallagher'],
  },
  {
    conv: 'english',
    q: 'where is it held?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['VHS Soest, Nöttenstraße 29, 59494 Soest'],
  },
  // --- facts: date, time, cost, place, trainer, deadline, seats --------------------------------------------------------
  {
    q: 'wann ist der excel kurs für fortgeschrittene',
    kind: 'facts',
    titles: [T.excelPro],
    says: ['am Di., 15.05.2029 von 09:00 bis 12:30 Uhr'],
  },
  {
    q: 'Wann ist der Einführungstag für neue Mitarbeiter?',
    kind: 'facts',
    titles: [T.onboarding],
    says: ['am Mo., 04.06.2029 von 09:00 bis 15:00 Uhr'],
  },
  {
    q: 'wer macht die deeskalationsschulung in warstein?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['leitet Frau Ines Rademacher'],
  },
  {
    q: 'wo ist das seminar zur baugenehmigung',
    kind: 'facts',
    titles: [T.baurecht],
    says: ['Landwirtschaftszentrum Haus Düsse, Haus Düsse 2, 59505 Bad Sassendorf'],
  },
  {
    q: 'kann man bei der e-akte schulung auch online teilnehmen?',
    kind: 'facts',
    titles: [T.eakte],
    says: ['findet hybrid statt', 'Kreishaus Soest'],
  },
  {
    q: 'bis wann muss ich mich für den englischkurs anmelden',
    kind: 'facts',
    titles: [T.english],
    says: ['Mi., 04.04.2029', '12:00'],
  },
  {
    q: 'wie viele plätze sind beim homeoffice-seminar noch frei?',
    kind: 'facts',
    titles: [T.homeoffice],
    says: ['noch 40 von 40 Plätzen frei'],
  },
  {
    q: 'who leads the cemetery seminar?',
    locale: 'en',
    kind: 'facts',
    titles: [T.friedhof],
    says: ['is led by Herr Dr. Ralf Hüsing'],
  },
  // --- subjects only summary, description or topics name, with dates --------------------------------------------------
  { q: 'passwortmanager und zwei-faktor', kind: 'list', titles: [T.passwort] },
  { q: 'parkraumüberwachung im frühjahr', kind: 'list', titles: [T.verkehr] },
  {
    miss: 'the words of the subject are not found as written ("schreiben" is a doing), so May\'s list is given whole',
    q: 'niederschrift im ausschuss schreiben – gibts da was im mai?',
    kind: 'list',
    titles: [T.protokoll],
  },
  // --- trainers and places with dates ---------------------------------------------------------------------------------
  { q: 'welche kurse gibt frau wienecke', kind: 'list', ...only(T.excel, T.excelPro) },
  { q: 'was macht herr dr. hüsing im juni?', kind: 'list', titles: [T.friedhof] },
  { q: 'gibt es was in erwitte?', kind: 'none' },
  // --- gone, drafts, no match, greetings, own registrations ------------------------------------------------------------
  { q: 'findet das zeitmanagement seminar nächste woche statt?', kind: 'gone', gone: T.zeitmanagement },
  { q: 'powerpoint kurs im märz', kind: 'gone', gone: T.powerpoint },
  {
    q: 'wann war die schulung zum jahresabschluss nach nkf',
    kind: 'gone',
    gone: T.jahresabschluss,
    says: ['Do., 18.01.2029'],
  },
  { q: 'winterdienst schulung', kind: 'gone', gone: T.winterdienst, says: ['Di., 14.11.2028'] },
  { q: 'social media seminar im april', kind: 'none' },
  { q: 'gibt es einen gabelstaplerschein nächsten monat?', kind: 'none' },
  { conv: 'leer', q: 'und wo ist das?', kind: 'noContext' },
  { q: 'Moin!', kind: 'help' },
  { q: 'hi, what can you do?', locale: 'en', kind: 'help' },
  { q: 'für welche seminare bin ich angemeldet', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-fifty-first, independent catalogue (Kreis Soest, Studieninstitut Westfalen-Lippe, Südwestfalen-IT, Unfallkasse NRW, VHS Lippstadt, VHS Soest)',
  {
    fixture: 'heldout351-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
