// Over-fitting check, three-hundred-and-seventy-eighth catalogue: the winter/spring 2031 programme for the Stadt Kassel
// (Hessen), with the Verwaltungsseminar Kassel, the city's Personal- und Organisationsamt, ekom21 (IT), the Unfallkasse
// Hessen and the Frauenbüro der Stadt Kassel, imported from a JSON file. Seminars take place in the Rathaus Kassel (Obere
// Königsstraße 8: Bürgersaal, Raum 317), the Bürgerbüro Mitte (Wilhelmsstraße 23), the Feuerwache 1 (Wolfhager Straße
// 25), the Stadtbibliothek (Obere Königsstraße 4a), online or hybrid. One seminar is held in English (the Bürgerbüro
// counter course). Several titles do not name their subject ("Klick nicht drauf!" is phishing / IT security, "Sag's
// einfach" plain language, "Aufgeräumt ins neue Jahr" file clean-up and retention periods, "Wenn's am Schalter laut wird"
// de-escalation, "Den eigenen Weg gehen" careers and mentoring for women, "Wo das Geld hinfließt" the city budget for
// Ortsbeiräte, "Vertraulich!" data protection, "Aufrecht durch den Tag" back exercises at lunchtime, "Frag doch die
// Maschine" AI / ChatGPT / Copilot, "Nicht mit uns" sexual harassment at work, "Die ersten 100 Tage" new managers,
// "Durchatmen" stress / burnout, "Lesbar für alle" accessible PDFs, "Die richtige Wahl" job interviews), so only summary,
// description or topics reveal it. The questions stress time windows and time of day, free seats and deadlines; about a
// third are in English.
//
// Calendar around `now` (Wednesday 18 December 2030, 10:00 in Kassel, winter time; Christmas Eve Tue 24.12., Christmas
// Wed 25.12. and Thu 26.12., New Year Wed 01.01.2031; summer time begins Sun 30.03.2031):
//   this week:  Wed 18.12. (today) 14:00–15:30 phishing (online); Thu 19.12. 09:00–12:30 Outlook (Rathaus, Raum 317;
//               deadline passed Thu 12.12. 23:59); Fri 20.12. 08:30–16:00 first aid (Feuerwache 1; deadline today
//               Wed 18.12. 12:00)
//   before Christmas: Mon 23.12. 13:00–15:30 plain language (Stadtbibliothek, 40 €); nothing on Tue 24.12.
//   between the years: Mon 30.12. 09:00–11:00 file clean-up (online) — nothing else from 24.12. to 12.01.
//   January:    Mon 13.01.–Tue 14.01. 09:00–16:00 administrative procedure (Raum 317, 320 €, deadline Fri 20.12.2030
//               23:59); Thu 16.01. 13:00–17:00 de-escalation (Bürgerbüro Mitte); Fri 17.01. 09:00–15:00 induction day
//               (Bürgersaal); Tue 21.01. + Thu 23.01. 13:30–16:30 Excel (Raum 317, 140 €, deadline Fri 10.01. 23:59);
//               Wed 22.01. 14:00–17:00 careers for women (Bürgersaal); the cancelled self-assertion course (Fri 24.01.);
//               Tue 28.01. 12:00–13:00 work and family (online); the cancelled mail-merge course (Wed 29.01.);
//               Thu 30.01. 18:00–20:30 city budget (Bürgersaal, evening)
//   February:   Tue 04.02. 09:00–12:00 data protection (online); Wed 05.02., 12.02., 19.02. 12:15–12:45 back exercises
//               (online); Wed 12.02. 08:00–12:00 fire wardens (Feuerwache 1); Thu 13.02. 14:00–16:00 AI (hybrid,
//               Raum 317); Tue 18.02. + Tue 25.02. 09:00–12:00 English at the Bürgerbüro (80 €, deadline Fri 07.02.
//               23:59); Mon 24.02. 09:30–12:30 harassment (Stadtbibliothek)
//   March:      Mon 10.03.–Wed 12.03. 09:00–16:30 new managers (Raum 317, 540 €, deadline Fri 14.02. 23:59); Thu 13.03.
//               09:00–15:30 procurement (online, 220 €); Tue 18.03. 13:00–16:00 stress (Stadtbibliothek); Wed 26.03.
//               09:00–12:00 accessible documents (online, 60 €)
//   April:      Tue 08.04. 09:00–15:00 job interviews (Raum 317)
//   May:        only the drafts social media (Tue 06.05.) and healthy leadership (Thu 15.05.)
//   past:       Thu 21.11.2030 e-invoice (online), Mon 02.12.2030 time recording (Bürgersaal).
// No one is registered: every seminar has all its seats free.
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2030-12-18T09:00:00Z'); // Wednesday, 18 December 2030, 10:00 in Kassel (CET)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Klick nicht drauf!', // Wed 18.12. 14:00–15:30, online, ekom21, Herr Timo Reuter, free, 100 seats
  outlook: 'Outlook im Griff: E-Mails, Kalender und Aufgaben organisieren', // Thu 19.12. 09:00–12:30, Raum 317, ekom21, Frau Melanie Kraft, 95 €, deadline passed Thu 12.12. 23:59
  ersteHilfe: 'Erste-Hilfe-Fortbildung für betriebliche Ersthelfende', // Fri 20.12. 08:30–16:00, Feuerwache 1, UKH, Herr Daniel Brandt (DRK), free, 16 seats, deadline Wed 18.12. 12:00
  sprache: "Sag's einfach", // Mon 23.12. 13:00–15:30, Stadtbibliothek, VWS, Frau Dr. Annika Lorenz, plain language, 40 €
  aufraeumen: 'Aufgeräumt ins neue Jahr', // Mon 30.12. 09:00–11:00, online, ekom21, Herr Timo Reuter, retention periods, free
  verfahren: 'Verwaltungsverfahren nach dem HVwVfG: Anhörung, Bescheid, Widerspruch', // Mon 13.01.–Tue 14.01. 09:00–16:00, Raum 317, VWS, Herr Dr. Jürgen Haas, 320 €, deadline Fri 20.12. 23:59
  deeskalation: "Wenn's am Schalter laut wird", // Thu 16.01. 13:00–17:00, Bürgerbüro Mitte, UKH, Herr Olaf Menzel (Polizei), free
  onboarding: 'Neu bei der Stadt Kassel', // Fri 17.01. 09:00–15:00, Bürgersaal, POA, Frau Sabine Krüger, induction day, free
  excel: 'Excel-Grundlagen: Tabellen, Formeln und Filter', // Tue 21.01. + Thu 23.01. 13:30–16:30, Raum 317, ekom21, Frau Melanie Kraft, 140 €, 12 seats, deadline Fri 10.01. 23:59
  karriere: 'Den eigenen Weg gehen', // Wed 22.01. 14:00–17:00, Bürgersaal, Frauenbüro, Frau Petra Sommer, careers / mentoring for women, free
  familie: 'Beruf und Familie: Teilzeit, Elternzeit und Pflegezeit', // Tue 28.01. 12:00–13:00, online, Frauenbüro, Frau Claudia Neumann, free
  haushalt: 'Wo das Geld hinfließt', // Thu 30.01. 18:00–20:30, Bürgersaal, VWS, Herr Frank Dietrich (Kämmerei), city budget, free, 80 seats
  datenschutz: 'Vertraulich!', // Tue 04.02. 09:00–12:00, online, VWS, Frau Dr. Miriam Vogt, data protection, free
  ruecken: 'Aufrecht durch den Tag', // Wed 05.02., 12.02., 19.02. 12:15–12:45, online, UKH, Frau Jana Wolf, back exercises, free
  brandschutz: 'Brandschutzhelfer-Ausbildung mit Löschübung', // Wed 12.02. 08:00–12:00, Feuerwache 1, POA, Herr Lars Hoffmann (Feuerwehr), free, 20 seats
  ki: 'Frag doch die Maschine', // Thu 13.02. 14:00–16:00, hybrid (Raum 317), ekom21, Herr Timo Reuter, AI, free
  english: 'English at the Bürgerbüro: Serving International Residents', // Tue 18.02. + Tue 25.02. 09:00–12:00, Bürgerbüro Mitte, POA, Ms Rachel Turner, English, 80 €, 12 seats, deadline Fri 07.02. 23:59
  belaestigung: 'Nicht mit uns', // Mon 24.02. 09:30–12:30, Stadtbibliothek, Frauenbüro, Frau Petra Sommer, sexual harassment, free
  fuehrung: 'Die ersten 100 Tage', // Mon 10.03.–Wed 12.03. 09:00–16:30, Raum 317, VWS, Frau Dr. Katrin Seidel, new managers, 540 €, deadline Fri 14.02. 23:59
  vergabe: 'Vergaberecht in Hessen: HVTG, UVgO und Wertgrenzen', // Thu 13.03. 09:00–15:30, online, VWS, Herr Dr. Jürgen Haas, 220 €
  stress: 'Durchatmen', // Tue 18.03. 13:00–16:00, Stadtbibliothek, UKH, Frau Ines Kaufmann, stress / burnout, free
  barrierefrei: 'Lesbar für alle', // Wed 26.03. 09:00–12:00, online, ekom21, Frau Melanie Kraft, accessible documents, 60 €
  auswahl: 'Die richtige Wahl', // Tue 08.04. 09:00–15:00 (CEST), Raum 317, POA, Frau Sabine Krüger, job interviews, free
  socialMedia: 'Social Media für Ämter: Instagram und Co. rechtssicher nutzen', // draft (Tue 06.05.), Reuter, online
  gesundFuehren: 'Gesund führen: Belastungen im Team erkennen', // draft (Thu 15.05.), Kaufmann, Raum 317
  serienbrief: 'Serienbriefe mit Word', // cancelled (Wed 29.01.), Kraft, Raum 317
  selbstbehauptung: 'Selbstbehauptung für Frauen im Beruf', // cancelled (Fri 24.01.), Frauenbüro, Stadtbibliothek
  erechnung: 'E-Rechnung in der Stadtverwaltung: XRechnung empfangen und prüfen', // past (Thu 21.11.2030), online
  zeiterfassung: 'Das neue Zeiterfassungssystem: Buchen, Korrigieren, Auswerten', // past (Mon 02.12.2030), Bürgersaal
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [
  T.socialMedia,
  T.gesundFuehren,
  T.serienbrief,
  T.selbstbehauptung,
  T.erechnung,
  T.zeiterfassung,
];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -------------------------------------------------------------------------------------------
  { conv: 'outlook', q: 'gibt es eine outlook schulung?', kind: 'list', titles: [T.outlook] },
  {
    conv: 'outlook',
    q: 'kann ich mich da noch anmelden?',
    kind: 'facts',
    titles: [T.outlook],
    says: ['am Do., 12.12.2030, 23:59 Uhr abgelaufen'],
  },
  {
    conv: 'outlook',
    q: 'was macht die trainerin sonst noch?',
    kind: 'list',
    ...maybeAlso(only(T.excel, T.barrierefrei), T.outlook),
  },
  {
    conv: 'firstaid',
    q: 'Is there a first aid refresher before Christmas?',
    locale: 'en',
    kind: 'list',
    titles: [T.ersteHilfe],
  },
  {
    conv: 'firstaid',
    q: 'can I still sign up?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['You can register for the seminar', 'until Wed, 18 Dec 2030, 12:00'],
  },
  {
    conv: 'firstaid',
    q: 'what time does it start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['starts on Fri, 20 Dec 2030 at 08:30'],
  },
  { conv: 'verfahren', q: 'Seminar zum Verwaltungsverfahren', kind: 'list', titles: [T.verfahren] },
  {
    conv: 'verfahren',
    q: 'bis wann muss ich mich anmelden?',
    kind: 'facts',
    titles: [T.verfahren],
    says: ['bis Fr., 20.12.2030, 23:59 Uhr anmelden'],
  },
  {
    conv: 'verfahren',
    q: 'wie lange geht das?',
    kind: 'facts',
    titles: [T.verfahren],
    says: ['dauert 2 Tage, jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'januar',
    q: 'was gibt es im januar nachmittags?',
    kind: 'list',
    ...maybeAlso(only(T.deeskalation, T.excel, T.karriere), T.familie),
  },
  {
    conv: 'januar',
    q: 'welche davon sind kostenlos?',
    kind: 'list',
    ...maybeAlso(only(T.deeskalation, T.karriere), T.familie),
  },
  {
    conv: 'christmas',
    q: "What's still on before Christmas?",
    locale: 'en',
    kind: 'list',
    titles: [T.phishing, T.outlook, T.ersteHilfe, T.sprache],
  },
  {
    conv: 'christmas',
    q: 'which of them are free?',
    locale: 'en',
    kind: 'list',
    titles: [T.phishing, T.ersteHilfe],
  },
  {
    conv: 'english',
    q: 'Are there any courses held in English?',
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  {
    conv: 'english',
    q: 'when are the sessions?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['takes place on 2 days', 'Tue, 18 Feb 2031', 'Tue, 25 Feb 2031', 'each from 09:00 to 12:00'],
  },
  {
    conv: 'english',
    q: 'is it booked out?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['has 12 of 12 seats left'],
  },
  { conv: 'ki', q: 'gibts was zu ChatGPT?', kind: 'list', titles: [T.ki] },
  {
    conv: 'ki',
    q: 'kann ich da auch von zuhause aus teilnehmen?',
    kind: 'facts',
    titles: [T.ki],
    says: ['findet hybrid statt', 'Rathaus Kassel, Raum 317'],
  },
  { conv: 'ki', q: 'wer macht das?', kind: 'facts', titles: [T.ki], says: ['leitet Herr Timo Reuter'] },
  {
    conv: 'leadership',
    q: "I've just become a team leader. Is there a course for new managers?",
    locale: 'en',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'leadership',
    q: 'How many days is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['lasts 3 days, each from 09:00 to 16:30'],
  },
  {
    conv: 'leadership',
    q: "what's the deadline?",
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['You can register for the seminar', 'until Fri, 14 Feb 2031, 23:59'],
  },
  {
    conv: 'frauenbuero',
    q: 'Was bietet das Frauenbüro an?',
    kind: 'list',
    ...only(T.karriere, T.familie, T.belaestigung),
  },
  { conv: 'frauenbuero', q: 'welches davon ist online?', kind: 'list', titles: [T.familie] },
  {
    conv: 'frauenbuero',
    q: 'wann genau?',
    kind: 'facts',
    titles: [T.familie],
    says: ['am Di., 28.01.2031 von 12:00 bis 13:00 Uhr'],
  },
  // --- follow-ups with nothing talked about ---------------------------------------------------------------------------
  { conv: 'empty-en', q: 'When does it start?', locale: 'en', kind: 'noContext' },
  { conv: 'empty-de', q: 'und wo ist das?', kind: 'noContext' },
  // --- facts ------------------------------------------------------------------------------------------------------------
  { q: 'Was kostet der Kurs zur Leichten Sprache?', kind: 'facts', titles: [T.sprache], says: ['kostet 40 €'] },
  { q: 'ist das seminar zur stressbewältigung kostenlos?', kind: 'facts', titles: [T.stress], says: ['ist kostenlos'] },
  {
    q: 'wann ist die brandschutzhelfer-ausbildung?',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['am Mi., 12.02.2031 von 08:00 bis 12:00 Uhr'],
  },
  {
    q: 'Where is the course on sexual harassment?',
    locale: 'en',
    kind: 'facts',
    titles: [T.belaestigung],
    says: ['Stadtbibliothek Kassel'],
  },
  {
    q: 'wann sind die termine für die rückenübungen?',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['an 3 Tagen', 'Mi., 05.02.2031', 'Mi., 19.02.2031', 'jeweils von 12:15 bis 12:45 Uhr'],
  },
  {
    q: 'bis wann kann ich mich für die datenschutz-schulung anmelden?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['bis Di., 04.02.2031, 09:00 Uhr anmelden'],
  },
  {
    q: 'How long is the Excel course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['lasts 2 days, each from 13:30 to 16:30'],
  },
  {
    q: 'Ist der Excel-Kurs schon ausgebucht?',
    kind: 'facts',
    titles: [T.excel],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  {
    q: 'What time does the de-escalation training start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['starts on Thu, 16 Jan 2031 at 13:00'],
  },
  { q: 'zeig mir details zum vergaberecht', kind: 'details', titles: [T.vergabe] },
  // --- subjects only summary, description or topics name -----------------------------------------------------------------
  { q: 'Phishing-Mails erkennen', kind: 'list', titles: [T.phishing] },
  { q: 'anything about Copilot?', locale: 'en', kind: 'list', titles: [T.ki] },
  { q: 'aufbewahrungsfristen und löschfristen', kind: 'list', titles: [T.aufraeumen] },
  {
    q: 'verständliche Bescheide schreiben',
    kind: 'list',
    first: T.sprache,
    ...maybeAlso(only(T.sprache), T.verfahren),
  },
  { q: 'burnout prevention', locale: 'en', kind: 'list', titles: [T.stress] },
  { q: 'umgang mit aggressiven bürgern', kind: 'list', titles: [T.deeskalation] },
  { q: 'exel kurs', kind: 'list', titles: [T.excel] },
  // --- trainers, providers, places ---------------------------------------------------------------------------------------
  {
    q: 'Was bietet ekom21 an?',
    kind: 'list',
    ...only(T.phishing, T.outlook, T.aufraeumen, T.excel, T.ki, T.barrierefrei),
  },
  {
    q: 'courses by the Unfallkasse Hessen',
    locale: 'en',
    kind: 'list',
    ...only(T.ersteHilfe, T.deeskalation, T.ruecken, T.stress),
  },
  { q: 'was läuft in der feuerwache?', kind: 'list', ...only(T.ersteHilfe, T.brandschutz) },
  {
    q: 'anything at the public library?',
    locale: 'en',
    kind: 'list',
    ...only(T.sprache, T.belaestigung, T.stress),
  },
  {
    q: 'courses in room 317',
    locale: 'en',
    kind: 'list',
    ...only(T.outlook, T.verfahren, T.excel, T.ki, T.fuehrung, T.auswahl),
  },
  { q: 'gibt es auch was in fulda?', kind: 'none' },
  // --- time windows, time of day, formats, fees ------------------------------------------------------------------------
  { q: 'was ist diese woche noch?', kind: 'list', titles: [T.phishing, T.outlook, T.ersteHilfe] },
  { q: "What's on this week?", locale: 'en', kind: 'list', titles: [T.phishing, T.outlook, T.ersteHilfe] },
  { q: 'gibt es zwischen den jahren etwas?', kind: 'list', titles: [T.aufraeumen] },
  { q: 'was ist am freitag?', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'anything on Fridays?', locale: 'en', kind: 'list', ...only(T.ersteHilfe, T.onboarding) },
  {
    q: 'I can only do mornings – anything in February?',
    locale: 'en',
    kind: 'list',
    ...maybeAlso(only(T.datenschutz, T.brandschutz, T.english, T.belaestigung), T.ruecken),
  },
  { q: 'something after work?', locale: 'en', kind: 'list', titles: [T.haushalt] },
  { q: 'online-seminare im märz', kind: 'list', titles: [T.vergabe, T.barrierefrei] },
  {
    q: 'kostenlose präsenzkurse im februar',
    kind: 'list',
    ...maybeAlso(only(T.brandschutz, T.belaestigung), T.ki),
  },
  { q: 'was läuft an heiligabend?', kind: 'none' },
  { q: 'anything in May?', locale: 'en', kind: 'none' },
  // --- gone, drafts, no match, greetings, own registrations ------------------------------------------------------------
  { q: 'Is the Word mail merge course still happening?', locale: 'en', kind: 'gone', gone: T.serienbrief },
  { q: 'Selbstbehauptungstraining für Frauen', kind: 'gone', gone: T.selbstbehauptung },
  { q: 'wann war die xrechnung-schulung?', kind: 'gone', gone: T.erechnung, says: ['Do., 21.11.2030'] },
  {
    q: 'training on the new time recording system',
    locale: 'en',
    kind: 'gone',
    gone: T.zeiterfassung,
    says: ['Mon, 2 Dec 2030'],
  },
  { q: 'instagram kurs', kind: 'none' },
  { q: 'Seminar Gesund führen', kind: 'none' },
  { q: 'Do you offer Spanish classes?', locale: 'en', kind: 'none' },
  { q: 'Hallo!', kind: 'help' },
  { q: 'Danke, das hilft mir weiter!', kind: 'thanks' },
  { q: 'Für welche Kurse bin ich angemeldet?', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-seventy-eighth, independent catalogue (Stadt Kassel, Verwaltungsseminar Kassel, Personal- und Organisationsamt, ekom21, Unfallkasse Hessen, Frauenbüro)',
  {
    fixture: 'heldout378-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
