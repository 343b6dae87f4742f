// Over-fitting check, sixty-ninth catalogue: the 2028 programme of the Kreis Schleswig-Flensburg with the
// Verwaltungsakademie Bordesholm, the IT-Verbund Schleswig-Holstein (ITV.SH), the county's Fachdienst Personal and the
// DRK, for the county and its Ämter and towns (Schleswig, Kappeln, Glücksburg, Amt Südangeln, Amt Haddeby, Amt Oeversee,
// Harrislee, Handewitt), imported from a JSON file. Seminars take place in the Kreishaus Schleswig (Flensburger Straße),
// in the Bildungszentrum Kappeln, online or hybrid. Several titles do not name their subject at all ("Gut vorbereitet ist
// halb gewonnen" is the procurement course, "Durchatmen statt durchhalten" the stress course, "Ruhig bleiben, wenn es
// laut wird" de-escalation with abusive callers), so only summary, description or topics reveal it; one seminar is held
// in English (Danish–German cooperation); the Digitallotsen qualification runs four days, is open to the member
// municipalities only and half of its fee is paid by the state. Questions are written the way employees ask, in
// everyday words rather than the catalogue's terms, without looking at the parser or the answers. Same assertions as the
// other suites: exactly the expected seminars (best first where one is clearly best), the asked fact in the first
// sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Wednesday 8 March 2028, 11:00 in Schleswig, winter time; summer time begins Sun 26.03.2028):
//   this week:  nothing more today; Thu 09.03. 13:30–16:00 Outlook (online, tomorrow), Fri 10.03. 09:00–12:00 data protection (hybrid)
//   next week:  Mon 13.03. morning (stress, online), Tue 14.03. afternoon (IT security, online),
//               Wed 15.03. morning (English, Kreishaus), Thu 16.03. afternoon (accessibility, hybrid)
//   then:       Tue 21.03. procurement; Thu 23.03. (CET) and Thu 30.03. (CEST) the two-day leadership course across the
//               DST change; Fri 24.03. de-escalation (Kappeln); Tue 28.03. minutes (Kappeln); the cancelled Plattdeutsch
//               course on Wed 22.03.
//   April:      03./04. budget law, 05. mobile work, 11. AI (hybrid), 18./19./25./26. Digitallotsen (Kappeln), 20. OZG,
//               27. first aid (Kappeln); the cancelled Excel course on 12.04.
//   May:        03. staff appraisals, 11. plain-language letters (Kappeln), 23. land-use planning (Kappeln); the draft
//               election-officer training on 02.05.
//   later:      Wed 14.06. back health (online), Wed/Thu 02./03.08. induction days for trainees.
//   past:       Thu 20.01.2028 kick-off digital strategy, Tue 15.02.2028 cash handling.
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-03-08T10:00:00Z'); // Wednesday, 8 March 2028, 11:00 in Schleswig (CET)
const TZ = 'Europe/Berlin';

