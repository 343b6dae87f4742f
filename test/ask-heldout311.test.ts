// Over-fitting check, three-hundred-and-eleventh catalogue: the autumn 2029 programme for the Landkreis Teltow-Fläming
// (Brandenburg) and its towns and municipalities (Luckenwalde, seat of the Kreisverwaltung, Ludwigsfelde, Zossen,
// Jüterbog, Trebbin, Blankenfelde-Mahlow, Rangsdorf and the Amt Dahme/Mark), with the Brandenburgische Kommunalakademie
// (BKA), the Unfallkasse Brandenburg, the Kommunaler IT-Dienstleister Brandenburg, the county's Personalentwicklung and
// the Kreisvolkshochschule Teltow-Fläming (KVHS), imported from a JSON file. Seminars take place in the Kreisverwaltung
// and the KVHS-Haus in Luckenwalde, the town halls of Ludwigsfelde, Zossen, Jüterbog, Trebbin, Blankenfelde-Mahlow and
// Rangsdorf, the Bauhof Zossen, online or hybrid. Several titles do not name their subject ("Nicht jeder Link ist ein
// Freund" is phishing, "Ehrenamt mit Kompass" the Kommunalverfassung for council members, "Neu in der Verantwortung" new
// managers, "Ablage ohne Papier" the e-file, "Grünpflege ohne Risiko" brush cutters and hedge trimmers, "Frag doch die
// Maschine" AI / ChatGPT, "Lesbar für alle" accessible documents, "Aufrecht durch den Arbeitstag" back exercises,
// "Schreiben, die man gern liest" plain language, "Zwischen den Stühlen" conflict management, "Wenn es am Tresen laut
// wird" de-escalation at the counter), so only summary, description or topics reveal it; one seminar is held in
// English; the leadership course runs on three Tuesdays (18.09., 25.09., 02.10.), the back course on four Wednesday
// evenings across the end of summer time (Sun 28.10.2029) and around the Reformationstag (Wed 31.10., a holiday in
// Brandenburg), the project course on two consecutive days; the e-file course is open only to the Kreisverwaltung.
// The questions name dates and periods in every form (dates, ranges, calendar weeks, "übernächste Woche", months,
// "Anfang November", weekdays, "morgen", "übermorgen", "heute"), mixed with topics, some in English, written without
// looking at the parser or the answers.
//
// Calendar around `now` (Wednesday 5 September 2029, 09:00 in Luckenwalde, summer time; summer time ends Sun
// 28.10.2029; Wed 03.10. Tag der Deutschen Einheit and Wed 31.10. Reformationstag are holidays in Brandenburg):
//   KW 36 (this week):  Wed 05.09. (today) 14:00–15:30 phishing (online, free); Thu 06.09. (tomorrow) 09:00–12:00 data
//               protection at the counter (Kreisverwaltung); Fri 07.09. (day after tomorrow) 08:30–16:00 first aid
//               (Rathaus Ludwigsfelde, free, paid by the Unfallkasse)
//   KW 37 (next week):  Mon 10.09. 09:00–16:00 procurement (Kreisverwaltung, 240 €, deadline passed Fri 31.08. 23:59);
//               Tue 11.09. 13:00–16:00 Excel (online, 59 €); Wed 12.09. 09:00–12:30 English (Rathaus Blankenfelde-Mahlow,
//               75 €, deadline today 12:00); Thu 13.09. 18:00–20:30 council members (Rathaus Rangsdorf, evening, 40 €)
//   KW 38 (week after next):  Tue 18.09. leadership day 1 (Kreisverwaltung, 495 €, deadline Fri 07.09. 23:59); Wed
//               19.09. 10:00–11:30 e-file (online, free, Kreisverwaltung only); Thu 20.09. 07:30–14:00 brush cutters
//               (Bauhof Zossen, free)
//   KW 39:      Tue 25.09. leadership day 2; Wed 26.09. 14:00–16:30 AI (hybrid, Rathaus Ludwigsfelde, free); the
//               cancelled PowerPoint course (Thu 27.09.); Fri 28.09. 09:00–12:00 accessible documents (online, free)
//   October:    Tue 02.10. leadership day 3; nothing on Wed 03.10.; Mon 08.10. 09:00–16:00 Doppik (Rathaus Jüterbog,
//               210 €, 18 seats); Wed 10.10., 17.10., 24.10. (CEST) and 07.11. (CET) 18:00–19:30 back exercises
//               (KVHS-Haus Luckenwalde, 40 €); Tue 16.10. 09:00–13:00 fire wardens (Rathaus Trebbin, free); the cancelled
//               chainsaw course (Tue 23.10.); Thu 25.10. 09:00–16:00 administrative procedure and objections (Rathaus
//               Zossen, 225 €); Tue 30.10. 09:00–12:00 plain language (online, 95 €, deadline Fri 19.10. 12:00);
//               nothing on Wed 31.10.
//   November:   Thu 01.11. 09:00–16:00 conflict management for managers (Kreisverwaltung, 230 €); Tue 06.11.
//               09:00–13:00 de-escalation (Rathaus Blankenfelde-Mahlow, free); Wed 14.11. 09:00–13:00 winter service
//               (Rathaus Trebbin, 95 €); Tue 20.11. and Wed 21.11. 09:00–16:00 project management (Rathaus
//               Ludwigsfelde, 320 €, 16 seats); the draft social-media course (Tue 27.11.)
//   December:   Tue 04.12. 09:00–12:00 travel expenses (online, 85 €); the draft cash audit course (Tue 11.12.)
//   past:       Tue 12.06.2029 housing benefit (online), Thu 12.07.2029 heat protection (Bauhof Zossen).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2029-09-05T07:00:00Z'); // Wednesday, 5 September 2029, 09:00 in Luckenwalde (CEST)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Nicht jeder Link ist ein Freund', // Wed 05.09. 14:00–15:30, online, IT-Dienstleister, Kowalski, phishing, free
  datenschutz: 'Datenschutz im Publikumsverkehr: DSGVO am Schalter und am Telefon', // Thu 06.09. 09:00–12:00, Kreisverwaltung, PE, Lehmann, free
  ersteHilfe: 'Erste-Hilfe-Fortbildung für betriebliche Ersthelferinnen und Ersthelfer', // Fri 07.09. 08:30–16:00, Rathaus Ludwigsfelde, Unfallkasse, Vogel, free (Unfallkasse pays)
  vergabe: 'Vergaberecht kompakt: UVgO und Brandenburgisches Vergabegesetz', // Mon 10.09. 09:00–16:00, Kreisverwaltung, BKA, Dr. Wendt, 240 €, deadline passed Fri 31.08. 23:59
  excel: 'Pivot, SVERWEIS und Co.: Excel im Verwaltungsalltag', // Tue 11.09. 13:00–16:00, online, KVHS, Schulze, 59 € (Dienststelle pays)
  english: 'Welcome to Teltow-Fläming: English at the Service Desk', // Wed 12.09. 09:00–12:30, Rathaus Blankenfelde-Mahlow, KVHS, Clarke, 75 €, deadline Wed 05.09. 12:00
  ehrenamt: 'Ehrenamt mit Kompass', // Thu 13.09. 18:00–20:30, Rathaus Rangsdorf, BKA, Dr. Wendt, Kommunalverfassung for council members, 40 €, 30 seats
  fuehrung: 'Neu in der Verantwortung', // Tue 18.09., 25.09., 02.10. 09:00–16:00, Kreisverwaltung, BKA, Dr. Albrecht, new managers, 495 €, deadline Fri 07.09. 23:59
  eakte: 'Ablage ohne Papier', // Wed 19.09. 10:00–11:30, online, IT-Dienstleister, Kowalski, e-file, Kreisverwaltung only, free
  gruen: 'Grünpflege ohne Risiko', // Thu 20.09. 07:30–14:00, Bauhof Zossen, Unfallkasse, Krause, brush cutters / hedge trimmers, free
  ki: 'Frag doch die Maschine', // Wed 26.09. 14:00–16:30, hybrid (Rathaus Ludwigsfelde), IT-Dienstleister, Brandt, AI / ChatGPT, free
  barrierefrei: 'Lesbar für alle', // Fri 28.09. 09:00–12:00, online, PE, Lehmann, accessible Word/PDF, free
  doppik: 'Doppik verstehen: der kommunale Haushalt in Brandenburg', // Mon 08.10. 09:00–16:00, Rathaus Jüterbog, BKA, Richter, 210 €, 18 seats
  ruecken: 'Aufrecht durch den Arbeitstag', // Wed 10.10., 17.10., 24.10., 07.11. 18:00–19:30, KVHS-Haus Luckenwalde, KVHS, Hoffmann, back exercises, 40 €
  brandschutz: 'Brandschutzhelferinnen und Brandschutzhelfer: Ausbildung nach ASR A2.2', // Tue 16.10. 09:00–13:00, Rathaus Trebbin, Unfallkasse, Krause, free
  verfahren: 'Verwaltungsverfahren in Brandenburg: Anhörung, Bescheid und Widerspruch', // Thu 25.10. 09:00–16:00, Rathaus Zossen, BKA, Dr. Wendt, 225 €
  sprache: 'Schreiben, die man gern liest', // Tue 30.10. 09:00–12:00 (CET), online, KVHS, Neumann, plain language, 95 €, deadline Fri 19.10. 12:00
  konflikt: 'Zwischen den Stühlen', // Thu 01.11. 09:00–16:00, Kreisverwaltung, BKA, Dr. Albrecht, conflict management for managers, 230 €
  deeskalation: 'Wenn es am Tresen laut wird', // Tue 06.11. 09:00–13:00, Rathaus Blankenfelde-Mahlow, Unfallkasse, Seidel, de-escalation, free
  winterdienst: 'Räum- und Streupflicht: Winterdienst in der Gemeinde organisieren', // Wed 14.11. 09:00–13:00, Rathaus Trebbin, BKA, Richter, 95 €
  projekt: 'Projekte im Griff: Projektmanagement für die Kommunalverwaltung', // Tue 20.11. and Wed 21.11. 09:00–16:00, Rathaus Ludwigsfelde, KVHS, Bergmann, 320 €, 16 seats
  reisekosten: 'Reisekostenrecht im Land Brandenburg', // Tue 04.12. 09:00–12:00, online, BKA, Schubert, 85 €
  socialMedia: 'Social Media in der Kommunalverwaltung: Facebook, Instagram und Co.', // draft (Tue 27.11.)
  kasse: 'Kassenprüfung und Kassensicherheit in der Gemeinde', // draft (Tue 11.12.)
  powerpoint: 'PowerPoint kompakt: Präsentationen für Sitzungen gestalten', // cancelled (Thu 27.09.2029)
  motorsaege: 'Motorsägen-Grundlehrgang für Bauhofbeschäftigte', // cancelled (Tue 23.10.2029)
  wohngeld: 'Wohngeld aktuell: Neuerungen für die Wohngeldstellen', // past (Tue 12 June 2029)
  hitze: 'Hitzeschutz im Außendienst: Arbeiten bei hohen Temperaturen', // past (Thu 12 July 2029)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.socialMedia, T.kasse, T.powerpoint, T.motorsaege, T.wohngeld, T.hitze];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'heute', q: 'Was läuft heute noch?', kind: 'list', titles: [T.phishing] },
  {
    conv: 'heute',
    q: 'wie lange geht das?',
    kind: 'facts',
    titles: [T.phishing],
    says: ['dauert 1,5 Stunden, von 14:00 bis 15:30 Uhr'],
  },
  { conv: 'morgen', q: 'Gibt es morgen ein Seminar?', kind: 'list', titles: [T.datenschutz] },
  {
    conv: 'morgen',
    q: 'wo findet das statt?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['in der Kreisverwaltung Teltow-Fläming'],
  },
  {
    conv: 'morgen',
    q: 'von wann bis wann?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['am Do., 06.09.2029 von 09:00 bis 12:00 Uhr'],
  },
  { conv: 'uebermorgen', q: 'und was ist übermorgen?', kind: 'list', titles: [T.ersteHilfe] },
  {
    conv: 'uebermorgen',
    q: 'muss ich dafür etwas bezahlen?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Kosten übernimmt die Unfallkasse Brandenburg.'],
  },
  { conv: 'english', q: 'Is there anything on the 12th?', locale: 'en', kind: 'list', titles: [T.english] },
  {
    conv: 'english',
    q: 'what is the registration deadline?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['until Wed, 5 Sep 2029, 12:00'],
  },
  {
    conv: 'english',
    q: 'where does it take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['takes place at Rathaus Blankenfelde-Mahlow'],
  },
  {
    miss: 'the conflict course for managers is listed beside the one on the role change (as for newcomers in 228, 254 and 268)',
    conv: 'fuehrung',
    q: 'Ab Oktober leite ich ein Sachgebiet. Gibt es ein Seminar für den Rollenwechsel zur Führungskraft?',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'fuehrung',
    q: 'an welchen Tagen?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 3 Tagen', 'Di., 18.09.2029, Di., 25.09.2029 und Di., 02.10.2029', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'fuehrung',
    q: 'bis wann muss die Anmeldung da sein?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['bis Fr., 07.09.2029, 23:59 Uhr'],
  },
  { conv: 'vergabe', q: 'das Vergaberecht-Seminar am 10. September', kind: 'list', titles: [T.vergabe] },
  {
    conv: 'vergabe',
    q: 'ist die Anmeldefrist schon vorbei?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['ist am Fr., 31.08.2029, 23:59 Uhr abgelaufen'],
  },
  { conv: 'ruecken', q: 'Rückengymnastik abends im Oktober?', kind: 'list', titles: [T.ruecken] },
  {
    conv: 'ruecken',
    q: 'welche Termine hat der Kurs?',
    kind: 'facts',
    titles: [T.ruecken],
    says: [
      'an 4 Tagen',
      'Mi., 10.10.2029, Mi., 17.10.2029, Mi., 24.10.2029 und Mi., 07.11.2029',
      'jeweils von 18:00 bis 19:30 Uhr',
    ],
  },
  { conv: 'ki', q: 'any AI training at the end of September?', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    conv: 'ki',
    q: 'online or on site?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is hybrid: at Rathaus Ludwigsfelde'],
  },
  {
    conv: 'ki',
    q: 'what time does it start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['starts on Wed, 26 Sep 2029 at 14:00'],
  },
  { conv: 'projekt', q: 'Projektmanagement-Seminar im November', kind: 'list', titles: [T.projekt] },
  {
    conv: 'projekt',
    q: 'wie viele Tage dauert das?',
    kind: 'facts',
    titles: [T.projekt],
    says: ['dauert 2 Tage, jeweils von 09:00 bis 16:00 Uhr'],
  },
  { conv: 'doppik', q: 'Doppik-Schulung am 8. Oktober in Jüterbog', kind: 'list', titles: [T.doppik] },
  {
    conv: 'doppik',
    q: 'um wie viel Uhr geht es los?',
    kind: 'facts',
    titles: [T.doppik],
    says: ['beginnt am Mo., 08.10.2029 um 09:00 Uhr'],
  },
  // --- facts, with the seminar named by topic and date -----------------------------------------------------------------
  {
    q: 'Was kostet der Excel-Kurs am 11.9.?',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 59 €'],
    mentions: ['Die Gebühr trägt die entsendende Dienststelle.'],
  },
  {
    q: 'Wann ist der Brandschutzhelfer-Lehrgang in Trebbin?',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['am Di., 16.10.2029 von 09:00 bis 13:00 Uhr'],
  },
  {
    q: 'Wo findet am 25. Oktober das Seminar zum Widerspruchsverfahren statt?',
    kind: 'facts',
    titles: [T.verfahren],
    says: ['im Rathaus Zossen'],
  },
  {
    q: 'How long is the plain language course on 30 October?',
    locale: 'en',
    kind: 'facts',
    titles: [T.sprache],
    says: ['lasts 3 hours, from 09:00 to 12:00'],
  },
  {
    q: 'Anmeldeschluss für das Seminar gegen Amtsdeutsch Ende Oktober?',
    kind: 'facts',
    titles: [T.sprache],
    says: ['bis Fr., 19.10.2029, 12:00 Uhr'],
  },
  {
    q: 'Wer leitet die Deeskalationsschulung Anfang November?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['leitet Herr Marco Seidel'],
  },
  {
    q: 'Ist das Winterdienst-Seminar am 14.11. kostenpflichtig?',
    kind: 'facts',
    titles: [T.winterdienst],
    says: ['kostet 95 €'],
  },
  {
    q: 'Um wie viel Uhr fängt der Freischneider-Kurs am 20.9. an?',
    kind: 'facts',
    titles: [T.gruen],
    says: ['beginnt am Do., 20.09.2029 um 07:30 Uhr'],
  },
  // --- days, weeks, ranges, months, weekdays ---------------------------------------------------------------------------
  { q: 'Gibt es heute in zwei Wochen ein Online-Seminar?', kind: 'list', titles: [T.eakte] },
  { q: 'Was findet am 12.9. statt?', kind: 'list', titles: [T.english] },
  { q: 'Was steht nächste Woche an?', kind: 'list', titles: [T.vergabe, T.excel, T.english, T.ehrenamt] },
  { q: 'Welche Seminare sind in KW 38?', kind: 'list', titles: [T.fuehrung, T.eakte, T.gruen] },
  { q: "what's on in the week after next?", locale: 'en', kind: 'list', titles: [T.fuehrung, T.eakte, T.gruen] },
  { q: 'kostenlose Seminare übernächste Woche', kind: 'list', titles: [T.eakte, T.gruen] },
  {
    q: 'Präsenzseminare zwischen dem 10. und 20. September',
    kind: 'list',
    titles: [T.vergabe, T.english, T.ehrenamt, T.fuehrung, T.gruen],
  },
  { q: 'Was gibt es vom 5. bis 16. Oktober?', kind: 'list', titles: [T.doppik, T.ruecken, T.brandschutz] },
  { q: 'Was gibt es vom 29. Oktober bis 2. November?', kind: 'list', titles: [T.sprache, T.konflikt] },
  {
    q: 'Seminare im Oktober',
    kind: 'list',
    ...maybeAlso(only(T.doppik, T.ruecken, T.brandschutz, T.verfahren, T.sprache), T.fuehrung),
  },
  { q: 'Seminare unter 100 Euro im Oktober', kind: 'list', ...only(T.ruecken, T.brandschutz, T.sprache) },
  { q: 'free courses in October', locale: 'en', kind: 'list', titles: [T.brandschutz] },
  { q: 'Gibt es im Herbst einen Kurs zum Winterdienst?', kind: 'list', titles: [T.winterdienst] },
  { q: 'Was gibt es Anfang November für Führungskräfte?', kind: 'list', titles: [T.konflikt] },
  { q: 'mehrtägige Seminare im November', kind: 'list', ...maybeAlso(only(T.projekt), T.ruecken) },
  { q: 'Was ist im Dezember geplant?', kind: 'list', titles: [T.reisekosten] },
  { q: 'Ist an einem Montag etwas?', kind: 'list', titles: [T.vergabe, T.doppik] },
  { q: 'Online-Seminare dienstags', kind: 'list', titles: [T.excel, T.sprache, T.reisekosten] },
  {
    q: 'kostenlose Online-Seminare, aber nicht freitags',
    kind: 'list',
    ...maybeAlso(only(T.phishing, T.eakte), T.ki),
  },
  { q: 'Welche Seminare dauern im September höchstens zwei Stunden?', kind: 'list', titles: [T.phishing, T.eakte] },
  // --- provider, trainer, place with a period --------------------------------------------------------------------------
  {
    q: 'Was bietet die Unfallkasse Brandenburg bis Ende Oktober an?',
    kind: 'list',
    titles: [T.ersteHilfe, T.gruen, T.brandschutz],
  },
  { q: 'Seminare in Ludwigsfelde im September', kind: 'list', titles: [T.ersteHilfe, T.ki] },
  { q: 'Was macht Dr. Wendt im Oktober?', kind: 'list', titles: [T.verfahren] },
  // --- topics only the summary or description names --------------------------------------------------------------------
  { q: 'Ärger mit pöbelnden Bürgern am Schalter', kind: 'list', titles: [T.deeskalation] },
  { q: 'Kommunalverfassung für Gemeindevertreter', kind: 'list', titles: [T.ehrenamt] },
  { q: 'barrierefreie PDFs Ende September', kind: 'list', titles: [T.barrierefrei] },
  // --- nothing on that day, gone, drafts never shown, no match, greeting, no context -----------------------------------
  { q: 'Ist am 3. Oktober irgendwas?', kind: 'none' },
  { q: 'Gibt es morgen Nachmittag etwas?', kind: 'none' },
  { q: 'any online courses in November?', locale: 'en', kind: 'none' },
  { q: 'Gibt es den PowerPoint-Kurs am 27.9. noch?', kind: 'gone', gone: T.powerpoint },
  { q: 'Motorsägenlehrgang im Oktober', kind: 'gone', gone: T.motorsaege },
  { q: 'Wohngeld-Schulung im Juni – wann war die?', kind: 'gone', gone: T.wohngeld, says: ['Di., 12.06.2029'] },
  { q: 'Hitzeschutz-Seminar', kind: 'gone', gone: T.hitze, says: ['Do., 12.07.2029'] },
  { q: 'Social-Media-Schulung im November', kind: 'none' },
  { q: 'Finden auch Seminare in Dahme statt?', kind: 'none' },
  { q: 'Guten Morgen!', kind: 'help' },
  { q: 'Wie teuer ist es?', kind: 'noContext' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-eleventh, independent catalogue (Landkreis Teltow-Fläming, BKA, Unfallkasse Brandenburg, KVHS)',
  {
    fixture: 'heldout311-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
