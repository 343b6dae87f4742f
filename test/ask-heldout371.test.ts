// Over-fitting check, three-hundred-and-seventy-first catalogue: the autumn 2030 programme for the Stadt Oldenburg
// (Niedersachsen) and its Ämter, with the KDO member municipalities Wardenburg, Hude and Edewecht, offered by the
// Niedersächsisches Studieninstitut für kommunale Verwaltung (NSI), the Kommunale Datenverarbeitung Oldenburg (KDO), the
// Gemeinde-Unfallversicherungsverband Oldenburg (GUV Oldenburg) and the city's Fachdienst Personal, imported from a JSON
// file. Seminars take place in the Altes Rathaus (Markt 1: Ratssaal, Kleiner Sitzungssaal), the Technisches Rathaus
// (Industriestraße 1), the Dienstgebäude Pferdemarkt 14, the KDO Schulungszentrum (Elsässer Straße 66), the Kulturzentrum
// PFL (Peterstraße 3), the GUV Oldenburg (Gartenstraße 9), the Hauptfeuerwache (Auguststraße 2), at the NSI in Hannover
// (Wielandstraße 8), online or hybrid. Two seminars are held in English (the service-counter course and the sister-cities
// workshop, which is hybrid in the Altes Rathaus). Several titles do not name their subject ("Besprechen ohne
// Besprechungsraum" is Microsoft Teams, "Frag doch die Maschine" AI / ChatGPT, "Darf ich das weitergeben?" data
// protection, "Die ersten hundert Tage" new managers, "Aufrecht durch den Tag" back exercises at lunchtime, "Wenn es laut
// wird" de-escalation, "Der Aktenschrank zieht um" the e-file, "Wohin fließt das Geld?" the city budget for council
// members, "Moin, Oldenburg!" the induction day, "Durchatmen statt durchdrehen" stress / burnout, "Lesbar für alle"
// accessible documents), so only summary, description or topics reveal it. About half of the questions are in English,
// and seminars are often called by nicknames ("der Excel-Kurs", "das KI-Ding", "the Teams thing").
//
// Calendar around `now` (Tuesday 8 October 2030, 10:15 in Oldenburg, summer time; winter time begins Sun 27.10.2030;
// Tag der Deutschen Einheit Thu 03.10. is over, Reformationstag Thu 31.10.2030 is a holiday in Niedersachsen):
//   this week:  Tue 08.10. (today) 14:00–15:30 Teams (online); Wed 09.10. 08:30–15:30 Excel (KDO Schulungszentrum, 95 €);
//               Fri 11.10. 09:00–12:30 plain language (Altes Rathaus; deadline passed Fri 04.10. 23:59)
//   next week:  Tue 15.10. 09:00–12:00 data protection (online); Thu 17.10. 09:00–12:30 English at the service counter
//               (Pferdemarkt 14, 40 €, deadline Fri 11.10. 12:00)
//   week after: nothing on Mon 21.10. or Tue 22.10.; Wed 23.10. 08:30–16:00 first aid (Hauptfeuerwache); Thu 24.10.
//               09:00–12:00 AI (hybrid, Technisches Rathaus)
//   late Oct:   Mon 28.10.–Tue 29.10. (CET) 09:00–16:30 new managers (PFL, 520 €, deadline Mon 14.10. 23:59); the
//               cancelled Outlook course (Wed 30.10.); nothing on Reformationstag
//   November:   Tue 05.11., 12.11., 19.11. 12:00–12:30 back exercises (online); Wed 06.11. housing benefit (online, 150 €,
//               24 seats); Thu 07.11. 09:00–16:00 de-escalation (GUV, Gartenstraße 9); Wed 13.11. 09:00–11:00 e-file
//               (online); Thu 14.11. 18:00–20:30 budget for council members (Altes Rathaus, evening) and the cancelled
//               Word course; Tue 19.11. procurement (Hannover, 310 €); Wed 20.11. 08:30–12:30 fire wardens
//               (Hauptfeuerwache); Thu 21.11. 09:00–15:00 induction day (Altes Rathaus); Tue 26.11. stress (online);
//               Wed 27.11. 14:00–17:00 sister cities (English, hybrid, Altes Rathaus)
//   December:   Tue 03.12.–Thu 05.12. 08:30–15:30 administrative law for career changers (Hannover, 590 €, deadline Fri
//               15.11. 23:59); Tue 10.12. accessible documents (online, 35 €); Thu 12.12. 09:00–15:30 building code
//               (Technisches Rathaus, 180 €); the drafts social media (Tue 17.12.) and cemetery fees (Thu 19.12.)
//   past:       Thu 22.08.2030 Kita fees (online), Tue 10.09.2030 heavy rain (Technisches Rathaus).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2030-10-08T08:15:00Z'); // Tuesday, 8 October 2030, 10:15 in Oldenburg (CEST)
const TZ = 'Europe/Berlin';