const T = {
  outlook: 'Schluss mit dem Suchen: Outlook im Arbeitsalltag', // Thu 09.03.2028 13:30–16:00, online, ITV.SH, Hansen, free
  datenschutz: 'Datenschutz im Amtsalltag: Auskunft, Weitergabe, Löschfristen', // Fri 10.03. 09:00–12:00, hybrid (Kreishaus), DSGVO, free
  stress: 'Durchatmen statt durchhalten', // Mon 13.03. 09:00–12:30, online, stress management, free, 20 seats
  sicherheit: 'Erst denken, dann klicken: Sicher am Arbeitsplatz', // Tue 14.03. 13:00–15:00, online, ITV.SH, Carstensen, viruses, free
  grenze: 'Working Together Across the Border: Danish–German Cooperation in Practice', // Wed 15.03. 09:00–12:30, Kreishaus, English, deadline passed 01.03.
  barriere: 'Für alle gemacht: Internetauftritte und Dokumente ohne Hürden', // Thu 16.03. 13:00–16:00, hybrid (Kreishaus), ITV.SH, accessibility, free
  vergabe: 'Gut vorbereitet ist halb gewonnen', // Tue 21.03. 09:00–16:00, Kreishaus, VA Bordesholm, 260 €, deadline Tue 14.03. 23:59, procurement
  fuehrung: 'Vom Kollegen zur Vorgesetzten: Sicher in die neue Rolle', // Thu 23.03. (CET) and Thu 30.03. (CEST) 09:00–16:00, Kreishaus, 520 €, Lorenzen
  deeskalation: 'Ruhig bleiben, wenn es laut wird', // Fri 24.03. 09:00–15:00, Kappeln, 150 €, 14 seats, abusive callers
  sitzungsdienst: 'Schwarz auf weiß: Sitzungsdienst für Gremien', // Tue 28.03. 09:00–15:30, Kappeln, VA Bordesholm, 190 €, minutes of committees
  haushalt: 'Zahlen, bitte: Kommunales Haushaltsrecht für Einsteiger', // Mon 03.04. and Tue 04.04. 09:00–16:00, Kreishaus, 390 €, Doppik
  mobil: 'Nah dran, auch auf Abstand: Gute Zusammenarbeit in verteilten Teams', // Wed 05.04. 09:00–12:00, online, mobile work, free
  ki: 'Frag die Maschine: Sprachmodelle im Verwaltungsalltag', // Tue 11.04. 13:00–16:00, hybrid (Kreishaus), ITV.SH, artificial intelligence, free
  lotsen: 'Qualifizierung Digitallotsinnen und Digitallotsen: Digitalisierung vor Ort begleiten', // 18./19./25./26.04. 09:00–16:00, Kappeln, ITV.SH, 1.200 € (state pays half), members only
  ozg: 'Vom Papierantrag zum Online-Dienst', // Thu 20.04. 09:00–12:00, online, ITV.SH, Carstensen, OZG, free
  ersteHilfe: 'Im Ernstfall da sein: Ausbildung zur Ersthelferin und zum Ersthelfer', // Thu 27.04. 08:30–16:30, Kappeln, DRK, free (Unfallkasse Nord)
  gespraeche: 'Gespräche, die weiterbringen', // Wed 03.05. 09:00–16:00, Kreishaus, VA Bordesholm, 210 €, staff appraisals, for managers, Lorenzen
  briefe: 'Klar und freundlich: Briefe, die ankommen', // Thu 11.05. 09:00–15:00, Kappeln, VA Bordesholm, 170 €, plain language
  bauleitplanung: 'Was darf wo gebaut werden: Bauleitplanung verstehen', // Tue 23.05. 09:00–15:00, Kappeln, VA Bordesholm, 180 €, B-Plan
  azubis: 'Willkommen an Bord: Einführungstage für Auszubildende', // Wed 02.08. and Thu 03.08. 09:00–15:00, Kreishaus, free
  ruecken: 'Bewegte Pause: Fit am Schreibtisch', // Wed 14.06. 10:00–11:30, online, back health, free
  wahl: 'Am Wahltag sicher: Schulung für Wahlvorstände', // draft
  instagram: 'Gemeinde auf Instagram: Social Media für Ämter und Städte', // draft
  platt: 'Snacken wi Platt: Plattdeutsch am Tresen', // cancelled (Wed 22.03.2028)
  excel: 'Tabellen, die rechnen: Excel für Einsteiger', // cancelled (Wed 12.04.2028)
  auftakt: 'Auftakt Digitalstrategie 2028: Der Kreis wird digital', // past (Thu 20 January 2028)
  bargeld: 'Bargeld sicher verwalten: Kassen und Zahlstellen im Amt', // past (Tue 15 February 2028)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.wahl, T.instagram, T.platt, T.excel, T.auftakt, T.bargeld];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  {
    q: 'Was kostet die Digitallotsen-Qualifizierung?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['kostet 1.200 €'],
    mentions: ['Das Land Schleswig-Holstein übernimmt die Hälfte der Kosten.'],
  },
  {
    q: 'Ist der Erste-Hilfe-Kurs kostenlos?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse Nord.'],
  },
  { q: 'How much is the procurement course?', locale: 'en', kind: 'facts', titles: [T.vergabe], says: ['costs €260'] },
  // --- facts: when (across the DST change), start time, duration -------------------------------------------------------
  {
    q: 'Wann findet „Vom Kollegen zur Vorgesetzten“ statt?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 23.03.2028 und Do., 30.03.2028', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'When does the Digitallotsen qualification take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.lotsen],
    says: [
      'on 4 days',
      'Tue, 18 Apr 2028, Wed, 19 Apr 2028, Tue, 25 Apr 2028 and Wed, 26 Apr 2028',
      'each from 09:00 to 16:00',
    ],
  },
  {
    q: 'Um wie viel Uhr beginnt das Seminar zur Barrierefreiheit?',
    kind: 'facts',
    titles: [T.barriere],
    says: ['beginnt am Do., 16.03.2028 um 13:00 Uhr'],
  },
  {
    q: 'What time does the first aid course start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['starts on Thu, 27 Apr 2028 at 08:30'],
  },
  {
    q: 'Wie lange dauert die Outlook-Schulung?',
    kind: 'facts',
    titles: [T.outlook],
    says: ['dauert 2,5 Stunden, von 13:30 bis 16:00 Uhr'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  {
    q: 'Wo findet das Seminar zur Protokollführung statt?',
    kind: 'facts',
    titles: [T.sitzungsdienst],
    says: ['im Bildungszentrum Kappeln'],
  },
  {
    q: 'Findet das Seminar zur künstlichen Intelligenz vor Ort statt?',
    kind: 'facts',
    titles: [T.ki],
    says: [/findet hybrid statt|oder online statt/],
  },
  {
    q: 'Is the GDPR training online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.datenschutz],
    says: [/is hybrid|or online/],
  },
  { q: 'Wer leitet den Outlook-Kurs?', kind: 'facts', titles: [T.outlook], says: ['leitet Frau Birte Hansen'] },
  {
    q: 'Bis wann kann ich mich für das Vergabeseminar anmelden?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Di., 14.03.2028, 23:59 Uhr'],
  },
  {
    q: 'Until when can I sign up for the Danish–German cooperation workshop?',
    locale: 'en',
    kind: 'facts',
    titles: [T.grenze],
    says: ['passed on Wed, 1 Mar 2028, 23:59'],
  },
  {
    q: 'Wie viele Plätze sind im Stressseminar noch frei?',
    kind: 'facts',
    titles: [T.stress],
    says: ['noch 20 von 20 Plätzen frei'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  {
    conv: 'ausschreibung',
    q: 'Wie schreibe ich eine Ausschreibung?',
    kind: 'list',
    titles: [T.vergabe],
    miss: '"schreibe" is also found inside "Schreibtisch" of the exercise course, which stays above the cut-off beside the procurement course',
  },
  {
    conv: 'ausschreibung',
    q: 'Was kostet das?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['kostet 260 €'],
  },
  {
    conv: 'ausschreibung',
    q: 'Und wo findet das statt?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['im Kreishaus Schleswig'],
  },
  {
    conv: 'telefon',
    q: 'Was mache ich, wenn jemand am Telefon ausfällig wird?',
    kind: 'list',
    titles: [T.deeskalation],
  },
  {
    conv: 'telefon',
    q: 'Wann ist das?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['am Fr., 24.03.2028 von 09:00 bis 15:00 Uhr'],
  },
  {
    conv: 'telefon',
    q: 'Sind noch Plätze frei?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['noch 14 von 14 Plätzen frei'],
  },
  {
    conv: 'viruses',
    q: 'How do I protect my computer from viruses?',
    locale: 'en',
    kind: 'list',
    titles: [T.sicherheit],
  },
  {
    conv: 'viruses',
    q: 'Is it online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.sicherheit],
    says: ['takes place online'],
  },
  {
    conv: 'viruses',
    q: 'How long does it take?',
    locale: 'en',
    kind: 'facts',
    titles: [T.sicherheit],
    says: ['lasts 2 hours, from 13:00 to 15:00'],
  },
  { conv: 'protokoll', q: 'Ich muss Protokolle für den Ausschuss schreiben', kind: 'list', titles: [T.sitzungsdienst] },
  {
    conv: 'protokoll',
    q: 'Wie lange dauert das?',
    kind: 'facts',
    titles: [T.sitzungsdienst],
    says: ['dauert 6,5 Stunden, von 09:00 bis 15:30 Uhr'],
  },
  // --- topic searches: everyday words, words only in summary or description, compounds, synonyms, abbreviations --------
  { q: 'Wie gehe ich mit Stress um?', kind: 'list', titles: [T.stress] },
  { q: 'wie organisiere ich meine E-Mails', kind: 'list', titles: [T.outlook] },
  { q: 'Kurs zum Thema Barrieren im Netz', kind: 'list', titles: [T.barriere] },
  { q: 'Gibt es was zum Thema Homeoffice?', kind: 'list', titles: [T.mobil] },
  { q: 'Gibt es eine Schulung zu KI?', kind: 'list', titles: [T.ki] },
  { q: 'Is there a course on ChatGPT?', locale: 'en', kind: 'list', titles: [T.ki] },
  { q: 'Was gibt es zur DSGVO?', kind: 'list', titles: [T.datenschutz] },
  { q: 'Gibt es was zum OZG?', kind: 'list', titles: [T.ozg] },
  { q: 'Wo lerne ich, wie man einen Defibrillator benutzt?', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'Ich habe ständig Rückenschmerzen – gibt es da was?', kind: 'list', titles: [T.ruecken] },
  { q: 'Gibt es eine Einführung für neue Azubis?', kind: 'list', titles: [T.azubis] },
  {
    q: 'Ich muss bald Mitarbeitergespräche mit meinem Team führen – gibt es dazu ein Seminar?',
    kind: 'list',
    first: T.gespraeche,
  },
  { q: 'Is there anything on working with Danish authorities?', locale: 'en', kind: 'list', titles: [T.grenze] },
  { q: 'Schulung zu B-Plänen', kind: 'list', titles: [T.bauleitplanung] },
  // --- typos -----------------------------------------------------------------------------------------------------------
  { q: 'Schulung Ausschreibnug', kind: 'list', titles: [T.vergabe] },
  { q: 'Deeskaltion Seminar', kind: 'list', titles: [T.deeskalation] },
  // --- filters: dates, time of day, format, place, free seats, trainer, provider, audience, length, cost, language -----
  { q: 'Was gibt es diese Woche noch?', kind: 'list', titles: [T.outlook, T.datenschutz] },
  { q: "What's on tomorrow?", locale: 'en', kind: 'list', titles: [T.outlook] },
  { q: 'Was läuft nächste Woche vormittags?', kind: 'list', titles: [T.stress, T.grenze] },
  { q: 'Anything next week in the afternoon?', locale: 'en', kind: 'list', titles: [T.sicherheit, T.barriere] },
  { q: 'Was gibt es im April?', kind: 'list', titles: [T.haushalt, T.mobil, T.ki, T.lotsen, T.ozg, T.ersteHilfe] },
  { q: 'Welche kostenlosen Seminare gibt es im April?', kind: 'list', titles: [T.mobil, T.ki, T.ozg, T.ersteHilfe] },
  { q: 'Welche Präsenzseminare gibt es im Mai?', kind: 'list', titles: [T.gespraeche, T.briefe, T.bauleitplanung] },
  {
    q: 'Was findet in Kappeln statt?',
    kind: 'list',
    ...only(T.deeskalation, T.sitzungsdienst, T.lotsen, T.ersteHilfe, T.briefe, T.bauleitplanung),
  },
  { q: 'Gibt es im März in Kappeln noch freie Plätze?', kind: 'list', titles: [T.deeskalation, T.sitzungsdienst] },
  { q: 'Welche Seminare hält Jens Carstensen?', kind: 'list', ...only(T.sicherheit, T.ozg) },
  { q: 'Was bietet das ITV.SH an?', kind: 'list', ...only(T.outlook, T.sicherheit, T.barriere, T.ki, T.lotsen, T.ozg) },
  { q: 'Gibt es Seminare für Führungskräfte?', kind: 'list', ...only(T.fuehrung, T.gespraeche) },
  { q: 'Welche mehrtägigen Seminare gibt es?', kind: 'list', ...only(T.fuehrung, T.haushalt, T.lotsen, T.azubis) },
  { q: 'Are any seminars held in English?', locale: 'en', kind: 'list', titles: [T.grenze] },
  // --- gone, drafts never shown, no match, greeting --------------------------------------------------------------------
  {
    q: 'Wann war die Auftaktveranstaltung zur Digitalstrategie?',
    kind: 'gone',
    gone: T.auftakt,
    says: ['Do., 20.01.2028'],
  },
  { q: 'Was kostet der Plattdeutsch-Kurs?', kind: 'gone', gone: T.platt },
  { q: 'When is the Excel course?', locale: 'en', kind: 'gone', gone: T.excel },
  { q: 'Gibt es eine Schulung für Wahlhelfer?', kind: 'none' },
  { q: 'Is there a course on Instagram?', locale: 'en', kind: 'none' },
  { q: 'Gibt es einen Staplerschein?', kind: 'none' },
  { q: 'Moin!', kind: 'help' },
  { q: 'Hello!', locale: 'en', kind: 'help' },
];

heldoutSuite('answering questions about a sixty-ninth, independent catalogue (Kreis Schleswig-Flensburg, ITV.SH)', {
  fixture: 'heldout69-catalogue.json',
  now,
  timeZone: TZ,
  cases: CASES,
  titles: all,
  never: NEVER,
});
