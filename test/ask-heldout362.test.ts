// Over-fitting check, three-hundred-and-sixty-second catalogue: the autumn 2030 programme for the Regionalverband
// Saarbrücken (Saarland) and its towns — the Landeshauptstadt Saarbrücken, Völklingen, Sulzbach/Saar, Püttlingen and
// others — with the Fachhochschule für Verwaltung des Saarlandes (FHSV), the eGo-Saar Zweckverband, the Unfallkasse
// Saarland, the Kommunaler Arbeitgeberverband Saar, the Regionalverband itself and the city's Amt für Personal, imported
// from a JSON file. Seminars take place in the Rathaus St. Johann (Festsaal, Raum 214), the Verwaltungszentrum
// Gerberstraße, the FHSV (Neugrabenweg 2), the eGo-Saar Schulungszentrum (Trierer Straße 33), the Unfallkasse
// (Beethovenstraße 41), the Feuerwache Saarbrücken-Mitte, the Saarbrücker Schloss, the Rathaus Völklingen, the Rathaus
// Püttlingen and the Baubetriebshof Sulzbach, online or hybrid. Two seminars are held in English (the welcome-desk course
// and the cross-border workshop, hybrid in the Schloss). Several titles do not name their subject ("Papierlos durch den
// Tag" is the e-file, "Aufstehen, bitte!" back exercises at lunchtime, "Wenn es laut wird" de-escalation, "Darf ich das
// weitergeben?" data protection, "Der digitale Kollege" AI / ChatGPT, "Wenn alles zu viel wird" stress / burnout,
// "Verstehen Sie mich?" plain language instead of Amtsdeutsch, "Seitenwechsel" new managers, "Wohin fließt das Geld?"
// the city budget for council members), so only summary, description or topics reveal it. The questions are typed the
// way people chat in Teams: lowercase, no punctuation, fragments, abbreviations, typos, follow-ups; German and English.
//
// Calendar around `now` (Tuesday 17 September 2030, 08:45 in Saarbrücken, summer time; winter time begins Sun
// 27.10.2030; Tag der Deutschen Einheit Thu 03.10. and Allerheiligen Fri 01.11.2030 are holidays in the Saarland):
//   this week:  Tue 17.09. (today) 13:30–15:00 e-file (online, eGo-Saar); Fri 20.09. 08:00–12:00 fire wardens
//               (Feuerwache); Excel deadline Fri 20.09. 12:00
//   next week:  Mon 23.09. the cancelled Outlook course; Tue 24.09. 12:15–12:45 first of three lunchtime exercises
//               (online; then Tue 01.10. and Tue 08.10.); Wed 25.09.–Thu 26.09. 08:30–12:30 Excel (Verwaltungszentrum
//               Gerberstraße, 95 €); Fri 27.09. 12:00 deadline of the welcome-desk course
//   October:    Wed 02.10. induction day (Rathaus St. Johann); nothing on Thu 03.10.; Mon 07.10. first aid (Unfallkasse);
//               Tue 08.10. de-escalation (Unfallkasse); Wed 09.10. 09:00–12:30 Welcome Desk English (Rathaus, Raum 214,
//               45 €); Thu 10.10. data protection (FHSV, 140 €) and the cancelled time-management course; Tue 15.10.
//               procurement (FHSV, 260 €); Wed 16.10. registry office (Rathaus Püttlingen, 150 €); Thu 17.10.
//               10:00–12:00 AI (hybrid, eGo-Saar); Mon 21.10.–Tue 22.10. 07:30–15:30 chainsaw (Bauhof Sulzbach);
//               Tue 22.10. council meetings (Rathaus Völklingen, 80 €); Wed 23.10. stress (online); Thu 24.10. OZG
//               (eGo-Saar); Tue 29.10. (CET) plain language (online, 60 €); Wed 30.10. accessible documents (online, 30 €)
//   November:   Mon 04.11.–Wed 06.11. 09:00–16:00 leadership (FHSV, 520 €, deadline Fri 18.10. 23:59); Thu 07.11. TVöD
//               (online, KAV Saar, 180 €); Tue 12.11. 18:00–20:30 budget for council members (Rathaus, evening);
//               Thu 14.11. 14:00–17:00 cross-border (English, hybrid, Schloss); drafts social media (Thu 21.11.) and
//               e-mobility (Tue 26.11.)
//   past:       Wed 03.07.2030 heat protection (Rathaus Völklingen), Tue 10.09.2030 Doppik (FHSV).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2030-09-17T06:45:00Z'); // Tuesday, 17 September 2030, 08:45 in Saarbrücken (CEST)
const TZ = 'Europe/Berlin';

