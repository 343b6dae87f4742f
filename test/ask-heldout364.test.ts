// Over-fitting check, three-hundred-and-sixty-fourth catalogue: the spring/summer 2030 programme for the Landkreis
// Ostprignitz-Ruppin (Brandenburg) and its towns and Ämter (Fontanestadt Neuruppin, Wittstock/Dosse, Hansestadt Kyritz,
// Rheinsberg, Fehrbellin, Amt Temnitz, Amt Lindow (Mark), Amt Neustadt (Dosse)), with the Brandenburgische
// Kommunalakademie (Potsdam), the Landesakademie für öffentliche Verwaltung Brandenburg (LAköV, Königs Wusterhausen), the
// Unfallkasse Brandenburg, and the Kreisverwaltung's Personalservice and Fachdienst Informationstechnik, imported from a
// JSON file. Seminars take place in the Kreisverwaltung in Neuruppin (Virchowstraße 14-16: Großer Sitzungssaal,
// Schulungsraum B 1.08, Raum A 2.14), the Feuerwehrtechnische Zentrale (Am Flugplatz 7, Neuruppin), the DRK-
// Ausbildungszentrum Wittstock, the Rathaus Wittstock (Ratssaal), the Rathaus Kyritz (Sitzungssaal), the Seehof
// Rheinsberg, the Kommunalakademie in Potsdam and the LAköV in Königs Wusterhausen, online or hybrid. Two seminars are
// held in English (the phone-and-e-mail course online, the intercultural workshop hybrid in Neuruppin). Several titles
// do not name their subject ("Ein Postfach für alle Fälle" is the beBPo, "Vertraulich bleibt vertraulich" data
// protection, "Seitenwechsel" new managers, "Wenn es laut wird" de-escalation, "Aufrecht durch den Tag" back exercises
// at lunchtime, "Kollege Algorithmus" AI / ChatGPT, "Das Jahresgespräch" staff appraisals, "Kraft tanken" stress /
// resilience, "Gut vorbereitet in die Sitzung" the municipal constitution for councillors, "Klartext" plain language in
// letters, "Gut angekommen" the induction day), so only summary, description or topics reveal them. About half of the
// questions are in English; many combine two filters (online in June, free next month, managers in Neuruppin).
//
// Calendar around `now` (Tuesday 14 May 2030, 09:15 in Neuruppin, summer time; Ascension Thu 30.05. and Whit Monday
// 10.06.2030 are holidays in Brandenburg):
//   this week:  Tue 14.05. (today) 13:00–14:30 beBPo (online, free); Wed 15.05. (tomorrow) 09:00–16:00 procurement law
//               (Kommunalakademie Potsdam, 260 €, deadline passed Fri 03.05.); Fri 17.05. 08:00–15:30 first aid (DRK
//               Wittstock, Unfallkasse, free)
//   next week:  Tue 21.05. 09:00–12:00 data protection (online, LAköV, free); Wed 22.05.–Thu 23.05. 09:00–16:30 new
//               managers (LAköV Königs Wusterhausen, 420 €, deadline passed Fri 10.05. 23:59); Fri 24.05. 09:00–15:00
//               de-escalation (Rathaus Kyritz, Unfallkasse, free); the cancelled time-management course (Wed 22.05., Kyritz)
//   after:      Wed 29.05. 14:00–16:00 English on the phone (online, free, deadline Mon 27.05. 12:00); nothing else until June
//   June:       Tue 04./11./18./25.06. 12:00–12:30 back exercises (online, Unfallkasse, free); Wed 05.06. 09:00–12:30
//               XRechnung (online, Kommunalakademie, 95 €); Thu 06.06. 09:00–16:00 Doppik (Kreisverwaltung, 180 €); the
//               cancelled Outlook course (Fri 07.06.); nothing on Whit Monday 10.06.; Wed 12.06. 08:00–12:00 fire wardens
//               (FTZ Neuruppin, free); Thu 13.06. 09:00–16:00 leading remote teams (Kreisverwaltung, managers, free);
//               Mon 17.06. 09:00–12:00 AI (hybrid, Kreisverwaltung Schulungsraum B 1.08, free); Wed 19.06. 09:00–16:00
//               staff appraisals (LAköV, managers, 210 €); Thu 20.06. 09:00–12:00 stress (online, Unfallkasse, free);
//               Mon 24.–Wed 26.06. 08:30–15:30 administrative law for career changers (LAköV, 540 €, deadline Fri 31.05.
//               23:59); Thu 27.06. 17:30–20:00 councillors (Rathaus Wittstock, free); Fri 28.06. 09:00–15:00 events and
//               public order (Seehof Rheinsberg, 150 €)
//   July:       Wed 03.07. 13:00–16:00 intercultural workshop (English, hybrid, Kreisverwaltung, free); Thu 04.07.
//               09:00–15:00 plain language (Rathaus Kyritz, LAköV, 120 €); Tue 09.07. 08:30–12:00 risk assessment of
//               mental strain (Kreisverwaltung Raum A 2.14, Unfallkasse, managers, free); Thu 11.07. 09:00–15:00 induction
//               day (Kreisverwaltung, free); the drafts tree protection (Tue 16.07., Rheinsberg) and housing benefit
//               (Wed 17.07., online)
//   past:       Tue 12.03.2030 dog tax (Rathaus Wittstock), Thu 25.04.2030 travel expenses (online).
// Free in June: back exercises, fire wardens, remote leadership, AI (hybrid), stress, councillors. Online in June: back
// exercises, XRechnung, stress (and the hybrid AI workshop). Managers (audience "Führungskräfte"): new managers and staff
// appraisals in Königs Wusterhausen, remote leadership and the mental-strain assessment in Neuruppin.
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2030-05-14T07:15:00Z'); // Tuesday, 14 May 2030, 09:15 in Neuruppin (CEST)
const TZ = 'Europe/Berlin';

