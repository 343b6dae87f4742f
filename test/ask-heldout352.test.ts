// Over-fitting check, three-hundred-and-fifty-second catalogue: the autumn 2028 / winter 2029 programme for the Landkreis
// Harz (Sachsen-Anhalt), its Kreisverwaltung in Halberstadt and the Städte, Gemeinden and the Verbandsgemeinde Vorharz of
// the county, with the Studieninstitut für kommunale Verwaltung Sachsen-Anhalt (Magdeburg), the Unfallkasse Sachsen-Anhalt,
// the Kreisvolkshochschule Harz, the county's Fachdienst IT und Digitalisierung, its Haupt- und Personalamt and its
// Betriebliches Gesundheitsmanagement, imported from a JSON file. Seminars take place in the Kreisverwaltung Halberstadt
// (Friedrich-Ebert-Straße 42, also its Sitzungssaal and Bewegungsraum), the Kreisvolkshochschule in Halberstadt
// (Spiegelstraße) and in Wernigerode (Pfarrstraße), the DRK-Bildungszentrum Wernigerode, the Rathaus Wernigerode, the
// Rathaus Quedlinburg and the county's Außenstelle Quedlinburg, the Rathaus Thale, the Kloster Michaelstein in Blankenburg,
// the Feuerwehrtechnische Zentrale in Halberstadt and the Studieninstitut in Magdeburg, online or hybrid. Several titles do
// not name their subject ("Vorsicht, Falle!" is phishing, "Vom Antrag zum Klick" the OZG, "Starke Mitte, lockerer Nacken"
// back exercises, "Schluss mit dem Papierstapel" the E-Akte, "Wenn der Ton rauer wird" de-escalation at the counter, "Von
// der Idee zum Bewilligungsbescheid" grants from Land, Bund and EU, "Schreiben, das ankommt" plain language, "Willkommen im
// Landkreis Harz" the induction day, "Gut durch stürmische Zeiten" stress and burnout), so only summary, description or
// topics reveal it; other titles are long compounds or abbreviations asked for by a part or in full
// ("Datenschutzgrundverordnung" / DSGVO / Datenschutz, "Vergaberecht" / Vergabe, "TVöD" / Tarifvertrag, "Künstliche
// Intelligenz" / KI, "Brandschutzhelfer-Ausbildung" / Brandschutz). One seminar is held in English; the back course runs on
// four Monday evenings; the leadership course takes three days in a row, the Doppik course two Tuesdays online; the minutes
// course is open only to the Städte und Gemeinden, the induction day only to the Kreisverwaltung. Questions stress typos
// (dropped double letters, swapped letters, umlauts as ae/oe/ue or missing), parts of compounds, everyday words for
// subjects only descriptions name, abbreviations, facts and follow-ups, gone seminars, no match and greetings, some in
// English, written without looking at the parser.
//
// Calendar around `now` (Thursday 19 October 2028, 09:40 in Halberstadt, summer time; summer time ends Sun 29.10.2028;
// Reformationstag Tue 31.10.2028 is a public holiday in Sachsen-Anhalt, Buß- und Bettag Wed 22.11. is not):
//   this week:  Thu 19.10. (today) 13:00–16:30 Excel (KVHS Halberstadt); Fri 20.10. 10:00–11:30 phishing (online)
//   next week:  Wed 25.10. 09:00–12:30 DSGVO (Kreisverwaltung), Fri 27.10. 09:00–11:00 Teams (online); Fri 27.10. 12:00
//               is the procurement course's deadline
//   week after: nothing on Tue 31.10. (Reformationstag) or at all from Mon 30.10. to Sun 05.11.
//   November:   Tue 07.11. procurement (Magdeburg), the cancelled Word course (Wed 08.11.), Thu 09.11. 10:00–12:00 OZG
//               (online; English deadline Thu 09.11. 12:00), Fri 10.11. first aid (DRK Wernigerode; leadership deadline
//               Fri 10.11. 23:59), Mon 13./20./27.11. + Mon 04.12. 17:00–18:30 back course (Kreisverwaltung), Tue 14.11. +
//               Tue 21.11. 09:00–15:00 Doppik (online), Wed 15.11. E-Akte (hybrid, Kreisverwaltung), Thu 16.11. English
//               (Rathaus Quedlinburg), Tue 21.11. de-escalation (Außenstelle Quedlinburg), Thu 23.11. 13:00–16:00 AI (KVHS
//               Wernigerode), the cancelled time-management course (Fri 24.11.), Tue 28.11. TVöD (Magdeburg), Thu 30.11.
//               grants (Rathaus Wernigerode)
//   December:   Mon 04.12.–Wed 06.12. 08:30–16:00 leadership (Kloster Michaelstein), Mon 04.12. last back evening, Wed 06.12.
//               minutes (Rathaus Thale), Tue 12.12. objections (hybrid, Magdeburg), Wed 13.12. plain language (online)
//   2029:       Tue 09.01. induction day (Kreisverwaltung), Tue 16.01. stress (online), Wed 17.01. 08:00–12:00 fire wardens
//               (Feuerwehrtechnische Zentrale), the draft Winterdienst course (Thu 08.02.), the draft Wohngeld course
//               (Wed 21.02.)
//   past:       Thu 15.06.2028 heat protection (Straßenmeisterei), Wed 13.09.2028 property tax (online).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-10-19T07:40:00Z'); // Thursday, 19 October 2028, 09:40 in Halberstadt (CEST)
const TZ = 'Europe/Berlin';

