// Over-fitting check, three-hundred-and-forty-eighth catalogue: the spring 2029 programme of the Verbandsgemeinde
// Bernkastel-Kues (Rheinland-Pfalz) for its administration, the Stadt Bernkastel-Kues and the Ortsgemeinden (Graach,
// Zeltingen-Rachtig, Ürzig, Brauneberg, Mülheim, Lieser, Kesten, Monzelfeld), with the Kommunal-Akademie Rheinland-Pfalz,
// the Kreisverwaltung Bernkastel-Wittlich, the Unfallkasse Rheinland-Pfalz and the Kreisvolkshochschule, imported from a
// JSON file. A small programme: winter road service, cemetery administration and gravestone safety, the Ortsgemeinde
// budget for volunteers, wine-festival permits and hygiene at the wine stand, data protection (for Ortsbürgermeister and
// at the counter), Teams (for staff and for Ortsbürgermeister), the e-file and replacement scanning, leadership and
// appraisal talks, first aid (refresher and basic course), an induction day, an evening for councillors newly elected
// in 2029, minutes of the Ortsgemeinderat (Ortsgemeinden only) and English for the tourist office (held in English).
// Seminars take place in the Sitzungssaal der Verbandsgemeindeverwaltung (Gestade 18), the Bauhof, the Friedhof Kues,
// the Mosel-Gäste-Zentrum, the Bürgerhaus Zeltingen-Rachtig, the DRK-Rettungswache Bernkastel-Kues, in Wittlich
// (Kreisverwaltung, DRK-Zentrum) and in Mainz (Kommunal-Akademie), or online / hybrid. Several titles do not name their
// subject ("Wohin mit dem Geld im Dorf?" Ortsgemeinde budget, "Abschied vom Aktenschrank" e-file, "Gut angekommen"
// induction day, "Feste feiern – aber genehmigt" wine-festival permits, "Nach dem Winter ist vor dem Winter" winter road
// service, "Wenn der Grabstein wackelt" gravestone stability, "Wer darf was sehen?" data protection at the counter,
// "Vom Kollegen zur Chefin" new managers, "Gespräche, die weiterbringen" appraisal talks, "Schwarz auf weiß" minutes).
// Questions are a plain mix, typed as staff of small municipalities and volunteers would, written without looking at
// the parser.
//
// Calendar around `now` (Wednesday 14 March 2029, 09:30 in Bernkastel-Kues, winter time; summer time starts Sun
// 25.03.2029; Easter Sun 01.04.2029, Karfreitag Fri 30.03., Ostermontag Mon 02.04., 1 May Tue, Christi Himmelfahrt Thu
// 10.05., Pfingstmontag Mon 21.05., Fronleichnam Thu 31.05. — all holidays in Rheinland-Pfalz):
//   this week:  nothing today; Thu 15.03. 09:00–11:00 Teams (online)
//   next week:  Tue 20.03. 18:30–21:00 Ortsgemeinde budget (Sitzungssaal VG, evening); Thu 22.03. 17:00–18:30 data
//               protection for Ortsbürgermeister (online, 45 €); Fri 23.03. 08:30–16:00 first-aid refresher (DRK-Zentrum
//               Wittlich; deadline Mon 19.03. 12:00)
//   then:       Tue 27.03. (CEST) 09:00–12:00 e-file (hybrid, Sitzungssaal VG); nothing in Easter week after that
//   April:      the cancelled Excel course (Tue 10.04.), Wed 11.04. induction day (Sitzungssaal VG), Tue 17.04. cemetery
//               administration (Kreisverwaltung Wittlich, 245 €, deadline Tue 03.04. 23:59), Wed 18.04.–Thu 19.04.
//               09:00–16:30 Doppik (Mainz, 390 €), Tue 24.04. 14:00–17:00 wine-festival permits (Kreisverwaltung),
//               Wed 25.04. English (Mosel-Gäste-Zentrum, 60 €, deadline Wed 18.04. 12:00), Thu 26.04. winter road
//               service (Bauhof)
//   May:        the cancelled safety-concept course (Wed 02.05.), Thu 03.05. replacement scanning (online, 95 €), Mon
//               07.05. 13:00–16:00 gravestones (Friedhof Kues), Tue 08.05. data protection at the counter (Sitzungssaal
//               VG), Wed 09.05. 18:00–20:00 hygiene at the wine stand (Bürgerhaus Zeltingen-Rachtig), Tue 15.05.–Wed
//               16.05. 09:00–16:30 new managers (Mainz, 520 €, deadline Fri 20.04. 23:59), Wed 23.05. 18:00–19:30 Teams
//               for Ortsbürgermeister (online)
//   June/July:  Wed 13.06. appraisal talks (Kreisverwaltung, 180 €), the draft AI course (Wed 20.06.), Thu 21.06. first-aid
//               basic course (DRK-Rettungswache Bernkastel-Kues), Tue 03.07. 18:30–21:00 new councillors (Sitzungssaal
//               VG), Thu 12.07. 17:00–19:00 minutes (online, Ortsgemeinden only); the draft Kassenprüfung (Tue 11.09.)
//   past:       Wed 08.11.2028 winter-service briefing for relief drivers (Bauhof), Tue 06.02.2029 Jahresabschluss 2028.
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2029-03-14T08:30:00Z'); // Wednesday, 14 March 2029, 09:30 in Bernkastel-Kues (CET)
const TZ = 'Europe/Berlin';

