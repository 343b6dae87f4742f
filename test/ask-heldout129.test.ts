// Over-fitting check, hundred-and-twenty-ninth catalogue: the spring 2027 programme of the Kreis Herzogtum Lauenburg
// (Schleswig-Holstein) with the Verwaltungsakademie Bordesholm (VAB), the Kreis's Personalentwicklung, the IT service
// provider Dataport, the Unfallkasse Nord and the Volkshochschulen Schwarzenbek and Geesthacht, for the county and its
// towns and Ämter (Ratzeburg, Mölln, Geesthacht, Schwarzenbek, Lauenburg/Elbe, Büchen), imported from a JSON file.
// Seminars take place in the Kreishaus Ratzeburg, the town halls of Geesthacht, Mölln, Schwarzenbek and Lauenburg/Elbe,
// the Amt Büchen, the Stadthauptmannshof Mölln, the VHS Geesthacht, the academy in Bordesholm, online or hybrid. Several
// titles do not name their subject ("Alle im Bild" is video conferences, "Klick mit Köpfchen" information security and
// phishing, "Bitte bleiben Sie dran" telephone skills, "Durchatmen statt durchhalten" stress and resilience, "Wenn
// Gespräche kippen" de-escalation, "Mehr Luft im Kalender" time management, "Vorgang statt Stapel" the e-file, "Wo war
// noch mal die Datei" file storage on the shared drive, "Damit es jeder versteht" plain language), so only summary,
// description or topics reveal it; one seminar is held in English; the leadership course runs on two days; the e-file
// course is open only to Schwarzenbek and Büchen; the de-escalation course has 8 seats; first aid is free, paid by the
// Unfallkasse Nord. Most questions are English, many told as a little story from the office, the rest German stories and
// plain questions, written without looking at the parser or the answers. Same assertions as the other suites: exactly
// the expected seminars (best first where one is clearly best), the asked fact in the first sentence, never a draft,
// cancelled or past seminar.
//
// Calendar around `now` (Wednesday 10 March 2027, 09:15 in Ratzeburg, winter time; summer time begins Sun 28.03.2027):
//   this week:  Wed 10.03. (today) 14:00–15:30 video conferences (online); Thu 11.03. (tomorrow) 09:00–12:30 data
//               protection (hybrid, Kreishaus; deadline passed Mon 08.03. 16:00); nothing Fri–Sun
//   next week:  Mon 15.03. 09:00–11:00 information security (online), Tue 16.03. 13:00–16:00 Excel (online),
//               Wed 17.03. 14:00–16:00 Wohngeld (online), Thu 18.03. 09:00–12:30 telephone (Rathaus Geesthacht;
//               deadline Fri 12.03. 12:00)
//   then:       nothing from Fri 19.03. to Sun 04.04. (Easter: 26.–29.03.) except the cancelled Outlook course (Tue 23.03.)
//   April:      Tue 06. building regulations (Kreishaus; deadline Mon 22.03. 23:59), Thu 08. English emails 09:00–12:00
//               (VHS Geesthacht; deadline Thu 01.04. 23:59), Wed 14. first aid 08:30–16:00 (Rathaus Lauenburg/Elbe),
//               Tue 20. resilience 13:30–16:00 (online), Mon 26./Tue 27. leadership 09:00–16:00 (Bordesholm)
//   May:        Tue 04. de-escalation 09:00–15:00 (Rathaus Mölln, 8 seats), Wed 05. time management 17:30–19:00
//               (online, evening), Wed 12. e-file 09:00–12:00 (Rathaus Schwarzenbek, Schwarzenbek/Büchen only),
//               Tue 18. procurement law (Bordesholm; deadline Fri 30.04. 12:00), Thu 20. AI 13:00–16:00 (hybrid,
//               Kreishaus), Wed 26. council meetings 09:00–15:00 (Rathaus Lauenburg/Elbe); the cancelled driving-safety
//               training on Fri 21.05.
//   June:       Tue 01. file storage 09:00–12:30 (Amt Büchen), Thu 10. plain language 09:00–16:00 (Stadthauptmannshof
//               Mölln), Wed 16. induction day 09:00–13:00 (Kreishaus); the draft Low German course on Thu 17.06.
//   July:       Thu 01. Doppik 09:00–16:00 (Rathaus Geesthacht); the draft social-media course on Tue 06.07.
//   past:       Fri 26.02.2027 property tax (online), Thu 04.03.2027 accessible PDFs (online).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-03-10T08:15:00Z'); // Wednesday, 10 March 2027, 09:15 in Ratzeburg (CET)
const TZ = 'Europe/Berlin';

