// Over-fitting check, hundred-and-seventeenth catalogue: the 2028 autumn programme of the Landkreis Rottal-Inn (Lower
// Bavaria) with the Bayerische Verwaltungsschule (BVS), the Landratsamt's Sachgebiet IT and Sachgebiet Personal, the
// Kommunale Unfallversicherung Bayern (KUVB) and the Volkshochschule Rottal-Inn (VHS), for the county and its towns and
// markets (Pfarrkirchen, Eggenfelden, Simbach am Inn, Bad Birnbach, Arnstorf, Massing), imported from a JSON file.
// Seminars take place in the Landratsamt in Pfarrkirchen, the town halls of Eggenfelden, Simbach am Inn and
// Pfarrkirchen, the VHS in Eggenfelden, the Haus des Gastes in Bad Birnbach, online or hybrid. Several titles do not
// name their subject ("Kein Klick ohne Blick" is IT security / phishing, "Aufatmen im Büroalltag" stress management,
// "Zwischen Visum und Niederlassung" residence law for the Ausländerbehörde, "Hinschauen, einschätzen, handeln" child
// protection in the Jugendamt, "Tabellen, die rechnen" Excel for beginners, "Dokumente für alle" accessible Word/PDF
// documents, "Ruhestand in Sicht" pensions, "Plötzlich Chefin, plötzlich Chef" leadership), so only summary,
// description or topics reveal it; one seminar is held in English; the leadership course runs on three days; the
// course on the gemeindliches Einvernehmen is open only to the towns and markets, not to the Landratsamt; the KUVB,
// IT and HR courses are free. Questions are typed the way an employee writes them into Teams: complete, polite,
// correctly spelled (two deliberate typos), about a quarter in English, without looking at the parser or the answers.
// Same assertions as the other suites: exactly the expected seminars (best first where one is clearly best), the
// asked fact in the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Tuesday 26 September 2028, 09:30 in Pfarrkirchen, summer time; winter time begins
// Sun 29.10.2028, so everything from November on is +01:00):
//   this week:  nothing more today; Wed 27.09. 13:00–15:00 Outlook (online, tomorrow), Thu 28.09. 09:00–12:00 IT
//               security (online); nothing on Fri 29.09.
//   next week:  Mon 02.10. 08:30–12:30 cash offices (Landratsamt; deadline passed Mon 18.09. 12:00), Tue 03.10. is a
//               holiday, Wed 04.10. 13:30–15:00 stress (online), Thu 05.10. 09:00–12:30 English (Landratsamt),
//               Fri 06.10. 13:00–16:00 i-Kfz (hybrid, Landratsamt)
//   then:       nothing from Sat 07.10. to Wed 11.10. except the cancelled moderation course (Tue 10.10.), so "the
//               next two weeks" (to Tue 10.10. or to Sun 08.10.) hold exactly the six above
//   October:    Thu 12. residence law (Landratsamt), Tue 17. Bayerische Bauordnung (Rathaus Eggenfelden; deadline
//               Fri 06.10. 12:00), Thu 19. Excel 13:00–16:30 (VHS Eggenfelden), Tue 24. child protection
//               (Landratsamt), Thu 26. field work safety (Rathaus Simbach am Inn, free)
//   November:   Thu 02. appraisal interviews (Landratsamt, free), Mon 06.–Wed 08. leadership (Haus des Gastes, Bad
//               Birnbach), Tue 14. procurement (hybrid, Landratsamt; deadline Tue 31.10. 23:59 CET), Thu 16.
//               gemeindliches Einvernehmen (Rathaus Pfarrkirchen, towns and markets only), Wed 22. accessible
//               documents (online, free), Tue 28. Kostengesetz (online), Thu 30. first aid (Rathaus Simbach am Inn,
//               free); the cancelled road-safety-duty course on Thu 09.11., the draft housing-benefit course on
//               Tue 21.11.
//   December:   Tue 05. retirement 14:00–16:00 (Landratsamt, free), Thu 07. Teams and SharePoint (online, free); the
//               draft disaster-management course on Wed 13.12.
//   past:       Wed 21.06.2028 heat protection (online), Tue 11.07.2028 property tax (Landratsamt).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-09-26T07:30:00Z'); // Tuesday, 26 September 2028, 09:30 in Pfarrkirchen (CEST)
const TZ = 'Europe/Berlin';