const T = {
  excel: 'Excel für Fortgeschrittene: SVERWEIS, Pivot-Tabellen und Diagramme', // Thu 19.10. 13:00–16:30, KVHS Halberstadt, Herr Steffen Richter, 89 €, 12 seats
  phishing: 'Vorsicht, Falle!', // Fri 20.10. 10:00–11:30, online, Fachdienst IT, Herr Tobias Krüger, phishing, free
  dsgvo: 'Datenschutzgrundverordnung in der Kreisverwaltung: Grundlagen für die Sachbearbeitung', // Wed 25.10. 09:00–12:30, Kreisverwaltung, Herr Dr. Frank Wendt, free
  teams: 'Zusammenarbeit mit Microsoft Teams', // Fri 27.10. 09:00–11:00, online, Herr Tobias Krüger, free
  vergabe: 'Vergaberecht für Einsteiger: UVgO und Landesvergabegesetz Sachsen-Anhalt', // Tue 07.11. 09:00–16:00, Studieninstitut Magdeburg, Frau Dr. Kerstin Albrecht, 240 €, deadline Fri 27.10. 12:00
  ozg: 'Vom Antrag zum Klick', // Thu 09.11. 10:00–12:00, online, Frau Lea Schubert, OZG, free
  ersteHilfe: 'Erste-Hilfe-Fortbildung für betriebliche Ersthelfer', // Fri 10.11. 08:00–15:30, DRK-Bildungszentrum Wernigerode, Herr Uwe Kaiser (DRK), free
  ruecken: 'Starke Mitte, lockerer Nacken', // Mon 13./20./27.11. + 04.12. 17:00–18:30, Kreisverwaltung (Bewegungsraum), Frau Anke Vogel (Physiotherapeutin), back, free
  doppik: 'Doppik kompakt: Haushaltsplanung und Jahresabschluss', // Tue 14.11. + Tue 21.11. 09:00–15:00, online, Herr Andreas Pohl, 260 €
  eakte: 'Schluss mit dem Papierstapel', // Wed 15.11. 09:00–12:00, hybrid (Sitzungssaal Kreisverwaltung), Frau Sabine Hoffmann, E-Akte, free
  english: 'English for Tourist Information Staff: Welcoming International Guests in the Harz', // Thu 16.11. 09:00–13:00, Rathaus Quedlinburg, Ms Fiona MacLeod, 60 €, deadline Thu 09.11. 12:00
  deeskalation: 'Wenn der Ton rauer wird', // Tue 21.11. 09:00–16:00, Außenstelle Quedlinburg, Unfallkasse, Herr Marco Heinrich und Frau Julia Brandt (Polizeirevier Harz), free
  ki: 'Künstliche Intelligenz im Verwaltungsalltag', // Thu 23.11. 13:00–16:00, KVHS Wernigerode, Herr Jan-Philipp Lorenz, 45 €
  tvoed: 'Eingruppierung nach TVöD: die Entgeltordnung VKA verstehen', // Tue 28.11. 09:00–15:30, Studieninstitut Magdeburg, Frau Martina Schulze (KAV), 195 €
  foerder: 'Von der Idee zum Bewilligungsbescheid', // Thu 30.11. 09:00–15:00, Rathaus Wernigerode, Herr Dr. Ralf Mertens (Investitionsbank), grants, 150 €
  fuehrung: 'Die ersten 100 Tage als Führungskraft', // Mon 04.12.–Wed 06.12. 08:30–16:00, Kloster Michaelstein, Frau Dr. Heike Lindner, 480 €, deadline Fri 10.11. 23:59
  protokoll: 'Sitzungsdienst und Niederschriften im Gemeinderat', // Wed 06.12. 09:00–12:30, Rathaus Thale, Frau Claudia Seidel, 95 €, Gemeinden only
  widerspruch: 'Widerspruchsverfahren in der Praxis', // Tue 12.12. 09:00–15:00, hybrid (Studieninstitut Magdeburg), Frau Dr. Kerstin Albrecht, 120 €
  schreiben: 'Schreiben, das ankommt', // Wed 13.12. 09:00–12:00, online, KVHS, Frau Nadine Busch, plain language, 35 €
  onboarding: 'Willkommen im Landkreis Harz', // Tue 09.01.2029 09:00–14:00, Kreisverwaltung, Frau Petra Wagner, induction day, free, Kreisverwaltung only
  stress: 'Gut durch stürmische Zeiten', // Tue 16.01.2029 09:00–12:00, online, Unfallkasse, Frau Dr. Ines Baumgart, stress / burnout, free
  brandschutz: 'Brandschutzhelfer-Ausbildung', // Wed 17.01.2029 08:00–12:00, Feuerwehrtechnische Zentrale Halberstadt, Herr Dirk Sommer, free
  winterdienst: 'Winterdienst und Verkehrssicherungspflicht der Kommunen', // draft (Thu 08.02.2029)
  wohngeld: 'Wohngeld kompakt: Neuerungen 2029', // draft (Wed 21.02.2029)
  serienbriefe: 'Serienbriefe mit Word für Einsteiger', // cancelled (Wed 08.11.2028), Frau Nadine Busch
  zeitmanagement: 'Zeitmanagement und Selbstorganisation im Büro', // cancelled (Fri 24.11.2028), Frau Nadine Busch
  grundsteuer: 'Grundsteuerreform in Sachsen-Anhalt: Bescheide nach dem Bundesmodell', // past (Wed 13.09.2028), online
  hitzeschutz: 'Hitzeschutz im Außendienst', // past (Thu 15.06.2028), Straßenmeisterei Halberstadt
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.winterdienst, T.wohngeld, T.serienbriefe, T.zeitmanagement, T.grundsteuer, T.hitzeschutz];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- parts of compounds, abbreviations, typos of titles -----------------------------------------------------------------
  { q: 'datenschutz schulung', kind: 'list', titles: [T.dsgvo] },
  { q: 'gibt es was zur datenschutzgrundverodnung?', kind: 'list', titles: [T.dsgvo] },
  { q: 'DSGVO', kind: 'list', titles: [T.dsgvo] },
  { q: 'vergabe', kind: 'list', titles: [T.vergabe] },
  { q: 'suche eine fortbildung zum vergaberehct', kind: 'list', titles: [T.vergabe] },
  { q: 'onlinezugangsgestz schulung', kind: 'list', titles: [T.ozg] },
  { q: 'E-Akte', kind: 'list', titles: [T.eakte] },
  { q: 'ki kurs', kind: 'list', titles: [T.ki] },
  { q: 'TVöD', kind: 'list', titles: [T.tvoed] },
  { q: 'tvoed eingruppierung', kind: 'list', titles: [T.tvoed] },
  { q: 'exel kurs', kind: 'list', titles: [T.excel] },
  { q: 'mircosoft teams schulung', kind: 'list', first: T.teams, ...maybeAlso(only(T.teams), T.excel) },
  { q: 'brandschutz', kind: 'list', titles: [T.brandschutz] },
  { q: 'ersthelfer auffrischung', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'niederschirft gemeinderat', kind: 'list', titles: [T.protokoll] },
  // --- everyday words for subjects only summary, description or topics name ----------------------------------------------
  { q: 'stress', kind: 'list', titles: [T.stress] },
  { q: 'burnout vorbeugen', kind: 'list', titles: [T.stress] },
  { q: 'hab ständig rücken vom sitzen, gibts da was?', kind: 'list', titles: [T.ruecken] },
  { q: 'was fuer den ruecken', kind: 'list', titles: [T.ruecken] },
  { q: 'Ärger am Schalter', kind: 'list', titles: [T.deeskalation] },
  { q: 'deeskaltion', kind: 'list', titles: [T.deeskalation] },
  { q: 'foerdermittel', kind: 'list', first: T.foerder, ...maybeAlso(only(T.foerder), T.vergabe) },
  {
    miss: '"digital" ranks the OZG course first and also finds the AI course',
    q: 'Papierkram digital',
    kind: 'list',
    first: T.eakte,
    ...maybeAlso(only(T.eakte), T.ozg),
  },
  { q: 'amtsdeutsch vermeiden', kind: 'list', titles: [T.schreiben] },
  { q: 'ich bin neu in der kreisverwaltung, gibt es einen einführungstag?', kind: 'list', titles: [T.onboarding] },
  // --- English -----------------------------------------------------------------------------------------------------------
  { q: 'anything on data protection?', locale: 'en', kind: 'list', titles: [T.dsgvo] },
  { q: 'courses about AI', locale: 'en', kind: 'list', titles: [T.ki] },
  // --- follow-up conversations --------------------------------------------------------------------------------------------
  { conv: 'vergabe', q: 'was kostet das vergabeseminar', kind: 'facts', titles: [T.vergabe], says: ['kostet 240 €'] },
  {
    conv: 'vergabe',
    q: 'bis wann kann ich mich anmelden',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Fr., 27.10.2028, 12:00 Uhr'],
  },
  {
    conv: 'vergabe',
    q: 'und wo?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['Studieninstitut für kommunale Verwaltung Sachsen-Anhalt, Hegelstraße 23, 39104 Magdeburg'],
  },
  {
    conv: 'ozg',
    q: 'wann is das ozg seminar',
    kind: 'facts',
    titles: [T.ozg],
    says: ['am Do., 09.11.2028 von 10:00 bis 12:00 Uhr'],
  },
  { conv: 'fuehrung', q: 'gibt es was für neue führungskräfte', kind: 'list', titles: [T.fuehrung] },
  {
    conv: 'fuehrung',
    q: 'wann genau',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 3 Tagen', /04\.12\./, 'jeweils von 08:30 bis 16:00 Uhr'],
  },
  {
    conv: 'fuehrung',
    q: 'kann ich mich noch anmelden?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['bis Fr., 10.11.2028, 23:59 Uhr'],
  },
  {
    conv: 'ruecken',
    q: 'wann ist der rückenkurs?',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['an 4 Tagen', 'jeweils von 17:00 bis 18:30 Uhr'],
  },
  { conv: 'ruecken', q: 'kostet der was?', kind: 'facts', titles: [T.ruecken], says: ['ist kostenlos'] },
  {
    conv: 'ruecken',
    q: 'wer leitet den',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['leitet Frau Anke Vogel (Physiotherapeutin)'],
  },
  { conv: 'aerger', q: 'aerger mit buergern am telefon', kind: 'list', titles: [T.deeskalation] },
  {
    conv: 'aerger',
    q: 'wer leitet das?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['Herr Marco Heinrich und Frau Julia Brandt (Polizeirevier Harz)'],
  },
  { conv: 'stress', q: 'stres im job', kind: 'list', titles: [T.stress] },
  {
    conv: 'stress',
    q: 'wann ist das',
    kind: 'facts',
    titles: [T.stress],
    says: ['am Di., 16.01.2029 von 09:00 bis 12:00 Uhr'],
  },
  { conv: 'foerder', q: 'Geld vom Land beantragen', kind: 'list', titles: [T.foerder] },
  {
    conv: 'foerder',
    q: 'wer ist der referent',
    kind: 'facts',
    titles: [T.foerder],
    says: ['Herr Dr. Ralf Mertens (Investitionsbank Sachsen-Anhalt)'],
  },
  { conv: 'eakte', q: 'eakte', kind: 'list', titles: [T.eakte] },
  {
    conv: 'eakte',
    q: 'kann ich da auch von zu hause teilnehmen?',
    kind: 'facts',
    titles: [T.eakte],
    says: ['findet hybrid statt'],
  },
  { conv: 'english', q: 'is there an English course?', locale: 'en', kind: 'list', titles: [T.english] },
  {
    conv: 'english',
    q: 'where is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['Rathaus Quedlinburg, Markt 1, 06484 Quedlinburg'],
  },
  {
    conv: 'english',
    q: 'who teaches it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['Ms Fiona MacLeod'],
  },
  // --- facts about one seminar -------------------------------------------------------------------------------------------
  {
    q: 'wer leitet die datenschutzschulung',
    kind: 'facts',
    titles: [T.dsgvo],
    says: ['leitet Herr Dr. Frank Wendt (Behördlicher Datenschutzbeauftragter)'],
  },
  {
    q: 'wo findet der tvöd kurs statt',
    kind: 'facts',
    titles: [T.tvoed],
    says: ['Studieninstitut für kommunale Verwaltung Sachsen-Anhalt, Hegelstraße 23'],
  },
  { q: 'was kostet der KI-Kurs?', kind: 'facts', titles: [T.ki], says: ['kostet 45 €'] },
  {
    q: 'wann ist die brandschutzhelferausbildung',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['am Mi., 17.01.2029 von 08:00 bis 12:00 Uhr'],
  },
  {
    q: 'who leads the TVoD course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.tvoed],
    says: ['is led by Frau Martina Schulze (Kommunaler Arbeitgeberverband Sachsen-Anhalt)'],
  },
  // --- dates, places, formats --------------------------------------------------------------------------------------------
  { q: 'was ist heute', kind: 'list', titles: [T.excel] },
  { q: 'was läuft diese woche noch', kind: 'list', titles: [T.excel, T.phishing] },
  { q: 'nächste woche?', kind: 'list', titles: [T.dsgvo, T.teams] },
  { q: 'gibt es am reformationstag was?', kind: 'none' },
  {
    q: 'was ist im dezember',
    kind: 'list',
    ...maybeAlso(only(T.fuehrung, T.protokoll, T.widerspruch, T.schreiben), T.ruecken),
  },
  { q: 'kostenlose online-kurse', kind: 'list', ...maybeAlso(only(T.phishing, T.teams, T.ozg, T.stress), T.eakte) },
  { q: 'kurse in wernigerode', kind: 'list', ...only(T.ersteHilfe, T.ki, T.foerder) },
  { q: 'mehrtägige seminare', kind: 'list', ...maybeAlso(only(T.fuehrung, T.doppik), T.ruecken) },
  // --- gone, drafts, no match, greetings, registrations, no context ------------------------------------------------------
  { q: 'zeitmanagment seminar', kind: 'gone', gone: T.zeitmanagement },
  { q: 'findet der serienbrief kurs noch statt?', kind: 'gone', gone: T.serienbriefe },
  { q: 'wann war die grundsteuer schulung', kind: 'gone', gone: T.grundsteuer, says: ['Mi., 13.09.2028'] },
  { q: 'hitzeschutz', kind: 'gone', gone: T.hitzeschutz, says: ['Do., 15.06.2028'] },
  { q: 'wohngeld', kind: 'none' },
  { q: 'winterdienst schulung', kind: 'none' },
  { q: 'gibts was zur baumkontrolle', kind: 'none' },
  { q: 'moin', kind: 'help' },
  { q: 'hi, what can you do?', locale: 'en', kind: 'help' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
  { conv: 'leer', q: 'was kostet der?', kind: 'noContext' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-fifty-second, independent catalogue (Landkreis Harz, Studieninstitut für kommunale Verwaltung Sachsen-Anhalt, Unfallkasse Sachsen-Anhalt, KVHS Harz)',
  {
    fixture: 'heldout352-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
