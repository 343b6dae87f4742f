// Over-fitting check, fifty-ninth catalogue: the 2027/28 programme of the Landkreis Barnim (Brandenburg) with the
// Brandenburgische Kommunalakademie (BKA), the ZIT-BB-Schulungszentrum and the Kreisvolkshochschule, for the county and
// its municipalities (Eberswalde, Bernau bei Berlin, Panketal, Wandlitz, Ahrensfelde, Schorfheide, Amt Joachimsthal
// (Schorfheide), Werneuchen), held in the Paul-Wunderlich-Haus in Eberswalde, in the Rathaus Bernau, online or hybrid,
// imported from a JSON file. Brochure-style titles whose subject is often only in the summary or description; two pairs
// of similar seminars (Excel basics / Excel advanced, Teams basics / Teams for team leads) that the question must tell
// apart; a four-day Digitallotsen qualification for member municipalities only, half paid by the state; one seminar held
// in English; one course whose two sessions lie either side of the end of summer time. Mostly fact questions and
// follow-ups, each fact asked in other words, about a fifth in English. Written without looking at the parser or the
// answers. Same assertions as the other suites: exactly the expected seminars (best first where one is clearly best),
// the asked fact in the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Thursday 21 October 2027, 15:00 in Eberswalde, still summer time; it ends Sun 31.10.2027):
//   this week:  nothing more today; Fri 22.10. 09:00–12:00 Teams basics (tomorrow, online, free)
//   next week:  Mon 25.10. 09:00–11:00 information security (online, free); Tue 26.10. 13:00–16:00 AI (hybrid Bernau, 50 €);
//               Wed 27.10. 09:00–11:30 mobile work (online, free); Thu 28.10. 09:00–12:00 CEST e-invoicing, 1st of 2
//   November:   Wed 03.11. 13:00–15:30 OZG (online); Thu 04.11. 09:00–12:00 CET e-invoicing, 2nd of 2; Mon 08.11. Excel
//               basics; Tue 09.11. minutes; (Wed 10.11. fibre, cancelled); Mon 15.11.+Tue 16.11. leadership (deadline
//               passed 15.10.); Wed 17.11. 13:00–16:30 Teams for team leads; Thu 18.11. 13:00–16:00 English;
//               Tue 23.11., Wed 24.11., Tue 07.12., Wed 08.12. Digitallotsen; Thu 25.11. de-escalation; Tue 30.11. Excel advanced
//   December:   Thu 02.12. Doppik (deadline Fri 19.11. 23:59); (Tue 14.12. PowerPoint, cancelled)
//   January:    Wed 12.01.2028 resilience (online, free); Wed 19.01. climate funding (hybrid, deadline Fri 07.01. 12:00);
//               Tue 25.01. 10:00–12:30 social media (online)
//   February:   Thu 03.02. archive (Eberswalde, free); Wed 09.02. 09:00–14:00 TVöD (online); Tue 15.02.+Wed 16.02. land-use planning
//   drafts in March 2028 (drones, e-learning); past: Wed 15.09.2027 Tag der Verwaltungsdigitalisierung, Tue 12.10.2027 mobility.
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-10-21T13:00:00Z'); // Thursday, 21 October 2027, 15:00 in Eberswalde (CEST)
const TZ = 'Europe/Berlin';

