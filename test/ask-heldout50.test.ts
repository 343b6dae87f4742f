// Over-fitting check, fiftieth catalogue: the 2027/28 programme of the NLT-Akademie, the training academy of the
// Niedersächsischer Landkreistag, open to the staff of the Region Hannover and five Landkreise (Verden, Oldenburg,
// Diepholz, Cloppenburg, Nienburg/Weser), imported from a JSON file. Seminars are held in the Haus der kommunalen
// Selbstverwaltung in Hannover, the Kreishaus Verden and the Bildungszentrum Oldenburg, online or hybrid, by the
// academy itself, the Studieninstitut (NSI), the IT provider KDO, the climate and energy agency KEAN, the
// Landesjugendamt (LS) and the accident insurer GUV. Subjects: registration office, foreigners' authority, social
// benefits, child protection and day care, building authority, climate management, energy saving, sustainable
// procurement, fleet and mobility, OZG, e-file, AI, cyber security, recruiting, onboarding, generations, health, and
// two seminars held in English. Brochure texts with catchy titles whose subject is often only in the summary or
// description; questions use everyday words for administrative terms (Kita, Hartz IV, Bauamt, E-Bike,
// Zuwanderungsbehörde, CO2-Bilanz) and are written the way employees ask, without looking at the parser or the
// answers. Same assertions as the other suites: exactly the expected seminars (best first where one is clearly best),
// the asked fact in the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Wednesday 12 January 2028, 14:30 in Hannover, winter time):
//   this week:  nothing more today; Thu 13.01. 09:00–12:30 registration law (tomorrow, morning, deadline already passed
//               on 06.01.), Fri 14.01. 13:30–16:00 phishing (online)
//   next week:  Mon 17.01. morning (day care, online), Tue 18.01. afternoon (climate management, online),
//               Wed 19.01. morning (English, Verden), Thu 20.01. afternoon (AI, hybrid) – all half days
//   then:       Tue/Wed 25.–26.01. residence law (two days, Verden), Thu 27.01. social benefits (the cancelled Excel
//               course would have been the same day); February: seven seminars (the cancelled driving course on 10.02.
//               and the draft on social media on 22.02. are not offered); March: five (summer time begins Sun 26.03.2028:
//               the third module of the generations course on Mon 27.03. and the English climate exchange on Wed 29.03.
//               are CEST); April: onboarding on Tue 04.04.
//   past:       the blackout seminar (Thu 21.10.2027) and the gender-fair writing course (Tue 30.11. and 07.12.2027).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-01-12T13:30:00Z'); // Wednesday, 12 January 2028, 14:30 in Hannover (CET)
const TZ = 'Europe/Berlin';

