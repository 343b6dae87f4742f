// Over-fitting check, three-hundred-and-third catalogue: the spring and summer 2029 programme for the Kreis
// Minden-Lübbecke (North Rhine-Westphalia) and its towns (Minden, Bad Oeynhausen, Lübbecke, Porta Westfalica, Espelkamp,
// Petershagen), with the Studieninstitut Westfalen-Lippe, the Unfallkasse NRW, the krz Minden-Ravensberg/Lippe, the
// county's Personalentwicklung, the Volkshochschule Minden and the Stadt Minden's Wahlamt, imported from a JSON file.
// Seminars take place in the Kreishaus Minden (Raum E 21, Großer Sitzungssaal, Kantine), the VHS-Haus and the Rathaus
// Minden, the town halls of Bad Oeynhausen, Lübbecke, Espelkamp and Porta Westfalica, the Bürgerhaus Espelkamp, the
// Baubetriebshof Petershagen, the krz's training centre in Lemgo (outside the county, though "Minden" is in the krz's
// name), online or hybrid. Several titles do not name their subject ("Nicht jeder Link meint es gut" is phishing,
// "Wenn die Eltern Hilfe brauchen" caring for relatives, "Der Küchentisch ist kein Schreibtisch" home-office
// ergonomics, "Wenn die Rechnung offen bleibt" dunning and enforcement, "Die neue Rolle annehmen" new managers,
// "Papierlos, aber nicht planlos" the e-file, "Mit den Händen sprechen" German sign language, "Richtig lagern, sicher
// arbeiten" hazardous substances, "Wenn es am Telefon laut wird" de-escalation, "Vom Antrag im Netz zur Akte" OZG
// online applications, "Gelassen bleiben, wenn alles brennt" resilience, "Schreiben, das man versteht" plain language,
// "Willkommen an Bord" the trainees' induction day). One seminar is held in English; the leadership course has its
// first day in the Kreishaus Minden and its second in the Rathaus Lübbecke; the sign-language course runs on four
// Tuesday evenings; the election-workers' training is open only to the Stadt Minden; four courses are in the evening.
// Time and place questions, about a third in English, written without looking at the parser or the answers.
//
// Calendar around `now` (Thursday 3 May 2029, 14:05 in Minden, summer time; NRW public holidays: Ascension Thu 10.05.,
// Whit Monday Mon 21.05., Corpus Christi Thu 31.05.):
//   this week:  Wed 02.05. (yesterday) the past data-protection course (Kreishaus); Thu 03.05. (today) 15:00–16:30
//               phishing (online) and 18:00–19:30 caring for relatives (Kreishaus, Kantine, evening); Fri 04.05.
//               (tomorrow) 09:00–12:00 Excel pivot tables (online, 65 €); nothing on Sat 05./Sun 06.05.
//   next week:  Mon 07.05. 13:00–16:00 home office (online), Tue 08.05. 09:00–16:00 procurement (Kreishaus, Raum E 21;
//               deadline passed Fri 27.04. 12:00), Wed 09.05. 09:00–12:30 English on the phone (Rathaus Bad Oeynhausen;
//               deadline Fri 04.05. 12:00); nothing on Thu 10.05. (Ascension) or Fri 11.05.
//   week after: Mon 14.05. enforcement (Rathaus Bad Oeynhausen), Tue 15.05. 08:00–15:30 first aid (Rathaus Espelkamp),
//               Wed 16.05. leadership day 1 (Kreishaus, Raum E 21; deadline Mon 07.05. 23:59), Thu 17.05. e-file (krz,
//               Lemgo)
//   late May:   Tue 22.05. sign language 1/4 (VHS-Haus Minden, 18:00–20:15; deadline Tue 15.05. 12:00), Wed 23.05.
//               leadership day 2 (Rathaus Lübbecke), Thu 24.05. 07:30–13:00 hazardous substances (Baubetriebshof
//               Petershagen), the cancelled PowerPoint course (Fri 25.05.), Tue 29.05. sign language 2/4 and 18:00–20:00
//               election workers (Rathaus Minden, Ratssaal)
//   June:       Fri 01.06. TVöD (online), Mon 04.06. 13:30–16:30 de-escalation (Rathaus Lübbecke), Tue 05.06. sign
//               language 3/4, Wed 06.06. 10:00–12:00 OZG (online), Tue 12.06. sign language 4/4, Wed 13.06. 09:00–16:00
//               administrative acts (hybrid, Kreishaus, Großer Sitzungssaal), Thu 14.06. 18:00–20:30 presenting in
//               committees (Rathaus Porta Westfalica), Tue 19.06. 08:30–12:00 fire wardens (Rathaus Porta Westfalica),
//               the cancelled tree-inspection course (Wed 20.06., Petershagen), Wed 27.06. resilience (Bürgerhaus
//               Espelkamp)
//   later:      Tue 03.07. plain language (online; deadline Fri 15.06. 23:59), the draft driving-safety course (Tue
//               10.07.), the draft SessionNet course (Wed 18.07.), nothing in August, Mon 03.09. trainees' induction day
//               (Kreishaus, Großer Sitzungssaal)
//   past:       Tue 13.03.2029 property tax (online), Wed 02.05.2029 data protection (Kreishaus).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2029-05-03T12:05:00Z'); // Thursday, 3 May 2029, 14:05 in Minden (CEST)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Nicht jeder Link meint es gut', // Thu 03.05. 15:00–16:30, online, krz, Lohmeier, phishing, free
  pflege: 'Wenn die Eltern Hilfe brauchen', // Thu 03.05. 18:00–19:30, Kreishaus Minden (Kantine), PE, Rehling, caring for relatives, free
  excel: 'Pivot-Tabellen in Excel: Daten auswerten leicht gemacht', // Fri 04.05. 09:00–12:00, online, VHS, Höner, 65 € (Dienststelle pays)
  homeoffice: 'Der Küchentisch ist kein Schreibtisch', // Mon 07.05. 13:00–16:00, online, UK NRW, Kruse, home-office ergonomics, free
  vergabe: 'Vergaberecht kompakt: Unterschwellenvergabe nach UVgO und VOB/A', // Tue 08.05. 09:00–16:00, Kreishaus Raum E 21, SI, Dr. Vogt, 240 €, deadline passed Fri 27.04. 12:00
  english: 'English on the Phone: Helping International Callers', // Wed 09.05. 09:00–12:30, Rathaus Bad Oeynhausen, VHS, Carter, 80 €, deadline Fri 04.05. 12:00
  vollstreckung: 'Wenn die Rechnung offen bleibt', // Mon 14.05. 09:00–16:00, Rathaus Bad Oeynhausen, SI, Brinkmann, dunning / enforcement, 195 €
  ersteHilfe: 'Erste-Hilfe-Fortbildung für betriebliche Ersthelferinnen und Ersthelfer', // Tue 15.05. 08:00–15:30, Rathaus Espelkamp, UK NRW, Schäfer, free, 15 seats
  fuehrung: 'Die neue Rolle annehmen', // Wed 16.05. (Kreishaus Raum E 21) and Wed 23.05. (Rathaus Lübbecke) 09:00–16:30, SI, Dr. Oberschelp, 420 €, deadline Mon 07.05. 23:59
  eakte: 'Papierlos, aber nicht planlos', // Thu 17.05. 09:00–15:00, krz Schulungszentrum Lemgo, krz, Tiemann, e-file, free
  gebaerden: 'Mit den Händen sprechen', // Tue 22.05., 29.05., 05.06., 12.06. 18:00–20:15, VHS-Haus Minden Raum 3, VHS, Brand, sign language, 89 €, deadline Tue 15.05. 12:00
  gefahrstoffe: 'Richtig lagern, sicher arbeiten', // Thu 24.05. 07:30–13:00, Baubetriebshof Petershagen, UK NRW, Kruse, hazardous substances, free
  wahl: 'Wahlvorstände gut vorbereitet: Europawahl 2029', // Tue 29.05. 18:00–20:00, Rathaus Minden (Ratssaal), Stadt Minden, Sander, free, only Minden
  tvoed: 'TVöD kompakt: Eingruppierung verstehen', // Fri 01.06. 09:00–12:00, online, SI, Brinkmann, 145 €
  telefon: 'Wenn es am Telefon laut wird', // Mon 04.06. 13:30–16:30, Rathaus Lübbecke, PE, Rehling, de-escalation, free
  ozg: 'Vom Antrag im Netz zur Akte', // Wed 06.06. 10:00–12:00, online, krz, Lohmeier, OZG online applications, free
  bescheid: 'Bescheide klar und rechtssicher schreiben', // Wed 13.06. 09:00–16:00, hybrid (Kreishaus, Großer Sitzungssaal), SI, Dr. Vogt, 210 €
  ausschuss: 'Überzeugend vortragen im Ausschuss', // Thu 14.06. 18:00–20:30, Rathaus Porta Westfalica, SI, Dr. Oberschelp, 60 €
  brandschutz: 'Brandschutzhelferinnen und Brandschutzhelfer: Ausbildung nach ASR A2.2', // Tue 19.06. 08:30–12:00, Rathaus Porta Westfalica, UK NRW, Schäfer, free
  resilienz: 'Gelassen bleiben, wenn alles brennt', // Wed 27.06. 09:00–16:00, Bürgerhaus Espelkamp, PE, Rehling, resilience, free
  sprache: 'Schreiben, das man versteht', // Tue 03.07. 09:00–12:00, online, VHS, Höner, plain language, 95 €, deadline Fri 15.06. 23:59
  azubi: 'Willkommen an Bord', // Mon 03.09. 08:30–15:00, Kreishaus Großer Sitzungssaal, PE, Rehling, trainees' induction day, free, only the Kreis
  fahrsicherheit: 'Fahrsicherheitstraining für Dienstfahrzeuge', // draft (Tue 10.07.)
  sessionnet: 'Digitale Gremienarbeit mit SessionNet', // draft (Wed 18.07.)
  powerpoint: 'PowerPoint für Einsteigerinnen und Einsteiger', // cancelled (Fri 25.05.2029)
  baumkontrolle: 'Baumkontrolle nach FLL-Richtlinie', // cancelled (Wed 20.06.2029, Petershagen)
  datenschutz: 'Datenschutz-Grundschulung nach DSGVO', // past (Wed 2 May 2029, Kreishaus)
  grundsteuer: 'Grundsteuer nach der Reform: Hebesätze und Bescheide', // past (Tue 13 March 2029, online)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.fahrsicherheit, T.sessionnet, T.powerpoint, T.baumkontrolle, T.datenschutz, T.grundsteuer];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'heute', q: 'gibt es heute noch etwas?', kind: 'list', titles: [T.phishing, T.pflege] },
  { conv: 'heute', q: 'und heute abend?', kind: 'list', titles: [T.pflege] },
  { conv: 'heute', q: 'wo genau?', kind: 'facts', titles: [T.pflege], says: ['findet im Kreishaus Minden'] },
  { conv: 'morgen', q: 'anything tomorrow?', locale: 'en', kind: 'list', titles: [T.excel] },
  {
    conv: 'morgen',
    q: 'is it online or in person?',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['takes place online'],
  },
  {
    conv: 'fuehrung',
    q: 'ich übernehme bald eine teamleitung – gibt es ein seminar für neue führungskräfte?',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'fuehrung',
    q: 'an welchen tagen?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Mi., 16.05.2029 und Mi., 23.05.2029', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    conv: 'fuehrung',
    q: 'und wo findet das statt?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['im Kreishaus Minden', 'im Rathaus Lübbecke'],
  },
  { conv: 'dgs', q: 'is there a sign language course?', locale: 'en', kind: 'list', titles: [T.gebaerden] },
  {
    conv: 'dgs',
    q: 'when are the sessions?',
    locale: 'en',
    kind: 'facts',
    titles: [T.gebaerden],
    says: [
      'on 4 days',
      'Tue, 22 May 2029, Tue, 29 May 2029, Tue, 5 Jun 2029 and Tue, 12 Jun 2029',
      'each from 18:00 to 20:15',
    ],
  },
  {
    conv: 'dgs',
    q: 'and where?',
    locale: 'en',
    kind: 'facts',
    titles: [T.gebaerden],
    says: ['takes place at VHS-Haus Minden'],
  },
  { conv: 'englisch', q: 'gibt es einen englischkurs fürs telefonieren?', kind: 'list', titles: [T.english] },
  {
    conv: 'englisch',
    q: 'bis wann kann ich mich anmelden?',
    kind: 'facts',
    titles: [T.english],
    says: ['bis Fr., 04.05.2029, 12:00 Uhr'],
  },
  { conv: 'vergabe', q: 'seminar zum vergaberecht', kind: 'list', titles: [T.vergabe] },
  { conv: 'vergabe', q: 'in welchem raum?', kind: 'facts', titles: [T.vergabe], says: ['Raum E 21'] },
  {
    conv: 'vergabe',
    q: 'bis wann war anmeldeschluss?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['ist am Fr., 27.04.2029, 12:00 Uhr abgelaufen'],
  },
  { conv: 'erstehilfe', q: 'first aid refresher course', locale: 'en', kind: 'list', titles: [T.ersteHilfe] },
  {
    conv: 'erstehilfe',
    q: 'what time does it start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['starts on Tue, 15 May 2029 at 08:00'],
  },
  { conv: 'bescheid', q: 'schulung zur bescheidtechnik', kind: 'list', titles: [T.bescheid] },
  {
    conv: 'bescheid',
    q: 'online oder vor ort?',
    kind: 'facts',
    titles: [T.bescheid],
    says: ['findet hybrid statt: im Kreishaus Minden'],
  },
  { conv: 'wahl', q: 'schulung für wahlhelfer', kind: 'list', titles: [T.wahl] },
  { conv: 'wahl', q: 'um wie viel uhr?', kind: 'facts', titles: [T.wahl], says: ['Di., 29.05.2029', '18:00'] },
  { conv: 'phishing', q: 'phishing awareness training', locale: 'en', kind: 'list', titles: [T.phishing] },
  {
    conv: 'phishing',
    q: 'how long is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['lasts 1.5 hours, from 15:00 to 16:30'],
  },
  // --- facts -----------------------------------------------------------------------------------------------------------
  {
    q: 'wo ist die ausbildung zum brandschutzhelfer?',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['im Rathaus Porta Westfalica'],
  },
  {
    q: 'wann ist der einführungstag für die neuen azubis?',
    kind: 'facts',
    titles: [T.azubi],
    says: ['am Mo., 03.09.2029 von 08:30 bis 15:00 Uhr'],
  },
  { q: 'where does the e-file training take place?', locale: 'en', kind: 'facts', titles: [T.eakte], says: ['Lemgo'] },
  {
    q: 'is the home office ergonomics course online or on site?',
    locale: 'en',
    kind: 'facts',
    titles: [T.homeoffice],
    says: ['takes place online'],
  },
  {
    q: 'anmeldeschluss für den kurs zur bürgernahen sprache',
    kind: 'facts',
    titles: [T.sprache],
    says: ['bis Fr., 15.06.2029, 23:59 Uhr'],
  },
  {
    q: 'when is the presentation training for committee meetings?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ausschuss],
    says: ['on Thu, 14 Jun 2029 from 18:00 to 20:30'],
  },
  {
    q: 'um wie viel uhr beginnt die schulung zu gefahrstoffen im bauhof?',
    kind: 'facts',
    titles: [T.gefahrstoffe],
    says: ['beginnt am Do., 24.05.2029 um 07:30 Uhr'],
  },
  {
    q: 'is the enforcement seminar in Bad Oeynhausen held in person?',
    locale: 'en',
    kind: 'facts',
    titles: [T.vollstreckung],
    says: ['takes place in person, at Rathaus Bad Oeynhausen'],
  },
  // --- time: days, weeks, months, weekdays, times of day ---------------------------------------------------------------
  { q: 'was ist diese woche noch los?', kind: 'list', titles: [T.phishing, T.pflege, T.excel] },
  { q: "what's on next week?", locale: 'en', kind: 'list', titles: [T.homeoffice, T.vergabe, T.english] },
  {
    q: 'was steht übernächste woche an?',
    kind: 'list',
    titles: [T.vollstreckung, T.ersteHilfe, T.fuehrung, T.eakte],
  },
  { q: 'gibt es am wochenende etwas?', kind: 'none' },
  { q: 'was ist am 10. mai?', kind: 'none' },
  { q: 'seminare im juli', kind: 'list', titles: [T.sprache] },
  { q: 'anything in august?', locale: 'en', kind: 'none' },
  { q: 'was ist vom 21. bis 25. mai?', kind: 'list', ...maybeAlso(only(T.gebaerden, T.gefahrstoffe), T.fuehrung) },
  { q: 'gibt es abendkurse?', kind: 'list', ...only(T.pflege, T.gebaerden, T.wahl, T.ausschuss) },
  { q: 'any evening courses in Minden?', locale: 'en', kind: 'list', ...only(T.pflege, T.gebaerden, T.wahl) },
  { q: 'was läuft dienstagabends?', kind: 'list', ...only(T.gebaerden, T.wahl) },
  { q: 'online am nachmittag', kind: 'list', ...maybeAlso(only(T.phishing, T.homeoffice), T.bescheid) },
  {
    q: 'online courses in the morning',
    locale: 'en',
    kind: 'list',
    ...maybeAlso(only(T.excel, T.tvoed, T.ozg, T.sprache), T.bescheid),
  },
  { q: 'ist an einem freitag etwas?', kind: 'list', titles: [T.excel, T.tvoed] },
  {
    q: 'anything on a monday?',
    locale: 'en',
    kind: 'list',
    ...only(T.homeoffice, T.vollstreckung, T.telefon, T.azubi),
  },
  { q: 'gibt es abends auch online-kurse?', kind: 'none' },
  // --- place and format ------------------------------------------------------------------------------------------------
  { q: 'was findet im kreishaus statt?', kind: 'list', ...only(T.pflege, T.vergabe, T.fuehrung, T.bescheid, T.azubi) },
  { q: 'was ist im großen sitzungssaal?', kind: 'list', ...only(T.bescheid, T.azubi) },
  {
    miss: 'the room number "E 21" is not read, so every "Raum" of the catalogue is a place asked for',
    q: 'welche seminare sind in raum e 21?',
    kind: 'list',
    ...only(T.vergabe, T.fuehrung),
  },
  { q: 'seminare in bad oeynhausen', kind: 'list', ...only(T.english, T.vollstreckung) },
  { q: 'courses in Espelkamp', locale: 'en', kind: 'list', ...only(T.ersteHilfe, T.resilienz) },
  { q: 'was gibt es in lübbecke?', kind: 'list', ...only(T.telefon, T.fuehrung) },
  { q: 'was findet in petershagen statt?', kind: 'list', titles: [T.gefahrstoffe] },
  {
    q: 'kostenlose präsenzseminare im mai',
    kind: 'list',
    ...only(T.pflege, T.ersteHilfe, T.eakte, T.gefahrstoffe, T.wahl),
  },
  { q: 'online-seminare im juni', kind: 'list', ...maybeAlso(only(T.tvoed, T.ozg), T.bescheid) },
  { q: 'which seminars have several dates?', locale: 'en', kind: 'list', ...only(T.fuehrung, T.gebaerden) },
  { q: 'was gibt es in hille?', kind: 'none' },
  { q: 'was findet in bielefeld statt?', kind: 'none' },
  // --- gone, drafts never shown, greeting, no context ------------------------------------------------------------------
  { q: 'gibt es noch den powerpoint kurs?', kind: 'gone', gone: T.powerpoint },
  { q: 'when is the tree inspection course?', locale: 'en', kind: 'gone', gone: T.baumkontrolle },
  { q: 'wann war die datenschutz-grundschulung?', kind: 'gone', gone: T.datenschutz, says: ['Mi., 02.05.2029'] },
  {
    q: 'grundsteuer seminar',
    locale: 'en',
    kind: 'gone',
    gone: T.grundsteuer,
    says: ['already took place on Tue, 13 Mar 2029'],
  },
  { q: 'fahrsicherheitstraining', kind: 'none' },
  { q: 'wo findet das statt?', kind: 'noContext' },
  { q: 'Moin!', kind: 'help' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-third, independent catalogue (Kreis Minden-Lübbecke, Studieninstitut Westfalen-Lippe, Unfallkasse NRW, krz, VHS Minden)',
  {
    fixture: 'heldout303-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
