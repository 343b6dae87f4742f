// Over-fitting check, three-hundred-and-thirty-third catalogue: the 2027 training programme for the Stadt Delmenhorst
// (Lower Saxony) and its neighbours in the Oldenburger Land (Gemeinde Ganderkesee, Gemeinde Hude (Oldb), Gemeinde Stuhr,
// Landkreis Oldenburg), with the Niedersächsisches Studieninstitut für kommunale Verwaltung (NSI), the Unfallkasse
// Niedersachsen, the VHS Delmenhorst, the KDO (Zweckverband Kommunale Datenverarbeitung Oldenburg), the Feuerwehr
// Delmenhorst and the city's Fachdienst Personal, imported from a JSON file. Seminars take place in the Rathaus
// Delmenhorst (Rathausplatz 1), the Volkshochschule Delmenhorst (Am Turbinenhaus 11), the Hauptfeuerwache, the
// Betriebshof's Werkhalle, online or hybrid. Several titles do not name their subject ("Klick mit Folgen" is phishing,
// "Was darf ich weitergeben?" data protection, "Bargeld, Karte, Quittung" cash offices, "Den Akku wieder aufladen"
// stress / burnout, "Zahlen, die Geschichten erzählen" the Doppik budget, "Gut gesichert am Straßenrand" road-works
// safety (RSA 21), "Fit am Schreibtisch" back exercises, "Schreibhilfe aus der Maschine" AI / ChatGPT, "Neu in der
// Rolle" new managers, "Alles an einem Ort" the e-file, "Wenn der Ton rauer wird" de-escalation at the counter, "Briefe
// ohne Fragezeichen" plain language, "Besprechen, teilen, gemeinsam bearbeiten" Teams / SharePoint), so only summary,
// description or topics reveal it. The Excel beginners' course is offered twice (in person in February, online in
// April); one seminar is held in English; the back course runs on four Wednesday evenings across the start of summer
// time; the leadership course runs on Maundy Thursday and the Thursday after Easter; the e-file course and the trainees'
// day are open only to the Stadt Delmenhorst; first aid is free, paid by the Unfallkasse. The questions are
// conversations that move on — a question, a follow-up with a pronoun ("was kostet der?", "und wo ist das?", "is it
// online?"), then a change of subject ("und was gibt es zu Datenschutz?", "and anything on Excel?"), "und sonst noch
// was?", "gibt es davon auch einen Termin im Frühjahr?" — mixed with single questions, some in English, written without
// looking at the parser or the answers.
//
// Calendar around `now` (Tuesday 16 February 2027, 10:15 in Delmenhorst, winter time; summer time begins Sun 28.03.2027,
// which is Easter Sunday: Gründonnerstag Thu 25.03., Karfreitag Fri 26.03., Ostermontag Mon 29.03.; Christi Himmelfahrt
// Thu 06.05., Pfingstmontag Mon 17.05.2027):
//   this week:  Tue 16.02. (today) 14:00–15:30 phishing (online, KDO, free); Wed 17.02. (tomorrow) 09:00–12:00 data
//               protection (Rathaus, free); Thu 18.02. 18:00–20:30 council members (Rathaus, NSI, 45 €, evening); Fri
//               19.02. 09:00–12:00 cash offices (online, NSI, 95 €)
//   next week:  Mon 22.02. 09:00–16:00 service of notices (Rathaus, NSI, 195 €; deadline passed Fri 12.02. 12:00), Tue
//               23.02. 13:00–15:30 stress (online, Unfallkasse, free), Wed 24.02. 08:30–15:30 Excel, Termin 1 (VHS, 89 €),
//               Thu 25.02. 09:00–12:30 English (VHS, 65 €; deadline Thu 18.02. 23:59); nothing on Fri 26.02.
//   March:      Wed 03.03. 09:00–16:00 Doppik (Rathaus, 210 €), Tue 09.03. 07:00–14:00 road works (Betriebshof, free),
//               Wed 10.03./17.03./24.03./31.03. (the last in summer time) 17:30–19:00 back exercises (VHS, 48 €), Thu
//               11.03. 08:30–16:00 first aid (Hauptfeuerwache, free), the cancelled PowerPoint course (Fri 12.03.), Wed
//               17.03. 10:00–12:00 AI (online, KDO, free), Thu 25.03. (CET) and Thu 01.04. (CEST) 09:00–16:30 new
//               managers (Rathaus, NSI, 420 €; deadline Fri 05.03. 23:59)
//   April:      the cancelled fork-lift course (Thu 08.04.), Tue 13.04. 08:30–15:30 Excel, Termin 2 (online, 89 €), Wed
//               14.04. 08:00–12:00 fire wardens (Hauptfeuerwache, free), Thu 22.04. 09:00–12:00 e-file (Rathaus, KDO,
//               Delmenhorst only), Tue 27.04. 09:00–16:00 de-escalation (Rathaus, Unfallkasse, free, 16 seats)
//   May:        Tue 04.05. 09:00–16:00 plain language (VHS, 120 €; deadline Fri 16.04. 12:00), Tue 18.05. 10:00–11:30
//               Teams / SharePoint (online, KDO, free)
//   later:      Wed 09.06. 09:00–16:00 procurement (hybrid, Rathaus, NSI, 240 €), the draft social-media course (Wed
//               16.06.), the draft dog-tax course (Wed 23.06.), Mon 02.08. 08:00–14:00 trainees' day (Rathaus)
//   past:       Wed 18.11.2026 property tax (Rathaus), Tue 19.01.2027 staff appraisals (online).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-02-16T09:15:00Z'); // Tuesday, 16 February 2027, 10:15 in Delmenhorst (CET)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Klick mit Folgen', // Tue 16.02. 14:00–15:30, online, KDO, Oltmanns, phishing, free
  datenschutz: 'Was darf ich weitergeben?', // Wed 17.02. 09:00–12:00, Rathaus, Fachdienst Personal, Dr. Brüning, DSGVO, free
  rat: 'Gut vorbereitet in die Ratssitzung', // Thu 18.02. 18:00–20:30, Rathaus, NSI, Prof. Dr. Janßen, NKomVG, 45 €
  kasse: 'Bargeld, Karte, Quittung', // Fri 19.02. 09:00–12:00, online, NSI, Lüken, Zahlstellen / KomHKVO, 95 €
  zustellung: 'Bescheide richtig zustellen: Bekanntgabe und Zustellung nach VwZG', // Mon 22.02. 09:00–16:00, Rathaus, NSI, Prof. Dr. Janßen, 195 €, deadline passed Fri 12.02. 12:00
  stress: 'Den Akku wieder aufladen', // Tue 23.02. 13:00–15:30, online, Unfallkasse, Hinrichs, stress / burnout, free
  excel1: 'Excel-Grundkurs, Termin 1', // Wed 24.02. 08:30–15:30, VHS, Wübbenhorst, 89 € (Fachdienst Personal pays)
  english: 'Speaking English at the Service Desk', // Thu 25.02. 09:00–12:30, VHS, Donovan, 65 €, deadline Thu 18.02. 23:59
  doppik: 'Zahlen, die Geschichten erzählen', // Wed 03.03. 09:00–16:00, Rathaus, NSI, Lüken, Doppik / Jahresabschluss, 210 €
  baustelle: 'Gut gesichert am Straßenrand', // Tue 09.03. 07:00–14:00, Betriebshof, Unfallkasse, Ahlers, RSA 21, free
  ruecken: 'Fit am Schreibtisch', // Wed 10.03., 17.03., 24.03., 31.03. 17:30–19:00, VHS, Kruse, back exercises, 48 €
  ersteHilfe: 'Erste-Hilfe-Fortbildung für betriebliche Ersthelfende', // Thu 11.03. 08:30–16:00, Hauptfeuerwache, Unfallkasse, Gerdes, free, 20 seats
  ki: 'Schreibhilfe aus der Maschine', // Wed 17.03. 10:00–12:00, online, KDO, Tönjes, AI / ChatGPT / Copilot, free
  fuehrung: 'Neu in der Rolle', // Thu 25.03. and Thu 01.04. 09:00–16:30, Rathaus, NSI, Dr. Mehrens, new managers, 420 €, deadline Fri 05.03. 23:59
  excel2: 'Excel-Grundkurs, Termin 2', // Tue 13.04. 08:30–15:30, online, VHS, Wübbenhorst, 89 €
  brandschutz: 'Brandschutzhelferinnen und Brandschutzhelfer: Ausbildung nach ASR A2.2', // Wed 14.04. 08:00–12:00, Hauptfeuerwache, Feuerwehr, Cordes, free
  eakte: 'Alles an einem Ort', // Thu 22.04. 09:00–12:00, Rathaus, KDO, Rademacher, e-file, Delmenhorst only, free
  deeskalation: 'Wenn der Ton rauer wird', // Tue 27.04. 09:00–16:00, Rathaus, Unfallkasse, Hinrichs, de-escalation, free, 16 seats
  sprache: 'Briefe ohne Fragezeichen', // Tue 04.05. 09:00–16:00, VHS, Stolle, plain language, 120 €, deadline Fri 16.04. 12:00
  teams: 'Besprechen, teilen, gemeinsam bearbeiten', // Tue 18.05. 10:00–11:30, online, KDO, Tönjes, Teams / SharePoint, free
  vergabe: 'Vergaberecht kompakt: NTVergG, UVgO und VOB/A', // Wed 09.06. 09:00–16:00, hybrid (Rathaus), NSI, Prof. Dr. Janßen, 240 €
  azubi: 'Willkommen bei der Stadt Delmenhorst: Einführungstag für Auszubildende', // Mon 02.08. 08:00–14:00, Rathaus, Fachdienst Personal, Bollmann, free
  socialMedia: 'Social Media im Rathaus: Instagram und Facebook rechtssicher nutzen', // draft (Wed 16.06.)
  hundesteuer: 'Hundesteuer und Hunderegister: Veranlagung in der Praxis', // draft (Wed 23.06.)
  powerpoint: 'PowerPoint-Präsentationen, die überzeugen', // cancelled (Fri 12.03.2027)
  stapler: 'Gabelstaplerfahrer-Ausbildung nach DGUV Grundsatz 308-001', // cancelled (Thu 08.04.2027)
  grundsteuer: 'Grundsteuer in Niedersachsen: Bescheide nach dem Flächen-Lage-Modell', // past (Wed 18 November 2026)
  mag: 'Mitarbeitergespräche führen: Jahresgespräch und Zielvereinbarung', // past (Tue 19 January 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.socialMedia, T.hundesteuer, T.powerpoint, T.stapler, T.grundsteuer, T.mag];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- conversations that move on ------------------------------------------------------------------------------------
  { conv: 'heute', q: 'Gibt es heute noch eine Schulung?', kind: 'list', titles: [T.phishing] },
  { conv: 'heute', q: 'ist das online?', kind: 'facts', titles: [T.phishing], says: ['findet online statt'] },
  {
    conv: 'heute',
    q: 'und wie lange geht das?',
    kind: 'facts',
    titles: [T.phishing],
    says: ['dauert 1,5 Stunden, von 14:00 bis 15:30 Uhr'],
  },
  { conv: 'heute', q: 'und was gibt es zu Datenschutz?', kind: 'list', titles: [T.datenschutz] },
  {
    conv: 'heute',
    q: 'wann ist das?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['am Mi., 17.02.2027 von 09:00 bis 12:00 Uhr'],
  },
  {
    miss: '"davon … im Frühjahr" is read as a new search of spring, not as the subject talked about, so the spring seminars are listed',
    conv: 'heute',
    q: 'gibt es davon auch einen Termin im Frühjahr?',
    kind: 'none',
  },
  {
    conv: 'excel',
    q: 'wann ist der nächste excel kurs?',
    kind: 'facts',
    titles: [T.excel1],
    says: ['am Mi., 24.02.2027 von 08:30 bis 15:30 Uhr'],
  },
  {
    conv: 'excel',
    q: 'was kostet der?',
    kind: 'facts',
    titles: [T.excel1],
    says: ['kostet 89 €'],
    mentions: ['Die Kosten trägt der Fachdienst Personal.'],
  },
  {
    miss: '"davon … im Frühjahr" is read as a new search of spring, not as the Excel course talked about',
    conv: 'excel',
    q: 'gibt es davon auch einen Termin im Frühjahr?',
    kind: 'list',
    titles: [T.excel2],
  },
  {
    miss: 'follows a list of spring seminars, so no single seminar is talked about',
    conv: 'excel',
    q: 'ist der online?',
    kind: 'facts',
    titles: [T.excel2],
    says: ['findet online statt'],
  },
  { conv: 'stress', q: 'any course on dealing with stress?', locale: 'en', kind: 'list', titles: [T.stress] },
  {
    conv: 'stress',
    q: 'is it online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.stress],
    says: ['takes place online'],
  },
  {
    conv: 'stress',
    q: 'how much is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.stress],
    says: ['is free of charge'],
  },
  {
    miss: '"and anything on Excel?" is read as a fact question continuing the cost asked before, so the costs of both Excel dates are answered',
    conv: 'stress',
    q: 'and anything on Excel?',
    locale: 'en',
    kind: 'list',
    titles: [T.excel1, T.excel2],
  },
  {
    conv: 'stress',
    q: 'when is the online one?',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel2],
    says: ['on Tue, 13 Apr 2027 from 08:30 to 15:30'],
  },
  {
    conv: 'fuehrung',
    q: 'ich hab seit kurzem eine sachgebietsleitung, gibts da was für neue führungskräfte?',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'fuehrung',
    q: 'an welchen tagen?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 25.03.2027 und Do., 01.04.2027', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  { conv: 'fuehrung', q: 'und wo ist das?', kind: 'facts', titles: [T.fuehrung], says: ['im Rathaus Delmenhorst'] },
  {
    conv: 'fuehrung',
    q: 'bis wann kann ich mich anmelden?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['bis Fr., 05.03.2027, 23:59 Uhr'],
  },
  {
    conv: 'zustellung',
    q: 'wie stelle ich einen bescheid richtig zu? gibt es dazu ein seminar',
    kind: 'list',
    titles: [T.zustellung],
  },
  {
    conv: 'zustellung',
    q: 'kann ich mich da noch anmelden?',
    kind: 'facts',
    titles: [T.zustellung],
    says: ['ist am Fr., 12.02.2027, 12:00 Uhr abgelaufen'],
  },
  { conv: 'zustellung', q: 'und was gibt es zum vergaberecht?', kind: 'list', titles: [T.vergabe] },
  {
    conv: 'zustellung',
    q: 'ist das in präsenz?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['findet hybrid statt: im Rathaus Delmenhorst'],
  },
  { conv: 'english', q: 'Is there a course held in English?', locale: 'en', kind: 'list', titles: [T.english] },
  {
    conv: 'english',
    q: 'and where is that?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['takes place at Volkshochschule Delmenhorst'],
  },
  {
    conv: 'english',
    q: "what's the registration deadline?",
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['until Thu, 18 Feb 2027, 23:59'],
  },
  { conv: 'erste-hilfe', q: 'ersthelfer fortbildung', kind: 'list', titles: [T.ersteHilfe] },
  {
    miss: '"muss unser Fachdienst dafür was zahlen?" is searched as a subject ("Fachdienst"), not asked of the first-aid course talked about',
    conv: 'erste-hilfe',
    q: 'muss unser fachdienst dafür was zahlen?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse Niedersachsen.'],
  },
  {
    miss: 'follows two seminars answered, so no single seminar is talked about',
    conv: 'erste-hilfe',
    q: 'und wo ist das?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['Hauptfeuerwache Delmenhorst'],
  },
  { conv: 'ruecken', q: 'rückenkurs nach feierabend', kind: 'list', titles: [T.ruecken] },
  {
    conv: 'ruecken',
    q: 'an welchen terminen ist der?',
    kind: 'facts',
    titles: [T.ruecken],
    says: [
      'an 4 Tagen',
      'Mi., 10.03.2027, Mi., 17.03.2027, Mi., 24.03.2027 und Mi., 31.03.2027',
      'jeweils von 17:30 bis 19:00 Uhr',
    ],
  },
  { conv: 'ki', q: 'chatgpt im büro, gibt es da was?', kind: 'list', titles: [T.ki] },
  { conv: 'ki', q: 'wer macht das?', kind: 'facts', titles: [T.ki], says: ['leitet Frau Lea Tönjes'] },
  {
    conv: 'ki',
    q: 'und sonst noch was von der KDO?',
    kind: 'list',
    ...maybeAlso(only(T.phishing, T.eakte, T.teams), T.ki),
  },
  { conv: 'morgen', q: 'was ist morgen?', kind: 'list', titles: [T.datenschutz] },
  {
    conv: 'morgen',
    q: 'und sonst noch was diese woche?',
    kind: 'list',
    ...maybeAlso(only(T.phishing, T.rat, T.kasse), T.datenschutz),
  },
  {
    conv: 'morgen',
    q: 'wer hält das am donnerstag?',
    kind: 'facts',
    titles: [T.rat],
    says: ['leitet Herr Prof. Dr. Hauke Janßen'],
  },
  {
    miss: "the two seminars of 17 March are listed in another order than the suite's",
    conv: 'maerz',
    q: 'was ist am 17. märz?',
    kind: 'list',
    titles: [T.ki, T.ruecken],
  },
  {
    miss: '"und sonst noch was?" after the day\'s list is read as everything else, not as nothing more that day',
    conv: 'maerz',
    q: 'und sonst noch was?',
    kind: 'none',
  },
  {
    conv: 'teams',
    q: 'is there any training on microsoft teams?',
    locale: 'en',
    kind: 'list',
    titles: [T.teams],
  },
  {
    conv: 'teams',
    q: 'when is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.teams],
    says: ['on Tue, 18 May 2027 from 10:00 to 11:30'],
  },
  // --- single fact questions -----------------------------------------------------------------------------------------
  {
    q: 'wie lange dauert der doppik kurs',
    kind: 'facts',
    titles: [T.doppik],
    says: ['dauert 7 Stunden, von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'wann beginnt die schulung für zahlstellen?',
    kind: 'facts',
    titles: [T.kasse],
    says: ['beginnt am Fr., 19.02.2027 um 09:00 Uhr'],
  },
  {
    q: 'anmeldeschluss bürgernahe sprache',
    kind: 'facts',
    titles: [T.sprache],
    says: ['bis Fr., 16.04.2027, 12:00 Uhr'],
  },
  {
    q: 'sind beim deeskalationstraining noch plätze frei?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['noch 16 von 16 Plätzen frei'],
  },
  // --- topic searches: typos, words only in summary, description or topics -------------------------------------------
  { q: 'phising mails erkennen', kind: 'list', titles: [T.phishing] },
  { q: 'umgang mit aggressiven bürgern am schalter', kind: 'list', titles: [T.deeskalation] },
  { q: 'absicherung von baustellen nach RSA 21', kind: 'list', titles: [T.baustelle] },
  { q: 'wo kann ich das löschen mit dem feuerlöscher üben', kind: 'list', titles: [T.brandschutz] },
  { q: 'weniger amtsdeutsch in briefen', kind: 'list', titles: [T.sprache] },
  // --- time, place, provider, trainer, format, cost, length ----------------------------------------------------------
  { q: 'was läuft diese woche?', kind: 'list', titles: [T.phishing, T.datenschutz, T.rat, T.kasse] },
  { q: 'was ist nächste woche?', kind: 'list', titles: [T.zustellung, T.stress, T.excel1, T.english] },
  { q: 'ist nächsten freitag was?', kind: 'none' },
  {
    q: 'was gibt es im märz',
    kind: 'list',
    titles: [T.doppik, T.baustelle, T.ruecken, T.ersteHilfe, T.ki, T.fuehrung],
  },
  {
    q: 'seminare im april',
    kind: 'list',
    ...maybeAlso(only(T.excel2, T.brandschutz, T.eakte, T.deeskalation), T.fuehrung),
  },
  { q: 'gibt es am gründonnerstag was?', kind: 'list', titles: [T.fuehrung] },
  { q: 'any evening courses?', locale: 'en', kind: 'list', ...only(T.rat, T.ruecken) },
  { q: 'was bietet die unfallkasse an?', kind: 'list', ...only(T.stress, T.baustelle, T.ersteHilfe, T.deeskalation) },
  { q: 'kurse bei professor janssen', kind: 'list', ...only(T.rat, T.zustellung, T.vergabe) },
  { q: 'kostenlose präsenzseminare im februar', kind: 'list', titles: [T.datenschutz] },
  {
    q: 'welche seminare kosten mehr als 150 euro',
    kind: 'list',
    ...only(T.zustellung, T.doppik, T.fuehrung, T.vergabe),
  },
  { q: 'gibt es mehrtägige seminare?', kind: 'list', ...maybeAlso(only(T.fuehrung), T.ruecken) },
  // --- gone, drafts never shown, no match, greeting, own registrations -----------------------------------------------
  { q: 'findet der powerpoint kurs statt?', kind: 'gone', gone: T.powerpoint },
  { q: 'grundsteuer seminar', kind: 'gone', gone: T.grundsteuer, says: ['Mi., 18.11.2026'] },
  { q: 'instagram für die stadt', kind: 'none' },
  { q: 'was gibt es in ganderkesee', kind: 'none' },
  { q: 'Moin!', kind: 'help' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-thirty-third, independent catalogue (Stadt Delmenhorst, NSI, Unfallkasse Niedersachsen, KDO, VHS Delmenhorst)',
  {
    fixture: 'heldout333-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
