// Over-fitting check, hundred-and-seventy-first catalogue: the 2028 autumn programme of the Landkreis Ammerland (Lower
// Saxony) with the Niedersächsisches Studieninstitut (NSI), the county's Personalentwicklung, the Zweckverband Kommunale
// Datenverarbeitung Oldenburg (KDO), the Gemeinde-Unfallversicherungsverband Oldenburg (GUV Oldenburg) and the
// Volkshochschule Ammerland (VHS), for the county and its towns (Westerstede, Bad Zwischenahn, Rastede, Edewecht,
// Wiefelstede, Apen), imported from a JSON file. Seminars take place in the Kreishaus Westerstede, the town halls of
// Westerstede, Bad Zwischenahn, Rastede, Edewecht, Wiefelstede and Apen, the VHS-Bildungszentrum Bad Zwischenahn and
// the Bildungshaus Rastede, online or hybrid. Ten titles do not name their subject ("Sicher unterwegs im Netz" is
// information security, "Gelassen bleiben, wenn es laut wird" de-escalation, "Zahlen, die überzeugen" Power BI, "Der
// Schreibtisch wird papierlos" the e-file, "Wie sag ich's dem Bürger?" plain language, "Den Hut aufhaben" leadership,
// "Aufrecht durch den Arbeitstag" ergonomics, "Von der Einladung bis zum Protokoll" council meetings, "Zeit für das
// Wesentliche" time management, "Mehr als ein Lebenslauf" staff selection). One seminar is held in English (10 seats,
// no waitlist, deadline passed); the leadership course runs on two days; the e-file course is open only to Apen,
// Edewecht and Westerstede; de-escalation and first aid are free, paid by the GUV. This suite stresses facts: each kind
// (cost, when, where, trainer, duration, start time, registration deadline, free seats, format) is asked about a
// seminar named by its topic, by words of its title, with a typo and in English; the other kinds are mixed in. Written
// without looking at the parser or the search. Same assertions as the other suites: exactly the expected seminars, the
// asked fact in the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Monday 9 October 2028, 08:30 in Westerstede, summer time; winter time begins Sun 29.10.2028):
//   this week:  Mon 09.10. 13:00–16:00 Outlook (online, today), Wed 11.10. 09:00–12:30 information security (online),
//               Fri 13.10. 09:00–12:00 data protection in HR (hybrid, Kreishaus); the cancelled tree-inspection course
//               on Thu 12.10.
//   next week:  Mon 16.10. de-escalation (Rathaus Edewecht), Tue 17.10. afternoon Power BI (online), Thu 19.10. English
//               (Rathaus Bad Zwischenahn; deadline passed Fri 06.10. 23:59), Fri 20.10. housing benefit (Rathaus
//               Westerstede)
//   then:       Tue 24.10. first aid (Rathaus Rastede), Thu 26.10. procurement law (Kreishaus; deadline Fri 13.10.
//               12:00); the cancelled social-media course on Wed 25.10.
//   Oct/Nov:    Mon 30.10. Excel (VHS Bad Zwischenahn), Thu 02.11. e-file (Rathaus Apen, members only, deadline Fri
//               20.10. 23:59), Tue 07.11. plain language (VHS Bad Zwischenahn), Thu 09.11. + Thu 16.11. leadership
//               (Bildungshaus Rastede), Tue 14.11. AI (hybrid, Kreishaus), Wed 15.11. e-invoicing (online), Mon 20.11.
//               12:00–13:30 ergonomics (online), Wed 22.11. council meetings (Rathaus Wiefelstede), Thu 23.11. budget
//               law (Kreishaus; deadline Thu 09.11. 23:59), Mon 27.11. parking enforcement (Rathaus Bad Zwischenahn),
//               Tue 28.11. afternoon time management (Kreishaus); the draft Low German course on Tue 14.11.
//   December:   Mon 04.12. 10:00–12:00 OZG (online), Wed 06.12. Teams (online), Tue 12.12. staff selection (Kreishaus);
//               the draft heat-planning course on Tue 05.12.
//   past:       Thu 14.09.2028 accessible documents (online), Tue 26.09.2028 NKomVG (Kreishaus).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-10-09T06:30:00Z'); // Monday, 9 October 2028, 08:30 in Westerstede (CEST)
const TZ = 'Europe/Berlin';

