// Over-fitting check, three-hundred-and-sixty-third catalogue: the autumn 2030 programme for the Kreis Lippe
// (Nordrhein-Westfalen) and its towns Detmold, Lemgo, Bad Salzuflen, Blomberg and Horn-Bad Meinberg, with the
// Studieninstitut Westfalen-Lippe (Außenstelle Detmold), the Kommunales Rechenzentrum Minden-Ravensberg/Lippe (krz,
// Lemgo), the Unfallkasse Nordrhein-Westfalen, the Kreis' Personalentwicklung and its Fachbereich Finanzen, imported from a
// JSON file. Seminars take place in the Kreishaus Detmold (Felix-Fechenbach-Straße 5: Raum A 1.12, Raum A 2.05,
// Kreistagssaal), the Studieninstitut (Bielefelder Straße 75, Detmold), the krz Schulungszentrum (Am Lindenhaus 19,
// Lemgo), the Rathaus Bad Salzuflen (Rudolph-Brandes-Allee 19), the DRK-Ortsverein Bad Salzuflen (Osterstraße 40), the
// Feuerwehrgerätehaus Blomberg (Ostring 12) and the Rathaus Blomberg (Marktplatz 1), online or hybrid. Two seminars are
// held in English (the welcome-desk course in the Kreishaus and the EU funding workshop, hybrid). Several titles do not
// name their subject ("Posteingang im Griff" is Outlook / e-mail, "Neu in der Verantwortung" new managers, "Vertraulich!"
// data protection, "Fünf nach vier" back exercises after work, "Schreiben mit Assistenz" AI / Copilot / ChatGPT, "Wenn es
// laut wird" de-escalation, "Zahlen, die zählen" the Kreis budget for council members, "Vom Papier zum Portal" the
// digital building permit, "Klartext" plain language, "Durchatmen" stress / burnout), so only summary, description or
// topics reveal it. About half of the questions are in English.
//
// Calendar around `now` (Tuesday 24 September 2030, 10:15 in Detmold, summer time; winter time begins Sun 27.10.2030;
// Tag der Deutschen Einheit Thu 03.10. and Allerheiligen Fri 01.11.2030 are holidays in NRW):
//   this week:  Tue 24.09. (today) 14:00–15:30 Outlook (online, krz); Thu 26.09. 09:00–16:00 enforcement (Studieninstitut,
//               185 €); Fri 27.09. 08:30–16:00 first module of the leadership course (Studieninstitut; further modules Fri
//               11.10. and Fri 25.10.; 690 €; deadline passed Fri 13.09. 23:59); nothing tomorrow (Wed 25.09.)
//   next week:  Tue 01.10. 09:00–12:00 data protection (online); Wed 02.10. 09:00–12:30 Welcome Desk English (Kreishaus,
//               40 €, deadline Thu 26.09. 12:00); nothing on Thu 03.10. (holiday)
//   October:    Tue 08.10., 15.10., 22.10. (CEST) and 29.10. (CET) 16:00–17:00 back exercises (online); Wed 09.10.
//               08:30–16:00 first aid (DRK Bad Salzuflen, free, costs paid by the Unfallkasse); Thu 10.10. 09:00–12:00 AI
//               (hybrid, krz Lemgo); Mon 14.10.–Tue 15.10. 09:00–16:30 procurement law (Studieninstitut, 420 €, deadline
//               Mon 30.09. 23:59); Wed 16.10. the cancelled Word course (krz); Thu 17.10. 09:00–15:00 de-escalation
//               (Kreishaus); Tue 22.10. 18:00–20:30 Kreis budget (Kreistagssaal, evening); Wed 23.10. 09:00–16:00 digital
//               building permit (online, 95 €); Thu 24.10. 09:00–15:30 Excel (Rathaus Bad Salzuflen, 130 €, deadline Thu
//               10.10. 23:59)
//   November:   Mon 04.11. 09:00–12:00 plain language (online, 60 €); Tue 05.11. the cancelled time management course;
//               Wed 06.11.–Thu 07.11. 08:30–15:30 administrative law for career changers (Studieninstitut, 380 €,
//               deadline Fri 18.10. 23:59); Tue 12.11. 09:00–15:00 induction day (Kreistagssaal); Thu 14.11. 13:00–16:30
//               fire wardens (Blomberg); Tue 19.11. 09:00–12:00 stress (online); Wed 20.11. 09:00–13:00 council
//               information system (Rathaus Blomberg); Thu 28.11. 14:00–17:00 EU funding (English, hybrid, Kreishaus,
//               deadline Fri 15.11. 23:59)
//   December:   the drafts mobile work (Thu 05.12.) and time recording (Tue 10.12.)
//   past:       Tue 09.07.2030 heat protection (Bauhof Lemgo), Wed 11.09.2030 TVöD (online).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2030-09-24T08:15:00Z'); // Tuesday, 24 September 2030, 10:15 in Detmold (CEST)
const TZ = 'Europe/Berlin';

