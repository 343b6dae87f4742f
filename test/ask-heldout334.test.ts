// Over-fitting check, three-hundred-and-thirty-fourth catalogue: the spring 2027 programme for the Stadt Emden (Lower
// Saxony, East Frisia), its Bau- und Entsorgungsbetrieb (BEE) and the neighbouring Gemeinden Krummhörn and Hinte, with
// the Niedersächsisches Studieninstitut für kommunale Verwaltung (NSI), the Unfallkasse Niedersachsen, the VHS Emden,
// the KDO (Zweckverband Kommunale Datenverarbeitung Oldenburg) as the regional IT service provider and the city's own
// Fachdienst Personal and Fachdienst Feuerwehr und Bevölkerungsschutz, imported from a JSON file. Seminars take place in
// the Rathaus am Delft, the Volkshochschule Emden, the Hauptfeuerwache, the Hochschule Emden/Leer, the Johannes a Lasco
// Bibliothek and the BEE's Betriebshof, online or hybrid. Several titles do not name their subject ("Nicht jeder Link
// ist ein Freund" is phishing, "Kurz, klar, beschlussfähig" minutes for council committees, "Pivot statt Papier" Excel,
// "Texte mit Assistenz" AI, "Feierabend für den Nacken" back and neck exercises, "Neu in der Verantwortung" new
// managers, "Wenn der Alarm losgeht" fire wardens, "Alles an einem Ort" Teams and SharePoint, "Wenn das Wasser steigt"
// storm-surge crisis staff, "Vom Zettel zum Tablet" mobile work orders at the Betriebshof, "Post, die man versteht"
// plain language, "Auskunft mit Augenmaß" GDPR requests, "Baum in Sicht" tree inspection, "Wenn Gespräche kippen"
// de-escalation, "Erste Reihe im Ratssaal" municipal law for council members, "Durchatmen statt durchhalten" stress,
// "Leinen los!" induction days for trainees), so only summary, description or topics reveal it. One seminar is held in
// English; the tablet course is open only to the BEE. The file cannot express registrations, so every seminar has all
// its seats free: seat questions ask how many seats there are. Registration deadlines are the point of this suite: three
// upcoming seminars are already closed, two close today, several this week, and seminars without a deadline close at
// their start. Free seminars say who pays (Unfallkasse, Fachdienst Personal, Stadt Emden). Written without looking at
// the parser or the answers: registration, seats and fees first, with follow-up conversations, some in English.
//
// Calendar around `now` (Tuesday 16 March 2027, 10:15 in Emden, winter time; Good Friday 26.03., Easter Sunday 28.03.
// is also the start of summer time, Easter Monday 29.03.; 1 May is a Saturday; Ascension Thu 06.05.; Whit Monday 17.05.):
//   this week:  Tue 16.03. (today) 14:00–15:30 phishing (online, KDO; no deadline given, so registration closes at the
//               start, 14:00); Wed 17.03. 09:00–15:30 minutes (Rathaus; deadline passed Wed 03.03. 23:59); Thu 18.03.
//               18:00–20:00 Plattdeutsch (VHS, evening; deadline Wed 17.03. 12:00); Fri 19.03. 09:00–12:00 Excel
//               pivot (online, 59 €; deadline today 12:00)
//   next week:  Mon 22.03. 08:30–16:00 first aid (Hauptfeuerwache, free; deadline passed Mon 08.03. 23:59), Tue 23.03.
//               13:30–16:00 AI (hybrid, Rathaus; deadline Fri 19.03. 12:00), Wed 24.03. 17:30–19:00 neck exercises
//               (VHS, evening, 18 €; deadline passed yesterday, Mon 15.03. 18:00), Thu 25.03. first day of the
//               leadership course (deadline Thu 18.03. 23:59); nothing on Good Friday 26.03.
//   then:       Wed 31.03. 08:00–12:00 fire wardens (Hauptfeuerwache; no deadline, so until 08:00 that day), Thu 01.04.
//               (CEST) second day of the leadership course (Hochschule Emden/Leer, 09:00–16:00 both days, 420 €, 12
//               seats)
//   April:      Thu 08.04. 10:00–11:30 Teams/SharePoint (online, 60 seats), Tue 13.04. 09:00–15:00 storm surge
//               (Hauptfeuerwache; deadline Tue 30.03. 12:00), Wed 14.04. 09:00–12:30 English (VHS, 79 €, 10 seats, no
//               waitlist; deadline Wed 31.03. 23:59), Tue 20.04. tablet course (Betriebshof BEE, BEE only), the
//               cancelled PowerPoint course (Wed 21.04.), Tue 27.04. procurement (Rathaus, 245 €; deadline Tue 06.04.
//               12:00)
//   May:        the cancelled forklift course (Tue 04.05.), Wed 05.05. plain language (online, 190 €; deadline Wed
//               21.04. 23:59), Tue 11.05. GDPR requests (Johannes a Lasco Bibliothek, 25 seats), Wed–Thu 19.–20.05.
//               tree inspection (Betriebshof BEE, 08:00–15:30, 14 seats), Tue 25.05. de-escalation (Rathaus, free;
//               deadline Tue 11.05. 23:59), Wed 26.05. Doppik (hybrid, 24 seats)
//   June:       Mon 07.06. 18:30–21:00 council members (Rathaus, evening, free), Thu 10.06. 13:30–16:00 stress (online,
//               20 seats), the draft harbour walk (Fri 18.06.) and the draft podcast workshop (Wed 30.06.)
//   later:      Wed–Thu 01.–02.09. induction days for trainees (Rathaus)
//   past:       Wed 20.01.2027 property tax (online), Tue 23.02.2027 cash offices (Rathaus).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-03-16T09:15:00Z'); // Tuesday, 16 March 2027, 10:15 in Emden (CET)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Nicht jeder Link ist ein Freund', // Tue 16.03. 14:00–15:30, online, KDO, Ihnen, phishing, free, 100 seats, registration until 14:00
  protokoll: 'Kurz, klar, beschlussfähig', // Wed 17.03. 09:00–15:30, Rathaus am Delft, NSI, Janssen, minutes, 180 €, deadline passed Wed 03.03. 23:59
  platt: 'Moin un Willkomen: Plattdeutsch im Bürgerkontakt', // Thu 18.03. 18:00–20:00, VHS Emden, Gerdes, 25 € (Fachdienst Personal pays), 16 seats, deadline Wed 17.03. 12:00
  pivot: 'Pivot statt Papier', // Fri 19.03. 09:00–12:00, online, VHS, Saathoff, Excel, 59 €, 12 seats, deadline Tue 16.03. 12:00
  ersteHilfe: 'Erste Hilfe in der Dienststelle: Fortbildung für Ersthelfende', // Mon 22.03. 08:30–16:00, Hauptfeuerwache, Unfallkasse, free, deadline passed Mon 08.03. 23:59
  ki: 'Texte mit Assistenz', // Tue 23.03. 13:30–16:00, hybrid (Rathaus), KDO, Ihnen, AI / ChatGPT, free, 40 seats, deadline Fri 19.03. 12:00
  nacken: 'Feierabend für den Nacken', // Wed 24.03. 17:30–19:00, VHS Emden, Folkerts, neck/back exercises, 18 €, deadline passed Mon 15.03. 18:00
  fuehrung: 'Neu in der Verantwortung', // Thu 25.03. (CET) and Thu 01.04. (CEST) 09:00–16:00, Hochschule Emden/Leer, NSI, Dr. Eilers, 420 €, 12 seats, deadline Thu 18.03. 23:59
  brandschutz: 'Wenn der Alarm losgeht', // Wed 31.03. 08:00–12:00, Hauptfeuerwache, Unfallkasse, Poppinga, fire wardens, free, no deadline
  teams: 'Alles an einem Ort', // Thu 08.04. 10:00–11:30, online, KDO, Ihnen, Teams / SharePoint, free, 60 seats
  wasser: 'Wenn das Wasser steigt', // Tue 13.04. 09:00–15:00, Hauptfeuerwache, Fachdienst Feuerwehr, Poppinga, storm surge / crisis staff, free, deadline Tue 30.03. 12:00
  english: 'Clear Answers, Friendly Tone: English at the Service Counter', // Wed 14.04. 09:00–12:30, VHS Emden, MacLeod, 79 €, 10 seats, deadline Wed 31.03. 23:59
  zettel: 'Vom Zettel zum Tablet', // Tue 20.04. 07:30–11:30, Betriebshof BEE, KDO, Wilts, mobile work orders, free, BEE only
  vergabe: 'Vergaberecht kompakt: NTVergG und UVgO in der Praxis', // Tue 27.04. 09:00–16:00, Rathaus, NSI, Dr. Harms, 245 €, 20 seats, deadline Tue 06.04. 12:00
  sprache: 'Post, die man versteht', // Wed 05.05. 09:00–16:00, online, NSI, Janssen, plain language, 190 €, deadline Wed 21.04. 23:59
  datenschutz: 'Auskunft mit Augenmaß', // Tue 11.05. 09:00–12:00, Johannes a Lasco Bibliothek, Fachdienst Personal, de Vries, GDPR requests, free, 25 seats
  baum: 'Baum in Sicht', // Wed 19.05.–Thu 20.05. 08:00–15:30, Betriebshof BEE, NSI, Bohlen, tree inspection, 360 €, 14 seats
  konflikt: 'Wenn Gespräche kippen', // Tue 25.05. 09:00–15:00, Rathaus, Unfallkasse, Cramer, de-escalation, free, deadline Tue 11.05. 23:59
  haushalt: 'Doppik verstehen: Ergebnis- und Finanzhaushalt für Einsteiger', // Wed 26.05. 09:00–16:00, hybrid (Rathaus), NSI, Dr. Harms, 210 €, 24 seats
  rat: 'Erste Reihe im Ratssaal', // Mon 07.06. 18:30–21:00, Rathaus, NSI, Dr. Harms, NKomVG for council members, free (Stadt Emden pays), 45 seats
  stress: 'Durchatmen statt durchhalten', // Thu 10.06. 13:30–16:00, online, Unfallkasse, Cramer, stress / resilience, free, 20 seats
  azubi: 'Leinen los!', // Wed 01.09.–Thu 02.09. 08:30–15:00, Rathaus, Fachdienst Personal, Ubben, induction for trainees, free, 30 seats
  hafen: 'Hafenrundgang für neue Beschäftigte: Emden als Seehafenstadt', // draft (Fri 18.06.)
  podcast: 'Podcast-Werkstatt: Verwaltung zum Hören', // draft (Wed 30.06.)
  powerpoint: 'PowerPoint-Präsentationen für Rat und Ausschüsse', // cancelled (Wed 21.04.2027)
  stapler: 'Gabelstaplerfahrer-Ausbildung nach DGUV Grundsatz 308-001', // cancelled (Tue 04.05.2027)
  grundsteuer: 'Grundsteuerreform: Bescheide nach dem Niedersächsischen Grundsteuergesetz', // past (Wed 20 January 2027)
  barkasse: 'Barkassen sicher führen: Kassenprüfung und Vier-Augen-Prinzip', // past (Tue 23 February 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.hafen, T.podcast, T.powerpoint, T.stapler, T.grundsteuer, T.barkasse];
