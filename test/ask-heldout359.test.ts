// Over-fitting check, three-hundred-and-fifty-ninth catalogue: the autumn 2029 programme for the Kreis Steinburg
// (Schleswig-Holstein), the Städte Itzehoe and Glückstadt and seven Ämter (Breitenburg, Horst-Herzhorn, Itzehoe-Land,
// Kellinghusen, Krempermarsch, Schenefeld, Wilstermarsch), with the Verwaltungsakademie Bordesholm (VAB), Dataport, the
// Kreisverwaltung's Fachdienst Personal, the Unfallkasse Nord and the Volkshochschule Itzehoe, imported from a JSON file.
// Seminars take place in the Kreishaus Itzehoe (Viktoriastraße 16-18: Schulungsraum 2.14, Großer Sitzungssaal), the
// Rathaus Itzehoe (Reichenstraße 23), the DRK-Haus Itzehoe (Große Paaschburg 40), the Feuerwehrtechnische Zentrale
// Steinburg (Oelixdorfer Straße 2, Itzehoe), the Rathaus Glückstadt (Am Markt 4, Ratssaal), the Amt Kellinghusen
// (Hauptstraße 14), the Verwaltungsakademie in Bordesholm (Heintzestraße 13), online or hybrid. Two seminars are held in
// English (the counter course of the VHS and the Interreg workshop, which is hybrid in the Kreishaus). Many titles do not
// name their subject ("Arbeiten, wo es passt" is mobile work / home office, "Weg vom Papier" the e-file, "Was darf raus?"
// data protection, "Aufstehen, bitte!" back exercises at lunchtime, "Moin und willkommen!" the induction day, "Frag doch
// die Maschine" generative AI, "Durchatmen" stress / burnout, "Zahlen verstehen, mitentscheiden" the budget for council
// members, "Alles festgehalten?" minutes of council meetings, "Klare Worte, ruhige Hand" de-escalation at the counter,
// "Lesbar für alle" accessible documents), so only summary, description or topics reveal it. The questions use
// colloquial words and synonyms the catalogue does not ("Homeoffice", "KI", "ChatGPT", "Ärger am Schalter", "Stress",
// "Nackenschmerzen"), some typos, and about half are in English.
//
// Calendar around `now` (Tuesday 16 October 2029, 10:15 in Itzehoe, summer time; winter time begins Sun 28.10.2029;
// Reformation Day Wed 31.10.2029 is a holiday in Schleswig-Holstein):
//   this week:  Tue 16.10. (today) 14:00–15:30 home office (online); Wed 17.10. (tomorrow) 09:00–10:30 e-file (online);
//               Thu 18.10. 09:00–15:30 Excel (Kreishaus, 95 €, deadline passed Fri 12.10. 12:00); nothing Fri–Sun
//   next week:  Tue 23.10. 09:00–12:00 data protection (online); Thu 25.10. 12:15–12:45 first of three back-exercise
//               sessions (online; then Thu 01.11. and Thu 08.11., CET)
//   week after: Tue 30.10. the cancelled Outlook course; Wed 31.10. holiday, nothing; Thu 01.11. back exercises 2
//   November:   Mon 05.11. 09:00–15:00 induction day (Kreishaus, Kreis staff only); Tue 06.11. + Tue 13.11. 14:00–16:30
//               English at the counter (Rathaus Itzehoe, 40 €, deadline Mon 29.10. 12:00); Wed 07.11. 08:30–16:00 first
//               aid (DRK-Haus); Thu 08.11. 09:00–12:00 AI (hybrid, Kreishaus) and back exercises 3; Tue 13.11.
//               09:00–12:00 stress (online); Wed 14.11. 09:00–15:30 housing benefit (online, 165 €); Thu 15.11.
//               18:30–21:00 budget for council members (Rathaus Glückstadt); Tue 20.11. 14:00–17:00 minutes (Amt
//               Kellinghusen); Wed 21.11. 09:00–16:00 Bescheide (Bordesholm, 210 €) and the cancelled telephone course
//               (Glückstadt); Thu 22.11. 09:00–16:00 de-escalation (Rathaus Glückstadt); Mon 26.11.–Tue 27.11.
//               09:00–16:30 new managers (Bordesholm, 690 €, deadline Fri 02.11. 23:59); Thu 29.11. 13:00–16:00 Interreg
//               (English, hybrid, Kreishaus)
//   December:   Tue 04.12. 09:00–16:00 procurement (Bordesholm, 285 €); Wed 05.12. 10:00–11:30 Serviceportal (online);
//               Thu 06.12. 08:30–12:30 fire wardens (FTZ Itzehoe); Mon 10.12.–Wed 12.12. 08:30–15:30 career changers
//               (Bordesholm, 540 €, deadline Mon 19.11. 23:59); Tue 11.12. 09:00–12:00 accessible documents (online, 45 €)
//   January:    the drafts social media (Tue 15.01.2030) and cemetery fees (Thu 17.01.2030)
//   past:       Thu 13.09.2029 storm-surge staff exercise (FTZ), Tue 25.09.2029 dog tax / second-home tax (online).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2029-10-16T08:15:00Z'); // Tuesday, 16 October 2029, 10:15 in Itzehoe (CEST)
const TZ = 'Europe/Berlin';

