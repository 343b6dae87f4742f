// Over-fitting check, two-hundred-and-seventy-eighth catalogue: the 2027 programme for the Landkreis Unterallgäu
// (Bavaria) and its towns and markets (Mindelheim, Bad Wörishofen, Babenhausen, Ottobeuren, Türkheim, Bad Grönenbach,
// Erkheim, the Verwaltungsgemeinschaft Boos), with the Bayerische Verwaltungsschule (BVS), the Kommunale
// Unfallversicherung Bayern (KUVB), the AKDB, the Landratsamt's Personalentwicklung and its Informationssicherheit und
// IT, and the Volkshochschule Mindelheim (VHS), imported from a JSON file. Seminars take place in the Landratsamt in
// Mindelheim, the VHS Mindelheim, the town halls of Bad Wörishofen, Babenhausen, Ottobeuren, Türkheim and Bad
// Grönenbach, the Kurhaus Bad Wörishofen, the Bauhof in Türkheim, online or hybrid. Several titles do not name their
// subject ("Klick mit Folgen" is phishing, "Kraftquelle statt Kraftakt" stress, "Wenn es am Schalter laut wird"
// de-escalation, "Das Amt im Wohnzimmer" the OZG / BayernPortal, "Der digitale Kollege" AI, "Rutsche, Schaukel,
// Sandkasten" playground inspection, "Zusammenarbeit ohne Mailflut" Microsoft Teams, "Ordnung ohne Ordner" the e-file,
// "Post vom Amt, die man gern liest" plain language, "Die ersten 100 Tage" leadership), so only summary, description
// or topics reveal it; one seminar is held in English; the induction days and the leadership course run on two days;
// the e-file course is open only to Babenhausen, Boos and Erkheim; the KUVB courses are free; one course is in the
// evening, one starts at 07:30. The Landratsamt's address is the "Bad Wörishofer Straße" in Mindelheim, not Bad
// Wörishofen. Questions are typed the way people chat: short, lower case, typos, abbreviations, some English, short
// follow-ups; written without looking at the parser or the answers.
//
// Calendar around `now` (Tuesday 11 May 2027, 09:00 in Mindelheim, summer time; Whit Monday 17.05., Corpus Christi
// 27.05. and nothing in August, the summer holidays):
//   today:      Tue 11.05. 13:30–15:00 phishing (online)
//   this week:  Wed 12.05. 09:00–12:00 data protection (hybrid, Landratsamt), Fri 14.05. 07:30–15:30 chainsaw (Bauhof
//               Türkheim)
//   next week:  Tue 18.05. 08:30–12:00 Excel (VHS Mindelheim), Thu 20.05. 14:00–16:30 stress (online); the cancelled
//               Outlook course on Tue 25.05.
//   June:       Wed 02. Sitzungsdienst (Rathaus Türkheim; deadline passed Fri 07.05. 23:59), Tue 08. de-escalation
//               (Rathaus Bad Wörishofen, free), Thu 10. English (Kurhaus Bad Wörishofen; deadline Fri 28.05. 23:59),
//               Wed 16. OZG (online, free), Thu 24. AI (hybrid, Landratsamt, 49 €); the cancelled RSA course Wed 30.06.
//   July:       Thu 01. playground inspection (Rathaus Bad Grönenbach), Mon 05. Teams (online), Tue 13. e-file
//               (Babenhausen, members only), Thu 15. first aid (Rathaus Ottobeuren), Wed 21. procurement (Landratsamt;
//               deadline Fri 02.07. 12:00)
//   August:     nothing
//   September:  Wed 01./Thu 02. induction days for trainees (Landratsamt), Tue 14. back fitness (VHS, 18:00–19:30),
//               Tue 21. plain language (Rathaus Ottobeuren), Thu 23. building law (Landratsamt), Tue 28. KAG fees (online)
//   October:    Tue 12./Wed 13. leadership (Landratsamt), Wed 20. budget (Rathaus Babenhausen)
//   November:   the drafts (accessible PDF Tue 09.11., cemeteries Thu 18.11.)
//   past:       Wed 21.04.2027 Reichsbürger (Landratsamt), Tue 04.05.2027 Rechnungsprüfung (online).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-05-11T07:00:00Z'); // Tuesday, 11 May 2027, 09:00 in Mindelheim (CEST)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Klick mit Folgen', // Tue 11.05. 13:30–15:00, online, LRA IT, Gschwind, phishing / information security, free
  datenschutz: 'Datenschutz in der Gemeindeverwaltung: DSGVO und BayDSG im Alltag', // Wed 12.05. 09:00–12:00, hybrid (Landratsamt), BVS, Dr. Wiedemann, 120 €
  motorsaege: 'Motorsäge sicher führen: Auffrischung für Bauhöfe', // Fri 14.05. 07:30–15:30, Bauhof Türkheim, KUVB, Kögel, free (KUVB pays), 10 seats
  excel: 'Excel für Einsteiger: Tabellen, Formeln, Filter', // Tue 18.05. 08:30–12:00, VHS Mindelheim, VHS, Hörmann, 85 €, 12 seats
  stress: 'Kraftquelle statt Kraftakt', // Thu 20.05. 14:00–16:30, online, KUVB, Stegmann, stress / burnout / resilience, free
  sitzung: 'Sitzungsdienst im Gemeinderat: Ladung, Niederschrift, Beschlussvollzug', // Wed 02.06. 09:00–16:00, Rathaus Türkheim, BVS, Baur, 190 €, deadline passed Fri 07.05. 23:59
  deeskalation: 'Wenn es am Schalter laut wird', // Tue 08.06. 09:00–15:00, Rathaus Bad Wörishofen, KUVB, Stegmann, de-escalation, free
  english: 'Welcome to Bad Wörishofen: English at the Front Desk', // Thu 10.06. 09:00–12:30, Kurhaus Bad Wörishofen, VHS, Whitfield, 110 €, deadline Fri 28.05. 23:59, in English
  ozg: 'Das Amt im Wohnzimmer', // Wed 16.06. 10:00–11:30, online, AKDB, Reiter, OZG / BayernPortal, free
  ki: 'Der digitale Kollege', // Thu 24.06. 13:00–16:00, hybrid (Landratsamt), AKDB, Reiter, AI / ChatGPT, 49 €
  spielplatz: 'Rutsche, Schaukel, Sandkasten', // Thu 01.07. 08:00–15:00, Rathaus Bad Grönenbach, KUVB, Kögel, playground inspection, free
  teams: 'Zusammenarbeit ohne Mailflut', // Mon 05.07. 10:00–11:30, online, LRA IT, Gschwind, Microsoft Teams, free
  eakte: 'Ordnung ohne Ordner', // Tue 13.07. 09:00–12:00, Rathaus Babenhausen, AKDB, Reiter, e-file, only Babenhausen/Boos/Erkheim, free
  ersteHilfe: 'Erste-Hilfe-Fortbildung für betriebliche Ersthelfer', // Thu 15.07. 08:00–16:00, Rathaus Ottobeuren, KUVB, Zettler, free (KUVB pays)
  vergabe: 'Vergaberecht kompakt: UVgO und VOB/A für Kommunen', // Wed 21.07. 09:00–16:30, Landratsamt, BVS, Dr. Schmid, 260 €, deadline Fri 02.07. 12:00
  azubi: 'Startklar: Einführungstage für Auszubildende', // Wed 01.09. and Thu 02.09. 09:00–15:00, Landratsamt, PE, Rauch, free
  ruecken: 'Rückenfit nach Feierabend', // Tue 14.09. 18:00–19:30, VHS Mindelheim, VHS, Brugger, 12 €
  sprache: 'Post vom Amt, die man gern liest', // Tue 21.09. 09:00–16:00, Rathaus Ottobeuren, VHS, Lutz, 140 €, plain language
  baurecht: 'Bauanträge im Griff: Bayerische Bauordnung für die Gemeindeverwaltung', // Thu 23.09. 09:00–16:00, Landratsamt, BVS, Wachter, 210 €, 18 seats
  kag: 'Beiträge und Gebühren rechtssicher erheben', // Tue 28.09. 08:30–12:00, online, BVS, Dr. Wiedemann, 150 €, KAG / fee bylaws
  fuehrung: 'Die ersten 100 Tage', // Tue 12.10. and Wed 13.10. 09:00–16:30, Landratsamt, BVS, Dr. Fendt, 520 €, new managers
  haushalt: 'Haushaltsplan verstehen und aufstellen', // Wed 20.10. 09:00–16:00, Rathaus Babenhausen, BVS, Dr. Schmid, 230 €
  pdf: 'Barrierefreie PDF-Dokumente erstellen', // draft (Tue 09.11.)
  friedhof: 'Friedhofsverwaltung: Satzung, Gebühren und Grabnutzungsrechte', // draft (Thu 18.11.)
  outlook: 'Outlook effizient: E-Mails, Kalender und Aufgaben', // cancelled (Tue 25.05.2027)
  rsa: 'Baustellen sicher absichern nach RSA 21', // cancelled (Wed 30.06.2027)
  reichsbuerger: 'Reichsbürger und Selbstverwalter: sicherer Umgang in der Verwaltung', // past (Wed 21 April 2027)
  rechnungspruefung: 'Örtliche Rechnungsprüfung kompakt', // past (Tue 4 May 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.pdf, T.friedhof, T.outlook, T.rsa, T.reichsbuerger, T.rechnungspruefung];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'phish', q: 'phishing schulung', kind: 'list', titles: [T.phishing] },
  {
    conv: 'phish',
    q: 'wann',
    kind: 'facts',
    titles: [T.phishing],
    says: ['am Di., 11.05.2027 von 13:30 bis 15:00 Uhr'],
  },
  { conv: 'phish', q: 'is das online', kind: 'facts', titles: [T.phishing], says: ['findet online statt'] },
  {
    conv: 'exel',
    q: 'exel kurs wann',
    kind: 'facts',
    titles: [T.excel],
    says: ['am Di., 18.05.2027 von 08:30 bis 12:00 Uhr'],
  },
  { conv: 'exel', q: 'kost der was', kind: 'facts', titles: [T.excel], says: ['kostet 85 €'] },
  { conv: 'exel', q: 'wo', kind: 'facts', titles: [T.excel], says: ['in der Volkshochschule Mindelheim'] },
  { conv: 'exel', q: 'noch platz?', kind: 'facts', titles: [T.excel], says: ['noch 12 von 12 Plätzen frei'] },
  { conv: 'azubi', q: 'gibts was für azubis', kind: 'list', titles: [T.azubi] },
  {
    conv: 'azubi',
    q: 'wann',
    kind: 'facts',
    titles: [T.azubi],
    says: ['an 2 Tagen', 'Mi., 01.09.2027 und Do., 02.09.2027', 'jeweils von 09:00 bis 15:00 Uhr'],
  },
  { conv: 'schalter', q: 'pöbelnde bürger am schalter was tun', kind: 'list', titles: [T.deeskalation] },
  { conv: 'schalter', q: 'wo', kind: 'facts', titles: [T.deeskalation], says: ['im Rathaus Bad Wörishofen'] },
  { conv: 'ai', q: 'any AI training', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    conv: 'ai',
    q: 'where',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['takes place at Landratsamt Unterallgäu, Bad Wörishofer Straße 33, 87719 Mindelheim or online'],
  },
  { conv: 'vergabe', q: 'vergabe seminar', kind: 'list', titles: [T.vergabe] },
  {
    conv: 'vergabe',
    q: 'anmeldeschluss',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Fr., 02.07.2027, 12:00 Uhr'],
  },
  {
    conv: 'sept',
    q: 'was gibts im september',
    kind: 'list',
    titles: [T.azubi, T.ruecken, T.sprache, T.baurecht, T.kag],
  },
  { conv: 'sept', q: 'und online?', kind: 'list', titles: [T.kag] },
  { conv: 'chef', q: 'neu als chef was gibts', kind: 'list', titles: [T.fuehrung] },
  {
    conv: 'chef',
    q: 'wie lang geht das',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['dauert 2 Tage, jeweils von 09:00 bis 16:30 Uhr'],
  },
  { conv: 'english', q: 'english course', locale: 'en', kind: 'list', titles: [T.english] },
  {
    conv: 'english',
    q: 'registration deadline?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['until Fri, 28 May 2027, 23:59'],
  },
  // --- facts -----------------------------------------------------------------------------------------------------------
  {
    q: 'wann fängt der motorsägen kurs an',
    kind: 'facts',
    titles: [T.motorsaege],
    says: ['beginnt am Fr., 14.05.2027 um 07:30 Uhr'],
  },
  {
    q: 'sitzungsdienst anmelden bis wann',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['am Fr., 07.05.2027, 23:59 Uhr abgelaufen'],
  },
  {
    q: 'was kostet erste hilfe',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die KUVB für ihre Mitglieder.'],
  },
  {
    q: 'wer macht datenschutz',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['leitet Frau Dr. Katharina Wiedemann'],
  },
  {
    q: 'wie lang dauert spielplatzkontrolle',
    kind: 'facts',
    titles: [T.spielplatz],
    says: ['dauert 7 Stunden, von 08:00 bis 15:00 Uhr'],
  },
  { q: 'haushalt seminar wo', kind: 'facts', titles: [T.haushalt], says: ['im Rathaus Babenhausen'] },
  {
    q: 'how much is the plain language course',
    locale: 'en',
    kind: 'facts',
    titles: [T.sprache],
    says: ['costs €140'],
  },
  {
    q: 'is the data protection course online',
    locale: 'en',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['is hybrid'],
  },
  { q: 'baurecht noch plätze', kind: 'facts', titles: [T.baurecht], says: ['noch 18 von 18 Plätzen frei'] },
  // --- topic searches: typos, words only in summary or description, synonyms ------------------------------------------
  { q: 'burnout vorbeugen', kind: 'list', titles: [T.stress] },
  { q: 'bayernportal', kind: 'list', titles: [T.ozg] },
  { q: 'e akte einführung', kind: 'list', titles: [T.eakte] },
  { q: 'chatgpt', kind: 'list', titles: [T.ki] },
  { q: 'kettensäge', kind: 'list', titles: [T.motorsaege] },
  { q: 'amtsdeutsch', kind: 'list', titles: [T.sprache] },
  { q: 'gebührensatzung', kind: 'list', titles: [T.kag] },
  { q: 'bauantrag prüfen', kind: 'list', titles: [T.baurecht] },
  { q: 'datenshutz', kind: 'list', titles: [T.datenschutz] },
  { q: 'teams schulung', kind: 'list', titles: [T.teams] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, length, cost, language ---------------
  { q: 'was is diese woche', kind: 'list', titles: [T.phishing, T.datenschutz, T.motorsaege] },
  { q: 'heute noch was', kind: 'list', titles: [T.phishing] },
  { q: 'nächste woche online', kind: 'list', titles: [T.stress] },
  { q: 'anything free next week', locale: 'en', kind: 'list', titles: [T.stress] },
  { q: 'was gibts im juni', kind: 'list', titles: [T.sitzung, T.deeskalation, T.english, T.ozg, T.ki] },
  { q: 'kostenlos im juni', kind: 'list', titles: [T.deeskalation, T.ozg] },
  { q: 'was gibts abends', kind: 'list', titles: [T.ruecken] },
  { q: 'kurse von dr schmid', kind: 'list', ...only(T.vergabe, T.haushalt) },
  {
    q: 'was bietet die kuvb',
    kind: 'list',
    ...only(T.motorsaege, T.stress, T.deeskalation, T.spielplatz, T.ersteHilfe),
  },
  {
    miss: 'typed in lower case, "bad wörishofen" is read as two place words, and the Landratsamt on the "Bad Wörishofer Straße" matches both',
    q: 'was gibts in bad wörishofen',
    kind: 'list',
    ...only(T.deeskalation, T.english),
  },
  { q: 'was für den bauhof', kind: 'list', ...only(T.motorsaege, T.spielplatz) },
  { q: 'mehrtägige kurse', kind: 'list', ...only(T.azubi, T.fuehrung) },
  { q: 'seminare über 200 euro', kind: 'list', ...only(T.vergabe, T.baurecht, T.fuehrung, T.haushalt) },
  { q: 'kurse unter 2 std', kind: 'list', ...only(T.phishing, T.ozg, T.teams, T.ruecken) },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'outlook kurs', kind: 'gone', gone: T.outlook },
  { q: 'baustellensicherung wann', kind: 'gone', gone: T.rsa },
  { q: 'reichsbürger seminar wann', kind: 'gone', gone: T.reichsbuerger, says: ['Mi., 21.04.2027'] },
  { q: 'rechnungsprüfung wann war die', kind: 'gone', gone: T.rechnungspruefung, says: ['Di., 04.05.2027'] },
  { q: 'barrierefreie pdf', kind: 'none' },
  { q: 'friedhof', kind: 'none' },
  { q: 'was is im august', kind: 'none' },
  { q: 'servus', kind: 'help' },
  { q: 'hi', locale: 'en', kind: 'help' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-seventy-eighth, independent catalogue (Landkreis Unterallgäu, BVS, KUVB, AKDB)',
  {
    fixture: 'heldout278-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
