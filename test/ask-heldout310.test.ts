// Over-fitting check, three-hundred-and-tenth catalogue: the autumn 2029 / winter 2030 programme for the Landkreis
// Augsburg (Bavaria) and its towns and markets (Gersthofen, Neusäß, Königsbrunn, Bobingen, Schwabmünchen, Stadtbergen,
// Zusmarshausen, Meitingen; Dinkelscherben has no seminar), with the Bayerische Verwaltungsschule (BVS), the Kommunale
// Unfallversicherung Bayern (KUVB), the AKDB, the Landratsamt's Personalentwicklung and the vhs Augsburger Land,
// imported from a JSON file. Seminars take place in the Landratsamt Augsburg (Prinzregentenplatz 4, in the city of
// Augsburg), in the town halls of Gersthofen, Neusäß, Königsbrunn, Bobingen, Schwabmünchen, Stadtbergen and Meitingen,
// the Bauhof Königsbrunn, the Feuerwehrhaus Zusmarshausen, a school gym in Neusäß, online or hybrid. Several titles do
// not name their subject ("Klick mit Bedacht" is phishing, "Was darf ich weitergeben?" data protection / GDPR, "Akku
// leer?" stress and burnout, "Vom Posteingang bis zur Ablage" the e-file, "Wenn der Schnee kommt" winter road
// service, "Klartext im Team" conflict between colleagues, "Ruhig bleiben, wenn es laut wird" de-escalation with
// aggressive visitors, "Willkommen an Bord" the induction day for new staff), so only summary, description or topics
// reveal it. One seminar is held in English; the leadership course runs on two Thursdays across the end of summer time;
// the back-exercise course runs on four Tuesday evenings; the exam preparation for trainees on three days in a row;
// the e-file course is open only to Neusäß, Stadtbergen and Gersthofen; first aid is free (the KUVB pays); the Excel
// fee is paid by the sending office. Every question is asked in English, as international staff and English-speaking
// colleagues would ask it, written without looking at the parser or at the answers the bot gives.
//
// Calendar around `now` (Monday 22 October 2029, 15:20 in Augsburg, still summer time; winter time begins Sun
// 28.10.2029; Thu 01.11. (All Saints' Day) is a public holiday in Bavaria):
//   this week:  Mon 22.10. (today) 16:00–17:30 phishing (online, free); Tue 23.10. (tomorrow) 09:00–12:00 Excel
//               (online, 65 €); Wed 24.10. 09:00–12:30 data protection (Landratsamt); Thu 25.10. 09:00–16:00
//               leadership day 1 (Landratsamt, 420 €; deadline Wed 24.10. 12:00); Fri 26.10. 13:00–16:00 English
//               (Rathaus Gersthofen, 90 €); nothing at the weekend
//   next week:  Mon 29.10. 09:00–16:00 procurement (Landratsamt, 280 €; deadline passed Mon 15.10. 23:59), Tue 30.10.
//               13:30–16:30 stress (online), Wed 31.10. 08:30–16:30 first aid (Rathaus Bobingen); nothing on Thu 01.11.
//               (holiday) and Fri 02.11.
//   November:   Tue 06.11. 09:00–12:00 e-file (hybrid, Rathaus Neusäß); Tue 06./13./20./27.11. 18:00–19:30 back
//               exercises (school gym Neusäß, 48 €); Thu 08.11. (CET) leadership day 2; the cancelled PowerPoint course
//               (Fri 09.11.); Mon 12.11. 07:30–12:00 winter service (Bauhof Königsbrunn); Wed 14.11. 09:00–16:00
//               conflict (Rathaus Königsbrunn, 240 €); Thu 15.11. 18:30–21:00 budget for council members (Rathaus
//               Meitingen, 40 €); Tue 20.11. 09:00–15:00 de-escalation (Rathaus Schwabmünchen); Tue 27.11. 10:00–11:00
//               Teams (online); Wed 28.11. 14:00–16:30 AI (hybrid, Landratsamt)
//   December:   Mon 03.12. 09:00–11:30 Word (online, 45 €); Tue 04.12. 08:30–12:30 fire wardens (Feuerwehrhaus
//               Zusmarshausen); Wed 05.12. 09:00–16:00 plain language (Rathaus Stadtbergen, 110 €; deadline Fri 23.11.
//               12:00); the cancelled forklift course (Thu 06.12.)
//   January:    Tue 08.01.2030 09:00–14:00 induction day (Landratsamt; deadline Fri 14.12.2029 23:59); Mon 14.–Wed
//               16.01. 08:00–15:30 exam preparation (Landratsamt, 290 €); Thu 17.01. 09:00–12:30 residence law (online,
//               150 €)
//   later:      the drafts on administrative offences (Tue 19.02.2030) and online citizen participation (Wed 13.03.2030)
//   past:       Tue 04.09.2029 election officials (Stadthalle Gersthofen), Wed 10.10.2029 tree inspection (Bobingen).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2029-10-22T13:20:00Z'); // Monday, 22 October 2029, 15:20 in Augsburg (CEST)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Klick mit Bedacht', // Mon 22.10. 16:00–17:30, online, AKDB, Kranz, phishing / IT security, free
  excel: 'Excel im Büroalltag: Formeln, Filter und Pivot-Tabellen', // Tue 23.10. 09:00–12:00, online, vhs, Wiedemann, 65 € (office pays)
  datenschutz: 'Was darf ich weitergeben?', // Wed 24.10. 09:00–12:30, Landratsamt, PE, Lutz, data protection / GDPR, free, 30 seats
  fuehrung: 'Führungswerkstatt für neue Führungskräfte', // Thu 25.10. (CEST) and Thu 08.11. (CET) 09:00–16:00, Landratsamt, BVS, Dr. Steinle, 420 €, deadline Wed 24.10. 12:00
  english: 'Everyday English for Public Service: Phone Calls, E-mails and the Service Counter', // Fri 26.10. 13:00–16:00, Rathaus Gersthofen, vhs, Donovan, 90 €, in English
  vergabe: 'Öffentliche Aufträge rechtssicher vergeben: UVgO und VOB/A', // Mon 29.10. 09:00–16:00, Landratsamt, BVS, Dr. Merkle, 280 €, deadline passed Mon 15.10. 23:59
  stress: 'Akku leer?', // Tue 30.10. 13:30–16:30, online, KUVB, Dr. Hummel, stress / resilience / burnout, free
  ersteHilfe: 'Erste Hilfe: Fortbildung für betriebliche Ersthelferinnen und Ersthelfer', // Wed 31.10. 08:30–16:30, Rathaus Bobingen, KUVB, Kugelmann, free (KUVB pays)
  eakte: 'Vom Posteingang bis zur Ablage', // Tue 06.11. 09:00–12:00, hybrid (Rathaus Neusäß), AKDB, Rauch, e-file, Neusäß/Stadtbergen/Gersthofen only, free, 25 seats
  ruecken: 'Gesunder Rücken im Büro', // Tue 06./13./20./27.11. 18:00–19:30, school gym Neusäß, vhs, Brenner, 48 €
  winterdienst: 'Wenn der Schnee kommt', // Mon 12.11. 07:30–12:00, Bauhof Königsbrunn, KUVB, Schuster, winter road service, free
  konflikt: 'Klartext im Team', // Wed 14.11. 09:00–16:00, Rathaus Königsbrunn, BVS, Dr. Steinle, conflict management, 240 €
  ratHaushalt: 'Den Haushalt verstehen: Kommunale Finanzen für Gemeinderatsmitglieder', // Thu 15.11. 18:30–21:00, Rathaus Meitingen, BVS, Dr. Merkle, 40 €
  deeskalation: 'Ruhig bleiben, wenn es laut wird', // Tue 20.11. 09:00–15:00, Rathaus Schwabmünchen, KUVB, Eberle, de-escalation, free
  teams: 'Besprechungen mit Microsoft Teams', // Tue 27.11. 10:00–11:00, online, PE, Fischer, free
  ki: 'KI-Assistenten sinnvoll nutzen', // Wed 28.11. 14:00–16:30, hybrid (Landratsamt), AKDB, Kranz, AI / ChatGPT, free
  word: 'Serienbriefe und Vorlagen in Word', // Mon 03.12. 09:00–11:30, online, vhs, Wiedemann, 45 €
  brandschutz: 'Brandschutzhelferinnen und Brandschutzhelfer: Ausbildung nach ASR A2.2', // Tue 04.12. 08:30–12:30, Feuerwehrhaus Zusmarshausen, KUVB, Held, free
  sprache: 'Schreiben, die jeder versteht', // Wed 05.12. 09:00–16:00, Rathaus Stadtbergen, vhs, Aumann, plain language, 110 €, deadline Fri 23.11. 12:00
  einfuehrung: 'Willkommen an Bord', // Tue 08.01.2030 09:00–14:00, Landratsamt, PE, Fischer, induction day, free, deadline Fri 14.12.2029 23:59
  pruefung: 'Fit für die Zwischenprüfung', // Mon 14.–Wed 16.01.2030 08:00–15:30, Landratsamt, BVS, Wörle, trainees' exam preparation, 290 €
  aufenthalt: 'Aufenthaltsrecht kompakt', // Thu 17.01.2030 09:00–12:30, online, BVS, Demir, residence law, 150 €
  owi: 'Ordnungswidrigkeitenverfahren in der Praxis', // draft (Tue 19.02.2030)
  beteiligung: 'Bürgerbeteiligung online gestalten', // draft (Wed 13.03.2030)
  powerpoint: 'PowerPoint: Präsentationen, die überzeugen', // cancelled (Fri 09.11.2029)
  stapler: 'Gabelstapler-Fahrausweis für Bauhofbeschäftigte', // cancelled (Thu 06.12.2029)
  wahl: 'Wahlvorstand kompakt: Schulung zur Bundestagswahl 2029', // past (Tue 4 September 2029)
  baum: 'Baumkontrolle nach den FLL-Baumkontrollrichtlinien', // past (Wed 10 October 2029)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.owi, T.beteiligung, T.powerpoint, T.stapler, T.wahl, T.baum];
