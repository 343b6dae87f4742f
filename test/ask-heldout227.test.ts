// Over-fitting check, two-hundred-and-twenty-seventh catalogue: the 2027 programme of the Landkreis Rastatt (Baden-
// Württemberg) and its towns (Rastatt, Gaggenau, Gernsbach, Bühl, Rheinmünster, Durmersheim), with the Verwaltungsschule
// des Gemeindetags Baden-Württemberg, Komm.ONE, the Volkshochschule Rastatt (VHS), the Unfallkasse Baden-Württemberg
// (UKBW) and the Landratsamt's Personalentwicklung, imported from a JSON file. Seminars take place in the Landratsamt
// Rastatt, the town halls of Rastatt, Gaggenau, Gernsbach, Bühl, Rheinmünster and Durmersheim, the Bürgerhaus Neuer
// Markt in Bühl, the VHS-Haus Gaggenau, online or hybrid. Several titles do not name their subject ("Das Schloss an der
// Tür" is IT security and passwords, "Kraftquellen im Arbeitsalltag" resilience and stress, "Wenn Worte zu Waffen
// werden" de-escalation, "Alles an einem Ort" Microsoft Teams, "Die Maschine schreibt mit" generative AI, "Gut gesessen
// ist halb gewonnen" ergonomics, "Der Aktenschrank zieht um" the e-file, "Schreiben, das ankommt" plain language, "Der
// Antrag kommt digital" the OZG, "Miteinander statt gegeneinander" conflict management), so only summary, description
// or topics reveal it; one seminar is held in English; the leadership course runs on two days (Thu 06.05./Fri 07.05.);
// the e-file course is open only to Durmersheim and Rheinmünster; first aid is free, paid by the Unfallkasse.
// Questions are short chat queries, lower case, with typos and abbreviations, about a fifth in English, many of them
// asking facts of a seminar named by part of its title, written without looking at the parser or the answers.
//
// Calendar around `now` (Tuesday 2 March 2027, 10:00 in Rastatt, winter time; summer time begins Sun 28.03.2027):
//   this week:  nothing more today; Wed 03.03. 09:00–12:00 IT security (online, tomorrow), Thu 04.03. 13:30–16:00 data
//               protection (hybrid, Landratsamt)
//   next week:  Mon 08.03. 09:00–12:00 Outlook (online), Wed 10.03. 14:00–16:30 resilience (online), Thu 11.03.
//               09:00–12:30 English (Landratsamt; deadline passed Fri 26.02. 23:59); nothing on Fri 12.03.
//   March:      the cancelled social-media course (Wed 17.03.), Thu 18.03. Kommunalabgaben (Rathaus Gaggenau), Tue 23.03.
//               procurement (Bürgerhaus Bühl; deadline Fri 12.03. 12:00), Thu 25.03. first aid (Rathaus Durmersheim,
//               08:30–16:30)
//   April:      Tue 13. de-escalation (Rathaus Gernsbach, free, 14 seats), Thu 15. Teams (online, free, 10:00–11:30),
//               Wed 21. Excel (online, 79 €), Tue 27. AI (hybrid, Rathaus Rastatt, free, 13:00–16:00); the cancelled
//               chainsaw course on Tue 20.04.
//   May:        Tue 04. cemetery administration (Rathaus Rheinmünster), Thu 06./Fri 07. leadership (Landratsamt), Wed 12.
//               ergonomics (online, 14:00–15:30), Tue 18. e-file (Durmersheim, members only), Wed 19. plain language
//               (VHS-Haus Gaggenau), Tue 25. council meetings (Rathaus Bühl; deadline Fri 07.05. 23:59)
//   June:       Tue 01. Scrum/Kanban (hybrid, Landratsamt), Wed 09. OZG (online, free, 13:00–16:00), Tue 15. Eingliederungs-
//               hilfe (Landratsamt), Thu 17. conflicts (Rathaus Gernsbach, for managers); the draft Turkish course on
//               Mon 14.06.; the draft flood-protection course on Thu 08.07.
//   past:       Tue 26.01.2027 Grundsteuer (online), Thu 11.02.2027 Arbeitszeugnisse (Landratsamt).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-03-02T09:00:00Z'); // Tuesday, 2 March 2027, 10:00 in Rastatt (CET)
const TZ = 'Europe/Berlin';

