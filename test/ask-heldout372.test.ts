// Over-fitting check, three-hundred-and-seventy-second catalogue: the autumn 2029 programme for the Eifelkreis
// Bitburg-Prüm (Rheinland-Pfalz) — the Kreisverwaltung in Bitburg, the Stadt Bitburg and the Verbandsgemeinden Bitburger
// Land, Prüm, Speicher, Arzfeld and Südeifel — with the Kommunal-Akademie Rheinland-Pfalz, the Zentrale
// Verwaltungsschule Rheinland-Pfalz (Mayen), the Unfallkasse Rheinland-Pfalz, the Kreisjugendamt and the Kreisverwaltung's
// Personalabteilung, imported from a JSON file. Seminars take place in the Kreisverwaltung (Trierer Straße 1: Großer and
// Kleiner Sitzungssaal, Schulungsraum E.14), the Haus Beda (Bedaplatz 1), the Rathaus Bitburg (Ratssaal), the
// Feuerwehrhaus Bitburg, the Verbandsgemeindeverwaltungen Prüm and Speicher, the Bauhöfe of the VG Prüm and the VG
// Speicher, the Zentrale Verwaltungsschule in Mayen, online or hybrid. Two seminars are held in English (the Bürgerbüro
// course in the Rathaus Bitburg and the cross-border e-mail workshop, online). Several titles do not name their subject
// ("Unterwegs im Dienst" is travel expenses, "Gut ankommen im Eifelkreis" the induction days for Azubis, "Vertraulich
// oder nicht?" data protection, "Bevor der erste Schnee fällt" winter road service for the Bauhöfe, "Den Überblick
// behalten" office organisation for Sekretariate, "Der digitale Kollege" AI / ChatGPT, "Neu in der Rolle" new team leads,
// "Hinschauen und handeln" child protection in the Kita, "Durchatmen" stress / burnout), so only summary, description,
// topics or audience reveal it. The questions stress audiences (Azubis, Sekretariate, new team leads, Bauhof staff,
// Kita-Leitungen) and places (named buildings, towns, "bei uns im Haus"), combined with dates; about half in English.
//
// Calendar around `now` (Tuesday 16 October 2029, 10:15 in Bitburg, summer time; winter time begins Sun 28.10.2029;
// Allerheiligen Thu 01.11.2029 is a holiday in Rheinland-Pfalz):
//   this week:  Tue 16.10. (today) 14:00–15:30 travel expenses (online); Thu 18.10.–Fri 19.10. 09:00–15:30 Azubi
//               induction days (Kreisverwaltung, Großer Sitzungssaal); nothing tomorrow (Wed 17.10.)
//   next week:  Tue 23.10. 07:30–15:00 chainsaw safety for the Bauhöfe (Bauhof Speicher) and 09:00–12:00 Outlook/Teams
//               (online); Wed 24.10. 09:00–12:30 English at the Bürgerbüro (Rathaus Bitburg); Thu 25.10. 08:30–12:30 fire
//               wardens (Feuerwehrhaus Bitburg)
//   week after: (29.10.–04.11.) only the cancelled telephone course (Wed 31.10., VG Speicher); Allerheiligen
//   November:   Mon 05.11. data protection (online, 60 €); Tue 06.11. 08:00–12:00 winter service (Bauhof Prüm); Wed
//               07.11. 09:00–16:00 Sekretariate (Haus Beda, 210 €, deadline passed Mon 15.10. 23:59); Thu 08.11. first
//               aid (Feuerwehrhaus Bitburg); Mon 12.11.–Tue 13.11. 08:30–12:30 Excel (Kreisverwaltung E.14, 80 €,
//               deadline Fri 26.10. 12:00); Wed 14.11. Kita-Leitung staffing (VG Prüm) and 18:30–21:00 council meetings
//               (VG Speicher, evening); Mon 19.11.–Wed 21.11. exam preparation for Azubis (Mayen, 270 €, deadline Fri
//               02.11. 23:59); Tue 20.11. the cancelled PowerPoint course; Wed 21.11. 14:00–16:30 AI (hybrid,
//               Kreisverwaltung E.14); Mon 26.11.–Tue 27.11. 09:00–16:30 new team leads (Haus Beda, 450 €, deadline Fri
//               09.11. 23:59); Thu 29.11. 13:30–16:30 child protection (hybrid, Kreisverwaltung, Kleiner Sitzungssaal)
//   December:   Tue 04.12. procurement (Mayen, 240 €); Wed 05.12. stress (online); Thu 06.12. appraisal interviews
//               (online, 95 €); Thu 13.12. 14:00–16:00 e-mails in English (online, 40 €)
//   January:    Thu 17.01.–Fri 18.01.2030 year-end accounts (online, 320 €); the drafts social media (Tue 15.01.) and
//               parent talks in the Kita (Wed 23.01.)
//   past:       Tue 19.06.2029 heat protection (Bauhof Speicher), Wed 12.09.2029 heavy-rain prevention (Kreisverwaltung).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2029-10-16T08:15:00Z'); // Tuesday, 16 October 2029, 10:15 in Bitburg (CEST)
const TZ = 'Europe/Berlin';

