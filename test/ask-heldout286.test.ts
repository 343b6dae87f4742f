// Over-fitting check, two-hundred-and-eighty-sixth catalogue: the summer and autumn 2028 programme for the Landkreis
// Lichtenfels (Upper Franconia, Bavaria) and its towns and markets (Lichtenfels, Bad Staffelstein, Burgkunstadt,
// Weismain, Ebensfeld, Michelau i.OFr. and others), with the Bayerische Verwaltungsschule (BVS), the Kommunale
// Unfallversicherung Bayern (KUVB), the AKDB, the Volkshochschule Lichtenfels (VHS), the Energieagentur Oberfranken and
// the Landratsamt's own offices (data protection, Kreisarchiv, Wahlamt, Klimaschutzmanagement), imported from a JSON
// file. Seminars take place in the Landratsamt Lichtenfels, the Rathaus Lichtenfels, the VHS in the Stadtschloss, the
// Bildungszentrum Kloster Banz and the Rathaus in Bad Staffelstein, the Rathaus and the Bauhof's Werkhalle in
// Burgkunstadt, the town halls of Weismain, Ebensfeld and Michelau, online or hybrid. Several titles do not name their
// subject ("Gut bei Stimme" is voice training, "Ruhig bleiben, wenn es laut wird" de-escalation with aggressive
// visitors, "Vom Papierantrag zum Online-Dienst" the OZG / BayernPortal, "Wenn die Sonne brennt" heat and UV protection
// for outdoor workers, "Mehr Zeit fürs Wesentliche" time management, "Was bleibt, was geht?" records retention and the
// archive, "Neu an der Spitze" new managers, "Jede Kilowattstunde zählt" saving energy in municipal buildings, "Wenn der
// Alarm losgeht" evacuation helpers, "Jede Stimme zählt" training for election boards, "Fair und grün einkaufen"
// sustainable procurement), so only summary, description or topics reveal it; one seminar is held in English (no
// waitlist); the leadership course runs on two consecutive days; the evacuation course is open only to the Markt
// Ebensfeld; the Kita first-aid course is free, paid by the KUVB; two courses run in the evening; the passport course is
// the only one after the end of summer time. Questions in many wordings of the same facts (cost, when, where, who, how
// long, start time, deadline, free seats, online or not), with follow-up conversations, some in English, written
// without looking at the parser or the answers.
//
// Calendar around `now` (Tuesday 6 June 2028, 16:20 in Lichtenfels, summer time CEST = UTC+2; Whit Monday was Mon
// 05.06.2028, Corpus Christi (Fronleichnam, a holiday in Bavaria) is Thu 15.06.2028; summer time ends Sun 29.10.2028):
//   this week:  Tue 06.06. (today) 18:00–19:30 voice training (VHS Lichtenfels, evening, 25 €); Wed 07.06. (tomorrow)
//               09:00–12:00 Art. 15 GDPR requests (online, free); Thu 08.06. (day after tomorrow) 13:00–16:00
//               de-escalation (Rathaus Bad Staffelstein, free); Fri 09.06. 09:00–11:30 Word mail merge (online, 49 €)
//   next week:  Mon 12.06. 09:00–16:00 TVöD grading (Landratsamt, 245 €, deadline passed Fri 02.06. 12:00); Tue 13.06.
//               10:00–11:30 OZG (hybrid, Rathaus Lichtenfels); Wed 14.06. 08:00–12:00 heat / UV (Werkhalle Bauhof
//               Burgkunstadt); nothing on Thu 15.06. (Fronleichnam); Fri 16.06. 09:00–12:00 time management (online, 59 €)
//   June later: Tue 20.06. 09:00–16:00 development plans (Kloster Banz, 230 €); Wed 21.06. 14:00–16:00 archive
//               (Landratsamt); the cancelled Knigge course (Thu 22.06.); Tue 27.06. 09:00–12:30 Plain English (Rathaus
//               Lichtenfels, 75 €, deadline Tue 20.06. 23:59); Thu 29.06. 13:00–15:30 Copilot / AI (online)
//   July:       Mon 03.07. 08:30–16:30 Kita first aid (Rathaus Burgkunstadt); Wed 05.07. and Thu 06.07. 09:00–16:00
//               new managers (Kloster Banz, 420 €, deadline Fri 16.06. 23:59); the cancelled time-recording course (Mon
//               10.07.); Thu 13.07. 13:30–16:30 energy saving (Rathaus Weismain, 35 €); Wed 19.07. 09:00–16:00 cash
//               offices (Landratsamt, 195 €); Tue 25.07. 09:00–12:00 evacuation helpers (Rathaus Ebensfeld, Ebensfeld only)
//   August:     nothing
//   September:  the draft dog-tax course (Wed 13.09.); Thu 21.09. 18:00–20:00 election boards (Rathaus Michelau, evening,
//               deadline Fri 15.09. 12:00); Wed 27.09. 09:00–15:00 exam preparation for trainees (online, 120 €)
//   October:    Tue 10.10. 09:00–16:00 development charges (hybrid, Landratsamt, 240 €); the draft fibre course (Thu
//               12.10.); Thu 26.10. 09:00–12:00 sustainable procurement (online, free)
//   November:   Thu 09.11. 09:00–16:00 passports and ID cards (Rathaus Bad Staffelstein, 185 €; winter time)
//   past:       Tue 14.03.2028 property tax (Landratsamt), Thu 18.05.2028 event safety (Rathaus Lichtenfels).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-06-06T14:20:00Z'); // Tuesday, 6 June 2028, 16:20 in Lichtenfels (CEST)
const TZ = 'Europe/Berlin';

