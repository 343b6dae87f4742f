// Over-fitting check, three-hundred-and-seventy-sixth catalogue: the spring 2030 programme for the Hansestadt Lübeck
// (Schleswig-Holstein), with the Verwaltungsakademie Bordesholm, the city's Bereich Personal und Organisation, Hanse-IT,
// the Unfallkasse Nord and the city's Betriebliches Gesundheitsmanagement, imported from a JSON file. Seminars take place
// in the Rathaus Lübeck (Breite Straße 62: Bürgerschaftssaal, Raum 2.07), the Verwaltungszentrum Mühlentor (Kronsforder
// Allee 2-6: Schulungsraum 1.14, Besprechungsraum 3.02, Sitzungssaal im Erdgeschoss), the Verwaltungsakademie in
// Bordesholm (Heintzestraße 13), the Musik- und Kongresshalle (Willy-Brandt-Allee 10), online or hybrid. One seminar is
// held in English (the Bürgerservice course in the Rathaus). Several titles do not name their subject ("Klartext" is
// plain language in letters and notices, "Mit Abstand am besten" working from home, "Zwischen den Stühlen" team leaders
// in the sandwich position, "Ordnung ist das halbe Leben" filing in the e-file, "Frag doch die Maschine" AI / ChatGPT,
// "Wenn es laut wird" de-escalation with angry citizens, "Gut übergeben" handover and cover during leave ("Vertretung"),
// "Kurz mal raus" lunchtime back exercises, "Der rote Faden" committee minutes, "Wo bleibt das Geld?" the city budget for
// members of the Bürgerschaft, "Auf Reserve" stress / burnout), so only summary, description or topics reveal it. About a
// third of the questions are in English, with typos and colloquial words as staff would type them.
//
// Calendar around `now` (Tuesday 12 March 2030, 09:30 in Lübeck, winter time; summer time begins Sun 31.03.2030;
// Good Friday 19.04., Easter Monday 22.04., Labour Day Wed 01.05., Ascension Thu 30.05. and Whit Monday 10.06.2030 are
// holidays in Schleswig-Holstein):
//   this week:  Tue 12.03. (today) 14:00–15:30 e-file / filing (online, Hanse-IT); Thu 14.03. 09:00–15:00 Excel
//               (Mühlentor, 95 €); Fri 15.03. (CET) 09:00–16:00 first day of project management (Mühlentor; its second
//               day is Fri 05.04. (CEST); deadline passed Fri 01.03. 23:59)
//   next week:  Tue 19.03. 09:00–12:00 data protection (online); Thu 21.03. 09:00–12:30 English for the Bürgerservice
//               (Rathaus, Raum 2.07; deadline today Tue 12.03. 12:00)
//   late March: Wed 27.03. 09:00–16:00 plain language "Klartext" (Mühlentor, 150 €)
//   April:      Wed 03.04. 09:00–12:00 AI (hybrid, Rathaus Raum 2.07); Thu 04.04., 11.04., 18.04., 25.04. 12:15–12:45
//               lunchtime exercises (online); Fri 05.04. project management day 2; Tue 09.04. 08:30–16:00 first aid
//               (Mühlentor); Wed 10.04. de-escalation (Mühlentor); Thu 11.04. the cancelled Outlook course; Mon 15.04.–
//               Tue 16.04. 09:00–16:30 team leaders (Bordesholm, 460 €, deadline Fri 29.03. 23:59); Wed 17.04. 09:00–12:00
//               working from home (online); nothing on Good Friday or Easter Monday; Wed 24.04. minutes (Rathaus
//               Raum 2.07); Thu 25.04. housing benefit (online, 170 €, 20 seats); Mon 29.04. 09:00–12:00 handover / cover
//               (hybrid, Mühlentor)
//   May:        Fri 03.05. 09:00–15:00 welcome day (Musik- und Kongresshalle); Tue 07.05. 18:00–20:30 budget for the
//               Bürgerschaft (Rathaus, Bürgerschaftssaal, evening); Wed 08.05. procurement (Bordesholm, 260 €); Tue 14.05.
//               stress / burnout (online); the cancelled presentation course (Wed 15.05.); Wed 22.05. 10:00–15:00 health
//               day (Musik- und Kongresshalle)
//   June:       Tue 04.06. 08:30–12:30 fire wardens (Mühlentor); Mon 17.06.–Wed 19.06. 08:30–15:30 administrative law
//               for career changers (Bordesholm, 540 €, deadline Fri 31.05. 23:59); the drafts Instagram (Tue 25.06.)
//               and fee calculation (Thu 27.06.)
//   past:       Wed 16.01.2030 payroll at the turn of the year (Rathaus), Tue 19.02.2030 travel expenses (online).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2030-03-12T08:30:00Z'); // Tuesday, 12 March 2030, 09:30 in Lübeck (CET)
const TZ = 'Europe/Berlin';

