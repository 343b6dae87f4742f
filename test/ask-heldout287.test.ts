// Over-fitting check, two-hundred-and-eighty-seventh catalogue: the autumn 2027 programme for the Landkreis Neu-Ulm
// (Bavaria) and its towns and municipalities (Neu-Ulm, Senden, Vöhringen, Illertissen, Weißenhorn, Elchingen, Nersingen,
// Pfaffenhofen a.d.Roth, Roggenburg, Bellenberg, Altenstadt), with the Bayerische Verwaltungsschule (BVS), the Kommunale
// Unfallversicherung Bayern (KUVB), the AKDB, the Bayerischer Kommunaler Prüfungsverband (BKPV), the BRK Kreisverband
// Neu-Ulm, the Hochschule Neu-Ulm (HNU), the Volkshochschule Neu-Ulm (VHS) and the Landratsamt's Personalentwicklung and
// Informationssicherheit, imported from a JSON file. Seminars take place in the Landratsamt Neu-Ulm, the Rathaus Neu-Ulm,
// the Edwin-Scharff-Haus, the VHS and the Hochschule in Neu-Ulm, the town halls of Senden, Weißenhorn, Illertissen,
// Vöhringen, Elchingen and Nersingen, the Bauhöfe of Vöhringen and Senden, online or hybrid. Several titles do not name
// their subject ("Nicht jeder Anhang ist harmlos" is phishing, "Protokoll, das trägt" council minutes, "Gut aufgestellt
// am Schreibtisch" back exercises, "Working Together Across Cultures" intercultural communication in English, "Hoch
// hinaus, aber sicher" ladders and fall protection, "Gebühren richtig kalkulieren" water and sewage fees, "Schreiben
// lassen, selbst denken" AI, "Vom Auftrag zum Ergebnis" project management, "Wenn der Ton rauer wird" de-escalation,
// "Klar geschrieben, schnell verstanden" plain language, "Papierlos bezahlt" e-invoices, "Standsicher durch den Sturm"
// tree inspection), so only summary, description or topics reveal it; one seminar is held in English; the project
// management course runs on two Thursdays across the end of summer time (Sun 31.10.2027); the data protection course is
// given twice, in person in October and online in January; Excel and first aid come as a pair each (beginners /
// advanced, training / refresher); the first aid courses are free, paid by the accident insurance. The questions are
// mostly long follow-up conversations with pronouns and picks ("der zweite", "der am Donnerstag"), written without
// looking at the parser or the answers.
//
// Calendar around `now` (Monday 11 October 2027, 13:10 in Neu-Ulm, summer time CEST; winter time begins Sun 31.10.2027;
// Mon 01.11. is All Saints' Day, a holiday in Bavaria):
//   this week:  Mon 11.10. (today) 14:00–15:30 phishing (online); Tue 12.10. (tomorrow) 09:00–12:30 registration law
//               (Rathaus Senden); Wed 13.10. 13:30–16:30 council minutes (hybrid, Rathaus Weißenhorn); Thu 14.10.
//               09:00–16:00 travel expenses (Landratsamt; deadline passed Thu 07.10. 12:00); Fri 15.10. 09:00–12:00 Excel
//               for beginners (online, 59 €)
//   next week:  Mon 18.10. 18:00–19:30 back exercises (VHS, evening), Tue 19.10. 13:00–16:30 English (Hochschule
//               Neu-Ulm), Wed 20.10. 07:30–12:00 ladders (Bauhof Vöhringen), Thu 21.10. 09:00–16:00 fees (Rathaus
//               Illertissen; deadline Fri 15.10. 12:00); the cancelled PowerPoint course on Fri 22.10.
//   week after: Tue 26.10. 14:00–16:00 AI (online), Wed 27.10. 09:00–12:00 data protection (Landratsamt), Thu 28.10.
//               (CEST) and Thu 04.11. (CET) 09:00–16:30 project management (Edwin-Scharff-Haus; deadline Wed 20.10.
//               23:59), Fri 29.10. 09:00–15:00 de-escalation (Rathaus Vöhringen)
//   November:   nothing on Mon 01.11.; Tue 09.11. fire wardens (Rathaus Elchingen), the cancelled winter service course
//               (Wed 10.11.), Wed 17.11. first aid training (Rathaus Nersingen), Thu 25.11. plain language (VHS;
//               deadline Fri 12.11. 12:00), Mon 29.11. land-use planning (Rathaus Neu-Ulm)
//   December:   Thu 02.12. 09:00–12:30 Excel advanced (VHS, 79 €), Tue 07.12. 08:30–16:00 first aid refresher (Rathaus
//               Illertissen, 15 seats), Wed 08.12. 10:00–11:30 e-invoices (online)
//   January:    Tue 18.01.2028 09:00–12:00 data protection online (deadline Fri 14.01. 12:00), Wed 26.01.2028 induction
//               day (Landratsamt)
//   February:   Wed 09.02. and Thu 10.02.2028 tree inspection (Bauhof Senden); the draft election course (Tue 15.02.),
//               the draft lost-property course (Wed 23.02.)
//   past:       Wed 15.09.2027 property tax (Landratsamt), Tue 05.10.2027 Outlook (online).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-10-11T11:10:00Z'); // Monday, 11 October 2027, 13:10 in Neu-Ulm (CEST)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Nicht jeder Anhang ist harmlos', // Mon 11.10. 14:00–15:30, online, LRA Informationssicherheit, Kögel, phishing, free
  melderecht: 'Melderecht kompakt: An-, Ab- und Ummeldung nach dem BMG', // Tue 12.10. 09:00–12:30, Rathaus Senden, BVS, Allgaier, 165 €
  protokoll: 'Protokoll, das trägt', // Wed 13.10. 13:30–16:30, hybrid (Rathaus Weißenhorn), BVS, Dr. Eberhardt, council minutes, 95 €
  reisekosten: 'Reisekostenrecht in Bayern: Dienstreisen nach dem BayRKG abrechnen', // Thu 14.10. 09:00–16:00, Landratsamt, BVS, Strobel, 210 €, deadline passed Thu 07.10. 12:00
  excel: 'Excel-Einstieg: Tabellen, Formeln und Diagramme', // Fri 15.10. 09:00–12:00, online, VHS, Brenner, 59 € (Dienststelle pays)
  ruecken: 'Gut aufgestellt am Schreibtisch', // Mon 18.10. 18:00–19:30, VHS Neu-Ulm, Wiedenmann, back exercises, 12 €
  english: 'Working Together Across Cultures', // Tue 19.10. 13:00–16:30, Hochschule Neu-Ulm, HNU, Dr. Carter, in English, 90 €
  leiter: 'Hoch hinaus, aber sicher', // Wed 20.10. 07:30–12:00, Bauhof Vöhringen, KUVB, Fischer, ladders / fall protection, free, no waitlist
  gebuehren: 'Gebühren richtig kalkulieren', // Thu 21.10. 09:00–16:00, Rathaus Illertissen, BKPV, Ostermeier, water/sewage fees, 240 €, deadline Fri 15.10. 12:00
  ki: 'Schreiben lassen, selbst denken', // Tue 26.10. 14:00–16:00, online, AKDB, Kienle, AI / ChatGPT, free
  datenschutz: 'Datenschutz im Büroalltag', // Wed 27.10. 09:00–12:00, Landratsamt, PE, Hiller, data protection, free
  projekt: 'Vom Auftrag zum Ergebnis', // Thu 28.10. (CEST) and Thu 04.11. (CET) 09:00–16:30, Edwin-Scharff-Haus, PE, Dr. Wöhrle, project management, 320 €, deadline Wed 20.10. 23:59
  deeskalation: 'Wenn der Ton rauer wird', // Fri 29.10. 09:00–15:00, Rathaus Vöhringen, KUVB, Sauter, de-escalation, free
  brandschutz: 'Brandschutzhelferinnen und Brandschutzhelfer: Ausbildung nach ASR A2.2', // Tue 09.11. 08:30–12:30, Rathaus Elchingen, KUVB, Bader, free
  ersteHilfe: 'Erste Hilfe: Ausbildung zur betrieblichen Ersthelferin und zum Ersthelfer', // Wed 17.11. 08:30–16:00, Rathaus Nersingen, BRK, Stetter, free
  sprache: 'Klar geschrieben, schnell verstanden', // Thu 25.11. 09:00–16:00, VHS Neu-Ulm, Dr. Heim, plain language, 130 €, deadline Fri 12.11. 12:00
  bauleitplanung: 'Bauleitplanung für Einsteigerinnen und Einsteiger', // Mon 29.11. 09:00–16:00, Rathaus Neu-Ulm, BVS, Dr. Eberhardt, 225 €
  excelPlus: 'Excel für Fortgeschrittene: SVERWEIS, XVERWEIS und Pivot-Tabellen', // Thu 02.12. 09:00–12:30, VHS Neu-Ulm, Brenner, 79 €
  ersteHilfePlus: 'Erste-Hilfe-Fortbildung für betriebliche Ersthelfer', // Tue 07.12. 08:30–16:00, Rathaus Illertissen, BRK, Mahler, free, 15 seats
  erechnung: 'Papierlos bezahlt', // Wed 08.12. 10:00–11:30, online, AKDB, Zeller, e-invoice / XRechnung, free
  datenschutzOnline: 'Datenschutz im Büroalltag – Online-Termin', // Tue 18.01.2028 09:00–12:00, online, PE, Hiller, free, deadline Fri 14.01.2028 12:00
  einfuehrung: 'Willkommen an Bord: Einführungstag für neue Beschäftigte', // Wed 26.01.2028 09:00–15:00, Landratsamt, PE, Rauch, free
  baum: 'Standsicher durch den Sturm', // Wed 09.02. and Thu 10.02.2028 08:30–16:00, Bauhof Senden, BVS, Kustermann, tree inspection, 390 €
  wahl: 'Wahlvorstände schulen: Kommunalwahl am 8. März 2028', // draft (Tue 15.02.2028)
  fundbuero: 'Fundsachen richtig verwalten', // draft (Wed 23.02.2028)
  powerpoint: 'PowerPoint kompakt: Präsentationen für Sitzungen', // cancelled (Fri 22.10.2027)
  winterdienst: 'Räum- und Streupflicht: Winterdienst in der Gemeinde organisieren', // cancelled (Wed 10.11.2027)
  grundsteuer: 'Grundsteuer in Bayern: Hebesätze und Bescheide nach dem Flächenmodell', // past (Wed 15 September 2027)
  outlook: 'Outlook effizient nutzen: Postfach, Kalender und Aufgaben', // past (Tue 5 October 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.wahl, T.fundbuero, T.powerpoint, T.winterdienst, T.grundsteuer, T.outlook];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- this week, then picks by position: "der zweite", "der dritte", and pronouns for the last one named -------------
  {
    conv: 'woche',
    q: 'was läuft diese woche noch?',
    kind: 'list',
    titles: [T.phishing, T.melderecht, T.protokoll, T.reisekosten, T.excel],
  },
  { conv: 'woche', q: 'was kostet der zweite?', kind: 'facts', titles: [T.melderecht], says: ['kostet 165 €'] },
  { conv: 'woche', q: 'und wo?', kind: 'facts', titles: [T.melderecht], says: ['findet im Rathaus Senden'] },
  {
    conv: 'woche',
    q: 'und der dritte?',
    kind: 'facts',
    titles: [T.protokoll],
    says: ['im Rathaus Weißenhorn', 'oder online statt'],
  },
  {
    conv: 'woche',
    q: 'gibt es den auch online?',
    kind: 'facts',
    titles: [T.protokoll],
    says: ['findet hybrid statt: im Rathaus Weißenhorn'],
  },
  {
    conv: 'woche',
    q: 'wer leitet das?',
    kind: 'facts',
    titles: [T.protokoll],
    says: ['leitet Herr Dr. Martin Eberhardt'],
  },
  // --- Excel: two levels, picked by position ----------------------------------------------------------------------------
  { conv: 'excel', q: 'ich suche einen excel kurs', kind: 'list', titles: [T.excel, T.excelPlus] },
  {
    conv: 'excel',
    q: 'was kostet der erste?',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 59 €'],
    mentions: ['Die Gebühr übernimmt die Dienststelle.'],
  },
  { conv: 'excel', q: 'und der zweite?', kind: 'facts', titles: [T.excelPlus], says: ['kostet 79 €'] },
  {
    conv: 'excel',
    q: 'wo findet der statt?',
    kind: 'facts',
    titles: [T.excelPlus],
    says: ['findet in der Volkshochschule Neu-Ulm'],
  },
  // --- data protection: "gibt es den auch online?" finds the online repeat in January -----------------------------------
  { conv: 'datenschutz', q: 'datenschutz schulung im oktober', kind: 'list', titles: [T.datenschutz] },
  {
    conv: 'datenschutz',
    q: 'und wo?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['findet im Landratsamt Neu-Ulm'],
  },
  { conv: 'datenschutz', q: 'gibt es den auch online?', kind: 'list', titles: [T.datenschutzOnline] },
  {
    conv: 'datenschutz',
    q: 'wann ist der?',
    kind: 'facts',
    titles: [T.datenschutzOnline],
    says: ['am Di., 18.01.2028 von 09:00 bis 12:00 Uhr'],
  },
  {
    conv: 'datenschutz',
    q: 'bis wann kann ich mich anmelden?',
    kind: 'facts',
    titles: [T.datenschutzOnline],
    says: ['bis Fr., 14.01.2028, 12:00 Uhr'],
  },
  // --- first aid: a topic, then "und im Dezember?" ---------------------------------------------------------------------
  { conv: 'erstehilfe', q: 'erste hilfe kurs im november', kind: 'list', titles: [T.ersteHilfe] },
  {
    conv: 'erstehilfe',
    q: 'wo ist der?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['findet im Rathaus Nersingen'],
  },
  { conv: 'erstehilfe', q: 'und im dezember?', kind: 'list', titles: [T.ersteHilfePlus] },
  {
    conv: 'erstehilfe',
    q: 'was kostet der?',
    kind: 'facts',
    titles: [T.ersteHilfePlus],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangskosten trägt die Unfallversicherung.'],
  },
  {
    conv: 'erstehilfe',
    q: 'sind da noch plätze frei?',
    kind: 'facts',
    titles: [T.ersteHilfePlus],
    says: ['noch 15 von 15 Plätzen frei'],
  },
  // --- December, then January: a month, a pick, a pronoun, another month ----------------------------------------------
  {
    conv: 'dezember',
    q: 'was gibt es im dezember?',
    kind: 'list',
    titles: [T.excelPlus, T.ersteHilfePlus, T.erechnung],
  },
  {
    conv: 'dezember',
    q: 'ist der dritte online?',
    kind: 'facts',
    titles: [T.erechnung],
    says: ['findet online statt'],
  },
  {
    conv: 'dezember',
    q: 'wann fängt der an?',
    kind: 'facts',
    titles: [T.erechnung],
    says: ['beginnt am Mi., 08.12.2027 um 10:00 Uhr'],
  },
  { conv: 'dezember', q: 'und im januar?', kind: 'list', titles: [T.datenschutzOnline, T.einfuehrung] },
  {
    conv: 'dezember',
    q: 'wer leitet den zweiten?',
    kind: 'facts',
    titles: [T.einfuehrung],
    says: ['leitet Frau Sabine Rauch'],
  },
  // --- next week: a pick by time of day, then by weekday ----------------------------------------------------------------
  {
    conv: 'naechste',
    q: 'was steht nächste woche an?',
    kind: 'list',
    titles: [T.ruecken, T.english, T.leiter, T.gebuehren],
  },
  { conv: 'naechste', q: 'welcher davon ist abends?', kind: 'list', titles: [T.ruecken] },
  { conv: 'naechste', q: 'was kostet der?', kind: 'facts', titles: [T.ruecken], says: ['kostet 12 €'] },
  { conv: 'naechste', q: 'und der am donnerstag?', kind: 'facts', titles: [T.gebuehren], says: ['kostet 240 €'] },
  {
    conv: 'naechste',
    q: 'bis wann muss ich mich da anmelden?',
    kind: 'facts',
    titles: [T.gebuehren],
    says: ['bis Fr., 15.10.2027, 12:00 Uhr'],
  },
  {
    conv: 'naechste',
    q: 'und wo?',
    kind: 'facts',
    titles: [T.gebuehren],
    says: ['findet im Rathaus Illertissen'],
  },
  // --- in English -------------------------------------------------------------------------------------------------------
  { conv: 'english', q: 'is there anything in english?', locale: 'en', kind: 'list', titles: [T.english] },
  {
    conv: 'english',
    q: 'when is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['takes place on Tue, 19 Oct 2027 from 13:00 to 16:30'],
  },
  {
    conv: 'english',
    q: 'where?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['takes place at Hochschule Neu-Ulm'],
  },
  {
    conv: 'english',
    q: 'how much does it cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['costs €90'],
  },
  // --- two days across the end of summer time ---------------------------------------------------------------------------
  { conv: 'projekt', q: 'projektmanagement seminar', kind: 'list', titles: [T.projekt] },
  {
    conv: 'projekt',
    q: 'wann genau?',
    kind: 'facts',
    titles: [T.projekt],
    says: ['an 2 Tagen', 'Do., 28.10.2027 und Do., 04.11.2027', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    conv: 'projekt',
    q: 'wie lange dauert das?',
    kind: 'facts',
    titles: [T.projekt],
    says: ['dauert 2 Tage, jeweils von 09:00 bis 16:30 Uhr'],
  },
  { conv: 'projekt', q: 'und wo?', kind: 'facts', titles: [T.projekt], says: ['findet im Edwin-Scharff-Haus'] },
  // --- travel expenses: deadline passed, no online variant ----------------------------------------------------------------
  { conv: 'reise', q: 'dienstreise abrechnen schulung', kind: 'list', titles: [T.reisekosten] },
  {
    conv: 'reise',
    q: 'kann ich mich da noch anmelden?',
    kind: 'facts',
    titles: [T.reisekosten],
    says: ['ist am Do., 07.10.2027, 12:00 Uhr abgelaufen'],
  },
  {
    conv: 'reise',
    q: 'gibt es den auch online?',
    kind: 'facts',
    titles: [T.reisekosten],
    says: ['findet in Präsenz statt, im Landratsamt Neu-Ulm'],
  },
  { conv: 'reise', q: 'was kostet er?', kind: 'facts', titles: [T.reisekosten], says: ['kostet 210 €'] },
  // --- tomorrow, the day after ------------------------------------------------------------------------------------------
  { conv: 'morgen', q: 'was ist morgen?', kind: 'list', titles: [T.melderecht] },
  {
    conv: 'morgen',
    q: 'um wie viel uhr?',
    kind: 'facts',
    titles: [T.melderecht],
    says: ['beginnt am Di., 12.10.2027 um 09:00 Uhr'],
  },
  { conv: 'morgen', q: 'und übermorgen?', kind: 'list', titles: [T.protokoll] },
  {
    conv: 'morgen',
    q: 'wie lange geht das?',
    kind: 'facts',
    titles: [T.protokoll],
    says: ['dauert 3 Stunden, von 13:30 bis 16:30 Uhr'],
  },
  // --- topic searches: typos, words only in summary or description, everyday words -------------------------------------
  { q: 'phising mails erkennen', kind: 'list', titles: [T.phishing] },
  { q: 'ki tools wie chatgpt im amt', kind: 'list', titles: [T.ki] },
  { q: 'xrechnung', kind: 'list', titles: [T.erechnung] },
  { q: 'pöbelnde bürger am schalter', kind: 'list', titles: [T.deeskalation] },
  { q: 'bürgerfreundliche briefe schreiben', kind: 'list', titles: [T.sprache] },
  { q: 'verkehrssicherungspflicht bei straßenbäumen', kind: 'list', titles: [T.baum] },
  // --- filters: cost and month, length, place, provider, trainer ---------------------------------------------------------
  {
    q: 'kostenlose seminare im oktober',
    kind: 'list',
    titles: [T.phishing, T.leiter, T.ki, T.datenschutz, T.deeskalation],
  },
  { q: 'gibt es mehrtägige seminare?', kind: 'list', ...only(T.projekt, T.baum) },
  { q: 'seminare in senden', kind: 'list', ...only(T.melderecht, T.baum) },
  { q: 'was bietet die kuvb an', kind: 'list', ...only(T.leiter, T.deeskalation, T.brandschutz) },
  { q: 'welche kurse hält dr. eberhardt', kind: 'list', ...only(T.protokoll, T.bauleitplanung) },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'wann ist der powerpoint kurs', kind: 'gone', gone: T.powerpoint },
  { q: 'winterdienst schulung', kind: 'gone', gone: T.winterdienst },
  { q: 'grundsteuer seminar', kind: 'gone', gone: T.grundsteuer, says: ['Mi., 15.09.2027'] },
  { q: 'gibt es den outlook kurs noch?', kind: 'gone', gone: T.outlook, says: ['Di., 05.10.2027'] },
  { q: 'wahlhelfer schulung für die kommunalwahl', kind: 'none' },
  { q: 'fundbüro', kind: 'none' },
  { q: 'gabelstaplerschein', kind: 'none' },
  { q: 'was gibt es in roggenburg', kind: 'none' },
  { q: 'Grüß Gott!', kind: 'help' },
  { q: 'für welche seminare bin ich angemeldet?', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-eighty-seventh, independent catalogue (Landkreis Neu-Ulm, BVS, KUVB, AKDB, BKPV, BRK, HNU, VHS Neu-Ulm)',
  {
    fixture: 'heldout287-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
