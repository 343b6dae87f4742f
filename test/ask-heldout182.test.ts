// Over-fitting check, hundred-and-eighty-second catalogue: the 2027 autumn programme of the Landkreis
// Bernkastel-Wittlich (Rhineland-Palatinate) with the Kommunal-Akademie Rheinland-Pfalz, the Kreisverwaltung's
// Personalentwicklung, the municipal IT provider KommWis GmbH, the Unfallkasse Rheinland-Pfalz and the
// Kreisvolkshochschule Bernkastel-Wittlich (KVHS), for the county, the Stadt Wittlich and its Verbandsgemeinden
// (Bernkastel-Kues, Traben-Trarbach, Wittlich-Land, Thalfang) and the Gemeinde Morbach, imported from a JSON file.
// Seminars take place in the Kreisverwaltung in Wittlich, the Verbandsgemeindeverwaltungen Bernkastel-Kues and
// Traben-Trarbach, the Rathaus Morbach, the Bürgerhaus Zeltingen-Rachtig, the Haus des Gastes Manderscheid, online or
// hybrid. Most titles do not name their subject, so only summary, description or topics reveal it ("Alle im Bild" is
// video conferencing, "Klick mit Köpfchen" phishing, "Durchatmen statt Durchdrehen" stress, "Neu an Bord" induction
// days, "Kurz, klar, freundlich" plain language, "Tabellen zähmen" Excel, "Wenn jede Minute zählt" first aid, "Gelassen
// im Gegenwind" de-escalation, "Plötzlich vorne" new managers, "Ordnung im Postfach" Outlook, "Zeit für das
// Wesentliche" time management, "Von Papier zu Pixel" the e-file, "Schreibtisch-Check" ergonomics, "Der Rat tagt"
// council meetings, "Likes fürs Rathaus" social media); the questions mostly use everyday or English words for those
// subjects. One seminar is held in English; the induction days and the leadership course (across the end of summer
// time) run on two days; the e-file course is open only to Bernkastel-Kues, Traben-Trarbach and Morbach; the Unfallkasse
// and the Kreisverwaltung charge nothing. Written without looking at the parser or the search. Same assertions as the
// other suites: exactly the expected seminars (best first where one is clearly best), the asked fact in the first
// sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Tuesday 21 September 2027, 09:15 in Wittlich, summer time; winter time begins Sun 31.10.2027):
//   this week:  today 14:00–16:00 video conferencing (online); Thu 23.09. 09:00–12:00 data protection (hybrid,
//               Kreisverwaltung); nothing Wed, Fri or at the weekend
//   next week:  Mon 27.09. morning phishing (online), Wed 29.09. afternoon stress (online), Thu 30.09. morning English
//               (Kreisverwaltung; deadline passed Fri 17.09. 23:59)
//   October:    Mon 04./Tue 05. induction days (Kreisverwaltung, free), Thu 07. plain language (Bernkastel-Kues),
//               Tue 12. Excel (online), Thu 14. first aid (Morbach, free), Tue 19. Doppik (Kreisverwaltung), Wed 20. AI
//               (hybrid), Tue 26. de-escalation (Traben-Trarbach, free), Thu 28.10. (CEST) and Thu 04.11. (CET)
//               new managers (Manderscheid; deadline Fri 08.10.); cancelled: barrier-free PDF (Wed 13.10.),
//               driving safety (Mon 25.10.)
//   November:   Tue 02. Outlook (online), Wed 03. time management (Bernkastel-Kues), Wed 10. e-file (Zeltingen-Rachtig,
//               members only), Thu 11. ergonomics (online), Tue 16. KAG (Kreisverwaltung; deadline Fri 29.10. 12:00),
//               Thu 18. Wohngeld (online), Tue 23. council meetings (Bernkastel-Kues, 8 seats), Thu 25. social media
//               (online); the draft noise-protection course on Wed 17.11.
//   December:   Wed 01. project management (hybrid), Thu 09. telephone (Morbach), Tue 14. e-invoicing (online); the
//               draft course for election boards on Tue 07.12.
//   past:       Tue 22.06.2027 property tax (Kreisverwaltung), Wed 08.09.2027 smartphone photography (Traben-Trarbach).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-09-21T07:15:00Z'); // Tuesday, 21 September 2027, 09:15 in Wittlich (CEST)
const TZ = 'Europe/Berlin';

