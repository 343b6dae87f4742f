// Over-fitting check, three-hundred-and-thirty-eighth catalogue: the winter/spring 2029 programme for the Stadt
// Leverkusen (North Rhine-Westphalia), its Technische Betriebe (TBL) and KulturStadtLev, with the Rheinisches
// Studieninstitut für kommunale Verwaltung in Köln (RSI), the Unfallkasse NRW (UK NRW), the Volkshochschule Leverkusen
// (VHS), the city's IT service provider Informationsverarbeitung Leverkusen (ivl), the city's Personalentwicklung,
// Arbeitssicherheit and Datenschutzbeauftragte, imported from a JSON file. Seminars take place in the Rathaus Leverkusen
// (Friedrich-Ebert-Platz), the Verwaltungsgebäude Elberfelder Haus, the Forum Leverkusen (VHS), the VHS-Zweigstelle
// Opladen, the Feuer- und Rettungswache 1 and the TBL's Werkhalle, online or hybrid. Several titles do not name their
// subject ("Klick mit Folgen" is phishing / IT security, "Zuhause arbeiten, aber sicher" IT security in the home
// office, "Was darf ich weitergeben?" data protection, "Einkaufen nach Regeln" procurement law, "Schneller zum ersten
// Entwurf" AI, "Aufrecht durch den Arbeitstag" back exercises, "Woher das Geld kommt, wohin es geht" the NKF budget
// for beginners, "Dokumente ohne Hürden" accessible PDFs, "Ruhig bleiben, wenn es laut wird" de-escalation with
// aggressive citizens, "Verständlich statt verschachtelt" plain language, "Klartext mit Wertschätzung" difficult talks
// for managers, "Der Rollenwechsel" new managers, "Mehr aus Listen machen" advanced Excel / pivot tables, "Chat,
// Anruf, Besprechung" Microsoft Teams for beginners, "Vorlage, Sitzung, Niederschrift" council meeting service,
// "Sichtbar, gesichert, geschützt" road-works safety, TBL only). One course is held in English, on three Monday
// evenings (not on Rosenmontag); the UK NRW courses and the ivl courses are free; three courses run in the evening.
// The questions combine several filters in one (subject + period + format + price + time of day + audience +
// provider + place), mixed with a few simple ones and short follow-up conversations, some in English, written without
// looking at the parser or the answers.
//
// Calendar around `now` (Tuesday 16 January 2029, 10:15 in Leverkusen, winter time; Karneval: Weiberfastnacht Thu
// 08.02., Rosenmontag Mon 12.02., Aschermittwoch Wed 14.02.2029; summer time begins Sun 25.03.2029; Good Friday
// 30.03., Easter Sunday 01.04., Easter Monday 02.04.2029):
//   this week:  Tue 16.01. (today) 13:30–15:30 phishing (online, ivl, free); Wed 17.01. (tomorrow) 13:30–16:30
//               council meeting service (Rathaus, free); Thu 18.01. 18:00–21:00 Excel for beginners (Forum, VHS, 59 €,
//               evening); nothing on Fri 19.01.
//   next week:  Mon 22.01. 09:00–12:00 data protection (Rathaus, free); Tue 23.01. 08:30–16:00 first aid (Rathaus,
//               UK NRW, free); Wed 24.01. 09:00–16:00 procurement (Rathaus, RSI, 230 €, deadline passed Wed 10.01.
//               23:59); Thu 25.01. 09:00–11:30 AI (online, ivl, free) and 18:00–19:30 back exercises (VHS Opladen,
//               12 €, evening); nothing on Fri 26.01.
//   rest of January: Mon 29.01. first evening of the English course (Forum, 75 €, deadline Mon 22.01. 12:00; also
//               Mon 05.02. and Mon 19.02., 18:00–20:00); Tue 30.01. 09:00–16:00 difficult talks for managers
//               (Elberfelder Haus, RSI, 245 €); Wed 31.01. 10:00–11:30 home-office IT security (online, ivl, free)
//   February:   Thu 01.02. NKF budget for beginners (Elberfelder Haus, 195 €); Tue 06.02. 09:00–12:00 accessible PDFs
//               (online, VHS, 79 €); Wed 07.02. 08:30–12:30 fire wardens (Feuerwache, free); nothing from Weiberfastnacht
//               Thu 08.02. to Veilchendienstag Tue 13.02.; Wed 14.02. de-escalation (Rathaus, UK NRW, free); the
//               cancelled PowerPoint course (Thu 15.02.); Wed 21.02. 09:00–12:30 plain language (online, RSI, 135 €);
//               Thu 22.02. IT security for IT coordinators (Elberfelder Haus, ivl, 180 €); Fri 23.02. 09:00–11:00
//               Outlook (online, VHS, 39 €)
//   March:      Tue 06.03. 13:00–16:30 leading at a distance (online, RSI, 150 €, managers); Thu 08.03. 13:30–16:00
//               Teams for beginners (Elberfelder Haus, ivl, free); the cancelled forklift course (Tue 13.03.); Thu 15.03.
//               and Fri 16.03. 09:00–16:00 new managers (Elberfelder Haus, RSI, 420 €, deadline Thu 01.03. 12:00);
//               Wed 21.03. 09:00–15:30 healthy leadership (Rathaus, UK NRW, free, managers); Thu 22.03. (CET) and
//               Thu 29.03. (CEST) 09:00–12:00 advanced Excel (online, VHS, 89 €)
//   April/May:  Wed 25.04. 07:30–15:00 road-works safety (TBL Werkhalle, TBL only, free); Tue 08.05. 09:00–12:30
//               registration law (hybrid, Rathaus, RSI, 120 €)
//   later:      the draft body-cam course (Tue 12.06.), the draft podcast course (Wed 20.06.), Wed 01.08. induction day
//               for trainees (Rathaus, free)
//   past:       Thu 16.11.2028 special use of roads (Rathaus), Wed 06.12.2028 TVöD grading (online).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2029-01-16T09:15:00Z'); // Tuesday, 16 January 2029, 10:15 in Leverkusen (CET)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Klick mit Folgen', // Tue 16.01. 13:30–15:30, online, ivl, Krämer, phishing / IT security, free
  sitzung: 'Vorlage, Sitzung, Niederschrift', // Wed 17.01. 13:30–16:30, Rathaus, PE, Wolters, council meeting service, free
  excel: 'Excel von Anfang an', // Thu 18.01. 18:00–21:00, Forum Leverkusen, VHS, Hoffmann, beginners, 59 €
  english: 'Welcome to Leverkusen: English at the Service Counter', // Mon 29.01., 05.02., 19.02. 18:00–20:00, Forum, VHS, Gallagher, in English, 75 €, deadline Mon 22.01. 12:00
  datenschutz: 'Was darf ich weitergeben?', // Mon 22.01. 09:00–12:00, Rathaus, Datenschutzbeauftragte, Dr. Esser, data protection, free
  ersteHilfe: 'Erste-Hilfe-Fortbildung für betriebliche Ersthelferinnen und Ersthelfer', // Tue 23.01. 08:30–16:00, Rathaus, UK NRW, Kühn, free (UK NRW pays), 16 seats
  vergabe: 'Einkaufen nach Regeln', // Wed 24.01. 09:00–16:00, Rathaus, RSI, Dr. Rademacher, procurement law, 230 €, deadline passed Wed 10.01. 23:59
  ki: 'Schneller zum ersten Entwurf', // Thu 25.01. 09:00–11:30, online, ivl, Schüller, AI / Copilot, free
  ruecken: 'Aufrecht durch den Arbeitstag', // Thu 25.01. 18:00–19:30, VHS-Zweigstelle Opladen, VHS, Brenner, back exercises, 12 €
  homeoffice: 'Zuhause arbeiten, aber sicher', // Wed 31.01. 10:00–11:30, online, ivl, Krämer, IT security in the home office, free
  haushalt: 'Woher das Geld kommt, wohin es geht', // Thu 01.02. 09:00–16:00, Elberfelder Haus, RSI, Schiefer, NKF budget for beginners, 195 €
  pdf: 'Dokumente ohne Hürden', // Tue 06.02. 09:00–12:00, online, VHS, Lindner, accessible Word / PDF, 79 €
  brandschutz: 'Brandschutzhelferinnen und Brandschutzhelfer: Ausbildung nach ASR A2.2', // Wed 07.02. 08:30–12:30, Feuerwache, Arbeitssicherheit, Heinen, free
  deeskalation: 'Ruhig bleiben, wenn es laut wird', // Wed 14.02. 09:00–16:00, Rathaus, UK NRW, Berger, aggressive citizens, free
  sprache: 'Verständlich statt verschachtelt', // Wed 21.02. 09:00–12:30, online, RSI, Reuter, plain language, 135 €
  isms: 'Informationssicherheit für IT-Koordinatorinnen und IT-Koordinatoren', // Thu 22.02. 09:00–15:00, Elberfelder Haus, ivl, Wirtz, 180 €
  outlook: 'Outlook-Kalender und Aufgaben im Griff', // Fri 23.02. 09:00–11:00, online, VHS, Hoffmann, 39 €
  gespraeche: 'Klartext mit Wertschätzung', // Tue 30.01. 09:00–16:00, Elberfelder Haus, RSI, Dr. Sommer, difficult talks for managers, 245 €
  distanz: 'Führen auf Distanz', // Tue 06.03. 13:00–16:30, online, RSI, Dr. Sommer, managers of hybrid teams, 150 €
  rollenwechsel: 'Der Rollenwechsel', // Thu 15.03. + Fri 16.03. 09:00–16:00, Elberfelder Haus, RSI, Klein, new managers, 420 €, deadline Thu 01.03. 12:00
  gesundFuehren: 'Gesund führen – sich selbst und das Team im Blick', // Wed 21.03. 09:00–15:30, Rathaus, UK NRW, Berger, managers, free
  pivot: 'Mehr aus Listen machen', // Thu 22.03. (CET) + Thu 29.03. (CEST) 09:00–12:00, online, VHS, Lindner, advanced Excel / pivot, 89 €
  teams: 'Chat, Anruf, Besprechung', // Thu 08.03. 13:30–16:00, Elberfelder Haus, ivl, Schüller, Microsoft Teams for beginners, free
  baustelle: 'Sichtbar, gesichert, geschützt', // Wed 25.04. 07:30–15:00, TBL Werkhalle, UK NRW, Pohl, road-works safety (RSA 21), TBL only, free
  melderecht: 'Melderecht aktuell: das Bundesmeldegesetz in der Praxis', // Tue 08.05. 09:00–12:30, hybrid (Rathaus), RSI, Dr. Rademacher, 120 €
  azubi: 'Willkommen bei der Stadt Leverkusen: Einführungstag für neue Nachwuchskräfte', // Wed 01.08. 08:30–15:00, Rathaus, PE, free
  powerpoint: 'Präsentieren mit PowerPoint', // cancelled (Thu 15.02.2029)
  stapler: 'Gabelstapler-Grundlehrgang für Beschäftigte der TBL', // cancelled (Tue 13.03.2029)
  sondernutzung: 'Sondernutzung öffentlicher Straßen: Erlaubnisse und Gebühren', // past (Thu 16 November 2028)
  tvoed: 'Entgeltordnung TVöD: Eingruppierung in der Praxis', // past (Wed 6 December 2028)
  bodycam: 'Bodycams im Kommunalen Ordnungsdienst', // draft (Tue 12.06.2029)
  podcast: 'Podcasts für die städtische Öffentlichkeitsarbeit', // draft (Wed 20.06.2029)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.powerpoint, T.stapler, T.sondernutzung, T.tvoed, T.bodycam, T.podcast];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- several filters in one question -----------------------------------------------------------------------------
  { q: 'online im Februar unter 100 €', kind: 'list', titles: [T.pdf, T.outlook] },
  { q: 'nachmittags in Präsenz für Anfänger', kind: 'list', titles: [T.teams] },
  { q: 'kostenlose Kurse nächste Woche im Rathaus', kind: 'list', titles: [T.datenschutz, T.ersteHilfe] },
  {
    q: 'Führungskräfte-Seminare im März, die nur einen Tag dauern',
    kind: 'list',
    titles: [T.distanz, T.gesundFuehren],
  },
  {
    q: 'free online courses in January about IT security',
    locale: 'en',
    kind: 'list',
    titles: [T.phishing, T.homeoffice],
  },
  { q: 'abends und auf Englisch', kind: 'list', titles: [T.english] },
  { q: 'Präsenzseminare nächste Woche, die was kosten', kind: 'list', titles: [T.vergabe, T.ruecken] },
  { q: 'kostenlose online seminare im januar', kind: 'list', titles: [T.phishing, T.ki, T.homeoffice] },
  { q: 'any evening courses in February?', locale: 'en', kind: 'list', titles: [T.english] },
  { q: 'what does the ivl offer in person', locale: 'en', kind: 'list', ...only(T.isms, T.teams) },
  { q: 'VHS-Kurse am Abend unter 50 Euro', kind: 'list', titles: [T.ruecken] },
  {
    miss: '"vor 9 Uhr" (starting before an hour) is no filter; the mornings are listed',
    q: 'was fängt morgens vor 9 uhr an und ist in präsenz?',
    kind: 'list',
    ...only(T.ersteHilfe, T.brandschutz, T.baustelle, T.azubi),
  },
  { q: 'Schulung zur IT-Sicherheit in Präsenz', kind: 'list', titles: [T.isms] },
  { q: 'Kurse im Forum unter 100 Euro', kind: 'list', titles: [T.excel, T.english] },
  {
    q: 'Online-Seminare, die maximal 2 Stunden dauern',
    kind: 'list',
    titles: [T.phishing, T.homeoffice, T.outlook],
  },
  { q: 'was bietet die Unfallkasse im Februar an', kind: 'list', titles: [T.deeskalation] },
  {
    q: 'was gibts nach karneval fuer fuehrungskraefte?',
    kind: 'list',
    ...only(T.distanz, T.rollenwechsel, T.gesundFuehren),
  },
  { q: 'Excel für Fortgeschrittene online im März', kind: 'list', titles: [T.pivot] },
  { q: 'kostenlose präsenzseminare im februar', kind: 'list', titles: [T.brandschutz, T.deeskalation] },
  // --- simple periods --------------------------------------------------------------------------------------------------
  { q: 'was gibt es diese woche noch', kind: 'list', titles: [T.phishing, T.sitzung, T.excel] },
  { q: 'was ist übermorgen?', kind: 'list', titles: [T.excel] },
  { q: 'was läuft im märz online', kind: 'list', titles: [T.distanz, T.pivot] },
  { q: 'Seminare im April oder Mai', kind: 'list', titles: [T.baustelle, T.melderecht] },
  { q: 'welche kurse gehen über mehrere tage', kind: 'list', ...only(T.english, T.rollenwechsel, T.pivot) },
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'heute', q: 'was läuft heute?', kind: 'list', titles: [T.phishing] },
  {
    conv: 'heute',
    q: 'um wie viel uhr beginnt das',
    kind: 'facts',
    titles: [T.phishing],
    says: ['beginnt am Di., 16.01.2029 um 13:30 Uhr'],
  },
  { conv: 'heute', q: 'kostet das was?', kind: 'facts', titles: [T.phishing], says: ['ist kostenlos'] },
  {
    conv: 'fuehrung-maerz',
    q: 'Führungskräfte-Seminare im März',
    kind: 'list',
    titles: [T.distanz, T.rollenwechsel, T.gesundFuehren],
  },
  {
    conv: 'fuehrung-maerz',
    q: 'welches davon ist kostenlos?',
    kind: 'list',
    titles: [T.gesundFuehren],
  },
  {
    conv: 'fuehrung-maerz',
    q: 'wo findet das statt?',
    kind: 'facts',
    titles: [T.gesundFuehren],
    says: ['im Rathaus Leverkusen'],
  },
  {
    conv: 'rollenwechsel',
    q: 'ich werde bald teamleiterin, gibt es was zum einstieg in die führungsrolle?',
    kind: 'list',
    titles: [T.rollenwechsel],
  },
  {
    conv: 'rollenwechsel',
    q: 'an welchen Tagen?',
    kind: 'facts',
    titles: [T.rollenwechsel],
    says: ['an 2 Tagen', 'Do., 15.03.2029 und Fr., 16.03.2029', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'rollenwechsel',
    q: 'bis wann muss ich mich anmelden',
    kind: 'facts',
    titles: [T.rollenwechsel],
    says: ['bis Do., 01.03.2029, 12:00 Uhr'],
  },
  { conv: 'vergabe', q: 'Seminar zum Vergaberecht', kind: 'list', titles: [T.vergabe] },
  {
    conv: 'vergabe',
    q: 'bis wann kann man sich anmelden?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['ist am Mi., 10.01.2029, 23:59 Uhr abgelaufen'],
  },
  {
    conv: 'english',
    q: 'is there an english course in the evening?',
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  {
    conv: 'english',
    q: 'when does it take place',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['on 3 days', 'Mon, 29 Jan 2029, Mon, 5 Feb 2029 and Mon, 19 Feb 2029', 'each from 18:00 to 20:00'],
  },
  { conv: 'english', q: 'how much is it', locale: 'en', kind: 'facts', titles: [T.english], says: ['costs €75'] },
  { conv: 'pivot', q: 'pivot-tabellen', kind: 'list', titles: [T.pivot] },
  {
    conv: 'pivot',
    q: 'an welchen tagen ist das?',
    kind: 'facts',
    titles: [T.pivot],
    says: ['an 2 Tagen', 'Do., 22.03.2029 und Do., 29.03.2029', 'jeweils von 09:00 bis 12:00 Uhr'],
  },
  { conv: 'erstehilfe', q: 'erste hilfe auffrischung', kind: 'list', titles: [T.ersteHilfe] },
  {
    conv: 'erstehilfe',
    q: 'was kostet das?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangskosten übernimmt die Unfallkasse NRW.'],
  },
  {
    conv: 'erstehilfe',
    q: 'sind noch plätze frei?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['noch 16 von 16 Plätzen frei'],
  },
  { conv: 'excel', q: 'Excel-Kurs für Anfänger, am liebsten abends', kind: 'list', titles: [T.excel] },
  {
    conv: 'excel',
    q: 'wann und wo?',
    kind: 'facts',
    titles: [T.excel],
    says: ['am Do., 18.01.2029 von 18:00 bis 21:00 Uhr im Forum Leverkusen'],
  },
  { conv: 'melde', q: 'melderecht fortbildung', kind: 'list', titles: [T.melderecht] },
  {
    conv: 'melde',
    q: 'kann ich da auch online teilnehmen?',
    kind: 'facts',
    titles: [T.melderecht],
    says: ['findet hybrid statt: im Rathaus Leverkusen'],
  },
  // --- subject only in summary, description or topics ------------------------------------------------------------------
  { q: 'phishing', kind: 'list', titles: [T.phishing] },
  { q: 'umgang mit aggressiven bürgern', kind: 'list', titles: [T.deeskalation] },
  { q: 'nkf grundlagen', kind: 'list', titles: [T.haushalt] },
  { q: 'wo lerne ich mit dem feuerlöscher umzugehen', kind: 'list', titles: [T.brandschutz] },
  { q: 'leitkegel und absperrung an der straße', kind: 'list', titles: [T.baustelle] },
  // --- facts -----------------------------------------------------------------------------------------------------------
  {
    q: 'was kostet das haushaltsseminar für einsteiger?',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['kostet 195 €'],
  },
  {
    q: 'wann ist der brandschutzhelfer lehrgang',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['am Mi., 07.02.2029 von 08:30 bis 12:30 Uhr'],
  },
  {
    q: 'wer hält das deeskalationstraining?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['leitet Frau Claudia Berger'],
  },
  {
    q: 'how much is the two-day course for new managers',
    locale: 'en',
    kind: 'facts',
    titles: [T.rollenwechsel],
    says: ['costs €420'],
  },
  // --- gone, drafts never shown, nothing fits, greeting, own registrations ---------------------------------------------
  { q: 'gibt es noch den powerpoint kurs?', kind: 'gone', gone: T.powerpoint },
  { q: 'wann ist der gabelstaplerlehrgang', kind: 'gone', gone: T.stapler },
  {
    q: 'eingruppierung tvöd seminar, wann war das?',
    kind: 'gone',
    gone: T.tvoed,
    says: ['Mi., 06.12.2028'],
  },
  { q: 'sondernutzung von straßen', kind: 'gone', gone: T.sondernutzung, says: ['Do., 16.11.2028'] },
  { q: 'bodycam schulung', kind: 'none' },
  { q: 'was gibt es in burscheid', kind: 'none' },
  { q: 'kostenlose Kurse auf Englisch', kind: 'none' },
  { q: 'ist am rosenmontag was?', kind: 'none' },
  { q: 'Hallo zusammen!', kind: 'help' },
  { q: 'wofür bin ich angemeldet?', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-thirty-eighth, independent catalogue (Stadt Leverkusen, RSI, UK NRW, VHS Leverkusen, ivl)',
  {
    fixture: 'heldout338-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