const only = onlyAmong(all, NEVER);

const en = 'en' as const;

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'today', q: 'anything still on today?', locale: en, kind: 'list', titles: [T.phishing] },
  {
    conv: 'today',
    q: 'is that online or in person?',
    locale: en,
    kind: 'facts',
    titles: [T.phishing],
    says: ['takes place online'],
  },
  {
    conv: 'today',
    q: 'how long is it',
    locale: en,
    kind: 'facts',
    titles: [T.phishing],
    says: [/lasts 1[.,]5 hours, from 16:00 to 17:30/],
  },
  {
    conv: 'today',
    q: 'who runs it?',
    locale: en,
    kind: 'facts',
    titles: [T.phishing],
    says: ['is led by Herr Tobias Kranz'],
  },
  { conv: 'tomorrow', q: "what's on tomorrow?", locale: en, kind: 'list', titles: [T.excel] },
  {
    conv: 'tomorrow',
    q: 'how much does it cost',
    locale: en,
    kind: 'facts',
    titles: [T.excel],
    says: ['costs €65'],
    mentions: ['Die Gebühr übernimmt die entsendende Dienststelle.'],
  },
  {
    conv: 'tomorrow',
    q: 'what time does it start',
    locale: en,
    kind: 'facts',
    titles: [T.excel],
    says: ['starts on Tue, 23 Oct 2029 at 09:00'],
  },
  {
    conv: 'leader',
    q: "I've just become a team leader. Is there a course for new managers?",
    locale: en,
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'leader',
    q: 'when exactly?',
    locale: en,
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['on 2 days', 'Thu, 25 Oct 2029 and Thu, 8 Nov 2029', 'each from 09:00 to 16:00'],
  },
  {
    conv: 'leader',
    q: 'until when can I register?',
    locale: en,
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['until Wed, 24 Oct 2029, 12:00'],
  },
  {
    conv: 'leader',
    q: 'and what does it cost?',
    locale: en,
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['costs €420'],
  },
  { conv: 'procurement', q: 'training on public procurement', locale: en, kind: 'list', titles: [T.vergabe] },
  {
    conv: 'procurement',
    q: 'is registration still open?',
    locale: en,
    kind: 'facts',
    titles: [T.vergabe],
    says: ['passed on Mon, 15 Oct 2029, 23:59'],
  },
  { conv: 'english', q: 'are there any courses taught in English?', locale: en, kind: 'list', titles: [T.english] },
  {
    conv: 'english',
    q: 'where is it?',
    locale: en,
    kind: 'facts',
    titles: [T.english],
    says: ['takes place at Rathaus Gersthofen'],
  },
  { conv: 'efile', q: 'e-file training', locale: en, kind: 'list', titles: [T.eakte] },
  {
    conv: 'efile',
    q: 'can I join online or do I have to go there?',
    locale: en,
    kind: 'facts',
    titles: [T.eakte],
    says: [/Rathaus Neusäß.* or online/],
  },
  { conv: 'firstaid', q: 'first aid refresher course', locale: en, kind: 'list', titles: [T.ersteHilfe] },
  {
    conv: 'firstaid',
    q: 'do we have to pay for it?',
    locale: en,
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['is free of charge'],
    mentions: ['Die Lehrgangskosten trägt die KUVB.'],
  },
  {
    conv: 'firstaid',
    q: 'when and where is it?',
    locale: en,
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['on Wed, 31 Oct 2029 from 08:30 to 16:30 at Rathaus Bobingen'],
  },
  { conv: 'back', q: 'back exercises after work', locale: en, kind: 'list', titles: [T.ruecken] },
  {
    conv: 'back',
    q: 'how many evenings is that?',
    locale: en,
    kind: 'facts',
    titles: [T.ruecken],
    says: [/\b4 days\b/, 'each from 18:00 to 19:30'],
  },
  {
    conv: 'stress',
    q: "I'm really stressed at work at the moment, is there anything on stress management?",
    locale: en,
    kind: 'list',
    titles: [T.stress],
  },
  {
    conv: 'stress',
    q: 'when is it?',
    locale: en,
    kind: 'facts',
    titles: [T.stress],
    says: ['on Tue, 30 Oct 2029 from 13:30 to 16:30'],
  },
  {
    conv: 'plain',
    q: 'writing letters that citizens actually understand',
    locale: en,
    kind: 'list',
    titles: [T.sprache],
  },
  {
    conv: 'plain',
    q: 'registration deadline?',
    locale: en,
    kind: 'facts',
    titles: [T.sprache],
    says: ['until Fri, 23 Nov 2029, 12:00'],
  },
  // --- facts -----------------------------------------------------------------------------------------------------------
  {
    q: 'how much is the conflict management course?',
    locale: en,
    kind: 'facts',
    titles: [T.konflikt],
    says: ['costs €240'],
  },
  {
    q: "where's the fire warden training?",
    locale: en,
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['takes place at Feuerwehrhaus Zusmarshausen'],
  },
  {
    q: 'when is the course on winter road clearing?',
    locale: en,
    kind: 'facts',
    titles: [T.winterdienst],
    says: ['on Mon, 12 Nov 2029 from 07:30 to 12:00'],
  },
  {
    q: 'how long does the de-escalation training last?',
    locale: en,
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['lasts 6 hours, from 09:00 to 15:00'],
  },
  {
    q: 'how many days is the exam prep course for trainees?',
    locale: en,
    kind: 'facts',
    titles: [T.pruefung],
    says: ['lasts 3 days, each from 08:00 to 15:30'],
  },
  {
    q: 'who teaches the mail merge course in Word?',
    locale: en,
    kind: 'facts',
    titles: [T.word],
    says: ['is led by Frau Sandra Wiedemann'],
  },
  {
    q: 'registration deadline for the welcome day for new staff',
    locale: en,
    kind: 'facts',
    titles: [T.einfuehrung],
    says: ['until Fri, 14 Dec 2029, 23:59'],
  },
  // --- topic searches: everyday English words for German courses, subjects only in summary or description -------------
  { q: 'phishing emails', locale: en, kind: 'list', titles: [T.phishing] },
  { q: 'pivot tables', locale: en, kind: 'list', titles: [T.excel] },
  { q: 'GDPR training', locale: en, kind: 'list', titles: [T.datenschutz] },
  { q: 'dealing with aggressive visitors at the counter', locale: en, kind: 'list', titles: [T.deeskalation] },
  {
    q: 'my colleague and I keep arguing, is there a course on conflict in the team?',
    locale: en,
    kind: 'list',
    titles: [T.konflikt],
  },
  { q: 'burnout prevention', locale: en, kind: 'list', titles: [T.stress] },
  { q: 'where can I learn to use a fire extinguisher', locale: en, kind: 'list', titles: [T.brandschutz] },
  { q: 'residence permits', locale: en, kind: 'list', titles: [T.aufenthalt] },
  { q: 'video meetings', locale: en, kind: 'list', titles: [T.teams] },
  { q: 'onboarding for new employees', locale: en, kind: 'list', titles: [T.einfuehrung] },
  // --- time and place filters, format, provider, cost, length ----------------------------------------------------------
  {
    q: "what's on this week?",
    locale: en,
    kind: 'list',
    titles: [T.phishing, T.excel, T.datenschutz, T.fuehrung, T.english],
  },
  { q: 'anything next week?', locale: en, kind: 'list', titles: [T.vergabe, T.stress, T.ersteHilfe] },
  { q: 'online courses this week', locale: en, kind: 'list', titles: [T.phishing, T.excel] },
  { q: 'any afternoon sessions this week?', locale: en, kind: 'list', titles: [T.phishing, T.english] },
  { q: 'evening courses', locale: en, kind: 'list', ...only(T.ruecken, T.ratHaushalt) },
  { q: 'online courses in November', locale: en, kind: 'list', ...maybeAlso(only(T.teams), T.eakte, T.ki) },
  { q: "what's on in January?", locale: en, kind: 'list', titles: [T.einfuehrung, T.pruefung, T.aufenthalt] },
  { q: 'is anything on a Friday?', locale: en, kind: 'list', titles: [T.english] },
  { q: 'courses in Königsbrunn', locale: en, kind: 'list', ...only(T.winterdienst, T.konflikt) },
  {
    q: "what's held at the Landratsamt?",
    locale: en,
    kind: 'list',
    ...only(T.datenschutz, T.fuehrung, T.vergabe, T.ki, T.einfuehrung, T.pruefung),
  },
  {
    q: 'what does the KUVB offer?',
    locale: en,
    kind: 'list',
    ...only(T.stress, T.ersteHilfe, T.winterdienst, T.deeskalation, T.brandschutz),
  },
  {
    q: 'courses costing more than 200 euros',
    locale: en,
    kind: 'list',
    ...only(T.fuehrung, T.vergabe, T.konflikt, T.pruefung),
  },
  { q: 'courses that run over several days', locale: en, kind: 'list', ...only(T.fuehrung, T.ruecken, T.pruefung) },
  // --- gone, drafts never shown, no match, greeting, no context, details -----------------------------------------------
  { q: 'PowerPoint course', locale: en, kind: 'gone', gone: T.powerpoint, says: ['has been cancelled'] },
  { q: 'forklift licence', locale: en, kind: 'gone', gone: T.stapler },
  {
    q: 'when was the training for election officials?',
    locale: en,
    kind: 'gone',
    gone: T.wahl,
    says: ['already took place on Tue, 4 Sep 2029'],
  },
  { q: 'anything on 1 November?', locale: en, kind: 'none' },
  { q: 'courses in Dinkelscherben', locale: en, kind: 'none' },
  { q: 'citizen participation online', locale: en, kind: 'none' },
  { q: 'Hi there!', locale: en, kind: 'help' },
  { q: 'how much does it cost?', locale: en, kind: 'noContext' },
  { q: 'tell me more about the de-escalation course', locale: en, kind: 'details', titles: [T.deeskalation] },
];

heldoutSuite(
  'answering questions about a three-hundred-and-tenth, independent catalogue (Landkreis Augsburg, BVS, KUVB, AKDB, vhs Augsburger Land), asked in English',
  {
    fixture: 'heldout310-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