const T = {
  outlook: 'Mehr Ordnung im Postfach: Outlook effizient nutzen', // Wed 27.09. 13:00–15:00, online, VHS, Frau Huber, 49 €
  sicherheit: 'Kein Klick ohne Blick', // Thu 28.09. 09:00–12:00, online, Sachgebiet IT, Herr Gruber, IT security / phishing, free
  kasse: 'Geld richtig annehmen: Zahlstellen, Barkassen und Handvorschüsse', // Mon 02.10. 08:30–12:30, Landratsamt, BVS, Frau Kagerer, 125 €, deadline passed Mon 18.09. 12:00
  aufatmen: 'Aufatmen im Büroalltag', // Wed 04.10. 13:30–15:00, online, KUVB, Frau Lindner, stress management, free
  english: 'Front Desk English: Helping Visitors from Abroad', // Thu 05.10. 09:00–12:30, Landratsamt, VHS, English, 95 €, 12 seats
  ikfz: 'Internetbasierte Fahrzeugzulassung (i-Kfz) in der Zulassungsstelle', // Fri 06.10. 13:00–16:00, hybrid (Landratsamt), Sachgebiet IT, Herr Gruber, free
  visum: 'Zwischen Visum und Niederlassung', // Thu 12.10. 09:00–16:00, Landratsamt, BVS, Herr Dr. Obermeier, residence law / Ausländerbehörde, 210 €
  bauordnung: 'Bauantrag, Abstandsflächen, Nachbarbeteiligung: die Bayerische Bauordnung in der Praxis', // Tue 17.10. 09:00–16:00, Rathaus Eggenfelden, BVS, Herr Reisinger, 245 €, deadline Fri 06.10. 12:00
  excel: 'Tabellen, die rechnen', // Thu 19.10. 13:00–16:30, VHS Eggenfelden, VHS, Frau Huber, Excel for beginners, 79 €
  kinderschutz: 'Hinschauen, einschätzen, handeln', // Tue 24.10. 09:00–16:00, Landratsamt, BVS, Frau Eder, child protection (§ 8a SGB VIII), 190 €
  aussendienst: 'Sicher unterwegs im Außendienst', // Thu 26.10. 09:00–15:00, Rathaus Simbach am Inn, KUVB, Herr Brandl, free
  mag: 'Das jährliche Mitarbeitergespräch', // Thu 02.11. 09:00–12:00, Landratsamt, Sachgebiet Personal, Frau Stadler, for managers, free
  fuehrung: 'Plötzlich Chefin, plötzlich Chef', // Mon 06.–Wed 08.11. 09:00–16:30, Haus des Gastes Bad Birnbach, BVS, Frau Dr. Wimmer, new managers, 540 €
  vergabe: 'Öffentliche Aufträge unterhalb der Schwellenwerte: UVgO und VOB/A', // Tue 14.11. 09:00–16:00, hybrid (Landratsamt), BVS, 230 €, deadline Tue 31.10. 23:59
  einvernehmen: 'Gemeindliches Einvernehmen im Baugenehmigungsverfahren', // Thu 16.11. 09:00–15:00, Rathaus Pfarrkirchen, BVS, Herr Reisinger, 120 €, 18 seats, towns and markets only
  barrierefrei: 'Dokumente für alle', // Wed 22.11. 13:00–15:30, online, Sachgebiet IT, Frau Moser, accessible Word/PDF, free
  kosten: 'Verwaltungskosten richtig festsetzen: das Bayerische Kostengesetz in der Praxis', // Tue 28.11. 09:00–12:30, online, BVS, Frau Schwarzmeier, 140 €
  ersteHilfe: 'Erste Hilfe: Fortbildung für betriebliche Ersthelferinnen und Ersthelfer', // Thu 30.11. 08:30–16:00, Rathaus Simbach am Inn, KUVB, Herr Brandl, free (KUVB pays)
  ruhestand: 'Ruhestand in Sicht', // Tue 05.12. 14:00–16:00, Landratsamt, Sachgebiet Personal, Frau Stadler, pensions, free
  teams: 'Gemeinsam an Dateien arbeiten mit Teams und SharePoint', // Thu 07.12. 09:00–11:00, online, Sachgebiet IT, Frau Moser, free
  wohngeld: 'Wohngeld kompakt: Anspruch, Einkommen, Bescheid', // draft (Tue 21.11.)
  katastrophe: 'Stabsarbeit in der Führungsgruppe Katastrophenschutz', // draft (Wed 13.12.)
  moderation: 'Bürgerversammlungen souverän moderieren', // cancelled (Tue 10.10.2028)
  verkehrssicherung: 'Verkehrssicherungspflicht für Bauhöfe: Bäume, Spielplätze, Winterdienst', // cancelled (Thu 09.11.2028)
  grundsteuer: 'Grundsteuer nach dem Bayerischen Grundsteuergesetz', // past (Tue 11 July 2028)
  hitze: 'Wenn es heiß wird: Hitzeschutz für Beschäftigte', // past (Wed 21 June 2028)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.wohngeld, T.katastrophe, T.moderation, T.verkehrssicherung, T.grundsteuer, T.hitze];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost -----------------------------------------------------------------------------------------------------
  { q: 'Was kostet der Kurs zur Kassenführung?', kind: 'facts', titles: [T.kasse], says: ['kostet 125 €'] },
  {
    q: 'Ist die Erste-Hilfe-Fortbildung kostenlos?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Kosten übernimmt die Kommunale Unfallversicherung Bayern.'],
  },
  {
    q: 'How much is the seminar on the Bavarian Kostengesetz?',
    locale: 'en',
    kind: 'facts',
    titles: [T.kosten],
    says: ['costs €140'],
  },
  // --- facts: when (one day, three days), start time, duration ----------------------------------------------------------
  {
    q: 'Wann findet das Seminar für neue Führungskräfte statt?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 3 Tagen', 'Mo., 06.11.2028, Di., 07.11.2028 und Mi., 08.11.2028', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    q: 'When is the seminar for the immigration office?',
    locale: 'en',
    kind: 'facts',
    titles: [T.visum],
    says: ['on Thu, 12 Oct 2028 from 09:00 to 16:00'],
  },
  {
    q: 'Um wie viel Uhr beginnt die Schulung zur Online-Zulassung von Fahrzeugen?',
    kind: 'facts',
    titles: [T.ikfz],
    says: ['beginnt am Fr., 06.10.2028 um 13:00 Uhr'],
  },
  {
    q: 'What time does the first aid refresher start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['starts on Thu, 30 Nov 2028 at 08:30'],
  },
  {
    q: 'Wie lange dauert die Informationsveranstaltung zum Ruhestand?',
    kind: 'facts',
    titles: [T.ruhestand],
    says: ['dauert 2 Stunden, von 14:00 bis 16:00 Uhr'],
  },
  // --- facts: where, format, trainer, deadline, seats ---------------------------------------------------------------------
  {
    q: 'Wo findet das Seminar „Plötzlich Chefin, plötzlich Chef“ statt?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['im Haus des Gastes'],
  },
  {
    q: 'Wo findet die Schulung zum Vergaberecht statt?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['im Landratsamt Rottal-Inn', 'oder online'],
  },
  {
    q: 'Wo findet die Schulung für Beschäftigte im Außendienst statt?',
    kind: 'facts',
    titles: [T.aussendienst],
    says: ['im Rathaus Simbach am Inn'],
  },
  {
    q: 'Ist das Seminar zur Fahrzeugzulassung online oder in Präsenz?',
    kind: 'facts',
    titles: [T.ikfz],
    says: [/findet hybrid statt|oder online statt/],
  },
  {
    q: 'Wer leitet das Seminar zur Ausländerbehörde?',
    kind: 'facts',
    titles: [T.visum],
    says: ['leitet Herr Dr. Matthias Obermeier'],
  },
  {
    q: 'Who teaches the Excel course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['is led by Frau Theresa Huber'],
  },
  {
    q: 'Bis wann muss ich mich für das Seminar zur Bayerischen Bauordnung anmelden?',
    kind: 'facts',
    titles: [T.bauordnung],
    says: ['bis Fr., 06.10.2028, 12:00 Uhr'],
  },
  {
    q: 'Wann ist Anmeldeschluss für das Seminar zur Vergabe?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Di., 31.10.2028, 23:59 Uhr'],
  },
  {
    q: 'What is the registration deadline for the cash handling seminar?',
    locale: 'en',
    kind: 'facts',
    titles: [T.kasse],
    says: ['passed on Mon, 18 Sep 2028, 12:00'],
  },
  {
    q: 'Sind im Seminar zum gemeindlichen Einvernehmen noch Plätze frei?',
    kind: 'facts',
    titles: [T.einvernehmen],
    says: ['noch 18 von 18 Plätzen frei'],
  },
  {
    q: 'Are there still seats left in the Front Desk English course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['has 12 of 12 seats left'],
  },
  // --- follow-ups in a conversation ----------------------------------------------------------------------------------------
  { conv: 'bau', q: 'Gibt es im Oktober etwas zum Baurecht?', kind: 'list', titles: [T.bauordnung] },
  {
    conv: 'bau',
    q: 'Was kostet das?',
    kind: 'facts',
    titles: [T.bauordnung],
    says: ['kostet 245 €'],
    mentions: ['Inklusive Mittagessen.'],
  },
  {
    conv: 'bau',
    q: 'Und wo findet das statt?',
    kind: 'facts',
    titles: [T.bauordnung],
    says: ['im Rathaus Eggenfelden'],
  },
  {
    conv: 'kinderschutz',
    q: 'Gibt es eine Fortbildung zum Kinderschutz für den Allgemeinen Sozialdienst?',
    kind: 'list',
    titles: [T.kinderschutz],
  },
  {
    conv: 'kinderschutz',
    q: 'Wann findet sie statt?',
    kind: 'facts',
    titles: [T.kinderschutz],
    says: ['am Di., 24.10.2028 von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'kinderschutz',
    q: 'Wer leitet das Seminar?',
    kind: 'facts',
    titles: [T.kinderschutz],
    says: ['leitet Frau Sabine Eder'],
  },
  {
    conv: 'phishing',
    q: 'Is there any training on recognising phishing emails?',
    locale: 'en',
    kind: 'list',
    titles: [T.sicherheit],
  },
  {
    conv: 'phishing',
    q: 'When does it start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.sicherheit],
    says: ['starts on Thu, 28 Sep 2028 at 09:00'],
  },
  {
    conv: 'phishing',
    q: 'Is it held online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.sicherheit],
    says: ['takes place online'],
  },
  // --- topic searches: words only in summary, description or topics, synonyms, typos -------------------------------------
  { q: 'Ich suche eine Fortbildung zum Aufenthaltsrecht.', kind: 'list', titles: [T.visum] },
  { q: 'Gibt es eine Schulung zur Stressbewältigung?', kind: 'list', titles: [T.aufatmen] },
  { q: 'Gibt es ein Seminar zu Ausschreibungen?', kind: 'list', titles: [T.vergabe] },
  { q: 'Gibt es einen Kurs zum Thema Barrierefreiheit?', kind: 'list', titles: [T.barrierefrei] },
  { q: 'Gibt es eine Infoveranstaltung zur Rente?', kind: 'list', titles: [T.ruhestand] },
  { q: 'Gibt es ein Seminar zur Fahrzeugzulasung?', kind: 'list', titles: [T.ikfz] },
  { q: 'Gibt es einen Kurs zu Outlok?', kind: 'list', titles: [T.outlook] },
  { q: 'Gibt es etwas zum Gebührenrecht?', kind: 'list', titles: [T.kosten] },
  { q: 'Was gibt es zum Baurecht?', kind: 'list', ...only(T.bauordnung, T.einvernehmen) },
  { q: 'Do you have anything on child protection?', locale: 'en', kind: 'list', titles: [T.kinderschutz] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, length, cost, language --------------------
  { q: 'Welche Seminare finden diese Woche noch statt?', kind: 'list', titles: [T.outlook, T.sicherheit] },
  { q: 'Was findet morgen statt?', kind: 'list', titles: [T.outlook] },
  { q: 'Gibt es nächste Woche etwas am Vormittag?', kind: 'list', titles: [T.kasse, T.english] },
  { q: 'What is on next week in the afternoon?', locale: 'en', kind: 'list', titles: [T.aufatmen, T.ikfz] },
  {
    q: 'Welche Seminare gibt es in den nächsten zwei Wochen?',
    kind: 'list',
    titles: [T.outlook, T.sicherheit, T.kasse, T.aufatmen, T.english, T.ikfz],
  },
  { q: 'Was gibt es im Dezember?', kind: 'list', titles: [T.ruhestand, T.teams] },
  {
    q: 'Are there any free seminars next month?',
    locale: 'en',
    kind: 'list',
    titles: [T.aufatmen, T.ikfz, T.aussendienst],
  },
  {
    q: 'Welche kostenlosen Seminare gibt es im November?',
    kind: 'list',
    titles: [T.mag, T.barrierefrei, T.ersteHilfe],
  },
  { q: 'Welche Seminare finden in Simbach am Inn statt?', kind: 'list', ...only(T.aussendienst, T.ersteHilfe) },
  { q: 'Welche Kurse gibt Frau Huber?', kind: 'list', ...only(T.outlook, T.excel) },
  { q: 'Welche Seminare leitet Herr Reisinger?', kind: 'list', ...only(T.bauordnung, T.einvernehmen) },
  {
    q: 'Was bietet die Kommunale Unfallversicherung Bayern an?',
    kind: 'list',
    ...only(T.aufatmen, T.aussendienst, T.ersteHilfe),
  },
  {
    q: 'Was bietet das Sachgebiet IT des Landratsamts an?',
    kind: 'list',
    ...only(T.sicherheit, T.ikfz, T.barrierefrei, T.teams),
  },
  { q: 'Gibt es Angebote für Führungskräfte?', kind: 'list', ...only(T.mag, T.fuehrung) },
  { q: 'Gibt es mehrtägige Seminare?', kind: 'list', titles: [T.fuehrung] },
  { q: 'Welche Seminare finden hybrid statt?', kind: 'list', ...only(T.ikfz, T.vergabe) },
  { q: 'Are there any seminars held in English?', locale: 'en', kind: 'list', titles: [T.english] },
  // --- gone, drafts never shown, no match, greeting ---------------------------------------------------------------------
  { q: 'Wann findet das Seminar zur Moderation von Bürgerversammlungen statt?', kind: 'gone', gone: T.moderation },
  {
    q: 'Is the course on Verkehrssicherungspflicht for the Bauhof still taking place?',
    locale: 'en',
    kind: 'gone',
    gone: T.verkehrssicherung,
  },
  { q: 'Wann war das Seminar zur Grundsteuer?', kind: 'gone', gone: T.grundsteuer, says: ['Di., 11.07.2028'] },
  { q: 'Wann war das Seminar zum Hitzeschutz?', kind: 'gone', gone: T.hitze, says: ['Mi., 21.06.2028'] },
  { q: 'Gibt es eine Schulung zum Wohngeld?', kind: 'none' },
  { q: 'Gibt es etwas zur Stabsarbeit im Katastrophenschutz?', kind: 'none' },
  { q: 'Do you offer a French course?', locale: 'en', kind: 'none' },
  { q: 'Hallo, was kannst du?', kind: 'help' },
  { q: 'Hello, how does this work?', locale: 'en', kind: 'help' },
];

heldoutSuite(
  'answering questions about a hundred-and-seventeenth, independent catalogue (Landkreis Rottal-Inn, BVS, KUVB)',
  {
    fixture: 'heldout117-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
