// Over-fitting check, hundred-and-forty-sixth catalogue: the 2028 spring programme of the Landkreis Wittmund (Lower
// Saxony, East Frisia) with the Niedersächsisches Studieninstitut für kommunale Verwaltung (NSI), the county's
// Fachbereich IT and Fachbereich Personal, the Gemeinde-Unfallversicherungsverband Oldenburg (GUV Oldenburg) and the
// Kreisvolkshochschule Wittmund (KVHS), for the county and its towns, municipalities and Samtgemeinden (Wittmund, Esens,
// Friedeburg, Holtriem, Langeoog, Spiekeroog), imported from a JSON file. Seminars take place in the Kreishaus Wittmund,
// the KVHS-Bildungszentrum Wittmund, the town halls of Wittmund, Esens and Friedeburg, the Haus der Insel on Langeoog,
// online or hybrid. Eleven titles do not name their subject ("Vorsicht, Anhang!" is information security, "Wer darf was
// wissen?" data protection, "Fragen an die Maschine" AI, "Schluss mit dem Papierstapel" the e-file, "Verstanden werden"
// plain language, "Wenn es am Schalter laut wird" de-escalation, "Fit durch den Arbeitstag" health at the screen,
// "Arbeiten, wo es passt" home office, "Neu in der Rolle" leadership, "Rund um die Uhr erreichbar" the OZG, "Knoten
// lösen" conflicts in the team), so only summary, description or topics reveal it; one seminar is held in English (its
// registration deadline has passed); the leadership course runs on two consecutive days; the e-file course is open only
// to Esens, Holtriem and Langeoog; eleven seminars are free, first aid paid by the GUV, the trainees' course by the
// county. Questions are written the way an acceptance tester writes them (complete, polite sentences, half of them in
// English, a few typos), without looking at the parser or the answers. Same assertions as the other suites: exactly the
// expected seminars (best first where one is clearly best), the asked fact in the first sentence, never a draft,
// cancelled or past seminar.
//
// Calendar around `now` (Tuesday 7 March 2028, 09:30 in Wittmund, winter time; summer time begins Sun 26.03.2028):
//   today:      nothing more
//   this week:  Wed 08.03. 13:00–16:00 Excel (online, tomorrow), Fri 10.03. 09:00–11:00 information security (online)
//   next week:  Mon 13.03. 09:00–12:00 data protection (hybrid, Kreishaus; deadline Fri 10.03. 12:00),
//               Tue 14.03. 13:30–16:00 Outlook (online), Wed 15.03. 09:00–12:30 English (Rathaus Esens; deadline
//               passed Fri 03.03. 23:59), Thu 16.03. 13:00–16:00 AI (hybrid, Kreishaus)
//   then:       nothing from Fri 17.03. to Tue 28.03. except the cancelled telephone training (Tue 21.03.);
//               Wed 29.03. (CEST) 09:00–16:00 minutes (Rathaus Friedeburg; deadline Wed 15.03. 23:59)
//   April:      Tue 04. first aid (KVHS-Bildungszentrum, 08:30–16:30), Thu 06. e-file (Rathaus Esens, 09:00–12:00,
//               members only), Tue 11. plain language (online, 13:00–16:00), Wed 19. Kurbeitrag (hybrid, Langeoog,
//               09:30–15:30; deadline Fri 31.03.), Tue 25. home office (online, 09:00–12:00), Wed 26. de-escalation
//               (Rathaus Wittmund, 09:00–15:00), Thu 27. ergonomics (online, 14:00–15:30); Easter is 14.–17.04.
//   May:        Tue 02. procurement (Kreishaus; deadline Fri 14.04. 12:00), Thu 04. and Fri 05. leadership
//               (KVHS-Bildungszentrum), Tue 09. OZG (online, afternoon), Wed 17. budget/Doppik (Kreishaus), Tue 23.
//               Microsoft Teams (online, morning), Tue 30. building law (Rathaus Esens); the cancelled load-securing
//               course on Wed 10.05., the draft social-media course on Wed 24.05.
//   June:       Thu 08. team conflicts (Rathaus Friedeburg), Wed 14. trainees' exam preparation (Kreishaus); the draft
//               Low German course on Wed 21.06.
//   past:       Thu 20.01.2028 property tax reform (Kreishaus), Tue 15.02.2028 cash handling (Kreishaus).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-03-07T08:30:00Z'); // Tuesday, 7 March 2028, 09:30 in Wittmund (CET)
const TZ = 'Europe/Berlin';

