// Over-fitting check, three-hundred-and-twelfth catalogue: the summer 2029 programme for the Landkreis Oder-Spree
// (Brandenburg; seat Beeskow) and its towns and municipalities (Fürstenwalde/Spree, Eisenhüttenstadt, Erkner, Storkow
// (Mark), Schöneiche bei Berlin, Grünheide (Mark)), with the Brandenburgische Kommunalakademie (BKA), the Unfallkasse
// Brandenburg (UK BB), the county's IT-Service and Personalentwicklung (PE) and the Volkshochschule Oder-Spree (VHS),
// imported from a JSON file. Seminars take place in the Kreisverwaltung in Beeskow, the Burg Beeskow, the town halls of
// Fürstenwalde, Eisenhüttenstadt, Erkner, Storkow and Schöneiche, the VHS house in Fürstenwalde, online or hybrid.
// The questions are mostly about providers and trainers, as colleagues ask them: "was bietet die Unfallkasse an?",
// "Kurse von Frau Schulze", "wer von der Kommunalakademie …", "courses by Mr Schulze", "hat die VHS was im Juni?",
// with titles (Dr.), abbreviations in lower case (bka, uk bb, ukbb, pe, vhs), mixed with facts and short follow-ups,
// German and some English, written without looking at the parser or the answers.
// Two surnames are shared on purpose: Herr Ronny Schulze (UK BB) and Frau Petra Schulze (PE), Herr Tobias Nowak (IT)
// and Frau Agnieszka Nowak (VHS, Polish). The evening course for new council members is led by two trainers (Dr. Lorenz
// and Dr. Wendland). Several titles do not name their subject ("Erst denken, dann klicken" is phishing, "Was uns
// wirklich belastet" the risk assessment of mental stress, "Aufrecht durch den Tag" back exercises, "Post aus dem
// Portal" online applications (OZG), "Mehr Luft im Kalender" time management, "Die Zahlen im Griff" the double-entry
// municipal budget, "Wenn der Sommer kommt" outdoor work (UV, heat, ticks), "Seitenwechsel" new managers, "Die Sitzung
// ist eröffnet" the council meeting service, "Fragen an die Maschine" AI, "Gewählt – und jetzt?" new council members,
// "Kurz, klar, freundlich" plain language, "Ruhe bewahren, wenn es laut wird" de-escalation with aggressive clients,
// "Willkommen an Bord" the trainees' induction day); one seminar is held in English.
//
// Calendar around `now` (Tuesday 15 May 2029, 12:45 in Beeskow, summer time; Ascension was Thu 10.05., Whit Monday is
// Mon 21.05.2029, a public holiday with nothing on):
//   this week:  Tue 15.05. (today) 14:00–15:30 phishing (online, IT, Herr Nowak, free); Wed 16.05. 09:00–15:00 mental
//               stress (Kreisverwaltung Beeskow, UK BB, Frau Krüger) and 18:00–19:30 the first of three back-exercise
//               evenings (VHS Fürstenwalde, Herr Schmidt, 36 €); Thu 17.05. 09:00–12:00 Excel (online, VHS, Frau
//               Fiedler, 59 €); Fri 18.05. 08:30–16:00 first aid (Rathaus Eisenhüttenstadt, UK BB, Herr Schulze, free)
//   next week:  Mon 21.05. holiday; Tue 22.05. 09:00–16:00 procurement (Kreisverwaltung, BKA, Herr Pohl, 260 €, deadline
//               passed Fri 11.05. 12:00); Wed 23.05. back exercises (2nd evening); Thu 24.05. 09:00–12:30 English
//               (Rathaus Eisenhüttenstadt, VHS, Frau Carter, 95 €, deadline Thu 17.05. 23:59) and 13:30–15:00 online
//               applications (online, IT, Herr Nowak); the cancelled Word course (Mon 28.05.)
//   May, rest:  Tue 29.05. 13:00–16:00 time management (online, PE, Frau Schulze); Wed 30.05. back exercises (3rd and
//               last evening); Thu 31.05. 09:00–16:00 budget (Rathaus Fürstenwalde, BKA, Dr. Wendland, 240 €)
//   June:       Tue 05.06. 09:00–12:00 e-invoice (hybrid, Kreisverwaltung, IT, Frau Lehmann); Wed 06.06. 07:30–12:00
//               outdoor work (Rathaus Schöneiche, UK BB, Herr Schulze); Thu 07.06. and Thu 14.06. 09:00–16:30 new managers
//               (Kreisverwaltung, PE, Dr. Bergmann, deadline Fri 25.05. 23:59); the cancelled driving course (Fri
//               08.06.); Tue 12.06., 19.06., 26.06. 17:30–19:00 Polish (online, VHS, Frau Nowak, 45 €); Wed 13.06.
//               09:00–12:00 meeting service (online, BKA, Dr. Lorenz, 95 €); Fri 15.06. 09:00–13:00 fire wardens (Rathaus
//               Erkner, UK BB, Herr Kaiser); Wed 20.06. 13:00–16:00 AI (Rathaus Fürstenwalde, IT, Frau Lehmann); Thu
//               28.06. 18:00–21:00 new council members (Rathaus Storkow, BKA, Dr. Lorenz and Dr. Wendland, 40 €)
//   later:      Wed 04.07. plain language (VHS Fürstenwalde, Dr. Hofmann, 110 €, deadline Fri 15.06. 12:00); the draft
//               PowerPoint course (Tue 10.07.); Tue 21.08. de-escalation (Rathaus Erkner, UK BB, Frau Krüger); Mon
//               03.09. trainees' induction day (Kreisverwaltung, PE, Frau Schulze, 35 seats); Tue 11.09. fees and
//               charges under the KAG (Burg Beeskow, BKA, Dr. Wendland, 230 €); the draft Kita fees course (Wed 19.09.)
//   past:       Wed 14.03.2029 local elections (online, BKA, Dr. Lorenz), Tue 17.04.2029 BEM talks (Kreisverwaltung, PE,
//               Frau Schulze).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2029-05-15T10:45:00Z'); // Tuesday, 15 May 2029, 12:45 in Beeskow (CEST)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Erst denken, dann klicken', // Tue 15.05. 14:00–15:30, online, IT, Herr Tobias Nowak, phishing, free
  belastung: 'Was uns wirklich belastet', // Wed 16.05. 09:00–15:00, Kreisverwaltung Beeskow, UK BB, Frau Sandra Krüger, mental stress, free
  ruecken: 'Aufrecht durch den Tag', // Wed 16.05., 23.05., 30.05. 18:00–19:30, VHS Fürstenwalde, VHS, Herr Uwe Schmidt, back, 36 €, 15 seats
  excel: 'Excel: Formeln, SVERWEIS und Pivot-Tabellen', // Thu 17.05. 09:00–12:00, online, VHS, Frau Claudia Fiedler, 59 € (PE pays for county staff)
  ersteHilfe: 'Erste-Hilfe-Fortbildung für betriebliche Ersthelferinnen und Ersthelfer', // Fri 18.05. 08:30–16:00, Rathaus Eisenhüttenstadt, UK BB, Herr Ronny Schulze, free
  vergabe: 'Vergaben unterhalb der Schwellenwerte: BbgVergG und UVgO', // Tue 22.05. 09:00–16:00, Kreisverwaltung, BKA, Herr Matthias Pohl, 260 €, deadline passed Fri 11.05. 12:00
  english: 'Clear English at the Service Counter', // Thu 24.05. 09:00–12:30, Rathaus Eisenhüttenstadt, VHS, Frau Emily Carter, 95 €, in English, deadline Thu 17.05. 23:59
  ozg: 'Post aus dem Portal', // Thu 24.05. 13:30–15:00, online, IT, Herr Tobias Nowak, online applications (OZG), free
  zeit: 'Mehr Luft im Kalender', // Tue 29.05. 13:00–16:00, online, PE, Frau Petra Schulze, time management, free
  haushalt: 'Die Zahlen im Griff', // Thu 31.05. 09:00–16:00, Rathaus Fürstenwalde, BKA, Frau Dr. Katrin Wendland, Doppik budget, 240 €
  erechnung: 'E-Rechnung: XRechnung empfangen, prüfen und buchen', // Tue 05.06. 09:00–12:00, hybrid (Kreisverwaltung), IT, Frau Jana Lehmann, free
  sommer: 'Wenn der Sommer kommt', // Wed 06.06. 07:30–12:00, Rathaus Schöneiche, UK BB, Herr Ronny Schulze, outdoor work (UV, heat, ticks), free
  fuehrung: 'Seitenwechsel', // Thu 07.06. and Thu 14.06. 09:00–16:30, Kreisverwaltung, PE, Herr Dr. Frank Bergmann, new managers, free, deadline Fri 25.05. 23:59
  polnisch: 'Dzień dobry! Polnisch im Bürgerkontakt', // Tue 12.06., 19.06., 26.06. 17:30–19:00, online, VHS, Frau Agnieszka Nowak, 45 €
  sitzung: 'Die Sitzung ist eröffnet', // Wed 13.06. 09:00–12:00, online, BKA, Herr Dr. Henning Lorenz, meeting service, 95 €
  brandschutz: 'Ausbildung zum Brandschutzhelfer nach ASR A2.2', // Fri 15.06. 09:00–13:00, Rathaus Erkner, UK BB, Herr Mario Kaiser, free
  ki: 'Fragen an die Maschine', // Wed 20.06. 13:00–16:00, Rathaus Fürstenwalde, IT, Frau Jana Lehmann, AI / ChatGPT, free
  gemeindevertretung: 'Gewählt – und jetzt?', // Thu 28.06. 18:00–21:00, Rathaus Storkow (Mark), BKA, Dr. Lorenz and Dr. Wendland, new council members, 40 €
  sprache: 'Kurz, klar, freundlich', // Wed 04.07. 09:00–16:00, VHS Fürstenwalde, VHS, Frau Dr. Miriam Hofmann, plain language, 110 €, deadline Fri 15.06. 12:00
  deeskalation: 'Ruhe bewahren, wenn es laut wird', // Tue 21.08. 09:00–16:00, Rathaus Erkner, UK BB, Frau Sandra Krüger, aggressive clients, free
  azubi: 'Willkommen an Bord', // Mon 03.09. 09:00–15:00, Kreisverwaltung, PE, Frau Petra Schulze, trainees' induction day, free, 35 seats
  kag: 'Gebühren und Beiträge nach dem KAG Brandenburg', // Tue 11.09. 09:00–16:00, Burg Beeskow, BKA, Frau Dr. Katrin Wendland, 230 €
  powerpoint: 'Präsentieren mit PowerPoint', // draft (Tue 10.07.), VHS, Frau Fiedler
  kita: 'Kita-Elternbeiträge rechtssicher kalkulieren', // draft (Wed 19.09.), BKA, Dr. Wendland
  fahrsicherheit: 'Fahrsicherheitstraining für Dienstwagenfahrer', // cancelled (Fri 08.06.2029), UK BB, Herr Kaiser
  serienbrief: 'Word: Serienbriefe und Formulare', // cancelled (Mon 28.05.2029), VHS, Frau Fiedler
  wahl: 'Kommunalwahl 2029: Aufgaben der Wahlbehörden', // past (Wed 14 March 2029), online, BKA, Dr. Lorenz
  bem: 'BEM-Gespräche führen: Betriebliches Eingliederungsmanagement', // past (Tue 17 April 2029), PE, Frau Schulze
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.powerpoint, T.kita, T.fahrsicherheit, T.serienbrief, T.wahl, T.bem];
const only = onlyAmong(all, NEVER);

