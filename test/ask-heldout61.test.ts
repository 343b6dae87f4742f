// Over-fitting check, sixty-first catalogue: the 2028 programme of the Aus- und Fortbildungszentrum (AFZ) der Freien
// Hansestadt Bremen together with the Magistrat der Stadt Bremerhaven, for the city offices of both cities (Ortsämter,
// Bürgerämter, Senatorische Behörden): AFZ Bremen at the Doventorscontrescarpe, the Stadthaus Bremerhaven, online and
// hybrid; providers are the AFZ, Dataport, the Hochschule für Öffentliche Verwaltung Bremen (HfÖV) and one consultancy
// (Weserkontor Beratung). Brochure-style titles whose subject is often only in the summary or description, one seminar
// in English, a four-day Digitallotsen qualification open to the member municipalities Bremen and Bremerhaven only (the
// state pays half the fee), a two-morning course across the change to summer time. The questions are DATE-focused —
// "übermorgen", "nächsten Dienstag", "in KW 12", "Mitte nächsten Monats", "Ende Mai", "im zweiten Quartal", "after
// Easter", "by the end of April" — alone or combined with topics, formats and follow-ups, written the way employees ask
// without looking at the parser or the answers. Same assertions as the other suites: exactly the expected seminars (in
// date order for time questions), the asked fact in the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Wednesday 15 March 2028, 09:30 in Bremen, CET; ISO week 11; Easter Sunday is 16 April 2028,
// Good Friday 14.04., Easter Monday 17.04.; summer time begins Sunday 26 March 2028):
//   past:        Thu 17.02. E-Akte VISkompakt (online); Thu 09.03. Notfallplanung (Stadthaus Bremerhaven)
//   today:       Wed 15.03. 13:00–16:00 phishing (online, Dataport, free) — the only session left today
//   this week:   Thu 16.03. 09:00–12:00 de-escalation (AFZ, tomorrow morning, 14 seats);
//                Fri 17.03. 09:00–12:30 Excel basics (Stadthaus Bremerhaven, the day after tomorrow, 120 €)
//   weekend:     Sat 18.03./Sun 19.03. nothing
//   next week = KW 12 (Mon 20.03.–Sun 26.03.):
//                Mon 20.03. 13:00–16:00 Leichte Sprache (online, afternoon)
//                Tue 21.03. 09:00–12:30 Melderecht (AFZ, morning; the cancelled rhetoric course was the same day)
//                Wed 22.03. 14:00–17:00 KI-Assistenten (hybrid AFZ, afternoon)
//                Thu 23.03. 09:00–12:00 self-organisation, first morning (Stadthaus; second morning Thu 30.03. 09:00–12:00
//                CEST — the same local times on both sides of the change to summer time)
//   KW 13 (27.03.–02.04., "in zwei Wochen"): Thu 30.03. self-organisation (second morning); Fri 31.03. 09:00–12:00 data
//                protection at the counter (hybrid AFZ) — nothing on 27.–29.03., so "the next two weeks" clearly holds
//                the seven seminars from today's phishing course to the self-organisation course, and not this one
//   April:       Wed 05.04. 09:00–16:00 Bescheide (AFZ, HfÖV, 160 €, deadline Fri 24.03. 12:00);
//                Wed 12.04. 13:00–16:00 Excel pivot (online, 95 €); Thu 13.04. 09:00–12:00 Welcome Desk English (AFZ,
//                English, 140 €, deadline passed Fri 10.03. 23:59) — "Mitte April" is 12.–13.04., nothing 14.–24.04.
//                (only the draft on 19.04.); after Easter: Tue 25.04. 13:00–16:30 KI-Werkstatt (online, free),
//                Wed 26.04. 09:00–12:00 Pass- und Ausweisrecht (Stadthaus, free)
//   May:         Digitallotsen Tue 02.05., Wed 03.05., Tue 16.05., Wed 17.05. 09:00–16:00 (AFZ, 480 €, Bremen and
//                Bremerhaven only, deadline Fri 14.04.); Fri 05.05. 09:00–12:30 accessible documents (AFZ, free);
//                Tue 09.05. 13:00–16:00 resilience (online, 85 €); (Wed 10.05. green procurement, cancelled);
//                end of May: only Tue 30.05. 09:00–16:00 Doppik (Stadthaus, 210 €)
//   June:        Thu 08.06. trainees' exam preparation (AFZ); (Thu 15.06. draft); Thu 22.06. new managers (AFZ, 350 €,
//                after spring in every sense); Tue 27.06. data-protection update (online, free)
//   Second quarter online: 12.04. Excel pivot, 25.04. KI-Werkstatt, 09.05. resilience, 27.06. data protection.
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-03-15T08:30:00Z'); // Wednesday, 15 March 2028, 09:30 in Bremen (CET)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Nicht anbeißen: Gefälschte E-Mails sicher erkennen', // Wed 15.03.2028 13:00–16:00, online, Dataport, free, 60 seats
  deeskalation: "Ruhig bleiben, wenn's laut wird: Deeskalation im Publikumsverkehr", // Thu 16.03. 09:00–12:00, AFZ, Lührs, 14 seats
  excel: 'Tabellen, die mitrechnen: Excel im Büroalltag', // Fri 17.03. 09:00–12:30, Stadthaus Bremerhaven, Dataport, 120 €
  leicht: 'Leicht gesagt: Texte in Leichter Sprache schreiben', // Mon 20.03. 13:00–16:00, online, Tietjen, free
  melde: 'Wer wohnt wo: Melderecht für die Bürgerämter', // Tue 21.03. 09:00–12:30, AFZ, HfÖV, free
  chatbot: 'Der neue Kollege heißt Chatbot: KI-Assistenten im Verwaltungsalltag', // Wed 22.03. 14:00–17:00, hybrid AFZ, Dataport, free
  zettel: 'Weniger Zettel, mehr Überblick: Selbstorganisation am Arbeitsplatz', // Thu 23.03. (CET) and Thu 30.03. (CEST) 09:00–12:00, Stadthaus, 190 €
  datenschutz: 'Daten in guten Händen: Datenschutz am Schalter', // Fri 31.03. 09:00–12:00, hybrid AFZ, free
  bescheid: 'Bescheid wissen: Rechtssichere Bescheide formulieren', // Wed 05.04. 09:00–16:00, AFZ, HfÖV, 160 €, deadline Fri 24.03. 12:00
  pivot: 'Pivot statt Puzzle: Daten auswerten mit Excel', // Wed 12.04. 13:00–16:00, online, Dataport, 95 €
  welcome: 'Welcome Desk English: Serving International Residents', // Thu 13.04. 09:00–12:00, AFZ, English, 140 €, deadline passed Fri 10.03.
  prompt: 'Prompt für Prompt: KI-Werkstatt für Fortgeschrittene', // Tue 25.04. 13:00–16:30, online, Dataport, free
  barrierefrei: 'Ohne Hürden: Barrierefreie Dokumente erstellen', // Fri 05.05. 09:00–12:30, AFZ, Tietjen, free
  lotsen: 'Den Wandel lotsen: Qualifizierung zur Digitallotsin und zum Digitallotsen', // 02./03./16./17.05. 09:00–16:00, AFZ, 480 € (half paid by the state), Bremen + Bremerhaven only
  doppik: 'Soll und Haben im Rathaus: Kommunale Doppik verstehen', // Tue 30.05. 09:00–16:00, Stadthaus, HfÖV, 210 €
  update: 'Sicher ist sicher: Datenschutz-Update für die Sachbearbeitung', // Tue 27.06. 09:00–12:00, online, HfÖV, free
  fuehrung: 'Vom Team in die Leitung: Gut starten als Führungskraft', // Thu 22.06. 09:00–16:00, AFZ, Weserkontor, 350 €
  pass: 'Gut ausgewiesen: Pass- und Ausweisrecht im Bürgeramt', // Wed 26.04. 09:00–12:00, Stadthaus, HfÖV, free
  kraft: 'Kraft tanken: Gelassen bleiben, wenn viel los ist', // Tue 09.05. 13:00–16:00, online, Lührs, 85 € (resilience, stress)
  pruefung: 'Fit für die Zwischenprüfung: Lernen mit System', // Thu 08.06. 13:00–16:00, AFZ, HfÖV, free, trainees
  social: 'Gefällt mir: Social Media für die Ortsämter', // draft (19.04.)
  mobil: 'Schreibtisch adé: Mobiles Arbeiten gut organisieren', // draft (15.06.)
  rhetorik: 'Sprechen wie gedruckt: Rhetorik für Sitzungen und Ausschüsse', // cancelled (21.03.)
  gruen: 'Grün beschaffen: Nachhaltige Vergabe in Bremen', // cancelled (10.05.)
  eakte: 'Papierlos glücklich: Die E-Akte VISkompakt im Amt', // past (Thu 17 February 2028)
  notfall: 'Wenn nichts mehr geht: Notfallplanung für Bürgerämter', // past (Thu 9 March 2028)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.social, T.mobil, T.rhetorik, T.gruen, T.eakte, T.notfall];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- dates alone: today, tomorrow, this week, next week, calendar week, weekend -------------------------------------
  { q: 'Was läuft heute noch?', kind: 'list', titles: [T.phishing] },
  { q: 'Gibt es morgen früh ein Seminar?', kind: 'list', titles: [T.deeskalation] },
  { q: 'Was ist übermorgen?', kind: 'list', titles: [T.excel] },
  { q: 'Was läuft diese Woche noch?', kind: 'list', titles: [T.phishing, T.deeskalation, T.excel] },
  { q: 'Anything on Thursday?', locale: 'en', kind: 'list', titles: [T.deeskalation] },
  { q: 'Was gibt es nächsten Dienstag?', kind: 'list', titles: [T.melde] },
  { q: 'Was gibt es nächste Woche nachmittags?', kind: 'list', titles: [T.leicht, T.chatbot] },
  { q: 'Welche Seminare sind in KW 12?', kind: 'list', titles: [T.leicht, T.melde, T.chatbot, T.zettel] },
  {
    q: "What's on in the next two weeks?",
    locale: 'en',
    kind: 'list',
    titles: [T.phishing, T.deeskalation, T.excel, T.leicht, T.melde, T.chatbot, T.zettel],
  },
  { q: 'Gibt es am Wochenende Seminare?', kind: 'none' },
  // --- dates alone: ranges, days of a month, months, quarters -----------------------------------------------------------
  { q: 'Was läuft zwischen dem 3. und 14. April?', kind: 'list', titles: [T.bescheid, T.pivot, T.welcome] },
  { q: 'Was ist Mitte nächsten Monats geplant?', kind: 'list', titles: [T.pivot, T.welcome] },
  { q: 'Was gibt es am 5.5.?', kind: 'list', titles: [T.barrierefrei] },
  { q: 'Was gibt es im Mai?', kind: 'list', titles: [T.lotsen, T.barrierefrei, T.kraft, T.doppik] },
  { q: 'Was ist Ende Mai los?', kind: 'list', titles: [T.doppik] },
  // --- dates combined with topics, formats, cost, language, seats --------------------------------------------------------
  { q: 'Gibt es im April was zu Excel?', kind: 'list', titles: [T.pivot] },
  { q: 'Gibt es ab dem 20. noch einen Excel-Kurs?', kind: 'list', titles: [T.pivot] },
  { q: 'Gibt es in zwei Wochen was zum Datenschutz?', kind: 'list', titles: [T.datenschutz] },
  { q: 'Anything on data protection by the end of April?', locale: 'en', kind: 'list', titles: [T.datenschutz] },
  { q: 'Is there anything on AI after Easter?', locale: 'en', kind: 'list', titles: [T.prompt] },
  {
    q: 'Welche Online-Seminare gibt es im zweiten Quartal?',
    kind: 'list',
    titles: [T.pivot, T.prompt, T.kraft, T.update],
  },
  { q: 'Gibt es im Frühjahr ein Führungsseminar?', kind: 'none' },
  { q: 'Is there anything in English next month?', locale: 'en', kind: 'list', titles: [T.welcome] },
  { q: 'Welche kostenlosen Seminare gibt es im April?', kind: 'list', titles: [T.prompt, T.pass] },
  {
    q: 'Welche Präsenzseminare im Mai haben noch freie Plätze?',
    kind: 'list',
    titles: [T.lotsen, T.barrierefrei, T.doppik],
  },
  // --- facts: cost, when, start time, duration, where, format, trainer, deadline, free seats ------------------------------
  { q: 'How much is the Excel pivot course?', locale: 'en', kind: 'facts', titles: [T.pivot], says: ['costs €95'] },
  {
    q: 'Wann ist die Digitallotsen-Qualifizierung?',
    kind: 'facts',
    titles: [T.lotsen],
    says: [
      'an 4 Tagen',
      'Di., 02.05.2028, Mi., 03.05.2028, Di., 16.05.2028 und Mi., 17.05.2028',
      'jeweils von 09:00 bis 16:00 Uhr',
    ],
  },
  {
    q: 'Wann findet das Seminar zur Selbstorganisation statt?',
    kind: 'facts',
    titles: [T.zettel],
    says: ['an 2 Tagen', 'Do., 23.03.2028 und Do., 30.03.2028', 'jeweils von 09:00 bis 12:00 Uhr'],
  },
  {
    q: 'Um wie viel Uhr beginnt das Melderecht-Seminar?',
    kind: 'facts',
    titles: [T.melde],
    says: ['beginnt am Di., 21.03.2028 um 09:00 Uhr'],
  },
  {
    q: 'Wie lange dauert die Schulung zu Bescheiden?',
    kind: 'facts',
    titles: [T.bescheid],
    says: ['dauert 7 Stunden, von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'How long is the AI workshop after Easter?',
    locale: 'en',
    kind: 'facts',
    titles: [T.prompt],
    says: ['lasts 3.5 hours, from 13:00 to 16:30'],
  },
  { q: 'Wo findet der Doppik-Kurs statt?', kind: 'facts', titles: [T.doppik], says: ['im Stadthaus Bremerhaven'] },
  {
    q: 'Findet das Datenschutz-Seminar Ende März online statt?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: [/findet hybrid statt|oder online statt/],
  },
  {
    q: 'Wer leitet die Digitallotsen-Qualifizierung?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['leiten Herr Dr. Timo Kück und Frau Lena Brandt'],
  },
  {
    q: 'Bis wann kann ich mich für die Bescheid-Schulung anmelden?',
    kind: 'facts',
    titles: [T.bescheid],
    says: ['bis Fr., 24.03.2028, 12:00 Uhr'],
  },
  {
    q: 'Wie viele Plätze sind beim Deeskalationstraining morgen noch frei?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['noch 14 von 14 Plätzen frei'],
  },
  // --- follow-ups in a conversation ---------------------------------------------------------------------------------------
  { conv: 'morgen', q: 'Was läuft morgen?', kind: 'list', titles: [T.deeskalation] },
  { conv: 'morgen', q: 'Und danach?', kind: 'list', titles: [T.excel] },
  { conv: 'ki', q: 'Gibt es nächste Woche was zu KI?', kind: 'list', titles: [T.chatbot] },
  { conv: 'ki', q: 'Gibt es einen späteren Termin?', kind: 'list', titles: [T.prompt] },
  { conv: 'ki', q: 'Ist der kostenlos?', kind: 'facts', titles: [T.prompt], says: ['ist kostenlos'] },
  {
    conv: 'lotsin',
    q: 'Ich bin Digitallotsin in Bremerhaven – welche Qualifizierung gibt es für mich?',
    kind: 'list',
    titles: [T.lotsen],
  },
  {
    conv: 'lotsin',
    q: 'Wann geht die los?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['beginnt am Di., 02.05.2028 um 09:00 Uhr'],
  },
  {
    conv: 'lotsin',
    q: 'Und was kostet das?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['kostet 480 €'],
    mentions: ['Das Land Bremen übernimmt die Hälfte der Gebühr'],
  },
  {
    conv: 'counter',
    q: 'Is there a course for counter staff who serve residents in English?',
    locale: 'en',
    kind: 'list',
    titles: [T.welcome],
  },
  {
    conv: 'counter',
    q: 'What time does it start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.welcome],
    says: ['starts on Thu, 13 Apr 2028 at 09:00'],
  },
  {
    conv: 'counter',
    q: 'Can I still sign up?',
    locale: 'en',
    kind: 'facts',
    titles: [T.welcome],
    says: ['passed on Fri, 10 Mar 2028, 23:59'],
  },
  // --- topic searches: words only in summary or description, synonyms, compounds, typos --------------------------------
  {
    q: 'Wie schreibe ich eine Rechtsbehelfsbelehrung?',
    kind: 'list',
    titles: [T.bescheid],
    miss: 'the course on notices names the appeal instructions in its description only; the plain-language course has "schreiben" in its title and comes first',
  },
  { q: 'Gibt es was zu ChatGPT?', kind: 'list', ...only(T.chatbot, T.prompt) },
  { q: 'Gibt es was gegen Stress?', kind: 'list', titles: [T.kraft] },
  { q: 'Gibt es eine Passrechtsschulung?', kind: 'list', titles: [T.pass] },
  { q: 'Datenschuz Schulung', kind: 'list', ...only(T.datenschutz, T.update) },
  // --- filters: place, trainer, provider, audience, length ---------------------------------------------------------------
  { q: 'Was findet im Stadthaus Bremerhaven statt?', kind: 'list', ...only(T.excel, T.zettel, T.pass, T.doppik) },
  { q: 'Welche Seminare leitet Frau Tietjen?', kind: 'list', ...only(T.leicht, T.barrierefrei) },
  { q: 'Was bietet Dataport an?', kind: 'list', ...only(T.phishing, T.excel, T.chatbot, T.pivot, T.prompt) },
  { q: 'Gibt es was für Azubis?', kind: 'list', titles: [T.pruefung] },
  { q: 'Welche Seminare dauern mehrere Tage?', kind: 'list', ...only(T.zettel, T.lotsen) },
  // --- gone, drafts, no match, greeting ----------------------------------------------------------------------------------
  { q: 'Wann war die Schulung zur E-Akte?', kind: 'gone', gone: T.eakte, says: ['Do., 17.02.2028'] },
  {
    q: 'When was the emergency planning workshop?',
    locale: 'en',
    kind: 'gone',
    gone: T.notfall,
    says: ['Thu, 9 Mar 2028'],
  },
  { q: 'Findet das Rhetorikseminar statt?', kind: 'gone', gone: T.rhetorik },
  { q: 'How much is the green procurement seminar?', locale: 'en', kind: 'gone', gone: T.gruen },
  { q: 'Gibt es was zu Instagram?', kind: 'none' },
  { q: 'Moin!', kind: 'help' },
  { q: 'Hello, what can you do?', locale: 'en', kind: 'help' },
];

heldoutSuite(
  'answering questions about a sixty-first, independent catalogue (AFZ Bremen and Bremerhaven, date questions)',
  { fixture: 'heldout61-catalogue.json', now, timeZone: TZ, cases: CASES, titles: all, never: NEVER },
);
