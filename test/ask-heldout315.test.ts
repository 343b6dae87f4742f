// Over-fitting check, three-hundred-and-fifteenth catalogue: the winter 2029/30 programme for the Landkreis Südliche
// Weinstraße (Rhineland-Palatinate), whose Kreisverwaltung sits in Landau in der Pfalz, and its Verbandsgemeinden
// Annweiler am Trifels, Bad Bergzabern, Edenkoben, Herxheim, Landau-Land, Maikammer and Offenbach an der Queich, with the
// Kommunal-Akademie Rheinland-Pfalz, the Unfallkasse Rheinland-Pfalz, the Zentrale Verwaltungsschule (ZVS), the
// Kreisverwaltung's Personalentwicklung and the Kreisvolkshochschule (KVHS), imported from a JSON file. Seminars take
// place in the Kreisverwaltung and the KVHS in Landau, the Verbandsgemeindeverwaltungen of Edenkoben, Bad Bergzabern,
// Offenbach, Annweiler, Herxheim and Maikammer, the Haus des Gastes in Bad Bergzabern and the Bauhof in Herxheim, online
// or hybrid. Several titles do not name their subject ("Wenn die Maschine mitdenkt" is artificial intelligence, "Arbeiten,
// wo es passt" mobile work, "Der erste Eindruck zählt" manners / etiquette, "Akku leer?" stress and exhaustion, "Abschied
// vom Papierberg" the electronic file, "Zahlen, die der Rat versteht" the Doppik budget for council members, "Sicher an
// der Straße" road-works safety, "Verstanden beim ersten Lesen" plain language, "Wenn der Ton rauer wird" de-escalation
// with aggressive visitors, "Gerade sitzen, locker bleiben" back exercises, "Feste feiern, aber richtig" licensing wine
// and street festivals). The questions use words the catalogue never uses: Homeoffice (the catalogue says "mobiles
// Arbeiten"), KI ("künstliche Intelligenz"), E-Akte ("elektronische Aktenführung"), DSGVO ("Datenschutz-Grundverordnung"),
// Vergabe ("öffentliche Aufträge", "Beschaffung"), OWi ("Ordnungswidrigkeiten"), Knigge ("Umgangsformen", "Etikette"),
// Burnout ("Erschöpfung", "Stress"), Ersthelfer ("Ersthelfende", "Erste-Hilfe-Kräfte"); they drop umlauts ("fuer",
// "Fuehrung"), make typos, and split or join compounds ("Daten Schutz", "Brandschutzhelferausbildung",
// "Kommunalakademie"). One seminar is held in English; the leadership course runs on Thursday and Friday 29./30.11.; the
// Excel course on three Tuesday evenings and the back exercises on three Monday evenings; the e-file course is open only
// to the Kreisverwaltung; first aid is free, paid by the Unfallkasse; the Excel fee is paid by the Dienststelle.
// Written without looking at the parser or the answers.
//
// Calendar around `now` (Wednesday 7 November 2029, 13:15 in Landau, winter time since Sun 28.10.2029):
//   this week:  Wed 07.11. (today) 14:00–16:00 AI (online); Thu 08.11. (tomorrow) 09:00–12:00 mobile work (online);
//               Fri 09.11. 09:00–12:30 data protection (VG Edenkoben, 95 €)
//   next week:  Mon 12.11. 18:00–20:30 manners (KVHS Landau, evening); Tue 13.11. 09:00–16:00 procurement (Kreisverwaltung;
//               deadline passed Fri 02.11. 12:00); Wed 14.11. 09:00–16:00 administrative offences (hybrid, VG Bad
//               Bergzabern); Thu 15.11. 13:30–16:00 stress (online) and the cancelled PowerPoint course; nothing on Fri 16.11.
//   November:   Tue 20.11. first aid (VG Offenbach); Wed 21.11. fire wardens (VG Annweiler); Thu 22.11. e-file
//               (Kreisverwaltung, its staff only); Mon 26.11. English (KVHS; deadline Mon 19.11. 23:59); Tue 27.11. minutes
//               (VG Offenbach); Wed 28.11. 18:30–21:00 budget for council members (VG Maikammer, evening); Thu 29.11. and
//               Fri 30.11. 09:00–16:30 new managers (Kreisverwaltung; deadline Fri 16.11. 23:59)
//   December:   Tue 04.12. 07:30–15:00 road works (Bauhof Herxheim) and 18:00–20:15 the first Excel evening (then 11.12.,
//               18.12., KVHS); Wed 05.12. plain language (Haus des Gastes Bad Bergzabern; deadline Fri 23.11. 12:00);
//               Thu 06.12. time management (online); Mon 10.12. de-escalation (VG Herxheim); the cancelled tree inspection
//               (Thu 13.12.)
//   January:    Mon 14.01., 21.01., 28.01.2030 18:00–19:15 back exercises (KVHS); Wed 16.01. land-use planning (hybrid,
//               Kreisverwaltung); Thu 17.01. festivals (VG Edenkoben); Tue 22.01. Teams (online)
//   drafts:     audit of the municipal cash office (Tue 05.02.2030), videos and reels (Wed 13.02.2030)
//   past:       Tue 03.07.2029 heat protection (online), Tue 11.09.2029 election boards (Kreisverwaltung).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2029-11-07T12:15:00Z'); // Wednesday, 7 November 2029, 13:15 in Landau (CET)
const TZ = 'Europe/Berlin';

