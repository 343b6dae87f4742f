// Over-fitting check, two-hundred-and-eightieth catalogue: the spring 2028 programme for the Landkreis Dachau (Bavaria)
// and its towns and municipalities (Dachau, Karlsfeld, Markt Indersdorf, Petershausen, Bergkirchen, Altomünster and the
// Verwaltungsgemeinschaft Odelzhausen with Pfaffenhofen a.d.Glonn and Sulzemoos), with the Bayerische Verwaltungsschule
// (BVS), the Kommunale Unfallversicherung Bayern (KUVB), the AKDB, the Landratsamt's Personalentwicklung and the
// Volkshochschule Dachau (VHS), imported from a JSON file. Seminars take place in the Landratsamt Dachau, the Rathaus
// Dachau, the Ludwig-Thoma-Haus and the VHS-Zentrum in Dachau, the Rathaus and the Bauhof's Werkhalle in Karlsfeld,
// the town halls of Markt Indersdorf, Petershausen, Bergkirchen and Odelzhausen, online or hybrid. Several titles do not
// name their subject ("Ein Schlüssel reicht nicht mehr" is multi-factor sign-in, "Dokumente für alle" accessible
// documents, "Vertraulich bleibt vertraulich" data protection for personnel files, "Mandat mit Durchblick" municipal
// law for council members, "Kraftquellen im Arbeitsalltag" stress / resilience, "Jeder Euro hat seinen Platz" the
// cameral budget, "Absichern, bevor es kracht" traffic safety at road works, "Bewegte Pause" back exercises, "Der
// digitale Kollege schreibt mit" AI, "Die ersten hundert Tage" new managers, "Zusammen statt per Mail" Teams and
// SharePoint, "Ade, Aktenordner" the e-file, "Briefe, die ankommen" plain language, "Sicher schaukeln, sicher klettern"
// playground inspection, "Wenn es im Team knirscht" conflict management), so only summary, description or topics
// reveal it; one seminar is held in English; the leadership course runs on two Thursdays across the start of summer
// time (Sun 26.03.2028); the e-file course is open only to the Verwaltungsgemeinschaft Odelzhausen; first aid is free,
// paid by the KUVB; two courses run in the evening. Time and place questions come first, as an acceptance tester would
// ask them, with short follow-up conversations, some in English, written without looking at the parser or the answers.
//
// Calendar around `now` (Monday 28 February 2028, 09:30 in Dachau, winter time; 2028 is a leap year; summer time
// begins Sun 26.03.2028; the Bavarian Easter holidays are Mon 10.04.–Fri 21.04.2028, Easter Sunday 16.04.):
//   this week:  Mon 28.02. (today) 14:00–15:30 multi-factor sign-in (online); Tue 29.02. (tomorrow, leap day)
//               09:00–11:00 accessible documents (online); Wed 01.03. 09:00–12:00 personnel files (Landratsamt);
//               Thu 02.03. 18:30–21:00 council members (Rathaus Petershausen, evening); Fri 03.03. 09:00–12:00 Excel
//               (online, 69 €)
//   next week:  Mon 06.03. 09:00–16:00 procurement (Landratsamt; deadline passed Thu 24.02. 12:00), Tue 07.03.
//               13:30–16:00 resilience (online), Wed 08.03. 09:00–12:30 English (Rathaus Karlsfeld; deadline Wed 01.03.
//               23:59), Thu 09.03. 09:00–16:00 cameral budget (Rathaus Markt Indersdorf); nothing on Fri 10.03.
//   March:      Tue 14.03. 07:30–15:00 road works (Bauhof Karlsfeld), Wed 15.03. 18:00–19:30 back exercises (VHS-Zentrum,
//               evening), the cancelled Outlook course (Fri 17.03.), Tue 21.03. first aid (Rathaus Karlsfeld), Wed
//               22.03. 14:00–16:30 AI (Ludwig-Thoma-Haus), Thu 23.03. (CET) and Thu 30.03. (CEST) 09:00–16:30
//               leadership (Landratsamt; deadline Fri 10.03. 23:59)
//   April:      nothing from Sat 01.04. to Tue 11.04.; in the Easter holidays Wed 12.04. 09:00–13:00 fire wardens
//               (Rathaus Bergkirchen) and Tue 18.04. 10:00–11:30 Teams/SharePoint (online); the cancelled chainsaw course
//               on Tue 25.04.; Thu 27.04. e-file (Rathaus Odelzhausen, members only)
//   May:        Tue 09.05. plain language (VHS-Zentrum; deadline Fri 21.04. 12:00), Thu 11.05. playground inspection
//               (Rathaus Bergkirchen), Tue 16.05. administrative acts (hybrid, Rathaus Dachau)
//   later:      Wed 14.06. conflict management (Markt Indersdorf), the draft social-media course (Tue 20.06.), the draft
//               cemetery course (Wed 05.07.), Wed 06.09. induction day for trainees (Landratsamt)
//   past:       Wed 17.11.2027 winter road service (Petershausen), Tue 18.01.2028 housing benefit (online).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-02-28T08:30:00Z'); // Monday, 28 February 2028, 09:30 in Dachau (CET)
const TZ = 'Europe/Berlin';

