// Over-fitting check, hundred-and-sixty-third catalogue: the 2028 spring programme of the Landkreis Schmalkalden-Meiningen
// (Thuringia) with the Thüringer Verwaltungsschule (TVS), the Personalentwicklung of the Landratsamt, the Kommunale
// Informationsverarbeitung Thüringen (KIV Thüringen), the Unfallkasse Thüringen and the Volkshochschule
// Schmalkalden-Meiningen, for the county and its towns (Meiningen, Schmalkalden, Zella-Mehlis, Steinbach-Hallenberg,
// Brotterode-Trusetal, Wasungen), imported from a JSON file. Seminars take place in the Landratsamt in Meiningen, the
// Hochschule Schmalkalden, the Thüringer Verwaltungsschule in Weimar, the Volkshochschule Meiningen, the town halls of
// Schmalkalden, Zella-Mehlis, Steinbach-Hallenberg, Brotterode-Trusetal, Wasungen and Meiningen, online or hybrid.
// Several titles do not name their subject ("Augen auf im Postfach" is information security, "Ruhe bewahren, wenn es
// laut wird" de-escalation, "Erste Schritte in der neuen Rolle" leadership, "Fragen an die Maschine" AI, "Wenn jede
// Minute zählt" first aid, "Herr über die Flut" Outlook, "Zwischen Tastatur und Feierabend" stress, "Weg vom Papier" the
// e-file, "Damit es jeder versteht" plain language, "Alles im Fluss" process management), so only summary, description
// or topics reveal it; one seminar is held in English; the leadership course runs on two days across the start of
// summer time; the e-file course is open only to Schmalkalden, Steinbach-Hallenberg and Brotterode-Trusetal; first aid,
// de-escalation and others are free. This suite is heavy on facts and follow-ups: each kind of fact asked directly, in
// German and English, and in conversations of three to five turns ("und wo?", "und der andere?").
//
// Calendar around `now` (Thursday 9 March 2028, 09:30 in Meiningen, winter time; summer time begins Sun 26.03.2028):
//   this week:  today 13:00–15:00 Teams (online), Fri 10.03. 09:00–12:00 Excel (online, tomorrow)
//   next week:  Mon 13.03. phishing (online), Tue 14.03. data protection (hybrid, Landratsamt), Wed 15.03. afternoon
//               English (Landratsamt; deadline passed Fri 03.03.), Thu 16.03. de-escalation (Zella-Mehlis)
//   then:       Tue 21.03. procurement law (Weimar; deadline Fri 10.03. 12:00), Thu 23.03. (CET) and Thu 30.03. (CEST)
//               leadership (Hochschule Schmalkalden), Tue 28.03. AI (hybrid); the cancelled telephone course Mon 27.03.
//   April:      Tue 04. budget law (Rathaus Schmalkalden), Wed 05. first aid (Steinbach-Hallenberg), Tue 11. Outlook
//               (online), Wed 19. stress (online), Thu 20. e-file (Brotterode-Trusetal, three towns only), Wed 26.
//               references (Landratsamt); the cancelled accessible-documents course Thu 27.04.
//   May:        Tue 02. ThürKO (Landratsamt), Tue 09. plain language (VHS Meiningen), Wed 10. ThAVEL (online; deadline
//               Fri 28.04.), Tue 16. council meetings (Wasungen), Wed 17. noise in day-care (Rathaus Meiningen),
//               Tue 23. project management (hybrid, Schmalkalden); the draft social-media course Tue 30.05.
//   June:       Wed 07. skin and sun protection (Wasungen), Tue 13. process management (Zella-Mehlis), Wed 21. annual
//               staff reviews (Landratsamt); the draft cemetery course Tue 20.06.
//   past:       Tue 18.01.2028 registration law (online), Thu 17.02.2028 winter road service (Steinbach-Hallenberg).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-03-09T08:30:00Z'); // Thursday, 9 March 2028, 09:30 in Meiningen (CET)
const TZ = 'Europe/Berlin';

