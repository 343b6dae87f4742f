// Over-fitting check, eightieth catalogue: the 2028 programme of the Wissenschaftsstadt Darmstadt and the Landkreis
// Darmstadt-Dieburg (Hesse) with the ekom21, the Hessischer Verwaltungsschulverband (Verwaltungsseminar Darmstadt), the
// city's Personal- und Organisationsamt and an external provider for languages and intercultural skills (Sprachwerk
// Rhein-Main), for the city, the county and the towns Griesheim, Weiterstadt, Dieburg, Pfungstadt and the Gemeinde
// Mühltal, imported from a JSON file. Seminars take place in the Neues Rathaus Darmstadt (Luisenplatz), in the Kreishaus
// Darmstadt-Dieburg (Jägertorstraße), online or hybrid. The catalogue is German; two seminars are held in English (EU
// project reporting, English at the service counter). The twist of this round: every question is asked in English by
// international staff (IT specialists, researchers in the science offices, EU project staff) who name German topics in
// English words ("residence permits", "e-files", "public procurement", "works council", "minutes of council meetings",
// "plain German", "CPR"), sometimes with a German term in between ("the Doppik course", "the OZG training"). Several
// titles do not name their subject in English or at all ("Gelassen durch den Arbeitstag" is the stress course, "Fair,
// wirtschaftlich, rechtssicher" the procurement course, "Gut ankommen" the onboarding day), so only summary, description
// or topics reveal it. Questions were written without looking at the parser or the answers. Same assertions as the other
// suites: exactly the expected seminars (best first where one is clearly best, date order for time questions), the asked
// fact in the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Wednesday 7 June 2028, 10:00 in Darmstadt, summer time; Whit Monday was 05.06., Corpus Christi
// is Thu 15.06., a holiday in Hesse):
//   today:      Wed 07.06. 13:30–16:00 accessible PDFs (online, this afternoon)
//   this week:  Thu 08.06. 09:00–12:00 E-Akte (online, tomorrow), Fri 09.06. 09:00–12:00 data protection (hybrid, Rathaus)
//   next week:  Mon 12.06. 09:00–12:30 stress (online), Tue 13.06. 09:00–16:00 residence permits (Kreishaus; registration
//               closed on 31.05.), Wed 14.06. 13:00–16:30 conflicts (Rathaus), Thu 15.06. holiday, Fri 16.06. 10:00–11:30
//               phishing (online)
//   then:       nothing published from 17.06. to 26.06. (the cancelled French course on Tue 20.06.); Tue 27.06. minutes
//               (Kreishaus), Wed 28.06. EU reporting (English, hybrid Rathaus), Thu 29.06. procurement (Rathaus, deadline
//               Thu 22.06. 23:59), Fri 30.06. first aid (Kreishaus)
//   July:       Tue 04.07. AI (hybrid Kreishaus, afternoon), Wed 05.07. plain German letters (Rathaus), Thu 06.07. onboarding
//               day (Rathaus, 08:30), Mon 10.07. and Mon 17.07. English at the counter (online, afternoons), Tue 11.07.
//               building permits (Kreishaus), Thu/Fri 13./14.07. new managers (Kreishaus, deadline Fri 23.06. 23:59),
//               Thu 20.07. intercultural skills (Rathaus); the drafts on Fri 07.07. (driving safety) and Tue 11.07. (social
//               media), the cancelled time-management course on Wed 12.07.
//   later:      Wed 23.08. OZG (online), Mon/Tue 28./29.08. Doppik (Kreishaus), Tue 12.09. works council (Kreishaus)
//   past:       Tue 16.05.2028 kick-off digital strategy, Thu 01.06.2028 fire warden training.
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-06-07T08:00:00Z'); // Wednesday, 7 June 2028, 10:00 in Darmstadt (CEST)
const TZ = 'Europe/Berlin';