const T = {
  mfa: 'Ein Schlüssel reicht nicht mehr', // Mon 28.02. 14:00–15:30, online, AKDB, Huber, multi-factor authentication, free
  pdf: 'Dokumente für alle', // Tue 29.02. 09:00–11:00, online, PE, Riedl, accessible Word/PDF documents, free
  datenschutz: 'Vertraulich bleibt vertraulich', // Wed 01.03. 09:00–12:00, Landratsamt, PE, Schmid, personnel files / data protection, free
  gemeinderat: 'Mandat mit Durchblick', // Thu 02.03. 18:30–21:00, Rathaus Petershausen, BVS, Dr. Bauer, Gemeindeordnung for council members, 45 €
  excel: 'Mehr aus Tabellen herausholen: Excel für Fortgeschrittene', // Fri 03.03. 09:00–12:00, online, VHS, Wagner, 69 € (Dienststelle pays)
  vergabe: 'Vergaberecht kompakt: UVgO und VOB/A in der Praxis', // Mon 06.03. 09:00–16:00, Landratsamt, BVS, Dr. Bauer, 265 €, deadline passed Thu 24.02. 12:00
  resilienz: 'Kraftquellen im Arbeitsalltag', // Tue 07.03. 13:30–16:00, online, KUVB, Lechner, stress / resilience / burnout, free
  english: 'Front Desk English: Welcoming International Residents', // Wed 08.03. 09:00–12:30, Rathaus Karlsfeld, VHS, Mitchell, 85 €, deadline Wed 01.03. 23:59
  haushalt: 'Jeder Euro hat seinen Platz', // Thu 09.03. 09:00–16:00, Rathaus Markt Indersdorf, BVS, Gruber, cameral budget, 230 €, 24 seats
  bauhof: 'Absichern, bevor es kracht', // Tue 14.03. 07:30–15:00, Werkhalle Bauhof Karlsfeld, KUVB, Obermeier, road-works safety (RSA 21, Leitkegel), free
  ruecken: 'Bewegte Pause', // Wed 15.03. 18:00–19:30, VHS-Zentrum Dachau, VHS, Hartl, back exercises, 15 €
  ersteHilfe: 'Erste-Hilfe-Fortbildung für betriebliche Ersthelferinnen und Ersthelfer', // Tue 21.03. 08:30–16:00, Rathaus Karlsfeld, KUVB, Maier, free (KUVB pays)
  ki: 'Der digitale Kollege schreibt mit', // Wed 22.03. 14:00–16:30, Ludwig-Thoma-Haus Dachau, AKDB, Huber, AI / ChatGPT, free
  fuehrung: 'Die ersten hundert Tage', // Thu 23.03. (CET) and Thu 30.03. (CEST) 09:00–16:30, Landratsamt, BVS, Dr. Brandl, new managers, 390 €, deadline Fri 10.03. 23:59
  brandschutz: 'Brandschutzhelferinnen und Brandschutzhelfer: Ausbildung nach ASR A2.2', // Wed 12.04. 09:00–13:00, Rathaus Bergkirchen, KUVB, Maier, Feuerlöscher, free
  teams: 'Zusammen statt per Mail', // Tue 18.04. 10:00–11:30, online, AKDB, Huber, Teams / SharePoint, free
  eakte: 'Ade, Aktenordner', // Thu 27.04. 09:00–12:00, Rathaus Odelzhausen, AKDB, Kellner, e-file, only Odelzhausen/Pfaffenhofen/Sulzemoos, free
  sprache: 'Briefe, die ankommen', // Tue 09.05. 09:00–16:00, VHS-Zentrum Dachau, VHS, Eder, plain language, 120 €, deadline Fri 21.04. 12:00
  spielplatz: 'Sicher schaukeln, sicher klettern', // Thu 11.05. 08:00–15:00, Rathaus Bergkirchen, KUVB, Obermeier, playground inspection, free
  bescheid: 'Bescheide rechtssicher formulieren: Verwaltungsakt, Anhörung, Rechtsbehelfsbelehrung', // Tue 16.05. 09:00–16:00, hybrid (Rathaus Dachau), BVS, Dr. Bauer, 235 €
  konflikt: 'Wenn es im Team knirscht', // Wed 14.06. 09:00–16:00, Rathaus Markt Indersdorf, BVS, Dr. Brandl, conflict management for managers, 210 €
  azubi: 'Startklar: Einführungstag für neue Auszubildende', // Wed 06.09. 09:00–15:00, Landratsamt, PE, Schmid, free, 30 seats
  socialMedia: 'Social Media für Gemeinden: Instagram und Facebook rechtssicher nutzen', // draft (Tue 20.06.)
  friedhof: 'Friedhofsverwaltung: Grabnutzungsrechte und Gebühren', // draft (Wed 05.07.)
  outlook: 'Outlook im Griff: E-Mails, Kalender und Aufgaben', // cancelled (Fri 17.03.2028)
  motorsaege: 'Motorsägen-Grundlehrgang für Bauhofbeschäftigte', // cancelled (Tue 25.04.2028)
  wohngeld: 'Wohngeld aktuell: Änderungen zum 1. Januar 2028', // past (Tue 18 January 2028)
  winterdienst: 'Räum- und Streupflicht: Winterdienst rechtssicher organisieren', // past (Wed 17 November 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.socialMedia, T.friedhof, T.outlook, T.motorsaege, T.wohngeld, T.winterdienst];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'heute', q: 'gibt es heute noch was?', kind: 'list', titles: [T.mfa] },
  { conv: 'heute', q: 'wo findet das statt', kind: 'facts', titles: [T.mfa], says: ['findet online statt'] },
  {
    conv: 'heute',
    q: 'wie lange dauert das',
    kind: 'facts',
    titles: [T.mfa],
    says: ['dauert 1,5 Stunden, von 14:00 bis 15:30 Uhr'],
  },
  { conv: 'morgen', q: 'was ist morgen?', kind: 'list', titles: [T.pdf] },
  {
    conv: 'morgen',
    q: 'wann fängt das an',
    kind: 'facts',
    titles: [T.pdf],
    says: ['beginnt am Di., 29.02.2028 um 09:00 Uhr'],
  },
  { conv: 'morgen', q: 'wer hält das seminar?', kind: 'facts', titles: [T.pdf], says: ['leitet Frau Lisa Riedl'] },
  {
    conv: 'fuehrung',
    q: 'ich bin neu als teamleiterin, gibt es einen kurs für den einstieg in die führungsrolle?',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'fuehrung',
    q: 'wann genau?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 23.03.2028 und Do., 30.03.2028', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    conv: 'fuehrung',
    q: 'bis wann muss ich mich anmelden',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['bis Fr., 10.03.2028, 23:59 Uhr'],
  },
  { conv: 'vergabe', q: 'uvgo schulung', kind: 'list', titles: [T.vergabe] },
  {
    conv: 'vergabe',
    q: 'bis wann ist anmeldeschluss?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['ist am Do., 24.02.2028, 12:00 Uhr abgelaufen'],
  },
  {
    conv: 'english',
    q: 'is there an english course for the front desk?',
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  {
    conv: 'english',
    q: 'where does it take place',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['takes place at Rathaus Karlsfeld'],
  },
  { conv: 'bauhof', q: 'leitkegel und absperrungen an baustellen', kind: 'list', titles: [T.bauhof] },
  {
    conv: 'bauhof',
    q: 'um wie viel uhr geht es los?',
    kind: 'facts',
    titles: [T.bauhof],
    says: ['beginnt am Di., 14.03.2028 um 07:30 Uhr'],
  },
  { conv: 'bauhof', q: 'kostet das was?', kind: 'facts', titles: [T.bauhof], says: ['ist kostenlos'] },
  { conv: 'haushalt', q: 'kameralistik kurs', kind: 'list', titles: [T.haushalt] },
  {
    conv: 'haushalt',
    q: 'sind noch plätze frei?',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['noch 24 von 24 Plätzen frei'],
  },
  { conv: 'ki', q: 'chatgpt training', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    conv: 'ki',
    q: 'when is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['on Wed, 22 Mar 2028 from 14:00 to 16:30'],
  },
  { conv: 'bescheid', q: 'rechtsbehelfsbelehrung', kind: 'list', titles: [T.bescheid] },
  {
    conv: 'bescheid',
    q: 'präsenz oder online?',
    kind: 'facts',
    titles: [T.bescheid],
    says: ['findet hybrid statt: im Rathaus Dachau'],
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
    q: 'wann ist die erste hilfe fortbildung',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['am Di., 21.03.2028 von 08:30 bis 16:00 Uhr'],
  },
  {
    q: 'wo findet die brandschutzhelfer ausbildung statt',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['im Rathaus Bergkirchen'],
  },
  {
    q: 'how long is the conflict management seminar',
    locale: 'en',
    kind: 'facts',
    titles: [T.konflikt],
    says: ['lasts 7 hours, from 09:00 to 16:00'],
  },
  {
    q: 'anmeldeschluss für bürgernahe sprache',
    kind: 'facts',
    titles: [T.sprache],
    says: ['bis Fr., 21.04.2028, 12:00 Uhr'],
  },
  {
    q: 'ist die spielplatzkontrolle online oder vor ort?',
    kind: 'facts',
    titles: [T.spielplatz],
    says: ['findet in Präsenz statt, im Rathaus Bergkirchen'],
  },
  // --- topic searches: typos, words only in summary or description, everyday words -------------------------------------
  { q: 'exel für fortgeschrittene', kind: 'list', titles: [T.excel] },
  { q: 'authenticator app einrichten', kind: 'list', titles: [T.mfa] },
  { q: 'burnout vorbeugen', kind: 'list', titles: [T.resilienz] },
  { q: 'streit im team', kind: 'list', titles: [T.konflikt] },
  { q: 'rückenschmerzen vom vielen sitzen', kind: 'list', titles: [T.ruecken] },
  { q: 'barrierefreie pdf erstellen', kind: 'list', titles: [T.pdf] },
  { q: 'wo lerne ich mit dem feuerlöscher umzugehen', kind: 'list', titles: [T.brandschutz] },
  { q: 'e-akte schulung', kind: 'list', titles: [T.eakte] },
  { q: 'wer darf die personalakte einsehen? gibt es dazu eine schulung', kind: 'list', titles: [T.datenschutz] },
  // --- time and place filters, format, provider, trainer, audience, cost, length ---------------------------------------
  { q: 'was läuft diese woche vormittags?', kind: 'list', titles: [T.pdf, T.datenschutz, T.excel] },
  { q: 'any online sessions this week', locale: 'en', kind: 'list', titles: [T.mfa, T.pdf, T.excel] },
  { q: 'was steht nächste woche an', kind: 'list', titles: [T.vergabe, T.resilienz, T.english, T.haushalt] },
  {
    q: 'anything during the easter holidays?',
    locale: 'en',
    kind: 'list',
    titles: [T.brandschutz, T.teams],
  },
  { q: 'was gibt es im april', kind: 'list', titles: [T.brandschutz, T.teams, T.eakte] },
  { q: 'seminare im mai', kind: 'list', titles: [T.sprache, T.spielplatz, T.bescheid] },
  {
    q: 'kostenlose online-seminare vor mai',
    kind: 'list',
    titles: [T.mfa, T.pdf, T.resilienz, T.teams],
  },
  { q: 'gibt es auch abendkurse?', kind: 'list', ...only(T.gemeinderat, T.ruecken) },
  { q: 'online am nachmittag', kind: 'list', ...only(T.mfa, T.resilienz) },
  { q: 'ist an einem freitag etwas?', kind: 'list', titles: [T.excel] },
  { q: 'seminare in karlsfeld', kind: 'list', ...only(T.english, T.bauhof, T.ersteHilfe) },
  { q: 'was findet im landratsamt statt', kind: 'list', ...only(T.datenschutz, T.vergabe, T.fuehrung, T.azubi) },
  { q: 'welche kurse gibt dr. bauer', kind: 'list', ...only(T.gemeinderat, T.vergabe, T.bescheid) },
  { q: 'what does the AKDB offer', locale: 'en', kind: 'list', ...only(T.mfa, T.ki, T.teams, T.eakte) },
  { q: 'was gibt es für führungskräfte', kind: 'list', ...only(T.fuehrung, T.konflikt) },
  {
    q: 'seminare die mehr als 200 euro kosten',
    kind: 'list',
    ...only(T.vergabe, T.haushalt, T.fuehrung, T.bescheid, T.konflikt),
  },
  { q: 'welche seminare dauern höchstens zwei stunden', kind: 'list', ...only(T.mfa, T.pdf, T.ruecken, T.teams) },
  { q: 'gibt es mehrtägige seminare', kind: 'list', titles: [T.fuehrung] },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'gibt es noch den outlook kurs', kind: 'gone', gone: T.outlook },
  { q: 'wann ist der motorsägenlehrgang', kind: 'gone', gone: T.motorsaege },
  { q: 'wohngeld schulung, wann war die?', kind: 'gone', gone: T.wohngeld, says: ['Di., 18.01.2028'] },
  { q: 'winterdienst seminar', kind: 'gone', gone: T.winterdienst, says: ['Mi., 17.11.2027'] },
  { q: 'instagram für die gemeinde', kind: 'none' },
  { q: 'friedhofsverwaltung', kind: 'none' },
  { q: 'was gibt es in altomünster', kind: 'none' },
  { q: 'Servus!', kind: 'help' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-eightieth, independent catalogue (Landkreis Dachau, BVS, KUVB, AKDB, VHS Dachau)',
  {
    fixture: 'heldout280-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
