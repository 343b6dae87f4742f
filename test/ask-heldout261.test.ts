// Over-fitting check, two-hundred-and-sixty-first catalogue: the 2027 programme for the Eifelkreis Bitburg-Prüm
// (Rhineland-Palatinate) and its town and Verbandsgemeinden (Bitburg, Bitburger Land, Prüm, Speicher, Arzfeld, Südeifel
// with Neuerburg), with the Kommunal-Akademie Rheinland-Pfalz, the Unfallkasse Rheinland-Pfalz, the Kreisverwaltung's
// Personalentwicklung, the Kreisvolkshochschule (KVHS) and the KommWis IT service, imported from a JSON file. Seminars
// take place in the Kreishaus Bitburg, the Rathaus Bitburg, the Haus Beda in Bitburg, the Verbandsgemeindeverwaltungen
// Prüm, Speicher, Arzfeld, Südeifel (Neuerburg) and Bitburger Land, the Forstamt Prüm, online or hybrid. Several titles
// do not name their subject ("Gesund durch den Bürotag" is screen-work ergonomics, "Klick mit Folgen" phishing,
// "Gemeinsam statt per Mail" Microsoft Teams, "Kraft tanken im Arbeitsalltag" stress, "Wenn der Ton rauer wird"
// de-escalation at the counter, "Nie wieder Aktenberge" the e-file, "Der digitale Kollege" generative AI, "Schreiben,
// das ankommt" plain language, "Mehr Luft im Kalender" time management, "Rat und Ausschuss gut begleitet" council
// meetings, "Neu an der Spitze" leadership), so only summary, description or topics reveal it; one seminar is held in
// English; the leadership course runs on two consecutive days; the e-file course is open only to the Verbandsgemeinden
// Speicher, Arzfeld and Südeifel; the Unfallkasse courses are free; Luxembourgish is an evening taster. Questions use
// everyday words instead of the field's terms ("schwierige Leute am Schalter", "the thing about electronic files",
// "wie man als Gemeinde richtig einkauft", "Rücken tut weh vom Sitzen"), in German and English, written without
// looking at the parser or the answers.
//
// Calendar around `now` (Friday 19 March 2027, 09:00 in Bitburg, winter time; summer time begins Sun 28.03.2027;
// Good Friday 26.03. and Easter Monday 29.03. are holidays):
//   this week:  nothing more (the next seminar is Mon 22.03.)
//   next week:  Mon 22.03. 09:00–12:00 Excel (online), Tue 23.03. 14:00–15:30 ergonomics (online, free), Wed 24.03.
//               10:00–11:30 phishing (online, free), Thu 25.03. 09:00–12:30 English (Haus Beda; deadline passed Mon
//               15.03. 23:59)
//   then:       Wed 31.03. 10:00–11:30 Teams (online); the cancelled Outlook course (Thu 01.04.)
//   April:      Tue 06. stress (online, 13:30–16:00), Thu 08. de-escalation (Rathaus Bitburg, free, 14 seats, no
//               waitlist), Tue 13. e-file (VG Speicher, members only), Wed 14. data protection (hybrid, Kreishaus), Wed 21.
//               procurement (Kreishaus, 260 €; deadline Fri 02.04. 12:00), Thu 22. AI (hybrid, Kreishaus, 14:00–16:30),
//               Tue 27. first aid (VG Arzfeld, 08:30–16:30)
//   May:        Mon 03. Luxembourgish (VG Südeifel, Neuerburg, 17:30–20:00, 49 €), Tue 04. Doppik (VG Prüm), Wed 12.
//               chainsaw (Forstamt Prüm, 07:30–15:30, free), Wed 19. plain language (Haus Beda), Thu 20. playground
//               inspection (VG Bitburger Land, 08:00–15:00, free), Tue 25. time management (online, 89 €); the
//               cancelled cemetery course (Tue 11.05.)
//   June:       Tue 08. council meetings (VG Südeifel; deadline Fri 21.05. 23:59), Wed 09. building outside the village
//               (Kreishaus), Thu 10./Fri 11. leadership (Kreishaus, 520 €), Thu 17. Bescheide/Widerspruch (Rathaus
//               Bitburg); the draft heat-protection (Tue 15.06.) and Wohngeld (Wed 16.06.) courses
//   past:       Wed 17.02.2027 fire wardens (VG Speicher), Tue 09.03.2027 VAT (§ 2b UStG, Kreishaus).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-03-19T08:00:00Z'); // Friday, 19 March 2027, 09:00 in Bitburg (CET)
const TZ = 'Europe/Berlin';

