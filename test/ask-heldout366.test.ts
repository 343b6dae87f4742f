// Over-fitting check, three-hundred-and-sixty-sixth catalogue: the autumn 2030 programme for the Landkreis
// Vorpommern-Greifswald (Mecklenburg-Vorpommern), the Universitäts- und Hansestadt Greifswald, the Hansestadt Anklam, the
// towns of Pasewalk, Ueckermünde and Wolgast and two Ämter (Am Stettiner Haff, Usedom-Süd), with the Kommunales
// Studieninstitut Mecklenburg-Vorpommern (KSI M-V), the Zweckverband eGo-MV, the Unfallkasse Mecklenburg-Vorpommern and
// the Kreisverwaltung's Personalentwicklung, imported from a JSON file. Seminars take place in the Kreishaus Greifswald
// (Feldstraße 85a: Sitzungssaal, Konferenzraum Ryck), the KSI Bildungsstätte Greifswald (Brinkstraße 12), the Stadthaus
// Greifswald (Markt 15), the Berufsfeuerwehr Greifswald (Wolgaster Straße 100), the Verwaltungsstandorte Anklam
// (Demminer Straße 71-74) and Pasewalk (An der Kürassierkaserne 9), the Verkehrsübungsplatz Pasewalk, the Rathaus
// Ueckermünde (Am Rathaus 3), the Rathaus Wolgast (Burgstraße 6) and the Feuerwehr Wolgast, online or hybrid. Two
// seminars are held in English (the Welcome Desk course in the Stadthaus and the Interreg workshop, hybrid in the
// Kreishaus). Many titles do not name their subject ("Gelassen bleiben, wenn es hitzig wird" is de-escalation with angry
// citizens, "Vier Augen sehen mehr" cash audits (Kassenprüfung), "Dzień dobry, Nachbarn!" a Polish course, "Der erste
// Eindruck zählt" the induction day, "Zahlen, die Politik machen" the budget for council members, "Wer schreibt, der
// bleibt" minutes of council meetings, "Klick für Klick zum Antrag" OZG online services, "Sicher am Steuer" driving
// safety with official cars, "Kopf frei" stress / burnout, "Fit am Schreibtisch" back exercises at lunchtime, "Gut gemeint
// ist nicht gut geschrieben" plain-language letters and notices), so only summary, description or topics reveal it. The
// questions are mostly German, in everyday words, with typos; about a third in English.
//
// Calendar around `now` (Tuesday 15 October 2030, 10:00 in Greifswald, summer time; winter time begins Sun 27.10.2030;
// Reformationstag Thu 31.10.2030 is a holiday in Mecklenburg-Vorpommern):
//   this week:  Tue 15.10. (today) 13:30–15:00 e-file (online, eGo-MV); Wed 16.10. (tomorrow) 09:00–15:30 Excel
//               (Anklam, 140 €, deadline passed Fri 11.10. 23:59); Thu 17.10. 09:00–16:00 de-escalation (Rathaus
//               Ueckermünde, Unfallkasse)
//   next week:  Tue 22.10. 09:00–12:00 data protection (online); Thu 24.10. 09:00–13:00 Welcome Desk English (Stadthaus
//               Greifswald, 45 €, deadline Fri 18.10. 12:00)
//   then:       nothing from Mon 28.10. to Mon 04.11.
//   November:   Tue 05.11. cash audits (Pasewalk, 95 €); Wed 06./13./20./27.11. 16:00–17:30 Polish (online); Thu
//               07./14./21./28.11. 12:00–12:30 back exercises (online); Fri 08.11. 09:00–15:00 induction day (Kreishaus,
//               Landkreis staff only); Mon 11.–Tue 12.11. 09:00–16:30 new managers (KSI Greifswald, 480 €, deadline Fri
//               25.10. 23:59); Wed 13.11. 18:00–20:30 budget for council members (Rathaus Wolgast, evening); Thu 14.11.
//               08:30–16:00 first aid (Berufsfeuerwehr Greifswald); Tue 19.11. 09:00–12:00 minutes (hybrid, Rathaus
//               Ueckermünde); Thu 21.11. procurement (KSI Greifswald, 290 €); Mon 25.11. OZG (online); Tue 26.11.
//               08:00–15:00 driving safety (Verkehrsübungsplatz Pasewalk); Thu 28.11. 09:00–12:00 stress (online);
//               the cancelled Outlook course (Thu 07.11., Anklam) and Plattdeutsch course (Wed 20.11., Ueckermünde)
//   December:   Tue 03.12. plain-language letters (Anklam, 160 €); Wed 04.12. 14:00–17:00 Interreg (English, hybrid,
//               Kreishaus); Thu 05.12. 08:30–12:30 fire wardens (Feuerwehr Wolgast); Mon 09.–Wed 11.12. 08:30–15:30
//               local-government law for career changers (KSI Greifswald, 540 €, deadline Fri 22.11. 23:59); the drafts
//               AI in citizen services (Tue 10.12., online) and cemetery fees (Thu 12.12., Anklam)
//   past:       Tue 13.08.2030 heat protection (Kreishaus), Thu 19.09.2030 Wohngeld-Plus (online).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2030-10-15T08:00:00Z'); // Tuesday, 15 October 2030, 10:00 in Greifswald (CEST)
const TZ = 'Europe/Berlin';

