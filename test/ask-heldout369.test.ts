// Over-fitting check, three-hundred-and-sixty-ninth catalogue: the spring 2030 programme for the Landeshauptstadt
// Magdeburg (Sachsen-Anhalt) and its five Bürgerbüros (Mitte, Süd, Nord, West, Ost), with the Studieninstitut für
// kommunale Verwaltung Sachsen-Anhalt, KID Magdeburg GmbH, the Unfallkasse Sachsen-Anhalt (Zerbst) and the city's
// Fachbereich Personal, imported from a JSON file. Seminars take place in the Altes Rathaus (Alter Markt 6: Hansesaal,
// Ratssaal), at KID Magdeburg (Alter Markt 15, Schulungsraum 3), at the Studieninstitut (Kantstraße 5), in the
// Bürgerbüro Mitte (Breiter Weg 222), the Bürgerbüro Süd (Halberstädter Straße 150), the Bürgerbüro Nord (Lübecker
// Straße 32), the Feuer- und Rettungswache Nord (Peter-Paul-Straße 14), at the Unfallkasse in Zerbst/Anhalt
// (Käsperstraße 31), online or hybrid (the AI workshop only). Two seminars are held in English (the welcome-desk course
// in the Bürgerbüro Mitte and the online EU-partner e-mail workshop). Several titles do not name their subject ("Ordnung
// im Postfach" is Outlook/Teams, "Schluss mit dem Aktenberg" the e-file, "Darf ich das weitergeben?" data protection,
// "Stempel drauf – aber richtig" official certifications (Beglaubigungen), "Echt oder falsch?" checking ID documents
// for forgeries, "Die halbe Stunde für mich" back exercises at lunchtime, "Neu an Bord" the induction day, "Wohin fließt
// das Geld?" the budget for council members, "Frag doch die Maschine" AI / ChatGPT, "Die ersten 100 Tage" new
// managers, "Wenn es laut wird" de-escalation, "Wenn alles zu viel wird" stress / burnout, "Klartext" plain and easy
// language), so only summary, description or topics reveal it. Questions are mostly German, many of them long and
// chatty with context, others short fragments; about a third in English.
//
// Calendar around `now` (Tuesday 12 March 2030, 10:15 in Magdeburg, winter time; summer time begins Sun 31.03.2030;
// Good Friday 19.04., Easter Monday 22.04., Labour Day Wed 01.05., Ascension Thu 30.05. and Whit Monday 10.06.2030 are
// holidays in Sachsen-Anhalt):
//   this week:  Tue 12.03. (today) 13:30–15:00 Outlook/Teams (online, KID); Wed 13.03. 09:00–15:00 Excel (KID, 110 €);
//               Thu 14.03. 09:00–11:30 e-file (online, KID)
//   next week:  Tue 19.03. 09:00–12:00 data protection (online, Studieninstitut); Thu 21.03. 09:00–12:00
//               certifications (Bürgerbüro Süd, Bürgerbüros only)
//   week after: Tue 26.03. 09:00–15:00 document checking (Bürgerbüro Mitte); Wed 27.03. 09:00–12:30 Welcome Desk English
//               (Bürgerbüro Mitte, 40 €, deadline Fri 15.03. 12:00); Thu 28.03. the cancelled Serienbriefe course
//   April:      Wed 03.04. the cancelled 115 telephone course (Bürgerbüro Nord); Thu 04.04., 11.04., 18.04. 12:00–12:30
//               back exercises (online); Fri 05.04. 09:00–15:00 induction day (Altes Rathaus, Hansesaal); Tue 09.04.
//               08:00–15:30 first aid (Feuerwache Nord, Unfallkasse); Thu 11.04. 09:00–16:00 Melderecht
//               (Studieninstitut, 180 €, 20 seats); Tue 23.04. 18:00–19:30 budget for the Stadtrat (Altes Rathaus,
//               Ratssaal, evening); Wed 24.04. 09:00–12:00 AI (hybrid, KID)
//   May:        Mon 06.05.–Tue 07.05. 09:00–16:30 new managers (Studieninstitut, 420 €, deadline Mon 15.04. 23:59);
//               Wed 08.05. 09:00–16:00 de-escalation (Zerbst, Unfallkasse); Tue 14.05. 09:00–13:00 Gewerbeanzeigen
//               (online, 150 €); Wed 15.05. 09:00–16:00 procurement (Studieninstitut, 290 €); Thu 23.05. 10:00–12:00 EU
//               e-mails (English, online)
//   June:       Mon 03.06.–Wed 05.06. 08:30–15:30 Kommunalrecht (Studieninstitut, 510 €, deadline Fri 17.05. 23:59);
//               Tue 04.06. 09:00–12:00 stress (online, Unfallkasse); Thu 06.06. 09:00–12:30 plain language (online,
//               60 €); Thu 13.06. 08:30–12:30 fire wardens (Feuerwache Nord); the drafts Namensrecht (Tue 18.06.) and
//               Parkraumüberwachung (Wed 19.06.)
//   past:       Wed 23.01.2030 cash handling in the Bürgerbüro (Bürgerbüro Nord), Tue 05.02.2030 time-recording portal
//               (online, KID).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2030-03-12T09:15:00Z'); // Tuesday, 12 March 2030, 10:15 in Magdeburg (CET)
const TZ = 'Europe/Berlin';

