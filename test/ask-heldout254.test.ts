// Over-fitting check, two-hundred-and-fifty-fourth catalogue: the first half of the 2028 programme for the Saale-Orla-
// Kreis (Thuringia) and its towns (Schleiz, Pößneck, Bad Lobenstein, Neustadt an der Orla, Tanna, Triptis), with the
// Kreisakademie Saale-Orla, the county's IT-Service Saale-Orla (Fachdienst Informationstechnik), the Unfallkasse
// Thüringen, the Volkshochschule Saale-Orla-Kreis (VHS) and the Thüringer Verwaltungsschule, imported from a JSON file.
// Seminars take place in the Landratsamt in Schleiz, the Kreishaus Pößneck, the town halls of Pößneck, Bad Lobenstein,
// Neustadt an der Orla and Triptis, the Bauhof of Tanna, the VHS in Pößneck and Schleiz, online or hybrid. Several
// titles do not name their subject ("Der Schlüssel unter der Fußmatte" is passwords and two-factor login, "Der Ton
// macht die Musik" complaints on the phone, "Bewegte Pause" back exercises at the desk, "Kein Buch mit sieben Siegeln"
// the municipal budget for council members, "Nie wieder 500 ungelesene" Outlook, "Die Kunst des Nein-Sagens" time
// management, "Der lange Weg des Antrags" process management / BPMN, "Ein Kreis, viele Sprachen" intercultural
// competence), so only summary, description or topics reveal it; one seminar is held in English; the leadership course
// runs on two Thursdays across the start of summer time (Sun 26.03.2028), the chainsaw course on two consecutive days;
// the e-file course is open only to Neustadt an der Orla and Triptis; the budget evening for council members is free.
// Questions are written the way an acceptance tester would try the bot, with short follow-up conversations, about a
// third in English, without looking at the parser or the answers.
//
// Calendar around `now` (Wednesday 12 January 2028, 14:00 in Schleiz, winter time; summer time begins Sun 26.03.2028):
//   this week:  nothing more today; Thu 13.01. 09:00–11:00 passwords (online, free), Fri 14.01. 13:00–15:30 TVöD
//               (hybrid, Landratsamt Schleiz, free)
//   next week:  Mon 17.01. 09:00–12:00 Word templates (online, 65 €), Tue 18.01. 13:00–16:00 phone/complaints
//               (Rathaus Pößneck, 95 €), the cancelled Knigge course (Wed 19.01. 14:00), Thu 20.01. 10:00–11:30 back
//               exercises (online, free)
//   then:       nothing from Fri 21.01. to Mon 31.01.
//   February:   Tue 01. 17:30–20:30 budget for councils (Rathaus Triptis, free), Thu 03. procurement (Landratsamt, 230 €;
//               deadline passed Mon 10.01. 23:59), Wed 09. Outlook (online, free), Tue 15. first aid (Rathaus Bad
//               Lobenstein, 08:30–16:00, free, paid by the Unfallkasse)
//   March:      Wed 01. data protection (hybrid, Rathaus Neustadt an der Orla, free), Mon 06. time management (VHS
//               Pößneck, 110 €), Wed 08. English (VHS Pößneck, 95 €; deadline Fri 25.02. 23:59), Thu 23.03. (CET) and
//               Thu 30.03. (CEST) leadership (Kreishaus Pößneck, 420 €)
//   April:      Wed 05. process management (hybrid, Landratsamt, 210 €), Tue 11. AI/Copilot (hybrid, Landratsamt, 13:00,
//               free), Tue 25./Wed 26. chainsaw (Bauhof Tanna, 07:30–15:30, free, 10 seats), Thu 27. intercultural
//               (Rathaus Pößneck, 85 €); the cancelled playground-inspection course on Thu 20.04.
//   May:        Wed 03. e-file (Rathaus Neustadt, Neustadt/Triptis only, 09:00), Tue 16. name law (online, 150 €;
//               deadline Fri 28.04. 12:00), Mon 22. Excel (VHS Schleiz, 75 €); the draft cemetery-fees course Tue 09.05.
//   June:       Thu 01. induction day (Landratsamt), Tue 13. fines procedure (Rathaus Bad Lobenstein, 195 €); the draft
//               social-media course Wed 21.06.
//   past:       Tue 30.11.2027 travel expenses (Landratsamt), Wed 08.12.2027 accessible PDFs (online).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-01-12T13:00:00Z'); // Wednesday, 12 January 2028, 14:00 in Schleiz (CET)
const TZ = 'Europe/Berlin';