const T = {
  eakte: 'Die E-Akte im Landkreis: Einführung für Sachbearbeitende', // Tue 15.10. 13:30–15:00, online, eGo-MV, Frau Katrin Wendt, free
  excel: 'Excel im Verwaltungsalltag: Formeln, Filter und Pivot-Tabellen', // Wed 16.10. 09:00–15:30, Anklam, KSI, Herr Marco Lüdtke, 140 €, 12 seats, deadline passed Fri 11.10. 23:59
  deeskalation: 'Gelassen bleiben, wenn es hitzig wird', // Thu 17.10. 09:00–16:00, Rathaus Ueckermünde, UK M-V, Herr Sven Rakow (Polizei), de-escalation, free
  datenschutz: 'Datenschutz im Bürgerbüro: DSGVO und DSG M-V in der Praxis', // Tue 22.10. 09:00–12:00, online, PE, Frau Dr. Anja Kuhlmann, free
  welcome: 'Welcome Desk English: Serving International Students and Residents', // Thu 24.10. 09:00–13:00, Stadthaus Greifswald, Dr. Claire Donovan, 45 €, English, deadline Fri 18.10. 12:00
  kasse: 'Vier Augen sehen mehr', // Tue 05.11. 09:00–15:00, Pasewalk, KSI, Herr Holger Brandt, cash audits, 95 €
  polnisch: 'Dzień dobry, Nachbarn!', // Wed 06./13./20./27.11. 16:00–17:30, online, PE, Frau Agnieszka Nowak-Schulz, Polish, free
  ruecken: 'Fit am Schreibtisch', // Thu 07./14./21./28.11. 12:00–12:30, online, PE, Frau Lena Voigt, back exercises, free
  einfuehrung: 'Der erste Eindruck zählt', // Fri 08.11. 09:00–15:00, Kreishaus Greifswald (Sitzungssaal), PE, Frau Susanne Kroll, induction day, Landkreis only, free
  fuehrung: 'Neu in der Führungsrolle', // Mon 11.–Tue 12.11. 09:00–16:30, KSI Greifswald, Frau Dr. Birgit Sommerfeld, 480 €, deadline Fri 25.10. 23:59
  haushalt: 'Zahlen, die Politik machen', // Wed 13.11. 18:00–20:30, Rathaus Wolgast, KSI, Herr Dr. Frank Wegner, budget for council members, free
  ersteHilfe: 'Erste-Hilfe-Fortbildung für betriebliche Ersthelfende', // Thu 14.11. 08:30–16:00, Berufsfeuerwehr Greifswald, UK M-V, Herr Tobias Krüger (DRK), free
  protokoll: 'Wer schreibt, der bleibt', // Tue 19.11. 09:00–12:00, hybrid (Rathaus Ueckermünde), KSI, Frau Petra Lenz, minutes, free
  vergabe: 'Vergaberecht kompakt: UVgO und Vergabegesetz M-V', // Thu 21.11. 09:00–16:00, KSI Greifswald, Herr Dr. Frank Wegner, 290 €, 18 seats
  ozg: 'Klick für Klick zum Antrag', // Mon 25.11. 09:00–12:00, online, eGo-MV, Frau Katrin Wendt, OZG, free
  fahren: 'Sicher am Steuer', // Tue 26.11. 08:00–15:00, Verkehrsübungsplatz Pasewalk, UK M-V, Herr Jörg Behnke, driving safety, free
  stress: 'Kopf frei', // Thu 28.11. 09:00–12:00, online, UK M-V, Frau Miriam Jahnke, stress / burnout, free
  sprache: 'Gut gemeint ist nicht gut geschrieben', // Tue 03.12. 09:00–15:00, Anklam, KSI, Frau Dr. Ulrike Haase, plain language, 160 €
  interreg: 'Baltic Cooperation Workshop: Writing Interreg Project Proposals', // Wed 04.12. 14:00–17:00, hybrid (Kreishaus, Konferenzraum Ryck), Dr. Mikael Lindqvist, English, free
  brandschutz: 'Brandschutzhelfer-Ausbildung mit praktischer Löschübung', // Thu 05.12. 08:30–12:30, Feuerwehr Wolgast, PE, Herr Ronny Saß, free
  kommunalrecht: 'Kommunalrecht M-V für Quereinsteigende', // Mon 09.–Wed 11.12. 08:30–15:30, KSI Greifswald, Frau Petra Lenz, 540 €, deadline Fri 22.11. 23:59
  ki: 'Künstliche Intelligenz im Bürgerservice', // draft (Tue 10.12.), eGo-MV, Frau Katrin Wendt
  friedhof: 'Friedhofssatzung und Friedhofsgebühren', // draft (Thu 12.12.), Anklam, Dr. Wegner
  outlook: 'Outlook effizient nutzen: E-Mails, Kalender und Aufgaben', // cancelled (Thu 07.11.), Anklam
  platt: 'Plattdeutsch im Bürgerkontakt', // cancelled (Wed 20.11.), Rathaus Ueckermünde
  hitze: 'Hitzeschutz am Arbeitsplatz', // past (Tue 13.08.2030), Kreishaus
  wohngeld: 'Wohngeld-Plus: Änderungen 2030', // past (Thu 19.09.2030), online
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.ki, T.friedhof, T.outlook, T.platt, T.hitze, T.wohngeld];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -------------------------------------------------------------------------------------------
  { conv: 'haushalt', q: 'gibt es was zum haushalt für gemeindevertreter?', kind: 'list', titles: [T.haushalt] },
  {
    conv: 'haushalt',
    q: 'wann ist das?',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['am Mi., 13.11.2030 von 18:00 bis 20:30 Uhr'],
  },
  { conv: 'haushalt', q: 'Und wo ist das?', kind: 'facts', titles: [T.haushalt], says: ['Rathaus Wolgast'] },
  { conv: 'haushalt', q: 'kostet das was?', kind: 'facts', titles: [T.haushalt], says: ['ist kostenlos'] },
  {
    conv: 'leadership',
    q: "I've just become a team leader – is there any training for new managers?",
    locale: 'en',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'leadership',
    q: 'how much is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: [/costs (€\s?480|480\s?€|EUR 480)/],
  },
  {
    conv: 'leadership',
    q: 'register by when?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['You can register for the seminar', 'until Fri, 25 Oct 2030, 23:59'],
  },
  {
    conv: 'leadership',
    q: "who's the trainer?",
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['is led by Frau Dr. Birgit Sommerfeld'],
  },
  { conv: 'ueckermuende', q: 'Was gibt es in Ueckermünde?', kind: 'list', ...only(T.deeskalation, T.protokoll) },
  { conv: 'ueckermuende', q: 'welcher davon geht auch online?', kind: 'list', titles: [T.protokoll] },
  {
    conv: 'ueckermuende',
    q: 'wer leitet den?',
    kind: 'facts',
    titles: [T.protokoll],
    says: ['leitet Frau Petra Lenz'],
  },
  {
    conv: 'ueckermuende',
    q: 'welche kurse hat sie noch?',
    kind: 'list',
    ...maybeAlso(only(T.kommunalrecht), T.protokoll),
  },
  { conv: 'excel', q: 'exel kurs', kind: 'list', titles: [T.excel] },
  {
    conv: 'excel',
    q: 'kann ich mich da noch anmelden?',
    kind: 'facts',
    titles: [T.excel],
    says: ['am Fr., 11.10.2030, 23:59 Uhr abgelaufen'],
  },
  {
    conv: 'excel',
    q: 'wie viele plätze sind noch frei',
    kind: 'facts',
    titles: [T.excel],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  {
    conv: 'polish',
    q: 'Is there a Polish course for staff?',
    locale: 'en',
    kind: 'list',
    titles: [T.polnisch],
  },
  {
    conv: 'polish',
    q: 'when are the lessons?',
    locale: 'en',
    kind: 'facts',
    titles: [T.polnisch],
    says: ['takes place on 4 days', 'Wed, 6 Nov 2030', 'Wed, 27 Nov 2030', 'each from 16:00 to 17:30'],
  },
  {
    conv: 'polish',
    q: 'do I have to come to the office for it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.polnisch],
    says: ['takes place online'],
  },
  {
    conv: 'ruecken',
    q: 'ich hab ständig rückenschmerzen vom vielen sitzen, gibts da was?',
    kind: 'list',
    titles: [T.ruecken],
  },
  {
    conv: 'ruecken',
    q: 'wann genau?',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['an 4 Tagen', 'Do., 07.11.2030', 'Do., 28.11.2030', 'jeweils von 12:00 bis 12:30 Uhr'],
  },
  { conv: 'ruecken', q: 'und wo ist das?', kind: 'facts', titles: [T.ruecken], says: ['findet online statt'] },
  // --- follow-ups with nothing talked about ---------------------------------------------------------------------------
  { conv: 'empty-de', q: 'und wo ist das?', kind: 'noContext' },
  { conv: 'empty-en', q: 'how much is it?', locale: 'en', kind: 'noContext' },
  // --- subjects only summary, description or topics name, in everyday words ---------------------------------------------
  { q: 'Ärger mit Bürgern', kind: 'list', titles: [T.deeskalation] },
  {
    miss: '"schreiben" also finds the plain-language course, listed second',
    q: 'Protokoll schreiben',
    kind: 'list',
    titles: [T.protokoll],
  },
  { q: 'Kassenprüfung', kind: 'list', titles: [T.kasse] },
  { q: 'gibt es ein seminar zur kasenprüfung?', kind: 'list', titles: [T.kasse] },
  { q: 'polnisch lernen', kind: 'list', titles: [T.polnisch] },
  { q: 'Wie schreibe ich Briefe ohne Amtsdeutsch?', kind: 'list', titles: [T.sprache] },
  { q: 'online anträge ozg', kind: 'list', titles: [T.ozg] },
  { q: 'Fahrtraining mit dem Dienstwagen', kind: 'list', titles: [T.fahren] },
  { q: 'was gegen stress', kind: 'list', titles: [T.stress] },
  {
    q: 'Ich fange nächsten Monat bei der Kreisverwaltung an. Gibt es eine Einführung für neue Mitarbeiter?',
    kind: 'list',
    titles: [T.einfuehrung],
  },
  { q: 'Wiederbelebung üben', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'feuerlöscher ausprobieren', kind: 'list', titles: [T.brandschutz] },
  { q: 'Deeskalaiton am schalter', kind: 'list', titles: [T.deeskalation] },
  { q: 'Datenschuts schulung', kind: 'list', titles: [T.datenschutz] },
  { q: 'dealing with angry customers', locale: 'en', kind: 'list', titles: [T.deeskalation] },
  { q: 'anything for back pain?', locale: 'en', kind: 'list', titles: [T.ruecken] },
  { q: 'training on taking minutes of council meetings', locale: 'en', kind: 'list', titles: [T.protokoll] },
  { q: 'EU funding applications', locale: 'en', kind: 'list', titles: [T.interreg] },
  { q: 'Is there a course on burnout?', locale: 'en', kind: 'list', titles: [T.stress] },
  // --- facts ------------------------------------------------------------------------------------------------------------
  { q: 'Was kostet der Excel-Kurs in Anklam?', kind: 'facts', titles: [T.excel], says: ['kostet 140 €'] },
  {
    q: 'wer macht die erste hilfe fortbildung?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['leitet Herr Tobias Krüger (DRK-Kreisverband Ostvorpommern-Greifswald)'],
  },
  {
    q: 'Wo findet die Schulung zur Kassenprüfung statt?',
    kind: 'facts',
    titles: [T.kasse],
    says: ['An der Kürassierkaserne 9, 17309 Pasewalk'],
  },
  {
    q: 'Wie lange dauert das Seminar für neue Führungskräfte?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['dauert 2 Tage, jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    q: 'Um wie viel Uhr fängt das Fahrsicherheitstraining an?',
    kind: 'facts',
    titles: [T.fahren],
    says: ['beginnt am Di., 26.11.2030 um 08:00 Uhr'],
  },
  {
    q: 'bis wann muss ich mich für kommunalrecht für quereinsteiger anmelden',
    kind: 'facts',
    titles: [T.kommunalrecht],
    says: ['bis Fr., 22.11.2030, 23:59 Uhr anmelden'],
  },
  {
    q: 'Sind beim Vergaberecht noch Plätze frei?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['noch 18 von 18 Plätzen frei'],
  },
  { q: 'ist die datenschutzschulung online?', kind: 'facts', titles: [T.datenschutz], says: ['findet online statt'] },
  {
    q: 'Kann ich bei der Schulung zu Sitzungsniederschriften auch von zu Hause mitmachen?',
    kind: 'facts',
    titles: [T.protokoll],
    says: ['findet hybrid statt', 'Rathaus Ueckermünde'],
  },
  {
    q: 'Is the Welcome Desk course held in English?',
    locale: 'en',
    kind: 'facts',
    titles: [T.welcome],
    says: ['is held in English'],
  },
  {
    q: 'Where is the driving safety training?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fahren],
    says: ['Verkehrsübungsplatz Pasewalk, Prenzlauer Chaussee 40'],
  },
  {
    q: 'How much does the Interreg workshop cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.interreg],
    says: ['is free of charge'],
  },
  { q: 'zeig mir details zum vergaberecht seminar', kind: 'details', titles: [T.vergabe] },
  // --- providers, trainers, places, audiences ------------------------------------------------------------------------------
  {
    q: 'was bietet die unfallkasse an?',
    kind: 'list',
    ...only(T.deeskalation, T.ersteHilfe, T.fahren, T.stress),
  },
  { q: 'Schulungen von eGo-MV', kind: 'list', ...only(T.eakte, T.ozg) },
  {
    q: 'Angebote der Personalentwicklung',
    kind: 'list',
    ...only(T.datenschutz, T.polnisch, T.ruecken, T.einfuehrung, T.brandschutz),
  },
  { q: 'Kurse bei Herrn Wegner', kind: 'list', ...only(T.haushalt, T.vergabe) },
  { q: 'was gibt es in pasewalk', kind: 'list', ...only(T.kasse, T.fahren) },
  { q: 'courses in Wolgast', locale: 'en', kind: 'list', ...only(T.haushalt, T.brandschutz) },
  {
    q: 'was läuft in greifswald',
    kind: 'list',
    ...only(T.welcome, T.einfuehrung, T.fuehrung, T.ersteHilfe, T.vergabe, T.interreg, T.kommunalrecht),
  },
  { q: 'Seminare in Stralsund', kind: 'none' },
  { q: 'Ich bin ehrenamtliche Bürgermeisterin – gibt es was für mich?', kind: 'list', titles: [T.haushalt] },
  // --- dates, formats, fees, language ----------------------------------------------------------------------------------
  { q: 'was ist heute noch', kind: 'list', titles: [T.eakte] },
  { q: 'Was läuft morgen?', kind: 'list', titles: [T.excel] },
  { q: 'seminare diese woche', kind: 'list', titles: [T.eakte, T.excel, T.deeskalation] },
  { q: "What's on next week?", locale: 'en', kind: 'list', titles: [T.datenschutz, T.welcome] },
  {
    q: 'was gibt es in den nächsten zwei wochen?',
    kind: 'list',
    titles: [T.eakte, T.excel, T.deeskalation, T.datenschutz, T.welcome],
  },
  { q: 'seminare im dezember', kind: 'list', titles: [T.sprache, T.interreg, T.brandschutz, T.kommunalrecht] },
  {
    q: 'online courses in November',
    locale: 'en',
    kind: 'list',
    ...maybeAlso(only(T.polnisch, T.ruecken, T.ozg, T.stress), T.protokoll),
  },
  { q: 'kostenlose seminare im dezember', kind: 'list', ...only(T.interreg, T.brandschutz) },
  { q: 'gibt es was an einem freitag?', kind: 'list', titles: [T.einfuehrung] },
  { q: 'abendveranstaltungen', kind: 'list', titles: [T.haushalt] },
  {
    q: 'mehrtägige seminare',
    kind: 'list',
    ...maybeAlso(only(T.fuehrung, T.kommunalrecht), T.polnisch, T.ruecken),
  },
  { q: 'Kurse über 200 Euro', kind: 'list', ...only(T.fuehrung, T.vergabe, T.kommunalrecht) },
  { q: 'hybrid seminars', locale: 'en', kind: 'list', ...only(T.protokoll, T.interreg) },
  { q: 'Seminare auf Englisch', kind: 'list', ...only(T.welcome, T.interreg) },
  // --- gone, drafts, no match, greetings, own registrations ------------------------------------------------------------
  { q: 'Findet der Outlook-Kurs statt?', kind: 'gone', gone: T.outlook },
  { q: 'gibts den plattdeutsch kurs noch?', kind: 'gone', gone: T.platt },
  { q: 'hitzeschutz seminar', kind: 'gone', gone: T.hitze, says: ['Di., 13.08.2030'] },
  {
    q: 'When was the Wohngeld training?',
    locale: 'en',
    kind: 'gone',
    gone: T.wohngeld,
    says: ['Thu, 19 Sep 2030'],
  },
  { q: 'Gibt es was zu Friedhofsgebühren?', kind: 'none' },
  { q: 'KI im Bürgerservice', kind: 'none' },
  { q: 'Gebärdensprache', kind: 'none' },
  { q: 'Motorsägenschein', kind: 'none' },
  { q: 'Do you have a Spanish course?', locale: 'en', kind: 'none' },
  { q: 'Moin!', kind: 'help' },
  { q: 'Hallo, was kannst du?', kind: 'help' },
  { q: 'hi', locale: 'en', kind: 'help' },
  { q: 'danke dir!', kind: 'thanks' },
  { q: 'Wo bin ich angemeldet?', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-sixty-sixth, independent catalogue (Landkreis Vorpommern-Greifswald, Kommunales Studieninstitut M-V, eGo-MV, Unfallkasse M-V, Personalentwicklung der Kreisverwaltung)',
  {
    fixture: 'heldout366-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
