// Over-fitting check, seventy-ninth catalogue: the 2027 autumn programme of the Landkreis Harburg (Lower Saxony) with the
// Niedersächsisches Studieninstitut für kommunale Verwaltung (NSI), the IT service provider ITEBO, the county's Abteilung
// Personal and the Kommunale Unfallversicherung Niedersachsen (KUV), for the county and its towns and municipalities
// (Buchholz in der Nordheide, Winsen (Luhe), Seevetal, Rosengarten, Samtgemeinde Tostedt, Samtgemeinde Jesteburg),
// imported from a JSON file. Seminars take place in the Kreishaus Winsen (Schloßplatz), in the Bildungszentrum Buchholz,
// online or hybrid. The twist of this catalogue: families of closely related seminars, so that precision matters — three
// Excel courses (beginners; Aufbaukurs with SVERWEIS; advanced with Pivot and Power Query, which names SVERWEIS only as
// its prerequisite), two data-protection courses (basics for all staff; for data-protection coordinators), two Microsoft
// Teams courses (first steps; moderating meetings and channels) beside a leadership course on hybrid *teams*, two
// leadership courses (new managers; leading hybrid teams), a procurement course that mentions the Rechnungsprüfungsamt
// and an e-invoicing course that mentions a Vergabe in passing (and the Doppik course with its Ergebnisrechnung, the
// phishing course with its forged invoices), an information-security course for officers that mentions phishing
// simulations beside the phishing-awareness course for everyone, and the Arbeitsschutz course for Sicherheitsbeauftragte
// beside the one for Informationssicherheitsbeauftragte. Several courses mention Datenschutz, Homeoffice or
// Führungskräfte only in passing. One seminar is held in English (international residents at the service counter). The
// questions are plain and well-formed, as an acceptance check would ask, written without looking at the parser or the
// answers. Same assertions as the other suites: exactly the expected seminars (best first where one is clearly best),
// the asked fact in the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Tuesday 12 October 2027, 10:00 in Winsen, summer time; summer time ends Sun 31.10.2027):
//   this week:  nothing more today; Wed 13.10. 09:00–12:00 Teams first steps (online, tomorrow),
//               Thu 14.10. 13:00–16:00 data-protection basics (Kreishaus), Fri 15.10. 09:00–11:00 phishing (online)
//   next week:  Tue 19.10. afternoon (Teams moderating, online), Wed 20.10. morning (English, Kreishaus),
//               Thu 21.10. morning (stress, online), Fri 22.10. afternoon (AI, online); the cancelled Word course
//               on Wed 20.10. afternoon (online)
//   then:       Mon 25.10. Excel beginners (Buchholz), Tue 26.10. procurement (deadline Tue 19.10. 23:59),
//               Wed 27.10. data-protection coordinators, Thu 28.10. (CEST) and Thu 04.11. (CET) the two-day course for
//               new managers across the DST change, Fri 29.10. de-escalation (Buchholz)
//   November:   02. e-invoicing (online), 03. Excel Aufbau (Buchholz), 08./09. Doppik, 10. hybrid teams (hybrid),
//               11. information security (hybrid), 16. first aid (Buchholz), 17. accessible documents (online),
//               18. Excel Pivot/Power Query (Buchholz), 22. minutes of council meetings, 24. e-file (hybrid);
//               the cancelled sign-language course on Mon 15.11. (Buchholz)
//   December:   Tue 07.12. Sicherheitsbeauftragte (Buchholz), Thu 09.12. ergonomics (online); the draft explainer-video
//               course on 14.12.; the draft drone course on 19.01.2028.
//   past:       Tue 07.09.2027 e-file information event, Thu 23.09.2027 fire-safety assistants (Buchholz).
//   No seminar in October is hybrid, so that "online" in October is unambiguous.
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-10-12T08:00:00Z'); // Tuesday, 12 October 2027, 10:00 in Winsen (CEST)
const TZ = 'Europe/Berlin';