const T = {
  ki: 'Wenn die Maschine mitdenkt', // Wed 07.11. 14:00–16:00, online, Kommunal-Akademie, Weber, artificial intelligence / Copilot, free
  mobil: 'Arbeiten, wo es passt', // Thu 08.11. 09:00–12:00, online, PE, Schäfer, mobile work / Telearbeit, free
  datenschutz: 'Datenschutz im Bürgerbüro: Auskunft, Einwilligung, Datenpannen', // Fri 09.11. 09:00–12:30, VG Edenkoben, ZVS, Dr. Becker, 95 €
  knigge: 'Der erste Eindruck zählt', // Mon 12.11. 18:00–20:30, KVHS Landau, KVHS, Lehmann, manners / etiquette, 35 €
  auftraege: 'Öffentliche Aufträge rechtssicher erteilen: UVgO, VOB/A und Wertgrenzen', // Tue 13.11. 09:00–16:00, Kreisverwaltung, Kommunal-Akademie, Wolf, 240 €, deadline passed Fri 02.11. 12:00
  bussgeld: 'Bußgeldverfahren von A bis Z', // Wed 14.11. 09:00–16:00, hybrid (VG Bad Bergzabern), ZVS, Dr. Becker, 180 €
  akku: 'Akku leer?', // Thu 15.11. 13:30–16:00, online, Unfallkasse, Dr. Keller, stress / exhaustion, free
  ersteHilfe: 'Erste Hilfe im Betrieb: Fortbildung', // Tue 20.11. 08:30–16:00, VG Offenbach, Unfallkasse, Fischer, free (Unfallkasse pays)
  brandschutz: 'Ausbildung zur Brandschutzhelferin und zum Brandschutzhelfer', // Wed 21.11. 09:00–13:00, VG Annweiler, Unfallkasse, Fischer, free
  akte: 'Abschied vom Papierberg', // Thu 22.11. 09:00–12:00, Kreisverwaltung, PE, Braun, electronic file, Kreisverwaltung only, free
  english: 'Welcome to the Südpfalz: English at the Counter', // Mon 26.11. 09:00–12:30, KVHS Landau, KVHS, Clarke, 75 €, deadline Mon 19.11. 23:59
  protokoll: 'Protokollführung in Rats- und Ausschusssitzungen', // Tue 27.11. 09:00–12:30, VG Offenbach, Kommunal-Akademie, Krämer, 85 €, 16 seats
  haushalt: 'Zahlen, die der Rat versteht', // Wed 28.11. 18:30–21:00, VG Maikammer, Kommunal-Akademie, Wolf, Doppik for council members, 40 €, 30 seats
  fuehrung: 'Neu in der Führungsrolle', // Thu 29.11. and Fri 30.11. 09:00–16:30, Kreisverwaltung, Kommunal-Akademie, Dr. Roth, 420 €, deadline Fri 16.11. 23:59
  strasse: 'Sicher an der Straße', // Tue 04.12. 07:30–15:00, Bauhof Herxheim, Unfallkasse, Zimmermann, RSA 21 / Leitkegel, free
  excel: 'Excel Schritt für Schritt', // Tue 04.12., 11.12., 18.12. 18:00–20:15, KVHS Landau, KVHS, Schmitt, 89 € (Dienststelle pays)
  sprache: 'Verstanden beim ersten Lesen', // Wed 05.12. 09:00–16:00, Haus des Gastes Bad Bergzabern, ZVS, Hoffmann, plain language, 150 €, deadline Fri 23.11. 12:00
  zeit: 'Zeitmanagement und Selbstorganisation', // Thu 06.12. 09:00–12:00, online, KVHS, Schmitt, 49 €
  deeskalation: 'Wenn der Ton rauer wird', // Mon 10.12. 09:00–16:00, VG Herxheim, Unfallkasse, Dr. Keller, aggressive visitors, free
  ruecken: 'Gerade sitzen, locker bleiben', // Mon 14.01., 21.01., 28.01.2030 18:00–19:15, KVHS Landau, KVHS, Jung, back exercises, 30 €
  bauleitplanung: 'Bauleitplanung kompakt: Flächennutzungsplan und Bebauungsplan', // Wed 16.01.2030 09:00–15:30, hybrid (Kreisverwaltung), Kommunal-Akademie, Wolf, 195 €
  feste: 'Feste feiern, aber richtig', // Thu 17.01.2030 09:00–13:00, VG Edenkoben, ZVS, Dr. Becker, wine / street festivals, 110 €
  teams: 'Besser zusammenarbeiten mit Microsoft Teams', // Tue 22.01.2030 10:00–11:30, online, PE, Braun, Teams / SharePoint, free
  kasse: 'Kassenprüfung in der Ortsgemeinde', // draft (Tue 05.02.2030)
  videos: 'Videos und Reels für die Öffentlichkeitsarbeit', // draft (Wed 13.02.2030)
  powerpoint: 'PowerPoint: Präsentationen, die überzeugen', // cancelled (Thu 15.11.2029)
  baumkontrolle: 'Baumkontrolle nach FLL-Richtlinie', // cancelled (Thu 13.12.2029)
  wahl: 'Schulung für Wahlvorstände: Bundestagswahl 2029', // past (Tue 11.09.2029)
  hitze: 'Hitzeschutz am Arbeitsplatz', // past (Tue 03.07.2029)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.kasse, T.videos, T.powerpoint, T.baumkontrolle, T.wahl, T.hitze];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'heute', q: 'gibts heute noch was?', kind: 'list', titles: [T.ki] },
  { conv: 'heute', q: 'wo findet das statt', kind: 'facts', titles: [T.ki], says: ['findet online statt'] },
  {
    conv: 'heute',
    q: 'wie lange geht das',
    kind: 'facts',
    titles: [T.ki],
    says: ['dauert 2 Stunden, von 14:00 bis 16:00 Uhr'],
  },
  { conv: 'homeoffice', q: 'gibt es eine schulung zum thema homeoffice?', kind: 'list', titles: [T.mobil] },
  {
    conv: 'homeoffice',
    q: 'wann ist die?',
    kind: 'facts',
    titles: [T.mobil],
    says: ['am Do., 08.11.2029 von 09:00 bis 12:00 Uhr'],
  },
  {
    conv: 'fuehrung',
    q: 'bin seit kurzem sachgebietsleiterin, gibts was zum thema fuehrung?',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'fuehrung',
    q: 'wann genau',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 29.11.2029 und Fr., 30.11.2029', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    conv: 'fuehrung',
    q: 'anmeldeschluss?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['bis Fr., 16.11.2029, 23:59 Uhr'],
  },
  { conv: 'vergabe', q: 'Vergabe schulung', kind: 'list', titles: [T.auftraege] },
  {
    conv: 'vergabe',
    q: 'bis wann kann man sich da anmelden?',
    kind: 'facts',
    titles: [T.auftraege],
    says: ['ist am Fr., 02.11.2029, 12:00 Uhr abgelaufen'],
  },
  { conv: 'english', q: 'any courses in english?', locale: 'en', kind: 'list', titles: [T.english] },
  {
    conv: 'english',
    q: 'where is it',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['takes place at Kreisvolkshochschule Südliche Weinstraße'],
  },
  {
    conv: 'english',
    q: 'registration deadline?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['until Mon, 19 Nov 2029, 23:59'],
  },
  { conv: 'owi', q: 'OWi verfahren seminar', kind: 'list', titles: [T.bussgeld] },
  {
    conv: 'owi',
    q: 'online oder praesenz?',
    kind: 'facts',
    titles: [T.bussgeld],
    says: ['findet hybrid statt: in der Verbandsgemeindeverwaltung Bad Bergzabern'],
  },
  {
    conv: 'owi',
    q: 'wer ist der referent',
    kind: 'facts',
    titles: [T.bussgeld],
    says: ['leitet Herr Dr. Matthias Becker'],
  },
  { conv: 'excel', q: 'excel kurs fuer anfaenger', kind: 'list', titles: [T.excel] },
  {
    conv: 'excel',
    q: 'an welchen tagen ist der?',
    kind: 'facts',
    titles: [T.excel],
    says: ['an 3 Tagen', 'Di., 04.12.2029, Di., 11.12.2029 und Di., 18.12.2029', 'jeweils von 18:00 bis 20:15 Uhr'],
  },
  {
    conv: 'excel',
    q: 'was kostet der',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 89 €'],
    mentions: ['Die Gebühr trägt die entsendende Dienststelle.'],
  },
  { conv: 'erste', q: 'ersthelfer auffrischung', kind: 'list', titles: [T.ersteHilfe] },
  {
    conv: 'erste',
    q: 'muss meine dienststelle was zahlen?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse Rheinland-Pfalz.'],
  },
  { conv: 'burnout', q: 'burnout prevention', locale: 'en', kind: 'list', titles: [T.akku] },
  {
    conv: 'burnout',
    q: 'how long does it take?',
    locale: 'en',
    kind: 'facts',
    titles: [T.akku],
    says: ['lasts 2.5 hours, from 13:30 to 16:00'],
  },
  // --- facts -----------------------------------------------------------------------------------------------------------
  { q: 'was kostet das knigge seminar', kind: 'facts', titles: [T.knigge], says: ['kostet 35 €'] },
  {
    q: 'wann ist die Brandschutzhelferausbildung',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['am Mi., 21.11.2029 von 09:00 bis 13:00 Uhr'],
  },
  {
    q: 'wo ist das seminar zur genehmigung von weinfesten',
    kind: 'facts',
    titles: [T.feste],
    says: ['in der Verbandsgemeindeverwaltung Edenkoben'],
  },
  {
    q: 'wie lange dauert der rueckenkurs?',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['jeweils von 18:00 bis 19:15 Uhr'],
  },
  {
    q: 'anmeldeschluss buergernahe sprache',
    kind: 'facts',
    titles: [T.sprache],
    says: ['bis Fr., 23.11.2029, 12:00 Uhr'],
  },
  {
    q: 'ist das bebauungsplan seminar online oder vor ort?',
    kind: 'facts',
    titles: [T.bauleitplanung],
    says: ['findet hybrid statt: in der Kreisverwaltung Südliche Weinstraße'],
  },
  {
    q: 'how much is the teams training',
    locale: 'en',
    kind: 'facts',
    titles: [T.teams],
    says: ['is free of charge'],
  },
  {
    q: 'wieviele plaetze hat der protokol kurs noch',
    kind: 'facts',
    titles: [T.protokoll],
    says: ['noch 16 von 16 Plätzen frei'],
  },
  {
    q: 'wann faengt der haushaltskurs fuer ratsmitglieder an',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['beginnt am Mi., 28.11.2029 um 18:30 Uhr'],
  },
  // --- topic searches: abbreviations, synonyms, typos, split and joined compounds --------------------------------------
  { q: 'Daten Schutz im Buergerbuero', kind: 'list', titles: [T.datenschutz] },
  { q: 'DSGVO schulung', kind: 'list', titles: [T.datenschutz] },
  { q: 'KI Schulung', kind: 'list', titles: [T.ki] },
  { q: 'e akte einfuehrung', kind: 'list', titles: [T.akte] },
  { q: 'stress abbauen', kind: 'list', titles: [T.akku] },
  { q: 'was tun bei poebelnden buergern', kind: 'list', titles: [T.deeskalation] },
  { q: 'feuerloescher uebung', kind: 'list', titles: [T.brandschutz] },
  { q: 'strassenfest genehmigen', kind: 'list', titles: [T.feste] },
  { q: 'amtsdeutsch vermeiden', kind: 'list', titles: [T.sprache] },
  { q: 'rueckenschmerzen vom vielen sitzen', kind: 'list', titles: [T.ruecken] },
  { q: 'zeitmanagment', kind: 'list', titles: [T.zeit] },
  // --- time and place filters, format, provider, trainer, audience, cost, length ---------------------------------------
  { q: 'was ist diese woche noch', kind: 'list', titles: [T.ki, T.mobil, T.datenschutz] },
  { q: 'was steht naechste woche an?', kind: 'list', titles: [T.knigge, T.auftraege, T.bussgeld, T.akku] },
  { q: 'was ist am 4.12.', kind: 'list', titles: [T.strasse, T.excel] },
  { q: 'was gibts im dezember', kind: 'list', titles: [T.strasse, T.excel, T.sprache, T.zeit, T.deeskalation] },
  { q: 'gibts auch was nach feierabend?', kind: 'list', ...only(T.knigge, T.haushalt, T.excel, T.ruecken) },
  { q: 'ist an einem freitag was?', kind: 'list', ...only(T.datenschutz, T.fuehrung) },
  { q: 'online seminare im november', kind: 'list', ...maybeAlso(only(T.ki, T.mobil, T.akku), T.bussgeld) },
  { q: 'kostenlose online kurse', kind: 'list', ...only(T.ki, T.mobil, T.akku, T.teams) },
  { q: 'seminare in landau im november', kind: 'list', titles: [T.knigge, T.auftraege, T.akte, T.english, T.fuehrung] },
  { q: "what's on in Herxheim", locale: 'en', kind: 'list', ...only(T.strasse, T.deeskalation) },
  {
    q: 'was bietet die unfallkasse an',
    kind: 'list',
    ...only(T.akku, T.ersteHilfe, T.brandschutz, T.strasse, T.deeskalation),
  },
  {
    q: 'Kommunalakademie seminare im november',
    kind: 'list',
    titles: [T.ki, T.auftraege, T.protokoll, T.haushalt, T.fuehrung],
  },
  { q: 'was gibt es fuer bauhof mitarbeiter', kind: 'list', titles: [T.strasse] },
  { q: 'seminare ueber 150 euro', kind: 'list', ...only(T.auftraege, T.bussgeld, T.fuehrung, T.bauleitplanung) },
  {
    q: 'which seminars last two hours or less',
    locale: 'en',
    kind: 'list',
    ...maybeAlso(only(T.ki, T.teams), T.ruecken),
  },
  // --- gone, drafts never shown, no match, greeting, no context --------------------------------------------------------
  { q: 'gibt es noch den powerpoint kurs', kind: 'gone', gone: T.powerpoint },
  { q: 'baumkontrolle schulung', kind: 'gone', gone: T.baumkontrolle },
  { q: 'wahlvorstand schulung, wann war die?', kind: 'gone', gone: T.wahl, says: ['Di., 11.09.2029'] },
  { q: 'hitzeschutz', kind: 'gone', gone: T.hitze, says: ['Di., 03.07.2029'] },
  { q: 'kassenpruefung', kind: 'none' },
  { q: 'instagram reels drehen', kind: 'none' },
  { q: 'seminare in maikammer im januar', kind: 'none' },
  { q: 'Hallo!', kind: 'help' },
  { q: 'und wo ist das?', kind: 'noContext' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-fifteenth, independent catalogue (Landkreis Südliche Weinstraße, Kommunal-Akademie, Unfallkasse RLP, ZVS, KVHS)',
  {
    fixture: 'heldout315-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
