// Over-fitting check, hundred-and-forty-eighth catalogue: the 2028 spring programme of the Landkreis Stendal
// (Saxony-Anhalt) with the Studieninstitut für kommunale Verwaltung Sachsen-Anhalt, the county's Amt für
// Informationstechnik and Haupt- und Personalamt, the Unfallkasse Sachsen-Anhalt and the Kreisvolkshochschule Stendal
// (KVHS), for the county and its towns (Stendal, Tangermünde, Havelberg, Osterburg, Bismark, Tangerhütte), imported from
// a JSON file. Seminars take place in the Landratsamt Stendal, the KVHS-Bildungszentrum Stendal, the town halls of
// Stendal, Tangermünde, Havelberg, Osterburg, Bismark and Tangerhütte, online or hybrid (only the data-protection and
// the AI seminar are hybrid, both at the Landratsamt). Many titles do not name their subject ("Klick mit Köpfchen" is
// information security, "Wohin das Geld der Gemeinde fließt" the municipal budget for council members, "Im Ernstfall
// richtig handeln" first aid, "Der Ordner hat ausgedient" the e-file, "Schreiben, das ankommt" plain language, "Neu in
// der Verantwortung" leadership, "Der digitale Kollege" AI, "Anträge rund um die Uhr" the OZG, "Wenn Gespräche kippen"
// de-escalation, "Durchatmen statt Durchhalten" stress, "Sand im Getriebe" team conflicts, "Fit für die Prüfung" exam
// preparation for trainees, "Bewegte Pause" ergonomics), so only summary, description or topics reveal it. One seminar
// is held in English; the leadership course runs on two days; the e-file course is open only to Tangerhütte and
// Tangermünde (and is held in Tangerhütte, not Tangermünde); the budget seminar is the only evening one; all online
// seminars are half-day (so "online + morning/afternoon" is unambiguous), and no period asked about with a time of day
// holds a full-day seminar. Questions are written the way an acceptance tester would ask, complete and polite, some
// with typos, about a third in English, without looking at the parser or the answers. Same assertions as the other
// suites: exactly the expected seminars (best first where one is clearly best), the asked fact in the first sentence,
// never a draft, cancelled or past seminar.
//
// Calendar around `now` (Wednesday 16 February 2028, 09:15 in Stendal, winter time; summer time begins Sun 26.03.2028;
// Good Friday 14.04., Easter Sunday 16.04., Easter Monday 17.04.2028; Labour Day Mon 01.05.2028):
//   this week:  nothing today; Thu 17.02. 09:00–12:00 Excel (online, tomorrow), Fri 18.02. 09:00–12:00 data protection
//               (hybrid, Landratsamt; the day after tomorrow)
//   next week:  Mon 21.02. 09:00–11:30 information security (online), Tue 22.02. 13:00–16:00 Teams (online),
//               Wed 23.02. 09:00–12:30 English (KVHS-Bildungszentrum; deadline passed Fri 11.02. 23:59),
//               Thu 24.02. 18:00–20:30 budget for council members (Rathaus Osterburg, evening);
//               the cancelled telephone course on Fri 25.02.
//   then:       nothing from Fri 25.02. to Sun 05.03. (so "the next two weeks" / "14 days" end either way the same)
//   March:      Mon 06. minutes (Tangermünde, deadline Fri 25.02. 12:00), Thu 09. first aid (Havelberg, 08:30–16:30),
//               Tue 14. e-file (Tangerhütte, 13:00–16:00), Tue 28. plain language (online, 09:00–12:00),
//               Thu 30./Fri 31. leadership (Landratsamt, 09:00–16:00); nothing published from Wed 15. to Mon 27.
//               (only the draft heat-planning course on Wed 22.03.), so "Ende März" is 28.–31.03. either way
//   April:      Tue 04. AI (hybrid, Landratsamt, 13:00–16:00), Wed 12. OZG (online, 09:00–12:00; week before Easter),
//               Tue 18. de-escalation (Tangermünde, 09:00–15:00), Thu 20. procurement (Landratsamt; deadline
//               Mon 03.04. 12:00), Wed 26. stress (online, 13:30–16:00); the cancelled petty-cash course on Wed 19.04.
//   May:        Tue 02. building law (Bismark), Thu 04. team conflicts (KVHS-Bildungszentrum, 13:00–16:30) — "Anfang
//               Mai"; then nothing before Wed 17. registry office (Rathaus Stendal) except the draft social-media
//               course on Tue 16.05.; Tue 30. administrative decisions (Havelberg, 09:00–12:00)
//   June:       Tue 06. exam preparation for trainees (Landratsamt), Wed 14. ergonomics (online, 14:00–15:30)
//   past:       Thu 20.01.2028 municipal constitution law (Landratsamt), Tue 25.01.2028 maternity protection and
//               parental leave (online).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-02-16T08:15:00Z'); // Wednesday, 16 February 2028, 09:15 in Stendal (CET)
const TZ = 'Europe/Berlin';

