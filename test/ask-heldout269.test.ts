// Over-fitting check, two-hundred-and-sixty-ninth catalogue: the 2027 programme for the Landkreis Heidekreis (Lower
// Saxony) and its towns and municipalities (Soltau, Walsrode, Munster, Schneverdingen, Bad Fallingbostel, Bispingen,
// Wietzendorf, Neuenkirchen, Samtgemeinde Ahlden), with the Niedersächsisches Studieninstitut für kommunale Verwaltung
// (NSI), the county's Fortbildungsteam, the IT-Dienstleistungszentrum Heidekreis (IDZ), the Unfallkasse Niedersachsen
// and the KVHS Heidekreis, imported from a JSON file. Seminars take place in the Kreishaus Bad Fallingbostel, the
// Kreishaus Soltau, the town halls of Soltau, Walsrode, Munster and Bispingen, the Bauhof of Schneverdingen, the
// KVHS-Bildungszentrum Soltau, online or hybrid. Several titles do not name their subject ("Klick mit Folgen" is
// phishing, "Akku leer?" stress and burnout, "Die Maschine schreibt mit" AI, "Sicher arbeiten im Straßenraum" RSA 21
// road-works safety, "Schreiben, das ankommt" plain language, "Die ersten 100 Tage" new managers, "Von der Einladung bis
// zur Niederschrift" council minutes, "Dokumente für alle" accessibility, "Gut begründet, sicher entschieden"
// administrative acts and objections, "Gut sitzen, besser arbeiten" ergonomics, "Wenn es im Team knirscht" conflict
// management, "Der Aktenschrank zieht um" the e-file, "Startklar!" trainees), so only summary, description or topics
// reveal it; one seminar is held in English; the leadership course runs on two days; the e-file course is open only to
// Bispingen, Schneverdingen and Neuenkirchen; the council course is the only one in the evening. Most questions combine
// several filters at once (place + format + cost + month, format + time of day + budget, audience + length + month);
// about a quarter are in English. Written without looking at the parser or the answers.
//
// Calendar around `now` (Tuesday 20 April 2027, 08:30 in Bad Fallingbostel, summer time):
//   this week:  nothing more today; Wed 21.04. 09:00–11:00 phishing (online, free), Thu 22.04. 13:00–16:00 data
//               protection (hybrid, Kreishaus Bad Fallingbostel, free)
//   next week:  Mon 26.04. 09:00–12:30 Excel (online, KVHS, 65 €), Wed 28.04. 08:00–15:30 first aid (Rathaus Walsrode,
//               free), Thu 29.04. 14:00–16:30 stress (online, Unfallkasse, free)
//   May:        Tue 04. procurement (Rathaus Soltau, 230 €, deadline passed Fri 16.04. 12:00), Wed 05. 13:30–15:00 AI
//               (online, free), the cancelled Outlook course (Thu 06.), Tue 11. 07:30–14:30 road works (Bauhof
//               Schneverdingen, free), Wed 12. plain language (KVHS Soltau, 120 €), Tue 18./Wed 19. new managers
//               (Kreishaus Bad Fallingbostel, 490 €, deadline Fri 30.04. 23:59), Thu 20. 14:00–17:00 council minutes
//               (online, 95 €), Wed 26. 09:00–12:00 accessibility (Rathaus Soltau, free)
//   June:       Tue 01. objections (Rathaus Walsrode, 210 €), the cancelled chainsaw course (Mon 07.), Wed 09. English
//               (KVHS Soltau, 85 €, deadline Fri 28.05. 23:59), Tue 15. 13:00–14:30 ergonomics (online, free), Thu 17.
//               conflicts (Kreishaus Bad Fallingbostel, for managers, 150 €), Tue 22. e-file (Rathaus Bispingen, members
//               only, free), Wed 30. 09:00–12:30 cash offices (Rathaus Soltau, NSI, 95 €)
//   later:      Tue 06.07. 10:00–11:30 Teams meetings (online, free), Thu 05.08. trainees (Kreishaus Bad Fallingbostel),
//               Tue 14.09. residence law (hybrid, Kreishaus Soltau, 220 €), Thu 23.09. 18:00–21:00 council members
//               (Rathaus Munster, 45 €); the drafts social media (Wed 15.09.) and cemeteries (Thu 07.10.)
//   past:       Tue 23.03.2027 Wohngeld (online), Fri 16.04.2027 fire-safety assistants (Kreishaus Bad Fallingbostel).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-04-20T06:30:00Z'); // Tuesday, 20 April 2027, 08:30 in Bad Fallingbostel (CEST)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Klick mit Folgen', // Wed 21.04. 09:00–11:00, online, IDZ, Brockmann, phishing, free
  datenschutz: 'Datenschutz kompakt: Auskunft, Weitergabe, Löschung', // Thu 22.04. 13:00–16:00, hybrid (Kreishaus Bad Fallingbostel), Fortbildungsteam, Lüdemann, free
  excel: 'Excel im Verwaltungsalltag: Formeln, Filter, Pivot', // Mon 26.04. 09:00–12:30, online, KVHS, Wittkopf, 65 € (note)
  ersteHilfe: 'Erste-Hilfe-Grundausbildung für betriebliche Ersthelfende', // Wed 28.04. 08:00–15:30, Rathaus Walsrode, Unfallkasse, Bartels, free (note)
  stress: 'Akku leer?', // Thu 29.04. 14:00–16:30, online, Unfallkasse, Dr. Harms, stress / burnout, free
  vergabe: 'Öffentliche Aufträge rechtssicher vergeben', // Tue 04.05. 09:00–16:00, Rathaus Soltau, NSI, Dr. Albers, 230 €, deadline passed Fri 16.04. 12:00
  ki: 'Die Maschine schreibt mit', // Wed 05.05. 13:30–15:00, online, IDZ, Brockmann, AI, free
  rsa: 'Sicher arbeiten im Straßenraum', // Tue 11.05. 07:30–14:30, Bauhof Schneverdingen, Unfallkasse, Ohlendorf, RSA 21, free
  sprache: 'Schreiben, das ankommt', // Wed 12.05. 09:00–16:00, KVHS-Bildungszentrum Soltau, KVHS, Sander, 120 €, plain language
  fuehrung: 'Die ersten 100 Tage', // Tue 18.05. and Wed 19.05. 09:00–16:00, Kreishaus Bad Fallingbostel, NSI, Dr. Voss, 490 €, deadline Fri 30.04. 23:59
  sitzung: 'Von der Einladung bis zur Niederschrift', // Thu 20.05. 14:00–17:00, online, NSI, Dr. Albers, 95 €, council minutes
  barrierefrei: 'Dokumente für alle', // Wed 26.05. 09:00–12:00, Rathaus Soltau, IDZ, Krüger, accessibility, free, 15 seats
  bescheide: 'Gut begründet, sicher entschieden', // Tue 01.06. 09:00–16:00, Rathaus Walsrode, NSI, Dr. Albers, 210 €, objections
  english: 'Welcome to the Heath: English at the Service Desk', // Wed 09.06. 09:00–12:30, KVHS-Bildungszentrum Soltau, KVHS, Whitfield, 85 €, deadline Fri 28.05. 23:59
  ergonomie: 'Gut sitzen, besser arbeiten', // Tue 15.06. 13:00–14:30, online, Unfallkasse, Bartels, ergonomics, free
  konflikt: 'Wenn es im Team knirscht', // Thu 17.06. 09:00–16:00, Kreishaus Bad Fallingbostel, Fortbildungsteam, Dr. Voss, 150 €, for managers, 14 seats
  eakte: 'Der Aktenschrank zieht um', // Tue 22.06. 09:00–12:00, Rathaus Bispingen, IDZ, Krüger, e-file, only Bispingen/Schneverdingen/Neuenkirchen, free
  kasse: 'Zahlstellen und Barkassen sicher führen', // Wed 30.06. 09:00–12:30, Rathaus Soltau, NSI, Gerdes, 95 €, 16 seats
  teams: 'Besprechungen in Microsoft Teams souverän leiten', // Tue 06.07. 10:00–11:30, online, IDZ, Brockmann, free
  azubi: 'Startklar!', // Thu 05.08. 08:30–15:00, Kreishaus Bad Fallingbostel, Fortbildungsteam, Lüdemann, trainees, free
  aufenthalt: 'Aufenthaltsrecht kompakt', // Tue 14.09. 09:00–16:00, hybrid (Kreishaus Soltau), NSI, Petersen, 220 €
  rat: 'Neu im Rat: Kommunalverfassungsrecht für Ratsmitglieder', // Thu 23.09. 18:00–21:00, Rathaus Munster, NSI, Behrens, 45 €
  socialMedia: 'Social Media in der Kommunalverwaltung', // draft (Wed 15.09.)
  friedhof: 'Friedhofsverwaltung und Grabnutzungsrechte', // draft (Thu 07.10.)
  outlook: 'Zeitmanagement mit Outlook', // cancelled (Thu 06.05.2027)
  motorsaege: 'Motorsägen-Grundlehrgang für Bauhöfe', // cancelled (Mon 07.06.2027)
  brandschutz: 'Ausbildung zur Brandschutzhelferin und zum Brandschutzhelfer', // past (Fri 16 April 2027)
  wohngeld: 'Wohngeld-Plus: Neuerungen in der Sachbearbeitung', // past (Tue 23 March 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.socialMedia, T.friedhof, T.outlook, T.motorsaege, T.brandschutz, T.wohngeld];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'soltau', q: 'kostenlose Präsenzkurse in Soltau im Mai', kind: 'list', titles: [T.barrierefrei] },
  {
    conv: 'soltau',
    q: 'wann genau ist das?',
    kind: 'facts',
    titles: [T.barrierefrei],
    says: ['am Mi., 26.05.2027 von 09:00 bis 12:00 Uhr'],
  },
  {
    conv: 'soltau',
    q: 'sind da noch plätze frei?',
    kind: 'facts',
    titles: [T.barrierefrei],
    says: ['noch 15 von 15 Plätzen frei'],
  },
  {
    conv: 'filter',
    q: 'online seminars in the afternoon next month under 50 euros',
    locale: 'en',
    kind: 'list',
    titles: [T.ki],
  },
  {
    conv: 'filter',
    q: 'who is the trainer?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is led by Herr Malte Brockmann'],
  },
  {
    conv: 'juni',
    q: 'eintägige Kurse für Führungskräfte im Juni mit freien Plätzen',
    kind: 'list',
    titles: [T.konflikt],
  },
  {
    conv: 'juni',
    q: 'wo findet der statt?',
    kind: 'facts',
    titles: [T.konflikt],
    says: ['im Kreishaus Bad Fallingbostel'],
  },
  { conv: 'juni', q: 'Kosten?', kind: 'facts', titles: [T.konflikt], says: ['kostet 150 €'] },
  { conv: 'phish', q: 'phising schulung', kind: 'list', titles: [T.phishing] },
  {
    conv: 'phish',
    q: 'wann?',
    kind: 'facts',
    titles: [T.phishing],
    says: ['am Mi., 21.04.2027 von 09:00 bis 11:00 Uhr'],
  },
  { conv: 'phish', q: 'kostet das was?', kind: 'facts', titles: [T.phishing], says: ['ist kostenlos'] },
  {
    conv: 'rolle',
    q: 'Seminar zum Rollenwechsel vom Kollegen zur Führungskraft',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'rolle',
    q: 'wann genau?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Di., 18.05.2027 und Mi., 19.05.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'rolle',
    q: 'bis wann kann ich mich anmelden?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['bis Fr., 30.04.2027, 23:59 Uhr'],
  },
  { conv: 'rolle', q: 'was kostet das', kind: 'facts', titles: [T.fuehrung], says: ['kostet 490 €'] },
  {
    conv: 'english',
    q: 'is there an English course for counter staff?',
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  {
    conv: 'english',
    q: 'where is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['takes place at KVHS-Bildungszentrum Soltau'],
  },
  {
    conv: 'english',
    q: 'who teaches it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['is led by Sarah Whitfield'],
  },
  {
    conv: 'ruecken',
    q: 'mir tut vom vielen Sitzen der Rücken weh – gibt es da was?',
    kind: 'list',
    titles: [T.ergonomie],
  },
  { conv: 'ruecken', q: 'ist das online?', kind: 'facts', titles: [T.ergonomie], says: ['findet online statt'] },
  {
    conv: 'ruecken',
    q: 'wie lange dauert das?',
    kind: 'facts',
    titles: [T.ergonomie],
    says: ['dauert 1,5 Stunden, von 13:00 bis 14:30 Uhr'],
  },
  { conv: 'akte', q: 'Einführung E-Akte', kind: 'list', titles: [T.eakte] },
  { conv: 'akte', q: 'wo?', kind: 'facts', titles: [T.eakte], says: ['im Rathaus Bispingen'] },
  {
    conv: 'akte',
    q: 'um wie viel Uhr fängt es an?',
    kind: 'facts',
    titles: [T.eakte],
    says: ['22.06.2027', '09:00'],
  },
  { conv: 'burnout', q: 'anything on burnout prevention?', locale: 'en', kind: 'list', titles: [T.stress] },
  {
    conv: 'burnout',
    q: 'when is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.stress],
    says: ['on Thu, 29 Apr 2027 from 14:00 to 16:30'],
  },
  { conv: 'burnout', q: 'is it free?', locale: 'en', kind: 'facts', titles: [T.stress], says: ['is free of charge'] },
  // --- facts -----------------------------------------------------------------------------------------------------------
  {
    q: 'was kostet der exel kurs',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 65 €'],
    mentions: ['Die Kursgebühr wird mit der entsendenden Dienststelle abgerechnet.'],
  },
  {
    q: 'Anmeldeschluss für das Vergabeseminar?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['am Fr., 16.04.2027, 12:00 Uhr abgelaufen'],
  },
  {
    q: 'wo findet die Schulung zur Baustellenabsicherung statt',
    kind: 'facts',
    titles: [T.rsa],
    says: ['Bauhof der Stadt Schneverdingen'],
  },
  {
    q: 'wer leitet das Seminar zum Widerspruchsverfahren',
    kind: 'facts',
    titles: [T.bescheide],
    says: ['leitet Herr Dr. Henning Albers'],
  },
  {
    q: 'um wie viel uhr beginnt der erste-hilfe-kurs',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['beginnt am Mi., 28.04.2027 um 08:00 Uhr'],
  },
  {
    q: 'how long is the Teams meetings training',
    locale: 'en',
    kind: 'facts',
    titles: [T.teams],
    says: ['lasts 1.5 hours, from 10:00 to 11:30'],
  },
  {
    q: 'sind beim Barkassen-Seminar noch Plätze frei?',
    kind: 'facts',
    titles: [T.kasse],
    says: ['noch 16 von 16 Plätzen frei'],
  },
  {
    q: 'findet der Datenschutzkurs in Präsenz statt?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['findet hybrid statt: im Kreishaus Bad Fallingbostel'],
  },
  // --- topic searches: words only in summary or description, synonyms, everyday words ---------------------------------
  { q: 'ChatGPT im Büro', kind: 'list', titles: [T.ki] },
  { q: 'bürgernah schreiben', kind: 'list', titles: [T.sprache] },
  { q: 'Barrierefreiheit', kind: 'list', titles: [T.barrierefrei] },
  { q: 'first aid course', locale: 'en', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'betriebliche Gesundheitsförderung', kind: 'list', ...only(T.stress, T.ergonomie) },
  { q: 'induction day for new apprentices', locale: 'en', kind: 'list', titles: [T.azubi] },
  // --- several filters at once: place, format, cost, month, week, weekday, time of day, provider, trainer, length ------
  { q: 'Präsenzseminare in Soltau im Mai', kind: 'list', titles: [T.vergabe, T.sprache, T.barrierefrei] },
  { q: 'free in-person courses in May', locale: 'en', kind: 'list', titles: [T.rsa, T.barrierefrei] },
  { q: 'kostenlose Online-Kurse nächste Woche', kind: 'list', titles: [T.stress] },
  { q: 'was bietet das NSI im Juni an', kind: 'list', titles: [T.bescheide, T.kasse] },
  { q: 'Seminare unter 100 Euro in Walsrode', kind: 'list', titles: [T.ersteHilfe] },
  {
    q: 'Präsenzseminare im Juni zwischen 50 und 200 Euro',
    kind: 'list',
    titles: [T.english, T.konflikt, T.kasse],
  },
  { q: 'afternoon courses in June', locale: 'en', kind: 'list', titles: [T.ergonomie] },
  { q: 'Online-Kurse, die kürzer als 2 Stunden sind', kind: 'list', titles: [T.ki, T.ergonomie, T.teams] },
  { q: 'mittwochs im Juni vor Ort', kind: 'list', titles: [T.english, T.kasse] },
  { q: 'anything on this week?', locale: 'en', kind: 'list', titles: [T.phishing, T.datenschutz] },
  { q: 'gibt es auch Seminare am Abend?', kind: 'list', titles: [T.rat] },
  { q: 'Seminare von Dr. Albers im Mai', kind: 'list', titles: [T.vergabe, T.sitzung] },
  { q: 'mehrtägige Seminare', kind: 'list', titles: [T.fuehrung] },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'wann ist der Outlook-Kurs?', kind: 'gone', gone: T.outlook, says: ['wurde abgesagt'] },
  { q: 'gibt es den Motorsägenlehrgang noch?', kind: 'gone', gone: T.motorsaege },
  {
    q: 'Brandschutzhelfer-Ausbildung, wann ist die?',
    kind: 'gone',
    gone: T.brandschutz,
    says: ['Fr., 16.04.2027'],
  },
  {
    q: 'when was the Wohngeld training?',
    locale: 'en',
    kind: 'gone',
    gone: T.wohngeld,
    says: ['Tue, 23 Mar 2027'],
  },
  { q: 'kostenlose Kurse der KVHS', kind: 'none' },
  { q: 'Social-Media-Schulung für die Pressestelle', kind: 'none' },
  { q: 'Friedhofsverwaltung', kind: 'none' },
  { q: 'Moin!', kind: 'help' },
  { q: 'hi', locale: 'en', kind: 'help' },
  { q: 'meine Anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-sixty-ninth, independent catalogue (Landkreis Heidekreis, NSI, Unfallkasse Niedersachsen)',
  {
    fixture: 'heldout269-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
