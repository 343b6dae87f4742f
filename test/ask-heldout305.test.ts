// Over-fitting check, three-hundred-and-fifth catalogue: the 2029 programme for the Landkreis Hof (Bavaria) and its towns
// and municipalities (the Landratsamt in Hof, Naila, Münchberg, Rehau, Schwarzenbach a.d.Saale, Helmbrechts and the
// Verwaltungsgemeinschaft Sparneck with Sparneck, Weißdorf and Zell im Fichtelgebirge), with the Bayerische
// Verwaltungsschule (BVS), the Kommunale Unfallversicherung Bayern (KUVB), the AKDB, the Landratsamt's
// Personalentwicklung and Sachgebiet Wahlen and the VHS Hofer Land, imported from a JSON file. Seminars take place in
// the Landratsamt Hof, the Volkshochschule Hofer Land and the Hochschule Hof, the town halls of Münchberg, Naila, Rehau,
// Schwarzenbach a.d.Saale and Helmbrechts, the Bauhöfe of Rehau and Helmbrechts, the VG Sparneck, online or hybrid.
// Several titles do not name their subject ("Ein Klick zu viel" is phishing, "Am anderen Ende der Leitung" difficult
// callers on the phone, "Ruhig bleiben, wenn's stürmt" stress, "Was geht wen was an?" data protection, "Schluss mit dem
// Papierberg" the e-file system komXwork, "Gerade sitzen, locker bleiben" back exercises, "Vom Kollegen zur Chefin" new
// managers, "Niederschrift mit Sorgfalt" minutes of council meetings, "Schneller zum ersten Entwurf" AI assistants,
// "Sicher im Publikumsverkehr" de-escalation at the counter, "Den Haushalt lesen können" the Doppik budget, "Hoch hinaus,
// aber sicher" ladders and working at height, "Besprechen ohne Anfahrt" Teams video meetings, "Mehr Luft im Kalender"
// time management, "Rechnungen ohne Papier" e-invoices, "Willkommen an Bord" the trainees' induction day), so only
// summary, description or topics reveal it; one seminar is held in English; the e-file course runs on two Wednesday
// mornings online, the back course on four Tuesday evenings, the leadership course on two consecutive days; the
// e-invoice course is open only to the VG Sparneck; first aid is free, paid by the KUVB; two courses are in the evening.
// The questions use everyday words, some half English, mostly as long follow-up conversations that pick from lists
// ("der zweite", "und der andere?"), written without looking at the parser or the answers.
//
// Calendar around `now` (Friday 12 January 2029, 13:00 in Hof, winter time; summer time begins Sun 25.03.2029; the
// Bavarian winter holidays (Faschingsferien) are Mon 12.02.–Fri 16.02.2029, Easter Sunday is 01.04.2029):
//   today:      Fri 12.01. 14:00–15:30 phishing (online, free)
//   next week:  Mon 15.01. 08:30–12:00 Excel (VHS Hofer Land, 79 €), Tue 16.01. 09:00–12:30 difficult callers
//               (Landratsamt), Wed 17.01. 13:30–16:00 stress (online), Thu 18.01. 09:00–16:00 procurement (Landratsamt,
//               245 €, deadline passed Wed 03.01. 12:00); nothing on Fri 19.01.
//   January:    Mon 22.01. 10:00–11:30 data protection (online); Tue 23.01., 30.01., 06.02., 20.02. 18:00–19:30 back
//               course (VHS Hofer Land, evening, 48 €); Wed 24.01. and Wed 31.01. 09:00–11:30 e-file (online); Thu 25.01.
//               09:00–12:30 English (Rathaus Münchberg, 85 €, deadline Thu 18.01. 23:59); the cancelled PowerPoint course
//               (Fri 26.01.); Wed 31.01. and Thu 01.02. 09:00–16:30 new managers (Hochschule Hof, 390 €, deadline Fri
//               19.01. 23:59)
//   February:   Tue 06.02. 08:30–16:00 first aid (Rathaus Naila), Thu 08.02. 09:00–15:30 council minutes (Rathaus
//               Schwarzenbach a.d.Saale, 180 €), Thu 22.02. 14:00–16:30 AI (hybrid, Landratsamt), Tue 27.02. 09:00–15:00
//               de-escalation (Rathaus Rehau)
//   March:      Wed 07.03. budget (Rathaus Helmbrechts, 210 €), Tue 13.03. passports (online, 95 €), the cancelled
//               forklift course (Tue 20.03.), Thu 22.03. 07:00–12:00 ladders (Bauhof Rehau), Wed 28.03. 10:00–11:30
//               Teams (online, summer time)
//   later:      Tue 17.04. 13:00–17:00 time management (Rathaus Naila, 60 €), Thu 03.05. 07:30–15:30 tree inspection
//               (Bauhof Helmbrechts), Wed 09.05. e-invoices (VG Sparneck only), Thu 17.05. 18:30–20:30 European election
//               (Rathaus Münchberg, evening), the draft press course (Tue 19.06.), the draft dog-tax course (Wed 20.06.),
//               Mon 03.09. trainees' induction day (Landratsamt)
//   past:       Tue 05.09.2028 postal vote (Landratsamt), Wed 06.12.2028 year-end closing of the cash office (online).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2029-01-12T12:00:00Z'); // Friday, 12 January 2029, 13:00 in Hof (CET)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Ein Klick zu viel', // Fri 12.01. 14:00–15:30, online, AKDB, Wölfel, phishing, free
  excel: 'Excel für Fortgeschrittene: SVERWEIS, Pivot-Tabellen und Diagramme', // Mon 15.01. 08:30–12:00, VHS Hofer Land, Söllner, 79 € (Dienststelle pays), 12 seats
  telefon: 'Am anderen Ende der Leitung', // Tue 16.01. 09:00–12:30, Landratsamt Hof, PE, Dörfler, difficult callers, free
  stress: "Ruhig bleiben, wenn's stürmt", // Wed 17.01. 13:30–16:00, online, KUVB, Dr. Pöhlmann, stress / resilience, free
  vergabe: 'Vergaberecht für Einsteiger: UVgO, VOB/A und Wertgrenzen', // Thu 18.01. 09:00–16:00, Landratsamt Hof, BVS, Dr. Hertel, 245 €, deadline passed Wed 03.01. 12:00
  datenschutz: 'Was geht wen was an?', // Mon 22.01. 10:00–11:30, online, PE, Fickenscher, DSGVO / BayDSG, free
  eakte: 'Schluss mit dem Papierberg', // Wed 24.01. and Wed 31.01. 09:00–11:30, online, AKDB, Wunderlich, e-file komXwork, free, 60 seats
  ruecken: 'Gerade sitzen, locker bleiben', // Tue 23.01., 30.01., 06.02., 20.02. 18:00–19:30, VHS Hofer Land, Raithel, back exercises, 48 €
  english: 'English at the Counter: Helping International Residents', // Thu 25.01. 09:00–12:30, Rathaus Münchberg, VHS, Whitmore, 85 €, deadline Thu 18.01. 23:59
  fuehrung: 'Vom Kollegen zur Chefin', // Wed 31.01. and Thu 01.02. 09:00–16:30, Hochschule Hof, BVS, Dr. Hagen, new managers, 390 €, deadline Fri 19.01. 23:59
  ersteHilfe: 'Erste Hilfe auffrischen: Fortbildung für Ersthelfende im Betrieb', // Tue 06.02. 08:30–16:00, Rathaus Naila, KUVB, Rödel, free (KUVB pays)
  sitzung: 'Niederschrift mit Sorgfalt', // Thu 08.02. 09:00–15:30, Rathaus Schwarzenbach a.d.Saale, BVS, Zeitler, council minutes, 180 €
  ki: 'Schneller zum ersten Entwurf', // Thu 22.02. 14:00–16:30, hybrid (Landratsamt Hof), AKDB, Wölfel, AI / Copilot / ChatGPT, free
  deeskalation: 'Sicher im Publikumsverkehr', // Tue 27.02. 09:00–15:00, Rathaus Rehau, KUVB, Ströhlein, de-escalation, free
  doppik: 'Den Haushalt lesen können', // Wed 07.03. 09:00–16:00, Rathaus Helmbrechts, BVS, Dr. Hertel, Doppik budget, 210 €
  pass: 'Pass, Ausweis und eID: Neues im Pass- und Ausweiswesen', // Tue 13.03. 09:00–12:00, online, BVS, Zeitler, 95 €
  leiter: 'Hoch hinaus, aber sicher', // Thu 22.03. 07:00–12:00, Bauhof der Stadt Rehau, KUVB, Stelzer, ladders / working at height, free
  teams: 'Besprechen ohne Anfahrt', // Wed 28.03. 10:00–11:30 (CEST), online, AKDB, Hofmann, Teams video meetings, free
  zeit: 'Mehr Luft im Kalender', // Tue 17.04. 13:00–17:00, Rathaus Naila, VHS, Söllner, time management, 60 €
  baum: 'Baumkontrolle nach FLL-Richtlinie', // Thu 03.05. 07:30–15:30, Bauhof der Stadt Helmbrechts, KUVB, Stelzer, free
  erechnung: 'Rechnungen ohne Papier', // Wed 09.05. 09:00–12:00, VG Sparneck, AKDB, Wunderlich, e-invoices, only Sparneck/Weißdorf/Zell, free
  wahl: 'Europawahl 2029: Schulung für Wahlvorstände', // Thu 17.05. 18:30–20:30, Rathaus Münchberg, LRA Sachgebiet Wahlen, Popp, free
  azubi: 'Willkommen an Bord', // Mon 03.09. 09:00–15:00, Landratsamt Hof, PE, Dörfler, trainees' induction day, free
  presse: 'Pressearbeit für Gemeinden: Mitteilungen, die gedruckt werden', // draft (Tue 19.06.)
  hundesteuer: 'Hundesteuer und Kampfhunde: Vollzug in der Gemeinde', // draft (Wed 20.06.)
  powerpoint: 'PowerPoint: Präsentationen, die überzeugen', // cancelled (Fri 26.01.2029)
  stapler: 'Gabelstapler-Fahrausweis für Bauhofbeschäftigte', // cancelled (Tue 20.03.2029)
  briefwahl: 'Briefwahl organisieren: Landtags- und Bezirkswahl 2028', // past (Tue 5 September 2028)
  kasse: 'Jahresabschluss in der Gemeindekasse', // past (Wed 6 December 2028)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.presse, T.hundesteuer, T.powerpoint, T.stapler, T.briefwahl, T.kasse];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- difficult callers, then aggression at the counter ----------------------------------------------------------------
  {
    conv: 'anrufer',
    q: 'gibt es was dazu, wie ich mit schwierigen anrufern umgehe?',
    kind: 'list',
    first: T.telefon,
    ...maybeAlso(only(T.telefon), T.deeskalation),
  },
  {
    conv: 'anrufer',
    q: 'wann ist das?',
    kind: 'facts',
    titles: [T.telefon],
    says: ['am Di., 16.01.2029 von 09:00 bis 12:30 Uhr'],
  },
  { conv: 'anrufer', q: 'wo?', kind: 'facts', titles: [T.telefon], says: ['findet im Landratsamt Hof'] },
  { conv: 'anrufer', q: 'kostet das was', kind: 'facts', titles: [T.telefon], says: ['ist kostenlos'] },
  {
    conv: 'anrufer',
    q: 'gibt es sowas auch für leute am schalter, die angepöbelt werden?',
    kind: 'list',
    first: T.deeskalation,
    ...maybeAlso(only(T.deeskalation), T.telefon),
  },
  {
    conv: 'anrufer',
    q: 'und wo ist der?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['findet im Rathaus Rehau'],
  },
  // --- the new program for the files (e-file) ---------------------------------------------------------------------------
  {
    conv: 'akten',
    q: 'wir kriegen doch das neue programm für die akten, gibt es da eine schulung?',
    kind: 'list',
    titles: [T.eakte],
  },
  { conv: 'akten', q: 'ist das online?', kind: 'facts', titles: [T.eakte], says: ['findet online statt'] },
  {
    conv: 'akten',
    q: 'wann genau',
    kind: 'facts',
    titles: [T.eakte],
    says: ['an 2 Tagen', 'Mi., 24.01.2029 und Mi., 31.01.2029', 'jeweils von 09:00 bis 11:30 Uhr'],
  },
  {
    conv: 'akten',
    q: 'wie viele plätze gibt es noch',
    kind: 'facts',
    titles: [T.eakte],
    says: ['noch 60 von 60 Plätzen frei'],
  },
  {
    conv: 'akten',
    q: 'wer ist der referent',
    kind: 'facts',
    titles: [T.eakte],
    says: ['leitet Herr Thomas Wunderlich'],
  },
  {
    conv: 'akten',
    q: 'and how much does it cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.eakte],
    says: ['is free of charge'],
  },
  // --- a course for the back, then the other evening course -------------------------------------------------------------
  {
    conv: 'ruecken',
    q: 'hab ständig rücken vom vielen sitzen, gibt es einen kurs für den rücken?',
    kind: 'list',
    titles: [T.ruecken],
  },
  {
    conv: 'ruecken',
    q: 'wann ist der',
    kind: 'facts',
    titles: [T.ruecken],
    says: [
      'an 4 Tagen',
      'Di., 23.01.2029, Di., 30.01.2029, Di., 06.02.2029 und Di., 20.02.2029',
      'jeweils von 18:00 bis 19:30 Uhr',
    ],
  },
  { conv: 'ruecken', q: 'was kostet der?', kind: 'facts', titles: [T.ruecken], says: ['kostet 48 €'] },
  {
    conv: 'ruecken',
    q: 'wo ist das?',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['in der Volkshochschule Hofer Land'],
  },
  {
    conv: 'ruecken',
    q: 'bis wann muss ich mich anmelden?',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['bis Di., 23.01.2029, 18:00 Uhr'],
  },
  {
    conv: 'ruecken',
    q: 'gibt es noch andere kurse am abend?',
    kind: 'list',
    first: T.wahl,
    ...maybeAlso(only(T.wahl), T.ruecken),
  },
  { conv: 'ruecken', q: 'und wo ist der?', kind: 'facts', titles: [T.wahl], says: ['findet im Rathaus Münchberg'] },
  // --- Excel, half English ------------------------------------------------------------------------------------------------
  { conv: 'excel', q: 'brauche ein excel training, pivot tables und so', kind: 'list', titles: [T.excel] },
  {
    conv: 'excel',
    q: 'when is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['on Mon, 15 Jan 2029 from 08:30 to 12:00'],
  },
  {
    conv: 'excel',
    q: 'was kostet der und wer zahlt das?',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 79 €'],
    mentions: ['Die Gebühr trägt die entsendende Dienststelle.'],
  },
  {
    conv: 'excel',
    q: 'sind noch plätze frei',
    kind: 'facts',
    titles: [T.excel],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  {
    conv: 'excel',
    q: 'ist das vor ort oder online?',
    kind: 'facts',
    titles: [T.excel],
    says: ['findet in Präsenz statt, in der Volkshochschule Hofer Land'],
  },
  // --- next week, picking from the list -----------------------------------------------------------------------------------
  {
    conv: 'woche',
    q: 'was ist nächste woche so los?',
    kind: 'list',
    titles: [T.excel, T.telefon, T.stress, T.vergabe],
  },
  { conv: 'woche', q: 'der zweite', kind: 'details', titles: [T.telefon] },
  {
    conv: 'woche',
    q: 'und der dritte, ist der online?',
    kind: 'facts',
    titles: [T.stress],
    says: ['findet online statt'],
  },
  { conv: 'woche', q: 'was kostet der letzte?', kind: 'facts', titles: [T.vergabe], says: ['kostet 245 €'] },
  {
    conv: 'woche',
    q: 'bis wann war da anmeldeschluss?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['ist am Mi., 03.01.2029, 12:00 Uhr abgelaufen'],
  },
  { conv: 'woche', q: 'wo findet der statt', kind: 'facts', titles: [T.vergabe], says: ['findet im Landratsamt Hof'] },
  // --- new team leader ----------------------------------------------------------------------------------------------------
  {
    conv: 'chef',
    q: "bin seit kurzem teamleiter, gibt's was für neue chefs?",
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'chef',
    q: 'wie lange geht das',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['dauert 2 Tage, jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    conv: 'chef',
    q: 'an welchen tagen?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Mi., 31.01.2029 und Do., 01.02.2029'],
  },
  {
    conv: 'chef',
    q: 'anmeldeschluss?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['bis Fr., 19.01.2029, 23:59 Uhr'],
  },
  { conv: 'chef', q: 'wo ist das?', kind: 'facts', titles: [T.fuehrung], says: ['findet in der Hochschule Hof'] },
  // --- the Bauhof: two courses, picking one, then the other -----------------------------------------------------------
  { conv: 'bauhof', q: 'was gibt es für die jungs vom bauhof?', kind: 'list', titles: [T.leiter, T.baum] },
  {
    conv: 'bauhof',
    q: 'der erste, wann ist der?',
    kind: 'facts',
    titles: [T.leiter],
    says: ['am Do., 22.03.2029 von 07:00 bis 12:00 Uhr'],
  },
  {
    conv: 'bauhof',
    q: 'und der andere?',
    kind: 'facts',
    titles: [T.baum],
    says: ['am Do., 03.05.2029 von 07:30 bis 15:30 Uhr'],
  },
  { conv: 'bauhof', q: 'wo ist das?', kind: 'facts', titles: [T.baum], says: ['Bauhof der Stadt Helmbrechts'] },
  { conv: 'bauhof', q: 'kostet der was?', kind: 'facts', titles: [T.baum], says: ['ist kostenlos'] },
  { conv: 'bauhof', q: 'gab es nicht auch mal einen staplerkurs?', kind: 'gone', gone: T.stapler },
  // --- in English -------------------------------------------------------------------------------------------------------
  { conv: 'english', q: 'any courses in english?', locale: 'en', kind: 'list', titles: [T.english] },
  {
    conv: 'english',
    q: 'where is it',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['takes place at Rathaus Münchberg'],
  },
  {
    conv: 'english',
    q: 'what time does it start',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['starts on Thu, 25 Jan 2029 at 09:00'],
  },
  {
    conv: 'english',
    q: 'registration deadline?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['until Thu, 18 Jan 2029, 23:59'],
  },
  { conv: 'english', q: 'how much', locale: 'en', kind: 'facts', titles: [T.english], says: ['costs €85'] },
  // --- AI, half English ---------------------------------------------------------------------------------------------------
  { conv: 'ki', q: 'gibt es was zu chatgpt oder copilot?', kind: 'list', titles: [T.ki] },
  {
    conv: 'ki',
    q: 'kann ich da auch von zuhause aus mitmachen?',
    kind: 'facts',
    titles: [T.ki],
    says: ['findet hybrid statt: im Landratsamt Hof'],
  },
  {
    conv: 'ki',
    q: 'when?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['on Thu, 22 Feb 2029 from 14:00 to 16:30'],
  },
  {
    conv: 'ki',
    q: 'wie lange dauert der',
    kind: 'facts',
    titles: [T.ki],
    says: ['dauert 2,5 Stunden, von 14:00 bis 16:30 Uhr'],
  },
  { conv: 'ki', q: 'und wer hält den?', kind: 'facts', titles: [T.ki], says: ['leitet Herr Markus Wölfel'] },
  // --- a follow-up with nothing before it ---------------------------------------------------------------------------------
  { conv: 'kalt', q: 'was kostet der?', kind: 'noContext' },
  // --- single questions in everyday words ---------------------------------------------------------------------------------
  { q: 'wie erkenne ich gefälschte mails', kind: 'list', titles: [T.phishing] },
  { q: 'was gegen stress im job', kind: 'list', first: T.stress, ...maybeAlso(only(T.stress), T.zeit) },
  { q: 'dsgvo schulung', kind: 'list', titles: [T.datenschutz] },
  { q: 'ich muss im gemeinderat protokoll schreiben, gibt es da was?', kind: 'list', titles: [T.sitzung] },
  { q: 'haushalt verstehen ohne kämmerer zu sein', kind: 'list', titles: [T.doppik] },
  { q: 'videocalls mit teams', kind: 'list', titles: [T.teams] },
  { q: 'mein ersthelferschein läuft ab', kind: 'list', titles: [T.ersteHilfe] },
  {
    q: 'erste hilfe kurs, wann und wo?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['am Di., 06.02.2029 von 08:30 bis 16:00 Uhr im Rathaus Naila'],
  },
  { q: 'was gibt es im märz', kind: 'list', titles: [T.doppik, T.pass, T.leiter, T.teams] },
  {
    q: 'kostenlose sachen online',
    kind: 'list',
    ...maybeAlso(only(T.phishing, T.stress, T.datenschutz, T.eakte, T.teams), T.ki),
  },
  { q: 'was bietet die kuvb an', kind: 'list', ...only(T.stress, T.ersteHilfe, T.deeskalation, T.leiter, T.baum) },
  { q: 'kurse über 200 euro', kind: 'list', ...only(T.vergabe, T.fuehrung, T.doppik) },
  { q: 'welche kurse gehen über mehrere tage', kind: 'list', ...only(T.eakte, T.ruecken, T.fuehrung) },
  { q: 'was ist mit dem powerpoint kurs?', kind: 'gone', gone: T.powerpoint },
  {
    q: 'wann war nochmal die schulung zum kassenabschluss?',
    kind: 'gone',
    gone: T.kasse,
    says: ['Mi., 06.12.2028'],
  },
  { q: 'pressemitteilung schreiben', kind: 'none' },
  { q: 'was gibt es in bad steben', kind: 'none' },
  { q: 'Grüß Gott!', kind: 'help' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-fifth, independent catalogue (Landkreis Hof, BVS, KUVB, AKDB, VHS Hofer Land)',
  {
    fixture: 'heldout305-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