const T = {
  excel: 'Excel im Büroalltag: Formeln, Tabellen, Auswertungen', // Mon 22.03. 09:00–12:00, online, KVHS, Kremer, 79 € (Dienststelle pays)
  ergonomie: 'Gesund durch den Bürotag', // Tue 23.03. 14:00–15:30, online, Unfallkasse, Hansen, ergonomics / back pain, free
  phishing: 'Klick mit Folgen', // Wed 24.03. 10:00–11:30, online, KommWis, Bauer, information security, free
  english: 'Can I Help You? English at the Service Desk', // Thu 25.03. 09:00–12:30, Haus Beda, KVHS, Walsh, 95 €, English, deadline passed Mon 15.03. 23:59
  teams: 'Gemeinsam statt per Mail', // Wed 31.03. 10:00–11:30, online, KommWis, Schmitz, Microsoft Teams, free
  stress: 'Kraft tanken im Arbeitsalltag', // Tue 06.04. 13:30–16:00, online, PE, Wagner, stress / resilience, free
  deeskalation: 'Wenn der Ton rauer wird', // Thu 08.04. 09:00–15:00, Rathaus Bitburg, Unfallkasse, Hansen, free, 14 seats, no waitlist
  eakte: 'Nie wieder Aktenberge', // Tue 13.04. 09:00–12:00, VG Speicher, KommWis, Schmitz, e-file, only Speicher/Arzfeld/Südeifel, free
  datenschutz: 'Datenschutz praxisnah: DSGVO im Verwaltungsalltag', // Wed 14.04. 09:00–12:00, hybrid (Kreishaus), PE, Schares, free
  vergabe: 'Vergaberecht kompakt: Aufträge unterhalb der EU-Schwellenwerte', // Wed 21.04. 09:00–16:00, Kreishaus, KA RLP, Dr. Meyer, 260 €, 20 seats, deadline Fri 02.04. 12:00
  ki: 'Der digitale Kollege', // Thu 22.04. 14:00–16:30, hybrid (Kreishaus), KommWis, Bauer, generative AI / ChatGPT, free
  ersteHilfe: 'Erste Hilfe im Dienst: Grundlehrgang für betriebliche Ersthelfende', // Tue 27.04. 08:30–16:30, VG Arzfeld, Unfallkasse, Thiel, free (Unfallkasse pays)
  lux: 'Moien! Luxemburgisch für den Publikumsverkehr', // Mon 03.05. 17:30–20:00, VG Südeifel (Neuerburg), KVHS, Wagner, 49 €
  doppik: 'Doppik für Einsteiger: den kommunalen Haushalt lesen und verstehen', // Tue 04.05. 09:00–16:00, VG Prüm, KA RLP, Dr. Becker, 245 €
  motorsaege: 'Sicher mit der Motorsäge: Grundlehrgang für Bauhöfe', // Wed 12.05. 07:30–15:30, Forstamt Prüm, Unfallkasse, Hermes, free, 10 seats, Bauhof
  sprache: 'Schreiben, das ankommt', // Wed 19.05. 09:00–16:00, Haus Beda, KVHS, Lentes, 140 €, plain language
  spielplatz: 'Spielplatzkontrolle nach DIN EN 1176: Sichtprüfung und Dokumentation', // Thu 20.05. 08:00–15:00, VG Bitburger Land, Unfallkasse, Thiel, free, Bauhof
  zeit: 'Mehr Luft im Kalender', // Tue 25.05. 09:00–12:00, online, KVHS, Hoffmann, 89 €, time management
  sitzung: 'Rat und Ausschuss gut begleitet', // Tue 08.06. 09:00–16:00, VG Südeifel (Neuerburg), KA RLP, Weber, 180 €, council meetings, deadline Fri 21.05. 23:59
  bau: 'Bauen im Außenbereich: Vorhaben nach § 35 BauGB prüfen', // Wed 09.06. 09:00–16:00, Kreishaus, KA RLP, Weber, 230 €, building permits
  fuehrung: 'Neu an der Spitze', // Thu 10.06. and Fri 11.06. 09:00–16:30, Kreishaus, KA RLP, Dr. Krämer, 520 €, new managers
  bescheid: 'Bescheide rechtssicher gestalten: Anhörung, Begründung, Widerspruch', // Thu 17.06. 09:00–16:00, Rathaus Bitburg, KA RLP, Dr. Meyer, 210 €
  hitze: 'Hitzeschutz in der Kommune: Hitzeaktionspläne erstellen', // draft (Tue 15.06.)
  wohngeld: 'Wohngeld aktuell: Neuerungen und Fallbearbeitung', // draft (Wed 16.06.)
  outlook: 'Outlook im Griff: E-Mails, Termine und Aufgaben organisieren', // cancelled (Thu 01.04.2027)
  friedhof: 'Friedhofsverwaltung: Nutzungsrechte und Friedhofsgebühren', // cancelled (Tue 11.05.2027)
  ustg: 'Umsatzsteuer in der Kommune: § 2b UStG in der Praxis', // past (Tue 9 March 2027)
  brandschutz: 'Ausbildung zur Brandschutzhelferin und zum Brandschutzhelfer', // past (Wed 17 February 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.hitze, T.wohngeld, T.outlook, T.friedhof, T.ustg, T.brandschutz];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  {
    conv: 'schalter',
    q: 'gibt es was dazu, wie man mit schwierigen Leuten am Schalter umgeht?',
    kind: 'list',
    titles: [T.deeskalation],
  },
  { conv: 'schalter', q: 'wo ist das?', kind: 'facts', titles: [T.deeskalation], says: ['im Rathaus Bitburg'] },
  { conv: 'schalter', q: 'kostet das was?', kind: 'facts', titles: [T.deeskalation], says: ['ist kostenlos'] },
  { conv: 'akte', q: 'the thing about electronic files', locale: 'en', kind: 'list', titles: [T.eakte] },
  {
    conv: 'akte',
    q: 'who runs it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.eakte],
    says: ['is led by Herr Daniel Schmitz'],
  },
  {
    conv: 'akte',
    q: 'is that online or in person?',
    locale: 'en',
    kind: 'facts',
    titles: [T.eakte],
    says: ['takes place in person', 'Verbandsgemeindeverwaltung Speicher'],
  },
  {
    conv: 'einkauf',
    q: 'gibt es einen kurs, wie man als gemeinde richtig einkauft?',
    kind: 'list',
    titles: [T.vergabe],
  },
  {
    conv: 'einkauf',
    q: 'bis wann muss ich mich da anmelden',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Fr., 02.04.2027, 12:00 Uhr'],
  },
  { conv: 'einkauf', q: 'und was kostet der spaß?', kind: 'facts', titles: [T.vergabe], says: ['kostet 260 €'] },
  { conv: 'ruecken', q: 'Rücken tut weh vom Sitzen', kind: 'list', titles: [T.ergonomie] },
  {
    conv: 'ruecken',
    q: 'wann ist das',
    kind: 'facts',
    titles: [T.ergonomie],
    says: ['am Di., 23.03.2027 von 14:00 bis 15:30 Uhr'],
  },
  { conv: 'chef', q: 'ich werde bald teamleiterin, gibt es da was für mich?', kind: 'list', titles: [T.fuehrung] },
  {
    conv: 'chef',
    q: 'an welchen tagen?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 10.06.2027 und Fr., 11.06.2027', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  { conv: 'chef', q: 'wie teuer ist das', kind: 'facts', titles: [T.fuehrung], says: ['kostet 520 €'] },
  { conv: 'lux', q: 'anything for learning Luxembourgish?', locale: 'en', kind: 'list', titles: [T.lux] },
  {
    conv: 'lux',
    q: 'what time does it start',
    locale: 'en',
    kind: 'facts',
    titles: [T.lux],
    says: ['starts on Mon, 3 May 2027 at 17:30'],
  },
  { conv: 'ki', q: 'kurs über chatgpt und so', kind: 'list', titles: [T.ki] },
  {
    conv: 'ki',
    q: 'ist das online?',
    kind: 'facts',
    titles: [T.ki],
    says: ['findet hybrid statt', 'im Kreishaus Bitburg'],
  },
  { conv: 'mail', q: 'training about fake emails', locale: 'en', kind: 'list', titles: [T.phishing] },
  {
    conv: 'mail',
    q: 'when is it',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['on Wed, 24 Mar 2027 from 10:00 to 11:30'],
  },
  { conv: 'stress', q: 'kurs damit man nicht immer so gestresst ist', kind: 'list', titles: [T.stress] },
  { conv: 'stress', q: 'muss ich da hinfahren?', kind: 'facts', titles: [T.stress], says: ['findet online statt'] },
  // --- facts -----------------------------------------------------------------------------------------------------------
  {
    q: 'was kostet der excel kurs',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 79 €'],
    mentions: ['Die Gebühr trägt die entsendende Dienststelle.'],
  },
  {
    q: 'how much is the course on writing letters people actually understand',
    locale: 'en',
    kind: 'facts',
    titles: [T.sprache],
    says: ['costs €140'],
  },
  {
    q: 'wer hält den kurs über doppelte buchführung',
    kind: 'facts',
    titles: [T.doppik],
    says: ['leitet Frau Dr. Ursula Becker'],
  },
  {
    q: 'wo ist der erste hilfe kurs',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['in der Verbandsgemeindeverwaltung Arzfeld'],
  },
  {
    q: 'wann ist der kettensägen kurs',
    kind: 'facts',
    titles: [T.motorsaege],
    says: ['am Mi., 12.05.2027 von 07:30 bis 15:30 Uhr'],
  },
  {
    q: 'registration deadline for the english course',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Mon, 15 Mar 2027, 23:59'],
  },
  {
    q: 'how long is the playground inspection course',
    locale: 'en',
    kind: 'facts',
    titles: [T.spielplatz],
    says: ['lasts 7 hours, from 08:00 to 15:00'],
  },
  {
    q: 'wie viele plätze sind beim motorsägenkurs noch frei',
    kind: 'facts',
    titles: [T.motorsaege],
    says: ['noch 10 von 10 Plätzen frei'],
  },
  {
    q: 'ist der datenschutzkurs vor ort oder von zuhause?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['findet hybrid statt', 'im Kreishaus Bitburg'],
  },
  {
    q: 'where is the course about building permits',
    locale: 'en',
    kind: 'facts',
    titles: [T.bau],
    says: ['takes place at Kreishaus Bitburg'],
  },
  // --- topic searches: typos, words only in summary or description, everyday words ------------------------------------
  { q: 'exel kurs', kind: 'list', titles: [T.excel] },
  { q: 'Amtsdeutsch loswerden', kind: 'list', titles: [T.sprache] },
  { q: 'wie bearbeite ich einen widerspruch', kind: 'list', titles: [T.bescheid] },
  { q: 'how to deal with angry citizens', locale: 'en', kind: 'list', titles: [T.deeskalation] },
  { q: 'protokoll für die gemeinderatssitzung schreiben', kind: 'list', titles: [T.sitzung] },
  { q: 'wiederbelebung', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'spielgeräte prüfen', kind: 'list', titles: [T.spielplatz] },
  { q: 'kurs wie man seine zeit besser einteilt', kind: 'list', titles: [T.zeit] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, length, cost, language ---------------
  { q: 'ist diese woche noch was?', kind: 'none' },
  {
    q: 'anything next week in the morning',
    locale: 'en',
    kind: 'list',
    titles: [T.excel, T.phishing, T.english],
  },
  { q: 'nächste woche nachmittags', kind: 'list', titles: [T.ergonomie] },
  { q: 'was ist umsonst im mai', kind: 'list', titles: [T.motorsaege, T.spielplatz] },
  {
    q: 'gibt es im juni noch kurse mit freien plätzen',
    kind: 'list',
    titles: [T.sitzung, T.bau, T.fuehrung, T.bescheid],
  },
  {
    q: 'was ist nächsten monat in bitburg',
    kind: 'list',
    titles: [T.deeskalation, T.datenschutz, T.vergabe, T.ki],
  },
  { q: 'gibt es was nach feierabend?', kind: 'list', titles: [T.lux] },
  { q: 'was gibt es in prüm', kind: 'list', ...only(T.doppik, T.motorsaege) },
  {
    q: 'what courses does the Unfallkasse run',
    locale: 'en',
    kind: 'list',
    ...only(T.ergonomie, T.deeskalation, T.ersteHilfe, T.motorsaege, T.spielplatz),
  },
  { q: 'kurse bei dr meyer', kind: 'list', ...only(T.vergabe, T.bescheid) },
  { q: 'kurze online sachen, höchstens zwei stunden', kind: 'list', ...only(T.ergonomie, T.phishing, T.teams) },
  { q: 'seminare die mehr als 250 euro kosten', kind: 'list', ...only(T.vergabe, T.fuehrung) },
  { q: 'Kurse über mehrere Tage', kind: 'list', titles: [T.fuehrung] },
  { q: 'Is anything held in English?', locale: 'en', kind: 'list', titles: [T.english] },
  { q: 'was gibt es für unsere bauhof mitarbeiter', kind: 'list', ...only(T.motorsaege, T.spielplatz) },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'wann ist der outlook kurs', kind: 'gone', gone: T.outlook },
  { q: 'seminar friedhofsgebühren', kind: 'gone', gone: T.friedhof },
  { q: 'wann war der kurs zur umsatzsteuer', kind: 'gone', gone: T.ustg, says: ['Di., 09.03.2027'] },
  {
    q: 'when was the fire warden training',
    locale: 'en',
    kind: 'gone',
    gone: T.brandschutz,
    says: ['Wed, 17 Feb 2027'],
  },
  { q: 'wohngeld', kind: 'none' },
  { q: 'hitzeschutz', kind: 'none' },
  { q: 'moin', kind: 'help' },
  { q: 'hi there', locale: 'en', kind: 'help' },
  { q: 'wo bin ich überall angemeldet?', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-sixty-first, independent catalogue (Eifelkreis Bitburg-Prüm, Kommunal-Akademie RLP, Unfallkasse RLP, KVHS, KommWis)',
  {
    fixture: 'heldout261-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