const T = {
  postfach: 'Ordnung im Postfach', // Tue 12.03. 13:30–15:00, online, KID, Frau Nicole Hahn, Outlook/Teams, free
  excel: 'Excel für die Sachbearbeitung: Formeln, Filter und Pivot-Tabellen', // Wed 13.03. 09:00–15:00, KID Alter Markt 15, Herr Tobias Brandt, 110 €, 12 seats
  eakte: 'Schluss mit dem Aktenberg', // Thu 14.03. 09:00–11:30, online, KID, Frau Nicole Hahn, e-file, free
  datenschutz: 'Darf ich das weitergeben?', // Tue 19.03. 09:00–12:00, online, Studieninstitut, Frau Dr. Ines Krüger, data protection, free
  beglaubigung: 'Stempel drauf – aber richtig', // Thu 21.03. 09:00–12:00, Bürgerbüro Süd (Halberstädter Straße 150), FB Personal, Frau Kerstin Wendt, certifications, free
  dokumente: 'Echt oder falsch?', // Tue 26.03. 09:00–15:00, Bürgerbüro Mitte, FB Personal, Herr Sven Richter (Bundespolizei), forged documents, free
  welcomeDesk: 'Welcome Desk English: Serving International Residents', // Wed 27.03. 09:00–12:30, Bürgerbüro Mitte, Dr. Sarah O'Connell, 40 €, English, deadline Fri 15.03. 12:00
  ruecken: 'Die halbe Stunde für mich', // Thu 04.04., 11.04., 18.04. 12:00–12:30, online, FB Personal, Frau Julia Vogt, back exercises, free
  onboarding: 'Neu an Bord', // Fri 05.04. 09:00–15:00, Altes Rathaus (Hansesaal), FB Personal, Frau Anja Köhler, induction day, free
  ersteHilfe: 'Erste-Hilfe-Fortbildung für betriebliche Ersthelfer', // Tue 09.04. 08:00–15:30, Feuerwache Nord, Unfallkasse, Herr Marco Lehmann (Johanniter), free
  melderecht: 'Melderecht kompakt: An-, Um- und Abmeldung nach dem BMG', // Thu 11.04. 09:00–16:00, Studieninstitut, Frau Dr. Petra Sommer, 180 €, 20 seats
  haushalt: 'Wohin fließt das Geld?', // Tue 23.04. 18:00–19:30, Altes Rathaus (Ratssaal), Studieninstitut, Herr Dr. Ulrich Hartmann, budget for the Stadtrat, free
  ki: 'Frag doch die Maschine', // Wed 24.04. 09:00–12:00, hybrid (KID, Alter Markt 15), Herr Tobias Brandt, AI, free
  fuehrung: 'Die ersten 100 Tage', // Mon 06.05.–Tue 07.05. 09:00–16:30, Studieninstitut, Frau Dr. Birgit Lorenz, new managers, 420 €, deadline Mon 15.04. 23:59
  deeskalation: 'Wenn es laut wird', // Wed 08.05. 09:00–16:00, Zerbst (Unfallkasse), Herr Jörg Baumann (Polizei), de-escalation, free
  gewerbe: 'Gewerbeanzeigen richtig bearbeiten', // Tue 14.05. 09:00–13:00, online, Studieninstitut, Herr Frank Ziegler, 150 €
  vergabe: 'Vergaberecht für Praktiker: UVgO, VOB/A und Wertgrenzen in Sachsen-Anhalt', // Wed 15.05. 09:00–16:00, Studieninstitut, Herr Dr. Ulrich Hartmann, 290 €
  euMails: 'Writing to EU Partners: Plain English for Project Emails', // Thu 23.05. 10:00–12:00, online, Studieninstitut, Frau Dr. Emma Whitaker, English, free
  kommunalrecht: 'Grundlagenlehrgang Kommunalrecht Sachsen-Anhalt', // Mon 03.06.–Wed 05.06. 08:30–15:30, Studieninstitut, Frau Dr. Petra Sommer, 510 €, deadline Fri 17.05. 23:59
  stress: 'Wenn alles zu viel wird', // Tue 04.06. 09:00–12:00, online, Unfallkasse, Frau Dr. Claudia Neumann, stress / burnout, free
  klartext: 'Klartext', // Thu 06.06. 09:00–12:30, online, Studieninstitut, Frau Maren Schulz, plain / easy language, 60 €
  brandschutz: 'Brandschutzhelfer-Ausbildung mit praktischer Löschübung', // Thu 13.06. 08:30–12:30, Feuerwache Nord, FB Personal, Herr Dirk Schubert, free
  namensrecht: 'Namensrecht nach der Reform: Doppelnamen und Namensänderungen im Standesamt', // draft (Tue 18.06.)
  parken: 'Parkraumüberwachung: Verwarngelder rechtssicher erheben', // draft (Wed 19.06.)
  serienbriefe: 'Serienbriefe mit Word', // cancelled (Thu 28.03.), KID
  telefon: 'Gut erreichbar: Telefontraining für die Behördennummer 115', // cancelled (Wed 03.04.), Bürgerbüro Nord
  kasse: 'Kassenführung im Bürgerbüro: Bargeld, EC-Kasse und Tagesabschluss', // past (Wed 23.01.2030), Bürgerbüro Nord
  zeiterfassung: 'Zeiterfassung im neuen Personalportal', // past (Tue 05.02.2030), online, KID
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.namensrecht, T.parken, T.serienbriefe, T.telefon, T.kasse, T.zeiterfassung];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -------------------------------------------------------------------------------------------
  {
    conv: 'beglaubigung',
    q: 'Hallo, ich bin seit Januar im Bürgerbüro Nord und soll mich jetzt um die Beglaubigungen kümmern. Gibt es da was im Frühjahr?',
    kind: 'list',
    titles: [T.beglaubigung],
  },
  {
    conv: 'beglaubigung',
    q: 'Und wo ist das genau?',
    kind: 'facts',
    titles: [T.beglaubigung],
    says: ['Halberstädter Straße 150'],
  },
  { conv: 'beglaubigung', q: 'kostet das was?', kind: 'facts', titles: [T.beglaubigung], says: ['ist kostenlos'] },
  {
    conv: 'beglaubigung',
    q: 'wer macht das?',
    kind: 'facts',
    titles: [T.beglaubigung],
    says: ['leitet Frau Kerstin Wendt'],
  },
  {
    conv: 'melderecht',
    q: "Meine Chefin meint, ich soll mal was zum Melderecht machen, weil ich ab April am Schalter sitze. Gibt's da was?",
    kind: 'list',
    titles: [T.melderecht],
  },
  {
    conv: 'melderecht',
    q: 'wann genau?',
    kind: 'facts',
    titles: [T.melderecht],
    says: ['am Do., 11.04.2030 von 09:00 bis 16:00 Uhr'],
  },
  { conv: 'melderecht', q: 'Wie viel kostet der Kurs?', kind: 'facts', titles: [T.melderecht], says: ['kostet 180 €'] },
  {
    conv: 'melderecht',
    q: 'sind noch plätze frei',
    kind: 'facts',
    titles: [T.melderecht],
    says: ['noch 20 von 20 Plätzen frei'],
  },
  {
    conv: 'melderecht',
    q: 'was macht die Referentin sonst noch?',
    kind: 'list',
    ...maybeAlso(only(T.kommunalrecht), T.melderecht),
  },
  {
    conv: 'procurement',
    q: 'My manager asked me to find a course on procurement rules, ideally before the summer. Is there anything?',
    locale: 'en',
    kind: 'list',
    titles: [T.vergabe],
  },
  {
    conv: 'procurement',
    q: 'how much is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.vergabe],
    says: [/costs (€\s?290|290\s?€|EUR 290)/],
  },
  {
    conv: 'procurement',
    q: "who's the trainer?",
    locale: 'en',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['is led by Herr Dr. Ulrich Hartmann'],
  },
  {
    conv: 'procurement',
    q: 'does he teach anything else?',
    locale: 'en',
    kind: 'list',
    ...maybeAlso(only(T.haushalt), T.vergabe),
  },
  {
    conv: 'leadership',
    q: "I'm taking over a team in May – is there a course for new managers?",
    locale: 'en',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'leadership',
    q: 'how long does it take?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['lasts 2 days, each from 09:00 to 16:30'],
  },
  {
    conv: 'leadership',
    q: 'when do I have to sign up by?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['You can register for the seminar', 'until Mon, 15 Apr 2030, 23:59'],
  },
  {
    conv: 'leadership',
    q: 'Is it here in Magdeburg?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['Kantstraße 5, 39104 Magdeburg'],
  },
  {
    conv: 'english',
    q: 'Are there any seminars held in English?',
    locale: 'en',
    kind: 'list',
    ...only(T.welcomeDesk, T.euMails),
  },
  { conv: 'english', q: 'which one is online?', locale: 'en', kind: 'list', titles: [T.euMails] },
  {
    conv: 'english',
    q: 'what time does it start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.euMails],
    says: ['starts on Thu, 23 May 2030 at 10:00'],
  },
  { conv: 'ruecken', q: 'rückenübungen mittags', kind: 'list', titles: [T.ruecken] },
  {
    conv: 'ruecken',
    q: 'an welchen tagen?',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['an 3 Tagen', 'Do., 04.04.2030', 'Do., 18.04.2030', 'jeweils von 12:00 bis 12:30 Uhr'],
  },
  {
    conv: 'ruecken',
    q: 'muss ich da hin oder geht das auch von zuhause?',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['findet online statt'],
  },
  {
    conv: 'ki',
    q: 'Unser Amtsleiter will, dass wir ChatGPT mal ausprobieren. Gibt es dazu eine Schulung?',
    kind: 'list',
    titles: [T.ki],
  },
  {
    conv: 'ki',
    q: 'ist das online?',
    kind: 'facts',
    titles: [T.ki],
    says: ['findet hybrid statt', 'Alter Markt 15'],
  },
  { conv: 'ki', q: 'und was kostet der spaß', kind: 'facts', titles: [T.ki], says: ['ist kostenlos'] },
  {
    conv: 'april',
    q: 'any free courses in April?',
    locale: 'en',
    kind: 'list',
    ...only(T.ruecken, T.onboarding, T.ersteHilfe, T.haushalt, T.ki),
  },
  { conv: 'april', q: 'which of those is in the evening?', locale: 'en', kind: 'list', titles: [T.haushalt] },
  { conv: 'zerbst', q: 'was gibt es in zerbst', kind: 'list', titles: [T.deeskalation] },
  {
    conv: 'zerbst',
    q: 'wann ist das',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['am Mi., 08.05.2030 von 09:00 bis 16:00 Uhr'],
  },
  // --- follow-ups with nothing talked about ---------------------------------------------------------------------------
  { conv: 'empty-de', q: 'und wann ist das?', kind: 'noContext' },
  { conv: 'empty-en', q: 'how much is it?', locale: 'en', kind: 'noContext' },
  // --- facts ------------------------------------------------------------------------------------------------------------
  {
    q: 'Wo findet die Brandschutzhelfer-Ausbildung statt?',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['Peter-Paul-Straße 14'],
  },
  {
    q: 'wer leitet die erste hilfe fortbildung',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['leitet Herr Marco Lehmann (Johanniter-Unfall-Hilfe)'],
  },
  {
    q: 'When is the induction day for new staff?',
    locale: 'en',
    kind: 'facts',
    titles: [T.onboarding],
    says: ['takes place on Fri, 5 Apr 2030 from 09:00 to 15:00'],
  },
  {
    q: 'Can I still register for the Welcome Desk English course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.welcomeDesk],
    says: ['You can register for the seminar', 'until Fri, 15 Mar 2030, 12:00'],
  },
  {
    q: 'Anmeldeschluss Kommunalrecht Lehrgang',
    kind: 'facts',
    titles: [T.kommunalrecht],
    says: ['bis Fr., 17.05.2030, 23:59 Uhr anmelden'],
  },
  {
    q: 'Sind im Excel-Kurs morgen noch Plätze frei? Ich würde kurzfristig einspringen.',
    kind: 'facts',
    titles: [T.excel],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  { q: 'Is the burnout workshop free?', locale: 'en', kind: 'facts', titles: [T.stress], says: ['is free of charge'] },
  {
    q: 'Ist der Kurs zu E-Mails an EU-Partner auf Englisch?',
    kind: 'facts',
    titles: [T.euMails],
    says: ['wird auf Englisch gehalten'],
  },
  {
    q: 'wie lange geht die erste-hilfe-fortbildung',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['dauert', 'von 08:00 bis 15:30 Uhr'],
  },
  {
    q: 'um wie viel uhr fängt die datenschutzschulung an?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['beginnt am Di., 19.03.2030 um 09:00 Uhr'],
  },
  {
    q: 'Is the workshop on Leichte Sprache online or in person?',
    locale: 'en',
    kind: 'facts',
    titles: [T.klartext],
    says: ['takes place online'],
  },
  { q: 'was kostet das gewerberecht seminar', kind: 'facts', titles: [T.gewerbe], says: ['kostet 150 €'] },
  { q: 'mehr infos zum excel kurs bitte', kind: 'details', titles: [T.excel] },
  // --- subjects only summary, description or topics name -----------------------------------------------------------------
  { q: 'Ausweise auf Fälschungen prüfen', kind: 'list', titles: [T.dokumente] },
  { q: 'e-akte', kind: 'list', titles: [T.eakte] },
  { q: 'anything on burnout?', locale: 'en', kind: 'list', titles: [T.stress] },
  {
    q: 'Bei uns am Tresen werden die Leute immer öfter laut und aggressiv. Gibt es da ein Training, wie man damit umgeht?',
    kind: 'list',
    titles: [T.deeskalation],
  },
  { q: 'Leichte Sprache', kind: 'list', titles: [T.klartext] },
  { q: 'DSGVO Schulung', kind: 'list', titles: [T.datenschutz] },
  { q: 'outlook tipps', kind: 'list', titles: [T.postfach] },
  { q: 'Fortbildung für Stadträte zum Haushalt', kind: 'list', titles: [T.haushalt] },
  { q: 'I need to renew my first aid certificate', locale: 'en', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'fire warden training', locale: 'en', kind: 'list', titles: [T.brandschutz] },
  { q: 'KVG LSA Grundlagen', kind: 'list', titles: [T.kommunalrecht] },
  { q: 'exel kurs', kind: 'list', titles: [T.excel] },
  { q: 'dateschutz', kind: 'list', titles: [T.datenschutz] },
  // --- trainers, providers, places, audiences -----------------------------------------------------------------------------
  { q: 'Seminare der Unfallkasse', kind: 'list', ...only(T.ersteHilfe, T.deeskalation, T.stress) },
  { q: 'was bietet die KID an?', kind: 'list', ...only(T.postfach, T.excel, T.eakte, T.ki) },
  {
    q: 'Kurse vom Studieninstitut im Mai',
    kind: 'list',
    ...only(T.fuehrung, T.gewerbe, T.vergabe, T.euMails),
  },
  { q: 'Was läuft im Bürgerbüro Mitte?', kind: 'list', ...only(T.dokumente, T.welcomeDesk) },
  { q: 'courses at the Altes Rathaus', locale: 'en', kind: 'list', ...only(T.onboarding, T.haushalt) },
  { q: 'Kurse bei Frau Hahn', kind: 'list', ...only(T.postfach, T.eakte) },
  { q: 'Gibt es was für unsere neuen Azubis?', kind: 'list', titles: [T.onboarding] },
  {
    miss: '"Halle" is corrected to "halbe" of a title instead of being a place where nothing is held',
    q: 'anything in Halle?',
    locale: 'en',
    kind: 'none',
  },
  // --- dates, formats, fees ------------------------------------------------------------------------------------------------
  { q: 'was ist heute noch?', kind: 'list', titles: [T.postfach] },
  { q: 'was läuft morgen', kind: 'list', titles: [T.excel] },
  { q: "What's on this week?", locale: 'en', kind: 'list', titles: [T.postfach, T.excel, T.eakte] },
  { q: 'nächste woche', kind: 'list', titles: [T.datenschutz, T.beglaubigung] },
  {
    q: 'Was steht in den nächsten zwei Wochen an?',
    kind: 'list',
    ...maybeAlso(only(T.postfach, T.excel, T.eakte, T.datenschutz, T.beglaubigung), T.dokumente),
  },
  {
    q: 'seminare im mai',
    kind: 'list',
    titles: [T.fuehrung, T.deeskalation, T.gewerbe, T.vergabe, T.euMails],
  },
  {
    q: 'What is on next month?',
    locale: 'en',
    kind: 'list',
    titles: [T.ruecken, T.onboarding, T.ersteHilfe, T.melderecht, T.haushalt, T.ki],
  },
  { q: 'online seminare im juni', kind: 'list', ...only(T.stress, T.klartext) },
  { q: 'gibt es am 19. april was?', kind: 'none' },
  { q: 'Kurse über 200 Euro', kind: 'list', ...only(T.fuehrung, T.vergabe, T.kommunalrecht) },
  { q: 'mehrtägige seminare', kind: 'list', ...maybeAlso(only(T.fuehrung, T.kommunalrecht), T.ruecken) },
  { q: 'hybrid courses', locale: 'en', kind: 'list', titles: [T.ki] },
  // --- gone, drafts, no match, greetings, own registrations ------------------------------------------------------------
  { q: 'Findet der Serienbrief-Kurs noch statt?', kind: 'gone', gone: T.serienbriefe },
  { q: 'telephone training for the 115 hotline', locale: 'en', kind: 'gone', gone: T.telefon },
  { q: 'wann war die schulung zur kassenführung', kind: 'gone', gone: T.kasse, says: ['Mi., 23.01.2030'] },
  {
    q: 'I missed the time recording portal training, when was it?',
    locale: 'en',
    kind: 'gone',
    gone: T.zeiterfassung,
    says: ['5 Feb 2030'],
  },
  { q: 'Namensrecht Standesamt Schulung', kind: 'none' },
  { q: 'Parkraumüberwachung Verwarngeld', kind: 'none' },
  { q: 'Gibt es einen Gabelstaplerschein?', kind: 'none' },
  { q: 'Hallo', kind: 'help' },
  { q: 'Was kannst du alles?', kind: 'help' },
  { q: 'hi', locale: 'en', kind: 'help' },
  { q: 'danke dir!', kind: 'thanks' },
  { q: 'wo bin ich eigentlich angemeldet?', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-sixty-ninth, independent catalogue (Landeshauptstadt Magdeburg and its Bürgerbüros, Studieninstitut für kommunale Verwaltung Sachsen-Anhalt, KID Magdeburg, Unfallkasse Sachsen-Anhalt, Fachbereich Personal)',
  {
    fixture: 'heldout369-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
