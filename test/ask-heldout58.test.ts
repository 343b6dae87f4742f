// Over-fitting check, fifty-eighth catalogue: the 2028 programme of the Landkreis Harz (Sachsen-Anhalt) for the county
// administration and its towns (Halberstadt, Wernigerode, Quedlinburg, Blankenburg (Harz), Thale, Oberharz am Brocken,
// Ilsenburg), run with the KID Magdeburg (Kommunale IT-Union) and the Studieninstitut für kommunale Verwaltung
// Sachsen-Anhalt, imported from a JSON file. Places: the Kreishaus Halberstadt, the Rathaus Wernigerode, the
// Bildungsstätte Quedlinburg, online and hybrid. Brochure-style catchy titles whose subject is sometimes only in the
// summary or description, abbreviations explained once (DMS, BPMN, BSI, KI, DSGVO, UVgO, RIS, PersVG LSA, BGM, OZG), a
// multi-day Digitallotsen qualification open to the member towns only whose fee note says the state pays half, one
// seminar held in English, and a two-part seminar across the end of summer time. Many questions arrive as forwarded
// e-mails or formal chat messages with salutation, context and sign-off; about a quarter are in English. Questions are
// written the way employees ask, without looking at the parser or the answers. Same assertions as the other suites:
// exactly the expected seminars (best first where one is clearly best), the asked fact in the first sentence, never a
// draft, cancelled or past seminar.
//
// Calendar around `now` (Wednesday 11 October 2028, 14:00 in Halberstadt, summer time until Sun 29.10.2028):
//   before:     Thu 14.09. Harzer Digitaltag (past), Tue 10.10. Doppik (past, yesterday)
//   this week:  nothing more today; Thu 12.10. 09:00–12:00 Teams (tomorrow, online), Fri 13.10. 13:00–16:30 Bürgerservice
//   next week:  Mon 16.10. 09:00 E-Akte, Tue 17.10. 13:30 tourism websites (online), Wed 18.10. 09:00 English workshop
//               (deadline passed Fri 06.10.), Thu 19.10. 14:00 process management (online)
//   week after: Mon 23.10. mobile working, Tue 24.10. information security (hybrid), Wed 25.10. 13:00 Denkmalschutz,
//               Thu 26.10. (CEST) and Mon 30.10. (CET) 09:00–12:00 the KI seminar: same local times across the DST change
//   November:   Tue 07.11. Welterbe; Mon 13.–Tue 14.11. leadership (2 days); Wed 15./Thu 16.11. and Wed 29./Thu 30.11.
//               Digitallotsen (4 days, 980 €, deadline Fri 27.10.); Thu 16.11. data protection (online); Tue 21.11.
//               procurement (deadline Fri 03.11.); Wed 22.11. RIS (online); Mon 27.–Tue 28.11. Personalrat (2 days);
//               the cancelled Excel course (09.11.) and Instagram course (28.11.), the draft podcast (23.11.)
//   December:   Tue 05.12. health (online), Wed 06.12. difficult conversations, Tue 12.12. plain writing, Thu 14.12. OZG
//               (the draft on drones, 07.12.); nothing between Christmas and New Year
//   January:    Tue 16.01.2029 back exercises
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-10-11T12:00:00Z'); // Wednesday, 11 October 2028, 14:00 in Halberstadt (CEST)
const TZ = 'Europe/Berlin';

