// Over-fitting check, two-hundred-and-twenty-second catalogue: the 2027 programme for the Kreis Stormarn (Schleswig-
// Holstein) and its towns (Bad Oldesloe, Ahrensburg, Reinbek, Glinde, Bargteheide, Trittau), with the Verwaltungsakademie
// Bordesholm (VAB), Dataport, the Unfallkasse Nord, the Kreis' Fachdienst Personal and the Stadt Ahrensburg, imported
// from a JSON file. Seminars take place in the Kreisverwaltung in Bad Oldesloe, the Verwaltungsakademie Bordesholm, the
// town halls of Ahrensburg, Reinbek, Glinde, Bargteheide and Trittau, the Marstall Ahrensburg, Schloss Reinbek, online
// or hybrid. Several titles do not name their subject ("Klick mit Folgen" is phishing, "Kraft tanken im Büroalltag"
// stress, "Ruhig bleiben, wenn es laut wird" de-escalation, "Ein Brief, hundert Empfänger" mail merge, "Haltung
// bewahren" ergonomics, "Gemeinsam statt per Mail" Teams/SharePoint, "Abschied vom Aktenberg" the e-file, "Schreiben,
// das ankommt" plain language, "Der Antrag von zu Hause" the OZG, "Wenn es im Team knirscht" conflict management, "Neu
// an der Spitze" leadership), so only summary, description or topics reveal it; one seminar is held in English; the
// leadership course runs on two days across the start of summer time (Sun 28.03.2027); the e-file course is open only
// to Trittau, Glinde and Reinbek; first aid is free, paid by the Unfallkasse Nord. Questions are written the way an
// acceptance tester would try the bot, with short follow-up conversations, about a quarter in English, without looking
// at the parser or the answers.
//
// Calendar around `now` (Tuesday 16 February 2027, 10:00 in Bad Oldesloe, winter time; summer time begins Sun 28.03.):
//   this week:  nothing more today; Wed 17.02. 09:00–11:30 phishing (online, tomorrow), Thu 18.02. 13:00–15:30 data
//               protection (hybrid, Kreisverwaltung); nothing on Fri 19.02.
//   next week:  Mon 22.02. 09:00–12:30 Excel (online), Tue 23.02. 14:00–16:00 stress (online), Wed 24.02. 09:00–12:30
//               English (Rathaus Ahrensburg; deadline passed Fri 12.02. 23:59), Thu 25.02. 13:30–16:00 AI (hybrid,
//               Rathaus Reinbek); nothing from Fri 26.02. to Tue 02.03.
//   March:      Wed 03. Gemeindeordnung (Bordesholm), Thu 04. first aid (Rathaus Glinde, 08:30–16:00), Tue 09.
//               de-escalation (Bargteheide, free, 12 seats), Wed 10. mail merge (online, 65 €), the cancelled PowerPoint
//               course on Thu 11., Tue 16. procurement (Bordesholm; deadline Fri 26.02. 12:00), Wed 17. ergonomics
//               (online, free, 14:00–15:30), Thu 18. Teams/SharePoint (online, 10:00–11:30), Tue 23. e-file (Trittau,
//               members only), the cancelled playground-inspection course on Wed 24., Thu 25. (CET) first day of the
//               leadership course (Bordesholm)
//   April:      Thu 08. (CEST) second leadership day, Mon 12./Tue 13. induction days for trainees (Kreisverwaltung),
//               Thu 15. council meetings (Bargteheide; deadline Fri 26.03. 23:59), Tue 20. plain language (Marstall
//               Ahrensburg); the draft Low German course on Tue 27.04.
//   May:        Wed 05. Widerspruch (Bordesholm), Mon 10. Scrum/Kanban (hybrid, Kreisverwaltung), Wed 19. OZG (online)
//   June:       Wed 02. team conflicts (Schloss Reinbek, for managers, 16 seats); the draft climate-adaptation course on
//               Tue 08.06.
//   past:       Tue 26.01.2027 evacuation helpers (Kreisverwaltung), Thu 04.02.2027 XRechnung (online).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-02-16T09:00:00Z'); // Tuesday, 16 February 2027, 10:00 in Bad Oldesloe (CET)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Klick mit Folgen', // Wed 17.02. 09:00–11:30, online, Dataport, Petersen, information security, free
  datenschutz: 'Datenschutz in der Sachbearbeitung: DSGVO und Landesdatenschutzgesetz', // Thu 18.02. 13:00–15:30, hybrid (Kreisverwaltung), Fachdienst Personal, Hansen, free
  excel: 'Excel im Verwaltungsalltag: Formeln, Filter, Pivot-Tabellen', // Mon 22.02. 09:00–12:30, online, Fachdienst Personal, Lorenzen, 120 € (Dienststelle pays)
  stress: 'Kraft tanken im Büroalltag', // Tue 23.02. 14:00–16:00, online, Unfallkasse Nord, Dr. Ketelsen, stress / health promotion, free
  english: 'Welcome to Stormarn: English for the Front Desk', // Wed 24.02. 09:00–12:30, Rathaus Ahrensburg, Stadt Ahrensburg, O'Neill, 85 €, deadline passed Fri 12.02. 23:59
  ki: 'Copilot & Co.: KI-Assistenten sicher nutzen', // Thu 25.02. 13:30–16:00, hybrid (Rathaus Reinbek), Dataport, Petersen, AI, free
  gemeindeordnung: 'Gemeindeordnung Schleswig-Holstein kompakt', // Wed 03.03. 09:00–16:00, VAB Bordesholm, Dr. Carstensen, 240 €
  ersteHilfe: 'Erste Hilfe im Betrieb: Aus- und Fortbildung für Ersthelfende', // Thu 04.03. 08:30–16:00, Rathaus Glinde, Unfallkasse Nord, Möller, free (Unfallkasse pays)
  deeskalation: 'Ruhig bleiben, wenn es laut wird', // Tue 09.03. 09:00–15:00, Rathaus Bargteheide, Unfallkasse Nord, Dr. Ketelsen, free, 12 seats
  vergabe: 'Vergaberecht kompakt: UVgO und Vergabegesetz Schleswig-Holstein', // Tue 16.03. 09:00–16:00, VAB Bordesholm, Jöhnk, 260 €, deadline Fri 26.02. 12:00
  serienbrief: 'Ein Brief, hundert Empfänger', // Wed 10.03. 09:00–12:00, online, Fachdienst Personal, Lorenzen, 65 €, mail merge in Word
  ergonomie: 'Haltung bewahren', // Wed 17.03. 14:00–15:30, online, Unfallkasse Nord, Möller, ergonomics, free
  azubis: 'Gut gestartet: Einführungstage für Auszubildende', // Mon 12.04. and Tue 13.04. 08:30–15:00, Kreisverwaltung, Fachdienst Personal, Hansen, free
  teams: 'Gemeinsam statt per Mail', // Thu 18.03. 10:00–11:30, online, Dataport, Rohwer, Teams / SharePoint, free
  eakte: 'Abschied vom Aktenberg', // Tue 23.03. 09:00–12:00, Rathaus Trittau, Dataport, Rohwer, e-file, only Trittau/Glinde/Reinbek, free
  sitzung: 'Sitzungsdienst für Gemeindevertretungen und Ausschüsse', // Thu 15.04. 09:00–16:00, Rathaus Bargteheide, VAB, Jöhnk, 190 €, deadline Fri 26.03. 23:59
  sprache: 'Schreiben, das ankommt', // Tue 20.04. 09:00–16:00, Marstall Ahrensburg, VAB, Dr. Brodersen, 150 €, plain language
  bescheid: 'Bescheide rechtssicher gestalten: Anhörung, Begründung, Widerspruch', // Wed 05.05. 09:00–16:00, VAB Bordesholm, Dr. Carstensen, 220 €
  agile: 'Agil im Amt: Kanban und Scrum für Projekte', // Mon 10.05. 09:00–16:00, hybrid (Kreisverwaltung), VAB, Schütt, 230 €
  ozg: 'Der Antrag von zu Hause', // Wed 19.05. 13:00–16:00, online, Dataport, Petersen, OZG, free
  konflikte: 'Wenn es im Team knirscht', // Wed 02.06. 09:00–16:00, Schloss Reinbek, VAB, Dr. Brodersen, 210 €, for managers, 16 seats
  fuehrung: 'Neu an der Spitze', // Thu 25.03. (CET) and Thu 08.04. (CEST) 09:00–16:00, VAB Bordesholm, Schütt, 520 €, new managers
  platt: 'Snacken op Platt: Niederdeutsch im Bürgerkontakt', // draft (Tue 27.04.)
  klima: 'Klimaanpassung in der Bauleitplanung', // draft (Tue 08.06.)
  powerpoint: 'Folien mit Wirkung: PowerPoint für Einsteiger', // cancelled (Thu 11.03.2027)
  spielplatz: 'Spielplatzkontrolle nach DIN EN 1176 für Bauhöfe', // cancelled (Wed 24.03.2027)
  xrechnung: 'XRechnung in Kasse und Buchhaltung', // past (Thu 4 February 2027)
  evakuierung: 'Ausbildung zu Evakuierungshelfenden', // past (Tue 26 January 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.platt, T.klima, T.powerpoint, T.spielplatz, T.xrechnung, T.evakuierung];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'phish', q: 'gibt es eine schulung zu phishing?', kind: 'list', titles: [T.phishing] },
  {
    conv: 'phish',
    q: 'wann genau?',
    kind: 'facts',
    titles: [T.phishing],
    says: ['am Mi., 17.02.2027 von 09:00 bis 11:30 Uhr'],
  },
  { conv: 'phish', q: 'ist das online?', kind: 'facts', titles: [T.phishing], says: ['findet online statt'] },
  {
    conv: 'laut',
    q: 'wie gehe ich mit aggressiven bürgern am schalter um',
    kind: 'list',
    titles: [T.deeskalation],
  },
  { conv: 'laut', q: 'wo ist das?', kind: 'facts', titles: [T.deeskalation], says: ['im Rathaus Bargteheide'] },
  {
    conv: 'laut',
    q: 'sind da noch plätze frei',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  { conv: 'ki', q: 'is there a course on artificial intelligence?', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    conv: 'ki',
    q: 'is it online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: [/Rathaus Reinbek.* or online/],
  },
  {
    conv: 'ki',
    q: 'what time does it start',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['starts on Thu, 25 Feb 2027 at 13:30'],
  },
  { conv: 'vergabe', q: 'seminar zur vergabe öffentlicher aufträge', kind: 'list', titles: [T.vergabe] },
  {
    conv: 'vergabe',
    q: 'bis wann muss ich mich anmelden?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Fr., 26.02.2027, 12:00 Uhr'],
  },
  { conv: 'vergabe', q: 'und was kostet es', kind: 'facts', titles: [T.vergabe], says: ['kostet 260 €'] },
  { conv: 'rolle', q: 'seminar zur neuen führungsrolle', kind: 'list', titles: [T.fuehrung] },
  {
    conv: 'rolle',
    q: 'an welchen tagen findet das statt',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 25.03.2027 und Do., 08.04.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  { conv: 'rolle', q: 'wer leitet das', kind: 'facts', titles: [T.fuehrung], says: ['leitet Herr Torben Schütt'] },
  { conv: 'azubi', q: 'onboarding for new apprentices', locale: 'en', kind: 'list', titles: [T.azubis] },
  {
    conv: 'azubi',
    q: 'how long does it take?',
    locale: 'en',
    kind: 'facts',
    titles: [T.azubis],
    says: ['lasts 2 days, each from 08:30 to 15:00'],
  },
  { conv: 'ozg', q: 'onlinezugangsgesetz', kind: 'list', titles: [T.ozg] },
  { conv: 'ozg', q: 'wer ist der dozent', kind: 'facts', titles: [T.ozg], says: ['leitet Herr Jan Petersen'] },
  // --- facts -----------------------------------------------------------------------------------------------------------
  {
    q: 'was kostet der excel kurs',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 120 €'],
    mentions: ['Die Kosten trägt die entsendende Dienststelle.'],
  },
  {
    q: 'ist der erste-hilfe-kurs kostenlos?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse Nord für ihre Mitgliedsbetriebe.'],
  },
  { q: 'how much is the scrum course', locale: 'en', kind: 'facts', titles: [T.agile], says: ['costs €230'] },
  {
    q: 'wann ist der excel kurs',
    kind: 'facts',
    titles: [T.excel],
    says: ['am Mo., 22.02.2027 von 09:00 bis 12:30 Uhr'],
  },
  {
    q: 'wann beginnt das seminar zur gemeindeordnung',
    kind: 'facts',
    titles: [T.gemeindeordnung],
    says: ['beginnt am Mi., 03.03.2027 um 09:00 Uhr'],
  },
  {
    q: 'wo findet agil im amt statt',
    kind: 'facts',
    titles: [T.agile],
    says: [/in der Kreisverwaltung Stormarn.* oder online/],
  },
  {
    q: 'wer leitet den serienbrief kurs',
    kind: 'facts',
    titles: [T.serienbrief],
    says: ['leitet Frau Birte Lorenzen'],
  },
  {
    q: 'registration deadline for the english course',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 12 Feb 2027, 23:59'],
  },
  {
    q: 'ist die ergonomie schulung online',
    kind: 'facts',
    titles: [T.ergonomie],
    says: ['findet online statt'],
  },
  {
    q: 'anmeldeschluss sitzungsdienst',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['bis Fr., 26.03.2027, 23:59 Uhr'],
  },
  {
    q: 'wie viele plätze hat der kurs zum konfliktmanagement noch',
    kind: 'facts',
    titles: [T.konflikte],
    says: ['noch 16 von 16 Plätzen frei'],
  },
  {
    q: 'wo findet der erste hilfe kurs statt',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['im Rathaus Glinde'],
  },
  {
    q: 'who teaches the widerspruch seminar',
    locale: 'en',
    kind: 'facts',
    titles: [T.bescheid],
    says: ['is led by Herr Dr. Hauke Carstensen'],
  },
  // --- topic searches: typos, words only in summary or description, synonyms ------------------------------------------
  { q: 'exel kurs', kind: 'list', titles: [T.excel] },
  { q: 'deeskaltion', kind: 'list', titles: [T.deeskalation] },
  { q: 'betriebliche gesundheitsförderung', kind: 'list', ...only(T.stress, T.ergonomie) },
  { q: 'mail merge', locale: 'en', kind: 'list', titles: [T.serienbrief] },
  { q: 'schulung zur e-akte', kind: 'list', titles: [T.eakte] },
  { q: 'teams und sharepoint', kind: 'list', titles: [T.teams] },
  { q: 'defibrillator', kind: 'list', titles: [T.ersteHilfe] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, length, cost, language ---------------
  { q: 'was ist diese woche noch', kind: 'list', titles: [T.phishing, T.datenschutz] },
  { q: 'was läuft morgen', kind: 'list', titles: [T.phishing] },
  { q: 'nächste woche nachmittags', kind: 'list', titles: [T.stress, T.ki] },
  { q: 'anything next week in the morning', locale: 'en', kind: 'list', titles: [T.excel, T.english] },
  {
    q: 'kostenlose seminare in den nächsten zwei wochen',
    kind: 'list',
    titles: [T.phishing, T.datenschutz, T.stress, T.ki],
  },
  { q: 'online courses next month', locale: 'en', kind: 'list', titles: [T.serienbrief, T.ergonomie, T.teams] },
  { q: 'was gibt es im mai', kind: 'list', titles: [T.bescheid, T.agile, T.ozg] },
  { q: 'hybride seminare', kind: 'list', ...only(T.datenschutz, T.ki, T.agile) },
  { q: 'was gibt es in reinbek', kind: 'list', ...only(T.ki, T.konflikte) },
  { q: 'seminare in bordesholm', kind: 'list', ...only(T.gemeindeordnung, T.vergabe, T.bescheid, T.fuehrung) },
  { q: 'kurse von jan petersen', kind: 'list', ...only(T.phishing, T.ki, T.ozg) },
  {
    q: 'what does the unfallkasse nord offer',
    locale: 'en',
    kind: 'list',
    ...only(T.stress, T.ersteHilfe, T.deeskalation, T.ergonomie),
  },
  { q: 'ich bin führungskraft, was gibt es für mich', kind: 'list', ...only(T.konflikte, T.fuehrung) },
  { q: 'mehrtägige seminare', kind: 'list', ...only(T.azubis, T.fuehrung) },
  { q: 'any courses in english', locale: 'en', kind: 'list', titles: [T.english] },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'wann ist der powerpoint kurs', kind: 'gone', gone: T.powerpoint },
  { q: 'when is the Spielplatzkontrolle course', locale: 'en', kind: 'gone', gone: T.spielplatz },
  { q: 'xrechnung wann war das', kind: 'gone', gone: T.xrechnung, says: ['Do., 04.02.2027'] },
  { q: 'evakuierungshelfer ausbildung', kind: 'gone', gone: T.evakuierung, says: ['Di., 26.01.2027'] },
  { q: 'plattdeutsch', kind: 'none' },
  { q: 'klimaanpassung', kind: 'none' },
  { q: 'gabelstaplerschein', kind: 'none' },
  { q: 'moin', kind: 'help' },
  { q: 'what can you do?', locale: 'en', kind: 'help' },
  { q: 'show my bookings', locale: 'en', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-twenty-second, independent catalogue (Kreis Stormarn, Verwaltungsakademie Bordesholm, Dataport, Unfallkasse Nord)',
  {
    fixture: 'heldout222-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