const T = {
  homeoffice: 'Arbeiten, wo es passt', // Tue 16.10. 14:00–15:30, online, FD Personal, Frau Svenja Thiessen, mobile work, free, Kreis only
  eakte: 'Weg vom Papier', // Wed 17.10. 09:00–10:30, online, Dataport, Frau Ina Carstens, e-file, free
  excel: 'Excel-Grundlagen für die Verwaltung', // Thu 18.10. 09:00–15:30, Kreishaus Schulungsraum 2.14, Dataport, Herr Malte Brodersen, 95 €, 10 seats, deadline passed Fri 12.10. 12:00
  datenschutz: 'Was darf raus?', // Tue 23.10. 09:00–12:00, online, FD Personal, Frau Kerstin Voß, data protection, free
  ruecken: 'Aufstehen, bitte!', // Thu 25.10. (CEST), 01.11., 08.11. (CET) 12:15–12:45, online, FD Personal, Frau Lena Kock, back exercises, free
  onboarding: 'Moin und willkommen!', // Mon 05.11. 09:00–15:00, Kreishaus Großer Sitzungssaal, FD Personal, Frau Svenja Thiessen, induction day, free
  counter: 'Speaking with International Residents', // Tue 06.11. + Tue 13.11. 14:00–16:30, Rathaus Itzehoe Raum 112, VHS, Frau Claire Donovan, English, 40 €, 12 seats, deadline Mon 29.10. 12:00
  ersteHilfe: 'Erste-Hilfe-Fortbildung für betriebliche Ersthelferinnen und Ersthelfer', // Wed 07.11. 08:30–16:00, DRK-Haus Itzehoe, UK Nord, Herr Sönke Rathje (DRK), free
  ki: 'Frag doch die Maschine', // Thu 08.11. 09:00–12:00, hybrid (Kreishaus Großer Sitzungssaal), Dataport, Herr Dr. Jannik Wulf, generative AI, free
  stress: 'Durchatmen', // Tue 13.11. 09:00–12:00, online, UK Nord, Frau Dr. Imke Hansen, stress / burnout, free
  wohngeld: 'Wohngeld kompakt: Anträge prüfen und Leistungen berechnen', // Wed 14.11. 09:00–15:30, online, VAB, Frau Anke Reimers, 165 €, 20 seats
  haushalt: 'Zahlen verstehen, mitentscheiden', // Thu 15.11. 18:30–21:00, Rathaus Glückstadt Ratssaal, VAB, Herr Dr. Henning Claußen, budget for council members, free
  protokoll: 'Alles festgehalten?', // Tue 20.11. 14:00–17:00, Amt Kellinghusen Sitzungssaal, FD Personal, Frau Maren Dittmer, minutes, free, Ämter and Städte only
  bescheid: 'Bescheide, die halten', // Wed 21.11. 09:00–16:00, Bordesholm, VAB, Frau Dr. Ulrike Brandt, 210 €
  deeskalation: 'Klare Worte, ruhige Hand', // Thu 22.11. 09:00–16:00, Rathaus Glückstadt Ratssaal, UK Nord, Herr Jörn Petersen (Polizeidirektion Itzehoe), de-escalation, free
  fuehrung: 'Neu in der Führungsrolle: Grundlagen der Mitarbeiterführung', // Mon 26.11.–Tue 27.11. 09:00–16:30, Bordesholm, VAB, Frau Dr. Birte Lorenzen, 690 €, deadline Fri 02.11. 23:59
  interreg: 'EU Funding for Local Projects: Interreg Deutschland–Danmark', // Thu 29.11. 13:00–16:00, hybrid (Kreishaus Großer Sitzungssaal), FD Personal, Herr Dr. Rasmus Kjær Jensen, English, free
  vergabe: 'Vergaberecht für Kommunen in Schleswig-Holstein: VGSH, UVgO und Wertgrenzen', // Tue 04.12. 09:00–16:00, Bordesholm, VAB, Herr Dr. Henning Claußen, 285 €
  serviceportal: 'Online-Anträge im Serviceportal Schleswig-Holstein bearbeiten', // Wed 05.12. 10:00–11:30, online, Dataport, Frau Ina Carstens, free
  brandschutz: 'Brandschutzhelfer-Ausbildung mit praktischer Löschübung', // Thu 06.12. 08:30–12:30, FTZ Steinburg Itzehoe, FD Personal, Herr Kai Möller, free
  quereinstieg: 'Verwaltung von A bis Z: Einführung für Quereinsteigende', // Mon 10.12.–Wed 12.12. 08:30–15:30, Bordesholm, VAB, Frau Dr. Ulrike Brandt, 540 €, deadline Mon 19.11. 23:59
  barrierefrei: 'Lesbar für alle', // Tue 11.12. 09:00–12:00, online, Dataport, Herr Malte Brodersen, accessible documents, 45 €
  socialMedia: 'Social Media für Ämter und Gemeinden: Instagram und Facebook rechtssicher nutzen', // draft (Tue 15.01.2030), Dataport
  friedhof: 'Friedhofsverwaltung: Gebühren und Satzungen', // draft (Thu 17.01.2030), VAB, Claußen
  outlook: 'Outlook im Griff: E-Mails, Kalender und Aufgaben organisieren', // cancelled (Tue 30.10.), Dataport, Brodersen, Kreishaus
  telefon: 'Gut am Telefon: Bürgerfreundlich telefonieren', // cancelled (Wed 21.11.), Thiessen, Rathaus Glückstadt
  hundesteuer: 'Hundesteuer und Zweitwohnungsteuer: Satzung und Veranlagung', // past (Tue 25.09.2029), online, VAB
  sturmflut: 'Stabsarbeit im Katastrophenschutz: Übung Sturmflut an der Elbe', // past (Thu 13.09.2029), FTZ
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.socialMedia, T.friedhof, T.outlook, T.telefon, T.hundesteuer, T.sturmflut];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -------------------------------------------------------------------------------------------
  { conv: 'homeoffice', q: 'Gibt es was zum Thema Homeoffice?', kind: 'list', titles: [T.homeoffice] },
  {
    conv: 'homeoffice',
    q: 'wann ist das?',
    kind: 'facts',
    titles: [T.homeoffice],
    says: ['Di., 16.10.2029', 'von 14:00 bis 15:30 Uhr'],
  },
  {
    conv: 'homeoffice',
    q: 'muss ich dafür ins Kreishaus kommen?',
    kind: 'facts',
    titles: [T.homeoffice],
    says: ['findet online statt'],
  },
  { conv: 'ki', q: 'Is there any training on AI?', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    conv: 'ki',
    q: 'can I join remotely?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is hybrid', 'Kreishaus Itzehoe, Großer Sitzungssaal'],
  },
  {
    conv: 'ki',
    q: "who's teaching it",
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is led by Herr Dr. Jannik Wulf'],
  },
  { conv: 'ki', q: 'how much is it?', locale: 'en', kind: 'facts', titles: [T.ki], says: ['is free of charge'] },
  {
    conv: 'fuehrung',
    q: 'Ich bin gerade Teamleiterin geworden. Gibt es ein Seminar für neue Führungskräfte?',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'fuehrung',
    q: 'wie lange geht das?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['dauert 2 Tage, jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    conv: 'fuehrung',
    q: 'bis wann kann ich mich anmelden?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['bis Fr., 02.11.2029, 23:59 Uhr anmelden'],
  },
  { conv: 'fuehrung', q: 'und was kostet der Spaß?', kind: 'facts', titles: [T.fuehrung], says: ['kostet 690 €'] },
  {
    conv: 'english',
    q: 'Are there any courses held in English?',
    locale: 'en',
    kind: 'list',
    ...only(T.counter, T.interreg),
  },
  { conv: 'english', q: 'which one is hybrid?', locale: 'en', kind: 'list', titles: [T.interreg] },
  {
    conv: 'english',
    q: 'when is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.interreg],
    says: ['takes place on Thu, 29 Nov 2029 from 13:00 to 16:00'],
  },
  {
    conv: 'counter',
    q: 'english course for front desk staff',
    locale: 'en',
    kind: 'list',
    titles: [T.counter],
  },
  {
    conv: 'counter',
    q: 'what time does it start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.counter],
    says: ['Tue, 6 Nov 2029', '14:00'],
  },
  {
    conv: 'counter',
    q: 'are there still places left?',
    locale: 'en',
    kind: 'facts',
    titles: [T.counter],
    says: ['has 12 of 12 seats left'],
  },
  {
    conv: 'counter',
    q: "what's the deadline for signing up?",
    locale: 'en',
    kind: 'facts',
    titles: [T.counter],
    says: ['You can register for the seminar', 'until Mon, 29 Oct 2029, 12:00'],
  },
  { conv: 'glueckstadt', q: 'was läuft in Glückstadt?', kind: 'list', ...only(T.haushalt, T.deeskalation) },
  { conv: 'glueckstadt', q: 'welches davon ist abends?', kind: 'list', titles: [T.haushalt] },
  {
    conv: 'glueckstadt',
    q: 'wo genau ist das?',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['Rathaus Glückstadt, Ratssaal, Am Markt 4'],
  },
  {
    conv: 'claussen',
    q: 'Was kostet das Vergaberecht-Seminar?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['kostet 285 €'],
  },
  {
    conv: 'claussen',
    q: 'wer leitet das?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['leitet Herr Dr. Henning Claußen'],
  },
  { conv: 'claussen', q: 'was macht der sonst noch?', kind: 'list', ...maybeAlso(only(T.haushalt), T.vergabe) },
  {
    conv: 'ruecken',
    q: 'hab ständig nackenschmerzen vom bildschirm, gibts da was?',
    kind: 'list',
    titles: [T.ruecken],
  },
  {
    conv: 'ruecken',
    q: 'an welchen Tagen ist das?',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['Do., 25.10.2029', 'Do., 08.11.2029', 'jeweils von 12:15 bis 12:45 Uhr'],
  },
  {
    conv: 'stress',
    q: "I'm completely stressed out at work, is there a course for that?",
    locale: 'en',
    kind: 'list',
    titles: [T.stress],
  },
  { conv: 'stress', q: 'is it online?', locale: 'en', kind: 'facts', titles: [T.stress], says: ['takes place online'] },
  // --- follow-ups with nothing talked about ---------------------------------------------------------------------------
  { conv: 'leer', q: 'und wo ist das?', kind: 'noContext' },
  { conv: 'empty-en', q: 'how much is it?', locale: 'en', kind: 'noContext' },
  // --- facts ------------------------------------------------------------------------------------------------------------
  { q: 'Wo ist der Erste-Hilfe-Kurs?', kind: 'facts', titles: [T.ersteHilfe], says: ['DRK-Haus Itzehoe'] },
  {
    q: 'How long is the first aid training?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['lasts', 'from 08:30 to 16:00'],
  },
  {
    q: 'Um wie viel Uhr fängt die Erste Hilfe Fortbildung an?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['beginnt am Mi., 07.11.2029 um 08:30 Uhr'],
  },
  {
    q: 'wann ist die brandschutzhelfer ausbildung',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['am Do., 06.12.2029 von 08:30 bis 12:30 Uhr'],
  },
  {
    q: 'Wie viele Plätze sind im Excel-Kurs noch frei?',
    kind: 'facts',
    titles: [T.excel],
    says: ['noch 10 von 10 Plätzen frei'],
  },
  {
    q: 'Kann ich mich noch für den Excel-Kurs anmelden?',
    kind: 'facts',
    titles: [T.excel],
    says: ['am Fr., 12.10.2029, 12:00 Uhr abgelaufen'],
  },
  {
    q: 'Ist das Wohngeld-Seminar online oder vor Ort?',
    kind: 'facts',
    titles: [T.wohngeld],
    says: ['findet online statt'],
  },
  {
    q: 'How much is the housing benefit course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.wohngeld],
    says: [/costs (€\s?165|165\s?€|EUR 165)/],
  },
  {
    q: 'Is the Interreg workshop in English?',
    locale: 'en',
    kind: 'facts',
    titles: [T.interreg],
    says: ['is held in English'],
  },
  {
    q: 'What time does the welcome day for new staff start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.onboarding],
    says: ['starts on Mon, 5 Nov 2029 at 09:00'],
  },
  {
    q: 'bis wann muss ich mich für den Kurs für Quereinsteiger anmelden',
    kind: 'facts',
    titles: [T.quereinstieg],
    says: ['bis Mo., 19.11.2029, 23:59 Uhr anmelden'],
  },
  {
    q: 'Wer macht die Schulung zu barrierefreien PDFs?',
    kind: 'facts',
    titles: [T.barrierefrei],
    says: ['leitet Herr Malte Brodersen'],
  },
  { q: 'zeig mir die Details zum Datenschutz-Seminar', kind: 'details', titles: [T.datenschutz] },
  // --- subjects only summary, description or topics name (synonyms, colloquial words, typos) ----------------------------
  { q: 'KI Schulung', kind: 'list', titles: [T.ki] },
  { q: 'Wo lerne ich, ChatGPT sinnvoll im Job zu nutzen?', kind: 'list', titles: [T.ki] },
  { q: 'Ärger am Schalter – gibt es dazu ein Seminar?', kind: 'list', titles: [T.deeskalation] },
  { q: 'how to deal with angry citizens', locale: 'en', kind: 'list', titles: [T.deeskalation] },
  { q: 'Seminar gegen Stress', kind: 'list', titles: [T.stress] },
  { q: 'Protokoll schreiben in der Gemeindevertretung', kind: 'list', titles: [T.protokoll] },
  { q: 'E-Akte Schulng', kind: 'list', titles: [T.eakte] },
  { q: 'DSGVO kurs', kind: 'list', titles: [T.datenschutz] },
  { q: 'Haushalt für Gemeindevertreter', kind: 'list', titles: [T.haushalt] },
  { q: 'accessible documents', locale: 'en', kind: 'list', titles: [T.barrierefrei] },
  { q: 'Fürungskräfte seminar', kind: 'list', titles: [T.fuehrung] },
  { q: 'firts aid course', locale: 'en', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'working from home', locale: 'en', kind: 'list', titles: [T.homeoffice] },
  { q: 'onboarding for new employees', locale: 'en', kind: 'list', titles: [T.onboarding] },
  { q: 'Do you have anything on public procurement?', locale: 'en', kind: 'list', titles: [T.vergabe] },
  // --- trainers, providers, places ---------------------------------------------------------------------------------------
  { q: 'Was bietet die Unfallkasse Nord an?', kind: 'list', ...only(T.ersteHilfe, T.stress, T.deeskalation) },
  {
    q: 'Courses by Dataport',
    locale: 'en',
    kind: 'list',
    ...only(T.eakte, T.excel, T.ki, T.serviceportal, T.barrierefrei),
  },
  { q: 'Seminare in Bordesholm', kind: 'list', ...only(T.bescheid, T.fuehrung, T.vergabe, T.quereinstieg) },
  { q: 'Kurse von Frau Dr. Brandt', kind: 'list', ...only(T.bescheid, T.quereinstieg) },
  {
    q: "what's on in the Kreishaus?",
    locale: 'en',
    kind: 'list',
    ...only(T.excel, T.onboarding, T.ki, T.interreg),
  },
  { q: 'anything in Kellinghusen?', locale: 'en', kind: 'list', titles: [T.protokoll] },
  { q: 'Seminare in Wilster', kind: 'none' },
  // --- dates, formats, fees ------------------------------------------------------------------------------------------------
  { q: 'was ist heute noch', kind: 'list', titles: [T.homeoffice] },
  { q: 'Gibt es morgen was?', kind: 'list', titles: [T.eakte] },
  { q: "What's on this week?", locale: 'en', kind: 'list', titles: [T.homeoffice, T.eakte, T.excel] },
  { q: 'Was steht nächste Woche an?', kind: 'list', titles: [T.datenschutz, T.ruecken] },
  {
    q: 'in den nächsten zwei Wochen',
    kind: 'list',
    ...only(T.homeoffice, T.eakte, T.excel, T.datenschutz, T.ruecken),
  },
  {
    q: 'seminars in December',
    locale: 'en',
    kind: 'list',
    titles: [T.vergabe, T.serviceportal, T.brandschutz, T.quereinstieg, T.barrierefrei],
  },
  { q: 'gibt es am 31. Oktober was?', kind: 'none' },
  {
    q: 'online courses in November?',
    locale: 'en',
    kind: 'list',
    ...maybeAlso(only(T.ruecken, T.stress, T.wohngeld), T.ki, T.interreg),
  },
  { q: 'kostenlose Präsenzseminare im Dezember', kind: 'list', titles: [T.brandschutz] },
  {
    q: 'mehrtägige Seminare',
    kind: 'list',
    ...maybeAlso(only(T.fuehrung, T.quereinstieg), T.ruecken, T.counter),
  },
  { q: 'Seminare über 500 Euro', kind: 'list', ...only(T.fuehrung, T.quereinstieg) },
  { q: 'hybrid seminars', locale: 'en', kind: 'list', ...only(T.ki, T.interreg) },
  { q: 'gibt es Abendveranstaltungen?', kind: 'list', titles: [T.haushalt] },
  { q: 'anything on a Monday?', locale: 'en', kind: 'list', ...only(T.onboarding, T.fuehrung, T.quereinstieg) },
  // --- gone, drafts, no match, greetings, own registrations ------------------------------------------------------------
  { q: 'Findet der Outlook-Kurs statt?', kind: 'gone', gone: T.outlook },
  { q: 'Is the telephone training in Glückstadt still on?', locale: 'en', kind: 'gone', gone: T.telefon },
  {
    q: 'Wann war das Seminar zur Zweitwohnungsteuer?',
    kind: 'gone',
    gone: T.hundesteuer,
    says: ['Di., 25.09.2029'],
  },
  { q: 'sturmflut stabsübung', kind: 'gone', gone: T.sturmflut, says: ['Do., 13.09.2029'] },
  { q: 'Do you have a social media course?', locale: 'en', kind: 'none' },
  { q: 'Seminar Friedhofsgebühren', kind: 'none' },
  { q: 'Gibt es einen Plattdeutsch-Kurs?', kind: 'none' },
  { q: 'Moin!', kind: 'help' },
  { q: 'Hello, what can you do?', locale: 'en', kind: 'help' },
  { q: 'Danke dir!', kind: 'thanks' },
  { q: 'Which courses am I registered for?', locale: 'en', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-fifty-ninth, independent catalogue (Kreis Steinburg, Verwaltungsakademie Bordesholm, Dataport, Unfallkasse Nord, Fachdienst Personal)',
  {
    fixture: 'heldout359-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
