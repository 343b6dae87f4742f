// Over-fitting check, two-hundred-and-twenty-ninth catalogue: the 2027 programme for the Landkreis Forchheim (Upper
// Franconia, Bavaria) and its towns and markets (Forchheim, Ebermannstadt, Gräfenberg, Eggolsheim, Gößweinstein,
// Hallerndorf), with the Bayerische Verwaltungsschule (BVS), the Landratsamt's Personalentwicklung, the AKDB, the
// Kommunale Unfallversicherung Bayern (KUVB) and the Volkshochschule Forchheim (VHS), imported from a JSON file.
// Seminars take place in the Landratsamt Forchheim, the town halls of Forchheim, Ebermannstadt, Gräfenberg, Eggolsheim,
// Gößweinstein and Hallerndorf, the Feuerwehrhaus Eggolsheim, the Bauhof Hallerndorf, the Volkshochschule Forchheim,
// online or hybrid. Several titles do not name their subject ("Ein Schlüssel ist nicht genug" is passwords and
// two-factor login, "Wenn es am Schalter laut wird" de-escalation, "Tabellen ohne Tränen" Excel, "Der digitale Kollege"
// AI / ChatGPT, "Kopf frei" stress and burnout, "Ruhe in geordneten Bahnen" cemeteries and graves, "Die neue Rolle"
// leadership, "Für alle lesbar" accessible documents, "Der Antrag kommt per Klick" the BayernPortal / OZG, "Was darf
// ich sagen?" data protection, "Abschied vom Aktenschrank" the e-file, "Gut ankommen" induction day, "Briefe, die
// ankommen" plain writing, "Mehr Luft im Kalender" time management, "Kameralistik kompakt" the municipal budget), so
// only summary, description or topics reveal it; questions use everyday words and paraphrases instead of the course
// terms, and about a third are English questions against the German texts. One seminar is held in English; the
// leadership course runs on two days across the start of summer time (Sun 28.03.2027); the e-file course is open only
// to Ebermannstadt, Gräfenberg and Gößweinstein; first aid is free, paid by the KUVB; one evening seminar (councillors).
//
// Calendar around `now` (Thursday 18 February 2027, 10:00 in Forchheim, winter time; summer time begins Sun 28.03.2027):
//   this week:  nothing more today; Fri 19.02. 09:00–11:00 passwords (online, tomorrow)
//   next week:  Mon 22.02. 09:00–12:30 passports (Rathaus Forchheim), Tue 23.02. 13:00–16:30 de-escalation (Rathaus
//               Ebermannstadt, free), Wed 24.02. 09:00–12:00 Excel (online, 69 €), Thu 25.02. 13:30–16:30 English
//               (Landratsamt; deadline passed Fri 12.02. 23:59); nothing on Fri 26.02.
//   then:       nothing until Tue 09.03. except the cancelled mail-merge course (Wed 03.03.)
//   March:      Tue 09. AI (hybrid, Landratsamt, free), Wed 10. procurement (Landratsamt, 240 €; deadline Fri 26.02.
//               12:00), Thu 18. first aid (Feuerwehrhaus Eggolsheim, 08:30–16:30, free), Tue 23. cemeteries (Rathaus
//               Gößweinstein, 160 €), Thu 25. leadership module 1 (Landratsamt, 520 €)
//   April:      Tue 13. chainsaw (Bauhof Hallerndorf, 07:30–15:30, free), Wed 14. stress (online, 14:00–15:30, free),
//               Thu 15. leadership module 2 (CEST), Wed 21. road development charges (Rathaus Eggolsheim, 210 €), Thu 22.
//               accessible documents (online, 49 €); the cancelled playground-inspection course on Thu 15.04.
//   May:        Tue 04. BayernPortal (online, free), Wed 12. data protection (hybrid, Rathaus Gräfenberg, free), Tue 18.
//               e-file (Rathaus Ebermannstadt, members only); the draft Instagram course on Wed 19.05.
//   June/July:  Tue 08.06. induction day (Landratsamt), Wed 16.06. plain writing (Volkshochschule), Thu 24.06. 18:00–21:00
//               new councillors (Rathaus Hallerndorf, 45 €), Tue 06.07. time management (online, 59 €)
//   September:  Tue 21. Kameralistik (Landratsamt, 230 €); the draft heat-planning course on Wed 13.10.
//   past:       Wed 20.01.2027 winter road service (Rathaus Gräfenberg), Tue 09.02.2027 property tax (online).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-02-18T09:00:00Z'); // Thursday, 18 February 2027, 10:00 in Forchheim (CET)
const TZ = 'Europe/Berlin';

