// Over-fitting check, fifty-third catalogue: the 2027/28 staff-development programme of the Stadt Frankfurt am Main for
// its own offices (Schulungszentrum Mainzer Landstraße, Stadthaus am Markt, Volkshochschule Frankfurt am Main, online;
// the Personal- und Organisationsamt (POA), the Hessischer Verwaltungsschulverband (HVSV), ekom21 as IT provider, the
// Volkshochschule (VHS), the KGSt, the Unfallkasse Hessen (UKH) and the Amt für multikulturelle Angelegenheiten (AmkA))
// imported from a JSON file. Brochure texts in German for the German seminars and in English for the four held in
// English; catchy titles whose subject is often only in the summary or description (Melderecht, Aufenthaltstitel,
// Vergabe, Doppik, Bürgergeld, TVöD). International colleagues ask in everyday English, mostly about German seminars and
// without knowing the German administrative terms; German colleagues ask in German. Questions are written the way
// employees ask, without looking at the parser or the answers. Same assertions as the other suites: exactly the expected
// seminars (best first where one is clearly best), the asked fact in the first sentence, never a draft, cancelled or past
// seminar.
//
// Calendar around `now` (Wednesday 20 October 2027, 09:00 in Frankfurt, still summer time until Sun 31.10.2027):
//   today:      Teams 13:30–16:30 (online); nothing else
//   this week:  Fri 22.10. 09:00–12:30 residents' registration law (Schulungszentrum)
//   next week:  Mon 25.10. 13:00–16:00 English at the counter (VHS, English), Tue 26.10. 09:00–12:30 intercultural teams
//               (Stadthaus, English), Wed 27.10. 09:00–12:00 phishing (online), Thu 28.10. 13:30–16:30 ergonomics
//               (Stadthaus) — all half days, all still CEST (+02:00)
//   from Mon 01.11. winter time (+01:00): nine seminars in November (03.11.–26.11., among them the two two-day seminars
//   on residence law 09./10.11. and leadership 25./26.11.; the cancelled time-management course on 15.11.), three in
//   December (01.12. online, 07.12. VHS, 09.12. full day; the cancelled accessibility course on 14.12.), two in January
//   2028 (12.01. English, 18.01.), none in February (only the Excel draft), and the stress course on Thu 30.03.2028, in
//   summer time again (+02:00, since Sun 26.03.2028).
//   Past: first aid on Tue 14.09.2027, data protection on Thu 07.10.2027.
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-10-20T07:00:00Z'); // Wednesday, 20 October 2027, 09:00 in Frankfurt am Main (CEST)
const TZ = 'Europe/Berlin';

