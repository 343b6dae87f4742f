// Over-fitting check, three-hundred-and-eighty-sixth catalogue: the autumn 2031 programme for the Ortenaukreis
// (Baden-Württemberg) — the Landratsamt Ortenaukreis in Offenburg, the Stadt Lahr, the Stadt Kehl and the Gemeinde
// Schutterwald — with the Verwaltungsschule des Gemeindetags Baden-Württemberg, the Landratsamt's Amt für Personal und
// Organisation, Komm.ONE, the Unfallkasse Baden-Württemberg and the Eurodistrikt Strasbourg-Ortenau (cross-border
// seminars), imported from a JSON file. Seminars take place in the Landratsamt Ortenaukreis (Badstraße 20, Offenburg:
// Großer Sitzungssaal, Raum 307), the Rathaus Lahr (Bürgersaal), the Rathaus Kehl (Ratssaal, Schulungsraum 2.14), the
// Bildungszentrum of the Verwaltungsschule in Stuttgart, online or hybrid. Two seminars are held in French (the
// introduction to the French administration, in person in Kehl, and the online front-desk workshop "Accueillir en
// français"; the catalogue's language field knows only de and en, so their descriptions say so), two in English (the
// Interreg application workshop, online, and the English course for international delegations, hybrid in Raum 307). The
// beginners' French course "Bonjour, voisins!" is a Französischkurs, but taught mostly in German: a "Französischkurs"
// is not the same as a "Kurs auf Französisch". Several titles do not name their subject ("Kein Klick zu viel" phishing
// / IT security, "Über den Rhein" cross-border commuters, "Wenn es laut wird" de-escalation, "Der Rücken macht mit"
// back exercises at lunchtime, "Gut ankommen" induction day, "Zahlen für den Gemeinderat" the municipal budget for
// council members, "Klartext" plain language, "Schreiben mit Assistenz" AI / ChatGPT, "Durchatmen" stress, "Heiraten
// über die Grenze" marriages with a foreign element at the registry office), so only summary, description or topics
// reveal it. About 40 % of the questions are in English.
//
// Calendar around `now` (Wednesday 15 October 2031, 09:00 in Offenburg, summer time; winter time begins Sun 26.10.2031;
// Tag der Deutschen Einheit Fri 03.10. is past, Allerheiligen Sat 01.11.2031 is a holiday in Baden-Württemberg):
//   this week:  Wed 15.10. (today) 14:00–15:30 phishing (online); Thu 16.10. 09:00–12:30 service-bw (Raum 307, 90 €,
//               deadline passed Fri 10.10. 23:59); Fri 17.10. 09:00–12:00 cross-border commuters (hybrid, Rathaus Kehl,
//               deadline Thu 16.10. 12:00)
//   next week:  Tue 21.10. 09:00–16:00 de-escalation (Rathaus Lahr); Tue 21.10. 16:30–18:00 first of six French
//               lessons (Rathaus Kehl; then Tue 28.10., 04.11., 11.11., 18.11., 25.11.; 120 €, deadline Fri 17.10.
//               23:59); Wed 22.10. 09:00–16:00 Gemeindeordnung (Stuttgart, 240 €, deadline passed Wed 08.10.); Thu
//               23.10. 12:15–12:45 back exercises (online; also Thu 30.10. and 06.11.); Fri 24.10. 08:30–15:00 induction
//               day (Landratsamt, Großer Sitzungssaal)
//   late Oct.:  Mon 27.10. 09:00–11:30 data protection (online) and 13:00–16:30 winter road service (Rathaus Lahr, 95 €);
//               the cancelled PowerPoint course (Wed 29.10., Raum 307); nothing on Fri 31.10.
//   November:   Mon 03.11. first aid (Landratsamt); Wed 05.11. 09:00–12:30 plain language (Raum 307); Thu 06.11.
//               09:30–16:00 the French administration (in French, Rathaus Kehl); Mon 10.11.–Tue 11.11. 09:00–16:30 new
//               managers (Stuttgart, 520 €, deadline Fri 24.10. 23:59); Tue 11.11. 09:00–12:30 Interreg (English,
//               online, deadline Mon 03.11.); Thu 13.11. 09:00–15:30 procurement (online, 210 €, 30 seats); the cancelled
//               study trip to Strasbourg (Fri 14.11.); Tue 18.11. 18:30–21:00 budget for council members (Rathaus Lahr);
//               Wed 19.11. 14:00–16:00 "Accueillir en français" (French, online); Thu 20.11. 09:00–12:00 AI (hybrid,
//               Großer Sitzungssaal); Thu 27.11. 13:30–16:30 English for delegations (hybrid, Raum 307, 40 €)
//   December:   Wed 03.12. 08:30–12:30 fire wardens (Rathaus Kehl); Thu 04.12. 09:00–16:00 marriages with a foreign
//               element (Rathaus Kehl, 190 €, deadline Fri 14.11. 12:00); Tue 09.12. 09:00–12:00 stress (online); the
//               drafts accessible websites (Wed 10.12.) and Instagram (Tue 16.12.)
//   past:       Tue 09.09.2031 summer heat at work (Landratsamt), Thu 18.09.2031 property tax (online).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2031-10-15T07:00:00Z'); // Wednesday, 15 October 2031, 09:00 in Offenburg (CEST)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Kein Klick zu viel', // Wed 15.10. 14:00–15:30, online, Komm.ONE, Herr Marco Rieger, IT security / phishing, free
  ozg: 'Onlinedienste mit service-bw: Anträge digital bearbeiten', // Thu 16.10. 09:00–12:30, LRA Raum 307, Komm.ONE, Frau Sandra Kienzle, 90 €, deadline passed Fri 10.10. 23:59
  grenzgaenger: 'Über den Rhein', // Fri 17.10. 09:00–12:00, hybrid (Rathaus Kehl, Ratssaal), Eurodistrikt, Frau Claire Muller (INFOBEST), cross-border commuters, German, free, deadline Thu 16.10. 12:00
  franz: 'Bonjour, voisins!', // Tue 21.10.–25.11., 6 × 16:30–18:00, Rathaus Kehl, Schulungsraum 2.14, Eurodistrikt, Madame Sophie Lefèvre, French for beginners (taught in German), 120 €, deadline Fri 17.10. 23:59
  verwaltungFr: "Comprendre l'administration française", // Thu 06.11. 09:30–16:00, Rathaus Kehl, Ratssaal, Eurodistrikt, M. Julien Schaeffer, held in French, free
  accueil: 'Accueillir en français', // Wed 19.11. 14:00–16:00, online, Eurodistrikt, Madame Sophie Lefèvre, front desk in French (B1), held in French, free
  interreg: 'Interreg Upper Rhine: Writing Successful Project Applications', // Tue 11.11. 09:00–12:30, online, Eurodistrikt, Dr. Anna Berger, English, free, deadline Mon 03.11. 23:59
  presenting: 'Presenting the Ortenau: English for International Delegations', // Thu 27.11. 13:30–16:30, hybrid (LRA Raum 307), LRA Personal, Mr. David Hughes, English course, 40 €
  deeskalation: 'Wenn es laut wird', // Tue 21.10. 09:00–16:00, Rathaus Lahr, UKBW, Herr Thomas Wälde (Polizei), de-escalation, free
  ruecken: 'Der Rücken macht mit', // Thu 23.10., 30.10., 06.11. 12:15–12:45, online, UKBW, Frau Jana Hoferer, back exercises, free
  ersteHilfe: 'Erste-Hilfe-Fortbildung für betriebliche Ersthelfende', // Mon 03.11. 08:30–16:00, LRA Großer Sitzungssaal, UKBW, Herr Stefan Roth (DRK), free
  onboarding: 'Gut ankommen', // Fri 24.10. 08:30–15:00, LRA Großer Sitzungssaal, LRA Personal, Frau Verena Schäuble, induction day, Landratsamt only, free
  fuehrung: 'Neu in der Führungsrolle', // Mon 10.11.–Tue 11.11. 09:00–16:30, Stuttgart, VWS, Frau Dr. Katrin Wendt, 520 €, deadline Fri 24.10. 23:59
  haushalt: 'Zahlen für den Gemeinderat', // Tue 18.11. 18:30–21:00, Rathaus Lahr, VWS, Herr Prof. Dr. Martin Keller (Hochschule Kehl), budget for council members, free
  kommunalrecht: 'Gemeindeordnung Baden-Württemberg kompakt', // Wed 22.10. 09:00–16:00, Stuttgart, VWS, Herr Dr. Ulrich Baumann, 240 €, deadline passed Wed 08.10.
  vergabe: 'Vergaberecht: UVgO und VOB/A in der Praxis', // Thu 13.11. 09:00–15:30, online, VWS, Herr Dr. Ulrich Baumann, 210 €, 30 seats
  klartext: 'Klartext', // Wed 05.11. 09:00–12:30, LRA Raum 307, LRA Personal, Frau Miriam Falk, plain language, free
  ki: 'Schreiben mit Assistenz', // Thu 20.11. 09:00–12:00, hybrid (LRA Großer Sitzungssaal), Komm.ONE, Herr Marco Rieger, AI, free
  datenschutz: 'Datenschutz-Grundlagen für Verwaltungsbeschäftigte', // Mon 27.10. 09:00–11:30, online, LRA Personal, Frau Dr. Helga Brandt, free
  brandschutz: 'Brandschutzhelfer-Ausbildung', // Wed 03.12. 08:30–12:30, Rathaus Kehl, Ratssaal, UKBW, Herr Andreas Vogt (Feuerwehr Kehl), free
  heiraten: 'Heiraten über die Grenze', // Thu 04.12. 09:00–16:00, Rathaus Kehl, Ratssaal, VWS, Frau Birgit Harter, registry office, 190 €, deadline Fri 14.11. 12:00
  stress: 'Durchatmen', // Tue 09.12. 09:00–12:00, online, UKBW, Frau Jana Hoferer, stress / burnout, free
  winterdienst: 'Winterdienst: Räum- und Streupflicht rechtssicher organisieren', // Mon 27.10. 13:00–16:30, Rathaus Lahr, VWS, Herr Klaus Zimmermann, 95 €
  instagram: 'Instagram und Facebook für Gemeinden', // draft (Tue 16.12.), Komm.ONE
  barrierefrei: 'Barrierefreie Websites nach BITV 2.0', // draft (Wed 10.12.), Komm.ONE
  powerpoint: 'PowerPoint kompakt', // cancelled (Wed 29.10.), LRA Raum 307, Rieger
  exkursion: 'Exkursion: Zu Gast bei der Eurométropole', // cancelled (Fri 14.11.), study trip to Strasbourg, Eurodistrikt
  grundsteuer: 'Grundsteuer B: Das Bodenwertmodell in der Praxis', // past (Thu 18.09.2031), online, Baumann
  hitze: 'Sommerhitze am Arbeitsplatz', // past (Tue 09.09.2031), LRA Großer Sitzungssaal, Hoferer
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.instagram, T.barrierefrei, T.powerpoint, T.exkursion, T.grundsteuer, T.hitze];
const only = onlyAmong(all, NEVER);
const eur = (n: number) => new RegExp(`costs (€\\s?${n}(\\.00)?|${n}\\s?€|EUR ${n})`);