const T = {
  teamsBasics: 'Gemeinsam statt einsam: Microsoft Teams im Arbeitsalltag', // Fri 22.10.2027 09:00–12:00, online, ZIT-BB, free, 30 seats, Ritter
  infosec: 'Nicht jeder Klick ist harmlos: Informationssicherheit im Büro', // Mon 25.10. 09:00–11:00, online, ZIT-BB, free, phishing
  ki: 'Frag doch die Maschine: Künstliche Intelligenz sinnvoll nutzen', // Tue 26.10. 13:00–16:00, hybrid (Rathaus Bernau), ZIT-BB, 50 €
  homeoffice: 'Zuhause gut aufgestellt: Mobiles Arbeiten sicher und gesund', // Wed 27.10. 09:00–11:30, online, free, Jana Schulz
  erechnung: 'Schluss mit Papier: Die E-Rechnung in der Kommune', // Thu 28.10. (CEST) and Thu 04.11. (CET) 09:00–12:00, online, ZIT-BB, free
  ozg: 'Amt ohne Wartemarke: Onlinedienste nach dem OZG einführen', // Wed 03.11. 13:00–15:30, online, free
  excelBasics: 'Zahlen im Griff: Excel-Grundlagen für die Verwaltung', // Mon 08.11. 09:00–15:30, Rathaus Bernau, ZIT-BB, 95 €, Pohl
  protokoll: 'Kurz und bündig: Protokolle und Niederschriften für Gremien', // Tue 09.11. 09:00–15:00, Paul-Wunderlich-Haus, BKA, 160 €
  fuehrung: 'Plötzlich Chefin oder Chef: Der Einstieg in die Führungsrolle', // Mon 15.11.+Tue 16.11. 09:00–16:00, PWH, BKA, 520 €, deadline 15.10. passed
  teamsLeads: 'Führen auf Distanz: Teams für Teamleitungen', // Wed 17.11. 13:00–16:30, hybrid (PWH), ZIT-BB, 120 €, for team leads
  english: 'Welcome to Barnim: English at the Service Desk', // Thu 18.11. 13:00–16:00, online, KVHS, English, 60 €, Ms Fiona Walsh
  digitallotsen: 'Lotsen an Bord: Qualifizierung zur Digitallotsin und zum Digitallotsen', // 4 days 23.11.–08.12. 09:00–16:00, PWH, BKA, 600 € (half paid by the state), deadline Fri 05.11. 23:59
  deeskalation: "Ruhig bleiben, wenn's laut wird: Deeskalation im Bürgerkontakt", // Thu 25.11. 09:00–16:00, Rathaus Bernau, free (Unfallkasse)
  excelAdvanced: 'Mehr aus Tabellen machen: Excel für Fortgeschrittene', // Tue 30.11. 09:00–16:00, PWH, ZIT-BB, 145 €, 12 seats, Pohl
  doppik: 'Doppik verstehen: Das kommunale Haushaltsrecht kompakt', // Thu 02.12. 09:00–16:00, Rathaus Bernau, BKA, 280 €, deadline Fri 19.11. 23:59
  resilienz: 'Kraft tanken statt ausbrennen: Resilienz im Arbeitsalltag', // Wed 12.01.2028 09:00–12:00, online, free, Jana Schulz
  klima: 'Geld für gutes Klima: Fördermittel für kommunale Klimaschutzprojekte', // Wed 19.01.2028 09:00–13:00, hybrid (PWH), BKA, 90 €, deadline Fri 07.01. 12:00
  social: 'Posten mit Plan: Social Media für Gemeinden', // Tue 25.01.2028 10:00–12:30, online, KVHS, 75 €
  archiv: 'Was bleibt, was geht: Schriftgut aussondern und archivieren', // Thu 03.02.2028 09:00–12:00, PWH, free
  tvoed: 'Durchblick im Tarifdschungel: Der TVöD in der Personalsachbearbeitung', // Wed 09.02.2028 09:00–14:00, online, BKA, 190 €
  bauleit: 'Vom Acker zum Baugebiet: Bauleitplanung kompakt', // Tue 15.02.+Wed 16.02.2028 09:00–16:00, Rathaus Bernau, BKA, 240 €
  drohnen: 'Von oben betrachtet: Drohnen in der Kommunalverwaltung', // draft
  elearning: 'Lernen im eigenen Tempo: E-Learning-Kurse selbst gestalten', // draft
  glasfaser: 'Glasfaser für alle: Den Breitbandausbau begleiten', // cancelled
  powerpoint: 'Folien, die wirken: Präsentieren mit PowerPoint', // cancelled
  digitag: 'Tag der Verwaltungsdigitalisierung Barnim 2027', // past (Wed 15 September 2027)
  mobilitaet: 'Mit dem Rad zur Arbeit: Betriebliches Mobilitätsmanagement', // past (Tue 12 October 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.drohnen, T.elearning, T.glasfaser, T.powerpoint, T.digitag, T.mobilitaet];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  { q: 'Was muss ich für den Doppik-Kurs zahlen?', kind: 'facts', titles: [T.doppik], says: ['kostet 280 €'] },
  {
    q: 'Ist die Schulung zur Informationssicherheit gratis?',
    kind: 'facts',
    titles: [T.infosec],
    says: ['ist kostenlos'],
  },
  {
    q: 'Was verlangt ihr für das Deeskalationstraining?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['ist kostenlos'],
    mentions: ['Die Kosten trägt die Unfallkasse Brandenburg.'],
  },
  {
    q: 'How much is the Excel course for beginners?',
    locale: 'en',
    kind: 'facts',
    titles: [T.excelBasics],
    says: ['costs €95'],
  },
  // --- facts: when, start time, duration -------------------------------------------------------------------------------
  {
    q: 'Wann ist der Teams-Kurs für Teamleitungen?',
    kind: 'facts',
    titles: [T.teamsLeads],
    says: ['am Mi., 17.11.2027 von 13:00 bis 16:30 Uhr'],
  },
  // The two sessions lie either side of the end of summer time: both at 09:00 local time.
  {
    q: 'Wann findet die Schulung zur E-Rechnung statt?',
    kind: 'facts',
    titles: [T.erechnung],
    says: ['an 2 Tagen', 'Do., 28.10.2027 und Do., 04.11.2027', 'jeweils von 09:00 bis 12:00 Uhr'],
  },
  {
    q: 'When is the Digitallotsen qualification?',
    locale: 'en',
    kind: 'facts',
    titles: [T.digitallotsen],
    says: [
      'on 4 days',
      'Tue, 23 Nov 2027, Wed, 24 Nov 2027, Tue, 7 Dec 2027 and Wed, 8 Dec 2027',
      'each from 09:00 to 16:00',
    ],
  },
  {
    q: "Um wieviel Uhr geht's los beim Protokoll-Seminar?",
    kind: 'facts',
    titles: [T.protokoll],
    says: ['beginnt am Di., 09.11.2027 um 09:00 Uhr'],
  },
  { q: 'Bis wann läuft das TVöD-Seminar?', kind: 'facts', titles: [T.tvoed], says: ['bis 14:00 Uhr'] },
  {
    q: 'How long is the Bauleitplanung seminar?',
    locale: 'en',
    kind: 'facts',
    titles: [T.bauleit],
    says: ['lasts 2 days, each from 09:00 to 16:00'],
  },
  // --- facts: where, format ----------------------------------------------------------------------------------------------
  {
    q: 'Wo muss ich für den Deeskalationskurs hin?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['im Rathaus Bernau, Marktplatz 2, Bernau bei Berlin'],
  },
  { q: 'Ist das KI-Seminar im Netz oder vor Ort?', kind: 'facts', titles: [T.ki], says: ['oder online'] },
  {
    q: 'Kann ich beim Teams-Kurs für Teamleitungen auch von zu Hause aus mitmachen?',
    kind: 'facts',
    titles: [T.teamsLeads],
    says: ['oder online'],
  },
  // --- facts: trainer, deadline, seats ---------------------------------------------------------------------------------
  {
    q: 'Wer ist die Referentin beim Resilienz-Seminar?',
    kind: 'facts',
    titles: [T.resilienz],
    says: ['leitet Frau Jana Schulz'],
  },
  {
    q: 'Who teaches the English course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['is led by Ms Fiona Walsh'],
  },
  {
    q: 'Bis wann muss ich mich spätestens für den Doppik-Kurs melden?',
    kind: 'facts',
    titles: [T.doppik],
    says: ['bis Fr., 19.11.2027, 23:59 Uhr anmelden'],
  },
  {
    q: "What's the registration deadline for the Klimaschutz funding seminar?",
    locale: 'en',
    kind: 'facts',
    titles: [T.klima],
    says: ['until Fri, 7 Jan 2028, 12:00'],
  },
  {
    q: 'Ist beim Excel-Kurs für Fortgeschrittene noch was frei?',
    kind: 'facts',
    titles: [T.excelAdvanced],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  {
    conv: 'lotse',
    q: 'Ich soll in unserer Gemeinde Digitallotsin werden – gibt es dafür eine Ausbildung?',
    kind: 'list',
    titles: [T.digitallotsen],
  },
  {
    conv: 'lotse',
    q: 'Was kostet das?',
    kind: 'facts',
    titles: [T.digitallotsen],
    says: ['kostet 600 €'],
    mentions: ['Die Hälfte der Gebühr übernimmt das Land Brandenburg.'],
  },
  {
    conv: 'lotse',
    q: 'Wie viele Tage sind das?',
    kind: 'facts',
    titles: [T.digitallotsen],
    says: ['dauert 4 Tage, jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'lotse',
    q: 'Bis wann muss ich mich anmelden?',
    kind: 'facts',
    titles: [T.digitallotsen],
    says: ['bis Fr., 05.11.2027, 23:59 Uhr anmelden'],
  },
  {
    conv: 'pivot',
    q: 'Ich kann Excel schon ganz gut und will jetzt Pivot-Tabellen lernen.',
    kind: 'list',
    titles: [T.excelAdvanced],
  },
  {
    conv: 'pivot',
    q: 'Wann ist der?',
    kind: 'facts',
    titles: [T.excelAdvanced],
    says: ['am Di., 30.11.2027 von 09:00 bis 16:00 Uhr'],
  },
  { conv: 'pivot', q: 'Und wer macht den?', kind: 'facts', titles: [T.excelAdvanced], says: ['leitet Herr Sven Pohl'] },
  {
    conv: 'teams',
    q: "Is there a beginners' course on Microsoft Teams?",
    locale: 'en',
    kind: 'list',
    first: T.teamsBasics,
  },
  {
    conv: 'teams',
    q: 'When is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.teamsBasics],
    says: ['takes place on Fri, 22 Oct 2027 from 09:00 to 12:00'],
  },
  {
    conv: 'teams',
    q: 'Is it free?',
    locale: 'en',
    kind: 'facts',
    titles: [T.teamsBasics],
    says: ['is free of charge'],
  },
  {
    conv: 'teams',
    q: 'Are there any seats left?',
    locale: 'en',
    kind: 'facts',
    titles: [T.teamsBasics],
    says: ['has 30 of 30 seats left'],
  },
  { conv: 'ki', q: 'Gibt es was zu KI?', kind: 'list', titles: [T.ki] },
  { conv: 'ki', q: 'Was muss ich dafür zahlen?', kind: 'facts', titles: [T.ki], says: ['kostet 50 €'] },
  {
    conv: 'ki',
    q: 'Um wie viel Uhr beginnt das?',
    kind: 'facts',
    titles: [T.ki],
    says: ['beginnt am Di., 26.10.2027 um 13:00 Uhr'],
  },
  {
    conv: 'chef',
    q: 'Ich leite ab Januar zum ersten Mal ein Team – welche Fortbildung hilft mir beim Einstieg?',
    kind: 'list',
    first: T.fuehrung,
  },
  {
    conv: 'chef',
    q: 'Kann ich mich da noch anmelden?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['ist am Fr., 15.10.2027, 23:59 Uhr abgelaufen'],
  },
  {
    conv: 'chef',
    q: 'Wie lange geht das?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['dauert 2 Tage, jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'akten',
    q: 'Unser Keller ist voller alter Akten – gibt es eine Schulung, was wir davon wegwerfen dürfen?',
    kind: 'list',
    titles: [T.archiv],
  },
  {
    conv: 'akten',
    q: 'Wo muss ich da hin?',
    kind: 'facts',
    titles: [T.archiv],
    says: ['im Paul-Wunderlich-Haus, Am Markt 1, Eberswalde'],
  },
  {
    conv: 'akten',
    q: 'Wie viele Stunden sind das?',
    kind: 'facts',
    titles: [T.archiv],
    says: ['dauert 3 Stunden, von 09:00 bis 12:00 Uhr'],
  },
  // --- topic searches: words only the description has, synonyms, compounds, abbreviations, similar seminars -------------
  { q: 'Wie erkenne ich Phishing-Mails?', kind: 'list', titles: [T.infosec] },
  { q: 'Gibt es was zum Thema Homeoffice?', kind: 'list', titles: [T.homeoffice] },
  {
    q: 'Ich muss Sitzungsprotokolle für die Gemeindevertretung schreiben – gibt es da eine Schulung?',
    kind: 'list',
    titles: [T.protokoll],
  },
  { q: 'Gibt es eine Schulung zum TVöD?', kind: 'list', titles: [T.tvoed] },
  { q: 'Welche Excel-Kurse gibt es?', kind: 'list', ...only(T.excelBasics, T.excelAdvanced) },
  // --- typos -----------------------------------------------------------------------------------------------------------
  { q: 'Exel Grundlagen', kind: 'list', titles: [T.excelBasics] },
  { q: 'Informationssicherhiet Schulung', kind: 'list', titles: [T.infosec] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, cost, length, language, free seats -------
  { q: "What's on tomorrow?", locale: 'en', kind: 'list', titles: [T.teamsBasics] },
  { q: 'Was ist nächste Woche los?', kind: 'list', titles: [T.infosec, T.ki, T.homeoffice, T.erechnung] },
  { q: 'Was gibt es im November nachmittags?', kind: 'list', titles: [T.ozg, T.teamsLeads, T.english] },
  { q: 'Welche Seminare sind hybrid?', kind: 'list', ...only(T.ki, T.teamsLeads, T.klima) },
  {
    q: 'Was findet im Rathaus Bernau statt?',
    kind: 'list',
    ...only(T.ki, T.excelBasics, T.deeskalation, T.doppik, T.bauleit),
  },
  { q: 'Welche Kurse gibt Herr Pohl?', kind: 'list', ...only(T.excelBasics, T.excelAdvanced) },
  { q: 'Was bietet die Kommunalakademie im Februar an?', kind: 'list', titles: [T.tvoed, T.bauleit] },
  {
    q: 'Welche Seminare macht das ZIT-BB?',
    kind: 'list',
    ...only(T.teamsBasics, T.infosec, T.ki, T.erechnung, T.excelBasics, T.teamsLeads, T.excelAdvanced),
  },
  { q: 'Welche Seminare gibt es für Führungskräfte?', kind: 'list', ...only(T.fuehrung, T.teamsLeads) },
  {
    q: 'Welche kostenlosen Seminare gibt es nächste Woche?',
    kind: 'list',
    titles: [T.infosec, T.homeoffice, T.erechnung],
  },
  { q: 'Gibt es im Februar mehrtägige Seminare?', kind: 'list', titles: [T.bauleit] },
  { q: 'Which seminars are held in English?', locale: 'en', kind: 'list', titles: [T.english] },
  { q: 'Welche Seminare im Januar haben noch freie Plätze?', kind: 'list', titles: [T.resilienz, T.klima, T.social] },
  // --- gone, drafts, no match, greeting ---------------------------------------------------------------------------------
  { q: 'Wann war der Tag der Verwaltungsdigitalisierung?', kind: 'gone', gone: T.digitag, says: ['Mi., 15.09.2027'] },
  { q: 'Was kostet der PowerPoint-Kurs?', kind: 'gone', gone: T.powerpoint },
  { q: 'When is the Glasfaser seminar?', locale: 'en', kind: 'gone', gone: T.glasfaser },
  { q: 'Gibt es einen Kurs zu Drohnen?', kind: 'none' },
  { q: 'Is there a sign language course?', locale: 'en', kind: 'none' },
  { q: 'Hallo!', kind: 'help' },
];

heldoutSuite('answering questions about a fifty-ninth, independent catalogue (Landkreis Barnim, BKA and ZIT-BB)', {
  fixture: 'heldout59-catalogue.json',
  now,
  timeZone: TZ,
  cases: CASES,
  titles: all,
  never: NEVER,
});