const T = {
  eakte: 'Papierlos durch den Tag', // Tue 17.09. 13:30–15:00, online, eGo-Saar, Frau Melanie Schwarz, e-file, free
  brandschutz: 'Brandschutzhelfer-Ausbildung mit Löschübung', // Fri 20.09. 08:00–12:00, Feuerwache Saarbrücken-Mitte, Amt für Personal, Herr Sven Altmeyer, free
  bewegung: 'Aufstehen, bitte!', // Tue 24.09., 01.10., 08.10. 12:15–12:45, online, Amt für Personal, Frau Nina Becker, back exercises, free
  excel: 'Excel im Büroalltag: Formeln, Filter und Pivot-Tabellen', // Wed 25.09.–Thu 26.09. 08:30–12:30, Verwaltungszentrum Gerberstraße, Amt für Personal, Herr Stefan Kiefer, 95 €, 12 seats, deadline Fri 20.09. 12:00
  onboarding: 'Willkommen bei der Landeshauptstadt Saarbrücken', // Wed 02.10. 09:00–15:00, Rathaus St. Johann (Festsaal), Amt für Personal, Frau Sabine Jung, induction day, LHS only, free
  ersteHilfe: 'Erste-Hilfe-Fortbildung für betriebliche Ersthelfer', // Mon 07.10. 08:00–15:30, Unfallkasse (Beethovenstraße 41), Herr Marco Weber (DRK), free
  deeskalation: 'Wenn es laut wird', // Tue 08.10. 09:00–16:00, Unfallkasse, Herr Thomas Lang (Landespolizeipräsidium), de-escalation, free
  welcomeDesk: 'Welcome Desk English: Helping International Residents', // Wed 09.10. 09:00–12:30, Rathaus St. Johann (Raum 214), Amt für Personal, English, 45 €, deadline Fri 27.09. 12:00
  datenschutz: 'Darf ich das weitergeben?', // Thu 10.10. 09:00–16:00, FHSV, Frau Dr. Andrea Hoffmann, data protection / DSGVO, 140 €
  vergabe: 'Vergaberecht im Saarland: UVgO, VOB/A und Wertgrenzen', // Tue 15.10. 09:00–16:00, FHSV, Herr Dr. Klaus Reinert, 260 €
  standesamt: 'Eheschließung mit Auslandsbezug: Ehefähigkeit, Befreiung, Anerkennung', // Wed 16.10. 09:00–16:00, Rathaus Püttlingen, FHSV, Herr Andreas Klein, 150 €
  ki: 'Der digitale Kollege', // Thu 17.10. 10:00–12:00, hybrid (eGo-Saar Schulungszentrum), Herr Jonas Maurer, AI, free
  motorsaege: 'Motorsägen-Grundlehrgang für Bauhofbeschäftigte', // Mon 21.10.–Tue 22.10. 07:30–15:30, Baubetriebshof Sulzbach, Unfallkasse, Herr Rainer Müller, free
  sitzungsdienst: 'Sitzungsdienst kompakt: Einladung, Niederschrift, Beschlusskontrolle', // Tue 22.10. 09:00–15:00, Rathaus Völklingen, Regionalverband, Frau Petra Zimmer, 80 €
  stress: 'Wenn alles zu viel wird', // Wed 23.10. 09:00–12:00, online, Unfallkasse, Frau Jutta Biehl, stress / burnout, free
  ozg: 'Online-Dienste mit dem Serviceportal Saarland', // Thu 24.10. 09:00–15:00, eGo-Saar Schulungszentrum, Herr Jonas Maurer, OZG, free
  klartext: 'Verstehen Sie mich?', // Tue 29.10. (CET) 09:00–12:30, online, FHSV, Frau Katrin Ludwig, plain language, 60 €
  barrierefrei: 'Barrierefreie Dokumente mit Word und PDF', // Wed 30.10. 09:00–12:00, online, eGo-Saar, Frau Melanie Schwarz, 30 €
  fuehrung: 'Seitenwechsel', // Mon 04.11.–Wed 06.11. 09:00–16:00, FHSV, Frau Dr. Martina Hahn, new managers, 520 €, deadline Fri 18.10. 23:59
  tvoed: 'TVöD-Eingruppierung in der Praxis', // Thu 07.11. 09:00–15:00, online, KAV Saar, Herr Michael Schmitt, 180 €, 25 seats
  haushalt: 'Wohin fließt das Geld?', // Tue 12.11. 18:00–20:30, Rathaus St. Johann (Festsaal), FHSV, Herr Dr. Jörg Weiland, budget for council members, free
  grenz: 'Working Across the Border: Cooperation in the Greater Region', // Thu 14.11. 14:00–17:00, hybrid (Saarbrücker Schloss), Regionalverband, Dr. Fiona Marshall, English, free
  socialMedia: 'Social Media für Kommunen: Instagram rechtssicher nutzen', // draft (Thu 21.11.)
  emobil: 'Elektromobilität im kommunalen Fuhrpark', // draft (Tue 26.11.)
  outlook: 'Outlook effizient nutzen: E-Mails, Kalender, Aufgaben', // cancelled (Mon 23.09.), Kiefer, Gerberstraße
  zeit: 'Zeitmanagement im Büro: Prioritäten setzen', // cancelled (Thu 10.10.), online
  hitze: 'Hitzeschutz am Arbeitsplatz', // past (Wed 03.07.2030), Rathaus Völklingen, Unfallkasse
  doppik: 'Einführung in die Doppik für Quereinsteiger', // past (Tue 10.09.2030), FHSV
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.socialMedia, T.emobil, T.outlook, T.zeit, T.hitze, T.doppik];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -------------------------------------------------------------------------------------------
  {
    conv: 'excel',
    q: 'excel kurs wann',
    kind: 'facts',
    titles: [T.excel],
    says: ['an 2 Tagen', 'Mi., 25.09.2030 und Do., 26.09.2030', 'jeweils von 08:30 bis 12:30 Uhr'],
  },
  { conv: 'excel', q: 'und was kostet der', kind: 'facts', titles: [T.excel], says: ['kostet 95 €'] },
  { conv: 'excel', q: 'und wo', kind: 'facts', titles: [T.excel], says: ['Verwaltungszentrum Gerberstraße'] },
  {
    conv: 'excel',
    q: 'anmeldeschluss?',
    kind: 'facts',
    titles: [T.excel],
    says: ['bis Fr., 20.09.2030, 12:00 Uhr anmelden'],
  },
  { conv: 'excel', q: 'gibts noch plätze', kind: 'facts', titles: [T.excel], says: ['noch 12 von 12 Plätzen frei'] },
  { conv: 'dsgvo', q: 'was kostet dsgvo', kind: 'facts', titles: [T.datenschutz], says: ['kostet 140 €'] },
  {
    conv: 'dsgvo',
    q: 'wer macht das',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['leitet Frau Dr. Andrea Hoffmann'],
  },
  {
    conv: 'dsgvo',
    q: 'is das online',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['findet in Präsenz statt', 'Fachhochschule für Verwaltung des Saarlandes'],
  },
  { conv: 'ai', q: 'any ai training', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    conv: 'ai',
    q: 'when is it',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['takes place on Thu, 17 Oct 2030 from 10:00 to 12:00'],
  },
  {
    conv: 'ai',
    q: 'can i join remotely',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is hybrid', 'eGo-Saar Schulungszentrum'],
  },
  { conv: 'ai', q: 'who runs it', locale: 'en', kind: 'facts', titles: [T.ki], says: ['is led by Herr Jonas Maurer'] },
  { conv: 'ai', q: 'what else does he do', locale: 'en', kind: 'list', ...maybeAlso(only(T.ozg), T.ki) },
  {
    conv: 'leadership',
    q: 'new team leader any training for me',
    locale: 'en',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'leadership',
    q: 'how long',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['lasts 3 days, each from 09:00 to 16:00'],
  },
  {
    conv: 'leadership',
    q: 'price?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: [/costs (€\s?520|520\s?€|EUR 520)/],
  },
  {
    conv: 'leadership',
    q: 'deadline to sign up',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['You can register for the seminar', 'until Fri, 18 Oct 2030, 23:59'],
  },
  {
    conv: 'unfallkasse',
    q: 'was macht die unfallkasse so',
    kind: 'list',
    ...only(T.ersteHilfe, T.deeskalation, T.motorsaege, T.stress),
  },
  { conv: 'unfallkasse', q: 'welche davon sind online', kind: 'list', titles: [T.stress] },
  { conv: 'unfallkasse', q: 'kostet das was', kind: 'facts', titles: [T.stress], says: ['ist kostenlos'] },
  { conv: 'english', q: 'courses in english?', locale: 'en', kind: 'list', ...only(T.welcomeDesk, T.grenz) },
  { conv: 'english', q: 'which one is hybrid', locale: 'en', kind: 'list', titles: [T.grenz] },
  {
    conv: 'english',
    q: 'where is it',
    locale: 'en',
    kind: 'facts',
    titles: [T.grenz],
    says: ['Saarbrücker Schloss'],
  },
  {
    conv: 'welcome',
    q: 'welcome desk english course cost',
    locale: 'en',
    kind: 'facts',
    titles: [T.welcomeDesk],
    says: [/costs (€\s?45|45\s?€|EUR 45)/],
  },
  {
    conv: 'welcome',
    q: 'can i still register',
    locale: 'en',
    kind: 'facts',
    titles: [T.welcomeDesk],
    says: ['You can register for the seminar', 'until Fri, 27 Sep 2030, 12:00'],
  },
  {
    conv: 'ruecken',
    q: 'gibts was für den rücken',
    kind: 'list',
    titles: [T.bewegung],
  },
  {
    conv: 'ruecken',
    q: 'wann genau',
    kind: 'facts',
    titles: [T.bewegung],
    says: ['an 3 Tagen', 'Di., 24.09.2030', 'Di., 08.10.2030', 'jeweils von 12:15 bis 12:45 Uhr'],
  },
  {
    conv: 'ruecken',
    q: 'muss ich da hin oder geht das online',
    kind: 'facts',
    titles: [T.bewegung],
    says: ['findet online statt'],
  },
  { conv: 'saege', q: 'motorsäge lehrgang', kind: 'list', titles: [T.motorsaege] },
  {
    conv: 'saege',
    q: 'wie lang geht der',
    kind: 'facts',
    titles: [T.motorsaege],
    says: ['dauert 2 Tage, jeweils von 07:30 bis 15:30 Uhr'],
  },
  {
    conv: 'saege',
    q: 'um wie viel uhr fängt der an',
    kind: 'facts',
    titles: [T.motorsaege],
    says: ['beginnt am Mo., 21.10.2030 um 07:30 Uhr'],
  },
  // --- follow-ups with nothing talked about ---------------------------------------------------------------------------
  { conv: 'leer', q: 'und wo is das', kind: 'noContext' },
  { conv: 'leer-en', q: 'how much is it', locale: 'en', kind: 'noContext' },
  // --- facts ------------------------------------------------------------------------------------------------------------
  {
    q: 'wer leitet erste hilfe',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['leitet Herr Marco Weber (DRK-Kreisverband Saarbrücken)'],
  },
  { q: 'deeskaltion training wo', kind: 'facts', titles: [T.deeskalation], says: ['Beethovenstraße 41'] },
  {
    q: 'brandschutzhelfer wann',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['am Fr., 20.09.2030 von 08:00 bis 12:00 Uhr'],
  },
  { q: 'vergaberecht wie teuer', kind: 'facts', titles: [T.vergabe], says: ['kostet 260 €'] },
  { q: 'standesamt seminar wo genau', kind: 'facts', titles: [T.standesamt], says: ['Rathaus Püttlingen'] },
  {
    q: 'is the cross border workshop in english',
    locale: 'en',
    kind: 'facts',
    titles: [T.grenz],
    says: ['is held in English'],
  },
  {
    q: 'any spots left in the tvöd course',
    locale: 'en',
    kind: 'facts',
    titles: [T.tvoed],
    says: ['has 25 of 25 seats left'],
  },
  {
    q: 'is the plain language course online',
    locale: 'en',
    kind: 'facts',
    titles: [T.klartext],
    says: ['takes place online'],
  },
  {
    q: 'einführungstag neue mitarbeiter wann',
    kind: 'facts',
    titles: [T.onboarding],
    says: ['am Mi., 02.10.2030 von 09:00 bis 15:00 Uhr'],
  },
  {
    q: 'wann fängt die haushalts schulung für ratsmitglieder an',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['beginnt am Di., 12.11.2030 um 18:00 Uhr'],
  },
  { q: 'sitzungsdienst völklingen kosten', kind: 'facts', titles: [T.sitzungsdienst], says: ['kostet 80 €'] },
  { q: 'zeig mal details zum ozg kurs', kind: 'details', titles: [T.ozg] },
  // --- subjects only summary, description or topics name -----------------------------------------------------------------
  { q: 'chatgpt schulung', kind: 'list', titles: [T.ki] },
  { q: 'anything for stress or burnout', locale: 'en', kind: 'list', titles: [T.stress] },
  { q: 'umgang mit aggressiven bürgern', kind: 'list', titles: [T.deeskalation] },
  {
    q: 'datenschutz schulung',
    kind: 'list',
    first: T.datenschutz,
    ...maybeAlso(only(T.datenschutz), T.ki),
  },
  { q: 'e akte einführung', kind: 'list', titles: [T.eakte] },
  { q: 'amtsdeutsch vermeiden', kind: 'list', titles: [T.klartext] },
  { q: 'anything about working with france', locale: 'en', kind: 'list', titles: [T.grenz] },
  { q: 'barierefreie pdf', kind: 'list', titles: [T.barrierefrei] },
  // --- trainers, providers, places ---------------------------------------------------------------------------------------
  { q: 'was bietet ego saar an', kind: 'list', ...only(T.eakte, T.ki, T.ozg, T.barrierefrei) },
  {
    q: 'was bietet die fhsv an',
    kind: 'list',
    ...only(T.datenschutz, T.vergabe, T.standesamt, T.klartext, T.fuehrung, T.haushalt),
  },
  {
    q: 'was macht das amt für personal',
    kind: 'list',
    ...only(T.brandschutz, T.bewegung, T.excel, T.onboarding, T.welcomeDesk),
  },
  { q: 'courses in völklingen', locale: 'en', kind: 'list', titles: [T.sitzungsdienst] },
  {
    q: 'was gibts im rathaus st johann',
    kind: 'list',
    ...only(T.onboarding, T.welcomeDesk, T.haushalt),
  },
  { q: 'seminare von frau schwarz', kind: 'list', ...only(T.eakte, T.barrierefrei) },
  { q: 'anything in saarlouis', locale: 'en', kind: 'none' },
  // --- dates, formats, fees ------------------------------------------------------------------------------------------------
  { q: 'was is heute', kind: 'list', titles: [T.eakte] },
  { q: 'whats on this week', locale: 'en', kind: 'list', titles: [T.eakte, T.brandschutz] },
  { q: 'nächste woche was los', kind: 'list', titles: [T.bewegung, T.excel] },
  { q: 'morgen irgendwas', kind: 'none' },
  { q: 'in den nächsten 2 wochen', kind: 'list', ...only(T.eakte, T.brandschutz, T.bewegung, T.excel) },
  {
    q: 'anything in november',
    locale: 'en',
    kind: 'list',
    titles: [T.fuehrung, T.tvoed, T.haushalt, T.grenz],
  },
  {
    q: 'online kurse im oktober',
    kind: 'list',
    ...maybeAlso(only(T.stress, T.klartext, T.barrierefrei), T.bewegung, T.ki),
  },
  { q: 'gibts was abends', kind: 'list', titles: [T.haushalt] },
  { q: 'kostenlose seminare im november', kind: 'list', ...only(T.haushalt, T.grenz) },
  {
    q: 'mehrtägige kurse',
    kind: 'list',
    ...maybeAlso(only(T.excel, T.motorsaege, T.fuehrung), T.bewegung),
  },
  { q: 'kurse über 200 euro', kind: 'list', ...only(T.vergabe, T.fuehrung) },
  { q: 'hybride seminare', kind: 'list', ...only(T.ki, T.grenz) },
  { q: 'gibts am 3.10. was', kind: 'none' },
  { q: 'anything on a monday', locale: 'en', kind: 'list', ...only(T.ersteHilfe, T.motorsaege, T.fuehrung) },
  // --- gone, drafts, no match, greetings, own registrations ------------------------------------------------------------
  { q: 'outlook kurs', kind: 'gone', gone: T.outlook },
  { q: 'zeitmanagment seminar', kind: 'gone', gone: T.zeit },
  { q: 'wann war hitzeschutz', kind: 'gone', gone: T.hitze, says: ['Mi., 03.07.2030'] },
  { q: 'doppik einführung', kind: 'gone', gone: T.doppik, says: ['Di., 10.09.2030'] },
  { q: 'instagram schulung', kind: 'none' },
  { q: 'e-mobilität fuhrpark', kind: 'none' },
  { q: 'spanish course?', locale: 'en', kind: 'none' },
  { q: 'hallo', kind: 'help' },
  { q: 'hi what can u do', locale: 'en', kind: 'help' },
  { q: 'danke dir', kind: 'thanks' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
  { q: 'my bookings', locale: 'en', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-sixty-second, independent catalogue (Regionalverband and Landeshauptstadt Saarbrücken, FHSV, eGo-Saar, Unfallkasse Saarland, Amt für Personal)',
  {
    fixture: 'heldout362-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
