// Over-fitting check, three-hundred-and-twenty-seventh catalogue: the autumn/winter 2027/28 programme for the Stadt
// Wuppertal (North Rhine-Westphalia) and the Bergisches Städtedreieck (Solingen, Remscheid), with the Bergisches
// Studieninstitut für kommunale Verwaltung, the Unfallkasse NRW, the Bergische Volkshochschule (Bergische VHS), d-NRW AöR
// and the city's own Personal- und Organisationsentwicklung, imported from a JSON file. Seminars take place in the
// Verwaltungshaus Elberfeld (Neumarkt), the Rathaus Barmen, the Bildungszentrum der Bergischen VHS (Auer Schulstraße),
// the Feuer- und Rettungswache 1, the Forststation Burgholz, the Unfallkasse's Regionaldirektion in Düsseldorf, online
// or hybrid. Several titles do not name their subject ("Die Ruhe bewahren" is de-escalation at the counter, "Gut
// vorbereitet in die Sitzung" municipal law for council and Bezirksvertretung members, "Kopf frei" stress relief and
// mindfulness on three evenings, "Nah dran, auch auf Distanz" leading hybrid teams, "Verstanden werden" plain language,
// "Wenn der Bildschirm schwarz bleibt" IT emergencies / ransomware, "Heben, tragen, schieben" back-friendly manual
// handling, "Zahlen, die überzeugen" the NKF annual accounts, "Papierlos glücklich" the e-file, "Willkommen an Bord"
// the induction day), so only summary, description or topics reveal it; one seminar is held in English; the Bergische
// VHS courses are open to Wuppertal and Solingen, the e-file and the induction day to Wuppertal only; first aid and
// the Unfallkasse's courses are free (note: the Unfallkasse pays); two courses run in the evening. Written as long
// follow-up conversations (a list, then "der zweite", "the last one", "und der andere?", facts of the picked one,
// refinements, pronouns, a change of subject), plus single questions, without looking at the parser or the answers.
//
// Calendar around `now` (Tuesday 19 October 2027, 09:30 in Wuppertal, summer time; summer time ends Sun 31.10.2027;
// Mon 01.11.2027 is Allerheiligen, a public holiday in NRW, with nothing on):
//   this week:  Tue 19.10. (today) 13:00–15:00 AI assistants (online, d-NRW, free); Wed 20.10. 09:00–12:30
//               de-escalation (Verwaltungshaus Elberfeld, 95 €, 14 seats); Thu 21.10. 18:00–21:00 council members
//               (Rathaus Barmen, evening, 40 €); Fri 22.10. 09:00–12:30 the English course (VHS; deadline Wed 20.10. 23:59)
//   next week:  Mon 25.10. 09:00–16:00 procurement (Verwaltungshaus; deadline passed Mon 11.10. 12:00), Tue 26.10.
//               18:00–19:30 "Kopf frei" evening 1 of 3 (online), Wed 27.10. 08:30–16:00 first aid (Feuerwache 1, free),
//               Thu 28.10. 09:00–16:30 hybrid-team leadership day 1 (Rathaus Barmen; deadline Fri 22.10. 23:59);
//               nothing on Fri 29.10.
//   November:   Mon 01.11. holiday, nothing; Tue 02.11. "Kopf frei" evening 2 (CET now); Wed 03.11. plain language
//               (VHS); Thu 04.11. leadership day 2 (CET, same local times); the cancelled PowerPoint course (Fri 05.11.);
//               Mon 08.11. Excel for beginners (VHS, 89 €); Tue 09.11. + Wed 10.11. 08:00–15:30 tree inspection
//               (Burgholz, 420 €) and Tue 09.11. "Kopf frei" evening 3; Thu 11.11. 10:00–12:00 IT emergencies (hybrid,
//               free); Tue 16.11. data protection at the counter (online, 65 €); Thu 18.11. manual handling (Düsseldorf,
//               free); Wed 24.11. immigration law (Verwaltungshaus, 240 €); the cancelled ladder course (Thu 25.11.)
//   December:   Wed 01.12. NKF annual accounts (Rathaus Barmen), Tue 07.12. e-file (Verwaltungshaus, Wuppertal only),
//               Thu 09.12. 09:00–13:00 selection interviews (Rathaus Barmen, free), Tue 14.12. 13:00–16:00 OZG (hybrid)
//   January:    Wed 12.01.2028 first-aid refresher (Feuerwache 1; deadline Fri 17.12.2027 12:00), Tue 18.01.2028 Excel
//               pivot tables (online, 59 €)
//   February:   Tue 01.02.2028 induction day (Rathaus Barmen); the draft intranet course (Wed 09.02.2028)
//   later:      the draft driving-safety training (Thu 16.03.2028)
//   past:       Wed 30.06.2027 heat protection (online), Tue 14.09.2027 property-tax reform (Rathaus Barmen).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-10-19T07:30:00Z'); // Tuesday, 19 October 2027, 09:30 in Wuppertal (CEST)
const TZ = 'Europe/Berlin';

