// Over-fitting check, hundred-and-eighth catalogue: the autumn 2027 programme of the Landkreis Traunstein (Upper Bavaria)
// with the Bayerische Verwaltungsschule (BVS), the Landratsamt's Sachgebiet IT and Personalentwicklung, the Kommunale
// Unfallversicherung Bayern (KUVB) and the Volkshochschule Traunstein (VHS), for the Landratsamt and its towns and
// municipalities (Traunstein, Traunreut, Trostberg, Ruhpolding, Siegsdorf, Grassau), imported from a JSON file. Seminars
// take place in the Landratsamt Traunstein, the BVS-Bildungszentrum Holzhausen (Ammersee), the VHS Traunstein, the town
// halls of Traunreut, Trostberg, Siegsdorf, Grassau, Ruhpolding and Traunstein, online or hybrid. Several titles do not
// name their subject ("Vorsicht, Anhang!" is information security, "Frag doch die Maschine" AI, "Gelassen bleiben am
// Tresen" de-escalation, "Den Hut aufhaben" leadership for new team leads, "Vom Ist zum Soll" process management, "Post
// für alle" mail merge in Word, "Gut einkaufen für die Gemeinde" public procurement, "Wenn der Akku leer ist" burnout
// prevention, "Schreiben, das ankommt" plain language, "Papierlos glücklich" the e-file), so only summary, description
// or topics reveal it; two seminars are held in English (the VHS phone course and the IT's Teams/SharePoint
// introduction); the leadership course runs on three Wednesdays across the end of summer time; the Doppik course on two
// consecutive days; the e-file course is open only to Ruhpolding, Siegsdorf and Grassau; the council-meetings course has
// 8 seats and no waitlist. Most questions are in English, the way international staff or English-speaking colleagues
// ask in Teams, with English words for German subjects (e-file, public procurement, plain language, first aid, GDPR,
// mail merge, burnout, de-escalation); the rest are German, typed the way colleagues write in Teams. Written without
// looking at the parser or the answers. Same assertions as the other suites: exactly the expected seminars (best first
// where one is clearly best), the asked fact in the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Tuesday 12 October 2027, 09:30 in Traunstein, summer time; winter time begins Sun 31.10.2027):
//   this week:  nothing more today; Wed 13.10. 13:00–16:30 Excel (VHS Traunstein, tomorrow), Thu 14.10. 09:00–12:00
//               data protection (hybrid, Landratsamt); nothing Fri 15.10. to Sun 17.10. (Fri 15.10. is the leadership
//               course's registration deadline)
//   next week:  Tue 19.10. morning (English phone course, VHS; deadline passed Fri 08.10.), Wed 20.10. afternoon (AI,
//               hybrid, Landratsamt), Thu 21.10. morning 08:30–12:00 (de-escalation, Rathaus Traunreut)
//   then:       Wed 27.10. (CEST) leadership module 1 (Landratsamt); the cancelled Outlook course on Thu 28.10.
//   November:   Wed 03. first aid (Trostberg), Tue 09. process management (Holzhausen), Wed 10. leadership module 2 (CET),
//               Thu 11. mail merge (online), Mon 15. information security (online), Tue 16. procurement (Landratsamt;
//               deadline Fri 29.10. 12:00, still CEST), Wed 17. burnout (online, 14:00–15:30), Wed 24. leadership
//               module 3, Thu 25. plain language (Siegsdorf), Tue 30. e-file (Grassau, three municipalities only);
//               the cancelled rhetoric course on Mon 22.11.
//   December:   Thu 02. Scrum (hybrid, Holzhausen), Tue 07. Teams and SharePoint (online, in English), Mon 13./Tue 14.
//               Doppik (Holzhausen, deadline Fri 26.11.); the draft heat-planning course on Wed 08.12.
//   January:    Mon 10. winter service (Rathaus Ruhpolding), Wed 12. council meetings (Rathaus Traunstein, 8 seats, no
//               waitlist), Thu 20. appraisal interviews (Landratsamt); the draft social-media course on Tue 01.02.2028
//   past:       Tue 07.09.2027 property tax (Landratsamt), Wed 22.09.2027 accessible PDFs (online).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-10-12T07:30:00Z'); // Tuesday, 12 October 2027, 09:30 in Traunstein (CEST)
const TZ = 'Europe/Berlin';

