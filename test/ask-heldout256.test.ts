// Over-fitting check, two-hundred-and-fifty-sixth catalogue: the 2027 programme for the Landkreis Helmstedt (Lower
// Saxony) and its towns and Samtgemeinden (Helmstedt, Schöningen, Königslutter am Elm, Lehre, Grasleben, Velpke,
// Nord-Elm), with the Kreisakademie Helmstedt, the Kommunaler IT-Service Helmstedt (KIS), the Unfallkasse Niedersachsen,
// the Kreisvolkshochschule Helmstedt (KVHS) and the Niedersächsisches Studieninstitut für kommunale Verwaltung (NSI),
// imported from a JSON file. Seminars take place in the Kreishaus Helmstedt, the town halls of Königslutter am Elm,
// Schöningen, Lehre and Velpke, the Samtgemeindeverwaltung Grasleben, the VHS-Bildungshaus Helmstedt, the Bauhof in
// Königslutter, online or hybrid. Several titles do not name their subject ("Klick mit Folgen" is phishing /
// information security, "Frag doch die Maschine" generative AI, "Das Ende der Hängeregistratur" the E-Akte, "Anträge
// ohne Wartemarke" the OZG, "Kraftquellen im Arbeitsalltag" stress, "Wenn der Ton rauer wird" de-escalation, "Dokumente
// für alle" accessible Word/PDF documents, "Der Tag hat nur acht Stunden" time management), so only summary,
// description or topics reveal it; one seminar is held in English (its deadline has passed); the leadership course
// runs on two days; the E-Akte course is open only to the Samtgemeinden Grasleben, Velpke and Nord-Elm; first aid is
// free, paid by the Unfallkasse. Questions are written the way a mixed acceptance-tester run would try the bot — about
// half in English (international colleagues), half in German, typos in both, acronyms (OZG, DSGVO, KI/AI, E-Akte,
// TVöD) — without looking at the parser or the answers.
//
// Calendar around `now` (Tuesday 6 April 2027, 09:00 in Helmstedt, summer time; the day after Easter Monday):
//   this week:  Wed 07.04. 09:00–12:00 DSGVO (hybrid, Kreishaus, free), Thu 08.04. 13:00–15:00 phishing (online, free);
//               nothing else until Sun 11.04.
//   next week:  Mon 12.04. 09:00–12:00 Excel (online, KVHS, 69 €), Wed 14.04. 14:00–16:30 AI (hybrid, Rathaus
//               Königslutter, free), Thu 15.04. 09:00–16:00 TVöD (Kreishaus, NSI, 220 €)
//   then:       Wed 21.04. 08:30–16:30 first aid (Rathaus Schöningen, free), Thu 22.04. 09:00–12:30 English (Kreishaus;
//               deadline passed Thu 01.04. 23:59), Tue 27.04. E-Akte (Grasleben, members only), the cancelled Outlook
//               course on Thu 29.04.
//   May:        Tue 04. OZG (online), Wed 12. stress (online), Tue 18. procurement (Rathaus Königslutter; deadline Fri
//               07.05. 12:00), Wed 26. ergonomics (online, 10:00–11:30); the cancelled playground course on Wed 19.05.
//   June:       Mon 07./Tue 08. leadership (Kreishaus, 480 €), Tue 15. Doppik (Rathaus Lehre), Wed 23. council
//               meetings (Rathaus Velpke; deadline Fri 11.06. 23:59)
//   July:       Tue 06. de-escalation (Rathaus Lehre, free), Thu 15. accessible documents (online, 59 €)
//   August:     Thu 12. time management (VHS-Bildungshaus, 85 €, 15 seats), Wed 25. chainsaw (Bauhof Königslutter, 07:30)
//   autumn:     Tue 14.09. social media (hybrid, Kreishaus), Thu 23.09. OWiG (Rathaus Schöningen), Wed 13.10. Teams
//               (online); the drafts Plattdeutsch (Tue 21.09.) and Wärmeplanung (Wed 10.11.)
//   past:       Thu 25.02.2027 safety officers (Velpke), Tue 16.03.2027 Grundsteuer (online).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-04-06T07:00:00Z'); // Tuesday, 6 April 2027, 09:00 in Helmstedt (CEST)
const TZ = 'Europe/Berlin';