const CASES: Case[] = [
  // --- follow-up conversations -------------------------------------------------------------------------------------------
  {
    miss: '"Französischkurs" also finds the seminars held in French or on France (the catalogue has no language "fr")',
    conv: 'franz',
    q: 'Gibt es einen Französischkurs für Anfänger?',
    kind: 'list',
    first: T.franz,
    ...maybeAlso(only(T.franz), T.accueil),
  },
  {
    miss: 'follows the list of four before',
    conv: 'franz',
    q: 'wann sind die Termine?',
    kind: 'facts',
    titles: [T.franz],
    says: ['an 6 Tagen', 'Di., 21.10.2031', 'Di., 25.11.2031', 'jeweils von 16:30 bis 18:00 Uhr'],
  },
  {
    miss: 'follows the list of four before',
    conv: 'franz',
    q: 'was kostet der?',
    kind: 'facts',
    titles: [T.franz],
    says: ['kostet 120 €'],
  },
  {
    miss: 'follows the list of four before',
    conv: 'franz',
    q: 'und wo findet er statt?',
    kind: 'facts',
    titles: [T.franz],
    says: ['Rathaus Kehl, Schulungsraum 2.14'],
  },
  {
    miss: '"auf Französisch" also finds the German-language seminar on marriages across the border',
    conv: 'auf-franzoesisch',
    q: 'Gibt es auch Kurse auf Französisch?',
    kind: 'list',
    ...maybeAlso(only(T.verwaltungFr, T.accueil), T.franz),
  },
  { conv: 'auf-franzoesisch', q: 'welches davon ist online?', kind: 'list', titles: [T.accueil] },
  {
    conv: 'auf-franzoesisch',
    q: 'wann ist das?',
    kind: 'facts',
    titles: [T.accueil],
    says: ['am Mi., 19.11.2031 von 14:00 bis 16:00 Uhr'],
  },
  {
    conv: 'english',
    q: 'Are there any seminars held in English?',
    locale: 'en',
    kind: 'list',
    ...only(T.interreg, T.presenting),
  },
  { conv: 'english', q: 'which one is in Offenburg?', locale: 'en', kind: 'list', titles: [T.presenting] },
  { conv: 'english', q: 'how much is it?', locale: 'en', kind: 'facts', titles: [T.presenting], says: [eur(40)] },
  {
    conv: 'english',
    q: 'can I join remotely?',
    locale: 'en',
    kind: 'facts',
    titles: [T.presenting],
    says: ['is hybrid', 'Landratsamt Ortenaukreis, Raum 307'],
  },
  {
    miss: '"cross-border commuters" finds the Interreg workshop, not the course on Grenzgänger',
    conv: 'grenz',
    q: 'Do you have anything on cross-border commuters?',
    locale: 'en',
    kind: 'list',
    titles: [T.grenzgaenger],
  },
  {
    miss: 'follows the wrong seminar before',
    conv: 'grenz',
    q: 'when is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.grenzgaenger],
    says: ['takes place on Fri, 17 Oct 2031 from 09:00 to 12:00'],
  },
  {
    miss: 'follows the wrong seminar before',
    conv: 'grenz',
    q: "what's the registration deadline?",
    locale: 'en',
    kind: 'facts',
    titles: [T.grenzgaenger],
    says: ['You can register for the seminar', 'until Thu, 16 Oct 2031, 12:00'],
  },
  {
    miss: 'follows the wrong seminar before, and French is no language of the catalogue',
    conv: 'grenz',
    q: 'is it in German or French?',
    locale: 'en',
    kind: 'facts',
    titles: [T.grenzgaenger],
    says: ['is held in German'],
  },
  {
    conv: 'fuehrung',
    q: 'Ich bin seit kurzem Teamleiterin. Gibt es etwas für neue Führungskräfte?',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'fuehrung',
    q: 'wie lange dauert das?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['dauert 2 Tage, jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    conv: 'fuehrung',
    q: 'bis wann kann ich mich anmelden?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['bis Fr., 24.10.2031, 23:59 Uhr anmelden'],
  },
  {
    conv: 'baumann',
    q: 'Who teaches the course on the municipal code?',
    locale: 'en',
    kind: 'facts',
    titles: [T.kommunalrecht],
    says: ['is led by Herr Dr. Ulrich Baumann'],
  },
  {
    conv: 'baumann',
    q: 'what else does he teach?',
    locale: 'en',
    kind: 'list',
    ...maybeAlso(only(T.vergabe), T.kommunalrecht),
  },
  { conv: 'ozg', q: 'Schulung zu service-bw', kind: 'list', titles: [T.ozg] },
  {
    conv: 'ozg',
    q: 'kann ich mich da noch anmelden?',
    kind: 'facts',
    titles: [T.ozg],
    says: ['am Fr., 10.10.2031, 23:59 Uhr abgelaufen'],
  },
  {
    conv: 'lahr',
    q: 'Was gibt es im Rathaus Lahr?',
    kind: 'list',
    ...only(T.deeskalation, T.winterdienst, T.haushalt),
  },
  { conv: 'lahr', q: 'welches ist abends?', kind: 'list', titles: [T.haushalt] },
  { conv: 'lahr', q: 'ist das kostenlos?', kind: 'facts', titles: [T.haushalt], says: ['ist kostenlos'] },
  {
    conv: 'ruecken',
    q: 'anything for back pain at the desk?',
    locale: 'en',
    kind: 'list',
    titles: [T.ruecken],
  },
  {
    conv: 'ruecken',
    q: 'what time does it start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['12:15'],
  },
  {
    conv: 'ruecken',
    q: 'do I have to come to the office for it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['takes place online'],
  },
  // --- follow-ups with nothing talked about ---------------------------------------------------------------------------
  { conv: 'empty-en', q: 'How long does it take?', locale: 'en', kind: 'noContext' },
  { conv: 'empty-de', q: 'und wer leitet das?', kind: 'noContext' },
  // --- facts ------------------------------------------------------------------------------------------------------------
  {
    q: 'Wer leitet das Erste-Hilfe-Training?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['leitet Herr Stefan Roth (DRK-Kreisverband Offenburg)'],
  },
  {
    q: 'Where is the fire warden training?',
    locale: 'en',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['Rathaus Kehl, Ratssaal, Rathausplatz 1, 77694 Kehl'],
  },
  {
    q: 'Wann ist das Seminar zu Eheschließungen mit Auslandsbezug?',
    kind: 'facts',
    titles: [T.heiraten],
    says: ['am Do., 04.12.2031 von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'Sind beim Vergaberecht-Seminar noch Plätze frei?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['noch 30 von 30 Plätzen frei'],
  },
  {
    miss: 'French is no language the catalogue records, so the place is answered instead',
    q: 'Is the seminar on the French administrative system held in French?',
    locale: 'en',
    kind: 'facts',
    titles: [T.verwaltungFr],
    says: [/held in French/],
  },
  {
    q: 'Ist der Interreg-Workshop auf Englisch?',
    kind: 'facts',
    titles: [T.interreg],
    says: ['wird auf Englisch gehalten'],
  },
  {
    miss: '"welcome" also finds the English course for delegations ("welcome" in its text)',
    q: 'What time does the welcome day for new staff start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.onboarding],
    says: ['Fri, 24 Oct 2031', '08:30'],
  },
  {
    q: "What's the registration deadline for the seminar on marriages at the registry office?",
    locale: 'en',
    kind: 'facts',
    titles: [T.heiraten],
    says: ['You can register for the seminar', 'until Fri, 14 Nov 2031, 12:00'],
  },
  { q: 'zeig mir Details zum Erste-Hilfe-Kurs', kind: 'details', titles: [T.ersteHilfe] },
  // --- subjects only summary, description or topics name -----------------------------------------------------------------
  { q: 'Wie erkenne ich gefälschte E-Mails?', kind: 'list', titles: [T.phishing] },
  { q: 'Do you have a course on plain language?', locale: 'en', kind: 'list', titles: [T.klartext] },
  { q: 'umgang mit pöbelnden bürgern', kind: 'list', titles: [T.deeskalation] },
  {
    miss: '"stress" also finds the de-escalation course',
    q: 'stress management',
    locale: 'en',
    kind: 'list',
    titles: [T.stress],
  },
  { q: 'help with EU funding applications', locale: 'en', kind: 'list', titles: [T.interreg] },
  {
    miss: '"Verwaltungssystem" finds the data-protection course for administrative staff first',
    q: 'Gibt es eine Einführung in das französische Verwaltungssystem?',
    kind: 'list',
    titles: [T.verwaltungFr],
  },
  {
    miss: '"learn French" is not read as a French course',
    q: "I'd like to learn French - is there a course?",
    locale: 'en',
    kind: 'list',
    first: T.franz,
    ...maybeAlso(only(T.franz), T.accueil),
  },
  {
    miss: '"English language course" also finds the Interreg workshop held in English',
    q: 'Do you have an English language course?',
    locale: 'en',
    kind: 'list',
    titles: [T.presenting],
  },
  {
    q: 'Was gibt es zur grenzüberschreitenden Zusammenarbeit?',
    kind: 'list',
    ...maybeAlso(only(T.grenzgaenger, T.franz, T.verwaltungFr, T.accueil, T.interreg), T.heiraten),
  },
  { q: 'Brandschutzhelfr Ausbildung', kind: 'list', titles: [T.brandschutz] },
  { q: 'datenschuz schulung', kind: 'list', titles: [T.datenschutz] },
  // --- trainers, providers, places, audiences ----------------------------------------------------------------------------
  { q: 'Courses by Frau Hoferer', locale: 'en', kind: 'list', ...only(T.ruecken, T.stress) },
  { q: 'What does Komm.ONE offer?', locale: 'en', kind: 'list', ...only(T.phishing, T.ozg, T.ki) },
  { q: 'anything in Stuttgart?', locale: 'en', kind: 'list', ...only(T.kommunalrecht, T.fuehrung) },
  {
    q: 'Kurse in Kehl',
    kind: 'list',
    ...only(T.grenzgaenger, T.franz, T.verwaltungFr, T.brandschutz, T.heiraten),
  },
  { q: 'Seminar für Standesbeamte', kind: 'list', titles: [T.heiraten] },
  { q: 'Seminare in Freiburg?', kind: 'none' },
  // --- dates, times of day, formats, fees ----------------------------------------------------------------------------------
  { q: 'Was ist heute noch?', kind: 'list', titles: [T.phishing] },
  { q: "What's on this week?", locale: 'en', kind: 'list', titles: [T.phishing, T.ozg, T.grenzgaenger] },
  {
    q: 'was ist nächste woche',
    kind: 'list',
    titles: [T.deeskalation, T.franz, T.kommunalrecht, T.ruecken, T.onboarding],
  },
  { q: 'online seminars in December?', locale: 'en', kind: 'list', titles: [T.stress] },
  { q: 'gibt es am 31. Oktober was?', kind: 'none' },
  {
    q: 'anything on a Monday?',
    locale: 'en',
    kind: 'list',
    ...only(T.datenschutz, T.winterdienst, T.ersteHilfe, T.fuehrung),
  },
  {
    q: 'Which seminars are in the afternoon?',
    locale: 'en',
    kind: 'list',
    ...maybeAlso(only(T.phishing, T.franz, T.accueil, T.presenting, T.winterdienst), T.ruecken),
  },
  { q: 'mehrtägige Seminare', kind: 'list', ...maybeAlso(only(T.fuehrung), T.franz, T.ruecken) },
  { q: 'Kurse über 200 Euro', kind: 'list', ...only(T.kommunalrecht, T.vergabe, T.fuehrung) },
  { q: 'hybrid seminars', locale: 'en', kind: 'list', ...only(T.grenzgaenger, T.ki, T.presenting) },
  {
    q: 'kostenlose Online-Seminare im November',
    kind: 'list',
    ...maybeAlso(only(T.interreg, T.accueil), T.ruecken, T.ki),
  },
  // --- gone, drafts, no match, greetings, own registrations ------------------------------------------------------------
  {
    q: 'Findet der Kurs zum Gestalten von Präsentationen Ende Oktober statt?',
    kind: 'gone',
    gone: T.powerpoint,
  },
  { q: 'Is the study trip to Strasbourg still happening?', locale: 'en', kind: 'gone', gone: T.exkursion },
  {
    q: 'Gab es schon die Schulung zur Grundsteuerreform?',
    kind: 'gone',
    gone: T.grundsteuer,
    says: ['Do., 18.09.2031'],
  },
  {
    q: 'When was the training on working in the summer heat?',
    locale: 'en',
    kind: 'gone',
    gone: T.hitze,
    says: ['Tue, 9 Sep 2031'],
  },
  { q: 'Instagram für die Gemeinde', kind: 'none' },
  { q: 'Do you have a course on accessible websites?', locale: 'en', kind: 'none' },
  { q: 'Gibt es einen Spanischkurs?', kind: 'none' },
  { q: 'Is there a seminar held in Italian?', locale: 'en', kind: 'none' },
  { q: 'Hello!', locale: 'en', kind: 'help' },
  { q: 'Danke, das hilft mir sehr!', kind: 'thanks' },
  { q: 'What have I signed up for?', locale: 'en', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-eighty-sixth, independent catalogue (Ortenaukreis, Lahr, Kehl, Schutterwald; Verwaltungsschule des Gemeindetags, Komm.ONE, Unfallkasse Baden-Württemberg, Eurodistrikt Strasbourg-Ortenau)',
  {
    fixture: 'heldout386-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