const T = {
  passwort: 'Ein Schlüssel ist nicht genug', // Fri 19.02. 09:00–11:00, online, AKDB, Dörfler, passwords / two-factor, free
  pass: 'Pass- und Ausweiswesen aktuell', // Mon 22.02. 09:00–12:30, Rathaus Forchheim, BVS, Hümmer, 195 €
  schalter: 'Wenn es am Schalter laut wird', // Tue 23.02. 13:00–16:30, Rathaus Ebermannstadt, KUVB, Schmitt, de-escalation, free
  excel: 'Tabellen ohne Tränen', // Wed 24.02. 09:00–12:00, online, VHS, Kraus, Excel, 69 € (Dienststelle pays)
  english: 'Speaking with Confidence: English for the Front Office', // Thu 25.02. 13:30–16:30, Landratsamt, VHS, Murray, 89 €, deadline passed Fri 12.02. 23:59
  ki: 'Der digitale Kollege', // Tue 09.03. 13:00–16:00, hybrid (Landratsamt), AKDB, Dörfler, AI / ChatGPT, free
  vergabe: 'Unterschwellenvergabe nach UVgO', // Wed 10.03. 09:00–16:00, Landratsamt, BVS, Dr. Wölfel, 240 €, deadline Fri 26.02. 12:00
  ersteHilfe: 'Erste Hilfe: Ausbildung für betriebliche Ersthelfer', // Thu 18.03. 08:30–16:30, Feuerwehrhaus Eggolsheim, KUVB, Ochs, free (KUVB pays)
  stress: 'Kopf frei', // Wed 14.04. 14:00–15:30, online, KUVB, Hofmann, stress / burnout, free
  friedhof: 'Ruhe in geordneten Bahnen', // Tue 23.03. 09:00–15:00, Rathaus Gößweinstein, BVS, Hümmer, 160 €, cemeteries
  fuehrung: 'Die neue Rolle', // Thu 25.03. (CET) and Thu 15.04. (CEST) 09:00–16:30, Landratsamt, BVS, Dr. Sauer, 520 €, new managers
  motorsaege: 'Motorsägenlehrgang für Bauhofbeschäftigte', // Tue 13.04. 07:30–15:30, Bauhof Hallerndorf, KUVB, Schmitt, free, 10 seats
  erschliessung: 'Erschließungsbeiträge rechtssicher abrechnen', // Wed 21.04. 09:00–16:00, Rathaus Eggolsheim, BVS, Dr. Wölfel, 210 €
  barrierefrei: 'Für alle lesbar', // Thu 22.04. 09:00–12:00, online, VHS, Kraus, accessible documents, 49 €
  portal: 'Der Antrag kommt per Klick', // Tue 04.05. 13:00–16:00, online, AKDB, Dörfler, BayernPortal / OZG, free
  datenschutz: 'Was darf ich sagen?', // Wed 12.05. 09:00–12:00, hybrid (Rathaus Gräfenberg), PE, Brehm, data protection, free
  eakte: 'Abschied vom Aktenschrank', // Tue 18.05. 09:00–12:00, Rathaus Ebermannstadt, AKDB, Leicht, e-file, only Ebermannstadt/Gräfenberg/Gößweinstein, free
  einfuehrung: 'Gut ankommen', // Tue 08.06. 09:00–15:00, Landratsamt, PE, Gebhardt, induction day, free
  briefe: 'Briefe, die ankommen', // Wed 16.06. 09:00–16:00, Volkshochschule Forchheim, VHS, Pfister, plain writing, 120 €
  gemeinderat: 'Neu im Gemeinderat', // Thu 24.06. 18:00–21:00, Rathaus Hallerndorf, BVS, Dr. Wölfel, 45 €, evening
  zeit: 'Mehr Luft im Kalender', // Tue 06.07. 09:00–12:00, online, VHS, Pfister, time management, 59 €
  haushalt: 'Kameralistik kompakt', // Tue 21.09. 09:00–16:00, Landratsamt, BVS, Kießling, 230 €, 20 seats, municipal budget
  instagram: 'Das Rathaus auf Instagram', // draft (Wed 19.05.)
  waermeplanung: 'Kommunale Wärmeplanung verstehen', // draft (Wed 13.10.)
  serienbrief: 'Serienbriefe mit Word', // cancelled (Wed 03.03.2027)
  spielplatz: 'Spielplätze sicher kontrollieren', // cancelled (Thu 15.04.2027)
  winterdienst: 'Winterdienst: Räum- und Streupflicht der Gemeinden', // past (Wed 20 January 2027)
  grundsteuer: 'Die neue Grundsteuer in Bayern', // past (Tue 9 February 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.instagram, T.waermeplanung, T.serienbrief, T.spielplatz, T.winterdienst, T.grundsteuer];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'pw', q: 'wie merke ich mir bessere passwörter?', kind: 'list', titles: [T.passwort] },
  {
    conv: 'pw',
    q: 'wann ist das',
    kind: 'facts',
    titles: [T.passwort],
    says: ['am Fr., 19.02.2027 von 09:00 bis 11:00 Uhr'],
  },
  { conv: 'pw', q: 'kostet das was?', kind: 'facts', titles: [T.passwort], says: ['ist kostenlos'] },
  {
    conv: 'schalter',
    q: 'is there training for dealing with rude visitors at the counter',
    locale: 'en',
    kind: 'list',
    titles: [T.schalter],
  },
  {
    conv: 'schalter',
    q: 'where is it held?',
    locale: 'en',
    kind: 'facts',
    titles: [T.schalter],
    says: ['takes place at Rathaus Ebermannstadt'],
  },
  {
    conv: 'schalter',
    q: 'and when does it start',
    locale: 'en',
    kind: 'facts',
    titles: [T.schalter],
    says: ['Tue, 23 Feb 2027', '13:00'],
  },
  {
    conv: 'chef',
    q: 'ich bin seit kurzem teamleiterin, gibt es da was für mich',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'chef',
    q: 'wann genau?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 25.03.2027 und Do., 15.04.2027', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  { conv: 'chef', q: 'und was kostet es', kind: 'facts', titles: [T.fuehrung], says: ['kostet 520 €'] },
  { conv: 'friedhof', q: 'seminar zu grabstätten und friedhofsgebühren', kind: 'list', titles: [T.friedhof] },
  { conv: 'friedhof', q: 'wo ist das?', kind: 'facts', titles: [T.friedhof], says: ['im Rathaus Gößweinstein'] },
  {
    conv: 'friedhof',
    q: 'bis wann kann man sich anmelden',
    kind: 'facts',
    titles: [T.friedhof],
    says: ['bis Di., 23.03.2027, 09:00 Uhr'],
  },
  { conv: 'ki', q: 'anything about using chatgpt at work?', locale: 'en', kind: 'list', titles: [T.ki] },
  { conv: 'ki', q: 'is it online?', locale: 'en', kind: 'facts', titles: [T.ki], says: ['is hybrid', 'or online'] },
  { conv: 'ki', q: 'how much does it cost', locale: 'en', kind: 'facts', titles: [T.ki], says: ['is free of charge'] },
  { conv: 'saege', q: 'kettensägen lehrgang', kind: 'list', titles: [T.motorsaege] },
  {
    conv: 'saege',
    q: 'wie lange dauert der',
    kind: 'facts',
    titles: [T.motorsaege],
    says: ['dauert 8 Stunden, von 07:30 bis 15:30 Uhr'],
  },
  {
    conv: 'saege',
    q: 'sind da noch plätze frei',
    kind: 'facts',
    titles: [T.motorsaege],
    says: ['noch 10 von 10 Plätzen frei'],
  },
  { conv: 'ausweis', q: 'training on passports and ID cards', locale: 'en', kind: 'list', titles: [T.pass] },
  {
    conv: 'ausweis',
    q: 'who teaches it',
    locale: 'en',
    kind: 'facts',
    titles: [T.pass],
    says: ['is led by Frau Karin Hümmer'],
  },
  {
    conv: 'ausweis',
    q: 'how long is it',
    locale: 'en',
    kind: 'facts',
    titles: [T.pass],
    says: ['lasts 3.5 hours, from 09:00 to 12:30'],
  },
  { conv: 'akte', q: 'schulung zur elektronischen akte', kind: 'list', titles: [T.eakte] },
  {
    conv: 'akte',
    q: 'wo findet das statt',
    kind: 'facts',
    titles: [T.eakte],
    says: ['im Rathaus Ebermannstadt'],
  },
  // --- facts -----------------------------------------------------------------------------------------------------------
  {
    q: 'was kostet der excel kurs',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 69 €'],
    mentions: ['Die Gebühr trägt die entsendende Dienststelle.'],
  },
  {
    q: 'kostet der erste-hilfe-kurs etwas?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die KUVB für ihre Mitgliedsverwaltungen.'],
  },
  {
    q: 'what does the seminar on road development charges cost',
    locale: 'en',
    kind: 'facts',
    titles: [T.erschliessung],
    says: ['costs €210'],
  },
  {
    q: 'bis wann muss ich mich für die vergabeschulung anmelden',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Fr., 26.02.2027, 12:00 Uhr'],
  },
  {
    q: 'registration deadline for the english course',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 12 Feb 2027, 23:59'],
  },
  {
    q: 'where is the training for new councillors',
    locale: 'en',
    kind: 'facts',
    titles: [T.gemeinderat],
    says: ['takes place at Rathaus Hallerndorf, Schulstraße 2, 91352 Hallerndorf'],
  },
  {
    q: 'when is the time management course',
    locale: 'en',
    kind: 'facts',
    titles: [T.zeit],
    says: ['on Tue, 6 Jul 2027 from 09:00 to 12:00'],
  },
  {
    q: 'findet der datenschutzkurs vor ort statt?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['im Rathaus Gräfenberg', 'oder online'],
  },
  {
    q: 'are there still seats in the budget course',
    locale: 'en',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['has 20 of 20 seats left'],
  },
  // --- topic searches: typos, everyday words, words only in summary or description, English against German -----------
  { q: 'excell schulung', kind: 'list', titles: [T.excel] },
  { q: 'kurs zur wiederbelebung mit defi', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'burnout prevention', locale: 'en', kind: 'list', titles: [T.stress] },
  { q: 'anliegerbeiträge für eine neue straße abrechnen', kind: 'list', titles: [T.erschliessung] },
  { q: 'dokumente für blinde kollegen lesbar machen', kind: 'list', titles: [T.barrierefrei] },
  { q: 'bayernportal', kind: 'list', titles: [T.portal] },
  {
    q: 'how do citizens apply online',
    locale: 'en',
    kind: 'list',
    titles: [T.portal],
  },
  { q: 'darf ich am telefon auskunft über bürger geben', kind: 'list', titles: [T.datenschutz] },
  { q: 'amtsdeutsch vermeiden', kind: 'list', titles: [T.briefe] },
  {
    q: 'zu viele e-mails, wie organisiere ich mich besser',
    kind: 'list',
    titles: [T.zeit],
  },
  { q: 'haushaltsplan aufstellen', kind: 'list', titles: [T.haushalt] },
  { q: 'procurement below EU thresholds', locale: 'en', kind: 'list', titles: [T.vergabe] },
  // --- filters: dates, time of day, place, trainer, provider, cost, length, language ---------------------------------
  { q: 'was ist morgen', kind: 'list', titles: [T.passwort] },
  { q: 'was läuft nächste woche', kind: 'list', titles: [T.pass, T.schalter, T.excel, T.english] },
  { q: 'anything next week in the morning', locale: 'en', kind: 'list', titles: [T.pass, T.excel] },
  {
    q: 'was gibt es in den nächsten zwei wochen',
    kind: 'list',
    titles: [T.passwort, T.pass, T.schalter, T.excel, T.english],
  },
  {
    q: "what's on next month",
    locale: 'en',
    kind: 'list',
    titles: [T.ki, T.vergabe, T.ersteHilfe, T.friedhof, T.fuehrung],
  },
  { q: 'kostenlose kurse im märz', kind: 'list', titles: [T.ki, T.ersteHilfe] },
  { q: 'was gibt es in hallerndorf', kind: 'list', ...only(T.motorsaege, T.gemeinderat) },
  { q: 'courses by Florian Dörfler', locale: 'en', kind: 'list', ...only(T.passwort, T.ki, T.portal) },
  {
    q: 'was hat die unfallversicherung im angebot',
    kind: 'list',
    ...only(T.schalter, T.ersteHilfe, T.stress, T.motorsaege),
  },
  { q: 'mehrtägige seminare', kind: 'list', titles: [T.fuehrung] },
  { q: 'any courses in english', locale: 'en', kind: 'list', titles: [T.english] },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'serienbrief kurs', kind: 'gone', gone: T.serienbrief },
  { q: 'when is the playground inspection training', locale: 'en', kind: 'gone', gone: T.spielplatz },
  { q: 'wann war der winterdienst kurs', kind: 'gone', gone: T.winterdienst, says: ['Mi., 20.01.2027'] },
  { q: 'grundsteuer seminar', kind: 'gone', gone: T.grundsteuer, says: ['Di., 09.02.2027'] },
  { q: 'instagram schulung', kind: 'none' },
  { q: 'gabelstapler schein', kind: 'none' },
  { q: 'hallo', kind: 'help' },
  { q: 'hi, what can you do?', locale: 'en', kind: 'help' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-twenty-ninth, independent catalogue (Landkreis Forchheim, BVS, AKDB, KUVB)',
  {
    fixture: 'heldout229-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