const T = {
  teams: 'Besprechen ohne Besprechungsraum', // Tue 08.10. 14:00–15:30, online, KDO, Frau Insa Gerdes, Microsoft Teams, free, 100 seats
  excel: 'Excel im Verwaltungsalltag: Formeln, Filter und Pivot-Tabellen', // Wed 09.10. 08:30–15:30, KDO Schulungszentrum, Herr Hauke Janßen, 95 €, 10 seats
  klartext: 'Klartext: Briefe, die ankommen', // Fri 11.10. 09:00–12:30, Altes Rathaus (Kleiner Sitzungssaal), NSI, Frau Dr. Wiebke Ahlers, plain language, 85 €, deadline passed Fri 04.10. 23:59
  datenschutz: 'Darf ich das weitergeben?', // Tue 15.10. 09:00–12:00, online, NSI, Frau Dr. Maren Töllner, data protection, free, German
  serviceCounter: 'Welcome to Oldenburg: English at the Service Counter', // Thu 17.10. 09:00–12:30, Pferdemarkt 14, Fachdienst Personal, Frau Claire Donovan (VHS), 40 €, English, deadline Fri 11.10. 12:00
  ersteHilfe: 'Erste-Hilfe-Fortbildung für betriebliche Ersthelferinnen und Ersthelfer', // Wed 23.10. 08:30–16:00, Hauptfeuerwache, GUV, Herr Jörn Wübbena (Johanniter), free
  ki: 'Frag doch die Maschine', // Thu 24.10. 09:00–12:00, hybrid (Technisches Rathaus, Sitzungsraum 1.214), KDO, Herr Hauke Janßen, AI, free, 40 seats
  fuehrung: 'Die ersten hundert Tage', // Mon 28.10.–Tue 29.10. 09:00–16:30, Kulturzentrum PFL, NSI, Frau Dr. Gesa Rademacher, new managers, 520 €, 14 seats, deadline Mon 14.10. 23:59
  ruecken: 'Aufrecht durch den Tag', // Tue 05.11., 12.11., 19.11. 12:00–12:30, online, Fachdienst Personal, Frau Tomke Hinrichs, back exercises, free
  wohngeld: 'Wohngeld kompakt: Anträge prüfen und Bescheide erstellen nach dem WoGG', // Wed 06.11. 09:00–15:00, online, NSI, Frau Karin Osterloh, 150 €, 24 seats
  deeskalation: 'Wenn es laut wird', // Thu 07.11. 09:00–16:00, GUV Oldenburg (Gartenstraße 9), Herr Frerk Oltmanns (Polizei), de-escalation, free
  eakte: 'Der Aktenschrank zieht um', // Wed 13.11. 09:00–11:00, online, KDO, Frau Insa Gerdes, e-file, free
  haushalt: 'Wohin fließt das Geld?', // Thu 14.11. 18:00–20:30, Altes Rathaus (Ratssaal), NSI, Herr Dr. Enno Bruns, budget for council members, free
  vergabe: 'Vergaberecht in Niedersachsen: NTVergG, UVgO und Wertgrenzen', // Tue 19.11. 09:00–16:00, NSI Hannover, Herr Dr. Enno Bruns, 310 €
  brandschutz: 'Brandschutzhelfer-Ausbildung mit Löschübung', // Wed 20.11. 08:30–12:30, Hauptfeuerwache, GUV, Herr Malte Eilers (Feuerwehr), free
  onboarding: 'Moin, Oldenburg!', // Thu 21.11. 09:00–15:00, Altes Rathaus (Ratssaal), Fachdienst Personal, Frau Anke Meiners, induction day, free
  stress: 'Durchatmen statt durchdrehen', // Tue 26.11. 09:00–12:00, online, GUV, Frau Silke Haverkamp, stress / burnout, free
  sisterCities: 'Sister Cities: English for International Visits', // Wed 27.11. 14:00–17:00, hybrid (Altes Rathaus, Kleiner Sitzungssaal), Fachdienst Personal, Herr Dr. Owen Prichard, English, free
  quereinstieg: 'Verwaltungsrecht für Quereinsteigerinnen und Quereinsteiger', // Tue 03.12.–Thu 05.12. 08:30–15:30, NSI Hannover, Frau Dr. Hilke Brumund, 590 €, deadline Fri 15.11. 23:59
  barrierefrei: 'Lesbar für alle', // Tue 10.12. 09:00–12:00, online, KDO, Frau Insa Gerdes, accessible documents, 35 €
  nbauo: 'Die neue NBauO in der Praxis', // Thu 12.12. 09:00–15:30, Technisches Rathaus (Großer Sitzungssaal), NSI, Herr Jan-Hendrik Cordes, building code, 180 €
  socialMedia: 'Instagram, TikTok & Co.: Social Media für die Stadt', // draft (Tue 17.12.), Gerdes, online
  friedhof: 'Friedhofsgebühren kalkulieren', // draft (Thu 19.12.), Bruns, Technisches Rathaus
  word: 'Word für Fortgeschrittene: Serienbriefe und Vorlagen', // cancelled (Thu 14.11.), Janßen, KDO Schulungszentrum
  outlook: 'Zeitmanagement mit Outlook', // cancelled (Wed 30.10.), Meiners, online
  starkregen: 'Starkregen und Hochwasser: Vorsorgepflichten der Kommune', // past (Tue 10.09.2030), Technisches Rathaus
  kita: 'Kita-Beiträge in Niedersachsen: Satzung und Härtefälle', // past (Thu 22.08.2030), online
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.socialMedia, T.friedhof, T.word, T.outlook, T.starkregen, T.kita];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -------------------------------------------------------------------------------------------
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
    q: 'who teaches it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['is led by Herr Hauke Janßen'],
  },
  {
    conv: 'excel',
    q: 'what time does it start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['starts on Wed, 9 Oct 2030 at 08:30'],
  },
  { conv: 'excel', q: 'anything else by him?', locale: 'en', kind: 'list', ...maybeAlso(only(T.ki), T.excel) },
  {
    conv: 'ki',
    q: 'Wann ist das KI-Ding?',
    kind: 'facts',
    titles: [T.ki],
    says: ['am Do., 24.10.2030 von 09:00 bis 12:00 Uhr'],
  },
  {
    conv: 'ki',
    q: 'Muss ich dafür ins Technische Rathaus kommen?',
    kind: 'facts',
    titles: [T.ki],
    says: ['findet hybrid statt', 'Technisches Rathaus'],
  },
  { conv: 'ki', q: 'Gibt es noch freie Plätze?', kind: 'facts', titles: [T.ki], says: ['noch 40 von 40 Plätzen frei'] },
  { conv: 'ki', q: 'und was kostet es?', kind: 'facts', titles: [T.ki], says: ['ist kostenlos'] },
  {
    conv: 'teams',
    q: 'When is the Teams thing?',
    locale: 'en',
    kind: 'facts',
    titles: [T.teams],
    says: ['takes place on Tue, 8 Oct 2030 from 14:00 to 15:30'],
  },
  { conv: 'teams', q: 'is that online?', locale: 'en', kind: 'facts', titles: [T.teams], says: ['takes place online'] },
  {
    conv: 'teams',
    q: 'how long does it take?',
    locale: 'en',
    kind: 'facts',
    titles: [T.teams],
    says: ['lasts', 'from 14:00 to 15:30'],
  },
  { conv: 'fuehrung', q: 'Gibt es was für neue Führungskräfte?', kind: 'list', titles: [T.fuehrung] },
  { conv: 'fuehrung', q: 'Was kostet der?', kind: 'facts', titles: [T.fuehrung], says: ['kostet 520 €'] },
  {
    conv: 'fuehrung',
    q: 'Bis wann kann ich mich anmelden?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['bis Mo., 14.10.2030, 23:59 Uhr anmelden'],
  },
  {
    conv: 'fuehrung',
    q: 'und wo findet das statt?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['Kulturzentrum PFL', 'Peterstraße 3'],
  },
  {
    conv: 'fuehrung',
    q: 'Wie lange geht das?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['dauert 2 Tage, jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    conv: 'english',
    q: 'Are there any courses in English?',
    locale: 'en',
    kind: 'list',
    ...only(T.serviceCounter, T.sisterCities),
  },
  { conv: 'english', q: 'which one is hybrid?', locale: 'en', kind: 'list', titles: [T.sisterCities] },
  {
    conv: 'english',
    q: 'when is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.sisterCities],
    says: ['takes place on Wed, 27 Nov 2030 from 14:00 to 17:00'],
  },
  {
    conv: 'english',
    q: "who's the trainer?",
    locale: 'en',
    kind: 'facts',
    titles: [T.sisterCities],
    says: ['is led by Herr Dr. Owen Prichard'],
  },
  {
    conv: 'counter',
    q: "What's the registration deadline for the service counter English course?",
    locale: 'en',
    kind: 'facts',
    titles: [T.serviceCounter],
    says: ['You can register for the seminar', 'until Fri, 11 Oct 2030, 12:00'],
  },
  {
    conv: 'counter',
    q: 'and where is it held?',
    locale: 'en',
    kind: 'facts',
    titles: [T.serviceCounter],
    says: ['Pferdemarkt 14'],
  },
  {
    conv: 'counter',
    q: 'Is it in English or German?',
    locale: 'en',
    kind: 'facts',
    titles: [T.serviceCounter],
    says: ['is held in English'],
  },
  {
    conv: 'guv',
    q: 'Was bietet der GUV an?',
    kind: 'list',
    ...only(T.ersteHilfe, T.deeskalation, T.brandschutz, T.stress),
  },
  { conv: 'guv', q: 'welche davon sind online?', kind: 'list', titles: [T.stress] },
  { conv: 'guv', q: 'wer leitet das?', kind: 'facts', titles: [T.stress], says: ['leitet Frau Silke Haverkamp'] },
  {
    conv: 'klartext',
    q: 'Kann ich mich für Klartext noch anmelden?',
    kind: 'facts',
    titles: [T.klartext],
    says: ['am Fr., 04.10.2030, 23:59 Uhr abgelaufen'],
  },
  { conv: 'klartext', q: 'wo ist der kurs?', kind: 'facts', titles: [T.klartext], says: ['Altes Rathaus', 'Markt 1'] },
  {
    conv: 'ruecken',
    q: 'Is there something for back pain I can do at my desk?',
    locale: 'en',
    kind: 'list',
    titles: [T.ruecken],
  },
  {
    conv: 'ruecken',
    q: 'when are the sessions?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['on 3 days', 'Tue, 5 Nov 2030', 'Tue, 19 Nov 2030', 'each from 12:00 to 12:30'],
  },
  { conv: 'ruecken', q: 'Is it free?', locale: 'en', kind: 'facts', titles: [T.ruecken], says: ['is free of charge'] },
  {
    conv: 'quereinstieg',
    q: 'Ich bin Quereinsteigerin aus der Privatwirtschaft – gibt es eine Einführung ins Verwaltungsrecht?',
    kind: 'list',
    titles: [T.quereinstieg],
  },
  {
    conv: 'quereinstieg',
    q: 'wann genau?',
    kind: 'facts',
    titles: [T.quereinstieg],
    says: ['an 3 Tagen', 'Di., 03.12.2030', 'jeweils von 08:30 bis 15:30 Uhr'],
  },
  { conv: 'quereinstieg', q: 'Was kostet das?', kind: 'facts', titles: [T.quereinstieg], says: ['kostet 590 €'] },
  { conv: 'hannover', q: 'anything in Hannover?', locale: 'en', kind: 'list', ...only(T.vergabe, T.quereinstieg) },
  { conv: 'hannover', q: 'which one is just one day?', locale: 'en', kind: 'list', titles: [T.vergabe] },
  {
    conv: 'hannover',
    q: 'how much is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.vergabe],
    says: [/costs (€\s?310|310\s?€|EUR 310)/],
  },
  // --- follow-ups with nothing talked about ---------------------------------------------------------------------------
  { conv: 'empty-en', q: 'how much is it?', locale: 'en', kind: 'noContext' },
  { conv: 'empty-de', q: 'Und wo ist das?', kind: 'noContext' },
  // --- facts ------------------------------------------------------------------------------------------------------------
  {
    q: 'Wer leitet den Erste-Hilfe-Kurs?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['leitet Herr Jörn Wübbena'],
  },
  {
    q: 'Where is the fire warden training?',
    locale: 'en',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['Hauptfeuerwache Oldenburg', 'Auguststraße 2'],
  },
  {
    q: 'wann fängt die brandschutzhelferausbildung an?',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['beginnt am Mi., 20.11.2030 um 08:30 Uhr'],
  },
  {
    q: 'Wie viele Plätze sind beim Wohngeld-Seminar noch frei?',
    kind: 'facts',
    titles: [T.wohngeld],
    says: ['noch 24 von 24 Plätzen frei'],
  },
  {
    q: 'Is the housing benefit course online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.wohngeld],
    says: ['takes place online'],
  },
  { q: 'Wer hält das Seminar zur NBauO?', kind: 'facts', titles: [T.nbauo], says: ['leitet Herr Jan-Hendrik Cordes'] },
  {
    q: 'How much does the building code seminar cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.nbauo],
    says: [/costs (€\s?180|180\s?€|EUR 180)/],
  },
  {
    miss: '"welcome" finds the English course "Welcome to Oldenburg" before the induction day for new staff',
    q: 'When is the welcome day for new staff?',
    locale: 'en',
    kind: 'facts',
    titles: [T.onboarding],
    says: ['takes place on Thu, 21 Nov 2030 from 09:00 to 15:00'],
  },
  { q: 'Ist der Kurs zum Thema Stress kostenlos?', kind: 'facts', titles: [T.stress], says: ['ist kostenlos'] },
  {
    q: 'How long is the de-escalation training?',
    locale: 'en',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['lasts', 'from 09:00 to 16:00'],
  },
  {
    q: 'Wo findet das Deeskalationstraining statt?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['Gartenstraße 9'],
  },
  {
    q: 'what time does the budget evening for council members start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['starts on Thu, 14 Nov 2030 at 18:00'],
  },
  {
    q: 'Ist die Datenschutzschulung auf Deutsch?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['wird auf Deutsch gehalten'],
  },
  {
    q: 'Is the sister cities workshop in English?',
    locale: 'en',
    kind: 'facts',
    titles: [T.sisterCities],
    says: ['is held in English'],
  },
  {
    q: 'Wie teuer ist der Kurs zu barrierefreien Dokumenten?',
    kind: 'facts',
    titles: [T.barrierefrei],
    says: ['kostet 35 €'],
  },
  {
    q: 'Who runs the data protection session?',
    locale: 'en',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['is led by Frau Dr. Maren Töllner'],
  },
  {
    q: 'Does the leadership course still have seats?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['has 14 of 14 seats left'],
  },
  { q: 'zeig mir die Details zum E-Akte-Kurs', kind: 'details', titles: [T.eakte] },
  // --- subjects only summary, description or topics name -----------------------------------------------------------------
  { q: 'Gibt es eine Schulung zu Microsoft Teams?', kind: 'list', titles: [T.teams] },
  { q: 'anything about ChatGPT or Copilot?', locale: 'en', kind: 'list', titles: [T.ki] },
  { q: 'Wie gehe ich mit pöbelnden Bürgern am Schalter um?', kind: 'list', titles: [T.deeskalation] },
  { q: 'stress management course', locale: 'en', kind: 'list', titles: [T.stress] },
  { q: 'Gibt es eine Schulung zum städtischen Haushalt für Ratsmitglieder?', kind: 'list', titles: [T.haushalt] },
  {
    q: 'Do you have an induction day for new employees?',
    locale: 'en',
    kind: 'list',
    first: T.onboarding,
    ...maybeAlso(only(T.onboarding), T.quereinstieg),
  },
  { q: 'dsgvo schulung', kind: 'list', titles: [T.datenschutz] },
  { q: 'Briefe verständlich schreiben', kind: 'list', titles: [T.klartext] },
  { q: 'how to make accessible PDFs', locale: 'en', kind: 'list', titles: [T.barrierefrei] },
  // --- typos ---------------------------------------------------------------------------------------------------------------
  { q: 'exel kurs', kind: 'list', titles: [T.excel] },
  { q: 'deeskaltion', kind: 'list', titles: [T.deeskalation] },
  { q: 'procurment law seminar', locale: 'en', kind: 'list', titles: [T.vergabe] },
  // --- trainers, providers, places ---------------------------------------------------------------------------------------
  { q: 'Courses by Insa Gerdes', locale: 'en', kind: 'list', ...only(T.teams, T.eakte, T.barrierefrei) },
  { q: 'Welche Kurse macht die KDO?', kind: 'list', ...only(T.teams, T.excel, T.ki, T.eakte, T.barrierefrei) },
  {
    q: 'Was läuft im Alten Rathaus?',
    kind: 'list',
    ...only(T.klartext, T.haushalt, T.onboarding, T.sisterCities),
  },
  { q: 'anything at the fire station?', locale: 'en', kind: 'list', ...only(T.ersteHilfe, T.brandschutz) },
  {
    q: 'Was bietet der Fachdienst Personal an?',
    kind: 'list',
    ...only(T.serviceCounter, T.ruecken, T.onboarding, T.sisterCities),
  },
  { q: 'gibt es auch was in bremen', kind: 'none' },
  // --- dates, formats, fees ------------------------------------------------------------------------------------------------
  { q: 'Was ist heute noch?', kind: 'list', titles: [T.teams] },
  { q: 'was ist morgen', kind: 'list', titles: [T.excel] },
  { q: "What's on this week?", locale: 'en', kind: 'list', titles: [T.teams, T.excel, T.klartext] },
  { q: 'was läuft nächste woche', kind: 'list', titles: [T.datenschutz, T.serviceCounter] },
  {
    q: 'Was gibt es in den nächsten zwei Wochen?',
    kind: 'list',
    titles: [T.teams, T.excel, T.klartext, T.datenschutz, T.serviceCounter],
  },
  {
    q: 'any online courses next month?',
    locale: 'en',
    kind: 'list',
    ...only(T.ruecken, T.wohngeld, T.eakte, T.stress),
  },
  { q: 'Seminare im Dezember', kind: 'list', titles: [T.quereinstieg, T.barrierefrei, T.nbauo] },
  { q: 'gibt es am 31. oktober was?', kind: 'none' },
  { q: 'anything on a Friday?', locale: 'en', kind: 'list', titles: [T.klartext] },
  { q: 'Gibt es Abendveranstaltungen?', kind: 'list', titles: [T.haushalt] },
  { q: 'mehrtägige Seminare', kind: 'list', ...maybeAlso(only(T.fuehrung, T.quereinstieg), T.ruecken) },
  { q: 'courses over 300 euros', locale: 'en', kind: 'list', ...only(T.fuehrung, T.vergabe, T.quereinstieg) },
  { q: 'hybrid seminars', locale: 'en', kind: 'list', ...only(T.ki, T.sisterCities) },
  { q: 'kostenlose Online-Seminare im November', kind: 'list', ...only(T.ruecken, T.eakte, T.stress) },
  // --- gone, drafts, no match, greetings, own registrations ------------------------------------------------------------
  { q: 'Findet der Word-Kurs noch statt?', kind: 'gone', gone: T.word },
  { q: 'What about the Outlook time management course?', locale: 'en', kind: 'gone', gone: T.outlook },
  { q: 'Wann war das Seminar zu Starkregen?', kind: 'gone', gone: T.starkregen, says: ['Di., 10.09.2030'] },
  {
    q: 'When was the Kita fees seminar?',
    locale: 'en',
    kind: 'gone',
    gone: T.kita,
    says: ['Thu, 22 Aug 2030'],
  },
  { q: 'Gibt es einen TikTok-Kurs?', kind: 'none' },
  { q: 'Friedhofsgebühren', kind: 'none' },
  { q: 'Do you offer Dutch lessons?', locale: 'en', kind: 'none' },
  { q: 'Moin!', kind: 'help' },
  { q: 'Hello, what can you do?', locale: 'en', kind: 'help' },
  { q: 'Danke dir!', kind: 'thanks' },
  { q: 'Which courses am I registered for?', locale: 'en', kind: 'myRegistrations' },
  { q: 'Wofür bin ich angemeldet?', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-seventy-first, independent catalogue (Stadt Oldenburg, NSI, KDO, GUV Oldenburg, Fachdienst Personal)',
  {
    fixture: 'heldout371-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