const T = {
  teams: 'Kanal frei für gute Zusammenarbeit: Microsoft Teams im Verwaltungsalltag', // Thu 12.10.2028 09:00–12:00, online, KID, free, 30 seats, Lehmann
  buergerservice: 'Gut beraten am Tresen: Bürgerservice mit Herz und Verstand', // Fri 13.10. 13:00–16:30, Rathaus Wernigerode, Studieninstitut, 120 €
  eakte: 'Schluss mit Papierbergen: Die E-Akte im Landkreis Harz', // Mon 16.10. 09:00–12:30, Kreishaus Halberstadt, KID, free, DMS
  tourismus: 'Lust auf Harz: Tourismus-Webseiten, die Gäste begeistern', // Tue 17.10. 13:30–16:30, online, 90 €, Brandt
  english: 'Welcome to the Harz: Hosting International Visitors in English', // Wed 18.10. 09:00–12:30, Bildungsstätte Quedlinburg, English, 150 €, deadline passed Fri 06.10.
  prozess: 'Vom Antrag bis zum Bescheid: Abläufe sichtbar machen', // Thu 19.10. 14:00–16:30, online, Studieninstitut, 95 €, Dr. Kühn; "Prozessmanagement" only in the summary
  homeoffice: 'Zuhause gut aufgestellt: Gesund und organisiert im mobilen Arbeiten', // Mon 23.10. 09:00–12:00, online, free; mobile work / Telearbeit, never "Homeoffice"
  infosec: 'Nicht jeder Klick ist harmlos: Informationssicherheit am Arbeitsplatz', // Tue 24.10. 09:00–12:00, hybrid (Kreishaus Halberstadt), KID, free
  denkmal: 'Altes Gemäuer, neue Daten: Denkmalschutz digital', // Wed 25.10. 13:00–16:00, Bildungsstätte Quedlinburg, 60 €
  ki: 'Frag doch die Maschine: Texte und Ideen mit Chatbots', // Thu 26.10. (CEST) and Mon 30.10. (CET) 09:00–12:00, online, KID, free, Lehmann; "KI" only in summary
  welterbe: 'Schätze vor der Haustür: Das UNESCO-Welterbe im Harz erklären', // Tue 07.11. 09:00–16:00, Bildungsstätte Quedlinburg, 75 €; Stiftskirche, Schlossberg
  fuehrung: 'Neu an der Spitze: Führen im ersten Jahr', // Mon 13.11. and Tue 14.11. 09:00–16:00, Rathaus Wernigerode, 540 €, Hoffmann, deadline Mon 30.10.
  lotsen: 'Lotsen für das digitale Rathaus: Qualifizierung zur Digitallotsin und zum Digitallotsen', // 15./16./29./30.11. 09:00–16:00, Quedlinburg, 980 € (state pays half), towns only, deadline Fri 27.10.
  datenschutz: 'Daten in guten Händen: Datenschutz im Amt', // Thu 16.11. 09:00–12:00, online, free, DSGVO
  vergabe: 'Richtig einkaufen, fair vergeben: Vergaberecht für Kommunen', // Tue 21.11. 09:00–16:00, Kreishaus Halberstadt, 260 €, deadline Fri 03.11. 23:59, UVgO
  ris: 'Sitzung läuft: Gremienarbeit mit dem Ratsinformationssystem', // Wed 22.11. 14:00–16:30, online, KID, free, RIS
  personalrat: 'Mitreden, mitbestimmen: Grundlagenschulung für Personalräte', // Mon 27.11. and Tue 28.11. 09:00–15:30, Kreishaus Halberstadt, 320 € (note)
  gesundheit: 'Kraft tanken im Dienst: Gesund bleiben, wenn es viel wird', // Tue 05.12. 13:00–16:00, online, free, BGM
  gespraech: 'Klartext mit Respekt: Schwierige Gespräche souverän meistern', // Wed 06.12. 09:00–16:00, Bildungsstätte Quedlinburg, 210 €, Hoffmann, for managers
  sprache: 'Klar geschrieben, gern gelesen: Verständliche Bescheide', // Tue 12.12. 09:00–15:00, Kreishaus Halberstadt, 150 €
  ozg: 'Schritt für Schritt ins Netz: Verwaltungsleistungen online anbieten', // Thu 14.12. 09:00–12:30, Rathaus Wernigerode, KID, free, OZG
  ruecken: 'Rücken stark, Kopf frei: Bewegte Pause am Schreibtisch', // Tue 16.01.2029 10:00–12:00, Kreishaus Halberstadt, free, BGM
  podcast: 'Auf Sendung: Ein Podcast aus dem Rathaus', // draft
  drohnen: 'Von oben betrachtet: Drohnen im kommunalen Einsatz', // draft
  excel: 'Zahlen im Griff: Excel für die Haushaltsplanung', // cancelled (Thu 09.11.2028)
  instagram: 'Gäste gewinnen mit Instagram: Social Media für die Tourist-Information', // cancelled (Tue 28.11.2028)
  digitaltag: 'Harzer Digitaltag 2028: Impulse für die Kommunen', // past (Thu 14 September 2028)
  doppik: 'Haushalt verstehen: Doppik für Einsteiger', // past (Tue 10 October 2028)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.podcast, T.drohnen, T.excel, T.instagram, T.digitaltag, T.doppik];
const offered = all.filter((t) => !NEVER.includes(t));

const only = onlyAmong(all, NEVER);
/** None of the offered seminars except these (which may or may not be shown). */
const noneBut = (...titles: string[]) => offered.filter((t) => !titles.includes(t));

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  {
    q: 'Sehr geehrte Damen und Herren, ich bin seit dem Sommer Mitglied im Personalrat der Stadt Thale. Was kostet die Grundlagenschulung für Personalräte? Mit freundlichen Grüßen, J. Meier',
    kind: 'facts',
    titles: [T.personalrat],
    says: ['kostet 320 €'],
    mentions: ['Die Kosten trägt die Dienststelle.'],
  },
  {
    q: 'Hi there, how much does the course on difficult conversations cost? Thanks, Tom',
    locale: 'en',
    kind: 'facts',
    titles: [T.gespraech],
    says: ['costs €210'],
  },
  // --- facts: when, start time, duration -------------------------------------------------------------------------------
  {
    q: 'Guten Tag, ich wurde gerade zur Sachgebietsleiterin im Bauamt Blankenburg befördert. Wann findet „Neu an der Spitze“ statt? Viele Grüße, A. Kramer',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Mo., 13.11.2028 und Di., 14.11.2028', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'When is the workshop on hosting international visitors?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['takes place on Wed, 18 Oct 2028 from 09:00 to 12:30'],
  },
  {
    q: 'Wann und wo findet das Denkmalschutz-Seminar statt?',
    kind: 'facts',
    titles: [T.denkmal],
    says: ['am Mi., 25.10.2028 von 13:00 bis 16:00 Uhr', 'Bildungsstätte Quedlinburg'],
  },
  {
    q: 'Um wie viel Uhr beginnt die E-Akte-Schulung?',
    kind: 'facts',
    titles: [T.eakte],
    says: ['beginnt am Mo., 16.10.2028 um 09:00 Uhr'],
  },
  {
    q: 'What time does the Teams training start tomorrow?',
    locale: 'en',
    kind: 'facts',
    titles: [T.teams],
    says: ['starts on Thu, 12 Oct 2028 at 09:00'],
  },
  {
    q: 'Wie lange dauert das Seminar zu verständlichen Bescheiden?',
    kind: 'facts',
    titles: [T.sprache],
    says: ['dauert 6 Stunden, von 09:00 bis 15:00 Uhr'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  {
    q: 'Wo findet der Bürgerservice-Kurs statt?',
    kind: 'facts',
    titles: [T.buergerservice],
    says: ['im Rathaus Wernigerode, Marktplatz 1, Wernigerode'],
  },
  {
    q: 'Sehr geehrte Frau Müller, findet die Schulung zur Informationssicherheit in Präsenz oder online statt? Mit freundlichen Grüßen, T. Koch',
    kind: 'facts',
    titles: [T.infosec],
    says: [/findet hybrid statt|oder online statt/],
  },
  {
    q: 'Wer leitet das Seminar zum Prozessmanagement?',
    kind: 'facts',
    titles: [T.prozess],
    says: ['leitet Herr Dr. Matthias Kühn'],
  },
  {
    q: 'Dear training team, until when can I register for the Welcome to the Harz workshop? Kind regards, Aisha Rahman',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 6 Oct 2028, 23:59'],
  },
  {
    q: 'Sind beim Teams-Kurs noch Plätze frei?',
    kind: 'facts',
    titles: [T.teams],
    says: ['sind noch 30 von 30 Plätzen frei'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  {
    conv: 'lotse',
    q: 'Sehr geehrte Damen und Herren, unser Bürgermeister möchte, dass ich mich zur Digitallotsin ausbilden lasse. Gibt es dafür eine Qualifizierung? Viele Grüße, M. Franke, Stadt Ilsenburg (Harz)',
    kind: 'list',
    titles: [T.lotsen],
  },
  {
    conv: 'lotse',
    q: 'Was kostet die?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['kostet 980 €'],
    mentions: ['Das Land Sachsen-Anhalt übernimmt die Hälfte der Gebühr.'],
  },
  {
    conv: 'lotse',
    q: 'Und wann sind die Termine?',
    kind: 'facts',
    titles: [T.lotsen],
    says: [
      'an 4 Tagen',
      'Mi., 15.11.2028, Do., 16.11.2028, Mi., 29.11.2028 und Do., 30.11.2028',
      'jeweils von 09:00 bis 16:00 Uhr',
    ],
  },
  {
    conv: 'lotse',
    q: 'Bis wann muss ich mich anmelden?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['bis Fr., 27.10.2028, 23:59 Uhr'],
  },
  {
    conv: 'lotse',
    q: 'Wer leitet die Qualifizierung?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['leiten Frau Sandra Wendt und Herr Olaf Richter'],
  },
  {
    conv: 'ai',
    q: 'Hi there, our team would like to use AI tools for drafting letters. Is there any training on artificial intelligence? Best, Tom',
    locale: 'en',
    kind: 'list',
    titles: [T.ki],
  },
  {
    conv: 'ai',
    q: 'When does it take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['on 2 days', 'Thu, 26 Oct 2028 and Mon, 30 Oct 2028', 'each from 09:00 to 12:00'],
  },
  { conv: 'ai', q: 'Is it free?', locale: 'en', kind: 'facts', titles: [T.ki], says: ['is free of charge'] },
  {
    conv: 'vergabe',
    q: 'Guten Tag, ich bin neu in der zentralen Vergabestelle der Stadt Blankenburg (Harz) und muss demnächst meine erste Ausschreibung betreuen. Gibt es dazu eine Fortbildung? Freundliche Grüße, S. Hartung',
    kind: 'list',
    titles: [T.vergabe],
  },
  {
    conv: 'vergabe',
    q: 'Wo findet die statt?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['im Kreishaus Halberstadt, Friedrich-Ebert-Straße 42, Halberstadt'],
  },
  {
    conv: 'vergabe',
    q: 'Bis wann kann ich mich anmelden?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Fr., 03.11.2028, 23:59 Uhr'],
  },
  {
    conv: 'tour',
    q: 'Hello, I work at the tourist information office. Is there a course on making our tourism website more attractive? Cheers, Ben',
    locale: 'en',
    kind: 'list',
    titles: [T.tourismus],
  },
  { conv: 'tour', q: 'How much is it?', locale: 'en', kind: 'facts', titles: [T.tourismus], says: ['costs €90'] },
  { conv: 'home', q: 'Gibt es was zum Thema Homeoffice?', kind: 'list', titles: [T.homeoffice] },
  { conv: 'home', q: 'Findet das online statt?', kind: 'facts', titles: [T.homeoffice], says: ['findet online statt'] },
  // --- topic searches: everyday words, words only in summary or description, compounds, synonyms, abbreviations -------
  {
    q: 'Sehr geehrte Damen und Herren, ich bin Sachbearbeiterin im Ordnungsamt Thale und würde gern lernen, wie man Arbeitsabläufe übersichtlich darstellt und verbessert. Gibt es dazu ein Seminar? Mit freundlichen Grüßen, K. Becker',
    kind: 'list',
    titles: [T.prozess],
  },
  { q: 'Gibt es eine Fortbildung zu KI?', kind: 'list', titles: [T.ki] },
  {
    q: 'Welche Seminare gibt es zum Thema Sicherheit?',
    kind: 'list',
    first: T.infosec,
    excludes: noneBut(T.infosec, T.datenschutz),
  },
  { q: 'Ich brauche was zum OZG – gibt es da ein Seminar?', kind: 'list', titles: [T.ozg] },
  {
    q: 'Ich bereite die Kreistagssitzungen vor und soll künftig mit dem RIS arbeiten. Welche Schulung passt?',
    kind: 'list',
    titles: [T.ris],
  },
  {
    q: 'Ich arbeite in der Tourist-Information und möchte Gästen die Stiftskirche und den Schlossberg besser erklären können. Gibt es dafür eine Fortbildung?',
    kind: 'list',
    first: T.welterbe,
  },
  { q: 'Ich habe vom vielen Sitzen ständig Rückenschmerzen – gibt es da was?', kind: 'list', first: T.ruecken },
  { q: 'Wie schreibe ich Bescheide, die die Bürger auch verstehen?', kind: 'list', titles: [T.sprache] },
  {
    q: 'Guten Tag, ich arbeite in der Stadtverwaltung Wernigerode. Gibt es eine Fortbildung zum Datenschutz? Mit freundlichen Grüßen, L. Krause',
    kind: 'list',
    titles: [T.datenschutz],
  },
  {
    q: 'Gibt es vor Weihnachten noch etwas für die Gesundheit?',
    kind: 'list',
    includes: [T.gesundheit],
    excludes: noneBut(T.gesundheit, T.homeoffice),
  },
  // --- typos -----------------------------------------------------------------------------------------------------------
  { q: 'Prozessmanagment Schulung', kind: 'list', titles: [T.prozess] },
  { q: 'Denkmalschuz digital', kind: 'list', titles: [T.denkmal] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, cost, length, language, free seats -------
  { q: 'Was läuft diese Woche noch?', kind: 'list', titles: [T.teams, T.buergerservice] },
  {
    q: 'Hi, quick question – is there any seminar tomorrow? Thanks, Lena',
    locale: 'en',
    kind: 'list',
    titles: [T.teams],
  },
  { q: 'Gibt es nächste Woche vormittags was?', kind: 'list', titles: [T.eakte, T.english] },
  { q: 'Anything next week in the afternoon?', locale: 'en', kind: 'list', titles: [T.tourismus, T.prozess] },
  {
    q: 'Was steht im November an?',
    kind: 'list',
    titles: [T.welterbe, T.fuehrung, T.lotsen, T.datenschutz, T.vergabe, T.ris, T.personalrat],
  },
  { q: 'Welche Online-Seminare gibt es nächsten Monat?', kind: 'list', titles: [T.datenschutz, T.ris] },
  {
    q: 'Was läuft im Dezember noch vor Weihnachten?',
    kind: 'list',
    titles: [T.gesundheit, T.gespraech, T.sprache, T.ozg],
  },
  {
    q: 'Welche kostenlosen Seminare gibt es im Oktober?',
    kind: 'list',
    titles: [T.teams, T.eakte, T.homeoffice, T.infosec, T.ki],
  },
  { q: 'Welche mehrtägigen Präsenzseminare gibt es?', kind: 'list', titles: [T.fuehrung, T.lotsen, T.personalrat] },
  {
    q: 'Welche Präsenzseminare im Dezember haben noch freie Plätze?',
    kind: 'list',
    titles: [T.gespraech, T.sprache, T.ozg],
  },
  {
    q: 'Welche Seminare finden in Quedlinburg statt?',
    kind: 'list',
    ...only(T.english, T.denkmal, T.welterbe, T.lotsen, T.gespraech),
  },
  {
    q: 'Which seminars take place in Wernigerode?',
    locale: 'en',
    kind: 'list',
    ...only(T.buergerservice, T.fuehrung, T.ozg),
  },
  { q: 'Welche Seminare gibt Frau Hoffmann?', kind: 'list', ...only(T.fuehrung, T.gespraech) },
  {
    q: 'Was bietet das Studieninstitut an?',
    kind: 'list',
    ...only(T.buergerservice, T.prozess, T.fuehrung, T.vergabe, T.personalrat, T.gespraech, T.sprache),
  },
  {
    q: 'Which courses are run by KID Magdeburg?',
    locale: 'en',
    kind: 'list',
    ...only(T.teams, T.eakte, T.infosec, T.ki, T.lotsen, T.ris, T.ozg),
  },
  {
    q: 'Ich bin seit Kurzem Führungskraft – welche Seminare passen für mich?',
    kind: 'list',
    ...only(T.fuehrung, T.gespraech),
  },
  { q: 'Which seminars are held in English?', locale: 'en', kind: 'list', titles: [T.english] },
  // --- gone, drafts never shown, no match, greeting --------------------------------------------------------------------
  { q: 'Wann war der Harzer Digitaltag?', kind: 'gone', gone: T.digitaltag, says: ['Do., 14.09.2028'] },
  {
    q: 'Guten Tag, ich wollte mich für den Excel-Kurs zur Haushaltsplanung anmelden. Wann findet der statt? Gruß, R. Schmidt',
    kind: 'gone',
    gone: T.excel,
  },
  { q: 'When was the Doppik course?', locale: 'en', kind: 'gone', gone: T.doppik, says: ['Tue, 10 Oct 2028'] },
  { q: 'Gibt es einen Podcast-Workshop?', kind: 'none' },
  { q: 'Gibt es eine Schulung zu Drohnen?', kind: 'none' },
  { q: 'Hallo zusammen!', kind: 'help' },
  { q: 'Hi there!', locale: 'en', kind: 'help' },
];

heldoutSuite('answering questions about a fifty-eighth, independent catalogue (Landkreis Harz, formal e-mails)', {
  fixture: 'heldout58-catalogue.json',
  now,
  timeZone: TZ,
  cases: CASES,
  titles: all,
  never: NEVER,
});
