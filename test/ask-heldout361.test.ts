// Over-fitting check, three-hundred-and-sixty-first catalogue: the autumn 2029 programme for the Landkreis Emsland
// (Niedersachsen), its towns Meppen, Lingen (Ems), Papenburg, Haren (Ems) and Haselünne and the Samtgemeinden (Sögel,
// Werlte, Lathen, Dörpen, Nordhümmling, Herzlake, Spelle, Freren, Lengerich), with the Niedersächsisches Studieninstitut
// (NSI), the Kommunale Datenverarbeitung Oldenburg (KDO), the GUV Oldenburg and the Landkreis' Fachbereich Personal,
// imported from a JSON file. Seminars take place in the Kreishaus Meppen (Ordeniederung 1: Großer and Kleiner
// Sitzungssaal, Raum 117, Schulungsräume 1 and 2), the Neues Rathaus Lingen (Elisabethstraße 14-16: Ratssaal,
// Sitzungszimmer 3), the Ludwig-Windthorst-Haus in Lingen-Holthausen (Gerhard-Kues-Straße 16), the Rathaus Papenburg
// (Hauptkanal rechts 68/69: Ratssaal, Sitzungszimmer 1), the Historisch-Ökologische Bildungsstätte in Papenburg
// (Spillmannsweg 30) and the Feuerwehrtechnische Zentrale in Meppen, online or hybrid. Two seminars are held in English
// (the front-office course in Papenburg and the Dutch-German cooperation workshop, hybrid in the Kreishaus). Several titles
// do not name their subject ("Was darf raus?" data protection, "Post ohne Papier" e-invoices / XRechnung, "Wenn es laut
// wird" de-escalation, "Frag doch den Bot" AI / ChatGPT, "Neu im Landkreis" induction day, "Fit für die Prüfung" exam
// preparation for apprentices, "Klartext" plain administrative language, "Gut eingestellt" ergonomics at the screen,
// "Atempause" stress / burnout, "Ja-Wort mit Auslandsbezug" registry office / marriages with foreign partners, "Die
// ersten 100 Tage" new managers / leadership, "Durchblick im Zahlenwerk" the budget for council members), so only
// summary, description or topics reveal it. About half of the questions are in English.
//
// Calendar around `now` (Tuesday 16 October 2029, 10:00 in Meppen, summer time; winter time begins Sun 28.10.2029;
// Reformationstag Wed 31.10.2029 is a holiday in Niedersachsen):
//   this week:  Mon 15.10. the past cash-office course (Kassensicherheit, Kreishaus, Dr. Kleene); Tue 16.10. (today)
//               14:00–16:00 data protection (online); Wed 17.10. 09:00–11:30 e-invoices (online); Thu 18.10. 08:30–15:30
//               Excel (Kreishaus, 95 €, deadline passed Fri 12.10. 12:00)
//   next week:  Tue 23.10. 09:00–16:00 de-escalation (Neues Rathaus Lingen); Wed 24.10. 13:30–16:00 AI (hybrid, Neues
//               Rathaus Lingen); Thu 25.10. 08:30–14:00 induction day (Kreishaus, Landkreis staff only); Fri 26.10. the
//               cancelled Outlook/Teams course
//   week after: Mon 29.10. 09:00–12:30 English for the front office (Papenburg, 40 €, deadline Mon 22.10. 23:59);
//               nothing on Reformationstag
//   November:   Mon 05.11.–Fri 09.11. 08:30–15:00 exam preparation for apprentices (Ludwig-Windthorst-Haus, 640 €,
//               deadline Fri 19.10. 23:59); Tue 06.11. 08:30–16:00 first aid (FTZ Meppen); Wed 07.11. plain language
//               (Ludwig-Windthorst-Haus, 210 €); Wed 07.11., 14.11., 21.11. 12:15–12:45 ergonomics (online); Thu 08.11.
//               09:00–12:00 stress (online); Fri 09.11. registry office (Rathaus Papenburg, 150 €); Mon 12.11.–Tue 13.11.
//               09:00–16:30 budget law (Ludwig-Windthorst-Haus, 420 €, deadline Fri 26.10. 23:59) and on Tue 13.11. the
//               cancelled time-management course; Thu 15.11. 09:00–15:30 procurement (online, 260 €); Mon 19.11., 26.11.
//               and Mon 03.12. 09:00–16:00 leadership (Kreishaus, 480 €, deadline Fri 02.11. 12:00); Tue 20.11.
//               18:30–21:00 budget for council members (Rathaus Papenburg, evening); Wed 21.11. 14:00–17:00 Dutch-German
//               cooperation (English, hybrid, Kreishaus); Thu 22.11. 09:00–15:00 housing benefit (online, 180 €, 20
//               seats); Wed 28.11. 08:00–12:00 fire wardens (FTZ Meppen); Thu 29.11. 09:00–16:00 naturalisation
//               (Kreishaus, 190 €)
//   December:   Mon 03.12. the third leadership day; the drafts social media (Tue 04.12.) and cemetery administration
//               (Thu 06.12.)
//   past:       Wed 19.09.2029 heavy rain (Starkregenvorsorge, online), Mon 15.10.2029 cash office (Kreishaus).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2029-10-16T08:00:00Z'); // Tuesday, 16 October 2029, 10:00 in Meppen (CEST)
const TZ = 'Europe/Berlin';

