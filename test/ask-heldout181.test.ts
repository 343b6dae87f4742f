// Over-fitting check, hundred-and-eighty-first catalogue: the 2028 spring programme for the Landkreis Biberach
// (Baden-Württemberg) with the Verwaltungsschule des Gemeindetags Baden-Württemberg (VWS), the Landratsamt's
// Personalentwicklung, Komm.ONE, the Unfallkasse Baden-Württemberg (UKBW) and the Volkshochschule Biberach (VHS), for the
// county and its towns (Biberach an der Riß, Laupheim, Riedlingen, Bad Schussenried, Ochsenhausen, Bad Buchau),
// imported from a JSON file. Seminars take place in the Landratsamt Biberach, the Volkshochschule Biberach, the
// Kulturhaus Schloss Großlaupheim, the town halls of Riedlingen, Ochsenhausen, Bad Schussenried, Bad Buchau and Laupheim,
// the Laupheim Bauhof, online or hybrid. Ten titles do not name their subject ("Zwischendurch durchatmen" is stress
// relief, "Ordnung im Postfach" Outlook, "Ein Klick zu viel" information security, "Gut protokolliert ist halb
// beschlossen" the council's meeting service, "Die Maschine schreibt mit" AI, "Ruhig bleiben, wenn andere es nicht sind"
// de-escalation, "Drei Angebote und dann?" procurement law, "Gerade sitzen, locker bleiben" ergonomics, "Klar gesagt, gut
// verstanden" plain language, "Gemeinsam im Kanal" Microsoft Teams), so only summary, description or topics reveal
// them. One seminar is held in English (its deadline has passed); the budget-law course runs on two days across the
// start of summer time; the enaio e-file course is open only to Laupheim, Riedlingen and Bad Buchau; the information
// security course and first aid are free; three in-house courses of the Landratsamt give no fee at all. Acceptance-like
// style: half the questions in English, every kind of answer, asked as an outsider without looking at the parser.
//
// Calendar around `now` (Tuesday 14 March 2028, 10:00 in Biberach, winter time; summer time begins Sun 26.03.2028):
//   this week:  today 14:00–15:30 stress relief (online, VHS); Wed 15.03. 13:30–16:30 Outlook (online, Komm.ONE);
//               Fri 17.03. 09:00–12:00 travel expenses (hybrid, Landratsamt); the cancelled telephone course (Thu
//               16.03.); the references course was yesterday (Mon 13.03., past)
//   next week:  Mon 20.03. 09:00–11:30 information security (online), Tue 21.03. 09:00–12:30 English (VHS; deadline
//               passed Fri 10.03. 12:00), Wed 22.03. 09:00–16:00 land-use planning (Riedlingen; deadline Wed 15.03.
//               23:59), Thu 23.03. (CET) and Thu 30.03. (CEST) 09:00–16:00 budget law (Kulturhaus Laupheim)
//   April:      Tue 04. meeting service (Ochsenhausen), Wed 05. 13:00–16:00 e-file (online, members only), Tue 11.
//               09:00–12:00 AI (hybrid, Landratsamt), Wed 12. first aid (Bad Schussenried), Thu 20. de-escalation (Bad
//               Buchau), Tue 25. Excel (VHS, 8 seats), Wed 26. 09:00–12:30 procurement (online)
//   May:        Tue 02. induction day (Landratsamt), Wed 03. 14:00–16:00 ergonomics (online), Mon 08. fees (Laupheim),
//               Tue 16. plain language (VHS), Wed 17. 09:00–12:00 service-bw (online), Tue 23. property tax
//               (Ochsenhausen), Tue 30. staff appraisals (Landratsamt, for managers); the cancelled tree-inspection
//               course on Wed 10.05.
//   June:       Tue 13. 09:00–12:00 Teams (online), Wed 14. cemetery law (Bad Buchau), Tue 20. 07:30–15:30 road works
//               safety MVAS (Bauhof Laupheim), Thu 22. TVöD grading (hybrid, Landratsamt); the drafts accessible PDF
//               (Tue 27.06.) and heat planning (Wed 28.06.)
//   past:       Thu 27.01.2028 winter service (UKBW), Mon 13.03.2028 references (VWS).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-03-14T09:00:00Z'); // Tuesday, 14 March 2028, 10:00 in Biberach (CET)
const TZ = 'Europe/Berlin';