const T = {
  outlook: 'Mein Postfach im Griff: Outlook effizient nutzen', // Mon 09.10. 13:00–16:00, online, VHS, Oltmanns, 79 €
  netz: 'Sicher unterwegs im Netz', // Wed 11.10. 09:00–12:30, online, KDO, Gerdes, 45 €, information security / phishing
  personalakten: 'Personalakten richtig führen: Datenschutz in der Personalsachbearbeitung', // Fri 13.10. 09:00–12:00, hybrid (Kreishaus), PE, Dr. Böhlje, 40 €
  deeskalation: 'Gelassen bleiben, wenn es laut wird', // Mon 16.10. 09:00–15:30, Rathaus Edewecht, GUV, Janssen, free, 12 seats
  powerbi: 'Zahlen, die überzeugen', // Tue 17.10. 14:00–17:00, online, KDO, Eilers, 120 €, Power BI / dashboards
  english: "Welcome to Ammerland: English at the Citizens' Office", // Thu 19.10. 09:00–12:00, Rathaus Bad Zwischenahn, VHS, Henderson, 85 €, 10 seats, deadline passed Fri 06.10. 23:59
  wohngeld: 'Wohngeldrecht kompakt: Antrag, Berechnung, Bescheid', // Fri 20.10. 09:00–15:00, Rathaus Westerstede, NSI, Bruns, 180 €
  ersteHilfe: 'Erste Hilfe am Arbeitsplatz: Grundlehrgang für Ersthelfende', // Tue 24.10. 08:30–16:00, Rathaus Rastede, GUV, Wübbenhorst, free
  vergabe: 'Öffentlich einkaufen ohne Fehler: Vergaberecht für Kommunen', // Thu 26.10. 09:00–16:00, Kreishaus, NSI, Dr. Schwarting, 245 €, deadline Fri 13.10. 12:00
  excel: 'Excel für Einsteigerinnen und Einsteiger', // Mon 30.10. 09:00–16:00, VHS-Bildungszentrum Bad Zwischenahn, Oltmanns, 95 €, 14 seats
  eakte: 'Der Schreibtisch wird papierlos', // Thu 02.11. 09:00–12:00, Rathaus Apen, KDO, Hinrichs, 50 €, 20 seats, e-file, only Apen/Edewecht/Westerstede, deadline Fri 20.10. 23:59
  klartext: "Wie sag ich's dem Bürger?", // Tue 07.11. 09:00–15:00, VHS-Bildungszentrum Bad Zwischenahn, Dr. Lüdemann, 140 €, plain language
  fuehrung: 'Den Hut aufhaben', // Thu 09.11. and Thu 16.11. 09:00–16:00, Bildungshaus Rastede, NSI, Meiners, 420 €, new managers
  ki: 'KI im Verwaltungsalltag: Chancen und Grenzen von Textassistenten', // Tue 14.11. 13:00–16:00, hybrid (Kreishaus), KDO, Gerdes, 75 €, 40 seats
  xrechnung: 'Rechnungseingang digital: XRechnung in der Kämmerei', // Wed 15.11. 09:00–12:00, online, KDO, Hinrichs, 90 €, e-invoicing
  ergonomie: 'Aufrecht durch den Arbeitstag', // Mon 20.11. 12:00–13:30, online, VHS, Harms, 35 €, ergonomics
  sitzung: 'Von der Einladung bis zum Protokoll', // Wed 22.11. 09:00–16:00, Rathaus Wiefelstede, NSI, Ahlers, 190 €, council meetings
  haushalt: 'Doppik verstehen: Kommunales Haushaltsrecht in Niedersachsen', // Thu 23.11. 09:00–16:00, Kreishaus, NSI, Dr. Schwarting, 260 €, deadline Thu 09.11. 23:59
  verkehr: 'Parken, Halten, Abschleppen: Der ruhende Verkehr im Außendienst', // Mon 27.11. 09:00–16:00, Rathaus Bad Zwischenahn, NSI, Kuhlmann, 210 €
  zeit: 'Zeit für das Wesentliche', // Tue 28.11. 13:30–16:30, Kreishaus, PE, Meiners, 60 €, time management
  ozg: 'Online-Dienste nach dem OZG: Anträge digital bearbeiten', // Mon 04.12. 10:00–12:00, online, KDO, Eilers, 45 €
  teams: 'Besser zusammenarbeiten mit Microsoft Teams', // Wed 06.12. 09:00–12:00, online, KDO, Hinrichs, 55 €
  auswahl: 'Mehr als ein Lebenslauf', // Tue 12.12. 09:00–16:00, Kreishaus, PE, Dr. Böhlje, 120 €, 10 seats, staff selection
  platt: 'Plattdeutsch im Bürgerbüro: Snacken mit de Lüüd', // draft (Tue 14.11.)
  waerme: 'Kommunale Wärmeplanung: Einstieg für Bau- und Umweltämter', // draft (Tue 05.12.)
  social: 'Social Media für Behörden: Instagram und Co.', // cancelled (Wed 25.10.2028)
  baum: 'Verkehrssicherungspflicht: Baumkontrolle nach FLL-Richtlinie', // cancelled (Thu 12.10.2028)
  barrierefrei: 'Barrierefreie Dokumente mit Word und PDF', // past (Thu 14 September 2028)
  nkomvg: 'Grundlagen des Niedersächsischen Kommunalverfassungsgesetzes (NKomVG)', // past (Tue 26 September 2028)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.platt, T.waerme, T.social, T.baum, T.barrierefrei, T.nkomvg];
const offered = all.filter((t) => !NEVER.includes(t));

const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- cost: by topic, by title words, with a typo, in English ---------------------------------------------------------
  { q: 'was kostet die schulung zum wohngeld', kind: 'facts', titles: [T.wohngeld], says: ['kostet 180 €'] },
  {
    q: 'preis für von der einladung bis zum protokoll',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['kostet 190 €'],
  },
  {
    q: 'was kostet die erste hilfe schulumg',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt der GUV Oldenburg.'],
  },
  { q: 'how much is the power bi training', locale: 'en', kind: 'facts', titles: [T.powerbi], says: ['costs €120'] },
  // --- when ------------------------------------------------------------------------------------------------------------
  {
    q: 'wann ist das seminar zum haushaltsrecht',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['am Do., 23.11.2028 von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'wann sind die termine von den hut aufhaben',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 09.11.2028 und Do., 16.11.2028', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'wann ist die wohngled schulung',
    kind: 'facts',
    titles: [T.wohngeld],
    says: ['am Fr., 20.10.2028 von 09:00 bis 15:00 Uhr'],
  },
  {
    q: 'when is the teams training',
    locale: 'en',
    kind: 'facts',
    titles: [T.teams],
    says: ['on Wed, 6 Dec 2028 from 09:00 to 12:00'],
  },
  // --- where -----------------------------------------------------------------------------------------------------------
  {
    q: 'wo findet das seminar zum ruhenden verkehr statt',
    kind: 'facts',
    titles: [T.verkehr],
    says: ['im Rathaus Bad Zwischenahn'],
  },
  {
    q: 'wo ist wie sag ichs dem bürger',
    kind: 'facts',
    titles: [T.klartext],
    says: ['im VHS-Bildungszentrum Bad Zwischenahn'],
  },
  { q: 'wo ist der exel kurs', kind: 'facts', titles: [T.excel], says: ['im VHS-Bildungszentrum Bad Zwischenahn'] },
  {
    q: 'where is the first aid course',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['takes place at Rathaus Rastede'],
  },
  // --- trainer ---------------------------------------------------------------------------------------------------------
  {
    q: 'wer leitet das seminar zur e-rechnung',
    kind: 'facts',
    titles: [T.xrechnung],
    says: ['leitet Frau Anke Hinrichs'],
  },
  {
    q: 'wer macht mehr als ein lebenslauf',
    kind: 'facts',
    titles: [T.auswahl],
    says: ['leitet Frau Dr. Maren Böhlje'],
  },
  {
    q: 'wer leitet den ruhenen verkehr kurs',
    kind: 'facts',
    titles: [T.verkehr],
    says: ['leitet Herr Uwe Kuhlmann'],
  },
  {
    q: "who teaches the english course for the citizens' office",
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['is led by Ms Claire Henderson'],
  },
  // --- duration --------------------------------------------------------------------------------------------------------
  {
    q: 'wie lange dauert der outlook kurs',
    kind: 'facts',
    titles: [T.outlook],
    says: ['dauert 3 Stunden, von 13:00 bis 16:00 Uhr'],
  },
  {
    q: 'wie lange geht aufrecht durch den arbeitstag',
    kind: 'facts',
    titles: [T.ergonomie],
    says: ['dauert 1,5 Stunden, von 12:00 bis 13:30 Uhr'],
  },
  {
    q: 'wie lange dauert das deeskalaitonstraining',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['dauert 6,5 Stunden, von 09:00 bis 15:30 Uhr'],
  },
  {
    q: 'how long is the leadership programme for new managers',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['lasts 2 days, each from 09:00 to 16:00'],
  },
  // --- start time ------------------------------------------------------------------------------------------------------
  {
    q: 'um wie viel uhr beginnt die erste hilfe ausbildung',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['beginnt am Di., 24.10.2028 um 08:30 Uhr'],
  },
  {
    q: 'um wieviel uhr fängt zeit für das wesentliche an',
    kind: 'facts',
    titles: [T.zeit],
    says: ['beginnt am Di., 28.11.2028 um 13:30 Uhr'],
  },
  {
    q: 'um wieviel uhr fängt das ki semniar an',
    kind: 'facts',
    titles: [T.ki],
    says: ['beginnt am Di., 14.11.2028 um 13:00 Uhr'],
  },
  {
    q: 'what time does the ozg session start',
    locale: 'en',
    kind: 'facts',
    titles: [T.ozg],
    says: ['starts on Mon, 4 Dec 2028 at 10:00'],
  },
  // --- registration deadline -------------------------------------------------------------------------------------------
  {
    q: 'anmeldeschluss vergaberecht',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Fr., 13.10.2028, 12:00 Uhr'],
  },
  {
    q: 'bis wann kann ich mich für der schreibtisch wird papierlos anmelden',
    kind: 'facts',
    titles: [T.eakte],
    says: ['bis Fr., 20.10.2028, 23:59 Uhr'],
  },
  {
    q: 'anmeldfrist englisch kurs',
    kind: 'facts',
    titles: [T.english],
    says: ['ist am Fr., 06.10.2028, 23:59 Uhr abgelaufen'],
  },
  {
    q: 'registration deadline for the municipal budget seminar',
    locale: 'en',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['until Thu, 9 Nov 2028, 23:59'],
  },
  // --- free seats ------------------------------------------------------------------------------------------------------
  {
    q: 'sind bei der deeskalation noch plätze frei',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  {
    q: 'gibt es noch freie plätze bei mehr als ein lebenslauf',
    kind: 'facts',
    titles: [T.auswahl],
    says: ['noch 10 von 10 Plätzen frei'],
  },
  { q: 'freie plätze excell kurs', kind: 'facts', titles: [T.excel], says: ['noch 14 von 14 Plätzen frei'] },
  {
    q: 'are there seats left in the ai training',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['has 40 of 40 seats left'],
  },
  // --- format ----------------------------------------------------------------------------------------------------------
  {
    q: 'ist der datenschutz kurs online oder in präsenz',
    kind: 'facts',
    titles: [T.personalakten],
    says: ['findet hybrid statt: im Kreishaus Westerstede'],
  },
  {
    q: 'findet zahlen die überzeugen online statt',
    kind: 'facts',
    titles: [T.powerbi],
    says: ['findet online statt'],
  },
  { q: 'ist der teams kurs onlien', kind: 'facts', titles: [T.teams], says: ['findet online statt'] },
  {
    q: 'is the plain language workshop online or in person',
    locale: 'en',
    kind: 'facts',
    titles: [T.klartext],
    says: ['takes place in person, at VHS-Bildungszentrum Bad Zwischenahn'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  { conv: 'phishing', q: 'gibt es was zu phishing', kind: 'list', titles: [T.netz] },
  { conv: 'phishing', q: 'was kostet das', kind: 'facts', titles: [T.netz], says: ['kostet 45 €'] },
  {
    conv: 'phishing',
    q: 'und wann?',
    kind: 'facts',
    titles: [T.netz],
    says: ['am Mi., 11.10.2028 von 09:00 bis 12:30 Uhr'],
  },
  {
    conv: 'council',
    q: 'any training on minutes for council meetings',
    locale: 'en',
    kind: 'list',
    titles: [T.sitzung],
  },
  {
    conv: 'council',
    q: 'where is it',
    locale: 'en',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['takes place at Rathaus Wiefelstede'],
  },
  {
    conv: 'council',
    q: 'how long does it take?',
    locale: 'en',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['lasts 7 hours, from 09:00 to 16:00'],
  },
  { conv: 'akte', q: 'schulung elektronische akte', kind: 'list', titles: [T.eakte] },
  { conv: 'akte', q: 'wer leitet das', kind: 'facts', titles: [T.eakte], says: ['leitet Frau Anke Hinrichs'] },
  { conv: 'akte', q: 'noch plätze frei?', kind: 'facts', titles: [T.eakte], says: ['noch 20 von 20 Plätzen frei'] },
  // --- topic searches: subject only in summary, description or topics -------------------------------------------------
  { q: 'zeitmanagment', kind: 'list', titles: [T.zeit] },
  { q: 'vorstellungsgespräche führen', kind: 'list', titles: [T.auswahl] },
  { q: 'falschparker', kind: 'list', titles: [T.verkehr] },
  // --- filters ---------------------------------------------------------------------------------------------------------
  { q: 'was ist diese woche noch', kind: 'list', titles: [T.outlook, T.netz, T.personalakten] },
  {
    q: "what's on next week",
    locale: 'en',
    kind: 'list',
    titles: [T.deeskalation, T.powerbi, T.english, T.wohngeld],
  },
  { q: 'kostenlose seminare', kind: 'list', titles: [T.deeskalation, T.ersteHilfe] },
  {
    q: 'online seminare im november',
    kind: 'list',
    includes: [T.xrechnung, T.ergonomie],
    // the hybrid AI course may count as online or not; the in-person ones never do
    excludes: offered.filter((t) => !([T.xrechnung, T.ergonomie, T.ki] as string[]).includes(t)),
  },
  { q: 'was gibt es in bad zwischenahn', kind: 'list', ...only(T.english, T.excel, T.klartext, T.verkehr) },
  {
    q: 'was bietet die kdo an',
    kind: 'list',
    ...only(T.netz, T.powerbi, T.eakte, T.ki, T.xrechnung, T.ozg, T.teams),
  },
  // --- cancelled and past seminars asked by name, drafts never shown, no match ----------------------------------------
  { q: 'wann ist die baumkontrolle schulung', kind: 'gone', gone: T.baum },
  { q: 'was kostet der social media kurs', kind: 'gone', gone: T.social },
  { q: 'barrierefreie pdf schulung wann war die', kind: 'gone', gone: T.barrierefrei, says: ['Do., 14.09.2028'] },
  { q: 'when is the nkomvg seminar', locale: 'en', kind: 'gone', gone: T.nkomvg, says: ['Tue, 26 Sep 2028'] },
  { q: 'plattdeutsch kurs', kind: 'none' },
  { q: 'sap schulung', kind: 'none' },
  // --- greeting, thanks, a follow-up without context, own registrations ------------------------------------------------
  { q: 'moin', kind: 'help' },
  { q: 'danke dir!', kind: 'thanks' },
  { q: 'was kostet das?', kind: 'noContext' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a hundred-and-seventy-first, independent catalogue (Landkreis Ammerland, NSI, KDO, GUV Oldenburg)',
  {
    fixture: 'heldout171-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
