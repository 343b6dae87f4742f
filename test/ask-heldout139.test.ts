// Over-fitting check, hundred-and-thirty-ninth catalogue: the spring 2027 programme of the Landkreis Ostallgäu (Bavaria)
// with the Bayerische Verwaltungsschule (BVS), the Personalentwicklung of the Landratsamt Ostallgäu, the AKDB (Anstalt für
// Kommunale Datenverarbeitung in Bayern), the Kommunale Unfallversicherung Bayern (KUVB) and the Volkshochschule Füssen,
// for the county and its towns and municipalities (Marktoberdorf, Füssen, Buchloe, Obergünzburg, Schwangau, Pfronten,
// Seeg), imported from a JSON file. Seminars take place in the Landratsamt in Marktoberdorf, the town halls of
// Marktoberdorf, Füssen, Buchloe, Obergünzburg, Schwangau and Seeg, the Feuerwehrhaus Seeg, the Haus des Gastes
// Pfronten, the Bauhof Buchloe, online or hybrid. Several titles do not name their subject ("Wenn das Postfach
// überläuft" is e-mail in Outlook, "Wenn jede Minute zählt" first aid, "Nicht jede Mail ist, was sie scheint" phishing /
// information security, "Mehr Zeit für das Wesentliche" time management, "Damit es jeder versteht" plain language,
// "Hinter dem Tresen sicher" de-escalation, "Fünf Minuten, die gut tun" exercise breaks against back pain, "Plötzlich
// vorne stehen" leadership for new managers, "Wenn der Asphalt glüht" heat and UV protection for outdoor work), so only
// summary, description or topics reveal it; one seminar is held in English; the leadership course runs on two days;
// the cash-office course is open only to Schwangau, Pfronten and Seeg; first aid, de-escalation and several others are
// free. Questions are complete, polite sentences, mostly German, some English, a few typos, written without looking at
// the parser or the answers. Same assertions as the other suites: exactly the expected seminars (best first where one
// is clearly best), the asked fact in the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Tuesday 16 March 2027, 09:15 in Marktoberdorf, winter time; Easter Sunday 28.03.2027 is also
// the day summer time begins; Good Friday 26.03. and Easter Monday 29.03. are holidays without seminars):
//   today:      Tue 16.03. 14:00–16:00 Outlook (online, VHS)
//   this week:  Wed 17.03. 09:00–12:00 data protection (Landratsamt, tomorrow), Thu 18.03. 13:00–16:00 Excel for
//               beginners (online), Fri 19.03. 08:30–15:30 first aid (Feuerwehrhaus Seeg, 15 seats)
//   next week:  Mon 22.03. 08:30–12:30 administrative procedure (Landratsamt; deadline passed Mon 08.03. 23:59),
//   (Holy Week) Tue 23.03. 13:30–16:30 e-invoicing (online, AKDB), Wed 24.03. 09:00–12:30 English at the front desk
//               (Rathaus Füssen; deadline Fri 19.03. 12:00), Thu 25.03. 13:30–15:00 phishing (online, AKDB)
//   week after next (after Easter, CEST): Tue 30.03. 09:00–12:00 time management (online), Thu 01.04. 09:00–16:00 plain
//               language (Rathaus Buchloe)
//   April:      Thu 01. plain language, Wed 14. OK.EWO (Rathaus Marktoberdorf), Tue 20. de-escalation (Rathaus
//               Obergünzburg, free), Fri 23. 13:00–14:30 exercise breaks (online, free); the cancelled social-media
//               course on Thu 22.04.
//   May:        Tue 04./Wed 05. leadership (Haus des Gastes Pfronten; deadline Fri 16.04. 23:59), Wed 12. VOB/A
//               procurement (hybrid, Landratsamt), Tue 18. cash office (Rathaus Schwangau, only Schwangau/Pfronten/Seeg),
//               Wed 19. 13:30–16:00 Microsoft Teams (online); the cancelled tree-inspection course on Tue 11.05.
//   June:       Tue 08. Excel advanced (online), Thu 17. council meetings (Rathaus Seeg, 6 seats), Wed 23. 13:00–16:00
//               accessible documents (hybrid, Landratsamt); the draft wedding course on Wed 16.06.
//   July:       Tue 06. 07:30–11:30 heat protection (Bauhof Buchloe; no deadline given, so it is the start); the draft
//               funding course on Tue 13.07.
//   past:       Wed 03.03.2027 winter road service (Landratsamt), Tue 09.03.2027 petty cash (online).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-03-16T08:15:00Z'); // Tuesday, 16 March 2027, 09:15 in Marktoberdorf (CET)
const TZ = 'Europe/Berlin';

