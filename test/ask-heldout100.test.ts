// Over-fitting check, hundredth catalogue: the spring 2027 programme of the Landkreis Osnabrück with the Niedersächsisches
// Studieninstitut für kommunale Verwaltung (NSI), the county's IT service Kommunale Datenverarbeitung Osnabrück (KDVO),
// the Gemeinde-Unfallversicherungsverband Hannover (GUV Hannover), the Kreisvolkshochschule Osnabrücker Land (KVHS) and
// the county's Fachdienst Personal, for the county and its towns and Samtgemeinden (Melle, Georgsmarienhütte, Bramsche,
// Quakenbrück, Bad Iburg, Samtgemeinde Artland), imported from a JSON file. Seminars take place in the Kreishaus
// Osnabrück (Am Schölerberg), in the town halls of Melle, Georgsmarienhütte and Bramsche, the Haus der Bildung Bramsche,
// the Stadthalle Quakenbrück, Schloss Bad Iburg, online or hybrid. Several titles do not name their subject ("Klare
// Linie am Schalter" is about so-called Reichsbürger, "Weniger Feuerwehr, mehr Plan" is time management, "Wenn jede
// Minute zählt" first aid, "Einkaufen mit System" procurement, "Was die Gemeinde verlangen darf" fees under the NKAG,
// "Unterwegs im Auftrag" travel expenses, "Richtig entscheiden, sauber begründen" writing administrative decisions),
// so only summary, description or topics reveal it; one seminar is held in English (front-desk English, KVHS); the
// leadership course runs three days across the change to summer time and its registration deadline has passed; the
// E-Akte training is open to Melle, Bramsche and the Samtgemeinde Artland only; first aid and the safety-officer course
// are free, paid by the GUV Hannover. Questions are written the way employees type in Teams, in everyday words rather
// than the catalogue's terms, without looking at the parser or the answers. Same assertions as the other suites:
// exactly the expected seminars (best first where one is clearly best), the asked fact in the first sentence, never a
// draft, cancelled or past seminar.
//
// Calendar around `now` (Tuesday 16 March 2027, 10:30 in Osnabrück, winter time; summer time begins and Easter is on
// Sun 28.03.2027, Good Friday 26.03., Easter Monday 29.03.):
//   this week:  nothing more today; Wed 17.03. 13:30–15:30 Teams (online, tomorrow), Thu 18.03. 09:00–16:30 first day
//               of the leadership course (Kreishaus), Fri 19.03. 10:00–11:30 screen workstation (online, GUV)
//   next week:  Mon 22.03. 09:00–12:00 Reichsbürger (Melle), Tue 23.03. 14:00–16:30 XRechnung (online),
//               Wed 24.03. 09:00–12:30 English (Bramsche), Thu 25.03. 13:00–16:00 AI (hybrid, Kreishaus); the cancelled
//               Doppik course on Wed 24.03.
//   Easter:     nothing from Fri 26.03. to Tue 06.04.
//   April:      07. procurement (GMH), 08. time management (online), 13. first aid (Quakenbrück), 15. and 29. leadership
//               days 2 and 3 (CEST), 20. E-Akte (Bramsche, three municipalities only), 21. NKomVG (Bad Iburg),
//               27. safety officers (Melle), 28. administrative decisions (Kreishaus); the cancelled PowerPoint course on
//               Thu 22.04.
//   May:        Tue 04. plain language (Quakenbrück), Wed 12. Excel (online), Tue 18. fees/NKAG (GMH),
//               Tue 25. conflicts in teams (Kreishaus)
//   later:      Wed 09.06. travel expenses (hybrid); drafts: sign language on Wed 16.06., poll workers on Wed 22.09.
//   past:       Thu 21.01.2027 property tax reform, Tue 23.02.2027 fire safety wardens.
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-03-16T09:30:00Z'); // Tuesday, 16 March 2027, 10:30 in Osnabrück (CET)
const TZ = 'Europe/Berlin';

