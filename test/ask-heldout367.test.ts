// Over-fitting check, three-hundred-and-sixty-seventh catalogue: the winter 2030/31 programme for the Stadt Bielefeld
// (Nordrhein-Westfalen) and seven of its Bezirksämter (Brackwede, Dornberg, Heepen, Jöllenbeck, Senne, Sennestadt,
// Stieghorst), with the Studieninstitut Ostwestfalen-Lippe, the ITeG (the city's IT-Dienstleister), the Unfallkasse
// Nordrhein-Westfalen and the city's Amt für Personal, imported from a JSON file. Seminars take place in the Neues
// Rathaus (Niederwall 23: Großer Sitzungssaal, Raum 201), the Technisches Rathaus (August-Bebel-Straße 75-77), the
// ITeG-Schulungszentrum (Am Bahnhof 6), the Studieninstitut (Rohrteichstraße 19), the Feuer- und Rettungswache 1 (Am
// Stadtholz 18), the Bezirksamt Brackwede (Germanenstraße 22), in Düsseldorf (Unfallkasse NRW, Sankt-Franziskus-Straße
// 146), online or hybrid. Two seminars are held in English (the orientation afternoon for international staff in the
// Neues Rathaus, and telephone English, hybrid in the Technisches Rathaus). Several titles do not name their subject
// ("Papierlos glücklich" is the e-file, "Gemeinsam statt per Mail" Microsoft Teams, "Aufrecht durch den Tag" back
// exercises at lunchtime, "Wohin fließt das Geld?" the city budget for district councillors, "Darf ich das weitergeben?"
// data protection, "Klartext" plain language in official letters, "Schreiben mit Assistenz" AI / Copilot, "Wenn es laut
// wird" de-escalation, "Perspektivwechsel" new managers, "Kraft tanken" stress / resilience / burnout, "Dokumente ohne
// Hürden" accessible documents), so only summary, description or topics reveal it. About two thirds of the questions
// are in English, as international staff would type them.
//
// Calendar around `now` (Thursday 14 November 2030, 10:00 in Bielefeld, winter time all through to the end of March
// 2031; Buß- und Bettag Wed 20.11. is no holiday in NRW; Christmas 25./26.12., New Year 01.01.2031):
//   this week:        Thu 14.11. (today) 14:00–15:30 e-file (online); Fri 15.11. (tomorrow) 08:30–14:30 Excel
//                     (ITeG-Schulungszentrum, 95 €) and 09:00–16:00 first day of project management (Studieninstitut,
//                     380 €, second day Fri 06.12., deadline passed Thu 31.10. 23:59)
//   next week:        Tue 19.11. ("next Tuesday") 10:00–11:30 Teams (online), 12:30–13:00 back exercises (online, also
//                     Tue 26.11. and Tue 03.12.), 18:00–20:30 budget for district councillors (Neues Rathaus, evening);
//                     Wed 20.11. 09:00–12:00 data protection (online); Thu 21.11. 09:00–13:00 minutes / Sitzungsdienst
//                     (Bezirksamt Brackwede, Bezirksämter only)
//   week after next:  Tue 26.11. 08:30–16:00 first aid (Feuerwache, Unfallkasse); back exercises; Wed 27.11. 13:00–16:00
//                     orientation for international staff (English, Neues Rathaus Raum 201) and the cancelled Outlook
//                     course; Thu 28.11. 09:00–15:00 plain language (Studieninstitut, 180 €) and the cancelled
//                     Friedhofsrecht (Sennestadt)
//   December:         Tue 03.12. 09:00–12:00 telephone English (hybrid, Technisches Rathaus, 40 €, deadline Fri 22.11.
//                     12:00) and the last back exercises; Wed 04.12. 09:00–11:30 AI (hybrid, ITeG); Thu 05.12.
//                     09:00–16:00 de-escalation (Düsseldorf); Fri 06.12. project management day 2; Mon 09.12.–Tue 10.12.
//                     09:00–16:30 new managers (Studieninstitut, 420 €, deadline Fri 22.11. 23:59); Tue 10.12.
//                     09:00–12:00 stress (online); Thu 12.12. 08:30–12:30 fire wardens (Feuerwache); nothing from
//                     Fri 13.12. until Sun 12.01.2031 (so nothing between Christmas and New Year)
//   January 2031:     Mon 13.01. 09:00–15:00 induction day (Neues Rathaus); Tue 14.01. 09:00–12:00 accessible documents
//                     (online, 35 €); Thu 16.01. 09:00–15:30 housing benefit (online, 150 €, 20 seats); Wed 22.01.
//                     09:00–16:00 procurement (Studieninstitut, 260 €); the draft on parking offences (Thu 23.01.)
//   February 2031:    Mon 03.02.–Wed 05.02. 08:30–15:30 administrative law for career changers (Studieninstitut, 540 €,
//                     deadline Fri 17.01. 23:59); the draft on Instagram (Tue 11.02.)
//   past:             Wed 10.07.2030 heat protection (Unfallkasse, online), Tue 24.09.2030 property tax (online).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2030-11-14T09:00:00Z'); // Thursday, 14 November 2030, 10:00 in Bielefeld (CET)
const TZ = 'Europe/Berlin';

