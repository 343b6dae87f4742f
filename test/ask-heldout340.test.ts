// Over-fitting check, three-hundred-and-fortieth catalogue: the autumn 2028 / winter 2029 programme for the Stadt
// Baden-Baden (Baden-Württemberg), its Fachgebiete and the six Ortsverwaltungen (Ebersteinburg, Haueneberstein,
// Neuweier, Sandweier, Steinbach, Varnhalt), with the Verwaltungsschule des Gemeindetags Baden-Württemberg, the
// Unfallkasse Baden-Württemberg (UKBW), the Volkshochschule Baden-Baden, Komm.ONE, the city's Fachgebiet Personal und
// Organisation and its Hauptamt, imported from a JSON file. Seminars take place in the Rathaus Baden-Baden (Marktplatz 2),
// the Sitzungssaal im Technischen Rathaus (Briegelackerstraße 8), the VHS-Haus (Lichtentaler Straße 17), the Bürgersaal
// Oos on the Ooser Bahnhofstraße (by the station), the Betriebshof (Rheinstraße 150), the Kurhaus (Kaiserallee 1), the
// Ortsverwaltung Steinbach, in Karlsruhe (UKBW's Bildungszentrum at the Waldhornplatz, the Verwaltungsschule's
// Bildungszentrum in the Ritterstraße) and in Stuttgart (Haus der Gemeinden), online or hybrid. Several trainers come
// from outside and say so ("Herr Peter Schäfer (DRK-Kreisverband Baden-Baden)", "Herr Oliver Frey (Feuerwehr
// Baden-Baden)"); one seminar has two trainers, one of them from the Polizeipräsidium Offenburg. Several titles do not
// name their subject ("Klick mit Folgen" is phishing, "Neu in der Verantwortung" new managers, "Was darf raus?" data
// protection / DSGVO requests, "Wo das Geld der Stadt hinfließt" the NKHR budget for council members, "Rechnungen ohne
// Papier" e-invoicing / XRechnung, "Hoch hinaus, aber sicher" ladders and aerial work platforms, "Fragen an die Maschine"
// AI, "Aufrecht durch den Tag" back exercises, "Wenn es am Schalter laut wird" de-escalation, "Der letzte Aktenordner"
// the e-file, "Festhalten, was beschlossen wurde" minutes of the Ortschaftsrat, "Mit Blick nach oben" tree inspection,
// "Willkommen an Bord" induction day, "Gelassen bleiben, wenn alles drängt" stress), so only summary, description or
// topics reveal it; one seminar is held in English; the leadership course runs on two Thursdays across the end of summer
// time; the minutes course is open only to the Ortsverwaltungen. Questions are mostly about trainers and places (who
// leads what, what a trainer gives, what happens where, where exactly, near the station, in Karlsruhe), mixed with
// subject and date questions and short follow-up conversations, some in English, written without looking at the parser.
//
// Calendar around `now` (Tuesday 24 October 2028, 10:15 in Baden-Baden, summer time; summer time ends Sun 29.10.2028;
// Reformationstag Tue 31.10. is no holiday in Baden-Württemberg, Allerheiligen Wed 01.11.2028 is):
//   this week:  Tue 24.10. (today) 13:30–16:30 Excel (VHS-Haus); Wed 25.10. (tomorrow) 09:00–10:30 phishing (online);
//               Thu 26.10. (CEST) 09:00–16:30 first day of the leadership course (Rathaus; deadline passed Fri 13.10.
//               23:59); Fri 27.10. 08:30–16:00 first aid (Bürgersaal Oos, by the station)
//   next week:  Mon 30.10. 09:00–12:30 data protection (Rathaus), Tue 31.10. 18:00–20:30 budget for council members
//               (Rathaus, evening), nothing on Wed 01.11. (Allerheiligen), Thu 02.11. (CET) 09:00–16:30 second day of
//               the leadership course, Fri 03.11. 10:00–11:30 e-invoicing (online)
//   November:   Tue 07.11. ladders (Betriebshof), Thu 09.11. English (VHS-Haus; deadline Thu 02.11. 12:00), the cancelled
//               PowerPoint course (Fri 10.11.), Tue 14.11. procurement (Karlsruhe), Wed 15.11. 14:00–16:30 AI (Kurhaus),
//               Thu 16.11. 18:00–19:30 back exercises (VHS-Haus, evening), the cancelled cash-desk course (Mon 20.11.),
//               Tue 21.11. de-escalation (Karlsruhe), Wed 22.11. e-file (hybrid, Technisches Rathaus), Mon 27.11.–Wed
//               29.11. 08:30–15:30 career changers (Stuttgart; deadline Fri 10.11. 23:59), Thu 30.11. minutes
//               (Ortsverwaltung Steinbach, Ortsverwaltungen only)
//   December:   Tue 05.12. Word (online), Wed 06.12. tree inspection (Betriebshof), Thu 07.12. 13:00–16:30 official
//               notices (hybrid, Rathaus)
//   2029:       Thu 11.01. induction day (Rathaus), Tue 16.01. stress (online), the draft social-media course (Wed
//               24.01.), Wed 07.02. fire wardens (Bürgersaal Oos), the draft Kurtaxe course (Thu 22.02.)
//   past:       Wed 12.07.2028 UV protection (Betriebshof), Tue 19.09.2028 property tax (online).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-10-24T08:15:00Z'); // Tuesday, 24 October 2028, 10:15 in Baden-Baden (CEST)
const TZ = 'Europe/Berlin';

