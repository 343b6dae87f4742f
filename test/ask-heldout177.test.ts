// Over-fitting check, hundred-and-seventy-seventh catalogue: the 2028 autumn programme of the Kyffhäuserkreis
// (Thuringia) with the Thüringer Verwaltungsschule (TVS), the personnel development of the Landratsamt, KIV Thüringen,
// the Unfallkasse Thüringen and the Kreisvolkshochschule Kyffhäuserkreis (KVHS), for the county and its towns
// (Sondershausen, Bad Frankenhausen, Artern, Roßleben-Wiehe, Greußen, Ebeleben), imported from a JSON file. Seminars take
// place in the Landratsamt in Sondershausen, the KVHS in Sondershausen, the town halls of Sondershausen, Bad
// Frankenhausen, Artern, Roßleben-Wiehe, Greußen and Ebeleben, online or hybrid. Several titles do not name their
// subject ("Der Feind im Anhang" is information security, "Wenn das Postfach überquillt" Outlook, "Die Maschine schreibt
// mit" generative AI, "Anträge rund um die Uhr" the OZG, "Ruhig bleiben, wenn es laut wird" de-escalation, "Zahlen, die
// für sich sprechen" Excel, "Zeit für das Wesentliche" time management, "Von der Sachbearbeitung zur Teamleitung"
// leadership, "Einkaufen nach Regeln" procurement law, "Schluss mit dem Umlaufmappen-Stau" the e-file, "Was darf’s
// kosten?" fee calculation, "Jahresgespräche mit Ziel" staff appraisals, "Am Apparat" telephone manner, "Wer darf was
// wissen?" data protection), so only summary, description or topics reveal it; one seminar is held in English; the
// leadership course runs on two days; the e-file course is open only to Greußen and Ebeleben; the introduction day and
// first aid are free. The file format has no registrations, so every seminar has all its seats free. Questions are
// typed the way colleagues write in Teams (lower case, typos, no umlauts, about a third in English), without looking at
// the parser or the answers.
//
// Calendar around `now` (Tuesday 19 September 2028, 08:30 in Sondershausen, summer time; winter time begins Sun 29.10.;
// holidays in Thuringia: Wed 20.09. Weltkindertag, Tue 03.10., Tue 31.10.):
//   this week:  today Tue 19.09. 13:00–15:30 information security (online); Thu 21.09. 09:00–12:00 Outlook (online);
//               Fri 22.09. 08:30–14:00 introduction day (Landratsamt, free)
//   next week:  Mon 25.09. administrative procedure (Landratsamt, all day), Tue 26.09. afternoon AI (hybrid), Thu 28.09.
//               morning English (Landratsamt; deadline passed Fri 15.09. 23:59)
//   October:    Mon 02. Doppik (Artern), Wed 04. first aid (Bad Frankenhausen, free), Thu 05. OZG (online; deadline
//               Thu 28.09. 23:59), Tue 10. de-escalation (Artern, 10 seats), Thu 12. Excel (KVHS), Tue 17. council
//               meetings (Roßleben-Wiehe), Thu 19. time management (online), Thu 26./Fri 27. leadership (Landratsamt;
//               deadline Fri 06.10. 12:00), Mon 30. back exercises (online, 14:00–15:30 CET); the cancelled online
//               meetings course on Wed 11.10.
//   November:   Thu 02. procurement (Bad Frankenhausen), Tue 07. e-file (Greußen, members only), Thu 09. fee calculation
//               (hybrid, Rathaus Sondershausen; no deadline given = start), Tue 14. appraisals (Landratsamt), Thu 16.
//               accessible documents (online, afternoon), Tue 21. telephone (KVHS), Thu 23. registration law (Ebeleben);
//               the cancelled winter-service briefing on Fri 03.11.
//   December:   Tue 05. social media (online), Thu 07. data protection (hybrid, Landratsamt); drafts: tourist
//               information (Tue 12.12.), heat planning (Thu 14.12.)
//   past:       Thu 22.06.2028 safety representatives (Artern), Tue 29.08.2028 property tax (Landratsamt).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-09-19T06:30:00Z'); // Tuesday, 19 September 2028, 08:30 in Sondershausen (CEST)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Der Feind im Anhang', // Tue 19.09. 13:00–15:30, online, KIV, Hoffmann, information security, 45 €
  outlook: 'Wenn das Postfach überquillt', // Thu 21.09. 09:00–12:00, online, KVHS, Wagner, Outlook, 49 €
  einfuehrung: 'Gut starten im Kyffhäuserkreis: Einführungstag für neue Beschäftigte', // Fri 22.09. 08:30–14:00, Landratsamt, PE, free
  verfahren: 'Verwaltungsverfahren kompakt: Anhörung, Bescheid, Widerspruch', // Mon 25.09. 09:00–16:00, Landratsamt, TVS, Dr. Kröber, 210 €
  ki: 'Die Maschine schreibt mit', // Tue 26.09. 13:00–16:00, hybrid (Landratsamt), KIV, Hoffmann, generative AI, 75 €, 40 seats
  english: "Welcome Desk English: Advising Newcomers at the Foreigners' Office", // Thu 28.09. 09:00–12:30, Landratsamt, KVHS, English, 135 €, deadline Fri 15.09. 23:59
  doppik: 'Doppik für Einsteiger: Ergebnis- und Finanzhaushalt verstehen', // Mon 02.10. 09:00–16:00, Rathaus Artern, TVS, Lehmann, 230 €
  ersteHilfe: 'Erste Hilfe im Dienst: Grundausbildung für betriebliche Ersthelfer', // Wed 04.10. 08:00–15:30, Rathaus Bad Frankenhausen, UKT, free
  ozg: 'Anträge rund um die Uhr', // Thu 05.10. 09:00–12:00, online, KIV, Kaiser, OZG/ThAVEL, 60 €, deadline Thu 28.09. 23:59
  deeskalation: 'Ruhig bleiben, wenn es laut wird', // Tue 10.10. 09:00–15:00, Rathaus Artern, UKT, Vogt, 45 €, 10 seats
  excel: 'Zahlen, die für sich sprechen', // Thu 12.10. 13:00–16:30, KVHS Sondershausen, Wagner, Excel, 79 €
  sitzung: 'Sitzungsdienst für Gemeinderat und Ausschüsse: Von der Tagesordnung bis zum Beschluss', // Tue 17.10. 09:00–16:00, Rathaus Roßleben-Wiehe, TVS, Brandt, 170 €
  zeit: 'Zeit für das Wesentliche', // Thu 19.10. 09:00–12:00, online, PE, Otto, time management, 35 €
  fuehrung: 'Von der Sachbearbeitung zur Teamleitung', // Thu 26.10. and Fri 27.10. 09:00–16:00, Landratsamt, TVS, Dr. Reinhold, 420 €, deadline Fri 06.10. 12:00
  ruecken: 'Bewegte Pause: Rückenfit am Schreibtisch', // Mon 30.10. 14:00–15:30 (CET), online, KVHS, Krause, 25 €
  vergabe: 'Einkaufen nach Regeln', // Thu 02.11. 09:00–15:30, Rathaus Bad Frankenhausen, TVS, Brandt, procurement law, 180 €
  eakte: 'Schluss mit dem Umlaufmappen-Stau', // Tue 07.11. 09:00–12:00, Rathaus Greußen, KIV, Kaiser, e-file, only Greußen/Ebeleben, 80 €
  gebuehren: 'Was darf’s kosten?', // Thu 09.11. 09:00–15:00, hybrid (Rathaus Sondershausen), TVS, Lehmann, fee calculation, 190 €, no deadline given
  gespraeche: 'Jahresgespräche mit Ziel', // Tue 14.11. 09:00–16:00, Landratsamt, PE, Dr. Reinhold, staff appraisals, 90 €, for managers
  barrierefrei: 'Barrierefreie Dokumente mit Word und PDF', // Thu 16.11. 13:00–16:00, online, KIV, Kaiser, 95 €
  telefon: 'Am Apparat: Ihr Landratsamt', // Tue 21.11. 09:00–12:00, KVHS Sondershausen, Krause, telephone, 65 €
  melde: 'Meldewesen aktuell: Bundesmeldegesetz in der Praxis', // Thu 23.11. 09:00–15:00, Rathaus Ebeleben, TVS, Keil, 150 €
  socialMedia: 'Social Media für Kommunen: Posten, aber richtig', // Tue 05.12. 13:00–15:30, online, KVHS, Bauer, 55 €
  datenschutz: 'Wer darf was wissen?', // Thu 07.12. 09:00–12:00, hybrid (Landratsamt), PE, Richter, DSGVO, 30 €
  winterdienst: 'Sicher durch den Winterdienst: Unterweisung für Bauhöfe', // cancelled (Fri 03.11.2028)
  meetings: 'Online-Meetings souverän moderieren', // cancelled (Wed 11.10.2028)
  gaeste: 'Gästeservice im Kurort: Freundlich beraten in der Tourist-Information', // draft (Tue 12.12.)
  waerme: 'Kommunale Wärmeplanung: Grundlagen für Städte und Gemeinden', // draft (Thu 14.12.)
  sicherheitsbeauftragte: 'Ausbildung zur Sicherheitsbeauftragten und zum Sicherheitsbeauftragten', // past (Thu 22 June 2028)
  grundsteuer: 'Grundsteuer nach der Reform: Bescheide und Widersprüche', // past (Tue 29 August 2028)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.winterdienst, T.meetings, T.gaeste, T.waerme, T.sicherheitsbeauftragte, T.grundsteuer];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  { q: 'was kostet der excel kurs', kind: 'facts', titles: [T.excel], says: ['kostet 79 €'] },
  {
    q: 'how much is the first aid training',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['is free of charge'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse Thüringen.'],
  },
  // --- facts: when (two days), start time, duration --------------------------------------------------------------------
  { q: 'wann ist doppik', kind: 'facts', titles: [T.doppik], says: ['am Mo., 02.10.2028 von 09:00 bis 16:00 Uhr'] },
  {
    q: 'wann findet von der sachbearbeitung zur teamleitung statt',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 26.10.2028 und Fr., 27.10.2028', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'when is the welcome desk english course',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['on Thu, 28 Sep 2028 from 09:00 to 12:30'],
  },
  {
    q: 'um wieviel uhr fängt erste hilfe an',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['beginnt am Mi., 04.10.2028 um 08:00 Uhr'],
  },
  {
    q: 'what time does the outlook training start',
    locale: 'en',
    kind: 'facts',
    titles: [T.outlook],
    says: ['starts on Thu, 21 Sep 2028 at 09:00'],
  },
  {
    q: 'wie lange dauert bewegte pause',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['dauert 1,5 Stunden, von 14:00 bis 15:30 Uhr'],
  },
  {
    q: 'how long is the teamleitung seminar',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['lasts 2 days, each from 09:00 to 16:00'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  { q: 'wo findet sitzungsdienst statt', kind: 'facts', titles: [T.sitzung], says: ['im Rathaus Roßleben-Wiehe'] },
  {
    q: 'datenschutz schulung online oder präsenz',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['findet hybrid statt'],
  },
  {
    q: 'wer ist referent beim verwaltungsverfahren',
    kind: 'facts',
    titles: [T.verfahren],
    says: ['leitet Herr Dr. Matthias Kröber'],
  },
  {
    q: 'who is the trainer for barrierefreie dokumente',
    locale: 'en',
    kind: 'facts',
    titles: [T.barrierefrei],
    says: ['is led by Frau Juliane Kaiser'],
  },
  {
    q: 'registration deadline welcome desk english',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 15 Sep 2028, 23:59'],
  },
  {
    q: 'bis wann kann ich mich für gebührenkalkulation anmelden',
    kind: 'facts',
    titles: [T.gebuehren],
    says: ['bis Do., 09.11.2028, 09:00 Uhr'],
  },
  {
    q: 'deeskalation noch plätze frei?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['noch 10 von 10 Plätzen frei'],
  },
  {
    q: 'any seats left for the ki course',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['has 40 of 40 seats left'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  {
    conv: 'freibad',
    q: 'muss die eintrittspreise fürs freibad neu kalkulieren, gibts dazu was',
    kind: 'list',
    titles: [T.gebuehren],
  },
  { conv: 'freibad', q: 'wo ist das?', kind: 'facts', titles: [T.gebuehren], says: ['im Rathaus Sondershausen'] },
  {
    conv: 'freibad',
    q: 'und wer macht das',
    kind: 'facts',
    titles: [T.gebuehren],
    says: ['leitet Frau Katrin Lehmann'],
  },
  { conv: 'copilot', q: 'anything on copilot or chatgpt', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    conv: 'copilot',
    q: 'when is it',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['on Tue, 26 Sep 2028 from 13:00 to 16:00'],
  },
  { conv: 'copilot', q: 'can I join online?', locale: 'en', kind: 'facts', titles: [T.ki], says: ['is hybrid'] },
  { conv: 'ozg', q: 'gibts was zum onlinezugangsgesetz', kind: 'list', titles: [T.ozg] },
  { conv: 'ozg', q: 'kosten?', kind: 'facts', titles: [T.ozg], says: ['kostet 60 €'] },
  {
    conv: 'ozg',
    q: 'und bis wann muss ich mich anmelden',
    kind: 'facts',
    titles: [T.ozg],
    says: ['bis Do., 28.09.2028, 23:59 Uhr'],
  },
  // --- topic searches: words only in summary or description, synonyms, typos -------------------------------------------
  { q: 'phising mails erkennen', kind: 'list', titles: [T.phishing] },
  { q: 'exel diagramme', kind: 'list', titles: [T.excel] },
  { q: 'zeitmanagment', kind: 'list', titles: [T.zeit] },
  { q: 'künstliche intelligenz', kind: 'list', titles: [T.ki] },
  { q: 'e-akte', kind: 'list', titles: [T.eakte] },
  { q: 'ausschreibungen', kind: 'list', titles: [T.vergabe] },
  { q: 'mitarbeitergespräche', kind: 'list', titles: [T.gespraeche] },
  { q: 'wiederbelebung', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'umgang mit aggressiven besuchern', kind: 'list', titles: [T.deeskalation] },
  { q: 'social media training', locale: 'en', kind: 'list', titles: [T.socialMedia] },
  { q: 'screen reader friendly pdfs', locale: 'en', kind: 'list', titles: [T.barrierefrei] },
  { q: 'anything about data protection', locale: 'en', kind: 'list', titles: [T.datenschutz] },
  // --- filters: dates, format, place, trainer, provider, audience, cost, language, seats -------------------------------
  { q: 'was ist heute noch', kind: 'list', titles: [T.phishing] },
  { q: 'was läuft diese woche', kind: 'list', titles: [T.phishing, T.outlook, T.einfuehrung] },
  { q: 'anything next week?', locale: 'en', kind: 'list', titles: [T.verfahren, T.ki, T.english] },
  { q: 'online seminare im oktober', kind: 'list', titles: [T.ozg, T.zeit, T.ruecken] },
  {
    q: "what's on in november",
    locale: 'en',
    kind: 'list',
    titles: [T.vergabe, T.eakte, T.gebuehren, T.gespraeche, T.barrierefrei, T.telefon, T.melde],
  },
  { q: 'kurse in artern', kind: 'list', ...only(T.doppik, T.deeskalation) },
  { q: 'courses by frau wagner', locale: 'en', kind: 'list', ...only(T.outlook, T.excel) },
  {
    q: 'was bietet die verwaltungsschule an',
    kind: 'list',
    ...only(T.verfahren, T.doppik, T.sitzung, T.fuehrung, T.vergabe, T.gebuehren, T.melde),
  },
  { q: 'seminare für führungskräfte', kind: 'list', ...only(T.fuehrung, T.gespraeche) },
  { q: 'kostenlose fortbildungen', kind: 'list', ...only(T.einfuehrung, T.ersteHilfe) },
  { q: 'any courses in english', locale: 'en', kind: 'list', titles: [T.english] },
  { q: 'noch freie plätze im dezember', kind: 'list', titles: [T.socialMedia, T.datenschutz] },
  // --- gone, drafts never shown, no match ------------------------------------------------------------------------------
  { q: 'wann ist die winterdienst unterweisung', kind: 'gone', gone: T.winterdienst },
  { q: 'is the online meetings moderation course still on?', locale: 'en', kind: 'gone', gone: T.meetings },
  { q: 'grundsteuer seminar wann war das', kind: 'gone', gone: T.grundsteuer, says: ['Di., 29.08.2028'] },
  {
    q: 'when is the sicherheitsbeauftragte training',
    locale: 'en',
    kind: 'gone',
    gone: T.sicherheitsbeauftragte,
    says: ['Thu, 22 Jun 2028'],
  },
  { q: 'wärmeplanung', kind: 'none' },
  { q: 'gästeservice kurort', kind: 'none' },
  { q: 'french course', locale: 'en', kind: 'none' },
  // --- greetings, thanks, help, own registrations, follow-up without a conversation ------------------------------------
  { q: 'hallo', kind: 'help' },
  { q: 'hey what can you do', locale: 'en', kind: 'help' },
  { q: 'danke dir!', kind: 'thanks' },
  { q: 'thanks a lot', locale: 'en', kind: 'thanks' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
  { q: 'was kostet das?', kind: 'noContext' },
  { q: 'who runs it?', locale: 'en', kind: 'noContext' },
];

heldoutSuite(
  'answering questions about a hundred-and-seventy-seventh, independent catalogue (Kyffhäuserkreis, TVS, Unfallkasse Thüringen)',
  {
    fixture: 'heldout177-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