const T = {
  ablage: 'Ordnung ist das halbe Leben', // Tue 12.03. 14:00–15:30, online, Hanse-IT, Frau Svenja Thiessen, e-file / filing, free
  excel: 'Excel kompakt: Formeln, Filter und Pivot-Tabellen', // Thu 14.03. 09:00–15:00, Mühlentor Schulungsraum 1.14, Hanse-IT, Herr Malte Brodersen, 95 €
  projekt: 'Projektmanagement kompakt: Von der Idee zum Abschluss', // Fri 15.03. (CET) + Fri 05.04. (CEST) 09:00–16:00, Mühlentor 3.02, VAB, Herr Dr. Jörn Petersen, 380 €, deadline passed Fri 01.03. 23:59
  datenschutz: 'Datenschutz im Verwaltungsalltag: DSGVO und LDSG Schleswig-Holstein', // Tue 19.03. 09:00–12:00, online, VAB, Frau Dr. Imke Carstensen, free
  english: 'English for the Bürgerservice: Helping International Residents', // Thu 21.03. 09:00–12:30, Rathaus Raum 2.07, P&O, Ms Claire Donovan (VHS), 60 €, English, deadline Tue 12.03. 12:00
  klartext: 'Klartext', // Wed 27.03. 09:00–16:00, Mühlentor 3.02, VAB, Frau Anke Jürgensen, plain language, 150 €
  bewegung: 'Kurz mal raus', // Thu 04.04., 11.04., 18.04., 25.04. 12:15–12:45, online, BGM, Frau Lena Rehder, back exercises, free
  ki: 'Frag doch die Maschine', // Wed 03.04. 09:00–12:00, hybrid (Rathaus Raum 2.07), Hanse-IT, Herr Malte Brodersen, AI, free
  ersteHilfe: 'Erste Hilfe – Fortbildung für betriebliche Ersthelferinnen und Ersthelfer', // Tue 09.04. 08:30–16:00, Mühlentor Sitzungssaal, UK Nord, Herr Sönke Hansen (DRK), free
  deeskalation: 'Wenn es laut wird', // Wed 10.04. 09:00–16:00, Mühlentor 3.02, UK Nord, Herr Kai-Uwe Möller (Polizei), de-escalation, free, 14 seats
  fuehrung: 'Zwischen den Stühlen', // Mon 15.04.–Tue 16.04. 09:00–16:30, Bordesholm, VAB, Frau Dr. Birte Lorenzen, team leaders, 460 €, deadline Fri 29.03. 23:59
  homeoffice: 'Mit Abstand am besten', // Wed 17.04. 09:00–12:00, online, P&O, Frau Nadine Kruse, working from home, free
  protokoll: 'Der rote Faden', // Wed 24.04. 09:00–12:00, Rathaus Raum 2.07, P&O, Frau Gesa Voß, committee minutes, free
  wohngeld: 'Wohngeld kompakt: Berechnung und Bescheide nach dem WoGG', // Thu 25.04. 09:00–15:30, online, VAB, Frau Carola Timm, 170 €, 20 seats
  uebergabe: 'Gut übergeben', // Mon 29.04. 09:00–12:00, hybrid (Mühlentor 3.02), P&O, Frau Nadine Kruse, handover / cover, free
  willkommen: 'Neu bei der Hansestadt: Willkommenstag', // Fri 03.05. 09:00–15:00, Musik- und Kongresshalle, P&O, Herr Timo Lange, induction, free
  haushalt: 'Wo bleibt das Geld?', // Tue 07.05. 18:00–20:30, Rathaus Bürgerschaftssaal, VAB, Herr Dr. Hauke Clausen, budget for the Bürgerschaft, free
  vergabe: 'Vergaberecht kompakt: UVgO und VOB/A in der Praxis', // Wed 08.05. 09:00–16:00, Bordesholm, VAB, Herr Dr. Hauke Clausen, 260 €
  stress: 'Auf Reserve', // Tue 14.05. 09:00–12:00, online, BGM, Frau Merle Albrecht, stress / burnout, free
  gesundheitstag: 'Gesundheitstag 2030', // Wed 22.05. 10:00–15:00, Musik- und Kongresshalle, BGM, free
  brandschutz: 'Brandschutzhelfer-Ausbildung mit praktischer Löschübung', // Tue 04.06. 08:30–12:30, Mühlentor Sitzungssaal, UK Nord, Herr Jan Ehlers (Feuerwehr), free
  quereinstieg: 'Verwaltungsrecht für Quereinsteigende: Grundlagenlehrgang', // Mon 17.06.–Wed 19.06. 08:30–15:30, Bordesholm, VAB, Frau Dr. Ulrike Brandt, 540 €, deadline Fri 31.05. 23:59
  instagram: 'Instagram und Co. für städtische Einrichtungen', // draft (Tue 25.06.), online, Hanse-IT
  gebuehren: 'Gebührenkalkulation nach dem KAG Schleswig-Holstein', // draft (Thu 27.06.), Bordesholm, Clausen
  outlook: 'Outlook effizient nutzen: E-Mails, Kalender und Aufgaben', // cancelled (Thu 11.04.), Brodersen, Mühlentor
  praesentieren: 'Souverän präsentieren vor Ausschüssen', // cancelled (Wed 15.05.), Rathaus Raum 2.07
  reisekosten: 'Reisekostenrecht Schleswig-Holstein: Dienstreisen richtig abrechnen', // past (Tue 19.02.2030), online, Clausen
  entgelt: 'Entgeltabrechnung zum Jahreswechsel', // past (Wed 16.01.2030), Rathaus Raum 2.07
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.instagram, T.gebuehren, T.outlook, T.praesentieren, T.reisekosten, T.entgelt];
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
    q: 'who teaches it',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['is led by Herr Malte Brodersen'],
  },
  {
    conv: 'excel',
    q: 'what else does he teach?',
    locale: 'en',
    kind: 'list',
    ...maybeAlso(only(T.ki), T.excel),
  },
  { conv: 'homeoffice', q: 'Gibt es was zum Thema Homeoffice?', kind: 'list', titles: [T.homeoffice] },
  {
    conv: 'homeoffice',
    q: 'wann ist das?',
    kind: 'facts',
    titles: [T.homeoffice],
    says: ['am Mi., 17.04.2030 von 09:00 bis 12:00 Uhr'],
  },
  {
    conv: 'homeoffice',
    q: 'muss ich dafür ins Büro kommen?',
    kind: 'facts',
    titles: [T.homeoffice],
    says: ['findet online statt'],
  },
  {
    conv: 'homeoffice',
    q: 'macht die Referentin noch andere Kurse?',
    kind: 'list',
    ...maybeAlso(only(T.uebergabe), T.homeoffice),
  },
  {
    conv: 'teamlead',
    q: "I've just become a team leader – is there a course for me?",
    locale: 'en',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'teamlead',
    q: 'how long does it take?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['lasts 2 days, each from 09:00 to 16:30'],
  },
  {
    conv: 'teamlead',
    q: 'where is it held',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['Verwaltungsakademie Bordesholm, Lehrsaal 2, Heintzestraße 13, 24582 Bordesholm'],
  },
  {
    conv: 'teamlead',
    q: 'and the price?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: [/costs (€\s?460|460\s?€|EUR 460)/],
  },
  {
    conv: 'teamlead',
    q: 'until when can I sign up?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['You can register for the seminar', 'until Fri, 29 Mar 2030, 23:59'],
  },
  { conv: 'ki', q: 'Gibt es was zu KI?', kind: 'list', titles: [T.ki] },
  {
    conv: 'ki',
    q: 'kann ich auch von zu hause teilnehmen',
    kind: 'facts',
    titles: [T.ki],
    says: ['findet hybrid statt', 'Rathaus Lübeck, Raum 2.07'],
  },
  { conv: 'ki', q: 'wer macht das?', kind: 'facts', titles: [T.ki], says: ['leitet Herr Malte Brodersen'] },
  {
    conv: 'bordesholm',
    q: 'was gibt es in bordesholm?',
    kind: 'list',
    ...only(T.fuehrung, T.vergabe, T.quereinstieg),
  },
  {
    conv: 'bordesholm',
    q: 'was kostet das vergaberecht seminar',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['kostet 260 €'],
  },
  {
    conv: 'bordesholm',
    q: 'und wer leitet das?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['leitet Herr Dr. Hauke Clausen'],
  },
  {
    conv: 'bordesholm',
    q: 'welche seminare macht der noch?',
    kind: 'list',
    ...maybeAlso(only(T.haushalt), T.vergabe),
  },
  {
    conv: 'townhall',
    q: 'courses at the town hall',
    locale: 'en',
    kind: 'list',
    ...only(T.english, T.ki, T.protokoll, T.haushalt),
  },
  { conv: 'townhall', q: 'which one is in the evening?', locale: 'en', kind: 'list', titles: [T.haushalt] },
  {
    conv: 'townhall',
    q: 'is it free?',
    locale: 'en',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['is free of charge'],
  },
  {
    conv: 'ruecken',
    q: 'gibts was gegen verspannungen im nacken in der mittagspause?',
    kind: 'list',
    titles: [T.bewegung],
  },
  {
    conv: 'ruecken',
    q: 'wann sind die termine',
    kind: 'facts',
    titles: [T.bewegung],
    says: ['an 4 Tagen', 'Do., 04.04.2030', 'Do., 25.04.2030', 'jeweils von 12:15 bis 12:45 Uhr'],
  },
  {
    conv: 'quereinstieg',
    q: 'Ich komme aus der Privatwirtschaft. Gibt es eine Einführung ins Verwaltungsrecht?',
    kind: 'list',
    first: T.quereinstieg,
    ...maybeAlso(only(T.quereinstieg), T.klartext),
  },
  {
    conv: 'quereinstieg',
    q: 'wie lange dauert der?',
    kind: 'facts',
    titles: [T.quereinstieg],
    says: ['dauert 3 Tage, jeweils von 08:30 bis 15:30 Uhr'],
  },
  {
    conv: 'quereinstieg',
    q: 'bis wann muss ich mich anmelden',
    kind: 'facts',
    titles: [T.quereinstieg],
    says: ['bis Fr., 31.05.2030, 23:59 Uhr anmelden'],
  },
  { conv: 'projekt', q: 'projektmanagment kurs', kind: 'list', titles: [T.projekt] },
  {
    conv: 'projekt',
    q: 'kann ich mich da noch anmelden?',
    kind: 'facts',
    titles: [T.projekt],
    says: ['am Fr., 01.03.2030, 23:59 Uhr abgelaufen'],
  },
  {
    conv: 'projekt',
    q: 'wann ist der zweite termin',
    kind: 'facts',
    titles: [T.projekt],
    says: ['an 2 Tagen', 'Fr., 15.03.2030 und Fr., 05.04.2030', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'angry',
    q: 'We keep having trouble with angry citizens at the counter. Any training for that?',
    locale: 'en',
    kind: 'list',
    titles: [T.deeskalation],
  },
  {
    conv: 'angry',
    q: 'where does it take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['Verwaltungszentrum Mühlentor, Besprechungsraum 3.02'],
  },
  {
    conv: 'angry',
    q: 'any seats left?',
    locale: 'en',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['has 14 of 14 seats left'],
  },
  {
    miss: '"Vertretung" also finds "Entscheidungen der Leitung zu vertreten" in the team-lead course',
    conv: 'vertretung',
    q: 'Wie regle ich meine Vertretung, bevor ich in Elternzeit gehe? Gibt es dazu ein Seminar?',
    kind: 'list',
    titles: [T.uebergabe],
  },
  {
    conv: 'vertretung',
    q: 'ist das online?',
    kind: 'facts',
    titles: [T.uebergabe],
    says: ['findet hybrid statt', 'Verwaltungszentrum Mühlentor'],
  },
  { conv: 'vertretung', q: 'was kostet es', kind: 'facts', titles: [T.uebergabe], says: ['ist kostenlos'] },
  { conv: 'english', q: 'anything in English?', locale: 'en', kind: 'list', titles: [T.english] },
  {
    conv: 'english',
    q: 'when is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['takes place on Thu, 21 Mar 2030 from 09:00 to 12:30'],
  },
  {
    conv: 'english',
    q: 'can I still register?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['You can register for the seminar', 'until Tue, 12 Mar 2030, 12:00'],
  },
  // --- follow-ups with nothing talked about ---------------------------------------------------------------------------
  { conv: 'empty-en', q: 'How much does it cost?', locale: 'en', kind: 'noContext' },
  { conv: 'empty-de', q: 'und wo findet das statt?', kind: 'noContext' },
  // --- facts ------------------------------------------------------------------------------------------------------------
  {
    q: 'wer leitet den erste hilfe kurs?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['leitet Herr Sönke Hansen (DRK-Kreisverband Lübeck)'],
  },
  {
    q: "Where's the fire warden training?",
    locale: 'en',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['Verwaltungszentrum Mühlentor, Sitzungssaal im Erdgeschoss'],
  },
  {
    q: 'wann ist der Willkommenstag für neue Kollegen?',
    kind: 'facts',
    titles: [T.willkommen],
    says: ['am Fr., 03.05.2030 von 09:00 bis 15:00 Uhr'],
  },
  {
    q: 'What time does the budget evening for the Bürgerschaft start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['starts on Tue, 7 May 2030 at 18:00'],
  },
  {
    q: 'sind beim wohngeld seminar noch plätze frei?',
    kind: 'facts',
    titles: [T.wohngeld],
    says: ['noch 20 von 20 Plätzen frei'],
  },
  { q: 'ist der burn-out kurs kostenlos', kind: 'facts', titles: [T.stress], says: ['ist kostenlos'] },
  {
    q: 'How long is the procurement law seminar?',
    locale: 'en',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['lasts', 'from 09:00 to 16:00'],
  },
  { q: 'was kostet klartext', kind: 'facts', titles: [T.klartext], says: ['kostet 150 €'] },
  {
    q: 'Findet das Protokoll-Seminar für den Sitzungsdienst in Präsenz statt?',
    kind: 'facts',
    titles: [T.protokoll],
    says: ['findet in Präsenz statt', 'Rathaus Lübeck, Raum 2.07, Breite Straße 62'],
  },
  { q: 'zeig mir mehr zum Datenschutz-Seminar', kind: 'details', titles: [T.datenschutz] },
  // --- subjects only summary, description or topics name -----------------------------------------------------------------
  { q: 'bürgernahe sprache in bescheiden', kind: 'list', titles: [T.klartext] },
  { q: 'plain language for letters to citizens', locale: 'en', kind: 'list', titles: [T.klartext] },
  { q: 'Ablage digital organisieren', kind: 'list', titles: [T.ablage] },
  { q: 'Burn-out vorbeugen', kind: 'list', titles: [T.stress] },
  { q: 'anything about working from home?', locale: 'en', kind: 'list', titles: [T.homeoffice] },
  { q: 'homofice regeln', kind: 'list', titles: [T.homeoffice] },
  { q: 'ChatGPT im Büro nutzen', kind: 'list', titles: [T.ki] },
  { q: 'Ärger mit Bürgern', kind: 'list', titles: [T.deeskalation] },
  { q: 'protokoll schreiben im ausschuss', kind: 'list', titles: [T.protokoll] },
  { q: 'budget training for city councillors', locale: 'en', kind: 'list', titles: [T.haushalt] },
  {
    q: 'knowledge handover before a colleague retires',
    locale: 'en',
    kind: 'list',
    titles: [T.uebergabe],
  },
  { q: 'deeskalatonstraining', kind: 'list', titles: [T.deeskalation] },
  { q: 'Exel kurs', kind: 'list', titles: [T.excel] },
  { q: 'first aid refresher', locale: 'en', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'housing benefit training', locale: 'en', kind: 'list', titles: [T.wohngeld] },
  // --- trainers, providers, places, audiences ------------------------------------------------------------------------------
  { q: 'Kurse bei Frau Kruse', kind: 'list', ...only(T.homeoffice, T.uebergabe) },
  { q: 'was bietet die Unfallkasse Nord an?', kind: 'list', ...only(T.ersteHilfe, T.deeskalation, T.brandschutz) },
  { q: 'courses from Hanse-IT', locale: 'en', kind: 'list', ...only(T.ablage, T.excel, T.ki) },
  {
    q: 'Angebote vom Gesundheitsmanagement',
    kind: 'list',
    ...only(T.bewegung, T.stress, T.gesundheitstag),
  },
  {
    q: 'Was läuft in der Musik- und Kongresshalle?',
    kind: 'list',
    ...only(T.willkommen, T.gesundheitstag),
  },
  {
    q: 'Seminare im Verwaltungszentrum Mühlentor im April',
    kind: 'list',
    ...maybeAlso(only(T.ersteHilfe, T.deeskalation, T.uebergabe), T.projekt),
  },
  { q: 'gibt es auch was in Kiel?', kind: 'none' },
  { q: 'Seminare für Azubis', kind: 'list', titles: [T.willkommen] },
  // --- dates, times, formats, fees -----------------------------------------------------------------------------------------
  { q: 'was ist heute noch', kind: 'list', titles: [T.ablage] },
  { q: "What's on this week?", locale: 'en', kind: 'list', titles: [T.ablage, T.excel, T.projekt] },
  { q: 'was steht nächste woche an', kind: 'list', titles: [T.datenschutz, T.english] },
  {
    q: 'seminare im mai',
    kind: 'list',
    titles: [T.willkommen, T.haushalt, T.vergabe, T.stress, T.gesundheitstag],
  },
  { q: 'online courses in May?', locale: 'en', kind: 'list', titles: [T.stress] },
  { q: 'gibt es am 22. april was?', kind: 'none' },
  { q: 'anything on a Friday?', locale: 'en', kind: 'list', ...only(T.projekt, T.willkommen) },
  { q: 'gibt es abendveranstaltungen?', kind: 'list', titles: [T.haushalt] },
  { q: 'Seminare am Nachmittag', kind: 'list', ...maybeAlso(only(T.ablage), T.bewegung) },
  {
    q: 'mehrtägige seminare',
    kind: 'list',
    ...maybeAlso(only(T.projekt, T.fuehrung, T.quereinstieg), T.bewegung),
  },
  { q: 'Kurse über 300 Euro', kind: 'list', ...only(T.projekt, T.fuehrung, T.quereinstieg) },
  {
    q: 'kostenlose seminare im mai',
    kind: 'list',
    ...only(T.willkommen, T.haushalt, T.stress, T.gesundheitstag),
  },
  { q: 'hybrid seminars', locale: 'en', kind: 'list', ...only(T.ki, T.uebergabe) },
  {
    q: 'which courses start at 8:30?',
    locale: 'en',
    kind: 'list',
    ...only(T.ersteHilfe, T.brandschutz, T.quereinstieg),
  },
  // --- gone, drafts, no match, greetings, own registrations ------------------------------------------------------------
  { q: 'Is the Outlook course still happening?', locale: 'en', kind: 'gone', gone: T.outlook },
  { q: 'präsentieren vor ausschüssen', kind: 'gone', gone: T.praesentieren },
  { q: 'wann war das reisekostenseminar', kind: 'gone', gone: T.reisekosten, says: ['Di., 19.02.2030'] },
  {
    q: 'payroll changes at the turn of the year',
    locale: 'en',
    kind: 'gone',
    gone: T.entgelt,
    says: ['Wed, 16 Jan 2030'],
  },
  { q: 'Do you have an Instagram course?', locale: 'en', kind: 'none' },
  { q: 'gebührenkalkulation kag', kind: 'none' },
  { q: 'Gibt es einen Spanischkurs?', kind: 'none' },
  { q: 'Moin!', kind: 'help' },
  { q: 'Hello, what can you do?', locale: 'en', kind: 'help' },
  { q: 'danke schön!', kind: 'thanks' },
  { q: 'Which courses am I booked on?', locale: 'en', kind: 'myRegistrations' },
  { q: 'wo bin ich angemeldet', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-seventy-sixth, independent catalogue (Hansestadt Lübeck, Verwaltungsakademie Bordesholm, Hanse-IT, Unfallkasse Nord, Betriebliches Gesundheitsmanagement)',
  {
    fixture: 'heldout376-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
