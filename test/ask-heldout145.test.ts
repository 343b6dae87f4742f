// Over-fitting check, hundred-and-forty-fifth catalogue: the autumn 2027 programme of the Landkreis Kitzingen (Bavaria)
// for the county and its towns and municipalities (Kitzingen, Dettelbach, Volkach, Marktbreit, Iphofen, Wiesentheid),
// with the Bayerische Verwaltungsschule (BVS), the Landratsamt's Personalentwicklung, the AKDB, the Kommunale
// Unfallversicherung Bayern (KUVB) and the Volkshochschule Kitzingen (vhs), imported from a JSON file. Seminars take
// place in the Landratsamt Kitzingen, the Bildungshaus Schwanberg (Rödelsee), the town halls of Dettelbach, Volkach,
// Marktbreit, Iphofen and Kitzingen, the fire stations of Wiesentheid and Kitzingen, online or hybrid. Ten titles do not
// name their subject ("Klick mit Köpfchen" is information security, "Der digitale Kollege schreibt mit" AI,
// "Durchatmen statt Durchhalten" stress and health, "Schluss mit dem Formatierungschaos" Word, "Wenn Gespräche kippen"
// de-escalation, "Gemeinsam arbeiten, egal von wo" Microsoft Teams and working from home, "Anträge ohne Wartemarke" the
// OZG, "Wohin das Geld der Gemeinde fließt" municipal budgets (Kameralistik), "Verstanden werden" plain language, "Akten
// ohne Regal" the e-file), so only summary, description or topics reveal it; one seminar is held in English; the course
// for new managers runs on two days; the e-file course is open only to Iphofen and Marktbreit; first aid and fire
// wardens are free, paid by the KUVB. Questions are written the way an acceptance tester writes them (complete, polite
// sentences, about a third in English, a few typos), without looking at the parser or the answers. Same assertions as
// the other suites: exactly the expected seminars (best first where one is clearly best), the asked fact in the first
// sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Tuesday 21 September 2027, 09:15 in Kitzingen, summer time; winter time begins Sun 31.10.2027):
//   this week:  nothing more today; Wed 22.09. 13:00–16:00 Excel (online, tomorrow), Fri 24.09. 09:00–12:00 data
//               protection (hybrid, Landratsamt)
//   next week:  Mon 27.09. 09:00–11:30 information security (online), Tue 28.09. 13:30–16:00 AI (hybrid, Landratsamt),
//               Wed 29.09. 09:00–12:30 English (Landratsamt; deadline passed Fri 17.09. 23:59), Thu 30.09. 13:00–15:30
//               stress (online); nothing on Fri 01.10.
//   then:       nothing from Fri 01.10. to Sun 10.10. except the cancelled time-management course (Tue 05.10.)
//   October:    Mon 11. council meetings (Dettelbach; deadline Mon 27.09.), Wed 13. first aid (Wiesentheid, 08:30–16:30),
//               Tue 19. Word (online), Thu 21. de-escalation (Volkach), Tue 26. procurement law (Landratsamt; deadline
//               Fri 08.10. 12:00), Thu 28. Teams (online, 13:00–16:00); the cancelled tree-inspection course on Wed 20.10.
//   November:   Tue 02. OZG (online), Thu 04. budget (Marktbreit), Tue 09. team conflicts (Schwanberg), Thu 11. plain
//               language (online, 13:00–16:00), Tue 16./Wed 17. new managers (Schwanberg), Thu 18. e-file (Iphofen,
//               Iphofen and Marktbreit only), Tue 23. building permits (Landratsamt); the draft social-media course on
//               Wed 10.11.
//   December:   Wed 01. registry offices (Rathaus Kitzingen), Tue 07. fire wardens (Feuerwehrhaus Kitzingen, 08:30–12:30)
//   January:    Tue 11.01.2028 trainees (Landratsamt); the draft election course on Thu 13.01.2028
//   past:       Tue 15.06.2027 property tax (Landratsamt), Thu 09.09.2027 Outlook (online).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-09-21T07:15:00Z'); // Tuesday, 21 September 2027, 09:15 in Kitzingen (CEST)
const TZ = 'Europe/Berlin';

