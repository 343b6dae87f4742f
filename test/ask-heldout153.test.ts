// Over-fitting check, hundred-and-fifty-third catalogue: the 2028 spring and early-summer programme of the Landkreis
// Coburg (Bavaria) with the Bayerische Verwaltungsschule (BVS), the Landratsamt's Personalentwicklung, the AKDB, the
// Kommunale Unfallversicherung Bayern (KUVB) and the Volkshochschule Coburg Stadt und Land (vhs), for the county and its
// towns and municipalities (Coburg, Neustadt bei Coburg, Rödental, Bad Rodach, Seßlach, Ebersdorf bei Coburg), imported
// from a JSON file. Seminars take place in the Landratsamt Coburg, the town halls of Coburg, Neustadt, Rödental, Bad
// Rodach and Seßlach, the vhs-Bildungszentrum, the Kongresshaus Rosengarten and the fire station in Ebersdorf, online or
// hybrid. Nine titles do not name their subject ("Vorsicht, Klick!" is information security, "Gut durch den Tag" health
// promotion, "Kurz, klar, beschlussfest" minutes of council meetings, "Ruhig bleiben, wenn es laut wird" de-escalation,
// "Jeder Euro zählt" the municipal budget, "Schreiben, das ankommt" plain language, "Ordner ade" the e-file, "Rathaus
// rund um die Uhr" the OZG online services, "Vom Kollegen zur Chefin" leadership), so only summary, description or topics
// reveal it; one seminar is held in English; the leadership course runs on two days; the e-file course is open only to
// Seßlach and Ebersdorf bei Coburg; first aid is free, paid by the KUVB, and the trainees' exam training is paid by the
// county. Questions are written the way an acceptance tester writes them (complete, polite sentences, a few typos, about
// a third in English), without looking at the parser or the answers. Same assertions as the other suites: exactly the
// expected seminars (best first where one is clearly best), the asked fact in the first sentence, never a draft,
// cancelled or past seminar.
//
// Calendar around `now` (Wednesday 8 March 2028, 09:00 in Coburg, winter time; summer time begins Sun 26.03.2028):
//   this week:  nothing more today; Thu 09.03. 13:00–16:00 Excel (online, tomorrow), Fri 10.03. 09:00–12:00 data
//               protection (hybrid, Landratsamt; deadline Thu 09.03. 12:00)
//   next week:  Mon 13.03. 09:00–11:00 information security (online), Tue 14.03. 09:00–12:30 English (Landratsamt;
//               deadline passed Fri 03.03. 23:59), Wed 15.03. 14:00–16:00 health (online), Thu 16.03. 13:00–16:30 AI
//               (hybrid, Landratsamt)
//   then:       nothing from Fri 17.03. to Tue 28.03. except the cancelled social-media course (Tue 21.03.)
//   March:      Wed 29.03. minutes (Rathaus Neustadt bei Coburg; first date in summer time)
//   April:      Tue 04. first aid (Rathaus Rödental), Thu 06. Teams (online), Wed 19. fire wardens (Ebersdorf),
//               Thu 20. Word (online, afternoon), Tue 25. de-escalation (Rathaus Rödental); Easter 14.–17.04. is free
//   May:        Thu 11. budget (Landratsamt), Tue 16. procurement (Rathaus Coburg; deadline Fri 28.04. 12:00),
//               Wed 17. plain language (vhs-Bildungszentrum), Tue 23. building law (Landratsamt), Tue 30. e-file
//               (Rathaus Seßlach, Seßlach and Ebersdorf only); the cancelled load-securing course on Mon 08.05.
//   June:       Thu 01. OZG (online), Thu 08. registry office (Rathaus Bad Rodach), Tue 13. trainees' exam training
//               (Landratsamt), Thu 22./Fri 23. leadership (Kongresshaus Rosengarten), Thu 29. team conflicts
//               (vhs-Bildungszentrum)
//   July:       only the drafts: accessible PDFs (Wed 05.07.) and grant applications (Tue 11.07.)
//   past:       Thu 20.01.2028 registration law (online), Tue 08.02.2028 winter road service (Landratsamt).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-03-08T08:00:00Z'); // Wednesday, 8 March 2028, 09:00 in Coburg (CET)
const TZ = 'Europe/Berlin';

