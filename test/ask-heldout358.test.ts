// Over-fitting check, three-hundred-and-fifty-eighth catalogue: the spring and summer 2030 programme for the Stadt
// Regensburg (Bayern) and its Bürgerbüros and Ämter, with the Bayerische Verwaltungsschule (BVS, München and the
// Bildungszentrum Holzhausen am Ammersee), the AKDB, the Kommunale Unfallversicherung Bayern (KUVB) and the city's
// Personal- und Organisationsamt, imported from a JSON file. Seminars take place in the Bürgerbüro Mitte
// (D.-Martin-Luther-Straße 3), the Neues Rathaus (D.-Martin-Luther-Straße 1, Großer Sitzungssaal), the Verwaltungsgebäude
// Minoritenweg 8-10, the Altes Rathaus (Rathausplatz 1: Reichssaal, Kurfürstenzimmer), the Hauptfeuerwache
// (Greflingerstraße 2), the Betriebshof of the Gartenamt, at the BVS in München (Ridlerstraße 75) and in Holzhausen,
// online or hybrid. Two seminars are held in English (the Bürgerbüro front-desk course and the welcome walk through the
// old town). Two first-aid courses, one before and one after Easter, and two leadership courses, one before and one after
// the summer break, make the date filters matter. Several titles do not name their subject ("Klare Worte, ruhiger Ton"
// is de-escalation, "Darf ich das weitergeben?" data protection, "Frag doch die Maschine" AI / ChatGPT, "Gut durch
// stürmische Zeiten" stress / burnout, "Papierlos bezahlt" e-invoices / XRechnung, "Die neue Rolle" new managers,
// "Einfach gesagt" plain language, "Aufrecht durch den Tag" back exercises at lunchtime, "Kühler Kopf im Außendienst"
// heat and UV protection), so only summary, description or topics reveal it. About half of the questions are in English.
//
// Calendar around `now` (Tuesday 26 March 2030, 08:45 in Regensburg, winter time; summer time begins Sun 31.03.2030;
// Good Friday 19.04., Easter Sunday 21.04., Easter Monday 22.04., Labour Day Wed 01.05., Ascension Thu 30.05., Whit
// Monday 10.06. and Corpus Christi Thu 20.06.2030 are holidays in Bayern; ISO week 19 is Mon 06.05.–Sun 12.05.):
//   this week:  Tue 26.03. (today) 14:00–15:30 OK.EWO update (online, AKDB); Wed 27.03. (tomorrow) 09:00–12:30
//               de-escalation (Bürgerbüro Mitte, KUVB); Thu 28.03. 08:30–15:30 Excel (Minoritenweg, 95 €, deadline
//               passed Fri 22.03. 23:59); Fri 29.03. 09:00–12:00 performance pay / LOB (hybrid, Neues Rathaus)
//   next week:  Tue 02.04. 09:00–12:00 data protection (online, BVS); Wed 03.04. 13:30–16:30 English at the Bürgerbüro
//               (Bürgerbüro Mitte, deadline Fri 29.03. 12:00); nothing Mon 08.04.–Wed 10.04.
//   April:      Thu 11.04. 08:30–16:00 first-aid refresher (Hauptfeuerwache, 20 seats); Tue 16.04. 09:00–12:00 AI
//               (hybrid, Neues Rathaus); Thu 18.04. the cancelled Outlook/Teams webinar; Thu 25.04. 13:00–16:00 stress
//               (online); Mon 29.04. 09:00–11:30 e-invoices (online, AKDB, 60 €)
//   May:        Thu 02.05. 09:00–15:00 induction day (Altes Rathaus, Reichssaal); Mon 06.05., 13.05., 20.05. 12:15–12:45
//               back exercises (online, KUVB); Tue 07.05. the cancelled telephone course (Bürgerbüro Mitte); Wed 08.05.
//               09:00–15:30 plain language (Minoritenweg, BVS, 140 €); Fri 10.05. 14:00–16:30 welcome walk (English,
//               Altes Rathaus); Tue 14.05. 08:30–16:30 first-aid basic course (Hauptfeuerwache, 16 seats); Tue 21.05.
//               09:00–16:00 registry office / marriages abroad (BVS München, 210 €, deadline Fri 26.04. 23:59)
//   June:       Tue 04.06. 07:30–11:30 heat protection (Betriebshof Gartenamt); Mon 17.06.–Wed 19.06. 09:00–16:30
//               new managers (BVS Holzhausen, 620 €, deadline Fri 17.05. 23:59); Tue 18.06. the draft booking portal;
//               Wed 26.06. 13:00–17:00 fire wardens (Hauptfeuerwache)
//   July:       Tue 09.07. 09:00–12:00 council minutes (Altes Rathaus, Kurfürstenzimmer); Wed 17.07. 09:00–16:00
//               residence law (BVS München, 230 €)
//   autumn:     Tue 24.09. the draft working-time agreement; Tue 08.10. 09:00–16:00 leading remote teams (online, BVS, 180 €)
//   past:       Thu 17.01.2030 year-end closing in the Stadtkasse (Minoritenweg), Tue 19.02.2030 accessible PDFs (online).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2030-03-26T07:45:00Z'); // Tuesday, 26 March 2030, 08:45 in Regensburg (CET)
const TZ = 'Europe/Berlin';