const only = onlyAmong(all, NEVER);

const UK_PAYS = 'Die Kosten übernimmt die Unfallkasse Niedersachsen.';
const BUDGET = 'Die Kosten trägt der Fachdienst Personal aus dem zentralen Fortbildungsbudget.';

const CASES: Case[] = [
  // --- follow-up conversations: deadlines, seats, who pays -------------------------------------------------------------
  { conv: 'heute', q: 'gibt es heute noch eine schulung?', kind: 'list', titles: [T.phishing] },
  {
    conv: 'heute',
    q: 'kann ich mich da noch anmelden?',
    kind: 'facts',
    titles: [T.phishing],
    says: ['bis Di., 16.03.2027, 14:00 Uhr'],
  },
  { conv: 'pivot', q: 'gibt es einen kurs zu pivot tabellen?', kind: 'list', titles: [T.pivot] },
  {
    conv: 'pivot',
    q: 'bis wann kann ich mich anmelden?',
    kind: 'facts',
    titles: [T.pivot],
    says: ['bis Di., 16.03.2027, 12:00 Uhr'],
  },
  {
    conv: 'pivot',
    q: 'wie viele plätze hat der kurs?',
    kind: 'facts',
    titles: [T.pivot],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  {
    conv: 'pivot',
    q: 'und wer bezahlt die gebühr?',
    kind: 'facts',
    titles: [T.pivot],
    says: ['kostet 59 €'],
    mentions: ['Die Gebühr wird über das Fortbildungsbudget der entsendenden Dienststelle abgerechnet.'],
  },
  { conv: 'platt', q: 'plattdeutsch kurs', kind: 'list', titles: [T.platt] },
  {
    conv: 'platt',
    q: 'ist die anmeldung noch offen?',
    kind: 'facts',
    titles: [T.platt],
    says: ['bis Mi., 17.03.2027, 12:00 Uhr'],
  },
  {
    conv: 'platt',
    q: 'wann und wo ist der?',
    kind: 'facts',
    titles: [T.platt],
    says: ['am Do., 18.03.2027 von 18:00 bis 20:00 Uhr in der Volkshochschule Emden'],
  },
  { conv: 'protokoll', q: 'seminar zur protokollführung im rat', kind: 'list', titles: [T.protokoll] },
  {
    conv: 'protokoll',
    q: 'kann ich mich noch anmelden?',
    kind: 'facts',
    titles: [T.protokoll],
    says: ['ist am Mi., 03.03.2027, 23:59 Uhr abgelaufen'],
  },
  {
    conv: 'erste',
    q: 'wann ist die nächste erste-hilfe-fortbildung?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['am Mo., 22.03.2027 von 08:30 bis 16:00 Uhr'],
  },
  {
    conv: 'erste',
    q: 'ist es zu spät, mich da noch anzumelden?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist am Mo., 08.03.2027, 23:59 Uhr abgelaufen'],
  },
  {
    conv: 'erste',
    q: 'wer übernimmt die kosten',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: [UK_PAYS],
  },
  {
    conv: 'fuehrung',
    q: 'bin ab april sachgebietsleiterin – gibt es ein seminar für den wechsel in die führungsrolle?',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'fuehrung',
    q: 'an welchen tagen?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 25.03.2027 und Do., 01.04.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'fuehrung',
    q: 'anmeldeschluss?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['bis Do., 18.03.2027, 23:59 Uhr'],
  },
  {
    miss: '"für wie viele Teilnehmer" names an audience word that finds the first-aid course instead of the leadership course talked about',
    conv: 'fuehrung',
    q: 'für wie viele teilnehmer ist das ausgelegt?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  {
    miss: '"zahlt das die Stadt?" is read as a search for free seminars, not as who pays for the course talked about',
    conv: 'fuehrung',
    q: 'zahlt das die stadt?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['kostet 420 €'],
    mentions: [BUDGET],
  },
  { conv: 'english', q: 'is there a course held in English?', locale: 'en', kind: 'list', titles: [T.english] },
  {
    conv: 'english',
    q: 'is it too late to sign up?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['until Wed, 31 Mar 2027, 23:59'],
  },
  {
    conv: 'english',
    q: 'how many seats does it have?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['has 10 of 10 seats left'],
  },
  { conv: 'nacken', q: 'was gibt es gegen nackenverspannungen vom sitzen?', kind: 'list', titles: [T.nacken] },
  {
    conv: 'nacken',
    q: 'kann man sich da noch anmelden',
    kind: 'facts',
    titles: [T.nacken],
    says: ['ist am Mo., 15.03.2027, 18:00 Uhr abgelaufen'],
  },
  { conv: 'baum', q: 'tree inspection training', locale: 'en', kind: 'list', titles: [T.baum] },
  {
    conv: 'baum',
    q: 'when is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.baum],
    says: ['on 2 days', 'Wed, 19 May 2027 and Thu, 20 May 2027', 'each from 08:00 to 15:30'],
  },
  {
    conv: 'baum',
    q: 'how many people can take part?',
    locale: 'en',
    kind: 'facts',
    titles: [T.baum],
    says: ['has 14 of 14 seats left'],
  },
  { conv: 'brand', q: 'brandschutzhelfer ausbildung', kind: 'list', titles: [T.brandschutz] },
  {
    conv: 'brand',
    q: 'bis wann muss ich mich anmelden?',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['bis Mi., 31.03.2027, 08:00 Uhr'],
  },
  {
    conv: 'brand',
    q: 'wer zahlt das?',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['ist kostenlos'],
    mentions: [UK_PAYS],
  },
  { conv: 'rat', q: 'schulung für neue ratsmitglieder', kind: 'list', titles: [T.rat] },
  {
    conv: 'rat',
    q: 'müssen ratsmitglieder das selbst bezahlen?',
    kind: 'facts',
    titles: [T.rat],
    says: ['ist kostenlos'],
    mentions: ['Die Kosten für Mitglieder des Rates und der Ortsräte trägt die Stadt Emden.'],
  },
  {
    conv: 'rat',
    q: 'um wieviel uhr gehts los',
    kind: 'facts',
    titles: [T.rat],
    says: ['beginnt am Mo., 07.06.2027 um 18:30 Uhr'],
  },
  // --- single facts: deadline, seats, cost -----------------------------------------------------------------------------
  {
    q: 'anmeldeschluss vergaberecht',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Di., 06.04.2027, 12:00 Uhr'],
  },
  {
    q: 'bis wann kann ich mich für die KI-Schulung anmelden',
    kind: 'facts',
    titles: [T.ki],
    says: ['bis Fr., 19.03.2027, 12:00 Uhr'],
  },
  {
    q: 'deadline for the de-escalation training',
    locale: 'en',
    kind: 'facts',
    titles: [T.konflikt],
    says: ['until Tue, 11 May 2027, 23:59'],
  },
  {
    q: 'wie viele plätze hat der doppik kurs',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['noch 24 von 24 Plätzen frei'],
  },
  {
    q: 'hat die schulung zum dsgvo auskunftsrecht noch freie plätze?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['noch 25 von 25 Plätzen frei'],
  },
  {
    q: 'how many places are there in the stress management webinar?',
    locale: 'en',
    kind: 'facts',
    titles: [T.stress],
    says: ['has 20 of 20 seats left'],
  },
  {
    q: 'was kostet der kurs zu bürgernaher sprache',
    kind: 'facts',
    titles: [T.sprache],
    says: ['kostet 190 €'],
    mentions: [BUDGET],
  },
  {
    q: 'wo findet die sturmflut-übung statt',
    kind: 'facts',
    titles: [T.wasser],
    says: ['Hauptfeuerwache Emden'],
  },
  {
    q: 'wie lange dauert die einführung für azubis',
    kind: 'facts',
    titles: [T.azubi],
    says: ['dauert 2 Tage, jeweils von 08:30 bis 15:00 Uhr'],
  },
  // --- topic searches: words only in summary, description or topics ----------------------------------------------------
  { q: 'phishing mails erkennen', kind: 'list', titles: [T.phishing] },
  { q: 'chatgpt in der verwaltung', kind: 'list', titles: [T.ki] },
  { q: 'umgang mit aggressiven bürgern', kind: 'list', titles: [T.konflikt] },
  { q: 'katastrophenschutz krisenstab', kind: 'list', titles: [T.wasser] },
  { q: 'arbeitsaufträge im betriebshof mit dem tablet erfassen', kind: 'list', titles: [T.zettel] },
  // --- lists: registration still open or closed, seats, free of charge and who pays ------------------------------------
  {
    miss: "a deadline within a period is no filter: the deadlines of this week's seminars are answered",
    q: 'für welche seminare endet die anmeldefrist noch diese woche?',
    kind: 'list',
    ...only(T.pivot, T.phishing, T.platt, T.fuehrung, T.ki),
  },
  {
    miss: 'a passed deadline is no filter: the upcoming seminars are listed whatever their deadline',
    q: 'bei welchen kursen ist die anmeldung schon vorbei?',
    kind: 'list',
    ...only(T.protokoll, T.ersteHilfe, T.nacken),
  },
  {
    q: 'welche kurse nächste woche haben noch freie plätze?',
    kind: 'list',
    ...maybeAlso(only(T.ki, T.fuehrung), T.ersteHilfe, T.nacken),
  },
  {
    q: 'which courses in April still have seats?',
    locale: 'en',
    kind: 'list',
    ...maybeAlso(only(T.teams, T.wasser, T.english, T.zettel, T.vergabe), T.fuehrung),
  },
  {
    miss: 'a number of seats is no filter',
    q: 'welche kurse haben mindestens 40 plätze',
    kind: 'list',
    ...only(T.phishing, T.ki, T.teams, T.rat),
  },
  { q: 'kostenlose seminare im april', kind: 'list', ...only(T.teams, T.wasser, T.zettel) },
  {
    miss: 'who pays is no filter; the cost of one course is answered',
    q: 'bei welchen kursen übernimmt die unfallkasse die kosten?',
    kind: 'list',
    ...only(T.ersteHilfe, T.brandschutz, T.konflikt, T.stress),
  },
  { q: 'kostenpflichtige kurse unter 50 euro', kind: 'list', ...only(T.platt, T.nacken) },
  // --- time, place and trainer lists -----------------------------------------------------------------------------------
  { q: 'was läuft diese woche noch', kind: 'list', titles: [T.phishing, T.protokoll, T.platt, T.pivot] },
  { q: 'was ist nächste woche los', kind: 'list', titles: [T.ersteHilfe, T.ki, T.nacken, T.fuehrung] },
  { q: 'seminare im mai', kind: 'list', titles: [T.sprache, T.datenschutz, T.baum, T.konflikt, T.haushalt] },
  { q: 'gibt es abendkurse', kind: 'list', ...only(T.platt, T.nacken, T.rat) },
  { q: 'welche kurse gibt dr. harms', kind: 'list', ...only(T.vergabe, T.haushalt, T.rat) },
  { q: 'ist am karfreitag, 26.03., irgendwas?', kind: 'none' },
  // --- gone, drafts never shown, greeting, own registrations -----------------------------------------------------------
  { q: 'gibt es noch den powerpoint kurs', kind: 'gone', gone: T.powerpoint },
  { q: 'gabelstapler schein machen', kind: 'gone', gone: T.stapler },
  { q: 'grundsteuer schulung, wann war die?', kind: 'gone', gone: T.grundsteuer, says: ['Mi., 20.01.2027'] },
  { q: 'seminar barkasse', kind: 'gone', gone: T.barkasse, says: ['Di., 23.02.2027'] },
  {
    q: 'hafenrundgang für neue kollegen',
    kind: 'none',
  },
  { q: 'Moin!', kind: 'help' },
  { q: 'für was bin ich angemeldet?', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-thirty-fourth, independent catalogue (Stadt Emden, NSI, Unfallkasse Niedersachsen, KDO, VHS Emden)',
  {
    fixture: 'heldout334-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
