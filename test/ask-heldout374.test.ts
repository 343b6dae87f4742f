// Over-fitting check, three-hundred-and-seventy-fourth catalogue: the autumn 2030 programme for the Stadtverwaltung of the
// Stadt Wuppertal (Nordrhein-Westfalen); staff of the Wuppertaler Stadtwerke (WSW) are not eligible. Providers: the
// Studieninstitut Bergisch Land (Solingen), the city's Amt für Personal und Organisation, the Unfallkasse NRW, the
// Gleichstellungsstelle and the Digitalisierungsbüro, imported from a JSON file. Seminars take place in the Rathaus Barmen
// (Johannes-Rau-Platz 1: Ratssaal, Raum A-210), the Verwaltungshaus Elberfeld (Neumarkt 10: Schulungsraum 3.14, Großer
// Sitzungssaal), the Stadtbibliothek Wuppertal (Kolpingstraße 8), the Studieninstitut in Solingen (Mummstraße 10), online
// or hybrid. One seminar is held in English (citizen services). Several titles do not name their subject ("Schluss mit
// dem Papierstapel" is the e-file / DMS, "Mehr Luft im Kalender" time management, "Fit am Schreibtisch" back exercises and
// ergonomics at lunchtime, "Der digitale Kollege" AI / Copilot, "Sicher im Kundenkontakt" de-escalation, "Neu in der
// Führungsrolle" new managers, "Alles unter einen Hut" part-time / parental leave / care, "Wohin fließt das Geld?" the city
// budget for council members, "Fair auswählen" AGG / unconscious bias in recruitment, "Klartext statt Amtsdeutsch" plain
// language, "Grenzen wahren" sexual harassment, "Der Antrag kommt digital" the OZG service portal, "Kopf frei" stress /
// resilience), so only summary, description or topics reveal it. The questions name seminars by paraphrase ("der Kurs zur
// E-Akte", "das Ding mit dem Zeitmanagement"), compare two of them, are short, colloquial, with typos, and about a third
// are in English.
//
// Calendar around `now` (Tuesday 24 September 2030, 09:15 in Wuppertal, summer time; winter time begins Sun 27.10.2030;
// Tag der Deutschen Einheit Thu 03.10. and Allerheiligen Fri 01.11.2030 are holidays in Nordrhein-Westfalen):
//   this week:  Tue 24.09. (today) 14:00–15:30 e-file (online); Wed 25.09. 09:00–15:00 Excel (Verwaltungshaus Elberfeld,
//               95 €); Thu 26.09.–Fri 27.09. 08:30–16:00 administrative procedure (Solingen, 380 €, deadline passed
//               Fri 06.09. 23:59)
//   next week:  Mon 30.09. 09:00–12:00 data protection (online); Wed 02.10. 09:00–12:30 English for citizen services
//               (Verwaltungshaus Elberfeld, 75 €, deadline today Tue 24.09. 12:00); nothing on Thu 03.10. (holiday)
//   October:    Tue 08.10., 15.10., 22.10. 12:30–13:15 back exercises (online); Wed 09.10. 09:00–16:00 time management
//               (Stadtbibliothek, 180 €, deadline Fri 27.09. 23:59); Thu 10.10. 08:30–16:30 first aid (Rathaus Barmen,
//               A-210, deadline Tue 01.10. 12:00); Tue 15.10. 09:00–12:00 AI (hybrid, Verwaltungshaus Elberfeld); the
//               cancelled Word course (Wed 16.10.); Thu 17.10. 09:00–16:00 de-escalation (Rathaus Barmen, A-210);
//               Mon 21.10.–Wed 23.10. 09:00–16:30 new managers (Solingen, 590 €, deadline Fri 04.10. 23:59); Thu 24.10.
//               10:00–12:00 family and work (hybrid, Rathaus Barmen, A-210); Tue 29.10. (CET) 09:00–16:00 procurement
//               (Solingen, 260 €); Wed 30.10. 18:00–20:30 city budget for council members (Rathaus Barmen, Ratssaal)
//   November:   Tue 05.11. 09:00–15:00 induction day (Rathaus Barmen, Ratssaal); Thu 07.11. 09:00–12:00 fair recruitment
//               (Verwaltungshaus Elberfeld); Tue 12.11. 13:00–16:30 plain language (Stadtbibliothek, 140 €); Wed 13.11.
//               09:00–12:00 sexual harassment (online); Mon 18.11. 08:30–12:30 fire wardens (Rathaus Barmen, A-210); the
//               cancelled rhetoric course (Tue 19.11.); Thu 21.11. 09:00–12:00 appraisal interviews (Verwaltungshaus
//               Elberfeld); Tue 26.11. 10:00–11:30 service portal (online); Wed 27.11. 09:00–12:00 stress (online)
//   December:   Tue 03.12.–Wed 04.12. 08:30–15:30 NKF (Solingen, 420 €, deadline Fri 15.11. 23:59); the drafts mobile work
//               (Tue 10.12.) and video conferences (Thu 12.12.)
//   past:       Wed 10.07.2030 heat protection (online), Tue 20.08.2030 time recording system (Verwaltungshaus Elberfeld).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2030-09-24T07:15:00Z'); // Tuesday, 24 September 2030, 09:15 in Wuppertal (CEST)
const TZ = 'Europe/Berlin';