const T = {
  teams: 'Microsoft Teams im Verwaltungsalltag: Chats, Kanäle und Besprechungen', // Thu 09.03. 13:00–15:00, online, KIV, Reinhardt, 45 €
  excel: 'Excel kompakt: Listen, Formeln und Diagramme', // Fri 10.03. 09:00–12:00, online, VHS, Kühn, 65 €
  phishing: 'Augen auf im Postfach', // Mon 13.03. 09:00–11:30, online, KIV, Reinhardt, information security, free
  datenschutz: 'Datenschutz in der Kommunalverwaltung: DSGVO und ThürDSG im Alltag', // Tue 14.03. 09:00–12:00, hybrid (Landratsamt), Dr. Heym, free
  english: "Welcoming Newcomers: Plain English at the Foreigners' Office", // Wed 15.03. 13:00–16:00, Landratsamt, VHS, English, 95 €, 10 seats, deadline passed Fri 03.03. 23:59
  deeskalation: 'Ruhe bewahren, wenn es laut wird', // Thu 16.03. 09:00–15:00, Rathaus Zella-Mehlis, UKT, Recknagel, free, 12 seats
  vergabe: 'Vergaberecht kompakt: UVgO und Thüringer Vergabegesetz', // Tue 21.03. 09:00–16:00, TVS Weimar, Dr. Eckardt, 245 €, deadline Fri 10.03. 12:00
  fuehrung: 'Erste Schritte in der neuen Rolle', // Thu 23.03. (CET) and Thu 30.03. (CEST) 09:00–16:00, Hochschule Schmalkalden, TVS, Bachmann, 520 €
  ki: 'Fragen an die Maschine', // Tue 28.03. 13:00–16:00, hybrid (Landratsamt), KIV, Schellhorn, AI, 60 €
  haushalt: 'Kommunales Haushaltsrecht in Thüringen: Grundlagen der Doppik', // Tue 04.04. 09:00–16:00, Rathaus Schmalkalden, TVS, Stoll, 210 €
  ersteHilfe: 'Wenn jede Minute zählt', // Wed 05.04. 08:30–16:30, Rathaus Steinbach-Hallenberg, UKT, Höfling, first aid, free (UKT pays)
  outlook: 'Herr über die Flut', // Tue 11.04. 09:00–12:00, online, VHS, Kühn, Outlook, 59 €
  stress: 'Zwischen Tastatur und Feierabend', // Wed 19.04. 14:00–15:30, online, UKT, Wiegand, stress, free
  eakte: 'Weg vom Papier', // Thu 20.04. 09:00–12:00, Rathaus Brotterode-Trusetal, KIV, Schellhorn, e-file, three towns only, free, deadline = start
  zeugnis: 'Arbeitszeugnisse richtig schreiben und lesen', // Wed 26.04. 09:00–12:30, Landratsamt, Personalentwicklung, Luck, free
  thuerko: 'Thüringer Kommunalordnung für Einsteigerinnen und Einsteiger', // Tue 02.05. 09:00–16:00, Landratsamt, TVS, Stoll, 160 €
  klartext: 'Damit es jeder versteht', // Tue 09.05. 09:00–16:00, Volkshochschule Meiningen, VHS, Dr. Vogt, plain language, 140 €
  thavel: 'OZG-Leistungen im Antragssystem ThAVEL bearbeiten', // Wed 10.05. 13:00–16:00, online, KIV, Reinhardt, 75 €, deadline Fri 28.04. 23:59
  sitzung: 'Gut vorbereitet in die Sitzung', // Tue 16.05. 09:00–15:00, Rathaus Wasungen, TVS, Stoll, council meetings, 180 €, 16 seats
  kita: 'Leise ist gesund: Lärmschutz in Kindertageseinrichtungen', // Wed 17.05. 09:00–12:00, Rathaus Meiningen, UKT, Wiegand, free, 20 seats
  projekt: 'Projektmanagement kompakt: Vom Auftrag zum Abschluss', // Tue 23.05. 09:00–16:00, hybrid (Hochschule Schmalkalden), TVS, Bachmann, 230 €
  bauhof: 'Gesund im Außendienst: Haut- und Sonnenschutz für Bauhöfe', // Wed 07.06. 09:00–12:00, Rathaus Wasungen, UKT, Recknagel, free
  prozess: 'Alles im Fluss', // Tue 13.06. 09:00–16:00, Rathaus Zella-Mehlis, TVS, Dr. Eckardt, process management, 250 €
  jahresgespraech: 'Jahresgespräche wirksam führen', // Wed 21.06. 09:00–12:00, Landratsamt, Personalentwicklung, Luck, managers, free
  instagram: 'Instagram & Co.: Social Media für die Stadtverwaltung', // draft (Tue 30.05.)
  friedhof: 'Friedhofswesen: Gebühren, Satzungen und Nutzungsrechte', // draft (Tue 20.06.)
  telefon: 'Telefonieren mit Profil: Freundlich und verbindlich am Telefon', // cancelled (Mon 27.03.2028)
  barrierefrei: 'Barrierefreie Dokumente mit Word und PDF', // cancelled (Thu 27.04.2028)
  meldewesen: 'Jahreswechsel im Meldewesen: Neuerungen 2028', // past (Tue 18 January 2028)
  winterdienst: 'Sicher durch den Winterdienst: Unterweisung für Bauhöfe', // past (Thu 17 February 2028)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.instagram, T.friedhof, T.telefon, T.barrierefrei, T.meldewesen, T.winterdienst];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost -----------------------------------------------------------------------------------------------------
  { q: 'was kostet die thürko schulung', kind: 'facts', titles: [T.thuerko], says: ['kostet 160 €'] },
  {
    q: 'kosten erste hilfe',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse Thüringen.'],
  },
  {
    q: 'how much is the project management course',
    locale: 'en',
    kind: 'facts',
    titles: [T.projekt],
    says: ['costs €230'],
  },
  {
    q: 'was kostet erste schritte in der neuen rolle',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['kostet 520 €'],
    mentions: ['Die Gebühr gilt für beide Tage und schließt das Mittagessen ein.'],
  },
  // --- facts: when (across the start of summer time), start time, duration ---------------------------------------------
  {
    q: 'wann ist der doppik kurs',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['am Di., 04.04.2028 von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'when is the thavel training',
    locale: 'en',
    kind: 'facts',
    titles: [T.thavel],
    says: ['on Wed, 10 May 2028 from 13:00 to 16:00'],
  },
  {
    q: 'wann findet erste schritte in der neuen rolle statt',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 23.03.2028 und Do., 30.03.2028', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'um wie viel uhr beginnt der teams kurs',
    kind: 'facts',
    titles: [T.teams],
    says: ['beginnt am Do., 09.03.2028 um 13:00 Uhr'],
  },
  {
    q: 'what time does the outlook course start',
    locale: 'en',
    kind: 'facts',
    titles: [T.outlook],
    says: ['starts on Tue, 11 Apr 2028 at 09:00'],
  },
  {
    q: 'wie lange dauert das seminar arbeitszeugnisse',
    kind: 'facts',
    titles: [T.zeugnis],
    says: ['dauert 3,5 Stunden, von 09:00 bis 12:30 Uhr'],
  },
  {
    q: 'how long is the first aid course',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['lasts 8 hours, from 08:30 to 16:30'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  { q: 'wo ist das sitzungsdienst seminar', kind: 'facts', titles: [T.sitzung], says: ['im Rathaus Wasungen'] },
  {
    q: 'where is the english course',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['at Landratsamt Schmalkalden-Meiningen'],
  },
  {
    q: 'ist der datenschutz kurs online oder vor ort',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['findet hybrid statt'],
  },
  { q: 'wer leitet den excel kurs', kind: 'facts', titles: [T.excel], says: ['leitet Frau Sabine Kühn'] },
  {
    q: 'who runs the dsgvo training',
    locale: 'en',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['is led by Frau Dr. Claudia Heym'],
  },
  {
    q: 'bis wann kann ich mich für den englischkurs anmelden',
    kind: 'facts',
    titles: [T.english],
    says: ['ist am Fr., 03.03.2028, 23:59 Uhr abgelaufen'],
  },
  {
    q: 'registration deadline for thavel',
    locale: 'en',
    kind: 'facts',
    titles: [T.thavel],
    says: ['until Fri, 28 Apr 2028, 23:59'],
  },
  {
    q: 'noch plätze frei beim sitzungsdienst',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['noch 16 von 16 Plätzen frei'],
  },
  // --- follow-ups: a five-turn conversation about de-escalation --------------------------------------------------------
  {
    conv: 'laut',
    q: 'wir haben öfter pöbelnde bürger am schalter, gibts da was',
    kind: 'list',
    titles: [T.deeskalation],
  },
  {
    conv: 'laut',
    q: 'wann?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['am Do., 16.03.2028 von 09:00 bis 15:00 Uhr'],
  },
  { conv: 'laut', q: 'und wo?', kind: 'facts', titles: [T.deeskalation], says: ['im Rathaus Zella-Mehlis'] },
  { conv: 'laut', q: 'was kostet das', kind: 'facts', titles: [T.deeskalation], says: ['ist kostenlos'] },
  {
    conv: 'laut',
    q: 'wer leitet es',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['leitet Herr Mario Recknagel'],
  },
  // --- follow-ups: AI in English, ending with thanks ---------------------------------------------------------------------
  { conv: 'ki', q: 'is there anything on chatgpt or ai', locale: 'en', kind: 'list', titles: [T.ki] },
  { conv: 'ki', q: 'what does it cost?', locale: 'en', kind: 'facts', titles: [T.ki], says: ['costs €60'] },
  { conv: 'ki', q: 'online or in person?', locale: 'en', kind: 'facts', titles: [T.ki], says: ['is hybrid'] },
  { conv: 'ki', q: 'thanks!', locale: 'en', kind: 'thanks' },
  // --- follow-ups: "der erste", "und der andere?" ------------------------------------------------------------------------
  { conv: 'kuehn', q: 'welche kurse gibt frau kühn', kind: 'list', titles: [T.excel, T.outlook] },
  { conv: 'kuehn', q: 'was kostet der erste?', kind: 'facts', titles: [T.excel], says: ['kostet 65 €'] },
  { conv: 'kuehn', q: 'und der andere?', kind: 'facts', titles: [T.outlook], says: ['kostet 59 €'] },
  {
    conv: 'kuehn',
    q: 'wann ist der?',
    kind: 'facts',
    titles: [T.outlook],
    says: ['am Di., 11.04.2028 von 09:00 bis 12:00 Uhr'],
  },
  // --- follow-ups: next week, "das erste", "und das zweite?" -------------------------------------------------------------
  {
    conv: 'woche',
    q: 'was läuft nächste woche',
    kind: 'list',
    titles: [T.phishing, T.datenschutz, T.english, T.deeskalation],
  },
  {
    conv: 'woche',
    q: 'wann fängt das erste an',
    kind: 'facts',
    titles: [T.phishing],
    says: ['beginnt am Mo., 13.03.2028 um 09:00 Uhr'],
  },
  {
    conv: 'woche',
    q: 'und das zweite?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['beginnt am Di., 14.03.2028 um 09:00 Uhr'],
  },
  // --- follow-ups: the e-file (deadline defaults to the start) -----------------------------------------------------------
  { conv: 'akte', q: 'elektronische akte schulung', kind: 'list', titles: [T.eakte] },
  {
    conv: 'akte',
    q: 'bis wann muss ich mich anmelden',
    kind: 'facts',
    titles: [T.eakte],
    says: ['bis Do., 20.04.2028, 09:00 Uhr'],
  },
  {
    conv: 'akte',
    q: 'wie lange dauert das',
    kind: 'facts',
    titles: [T.eakte],
    says: ['dauert 3 Stunden, von 09:00 bis 12:00 Uhr'],
  },
  // --- follow-ups: procurement law ---------------------------------------------------------------------------------------
  { conv: 'vergabe', q: 'vergaberecht', kind: 'list', titles: [T.vergabe] },
  {
    conv: 'vergabe',
    q: 'anmeldeschluss?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Fr., 10.03.2028, 12:00 Uhr'],
  },
  {
    conv: 'vergabe',
    q: 'und wo findet das statt',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['in der Thüringer Verwaltungsschule, Weimar'],
  },
  // --- follow-ups: day-care staff ----------------------------------------------------------------------------------------
  { conv: 'kita', q: 'gibt es was für erzieherinnen', kind: 'list', titles: [T.kita] },
  { conv: 'kita', q: 'kostet das was', kind: 'facts', titles: [T.kita], says: ['ist kostenlos'] },
  { conv: 'kita', q: 'sind noch plätze frei', kind: 'facts', titles: [T.kita], says: ['noch 20 von 20 Plätzen frei'] },
  // --- follow-ups: process management in English -------------------------------------------------------------------------
  { conv: 'prozess', q: 'any process management training', locale: 'en', kind: 'list', titles: [T.prozess] },
  {
    conv: 'prozess',
    q: 'where?',
    locale: 'en',
    kind: 'facts',
    titles: [T.prozess],
    says: ['at Rathaus Zella-Mehlis'],
  },
  {
    conv: 'prozess',
    q: 'and the price?',
    locale: 'en',
    kind: 'facts',
    titles: [T.prozess],
    says: ['costs €250'],
  },
  // --- topic searches: words only in summary, description or topics, typos ---------------------------------------------
  { q: 'it-sicherheit schulung', kind: 'list', titles: [T.phishing] },
  { q: 'stressbewaeltigung', kind: 'list', titles: [T.stress] },
  { q: 'bpmn', kind: 'list', titles: [T.prozess] },
  { q: 'leichte sprache', kind: 'list', titles: [T.klartext] },
  // --- filters: dates, cost, place, provider, trainer --------------------------------------------------------------------
  { q: 'was ist diese woche noch', kind: 'list', titles: [T.teams, T.excel] },
  {
    q: 'was gibts im mai',
    kind: 'list',
    titles: [T.thuerko, T.klartext, T.thavel, T.sitzung, T.kita, T.projekt],
  },
  { q: 'kostenlose seminare im april', kind: 'list', titles: [T.ersteHilfe, T.stress, T.eakte, T.zeugnis] },
  { q: 'was gibt es in zella-mehlis', kind: 'list', ...only(T.deeskalation, T.prozess) },
  {
    q: 'was bietet die unfallkasse thüringen an',
    kind: 'list',
    ...only(T.deeskalation, T.ersteHilfe, T.stress, T.kita, T.bauhof),
  },
  { q: 'kurse von herrn reinhardt', kind: 'list', ...only(T.teams, T.phishing, T.thavel) },
  // --- gone, drafts never shown, no match, greeting --------------------------------------------------------------------
  { q: 'wann ist der telefonkurs', kind: 'gone', gone: T.telefon },
  { q: 'was kostet barrierefreie dokumente', kind: 'gone', gone: T.barrierefrei },
  { q: 'wann war die schulung zum meldewesen', kind: 'gone', gone: T.meldewesen, says: ['Di., 18.01.2028'] },
  {
    q: 'wann ist die winterdienst unterweisung',
    kind: 'gone',
    gone: T.winterdienst,
    says: ['Do., 17.02.2028'],
  },
  { q: 'instagram schulung', kind: 'none' },
  { q: 'sap schulung', kind: 'none' },
  { q: 'hallo', kind: 'help' },
];

heldoutSuite(
  'answering questions about a hundred-and-sixty-third, independent catalogue (Landkreis Schmalkalden-Meiningen, TVS, Unfallkasse Thüringen)',
  {
    fixture: 'heldout163-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