const T = {
  pdf: 'Dokumente für alle: Barrierefreie PDFs erstellen', // Wed 07.06.2028 13:30–16:00, online, ekom21, Becker, free
  eakte: 'Ablage war gestern: Arbeiten mit der E-Akte', // Thu 08.06. 09:00–12:00, online, ekom21, Körner, free
  datenschutz: 'Sicher mit Bürgerdaten: Datenschutz in der Sachbearbeitung', // Fri 09.06. 09:00–12:00, hybrid (Rathaus), DSGVO, free
  stress: 'Gelassen durch den Arbeitstag', // Mon 12.06. 09:00–12:30, online, stress management, free, 20 seats
  aufenthalt: 'Aufenthaltstitel rechtssicher bearbeiten: Aktuelles aus dem Aufenthaltsrecht', // Tue 13.06. 09:00–16:00, Kreishaus, HVSV, Brandt, 240 €, deadline passed Wed 31.05. 23:59
  konflikt: 'Wenn es im Team knirscht: Konflikte ansprechen und lösen', // Wed 14.06. 13:00–16:30, Rathaus, 90 €
  phishing: 'Nicht jeder Klick ist harmlos: Phishing und Betrugsmails erkennen', // Fri 16.06. 10:00–11:30, online, ekom21, Lenz, free
  sitzung: 'Von der Einladung bis zur Niederschrift: Sitzungsdienst nach der HGO', // Tue 27.06. 09:00–15:30, Kreishaus, HVSV, Schäfer, 190 €
  eu: 'Reporting on EU-Funded Projects: From Grant Agreement to Final Report', // Wed 28.06. 09:30–12:30, hybrid (Rathaus), English, free
  vergabe: 'Fair, wirtschaftlich, rechtssicher: Aufträge richtig vergeben', // Thu 29.06. 09:00–16:00, Rathaus, HVSV, 260 €, deadline Thu 22.06. 23:59, procurement
  ersteHilfe: 'Erste Hilfe im Dienst: Aus- und Fortbildung für Ersthelfende', // Fri 30.06. 08:30–16:30, Kreishaus, free (Unfallkasse Hessen), 15 seats
  ki: 'Künstliche Intelligenz im Büro: Was Sprachmodelle können und was nicht', // Tue 04.07. 13:00–16:00, hybrid (Kreishaus), ekom21, Lenz, free
  klartext: 'Klartext statt Amtsdeutsch: Bürgerbriefe verständlich schreiben', // Wed 05.07. 09:00–15:00, Rathaus, HVSV, 170 €, plain language
  onboarding: 'Gut ankommen: Einführungstag für neue Beschäftigte', // Thu 06.07. 08:30–15:00, Rathaus, free
  english: 'English at the Service Counter: Confident Conversations with International Clients', // Mon 10.07. and Mon 17.07. 14:00–16:30, online, Sprachwerk, 150 €, English
  bau: 'Vom Bauantrag zur Baugenehmigung: Verfahren nach der Hessischen Bauordnung', // Tue 11.07. 09:00–16:00, Kreishaus, HVSV, 220 €, building permits
  fuehrung: 'Neu in der Führungsrolle: Orientierung für die ersten hundert Tage', // Thu 13.07. and Fri 14.07. 09:00–16:30, Kreishaus, HVSV, Neumann, 480 €, deadline Fri 23.06. 23:59
  interkulturell: 'Vielfalt im Kundenkontakt: Interkulturelle Kompetenz für die Verwaltung', // Thu 20.07. 09:00–16:00, Rathaus, Sprachwerk, 180 €
  ozg: 'Anträge online: Verwaltungsleistungen über das Serviceportal Hessen anbieten', // Wed 23.08. 09:00–12:00, online, ekom21, OZG, free
  haushalt: 'Doppik verstehen: Der kommunale Haushalt in Hessen', // Mon 28.08. and Tue 29.08. 09:00–16:00, Kreishaus, HVSV, 390 €
  personalrat: 'Mitbestimmen, mitgestalten: Grundlagen der Personalratsarbeit nach dem HPVG', // Tue 12.09. 09:00–16:00, Kreishaus, HVSV, 210 €, works council
  social: 'Social Media im Rathaus: Instagram, Mastodon und mehr', // draft (Tue 11.07.)
  fahren: 'Sicher unterwegs: Fahrsicherheitstraining für Dienstfahrzeuge', // draft (Fri 07.07.)
  franz: 'Bonjour Troyes: Französisch für die Städtepartnerschaft', // cancelled (Tue 20.06.2028)
  zeit: 'Den Tag im Griff: Zeitmanagement und Selbstorganisation', // cancelled (Wed 12.07.2028)
  auftakt: 'Auftakt Digitalstrategie 2028: Gemeinsam digital in Stadt und Landkreis', // past (Tue 16 May 2028)
  brandschutz: 'Brandschutzhelfer-Ausbildung: Im Brandfall richtig handeln', // past (Thu 1 June 2028)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.social, T.fahren, T.franz, T.zeit, T.auftakt, T.brandschutz];
const only = onlyAmong(all, NEVER);

const en = 'en' as const;

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  {
    q: 'How much does the public procurement seminar cost?',
    locale: en,
    kind: 'facts',
    titles: [T.vergabe],
    says: ['costs €260'],
  },
  {
    q: 'Do I have to pay for the first aid course?',
    locale: en,
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['is free of charge'],
    mentions: ['Die Lehrgangskosten trägt die Unfallkasse Hessen.'],
  },
  {
    q: 'What does the intercultural skills workshop cost?',
    locale: en,
    kind: 'facts',
    titles: [T.interkulturell],
    says: ['costs €180'],
  },
  // --- facts: when (multi-day), start time, duration -------------------------------------------------------------------
  {
    q: 'When does the course for new managers take place?',
    locale: en,
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['on 2 days', 'Thu, 13 Jul 2028 and Fri, 14 Jul 2028', 'each from 09:00 to 16:30'],
  },
  {
    q: 'When is the English course for counter staff?',
    locale: en,
    kind: 'facts',
    titles: [T.english],
    says: ['on 2 days', 'Mon, 10 Jul 2028 and Mon, 17 Jul 2028', 'each from 14:00 to 16:30'],
  },
  {
    q: 'What time does the building permits seminar begin?',
    locale: en,
    kind: 'facts',
    titles: [T.bau],
    says: ['starts on Tue, 11 Jul 2028 at 09:00'],
  },
  {
    q: 'At what time does the accessible PDF course start?',
    locale: en,
    kind: 'facts',
    titles: [T.pdf],
    says: ['starts on Wed, 7 Jun 2028 at 13:30'],
  },
  {
    q: 'How long is the phishing training?',
    locale: en,
    kind: 'facts',
    titles: [T.phishing],
    says: ['lasts 1.5 hours, from 10:00 to 11:30'],
  },
  {
    q: 'How long does the stress management course last?',
    locale: en,
    kind: 'facts',
    titles: [T.stress],
    says: ['lasts 3.5 hours, from 09:00 to 12:30'],
  },
  {
    q: 'How many days is the Doppik course?',
    locale: en,
    kind: 'facts',
    titles: [T.haushalt],
    says: ['lasts 2 days, each from 09:00 to 16:00'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  {
    q: 'Where is the workshop on writing letters in plain German?',
    locale: en,
    kind: 'facts',
    titles: [T.klartext],
    says: ['takes place at Neues Rathaus Darmstadt'],
  },
  {
    q: 'Where does the data protection training take place?',
    locale: en,
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['at Neues Rathaus Darmstadt', 'or online'],
  },
  {
    q: 'Is the AI seminar online or on site?',
    locale: en,
    kind: 'facts',
    titles: [T.ki],
    says: [/is hybrid|or online/, 'Kreishaus Darmstadt-Dieburg'],
  },
  { q: 'Is the OZG training online?', locale: en, kind: 'facts', titles: [T.ozg], says: ['takes place online'] },
  {
    q: 'Can I join the welcome day for new employees online?',
    locale: en,
    kind: 'facts',
    titles: [T.onboarding],
    says: ['at Neues Rathaus Darmstadt'],
  },
  {
    q: 'Who teaches the course on residence permits?',
    locale: en,
    kind: 'facts',
    titles: [T.aufenthalt],
    says: ['is led by Herr Thomas Brandt'],
  },
  {
    q: 'Who leads the training for new managers?',
    locale: en,
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['is led by Frau Dr. Claudia Neumann'],
  },
  {
    q: 'What is the registration deadline for the procurement course?',
    locale: en,
    kind: 'facts',
    titles: [T.vergabe],
    says: ['until Thu, 22 Jun 2028, 23:59'],
  },
  {
    q: 'Until when could I sign up for the Aufenthaltsrecht seminar?',
    locale: en,
    kind: 'facts',
    titles: [T.aufenthalt],
    says: ['passed on Wed, 31 May 2028, 23:59'],
  },
  {
    q: 'Are there still places available in the first aid course?',
    locale: en,
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['has 15 of 15 seats left'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  {
    conv: 'efile',
    q: 'Is there an introduction to working with e-files?',
    locale: en,
    kind: 'list',
    titles: [T.eakte],
  },
  { conv: 'efile', q: 'Is it online?', locale: en, kind: 'facts', titles: [T.eakte], says: ['takes place online'] },
  {
    conv: 'efile',
    q: 'How long does it take?',
    locale: en,
    kind: 'facts',
    titles: [T.eakte],
    says: ['lasts 3 hours, from 09:00 to 12:00'],
  },
  {
    conv: 'minutes',
    q: 'I have to take the minutes of council meetings – is there a training for that?',
    locale: en,
    kind: 'list',
    titles: [T.sitzung],
  },
  {
    conv: 'minutes',
    q: 'When is it?',
    locale: en,
    kind: 'facts',
    titles: [T.sitzung],
    says: ['takes place on Tue, 27 Jun 2028 from 09:00 to 15:30'],
  },
  {
    conv: 'minutes',
    q: 'Who is the trainer?',
    locale: en,
    kind: 'facts',
    titles: [T.sitzung],
    says: ['is led by Frau Petra Schäfer'],
  },
  {
    conv: 'conflict',
    q: 'My team keeps arguing. Do you have anything on conflict resolution?',
    locale: en,
    kind: 'list',
    titles: [T.konflikt],
  },
  {
    conv: 'conflict',
    q: 'How much is that one?',
    locale: en,
    kind: 'facts',
    titles: [T.konflikt],
    says: ['costs €90'],
  },
  {
    conv: 'conflict',
    q: 'Is it online?',
    locale: en,
    kind: 'facts',
    titles: [T.konflikt],
    says: ['in person', 'at Neues Rathaus Darmstadt'],
  },
  {
    conv: 'eu',
    q: 'We run an Interreg project – is there help with EU reporting?',
    locale: en,
    kind: 'list',
    titles: [T.eu],
  },
  {
    conv: 'eu',
    q: 'And where is it?',
    locale: en,
    kind: 'facts',
    titles: [T.eu],
    says: ['at Neues Rathaus Darmstadt', 'or online'],
  },
  { conv: 'eu', q: 'Is it free?', locale: en, kind: 'facts', titles: [T.eu], says: ['is free of charge'] },
  // --- topic searches: English words for German topics, words only in summary or description, abbreviations ------------
  { q: 'Do you have a course on stress management?', locale: en, kind: 'list', titles: [T.stress] },
  { q: "I'm looking for training on public procurement", locale: en, kind: 'list', titles: [T.vergabe] },
  { q: 'Is there anything about building permits?', locale: en, kind: 'list', titles: [T.bau] },
  { q: 'Is there training on residence permits?', locale: en, kind: 'list', titles: [T.aufenthalt] },
  {
    q: 'I want to write my letters in plain German – is there a course?',
    locale: en,
    kind: 'list',
    titles: [T.klartext],
  },
  { q: 'Is there onboarding for new staff?', locale: en, kind: 'list', titles: [T.onboarding] },
  { q: 'Any training for members of the works council?', locale: en, kind: 'list', titles: [T.personalrat] },
  { q: 'Anything on generative AI?', locale: en, kind: 'list', titles: [T.ki] },
  { q: 'How can I make my PDFs accessible?', locale: en, kind: 'list', titles: [T.pdf] },
  { q: 'Where can I learn CPR?', locale: en, kind: 'list', titles: [T.ersteHilfe] },
  {
    q: 'Our data protection officer told me to get trained on GDPR – what is there?',
    locale: en,
    kind: 'list',
    titles: [T.datenschutz],
  },
  { q: 'Is there a course on the Online Access Act?', locale: en, kind: 'list', titles: [T.ozg] },
  // --- filters: dates, time of day, format, place, provider, trainer, language, length, cost ---------------------------
  { q: "What's on this afternoon?", locale: en, kind: 'list', titles: [T.pdf] },
  { q: 'What is on next Tuesday?', locale: en, kind: 'list', titles: [T.aufenthalt] },
  {
    q: 'Which seminars are there in the next two weeks?',
    locale: en,
    kind: 'list',
    titles: [T.pdf, T.eakte, T.datenschutz, T.stress, T.aufenthalt, T.konflikt, T.phishing],
  },
  {
    q: 'Which free seminars are there this month?',
    locale: en,
    kind: 'list',
    titles: [T.pdf, T.eakte, T.datenschutz, T.stress, T.phishing, T.eu, T.ersteHilfe],
  },
  {
    q: "What's on in July?",
    locale: en,
    kind: 'list',
    titles: [T.ki, T.klartext, T.onboarding, T.english, T.bau, T.fuehrung, T.interkulturell],
  },
  {
    q: 'Which online courses are there next week in the morning?',
    locale: en,
    kind: 'list',
    titles: [T.stress, T.phishing],
  },
  {
    q: "What's on at the Neues Rathaus?",
    locale: en,
    kind: 'list',
    ...only(T.datenschutz, T.konflikt, T.eu, T.vergabe, T.klartext, T.onboarding, T.interkulturell),
  },
  { q: 'What does ekom21 offer?', locale: en, kind: 'list', ...only(T.pdf, T.eakte, T.phishing, T.ki, T.ozg) },
  { q: 'Which seminars does Marco Lenz teach?', locale: en, kind: 'list', ...only(T.phishing, T.ki) },
  { q: 'Are any seminars held in English?', locale: en, kind: 'list', ...only(T.eu, T.english) },
  { q: 'Which courses run over several days?', locale: en, kind: 'list', ...only(T.english, T.fuehrung, T.haushalt) },
  // --- gone, drafts never shown, no match, greeting --------------------------------------------------------------------
  { q: 'When is the French course for the Troyes twinning?', locale: en, kind: 'gone', gone: T.franz },
  { q: 'How much was the time management seminar?', locale: en, kind: 'gone', gone: T.zeit },
  {
    q: 'When was the kick-off event for the digital strategy?',
    locale: en,
    kind: 'gone',
    gone: T.auftakt,
    says: ['Tue, 16 May 2028'],
  },
  {
    q: 'Is the fire warden training still on?',
    locale: en,
    kind: 'gone',
    gone: T.brandschutz,
    says: ['Thu, 1 Jun 2028'],
  },
  {
    q: "Any training on running the city's social media channels?",
    locale: en,
    kind: 'none',
  },
  { q: 'Is there a driving safety course for official cars?', locale: en, kind: 'none' },
  { q: 'Do you offer Spanish lessons?', locale: en, kind: 'none' },
  { q: 'Hi there!', locale: en, kind: 'help' },
  { q: 'Hello, what can you do?', locale: en, kind: 'help' },
];

heldoutSuite(
  'answering English questions about an eightieth, independent catalogue (Darmstadt and Darmstadt-Dieburg, ekom21)',
  {
    fixture: 'heldout80-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
