// Over-fitting check, two-hundred-and-ninety-fourth catalogue: the summer and autumn 2028 programme for the Stadt
// Würzburg (Bavaria) with its departments (Bürgerservice, Gartenamt, Fachbereich Jugend und Familie, Fachbereich
// Digitalisierung, Personal- und Organisationsamt) and the Landratsamt Würzburg with the Landkreis' municipalities
// (Höchberg, Veitshöchheim, Ochsenfurt, Gerbrunn, Rimpar, Rottendorf, Zell a.Main, Randersacker), with the Bayerische
// Verwaltungsschule (BVS), the Kommunale Unfallversicherung Bayern (KUVB), the AKDB, the Landesanstalt für Weinbau und
// Gartenbau (LWG) and the Volkshochschule Würzburg & Umgebung, imported from a JSON file. Seminars take place in the
// Rathaus Würzburg, the Landratsamt Würzburg, the Volkshochschule, the Jugendamt and the Feuerwache in Würzburg, the
// town halls of Veitshöchheim, Höchberg and Ochsenfurt, the LWG in Veitshöchheim, online or hybrid. Several titles do
// not name their subject ("Klick mit Köpfchen" is phishing, "Zahlen, die der Rat versteht" the budget for council
// members, "Wenn es am Schalter laut wird" de-escalation with angry customers, "Neue Werkzeuge, alte Sorgfaltspflichten"
// AI / ChatGPT, "Ein Blick in die Krone" tree inspection, "Mehr Luft im Kalender" time management, "Hinschauen und
// handeln" child protection in day care, "Rechnungen ohne Papier" e-invoicing, "Kurz, klar, beschlussfähig" minutes of
// council meetings, "Feierabend für den Nacken" neck and back exercises, "Was wissen Sie über mich?" data subject access
// requests, "Führen, wenn keiner im Büro ist" leading remote teams, "Alles auf einen Blick" Microsoft Planner), so only
// summary, description or topics reveal it; one seminar is held in English (two Wednesday mornings); the tree
// inspection runs on two days with different hours; the leadership course runs on two Thursdays across the end of
// summer time (Sun 29.10.2028); the child-protection course is open only to the Stadt Würzburg; first aid is free, paid
// by the KUVB; two courses run in the evening. Most questions are asked in everyday English by English-speaking staff,
// the rest in German, written without looking at the parser or the answers.
//
// Calendar around `now` (Monday 26 June 2028, 11:00 in Würzburg, summer time CEST; summer time ends Sun 29.10.2028):
//   this week:  Mon 26.06. (today) 14:00–15:30 phishing (online); Tue 27.06. (tomorrow) 08:30–12:00 Excel (online,
//               79 €); Wed 28.06. 18:30–21:00 budget for council members (Rathaus Veitshöchheim, evening); Thu 29.06.
//               09:00–16:00 de-escalation (Rathaus Würzburg; deadline today Mon 26.06. 12:00, still open); nothing on
//               Fri 30.06.
//   next week:  Mon 03.07. 09:00–16:30 VOB/B (Landratsamt; deadline passed Fri 23.06. 12:00), Tue 04.07. 13:00–16:00
//               AI (hybrid, Landratsamt), Wed 05.07. 09:00–12:30 English (VHS; second morning Wed 12.07.; deadline Fri
//               30.06. 23:59), Thu 06.07. 08:30–16:00 first aid (Rathaus Höchberg); nothing on Fri 07.07.
//   July:       the cancelled PowerPoint course (Tue 11.07.), Tue 11.07. 08:00–16:00 and Wed 12.07. 08:00–12:00 tree
//               inspection (LWG Veitshöchheim), Tue 18.07. 09:00–12:00 time management (online), Thu 20.07. 09:00–16:00
//               child protection (Jugendamt, Stadt Würzburg only)
//   August:     Wed 09.08. 10:00–11:30 e-invoicing (online), Thu 24.08. 09:00–16:00 minutes (Rathaus Ochsenfurt, 190 €)
//   September:  Fri 01.09. 08:00–14:00 induction day for trainees (Landratsamt, 35 seats), Thu 14.09. 08:30–12:00
//               registration law / OK.EWO (online, 120 €), the cancelled forklift course (Mon 18.09.), Wed 20.09.
//               08:00–12:00 fire wardens (Feuerwache Würzburg), the draft podcast course (Thu 21.09.), Tue 26.09.
//               09:00–16:00 job interviews (Rathaus Würzburg, 220 €)
//   October:    Mon 09.10. 17:30–19:00 neck exercises (VHS, evening, 12 €), Tue 17.10. 09:00–12:00 access requests
//               (online), Thu 26.10. (CEST) and Thu 02.11. (CET) 09:00–16:30 leading remote teams (Landratsamt, 410 €,
//               deadline Fri 06.10. 23:59)
//   later:      the draft Bürgerentscheid course (Wed 08.11.), Wed 15.11. 09:00–16:00 zoning plans (hybrid, Rathaus
//               Würzburg), Thu 07.12. 10:00–11:30 Microsoft Planner (online)
//   past:       Tue 14.03.2028 accessible websites (online), Wed 17.05.2028 property tax (Landratsamt).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-06-26T09:00:00Z'); // Monday, 26 June 2028, 11:00 in Würzburg (CEST)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Klick mit Köpfchen', // Mon 26.06. 14:00–15:30, online, AKDB, Kraus, phishing / IT security, free
  excel: 'Excel im Verwaltungsalltag: Formeln, Filter und Pivot-Tabellen', // Tue 27.06. 08:30–12:00, online, VHS, Weigand, 79 € (the Amt pays)
  rat: 'Zahlen, die der Rat versteht', // Wed 28.06. 18:30–21:00, Rathaus Veitshöchheim, BVS, Dr. Lurz, budget for council members, 40 €
  deeskalation: 'Wenn es am Schalter laut wird', // Thu 29.06. 09:00–16:00, Rathaus Würzburg, Stadt PE, Endres, angry customers, free, deadline Mon 26.06. 12:00
  vob: 'Bauverträge nach VOB/B: Nachträge, Abnahme und Mängelansprüche', // Mon 03.07. 09:00–16:30, Landratsamt, BVS, Dr. Lurz, 270 €, deadline passed Fri 23.06. 12:00
  ki: 'Neue Werkzeuge, alte Sorgfaltspflichten', // Tue 04.07. 13:00–16:00, hybrid (Landratsamt), AKDB, Dr. Scheller, AI / ChatGPT, free
  english: "Speaking with Confidence: English at the Citizens' Office", // Wed 05.07. and Wed 12.07. 09:00–12:30, VHS, Owens, 95 €, in English, deadline Fri 30.06. 23:59
  ersteHilfe: 'Erste Hilfe: Fortbildung für betriebliche Ersthelferinnen und Ersthelfer', // Thu 06.07. 08:30–16:00, Rathaus Höchberg, KUVB, Schömig, free (KUVB pays)
  baum: 'Ein Blick in die Krone', // Tue 11.07. 08:00–16:00 and Wed 12.07. 08:00–12:00, LWG Veitshöchheim, Hofmann, tree inspection, 150 €
  zeit: 'Mehr Luft im Kalender', // Tue 18.07. 09:00–12:00, online, Stadt PE, Baumann, time management / e-mail flood, free
  kita: 'Hinschauen und handeln', // Thu 20.07. 09:00–16:00, Jugendamt Würzburg, Dr. Rüth, child protection (§ 8a SGB VIII), free, Stadt Würzburg only
  erechnung: 'Rechnungen ohne Papier', // Wed 09.08. 10:00–11:30, online, AKDB, Kraus, e-invoicing / XRechnung, free
  protokoll: 'Kurz, klar, beschlussfähig', // Thu 24.08. 09:00–16:00, Rathaus Ochsenfurt, BVS, Kuhn, minutes of council meetings, 190 €, deadline Fri 04.08.
  azubi: 'Willkommen im Landratsamt: Einführungstag für neue Auszubildende und Studierende', // Fri 01.09. 08:00–14:00, Landratsamt, LRA PE, Baumann, free, 35 seats
  melde: 'Meldewesen aktuell: Bundesmeldegesetz und OK.EWO in der Praxis', // Thu 14.09. 08:30–12:00, online, AKDB, Schäfer, 120 €
  brandschutz: 'Brandschutzhelferinnen und Brandschutzhelfer mit Löschübung', // Wed 20.09. 08:00–12:00, Feuerwache Würzburg, KUVB, Stahl, free
  auswahl: 'Auswahlgespräche strukturiert führen', // Tue 26.09. 09:00–16:00, Rathaus Würzburg, BVS, Dr. Vogt, job interviews, for managers, 220 €
  nacken: 'Feierabend für den Nacken', // Mon 09.10. 17:30–19:00, VHS, Michel, neck / back exercises, evening, 12 €
  auskunft: 'Was wissen Sie über mich?', // Tue 17.10. 09:00–12:00, online, BVS, Wirth, data protection: access requests (Art. 15 DSGVO), free
  fuehrung: 'Führen, wenn keiner im Büro ist', // Thu 26.10. (CEST) and Thu 02.11. (CET) 09:00–16:30, Landratsamt, BVS, Dr. Vogt, remote teams, 410 €, deadline Fri 06.10. 23:59
  bplan: 'Bebauungspläne lesen und verstehen', // Wed 15.11. 09:00–16:00, hybrid (Rathaus Würzburg), BVS, Dr. Lurz, zoning plans, 230 €
  planner: 'Alles auf einen Blick', // Thu 07.12. 10:00–11:30, online, Stadt Digitalisierung, Wolf, Microsoft Planner / Teams, free
  buergerentscheid: 'Bürgerbegehren und Bürgerentscheid: Verfahren nach Art. 18a GO', // draft (Wed 08.11.2028)
  podcast: 'Podcasts für die Öffentlichkeitsarbeit', // draft (Thu 21.09.2028)
  powerpoint: 'PowerPoint für Einsteiger: Präsentationen gestalten', // cancelled (Tue 11.07.2028)
  stapler: 'Gabelstapler-Fahrausweis für Bauhofbeschäftigte', // cancelled (Mon 18.09.2028)
  grundsteuer: 'Grundsteuer nach neuem Recht: Bescheide und Einsprüche', // past (Wed 17 May 2028)
  bitv: 'Barrierefreie Internetseiten nach BITV 2.0', // past (Tue 14 March 2028)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.buergerentscheid, T.podcast, T.powerpoint, T.stapler, T.grundsteuer, T.bitv];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'today', q: 'anything on today?', locale: 'en', kind: 'list', titles: [T.phishing] },
  {
    conv: 'today',
    q: 'is it online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['takes place online'],
  },
  {
    conv: 'today',
    q: 'how long does it take?',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['lasts 1.5 hours, from 14:00 to 15:30'],
  },
  {
    conv: 'angry',
    q: 'something about dealing with angry people',
    locale: 'en',
    kind: 'list',
    titles: [T.deeskalation],
  },
  {
    conv: 'angry',
    q: "what's the deadline to sign up?",
    locale: 'en',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['until Mon, 26 Jun 2028, 12:00'],
  },
  {
    conv: 'angry',
    q: 'where is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['takes place at Rathaus Würzburg'],
  },
  {
    conv: 'excel',
    q: 'how much is the spreadsheet course',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['costs €79'],
    mentions: ['Die Gebühr übernimmt das entsendende Amt.'],
  },
  {
    conv: 'excel',
    q: 'what time does it start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['starts on Tue, 27 Jun 2028 at 08:30'],
  },
  {
    conv: 'ki',
    q: 'is the AI thing online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is hybrid: at Landratsamt Würzburg'],
  },
  {
    conv: 'ki',
    q: "who's running it?",
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is led by Frau Dr. Miriam Scheller'],
  },
  {
    conv: 'fuehrung',
    q: 'ich leite ein team, das fast nur im homeoffice arbeitet – gibt es dafür eine fortbildung?',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'fuehrung',
    q: 'wann genau?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 26.10.2028 und Do., 02.11.2028', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  { conv: 'fuehrung', q: 'und was kostet das?', kind: 'facts', titles: [T.fuehrung], says: ['kostet 410 €'] },
  {
    miss: 'the English course is at the "Citizens Office", which the front office or desk does not name (as a synonym it also lists that course beside the counter course of the hundred-and-fifty-first catalogue)',
    conv: 'english',
    q: 'is there an english course for people working at the front desk?',
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  {
    miss: 'follows the missed English course',
    conv: 'english',
    q: 'when is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['on 2 days: Wed, 5 Jul 2028 and Wed, 12 Jul 2028, each from 09:00 to 12:30'],
  },
  { conv: 'baum', q: 'schulung baumkontrolle', kind: 'list', titles: [T.baum] },
  {
    conv: 'baum',
    q: 'an welchen tagen ist das?',
    kind: 'facts',
    titles: [T.baum],
    says: ['an 2 Terminen', 'Di., 11.07.2028, 08:00–16:00 Uhr; Mi., 12.07.2028, 08:00–12:00 Uhr'],
  },
  {
    conv: 'azubi',
    q: 'is there a first day thing for new apprentices?',
    locale: 'en',
    kind: 'list',
    titles: [T.azubi],
  },
  {
    conv: 'azubi',
    q: 'are there still places left?',
    locale: 'en',
    kind: 'facts',
    titles: [T.azubi],
    says: ['has 35 of 35 seats left'],
  },
  { conv: 'vob', q: 'kurs zu nachträgen nach vob', kind: 'list', titles: [T.vob] },
  {
    conv: 'vob',
    q: 'bis wann kann ich mich anmelden?',
    kind: 'facts',
    titles: [T.vob],
    says: ['ist am Fr., 23.06.2028, 12:00 Uhr abgelaufen'],
  },
  // --- facts -----------------------------------------------------------------------------------------------------------
  {
    q: 'how much does the first aid refresher cost',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['is free of charge'],
    mentions: ['Die Lehrgangskosten trägt die KUVB für ihre Mitglieder.'],
  },
  {
    q: 'wer leitet die kinderschutz-fortbildung?',
    kind: 'facts',
    titles: [T.kita],
    says: ['leitet Frau Dr. Claudia Rüth'],
  },
  {
    q: 'what time does the fire warden training start',
    locale: 'en',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['starts on Wed, 20 Sep 2028 at 08:00'],
  },
  {
    q: 'wo findet die schulung zum sitzungsprotokoll statt?',
    kind: 'facts',
    titles: [T.protokoll],
    says: ['im Rathaus Ochsenfurt'],
  },
  {
    q: 'when is the e-invoice session',
    locale: 'en',
    kind: 'facts',
    titles: [T.erechnung],
    says: ['on Wed, 9 Aug 2028 from 10:00 to 11:30'],
  },
  {
    q: 'how long is the neck exercise class',
    locale: 'en',
    kind: 'facts',
    titles: [T.nacken],
    says: ['lasts 1.5 hours, from 17:30 to 19:00'],
  },
  {
    q: 'how much is the OK.EWO training',
    locale: 'en',
    kind: 'facts',
    titles: [T.melde],
    says: ['costs €120'],
  },
  {
    q: 'ist der kurs zu bebauungsplänen vor ort oder online?',
    kind: 'facts',
    titles: [T.bplan],
    says: ['findet hybrid statt: im Rathaus Würzburg'],
  },
  // --- topic searches: everyday words, English, typos, words only in summary or description ----------------------------
  { q: 'how to spot phishing emails', locale: 'en', kind: 'list', titles: [T.phishing] },
  {
    q: "I'm drowning in emails, anything on time management?",
    locale: 'en',
    kind: 'list',
    titles: [T.zeit],
  },
  { q: 'child protection training for daycare staff', locale: 'en', kind: 'list', titles: [T.kita] },
  { q: 'how do I write the minutes of a council meeting', locale: 'en', kind: 'list', titles: [T.protokoll] },
  {
    q: 'someone wants to know what personal data we hold about them, is there a course on that?',
    locale: 'en',
    kind: 'list',
    titles: [T.auskunft],
  },
  { q: 'reading zoning plans', locale: 'en', kind: 'list', titles: [T.bplan] },
  { q: 'exel pivot', kind: 'list', titles: [T.excel] },
  { q: 'deeskaltion', kind: 'list', titles: [T.deeskalation] },
  { q: 'xrechnung', kind: 'list', titles: [T.erechnung] },
  { q: 'ummeldung und auskunftssperre', kind: 'list', titles: [T.melde] },
  // --- time and place filters, format, provider, trainer, audience, cost, length ---------------------------------------
  {
    q: "what's on this week?",
    locale: 'en',
    kind: 'list',
    titles: [T.phishing, T.excel, T.rat, T.deeskalation],
  },
  { q: 'anything online this week', locale: 'en', kind: 'list', titles: [T.phishing, T.excel] },
  {
    q: "what's happening next week",
    locale: 'en',
    kind: 'list',
    titles: [T.vob, T.ki, T.english, T.ersteHilfe],
  },
  { q: 'anything this Thursday?', locale: 'en', kind: 'list', titles: [T.deeskalation] },
  {
    q: 'courses in September',
    locale: 'en',
    kind: 'list',
    titles: [T.azubi, T.melde, T.brandschutz, T.auswahl],
  },
  { q: 'any evening courses?', locale: 'en', kind: 'list', ...only(T.rat, T.nacken) },
  { q: 'is anything on a Friday?', locale: 'en', kind: 'list', titles: [T.azubi] },
  { q: "what's on in Veitshöchheim", locale: 'en', kind: 'list', ...only(T.rat, T.baum) },
  { q: 'which courses does Dr. Lurz teach', locale: 'en', kind: 'list', ...only(T.rat, T.vob, T.bplan) },
  { q: 'anything for managers?', locale: 'en', kind: 'list', ...only(T.auswahl, T.fuehrung) },
  {
    q: 'courses that cost more than 200 euros',
    locale: 'en',
    kind: 'list',
    ...only(T.vob, T.auswahl, T.fuehrung, T.bplan),
  },
  { q: 'courses that run over several days', locale: 'en', kind: 'list', ...only(T.english, T.baum, T.fuehrung) },
  { q: 'was ist morgen?', kind: 'list', titles: [T.excel] },
  { q: 'was findet im landratsamt statt', kind: 'list', ...only(T.vob, T.ki, T.azubi, T.fuehrung) },
  { q: 'was gibt es im oktober', kind: 'list', titles: [T.nacken, T.auskunft, T.fuehrung] },
  {
    q: 'seminare, die höchstens zwei stunden dauern',
    kind: 'list',
    ...only(T.phishing, T.erechnung, T.nacken, T.planner),
  },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'is the powerpoint course still on?', locale: 'en', kind: 'gone', gone: T.powerpoint },
  { q: 'gabelstapler schein', kind: 'gone', gone: T.stapler },
  { q: 'wann war die grundsteuer schulung?', kind: 'gone', gone: T.grundsteuer, says: ['Mi., 17.05.2028'] },
  {
    q: 'the accessible websites training, when was that?',
    locale: 'en',
    kind: 'gone',
    gone: T.bitv,
    says: ['Tue, 14 Mar 2028'],
  },
  { q: 'bürgerentscheid', kind: 'none' },
  { q: 'podcast workshop', locale: 'en', kind: 'none' },
  { q: 'spanish for beginners', locale: 'en', kind: 'none' },
  { q: 'hi there', locale: 'en', kind: 'help' },
  { q: 'Grüß Gott!', kind: 'help' },
  { q: 'which courses am I booked on?', locale: 'en', kind: 'myRegistrations' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-ninety-fourth, independent catalogue (Stadt und Landkreis Würzburg, BVS, KUVB, AKDB, LWG, VHS Würzburg)',
  {
    fixture: 'heldout294-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
