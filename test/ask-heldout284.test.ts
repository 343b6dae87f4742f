// Over-fitting check, two-hundred-and-eighty-fourth catalogue: the winter 2027/28 programme for the Landkreis
// Fürstenfeldbruck (Bavaria) and its towns and municipalities (Fürstenfeldbruck, Germering, Olching, Puchheim, Gröbenzell,
// Eichenau, Maisach, Mammendorf, Emmering, Grafrath), with the Bayerische Verwaltungsschule (BVS), the Kommunale
// Unfallversicherung Bayern (KUVB), the AKDB, the Landratsamt's Personalentwicklung, the Volkshochschule Fürstenfeldbruck
// (VHS) and the Bayerischer Gemeindetag, imported from a JSON file. Seminars take place in the Landratsamt, the Rathaus
// and the Veranstaltungsforum Fürstenfeld and the VHS in Fürstenfeldbruck, the Rathaus and the Stadthalle in Germering,
// the town halls of Olching, Puchheim, Gröbenzell, Eichenau and Maisach and the Bauhof's Werkhalle in Maisach, online or
// hybrid. Several titles do not name their subject ("Nicht jeder Anhang ist harmlos" is phishing, "Freundlich, klar,
// verbindlich" the telephone with citizens, "Kurz, korrekt, nachvollziehbar" minutes of council sessions, "Am Ratstisch"
// municipal law for council members, "Ohne Hürden im Netz" accessible websites, "Wirken ohne Chefsessel" lateral
// leadership, "Mit Ruhe durch den Jahresendspurt" time management, "Die Rechnung kommt digital" e-invoices, "Zuhause im
// Dienst" working from home, "Fragen Sie doch die Maschine" AI, "Wenn die Luft dick wird" conflicts in the team,
// "Aufrecht durch den Arbeitstag" back exercises, "Schreiben, die verstanden werden" plain language, "Ausbilden mit Plan"
// supervising trainees, "Standsicher und verkehrssicher" tree inspection), so only summary, description or topics reveal
// it; one seminar is held in English; five run on two days (public procurement 340 €, lateral leadership 280 € and the
// annual accounts 260 € in Fürstenfeldbruck, conflicts 240 € in Germering, trainees' supervisors 150 € in Eichenau on two
// Fridays across the start of summer time), and the AI course has two online mornings a week apart; two courses run in
// the evening. The questions mostly combine several filters at once (free + online + month, two-day + place + price,
// afternoon + online), as employees would type them, with short follow-up conversations, some in English, written
// without looking at the parser or the answers.
//
// Calendar around `now` (Monday 8 November 2027, 09:00 in Fürstenfeldbruck, winter time since Sun 31.10.2027; summer
// time begins Sun 26.03.2028; 2028 is a leap year):
//   this week:   Mon 08.11. (today) 14:00–15:30 phishing (online, free); Tue 09.11. (tomorrow) 09:00–16:00 Meldewesen
//                (Rathaus Germering, 210 €; deadline passed Tue 26.10. 12:00); Wed 10.11. 13:00–16:30 telephone (online,
//                49 €); Fri 12.11. 09:00–12:30 minutes (Landratsamt, free)
//   next week:   Mon 15.11.–Tue 16.11. 09:00–16:00 procurement (Veranstaltungsforum Fürstenfeld, 340 €; deadline passed
//                Fri 05.11. 23:59); Wed 17.11. 18:00–20:30 council members (Rathaus Olching, evening, 40 €); Thu 18.11.
//                09:00–12:00 accessible websites (online, free)
//   week after:  the cancelled load-securing course (Mon 22.11.); Tue 23.11.–Wed 24.11. 09:00–16:30 lateral leadership
//                (Landratsamt, 280 €; deadline Fri 12.11. 12:00); Thu 25.11. 13:30–16:00 time management (online, 35 €)
//   December:    Wed 01.12. 08:30–16:00 first aid (Rathaus Puchheim, free); the cancelled PowerPoint course (Thu 02.12.);
//                Tue 07.12. 10:00–11:30 e-invoices (online, free); Thu 09.12. 14:00–16:00 working from home (online,
//                free); Mon 13.12.–Tue 14.12. 09:00–16:00 annual accounts (Rathaus Fürstenfeldbruck, 260 €)
//   January:     Tue 11.01. and Tue 18.01. 09:00–12:00 AI (online, 95 €); Wed 19.01.–Thu 20.01. 09:00–16:00 conflicts
//                (Stadthalle Germering, 240 €); Thu 27.01. 09:00–12:30 English (Rathaus Puchheim, 80 €; deadline Thu
//                13.01. 23:59)
//   February:    Tue 01.02. 18:00–19:30 back exercises (VHS Fürstenfeldbruck, evening, 15 €); Wed 09.02. 09:00–16:00
//                building law (hybrid, Rathaus Olching, 225 €; deadline Fri 21.01. 12:00); Thu 17.02. 13:00–17:00 fire
//                wardens (Rathaus Maisach, free); the draft citizen-participation course (Wed 23.02.)
//   March:       Tue 07.03. 09:00–16:00 plain language (Rathaus Gröbenzell, 120 €; deadline Fri 18.02. 12:00); the draft
//                dog-tax course (Tue 14.03., Mammendorf); Fri 24.03. (CET) and Fri 31.03. (CEST) 08:30–15:30 trainees'
//                supervisors (Rathaus Eichenau, 150 €)
//   April:       Wed 19.04. 08:00–15:00 tree inspection (Bauhof Maisach, 185 €)
//   past:        Tue 19.10.2027 property tax (online), Thu 04.11.2027 winter road service (Rathaus Maisach).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-11-08T08:00:00Z'); // Monday, 8 November 2027, 09:00 in Fürstenfeldbruck (CET)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Nicht jeder Anhang ist harmlos', // Mon 08.11. 14:00–15:30, online, AKDB, Kögl, phishing, free
  melde: 'Meldewesen aktuell: Bundesmeldegesetz und Melderegister in der Praxis', // Tue 09.11. 09:00–16:00, Rathaus Germering, BVS, Steininger, 210 €, deadline passed Tue 26.10. 12:00
  telefon: 'Freundlich, klar, verbindlich', // Wed 10.11. 13:00–16:30, online, VHS, Berger, telephone / counter with citizens, 49 €
  protokoll: 'Kurz, korrekt, nachvollziehbar', // Fri 12.11. 09:00–12:30, Landratsamt, PE, Lindner, minutes of council sessions, free
  vergabe: 'Vergaberecht für Einsteiger: UVgO, VOB/A und Direktauftrag', // Mon 15.11.+Tue 16.11. 09:00–16:00, Veranstaltungsforum Fürstenfeld, BVS, Dr. Reindl, 340 €, deadline passed Fri 05.11. 23:59
  ratstisch: 'Am Ratstisch', // Wed 17.11. 18:00–20:30, Rathaus Olching, Gemeindetag, Wimmer, municipal law for council members, 40 €
  web: 'Ohne Hürden im Netz', // Thu 18.11. 09:00–12:00, online, AKDB, Schäffler, accessible websites (BITV 2.0), free
  lateral: 'Wirken ohne Chefsessel', // Tue 23.11.+Wed 24.11. 09:00–16:30, Landratsamt, PE, Dr. Kellermann, lateral leadership, 280 €, deadline Fri 12.11. 12:00
  zeit: 'Mit Ruhe durch den Jahresendspurt', // Thu 25.11. 13:30–16:00, online, VHS, Hartmann, time management, 35 €
  ersteHilfe: 'Erste-Hilfe-Fortbildung für betriebliche Ersthelferinnen und Ersthelfer', // Wed 01.12. 08:30–16:00, Rathaus Puchheim, KUVB, Maier, free (KUVB pays)
  rechnung: 'Die Rechnung kommt digital', // Tue 07.12. 10:00–11:30, online, AKDB, Brandl, XRechnung / e-invoices, free
  homeoffice: 'Zuhause im Dienst', // Thu 09.12. 14:00–16:00, online, PE, Lindner, working from home, free
  doppik: 'Jahresabschluss in der Doppik', // Mon 13.12.+Tue 14.12. 09:00–16:00, Rathaus Fürstenfeldbruck, BVS, Gruber, 260 €, 18 seats
  ki: 'Fragen Sie doch die Maschine', // Tue 11.01.+Tue 18.01. 09:00–12:00, online, AKDB, Brandl, AI / ChatGPT, 95 €
  konflikt: 'Wenn die Luft dick wird', // Wed 19.01.+Thu 20.01. 09:00–16:00, Stadthalle Germering, BVS, Dr. Kellermann, conflicts, 240 €
  english: 'Welcome Desk English: Serving International Residents', // Thu 27.01. 09:00–12:30, Rathaus Puchheim, VHS, Owens, in English, 80 €, deadline Thu 13.01. 23:59
  ruecken: 'Aufrecht durch den Arbeitstag', // Tue 01.02. 18:00–19:30, VHS Fürstenfeldbruck, VHS, Hartmann, back exercises, 15 €
  baurecht: 'Baurecht kompakt: Bauantrag, Genehmigungsfreistellung und Abstandsflächen nach BayBO', // Wed 09.02. 09:00–16:00, hybrid (Rathaus Olching), BVS, Dr. Reindl, 225 €, deadline Fri 21.01. 12:00
  brandschutz: 'Wenn es brennt: Ausbildung zur Brandschutzhelferin und zum Brandschutzhelfer', // Thu 17.02. 13:00–17:00, Rathaus Maisach, KUVB, Maier, Feuerlöscher, free
  sprache: 'Schreiben, die verstanden werden', // Tue 07.03. 09:00–16:00, Rathaus Gröbenzell, VHS, Berger, plain language, 120 €, deadline Fri 18.02. 12:00
  ausbilder: 'Ausbilden mit Plan', // Fri 24.03. (CET) + Fri 31.03. (CEST) 08:30–15:30, Rathaus Eichenau, PE, Schuster, trainees' supervisors, 150 €
  baum: 'Standsicher und verkehrssicher', // Wed 19.04. 08:00–15:00, Werkhalle Bauhof Maisach, BVS, Obermaier, tree inspection, 185 €
  beteiligung: 'Bürgerbeteiligung digital: Online-Umfragen und Beteiligungsplattformen', // draft (Wed 23.02.2028)
  hundesteuer: 'Hundesteuer und Hundehaltung: Satzung und Vollzug', // draft (Tue 14.03.2028, Mammendorf)
  powerpoint: 'PowerPoint für Sitzungsvorlagen und Präsentationen', // cancelled (Thu 02.12.2027)
  ladung: 'Ladungssicherung für Bauhoffahrzeuge', // cancelled (Mon 22.11.2027)
  grundsteuer: 'Grundsteuerreform: Hebesätze und neue Grundsteuerbescheide', // past (Tue 19 October 2027)
  winterdienst: 'Winterdienst: Räum- und Streupflicht rechtssicher organisieren', // past (Thu 4 November 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.beteiligung, T.hundesteuer, T.powerpoint, T.ladung, T.grundsteuer, T.winterdienst];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- several filters at once: format, fee, period, place, length, time of day, provider ---------------------------
  { q: 'kostenlose Online-Kurse im Dezember', kind: 'list', titles: [T.rechnung, T.homeoffice] },
  { q: 'zweitägige Seminare in Fürstenfeldbruck unter 300 Euro', kind: 'list', titles: [T.lateral, T.doppik] },
  { q: 'nachmittags und online', kind: 'list', titles: [T.phishing, T.telefon, T.zeit, T.homeoffice] },
  { q: 'free online courses in december', locale: 'en', kind: 'list', titles: [T.rechnung, T.homeoffice] },
  {
    q: 'online sessions in the afternoon in november',
    locale: 'en',
    kind: 'list',
    titles: [T.phishing, T.telefon, T.zeit],
  },
  { q: 'kostenlose seminare diese woche', kind: 'list', titles: [T.phishing, T.protokoll] },
  { q: 'was gibt es nächste woche in präsenz?', kind: 'list', titles: [T.vergabe, T.ratstisch] },
  { q: 'online-seminare im januar unter 100 euro', kind: 'list', titles: [T.ki] },
  { q: 'zweitägige präsenzseminare im januar', kind: 'list', titles: [T.konflikt] },
  { q: 'im märz in präsenz, unter 200 euro', kind: 'list', titles: [T.sprache, T.ausbilder] },
  { q: 'seminare im februar unter 100 euro', kind: 'list', titles: [T.ruecken, T.brandschutz] },
  { q: 'was gibt es vor weihnachten noch kostenlos in präsenz?', kind: 'list', titles: [T.protokoll, T.ersteHilfe] },
  { q: 'abendveranstaltungen in präsenz', kind: 'list', ...only(T.ratstisch, T.ruecken) },
  { q: 'kostenpflichtige online-kurse', kind: 'list', ...only(T.telefon, T.zeit, T.ki) },
  { q: 'BVS-Seminare unter 250 Euro', kind: 'list', ...only(T.melde, T.konflikt, T.baurecht, T.baum) },
  { q: 'was bietet die vhs online an?', kind: 'list', ...only(T.telefon, T.zeit) },
  { q: 'nachmittags in maisach', kind: 'list', titles: [T.brandschutz] },
  { q: 'welche kurse hält frau dr. kellermann?', kind: 'list', ...only(T.lateral, T.konflikt) },
  { q: 'seminare an einem freitag im märz', kind: 'list', titles: [T.ausbilder] },
  // --- time and place alone -----------------------------------------------------------------------------------------
  { q: 'was ist morgen los?', kind: 'list', titles: [T.melde] },
  { q: 'was gibt es übernächste woche?', kind: 'list', titles: [T.lateral, T.zeit] },
  { q: 'seminare in puchheim', kind: 'list', ...only(T.ersteHilfe, T.english) },
  // --- follow-up conversations ----------------------------------------------------------------------------------------
  { conv: 'heute', q: 'gibt es heute noch was?', kind: 'list', titles: [T.phishing] },
  { conv: 'heute', q: 'ist das online?', kind: 'facts', titles: [T.phishing], says: ['findet online statt'] },
  {
    conv: 'heute',
    q: 'wie lange geht das',
    kind: 'facts',
    titles: [T.phishing],
    says: ['dauert 1,5 Stunden, von 14:00 bis 15:30 Uhr'],
  },
  { conv: 'vergabe', q: 'ich brauche eine vergabe-schulung für anfänger', kind: 'list', titles: [T.vergabe] },
  {
    conv: 'vergabe',
    q: 'wann genau?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['an 2 Tagen', 'Mo., 15.11.2027 und Di., 16.11.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'vergabe',
    q: 'wann ist anmeldeschluss?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['ist am Fr., 05.11.2027, 23:59 Uhr abgelaufen'],
  },
  { conv: 'lateral', q: 'projekte leiten, ohne chef zu sein', kind: 'list', titles: [T.lateral] },
  {
    conv: 'lateral',
    q: 'wann und wo?',
    kind: 'facts',
    titles: [T.lateral],
    says: [
      'an 2 Tagen im Landratsamt Fürstenfeldbruck',
      'Di., 23.11.2027 und Mi., 24.11.2027, jeweils von 09:00 bis 16:30 Uhr',
    ],
  },
  { conv: 'ki', q: 'gibt es was zu künstlicher intelligenz?', kind: 'list', titles: [T.ki] },
  { conv: 'ki', q: 'was kostet das?', kind: 'facts', titles: [T.ki], says: ['kostet 95 €'] },
  {
    conv: 'ki',
    q: 'an welchen tagen?',
    kind: 'facts',
    titles: [T.ki],
    says: ['an 2 Tagen', 'Di., 11.01.2028 und Di., 18.01.2028', 'jeweils von 09:00 bis 12:00 Uhr'],
  },
  { conv: 'english', q: 'is there any course in english?', locale: 'en', kind: 'list', titles: [T.english] },
  { conv: 'english', q: 'how much is it?', locale: 'en', kind: 'facts', titles: [T.english], says: ['costs €80'] },
  {
    conv: 'english',
    q: 'who is the trainer?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['is led by Ms Rachel Owens'],
  },
  { conv: 'doppik', q: 'jahresabschluss doppik', kind: 'list', titles: [T.doppik] },
  {
    conv: 'doppik',
    q: 'wo findet das statt?',
    kind: 'facts',
    titles: [T.doppik],
    says: ['findet im Rathaus Fürstenfeldbruck'],
  },
  {
    conv: 'doppik',
    q: 'sind noch plätze frei?',
    kind: 'facts',
    titles: [T.doppik],
    says: ['noch 18 von 18 Plätzen frei'],
  },
  { conv: 'baurecht', q: 'schulung zur bayerischen bauordnung', kind: 'list', titles: [T.baurecht] },
  {
    conv: 'baurecht',
    q: 'kann man auch online teilnehmen?',
    kind: 'facts',
    titles: [T.baurecht],
    says: ['findet hybrid statt: im Rathaus Olching'],
  },
  {
    miss: 'the fire-warden course, whose title says "Ausbildung", is listed beside the course for trainers ("Ausbilder" and "Ausbildung" share their stem)',
    conv: 'ausbilder',
    q: 'ich betreue azubis – gibt es eine schulung für ausbilder?',
    kind: 'list',
    titles: [T.ausbilder],
  },
  {
    conv: 'ausbilder',
    q: 'an welchen tagen ist das?',
    kind: 'facts',
    titles: [T.ausbilder],
    says: ['an 2 Tagen', 'Fr., 24.03.2028 und Fr., 31.03.2028', 'jeweils von 08:30 bis 15:30 Uhr'],
  },
  // --- facts ----------------------------------------------------------------------------------------------------------
  {
    q: 'was kostet die erste-hilfe-fortbildung?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Kosten übernimmt die KUVB.'],
  },
  {
    q: 'wann fängt die brandschutzhelfer-ausbildung an?',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['beginnt am Do., 17.02.2028 um 13:00 Uhr'],
  },
  {
    q: 'wer leitet das konfliktseminar in germering?',
    kind: 'facts',
    titles: [T.konflikt],
    says: ['leitet Frau Dr. Anna Kellermann'],
  },
  {
    q: 'anmeldeschluss für bürgernahe sprache',
    kind: 'facts',
    titles: [T.sprache],
    says: ['bis Fr., 18.02.2028, 12:00 Uhr'],
  },
  {
    q: 'where is the back exercise class?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['takes place at Volkshochschule Fürstenfeldbruck'],
  },
  {
    q: 'wann und wo ist die schulung zum meldewesen?',
    kind: 'facts',
    titles: [T.melde],
    says: ['am Di., 09.11.2027 von 09:00 bis 16:00 Uhr im Rathaus Germering'],
  },
  // --- topic searches: typos, words only in summary or description, everyday words ----------------------------------
  { q: 'phising mails erkennen', kind: 'list', titles: [T.phishing] },
  { q: 'streit mit kollegen', kind: 'list', titles: [T.konflikt] },
  { q: 'rückenschmerzen vom sitzen', kind: 'list', titles: [T.ruecken] },
  { q: 'ich bin neu im gemeinderat, gibt es eine einführung ins kommunalrecht?', kind: 'list', titles: [T.ratstisch] },
  // --- gone, drafts never shown, no match, greeting, own registrations -----------------------------------------------
  { q: 'gibt es noch den powerpoint kurs?', kind: 'gone', gone: T.powerpoint },
  { q: 'ladungssicherung schulung', kind: 'gone', gone: T.ladung },
  { q: 'grundsteuer seminar', kind: 'gone', gone: T.grundsteuer, says: ['Di., 19.10.2027'] },
  { q: 'wann war die winterdienst schulung?', kind: 'gone', gone: T.winterdienst, says: ['Do., 04.11.2027'] },
  { q: 'bürgerbeteiligung online', kind: 'none' },
  { q: 'hundesteuer satzung', kind: 'none' },
  { q: 'kostenlose seminare im januar', kind: 'none' },
  { q: 'kostenlose seminare in germering', kind: 'none' },
  { q: 'gabelstapler führerschein', kind: 'none' },
  { q: 'Grüß Gott!', kind: 'help' },
  { q: 'für welche seminare bin ich angemeldet?', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-eighty-fourth, independent catalogue (Landkreis Fürstenfeldbruck, BVS, KUVB, AKDB, VHS Fürstenfeldbruck)',
  {
    fixture: 'heldout284-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