const T = {
  schloss: 'Das Schloss an der Tür', // Wed 03.03. 09:00–12:00, online, Komm.ONE, Vogel, IT security / passwords / 2FA, free
  datenschutz: 'Datenschutz in der Sachbearbeitung: DSGVO kompakt', // Thu 04.03. 13:30–16:00, hybrid (Landratsamt), PE, Kern, free
  outlook: 'Outlook im Griff: E-Mails, Kalender und Aufgaben', // Mon 08.03. 09:00–12:00, online, VHS, Maier, 65 €
  kraft: 'Kraftquellen im Arbeitsalltag', // Wed 10.03. 14:00–16:30, online, UKBW, Lehmann, resilience / stress, free
  english: 'Can I Help You? English at the Immigration Office', // Thu 11.03. 09:00–12:30, Landratsamt, VHS, Collins, 90 €, English, deadline passed Fri 26.02. 23:59
  abgaben: 'Kommunalabgaben: Gebühren und Beiträge rechtssicher kalkulieren', // Thu 18.03. 09:00–16:00, Rathaus Gaggenau, VWS, Dr. Reiter, 240 €
  vergabe: 'Öffentliche Aufträge rechtssicher vergeben', // Tue 23.03. 09:00–16:00, Bürgerhaus Neuer Markt Bühl, VWS, Beck, 260 €, 18 seats, deadline Fri 12.03. 12:00, UVgO
  ersteHilfe: 'Erste Hilfe am Arbeitsplatz: Ausbildung für Ersthelfende', // Thu 25.03. 08:30–16:30, Rathaus Durmersheim, UKBW, Huber, free (Unfallkasse pays)
  deeskalation: 'Wenn Worte zu Waffen werden', // Tue 13.04. 09:00–15:00, Rathaus Gernsbach, UKBW, Lehmann, free, 14 seats
  teams: 'Alles an einem Ort', // Thu 15.04. 10:00–11:30, online, Komm.ONE, Schubert, Microsoft Teams, free
  excel: 'Excel für Einsteiger: Tabellen, Formeln und Diagramme', // Wed 21.04. 09:00–12:00, online, VHS, Maier, 79 € (Dienststelle pays)
  ki: 'Die Maschine schreibt mit', // Tue 27.04. 13:00–16:00, hybrid (Rathaus Rastatt), Komm.ONE, Vogel, generative AI / ChatGPT, free
  friedhof: 'Friedhofsverwaltung: Satzung, Gebühren und Nutzungsrechte', // Tue 04.05. 09:00–16:00, Rathaus Rheinmünster, VWS, Beck, 190 €
  fuehrung: 'Neu in der Führungsrolle: Grundlagenseminar für Führungskräfte', // Thu 06.05. and Fri 07.05. 09:00–16:30, Landratsamt, VWS, Dr. Fuchs, 520 €
  ergonomie: 'Gut gesessen ist halb gewonnen', // Wed 12.05. 14:00–15:30, online, UKBW, Huber, ergonomics, free
  eakte: 'Der Aktenschrank zieht um', // Tue 18.05. 09:00–12:00, Rathaus Durmersheim, Komm.ONE, Schubert, e-file, only Durmersheim/Rheinmünster, free
  sprache: 'Schreiben, das ankommt', // Wed 19.05. 09:00–16:00, VHS-Haus Gaggenau, VHS, Roth, 145 €, plain language
  sitzung: 'Sitzungsdienst für Gemeinderat und Ausschüsse', // Tue 25.05. 09:00–16:00, Rathaus Bühl, VWS, Dr. Reiter, 180 €, deadline Fri 07.05. 23:59
  agile: 'Agil im Amt: Scrum und Kanban für Verwaltungsprojekte', // Tue 01.06. 09:00–16:00, hybrid (Landratsamt), VWS, Brenner, 230 €, 20 seats
  ozg: 'Der Antrag kommt digital', // Wed 09.06. 13:00–16:00, online, Komm.ONE, Vogel, OZG, free
  eingliederung: 'Eingliederungshilfe nach dem SGB IX', // Tue 15.06. 09:00–16:00, Landratsamt, VWS, Dr. Reiter, 210 €, BTHG
  konflikte: 'Miteinander statt gegeneinander', // Thu 17.06. 09:00–16:00, Rathaus Gernsbach, VWS, Dr. Fuchs, 210 €, for managers
  tuerkisch: 'Türkisch für den Bürgerservice: Grundkurs', // draft (Mon 14.06.)
  hochwasser: 'Hochwasserschutz an der Murg: Alarm- und Einsatzplanung', // draft (Thu 08.07.)
  social: 'Social Media im Rathaus: Instagram und Facebook für Kommunen', // cancelled (Wed 17.03.2027)
  motorsaege: 'Sicher mit der Motorsäge: Grundkurs für Bauhofbeschäftigte', // cancelled (Tue 20.04.2027)
  grundsteuer: 'Grundsteuerreform: Die neuen Messbescheide in der Praxis', // past (Tue 26 January 2027)
  zeugnisse: 'Arbeitszeugnisse richtig schreiben und lesen', // past (Thu 11 February 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.tuerkisch, T.hochwasser, T.social, T.motorsaege, T.grundsteuer, T.zeugnisse];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'schloss', q: 'was gibts zu it-sicherheit', kind: 'list', titles: [T.schloss] },
  {
    conv: 'schloss',
    q: 'wann genau',
    kind: 'facts',
    titles: [T.schloss],
    says: ['am Mi., 03.03.2027 von 09:00 bis 12:00 Uhr'],
  },
  { conv: 'schloss', q: 'kostet das was', kind: 'facts', titles: [T.schloss], says: ['ist kostenlos'] },
  { conv: 'kraft', q: 'hab nur noch stress, gibts da was', kind: 'list', titles: [T.kraft] },
  { conv: 'kraft', q: 'online oder vor ort?', kind: 'facts', titles: [T.kraft], says: ['findet online statt'] },
  { conv: 'kraft', q: 'wer macht das', kind: 'facts', titles: [T.kraft], says: ['leitet Frau Sandra Lehmann'] },
  { conv: 'worte', q: 'umgang mit agressiven bürgern', kind: 'list', titles: [T.deeskalation] },
  { conv: 'worte', q: 'wo ist das', kind: 'facts', titles: [T.deeskalation], says: ['im Rathaus Gernsbach'] },
  {
    conv: 'worte',
    q: 'wie viele plätze sind noch frei',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['noch 14 von 14 Plätzen frei'],
  },
  { conv: 'ki', q: 'any course on chatgpt?', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    conv: 'ki',
    q: 'is it online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: [/at Rathaus Rastatt.* or online/],
  },
  {
    conv: 'ki',
    q: 'when does it start',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['starts on Tue, 27 Apr 2027 at 13:00'],
  },
  { conv: 'fuehrung', q: 'mitarbeitergespräche führen', kind: 'list', titles: [T.fuehrung] },
  {
    conv: 'fuehrung',
    q: 'wann?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 06.05.2027 und Fr., 07.05.2027', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  { conv: 'fuehrung', q: 'preis?', kind: 'facts', titles: [T.fuehrung], says: ['kostet 520 €'] },
  { conv: 'vergabe', q: 'uvgo schulung', kind: 'list', titles: [T.vergabe] },
  {
    conv: 'vergabe',
    q: 'bis wann kann man sich anmelden',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Fr., 12.03.2027, 12:00 Uhr'],
  },
  {
    conv: 'vergabe',
    q: 'wo findet der statt',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['im Bürgerhaus Neuer Markt'],
  },
  { conv: 'english', q: 'is there a course in english', locale: 'en', kind: 'list', titles: [T.english] },
  {
    conv: 'english',
    q: 'registration deadline?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 26 Feb 2027, 23:59'],
  },
  { conv: 'ozg', q: 'anything on the onlinezugangsgesetz', locale: 'en', kind: 'list', titles: [T.ozg] },
  {
    conv: 'ozg',
    q: 'how long does it take',
    locale: 'en',
    kind: 'facts',
    titles: [T.ozg],
    says: ['lasts 3 hours, from 13:00 to 16:00'],
  },
  { conv: 'eakte', q: 'e-akte einführung', kind: 'list', titles: [T.eakte] },
  {
    conv: 'eakte',
    q: 'wann ist das',
    kind: 'facts',
    titles: [T.eakte],
    says: ['am Di., 18.05.2027 von 09:00 bis 12:00 Uhr'],
  },
  // --- facts of a seminar named by part of its title --------------------------------------------------------------------
  {
    q: 'was kostet der excel kurs',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 79 €'],
    mentions: ['Die Gebühr trägt die entsendende Dienststelle.'],
  },
  {
    q: 'wann is der exel kurs',
    kind: 'facts',
    titles: [T.excel],
    says: ['am Mi., 21.04.2027 von 09:00 bis 12:00 Uhr'],
  },
  {
    q: 'erste hilfe kurs kosten',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse Baden-Württemberg.'],
  },
  { q: 'wo ist der friedhofs kurs', kind: 'facts', titles: [T.friedhof], says: ['im Rathaus Rheinmünster'] },
  {
    q: 'um wieviel uhr beginnt sitzungsdienst',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['beginnt am Di., 25.05.2027 um 09:00 Uhr'],
  },
  {
    q: 'anmeldeschluss sitzungsdienst',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['bis Fr., 07.05.2027, 23:59 Uhr'],
  },
  {
    q: 'where is the data protection seminar',
    locale: 'en',
    kind: 'facts',
    titles: [T.datenschutz],
    says: [/at Landratsamt Rastatt.* or online/],
  },
  { q: 'how much is the scrum workshop', locale: 'en', kind: 'facts', titles: [T.agile], says: ['costs €230'] },
  {
    q: 'who teaches eingliederungshilfe',
    locale: 'en',
    kind: 'facts',
    titles: [T.eingliederung],
    says: ['is led by Herr Dr. Thomas Reiter'],
  },
  {
    q: 'ist agil im amt präsenz oder online',
    kind: 'facts',
    titles: [T.agile],
    says: [/im Landratsamt Rastatt.* oder online/],
  },
  {
    q: 'wann ist schreiben das ankommt',
    kind: 'facts',
    titles: [T.sprache],
    says: ['am Mi., 19.05.2027 von 09:00 bis 16:00 Uhr'],
  },
  {
    miss: 'the partial title "alles an einem ort" is read as a place question, not the seminar’s name',
    q: 'wer leitet alles an einem ort',
    kind: 'facts',
    titles: [T.teams],
    says: ['leitet Herr Jan Schubert'],
  },
  {
    q: 'wie lang dauert gut gesessen',
    kind: 'facts',
    titles: [T.ergonomie],
    says: ['dauert 1,5 Stunden, von 14:00 bis 15:30 Uhr'],
  },
  // --- topic searches: typos, words only in summary or description, abbreviations -------------------------------------
  { q: 'oulook', kind: 'list', titles: [T.outlook] },
  { q: 'wiederbelebung', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'bundesteilhabegesetz', kind: 'list', titles: [T.eingliederung] },
  { q: 'konfliktmanagment', kind: 'list', titles: [T.konflikte] },
  { q: 'zwei faktor authentifizierung', kind: 'list', titles: [T.schloss] },
  { q: 'kurs zu ms teams', kind: 'list', titles: [T.teams] },
  // --- filters: dates, time of day, format, place, trainer, provider, length, cost ------------------------------------
  { q: 'was ist morgen', kind: 'list', titles: [T.schloss] },
  { q: 'nächste woche vormittags', kind: 'list', titles: [T.outlook, T.english] },
  { q: 'anything next week in the afternoon', locale: 'en', kind: 'list', titles: [T.kraft] },
  { q: 'in den nächsten 2 wochen vormittags', kind: 'list', titles: [T.schloss, T.outlook, T.english] },
  {
    q: "what's on next month",
    locale: 'en',
    kind: 'list',
    titles: [T.deeskalation, T.teams, T.excel, T.ki],
  },
  { q: 'kostenlose seminare im april', kind: 'list', titles: [T.deeskalation, T.teams, T.ki] },
  { q: 'free courses in june', locale: 'en', kind: 'list', titles: [T.ozg] },
  { q: 'seminare in bühl', kind: 'list', ...only(T.vergabe, T.sitzung) },
  { q: 'kurse von dr reiter', kind: 'list', ...only(T.abgaben, T.sitzung, T.eingliederung) },
  { q: 'angebote der vhs', kind: 'list', ...only(T.outlook, T.english, T.excel, T.sprache) },
  { q: 'hybride seminare', kind: 'list', ...only(T.datenschutz, T.ki, T.agile) },
  { q: 'mehrtägige kurse', kind: 'list', titles: [T.fuehrung] },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'social media kurs', kind: 'gone', gone: T.social },
  { q: 'motorsäge kurs wann', kind: 'gone', gone: T.motorsaege },
  { q: 'grundsteuer seminar wann war das', kind: 'gone', gone: T.grundsteuer, says: ['Di., 26.01.2027'] },
  { q: 'arbeitszeugnisse', kind: 'gone', gone: T.zeugnisse, says: ['Do., 11.02.2027'] },
  { q: 'türkischkurs', kind: 'none' },
  { q: 'hochwasserschutz', kind: 'none' },
  { q: 'hallo', kind: 'help' },
  { q: 'hey, what can you do?', locale: 'en', kind: 'help' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-twenty-seventh, independent catalogue (Landkreis Rastatt, Verwaltungsschule BW, Komm.ONE, UKBW)',
  {
    fixture: 'heldout227-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