const UKBB = only(T.belastung, T.ersteHilfe, T.sommer, T.brandschutz, T.deeskalation);
const BKA = only(T.vergabe, T.haushalt, T.sitzung, T.gemeindevertretung, T.kag);
const VHS = only(T.ruecken, T.excel, T.english, T.polnisch, T.sprache);
const IT = only(T.phishing, T.ozg, T.erechnung, T.ki);
const PE = only(T.zeit, T.fuehrung, T.azubi);

const CASES: Case[] = [
  // --- providers: full names, abbreviations, lower case ----------------------------------------------------------------
  { q: 'was bietet die Unfallkasse an?', kind: 'list', ...UKBB },
  {
    q: 'kurse der uk bb',
    kind: 'list',
    ...UKBB,
  },
  { q: 'seminare der bka', kind: 'list', ...BKA },
  { q: 'was hat die vhs im angebot', kind: 'list', ...VHS },
  { q: 'what does the county IT offer?', locale: 'en', kind: 'list', ...IT },
  {
    miss: '"pe" (Personalentwicklung) is no abbreviation the search knows',
    q: 'was bietet die pe an',
    kind: 'list',
    ...PE,
  },
  { q: 'hat die VHS was im Juni?', kind: 'list', titles: [T.polnisch] },
  { q: 'welche online-seminare hat die brandenburgische kommunalakademie', kind: 'list', titles: [T.sitzung] },
  { q: 'abendkurse der volkshochschule', kind: 'list', ...only(T.ruecken, T.polnisch) },
  { q: 'hat die unfallkasse auch kostenpflichtige kurse?', kind: 'none' },
  // --- "wer von …": the trainer of a provider's course -----------------------------------------------------------------
  {
    q: 'wer von der kommunalakademie macht den haushaltskurs?',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['leitet Frau Dr. Katrin Wendland'],
  },
  {
    q: 'wer von der kommunalakademie ist fürs vergaberecht zuständig?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['leitet Herr Matthias Pohl'],
  },
  {
    q: 'wer macht bei der unfallkasse die erste-hilfe-fortbildung?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['leitet Herr Ronny Schulze'],
  },
  {
    q: 'wer leitet den polnischkurs der vhs?',
    kind: 'facts',
    titles: [T.polnisch],
    says: ['leitet Frau Agnieszka Nowak'],
  },
  {
    q: 'who teaches the english course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['is led by Frau Emily Carter'],
  },
  // --- trainers: Frau/Herr, titles, shared surnames, first names, English ----------------------------------------------
  { q: 'Kurse von Frau Schulze', kind: 'list', ...only(T.zeit, T.azubi) },
  { q: 'courses by Mr Schulze', locale: 'en', kind: 'list', ...only(T.ersteHilfe, T.sommer) },
  { q: 'was macht herr nowak', kind: 'list', ...only(T.phishing, T.ozg) },
  { q: 'seminare bei frau nowak', kind: 'list', titles: [T.polnisch] },
  { q: 'kurse von dr. lorenz', kind: 'list', ...only(T.sitzung, T.gemeindevertretung) },
  { q: 'welche seminare hält frau dr. wendland?', kind: 'list', ...only(T.haushalt, T.gemeindevertretung, T.kag) },
  { q: 'gibt es was von frau krueger', kind: 'list', ...only(T.belastung, T.deeskalation) },
  { q: 'seminare von jana lehmann', kind: 'list', ...only(T.erechnung, T.ki) },
  { q: 'was macht claudia fiedler', kind: 'list', titles: [T.excel] },
  { q: 'kurse von herrn kaiser', kind: 'list', titles: [T.brandschutz] },
  { q: 'kurse von dr. lorenz am abend', kind: 'list', titles: [T.gemeindevertretung] },
  { q: 'hat frau schulze im juni etwas?', kind: 'none' },
  { q: 'kurse von dr. müller', kind: 'none' },
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'uk-juni', q: 'was bietet die unfallkasse im juni an?', kind: 'list', titles: [T.sommer, T.brandschutz] },
  {
    conv: 'uk-juni',
    q: 'wo ist der brandschutzkurs?',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['findet im Rathaus Erkner'],
  },
  { conv: 'uk-juni', q: 'kostet der was?', kind: 'facts', titles: [T.brandschutz], says: ['ist kostenlos'] },
  {
    conv: 'gv',
    q: 'gibt es von der kommunalakademie was für neue gemeindevertreter?',
    kind: 'list',
    titles: [T.gemeindevertretung],
  },
  {
    conv: 'gv',
    q: 'wer leitet das?',
    kind: 'facts',
    titles: [T.gemeindevertretung],
    says: ['leiten Herr Dr. Henning Lorenz und Frau Dr. Katrin Wendland'],
  },
  {
    conv: 'gv',
    q: 'wann und wo?',
    kind: 'facts',
    titles: [T.gemeindevertretung],
    says: ['am Do., 28.06.2029 von 18:00 bis 21:00 Uhr', 'im Rathaus Storkow (Mark)'],
  },
  {
    conv: 'fuehrung',
    q: 'was bietet die personalentwicklung für neue führungskräfte?',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'fuehrung',
    q: 'an welchen tagen?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 07.06.2029 und Do., 14.06.2029', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    conv: 'fuehrung',
    q: 'und wer ist der referent?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['leitet Herr Dr. Frank Bergmann'],
  },
  { conv: 'en', q: 'does the vhs have anything in english?', locale: 'en', kind: 'list', titles: [T.english] },
  {
    conv: 'en',
    q: 'when is the registration deadline?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['until Thu, 17 May 2029, 23:59'],
  },
  { conv: 'en', q: 'how much is it?', locale: 'en', kind: 'facts', titles: [T.english], says: ['costs €95'] },
  { conv: 'it', q: 'what does the IT-Service offer this week?', locale: 'en', kind: 'list', titles: [T.phishing] },
  {
    conv: 'it',
    q: 'how long does it take',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['lasts 1.5 hours, from 14:00 to 15:30'],
  },
  { conv: 'ruecken', q: 'hat die vhs etwas für den rücken?', kind: 'list', titles: [T.ruecken] },
  {
    conv: 'ruecken',
    q: 'wann sind die termine?',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['an 3 Tagen', 'Mi., 16.05.2029, Mi., 23.05.2029 und Mi., 30.05.2029', 'jeweils von 18:00 bis 19:30 Uhr'],
  },
  { conv: 'krueger', q: 'kurse von frau krüger', kind: 'list', ...only(T.belastung, T.deeskalation) },
  {
    conv: 'krueger',
    q: 'wann ist der erste davon?',
    kind: 'facts',
    titles: [T.belastung],
    says: ['am Mi., 16.05.2029 von 09:00 bis 15:00 Uhr'],
  },
  { conv: 'leer', q: 'und wer leitet den?', kind: 'noContext' },
  // --- facts -----------------------------------------------------------------------------------------------------------
  {
    q: 'was kostet der excel-kurs der vhs?',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 59 €'],
    mentions: ['Für Beschäftigte der Kreisverwaltung übernimmt die Personalentwicklung die Gebühr.'],
  },
  {
    miss: '"bka" (Brandenburgische Kommunalakademie) is no abbreviation the search knows, so three courses of the academy answer',
    q: 'anmeldeschluss für den vergabekurs der bka',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['ist am Fr., 11.05.2029, 12:00 Uhr abgelaufen'],
  },
  {
    q: 'ist die e-rechnungs-schulung vom it-service online?',
    kind: 'facts',
    titles: [T.erechnung],
    says: ['findet hybrid statt', 'in der Kreisverwaltung Oder-Spree'],
  },
  {
    q: "how long is Dr. Wendland's KAG seminar?",
    locale: 'en',
    kind: 'facts',
    titles: [T.kag],
    says: ['lasts 7 hours, from 09:00 to 16:00'],
  },
  {
    q: 'bis wann kann man sich für den kurs von dr. hofmann anmelden?',
    kind: 'facts',
    titles: [T.sprache],
    says: ['bis Fr., 15.06.2029, 12:00 Uhr'],
  },
  {
    q: 'wie viele plätze sind beim einführungstag für azubis noch frei?',
    kind: 'facts',
    titles: [T.azubi],
    says: ['noch 35 von 35 Plätzen frei'],
  },
  // --- subjects only the summary, description or topics name -----------------------------------------------------------
  { q: 'phishing mails erkennen', kind: 'list', titles: [T.phishing] },
  { q: 'gefährdungsbeurteilung psychische belastung', kind: 'list', titles: [T.belastung] },
  { q: 'zeckenschutz für den bauhof', kind: 'list', titles: [T.sommer] },
  { q: 'umgang mit aggressiven kunden', kind: 'list', titles: [T.deeskalation] },
  // --- time and place --------------------------------------------------------------------------------------------------
  { q: 'läuft heute noch etwas?', kind: 'list', titles: [T.phishing] },
  { q: 'was läuft diese woche?', kind: 'list', titles: [T.phishing, T.belastung, T.ruecken, T.excel, T.ersteHilfe] },
  {
    miss: 'the back course, whose second evening is next week, is ordered by its first evening (tomorrow), so it comes before the procurement course on 22.05.',
    q: 'was ist nächste woche los',
    kind: 'list',
    first: T.vergabe,
    ...maybeAlso(only(T.vergabe, T.english, T.ozg), T.ruecken),
  },
  { q: 'courses in eisenhüttenstadt', locale: 'en', kind: 'list', ...only(T.ersteHilfe, T.english) },
  {
    q: 'was findet in beeskow statt',
    kind: 'list',
    ...only(T.belastung, T.vergabe, T.erechnung, T.fuehrung, T.azubi, T.kag),
  },
  { q: 'gibt es was in grünheide', kind: 'none' },
  // --- gone, drafts never shown, greeting ------------------------------------------------------------------------------
  { q: 'der kurs von dr. lorenz zur kommunalwahl', kind: 'gone', gone: T.wahl, says: ['Mi., 14.03.2029'] },
  { q: 'bem schulung von frau schulze', kind: 'gone', gone: T.bem, says: ['Di., 17.04.2029'] },
  { q: 'fahrsicherheitstraining der unfallkasse', kind: 'gone', gone: T.fahrsicherheit },
  { q: 'serienbriefe in word', kind: 'gone', gone: T.serienbrief },
  { q: 'powerpoint kurs', kind: 'none' },
  { q: 'kita-elternbeiträge kalkulieren', kind: 'none' },
  { q: 'Hallo!', kind: 'help' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-twelfth, independent catalogue (Landkreis Oder-Spree, BKA, UK BB, IT, PE, VHS Oder-Spree)',
  {
    fixture: 'heldout312-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