const T = {
  melde: 'Hier wohne ich jetzt: Grundwissen für den Bürgerservice', // Thu 13.01.2028 09:00–12:30, Hannover, NSI, 160 €, registration law, deadline passed Thu 06.01. 23:59
  cyber: 'Erst denken, dann klicken: Sicher unterwegs im Netz', // Fri 14.01. 13:30–16:00, online, KDO, free, 100 seats, phishing
  kita: 'Jedes Kind zählt: Platzvergabe und Elternbeiträge in der Kindertagesbetreuung', // Mon 17.01. 09:00–12:30, online, LS, 60 €
  klima: 'Jede Tonne zählt: Klimaschutzmanagement im Landkreis', // Tue 18.01. 13:30–16:30, online, KEAN, free, greenhouse gas balance
  welcomeDesk: 'Welcome Desk English: Talking to Newcomers at the Immigration Office', // Wed 19.01. 09:00–12:00, Kreishaus Verden, English, 140 €
  ki: 'Frag die Maschine: Künstliche Intelligenz im Verwaltungsalltag', // Thu 20.01. 13:00–16:00, hybrid (Hannover), KDO, free, Prof. Dr. Kortmann
  aufenthalt: 'Ankommen, bleiben, arbeiten: Aufenthaltsrecht für die Praxis', // Tue 25.01. and Wed 26.01. 09:00–16:00, Verden, NSI, 390 €, deadline Fri 14.01. 23:59
  sozial: 'Das Nötigste zum Leben: Leistungen nach SGB II und SGB XII', // Thu 27.01. 09:00–16:00, Hannover, NSI, 210 €, Bürgergeld, Reinecke
  bau: 'Bauen mit Brief und Siegel: Die Niedersächsische Bauordnung in der Praxis', // Tue 01.02. 09:00–16:00, Kreishaus Verden, NSI, 220 €
  eakte: 'Digital statt Umlaufmappe: Arbeiten mit der elektronischen Akte', // Thu 03.02. 09:00–12:30, Oldenburg, KDO, free (three Landkreise only)
  kinderschutz: 'Hinschauen und handeln: Kinderschutz im Jugendamt', // Mon 07.02. and Tue 08.02. 09:00–16:30, Oldenburg, LS, 340 €, two trainers
  interkulturell: 'Zwischen den Zeilen: Interkulturelle Kommunikation im Bürgerkontakt', // Wed 09.02. 09:00–16:00, Hannover, 180 €
  energie: 'Heizung runter, Licht aus – was in Dienstgebäuden wirklich hilft', // Tue 15.02. 13:00–16:30, online, KEAN, free, energy saving
  recruiting: 'Gesucht, gefunden: Personalgewinnung in Zeiten knapper Bewerbungen', // Thu 17.02. 09:00–16:00, Hannover, 250 €, Vosskamp
  ruecken: 'Rücken gerade, Kopf frei: Gesund am Bildschirmarbeitsplatz', // Mon 28.02. 13:00–16:00, Kreishaus Verden, GUV, free (note)
  generationen: 'Boomer trifft Gen Z: Führen zwischen den Generationen', // Mon 06.03., Tue 07.03. 09:00–16:00, Mon 27.03. 09:00–12:30 (CEST), Hannover, 720 €, deadline Fri 18.02.
  ozg: 'Online statt Wartenummer: Das OZG im Landkreis umsetzen', // Thu 09.03. 09:00–12:30, hybrid (Hannover), free
  mobil: 'Umsteigen, bitte: Dienstreisen mit Rad, Bahn und Carsharing', // Tue 14.03. 13:00–16:30, Kreishaus Verden, KEAN, 90 €, 20 seats, Pedelecs
  beschaffung: 'Einkaufen mit Weitblick: Umwelt- und Sozialkriterien bei Bestellungen', // Thu 16.03. 09:00–12:00, online, NSI, 120 €
  climate: 'Climate-Proof Counties: Learning from European Partners', // Wed 29.03. 13:30–16:00 (CEST), online, English, free, heat action plans
  onboarding: 'Gut angekommen: Neue Beschäftigte systematisch einarbeiten', // Tue 04.04. 09:00–13:00 (CEST), Oldenburg, 150 €, Vosskamp
  socialMedia: 'Mehr Reichweite fürs Amt: Social Media in der Kreisverwaltung', // draft
  hitze: 'Wenn der Sommer zu heiß wird: Hitzeschutz im Landkreis', // draft
  fahrsicherheit: 'Sicher am Steuer: Fahrsicherheitstraining mit dem Dienstwagen', // cancelled
  excel: 'Zahlen, bitte: Excel für die Haushaltsplanung', // cancelled
  blackout: 'Gut vorbereitet auf den Blackout: Krisenstab und Notfallvorsorge', // past (Thu 21 October 2027)
  gender: 'Gendergerecht schreiben: Briefe und Bescheide für alle', // past (Tue 30 November and Tue 7 December 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.socialMedia, T.hitze, T.fahrsicherheit, T.excel, T.blackout, T.gender];

const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  {
    q: 'Was kostet die Fortbildung zum Aufenthaltsrecht?',
    kind: 'facts',
    titles: [T.aufenthalt],
    says: ['kostet 390 €'],
  },
  {
    q: 'How much is the Welcome Desk English course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.welcomeDesk],
    says: ['costs €140'],
  },
  {
    q: 'Ist der Rückenkurs kostenlos?',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['ist kostenlos'],
    mentions: ['Die Kosten übernimmt der GUV Hannover.'],
  },
  // --- facts: when, start time, duration -------------------------------------------------------------------------------
  {
    q: 'Wann ist die Kinderschutz-Fortbildung?',
    kind: 'facts',
    titles: [T.kinderschutz],
    says: ['an 2 Tagen', 'Mo., 07.02.2028 und Di., 08.02.2028', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    q: 'Wann findet „Boomer trifft Gen Z“ statt?',
    kind: 'facts',
    titles: [T.generationen],
    says: [
      'an 3 Terminen',
      'Mo., 06.03.2028, 09:00–16:00 Uhr; Di., 07.03.2028, 09:00–16:00 Uhr; Mo., 27.03.2028, 09:00–12:30 Uhr',
    ],
  },
  {
    q: 'When is the climate exchange with the European partners?',
    locale: 'en',
    kind: 'facts',
    titles: [T.climate],
    says: ['takes place on Wed, 29 Mar 2028 from 13:30 to 16:00'],
  },
  {
    q: 'Um wie viel Uhr beginnt das Onboarding-Seminar?',
    kind: 'facts',
    titles: [T.onboarding],
    says: ['beginnt am Di., 04.04.2028 um 09:00 Uhr'],
  },
  {
    q: 'What time does the AI seminar start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['starts on Thu, 20 Jan 2028 at 13:00'],
  },
  {
    q: 'Wie lange dauert das Seminar zum Energiesparen?',
    kind: 'facts',
    titles: [T.energie],
    says: ['dauert 3,5 Stunden, von 13:00 bis 16:30 Uhr'],
  },
  // --- facts: where, format, deadline, seats, trainer ------------------------------------------------------------------
  { q: 'Wo findet die Schulung zur Bauordnung statt?', kind: 'facts', titles: [T.bau], says: ['im Kreishaus Verden'] },
  {
    q: 'Wo findet das Seminar zur interkulturellen Kommunikation statt?',
    kind: 'facts',
    titles: [T.interkulturell],
    says: ['im Haus der kommunalen Selbstverwaltung'],
  },
  {
    q: 'Findet die OZG-Veranstaltung online statt?',
    kind: 'facts',
    titles: [T.ozg],
    says: [/findet hybrid statt|oder online statt/],
  },
  {
    q: 'Bis wann muss ich mich für das Generationen-Seminar anmelden?',
    kind: 'facts',
    titles: [T.generationen],
    says: ['bis Fr., 18.02.2028, 23:59 Uhr'],
  },
  {
    q: 'Until when can I register for the residence law training?',
    locale: 'en',
    kind: 'facts',
    titles: [T.aufenthalt],
    says: ['until Fri, 14 Jan 2028, 23:59'],
  },
  {
    q: 'Wie viele Plätze sind beim Phishing-Seminar noch frei?',
    kind: 'facts',
    titles: [T.cyber],
    says: ['noch 100 von 100 Plätzen frei'],
  },
  {
    q: 'Who teaches the child protection course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.kinderschutz],
    says: ['led by Frau Maren Lüders und Herr Okan Demir'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  {
    conv: 'meldeamt',
    q: 'Ich arbeite im Einwohnermeldeamt – gibt es eine passende Schulung für mich?',
    kind: 'list',
    titles: [T.melde],
  },
  {
    conv: 'meldeamt',
    q: 'Wann ist die?',
    kind: 'facts',
    titles: [T.melde],
    says: ['am Do., 13.01.2028 von 09:00 bis 12:30 Uhr'],
  },
  {
    conv: 'meldeamt',
    q: 'Kann ich mich noch anmelden?',
    kind: 'facts',
    titles: [T.melde],
    says: ['ist am Do., 06.01.2028, 23:59 Uhr abgelaufen'],
  },
  {
    conv: 'carsharing',
    q: 'Is there anything on car sharing for business trips?',
    locale: 'en',
    kind: 'list',
    titles: [T.mobil],
  },
  {
    conv: 'carsharing',
    q: 'Where does it take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.mobil],
    says: ['takes place at Kreishaus Verden'],
  },
  {
    conv: 'carsharing',
    q: 'How many seats are left?',
    locale: 'en',
    kind: 'facts',
    titles: [T.mobil],
    says: ['has 20 of 20 seats left'],
  },
  {
    conv: 'sozialamt',
    q: 'Ich bin neu im Sozialamt – gibt es eine Fortbildung zur Sozialhilfe?',
    kind: 'list',
    titles: [T.sozial],
  },
  { conv: 'sozialamt', q: 'Wer leitet die?', kind: 'facts', titles: [T.sozial], says: ['leitet Herr Thomas Reinecke'] },
  {
    conv: 'sozialamt',
    q: 'Findet das online statt?',
    kind: 'facts',
    titles: [T.sozial],
    says: ['im Haus der kommunalen Selbstverwaltung'],
  },
  // --- topic searches: everyday words, words only the summary or description has, compounds, synonyms -----------------
  { q: 'Gibt es eine Fortbildung zu Kita-Gebühren?', kind: 'list', titles: [T.kita] },
  { q: 'Gibt es eine Schulung zu Hartz IV?', kind: 'list', titles: [T.sozial] },
  { q: 'Gibt es was für Kolleginnen und Kollegen im Bauamt?', kind: 'list', titles: [T.bau] },
  { q: 'Wir wollen Dienst-E-Bikes anschaffen – gibt es dazu eine Fortbildung?', kind: 'list', titles: [T.mobil] },
  { q: 'Wie erstellen wir eine CO2-Bilanz für unseren Landkreis?', kind: 'list', titles: [T.klima] },
  { q: 'Wie können wir im Rathaus Heizkosten sparen?', kind: 'list', titles: [T.energie] },
  {
    q: 'Gibt es Schulungen für Mitarbeitende der Zuwanderungsbehörde?',
    kind: 'list',
    first: T.aufenthalt,
    includes: [T.aufenthalt, T.welcomeDesk],
  },
  { q: 'Is there training on child protection?', locale: 'en', kind: 'list', titles: [T.kinderschutz] },
  { q: 'Can I learn how to use ChatGPT for my work?', locale: 'en', kind: 'list', titles: [T.ki] },
  { q: 'Is there any cyber security training?', locale: 'en', kind: 'list', titles: [T.cyber] },
  {
    q: 'Ich habe ständig Nackenschmerzen vom Sitzen am Schreibtisch – gibt es da was?',
    kind: 'list',
    titles: [T.ruecken],
  },
  { q: 'Wie finden wir neue Mitarbeitende? Gibt es ein Seminar zur Personalsuche?', kind: 'list', first: T.recruiting },
  { q: 'Is there anything on onboarding new employees?', locale: 'en', kind: 'list', titles: [T.onboarding] },
  {
    q: 'Ich leite ein Team mit ganz jungen und älteren Kolleginnen und Kollegen – gibt es dafür ein Seminar?',
    kind: 'list',
    titles: [T.generationen],
  },
  { q: 'Is there a course on heat waves and climate adaptation?', locale: 'en', kind: 'list', titles: [T.climate] },
  // --- typos -----------------------------------------------------------------------------------------------------------
  { q: 'Kinderschuts Fortbildung', kind: 'list', titles: [T.kinderschutz] },
  { q: 'Gibt es was zu Phising?', kind: 'list', titles: [T.cyber] },
  { q: 'Klimaschutzmanagment Seminar', kind: 'list', titles: [T.klima] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, cost, length, language, free seats -------
  { q: 'Was läuft morgen?', kind: 'list', titles: [T.melde] },
  { q: 'Was gibt es nächste Woche vormittags?', kind: 'list', titles: [T.kita, T.welcomeDesk] },
  { q: 'Anything next week in the afternoon?', locale: 'en', kind: 'list', titles: [T.klima, T.ki] },
  {
    q: 'Was gibt es im Februar?',
    kind: 'list',
    titles: [T.bau, T.eakte, T.kinderschutz, T.interkulturell, T.energie, T.recruiting, T.ruecken],
  },
  {
    q: 'Welche Seminare finden im Kreishaus Verden statt?',
    kind: 'list',
    ...only(T.welcomeDesk, T.aufenthalt, T.bau, T.ruecken, T.mobil),
  },
  { q: 'Welche Seminare gibt Frau Vosskamp?', kind: 'list', ...only(T.recruiting, T.onboarding) },
  { q: 'Was bietet die KEAN an?', kind: 'list', ...only(T.klima, T.energie, T.mobil) },
  { q: 'Which seminars are held in English?', locale: 'en', kind: 'list', ...only(T.welcomeDesk, T.climate) },
  {
    q: 'Welche Seminare richten sich an Führungskräfte?',
    kind: 'list',
    ...only(T.recruiting, T.generationen, T.onboarding),
  },
  { q: 'Welche kostenlosen Seminare gibt es im Februar?', kind: 'list', titles: [T.eakte, T.energie, T.ruecken] },
  { q: 'Welche Seminare dauern mehrere Tage?', kind: 'list', ...only(T.aufenthalt, T.kinderschutz, T.generationen) },
  {
    q: 'Welche Seminare im März haben noch freie Plätze?',
    kind: 'list',
    titles: [T.generationen, T.ozg, T.mobil, T.beschaffung, T.climate],
  },
  // --- gone, no match, greeting ----------------------------------------------------------------------------------------
  { q: 'Wann ist das Fahrsicherheitstraining?', kind: 'gone', gone: T.fahrsicherheit },
  { q: 'Is the Excel course for budget planning still on?', locale: 'en', kind: 'gone', gone: T.excel },
  { q: 'Wann war das Seminar zur Blackout-Vorsorge?', kind: 'gone', gone: T.blackout, says: ['Do., 21.10.2027'] },
  { q: 'Wann war das Seminar zu gendergerechter Sprache?', kind: 'gone', gone: T.gender, says: ['Di., 07.12.2027'] },
  { q: 'Gibt es eine Schulung zu Social Media?', kind: 'none' },
  { q: 'Gibt es einen Kurs für Gebärdensprache?', kind: 'none' },
  { q: 'Do you offer a beekeeping course?', locale: 'en', kind: 'none' },
  { q: 'Moin!', kind: 'help' },
  { q: 'Good morning!', locale: 'en', kind: 'help' },
];

heldoutSuite('answering questions about a fiftieth, independent catalogue (NLT-Akademie, Niedersachsen, bilingual)', {
  fixture: 'heldout50-catalogue.json',
  now,
  timeZone: TZ,
  cases: CASES,
  titles: all,
  never: NEVER,
});