const T = {
  video: 'Alle im Bild', // Tue 21.09. 14:00–16:00, online, KommWis, Schmitt, video conferencing with Teams, 49 €
  datenschutz: 'Datenschutz im Verwaltungsalltag: Grundlagen der DSGVO', // Thu 23.09. 09:00–12:00, hybrid, PE, free
  phishing: 'Klick mit Köpfchen', // Mon 27.09. 09:00–11:30, online, KommWis, Becker, information security, free
  stress: 'Durchatmen statt Durchdrehen', // Wed 29.09. 13:30–16:00, online, Unfallkasse, Hoffmann, stress, free
  english: 'Welcome to the Moselle: English at the Service Counter', // Thu 30.09. 09:00–12:30, Kreisverwaltung, KVHS, 110 €, deadline passed Fri 17.09. 23:59
  einfuehrung: 'Neu an Bord', // Mon 04.10. and Tue 05.10. 09:00–15:30, Kreisverwaltung, PE, Klein, induction days, free
  sprache: 'Kurz, klar, freundlich', // Thu 07.10. 09:00–16:00, VG-Verwaltung Bernkastel-Kues, KA RLP, Dr. Berg, plain language, 230 €
  excel: 'Tabellen zähmen', // Tue 12.10. 09:00–12:00, online, KVHS, Thiel, Excel, 69 €
  ersteHilfe: 'Wenn jede Minute zählt', // Thu 14.10. 08:30–16:30, Rathaus Morbach, Unfallkasse, first aid, free
  doppik: 'Doppik für Einsteiger: Kommunales Haushaltsrecht in Rheinland-Pfalz', // Tue 19.10. 09:00–16:00, Kreisverwaltung, KA RLP, 280 €
  ki: 'Künstliche Intelligenz im Verwaltungsalltag: Chancen, Grenzen, Regeln', // Wed 20.10. 13:00–16:00, hybrid, KommWis, Schmitt, 95 €
  deeskalation: 'Gelassen im Gegenwind', // Tue 26.10. 09:00–15:00, VG-Verwaltung Traben-Trarbach, Unfallkasse, Roth, free, 12 seats
  fuehrung: 'Plötzlich vorne', // Thu 28.10. (CEST) and Thu 04.11. (CET) 09:00–16:30, Manderscheid, KA RLP, Müller, 520 €
  outlook: 'Ordnung im Postfach', // Tue 02.11. 09:00–12:00, online, KVHS, Thiel, Outlook, 59 €
  zeit: 'Zeit für das Wesentliche', // Wed 03.11. 09:00–16:00, VG-Verwaltung Bernkastel-Kues, KVHS, Jung, time management, 89 €
  eakte: 'Von Papier zu Pixel', // Wed 10.11. 09:00–12:00, Bürgerhaus Zeltingen-Rachtig, KommWis, e-file, only VG BKS/VG TT/Morbach, free
  ergonomie: 'Schreibtisch-Check', // Thu 11.11. 13:30–15:00, online, Unfallkasse, Hoffmann, ergonomics, free
  kag: 'Beiträge und Gebühren nach dem Kommunalabgabengesetz Rheinland-Pfalz', // Tue 16.11. 09:00–16:00, Kreisverwaltung, KA RLP, Lehnert, 260 €, deadline Fri 29.10. 12:00
  wohngeld: 'Wohngeld aktuell: Rechtsänderungen und Praxisfälle 2027', // Thu 18.11. 09:00–12:30, online, KA RLP, Schneider, 180 €
  rat: 'Der Rat tagt', // Tue 23.11. 09:00–16:00, VG-Verwaltung Bernkastel-Kues, KA RLP, council meeting service, 190 €, 8 seats
  social: 'Likes fürs Rathaus', // Thu 25.11. 13:00–16:00, online, KVHS, Weber, social media, 79 €
  projekte: 'Projekte im Griff: Projektmanagement für kommunale Vorhaben', // Wed 01.12. 09:00–16:00, hybrid, KA RLP, 240 €
  telefon: 'Am Telefon gut ankommen', // Thu 09.12. 09:00–12:00, Rathaus Morbach, KVHS, 65 €
  erechnung: 'Die E-Rechnung im Rathaus: XRechnung empfangen, prüfen und freigeben', // Tue 14.12. 09:00–12:00, online, KommWis, 85 €
  laerm: 'Lärmschutz in Kindertagesstätten', // draft (Wed 17.11.)
  wahl: 'Wahlvorstände schulen: Vorbereitung der Kommunalwahl 2029', // draft (Tue 07.12.)
  fahren: 'Sicher unterwegs: Fahrsicherheitstraining für Dienstfahrten', // cancelled (Mon 25.10.2027)
  pdf: 'Barrierefreie PDF-Dokumente mit Word und Acrobat', // cancelled (Wed 13.10.2027)
  grundsteuer: 'Grundsteuerreform in der Praxis: Messbeträge, Hebesätze, Bescheide', // past (Tue 22 June 2027)
  foto: 'Gute Bilder fürs Amtsblatt: Fotografieren mit dem Smartphone', // past (Wed 8 September 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.laerm, T.wahl, T.fahren, T.pdf, T.grundsteuer, T.foto];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- topic searches: everyday and English words for subjects found only in summary, description or topics ---------
  { q: 'is there a training about fake emails', locale: 'en', kind: 'list', titles: [T.phishing] },
  { q: 'burnout vorbeugen', kind: 'list', titles: [T.stress] },
  { q: 'how do I run a video meeting', locale: 'en', kind: 'list', titles: [T.video] },
  { q: 'kurs wiederbelebung', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'was tun wenn kunden pöbeln', kind: 'list', titles: [T.deeskalation] },
  { q: 'pivot tabellen', kind: 'list', titles: [T.excel] },
  { q: 'onboarding for new employees', locale: 'en', kind: 'list', titles: [T.einfuehrung] },
  { q: 'ich soll bald eine teamleitung übernehmen', kind: 'list', titles: [T.fuehrung] },
  { q: 'e-mail flut in den griff kriegen', kind: 'list', titles: [T.outlook] },
  { q: 'aufschieberitis', kind: 'list', titles: [T.zeit] },
  { q: 'time management', locale: 'en', kind: 'list', titles: [T.zeit] },
  { q: 'papierloses büro', kind: 'list', titles: [T.eakte] },
  { q: 'monitor richtig einstellen', kind: 'list', titles: [T.ergonomie] },
  { q: 'wiederkehrende beiträge', kind: 'list', titles: [T.kag] },
  { q: 'protokoll für den gemeinderat schreiben', kind: 'list', titles: [T.rat] },
  { q: 'instagram', kind: 'list', titles: [T.social] },
  { q: 'xrechnung', kind: 'list', titles: [T.erechnung] },
  // --- typos -----------------------------------------------------------------------------------------------------------
  { q: 'datenschuzt', kind: 'list', titles: [T.datenschutz] },
  { q: 'excell kurs', kind: 'list', titles: [T.excel] },
  { q: 'projekmanagement', kind: 'list', titles: [T.projekte] },
  // --- filters: dates, time of day, cost, format, place, trainer, provider, length, language --------------------------
  { q: 'was ist heute noch', kind: 'list', titles: [T.video] },
  { q: 'was läuft diese woche', kind: 'list', titles: [T.video, T.datenschutz] },
  { q: 'anything next week in the morning', locale: 'en', kind: 'list', titles: [T.phishing, T.english] },
  { q: 'kostenlose seminare im oktober', kind: 'list', titles: [T.einfuehrung, T.ersteHilfe, T.deeskalation] },
  { q: 'online kurse im november', kind: 'list', titles: [T.outlook, T.ergonomie, T.wohngeld, T.social] },
  { q: 'was gibts im dezember', kind: 'list', titles: [T.projekte, T.telefon, T.erechnung] },
  { q: 'welche seminare finden in morbach statt', kind: 'list', ...only(T.ersteHilfe, T.telefon) },
  { q: 'kurse von frau thiel', kind: 'list', ...only(T.excel, T.outlook) },
  {
    q: 'what does the unfallkasse offer',
    locale: 'en',
    kind: 'list',
    ...only(T.stress, T.ersteHilfe, T.deeskalation, T.ergonomie),
  },
  { q: 'mehrtägige seminare', kind: 'list', ...only(T.einfuehrung, T.fuehrung) },
  { q: 'any courses held in english', locale: 'en', kind: 'list', titles: [T.english] },
  // --- facts: cost, when (two days, across the end of summer time), start time, trainer, deadline, seats, format -----
  {
    q: 'kosten erste hilfe kurs',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangskosten übernimmt die Unfallkasse Rheinland-Pfalz.'],
  },
  { q: "what's the price of the excel course", locale: 'en', kind: 'facts', titles: [T.excel], says: ['costs €69'] },
  {
    q: 'wann ist der phishing kurs',
    kind: 'facts',
    titles: [T.phishing],
    says: ['am Mo., 27.09.2027 von 09:00 bis 11:30 Uhr'],
  },
  {
    q: 'wann sind die einführungstage für neue mitarbeiter',
    kind: 'facts',
    titles: [T.einfuehrung],
    says: ['an 2 Tagen', 'Mo., 04.10.2027 und Di., 05.10.2027', 'jeweils von 09:00 bis 15:30 Uhr'],
  },
  {
    q: 'when is the course for new team leaders',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['on 2 days', 'Thu, 28 Oct 2027 and Thu, 4 Nov 2027', 'each from 09:00 to 16:30'],
  },
  {
    q: 'um wie viel uhr beginnt der social media kurs',
    kind: 'facts',
    titles: [T.social],
    says: ['beginnt am Do., 25.11.2027 um 13:00 Uhr'],
  },
  {
    q: 'wer ist dozentin beim wohngeld seminar',
    kind: 'facts',
    titles: [T.wohngeld],
    says: ['leitet Frau Katrin Schneider'],
  },
  {
    q: 'anmeldeschluss kommunalabgaben',
    kind: 'facts',
    titles: [T.kag],
    says: ['bis Fr., 29.10.2027, 12:00 Uhr'],
  },
  {
    q: 'registration deadline for the english course',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 17 Sep 2027, 23:59'],
  },
  {
    q: 'bis wann kann ich mich für die teams schulung anmelden',
    kind: 'facts',
    titles: [T.video],
    says: ['bis Di., 21.09.2027, 14:00 Uhr'],
  },
  { q: 'sitzungsdienst noch plätze frei', kind: 'facts', titles: [T.rat], says: ['noch 8 von 8 Plätzen frei'] },
  { q: 'ist die ki schulung online oder vor ort', kind: 'facts', titles: [T.ki], says: ['findet hybrid statt'] },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  { conv: 'stress', q: 'gibt es was gegen stress im job', kind: 'list', titles: [T.stress] },
  {
    conv: 'stress',
    q: 'wann ist das',
    kind: 'facts',
    titles: [T.stress],
    says: ['am Mi., 29.09.2027 von 13:30 bis 16:00 Uhr'],
  },
  { conv: 'stress', q: 'findet das online statt?', kind: 'facts', titles: [T.stress], says: ['findet online statt'] },
  { conv: 'cpr', q: 'is there a cpr course', locale: 'en', kind: 'list', titles: [T.ersteHilfe] },
  {
    conv: 'cpr',
    q: 'where is it held?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['takes place at Rathaus Morbach'],
  },
  {
    conv: 'cpr',
    q: 'how long does it take?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['lasts 8 hours, from 08:30 to 16:30'],
  },
  { conv: 'briefe', q: 'wie schreibe ich briefe ohne behördendeutsch', kind: 'list', titles: [T.sprache] },
  { conv: 'briefe', q: 'was kostet das', kind: 'facts', titles: [T.sprache], says: ['kostet 230 €'] },
  {
    conv: 'briefe',
    q: 'und wer leitet das?',
    kind: 'facts',
    titles: [T.sprache],
    says: ['leitet Frau Dr. Miriam Berg'],
  },
  { conv: 'leer', q: 'und was kostet das?', kind: 'noContext' },
  // --- cancelled and past seminars asked by name, drafts never shown, no match ----------------------------------------
  { q: 'wann ist das fahrsicherheitstraining', kind: 'gone', gone: T.fahren },
  { q: 'barrierefreie pdfs erstellen kurs', kind: 'gone', gone: T.pdf },
  { q: 'wann war die grundsteuer schulung', kind: 'gone', gone: T.grundsteuer, says: ['Di., 22.06.2027'] },
  {
    q: 'smartphone photography course',
    locale: 'en',
    kind: 'gone',
    gone: T.foto,
    says: ['Wed, 8 Sep 2027'],
  },
  { q: 'lärmschutz in der kita', kind: 'none' },
  { q: 'schulung für wahlvorstände', kind: 'none' },
  { q: 'gabelstapler schein', kind: 'none' },
  { q: 'french for beginners', locale: 'en', kind: 'none' },
  // --- greeting, thanks, registrations ---------------------------------------------------------------------------------
  { q: 'guten morgen', kind: 'help' },
  { q: 'thanks, that helps!', locale: 'en', kind: 'thanks' },
  { q: 'wo bin ich angemeldet', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a hundred-and-eighty-second, independent catalogue (Landkreis Bernkastel-Wittlich, Kommunal-Akademie RLP, Unfallkasse RLP)',
  {
    fixture: 'heldout182-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
