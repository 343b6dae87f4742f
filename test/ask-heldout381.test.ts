// Over-fitting check, three-hundred-and-eighty-first catalogue: the autumn 2031 programme for the Landkreis Osnabrück
// (Niedersachsen) — the Kreishaus Osnabrück, the Stadt Melle, the Gemeinde Bad Iburg and the Samtgemeinde Artland — with
// the Niedersächsisches Studieninstitut (NSI, Hannover), the Kreis-Personalentwicklung, the Gemeinde-
// Unfallversicherungsverband Oldenburg (GUV), the ITEBO GmbH (IT) and the Gleichstellungsbüro, imported from a JSON file.
// Seminars take place in the Kreishaus Osnabrück (Am Schölerberg 1: Sitzungssaal 1, Raum 0.23), the Rathaus Melle
// (Ratssaal), the Bauhof Bad Iburg, the NSI in Hannover (Wielandstraße 8), online or hybrid. One seminar is held in
// English (the counter course for the Ausländerbehörde, two afternoons). Several titles do not name their subject
// ("Papierlos im Amt" is the e-file, "Was geht, was nicht?" data protection, "Das Wichtigste in Kürze" minutes of council
// meetings, "Zwischen Schreibtisch und Pflegebett" caring for relatives, "Wenn es am Schalter laut wird" de-escalation,
// "Wo bleibt das Geld?" the budget for new council members, "Der digitale Kollege" AI / ChatGPT, "Vertraulich heißt
// vertraulich" data protection for council members, "Der Sprung ins kalte Wasser" new managers, "Gelassen bleiben, wenn's
// brennt" stress / burnout). The questions mix English with German administrative words ("Bescheide", "Standesamt"),
// use other word forms than the catalogue (plural / singular, verbs for nouns) and are often telegraphic.
//
// Calendar around `now` (Tuesday 16 September 2031, 09:30 in Osnabrück, summer time; winter time begins Sun 26.10.2031;
// Tag der Deutschen Einheit Fri 03.10. and Reformationstag Fri 31.10.2031 are holidays in Niedersachsen):
//   this week:  Thu 18.09. 10:00–11:30 e-file (online, ITEBO)
//   next week:  Mon 22.09.–Tue 23.09. 07:30–15:00 chainsaw course (Bauhof Bad Iburg, GUV; deadline passed Mon 08.09.
//               23:59); Wed 24.09. 09:00–11:30 data protection (online); Thu 25.09. 14:00–17:00 mentoring kick-off
//               (Kreishaus, Sitzungssaal 1; deadline Thu 18.09. 12:00)
//   then:       Tue 30.09. 08:30–16:00 first aid (Kreishaus, Sitzungssaal 1)
//   October:    Wed 01.10. 09:00–12:00 minutes (online); nothing on Fri 03.10.; Mon 06.10. 09:00–15:00 induction day
//               (Kreishaus); Tue 07.10. 12:00–13:00 work and care (online); Wed 08.10. 09:00–12:00 Excel basics (online,
//               60 €); Thu 09.10. 08:00–12:00 fire wardens (Bauhof Bad Iburg) and the cancelled Outlook course; Mon 13.10.–
//               Tue 14.10. 09:00–16:00 Bescheidtechnik (NSI Hannover, 360 €, deadline Mon 29.09. 23:59); Wed 15.10.
//               09:00–16:00 de-escalation (Rathaus Melle); Tue 21.10. (CEST) and Tue 28.10. (CET) 14:00–16:00 English
//               at the counter (Kreishaus, Raum 0.23, 80 €); Thu 23.10. 09:00–15:00 Standesamt (online, 190 €, 40
//               seats); Tue 28.10. 18:00–21:00 budget for council members (hybrid, Rathaus Melle)
//   November:   Tue 04.11. 09:00–15:30 Excel advanced (Kreishaus, Raum 0.23, 140 €, deadline Tue 21.10. 23:59); Wed
//               05.11. 13:30–16:30 AI (hybrid, Kreishaus, Sitzungssaal 1); Thu 06.11. 18:30–20:30 data protection for
//               council members (Rathaus Melle); Mon 10.11.–Wed 12.11. 09:00–16:30 new managers (Kreishaus, 420 €,
//               deadline Fri 24.10. 23:59); the cancelled rhetoric course (Wed 19.11.); Thu 20.11. 09:00–16:00
//               procurement (NSI Hannover, 260 €); Thu 27.11. 09:00–12:00 stress (online)
//   December:   Tue 02.12.–Wed 03.12. 09:00–12:30 building law (online, 180 €); the drafts accessible websites (Tue
//               09.12.) and annual staff reviews (Thu 11.12.)
//   past:       Wed 05.03.2031 winter road service (Bauhof Bad Iburg), Tue 02.09.2031 training for polling station
//               staff (Kreishaus).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2031-09-16T07:30:00Z'); // Tuesday, 16 September 2031, 09:30 in Osnabrück (CEST)
const TZ = 'Europe/Berlin';

