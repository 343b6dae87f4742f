// Over-fitting check, ninetieth catalogue: the winter programme 2027/28 of the Ilm-Kreis (Thuringia) with the Thüringer
// Verwaltungsschule, the Kommunales Rechenzentrum Thüringen (KIV Thüringen), the Unfallkasse Thüringen, the
// Kreisvolkshochschule Ilm-Kreis and the county's Personalamt, for the county and its towns (Arnstadt, Ilmenau, Stadtilm,
// Großbreitenbach, Gemeinde Geratal), imported from a JSON file. Seminars take place in the Landratsamt in Arnstadt
// (Ritterstraße), the Kreisvolkshochschule in Arnstadt, the town halls of Ilmenau, Stadtilm and Großbreitenbach, the
// Gemeindezentrum Geschwenda (Geratal), the Feuerwehrgerätehaus Stadtilm, online or hybrid. Several titles hide their
// subject ("Papierlos, aber nicht planlos" is the e-file course, "Kraft tanken im Arbeitsalltag" stress, "Nicht jeder
// Anhang ist ein Geschenk" phishing, "Vom Angebot zum Zuschlag" procurement, "Wenn der Ton rau wird" de-escalation,
// "Schreibhilfe aus der Maschine" AI, "Gesund sitzen, entspannt arbeiten" ergonomics, "Im Notfall zählt jede Minute"
// first aid), so only summary, description or topics reveal it; one seminar is held in English (front desk English in
// Ilmenau); the leadership course runs three days (two in January, one in February), the budget-law course two; the
// Sitzungsdienst course is open to Stadtilm, Großbreitenbach and Geratal only; first aid is free because the Unfallkasse
// pays. Questions are written the way colleagues type in Teams, without looking at the parser or the answers. Same
// assertions as the other suites: exactly the expected seminars (best first where one is clearly best), the asked fact in
// the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Wednesday 24 November 2027, 10:00 in Arnstadt, winter time; summer time begins Sun 26.03.2028):
//   this week:  nothing more today; Thu 25.11. 09:00–12:00 e-file (online, tomorrow), Fri 26.11. 13:00–15:00 Teams (online)
//   next week:  (1st Advent Sun 28.11.) Tue 30.11. 09:00–12:30 stress (online), Wed 01.12. 13:00–15:00 phishing (online),
//               Thu 02.12. 09:00–12:30 passports (Ilmenau)
//   gap:        nothing offered Fri 03.12.–Thu 09.12. (the cancelled PowerPoint course was on Tue 07.12.), so "in den
//               nächsten zwei Wochen" ends with the passport course however the two weeks are counted
//   December:   Fri 10.12. procurement (Arnstadt, deadline passed Fri 19.11. 12:00), Tue 14.12. road safety duty (Stadtilm);
//               then nothing: Christmas closing days Fri 24.12.2027 – Fri 31.12.2027, New Year Sat 01.01.2028, no seminar
//               between Wed 15.12.2027 and Mon 10.01.2028
//   January:    Tue 11.01. data protection (hybrid), Thu 13.01. Excel, Tue 18.01./Wed 19.01. (+ Wed 09.02.) leadership,
//               Thu 20.01. de-escalation (Ilmenau), Fri 21.01. the cancelled photo course, Wed 26.01. plain language
//               (Großbreitenbach, deadline Wed 12.01.), Thu 27.01. time management
//   February:   Tue 01.02. OZG (online), Mon 07.02./Tue 08.02. budget law (Ilmenau), Wed 16.02. front desk English (Ilmenau),
//               Thu 17.02. first aid (Stadtilm), Tue 22.02. TVöD; drafts: sign language Tue 15.02., hunting law Thu 24.02.
//   March:      Wed 01.03. AI (hybrid), Tue 07.03. Sitzungsdienst (Geratal), Thu 09.03. accessible documents (online),
//               Tue 14.03. difficult conversations, Wed 29.03. (CEST, +02:00) ergonomics (online)
//   past:       Thu 07.10.2027 (CEST) kick-off digital strategy, Wed 10.11.2027 fire safety assistants.
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-11-24T09:00:00Z'); // Wednesday, 24 November 2027, 10:00 in Arnstadt (CET)
const TZ = 'Europe/Berlin';