const T = {
  teams1: 'Microsoft Teams: Erste Schritte im Arbeitsalltag', // Wed 13.10.2027 09:00–12:00, online, ITEBO, Sievers, free
  dsGrund: 'Datenschutz im Arbeitsalltag: Grundlagen für alle Beschäftigten', // Thu 14.10. 13:00–16:00, Kreishaus, Personal, free
  phishing: 'Vorsicht, Falle: Phishing-Mails erkennen', // Fri 15.10. 09:00–11:00, online, ITEBO, Brockmann, free
  teams2: 'Besprechungen und Kanäle in Microsoft Teams moderieren', // Tue 19.10. 13:00–16:00, online, ITEBO, Sievers, free
  english: 'Welcoming International Residents: English at the Service Counter', // Wed 20.10. 09:00–12:30, Kreishaus, English, deadline passed Wed 06.10.
  stress: 'Gelassen durch den Arbeitstag: Stress erkennen und bewältigen', // Thu 21.10. 09:00–12:00, online, free
  ki: 'Künstliche Intelligenz im Verwaltungsalltag: Chancen, Grenzen, Regeln', // Fri 22.10. 13:00–16:00, online, ITEBO, free
  excel1: 'Excel für Einsteiger: Tabellen sicher anlegen und berechnen', // Mon 25.10. 09:00–16:00, Buchholz, NSI, Wübbe, 180 €
  vergabe: 'Vergaberecht kompakt: Aufträge rechtssicher vergeben', // Tue 26.10. 09:00–16:00, Kreishaus, NSI, 240 €, deadline Tue 19.10. 23:59
  dsKoord: 'Datenschutz vertieft: Aufgaben der Datenschutzkoordinatorinnen und -koordinatoren', // Wed 27.10. 09:00–16:00, Kreishaus, NSI, 150 €, 16 seats
  fuehrungNeu: 'Neu in der Führungsrolle: Vom Teammitglied zur Führungskraft', // Thu 28.10. (CEST) and Thu 04.11. (CET) 09:00–16:00, Kreishaus, NSI, 560 €
  deeskalation: 'Ruhe bewahren im Bürgerkontakt: Deeskalation und Eigenschutz', // Fri 29.10. 09:00–15:00, Buchholz, NSI, 160 €
  eRechnung: 'E-Rechnung in der Praxis: XRechnung empfangen, prüfen und buchen', // Tue 02.11. 09:00–12:00, online, NSI, Hinsch, free
  excel2: 'Excel Aufbaukurs: Funktionen, Verweise und bedingte Formatierung', // Wed 03.11. 09:00–16:00, Buchholz, NSI, Wübbe, 180 €
  haushalt: 'Kommunales Haushaltsrecht: Doppik für Einsteiger', // Mon 08.11. and Tue 09.11. 09:00–16:00, Kreishaus, NSI, 390 €
  fuehrungHybrid: 'Führen auf Distanz: Hybride Teams erfolgreich leiten', // Wed 10.11. 09:00–13:00, hybrid (Kreishaus), Personal, Lüdemann, free
  infosec: 'Informationssicherheit in der Kommune: Grundlagen für Beauftragte', // Thu 11.11. 09:00–15:00, hybrid (Kreishaus), ITEBO, Brockmann, free
  ersteHilfe: 'Erste Hilfe im Betrieb: Ausbildung für Ersthelferinnen und Ersthelfer', // Tue 16.11. 08:30–16:30, Buchholz, KUV, free (KUV pays)
  barrierefrei: 'Barrierefreie Dokumente: Word und PDF für alle lesbar', // Wed 17.11. 09:00–12:00, online, ITEBO, free
  excel3: 'Excel für Fortgeschrittene: Pivot-Tabellen und Power Query', // Thu 18.11. 09:00–16:00, Buchholz, NSI, Ohlsen, 220 €, 12 seats
  protokoll: 'Sitzungsdienst und Niederschriften: Protokolle für Rat und Ausschüsse', // Mon 22.11. 09:00–15:30, Kreishaus, NSI, 190 €
  eAkte: 'E-Akte im Arbeitsalltag: Ablegen, Suchen, Mitzeichnen', // Wed 24.11. 13:00–16:00, hybrid (Kreishaus), ITEBO, free
  sicherheitsb: 'Sicherheitsbeauftragte: Aufgaben im Arbeitsschutz', // Tue 07.12. 08:30–15:30, Buchholz, KUV, free
  ergonomie: 'Bewegt durch den Büroalltag: Ergonomie am Bildschirmarbeitsplatz', // Thu 09.12. 10:00–11:30, online, KUV, back health, free
  word: 'Serienbriefe und Formulare mit Word', // cancelled (Wed 20.10.2027)
  gebaerden: 'Gebärdensprache im Bürgerbüro: Ein erster Einstieg', // cancelled (Mon 15.11.2027)
  brandschutz: 'Brandschutzhelferinnen und Brandschutzhelfer: Ausbildung nach ASR A2.2', // past (Thu 23 September 2027)
  eAkteInfo: 'Die E-Akte kommt: Infoveranstaltung für alle Beschäftigten', // past (Tue 7 September 2027)
  videos: 'Erklärvideos selbst gemacht: Verwaltung verständlich zeigen', // draft
  drohnen: 'Drohnen im Bevölkerungsschutz: Grundlagen für Einsatzkräfte', // draft
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.word, T.gebaerden, T.brandschutz, T.eAkteInfo, T.videos, T.drohnen];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  { q: 'Was kostet der Excel-Aufbaukurs?', kind: 'facts', titles: [T.excel2], says: ['kostet 180 €'] },
  {
    q: 'How much is the Excel course on pivot tables?',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel3],
    says: ['costs €220'],
  },
  {
    q: 'Ist der Erste-Hilfe-Kurs kostenlos?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Kommunale Unfallversicherung Niedersachsen.'],
  },
  // --- facts: when (across the DST change), start time, duration -------------------------------------------------------
  {
    q: 'Wann findet das Seminar „Neu in der Führungsrolle“ statt?',
    kind: 'facts',
    titles: [T.fuehrungNeu],
    says: ['an 2 Tagen', 'Do., 28.10.2027 und Do., 04.11.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'When does the Doppik course take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['on 2 days', 'Mon, 8 Nov 2027 and Tue, 9 Nov 2027', 'each from 09:00 to 16:00'],
  },
  {
    q: 'Um wie viel Uhr beginnt die Schulung zu Phishing-Mails?',
    kind: 'facts',
    titles: [T.phishing],
    says: ['beginnt am Fr., 15.10.2027 um 09:00 Uhr'],
  },
  {
    q: 'What time does the first aid course start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['starts on Tue, 16 Nov 2027 at 08:30'],
  },
  {
    q: 'Wie lange dauert das Seminar zum Moderieren von Teams-Besprechungen?',
    kind: 'facts',
    titles: [T.teams2],
    says: ['dauert 3 Stunden, von 13:00 bis 16:00 Uhr'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  {
    q: 'Wo findet der Excel-Kurs für Einsteiger statt?',
    kind: 'facts',
    titles: [T.excel1],
    says: ['im Bildungszentrum Buchholz'],
  },
  {
    q: 'Findet die Datenschutz-Grundlagenschulung online statt?',
    kind: 'facts',
    titles: [T.dsGrund],
    says: [/findet in Präsenz statt|findet im Kreishaus Winsen/],
  },
  {
    q: 'Is the information security management course online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.infosec],
    says: [/is hybrid|or online/],
  },
  {
    q: 'Wer leitet das Seminar zum Führen hybrider Teams?',
    kind: 'facts',
    titles: [T.fuehrungHybrid],
    says: ['leitet Herr Stefan Lüdemann'],
  },
  {
    q: 'Wer leitet die Schulung zur E-Rechnung?',
    kind: 'facts',
    titles: [T.eRechnung],
    says: ['leitet Frau Petra Hinsch'],
  },
  {
    q: 'Bis wann kann ich mich zum Vergaberecht-Seminar anmelden?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Di., 19.10.2027, 23:59 Uhr'],
  },
  {
    q: 'Until when can I register for the English workshop for the service counter?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Wed, 6 Oct 2027, 23:59'],
  },
  {
    q: 'Wie viele Plätze sind im Excel-Kurs für Fortgeschrittene noch frei?',
    kind: 'facts',
    titles: [T.excel3],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  {
    conv: 'sverweis',
    q: 'Ich kann schon SVERWEIS, was kommt danach?',
    kind: 'list',
    titles: [T.excel3],
    miss: 'knowing SVERWEIS asks for the level after the course that teaches it; the bot finds the course that names SVERWEIS',
  },
  {
    conv: 'sverweis',
    q: 'Wann findet das statt?',
    kind: 'facts',
    titles: [T.excel3],
    says: ['am Do., 18.11.2027 von 09:00 bis 16:00 Uhr'],
    miss: 'follows from the miss above: the Aufbaukurs in the conversation',
  },
  {
    conv: 'sverweis',
    q: 'Was kostet das?',
    kind: 'facts',
    titles: [T.excel3],
    says: ['kostet 220 €'],
    miss: 'follows from the miss above: the Aufbaukurs in the conversation',
  },
  {
    conv: 'moderate',
    q: 'Is there a course on moderating Teams meetings?',
    locale: 'en',
    kind: 'list',
    titles: [T.teams2],
  },
  {
    conv: 'moderate',
    q: 'Is it online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.teams2],
    says: ['takes place online'],
  },
  {
    conv: 'moderate',
    q: 'Who leads it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.teams2],
    says: ['is led by Herr Malte Sievers'],
  },
  { conv: 'koordination', q: 'Datenschutz für Datenschutzkoordinatoren', kind: 'list', titles: [T.dsKoord] },
  {
    conv: 'koordination',
    q: 'Wo findet das statt?',
    kind: 'facts',
    titles: [T.dsKoord],
    says: ['im Kreishaus Winsen'],
  },
  // --- families of related seminars: exactly the right member(s) ------------------------------------------------------
  { q: 'Gibt es einen Excel-Kurs für Anfänger?', kind: 'list', titles: [T.excel1] },
  { q: 'Is there an Excel course for beginners?', locale: 'en', kind: 'list', titles: [T.excel1] },
  { q: 'Alle Excel-Kurse bitte', kind: 'list', ...only(T.excel1, T.excel2, T.excel3) },
  { q: 'Welche Kurse gibt es zu Microsoft Teams?', kind: 'list', ...only(T.teams1, T.teams2) },
  { q: 'Teams-Besprechungen moderieren', kind: 'list', titles: [T.teams2] },
  { q: 'I am new to Microsoft Teams – is there an introduction?', locale: 'en', kind: 'list', titles: [T.teams1] },
  { q: 'Gibt es eine Datenschutzschulung für alle Beschäftigten?', kind: 'list', titles: [T.dsGrund] },
  { q: 'Welche Seminare gibt es zum Datenschutz?', kind: 'list', ...only(T.dsGrund, T.dsKoord) },
  {
    q: 'Ich übernehme bald zum ersten Mal eine Teamleitung – welches Seminar passt?',
    kind: 'list',
    titles: [T.fuehrungNeu],
  },
  { q: 'Wie führe ich ein Team, das teilweise im Homeoffice arbeitet?', kind: 'list', titles: [T.fuehrungHybrid] },
  { q: 'Gibt es Seminare für Führungskräfte?', kind: 'list', ...only(T.fuehrungNeu, T.fuehrungHybrid) },
  { q: 'Ich muss eine Ausschreibung vorbereiten – welches Seminar hilft mir?', kind: 'list', titles: [T.vergabe] },
  { q: 'Gibt es etwas zur E-Rechnung?', kind: 'list', titles: [T.eRechnung] },
  { q: 'How do I spot phishing emails?', locale: 'en', kind: 'list', titles: [T.phishing] },
  { q: 'Gibt es eine Schulung für Informationssicherheitsbeauftragte?', kind: 'list', titles: [T.infosec] },
  {
    q: 'Ich wurde zur Sicherheitsbeauftragten bestellt – gibt es dafür eine Schulung?',
    kind: 'list',
    titles: [T.sicherheitsb],
  },
  { q: 'Gibt es etwas zu künstlicher Intelligenz?', kind: 'list', titles: [T.ki] },
  // --- typo ------------------------------------------------------------------------------------------------------------
  { q: 'Phising Schulung', kind: 'list', titles: [T.phishing] },
  // --- filters: dates, time of day, format, place, cost, trainer, provider, length, language ----------------------------
  { q: 'Was gibt es diese Woche noch?', kind: 'list', titles: [T.teams1, T.dsGrund, T.phishing] },
  { q: 'Was gibt es morgen?', kind: 'list', titles: [T.teams1] },
  { q: 'Was läuft nächste Woche vormittags?', kind: 'list', titles: [T.english, T.stress] },
  { q: 'Anything next week in the afternoon?', locale: 'en', kind: 'list', titles: [T.teams2, T.ki] },
  {
    q: 'Welche Online-Seminare gibt es im Oktober?',
    kind: 'list',
    titles: [T.teams1, T.phishing, T.teams2, T.stress, T.ki],
  },
  {
    q: 'Welche kostenlosen Seminare gibt es im November?',
    kind: 'list',
    titles: [T.eRechnung, T.fuehrungHybrid, T.infosec, T.ersteHilfe, T.barrierefrei, T.eAkte],
  },
  { q: 'Was gibt es im Dezember?', kind: 'list', titles: [T.sicherheitsb, T.ergonomie] },
  {
    q: 'Welche Seminare finden im November in Buchholz statt?',
    kind: 'list',
    titles: [T.excel2, T.ersteHilfe, T.excel3],
  },
  { q: 'Welche Seminare hält Katrin Wübbe?', kind: 'list', ...only(T.excel1, T.excel2) },
  {
    q: 'Was bietet die ITEBO an?',
    kind: 'list',
    ...only(T.teams1, T.phishing, T.teams2, T.ki, T.infosec, T.barrierefrei, T.eAkte),
  },
  {
    q: 'What does the Kommunale Unfallversicherung offer?',
    locale: 'en',
    kind: 'list',
    ...only(T.ersteHilfe, T.sicherheitsb, T.ergonomie),
  },
  { q: 'Welche mehrtägigen Seminare gibt es?', kind: 'list', ...only(T.fuehrungNeu, T.haushalt) },
  { q: 'Are any seminars held in English?', locale: 'en', kind: 'list', titles: [T.english] },
  // --- gone, drafts never shown, no match, greeting --------------------------------------------------------------------
  { q: 'Wann war die Brandschutzhelfer-Ausbildung?', kind: 'gone', gone: T.brandschutz, says: ['Do., 23.09.2027'] },
  {
    q: 'Wann war die Infoveranstaltung „Die E-Akte kommt“?',
    kind: 'gone',
    gone: T.eAkteInfo,
    says: ['Di., 07.09.2027'],
  },
  { q: 'Was kostet der Kurs „Serienbriefe und Formulare mit Word“?', kind: 'gone', gone: T.word },
  { q: 'When is the sign language course?', locale: 'en', kind: 'gone', gone: T.gebaerden },
  { q: 'Gibt es eine Schulung zu Erklärvideos?', kind: 'none' },
  { q: 'Is there a course on drones?', locale: 'en', kind: 'none' },
  { q: 'Gibt es einen Gabelstaplerschein?', kind: 'none' },
  { q: 'Guten Tag!', kind: 'help' },
  { q: 'Good morning!', locale: 'en', kind: 'help' },
];

heldoutSuite('answering questions about a seventy-ninth, independent catalogue (Landkreis Harburg, NSI, ITEBO)', {
  fixture: 'heldout79-catalogue.json',
  now,
  timeZone: TZ,
  cases: CASES,
  titles: all,
  never: NEVER,
});