const T = {
  durchatmen: 'Zwischendurch durchatmen', // Tue 14.03. 14:00–15:30, online, VHS, Baur, stress relief, 25 €
  postfach: 'Ordnung im Postfach', // Wed 15.03. 13:30–16:30, online, Komm.ONE, Heinzelmann, Outlook, 95 €
  reisekosten: 'Dienstreisen richtig abrechnen: Reisekostenrecht in Baden-Württemberg', // Fri 17.03. 09:00–12:00, hybrid (Landratsamt), LRA PE, no fee given
  klick: 'Ein Klick zu viel', // Mon 20.03. 09:00–11:30, online, Komm.ONE, Rist, information security, free
  english: 'Welcoming International Residents: Everyday English for Public Services', // Tue 21.03. 09:00–12:30, VHS Biberach, McLeod, English, 110 €, deadline passed Fri 10.03. 12:00
  bauleitplanung: 'Bauleitplanung kompakt: Vom Aufstellungsbeschluss zum Bebauungsplan', // Wed 22.03. 09:00–16:00, Rathaus Riedlingen, VWS, Dr. Kiefer, 240 €, deadline Wed 15.03. 23:59
  haushalt: 'Haushaltsrecht kompakt: Das Neue Kommunale Haushaltsrecht in der Praxis', // Thu 23.03. (CET) and Thu 30.03. (CEST) 09:00–16:00, Kulturhaus Schloss Großlaupheim, VWS, 420 €
  sitzung: 'Gut protokolliert ist halb beschlossen', // Tue 04.04. 09:00–16:00, Rathaus Ochsenhausen, VWS, Gröner, meeting service, 190 €
  eakte: 'Digitale Akte mit enaio: Ablage, Suche und Vertretung', // Wed 05.04. 13:00–16:00, online, Komm.ONE, Rist, 120 €, only Laupheim/Riedlingen/Bad Buchau
  ki: 'Die Maschine schreibt mit', // Tue 11.04. 09:00–12:00, hybrid (Landratsamt), Komm.ONE, Dr. Kösler, AI, 60 €
  ersteHilfe: 'Erste Hilfe im Betrieb: Aus- und Fortbildung für Ersthelfende', // Wed 12.04. 08:30–16:30, Rathaus Bad Schussenried, UKBW, Maucher, free (UKBW pays), 20 seats
  deeskalation: 'Ruhig bleiben, wenn andere es nicht sind', // Thu 20.04. 09:00–15:00, Rathaus Bad Buchau, UKBW, Eble, de-escalation, 60 €
  excel: 'Excel für Fortgeschrittene: Pivot, SVERWEIS und Diagramme', // Tue 25.04. 09:00–16:00, VHS Biberach, Dorn, 145 €, 8 seats
  vergabe: 'Drei Angebote und dann?', // Wed 26.04. 09:00–12:30, online, VWS, Vöhringer, procurement law, 180 €
  einfuehrung: 'Willkommen im Landkreis: Einführungstag für neue Beschäftigte', // Tue 02.05. 09:00–15:00, Landratsamt, LRA PE, no fee given
  ergonomie: 'Gerade sitzen, locker bleiben', // Wed 03.05. 14:00–16:00, online, UKBW, Eble, ergonomics, 35 €
  gebuehren: 'Gebühren richtig kalkulieren: Kommunalabgabenrecht in der Praxis', // Mon 08.05. 09:00–16:00, Rathaus Laupheim, VWS, Schmid, 230 €
  sprache: 'Klar gesagt, gut verstanden', // Tue 16.05. 09:00–16:00, VHS Biberach, Sauter, plain language, 135 €
  servicebw: 'Online-Anträge bearbeiten mit service-bw', // Wed 17.05. 09:00–12:00, online, Komm.ONE, Fetzer, OZG, 75 €
  grundsteuer: 'Grundsteuer in Baden-Württemberg: Bodenwertmodell und Veranlagung', // Tue 23.05. 09:00–16:00, Rathaus Ochsenhausen, VWS, Dr. Kiefer, 210 €
  gespraeche: 'Mitarbeitergespräche führen: Jahresgespräch und Zielvereinbarung', // Tue 30.05. 09:00–16:00, Landratsamt, LRA PE, Schick, for managers, no fee given
  teams: 'Gemeinsam im Kanal', // Tue 13.06. 09:00–12:00, online, Komm.ONE, Heinzelmann, Microsoft Teams, 85 €
  friedhof: 'Friedhofs- und Bestattungsrecht in Baden-Württemberg', // Wed 14.06. 09:00–16:00, Rathaus Bad Buchau, VWS, Gröner, 195 €
  mvas: 'Arbeitsstellen an Straßen sichern: Grundlehrgang nach MVAS', // Tue 20.06. 07:30–15:30, Städtischer Bauhof Laupheim, UKBW, Maucher, 95 €
  tvoed: 'Eingruppierung nach TVöD: Tätigkeitsmerkmale richtig bewerten', // Thu 22.06. 09:00–16:00, hybrid (Landratsamt), VWS, Vöhringer, 260 €
  telefon: 'Souverän am Telefon: Professionell telefonieren im Bürgerservice', // cancelled (Thu 16.03.2028)
  baumkontrolle: 'Baumkontrolle: Verkehrssicherungspflicht für kommunale Bäume', // cancelled (Wed 10.05.2028)
  pdf: 'Barrierefreie PDF-Dokumente erstellen', // draft (Tue 27.06.)
  waerme: 'Kommunale Wärmeplanung: Pflichten, Daten und Förderung', // draft (Wed 28.06.)
  zeugnisse: 'Arbeitszeugnisse rechtssicher formulieren', // past (Mon 13 March 2028)
  winterdienst: 'Sicher durch den Winterdienst: Unterweisung für Bauhofbeschäftigte', // past (Thu 27 January 2028)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.telefon, T.baumkontrolle, T.pdf, T.waerme, T.zeugnisse, T.winterdienst];
const only = onlyAmong(all, NEVER);

const inPerson = [
  T.english,
  T.bauleitplanung,
  T.haushalt,
  T.sitzung,
  T.ersteHilfe,
  T.deeskalation,
  T.excel,
  T.einfuehrung,
  T.gebuehren,
  T.sprache,
  T.grundsteuer,
  T.gespraeche,
  T.friedhof,
  T.mvas,
];
const paid = [
  T.durchatmen,
  T.postfach,
  T.english,
  T.bauleitplanung,
  T.haushalt,
  T.sitzung,
  T.eakte,
  T.ki,
  T.deeskalation,
  T.excel,
  T.vergabe,
  T.ergonomie,
  T.gebuehren,
  T.sprache,
  T.servicebw,
  T.grundsteuer,
  T.teams,
  T.friedhof,
  T.mvas,
  T.tvoed,
];

const CASES: Case[] = [
  // --- facts: cost (free with a note, no fee given, a fee) --------------------------------------------------------------
  {
    q: 'how much is the first aid course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['is free of charge'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse Baden-Württemberg.'],
  },
  {
    q: 'was kostet die reisekosten schulung',
    kind: 'facts',
    titles: [T.reisekosten],
    says: ['ist keine Teilnahmegebühr angegeben'],
  },
  // --- facts: when (two days across the start of summer time), start time, duration -----------------------------------
  {
    q: 'wann ist haushaltsrecht',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['an 2 Tagen', 'Do., 23.03.2028 und Do., 30.03.2028', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'when is the microsoft teams training',
    locale: 'en',
    kind: 'facts',
    titles: [T.teams],
    says: ['on Tue, 13 Jun 2028 from 09:00 to 12:00'],
  },
  {
    q: 'what time does the outlook course start',
    locale: 'en',
    kind: 'facts',
    titles: [T.postfach],
    says: ['starts on Wed, 15 Mar 2028 at 13:30'],
  },
  {
    q: 'um wie viel uhr beginnt der mvas lehrgang',
    kind: 'facts',
    titles: [T.mvas],
    says: ['beginnt am Di., 20.06.2028 um 07:30 Uhr'],
  },
  {
    q: 'how long is the ergonomics session',
    locale: 'en',
    kind: 'facts',
    titles: [T.ergonomie],
    says: ['lasts 2 hours, from 14:00 to 16:00'],
  },
  {
    q: 'how long does the nkhr course take',
    locale: 'en',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['lasts 2 days, each from 09:00 to 16:00'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  {
    q: 'wo findet der erste hilfe kurs statt',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['im Rathaus Bad Schussenried'],
  },
  {
    q: 'where is the de-escalation training',
    locale: 'en',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['at Rathaus Bad Buchau'],
  },
  { q: 'wo ist die ki schulung', kind: 'facts', titles: [T.ki], says: ['im Landratsamt Biberach', 'oder online'] },
  {
    q: 'is the gebuehrenkalkulation seminar online or in person',
    locale: 'en',
    kind: 'facts',
    titles: [T.gebuehren],
    says: ['takes place in person'],
  },
  {
    q: 'who teaches the english course',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['is led by Ms Fiona McLeod'],
  },
  {
    q: 'registration deadline for bauleitplanung',
    locale: 'en',
    kind: 'facts',
    titles: [T.bauleitplanung],
    says: ['until Wed, 15 Mar 2028, 23:59'],
  },
  {
    q: 'bis wann kann ich mich fuer den englischkurs anmelden',
    kind: 'facts',
    titles: [T.english],
    says: ['am Fr., 10.03.2028, 12:00 Uhr abgelaufen'],
  },
  {
    q: 'sind beim excel kurs noch plaetze frei',
    kind: 'facts',
    titles: [T.excel],
    says: ['noch 8 von 8 Plätzen frei'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  { conv: 'phishing', q: 'wie erkenne ich phishing mails', kind: 'list', titles: [T.klick] },
  {
    conv: 'phishing',
    q: 'wann ist das',
    kind: 'facts',
    titles: [T.klick],
    says: ['am Mo., 20.03.2028 von 09:00 bis 11:30 Uhr'],
  },
  { conv: 'phishing', q: 'kostet das was?', kind: 'facts', titles: [T.klick], says: ['ist kostenlos'] },
  { conv: 'ai', q: 'any course about ai tools like chatgpt', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    conv: 'ai',
    q: 'where is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['at Landratsamt Biberach', 'or online'],
  },
  {
    conv: 'ai',
    q: 'who runs it',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is led by Frau Dr. Lea Kösler'],
  },
  { conv: 'ai', q: 'tell me more about it', locale: 'en', kind: 'details', titles: [T.ki] },
  { conv: 'sprache', q: 'wie formuliere ich briefe an bürger verständlich', kind: 'list', titles: [T.sprache] },
  { conv: 'sprache', q: 'wer leitet das?', kind: 'facts', titles: [T.sprache], says: ['leitet Frau Ulrike Sauter'] },
  {
    conv: 'sprache',
    q: 'gibt es das auch online?',
    kind: 'facts',
    titles: [T.sprache],
    says: ['findet in Präsenz statt'],
  },
  { conv: 'council', q: 'sitzungsdienst course', locale: 'en', kind: 'list', titles: [T.sitzung] },
  {
    conv: 'council',
    q: 'when is it',
    locale: 'en',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['on Tue, 4 Apr 2028 from 09:00 to 16:00'],
  },
  { conv: 'council', q: 'thanks!', locale: 'en', kind: 'thanks' },
  // --- topic searches: words only in summary, description or topics, English words, typos ------------------------------
  { q: 'stress abbauen', kind: 'list', titles: [T.durchatmen] },
  { q: 'rueckenschmerzen', kind: 'list', titles: [T.ergonomie] },
  { q: 'e-akte', kind: 'list', titles: [T.eakte] },
  { q: 'deeskalatoin', kind: 'list', titles: [T.deeskalation] },
  { q: 'vergaberecht', kind: 'list', titles: [T.vergabe] },
  { q: 'it security training', locale: 'en', kind: 'list', titles: [T.klick] },
  {
    miss: 'typed without any other English word, "firts aid" is read as German and its slip is not mended',
    q: 'firts aid',
    locale: 'en',
    kind: 'list',
    titles: [T.ersteHilfe],
  },
  { q: 'online applications service-bw', locale: 'en', kind: 'list', titles: [T.servicebw] },
  // --- filters: dates, time of day, format, place, provider, audience, cost, language, trainer --------------------------
  { q: 'was ist heute noch', kind: 'list', titles: [T.durchatmen] },
  { q: 'was läuft diese woche', kind: 'list', titles: [T.durchatmen, T.postfach, T.reisekosten] },
  {
    q: "what's on next week",
    locale: 'en',
    kind: 'list',
    titles: [T.klick, T.english, T.bauleitplanung, T.haushalt],
  },
  {
    q: 'online seminars in the morning',
    locale: 'en',
    kind: 'list',
    includes: [T.klick, T.vergabe, T.servicebw, T.teams],
    excludes: [...inPerson, T.durchatmen, T.postfach, T.eakte, T.ergonomie],
  },
  {
    q: 'präsenzseminare im mai',
    kind: 'list',
    titles: [T.einfuehrung, T.gebuehren, T.sprache, T.grundsteuer, T.gespraeche],
  },
  { q: 'courses in ochsenhausen', locale: 'en', kind: 'list', ...only(T.sitzung, T.grundsteuer) },
  {
    q: 'what does the unfallkasse offer',
    locale: 'en',
    kind: 'list',
    ...only(T.ersteHilfe, T.deeskalation, T.ergonomie, T.mvas),
  },
  { q: 'anything for managers?', locale: 'en', kind: 'list', titles: [T.gespraeche] },
  { q: 'kostenlose seminare', kind: 'list', includes: [T.klick, T.ersteHilfe], excludes: paid },
  { q: 'courses held in english', locale: 'en', kind: 'list', titles: [T.english] },
  { q: 'kurse von frau gröner', kind: 'list', ...only(T.sitzung, T.friedhof) },
  // --- details ----------------------------------------------------------------------------------------------------------
  { q: 'details zum friedhofsrecht', kind: 'details', titles: [T.friedhof] },
  { q: 'show details of the mvas course', locale: 'en', kind: 'details', titles: [T.mvas] },
  // --- gone: cancelled and past seminars asked by name ---------------------------------------------------------------
  { q: 'wann ist der telefonkurs', kind: 'gone', gone: T.telefon, says: ['wurde abgesagt'] },
  {
    q: 'is the baumkontrolle seminar still on',
    locale: 'en',
    kind: 'gone',
    gone: T.baumkontrolle,
    says: ['has been cancelled'],
  },
  { q: 'arbeitszeugnisse seminar', kind: 'gone', gone: T.zeugnisse, says: ['Mo., 13.03.2028'] },
  {
    q: 'when was the winterdienst training',
    locale: 'en',
    kind: 'gone',
    gone: T.winterdienst,
    says: ['Thu, 27 Jan 2028'],
  },
  // --- none: drafts are never shown, no match --------------------------------------------------------------------------
  { q: 'barrierefreie pdf', kind: 'none' },
  { q: 'kommunale waermeplanung course', locale: 'en', kind: 'none' },
  { q: 'gabelstapler schein', kind: 'none' },
  // --- no context, own registrations, thanks, help ---------------------------------------------------------------------
  { conv: 'ohne', q: 'was kostet das?', kind: 'noContext' },
  { conv: 'blank', q: 'when is it?', locale: 'en', kind: 'noContext' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
  { q: 'show my registrations', locale: 'en', kind: 'myRegistrations' },
  { q: 'danke dir!', kind: 'thanks' },
  { q: 'hallo', kind: 'help' },
  { q: 'hello', locale: 'en', kind: 'help' },
];

heldoutSuite(
  'answering questions about a hundred-and-eighty-first, independent catalogue (Landkreis Biberach, VWS, Komm.ONE, UKBW)',
  {
    fixture: 'heldout181-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
