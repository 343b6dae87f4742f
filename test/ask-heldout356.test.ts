// Over-fitting check, three-hundred-and-fifty-sixth catalogue: the spring 2029 programme for the Landeshauptstadt Mainz
// (Rheinland-Pfalz) and six of its Ortsverwaltungen (Gonsenheim, Finthen, Hechtsheim, Laubenheim, Ebersheim,
// Bretzenheim), with the Kommunal-Akademie Rheinland-Pfalz, the Zentrale Verwaltungsschule Rheinland-Pfalz (Mayen), the
// Unfallkasse Rheinland-Pfalz (Andernach), the Kommunale Datenzentrale Mainz (KDZ) and the city's Haupt- und Personalamt,
// imported from a JSON file. Seminars take place in the Rathaus Mainz (Jockel-Fuchs-Platz 1: Ratssaal, Haifa-Zimmer), the
// Stadthaus Große Bleiche (Große Bleiche 46), the Stadthaus Kaiserstraße (Kaiserstraße 3-5), the Kommunal-Akademie
// (Deutschhausplatz 1), the Hauptfeuerwache (Rheinallee 85), the Ortsverwaltung Gonsenheim, in Mayen (Zentrale
// Verwaltungsschule) and in Andernach (Unfallkasse), online or hybrid. Two seminars are held in English (the front-desk
// course and the twin-town workshop, which is hybrid in the Rathaus). Several titles do not name their subject ("Ablage
// war gestern" is the e-file, "Wer darf was wissen?" data protection, "Bewegte Pause" back exercises at lunchtime,
// "Die Maschine schreibt mit" AI / ChatGPT, "Ruhig bleiben am Tresen" de-escalation, "Plötzlich Chefin, plötzlich Chef"
// new managers / leadership, "Schwarz auf weiß" minutes of the Ortsbeirat, "Zahlen, bitte!" the city budget for council
// members, "Akku leer?" stress / burnout, "Dokumente für alle" accessible PDFs), so only summary, description or topics
// reveal it. About half of the questions are in English, as international staff and native speakers would type them.
//
// Calendar around `now` (Wednesday 21 March 2029, 09:30 in Mainz, winter time; summer time begins Sun 25.03.2029;
// Good Friday 30.03., Easter Monday 02.04., Labour Day Tue 01.05., Ascension Thu 10.05., Whit Monday 21.05. and
// Corpus Christi Thu 31.05.2029 are holidays in Rheinland-Pfalz):
//   this week:  Wed 21.03. (today) 14:00–15:30 e-file (online); Thu 22.03. 09:00–15:00 Excel (Stadthaus Große Bleiche);
//               Fri 23.03. (CET) 09:00–16:00 first day of project management (Kommunal-Akademie; its second day is
//               Fri 13.04. (CEST); deadline passed Fri 09.03. 23:59)
//   next week:  Tue 27.03. 09:00–12:00 data protection (online); Wed 28.03. 09:00–12:30 English at the front desk
//               (Stadthaus Kaiserstraße; deadline today Wed 21.03. 12:00); nothing on Good Friday or Easter Monday
//   April:      Tue 10.04., 17.04., 24.04. 12:15–12:45 lunchtime exercises (online); Fri 13.04. project management day 2
//               and the cancelled PowerPoint course; Tue 17.04. 08:30–16:00 first aid (Hauptfeuerwache); Wed 18.04.
//               09:00–12:00 AI (hybrid, Stadthaus Große Bleiche); Thu 19.04. de-escalation (Andernach); Mon 23.04.–Tue
//               24.04. 09:00–16:30 leadership (Kommunal-Akademie, 480 €, deadline Fri 06.04. 23:59); Wed 25.04. minutes
//               (Ortsverwaltung Gonsenheim, Ortsverwaltungen only); Thu 26.04. housing benefit (online, 180 €)
//   May:        the cancelled telephone course (Wed 02.05.); Thu 03.05. 14:00–17:00 twin towns (English, hybrid,
//               Rathaus); Fri 04.05. 09:00–15:00 induction day (Rathaus); Tue 08.05. 18:00–20:30 budget for council
//               members (Rathaus, evening); Wed 09.05. procurement (Mayen, 295 €); Tue 15.05. official notices (Mayen);
//               Thu 24.05. stress (online)
//   June:       Tue 05.06. accessible documents (online, 45 €); Wed 06.06. 08:30–12:30 fire wardens (Hauptfeuerwache);
//               Mon 11.06.–Wed 13.06. 08:30–15:30 administrative law for career changers (Mayen, 560 €, deadline Fri
//               25.05. 23:59); the drafts social media (Tue 19.06.) and Sondernutzung (Thu 21.06.)
//   past:       Wed 17.01.2029 winter road service (Betriebshof, Gonsenheim), Tue 20.02.2029 property tax (online).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2029-03-21T08:30:00Z'); // Wednesday, 21 March 2029, 09:30 in Mainz (CET)
const TZ = 'Europe/Berlin';