const T = {
  eakte: 'Papierlos im Amt', // Thu 18.09. 10:00–11:30, online, ITEBO, Frau Lena Wessels, e-file, free
  motorsaege: 'Sicher unterwegs mit Motorsäge und Freischneider', // Mon 22.09.–Tue 23.09. 07:30–15:00, Bauhof Bad Iburg, GUV, Herr Heiko Tiemann, free, deadline passed Mon 08.09. 23:59
  datenschutz: 'Was geht, was nicht?', // Wed 24.09. 09:00–11:30, online, Kreis-PE, Frau Birgit Landwehr, data protection, free
  mentoring: 'Mentoring für Frauen: Auftaktveranstaltung', // Thu 25.09. 14:00–17:00, Kreishaus Sitzungssaal 1, Gleichstellungsbüro, Frau Elke Rehkamp, free, 20 seats, deadline Thu 18.09. 12:00
  ersteHilfe: 'Erste Hilfe in der Dienststelle: Grundlehrgang für Ersthelfer', // Tue 30.09. 08:30–16:00, Kreishaus Sitzungssaal 1, GUV, Herr Sven Brinkmann (DRK Kreisverband Osnabrück-Land), free
  protokoll: 'Das Wichtigste in Kürze', // Wed 01.10. 09:00–12:00, online, Kreis-PE, Frau Ursula Pöppelmann, minutes of council meetings, free
  onboarding: 'Willkommen im Kreishaus', // Mon 06.10. 09:00–15:00, Kreishaus Sitzungssaal 1, Kreis-PE, Frau Sabine Vortkamp, induction day, free
  pflege: 'Zwischen Schreibtisch und Pflegebett', // Tue 07.10. 12:00–13:00, online, Gleichstellungsbüro, Frau Elke Rehkamp, work and caring for relatives, free
  excelBasis: 'Excel-Grundlagen: Tabellen sicher anlegen', // Wed 08.10. 09:00–12:00, online, ITEBO, Herr Jan Overmeyer, 60 €
  brandschutz: 'Brandschutzhelfer-Ausbildung mit Löschübung', // Thu 09.10. 08:00–12:00, Bauhof Bad Iburg, GUV, Herr Thomas Hülsmann, free
  bescheid: 'Bescheidtechnik: Aufbau, Begründung und Rechtsbehelfsbelehrung', // Mon 13.10.–Tue 14.10. 09:00–16:00, NSI Hannover, Frau Dr. Annegret Hollmann, 360 €, deadline Mon 29.09. 23:59
  deeskalation: 'Wenn es am Schalter laut wird', // Wed 15.10. 09:00–16:00, Rathaus Melle, GUV, Herr Olaf Ruhe (Polizeiinspektion Osnabrück), de-escalation, free
  english: 'Plain English at the Counter: Talking to International Clients', // Tue 21.10. + Tue 28.10. 14:00–16:00, Kreishaus Raum 0.23, Kreis-PE, Ms Claire Donovan, English, 80 €
  standesamt: 'Aktuelles Personenstandsrecht für Standesbeamtinnen und Standesbeamte', // Thu 23.10. 09:00–15:00, online, NSI, Herr Matthias Kröger, 190 €, 40 seats
  haushalt: 'Wo bleibt das Geld?', // Tue 28.10. 18:00–21:00, hybrid (Rathaus Melle, Ratssaal), NSI, Herr Dr. Bernd Lüttmann, budget for council members, free
  excel: 'Excel im Verwaltungsalltag: Formeln, Filter und Pivot-Tabellen', // Tue 04.11. 09:00–15:30, Kreishaus Raum 0.23, ITEBO, Herr Jan Overmeyer, 140 €, deadline Tue 21.10. 23:59
  ki: 'Der digitale Kollege', // Wed 05.11. 13:30–16:30, hybrid (Kreishaus Sitzungssaal 1), ITEBO, Frau Lena Wessels, AI, free
  ratDatenschutz: 'Vertraulich heißt vertraulich', // Thu 06.11. 18:30–20:30, Rathaus Melle, Kreis-PE, Frau Birgit Landwehr, data protection for council members, free
  fuehrung: 'Der Sprung ins kalte Wasser', // Mon 10.11.–Wed 12.11. 09:00–16:30, Kreishaus Sitzungssaal 1, Kreis-PE, Frau Dr. Katrin Meyer-Sudhoff, new managers, 420 €, deadline Fri 24.10. 23:59
  vergabe: 'Vergaberecht in Niedersachsen: NTVergG, UVgO und Wertgrenzen', // Thu 20.11. 09:00–16:00, NSI Hannover, Herr Dr. Bernd Lüttmann, 260 €
  stress: "Gelassen bleiben, wenn's brennt", // Thu 27.11. 09:00–12:00, online, Kreis-PE, Frau Miriam Sander, stress / burnout, free
  baurecht: 'Baurecht kompakt: Vom Bauantrag zur Baugenehmigung', // Tue 02.12.–Wed 03.12. 09:00–12:30, online, NSI, Frau Dr. Annegret Hollmann, 180 €
  bitv: 'Barrierefreie Websites nach BITV 2.0', // draft (Tue 09.12.), ITEBO
  jahresgespraech: 'Jahresgespräche führen', // draft (Thu 11.12.), Kreis-PE
  outlook: 'Outlook effizient nutzen: E-Mails, Kalender und Aufgaben', // cancelled (Thu 09.10.), ITEBO, online
  rhetorik: 'Rhetorik-Training: Überzeugend vortragen', // cancelled (Wed 19.11.), Kreishaus Sitzungssaal 1
  wahl: 'Schulung für Wahlvorstände zur Kommunalwahl 2031', // past (Tue 02.09.2031), Kreishaus Sitzungssaal 1
  winterdienst: 'Winterdienst: Räum- und Streupflicht der Gemeinde', // past (Wed 05.03.2031), Bauhof Bad Iburg
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.bitv, T.jahresgespraech, T.outlook, T.rhetorik, T.wahl, T.winterdienst];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -------------------------------------------------------------------------------------------
  { conv: 'bescheide', q: 'is there a course on Bescheide?', locale: 'en', kind: 'list', titles: [T.bescheid] },
  {
    conv: 'bescheide',
    q: 'how much?',
    locale: 'en',
    kind: 'facts',
    titles: [T.bescheid],
    says: [/costs (€\s?360|360\s?€|EUR 360)/],
  },
  {
    conv: 'bescheide',
    q: 'is it in Osnabrück?',
    locale: 'en',
    kind: 'facts',
    titles: [T.bescheid],
    says: ['Wielandstraße 8, 30169 Hannover'],
  },
  {
    conv: 'bescheide',
    q: 'deadline?',
    locale: 'en',
    kind: 'facts',
    titles: [T.bescheid],
    says: ['You can register for the seminar', 'until Mon, 29 Sep 2031, 23:59'],
  },
  { conv: 'excel', q: 'excel nov?', kind: 'list', titles: [T.excel] },
  {
    conv: 'excel',
    q: 'wer macht den?',
    kind: 'facts',
    titles: [T.excel],
    says: ['leitet Herr Jan Overmeyer'],
  },
  {
    conv: 'excel',
    q: 'und wo?',
    kind: 'facts',
    titles: [T.excel],
    says: ['Kreishaus Osnabrück, Raum 0.23'],
  },
  {
    miss: 'the online course on the same subject is listed as if it were this one online; that this one is held in person is not said',
    conv: 'excel',
    q: 'gibts den auch online?',
    kind: 'facts',
    first: T.excel,
    ...maybeAlso(only(T.excel), T.excelBasis),
    says: ['findet in Präsenz statt'],
  },
  { conv: 'standesamt', q: 'training for the Standesamt', locale: 'en', kind: 'list', titles: [T.standesamt] },
  {
    conv: 'standesamt',
    q: 'any seats left?',
    locale: 'en',
    kind: 'facts',
    titles: [T.standesamt],
    says: ['has 40 of 40 seats left'],
  },
  {
    conv: 'standesamt',
    q: 'when?',
    locale: 'en',
    kind: 'facts',
    titles: [T.standesamt],
    says: ['takes place on Thu, 23 Oct 2031 from 09:00 to 15:00'],
  },
  { conv: 'datenschutz', q: 'datenschutz online', kind: 'list', titles: [T.datenschutz] },
  {
    conv: 'datenschutz',
    q: 'wann genau?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['am Mi., 24.09.2031 von 09:00 bis 11:30 Uhr'],
  },
  {
    miss: '"und in präsenz?" asks the format of the seminar talked about instead of the in-person course on the same subject',
    conv: 'datenschutz',
    q: 'und in präsenz?',
    kind: 'list',
    titles: [T.ratDatenschutz],
  },
  {
    conv: 'fuehrung',
    q: 'Ich werde bald Teamleiterin. Gibt es was für neue Führungskräfte?',
    kind: 'list',
    first: T.fuehrung,
    ...maybeAlso(only(T.fuehrung), T.mentoring),
  },
  {
    conv: 'fuehrung',
    q: 'wie lange geht das?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['dauert 3 Tage, jeweils von 09:00 bis 16:30 Uhr'],
  },
  { conv: 'fuehrung', q: 'was kostet es', kind: 'facts', titles: [T.fuehrung], says: ['kostet 420 €'] },
  {
    conv: 'fuehrung',
    q: 'anmeldeschluss?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['bis Fr., 24.10.2031, 23:59 Uhr anmelden'],
  },
  {
    conv: 'melle',
    q: "what's on at the Rathaus Melle?",
    locale: 'en',
    kind: 'list',
    ...only(T.deeskalation, T.haushalt, T.ratDatenschutz),
  },
  {
    conv: 'melle',
    q: 'which ones are in the evening?',
    locale: 'en',
    kind: 'list',
    ...only(T.haushalt, T.ratDatenschutz),
  },
  {
    conv: 'melle',
    q: 'the one about the budget – can I join from home?',
    locale: 'en',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['is hybrid', 'Rathaus Melle'],
  },
  { conv: 'motorsaege', q: 'kettensägenkurs für den bauhof', kind: 'list', titles: [T.motorsaege] },
  {
    conv: 'motorsaege',
    q: 'kann ich mich da noch anmelden?',
    kind: 'facts',
    titles: [T.motorsaege],
    says: ['am Mo., 08.09.2031, 23:59 Uhr abgelaufen'],
  },
  {
    conv: 'motorsaege',
    q: 'wann fängt der an?',
    kind: 'facts',
    titles: [T.motorsaege],
    says: ['Mo., 22.09.2031', '07:30'],
  },
  { conv: 'english', q: 'anything in English?', locale: 'en', kind: 'list', titles: [T.english] },
  {
    conv: 'english',
    q: 'what time does it start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['Tue, 21 Oct 2031', '14:00'],
  },
  {
    conv: 'english',
    q: 'how many sessions?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['2 days', 'Tue, 21 Oct 2031', 'Tue, 28 Oct 2031', 'each from 14:00 to 16:00'],
  },
  {
    conv: 'pflege',
    q: 'My mother needs care. Is there anything on combining work and caregiving?',
    locale: 'en',
    kind: 'list',
    titles: [T.pflege],
  },
  {
    miss: '"what time?" is answered with the start only ("starts on … at 12:00"), not with the date and both times',
    conv: 'pflege',
    q: 'what time?',
    locale: 'en',
    kind: 'facts',
    titles: [T.pflege],
    says: ['takes place on Tue, 7 Oct 2031 from 12:00 to 13:00'],
  },
  // --- follow-ups with nothing talked about ---------------------------------------------------------------------------
  { conv: 'empty-en', q: 'how much is it?', locale: 'en', kind: 'noContext' },
  { conv: 'empty-de', q: 'wo findet das statt?', kind: 'noContext' },
  // --- facts ------------------------------------------------------------------------------------------------------------
  {
    q: 'wer leitet den erste hilfe kurs',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['leitet Herr Sven Brinkmann (DRK Kreisverband Osnabrück-Land)'],
  },
  {
    q: 'Where is the fire warden training?',
    locale: 'en',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['Bauhof Bad Iburg'],
  },
  {
    q: 'Is the AI workshop online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is hybrid', 'Kreishaus Osnabrück, Sitzungssaal 1'],
  },
  {
    q: 'How long is the Baurecht course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.baurecht],
    says: ['lasts 2 days, each from 09:00 to 12:30'],
  },
  {
    q: 'wann beginnt der einführungstag für neue mitarbeiter',
    kind: 'facts',
    titles: [T.onboarding],
    says: ['Mo., 06.10.2031', '09:00'],
  },
  {
    q: 'ist der kurs für die ausländerbehörde auf englisch?',
    kind: 'facts',
    titles: [T.english],
    says: ['wird auf Englisch gehalten'],
  },
  {
    q: 'plätze frei beim mentoring?',
    kind: 'facts',
    titles: [T.mentoring],
    says: ['noch 20 von 20 Plätzen frei'],
  },
  {
    q: 'deadline for the mentoring kick-off?',
    locale: 'en',
    kind: 'facts',
    titles: [T.mentoring],
    says: ['until Thu, 18 Sep 2031, 12:00'],
  },
  { q: 'zeig mir mehr zum KI-Workshop', kind: 'details', titles: [T.ki] },
  // --- subjects only summary, description or topics name, other word forms ---------------------------------------------
  {
    miss: 'the verb "schreibe" finds "Schreiben" (letters) in the AI course\'s description',
    q: 'wie schreibe ich Bescheide',
    kind: 'list',
    titles: [T.bescheid],
  },
  { q: 'ChatGPT kurs', kind: 'list', titles: [T.ki] },
  { q: 'umgang mit aggressiven bürgern', kind: 'list', titles: [T.deeskalation] },
  { q: 'how to write minutes of council meetings', locale: 'en', kind: 'list', titles: [T.protokoll] },
  { q: 'burnout vorbeugen', kind: 'list', titles: [T.stress] },
  { q: 'Haushalt für neue Ratsmitglieder', kind: 'list', titles: [T.haushalt] },
  { q: 'bauanträge prüfen', kind: 'list', titles: [T.baurecht] },
  { q: 'public procurement', locale: 'en', kind: 'list', titles: [T.vergabe] },
  // --- trainers, providers, places ---------------------------------------------------------------------------------------
  { q: 'Kurse von Frau Hollmann', kind: 'list', ...only(T.bescheid, T.baurecht) },
  { q: 'what does ITEBO offer?', locale: 'en', kind: 'list', ...only(T.eakte, T.excelBasis, T.excel, T.ki) },
  { q: 'Angebote vom Gleichstellungsbüro', kind: 'list', ...only(T.mentoring, T.pflege) },
  {
    q: 'was bietet der GUV an?',
    kind: 'list',
    ...only(T.motorsaege, T.ersteHilfe, T.brandschutz, T.deeskalation),
  },
  { q: 'seminare in hannover', kind: 'list', ...only(T.bescheid, T.vergabe) },
  { q: 'was läuft im bauhof bad iburg', kind: 'list', ...only(T.motorsaege, T.brandschutz) },
  { q: 'gibt es was in bramsche?', kind: 'none' },
  // --- dates, formats, fees ------------------------------------------------------------------------------------------------
  { q: 'was ist diese woche', kind: 'list', titles: [T.eakte] },
  { q: "What's on next week?", locale: 'en', kind: 'list', titles: [T.motorsaege, T.datenschutz, T.mentoring] },
  { q: 'seminare am 3. oktober', kind: 'none' },
  {
    q: 'online-seminare im oktober',
    kind: 'list',
    titles: [T.protokoll, T.pflege, T.excelBasis, T.standesamt],
  },
  { q: 'abendveranstaltungen', kind: 'list', ...only(T.haushalt, T.ratDatenschutz) },
  {
    q: 'mehrtägige seminare',
    kind: 'list',
    ...maybeAlso(only(T.motorsaege, T.bescheid, T.fuehrung, T.baurecht), T.english),
  },
  { q: 'courses over 200 euros', locale: 'en', kind: 'list', ...only(T.bescheid, T.fuehrung, T.vergabe) },
  { q: 'kostenlose kurse im november', kind: 'list', ...only(T.ki, T.ratDatenschutz, T.stress) },
  {
    q: 'anything on a Monday?',
    locale: 'en',
    kind: 'list',
    ...only(T.motorsaege, T.onboarding, T.bescheid, T.fuehrung),
  },
  { q: 'seminare am nachmittag', kind: 'list', ...maybeAlso(only(T.mentoring, T.english, T.ki), T.pflege) },
  // --- gone, drafts, no match, greetings, own registrations ------------------------------------------------------------
  { q: 'Is the Outlook course still on?', locale: 'en', kind: 'gone', gone: T.outlook },
  { q: 'rhetorik seminar', kind: 'gone', gone: T.rhetorik },
  { q: 'schulung für wahlvorstände', kind: 'gone', gone: T.wahl, says: ['Di., 02.09.2031'] },
  {
    q: 'When was the Winterdienst training?',
    locale: 'en',
    kind: 'gone',
    gone: T.winterdienst,
    says: ['Wed, 5 Mar 2031'],
  },
  { q: 'barrierefreie websites', kind: 'none' },
  { q: 'mitarbeitergespräche führen', kind: 'none' },
  { q: 'Moin!', kind: 'help' },
  { q: 'danke dir!', kind: 'thanks' },
  { q: 'wofür bin ich angemeldet', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-eighty-first, independent catalogue (Landkreis Osnabrück, Stadt Melle, Bad Iburg, Samtgemeinde Artland, NSI, GUV Oldenburg, ITEBO)',
  {
    fixture: 'heldout381-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
