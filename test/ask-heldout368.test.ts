// Over-fitting check, three-hundred-and-sixty-eighth catalogue: the autumn 2030 programme for the Landkreis
// Marburg-Biedenkopf (Hessen) and six of its towns and municipalities (Universitätsstadt Marburg, Biedenkopf,
// Stadtallendorf, Kirchhain, Gladenbach, Ebsdorfergrund), with the Hessischer Verwaltungsschulverband (HVSV, Verwaltungsseminar
// Gießen), ekom21 – KGRZ Hessen (Schulungszentrum Gießen), the Unfallkasse Hessen and the Kreisverwaltung's Fachdienst
// Personal, imported from a JSON file. Seminars take place in the Kreishaus Marburg (Im Lichtenholz 60: Großer
// Sitzungssaal, Kreistagssitzungssaal, Raum A 2.05, Raum B 1.14), the ekom21 Schulungszentrum (Carlo-Mierendorff-Straße 11,
// Gießen), the HVSV Verwaltungsseminar Gießen (Schiffenberger Weg 115), the Rathaus and the Bauhof in Stadtallendorf, the
// Rathaus and the Bürgerhaus in Kirchhain, the Feuerwache Biedenkopf and the DRK-Bildungszentrum Marburg, online or hybrid.
// Two seminars are held in English (the online "Meetings in English" evenings and the Plain English counter workshop in
// the Kreishaus). Several titles do not name their subject ("Gefahr im Posteingang" is phishing / IT security, "Auskunft ja
// oder nein?" data protection, "Zwölf Uhr fünfzehn" back exercises at lunchtime, "Neu an Bord" the induction day, "Wenn es
// laut wird" de-escalation, "Fragen Sie doch die Maschine" AI / ChatGPT, "Wohin fließt das Geld?" the county budget for
// council members, "Kopf frei" stress / resilience, "Wer schreibt, der bleibt" minutes of council meetings, "Schreiben, die
// ankommen" plain language in letters, "Die ersten 100 Tage" new managers), so only summary, description or topics
// reveal it. About half of the questions are in English.
//
// Calendar around `now` (Monday 9 September 2030, 10:00 in Marburg, summer time; winter time begins Sun 27.10.2030; Day of
// German Unity Thu 03.10.2030 is a holiday, Hessen has no other holiday in the period):
//   this week:  Mon 09.09. (today) 14:00–15:30 Teams meetings (online); Tue 10.09. 09:00–16:00 Excel (ekom21 Gießen,
//               145 €); Wed 11.09. 10:00–11:30 phishing (online); Thu 12.09. 09:00–15:30 housing benefit (online, 170 €)
//   next week:  Tue 17.09. 09:00–12:00 data protection (online, 60 €); Tue 17.09., 24.09., 01.10., 08.10. 12:15–12:45
//               lunchtime exercises (online); Wed 18.09. the cancelled PowerPoint course; Thu 19.09. 09:00–15:30
//               induction day (Kreishaus, Landkreis staff only)
//   after:      Mon 23.09., 30.09., 07.10. 16:00–17:30 Meetings in English (online, 90 €); Tue 24.09. de-escalation
//               (Rathaus Stadtallendorf); Wed 25.09. 09:00–12:00 AI (hybrid, ekom21 Gießen); Thu 26.09. procurement
//               (online, 260 €); Thu 26.09.–Fri 27.09. 07:30–16:00 chainsaw course (Bauhof Stadtallendorf, 8 seats)
//   October:    Tue 01.10. 18:00–20:30 county budget (Kreishaus, evening); Wed 02.10. 09:00–12:30 Plain English (Kreishaus,
//               40 €, deadline Wed 18.09. 12:00); Thu 10.10. (CEST) + Thu 31.10. (CET) 09:00–16:00 project management (HVSV
//               Gießen, 390 €, deadline passed Fri 06.09. 23:59); Thu 10.10. the cancelled telephone course; Tue 15.10.
//               08:30–12:30 fire wardens (Feuerwache Biedenkopf); Wed 16.10., 23.10., 30.10. 14:00–16:00 stress (online);
//               Mon 21.10. 09:00–13:00 minutes (Rathaus Kirchhain, towns only, 95 €); Tue 22.10. 09:00–16:00 plain
//               language (Bürgerhaus Kirchhain, 180 €)
//   November:   Mon 04.11.–Wed 06.11. 08:30–15:30 administrative law for career changers (HVSV Gießen, 520 €, deadline Fri
//               18.10. 23:59); Thu 07.11. 08:30–16:00 first aid (DRK Marburg); Mon 18.11.–Tue 19.11. 09:00–16:30 new
//               managers (Kreishaus, 460 €, deadline Fri 01.11. 23:59)
//   December:   the drafts social media (Tue 03.12.) and cemetery fees (Thu 05.12.)
//   past:       Thu 11.07.2030 heat protection (Rathaus Stadtallendorf), Tue 20.08.2030 property tax (online).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2030-09-09T08:00:00Z'); // Monday, 9 September 2030, 10:00 in Marburg (CEST)
const TZ = 'Europe/Berlin';

