// Over-fitting check, two-hundred-and-nineteenth catalogue: the 2027 programme of the Landkreis Deggendorf (Bavaria)
// and its towns and markets (Deggendorf, Plattling, Osterhofen, Hengersberg, Metten, Schöllnach), with the Bayerische
// Verwaltungsschule (BVS), the AKDB, the Technische Hochschule Deggendorf (THD), the Kommunale Unfallversicherung
// Bayern (KUVB) and the Landratsamt's own Personalentwicklung and IT, imported from a JSON file. Seminars take place in
// the Landratsamt Deggendorf, the Rathaus Deggendorf, the THD campus, the town halls of Plattling, Hengersberg, Metten
// and Schöllnach, the Stadthalle Osterhofen, the Kloster Metten, online or hybrid (THD). Several titles do not name
// their subject ("Nicht jeder Anhang ist ein Geschenk" is phishing, "Ruhig bleiben, wenn's laut wird" de-escalation,
// "Gut beraten am Apparat" telephone manners, "Sitzung eröffnet!" council meetings, "Schreiben, das ankommt" plain
// language, "Kraft tanken im Büroalltag" stress, "Alle im Bild" Teams meetings, "Ordnung ohne Ordner" the e-file,
// "Der erste Schritt nach vorn" leadership), so only summary, description or topics reveal it; one seminar is held in
// English; the leadership seminar runs on two days in the Kloster Metten; the e-file course is open only to Plattling,
// Osterhofen and Hengersberg; first aid and de-escalation are free, paid by the KUVB. The questions lean on time and
// place: weekdays, "übernächste Woche", the week after Whitsun, autumn, mornings and afternoons, towns and buildings.
// About a fifth are in English. Written without looking at the parser or the answers.
//
// Calendar around `now` (Wednesday 21 April 2027, 09:30 in Deggendorf, summer time; Ascension Thu 06.05., Whit Sunday
// 16.05., Whit Monday 17.05.; winter time begins Sun 31.10.2027):
//   this week:        nothing more today; Thu 22.04. 09:00–11:00 phishing (online, tomorrow), Fri 23.04. 13:00–15:30
//                     data protection in the Meldewesen (Landratsamt)
//   next week:        Mon 26.04. 08:30–12:00 Excel basics (online), Tue 27.04. 09:00–12:30 procurement (Landratsamt;
//                     deadline passed Tue 20.04. 23:59), Wed 28.04. 14:00–16:00 OK.EWO (online), Thu 29.04. 09:00–12:30
//                     de-escalation (Rathaus Plattling); nothing on Fri 30.04.
//   week after next:  Tue 04.05. 09:00–16:00 budget (Stadthalle Osterhofen), Fri 07.05. 13:30–16:00 AI (hybrid, THD)
//   then:             Tue 11.05. 09:00–12:00 telephone (Rathaus Hengersberg, free); the cancelled social-media course
//                     on Wed 12.05.
//   after Whitsun:    Tue 18.05. 08:30–16:30 first aid (Rathaus Metten, free), Wed 19.05. 09:00–11:30 Excel pivot tables
//                     (online)
//   June:             Thu 10.06. council meetings (Rathaus Schöllnach; deadline Fri 28.05. 23:59), Tue 15.06. 13:00–16:00
//                     plain language (online), Wed 23.06. 09:00–12:00 OZG (Rathaus Deggendorf, free)
//   July:             Thu 01.07. 09:00–12:30 English (Landratsamt; deadline Fri 11.06. 23:59), Mon 12.07. 14:00–15:30
//                     stress (online, free), Tue 20.07. 09:00–16:00 cemeteries (Rathaus Hengersberg); the draft PDF
//                     course on Thu 22.07.
//   August:           Mon 09.08. 10:00–11:30 Teams meetings (online, free)
//   September:        nothing
//   autumn:           Wed 06.10. e-file (Rathaus Plattling, members only), Thu 14.10. and Fri 15.10. 09:00–16:30
//                     leadership (Kloster Metten, 520 €), Tue 19.10. 13:00–16:30 Scrum (hybrid, THD), Thu 04.11.
//                     09:00–16:00 administrative offences (Landratsamt), Tue 16.11. 09:00–12:00 e-invoicing (online);
//                     the cancelled winter-service course on Tue 12.10., the draft flood course on Wed 27.10.
//   past:             Tue 16.03.2027 cash audit (Rathaus Osterhofen), Thu 08.04.2027 land-use planning (Landratsamt).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-04-21T07:30:00Z'); // Wednesday, 21 April 2027, 09:30 in Deggendorf (CEST)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Nicht jeder Anhang ist ein Geschenk', // Thu 22.04. 09:00–11:00, online, AKDB, Gruber, phishing, free
  datenschutz: 'Auskunft mit Augenmaß: Datenschutz im Meldewesen', // Fri 23.04. 13:00–15:30, Landratsamt, BVS, Dr. Huber, 165 €
  excelBasis: 'Excel kompakt: Grundlagen für die Sachbearbeitung', // Mon 26.04. 08:30–12:00, online, THD, Wimmer, 95 €, SVERWEIS
  vergabe: 'Vergaberecht kompakt: UVgO und VOB/A für Kommunen', // Tue 27.04. 09:00–12:30, Landratsamt, BVS, Brunner, 240 €, deadline passed Tue 20.04. 23:59
  ewo: 'OK.EWO kompakt: Neuerungen im Einwohnerwesen', // Wed 28.04. 14:00–16:00, online, AKDB, Aigner, 120 €
  deeskalation: "Ruhig bleiben, wenn's laut wird", // Thu 29.04. 09:00–12:30, Rathaus Plattling, KUVB, Lindner, free, 14 seats
  haushalt: 'Haushaltsplanung nach der KommHV-Kameralistik', // Tue 04.05. 09:00–16:00, Stadthalle Osterhofen, BVS, Ebner, 210 €
  ki: 'KI im Büroalltag: Texte entwerfen mit Copilot und Co.', // Fri 07.05. 13:30–16:00, hybrid (THD), THD, Prof. Dr. Reindl, 60 €
  telefon: 'Gut beraten am Apparat', // Tue 11.05. 09:00–12:00, Rathaus Hengersberg, PE, Stadler, telephone, free
  ersteHilfe: 'Erste Hilfe am Arbeitsplatz: Grundausbildung für Ersthelfende', // Tue 18.05. 08:30–16:30, Rathaus Metten, KUVB, Kern, free (KUVB pays)
  pivot: 'Excel kompakt: Auswertungen mit Pivot-Tabellen', // Wed 19.05. 09:00–11:30, online, THD, Wimmer, 95 €
  sitzung: 'Sitzung eröffnet!', // Thu 10.06. 09:00–16:00, Rathaus Schöllnach, BVS, Maier, 190 €, council meetings, deadline Fri 28.05. 23:59
  sprache: 'Schreiben, das ankommt', // Tue 15.06. 13:00–16:00, online, BVS, Dr. Hofbauer, 140 €, plain language
  ozg: 'Onlinedienste im BayernPortal einrichten', // Wed 23.06. 09:00–12:00, Rathaus Deggendorf, AKDB, Aigner, OZG, free
  english: 'Welcome to Deggendorf: English at the Service Counter', // Thu 01.07. 09:00–12:30, Landratsamt, THD, Thompson, 85 €, deadline Fri 11.06. 23:59
  stress: 'Kraft tanken im Büroalltag', // Mon 12.07. 14:00–15:30, online, KUVB, Lindner, stress / resilience, free
  friedhof: 'Friedhofswesen in der Gemeinde', // Tue 20.07. 09:00–16:00, Rathaus Hengersberg, BVS, Ebner, 185 €
  teams: 'Alle im Bild', // Mon 09.08. 10:00–11:30, online, Landratsamt IT, Weinberger, Teams meetings, free
  eakte: 'Ordnung ohne Ordner', // Wed 06.10. 09:00–12:00, Rathaus Plattling, AKDB, Gruber, e-file, only Plattling/Osterhofen/Hengersberg, free
  fuehrung: 'Der erste Schritt nach vorn', // Thu 14.10. and Fri 15.10. 09:00–16:30, Kloster Metten, BVS, Dr. Pichler, 520 € (board and lodging)
  scrum: 'Agiles Projektmanagement mit Scrum und Kanban', // Tue 19.10. 13:00–16:30, hybrid (THD), THD, Prof. Dr. Reindl, 230 €
  owi: 'Ordnungswidrigkeiten sicher verfolgen', // Thu 04.11. 09:00–16:00 (CET), Landratsamt, BVS, Dr. Huber, 205 €, fines
  erechnung: 'Die E-Rechnung in der Kommunalkasse', // Tue 16.11. 09:00–12:00 (CET), online, AKDB, Moser, 110 €
  pdf: 'Barrierefreie PDF-Dokumente erstellen', // draft (Thu 22.07.)
  hochwasser: 'Hochwasserschutz an Donau und Isar: Alarm- und Einsatzplanung', // draft (Wed 27.10.)
  social: 'Social Media für Gemeinden: Instagram und Facebook rechtssicher nutzen', // cancelled (Wed 12.05.2027)
  winterdienst: 'Winterdienst und Verkehrssicherungspflicht für Bauhöfe', // cancelled (Tue 12.10.2027)
  kasse: 'Örtliche Kassenprüfung und Jahresrechnung', // past (Tue 16 March 2027)
  bauleitplanung: 'Grundlagen der Bauleitplanung', // past (Thu 8 April 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.pdf, T.hochwasser, T.social, T.winterdienst, T.kasse, T.bauleitplanung];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'morgen', q: 'Gibt es morgen vormittag was?', kind: 'list', titles: [T.phishing] },
  {
    conv: 'morgen',
    q: 'ist das online oder vor Ort?',
    kind: 'facts',
    titles: [T.phishing],
    says: ['findet online statt'],
  },
  {
    conv: 'morgen',
    q: 'wie lange geht das',
    kind: 'facts',
    titles: [T.phishing],
    says: ['dauert 2 Stunden, von 09:00 bis 11:00 Uhr'],
  },
  { conv: 'freitag', q: 'Was läuft am Freitag?', kind: 'list', titles: [T.datenschutz] },
  { conv: 'freitag', q: 'wo genau?', kind: 'facts', titles: [T.datenschutz], says: ['im Landratsamt Deggendorf'] },
  { conv: 'freitag', q: 'und was kostet das', kind: 'facts', titles: [T.datenschutz], says: ['kostet 165 €'] },
  { conv: 'uebernaechste', q: 'Was steht übernächste Woche an?', kind: 'list', titles: [T.haushalt, T.ki] },
  { conv: 'uebernaechste', q: 'welches davon ist in Osterhofen?', kind: 'list', titles: [T.haushalt] },
  {
    conv: 'uebernaechste',
    q: 'wie lange dauert es',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['dauert 7 Stunden, von 09:00 bis 16:00 Uhr'],
  },
  { conv: 'pfingsten', q: 'Was ist in der Woche nach Pfingsten?', kind: 'list', titles: [T.ersteHilfe, T.pivot] },
  {
    conv: 'pfingsten',
    q: 'Wo findet der Erste-Hilfe-Kurs statt?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['im Rathaus Metten'],
  },
  {
    conv: 'pfingsten',
    q: 'kostet der was?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Kommunale Unfallversicherung Bayern.'],
  },
  { conv: 'kloster', q: 'Gibt es ein Seminar im Kloster Metten?', kind: 'list', titles: [T.fuehrung] },
  {
    conv: 'kloster',
    q: 'an welchen Tagen?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 14.10.2027 und Fr., 15.10.2027', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    conv: 'kloster',
    q: 'was kostet das',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['kostet 520 €'],
    mentions: ['Die Gebühr enthält Übernachtung und Verpflegung im Kloster.'],
  },
  { conv: 'english', q: 'is there a course held in English?', locale: 'en', kind: 'list', titles: [T.english] },
  {
    conv: 'english',
    q: 'where is it held',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['takes place at Landratsamt Deggendorf'],
  },
  {
    conv: 'english',
    q: 'until when can I register',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['until Fri, 11 Jun 2027, 23:59'],
  },
  { conv: 'sitzung', q: 'gemeinderatssitzung protokoll', kind: 'list', titles: [T.sitzung] },
  {
    conv: 'sitzung',
    q: 'bis wann muss ich mich anmelden?',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['bis Fr., 28.05.2027, 23:59 Uhr'],
  },
  { conv: 'sitzung', q: 'wo ist das', kind: 'facts', titles: [T.sitzung], says: ['im Rathaus Schöllnach'] },
  { conv: 'scrum', q: 'scrum workshop', locale: 'en', kind: 'list', titles: [T.scrum] },
  { conv: 'scrum', q: 'is it online?', locale: 'en', kind: 'facts', titles: [T.scrum], says: ['is hybrid'] },
  {
    conv: 'scrum',
    q: 'what time does it start',
    locale: 'en',
    kind: 'facts',
    titles: [T.scrum],
    says: ['starts on Tue, 19 Oct 2027 at 13:00'],
  },
  { conv: 'vergabe', q: 'Seminar zur UVgO', kind: 'list', titles: [T.vergabe] },
  {
    conv: 'vergabe',
    q: 'kann ich mich da noch anmelden?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['ist am Di., 20.04.2027, 23:59 Uhr abgelaufen'],
  },
  {
    conv: 'vergabe',
    q: 'wann ist der',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['am Di., 27.04.2027 von 09:00 bis 12:30 Uhr'],
  },
  // --- facts -----------------------------------------------------------------------------------------------------------
  {
    q: 'wie viele plätze hat der deeskalationskurs noch',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['noch 14 von 14 Plätzen frei'],
  },
  {
    q: 'wann beginnt der OZG-Kurs?',
    kind: 'facts',
    titles: [T.ozg],
    says: ['beginnt am Mi., 23.06.2027 um 09:00 Uhr'],
  },
  {
    q: 'how long is the first aid course',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['lasts 8 hours, from 08:30 to 16:30'],
  },
  {
    q: 'where does the OZG course take place',
    locale: 'en',
    kind: 'facts',
    titles: [T.ozg],
    says: ['takes place at Rathaus Deggendorf'],
  },
  {
    q: 'Findet der Telefonkurs in Präsenz statt?',
    kind: 'facts',
    titles: [T.telefon],
    says: ['findet in Präsenz statt, im Rathaus Hengersberg'],
  },
  {
    q: 'Wann ist das Seminar zur E-Rechnung?',
    kind: 'facts',
    titles: [T.erechnung],
    says: ['am Di., 16.11.2027 von 09:00 bis 12:00 Uhr'],
  },
  { q: 'how much does the AI course cost', locale: 'en', kind: 'facts', titles: [T.ki], says: ['costs €60'] },
  // --- topic searches: typos, words only in summary or description, synonyms ------------------------------------------
  { q: 'phising', kind: 'list', titles: [T.phishing] },
  { q: 'sverweis', kind: 'list', titles: [T.excelBasis] },
  { q: 'excel kurs nach pfingsten', kind: 'list', titles: [T.pivot] },
  { q: 'aggressive bürger', kind: 'list', titles: [T.deeskalation] },
  { q: 'amtsdeutsch vermeiden', kind: 'list', titles: [T.sprache] },
  { q: 'grabnutzungsrecht', kind: 'list', titles: [T.friedhof] },
  { q: 'bußgeld', kind: 'list', titles: [T.owi] },
  { q: 'data protection training', locale: 'en', kind: 'list', titles: [T.datenschutz] },
  // --- filters: weekdays, periods, time of day, place, provider, cost, length ------------------------------------------
  { q: 'nächste woche vormittags', kind: 'list', titles: [T.excelBasis, T.vergabe, T.deeskalation] },
  { q: 'afternoon sessions next week?', locale: 'en', kind: 'list', titles: [T.ewo] },
  { q: 'dienstags im Mai', kind: 'list', titles: [T.haushalt, T.telefon, T.ersteHilfe] },
  { q: 'Was gibt es nächsten Montag?', kind: 'list', titles: [T.excelBasis] },
  {
    q: "what's on next month",
    locale: 'en',
    kind: 'list',
    titles: [T.haushalt, T.ki, T.telefon, T.ersteHilfe, T.pivot],
  },
  { q: 'kostenlose seminare im mai', kind: 'list', titles: [T.telefon, T.ersteHilfe] },
  { q: 'Was gibt es im Herbst?', kind: 'list', titles: [T.eakte, T.fuehrung, T.scrum, T.owi, T.erechnung] },
  { q: 'Gibt es im September etwas?', kind: 'none' },
  { q: 'Was gibt es in Hengersberg?', kind: 'list', ...only(T.telefon, T.friedhof) },
  { q: 'anything in Plattling?', locale: 'en', kind: 'list', ...only(T.deeskalation, T.eakte) },
  {
    q: 'Welche Seminare finden im Landratsamt statt?',
    kind: 'list',
    ...only(T.datenschutz, T.vergabe, T.english, T.owi),
  },
  {
    q: 'what courses does the Technische Hochschule Deggendorf offer',
    locale: 'en',
    kind: 'list',
    ...only(T.excelBasis, T.ki, T.pivot, T.english, T.scrum),
  },
  { q: 'Was bietet die BVS im Herbst an?', kind: 'list', titles: [T.fuehrung, T.owi] },
  { q: 'mehrtägige seminare', kind: 'list', titles: [T.fuehrung] },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'wann ist das social media seminar', kind: 'gone', gone: T.social },
  { q: 'winterdienst schulung', kind: 'gone', gone: T.winterdienst },
  {
    q: 'when was the Bauleitplanung course',
    locale: 'en',
    kind: 'gone',
    gone: T.bauleitplanung,
    says: ['Thu, 8 Apr 2027'],
  },
  { q: 'gibt es noch die kassenprüfung schulung', kind: 'gone', gone: T.kasse, says: ['Di., 16.03.2027'] },
  { q: 'barrierefreie pdf', kind: 'none' },
  { q: 'hochwasser', kind: 'none' },
  { q: 'Servus!', kind: 'help' },
  { q: 'meine Anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-nineteenth, independent catalogue (Landkreis Deggendorf, BVS, AKDB, TH Deggendorf)',
  {
    fixture: 'heldout219-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