const T = {
  dsgvo: 'DSGVO kompakt: Datenschutz in der Sachbearbeitung', // Wed 07.04. 09:00–12:00, hybrid (Kreishaus), Kreisakademie, Meinecke, free
  phishing: 'Klick mit Folgen', // Thu 08.04. 13:00–15:00, online, KIS, Brandes, information security, free
  excel: 'Excel im Verwaltungsalltag: Formeln, Filter, Pivot', // Mon 12.04. 09:00–12:00, online, KVHS, Lindemann, 69 € (note)
  ki: 'Frag doch die Maschine', // Wed 14.04. 14:00–16:30, hybrid (Rathaus Königslutter), KIS, Brandes, AI, free
  tvoed: 'Eingruppierung nach TVöD: Grundlagen für Personalstellen', // Thu 15.04. 09:00–16:00, Kreishaus, NSI, Busse, 220 €
  ersteHilfe: 'Erste Hilfe am Arbeitsplatz: Grundausbildung für Ersthelfende', // Wed 21.04. 08:30–16:30, Rathaus Schöningen, Unfallkasse, Pape, free (note)
  english: 'Helping International Residents: English at the Service Desk', // Thu 22.04. 09:00–12:30, Kreishaus, KVHS, O'Connor, 120 €, deadline passed Thu 01.04. 23:59
  eakte: 'Das Ende der Hängeregistratur', // Tue 27.04. 09:00–12:00, Samtgemeindeverwaltung Grasleben, KIS, Kowalczyk, E-Akte, only Grasleben/Velpke/Nord-Elm, free
  ozg: 'Anträge ohne Wartemarke', // Tue 04.05. 10:00–12:00, online, KIS, Kowalczyk, OZG, free
  stress: 'Kraftquellen im Arbeitsalltag', // Wed 12.05. 14:00–16:00, online, Unfallkasse, Hoppe, stress / resilience, free
  ergonomie: 'Gesund sitzen am Bildschirmarbeitsplatz', // Wed 26.05. 10:00–11:30, online, Unfallkasse, Hoppe, free
  vergabe: 'Vergaben rechtssicher durchführen: UVgO und NTVergG', // Tue 18.05. 09:00–16:00, Rathaus Königslutter, NSI, Dr. Wolters, 240 €, 20 seats, deadline Fri 07.05. 12:00
  fuehrung: 'Vom Kollegen zur Chefin: Neu in der Führungsrolle', // Mon 07.06. and Tue 08.06. 09:00–16:00, Kreishaus, Kreisakademie, Dr. Sander, 480 €
  doppik: 'Jahresabschluss in der kommunalen Doppik', // Tue 15.06. 09:00–16:00, Rathaus Lehre, NSI, Dr. Wolters, 260 €
  rat: 'Ratssitzungen rechtssicher vorbereiten', // Wed 23.06. 09:00–15:30, Rathaus Velpke, NSI, Grote, 190 €, deadline Fri 11.06. 23:59
  deeskalation: 'Wenn der Ton rauer wird', // Tue 06.07. 09:00–15:00, Rathaus Lehre, Unfallkasse, Hoppe, free
  barrierefrei: 'Dokumente für alle', // Thu 15.07. 09:00–12:00, online, KVHS, Lindemann, 59 €, accessible Word/PDF
  zeit: 'Der Tag hat nur acht Stunden', // Thu 12.08. 09:00–16:00, VHS-Bildungshaus Helmstedt, KVHS, Behrens, 85 €, 15 seats, time management
  motorsaege: 'Sicher arbeiten mit der Motorsäge', // Wed 25.08. 07:30–15:30, Bauhof Königslutter, Unfallkasse, Pape, free
  social: 'Social Media für Kommunen', // Tue 14.09. 09:00–13:00, hybrid (Kreishaus), Kreisakademie, Ebeling, 150 €
  owig: 'Bußgeldverfahren nach dem OWiG', // Thu 23.09. 09:00–16:00, Rathaus Schöningen, NSI, Grote, 210 €
  teams: 'Besser zusammenarbeiten mit Microsoft Teams', // Wed 13.10. 09:00–11:00, online, KIS, Brandes, free
  platt: 'Plattdüütsch för de Verwaltung', // draft (Tue 21.09.)
  waerme: 'Kommunale Wärmeplanung: Grundlagen für Bauämter', // draft (Wed 10.11.)
  outlook: 'Outlook im Griff: E-Mails, Kalender und Aufgaben', // cancelled (Thu 29.04.2027)
  spielplatz: 'Spielplatzkontrolle nach DIN EN 1176', // cancelled (Wed 19.05.2027)
  grundsteuer: 'Grundsteuer nach dem Niedersächsischen Flächen-Lage-Modell', // past (Tue 16 March 2027)
  sibe: 'Ausbildung zur Sicherheitsbeauftragten und zum Sicherheitsbeauftragten', // past (Thu 25 February 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.platt, T.waerme, T.outlook, T.spielplatz, T.grundsteuer, T.sibe];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'dsgvo', q: 'gibts was zur DSGVO?', kind: 'list', titles: [T.dsgvo] },
  {
    conv: 'dsgvo',
    q: 'wann genau',
    kind: 'facts',
    titles: [T.dsgvo],
    says: ['findet am Mi., 07.04.2027 von 09:00 bis 12:00 Uhr statt'],
  },
  {
    conv: 'dsgvo',
    q: 'geht das auch online?',
    kind: 'facts',
    titles: [T.dsgvo],
    says: ['findet hybrid statt: im Kreishaus Helmstedt', 'oder online'],
  },
  { conv: 'ai', q: 'Is there any trainig on AI?', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    conv: 'ai',
    q: 'Where does it take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: [/takes place at Rathaus Königslutter am Elm.* or online/],
  },
  { conv: 'ai', q: 'and how much is it', locale: 'en', kind: 'facts', titles: [T.ki], says: ['is free of charge'] },
  { conv: 'tvoed', q: 'schulung eingruppierung tvöd', kind: 'list', titles: [T.tvoed] },
  { conv: 'tvoed', q: 'wer macht den?', kind: 'facts', titles: [T.tvoed], says: ['leitet Frau Anja Busse'] },
  { conv: 'english', q: 'any course held in english?', locale: 'en', kind: 'list', titles: [T.english] },
  {
    conv: 'english',
    q: 'until when can I sign up?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Thu, 1 Apr 2027, 23:59'],
  },
  { conv: 'vergabe', q: 'vergabrecht seminar', kind: 'list', titles: [T.vergabe] },
  {
    conv: 'vergabe',
    q: 'anmeldeschluss?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Fr., 07.05.2027, 12:00 Uhr'],
  },
  {
    conv: 'vergabe',
    q: 'sind noch plätze frei',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['noch 20 von 20 Plätzen frei'],
  },
  { conv: 'chef', q: 'seminar für neue führungskräfte', kind: 'list', titles: [T.fuehrung] },
  {
    conv: 'chef',
    q: 'an welchen tagen?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Mo., 07.06.2027 und Di., 08.06.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  { conv: 'chef', q: 'kosten?', kind: 'facts', titles: [T.fuehrung], says: ['kostet 480 €'] },
  { conv: 'saw', q: 'chainsaw training for our bauhof staff', locale: 'en', kind: 'list', titles: [T.motorsaege] },
  {
    conv: 'saw',
    q: 'what time does it start',
    locale: 'en',
    kind: 'facts',
    titles: [T.motorsaege],
    says: ['starts on Wed, 25 Aug 2027 at 07:30'],
  },
  { conv: 'ozg', q: 'OZG schulung', kind: 'list', titles: [T.ozg] },
  { conv: 'ozg', q: 'ist das online oder präsenz', kind: 'facts', titles: [T.ozg], says: ['findet online statt'] },
  { conv: 'eakte', q: 'E-Akte training', locale: 'en', kind: 'list', titles: [T.eakte] },
  {
    conv: 'eakte',
    q: 'where does it take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.eakte],
    says: ['takes place at Samtgemeindeverwaltung Grasleben, Magdeburger Straße 15, 38368 Grasleben'],
  },
  // --- facts -----------------------------------------------------------------------------------------------------------
  {
    q: 'How much is the Excel course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['costs €69'],
    mentions: ['Für Beschäftigte des Landkreises Helmstedt übernimmt der Fachdienst Personal die Gebühr.'],
  },
  {
    q: 'was kostet der erste hilfe kurs',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse Niedersachsen für ihre Mitglieder.'],
  },
  {
    q: 'Where does the doppik seminar take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.doppik],
    says: ['takes place at Rathaus Lehre, Marktstraße 10, 38165 Lehre'],
  },
  {
    q: 'when is the OWiG seminar?',
    locale: 'en',
    kind: 'facts',
    titles: [T.owig],
    says: ['takes place on Thu, 23 Sep 2027 from 09:00 to 16:00'],
  },
  {
    q: 'Any free seats in the time managment course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.zeit],
    says: ['has 15 of 15 seats left'],
  },
  { q: 'wer leitet den socal media kurs', kind: 'facts', titles: [T.social], says: ['leitet Herr Lukas Ebeling'] },
  {
    q: 'how long is the ergonomics session',
    locale: 'en',
    kind: 'facts',
    titles: [T.ergonomie],
    says: ['lasts 1.5 hours, from 10:00 to 11:30'],
  },
  {
    q: 'bis wann kann man sich für ratssitzungen anmelden',
    kind: 'facts',
    titles: [T.rat],
    says: ['bis Fr., 11.06.2027, 23:59 Uhr'],
  },
  {
    q: 'When is the barrierefreie PDF course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.barrierefrei],
    says: ['takes place on Thu, 15 Jul 2027 from 09:00 to 12:00'],
  },
  {
    q: 'um wieviel uhr fängt der deeskalatioskurs an',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['beginnt am Di., 06.07.2027 um 09:00 Uhr'],
  },
  // --- topic searches: typos, words only in summary or description, synonyms ------------------------------------------
  { q: 'training on phishing mails', locale: 'en', kind: 'list', titles: [T.phishing] },
  { q: 'exel kurs', kind: 'list', titles: [T.excel] },
  { q: 'stress management', locale: 'en', kind: 'list', titles: [T.stress] },
  { q: 'was gegen rückenschmerzen', kind: 'list', titles: [T.ergonomie] },
  { q: 'umgang mit aggressiven bürgern', kind: 'list', titles: [T.deeskalation] },
  { q: 'accesible PDF documents', locale: 'en', kind: 'list', titles: [T.barrierefrei] },
  { q: 'zeitmanagment', kind: 'list', titles: [T.zeit] },
  { q: 'social media training?', locale: 'en', kind: 'list', titles: [T.social] },
  { q: 'bussgeld', kind: 'list', titles: [T.owig] },
  // --- filters: dates, format, place, trainer, provider, length, cost, language ---------------------------------------
  { q: "what's on this week", locale: 'en', kind: 'list', titles: [T.dsgvo, T.phishing] },
  { q: 'was ist nächste woche', kind: 'list', titles: [T.excel, T.ki, T.tvoed] },
  {
    q: 'was gibts in den nächsten zwei wochen',
    kind: 'list',
    titles: [T.dsgvo, T.phishing, T.excel, T.ki, T.tvoed],
  },
  { q: 'anything online in May?', locale: 'en', kind: 'list', titles: [T.ozg, T.stress, T.ergonomie] },
  { q: "what's on next month", locale: 'en', kind: 'list', titles: [T.ozg, T.stress, T.vergabe, T.ergonomie] },
  { q: 'kostenlose seminare im juli', kind: 'list', titles: [T.deeskalation] },
  { q: 'anything in Konigslutter?', locale: 'en', kind: 'list', ...only(T.ki, T.vergabe, T.motorsaege) },
  { q: 'seminare im kreishaus', kind: 'list', ...only(T.dsgvo, T.tvoed, T.english, T.fuehrung, T.social) },
  { q: 'courses by dr wolters', locale: 'en', kind: 'list', ...only(T.vergabe, T.doppik) },
  {
    q: 'What does the Unfallkasse offer?',
    locale: 'en',
    kind: 'list',
    ...only(T.ersteHilfe, T.stress, T.ergonomie, T.deeskalation, T.motorsaege),
  },
  { q: 'angebote der KVHS', kind: 'list', ...only(T.excel, T.english, T.barrierefrei, T.zeit) },
  { q: 'multi-day seminars', locale: 'en', kind: 'list', titles: [T.fuehrung] },
  { q: 'any hybrid sessions?', locale: 'en', kind: 'list', ...only(T.dsgvo, T.ki, T.social) },
  { q: 'whats on in august', locale: 'en', kind: 'list', titles: [T.zeit, T.motorsaege] },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'Outlook course?', locale: 'en', kind: 'gone', gone: T.outlook },
  { q: 'wann war die grundsteuer schulung', kind: 'gone', gone: T.grundsteuer, says: ['Di., 16.03.2027'] },
  { q: 'wann ist die spielplatzkontrolle', kind: 'gone', gone: T.spielplatz },
  { q: 'sicherheitsbeauftragte ausbildung', kind: 'gone', gone: T.sibe, says: ['Do., 25.02.2027'] },
  { q: 'plattdeutsch', kind: 'none' },
  { q: 'any SAP training?', locale: 'en', kind: 'none' },
  { q: 'moin', kind: 'help' },
  { q: 'hi there', locale: 'en', kind: 'help' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-fifty-sixth, independent catalogue (Landkreis Helmstedt, NSI, Unfallkasse Niedersachsen)',
  {
    fixture: 'heldout256-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
