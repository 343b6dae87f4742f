// Over-fitting check, seventy-fourth catalogue: the spring 2027 programme of the Kreis Heinsberg (North Rhine-Westphalia,
// on the Dutch border) with the regio iT akademie, the Studieninstitut für kommunale Verwaltung Rur-Maas, the county's
// Amt für Personal and the Euregio Maas-Rhein, for the county and its towns and municipalities (Heinsberg, Erkelenz,
// Geilenkirchen, Hückelhoven, Übach-Palenberg, Wegberg, Gemeinde Selfkant), imported from a JSON file. Seminars take place
// in the Kreishaus Heinsberg (Valkenburger Straße), in the Bildungszentrum Erkelenz, online or hybrid. Several titles do
// not name their subject at all ("Nicht jeder Anhang ist ein Geschenk" is phishing, "Der neue Kollege aus der Cloud"
// artificial intelligence, "Ruhig bleiben am Tresen" de-escalation, "Anträge ohne Wartemarke" the OZG, "Post, die
// ankommt" plain-language letters, "Mehr Luft im Kalender" time management, "Papierlos glücklich" the electronic file,
// "Goedemorgen en welkom" Dutch for front-desk staff, "Neue Wege im Revier" structural-change funding, "Soll und Haben im
// Rathaus" the NKF budget), so only summary, description or topics reveal it. Two seminars are held in English (Euregio
// cooperation, Interreg applications); the leadership course runs two days and the Dutch course three afternoons, open to
// the border municipalities only and subsidised by the Euregio. Half of the questions are in English (British, American
// and the English of Dutch colleagues, some mixed with German terms), written the way employees ask, without looking at
// the parser or the answers. Same assertions as the other suites: exactly the expected seminars (best first where one is
// clearly best, in date order for time questions), the asked fact in the first sentence, never a draft, cancelled or past
// seminar.
//
// Calendar around `now` (Tuesday 16 March 2027, 10:00 in Heinsberg, winter time, KW 11; summer time and Easter Sunday both
// fall on Sun 28.03.2027, Good Friday 26.03. and Easter Monday 29.03. are holidays):
//   this week (KW 11): today Tue 16.03. 13:00–14:30 phishing (online); Wed 17.03. 09:00–12:00 data protection (online,
//               tomorrow); Thu 18.03. 09:00–16:00 procurement (Kreishaus, deadline passed Thu 11.03.);
//               Fri 19.03. 09:00–12:30 Euregio cooperation (English, Kreishaus)
//   next week (KW 12): Mon 22.03. 13:00–16:00 AI (hybrid, Kreishaus); Tue 23.03. 08:30–15:30 Excel (Erkelenz);
//               Thu 25.03. 09:00–15:00 de-escalation (Erkelenz) and 14:00–15:30 ergonomics (online);
//               the cancelled minutes course on Wed 24.03. (Erkelenz)
//   before Easter = the eight above; "bis Ende März" adds Tue 30.03. and Wed 31.03.
//   week after next (KW 13, 29.03.–04.04., summer time): Tue 30.03. 09:00–12:00 OZG (online); Wed 31.03. 13:00–16:00
//               accessible PDFs (online); Thu 01.04. 09:30–12:30 Interreg (English, online); the draft podcast course on
//               Wed 31.03.
//   early April (KW 14): Tue 06.04. plain-language letters (Kreishaus); Wed 07.04. 08:30–16:30 first aid (Erkelenz);
//               the draft fire-safety course on Thu 08.04. (Erkelenz)
//   the 14th:   Wed 14.04. 09:00–12:00 time management (online) and 13:00–16:00 electronic file (hybrid, Kreishaus);
//               the cancelled Instagram course the day before (Tue 13.04.)
//   later:      Mon/Tue 19./20.04. leadership (Kreishaus, deadline Fri 02.04.); Wed 21.04., 28.04. and 05.05.
//               14:00–16:30 Dutch (Kreishaus); Thu 22.04. TVöD (online); Tue 27.04. structural-change funding (hybrid,
//               Erkelenz); Tue 04.05. NKF budget (Kreishaus); Tue 11.05. objection procedure (Erkelenz)
//   past:       Thu 21.01.2027 kick-off digital strategy, Tue 02.02.2027 property tax (Grundsteuer).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-03-16T09:00:00Z'); // Tuesday, 16 March 2027, 10:00 in Heinsberg (CET)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Nicht jeder Anhang ist ein Geschenk', // Tue 16.03.2027 13:00–14:30, online, regio iT, Dohmen, phishing, free
  datenschutz: 'Datenschutz im Rathaus: Auskunft, Weitergabe und Löschen', // Wed 17.03. 09:00–12:00, online, Amt für Personal, DSGVO, free
  vergabe: 'Vergaberecht kompakt: Aufträge rechtssicher vergeben', // Thu 18.03. 09:00–16:00, Kreishaus, Studieninstitut, 290 €, deadline Thu 11.03. 23:59 (passed)
  euregio: 'Good Neighbours: Working with Dutch and Belgian Partners in the Euregio', // Fri 19.03. 09:00–12:30, Kreishaus, Euregio, English, free
  ki: 'Der neue Kollege aus der Cloud', // Mon 22.03. 13:00–16:00, hybrid (Kreishaus), regio iT, Dr. Wolters, AI, free
  excel: 'Excel in der Sachbearbeitung: Formeln, Filter, Pivot', // Tue 23.03. 08:30–15:30, Erkelenz, regio iT, Dohmen, 190 €, 12 seats
  deeskalation: 'Ruhig bleiben am Tresen', // Thu 25.03. 09:00–15:00, Erkelenz, Amt für Personal, 120 €, 14 seats, de-escalation
  ergonomie: 'Gesund sitzen, entspannt arbeiten', // Thu 25.03. 14:00–15:30, online, Heinrichs, ergonomics, back pain, free
  ozg: 'Anträge ohne Wartemarke', // Tue 30.03. 09:00–12:00 (CEST), online, regio iT, Frenken, OZG, free
  pdf: 'Barrierefreie PDF-Dokumente erstellen', // Wed 31.03. 13:00–16:00, online, regio iT, free
  interreg: 'Interreg Funding Made Simple: From Project Idea to Application', // Thu 01.04. 09:30–12:30, online, Euregio, Claessens, English, free
  sprache: 'Post, die ankommt', // Tue 06.04. 09:00–15:00, Kreishaus, Studieninstitut, Beckers, 170 €, plain language
  ersteHilfe: 'Erste Hilfe im Dienst: Grundausbildung für Ersthelfende', // Wed 07.04. 08:30–16:30, Erkelenz, free (Unfallkasse NRW pays)
  zeit: 'Mehr Luft im Kalender', // Wed 14.04. 09:00–12:00, online, Heinrichs, time management, free
  eakte: 'Papierlos glücklich', // Wed 14.04. 13:00–16:00, hybrid (Kreishaus), regio iT, Frenken, E-Akte, free
  fuehrung: 'Neu in der Führungsrolle: Die ersten hundert Tage', // Mon 19.04. and Tue 20.04. 09:00–16:00, Kreishaus, 480 €, deadline Fri 02.04. 23:59
  niederlaendisch: 'Goedemorgen en welkom', // Wed 21.04., 28.04., 05.05. 14:00–16:30, Kreishaus, Euregio, 95 € (Euregio pays the rest), Dutch
  tvoed: 'TVöD kompakt: Eingruppierung und Entgelt verstehen', // Thu 22.04. 09:00–12:30, online, Studieninstitut, 150 €, for HR and managers
  revier: 'Neue Wege im Revier', // Tue 27.04. 09:00–15:00, hybrid (Erkelenz), Amt für Personal, Laumen, structural-change funding, free
  haushalt: 'Soll und Haben im Rathaus', // Tue 04.05. 09:00–16:00, Kreishaus, Studieninstitut, 210 €, NKF / Doppik
  widerspruch: 'Wenn Widerspruch eingeht: Das Vorverfahren sicher führen', // Tue 11.05. 09:00–15:00, Erkelenz, Studieninstitut, 180 €
  brandschutz: 'Brandschutzhelferinnen und Brandschutzhelfer: Ausbildung nach ASR A2.2', // draft (Thu 08.04., Erkelenz)
  podcast: 'Mikrofon an: Podcasts für die Öffentlichkeitsarbeit', // draft (Wed 31.03., online)
  sitzung: 'Protokolle, die Bestand haben: Sitzungsdienst für Ausschüsse und Räte', // cancelled (Wed 24.03.2027, Erkelenz)
  instagram: 'Rathaus auf Instagram: Social Media für Kommunen', // cancelled (Tue 13.04.2027, online)
  auftakt: 'Auftakt Digitalstrategie Kreis Heinsberg 2027', // past (Thu 21 January 2027)
  grundsteuer: 'Die neue Grundsteuer: Fragen am Telefon sicher beantworten', // past (Tue 2 February 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.brandschutz, T.podcast, T.sitzung, T.instagram, T.auftakt, T.grundsteuer];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  { q: 'Was kostet das Excel-Seminar?', kind: 'facts', titles: [T.excel], says: ['kostet 190 €'] },
  { q: 'How much is the leadership course?', locale: 'en', kind: 'facts', titles: [T.fuehrung], says: ['costs €480'] },
  {
    q: 'Is the first aid course free?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['is free of charge'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse NRW.'],
  },
  {
    q: 'Ist der Niederländischkurs kostenlos?',
    kind: 'facts',
    titles: [T.niederlaendisch],
    says: ['kostet 95 €'],
    mentions: ['Den übrigen Teil der Kursgebühr trägt die Euregio Maas-Rhein.'],
  },
  // --- facts: when, start time, duration ------------------------------------------------------------------------------
  {
    q: 'When does the Dutch course take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.niederlaendisch],
    says: ['on 3 days', 'Wed, 21 Apr 2027, Wed, 28 Apr 2027 and Wed, 5 May 2027', 'each from 14:00 to 16:30'],
  },
  {
    q: 'When does the Excel training start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['starts on Tue, 23 Mar 2027 at 08:30'],
  },
  {
    q: 'Um wie viel Uhr fängt die Erste-Hilfe-Ausbildung an?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['beginnt am Mi., 07.04.2027 um 08:30 Uhr'],
  },
  {
    q: 'Wie lange dauert der Datenschutzkurs?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['dauert 3 Stunden, von 09:00 bis 12:00 Uhr'],
  },
  {
    q: 'How long is the phishing training?',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['lasts 1.5 hours, from 13:00 to 14:30'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  {
    q: 'Wo findet das Seminar zu bürgernaher Sprache statt?',
    kind: 'facts',
    titles: [T.sprache],
    says: ['im Kreishaus Heinsberg'],
  },
  {
    q: 'Is the Datenschutz course online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['takes place online'],
  },
  { q: 'Wer leitet die KI-Schulung?', kind: 'facts', titles: [T.ki], says: ['leitet Frau Dr. Sandra Wolters'] },
  {
    q: "Who's the trainer for the Interreg workshop?",
    locale: 'en',
    kind: 'facts',
    titles: [T.interreg],
    says: ['is led by Pieter Claessens'],
  },
  {
    q: 'Bis wann kann ich mich zum Vergaberecht anmelden?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['ist am Do., 11.03.2027, 23:59 Uhr abgelaufen'],
  },
  {
    q: "What's the registration deadline for the leadership course?",
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['until Fri, 2 Apr 2027, 23:59'],
  },
  {
    q: 'Sind beim Deeskalationstraining noch Plätze frei?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['noch 14 von 14 Plätzen frei'],
  },
  {
    q: 'Are there still places left on the Excel course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['has 12 of 12 seats left'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  {
    conv: 'dutch',
    q: 'Is there a course where I can learn a bit of Dutch for the counter?',
    locale: 'en',
    kind: 'list',
    titles: [T.niederlaendisch],
  },
  {
    conv: 'dutch',
    q: 'Where is it held?',
    locale: 'en',
    kind: 'facts',
    titles: [T.niederlaendisch],
    says: ['at Kreishaus Heinsberg'],
  },
  { conv: 'akte', q: 'Wir führen die E-Akte ein – gibt es dazu eine Schulung?', kind: 'list', titles: [T.eakte] },
  {
    conv: 'akte',
    q: 'Wann ist das?',
    kind: 'facts',
    titles: [T.eakte],
    says: ['am Mi., 14.04.2027 von 13:00 bis 16:00 Uhr'],
  },
  {
    conv: 'akte',
    q: 'Kann man auch online teilnehmen?',
    kind: 'facts',
    titles: [T.eakte],
    says: [/findet hybrid statt|oder online statt/],
  },
  {
    conv: 'revier',
    q: 'Any training on funding for the Strukturwandel in the Rheinisches Revier?',
    locale: 'en',
    kind: 'list',
    titles: [T.revier],
  },
  {
    conv: 'revier',
    q: 'Who runs it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.revier],
    says: ['is led by Herr Stefan Laumen'],
  },
  { conv: 'zeit', q: 'Ich verzettele mich ständig – gibt es was zu Zeitmanagement?', kind: 'list', titles: [T.zeit] },
  {
    conv: 'zeit',
    q: 'Wie lange geht das?',
    kind: 'facts',
    titles: [T.zeit],
    says: ['dauert 3 Stunden, von 09:00 bis 12:00 Uhr'],
  },
  // --- topic searches: everyday words, words only in summary or description, synonyms, English for German texts ----------
  { q: 'Is there a course about the GDPR for municipalities?', locale: 'en', kind: 'list', titles: [T.datenschutz] },
  { q: 'Wie erkenne ich gefälschte E-Mails?', kind: 'list', titles: [T.phishing] },
  { q: 'Anything on artificial intelligence?', locale: 'en', kind: 'list', titles: [T.ki] },
  { q: 'Ich hab vom Sitzen Rückenschmerzen – gibt es da was?', kind: 'list', titles: [T.ergonomie] },
  { q: 'How do I write letters that citizens actually understand?', locale: 'en', kind: 'list', titles: [T.sprache] },
  { q: 'Schulung Doppik für Anfänger', kind: 'list', titles: [T.haushalt] },
  { q: 'Is there a course on pay grades in the public sector?', locale: 'en', kind: 'list', titles: [T.tvoed] },
  { q: 'Was mache ich, wenn jemand Widerspruch gegen einen Bescheid einlegt?', kind: 'list', titles: [T.widerspruch] },
  { q: 'How do I deal with aggressive citizens at the counter?', locale: 'en', kind: 'list', titles: [T.deeskalation] },
  { q: 'Wo lerne ich Wiederbelebung?', kind: 'list', titles: [T.ersteHilfe] },
  // --- typos -----------------------------------------------------------------------------------------------------------
  { q: 'Is there an Excell Schulung for beginners?', locale: 'en', kind: 'list', titles: [T.excel] },
  { q: 'Datenschtuz Schulung', kind: 'list', titles: [T.datenschutz] },
  // --- filters: dates (week numbers, Easter, end of month, "am 14."), time of day, place, seats -------------------------
  { q: "What's on tomorrow?", locale: 'en', kind: 'list', titles: [T.datenschutz] },
  { q: 'Was gibt es diese Woche noch?', kind: 'list', titles: [T.phishing, T.datenschutz, T.vergabe, T.euregio] },
  { q: 'Was läuft in KW 12?', kind: 'list', titles: [T.ki, T.excel, T.deeskalation, T.ergonomie] },
  { q: 'Which trainings are in the week after next?', locale: 'en', kind: 'list', titles: [T.ozg, T.pdf, T.interreg] },
  { q: 'Was gibt es übernächste Woche nachmittags?', kind: 'list', titles: [T.pdf] },
  {
    q: 'anything before Easter?',
    locale: 'en',
    kind: 'list',
    titles: [T.phishing, T.datenschutz, T.vergabe, T.euregio, T.ki, T.excel, T.deeskalation, T.ergonomie],
  },
  { q: 'Was gibt es vor Ostern noch in Erkelenz?', kind: 'list', titles: [T.excel, T.deeskalation] },
  {
    q: 'Was ist bis Ende März noch kostenlos?',
    kind: 'list',
    titles: [T.phishing, T.datenschutz, T.euregio, T.ki, T.ergonomie, T.ozg, T.pdf],
  },
  { q: 'Was ist am 14.?', kind: 'list', titles: [T.zeit, T.eakte] },
  { q: 'Anything on the 14th in the afternoon?', locale: 'en', kind: 'list', titles: [T.eakte] },
  { q: 'Was gibt es Anfang April?', kind: 'list', titles: [T.interreg, T.sprache, T.ersteHilfe] },
  { q: 'Anything with free places in week 13?', locale: 'en', kind: 'list', titles: [T.ozg, T.pdf, T.interreg] },
  // --- filters: place, trainer, provider, audience, length, language ---------------------------------------------------
  {
    q: 'Was findet in Erkelenz statt?',
    kind: 'list',
    ...only(T.excel, T.deeskalation, T.ersteHilfe, T.revier, T.widerspruch),
  },
  { q: 'Which courses does Nicole Frenken teach?', locale: 'en', kind: 'list', ...only(T.ozg, T.eakte) },
  {
    q: 'What courses does the Euregio offer?',
    locale: 'en',
    kind: 'list',
    ...only(T.euregio, T.interreg, T.niederlaendisch),
  },
  { q: 'Gibt es Seminare für Führungskräfte?', kind: 'list', ...only(T.fuehrung, T.tvoed) },
  { q: 'Are there any multi-day courses?', locale: 'en', kind: 'list', ...only(T.fuehrung, T.niederlaendisch) },
  { q: 'Are any trainings held in English?', locale: 'en', kind: 'list', ...only(T.euregio, T.interreg) },
  // --- gone, drafts never shown, no match, greeting --------------------------------------------------------------------
  { q: 'Wann war die Grundsteuer-Schulung?', kind: 'gone', gone: T.grundsteuer, says: ['Di., 02.02.2027'] },
  { q: 'When is the Instagram course?', locale: 'en', kind: 'gone', gone: T.instagram },
  { q: 'Was kostet das Seminar zum Sitzungsdienst?', kind: 'gone', gone: T.sitzung },
  {
    q: 'Did I miss the kick-off for the digital strategy?',
    locale: 'en',
    kind: 'gone',
    gone: T.auftakt,
    says: ['Thu, 21 Jan 2027'],
  },
  { q: 'Gibt es eine Ausbildung zum Brandschutzhelfer?', kind: 'none' },
  { q: 'Is there any podcast training?', locale: 'en', kind: 'none' },
  { q: 'Guten Morgen!', kind: 'help' },
  { q: 'Hi there!', locale: 'en', kind: 'help' },
];

heldoutSuite(
  'answering questions about a seventy-fourth, independent catalogue (Kreis Heinsberg, Euregio Maas-Rhein)',
  { fixture: 'heldout74-catalogue.json', now, timeZone: TZ, cases: CASES, titles: all, never: NEVER },
);