const T = {
  excel: 'Excel im Verwaltungsalltag: Formeln, Filter und Pivot-Tabellen', // Tue 24.10. 13:30–16:30, VHS-Haus, VHS, Frau Anja Roth, 95 € (Fachgebiet pays), 12 seats
  phishing: 'Klick mit Folgen', // Wed 25.10. 09:00–10:30, online, Komm.ONE, Herr Jonas Vogt, phishing, free
  fuehrung: 'Neu in der Verantwortung', // Thu 26.10. (CEST) + Thu 02.11. (CET) 09:00–16:30, Rathaus, VWS, Frau Dr. Yvonne Lehmann, new managers, 420 €, deadline passed Fri 13.10. 23:59
  ersteHilfe: 'Ersthelfer-Fortbildung nach DGUV Vorschrift 1', // Fri 27.10. 08:30–16:00, Bürgersaal Oos (Ooser Bahnhofstraße), UKBW, Herr Peter Schäfer (DRK), free
  datenschutz: 'Was darf raus?', // Mon 30.10. 09:00–12:30, Rathaus, Stadt PE, Herr Dr. Stefan Maurer, DSGVO requests, free
  haushalt: 'Wo das Geld der Stadt hinfließt', // Tue 31.10. 18:00–20:30, Rathaus, VWS, Herr Dr. Matthias Kienzle, NKHR budget for council members, free
  erechnung: 'Rechnungen ohne Papier', // Fri 03.11. 10:00–11:30, online, Komm.ONE, Frau Miriam Scholz, XRechnung, free
  leiter: 'Hoch hinaus, aber sicher', // Tue 07.11. 07:30–14:30, Betriebshof, UKBW, Herr Thomas Braun, ladders / aerial platforms, free
  english: 'Welcome to Baden-Baden: English at the Service Counter', // Thu 09.11. 09:00–12:30, VHS-Haus, VHS, Claire Bennett, 85 €, deadline Thu 02.11. 12:00
  vergabe: 'Vergaberecht kompakt: UVgO, VOB/A und die neuen Wertgrenzen', // Tue 14.11. 09:00–16:00, Karlsruhe (Ritterstraße), VWS, Herr Dr. Matthias Kienzle, 285 €
  ki: 'Fragen an die Maschine', // Wed 15.11. 14:00–16:30, Kurhaus, Komm.ONE, Frau Miriam Scholz, AI, free
  ruecken: 'Aufrecht durch den Tag', // Thu 16.11. 18:00–19:30, VHS-Haus, VHS, Herr Lukas Winter, back exercises, 15 €
  deeskalation: 'Wenn es am Schalter laut wird', // Tue 21.11. 09:00–16:00, Karlsruhe (UKBW, Waldhornplatz), UKBW, Frau Sandra Kühn und Herr Markus Ebner (Polizei), free
  eakte: 'Der letzte Aktenordner', // Wed 22.11. 09:00–12:00, hybrid (Sitzungssaal im Technischen Rathaus), Komm.ONE, Herr Jonas Vogt, e-file, free
  quereinstieg: 'Quereinstieg in die Kommunalverwaltung: Grundlagen des Verwaltungshandelns', // Mon 27.11.–Wed 29.11. 08:30–15:30, Stuttgart (Haus der Gemeinden), VWS, Frau Dr. Ulrike Gerber, 540 €
  protokoll: 'Festhalten, was beschlossen wurde', // Thu 30.11. 09:00–12:00, Ortsverwaltung Steinbach, Hauptamt, Frau Petra Seiler, minutes, Ortsverwaltungen only, free
  word: 'Serienbriefe und Vorlagen in Word', // Tue 05.12. 09:00–12:00, online, VHS, Frau Anja Roth, 65 €
  baum: 'Mit Blick nach oben', // Wed 06.12. 08:00–15:00, Betriebshof, UKBW, Herr Thomas Braun, tree inspection, free
  bescheid: 'Bescheide rechtssicher formulieren: Anhörung, Begründung, Rechtsbehelfsbelehrung', // Thu 07.12. 13:00–16:30, hybrid (Rathaus), VWS, Frau Dr. Ulrike Gerber, 160 €
  onboarding: 'Willkommen an Bord', // Thu 11.01.2029 09:00–15:00, Rathaus, Stadt PE, Frau Melanie Hartmann, induction day, free
  stress: 'Gelassen bleiben, wenn alles drängt', // Tue 16.01.2029 09:00–12:00, online, UKBW, Frau Sandra Kühn, stress / resilience, free
  brandschutz: 'Brandschutzhelfer-Ausbildung mit Löschübung', // Wed 07.02.2029 08:30–12:30, Bürgersaal Oos, Stadt PE, Herr Oliver Frey (Feuerwehr), free
  socialMedia: 'Social Media für die Stadtverwaltung: Instagram und Facebook rechtssicher nutzen', // draft (Wed 24.01.2029)
  kurtaxe: 'Kurtaxe rechtssicher erheben: Satzung, Meldeschein und Vollstreckung', // draft (Thu 22.02.2029)
  powerpoint: 'PowerPoint für Einsteiger: Präsentationen, die überzeugen', // cancelled (Fri 10.11.2028), Frau Anja Roth
  barkasse: 'Barkassen und Zahlstellen richtig führen', // cancelled (Mon 20.11.2028), Herr Dr. Matthias Kienzle
  grundsteuer: 'Grundsteuer in Baden-Württemberg: Bescheide nach dem Landesgrundsteuergesetz', // past (Tue 19.09.2028), Kienzle
  uvschutz: 'Sonne, Hitze, UV-Strahlung: Schutz im Außendienst', // past (Wed 12.07.2028), Braun, Betriebshof
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.socialMedia, T.kurtaxe, T.powerpoint, T.barkasse, T.grundsteuer, T.uvschutz];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations: who, where exactly, what else ----------------------------------------------------------
  { conv: 'excel', q: 'wer leitet den Excel-Kurs?', kind: 'facts', titles: [T.excel], says: ['leitet Frau Anja Roth'] },
  {
    conv: 'excel',
    q: 'und wo ist der kurs genau?',
    kind: 'facts',
    titles: [T.excel],
    says: ['VHS-Haus Baden-Baden, Lichtentaler Straße 17, 76530 Baden-Baden'],
  },
  { conv: 'excel', q: 'ab wann gehts los', kind: 'facts', titles: [T.excel], says: ['Di., 24.10.2028', '13:30'] },
  { conv: 'excel', q: 'welche kurse gibt frau roth sonst noch?', kind: 'list', ...maybeAlso(only(T.word), T.excel) },
  { conv: 'kienzle', q: 'Seminare bei Herrn Dr. Kienzle', kind: 'list', ...only(T.haushalt, T.vergabe) },
  {
    conv: 'kienzle',
    q: 'wo findet das vergaberecht-seminar statt?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['Bildungszentrum der Verwaltungsschule, Ritterstraße 16, 76133 Karlsruhe'],
  },
  { conv: 'kienzle', q: 'was kostet das', kind: 'facts', titles: [T.vergabe], says: ['kostet 285 €'] },
  {
    miss: '"in der Nähe vom Bahnhof" is no place the bot reads from the addresses',
    conv: 'bahnhof',
    q: 'gibt es was in der nähe vom bahnhof?',
    kind: 'list',
    ...only(T.ersteHilfe, T.brandschutz),
  },
  {
    conv: 'bahnhof',
    q: 'wann ist die erste hilfe?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['am Fr., 27.10.2028 von 08:30 bis 16:00 Uhr'],
  },
  {
    miss: 'follows an unanswered question, so no seminar is talked about',
    conv: 'bahnhof',
    q: 'ist der referent extern oder von uns?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['Herr Peter Schäfer (DRK-Kreisverband Baden-Baden)'],
  },
  {
    conv: 'karlsruhe',
    q: 'which courses are in Karlsruhe?',
    locale: 'en',
    kind: 'list',
    ...only(T.vergabe, T.deeskalation),
  },
  {
    conv: 'karlsruhe',
    q: 'who runs the de-escalation one?',
    locale: 'en',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['is led by Frau Sandra Kühn und Herr Markus Ebner (Polizeipräsidium Offenburg)'],
  },
  {
    conv: 'karlsruhe',
    q: 'is it free?',
    locale: 'en',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['is free of charge'],
  },
  {
    conv: 'rathaus',
    q: 'was findet im Rathaus statt?',
    kind: 'list',
    ...maybeAlso(only(T.fuehrung, T.datenschutz, T.haushalt, T.bescheid, T.onboarding), T.eakte),
  },
  { conv: 'rathaus', q: 'und welche davon sind abends?', kind: 'list', titles: [T.haushalt] },
  { conv: 'kurhaus', q: 'Was ist im Kurhaus?', kind: 'list', titles: [T.ki] },
  {
    conv: 'kurhaus',
    q: 'um wie viel uhr fängt das an?',
    kind: 'facts',
    titles: [T.ki],
    says: ['Mi., 15.11.2028', '14:00'],
  },
  { conv: 'steinbach', q: 'was findet in steinbach statt', kind: 'list', titles: [T.protokoll] },
  {
    conv: 'steinbach',
    q: 'wo genau?',
    kind: 'facts',
    titles: [T.protokoll],
    says: ['Ortsverwaltung Steinbach, Steinbacher Straße 58'],
  },
  {
    conv: 'fuehrung',
    q: 'bin seit kurzem teamleiterin – gibt es was zum einstieg in die führung?',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'fuehrung',
    q: 'wann genau?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 26.10.2028 und Do., 02.11.2028', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    conv: 'fuehrung',
    q: 'kann ich mich noch anmelden?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['am Fr., 13.10.2028, 23:59 Uhr abgelaufen'],
  },
  {
    conv: 'english',
    q: 'is there an English course for counter staff?',
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  {
    conv: 'english',
    q: 'where exactly is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['VHS-Haus Baden-Baden, Lichtentaler Straße 17'],
  },
  { conv: 'english', q: 'who teaches it?', locale: 'en', kind: 'facts', titles: [T.english], says: ['Claire Bennett'] },
  { conv: 'eakte', q: 'e-akte schulung', kind: 'list', titles: [T.eakte] },
  {
    conv: 'eakte',
    q: 'kann ich da auch von zuhause aus teilnehmen?',
    kind: 'facts',
    titles: [T.eakte],
    says: ['findet hybrid statt', 'Sitzungssaal im Technischen Rathaus'],
  },
  {
    conv: 'quereinstieg',
    q: 'ich bin quereinsteigerin ohne verwaltungsausbildung, gibt es einen grundkurs?',
    kind: 'list',
    titles: [T.quereinstieg],
  },
  {
    conv: 'quereinstieg',
    q: 'wo findet der statt?',
    kind: 'facts',
    titles: [T.quereinstieg],
    says: ['Haus der Gemeinden, Panoramastraße 31, 70174 Stuttgart'],
  },
  {
    conv: 'quereinstieg',
    q: 'wie lange geht das?',
    kind: 'facts',
    titles: [T.quereinstieg],
    says: ['dauert 3 Tage, jeweils von 08:30 bis 15:30 Uhr'],
  },
  // --- facts: trainer, place, date, cost -------------------------------------------------------------------------------
  {
    q: 'wer hält die datenschutz-schulung?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['leitet Herr Dr. Stefan Maurer'],
  },
  {
    q: 'wo findet der rückenkurs statt',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['VHS-Haus Baden-Baden, Lichtentaler Straße 17'],
  },
  {
    q: 'Wer ist Referent beim Phishing-Seminar?',
    kind: 'facts',
    titles: [T.phishing],
    says: ['leitet Herr Jonas Vogt'],
  },
  {
    q: 'wo genau ist die schulung zur baumkontrolle?',
    kind: 'facts',
    titles: [T.baum],
    says: ['Betriebshof Baden-Baden, Rheinstraße 150'],
  },
  {
    q: 'wann ist die brandschutzhelfer ausbildung',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['am Mi., 07.02.2029 von 08:30 bis 12:30 Uhr'],
  },
  {
    q: 'wer leitet die schulung zu leitern und hubarbeitsbühnen',
    kind: 'facts',
    titles: [T.leiter],
    says: ['leitet Herr Thomas Braun'],
  },
  {
    q: 'ist der haushaltsabend für gemeinderäte kostenlos?',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['ist kostenlos'],
  },
  {
    q: 'wo ist die deeskalationsschulung genau',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['Bildungszentrum der Unfallkasse Baden-Württemberg, Waldhornplatz 1, 76131 Karlsruhe'],
  },
  // --- what a trainer gives ----------------------------------------------------------------------------------------------
  { q: 'welche kurse gibt frau kühn?', kind: 'list', ...only(T.deeskalation, T.stress) },
  { q: 'was macht herr vogt alles', kind: 'list', ...only(T.phishing, T.eakte) },
  { q: 'Seminare von Frau Dr. Gerber', kind: 'list', ...only(T.quereinstieg, T.bescheid) },
  { q: 'kurse mit herrn braun', kind: 'list', ...only(T.leiter, T.baum) },
  { q: 'gibt es was bei frau scholz?', kind: 'list', ...only(T.erechnung, T.ki) },
  { q: 'macht die feuerwehr auch eine schulung?', kind: 'list', titles: [T.brandschutz] },
  // --- what happens where, providers -------------------------------------------------------------------------------------
  { q: 'was läuft im vhs-haus?', kind: 'list', ...only(T.excel, T.english, T.ruecken) },
  { q: 'kurse auf dem betriebshof', kind: 'list', ...only(T.leiter, T.baum) },
  { q: 'gibt es auch etwas in stuttgart?', kind: 'list', titles: [T.quereinstieg] },
  { q: 'findet etwas in ebersteinburg statt?', kind: 'none' },
  {
    q: 'was bietet die unfallkasse an',
    kind: 'list',
    ...only(T.ersteHilfe, T.leiter, T.deeskalation, T.baum, T.stress),
  },
  { q: 'Komm.ONE Schulungen', kind: 'list', ...only(T.phishing, T.erechnung, T.ki, T.eakte) },
  // --- subjects only summary, description or topics name -----------------------------------------------------------------
  { q: 'phishing mails erkennen', kind: 'list', titles: [T.phishing] },
  { q: 'xrechnung', kind: 'list', titles: [T.erechnung] },
  { q: 'umgang mit aggressiven bürgern', kind: 'list', titles: [T.deeskalation] },
  { q: 'niederschrift im ortschaftsrat', kind: 'list', titles: [T.protokoll] },
  { q: 'auskunftsersuchen nach dsgvo', kind: 'list', titles: [T.datenschutz] },
  // --- dates, time of day, cost, length ----------------------------------------------------------------------------------
  { q: 'was ist heute noch', kind: 'list', titles: [T.excel] },
  { q: 'was läuft diese woche?', kind: 'list', titles: [T.excel, T.phishing, T.fuehrung, T.ersteHilfe] },
  {
    q: 'was steht nächste woche an',
    kind: 'list',
    ...maybeAlso(only(T.datenschutz, T.haushalt, T.erechnung), T.fuehrung),
  },
  { q: 'gibt es am 1. november etwas?', kind: 'none' },
  { q: 'was ist am 2.11.?', kind: 'list', titles: [T.fuehrung] },
  { q: 'seminare im dezember', kind: 'list', titles: [T.word, T.baum, T.bescheid] },
  { q: 'gibt es abendkurse?', kind: 'list', ...only(T.haushalt, T.ruecken) },
  { q: 'kurse über 200 euro', kind: 'list', ...only(T.fuehrung, T.vergabe, T.quereinstieg) },
  { q: 'mehrtägige seminare', kind: 'list', ...only(T.fuehrung, T.quereinstieg) },
  // --- gone, drafts never shown, greeting, own registrations ------------------------------------------------------------
  { q: 'findet der powerpoint kurs noch statt?', kind: 'gone', gone: T.powerpoint },
  { q: 'wann war die grundsteuer-schulung', kind: 'gone', gone: T.grundsteuer, says: ['Di., 19.09.2028'] },
  { q: 'uv-schutz im außendienst', kind: 'gone', gone: T.uvschutz, says: ['Mi., 12.07.2028'] },
  { q: 'kurtaxe seminar', kind: 'none' },
  { q: 'Hallo!', kind: 'help' },
  { q: 'wo bin ich angemeldet?', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-fortieth, independent catalogue (Stadt Baden-Baden, Verwaltungsschule des Gemeindetags, UKBW, VHS Baden-Baden, Komm.ONE)',
  {
    fixture: 'heldout340-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