const T = {
  bebpo: 'Ein Postfach für alle Fälle', // Tue 14.05. 13:00–14:30, online, FD IT, Herr Marco Lehmann, beBPo, free
  vergabe: 'Vergaberecht kompakt: UVgO und Brandenburgisches Vergabegesetz', // Wed 15.05. 09:00–16:00, Kommunalakademie Potsdam, Herr Dr. Frank Wegener, 260 €, deadline passed Fri 03.05.
  ersteHilfe: 'Erste-Hilfe-Fortbildung für betriebliche Ersthelfer', // Fri 17.05. 08:00–15:30, DRK Wittstock, Unfallkasse, Herr Steffen Krüger (DRK), free
  datenschutz: 'Vertraulich bleibt vertraulich', // Tue 21.05. 09:00–12:00, online, LAköV, Frau Dr. Ines Hartmann, data protection, free
  seitenwechsel: 'Seitenwechsel', // Wed 22.05.–Thu 23.05. 09:00–16:30, LAköV Königs Wusterhausen, Frau Dr. Sabine Wolter, new managers, 420 €, deadline passed Fri 10.05. 23:59
  deeskalation: 'Wenn es laut wird', // Fri 24.05. 09:00–15:00, Rathaus Kyritz, Unfallkasse, Herr Jens Gutsche (Polizei), de-escalation, free
  phone: 'Clear English on the Phone and by E-mail', // Wed 29.05. 14:00–16:00, online, Personalservice, Frau Dr. Fiona MacLeod, English, free, deadline Mon 27.05. 12:00
  ruecken: 'Aufrecht durch den Tag', // Tue 04./11./18./25.06. 12:00–12:30, online, Unfallkasse, Frau Katrin Schulze, back exercises, free
  xrechnung: 'XRechnung im kommunalen Rechnungseingang', // Wed 05.06. 09:00–12:30, online, Kommunalakademie, Herr Thomas Brandt, 95 €
  doppik: 'Doppik verstehen: Der kommunale Haushalt in Brandenburg', // Thu 06.06. 09:00–16:00, Kreisverwaltung Großer Sitzungssaal, Kommunalakademie, Frau Petra Neumann, 180 €
  brandschutz: 'Brandschutzhelfer-Ausbildung nach ASR A2.2', // Wed 12.06. 08:00–12:00, FTZ Neuruppin, Personalservice, Herr Ronny Blume, free
  distanz: 'Führen auf Distanz', // Thu 13.06. 09:00–16:00, Kreisverwaltung Großer Sitzungssaal, Personalservice, Frau Dr. Sabine Wolter, managers, free
  ki: 'Kollege Algorithmus', // Mon 17.06. 09:00–12:00, hybrid (Kreisverwaltung Schulungsraum B 1.08), FD IT, Herr Marco Lehmann, AI, free
  jahresgespraech: 'Das Jahresgespräch', // Wed 19.06. 09:00–16:00, LAköV Königs Wusterhausen, Herr Dr. Klaus Pietsch, managers, 210 €, 14 seats
  stress: 'Kraft tanken', // Thu 20.06. 09:00–12:00, online, Unfallkasse, Frau Miriam Engel, stress / resilience, free
  verwaltungsrecht: 'Allgemeines Verwaltungsrecht: Grundlagenlehrgang für Quereinsteigende', // Mon 24.–Wed 26.06. 08:30–15:30, LAköV, Frau Dr. Renate Kalinowski, 540 €, deadline Fri 31.05. 23:59, 18 seats
  sitzung: 'Gut vorbereitet in die Sitzung', // Thu 27.06. 17:30–20:00, Rathaus Wittstock, Kommunalakademie, Herr Dr. Frank Wegener, councillors, free
  veranstaltungen: 'Veranstaltungen genehmigen: Ordnungsrecht bei Stadtfesten und Märkten', // Fri 28.06. 09:00–15:00, Seehof Rheinsberg, Kommunalakademie, Herr Uwe Schröder, 150 €
  intercultural: 'Working with International Colleagues', // Wed 03.07. 13:00–16:00, hybrid (Kreisverwaltung Großer Sitzungssaal), Personalservice, Frau Dr. Aisha Mensah, English, free
  klartext: 'Klartext', // Thu 04.07. 09:00–15:00, Rathaus Kyritz, LAköV, Frau Anja Vogt, plain language, 120 €
  psyche: 'Gefährdungsbeurteilung psychischer Belastung in der Praxis', // Tue 09.07. 08:30–12:00, Kreisverwaltung Raum A 2.14, Unfallkasse, Herr Dr. Jörg Albrecht, managers, free
  onboarding: 'Gut angekommen', // Thu 11.07. 09:00–15:00, Kreisverwaltung Großer Sitzungssaal, Personalservice, Frau Nadine Krause, induction day, free
  baumschutz: 'Baumschutzsatzung und Fällgenehmigungen', // draft (Tue 16.07.), Rheinsberg
  wohngeld: 'Wohngeld nach der Reform 2030', // draft (Wed 17.07.), online
  outlook: 'Outlook effizient nutzen: Termine, Aufgaben und Gruppenpostfächer', // cancelled (Fri 07.06.), Kreisverwaltung
  zeit: 'Zeitmanagement: Prioritäten setzen im Büroalltag', // cancelled (Wed 22.05.), Rathaus Kyritz
  hundesteuer: 'Hundesteuer und Hundehaltung: Satzung und Vollzug', // past (Tue 12.03.2030), Rathaus Wittstock
  reisekosten: 'Reisekostenrecht Brandenburg: Dienstreisen richtig abrechnen', // past (Thu 25.04.2030), online
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.baumschutz, T.wohngeld, T.outlook, T.zeit, T.hundesteuer, T.reisekosten];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -------------------------------------------------------------------------------------------
  {
    conv: 'fuehrung',
    q: 'Gibt es was für neue Führungskräfte?',
    kind: 'list',
    first: T.seitenwechsel,
    ...maybeAlso(only(T.seitenwechsel), T.distanz, T.jahresgespraech, T.psyche),
  },
  {
    conv: 'fuehrung',
    q: 'kann ich mich da noch anmelden?',
    kind: 'facts',
    titles: [T.seitenwechsel],
    says: ['am Fr., 10.05.2030, 23:59 Uhr abgelaufen'],
  },
  {
    conv: 'fuehrung',
    q: 'Und wo ist das?',
    kind: 'facts',
    titles: [T.seitenwechsel],
    says: ['Schillerstraße 6, 15711 Königs Wusterhausen'],
  },
  { conv: 'fuehrung', q: 'was kostet es', kind: 'facts', titles: [T.seitenwechsel], says: [/kostet 420\s?€/] },
  { conv: 'fk-neuruppin', q: 'Seminare für Führungskräfte in Neuruppin', kind: 'list', ...only(T.distanz, T.psyche) },
  { conv: 'fk-neuruppin', q: 'und welches davon ist im Juli?', kind: 'list', titles: [T.psyche] },
  {
    conv: 'fk-neuruppin',
    q: 'wer leitet das?',
    kind: 'facts',
    titles: [T.psyche],
    says: ['leitet Herr Dr. Jörg Albrecht'],
  },
  {
    conv: 'june-online',
    q: 'any online courses in June?',
    locale: 'en',
    kind: 'list',
    ...maybeAlso(only(T.ruecken, T.xrechnung, T.stress), T.ki),
  },
  {
    conv: 'june-online',
    q: 'which of those are free?',
    locale: 'en',
    kind: 'list',
    ...maybeAlso(only(T.ruecken, T.stress), T.ki),
  },
  {
    conv: 'free-june',
    q: 'free courses next month?',
    locale: 'en',
    kind: 'list',
    ...only(T.ruecken, T.brandschutz, T.distanz, T.ki, T.stress, T.sitzung),
  },
  { conv: 'free-june', q: 'which one is in the evening?', locale: 'en', kind: 'list', titles: [T.sitzung] },
  {
    conv: 'free-june',
    q: 'where is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['Rathaus Wittstock, Ratssaal, Markt 1, 16909 Wittstock/Dosse'],
  },
  {
    conv: 'free-june',
    q: "who's leading it?",
    locale: 'en',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['is led by Herr Dr. Frank Wegener'],
  },
  {
    conv: 'english',
    q: 'Are there any courses taught in English?',
    locale: 'en',
    kind: 'list',
    ...only(T.phone, T.intercultural),
  },
  {
    conv: 'english',
    q: 'which one can I attend in person?',
    locale: 'en',
    kind: 'list',
    titles: [T.intercultural],
  },
  {
    conv: 'english',
    q: 'when is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.intercultural],
    says: ['takes place on Wed, 3 Jul 2030 from 13:00 to 16:00'],
  },
  {
    conv: 'english',
    q: 'is there a fee?',
    locale: 'en',
    kind: 'facts',
    titles: [T.intercultural],
    says: ['is free of charge'],
  },
  { conv: 'vergabe', q: 'Vergaberecht Seminar', kind: 'list', titles: [T.vergabe] },
  {
    conv: 'vergabe',
    q: 'wann geht das los?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['Mi., 15.05.2030', '09:00'],
  },
  {
    conv: 'vergabe',
    q: 'macht der Referent noch andere Seminare?',
    kind: 'list',
    ...maybeAlso(only(T.sitzung), T.vergabe),
  },
  {
    conv: 'quereinstieg',
    q: "I've just joined the administration from the private sector. Is there an introduction to administrative law?",
    locale: 'en',
    kind: 'list',
    titles: [T.verwaltungsrecht],
  },
  {
    conv: 'quereinstieg',
    q: 'how long does it take?',
    locale: 'en',
    kind: 'facts',
    titles: [T.verwaltungsrecht],
    says: ['lasts 3 days, each from 08:30 to 15:30'],
  },
  {
    conv: 'quereinstieg',
    q: 'when do I have to register by?',
    locale: 'en',
    kind: 'facts',
    titles: [T.verwaltungsrecht],
    says: ['until Fri, 31 May 2030, 23:59'],
  },
  {
    conv: 'quereinstieg',
    q: 'any seats left?',
    locale: 'en',
    kind: 'facts',
    titles: [T.verwaltungsrecht],
    says: ['has 18 of 18 seats left'],
  },
  {
    conv: 'ruecken',
    q: 'gibt es was gegen rückenschmerzen vom vielen sitzen?',
    kind: 'list',
    titles: [T.ruecken],
  },
  {
    conv: 'ruecken',
    q: 'an welchen Tagen ist das?',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['an 4 Tagen', 'Di., 04.06.2030', 'Di., 25.06.2030', 'jeweils von 12:00 bis 12:30 Uhr'],
  },
  {
    conv: 'ruecken',
    q: 'muss ich dafür nach Neuruppin fahren?',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['findet online statt'],
  },
  { conv: 'kyritz', q: 'Was gibt es in Kyritz?', kind: 'list', ...only(T.deeskalation, T.klartext) },
  {
    conv: 'kyritz',
    q: 'was kostet der Kurs im Juli?',
    kind: 'facts',
    titles: [T.klartext],
    says: [/kostet 120\s?€/],
  },
  // --- follow-ups with nothing talked about ---------------------------------------------------------------------------
  { conv: 'empty-en', q: 'how much is it?', locale: 'en', kind: 'noContext' },
  { conv: 'empty-de', q: 'Und wo ist das?', kind: 'noContext' },
  // --- facts ------------------------------------------------------------------------------------------------------------
  {
    q: 'wer leitet den Erste-Hilfe-Kurs in Wittstock?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['leitet Herr Steffen Krüger (DRK-Kreisverband Ostprignitz-Ruppin)'],
  },
  {
    q: 'Where is the fire warden training?',
    locale: 'en',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['Feuerwehrtechnische Zentrale Ostprignitz-Ruppin, Lehrsaal, Am Flugplatz 7, 16816 Neuruppin'],
  },
  {
    q: 'wann ist das Seminar zur Doppik?',
    kind: 'facts',
    titles: [T.doppik],
    says: ['am Do., 06.06.2030 von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'Is the AI workshop online or in person?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is hybrid', 'Schulungsraum B 1.08'],
  },
  {
    q: 'sind beim Jahresgespräch noch Plätze frei?',
    kind: 'facts',
    titles: [T.jahresgespraech],
    says: ['noch 14 von 14 Plätzen frei'],
  },
  {
    q: 'How long is the de-escalation training?',
    locale: 'en',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['lasts', 'from 09:00 to 15:00'],
  },
  { q: 'Was kostet die XRechnung-Schulung?', kind: 'facts', titles: [T.xrechnung], says: [/kostet 95\s?€/] },
  {
    q: 'In welcher Sprache ist der Workshop Working with International Colleagues?',
    kind: 'facts',
    titles: [T.intercultural],
    says: ['wird auf Englisch gehalten'],
  },
  {
    q: 'What time does the data protection course start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['starts on Tue, 21 May 2030 at 09:00'],
  },
  {
    q: 'Until when can I sign up for the English phone and e-mail course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.phone],
    says: ['until Mon, 27 May 2030, 12:00'],
  },
  {
    q: 'Ist der Einführungstag für neue Mitarbeiter kostenlos?',
    kind: 'facts',
    titles: [T.onboarding],
    says: ['ist kostenlos'],
  },
  { q: 'zeig mir Details zum Klartext-Seminar', kind: 'details', titles: [T.klartext] },
  // --- subjects only summary, description or topics name -----------------------------------------------------------------
  { q: 'Gibt es eine Schulung zum beBPo?', kind: 'list', titles: [T.bebpo] },
  { q: 'anything on ChatGPT?', locale: 'en', kind: 'list', titles: [T.ki] },
  { q: 'umgang mit aggressiven bürgern', kind: 'list', titles: [T.deeskalation] },
  {
    q: 'Do you have something on stress or burnout?',
    locale: 'en',
    kind: 'list',
    first: T.stress,
    ...maybeAlso(only(T.stress), T.psyche),
  },
  { q: 'Wie schreibe ich verständliche Bescheide?', kind: 'list', titles: [T.klartext] },
  { q: 'onboarding for new staff', locale: 'en', kind: 'list', titles: [T.onboarding] },
  { q: 'Stadtfest genehmigen', kind: 'list', titles: [T.veranstaltungen] },
  { q: 'Schulung für Stadtverordnete', kind: 'list', titles: [T.sitzung] },
  {
    q: 'GDPR training',
    locale: 'en',
    kind: 'list',
    first: T.datenschutz,
    ...maybeAlso(only(T.datenschutz), T.ki),
  },
  { q: 'Is there a course on e-invoicing?', locale: 'en', kind: 'list', titles: [T.xrechnung] },
  {
    q: 'Mitarbeitergespräche führen',
    kind: 'list',
    first: T.jahresgespraech,
    ...maybeAlso(only(T.jahresgespraech), T.seitenwechsel),
  },
  // --- trainers, providers, places ---------------------------------------------------------------------------------------
  {
    q: 'What does the Unfallkasse offer?',
    locale: 'en',
    kind: 'list',
    ...only(T.ersteHilfe, T.deeskalation, T.ruecken, T.stress, T.psyche),
  },
  {
    q: 'Seminare der Landesakademie',
    kind: 'list',
    ...only(T.datenschutz, T.seitenwechsel, T.jahresgespraech, T.verwaltungsrecht, T.klartext),
  },
  {
    q: 'Kurse der Kommunalakademie im Juni',
    kind: 'list',
    ...only(T.xrechnung, T.doppik, T.sitzung, T.veranstaltungen),
  },
  {
    q: 'Was bietet der Personalservice an?',
    kind: 'list',
    ...only(T.phone, T.brandschutz, T.distanz, T.intercultural, T.onboarding),
  },
  { q: 'courses by Dr. Wolter', locale: 'en', kind: 'list', ...only(T.seitenwechsel, T.distanz) },
  {
    q: 'was ist in Königs Wusterhausen?',
    kind: 'list',
    ...only(T.seitenwechsel, T.jahresgespraech, T.verwaltungsrecht),
  },
  { q: 'anything in Rheinsberg?', locale: 'en', kind: 'list', titles: [T.veranstaltungen] },
  { q: 'Was gibt es in Wittstock im Juni?', kind: 'list', titles: [T.sitzung] },
  {
    q: 'courses in Neuruppin in July',
    locale: 'en',
    kind: 'list',
    ...only(T.intercultural, T.psyche, T.onboarding),
  },
  { q: 'Seminare in Perleberg', kind: 'none' },
  // --- dates, formats, fees ------------------------------------------------------------------------------------------------
  { q: 'was ist heute', kind: 'list', titles: [T.bebpo] },
  { q: 'anything tomorrow?', locale: 'en', kind: 'list', titles: [T.vergabe] },
  { q: 'Was läuft diese Woche?', kind: 'list', titles: [T.bebpo, T.vergabe, T.ersteHilfe] },
  {
    q: "what's on next week?",
    locale: 'en',
    kind: 'list',
    titles: [T.datenschutz, T.seitenwechsel, T.deeskalation],
  },
  { q: 'Online-Seminare in den nächsten zwei Wochen', kind: 'list', ...only(T.bebpo, T.datenschutz) },
  {
    q: 'Seminare im Juli',
    kind: 'list',
    titles: [T.intercultural, T.klartext, T.psyche, T.onboarding],
  },
  {
    q: 'anything on a Friday?',
    locale: 'en',
    kind: 'list',
    ...only(T.ersteHilfe, T.deeskalation, T.veranstaltungen),
  },
  { q: 'Gibt es Abendveranstaltungen?', kind: 'list', titles: [T.sitzung] },
  { q: 'afternoon courses in May?', locale: 'en', kind: 'list', ...only(T.bebpo, T.phone) },
  {
    q: 'mehrtägige Seminare',
    kind: 'list',
    ...maybeAlso(only(T.seitenwechsel, T.verwaltungsrecht), T.ruecken),
  },
  {
    q: 'Kurse über 200 Euro',
    kind: 'list',
    ...only(T.vergabe, T.seitenwechsel, T.jahresgespraech, T.verwaltungsrecht),
  },
  { q: 'hybrid courses', locale: 'en', kind: 'list', ...only(T.ki, T.intercultural) },
  { q: 'kostenlose Online-Seminare im Mai', kind: 'list', ...only(T.bebpo, T.datenschutz, T.phone) },
  { q: 'gibt es am 10. Juni was?', kind: 'none' },
  // --- gone, drafts, no match, greetings, own registrations ------------------------------------------------------------
  { q: 'Findet der Outlook-Kurs statt?', kind: 'gone', gone: T.outlook },
  { q: 'Is the time management seminar still on?', locale: 'en', kind: 'gone', gone: T.zeit },
  { q: 'Wann war die Schulung zur Hundesteuer?', kind: 'gone', gone: T.hundesteuer, says: ['Di., 12.03.2030'] },
  { q: 'travel expenses seminar', locale: 'en', kind: 'gone', gone: T.reisekosten, says: ['25 Apr 2030'] },
  { q: 'Baumschutzsatzung Seminar', kind: 'none' },
  { q: 'Is there a housing benefit course?', locale: 'en', kind: 'none' },
  { q: 'Do you offer Polish lessons?', locale: 'en', kind: 'none' },
  { q: 'Hallo!', kind: 'help' },
  { q: 'Hi, what can you do?', locale: 'en', kind: 'help' },
  { q: 'Danke, das hilft mir!', kind: 'thanks' },
  { q: 'Which seminars have I booked?', locale: 'en', kind: 'myRegistrations' },
  { q: 'Wofür bin ich angemeldet?', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-sixty-fourth, independent catalogue (Landkreis Ostprignitz-Ruppin, Brandenburgische Kommunalakademie, LAköV, Unfallkasse Brandenburg, Personalservice)',
  {
    fixture: 'heldout364-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
