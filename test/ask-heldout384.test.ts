// Over-fitting check, three-hundred-and-eighty-fourth catalogue: the autumn 2030 programme for the Kreis Pinneberg
// (Schleswig-Holstein) — the Kreisverwaltung in Elmshorn, the Stadt Wedel, the Stadt Quickborn and the Amt Geest und
// Marsch Südholstein — with the Verwaltungsakademie Bordesholm, the Kreis's Fachdienst Personal, Dataport, the
// Unfallkasse Nord and the Kreisjugendamt, imported from a JSON file. Seminars take place in the Kreishaus Elmshorn
// (Kurt-Wagener-Straße 11: Sitzungssaal, Raum 1.05), the Rathaus Wedel (Ratssaal), the Rathaus Quickborn
// (Sitzungszimmer), the Verwaltungsakademie in Bordesholm, online or hybrid. One seminar is held in English (the
// citizens' office course in Wedel). Many questions name the everyday problem rather than the subject ("mein Postfach
// quillt über" is the Outlook course, "wir bekommen ständig Beschwerden" complaint management, "I can never find anything
// in our shared drive" the filing / network-drive workshop, "Bürger verstehen unsere Briefe nicht" plain administrative
// language), and several titles do not name their subject ("Land unter im Posteingang" Outlook, "Wenn es mal knirscht"
// complaints, "Wo war das noch gleich?" shared drives, "Gerade sitzen, locker bleiben" ergonomics / back, "Moin im
// Kreis!" induction day, "Schreiben, dass es ankommt" plain language, "Feierabend im Kopf" stress, "Der digitale
// Kollege" AI / ChatGPT, "Wo bleibt das Geld?" the budget for council members, "Ein Anruf, eine Antwort" telephone
// service, "Kurz und knapp notiert" minutes, "Vom Kollegen zur Chefin" new managers, "Alles auf einmal?" time
// management), so only summary, description or topics reveal it. About 40 % of the questions are in English, some with
// typos.
//
// Calendar around `now` (Tuesday 17 September 2030, 10:00 in Elmshorn, summer time; winter time begins Sun 27.10.2030;
// Tag der Deutschen Einheit Thu 03.10. and Reformationstag Thu 31.10.2030 are holidays in Schleswig-Holstein):
//   this week:  Tue 17.09. (today) 14:00–16:00 Outlook (online); Thu 19.09. 09:00–15:30 complaints (Rathaus Wedel, 95 €)
//   next week:  Wed 25.09. 09:00–12:00 shared drives (hybrid, Kreishaus Raum 1.05, 35 €); Thu 26.09.–Fri 27.09.
//               08:30–15:00 Excel (Kreishaus Raum 1.05, 210 €, deadline passed Fri 13.09. 23:59)
//   October:    Tue 01.10., 08.10., 15.10. 12:00–12:30 ergonomics (online); the cancelled PowerPoint course (Wed
//               02.10.); nothing on Thu 03.10.; Fri 04.10. 09:00–14:00 induction day (Kreishaus Sitzungssaal, Kreis
//               only); Tue 08.10. 09:00–16:00 plain language (Rathaus Quickborn, 185 €); Wed 09.10. 08:00–15:30 first
//               aid (Sitzungssaal); Thu 10.10. 09:00–16:00 child protection (Sitzungssaal); Mon 14.10.–Tue 15.10.
//               09:00–16:00 stress (Bordesholm); Wed 16.10. 09:00–12:30 English (Rathaus Wedel, 40 €, deadline Fri
//               20.09. 12:00); Tue 22.10. 13:00–16:00 AI (hybrid, Sitzungssaal); Thu 24.10. 09:00–12:30 data
//               protection (online, 60 €); Wed 30.10. (CET) 18:30–21:00 budget for council members (Rathaus Quickborn)
//   November:   Mon 04.11.–Tue 05.11. 09:00–16:00 procurement (Bordesholm, 390 €, deadline Fri 18.10. 23:59); Wed
//               06.11. 09:00–13:00 care planning (Kreishaus Raum 1.05); Thu 07.11. 09:00–12:30 telephone (Rathaus
//               Quickborn, 45 €); Tue 12.11. 14:00–17:00 minutes (Kreishaus Raum 1.05, Wedel / Quickborn / Amt only,
//               75 €); Wed 13.11.–Fri 15.11. 09:00–16:30 new managers (Bordesholm, 640 €, deadline Fri 25.10. 23:59);
//               the cancelled conflict course (Thu 14.11.); Tue 19.11. 08:30–12:30 fire wardens (Rathaus Wedel); Wed
//               27.11. 09:00–11:30 e-invoices (online, 80 €); Thu 28.11. 09:00–12:00 time management (online, 70 €)
//   December:   only the drafts social media (Tue 03.12.) and citizen participation (Wed 11.12.)
//   past:       Tue 27.08.2030 crisis staff exercise (Kreishaus), Thu 05.09.2030 cash desk (Rathaus Wedel).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2030-09-17T08:00:00Z'); // Tuesday, 17 September 2030, 10:00 in Elmshorn (CEST)
const TZ = 'Europe/Berlin';