const T = {
  eakte: 'Schluss mit dem Papierstapel', // Tue 24.09. 14:00–15:30, online, Digitalisierungsbüro, Herr Timo Krüger, e-file / DMS, free, 100 seats
  excel: 'Excel-Grundlagen für die Verwaltung', // Wed 25.09. 09:00–15:00, Verwaltungshaus Elberfeld, Digitalisierungsbüro, Herr Sven Kowalczyk, 95 €
  verfahren: 'Anhörung, Bescheid, Widerspruch: Das Verwaltungsverfahren nach dem VwVfG NRW', // Thu 26.09.–Fri 27.09. 08:30–16:00, Solingen, Frau Dr. Ute Brenscheidt, 380 €, deadline passed Fri 06.09. 23:59
  datenschutz: 'Datenschutz im Büroalltag: DSGVO und DSG NRW', // Mon 30.09. 09:00–12:00, online, Amt für Personal und Organisation, Frau Dr. Miriam Oberhausen, free
  english: 'English for Citizen Services: Helping International Residents', // Wed 02.10. 09:00–12:30, Verwaltungshaus Elberfeld, Studieninstitut, Sarah O'Connell, 75 €, English, deadline Tue 24.09. 12:00
  fit: 'Fit am Schreibtisch', // Tue 08.10., 15.10., 22.10. 12:30–13:15, online, Unfallkasse NRW, Frau Lena Hartmann, back / ergonomics, free
  zeit: 'Mehr Luft im Kalender', // Wed 09.10. 09:00–16:00, Stadtbibliothek, Studieninstitut, Herr Markus Lindner, time management, 180 €, deadline Fri 27.09. 23:59, 16 seats
  ersteHilfe: 'Erste Hilfe im Betrieb: Fortbildung für Ersthelferinnen und Ersthelfer', // Thu 10.10. 08:30–16:30, Rathaus Barmen A-210, Unfallkasse NRW, Herr Jörg Wiesner (DRK), free, deadline Tue 01.10. 12:00
  ki: 'Der digitale Kollege', // Tue 15.10. 09:00–12:00, hybrid (Verwaltungshaus Elberfeld, Großer Sitzungssaal), Digitalisierungsbüro, Herr Sven Kowalczyk, AI, free
  deeskalation: 'Sicher im Kundenkontakt', // Thu 17.10. 09:00–16:00, Rathaus Barmen A-210, Unfallkasse NRW, Herr Ralf Budde (Polizei), de-escalation, free
  fuehrung: 'Neu in der Führungsrolle', // Mon 21.10.–Wed 23.10. 09:00–16:30, Solingen, Studieninstitut, Frau Dr. Anja Lenzen, new managers, 590 €, 14 seats, deadline Fri 04.10. 23:59
  vereinbarkeit: 'Alles unter einen Hut', // Thu 24.10. 10:00–12:00, hybrid (Rathaus Barmen A-210), Gleichstellungsstelle, Frau Petra Wendland, family and work, free
  vergabe: 'Vergaberecht NRW in der Praxis: UVgO, VOB/A und Wertgrenzen', // Tue 29.10. 09:00–16:00 (CET), Solingen, Herr Dr. Hendrik Schäfer, 260 €
  haushalt: 'Wohin fließt das Geld?', // Wed 30.10. 18:00–20:30, Rathaus Barmen Ratssaal, Studieninstitut, Herr Dr. Hendrik Schäfer, budget for council members, free
  onboarding: 'Willkommen bei der Stadt Wuppertal', // Tue 05.11. 09:00–15:00, Rathaus Barmen Ratssaal, Amt für Personal und Organisation, Frau Nicole Brandt, induction, free, 40 seats
  agg: 'Fair auswählen', // Thu 07.11. 09:00–12:00, Verwaltungshaus Elberfeld, Gleichstellungsstelle, Frau Petra Wendland, AGG / unconscious bias, free
  klartext: 'Klartext statt Amtsdeutsch', // Tue 12.11. 13:00–16:30, Stadtbibliothek, Studieninstitut, Frau Claudia Reinartz, plain language, 140 €
  grenzen: 'Grenzen wahren', // Wed 13.11. 09:00–12:00, online, Gleichstellungsstelle, Frau Aylin Demir, sexual harassment, free
  brandschutz: 'Brandschutzhelfer-Ausbildung mit Löschübung', // Mon 18.11. 08:30–12:30, Rathaus Barmen A-210, Unfallkasse NRW, Herr Dirk Pohlmann (Feuerwehr), free
  jahresgespraech: 'Mitarbeiterjahresgespräche führen', // Thu 21.11. 09:00–12:00, Verwaltungshaus Elberfeld, Amt für Personal und Organisation, Frau Nicole Brandt, free
  serviceportal: 'Der Antrag kommt digital', // Tue 26.11. 10:00–11:30, online, Digitalisierungsbüro, Herr Timo Krüger, OZG service portal, free
  stress: 'Kopf frei', // Wed 27.11. 09:00–12:00, online, Unfallkasse NRW, Frau Lena Hartmann, stress / resilience, free
  nkf: 'NKF kompakt: Haushaltsrecht für Einsteiger', // Tue 03.12.–Wed 04.12. 08:30–15:30, Solingen, Frau Birgit Hollmann, 420 €, 16 seats, deadline Fri 15.11. 23:59
  mobil: 'Mobiles Arbeiten: die neue Dienstvereinbarung', // draft (Tue 10.12.), Amt für Personal und Organisation, online
  video: 'Videokonferenzen souverän moderieren', // draft (Thu 12.12.), Digitalisierungsbüro, online
  word: 'Serienbriefe und Vorlagen in Word', // cancelled (Wed 16.10.), Verwaltungshaus Elberfeld
  rhetorik: 'Rhetorik im Ausschuss: Vorlagen überzeugend präsentieren', // cancelled (Tue 19.11.), Rathaus Barmen Ratssaal
  hitze: 'Hitzeschutz am Arbeitsplatz', // past (Wed 10.07.2030), online, Unfallkasse NRW
  zeiterfassung: 'Das neue Zeiterfassungssystem: Einführung für Beschäftigte', // past (Tue 20.08.2030), Verwaltungshaus Elberfeld
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.mobil, T.video, T.word, T.rhetorik, T.hitze, T.zeiterfassung];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -------------------------------------------------------------------------------------------
  {
    conv: 'eakte',
    q: 'wann ist der kurs zur e-akte?',
    kind: 'facts',
    titles: [T.eakte],
    says: ['am Di., 24.09.2030 von 14:00 bis 15:30 Uhr'],
  },
  { conv: 'eakte', q: 'muss ich dafür ins büro?', kind: 'facts', titles: [T.eakte], says: ['findet online statt'] },
  { conv: 'eakte', q: 'wer macht den?', kind: 'facts', titles: [T.eakte], says: ['leitet Herr Timo Krüger'] },
  {
    conv: 'zeit',
    q: 'das ding mit dem zeitmanagement, wo is das?',
    kind: 'facts',
    titles: [T.zeit],
    says: ['Stadtbibliothek Wuppertal'],
  },
  {
    conv: 'zeit',
    q: 'bis wann anmelden',
    kind: 'facts',
    titles: [T.zeit],
    says: ['bis Fr., 27.09.2030, 23:59 Uhr anmelden'],
  },
  {
    conv: 'zeit',
    q: 'wie lange geht das',
    kind: 'facts',
    titles: [T.zeit],
    says: ['dauert', 'von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'lead',
    q: "When's the course for new managers?",
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['takes place on 3 days', 'each from 09:00 to 16:30'],
  },
  {
    conv: 'lead',
    q: 'how much?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: [/costs (€\s?590|590\s?€|EUR 590)/],
  },
  {
    conv: 'lead',
    q: 'deadline?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['until Fri, 4 Oct 2030, 23:59'],
  },
  { conv: 'english', q: 'any courses in English?', locale: 'en', kind: 'list', titles: [T.english] },
  {
    conv: 'english',
    q: 'can i still sign up?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['You can register for the seminar', 'until Tue, 24 Sep 2030, 12:00'],
  },
  {
    conv: 'schaefer',
    q: 'was kostet das vergaberecht seminar',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['kostet 260 €'],
  },
  {
    conv: 'schaefer',
    q: 'wer leitet das?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['leitet Herr Dr. Hendrik Schäfer'],
  },
  { conv: 'schaefer', q: 'was macht der sonst noch?', kind: 'list', ...maybeAlso(only(T.haushalt), T.vergabe) },
  {
    conv: 'october',
    q: 'free courses in October?',
    locale: 'en',
    kind: 'list',
    ...only(T.fit, T.ersteHilfe, T.ki, T.deeskalation, T.vereinbarkeit, T.haushalt),
  },
  {
    conv: 'october',
    q: 'which of those are online?',
    locale: 'en',
    kind: 'list',
    ...maybeAlso(only(T.fit), T.ki, T.vereinbarkeit),
  },
  {
    conv: 'barmen',
    q: 'was gibts im rathaus barmen?',
    kind: 'list',
    ...only(T.ersteHilfe, T.deeskalation, T.vereinbarkeit, T.haushalt, T.onboarding, T.brandschutz),
  },
  { conv: 'barmen', q: 'welche davon sind abends?', kind: 'list', titles: [T.haushalt] },
  { conv: 'fit', q: 'gibts was gegen rückenschmerzen vom vielen sitzen?', kind: 'list', titles: [T.fit] },
  {
    conv: 'fit',
    q: 'wann sind die termine',
    kind: 'facts',
    titles: [T.fit],
    says: ['an 3 Tagen', 'Di., 08.10.2030', 'Di., 22.10.2030', 'jeweils von 12:30 bis 13:15 Uhr'],
  },
  { conv: 'verfahren', q: 'kurs zu anhörung und widerspruch', kind: 'list', titles: [T.verfahren] },
  {
    conv: 'verfahren',
    q: 'kann ich mich da noch anmelden?',
    kind: 'facts',
    titles: [T.verfahren],
    says: ['am Fr., 06.09.2030, 23:59 Uhr abgelaufen'],
  },
  {
    conv: 'nkf',
    q: 'Is there an intro to the NKF budget rules?',
    locale: 'en',
    kind: 'list',
    first: T.nkf,
    ...maybeAlso(only(T.nkf), T.haushalt),
  },
  {
    conv: 'nkf',
    q: 'what time does it start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.nkf],
    says: ['starts on Tue, 3 Dec 2030 at 08:30'],
  },
  // --- follow-ups with nothing talked about ---------------------------------------------------------------------------
  { conv: 'empty-de', q: 'und wo ist das?', kind: 'noContext' },
  { conv: 'empty-en', q: 'how much is it?', locale: 'en', kind: 'noContext' },
  // --- comparisons -------------------------------------------------------------------------------------------------------
  {
    q: 'was ist günstiger, der excel kurs oder das zeitmanagement seminar?',
    kind: 'facts',
    ...only(T.excel, T.zeit),
    mentions: ['95 €', '180 €'],
  },
  {
    q: 'Which is cheaper, the procurement course or the NKF one?',
    locale: 'en',
    kind: 'facts',
    ...only(T.vergabe, T.nkf),
    mentions: ['260', '420'],
  },
  {
    miss: '"der führungskräftekurs" finds the four courses for managers alike, so the leadership course is not told from them',
    q: 'welcher dauert länger, der führungskräftekurs oder das nkf seminar?',
    kind: 'facts',
    ...only(T.fuehrung, T.nkf),
    mentions: ['3 Tage', '2 Tage'],
  },
  {
    q: 'welcher kurs ist billiger: englisch oder excel?',
    kind: 'facts',
    ...only(T.english, T.excel),
    mentions: ['75 €', '95 €'],
  },
  // --- facts ------------------------------------------------------------------------------------------------------------
  {
    q: 'wer leitet den erste hilfe kurs?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['leitet Herr Jörg Wiesner (DRK-Kreisverband Wuppertal)'],
  },
  {
    q: 'Where is the de-escalation training?',
    locale: 'en',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['Rathaus Barmen, Raum A-210'],
  },
  {
    q: 'Is the AI workshop online or in person?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is hybrid', 'Verwaltungshaus Elberfeld, Großer Sitzungssaal'],
  },
  {
    q: 'sind beim kurs für neue führungskräfte noch plätze frei?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['noch 14 von 14 Plätzen frei'],
  },
  {
    q: "When's the welcome day for new staff?",
    locale: 'en',
    kind: 'facts',
    titles: [T.onboarding],
    says: ['takes place on Tue, 5 Nov 2030 from 09:00 to 15:00'],
  },
  { q: 'ist das stresseminar kostenlos', kind: 'facts', titles: [T.stress], says: ['ist kostenlos'] },
  {
    q: 'um wieviel uhr fängt der kurs zu einfacher sprache an',
    kind: 'facts',
    titles: [T.klartext],
    says: ['beginnt am Di., 12.11.2030 um 13:00 Uhr'],
  },
  {
    q: 'How long is the first aid refresher?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['lasts', 'from 08:30 to 16:30'],
  },
  {
    q: 'what does the plain language workshop cost',
    locale: 'en',
    kind: 'facts',
    titles: [T.klartext],
    says: [/costs (€\s?140|140\s?€|EUR 140)/],
  },
  {
    q: 'ist das seminar zu sexueller belästigung online?',
    kind: 'facts',
    titles: [T.grenzen],
    says: ['findet online statt'],
  },
  {
    q: 'Who runs the course on appraisal interviews?',
    locale: 'en',
    kind: 'facts',
    titles: [T.jahresgespraech],
    says: ['is led by Frau Nicole Brandt'],
  },
  { q: 'zeig mir details zum excel kurs', kind: 'details', titles: [T.excel] },
  // --- subjects only summary, description or topics name -----------------------------------------------------------------
  { q: 'gibts was zu teilzeit und elternzeit?', kind: 'list', titles: [T.vereinbarkeit] },
  { q: 'bürgerbriefe in leichter sprache', kind: 'list', titles: [T.klartext] },
  { q: 'dms schulung', kind: 'list', titles: [T.eakte] },
  { q: 'umgang mit aggresiven bürgern am schalter', kind: 'list', titles: [T.deeskalation] },
  { q: 'unconscious bias in job interviews', locale: 'en', kind: 'list', titles: [T.agg] },
  // --- trainers, providers, places ---------------------------------------------------------------------------------------
  { q: 'Courses by Petra Wendland', locale: 'en', kind: 'list', ...only(T.vereinbarkeit, T.agg) },
  {
    q: 'was bietet die unfallkasse an?',
    kind: 'list',
    ...only(T.fit, T.ersteHilfe, T.deeskalation, T.brandschutz, T.stress),
  },
  {
    q: 'what does the digitalisation office offer?',
    locale: 'en',
    kind: 'list',
    ...only(T.eakte, T.excel, T.ki, T.serviceportal),
  },
  { q: 'was läuft in solingen', kind: 'list', ...only(T.verfahren, T.fuehrung, T.vergabe, T.nkf) },
  { q: 'was gibts in der stadtbibliothek', kind: 'list', ...only(T.zeit, T.klartext) },
  {
    q: 'kurse im verwaltungshaus elberfeld',
    kind: 'list',
    ...only(T.excel, T.english, T.ki, T.agg, T.jahresgespraech),
  },
  { q: 'gibt es auch was in düsseldorf', kind: 'none' },
  // --- dates, formats, fees ------------------------------------------------------------------------------------------------
  { q: 'was ist heute noch', kind: 'list', titles: [T.eakte] },
  { q: "What's on this week?", locale: 'en', kind: 'list', titles: [T.eakte, T.excel, T.verfahren] },
  { q: 'was steht nächste woche an', kind: 'list', titles: [T.datenschutz, T.english] },
  {
    q: 'seminare zwischen dem 4. und 15. november',
    kind: 'list',
    titles: [T.onboarding, T.agg, T.klartext, T.grenzen],
  },
  { q: 'gibt es am 3. oktober was?', kind: 'none' },
  { q: 'gibts abendveranstaltungen?', kind: 'list', titles: [T.haushalt] },
  { q: 'was gibts nachmittags', kind: 'list', ...maybeAlso(only(T.eakte, T.klartext), T.fit) },
  { q: 'mehrtägige seminare', kind: 'list', ...maybeAlso(only(T.verfahren, T.fuehrung, T.nkf), T.fit) },
  { q: 'Kurse über 200 Euro', kind: 'list', ...only(T.verfahren, T.fuehrung, T.vergabe, T.nkf) },
  // --- gone, drafts, no match, greetings, own registrations ------------------------------------------------------------
  { q: 'Is the Word mail merge course still on?', locale: 'en', kind: 'gone', gone: T.word },
  { q: 'rhetorik im ausschuss', kind: 'gone', gone: T.rhetorik },
  { q: 'wann war das seminar zum hitzeschutz', kind: 'gone', gone: T.hitze, says: ['Mi., 10.07.2030'] },
  { q: 'zeiterfassung schulung', kind: 'gone', gone: T.zeiterfassung, says: ['Di., 20.08.2030'] },
  { q: 'gibt es was zum mobilen arbeiten?', kind: 'none' },
  { q: 'any course on running video meetings?', locale: 'en', kind: 'none' },
  { q: 'Hallo!', kind: 'help' },
  { q: 'danke dir!', kind: 'thanks' },
  { q: 'What am I registered for?', locale: 'en', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-seventy-fourth, independent catalogue (Stadt Wuppertal, Studieninstitut Bergisch Land, Unfallkasse NRW, Gleichstellungsstelle, Digitalisierungsbüro)',
  {
    fixture: 'heldout374-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
