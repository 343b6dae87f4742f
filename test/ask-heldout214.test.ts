// Over-fitting check, two-hundred-and-fourteenth catalogue: the winter programme 2027/28 of the Landkreis Havelland
// (Brandenburg) with the Brandenburgische Kommunalakademie (BKA), the county's Personalamt, the IT-Dienstleistungszentrum
// Havelland (ITDZ), the Unfallkasse Brandenburg and the Volkshochschule Havelland, for the county and its towns (Rathenow,
// Nauen, Falkensee, Premnitz, Ketzin/Havel, Amt Friesack), imported from a JSON file. Seminars take place in the
// Kreisverwaltung in Rathenow and Nauen, the town halls of Nauen, Falkensee, Premnitz, Ketzin/Havel and Friesack, the
// Volkshochschule in Falkensee, the Kulturzentrum Rathenow, online or hybrid. Several titles do not name their subject
// ("Der Köder im Postfach" is phishing / information security, "Durchatmen statt Durchhalten" stress and health
// promotion, "Der Assistent, der nie schläft" AI, "Ein Schreiben, viele Adressaten" mail merge in Word, "Ruhig bleiben,
// wenn andere laut werden" de-escalation, "Aufrecht durch den Arbeitstag" ergonomics, "Schluss mit dem Papierstau" the
// e-file, "Briefe, die ankommen" plain language, "Ämter ohne Wartemarke" the OZG, "Sand im Getriebe" team conflicts for
// managers, "Die Seite wechseln" leadership for new managers), so only summary, description or topics reveal it; one
// seminar is held in English; the leadership course runs on two days across the start of summer time; the e-file course
// is open only to Friesack, Premnitz and Ketzin/Havel; first aid is free, paid by the Unfallkasse. Questions are written
// the way an acceptance tester would ask them as a municipal employee: German of all kinds, a third in English (some with
// German course words), without looking at the parser or the answers.
//
// Calendar around `now` (Tuesday 23 November 2027, 10:00 in Rathenow, winter time; summer time begins Sun 26.03.2028):
//   this week:  nothing more today; Wed 24.11. 13:00–16:00 Excel (online, tomorrow), Fri 26.11. 09:00–12:00 data
//               protection (hybrid, Kreisverwaltung Rathenow)
//   next week:  Mon 29.11. 09:00–11:30 phishing (online), Tue 30.11. 13:30–16:00 stress (online), Wed 01.12.
//               09:00–12:30 English (Kreisverwaltung Rathenow; deadline passed Fri 19.11. 23:59), Thu 02.12. 13:00–16:00
//               AI (hybrid, Rathaus Falkensee)
//   December:   Tue 07.12. PowerPoint (cancelled), Thu 09.12. first aid (Ketzin/Havel), Tue 14.12. procurement law
//               (Rathaus Nauen; deadline Fri 03.12. 12:00), Wed 15.12. Microsoft Teams (online)
//   January:    Tue 11.01. mail merge (online), Thu 13.01. de-escalation (Premnitz), Mon 17.01. forklift (cancelled),
//               Wed 19.01. Doppik (Kreisverwaltung Nauen), Thu 20.01. TVöD (Kreisverwaltung Rathenow), Wed 26.01.
//               14:00–15:30 ergonomics (online)
//   February:   Wed 02.02. e-file (Friesack, members only), Tue 08.02. council meetings (Rathaus Nauen), Tue 15.02. plain
//               language (VHS Falkensee), Thu 17.02. accessible PDF (draft), Wed 23.02. OZG (online)
//   March:      Mon 06.03. Scrum/Kanban (hybrid, Rathenow), Wed 08.03. team conflicts (Kreisverwaltung Nauen), Tue 14.03.
//               wildlife (draft), Thu 23.03. (CET) and Thu 30.03. (CEST) leadership (Kulturzentrum Rathenow)
//   past:       Thu 16.09.2027 fire wardens (Premnitz), Tue 26.10.2027 registration law (Kreisverwaltung Nauen).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-11-23T09:00:00Z'); // Tuesday, 23 November 2027, 10:00 in Rathenow (CET)
const TZ = 'Europe/Berlin';

