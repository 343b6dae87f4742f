// Over-fitting check, three-hundred-and-sixth catalogue: the autumn 2029 programme for the Stadt Kaufbeuren (Bavaria,
// kreisfreie Stadt in the Allgäu) and its offices, with the Bayerische Verwaltungsschule (BVS), the Kommunale
// Unfallversicherung Bayern (KUVB), the AKDB, the city's own Abteilung Informationstechnik and Personalamt, the
// Feuerwehr Kaufbeuren and the Volkshochschule Kaufbeuren (vhs), imported from a JSON file. Seminars take place in the
// Rathaus Kaufbeuren (Kaiser-Max-Straße 1), the Stadtsaal, the vhs (Kursraum, EDV-Raum, Bewegungsraum), the
// Baubetriebshof, the Feuerwehrhaus and the Gablonzer Haus in Neugablonz, online or hybrid. Several titles do not name
// their subject ("Aufrecht durch den Tag" is back exercises, "Nicht jeder Absender meint es gut" phishing, "Der erste
// Eindruck zählt" etiquette for trainees, "Hoch hinaus, sicher zurück" aerial work platforms, "Besprechung ohne
// Besprechungsraum" Microsoft Teams, "Willkommen an Bord" the induction morning for new staff, "Was hinten drauf ist,
// bleibt drauf" load securing, "Mehr Luft im Kalender" time management, "Ein Blick in die Krone" tree inspection, "Die
// Seiten gewechselt" new managers, "Papierlos bezahlt" e-invoices, "Ruhig bleiben, wenn es laut wird" de-escalation,
// "Darf ich das weitergeben?" data protection); one seminar is held in English (two online mornings). The questions are
// about audiences and budgets (trainees, managers, the Bauhof, newcomers; free, under 100 €, cheapest, multi-day, at
// most half a day, formats), half of them in English, written without looking at the parser or the answers.
//
// Audiences: trainees (Auszubildende) — Startklar (free, 2 days), Der erste Eindruck zählt (35 €), Prüfungstraining
// (270 €, 3 days); managers — Führung, die gesund hält (free, online), Mitarbeiter- und Beurteilungsgespräche (210 €),
// Die Seiten gewechselt (420 €, 2 days); Bauhof / Stadtgärtnerei — Hoch hinaus (free, full day), Was hinten drauf ist
// (free, 3.5 h), Ein Blick in die Krone (380 €, 2 days); new staff — Willkommen an Bord (free, half a day).
// Fees: free — phishing, Startklar, Hubarbeitsbühne, Teams, gesund führen, Willkommen, Brandschutz, Ladungssicherung,
// Erste Hilfe, Deeskalation; paid — 15 € back, 35 € etiquette, 39 € time management, 79 € Excel, 89 € English, 95 €
// e-invoice, 145 € OK.EWO, 210 € appraisals, 230 € OWiG, 270 € exam training, 380 € trees, 420 € new managers.
// At most half a day (≤ 4 h): back 1.5, phishing 1, etiquette 3, Teams 1.5, gesund führen 3, Willkommen 3.5, Brandschutz
// 3.5, OK.EWO 3, Ladung 3.5, time 2, Excel 3.5, e-invoice 3 (the English course is 2 × 2.5 h on two days).
//
// Calendar around `now` (Wednesday 26 September 2029, 16:45 in Kaufbeuren, summer time; summer time ends Sun
// 28.10.2029; Wed 03.10. and Thu 01.11. are public holidays):
//   this week:  Wed 26.09. (today) the data-protection course ran 08:30–12:00 (past); 18:00–19:30 back exercises (vhs,
//               evening, 15 €); Thu 27.09. (tomorrow) 10:00–11:00 phishing (online, IT); Fri 28.09. 13:00–16:00
//               etiquette for trainees (vhs, 35 €)
//   next week:  Mon 01.10.–Tue 02.10. 08:30–15:30 Startklar (Rathaus; deadline passed Fri 21.09. 12:00); Thu 04.10.
//               and Thu 11.10. 09:00–11:30 Plain English on the Phone (online, 89 €)
//   October:    Mon 08.10. 07:00–15:30 aerial work platforms (Baubetriebshof), Tue 09.10. 14:00–15:30 Teams (online),
//               Wed 10.10. 13:00–16:00 gesund führen (online), Thu 11.10. 09:00–12:30 Willkommen an Bord (Rathaus),
//               Fri 12.10. 08:30–12:00 Brandschutzhelfer (Feuerwehrhaus); the cancelled forklift course (Tue 16.10.);
//               Wed 17.10. 09:00–12:00 OK.EWO (online, 145 €); Thu 18.10. 07:30–11:00 load securing (Baubetriebshof);
//               the cancelled mail-merge course (Mon 22.10.); Tue 23.10. 09:00–16:00 appraisals (Rathaus, 210 €); Thu
//               25.10. 09:00–16:00 OWiG (Rathaus, 230 €, deadline Thu 11.10. 23:59)
//   November:   Mon 05.11. 18:00–20:00 time management (online, evening, 39 €); Tue 06.11.–Wed 07.11. 08:00–16:00 tree
//               inspection (Gablonzer Haus, Neugablonz, 380 €, 12 seats); Thu 08.11.–Fri 09.11. 09:00–16:30 new managers
//               (Stadtsaal, 420 €, deadline Fri 19.10. 23:59); Mon 12.11. 08:30–12:00 Excel (vhs, 79 €); Tue 13.11.
//               09:00–12:00 e-invoice (hybrid, Rathaus, 95 €); Thu 15.11. 08:30–16:00 first aid (Feuerwehrhaus, free,
//               KUVB pays); Thu 22.11. 09:00–16:00 de-escalation (Rathaus, free)
//   December:   Mon 03.12.–Wed 05.12. 08:30–15:30 exam training for trainees (Rathaus, 270 €, 18 seats, deadline Fri
//               16.11. 12:00)
//   drafts:     Power BI (Wed 16.01.2030), event permits / Tänzelfest (Thu 24.01.2030)
//   past:       Thu 12.07.2029 procurement law for beginners; Wed 26.09.2029 (this morning) data protection.
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2029-09-26T14:45:00Z'); // Wednesday, 26 September 2029, 16:45 in Kaufbeuren (CEST)
const TZ = 'Europe/Berlin';

