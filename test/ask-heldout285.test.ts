// Over-fitting check, two-hundred-and-eighty-fifth catalogue: the spring 2028 programme for the Landkreis
// Berchtesgadener Land (Bavaria) and its towns and municipalities (Bad Reichenhall, Freilassing, Laufen, Berchtesgaden,
// Teisendorf, Ainring, Piding, Schneizlreuth and others), with the Bayerische Verwaltungsschule (BVS), the Kommunale
// Unfallversicherung Bayern (KUVB), the AKDB, the Regierung von Oberbayern, the Wasserwirtschaftsamt Traunstein, the
// Landratsamt's Personalentwicklung, information security and data protection officers, and the Volkshochschule
// Berchtesgadener Land (VHS), imported from a JSON file. Seminars take place in the Landratsamt in Bad Reichenhall, the
// Rathaus Bad Reichenhall and the VHS in Bad Reichenhall, the Rathaus and the VHS in Freilassing, the town halls of
// Laufen, Teisendorf, Ainring and Berchtesgaden, the Haus des Gastes in Berchtesgaden, the Bauhof Ainring, the
// Feuerwehrgerätehaus Piding, online or hybrid. Several titles do not name their subject ("Nicht jeder Anhang ist
// harmlos" is phishing, "Gut vorbereitet in die Sitzung" municipal law for council members, "Auf den Punkt gebracht"
// minute-taking, "Durchatmen" stress relief, "Texte schneller entwerfen" AI, "Mitreden erwünscht" citizen
// participation, "Wenn der Bach über die Ufer tritt" floods and heavy rain, "Den Tag im Griff" time management, "Was
// darf ich sagen, was nicht?" data protection at the counter), so only summary, description or topics reveal it. The
// questions use everyday words instead of the titles' vocabulary ("wenn Bürger am Schalter laut werden" for
// de-escalation, "die neue Software für die Akten" for the document management system, "Geld vom Staat für ein
// Projekt beantragen" for grant management). One seminar is held in English; the leadership course runs on two
// Wednesdays across the start of summer time (Sun 26.03.2028); the induction for trainees runs on three days; the
// DMS course is open to some municipalities only; first aid is free, paid by the KUVB; two courses run in the evening.
// Written without looking at the parser or the answers.
//
// Calendar around `now` (Friday 25 February 2028, 11:30 in Bad Reichenhall, winter time; 2028 is a leap year; summer
// time begins Sun 26.03.2028; Easter Sunday is 16.04.2028):
//   today:      Fri 25.02. 13:30–15:00 phishing (online); nothing tomorrow (Sat 26.02.) or on Sunday
//   next week:  Mon 28.02. 09:00–16:00 de-escalation (Landratsamt), Tue 29.02. (leap day) 09:00–12:00 DMS / e-file
//               (online), Wed 01.03. 18:00–20:30 council members (Rathaus Freilassing, evening), Thu 02.03. 09:00–12:30
//               grants (Rathaus Laufen; deadline Sun 27.02. 23:59), Fri 03.03. 09:00–11:30 Word mail merge (online, 49 €)
//   week after: Tue 07.03. 09:00–12:30 English (Haus des Gastes Berchtesgaden; deadline Wed 01.03. 23:59), Wed 08.03.
//               first aid (Rathaus Teisendorf), Thu 09.03. 09:00–16:00 dunning and enforcement (Landratsamt; deadline
//               passed Thu 24.02. 12:00), the cancelled Excel course (Fri 10.03.)
//   March:      Tue 14.03. minute-taking (Rathaus Bad Reichenhall), Wed 15.03. 18:00–19:30 stress relief (VHS
//               Freilassing, evening), Tue 21.03. 08:00–15:30 tree inspection (Bauhof Ainring), Wed 22.03. (CET) and
//               Wed 29.03. (CEST) 09:00–16:30 new managers (Landratsamt; deadline Fri 10.03. 23:59), Thu 23.03.
//               13:30–16:00 AI (hybrid, Landratsamt)
//   April:      Wed 05.04. fire wardens (Rathaus Ainring), Tue 18.04. citizen participation (Rathaus Berchtesgaden), the
//               cancelled rhetoric course (Thu 20.04.), Thu 27.04. plain language (VHS Bad Reichenhall; deadline Thu
//               13.04. 12:00)
//   May:        Tue 09.05. floods (Feuerwehrgerätehaus Piding), Thu 11.05. administrative procedure (hybrid, Rathaus
//               Bad Reichenhall), Tue 16.05. time management (online)
//   later:      Wed 14.06. data protection at the counter (Rathaus Freilassing), the draft Kurbeitrag course (Wed
//               21.06.), the draft dog tax course (Tue 04.07.), Mon 04.09.–Wed 06.09. induction days for trainees
//               (Landratsamt)
//   past:       Wed 08.12.2027 year-end closing of accounts (Landratsamt), Tue 11.01.2028 property tax (online).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-02-25T10:30:00Z'); // Friday, 25 February 2028, 11:30 in Bad Reichenhall (CET)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Nicht jeder Anhang ist harmlos', // Fri 25.02. 13:30–15:00, online, LRA Informationssicherheit, Kurz, phishing, free
  deeskalation: 'Deeskalation und Eigenschutz im Publikumsverkehr', // Mon 28.02. 09:00–16:00, Landratsamt, KUVB, Aschauer, free
  dms: 'Schriftgutverwaltung digital: Einführung in das Dokumentenmanagementsystem', // Tue 29.02. 09:00–12:00, online, AKDB, Hofer, e-file, 25 seats, some municipalities only, free
  gemeinderat: 'Gut vorbereitet in die Sitzung', // Wed 01.03. 18:00–20:30, Rathaus Freilassing, BVS, Dr. Stadler, council members, 40 €
  foerder: 'Fördermittelmanagement für Kommunen: Programme finden, Anträge stellen, Verwendungsnachweis führen', // Thu 02.03. 09:00–12:30, Rathaus Laufen, Regierung von Oberbayern, Dr. Wimmer, 95 €, deadline Sun 27.02. 23:59
  word: 'Word kompakt: Serienbriefe, Formatvorlagen und Dokumentvorlagen', // Fri 03.03. 09:00–11:30, online, VHS, Lindner, mail merge, 49 €
  english: 'Welcoming Guests: English at the Tourist Information and Town Hall Counter', // Tue 07.03. 09:00–12:30, Haus des Gastes Berchtesgaden, VHS, Clarke, 80 €, deadline Wed 01.03. 23:59
  ersteHilfe: 'Erste-Hilfe-Fortbildung für betriebliche Ersthelfende', // Wed 08.03. 08:30–16:00, Rathaus Teisendorf, KUVB, Pfeiffer, free (KUVB pays)
  mahnung: 'Forderungsmanagement und Vollstreckung in der Gemeindekasse', // Thu 09.03. 09:00–16:00, Landratsamt, BVS, Reiter, 220 €, deadline passed Thu 24.02. 12:00
  protokoll: 'Auf den Punkt gebracht', // Tue 14.03. 09:00–12:00, Rathaus Bad Reichenhall, BVS, Huber, minute-taking, 110 €
  stress: 'Durchatmen', // Wed 15.03. 18:00–19:30, VHS Freilassing, VHS, Egger, stress relief, 20 €
  baum: 'Baumkontrolle nach der FLL-Baumkontrollrichtlinie', // Tue 21.03. 08:00–15:30, Bauhof Ainring, BVS, Kern, 185 €
  ki: 'Texte schneller entwerfen', // Thu 23.03. 13:30–16:00, hybrid (Landratsamt), AKDB, Brandner, AI / ChatGPT, free
  fuehrung: 'Führen ohne Vorerfahrung: Basisseminar für neue Führungskräfte', // Wed 22.03. (CET) and Wed 29.03. (CEST) 09:00–16:30, Landratsamt, BVS, Dr. Moser, 420 €, deadline Fri 10.03. 23:59
  brandschutz: 'Brandschutzhelfer-Ausbildung nach ASR A2.2', // Wed 05.04. 09:00–13:00, Rathaus Ainring, KUVB, Reischl, Feuerlöscher, free
  beteiligung: 'Mitreden erwünscht', // Tue 18.04. 09:00–16:00, Rathaus Berchtesgaden, BVS, Dr. Stadler, citizen participation, 190 €
  sprache: 'Verständlich schreiben: Bescheide und Briefe in bürgernaher Sprache', // Thu 27.04. 09:00–15:00, VHS Bad Reichenhall, VHS, Seidl, 120 €, deadline Thu 13.04. 12:00
  hochwasser: 'Wenn der Bach über die Ufer tritt', // Tue 09.05. 09:00–16:00, Feuerwehrgerätehaus Piding, WWA Traunstein, Maier, floods / heavy rain, free
  verfahren: 'Verwaltungsverfahren kompakt: Anhörung, Bescheid, Rechtsbehelfsbelehrung', // Thu 11.05. 09:00–16:00, hybrid (Rathaus Bad Reichenhall), BVS, Reiter, 235 €
  zeit: 'Den Tag im Griff', // Tue 16.05. 09:00–12:00, online, VHS, Lindner, time management / e-mail overload, 59 €
  azubi: 'Startklar ins Berufsleben: Einführungstage für neue Auszubildende', // Mon 04.09.–Wed 06.09. 09:00–15:00, Landratsamt, PE, Lackner, free, 30 seats
  datenschutz: 'Was darf ich sagen, was nicht?', // Wed 14.06. 09:00–12:00, Rathaus Freilassing, LRA Datenschutz, Dr. Lechner, data protection at the counter, free
  kurbeitrag: 'Kurbeitrag und Gästemeldewesen: Satzung, Meldeschein, Abrechnung', // draft (Wed 21.06.)
  hundesteuer: 'Hundesteuer und Hundehaltung: Satzung, Bescheide, Kontrolle', // draft (Tue 04.07.)
  excel: 'Excel für Einsteiger: Tabellen, Formeln, Diagramme', // cancelled (Fri 10.03.2028)
  rhetorik: 'Überzeugend präsentieren: Rhetorik-Grundkurs', // cancelled (Thu 20.04.2028)
  grundsteuer: 'Grundsteuer nach der Reform: Messbescheide, Hebesätze und Rückfragen', // past (Tue 11 January 2028)
  jahresabschluss: 'Jahresabschluss in der Gemeindekasse', // past (Wed 8 December 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.kurbeitrag, T.hundesteuer, T.excel, T.rhetorik, T.grundsteuer, T.jahresabschluss];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'heute', q: 'ist heute noch was los?', kind: 'list', titles: [T.phishing] },
  {
    conv: 'heute',
    q: 'ist das online oder muss ich hinfahren?',
    kind: 'facts',
    titles: [T.phishing],
    says: ['findet online statt'],
  },
  { conv: 'heute', q: 'wer hält das?', kind: 'facts', titles: [T.phishing], says: ['leitet Herr Stefan Kurz'] },
  { conv: 'montag', q: 'was ist am montag', kind: 'list', titles: [T.deeskalation] },
  {
    conv: 'montag',
    q: 'wo genau?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['findet im Landratsamt Berchtesgadener Land'],
  },
  {
    conv: 'montag',
    q: 'wie lange geht das?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['dauert 7 Stunden, von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'akte',
    q: 'bei uns kommt die neue software für die akten, gibt es da eine schulung?',
    kind: 'list',
    titles: [T.dms],
  },
  {
    conv: 'akte',
    q: 'wann ist die?',
    kind: 'facts',
    titles: [T.dms],
    says: ['am Di., 29.02.2028 von 09:00 bis 12:00 Uhr'],
  },
  { conv: 'akte', q: 'sind noch plätze frei', kind: 'facts', titles: [T.dms], says: ['noch 25 von 25 Plätzen frei'] },
  {
    conv: 'foerder',
    q: 'ich soll für unsere gemeinde geld vom staat für ein projekt beantragen – gibt es da einen kurs?',
    kind: 'list',
    titles: [T.foerder],
  },
  {
    conv: 'foerder',
    q: 'bis wann muss ich mich anmelden?',
    kind: 'facts',
    titles: [T.foerder],
    says: ['bis So., 27.02.2028, 23:59 Uhr'],
  },
  {
    conv: 'chef',
    q: 'ich bin seit kurzem chefin von vier leuten, gibt es was für mich?',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'chef',
    q: 'wann genau?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Mi., 22.03.2028 und Mi., 29.03.2028', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  { conv: 'chef', q: 'was kostet das?', kind: 'facts', titles: [T.fuehrung], says: ['kostet 420 €'] },
  {
    conv: 'english',
    q: 'is there an english course for staff at the tourist information?',
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  {
    conv: 'english',
    q: 'until when can I sign up?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['until Wed, 1 Mar 2028, 23:59'],
  },
  { conv: 'ki', q: 'wie nutze ich dieses chatgpt sinnvoll bei der arbeit?', kind: 'list', titles: [T.ki] },
  {
    conv: 'ki',
    q: 'wann fängt das an',
    kind: 'facts',
    titles: [T.ki],
    says: ['beginnt am Do., 23.03.2028 um 13:30 Uhr'],
  },
  {
    conv: 'ki',
    q: 'kann ich auch vom büro aus per video teilnehmen?',
    kind: 'facts',
    titles: [T.ki],
    says: ['im Landratsamt Berchtesgadener Land', 'online'],
  },
  {
    conv: 'baum',
    q: 'wir müssen die bäume an den gemeindestraßen kontrollieren, gibt es dazu was?',
    kind: 'list',
    titles: [T.baum],
  },
  {
    conv: 'baum',
    q: 'um wie viel uhr geht es los?',
    kind: 'facts',
    titles: [T.baum],
    says: ['beginnt am Di., 21.03.2028 um 08:00 Uhr'],
  },
  {
    conv: 'azubi',
    q: 'im september fangen unsere neuen azubis an, gibt es was für die?',
    kind: 'list',
    titles: [T.azubi],
  },
  {
    conv: 'azubi',
    q: 'wie viele tage geht das?',
    kind: 'facts',
    titles: [T.azubi],
    says: ['dauert 3 Tage, jeweils von 09:00 bis 15:00 Uhr'],
  },
  // --- facts -----------------------------------------------------------------------------------------------------------
  {
    q: 'muss ich für die erste hilfe auffrischung was zahlen?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangskosten trägt die KUVB für ihre Mitgliedsverwaltungen.'],
  },
  {
    q: 'wo ist der kurs zum protokoll schreiben?',
    kind: 'facts',
    titles: [T.protokoll],
    says: ['findet im Rathaus Bad Reichenhall'],
  },
  {
    q: 'kann ich mich für den kurs über mahnungen und pfändung noch anmelden?',
    kind: 'facts',
    titles: [T.mahnung],
    says: ['ist am Do., 24.02.2028, 12:00 Uhr abgelaufen'],
  },
  {
    q: 'findet das seminar zur bürgerbeteiligung vor ort statt?',
    kind: 'facts',
    titles: [T.beteiligung],
    says: ['findet in Präsenz statt, im Rathaus Berchtesgaden'],
  },
  {
    q: 'wann ist der serienbrief kurs',
    kind: 'facts',
    titles: [T.word],
    says: ['am Fr., 03.03.2028 von 09:00 bis 11:30 Uhr'],
  },
  {
    q: 'anmeldeschluss für das seminar zur verständlichen sprache',
    kind: 'facts',
    titles: [T.sprache],
    says: ['bis Do., 13.04.2028, 12:00 Uhr'],
  },
  // --- topic searches: everyday words, typos, English ------------------------------------------------------------------
  { q: 'was kann ich tun, wenn bürger am schalter laut werden?', kind: 'list', titles: [T.deeskalation] },
  { q: 'wie erkenne ich gefälschte mails mit gefährlichen anhängen', kind: 'list', titles: [T.phishing] },
  { q: 'einen brief an viele leute auf einmal schicken', kind: 'list', titles: [T.word] },
  { q: 'ich bin ständig gestresst und kann nach der arbeit nicht abschalten', kind: 'list', titles: [T.stress] },
  { q: 'was tun, wenn jemand seine gebühren einfach nicht zahlt?', kind: 'list', titles: [T.mahnung] },
  { q: 'ich muss in den gemeinderatssitzungen immer mitschreiben', kind: 'list', first: T.protokoll },
  { q: 'briefe so schreiben, dass sie jeder versteht', kind: 'list', first: T.sprache },
  { q: 'darf ich am telefon sagen, ob jemand bei uns gemeldet ist?', kind: 'list', titles: [T.datenschutz] },
  {
    q: 'wie lassen wir die einwohner bei der planung vom neuen dorfplatz mitreden',
    kind: 'list',
    titles: [T.beteiligung],
  },
  { q: 'überschwemmung nach einem unwetter, was muss die gemeinde vorbereiten', kind: 'list', titles: [T.hochwasser] },
  { q: 'deeskaltionstraining', kind: 'list', titles: [T.deeskalation] },
  { q: 'phishing awareness training', locale: 'en', kind: 'list', titles: [T.phishing] },
  // --- time filters ----------------------------------------------------------------------------------------------------
  { q: 'ist morgen was?', kind: 'none' },
  { q: 'was steht nächste woche an', kind: 'list', titles: [T.deeskalation, T.dms, T.gemeinderat, T.foerder, T.word] },
  { q: 'was ist in der übernächsten woche', kind: 'list', titles: [T.english, T.ersteHilfe, T.mahnung] },
  { q: 'was gibt es im april', kind: 'list', titles: [T.brandschutz, T.beteiligung, T.sprache] },
  { q: 'seminare im mai', kind: 'list', titles: [T.hochwasser, T.verfahren, T.zeit] },
  { q: 'anything on a friday?', locale: 'en', kind: 'list', titles: [T.phishing, T.word] },
  { q: 'was gibt es nach feierabend', kind: 'list', ...only(T.gemeinderat, T.stress) },
  // --- place, format, trainer, provider, cost, length, audience, language ----------------------------------------------
  { q: 'seminare in freilassing', kind: 'list', ...only(T.gemeinderat, T.stress, T.datenschutz) },
  { q: 'was findet in berchtesgaden statt', kind: 'list', ...only(T.english, T.beteiligung) },
  {
    q: 'was ist alles im landratsamt',
    kind: 'list',
    ...only(T.deeskalation, T.mahnung, T.ki, T.fuehrung, T.azubi),
  },
  { q: 'online-kurse im februar', kind: 'list', titles: [T.phishing, T.dms] },
  { q: 'welche kurse gibt frau lindner', kind: 'list', ...only(T.word, T.zeit) },
  { q: 'was bietet die kuvb an', kind: 'list', ...only(T.deeskalation, T.ersteHilfe, T.brandschutz) },
  { q: 'welche seminare kosten über 200 euro', kind: 'list', ...only(T.mahnung, T.fuehrung, T.verfahren) },
  { q: 'gibt es seminare über mehrere tage', kind: 'list', ...only(T.fuehrung, T.azubi) },
  { q: 'was gibt es für die leute vom bauhof', kind: 'list', ...only(T.baum, T.hochwasser) },
  { q: 'anything in english?', locale: 'en', kind: 'list', titles: [T.english] },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'gibt es noch den excel kurs für anfänger?', kind: 'gone', gone: T.excel },
  { q: 'rhetorik seminar', kind: 'gone', gone: T.rhetorik },
  { q: 'wann war die grundsteuer schulung', kind: 'gone', gone: T.grundsteuer, says: ['Di., 11.01.2028'] },
  { q: 'seminar zum jahresabschluss', kind: 'gone', gone: T.jahresabschluss, says: ['Mi., 08.12.2027'] },
  { q: 'kurbeitrag', kind: 'none' },
  { q: 'hundesteuer', kind: 'none' },
  { q: 'was gibt es in schneizlreuth', kind: 'none' },
  { q: 'Grüß Gott!', kind: 'help' },
  { q: 'welche kurse habe ich gebucht?', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-eighty-fifth, independent catalogue (Landkreis Berchtesgadener Land, BVS, KUVB, AKDB, VHS)',
  {
    fixture: 'heldout285-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