const T = {
  excel: 'Formeln, Filter, Pivot: Excel im Sachgebiet', // Wed 24.11. 13:00–16:00, online, VHS, Wolter, 95 € (Dienststelle pays)
  datenschutz: 'Datenschutz im Bürgerbüro: Auskunft, Übermittlung, Löschung', // Fri 26.11. 09:00–12:00, hybrid (KV Rathenow), Personalamt, free
  phishing: 'Der Köder im Postfach', // Mon 29.11. 09:00–11:30, online, ITDZ, Schenk, information security, free
  stress: 'Durchatmen statt Durchhalten', // Tue 30.11. 13:30–16:00, online, Unfallkasse, Lorenz, health promotion, free
  english: 'Welcome to Havelland: English for Counter Staff', // Wed 01.12. 09:00–12:30, KV Rathenow, VHS, English, 120 €, deadline Fri 19.11. 23:59
  ki: 'Der Assistent, der nie schläft', // Thu 02.12. 13:00–16:00, hybrid (Rathaus Falkensee), ITDZ, Schenk, AI, free
  ersteHilfe: 'Erste Hilfe im Dienst: Grundausbildung für betriebliche Ersthelfende', // Thu 09.12. 08:30–16:30, Rathaus Ketzin/Havel, Unfallkasse, free
  vergabe: 'Richtig beschaffen: Vergaberecht für Kommunen unterhalb der Schwellenwerte', // Tue 14.12. 09:00–16:00, Rathaus Nauen, BKA, 280 €, deadline Fri 03.12. 12:00
  teams: 'Besprechungen, Chats, Dateien: Microsoft Teams im Verwaltungsalltag', // Wed 15.12. 09:00–12:00, online, ITDZ, Voigt, free
  serienbrief: 'Ein Schreiben, viele Adressaten', // Tue 11.01. 09:00–12:00, online, VHS, Wolter, 69 €, mail merge
  deeskalation: 'Ruhig bleiben, wenn andere laut werden', // Thu 13.01. 09:00–15:00, Rathaus Premnitz, Unfallkasse, Gerber, free, 12 seats
  doppik: 'Doppik verstehen: Haushalt und Jahresabschluss für Fachämter', // Wed 19.01. 09:00–16:00, KV Nauen, BKA, Pietsch, 240 €
  tvoed: 'TVöD kompakt: Eingruppierung, Stufen und Zulagen', // Thu 20.01. 09:00–13:00, KV Rathenow, Personalamt, Lange, free, 20 seats
  ergonomie: 'Aufrecht durch den Arbeitstag', // Wed 26.01. 14:00–15:30, online, Unfallkasse, Lorenz, ergonomics, free
  eakte: 'Schluss mit dem Papierstau', // Wed 02.02. 09:00–12:00, Rathaus Friesack, ITDZ, Voigt, e-file, only Friesack/Premnitz/Ketzin, free
  sitzung: 'Sitzungsdienst kompakt: Von der Einladung bis zur Niederschrift', // Tue 08.02. 09:00–16:00, Rathaus Nauen, BKA, Pietsch, 195 €
  sprache: 'Briefe, die ankommen', // Tue 15.02. 09:00–16:00, VHS Falkensee, VHS, Seidel, 150 €, plain language
  ozg: 'Ämter ohne Wartemarke', // Wed 23.02. 13:00–16:00, online, ITDZ, Voigt, OZG, free
  scrum: 'Projekte ins Ziel bringen: Agiles Arbeiten mit Kanban und Scrum', // Mon 06.03. 09:00–16:00, hybrid (KV Rathenow), BKA, Krüger, 250 €
  konflikte: 'Sand im Getriebe', // Wed 08.03. 09:00–16:00, KV Nauen, VHS, Seidel, 175 €, team conflicts, for managers
  fuehrung: 'Die Seite wechseln', // Thu 23.03. (CET) and Thu 30.03. (CEST) 09:00–16:00, Kulturzentrum Rathenow, BKA, Dr. Brandt, 490 €
  pdf: 'Barrierefreie PDF-Dokumente erstellen', // draft (Thu 17.02.2028)
  wildtiere: 'Wolf, Biber und Co.: Wildtiere im Siedlungsraum', // draft (Tue 14.03.2028)
  powerpoint: 'Folien, die wirken: Präsentieren mit PowerPoint', // cancelled (Tue 07.12.2027)
  stapler: 'Gabelstapler-Führerschein für Bauhofbeschäftigte', // cancelled (Mon 17.01.2028)
  brandschutz: 'Feuer erkannt, Gefahr gebannt: Ausbildung zur Brandschutzhelferin und zum Brandschutzhelfer', // past (Thu 16 Sep 2027)
  melderecht: 'Neues im Meldewesen: Änderungen des Bundesmeldegesetzes', // past (Tue 26 Oct 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.pdf, T.wildtiere, T.powerpoint, T.stapler, T.brandschutz, T.melderecht];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  {
    q: 'Was kostet der Excel-Kurs?',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 95 €'],
    mentions: ['Die Gebühr trägt die entsendende Dienststelle.'],
  },
  {
    q: 'kostet die erste hilfe ausbildung was',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse Brandenburg für ihre Mitglieder.'],
  },
  { q: 'How much does the Scrum workshop cost?', locale: 'en', kind: 'facts', titles: [T.scrum], says: ['costs €250'] },
  // --- facts: when (across the start of summer time), start time, duration ---------------------------------------------
  {
    q: 'Wann ist die Datenschutzschulung?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['am Fr., 26.11.2027 von 09:00 bis 12:00 Uhr'],
  },
  {
    q: 'when is the Excel Kurs',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['on Wed, 24 Nov 2027 from 13:00 to 16:00'],
  },
  {
    q: 'Wann findet „Die Seite wechseln“ statt?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 23.03.2028 und Do., 30.03.2028', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'what time does "Der Köder im Postfach" start',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['starts on Mon, 29 Nov 2027 at 09:00'],
  },
  {
    q: 'wie lange dauert die schulung zum bildschirmarbeitsplatz',
    kind: 'facts',
    titles: [T.ergonomie],
    says: ['dauert 1,5 Stunden, von 14:00 bis 15:30 Uhr'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  { q: 'wo findet der sitzungsdienst statt', kind: 'facts', titles: [T.sitzung], says: ['im Rathaus Nauen'] },
  {
    q: 'KI-Seminar: online oder in Präsenz?',
    kind: 'facts',
    titles: [T.ki],
    says: [/findet hybrid statt|oder online statt/],
  },
  {
    q: 'wer leitet den serienbrief kurs',
    kind: 'facts',
    titles: [T.serienbrief],
    says: ['leitet Frau Kerstin Wolter'],
  },
  {
    q: 'who is the trainer for Doppik verstehen?',
    locale: 'en',
    kind: 'facts',
    titles: [T.doppik],
    says: ['is led by Herr Jörg Pietsch'],
  },
  {
    q: 'Bis wann kann ich mich zum Vergaberecht anmelden?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Fr., 03.12.2027, 12:00 Uhr'],
  },
  {
    q: 'registration deadline for the English for Counter Staff course',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 19 Nov 2027, 23:59'],
  },
  {
    q: 'sind beim TVöD seminar noch plätze frei?',
    kind: 'facts',
    titles: [T.tvoed],
    says: ['noch 20 von 20 Plätzen frei'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  {
    conv: 'schalter',
    q: 'Was kann ich tun, wenn Bürger am Schalter ausfallend werden?',
    kind: 'list',
    titles: [T.deeskalation],
  },
  {
    conv: 'schalter',
    q: 'und wann?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['am Do., 13.01.2028 von 09:00 bis 15:00 Uhr'],
  },
  {
    conv: 'schalter',
    q: 'Wo findet der statt?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['im Rathaus Premnitz'],
  },
  { conv: 'ai', q: 'is there any training on ChatGPT?', locale: 'en', kind: 'list', titles: [T.ki] },
  { conv: 'ai', q: 'where is it held', locale: 'en', kind: 'facts', titles: [T.ki], says: ['at Rathaus Falkensee'] },
  { conv: 'ai', q: 'what does it cost?', locale: 'en', kind: 'facts', titles: [T.ki], says: ['is free of charge'] },
  { conv: 'brief', q: 'wie formuliere ich bescheide so dass buerger sie verstehen', kind: 'list', titles: [T.sprache] },
  { conv: 'brief', q: 'Was kostet das?', kind: 'facts', titles: [T.sprache], says: ['kostet 150 €'] },
  { conv: 'brief', q: 'wer leitet das', kind: 'facts', titles: [T.sprache], says: ['leitet Frau Anke Seidel'] },
  { conv: 'stress', q: 'anything on stress management?', locale: 'en', kind: 'list', titles: [T.stress] },
  {
    conv: 'stress',
    q: 'when is that',
    locale: 'en',
    kind: 'facts',
    titles: [T.stress],
    says: ['on Tue, 30 Nov 2027 from 13:30 to 16:00'],
  },
  // --- topic searches: words only in summary or description, synonyms, abbreviations, typos ----------------------------
  { q: 'phising schulung', kind: 'list', titles: [T.phishing] },
  { q: 'exel', kind: 'list', titles: [T.excel] },
  { q: 'Serienbriefe in Word', kind: 'list', titles: [T.serienbrief] },
  { q: 'training on the E-Akte', locale: 'en', kind: 'list', titles: [T.eakte] },
  { q: 'Onlinezugangsgesetz', kind: 'list', titles: [T.ozg] },
  { q: 'ausschreibung unterhalb der schwellenwerte', kind: 'list', titles: [T.vergabe] },
  { q: 'Wiederbelebung lernen', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'Eingruppierung', kind: 'list', titles: [T.tvoed] },
  { q: 'agile project management', locale: 'en', kind: 'list', titles: [T.scrum] },
  { q: 'Konflikte im Team lösen', kind: 'list', titles: [T.konflikte] },
  { q: 'gibt es eine schulung zu microsoft teams', kind: 'list', titles: [T.teams] },
  { q: 'workplace ergonomics', locale: 'en', kind: 'list', titles: [T.ergonomie] },
  { q: 'betriebliche Gesundheitsförderung', kind: 'list', ...only(T.stress, T.ergonomie) },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, length, cost, language ----------------
  { q: 'was ist diese woche noch', kind: 'list', titles: [T.excel, T.datenschutz] },
  { q: 'Nächste Woche vormittags?', kind: 'list', titles: [T.phishing, T.english] },
  { q: 'anything next week in the afternoon', locale: 'en', kind: 'list', titles: [T.stress, T.ki] },
  {
    q: "what's on in December?",
    locale: 'en',
    kind: 'list',
    titles: [T.english, T.ki, T.ersteHilfe, T.vergabe, T.teams],
  },
  { q: 'online-seminare im januar', kind: 'list', titles: [T.serienbrief, T.ergonomie] },
  { q: 'Was gibt es im Februar?', kind: 'list', titles: [T.eakte, T.sitzung, T.sprache, T.ozg] },
  { q: 'kostenlose angebote im januar', kind: 'list', titles: [T.deeskalation, T.tvoed, T.ergonomie] },
  { q: 'was gibt es in nauen', kind: 'list', ...only(T.vergabe, T.doppik, T.sitzung, T.konflikte) },
  { q: 'kurse bei frau wolter', kind: 'list', ...only(T.excel, T.serienbrief) },
  {
    q: 'what does the Unfallkasse Brandenburg offer?',
    locale: 'en',
    kind: 'list',
    ...only(T.stress, T.ersteHilfe, T.deeskalation, T.ergonomie),
  },
  { q: 'Angebote vom ITDZ', kind: 'list', ...only(T.phishing, T.ki, T.teams, T.eakte, T.ozg) },
  { q: 'ich bin führungskraft, was gibt es für mich?', kind: 'list', ...only(T.konflikte, T.fuehrung) },
  { q: 'any multi-day courses?', locale: 'en', kind: 'list', titles: [T.fuehrung] },
  { q: 'courses held in English', locale: 'en', kind: 'list', titles: [T.english] },
  // --- gone, drafts never shown, no match, greeting, own registrations ------------------------------------------------
  { q: 'wann ist die powerpoint schulung', kind: 'gone', gone: T.powerpoint },
  { q: 'when is the Gabelstapler-Führerschein', locale: 'en', kind: 'gone', gone: T.stapler },
  { q: 'wann war das seminar zum bundesmeldegesetz', kind: 'gone', gone: T.melderecht, says: ['Di., 26.10.2027'] },
  {
    q: 'when was the Brandschutzhelfer training?',
    locale: 'en',
    kind: 'gone',
    gone: T.brandschutz,
    says: ['Thu, 16 Sep 2027'],
  },
  { q: 'barrierefreie pdf', kind: 'none' },
  { q: 'Umgang mit Wolf und Biber', kind: 'none' },
  { q: 'SAP-Schulung', kind: 'none' },
  { q: 'Hallo', kind: 'help' },
  { q: 'what can you do?', locale: 'en', kind: 'help' },
  { q: 'Meine Anmeldungen', kind: 'myRegistrations' },
  { q: 'show my registrations', locale: 'en', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-fourteenth, independent catalogue (Landkreis Havelland, BKA, Unfallkasse Brandenburg)',
  {
    fixture: 'heldout214-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
