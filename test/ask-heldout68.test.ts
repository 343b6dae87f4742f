// Over-fitting check, sixty-eighth catalogue: the 2027/28 programme of the Landkreis Göttingen (Niedersachsen) for the
// county and its towns and Samtgemeinden (Göttingen, Duderstadt, Hann. Münden, Osterode am Harz, Herzberg am Harz,
// Bovenden, Rosdorf, Samtgemeinde Gieboldehausen), run with the Kommunale Hochschule für Verwaltung in Niedersachsen
// (HSVN) and the county's Digitalbüro, in the Kreishaus Göttingen (Reinhäuser Landstraße), the Rathaus Osterode, online
// and hybrid, imported from a JSON file. Three pairs of seminars share a topic word (Excel for beginners / advanced with
// pivot tables, data protection for all staff / for managers, an AI introduction / a prompt workshop), so a question has
// to pick the right one or list both; a multi-day Digitallotsen qualification is open to the member municipalities only
// and the state pays half its fee; one seminar is held in English. Questions are written the way people ask who know
// roughly what they want but use vague or wrong words ("der Kurs mit den Pivot-Tabellen", "das Ding mit dem Datenschutz
// für Chefs", "dieses Scrum-Dings") or part of a catchy title, without looking at the parser or the answers. Same
// assertions as the other suites: exactly the expected seminars (best first where one is clearly best), the asked fact
// in the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Wednesday 20 October 2027, 11:00 in Göttingen, still summer time; winter time from Sun 31.10.):
//   this week:  nothing more today; Thu 21.10. 09:00–12:00 KI introduction online (tomorrow), Fri 22.10. 08:30–15:30
//               Excel for beginners in Osterode (registration closed Fri 15.10. 12:00)
//   next week:  Wed 27.10. 14:00–16:00 mobile work (the only afternoon), Thu 28.10. 09:00–12:00 OZG (first of two
//               mornings; the second is Thu 04.11., after the DST change, again 09:00–12:00), Fri 29.10. 10:00–12:00
//               online meetings
//   November:   Digitallotsen Tue 02.11./16.11. (Osterode)/30.11., data protection for all Tue 09.11., Excel advanced
//               Wed 10.11. + Thu 11.11., prompt workshop Wed 17.11. (hybrid), e-invoice Thu 18.11. (hybrid, Osterode),
//               Scrum Tue 23.11. + Wed 24.11., plain language Thu 25.11. (Osterode)
//   December:   data protection for managers Thu 02.12., de-escalation Mon 06.12., council papers Tue 07.12. (online)
//   January:    English Wed 12./19./26.01. (online), new managers Mon 17.01., Tue 18.01., Mon 31.01., phishing Thu 20.01.
//   February:   social media Wed 09.02. (hybrid), GIS Tue 15.02. + Wed 16.02. (Osterode), Doppik Thu 24.02. (online)
//   not shown:  drafts in March 2028 (drones, KI chatbots), cancelled Power BI (03.11.) and procurement (13.01.), past
//               Digitaltag (Tue 14.09.2027) and trainee onboarding (Wed 01.09.2027)
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-10-20T09:00:00Z'); // Wednesday, 20 October 2027, 11:00 in Göttingen (CEST)
const TZ = 'Europe/Berlin';