const T = {
  postfach: 'Land unter im Posteingang', // Tue 17.09. 14:00–16:00, online, Dataport, Frau Svenja Hinrichs, Outlook, free
  beschwerden: 'Wenn es mal knirscht', // Thu 19.09. 09:00–15:30, Rathaus Wedel, FD Personal, Herr Olaf Petersen, complaints, 95 €, 14 seats
  ablage: 'Wo war das noch gleich?', // Wed 25.09. 09:00–12:00, hybrid (Kreishaus Raum 1.05), Dataport, Herr Malte Jürgensen, shared drives, 35 €
  excel: 'Excel-Grundlagen für die Verwaltung', // Thu 26.09.–Fri 27.09. 08:30–15:00, Kreishaus Raum 1.05, Dataport, Jürgensen, 210 €, deadline passed Fri 13.09. 23:59
  ruecken: 'Gerade sitzen, locker bleiben', // Tue 01.10., 08.10., 15.10. 12:00–12:30, online, UK Nord, Frau Merle Thode, ergonomics / back, free
  onboarding: 'Moin im Kreis!', // Fri 04.10. 09:00–14:00, Kreishaus Sitzungssaal, FD Personal, Frau Birte Jessen, induction day, free, Kreis only
  sprache: 'Schreiben, dass es ankommt', // Tue 08.10. 09:00–16:00, Rathaus Quickborn, VAB, Frau Dr. Insa Brodersen, plain language, 185 €
  ersteHilfe: 'Erste Hilfe im Betrieb: Fortbildung für Ersthelferinnen und Ersthelfer', // Wed 09.10. 08:00–15:30, Kreishaus Sitzungssaal, UK Nord, Herr Jan-Hendrik Sievers (DRK), free
  kinderschutz: 'Kinderschutz nach § 8a SGB VIII: Gefährdungseinschätzung in der Praxis', // Thu 10.10. 09:00–16:00, Kreishaus Sitzungssaal, Kreisjugendamt, Frau Anke Voß, free
  stress: 'Feierabend im Kopf', // Mon 14.10.–Tue 15.10. 09:00–16:00, Bordesholm, UK Nord, Frau Dr. Wiebke Carstens, stress, free
  english: "Speaking English at the Citizens' Office", // Wed 16.10. 09:00–12:30, Rathaus Wedel, FD Personal, Ms Fiona McLeod (VHS Wedel), English, 40 €, deadline Fri 20.09. 12:00
  ki: 'Der digitale Kollege', // Tue 22.10. 13:00–16:00, hybrid (Kreishaus Sitzungssaal), Dataport, Hinrichs, AI, free
  datenschutz: 'Datenschutz kompakt: DSGVO und LDSG Schleswig-Holstein', // Thu 24.10. 09:00–12:30, online, VAB, Herr Dr. Hauke Clausen, 60 €, 40 seats
  haushalt: 'Wo bleibt das Geld?', // Wed 30.10. 18:30–21:00, Rathaus Quickborn, VAB, Herr Björn Asmussen, budget for council members, free
  vergabe: 'Vergaberecht in Schleswig-Holstein: UVgO, VgVO und Wertgrenzen', // Mon 04.11.–Tue 05.11. 09:00–16:00, Bordesholm, VAB, Clausen, 390 €, deadline Fri 18.10. 23:59
  hilfeplan: 'Hilfeplangespräche gut führen', // Wed 06.11. 09:00–13:00, Kreishaus Raum 1.05, Kreisjugendamt, Herr Torben Lüders, free
  telefon: 'Ein Anruf, eine Antwort', // Thu 07.11. 09:00–12:30, Rathaus Quickborn, FD Personal, Petersen, telephone service, 45 €
  protokoll: 'Kurz und knapp notiert', // Tue 12.11. 14:00–17:00, Kreishaus Raum 1.05, VAB, Frau Gesche Timm, minutes, 75 €, Wedel / Quickborn / Amt only
  fuehrung: 'Vom Kollegen zur Chefin', // Wed 13.11.–Fri 15.11. 09:00–16:30, Bordesholm, VAB, Frau Kirsten Hansen-Möller, new managers, 640 €, deadline Fri 25.10. 23:59
  brandschutz: 'Brandschutzhelfer-Ausbildung mit praktischer Löschübung', // Tue 19.11. 08:30–12:30, Rathaus Wedel, UK Nord, Herr Frank Ohlsen (FF Wedel), free
  xrechnung: 'XRechnung im Griff: E-Rechnungen empfangen und prüfen', // Wed 27.11. 09:00–11:30, online, Dataport, Herr Lasse Brandt, 80 €
  zeit: 'Alles auf einmal?', // Thu 28.11. 09:00–12:00, online, VAB, Hansen-Möller, time management, 70 €
  socialMedia: 'Social Media für Behörden: Instagram und Facebook rechtssicher nutzen', // draft (Tue 03.12.), Hinrichs
  beteiligung: 'Bürgerbeteiligung online gestalten', // draft (Wed 11.12.), Asmussen, Kreishaus
  powerpoint: 'PowerPoint kompakt: Präsentationen gestalten', // cancelled (Wed 02.10.), Jürgensen, Kreishaus Raum 1.05
  konflikt: 'Konfliktgespräche im Team führen', // cancelled (Thu 14.11.), Carstens, Bordesholm
  stab: 'Stabsarbeit im Katastrophenschutz: Übung Sturmflut', // past (Tue 27.08.2030), Kreishaus Sitzungssaal
  barkasse: 'Barkasse im Bürgerbüro: Kassenregeln und Sicherheit', // past (Thu 05.09.2030), Rathaus Wedel
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.socialMedia, T.beteiligung, T.powerpoint, T.konflikt, T.stab, T.barkasse];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -------------------------------------------------------------------------------------------
  { conv: 'postfach', q: 'mein postfach quillt über, gibts da was?', kind: 'list', titles: [T.postfach] },
  {
    conv: 'postfach',
    q: 'wann ist das?',
    kind: 'facts',
    titles: [T.postfach],
    says: ['Di., 17.09.2030 von 14:00 bis 16:00 Uhr'],
  },
  {
    conv: 'complaints',
    q: 'We keep getting complaints from citizens – is there a course for that?',
    locale: 'en',
    kind: 'list',
    first: T.beschwerden,
    ...maybeAlso(only(T.beschwerden), T.telefon),
  },
  {
    conv: 'complaints',
    q: 'where is it held?',
    locale: 'en',
    kind: 'facts',
    titles: [T.beschwerden],
    says: ['Rathaus Wedel, Ratssaal, Rathausplatz 3-5'],
  },
  {
    conv: 'complaints',
    q: 'how much?',
    locale: 'en',
    kind: 'facts',
    titles: [T.beschwerden],
    says: [/costs (€\s?95|95\s?€|EUR 95)/],
  },
  {
    conv: 'shared',
    q: 'I can never find anything in our shared drive',
    locale: 'en',
    kind: 'list',
    titles: [T.ablage],
  },
  {
    conv: 'shared',
    q: 'can I join from home?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ablage],
    says: ['is hybrid', 'Kreishaus Elmshorn, Raum 1.05'],
  },
  {
    conv: 'shared',
    q: "who's the trainer",
    locale: 'en',
    kind: 'facts',
    titles: [T.ablage],
    says: ['is led by Herr Malte Jürgensen'],
  },
  {
    conv: 'shared',
    q: 'what else does he teach?',
    locale: 'en',
    kind: 'list',
    ...maybeAlso(only(T.excel), T.ablage),
  },
  { conv: 'briefe', q: 'Bürger verstehen unsere Briefe nicht', kind: 'list', titles: [T.sprache] },
  {
    conv: 'briefe',
    q: 'wo findet das statt',
    kind: 'facts',
    titles: [T.sprache],
    says: ['Rathaus Quickborn, Sitzungszimmer, Rathausplatz 1'],
  },
  {
    conv: 'briefe',
    q: 'wie lange geht das?',
    kind: 'facts',
    titles: [T.sprache],
    says: ['dauert', 'von 09:00 bis 16:00 Uhr'],
  },
  { conv: 'excel', q: 'exel kurs für anfänger', kind: 'list', titles: [T.excel] },
  {
    conv: 'excel',
    q: 'kann ich mich da noch anmelden?',
    kind: 'facts',
    titles: [T.excel],
    says: ['am Fr., 13.09.2030, 23:59 Uhr abgelaufen'],
  },
  {
    conv: 'leadership',
    q: 'I just became a team leader, anything for new managers?',
    locale: 'en',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'leadership',
    q: 'how many days is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['lasts 3 days, each from 09:00 to 16:30'],
  },
  {
    conv: 'leadership',
    q: "what's the deadline to sign up?",
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['You can register for the seminar', 'until Fri, 25 Oct 2030, 23:59'],
  },
  { conv: 'wedel', q: 'was läuft im rathaus wedel?', kind: 'list', ...only(T.beschwerden, T.english, T.brandschutz) },
  { conv: 'wedel', q: 'welches davon ist auf englisch?', kind: 'list', titles: [T.english] },
  {
    conv: 'wedel',
    q: 'bis wann kann man sich anmelden',
    kind: 'facts',
    titles: [T.english],
    says: ['bis Fr., 20.09.2030, 12:00 Uhr anmelden'],
  },
  { conv: 'back', q: 'my back hurts from sitting all day', locale: 'en', kind: 'list', titles: [T.ruecken] },
  {
    conv: 'back',
    q: 'when are the sessions?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['takes place on 3 days', 'Tue, 1 Oct 2030', 'Tue, 15 Oct 2030', 'each from 12:00 to 12:30'],
  },
  { conv: 'jugendamt', q: 'was bietet das kreisjugendamt an', kind: 'list', ...only(T.kinderschutz, T.hilfeplan) },
  { conv: 'jugendamt', q: 'welches ist im november?', kind: 'list', titles: [T.hilfeplan] },
  {
    conv: 'bordesholm',
    q: 'courses in Bordesholm',
    locale: 'en',
    kind: 'list',
    ...only(T.stress, T.vergabe, T.fuehrung),
  },
  { conv: 'bordesholm', q: 'which of them are free?', locale: 'en', kind: 'list', titles: [T.stress] },
  { conv: 'novfree', q: 'free courses in November?', locale: 'en', kind: 'list', ...only(T.hilfeplan, T.brandschutz) },
  // --- follow-ups with nothing talked about ---------------------------------------------------------------------------
  { conv: 'empty-en', q: 'how long does it take?', locale: 'en', kind: 'noContext' },
  { conv: 'empty-de', q: 'wo ist das denn?', kind: 'noContext' },
  // --- facts ------------------------------------------------------------------------------------------------------------
  {
    q: 'wer leitet die erste hilfe fortbildung',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['leitet Herr Jan-Hendrik Sievers (DRK-Kreisverband Pinneberg)'],
  },
  {
    q: 'What time does the AI workshop start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['starts on Tue, 22 Oct 2030 at 13:00'],
  },
  {
    q: 'How much is the e-invoicing course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.xrechnung],
    says: [/costs (€\s?80|80\s?€|EUR 80)/],
  },
  {
    q: 'sind beim datenschutz seminar noch plätze frei?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['noch 40 von 40 Plätzen frei'],
  },
  {
    q: 'Is the child protection training in person or online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.kinderschutz],
    says: ['takes place in person', 'Kreishaus Elmshorn, Sitzungssaal'],
  },
  {
    q: 'Is the citizens office english course really held in English?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['is held in English'],
  },
  {
    q: 'um wie viel uhr fängt die haushaltsschulung für gemeindevertreter an?',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['beginnt am Mi., 30.10.2030 um 18:30 Uhr'],
  },
  {
    q: 'Can I still register for the procurment course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['You can register for the seminar', 'until Fri, 18 Oct 2030, 23:59'],
  },
  { q: 'zeig mir details zum telefontraining', kind: 'details', titles: [T.telefon] },
  // --- subjects only summary, description or topics name -----------------------------------------------------------------
  { q: 'ich kann nach feierabend einfach nicht abschalten', kind: 'list', titles: [T.stress] },
  {
    q: 'too much on my plate, how do I prioritise my tasks?',
    locale: 'en',
    kind: 'list',
    first: T.zeit,
    ...maybeAlso(only(T.zeit), T.stress),
  },
  { q: 'ChatGPT im Büro nutzen', kind: 'list', titles: [T.ki] },
  {
    miss: '"all day" is read as asking how long, and "phones" finds the English course at the citizens\' office',
    q: 'our phones ring all day and nobody picks up',
    locale: 'en',
    kind: 'list',
    first: T.telefon,
    ...maybeAlso(only(T.telefon), T.beschwerden),
  },
  { q: 'Protokoll schreiben für den Ausschuss', kind: 'list', titles: [T.protokoll] },
  { q: 'budget basics for town councillors', locale: 'en', kind: 'list', titles: [T.haushalt] },
  { q: 'what to do if a colleague collapses at work', locale: 'en', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'Schulung für neue Mitarbeiter', kind: 'list', titles: [T.onboarding] },
  // --- trainers, providers, places ---------------------------------------------------------------------------------------
  { q: 'kurse von frau hansen-möller', kind: 'list', ...only(T.fuehrung, T.zeit) },
  {
    q: 'was bietet dataport an?',
    kind: 'list',
    ...only(T.postfach, T.ablage, T.excel, T.ki, T.xrechnung),
  },
  {
    miss: '"Unfallkasse Nord courses" is read as a search for the words, so only the course whose text names the Unfallkasse is found, not all it offers',
    q: 'Unfallkasse Nord courses',
    locale: 'en',
    kind: 'list',
    ...only(T.ruecken, T.ersteHilfe, T.stress, T.brandschutz),
  },
  { q: 'gibts was in quickborn?', kind: 'list', ...only(T.sprache, T.haushalt, T.telefon) },
  { q: 'gibt es auch kurse in norderstedt?', kind: 'none' },
  // --- dates, times of day, formats, fees ----------------------------------------------------------------------------------
  { q: 'was ist heute noch?', kind: 'list', titles: [T.postfach] },
  { q: "What's on this week?", locale: 'en', kind: 'list', titles: [T.postfach, T.beschwerden] },
  { q: 'was steht nächste woche an', kind: 'list', titles: [T.ablage, T.excel] },
  { q: 'gibt es am 3. oktober was?', kind: 'none' },
  { q: 'online-kurse im november', kind: 'list', titles: [T.xrechnung, T.zeit] },
  { q: 'gibt es was an einem montag?', kind: 'list', ...only(T.stress, T.vergabe) },
  { q: 'gibt es abendveranstaltungen?', kind: 'list', titles: [T.haushalt] },
  { q: 'seminare am nachmittag', kind: 'list', ...maybeAlso(only(T.postfach, T.ki, T.protokoll), T.ruecken) },
  {
    q: 'mehrtägige seminare',
    kind: 'list',
    ...maybeAlso(only(T.excel, T.stress, T.vergabe, T.fuehrung), T.ruecken),
  },
  { q: 'courses over 200 euros', locale: 'en', kind: 'list', ...only(T.excel, T.vergabe, T.fuehrung) },
  { q: 'hybride seminare', kind: 'list', ...only(T.ablage, T.ki) },
  { q: 'seminare im dezember', kind: 'none' },
  // --- gone, drafts, no match, greetings, own registrations ------------------------------------------------------------
  { q: 'Findet der PowerPoint-Kurs statt?', kind: 'gone', gone: T.powerpoint },
  { q: 'conflict resolution in the team', locale: 'en', kind: 'gone', gone: T.konflikt },
  { q: 'wann war die stabsübung sturmflut', kind: 'gone', gone: T.stab, says: ['Di., 27.08.2030'] },
  {
    q: "cash desk training for the citizens' office",
    locale: 'en',
    kind: 'gone',
    gone: T.barkasse,
    says: ['Thu, 5 Sep 2030'],
  },
  { q: 'Do you have an Instagram course?', locale: 'en', kind: 'none' },
  { q: 'bürgerbeteiligung online', kind: 'none' },
  { q: 'Do you offer Danish lessons?', locale: 'en', kind: 'none' },
  { q: 'Moin!', kind: 'help' },
  { q: 'thanks a lot!', locale: 'en', kind: 'thanks' },
  { q: 'für welche kurse bin ich angemeldet?', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-eighty-fourth, independent catalogue (Kreis Pinneberg, Verwaltungsakademie Bordesholm, Dataport, Unfallkasse Nord, Kreisjugendamt)',
  {
    fixture: 'heldout384-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