const T = {
  outlook: 'Wenn das Postfach überläuft', // Tue 16.03. 14:00–16:00 (today), online, VHS Füssen, Wörle, 35 €, e-mail in Outlook
  datenschutz: 'Auskunft ja, aber richtig: Datenschutz im Verwaltungsalltag', // Wed 17.03. 09:00–12:00, Landratsamt, PE, Hörmann, free
  excel1: 'Excel von Anfang an: Tabellen, Formeln, Diagramme', // Thu 18.03. 13:00–16:00, online, VHS, Wörle, 39 €
  ersteHilfe: 'Wenn jede Minute zählt', // Fri 19.03. 08:30–15:30, Feuerwehrhaus Seeg, KUVB, Kögel, first aid, free (KUVB pays), 15 seats
  verfahren: 'Vom Antrag zum Bescheid: Verwaltungsverfahrensrecht für die Praxis', // Mon 22.03. 08:30–12:30, Landratsamt, BVS, Dr. Scheitle, 210 €, deadline passed Mon 08.03. 23:59
  erechnung: 'E-Rechnung im Griff: Rechnungseingang mit OK.FIS', // Tue 23.03. 13:30–16:30, online, AKDB, Zettler, 120 €
  english: 'Welcoming Guests from Abroad: English at the Front Desk', // Wed 24.03. 09:00–12:30, Rathaus Füssen, VHS, Donovan, English, 90 €, 14 seats, deadline Fri 19.03. 12:00
  phishing: 'Nicht jede Mail ist, was sie scheint', // Thu 25.03. 13:30–15:00, online, AKDB, Mayr, information security, free
  zeit: 'Mehr Zeit für das Wesentliche', // Tue 30.03. 09:00–12:00 (CEST), online, PE, Kößler, time management, free
  sprache: 'Damit es jeder versteht', // Thu 01.04. 09:00–16:00, Rathaus Buchloe, BVS, Baur, plain language, 180 €
  ewo: 'Meldewesen kompakt: OK.EWO für Einsteigerinnen und Einsteiger', // Wed 14.04. 09:00–16:00, Rathaus Marktoberdorf, AKDB, Zettler, 160 €
  tresen: 'Hinter dem Tresen sicher', // Tue 20.04. 09:00–15:00, Rathaus Obergünzburg, KUVB, Rietzler, de-escalation, free, 12 seats
  ruecken: 'Fünf Minuten, die gut tun', // Fri 23.04. 13:00–14:30, online, KUVB, Stich, exercise breaks / back, free
  fuehrung: 'Plötzlich vorne stehen', // Tue 04.05. and Wed 05.05. 09:00–16:30, Haus des Gastes Pfronten, BVS, Dr. Epple, 420 €, new managers, deadline Fri 16.04. 23:59
  vergabe: 'Vergabe von Bauleistungen nach VOB/A', // Wed 12.05. 09:00–16:00, hybrid (Landratsamt), BVS, Lutzenberger, 230 €
  kasse: 'Neues Finanzverfahren in der Gemeindekasse', // Tue 18.05. 09:00–12:00, Rathaus Schwangau, AKDB, only Schwangau/Pfronten/Seeg, free
  teams: 'Besprechen, teilen, gemeinsam bearbeiten: Microsoft Teams im Arbeitsalltag', // Wed 19.05. 13:30–16:00, online, VHS, Guggemos, 45 €
  excel2: 'Auswerten mit Pivot-Tabellen: Excel für Fortgeschrittene', // Tue 08.06. 09:00–12:00, online, VHS, Wörle, 49 €
  sitzung: 'Von der Ladung bis zur Niederschrift: Sitzungsdienst im Gemeinderat', // Thu 17.06. 09:00–16:00, Rathaus Seeg, BVS, Baur, 190 €, 6 seats
  barrierefrei: 'Barrierefreie Dokumente: Word und PDF für alle lesbar', // Wed 23.06. 13:00–16:00, hybrid (Landratsamt), PE, Heiß, free
  hitze: 'Wenn der Asphalt glüht', // Tue 06.07. 07:30–11:30, Bauhof der Stadt Buchloe, KUVB, Gschwend, heat/UV protection, free, deadline = start
  social: 'Instagram und Co.: Social Media für Gemeinden', // cancelled (Thu 22.04.2027)
  baum: 'Baumkontrolle an Straßen, Wegen und Spielplätzen', // cancelled (Tue 11.05.2027)
  trauung: 'Feierlich und rechtssicher: Eheschließungen im Standesamt', // draft (Wed 16.06.)
  foerder: 'Fördermittel finden und beantragen: EU-, Bundes- und Landesprogramme für Gemeinden', // draft (Tue 13.07.)
  winter: 'Räum- und Streupflicht: Winterdienst sicher organisieren', // past (Wed 3 March 2027)
  barkasse: 'Bargeld sicher verwahren: Barkassen und Zahlstellen', // past (Tue 9 March 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.social, T.baum, T.trauung, T.foerder, T.winter, T.barkasse];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  {
    q: 'Was kostet das Seminar zum Verwaltungsverfahrensrecht?',
    kind: 'facts',
    titles: [T.verfahren],
    says: ['kostet 210 €'],
  },
  {
    q: 'Was kostet die Ausbildung zum Ersthelfer in Seeg?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangskosten übernimmt die KUVB für ihre Mitgliedsverwaltungen.'],
  },
  {
    q: 'How much does the English course for the front desk cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['costs €90'],
  },
  // --- facts: when, start time, duration -------------------------------------------------------------------------------
  {
    q: 'Wann findet die Schulung zur E-Rechnung statt?',
    kind: 'facts',
    titles: [T.erechnung],
    says: ['am Di., 23.03.2027 von 13:30 bis 16:30 Uhr'],
  },
  {
    q: 'When does the training for new team leaders take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['on 2 days', 'Tue, 4 May 2027 and Wed, 5 May 2027', 'each from 09:00 to 16:30'],
  },
  {
    q: 'Um wieviel Uhr fängt das Vergaberecht-Seminar an?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['beginnt am Mi., 12.05.2027 um 09:00 Uhr'],
  },
  {
    q: 'Wie lange dauert die Schulung mit den bewegten Pausen?',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['dauert 1,5 Stunden, von 13:00 bis 14:30 Uhr'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  {
    q: 'Wo findet das Seminar zum Sitzungsdienst statt?',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['im Rathaus Seeg'],
  },
  {
    q: 'Findet das Datenschutzsemniar online oder vor Ort statt?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: [/in Präsenz statt|findet im Landratsamt Ostallgäu/],
  },
  {
    q: 'Is the course on accessible documents online or in person?',
    locale: 'en',
    kind: 'facts',
    titles: [T.barrierefrei],
    says: [/is hybrid|or online/],
  },
  {
    q: 'Wer leitet den Kurs zu bürgernaher Sprache?',
    kind: 'facts',
    titles: [T.sprache],
    says: ['leitet Frau Ulrike Baur'],
  },
  {
    q: 'Bis wann kann ich mich zum Verwaltungsverfahrensrecht anmelden?',
    kind: 'facts',
    titles: [T.verfahren],
    says: ['am Mo., 08.03.2027, 23:59 Uhr abgelaufen'],
  },
  {
    q: 'What is the registraton deadline for the front desk English course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['until Fri, 19 Mar 2027, 12:00'],
  },
  {
    q: 'Bis wann muss ich mich für den Hitzeschutz im Außendienst anmelden?',
    kind: 'facts',
    titles: [T.hitze],
    says: ['bis Di., 06.07.2027, 07:30 Uhr'],
  },
  {
    q: 'Sind beim Sitzungsdienst noch Plätze frei?',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['noch 6 von 6 Plätzen frei'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  {
    conv: 'postfach',
    q: 'Gibt es einen Kurs, der mir hilft, mein überfülltes Outlook-Postfach in den Griff zu bekommen?',
    kind: 'list',
    titles: [T.outlook],
  },
  {
    conv: 'postfach',
    q: 'Wann ist der?',
    kind: 'facts',
    titles: [T.outlook],
    says: ['am Di., 16.03.2027 von 14:00 bis 16:00 Uhr'],
  },
  { conv: 'postfach', q: 'Und was kostet das?', kind: 'facts', titles: [T.outlook], says: ['kostet 35 €'] },
  {
    conv: 'notfall',
    q: 'Is there a first aid course coming up soon?',
    locale: 'en',
    kind: 'list',
    titles: [T.ersteHilfe],
  },
  {
    conv: 'notfall',
    q: 'Where is it held?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['at Feuerwehrhaus Seeg'],
  },
  {
    conv: 'notfall',
    q: 'Are there still seats available?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['has 15 of 15 seats left'],
  },
  {
    conv: 'leitung',
    q: 'Ich übernehme bald eine Teamleitung. Gibt es dafür eine Fortbildung?',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'leitung',
    q: 'Wie lange dauert die?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['dauert 2 Tage, jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    conv: 'leitung',
    q: 'Bis wann muss ich mich anmelden?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['bis Fr., 16.04.2027, 23:59 Uhr'],
  },
  // --- topic searches: words only in summary or description, synonyms, English ----------------------------------------
  { q: 'Ich suche etwas zum Thema Zeitmanagement.', kind: 'list', titles: [T.zeit] },
  { q: 'Is there any training on cyber security?', locale: 'en', kind: 'list', titles: [T.phishing] },
  {
    q: 'Wie gehe ich mit aggressiven Bürgern am Schalter um? Gibt es dazu ein Seminar?',
    kind: 'list',
    titles: [T.tresen],
  },
  { q: 'Gibt es einen Kurs, in dem man Wiederbelebung übt?', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'Ich muss im Gemeinderat Protokoll führen. Gibt es dafür eine Schulung?', kind: 'list', titles: [T.sitzung] },
  { q: 'Do you have anything on making PDFs accessible?', locale: 'en', kind: 'list', titles: [T.barrierefrei] },
  {
    q: 'Ich habe Rückenschmerzen vom vielen Sitzen. Gibt es da etwas?',
    kind: 'list',
    titles: [T.ruecken],
  },
  { q: 'Gibt es ein Seminar gegen Behördendeutsch in Briefen?', kind: 'list', titles: [T.sprache] },
  { q: 'Are there any courses about e-invoicing?', locale: 'en', kind: 'list', titles: [T.erechnung] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, length, cost, language, seats ---------
  { q: 'Was findet heute noch statt?', kind: 'list', titles: [T.outlook] },
  { q: 'Is there any training tomorrow?', locale: 'en', kind: 'list', titles: [T.datenschutz] },
  {
    q: 'Welche Seminare gibt es diese Woche?',
    kind: 'list',
    titles: [T.outlook, T.datenschutz, T.excel1, T.ersteHilfe],
  },
  { q: 'Was ist nächste woche vormitags?', kind: 'list', titles: [T.verfahren, T.english] },
  {
    q: "What's on next week in the afternoon?",
    locale: 'en',
    kind: 'list',
    titles: [T.erechnung, T.phishing],
  },
  { q: 'Was ist übernächste Woche los?', kind: 'list', titles: [T.zeit, T.sprache] },
  { q: 'Is there anything on in two weeks?', locale: 'en', kind: 'list', titles: [T.zeit, T.sprache] },
  { q: 'Gibt es am Montag eine Fortbildung?', kind: 'list', titles: [T.verfahren] },
  { q: 'Which courses are on a Friday?', locale: 'en', kind: 'list', titles: [T.ersteHilfe, T.ruecken] },
  {
    q: "What's on next month?",
    locale: 'en',
    kind: 'list',
    titles: [T.sprache, T.ewo, T.tresen, T.ruecken],
  },
  { q: 'Welche kostenlosen Seminare gibt es im April?', kind: 'list', titles: [T.tresen, T.ruecken] },
  { q: 'Was gibt es im Mai?', kind: 'list', titles: [T.fuehrung, T.vergabe, T.kasse, T.teams] },
  {
    q: 'Welche Online-Kurse gibt es noch vor Ostern?',
    kind: 'list',
    titles: [T.outlook, T.excel1, T.erechnung, T.phishing],
  },
  { q: 'Gibt es nach Ostern noch einen Exel-Kurs?', kind: 'list', titles: [T.excel2] },
  { q: 'Was gibt es in Buchloe?', kind: 'list', ...only(T.sprache, T.hitze) },
  { q: 'Welche Kurse gibt Frau Wörle?', kind: 'list', ...only(T.outlook, T.excel1, T.excel2) },
  {
    q: 'Was bietet die Kommunale Unfallversicherung an?',
    kind: 'list',
    ...only(T.ersteHilfe, T.tresen, T.ruecken, T.hitze),
  },
  {
    q: 'Which courses does the AKDB offer?',
    locale: 'en',
    kind: 'list',
    ...only(T.erechnung, T.phishing, T.ewo, T.kasse),
  },
  { q: 'Gibt es Schulungen speziell für Bauhofmitarbeiter?', kind: 'list', titles: [T.hitze] },
  { q: 'Gibt es mehrtägige Seminare?', kind: 'list', titles: [T.fuehrung] },
  { q: 'Are there any courses held in English?', locale: 'en', kind: 'list', titles: [T.english] },
  {
    q: 'Welche Seminare im Juni haben noch freie Plätze?',
    kind: 'list',
    titles: [T.excel2, T.sitzung, T.barrierefrei],
  },
  // --- gone, drafts never shown, no match, greeting --------------------------------------------------------------------
  { q: 'Wann ist der Kurs zu Social Media für Gemeinden?', kind: 'gone', gone: T.social },
  { q: 'Is the Baumkontrolle course still taking place?', locale: 'en', kind: 'gone', gone: T.baum },
  { q: 'Wann war das Seminar zum Winterdienst?', kind: 'gone', gone: T.winter, says: ['Mi., 03.03.2027'] },
  {
    q: 'When was the seminar about Barkassen and Zahlstellen?',
    locale: 'en',
    kind: 'gone',
    gone: T.barkasse,
    says: ['Tue, 9 Mar 2027'],
  },
  { q: 'Gibt es eine Fortbilung für Trauungen im Standesamt?', kind: 'none' },
  { q: 'Is there a course on applying for Fördermittel?', locale: 'en', kind: 'none' },
  { q: 'Ich suche eine Schulung zur Kfz-Zulassung.', kind: 'none' },
  { q: 'Grüß Gott! Was können Sie denn alles?', kind: 'help' },
  { q: 'Hello, what can you do for me?', locale: 'en', kind: 'help' },
];

heldoutSuite(
  'answering questions about a hundred-and-thirty-ninth, independent catalogue (Landkreis Ostallgäu, BVS, AKDB, KUVB)',
  {
    fixture: 'heldout139-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