const T = {
  mail: 'Posteingang im Griff', // Tue 24.09. 14:00–15:30, online, krz, Frau Sandra Wiebe, Outlook, free, 100 seats
  vollstreckung: 'Kommunale Vollstreckung nach dem VwVG NRW', // Thu 26.09. 09:00–16:00, Studieninstitut Detmold, Herr Dr. Markus Tegeler, 185 €
  fuehrung: 'Neu in der Verantwortung', // Fri 27.09., 11.10., 25.10. 08:30–16:00, Studieninstitut, Herr Christian Vahle, new managers, 690 € (note), deadline passed Fri 13.09. 23:59
  datenschutz: 'Vertraulich!', // Tue 01.10. 09:00–12:00, online, Kreis PE, Herr Jonas Brakemeier, data protection, free
  welcome: 'Welcome Desk English: Serving International Clients', // Wed 02.10. 09:00–12:30, Kreishaus Raum A 1.12, Kreis PE, Dr. Claire Donovan, English, 40 € (note), deadline Thu 26.09. 12:00, 12 seats
  ruecken: 'Fünf nach vier', // Tue 08.10., 15.10., 22.10., 29.10. 16:00–17:00, online, Kreis PE, Frau Meike Obermeier, back exercises, free
  ersteHilfe: 'Erste-Hilfe-Fortbildung für betriebliche Ersthelferinnen und Ersthelfer', // Wed 09.10. 08:30–16:00, DRK Bad Salzuflen, Unfallkasse, Herr Dennis Kuhlmann (DRK Lippe), free (note)
  ki: 'Schreiben mit Assistenz', // Thu 10.10. 09:00–12:00, hybrid, krz Lemgo, Herr Timo Begemann, AI, free
  vergabe: 'Vergaberecht kompakt: UVgO, VOB/A und Wertgrenzen in NRW', // Mon 14.10.–Tue 15.10. 09:00–16:30, Studieninstitut, Herr Dr. Markus Tegeler, 420 €, deadline Mon 30.09. 23:59
  deeskalation: 'Wenn es laut wird', // Thu 17.10. 09:00–15:00, Kreishaus Raum A 1.12, Unfallkasse, Herr Uwe Sprenger (Kreispolizeibehörde Lippe), de-escalation, free
  haushalt: 'Zahlen, die zählen', // Tue 22.10. 18:00–20:30, Kreishaus Kreistagssaal, FB Finanzen, Herr Dr. Holger Rieke, Kreis budget, free
  bauantrag: 'Vom Papier zum Portal', // Wed 23.10. 09:00–16:00, online, krz, Frau Sandra Wiebe, digital building permit, 95 €
  excel: 'Excel für Fortgeschrittene: Pivot-Tabellen, XVERWEIS und Diagramme', // Thu 24.10. 09:00–15:30, Rathaus Bad Salzuflen, krz, Herr Timo Begemann, 130 € (note), deadline Thu 10.10. 23:59, 10 seats
  klartext: 'Klartext', // Mon 04.11. 09:00–12:00, online, Studieninstitut, Frau Dr. Annette Husemann, plain language, 60 €
  quereinstieg: 'Grundlagen des Verwaltungsrechts für Quereinsteigende', // Wed 06.11.–Thu 07.11. 08:30–15:30, Studieninstitut, Frau Dr. Annette Husemann, 380 €, deadline Fri 18.10. 23:59
  onboarding: 'Willkommen beim Kreis Lippe', // Tue 12.11. 09:00–15:00, Kreishaus Kreistagssaal, Kreis PE, Frau Katrin Pöppelmann, induction day, free, 40 seats
  brandschutz: 'Brandschutzhelfer-Ausbildung mit Löschübung', // Thu 14.11. 13:00–16:30, Feuerwehrgerätehaus Blomberg, Kreis PE, Herr Frank Nolting, free
  stress: 'Durchatmen', // Tue 19.11. 09:00–12:00, online, Unfallkasse, Frau Miriam Stöver, stress / burnout, free
  ratsinfo: 'Sitzungsdienst digital: Vorlagen und Niederschriften im Ratsinformationssystem', // Wed 20.11. 09:00–13:00, Rathaus Blomberg, krz, Frau Sandra Wiebe, free
  eu: 'Working with EU Funding: Writing Successful Interreg Applications', // Thu 28.11. 14:00–17:00, hybrid, Kreishaus Raum A 2.05, Kreis PE, Dr. Pieter van Dijk, English, free, deadline Fri 15.11. 23:59
  mobil: 'Mobiles Arbeiten nach der neuen Dienstvereinbarung', // draft (Thu 05.12.), Kreis PE
  zeiterfassung: 'Zeiterfassung mit dem neuen Zeitwirtschaftssystem', // draft (Tue 10.12.), krz, Frau Sandra Wiebe
  word: 'Word-Serienbriefe und Dokumentvorlagen', // cancelled (Wed 16.10.), krz Lemgo, Herr Timo Begemann
  zeitmanagement: 'Zeitmanagement: Prioritäten setzen im Büroalltag', // cancelled (Tue 05.11.), Studieninstitut, Herr Christian Vahle
  tvoed: 'Einführung in den TVöD für Personalsachbearbeitung', // past (Wed 11.09.2030), online, Studieninstitut
  hitze: 'Hitzeschutz im Außendienst', // past (Tue 09.07.2030), Bauhof Lemgo, Unfallkasse
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.mobil, T.zeiterfassung, T.word, T.zeitmanagement, T.tvoed, T.hitze];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -------------------------------------------------------------------------------------------
  {
    conv: 'leaders',
    q: 'Do you have anything for new team leaders?',
    locale: 'en',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'leaders',
    q: 'what are the dates?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['takes place on 3 days', 'Fri, 27 Sep 2030', 'Fri, 25 Oct 2030', 'each from 08:30 to 16:00'],
  },
  {
    conv: 'leaders',
    q: 'can I still sign up?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['The registration deadline', 'passed on Fri, 13 Sep 2030, 23:59'],
  },
  {
    conv: 'leaders',
    q: 'how much is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: [/costs (€\s?690|690\s?€|EUR 690)/],
  },
  { conv: 'vergabe', q: 'gibt es was zum vergaberecht?', kind: 'list', titles: [T.vergabe] },
  {
    conv: 'vergabe',
    q: 'wie lange dauert das?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['dauert 2 Tage, jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    conv: 'vergabe',
    q: 'bis wann kann man sich anmelden',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Mo., 30.09.2030, 23:59 Uhr anmelden'],
  },
  {
    conv: 'vergabe',
    q: 'und wo findet es statt?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['Studieninstitut Westfalen-Lippe', 'Bielefelder Straße 75, 32756 Detmold'],
  },
  {
    conv: 'vergabe',
    q: 'welche seminare hat der referent sonst noch?',
    kind: 'list',
    ...maybeAlso(only(T.vollstreckung), T.vergabe),
  },
  { conv: 'english', q: 'Are any courses held in English?', locale: 'en', kind: 'list', ...only(T.welcome, T.eu) },
  { conv: 'english', q: 'which one is hybrid?', locale: 'en', kind: 'list', titles: [T.eu] },
  {
    conv: 'english',
    q: 'what time does it start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.eu],
    says: ['starts on Thu, 28 Nov 2030 at 14:00'],
  },
  {
    conv: 'english',
    q: "what's the registration deadline?",
    locale: 'en',
    kind: 'facts',
    titles: [T.eu],
    says: ['You can register for the seminar', 'until Fri, 15 Nov 2030, 23:59'],
  },
  { conv: 'ruecken', q: 'gibts was mit rückengymnastik?', kind: 'list', titles: [T.ruecken] },
  {
    conv: 'ruecken',
    q: 'wann sind die termine',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['an 4 Tagen', 'Di., 08.10.2030', 'Di., 29.10.2030', 'jeweils von 16:00 bis 17:00 Uhr'],
  },
  {
    conv: 'ruecken',
    q: 'muss ich dafür ins kreishaus kommen?',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['findet online statt'],
  },
  { conv: 'ruecken', q: 'kostet das was?', kind: 'facts', titles: [T.ruecken], says: ['ist kostenlos'] },
  {
    conv: 'excel',
    q: 'Was kostet der Excel-Kurs in Bad Salzuflen?',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 130 €'],
    mentions: ['entsendenden Fachbereich in Rechnung gestellt'],
  },
  {
    conv: 'excel',
    q: 'sind da noch plätze frei?',
    kind: 'facts',
    titles: [T.excel],
    says: ['noch 10 von 10 Plätzen frei'],
  },
  {
    conv: 'excel',
    q: 'um wie viel uhr gehts los',
    kind: 'facts',
    titles: [T.excel],
    says: ['beginnt am Do., 24.10.2030 um 09:00 Uhr'],
  },
  { conv: 'excel', q: 'wer leitet den?', kind: 'facts', titles: [T.excel], says: ['leitet Herr Timo Begemann'] },
  { conv: 'excel', q: 'was macht der noch?', kind: 'list', ...maybeAlso(only(T.ki), T.excel) },
  { conv: 'blomberg', q: 'Was läuft in Blomberg?', kind: 'list', ...only(T.brandschutz, T.ratsinfo) },
  { conv: 'blomberg', q: 'welches davon ist nachmittags?', kind: 'list', titles: [T.brandschutz] },
  {
    conv: 'blomberg',
    q: 'Und wo genau ist das?',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['Feuerwehrgerätehaus Blomberg', 'Ostring 12'],
  },
  {
    conv: 'firstaid',
    q: 'Is the first aid refresher free?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['is free of charge'],
    mentions: ['Die Lehrgangskosten übernimmt die Unfallkasse NRW.'],
  },
  {
    conv: 'firstaid',
    q: 'where is it held?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['Osterstraße 40, 32105 Bad Salzuflen'],
  },
  {
    conv: 'firstaid',
    q: 'how long does it take?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['lasts', 'from 08:30 to 16:00'],
  },
  {
    conv: 'kreistag',
    q: 'Gibt es eine Schulung zum Kreishaushalt für Kreistagsmitglieder?',
    kind: 'list',
    titles: [T.haushalt],
  },
  {
    conv: 'kreistag',
    q: 'an welchem tag ist das?',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['am Di., 22.10.2030 von 18:00 bis 20:30 Uhr'],
  },
  {
    conv: 'kreistag',
    q: 'kann man da auch online teilnehmen?',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['findet in Präsenz statt', 'Kreistagssaal'],
  },
  // --- follow-ups with nothing talked about ---------------------------------------------------------------------------
  { conv: 'empty-en', q: 'how much is it?', locale: 'en', kind: 'noContext' },
  { conv: 'empty-de', q: 'Und wo ist das?', kind: 'noContext' },
  // --- facts ------------------------------------------------------------------------------------------------------------
  {
    q: 'wer leitet das deeskalationstraining?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['leitet Herr Uwe Sprenger (Kreispolizeibehörde Lippe)'],
  },
  {
    q: 'Where is the AI workshop?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['Am Lindenhaus 19, 32657 Lemgo', 'or online'],
  },
  {
    q: 'wann ist die brandschutzhelfer ausbildung',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['am Do., 14.11.2030 von 13:00 bis 16:30 Uhr'],
  },
  {
    q: 'How much does the enforcement seminar (Vollstreckung) cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.vollstreckung],
    says: [/costs (€\s?185|185\s?€|EUR 185)/],
  },
  { q: 'Ist die Datenschutzschulung online?', kind: 'facts', titles: [T.datenschutz], says: ['findet online statt'] },
  {
    q: 'Is the welcome desk course really in English?',
    locale: 'en',
    kind: 'facts',
    titles: [T.welcome],
    says: ['is held in English'],
  },
  {
    q: 'how many places are left for the induction day?',
    locale: 'en',
    kind: 'facts',
    titles: [T.onboarding],
    says: ['has 40 of 40 seats left'],
  },
  {
    q: 'Bis wann muss ich mich für das Verwaltungsrecht für Quereinsteigende anmelden?',
    kind: 'facts',
    titles: [T.quereinstieg],
    says: ['bis Fr., 18.10.2030, 23:59 Uhr anmelden'],
  },
  {
    q: 'When does the burnout workshop start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.stress],
    says: ['starts on Tue, 19 Nov 2030 at 09:00'],
  },
  {
    q: 'wie lange geht die schulung zum ratsinformationssystem',
    kind: 'facts',
    titles: [T.ratsinfo],
    says: ['dauert', 'von 09:00 bis 13:00 Uhr'],
  },
  {
    q: 'Kann ich mich noch für Welcome Desk English anmelden?',
    kind: 'facts',
    titles: [T.welcome],
    says: ['bis Do., 26.09.2030, 12:00 Uhr anmelden'],
  },
  {
    q: 'How much is the training on digital building permits?',
    locale: 'en',
    kind: 'facts',
    titles: [T.bauantrag],
    says: [/costs (€\s?95|95\s?€|EUR 95)/],
  },
  { q: 'zeig mir details zum einführungstag für neue mitarbeiter', kind: 'details', titles: [T.onboarding] },
  // --- subjects only summary, description or topics name -----------------------------------------------------------------
  { q: 'outlook tipps', kind: 'list', titles: [T.mail] },
  { q: 'Any training on Copilot or ChatGPT?', locale: 'en', kind: 'list', titles: [T.ki] },
  { q: 'DSGVO Schulung', kind: 'list', titles: [T.datenschutz] },
  { q: 'umgang mit aggressiven bürgern', kind: 'list', titles: [T.deeskalation] },
  { q: 'stress management', locale: 'en', kind: 'list', titles: [T.stress] },
  { q: 'bürgernahe sprache', kind: 'list', titles: [T.klartext] },
  { q: 'Mahnwesen und Kontopfändung', kind: 'list', titles: [T.vollstreckung] },
  // --- trainers, providers, places ---------------------------------------------------------------------------------------
  { q: 'Kurse von Frau Wiebe', kind: 'list', ...only(T.mail, T.bauantrag, T.ratsinfo) },
  {
    q: 'What does the krz offer?',
    locale: 'en',
    kind: 'list',
    ...only(T.mail, T.ki, T.bauantrag, T.excel, T.ratsinfo),
  },
  { q: 'Angebote der Unfallkasse NRW', kind: 'list', ...only(T.ersteHilfe, T.deeskalation, T.stress) },
  {
    q: 'seminare vom studieninstitut',
    kind: 'list',
    ...only(T.vollstreckung, T.fuehrung, T.vergabe, T.klartext, T.quereinstieg),
  },
  { q: 'courses in Bad Salzuflen', locale: 'en', kind: 'list', ...only(T.ersteHilfe, T.excel) },
  {
    q: 'was findet im kreishaus statt?',
    kind: 'list',
    ...only(T.welcome, T.deeskalation, T.haushalt, T.onboarding, T.eu),
  },
  { q: 'anything in Lemgo?', locale: 'en', kind: 'list', titles: [T.ki] },
  { q: 'Gibt es auch Kurse in Bielefeld?', kind: 'none' },
  // --- dates, formats, fees ------------------------------------------------------------------------------------------------
  { q: 'was ist heute noch', kind: 'list', titles: [T.mail] },
  { q: "What's on this week?", locale: 'en', kind: 'list', titles: [T.mail, T.vollstreckung, T.fuehrung] },
  { q: 'was steht nächste woche an', kind: 'list', titles: [T.datenschutz, T.welcome] },
  { q: 'ist morgen irgendwas?', kind: 'none' },
  {
    q: 'Seminare im November',
    kind: 'list',
    titles: [T.klartext, T.quereinstieg, T.onboarding, T.brandschutz, T.stress, T.ratsinfo, T.eu],
  },
  { q: 'online courses in November?', locale: 'en', kind: 'list', ...maybeAlso(only(T.klartext, T.stress), T.eu) },
  {
    q: 'was gibt es in den nächsten zwei wochen?',
    kind: 'list',
    ...maybeAlso(only(T.mail, T.vollstreckung, T.fuehrung, T.datenschutz, T.welcome), T.ruecken),
  },
  { q: 'gibt es am 3. oktober was?', kind: 'none' },
  { q: 'anything on a Monday?', locale: 'en', kind: 'list', ...only(T.vergabe, T.klartext) },
  {
    q: 'What is on in the week of 14 October?',
    locale: 'en',
    kind: 'list',
    ...only(T.vergabe, T.ruecken, T.deeskalation),
  },
  { q: 'gibt es abendveranstaltungen?', kind: 'list', titles: [T.haushalt] },
  {
    q: 'mehrtägige seminare',
    kind: 'list',
    ...maybeAlso(only(T.fuehrung, T.vergabe, T.quereinstieg), T.ruecken),
  },
  { q: 'Courses over 300 euros', locale: 'en', kind: 'list', ...only(T.fuehrung, T.vergabe, T.quereinstieg) },
  {
    q: 'kostenlose online-seminare',
    kind: 'list',
    ...maybeAlso(only(T.mail, T.datenschutz, T.ruecken, T.stress), T.ki, T.eu),
  },
  { q: 'hybride Veranstaltungen', kind: 'list', ...only(T.ki, T.eu) },
  // --- gone, drafts, no match, greetings, own registrations ------------------------------------------------------------
  { q: 'Findet der Word-Serienbrief-Kurs statt?', kind: 'gone', gone: T.word },
  { q: 'Is the time management seminar still on?', locale: 'en', kind: 'gone', gone: T.zeitmanagement },
  { q: 'wann war die TVöD-Schulung', kind: 'gone', gone: T.tvoed, says: ['Mi., 11.09.2030'] },
  {
    q: 'heat protection training for outdoor staff',
    locale: 'en',
    kind: 'gone',
    gone: T.hitze,
    says: ['Tue, 9 Jul 2030'],
  },
  { q: 'Seminar zur Dienstvereinbarung mobiles Arbeiten', kind: 'none' },
  {
    miss: '"time recording" also means working time, which the induction day\'s summary names, and "system" finds the council information system; only a draft is on time recording',
    q: 'training for the new time recording system',
    locale: 'en',
    kind: 'none',
  },
  { q: 'Do you offer a forklift licence course?', locale: 'en', kind: 'none' },
  { q: 'Hallo!', kind: 'help' },
  { q: 'Hello, what can you do?', locale: 'en', kind: 'help' },
  { q: 'Danke, das hilft mir!', kind: 'thanks' },
  { q: 'Where am I registered?', locale: 'en', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-sixty-third, independent catalogue (Kreis Lippe, Studieninstitut Westfalen-Lippe, krz Lemgo, Unfallkasse NRW)',
  {
    fixture: 'heldout363-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
