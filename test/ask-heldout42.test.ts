// Over-fitting check, forty-second catalogue: the spring/summer 2027 programme of the Verwaltungsakademie Landkreis
// Meißen (Saxony) for the Landratsamt and the towns of the district (Meißen, Radebeul, Riesa, Coswig, Großenhain,
// Weinböhla), imported from a JSON file. In person at three places in three towns (Landratsamt Meißen, Rathaus Radebeul,
// Rathaus Riesa), online and hybrid; providers with abbreviations (SKSD, KISA, SAKD, ABSt, UKS, plus the DRK, the
// Kreisfeuerwehrverband and the Volkshochschule). Practical everyday topics: front desk and telephone service, letters and
// notices (Bescheide), VwVfG and Widerspruch, public procurement (UVgO), budget law (Doppik), TVöD working time, travel
// expenses, first aid and fire safety, leadership (new managers, appraisal interviews, remote teams), Teams, E-Akte, KI,
// information security, social media, data protection, presentation and moderation, and an English course on four
// Thursdays. Brochure texts with catchy titles whose subject is often only in the summary or description, abbreviations
// explained once, compounds. Questions are written the way employees ask, without looking at the parser or the answers.
// Same assertions as the other suites: exactly the expected seminars (best first where one is clearly best), the asked
// fact in the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Wednesday 10 March 2027, 11:00 in Meißen, winter time; summer time begins Sun 28.03.2027,
// which is also Easter Sunday):
//   this week:  nothing more today; Thu 11.03. 09:00–12:00 Teams (tomorrow, online), Fri 12.03. 13:00–16:00 front desk (Riesa)
//   next week:  nothing on Monday; Tue 16.03. 13:30 (online), Wed 17.03. 09:00 (hybrid, Radebeul), Thu 18.03. 13:00 (Radebeul)
//   no session from Fri 19.03. to Mon 29.03. (Holy Week, Easter); Tue 30.03. first aid, 08:30–16:00 CEST (the first
//   session in summer time), Wed 31.03. E-Akte; then April (social media, Bescheide on two days, the English course on
//   four Thursdays, VwVfG, three days for new managers, procurement; the cancelled Power BI course), May (five seminars;
//   the cancelled sign-language course on 31.05.), June (five) and July (data protection; two drafts).
//   Past: the TVöD update on Thu 21.01.2027 and the "bewegte Pause" on Wed 03.03.2027. No registrations: every seat is free.
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-03-10T10:00:00Z'); // Wednesday, 10 March 2027, 11:00 in Meißen (CET)
const TZ = 'Europe/Berlin';

