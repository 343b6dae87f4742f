// Over-fitting check, three-hundred-and-forty-ninth catalogue: the autumn 2029 / winter 2030 programme for the Landkreis
// Göttingen (Niedersachsen) and its Städte, Gemeinden and Samtgemeinden (Stadt Göttingen, Duderstadt, Hann. Münden,
// Osterode am Harz, Herzberg am Harz, Bad Lauterberg im Harz, Bovenden, Rosdorf, Friedland, Gleichen, Samtgemeinden
// Dransfeld, Gieboldehausen, Radolfshausen), with the Niedersächsisches Studieninstitut für kommunale Verwaltung (NSI,
// Bildungszentrum in Hannover, Wielandstraße), the Kreisvolkshochschule Göttingen Osterode (KVHS, Bildungszentrum in
// Göttingen at the Bahnhofsallee and the KVHS-Haus in Osterode), the GUV Hannover / Landesunfallkasse Niedersachsen and
// three offices of the Landkreis (Fachbereich Personal und Organisation, Stabsstelle Digitalisierung, Kommunalaufsicht),
// imported from a JSON file. Seminars take place in the Kreishaus Göttingen (Reinhäuser Landstraße 4), the Dienstgebäude
// Osterode (Herzberger Straße 5), the Kreisstraßenmeisterei Dransfeld, the Bauhof in Hann. Münden, the Rathaus Duderstadt,
// the Feuerwehrtechnische Zentrale in Bovenden, in Hannover, online or hybrid. Several titles do not name their subject
// ("Wer darf was sehen?" is data protection, "Der nächste Lebensabschnitt" retirement, "Wenn der erste Frost kommt"
// winter road service, "Der digitale Kollege" AI / ChatGPT, "Einfach gesagt" plain / easy-read language, "Ordnung ohne
// Ordner" the e-file, "Anträge aus dem Netz" OZG online applications, "Kraft tanken im Büroalltag" stress and
// resilience), so only summary, description or topics reveal it; one seminar is held in English; the leadership course
// runs on two Thursdays across the end of summer time, the chainsaw course on two consecutive days; the Sitzungsdienst
// course is open only to the kreisangehörige Kommunen, the welcome day only to the Landkreis. Questions are a plain mix:
// topics, each kind of fact, date / format / place / trainer / provider / audience filters, follow-ups, typos, cancelled,
// past and draft seminars, no match, greetings; about a third in English; written without looking at the parser.
//
// Calendar around `now` (Monday 22 October 2029, 09:40 in Göttingen, summer time; summer time ends Sun 28.10.2029;
// Reformationstag Wed 31.10. is a public holiday in Niedersachsen, Buß- und Bettag Wed 21.11. is not):
//   this week:  Mon 22.10. (today) 14:00–16:00 Teams (online); Tue 23.10. 09:00–12:00 data protection (Kreishaus);
//               Thu 25.10. (CEST) 09:00–16:30 first day of the leadership course (Hannover; deadline passed Fri 12.10.
//               23:59); Fri 26.10. 08:00–15:30 first aid (Osterode)
//   next week:  Mon 29.10. 09:00–16:00 procurement (Hannover; deadline Fri 26.10. 12:00), Tue 30.10. 17:30–19:30
//               retirement (online, evening), nothing on Wed 31.10. (Reformationstag), Fri 02.11. 07:00–12:00 winter
//               service (Straßenmeisterei Dransfeld)
//   November:   Tue 06.11. 09:00–12:30 Wohngeld (hybrid, Kreishaus), Wed 07.11. 09:00–12:00 AI (online), Thu 08.11. (CET)
//               second day of the leadership course, the cancelled Excel course (Fri 09.11.), Mon 12.11.–Tue 13.11.
//               07:30–15:30 chainsaw (Bauhof Hann. Münden; 8 seats, no waitlist; deadline Mon 29.10. 12:00), Wed 14.11.
//               13:00–16:00 easy-read language (KVHS-Haus Osterode), Thu 15.11. 09:00–12:30 English (KVHS Göttingen;
//               deadline Thu 08.11. 12:00), the cancelled cash-audit course (Mon 19.11.), Tue 20.11. 09:00–16:00
//               naturalisation (Hannover), Thu 22.11. 09:00–12:00 e-file (hybrid, Osterode), Tue 27.11. 14:00–17:00
//               Sitzungsdienst (Rathaus Duderstadt), Thu 29.11. 09:00–15:00 correspondence (KVHS Göttingen)
//   December:   Tue 04.12. 10:00–11:30 OZG (online), Wed 05.12. 09:00–12:00 stress (online)
//   2030:       Mon 14.01. 09:00–15:00 welcome day (Kreishaus), Wed 06.02. 08:30–12:30 fire wardens (Bovenden), the draft
//               dog-tax course (Thu 21.02.), the draft social-media course (Wed 13.03.)
//   past:       Thu 12.07.2029 heat protection (Straßenmeisterei Dransfeld), Tue 11.09.2029 registration law (online).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2029-10-22T07:40:00Z'); // Monday, 22 October 2029, 09:40 in Göttingen (CEST)
const TZ = 'Europe/Berlin';