const T = {
  teams: 'Microsoft Teams im Verwaltungsalltag: Chats, Kanäle und Besprechungen', // Thu 15.03. 09:00–11:00, online, Herr Tobias Marx, free, 20 seats
  haushalt: 'Wohin mit dem Geld im Dorf?', // Tue 20.03. 18:30–21:00, Sitzungssaal VG, Herr Jürgen Licht, Ortsgemeinde budget, free
  datenschutzOb: 'Datenschutz im Ehrenamt: Was Ortsbürgermeister beachten müssen', // Thu 22.03. 17:00–18:30, online, Kommunal-Akademie, Herr Michael Reuter, 45 €
  ersteHilfe: 'Erste-Hilfe-Fortbildung für betriebliche Ersthelfer', // Fri 23.03. 08:30–16:00, DRK-Zentrum Wittlich, Herr Jens Kaufmann (DRK), UK RLP, free, 12 seats, deadline Mon 19.03. 12:00
  eakte: 'Abschied vom Aktenschrank', // Tue 27.03. 09:00–12:00, hybrid (Sitzungssaal VG), Herr Tobias Marx, e-file, free
  einfuehrung: 'Gut angekommen', // Wed 11.04. 09:00–15:00, Sitzungssaal VG, Frau Martina Schneider, induction day, free
  friedhof: 'Friedhofsverwaltung kompakt: Satzung, Gebühren und Nutzungsrechte', // Tue 17.04. 09:00–16:00, Kreisverwaltung Wittlich, Kommunal-Akademie, Herr Thomas Weirich, 245 €, deadline Tue 03.04. 23:59
  doppik: 'Kommunale Doppik für Einsteiger: Ergebnis- und Finanzhaushalt verstehen', // Wed 18.04.–Thu 19.04. 09:00–16:30, Mainz, Frau Dr. Claudia Hoffmann, 390 €
  weinfest: 'Feste feiern – aber genehmigt', // Tue 24.04. 14:00–17:00, Kreisverwaltung Wittlich, Frau Sabine Kettern, wine-festival permits, free, 30 seats
  english: "Welcome to the Moselle: English for Tourist Information and Citizens' Office", // Wed 25.04. 09:00–12:30, Mosel-Gäste-Zentrum, Fiona Walsh, 60 €, deadline Wed 18.04. 12:00
  winterdienst: 'Nach dem Winter ist vor dem Winter', // Thu 26.04. 09:00–15:00, Bauhof, Herr Markus Thielen, winter road service, free
  scannen: 'Ersetzendes Scannen nach TR-RESISCAN', // Thu 03.05. 09:00–12:00, online, Kommunal-Akademie, Frau Katrin Hees, 95 €
  grabmal: 'Wenn der Grabstein wackelt', // Mon 07.05. 13:00–16:00, Friedhof Kues, UK RLP, Herr Stefan Kaspari, gravestone stability, free
  datenschutz: 'Wer darf was sehen?', // Tue 08.05. 09:00–12:00, Sitzungssaal VG, Frau Nicole Bauer, data protection at the counter, free
  hygiene: 'Hygiene am Weinstand: Lebensmittelrecht für Festveranstalter', // Wed 09.05. 18:00–20:00, Bürgerhaus Zeltingen-Rachtig, Kreisverwaltung, Herr Dr. Andreas Bollig, free
  fuehrung: 'Vom Kollegen zur Chefin', // Tue 15.05.–Wed 16.05. 09:00–16:30, Mainz, Frau Dr. Eva Lorenz, new managers, 520 €, 14 seats, deadline Fri 20.04. 23:59
  teamsOb: 'Teams für Ortsbürgermeister: Sitzungen vorbereiten und Dateien teilen', // Wed 23.05. 18:00–19:30, online, Herr Tobias Marx, free
  gespraeche: 'Gespräche, die weiterbringen', // Wed 13.06. 09:00–16:00, Kreisverwaltung Wittlich, Frau Dr. Eva Lorenz, appraisal talks, 180 €, 16 seats
  ersthelfer: 'Ersthelfer-Ausbildung für neue Ersthelferinnen und Ersthelfer', // Thu 21.06. 08:30–16:00, DRK-Rettungswache Bernkastel-Kues, Herr Jens Kaufmann, UK RLP, free
  neuImRat: 'Neu im Rat: Rechte und Pflichten nach der Gemeindeordnung', // Tue 03.07. 18:30–21:00, Sitzungssaal VG, Kommunal-Akademie, Herr Dr. Klaus Bender (GStB), free
  protokoll: 'Schwarz auf weiß', // Thu 12.07. 17:00–19:00, online, Frau Anke Follmann, minutes of the Ortsgemeinderat, Ortsgemeinden only, free
  ki: 'KI im Rathaus: Chancen und Grenzen von Sprachassistenten', // draft (Wed 20.06.2029)
  kassenpruefung: 'Kassenprüfung in der Ortsgemeinde', // draft (Tue 11.09.2029)
  excel: 'Excel für Einsteiger: Tabellen, Formeln und Diagramme', // cancelled (Tue 10.04.2029)
  sicherheit: 'Sicherheitskonzepte für Weinfeste und Großveranstaltungen', // cancelled (Wed 02.05.2029), Frau Sabine Kettern
  aushilfsfahrer: 'Winterdienst-Einweisung für Aushilfsfahrer', // past (Wed 08.11.2028), Bauhof
  jahresabschluss: 'Jahresabschluss 2028 in der Ortsgemeinde', // past (Tue 06.02.2029)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.ki, T.kassenpruefung, T.excel, T.sicherheit, T.aushilfsfahrer, T.jahresabschluss];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations ------------------------------------------------------------------------------------------
  {
    conv: 'weinfest',
    q: 'Hallo, wir planen im August unser Weinfest in Graach. Gibt es eine Schulung, was man da alles genehmigen lassen muss?',
    kind: 'list',
    first: T.weinfest,
    ...maybeAlso(only(T.weinfest), T.hygiene),
  },
  {
    conv: 'weinfest',
    q: 'wo ist das?',
    kind: 'facts',
    titles: [T.weinfest],
    says: ['Kreisverwaltung Bernkastel-Wittlich, Kurfürstenstraße 16, 54516 Wittlich'],
  },
  { conv: 'weinfest', q: 'und was kostet der spaß', kind: 'facts', titles: [T.weinfest], says: ['ist kostenlos'] },
  {
    conv: 'weinfest',
    q: 'gibts noch plätze?',
    kind: 'facts',
    titles: [T.weinfest],
    says: ['noch 30 von 30 Plätzen frei'],
  },
  { conv: 'friedhof', q: 'friedhof', kind: 'list', ...only(T.friedhof, T.grabmal) },
  {
    conv: 'friedhof',
    q: 'was kostet die friedhofsverwaltung?',
    kind: 'facts',
    titles: [T.friedhof],
    says: ['kostet 245 €'],
  },
  { conv: 'friedhof', q: 'wer macht das', kind: 'facts', titles: [T.friedhof], says: ['leitet Herr Thomas Weirich'] },
  {
    conv: 'friedhof',
    q: 'bis wann muss ich mich anmelden',
    kind: 'facts',
    titles: [T.friedhof],
    says: ['bis Di., 03.04.2029, 23:59 Uhr'],
  },
  {
    conv: 'haushalt',
    q: 'Ich bin seit Januar Ortsbürgermeister in Lieser. Gibt es was zum Haushalt der Ortsgemeinde?',
    kind: 'list',
    first: T.haushalt,
    ...maybeAlso(only(T.haushalt), T.doppik),
  },
  {
    conv: 'haushalt',
    q: 'wann genau ist der',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['am Di., 20.03.2029 von 18:30 bis 21:00 Uhr'],
  },
  { conv: 'haushalt', q: 'ist das online oder vor ort?', kind: 'facts', titles: [T.haushalt], says: ['in Präsenz'] },
  { conv: 'teams', q: 'teams schulung', kind: 'list', ...only(T.teams, T.teamsOb) },
  { conv: 'teams', q: 'welche davon ist für ortsbürgermeister?', kind: 'list', titles: [T.teamsOb] },
  { conv: 'teams', q: 'um wieviel uhr', kind: 'facts', titles: [T.teamsOb], says: ['Mi., 23.05.2029', '18:00'] },
  {
    conv: 'neu',
    q: 'hallo, ich bin neu in der verwaltung. gibt es eine einführung für neue kollegen?',
    kind: 'list',
    first: T.einfuehrung,
    ...maybeAlso(only(T.einfuehrung), T.teams, T.eakte),
  },
  {
    conv: 'neu',
    q: 'wann ist das',
    kind: 'facts',
    titles: [T.einfuehrung],
    says: ['am Mi., 11.04.2029 von 09:00 bis 15:00 Uhr'],
  },
  { conv: 'neu', q: 'muss ich da was zahlen?', kind: 'facts', titles: [T.einfuehrung], says: ['ist kostenlos'] },
  {
    conv: 'fuehrung',
    q: 'ich übernehme ab mai die leitung vom bürgerbüro. gibts was für neue führungskräfte?',
    kind: 'list',
    first: T.fuehrung,
    ...maybeAlso(only(T.fuehrung), T.gespraeche),
  },
  {
    conv: 'fuehrung',
    q: 'wie lange dauert das',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['dauert 2 Tage, jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    conv: 'fuehrung',
    q: 'und wo?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['Kommunal-Akademie Rheinland-Pfalz, Deutschhausplatz 1, 55116 Mainz'],
  },
  { conv: 'fuehrung', q: 'was kostet es', kind: 'facts', titles: [T.fuehrung], says: ['kostet 520 €'] },
  {
    conv: 'english',
    q: 'Is there an English course for the tourist info staff?',
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  {
    conv: 'english',
    q: 'who teaches it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['is led by Fiona Walsh'],
  },
  { conv: 'english', q: 'how much is it', locale: 'en', kind: 'facts', titles: [T.english], says: [/costs .*60/] },
  { conv: 'eakte', q: 'e-akte', kind: 'list', first: T.eakte, ...maybeAlso(only(T.eakte), T.scannen) },
  {
    conv: 'eakte',
    q: 'und beim ersten davon, kann ich da auch von zuhause teilnehmen?',
    kind: 'facts',
    titles: [T.eakte],
    says: ['findet hybrid statt', 'Sitzungssaal der Verbandsgemeindeverwaltung'],
  },
  { conv: 'eakte', q: 'wer ist der referent', kind: 'facts', titles: [T.eakte], says: ['leitet Herr Tobias Marx'] },
  { conv: 'ersteHilfe', q: 'erste hilfe auffrischung', kind: 'list', titles: [T.ersteHilfe] },
  {
    conv: 'ersteHilfe',
    q: 'wo genau findet der kurs statt',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['DRK-Zentrum Wittlich, Max-Planck-Straße 10, 54516 Wittlich'],
  },
  {
    conv: 'ersteHilfe',
    q: 'bis wann kann man sich anmelden?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['bis Mo., 19.03.2029, 12:00 Uhr'],
  },
  {
    conv: 'ersteHilfe',
    q: 'sind noch plätze frei',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  { conv: 'leer', q: 'was kostet das?', kind: 'noContext' },
  { conv: 'leer2', q: 'und wo ist der?', kind: 'noContext' },
  // --- single fact questions --------------------------------------------------------------------------------------------
  {
    q: 'wer leitet die Schulung zum Winterdienst?',
    kind: 'facts',
    titles: [T.winterdienst],
    says: ['leitet Herr Markus Thielen'],
  },
  {
    q: 'wo findet die winterdienst schulung statt',
    kind: 'facts',
    titles: [T.winterdienst],
    says: ['Bauhof der Verbandsgemeinde Bernkastel-Kues, Am Kueser Plateau 7'],
  },
  {
    q: 'Sehr geehrte Damen und Herren, ich bitte um Mitteilung, wann die Veranstaltung zur Standsicherheit von Grabmalen stattfindet. Mit freundlichen Grüßen',
    kind: 'facts',
    titles: [T.grabmal],
    says: ['am Mo., 07.05.2029 von 13:00 bis 16:00 Uhr'],
  },
  {
    q: 'wann ist die doppik schulung?',
    kind: 'facts',
    titles: [T.doppik],
    says: ['an 2 Tagen', 'Mi., 18.04.2029 und Do., 19.04.2029', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    q: 'Was kostet die Hygieneschulung für den Weinstand?',
    kind: 'facts',
    titles: [T.hygiene],
    says: ['ist kostenlos'],
  },
  {
    q: 'wer hält den datenschutz vortrag für ortsbürgermeister',
    kind: 'facts',
    titles: [T.datenschutzOb],
    says: ['leitet Herr Michael Reuter'],
  },
  { q: 'ist das scannen seminar online?', kind: 'facts', titles: [T.scannen], says: ['findet online statt'] },
  {
    q: 'gibt es beim seminar zu mitarbeitergesprächen noch freie plätze',
    kind: 'facts',
    titles: [T.gespraeche],
    says: ['noch 16 von 16 Plätzen frei'],
  },
  {
    q: 'bis wann muss ich mich für den führungskräftelehrgang in mainz anmelden',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['bis Fr., 20.04.2029, 23:59 Uhr'],
  },
  {
    q: 'Wann ist die Schulung zur Niederschrift im Ortsgemeinderat?',
    kind: 'facts',
    titles: [T.protokoll],
    says: ['am Do., 12.07.2029 von 17:00 bis 19:00 Uhr'],
  },
  { q: 'was kostet der englischkurs', kind: 'facts', titles: [T.english], says: ['kostet 60 €'] },
  // --- searches: subject, audience, place, provider, trainer --------------------------------------------------------------
  { q: 'datenschutz', kind: 'list', ...only(T.datenschutzOb, T.datenschutz) },
  { q: 'streupflicht und haftung', kind: 'list', titles: [T.winterdienst] },
  { q: 'gaststättenrechtliche gestattung für unser vereinsfest', kind: 'list', titles: [T.weinfest] },
  { q: 'neu in den gemeinderat gewählt – gibts eine einführung?', kind: 'list', titles: [T.neuImRat] },
  { q: 'Erste Hilfe Grundausbildung für neue Ersthelfer', kind: 'list', titles: [T.ersthelfer] },
  { q: 'was gibt es in mainz', kind: 'list', ...only(T.doppik, T.fuehrung) },
  { q: 'was findet in wittlich statt?', kind: 'list', ...only(T.ersteHilfe, T.friedhof, T.weinfest, T.gespraeche) },
  { q: 'was macht frau dr. lorenz', kind: 'list', ...only(T.fuehrung, T.gespraeche) },
  { q: 'kurse bei herrn marx', kind: 'list', ...only(T.teams, T.eakte, T.teamsOb) },
  { q: 'was bietet die unfallkasse an', kind: 'list', ...only(T.ersteHilfe, T.grabmal, T.ersthelfer) },
  {
    q: 'Welche Fortbildungen bietet die Kommunal-Akademie Rheinland-Pfalz im Frühjahr an?',
    kind: 'list',
    ...maybeAlso(only(T.datenschutzOb, T.friedhof, T.doppik, T.scannen, T.fuehrung), T.neuImRat),
  },
  {
    miss: '"Ortsbürgermeister" is no audience the bot knows, so only the courses that name them in the title are listed, not those whose target group names them',
    q: 'Was gibt es speziell für Ortsbürgermeister?',
    kind: 'list',
    ...maybeAlso(
      only(T.haushalt, T.datenschutzOb, T.teamsOb, T.neuImRat, T.protokoll),
      T.weinfest,
      T.grabmal,
      T.winterdienst,
      T.friedhof,
      T.hygiene,
    ),
  },
  {
    q: 'are there any online seminars on data protection?',
    locale: 'en',
    kind: 'list',
    titles: [T.datenschutzOb],
  },
  // --- dates, time of day, cost, length ----------------------------------------------------------------------------------
  { q: 'was ist heute', kind: 'none' },
  { q: 'was ist nächste woche los', kind: 'list', titles: [T.haushalt, T.datenschutzOb, T.ersteHilfe] },
  {
    q: 'seminare im april',
    kind: 'list',
    titles: [T.einfuehrung, T.friedhof, T.doppik, T.weinfest, T.english, T.winterdienst],
  },
  { q: 'gibt es am 30.3. was?', kind: 'none' },
  {
    q: 'gibt es abendtermine?',
    kind: 'list',
    ...maybeAlso(only(T.haushalt, T.hygiene, T.teamsOb, T.neuImRat), T.datenschutzOb, T.protokoll),
  },
  { q: 'mehrtägige seminare', kind: 'list', ...only(T.doppik, T.fuehrung) },
  { q: 'seminare über 200 €', kind: 'list', ...only(T.friedhof, T.doppik, T.fuehrung) },
  { q: 'kostenlose online seminare', kind: 'list', ...maybeAlso(only(T.teams, T.teamsOb, T.protokoll), T.eakte) },
  // --- gone, drafts, no match, greetings, own registrations --------------------------------------------------------------
  { q: 'findet der excel kurs statt?', kind: 'gone', gone: T.excel },
  { q: 'Was ist mit dem Seminar zu Sicherheitskonzepten für Großveranstaltungen?', kind: 'gone', gone: T.sicherheit },
  {
    q: 'wann war die winterdienst einweisung für aushilfsfahrer',
    kind: 'gone',
    gone: T.aushilfsfahrer,
    says: ['Mi., 08.11.2028'],
  },
  { q: 'jahresabschluss 2028 ortsgemeinde', kind: 'gone', gone: T.jahresabschluss, says: ['Di., 06.02.2029'] },
  { q: 'KI im Rathaus', kind: 'none' },
  {
    q: 'schulung zur kassenprüfung in der ortsgemeinde',
    kind: 'none',
  },
  { q: 'gibt es was zur hundesteuer?', kind: 'none' },
  { q: 'Moin! Was kannst du eigentlich?', kind: 'help' },
  { q: 'Hi, what can you do?', locale: 'en', kind: 'help' },
  { q: 'für welche seminare bin ich angemeldet', kind: 'myRegistrations' },
  { q: 'where am I registered?', locale: 'en', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-forty-eighth, independent catalogue (Verbandsgemeinde Bernkastel-Kues, Kommunal-Akademie Rheinland-Pfalz, Kreisverwaltung Bernkastel-Wittlich)',
  {
    fixture: 'heldout348-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