const T = {
  excel: 'Excel im Verwaltungsalltag: Formeln, Filter und Pivot-Tabellen', // Wed 22.09. 13:00–16:00, online, vhs, Köhler, 95 € (Dienststelle pays)
  datenschutz: 'Datenschutz im Bürgerkontakt: Was darf ich sagen?', // Fri 24.09. 09:00–12:00, hybrid (Landratsamt), PE, Weigand, DSGVO, free
  phishing: 'Klick mit Köpfchen', // Mon 27.09. 09:00–11:30, online, AKDB, Hofmann, information security, free
  ki: 'Der digitale Kollege schreibt mit', // Tue 28.09. 13:30–16:00, hybrid (Landratsamt), AKDB, Dr. Brandt, AI / ChatGPT, free
  english: 'Welcome to Kitzingen: English at the Service Desk', // Wed 29.09. 09:00–12:30, Landratsamt, vhs, English, 120 €, deadline passed Fri 17.09. 23:59
  stress: 'Durchatmen statt Durchhalten', // Thu 30.09. 13:00–15:30, online, KUVB, Engel, stress / health, free
  sitzung: 'Sitzungsdienst kompakt: von der Ladung bis zur Niederschrift', // Mon 11.10. 09:00–16:00, Rathaus Dettelbach, BVS, Drexler, 210 €, 18 seats
  ersteHilfe: 'Erste Hilfe in der Dienststelle: Grundlehrgang für Ersthelfende', // Wed 13.10. 08:30–16:30, Feuerwehrhaus Wiesentheid, KUVB, Bauer, free (KUVB pays)
  word: 'Schluss mit dem Formatierungschaos', // Tue 19.10. 09:00–12:00, online, vhs, Köhler, 65 €, Word
  deeskalation: 'Wenn Gespräche kippen', // Thu 21.10. 09:00–15:00, Rathaus Volkach, KUVB, Lang, de-escalation, free
  vergabe: 'Vergaberecht für Kommunen: UVgO und VOB/A in der Praxis', // Tue 26.10. 09:00–16:00, Landratsamt, BVS, Dr. Wolf, 260 €, deadline Fri 08.10. 12:00
  teams: 'Gemeinsam arbeiten, egal von wo', // Thu 28.10. 13:00–16:00, online, PE, Mend, Microsoft Teams / Homeoffice, free
  ozg: 'Anträge ohne Wartemarke', // Tue 02.11. 09:00–12:00, online, AKDB, Hofmann, OZG, free
  haushalt: 'Wohin das Geld der Gemeinde fließt', // Thu 04.11. 09:00–16:00, Rathaus Marktbreit, BVS, Drexler, 190 €, Kameralistik
  konflikte: 'Konflikte im Team souverän lösen', // Tue 09.11. 09:00–16:00, Bildungshaus Schwanberg, PE, Seuffert, 180 €, for managers
  sprache: 'Verstanden werden', // Thu 11.11. 13:00–16:00, online, vhs, Voigt, 75 €, plain language
  fuehrung: 'Neu in der Führungsrolle: Grundlagen für Vorgesetzte', // Tue 16.11. and Wed 17.11. 09:00–16:00, Bildungshaus Schwanberg, BVS, Dr. Keller, 420 €
  eakte: 'Akten ohne Regal', // Thu 18.11. 09:00–12:00, Rathaus Iphofen, AKDB, Schuster, e-file, only Iphofen/Marktbreit, free
  baurecht: 'Baugenehmigungen sicher bearbeiten: Verfahren nach der Bayerischen Bauordnung', // Tue 23.11. 09:00–16:00, Landratsamt, BVS, Dr. Rieger, 240 €
  standesamt: 'Aktuelles aus dem Personenstandsrecht für Standesämter', // Wed 01.12. 09:00–16:00, Rathaus Kitzingen, BVS, Henning, 230 €
  brandschutz: 'Brandschutzhelferinnen und Brandschutzhelfer: Ausbildung mit Löschübung', // Tue 07.12. 08:30–12:30, Feuerwehrhaus Kitzingen, KUVB, Götz, free, 24 seats
  azubis: 'Gut ankommen: Auftreten und Kommunikation für Auszubildende', // Tue 11.01.2028 09:00–15:00, Landratsamt, PE, Reuther, free
  socialMedia: 'Social Media im Rathaus: Instagram und Facebook für Kommunen', // draft (Wed 10.11.)
  wahl: 'Wahlvorstände schulen: Kommunalwahl 2028 rechtssicher vorbereiten', // draft (Thu 13.01.2028)
  zeit: 'Zeitmanagement und Selbstorganisation im Büro', // cancelled (Tue 05.10.2027), vhs, Köhler
  baumkontrolle: 'Baumkontrolle für Bauhöfe: Verkehrssicherungspflicht in der Praxis', // cancelled (Wed 20.10.2027), KUVB
  grundsteuer: 'Die neue Grundsteuer: Bescheide, Einsprüche und Hebesätze', // past (Tue 15 June 2027), Landratsamt
  outlook: 'Outlook effizient nutzen: E-Mails, Kalender und Aufgaben', // past (Thu 9 September 2027), online, vhs, Köhler
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.socialMedia, T.wahl, T.zeit, T.baumkontrolle, T.grundsteuer, T.outlook];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts in German: cost, when (one day and two days), where, trainer, duration, start, deadline, seats, format ---
  {
    q: 'Kostet der Erste-Hilfe-Lehrgang für Ersthelfer etwas?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die KUVB für ihre Mitgliedsverwaltungen.'],
  },
  {
    q: 'Wann findet die Datenschutz-Schulung statt?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['am Fr., 24.09.2027 von 09:00 bis 12:00 Uhr'],
  },
  {
    q: 'Wann findet das Seminar „Neu in der Führungsrolle“ statt?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Di., 16.11.2027 und Mi., 17.11.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'Wo findet das Seminar zum Vergaberecht statt?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['findet im Landratsamt Kitzingen'],
  },
  {
    q: 'Wer leitet das Seminar zu Baugenehmigungen?',
    kind: 'facts',
    titles: [T.baurecht],
    says: ['leitet Herr Dr. Thomas Rieger'],
  },
  {
    q: 'Wie lange dauert die Schulung „Klick mit Köpfchen“?',
    kind: 'facts',
    titles: [T.phishing],
    says: ['dauert 2,5 Stunden, von 09:00 bis 11:30 Uhr'],
  },
  {
    q: 'Um wie viel Uhr beginnt die Ausbildung zum Brandschutzhelfer?',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['beginnt am Di., 07.12.2027 um 08:30 Uhr'],
  },
  {
    q: 'Bis wann muss ich mich für den Kurs zum Vergaberecht anmelden?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Fr., 08.10.2027, 12:00 Uhr'],
  },
  {
    q: 'Sind im Seminar zum Sitzungsdienst noch Plätze frei?',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['noch 18 von 18 Plätzen frei'],
  },
  {
    q: 'Findet das Seminar „Wohin das Geld der Gemeinde fließt“ online oder in Präsenz statt?',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['findet in Präsenz statt, im Rathaus Marktbreit'],
  },
  // --- facts in English ------------------------------------------------------------------------------------------------
  {
    q: 'How much is the seminar on civil status law for registry offices?',
    locale: 'en',
    kind: 'facts',
    titles: [T.standesamt],
    says: ['costs €230'],
  },
  {
    q: 'When does the seminar for trainees take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.azubis],
    says: ['on Tue, 11 Jan 2028 from 09:00 to 15:00'],
  },
  {
    q: 'Where does the seminar on resolving conflicts in a team take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.konflikte],
    says: ['takes place at Bildungshaus Schwanberg'],
  },
  {
    q: 'Who leads the Microsoft Teams course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.teams],
    says: ['is led by Herr Tobias Mend'],
  },
  {
    q: 'How long does the first aid course last?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['lasts 8 hours, from 08:30 to 16:30'],
  },
  {
    q: 'What time does the e-file training in Iphofen start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.eakte],
    says: ['starts on Thu, 18 Nov 2027 at 09:00'],
  },
  {
    q: 'What is the registration deadline for the English course for the service desk?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 17 Sep 2027, 23:59'],
  },
  {
    q: 'Are there still free places in the fire warden training?',
    locale: 'en',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['has 24 of 24 seats left'],
  },
  {
    q: 'Is the OZG seminar online or in person?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ozg],
    says: ['takes place online'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  {
    conv: 'schalter',
    q: 'Was kann ich tun, wenn ein Bürger am Schalter laut und ausfällig wird? Gibt es dafür eine Schulung?',
    kind: 'list',
    titles: [T.deeskalation],
  },
  {
    conv: 'schalter',
    q: 'Und wo findet das statt?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['im Rathaus Volkach'],
  },
  {
    conv: 'schalter',
    q: 'Wann genau ist das?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['am Do., 21.10.2027 von 09:00 bis 15:00 Uhr'],
  },
  {
    conv: 'chatgpt',
    q: 'Is there any trainig on ChatGPT or other AI tools?',
    locale: 'en',
    kind: 'list',
    titles: [T.ki],
  },
  {
    conv: 'chatgpt',
    q: 'What does it cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is free of charge'],
  },
  {
    conv: 'chatgpt',
    q: 'Is it online or in person?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is hybrid'],
  },
  {
    conv: 'bescheide',
    q: 'Wie kann ich Bescheide so schreiben, dass die Bürger sie auch verstehen?',
    kind: 'list',
    titles: [T.sprache],
  },
  { conv: 'bescheide', q: 'Was kostet das?', kind: 'facts', titles: [T.sprache], says: ['kostet 75 €'] },
  {
    conv: 'bescheide',
    q: 'Und wer leitet den Kurs?',
    kind: 'facts',
    titles: [T.sprache],
    says: ['leitet Frau Katharina Voigt'],
  },
  // --- topic searches: words only in summary or description, everyday words, synonyms, typos --------------------------
  { q: 'Gibt es eine Schulung zur Informationssicherheit?', kind: 'list', titles: [T.phishing] },
  { q: 'Woran erkenne ich gefälschte Mails? Gibt es dazu einen Kurs?', kind: 'list', titles: [T.phishing] },
  {
    q: 'Ich arbeite zwei Tage in der Woche im Homeoffice. Gibt es eine Schulung, wie ich von dort gut mit meinem Team zusammenarbeite?',
    kind: 'list',
    first: T.teams,
  },
  { q: 'Gibt es etwas zum Thema KI?', kind: 'list', titles: [T.ki] },
  { q: 'Ich suche eine Fortbildung zum Datenschuz.', kind: 'list', titles: [T.datenschutz] },
  { q: 'Gibt es einen Kurs zu Formatvorlagen in Word?', kind: 'list', titles: [T.word] },
  {
    q: 'Is there any training on the OZG and online services for citizens?',
    locale: 'en',
    kind: 'list',
    titles: [T.ozg],
  },
  {
    q: "I'm looking for a course on writing the minutes of council meetings.",
    locale: 'en',
    kind: 'list',
    titles: [T.sitzung],
  },
  { q: 'Gibt es eine Forbildung zur Kameralistik?', kind: 'list', titles: [T.haushalt] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, cost, length, language, seats ---------
  { q: 'Was findet morgen statt?', kind: 'list', titles: [T.excel] },
  {
    q: 'Which seminars are still taking place this week?',
    locale: 'en',
    kind: 'list',
    titles: [T.excel, T.datenschutz],
  },
  { q: 'Welche Seminare gibt es nächste Woche vormittags?', kind: 'list', titles: [T.phishing, T.english] },
  { q: 'Is there anything next week in the afternoon?', locale: 'en', kind: 'list', titles: [T.ki, T.stress] },
  {
    q: 'Was gibt es in den nächsten zwei Wochen?',
    kind: 'list',
    titles: [T.excel, T.datenschutz, T.phishing, T.ki, T.english, T.stress],
  },
  {
    q: 'What is on next month?',
    locale: 'en',
    kind: 'list',
    titles: [T.sitzung, T.ersteHilfe, T.word, T.deeskalation, T.vergabe, T.teams],
  },
  { q: 'Welche Online-Seminare gibt es im November?', kind: 'list', titles: [T.ozg, T.sprache] },
  {
    q: 'Welche Seminare finden im November vor Ort statt?',
    kind: 'list',
    titles: [T.haushalt, T.konflikte, T.fuehrung, T.eakte, T.baurecht],
  },
  { q: 'Gibt es auch hybride Seminare?', kind: 'list', ...only(T.datenschutz, T.ki) },
  {
    q: 'Welche Seminare finden im Landratsamt statt?',
    kind: 'list',
    ...only(T.datenschutz, T.ki, T.english, T.vergabe, T.baurecht, T.azubis),
  },
  { q: 'Welche Kurse gibt Frau Köhler?', kind: 'list', ...only(T.excel, T.word) },
  { q: 'Which courses does the AKDB offer?', locale: 'en', kind: 'list', ...only(T.phishing, T.ki, T.ozg, T.eakte) },
  {
    q: 'Ich bin Führungskraft. Welche Seminare sind für mich gedacht?',
    kind: 'list',
    ...only(T.konflikte, T.fuehrung),
  },
  {
    q: 'Welche kostenlosen Seminare gibt es im Oktober?',
    kind: 'list',
    titles: [T.ersteHilfe, T.deeskalation, T.teams],
  },
  { q: 'Gibt es Seminare, die über mehrere Tage gehen?', kind: 'list', titles: [T.fuehrung] },
  { q: 'Are there any seminars held in English?', locale: 'en', kind: 'list', titles: [T.english] },
  { q: 'Welche Seminare im Dezember haben noch freie Plätze?', kind: 'list', titles: [T.standesamt, T.brandschutz] },
  // --- gone, drafts never shown, no match, greeting, thanks, registrations ---------------------------------------------
  { q: 'Wann findet das Seminar zu Zeitmanagement und Selbstorganisation statt?', kind: 'gone', gone: T.zeit },
  { q: 'Findet der Lehrgang zur Baumkontrolle für Bauhöfe noch statt?', kind: 'gone', gone: T.baumkontrolle },
  { q: 'Wann ist der nächste Outlook-Kurs?', kind: 'gone', gone: T.outlook, says: ['Do., 09.09.2027'] },
  {
    q: 'When was the seminar on the new property tax?',
    locale: 'en',
    kind: 'gone',
    gone: T.grundsteuer,
    says: ['Tue, 15 Jun 2027'],
  },
  { q: 'Gibt es eine Schulung zu Social Media und Instagram?', kind: 'none' },
  { q: 'Wann ist die Schulung für Wahlvorstände zur Kommunalwahl 2028?', kind: 'none' },
  { q: 'Gibt es einen Kurs zu SAP?', kind: 'none' },
  { q: 'Hallo! Wobei können Sie mir helfen?', kind: 'help' },
  { q: 'Thank you, that was very helpful!', locale: 'en', kind: 'thanks' },
  { q: 'Zeig mir bitte meine Anmeldungen.', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a hundred-and-forty-fifth, independent catalogue (Landkreis Kitzingen, BVS, AKDB, KUVB)',
  {
    fixture: 'heldout145-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
