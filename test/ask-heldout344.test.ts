// Over-fitting check, three-hundred-and-forty-fourth catalogue: the winter 2028/29 joint programme of the Rhein-Kreis
// Neuss (Kreisverwaltung) and its towns and municipalities (Neuss, Grevenbroich, Dormagen, Meerbusch, Kaarst,
// Korschenbroich, Jüchen, Rommerskirchen), with the Studieninstitut für kommunale Verwaltung Niederrhein, the TZG
// Akademie, ITK Rheinland, the Unfallkasse Nordrhein-Westfalen, the Volkshochschule Neuss, the AOK and the county's Amt
// für Personal und Organisation, imported from a JSON file. Seminars take place in the Kreishaus Grevenbroich (Auf der
// Schanze 4), the Kreishaus Neuss (Oberstraße 91), the TZG Akademie Glehn (Korschenbroich-Glehn), the Rathaus Neuss
// (Markt 2), the Romaneum (VHS Neuss), the Neues Rathaus Dormagen, the Rathaus Kaarst, the Verwaltungsgebäude
// Meerbusch-Büderich, the Rathaus Korschenbroich, the Bauhof Jüchen and the Rathaus Rommerskirchen, online or hybrid.
// Several titles do not name their subject ("Vorsicht, Falle!" is phishing, "Schreiben, das ankommt" plain language in
// letters, "Vom Posteingang ins Buchungssystem" e-invoicing / XRechnung, "Wenn der Ton rauer wird" de-escalation,
// "Aufgeräumt ins neue Jahr" Outlook, "Erste Schritte im Kreishaus" induction day, "Vom Kollegen zur Chefin" new
// managers, "Zahlen, bitte!" the NKF budget for council members, "Die Maschine schreibt mit" AI, "Bewegte Pause" back
// exercises, "Wenn der Baum fallen muss" chainsaw course, "Durchatmen" stress, "Für alle lesbar" accessible documents),
// so only summary, description or topics reveal it; one seminar is held in English; two run on two days. Questions are
// mostly about dates ("morgen", "übermorgen", "nächste Woche", "in den nächsten zwei Wochen", "vor Weihnachten", "im
// Januar", "next month", "in February 2029", "am Nachmittag", "vormittags"), formats (online, Präsenz, vor Ort,
// hybrid) and places (Glehn, Kreishaus Grevenbroich, Neuss, …), alone and combined, mixed with facts, follow-ups, gone
// seminars, drafts, no match and greetings, some in English, written without looking at the parser.
//
// Calendar around `now` (Wednesday 6 December 2028, 09:30 in Neuss, winter time; Christmas Mon 25.12., nothing
// between Fri 22.12.2028 and Mon 08.01.2029):
//   this week:  nothing today Wed 06.12.; Thu 07.12. (tomorrow) 09:00–10:30 phishing (online); Fri 08.12. (the day
//               after tomorrow) 08:30–12:30 fire wardens (Neues Rathaus Dormagen)
//   next week:  Mon 11.12. 09:00–12:00 plain language (hybrid, Rathaus Neuss); Tue 12.12. 14:00–16:00 e-invoicing
//               (online) and the cancelled Word course (Rathaus Kaarst); Wed 13.12. 09:00–16:00 procurement (Kreishaus
//               Neuss; deadline passed Fri 01.12. 23:59); Thu 14.12. 08:30–16:00 first aid (TZG Glehn)
//   week after: Mon 18.12. 13:30–16:30 de-escalation (Rathaus Kaarst), Thu 21.12. 09:00–11:30 Outlook (online)
//               ("in den nächsten zwei Wochen" = up to Tue 19./Wed 20.12.: everything above but Outlook;
//               "vor Weihnachten" = everything above)
//   January:    Tue 09.01. 09:00–15:00 induction day (Kreishaus Grevenbroich, Kreisverwaltung only), Thu 11.01.
//               09:00–12:00 data protection (online), Tue 16.01. + Tue 23.01. 09:00–16:30 new managers (TZG Glehn;
//               deadline Fri 22.12.2028 23:59), Wed 17.01. 14:00–16:00 Teams meetings (online), the cancelled phone
//               course (Thu 18.01., Meerbusch), Tue 30.01. 18:00–20:30 budget for council members (Rathaus Rommerskirchen)
//   February:   Thu 01.02. 09:00–12:00 AI (hybrid, Kreishaus Grevenbroich), Tue 06.02. 13:00–16:00 back exercises
//               (Meerbusch-Büderich), Wed 07.02.–Thu 08.02. 07:30–15:30 chainsaw (Bauhof Jüchen), Wed 14.02. 09:00–15:00
//               administrative procedure (Rathaus Korschenbroich), Thu 15.02. 09:00–12:30 English (Romaneum Neuss), the
//               draft participation-portal course (Wed 21.02.), Tue 27.02. 09:00–16:00 stress (TZG Glehn)
//   March:      Tue 06.03. 09:00–12:00 accessible documents (online), Thu 08.03. 09:00–13:00 building permits (hybrid,
//               Kreishaus Neuss), Tue 13.03. 09:00–12:30 Excel (Kreishaus Grevenbroich), the draft minutes course (Tue 20.03.)
//   past:       Thu 09.11.2028 winter road service (Bauhof Rommerskirchen), Tue 14.11.2028 property tax (online).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-12-06T08:30:00Z'); // Wednesday, 6 December 2028, 09:30 in Neuss (CET)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Vorsicht, Falle!', // Thu 07.12. 09:00–10:30, online, ITK Rheinland, Herr Marco Jansen, phishing, free
  brandschutz: 'Brandschutzhelfer-Ausbildung nach ASR A2.2', // Fri 08.12. 08:30–12:30, Neues Rathaus Dormagen, UK NRW, Herr Dirk Lemmen (Feuerwehr), free, 18 seats
  sprache: 'Schreiben, das ankommt', // Mon 11.12. 09:00–12:00, hybrid (Rathaus Neuss), Studieninstitut, Frau Dr. Katrin Esser, plain language, 95 €
  erechnung: 'Vom Posteingang ins Buchungssystem', // Tue 12.12. 14:00–16:00, online, ITK, Frau Lena Wirtz, XRechnung, free
  vergabe: 'Vergaberecht NRW kompakt: UVgO, Wertgrenzen und Dokumentation', // Wed 13.12. 09:00–16:00, Kreishaus Neuss, Studieninstitut, Herr Dr. Peter Bongartz, 240 €, deadline passed Fri 01.12. 23:59
  ersteHilfe: 'Ersthelfer-Fortbildung nach DGUV Vorschrift 1', // Thu 14.12. 08:30–16:00, TZG Glehn, UK NRW, Herr Frank Küppers (DRK), free
  deeskalation: 'Wenn der Ton rauer wird', // Mon 18.12. 13:30–16:30, Rathaus Kaarst, UK NRW, Frau Anke Schröder und Frau Petra Viehausen (Polizei), free
  outlook: 'Aufgeräumt ins neue Jahr', // Thu 21.12. 09:00–11:30, online, VHS Neuss, Frau Sabine Hoff, Outlook, 45 €
  onboarding: 'Erste Schritte im Kreishaus', // Tue 09.01.2029 09:00–15:00, Kreishaus Grevenbroich, RKN, Frau Julia Schmitz, induction day, Kreisverwaltung only, free
  datenschutz: 'Datenschutz im Bürgerkontakt: Auskunft, Weitergabe, Schwärzen', // Thu 11.01. 09:00–12:00, online, RKN, Herr Dr. Thomas Pesch, free
  fuehrung: 'Vom Kollegen zur Chefin', // Tue 16.01. + Tue 23.01. 09:00–16:30, TZG Glehn, TZG Akademie, Frau Dr. Miriam Krüger, new managers, 480 €, deadline Fri 22.12.2028 23:59
  teams: 'Besprechungen in Microsoft Teams souverän leiten', // Wed 17.01. 14:00–16:00, online, ITK, Herr Marco Jansen, free
  haushalt: 'Zahlen, bitte!', // Tue 30.01. 18:00–20:30, Rathaus Rommerskirchen, Studieninstitut, Herr Dr. Peter Bongartz, NKF budget for council members, free
  ki: 'Die Maschine schreibt mit', // Thu 01.02. 09:00–12:00, hybrid (Kreishaus Grevenbroich), ITK, Frau Lena Wirtz, AI, free
  ruecken: 'Bewegte Pause', // Tue 06.02. 13:00–16:00, Verwaltungsgebäude Meerbusch-Büderich, AOK, Herr Jonas Weyers, back exercises, free
  motorsaege: 'Wenn der Baum fallen muss', // Wed 07.02.–Thu 08.02. 07:30–15:30, Bauhof Jüchen, UK NRW, Herr Ralf Dahmen, chainsaw, 210 €
  verfahren: 'Anhörung, Bescheid, Widerspruch: das Verwaltungsverfahren in NRW', // Wed 14.02. 09:00–15:00, Rathaus Korschenbroich, Studieninstitut, Frau Dr. Katrin Esser, 180 €
  english: 'English at the Counter: Helping International Residents', // Thu 15.02. 09:00–12:30, Romaneum (VHS Neuss), VHS, Frau Fiona Gallagher, 90 €, in English
  stress: 'Durchatmen', // Tue 27.02. 09:00–16:00, TZG Glehn, UK NRW, Frau Anke Schröder, stress, free
  barrierefrei: 'Für alle lesbar', // Tue 06.03. 09:00–12:00, online, VHS, Frau Sabine Hoff, accessible PDF / Word, 60 €
  bauportal: 'Bauantrag digital: das Bauportal.NRW in der Bauaufsicht', // Thu 08.03. 09:00–13:00, hybrid (Kreishaus Neuss), ITK, Herr Marco Jansen, free
  excel: 'Excel kompakt: Auswertungen mit Pivot-Tabellen', // Tue 13.03. 09:00–12:30, Kreishaus Grevenbroich, RKN, Frau Sabine Hoff, 120 €
  beteiligung: 'Bürgerbeteiligung online: das Beteiligungsportal NRW nutzen', // draft (Wed 21.02.2029)
  protokoll: 'Protokollführung in Ausschüssen und Rat', // draft (Tue 20.03.2029)
  word: 'Word für Fortgeschrittene: Serienbriefe und Formulare', // cancelled (Tue 12.12.2028, Rathaus Kaarst)
  telefon: 'Professionell telefonieren im Bürgerservice', // cancelled (Thu 18.01.2029, Meerbusch)
  winterdienst: 'Räum- und Streupflicht im Winterdienst', // past (Thu 09.11.2028, Bauhof Rommerskirchen)
  grundsteuer: 'Grundsteuer NRW: Hebesätze und Bescheide nach der Reform', // past (Tue 14.11.2028, online)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.beteiligung, T.protokoll, T.word, T.telefon, T.winterdienst, T.grundsteuer];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations: a date, a format or a place, then facts -------------------------------------------------
  { conv: 'morgen', q: 'was ist morgen?', kind: 'list', titles: [T.phishing] },
  { conv: 'morgen', q: 'wer macht das?', kind: 'facts', titles: [T.phishing], says: ['leitet Herr Marco Jansen'] },
  {
    conv: 'morgen',
    q: 'und wie lange geht das',
    kind: 'facts',
    titles: [T.phishing],
    says: ['von 09:00 bis 10:30 Uhr'],
  },
  { conv: 'uebermorgen', q: 'gibt es übermorgen was?', kind: 'list', titles: [T.brandschutz] },
  {
    conv: 'uebermorgen',
    q: 'wo genau?',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['Neues Rathaus Dormagen, Paul-Wierich-Platz 2'],
  },
  {
    conv: 'uebermorgen',
    q: 'sind da noch plätze frei',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['noch 18 von 18 Plätzen frei'],
  },
  {
    conv: 'naechsteWoche',
    q: 'was läuft nächste woche',
    kind: 'list',
    titles: [T.sprache, T.erechnung, T.vergabe, T.ersteHilfe],
  },
  { conv: 'naechsteWoche', q: 'welche davon sind nur online?', kind: 'list', titles: [T.erechnung] },
  {
    conv: 'naechsteWoche',
    q: 'wann genau?',
    kind: 'facts',
    titles: [T.erechnung],
    says: ['am Di., 12.12.2028 von 14:00 bis 16:00 Uhr'],
  },
  { conv: 'januarOnline', q: 'online im januar?', kind: 'list', titles: [T.datenschutz, T.teams] },
  { conv: 'januarOnline', q: 'welcher davon ist am nachmittag', kind: 'list', titles: [T.teams] },
  { conv: 'januarOnline', q: 'wer leitet den?', kind: 'facts', titles: [T.teams], says: ['leitet Herr Marco Jansen'] },
  { conv: 'glehn', q: 'was gibt es in glehn?', kind: 'list', ...only(T.ersteHilfe, T.fuehrung, T.stress) },
  { conv: 'glehn', q: 'und welcher davon ist im februar', kind: 'list', titles: [T.stress] },
  { conv: 'glehn', q: 'kostet der was?', kind: 'facts', titles: [T.stress], says: ['ist kostenlos'] },
  {
    conv: 'fuehrung',
    q: 'ich werde im januar teamleiterin, gibts ein seminar für neue führungskräfte?',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'fuehrung',
    q: 'wann genau',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Di., 16.01.2029 und Di., 23.01.2029', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    conv: 'fuehrung',
    q: 'bis wann muss ich mich anmelden?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['bis Fr., 22.12.2028, 23:59 Uhr'],
  },
  { conv: 'fuehrung', q: 'was kostet das', kind: 'facts', titles: [T.fuehrung], says: ['kostet 480 €'] },
  {
    conv: 'weihnachtenNeuss',
    q: 'gibt es vor weihnachten noch was in neuss?',
    kind: 'list',
    titles: [T.sprache, T.vergabe],
  },
  {
    conv: 'weihnachtenNeuss',
    q: 'kann ich mich für das vergaberecht noch anmelden',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['am Fr., 01.12.2028, 23:59 Uhr abgelaufen'],
  },
  {
    conv: 'february',
    q: "what's on in February 2029?",
    locale: 'en',
    kind: 'list',
    titles: [T.ki, T.ruecken, T.motorsaege, T.verfahren, T.english, T.stress],
  },
  { conv: 'february', q: 'which of them can I join online?', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    conv: 'february',
    q: 'who is the trainer?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is led by Frau Lena Wirtz'],
  },
  {
    conv: 'english',
    q: 'is there an english course for the citizens office?',
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  {
    conv: 'english',
    q: 'where is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['Romaneum (VHS Neuss), Brückstraße 1, 41460 Neuss'],
  },
  {
    conv: 'english',
    q: 'how much does it cost',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: [/costs.*90/],
  },
  {
    conv: 'kreishausGv',
    q: 'was findet im kreishaus grevenbroich statt',
    kind: 'list',
    ...only(T.onboarding, T.ki, T.excel),
  },
  {
    conv: 'kreishausGv',
    q: 'welche davon vormittags?',
    kind: 'list',
    ...maybeAlso(only(T.ki, T.excel), T.onboarding),
  },
  // --- date phrases, alone and with a format ---------------------------------------------------------------------------
  {
    q: 'welche seminare gibt es im januar?',
    kind: 'list',
    titles: [T.onboarding, T.datenschutz, T.fuehrung, T.teams, T.haushalt],
  },
  {
    q: 'anything next month?',
    locale: 'en',
    kind: 'list',
    titles: [T.onboarding, T.datenschutz, T.fuehrung, T.teams, T.haushalt],
  },
  { q: 'Was ist im März geplant?', kind: 'list', titles: [T.barrierefrei, T.bauportal, T.excel] },
  { q: 'gibt es in den nächsten zwei wochen was online', kind: 'list', titles: [T.phishing, T.erechnung] },
  {
    q: 'was ist in den nächsten 2 wochen am nachmittag',
    kind: 'list',
    ...maybeAlso(only(T.erechnung, T.deeskalation), T.vergabe, T.ersteHilfe),
  },
  { q: 'vor weihnachten noch was online?', kind: 'list', titles: [T.phishing, T.erechnung, T.outlook] },
  {
    q: 'präsenzseminare vor weihnachten',
    kind: 'list',
    ...maybeAlso(only(T.brandschutz, T.vergabe, T.ersteHilfe, T.deeskalation), T.sprache),
  },
  { q: 'nächste woche vormittags', kind: 'list', ...maybeAlso(only(T.sprache), T.vergabe, T.ersteHilfe) },
  {
    q: 'Welche Präsenzveranstaltungen gibt es im Februar?',
    kind: 'list',
    ...maybeAlso(only(T.ruecken, T.motorsaege, T.verfahren, T.english, T.stress), T.ki),
  },
  { q: 'any online courses in january?', locale: 'en', kind: 'list', titles: [T.datenschutz, T.teams] },
  { q: 'what is on tomorrow afternoon?', locale: 'en', kind: 'none' },
  { q: 'seminare am 14.12.', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'gibts was zwischen weihnachten und neujahr', kind: 'none' },
  { q: 'ist am montag, den 8. januar, irgendwas?', kind: 'none' },
  { q: 'hybride seminare', kind: 'list', ...only(T.sprache, T.ki, T.bauportal) },
  // --- places, alone and combined ------------------------------------------------------------------------------------------
  { q: 'was gibt es in neuss', kind: 'list', ...only(T.sprache, T.vergabe, T.english, T.bauportal) },
  { q: 'was findet im kreishaus neuss statt', kind: 'list', ...only(T.vergabe, T.bauportal) },
  { q: 'seminare in dormagen', kind: 'list', titles: [T.brandschutz] },
  { q: 'was läuft in rommerskirchen', kind: 'list', titles: [T.haushalt] },
  { q: 'was gibt es in korschenbroich?', kind: 'list', ...only(T.verfahren, T.ersteHilfe, T.fuehrung, T.stress) },
  { q: 'gibt es im märz was vor ort in grevenbroich', kind: 'list', titles: [T.excel] },
  { q: 'in kaarst im februar?', kind: 'none' },
  // --- subjects only summary, description or topics name, and facts ----------------------------------------------------
  { q: 'gibt es eine schulung zu phishing mails', kind: 'list', titles: [T.phishing] },
  { q: 'stressbewältigung', kind: 'list', titles: [T.stress] },
  { q: 'chatgpt in der verwaltung', kind: 'list', titles: [T.ki] },
  {
    q: 'wer leitet die e-rechnung schulung',
    kind: 'facts',
    titles: [T.erechnung],
    says: ['leitet Frau Lena Wirtz'],
  },
  {
    q: 'wann ist der motorsägenlehrgang?',
    kind: 'facts',
    titles: [T.motorsaege],
    says: ['an 2 Tagen', 'Mi., 07.02.2029 und Do., 08.02.2029', 'jeweils von 07:30 bis 15:30 Uhr'],
  },
  {
    q: 'ist die haushaltsschulung für ratsmitglieder kostenlos?',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['ist kostenlos'],
  },
  {
    q: 'wo findet der deeskalationskurs statt',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['Rathaus Kaarst, Am Neumarkt 2'],
  },
  {
    q: 'Wer hält das Seminar zum Verwaltungsverfahren?',
    kind: 'facts',
    titles: [T.verfahren],
    says: ['leitet Frau Dr. Katrin Esser'],
  },
  {
    q: 'ist das ki seminar online oder vor ort',
    kind: 'facts',
    titles: [T.ki],
    says: ['findet hybrid statt', 'Kreishaus Grevenbroich'],
  },
  {
    q: 'um wie viel uhr fängt der rückenkurs an',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['Di., 06.02.2029', '13:00'],
  },
  // --- gone, drafts never shown, no match, greetings, own registrations, no context ------------------------------------
  { q: 'findet der word kurs am 12.12. statt?', kind: 'gone', gone: T.word },
  { q: 'was ist mit dem telefontraining im januar', kind: 'gone', gone: T.telefon },
  { q: 'wann war die grundsteuer-schulung', kind: 'gone', gone: T.grundsteuer, says: ['Di., 14.11.2028'] },
  { q: 'winterdienst schulung', kind: 'gone', gone: T.winterdienst, says: ['Do., 09.11.2028'] },
  { q: 'beteiligungsportal schulung', kind: 'none' },
  { q: 'protokollführung im rat', kind: 'none' },
  { q: 'gibt es einen SAP kurs', kind: 'none' },
  { q: 'Hallo', kind: 'help' },
  { q: 'hi there, what can you do?', locale: 'en', kind: 'help' },
  { q: 'für welche seminare bin ich angemeldet', kind: 'myRegistrations' },
  { conv: 'leer', q: 'und was kostet der?', kind: 'noContext' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-forty-fourth, independent catalogue (Rhein-Kreis Neuss, Studieninstitut Niederrhein, TZG Akademie, ITK Rheinland, UK NRW, VHS Neuss)',
  {
    fixture: 'heldout344-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