const T = {
  eakte: 'Papierlos glücklich', // Thu 14.11. 14:00–15:30, online, ITeG, Frau Sandra Kötter, e-file, free
  excel: 'Excel-Grundlagen für die Verwaltung', // Fri 15.11. 08:30–14:30, ITeG-Schulungszentrum, Herr Marco Lüttgen, 95 €
  projekt: 'Projekte sicher steuern', // Fri 15.11. + Fri 06.12. 09:00–16:00, Studieninstitut, Herr Dr. Martin Vahle, 380 €, deadline passed Thu 31.10. 23:59
  teams: 'Gemeinsam statt per Mail', // Tue 19.11. 10:00–11:30, online, ITeG, Herr Dennis Böke, Microsoft Teams, free
  ruecken: 'Aufrecht durch den Tag', // Tue 19.11., 26.11., 03.12. 12:30–13:00, online, Amt für Personal, Herr Jonas Pieper, back exercises, free
  haushalt: 'Wohin fließt das Geld?', // Tue 19.11. 18:00–20:30, Neues Rathaus (Großer Sitzungssaal), Studieninstitut, Herr Dr. Holger Brinkmann, budget for district councillors, free
  datenschutz: 'Darf ich das weitergeben?', // Wed 20.11. 09:00–12:00, online, Studieninstitut, Frau Dr. Anja Reckmann, data protection, free
  sitzungsdienst: 'Von der Tagesordnung bis zur Niederschrift: Sitzungsdienst in den Bezirksvertretungen', // Thu 21.11. 09:00–13:00, Bezirksamt Brackwede, Amt für Personal, Frau Heike Upmeier, Bezirksämter only, free
  ersteHilfe: 'Erste-Hilfe-Fortbildung für betriebliche Ersthelferinnen und Ersthelfer', // Tue 26.11. 08:30–16:00, Feuerwache 1, UK NRW, Herr Stefan Obermeier (Johanniter), 16 seats, free
  welcome: 'Working in Bielefeld: Orientation for International Staff', // Wed 27.11. 13:00–16:00, Neues Rathaus Raum 201, Amt für Personal, Frau Dr. Ruth Callaghan, English, free
  klartext: 'Klartext', // Thu 28.11. 09:00–15:00, Studieninstitut, Frau Birgit Strothmann, plain language, 180 €
  phone: 'English on the Phone: Confident Calls with International Callers', // Tue 03.12. 09:00–12:00, hybrid (Technisches Rathaus), Herr Daniel Hughes (VHS), English, 40 €, deadline Fri 22.11. 12:00
  ki: 'Schreiben mit Assistenz', // Wed 04.12. 09:00–11:30, hybrid (ITeG-Schulungszentrum), Herr Marco Lüttgen, AI / Copilot, free
  deeskalation: 'Wenn es laut wird', // Thu 05.12. 09:00–16:00, Düsseldorf (UK NRW), Frau Melanie Jürgens (Polizeipräsidium Bielefeld), de-escalation, free
  fuehrung: 'Perspektivwechsel', // Mon 09.12.–Tue 10.12. 09:00–16:30, Studieninstitut, Frau Dr. Ulrike Hagemeier, new managers, 420 €, deadline Fri 22.11. 23:59
  stress: 'Kraft tanken', // Tue 10.12. 09:00–12:00, online, UK NRW, Frau Dr. Carina Wessel, stress / resilience, free
  brandschutz: 'Brandschutzhelfer-Ausbildung mit praktischer Löschübung', // Thu 12.12. 08:30–12:30, Feuerwache 1, Amt für Personal, Herr Thomas Kleinekathöfer, free
  onboarding: 'Willkommen bei der Stadt Bielefeld', // Mon 13.01.2031 09:00–15:00, Neues Rathaus (Großer Sitzungssaal), Amt für Personal, Frau Katrin Meyer zu Hoberge, induction day, free
  barrierefrei: 'Dokumente ohne Hürden', // Tue 14.01.2031 09:00–12:00, online, ITeG, Frau Sandra Kötter, accessible documents, 35 €
  wohngeld: 'Wohngeld Plus: Berechnung und Bescheide', // Thu 16.01.2031 09:00–15:30, online, Studieninstitut, Frau Birgit Strothmann, 150 €, 20 seats
  vergabe: 'Vergaberecht kompakt: UVgO und VOB/A in der Praxis', // Wed 22.01.2031 09:00–16:00, Studieninstitut, Herr Dr. Holger Brinkmann, 260 €
  quereinstieg: 'Grundlagen des Verwaltungshandelns für Quereinsteigende', // Mon 03.02.–Wed 05.02.2031 08:30–15:30, Studieninstitut, Herr Dr. Martin Vahle, 540 €, deadline Fri 17.01.2031 23:59
  socialMedia: 'Social Media für die Stadtverwaltung: Instagram rechtssicher betreiben', // draft (Tue 11.02.2031)
  owi: 'Ordnungswidrigkeiten im ruhenden Verkehr', // draft (Thu 23.01.2031), Technisches Rathaus
  outlook: 'Outlook effizient nutzen', // cancelled (Wed 27.11.), ITeG
  friedhof: 'Kommunales Friedhofsrecht', // cancelled (Thu 28.11.), Bezirksamt Sennestadt
  grundsteuer: 'Grundsteuer in der Praxis: Bescheide nach der Reform', // past (Tue 24.09.2030), online
  hitze: 'Hitzeschutz am Arbeitsplatz', // past (Wed 10.07.2030), UK NRW, online
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.socialMedia, T.owi, T.outlook, T.friedhof, T.grundsteuer, T.hitze];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -------------------------------------------------------------------------------------------
  { conv: 'excel', q: 'Hi, is there an Excel course coming up?', locale: 'en', kind: 'list', titles: [T.excel] },
  {
    conv: 'excel',
    q: 'how much is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: [/costs (€\s?95|95\s?€|EUR 95)/],
  },
  {
    conv: 'excel',
    q: 'and when exactly?',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['takes place on Fri, 15 Nov 2030 from 08:30 to 14:30'],
  },
  { conv: 'excel', q: 'great, thanks!', locale: 'en', kind: 'thanks' },
  {
    conv: 'phone',
    q: 'Do you have anything to help me with phone calls in English?',
    locale: 'en',
    kind: 'list',
    first: T.phone,
    ...maybeAlso(only(T.phone), T.welcome),
  },
  {
    conv: 'phone',
    q: 'Is it online or do I have to go there?',
    locale: 'en',
    kind: 'facts',
    titles: [T.phone],
    says: ['is hybrid', 'Technisches Rathaus'],
  },
  {
    conv: 'phone',
    q: "what's the registration deadline?",
    locale: 'en',
    kind: 'facts',
    titles: [T.phone],
    says: ['You can register for the seminar', 'until Fri, 22 Nov 2030, 12:00'],
  },
  {
    conv: 'phone',
    q: 'who teaches it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.phone],
    says: ['is led by Herr Daniel Hughes'],
  },
  {
    conv: 'leadership',
    q: "I've just become a team leader. Is there any training for new managers?",
    locale: 'en',
    kind: 'list',
    first: T.fuehrung,
    ...only(T.fuehrung),
  },
  {
    conv: 'leadership',
    q: 'How long is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['lasts 2 days, each from 09:00 to 16:30'],
  },
  {
    conv: 'leadership',
    q: 'what does it cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: [/costs (€\s?420|420\s?€|EUR 420)/],
  },
  {
    conv: 'leadership',
    q: 'Can I still sign up?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['You can register for the seminar', 'until Fri, 22 Nov 2030, 23:59'],
  },
  {
    conv: 'ersthilfe',
    q: 'wann ist der nächste erste-hilfe-kurs?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['am Di., 26.11.2030 von 08:30 bis 16:00 Uhr'],
  },
  {
    conv: 'ersthilfe',
    q: 'und wo?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['Feuer- und Rettungswache 1', 'Am Stadtholz 18'],
  },
  {
    conv: 'ersthilfe',
    q: 'wer leitet den?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['leitet Herr Stefan Obermeier (Johanniter-Unfall-Hilfe Bielefeld)'],
  },
  {
    conv: 'ersthilfe',
    q: 'gibt es noch freie plätze?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['noch 16 von 16 Plätzen frei'],
  },
  {
    conv: 'tuesday',
    q: "What's on next Tuesday?",
    locale: 'en',
    kind: 'list',
    titles: [T.teams, T.ruecken, T.haushalt],
  },
  { conv: 'tuesday', q: 'which one is in the evening?', locale: 'en', kind: 'list', titles: [T.haushalt] },
  {
    conv: 'tuesday',
    q: 'is that one free?',
    locale: 'en',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['is free of charge'],
  },
  {
    conv: 'xmas',
    q: 'Any online courses before Christmas?',
    locale: 'en',
    kind: 'list',
    ...maybeAlso(only(T.eakte, T.teams, T.ruecken, T.datenschutz, T.stress), T.phone, T.ki),
  },
  {
    conv: 'xmas',
    q: 'and in January?',
    locale: 'en',
    kind: 'list',
    ...only(T.barrierefrei, T.wohngeld),
  },
  {
    conv: 'ki',
    q: 'gibt es was zu ChatGPT oder Copilot?',
    kind: 'list',
    titles: [T.ki],
  },
  {
    conv: 'ki',
    q: 'kann ich da auch von zuhause aus teilnehmen?',
    kind: 'facts',
    titles: [T.ki],
    says: ['findet hybrid statt', 'ITeG-Schulungszentrum'],
  },
  {
    conv: 'ki',
    q: 'wie lange geht das?',
    kind: 'facts',
    titles: [T.ki],
    says: ['von 09:00 bis 11:30 Uhr'],
  },
  {
    conv: 'ki',
    q: 'welche kurse gibt der trainer noch?',
    kind: 'list',
    ...maybeAlso(only(T.excel), T.ki),
  },
  { conv: 'gdpr', q: 'Do you have a GDPR course?', locale: 'en', kind: 'list', titles: [T.datenschutz] },
  {
    conv: 'gdpr',
    q: 'when is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['takes place on Wed, 20 Nov 2030 from 09:00 to 12:00'],
  },
  // --- follow-ups with nothing talked about ---------------------------------------------------------------------------
  { conv: 'empty-en', q: 'how much is it?', locale: 'en', kind: 'noContext' },
  { conv: 'empty-de', q: 'wann ist der denn?', kind: 'noContext' },
  // --- facts ------------------------------------------------------------------------------------------------------------
  {
    q: 'How much is the course on accessible documents?',
    locale: 'en',
    kind: 'facts',
    titles: [T.barrierefrei],
    says: [/costs (€\s?35|35\s?€|EUR 35)/],
  },
  {
    q: 'Where is the de-escalation training?',
    locale: 'en',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['Sankt-Franziskus-Straße 146, 40470 Düsseldorf'],
  },
  {
    q: 'When is the fire warden training?',
    locale: 'en',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['takes place on Thu, 12 Dec 2030 from 08:30 to 12:30'],
  },
  {
    q: 'What time does the orientation for international staff start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.welcome],
    says: ['starts on Wed, 27 Nov 2030 at 13:00'],
  },
  {
    q: 'How many seats are left in the housing benefit course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.wohngeld],
    says: ['has 20 of 20 seats left'],
  },
  {
    q: 'Is the orientation afternoon for international colleagues held in English?',
    locale: 'en',
    kind: 'facts',
    titles: [T.welcome],
    says: ['is held in English'],
  },
  {
    q: 'How long does the administrative law course for career changers take?',
    locale: 'en',
    kind: 'facts',
    titles: [T.quereinstieg],
    says: ['lasts 3 days, each from 08:30 to 15:30'],
  },
  {
    q: 'bis wann kann ich mich für das projektmanagement-seminar anmelden?',
    kind: 'facts',
    titles: [T.projekt],
    says: ['am Do., 31.10.2030, 23:59 Uhr abgelaufen'],
  },
  {
    q: 'Wann beginnt der Einführungstag für neue Beschäftigte?',
    kind: 'facts',
    titles: [T.onboarding],
    says: ['beginnt am Mo., 13.01.2031 um 09:00 Uhr'],
  },
  { q: 'zeig mir details zum wohngeld-seminar', kind: 'details', titles: [T.wohngeld] },
  // --- subjects only summary, description or topics name -----------------------------------------------------------------
  { q: 'e-akte schulung', kind: 'list', titles: [T.eakte] },
  { q: 'Is there any training on Microsoft Teams?', locale: 'en', kind: 'list', titles: [T.teams] },
  { q: 'exercises for back pain', locale: 'en', kind: 'list', titles: [T.ruecken] },
  { q: 'anything on burnout or resilience?', locale: 'en', kind: 'list', titles: [T.stress] },
  { q: 'umgang mit aggressiven bürgern', kind: 'list', titles: [T.deeskalation] },
  { q: 'How do I write letters in plain language?', locale: 'en', kind: 'list', titles: [T.klartext] },
  { q: 'datenschuz', kind: 'list', titles: [T.datenschutz] },
  { q: 'Do you have a course on public procurement?', locale: 'en', kind: 'list', titles: [T.vergabe] },
  // --- trainers, providers, places, audiences --------------------------------------------------------------------------
  { q: 'was bietet die unfallkasse an?', kind: 'list', ...only(T.ersteHilfe, T.deeskalation, T.stress) },
  {
    q: 'What does ITeG offer?',
    locale: 'en',
    kind: 'list',
    ...only(T.eakte, T.excel, T.teams, T.ki, T.barrierefrei),
  },
  { q: 'anything at the fire station?', locale: 'en', kind: 'list', ...only(T.ersteHilfe, T.brandschutz) },
  { q: 'anything in Düsseldorf?', locale: 'en', kind: 'list', titles: [T.deeskalation] },
  { q: 'was gibt es in brackwede?', kind: 'list', titles: [T.sitzungsdienst] },
  {
    q: "I'm switching from the private sector - is there an intro to administrative law?",
    locale: 'en',
    kind: 'list',
    first: T.quereinstieg,
    ...maybeAlso(only(T.quereinstieg), T.klartext),
  },
  // --- dates, formats, fees ------------------------------------------------------------------------------------------------
  { q: "what's on today?", locale: 'en', kind: 'list', titles: [T.eakte] },
  { q: 'gibt es morgen was?', kind: 'list', titles: [T.excel, T.projekt] },
  { q: 'What is happening this week?', locale: 'en', kind: 'list', titles: [T.eakte, T.excel, T.projekt] },
  {
    q: 'was läuft nächste woche?',
    kind: 'list',
    titles: [T.teams, T.ruecken, T.haushalt, T.datenschutz, T.sitzungsdienst],
  },
  {
    q: 'anything the week after next?',
    locale: 'en',
    kind: 'list',
    ...only(T.ersteHilfe, T.ruecken, T.welcome, T.klartext),
  },
  {
    q: 'online courses in the next two weeks',
    locale: 'en',
    kind: 'list',
    ...only(T.eakte, T.teams, T.ruecken, T.datenschutz),
  },
  {
    q: 'What courses are there next month?',
    locale: 'en',
    kind: 'list',
    ...maybeAlso(only(T.phone, T.ki, T.deeskalation, T.fuehrung, T.stress, T.brandschutz), T.ruecken, T.projekt),
  },
  { q: 'seminare im januar', kind: 'list', titles: [T.onboarding, T.barrierefrei, T.wohngeld, T.vergabe] },
  { q: 'anything between Christmas and New Year?', locale: 'en', kind: 'none' },
  { q: 'hybrid courses?', locale: 'en', kind: 'list', ...only(T.phone, T.ki) },
  { q: 'Which courses are in English?', locale: 'en', kind: 'list', ...only(T.welcome, T.phone) },
  // --- gone, drafts, no match, greetings, own registrations ------------------------------------------------------------
  { q: 'Is the Outlook course still on?', locale: 'en', kind: 'gone', gone: T.outlook },
  { q: 'friedhofsrecht seminar', kind: 'gone', gone: T.friedhof },
  {
    q: 'When was the property tax seminar?',
    locale: 'en',
    kind: 'gone',
    gone: T.grundsteuer,
    says: ['Tue, 24 Sep 2030'],
  },
  { q: 'hitzeschutz seminar', kind: 'gone', gone: T.hitze, says: ['Mi., 10.07.2030'] },
  { q: 'Is there an Instagram training?', locale: 'en', kind: 'none' },
  { q: 'Hello!', locale: 'en', kind: 'help' },
  { q: 'what can you do?', locale: 'en', kind: 'help' },
  { q: 'Guten Tag', kind: 'help' },
  { q: 'Thanks a lot, that helps!', locale: 'en', kind: 'thanks' },
  { q: 'What am I registered for?', locale: 'en', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-sixty-seventh, independent catalogue (Stadt Bielefeld, Studieninstitut Ostwestfalen-Lippe, ITeG, Unfallkasse NRW, Amt für Personal)',
  {
    fixture: 'heldout367-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
