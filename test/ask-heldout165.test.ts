// Over-fitting check, hundred-and-sixty-fifth catalogue: the 2028 autumn programme of the Landkreis Uelzen (Lower
// Saxony) with the Niedersächsisches Studieninstitut für kommunale Verwaltung (NSI), the county's Fachbereich Personal
// and Fachbereich Zentrale Dienste – IT, govConnect, the Gemeinde-Unfallversicherungsverband Hannover (GUV Hannover) and
// the Volkshochschule Uelzen (VHS), for the county, the Hansestadt Uelzen and the Samtgemeinden and Gemeinden around it
// (Bevensen-Ebstorf, Suderburg, Bienenbüttel, Rosche, Aue), imported from a JSON file. Seminars take place in the
// Kreishaus Uelzen, the Rathaus Uelzen, the VHS-Haus Uelzen, the Gustav-Stresemann-Institut and the Rathaus in Bad
// Bevensen, the town halls of Ebstorf, Suderburg, Bienenbüttel and Rosche, online or hybrid. Twelve titles do not name
// their subject ("Der falsche Absender" is phishing / social engineering, "Arbeiten, wo der Laptop steht" mobile work,
// "Wenn es am Tresen laut wird" de-escalation at the counter, "Klartext für alle" plain administrative language, "Die
// Maschine schreibt mit" generative AI, "Bevor der Akku leer ist" burn-out prevention, "Weniger reden, mehr
// entscheiden" chairing meetings, "Schluss mit dem Papierstapel" the e-file, "Behördengang per Mausklick" the OZG, "Der
// erste Schritt nach vorn" leadership, "Karten, die Antworten geben" QGIS, "Die richtige Person finden" personnel
// selection); the questions name these subjects the way colleagues do ("Ärger am Schalter", "papierlos", "KI",
// "Homeoffice", "burnout", "phishing", "meetings leiten"), so only summary, description or topics reveal the match. One
// seminar is held in English (its registration deadline has passed); the leadership course runs on two days; the
// e-file course is open only to Bevensen-Ebstorf, Suderburg and Rosche; first aid (paid by the GUV) and the phishing
// course are free; the mobile-work course gives no fee at all. Written without looking at the parser or the answers.
//
// Calendar around `now` (Tuesday 26 September 2028, 10:00 in Uelzen, summer time; winter time begins Sun 29.10.2028):
//   this week:  nothing more today; Wed 27.09. 09:00–11:30 phishing (online, tomorrow), Thu 28.09. 13:00–16:00 Outlook
//               (online)
//   next week:  Mon 02.10. 09:00–12:30 data protection (hybrid, Kreishaus), Wed 04.10. 13:30–15:30 mobile work
//               (online), Thu 05.10. 09:00–16:00 de-escalation (Rathaus Bad Bevensen), Fri 06.10. 09:00–12:00 English
//               (VHS-Haus Uelzen; deadline passed Fri 22.09. 23:59); Tue 03.10. is a public holiday
//   October:    Tue 10. plain language (GSI Bad Bevensen), Thu 12. AI (hybrid, Kreishaus), Tue 17. first aid
//               (Suderburg), Thu 19. Excel (online), Mon 23. enforcement (Kreishaus; deadline Mon 09.10. 12:00),
//               Wed 25. burn-out prevention (online, 14:00); the cancelled social-media course on Wed 11.10.
//   November:   Thu 02. meetings (Rathaus Uelzen), Tue 07. e-file (Rosche, three Samtgemeinden only), Wed 08. OZG
//               (online), Mon 13. Doppik (Kreishaus), Tue 14. TVöD leave (online), Wed 15./Thu 16. leadership (GSI Bad
//               Bevensen), Mon 20. cash desks (Bienenbüttel), Wed 22. trainers of apprentices (Ebstorf), Thu 23. QGIS
//               (Kreishaus), Tue 28. personnel selection (Kreishaus); the cancelled photography course on Thu 09.11.
//   December:   Tue 05. municipal law (hybrid, Kreishaus), Thu 07. housing benefit (online); the drafts heat planning
//               (Tue 12.12.) and drones (Thu 14.12.)
//   past:       Thu 31.08.2028 safety officers (Ebstorf), Tue 12.09.2028 property tax reform (Kreishaus).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-09-26T08:00:00Z'); // Tuesday, 26 September 2028, 10:00 in Uelzen (CEST)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Der falsche Absender', // Wed 27.09. 09:00–11:30, online, FB IT, Meyerhoff, social engineering / phishing, free
  outlook: 'Outlook im Griff: E-Mails, Kalender und Aufgaben organisieren', // Thu 28.09. 13:00–16:00, online, VHS, Kröger, 79 €
  datenschutz: 'Datenschutz kompakt: Die DSGVO im Verwaltungsalltag', // Mon 02.10. 09:00–12:30, hybrid (Kreishaus), FB Personal, 40 €
  homeoffice: 'Arbeiten, wo der Laptop steht', // Wed 04.10. 13:30–15:30, online, FB Personal, Heuer, mobile work, no fee given
  tresen: 'Wenn es am Tresen laut wird', // Thu 05.10. 09:00–16:00, Rathaus Bad Bevensen, NSI, Brammer, 185 €, de-escalation
  english: 'Clear and Friendly: English for Phone and Email in the Town Hall', // Fri 06.10. 09:00–12:00, VHS-Haus Uelzen, VHS, 120 €, deadline passed Fri 22.09. 23:59
  klartext: 'Klartext für alle', // Tue 10.10. 09:00–16:00, GSI Bad Bevensen, NSI, Dr. Wendland, 210 €, plain language
  ki: 'Die Maschine schreibt mit', // Thu 12.10. 13:00–16:00, hybrid (Kreishaus), FB IT, Meyerhoff, 60 €, generative AI
  ersteHilfe: 'Erste Hilfe im Dienst: Lehrgang für betriebliche Ersthelferinnen und Ersthelfer', // Tue 17.10. 08:30–16:30, Rathaus Suderburg, GUV, free
  excel: 'Excel-Grundlagen: Tabellen, Formeln und Diagramme', // Thu 19.10. 09:00–12:00, online, VHS, Kröger, 89 €
  vollstreckung: 'Verwaltungsvollstreckung: Offene Forderungen der Kommune beitreiben', // Mon 23.10. 09:00–16:00, Kreishaus, NSI, Ohlendorf, 230 €, deadline Mon 09.10. 12:00
  burnout: 'Bevor der Akku leer ist', // Wed 25.10. 14:00–16:30, online, FB Personal (BGM), Harms, 35 €, burn-out prevention
  meetings: 'Weniger reden, mehr entscheiden', // Thu 02.11. 09:00–15:00, Rathaus Uelzen, VHS, Lühr, 140 €, 12 seats, chairing meetings
  eakte: 'Schluss mit dem Papierstapel', // Tue 07.11. 09:00–12:00, Rathaus Rosche, FB IT, Schröder, 50 €, 15 seats, e-file, only Bevensen-Ebstorf/Suderburg/Rosche
  ozg: 'Behördengang per Mausklick', // Wed 08.11. 13:00–15:30, online, govConnect, Pieper, 75 €, OZG
  haushalt: 'Doppik verstehen: Grundlagen des kommunalen Haushalts nach NKomVG', // Mon 13.11. 09:00–16:00, Kreishaus, NSI, Ohlendorf, 260 €
  urlaub: 'Urlaub, Arbeitszeit, Sonderurlaub: Der TVöD in der Personalsachbearbeitung', // Tue 14.11. 09:00–15:00, online, NSI, 165 €
  fuehrung: 'Der erste Schritt nach vorn', // Wed 15.11. and Thu 16.11. 09:00–16:30, GSI Bad Bevensen, NSI, Albers, 520 €, new managers
  kasse: 'Kasse und Zahlungsverkehr: Barkassen sicher führen', // Mon 20.11. 09:00–12:30, Rathaus Bienenbüttel, NSI, Ohlendorf, 155 €
  ausbildung: 'Ausbilden mit Plan: Workshop für Ausbildungsbeauftragte', // Wed 22.11. 09:00–13:00, Rathaus Ebstorf, FB Personal, 45 €
  qgis: 'Karten, die Antworten geben', // Thu 23.11. 09:00–15:00, Kreishaus, FB IT, Wolter, 70 €, QGIS
  personalauswahl: 'Die richtige Person finden', // Tue 28.11. 09:00–16:00, Kreishaus, FB Personal, Heuer, 90 €, for managers
  kommunalrecht: 'Kommunalrecht für Quereinsteigende: Das NKomVG im Überblick', // Tue 05.12. 09:00–16:00, hybrid (Kreishaus), NSI, 195 €
  wohngeld: 'Wohngeld aktuell: Rechtsprechung und Praxisfragen 2028', // Thu 07.12. 09:00–12:30, online, NSI, 150 €
  waerme: 'Kommunale Wärmeplanung: Einstieg für Bau- und Umweltämter', // draft (Tue 12.12.)
  drohnen: 'Drohnen im Katastrophenschutz: Rechtliche Grundlagen und Einsatzpraxis', // draft (Thu 14.12.)
  socialMedia: 'Social Media für Kommunen: Instagram, Facebook und Co.', // cancelled (Wed 11.10.2028)
  foto: 'Fotografieren für die Öffentlichkeitsarbeit', // cancelled (Thu 09.11.2028)
  sicherheit: 'Ausbildung zur oder zum Sicherheitsbeauftragten', // past (Thu 31 August 2028)
  grundsteuer: 'Grundsteuerreform in der Praxis: Festsetzung nach dem Niedersächsischen Grundsteuergesetz', // past (Tue 12 September 2028)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.waerme, T.drohnen, T.socialMedia, T.foto, T.sicherheit, T.grundsteuer];