const T = {
  ki: 'KI-Assistenten im Verwaltungsalltag: Chancen, Grenzen, Regeln', // Tue 19.10. 13:00–15:00, online, d-NRW, Dr. Lenz, free
  deeskalation: 'Die Ruhe bewahren', // Wed 20.10. 09:00–12:30, Verwaltungshaus Elberfeld, Studieninstitut, Kowalski, 95 €, 14 seats
  sitzung: 'Gut vorbereitet in die Sitzung', // Thu 21.10. 18:00–21:00, Rathaus Barmen, Studieninstitut, Dr. Vogt, GO NRW, 40 €
  english: 'Intercultural Communication at the Service Counter', // Fri 22.10. 09:00–12:30, VHS, Hughes, 75 €, English, deadline Wed 20.10. 23:59
  vergabe: 'Vergaberecht in NRW: UVgO und Wertgrenzen kompakt', // Mon 25.10. 09:00–16:00, Verwaltungshaus, Dr. Vogt, 260 €, deadline passed Mon 11.10. 12:00
  kopf: 'Kopf frei', // Tue 26.10., 02.11., 09.11. 18:00–19:30, online, VHS, Albers, stress / mindfulness, 45 €
  ersteHilfe: 'Erste Hilfe: Ausbildung für betriebliche Ersthelferinnen und Ersthelfer', // Wed 27.10. 08:30–16:00, Feuerwache 1, UK NRW, Brinkmann, free
  distanz: 'Nah dran, auch auf Distanz', // Thu 28.10. (CEST) + Thu 04.11. (CET) 09:00–16:30, Rathaus Barmen, Dr. Reuter, hybrid teams, 380 €, deadline Fri 22.10. 23:59
  sprache: 'Verstanden werden', // Wed 03.11. 09:00–16:00, VHS, Neumann, plain language, 120 €
  excel: 'Excel für Einsteigerinnen und Einsteiger', // Mon 08.11. 09:00–15:30, VHS, Kaya, 89 €
  baum: 'Baumkontrolle nach der FLL-Baumkontrollrichtlinie', // Tue 09.11. + Wed 10.11. 08:00–15:30, Forststation Burgholz, Petersen, 420 €
  notfall: 'Wenn der Bildschirm schwarz bleibt', // Thu 11.11. 10:00–12:00, hybrid (Verwaltungshaus), d-NRW, Hoffmann, ransomware, free
  datenschutz: 'Datenschutz im Bürgerbüro: DSGVO am Schalter', // Tue 16.11. 09:00–12:00, online, Studieninstitut, Demir, 65 €
  heben: 'Heben, tragen, schieben', // Thu 18.11. 08:00–12:00, UK NRW Düsseldorf, Wieland, back-friendly manual handling, free
  auslaender: 'Ausländerrecht kompakt: Aufenthaltstitel und Einbürgerung', // Wed 24.11. 09:00–16:00, Verwaltungshaus, Demir, 240 €
  nkf: 'Zahlen, die überzeugen', // Wed 01.12. 09:00–16:00, Rathaus Barmen, Schulte, NKF annual accounts, 230 €
  eakte: 'Papierlos glücklich', // Tue 07.12. 09:00–12:00, Verwaltungshaus, PE, Becker, e-file, Wuppertal only, free
  bewerbung: 'Auswahlgespräche strukturiert führen: Interviews nach dem AGG', // Thu 09.12. 09:00–13:00, Rathaus Barmen, PE, Dr. Reuter, free
  ozg: 'Onlinezugangsgesetz: Antragsverfahren digital umsetzen', // Tue 14.12. 13:00–16:00, hybrid (Verwaltungshaus), d-NRW, Hoffmann, free
  ersteHilfeFb: 'Erste Hilfe: Fortbildung für betriebliche Ersthelferinnen und Ersthelfer', // Wed 12.01.2028 08:30–16:00, Feuerwache 1, free, deadline Fri 17.12.2027 12:00
  pivot: 'Excel: Pivot-Tabellen und Auswertungen', // Tue 18.01.2028 09:00–12:00, online, VHS, Kaya, 59 €
  willkommen: 'Willkommen an Bord', // Tue 01.02.2028 09:00–15:00, Rathaus Barmen, PE, induction day, Wuppertal only, free
  intranet: 'Schreiben fürs Intranet: Beiträge für das Mitarbeiterportal', // draft (Wed 09.02.2028)
  fahrsicherheit: 'Fahrsicherheitstraining für Dienstfahrzeuge', // draft (Thu 16.03.2028)
  powerpoint: 'PowerPoint: Vorlagen und Präsentationen für Ausschüsse', // cancelled (Fri 05.11.2027)
  leiter: 'Sicher arbeiten auf Leitern und Tritten', // cancelled (Thu 25.11.2027)
  grundsteuer: 'Grundsteuerreform: Bescheide und Widersprüche', // past (Tue 14 September 2027)
  hitze: 'Hitzeschutz am Arbeitsplatz', // past (Wed 30 June 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.intranet, T.fahrsicherheit, T.powerpoint, T.leiter, T.grundsteuer, T.hitze];
const only = onlyAmong(all, NEVER);
const UK_NOTE = 'Die Lehrgangsgebühren übernimmt die Unfallkasse NRW für ihre Mitgliedsbetriebe.';

const CASES: Case[] = [
  // --- this week: a list, then the second one, its facts, the last one ---------------------------------------------
  {
    conv: 'woche',
    q: 'was läuft diese woche noch?',
    kind: 'list',
    titles: [T.ki, T.deeskalation, T.sitzung, T.english],
  },
  {
    conv: 'woche',
    q: 'der zweite – wo ist der?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['im Verwaltungshaus Elberfeld'],
  },
  { conv: 'woche', q: 'was kostet der?', kind: 'facts', titles: [T.deeskalation], says: ['kostet 95 €'] },
  {
    conv: 'woche',
    q: 'sind da noch plätze frei',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['noch 14 von 14 Plätzen frei'],
  },
  {
    conv: 'woche',
    q: 'und beim letzten, bis wann kann man sich da anmelden?',
    kind: 'facts',
    titles: [T.english],
    says: ['bis Mi., 20.10.2027, 23:59 Uhr'],
  },
  { conv: 'woche', q: 'wer leitet den?', kind: 'facts', titles: [T.english], says: ['leitet Frau Rebecca Hughes'] },
  // --- next week, in English ---------------------------------------------------------------------------------------
  {
    conv: 'next-week',
    q: "what's on next week?",
    locale: 'en',
    kind: 'list',
    titles: [T.vergabe, T.kopf, T.ersteHilfe, T.distanz],
  },
  {
    conv: 'next-week',
    q: 'the third one – is it free?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['is free of charge'],
    mentions: [UK_NOTE],
  },
  {
    conv: 'next-week',
    q: 'where is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['takes place at Feuer- und Rettungswache 1'],
  },
  {
    conv: 'next-week',
    q: 'what about the first one, can I still sign up?',
    locale: 'en',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['passed on Mon, 11 Oct 2027, 12:00'],
  },
  {
    miss: '"the last one" of the week\'s list picks another seminar than the one listed last (the list is not in date order)',
    conv: 'next-week',
    q: 'how long does the last one take?',
    locale: 'en',
    kind: 'facts',
    titles: [T.distanz],
    says: ['lasts 2 days, each from 09:00 to 16:30'],
  },
  {
    conv: 'next-week',
    q: 'different question: do you have anything on ransomware?',
    locale: 'en',
    kind: 'list',
    titles: [T.notfall],
  },
  // --- Excel: two courses, only online, the other one --------------------------------------------------------------
  { conv: 'excel', q: 'welche excel kurse gibt es', kind: 'list', titles: [T.excel, T.pivot] },
  {
    miss: '"und nur online?" after a list of one is read as whether it is online',
    conv: 'excel',
    q: 'und nur online?',
    kind: 'list',
    titles: [T.pivot],
  },
  { conv: 'excel', q: 'was kostet der', kind: 'facts', titles: [T.pivot], says: ['kostet 59 €'] },
  { conv: 'excel', q: 'und der andere?', kind: 'facts', titles: [T.excel], says: ['kostet 89 €'] },
  {
    conv: 'excel',
    q: 'wo ist das?',
    kind: 'facts',
    titles: [T.excel],
    says: ['im Bildungszentrum der Bergischen VHS'],
  },
  // --- first aid: also in January?, then a change of subject -------------------------------------------------------
  {
    miss: 'the two first-aid courses tie and are not listed in date order',
    conv: 'erste-hilfe',
    q: 'erste hilfe kurse?',
    kind: 'list',
    titles: [T.ersteHilfe, T.ersteHilfeFb],
  },
  {
    miss: '"das" of the subject in January also finds the Excel course',
    conv: 'erste-hilfe',
    q: 'gibt es das auch im januar?',
    kind: 'list',
    titles: [T.ersteHilfeFb],
  },
  {
    miss: 'follows the list in January with two seminars, so no single seminar is talked about',
    conv: 'erste-hilfe',
    q: 'wo findet der statt?',
    kind: 'facts',
    titles: [T.ersteHilfeFb],
    says: ['Feuer- und Rettungswache 1, August-Bebel-Straße 55'],
  },
  {
    miss: 'follows the list in January with two seminars, so no single seminar is talked about',
    conv: 'erste-hilfe',
    q: 'kostet das was?',
    kind: 'facts',
    titles: [T.ersteHilfeFb],
    says: ['ist kostenlos'],
    mentions: [UK_NOTE],
  },
  {
    miss: 'follows the list in January with two seminars, so no single seminar is talked about',
    conv: 'erste-hilfe',
    q: 'bis wann muss man sich anmelden?',
    kind: 'facts',
    titles: [T.ersteHilfeFb],
    says: ['bis Fr., 17.12.2027, 12:00 Uhr'],
  },
  {
    conv: 'erste-hilfe',
    q: 'anderes thema: gibt es was gegen rückenschmerzen für die leute vom betriebshof?',
    kind: 'list',
    titles: [T.heben],
  },
  {
    conv: 'erste-hilfe',
    q: 'ist das in wuppertal?',
    kind: 'facts',
    titles: [T.heben],
    says: ['40625 Düsseldorf'],
  },
  // --- managers: the second one, the other one, its dates across the change to winter time ------------------------
  { conv: 'fuehrung', q: 'was gibt es für führungskräfte?', kind: 'list', titles: [T.distanz, T.bewerbung] },
  {
    conv: 'fuehrung',
    q: 'der zweite, wann ist der?',
    kind: 'facts',
    titles: [T.bewerbung],
    says: ['am Do., 09.12.2027 von 09:00 bis 13:00 Uhr'],
  },
  { conv: 'fuehrung', q: 'kostet der was?', kind: 'facts', titles: [T.bewerbung], says: ['ist kostenlos'] },
  { conv: 'fuehrung', q: 'und der andere?', kind: 'facts', titles: [T.distanz], says: ['kostet 380 €'] },
  {
    conv: 'fuehrung',
    q: 'bis wann muss ich mich da anmelden?',
    kind: 'facts',
    titles: [T.distanz],
    says: ['bis Fr., 22.10.2027, 23:59 Uhr'],
  },
  {
    conv: 'fuehrung',
    q: 'an welchen tagen genau?',
    kind: 'facts',
    titles: [T.distanz],
    says: ['an 2 Tagen', 'Do., 28.10.2027 und Do., 04.11.2027', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  // --- a provider, then only the evening ones ----------------------------------------------------------------------
  {
    conv: 'vhs',
    q: 'was bietet die bergische vhs an?',
    kind: 'list',
    ...only(T.english, T.kopf, T.sprache, T.excel, T.pivot),
  },
  { conv: 'vhs', q: 'welche davon sind abends?', kind: 'list', titles: [T.kopf] },
  {
    conv: 'vhs',
    q: 'wie oft trifft man sich da?',
    kind: 'facts',
    titles: [T.kopf],
    says: ['an 3 Tagen', 'Di., 26.10.2027, Di., 02.11.2027 und Di., 09.11.2027', 'jeweils von 18:00 bis 19:30 Uhr'],
  },
  {
    conv: 'vhs',
    q: 'ist das online oder vor ort?',
    kind: 'facts',
    titles: [T.kopf],
    says: ['findet online statt'],
  },
  {
    conv: 'vhs',
    q: 'wer leitet den kurs?',
    kind: 'facts',
    titles: [T.kopf],
    says: ['leitet Frau Miriam Albers'],
  },
  // --- a trainer, then the first and the second one ----------------------------------------------------------------
  { conv: 'vogt', q: 'welche seminare macht dr. vogt?', kind: 'list', titles: [T.sitzung, T.vergabe] },
  {
    conv: 'vogt',
    q: 'wann genau ist der erste?',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['am Do., 21.10.2027 von 18:00 bis 21:00 Uhr'],
  },
  { conv: 'vogt', q: 'und wo?', kind: 'facts', titles: [T.sitzung], says: ['im Rathaus Barmen'] },
  { conv: 'vogt', q: 'was kostet die teilnahme', kind: 'facts', titles: [T.sitzung], says: ['kostet 40 €'] },
  {
    conv: 'vogt',
    q: 'kann ich mich beim zweiten noch anmelden?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['ist am Mo., 11.10.2027, 12:00 Uhr abgelaufen'],
  },
  // --- d-NRW, in English: the last one, then the first one ---------------------------------------------------------
  { conv: 'dnrw', q: 'what does d-NRW offer?', locale: 'en', kind: 'list', titles: [T.ki, T.notfall, T.ozg] },
  {
    conv: 'dnrw',
    q: 'is the last one online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ozg],
    says: ['is hybrid', 'Verwaltungshaus Elberfeld', 'or online'],
  },
  {
    conv: 'dnrw',
    q: 'when does it start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ozg],
    says: ['starts on Tue, 14 Dec 2027 at 13:00'],
  },
  {
    conv: 'dnrw',
    q: "who's running it?",
    locale: 'en',
    kind: 'facts',
    titles: [T.ozg],
    says: ['is led by Frau Nadine Hoffmann'],
  },
  {
    conv: 'dnrw',
    q: 'and the first one, when is that?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['on Tue, 19 Oct 2027 from 13:00 to 15:00'],
  },
  { conv: 'dnrw', q: 'is it free?', locale: 'en', kind: 'facts', titles: [T.ki], says: ['is free of charge'] },
  // --- months: December, the second one, then January and February -------------------------------------------------
  { conv: 'monate', q: 'was ist im dezember?', kind: 'list', titles: [T.nkf, T.eakte, T.bewerbung, T.ozg] },
  {
    conv: 'monate',
    q: 'das zweite, wo findet das statt?',
    kind: 'facts',
    titles: [T.eakte],
    says: ['im Verwaltungshaus Elberfeld'],
  },
  {
    conv: 'monate',
    q: 'wie lange dauert es',
    kind: 'facts',
    titles: [T.eakte],
    says: ['dauert 3 Stunden, von 09:00 bis 12:00 Uhr'],
  },
  { conv: 'monate', q: 'und was läuft im januar?', kind: 'list', titles: [T.ersteHilfeFb, T.pivot] },
  { conv: 'monate', q: 'nur präsenz bitte', kind: 'list', titles: [T.ersteHilfeFb] },
  { conv: 'monate', q: 'und im februar?', kind: 'list', titles: [T.willkommen] },
  // --- a subject only the description names, then its facts --------------------------------------------------------
  {
    conv: 'cyber',
    q: 'ein cyberangriff legt alle rechner lahm – was dann? gibt es dazu eine schulung?',
    kind: 'list',
    titles: [T.notfall],
  },
  {
    conv: 'cyber',
    q: 'kann ich da auch von zuhause aus teilnehmen?',
    kind: 'facts',
    titles: [T.notfall],
    says: ['findet hybrid statt: im Verwaltungshaus Elberfeld'],
  },
  {
    conv: 'cyber',
    q: 'um wie viel uhr fängt das an?',
    kind: 'facts',
    titles: [T.notfall],
    says: ['beginnt am Do., 11.11.2027 um 10:00 Uhr'],
  },
  { conv: 'cyber', q: 'und was kostet das?', kind: 'facts', titles: [T.notfall], says: ['ist kostenlos'] },
  // --- single questions --------------------------------------------------------------------------------------------
  { q: 'klartext statt amtsdeutsch', kind: 'list', titles: [T.sprache] },
  { q: 'umgang mit aggressiven bürgern am schalter', kind: 'list', titles: [T.deeskalation] },
  {
    q: 'wann ist die baumkontrolle?',
    kind: 'facts',
    titles: [T.baum],
    says: ['an 2 Tagen', 'Di., 09.11.2027 und Mi., 10.11.2027', 'jeweils von 08:00 bis 15:30 Uhr'],
  },
  { q: 'was ist am 4.11.?', kind: 'list', titles: [T.distanz] },
  { q: 'ist am 1. november was?', kind: 'none' },
  { q: 'mehrtägige seminare', kind: 'list', ...maybeAlso(only(T.distanz, T.baum), T.kopf) },
  { q: 'gibt es noch den powerpoint kurs?', kind: 'gone', gone: T.powerpoint },
  { q: 'grundsteuer seminar', kind: 'gone', gone: T.grundsteuer, says: ['Di., 14.09.2027'] },
  { q: 'fahrsicherheitstraining', kind: 'none' },
  { q: 'seminare in remscheid', kind: 'none' },
  { q: 'Hallo zusammen', kind: 'help' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-twenty-seventh, independent catalogue (Stadt Wuppertal, Bergisches Studieninstitut, Unfallkasse NRW, Bergische VHS, d-NRW)',
  {
    fixture: 'heldout327-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