const T = {
  teams: 'Besprechen, teilen, mitschreiben: Microsoft Teams im Amtsalltag', // Thu 11.03.2027 09:00–12:00, online, KISA, free, 40 seats
  schalter: 'Der erste Eindruck zählt: Souverän am Empfang und im Bürgerbüro', // Fri 12.03. 13:00–16:00, Rathaus Riesa, 60 €, deadline passed Mon 01.03. 23:59
  infosec: 'Nicht jeder Anhang ist harmlos: Informationssicherheit am Arbeitsplatz', // Tue 16.03. 13:30–16:30, online, SAKD, free, Dr. Ines Hofmann
  ki: 'Frag doch die Maschine: KI-Assistenten im Verwaltungsalltag', // Wed 17.03. 09:00–12:00, hybrid (Rathaus Radebeul), KISA, free
  tvoed: 'Zeit ist kostbar: Arbeitszeit, Mehrarbeit und Überstunden im Tarifrecht', // Thu 18.03. 13:00–16:30, Rathaus Radebeul, SKSD, 95 €, TVöD
  ersteHilfe: 'Helfen statt zögern: Ausbildung für betriebliche Ersthelferinnen und Ersthelfer', // Tue 30.03. 08:30–16:00 (CEST), Landratsamt, DRK, free (note)
  eakte: 'Schluss mit dem Papierberg: Die E-Akte im Praxiseinsatz', // Wed 31.03. 09:00–12:30, Landratsamt Meißen, free, DMS
  social: 'Posten, teilen, informieren: Social Media für Behörden', // Thu 01.04. 09:00–12:00, online, 75 €
  bescheide: 'Klar, freundlich, rechtssicher: Briefe und Bescheide verständlich schreiben', // Wed 07.04. and Thu 08.04. 09:00–16:00, Rathaus Riesa, SKSD, 260 €, deadline Wed 24.03. 23:59
  english: 'Keep calm and speak English: Englisch für den Verwaltungsalltag', // Thursdays 08.04.–29.04. 13:30–15:00, online, VHS, 89,50 €, English, 12 seats
  vwvfg: 'Vom Antrag bis zur Bestandskraft: Grundlagen des Verwaltungsverfahrens', // Tue 13.04. 09:00–16:00, Landratsamt, SKSD, 180 €, VwVfG, Dr. Reichelt
  fuehrung: 'Plötzlich Chefin oder Chef: Gut starten in der neuen Führungsrolle', // Mon 19.–Wed 21.04. 09:00–16:00, Landratsamt, 590 €, Prof. Dr. Albrecht
  vergabe: 'Richtig einkaufen: Öffentliche Aufträge unterhalb der EU-Schwellenwerte', // Tue 27.04. 09:00–16:00, Rathaus Radebeul, ABSt, 220 €, UVgO, Dr. Kretzschmar
  haushalt: 'Jeder Euro zählt: Haushaltsrecht für die kommunale Praxis', // Wed 05.05. 09:00–16:00, Rathaus Riesa, SKSD, 190 €, Doppik
  gespraech: 'Reden wir drüber: Mitarbeitergespräche vorbereiten und führen', // Tue 11.05. 13:00–16:30, Rathaus Radebeul, 120 €, Prof. Dr. Albrecht, for managers
  widerspruch: 'Nicht einverstanden: Das Widerspruchsverfahren in der Praxis', // Wed 12.05. 09:00–12:30, online, SKSD, 90 €, Dr. Reichelt
  remote: 'Führen auf Distanz: Wenn das Team im Homeoffice sitzt', // Wed 19.05. 09:00–12:00, online, 80 €, for managers
  brandschutz: "Wenn's brennt, zählt jede Minute: Ausbildung zur Brandschutzhelferin und zum Brandschutzhelfer", // Tue 25.05. 08:30–12:30, Landratsamt, free
  ergonomie: 'Gut gesessen ist halb gearbeitet: Ergonomie am Bildschirmarbeitsplatz', // Wed 02.06. 13:00–15:30, online, UKS, free
  reisekosten: 'Unterwegs im Auftrag des Amtes: Dienstreisen planen und abrechnen', // Tue 08.06. 09:00–12:00, online, 60 €, SächsRKG
  praesentation: 'Bühne frei: Überzeugend präsentieren vor Stadtrat und Kreistag', // Thu 10.06. 09:00–16:00, Rathaus Radebeul, 210 €, 10 seats, Dr. Winkler
  moderation: 'Alle an einen Tisch: Besprechungen und Workshops moderieren', // Tue 15.06. 09:00–16:00, Rathaus Riesa, 195 €, Dr. Winkler
  telefon: 'Gut erreichbar: Professionell telefonieren im Bürgerservice', // Thu 24.06. 13:30–16:00, online, free
  datenschutz: 'Daten in guten Händen: Datenschutz in der Sachbearbeitung', // Thu 01.07. 09:00–12:00, hybrid (Landratsamt Meißen), free, DSGVO
  podcast: 'Auf Sendung: Ein Podcast für die Kreisverwaltung', // draft
  einarbeitung: 'Gut an Bord: Neue Kolleginnen und Kollegen strukturiert einarbeiten', // draft
  powerbi: 'Zahlen, bitte: Dashboards mit Power BI für die Kämmerei', // cancelled (Thu 22.04.)
  gebaerden: 'Gebärdensprache am Empfang: Erste Schritte', // cancelled (Mon 31.05., Riesa)
  tarifrunde: 'Tarifrunde kompakt: Was sich 2027 im TVöD ändert', // past (Thu 21 January 2027)
  rueckenfit: 'Rückenfit am Schreibtisch: Die bewegte Pause', // past (Wed 3 March 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.podcast, T.einarbeitung, T.powerbi, T.gebaerden, T.tarifrunde, T.rueckenfit];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  {
    q: 'Was kostet eigentlich die Schulung zu Dienstreisen?',
    kind: 'facts',
    titles: [T.reisekosten],
    says: ['kostet 60 €'],
  },
  {
    q: 'Muss unser Sachgebiet für den Erste-Hilfe-Lehrgang etwas bezahlen?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangskosten übernimmt die Unfallkasse Sachsen.'],
  },
  {
    q: 'How much does the English course cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['costs €89.50'],
  },
  // --- facts: when (single day, two days, three days, series), start time, duration ------------------------------------
  {
    q: 'Wann findet die Schreibwerkstatt zu Briefen und Bescheiden statt?',
    kind: 'facts',
    titles: [T.bescheide],
    says: ['an 2 Tagen', 'Mi., 07.04.2027 und Do., 08.04.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'Wann ist das Seminar für neue Führungskräfte?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 3 Tagen', 'Mo., 19.04.2027, Di., 20.04.2027 und Mi., 21.04.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'Wann sind die Termine vom Englischkurs?',
    kind: 'facts',
    titles: [T.english],
    says: [
      'an 4 Tagen',
      'Do., 08.04.2027, Do., 15.04.2027, Do., 22.04.2027 und Do., 29.04.2027',
      'jeweils von 13:30 bis 15:00 Uhr',
    ],
  },
  {
    q: 'Wann ist die Ersthelfer-Ausbildung?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['am Di., 30.03.2027 von 08:30 bis 16:00 Uhr'],
  },
  {
    q: 'When is the fire safety training?',
    locale: 'en',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['takes place on Tue, 25 May 2027 from 08:30 to 12:30'],
  },
  {
    q: 'Um wie viel Uhr geht die KI-Schulung los?',
    kind: 'facts',
    titles: [T.ki],
    says: ['beginnt am Mi., 17.03.2027 um 09:00 Uhr'],
  },
  {
    q: 'What time does the social media workshop start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.social],
    says: ['starts on Thu, 1 Apr 2027 at 09:00'],
  },
  {
    q: 'Wie lange geht die TVöD-Schulung zur Arbeitszeit?',
    kind: 'facts',
    titles: [T.tvoed],
    says: ['dauert 3,5 Stunden, von 13:00 bis 16:30 Uhr'],
  },
  // --- facts: where, format, trainer, deadline, seats -----------------------------------------------------------------
  { q: 'Wo findet die Moderationsschulung statt?', kind: 'facts', titles: [T.moderation], says: ['im Rathaus Riesa'] },
  {
    q: 'Where is the E-Akte training held?',
    locale: 'en',
    kind: 'facts',
    titles: [T.eakte],
    says: ['takes place at Landratsamt Meißen'],
  },
  {
    q: 'Ist das Datenschutz-Seminar online oder vor Ort?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: [/findet hybrid statt|oder online statt/],
  },
  {
    q: 'Wer leitet das Präsentationstraining?',
    kind: 'facts',
    titles: [T.praesentation],
    says: ['leitet Frau Dr. Claudia Winkler'],
  },
  {
    q: 'Who is running the information security session?',
    locale: 'en',
    kind: 'facts',
    titles: [T.infosec],
    says: ['is led by Frau Dr. Ines Hofmann'],
  },
  {
    q: 'Bis wann muss ich mich für die Bescheid-Schreibwerkstatt anmelden?',
    kind: 'facts',
    titles: [T.bescheide],
    says: ['bis Mi., 24.03.2027, 23:59 Uhr'],
  },
  {
    q: "What's the registration deadline for the front desk training?",
    locale: 'en',
    kind: 'facts',
    titles: [T.schalter],
    says: ['passed on Mon, 1 Mar 2027, 23:59'],
  },
  {
    q: 'Meine Kollegin möchte zum Präsentationstraining – sind da noch Plätze frei?',
    kind: 'facts',
    titles: [T.praesentation],
    says: ['noch 10 von 10 Plätzen frei'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  {
    conv: 'widerspruch',
    q: 'Ich bin neu im Bürgerservice und soll bald Widersprüche bearbeiten – gibt es da was?',
    kind: 'list',
    titles: [T.widerspruch],
  },
  {
    conv: 'widerspruch',
    q: 'Findet das online statt?',
    kind: 'facts',
    titles: [T.widerspruch],
    says: ['findet online statt'],
  },
  { conv: 'widerspruch', q: 'Und was kostet der Spaß?', kind: 'facts', titles: [T.widerspruch], says: ['kostet 90 €'] },
  {
    conv: 'english',
    q: 'My team at the Bürgerbüro keeps getting visitors who only speak English – is there a course to brush up our English?',
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  {
    conv: 'english',
    q: 'When are the sessions?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: [
      'on 4 days',
      'Thu, 8 Apr 2027, Thu, 15 Apr 2027, Thu, 22 Apr 2027 and Thu, 29 Apr 2027',
      'each from 13:30 to 15:00',
    ],
  },
  {
    conv: 'english',
    q: 'Are there still seats available?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['has 12 of 12 seats left'],
  },
  {
    conv: 'vergabe',
    q: 'Wir müssen für unser Sachgebiet demnächst neue Büromöbel beschaffen und keiner bei uns kennt sich mit Vergaberecht aus – gibt es da eine Schulung?',
    kind: 'list',
    titles: [T.vergabe],
  },
  {
    conv: 'vergabe',
    q: 'Wer ist da die Referentin?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['leitet Frau Dr. Sabine Kretzschmar'],
  },
  {
    conv: 'vergabe',
    q: 'Wann und wo ist das genau?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['27.04.2027 von 09:00 bis 16:00 Uhr', 'im Rathaus Radebeul'],
  },
  // --- topic searches: colloquial wording, words only the summary or description has, compounds, abbreviations ---------
  {
    q: 'Bei uns im Amt kam gestern eine gefälschte Mail mit einem seltsamen Link an. Gibt es eine Schulung, wie man so etwas erkennt?',
    kind: 'list',
    titles: [T.infosec],
  },
  { q: 'Gibt es eine Fortbildung zu künstlicher Intelligenz?', kind: 'list', titles: [T.ki] },
  {
    q: 'Unser Sachgebiet stellt dieses Jahr auf die elektronische Akte um – gibt es dazu eine Schulung?',
    kind: 'list',
    titles: [T.eakte],
  },
  { q: 'Seminar zum TVöD?', kind: 'list', titles: [T.tvoed] },
  { q: 'Gibt es was zur UVgO?', kind: 'list', titles: [T.vergabe] },
  { q: 'Gibt es eine Einführung ins VwVfG für Quereinsteiger?', kind: 'list', titles: [T.vwvfg] },
  {
    q: 'Ich bin neu in der Kämmerei und muss mich in die Doppik einarbeiten – welches Seminar passt?',
    kind: 'list',
    titles: [T.haushalt],
  },
  {
    q: 'Ich führe dieses Jahr zum ersten Mal Jahresgespräche mit meinen Mitarbeitenden. Gibt es dazu eine Schulung?',
    kind: 'list',
    first: T.gespraech,
  },
  {
    q: 'Die Hälfte meines Teams arbeitet inzwischen von zu Hause aus – gibt es ein Seminar, wie ich die gut führe?',
    kind: 'list',
    first: T.remote,
  },
  {
    q: 'Mir tut vom vielen Sitzen am PC ständig der Rücken weh – gibt es dazu etwas?',
    kind: 'list',
    titles: [T.ergonomie],
  },
  {
    q: 'Meine Kollegin aus der Kfz-Zulassung hat oft mit aufgebrachten Leuten am Tresen zu tun – gibt es ein Seminar für sie?',
    kind: 'list',
    first: T.schalter,
  },
  { q: "Gibt's eine Einführung in MS Teams?", kind: 'list', titles: [T.teams] },
  { q: 'Wie rechne ich eine Dienstreise richtig ab?', kind: 'list', titles: [T.reisekosten] },
  // --- typos -----------------------------------------------------------------------------------------------------------
  { q: 'Erste Hilfe Lehrgnag', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'Brandschutzhelfer Ausbilung', kind: 'list', titles: [T.brandschutz] },
  { q: 'Informationsicherheit Schulung', kind: 'list', titles: [T.infosec] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, cost, length, language, free seats -------
  { q: 'Anything next week in the afternoon?', locale: 'en', kind: 'list', titles: [T.infosec, T.tvoed] },
  {
    q: 'Was steht in den nächsten 14 Tagen an?',
    kind: 'list',
    titles: [T.teams, T.schalter, T.infosec, T.ki, T.tvoed],
  },
  {
    q: 'Gibt es diesen Monat noch was Kostenloses?',
    kind: 'list',
    titles: [T.teams, T.infosec, T.ki, T.ersteHilfe, T.eakte],
  },
  {
    q: "What's on in May?",
    locale: 'en',
    kind: 'list',
    titles: [T.haushalt, T.gespraech, T.widerspruch, T.remote, T.brandschutz],
  },
  {
    q: 'Welche Seminare finden in Riesa statt?',
    kind: 'list',
    ...only(T.schalter, T.bescheide, T.haushalt, T.moderation),
  },
  { q: 'Was hat die KISA im Angebot?', kind: 'list', ...only(T.teams, T.ki) },
  { q: 'Welche Kurse gibt Frau Prof. Albrecht?', kind: 'list', ...only(T.fuehrung, T.gespraech) },
  {
    q: 'Ich leite seit Kurzem ein Sachgebiet – welche Seminare gibt es für Führungskräfte?',
    kind: 'list',
    ...only(T.fuehrung, T.gespraech, T.remote),
  },
  { q: 'Welche Seminare im April dauern nur einen Tag?', kind: 'list', titles: [T.social, T.vwvfg, T.vergabe] },
  { q: 'Are any seminars held in English?', locale: 'en', kind: 'list', titles: [T.english] },
  {
    q: 'Welche Präsenzseminare im Mai haben noch freie Plätze?',
    kind: 'list',
    titles: [T.haushalt, T.gespraech, T.brandschutz],
  },
  { q: 'Any online seminars next month?', locale: 'en', kind: 'list', titles: [T.social, T.english] },
  // --- gone, no match, greeting ----------------------------------------------------------------------------------------
  { q: 'Was kostet der Power-BI-Kurs für die Kämmerei?', kind: 'gone', gone: T.powerbi },
  { q: 'Wann war die Tarifrunde kompakt?', kind: 'gone', gone: T.tarifrunde, says: ['Do., 21.01.2027'] },
  { q: 'When was the Rückenfit session?', locale: 'en', kind: 'gone', gone: T.rueckenfit, says: ['Wed, 3 Mar 2027'] },
  { q: 'Gibt es einen Kurs für den Gabelstaplerschein?', kind: 'none' },
  { q: 'Gibt es einen Yogakurs?', kind: 'none' },
  { q: 'Is there a course on beekeeping?', locale: 'en', kind: 'none' },
  { q: 'Guten Morgen', kind: 'help' },
  { q: 'Hey', locale: 'en', kind: 'help' },
];

heldoutSuite(
  'answering questions about a forty-second, independent catalogue (Landkreis Meißen, Verwaltungsakademie)',
  {
    fixture: 'heldout42-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