const T = {
  eakte: 'Papierlos, aber nicht planlos', // Thu 25.11.2027 09:00–12:00, online, KIV, Möller, e-file / DMS, free (framework contract)
  teams: 'Besprechungen auf Distanz: Microsoft Teams souverän nutzen', // Fri 26.11. 13:00–15:00, online, KIV, Hartung, 60 € (note)
  stress: 'Kraft tanken im Arbeitsalltag', // Tue 30.11. 09:00–12:30, online, Unfallkasse, Seifert, stress, free (note), 20 seats
  phishing: 'Nicht jeder Anhang ist ein Geschenk', // Wed 01.12. 13:00–15:00, online, KIV, Möller, phishing, free
  pass: 'Pass, Ausweis, eID: Was sich 2028 im Bürgerbüro ändert', // Thu 02.12. 09:00–12:30, Rathaus Ilmenau, TVS, Schäfer, 150 €
  vergabe: 'Vom Angebot zum Zuschlag', // Fri 10.12. 09:00–16:00, Landratsamt Arnstadt, TVS, Engel, 240 €, deadline passed Fri 19.11. 12:00, procurement
  verkehr: 'Glatteis, Schlaglöcher, Haftung: Verkehrssicherungspflicht der Gemeinden', // Tue 14.12. 09:00–15:00, Rathaus Stadtilm, TVS, Schäfer, 160 €
  datenschutz: 'Personenbezogene Daten sicher verarbeiten', // Tue 11.01.2028 09:00–12:00, hybrid (Landratsamt), TVS, Bauer, 130 €, DSGVO
  excel: 'Tabellen im Griff: Excel für die Verwaltung', // Thu 13.01. 09:00–16:00, KVHS Arnstadt, Kühn, 85 €, 12 seats
  fuehrung: 'Neu in der Führungsrolle: Grundlagenlehrgang', // Tue 18.01., Wed 19.01., Wed 09.02. 09:00–16:00, Landratsamt, TVS, Dr. Reinhardt, 690 € (note)
  deeskalation: 'Wenn der Ton rau wird', // Thu 20.01. 13:00–16:00, Rathaus Ilmenau, Unfallkasse, Brandt, free (note), 14 seats, aggressive citizens
  klartext: 'Klartext statt Amtsdeutsch', // Wed 26.01. 09:00–15:00, Rathaus Großbreitenbach, KVHS, Vogt, 95 €, deadline Wed 12.01. 23:59, plain language
  zeit: 'Weniger ist mehr: Prioritäten setzen im Büro', // Thu 27.01. 13:30–16:30, KVHS Arnstadt, Vogt, 45 €, time management
  ozg: 'Vom Formular zum Online-Antrag: OZG-Leistungen in Thüringen', // Tue 01.02. 09:00–12:00, online, KIV, Möller, free
  haushalt: 'Kommunales Haushaltsrecht in Thüringen: Grundlagen', // Mon 07.02. and Tue 08.02. 09:00–16:00, Rathaus Ilmenau, TVS, Engel, 360 € (note), Doppik/Kameralistik
  english: 'Front Desk English: Serving International Residents', // Wed 16.02. 09:00–12:30, Rathaus Ilmenau, KVHS, Taylor, 120 € (note), English, 14 seats
  ersteHilfe: 'Im Notfall zählt jede Minute', // Thu 17.02. 08:00–16:00, Feuerwehrgerätehaus Stadtilm, Personalamt, Fischer, free (Unfallkasse pays), 12 seats
  tvoed: 'Eingruppierung nach TVöD: Stellen richtig bewerten', // Tue 22.02. 09:00–15:00, Landratsamt, TVS, Liebetrau, 210 €, 20 seats
  ki: 'Schreibhilfe aus der Maschine', // Wed 01.03. 09:00–12:00, hybrid (Landratsamt), KIV, Hartung, 90 €, artificial intelligence
  sitzung: 'Von der Einladung bis zur Niederschrift: Sitzungsdienst nach der ThürKO', // Tue 07.03. 09:00–15:00, Gemeindezentrum Geschwenda, TVS, Schäfer, 180 €, only Stadtilm/Großbreitenbach/Geratal
  barrierefrei: 'Für alle lesbar: Barrierefreie Dokumente in Word und PDF', // Thu 09.03. 13:00–16:00, online, KIV, Hartung, 75 €
  gespraeche: 'Klare Worte, gute Zusammenarbeit: Schwierige Gespräche als Führungskraft', // Tue 14.03. 09:00–16:00, Landratsamt, TVS, Dr. Reinhardt, 230 €, for managers
  ergonomie: 'Gesund sitzen, entspannt arbeiten', // Wed 29.03. 10:00–11:30 (CEST), online, Unfallkasse, Seifert, free, back pain
  gebaerden: 'Erste Gebärden für den Bürgerservice', // draft (Tue 15.02.2028)
  jagd: 'Jagdrecht kompakt für die Untere Jagdbehörde', // draft (Thu 24.02.2028)
  powerpoint: 'Präsentieren mit PowerPoint: Folien, die überzeugen', // cancelled (Tue 07.12.2027)
  foto: 'Gute Bilder für Website und Amtsblatt: Fotografieren mit dem Smartphone', // cancelled (Fri 21.01.2028)
  auftakt: 'Auftakt Digitalstrategie Ilm-Kreis 2030', // past (Thu 7 October 2027)
  brandschutz: 'Brandschutzhelfer-Ausbildung für Beschäftigte', // past (Wed 10 November 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.gebaerden, T.jagd, T.powerpoint, T.foto, T.auftakt, T.brandschutz];
const offered = all.filter((t) => !NEVER.includes(t));

const only = onlyAmong(all, NEVER);

const ONLINE: string[] = [T.eakte, T.teams, T.stress, T.phishing, T.ozg, T.barrierefrei, T.ergonomie];
const HYBRID: string[] = [T.datenschutz, T.ki];

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  {
    q: 'was kostet der führungskräftelehrgang',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['kostet 690 €'],
    mentions: ['Inklusive Mittagessen und Lehrgangsunterlagen an allen drei Tagen.'],
  },
  {
    q: 'ist der erste hilfe kurs kostenlos?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse Thüringen.'],
  },
  {
    q: 'how much is front desk english',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['costs €120'],
    mentions: ['Auszubildende und Anwärter zahlen 60 €.'],
  },
  // --- facts: when (multi-day), start time (summer time), duration ----------------------------------------------------
  {
    q: 'wann ist der haushaltsrecht kurs',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['an 2 Tagen', 'Mo., 07.02.2028 und Di., 08.02.2028', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'when does "Neu in der Führungsrolle" take place',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['on 3 days', 'Tue, 18 Jan 2028, Wed, 19 Jan 2028 and Wed, 9 Feb 2028', 'each from 09:00 to 16:00'],
  },
  {
    q: 'um wieviel uhr fängt der tvöd kurs an',
    kind: 'facts',
    titles: [T.tvoed],
    says: ['beginnt am Di., 22.02.2028 um 09:00 Uhr'],
  },
  {
    q: 'what time does the ergonomics session start',
    locale: 'en',
    kind: 'facts',
    titles: [T.ergonomie],
    says: ['starts on Wed, 29 Mar 2028 at 10:00'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  {
    q: 'wo findet der kurs zum sitzungsdienst statt',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['im Gemeindezentrum Geschwenda'],
  },
  { q: 'ist das ki seminar online?', kind: 'facts', titles: [T.ki], says: [/findet hybrid statt|oder online statt/] },
  { q: 'Wer leitet den Excel-Kurs?', kind: 'facts', titles: [T.excel], says: ['leitet Frau Sabine Kühn'] },
  {
    q: "who's teaching the GDPR course",
    locale: 'en',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['is led by Frau Kerstin Bauer'],
  },
  {
    q: 'bis wann muss ich mich fürs vergabeseminar anmelden',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['ist am Fr., 19.11.2027, 12:00 Uhr abgelaufen'],
  },
  {
    q: 'anmeldeschluss klartext statt amtsdeutsch?',
    kind: 'facts',
    titles: [T.klartext],
    says: ['bis Mi., 12.01.2028, 23:59 Uhr'],
  },
  {
    q: 'sind beim deeskalationstraining noch plätze frei',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['noch 14 von 14 Plätzen frei'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  { conv: 'stress', q: 'ich bin grad total im stress, gibts da was', kind: 'list', titles: [T.stress] },
  {
    conv: 'stress',
    q: 'was kostet das',
    kind: 'facts',
    titles: [T.stress],
    says: ['ist kostenlos'],
    mentions: ['Präventionsangebot der Unfallkasse Thüringen'],
  },
  {
    conv: 'stress',
    q: 'und wann ist das',
    kind: 'facts',
    titles: [T.stress],
    says: ['am Di., 30.11.2027 von 09:00 bis 12:30 Uhr'],
  },
  { conv: 'phishing', q: 'how do i spot phishing emails', locale: 'en', kind: 'list', titles: [T.phishing] },
  {
    conv: 'phishing',
    q: 'when is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['takes place on Wed, 1 Dec 2027 from 13:00 to 15:00'],
  },
  {
    conv: 'phishing',
    q: 'Who runs it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['is led by Herr Steffen Möller'],
  },
  {
    conv: 'glatteis',
    q: 'wer haftet eigentlich, wenn jemand auf dem gehweg auf glatteis ausrutscht',
    kind: 'list',
    titles: [T.verkehr],
  },
  { conv: 'glatteis', q: 'und wo ist das?', kind: 'facts', titles: [T.verkehr], says: ['im Rathaus Stadtilm'] },
  {
    conv: 'englisch',
    q: 'ich muss öfter mit internationalen studierenden auf englisch reden, gibts dafür was',
    kind: 'list',
    titles: [T.english],
  },
  {
    conv: 'englisch',
    q: 'wie lange geht das',
    kind: 'facts',
    titles: [T.english],
    says: ['dauert 3,5 Stunden, von 09:00 bis 12:30 Uhr'],
  },
  {
    conv: 'englisch',
    q: 'sind da noch plätze frei',
    kind: 'facts',
    titles: [T.english],
    says: ['noch 14 von 14 Plätzen frei'],
  },
  // --- topic searches: everyday words, words only in summary or description, synonyms ---------------------------------
  { q: 'Gibt es im Januar etwas zu Datenschutz?', kind: 'list', titles: [T.datenschutz] },
  { q: 'gibts ne schulung zur e-akte', kind: 'list', titles: [T.eakte] },
  { q: 'wie formuliere ich bescheide verständlicher', kind: 'list', titles: [T.klartext] },
  { q: 'gibts was gegen rückenschmerzen vom vielen sitzen', kind: 'list', titles: [T.ergonomie] },
  { q: 'gibt es was zu chatgpt', kind: 'list', titles: [T.ki] },
  { q: 'is there training on making pdfs accessible', locale: 'en', kind: 'list', titles: [T.barrierefrei] },
  { q: 'wir müssen einen auftrag ausschreiben, gibts dazu ne schulung', kind: 'list', titles: [T.vergabe] },
  { q: 'protokoll im gemeinderat, gibts da eine schulung', kind: 'list', titles: [T.sitzung] },
  { q: 'umgang mit aggressiven bürgern', kind: 'list', titles: [T.deeskalation] },
  { q: 'wie moderiere ich eine videokonferenz', kind: 'list', titles: [T.teams] },
  { q: 'wo lerne ich wiederbelebung', kind: 'list', titles: [T.ersteHilfe] },
  // --- typos -----------------------------------------------------------------------------------------------------------
  { q: 'exel grundkurs', kind: 'list', titles: [T.excel] },
  { q: 'schulung phising', kind: 'list', titles: [T.phishing] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, cost, length, language, seats ----------
  { q: 'was ist diese woche noch los', kind: 'list', titles: [T.eakte, T.teams] },
  { q: 'was läuft morgen', kind: 'list', titles: [T.eakte] },
  { q: "what's on next week", locale: 'en', kind: 'list', titles: [T.stress, T.phishing, T.pass] },
  { q: 'nächste woche was am vormittag?', kind: 'list', titles: [T.stress, T.pass] },
  { q: 'anything next week in the afternoon', locale: 'en', kind: 'list', titles: [T.phishing] },
  {
    q: 'was gibt es in den nächsten zwei wochen',
    kind: 'list',
    titles: [T.eakte, T.teams, T.stress, T.phishing, T.pass],
  },
  { q: "what's on next month", locale: 'en', kind: 'list', titles: [T.phishing, T.pass, T.vergabe, T.verkehr] },
  { q: 'was gibt es im märz', kind: 'list', titles: [T.ki, T.sitzung, T.barrierefrei, T.gespraeche, T.ergonomie] },
  // Hybrid seminars can be joined online as well: they may be shown or not, in-person ones never.
  {
    q: 'Welche Seminare sind online?',
    kind: 'list',
    includes: ONLINE,
    excludes: offered.filter((t) => !ONLINE.includes(t) && !HYBRID.includes(t)),
  },
  { q: 'was findet in ilmenau statt', kind: 'list', ...only(T.pass, T.deeskalation, T.haushalt, T.english) },
  { q: 'gibt es im januar in ilmenau noch freie plätze', kind: 'list', titles: [T.deeskalation] },
  { q: 'kurse von frau hartung', kind: 'list', ...only(T.teams, T.ki, T.barrierefrei) },
  { q: 'Was bietet die KIV an?', kind: 'list', ...only(T.eakte, T.teams, T.phishing, T.ozg, T.ki, T.barrierefrei) },
  { q: 'ich bin führungskraft – welche seminare sind für mich', kind: 'list', ...only(T.fuehrung, T.gespraeche) },
  {
    q: 'which courses are free of charge',
    locale: 'en',
    kind: 'list',
    ...only(T.eakte, T.stress, T.phishing, T.deeskalation, T.ozg, T.ersteHilfe, T.ergonomie),
  },
  { q: 'welche seminare gehen über mehrere tage', kind: 'list', ...only(T.fuehrung, T.haushalt) },
  { q: 'are any seminars held in english', locale: 'en', kind: 'list', titles: [T.english] },
  // Christmas closing days: nothing between Christmas and New Year.
  { q: 'ist zwischen weihnachten und neujahr irgendwas', kind: 'none' },
  // --- gone, drafts never shown, no match, greeting --------------------------------------------------------------------
  { q: 'wann war die brandschutzhelfer ausbildung', kind: 'gone', gone: T.brandschutz, says: ['Mi., 10.11.2027'] },
  { q: 'was kostet der powerpoint kurs', kind: 'gone', gone: T.powerpoint },
  {
    q: 'when was the Digitalstrategie kick-off',
    locale: 'en',
    kind: 'gone',
    gone: T.auftakt,
    says: ['Thu, 7 Oct 2027'],
  },
  { q: 'gibt es einen gebärdensprachkurs', kind: 'none' },
  { q: 'is there anything on hunting law', locale: 'en', kind: 'none' },
  { q: 'gibt es einen kurs zu sap', kind: 'none' },
  { q: 'hallo', kind: 'help' },
  { q: 'hi there', locale: 'en', kind: 'help' },
];

heldoutSuite(
  'answering questions about a ninetieth, independent catalogue (Ilm-Kreis, Thüringer Verwaltungsschule, KIV Thüringen)',
  { fixture: 'heldout90-catalogue.json', now, timeZone: TZ, cases: CASES, titles: all, never: NEVER },
);