const T = {
  reisekosten: 'Unterwegs im Dienst', // Tue 16.10. 14:00–15:30, online, ZVS, Frau Ute Kirsch, travel expenses, free
  azubiStart: 'Gut ankommen im Eifelkreis', // Thu 18.10.–Fri 19.10. 09:00–15:30, Kreisverwaltung Großer Sitzungssaal, PA, Frau Anja Thielen, Azubis, free
  outlook: 'Outlook und Teams im Büroalltag', // Tue 23.10. 09:00–12:00, online, PA, Herr Marco Schmitz, free
  motorsaege: 'Sicher arbeiten mit Freischneider und Motorsäge', // Tue 23.10. 07:30–15:00, Bauhof Speicher, UK RLP, Herr Jörg Lehnen, Bauhof, free
  buergerbuero: 'Welcome to the Eifel: English at the Bürgerbüro', // Wed 24.10. 09:00–12:30, Rathaus Bitburg (Ratssaal), PA, Frau Jennifer Collins, English, free
  brandschutz: 'Brandschutzhelfer-Ausbildung mit praktischer Löschübung', // Thu 25.10. 08:30–12:30, Feuerwehrhaus Bitburg, PA, Herr Kai Weires, free
  datenschutz: 'Vertraulich oder nicht?', // Mon 05.11. 09:00–12:00, online, KA, Herr Dr. Andreas Kettern, data protection, 60 €
  winterdienst: 'Bevor der erste Schnee fällt', // Tue 06.11. 08:00–12:00, Bauhof Prüm, UK RLP, Herr Michael Hansen, winter service for Bauhof staff, free
  sekretariat: 'Den Überblick behalten', // Wed 07.11. 09:00–16:00, Haus Beda, KA, Frau Birgit Hoffmann-Weber, Sekretariate, 210 €, deadline passed Mon 15.10. 23:59
  ersteHilfe: 'Erste-Hilfe-Fortbildung für betriebliche Ersthelfer', // Thu 08.11. 08:30–16:00, Feuerwehrhaus Bitburg, UK RLP, Herr Peter Wallenborn (DRK), free
  excel: 'Excel-Grundlagen für die Verwaltung', // Mon 12.11.–Tue 13.11. 08:30–12:30, Kreisverwaltung E.14, PA, Frau Nicole Servaty, 80 €, 10 seats, deadline Fri 26.10. 12:00
  kitaLeitung: 'Kita-Leitung: Personalplanung und Dienstpläne nach dem KiTa-Zukunftsgesetz', // Wed 14.11. 09:00–16:00, VG Prüm, Kreisjugendamt, Frau Sabine Kootz, free
  rat: 'Gut vorbereitet in die Ratssitzung', // Wed 14.11. 18:30–21:00, VG Speicher, KA, Herr Dr. Andreas Kettern, Gemeindeordnung for Ortsgemeinderäte, free
  pruefung: 'Fit für die Zwischenprüfung: Verwaltungsfachangestellte', // Mon 19.11.–Wed 21.11. 08:30–15:30, Mayen, ZVS, Herr Dr. Stefan Reuter, Azubis, 270 €, deadline Fri 02.11. 23:59
  ki: 'Der digitale Kollege', // Wed 21.11. 14:00–16:30, hybrid (Kreisverwaltung E.14), PA, Herr Marco Schmitz, AI, free
  fuehrung: 'Neu in der Rolle', // Mon 26.11.–Tue 27.11. 09:00–16:30, Haus Beda, KA, Frau Dr. Claudia Reinhardt, new team leads, 450 €, deadline Fri 09.11. 23:59
  kinderschutz: 'Hinschauen und handeln', // Thu 29.11. 13:30–16:30, hybrid (Kreisverwaltung, Kleiner Sitzungssaal), Kreisjugendamt, Frau Dr. Martina Klöckner, child protection, free
  vergabe: 'Vergaberecht kompakt: UVgO, VOB/A und Wertgrenzen in Rheinland-Pfalz', // Tue 04.12. 09:00–16:00, Mayen, ZVS, Herr Dr. Stefan Reuter, 240 €
  stress: 'Durchatmen', // Wed 05.12. 09:00–12:00, online, UK RLP, Frau Miriam Albers, stress / burnout, free
  mag: 'Mitarbeitergespräche führen', // Thu 06.12. 09:00–12:00, online, KA, Herr Thomas Berens, for managers, 95 €
  email: 'Writing Clear E-mails in English: Cross-Border Cooperation', // Thu 13.12. 14:00–16:00, online, PA, Herr Daniel O'Brien, English, 40 €
  doppik: 'Jahresabschluss in der kommunalen Doppik', // Thu 17.01.–Fri 18.01.2030 09:00–15:00, online, ZVS, Frau Dr. Renate Scholl, 320 €, deadline Fri 21.12. 23:59
  socialMedia: 'Social Media für Verbandsgemeinden: Instagram und Facebook rechtssicher betreiben', // draft (Tue 15.01.2030)
  eltern: 'Elterngespräche in der Kita professionell führen', // draft (Wed 23.01.2030), Kita-Leitungen, VG Prüm
  powerpoint: 'PowerPoint für Einsteiger', // cancelled (Tue 20.11.), Kreisverwaltung E.14
  telefon: 'Freundlich am Telefon: Bürgeranfragen souverän beantworten', // cancelled (Wed 31.10.), VG Speicher
  starkregen: 'Starkregenvorsorge in den Ortsgemeinden', // past (Wed 12.09.2029), Kreisverwaltung
  hitze: 'Arbeiten bei Hitze: Sonnenschutz im Bauhof', // past (Tue 19.06.2029), Bauhof Speicher
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.socialMedia, T.eltern, T.powerpoint, T.telefon, T.starkregen, T.hitze];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- audiences, with and without dates ---------------------------------------------------------------------------------
  { conv: 'azubi', q: 'Gibt es was für unsere Azubis?', kind: 'list', ...only(T.azubiStart, T.pruefung) },
  { conv: 'azubi', q: 'und welcher davon ist in Mayen?', kind: 'list', titles: [T.pruefung] },
  { conv: 'azubi', q: 'was kostet der?', kind: 'facts', titles: [T.pruefung], says: ['kostet 270 €'] },
  {
    conv: 'azubi',
    q: 'bis wann muss ich die anmelden?',
    kind: 'facts',
    titles: [T.pruefung],
    says: ['bis Fr., 02.11.2029, 23:59 Uhr anmelden'],
  },
  { q: 'diese woche was für auszubildende?', kind: 'list', titles: [T.azubiStart] },
  { q: 'Anything for apprentices in November?', locale: 'en', kind: 'list', titles: [T.pruefung] },
  { q: 'Fortbildung für Sekretariate im November', kind: 'list', titles: [T.sekretariat] },
  { q: 'gibt es im oktober noch was für sekretärinnen?', kind: 'none' },
  {
    conv: 'sekretariat',
    q: 'Is there anything for people working in a Sekretariat?',
    locale: 'en',
    kind: 'list',
    titles: [T.sekretariat],
  },
  {
    conv: 'sekretariat',
    q: 'can I still sign up?',
    locale: 'en',
    kind: 'facts',
    titles: [T.sekretariat],
    says: ['registration deadline', 'passed on Mon, 15 Oct 2029, 23:59'],
  },
  {
    conv: 'sekretariat',
    q: "who's the trainer?",
    locale: 'en',
    kind: 'facts',
    titles: [T.sekretariat],
    says: ['is led by Frau Birgit Hoffmann-Weber'],
  },
  {
    conv: 'teamlead',
    q: "I'm a new team lead. Is there any training for me?",
    locale: 'en',
    kind: 'list',
    first: T.fuehrung,
    ...maybeAlso(only(T.fuehrung), T.mag),
  },
  {
    conv: 'teamlead',
    q: 'When is "Neu in der Rolle"?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['takes place on 2 days', 'each from 09:00 to 16:30'],
  },
  {
    conv: 'teamlead',
    q: 'how much is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: [/costs (€\s?450|450\s?€|EUR 450)/],
  },
  {
    conv: 'teamlead',
    q: 'and where is it held?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['Haus Beda, Bedaplatz 1, 54634 Bitburg'],
  },
  {
    q: 'neue Teamleiterin, gibt es vor Weihnachten noch was zum Thema Führung?',
    kind: 'list',
    first: T.fuehrung,
    ...maybeAlso(only(T.fuehrung), T.mag),
  },
  {
    conv: 'bauhof',
    q: 'was habt ihr für bauhofmitarbeiter?',
    kind: 'list',
    ...only(T.motorsaege, T.winterdienst),
  },
  { conv: 'bauhof', q: 'und was davon ist nächste woche?', kind: 'list', titles: [T.motorsaege] },
  {
    conv: 'bauhof',
    q: 'Wo ist das?',
    kind: 'facts',
    titles: [T.motorsaege],
    says: ['Bauhof der Verbandsgemeinde Speicher, Industriestraße 8'],
  },
  { conv: 'bauhof', q: 'muss man da was zahlen?', kind: 'facts', titles: [T.motorsaege], says: ['ist kostenlos'] },
  {
    q: 'training for our Bauhof guys in November?',
    locale: 'en',
    kind: 'list',
    titles: [T.winterdienst],
  },
  { conv: 'kita', q: 'Fortbildungen für Kita-Leitungen?', kind: 'list', ...only(T.kitaLeitung, T.kinderschutz) },
  { conv: 'kita', q: 'Welche davon kann ich online machen?', kind: 'list', titles: [T.kinderschutz] },
  {
    conv: 'kita',
    q: 'Und wann ist das?',
    kind: 'facts',
    titles: [T.kinderschutz],
    says: ['am Do., 29.11.2029 von 13:30 bis 16:30 Uhr'],
  },
  {
    conv: 'kita',
    q: 'wer leitet den?',
    kind: 'facts',
    titles: [T.kinderschutz],
    says: ['leitet Frau Dr. Martina Klöckner'],
  },
  { q: 'Anything for Kita managers in Prüm?', locale: 'en', kind: 'list', titles: [T.kitaLeitung] },
  { q: 'Schulung für Ortsbürgermeister', kind: 'list', titles: [T.rat] },
  // --- places, with and without dates --------------------------------------------------------------------------------------
  {
    miss: '"bei uns im Haus" is read as the Haus Beda, not as the asker\'s Kreisverwaltung',
    conv: 'haus',
    q: 'Ich sitze in der Kreisverwaltung in Bitburg. Was gibt es im November bei uns im Haus?',
    kind: 'list',
    ...only(T.excel, T.ki, T.kinderschutz),
  },
  {
    miss: 'follows the wrong list of the answer before',
    conv: 'haus',
    q: 'und welche davon gehen auch online?',
    kind: 'list',
    ...only(T.ki, T.kinderschutz),
  },
  { q: 'Was läuft im Haus Beda?', kind: 'list', ...only(T.sekretariat, T.fuehrung) },
  { q: 'courses in Prüm', locale: 'en', kind: 'list', ...only(T.kitaLeitung, T.winterdienst) },
  { conv: 'speicher', q: 'was ist in speicher los?', kind: 'list', ...only(T.motorsaege, T.rat) },
  { conv: 'speicher', q: 'welcher ist abends?', kind: 'list', titles: [T.rat] },
  {
    conv: 'speicher',
    q: 'wann fängt der an?',
    kind: 'facts',
    titles: [T.rat],
    says: ['beginnt am Mi., 14.11.2029 um 18:30 Uhr'],
  },
  { q: 'Seminare in Mayen im Dezember', kind: 'list', titles: [T.vergabe] },
  { q: 'Anything at the fire station?', locale: 'en', kind: 'list', ...only(T.brandschutz, T.ersteHilfe) },
  { q: "What's on in Bitburg next week?", locale: 'en', kind: 'list', ...only(T.buergerbuero, T.brandschutz) },
  { q: 'was gibts im rathaus bitburg', kind: 'list', titles: [T.buergerbuero] },
  {
    q: 'gibt es auch was in trier?',
    kind: 'none',
  },
  // --- providers and trainers ------------------------------------------------------------------------------------------------
  {
    q: 'Was bietet die Unfallkasse an?',
    kind: 'list',
    ...only(T.motorsaege, T.winterdienst, T.ersteHilfe, T.stress),
  },
  {
    q: 'courses from the Zentrale Verwaltungsschule',
    locale: 'en',
    kind: 'list',
    ...only(T.reisekosten, T.pruefung, T.vergabe, T.doppik),
  },
  { q: 'was macht die Personalabteilung im November?', kind: 'list', ...only(T.excel, T.ki) },
  { q: 'Kurse von Herrn Schmitz', kind: 'list', ...only(T.outlook, T.ki) },
  {
    conv: 'reuter',
    q: 'Wer leitet die Prüfungsvorbereitung für die Azubis?',
    kind: 'facts',
    titles: [T.pruefung],
    says: ['leitet Herr Dr. Stefan Reuter'],
  },
  { conv: 'reuter', q: 'was macht der sonst noch?', kind: 'list', ...maybeAlso(only(T.vergabe), T.pruefung) },
  // --- English seminars -----------------------------------------------------------------------------------------------------
  {
    conv: 'english',
    q: 'Are there any courses in English?',
    locale: 'en',
    kind: 'list',
    ...only(T.buergerbuero, T.email),
  },
  { conv: 'english', q: 'which one is in Bitburg?', locale: 'en', kind: 'list', titles: [T.buergerbuero] },
  {
    conv: 'english',
    q: 'when?',
    locale: 'en',
    kind: 'facts',
    titles: [T.buergerbuero],
    says: ['takes place on Wed, 24 Oct 2029 from 09:00 to 12:30'],
  },
  // --- facts ---------------------------------------------------------------------------------------------------------------
  {
    q: 'wann ist die brandschutzhelferausbildung?',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['am Do., 25.10.2029 von 08:30 bis 12:30 Uhr'],
  },
  {
    q: 'How much is the procurement law seminar in Mayen?',
    locale: 'en',
    kind: 'facts',
    titles: [T.vergabe],
    says: [/costs (€\s?240|240\s?€|EUR 240)/],
  },
  {
    q: 'Is the first aid refresher free?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['is free of charge'],
  },
  {
    q: 'Where is the child protection training?',
    locale: 'en',
    kind: 'facts',
    titles: [T.kinderschutz],
    says: ['Kreisverwaltung Eifelkreis Bitburg-Prüm, Kleiner Sitzungssaal', 'online'],
  },
  { q: 'wer leitet den exel kurs', kind: 'facts', titles: [T.excel], says: ['leitet Frau Nicole Servaty'] },
  {
    q: 'Wie lange dauern die Einführungstage für die neuen Azubis?',
    kind: 'facts',
    titles: [T.azubiStart],
    says: ['dauert 2 Tage, jeweils von 09:00 bis 15:30 Uhr'],
  },
  {
    q: 'bis wann kann ich mich für den Excel-Kurs anmelden?',
    kind: 'facts',
    titles: [T.excel],
    says: ['bis Fr., 26.10.2029, 12:00 Uhr anmelden'],
  },
  {
    q: 'sind im excel kurs noch plätze frei?',
    kind: 'facts',
    titles: [T.excel],
    says: ['noch 10 von 10 Plätzen frei'],
  },
  {
    q: 'Ist das KI-Seminar online oder vor Ort?',
    kind: 'facts',
    titles: [T.ki],
    says: ['findet hybrid statt', 'Schulungsraum E.14'],
  },
  {
    q: 'Is the cross-border e-mail workshop in English?',
    locale: 'en',
    kind: 'facts',
    titles: [T.email],
    says: ['is held in English'],
  },
  {
    q: 'how long is the first aid course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['lasts', 'from 08:30 to 16:00'],
  },
  {
    q: 'What time does the winter service briefing start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.winterdienst],
    says: ['starts on Tue, 6 Nov 2029 at 08:00'],
  },
  { q: 'zeig mir die Details zum Winterdienst-Seminar', kind: 'details', titles: [T.winterdienst] },
  // --- subjects only summary, description or topics name -----------------------------------------------------------------
  { q: 'Reisekostenabrechnung', kind: 'list', titles: [T.reisekosten] },
  { q: 'anything on burnout or stress?', locale: 'en', kind: 'list', titles: [T.stress] },
  { q: 'Kinderschutz Fortbildung', kind: 'list', titles: [T.kinderschutz] },
  { q: 'datenschutzschulung', kind: 'list', titles: [T.datenschutz] },
  { q: 'Can I learn how to use ChatGPT at work?', locale: 'en', kind: 'list', titles: [T.ki] },
  { q: 'Is there training on snow clearing and gritting?', locale: 'en', kind: 'list', titles: [T.winterdienst] },
  { q: 'Büroorganisation', kind: 'list', titles: [T.sekretariat] },
  // --- dates, formats, fees --------------------------------------------------------------------------------------------------
  { q: 'was läuft heute?', kind: 'list', titles: [T.reisekosten] },
  { q: "What's on this week?", locale: 'en', kind: 'list', titles: [T.reisekosten, T.azubiStart] },
  { q: 'gibt es morgen was?', kind: 'none' },
  {
    q: 'was steht nächste woche an',
    kind: 'list',
    ...only(T.motorsaege, T.outlook, T.buergerbuero, T.brandschutz),
  },
  { q: 'was ist übernächste woche?', kind: 'none' },
  {
    q: 'online courses in the next two weeks',
    locale: 'en',
    kind: 'list',
    ...only(T.reisekosten, T.outlook),
  },
  { q: 'seminare im dezember', kind: 'list', titles: [T.vergabe, T.stress, T.mag, T.email] },
  {
    q: 'online courses next month',
    locale: 'en',
    kind: 'list',
    ...maybeAlso(only(T.datenschutz), T.ki, T.kinderschutz),
  },
  { q: 'Was ist am 14. November?', kind: 'list', ...only(T.kitaLeitung, T.rat) },
  { q: 'gibt es an Allerheiligen was?', kind: 'none' },
  { q: 'Kurse im Januar', kind: 'list', titles: [T.doppik] },
  { q: 'kostenlose Seminare im Dezember', kind: 'list', titles: [T.stress] },
  {
    q: 'Kurse über 200 Euro',
    kind: 'list',
    ...only(T.sekretariat, T.pruefung, T.fuehrung, T.vergabe, T.doppik),
  },
  { q: 'hybrid seminars', locale: 'en', kind: 'list', ...only(T.ki, T.kinderschutz) },
  { q: 'gibt es abendveranstaltungen?', kind: 'list', titles: [T.rat] },
  // --- gone, drafts, no match, greetings, own registrations -----------------------------------------------------------------
  { q: 'Findet der PowerPoint-Kurs noch statt?', kind: 'gone', gone: T.powerpoint },
  { q: 'telephone training on 31 October', locale: 'en', kind: 'gone', gone: T.telefon },
  { q: 'wann war das starkregen seminar', kind: 'gone', gone: T.starkregen, says: ['Mi., 12.09.2029'] },
  {
    q: 'When was the heat protection course for the Bauhof?',
    locale: 'en',
    kind: 'gone',
    gone: T.hitze,
    says: ['19 Jun 2029'],
  },
  { q: 'Social-Media-Schulung für die VG', kind: 'none' },
  { q: 'Elterngespräche in der Kita', kind: 'none' },
  { q: 'Do you offer French lessons?', locale: 'en', kind: 'none' },
  { conv: 'leer', q: 'Und wo ist das?', kind: 'noContext' },
  { conv: 'empty-en', q: 'how much is it?', locale: 'en', kind: 'noContext' },
  { q: 'Hallo zusammen', kind: 'help' },
  { q: 'What can you do?', locale: 'en', kind: 'help' },
  { q: 'Danke dir!', kind: 'thanks' },
  { q: 'Für welche Kurse bin ich angemeldet?', kind: 'myRegistrations' },
];

heldoutSuite(
  'held-out 372: answering questions about an independent catalogue (Eifelkreis Bitburg-Prüm, Kommunal-Akademie Rheinland-Pfalz, Zentrale Verwaltungsschule, Unfallkasse Rheinland-Pfalz, Kreisverwaltung)',
  {
    fixture: 'heldout372-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