const T = {
  teams: 'Alles in einem Kanal', // Wed 17.03.2027 13:30–15:30, online, KDVO, Frau Svenja Brinkmann, Microsoft Teams, free
  fuehrung: 'Führen in der Kommunalverwaltung: Das Grundlagenmodul', // Thu 18.03. (CET), 15.04. and 29.04. (CEST) 09:00–16:30, Kreishaus, NSI, Frau Dr. Katrin Vosskuhl, 690 € (lunch included), deadline passed Fri 05.03. 23:59
  bildschirm: 'Gut eingestellt: Ihr Bildschirmarbeitsplatz', // Fri 19.03. 10:00–11:30, online, GUV, Herr Jens Oltmanns, ergonomics, neck and back, free
  reichs: 'Klare Linie am Schalter', // Mon 22.03. 09:00–12:00, Rathaus Melle, NSI, Herr Frank Tiemeyer, 95 €, Reichsbürger
  xrechnung: 'Rechnungen ohne Papier: XRechnung im kommunalen Rechnungseingang', // Tue 23.03. 14:00–16:30, online, KDVO, free
  english: 'Confident at the Counter: English for Everyday Service Situations', // Wed 24.03. 09:00–12:30, Haus der Bildung Bramsche, KVHS, English, 60 €, 12 seats
  ki: 'Frag doch mal den Assistenten: KI-Werkzeuge im Büro', // Thu 25.03. 13:00–16:00, hybrid (Kreishaus), KDVO, ChatGPT/Copilot, free
  vergabe: 'Einkaufen mit System', // Wed 07.04. 09:00–16:00, Rathaus Georgsmarienhütte, NSI, Herr Bernd Upmeyer, 260 €, deadline Wed 24.03. 23:59, procurement
  zeit: 'Weniger Feuerwehr, mehr Plan', // Thu 08.04. 09:00–12:00, online, KVHS, Frau Meike Rehkämper, 45 €, time management
  ersteHilfe: 'Wenn jede Minute zählt', // Tue 13.04. 08:30–16:30, Stadthalle Quakenbrück, Fachdienst Personal, free (GUV pays), deadline Tue 30.03. 23:59 (CEST), first aid
  eakte: 'Einführung in die E-Akte mit enaio', // Tue 20.04. 09:00–15:00, Rathaus Bramsche, KDVO, Frau Svenja Brinkmann, free, 12 seats, Melle/Bramsche/Artland only
  nkomvg: 'Wer entscheidet was: Rat, Ausschüsse und Verwaltungsspitze', // Wed 21.04. 09:00–12:30, Schloss Bad Iburg, NSI, 150 €, NKomVG
  sibe: 'Sicherheitsbeauftragte im Betrieb: Grundseminar', // Tue 27.04. 09:00–16:00, Rathaus Melle, GUV, Herr Jens Oltmanns, free (GUV pays, travel by the office)
  bescheid: 'Richtig entscheiden, sauber begründen', // Wed 28.04. 09:00–16:00, Kreishaus, NSI, Dr. Annette Kuhlmann, 230 €, administrative decisions
  sprache: 'Ankommen statt abschrecken', // Tue 04.05. 09:00–12:30, Stadthalle Quakenbrück, KVHS, Frau Meike Rehkämper, 95 €, plain language
  excel: 'Pivot, SVERWEIS und Co.: Excel für Fortgeschrittene', // Wed 12.05. 13:00–16:00, online, KVHS, 75 €, 12 seats
  gebuehren: 'Was die Gemeinde verlangen darf', // Tue 18.05. 09:00–16:00, Rathaus Georgsmarienhütte, NSI, Herr Bernd Upmeyer, 240 €, NKAG fees
  konflikt: 'Wenn es im Team knirscht', // Tue 25.05. 09:00–16:00, Kreishaus, NSI, Frau Dr. Katrin Vosskuhl, 220 €, conflicts, for managers
  reise: 'Unterwegs im Auftrag', // Wed 09.06. 09:00–11:30, hybrid (Kreishaus), Fachdienst Personal, Herr Frank Tiemeyer, free, travel expenses (NRKVO)
  doppik: 'Doppik kompakt: Der kommunale Haushalt verstehen', // cancelled (Wed 24.03.2027)
  powerpoint: 'Folien, die überzeugen: PowerPoint für Einsteiger', // cancelled (Thu 22.04.2027)
  grundsteuer: 'Grundsteuerreform in Niedersachsen: Fragen der Bürgerinnen und Bürger beantworten', // past (Thu 21 January 2027)
  brandschutz: 'Brandschutzhelferinnen und Brandschutzhelfer: Ausbildung nach ASR A2.2', // past (Tue 23 February 2027, Melle, Oltmanns)
  wahl: 'Schulung für Wahlvorstände: Landtagswahl 2027', // draft
  gebaerden: 'Gebärdensprache: Erste Schritte für den Bürgerservice', // draft
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.doppik, T.powerpoint, T.grundsteuer, T.brandschutz, T.wahl, T.gebaerden];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  {
    q: 'was kostet das grundlagenmodul für führungskräfte',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['kostet 690 €'],
    mentions: ['Im Preis sind Mittagessen und Seminarunterlagen für alle drei Tage enthalten.'],
  },
  { q: 'how much is the procurement training', locale: 'en', kind: 'facts', titles: [T.vergabe], says: ['costs €260'] },
  {
    q: 'ist der lehrgang für sicherheitsbeauftragte kostenlos',
    kind: 'facts',
    titles: [T.sibe],
    says: ['ist kostenlos'],
    mentions: ['Die Kosten trägt der GUV Hannover; Fahrtkosten übernimmt die entsendende Dienststelle.'],
  },
  // --- facts: when (across the DST change), start time, duration -------------------------------------------------------
  {
    q: 'wann sind die termine vom führungskräfte grundlagenmodul',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 3 Tagen', 'Do., 18.03.2027, Do., 15.04.2027 und Do., 29.04.2027', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    q: 'when is the nkomvg course',
    locale: 'en',
    kind: 'facts',
    titles: [T.nkomvg],
    says: ['takes place on Wed, 21 Apr 2027 from 09:00 to 12:30'],
  },
  {
    q: 'um wie viel uhr fängt die teams schulung an',
    kind: 'facts',
    titles: [T.teams],
    says: ['beginnt am Mi., 17.03.2027 um 13:30 Uhr'],
  },
  {
    q: 'what time does the conflict management seminar start',
    locale: 'en',
    kind: 'facts',
    titles: [T.konflikt],
    says: ['starts on Tue, 25 May 2027 at 09:00'],
  },
  {
    q: 'wie lange dauert die reisekosten schulung',
    kind: 'facts',
    titles: [T.reise],
    says: ['dauert 2,5 Stunden, von 09:00 bis 11:30 Uhr'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  {
    q: 'wo findet das seminar zu gebühren und beiträgen statt',
    kind: 'facts',
    titles: [T.gebuehren],
    says: ['im Rathaus Georgsmarienhütte, Oeseder Straße 85, 49124 Georgsmarienhütte'],
  },
  {
    q: 'ist die ki schulung online oder vor ort',
    kind: 'facts',
    titles: [T.ki],
    says: [/findet hybrid statt|oder online/],
  },
  {
    q: 'who runs the course on writing administrative decisions',
    locale: 'en',
    kind: 'facts',
    titles: [T.bescheid],
    says: ['is led by Dr. Annette Kuhlmann'],
  },
  {
    q: 'bis wann kann man sich fürs führungs-grundlagenmodul anmelden',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['ist am Fr., 05.03.2027, 23:59 Uhr abgelaufen'],
  },
  {
    q: 'sind bei der e-akte schulung noch plätze frei',
    kind: 'facts',
    titles: [T.eakte],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  {
    conv: 'rechnung',
    q: 'wir kriegen immer mehr e-rechnungen, gibts dazu ne schulung',
    kind: 'list',
    titles: [T.xrechnung],
  },
  { conv: 'rechnung', q: 'was kostet das', kind: 'facts', titles: [T.xrechnung], says: ['ist kostenlos'] },
  {
    conv: 'rechnung',
    q: 'und wann genau',
    kind: 'facts',
    titles: [T.xrechnung],
    says: ['am Di., 23.03.2027 von 14:00 bis 16:30 Uhr'],
  },
  {
    conv: 'schalter',
    q: 'bei uns im bürgerbüro stehen immer öfter leute die den staat nicht anerkennen, gibts da was',
    kind: 'list',
    titles: [T.reichs],
  },
  {
    conv: 'schalter',
    q: 'wo ist das',
    kind: 'facts',
    titles: [T.reichs],
    says: ['im Rathaus Melle, Markt 22, 49324 Melle'],
  },
  { conv: 'schalter', q: 'wer macht das', kind: 'facts', titles: [T.reichs], says: ['leitet Herr Frank Tiemeyer'] },
  {
    conv: 'counter',
    q: 'need to brush up my english for talking to people at the counter',
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  {
    conv: 'counter',
    q: 'where is it',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['takes place at Haus der Bildung, Maschstraße 10, 49565 Bramsche'],
  },
  { conv: 'counter', q: 'how much is it', locale: 'en', kind: 'facts', titles: [T.english], says: ['costs €60'] },
  { conv: 'pivot', q: 'i want to learn pivot tables in excel', locale: 'en', kind: 'list', titles: [T.excel] },
  {
    conv: 'pivot',
    q: 'any seats left',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['has 12 of 12 seats left'],
  },
  {
    conv: 'ersthelfer',
    q: 'ich soll bei uns ersthelferin werden, gibts da nen kurs',
    kind: 'list',
    titles: [T.ersteHilfe],
  },
  {
    conv: 'ersthelfer',
    q: 'bis wann muss ich mich anmelden',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['bis Di., 30.03.2027, 23:59 Uhr'],
  },
  {
    conv: 'ersthelfer',
    q: 'wie lange geht das',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['dauert 8 Stunden, von 08:30 bis 16:30 Uhr'],
  },
  // --- topic searches: everyday words, words only in summary or description, synonyms, abbreviations -------------------
  { q: 'anything on chatgpt or copilot', locale: 'en', kind: 'list', titles: [T.ki] },
  { q: 'wie setze ich prioritäten wenn alles gleichzeitig brennt', kind: 'list', titles: [T.zeit] },
  { q: 'mir tut vom sitzen am pc dauernd der nacken weh', kind: 'list', titles: [T.bildschirm] },
  { q: 'wie schreibe ich einen bescheid richtig', kind: 'list', first: T.bescheid },
  { q: 'abwassergebühren kalkulieren', kind: 'list', titles: [T.gebuehren] },
  { q: 'in meinem team gibts ständig streit', kind: 'list', titles: [T.konflikt] },
  { q: 'gibts was zum nkomvg', kind: 'list', titles: [T.nkomvg] },
  { q: 'is there an intro to microsoft teams', locale: 'en', kind: 'list', titles: [T.teams] },
  { q: "i've just been made safety officer, any training for that", locale: 'en', kind: 'list', titles: [T.sibe] },
  { q: 'any course on writing letters in plain language', locale: 'en', kind: 'list', titles: [T.sprache] },
  // --- typos -----------------------------------------------------------------------------------------------------------
  { q: 'exel kurs für fortgeschrittene', kind: 'list', titles: [T.excel] },
  { q: 'vergaberecth schulung', kind: 'list', titles: [T.vergabe] },
  { q: 'frist aid course', locale: 'en', kind: 'list', titles: [T.ersteHilfe] },
  // --- filters: dates, time of day, cost, place, trainer, provider, audience, length, language, free seats ---------------
  { q: 'was gibt es diese woche noch', kind: 'list', titles: [T.teams, T.fuehrung, T.bildschirm] },
  { q: "what's on tomorrow", locale: 'en', kind: 'list', titles: [T.teams] },
  { q: 'was läuft nächste woche vormittags', kind: 'list', titles: [T.reichs, T.english] },
  { q: 'anything next week in the afternoon', locale: 'en', kind: 'list', titles: [T.xrechnung, T.ki] },
  {
    q: 'kostenlose kurse in den nächsten zwei wochen',
    kind: 'list',
    titles: [T.teams, T.bildschirm, T.xrechnung, T.ki],
  },
  { q: 'was gibt es im mai', kind: 'list', titles: [T.sprache, T.excel, T.gebuehren, T.konflikt] },
  { q: 'anything free next month', locale: 'en', kind: 'list', titles: [T.ersteHilfe, T.eakte, T.sibe] },
  { q: 'was findet in melle statt', kind: 'list', ...only(T.reichs, T.sibe) },
  {
    q: 'kurse in gmh',
    kind: 'list',
    ...only(T.vergabe, T.gebuehren),
    miss: 'the local abbreviation GMH for Georgsmarienhütte is not known',
  },
  { q: 'kurse von frau vosskuhl', kind: 'list', ...only(T.fuehrung, T.konflikt) },
  { q: 'which courses does jens oltmanns teach', locale: 'en', kind: 'list', ...only(T.bildschirm, T.sibe) },
  { q: 'was bietet die kvhs an', kind: 'list', ...only(T.english, T.zeit, T.sprache, T.excel) },
  { q: 'ich bin führungskraft, was gibts für mich', kind: 'list', ...only(T.fuehrung, T.konflikt) },
  { q: 'gibt es mehrtägige seminare', kind: 'list', titles: [T.fuehrung] },
  { q: 'any courses in english', locale: 'en', kind: 'list', titles: [T.english] },
  { q: 'sind in quakenbrück noch plätze frei', kind: 'list', ...only(T.ersteHilfe, T.sprache) },
  // --- gone, drafts never shown, no match, greeting --------------------------------------------------------------------
  { q: 'wann war nochmal die grundsteuer schulung', kind: 'gone', gone: T.grundsteuer, says: ['Do., 21.01.2027'] },
  { q: 'was kostet der doppik kurs', kind: 'gone', gone: T.doppik },
  { q: 'is the powerpoint course still happening', locale: 'en', kind: 'gone', gone: T.powerpoint },
  { q: 'gibt es eine schulung für wahlvorstände zur landtagswahl', kind: 'none' },
  { q: 'gebärdensprache kurs', kind: 'none' },
  { q: 'is there a forklift licence course', locale: 'en', kind: 'none' },
  { q: 'moin', kind: 'help' },
  { q: 'hi there', locale: 'en', kind: 'help' },
];

heldoutSuite('answering questions about a hundredth, independent catalogue (Landkreis Osnabrück, NSI, KDVO)', {
  fixture: 'heldout100-catalogue.json',
  now,
  timeZone: TZ,
  cases: CASES,
  titles: all,
  never: NEVER,
});