const T = {
  excel: 'Excel kompakt: Formeln, Filter und Diagramme', // Wed 08.03. 13:00–16:00, online, KVHS, Janssen, 95 € (Dienststelle pays)
  phishing: 'Vorsicht, Anhang!', // Fri 10.03. 09:00–11:00, online, FB IT, Ulferts, information security, free
  datenschutz: 'Wer darf was wissen?', // Mon 13.03. 09:00–12:00, hybrid (Kreishaus), FB Personal, Gerdes, data protection, free, deadline Fri 10.03. 12:00
  outlook: 'Ordnung im Postfach: Outlook im Büroalltag', // Tue 14.03. 13:30–16:00, online, KVHS, Janssen, 49 €
  english: 'Welcome to the Coast: English for Tourist Information and Front Desks', // Wed 15.03. 09:00–12:30, Rathaus Esens, KVHS, in English, 110 €, deadline passed Fri 03.03. 23:59
  ki: 'Fragen an die Maschine', // Thu 16.03. 13:00–16:00, hybrid (Kreishaus), FB IT, Ulferts, AI, free
  protokoll: 'Kurz, klar, vollständig: Protokolle und Niederschriften', // Wed 29.03. 09:00–16:00, Rathaus Friedeburg, NSI, Saathoff, 180 €, deadline Wed 15.03. 23:59
  ersteHilfe: 'Erste Hilfe im Dienst: Lehrgang für betriebliche Ersthelfende', // Tue 04.04. 08:30–16:30, KVHS-Bildungszentrum, GUV, Oltmanns, free (GUV pays)
  eakte: 'Schluss mit dem Papierstapel', // Thu 06.04. 09:00–12:00, Rathaus Esens, FB IT, Harms, e-file, only Esens/Holtriem/Langeoog, free
  sprache: 'Verstanden werden', // Tue 11.04. 13:00–16:00, online, KVHS, Poppinga, plain language, 75 €
  kurbeitrag: 'Kurbeitrag und Gästekarte: Satzung, Erhebung, Kontrolle', // Wed 19.04. 09:30–15:30, hybrid (Haus der Insel, Langeoog), NSI, Eilers, 160 € (Kommune pays), deadline Fri 31.03.
  homeoffice: 'Arbeiten, wo es passt', // Tue 25.04. 09:00–12:00, online, FB Personal, Freese, home office, free
  deeskalation: 'Wenn es am Schalter laut wird', // Wed 26.04. 09:00–15:00, Rathaus Wittmund, GUV, Tammen, de-escalation, free, 12 seats
  ergonomie: 'Fit durch den Arbeitstag', // Thu 27.04. 14:00–15:30, online, GUV, Peters, health / back pain, free
  vergabe: 'Richtig vergeben: Vergaberecht für kommunale Auftraggeber', // Tue 02.05. 09:00–16:00, Kreishaus, NSI, Saathoff, 250 €, deadline Fri 14.04. 12:00
  fuehrung: 'Neu in der Rolle', // Thu 04.05. and Fri 05.05. 09:00–16:00, KVHS-Bildungszentrum, NSI, Dr. Rademacher, 520 €, new managers
  ozg: 'Rund um die Uhr erreichbar', // Tue 09.05. 13:00–16:00, online, FB IT, Harms, OZG, free
  haushalt: 'Doppik verstehen: Der kommunale Haushalt für Einsteiger', // Wed 17.05. 09:00–16:00, Kreishaus, NSI, Brinkmann, 190 €, 20 seats
  teams: 'Microsoft Teams im Verwaltungsalltag: Chats, Kanäle, Besprechungen', // Tue 23.05. 09:00–12:00, online, FB IT, Ulferts, free
  bau: 'Bauanträge sicher prüfen: Niedersächsische Bauordnung kompakt', // Tue 30.05. 09:00–16:00, Rathaus Esens, NSI, Hinrichs, 210 €
  konflikte: 'Knoten lösen', // Thu 08.06. 09:00–16:00, Rathaus Friedeburg, KVHS, Poppinga, 170 €, team conflicts, for managers
  azubis: 'Fit für die Abschlussprüfung: Repetitorium für Auszubildende', // Wed 14.06. 08:30–15:30, Kreishaus, FB Personal, Freese, free (county pays)
  plattdeutsch: 'Plattdeutsch im Bürgerservice', // draft (Wed 21.06.)
  socialMedia: 'Social Media für Städte und Gemeinden', // draft (Wed 24.05.)
  telefon: 'Gelassen am Telefon: Telefontraining für den Bürgerservice', // cancelled (Tue 21.03.2028)
  ladung: 'Ladungssicherung für Bauhofbeschäftigte', // cancelled (Wed 10.05.2028)
  grundsteuer: 'Grundsteuerreform: Bescheide und Widersprüche', // past (Thu 20 January 2028)
  kasse: 'Bargeld sicher: Kassenführung im Bürgerbüro', // past (Tue 15 February 2028)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.plattdeutsch, T.socialMedia, T.telefon, T.ladung, T.grundsteuer, T.kasse];
const offered = all.filter((t) => !NEVER.includes(t));

const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: when, start time, duration (cost in the conversations below) -------------------------------------------
  {
    q: 'Wann findet das Seminar „Neu in der Rolle“ statt?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 04.05.2028 und Fr., 05.05.2028', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'Um wie viel Uhr beginnt die Schulung zur E-Akte?',
    kind: 'facts',
    titles: [T.eakte],
    says: ['beginnt am Do., 06.04.2028 um 09:00 Uhr'],
  },
  {
    q: 'What time does the Outlook course start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.outlook],
    says: ['starts on Tue, 14 Mar 2028 at 13:30'],
  },
  {
    q: 'Wie lange dauert das Seminar „Fit durch den Arbeitstag“?',
    kind: 'facts',
    titles: [T.ergonomie],
    says: ['dauert 1,5 Stunden, von 14:00 bis 15:30 Uhr'],
  },
  {
    q: 'How long does the leadership course for new managers last?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['lasts 2 days, each from 09:00 to 16:00'],
  },
  // --- facts: where, trainer, deadline, seats, format ------------------------------------------------------------------
  {
    q: 'Wo findet das Seminar zum Bauordnungsrecht statt?',
    kind: 'facts',
    titles: [T.bau],
    says: ['im Rathaus Esens'],
  },
  {
    q: 'Wer leitet den Erste-Hilfe-Lehrgang?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['leitet Herr Gerd Oltmanns'],
  },
  {
    q: 'Who is the trainer of the plain language workshop?',
    locale: 'en',
    kind: 'facts',
    titles: [T.sprache],
    says: ['is led by Frau Anke Poppinga'],
  },
  {
    q: 'Bis wann kann ich mich für das Seminar zu Protokollen und Niederschriften anmelden?',
    kind: 'facts',
    titles: [T.protokoll],
    says: ['bis Mi., 15.03.2028, 23:59 Uhr'],
  },
  {
    q: 'What is the registration deadline for the English course for front desk staff?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 3 Mar 2028, 23:59'],
  },
  {
    q: 'Sind beim Deeskalationstraining noch Plätze frei?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  {
    q: 'Are there still seats available in the budget seminar?',
    locale: 'en',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['has 20 of 20 seats left'],
  },
  {
    q: 'Is the Excel course online or in a classroom?',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['takes place online'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  {
    conv: 'homeoffice',
    q: 'Is there any training on home office?',
    locale: 'en',
    kind: 'list',
    titles: [T.homeoffice],
  },
  {
    conv: 'homeoffice',
    q: 'How much does it cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.homeoffice],
    says: ['is free of charge'],
  },
  {
    conv: 'homeoffice',
    q: 'And when does it take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.homeoffice],
    says: ['on Tue, 25 Apr 2028 from 09:00 to 12:00'],
  },
  { conv: 'kurbeitrag', q: 'Gibt es eine Schulung zum Kurbeitrag?', kind: 'list', titles: [T.kurbeitrag] },
  {
    conv: 'kurbeitrag',
    q: 'Was kostet das?',
    kind: 'facts',
    titles: [T.kurbeitrag],
    says: ['kostet 160 €'],
    mentions: ['Die Gebühr trägt die entsendende Kommune.'],
  },
  { conv: 'ki', q: 'Do you offer any training on AI?', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    conv: 'ki',
    q: 'And where is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['at Kreishaus Wittmund'],
  },
  {
    conv: 'bescheide',
    q: 'Wie schreibe ich Bescheide so, dass Bürgerinnen und Bürger sie verstehen?',
    kind: 'list',
    titles: [T.sprache],
  },
  {
    conv: 'bescheide',
    q: 'Findet das online statt?',
    kind: 'facts',
    titles: [T.sprache],
    says: ['findet online statt'],
  },
  // --- topic searches: subjects only in summary or description, everyday words, synonyms, typos ------------------------
  { q: 'Gibt es ein Seminar zum Thema Informationssicherheit?', kind: 'list', titles: [T.phishing] },
  { q: 'Ich suche eine Schulung zur elektronischen Akte.', kind: 'list', titles: [T.eakte] },
  {
    q: 'Ich habe vom vielen Sitzen ständig Rückenschmerzen. Gibt es dazu ein Angebot?',
    kind: 'list',
    titles: [T.ergonomie],
  },
  { q: 'Gibt es eine Schulung zur Deeskalaton?', kind: 'list', titles: [T.deeskalation] },
  { q: 'Ich suche eine Einführung in die Dopik.', kind: 'list', titles: [T.haushalt] },
  { q: 'Bei uns im Team gibt es ständig Streit. Gibt es dafür ein Seminar?', kind: 'list', titles: [T.konflikte] },
  { q: 'Gibt es eine Schulung zu Microsoft Teams?', kind: 'list', titles: [T.teams] },
  {
    q: 'I receive far too many emails. Is there a course that helps me keep my inbox organised?',
    locale: 'en',
    kind: 'list',
    first: T.outlook,
    excludes: offered.filter((t) => t !== T.outlook && t !== T.phishing),
  },
  { q: 'Do you have a course on privacy?', locale: 'en', kind: 'list', titles: [T.datenschutz] },
  { q: 'Is there any training on OZG online services?', locale: 'en', kind: 'list', titles: [T.ozg] },
  { q: 'Is there an Exel course I could attend?', locale: 'en', kind: 'list', titles: [T.excel] },
  {
    q: 'Is there a training on taking the minutes of council meetings?',
    locale: 'en',
    kind: 'list',
    titles: [T.protokoll],
  },
  {
    q: 'Do you have a seminar on checking building permit applications?',
    locale: 'en',
    kind: 'list',
    titles: [T.bau],
  },
  {
    q: 'Is there something for trainees who are preparing for their final exams?',
    locale: 'en',
    kind: 'list',
    titles: [T.azubis],
  },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, length, cost, language, seats ---------
  { q: 'Welche Seminare finden morgen statt?', kind: 'list', titles: [T.excel] },
  { q: 'Gibt es nächste Woche etwas am Vormittag?', kind: 'list', titles: [T.datenschutz, T.english] },
  {
    q: 'Which seminars take place in the next two weeks?',
    locale: 'en',
    kind: 'list',
    titles: [T.excel, T.phishing, T.datenschutz, T.outlook, T.english, T.ki],
  },
  {
    q: 'Welche Seminare gibt es nächsten Monat?',
    kind: 'list',
    titles: [T.ersteHilfe, T.eakte, T.sprache, T.kurbeitrag, T.homeoffice, T.deeskalation, T.ergonomie],
  },
  { q: 'Which online seminars are there in May?', locale: 'en', kind: 'list', titles: [T.ozg, T.teams] },
  { q: 'Welche Präsenzseminare gibt es im Mai?', kind: 'list', titles: [T.vergabe, T.fuehrung, T.haushalt, T.bau] },
  { q: 'Welche Seminare werden hybrid angeboten?', kind: 'list', ...only(T.datenschutz, T.ki, T.kurbeitrag) },
  {
    q: 'Are there any afternoon seminars in April?',
    locale: 'en',
    kind: 'list',
    titles: [T.sprache, T.ergonomie],
  },
  { q: 'Welche Seminare finden in Friedeburg statt?', kind: 'list', ...only(T.protokoll, T.konflikte) },
  { q: 'Welche Seminare leitet Herr Ulferts?', kind: 'list', ...only(T.phishing, T.ki, T.teams) },
  {
    q: 'What does the GUV Oldenburg offer?',
    locale: 'en',
    kind: 'list',
    ...only(T.ersteHilfe, T.deeskalation, T.ergonomie),
  },
  {
    q: 'I am a manager. Which seminars are meant for me?',
    locale: 'en',
    kind: 'list',
    ...only(T.fuehrung, T.konflikte),
  },
  {
    q: 'Welche kostenlosen Seminare gibt es im April?',
    kind: 'list',
    titles: [T.ersteHilfe, T.eakte, T.homeoffice, T.deeskalation, T.ergonomie],
  },
  {
    q: 'Are there any seminars that last more than one day?',
    locale: 'en',
    kind: 'list',
    titles: [T.fuehrung],
  },
  { q: 'Are any of the seminars held in English?', locale: 'en', kind: 'list', titles: [T.english] },
  {
    q: 'Which seminars in June still have free seats?',
    locale: 'en',
    kind: 'list',
    titles: [T.konflikte, T.azubis],
  },
  // --- gone, drafts never shown, no match, greeting, thanks, registrations ---------------------------------------------
  { q: 'Wann findet das Telefontraining für den Bürgerservice statt?', kind: 'gone', gone: T.telefon },
  {
    q: 'Is the course on load securing (Ladungssicherung) still taking place?',
    locale: 'en',
    kind: 'gone',
    gone: T.ladung,
  },
  {
    q: 'Wann war die Schulung zur Grundsteuerreform?',
    kind: 'gone',
    gone: T.grundsteuer,
    says: ['Do., 20.01.2028'],
  },
  {
    q: 'When was the seminar on cash handling (Kassenführung) in the Bürgerbüro?',
    locale: 'en',
    kind: 'gone',
    gone: T.kasse,
    says: ['Tue, 15 Feb 2028'],
  },
  { q: 'Gibt es einen Kurs für Plattdeutsch?', kind: 'none' },
  { q: 'Is there a training on social media?', locale: 'en', kind: 'none' },
  { q: 'Bieten Sie eine Schulung zu SAP an?', kind: 'none' },
  { q: 'Do you offer a forklift licence course?', locale: 'en', kind: 'none' },
  { q: 'Guten Morgen! Wobei können Sie mir helfen?', kind: 'help' },
  { q: 'Hello, what can you do for me?', locale: 'en', kind: 'help' },
  { q: 'Thank you very much for your help!', locale: 'en', kind: 'thanks' },
  { q: 'Zeigen Sie mir bitte meine Anmeldungen.', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a hundred-and-forty-sixth, independent catalogue (Landkreis Wittmund, NSI, GUV Oldenburg)',
  {
    fixture: 'heldout146-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
