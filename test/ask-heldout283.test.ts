// Over-fitting check, two-hundred-and-eighty-third catalogue: the spring-to-autumn 2028 programme for the Landkreis
// Weilheim-Schongau (Bavaria) and its towns and municipalities (Weilheim i.OB, Schongau, Penzberg, Peißenberg, Peiting,
// Seeshaupt and the Verwaltungsgemeinschaft Huglfing with Eberfing and Oberhausen), with the Bayerische
// Verwaltungsschule (BVS), the Kommunale Unfallversicherung Bayern (KUVB), the AKDB, the Landesamt für Sicherheit in der
// Informationstechnik (LSI), the Landratsamt's Personalentwicklung and Sachgebiet Wahlen, the Volkshochschule Weilheim
// (VHS), the BRK Kreisverband and the Wasserwirtschaftsamt Weilheim, imported from a JSON file. Seminars take place in
// the Landratsamt, the Rathaus and the Volkshochschule in Weilheim, the Rathaus Schongau, the Rathaus Penzberg, the
// Rathaus Peißenberg, the Bauhof's Werkhalle in Peiting, online or hybrid. Several titles do not name their subject
// ("Nicht jeder Anhang ist harmlos" is phishing, "Das Wesentliche festhalten" minutes of council meetings, "Abschalten
// nach Dienstschluss" progressive muscle relaxation, "Kopf frei" resilience / stress, "Ein Blick in die Krone" tree
// inspection, "Fragen Sie doch die Maschine" AI / ChatGPT, "Was darf ich sagen?" data protection at the counter and on
// the phone, "Wenn der Ton rauer wird" de-escalation with aggressive citizens, "Keine Schlange mehr im Flur" online
// appointment booking, "Jede Stimme zählt" training for election boards, "Neu in der Verantwortung" new managers, "Eine
// Website für alle" accessible municipal websites), so only summary, description or topics reveal it; one seminar is
// held in English; the procurement course runs on two consecutive days, the leadership course on two Thursdays across
// the end of summer time (Sun 29.10.2028); the appointment-booking course is open only to the VG Huglfing; first aid is
// free, paid by the KUVB; two courses run in the evening; nothing at all takes place in August. Time and place questions
// come first, as an acceptance tester would ask them, with short follow-up conversations, some in English, written
// without looking at the parser or the answers.
//
// Calendar around `now` (Wednesday 3 May 2028, 14:00 in Weilheim, summer time CEST since Sun 26.03.2028; summer time
// ends Sun 29.10.2028; Mon 01.05. was Labour Day, Christi Himmelfahrt is Thu 25.05., Pfingstmontag Mon 05.06.,
// Fronleichnam Thu 15.06.):
//   this week:  Wed 03.05. (today) 15:00–16:30 phishing (online, still ahead); Thu 04.05. (tomorrow) 09:00–12:00 minutes
//               (Landratsamt); Fri 05.05. (the day after tomorrow) 13:00–16:00 Word serial letters (VHS Weilheim, 49 €)
//   next week:  Mon 08.05. 09:00–16:00 water/sewage fees (Rathaus Schongau; deadline passed Fri 28.04. 12:00), Tue 09.05.
//               18:00–19:30 muscle relaxation (VHS, evening, 12 €), Wed 10.05. 09:00–12:30 Grundsteuer (hybrid,
//               Landratsamt), Thu 11.05. 13:30–16:00 resilience (online); nothing on Fri 12.05.
//   week after: Tue 16.05. 09:00–15:00 English (Rathaus Penzberg; deadline Tue 09.05. 23:59), Wed 17.05. 07:30–15:30 tree
//               inspection (Bauhof Peiting, 160 €), the cancelled PowerPoint course (Fri 19.05.)
//   rest of May: Mon 22.05. and Tue 23.05. 09:00–16:30 procurement (Landratsamt, 420 €; deadline Fri 12.05. 12:00), Wed
//               24.05. 14:00–16:00 AI (online); nothing on Thu 25.05. (holiday); Tue 30.05. 08:30–16:00 first aid
//               (Rathaus Weilheim)
//   June:       Wed 07.06. 09:00–12:00 data protection (online), Tue 13.06. 09:00–16:00 de-escalation (VHS), the cancelled
//               fork-lift course (Tue 20.06.), Thu 22.06. 09:00–16:00 land-use planning (Rathaus Penzberg, 230 €)
//   July:       Wed 12.07. 09:00–13:00 fire wardens (Rathaus Peißenberg), the draft heat-planning course (Wed 19.07.),
//               Thu 20.07. 10:00–11:30 appointment booking (online, VG Huglfing only)
//   August:     nothing
//   September:  Mon 11.09. 09:00–15:00 trainees' induction day (Landratsamt, 40 seats), Wed 27.09. 18:00–20:00 election
//               boards (Rathaus Schongau, evening), Thu 28.09. 09:00–16:00 fines procedure (hybrid, Rathaus Weilheim)
//   later:      the draft registry-office course (Tue 10.10.), Thu 19.10. (CEST) and Thu 09.11. (CET) 09:00–16:30
//               leadership (Landratsamt, 410 €; deadline Fri 29.09. 23:59), Wed 15.11. (CET) 09:00–12:00 accessible
//               websites (online, 75 €)
//   past:       Wed 15.03.2028 flood and heavy rain (Rathaus Peiting), Tue 18.04.2028 registration law (online).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-05-03T12:00:00Z'); // Wednesday, 3 May 2028, 14:00 in Weilheim (CEST)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Nicht jeder Anhang ist harmlos', // Wed 03.05. 15:00–16:30, online, LSI, Kranz, phishing, free
  protokoll: 'Das Wesentliche festhalten', // Thu 04.05. 09:00–12:00, Landratsamt, PE, Steinbichler, minutes of council meetings, free
  serienbrief: 'Serienbriefe und Formulare mit Word', // Fri 05.05. 13:00–16:00, VHS Weilheim, VHS, Hofmann, 49 € (Dienststelle pays)
  gebuehren: 'Kalkulation von Wasser- und Abwassergebühren nach dem KAG', // Mon 08.05. 09:00–16:00, Rathaus Schongau, BVS, Dr. Wörle, 245 €, deadline passed Fri 28.04. 12:00
  entspannung: 'Abschalten nach Dienstschluss', // Tue 09.05. 18:00–19:30, VHS Weilheim, VHS, Zach, progressive muscle relaxation, 12 €
  grundsteuer: 'Grundsteuer nach dem Bayerischen Grundsteuergesetz: Hebesätze, Messbescheide und Grundsteuerbescheide', // Wed 10.05. 09:00–12:30, hybrid (Landratsamt), BVS, Dr. Wörle, 180 €
  resilienz: 'Kopf frei', // Thu 11.05. 13:30–16:00, online, KUVB, Pröbstl, resilience / stress, free
  english: "Everyday English at the Citizens' Office", // Tue 16.05. 09:00–15:00, Rathaus Penzberg, VHS, Collins, 95 €, in English, deadline Tue 09.05. 23:59
  baum: 'Ein Blick in die Krone', // Wed 17.05. 07:30–15:30, Bauhof Peiting, BVS, Strobl, tree inspection, 160 €
  vergabe: 'Öffentliche Aufträge richtig vergeben: UVgO, VOB/A und Wertgrenzen', // Mon 22.05. + Tue 23.05. 09:00–16:30, Landratsamt, BVS, Dr. Seidl, 420 €, deadline Fri 12.05. 12:00
  ki: 'Fragen Sie doch die Maschine', // Wed 24.05. 14:00–16:00, online, AKDB, Lang, AI / ChatGPT, free
  ersteHilfe: 'Erste Hilfe im Dienst: Fortbildung für Ersthelferinnen und Ersthelfer', // Tue 30.05. 08:30–16:00, Rathaus Weilheim, BRK, Rauch, free (KUVB pays)
  datenschutz: 'Was darf ich sagen?', // Wed 07.06. 09:00–12:00, online, PE, Steinbichler, data protection with citizens, free
  deeskalation: 'Wenn der Ton rauer wird', // Tue 13.06. 09:00–16:00, VHS Weilheim, KUVB, Ostler, de-escalation, free
  bauleitplanung: 'Vom Flächennutzungsplan zum Bebauungsplan', // Thu 22.06. 09:00–16:00, Rathaus Penzberg, BVS, Dr. Wörle, 230 €, deadline Thu 01.06. 23:59
  brandschutz: 'Brandschutzhelferinnen und Brandschutzhelfer: Grundausbildung', // Wed 12.07. 09:00–13:00, Rathaus Peißenberg, KUVB, Ostler, free
  termine: 'Keine Schlange mehr im Flur', // Thu 20.07. 10:00–11:30, online, AKDB, Lang, online appointment booking, VG Huglfing only, free
  azubi: 'Willkommen im Landkreis: Einführungstag für neue Auszubildende', // Mon 11.09. 09:00–15:00, Landratsamt, PE, Steinbichler, free, 40 seats
  wahl: 'Jede Stimme zählt', // Wed 27.09. 18:00–20:00, Rathaus Schongau, LRA Wahlen, Graf, election boards (Landtagswahl), free
  bussgeld: 'Bußgeldverfahren sicher führen: das OWiG in der Gemeindepraxis', // Thu 28.09. 09:00–16:00, hybrid (Rathaus Weilheim), BVS, Dr. Seidl, 210 €
  fuehrung: 'Neu in der Verantwortung', // Thu 19.10. (CEST) and Thu 09.11. (CET) 09:00–16:30, Landratsamt, BVS, Dr. Kögel, new managers, 410 €, deadline Fri 29.09. 23:59
  website: 'Eine Website für alle', // Wed 15.11. 09:00–12:00 (CET), online, AKDB, Held, accessible websites, 75 €
  waerme: 'Kommunale Wärmeplanung: Pflichten und Fristen für Gemeinden', // draft (Wed 19.07.)
  standesamt: 'Auslandsbezug im Standesamt: Eheschließung und Namensrecht', // draft (Tue 10.10.)
  powerpoint: 'PowerPoint-Präsentationen, die überzeugen', // cancelled (Fri 19.05.2028)
  stapler: 'Gabelstapler-Fahrausweis für Bauhofbeschäftigte', // cancelled (Tue 20.06.2028)
  melderecht: 'Melderecht aktuell: Neuerungen im Bundesmeldegesetz', // past (Tue 18 April 2028)
  hochwasser: 'Hochwasser und Starkregen: Alarm- und Einsatzpläne der Gemeinde', // past (Wed 15 March 2028)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.waerme, T.standesamt, T.powerpoint, T.stapler, T.melderecht, T.hochwasser];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- days, weeks, months: lists in date order --------------------------------------------------------------------------
  { q: 'was ist übermorgen?', kind: 'list', titles: [T.serienbrief] },
  { q: 'was läuft diese woche noch?', kind: 'list', titles: [T.phishing, T.protokoll, T.serienbrief] },
  { q: 'gibt es diese woche noch was am vormittag?', kind: 'list', titles: [T.protokoll] },
  { q: "what's on the week after next?", locale: 'en', kind: 'list', titles: [T.english, T.baum] },
  { q: 'was ist am 17. mai?', kind: 'list', titles: [T.baum] },
  { q: 'seminare vom 15. bis 24. mai', kind: 'list', titles: [T.english, T.baum, T.vergabe, T.ki] },
  { q: 'ist am 25.05. irgendwas?', kind: 'none' },
  { q: 'was gibt es im juni', kind: 'list', titles: [T.datenschutz, T.deeskalation, T.bauleitplanung] },
  { q: 'was ist im juli los?', kind: 'list', titles: [T.brandschutz, T.termine] },
  { q: 'ist im august was geplant?', kind: 'none' },
  { q: 'welche seminare sind im september', kind: 'list', titles: [T.azubi, T.wahl, T.bussgeld] },
  { q: 'kostenlose seminare im mai', kind: 'list', titles: [T.phishing, T.protokoll, T.resilienz, T.ki, T.ersteHilfe] },
  // --- weekdays, time of day, format --------------------------------------------------------------------------------------
  { q: 'gibt es was an einem freitag?', kind: 'list', titles: [T.serienbrief] },
  { q: 'welche kurse sind abends?', kind: 'list', ...only(T.entspannung, T.wahl) },
  { q: 'online am nachmittag', kind: 'list', ...only(T.phishing, T.resilienz, T.ki) },
  { q: 'welche seminare sind hybrid?', kind: 'list', ...only(T.grundsteuer, T.bussgeld) },
  {
    q: 'which courses are online only?',
    locale: 'en',
    kind: 'list',
    ...only(T.phishing, T.resilienz, T.ki, T.datenschutz, T.termine, T.website),
  },
  // --- towns and buildings ------------------------------------------------------------------------------------------------
  {
    q: 'was findet im landratsamt statt?',
    kind: 'list',
    ...only(T.protokoll, T.grundsteuer, T.vergabe, T.azubi, T.fuehrung),
  },
  { q: 'seminare in penzberg', kind: 'list', ...only(T.english, T.bauleitplanung) },
  { q: 'was ist im rathaus schongau', kind: 'list', ...only(T.gebuehren, T.wahl) },
  { q: 'kurse in der vhs weilheim', kind: 'list', ...only(T.serienbrief, T.entspannung, T.deeskalation) },
  { q: 'gibt es seminare in seeshaupt', kind: 'none' },
  // --- follow-up conversations --------------------------------------------------------------------------------------------
  { conv: 'heute', q: 'ist heute noch was?', kind: 'list', titles: [T.phishing] },
  { conv: 'heute', q: 'online oder vor ort?', kind: 'facts', titles: [T.phishing], says: ['findet online statt'] },
  {
    conv: 'heute',
    q: 'wann fängt es an?',
    kind: 'facts',
    titles: [T.phishing],
    says: ['beginnt am Mi., 03.05.2028 um 15:00 Uhr'],
  },
  { conv: 'morgen', q: 'was steht morgen an?', kind: 'list', titles: [T.protokoll] },
  {
    conv: 'morgen',
    q: 'wo genau?',
    kind: 'facts',
    titles: [T.protokoll],
    says: ['findet im Landratsamt Weilheim-Schongau'],
  },
  {
    conv: 'naechsteWoche',
    q: 'was ist nächste woche?',
    kind: 'list',
    titles: [T.gebuehren, T.entspannung, T.grundsteuer, T.resilienz],
  },
  { conv: 'naechsteWoche', q: 'davon nur die kostenlosen', kind: 'list', titles: [T.resilienz] },
  { conv: 'dienstag', q: 'ist nächsten dienstag was los?', kind: 'list', titles: [T.entspannung] },
  { conv: 'dienstag', q: 'was kostet das?', kind: 'facts', titles: [T.entspannung], says: ['kostet 12 €'] },
  { conv: 'english', q: 'is there anything in english?', locale: 'en', kind: 'list', titles: [T.english] },
  {
    conv: 'english',
    q: 'where is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['takes place at Rathaus Penzberg'],
  },
  {
    conv: 'english',
    q: 'until when can I sign up?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['until Tue, 9 May 2028, 23:59'],
  },
  {
    conv: 'fuehrung',
    q: 'ich werde im herbst sachgebietsleiterin, gibt es ein seminar für neue führungskräfte?',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'fuehrung',
    q: 'an welchen tagen?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 19.10.2028 und Do., 09.11.2028', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    conv: 'fuehrung',
    q: 'anmeldeschluss?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['bis Fr., 29.09.2028, 23:59 Uhr'],
  },
  { conv: 'vergabe', q: 'vergaberecht', kind: 'list', titles: [T.vergabe] },
  {
    conv: 'vergabe',
    q: 'wie viele tage geht das?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['dauert 2 Tage, jeweils von 09:00 bis 16:30 Uhr'],
  },
  { conv: 'peiting', q: 'was gibt es in peiting?', kind: 'list', titles: [T.baum] },
  {
    conv: 'peiting',
    q: 'wann geht es da los?',
    kind: 'facts',
    titles: [T.baum],
    says: ['beginnt am Mi., 17.05.2028 um 07:30 Uhr'],
  },
  { conv: 'wahl', q: 'schulung für wahlvorstände', kind: 'list', titles: [T.wahl] },
  {
    conv: 'wahl',
    q: 'wann und wo?',
    kind: 'facts',
    titles: [T.wahl],
    says: ['am Mi., 27.09.2028 von 18:00 bis 20:00 Uhr im Rathaus Schongau'],
  },
  { conv: 'website', q: 'barrierefreie homepage für die gemeinde', kind: 'list', titles: [T.website] },
  {
    conv: 'website',
    q: 'wann ist das?',
    kind: 'facts',
    titles: [T.website],
    says: ['am Mi., 15.11.2028 von 09:00 bis 12:00 Uhr'],
  },
  // --- facts --------------------------------------------------------------------------------------------------------------
  { q: 'was kostet die baumkontrolle?', kind: 'facts', titles: [T.baum], says: ['kostet 160 €'] },
  {
    q: 'muss ich für die erste hilfe fortbildung was zahlen?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Kosten trägt die KUVB.'],
  },
  {
    q: 'ist das grundsteuer seminar online?',
    kind: 'facts',
    titles: [T.grundsteuer],
    says: ['findet hybrid statt: im Landratsamt Weilheim-Schongau'],
  },
  {
    q: 'wer leitet das bußgeldseminar',
    kind: 'facts',
    titles: [T.bussgeld],
    says: ['leitet Frau Dr. Ulrike Seidl'],
  },
  {
    q: 'wie lange dauert die ki schulung',
    kind: 'facts',
    titles: [T.ki],
    says: ['dauert 2 Stunden, von 14:00 bis 16:00 Uhr'],
  },
  {
    q: 'kann ich mich noch zur gebührenkalkulation anmelden?',
    kind: 'facts',
    titles: [T.gebuehren],
    says: ['ist am Fr., 28.04.2028, 12:00 Uhr abgelaufen'],
  },
  {
    q: 'wie viele plätze sind beim einführungstag für azubis frei',
    kind: 'facts',
    titles: [T.azubi],
    says: ['noch 40 von 40 Plätzen frei'],
  },
  // --- topic searches: typos, words only in summary or description, everyday words, English -------------------------------
  { q: 'fishing mails erkennen', kind: 'list', titles: [T.phishing] },
  { q: 'serinbriefe', kind: 'list', titles: [T.serienbrief] },
  { q: 'umgang mit aggressiven bürgern', kind: 'list', titles: [T.deeskalation] },
  { q: 'tree inspection training', locale: 'en', kind: 'list', titles: [T.baum] },
  // --- trainer, provider, fee, length -------------------------------------------------------------------------------------
  { q: 'welche kurse gibt dr. wörle', kind: 'list', ...only(T.gebuehren, T.grundsteuer, T.bauleitplanung) },
  { q: 'gibt es mehrtägige kurse?', kind: 'list', ...only(T.vergabe, T.fuehrung) },
  // --- gone, drafts never shown, no match, greeting, own registrations ----------------------------------------------------
  { q: 'powerpoint schulung', kind: 'gone', gone: T.powerpoint },
  { q: 'wann ist der gabelstaplerschein?', kind: 'gone', gone: T.stapler },
  { q: 'melderecht seminar', kind: 'gone', gone: T.melderecht, says: ['Di., 18.04.2028'] },
  { q: 'hochwasser und starkregen', kind: 'gone', gone: T.hochwasser, says: ['Mi., 15.03.2028'] },
  { q: 'kommunale wärmeplanung', kind: 'none' },
  { q: 'standesamt eheschließung mit ausländern', kind: 'none' },
  { q: 'Grüß Gott!', kind: 'help' },
  { q: 'für welche seminare bin ich angemeldet?', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-eighty-third, independent catalogue (Landkreis Weilheim-Schongau, BVS, KUVB, AKDB, VHS Weilheim)',
  {
    fixture: 'heldout283-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
