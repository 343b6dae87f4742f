// Over-fitting check, fifty-fifth catalogue: the 2027/28 programme of the eGo-Saar (Zweckverband Elektronische
// Verwaltung für saarländische Kommunen) together with the Regionalverband Saarbrücken for the municipalities of the
// Regionalverband (Saarbrücken, Völklingen, Püttlingen, Sulzbach, Friedrichsthal, Heusweiler, Riegelsberg,
// Quierschied, …), imported from a JSON file. Places: the Schulungszentrum am Schlossplatz in Saarbrücken, the Rathaus
// Völklingen, online and hybrid. Providers: the eGo-Saar, the Regionalverband, the Landesinstitut für Präventives
// Handeln (LPH) and a private consultancy (Kessler & Partner). Brochure texts with catchy titles whose subject is often
// only in the summary or description, abbreviations explained once (OZG, DSGVO, BSI, ISMS, E-Rechnung/XRechnung, EfA,
// KI), one seminar held in English (cross-border work with Lorraine and Luxembourg), a multi-day Digitallotsen
// qualification open to member municipalities only whose fee note says the state pays half, and sessions across the
// end of summer time. Questions are written the way employees ask — many short follow-up conversations, colloquial and
// regional wording ("Wo is des?", "Was kost des?", "Gudde!"), small typos, about 70 % German and 30 % English — without
// looking at the parser or the answers. Same assertions as the other suites: exactly the expected seminars (best first
// where one is clearly best), the asked fact in the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Wednesday 13 October 2027, 10:30 in Saarbrücken, summer time until Sun 31.10.2027):
//   this week:  nothing more today; Thu 14.10. 09:00–12:00 online (OZG), Fri 15.10. 13:00–16:30 Rathaus Völklingen (Deeskalation)
//   next week:  Mon 18.10. morning (XRechnung, deadline passed Mon 11.10.), Wed 20.10. afternoon (KI), Thu 21.10. afternoon
//               (Phishing), Fri 22.10. morning (English, cross-border) — all half days
//   week after: Tue 26.10. first of four Digitallotsen days (26.10. CEST; 09.11., 23.11., 07.12. CET, always 09:00–16:00),
//               Wed 27.10.–Thu 28.10. ISMS (two full days)
//   November:   Mon 08.11. mobile work, Tue 16.11. DSGVO (hybrid), Thu 18.–Fri 19.11. new managers (Völklingen),
//               Mon 22.11. afternoon Ratsinformationssystem (Völklingen), Tue 30.11. 10:00–11:00 back exercises
//               (cancelled: French course Thu 11.11., citizen participation Wed 17.11.)
//   December:   Excel on Wed 01.12., 08.12., 15.12. (mornings), Thu 02.12. afternoon social media
//   January 2028: Wed 12.01. addiction (for managers), Thu 20.01. funding (Völklingen), Tue 25.01. card payment (online)
//   February:   Wed 02.02. afternoon accessibility (online), Wed 09.02. blackout (hybrid); draft podcast Thu 24.02.
//   March:      draft Open Data Wed 15.03.; summer time begins Sun 26.03.2028: the building-permit course on Tue 28.03. is CEST
//   past:       Wed 22.09.2027 Tag der digitalen Verwaltung, Tue 05.10.2027 password managers
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-10-13T08:30:00Z'); // Wednesday, 13 October 2027, 10:30 in Saarbrücken (CEST)
const TZ = 'Europe/Berlin';

