// Over-fitting check, three-hundred-and-seventy-third catalogue: the spring 2031 programme for the Landkreis Cham (Bayern)
// — the Landratsamt Cham, the Stadt Cham, the Stadt Furth im Wald and the Markt Lam — with the Bayerische
// Verwaltungsschule (BVS), the Personalentwicklung of the Landratsamt, the Kommunale Unfallversicherung Bayern (KUVB) and
// the Digitallotsen Oberpfalz, imported from a JSON file. Seminars take place in the Landratsamt Cham (Rachelstraße 6:
// Sitzungssaal, Schulungsraum 1.12), the Rathaus Furth im Wald (Großer and Kleiner Sitzungssaal), the Bauhof of the
// Markt Lam, the BVS-Bildungszentrum Lauingen, online or hybrid. One seminar is held in English (phone calls with
// international callers, online); a Czech course runs on three evenings. Several titles do not name their subject
// ("Nicht jeder Anhang ist ein Geschenk" is phishing / IT security, "Darf ich das weitergeben?" data protection, "Wer
// schreibt hier eigentlich?" AI / ChatGPT, "Willkommen an Bord" the induction day, "Fit am Schreibtisch" back exercises
// at lunchtime, "Wenn es am Schalter laut wird" de-escalation, "Neu in der Verantwortung" new managers, "Sprechen Sie
// Nachbarsprache?" Czech, "Gut protokolliert ist halb beschlossen" minutes of the town council, "Wohin fließt das Geld?"
// the budget for council members, "Baustelle am Straßenrand" securing road works, "Der Antrag kommt jetzt digital"
// online applications (OZG, BayernID), "Durchatmen statt durchhalten" stress / burnout, "Alle sollen mitlesen können"
// accessible documents, "Ruhe sanft – aber rechtssicher" cemetery law). The stress is on follow-up conversations that
// switch facts and seminars ("und der andere?"), on date phrases (nach Ostern, Pfingstferien, Anfang Mai, übernächste
// Woche, later this spring), and about 40 % of the questions are in English.
//
// Calendar around `now` (Tuesday 18 March 2031, 10:00 in Cham, winter time; summer time begins Sun 30.03.2031; Good
// Friday 11.04., Easter Sunday 13.04., Easter Monday 14.04., Labour Day Thu 01.05., Ascension Thu 22.05., Whit Monday
// 02.06. and Corpus Christi Thu 12.06.2031 are holidays in Bayern; Bavarian Osterferien Mon 07.04.–Fri 18.04., Pfingstferien
// Tue 03.06.–Fri 13.06.2031). No seminar takes place on a Friday.
//   this week:        Tue 18.03. (today) 14:00–15:30 phishing (online); Thu 20.03. 08:30–15:30 Excel (LRA, Schulungsraum 1.12)
//   next week:        Mon 24.03.–Tue 25.03. 09:00–16:30 procurement (Lauingen, 460 €, deadline passed Mon 03.03. 23:59);
//                     Wed 26.03. 09:00–12:00 data protection (hybrid, LRA Sitzungssaal); Thu 27.03. 08:00–15:30 first aid
//                     (Rathaus Furth im Wald)
//   week after next:  (31.03.–06.04., CEST) Tue 01.04.–Wed 02.04. 07:30–16:00 chainsaw (Bauhof Lam); Thu 03.04.
//                     09:00–11:30 AI (online)
//   Easter holidays:  Mon 07.04. 08:30–15:00 induction day (LRA Sitzungssaal); the cancelled Word course (Thu 10.04.)
//   after Easter:     Tue 22.04., 29.04., 06.05., 13.05. 12:00–12:30 back exercises (online); Wed 23.04. de-escalation
//                     (Rathaus Furth im Wald); Mon 28.04.–Wed 30.04. 09:00–16:30 new managers (Lauingen, 690 €, deadline
//                     Mon 31.03. 23:59)
//   May:              Mon 05.05., 12.05., 19.05. 17:30–19:00 Czech (Rathaus Furth im Wald, 60 €); Wed 07.05. minutes of the
//                     council (Rathaus Furth im Wald, Kleiner Sitzungssaal, BVS, towns only); Wed 14.05. English on the
//                     phone (online, 30 €, English) and the cancelled time-management course (Furth im Wald); Thu 15.05.
//                     18:30–21:00 budget for council members (LRA Sitzungssaal, evening); Mon 19.05. 07:30–12:00 road works
//                     (Bauhof Lam); Tue 20.05. official notices (Lauingen, 285 €); Wed 21.05. 13:30–16:00 online
//                     applications (hybrid, Rathaus Furth im Wald); Tue 27.05. stress (online)
//   Pfingstferien:    Wed 04.06. 08:00–12:00 fire wardens (LRA Sitzungssaal); Tue 10.06. accessible documents (online,
//                     35 €); Wed 11.06. cemetery law (online, 150 €)
//   June:             Mon 16.06.–Wed 18.06. 08:30–16:00 administrative law for career changers (Lauingen, 540 €, deadline
//                     Fri 23.05. 23:59); the drafts social media (Tue 24.06.) and drinking water (Thu 26.06., Bauhof Lam)
//   past:             Wed 22.01.2031 winter road service (Bauhof Lam), Tue 18.02.2031 property tax (online).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2031-03-18T09:00:00Z'); // Tuesday, 18 March 2031, 10:00 in Cham (CET)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Nicht jeder Anhang ist ein Geschenk', // Tue 18.03. 14:00–15:30, online, Digitallotsen, Frau Theresa Wanninger, phishing, free
  excel: 'Excel für die Sachbearbeitung: Formeln, Filter und Pivot-Tabellen', // Thu 20.03. 08:30–15:30, LRA Schulungsraum 1.12, PE, Herr Andreas Kollmer, 95 €, 12 seats
  vergabe: 'Vergaberecht kompakt: UVgO, VOB/A und Wertgrenzen in Bayern', // Mon 24.03.–Tue 25.03. 09:00–16:30, Lauingen, BVS, Herr Dr. Florian Hundhammer, 460 €, deadline passed Mon 03.03. 23:59
  datenschutz: 'Darf ich das weitergeben?', // Wed 26.03. 09:00–12:00, hybrid (LRA Sitzungssaal), PE, Frau Dr. Julia Pongratz, data protection, free
  ersteHilfe: 'Erste-Hilfe-Fortbildung für betriebliche Ersthelfer', // Thu 27.03. 08:00–15:30, Rathaus Furth im Wald, KUVB, Herr Stefan Aschenbrenner (BRK-Kreisverband Cham), free
  kettensaege: 'Sicher an der Motorsäge: Grundlehrgang für Bauhofbeschäftigte', // Tue 01.04.–Wed 02.04. 07:30–16:00, Bauhof Lam, KUVB, Herr Josef Brunner, free
  ki: 'Wer schreibt hier eigentlich?', // Thu 03.04. 09:00–11:30, online, Digitallotsen, Herr Maximilian Schreiner, AI, free
  onboarding: 'Willkommen an Bord', // Mon 07.04. 08:30–15:00, LRA Sitzungssaal, PE, Frau Sabine Dachs, induction day, free
  bewegung: 'Fit am Schreibtisch', // Tue 22.04., 29.04., 06.05., 13.05. 12:00–12:30, online, PE, Frau Lena Hofbauer, back exercises, free
  deeskalation: 'Wenn es am Schalter laut wird', // Wed 23.04. 09:00–16:00, Rathaus Furth im Wald, KUVB, Herr Markus Vogl, de-escalation, free
  fuehrung: 'Neu in der Verantwortung', // Mon 28.04.–Wed 30.04. 09:00–16:30, Lauingen, BVS, Frau Dr. Claudia Reisinger, new managers, 690 €, deadline Mon 31.03. 23:59
  tschechisch: 'Sprechen Sie Nachbarsprache?', // Mon 05.05., 12.05., 19.05. 17:30–19:00, Rathaus Furth im Wald, PE, Frau Jana Nováková, Czech, 60 €
  sitzungsdienst: 'Gut protokolliert ist halb beschlossen', // Wed 07.05. 09:00–12:30, Rathaus Furth im Wald (Kleiner Sitzungssaal), BVS, Frau Monika Zeitler, council minutes, free, towns only
  englisch: 'English on the Phone: Calls with International Callers', // Wed 14.05. 09:00–12:00, online, PE, Ms Karen Whitaker, English, 30 €
  haushalt: 'Wohin fließt das Geld?', // Thu 15.05. 18:30–21:00, LRA Sitzungssaal, BVS, Herr Dr. Florian Hundhammer, budget for council members, free
  strasse: 'Baustelle am Straßenrand', // Mon 19.05. 07:30–12:00, Bauhof Lam, KUVB, Herr Josef Brunner, securing road works, free
  bescheide: 'Bescheide verständlich und rechtssicher formulieren', // Tue 20.05. 09:00–16:30, Lauingen, BVS, Herr Wolfgang Heigl, 285 €, 18 seats
  ozg: 'Der Antrag kommt jetzt digital', // Wed 21.05. 13:30–16:00, hybrid (Rathaus Furth im Wald), Digitallotsen, Herr Maximilian Schreiner, OZG, free
  stress: 'Durchatmen statt durchhalten', // Tue 27.05. 09:00–12:00, online, KUVB, Frau Dr. Andrea Fischer, stress / burnout, free
  brandschutz: 'Brandschutzhelfer-Ausbildung mit Löschübung', // Wed 04.06. 08:00–12:00, LRA Sitzungssaal, KUVB, Herr Thomas Kerscher, free
  barrierefrei: 'Alle sollen mitlesen können', // Tue 10.06. 09:00–12:00, online, Digitallotsen, Frau Theresa Wanninger, accessible documents, 35 €
  friedhof: 'Ruhe sanft – aber rechtssicher', // Wed 11.06. 09:00–15:00, online, BVS, Frau Monika Zeitler, cemetery law, 150 €
  quereinstieg: 'Verwaltungsrecht für Quereinsteiger: Grundkurs', // Mon 16.06.–Wed 18.06. 08:30–16:00, Lauingen, BVS, Herr Wolfgang Heigl, 540 €, deadline Fri 23.05. 23:59
  socialMedia: 'Social Media für Gemeinden: Facebook und Instagram rechtssicher nutzen', // draft (Tue 24.06.)
  trinkwasser: 'Trinkwasserhygiene für Wasserwarte', // draft (Thu 26.06.), Bauhof Lam, Brunner
  word: 'Word für Profis: Serienbriefe und Dokumentvorlagen', // cancelled (Thu 10.04.), LRA Schulungsraum 1.12, Kollmer
  zeit: 'Zeit- und Selbstmanagement im Büroalltag', // cancelled (Wed 14.05.), Rathaus Furth im Wald
  winterdienst: 'Winterdienst: Räum- und Streupflicht der Gemeinden', // past (Wed 22.01.2031), Bauhof Lam, Brunner
  grundsteuer: 'Grundsteuer in Bayern: das Flächenmodell in der Praxis', // past (Tue 18.02.2031), online, Hundhammer
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.socialMedia, T.trinkwasser, T.word, T.zeit, T.winterdienst, T.grundsteuer];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -------------------------------------------------------------------------------------------
  { conv: 'bauhof', q: 'Was gibt es im Bauhof Lam?', kind: 'list', ...only(T.kettensaege, T.strasse) },
  {
    conv: 'bauhof',
    q: 'Wann ist der Motorsägenkurs?',
    kind: 'facts',
    titles: [T.kettensaege],
    says: ['an 2 Tagen', 'Di., 01.04.2031 und Mi., 02.04.2031', 'jeweils von 07:30 bis 16:00 Uhr'],
  },
  {
    conv: 'bauhof',
    q: 'und der andere?',
    kind: 'facts',
    titles: [T.strasse],
    says: ['am Mo., 19.05.2031 von 07:30 bis 12:00 Uhr'],
  },
  { conv: 'bauhof', q: 'wer leitet den?', kind: 'facts', titles: [T.strasse], says: ['leitet Herr Josef Brunner'] },
  {
    conv: 'bauhof',
    q: 'macht der noch was anderes?',
    kind: 'list',
    ...maybeAlso(only(T.kettensaege), T.strasse),
  },
  {
    conv: 'lauingen',
    q: "What's on in Lauingen?",
    locale: 'en',
    kind: 'list',
    ...only(T.vergabe, T.fuehrung, T.bescheide, T.quereinstieg),
  },
  { conv: 'lauingen', q: 'which one is about leadership?', locale: 'en', kind: 'list', titles: [T.fuehrung] },
  {
    conv: 'lauingen',
    q: 'how long does it last?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['lasts 3 days, each from 09:00 to 16:30'],
  },
  {
    conv: 'lauingen',
    q: 'and the procurement one?',
    locale: 'en',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['lasts 2 days, each from 09:00 to 16:30'],
  },
  {
    conv: 'lauingen',
    q: 'can I still sign up for it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['passed on Mon, 3 Mar 2031, 23:59'],
  },
  { conv: 'ruecken', q: 'gibt es was gegen rückenschmerzen?', kind: 'list', titles: [T.bewegung] },
  {
    conv: 'ruecken',
    q: 'und wann ist der nächste Termin?',
    kind: 'facts',
    titles: [T.bewegung],
    says: ['Di., 22.04.2031', '12:00'],
  },
  {
    conv: 'ruecken',
    q: 'muss ich dafür ins Landratsamt kommen?',
    kind: 'facts',
    titles: [T.bewegung],
    says: ['findet online statt'],
  },
  {
    conv: 'excel',
    q: 'How much is the Excel course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: [/costs (€\s?95|95\s?€|EUR 95)/],
  },
  {
    conv: 'excel',
    q: 'are there still seats?',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['has 12 of 12 seats left'],
  },
  {
    conv: 'excel',
    q: 'and when is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['on Thu, 20 Mar 2031 from 08:30 to 15:30'],
  },
  { conv: 'excel', q: 'is there another Excel course after Easter?', locale: 'en', kind: 'none' },
  {
    conv: 'sprachen',
    q: 'Is there a language course?',
    locale: 'en',
    kind: 'list',
    ...only(T.tschechisch, T.englisch),
  },
  { conv: 'sprachen', q: 'which one is online?', locale: 'en', kind: 'list', titles: [T.englisch] },
  {
    conv: 'sprachen',
    q: 'how much is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.englisch],
    says: [/costs (€\s?30|30\s?€|EUR 30)/],
  },
  {
    conv: 'sprachen',
    q: 'and the other one?',
    locale: 'en',
    kind: 'facts',
    titles: [T.tschechisch],
    says: [/costs (€\s?60|60\s?€|EUR 60)/],
  },
  {
    conv: 'sprachen',
    q: 'when does it start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.tschechisch],
    says: ['starts on Mon, 5 May 2031 at 17:30'],
  },
  { conv: 'ki', q: 'Do you have anything on ChatGPT?', locale: 'en', kind: 'list', titles: [T.ki] },
  { conv: 'ki', q: 'Is it online?', locale: 'en', kind: 'facts', titles: [T.ki], says: ['takes place online'] },
  {
    conv: 'ki',
    q: "who's the trainer?",
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is led by Herr Maximilian Schreiner'],
  },
  { conv: 'ki', q: 'what else does he teach?', locale: 'en', kind: 'list', ...maybeAlso(only(T.ozg), T.ki) },
  {
    conv: 'furth',
    q: 'Welche Seminare finden nach Ostern im Rathaus Furth im Wald statt?',
    kind: 'list',
    ...only(T.deeskalation, T.tschechisch, T.sitzungsdienst, T.ozg),
  },
  { conv: 'furth', q: 'welches davon ist nachmittags?', kind: 'list', titles: [T.ozg] },
  { conv: 'furth', q: 'ist das kostenlos?', kind: 'facts', titles: [T.ozg], says: ['ist kostenlos'] },
  {
    conv: 'rachel',
    q: 'Welche Kurse finden in der Rachelstraße statt?',
    kind: 'list',
    ...only(T.excel, T.datenschutz, T.onboarding, T.haushalt, T.brandschutz),
  },
  { conv: 'rachel', q: 'welcher davon ist abends?', kind: 'list', titles: [T.haushalt] },
  {
    conv: 'rachel',
    q: 'und wer hält den?',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['leitet Herr Dr. Florian Hundhammer'],
  },
  // --- follow-ups with nothing talked about ---------------------------------------------------------------------------
  { conv: 'empty-de', q: 'und wie lange dauert der?', kind: 'noContext' },
  { conv: 'empty-en', q: 'and the other one?', locale: 'en', kind: 'noContext' },
  // --- facts ------------------------------------------------------------------------------------------------------------
  {
    q: 'Wer leitet die Erste-Hilfe-Fortbildung?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['leitet Herr Stefan Aschenbrenner (BRK-Kreisverband Cham)'],
  },
  {
    q: "Where's the chainsaw course?",
    locale: 'en',
    kind: 'facts',
    titles: [T.kettensaege],
    says: ['Bauhof des Marktes Lam'],
  },
  {
    q: 'wann ist die brandschutzhelfer ausbildung',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['am Mi., 04.06.2031 von 08:00 bis 12:00 Uhr'],
  },
  {
    q: 'Is the data protection seminar in person or online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['is hybrid', 'Landratsamt Cham, Sitzungssaal'],
  },
  {
    q: 'sind beim Bescheide-Seminar noch Plätze frei?',
    kind: 'facts',
    titles: [T.bescheide],
    says: ['noch 18 von 18 Plätzen frei'],
  },
  {
    q: 'What time does the welcome day for new staff start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.onboarding],
    says: ['starts on Mon, 7 Apr 2031 at 08:30'],
  },
  {
    q: 'Wo findet die Schulung zum Protokoll im Gemeinderat statt?',
    kind: 'facts',
    titles: [T.sitzungsdienst],
    says: ['Rathaus Furth im Wald, Kleiner Sitzungssaal'],
  },
  {
    q: 'How much is the seminar on cemetery law?',
    locale: 'en',
    kind: 'facts',
    titles: [T.friedhof],
    says: [/costs (€\s?150|150\s?€|EUR 150)/],
  },
  {
    q: "What's the registration deadline for the seminar for new managers?",
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['You can register for the seminar', 'until Mon, 31 Mar 2031, 23:59'],
  },
  {
    q: 'bis wann kann ich mich für den Quereinsteiger-Grundkurs anmelden',
    kind: 'facts',
    titles: [T.quereinstieg],
    says: ['bis Fr., 23.05.2031, 23:59 Uhr anmelden'],
  },
  { q: 'zeig mir mehr zum Phishing-Seminar', kind: 'details', titles: [T.phishing] },
  // --- subjects only summary, description or topics name -----------------------------------------------------------------
  { q: 'anything on burnout?', locale: 'en', kind: 'list', titles: [T.stress] },
  { q: 'umgang mit aggressiven bürgern', kind: 'list', titles: [T.deeskalation] },
  { q: 'barrierefreie pdfs', kind: 'list', titles: [T.barrierefrei] },
  { q: 'friedhofsatzung', kind: 'list', titles: [T.friedhof] },
  {
    q: 'Is there training on the BayernID and online applications?',
    locale: 'en',
    kind: 'list',
    titles: [T.ozg],
  },
  { q: 'course on securing road works', locale: 'en', kind: 'list', titles: [T.strasse] },
  { q: 'Einführungstag für neue Kolleginnen', kind: 'list', titles: [T.onboarding] },
  { q: 'exel kurs', kind: 'list', titles: [T.excel] },
  // --- trainers, providers, places ---------------------------------------------------------------------------------------
  { q: 'Courses by Josef Brunner', locale: 'en', kind: 'list', ...only(T.kettensaege, T.strasse) },
  {
    q: 'Was bietet die KUVB an?',
    kind: 'list',
    ...only(T.ersteHilfe, T.kettensaege, T.deeskalation, T.strasse, T.stress, T.brandschutz),
  },
  {
    q: 'What do the Digitallotsen offer?',
    locale: 'en',
    kind: 'list',
    ...only(T.phishing, T.ki, T.ozg, T.barrierefrei),
  },
  {
    q: 'Seminare der BVS',
    kind: 'list',
    ...only(T.vergabe, T.fuehrung, T.sitzungsdienst, T.haushalt, T.bescheide, T.friedhof, T.quereinstieg),
  },
  { q: 'gibt es auch was in Regensburg?', kind: 'none' },
  // --- dates, formats, fees ------------------------------------------------------------------------------------------------
  { q: 'was ist heute noch', kind: 'list', titles: [T.phishing] },
  { q: "What's on this week?", locale: 'en', kind: 'list', titles: [T.phishing, T.excel] },
  { q: 'was steht nächste woche an', kind: 'list', titles: [T.vergabe, T.datenschutz, T.ersteHilfe] },
  { q: 'Was ist übernächste Woche los?', kind: 'list', titles: [T.kettensaege, T.ki] },
  {
    q: 'Was ist Anfang Mai geboten?',
    kind: 'list',
    ...maybeAlso(only(T.tschechisch, T.sitzungsdienst), T.bewegung),
  },
  {
    q: 'Gibt es in den Pfingstferien Seminare?',
    kind: 'list',
    titles: [T.brandschutz, T.barrierefrei, T.friedhof],
  },
  { q: 'anything on leadership later this spring?', locale: 'en', kind: 'list', titles: [T.fuehrung] },
  { q: 'online courses in June?', locale: 'en', kind: 'list', titles: [T.barrierefrei, T.friedhof] },
  { q: 'anything on a Friday?', locale: 'en', kind: 'none' },
  { q: 'Kurse über 400 Euro', kind: 'list', ...only(T.vergabe, T.fuehrung, T.quereinstieg) },
  { q: 'hybrid seminars', locale: 'en', kind: 'list', ...only(T.datenschutz, T.ozg) },
  { q: 'free online courses in May?', locale: 'en', kind: 'list', ...only(T.bewegung, T.stress) },
  // --- gone, drafts, no match, greetings, own registrations ------------------------------------------------------------
  { q: 'Is the Word course still happening?', locale: 'en', kind: 'gone', gone: T.word },
  { q: 'Zeitmanagement-Seminar im Mai', kind: 'gone', gone: T.zeit },
  { q: 'wann war die Grundsteuer-Schulung', kind: 'gone', gone: T.grundsteuer, says: ['Di., 18.02.2031'] },
  { q: 'Winterdienst Räumpflicht Seminar', kind: 'gone', gone: T.winterdienst, says: ['Mi., 22.01.2031'] },
  { q: 'Do you have a course on Instagram?', locale: 'en', kind: 'none' },
  { q: 'Trinkwasser Schulung für Wasserwarte', kind: 'none' },
  { q: 'Servus!', kind: 'help' },
  { q: 'Hello, what can you do?', locale: 'en', kind: 'help' },
  { q: 'danke schön!', kind: 'thanks' },
  { q: 'thanks a lot', locale: 'en', kind: 'thanks' },
  { q: 'Which courses am I signed up for?', locale: 'en', kind: 'myRegistrations' },
  { q: 'wo bin ich angemeldet', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-seventy-third, independent catalogue (Landkreis Cham, BVS, Personalentwicklung des Landratsamts, KUVB, Digitallotsen Oberpfalz)',
  {
    fixture: 'heldout373-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