const offered = all.filter((t) => !NEVER.includes(t));

/** Free, or without any fee (the mobile-work course): not ruled out by "kostenlos". */
const freeOrUnpriced: string[] = [T.phishing, T.ersteHilfe, T.homeoffice];

const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- topic searches: everyday words for subjects that only summary, description or topics name -----------------------
  {
    q: 'papierlos arbeiten - gibts da ne schulung?',
    kind: 'list',
    titles: [T.eakte],
  },
  { q: 'paperless office', locale: 'en', kind: 'list', titles: [T.eakte] },
  { q: 'Texte für Bürger verständlich schreiben', kind: 'list', titles: [T.klartext] },
  { q: 'plain language for letters to citizens', locale: 'en', kind: 'list', titles: [T.klartext] },
  { q: 'was zu KI?', kind: 'list', titles: [T.ki] },
  { q: 'chatgpt im büro nutzen dürfen?', kind: 'list', titles: [T.ki] },
  { q: 'working from home rules', locale: 'en', kind: 'list', titles: [T.homeoffice] },
  { q: 'burnout vorbeugen', kind: 'list', titles: [T.burnout] },
  { q: 'phishing', kind: 'list', titles: [T.phishing] },
  { q: 'wie erkenn ich gefälschte mails', kind: 'list', titles: [T.phishing] },
  { q: 'dealing with rude customers at the counter', locale: 'en', kind: 'list', titles: [T.tresen] },
  { q: 'anträge online bearbeiten', kind: 'list', titles: [T.ozg] },
  {
    miss: 'the verb "führen" also finds "Barkassen sicher führen"',
    q: 'vorstellungsgespräche führen',
    kind: 'list',
    titles: [T.personalauswahl],
  },
  { q: 'qgis kurs', kind: 'list', titles: [T.qgis] },
  { q: 'azubis betreuen', kind: 'list', titles: [T.ausbildung] },
  { q: 'pfändung', kind: 'list', titles: [T.vollstreckung] },
  { q: 'herzdruckmassage üben', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'new in a leadership role', locale: 'en', kind: 'list', first: T.fuehrung },
  // --- facts: cost, when, duration, start, where, trainer, deadline, seats, format --------------------------------------
  { q: 'how much is the burnout course', locale: 'en', kind: 'facts', titles: [T.burnout], says: ['costs €35'] },
  {
    q: 'homeoffice schulung was kostet die',
    kind: 'facts',
    titles: [T.homeoffice],
    says: ['ist keine Teilnahmegebühr angegeben'],
  },
  {
    q: 'muss ich für den ersthelfer-lehrgang was zahlen',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt der GUV Hannover für seine Mitgliedsverwaltungen.'],
  },
  {
    q: 'when is the meetings course',
    locale: 'en',
    kind: 'facts',
    titles: [T.meetings],
    says: ['on Thu, 2 Nov 2028 from 09:00 to 15:00'],
  },
  {
    q: 'wann ist die schulung für neue führungskräfte',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Mi., 15.11.2028 und Do., 16.11.2028', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    q: 'wie lange dauert die phishing schulung',
    kind: 'facts',
    titles: [T.phishing],
    says: ['dauert 2,5 Stunden, von 09:00 bis 11:30 Uhr'],
  },
  {
    q: 'how long is the leadership training',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['lasts 2 days, each from 09:00 to 16:30'],
  },
  {
    q: 'um wie viel uhr beginnt das burnout seminar',
    kind: 'facts',
    titles: [T.burnout],
    says: ['beginnt am Mi., 25.10.2028 um 14:00 Uhr'],
  },
  {
    q: 'wo findet der kurs zu verständlichen briefen statt',
    kind: 'facts',
    titles: [T.klartext],
    says: ['im Gustav-Stresemann-Institut'],
  },
  { q: 'wer leitet doppik', kind: 'facts', titles: [T.haushalt], says: ['leitet Herr Dirk Ohlendorf'] },
  {
    q: 'anmeldeschluss vollstrekung',
    kind: 'facts',
    titles: [T.vollstreckung],
    says: ['bis Mo., 09.10.2028, 12:00 Uhr'],
  },
  {
    q: 'registration deadline for the english course',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 22 Sep 2028, 23:59'],
  },
  {
    q: 'papierlos kurs noch plätze frei?',
    kind: 'facts',
    titles: [T.eakte],
    says: ['noch 15 von 15 Plätzen frei'],
  },
  { q: 'ist der qgis kurs online', kind: 'facts', titles: [T.qgis], says: ['findet in Präsenz statt'] },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  {
    conv: 'schalter',
    q: 'wir haben ständig ärger am schalter – gibts dafür ne schulung?',
    kind: 'list',
    titles: [T.tresen],
  },
  {
    conv: 'schalter',
    q: 'wo findet das statt?',
    kind: 'facts',
    titles: [T.tresen],
    says: ['im Rathaus Bad Bevensen'],
  },
  { conv: 'schalter', q: 'und was kostet der spaß', kind: 'facts', titles: [T.tresen], says: ['kostet 185 €'] },
  { conv: 'ai', q: 'any training on AI?', locale: 'en', kind: 'list', titles: [T.ki] },
  { conv: 'ai', q: 'is it online?', locale: 'en', kind: 'facts', titles: [T.ki], says: ['is hybrid'] },
  {
    conv: 'ai',
    q: 'when?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['on Thu, 12 Oct 2028 from 13:00 to 16:00'],
  },
  { conv: 'homeoffice', q: 'gibts ein seminar zum thema homeoffice', kind: 'list', titles: [T.homeoffice] },
  {
    conv: 'homeoffice',
    q: 'wann?',
    kind: 'facts',
    titles: [T.homeoffice],
    says: ['am Mi., 04.10.2028 von 13:30 bis 15:30 Uhr'],
  },
  { conv: 'meetings', q: 'ich muss künftig meetings leiten, gibts da was', kind: 'list', titles: [T.meetings] },
  {
    conv: 'meetings',
    q: 'noch plätze frei?',
    kind: 'facts',
    titles: [T.meetings],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  // --- filters: dates, format, cost, provider, trainer, place, audience, language ----------------------------------------
  { q: 'was ist diese woche noch', kind: 'list', titles: [T.phishing, T.outlook] },
  {
    q: "what's on next week",
    locale: 'en',
    kind: 'list',
    titles: [T.datenschutz, T.homeoffice, T.tresen, T.english],
  },
  { q: 'online seminare im oktober', kind: 'list', titles: [T.homeoffice, T.excel, T.burnout] },
  {
    q: 'kostenlose kurse',
    kind: 'list',
    includes: [T.phishing, T.ersteHilfe],
    // The mobile-work course gives no fee at all: neither shown nor ruled out.
    excludes: offered.filter((t) => !freeOrUnpriced.includes(t)),
  },
  { q: 'courses run by the vhs', locale: 'en', kind: 'list', ...only(T.outlook, T.english, T.excel, T.meetings) },
  { q: 'kurse bei frau kröger', kind: 'list', ...only(T.outlook, T.excel) },
  { q: 'was gibts in bad bevensen', kind: 'list', ...only(T.tresen, T.klartext, T.fuehrung) },
  {
    q: 'was bietet das studieninstitut im november an',
    kind: 'list',
    titles: [T.haushalt, T.urlaub, T.fuehrung, T.kasse],
  },
  { q: 'seminare für führungskräfte', kind: 'list', ...only(T.fuehrung, T.personalauswahl) },
  { q: 'anything in english?', locale: 'en', kind: 'list', titles: [T.english] },
  // --- gone, drafts never shown, no match ------------------------------------------------------------------------------
  { q: 'wann ist social media für kommunen', kind: 'gone', gone: T.socialMedia },
  { q: 'fotokurs für die öffentlichkeitsarbeit, was kostet der', kind: 'gone', gone: T.foto },
  {
    q: 'sicherheitsbeauftragte ausbildung wann war die',
    kind: 'gone',
    gone: T.sicherheit,
    says: ['Do., 31.08.2028'],
  },
  {
    q: 'when was the property tax seminar',
    locale: 'en',
    kind: 'gone',
    gone: T.grundsteuer,
    says: ['Tue, 12 Sep 2028'],
  },
  { q: 'kommunale wärmeplanung', kind: 'none' },
  { q: 'drohnen im katastrophenschutz', kind: 'none' },
  { q: 'gabelstaplerschein', kind: 'none' },
  // --- greeting, thanks, own registrations, no context, details ---------------------------------------------------------
  { q: 'hallo, was kannst du?', kind: 'help' },
  { q: 'danke!', kind: 'thanks' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
  { q: 'und was kostet das?', kind: 'noContext' },
  { q: 'Details zu „Karten, die Antworten geben“', kind: 'details', titles: [T.qgis] },
];

heldoutSuite(
  'answering questions about a hundred-and-sixty-fifth, independent catalogue (Landkreis Uelzen, NSI, GUV Hannover)',
  {
    fixture: 'heldout165-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
