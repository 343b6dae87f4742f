// Over-fitting check, seventy-seventh catalogue: the 2028 spring programme of the Landkreis Ludwigsburg (Baden-Württemberg)
// with Komm.ONE (municipal IT), the Verwaltungsschule des Gemeindetags Baden-Württemberg, the county's Fachbereich
// Personal und Organisation and the continuing education of the Hochschule für öffentliche Verwaltung und Finanzen
// Ludwigsburg, for the county and its towns (Ludwigsburg, Bietigheim-Bissingen, Kornwestheim, Vaihingen an der Enz,
// Marbach am Neckar, Freiberg am Neckar), imported from a JSON file. Seminars take place in the Landratsamt Ludwigsburg
// (Hindenburgstraße), in the Hochschule Ludwigsburg (Reuteallee), online or hybrid. Several titles do not name their
// subject ("Sauber beschaffen von A bis Z" is procurement law, "Der neue Kollege kann schreiben" AI assistants, "Klar
// entschieden, klar geschrieben" writing official notices, "Ohne Papier ans Ziel" the electronic file, "Klare Grenzen,
// ruhiger Ton" de-escalation, "Kraft tanken im Arbeitsalltag" stress), so only summary, description or topics reveal
// it; one seminar is held in English (the Welcome Desk workshop, whose registration deadline has passed); the committee
// service course is open to the towns only and has two trainers. Questions are plain acceptance-check questions, one kind
// each, with extra weight on facts and short follow-ups, written without looking at the parser or the answers. Same
// assertions as the other suites: exactly the expected seminars (best first where one is clearly best), the asked fact in
// the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Wednesday 16 February 2028, 10:00 in Ludwigsburg, winter time; summer time begins Sun 26.03.2028;
// 2028 is a leap year):
//   this week:  nothing more today; Thu 17.02. 13:30–15:30 phishing (online, tomorrow), Fri 18.02. 09:00–12:00 data
//               protection (hybrid, Landratsamt)
//   next week:  Mon 21.02. morning (stress, online), Tue 22.02. afternoon (E-Akte, hybrid), Wed 23.02. morning (English,
//               Landratsamt, deadline passed Wed 09.02.), Thu 24.02. afternoon (accessibility, online)
//   then:       Tue 29.02. procurement (Landratsamt, deadline Tue 22.02. 23:59)
//   March:      Tue/Wed 07./08. budget law; 15. committee service; Mon 20.03. (CET) and Mon 27.03. (CEST) the two-day
//               leadership course across the DST change (Hochschule); Tue 21. AI (hybrid, Hochschule); Fri 24.
//               de-escalation; Wed 29. land-use planning — all but leadership and AI in the Landratsamt; the cancelled
//               social-media course on Thu 09.03.
//   April:      Tue 04. OZG/service-bw (online), Thu/Fri 06./07. project management (Hochschule), Wed 12. back health
//               (online), Wed 26. first aid (Landratsamt), Thu 27. official notices (Hochschule); Easter 14.–17.04.; the
//               cancelled PowerPoint course on Tue 18.04.
//   May:        Tue 09. staff appraisals (Landratsamt), Tue 16. Microsoft Teams (online); the draft driving-safety training
//               on Fri 05.05.
//   later:      Wed 14.06. TVöD grading (Hochschule); the draft land-valuation course on Wed 21.06.; Tue/Wed 01./02.08.
//               induction days for trainees (Landratsamt).
//   past:       Thu 27.01.2028 property tax review, Tue 08.02.2028 winter road service.
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-02-16T09:00:00Z'); // Wednesday, 16 February 2028, 10:00 in Ludwigsburg (CET)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Nicht jeder Anhang ist harmlos', // Thu 17.02.2028 13:30–15:30, online, Komm.ONE, Brenner, phishing, free
  datenschutz: 'Daten schützen, Vertrauen sichern: Datenschutz im Bürgerkontakt', // Fri 18.02. 09:00–12:00, hybrid (Landratsamt), DSGVO, free
  stress: 'Kraft tanken im Arbeitsalltag', // Mon 21.02. 09:00–12:30, online, stress management, free, 18 seats
  eakte: 'Ohne Papier ans Ziel', // Tue 22.02. 13:00–16:00, hybrid (Landratsamt), Komm.ONE, Maurer, E-Akte, free
  english: 'Welcome Desk English: Serving International Clients at the Counter', // Wed 23.02. 09:00–12:30, Landratsamt, English, 120 €, deadline passed Wed 09.02. 23:59
  barriere: 'Für alle lesbar: Dokumente und Webseiten ohne Hürden', // Thu 24.02. 13:00–16:00, online, Komm.ONE, Pfisterer, accessibility, free
  vergabe: 'Sauber beschaffen von A bis Z', // Tue 29.02. 09:00–16:00, Landratsamt, VWS, Walz, 245 €, deadline Tue 22.02. 23:59, procurement
  haushalt: 'Kommunales Haushaltsrecht kompakt', // Tue 07.03. and Wed 08.03. 09:00–16:00, Landratsamt, VWS, 360 €, NKHR/Doppik
  sitzungsdienst: 'Von der Einladung bis zum Beschluss: Sitzungsdienst kompakt', // Wed 15.03. 09:00–15:30, Landratsamt, VWS, Schray und Eisele, 195 €, towns only
  fuehrung: 'Neu in der Führungsrolle', // Mon 20.03. (CET) and Mon 27.03. (CEST) 09:00–16:30, Hochschule, 590 €, Kessler, new managers
  ki: 'Der neue Kollege kann schreiben', // Tue 21.03. 13:00–16:00, hybrid (Hochschule), Komm.ONE, Hofmeister, artificial intelligence, free
  deeskalation: 'Klare Grenzen, ruhiger Ton', // Fri 24.03. 09:00–15:00, Landratsamt, 140 €, 14 seats, aggressive visitors
  bauleitplanung: 'Baurecht für die Gemeindeverwaltung: Pläne lesen und verstehen', // Wed 29.03. 09:00–15:00 (CEST), Landratsamt, VWS, 185 €, Bebauungsplan
  ozg: 'Anträge rund um die Uhr: Online-Dienste mit service-bw', // Tue 04.04. 09:00–12:00, online, Komm.ONE, Brenner, OZG, free
  projekt: 'Projekte sicher ins Ziel bringen', // Thu 06.04. and Fri 07.04. 09:00–16:00, Hochschule, Rieger, 420 €, project management
  ruecken: 'Bewegt durch den Bürotag', // Wed 12.04. 12:00–13:30, online, back health, free
  ersteHilfe: 'Im Notfall richtig handeln: Ausbildung zur Ersthelferin und zum Ersthelfer', // Wed 26.04. 08:30–16:30, Landratsamt, free (Unfallkasse BW), 16 seats
  bescheide: 'Klar entschieden, klar geschrieben', // Thu 27.04. 09:00–16:00, Hochschule, Oswald, 210 €, official notices
  gespraeche: 'Gespräche auf Augenhöhe', // Tue 09.05. 09:00–16:00, Landratsamt, 150 €, staff appraisals, for managers, Kessler
  teams: 'Besser zusammenarbeiten mit Microsoft Teams', // Tue 16.05. 09:00–12:00, online, Komm.ONE, Maurer, free
  tvoed: 'Richtig eingruppiert: Tarifrecht im TVöD', // Wed 14.06. 09:00–16:00, Hochschule, VWS, Demir, 230 €
  azubis: 'Startklar: Einführungstage für Auszubildende und Studierende', // Tue 01.08. and Wed 02.08. 09:00–15:00, Landratsamt, free
  fahren: 'Sicher unterwegs: Fahrsicherheitstraining für Dienstfahrten', // draft
  boden: 'Bodenrichtwerte und Gutachterausschuss: Grundlagen der Wertermittlung', // draft
  social: 'Social Media fürs Rathaus: Instagram und Facebook mit Plan', // cancelled (Thu 09.03.2028)
  powerpoint: 'Folien, die wirken: Präsentieren mit PowerPoint', // cancelled (Tue 18.04.2028)
  grundsteuer: 'Grundsteuer B nach dem Landesgrundsteuergesetz: Bilanz nach drei Jahren', // past (Thu 27 January 2028)
  winterdienst: 'Glatteis, Schnee, Haftung: Winterdienst und Verkehrssicherungspflicht', // past (Tue 8 February 2028)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.fahren, T.boden, T.social, T.powerpoint, T.grundsteuer, T.winterdienst];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  {
    q: 'Was kostet das Seminar zum kommunalen Haushaltsrecht?',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['kostet 360 €'],
  },
  {
    q: 'Muss ich für die Erste-Hilfe-Ausbildung etwas bezahlen?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Kosten übernimmt die Unfallkasse Baden-Württemberg.'],
  },
  {
    q: 'How much does the project management seminar cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.projekt],
    says: ['costs €420'],
  },
  // --- facts: when (across the DST change), start time, duration -------------------------------------------------------
  {
    q: 'Wann findet das Seminar für neue Führungskräfte statt?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Mo., 20.03.2028 und Mo., 27.03.2028', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    q: 'When is the E-Akte training?',
    locale: 'en',
    kind: 'facts',
    titles: [T.eakte],
    says: ['takes place on Tue, 22 Feb 2028 from 13:00 to 16:00'],
  },
  {
    q: 'Um wie viel Uhr beginnt die Erste-Hilfe-Ausbildung?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['beginnt am Mi., 26.04.2028 um 08:30 Uhr'],
  },
  {
    q: 'What time does the de-escalation training start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['starts on Fri, 24 Mar 2028 at 09:00'],
  },
  {
    q: 'Wie lange dauert der Kurs zur Rückengesundheit?',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['dauert 1,5 Stunden, von 12:00 bis 13:30 Uhr'],
  },
  {
    q: 'How long is the budget law course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['lasts 2 days, each from 09:00 to 16:00'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  {
    q: 'Wo findet das Seminar zur Bauleitplanung statt?',
    kind: 'facts',
    titles: [T.bauleitplanung],
    says: ['im Landratsamt Ludwigsburg'],
  },
  {
    q: 'Where does the TVöD grading course take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.tvoed],
    says: ['at Hochschule für öffentliche Verwaltung und Finanzen Ludwigsburg'],
  },
  {
    q: 'Findet die Schulung zur Barrierefreiheit online statt?',
    kind: 'facts',
    titles: [T.barriere],
    says: ['findet online statt'],
  },
  {
    q: 'Is the data protection course online or in person?',
    locale: 'en',
    kind: 'facts',
    titles: [T.datenschutz],
    says: [/is hybrid|or online/],
  },
  {
    q: 'Wer leitet das Seminar zum Projektmanagement?',
    kind: 'facts',
    titles: [T.projekt],
    says: ['leitet Prof. Dr. Markus Rieger'],
  },
  {
    q: 'Who is the trainer of the accessibility course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.barriere],
    says: ['is led by Herr Lukas Pfisterer'],
  },
  {
    q: 'Bis wann kann ich mich zum Vergabeseminar anmelden?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Di., 22.02.2028, 23:59 Uhr'],
  },
  {
    q: 'What is the registration deadline for the Welcome Desk English workshop?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Wed, 9 Feb 2028, 23:59'],
  },
  {
    q: 'Sind im Deeskalationstraining noch Plätze frei?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['noch 14 von 14 Plätzen frei'],
  },
  {
    q: 'How many seats are left in the first aid course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['has 16 of 16 seats left'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  { conv: 'druck', q: 'Wie gehe ich besser mit Druck bei der Arbeit um?', kind: 'list', titles: [T.stress] },
  {
    conv: 'druck',
    q: 'Und wann?',
    kind: 'facts',
    titles: [T.stress],
    says: ['am Mo., 21.02.2028 von 09:00 bis 12:30 Uhr'],
  },
  { conv: 'druck', q: 'Ist der online?', kind: 'facts', titles: [T.stress], says: ['findet online statt'] },
  {
    conv: 'einkauf',
    q: 'Wir müssen neue Büromöbel ausschreiben – gibt es dazu eine Schulung?',
    kind: 'list',
    titles: [T.vergabe],
  },
  { conv: 'einkauf', q: 'Wie teuer ist der?', kind: 'facts', titles: [T.vergabe], says: ['kostet 245 €'] },
  { conv: 'einkauf', q: 'Wer leitet das?', kind: 'facts', titles: [T.vergabe], says: ['leitet Herr Jürgen Walz'] },
  {
    conv: 'gemeinderat',
    q: 'Ich soll künftig im Gemeinderat Protokoll führen – welcher Kurs passt?',
    kind: 'list',
    titles: [T.sitzungsdienst],
  },
  {
    conv: 'gemeinderat',
    q: 'Wer leitet den?',
    kind: 'facts',
    titles: [T.sitzungsdienst],
    says: ['leiten Frau Petra Schray und Herr Martin Eisele'],
  },
  {
    conv: 'gemeinderat',
    q: 'Wie lange dauert das?',
    kind: 'facts',
    titles: [T.sitzungsdienst],
    says: ['dauert 6,5 Stunden, von 09:00 bis 15:30 Uhr'],
  },
  { conv: 'ai', q: 'Is there any training on artificial intelligence?', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    conv: 'ai',
    q: 'Who runs it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is led by Frau Dr. Lea Hofmeister'],
  },
  {
    conv: 'ai',
    q: 'How long does it take?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['lasts 3 hours, from 13:00 to 16:00'],
  },
  { conv: 'teams', q: 'Is there a course on Microsoft Teams?', locale: 'en', kind: 'list', titles: [T.teams] },
  { conv: 'teams', q: 'Is it online?', locale: 'en', kind: 'facts', titles: [T.teams], says: ['takes place online'] },
  // --- topic searches: everyday words, words only in summary or description, synonyms ----------------------------------
  { q: 'How can I spot a fake email?', locale: 'en', kind: 'list', titles: [T.phishing] },
  { q: 'Wir wollen weg von den Papierakten – gibt es dazu eine Schulung?', kind: 'list', titles: [T.eakte] },
  { q: 'Gibt es eine Schulung zum Onlinezugangsgesetz?', kind: 'list', titles: [T.ozg] },
  { q: 'Wie formuliere ich einen Bescheid verständlich?', kind: 'list', titles: [T.bescheide] },
  {
    q: 'Ich sitze den ganzen Tag am Schreibtisch und habe Nackenschmerzen – gibt es da was?',
    kind: 'list',
    titles: [T.ruecken],
  },
  { q: 'Wie mache ich ein PDF barrierefrei?', kind: 'list', titles: [T.barriere] },
  { q: 'Was tun, wenn Besucher am Schalter aggressiv werden?', kind: 'list', titles: [T.deeskalation] },
  { q: 'Gibt es was zur Wiederbelebung?', kind: 'list', titles: [T.ersteHilfe] },
  {
    q: 'Ich muss bald Jahresgespräche mit meinen Mitarbeitenden führen – gibt es dazu ein Seminar?',
    kind: 'list',
    first: T.gespraeche,
  },
  // --- typos -----------------------------------------------------------------------------------------------------------
  { q: 'Seminar Vergaberecth', kind: 'list', titles: [T.vergabe] },
  { q: 'Projektmanagment Schulung', kind: 'list', titles: [T.projekt] },
  { q: 'Datenschtuz Schulung', kind: 'list', titles: [T.datenschutz] },
  // --- filters: dates, time of day, format, place, cost, length, provider, trainer --------------------------------------
  { q: 'Was gibt es diese Woche noch?', kind: 'list', titles: [T.phishing, T.datenschutz] },
  { q: 'Was läuft nächste Woche?', kind: 'list', titles: [T.stress, T.eakte, T.english, T.barriere] },
  { q: 'Was gibt es nächste Woche nachmittags?', kind: 'list', titles: [T.eakte, T.barriere] },
  { q: 'Welche Online-Seminare gibt es im April?', kind: 'list', titles: [T.ozg, T.ruecken] },
  {
    q: 'Was findet im März im Landratsamt statt?',
    kind: 'list',
    titles: [T.haushalt, T.sitzungsdienst, T.deeskalation, T.bauleitplanung],
  },
  {
    q: 'Welche Seminare finden in der Hochschule in der Reuteallee statt?',
    kind: 'list',
    ...only(T.fuehrung, T.ki, T.projekt, T.bescheide, T.tvoed),
  },
  { q: 'Welche kostenlosen Präsenzseminare gibt es?', kind: 'list', ...only(T.ersteHilfe, T.azubis) },
  { q: 'Welche Seminare dauern mehrere Tage?', kind: 'list', ...only(T.haushalt, T.fuehrung, T.projekt, T.azubis) },
  {
    q: 'Was bietet die Verwaltungsschule des Gemeindetags an?',
    kind: 'list',
    ...only(T.vergabe, T.haushalt, T.sitzungsdienst, T.bauleitplanung, T.tvoed),
  },
  { q: 'Welche Seminare hält Tobias Brenner?', kind: 'list', ...only(T.phishing, T.ozg) },
  // --- gone, drafts never shown, no match, greeting --------------------------------------------------------------------
  {
    q: 'Wann war die Veranstaltung zur Grundsteuer?',
    kind: 'gone',
    gone: T.grundsteuer,
    says: ['hat bereits am Do., 27.01.2028 stattgefunden'],
  },
  { q: 'Wann ist das Seminar zum Winterdienst?', kind: 'gone', gone: T.winterdienst, says: ['Di., 08.02.2028'] },
  { q: 'Was kostet der Social-Media-Kurs?', kind: 'gone', gone: T.social, says: ['wurde abgesagt'] },
  { q: 'When is the PowerPoint course?', locale: 'en', kind: 'gone', gone: T.powerpoint, says: ['has been cancelled'] },
  { q: 'Gibt es ein Fahrsicherheitstraining?', kind: 'none' },
  { q: 'Gibt es einen Excel-Kurs?', kind: 'none' },
  { q: 'Is there a forklift course?', locale: 'en', kind: 'none' },
  { q: 'Grüß Gott!', kind: 'help' },
  { q: 'Good morning!', locale: 'en', kind: 'help' },
];

heldoutSuite('answering questions about a seventy-seventh, independent catalogue (Landkreis Ludwigsburg, Komm.ONE)', {
  fixture: 'heldout77-catalogue.json',
  now,
  timeZone: TZ,
  cases: CASES,
  titles: all,
  never: NEVER,
});