const T = {
  excel: 'Excel im Büroalltag: Listen, Formeln und Diagramme', // Thu 17.02. 09:00–12:00, online, KVHS, Schulze, 79 € (Dienststelle pays)
  datenschutz: 'Datenschutz im Dienstalltag: Auskunft, Weitergabe und Datenpanne', // Fri 18.02. 09:00–12:00, hybrid (Landratsamt), Personalamt, Röhl, DSGVO, free
  phishing: 'Klick mit Köpfchen', // Mon 21.02. 09:00–11:30, online, Amt für IT, Wendt, information security, free
  teams: 'Zusammenarbeiten in Microsoft Teams: Kanäle, Dateien, Besprechungen', // Tue 22.02. 13:00–16:00, online, Amt für IT, Krüger, free
  english: 'Welcoming New Residents: English at the Service Desk', // Wed 23.02. 09:00–12:30, KVHS-Bildungszentrum, English, 95 €, deadline passed Fri 11.02. 23:59
  haushalt: 'Wohin das Geld der Gemeinde fließt', // Thu 24.02. 18:00–20:30 (evening), Rathaus Osterburg, Studieninstitut, Dr. Lindner, budget, free (county pays)
  protokolle: 'Kurz, klar, korrekt: Protokolle und Niederschriften', // Mon 06.03. 09:00–15:00, Rathaus Tangermünde, Studieninstitut, Hoffmann, 140 €, deadline Fri 25.02. 12:00
  ersteHilfe: 'Im Ernstfall richtig handeln', // Thu 09.03. 08:30–16:30, Rathaus Havelberg, Unfallkasse, Stein, first aid, free (Unfallkasse pays)
  eakte: 'Der Ordner hat ausgedient', // Tue 14.03. 13:00–16:00, Rathaus Tangerhütte, Amt für IT, Krüger, e-file, only Tangerhütte/Tangermünde, free
  schreiben: 'Schreiben, das ankommt', // Tue 28.03. 09:00–12:00 (CEST), online, KVHS, Brandt, plain language, 65 €
  fuehrung: 'Neu in der Verantwortung', // Thu 30.03. and Fri 31.03. 09:00–16:00, Landratsamt, Studieninstitut, Gerloff, new managers, 420 €, 12 seats
  ki: 'Der digitale Kollege', // Tue 04.04. 13:00–16:00, hybrid (Landratsamt), Amt für IT, Wendt, AI / ChatGPT, free
  ozg: 'Anträge rund um die Uhr', // Wed 12.04. 09:00–12:00, online, Amt für IT, Krüger, OZG, free
  deeskalation: 'Wenn Gespräche kippen', // Tue 18.04. 09:00–15:00, Rathaus Tangermünde, Unfallkasse, Voigt, de-escalation, free, 12 seats
  vergabe: 'Vergaberecht kompakt: Liefer- und Dienstleistungen unterhalb der Schwellenwerte', // Thu 20.04. 09:00–16:00, Landratsamt, Studieninstitut, Bartels, 250 €, deadline Mon 03.04. 12:00
  stress: 'Durchatmen statt Durchhalten', // Wed 26.04. 13:30–16:00, online, Unfallkasse, Ebeling, stress management, free
  baurecht: 'Bauanträge sicher prüfen: Bauordnungsrecht in Sachsen-Anhalt', // Tue 02.05. 09:00–16:00, Rathaus Bismark, Studieninstitut, Heinemann, 230 €
  konflikte: 'Sand im Getriebe', // Thu 04.05. 13:00–16:30, KVHS-Bildungszentrum, KVHS, Möbius, team conflicts, for managers, 120 €
  standesamt: 'Personenstandsrecht aktuell: Neues für Standesämter', // Wed 17.05. 09:00–16:00, Rathaus Stendal, Studieninstitut, Wilhelm, 190 €
  bescheide: 'Bescheide, die halten: Verwaltungsakte rechtssicher formulieren', // Tue 30.05. 09:00–12:00, Rathaus Havelberg, Studieninstitut, Dr. Lindner, 180 €
  pruefung: 'Fit für die Prüfung', // Tue 06.06. 09:00–15:00, Landratsamt, Personalamt, Kraatz, exam preparation for trainees, free, 30 seats
  bewegung: 'Bewegte Pause', // Wed 14.06. 14:00–15:30, online, Unfallkasse, Ebeling, ergonomics / back pain, free
  waerme: 'Kommunale Wärmeplanung: Grundlagen für Bauämter', // draft (Wed 22.03.)
  social: 'Social Media für Behörden: Instagram, Mastodon und Co.', // draft (Tue 16.05.)
  telefon: 'Souverän am Telefon: Bürgeranrufe professionell führen', // cancelled (Fri 25.02.2028)
  barkasse: 'Barkasse sicher führen: Kassenprüfung im Alltag', // cancelled (Wed 19.04.2028)
  kvg: 'Das Kommunalverfassungsgesetz Sachsen-Anhalt im Überblick', // past (Thu 20 January 2028)
  elternzeit: 'Mutterschutz und Elternzeit: Das Wichtigste für Personalstellen', // past (Tue 25 January 2028)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.waerme, T.social, T.telefon, T.barkasse, T.kvg, T.elternzeit];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  {
    q: 'Was kostet der Excel-Kurs der Kreisvolkshochschule?',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 79 €'],
    mentions: ['Die Gebühr trägt die entsendende Dienststelle.'],
  },
  {
    q: 'Is the evening seminar on the municipal budget free of charge?',
    locale: 'en',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['is free of charge'],
  },
  // --- facts: when (two days), start time, duration --------------------------------------------------------------------
  {
    q: 'Wann findet das Seminar zu Protokollen und Niederschriften statt?',
    kind: 'facts',
    titles: [T.protokolle],
    says: ['am Mo., 06.03.2028 von 09:00 bis 15:00 Uhr'],
  },
  {
    q: 'An welchen Tagen findet das Seminar „Neu in der Verantwortung“ statt?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 30.03.2028 und Fr., 31.03.2028', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'What time does the registry office seminar start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.standesamt],
    says: ['starts on Wed, 17 May 2028 at 09:00'],
  },
  {
    q: 'Wie lange dauert die Schulung zur Informationssicherheit?',
    kind: 'facts',
    titles: [T.phishing],
    says: ['dauert 2,5 Stunden, von 09:00 bis 11:30 Uhr'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  {
    q: 'Where does the de-escalation training take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['takes place at Rathaus Tangermünde'],
  },
  {
    q: 'Findet das Datenschutz-Seminar online oder vor Ort statt?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: [/findet hybrid statt|oder online statt/, 'Landratsamt Stendal'],
  },
  {
    q: 'Is the OZG course held in person or online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ozg],
    says: ['takes place online'],
  },
  {
    q: 'Wer leitet den Lehrgang zum Bauordnungsrecht?',
    kind: 'facts',
    titles: [T.baurecht],
    says: ['leitet Herr Frank Heinemann'],
  },
  {
    q: 'Bis wann kann ich mich zum Seminar über Vergaberecht anmelden?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Mo., 03.04.2028, 12:00 Uhr'],
  },
  {
    q: 'What is the registration deadline for the English course for the service desk?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 11 Feb 2028, 23:59'],
  },
  {
    q: 'Sind beim Deeskalationstraining noch Plätze frei?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  {
    q: 'Are there still free seats in the exam preparation for trainees?',
    locale: 'en',
    kind: 'facts',
    titles: [T.pruefung],
    says: ['has 30 of 30 seats left'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  {
    conv: 'ersthelfer',
    q: 'Ich muss meine Ausbildung als Ersthelferin auffrischen. Gibt es dazu ein Seminar?',
    kind: 'list',
    titles: [T.ersteHilfe],
  },
  {
    conv: 'ersthelfer',
    q: 'Wann und wo findet das statt?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['am Do., 09.03.2028 von 08:30 bis 16:30 Uhr', 'im Rathaus Havelberg'],
  },
  {
    conv: 'ersthelfer',
    q: 'Wer trägt die Kosten dafür?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangskosten übernimmt die Unfallkasse Sachsen-Anhalt für ihre Mitgliedsbetriebe.'],
  },
  {
    conv: 'ki',
    q: 'Do you offer anything on artificial intelligence, for example ChatGPT?',
    locale: 'en',
    kind: 'list',
    titles: [T.ki],
  },
  {
    conv: 'ki',
    q: 'Can I attend it online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: [/is hybrid|or online/],
  },
  {
    conv: 'ki',
    q: 'Who is the trainer?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is led by Herr Tobias Wendt'],
  },
  {
    conv: 'ostern',
    q: 'Welche Seminare finden nach Ostern noch im April statt?',
    kind: 'list',
    titles: [T.deeskalation, T.vergabe, T.stress],
  },
  { conv: 'ostern', q: 'Welche davon sind kostenlos?', kind: 'list', ...only(T.deeskalation, T.stress) },
  // --- topic searches: words only in summary or description, synonyms, typos -------------------------------------------
  { q: 'Gibt es eine Schulung zu Phishing und IT-Sicherheit?', kind: 'list', titles: [T.phishing] },
  { q: 'Do you have a course on plain language?', locale: 'en', kind: 'list', titles: [T.schreiben] },
  { q: 'Haben Sie eine Exel-Schulung für mich?', kind: 'list', titles: [T.excel] },
  { q: 'Gibt es ein Seminar zum Vergaberceht?', kind: 'list', titles: [T.vergabe] },
  {
    q: 'Wie gehe ich mit aufgebrachten Bürgern am Schalter um? Gibt es dazu eine Schulung?',
    kind: 'list',
    titles: [T.deeskalation],
  },
  {
    q: 'I am a trainee and my final exam is coming up. Is there anything for me?',
    locale: 'en',
    kind: 'list',
    titles: [T.pruefung],
  },
  { q: 'Gibt es etwas zu Konflikten im Team?', kind: 'list', first: T.konflikte },
  // --- audience, provider, trainer, language ---------------------------------------------------------------------------
  {
    q: 'Ich bin seit Kurzem Führungskraft. Welche Seminare passen zu mir?',
    kind: 'list',
    ...only(T.fuehrung, T.konflikte),
  },
  {
    q: "Which courses does the county's IT department offer?",
    locale: 'en',
    kind: 'list',
    ...only(T.phishing, T.teams, T.eakte, T.ki, T.ozg),
  },
  { q: 'Welche Kurse gibt Frau Krüger?', kind: 'list', ...only(T.teams, T.eakte, T.ozg) },
  { q: 'Which seminars are held in English?', locale: 'en', kind: 'list', titles: [T.english] },
  // --- time: days, weeks, months, parts of a month, holidays -----------------------------------------------------------
  { q: 'Was findet morgen statt?', kind: 'list', titles: [T.excel] },
  { q: 'Gibt es übermorgen ein Seminar?', kind: 'list', titles: [T.datenschutz] },
  { q: 'Was läuft diese Woche noch?', kind: 'list', titles: [T.excel, T.datenschutz] },
  { q: 'Is there anything on this week?', locale: 'en', kind: 'list', titles: [T.excel, T.datenschutz] },
  {
    q: 'Welche Seminare gibt es nächste Woche?',
    kind: 'list',
    titles: [T.phishing, T.teams, T.english, T.haushalt],
  },
  {
    q: 'Was findet in den nächsten zwei Wochen statt?',
    kind: 'list',
    titles: [T.excel, T.datenschutz, T.phishing, T.teams, T.english, T.haushalt],
  },
  {
    q: 'Which seminars take place within the next 14 days?',
    locale: 'en',
    kind: 'list',
    titles: [T.excel, T.datenschutz, T.phishing, T.teams, T.english, T.haushalt],
  },
  {
    q: "What's on next month?",
    locale: 'en',
    kind: 'list',
    titles: [T.protokolle, T.ersteHilfe, T.eakte, T.schreiben, T.fuehrung],
  },
  { q: 'Was ist für Ende März geplant?', kind: 'list', titles: [T.schreiben, T.fuehrung] },
  {
    q: 'Welche Seminare gibt es im April?',
    kind: 'list',
    titles: [T.ki, T.ozg, T.deeskalation, T.vergabe, T.stress],
  },
  { q: 'Was ist Anfang Mai los?', kind: 'list', titles: [T.baurecht, T.konflikte] },
  // --- time of day, format, combinations -------------------------------------------------------------------------------
  { q: 'Welche Seminare finden nächste Woche vormittags statt?', kind: 'list', titles: [T.phishing, T.english] },
  { q: 'Anything next week in the afternoon?', locale: 'en', kind: 'list', titles: [T.teams] },
  { q: 'Gibt es auch Abendveranstaltungen?', kind: 'list', titles: [T.haushalt] },
  {
    q: 'Which online courses take place in the afternoon?',
    locale: 'en',
    kind: 'list',
    ...only(T.teams, T.stress, T.bewegung),
  },
  { q: 'Welche Online-Seminare gibt es nächste Woche?', kind: 'list', titles: [T.phishing, T.teams] },
  {
    q: 'Which in-person seminars are there in March?',
    locale: 'en',
    kind: 'list',
    titles: [T.protokolle, T.ersteHilfe, T.eakte, T.fuehrung],
  },
  // --- place -----------------------------------------------------------------------------------------------------------
  { q: 'Welche Seminare finden in Tangermünde statt?', kind: 'list', ...only(T.protokolle, T.deeskalation) },
  { q: 'Are there any seminars near Havelberg?', locale: 'en', kind: 'list', ...only(T.ersteHilfe, T.bescheide) },
  {
    q: 'Was findet im Landratsamt statt?',
    kind: 'list',
    ...only(T.datenschutz, T.fuehrung, T.ki, T.vergabe, T.pruefung),
  },
  { q: 'Gibt es ein Präsenzseminar in Tangerhütte?', kind: 'list', titles: [T.eakte] },
  // --- gone, drafts never shown, no match, greeting, thanks ------------------------------------------------------------
  { q: 'Wann findet das Telefontraining „Souverän am Telefon“ statt?', kind: 'gone', gone: T.telefon },
  { q: 'Was kostet die Schulung zur Barkasse?', kind: 'gone', gone: T.barkasse },
  {
    q: 'Wann war das Seminar zum Kommunalverfassungsgesetz?',
    kind: 'gone',
    gone: T.kvg,
    says: ['Do., 20.01.2028'],
  },
  {
    q: 'When is the seminar on Mutterschutz and Elternzeit for HR staff?',
    locale: 'en',
    kind: 'gone',
    gone: T.elternzeit,
    says: ['Tue, 25 Jan 2028'],
  },
  { q: 'Gibt es ein Seminar zur kommunalen Wärmeplanung?', kind: 'none' },
  { q: 'Is there a social media course for public authorities?', locale: 'en', kind: 'none' },
  { q: 'Bieten Sie einen Lehrgang für den Gabelstaplerschein an?', kind: 'none' },
  { q: 'Guten Morgen! Wobei können Sie mir helfen?', kind: 'help' },
  { q: 'Hello, what can you do for me?', locale: 'en', kind: 'help' },
  { q: 'Vielen Dank für Ihre Hilfe!', kind: 'thanks' },
];

heldoutSuite(
  'answering questions about a hundred-and-forty-eighth, independent catalogue (Landkreis Stendal, Studieninstitut Sachsen-Anhalt, Unfallkasse Sachsen-Anhalt)',
  {
    fixture: 'heldout148-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