const T = {
  ozg: 'Ein Klick statt Behördengang: Verwaltungsleistungen online anbieten', // Thu 14.10.2027 09:00–12:00, online, eGo-Saar, free, OZG
  deeskalation: "Ruhig bleiben, wenn's laut wird: Deeskalation im Bürgerservice", // Fri 15.10. 13:00–16:30, Rathaus Völklingen, LPH, free
  xrechnung: 'Schluss mit dem Papierstapel: Rechnungen digital empfangen und bearbeiten', // Mon 18.10. 09:00–12:30, Schulungszentrum, 120 €, deadline Mon 11.10. 23:59 (passed)
  ki: 'Der neue Kollege heißt Chatbot: Textassistenten klug im Amt nutzen', // Wed 20.10. 13:30–16:00, online, free, Frau Lisa Klein
  phishing: 'Erst denken, dann klicken: Betrugsmails sicher erkennen', // Thu 21.10. 14:00–15:30, online, free
  border: 'Across the Border: Working with Partners in Lorraine and Luxembourg', // Fri 22.10. 09:00–12:30, Schulungszentrum, English, Regionalverband, free
  lotsen: 'Wegweiser für die digitale Kommune: Qualifizierung zur Digitallotsin und zum Digitallotsen', // 4 Tuesdays 26.10.–07.12. 09:00–16:00 (across DST), 640 € (state pays half), members only, deadline Fri 15.10. 12:00
  isms: 'Sicher ist sicher: Informationssicherheit in der Kommune aufbauen', // Wed 27.10. and Thu 28.10. 09:00–16:00, Schulungszentrum, Kessler & Partner, 480 €, ISMS/BSI
  mobil: 'Gut verbunden, auch aus der Ferne: Mobil arbeiten im Team', // Mon 08.11. 09:00–12:00, online, Kessler & Partner, 95 €, Frau Anja Reinert
  datenschutz: 'Daten in guten Händen: Datenschutz im Rathausalltag', // Tue 16.11. 09:00–12:00, hybrid (Schulungszentrum), free, DSGVO
  fuehrung: 'Vom Team an die Spitze: Gut starten als neue Führungskraft', // Thu 18.11. and Fri 19.11. 09:00–16:00, Rathaus Völklingen, 390 €, Frau Anja Reinert
  rats: 'Sitzungen digital: Das Ratsinformationssystem im Praxiseinsatz', // Mon 22.11. 13:00–16:00, Rathaus Völklingen, free
  bewegung: 'Fit am Bildschirm: Bewegte Pause für den Büroalltag', // Tue 30.11. 10:00–11:00, online, Regionalverband, free, no deadline (= start)
  excel: 'Formeln ohne Frust: Excel-Grundlagen in drei Etappen', // Wed 01.12., 08.12., 15.12. 09:00–11:00, online, 75 €, Herr Florian Weiland
  social: 'Likes fürs Rathaus: Social Media für Städte und Gemeinden', // Thu 02.12. 14:00–16:00, online, 60 €, 20 seats, Instagram
  sucht: 'Hinschauen statt wegsehen: Sucht am Arbeitsplatz ansprechen', // Wed 12.01.2028 09:00–13:00, Schulungszentrum, LPH, free, for managers
  foerder: 'Geld für gute Ideen: Fördermittel finden und erfolgreich beantragen', // Thu 20.01.2028 09:00–15:00, Rathaus Völklingen, Regionalverband, 150 €
  epayment: 'Bargeldlos ins Rathaus: Gebühren digital kassieren', // Tue 25.01.2028 09:00–11:30, online, free, card payment
  barriere: 'Ohne Hürden ins Netz: Barrierefreie Webseiten und PDF-Formulare', // Wed 02.02.2028 13:00–16:00, online, free
  blackout: 'Wenn das Licht ausgeht: Die Verwaltung im Krisenfall', // Wed 09.02.2028 09:00–16:00, hybrid (Schulungszentrum), Regionalverband, free, 24 seats
  bauantrag: 'Baupläne ohne Papierrollen: Der digitale Bauantrag', // Tue 28.03.2028 09:00–12:00 (CEST), online, free, EfA, Herr Andreas Meiser
  franzoesisch: 'Bonjour am Schalter: Französisch für den Bürgerservice', // cancelled (Thu 11.11.2027)
  beteiligung: 'Mitreden per Mausklick: Bürgerbeteiligung online organisieren', // cancelled (Wed 17.11.2027)
  podcast: 'Rathaus auf die Ohren: Podcasts für die Bürgerinformation', // draft
  opendata: 'Offene Daten, offene Verwaltung: Open Data in der Kommune', // draft
  fachtag: 'Tag der digitalen Verwaltung Saar 2027: Impulse, Praxis, Austausch', // past (Wed 22 September 2027)
  passwort: 'Ein Schlüsselbund für alles: Passwortmanager im Büro', // past (Tue 5 October 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.franzoesisch, T.beteiligung, T.podcast, T.opendata, T.fachtag, T.passwort];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations: a search, then short questions about the seminar found ---------------------------------
  {
    conv: 'lotsen',
    q: "Ich soll bei uns Digitallotsin werden – gibt's da ne Ausbildung?",
    kind: 'list',
    titles: [T.lotsen],
  },
  {
    conv: 'lotsen',
    q: 'Was kostet die?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['kostet 640 €'],
    mentions: ['Die Hälfte der Gebühr übernimmt das Land'],
  },
  {
    conv: 'lotsen',
    q: 'Und wann genau?',
    kind: 'facts',
    titles: [T.lotsen],
    says: [
      'an 4 Tagen',
      'Di., 26.10.2027, Di., 09.11.2027, Di., 23.11.2027 und Di., 07.12.2027',
      'jeweils von 09:00 bis 16:00 Uhr',
    ],
  },
  {
    conv: 'lotsen',
    q: 'Wer macht das?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['leiten Frau Nicole Weber und Herr Stefan Jung'],
  },
  {
    conv: 'rechnung',
    q: "Die Firmen schicken uns jetzt alles als XRechnung – gibt's dazu was?",
    kind: 'list',
    titles: [T.xrechnung],
  },
  {
    conv: 'rechnung',
    q: 'Wo is des?',
    kind: 'facts',
    titles: [T.xrechnung],
    says: ['im Schulungszentrum am Schlossplatz, Saarbrücken'],
  },
  {
    conv: 'rechnung',
    q: 'Bis wann kann ich mich anmelden?',
    kind: 'facts',
    titles: [T.xrechnung],
    says: ['ist am Mo., 11.10.2027, 23:59 Uhr abgelaufen'],
  },
  { conv: 'ai', q: 'Is there a training on AI tools like ChatGPT?', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    conv: 'ai',
    q: 'When is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['takes place on Wed, 20 Oct 2027 from 13:30 to 16:00'],
  },
  {
    conv: 'ai',
    q: "Who's the trainer?",
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is led by Frau Lisa Klein'],
  },
  {
    conv: 'border',
    q: 'We work a lot with colleagues in Lorraine – any training on cross-border cooperation?',
    locale: 'en',
    kind: 'list',
    titles: [T.border],
  },
  {
    conv: 'border',
    q: 'Where does it take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.border],
    says: ['takes place at Schulungszentrum am Schlossplatz, Saarbrücken'],
  },
  {
    conv: 'border',
    q: 'How long is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.border],
    says: ['lasts 3.5 hours, from 09:00 to 12:30'],
  },
  {
    conv: 'chef',
    q: "Bin frisch Teamleiterin geworden – gibt's was für den Einstieg als Chefin?",
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'chef',
    q: 'Wie lang geht das?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['dauert 2 Tage, jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'chef',
    q: 'Is des in Präsenz?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['im Rathaus Völklingen, Großer Sitzungssaal'],
  },
  { conv: 'homeoffice', q: "Gibt's was zum Thema Homeoffice?", kind: 'list', titles: [T.mobil] },
  { conv: 'homeoffice', q: 'Was kost des?', kind: 'facts', titles: [T.mobil], says: ['kostet 95 €'] },
  {
    conv: 'homeoffice',
    q: 'Und wer leitet das?',
    kind: 'facts',
    titles: [T.mobil],
    says: ['leitet Frau Anja Reinert'],
  },
  {
    conv: 'blackout',
    q: "Was machen wir eigentlich, wenn mal länger der Strom ausfällt – gibt's dazu ne Schulung?",
    kind: 'list',
    titles: [T.blackout],
  },
  {
    conv: 'blackout',
    q: 'Und wann?',
    kind: 'facts',
    titles: [T.blackout],
    says: ['am Mi., 09.02.2028 von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'blackout',
    q: 'Sind noch Plätze frei?',
    kind: 'facts',
    titles: [T.blackout],
    says: ['noch 24 von 24 Plätzen frei'],
  },
  // --- single facts: cost, when, start time, duration, format, deadline --------------------------------------------------
  { q: 'Was kostet die ISMS-Schulung?', kind: 'facts', titles: [T.isms], says: ['kostet 480 €'] },
  { q: 'How much is the social media workshop?', locale: 'en', kind: 'facts', titles: [T.social], says: ['costs €60'] },
  {
    q: 'Wann is die Schulung zu Fördermitteln?',
    kind: 'facts',
    titles: [T.foerder],
    says: ['am Do., 20.01.2028 von 09:00 bis 15:00 Uhr'],
  },
  {
    q: 'When is the course on the digital building permit?',
    locale: 'en',
    kind: 'facts',
    titles: [T.bauantrag],
    says: ['takes place on Tue, 28 Mar 2028 from 09:00 to 12:00'],
  },
  {
    q: 'Um wie viel Uhr fängt die Ratsinfo-Schulung an?',
    kind: 'facts',
    titles: [T.rats],
    says: ['beginnt am Mo., 22.11.2027 um 13:00 Uhr'],
  },
  {
    q: 'Wie lang geht der Kurs zur Barrierefreiheit?',
    kind: 'facts',
    titles: [T.barriere],
    says: ['dauert 3 Stunden, von 13:00 bis 16:00 Uhr'],
  },
  {
    q: 'Can I join the GDPR training online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.datenschutz],
    says: [/is hybrid|or online/],
  },
  {
    q: 'Bis wann muss ich mich für Fit am Bildschirm anmelden?',
    kind: 'facts',
    titles: [T.bewegung],
    says: ['bis Di., 30.11.2027, 10:00 Uhr'],
  },
  // --- topic searches: everyday words, words only the summary or description has, compounds, synonyms -------------------
  {
    q: "Ich hock den ganzen Tag am Schreibtisch und hab Rücken – gibt's was dagegen?",
    kind: 'list',
    titles: [T.bewegung],
  },
  {
    q: 'We want to start on Instagram – is there a workshop for that?',
    locale: 'en',
    kind: 'list',
    titles: [T.social],
  },
  { q: "Bei uns soll man bald mit Karte zahlen können – gibt's dazu ne Schulung?", kind: 'list', titles: [T.epayment] },
  { q: "Ich mach den Sitzungsdienst fürn Gemeinderat – gibt's da was?", kind: 'list', titles: [T.rats] },
  { q: 'Ich such was zur Sicherheit in der IT', kind: 'list', ...only(T.isms, T.phishing) },
  { q: 'Ein Kollege hat wohl ein Alkoholproblem – wie sprech ich das an?', kind: 'list', titles: [T.sucht] },
  { q: 'How do I apply for EU funding – is there a course?', locale: 'en', kind: 'list', titles: [T.foerder] },
  // --- abbreviations ---------------------------------------------------------------------------------------------------
  { q: "Was gibt's zum OZG?", kind: 'list', first: T.ozg },
  { q: "BSI-Grundschutz – gibt's da ne Schulung?", kind: 'list', titles: [T.isms] },
  {
    q: 'Gibt es eine Schulung zu EfA-Leistungen?',
    kind: 'list',
    titles: [T.bauantrag],
    miss: '"EfA-Leistungen" is found inside "Verwaltungsleistungen" of the online-services course; the building-permit course names EfA only in its summary',
  },
  // --- typos -----------------------------------------------------------------------------------------------------------
  { q: 'Digitallotzen Ausbildung', kind: 'list', titles: [T.lotsen] },
  { q: 'phising training', locale: 'en', kind: 'list', titles: [T.phishing] },
  { q: 'Datenschuz Schulung', kind: 'list', titles: [T.datenschutz] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, cost, length, language, free seats -------
  { q: 'Was läuft diese Woche noch?', kind: 'list', titles: [T.ozg, T.deeskalation] },
  { q: "Was gibt's nächste Woche vormittags?", kind: 'list', titles: [T.xrechnung, T.border] },
  { q: 'Anything next week in the afternoon?', locale: 'en', kind: 'list', titles: [T.ki, T.phishing] },
  { q: "What's on in February?", locale: 'en', kind: 'list', titles: [T.barriere, T.blackout] },
  { q: 'Kostenlose Seminare vor Weihnachten in Völklingen?', kind: 'list', titles: [T.deeskalation, T.rats] },
  { q: 'Welche Online-Seminare sind nachmittags?', kind: 'list', titles: [T.ki, T.phishing, T.social, T.barriere] },
  { q: 'Welche Seminare hat Frau Reinert?', kind: 'list', ...only(T.mobil, T.fuehrung) },
  { q: 'Was bietet das Landesinstitut für Präventives Handeln an?', kind: 'list', ...only(T.deeskalation, T.sucht) },
  { q: 'Welche Seminare gibt es für Führungskräfte?', kind: 'list', ...only(T.fuehrung, T.sucht) },
  { q: 'Any seminars held in English?', locale: 'en', kind: 'list', titles: [T.border] },
  { q: 'Gibt es im Oktober mehrtägige Seminare?', kind: 'list', titles: [T.lotsen, T.isms] },
  { q: 'Präsenzkurse im Januar mit freien Plätzen?', kind: 'list', titles: [T.sucht, T.foerder] },
  // --- gone, drafts, no match, greeting --------------------------------------------------------------------------------
  { q: 'Wann war der Tag der digitalen Verwaltung?', kind: 'gone', gone: T.fachtag, says: ['Mi., 22.09.2027'] },
  {
    q: 'When was the password manager training?',
    locale: 'en',
    kind: 'gone',
    gone: T.passwort,
    says: ['Tue, 5 Oct 2027'],
  },
  { q: 'Wann ist der Französischkurs für den Bürgerservice?', kind: 'gone', gone: T.franzoesisch },
  { q: 'What does the Bürgerbeteiligung workshop cost?', locale: 'en', kind: 'gone', gone: T.beteiligung },
  { q: "Gibt's was zum Podcast aufnehmen?", kind: 'none' },
  { q: "Gibt's en Schwenker-Kurs?", kind: 'none' },
  { q: 'Is there a course on beekeeping?', locale: 'en', kind: 'none' },
  { q: 'Gudde! Wie funktioniert das hier?', kind: 'help' },
  { q: 'Hi, what can you do?', locale: 'en', kind: 'help' },
];

heldoutSuite(
  'answering questions about a fifty-fifth, independent catalogue (eGo-Saar and Regionalverband Saarbrücken)',
  { fixture: 'heldout55-catalogue.json', now, timeZone: TZ, cases: CASES, titles: all, never: NEVER },
);
