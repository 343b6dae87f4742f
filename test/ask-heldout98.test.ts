// Over-fitting check, ninety-eighth catalogue: the spring 2028 programme of the Vogelsbergkreis (Hesse) with the
// Hessischer Verwaltungsschulverband (HVSV), ekom21 (municipal IT), the Unfallkasse Hessen (UKH) and the county's
// Personalentwicklung, for the county and its towns (Lauterbach, Alsfeld, Schotten, Herbstein, Gemeinde Feldatal),
// imported from a JSON file. Seminars take place in the Kreishaus Lauterbach (Goldhelg), the Rathaus Alsfeld, the Haus
// des Gastes Herbstein, the Bürgerhaus and the DRK-Zentrum in Schotten, the Feuerwehrhaus Lauterbach, online or hybrid.
// Several titles do not name their subject ("Nicht jeder Anhang ist harmlos" is information security, "Auf den Punkt
// gebracht" presenting, "Wenn der Ton rauer wird" de-escalation at the counter, "Vom Bedarf zum Zuschlag" procurement law,
// "Weniger Hektik, mehr erledigt" time management, "Schluss mit Papierbergen" the e-file, "Von der Einladung bis zur
// Niederschrift" minutes of council meetings, "Der Rücken sagt danke" ergonomics), so only summary, description or topics
// reveal it; one seminar is held in English (front desk English); the leadership course runs three days across the DST
// change; the Digitallotsen qualification is open only to Alsfeld, Schotten, Herbstein and Feldatal and half of its fee is
// paid by the state; first aid is free, the Unfallkasse pays. Questions are typed the way busy colleagues type in Teams
// (lower case, typos, missing umlauts, a story first, some English), written without looking at the parser or the
// answers. Same assertions as the other suites: exactly the expected seminars (best first where one is clearly best), the
// asked fact in the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Wednesday 16 February 2028, 10:00 in Lauterbach, winter time; summer time begins Sun 26.03.2028):
//   this week:  nothing more today; Thu 17.02. 13:30–15:30 information security (online, tomorrow),
//               Fri 18.02. 09:00–12:00 data protection (online)
//   next week:  Mon 21.02. 09:00–12:30 presenting (Kreishaus, deadline passed Mon 14.02.),
//               Tue 22.02. 08:30–12:30 de-escalation (Rathaus Alsfeld), Wed 23.02. 13:00–16:00 Teams (hybrid)
//   Fastnacht:  Weiberfastnacht Thu 24.02., Rosenmontag 28.02., Fastnachtsdienstag 29.02., Aschermittwoch 01.03.:
//               nothing from Thu 24.02. to Mon 06.03.
//   March:      Tue 07. Excel (Kreishaus); Thu 09. the cancelled social media course; Fri 10. English front desk
//               (hybrid); Tue 14. and Tue 21. Digitallotsen (Schotten); Wed 15., Thu 16. (CET) and Wed 29.03. (CEST) the
//               three-day leadership course (Herbstein); Thu 23. back health (online); Mon 27. time management (online, CEST)
//   April:      Wed 05. fire safety (Feuerwehrhaus Lauterbach); Wed 12. the cancelled Word course; Wed 19. procurement
//               (deadline Wed 05.04.); Thu 20. first aid (Schotten); Wed 26. AI (hybrid)
//   May:        Thu 04. e-file (online), Tue 09. Doppik, Thu 11. council minutes (Herbstein), Tue 16. staff appraisals
//   later:      drafts: Wed 14.06. sign language (Herbstein), Tue 19.09. election officers (Landtagswahl)
//   past:       Thu 27.01.2028 TVöD update, Tue 08.02.2028 accessible PDFs.
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-02-16T09:00:00Z'); // Wednesday, 16 February 2028, 10:00 in Lauterbach (CET)
const TZ = 'Europe/Berlin';

