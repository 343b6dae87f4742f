// Over-fitting check, hundred-and-fifty-sixth catalogue: the 2028 programme of the Landkreis Günzburg (Bavarian Swabia)
// for the county and its towns (Günzburg, Burgau, Krumbach (Schwaben), Ichenhausen, Leipheim, Thannhausen), with the
// Bayerische Verwaltungsschule (BVS), the Landratsamt's Personalentwicklung, the AKDB, the Kommunale Unfallversicherung
// Bayern (KUVB) and the Volkshochschule Günzburg, imported from a JSON file. Seminars take place in the Landratsamt
// Günzburg, the Volkshochschule Günzburg, the Kreisbildungszentrum Krumbach, the town halls of Burgau, Krumbach,
// Ichenhausen, Leipheim, Thannhausen and Günzburg, online or hybrid. Ten titles do not name their subject ("Klick mit
// Köpfchen" is information security, "Verstanden beim ersten Lesen" plain language, "Bürgerservice rund um die Uhr" the
// OZG online services, "Ruhig bleiben, wenn es laut wird" de-escalation, "Papierlos glücklich" the e-file, "Wer
// schreibt, der bleibt" minutes of council meetings, "Fünf Minuten für mich" health at the desk, "Mehr Luft im Kalender"
// time management, "Der Sprung ins kalte Wasser" leadership for new managers, "Wenn die Chemie nicht stimmt" conflicts
// in the team), so only summary, description or topics reveal it. One seminar is held in English; the leadership course
// runs on two days a few weeks apart (Wed 23.08. and Wed 13.09.); the e-file course is open only to Thannhausen and
// Krumbach; the council budget course is the only one in the evening, the plain-language course the only one on a
// Friday. Free: information security, data protection, AI (note: the county's digitalisation programme pays), first
// aid and de-escalation (the KUVB pays), OZG, e-file (the municipality pays), health, trainees' day. Questions are
// written the way an acceptance tester asks them (complete, polite, German and English), without looking at the parser
// or the answers. Same assertions as the other suites: exactly the expected seminars (best first where one is clearly
// best), the asked fact in the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Tuesday 16 May 2028, 08:30 in Günzburg, summer time all through; nothing today). Bavarian
// public holidays: Ascension Thu 25.05., Whit Monday 05.06. (Whitsun Sun 04.06.), Corpus Christi Thu 15.06., Assumption
// Tue 15.08. — no sessions on those days, nor on the bridge day Fri 26.05.:
//   this week:  Wed 17.05. (tomorrow) 09:00–11:30 information security (online); Thu 18.05. (the day after) 13:30–16:30
//               Excel (VHS Günzburg); Fri 19.05. 09:00–12:30 plain language (Rathaus Ichenhausen; deadline passed
//               Fri 05.05. 12:00)
//   next week:  Mon 22.05. 09:00–12:00 data protection (hybrid, Landratsamt), Tue 23.05. 13:30–16:00 AI (online),
//               Wed 24.05. 09:00–12:30 English at the front desk (Landratsamt; deadline Wed 17.05. 12:00)
//   then:       nothing from Thu 25.05. to Wed 31.05. (so "the next two weeks" / "14 days" end in a gap)
//   June:       Thu 01.06. 08:30–16:30 first aid (Kreisbildungszentrum Krumbach), Wed 07.06. 13:00–15:30 OZG (online;
//               the week after Whitsun); nothing published from Thu 08.06. to Mon 26.06. (Whitsun school holidays)
//               except the draft on accessible documents (Tue 13.06.) and the cancelled telephone course (Tue 20.06.);
//               end of June: Tue 27.06. 18:00–20:30 budget for councillors (Rathaus Krumbach, evening), Thu 29.06.
//               09:00–15:00 de-escalation (Rathaus Burgau)
//   July:       all half days: Mon 03. 09:00–12:00 e-file (Thannhausen, Thannhausen and Krumbach only), Wed 05.
//               08:30–12:30 procurement law (Landratsamt; deadline Mon 19.06. 12:00), Tue 11. 09:00–12:30 minutes
//               (Rathaus Leipheim), Thu 13. 13:00–16:30 building code (Rathaus Ichenhausen), Wed 19. 13:30–16:00
//               Microsoft Teams (online), Tue 25. 14:00–15:30 health at the desk (online); the cancelled Outlook course
//               on Mon 10.07., the draft social-media course on Wed 26.07.
//   August:     Wed 09. 09:00–16:00 registry office (Rathaus Burgau), Thu 17. 13:00–16:00 time management (VHS Günzburg),
//               Wed 23. first day of the leadership course (Kreisbildungszentrum Krumbach)
//   September:  Mon 04. 08:30–15:00 trainees' induction day (Landratsamt), Tue 12. 09:00–16:00 team conflicts
//               (Rathaus Leipheim), Wed 13. second day of the leadership course, Thu 14. 09:00–12:00 fees and charges
//               (hybrid, Rathaus Günzburg)
//   past:       Thu 20.04.2028 housing benefit (Landratsamt), Tue 09.05.2028 property tax (Rathaus Günzburg).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-05-16T06:30:00Z'); // Tuesday, 16 May 2028, 08:30 in Günzburg (CEST)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Klick mit Köpfchen', // Wed 17.05. 09:00–11:30, online, LRA Personalentwicklung, Kränzle, information security, free
  excel: 'Excel kompakt: Listen, Formeln und Pivot-Tabellen', // Thu 18.05. 13:30–16:30, VHS Günzburg, Wiedemann, 95 € (Dienststelle pays)
  klartext: 'Verstanden beim ersten Lesen', // Fri 19.05. 09:00–12:30, Rathaus Ichenhausen, BVS, Dr. Hödl, 145 €, plain language, deadline passed Fri 05.05. 12:00
  datenschutz: 'Datenschutz am Bürgerschalter: DSGVO im Alltag', // Mon 22.05. 09:00–12:00, hybrid (Landratsamt), Seitz, free
  ki: 'Künstliche Intelligenz im Amt: Chancen, Grenzen, Regeln', // Tue 23.05. 13:30–16:00, online, AKDB, Bachmeier, free (note)
  english: 'Welcoming International Residents: English at the Front Desk', // Wed 24.05. 09:00–12:30, Landratsamt, VHS, Hughes, 120 €, English, deadline Wed 17.05. 12:00
  ersteHilfe: 'Erste Hilfe im Dienst: Grundlehrgang für betriebliche Ersthelfer', // Thu 01.06. 08:30–16:30, Kreisbildungszentrum Krumbach, KUVB, free (KUVB pays)
  ozg: 'Bürgerservice rund um die Uhr', // Wed 07.06. 13:00–15:30, online, AKDB, Egger, OZG online services, free
  haushalt: 'Haushalt verstehen: Doppik für Gemeinderäte und Verwaltung', // Tue 27.06. 18:00–20:30 (evening), Rathaus Krumbach, BVS, 35 €
  deeskalation: 'Ruhig bleiben, wenn es laut wird', // Thu 29.06. 09:00–15:00, Rathaus Burgau, KUVB, Gumpp, de-escalation, free, 12 seats
  eakte: 'Papierlos glücklich', // Mon 03.07. 09:00–12:00, Rathaus Thannhausen, AKDB, Ziegler, e-file, only Thannhausen/Krumbach, free
  vergabe: 'Vergaberecht kompakt: Aufträge unterhalb der EU-Schwellenwerte', // Wed 05.07. 08:30–12:30, Landratsamt, BVS, Dr. Rauch, 160 €, deadline Mon 19.06. 12:00
  protokoll: 'Wer schreibt, der bleibt', // Tue 11.07. 09:00–12:30, Rathaus Leipheim, BVS, Oberländer, minutes, 130 €
  bau: 'Bauanträge sicher prüfen: Bayerische Bauordnung für Einsteiger', // Thu 13.07. 13:00–16:30, Rathaus Ichenhausen, BVS, Kögel, 150 €
  teams: 'Besser zusammenarbeiten mit Microsoft Teams', // Wed 19.07. 13:30–16:00, online, VHS, Wiedemann, 49 €, 20 seats
  fuenfMinuten: 'Fünf Minuten für mich', // Tue 25.07. 14:00–15:30, online, KUVB, Brandl, health / back / stress, free
  standesamt: 'Standesamt kompakt: Namensrecht und Eheschließung', // Wed 09.08. 09:00–16:00, Rathaus Burgau, BVS, Hutter, 190 €, 14 seats
  zeit: 'Mehr Luft im Kalender', // Thu 17.08. 13:00–16:00, VHS Günzburg, Fischer, time management, 65 €
  fuehrung: 'Der Sprung ins kalte Wasser', // Wed 23.08. and Wed 13.09. 09:00–16:30, Kreisbildungszentrum Krumbach, BVS, Dr. Frey, 420 €, new managers
  azubis: 'Gut gestartet: Einführungstag für neue Auszubildende', // Mon 04.09. 08:30–15:00, Landratsamt, Personalentwicklung, free
  konflikte: 'Wenn die Chemie nicht stimmt', // Tue 12.09. 09:00–16:00, Rathaus Leipheim, Personalentwicklung, 110 €, for managers
  bescheide: 'Bescheide, die halten: Gebühren und Beiträge rechtssicher festsetzen', // Thu 14.09. 09:00–12:00, hybrid (Rathaus Günzburg), BVS, Dr. Rauch, 120 €
  barrierefrei: 'Barrierefreie Dokumente in Word und PDF', // draft (Tue 13.06.)
  socialMedia: 'Social Media für Gemeinden: Instagram und Co.', // draft (Wed 26.07.)
  telefon: 'Gesprächsführung am Telefon: freundlich und verbindlich', // cancelled (Tue 20.06.2028)
  outlook: 'Outlook effizient nutzen: Postfach, Kalender und Aufgaben', // cancelled (Mon 10.07.2028), Wiedemann
  grundsteuer: 'Grundsteuer in Bayern: Bescheide nach dem neuen Flächenmodell', // past (Tue 9 May 2028)
  wohngeld: 'Grundkurs Wohngeld: Anträge nach dem Wohngeldgesetz bearbeiten', // past (Thu 20 April 2028)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.barrierefrei, T.socialMedia, T.telefon, T.outlook, T.grundsteuer, T.wohngeld];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ------------------------------------------------------------------------------------------------------
  {
    q: 'Was kostet der Excel-Kurs an der Volkshochschule?',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 95 €'],
    mentions: ['Die Gebühr trägt die entsendende Dienststelle.'],
  },
  {
    q: 'Muss ich für den Erste-Hilfe-Lehrgang etwas bezahlen?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Kommunale Unfallversicherung Bayern (KUVB).'],
  },
  {
    q: 'How much does the seminar on public procurement (Vergaberecht) cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['costs €160'],
  },
  // --- facts: when (one day, two days weeks apart), start time, duration -------------------------------------------------
  {
    q: 'When is the seminar for the registry office (Standesamt)?',
    locale: 'en',
    kind: 'facts',
    titles: [T.standesamt],
    says: ['on Wed, 9 Aug 2028 from 09:00 to 16:00'],
  },
  {
    q: 'An welchen Tagen findet das Seminar „Der Sprung ins kalte Wasser“ statt?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Mi., 23.08.2028 und Mi., 13.09.2028', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    q: 'What time does the English course for the front desk start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['starts on Wed, 24 May 2028 at 09:00'],
  },
  {
    q: 'Wie lange dauert das Seminar „Fünf Minuten für mich“?',
    kind: 'facts',
    titles: [T.fuenfMinuten],
    says: ['dauert 1,5 Stunden, von 14:00 bis 15:30 Uhr'],
  },
  {
    q: 'How many days does the leadership course for new managers take?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['lasts 2 days, each from 09:00 to 16:30'],
  },
  // --- facts: where, format, trainer, deadline ---------------------------------------------------------------------------
  {
    q: 'Wo findet das Deeskalationstraning statt?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['im Rathaus Burgau'],
  },
  {
    q: 'Where is the first aid course held?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['at Kreisbildungszentrum Krumbach'],
  },
  {
    q: 'Kann ich an der Schulung zu Gebührenbescheiden auch online teilnehmen?',
    kind: 'facts',
    titles: [T.bescheide],
    says: [/findet hybrid statt|oder online statt/],
  },
  {
    q: 'Wer leitet das Seminar zur Protokollführung?',
    kind: 'facts',
    titles: [T.protokoll],
    says: ['leitet Frau Petra Oberländer'],
  },
  {
    q: 'Who teaches the seminar on checking building applications?',
    locale: 'en',
    kind: 'facts',
    titles: [T.bau],
    says: ['is led by Herr Thomas Kögel'],
  },
  {
    q: 'Wann ist Anmeldeschluss für das Seminar zur einfachen Sprache?',
    kind: 'facts',
    titles: [T.klartext],
    says: ['am Fr., 05.05.2028, 12:00 Uhr abgelaufen'],
  },
  {
    q: 'What is the registration deadline for the English front desk course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['until Wed, 17 May 2028, 12:00'],
  },
  // --- follow-ups in a conversation --------------------------------------------------------------------------------------
  {
    conv: 'ki',
    q: 'Ich möchte lernen, wie ich KI-Werkzeuge wie ChatGPT sinnvoll im Büro einsetze. Gibt es dazu ein Seminar?',
    kind: 'list',
    titles: [T.ki],
  },
  {
    conv: 'ki',
    q: 'Wann findet das statt?',
    kind: 'facts',
    titles: [T.ki],
    says: ['am Di., 23.05.2028 von 13:30 bis 16:00 Uhr'],
  },
  { conv: 'ki', q: 'Ist das online oder vor Ort?', kind: 'facts', titles: [T.ki], says: ['findet online statt'] },
  {
    conv: 'eakte',
    q: 'Is there any training on the electronic file (E-Akte)?',
    locale: 'en',
    kind: 'list',
    titles: [T.eakte],
  },
  {
    conv: 'eakte',
    q: 'How long does it last?',
    locale: 'en',
    kind: 'facts',
    titles: [T.eakte],
    says: ['lasts 3 hours, from 09:00 to 12:00'],
  },
  {
    conv: 'eakte',
    q: 'And where does it take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.eakte],
    says: ['at Rathaus Thannhausen'],
  },
  { conv: 'teams', q: 'Gibt es im Juli eine Schulung zu Microsoft Teams?', kind: 'list', titles: [T.teams] },
  {
    conv: 'teams',
    q: 'Sind da noch Plätze frei?',
    kind: 'facts',
    titles: [T.teams],
    says: ['noch 20 von 20 Plätzen frei'],
  },
  // --- topic searches: subject only in summary or description, synonyms, a typo ------------------------------------------
  { q: 'Gibt es eine Schulung zur Informationssicherheit?', kind: 'list', titles: [T.phishing] },
  { q: 'Do you have a course on how to recognise phishing e-mails?', locale: 'en', kind: 'list', titles: [T.phishing] },
  { q: 'Ich suche ein Seminar zur Protokollführung in Gemeinderatssitzungen.', kind: 'list', titles: [T.protokoll] },
  { q: 'Habt ihr etwas zum Zeitmanagment?', kind: 'list', titles: [T.zeit] },
  {
    q: 'Is there something against stress and back pain from sitting at the desk all day?',
    locale: 'en',
    kind: 'list',
    titles: [T.fuenfMinuten],
  },
  {
    q: 'In meinem Team gibt es ständig Streit unter Kollegen. Gibt es dazu eine Fortbildung?',
    kind: 'list',
    first: T.konflikte,
  },
  // --- time: days, weeks, fortnight, holidays, months --------------------------------------------------------------------
  { q: 'Welche Seminare finden morgen statt?', kind: 'list', titles: [T.phishing] },
  { q: 'Gibt es übermorgen ein Seminar?', kind: 'list', titles: [T.excel] },
  { q: 'Welche Seminare gibt es diese Woche noch?', kind: 'list', titles: [T.phishing, T.excel, T.klartext] },
  { q: 'Was findet am Freitag statt?', kind: 'list', titles: [T.klartext] },
  {
    q: 'Which seminars are there within the next 14 days?',
    locale: 'en',
    kind: 'list',
    titles: [T.phishing, T.excel, T.klartext, T.datenschutz, T.ki, T.english],
  },
  { q: 'Was gibt es Anfang Juni?', kind: 'list', titles: [T.ersteHilfe, T.ozg] },
  { q: 'Welche Seminare finden in der Woche nach Pfingsten statt?', kind: 'list', titles: [T.ozg] },
  { q: 'Gibt es Ende Juni noch Seminare?', kind: 'list', titles: [T.haushalt, T.deeskalation] },
  {
    q: "What's on next month?",
    locale: 'en',
    kind: 'list',
    titles: [T.ersteHilfe, T.ozg, T.haushalt, T.deeskalation],
  },
  {
    q: 'Welche Seminare gibt es im Juli?',
    kind: 'list',
    titles: [T.eakte, T.vergabe, T.protokoll, T.bau, T.teams, T.fuenfMinuten],
  },
  {
    q: 'Welche Seminare finden im September statt?',
    kind: 'list',
    ...only(T.azubis, T.konflikte, T.fuehrung, T.bescheide),
  },
  // --- time of day, format, place, and combinations ----------------------------------------------------------------------
  { q: 'Gibt es diese Woche noch etwas am Nachmittag?', kind: 'list', titles: [T.excel] },
  { q: 'Was findet nächste Woche vormittags statt?', kind: 'list', titles: [T.datenschutz, T.english] },
  {
    q: 'Which seminars take place in July 2028 in the morning?',
    locale: 'en',
    kind: 'list',
    titles: [T.eakte, T.vergabe, T.protokoll],
  },
  { q: 'Are there any seminars in the evening?', locale: 'en', kind: 'list', titles: [T.haushalt] },
  { q: 'Welche Präsenzseminare finden diese Woche noch statt?', kind: 'list', titles: [T.excel, T.klartext] },
  { q: 'Welche Online-Seminare gibt es im Juni?', kind: 'list', titles: [T.ozg] },
  {
    q: 'Welche Seminare finden im Landratsamt statt?',
    kind: 'list',
    ...only(T.datenschutz, T.english, T.vergabe, T.azubis),
  },
  {
    q: 'Which seminars are held in Krumbach?',
    locale: 'en',
    kind: 'list',
    ...only(T.ersteHilfe, T.haushalt, T.fuehrung),
  },
  // --- trainer, provider, audience, cost, length, language, seats -------------------------------------------------------
  { q: 'Welche Seminare hält Frau Wiedemann?', kind: 'list', ...only(T.excel, T.teams) },
  { q: 'Which courses does the AKDB offer?', locale: 'en', kind: 'list', ...only(T.ki, T.ozg, T.eakte) },
  {
    q: 'Ich bin seit Kurzem Führungskraft. Welche Seminare sind für mich gedacht?',
    kind: 'list',
    ...only(T.fuehrung, T.konflikte),
  },
  { q: 'Welche kostenlosen Seminare gibt es im Juli?', kind: 'list', titles: [T.eakte, T.fuenfMinuten] },
  { q: 'Gibt es Seminare, die über mehrere Tage gehen?', kind: 'list', titles: [T.fuehrung] },
  { q: 'Are any of the seminars held in English?', locale: 'en', kind: 'list', titles: [T.english] },
  {
    q: 'Which seminars still have free seats in August?',
    locale: 'en',
    kind: 'list',
    titles: [T.standesamt, T.zeit, T.fuehrung],
  },
  // --- gone, drafts never shown, no match, greeting, thanks --------------------------------------------------------------
  { q: 'Was kostet der Outlook-Kurs?', kind: 'gone', gone: T.outlook },
  {
    q: 'When does "Gesprächsführung am Telefon" take place?',
    locale: 'en',
    kind: 'gone',
    gone: T.telefon,
  },
  { q: 'Wann war nochmal die Schulung zur Grundsteuer?', kind: 'gone', gone: T.grundsteuer, says: ['Di., 09.05.2028'] },
  { q: 'Gibt es eine Fortbildung zu Social Media, also Instagram und Facebook?', kind: 'none' },
  { q: 'Is there a course on creating accessible PDF documents?', locale: 'en', kind: 'none' },
  { q: 'Gibt es eine SAP-Schulung?', kind: 'none' },
  { q: 'Hallo! Was kannst du alles?', kind: 'help' },
  { q: 'Good morning, how can you help me?', locale: 'en', kind: 'help' },
  { q: 'Vielen Dank, das hilft mir sehr!', kind: 'thanks' },
];

heldoutSuite(
  'answering questions about a hundred-and-fifty-sixth, independent catalogue (Landkreis Günzburg, BVS, AKDB, KUVB)',
  {
    fixture: 'heldout156-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