const T = {
  teams: 'Microsoft Teams im Arbeitsalltag: Chats, Kanäle und Besprechungen', // Mon 22.10. 14:00–16:00, online, KVHS, Herr Dr. Florian Brandt, 40 €, 100 seats
  datenschutz: 'Wer darf was sehen?', // Tue 23.10. 09:00–12:00, Kreishaus, FB Personal, Herr Ralf Meinecke, data protection / DSGVO, free
  fuehrung: 'Führen ohne Weisungsbefugnis: laterale Führung in Projekten', // Thu 25.10. (CEST) + Thu 08.11. (CET) 09:00–16:30, NSI Hannover, Frau Dr. Anke Vollmer, 390 €, deadline passed Fri 12.10. 23:59
  ersteHilfe: 'Erste-Hilfe-Grundlehrgang für betriebliche Ersthelfer', // Fri 26.10. 08:00–15:30, Dienstgebäude Osterode, GUV, Herr Markus Diedrich (Johanniter), free
  vergabe: 'Vergaberecht in Niedersachsen: NTVergG, UVgO und Direktaufträge', // Mon 29.10. 09:00–16:00, NSI Hannover, Frau Dr. Heike Sander, 295 €, deadline Fri 26.10. 12:00
  ruhestand: 'Der nächste Lebensabschnitt', // Tue 30.10. 17:30–19:30, online, FB Personal, Frau Monika Lange, retirement, free
  winterdienst: 'Wenn der erste Frost kommt', // Fri 02.11. 07:00–12:00, Kreisstraßenmeisterei Dransfeld, GUV, Herr Thomas Kruse, winter service, free
  wohngeld: 'Wohngeld nach der Reform: Berechnung, Einkommen und Heizkostenkomponente', // Tue 06.11. 09:00–12:30, hybrid (Kreishaus), NSI, Frau Petra Gröne, 180 €
  ki: 'Der digitale Kollege', // Wed 07.11. 09:00–12:00, online, KVHS, Herr Dr. Florian Brandt, AI / ChatGPT, 45 €
  motorsaege: 'Motorsägen-Grundlehrgang (Modul A) nach DGUV Information 214-059', // Mon 12.11.–Tue 13.11. 07:30–15:30, Bauhof Hann. Münden, GUV, Herr Thomas Kruse, free, 8 seats, no waitlist, deadline Mon 29.10. 12:00
  einfach: 'Einfach gesagt', // Wed 14.11. 13:00–16:00, KVHS-Haus Osterode, KVHS, Frau Sabine Engel, easy-read / plain language, 60 €
  english: "Speaking with Newcomers: English at the Foreigners' Office Counter", // Thu 15.11. 09:00–12:30, KVHS Göttingen, Frau Rebecca Hall, English, 85 €, deadline Thu 08.11. 12:00
  einbuergerung: 'Einbürgerung nach dem neuen Staatsangehörigkeitsrecht', // Tue 20.11. 09:00–16:00, NSI Hannover, Herr Björn Tammen, 210 €, deadline Tue 06.11. 23:59
  eakte: 'Ordnung ohne Ordner', // Thu 22.11. 09:00–12:00, hybrid (Dienstgebäude Osterode), Stabsstelle Digitalisierung, Herr Jan Petersen, e-file, free
  sitzung: 'Sitzungsdienst in Rat und Ausschüssen: Ladung, Tagesordnung, Protokoll', // Tue 27.11. 14:00–17:00, Rathaus Duderstadt, Kommunalaufsicht, Herr Jens Hartwig, free, Gemeinden only
  korrespondenz: 'Bürgerfreundliche Korrespondenz: Briefe und E-Mails klar formulieren', // Thu 29.11. 09:00–15:00, KVHS Göttingen, Frau Sabine Engel, 75 €, 14 seats
  ozg: 'Anträge aus dem Netz', // Tue 04.12. 10:00–11:30, online, Stabsstelle Digitalisierung, Herr Jan Petersen, OZG, free
  stress: 'Kraft tanken im Büroalltag', // Wed 05.12. 09:00–12:00, online, GUV, Frau Dr. Katrin Wolff, stress / resilience, free
  willkommen: 'Willkommenstag für neue Beschäftigte des Landkreises', // Mon 14.01.2030 09:00–15:00, Kreishaus, FB Personal, Frau Monika Lange, free, Landkreis only
  brandschutz: 'Brandschutzhelfer-Ausbildung nach ASR A2.2', // Wed 06.02.2030 08:30–12:30, FTZ Bovenden, FB Personal, Herr Stefan Koch (Kreisfeuerwehr), free
  hundesteuer: 'Hundesteuer und Gefahrtierrecht nach dem NHundG', // draft (Thu 21.02.2030)
  socialMedia: 'Social Media in der Gemeindeverwaltung: Instagram, Facebook und Mastodon', // draft (Wed 13.03.2030)
  excel: 'Excel für Fortgeschrittene: Pivot-Tabellen und Power Query', // cancelled (Fri 09.11.2029), Herr Dr. Florian Brandt
  kasse: 'Kassenprüfung in Zahlstellen und Handvorschusskassen', // cancelled (Mon 19.11.2029), Frau Dr. Heike Sander
  hitze: 'Hitzeschutz bei Arbeiten im Freien', // past (Thu 12.07.2029), Herr Thomas Kruse, Straßenmeisterei Dransfeld
  meldewesen: 'Meldewesen kompakt: Bundesmeldegesetz für das Bürgerbüro', // past (Tue 11.09.2029), online, Herr Björn Tammen
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.hundesteuer, T.socialMedia, T.excel, T.kasse, T.hitze, T.meldewesen];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'ki', q: 'gibt es was zu künstlicher intelligenz oder chatgpt?', kind: 'list', titles: [T.ki] },
  { conv: 'ki', q: 'wer macht das?', kind: 'facts', titles: [T.ki], says: ['leitet Herr Dr. Florian Brandt'] },
  { conv: 'ki', q: 'und was kostet der kurs', kind: 'facts', titles: [T.ki], says: ['kostet 45 €'] },
  { conv: 'ki', q: 'welche kurse hat er sonst noch?', kind: 'list', ...maybeAlso(only(T.teams), T.ki) },
  {
    conv: 'winter',
    q: 'anything on winter road maintenance for the depot staff?',
    locale: 'en',
    kind: 'list',
    titles: [T.winterdienst],
  },
  {
    conv: 'winter',
    q: 'what time does it start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.winterdienst],
    says: ['07:00'],
  },
  {
    conv: 'winter',
    q: 'where exactly is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.winterdienst],
    says: ['Kreisstraßenmeisterei Dransfeld, Göttinger Straße 40, 37127 Dransfeld'],
  },
  { conv: 'fuehrung', q: 'seminar zu lateraler führung', kind: 'list', titles: [T.fuehrung] },
  {
    conv: 'fuehrung',
    q: 'an welchen tagen ist das?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 25.10.2029 und Do., 08.11.2029', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    conv: 'fuehrung',
    q: 'kann man sich da noch anmelden',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['am Fr., 12.10.2029, 23:59 Uhr abgelaufen'],
  },
  { conv: 'saege', q: 'motorsägenlehrgang', kind: 'list', titles: [T.motorsaege] },
  {
    conv: 'saege',
    q: 'wie viele plätze sind noch frei?',
    kind: 'facts',
    titles: [T.motorsaege],
    says: ['noch 8 von 8 Plätzen frei'],
  },
  {
    conv: 'saege',
    q: 'bis wann muss ich mich anmelden',
    kind: 'facts',
    titles: [T.motorsaege],
    says: ['bis Mo., 29.10.2029, 12:00 Uhr anmelden'],
  },
  {
    conv: 'saege',
    q: 'wie lange dauert der?',
    kind: 'facts',
    titles: [T.motorsaege],
    says: ['dauert 2 Tage, jeweils von 07:30 bis 15:30 Uhr'],
  },
  {
    conv: 'hannover',
    q: 'which seminars take place in Hannover?',
    locale: 'en',
    kind: 'list',
    ...only(T.fuehrung, T.vergabe, T.einbuergerung),
  },
  {
    conv: 'hannover',
    q: 'who teaches the one on citizenship?',
    locale: 'en',
    kind: 'facts',
    titles: [T.einbuergerung],
    says: ['is led by Herr Björn Tammen'],
  },
  {
    conv: 'hannover',
    q: 'how much is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.einbuergerung],
    says: [/costs .*210/],
  },
  { conv: 'english', q: 'Is there any course held in English?', locale: 'en', kind: 'list', titles: [T.english] },
  {
    conv: 'english',
    q: 'when is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['takes place on', '09:00', '12:30'],
  },
  {
    conv: 'english',
    q: 'until when can I sign up?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['You can register for the seminar', '12:00'],
  },
  { conv: 'duderstadt', q: 'was findet in duderstadt statt?', kind: 'list', titles: [T.sitzung] },
  { conv: 'duderstadt', q: 'ist das kostenlos?', kind: 'facts', titles: [T.sitzung], says: ['ist kostenlos'] },
  {
    conv: 'duderstadt',
    q: 'wer ist der referent',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['leitet Herr Jens Hartwig'],
  },
  { conv: 'lange', q: 'was bietet frau lange an?', kind: 'list', ...only(T.ruhestand, T.willkommen) },
  {
    conv: 'lange',
    q: 'wann ist der willkommenstag?',
    kind: 'facts',
    titles: [T.willkommen],
    says: ['am Mo., 14.01.2030 von 09:00 bis 15:00 Uhr'],
  },
  {
    conv: 'osterode',
    q: "What's on in Osterode?",
    locale: 'en',
    kind: 'list',
    ...only(T.ersteHilfe, T.einfach, T.eakte),
  },
  {
    conv: 'osterode',
    q: 'can I join the e-file session from home?',
    locale: 'en',
    kind: 'facts',
    titles: [T.eakte],
    says: ['is hybrid', 'Dienstgebäude Osterode'],
  },
  { conv: 'leer', q: 'und wie teuer ist das?', kind: 'noContext' },
  { conv: 'leer-en', q: "who's the trainer?", locale: 'en', kind: 'noContext' },
  // --- facts about one seminar -----------------------------------------------------------------------------------------
  {
    q: 'wo findet der erste-hilfe-kurs statt',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['Dienstgebäude Osterode, Herzberger Straße 5, 37520 Osterode am Harz'],
  },
  {
    q: 'wann beginnt das seminar zur stressbewältigung?',
    kind: 'facts',
    titles: [T.stress],
    says: ['beginnt am Mi., 05.12.2029 um 09:00 Uhr'],
  },
  {
    q: 'ist die wohngeld schulung online?',
    kind: 'facts',
    titles: [T.wohngeld],
    says: ['findet hybrid statt', 'Kreishaus Göttingen'],
  },
  {
    q: 'wie lange geht die einbürgerungsschulung',
    kind: 'facts',
    titles: [T.einbuergerung],
    says: ['dauert', 'von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'in welcher sprache ist der kurs für die ausländerbehörde?',
    kind: 'facts',
    titles: [T.english],
    says: ['wird auf Englisch gehalten'],
  },
  {
    q: 'leichte sprache schulung wann',
    kind: 'facts',
    titles: [T.einfach],
    says: ['am Mi., 14.11.2029 von 13:00 bis 16:00 Uhr'],
  },
  {
    q: 'wo ist die brandschutzhelferausbildung?',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['Feuerwehrtechnische Zentrale des Landkreises, Am Lohberg 2, 37120 Bovenden'],
  },
  { q: 'was kostet der korrespondens kurs', kind: 'facts', titles: [T.korrespondenz], says: ['kostet 75 €'] },
  {
    q: 'Wann ist die Schulung zum Onlinezugangsgesetz?',
    kind: 'facts',
    titles: [T.ozg],
    says: ['am Di., 04.12.2029 von 10:00 bis 11:30 Uhr'],
  },
  { q: 'Where is the Teams training?', locale: 'en', kind: 'facts', titles: [T.teams], says: ['takes place online'] },
  {
    q: 'who leads the chainsaw course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.motorsaege],
    says: ['is led by Herr Thomas Kruse'],
  },
  {
    q: 'what language is the lateral leadership seminar in?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['is held in German'],
  },
  // --- subjects only summary, description or topics name ---------------------------------------------------------------
  { q: 'datenschutz', kind: 'list', titles: [T.datenschutz] },
  { q: 'vorbereitung auf den ruhestand', kind: 'list', titles: [T.ruhestand] },
  { q: 'resilienz', kind: 'list', titles: [T.stress] },
  {
    q: 'anything about writing in plain language?',
    locale: 'en',
    kind: 'list',
    ...maybeAlso(only(T.einfach), T.korrespondenz),
  },
  { q: 'training for new employees', locale: 'en', kind: 'list', titles: [T.willkommen] },
  // --- providers, trainers, places, audience ---------------------------------------------------------------------------
  { q: 'seminare der kvhs', kind: 'list', ...only(T.teams, T.ki, T.einfach, T.english, T.korrespondenz) },
  {
    q: 'was bietet das studieninstitut an?',
    kind: 'list',
    ...only(T.fuehrung, T.vergabe, T.wohngeld, T.einbuergerung),
  },
  {
    q: 'Angebote der Unfallkasse',
    kind: 'list',
    ...only(T.ersteHilfe, T.winterdienst, T.motorsaege, T.stress),
  },
  { q: 'courses by Jan Petersen', locale: 'en', kind: 'list', ...only(T.eakte, T.ozg) },
  { q: 'gibt es was für bauhofmitarbeiter?', kind: 'list', ...only(T.winterdienst, T.motorsaege) },
  { q: 'gibt es etwas in bad lauterberg?', kind: 'none' },
  // --- dates, time of day, format, cost, length ------------------------------------------------------------------------
  { q: 'was ist heute noch', kind: 'list', titles: [T.teams] },
  {
    q: "what's on this week?",
    locale: 'en',
    kind: 'list',
    titles: [T.teams, T.datenschutz, T.fuehrung, T.ersteHilfe],
  },
  { q: 'was steht nächste woche an', kind: 'list', titles: [T.vergabe, T.ruhestand, T.winterdienst] },
  { q: 'gibt es am 31.10. ein seminar?', kind: 'none' },
  {
    q: 'seminare zwischen dem 19. und 30. november',
    kind: 'list',
    titles: [T.einbuergerung, T.eakte, T.sitzung, T.korrespondenz],
  },
  { q: 'anything in December?', locale: 'en', kind: 'list', titles: [T.ozg, T.stress] },
  { q: 'gibt es abendveranstaltungen?', kind: 'list', titles: [T.ruhestand] },
  {
    q: 'welche seminare sind nachmittags',
    kind: 'list',
    ...maybeAlso(only(T.teams, T.einfach, T.sitzung), T.ruhestand),
  },
  {
    q: 'online seminare',
    kind: 'list',
    ...maybeAlso(only(T.teams, T.ruhestand, T.ki, T.ozg, T.stress), T.wohngeld, T.eakte),
  },
  {
    q: 'Which online seminars are free?',
    locale: 'en',
    kind: 'list',
    ...maybeAlso(only(T.ruhestand, T.ozg, T.stress), T.eakte),
  },
  { q: 'seminare über 200 euro', kind: 'list', ...only(T.fuehrung, T.vergabe, T.einbuergerung) },
  { q: 'mehrtägige kurse', kind: 'list', ...only(T.fuehrung, T.motorsaege) },
  // --- gone, drafts, no match, greetings, own registrations ------------------------------------------------------------
  { q: 'findet der excel kurs für fortgeschrittene statt?', kind: 'gone', gone: T.excel },
  { q: 'when was the heat protection training?', locale: 'en', kind: 'gone', gone: T.hitze },
  { q: 'wann war die meldewesen schulung', kind: 'gone', gone: T.meldewesen, says: ['Di., 11.09.2029'] },
  { q: 'hundesteuer', kind: 'none' },
  { q: 'social media training', locale: 'en', kind: 'none' },
  { q: 'Moin!', kind: 'help' },
  { q: 'hi, what can you do?', locale: 'en', kind: 'help' },
  { q: 'wo bin ich angemeldet?', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-forty-ninth, independent catalogue (Landkreis Göttingen, NSI, KVHS Göttingen Osterode, GUV Hannover)',
  {
    fixture: 'heldout349-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
