// Over-fitting check, three-hundred-and-seventy-ninth catalogue: the autumn 2030 programme for the Landkreis Hildesheim
// (Niedersachsen) with the Stadt Sarstedt, the Gemeinde Algermissen and the Samtgemeinde Leinebergland, offered by the
// Niedersächsisches Studieninstitut für kommunale Verwaltung (NSI, Hannover), the Kreis-Personalentwicklung, the
// Kommunale Datenverarbeitung Oldenburg (KDO) and the Gemeinde-Unfallversicherungsverband Hannover (GUV), imported from a
// JSON file. Seminars take place in the Kreishaus Hildesheim (Bischof-Janssen-Straße 31: Raum 104, Kreistagssaal), the
// Rathaus Sarstedt, the Feuerwehrtechnische Zentrale Giesen, the NSI in Hannover (Wielandstraße 8), online or hybrid. One
// seminar is held in English (the immigration-office course). Several titles do not name their subject ("Papierlos ab
// Montag" is the e-file, "Nicht jeder Link ist harmlos" phishing / IT security, "Was geht wen was an?" data protection,
// "Wenn es am Schalter laut wird" de-escalation / aggressive citizens, "Neu in der Verantwortung" new team leads,
// "Die KI als Kollegin?" AI / ChatGPT / Copilot, "Sicher mit der Motorsäge" the chainsaw course for Bauhof staff,
// "Durchatmen" stress / burnout, "Bares ist Wahres?" running a Zahlstelle / Barkasse, "Pause mit Wirkung" back exercises
// at lunchtime, "Was gesagt wurde" minutes of council meetings, "Wo bleibt das Geld?" the budget for council members,
// "Für alle lesbar" accessible documents), so only summary, description or topics reveal it. The questions stress what
// the seminars teach ("Lerne ich da auch, wie man …?"), tasks and roles ("ich bin neu im Bauamt", "I'm a team lead
// now", "Ich muss ab Januar die Kasse machen"), and no-match questions whose words neighbour a seminar's words
// (Führerscheinstelle / Führung, Hundesteuer / Grundsteuer, motorcycle / Motorsäge, Truppmann / Feuerwehr, verkehrs-
// rechtliche Anordnungen / Publikumsverkehr). About a third of the questions are in English.
//
// Calendar around `now` (Wednesday 18 September 2030, 10:15 in Hildesheim, summer time; winter time begins Sun
// 27.10.2030; Tag der Deutschen Einheit Thu 03.10. and Reformationstag Thu 31.10.2030 are holidays in Niedersachsen):
//   this week:  Wed 18.09. (today) 14:00–15:30 e-file (online); Thu 19.09. 09:00–15:30 Excel (Kreishaus, Raum 104);
//               Fri 20.09. 10:00–11:30 phishing (online)
//   next week:  Tue 24.09. 09:00–12:00 data protection (online); Thu 26.09.–Fri 27.09. 09:00–16:00 building permits
//               (NSI Hannover, 390 €, deadline passed Fri 13.09. 23:59)
//   October:    Tue 01.10. de-escalation (Rathaus Sarstedt); nothing on Thu 03.10.; Mon 07.10.–Tue 08.10. 09:00–16:30
//               new team leads (NSI, 520 €, deadline Fri 27.09. 23:59); Wed 09.10. 08:30–16:00 first aid (FTZ Giesen);
//               Thu 10.10. 09:00–12:00 AI (hybrid, Kreistagssaal); Fri 11.10. the cancelled Outlook course; Tue 15.10.
//               procurement (NSI, 310 €); Wed 16.10. the cancelled team-conflict course (Sarstedt); Thu 17.10.–Fri
//               18.10. 07:30–15:30 chainsaw (FTZ Giesen); Fri 18.10. 09:00–14:00 induction day (Kreistagssaal, Kreis
//               only); Wed 23.10. 13:00–16:00 stress (online); Tue 29.10. (CET) 09:00–16:00 Zahlstelle / Barkasse (NSI,
//               260 €, deadline Fri 11.10. 23:59); nothing on Thu 31.10.
//   November:   Tue 05.11., 12.11., 19.11. 12:15–12:45 lunchtime exercises (online); Wed 06.11. 09:00–12:30 minutes
//               (Rathaus Sarstedt, Gemeinden only); Tue 12.11. 18:00–20:30 budget for council members (hybrid,
//               Kreistagssaal); Thu 14.11. official notices (online, 180 €); Wed 20.11. 08:30–12:30 fire wardens (FTZ
//               Giesen); Thu 21.11. Grundsicherung SGB XII (online, 195 €); Mon 25.11. 09:00–12:30 English for the
//               immigration office (Raum 104, 60 €, deadline Mon 11.11. 12:00); Tue 26.11.–Wed 27.11. TVöD (NSI, 440 €)
//   December:   Wed 04.12. accessible documents (online, 45 €); Mon 09.12.–Wed 11.12. 08:30–15:30 administrative law
//               for career changers (NSI, 580 €, deadline Fri 22.11. 23:59); the drafts social media (Tue 10.12.) and
//               traffic orders (Thu 12.12.)
//   past:       Tue 11.06.2030 property tax (online), Wed 03.07.2030 heat protection (FTZ Giesen).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2030-09-18T08:15:00Z'); // Wednesday, 18 September 2030, 10:15 in Hildesheim (CEST)
const TZ = 'Europe/Berlin';

