// Over-fitting check, forty-eighth catalogue: the 2027 programme of the personnel development department of the
// Landratsamt Ostalbkreis (Aalen, Baden-Württemberg) for its own staff and the staff of the district's towns and
// municipalities (Aalen, Schwäbisch Gmünd, Ellwangen, Hüttlingen, Essingen), imported from a JSON file. Places: the
// Landratsamt in Aalen, the Kulturzentrum Prediger in Schwäbisch Gmünd, the Rathaus Ellwangen, and online; providers:
// the Personalentwicklung, Komm.ONE, the Verwaltungsschule des Gemeindetags, the Führungsakademie, the AOK, the
// Volkshochschule Aalen (one course held in English), the DRK and the Feuerwehr Ellwangen. Two pairs of look-alike
// titles ("Outlook Grundlagen" / "Outlook für Fortgeschrittene", "Führen in Teilzeit" / "Führen auf Distanz") must be
// told apart. A large share of the questions are follow-ups in short conversations, with pronouns and ellipsis, one of
// them switching to another seminar half-way. Questions are written the way employees ask, without looking at the
// parser or the answers. Same assertions as the other suites: exactly the expected seminars (best first where one is
// clearly best), the asked fact in the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Wednesday 16 June 2027, 13:00 in Aalen, summer time CEST = UTC+2 until Sun 31.10.2027):
//   past:       Thu 22.04. Einführungstag (Landratsamt), Tue 08.06. Excel (online)
//   today:      Wed 16.06. 13:30–16:00 eyes at the screen (online) — still ahead
//   this week:  Thu 17.06. 08:30–12:00 Outlook basics (online, tomorrow morning); nothing on Fri 18.06.
//   next week:  Mon 21.06. 09:00–12:30 data protection (hybrid), Tue 22.06. 13:00–16:00 back (Schwäbisch Gmünd),
//               Wed 23.06. 09:00–12:00 Outlook advanced (online), Thu 24.06. 13:30–16:30 Microsoft Teams (online)
//   then:       Tue 29.06. writing (Ellwangen, deadline Fri 18.06.); Thu 01.07. first aid (deadline passed Tue 15.06.)
//   July:       Tue 06.07.+Wed 07.07.+Tue 27.07. new managers; Thu 08.07. AI (hybrid); Tue 13.07. information security;
//               Wed 14.07. fire safety (Ellwangen); Tue 20.07. administrative law; Thu 22.07. stress (online)
//   summer holidays (no sessions in August); September: Tue 14.+Wed 15.09. project work (Schwäbisch Gmünd), English on
//   Thu 16., 23., 30.09. (online), Tue 21.09. moderation, Wed 29.09. e-file; (cancelled: Vergaberecht Thu 23.09.)
//   October: Tue 05.10. feedback talks (Ellwangen), Thu 14.10. customer service (Schwäbisch Gmünd), Wed 20.+Thu 21.10.
//   leading part-time (Aalen); (cancelled: Rhetorik Tue 12.10.); November (CET = UTC+1): Tue 09.11. leading at a
//   distance (online); drafts in November and December.
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-06-16T11:00:00Z'); // Wednesday, 16 June 2027, 13:00 in Aalen (CEST)
const TZ = 'Europe/Berlin';

