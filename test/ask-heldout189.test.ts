// Over-fitting check, hundred-and-eighty-ninth catalogue: the 2027 summer and autumn programme of the Burgenlandkreis
// (Saxony-Anhalt) with the Studieninstitut für kommunale Verwaltung Sachsen-Anhalt, the county's Personalentwicklung, the
// IT service provider KITU (Kommunale IT-UNION eG), the Unfallkasse Sachsen-Anhalt and the Volkshochschule
// Burgenlandkreis, for the county and its towns (Naumburg (Saale), Weißenfels, Zeitz, Hohenmölsen, Lützen, Nebra),
// imported from a JSON file. Seminars take place in the Kreisverwaltung in Naumburg, the town halls of Weißenfels, Zeitz,
// Hohenmölsen, Lützen and Nebra, the VHS offices in Weißenfels and Zeitz, the Studieninstitut in Magdeburg, online or
// hybrid. Several titles do not name their subject ("Besprechungen ohne Reisezeit" is video conferencing with Teams,
// "Der Köder im Postfach" phishing, "Durchatmen statt Durchhalten" stress, "Die Maschine schreibt mit" AI, "Wenn es am
// Tresen laut wird" de-escalation, "Aufrecht durch den Arbeitstag" ergonomics, "Dokumente für alle" accessible documents,
// "Das Ende der Papierberge" the e-file, "Das Amt im Netz" the OZG, "Klar geschrieben, gut verstanden" plain language,
// "Plötzlich Chefin, plötzlich Chef" leadership), so only summary, description or topics reveal it; one seminar is held
// in English; the leadership course runs on three days across the end of summer time (Sun 31.10.2027); the e-file course
// is open only to Hohenmölsen, Lützen and Nebra; the Unfallkasse's courses are free. Questions are asked the way an
// acceptance tester checks facts — cost, date, start time, duration, place, format, trainer, deadline, free seats,
// language — by title words, by subject words found only in descriptions and in follow-ups, about a quarter in English,
// without looking at the parser or the answers. Same assertions as the other suites: exactly the expected seminars (best
// first where one is clearly best), the asked fact in the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Wednesday 26 May 2027, 09:45 in Naumburg, summer time since Sun 28.03.2027; winter time
// begins Sun 31.10.2027):
//   this week:  Wed 26.05. (today) 13:00–15:30 video conferencing (online); Thu 27.05. 09:00–12:00 data protection
//               (hybrid, Kreisverwaltung Naumburg); nothing on Fri 28.05.
//   next week:  Mon 31.05. 09:00–11:30 phishing (online), Tue 01.06. 13:00–15:30 stress (online), Wed 02.06.
//               09:00–12:30 English (Rathaus Weißenfels; deadline passed Fri 21.05. 23:59), Thu 03.06. 13:00–16:00 AI
//               (hybrid, Kreisverwaltung); nothing on Fri 04.06.
//   June:       Tue 08. cancelled Outlook course; Thu 10. Excel (VHS Weißenfels), Tue 15. first aid (Rathaus Hohenmölsen),
//               Thu 17. de-escalation (Rathaus Zeitz), Mon 21. cancelled forklift course; Tue 22. Doppik (Kreisverwaltung;
//               deadline Fri 04.06. 12:00), Wed 23. ergonomics (online), Tue 29. accessible documents (online).
//   July:       Tue 06. e-file (Rathaus Lützen, only Hohenmölsen/Lützen/Nebra; deadline = start), Tue 13. procurement law
//               (Studieninstitut Magdeburg), Wed 21. OZG (online), Wed 28. housing benefit (online).
//   August:     Thu 12. council meetings (Rathaus Nebra, 14 seats), Wed 25. plain language (VHS Zeitz).
//   September:  Wed 01./Thu 02. induction days for trainees (Kreisverwaltung; deadline Fri 13.08. 23:59), Tue 14. Kanban
//               (hybrid, Rathaus Weißenfels), Thu 23. appraisal interviews (online, for managers); the draft social-media
//               course on Wed 15.09.
//   October:    Thu 21.10. and Thu 28.10. (CEST), Thu 04.11. (CET) leadership (Kreisverwaltung); the draft water-law
//               course on Tue 19.10.
//   past:       Tue 13.04.2027 property tax (Kreisverwaltung), Thu 06.05.2027 safety representatives (Rathaus Weißenfels).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-05-26T07:45:00Z'); // Wednesday, 26 May 2027, 09:45 in Naumburg (CEST)
const TZ = 'Europe/Berlin';