const T = {
  ki: 'Neugierig auf KI: Einführung in künstliche Intelligenz für die Verwaltung', // Thu 21.10. 09:00–12:00, online, Digitalbüro, free, Dr. Brinkmann
  excel1: 'Zahlen im Griff: Excel-Grundlagen für Einsteigerinnen und Einsteiger', // Fri 22.10. 08:30–15:30, Rathaus Osterode, HSVN, 120 €, deadline passed 15.10. 12:00
  homeoffice: 'Gut verbunden, auch von zu Hause: Mobiles Arbeiten sicher gestalten', // Wed 27.10. 14:00–16:00, online, IT-Dienste, free, Nordmann
  ozg: 'Vom Antrag zum Bescheid: Online-Dienste nach dem OZG', // Thu 28.10. (CEST) and Thu 04.11. (CET) 09:00–12:00, online, Digitalbüro, free
  meetings: 'Besprechungen, die sich lohnen: Online-Meetings gut moderieren', // Fri 29.10. 10:00–12:00, online, Fachdienst Personal, free
  lotsen: 'Digitallotsinnen und Digitallotsen: Qualifizierung für Städte und Gemeinden', // Tue 02.11., 16.11. (Osterode), 30.11. 09:00–16:00, Kreishaus, 600 € (state pays half), members only, 16 seats
  dsAlle: 'Daten in guten Händen: Datenschutz im Verwaltungsalltag', // Tue 09.11. 09:00–12:00, online, free, all staff
  excel2: 'Auswerten statt Abtippen: Excel für Fortgeschrittene', // Wed 10.11. + Thu 11.11. 09:00–12:00, online, HSVN, 160 €, pivot tables
  prompt: 'Richtig fragen, besser antworten: Prompt-Werkstatt für KI-Assistenten', // Wed 17.11. 13:00–16:30, hybrid (Kreishaus), Digitalbüro, 40 €, Jürgens
  erechnung: 'Rechnungen ohne Papier: Die E-Rechnung in der Kommune', // Thu 18.11. 09:00–12:30, hybrid (Rathaus Osterode), Digitalbüro, free
  scrum: 'Sprint statt Stillstand: Agile Methoden in der Verwaltung', // Tue 23.11. + Wed 24.11. 09:00–16:00, Kreishaus, HSVN, 380 €, deadline Fri 05.11. 23:59
  leichte: 'Einfach gesagt: Texte in Leichter Sprache schreiben', // Thu 25.11. 09:00–15:00, Rathaus Osterode, HSVN, 140 €
  dsFk: 'Chefsache Datenschutz: Verantwortung als Führungskraft', // Thu 02.12. 13:00–17:00, Kreishaus, HSVN, 190 €, 12 seats, Prof. Dr. Wendt, for managers
  deesk: "Ruhig bleiben, wenn's laut wird: Deeskalation im Publikumsverkehr", // Mon 06.12. 09:00–16:00, Kreishaus, HSVN, 150 €
  rat: 'Gut vorbereitet in die Sitzung: Vorlagen und Protokolle für Rat und Kreistag', // Tue 07.12. 09:00–12:00, online, HSVN, 60 €
  english: 'Speaking Up: English for International Projects in Local Government', // Wed 12./19./26.01.2028 14:00–16:00, online, HSVN, 90 €, English
  fuehrung: 'Neu in der Leitung: Das erste Jahr als Führungskraft', // Mon 17.01., Tue 18.01., Mon 31.01.2028 09:00–16:00, Kreishaus, HSVN, 540 €, new managers
  phishing: 'Klick mit Folgen: Phishing und Betrugsmaschen erkennen', // Thu 20.01.2028 10:00–11:30, online, IT-Dienste, free, Nordmann
  social: 'Mehr als nur Posten: Social Media für Kommunen', // Wed 09.02.2028 13:00–16:00, hybrid (Kreishaus), Digitalbüro, 80 €
  gis: 'Karten, die Antworten geben: Geodaten und GIS im Arbeitsalltag', // Tue 15.02. + Wed 16.02.2028 09:00–16:00, Rathaus Osterode, HSVN, 290 €
  doppik: 'Doppik verstehen: Der kommunale Haushalt für Nicht-Finanzer', // Thu 24.02.2028 09:00–12:30, online, HSVN, 70 €
  drohnen: 'Von oben betrachtet: Drohnen für Bauaufsicht und Katastrophenschutz', // draft
  chatbots: 'Rund um die Uhr erreichbar: KI-Chatbots im Bürgerservice', // draft
  powerbi: 'Dashboards statt Datenfriedhof: Einstieg in Power BI', // cancelled (Wed 03.11.2027)
  beschaffung: 'Fair und grün einkaufen: Nachhaltige Beschaffung im Landkreis', // cancelled (Thu 13.01.2028)
  digitaltag: 'Digitaltag 2027: Ideen für das digitale Rathaus', // past (Tue 14 September 2027)
  starthilfe: 'Starthilfe für Auszubildende: Gut ankommen in der Kreisverwaltung', // past (Wed 1 September 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.drohnen, T.chatbots, T.powerbi, T.beschaffung, T.digitaltag, T.starthilfe];
const offered = all.filter((t) => !NEVER.includes(t));

const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  { q: 'Was kostet der Kurs mit den Pivot-Tabellen?', kind: 'facts', titles: [T.excel2], says: ['kostet 160 €'] },
  {
    q: 'How much is the Excel one for beginners?',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel1],
    says: ['costs €120'],
  },
  { q: "Was kostet 'Sprint statt Stillstand'?", kind: 'facts', titles: [T.scrum], says: ['kostet 380 €'] },
  // --- facts: when (one day, two days across the DST change, three days), start time, duration ------------------------
  {
    q: 'Wann ist „Daten in guten Händen“?',
    kind: 'facts',
    titles: [T.dsAlle],
    says: ['am Di., 09.11.2027 von 09:00 bis 12:00 Uhr'],
  },
  {
    q: 'Wann findet dieses Scrum-Dings statt?',
    kind: 'facts',
    titles: [T.scrum],
    says: ['an 2 Tagen', 'Di., 23.11.2027 und Mi., 24.11.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'Wann sind die Termine zum OZG?',
    kind: 'facts',
    titles: [T.ozg],
    says: ['an 2 Tagen', 'Do., 28.10.2027 und Do., 04.11.2027', 'jeweils von 09:00 bis 12:00 Uhr'],
  },
  {
    q: 'When is the English course for international projects?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['on 3 days', 'Wed, 12 Jan 2028, Wed, 19 Jan 2028 and Wed, 26 Jan 2028', 'each from 14:00 to 16:00'],
  },
  {
    q: 'Um wie viel Uhr geht der Prompt-Workshop los?',
    kind: 'facts',
    titles: [T.prompt],
    says: ['beginnt am Mi., 17.11.2027 um 13:00 Uhr'],
  },
  {
    q: 'What time does "Klick mit Folgen" start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['starts on Thu, 20 Jan 2028 at 10:00'],
  },
  {
    q: 'Wie lange dauert die Phishing-Schulung?',
    kind: 'facts',
    titles: [T.phishing],
    says: ['dauert 1,5 Stunden, von 10:00 bis 11:30 Uhr'],
  },
  // --- facts: where, format, deadline, seats ---------------------------------------------------------------------------
  {
    q: 'Wo findet der Kurs zur Leichten Sprache statt?',
    kind: 'facts',
    titles: [T.leichte],
    says: ['im Rathaus Osterode am Harz'],
  },
  {
    q: 'Where does the de-escalation training take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.deesk],
    says: ['takes place at Kreishaus Göttingen'],
  },
  {
    q: 'Kann man bei der E-Rechnung-Schulung auch online mitmachen?',
    kind: 'facts',
    titles: [T.erechnung],
    says: [/findet hybrid statt|oder online/],
  },
  {
    q: 'Bis wann kann man sich für den Excel-Kurs für Anfänger anmelden?',
    kind: 'facts',
    titles: [T.excel1],
    says: ['ist am Fr., 15.10.2027, 12:00 Uhr abgelaufen'],
  },
  {
    q: 'Are there still seats in the Digitallotsen training?',
    locale: 'en',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['has 16 of 16 seats left'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  { conv: 'lotsen', q: 'Gibt es eine Ausbildung zum Digitallotsen?', kind: 'list', titles: [T.lotsen] },
  {
    conv: 'lotsen',
    q: 'Wann ist die?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['an 3 Tagen', 'Di., 02.11.2027, Di., 16.11.2027 und Di., 30.11.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'lotsen',
    q: 'Und wo?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['im Kreishaus Göttingen', 'im Rathaus Osterode am Harz'],
  },
  {
    conv: 'lotsen',
    q: 'Was kostet das?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['kostet 600 €'],
    mentions: ['Das Land Niedersachsen übernimmt die Hälfte der Gebühr.'],
  },
  { conv: 'pivot', q: 'Ich suche den Kurs mit den Pivot-Tabellen', kind: 'list', titles: [T.excel2] },
  { conv: 'pivot', q: 'Ist der online?', kind: 'facts', titles: [T.excel2], says: ['findet online statt'] },
  {
    conv: 'pivot',
    q: 'Wie lange geht der?',
    kind: 'facts',
    titles: [T.excel2],
    says: ['dauert 2 Tage, jeweils von 09:00 bis 12:00 Uhr'],
  },
  {
    conv: 'chefs',
    q: 'Das Ding mit dem Datenschutz für Chefs – wann ist das?',
    kind: 'facts',
    titles: [T.dsFk],
    says: ['am Do., 02.12.2027 von 13:00 bis 17:00 Uhr'],
  },
  {
    conv: 'chefs',
    q: 'Wer leitet das?',
    kind: 'facts',
    titles: [T.dsFk],
    says: ['leitet Herr Prof. Dr. Tobias Wendt'],
  },
  {
    conv: 'chefs',
    q: 'Sind da noch Plätze frei?',
    kind: 'facts',
    titles: [T.dsFk],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  {
    conv: 'ai',
    q: 'The AI introduction – when is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['takes place on Thu, 21 Oct 2027 from 09:00 to 12:00'],
  },
  {
    conv: 'ai',
    q: 'Do I have to pay for it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is free of charge'],
  },
  {
    conv: 'ai',
    q: 'Where does it take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['takes place online'],
  },
  // --- topic searches: pairs sharing a word, everyday words, words only in summary or description, compounds, synonyms -
  { q: 'Welche Kurse gibt es zu KI?', kind: 'list', ...only(T.ki, T.prompt) },
  { q: 'Welche Datenschutzschulungen gibt es?', kind: 'list', ...only(T.dsAlle, T.dsFk) },
  { q: 'Which Excel courses are there?', locale: 'en', kind: 'list', ...only(T.excel1, T.excel2) },
  { q: 'Wie arbeite ich sicher im Homeoffice?', kind: 'list', titles: [T.homeoffice] },
  { q: 'Gibt es was zum Onlinezugangsgesetz?', kind: 'list', titles: [T.ozg] },
  { q: 'Unser Team will mit Kanban-Boards arbeiten – gibt es dazu was?', kind: 'list', titles: [T.scrum] },
  { q: 'Wie schreibe ich eine gute Sitzungsvorlage?', kind: 'list', titles: [T.rat] },
  { q: 'Ich verstehe unseren Haushaltsplan nicht – gibt es da einen Kurs?', kind: 'list', titles: [T.doppik] },
  {
    q: 'Bei uns am Empfang werden Kunden oft aggressiv – gibt es dafür ein Training?',
    kind: 'list',
    titles: [T.deesk],
  },
  // --- typos -----------------------------------------------------------------------------------------------------------
  { q: 'Datenshutz für Führungskräfte', kind: 'list', first: T.dsFk },
  { q: 'Exel Pivot', kind: 'list', titles: [T.excel2] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, cost, length, language, free seats -------
  { q: 'Was läuft diese Woche noch?', kind: 'list', titles: [T.ki, T.excel1] },
  { q: "What's on tomorrow?", locale: 'en', kind: 'list', titles: [T.ki] },
  { q: 'Was ist nächste Woche los?', kind: 'list', titles: [T.homeoffice, T.ozg, T.meetings] },
  { q: 'Gibt es nächste Woche etwas am Nachmittag?', kind: 'list', titles: [T.homeoffice] },
  { q: 'Welche Seminare gibt es im Dezember?', kind: 'list', titles: [T.dsFk, T.deesk, T.rat] },
  { q: 'Welche Online-Seminare gibt es im Januar?', kind: 'list', titles: [T.english, T.phishing] },
  { q: 'Welche Seminare sind hybrid?', kind: 'list', ...only(T.prompt, T.erechnung, T.social) },
  {
    // The Digitallotsen qualification spends one of its three days in Osterode: neither required nor wrong.
    q: 'Was findet im Rathaus Osterode statt?',
    kind: 'list',
    includes: [T.excel1, T.erechnung, T.leichte, T.gis],
    excludes: offered.filter((t) => !([T.excel1, T.erechnung, T.leichte, T.gis, T.lotsen] as string[]).includes(t)),
  },
  { q: 'Welche Kurse macht Herr Nordmann?', kind: 'list', ...only(T.homeoffice, T.phishing) },
  {
    q: 'Was bietet das Digitalbüro an?',
    kind: 'list',
    ...only(T.ki, T.ozg, T.lotsen, T.prompt, T.erechnung, T.social),
  },
  { q: 'Welche Seminare gibt es für Führungskräfte?', kind: 'list', ...only(T.dsFk, T.fuehrung) },
  { q: 'Which HSVN courses are there in February?', locale: 'en', kind: 'list', titles: [T.gis, T.doppik] },
  { q: 'Gibt es kostenlose Seminare im Januar?', kind: 'list', titles: [T.phishing] },
  { q: 'Any free courses in December?', locale: 'en', kind: 'none' },
  { q: 'Welche mehrtägigen Seminare gibt es im Januar?', kind: 'list', titles: [T.english, T.fuehrung] },
  { q: 'Are any seminars held in English?', locale: 'en', kind: 'list', titles: [T.english] },
  { q: 'Welche Präsenzseminare im Dezember haben noch freie Plätze?', kind: 'list', titles: [T.dsFk, T.deesk] },
  // --- gone, drafts, no match, greeting --------------------------------------------------------------------------------
  { q: 'Wann war der Digitaltag?', kind: 'gone', gone: T.digitaltag, says: ['Di., 14.09.2027'] },
  { q: 'Wann ist der Power-BI-Kurs?', kind: 'gone', gone: T.powerbi },
  { q: 'Is the sustainable procurement workshop still on?', locale: 'en', kind: 'gone', gone: T.beschaffung },
  { q: 'Wann war die Starthilfe für Azubis?', kind: 'gone', gone: T.starthilfe, says: ['Mi., 01.09.2027'] },
  { q: 'Gibt es einen Drohnen-Kurs?', kind: 'none' },
  { q: 'Is there a yoga class?', locale: 'en', kind: 'none' },
  { q: 'Moin!', kind: 'help' },
  { q: 'Hello, what can you do?', locale: 'en', kind: 'help' },
];

heldoutSuite(
  'answering questions about a sixty-eighth, independent catalogue (Landkreis Göttingen, HSVN and Digitalbüro)',
  { fixture: 'heldout68-catalogue.json', now, timeZone: TZ, cases: CASES, titles: all, never: NEVER },
);
