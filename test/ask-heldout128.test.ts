// Over-fitting check, hundred-and-twenty-eighth catalogue: the spring and summer 2027 programme of the Ortenaukreis
// (Baden-Württemberg) with the Personalentwicklung of the Landratsamt in Offenburg, the Verwaltungsschule des
// Gemeindetags Baden-Württemberg, the county's IT service provider ORTIT (Kommunale IT-Dienste Ortenau), the Unfallkasse
// Baden-Württemberg (UKBW) and the Volkshochschule Offenburg, for the county and the towns Offenburg, Lahr, Kehl, Achern,
// Oberkirch, Haslach im Kinzigtal and Wolfach, imported from a JSON file. Seminars take place in the Landratsamt in
// Offenburg, the ORTIT training centre in Offenburg, the town halls of Lahr, Kehl, Achern, Oberkirch, Haslach and
// Wolfach, online or hybrid. Several titles do not name their subject ("Nie wieder 500 ungelesene Nachrichten" is
// Outlook, "Der Klick zu viel" information security, "Durchatmen statt durchhalten" stress management, "Die Maschine
// schreibt mit" AI, "Wenn es an allen Leitungen klingelt" the telephone, "Ruhig bleiben, wenn es laut wird"
// de-escalation, "Viele Köpfe, ein Ergebnis" moderation, "Der letzte Ordner" the e-file, "Der Küchentisch ist kein
// Schreibtisch" working from home, "Posten, liken, antworten" social media, "Plötzlich vorne stehen" new managers), so
// only summary, description or topics reveal it; one seminar is held in English; the moderation course runs on two
// days; the e-file course is open only to Haslach and Wolfach; first aid is free, paid by the UKBW; the course for new
// managers has only 8 seats. Questions are written the way an acceptance tester writes them (complete, polite
// sentences, some English, a few typos), without looking at the parser or the answers. Same assertions as the other
// suites: exactly the expected seminars (best first where one is clearly best), the asked fact in the first sentence,
// never a draft, cancelled or past seminar.
//
// Calendar around `now` (Wednesday 7 April 2027, 10:00 in Offenburg, summer time since Sun 28.03.2027):
//   past:       Thu 25.03. 09:00–12:00 (CET) property tax (Landratsamt), Wed 31.03. 09:00–12:00 (CEST) council
//               information system (online)
//   this week:  nothing more today; Thu 08.04. 13:30–16:00 Outlook (online, tomorrow), Fri 09.04. 09:00–12:00 data
//               protection (hybrid, Landratsamt)
//   next week:  Mon 12.04. 09:00–11:30 information security (online), Tue 13.04. 14:00–16:00 stress (online),
//               Wed 14.04. 09:00–12:30 English (Rathaus Kehl; deadline passed Wed 31.03. 23:59), Thu 15.04.
//               13:00–16:00 AI (hybrid, ORTIT Offenburg)
//   then:       nothing from Fri 16.04. to Mon 26.04. except the cancelled PDF course (Tue 20.04.)
//   late April: Tue 27.04. 09:00–16:00 procurement law (Landratsamt; deadline Tue 13.04. 12:00), Thu 29.04.
//               08:30–16:30 first aid (Rathaus Achern)
//   May:        Tue 04. 09:00–16:00 municipal budget law (Rathaus Lahr), Wed 12. 09:00–12:00 telephone (Rathaus
//               Oberkirch), Tue 18. 09:00–15:00 de-escalation (Rathaus Haslach, 12 seats), Wed 19./Thu 20. 09:00–16:00
//               moderation (Rathaus Kehl), Wed 26. 09:00–12:00 e-file (Rathaus Wolfach, Haslach and Wolfach only)
//   June:       Tue 08. 09:00–16:00 building permits (Landratsamt), Wed 09. 13:00–16:30 Excel (online), Thu 17.
//               10:00–11:30 working from home (online), Tue 22. 09:00–16:00 TVöD (Rathaus Oberkirch; deadline Fri
//               04.06. 23:59), Wed 23. 13:00–16:00 social media (Rathaus Lahr); the cancelled driving safety training on
//               Mon 14.06.; the draft French course on Tue 29.06.
//   July:       Thu 01. 09:00–16:00 apprentice instructors (Landratsamt), Tue 06. 09:00–16:00 new managers (Rathaus
//               Achern, 8 seats; deadline Fri 18.06. 12:00), Tue 13. 09:00–16:00 administrative law (hybrid,
//               Landratsamt); the draft flood-protection course on Wed 21.07.
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-04-07T08:00:00Z'); // Wednesday, 7 April 2027, 10:00 in Offenburg (CEST)
const TZ = 'Europe/Berlin';

