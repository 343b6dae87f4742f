// Over-fitting check, three-hundred-and-thirty-sixth catalogue: the winter and spring programme 2028/29 for the Stadt
// Remscheid (North Rhine-Westphalia) and its administration, with the Bergisches Studieninstitut für kommunale Verwaltung
// (BSI, Wuppertal), the Unfallkasse NRW (UK NRW), the Volkshochschule Remscheid (VHS), the ITK Rheinland as IT service
// provider and the city's own Personalentwicklung, imported from a JSON file. Seminars take place in the Rathaus
// Remscheid, the Bezirksrathaus Lüttringhausen, the Haus der Volkshochschule, the Feuer- und Rettungswache, the
// Betriebshof of the Technische Betriebe Remscheid (TBR) and the BSI in Wuppertal, online or hybrid. Several titles do
// not name their subject ("Nicht jeder Anhang ist ein Geschenk" is phishing, "Abschalten lernen" progressive muscle
// relaxation, "Klar Schiff vor dem Jahreswechsel" tidying the Outlook mailbox, "Gut ankommen in Remscheid" the induction
// day for new staff, "Ein Satz, ein Gedanke" plain language, "Papierlos, aber nicht planlos" the e-file, "Wenn der Kopf
// nicht abschaltet" stress and sleep, "Fragen Sie doch die Maschine" AI, "Ruhig bleiben, wenn es laut wird"
// de-escalation with aggressive citizens, "Absichern mit System" road-works safety (RSA 21), "Plötzlich Chefin,
// plötzlich Chef" new managers, "Gemeinsam an einem Dokument" Teams/SharePoint, "Lesbar für alle" accessible PDFs,
// "Standfest oder nicht?" tree inspection), so only summary, description or topics reveal it; one seminar is held in
// English; the leadership course (Thu/Fri 01.–02.03.) and the tree inspection (Wed/Thu 09.–10.05.) take two days; two
// courses run in the evening; the e-file course, the induction day and the committee seminar are open only to the Stadt
// Remscheid (not to Wuppertal). The questions name dates and periods in every form — calendar weeks, "übernächste
// Woche", "zwischen den Jahren", "Ende Januar", "Anfang März", "nach Karneval", "in drei Wochen", "am kommenden
// Dienstag", "am 14.2.", "vom 10. bis 20. März", "in the week of 8 February", "before Easter", "im ersten Quartal" —
// with seminars placed just inside and just outside each boundary, mixed with subject and fact questions and short
// follow-up conversations, some in English, written without looking at the parser or the answers.
//
// Calendar around `now` (Thursday 14 December 2028, 10:15 in Remscheid, winter time; KW 50; Christmas Mon 25.12. and
// Tue 26.12., New Year Mon 01.01.2029; Karneval 2029: Weiberfastnacht Thu 08.02., Rosenmontag Mon 12.02., Aschermittwoch
// Wed 14.02.; summer time begins Sun 25.03.2029; Karwoche Mon 26.03.–Sun 01.04., Karfreitag Fri 30.03., Easter Sunday
// 01.04., Easter Monday 02.04.2029):
//   this week (KW 50): Tue 12.12. the cash-desk course (already past); today Thu 14.12. 14:00–15:30 phishing (online);
//               nothing tomorrow (Fri 15.12.)
//   next week (KW 51): Mon 18.12. the cancelled voice training; Tue 19.12. ("am kommenden Dienstag") 09:00–16:00
//               procurement UVgO (BSI Wuppertal, 240 €, deadline passed Fri 08.12. 12:00); Wed 20.12. 18:00–19:30
//               relaxation (Haus der VHS, evening, 18 €)
//   übernächste Woche (KW 52) = zwischen den Jahren: Thu 28.12. 10:00–11:30 Outlook mailbox (online)
//   January:    Thu 04.01. (exactly three weeks ahead; KW 1) 09:00–12:00 payroll changes 2029 (online, 95 €); Mon 08.01.
//               induction day (Rathaus); Tue 16.01. (mid-January) plain language (Haus der VHS, 120 €); Mon 29.01.
//               e-file (hybrid, Bezirksrathaus Lüttringhausen, Remscheid only); Wed 31.01. 13:00–15:30 stress (online)
//   February:   Thu 01.02. NKF annual accounts (Rathaus, 210 €; still KW 5 with 29.01. and 31.01.); Tue 06.02. English
//               (Rathaus, 85 €, deadline Tue 23.01. 23:59); the cancelled forklift briefing on Weiberfastnacht Thu 08.02.;
//               Fri 09.02. 09:00–11:00 AI (online); KW 7: Wed 14.02. (Aschermittwoch) de-escalation (Rathaus, 180 €),
//               Fri 16.02. 07:30–14:30 road works (TBR, free); nothing from Sat 17.02. to Wed 28.02.
//   March:      Thu 01.03.+Fri 02.03. 09:00–16:30 leadership (BSI, 420 €, deadline Fri 02.02. 23:59); Tue 06.03.
//               13:30–15:00 Teams (online); Wed 14.03. VOB/A (hybrid, BSI, 260 €); Thu 15.03. 18:00–20:30 committee
//               seminar (Rathaus, evening, free); Tue 20.03. 08:30–12:30 fire wardens (Feuerwache); Wed 21.03.
//               09:00–12:00 accessible documents (online); Tue 27.03. (Karwoche, summer time) 08:30–16:30 first-aid basic
//               course (Feuerwache, free, paid by the UK NRW)
//   April/May:  Tue 17.04. first-aid refresher (Feuerwache); the draft driving-safety course (Wed 25.04.); Wed 09.05.+
//               Thu 10.05. 08:00–15:30 tree inspection (TBR, 290 €, deadline Fri 13.04. 12:00); the draft poll-worker
//               training (Tue 15.05.)
//   past:       Wed 15.11.2028 property tax (online), Tue 12.12.2028 cash desks (Rathaus).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-12-14T09:15:00Z'); // Thursday, 14 December 2028, 10:15 in Remscheid (CET)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Nicht jeder Anhang ist ein Geschenk', // Thu 14.12. (today) 14:00–15:30, online, ITK Rheinland, Kleinert, phishing, free
  vergabe: 'Vergaberecht kompakt: UVgO und VgV für Bedarfsstellen', // Tue 19.12. 09:00–16:00, BSI Wuppertal, Dr. Schäfer, 240 €, deadline passed Fri 08.12. 12:00
  entspannung: 'Abschalten lernen', // Wed 20.12. 18:00–19:30, Haus der VHS, VHS, Kotthaus, progressive muscle relaxation, 18 €
  postfach: 'Klar Schiff vor dem Jahreswechsel', // Thu 28.12. 10:00–11:30, online, ITK Rheinland, Kleinert, Outlook mailbox, free
  bezuege: 'Was sich 2029 ändert: Entgelt, Steuer und Sozialversicherung', // Thu 04.01. 09:00–12:00, online, BSI, Ibach, payroll, 95 €
  onboarding: 'Gut ankommen in Remscheid', // Mon 08.01. 09:00–15:00, Rathaus, PE, Mühlhoff, induction day, free, Remscheid only
  klartext: 'Ein Satz, ein Gedanke', // Tue 16.01. 09:00–16:00, Haus der VHS, VHS, Dr. Berghaus, plain language, 120 €
  eakte: 'Papierlos, aber nicht planlos', // Mon 29.01. 09:00–12:00, hybrid (Bezirksrathaus Lüttringhausen), ITK, Wiebach, e-file, free, Remscheid only
  stress: 'Wenn der Kopf nicht abschaltet', // Wed 31.01. 13:00–15:30, online, UK NRW, Lüdorf, stress / sleep, free
  nkf: 'Bilanz ziehen: Jahresabschluss im NKF', // Thu 01.02. 09:00–16:00, Rathaus, BSI, Ibach, 210 €
  english: 'Welcome to Remscheid: English at the Service Desk', // Tue 06.02. 09:00–12:30, Rathaus, VHS, Thornton, 85 €, deadline Tue 23.01. 23:59
  ki: 'Fragen Sie doch die Maschine', // Fri 09.02. 09:00–11:00, online, ITK, Wiebach, AI / ChatGPT, free
  deeskalation: 'Ruhig bleiben, wenn es laut wird', // Wed 14.02. (Aschermittwoch) 09:00–16:00, Rathaus, BSI, Pohl, de-escalation, 180 €
  rsa: 'Absichern mit System', // Fri 16.02. 07:30–14:30, Betriebshof TBR, UK NRW, Bockhacker, road works (RSA 21), free
  fuehrung: 'Plötzlich Chefin, plötzlich Chef', // Thu 01.03. + Fri 02.03. 09:00–16:30, BSI Wuppertal, Dr. Stöcker, new managers, 420 €, 12 seats, deadline Fri 02.02. 23:59
  teams: 'Gemeinsam an einem Dokument', // Tue 06.03. 13:30–15:00, online, ITK, Kleinert, Teams / SharePoint, free
  vob: 'Bauleistungen vergeben nach VOB/A', // Wed 14.03. 09:00–16:00, hybrid (BSI Wuppertal), Dr. Schäfer, 260 €
  ausschuss: 'Gut vorbereitet in die Ausschusssitzung', // Thu 15.03. 18:00–20:30, Rathaus, BSI, Dr. Reinshagen, council committees, free, Remscheid only
  brandschutz: 'Brandschutzhelfer-Ausbildung mit Löschübung', // Tue 20.03. 08:30–12:30, Feuerwache, UK NRW, Halbach, free
  barrierefrei: 'Lesbar für alle', // Wed 21.03. 09:00–12:00, online, ITK, Schmitz, accessible documents, free
  ehGrund: 'Erste-Hilfe-Grundausbildung für neue Ersthelfende', // Tue 27.03. (CEST) 08:30–16:30, Feuerwache, UK NRW, Krämer, free (UK NRW pays)
  ehFort: 'Erste-Hilfe-Fortbildung für betriebliche Ersthelfende', // Tue 17.04. 08:30–16:30, Feuerwache, UK NRW, Krämer, free (UK NRW pays)
  baum: 'Standfest oder nicht?', // Wed 09.05. + Thu 10.05. 08:00–15:30, Betriebshof TBR, BSI, Dahlhaus, tree inspection, 290 €, 14 seats, deadline Fri 13.04. 12:00
  stimme: 'Sprechen ohne heiser zu werden: Stimmtraining', // cancelled (Mon 18.12.2028)
  stapler: 'Gabelstapler sicher fahren: jährliche Unterweisung', // cancelled (Thu 08.02.2029, Weiberfastnacht)
  barkasse: 'Barkassen und Zahlstellen: sicherer Umgang mit Bargeld', // past (Tue 12.12.2028)
  grundsteuer: 'Grundsteuer nach der Reform: Hebesätze, Bescheide, Widersprüche', // past (Wed 15.11.2028)
  wahl: 'Europawahl 2029: Schulung für Wahlvorstände', // draft (Tue 15.05.2029)
  fahrsicherheit: 'Fahrsicherheitstraining für Dienstfahrzeuge', // draft (Wed 25.04.2029)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.stimme, T.stapler, T.barkasse, T.grundsteuer, T.wahl, T.fahrsicherheit];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'dienstag', q: 'was ist am kommenden dienstag?', kind: 'list', titles: [T.vergabe] },
  {
    conv: 'dienstag',
    q: 'kann ich mich da noch anmelden?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['ist am Fr., 08.12.2028, 12:00 Uhr abgelaufen'],
  },
  { conv: 'dienstag', q: 'was hätte das gekostet', kind: 'facts', titles: [T.vergabe], says: ['kostet 240 €'] },
  { conv: 'jahre', q: 'läuft zwischen den jahren irgendwas?', kind: 'list', titles: [T.postfach] },
  {
    conv: 'jahre',
    q: 'wann genau?',
    kind: 'facts',
    titles: [T.postfach],
    says: ['am Do., 28.12.2028 von 10:00 bis 11:30 Uhr'],
  },
  {
    conv: 'jahre',
    q: 'muss ich dafür ins büro oder geht das online',
    kind: 'facts',
    titles: [T.postfach],
    says: ['findet online statt'],
  },
  { conv: 'drei', q: 'was gibt es in drei wochen?', kind: 'list', titles: [T.bezuege] },
  {
    conv: 'drei',
    q: 'um wie viel uhr fängt das an',
    kind: 'facts',
    titles: [T.bezuege],
    says: ['beginnt am Do., 04.01.2029 um 09:00 Uhr'],
  },
  {
    conv: 'fuehrung',
    q: 'ich werde im frühjahr teamleiterin. gibt es was für den einstieg in die führungsrolle?',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'fuehrung',
    q: 'an welchen tagen?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 01.03.2029 und Fr., 02.03.2029', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    conv: 'fuehrung',
    q: 'bis wann muss ich mich anmelden?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['bis Fr., 02.02.2029, 23:59 Uhr'],
  },
  { conv: 'ostern', q: 'gibt es vor ostern noch einen erste hilfe kurs?', kind: 'list', titles: [T.ehGrund] },
  {
    conv: 'ostern',
    q: 'wie lange geht der?',
    kind: 'facts',
    titles: [T.ehGrund],
    says: ['dauert 8 Stunden, von 08:30 bis 16:30 Uhr'],
  },
  {
    conv: 'ostern',
    q: 'muss meine abteilung dafür zahlen?',
    kind: 'facts',
    titles: [T.ehGrund],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangskosten trägt die Unfallkasse NRW.'],
  },
  {
    conv: 'english',
    q: 'is there a course held in english in february?',
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  {
    conv: 'english',
    q: 'until when can I sign up?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['until Tue, 23 Jan 2029, 23:59'],
  },
  { conv: 'asche', q: 'anything on Ash Wednesday?', locale: 'en', kind: 'list', titles: [T.deeskalation] },
  { conv: 'asche', q: 'how much is it?', locale: 'en', kind: 'facts', titles: [T.deeskalation], says: ['costs €180'] },
  { conv: 'eakte', q: 'ende januar ist doch was zur e-akte, oder?', kind: 'list', titles: [T.eakte] },
  {
    conv: 'eakte',
    q: 'kann ich da auch von zuhause aus teilnehmen?',
    kind: 'facts',
    titles: [T.eakte],
    says: ['findet hybrid statt: im Bezirksrathaus Lüttringhausen'],
  },
  { conv: 'baum', q: 'fortbildung baumkontrolle', kind: 'list', titles: [T.baum] },
  {
    conv: 'baum',
    q: 'wann ist die?',
    kind: 'facts',
    titles: [T.baum],
    says: ['an 2 Tagen', 'Mi., 09.05.2029 und Do., 10.05.2029', 'jeweils von 08:00 bis 15:30 Uhr'],
  },
  // --- dates and periods in every form ----------------------------------------------------------------------------------
  { q: 'was läuft diesen monat noch?', kind: 'list', titles: [T.phishing, T.vergabe, T.entspannung, T.postfach] },
  { q: 'gibt es noch was vor weihnachten?', kind: 'list', titles: [T.phishing, T.vergabe, T.entspannung] },
  { q: 'was ist morgen?', kind: 'none' },
  { q: 'was ist naechste woche', kind: 'list', titles: [T.vergabe, T.entspannung] },
  { q: 'was leuft übernächste woche', kind: 'list', titles: [T.postfach] },
  { q: 'welche seminare sind in KW 5?', kind: 'list', titles: [T.eakte, T.stress, T.nkf] },
  { q: 'seminare ende januar', kind: 'list', titles: [T.eakte, T.stress] },
  { q: 'was gibt es mitte januar', kind: 'list', titles: [T.klartext] },
  { q: 'was steht in kw 7 an', kind: 'list', titles: [T.deeskalation, T.rsa] },
  { q: 'kostenlose seminare in der kw 7', kind: 'list', titles: [T.rsa] },
  { q: 'was ist am 14.2.?', kind: 'list', titles: [T.deeskalation] },
  { q: 'gibt es ende februar etwas?', kind: 'none' },
  { q: 'was gibt es anfang märz', kind: 'list', titles: [T.fuehrung, T.teams] },
  { q: 'Seminare vom 10. bis 20. März', kind: 'list', titles: [T.vob, T.ausschuss, T.brandschutz] },
  { q: 'online-seminare nach karneval', kind: 'list', ...maybeAlso(only(T.teams, T.barrierefrei), T.vob) },
  {
    q: 'welche online kurse gibt es im ersten quartal?',
    kind: 'list',
    ...maybeAlso(only(T.bezuege, T.stress, T.ki, T.teams, T.barrierefrei), T.eakte, T.vob),
  },
  { q: 'vergaberecht im ersten quartal', kind: 'list', titles: [T.vob] },
  { q: 'was ist in der karwoche', kind: 'list', titles: [T.ehGrund] },
  { q: 'seminare im zweiten quartal', kind: 'list', titles: [T.ehFort, T.baum] },
  { q: 'anything in the week of 8 February?', locale: 'en', kind: 'list', titles: [T.english, T.ki] },
  { q: "what's on between Christmas and New Year?", locale: 'en', kind: 'list', titles: [T.postfach] },
  {
    q: 'which seminars are next month',
    locale: 'en',
    kind: 'list',
    ...only(T.bezuege, T.onboarding, T.klartext, T.eakte, T.stress),
  },
  {
    q: 'courses in the second half of March',
    locale: 'en',
    kind: 'list',
    titles: [T.brandschutz, T.barrierefrei, T.ehGrund],
  },
  { q: 'any first aid course after Easter?', locale: 'en', kind: 'list', titles: [T.ehFort] },
  // --- facts -----------------------------------------------------------------------------------------------------------
  {
    q: 'wann ist die brandschutzhelfer ausbildung?',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['am Di., 20.03.2029 von 08:30 bis 12:30 Uhr'],
  },
  { q: 'was kostet der entspannungskurs bei der vhs?', kind: 'facts', titles: [T.entspannung], says: ['kostet 18 €'] },
  {
    q: 'anmeldeschluss baumkontrolle?',
    kind: 'facts',
    titles: [T.baum],
    says: ['bis Fr., 13.04.2029, 12:00 Uhr'],
  },
  {
    q: 'wo findet das vob seminar statt',
    kind: 'facts',
    titles: [T.vob],
    says: ['Bergisches Studieninstitut', 'oder online'],
  },
  {
    q: 'wann ist das seminar für sachkundige bürger?',
    kind: 'facts',
    titles: [T.ausschuss],
    says: ['am Do., 15.03.2029 von 18:00 bis 20:30 Uhr'],
  },
  // --- topic searches: words only in summary, description or topics ----------------------------------------------------
  { q: 'phishing mails erkennen', kind: 'list', titles: [T.phishing] },
  { q: 'einführungstag für neue kolleginnen und kollegen', kind: 'list', titles: [T.onboarding] },
  { q: 'bürgerfreundliche briefe ohne amtsdeutsch', kind: 'list', titles: [T.klartext] },
  { q: 'umgang mit aggressiven bürgern', kind: 'list', titles: [T.deeskalation] },
  {
    miss: 'the ladder-safety course is listed beside the course on securing road works',
    q: 'baustellenabsicherung nach rsa',
    kind: 'list',
    titles: [T.rsa],
  },
  // --- provider, evening, multi-day -------------------------------------------------------------------------------------
  {
    q: 'was bietet die unfallkasse an?',
    kind: 'list',
    ...only(T.stress, T.rsa, T.brandschutz, T.ehGrund, T.ehFort),
  },
  {
    q: 'kurse vom bergischen studieninstitut im märz',
    kind: 'list',
    titles: [T.fuehrung, T.vob, T.ausschuss],
  },
  { q: 'gibt es auch was nach feierabend?', kind: 'list', ...only(T.entspannung, T.ausschuss) },
  { q: 'mehrtägige seminare', kind: 'list', titles: [T.fuehrung, T.baum] },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'findet das stimmtraining statt?', kind: 'gone', gone: T.stimme },
  { q: 'staplerunterweisung an weiberfastnacht', kind: 'gone', gone: T.stapler },
  { q: 'barkasse schulung', kind: 'gone', gone: T.barkasse, says: ['Di., 12.12.2028'] },
  { q: 'schulung für wahlhelfer zur europawahl', kind: 'none' },
  { q: 'fahrsicherheitstraining', kind: 'none' },
  { q: 'Moin!', kind: 'help' },
  { q: 'wo bin ich angemeldet?', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-thirty-sixth, independent catalogue (Stadt Remscheid, BSI, UK NRW, VHS Remscheid, ITK Rheinland)',
  {
    fixture: 'heldout336-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