const T = {
  teams: 'Teams-Besprechungen souverän leiten', // Mon 09.09. 14:00–15:30, online, ekom21, Frau Melanie Roth, free
  excel: 'Excel im Verwaltungsalltag: Formeln, Filter und Pivot-Tabellen', // Tue 10.09. 09:00–16:00, ekom21 Gießen, Herr Thomas Wagner, 145 €, 12 seats
  phishing: 'Gefahr im Posteingang', // Wed 11.09. 10:00–11:30, online, ekom21, Frau Melanie Roth, IT security / phishing, free
  wohngeld: 'Wohngeld-Plus: Berechnung, Mietstufen und Bescheide', // Thu 12.09. 09:00–15:30, online, HVSV, Frau Petra Engel, 170 €, 20 seats
  datenschutz: 'Auskunft ja oder nein?', // Tue 17.09. 09:00–12:00, online, HVSV, Frau Nicole Hahn, data protection, 60 €
  mittag: 'Zwölf Uhr fünfzehn', // Tue 17.09., 24.09., 01.10., 08.10. 12:15–12:45, online, Fachdienst Personal, Frau Lea Bender, back exercises, free
  onboarding: 'Neu an Bord', // Thu 19.09. 09:00–15:30, Kreishaus Marburg (Großer Sitzungssaal), Fachdienst Personal, Frau Sabine Kretschmer, induction, free, Landkreis only
  meetings: 'Meetings in English: Small Talk, Calls and Emails', // Mon 23.09., 30.09., 07.10. 16:00–17:30, online, HVSV, Dr. Richard Hughes, English, 90 €
  deeskalation: 'Wenn es laut wird', // Tue 24.09. 09:00–16:00, Rathaus Stadtallendorf, UKH, Herr Jörg Hallenberger (Polizeipräsidium Mittelhessen), de-escalation, free
  ki: 'Fragen Sie doch die Maschine', // Wed 25.09. 09:00–12:00, hybrid (ekom21 Gießen, Raum 0.08), Herr Thomas Wagner, AI, free
  vergabe: 'Vergaberecht in Hessen: HVTG, UVgO und Wertgrenzen', // Thu 26.09. 09:00–15:30, online, HVSV, Herr Dr. Ralf Steinmetz, 260 €
  motorsaege: 'Motorsägen-Grundlehrgang für Bauhofbeschäftigte (Modul A)', // Thu 26.09.–Fri 27.09. 07:30–16:00, Bauhof Stadtallendorf, UKH, Herr Andreas Schmitt, free, 8 seats
  haushalt: 'Wohin fließt das Geld?', // Tue 01.10. 18:00–20:30, Kreishaus (Kreistagssitzungssaal), HVSV, Herr Dr. Michael Brandau, county budget, free
  plainEnglish: 'Plain English for Public Services: Talking to International Clients', // Wed 02.10. 09:00–12:30, Kreishaus (Raum B 1.14), Fachdienst Personal, Dr. Catherine O'Neill, English, 40 €, deadline Wed 18.09. 12:00
  projekt: 'Projektmanagement in der Kommunalverwaltung', // Thu 10.10. + Thu 31.10. 09:00–16:00, HVSV Gießen, Herr Jan-Philipp Moog, 390 €, deadline passed Fri 06.09. 23:59
  brandschutz: 'Brandschutzhelfer-Ausbildung mit praktischer Löschübung', // Tue 15.10. 08:30–12:30, Feuerwache Biedenkopf, Fachdienst Personal, Herr Stefan Aßmann, free
  stress: 'Kopf frei', // Wed 16.10., 23.10., 30.10. 14:00–16:00, online, UKH, Frau Dr. Annika Seibert, stress / resilience, free
  protokoll: 'Wer schreibt, der bleibt', // Mon 21.10. 09:00–13:00, Rathaus Kirchhain, HVSV, Frau Gabriele Naumann, minutes, 95 €, towns only
  sprache: 'Schreiben, die ankommen', // Tue 22.10. 09:00–16:00, Bürgerhaus Kirchhain, HVSV, Frau Dr. Claudia Lenz, plain language, 180 €
  quereinstieg: 'Einführung in das Verwaltungsrecht für Quereinsteigende', // Mon 04.11.–Wed 06.11. 08:30–15:30, HVSV Gießen, Frau Dr. Claudia Lenz, 520 €, 18 seats, deadline Fri 18.10. 23:59
  ersteHilfe: 'Erste-Hilfe-Fortbildung für betriebliche Ersthelfende', // Thu 07.11. 08:30–16:00, DRK-Bildungszentrum Marburg, UKH, Herr Markus Döring (DRK-Kreisverband Marburg-Gießen), free, 16 seats
  fuehrung: 'Die ersten 100 Tage', // Mon 18.11.–Tue 19.11. 09:00–16:30, Kreishaus (Raum A 2.05), HVSV, Frau Birgit Sommerlad, new managers, 460 €, deadline Fri 01.11. 23:59
  socialMedia: 'Social-Media-Redaktion für Städte und Gemeinden', // draft (Tue 03.12.), ekom21, Frau Melanie Roth
  friedhof: 'Friedhofsgebühren rechtssicher kalkulieren', // draft (Thu 05.12.), HVSV Gießen, Dr. Steinmetz
  powerpoint: 'PowerPoint professionell: Präsentationen für Gremien', // cancelled (Wed 18.09.), ekom21 Gießen, Herr Thomas Wagner
  telefon: 'Gut erreichbar am Telefon', // cancelled (Thu 10.10.), Kreishaus, Frau Sabine Kretschmer
  grundsteuer: 'Grundsteuer in Hessen: das Flächen-Faktor-Verfahren in der Praxis', // past (Tue 20.08.2030), online, Dr. Steinmetz
  hitze: 'Hitze am Arbeitsplatz: Schutz für Außendienst und Bauhof', // past (Thu 11.07.2030), Rathaus Stadtallendorf, UKH
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.socialMedia, T.friedhof, T.powerpoint, T.telefon, T.grundsteuer, T.hitze];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -------------------------------------------------------------------------------------------
  { conv: 'excel', q: 'Was kostet der Excel-Kurs?', kind: 'facts', titles: [T.excel], says: ['kostet 145 €'] },
  { conv: 'excel', q: 'und wer leitet den?', kind: 'facts', titles: [T.excel], says: ['leitet Herr Thomas Wagner'] },
  { conv: 'excel', q: 'Wo ist das?', kind: 'facts', titles: [T.excel], says: ['Carlo-Mierendorff-Straße 11'] },
  { conv: 'excel', q: 'welche kurse gibt der noch?', kind: 'list', ...maybeAlso(only(T.ki), T.excel) },
  {
    conv: 'leadership',
    q: 'When is the course for new team leaders?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['takes place on 2 days', 'each from 09:00 to 16:30'],
  },
  {
    conv: 'leadership',
    q: 'is it online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['takes place in person', 'Kreishaus Marburg'],
  },
  {
    conv: 'leadership',
    q: 'how much is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: [/costs (€\s?460|460\s?€|EUR 460)/],
  },
  {
    conv: 'leadership',
    q: "what's the registration deadline?",
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['You can register for the seminar', 'until Fri, 1 Nov 2030, 23:59'],
  },
  {
    conv: 'english',
    q: 'Are there any courses in English?',
    locale: 'en',
    kind: 'list',
    ...only(T.meetings, T.plainEnglish),
  },
  { conv: 'english', q: 'which one is online?', locale: 'en', kind: 'list', titles: [T.meetings] },
  {
    conv: 'english',
    q: 'when is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.meetings],
    says: ['takes place on 3 days', 'Mon, 23 Sep 2030', 'each from 16:00 to 17:30'],
  },
  {
    conv: 'english',
    q: 'and the price?',
    locale: 'en',
    kind: 'facts',
    titles: [T.meetings],
    says: [/costs (€\s?90|90\s?€|EUR 90)/],
  },
  { conv: 'stadtallendorf', q: 'Was läuft in Stadtallendorf?', kind: 'list', ...only(T.deeskalation, T.motorsaege) },
  { conv: 'stadtallendorf', q: 'welcher davon ist für den Bauhof?', kind: 'list', titles: [T.motorsaege] },
  {
    conv: 'stadtallendorf',
    q: 'wie lange dauert der?',
    kind: 'facts',
    titles: [T.motorsaege],
    says: ['dauert 2 Tage, jeweils von 07:30 bis 16:00 Uhr'],
  },
  { conv: 'projekt', q: 'Projektmanagement-Seminar', kind: 'list', titles: [T.projekt] },
  {
    conv: 'projekt',
    q: 'kann ich mich da noch anmelden?',
    kind: 'facts',
    titles: [T.projekt],
    says: ['am Fr., 06.09.2030, 23:59 Uhr abgelaufen'],
  },
  {
    conv: 'projekt',
    q: 'wann sind die termine',
    kind: 'facts',
    titles: [T.projekt],
    says: ['an 2 Tagen', 'Do., 10.10.2030 und Do., 31.10.2030', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  { conv: 'stress', q: 'anything on stress management?', locale: 'en', kind: 'list', titles: [T.stress] },
  {
    conv: 'stress',
    q: 'do I have to come to the office for it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.stress],
    says: ['takes place online'],
  },
  {
    conv: 'stress',
    q: 'who runs it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.stress],
    says: ['is led by Frau Dr. Annika Seibert'],
  },
  {
    conv: 'quereinstieg',
    q: 'Ich bin Quereinsteigerin aus der Privatwirtschaft – gibt es eine Einführung ins Verwaltungsrecht?',
    kind: 'list',
    first: T.quereinstieg,
    ...maybeAlso(only(T.quereinstieg), T.sprache),
  },
  {
    conv: 'quereinstieg',
    q: 'Sind da noch Plätze frei?',
    kind: 'facts',
    titles: [T.quereinstieg],
    says: ['noch 18 von 18 Plätzen frei'],
  },
  {
    conv: 'quereinstieg',
    q: 'bis wann muss ich mich anmelden',
    kind: 'facts',
    titles: [T.quereinstieg],
    says: ['bis Fr., 18.10.2030, 23:59 Uhr anmelden'],
  },
  { conv: 'heute', q: 'Was ist heute noch los?', kind: 'list', titles: [T.teams] },
  {
    conv: 'heute',
    q: 'Und wann genau fängt das an?',
    kind: 'facts',
    titles: [T.teams],
    says: ['beginnt am Mo., 09.09.2030 um 14:00 Uhr'],
  },
  // --- follow-ups with nothing talked about ---------------------------------------------------------------------------
  { conv: 'empty-en', q: 'how much is it?', locale: 'en', kind: 'noContext' },
  { conv: 'empty-de', q: 'Und wo ist das?', kind: 'noContext' },
  // --- facts ------------------------------------------------------------------------------------------------------------
  {
    q: 'wer leitet die Erste-Hilfe-Fortbildung?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['leitet Herr Markus Döring (DRK-Kreisverband Marburg-Gießen)'],
  },
  {
    q: 'Where is the de-escalation training?',
    locale: 'en',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['Rathaus Stadtallendorf', 'Bahnhofstraße 2'],
  },
  {
    q: 'wann ist die brandschutzhelferausbildung',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['am Di., 15.10.2030 von 08:30 bis 12:30 Uhr'],
  },
  {
    q: 'Is the AI workshop online or in person?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is hybrid', 'Carlo-Mierendorff-Straße 11'],
  },
  {
    q: 'sind im wohngeld seminar noch plätze frei?',
    kind: 'facts',
    titles: [T.wohngeld],
    says: ['noch 20 von 20 Plätzen frei'],
  },
  {
    q: 'How many seats are left in the first aid course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['has 16 of 16 seats left'],
  },
  {
    q: 'When is the induction day for new staff?',
    locale: 'en',
    kind: 'facts',
    titles: [T.onboarding],
    says: ['takes place on Thu, 19 Sep 2030 from 09:00 to 15:30'],
  },
  { q: 'ist die Phishing-Schulung kostenlos?', kind: 'facts', titles: [T.phishing], says: ['ist kostenlos'] },
  {
    q: 'Is the Plain English workshop held in English?',
    locale: 'en',
    kind: 'facts',
    titles: [T.plainEnglish],
    says: ['is held in English'],
  },
  {
    q: 'Wo findet die Schulung zum Protokollführen in der Gemeindevertretung statt?',
    kind: 'facts',
    titles: [T.protokoll],
    says: ['Rathaus Kirchhain, Sitzungssaal, Am Markt 1'],
  },
  {
    q: 'How much is the procurement law seminar?',
    locale: 'en',
    kind: 'facts',
    titles: [T.vergabe],
    says: [/costs (€\s?260|260\s?€|EUR 260)/],
  },
  {
    q: 'how long is the chainsaw course',
    locale: 'en',
    kind: 'facts',
    titles: [T.motorsaege],
    says: ['lasts 2 days, each from 07:30 to 16:00'],
  },
  {
    q: 'Can I still sign up for the Plain English course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.plainEnglish],
    says: ['You can register for the seminar', 'until Wed, 18 Sep 2030, 12:00'],
  },
  {
    q: 'Um wie viel Uhr beginnt die Haushaltsveranstaltung für Kreistagsabgeordnete?',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['beginnt am Di., 01.10.2030 um 18:00 Uhr'],
  },
  {
    q: 'Findet „Wenn es laut wird“ noch statt?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['24.09.2030'],
  },
  { q: 'zeig mir die Details zum Vergaberecht-Seminar', kind: 'details', titles: [T.vergabe] },
  // --- subjects only summary, description or topics name -----------------------------------------------------------------
  { q: 'Schulung zu Phishing-Mails', kind: 'list', titles: [T.phishing] },
  { q: 'anything on ChatGPT?', locale: 'en', kind: 'list', titles: [T.ki] },
  { q: 'umgang mit aggressiven bürgern', kind: 'list', titles: [T.deeskalation] },
  { q: 'Rückenübungen in der Mittagspause', kind: 'list', titles: [T.mittag] },
  { q: 'Doppik für Kreistagsabgeordnete', kind: 'list', titles: [T.haushalt] },
  { q: 'Bürgernahe Sprache in Bescheiden', kind: 'list', titles: [T.sprache] },
  { q: 'Is there a course for new managers?', locale: 'en', kind: 'list', titles: [T.fuehrung] },
  { q: 'onboarding for new employees', locale: 'en', kind: 'list', titles: [T.onboarding] },
  { q: 'resilience training', locale: 'en', kind: 'list', titles: [T.stress] },
  { q: 'Niederschrift Gemeindevertretung', kind: 'list', titles: [T.protokoll] },
  { q: 'IT security awareness training', locale: 'en', kind: 'list', titles: [T.phishing] },
  { q: 'Kettensägenkurs', kind: 'list', titles: [T.motorsaege] },
  // --- typos ---------------------------------------------------------------------------------------------------------------
  { q: 'brandschutzhelfer ausbilding', kind: 'list', titles: [T.brandschutz] },
  { q: 'vergaberect seminar', kind: 'list', titles: [T.vergabe] },
  { q: 'datenschuz schulung', kind: 'list', titles: [T.datenschutz] },
  // --- trainers, providers, places ---------------------------------------------------------------------------------------
  { q: 'Courses by Melanie Roth', locale: 'en', kind: 'list', ...only(T.teams, T.phishing) },
  { q: 'Welche Seminare hat Frau Dr. Lenz?', kind: 'list', ...only(T.sprache, T.quereinstieg) },
  {
    q: 'Was bietet die Unfallkasse Hessen an?',
    kind: 'list',
    ...only(T.deeskalation, T.motorsaege, T.stress, T.ersteHilfe),
  },
  { q: 'ekom21 courses', locale: 'en', kind: 'list', ...only(T.teams, T.excel, T.phishing, T.ki) },
  {
    q: 'Seminare vom Fachdienst Personal',
    kind: 'list',
    ...only(T.mittag, T.onboarding, T.plainEnglish, T.brandschutz),
  },
  {
    q: 'Präsenzseminare des HVSV',
    kind: 'list',
    ...only(T.haushalt, T.projekt, T.protokoll, T.sprache, T.quereinstieg, T.fuehrung),
  },
  { q: 'Was gibt es in Gießen?', kind: 'list', ...only(T.excel, T.ki, T.projekt, T.quereinstieg) },
  { q: 'anything in Biedenkopf?', locale: 'en', kind: 'list', titles: [T.brandschutz] },
  {
    q: 'Kurse im Kreishaus',
    kind: 'list',
    ...only(T.onboarding, T.haushalt, T.plainEnglish, T.fuehrung),
  },
  { q: 'gibt es was in Frankenberg?', kind: 'none' },
  // --- dates, formats, fees ------------------------------------------------------------------------------------------------
  { q: 'Was ist morgen?', kind: 'list', titles: [T.excel] },
  { q: "What's on this week?", locale: 'en', kind: 'list', titles: [T.teams, T.excel, T.phishing, T.wohngeld] },
  { q: 'was steht nächste woche an', kind: 'list', titles: [T.datenschutz, T.mittag, T.onboarding] },
  {
    q: 'Was gibt es in den nächsten zwei Wochen?',
    kind: 'list',
    ...maybeAlso(only(T.teams, T.excel, T.phishing, T.wohngeld, T.datenschutz, T.mittag, T.onboarding), T.meetings),
  },
  { q: 'Seminare im November', kind: 'list', titles: [T.quereinstieg, T.ersteHilfe, T.fuehrung] },
  {
    q: 'online courses in October?',
    locale: 'en',
    kind: 'list',
    ...maybeAlso(only(T.stress), T.mittag, T.meetings),
  },
  { q: 'gibt es am 3. Oktober was?', kind: 'none' },
  { q: 'anything on a Friday?', locale: 'en', kind: 'list', titles: [T.motorsaege] },
  { q: 'Gibt es Abendveranstaltungen?', kind: 'list', titles: [T.haushalt] },
  {
    q: 'mehrtägige Seminare',
    kind: 'list',
    ...maybeAlso(only(T.motorsaege, T.projekt, T.quereinstieg, T.fuehrung), T.mittag, T.meetings, T.stress),
  },
  { q: 'Kurse über 300 Euro', kind: 'list', ...only(T.projekt, T.quereinstieg, T.fuehrung) },
  { q: 'hybrid seminars', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    q: 'Welche Präsenzseminare sind kostenlos?',
    kind: 'list',
    ...maybeAlso(only(T.onboarding, T.deeskalation, T.motorsaege, T.haushalt, T.brandschutz, T.ersteHilfe), T.ki),
  },
  // --- gone, drafts, no match, greetings, own registrations ------------------------------------------------------------
  { q: 'Findet der PowerPoint-Kurs nächste Woche noch statt?', kind: 'gone', gone: T.powerpoint },
  { q: 'Is the telephone training still happening?', locale: 'en', kind: 'gone', gone: T.telefon },
  {
    q: 'Was there a course on property tax last month?',
    locale: 'en',
    kind: 'gone',
    gone: T.grundsteuer,
    says: ['Tue, 20 Aug 2030'],
  },
  { q: 'Gab es im Juli eine Schulung zum Hitzeschutz?', kind: 'gone', gone: T.hitze, says: ['Do., 11.07.2030'] },
  { q: 'wann war die grundsteuer-schulung?', kind: 'gone', gone: T.grundsteuer, says: ['Di., 20.08.2030'] },
  { q: 'Gibt es eine Schulung zu Social Media für Gemeinden?', kind: 'none' },
  { q: 'friedhofsgebühren kalkulieren', kind: 'none' },
  { q: 'Do you offer Spanish lessons?', locale: 'en', kind: 'none' },
  { q: 'Hallo!', kind: 'help' },
  { q: 'What can you do?', locale: 'en', kind: 'help' },
  { q: 'Danke, das hilft mir sehr!', kind: 'thanks' },
  { q: 'Which courses am I registered for?', locale: 'en', kind: 'myRegistrations' },
  { q: 'Wo bin ich angemeldet?', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-sixty-eighth, independent catalogue (Landkreis Marburg-Biedenkopf, HVSV, ekom21, Unfallkasse Hessen, Fachdienst Personal)',
  {
    fixture: 'heldout368-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