const T = {
  postfach: 'Nie wieder 500 ungelesene Nachrichten', // Thu 08.04. 13:30–16:00, online, VHS Offenburg, Kiefer, Outlook, 59 € (Dienststelle pays)
  datenschutz: 'Datenschutz im Bürgerbüro: Auskunft geben, Daten schützen', // Fri 09.04. 09:00–12:00, hybrid (Landratsamt), PE, Hug, free
  phishing: 'Der Klick zu viel', // Mon 12.04. 09:00–11:30, online, ORTIT, Armbruster, information security, free
  stress: 'Durchatmen statt durchhalten', // Tue 13.04. 14:00–16:00, online, UKBW, Bühler, stress management, free
  english: 'Speaking with Confidence: English at the Service Desk', // Wed 14.04. 09:00–12:30, Rathaus Kehl, VHS, Clarke, English, 110 €, deadline passed Wed 31.03. 23:59
  ki: 'Die Maschine schreibt mit', // Thu 15.04. 13:00–16:00, hybrid (ORTIT Schulungszentrum Offenburg), ORTIT, Armbruster, AI, free
  vergabe: 'Öffentliche Aufträge rechtssicher vergeben: UVgO in der Praxis', // Tue 27.04. 09:00–16:00, Landratsamt, Verwaltungsschule, Dr. Schwarz, 240 €, deadline Tue 13.04. 12:00
  ersteHilfe: 'Erste Hilfe am Arbeitsplatz: Ausbildung für betriebliche Ersthelfende', // Thu 29.04. 08:30–16:30, Rathaus Achern, UKBW, Benz, free (UKBW pays)
  haushalt: 'Soll und Haben im Rathaus: Einführung in das Neue Kommunale Haushaltsrecht', // Tue 04.05. 09:00–16:00, Rathaus Lahr, Verwaltungsschule, Zimmermann, 195 €
  telefon: 'Wenn es an allen Leitungen klingelt', // Wed 12.05. 09:00–12:00, Rathaus Oberkirch, VHS, Vollmer, telephone, 75 €
  deeskalation: 'Ruhig bleiben, wenn es laut wird', // Tue 18.05. 09:00–15:00, Rathaus Haslach, UKBW, Fies, de-escalation, free, 12 seats
  moderation: 'Viele Köpfe, ein Ergebnis', // Wed 19.05. and Thu 20.05. 09:00–16:00, Rathaus Kehl, Verwaltungsschule, Wurth, moderation, 380 €
  eakte: 'Der letzte Ordner', // Wed 26.05. 09:00–12:00, Rathaus Wolfach, ORTIT, Börsig, e-file, only Haslach/Wolfach, free
  baurecht: 'Vom Bauantrag zur Baugenehmigung: Verfahren nach der Landesbauordnung', // Tue 08.06. 09:00–16:00, Landratsamt, Verwaltungsschule, Kopf, 210 €
  excel: 'Tabellen, die mitdenken: Excel für Fortgeschrittene', // Wed 09.06. 13:00–16:30, online, VHS, Kiefer, 69 €
  homeoffice: 'Der Küchentisch ist kein Schreibtisch', // Thu 17.06. 10:00–11:30, online, UKBW, Bühler, working from home, free
  tvoed: 'TVöD kompakt: Eingruppierung, Stufen und Entgelt', // Tue 22.06. 09:00–16:00, Rathaus Oberkirch, Verwaltungsschule, Huber, 185 €, deadline Fri 04.06. 23:59
  socialmedia: 'Posten, liken, antworten', // Wed 23.06. 13:00–16:00, Rathaus Lahr, PE, Faißt, social media, 90 €
  ausbilder: 'Gute Ausbildung beginnt bei Ihnen', // Thu 01.07. 09:00–16:00, Landratsamt, PE, Roth, for apprentice instructors, free
  fuehrung: 'Plötzlich vorne stehen', // Tue 06.07. 09:00–16:00, Rathaus Achern, Verwaltungsschule, Dr. Lehmann, new managers, 260 €, 8 seats, deadline Fri 18.06. 12:00
  verwaltungsrecht: 'Grundlagen des Verwaltungsrechts für Quereinsteigende', // Tue 13.07. 09:00–16:00, hybrid (Landratsamt), Verwaltungsschule, Huber, 150 €
  franzoesisch: 'Bonjour am Bürgerschalter: Französisch für den Grenzraum', // draft (Tue 29.06.)
  hochwasser: 'Starkregen und Hochwasser: Vorsorge in der Gemeinde', // draft (Wed 21.07.)
  pdf: 'Barrierefreie PDF-Dokumente erstellen', // cancelled (Tue 20.04.2027)
  fahrsicherheit: 'Sicher ans Ziel: Fahrsicherheitstraining für Dienstfahrten', // cancelled (Mon 14.06.2027)
  grundsteuer: 'Die neue Grundsteuer erklären: Bürgeranfragen sicher beantworten', // past (Thu 25 March 2027, CET)
  ratsinfo: 'Gremienarbeit digital: Das Ratsinformationssystem im Sitzungsdienst', // past (Wed 31 March 2027, CEST)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.franzoesisch, T.hochwasser, T.pdf, T.fahrsicherheit, T.grundsteuer, T.ratsinfo];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  {
    q: 'Was kostet der Kurs „Nie wieder 500 ungelesene Nachrichten“?',
    kind: 'facts',
    titles: [T.postfach],
    says: ['kostet 59 €'],
    mentions: ['Die Gebühr trägt die entsendende Dienststelle.'],
  },
  {
    q: 'Was kostet die Teilnahme am Erste-Hilfe-Lehrgang in Achern?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Kosten übernimmt die Unfallkasse Baden-Württemberg.'],
  },
  {
    q: 'How much does the English course for the service desk cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['costs €110'],
  },
  // --- facts: when, start time, duration ------------------------------------------------------------------------------
  {
    q: 'Wann findet das Datenschtuz-Seminar für das Bürgerbüro statt?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['am Fr., 09.04.2027 von 09:00 bis 12:00 Uhr'],
  },
  {
    q: "When does 'Viele Köpfe, ein Ergebnis' take place?",
    locale: 'en',
    kind: 'facts',
    titles: [T.moderation],
    says: ['on 2 days', 'Wed, 19 May 2027 and Thu, 20 May 2027', 'each from 09:00 to 16:00'],
  },
  {
    q: 'Können Sie mir sagen, wann das TVöD-Semniar stattfindet?',
    kind: 'facts',
    titles: [T.tvoed],
    says: ['am Di., 22.06.2027 von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'Um wie viel Uhr beginnt der Social-Media-Kurs?',
    kind: 'facts',
    titles: [T.socialmedia],
    says: ['beginnt am Mi., 23.06.2027 um 13:00 Uhr'],
  },
  {
    q: 'How long is the session about working in the home office?',
    locale: 'en',
    kind: 'facts',
    titles: [T.homeoffice],
    says: ['lasts 1.5 hours, from 10:00 to 11:30'],
  },
  {
    q: 'Wie lange dauert „Durchatmen statt durchhalten“?',
    kind: 'facts',
    titles: [T.stress],
    says: ['dauert 2 Stunden, von 14:00 bis 16:00 Uhr'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  {
    q: 'Where does the de-escalation training take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['takes place at Rathaus Haslach'],
  },
  {
    q: 'Wo findet die Einführung in das Haushaltsrecht statt?',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['im Rathaus Lahr'],
  },
  {
    q: 'Where is the IT security training held?',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['takes place online'],
  },
  {
    q: 'Kann ich am Verwaltungsrecht-Seminar für Quereinsteigende auch online teilnehmen?',
    kind: 'facts',
    titles: [T.verwaltungsrecht],
    says: [/findet hybrid statt|oder online statt/],
  },
  {
    q: 'Wer leitet das Seminar zum Baugenehmigungsverfahren?',
    kind: 'facts',
    titles: [T.baurecht],
    says: ['leitet Herr Stefan Kopf'],
  },
  {
    q: 'Who is the trainer for the Excel course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['is led by Frau Sabine Kiefer'],
  },
  {
    q: 'Bis wann kann ich mich für das Vergabrecht-Seminar anmelden?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Di., 13.04.2027, 12:00 Uhr'],
  },
  {
    q: "What's the registation deadline for the English course?",
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Wed, 31 Mar 2027, 23:59'],
  },
  {
    q: 'Sind bei „Plötzlich vorne stehen“ noch Plätze frei?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['noch 8 von 8 Plätzen frei'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  {
    conv: 'telefon',
    q: 'Gibt es ein Seminar, in dem man das Telefonieren mit Bürgerinnen und Bürgern übt?',
    kind: 'list',
    titles: [T.telefon],
  },
  {
    conv: 'telefon',
    q: 'Und wo findet der statt?',
    kind: 'facts',
    titles: [T.telefon],
    says: ['im Rathaus Oberkirch'],
  },
  { conv: 'telefon', q: 'Was kostet die Teilnahme?', kind: 'facts', titles: [T.telefon], says: ['kostet 75 €'] },
  {
    conv: 'ki',
    q: 'Is there any training on ChatGPT or similar AI tools?',
    locale: 'en',
    kind: 'list',
    titles: [T.ki],
  },
  {
    conv: 'ki',
    q: 'When does it start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['starts on Thu, 15 Apr 2027 at 13:00'],
  },
  { conv: 'ki', q: 'Can I join online?', locale: 'en', kind: 'facts', titles: [T.ki], says: [/is hybrid|or online/] },
  {
    conv: 'moderation',
    q: 'Ich soll künftig unsere Teamsitzungen und Workshops moderieren. Gibt es dazu ein Seminar?',
    kind: 'list',
    titles: [T.moderation],
  },
  {
    conv: 'moderation',
    q: 'Wie lange dauert das?',
    kind: 'facts',
    titles: [T.moderation],
    says: ['dauert 2 Tage, jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'moderation',
    q: 'Wer leitet es?',
    kind: 'facts',
    titles: [T.moderation],
    says: ['leitet Frau Katrin Wurth'],
  },
  // --- topic searches: words only in summary or description, synonyms, typos -------------------------------------------
  { q: 'Gibt es ein Exel-Seminar für Fortgeschrittene?', kind: 'list', titles: [T.excel] },
  { q: 'Is there a cybersecurity awareness training?', locale: 'en', kind: 'list', titles: [T.phishing] },
  { q: 'Welche Schulung bereitet mich auf eine Reanimation im Notfall vor?', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'Ich suche eine Fortbildung zu öffentlichen Ausschreibungen.', kind: 'list', titles: [T.vergabe] },
  { q: 'Gibt es ein Angebot, das hilft, einem Burnout vorzubeugen?', kind: 'list', titles: [T.stress] },
  { q: 'Gibt es eine Einführung in die elektronsiche Akte?', kind: 'list', titles: [T.eakte] },
  {
    q: 'Ich betreue als Ausbilderin unsere Azubis. Gibt es dafür eine Fortbildung?',
    kind: 'list',
    titles: [T.ausbilder],
  },
  {
    q: 'Was kann ich tun, wenn Besucher im Amt aggressiv werden? Gibt es dazu eine Schulung?',
    kind: 'list',
    titles: [T.deeskalation],
  },
  {
    q: 'Ich bin neu in der Kämmerei. Gibt es eine Einführung in die kommunale Buchführung?',
    kind: 'list',
    titles: [T.haushalt],
  },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, length, cost, language, seats ---------
  { q: 'Welche Seminare finden diese Woche noch statt?', kind: 'list', titles: [T.postfach, T.datenschutz] },
  { q: 'Is there a seminar tomorrow?', locale: 'en', kind: 'list', titles: [T.postfach] },
  { q: 'Welche Seminare gibt es nächste Woche vormittags?', kind: 'list', titles: [T.phishing, T.english] },
  {
    q: 'Which seminars take place next week in the afternoon?',
    locale: 'en',
    kind: 'list',
    titles: [T.stress, T.ki],
  },
  {
    q: 'Was läuft in den nächsten zwei Wochen?',
    kind: 'list',
    titles: [T.postfach, T.datenschutz, T.phishing, T.stress, T.english, T.ki],
  },
  {
    q: "What's on next month?",
    locale: 'en',
    kind: 'list',
    titles: [T.haushalt, T.telefon, T.deeskalation, T.moderation, T.eakte],
  },
  {
    q: 'Welche Seminare gibt es im Juni?',
    kind: 'list',
    titles: [T.baurecht, T.excel, T.homeoffice, T.tvoed, T.socialmedia],
  },
  { q: 'Welche kostenlosen Seminare gibt es im Mai?', kind: 'list', titles: [T.deeskalation, T.eakte] },
  {
    q: 'Are there any free seminars in April?',
    locale: 'en',
    kind: 'list',
    titles: [T.datenschutz, T.phishing, T.stress, T.ki, T.ersteHilfe],
  },
  { q: 'Welche Seminare finden hybrid statt?', kind: 'list', ...only(T.datenschutz, T.ki, T.verwaltungsrecht) },
  { q: 'Which seminars in June can I attend online?', locale: 'en', kind: 'list', titles: [T.excel, T.homeoffice] },
  { q: 'Welche Seminare finden in Lahr statt?', kind: 'list', ...only(T.haushalt, T.socialmedia) },
  { q: 'Welche Seminare hält Frau Kiefer?', kind: 'list', ...only(T.postfach, T.excel) },
  {
    q: 'Welche Seminare bietet die Unfallkasse an?',
    kind: 'list',
    ...only(T.stress, T.ersteHilfe, T.deeskalation, T.homeoffice),
  },
  {
    q: 'Ich bin seit kurzem Sachgebietsleiterin. Welche Seminare sind für Führungskräfte gedacht?',
    kind: 'list',
    titles: [T.fuehrung],
  },
  { q: 'Gibt es mehrtägige Seminare?', kind: 'list', titles: [T.moderation] },
  { q: 'Are any seminars held in English?', locale: 'en', kind: 'list', titles: [T.english] },
  {
    q: 'Bei welchen Seminaren im Juli sind noch Plätze frei?',
    kind: 'list',
    titles: [T.ausbilder, T.fuehrung, T.verwaltungsrecht],
  },
  // --- gone, drafts never shown, no match, greeting --------------------------------------------------------------------
  { q: 'Wann findet der Kurs zu barrierefreien PDF-Dokumenten statt?', kind: 'gone', gone: T.pdf },
  {
    q: 'Can I still register for the Fahrsicherheitstraining?',
    locale: 'en',
    kind: 'gone',
    gone: T.fahrsicherheit,
  },
  {
    q: 'Wann war das Seminar zur neuen Grundsteuer?',
    kind: 'gone',
    gone: T.grundsteuer,
    says: ['Do., 25.03.2027'],
  },
  {
    q: 'When did the training on the Ratsinformationssystem take place?',
    locale: 'en',
    kind: 'gone',
    gone: T.ratsinfo,
    says: ['Wed, 31 Mar 2027'],
  },
  { q: 'Bieten Sie einen Französischkurs an?', kind: 'none' },
  { q: 'Is there a course on flood protection?', locale: 'en', kind: 'none' },
  { q: 'Gibt es eine Schulung zum Gabelstaplerfahren?', kind: 'none' },
  { q: 'Gibt es übernächste Woche ein Seminar?', kind: 'none' },
  { q: 'Hallo! Wobei können Sie mir helfen?', kind: 'help' },
  { q: 'Good morning, what kind of questions can I ask you?', locale: 'en', kind: 'help' },
];

heldoutSuite(
  'answering questions about a hundred-and-twenty-eighth, independent catalogue (Ortenaukreis, Verwaltungsschule, UKBW)',
  {
    fixture: 'heldout128-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