const T = {
  eakte: 'Ablage war gestern', // Wed 21.03. 14:00–15:30, online, KDZ, Frau Jasmin Becker, e-file, free
  excel: 'Excel für Fortgeschrittene: SVERWEIS, Pivot-Tabellen und Diagramme', // Thu 22.03. 09:00–15:00, Stadthaus Große Bleiche, KDZ, Herr Florian Weigand, 120 €
  projekt: 'Projektmanagement kompakt: Planen, Steuern, Abschließen', // Fri 23.03. (CET) + Fri 13.04. (CEST) 09:00–16:00, Kommunal-Akademie, Herr Dr. Martin Uhl, 390 €, deadline passed Fri 09.03. 23:59
  datenschutz: 'Wer darf was wissen?', // Tue 27.03. 09:00–12:00, online, Kommunal-Akademie, Frau Dr. Katharina Brenner, data protection, free
  frontDesk: 'English at the Front Desk: Serving International Residents', // Wed 28.03. 09:00–12:30, Stadthaus Kaiserstraße, HPA, Fiona Gallagher (VHS), 60 €, English, deadline Wed 21.03. 12:00
  bewegung: 'Bewegte Pause', // Tue 10.04., 17.04., 24.04. 12:15–12:45, online, HPA, Frau Lea Kowalski, back exercises, free
  ersteHilfe: 'Erste-Hilfe-Fortbildung für betriebliche Ersthelfer', // Tue 17.04. 08:30–16:00, Hauptfeuerwache, UK RLP, Herr Tobias Stein (Malteser), free
  ki: 'Die Maschine schreibt mit', // Wed 18.04. 09:00–12:00, hybrid (Stadthaus Große Bleiche), KDZ, Herr Florian Weigand, AI, free
  deeskalation: 'Ruhig bleiben am Tresen', // Thu 19.04. 09:00–16:00, Andernach (UK RLP), Herr Jens Morawietz (Polizeipräsidium Mainz), de-escalation, free
  fuehrung: 'Plötzlich Chefin, plötzlich Chef', // Mon 23.04.–Tue 24.04. 09:00–16:30, Kommunal-Akademie, Frau Dr. Sabine Hofmann-Klein, leadership, 480 €, deadline Fri 06.04. 23:59
  protokoll: 'Schwarz auf weiß', // Wed 25.04. 09:00–12:00, Ortsverwaltung Gonsenheim, HPA, Frau Ursula Dietz, minutes, Ortsverwaltungen only, free
  wohngeld: 'Wohngeldrecht aktuell: Berechnung und Bescheide nach dem WoGG', // Thu 26.04. 09:00–15:30, online, ZVS, Frau Carola Peters, 180 €, 20 seats
  twinTown: 'Twin Town Talks: English for Partnership Visits', // Thu 03.05. 14:00–17:00, hybrid (Rathaus, Haifa-Zimmer), Dr. James Whitfield, English, free
  onboarding: 'Willkommen in der Landeshauptstadt', // Fri 04.05. 09:00–15:00, Rathaus (Ratssaal), HPA, Frau Nadine Vogel, induction day, free
  haushalt: 'Zahlen, bitte!', // Tue 08.05. 18:00–20:30, Rathaus (Ratssaal), Kommunal-Akademie, Herr Dr. Peter Lindemann, budget for council members, free
  vergabe: 'Vergaberecht in Rheinland-Pfalz: UVgO, VOB/A und Wertgrenzen', // Wed 09.05. 09:00–16:00, Mayen (ZVS), Herr Dr. Peter Lindemann, 295 €
  bescheid: 'Bescheide rechtssicher formulieren', // Tue 15.05. 09:00–16:00, Mayen (ZVS), Frau Dr. Renate Scholl, 240 €
  stress: 'Akku leer?', // Thu 24.05. 09:00–12:00, online, UK RLP, Frau Miriam Albers, stress / burnout, free
  barrierefrei: 'Dokumente für alle', // Tue 05.06. 09:00–12:00, online, KDZ, Frau Jasmin Becker, accessible documents, 45 €
  brandschutz: 'Brandschutzhelfer-Ausbildung mit praktischer Löschübung', // Wed 06.06. 08:30–12:30, Hauptfeuerwache, HPA, Herr Kai Brückner (Feuerwehr Mainz), free
  quereinstieg: 'Einführung in das Verwaltungsrecht für Quereinsteiger', // Mon 11.06.–Wed 13.06. 08:30–15:30, Mayen (ZVS), Frau Dr. Renate Scholl, 560 €, deadline Fri 25.05. 23:59
  socialMedia: 'Social Media im Rathaus: Instagram und Facebook rechtssicher betreiben', // draft (Tue 19.06.), Frau Jasmin Becker
  sondernutzung: 'Sondernutzung öffentlicher Flächen: Erlaubnis und Gebühren', // draft (Thu 21.06.), Lindemann, Mayen
  powerpoint: 'PowerPoint-Grundlagen: Präsentationen gestalten', // cancelled (Fri 13.04.), Weigand, Stadthaus Große Bleiche
  telefon: 'Gut am Telefon: Bürgerfreundlich telefonieren', // cancelled (Wed 02.05.), Frau Nadine Vogel, Stadthaus Kaiserstraße
  grundsteuer: 'Grundsteuerreform in Rheinland-Pfalz: Fragen aus der Praxis', // past (Tue 20.02.2029), Lindemann, online
  winterdienst: 'Winterdienst: Verkehrssicherungspflicht und Haftung', // past (Wed 17.01.2029), Betriebshof in Gonsenheim
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.socialMedia, T.sondernutzung, T.powerpoint, T.telefon, T.grundsteuer, T.winterdienst];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -------------------------------------------------------------------------------------------
  {
    conv: 'excel',
    q: 'How much is the Excel course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: [/costs (€\s?120|120\s?€|EUR 120)/],
  },
  {
    conv: 'excel',
    q: "Who's running it?",
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['is led by Herr Florian Weigand'],
  },
  {
    conv: 'excel',
    q: 'where is it',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['Stadthaus Große Bleiche'],
  },
  {
    conv: 'excel',
    q: 'what else does he teach?',
    locale: 'en',
    kind: 'list',
    ...maybeAlso(only(T.ki), T.excel),
  },
  {
    conv: 'leadership',
    q: "When's the leadership seminar?",
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['takes place on 2 days', 'each from 09:00 to 16:30'],
  },
  {
    conv: 'leadership',
    q: 'Is it online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['takes place in person', 'Kommunal-Akademie Rheinland-Pfalz, Deutschhausplatz 1'],
  },
  {
    conv: 'leadership',
    q: 'and how much does it cost',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: [/costs (€\s?480|480\s?€|EUR 480)/],
  },
  {
    conv: 'leadership',
    q: "what's the deadline to sign up?",
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['You can register for the seminar', 'until Fri, 6 Apr 2029, 23:59'],
  },
  {
    conv: 'dataprotection',
    q: 'Do you have anything on data protection?',
    locale: 'en',
    kind: 'list',
    titles: [T.datenschutz],
  },
  {
    conv: 'dataprotection',
    q: 'Is it online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['takes place online'],
  },
  {
    conv: 'dataprotection',
    q: "who's the trainer?",
    locale: 'en',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['is led by Frau Dr. Katharina Brenner'],
  },
  { conv: 'english', q: 'anything in English?', locale: 'en', kind: 'list', ...only(T.frontDesk, T.twinTown) },
  {
    conv: 'english',
    q: 'which one is at the town hall?',
    locale: 'en',
    kind: 'list',
    titles: [T.twinTown],
  },
  {
    conv: 'english',
    q: 'when is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.twinTown],
    says: ['takes place on Thu, 3 May 2029 from 14:00 to 17:00'],
  },
  {
    conv: 'english',
    q: 'can I join from home?',
    locale: 'en',
    kind: 'facts',
    titles: [T.twinTown],
    says: ['is hybrid', 'Rathaus Mainz, Haifa-Zimmer'],
  },
  {
    conv: 'april',
    q: 'any free courses in April?',
    locale: 'en',
    kind: 'list',
    ...only(T.bewegung, T.ersteHilfe, T.ki, T.deeskalation, T.protokoll),
  },
  { conv: 'april', q: 'which of those are online?', locale: 'en', kind: 'list', titles: [T.bewegung] },
  {
    conv: 'townhall',
    q: 'courses at the town hall',
    locale: 'en',
    kind: 'list',
    ...only(T.twinTown, T.onboarding, T.haushalt),
  },
  { conv: 'townhall', q: 'which one is in the evening?', locale: 'en', kind: 'list', titles: [T.haushalt] },
  {
    conv: 'townhall',
    q: 'is it free?',
    locale: 'en',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['is free of charge'],
  },
  { conv: 'mayen', q: 'was gibt es in mayen?', kind: 'list', ...only(T.vergabe, T.bescheid, T.quereinstieg) },
  {
    conv: 'mayen',
    q: 'was kostet das vergaberecht seminar',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['kostet 295 €'],
  },
  {
    conv: 'mayen',
    q: 'und wer leitet das?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['leitet Herr Dr. Peter Lindemann'],
  },
  { conv: 'mayen', q: 'welche seminare macht der noch?', kind: 'list', ...maybeAlso(only(T.haushalt), T.vergabe) },
  {
    conv: 'ruecken',
    q: 'gibts was für den rücken in der mittagspause?',
    kind: 'list',
    titles: [T.bewegung],
  },
  {
    conv: 'ruecken',
    q: 'wann sind die termine',
    kind: 'facts',
    titles: [T.bewegung],
    says: ['an 3 Tagen', 'Di., 10.04.2029', 'Di., 24.04.2029', 'jeweils von 12:15 bis 12:45 Uhr'],
  },
  {
    conv: 'ruecken',
    q: 'muss ich dafür ins büro kommen?',
    kind: 'facts',
    titles: [T.bewegung],
    says: ['findet online statt'],
  },
  {
    conv: 'quereinstieg',
    q: 'Ich komme aus der Privatwirtschaft. Gibt es eine Einführung ins Verwaltungsrecht?',
    kind: 'list',
    first: T.quereinstieg,
    ...maybeAlso(only(T.quereinstieg), T.bescheid),
  },
  {
    conv: 'quereinstieg',
    q: 'wie lange dauert der?',
    kind: 'facts',
    titles: [T.quereinstieg],
    says: ['dauert 3 Tage, jeweils von 08:30 bis 15:30 Uhr'],
  },
  {
    conv: 'quereinstieg',
    q: 'bis wann muss ich mich anmelden',
    kind: 'facts',
    titles: [T.quereinstieg],
    says: ['bis Fr., 25.05.2029, 23:59 Uhr anmelden'],
  },
  { conv: 'projekt', q: 'projektmanagement kurs', kind: 'list', titles: [T.projekt] },
  {
    conv: 'projekt',
    q: 'kann ich da noch mitmachen?',
    kind: 'facts',
    titles: [T.projekt],
    says: ['am Fr., 09.03.2029, 23:59 Uhr abgelaufen'],
  },
  {
    conv: 'projekt',
    q: 'wann ist der zweite termin',
    kind: 'facts',
    titles: [T.projekt],
    says: ['an 2 Tagen', 'Fr., 23.03.2029 und Fr., 13.04.2029', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  // --- follow-ups with nothing talked about ---------------------------------------------------------------------------
  { conv: 'empty-en', q: "Who's running it?", locale: 'en', kind: 'noContext' },
  { conv: 'empty-de', q: 'und was kostet das?', kind: 'noContext' },
  // --- facts ------------------------------------------------------------------------------------------------------------
  {
    q: 'wer leitet die erste-hilfe-fortbildung?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['leitet Herr Tobias Stein (Malteser Hilfsdienst Mainz)'],
  },
  {
    q: "Where's the de-escalation training?",
    locale: 'en',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['Orensteinstraße 10, 56626 Andernach'],
  },
  {
    q: 'wann ist die brandschutzhelferausbildung',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['am Mi., 06.06.2029 von 08:30 bis 12:30 Uhr'],
  },
  {
    q: 'Is the AI workshop in person or online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is hybrid', 'Stadthaus Große Bleiche, Konferenzraum Gutenberg'],
  },
  {
    q: 'sind beim wohngeld seminar noch plätze frei?',
    kind: 'facts',
    titles: [T.wohngeld],
    says: ['noch 20 von 20 Plätzen frei'],
  },
  {
    q: 'When is the welcome day for new employees?',
    locale: 'en',
    kind: 'facts',
    titles: [T.onboarding],
    says: ['takes place on Fri, 4 May 2029 from 09:00 to 15:00'],
  },
  { q: 'ist das stressseminar kostenlos', kind: 'facts', titles: [T.stress], says: ['ist kostenlos'] },
  {
    q: 'Is the twin town workshop held in English?',
    locale: 'en',
    kind: 'facts',
    titles: [T.twinTown],
    says: ['is held in English'],
  },
  {
    q: 'Wo findet die Schulung zur Niederschrift im Ortsbeirat statt?',
    kind: 'facts',
    titles: [T.protokoll],
    says: ['Ortsverwaltung Mainz-Gonsenheim, Sitzungssaal, Budenheimer Straße 1'],
  },
  {
    q: 'How much is the course on accessible PDFs?',
    locale: 'en',
    kind: 'facts',
    titles: [T.barrierefrei],
    says: [/costs (€\s?45|45\s?€|EUR 45)/],
  },
  {
    q: 'how long is the first aid course',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['lasts', 'from 08:30 to 16:00'],
  },
  {
    q: 'Can I still sign up for the front desk English course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.frontDesk],
    says: ['You can register for the seminar', 'until Wed, 21 Mar 2029, 12:00'],
  },
  { q: 'zeig mir mehr zum Excel-Kurs', kind: 'details', titles: [T.excel] },
  // --- subjects only summary, description or topics name -----------------------------------------------------------------
  { q: 'ChatGPT in der Verwaltung', kind: 'list', titles: [T.ki] },
  { q: 'anything on burnout?', locale: 'en', kind: 'list', titles: [T.stress] },
  { q: 'umgang mit aggressiven kunden am schalter', kind: 'list', titles: [T.deeskalation] },
  { q: 'barrierefreie pdfs erstellen', kind: 'list', titles: [T.barrierefrei] },
  { q: 'Haushalt für Ortsbeiräte', kind: 'list', titles: [T.haushalt] },
  { q: 'e-akte einführung', kind: 'list', titles: [T.eakte] },
  { q: 'Do you have a course on public procurement?', locale: 'en', kind: 'list', titles: [T.vergabe] },
  { q: 'fire safety training', locale: 'en', kind: 'list', titles: [T.brandschutz] },
  // --- trainers, providers, places ---------------------------------------------------------------------------------------
  { q: 'Courses by Dr. Scholl', locale: 'en', kind: 'list', ...only(T.bescheid, T.quereinstieg) },
  { q: 'was bietet die unfallkasse an?', kind: 'list', ...only(T.ersteHilfe, T.deeskalation, T.stress) },
  {
    q: 'Seminare der Kommunal-Akademie',
    kind: 'list',
    ...only(T.projekt, T.datenschutz, T.fuehrung, T.haushalt),
  },
  { q: 'was läuft in der feuerwache', kind: 'list', ...only(T.ersteHilfe, T.brandschutz) },
  { q: 'anything in Andernach?', locale: 'en', kind: 'list', titles: [T.deeskalation] },
  { q: 'kurse im stadthaus', kind: 'list', ...only(T.excel, T.ki, T.frontDesk) },
  { q: 'gibt es auch was in koblenz', kind: 'none' },
  // --- dates, formats, fees ------------------------------------------------------------------------------------------------
  { q: 'was ist heute noch', kind: 'list', titles: [T.eakte] },
  { q: "What's on this week?", locale: 'en', kind: 'list', titles: [T.eakte, T.excel, T.projekt] },
  { q: 'was steht nächste woche an', kind: 'list', titles: [T.datenschutz, T.frontDesk] },
  {
    q: 'seminare im mai',
    kind: 'list',
    titles: [T.twinTown, T.onboarding, T.haushalt, T.vergabe, T.bescheid, T.stress],
  },
  { q: 'online courses in June?', locale: 'en', kind: 'list', titles: [T.barrierefrei] },
  { q: 'gibt es am 2. april was?', kind: 'none' },
  { q: 'anything on a Friday?', locale: 'en', kind: 'list', ...only(T.projekt, T.onboarding) },
  { q: 'gibt es abendveranstaltungen?', kind: 'list', titles: [T.haushalt] },
  {
    q: 'mehrtägige seminare',
    kind: 'list',
    ...maybeAlso(only(T.projekt, T.fuehrung, T.quereinstieg), T.bewegung),
  },
  { q: 'Kurse über 300 Euro', kind: 'list', ...only(T.projekt, T.fuehrung, T.quereinstieg) },
  { q: 'hybrid seminars', locale: 'en', kind: 'list', ...only(T.ki, T.twinTown) },
  // --- gone, drafts, no match, greetings, own registrations ------------------------------------------------------------
  { q: 'Is the PowerPoint course still happening?', locale: 'en', kind: 'gone', gone: T.powerpoint },
  { q: 'telefontraining am 2. mai', kind: 'gone', gone: T.telefon },
  { q: 'wann war die grundsteuer-schulung', kind: 'gone', gone: T.grundsteuer, says: ['Di., 20.02.2029'] },
  { q: 'winterdienst haftung seminar', kind: 'gone', gone: T.winterdienst, says: ['Mi., 17.01.2029'] },
  { q: 'Do you have an Instagram course?', locale: 'en', kind: 'none' },
  { q: 'sondernutzung seminar', kind: 'none' },
  { q: 'Do you offer Spanish lessons?', locale: 'en', kind: 'none' },
  { q: 'Hi there!', locale: 'en', kind: 'help' },
  { q: 'what can you do?', locale: 'en', kind: 'help' },
  { q: 'Guten Morgen', kind: 'help' },
  { q: 'Which courses am I signed up for?', locale: 'en', kind: 'myRegistrations' },
  { q: 'wo bin ich angemeldet', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-fifty-sixth, independent catalogue (Landeshauptstadt Mainz, Kommunal-Akademie Rheinland-Pfalz, Zentrale Verwaltungsschule, Unfallkasse Rheinland-Pfalz, KDZ Mainz)',
  {
    fixture: 'heldout356-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