const T = {
  sicherheit: 'Nicht jeder Anhang ist harmlos', // Thu 17.02.2028 13:30–15:30, online, ekom21, Herr Jonas Ruhl, information security, free
  datenschutz: 'Datenschutz kompakt: Die DSGVO in der Sachbearbeitung', // Fri 18.02. 09:00–12:00, online, PE, Frau Dr. Katrin Schäfer, free
  praesentation: 'Auf den Punkt gebracht', // Mon 21.02. 09:00–12:30, Kreishaus, HVSV, Frau Anja Becker, 95 €, deadline passed Mon 14.02. 23:59
  deeskalation: 'Wenn der Ton rauer wird', // Tue 22.02. 08:30–12:30, Rathaus Alsfeld, UKH, Herr Markus Jäger, free, 14 seats
  teams: 'Zusammenarbeit digital: Microsoft Teams im Verwaltungsalltag', // Wed 23.02. 13:00–16:00, hybrid (Kreishaus), ekom21, Frau Lisa Schneider, free
  excel: 'Zahlen, Formeln, Pivot: Excel im Büroalltag', // Tue 07.03. 09:00–15:30, Kreishaus, ekom21, Herr Tobias Weitzel, 140 € (note), 12 seats
  english: 'Serving Citizens in English: Phrases and Practice for the Front Desk', // Fri 10.03. 09:00–12:30, hybrid (Kreishaus), PE, Claire Donovan, 60 €, English
  lotsen: 'Qualifizierung Digitallotsinnen und Digitallotsen', // Tue 14.03. and Tue 21.03. 09:00–16:00, Bürgerhaus Schotten, ekom21, Frau Lisa Schneider, 480 € (state pays half), four towns only, deadline Fri 03.03.
  fuehrung: 'Neu in der Führungsrolle', // Wed 15.03., Thu 16.03. (CET), Wed 29.03. (CEST) 09:00–16:00, Haus des Gastes Herbstein, HVSV, Herr Dr. Thomas Brückner, 590 €, deadline Wed 01.03.
  ruecken: 'Der Rücken sagt danke', // Thu 23.03. 10:00–11:30, online, UKH, Frau Melanie Kraft, ergonomics, free
  zeit: 'Weniger Hektik, mehr erledigt', // Mon 27.03. 09:00–12:00 (CEST), online, PE, Frau Anja Becker, time management, 45 € (note)
  brandschutz: 'Brandschutzhelferin und Brandschutzhelfer', // Wed 05.04. 08:30–12:30, Feuerwehrhaus Lauterbach, UKH, Herr Markus Jäger, free
  vergabe: 'Vom Bedarf zum Zuschlag', // Wed 19.04. 09:00–16:00, Kreishaus, HVSV, Frau Petra Klingelhöfer, 230 €, deadline Wed 05.04. 23:59, procurement (UVgO, HVTG)
  ersteHilfe: 'Im Notfall richtig handeln: Ausbildung zur Ersthelferin und zum Ersthelfer', // Thu 20.04. 08:30–16:30, DRK-Zentrum Schotten, UKH, free (Unfallkasse pays)
  ki: 'KI im Amt: Sprachmodelle sinnvoll nutzen', // Wed 26.04. 13:00–16:00, hybrid (Kreishaus), ekom21, Herr Jonas Ruhl, ChatGPT, free
  eakte: 'Schluss mit Papierbergen', // Thu 04.05. 09:00–12:00, online, ekom21, Frau Lisa Schneider, e-file, free
  doppik: 'Doppik für Einsteiger: Der kommunale Haushalt verständlich erklärt', // Tue 09.05. 09:00–16:00, Kreishaus, HVSV, Herr Klaus Ritter, 190 €
  sitzungsdienst: 'Von der Einladung bis zur Niederschrift', // Thu 11.05. 09:00–15:00, Haus des Gastes Herbstein, HVSV, Frau Ute Schwalm, 160 €, council minutes
  gespraeche: 'Gespräche auf Augenhöhe', // Tue 16.05. 09:00–16:00, Kreishaus, PE, Herr Dr. Thomas Brückner, staff appraisals, for managers, free
  wahl: 'Sicher durch den Wahltag: Schulung für Wahlvorstände', // draft (Tue 19.09.2028)
  gebaerden: 'Erste Gebärden: Deutsche Gebärdensprache im Bürgerservice', // draft (Wed 14.06.2028)
  social: 'Instagram & Co.: Social Media für Städte und Gemeinden', // cancelled (Thu 09.03.2028)
  word: 'Serienbriefe und Vorlagen: Word für Fortgeschrittene', // cancelled (Wed 12.04.2028)
  tvoed: 'Tarifrecht aktuell: Neues im TVöD 2028', // past (Thu 27 January 2028)
  pdf: 'Barrierefreie PDF-Dokumente erstellen', // past (Tue 8 February 2028)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.wahl, T.gebaerden, T.social, T.word, T.tvoed, T.pdf];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  {
    q: 'kosten digitallotsen',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['kostet 480 €'],
    mentions: ['Das Land Hessen fördert die Qualifizierung mit 50 Prozent; den Rest trägt die entsendende Kommune.'],
  },
  {
    q: 'is the first aid course free',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['is free of charge'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse Hessen.'],
  },
  {
    q: 'how much is the course for new managers',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['costs €590'],
  },
  // --- facts: when (three days across the DST change), start time, duration ------------------------------------------
  { q: 'wann exel', kind: 'facts', titles: [T.excel], says: ['am Di., 07.03.2028 von 09:00 bis 15:30 Uhr'] },
  {
    q: 'wann is neu in der fuehrungsrolle',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 3 Tagen', 'Mi., 15.03.2028, Do., 16.03.2028 und Mi., 29.03.2028', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'when is the digitallotsen training',
    locale: 'en',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['on 2 days', 'Tue, 14 Mar 2028 and Tue, 21 Mar 2028', 'each from 09:00 to 16:00'],
  },
  {
    q: 'um wieviel uhr fängt erste hilfe an',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['beginnt am Do., 20.04.2028 um 08:30 Uhr'],
  },
  {
    q: 'wie lange geht das teams seminar',
    kind: 'facts',
    titles: [T.teams],
    says: ['dauert 3 Stunden, von 13:00 bis 16:00 Uhr'],
  },
  {
    q: 'wie lang geht die ergonomie schulung',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['dauert 1,5 Stunden, von 10:00 bis 11:30 Uhr'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  { q: 'wo is der deeskalationskurs', kind: 'facts', titles: [T.deeskalation], says: ['im Rathaus Alsfeld'] },
  {
    q: 'ist das ki seminar online oder vor ort',
    kind: 'facts',
    titles: [T.ki],
    says: [/findet hybrid statt|oder online statt/],
  },
  {
    q: 'is the data protection training in person',
    locale: 'en',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['takes place online'],
  },
  {
    q: 'wer macht das seminar zum sitzungsdienst',
    kind: 'facts',
    titles: [T.sitzungsdienst],
    says: ['leitet Frau Ute Schwalm'],
  },
  {
    q: 'bis wann muss ich mich fürs vergabeseminar anmelden',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Mi., 05.04.2028, 23:59 Uhr'],
  },
  {
    q: 'anmeldeschluss prasentation',
    kind: 'facts',
    titles: [T.praesentation],
    says: ['ist am Mo., 14.02.2028, 23:59 Uhr abgelaufen'],
  },
  { q: 'sind im excel kurs noch plätze frei', kind: 'facts', titles: [T.excel], says: ['noch 12 von 12 Plätzen frei'] },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  {
    conv: 'vergabe',
    q: 'mein chef meint ich soll was zu vergaberecht machen, gibts da was im april',
    kind: 'list',
    titles: [T.vergabe],
  },
  { conv: 'vergabe', q: 'was kostet das', kind: 'facts', titles: [T.vergabe], says: ['kostet 230 €'] },
  { conv: 'vergabe', q: 'und wo ist das?', kind: 'facts', titles: [T.vergabe], says: ['im Kreishaus Lauterbach'] },
  {
    conv: 'schalter',
    q: 'bei uns im bürgerbüro werden die leute am schalter immer pampiger, gibts da was',
    kind: 'list',
    titles: [T.deeskalation],
  },
  {
    conv: 'schalter',
    q: 'wann is das',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['am Di., 22.02.2028 von 08:30 bis 12:30 Uhr'],
  },
  {
    conv: 'schalter',
    q: 'noch plätze frei?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['noch 14 von 14 Plätzen frei'],
  },
  { conv: 'chatgpt', q: 'is there anything about chatgpt', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    conv: 'chatgpt',
    q: 'Who runs it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is led by Herr Jonas Ruhl'],
  },
  // --- topic searches: everyday words, words only in summary or description, synonyms, abbreviations, typos ------------
  { q: 'datenschutz online', kind: 'list', titles: [T.datenschutz] },
  { q: 'informationssicherhiet', kind: 'list', titles: [T.sicherheit] },
  { q: 'prasentation halten tipps', kind: 'list', titles: [T.praesentation] },
  { q: 'ms teams schulung', kind: 'list', titles: [T.teams] },
  { q: 'ich krieg meine aufgaben nie fertig, gibts was zu zeitmanagement', kind: 'list', titles: [T.zeit] },
  { q: 'mir tut vom vielen sitzen der rücken weh', kind: 'list', titles: [T.ruecken] },
  { q: 'wir sollen unsere papierakten digitalisieren, gibts dazu ne schulung', kind: 'list', titles: [T.eakte] },
  { q: 'doppik für anfänger', kind: 'list', titles: [T.doppik] },
  {
    q: 'ich soll ab sommer das protokoll in der stadtverordnetenversammlung schreiben',
    kind: 'list',
    titles: [T.sitzungsdienst],
  },
  { q: 'wie benutzt man nen feuerlöscher', kind: 'list', titles: [T.brandschutz] },
  { q: 'seminar mitarbeitergespräche führen', kind: 'list', first: T.gespraeche },
  { q: 'uvgo', kind: 'list', titles: [T.vergabe] },
  { q: 'tabellenkalkulation', kind: 'list', titles: [T.excel] },
  { q: 'anything on procurement law', locale: 'en', kind: 'list', titles: [T.vergabe] },
  { q: 'englisch für die bürgerberatung', kind: 'list', titles: [T.english] },
  // --- filters: dates, time of day, format, place, free seats, trainer, provider, audience, length, cost, language -----
  { q: 'was is morgen', kind: 'list', titles: [T.sicherheit] },
  { q: 'was läuft diese woche noch', kind: 'list', titles: [T.sicherheit, T.datenschutz] },
  { q: 'whats on next week', locale: 'en', kind: 'list', titles: [T.praesentation, T.deeskalation, T.teams] },
  {
    q: 'in den nächsten zwei wochen was vormittags',
    kind: 'list',
    titles: [T.datenschutz, T.praesentation, T.deeskalation],
  },
  {
    q: "what's happening next month",
    locale: 'en',
    kind: 'list',
    titles: [T.excel, T.english, T.lotsen, T.fuehrung, T.ruecken, T.zeit],
  },
  { q: 'was gibts im april', kind: 'list', titles: [T.brandschutz, T.vergabe, T.ersteHilfe, T.ki] },
  { q: 'kostenlose kurse im april', kind: 'list', titles: [T.brandschutz, T.ersteHilfe, T.ki] },
  { q: 'welche präsenzseminare gibts im mai', kind: 'list', titles: [T.doppik, T.sitzungsdienst, T.gespraeche] },
  {
    q: 'welche kurse im mai haben noch freie plätze',
    kind: 'list',
    titles: [T.eakte, T.doppik, T.sitzungsdienst, T.gespraeche],
  },
  { q: 'was gibts in schotten', kind: 'list', ...only(T.lotsen, T.ersteHilfe) },
  { q: 'kurse von frau schneider', kind: 'list', ...only(T.teams, T.lotsen, T.eakte) },
  { q: 'was bietet die unfallkasse an', kind: 'list', ...only(T.deeskalation, T.brandschutz, T.ersteHilfe, T.ruecken) },
  { q: 'ich bin führungskraft, was gibts für mich', kind: 'list', ...only(T.fuehrung, T.gespraeche) },
  { q: 'mehrtägige seminare', kind: 'list', ...only(T.fuehrung, T.lotsen) },
  { q: 'any courses in english', locale: 'en', kind: 'list', titles: [T.english] },
  // --- gone, drafts never shown, no match, greeting --------------------------------------------------------------------
  { q: 'wann war das tvöd seminar', kind: 'gone', gone: T.tvoed, says: ['Do., 27.01.2028'] },
  { q: 'barrierefreie pdfs schulung', kind: 'gone', gone: T.pdf, says: ['Di., 08.02.2028'] },
  { q: 'wollte mich für den social media kurs anmelden', kind: 'gone', gone: T.social },
  { q: 'when is the MS Word training', locale: 'en', kind: 'gone', gone: T.word },
  { q: 'schulung wahlvorstand landtagswahl', kind: 'none' },
  { q: 'is there a sign language course', locale: 'en', kind: 'none' },
  { q: 'motorsägenkurs für die jungs vom bauhof', kind: 'none' },
  { q: 'hallo', kind: 'help' },
  { q: 'guten morgen', kind: 'help' },
  { q: 'hi', locale: 'en', kind: 'help' },
];

heldoutSuite('answering questions about a ninety-eighth, independent catalogue (Vogelsbergkreis, HVSV, ekom21)', {
  fixture: 'heldout98-catalogue.json',
  now,
  timeZone: TZ,
  cases: CASES,
  titles: all,
  never: NEVER,
});