const T = {
  video: 'Alle im Bild', // Wed 10.03. 14:00–15:30 (today), online, Dataport, Sievers, video conferences, free
  datenschutz: 'Datenschutz im Verwaltungsalltag: Auskünfte, Einsichtsrechte, Datenpannen', // Thu 11.03. 09:00–12:30, hybrid (Kreishaus), Personalentwicklung, free, deadline passed Mon 08.03. 16:00
  phishing: 'Klick mit Köpfchen', // Mon 15.03. 09:00–11:00, online, Dataport, Sievers, information security, free
  excel: 'Listen, Formeln, Diagramme: Excel im Büroalltag', // Tue 16.03. 13:00–16:00, online, VHS Schwarzenbek, Hansen, 75 € (Dienststelle pays)
  wohngeld: 'Wohngeld aktuell: Änderungen im WoGG und Fälle aus der Praxis', // Wed 17.03. 14:00–16:00, online, VAB, 95 €
  telefon: 'Bitte bleiben Sie dran', // Thu 18.03. 09:00–12:30, Rathaus Geesthacht, VAB, Lorenzen, telephone skills, 140 €, deadline Fri 12.03. 12:00
  bau: 'Bauordnungsrecht kompakt: die Landesbauordnung für Neue in der Bauaufsicht', // Tue 06.04. 09:00–16:00, Kreishaus, VAB, Dr. Petersen, 210 €, deadline Mon 22.03. 23:59
  english: 'Clear and Friendly: Writing Emails in English', // Thu 08.04. 09:00–12:00, VHS Geesthacht, English, 60 €, deadline Thu 01.04. 23:59
  ersteHilfe: 'Erste Hilfe am Arbeitsplatz: Grundausbildung für Ersthelfende', // Wed 14.04. 08:30–16:00, Rathaus Lauenburg/Elbe, UK Nord, free (UK Nord pays)
  stress: 'Durchatmen statt durchhalten', // Tue 20.04. 13:30–16:00, online, UK Nord, Timm, stress / resilience, free
  fuehrung: 'Neu in der Führungsrolle: Grundlagen für Nachwuchsführungskräfte', // Mon 26.04. and Tue 27.04. 09:00–16:00, VAB Bordesholm, Jacobsen, 520 €
  deeskalation: 'Wenn Gespräche kippen', // Tue 04.05. 09:00–15:00, Rathaus Mölln, UK Nord, Rieck, de-escalation, free, 8 seats
  zeit: 'Mehr Luft im Kalender', // Wed 05.05. 17:30–19:00 (evening), online, VHS Schwarzenbek, Hansen, time management, 25 €
  eakte: 'Vorgang statt Stapel', // Wed 12.05. 09:00–12:00, Rathaus Schwarzenbek, Dataport, e-file, only Schwarzenbek/Büchen, free
  vergabe: 'Vergaberecht in Schleswig-Holstein: Aufträge rechtssicher vergeben', // Tue 18.05. 09:00–16:00, VAB Bordesholm, Carstensen, 260 €, deadline Fri 30.04. 12:00
  ki: 'KI-Assistenten in der Verwaltung: Chancen, Grenzen, Spielregeln', // Thu 20.05. 13:00–16:00, hybrid (Kreishaus), Dataport, Sievers, free
  sitzung: 'Protokoll und Sitzungsdienst: Gremienarbeit nach der Gemeindeordnung', // Wed 26.05. 09:00–15:00, Rathaus Lauenburg/Elbe, VAB, 180 €
  ablage: 'Wo war noch mal die Datei', // Tue 01.06. 09:00–12:30, Amt Büchen, Dataport, Brandt, file storage on the shared drive, free
  sprache: 'Damit es jeder versteht', // Thu 10.06. 09:00–16:00, Stadthauptmannshof Mölln, VAB, Lorenzen, plain language, 190 €
  einfuehrung: 'Willkommen an Bord: Einführungstag für neue Beschäftigte', // Wed 16.06. 09:00–13:00, Kreishaus, Personalentwicklung, free
  doppik: 'Doppik für Einsteigerinnen und Einsteiger: den kommunalen Haushalt verstehen', // Thu 01.07. 09:00–16:00, Rathaus Geesthacht, VAB, 230 €
  platt: 'Plattdüütsch för de Verwaltung: Plattdeutsch im Bürgerkontakt', // draft (Thu 17.06.)
  social: 'Social Media für Pressestellen: Instagram, Facebook und weitere Kanäle', // draft (Tue 06.07.)
  outlook: 'Outlook effizient nutzen: E-Mails, Kalender und Aufgaben', // cancelled (Tue 23.03.2027)
  fahren: 'Fahrsicherheitstraining für Dienstfahrzeuge', // cancelled (Fri 21.05.2027, Mölln)
  grundsteuer: 'Die neue Grundsteuer: Bescheide erklären, Fragen beantworten', // past (Fri 26 February 2027)
  pdf: 'Barrierefreie PDF-Dokumente erstellen', // past (Thu 4 March 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.platt, T.social, T.outlook, T.fahren, T.grundsteuer, T.pdf];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts asked inside stories and plainly: when, cost, where, start, duration, deadline, seats, format -------------
  {
    q: "I'd like to join the Excel course, but I'm on leave for part of March. When exactly is it?",
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['on Tue, 16 Mar 2027 from 13:00 to 16:00'],
  },
  {
    q: 'Our department head wants everyone to do the Klick mit Köpfchen training. Does it cost anything?',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['is free of charge'],
  },
  {
    q: 'My boss signed me up as a first aider. Where is the first aid course held?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['at Rathaus Lauenburg/Elbe'],
  },
  {
    q: 'What time does the AI workshop start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['starts on Thu, 20 May 2027 at 13:00'],
  },
  {
    q: 'How long is the seminar for new leaders?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['lasts 2 days, each from 09:00 to 16:00'],
  },
  {
    q: 'What was the registration deadline for the data protection training?',
    locale: 'en',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['passed on Mon, 8 Mar 2027, 16:00'],
  },
  {
    q: 'deescalation traning - are there still seats?',
    locale: 'en',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['has 8 of 8 seats left'],
  },
  {
    q: 'My boss wants me to do the building regulations course before I switch departments. Is it online or do I have to drive to Ratzeburg?',
    locale: 'en',
    kind: 'facts',
    titles: [T.bau],
    says: ['takes place in person, at Kreishaus Ratzeburg'],
  },
  {
    q: 'Meine Abteilungsleiterin will wissen: Was kostet das Führungsseminar in Bordesholm?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['kostet 520 €'],
    mentions: ['Inklusive Übernachtung und Verpflegung in der Akademie.'],
  },
  {
    q: 'Wo findet das Seminar zur Haushaltsplanung statt?',
    kind: 'facts',
    titles: [T.doppik],
    says: ['im Rathaus Geesthacht'],
  },
  {
    q: 'Ist der Datenschutzkurs morgen online oder vor Ort?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['findet hybrid statt'],
  },
  {
    q: 'Wann genau sind die beiden Tage vom Führungsseminar?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Mo., 26.04.2027 und Di., 27.04.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  {
    conv: 'drive',
    q: 'My team keeps losing files on the shared drive and nobody sticks to the folder structure. Is there anything that helps?',
    locale: 'en',
    kind: 'list',
    titles: [T.ablage],
  },
  { conv: 'drive', q: 'Where is it?', locale: 'en', kind: 'facts', titles: [T.ablage], says: ['at Amt Büchen'] },
  {
    conv: 'drive',
    q: 'And is it free?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ablage],
    says: ['is free of charge'],
  },
  {
    conv: 'phone',
    q: "I'm new at the switchboard of our town hall and the phone never stops ringing. Is there a course on handling phone calls?",
    locale: 'en',
    kind: 'list',
    titles: [T.telefon],
  },
  {
    conv: 'phone',
    q: 'When is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.telefon],
    says: ['on Thu, 18 Mar 2027 from 09:00 to 12:30'],
  },
  {
    conv: 'phone',
    q: "Who's the trainer?",
    locale: 'en',
    kind: 'facts',
    titles: [T.telefon],
    says: ['is led by Frau Antje Lorenzen'],
  },
  {
    conv: 'bau',
    q: 'Ich wechsle im April vom Standesamt in die Bauaufsicht und meine Chefin möchte, dass ich mich ins Bauordnungsrecht einarbeite. Gibt es da was?',
    kind: 'list',
    titles: [T.bau],
  },
  { conv: 'bau', q: 'Was kostet das?', kind: 'facts', titles: [T.bau], says: ['kostet 210 €'] },
  {
    conv: 'bau',
    q: 'Und bis wann muss ich mich anmelden?',
    kind: 'facts',
    titles: [T.bau],
    says: ['bis Mo., 22.03.2027, 23:59 Uhr'],
  },
  {
    conv: 'ki',
    q: 'Darf ich ChatGPT für meine Arbeit nutzen? Gibt es dazu eine Schulung?',
    kind: 'list',
    titles: [T.ki],
  },
  {
    conv: 'ki',
    q: 'Wo findet die statt?',
    kind: 'facts',
    titles: [T.ki],
    says: ['im Kreishaus Ratzeburg', 'oder online'],
  },
  // --- topic searches: stories, everyday words, words only in summary or description, synonyms, typos -----------------
  {
    q: 'Our IT keeps warning about fake emails. Is there a training on how to spot them?',
    locale: 'en',
    kind: 'list',
    titles: [T.phishing],
  },
  {
    q: "We keep having awkward video meetings where half the people can't hear anything. Any course on running online meetings?",
    locale: 'en',
    kind: 'list',
    titles: [T.video],
  },
  {
    q: 'A visitor shouted at my colleague at the counter last week. Is there a training on how to calm people down?',
    locale: 'en',
    kind: 'list',
    titles: [T.deeskalation],
  },
  {
    q: "I'm completely worn out lately and feel stressed all the time. Is there anything that could help me?",
    locale: 'en',
    kind: 'list',
    titles: [T.stress],
  },
  {
    q: "I'll be taking the minutes at our town council meetings soon. Any training on that?",
    locale: 'en',
    kind: 'list',
    titles: [T.sitzung],
  },
  { q: 'looking for an excell course', locale: 'en', kind: 'list', titles: [T.excel] },
  { q: 'Is there a course where I learn resuscitation?', locale: 'en', kind: 'list', titles: [T.ersteHilfe] },
  {
    q: 'I always have ten things going on at once and never get to my actual work. Anything on prioritising?',
    locale: 'en',
    kind: 'list',
    titles: [T.zeit],
  },
  {
    q: "I'm about to lead a small team for the first time. Is there a course for new team leaders?",
    locale: 'en',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    q: 'I just started at the Kreis. Is there some kind of onboarding day for new staff?',
    locale: 'en',
    kind: 'list',
    titles: [T.einfuehrung],
  },
  {
    q: "I've just joined the finance department and the municipal budget is a mystery to me. Is there a beginner's course?",
    locale: 'en',
    kind: 'list',
    titles: [T.doppik],
  },
  { q: 'Gibt es eine Schulung zur eletronischen Akte?', kind: 'list', titles: [T.eakte] },
  {
    q: 'Unsere Briefe an die Bürger versteht keiner. Gibt es ein Seminar, wie man verständlicher schreibt?',
    kind: 'list',
    titles: [T.sprache],
  },
  { q: 'vergaberect seminar', kind: 'list', titles: [T.vergabe] },
  { q: 'zeitmanagment kurs', kind: 'list', titles: [T.zeit] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, length, cost, language, seats ---------
  { q: 'Was läuft heute noch?', kind: 'list', titles: [T.video] },
  { q: 'anything tomorrow?', locale: 'en', kind: 'list', titles: [T.datenschutz] },
  {
    q: "I've got some free time next week in the mornings. What could I attend?",
    locale: 'en',
    kind: 'list',
    titles: [T.phishing, T.telefon],
  },
  { q: 'nächste Woche nachmittags', kind: 'list', titles: [T.excel, T.wohngeld] },
  {
    q: "Which of next week's courses are online? I'm working from home all week.",
    locale: 'en',
    kind: 'list',
    titles: [T.phishing, T.excel, T.wohngeld],
  },
  {
    q: "What's on in the next two weeks?",
    locale: 'en',
    kind: 'list',
    titles: [T.video, T.datenschutz, T.phishing, T.excel, T.wohngeld, T.telefon],
  },
  {
    q: "what's on next month",
    locale: 'en',
    kind: 'list',
    titles: [T.bau, T.english, T.ersteHilfe, T.stress, T.fuehrung],
  },
  {
    q: 'Was ist im Mai los?',
    kind: 'list',
    titles: [T.deeskalation, T.zeit, T.eakte, T.vergabe, T.ki, T.sitzung],
  },
  { q: 'kostenlose Seminare im April', kind: 'list', titles: [T.ersteHilfe, T.stress] },
  { q: 'noch freie Plätze im Juni?', kind: 'list', titles: [T.ablage, T.sprache, T.einfuehrung] },
  { q: 'Seminare in Geesthacht', kind: 'list', ...only(T.telefon, T.english, T.doppik) },
  {
    q: "I work in Mölln and don't have a car. Which seminars take place in Mölln?",
    locale: 'en',
    kind: 'list',
    ...only(T.deeskalation, T.sprache),
  },
  { q: 'Was bietet die Unfallkasse Nord an?', kind: 'list', ...only(T.ersteHilfe, T.stress, T.deeskalation) },
  { q: 'Kurse bei Frau Hansen', kind: 'list', ...only(T.excel, T.zeit) },
  { q: 'mehrtägige Seminare', kind: 'list', titles: [T.fuehrung] },
  { q: 'Is there anything in the evening?', locale: 'en', kind: 'list', titles: [T.zeit] },
  { q: 'Are there courses held in English?', locale: 'en', kind: 'list', titles: [T.english] },
  // --- gone, drafts never shown, no match, greeting --------------------------------------------------------------------
  { q: 'Wann ist der Outlook-Kurs?', kind: 'gone', gone: T.outlook },
  {
    q: 'Is the driving safety training for our pool cars still happening?',
    locale: 'en',
    kind: 'gone',
    gone: T.fahren,
  },
  { q: 'Wann war die Grundsteuer-Schulung?', kind: 'gone', gone: T.grundsteuer, says: ['Fr., 26.02.2027'] },
  {
    q: 'I missed the accessible PDF course. When was it?',
    locale: 'en',
    kind: 'gone',
    gone: T.pdf,
    says: ['Thu, 4 Mar 2027'],
  },
  { q: 'Gibt es einen Plattdeutsch-Kurs?', kind: 'none' },
  { q: 'Is there any social media training for our press office?', locale: 'en', kind: 'none' },
  { q: 'Do you have a French course?', locale: 'en', kind: 'none' },
  { q: 'Moin! Was kannst du alles?', kind: 'help' },
  { q: 'Hi there, what can you help me with?', locale: 'en', kind: 'help' },
];

heldoutSuite(
  'answering questions about a hundred-and-twenty-ninth, independent catalogue (Kreis Herzogtum Lauenburg, VAB Bordesholm, Unfallkasse Nord)',
  {
    fixture: 'heldout129-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
