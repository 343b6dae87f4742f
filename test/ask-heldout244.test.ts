// Over-fitting check, two-hundred-and-forty-fourth catalogue: the 2027 programme for the Landkreis Landshut (Bavaria)
// and its towns and markets (Ergolding, Vilsbiburg, Rottenburg a.d.Laaber, Essenbach, Ergoldsbach), with the
// Fortbildungsakademie of the Landratsamt Landshut, the Kommunales IT-Servicezentrum Landkreis Landshut (KISL), the
// Unfallkasse KUVB (Kommunale Unfallversicherung Bayern), the Volkshochschule Landkreis Landshut (vhs) and the
// Bayerische Verwaltungsschule (BVS), imported from a JSON file. Seminars take place in the Landratsamt Landshut
// (Veldener Straße), the town halls of Ergolding, Vilsbiburg, Rottenburg a.d.Laaber, Essenbach and Ergoldsbach, the
// vhs-Zentrum Vilsbiburg, online or hybrid. Several titles do not name their subject ("Klick mit Folgen" is phishing,
// "Rücken, Augen, Pausen" screen-work ergonomics, "Kopf frei" stress and burn-out, "Ordnung im Posteingang" Outlook,
// "Abschied vom Aktenschrank" the e-file / DMS, "Wenn der Ton rauer wird" de-escalation, "Schreiben, das ankommt" plain
// language, "Gemeinsam statt per Mail" Microsoft Teams), so only summary, description or topics reveal it; one seminar
// is held in English; the leadership workshop runs on two days; the e-file course is open only to Ergoldsbach,
// Essenbach and Rottenburg; first aid is free, paid by the KUVB. Questions are written the way an acceptance tester
// would try the bot — several filters at once, topic searches and facts, about a third in English — without looking at
// the parser or the answers.
//
// Calendar around `now` (Wednesday 10 March 2027, 11:00 in Landshut, winter time; summer time begins Sun 28.03.2027):
//   this week:  nothing more today; Thu 11.03. 09:00–11:00 phishing (online, free), Fri 12.03. 09:00–12:00 data
//               protection (hybrid, Landratsamt, free)
//   next week:  Mon 15.03. 08:30–12:00 Excel (online, vhs, 65 €; deadline passed Fri 05.03. 12:00), Wed 17.03.
//               13:00–16:30 English (vhs-Zentrum Vilsbiburg, 89 €), Thu 18.03. 14:00–15:30 ergonomics (online, KUVB,
//               free); nothing from Fri 19.03. to Mon 05.04.
//   April:      Tue 06. first aid (Rathaus Essenbach, KUVB, free), Wed 14. BayernPortal (online, KISL, free), Tue 20.
//               stress (online, KUVB, free, 13:00–15:30), Thu 22. Outlook (online, vhs, 49 €), Wed 28. accessible
//               documents (Landratsamt, BVS, 120 €), Thu 29. digital building permit (hybrid, Rathaus Ergolding, BVS,
//               145 €); the cancelled moderation course on Thu 22.04. (Rathaus Vilsbiburg)
//   May:        Tue 11. council meetings (Rathaus Vilsbiburg, BVS, 165 €; deadline Fri 23.04. 23:59), Wed 19. building-
//               yard safety (Rathaus Rottenburg, KUVB, free), Thu 27. AI (hybrid, Landratsamt, KISL, free); the cancelled
//               cemetery course on Wed 26.05.
//   June:       Tue 08. e-file (Rathaus Ergoldsbach, members only), Thu 17. de-escalation (Rathaus Rottenburg, 95 €);
//               the draft social-media course on Tue 15.06.
//   later:      Wed 07.07. procurement (Landratsamt, BVS, 210 €, 18 seats; deadline Mon 21.06. 12:00), Thu 12.08. plain
//               language (vhs-Zentrum Vilsbiburg, 110 €), Tue 21.09. budget law (Rathaus Ergolding, BVS, 195 €), Tue 05.10.
//               Teams (online, KISL, free), Tue 12.10. and Wed 13.10. leadership (Landratsamt, 420 €), Wed 10.11. housing
//               benefit (Rathaus Essenbach, BVS, 185 €); the draft flood-planning course on Thu 14.10.
//   past:       Tue 09.02.2027 property tax (online), Thu 04.03.2027 cash audit (Landratsamt).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-03-10T10:00:00Z'); // Wednesday, 10 March 2027, 11:00 in Landshut (CET)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Klick mit Folgen', // Thu 11.03. 09:00–11:00, online, KISL, Gruber, phishing / information security, free
  datenschutz: 'DSGVO im Publikumsverkehr: Auskünfte, Einwilligungen, Datenpannen', // Fri 12.03. 09:00–12:00, hybrid (Landratsamt), Akademie, Dr. Huber, free
  excel: 'Excel kompakt: Formeln, Filter und Pivot-Tabellen', // Mon 15.03. 08:30–12:00, online, vhs, Maier, 65 €, deadline passed Fri 05.03. 12:00
  english: 'Can I Help You? English at the Front Desk', // Wed 17.03. 13:00–16:30, vhs-Zentrum Vilsbiburg, vhs, Thompson, 89 €, in English
  ergonomie: 'Rücken, Augen, Pausen', // Thu 18.03. 14:00–15:30, online, KUVB, Wimmer, screen-work ergonomics, free
  ersteHilfe: 'Erste Hilfe: Aus- und Fortbildung für betriebliche Ersthelfer', // Tue 06.04. 08:30–16:30, Rathaus Essenbach, KUVB, Brunner, free (KUVB pays)
  bayernportal: 'Anträge online: das BayernPortal und die BayernID in der Praxis', // Wed 14.04. 09:00–11:00, online, KISL, Gruber, OZG, free
  stress: 'Kopf frei', // Tue 20.04. 13:00–15:30, online, KUVB, Lechner, stress / burn-out, free
  outlook: 'Ordnung im Posteingang', // Thu 22.04. 09:00–11:30, online, vhs, Maier, Outlook, 49 €
  barrierefrei: 'Barrierefreie Dokumente mit Word und PDF', // Wed 28.04. 09:00–16:00, Landratsamt, BVS, Ried, 120 €, 14 seats
  bauantrag: 'Bauantrag digital: das digitale Baugenehmigungsverfahren in Bayern', // Thu 29.04. 09:00–15:30, hybrid (Rathaus Ergolding), BVS, Dr. Hofbauer, 145 €
  sitzung: 'Von der Ladung bis zur Niederschrift: Sitzungsdienst in Gemeinde und Markt', // Tue 11.05. 09:00–16:00, Rathaus Vilsbiburg, BVS, Eder, 165 €, deadline Fri 23.04. 23:59
  bauhof: 'Sicher arbeiten im Bauhof: Gefährdungsbeurteilung und Unterweisung', // Wed 19.05. 08:00–12:00, Rathaus Rottenburg, KUVB, Wimmer, free
  ki: 'Künstliche Intelligenz im Amt: Chancen, Grenzen, Regeln', // Thu 27.05. 13:00–16:00, hybrid (Landratsamt), KISL, Schreiner, free
  eakte: 'Abschied vom Aktenschrank', // Tue 08.06. 09:00–12:00, Rathaus Ergoldsbach, KISL, Pichler, e-file, only Ergoldsbach/Essenbach/Rottenburg, free
  deeskalation: 'Wenn der Ton rauer wird', // Thu 17.06. 09:00–15:00, Rathaus Rottenburg, Akademie, Stadler, 95 €
  vergabe: 'Vergaberecht kompakt: Aufträge unterhalb der EU-Schwellenwerte', // Wed 07.07. 09:00–16:00, Landratsamt, BVS, Dr. Hofbauer, 210 €, 18 seats, deadline Mon 21.06. 12:00
  sprache: 'Schreiben, das ankommt', // Thu 12.08. 09:00–15:00, vhs-Zentrum Vilsbiburg, vhs, Hartmann, 110 €, plain language
  haushalt: 'Kommunales Haushaltsrecht in Bayern: Haushaltsplan und Nachtragshaushalt', // Tue 21.09. 09:00–16:00, Rathaus Ergolding, BVS, Eder, 195 €
  teams: 'Gemeinsam statt per Mail', // Tue 05.10. 09:00–11:00, online, KISL, Pichler, Microsoft Teams, free
  fuehrung: 'Führungswerkstatt für neue Vorgesetzte', // Tue 12.10. and Wed 13.10. 09:00–16:30, Landratsamt, Akademie, Dr. Kerscher, 420 €
  wohngeld: 'Wohngeld kompakt: Anträge sicher bearbeiten', // Wed 10.11. 09:00–16:00, Rathaus Essenbach, BVS, Feldmeier, 185 €
  socialMedia: 'Social Media für Kommunen: Instagram und Facebook', // draft (Tue 15.06.)
  hochwasser: 'Hochwasser an Isar und Vils: Alarm- und Einsatzplanung', // draft (Thu 14.10.)
  moderation: 'Bürgerversammlungen souverän moderieren', // cancelled (Thu 22.04.2027, Rathaus Vilsbiburg)
  friedhof: 'Friedhofsverwaltung: Satzung und Gebühren', // cancelled (Wed 26.05.2027)
  grundsteuer: 'Die neue Grundsteuer in Bayern: Fragen aus der Praxis', // past (Tue 9 Feb 2027)
  kasse: 'Kassenprüfung in der Gemeinde', // past (Thu 4 Mar 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.socialMedia, T.hochwasser, T.moderation, T.friedhof, T.grundsteuer, T.kasse];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'phish', q: 'gibt es was zu phishing?', kind: 'list', titles: [T.phishing] },
  {
    conv: 'phish',
    q: 'wann ist der?',
    kind: 'facts',
    titles: [T.phishing],
    says: ['am Do., 11.03.2027 von 09:00 bis 11:00 Uhr'],
  },
  { conv: 'ton', q: 'umgang mit aggressiven bürgern', kind: 'list', titles: [T.deeskalation] },
  {
    conv: 'ton',
    q: 'wer leitet das?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['leitet Herr Michael Stadler'],
  },
  {
    conv: 'ton',
    q: 'wie lange geht der kurs',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['dauert 6 Stunden, von 09:00 bis 15:00 Uhr'],
  },
  { conv: 'ki', q: 'anything on artificial intelligence?', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    conv: 'ki',
    q: 'is it online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is hybrid: at Landratsamt Landshut, Veldener Straße 15, 84036 Landshut or online'],
  },
  {
    conv: 'ki',
    q: 'what time does it start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['starts on Thu, 27 May 2027 at 13:00'],
  },
  { conv: 'vergabe', q: 'schulung zum vergaberecht', kind: 'list', titles: [T.vergabe] },
  {
    conv: 'vergabe',
    q: 'bis wann muss ich mich anmelden',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Mo., 21.06.2027, 12:00 Uhr'],
  },
  {
    conv: 'vergabe',
    q: 'sind noch plätze frei?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['noch 18 von 18 Plätzen frei'],
  },
  {
    conv: 'fuehrung',
    q: 'ich übernehme bald eine sachgebietsleitung, gibt es dafür ein seminar?',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'fuehrung',
    q: 'wann genau?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Di., 12.10.2027 und Mi., 13.10.2027', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  { conv: 'fuehrung', q: 'und was kostet das?', kind: 'facts', titles: [T.fuehrung], says: ['kostet 420 €'] },
  { conv: 'erste', q: 'first aid course', locale: 'en', kind: 'list', titles: [T.ersteHilfe] },
  {
    conv: 'erste',
    q: 'where is it held?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['takes place at Rathaus Essenbach, Rathausplatz 1, 84051 Essenbach'],
  },
  {
    conv: 'erste',
    q: 'do we have to pay for it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['is free of charge'],
    mentions: ['Die Lehrgangsgebühr übernimmt die KUVB für ihre Mitgliedsverwaltungen.'],
  },
  { conv: 'excel', q: 'exel kurs', kind: 'list', titles: [T.excel] },
  {
    conv: 'excel',
    q: 'um wie viel uhr fängt der an',
    kind: 'facts',
    titles: [T.excel],
    says: ['beginnt am Mo., 15.03.2027 um 08:30 Uhr'],
  },
  {
    conv: 'excel',
    q: 'bis wann ist anmeldeschluss?',
    kind: 'facts',
    titles: [T.excel],
    says: ['ist am Fr., 05.03.2027, 12:00 Uhr abgelaufen'],
  },
  { conv: 'eakte', q: 'e-akte einführung', kind: 'list', titles: [T.eakte] },
  {
    conv: 'eakte',
    q: 'wo findet das statt',
    kind: 'facts',
    titles: [T.eakte],
    says: ['im Rathaus Ergoldsbach, Kirchplatz 1, 84061 Ergoldsbach'],
  },
  // --- facts -----------------------------------------------------------------------------------------------------------
  {
    q: 'wie teuer ist das seminar zum haushaltsrecht',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['kostet 195 €'],
  },
  {
    q: 'how much is the plain language course',
    locale: 'en',
    kind: 'facts',
    titles: [T.sprache],
    says: ['costs €110'],
  },
  {
    q: 'where is the course on council meetings?',
    locale: 'en',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['takes place at Rathaus Vilsbiburg, Stadtplatz 26, 84137 Vilsbiburg'],
  },
  { q: 'wer leitet den outlook kurs', kind: 'facts', titles: [T.outlook], says: ['leitet Frau Sandra Maier'] },
  {
    q: 'bis wann kann ich mich für den sitzungsdienst anmelden',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['bis Fr., 23.04.2027, 23:59 Uhr'],
  },
  {
    q: 'is the data protection seminar online or in person?',
    locale: 'en',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['is hybrid: at Landratsamt Landshut'],
  },
  {
    q: 'findet der wohngeld kurs online statt?',
    kind: 'facts',
    titles: [T.wohngeld],
    says: ['findet in Präsenz statt, im Rathaus Essenbach'],
  },
  {
    q: 'what time does the teams course start',
    locale: 'en',
    kind: 'facts',
    titles: [T.teams],
    says: ['starts on Tue, 5 Oct 2027 at 09:00'],
  },
  // --- topic searches: typos, words only in summary or description, synonyms ------------------------------------------
  { q: 'datenschuz schulung', kind: 'list', titles: [T.datenschutz] },
  { q: 'wiederbelebung', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'burnout vorbeugen', kind: 'list', titles: [T.stress] },
  {
    miss: '"einrichten" finds the BayernPortal course ("BayernID einrichten"), which stays above the cut-off beside the ergonomics course',
    q: 'bildschirmarbeitsplatz einrichten',
    kind: 'list',
    titles: [T.ergonomie],
  },
  { q: 'ausschreibungen', kind: 'list', titles: [T.vergabe] },
  { q: 'microsoft teams', kind: 'list', titles: [T.teams] },
  { q: 'barierefreie pdf', kind: 'list', titles: [T.barrierefrei] },
  { q: 'bescheide verständlich schreiben', kind: 'list', titles: [T.sprache] },
  { q: 'fake emails', locale: 'en', kind: 'list', titles: [T.phishing] },
  { q: 'building permits', locale: 'en', kind: 'list', titles: [T.bauantrag] },
  // --- filters, several at once: dates, time of day, format, place, seats, provider, trainer, cost, length, language --
  { q: 'kostenlose Online-Kurse im April', kind: 'list', titles: [T.bayernportal, T.stress] },
  {
    q: 'Präsenzseminare in Vilsbiburg mit freien Plätzen',
    kind: 'list',
    ...only(T.english, T.sitzung, T.sprache),
  },
  {
    q: 'free courses by the Unfallkasse next month',
    locale: 'en',
    kind: 'list',
    titles: [T.ersteHilfe, T.stress],
  },
  { q: 'eintägige vhs-Kurse unter 100 Euro', kind: 'list', ...only(T.excel, T.english, T.outlook) },
  {
    q: 'was läuft in den nächsten zwei wochen',
    kind: 'list',
    titles: [T.phishing, T.datenschutz, T.excel, T.english, T.ergonomie],
  },
  { q: 'nächste woche nachmittags', kind: 'list', titles: [T.english, T.ergonomie] },
  { q: 'online courses next week', locale: 'en', kind: 'list', titles: [T.excel, T.ergonomie] },
  { q: 'was gibt es im mai', kind: 'list', titles: [T.sitzung, T.bauhof, T.ki] },
  { q: 'hybrid seminars', locale: 'en', kind: 'list', ...only(T.datenschutz, T.bauantrag, T.ki) },
  {
    q: 'kurse der bayerischen verwaltungsschule',
    kind: 'list',
    ...only(T.barrierefrei, T.bauantrag, T.sitzung, T.vergabe, T.haushalt, T.wohngeld),
  },
  { q: 'courses by Dr. Hofbauer', locale: 'en', kind: 'list', ...only(T.bauantrag, T.vergabe) },
  { q: 'anything in August?', locale: 'en', kind: 'list', titles: [T.sprache] },
  { q: 'mehrtägige seminare', kind: 'list', titles: [T.fuehrung] },
  { q: 'any courses held in English?', locale: 'en', kind: 'list', titles: [T.english] },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'bürgerversammlung moderieren', kind: 'gone', gone: T.moderation },
  { q: 'wann ist das seminar zu friedhofsgebühren', kind: 'gone', gone: T.friedhof },
  { q: 'grundsteuer seminar', kind: 'gone', gone: T.grundsteuer, says: ['Di., 09.02.2027'] },
  {
    q: 'when was the Kassenprüfung course',
    locale: 'en',
    kind: 'gone',
    gone: T.kasse,
    says: ['already took place on Thu, 4 Mar 2027'],
  },
  { q: 'instagram für gemeinden', kind: 'none' },
  { q: 'hochwasser alarmplan', kind: 'none' },
  { q: 'staplerschein', kind: 'none' },
  { q: 'Grüß Gott', kind: 'help' },
  { q: 'hello there', locale: 'en', kind: 'help' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-forty-fourth, independent catalogue (Landkreis Landshut, BVS, Unfallkasse KUVB)',
  {
    fixture: 'heldout244-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