const T = {
  teams: 'Besprechungen ohne Reisezeit', // Wed 26.05. 13:00–15:30, online, KITU, Kretzschmar, video conferencing, free
  datenschutz: 'Datenschutz im Bürgerkontakt: Auskünfte richtig erteilen', // Thu 27.05. 09:00–12:00, hybrid (Kreisverwaltung), PE, Liebscher, free
  phishing: 'Der Köder im Postfach', // Mon 31.05. 09:00–11:30, online, KITU, Kretzschmar, information security, free
  stress: 'Durchatmen statt Durchhalten', // Tue 01.06. 13:00–15:30, online, Unfallkasse, Wendt, stress, free
  english: 'English at the Service Desk: Helping International Residents', // Wed 02.06. 09:00–12:30, Rathaus Weißenfels, VHS, Whitfield, English, 95 €, deadline passed Fri 21.05. 23:59
  ki: 'Die Maschine schreibt mit', // Thu 03.06. 13:00–16:00, hybrid (Kreisverwaltung), KITU, Kretzschmar, AI, free
  excel: 'Excel im Büroalltag: Listen, Formeln, Auswertungen', // Thu 10.06. 09:00–16:00, VHS Weißenfels, Heinze, 79 € (note)
  ersteHilfe: 'Erste Hilfe im Dienst: Aus- und Fortbildung für Ersthelfende', // Tue 15.06. 08:00–16:00, Rathaus Hohenmölsen, Unfallkasse, Hammer, free (note)
  deeskalation: 'Wenn es am Tresen laut wird', // Thu 17.06. 09:00–15:00, Rathaus Zeitz, Unfallkasse, Voigt, free, 12 seats
  doppik: 'Kommunale Doppik kompakt: Jahresabschluss nach KomHVO', // Tue 22.06. 09:00–16:00, Kreisverwaltung, Studieninstitut, Dr. Michaelis, 210 €, deadline Fri 04.06. 12:00
  ergonomie: 'Aufrecht durch den Arbeitstag', // Wed 23.06. 14:00–15:30, online, Unfallkasse, Wendt, ergonomics, free
  barrierefrei: 'Dokumente für alle', // Tue 29.06. 09:00–12:00, online, VHS, Heinze, accessible documents, 69 €
  eakte: 'Das Ende der Papierberge', // Tue 06.07. 09:00–12:00, Rathaus Lützen, KITU, Pohle, e-file, only Hohenmölsen/Lützen/Nebra, free
  vergabe: 'Vergaberecht für Einsteiger: UVgO und Landesvergabegesetz', // Tue 13.07. 09:00–16:00, Studieninstitut Magdeburg, Krüger, 240 €
  ozg: 'Das Amt im Netz', // Wed 21.07. 13:00–16:00, online, KITU, Pohle, OZG, free
  wohngeld: 'Wohngeldrecht aktuell: Neuerungen für die Wohngeldstellen', // Wed 28.07. 13:00–16:00, online, Studieninstitut, Lorenz, 160 €
  sitzung: 'Sitzungsdienst kompakt: Von der Einladung bis zur Niederschrift', // Thu 12.08. 09:00–15:00, Rathaus Nebra, Studieninstitut, 180 €, 14 seats
  sprache: 'Klar geschrieben, gut verstanden', // Wed 25.08. 09:00–16:00, VHS Zeitz, Dr. Sommer, plain language, 140 €
  azubis: 'Willkommen an Bord: Einführungstage für neue Auszubildende', // Wed 01.09. and Thu 02.09. 08:30–15:00, Kreisverwaltung, PE, free, deadline Fri 13.08. 23:59
  kanban: 'Projekte im Fluss: Kanban und agile Methoden im Amt', // Tue 14.09. 09:00–16:00, hybrid (Rathaus Weißenfels), Studieninstitut, Brandt, 230 €
  jahresgespraech: 'Das Jahresgespräch vorbereiten und führen', // Thu 23.09. 09:00–12:00, online, PE, Gräfe, for managers, free
  fuehrung: 'Plötzlich Chefin, plötzlich Chef', // Thu 21.10., 28.10. (CEST), 04.11. (CET) 09:00–16:00, Kreisverwaltung, Studieninstitut, Dr. Unger, 540 €, new managers
  socialMedia: 'Social Media für Städte und Gemeinden', // draft (Wed 15.09.)
  wasserrecht: 'Wasserrecht in der Praxis der unteren Wasserbehörde', // draft (Tue 19.10.)
  outlook: 'Outlook im Griff: Postfach, Kalender und Aufgaben organisieren', // cancelled (Tue 08.06.2027)
  stapler: 'Flurförderzeuge sicher fahren: Staplerschein für Bauhof und Wertstoffhof', // cancelled (Mon 21.06.2027)
  grundsteuer: 'Die neue Grundsteuer: Fragen der Bürgerinnen und Bürger beantworten', // past (Tue 13 April 2027)
  sicherheit: 'Grundlehrgang für Sicherheitsbeauftragte', // past (Thu 6 May 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.socialMedia, T.wasserrecht, T.outlook, T.stapler, T.grundsteuer, T.sicherheit];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  {
    q: 'was kostet der excel kurs',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 79 €'],
    mentions: ['Die Kursgebühr wird der entsendenden Organisationseinheit intern verrechnet.'],
  },
  {
    q: 'ist erste hilfe kostenlos',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Kosten trägt die Unfallkasse Sachsen-Anhalt für ihre Mitgliedsverwaltungen.'],
  },
  {
    q: 'how much is the accessible documents course',
    locale: 'en',
    kind: 'facts',
    titles: [T.barrierefrei],
    says: ['costs €69'],
  },
  // --- facts: when (by title words, across the end of summer time), start time, duration -----------------------------
  {
    q: 'wann ist der datenschutz kurs',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['am Do., 27.05.2027 von 09:00 bis 12:00 Uhr'],
  },
  {
    q: 'wann ist durchatmen statt durchhalten',
    kind: 'facts',
    titles: [T.stress],
    says: ['am Di., 01.06.2027 von 13:00 bis 15:30 Uhr'],
  },
  {
    q: 'termine plötzlich chefin',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 3 Tagen', 'Do., 21.10.2027, Do., 28.10.2027 und Do., 04.11.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'when are the welcome days for new azubis',
    locale: 'en',
    kind: 'facts',
    titles: [T.azubis],
    says: ['on 2 days', 'Wed, 1 Sep 2027 and Thu, 2 Sep 2027', 'each from 08:30 to 15:00'],
  },
  {
    q: 'um wie viel uhr fängt der erste hilfe kurs an',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['beginnt am Di., 15.06.2027 um 08:00 Uhr'],
  },
  {
    q: 'what time does the AI session start',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['starts on Thu, 3 Jun 2027 at 13:00'],
  },
  {
    q: 'wie lange dauert die doppik schulung',
    kind: 'facts',
    titles: [T.doppik],
    says: ['dauert 7 Stunden, von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'dauer ergonomie seminar',
    kind: 'facts',
    titles: [T.ergonomie],
    says: ['dauert 1,5 Stunden, von 14:00 bis 15:30 Uhr'],
  },
  {
    q: 'how long is the leadership course',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['lasts 3 days, each from 09:00 to 16:00'],
  },
  // --- facts: where, format, trainer ----------------------------------------------------------------------------------
  {
    q: 'wo findet die deeskalationsschulung statt',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['im Rathaus Zeitz'],
  },
  {
    q: 'wo ist vergaberecht',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['im Studieninstitut für kommunale Verwaltung Sachsen-Anhalt'],
  },
  {
    q: 'where is the english course held',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['at Rathaus Weißenfels'],
  },
  {
    q: 'ist die schulung zum onlinezugangsgesetz online oder in präsenz',
    kind: 'facts',
    titles: [T.ozg],
    says: ['findet online statt'],
  },
  {
    q: 'kann man bei kanban auch online teilnehmen',
    kind: 'facts',
    titles: [T.kanban],
    says: [/findet hybrid statt|oder online statt/],
  },
  {
    q: 'wer unterrichtet barrierefreie dokumente',
    kind: 'facts',
    titles: [T.barrierefrei],
    says: ['leitet Frau Katrin Heinze'],
  },
  {
    q: 'who teaches English at the Service Desk',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['is led by Ms Sarah Whitfield'],
  },
  // --- facts: deadline, free seats ------------------------------------------------------------------------------------
  { q: 'anmeldeschluss doppik', kind: 'facts', titles: [T.doppik], says: ['bis Fr., 04.06.2027, 12:00 Uhr'] },
  {
    q: 'registration deadline for the english course',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 21 May 2027, 23:59'],
  },
  {
    q: 'bis wann anmelden einführungstage azubis',
    kind: 'facts',
    titles: [T.azubis],
    says: ['bis Fr., 13.08.2027, 23:59 Uhr'],
  },
  {
    q: 'sind beim sitzungsdienst noch plätze frei',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['noch 14 von 14 Plätzen frei'],
  },
  {
    q: 'free seats de-escalation',
    locale: 'en',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['has 12 of 12 seats left'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  { conv: 'koeder', q: 'gibt es was gegen phishing mails', kind: 'list', titles: [T.phishing] },
  {
    conv: 'koeder',
    q: 'wann ist das',
    kind: 'facts',
    titles: [T.phishing],
    says: ['am Mo., 31.05.2027 von 09:00 bis 11:30 Uhr'],
  },
  { conv: 'koeder', q: 'wer macht das', kind: 'facts', titles: [T.phishing], says: ['leitet Herr Sven Kretzschmar'] },
  { conv: 'koeder', q: 'ist das online?', kind: 'facts', titles: [T.phishing], says: ['findet online statt'] },
  { conv: 'buerger', q: 'wie formuliere ich bescheide verständlicher', kind: 'list', titles: [T.sprache] },
  { conv: 'buerger', q: 'was kostet das', kind: 'facts', titles: [T.sprache], says: ['kostet 140 €'] },
  {
    conv: 'buerger',
    q: 'und wo findet der statt?',
    kind: 'facts',
    titles: [T.sprache],
    says: ['in der Volkshochschule Burgenlandkreis'],
  },
  { conv: 'ki', q: 'anything on artificial intelligence', locale: 'en', kind: 'list', titles: [T.ki] },
  { conv: 'ki', q: 'is it free?', locale: 'en', kind: 'facts', titles: [T.ki], says: ['is free of charge'] },
  {
    conv: 'ki',
    q: 'where does it take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['at Kreisverwaltung Burgenlandkreis', 'or online'],
  },
  { conv: 'eakte', q: 'schulung zur elektronischen akte', kind: 'list', titles: [T.eakte] },
  {
    conv: 'eakte',
    q: 'wie lange dauert die',
    kind: 'facts',
    titles: [T.eakte],
    says: ['dauert 3 Stunden, von 09:00 bis 12:00 Uhr'],
  },
  {
    conv: 'eakte',
    q: 'bis wann muss ich mich anmelden',
    kind: 'facts',
    titles: [T.eakte],
    says: ['bis Di., 06.07.2027, 09:00 Uhr'],
  },
  // --- topic searches: words only in summary or description, synonyms, typos ------------------------------------------
  { q: 'stressbewältigung', kind: 'list', titles: [T.stress] },
  { q: 'videokonferenzen', kind: 'list', titles: [T.teams] },
  { q: 'exel schulung', kind: 'list', titles: [T.excel] },
  { q: 'defibrilator', kind: 'list', titles: [T.ersteHilfe] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, length, cost, language, seats ---------
  { q: 'was ist heute noch', kind: 'list', titles: [T.teams] },
  { q: 'was läuft diese woche', kind: 'list', titles: [T.teams, T.datenschutz] },
  { q: 'nächste woche nachmittags', kind: 'list', titles: [T.stress, T.ki] },
  { q: 'anything next week in the morning', locale: 'en', kind: 'list', titles: [T.phishing, T.english] },
  { q: 'was ist zwischen dem 14. und 18. juni', kind: 'list', titles: [T.ersteHilfe, T.deeskalation] },
  { q: 'online seminare im juli', kind: 'list', titles: [T.ozg, T.wohngeld] },
  { q: "what's on in august", locale: 'en', kind: 'list', titles: [T.sitzung, T.sprache] },
  {
    q: 'kostenlose angebote im juni',
    kind: 'list',
    titles: [T.stress, T.ki, T.ersteHilfe, T.deeskalation, T.ergonomie],
  },
  { q: 'noch freie plätze im september', kind: 'list', titles: [T.azubis, T.kanban, T.jahresgespraech] },
  { q: 'was gibt es in zeitz', kind: 'list', ...only(T.deeskalation, T.sprache) },
  { q: 'seminare der unfallkasse', kind: 'list', ...only(T.stress, T.ersteHilfe, T.deeskalation, T.ergonomie) },
  { q: 'kurse bei frau heinze', kind: 'list', ...only(T.excel, T.barrierefrei) },
  { q: 'ich bin führungskraft was gibts für mich', kind: 'list', ...only(T.jahresgespraech, T.fuehrung) },
  { q: 'mehrtägige seminare', kind: 'list', ...only(T.azubis, T.fuehrung) },
  { q: 'courses in english', locale: 'en', kind: 'list', titles: [T.english] },
  // --- gone, drafts never shown, no match, greeting, registrations ----------------------------------------------------
  { q: 'wann ist der staplerschein', kind: 'gone', gone: T.stapler },
  { q: 'how much is the outlook course', locale: 'en', kind: 'gone', gone: T.outlook },
  { q: 'grundsteuer schulung wann war die', kind: 'gone', gone: T.grundsteuer, says: ['Di., 13.04.2027'] },
  {
    q: 'when was the sicherheitsbeauftragte course',
    locale: 'en',
    kind: 'gone',
    gone: T.sicherheit,
    says: ['Thu, 6 May 2027'],
  },
  { q: 'social media schulung', kind: 'none' },
  { q: 'wasserrecht', kind: 'none' },
  { q: 'guten morgen', kind: 'help' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a hundred-and-eighty-ninth, independent catalogue (Burgenlandkreis, Studieninstitut, Unfallkasse)',
  {
    fixture: 'heldout189-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