const T = {
  ruecken: 'Aufrecht durch den Tag', // Wed 26.09. 18:00–19:30, vhs Bewegungsraum, vhs, Kögel, back exercises, 15 €
  phishing: 'Nicht jeder Absender meint es gut', // Thu 27.09. 10:00–11:00, online, IT, Settele, phishing, free
  knigge: 'Der erste Eindruck zählt', // Fri 28.09. 13:00–16:00, vhs Kursraum, vhs, Hartmann, etiquette for trainees, 35 €
  startklar: 'Startklar: Einführungstage für neue Auszubildende', // Mon 01.10.–Tue 02.10. 08:30–15:30, Rathaus, Personalamt, Wanner, free, deadline passed Fri 21.09. 12:00
  english: 'Plain English on the Phone: Calls and E-mails with International Residents', // Thu 04.10. + Thu 11.10. 09:00–11:30, online, vhs, Gallagher, 89 €, English
  buehne: 'Hoch hinaus, sicher zurück', // Mon 08.10. 07:00–15:30, Baubetriebshof, KUVB, Mayr, aerial work platforms, free
  teams: 'Besprechung ohne Besprechungsraum', // Tue 09.10. 14:00–15:30, online, IT, Settele, Microsoft Teams, free
  gesund: 'Führung, die gesund hält', // Wed 10.10. 13:00–16:00, online, KUVB, Dr. Albrecht, healthy leadership, free, managers
  neue: 'Willkommen an Bord', // Thu 11.10. 09:00–12:30, Rathaus, Personalamt, Wanner, induction for new staff, free
  brandschutz: 'Brandschutzhelferinnen und Brandschutzhelfer: Ausbildung nach ASR A2.2', // Fri 12.10. 08:30–12:00, Feuerwehrhaus, Feuerwehr, Heinle, free
  ewo: 'OK.EWO kompakt: Meldewesen im Bürgerbüro', // Wed 17.10. 09:00–12:00, online, AKDB, Lutz, 145 €
  ladung: 'Was hinten drauf ist, bleibt drauf', // Thu 18.10. 07:30–11:00, Baubetriebshof, KUVB, Mayr, load securing, free
  gespraech: 'Mitarbeiter- und Beurteilungsgespräche führen', // Tue 23.10. 09:00–16:00, Rathaus, BVS, Dr. Kustermann, 210 €, managers
  owi: 'Ordnungswidrigkeitenrecht in der Praxis', // Thu 25.10. 09:00–16:00, Rathaus, BVS, Demmler, 230 €, deadline Thu 11.10. 23:59
  zeit: 'Mehr Luft im Kalender', // Mon 05.11. 18:00–20:00, online, vhs, Hartmann, time management, 39 €
  baum: 'Ein Blick in die Krone', // Tue 06.11.–Wed 07.11. 08:00–16:00, Gablonzer Haus Neugablonz, BVS, Zettler, tree inspection, 380 €, 12 seats
  fuehrung: 'Die Seiten gewechselt', // Thu 08.11.–Fri 09.11. 09:00–16:30, Stadtsaal, BVS, Dr. Kustermann, new managers, 420 €, deadline Fri 19.10. 23:59
  excel: 'Excel für Einsteigerinnen und Einsteiger', // Mon 12.11. 08:30–12:00, vhs EDV-Raum, vhs, Rauch, 79 € (Dienststelle pays)
  erechnung: 'Papierlos bezahlt', // Tue 13.11. 09:00–12:00, hybrid (Rathaus), AKDB, Lutz, e-invoices, 95 €
  ersteHilfe: 'Erste-Hilfe-Fortbildung für betriebliche Ersthelferinnen und Ersthelfer', // Thu 15.11. 08:30–16:00, Feuerwehrhaus, KUVB, Fendt, free (KUVB pays)
  deeskalation: 'Ruhig bleiben, wenn es laut wird', // Thu 22.11. 09:00–16:00, Rathaus, KUVB, Dr. Albrecht, de-escalation, free
  pruefung: 'Prüfungstraining für Auszubildende zur/zum Verwaltungsfachangestellten', // Mon 03.12.–Wed 05.12. 08:30–15:30, Rathaus, BVS, Demmler, 270 €, 18 seats, deadline Fri 16.11. 12:00
  powerbi: 'Berichte mit Power BI', // draft (Wed 16.01.2030)
  veranstaltung: 'Veranstaltungen genehmigen: vom Tänzelfest bis zum Christkindlmarkt', // draft (Thu 24.01.2030)
  stapler: 'Gabelstapler-Fahrausweis für Beschäftigte des Baubetriebshofs', // cancelled (Tue 16.10.2029)
  serienbrief: 'Serienbriefe mit Word', // cancelled (Mon 22.10.2029)
  datenschutz: 'Darf ich das weitergeben?', // past (Wed 26.09.2029, 08:30–12:00, this morning)
  vergabe: 'Vergaberecht für Einsteiger: UVgO und VOB/A', // past (Thu 12.07.2029)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.powerbi, T.veranstaltung, T.stapler, T.serienbrief, T.datenschutz, T.vergabe];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  {
    miss: '"im ersten Lehrjahr" finds only the course for trainees in their first year, not the induction days and the exam training',
    conv: 'azubi',
    q: 'ich bin azubi im ersten lehrjahr, welche kurse sind für mich gedacht?',
    kind: 'list',
    ...only(T.knigge, T.startklar, T.pruefung),
  },
  {
    miss: "follows the trainees' list, which lacks the induction days",
    conv: 'azubi',
    q: 'und was davon ist kostenlos?',
    kind: 'list',
    titles: [T.startklar],
  },
  {
    miss: "follows the trainees' list, which lacks the induction days",
    conv: 'azubi',
    q: 'bis wann kann ich mich dafür anmelden?',
    kind: 'facts',
    titles: [T.startklar],
    says: ['ist am Fr., 21.09.2029, 12:00 Uhr abgelaufen'],
  },
  { conv: 'trainee', q: 'anything free for trainees?', locale: 'en', kind: 'list', titles: [T.startklar] },
  {
    conv: 'trainee',
    q: 'how long does it take?',
    locale: 'en',
    kind: 'facts',
    titles: [T.startklar],
    says: ['lasts 2 days, each from 08:30 to 15:30'],
  },
  {
    conv: 'trainee',
    q: 'where is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.startklar],
    says: ['takes place at Rathaus Kaufbeuren'],
  },
  { conv: 'fk', q: 'was gibt es für führungskräfte?', kind: 'list', ...only(T.gesund, T.gespraech, T.fuehrung) },
  { conv: 'fk', q: 'welches davon ist mehrtägig?', kind: 'list', titles: [T.fuehrung] },
  { conv: 'fk', q: 'was kostet das?', kind: 'facts', titles: [T.fuehrung], says: ['kostet 420 €'] },
  {
    conv: 'managers',
    q: "what's the cheapest course for managers?",
    locale: 'en',
    // (written as a list, the cheapest first, others allowed; the answer is the cost of the cheapest in its first sentence)
    kind: 'facts',
    titles: [T.gesund],
    says: ['is free of charge'],
  },
  {
    conv: 'managers',
    q: 'is it online or in person?',
    locale: 'en',
    kind: 'facts',
    titles: [T.gesund],
    says: ['takes place online'],
  },
  {
    conv: 'managers',
    q: 'when is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.gesund],
    says: ['on Wed, 10 Oct 2029 from 13:00 to 16:00'],
  },
  {
    conv: 'bauhof',
    q: 'ich arbeite im bauhof, gibt es schulungen für uns?',
    kind: 'list',
    ...only(T.buehne, T.ladung, T.baum),
  },
  { conv: 'bauhof', q: 'und was davon dauert höchstens einen halben tag?', kind: 'list', titles: [T.ladung] },
  {
    conv: 'bauhof',
    q: 'wann geht das los?',
    kind: 'facts',
    titles: [T.ladung],
    says: ['beginnt am Do., 18.10.2029 um 07:30 Uhr'],
  },
  { conv: 'bauhof', q: 'kostet das was?', kind: 'facts', titles: [T.ladung], says: ['ist kostenlos'] },
  {
    miss: '"new staff" finds the trainees\' induction days (its title has "Einführungstage") before the induction for new staff',
    conv: 'newcomer',
    q: 'I just started working for the city. Is there an onboarding event for new staff?',
    locale: 'en',
    kind: 'list',
    first: T.neue,
    ...maybeAlso(only(T.neue), T.startklar),
  },
  {
    miss: 'follows the missed induction for new staff',
    conv: 'newcomer',
    q: 'when is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.neue],
    says: ['on Thu, 11 Oct 2029 from 09:00 to 12:30'],
  },
  {
    conv: 'vhs',
    q: 'welcher kurs der vhs kostet am wenigsten?',
    // (written as a list, the cheapest first, others allowed; the answer is the cost of the cheapest in its first sentence)
    kind: 'facts',
    titles: [T.ruecken],
    says: ['kostet 15 €'],
  },
  {
    conv: 'vhs',
    q: 'wann ist der?',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['am Mi., 26.09.2029 von 18:00 bis 19:30 Uhr'],
  },
  { conv: 'english', q: 'is there a course held in English?', locale: 'en', kind: 'list', titles: [T.english] },
  { conv: 'english', q: 'how much is it?', locale: 'en', kind: 'facts', titles: [T.english], says: ['costs €89'] },
  {
    conv: 'english',
    q: 'when exactly?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['on 2 days', 'Thu, 4 Oct 2029 and Thu, 11 Oct 2029', 'each from 09:00 to 11:30'],
  },
  {
    conv: 'mehrtaegig',
    q: 'gibt es mehrtägige seminare?',
    kind: 'list',
    ...maybeAlso(only(T.startklar, T.baum, T.fuehrung, T.pruefung), T.english),
  },
  { conv: 'mehrtaegig', q: 'und welches davon ist kostenlos?', kind: 'list', titles: [T.startklar] },
  {
    conv: 'akdb',
    q: 'half-day courses from the AKDB?',
    locale: 'en',
    kind: 'list',
    ...only(T.ewo, T.erechnung),
  },
  {
    conv: 'akdb',
    q: 'where does the e-invoice one take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.erechnung],
    says: ['Rathaus Kaufbeuren', 'or online'],
  },
  { conv: 'owi', q: 'schulung zum bußgeldverfahren', kind: 'list', titles: [T.owi] },
  {
    conv: 'owi',
    q: 'anmeldeschluss?',
    kind: 'facts',
    titles: [T.owi],
    says: ['bis Do., 11.10.2029, 23:59 Uhr'],
  },
  { conv: 'phishing', q: 'training on phishing emails', locale: 'en', kind: 'list', titles: [T.phishing] },
  {
    conv: 'phishing',
    q: 'how long is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['lasts 1 hour, from 10:00 to 11:00'],
  },
  { conv: 'baum', q: 'baumkontrolle', kind: 'list', titles: [T.baum] },
  {
    conv: 'baum',
    q: 'sind da noch plätze frei?',
    kind: 'facts',
    titles: [T.baum],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  // --- facts -----------------------------------------------------------------------------------------------------------
  {
    q: 'was kostet der excel kurs für einsteiger?',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 79 €'],
    mentions: ['Die Gebühr trägt die entsendende Dienststelle.'],
  },
  {
    q: 'how much is the first aid refresher?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['is free of charge'],
    mentions: ['Die Kosten übernimmt die KUVB.'],
  },
  {
    q: 'how long is the de-escalation training?',
    locale: 'en',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['lasts 7 hours, from 09:00 to 16:00'],
  },
  {
    q: 'ist die schulung zur e-rechnung online oder vor ort?',
    kind: 'facts',
    titles: [T.erechnung],
    says: ['findet hybrid statt', 'Rathaus Kaufbeuren'],
  },
  {
    q: 'registration deadline for the exam preparation course for trainees?',
    locale: 'en',
    kind: 'facts',
    titles: [T.pruefung],
    says: ['until Fri, 16 Nov 2029, 12:00'],
  },
  // --- audiences, budgets, length, formats, times, providers ------------------------------------------------------------
  { q: 'kostenlose seminare für führungskräfte', kind: 'list', titles: [T.gesund] },
  { q: 'ich bin azubi, gibt es was unter 100 euro?', kind: 'list', ...only(T.knigge, T.startklar) },
  { q: 'anything under 100 euros for the Bauhof?', locale: 'en', kind: 'list', ...only(T.buehne, T.ladung) },
  { q: 'vhs-kurse unter 50 euro', kind: 'list', ...only(T.ruecken, T.knigge, T.zeit) },
  { q: 'free online courses', locale: 'en', kind: 'list', ...only(T.phishing, T.teams, T.gesund) },
  {
    q: 'kostenpflichtige online-kurse unter 100 euro',
    kind: 'list',
    ...maybeAlso(only(T.english, T.zeit), T.erechnung),
  },
  {
    q: 'which BVS course costs the least?',
    locale: 'en',
    // (written as a list, the cheapest first, others allowed; the answer is the cost of the cheapest in its first sentence)
    kind: 'facts',
    titles: [T.gespraech],
    says: ['costs €210'],
  },
  {
    q: 'was ist das teuerste seminar?',
    // (written as a list, the dearest first; the answer is the cost of the dearest in its first sentence)
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['kostet 420 €'],
  },
  { q: 'mehrtägige seminare über 300 euro', kind: 'list', ...only(T.baum, T.fuehrung) },
  { q: 'any multi-day training for the Bauhof?', locale: 'en', kind: 'list', titles: [T.baum] },
  { q: 'für führungskräfte, höchstens einen halben tag', kind: 'list', titles: [T.gesund] },
  {
    q: 'kostenlose kurse im oktober, die höchstens einen halben tag dauern',
    kind: 'list',
    ...only(T.teams, T.gesund, T.neue, T.brandschutz, T.ladung),
  },
  {
    q: 'short vhs courses, half a day at most',
    locale: 'en',
    kind: 'list',
    ...maybeAlso(only(T.ruecken, T.knigge, T.zeit, T.excel), T.english),
  },
  { q: 'evening courses?', locale: 'en', kind: 'list', ...only(T.ruecken, T.zeit) },
  { q: 'was läuft diese woche noch?', kind: 'list', titles: [T.ruecken, T.phishing, T.knigge] },
  { q: "what's on next week?", locale: 'en', kind: 'list', titles: [T.startklar, T.english] },
  { q: 'gibt es heute noch was?', kind: 'list', titles: [T.ruecken] },
  {
    q: 'what does the KUVB offer?',
    locale: 'en',
    kind: 'list',
    ...only(T.buehne, T.gesund, T.ladung, T.ersteHilfe, T.deeskalation),
  },
  { q: 'angebote vom personalamt', kind: 'list', ...only(T.startklar, T.neue) },
  {
    miss: '"the city IT department" in lower case is not read as the provider "Abteilung Informationstechnik"; only the phishing course, which names IT, is found',
    q: 'courses run by the city IT department',
    locale: 'en',
    kind: 'list',
    ...only(T.phishing, T.teams),
  },
  // --- subjects only the summary, description or topics name -----------------------------------------------------------
  { q: 'aerial work platform training', locale: 'en', kind: 'list', titles: [T.buehne] },
  { q: 'was hilft gegen rückenschmerzen vom sitzen?', kind: 'list', titles: [T.ruecken] },
  { q: 'umgang mit aggressiven bürgern am schalter', kind: 'list', titles: [T.deeskalation] },
  { q: 'teams meetings for beginners', locale: 'en', kind: 'list', titles: [T.teams] },
  // --- gone, drafts never shown, nothing fits, greeting, no context ----------------------------------------------------
  { q: 'gabelstaplerschein für den bauhof', kind: 'gone', gone: T.stapler },
  { q: 'is the Word mail merge course still on?', locale: 'en', kind: 'gone', gone: T.serienbrief },
  { q: 'datenschutz grundschulung', kind: 'gone', gone: T.datenschutz, says: ['Mi., 26.09.2029'] },
  {
    q: 'when was the procurement law course?',
    locale: 'en',
    kind: 'gone',
    gone: T.vergabe,
    says: ['Thu, 12 Jul 2029'],
  },
  { q: 'power bi schulung', kind: 'none' },
  { q: 'free multi-day courses for managers', locale: 'en', kind: 'none' },
  { q: 'online-schulungen für den bauhof', kind: 'none' },
  { q: 'Grüß Gott!', kind: 'help' },
  { q: 'hi, what can you do?', locale: 'en', kind: 'help' },
  { conv: 'leer', q: 'und was kostet der?', kind: 'noContext' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-sixth, independent catalogue (Stadt Kaufbeuren, BVS, KUVB, AKDB, vhs)',
  {
    fixture: 'heldout306-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