const T = {
  excel: 'Excel im Verwaltungsalltag: Listen, Formeln, Auswertungen', // Thu 09.03. 13:00–16:00, online, vhs, Höhn, 75 € (Dienststelle pays)
  datenschutz: 'Datenschutz in der Sachbearbeitung: DSGVO und BayDSG kompakt', // Fri 10.03. 09:00–12:00, hybrid (Landratsamt), Personalentwicklung, Schubart, free, deadline Thu 09.03. 12:00
  infosec: 'Vorsicht, Klick!', // Mon 13.03. 09:00–11:00, online, AKDB, Wunder, information security / phishing, free
  english: 'Welcome to the Landratsamt: English for Front-Desk Staff', // Tue 14.03. 09:00–12:30, Landratsamt, vhs, Hall, English, 110 €, deadline passed Fri 03.03. 23:59
  gesundheit: 'Gut durch den Tag', // Wed 15.03. 14:00–16:00, online, KUVB, Fischer-Rauh, health promotion / stress, free
  ki: 'Künstliche Intelligenz in der Verwaltung: Chancen, Grenzen, Regeln', // Thu 16.03. 13:00–16:30, hybrid (Landratsamt), BVS, Dr. Kestler, ChatGPT, 145 €
  protokoll: 'Kurz, klar, beschlussfest', // Wed 29.03. 09:00–15:00, Rathaus Neustadt bei Coburg, BVS, Dietz, minutes, 165 €
  ersteHilfe: 'Erste Hilfe im Dienst: Grundausbildung für betriebliche Ersthelfende', // Tue 04.04. 08:30–16:30, Rathaus Rödental, KUVB, Hümmer, free (KUVB pays)
  teams: 'Zusammenarbeit mit Microsoft Teams: Kanäle, Dateien, Besprechungen', // Thu 06.04. 09:00–12:00, online, Personalentwicklung, Beetz, free
  brandschutz: 'Brandschutzhelferin und Brandschutzhelfer: Ausbildung nach ASR A2.2', // Wed 19.04. 08:30–12:30, Feuerwehrgerätehaus Ebersdorf, KUVB, Ehrlicher, free
  word: 'Word für Fortgeschrittene: Formatvorlagen, Inhaltsverzeichnisse, Serienbriefe', // Thu 20.04. 13:00–16:00, online, vhs, Höhn, 65 €
  deeskalation: 'Ruhig bleiben, wenn es laut wird', // Tue 25.04. 09:00–16:00, Rathaus Rödental, KUVB, Greiner, de-escalation, free, 12 seats
  haushalt: 'Jeder Euro zählt', // Thu 11.05. 09:00–16:00, Landratsamt, BVS, Rosenbauer, budget / Doppik, 190 €, 20 seats
  vergabe: 'Vergaberecht kompakt: Aufträge unterhalb der EU-Schwellenwerte', // Tue 16.05. 09:00–16:00, Rathaus Coburg, BVS, Dr. Seidel, 240 €, deadline Fri 28.04. 12:00
  sprache: 'Schreiben, das ankommt', // Wed 17.05. 09:00–16:00, vhs-Bildungszentrum, vhs, Lindner, plain language, 130 €
  baurecht: 'Baurecht für die Praxis: Bauanträge prüfen nach der BayBO', // Tue 23.05. 09:00–16:00, Landratsamt, BVS, Fleischmann, 210 €
  eakte: 'Ordner ade', // Tue 30.05. 09:00–12:00, Rathaus Seßlach, AKDB, Wunder, e-file, only Seßlach/Ebersdorf, free
  ozg: 'Rathaus rund um die Uhr', // Thu 01.06. 13:00–16:00, online, AKDB, Hopf, OZG online services, free
  standesamt: 'Aktuelles Personenstandsrecht für Standesämter', // Thu 08.06. 09:00–16:00, Rathaus Bad Rodach, BVS, Brückner, 195 €
  azubis: 'Fit für die Abschlussprüfung: Prüfungstraining für Auszubildende', // Tue 13.06. 09:00–15:00, Landratsamt, Personalentwicklung, Motschmann, free (county pays)
  fuehrung: 'Vom Kollegen zur Chefin', // Thu 22.06. and Fri 23.06. 09:00–16:30, Kongresshaus Rosengarten, BVS, Dr. Pfaff, 420 €, new managers
  konflikte: 'Konflikte im Team lösen', // Thu 29.06. 09:00–16:00, vhs-Bildungszentrum, vhs, Lindner, 150 €, for managers
  pdf: 'Barrierefreie PDF-Dokumente erstellen', // draft (Wed 05.07.)
  foerdermittel: 'Fördermittel erfolgreich beantragen', // draft (Tue 11.07.)
  socialMedia: 'Social Media im Rathaus: Kanäle rechtssicher betreuen', // cancelled (Tue 21.03.2028)
  ladung: 'Ladungssicherung auf Bauhoffahrzeugen', // cancelled (Mon 08.05.2028)
  meldewesen: 'Jahreswechsel im Meldewesen: Neuerungen 2028', // past (Thu 20 January 2028)
  winterdienst: 'Winterdienst und Verkehrssicherungspflicht für Bauhöfe', // past (Tue 8 February 2028)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.pdf, T.foerdermittel, T.socialMedia, T.ladung, T.meldewesen, T.winterdienst];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost, when (two days), duration, start time -----------------------------------------------------------
  {
    q: 'Ist der Erste-Hilfe-Kurs für uns kostenlos?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Kommunale Unfallversicherung Bayern (KUVB) für ihre Mitglieder.'],
  },
  {
    q: 'How much does the Baurecht seminar cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.baurecht],
    says: ['costs €210'],
  },
  {
    q: 'Wann findet der Excel-Kurs statt?',
    kind: 'facts',
    titles: [T.excel],
    says: ['am Do., 09.03.2028 von 13:00 bis 16:00 Uhr'],
  },
  {
    q: 'Wann findet das Seminar „Vom Kollegen zur Chefin“ statt?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 22.06.2028 und Fr., 23.06.2028', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    q: 'How long does the seminar "Vom Kollegen zur Chefin" last?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['lasts 2 days, each from 09:00 to 16:30'],
  },
  {
    q: 'What time does the Microsoft Teams training start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.teams],
    says: ['starts on Thu, 6 Apr 2028 at 09:00'],
  },
  {
    q: 'Um wie viel Uhr beginnt die Ausbildung zum Brandschutzhelfer?',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['beginnt am Mi., 19.04.2028 um 08:30 Uhr'],
  },
  // --- facts: where, trainer, deadline, seats, format ---------------------------------------------------------------
  { q: 'Wo findet das Baurecht-Seminar statt?', kind: 'facts', titles: [T.baurecht], says: ['im Landratsamt Coburg'] },
  {
    q: 'Wer leitet das Seminar zur Protokolführung?',
    kind: 'facts',
    titles: [T.protokoll],
    says: ['leitet Herr Wolfgang Dietz'],
  },
  {
    q: 'Who is the trainer of the Excel cousre?',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['is led by Frau Claudia Höhn'],
  },
  {
    q: 'Bis wann kann ich mich zum Datenschutz-Seminar anmelden?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['bis Do., 09.03.2028, 12:00 Uhr'],
  },
  {
    q: 'What is the registration deadline for the English course for front-desk staff?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 3 Mar 2028, 23:59'],
  },
  {
    q: 'Sind im Deeskalationstraining noch Plätze frei?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  {
    q: 'Are there still seats left in "Jeder Euro zählt"?',
    locale: 'en',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['has 20 of 20 seats left'],
  },
  {
    q: 'Findet das KI-Seminar online oder vor Ort statt?',
    kind: 'facts',
    titles: [T.ki],
    says: [/findet hybrid statt|oder online statt/],
  },
  // --- follow-ups in a conversation ---------------------------------------------------------------------------------
  {
    conv: 'bescheide',
    q: 'Gibt es ein Seminar, in dem man lernt, Bescheide verständlicher zu schreiben?',
    kind: 'list',
    titles: [T.sprache],
  },
  { conv: 'bescheide', q: 'Was kostet das?', kind: 'facts', titles: [T.sprache], says: ['kostet 130 €'] },
  {
    conv: 'bescheide',
    q: 'Und wer leitet es?',
    kind: 'facts',
    titles: [T.sprache],
    says: ['leitet Frau Petra Lindner'],
  },
  {
    conv: 'phishing',
    q: 'Is there any training on recognising phishing e-mails?',
    locale: 'en',
    kind: 'list',
    titles: [T.infosec],
  },
  {
    conv: 'phishing',
    q: 'When is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.infosec],
    says: ['on Mon, 13 Mar 2028 from 09:00 to 11:00'],
  },
  {
    conv: 'phishing',
    q: 'Is it online or in person?',
    locale: 'en',
    kind: 'facts',
    titles: [T.infosec],
    says: ['takes place online'],
  },
  {
    conv: 'stress',
    q: 'Ich bin im Job oft gestresst. Gibt es dazu ein Angebot?',
    kind: 'list',
    titles: [T.gesundheit],
  },
  {
    conv: 'stress',
    q: 'Wie lange dauert das?',
    kind: 'facts',
    titles: [T.gesundheit],
    says: ['dauert 2 Stunden, von 14:00 bis 16:00 Uhr'],
  },
  {
    conv: 'eakte',
    q: 'Is there a seminar about introducing the e-file (E-Akte)?',
    locale: 'en',
    kind: 'list',
    titles: [T.eakte],
  },
  {
    conv: 'eakte',
    q: 'Where does it take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.eakte],
    says: ['at Rathaus Seßlach'],
  },
  // --- topic searches: words in titles, subjects only in summary or description, everyday words, typos --------------
  { q: 'Ich suche eine Fortbildung zum Thema Datenschutz.', kind: 'list', titles: [T.datenschutz] },
  { q: 'Do you have a course on using ChatGPT at work?', locale: 'en', kind: 'list', titles: [T.ki] },
  { q: 'Ich muss im Gemeinderat Protokoll führen. Gibt es dafür ein Seminar?', kind: 'list', titles: [T.protokoll] },
  { q: 'Welche Seminare gibt es zu den Onlinediensten nach dem OZG?', kind: 'list', titles: [T.ozg] },
  { q: 'Gibt es etwas zum kommunalen Haushalt?', kind: 'list', titles: [T.haushalt] },
  { q: 'Gibt es ein Deeskalatonstraining?', kind: 'list', titles: [T.deeskalation] },
  { q: 'Bieten Sie einen Exel-Kurs an?', kind: 'list', titles: [T.excel] },
  { q: 'Gibt es einen Kurs, in dem man Wiederbelebung übt?', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'Gibt es ein Seminar zur Bayerischen Bauordnung?', kind: 'list', titles: [T.baurecht] },
  { q: 'Welche Seminare gibt es speziell für Auszubildende?', kind: 'list', titles: [T.azubis] },
  {
    q: 'Ich bin seit Kurzem Führungskraft. Welche Seminare richten sich an Führungskräfte?',
    kind: 'list',
    ...only(T.fuehrung, T.konflikte),
    miss: 'the audience named twice leaves the second "Führungskräfte" as a topic: only the course for new managers is listed',
  },
  { q: 'Wir müssen Aufträge ausschreiben. Gibt es dazu eine Schulung?', kind: 'list', titles: [T.vergabe] },
  { q: 'Gibt es Schulungen zu Microsoft Teams?', kind: 'list', titles: [T.teams] },
  { q: 'Gibt es eine Ausbildung zur Brandschutzhelferin?', kind: 'list', titles: [T.brandschutz] },
  // --- filters: dates, time of day, format, place, trainer, provider, length, cost, language, seats ------------------
  { q: 'Welche Seminare finden morgen statt?', kind: 'list', titles: [T.excel] },
  { q: 'Was gibt es nächste Woche vormittags?', kind: 'list', titles: [T.infosec, T.english] },
  {
    q: 'Which seminars are there next week in the afternoon?',
    locale: 'en',
    kind: 'list',
    titles: [T.gesundheit, T.ki],
  },
  {
    q: 'Welche Seminare finden in den nächsten zwei Wochen statt?',
    kind: 'list',
    titles: [T.excel, T.datenschutz, T.infosec, T.english, T.gesundheit, T.ki],
  },
  {
    q: "What's on next month?",
    locale: 'en',
    kind: 'list',
    titles: [T.ersteHilfe, T.teams, T.brandschutz, T.word, T.deeskalation],
  },
  {
    q: 'Was wird im Mai angeboten?',
    kind: 'list',
    titles: [T.haushalt, T.vergabe, T.sprache, T.baurecht, T.eakte],
  },
  {
    q: 'Welche Präsenzseminare gibt es im Juni?',
    kind: 'list',
    titles: [T.standesamt, T.azubis, T.fuehrung, T.konflikte],
  },
  { q: 'Welche Seminare werden hybrid angeboten?', kind: 'list', ...only(T.datenschutz, T.ki) },
  {
    q: 'Which online seminars are free of charge?',
    locale: 'en',
    kind: 'list',
    ...only(T.infosec, T.gesundheit, T.teams, T.ozg),
  },
  { q: 'Was findet in Rödental statt?', kind: 'list', ...only(T.ersteHilfe, T.deeskalation) },
  { q: 'Welche Kurse gibt Frau Höhn?', kind: 'list', ...only(T.excel, T.word) },
  {
    q: 'Was bietet die Kommunale Unfallversicherung Bayern an?',
    kind: 'list',
    ...only(T.gesundheit, T.ersteHilfe, T.brandschutz, T.deeskalation),
  },
  { q: 'Gibt es Seminare, die mehrere Tage dauern?', kind: 'list', titles: [T.fuehrung] },
  { q: 'Are there any seminars held in English?', locale: 'en', kind: 'list', titles: [T.english] },
  {
    q: 'Welche Seminare im Juni haben noch freie Plätze?',
    kind: 'list',
    titles: [T.ozg, T.standesamt, T.azubis, T.fuehrung, T.konflikte],
  },
  // --- gone, drafts never shown, no match, greeting, thanks, registrations, no context ------------------------------
  { q: 'Wann findet das Seminar „Social Media im Rathaus“ statt?', kind: 'gone', gone: T.socialMedia },
  { q: 'How much is the Ladungssicherung course for Bauhof staff?', locale: 'en', kind: 'gone', gone: T.ladung },
  { q: 'Wann war die Schulung zum Winterdienst?', kind: 'gone', gone: T.winterdienst, says: ['Di., 08.02.2028'] },
  { q: 'Wann findet das Seminar „Fördermittel erfolgreich beantragen“ statt?', kind: 'none' },
  { q: 'Haben Sie eine Schulung zu SAP?', kind: 'none' },
  { q: 'Do you offer a forklift driving course?', locale: 'en', kind: 'none' },
  { q: 'Hello! How can you help me?', locale: 'en', kind: 'help' },
  { q: 'Vielen Dank, das hat mir sehr geholfen!', kind: 'thanks' },
  { q: 'Could you please show me my registrations?', locale: 'en', kind: 'myRegistrations' },
  { q: 'Was kostet das?', kind: 'noContext' },
];

heldoutSuite(
  'answering questions about a hundred-and-fifty-third, independent catalogue (Landkreis Coburg, BVS, AKDB, KUVB)',
  {
    fixture: 'heldout153-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
