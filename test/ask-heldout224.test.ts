// Over-fitting check, two-hundred-and-twenty-fourth catalogue: the 2027 programme of the Landkreis Mittelsachsen
// (Saxony) and its Große Kreisstädte (Freiberg, Döbeln, Mittweida, Flöha, Frankenberg, Rochlitz), with the Sächsische
// Anstalt für kommunale Datenverarbeitung (SAKD), the Sächsischer Städte- und Gemeindetag (SSG), the Unfallkasse
// Sachsen, the Volkshochschule Mittelsachsen and the Landratsamt's Personalentwicklung, imported from a JSON file.
// Seminars take place in the Landratsamt in Freiberg, the town halls of Mittweida, Döbeln, Flöha, Frankenberg and
// Rochlitz, the VHS in Freiberg and Döbeln, online or hybrid. Several titles do not name their subject ("Klick mit
// Folgen" is phishing, "Wenn der Kopf voll ist" stress, "Wenn es laut wird" de-escalation, "Einmal ausfüllen, fertig"
// the OZG, "Gut sitzen, besser arbeiten" ergonomics, "Papierlos glücklich" the e-file, "Schreiben, das ankommt" plain
// language, "Zurück an Bord" the BEM, "Gemeinsam statt gegeneinander" conflict management, "Führen auf Distanz"
// leading from the home office), so only summary, description or topics reveal it; one seminar is held in English;
// the Doppik course runs on two days; the e-file course is open only to Döbeln, Mittweida and Rochlitz; first aid is
// free, paid by the Unfallkasse. Questions are typed the way colleagues write in Teams chat: short, informal ("gibts",
// "wann isn", "was kostn"), with abbreviations (KI, OZG, DSGVO, BEM, E-Akte, VwVfG), titles half-remembered or
// misspelt, about a fifth in English; written without looking at the parser or the answers.
//
// Calendar around `now` (Wednesday 10 March 2027, 10:00 in Freiberg, winter time; summer time begins Sun 28.03.2027,
// Easter is Sun 28.03.2027):
//   this week:  nothing more today; Thu 11.03. 09:00–11:30 phishing (online, tomorrow, free), Fri 12.03. 13:00–16:00
//               data protection (hybrid, Landratsamt Freiberg, 95 €)
//   next week:  Mon 15.03. 09:00–12:00 Excel (VHS Freiberg; deadline passed Fri 05.03. 12:00), Tue 16.03. 13:00–15:30
//               stress (online, free), Wed 17.03. 09:00–12:30 English (VHS Döbeln, 110 €), Thu 18.03. 13:30–16:00 AI
//               (hybrid, Rathaus Mittweida, free); nothing on Fri 19.03.
//   then:       nothing until Tue 30.03. VwVfG (Rathaus Mittweida, 195 €)
//   April:      Tue 06. de-escalation (Rathaus Döbeln, free, 14 seats), Tue 20./Wed 21. Doppik (Rathaus Frankenberg,
//               390 €), Thu 22. first aid (Rathaus Flöha, 08:30–16:30), Wed 28. OZG (online, free); the cancelled
//               time-management course on Thu 15.04.
//   May:        Tue 04. procurement (Landratsamt; 20 seats; deadline Fri 16.04. 12:00), Wed 12. ergonomics (online,
//               14:00–15:30, free), Tue 18. Microsoft Teams (online, free), Thu 27. e-file (Rathaus Rochlitz, only
//               Döbeln/Mittweida/Rochlitz, free)
//   June:       Tue 08. plain language (Rathaus Flöha, 120 €), Wed 16. BEM (hybrid, Landratsamt, free), Thu 24. council
//               meetings (Rathaus Rochlitz, 160 €); the draft Wohngeld course on Wed 23.06.
//   autumn:     Tue 07.09. conflicts (Landratsamt, for managers), Thu 16.09. accessible documents (online, 75 €), Wed
//               22.09. leading remote teams (online), Tue 05.10. workshop for trainers of apprentices (Frankenberg,
//               free); the draft social-media course on Tue 12.10., the cancelled winter-service course on Wed 13.10.
//   past:       Tue 16.02.2027 Grundsteuer (online), Thu 25.02.2027 cash security (Rathaus Döbeln).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-03-10T09:00:00Z'); // Wednesday, 10 March 2027, 10:00 in Freiberg (CET)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Klick mit Folgen', // Thu 11.03. 09:00–11:30, online, SAKD, Kühn, information security, free
  datenschutz: 'Datenschutz in der Kommunalverwaltung: DSGVO und SächsDSDG im Alltag', // Fri 12.03. 13:00–16:00, hybrid (Landratsamt), SSG, Neumann, 95 € (SSG members 65 €)
  excel: 'Excel für Fortgeschrittene: Pivot-Tabellen und SVERWEIS', // Mon 15.03. 09:00–12:00, VHS Freiberg, Lange, 89 €, deadline passed Fri 05.03. 12:00
  stress: 'Wenn der Kopf voll ist', // Tue 16.03. 13:00–15:30, online, Unfallkasse, Wagner, stress / burnout, free
  english: 'Speaking with Confidence: English for the Front Office', // Wed 17.03. 09:00–12:30, VHS Döbeln, Fletcher, 110 €, in English
  ki: 'Künstliche Intelligenz im Verwaltungsalltag: Chancen, Grenzen, Regeln', // Thu 18.03. 13:30–16:00, hybrid (Rathaus Mittweida), SAKD, Kühn, free
  vwvfg: 'Verwaltungsverfahrensrecht kompakt: Anhörung, Bescheid, Widerspruch', // Tue 30.03. 09:00–16:00, Rathaus Mittweida, SSG, Dr. Richter, 195 €
  deeskalation: 'Wenn es laut wird', // Tue 06.04. 09:00–15:00, Rathaus Döbeln, Unfallkasse, Schubert, free, 14 seats
  doppik: 'Kommunale Doppik in Sachsen: Grundkurs', // Tue 20.04. and Wed 21.04. 09:00–16:00, Rathaus Frankenberg, SSG, Seidel, 390 €
  ersteHilfe: 'Erste Hilfe im Dienst: Grundlehrgang für Ersthelfende', // Thu 22.04. 08:30–16:30, Rathaus Flöha, Unfallkasse, Schubert, free (Unfallkasse pays)
  ozg: 'Einmal ausfüllen, fertig', // Wed 28.04. 09:00–12:00, online, SAKD, Kühn, OZG / Amt24, free
  vergabe: 'Vergaberecht für Kommunen: UVgO und Sächsisches Vergabegesetz', // Tue 04.05. 09:00–16:00, Landratsamt, SSG, Vogel, 240 €, 20 seats, deadline Fri 16.04. 12:00
  ergonomie: 'Gut sitzen, besser arbeiten', // Wed 12.05. 14:00–15:30, online, Unfallkasse, Wagner, ergonomics, free
  teams: 'Besser zusammenarbeiten mit Microsoft Teams', // Tue 18.05. 10:00–11:30, online, SAKD, Lehmann, free
  eakte: 'Papierlos glücklich', // Thu 27.05. 09:00–12:00, Rathaus Rochlitz, SAKD, Lehmann, e-file, only Döbeln/Mittweida/Rochlitz, free
  sprache: 'Schreiben, das ankommt', // Tue 08.06. 09:00–16:00, Rathaus Flöha, PE, Krause, 120 €, plain language
  bem: 'Zurück an Bord', // Wed 16.06. 09:00–12:00, hybrid (Landratsamt), PE, Böhme, BEM, free
  sitzung: 'Sitzungsdienst nach der SächsGemO', // Thu 24.06. 09:00–16:00, Rathaus Rochlitz, SSG, Dr. Richter, 160 €
  konflikte: 'Gemeinsam statt gegeneinander', // Tue 07.09. 09:00–16:00, Landratsamt, PE, Dr. Hartmann, 210 €, for managers
  barrierefrei: 'Barrierefreie Dokumente: Word und PDF richtig gestalten', // Thu 16.09. 09:00–12:00, online, SAKD, Lehmann, 75 €
  fuehrung: 'Führen auf Distanz', // Wed 22.09. 13:00–16:00, online, SSG, Dr. Hartmann, 150 €, leading teams in the home office
  ausbilder: 'Ausbilden mit Plan: Workshop für Ausbildungsbeauftragte', // Tue 05.10. 09:00–15:00, Rathaus Frankenberg, PE, Böhme, free
  wohngeld: 'Wohngeld kompakt: Neuerungen 2027', // draft (Wed 23.06.)
  socialMedia: 'Social Media für Stadtverwaltungen', // draft (Tue 12.10.)
  zeitmanagement: 'Zeitmanagement und Selbstorganisation im Büro', // cancelled (Thu 15.04.2027)
  winterdienst: 'Winterdienst rechtssicher organisieren', // cancelled (Wed 13.10.2027)
  grundsteuer: 'Grundsteuerreform: Hebesätze und Bescheide', // past (Tue 16 February 2027)
  kasse: 'Kassensicherheit im Bürgerbüro', // past (Thu 25 February 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.wohngeld, T.socialMedia, T.zeitmanagement, T.winterdienst, T.grundsteuer, T.kasse];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'ki', q: 'gibts was zu KI?', kind: 'list', titles: [T.ki] },
  {
    conv: 'ki',
    q: 'wann isn das',
    kind: 'facts',
    titles: [T.ki],
    says: ['am Do., 18.03.2027 von 13:30 bis 16:00 Uhr'],
  },
  {
    conv: 'ki',
    q: 'online oder vor ort?',
    kind: 'facts',
    titles: [T.ki],
    says: ['findet hybrid statt: im Rathaus Mittweida'],
  },
  { conv: 'bem', q: 'BEM schulung', kind: 'list', titles: [T.bem] },
  { conv: 'bem', q: 'wer is die referentin', kind: 'facts', titles: [T.bem], says: ['leitet Frau Franziska Böhme'] },
  { conv: 'bem', q: 'was kostn der', kind: 'facts', titles: [T.bem], says: ['ist kostenlos'] },
  { conv: 'doppik', q: 'doppik grundkurs', kind: 'list', titles: [T.doppik] },
  {
    conv: 'doppik',
    q: 'wie lange geht der',
    kind: 'facts',
    titles: [T.doppik],
    says: ['dauert 2 Tage, jeweils von 09:00 bis 16:00 Uhr'],
  },
  { conv: 'doppik', q: 'was kostn das', kind: 'facts', titles: [T.doppik], says: ['kostet 390 €'] },
  { conv: 'vergabe', q: 'seminar zur UVgO', kind: 'list', titles: [T.vergabe] },
  {
    conv: 'vergabe',
    q: 'bis wann anmelden?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Fr., 16.04.2027, 12:00 Uhr'],
  },
  {
    conv: 'vergabe',
    q: 'noch plätze frei?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['noch 20 von 20 Plätzen frei'],
  },
  { conv: 'eakte', q: 'anything on E-Akte?', locale: 'en', kind: 'list', titles: [T.eakte] },
  {
    conv: 'eakte',
    q: 'where is it',
    locale: 'en',
    kind: 'facts',
    titles: [T.eakte],
    says: ['takes place at Rathaus Rochlitz'],
  },
  {
    conv: 'eakte',
    q: 'how long is it',
    locale: 'en',
    kind: 'facts',
    titles: [T.eakte],
    says: ['lasts 3 hours, from 09:00 to 12:00'],
  },
  { conv: 'english', q: 'is there an english course', locale: 'en', kind: 'list', titles: [T.english] },
  { conv: 'english', q: 'how much is it', locale: 'en', kind: 'facts', titles: [T.english], says: ['costs €110'] },
  {
    conv: 'english',
    q: 'when does it start',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['starts on Wed, 17 Mar 2027 at 09:00'],
  },
  { conv: 'ozg', q: 'was gibts zum OZG', kind: 'list', titles: [T.ozg] },
  {
    conv: 'ozg',
    q: 'und wann isn das',
    kind: 'facts',
    titles: [T.ozg],
    says: ['am Mi., 28.04.2027 von 09:00 bis 12:00 Uhr'],
  },
  { conv: 'laut', q: 'umgang mit aggressiven bürgern', kind: 'list', titles: [T.deeskalation] },
  { conv: 'laut', q: 'wo findet das statt', kind: 'facts', titles: [T.deeskalation], says: ['im Rathaus Döbeln'] },
  {
    conv: 'laut',
    q: 'freie plätze?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['noch 14 von 14 Plätzen frei'],
  },
  // --- facts, also by half-remembered or misspelt title ---------------------------------------------------------------
  { q: 'was kostn der excel kurs', kind: 'facts', titles: [T.excel], says: ['kostet 89 €'] },
  {
    q: 'bis wann kann man sich für excel anmelden',
    kind: 'facts',
    titles: [T.excel],
    says: ['am Fr., 05.03.2027, 12:00 Uhr abgelaufen'],
  },
  {
    q: 'kostet erste hilfe was?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse Sachsen.'],
  },
  {
    q: 'wann isn der datenschutz kurs',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['am Fr., 12.03.2027 von 13:00 bis 16:00 Uhr'],
  },
  { q: 'what does the DSGVO seminar cost', locale: 'en', kind: 'facts', titles: [T.datenschutz], says: ['costs €95'] },
  { q: 'wer leitet vwvfg', kind: 'facts', titles: [T.vwvfg], says: ['leitet Herr Dr. Thomas Richter'] },
  {
    q: 'wann fängt das stress seminar an',
    kind: 'facts',
    titles: [T.stress],
    says: ['beginnt am Di., 16.03.2027 um 13:00 Uhr'],
  },
  {
    q: 'where is the first aid course',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['takes place at Rathaus Flöha'],
  },
  {
    q: 'klick mit folgn wann',
    kind: 'facts',
    titles: [T.phishing],
    says: ['am Do., 11.03.2027 von 09:00 bis 11:30 Uhr'],
  },
  {
    q: 'papierlos glüklich wann?',
    kind: 'facts',
    titles: [T.eakte],
    says: ['am Do., 27.05.2027 von 09:00 bis 12:00 Uhr'],
  },
  {
    q: 'how long is gut sitzen',
    locale: 'en',
    kind: 'facts',
    titles: [T.ergonomie],
    says: ['lasts 1.5 hours, from 14:00 to 15:30'],
  },
  // --- topic searches: typos, words only in summary or description, synonyms ------------------------------------------
  { q: 'phising', kind: 'list', titles: [T.phishing] },
  { q: 'schulung gegen burnout', kind: 'list', titles: [T.stress] },
  { q: 'rückenschmerzen am schreibtisch', kind: 'list', titles: [T.ergonomie] },
  { q: 'amt24', kind: 'list', titles: [T.ozg] },
  { q: 'exel pivot', kind: 'list', titles: [T.excel] },
  { q: 'accessible pdf', locale: 'en', kind: 'list', titles: [T.barrierefrei] },
  { q: 'führen im homeoffice', kind: 'list', titles: [T.fuehrung] },
  { q: 'gibts was für ausbilder?', kind: 'list', titles: [T.ausbilder] },
  { q: 'bürgernahe sprache', kind: 'list', titles: [T.sprache] },
  { q: 'mitarbeiter nach langer krankheit wieder eingliedern', kind: 'list', titles: [T.bem] },
  // --- filters: dates, time of day, format, place, trainer, provider, length, cost, language --------------------------
  { q: 'was is morgen', kind: 'list', titles: [T.phishing] },
  { q: 'was läuft diese woche noch', kind: 'list', titles: [T.phishing, T.datenschutz] },
  { q: 'nächste woche nachmittags', kind: 'list', titles: [T.stress, T.ki] },
  { q: 'kostenlos in den nächsten zwei wochen', kind: 'list', titles: [T.phishing, T.stress, T.ki] },
  {
    q: 'whats on next month',
    locale: 'en',
    kind: 'list',
    titles: [T.deeskalation, T.doppik, T.ersteHilfe, T.ozg],
  },
  { q: 'online seminare im mai', kind: 'list', titles: [T.ergonomie, T.teams] },
  { q: 'was gibts in döbeln', kind: 'list', ...only(T.english, T.deeskalation) },
  {
    q: 'seminare von der unfallkasse',
    kind: 'list',
    ...only(T.stress, T.deeskalation, T.ersteHilfe, T.ergonomie),
  },
  { q: 'kurse bei frau hartmann', kind: 'list', ...only(T.konflikte, T.fuehrung) },
  { q: 'mehrtägige kurse', kind: 'list', titles: [T.doppik] },
  { q: 'seminars in english', locale: 'en', kind: 'list', titles: [T.english] },
  // --- gone, drafts never shown, greeting, own registrations -----------------------------------------------------------
  { q: 'wann is zeitmanagement', kind: 'gone', gone: T.zeitmanagement },
  { q: 'winterdienst schulung', kind: 'gone', gone: T.winterdienst },
  { q: 'grundsteuer seminar wann war das', kind: 'gone', gone: T.grundsteuer, says: ['Di., 16.02.2027'] },
  { q: 'kassensicherheit', kind: 'gone', gone: T.kasse, says: ['Do., 25.02.2027'] },
  { q: 'wohngeld', kind: 'none' },
  { q: 'social media', kind: 'none' },
  { q: 'hallo', kind: 'help' },
  { q: 'hi', locale: 'en', kind: 'help' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-twenty-fourth, independent catalogue (Landkreis Mittelsachsen, SAKD, SSG, Unfallkasse Sachsen)',
  {
    fixture: 'heldout224-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