const T = {
  excel: 'Excel im Büroalltag: Formeln, Listen und Diagramme', // Wed 13.10. 13:00–16:30, VHS Traunstein, Huber, 95 € (note: VHS bills the Dienststelle)
  datenschutz: 'Datenschutz im Alltag der Gemeindeverwaltung', // Thu 14.10. 09:00–12:00, hybrid (Landratsamt), PE, Wimmer, DSGVO, free
  phishing: 'Vorsicht, Anhang!', // Mon 15.11. 09:00–11:00, online, SG IT, Maier, information security, free
  englishPhone: 'Confident on the Phone: English for Citizen Services', // Tue 19.10. 09:00–12:30, VHS Traunstein, English, 140 €, deadline passed Fri 08.10. 23:59
  ki: 'Frag doch die Maschine', // Wed 20.10. 13:30–16:00, hybrid (Landratsamt), SG IT, Maier, AI, free
  deeskalation: 'Gelassen bleiben am Tresen', // Thu 21.10. 08:30–12:00, Rathaus Traunreut, KUVB, Eder, free, 12 seats
  fuehrung: 'Den Hut aufhaben', // Wed 27.10. (CEST), 10.11. and 24.11. (CET) 09:00–16:00, Landratsamt, BVS, Lechner, 690 €, deadline Fri 15.10. 23:59
  ersteHilfe: 'Erste Hilfe für betriebliche Ersthelferinnen und Ersthelfer', // Wed 03.11. 08:30–16:30, Rathaus Trostberg, KUVB, free (KUVB pays)
  prozess: 'Vom Ist zum Soll', // Tue 09.11. 09:00–16:30, BVS-Bildungszentrum Holzhausen, BVS, Dr. Brandl, 320 €, process management
  serienbrief: 'Post für alle', // Thu 11.11. 09:00–12:00, online, VHS, Huber, 59 €, 16 seats, mail merge in Word
  vergabe: 'Gut einkaufen für die Gemeinde', // Tue 16.11. 09:00–16:00, Landratsamt, BVS, Aigner, 280 €, deadline Fri 29.10. 12:00
  burnout: 'Wenn der Akku leer ist', // Wed 17.11. 14:00–15:30, online, KUVB, Dr. Stadler, burnout prevention, free
  post: 'Schreiben, das ankommt', // Thu 25.11. 09:00–16:00, Rathaus Siegsdorf, BVS, Kraus, 190 €, plain language
  eakte: 'Papierlos glücklich', // Tue 30.11. 09:00–12:00, Rathaus Grassau, SG IT, Schuster, e-file, only Ruhpolding/Siegsdorf/Grassau, free
  scrum: 'Agil ans Ziel: Projektarbeit mit Scrum', // Thu 02.12. 09:00–16:00, hybrid (Holzhausen), BVS, Lechner, 260 € (note: lunch on site)
  teams: 'Getting Started with Microsoft Teams and SharePoint', // Tue 07.12. 13:00–15:00, online, SG IT, Reiter, English, free
  doppik: 'Doppik kompakt: Haushalt und Jahresabschluss in der Kommune', // Mon 13.12. and Tue 14.12. 09:00–16:00, Holzhausen, BVS, Pichler, 450 €
  winter: 'Sicher im Winterdienst: Räumen, Streuen, Verkehrssicherung', // Mon 10.01.2028 07:30–12:00, Rathaus Ruhpolding, KUVB, Hofmann, free
  sitzung: 'Sitzungen rechtssicher vorbereiten: Sitzungsdienst nach der Gemeindeordnung', // Wed 12.01.2028 09:00–16:00, Rathaus Traunstein, BVS, 210 €, 8 seats, no waitlist
  mitarbeiter: 'Mitarbeitergespräche wirkungsvoll führen', // Thu 20.01.2028 09:00–16:00, Landratsamt, PE, Leitner, free, for managers and team leads
  waerme: 'Kommunale Wärmeplanung: Einstieg für Bauverwaltung und Klimaschutz', // draft (Wed 08.12.2027)
  socialMedia: 'Social Media für Gemeinden: Instagram, Facebook und Co.', // draft (Tue 01.02.2028)
  outlook: 'Outlook im Griff: E-Mails, Termine und Aufgaben', // cancelled (Thu 28.10.2027)
  rhetorik: 'Rhetorik für Sitzungen: Souverän vor dem Gemeinderat sprechen', // cancelled (Mon 22.11.2027)
  pdf: 'Barrierefreie PDF-Dokumente erstellen', // past (Wed 22 September 2027)
  grundsteuer: 'Das neue Bayerische Grundsteuergesetz in der Praxis', // past (Tue 7 September 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.waerme, T.socialMedia, T.outlook, T.rhetorik, T.pdf, T.grundsteuer];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  {
    q: 'How much does the Scrum course cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.scrum],
    says: ['costs €260'],
    mentions: ['Teilnehmende vor Ort erhalten Mittagessen und Tagungsgetränke.'],
  },
  {
    q: 'was kostet der erste hilfe kurs',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangskosten übernimmt die KUVB für ihre Mitgliedsverwaltungen.'],
  },
  // --- facts: when (across the end of summer time), start time, duration -----------------------------------------------
  {
    q: 'When is the data protection training?',
    locale: 'en',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['on Thu, 14 Oct 2027 from 09:00 to 12:00'],
  },
  {
    q: 'When is the leadership programme for new team leads?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['on 3 days', 'Wed, 27 Oct 2027, Wed, 10 Nov 2027 and Wed, 24 Nov 2027', 'each from 09:00 to 16:00'],
  },
  {
    q: 'What time does the first aid course start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['starts on Wed, 3 Nov 2027 at 08:30'],
  },
  {
    q: 'wann beginnt die phishing schulung',
    kind: 'facts',
    titles: [T.phishing],
    says: ['beginnt am Mo., 15.11.2027 um 09:00 Uhr'],
  },
  {
    q: 'How long does the burnout workshop take?',
    locale: 'en',
    kind: 'facts',
    titles: [T.burnout],
    says: ['lasts 1.5 hours, from 14:00 to 15:30'],
  },
  {
    q: 'How long is the Doppik course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.doppik],
    says: ['lasts 2 days, each from 09:00 to 16:00'],
  },
  {
    q: 'wie lange dauert die deeskalationsschulung',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['dauert 3,5 Stunden, von 08:30 bis 12:00 Uhr'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  {
    q: 'Where is the process management seminar held?',
    locale: 'en',
    kind: 'facts',
    titles: [T.prozess],
    says: ['takes place at BVS-Bildungszentrum Holzhausen'],
  },
  { q: 'wo ist das seminar zur bürgernahen sprache', kind: 'facts', titles: [T.post], says: ['im Rathaus Siegsdorf'] },
  { q: 'Is the AI workshop online?', locale: 'en', kind: 'facts', titles: [T.ki], says: [/is hybrid|or online/] },
  { q: 'ist der excel kurs online', kind: 'facts', titles: [T.excel], says: ['findet in Präsenz statt'] },
  {
    q: 'Who teaches the Excel course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['is led by Frau Monika Huber'],
  },
  { q: 'wer leitet das vergabe seminar', kind: 'facts', titles: [T.vergabe], says: ['leitet Herr Michael Aigner'] },
  {
    q: 'When is the registration deadline for the public procurement seminar?',
    locale: 'en',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['until Fri, 29 Oct 2027, 12:00'],
  },
  {
    q: 'deadline for the English phone course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.englishPhone],
    says: ['passed on Fri, 8 Oct 2027, 23:59'],
  },
  {
    q: 'bis wann kann ich mich für das führungsseminar für neue teamleitungen anmelden',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['bis Fr., 15.10.2027, 23:59 Uhr'],
  },
  {
    q: 'Are there still seats in the course on council meetings?',
    locale: 'en',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['has 8 of 8 seats left'],
  },
  {
    q: 'sind beim serienbrief kurs noch plätze frei',
    kind: 'facts',
    titles: [T.serienbrief],
    says: ['noch 16 von 16 Plätzen frei'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  {
    conv: 'akku',
    q: 'I feel completely burned out – is there anything for that?',
    locale: 'en',
    kind: 'list',
    titles: [T.burnout],
  },
  { conv: 'akku', q: 'how much is it?', locale: 'en', kind: 'facts', titles: [T.burnout], says: ['is free of charge'] },
  {
    conv: 'akku',
    q: 'Who runs it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.burnout],
    says: ['is led by Frau Dr. Julia Stadler'],
  },
  { conv: 'gdpr', q: 'any GDPR training?', locale: 'en', kind: 'list', titles: [T.datenschutz] },
  {
    conv: 'gdpr',
    q: 'and where is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['at Landratsamt Traunstein'],
  },
  {
    conv: 'mailmerge',
    q: 'Is there a course on mail merge in Word?',
    locale: 'en',
    kind: 'list',
    titles: [T.serienbrief],
  },
  {
    conv: 'mailmerge',
    q: 'is it online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.serienbrief],
    says: ['takes place online'],
  },
  { conv: 'bauhof', q: 'gibt es eine schulung zum winterdienst für den bauhof', kind: 'list', titles: [T.winter] },
  {
    conv: 'bauhof',
    q: 'wann ist das',
    kind: 'facts',
    titles: [T.winter],
    says: ['am Mo., 10.01.2028 von 07:30 bis 12:00 Uhr'],
  },
  { conv: 'bauhof', q: 'und wo?', kind: 'facts', titles: [T.winter], says: ['im Rathaus Ruhpolding'] },
  // --- topic searches: English words for German subjects, words only in summary or description, everyday phrasing ------
  { q: 'Is there any training on information security in November?', locale: 'en', kind: 'list', titles: [T.phishing] },
  { q: 'Is there an e-file training?', locale: 'en', kind: 'list', titles: [T.eakte] },
  { q: 'plain language workshop', locale: 'en', kind: 'list', titles: [T.post] },
  { q: 'de-escalation training for counter staff', locale: 'en', kind: 'list', titles: [T.deeskalation] },
  { q: 'anything on ChatGPT or artificial intelligence?', locale: 'en', kind: 'list', titles: [T.ki] },
  { q: 'how do I run appraisal interviews with my staff?', locale: 'en', kind: 'list', titles: [T.mitarbeiter] },
  { q: 'it sicherheit schulung', kind: 'list', titles: [T.phishing] },
  { q: 'wie kann ich stress abbauen', kind: 'list', titles: [T.burnout] },
  { q: 'verständliche bescheide schreiben', kind: 'list', titles: [T.post] },
  { q: 'sitzungsdienst gemeinderat', kind: 'list', titles: [T.sitzung] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, length, cost, language ---------------
  { q: "what's on tomorrow?", locale: 'en', kind: 'list', titles: [T.excel] },
  { q: 'was ist diese woche noch', kind: 'list', titles: [T.excel, T.datenschutz] },
  { q: "what's on next week?", locale: 'en', kind: 'list', titles: [T.englishPhone, T.ki, T.deeskalation] },
  { q: 'anything next week in the morning?', locale: 'en', kind: 'list', titles: [T.englishPhone, T.deeskalation] },
  {
    q: 'anything free next month?',
    locale: 'en',
    kind: 'list',
    titles: [T.ersteHilfe, T.phishing, T.burnout, T.eakte],
  },
  { q: 'online courses in November', locale: 'en', kind: 'list', titles: [T.serienbrief, T.phishing, T.burnout] },
  { q: 'was gibts im dezember', kind: 'list', titles: [T.scrum, T.teams, T.doppik] },
  { q: 'kostenlose kurse im januar', kind: 'list', titles: [T.winter, T.mitarbeiter] },
  { q: 'was gibt es in traunreut', kind: 'list', titles: [T.deeskalation] },
  { q: 'seminare in holzhausen', kind: 'list', ...only(T.prozess, T.scrum, T.doppik) },
  { q: 'courses by Ms Huber', locale: 'en', kind: 'list', ...only(T.excel, T.serienbrief) },
  { q: 'What does the VHS offer?', locale: 'en', kind: 'list', ...only(T.excel, T.englishPhone, T.serienbrief) },
  { q: "I'm a team lead, anything for me?", locale: 'en', kind: 'list', ...only(T.fuehrung, T.mitarbeiter) },
  { q: 'any multi-day seminars?', locale: 'en', kind: 'list', titles: [T.fuehrung, T.doppik] },
  { q: 'anything in English?', locale: 'en', kind: 'list', titles: [T.englishPhone, T.teams] },
  // --- gone, drafts never shown, no match, greeting --------------------------------------------------------------------
  { q: 'When is the Outlook course?', locale: 'en', kind: 'gone', gone: T.outlook },
  { q: 'wann ist das rhetorik seminar', kind: 'gone', gone: T.rhetorik },
  { q: 'When was the accessible PDF training?', locale: 'en', kind: 'gone', gone: T.pdf, says: [/Wed, 22 Sept? 2027/] },
  { q: 'wann war die schulung zum grundsteuergesetz', kind: 'gone', gone: T.grundsteuer, says: ['Di., 07.09.2027'] },
  { q: 'Is there a social media course?', locale: 'en', kind: 'none' },
  { q: 'kommunale wärmeplanung', kind: 'none' },
  { q: 'forklift licence', locale: 'en', kind: 'none' },
  { q: 'Hello there!', locale: 'en', kind: 'help' },
  { q: 'servus', kind: 'help' },
];

heldoutSuite(
  'answering questions about a hundred-and-eighth, independent catalogue (Landkreis Traunstein, BVS, KUVB)',
  {
    fixture: 'heldout108-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