const T = {
  datenschutz: 'Was darf raus?', // Tue 16.10. 14:00–16:00, online, KDO, Herr Markus Eilers, data protection, free
  erechnung: 'Post ohne Papier', // Wed 17.10. 09:00–11:30, online, KDO, Frau Svenja Hinrichs, e-invoices / XRechnung, free
  excel: 'Excel im Sachgebiet: Formeln, Filter und Pivot-Tabellen', // Thu 18.10. 08:30–15:30, Kreishaus (Schulungsraum 2), KDO, Herr Jannik Brinkmann, 95 €, 10 seats, deadline passed Fri 12.10. 12:00
  deeskalation: 'Wenn es laut wird', // Tue 23.10. 09:00–16:00, Neues Rathaus Lingen, GUV, Herr Ralf Terhorst (Polizei), de-escalation, free
  ki: 'Frag doch den Bot', // Wed 24.10. 13:30–16:00, hybrid (Neues Rathaus Lingen, Ratssaal), KDO, Herr Jannik Brinkmann, AI, free
  onboarding: 'Neu im Landkreis', // Thu 25.10. 08:30–14:00, Kreishaus (Großer Sitzungssaal), FB Personal, Frau Anja Deters, induction, free, Landkreis only
  frontOffice: 'English for the Front Office: Talking to International Residents', // Mon 29.10. 09:00–12:30 (CET), HÖB Papenburg, FB Personal, Frau Siobhan Kelly (VHS), 40 €, English, deadline Mon 22.10. 23:59
  pruefung: 'Fit für die Prüfung', // Mon 05.11.–Fri 09.11. 08:30–15:00, Ludwig-Windthorst-Haus, NSI, Herr Stefan Wessels, apprentices' exam, 640 €, deadline Fri 19.10. 23:59
  ersteHilfe: 'Erste-Hilfe-Fortbildung für betriebliche Ersthelferinnen und Ersthelfer', // Tue 06.11. 08:30–16:00, FTZ Meppen, GUV, Herr Hendrik Schulte (DRK), free, 16 seats
  klartext: 'Klartext', // Wed 07.11. 09:00–16:00, Ludwig-Windthorst-Haus, NSI, Frau Dr. Karin Bruns, plain language, 210 €
  ergonomie: 'Gut eingestellt', // Wed 07.11., 14.11., 21.11. 12:15–12:45, online, GUV, Frau Lena Kuhlmann, ergonomics, free
  stress: 'Atempause', // Thu 08.11. 09:00–12:00, online, GUV, Frau Dr. Meike Ahlers, stress / burnout, free
  standesamt: 'Ja-Wort mit Auslandsbezug', // Fri 09.11. 09:00–15:00, Rathaus Papenburg (Sitzungszimmer 1), NSI, Frau Marion Hackmann, registrars, 150 €
  haushaltsrecht: 'Kommunales Haushaltsrecht in Niedersachsen: NKomVG und KomHKVO', // Mon 12.11.–Tue 13.11. 09:00–16:30, Ludwig-Windthorst-Haus, NSI, Herr Dr. Thomas Kleene, 420 €, deadline Fri 26.10. 23:59
  vergabe: 'Vergaberecht kompakt: NTVergG, UVgO und Wertgrenzen', // Thu 15.11. 09:00–15:30, online, NSI, Herr Dr. Thomas Kleene, 260 €
  fuehrung: 'Die ersten 100 Tage', // Mon 19.11., 26.11., 03.12. 09:00–16:00, Kreishaus (Raum 117), FB Personal, Frau Dr. Kirsten Lammers, leadership, 480 €, deadline Fri 02.11. 12:00
  rat: 'Durchblick im Zahlenwerk', // Tue 20.11. 18:30–21:00, Rathaus Papenburg (Ratssaal), NSI, Herr Dr. Thomas Kleene, budget for council members, free
  border: 'Working Across the Border: English for Dutch-German Cooperation', // Wed 21.11. 14:00–17:00, hybrid (Kreishaus, Kleiner Sitzungssaal), FB Personal, Herr Dr. Pieter van Dijk, English, free
  wohngeld: 'Wohngeld nach dem WoGG: Einkommen, Berechnung und Bescheid', // Thu 22.11. 09:00–15:00, online, NSI, Frau Elke Wübben, 180 €, 20 seats
  brandschutz: 'Brandschutzhelfer-Ausbildung mit praktischer Löschübung', // Wed 28.11. 08:00–12:00, FTZ Meppen, GUV, Herr Bernd Robben (Kreisfeuerwehr), free
  einbuergerung: 'Einbürgerung nach dem Staatsangehörigkeitsgesetz: Verfahren und Praxis', // Thu 29.11. 09:00–16:00, Kreishaus (Schulungsraum 1), NSI, Herr Stefan Wessels, 190 €
  socialMedia: 'Instagram & Co.: Social Media für Städte und Samtgemeinden', // draft (Tue 04.12.), KDO, Frau Svenja Hinrichs
  friedhof: 'Friedhofsverwaltung: Satzung, Gebühren und Grabnutzungsrechte', // draft (Thu 06.12.), NSI, Kreishaus
  outlook: 'Outlook und Teams im Büroalltag', // cancelled (Fri 26.10.), KDO, Brinkmann, Kreishaus
  zeit: 'Zeitmanagement und Selbstorganisation', // cancelled (Tue 13.11.), NSI, Frau Dr. Kirsten Lammers, Ludwig-Windthorst-Haus
  kasse: 'Kassensicherheit in der Gemeindekasse', // past (Mon 15.10.2029), NSI, Dr. Kleene, Kreishaus
  starkregen: 'Starkregenvorsorge: Kommunale Pflichten und Warnung der Bevölkerung', // past (Wed 19.09.2029), online
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.socialMedia, T.friedhof, T.outlook, T.zeit, T.kasse, T.starkregen];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -------------------------------------------------------------------------------------------
  { conv: 'vergabe', q: 'Gibt es was zum Vergaberecht?', kind: 'list', titles: [T.vergabe] },
  { conv: 'vergabe', q: 'Ist das online?', kind: 'facts', titles: [T.vergabe], says: ['findet online statt'] },
  { conv: 'vergabe', q: 'was kostet das', kind: 'facts', titles: [T.vergabe], says: ['kostet 260 €'] },
  {
    conv: 'vergabe',
    q: 'und wer leitet den?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['leitet Herr Dr. Thomas Kleene'],
  },
  {
    conv: 'vergabe',
    q: 'welche kurse hat der sonst noch?',
    kind: 'list',
    ...maybeAlso(only(T.haushaltsrecht, T.rat), T.vergabe),
  },
  { conv: 'english', q: 'anything in English?', locale: 'en', kind: 'list', ...only(T.frontOffice, T.border) },
  { conv: 'english', q: 'which one is in Papenburg?', locale: 'en', kind: 'list', titles: [T.frontOffice] },
  {
    conv: 'english',
    q: 'how much is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.frontOffice],
    says: [/costs (€\s?40|40\s?€|EUR 40)/],
  },
  {
    conv: 'english',
    q: "when's the registration deadline?",
    locale: 'en',
    kind: 'facts',
    titles: [T.frontOffice],
    says: ['You can register for the seminar', 'until Mon, 22 Oct 2029, 23:59'],
  },
  {
    conv: 'leadership',
    q: "I'm a new team leader - is there any training for me?",
    locale: 'en',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'leadership',
    q: 'when are the dates?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['on 3 days', 'Mon, 19 Nov 2029', 'Mon, 26 Nov 2029', 'Mon, 3 Dec 2029', 'each from 09:00 to 16:00'],
  },
  {
    conv: 'leadership',
    q: 'where does it take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['Kreishaus Meppen', 'Ordeniederung 1'],
  },
  {
    conv: 'leadership',
    q: 'is the deadline over already?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['You can register for the seminar', 'until Fri, 2 Nov 2029, 12:00'],
  },
  { conv: 'stress', q: 'hab dauernd stress im job, gibt es da was?', kind: 'list', titles: [T.stress] },
  {
    conv: 'stress',
    q: 'muss ich dafür nach oldenburg fahren?',
    kind: 'facts',
    titles: [T.stress],
    says: ['findet online statt'],
  },
  {
    conv: 'stress',
    q: 'wann ist das',
    kind: 'facts',
    titles: [T.stress],
    says: ['am Do., 08.11.2029 von 09:00 bis 12:00 Uhr'],
  },
  { conv: 'papenburg', q: 'was gibt es in papenburg?', kind: 'list', ...only(T.frontOffice, T.standesamt, T.rat) },
  { conv: 'papenburg', q: 'welcher davon ist abends?', kind: 'list', titles: [T.rat] },
  { conv: 'papenburg', q: 'kostet der was?', kind: 'facts', titles: [T.rat], says: ['ist kostenlos'] },
  { conv: 'firstaid', q: 'erste hilfe auffrischung', kind: 'list', titles: [T.ersteHilfe] },
  {
    conv: 'firstaid',
    q: 'how many seats are left?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['has 16 of 16 seats left'],
  },
  // --- follow-ups with nothing talked about ---------------------------------------------------------------------------
  { conv: 'empty-de', q: 'Und wo ist das?', kind: 'noContext' },
  { conv: 'empty-en', q: 'how much is it?', locale: 'en', kind: 'noContext' },
  // --- facts ------------------------------------------------------------------------------------------------------------
  {
    q: 'Was kostet das Seminar zum Haushaltsrecht?',
    kind: 'facts',
    titles: [T.haushaltsrecht],
    says: ['kostet 420 €'],
  },
  {
    q: 'bis wann kann ich mich fürs haushaltsrecht anmelden',
    kind: 'facts',
    titles: [T.haushaltsrecht],
    says: ['bis Fr., 26.10.2029, 23:59 Uhr anmelden'],
  },
  {
    q: 'Can I still sign up for the Excel course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['registration deadline', 'passed on Fri, 12 Oct 2029, 12:00'],
  },
  {
    q: 'Wo findet das Seminar für Standesbeamte statt?',
    kind: 'facts',
    titles: [T.standesamt],
    says: ['Rathaus Papenburg', 'Hauptkanal rechts 68/69'],
  },
  {
    q: 'wer macht den wohngeld kurs',
    kind: 'facts',
    titles: [T.wohngeld],
    says: ['leitet Frau Elke Wübben'],
  },
  {
    q: 'sind beim wohngled seminar noch plätze frei',
    kind: 'facts',
    titles: [T.wohngeld],
    says: ['noch 20 von 20 Plätzen frei'],
  },
  {
    q: 'wie lange dauert die prüfungsvorbereitung für azubis?',
    kind: 'facts',
    titles: [T.pruefung],
    says: ['dauert 5 Tage, jeweils von 08:30 bis 15:00 Uhr'],
  },
  {
    q: 'um wie viel uhr fängt die brandschutzhelfer ausbildung an',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['beginnt am Mi., 28.11.2029 um 08:00 Uhr'],
  },
  {
    q: 'Is the ChatGPT session online or in person?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is hybrid', 'Neues Rathaus Lingen'],
  },
  {
    q: 'Ist der Workshop zur Zusammenarbeit mit den Niederlanden auf Englisch?',
    kind: 'facts',
    titles: [T.border],
    says: ['wird auf Englisch gehalten'],
  },
  {
    q: 'When is the naturalisation seminar?',
    locale: 'en',
    kind: 'facts',
    titles: [T.einbuergerung],
    says: ['takes place on Thu, 29 Nov 2029 from 09:00 to 16:00'],
  },
  { q: 'zeig mir details zum einbürgerungsseminar', kind: 'details', titles: [T.einbuergerung] },
  // --- subjects only summary, description or topics name -----------------------------------------------------------------
  { q: 'XRechnung Schulung', kind: 'list', titles: [T.erechnung] },
  { q: 'Is there anything about artificial intelligence?', locale: 'en', kind: 'list', titles: [T.ki] },
  { q: 'umgang mit aggressiven bürgern', kind: 'list', titles: [T.deeskalation] },
  {
    q: 'Bescheide verständlich schreiben',
    kind: 'list',
    first: T.klartext,
    ...maybeAlso(only(T.klartext), T.wohngeld),
  },
  {
    q: 'my neck hurts from sitting at the computer all day, any course?',
    locale: 'en',
    kind: 'list',
    titles: [T.ergonomie],
  },
  { q: 'Do you have a data protection course?', locale: 'en', kind: 'list', titles: [T.datenschutz] },
  { q: 'Einführungstag für neue Kollegen', kind: 'list', titles: [T.onboarding] },
  { q: 'Brandschuzhelfer', kind: 'list', titles: [T.brandschutz] },
  // --- providers, trainers, audiences, places ----------------------------------------------------------------------------
  { q: 'Was bietet die KDO an?', kind: 'list', ...only(T.datenschutz, T.erechnung, T.excel, T.ki) },
  {
    q: 'courses from the GUV Oldenburg',
    locale: 'en',
    kind: 'list',
    ...only(T.deeskalation, T.ersteHilfe, T.ergonomie, T.stress, T.brandschutz),
  },
  {
    q: 'Seminare vom Studieninstitut',
    kind: 'list',
    ...only(T.pruefung, T.klartext, T.standesamt, T.haushaltsrecht, T.vergabe, T.rat, T.wohngeld, T.einbuergerung),
  },
  {
    q: 'Angebote vom Fachbereich Personal',
    kind: 'list',
    ...only(T.onboarding, T.frontOffice, T.fuehrung, T.border),
  },
  { q: 'Kurse bei Dr. Kleene', kind: 'list', ...only(T.haushaltsrecht, T.vergabe, T.rat) },
  { q: 'What does Jannik Brinkmann teach?', locale: 'en', kind: 'list', ...only(T.excel, T.ki) },
  { q: 'Seminare von Frau Lammers', kind: 'list', titles: [T.fuehrung] },
  { q: 'Gibt es was für Ratsmitglieder?', kind: 'list', titles: [T.rat] },
  { q: 'courses for registrars', locale: 'en', kind: 'list', titles: [T.standesamt] },
  { q: 'was gibt es für azubis', kind: 'list', titles: [T.pruefung] },
  {
    q: 'Seminare in Lingen',
    kind: 'list',
    ...only(T.deeskalation, T.ki, T.pruefung, T.klartext, T.haushaltsrecht),
  },
  {
    q: 'what is on at the Kreishaus?',
    locale: 'en',
    kind: 'list',
    ...only(T.excel, T.onboarding, T.fuehrung, T.border, T.einbuergerung),
  },
  // --- dates, formats, fees ------------------------------------------------------------------------------------------------
  { q: 'was ist heute noch', kind: 'list', titles: [T.datenschutz] },
  { q: 'Is there anything tomorrow?', locale: 'en', kind: 'list', titles: [T.erechnung] },
  { q: "What's on this week?", locale: 'en', kind: 'list', titles: [T.datenschutz, T.erechnung, T.excel] },
  { q: 'was steht nächste woche an', kind: 'list', titles: [T.deeskalation, T.ki, T.onboarding] },
  {
    q: 'was gibt es in den nächsten zwei wochen',
    kind: 'list',
    ...only(T.datenschutz, T.erechnung, T.excel, T.deeskalation, T.ki, T.onboarding, T.frontOffice),
  },
  { q: 'gibt es im dezember noch was?', kind: 'list', titles: [T.fuehrung] },
  {
    q: 'any free courses next month?',
    locale: 'en',
    kind: 'list',
    ...only(T.ersteHilfe, T.ergonomie, T.stress, T.rat, T.border, T.brandschutz),
  },
  {
    q: 'Online-Seminare im November',
    kind: 'list',
    ...maybeAlso(only(T.ergonomie, T.stress, T.vergabe, T.wohngeld), T.border),
  },
  { q: 'Kurse über 300 Euro', kind: 'list', ...only(T.pruefung, T.haushaltsrecht, T.fuehrung) },
  {
    q: 'kostenlose präsenzkurse in meppen',
    kind: 'list',
    ...maybeAlso(only(T.onboarding, T.ersteHilfe, T.brandschutz), T.border),
  },
  { q: 'gibt es am reformationstag was?', kind: 'none' },
  // --- gone, drafts, no match, greetings, own registrations ------------------------------------------------------------
  { q: 'Findet der Outlook-Kurs statt?', kind: 'gone', gone: T.outlook },
  { q: 'Is the time management workshop still happening?', locale: 'en', kind: 'gone', gone: T.zeit },
  { q: 'wann war die schulung zur kassensicherheit', kind: 'gone', gone: T.kasse, says: ['Mo., 15.10.2029'] },
  {
    q: 'When was the heavy rain course?',
    locale: 'en',
    kind: 'gone',
    gone: T.starkregen,
    says: ['Wed, 19 Sep 2029'],
  },
  { q: 'Is there an Instagram course?', locale: 'en', kind: 'none' },
  { q: 'friedhofsverwaltung', kind: 'none' },
  { q: 'Schulung zur Kfz-Zulassung', kind: 'none' },
  { q: 'Do you offer a forklift licence course?', locale: 'en', kind: 'none' },
  { q: 'anything in Osnabrück?', locale: 'en', kind: 'none' },
  { q: 'Moin!', kind: 'help' },
  { q: 'danke dir!', kind: 'thanks' },
  { q: 'Für welche Seminare bin ich angemeldet?', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-sixty-first, independent catalogue (Landkreis Emsland, NSI, KDO, GUV Oldenburg, Fachbereich Personal)',
  {
    fixture: 'heldout361-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