const T = {
  stimme: 'Gut bei Stimme', // Tue 06.06. 18:00–19:30, VHS Lichtenfels, VHS, Hümmer, voice training, 25 €, 16 seats
  dsgvo: 'Auskunftsersuchen nach Art. 15 DSGVO richtig beantworten', // Wed 07.06. 09:00–12:00, online, LRA Datenschutz, Dressel, free
  deeskalation: 'Ruhig bleiben, wenn es laut wird', // Thu 08.06. 13:00–16:00, Rathaus Bad Staffelstein, KUVB, Gagel, de-escalation, free
  word: 'Serienbriefe und Formulare mit Word', // Fri 09.06. 09:00–11:30, online, VHS, Büttner, 49 € (Dienststelle pays), 12 seats
  tvoed: 'Eingruppierung nach TVöD: Entgeltordnung VKA in der Praxis', // Mon 12.06. 09:00–16:00, Landratsamt, BVS, Dr. Pfaff, 245 €, deadline passed Fri 02.06. 12:00
  ozg: 'Vom Papierantrag zum Online-Dienst', // Tue 13.06. 10:00–11:30, hybrid (Rathaus Lichtenfels), AKDB, Engel, OZG / BayernPortal, free
  hitze: 'Wenn die Sonne brennt', // Wed 14.06. 08:00–12:00, Werkhalle Bauhof Burgkunstadt, KUVB, Zapf, heat / UV protection, free
  zeit: 'Mehr Zeit fürs Wesentliche', // Fri 16.06. 09:00–12:00, online, VHS, Ruß, time management, 59 €
  bebauung: 'Bebauungspläne lesen und verstehen', // Tue 20.06. 09:00–16:00, Kloster Banz, BVS, Dr. Pfaff, Bauleitplanung, 230 €
  archiv: 'Was bleibt, was geht?', // Wed 21.06. 14:00–16:00, Landratsamt, Kreisarchiv, Dr. Möckel, records retention / archive, free
  english: 'Plain English for Public Services: Emails and Phone Calls', // Tue 27.06. 09:00–12:30, Rathaus Lichtenfels, VHS, Whitfield, 75 €, deadline Tue 20.06. 23:59, no waitlist
  ki: 'Copilot und Co.: KI-Assistenten sicher im Büro nutzen', // Thu 29.06. 13:00–15:30, online, AKDB, Seelmann, AI, free
  kita: 'Notfälle in der Kita: Erste Hilfe am Kind', // Mon 03.07. 08:30–16:30, Rathaus Burgkunstadt, KUVB, Hofmann, free (KUVB pays), 20 seats
  fuehrung: 'Neu an der Spitze', // Wed 05.07. and Thu 06.07. 09:00–16:00, Kloster Banz, BVS, Dr. Leicht, new managers, 420 €, deadline Fri 16.06. 23:59
  energie: 'Jede Kilowattstunde zählt', // Thu 13.07. 13:30–16:30, Rathaus Weismain, Energieagentur Oberfranken, Fischer, energy saving for caretakers, 35 €
  zahlstelle: 'Zahlstellen und Handvorschüsse sicher führen', // Wed 19.07. 09:00–16:00, Landratsamt, BVS, Gräf, cash offices, 195 €
  alarm: 'Wenn der Alarm losgeht', // Tue 25.07. 09:00–12:00, Rathaus Ebensfeld, KUVB, Zapf, evacuation helpers, Ebensfeld only, free, 15 seats
  wahl: 'Jede Stimme zählt', // Thu 21.09. 18:00–20:00, Rathaus Michelau, LRA Wahlamt, Schramm, election boards, free, 60 seats, deadline Fri 15.09. 12:00
  azubi: 'Prüfungsvorbereitung für Auszubildende: Verwaltungsfachangestellte', // Wed 27.09. 09:00–15:00, online, BVS, Gräf, 120 €
  erschliessung: 'Straßenausbau und Erschließungsbeiträge', // Tue 10.10. 09:00–16:00, hybrid (Landratsamt), BVS, Dr. Pfaff, 240 €
  beschaffung: 'Fair und grün einkaufen', // Thu 26.10. 09:00–12:00, online, LRA Klimaschutzmanagement, Kraus, sustainable procurement, free
  pass: 'Pass- und Ausweiswesen aktuell: Neuerungen für Bürgerbüros', // Thu 09.11. 09:00–16:00 (CET), Rathaus Bad Staffelstein, BVS, Dinkel, 185 €
  hundesteuer: 'Hundesteuer rechtssicher erheben', // draft (Wed 13.09.)
  glasfaser: 'Glasfaserausbau in der Gemeinde: Förderung und Verträge', // draft (Thu 12.10.)
  knigge: 'Knigge im Rathaus: Umgangsformen im Bürgerkontakt', // cancelled (Thu 22.06.2028)
  zeiterfassung: 'Digitale Zeiterfassung: Einführung in das neue Zeitwirtschaftssystem', // cancelled (Mon 10.07.2028)
  grundsteuer: 'Grundsteuer B: Bescheide nach dem Bayerischen Grundsteuergesetz', // past (Tue 14 March 2028)
  veranstaltung: 'Veranstaltungssicherheit bei Stadtfesten und Märkten', // past (Thu 18 May 2028)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.hundesteuer, T.glasfaser, T.knigge, T.zeiterfassung, T.grundsteuer, T.veranstaltung];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations: one seminar, its facts asked in different words ----------------------------------------
  { conv: 'heute', q: 'läuft heute noch irgendwas?', kind: 'list', titles: [T.stimme] },
  {
    conv: 'heute',
    q: 'und wo ist das?',
    kind: 'facts',
    titles: [T.stimme],
    says: ['findet in der Volkshochschule Lichtenfels'],
  },
  { conv: 'morgen', q: 'was ist morgen', kind: 'list', titles: [T.dsgvo] },
  {
    conv: 'morgen',
    q: 'ist das online oder muss ich hinfahren?',
    kind: 'facts',
    titles: [T.dsgvo],
    says: ['findet online statt'],
  },
  { conv: 'morgen', q: 'wer leitet das?', kind: 'facts', titles: [T.dsgvo], says: ['leitet Herr Markus Dressel'] },
  { conv: 'tvoed', q: 'eingruppierung tvöd', kind: 'list', titles: [T.tvoed] },
  {
    conv: 'tvoed',
    q: 'wie lange läuft die anmeldefrist noch?',
    kind: 'facts',
    titles: [T.tvoed],
    says: ['ist am Fr., 02.06.2028, 12:00 Uhr abgelaufen'],
  },
  {
    conv: 'fuehrung',
    q: 'ich übernehme bald ein sachgebiet und suche ein seminar für neue führungskräfte',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'fuehrung',
    q: 'an welchen tagen?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Mi., 05.07.2028 und Do., 06.07.2028', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'fuehrung',
    q: 'wie lange geht das insgesamt',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['dauert 2 Tage, jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'fuehrung',
    q: 'anmeldeschluss?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['bis Fr., 16.06.2028, 23:59 Uhr'],
  },
  { conv: 'english', q: 'Is there any course held in English?', locale: 'en', kind: 'list', titles: [T.english] },
  {
    conv: 'english',
    q: 'How much does it cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['costs €75'],
  },
  {
    conv: 'english',
    q: 'and when is the registration deadline?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['until Tue, 20 Jun 2028, 23:59'],
  },
  { conv: 'hitze', q: 'schutz vor hitze und uv-strahlung für bauhofmitarbeiter', kind: 'list', titles: [T.hitze] },
  {
    conv: 'hitze',
    q: 'wann geht es los?',
    kind: 'facts',
    titles: [T.hitze],
    says: ['beginnt am Mi., 14.06.2028 um 08:00 Uhr'],
  },
  { conv: 'ozg', q: 'schulung zum onlinezugangsgesetz', kind: 'list', titles: [T.ozg] },
  {
    conv: 'ozg',
    q: 'findet das online statt?',
    kind: 'facts',
    titles: [T.ozg],
    says: ['findet hybrid statt: im Rathaus Lichtenfels'],
  },
  { conv: 'wahl', q: 'schulung für wahlvorstände zur landtagswahl', kind: 'list', titles: [T.wahl] },
  {
    conv: 'wahl',
    q: 'um wie viel uhr fängt das an',
    kind: 'facts',
    titles: [T.wahl],
    says: ['beginnt am Do., 21.09.2028 um 18:00 Uhr'],
  },
  { conv: 'kita', q: 'erste hilfe bei kindern', kind: 'list', titles: [T.kita] },
  {
    conv: 'kita',
    q: 'was kostet das',
    kind: 'facts',
    titles: [T.kita],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangskosten übernimmt die KUVB.'],
  },
  { conv: 'pass', q: 'neues im passrecht', kind: 'list', titles: [T.pass] },
  {
    conv: 'pass',
    q: 'wann und wo findet das statt',
    kind: 'facts',
    titles: [T.pass],
    says: ['am Do., 09.11.2028 von 09:00 bis 16:00 Uhr im Rathaus Bad Staffelstein'],
  },
  // --- facts asked in one go, the seminar named by its subject ---------------------------------------------------------
  { q: 'was kostet der bebauungsplan kurs', kind: 'facts', titles: [T.bebauung], says: ['kostet 230 €'] },
  {
    q: 'wer hält das seminar zur aktenaussonderung',
    kind: 'facts',
    titles: [T.archiv],
    says: ['leitet Frau Dr. Christine Möckel'],
  },
  {
    q: 'wie lange dauert das zeitmanagement seminar',
    kind: 'facts',
    titles: [T.zeit],
    says: ['dauert 3 Stunden, von 09:00 bis 12:00 Uhr'],
  },
  {
    q: 'wann beginnt der deeskalationskurs',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['beginnt am Do., 08.06.2028 um 13:00 Uhr'],
  },
  {
    q: 'is the copilot training online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['takes place online'],
  },
  {
    q: 'how many seats are left for the evacuation training',
    locale: 'en',
    kind: 'facts',
    titles: [T.alarm],
    says: ['has 15 of 15 seats left'],
  },
  {
    q: 'bis wann kann ich mich für plain english anmelden',
    kind: 'facts',
    titles: [T.english],
    says: ['bis Di., 20.06.2028, 23:59 Uhr'],
  },
  {
    q: 'wo ist die schulung für zahlstellen',
    kind: 'facts',
    titles: [T.zahlstelle],
    says: ['findet im Landratsamt Lichtenfels'],
  },
  {
    q: 'who teaches the sustainable procurement course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.beschaffung],
    says: ['is led by Frau Lena Kraus'],
  },
  // --- topic searches: everyday words, words only in summary or description, typos, English ---------------------------
  { q: 'serienbrief', kind: 'list', titles: [T.word] },
  { q: 'umgang mit aggressiven bürgern', kind: 'list', titles: [T.deeskalation] },
  { q: 'akten aussondern und ans archiv abgeben', kind: 'list', titles: [T.archiv] },
  { q: 'was hilft gegen heiserkeit', kind: 'list', titles: [T.stimme] },
  { q: 'räumungsübung evakuierung', kind: 'list', titles: [T.alarm] },
  { q: 'heizung in der turnhalle richtig einstellen', kind: 'list', titles: [T.energie] },
  { q: 'nachhaltige beschaffung', kind: 'list', titles: [T.beschaffung] },
  { q: 'prüfungsvorbereitng', kind: 'list', titles: [T.azubi] },
  { q: 'time management', locale: 'en', kind: 'list', titles: [T.zeit] },
  // --- time, place, format, provider, trainer, audience, cost and length filters --------------------------------------
  { q: 'was ist diese woche noch?', kind: 'list', titles: [T.stimme, T.dsgvo, T.deeskalation, T.word] },
  { q: "what's on next week?", locale: 'en', kind: 'list', titles: [T.tvoed, T.ozg, T.hitze, T.zeit] },
  { q: 'was ist übermorgen?', kind: 'list', titles: [T.deeskalation] },
  { q: 'gibt es am donnerstag nächster woche ein seminar?', kind: 'none' },
  { q: 'was gibt es diese woche vormittags', kind: 'list', titles: [T.dsgvo, T.word] },
  { q: 'anything in person this week?', locale: 'en', kind: 'list', titles: [T.stimme, T.deeskalation] },
  { q: 'seminare im juli', kind: 'list', titles: [T.kita, T.fuehrung, T.energie, T.zahlstelle, T.alarm] },
  { q: 'gibt es im august etwas?', kind: 'none' },
  { q: 'was läuft im september', kind: 'list', titles: [T.wahl, T.azubi] },
  { q: 'kostenlose seminare im juli', kind: 'list', titles: [T.kita, T.alarm] },
  { q: 'was gibt es in bad staffelstein', kind: 'list', ...only(T.deeskalation, T.bebauung, T.fuehrung, T.pass) },
  {
    q: 'was findet im landratsamt statt',
    kind: 'list',
    ...only(T.tvoed, T.archiv, T.zahlstelle, T.erschliessung),
  },
  { q: 'abendveranstaltungen', kind: 'list', ...only(T.stimme, T.wahl) },
  { q: 'was bietet die kuvb an', kind: 'list', ...only(T.deeskalation, T.hitze, T.kita, T.alarm) },
  { q: 'welche seminare hält dr. pfaff', kind: 'list', ...only(T.tvoed, T.bebauung, T.erschliessung) },
  { q: 'seminare zwischen 50 und 100 euro', kind: 'list', ...only(T.zeit, T.english) },
  {
    q: 'welche seminare dauern höchstens zwei stunden',
    kind: 'list',
    ...only(T.stimme, T.ozg, T.archiv, T.wahl),
  },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'knigge kurs', kind: 'gone', gone: T.knigge },
  { q: 'wann ist die schulung zur digitalen zeiterfassung', kind: 'gone', gone: T.zeiterfassung },
  { q: 'grundsteuer seminar', kind: 'gone', gone: T.grundsteuer, says: ['Di., 14.03.2028'] },
  {
    q: 'veranstaltungssicherheit beim stadtfest',
    kind: 'gone',
    gone: T.veranstaltung,
    says: ['Do., 18.05.2028'],
  },
  { q: 'hundesteuer', kind: 'none' },
  { q: 'gibt es was zur glasfaser förderung?', kind: 'none' },
  { q: 'gibt es was in marktzeuln', kind: 'none' },
  { q: 'Grüß Gott!', kind: 'help' },
  { q: 'meine buchungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-eighty-sixth, independent catalogue (Landkreis Lichtenfels, BVS, KUVB, AKDB, VHS Lichtenfels)',
  {
    fixture: 'heldout286-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
