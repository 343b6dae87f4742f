// Over-fitting check, seventy-second catalogue: the 2028 spring programme of the Landkreis Ludwigslust-Parchim
// (Mecklenburg-Vorpommern) with the Weiterbildung of the FH Güstrow (Fachhochschule für öffentliche Verwaltung, Polizei
// und Rechtspflege), the Zweckverband eGo-MV, the county's Stabsstelle Digitalisierung and Fachdienst Personal and the
// Landesfeuerwehrschule (civil protection), for the county and its Ämter and towns (Ludwigslust, Parchim, Hagenow,
// Boizenburg/Elbe, Lübz, Amt Crivitz, Amt Sternberger Seenlandschaft), imported from a JSON file. Seminars take place in
// the Kreishaus Parchim (Putlitzer Straße), the Kreishaus Ludwigslust (Garnisonsstraße), the FH Güstrow, online or
// hybrid. Several titles do not name their subject ("Gemeinsam ablegen, schneller finden" is SharePoint, "Der Klick zu
// viel" phishing, "Gut für sich sorgen" stress, "Vom Bedarf zum Auftrag" procurement, "Wenn die Lage ernst wird" the
// crisis staff, "Verstanden beim ersten Lesen" plain-language letters, "Vom Verstoß zum Bescheid" fines, "Für alle
// lesbar" accessibility, "Ruhe bewahren, richtig handeln" fire wardens, "Zahlen, die Politik machen" the budget), so
// only summary, description or topics reveal it; one seminar is held in English (front desk); two run over two days.
// Questions are short and chat-like, as people type in Teams, in everyday words rather than the catalogue's terms,
// written without looking at the parser or the answers. Same assertions as the other suites: exactly the expected
// seminars (best first where one is clearly best, date order for time questions), the asked fact in the first
// sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Tuesday 21 March 2028, 10:30 in Parchim, winter time; summer time begins Sun 26.03.2028):
//   this week:  nothing more today; Wed 22.03. 13:00–15:30 SharePoint (online, tomorrow), Thu 23.03. 09:00–12:00 data
//               protection (hybrid, Parchim), Fri 24.03. 09:00–12:30 de-escalation (Ludwigslust; deadline passed 17.03.)
//   next week (CEST, 27.–31.03.): Mon 27.03. morning e-file (online), Tue 28.03. afternoon phishing (online),
//               Wed 29.03. afternoon AI (hybrid, Parchim), Thu 30.03. morning stress (online); nothing on Fri 31.03.
//   nothing from Fri 31.03. to Wed 05.04. (so "the next two weeks" are the seven seminars above however counted)
//   April:      Thu 06. procurement (Güstrow, 240 €, deadline Thu 23.03. 23:59); Mon 10./Tue 11. new team leads
//               (Güstrow, 480 €, deadline Mon 27.03. 12:00); Wed 12. OZG (online); Tue 18. GIS (Parchim, 80 €);
//               Thu 20./Fri 21. crisis staff (Ludwigslust, free, paid by the state); Tue 25. plain language
//               (Ludwigslust, 150 €); the cancelled Excel course on Wed 19.04. and time management on Fri 28.04.
//   May:        Tue 02. e-invoices (online); Wed 03. English front desk (Parchim); Thu 11. fines (Ludwigslust, 210 €);
//               Tue 16. accessibility (online); Mon 22. fire wardens (Parchim); Wed 24. budget (Güstrow, 190 €);
//               the draft video-consultation course on Tue 30.05.
//   June:       Tue 06. staff appraisals (Ludwigslust); Wed 07. back exercises (online); the draft drone course Thu 15.06.
//   past:       Thu 27.01.2028 road safety duty (online), Tue 15.02.2028 municipal constitution law (Parchim).
//   Wednesdays: 22.03., 29.03., 12.04., 03.05., 24.05., 07.06. (and the cancelled Excel course on 19.04.)
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-03-21T09:30:00Z'); // Tuesday, 21 March 2028, 10:30 in Parchim (CET)
const TZ = 'Europe/Berlin';