const T = {
  passwort: 'Der Schlüssel unter der Fußmatte', // Thu 13.01. 09:00–11:00, online, IT-Service, Seidel, passwords / 2FA, free
  tvoed: 'TVöD kompakt: Arbeitszeit, Urlaub und Freistellung', // Fri 14.01. 13:00–15:30, hybrid (Landratsamt), KA, Vogt, free, 60 seats
  word: 'Word-Vorlagen clever nutzen: Briefköpfe, Formatvorlagen, Formulare', // Mon 17.01. 09:00–12:00, online, VHS, Thalmann, 65 € (Dienststelle pays)
  telefon: 'Der Ton macht die Musik', // Tue 18.01. 13:00–16:00, Rathaus Pößneck, KA, Hartung, 95 €, phone / complaints
  ruecken: 'Bewegte Pause', // Thu 20.01. 10:00–11:30, online, Unfallkasse, Köhler, back and neck exercises, free
  haushalt: 'Kein Buch mit sieben Siegeln', // Tue 01.02. 17:30–20:30, Rathaus Triptis, TVS, Dr. Brückner, budget for councils, free (county pays)
  vergabe: 'Vergaberecht für Einsteiger: UVgO und Thüringer Vergabegesetz', // Thu 03.02. 09:00–16:00, Landratsamt, TVS, Schubert, 230 €, deadline passed Mon 10.01. 23:59
  outlook: 'Nie wieder 500 ungelesene', // Wed 09.02. 09:00–11:30, online, IT-Service, Pfeifer, Outlook, free
  ersteHilfe: 'Erste Hilfe im Betrieb: Grundlehrgang für Ersthelfende', // Tue 15.02. 08:30–16:00, Rathaus Bad Lobenstein, Unfallkasse, Rüdiger, free (Unfallkasse pays)
  datenschutz: 'Datenschutz am Schreibtisch: DSGVO in der Sachbearbeitung', // Wed 01.03. 09:00–12:00, hybrid (Rathaus Neustadt an der Orla), KA, Dr. Kern, free
  zeit: 'Die Kunst des Nein-Sagens', // Mon 06.03. 09:00–16:00, VHS Pößneck, VHS, Brandl, 110 €, time management
  english: 'Speaking with Confidence: English for Front-Desk Staff', // Wed 08.03. 09:00–12:30, VHS Pößneck, VHS, Donovan, 95 €, deadline Fri 25.02. 23:59
  fuehrung: 'Vom Kollegen zur Vorgesetzten: Neu in der Führungsrolle', // Thu 23.03. (CET) and Thu 30.03. (CEST) 09:00–16:00, Kreishaus Pößneck, KA, Dr. Sommer, 420 €
  prozess: 'Der lange Weg des Antrags', // Wed 05.04. 09:00–16:00, hybrid (Landratsamt), TVS, Wunderlich, 210 €, process management / BPMN
  ki: 'KI im Büroalltag: Texte entwerfen mit Copilot', // Tue 11.04. 13:00–15:30, hybrid (Landratsamt), IT-Service, Seidel, free
  saege: 'Sicher mit der Motorsäge: Grundlehrgang für Bauhöfe', // Tue 25.04. and Wed 26.04. 07:30–15:30, Bauhof Tanna, Unfallkasse, Rüdiger, free, 10 seats
  interkultur: 'Ein Kreis, viele Sprachen', // Thu 27.04. 09:00–15:00, Rathaus Pößneck, KA, Aydın, 85 €, intercultural competence
  eakte: 'Vom Aktenschrank in die E-Akte', // Wed 03.05. 09:00–12:00, Rathaus Neustadt an der Orla, IT-Service, Pfeifer, only Neustadt/Triptis, free
  namensrecht: 'Das neue Namensrecht in der Praxis des Standesamts', // Tue 16.05. 09:00–15:00, online, TVS, Ebert, 150 €, deadline Fri 28.04. 12:00
  excel: 'Excel-Grundlagen: Listen, Formeln, Diagramme', // Mon 22.05. 13:00–16:00, VHS Schleiz, VHS, Thalmann, 75 €
  einfuehrung: 'Ankommen im Landratsamt: Einführungstag für neue Beschäftigte', // Thu 01.06. 09:00–15:00, Landratsamt, KA, Vogt, free
  owi: 'OWi-Verfahren sicher führen: Bußgeldbescheide im Ordnungsamt', // Tue 13.06. 09:00–16:00, Rathaus Bad Lobenstein, TVS, Ullrich, 195 €
  friedhof: 'Friedhofsgebühren richtig kalkulieren', // draft (Tue 09.05.2028)
  socialMedia: 'Social Media für Gemeinden: Instagram, Facebook und Co.', // draft (Wed 21.06.2028)
  knigge: 'Auftreten mit Stil: Knigge für Auszubildende', // cancelled (Wed 19.01.2028)
  spielplatz: 'Spielplatzkontrolle nach DIN EN 1176', // cancelled (Thu 20.04.2028)
  reisekosten: 'Reisekosten nach dem Thüringer Reisekostengesetz', // past (Tue 30 November 2027)
  pdf: 'Barrierefreie PDF-Dokumente erstellen', // past (Wed 8 December 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.friedhof, T.socialMedia, T.knigge, T.spielplatz, T.reisekosten, T.pdf];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'pass', q: "gibt's was zum thema sichere passwörter?", kind: 'list', titles: [T.passwort] },
  {
    conv: 'pass',
    q: 'Wann genau?',
    kind: 'facts',
    titles: [T.passwort],
    says: ['am Do., 13.01.2028 von 09:00 bis 11:00 Uhr'],
  },
  { conv: 'pass', q: 'Ist das in Präsenz?', kind: 'facts', titles: [T.passwort], says: ['findet online statt'] },
  {
    conv: 'back',
    q: 'I keep getting back pain at my desk, is there a course for that?',
    locale: 'en',
    kind: 'list',
    titles: [T.ruecken],
  },
  {
    conv: 'back',
    q: 'What time does it begin?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['starts on Thu, 20 Jan 2028 at 10:00'],
  },
  {
    conv: 'back',
    q: 'How much does it cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['is free of charge'],
  },
  { conv: 'rat', q: 'haushaltsplan lesen für gemeinderäte', kind: 'list', titles: [T.haushalt] },
  { conv: 'rat', q: 'Wo findet das statt?', kind: 'facts', titles: [T.haushalt], says: ['im Rathaus Triptis'] },
  {
    conv: 'rat',
    q: 'Wie lange geht das?',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['dauert 3 Stunden, von 17:30 bis 20:30 Uhr'],
  },
  { conv: 'vergabe', q: 'Fortbildung zu Ausschreibungen', kind: 'list', titles: [T.vergabe] },
  {
    conv: 'vergabe',
    q: 'Bis wann muss ich mich anmelden?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['ist am Mo., 10.01.2028, 23:59 Uhr abgelaufen'],
  },
  {
    conv: 'vergabe',
    q: 'Wer ist Dozent?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['leitet Frau Annett Schubert'],
  },
  {
    miss: 'every course for managers is listed, the one for new managers first (the newcomer only orders)',
    conv: 'lead',
    q: 'training for people who just became team leaders',
    locale: 'en',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'lead',
    q: 'when is it',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['on 2 days', 'Thu, 23 Mar 2028 and Thu, 30 Mar 2028', 'each from 09:00 to 16:00'],
  },
  {
    conv: 'lead',
    q: 'Where exactly is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['takes place at Kreishaus Pößneck'],
  },
  { conv: 'saege', q: 'gibt es einen kurs für die motorsäge', kind: 'list', titles: [T.saege] },
  {
    conv: 'saege',
    q: "Gibt's da noch Platz?",
    kind: 'facts',
    titles: [T.saege],
    says: ['noch 10 von 10 Plätzen frei'],
  },
  {
    conv: 'saege',
    q: 'Wie lange dauert der?',
    kind: 'facts',
    titles: [T.saege],
    says: ['dauert 2 Tage, jeweils von 07:30 bis 15:30 Uhr'],
  },
  {
    conv: 'std',
    q: 'Gibt es eine Fortbildung zum neuen Namensrecht fürs Standesamt?',
    kind: 'list',
    titles: [T.namensrecht],
  },
  { conv: 'std', q: 'Was kostet mich das?', kind: 'facts', titles: [T.namensrecht], says: ['kostet 150 €'] },
  {
    miss: 'the data-protection course, whose summary names e-mail, stays above the cut-off beside the Outlook course',
    conv: 'inbox',
    q: 'I need help with my overflowing Outlook inbox',
    locale: 'en',
    kind: 'list',
    titles: [T.outlook],
  },
  {
    conv: 'inbox',
    q: 'who teaches it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.outlook],
    says: ['is led by Frau Jana Pfeifer'],
  },
  {
    conv: 'eng',
    q: 'Is there an English course for front desk staff?',
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  {
    conv: 'eng',
    q: 'When do I have to sign up for it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['until Fri, 25 Feb 2028, 23:59'],
  },
  // --- facts -----------------------------------------------------------------------------------------------------------
  {
    q: 'Was kostet mich der Word-Kurs?',
    kind: 'facts',
    titles: [T.word],
    says: ['kostet 65 €'],
    mentions: ['Die Kosten trägt die entsendende Dienststelle.'],
  },
  {
    q: 'Wer ist Dozent beim Zeitmanagement-Seminar?',
    kind: 'facts',
    titles: [T.zeit],
    says: ['leitet Frau Heike Brandl'],
  },
  {
    q: 'Wie lange geht der Erste-Hilfe-Lehrgang?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['dauert 7,5 Stunden, von 08:30 bis 16:00 Uhr'],
  },
  {
    q: 'kostet die ersthelfer ausbildung was?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangskosten übernimmt die Unfallkasse Thüringen.'],
  },
  {
    q: 'Um wieviel Uhr beginnt das Seminar zur Prozessoptimierung?',
    kind: 'facts',
    titles: [T.prozess],
    says: ['beginnt am Mi., 05.04.2028 um 09:00 Uhr'],
  },
  {
    q: 'Findet der Datenschutzkurs in Präsenz statt?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['findet hybrid statt: im Rathaus Neustadt an der Orla'],
  },
  {
    q: 'Where exactly is the AI training held?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: [/takes place at Landratsamt Saale-Orla-Kreis.* or online/],
  },
  { q: 'How much is the Excel course?', locale: 'en', kind: 'facts', titles: [T.excel], says: ['costs €75'] },
  {
    q: 'Wer leitet das Seminar zu interkultureller Kompetenz?',
    kind: 'facts',
    titles: [T.interkultur],
    says: ['leitet Frau Leyla Aydın'],
  },
  {
    q: 'Wann ist das Seminar zu Ordnungswidrigkeiten?',
    kind: 'facts',
    titles: [T.owi],
    says: ['findet am Di., 13.06.2028 von 09:00 bis 16:00 Uhr statt'],
  },
  {
    q: 'Is the first aid course in person?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['takes place in person, at Rathaus Bad Lobenstein'],
  },
  {
    q: 'What time does the E-Akte training start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.eakte],
    says: ['starts on Wed, 3 May 2028 at 09:00'],
  },
  // --- topic searches: typos, words only in summary or description, synonyms ------------------------------------------
  { q: 'beschwerden am telefon', kind: 'list', titles: [T.telefon] },
  { q: 'exel kurs', kind: 'list', titles: [T.excel] },
  { q: 'BPMN', kind: 'list', titles: [T.prozess] },
  { q: 'zeitmanagment', kind: 'list', titles: [T.zeit] },
  { q: 'kettensäge', kind: 'list', titles: [T.saege] },
  // --- filters: dates, time of day, format, place, trainer, provider, length, cost, language ---------------------------
  { q: 'Was läuft diese Woche noch?', kind: 'list', titles: [T.passwort, T.tvoed] },
  { q: 'nächste woche vormittags', kind: 'list', titles: [T.word, T.ruecken] },
  {
    q: 'free courses in the next two weeks',
    locale: 'en',
    kind: 'list',
    titles: [T.passwort, T.tvoed, T.ruecken],
  },
  {
    q: "what's on next month",
    locale: 'en',
    kind: 'list',
    titles: [T.haushalt, T.vergabe, T.outlook, T.ersteHilfe],
  },
  { q: 'Seminare im April', kind: 'list', titles: [T.prozess, T.ki, T.saege, T.interkultur] },
  { q: 'Präsenzseminare im Februar', kind: 'list', titles: [T.haushalt, T.vergabe, T.ersteHilfe] },
  { q: 'online courses in May', locale: 'en', kind: 'list', titles: [T.namensrecht] },
  { q: 'Was gibt es in Bad Lobenstein?', kind: 'list', ...only(T.ersteHilfe, T.owi) },
  { q: 'courses by Marco Seidel', locale: 'en', kind: 'list', ...only(T.passwort, T.ki) },
  { q: 'Angebote der Unfallkasse', kind: 'list', ...only(T.ruecken, T.ersteHilfe, T.saege) },
  { q: 'mehrtägige Seminare', kind: 'list', ...only(T.fuehrung, T.saege) },
  { q: 'anything held in English?', locale: 'en', kind: 'list', titles: [T.english] },
  { q: 'hybride Veranstaltungen', kind: 'list', ...only(T.tvoed, T.datenschutz, T.prozess, T.ki) },
  { q: 'Gibt es auch Abendveranstaltungen?', kind: 'list', titles: [T.haushalt] },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'Wann ist der Knigge-Kurs?', kind: 'gone', gone: T.knigge },
  { q: 'is the DIN EN 1176 playground course still on?', locale: 'en', kind: 'gone', gone: T.spielplatz },
  { q: 'Reisekostenrecht – wann war das nochmal?', kind: 'gone', gone: T.reisekosten, says: ['Di., 30.11.2027'] },
  {
    q: 'when was the accessible PDF course',
    locale: 'en',
    kind: 'gone',
    gone: T.pdf,
    says: ['already took place on Wed, 8 Dec 2027'],
  },
  { q: 'Friedhofsgebühren kalkulieren', kind: 'none' },
  { q: 'Social-Media-Schulung', kind: 'none' },
  { q: 'Moin!', kind: 'help' },
  { q: 'hi there', locale: 'en', kind: 'help' },
  { q: 'Zeig mir meine Anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-fifty-fourth, independent catalogue (Saale-Orla-Kreis, Kreisakademie, Unfallkasse Thüringen)',
  {
    fixture: 'heldout254-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