const T = {
  ewo: 'OK.EWO-Update 2030: Neuerungen im Meldewesen', // Tue 26.03. 14:00–15:30, online, AKDB, Frau Sabine Aigner, free
  deeskalation: 'Klare Worte, ruhiger Ton', // Wed 27.03. 09:00–12:30, Bürgerbüro Mitte, KUVB, Herr Markus Hölzl, de-escalation, free
  excel: 'Excel für die Sachbearbeitung: Formeln, Filter und Pivot-Tabellen', // Thu 28.03. 08:30–15:30, Minoritenweg, POA, Herr Florian Brandl, 95 €, 12 seats, deadline passed Fri 22.03. 23:59
  lob: 'Leistungsorientierte Bezahlung nach TVöD: Ziele vereinbaren, fair bewerten', // Fri 29.03. 09:00–12:00, hybrid (Neues Rathaus), POA, Frau Claudia Wimmer, free
  datenschutz: 'Darf ich das weitergeben?', // Tue 02.04. 09:00–12:00, online, BVS, Frau Dr. Andrea Lechner, data protection, free
  bbEnglish: 'English at the Bürgerbüro: Registration, Residence and Everyday Requests', // Wed 03.04. 13:30–16:30, Bürgerbüro Mitte, POA, Dr. Catherine O'Neill, English, free, deadline Fri 29.03. 12:00
  ersteHilfeAuffrischung: 'Erste-Hilfe-Fortbildung für betriebliche Ersthelfer', // Thu 11.04. 08:30–16:00, Hauptfeuerwache, KUVB, Herr Stefan Pirzer, free, 20 seats
  ki: 'Frag doch die Maschine', // Tue 16.04. 09:00–12:00, hybrid (Neues Rathaus), AKDB, Herr Dr. Tobias Reindl, AI, free
  stress: 'Gut durch stürmische Zeiten', // Thu 25.04. 13:00–16:00, online, KUVB, Frau Dr. Miriam Sailer, stress / burnout, free
  eRechnung: 'Papierlos bezahlt', // Mon 29.04. 09:00–11:30, online, AKDB, Herr Johannes Kuffner, e-invoices, 60 €
  neueRolle: 'Die neue Rolle', // Mon 17.06.–Wed 19.06. 09:00–16:30, BVS Holzhausen, Frau Dr. Barbara Hofstetter, new managers, 620 €, deadline Fri 17.05. 23:59
  distanz: 'Führen auf Distanz: Teams im mobilen Arbeiten leiten', // Tue 08.10. 09:00–16:00, online, BVS, Herr Klaus Obermeier, 180 €
  onboarding: 'Willkommen im Team Regensburg', // Thu 02.05. 09:00–15:00, Altes Rathaus (Reichssaal), POA, Frau Veronika Schmid, induction day, free
  welcomeWalk: 'Regensburg Welcome Walk: Old Town and World Heritage for International Colleagues', // Fri 10.05. 14:00–16:30, Altes Rathaus, English, Herr Dr. Ian Fletcher, free
  einfach: 'Einfach gesagt', // Wed 08.05. 09:00–15:30, Minoritenweg, BVS, Frau Katrin Gschwendtner, plain language, 140 €
  ruecken: 'Aufrecht durch den Tag', // Mon 06.05., 13.05., 20.05. 12:15–12:45, online, KUVB, Frau Lena Moosbauer, back exercises, free
  standesamt: 'Eheschließung mit Auslandsbezug', // Tue 21.05. 09:00–16:00, BVS München, Frau Dr. Elisabeth Pichlmeier, 210 €, deadline Fri 26.04. 23:59
  ersteHilfeNeu: 'Erste-Hilfe-Ausbildung für neue Ersthelferinnen und Ersthelfer', // Tue 14.05. 08:30–16:30, Hauptfeuerwache, KUVB, Herr Stefan Pirzer, free, 16 seats
  hitze: 'Kühler Kopf im Außendienst', // Tue 04.06. 07:30–11:30, Betriebshof Gartenamt, KUVB, Frau Julia Rötzer, heat / UV protection, free
  brandschutz: 'Brandschutzhelfer-Ausbildung mit Löschübung', // Wed 26.06. 13:00–17:00, Hauptfeuerwache, POA, Herr Andreas Zirngibl, free
  sitzungsdienst: 'Sitzungsdienst: Niederschriften im Stadtrat und in den Ausschüssen', // Tue 09.07. 09:00–12:00, Altes Rathaus (Kurfürstenzimmer), POA, Herr Thomas Weinzierl, free
  aufenthalt: 'Aufenthaltsrecht aktuell für die Ausländerbehörde', // Wed 17.07. 09:00–16:00, BVS München, Frau Dr. Andrea Lechner, 230 €
  gleitzeit: 'Dienstvereinbarung Arbeitszeit: Gleitzeit und Zeiterfassung', // draft (Tue 24.09.), Neues Rathaus
  buchungsportal: 'Das neue Buchungsportal der Bürgerbüros', // draft (Tue 18.06.), online, AKDB
  outlook: 'Outlook und Teams im Zusammenspiel', // cancelled (Thu 18.04.), online, AKDB
  telefon: 'Telefonkompetenz im Bürgerbüro', // cancelled (Tue 07.05.), Bürgerbüro Mitte
  kasse: 'Jahresabschluss in der Stadtkasse', // past (Thu 17.01.2030), Minoritenweg, AKDB
  pdf: 'Barrierefreie PDF-Dokumente erstellen', // past (Tue 19.02.2030), online, AKDB
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.gleitzeit, T.buchungsportal, T.outlook, T.telefon, T.kasse, T.pdf];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -------------------------------------------------------------------------------------------
  {
    conv: 'leadership',
    q: 'Is there a leadership course before the summer break?',
    locale: 'en',
    kind: 'list',
    titles: [T.neueRolle],
  },
  {
    conv: 'leadership',
    q: 'how long is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.neueRolle],
    says: ['lasts 3 days', 'each from 09:00 to 16:30'],
  },
  { conv: 'leadership', q: 'where?', locale: 'en', kind: 'facts', titles: [T.neueRolle], says: ['Holzhausen'] },
  {
    conv: 'leadership',
    q: 'what does it cost',
    locale: 'en',
    kind: 'facts',
    titles: [T.neueRolle],
    says: [/costs (€\s?620|620\s?€|EUR 620)/],
  },
  {
    conv: 'leadership',
    q: 'when do I have to register by?',
    locale: 'en',
    kind: 'facts',
    titles: [T.neueRolle],
    says: ['You can register for the seminar', 'until Fri, 17 May 2030, 23:59'],
  },
  {
    conv: 'ostern',
    q: 'Gibt es nach Ostern noch einen Erste-Hilfe-Kurs?',
    kind: 'list',
    titles: [T.ersteHilfeNeu],
  },
  {
    conv: 'ostern',
    q: 'Wann genau?',
    kind: 'facts',
    titles: [T.ersteHilfeNeu],
    says: ['am Di., 14.05.2030 von 08:30 bis 16:30 Uhr'],
  },
  {
    conv: 'ostern',
    q: 'und wer macht den?',
    kind: 'facts',
    titles: [T.ersteHilfeNeu],
    says: ['leitet Herr Stefan Pirzer'],
  },
  {
    conv: 'ostern',
    q: 'Sind da noch Plätze frei?',
    kind: 'facts',
    titles: [T.ersteHilfeNeu],
    says: ['noch 16 von 16 Plätzen frei'],
  },
  {
    conv: 'firstaid-en',
    q: 'any first aid training before Easter?',
    locale: 'en',
    kind: 'list',
    titles: [T.ersteHilfeAuffrischung],
  },
  {
    conv: 'firstaid-en',
    q: 'what time does it start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfeAuffrischung],
    says: ['starts on Thu, 11 Apr 2030 at 08:30'],
  },
  { conv: 'morgen', q: 'Was läuft morgen?', kind: 'list', titles: [T.deeskalation] },
  { conv: 'morgen', q: 'Wo ist das?', kind: 'facts', titles: [T.deeskalation], says: ['Bürgerbüro Mitte'] },
  { conv: 'morgen', q: 'Kostet das was?', kind: 'facts', titles: [T.deeskalation], says: ['ist kostenlos'] },
  {
    conv: 'nextmonth',
    q: 'online courses next month?',
    locale: 'en',
    kind: 'list',
    ...maybeAlso(only(T.datenschutz, T.stress, T.eRechnung), T.ki),
  },
  {
    conv: 'nextmonth',
    q: 'which of them are in the afternoon?',
    locale: 'en',
    kind: 'list',
    titles: [T.stress],
  },
  {
    conv: 'nextmonth',
    q: "who's teaching it?",
    locale: 'en',
    kind: 'facts',
    titles: [T.stress],
    says: ['is led by Frau Dr. Miriam Sailer'],
  },
  {
    conv: 'english',
    q: 'Are any seminars held in English?',
    locale: 'en',
    kind: 'list',
    ...only(T.bbEnglish, T.welcomeWalk),
  },
  {
    conv: 'english',
    q: 'which one is in the afternoon on a Friday?',
    locale: 'en',
    kind: 'list',
    titles: [T.welcomeWalk],
  },
  {
    conv: 'english',
    q: 'when is it exactly?',
    locale: 'en',
    kind: 'facts',
    titles: [T.welcomeWalk],
    says: ['takes place on Fri, 10 May 2030 from 14:00 to 16:30'],
  },
  {
    conv: 'bb-english',
    q: 'Can I still sign up for the English course at the Bürgerbüro?',
    locale: 'en',
    kind: 'facts',
    titles: [T.bbEnglish],
    says: ['You can register for the seminar', 'until Fri, 29 Mar 2030, 12:00'],
  },
  {
    conv: 'bb-english',
    q: 'is it online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.bbEnglish],
    says: ['takes place in person', 'Bürgerbüro Mitte'],
  },
  { conv: 'akdb', q: 'Was bietet die AKDB an?', kind: 'list', ...only(T.ewo, T.ki, T.eRechnung) },
  {
    conv: 'akdb',
    q: 'welche davon sind online?',
    kind: 'list',
    ...maybeAlso(only(T.ewo, T.eRechnung), T.ki),
  },
  { conv: 'ki', q: 'Gibt es was zu ChatGPT?', kind: 'list', titles: [T.ki] },
  {
    conv: 'ki',
    q: 'Kann ich da auch von zu Hause aus teilnehmen?',
    kind: 'facts',
    titles: [T.ki],
    says: ['findet hybrid statt', 'Neues Rathaus'],
  },
  { conv: 'ki', q: 'wer leitet den?', kind: 'facts', titles: [T.ki], says: ['leitet Herr Dr. Tobias Reindl'] },
  // --- follow-ups with nothing talked about ---------------------------------------------------------------------------
  { conv: 'empty-en', q: 'and where is it?', locale: 'en', kind: 'noContext' },
  { conv: 'empty-de', q: 'Wer leitet das?', kind: 'noContext' },
  // --- dates and times of day ------------------------------------------------------------------------------------------
  { q: 'Was ist heute noch?', kind: 'list', titles: [T.ewo] },
  { q: "What's on this week?", locale: 'en', kind: 'list', titles: [T.ewo, T.deeskalation, T.excel, T.lob] },
  { q: 'Was gibt es nächste Woche?', kind: 'list', titles: [T.datenschutz, T.bbEnglish] },
  {
    q: 'Was ist in den nächsten zwei Wochen online?',
    kind: 'list',
    ...maybeAlso(only(T.ewo, T.datenschutz), T.lob),
  },
  {
    q: 'seminare im mai',
    kind: 'list',
    titles: [T.onboarding, T.ruecken, T.einfach, T.welcomeWalk, T.ersteHilfeNeu, T.standesamt],
  },
  { q: 'Any seminars in June?', locale: 'en', kind: 'list', titles: [T.hitze, T.neueRolle, T.brandschutz] },
  { q: 'Was gibt es im Juli?', kind: 'list', titles: [T.sitzungsdienst, T.aufenthalt] },
  { q: 'Seminare in KW 19', kind: 'list', ...only(T.ruecken, T.einfach, T.welcomeWalk) },
  { q: 'anything in the afternoon this week?', locale: 'en', kind: 'list', ...maybeAlso(only(T.ewo), T.excel) },
  { q: 'Gibt es im Juni was vormittags?', kind: 'list', ...maybeAlso(only(T.hitze), T.neueRolle) },
  { q: 'Online-Seminare am Nachmittag', kind: 'list', ...maybeAlso(only(T.ewo, T.stress), T.ruecken, T.distanz) },
  {
    q: 'Was ist vor Ostern noch online?',
    kind: 'list',
    ...maybeAlso(only(T.ewo, T.datenschutz), T.lob, T.ki),
  },
  {
    q: 'courses at the fire station after Easter',
    locale: 'en',
    kind: 'list',
    ...only(T.ersteHilfeNeu, T.brandschutz),
  },
  {
    q: 'Welche Präsenzseminare in Regensburg gibt es zwischen Ostern und Pfingsten?',
    kind: 'list',
    ...only(T.onboarding, T.einfach, T.welcomeWalk, T.ersteHilfeNeu, T.hitze),
  },
  { q: 'Is there anything on a Saturday?', locale: 'en', kind: 'none' },
  { q: 'Gibt es am Ostermontag was?', kind: 'none' },
  // --- places, formats, providers, trainers, fees, language ----------------------------------------------------------------
  { q: 'Was gibt es in München?', kind: 'list', ...only(T.standesamt, T.aufenthalt) },
  { q: 'anything in Holzhausen?', locale: 'en', kind: 'list', titles: [T.neueRolle] },
  { q: 'Seminare im Alten Rathaus', kind: 'list', ...only(T.onboarding, T.welcomeWalk, T.sitzungsdienst) },
  {
    q: 'courses at the fire station',
    locale: 'en',
    kind: 'list',
    ...only(T.ersteHilfeAuffrischung, T.ersteHilfeNeu, T.brandschutz),
  },
  { q: 'Kurse im Bürgerbüro Mitte', kind: 'list', ...only(T.deeskalation, T.bbEnglish) },
  { q: 'hybrid seminars', locale: 'en', kind: 'list', ...only(T.lob, T.ki) },
  {
    q: 'Seminare der Bayerischen Verwaltungsschule',
    kind: 'list',
    ...only(T.datenschutz, T.einfach, T.standesamt, T.neueRolle, T.aufenthalt, T.distanz),
  },
  {
    q: 'What does the KUVB offer?',
    locale: 'en',
    kind: 'list',
    ...only(T.deeskalation, T.ersteHilfeAuffrischung, T.stress, T.ruecken, T.ersteHilfeNeu, T.hitze),
  },
  { q: 'Kurse bei Frau Dr. Lechner', kind: 'list', ...only(T.datenschutz, T.aufenthalt) },
  { q: 'courses over 200 euros', locale: 'en', kind: 'list', ...only(T.standesamt, T.neueRolle, T.aufenthalt) },
  {
    q: 'kostenlose Seminare im April',
    kind: 'list',
    ...only(T.datenschutz, T.bbEnglish, T.ersteHilfeAuffrischung, T.ki, T.stress),
  },
  {
    q: 'in-person courses in Regensburg next month',
    locale: 'en',
    kind: 'list',
    ...maybeAlso(only(T.bbEnglish, T.ersteHilfeAuffrischung), T.ki),
  },
  { q: 'Welche Onlinekurse gibt es im Mai?', kind: 'list', titles: [T.ruecken] },
  // --- subjects only summary, description or topics name -----------------------------------------------------------------
  { q: 'Umgang mit aufgebrachten Bürgern am Schalter', kind: 'list', titles: [T.deeskalation] },
  { q: 'anything on burnout prevention?', locale: 'en', kind: 'list', titles: [T.stress] },
  { q: 'XRechnung Schulung', kind: 'list', titles: [T.eRechnung] },
  { q: 'Bescheide in einfacher Sprache schreiben', kind: 'list', titles: [T.einfach] },
  { q: 'exercises for back pain', locale: 'en', kind: 'list', titles: [T.ruecken] },
  { q: 'heat protection for outdoor workers', locale: 'en', kind: 'list', titles: [T.hitze] },
  { q: 'Datenschutz Schulung', kind: 'list', titles: [T.datenschutz] },
  {
    q: 'Ich werde bald Teamleiterin. Gibt es was für neue Führungskräfte?',
    kind: 'list',
    first: T.neueRolle,
    ...maybeAlso(only(T.neueRolle), T.distanz, T.lob),
  },
  { q: 'Schulung Einwohnermeldewesen', kind: 'list', titles: [T.ewo] },
  { q: 'Trauung mit ausländischen Verlobten', kind: 'list', titles: [T.standesamt] },
  { q: 'how to take minutes of city council meetings', locale: 'en', kind: 'list', titles: [T.sitzungsdienst] },
  { q: 'deeskalatoin training', locale: 'en', kind: 'list', titles: [T.deeskalation] },
  { q: 'Aufenthalsrecht Fortbildung', kind: 'list', titles: [T.aufenthalt] },
  // --- facts ------------------------------------------------------------------------------------------------------------
  { q: 'Was kostet der Excel-Kurs?', kind: 'facts', titles: [T.excel], says: ['kostet 95 €'] },
  {
    q: 'Kann ich mich noch für den Excel-Kurs anmelden?',
    kind: 'facts',
    titles: [T.excel],
    says: ['am Fr., 22.03.2030, 23:59 Uhr abgelaufen'],
  },
  {
    q: 'How much is the plain language workshop?',
    locale: 'en',
    kind: 'facts',
    titles: [T.einfach],
    says: [/costs (€\s?140|140\s?€|EUR 140)/],
  },
  {
    q: 'Wann ist die Brandschutzhelfer-Ausbildung?',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['am Mi., 26.06.2030 von 13:00 bis 17:00 Uhr'],
  },
  {
    q: 'Where is the registry office seminar on marriages?',
    locale: 'en',
    kind: 'facts',
    titles: [T.standesamt],
    says: ['Ridlerstraße 75, 80339 München'],
  },
  {
    q: 'Bis wann muss ich mich für das Standesamt-Seminar anmelden?',
    kind: 'facts',
    titles: [T.standesamt],
    says: ['bis Fr., 26.04.2030, 23:59 Uhr anmelden'],
  },
  {
    miss: '"Erste-Hilfe-Fortbildung" also finds the course for new first aiders (an "Ausbildung"), so both are answered',
    q: 'Wie lange dauert die Erste-Hilfe-Fortbildung?',
    kind: 'facts',
    titles: [T.ersteHilfeAuffrischung],
    says: ['dauert', 'von 08:30 bis 16:00 Uhr'],
  },
  {
    q: 'What time does the heat protection training start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.hitze],
    says: ['starts on Tue, 4 Jun 2030 at 07:30'],
  },
  {
    q: 'Wie viele Plätze sind beim Excel-Kurs noch frei?',
    kind: 'facts',
    titles: [T.excel],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  {
    q: 'Is the data protection course in English?',
    locale: 'en',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['is held in German'],
  },
  {
    q: 'Findet die Schulung zur leistungsorientierten Bezahlung online statt?',
    kind: 'facts',
    titles: [T.lob],
    says: ['findet hybrid statt', 'Neues Rathaus'],
  },
  {
    q: 'Wann sind die Termine für das Rückentraining?',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['an 3 Tagen', 'Mo., 06.05.2030', 'Mo., 20.05.2030', 'jeweils von 12:15 bis 12:45 Uhr'],
  },
  {
    q: 'Is the induction day for new staff free?',
    locale: 'en',
    kind: 'facts',
    titles: [T.onboarding],
    says: ['is free of charge'],
  },
  {
    q: 'Who runs the welcome walk?',
    locale: 'en',
    kind: 'facts',
    titles: [T.welcomeWalk],
    says: ['is led by Herr Dr. Ian Fletcher'],
  },
  { q: 'show me details on the e-invoice webinar', locale: 'en', kind: 'details', titles: [T.eRechnung] },
  // --- gone, drafts, no match, greetings, own registrations ------------------------------------------------------------
  { q: 'Findet die Outlook-und-Teams-Schulung statt?', kind: 'gone', gone: T.outlook },
  { q: 'Is the telephone training at the Bürgerbüro still on?', locale: 'en', kind: 'gone', gone: T.telefon },
  { q: 'Wann war die Schulung zu barrierefreien PDFs?', kind: 'gone', gone: T.pdf, says: ['Di., 19.02.2030'] },
  {
    q: 'year-end closing Stadtkasse seminar',
    locale: 'en',
    kind: 'gone',
    gone: T.kasse,
    says: ['Thu, 17 Jan 2030'],
  },
  { q: 'Gibt es eine Schulung zur Gleitzeit?', kind: 'none' },
  {
    miss: 'the English words of a subject that only a German draft has ("Buchungsportal") find the welcome walk, whose text says "appointment"',
    q: 'training on the new appointment booking portal',
    locale: 'en',
    kind: 'none',
  },
  { q: 'Spanischkurs', kind: 'none' },
  { q: 'anything in Nuremberg?', locale: 'en', kind: 'none' },
  { q: 'Servus!', kind: 'help' },
  { q: 'Grüß Gott, was kannst du?', kind: 'help' },
  { q: 'Hello', locale: 'en', kind: 'help' },
  { q: 'Thanks a lot!', locale: 'en', kind: 'thanks' },
  { q: 'Für welche Kurse bin ich angemeldet?', kind: 'myRegistrations' },
  { q: 'Which seminars have I booked?', locale: 'en', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-fifty-eighth, independent catalogue (Stadt Regensburg, Bayerische Verwaltungsschule, AKDB, Kommunale Unfallversicherung Bayern)',
  {
    fixture: 'heldout358-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