const T = {
  sharepoint: 'Gemeinsam ablegen, schneller finden', // Wed 22.03. 13:00–15:30, online, Stabsstelle Digitalisierung, Schröder, SharePoint, free
  datenschutz: 'Datenschutz am Bürgertresen: Auskunft, Weitergabe, Datenpanne', // Thu 23.03. 09:00–12:00, hybrid (Kreishaus Parchim), DSGVO, free
  deeskalation: 'Wenn der Ton rauer wird', // Fri 24.03. 09:00–12:30, Kreishaus Ludwigslust, FH Güstrow, Tessmann, 95 €, deadline passed Fri 17.03. 23:59
  eakte: 'Schluss mit der Papierakte: Einstieg in die E-Akte', // Mon 27.03. 09:00–12:00 (CEST), online, eGo-MV, Krüger, free
  phishing: 'Der Klick zu viel', // Tue 28.03. 13:00–15:00, online, Stabsstelle Digitalisierung, Pohl, IT security, free
  ki: 'Texte schreiben mit KI-Assistenten: Chancen und Grenzen', // Wed 29.03. 13:00–16:00, hybrid (Kreishaus Parchim), Schröder, ChatGPT, free
  stress: 'Gut für sich sorgen', // Thu 30.03. 09:00–11:30, online, Fachdienst Personal, stress, free, 20 seats
  vergabe: 'Vom Bedarf zum Auftrag', // Thu 06.04. 09:00–16:00, FH Güstrow, Dr. Wendt, 240 €, deadline Thu 23.03. 23:59, procurement
  fuehrung: 'Vom Team in die Verantwortung', // Mon 10.04. and Tue 11.04. 09:00–16:00, FH Güstrow, Prof. Dr. Lehmann, 480 €, deadline Mon 27.03. 12:00, new team leads
  ozg: 'Anträge, die online ankommen', // Wed 12.04. 09:00–12:00, online, eGo-MV, Krüger, OZG, free
  gis: 'Karten, Flurstücke und Luftbilder im Browser', // Tue 18.04. 09:00–15:00, Kreishaus Parchim, Stabsstelle Digitalisierung, 80 €, GIS, 12 seats
  krisenstab: 'Wenn die Lage ernst wird', // Thu 20.04. and Fri 21.04. 08:30–16:00, Kreishaus Ludwigslust, Landesfeuerwehrschule, free (the state pays), crisis staff
  sprache: 'Verstanden beim ersten Lesen', // Tue 25.04. 09:00–15:00, Kreishaus Ludwigslust, FH Güstrow, Dr. Voß, 150 €, plain-language letters
  xrechnung: 'Rechnungen ohne Papier: XRechnung im Rechnungseingang', // Tue 02.05. 13:00–15:30, online, eGo-MV, Wulff, e-invoices, free
  english: 'English at the Service Desk: Helping International Residents', // Wed 03.05. 09:00–12:30, Kreishaus Parchim, English, free, deadline Wed 19.04.
  owi: 'Vom Verstoß zum Bescheid', // Thu 11.05. 09:00–16:00, Kreishaus Ludwigslust, FH Güstrow, Dittmann, 210 €, fines (OWiG), for Ordnungsämter
  barriere: 'Für alle lesbar', // Tue 16.05. 09:00–12:00, online, Stabsstelle Digitalisierung, Hartmann, accessibility, free
  brandschutz: 'Ruhe bewahren, richtig handeln', // Mon 22.05. 08:30–12:30, Kreishaus Parchim, Landesfeuerwehrschule, fire wardens, free, 20 seats
  haushalt: 'Zahlen, die Politik machen', // Wed 24.05. 09:00–16:00, FH Güstrow, Peters, 190 €, municipal budget (Doppik)
  gespraeche: 'Gespräche auf Augenhöhe', // Tue 06.06. 09:00–16:00, Kreishaus Ludwigslust, Fachdienst Personal, Prof. Dr. Lehmann, free, appraisals, for managers
  ruecken: 'Bewegt durch den Arbeitstag', // Wed 07.06. 10:00–11:30, online, Fachdienst Personal, back health, free
  excel: 'Formeln, Filter, Pivot: Excel für den Büroalltag', // cancelled (Wed 19.04.2028)
  zeit: 'Dem Tag Struktur geben: Zeit- und Selbstmanagement', // cancelled (Fri 28.04.2028)
  kommunalrecht: 'Kommunalverfassung M-V kompakt', // past (Tue 15 February 2028)
  verkehr: 'Glätte, Schlaglöcher, Haftung: Verkehrssicherungspflicht der Gemeinden', // past (Thu 27 January 2028)
  drohnen: 'Lagebilder aus der Luft: Drohnen im Bevölkerungsschutz', // draft
  video: 'Videoberatung im Bürgerservice', // draft
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.excel, T.zeit, T.kommunalrecht, T.verkehr, T.drohnen, T.video];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost (one of them with both cost and length) -------------------------------------------------------------
  { q: 'was kostet das Vergabeseminar', kind: 'facts', titles: [T.vergabe], says: ['kostet 240 €'] },
  { q: 'cost of the GIS course?', locale: 'en', kind: 'facts', titles: [T.gis], says: ['costs €80'] },
  {
    q: 'Haushaltsrecht für Einsteiger: Kosten und Dauer',
    kind: 'facts',
    titles: [T.haushalt],
    mentions: ['kostet 190 €', 'dauert 7 Stunden, von 09:00 bis 16:00 Uhr'],
  },
  // --- facts: when (two days, summer time), start time, duration --------------------------------------------------------
  {
    q: 'Vom Team in die Verantwortung wann',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Mo., 10.04.2028 und Di., 11.04.2028', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'when is the crisis team training',
    locale: 'en',
    kind: 'facts',
    titles: [T.krisenstab],
    says: ['on 2 days', 'Thu, 20 Apr 2028 and Fri, 21 Apr 2028', 'each from 08:30 to 16:00'],
  },
  {
    q: 'what time does the phishing session start',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['starts on Tue, 28 Mar 2028 at 13:00'],
  },
  {
    q: 'Stressseminar, wann gehts los',
    kind: 'facts',
    titles: [T.stress],
    says: [/Do\., 30\.03\.2028 (um|von) 09:00/],
  },
  {
    q: 'wie lang geht die SharePoint-Schulung',
    kind: 'facts',
    titles: [T.sharepoint],
    says: ['dauert 2,5 Stunden, von 13:00 bis 15:30 Uhr'],
  },
  // --- facts: where, format, when and where together --------------------------------------------------------------------
  { q: 'Haushaltsseminar wo genau', kind: 'facts', titles: [T.haushalt], says: ['in der Fachhochschule Güstrow'] },
  {
    q: 'GIS Schulung wann und wo',
    kind: 'facts',
    titles: [T.gis],
    says: ['am Di., 18.04.2028 von 09:00 bis 15:00 Uhr im Kreishaus Parchim'],
  },
  { q: 'E-Akte Kurs, online oder vor Ort?', kind: 'facts', titles: [T.eakte], says: ['findet online statt'] },
  {
    q: 'is the AI workshop remote or on site?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: [/is hybrid|or online/],
  },
  // --- facts: trainer, deadline, seats ----------------------------------------------------------------------------------
  {
    q: 'wer leitet das Deeskalationstraining',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['leitet Herr Mirko Tessmann'],
  },
  {
    q: "who's running the e-invoicing session?",
    locale: 'en',
    kind: 'facts',
    titles: [T.xrechnung],
    says: ['is led by Frau Stefanie Wulff'],
  },
  {
    q: 'Anmeldeschluss Vom Team in die Verantwortung',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['bis Mo., 27.03.2028, 12:00 Uhr'],
  },
  {
    q: 'kann ich mich für Deeskalation noch anmelden',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['am Fr., 17.03.2028, 23:59 Uhr abgelaufen'],
  },
  {
    q: 'signup deadline procurement course',
    locale: 'en',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['until Thu, 23 Mar 2028, 23:59'],
  },
  {
    q: 'Brandschutzhelfer noch Plätze frei?',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['noch 20 von 20 Plätzen frei'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  { conv: 'briefe', q: 'unsere Briefe versteht keiner, gibts da was', kind: 'list', titles: [T.sprache] },
  { conv: 'briefe', q: 'was kostet das', kind: 'facts', titles: [T.sprache], says: ['kostet 150 €'] },
  { conv: 'briefe', q: 'und wo', kind: 'facts', titles: [T.sprache], says: ['im Kreishaus Ludwigslust'] },
  { conv: 'blackout', q: 'anything on preparing for a blackout?', locale: 'en', kind: 'list', titles: [T.krisenstab] },
  {
    conv: 'blackout',
    q: 'does it cost anything?',
    locale: 'en',
    kind: 'facts',
    titles: [T.krisenstab],
    says: ['is free of charge'],
  },
  {
    conv: 'blackout',
    q: 'how long?',
    locale: 'en',
    kind: 'facts',
    titles: [T.krisenstab],
    says: ['lasts 2 days, each from 08:30 to 16:00'],
  },
  { conv: 'scannen', q: 'Akten einscannen – gibts da ne Schulung', kind: 'list', titles: [T.eakte] },
  {
    conv: 'scannen',
    q: 'wann?',
    kind: 'facts',
    titles: [T.eakte],
    says: ['am Mo., 27.03.2028 von 09:00 bis 12:00 Uhr'],
  },
  { conv: 'scannen', q: 'wer macht das', kind: 'facts', titles: [T.eakte], says: ['leitet Herr Sebastian Krüger'] },
  // --- topic searches: everyday words, words only in summary or description, synonyms ----------------------------------
  { q: 'any SharePoint training?', locale: 'en', kind: 'list', titles: [T.sharepoint] },
  { q: 'Datenschutz März', kind: 'list', titles: [T.datenschutz] },
  { q: 'was gegen Dauerstress', kind: 'list', titles: [T.stress] },
  { q: 'Falschparker Verwarngeld Schulung', kind: 'list', titles: [T.owi] },
  { q: 'ChatGPT im Job', kind: 'list', titles: [T.ki] },
  { q: 'accessible PDFs?', locale: 'en', kind: 'list', titles: [T.barriere] },
  { q: 'E-Rechnungen annehmen, gibts dazu was', kind: 'list', titles: [T.xrechnung] },
  { q: 'was tun wenn jemand am Schalter ausrastet', kind: 'list', titles: [T.deeskalation] },
  { q: 'bin jetzt neu Teamleiterin – passendes Seminar?', kind: 'list', first: T.fuehrung },
  // --- typos -----------------------------------------------------------------------------------------------------------
  { q: 'Vergabrecht kurs', kind: 'list', titles: [T.vergabe] },
  { q: 'phising training?', locale: 'en', kind: 'list', titles: [T.phishing] },
  // --- filters: dates, weekday, time of day, negation and conditions, trainer, provider, place, seats, audience, length,
  //     language -------------------------------------------------------------------------------------------------------
  { q: 'diese Woche noch was?', kind: 'list', titles: [T.sharepoint, T.datenschutz, T.deeskalation] },
  { q: 'anything tomorrow?', locale: 'en', kind: 'list', titles: [T.sharepoint] },
  { q: 'nächste Woche vormittags', kind: 'list', titles: [T.eakte, T.stress] },
  { q: 'nächste Woche, aber nicht montags', kind: 'list', titles: [T.phishing, T.ki, T.stress] },
  {
    q: 'was kommt in den nächsten zwei Wochen',
    kind: 'list',
    titles: [T.sharepoint, T.datenschutz, T.deeskalation, T.eakte, T.phishing, T.ki, T.stress],
  },
  { q: 'April, nur wenn kostenlos', kind: 'list', titles: [T.ozg, T.krisenstab] },
  { q: 'Mai, aber online bitte', kind: 'list', titles: [T.xrechnung, T.barriere] },
  { q: 'was läuft mittwochs', kind: 'list', titles: [T.sharepoint, T.ki, T.ozg, T.english, T.haushalt, T.ruecken] },
  { q: 'Kurse Frau Schröder', kind: 'list', ...only(T.sharepoint, T.ki) },
  { q: 'anything by Prof. Lehmann?', locale: 'en', kind: 'list', ...only(T.fuehrung, T.gespraeche) },
  { q: 'Was bietet eGo-MV an', kind: 'list', ...only(T.eakte, T.ozg, T.xrechnung) },
  {
    q: 'was findet in Ludwigslust statt',
    kind: 'list',
    ...only(T.deeskalation, T.krisenstab, T.sprache, T.owi, T.gespraeche),
  },
  { q: 'Ludwigslust im April, noch Plätze frei?', kind: 'list', titles: [T.krisenstab, T.sprache] },
  { q: 'was für Leute vom Ordnungsamt', kind: 'list', titles: [T.owi] },
  { q: 'mehrtägige Kurse', kind: 'list', ...only(T.fuehrung, T.krisenstab) },
  { q: 'any courses in English?', locale: 'en', kind: 'list', titles: [T.english] },
  // --- gone, drafts never shown, no match, greeting --------------------------------------------------------------------
  { q: 'Kommunalverfassung Kurs wann', kind: 'gone', gone: T.kommunalrecht, says: ['Di., 15.02.2028'] },
  {
    q: 'when was the Verkehrssicherungspflicht webinar?',
    locale: 'en',
    kind: 'gone',
    gone: T.verkehr,
    says: ['Thu, 27 Jan 2028'],
  },
  { q: 'Excel Kurs Kosten', kind: 'gone', gone: T.excel },
  { q: 'Zeitmanagement Seminar', kind: 'gone', gone: T.zeit },
  { q: 'Drohnen Schulung', kind: 'none' },
  { q: 'Videoberatung Schulung', kind: 'none' },
  { q: 'Motorsägenschein', kind: 'none' },
  { q: 'any Python course?', locale: 'en', kind: 'none' },
  { q: 'Moin', kind: 'help' },
  { q: 'hi there', locale: 'en', kind: 'help' },
];

heldoutSuite(
  'answering questions about a seventy-second, independent catalogue (Landkreis Ludwigslust-Parchim, eGo-MV)',
  { fixture: 'heldout72-catalogue.json', now, timeZone: TZ, cases: CASES, titles: all, never: NEVER },
);