const T = {
  augen: 'Gesunde Augen am Bildschirm', // Wed 16.06.2027 13:30–16:00 (today), online, AOK, free, 30 seats, Frau Dr. Sabine Hornung
  outlookG: 'Outlook Grundlagen: E-Mails, Kalender und Kontakte', // Thu 17.06. 08:30–12:00, online, Komm.ONE, free, 20 seats
  datenschutz: 'Datenschutz im Verwaltungsalltag: DSGVO und LDSG praxisnah', // Mon 21.06. 09:00–12:30, hybrid (Landratsamt Aalen), free
  ruecken: 'Rückenfit im Büro: Bewegte Pausen und ergonomisches Sitzen', // Tue 22.06. 13:00–16:00, Prediger Schwäbisch Gmünd, 25 € (note)
  outlookF: 'Outlook für Fortgeschrittene: Regeln, Suchordner und geteilte Postfächer', // Wed 23.06. 09:00–12:00, online, 60 €
  teams: 'Zusammenarbeiten in Microsoft Teams', // Thu 24.06. 13:30–16:30, online, Komm.ONE, free
  schreiben: 'Verständlich schreiben: Bürgernahe Briefe und Bescheide', // Tue 29.06. 09:00–16:00, Rathaus Ellwangen, 190 €, deadline Fri 18.06. 23:59
  ersteHilfe: 'Erste Hilfe im Betrieb: Ausbildung für Ersthelferinnen und Ersthelfer', // Thu 01.07. 08:30–16:30, Landratsamt, DRK, free (note)
  fuehrungNeu: 'Neu als Führungskraft: Der Start in die Leitungsrolle', // Tue 06.07. + Wed 07.07. 09:00–16:00, Tue 27.07. 13:00–17:00, 650 €
  ki: 'Künstliche Intelligenz im Büro: Chancen, Grenzen, Regeln', // Thu 08.07. 13:00–16:00, hybrid (Landratsamt), free
  infosec: 'Informationssicherheit am Arbeitsplatz: Phishing, Passwörter und sichere Geräte', // Tue 13.07. 09:00–11:30, online, free, 50 seats
  brandschutz: 'Brandschutzhelferinnen und Brandschutzhelfer: Ausbildung nach ASR A2.2', // Wed 14.07. 08:30–12:30, Rathaus Ellwangen, free
  verwaltungsrecht: 'Grundlagen des Verwaltungsrechts: Vom Antrag zum Bescheid', // Tue 20.07. 09:00–16:00, Landratsamt, 210 €
  stress: 'Gelassen bleiben: Stress erkennen und abbauen', // Thu 22.07. 13:00–16:30, online, AOK, free, 25 seats
  projekt: 'Projektarbeit in der Verwaltung: Planen, steuern, abschließen', // Tue 14.09. + Wed 15.09. 09:00–16:00, Prediger, 380 €, deadline Tue 31.08.
  english: 'English for the Office: Phone Calls and E-mails with Confidence', // Thu 16., 23., 30.09. 14:00–16:00, online, VHS, English, Ms Rachel Thompson
  moderation: 'Besprechungen und Workshops moderieren', // Tue 21.09. 09:00–16:00, Landratsamt, 240 €
  eakte: 'Die E-Akte im Landratsamt: Ablegen, Suchen, Mitzeichnen', // Wed 29.09. 09:00–12:30, Landratsamt, free, only Landratsamt staff
  feedback: 'Mitarbeitergespräche und Feedback: Gespräche wirksam führen', // Tue 05.10. 13:00–17:00, Rathaus Ellwangen, 260 €, Frau Prof. Dr. Katrin Weller
  kundenservice: 'Service mit Herz und Verstand: Kundenorientierung im Bürgerbüro', // Thu 14.10. 09:00–16:00, Prediger, 180 €
  teilzeit: 'Führen in Teilzeit: Teilzeitkräfte führen und selbst in Teilzeit leiten', // Wed 20.10. 09:00–16:00, Thu 21.10. 09:00–12:30, Landratsamt, 420 €
  distanz: 'Führen auf Distanz: Mitarbeitende im Homeoffice führen', // Tue 09.11. 09:00–12:00 (CET), online, 150 €
  barrierefrei: 'Barrierefreie Dokumente erstellen', // draft
  social: 'Social Media für Gemeinden: Instagram und Co.', // draft
  vergabe: 'Vergaberecht für Einsteiger: Beschaffung unterhalb der Schwellenwerte', // cancelled (was Thu 23.09.)
  rhetorik: 'Rhetorik: Sicher und überzeugend sprechen', // cancelled (was Tue 12.10.)
  einfuehrung: 'Willkommen im Landratsamt: Einführungstag für neue Beschäftigte', // past (Thu 22 April 2027)
  excel: 'Excel kompakt: Tabellen, Formeln und Diagramme', // past (Tue 8 June 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.barrierefrei, T.social, T.vergabe, T.rhetorik, T.einfuehrung, T.excel];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- conversations: a topic question, then follow-ups with pronouns and ellipsis --------------------------------------
  { conv: 'ruecken', q: 'Gibt es was gegen Rückenschmerzen?', kind: 'list', titles: [T.ruecken] },
  {
    conv: 'ruecken',
    q: 'Was kostet der?',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['kostet 25 €'],
    mentions: ['Den Eigenanteil erstattet das Betriebliche Gesundheitsmanagement auf Antrag.'],
  },
  {
    conv: 'ruecken',
    q: 'Wo ist das?',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['im Kulturzentrum Prediger, Johannisplatz 3, Schwäbisch Gmünd'],
  },

  { conv: 'outlook', q: 'Ich suche eine Outlook-Schulung für Einsteiger.', kind: 'list', titles: [T.outlookG] },
  {
    conv: 'outlook',
    q: 'Wann ist die?',
    kind: 'facts',
    titles: [T.outlookG],
    says: ['am Do., 17.06.2027 von 08:30 bis 12:00 Uhr'],
  },
  {
    conv: 'outlook',
    q: 'Und der für Fortgeschrittene?',
    kind: 'facts',
    titles: [T.outlookF],
    says: ['am Mi., 23.06.2027 von 09:00 bis 12:00 Uhr'],
  },
  {
    conv: 'outlook',
    q: 'Und das zu Teams?',
    kind: 'facts',
    titles: [T.teams],
    says: ['am Do., 24.06.2027 von 13:30 bis 16:30 Uhr'],
  },

  { conv: 'outlook-en', q: 'Is there an Outlook course?', locale: 'en', kind: 'list', ...only(T.outlookG, T.outlookF) },
  {
    conv: 'outlook-en',
    q: 'When is the advanced one?',
    locale: 'en',
    kind: 'facts',
    titles: [T.outlookF],
    says: ['takes place on Wed, 23 Jun 2027 from 09:00 to 12:00'],
  },
  { conv: 'outlook-en', q: 'How much is it?', locale: 'en', kind: 'facts', titles: [T.outlookF], says: ['costs €60'] },

  {
    conv: 'ersthelfer',
    q: 'Ich soll Ersthelferin werden – gibt es dafür eine Ausbildung?',
    kind: 'list',
    titles: [T.ersteHilfe],
  },
  {
    conv: 'ersthelfer',
    q: 'Wie lange geht die?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['dauert 8 Stunden, von 08:30 bis 16:30 Uhr'],
  },
  {
    conv: 'ersthelfer',
    q: 'Muss ich dafür etwas bezahlen?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse Baden-Württemberg.'],
  },

  {
    conv: 'fuehrung',
    q: 'Ich bin seit Kurzem Sachgebietsleiterin – gibt es eine Schulung für den Einstieg in die Führungsrolle?',
    kind: 'list',
    titles: [T.fuehrungNeu],
  },
  {
    conv: 'fuehrung',
    q: 'Wann findet die statt?',
    kind: 'facts',
    titles: [T.fuehrungNeu],
    says: [
      'an 3 Terminen',
      'Di., 06.07.2027, 09:00–16:00 Uhr; Mi., 07.07.2027, 09:00–16:00 Uhr; Di., 27.07.2027, 13:00–17:00 Uhr',
    ],
  },
  { conv: 'fuehrung', q: 'Und gibt es auch etwas zum Führen im Homeoffice?', kind: 'list', titles: [T.distanz] },
  { conv: 'fuehrung', q: 'Was kostet das?', kind: 'facts', titles: [T.distanz], says: ['kostet 150 €'] },

  {
    conv: 'stress',
    q: 'Ich bin ständig im Stress – gibt es etwas zur Stressbewältigung?',
    kind: 'list',
    titles: [T.stress],
  },
  { conv: 'stress', q: 'Ist das online?', kind: 'facts', titles: [T.stress], says: ['findet online statt'] },
  {
    conv: 'stress',
    q: "Gibt's da noch Plätze?",
    kind: 'facts',
    titles: [T.stress],
    says: ['noch 25 von 25 Plätzen frei'],
  },

  { conv: 'english', q: 'Is there a course to brush up my English?', locale: 'en', kind: 'list', titles: [T.english] },
  {
    conv: 'english',
    q: 'When is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['on 3 days', /Thu, 16 Sept? 2027, Thu, 23 Sept? 2027 and Thu, 30 Sept? 2027/, 'each from 14:00 to 16:00'],
  },
  {
    conv: 'english',
    q: 'Who teaches it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['is led by Ms Rachel Thompson'],
  },

  { conv: 'projekt', q: 'Gibt es eine Schulung zum Projektmanagement?', kind: 'list', titles: [T.projekt] },
  {
    conv: 'projekt',
    q: 'Wie lange dauert die?',
    kind: 'facts',
    titles: [T.projekt],
    says: ['dauert 2 Tage, jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'projekt',
    q: 'Bis wann muss ich mich anmelden?',
    kind: 'facts',
    titles: [T.projekt],
    says: ['bis Di., 31.08.2027, 23:59 Uhr'],
  },

  // --- facts: cost, when, start time, duration, where, format, trainer, deadline, seats -------------------------------
  {
    q: 'Was kostet das Seminar zum Verwaltungsrecht?',
    kind: 'facts',
    titles: [T.verwaltungsrecht],
    says: ['kostet 210 €'],
  },
  {
    q: 'How much is the course on writing citizen-friendly letters?',
    locale: 'en',
    kind: 'facts',
    titles: [T.schreiben],
    says: ['costs €190'],
  },
  {
    q: 'Wann ist die Brandschutzhelfer-Ausbildung?',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['am Mi., 14.07.2027 von 08:30 bis 12:30 Uhr'],
  },
  {
    q: 'Wann ist „Führen in Teilzeit“?',
    kind: 'facts',
    titles: [T.teilzeit],
    says: ['an 2 Terminen', 'Mi., 20.10.2027, 09:00–16:00 Uhr; Do., 21.10.2027, 09:00–12:30 Uhr'],
  },
  {
    q: 'Um wie viel Uhr beginnt das Seminar zur E-Akte?',
    kind: 'facts',
    titles: [T.eakte],
    says: ['beginnt am Mi., 29.09.2027 um 09:00 Uhr'],
  },
  {
    q: 'What time does the AI seminar start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['starts on Thu, 8 Jul 2027 at 13:00'],
  },
  {
    q: 'Wie lange dauert der Kurs zur Augengesundheit am Bildschirm?',
    kind: 'facts',
    titles: [T.augen],
    says: ['dauert 2,5 Stunden, von 13:30 bis 16:00 Uhr'],
  },
  {
    q: 'Wo findet die Moderationsschulung statt?',
    kind: 'facts',
    titles: [T.moderation],
    says: ['im Landratsamt Ostalbkreis, Stuttgarter Straße 41, Aalen'],
  },
  {
    q: 'Findet das Datenschutz-Seminar vor Ort statt?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: [/im Landratsamt Ostalbkreis, Stuttgarter Straße 41, Aalen,? oder online/],
  },
  {
    q: 'Who leads the seminar on feedback talks?',
    locale: 'en',
    kind: 'facts',
    titles: [T.feedback],
    says: ['is led by Frau Prof. Dr. Katrin Weller'],
  },
  {
    q: 'Bis wann kann ich mich für „Verständlich schreiben“ anmelden?',
    kind: 'facts',
    titles: [T.schreiben],
    says: ['bis Fr., 18.06.2027, 23:59 Uhr'],
  },
  {
    q: 'Are there still seats in the information security training?',
    locale: 'en',
    kind: 'facts',
    titles: [T.infosec],
    says: ['has 50 of 50 seats left'],
  },

  // --- topic searches: colloquial wording, words only the summary or description has ----------------------------------
  { q: 'Gibt es etwas gegen trockene Augen bei der Bildschirmarbeit?', kind: 'list', titles: [T.augen] },
  { q: 'Ich bekomme ständig Phishing-Mails – gibt es dazu eine Schulung?', kind: 'list', titles: [T.infosec] },
  { q: 'Gibt es eine Schulung zu ChatGPT?', kind: 'list', titles: [T.ki] },
  { q: 'Wie schreibe ich Bescheide so, dass die Leute sie verstehen?', kind: 'list', first: T.schreiben },
  { q: 'Wie gehe ich mit schwierigen Bürgern am Telefon um?', kind: 'list', first: T.kundenservice },
  { q: 'Wie moderiere ich einen Workshop?', kind: 'list', titles: [T.moderation] },
  { q: 'Is there a course on the electronic file?', locale: 'en', kind: 'list', titles: [T.eakte] },

  // --- typos -----------------------------------------------------------------------------------------------------------
  { q: 'Outlok Grundlagen', kind: 'list', titles: [T.outlookG] },
  { q: 'Brandschuz Ausbildung', kind: 'list', titles: [T.brandschutz] },

  // --- filters: dates, time of day, format, place, audience, cost, length ----------------------------------------------
  { q: 'Was läuft heute noch?', kind: 'list', titles: [T.augen] },
  { q: 'Anything next week in the morning?', locale: 'en', kind: 'list', titles: [T.datenschutz, T.outlookF] },
  {
    q: 'Was gibt es im Juli?',
    kind: 'list',
    titles: [T.ersteHilfe, T.fuehrungNeu, T.ki, T.infosec, T.brandschutz, T.verwaltungsrecht, T.stress],
  },
  { q: 'Welche Seminare kann man hybrid besuchen?', kind: 'list', ...only(T.datenschutz, T.ki) },
  { q: 'Welche Seminare finden in Ellwangen statt?', kind: 'list', ...only(T.schreiben, T.brandschutz, T.feedback) },
  {
    q: 'Welche Seminare gibt es für Führungskräfte?',
    kind: 'list',
    ...only(T.fuehrungNeu, T.feedback, T.teilzeit, T.distanz),
  },
  {
    q: 'Welche kostenlosen Seminare gibt es im Juli?',
    kind: 'list',
    titles: [T.ersteHilfe, T.ki, T.infosec, T.brandschutz, T.stress],
  },
  { q: 'Welche Seminare im Juli gehen über mehrere Tage?', kind: 'list', titles: [T.fuehrungNeu] },

  // --- gone, no match, greeting ----------------------------------------------------------------------------------------
  { q: 'Was kostet das Vergaberecht-Seminar?', kind: 'gone', gone: T.vergabe },
  { q: 'Is the rhetoric seminar still taking place?', locale: 'en', kind: 'gone', gone: T.rhetorik },
  {
    q: 'Wann war der Einführungstag für neue Beschäftigte?',
    kind: 'gone',
    gone: T.einfuehrung,
    says: ['Do., 22.04.2027'],
  },
  { q: 'When was the Excel course?', locale: 'en', kind: 'gone', gone: T.excel, says: ['Tue, 8 Jun 2027'] },
  { q: 'Gibt es einen Lehrgang zur Baumkontrolle?', kind: 'none' },
  { q: 'Gibt es einen Kurs zu Social Media?', kind: 'none' },
  { q: 'Is there a Spanish course?', locale: 'en', kind: 'none' },
  { q: 'Grüß Gott!', kind: 'help' },
  { q: 'Hello!', locale: 'en', kind: 'help' },
];

heldoutSuite(
  'answering questions about a forty-eighth, independent catalogue (Landratsamt Ostalbkreis, conversations)',
  {
    fixture: 'heldout48-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