const T = {
  teams: 'Kanal statt Kettenmail: Zusammenarbeit in Microsoft Teams', // Wed 20.10.2027 13:30–16:30 (today), online, ekom21, free, 40 seats
  melde: 'Anmelden, ummelden, abmelden: Melderecht kompakt für die Bürgerämter', // Fri 22.10. 09:00–12:30, Schulungszentrum, HVSV, free, Bundesmeldegesetz
  frontdesk: 'Welcome Desk English: Everyday Phrases for Public Counters', // Mon 25.10. 13:00–16:00, VHS, English, 120 €, deadline passed Mon 18.10. 12:00
  cultures: 'Many Backgrounds, One Team: Working Together Across Cultures', // Tue 26.10. 09:00–12:30, Stadthaus am Markt, English, AmkA, free
  phishing: 'Erst denken, dann klicken: Phishing erkennen und sicher arbeiten', // Wed 27.10. 09:00–12:00, online, ekom21, free, information security
  ergonomie: 'Gut sitzen, klar sehen: Gesund arbeiten am Bildschirm', // Thu 28.10. 13:30–16:30, Stadthaus, UKH, free, back pain, eyes
  eakte: 'Digital statt Umlaufmappe: Arbeiten mit der E-Akte', // Wed 03.11. 09:00–12:30 (CET), Schulungszentrum, ekom21, free, DMS
  vergabe: 'Aufträge richtig vergeben: Vergaberecht für Einsteigerinnen und Einsteiger', // Thu 04.11. 09:00–16:00, Schulungszentrum, HVSV, 260 €, deadline Fri 22.10. 23:59
  ki: 'Schreiben, zusammenfassen, recherchieren: Künstliche Intelligenz im Büroalltag', // Mon 08.11. 13:00–16:30, hybrid (Stadthaus), ekom21, free, ChatGPT
  aufenthalt: 'Aufenthaltsrecht kompakt: Titel, Fristen und Verfahren in der Ausländerbehörde', // Tue 09.11. and Wed 10.11. 09:00–16:00, Schulungszentrum, HVSV, 290 €, deadline Mon 25.10. 23:59
  onboarding: 'New at the City of Frankfurt: Orientation for International Staff', // Thu 11.11. 09:00–12:30, Stadthaus, English, POA, free
  haushalt: 'Zahlen, die die Stadt bewegen: Der kommunale Haushalt verständlich erklärt', // Tue 16.11. 09:00–16:00, Schulungszentrum, HVSV, 240 €, Prof. Dr. Wagner, Doppik
  konflikt: 'Wenn die Stimmung kippt: Konflikte im Team klären', // Thu 18.11. 13:00–16:30, Stadthaus, POA, 160 €, 14 seats, Dr. Hofmann
  praesentation: 'Souverän vor Publikum: Präsentieren in Ausschuss und Bürgerversammlung', // Wed 24.11. 09:00–12:30, VHS, POA, 180 €
  fuehrung: 'Neu in Führung: Sicher starten als Führungskraft', // Thu 25.11. and Fri 26.11. 09:00–16:00, Stadthaus, KGSt, 590 €, Dr. Hofmann, new managers
  sozial: 'Wer bekommt was: Sozialleistungen verständlich erklären', // Wed 01.12. 13:00–16:00, online, POA, free (note), Bürgergeld, Wohngeld
  schreiben: 'Klar und freundlich: Briefe und Bescheide verständlich schreiben', // Tue 07.12. 09:00–12:00, VHS, POA, 140 €
  service: 'Ruhig bleiben, wenn es laut wird: Service und Deeskalation im Bürgerkontakt', // Thu 09.12. 09:00–16:00, Schulungszentrum, POA, free
  leading: 'Leading International Teams: Managing Across Languages and Cultures', // Wed 12.01.2028 09:00–16:00, Stadthaus, English, KGSt, 250 €, 16 seats, for managers
  tvoed: 'Personalsachbearbeitung kompakt: Der TVöD in der Praxis', // Tue 18.01.2028 13:00–16:30, Schulungszentrum, HVSV, 190 €
  stress: 'Durchatmen statt durchhalten: Stress bewältigen, Kraft tanken', // Thu 30.03.2028 09:00–12:00 (CEST), online, UKH, free
  excel: 'Excel im Amt: Formeln, Filter und Pivot-Tabellen', // draft
  socialMedia: 'Gut vernetzt: Social Media für die Stadtverwaltung', // draft
  zeit: 'Zeit im Griff: Selbstorganisation und Zeitmanagement', // cancelled
  barriere: 'Barrierefreie Dokumente: Word und PDF für alle zugänglich gestalten', // cancelled
  ersteHilfe: 'Erste Hilfe im Büro: Auffrischung für Ersthelferinnen und Ersthelfer', // past (Tue 14 September 2027)
  datenschutz: 'Datenschutz im Arbeitsalltag: Die DSGVO für alle Beschäftigten', // past (Thu 7 October 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.excel, T.socialMedia, T.zeit, T.barriere, T.ersteHilfe, T.datenschutz];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  { q: 'Was kostet das Seminar für neue Führungskräfte?', kind: 'facts', titles: [T.fuehrung], says: ['kostet 590 €'] },
  { q: 'Ist die Teams-Schulung kostenlos?', kind: 'facts', titles: [T.teams], says: ['ist kostenlos'] },
  // --- facts: when, start time, duration -------------------------------------------------------------------------------
  {
    q: 'When is the leadership course for new managers?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['on 2 days', 'Thu, 25 Nov 2027 and Fri, 26 Nov 2027', 'each from 09:00 to 16:00'],
  },
  {
    q: 'What time does the orientation for international staff start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.onboarding],
    says: ['starts on Thu, 11 Nov 2027 at 09:00'],
  },
  {
    q: 'Um wie viel Uhr beginnt die Phishing-Schulung?',
    kind: 'facts',
    titles: [T.phishing],
    says: ['beginnt am Mi., 27.10.2027 um 09:00 Uhr'],
  },
  {
    q: 'Wie lange dauert die Schulung zur E-Akte?',
    kind: 'facts',
    titles: [T.eakte],
    says: ['dauert 3,5 Stunden, von 09:00 bis 12:30 Uhr'],
  },
  {
    q: 'How long does the AI seminar take?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['lasts 3.5 hours, from 13:00 to 16:30'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  {
    q: 'Wo findet das Präsentationstraining statt?',
    kind: 'facts',
    titles: [T.praesentation],
    says: ['in der Volkshochschule Frankfurt am Main'],
  },
  {
    q: 'Where is the intercultural workshop for mixed teams?',
    locale: 'en',
    kind: 'facts',
    titles: [T.cultures],
    says: ['at Stadthaus am Markt'],
  },
  {
    q: 'Findet die Schulung zum Melderecht in Präsenz statt?',
    kind: 'facts',
    titles: [T.melde],
    says: [/im Schulungszentrum Mainzer Landstraße/],
  },
  {
    q: 'Is the stress management course online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.stress],
    says: ['takes place online'],
  },
  {
    q: 'Who runs the course on the municipal budget?',
    locale: 'en',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['is led by Herr Prof. Dr. Stefan Wagner'],
  },
  {
    q: 'Bis wann kann ich mich für das Aufenthaltsrecht-Seminar anmelden?',
    kind: 'facts',
    titles: [T.aufenthalt],
    says: ['bis Mo., 25.10.2027, 23:59 Uhr'],
  },
  {
    q: "What's the registration deadline for the English course for counter staff?",
    locale: 'en',
    kind: 'facts',
    titles: [T.frontdesk],
    says: ['passed on Mon, 18 Oct 2027, 12:00'],
  },
  {
    q: 'Wie viele Plätze sind im Konfliktseminar noch frei?',
    kind: 'facts',
    titles: [T.konflikt],
    says: ['noch 14 von 14 Plätzen frei'],
  },
  {
    q: 'How many seats are left in Leading International Teams?',
    locale: 'en',
    kind: 'facts',
    titles: [T.leading],
    says: ['has 16 of 16 seats left'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  {
    conv: 'permits',
    q: 'Is there a course about handling residence permits?',
    locale: 'en',
    kind: 'list',
    titles: [T.aufenthalt],
  },
  {
    conv: 'permits',
    q: 'How long is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.aufenthalt],
    says: ['lasts 2 days, each from 09:00 to 16:00'],
  },
  {
    conv: 'permits',
    q: 'Where is it held?',
    locale: 'en',
    kind: 'facts',
    titles: [T.aufenthalt],
    says: ['takes place at Schulungszentrum Mainzer Landstraße'],
  },
  { conv: 'tender', q: 'anything on public tendering?', locale: 'en', kind: 'list', titles: [T.vergabe] },
  {
    conv: 'tender',
    q: 'How much does it cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['costs €260'],
  },
  {
    conv: 'tender',
    q: 'When is the registration deadline?',
    locale: 'en',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['until Fri, 22 Oct 2027, 23:59'],
  },
  { conv: 'buergergeld', q: 'Gibt es eine Fortbildung zum Bürgergeld?', kind: 'list', titles: [T.sozial] },
  {
    conv: 'buergergeld',
    q: 'Wann ist die?',
    kind: 'facts',
    titles: [T.sozial],
    says: ['am Mi., 01.12.2027 von 13:00 bis 16:00 Uhr'],
  },
  {
    conv: 'buergergeld',
    q: 'Kostet das was?',
    kind: 'facts',
    titles: [T.sozial],
    says: ['ist kostenlos'],
    mentions: ['Die Kosten trägt das Jugend- und Sozialamt.'],
  },
  // --- topic searches: everyday English about German seminars, words only the summary or description has ---------------
  { q: 'How do I learn to write official letters in German?', locale: 'en', kind: 'list', titles: [T.schreiben] },
  { q: "Is there a training on registering residents' addresses?", locale: 'en', kind: 'list', titles: [T.melde] },
  { q: 'How can I recognise phishing e-mails?', locale: 'en', kind: 'list', titles: [T.phishing] },
  {
    q: 'My back hurts from sitting at the computer all day – is there something for that?',
    locale: 'en',
    kind: 'list',
    titles: [T.ergonomie],
  },
  {
    q: 'Is there a course on working with digital files instead of paper?',
    locale: 'en',
    kind: 'list',
    titles: [T.eakte],
  },
  { q: 'I want to learn how to use AI tools like ChatGPT at work.', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    q: "There's a lot of tension in our team – is there a course on dealing with conflicts?",
    locale: 'en',
    kind: 'list',
    first: T.konflikt,
  },
  {
    q: "I've just started here and I'm from abroad – is there an introduction for new colleagues?",
    locale: 'en',
    kind: 'list',
    first: T.onboarding,
  },
  {
    q: 'Is there an English course for colleagues who work at the counter?',
    locale: 'en',
    kind: 'list',
    titles: [T.frontdesk],
  },
  {
    q: 'Ich werde total nervös, wenn ich vor Leuten reden muss – gibt es dafür ein Training?',
    kind: 'list',
    titles: [T.praesentation],
  },
  { q: 'Was kann ich gegen Stress im Job tun – gibt es dazu ein Seminar?', kind: 'list', titles: [T.stress] },
  { q: 'Gibt es eine Schulung zur Eingruppierung nach TVöD?', kind: 'list', titles: [T.tvoed] },
  { q: 'Wie gehe ich mit pöbelnden Kunden im Bürgeramt um?', kind: 'list', first: T.service },
  // --- typos -----------------------------------------------------------------------------------------------------------
  { q: 'Aufenthalsrecht Seminar', kind: 'list', titles: [T.aufenthalt] },
  { q: 'Konfliktmanagment', kind: 'list', titles: [T.konflikt] },
  { q: 'Is there a presentaion training?', locale: 'en', kind: 'list', titles: [T.praesentation] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, cost, length, language, free seats -------
  { q: "What's on today?", locale: 'en', kind: 'list', titles: [T.teams] },
  { q: 'Was läuft diese Woche noch?', kind: 'list', titles: [T.teams, T.melde] },
  { q: 'Was gibt es nächste Woche vormittags?', kind: 'list', titles: [T.cultures, T.phishing] },
  { q: 'Anything next week in the afternoon?', locale: 'en', kind: 'list', titles: [T.frontdesk, T.ergonomie] },
  { q: 'Is anything online next week?', locale: 'en', kind: 'list', titles: [T.phishing] },
  {
    q: 'Welche Seminare finden in der Volkshochschule statt?',
    kind: 'list',
    ...only(T.frontdesk, T.praesentation, T.schreiben),
  },
  { q: 'Which courses does Dr Hofmann teach?', locale: 'en', kind: 'list', ...only(T.konflikt, T.fuehrung) },
  { q: 'Was bietet der HVSV an?', kind: 'list', ...only(T.melde, T.vergabe, T.aufenthalt, T.haushalt, T.tvoed) },
  {
    q: 'Are there any seminars for managers?',
    locale: 'en',
    kind: 'list',
    ...only(T.fuehrung, T.leading),
  },
  { q: 'Welche kostenlosen Seminare gibt es im Dezember?', kind: 'list', titles: [T.sozial, T.service] },
  { q: 'Welche Seminare dauern mehrere Tage?', kind: 'list', ...only(T.aufenthalt, T.fuehrung) },
  {
    q: 'Which seminars are held in English?',
    locale: 'en',
    kind: 'list',
    ...only(T.frontdesk, T.cultures, T.onboarding, T.leading),
  },
  { q: 'Welche Präsenzseminare im Dezember haben noch freie Plätze?', kind: 'list', titles: [T.schreiben, T.service] },
  {
    q: 'Is the conflict training in English?',
    locale: 'en',
    kind: 'facts',
    titles: [T.konflikt],
    says: ['is held in German'],
  },
  // --- gone, no match, greeting ----------------------------------------------------------------------------------------
  { q: 'Wann ist das Zeitmanagement-Seminar?', kind: 'gone', gone: T.zeit },
  { q: 'When is the course on accessible PDFs?', locale: 'en', kind: 'gone', gone: T.barriere },
  { q: 'Wann war der Erste-Hilfe-Kurs?', kind: 'gone', gone: T.ersteHilfe, says: ['Di., 14.09.2027'] },
  {
    q: 'When was the data protection training?',
    locale: 'en',
    kind: 'gone',
    gone: T.datenschutz,
    says: ['Thu, 7 Oct 2027'],
  },
  { q: 'Gibt es einen Excel-Kurs?', kind: 'none' },
  { q: 'Is there a sign language course?', locale: 'en', kind: 'none' },
  {
    q: 'Do you have anything on social media for the city?',
    locale: 'en',
    kind: 'none',
  },
  { q: 'Guten Morgen!', kind: 'help' },
  { q: 'Hello!', locale: 'en', kind: 'help' },
];

heldoutSuite('answering questions about a fifty-third, independent catalogue (Stadt Frankfurt am Main, bilingual)', {
  fixture: 'heldout53-catalogue.json',
  now,
  timeZone: TZ,
  cases: CASES,
  titles: all,
  never: NEVER,
});