const T = {
  eakte: 'Papierlos ab Montag', // Wed 18.09. 14:00–15:30, online, KDO, Frau Jana Ostermann, e-file, free
  excel: 'Excel im Büroalltag: Formeln, Filter und Pivot-Tabellen', // Thu 19.09. 09:00–15:30, Kreishaus Raum 104, KDO, Herr Marco Lüddecke, 140 €
  phishing: 'Nicht jeder Link ist harmlos', // Fri 20.09. 10:00–11:30, online, KDO, Herr Tobias Wendt, phishing, free
  datenschutz: 'Was geht wen was an?', // Tue 24.09. 09:00–12:00, online, Kreis-PE, Frau Sabine Oltmanns, data protection, free
  bau: 'Baugenehmigungsverfahren nach der NBauO für Neueinsteigende', // Thu 26.09.–Fri 27.09. 09:00–16:00, NSI Hannover, Frau Dr. Annette Kröger, 390 €, deadline passed Fri 13.09. 23:59
  deeskalation: 'Wenn es am Schalter laut wird', // Tue 01.10. 09:00–16:00, Rathaus Sarstedt, GUV, Herr Uwe Brandes (Polizeiinspektion Hildesheim), free
  fuehrung: 'Neu in der Verantwortung', // Mon 07.10.–Tue 08.10. 09:00–16:30, NSI Hannover, Frau Dr. Henrike Sommer, 520 €, deadline Fri 27.09. 23:59
  ersteHilfe: 'Erste-Hilfe-Fortbildung für betriebliche Ersthelfende', // Wed 09.10. 08:30–16:00, FTZ Giesen, GUV, Herr Jörg Pape (DRK), free
  ki: 'Die KI als Kollegin?', // Thu 10.10. 09:00–12:00, hybrid (Kreistagssaal), KDO, Herr Marco Lüddecke, AI, free
  vergabe: 'Vergaberecht in Niedersachsen: NTVergG, UVgO und Wertgrenzen', // Tue 15.10. 09:00–16:00, NSI Hannover, Herr Dr. Karsten Wehmeyer, 310 €, 20 seats
  motorsaege: 'Sicher mit der Motorsäge', // Thu 17.10.–Fri 18.10. 07:30–15:30, FTZ Giesen, GUV, Herr Henning Bartels, chainsaw, free
  onboarding: 'Willkommen im Landkreis Hildesheim', // Fri 18.10. 09:00–14:00, Kreistagssaal, Kreis-PE, Frau Petra Schaper, induction day, free
  stress: 'Durchatmen', // Wed 23.10. 13:00–16:00, online, GUV, Frau Miriam Tegtmeyer, stress / burnout, free
  kasse: 'Bares ist Wahres?', // Tue 29.10. (CET) 09:00–16:00, NSI Hannover, Frau Birgit Hasselmann, Zahlstelle / Barkasse, 260 €, deadline Fri 11.10. 23:59
  bewegung: 'Pause mit Wirkung', // Tue 05.11., 12.11., 19.11. 12:15–12:45, online, Kreis-PE, Frau Lea Niemeyer, back exercises, free
  protokoll: 'Was gesagt wurde', // Wed 06.11. 09:00–12:30, Rathaus Sarstedt, Kreis-PE, Frau Ursula Bödeker, minutes, Gemeinden only, free
  haushalt: 'Wo bleibt das Geld?', // Tue 12.11. 18:00–20:30, hybrid (Kreistagssaal), NSI, Herr Dr. Karsten Wehmeyer, budget for council members, free
  bescheide: 'Bescheide bürgernah formulieren', // Thu 14.11. 09:00–15:00, online, NSI, Frau Dr. Annette Kröger, 180 €
  brandschutz: 'Brandschutzhelfer-Ausbildung mit praktischer Löschübung', // Wed 20.11. 08:30–12:30, FTZ Giesen, GUV, Herr Kai Lehmann (Kreisfeuerwehr), free
  grundsicherung: 'Grundsicherung im Alter und bei Erwerbsminderung (SGB XII) kompakt', // Thu 21.11. 09:00–15:30, online, NSI, Frau Carola Hinrichs, 195 €
  english: 'English for the Immigration Office: Serving International Clients', // Mon 25.11. 09:00–12:30, Kreishaus Raum 104, Kreis-PE, Sarah Whitmore (VHS), 60 €, English, deadline Mon 11.11. 12:00
  tvoed: 'TVöD für die Personalsachbearbeitung: Eingruppierung und Stufenzuordnung', // Tue 26.11.–Wed 27.11. 09:00–16:00, NSI Hannover, Herr Frank Ahlers, 440 €
  barrierefrei: 'Für alle lesbar', // Wed 04.12. 09:00–12:00, online, KDO, Frau Jana Ostermann, accessible documents, 45 €
  quereinstieg: 'Verwaltungsrecht für Quereinsteigende', // Mon 09.12.–Wed 11.12. 08:30–15:30, NSI Hannover, Frau Dr. Annette Kröger, 580 €, 18 seats, deadline Fri 22.11. 23:59
  socialMedia: 'Social Media für Kommunen: Instagram und Facebook rechtssicher nutzen', // draft (Tue 10.12.)
  verkehr: 'Verkehrsrechtliche Anordnungen für Straßenverkehrsbehörden', // draft (Thu 12.12.), NSI
  outlook: 'Outlook im Griff: E-Mails, Kalender und Aufgaben', // cancelled (Fri 11.10.), Lüddecke, Raum 104
  konflikt: 'Konflikte im Team lösen', // cancelled (Wed 16.10.), Rathaus Sarstedt
  grundsteuer: 'Grundsteuer in Niedersachsen: Fragen aus der Praxis', // past (Tue 11.06.2030), online
  hitze: 'Hitzeschutz im Außendienst', // past (Wed 03.07.2030), FTZ Giesen
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.socialMedia, T.verkehr, T.outlook, T.konflikt, T.grundsteuer, T.hitze];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -------------------------------------------------------------------------------------------
  {
    conv: 'kasse',
    q: 'Ich muss ab Januar die Kasse machen. Gibt es dafür eine Schulung?',
    kind: 'list',
    titles: [T.kasse],
  },
  { conv: 'kasse', q: 'Was kostet die?', kind: 'facts', titles: [T.kasse], says: ['kostet 260 €'] },
  {
    conv: 'kasse',
    q: 'und bis wann kann ich mich anmelden?',
    kind: 'facts',
    titles: [T.kasse],
    says: ['bis Fr., 11.10.2030, 23:59 Uhr anmelden'],
  },
  {
    conv: 'bau',
    q: 'Ich bin neu in der Bauaufsicht und soll Bauanträge prüfen – gibt es dazu ein Seminar?',
    kind: 'list',
    titles: [T.bau],
  },
  {
    conv: 'bau',
    q: 'kann ich da noch mitmachen?',
    kind: 'facts',
    titles: [T.bau],
    says: ['am Fr., 13.09.2030, 23:59 Uhr abgelaufen'],
  },
  {
    conv: 'bau',
    q: 'wann genau ist das?',
    kind: 'facts',
    titles: [T.bau],
    says: ['an 2 Tagen', 'Do., 26.09.2030 und Fr., 27.09.2030', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'teamlead',
    q: "I'm a team lead now. Is there a course for new managers?",
    locale: 'en',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'teamlead',
    q: 'how long is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['lasts 2 days, each from 09:00 to 16:30'],
  },
  {
    conv: 'teamlead',
    q: 'what does it cost',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: [/costs (€\s?520|520\s?€|EUR 520)/],
  },
  {
    conv: 'aggressive',
    q: 'is there anything on how to handle aggressive citizens?',
    locale: 'en',
    kind: 'list',
    titles: [T.deeskalation],
  },
  {
    conv: 'aggressive',
    q: "who's the trainer?",
    locale: 'en',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['is led by Herr Uwe Brandes (Polizeiinspektion Hildesheim)'],
  },
  {
    conv: 'aggressive',
    q: 'where does it take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['Rathaus Sarstedt', 'Steinstraße 22, 31157 Sarstedt'],
  },
  { conv: 'excel', q: 'Lerne ich irgendwo, wie man Pivot-Tabellen erstellt?', kind: 'list', titles: [T.excel] },
  {
    conv: 'excel',
    q: 'Wer leitet den Kurs?',
    kind: 'facts',
    titles: [T.excel],
    says: ['leitet Herr Marco Lüddecke'],
  },
  {
    conv: 'ki',
    q: 'Do you have something on ChatGPT?',
    locale: 'en',
    kind: 'list',
    titles: [T.ki],
  },
  {
    conv: 'ki',
    q: 'can I join from home?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is hybrid', 'Kreishaus Hildesheim, Kreistagssaal'],
  },
  {
    conv: 'giesen',
    q: 'Was läuft in der FTZ in Giesen?',
    kind: 'list',
    ...only(T.ersteHilfe, T.motorsaege, T.brandschutz),
  },
  { conv: 'giesen', q: 'welches davon geht über mehrere Tage?', kind: 'list', titles: [T.motorsaege] },
  {
    conv: 'november',
    q: 'any free courses in November?',
    locale: 'en',
    kind: 'list',
    ...only(T.bewegung, T.protokoll, T.haushalt, T.brandschutz),
  },
  {
    conv: 'november',
    q: 'which of those are online?',
    locale: 'en',
    kind: 'list',
    ...maybeAlso(only(T.bewegung), T.haushalt),
  },
  { conv: 'nacken', q: 'gibts was gegen Nackenverspannungen?', kind: 'list', titles: [T.bewegung] },
  {
    conv: 'nacken',
    q: 'wann sind die termine',
    kind: 'facts',
    titles: [T.bewegung],
    says: ['an 3 Tagen', 'Di., 05.11.2030', 'Di., 19.11.2030', 'jeweils von 12:15 bis 12:45 Uhr'],
  },
  {
    conv: 'quereinstieg',
    q: 'Ich komme aus der Privatwirtschaft und bin jetzt im Ordnungsamt. Gibt es eine Einführung ins Verwaltungsrecht?',
    kind: 'list',
    first: T.quereinstieg,
    ...maybeAlso(only(T.quereinstieg), T.bescheide),
  },
  {
    conv: 'quereinstieg',
    q: 'wie lange dauert der?',
    kind: 'facts',
    titles: [T.quereinstieg],
    says: ['dauert 3 Tage, jeweils von 08:30 bis 15:30 Uhr'],
  },
  // --- follow-ups with nothing talked about ---------------------------------------------------------------------------
  { conv: 'empty-en', q: "Who's running it?", locale: 'en', kind: 'noContext' },
  { conv: 'empty-de', q: 'und wo findet das statt?', kind: 'noContext' },
  // --- facts ------------------------------------------------------------------------------------------------------------
  { q: 'Was kostet der Excel-Kurs?', kind: 'facts', titles: [T.excel], says: ['kostet 140 €'] },
  {
    q: "Where's the first aid refresher?",
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['Feuerwehrtechnische Zentrale Giesen', 'Am Osterberg 3, 31180 Giesen'],
  },
  {
    q: 'wann ist die brandschutzhelfer-ausbildung',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['am Mi., 20.11.2030 von 08:30 bis 12:30 Uhr'],
  },
  {
    q: 'When do I have to sign up for the English course by?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['You can register for the seminar', 'until Mon, 11 Nov 2030, 12:00'],
  },
  {
    q: 'Wie viele Plätze sind beim Vergaberecht noch frei?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['noch 20 von 20 Plätzen frei'],
  },
  {
    q: 'When is the welcome day for new staff?',
    locale: 'en',
    kind: 'facts',
    titles: [T.onboarding],
    says: ['takes place on Fri, 18 Oct 2030 from 09:00 to 14:00'],
  },
  {
    q: 'Bis wann muss ich mich für das Seminar für neue Führungskräfte anmelden?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['bis Fr., 27.09.2030, 23:59 Uhr anmelden'],
  },
  {
    q: 'Wann beginnt heute die E-Akte-Schulung?',
    kind: 'facts',
    titles: [T.eakte],
    says: ['Mi., 18.09.2030', '14:00'],
  },
  { q: 'zeig mir mehr zum Vergaberecht-Seminar', kind: 'details', titles: [T.vergabe] },
  // --- what the seminars teach, tasks and roles --------------------------------------------------------------------------
  { q: 'Lerne ich irgendwo, wie man einen Defibrillator benutzt?', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'Where can I learn to use a fire extinguisher?', locale: 'en', kind: 'list', titles: [T.brandschutz] },
  {
    q: 'ich bin neu im Bauamt',
    kind: 'list',
    first: T.bau,
    ...maybeAlso(only(T.bau), T.onboarding),
  },
  { q: 'Ich schreibe künftig die Protokolle im Ortsrat – gibt es was dazu?', kind: 'list', titles: [T.protokoll] },
  { q: 'ich arbeite auf dem Bauhof, gibt es was für mich?', kind: 'list', titles: [T.motorsaege] },
  { q: 'I work in HR and have to sort out pay grades.', locale: 'en', kind: 'list', titles: [T.tvoed] },
  { q: 'How do I spot phishing emails?', locale: 'en', kind: 'list', titles: [T.phishing] },
  {
    q: 'Ich bin Ratsfrau in Algermissen und verstehe den Haushalt nicht.',
    kind: 'list',
    titles: [T.haushalt],
  },
  // --- subjects only summary, description or topics name, synonyms and typos --------------------------------------------
  { q: 'DSGVO Auskunftsersuchen', kind: 'list', titles: [T.datenschutz] },
  { q: 'anything on burnout?', locale: 'en', kind: 'list', titles: [T.stress] },
  { q: 'Kettensägenlehrgang', kind: 'list', titles: [T.motorsaege] },
  { q: 'barrierefreie pdfs erstellen', kind: 'list', titles: [T.barrierefrei] },
  { q: 'exel kurs', kind: 'list', titles: [T.excel] },
  { q: 'electronic files', locale: 'en', kind: 'list', titles: [T.eakte] },
  // --- trainers, providers, places, audiences -----------------------------------------------------------------------------
  { q: 'Kurse von Frau Dr. Kröger', kind: 'list', ...only(T.bau, T.bescheide, T.quereinstieg) },
  {
    q: 'What does the KDO offer?',
    locale: 'en',
    kind: 'list',
    ...only(T.eakte, T.excel, T.phishing, T.ki, T.barrierefrei),
  },
  {
    q: 'Was findet in Hannover statt?',
    kind: 'list',
    ...only(T.bau, T.fuehrung, T.vergabe, T.kasse, T.tvoed, T.quereinstieg),
  },
  {
    q: 'courses in the Kreistagssaal',
    locale: 'en',
    kind: 'list',
    ...only(T.ki, T.onboarding, T.haushalt),
  },
  { q: 'Gibt es auch was in Alfeld?', kind: 'none' },
  // --- dates, times of day, formats, fees --------------------------------------------------------------------------------
  { q: 'was ist heute noch', kind: 'list', titles: [T.eakte] },
  { q: "What's on this week?", locale: 'en', kind: 'list', titles: [T.eakte, T.excel, T.phishing] },
  { q: 'was steht nächste woche an', kind: 'list', titles: [T.datenschutz, T.bau] },
  { q: 'Was gibt es vom 7. bis 11. Oktober?', kind: 'list', titles: [T.fuehrung, T.ersteHilfe, T.ki] },
  { q: 'gibt es am 3. oktober was?', kind: 'none' },
  { q: 'anything on a Friday?', locale: 'en', kind: 'list', ...only(T.phishing, T.bau, T.motorsaege, T.onboarding) },
  { q: 'Kurse über 300 Euro', kind: 'list', ...only(T.bau, T.fuehrung, T.vergabe, T.tvoed, T.quereinstieg) },
  { q: 'online courses in December?', locale: 'en', kind: 'list', titles: [T.barrierefrei] },
  // --- gone, drafts -------------------------------------------------------------------------------------------------------
  { q: 'Findet der Outlook-Kurs noch statt?', kind: 'gone', gone: T.outlook },
  { q: 'Is the team conflict workshop still on?', locale: 'en', kind: 'gone', gone: T.konflikt },
  { q: 'wann war die grundsteuer-schulung', kind: 'gone', gone: T.grundsteuer, says: ['Di., 11.06.2030'] },
  {
    q: 'heat protection training for outdoor workers',
    locale: 'en',
    kind: 'gone',
    gone: T.hitze,
    says: ['Wed, 3 Jul 2030'],
  },
  { q: 'Instagram für die Gemeinde', kind: 'none' },
  { q: 'Seminar zu verkehrsrechtlichen Anordnungen', kind: 'none' },
  // --- no match, also next to a seminar's words -------------------------------------------------------------------------
  { q: 'Gibt es eine Schulung für die Führerscheinstelle?', kind: 'none' },
  { q: 'Gibt es ein Seminar zur Hundesteuer?', kind: 'none' },
  { q: 'Is there a motorcycle safety training?', locale: 'en', kind: 'none' },
  {
    miss: '"Freiwillige" finds "freiwillig" in the stress course\'s description though nothing is on the fire brigade',
    q: 'Truppmann-Lehrgang für die Freiwillige Feuerwehr',
    kind: 'none',
  },
  { q: 'Do you have a forklift course?', locale: 'en', kind: 'none' },
  // --- greetings, help, thanks, own registrations ------------------------------------------------------------------------
  { q: 'Moin!', kind: 'help' },
  { q: 'Was kannst du?', kind: 'help' },
  { q: 'Thanks, that helps!', locale: 'en', kind: 'thanks' },
  { q: 'Which courses am I registered for?', locale: 'en', kind: 'myRegistrations' },
  { q: 'bei welchen kursen bin ich angemeldet', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-seventy-ninth, independent catalogue (Landkreis Hildesheim, NSI, Kreis-Personalentwicklung, KDO, GUV Hannover)',
  {
    fixture: 'heldout379-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
