// Over-fitting check, fifty-first catalogue: the 2027 in-house training programme of the Große Kreisstadt Freising
// (Upper Bavaria, about 50,000 inhabitants), organised by its Personalamt and open, course by course, to the staff of the
// neighbouring Gemeinden Neufahrn b.Freising and Hallbergmoos. Courses by the town's own staff (IT-Abteilung,
// behördliche Datenschutzbeauftragte, Fachkraft für Arbeitssicherheit, Personalamt), by the Bayerische
// Verwaltungsschule (BVS), the municipal IT provider AKDB, the BRK and freelance trainers, held in three places
// (Rathaus Freising, Großer Sitzungssaal; Städtischer Bauhof, Schulungsraum; Stadtbücherei Freising), online, and once
// hybrid; one short course in English for the twinning office. Imported from a JSON file and asked about the way staff
// of a small town administration type in a chat (short, informal, Bavarian greetings, a few long questions with
// context, some in English), written without looking at the parser or the answers. Same assertions as the other
// suites: exactly the expected seminars (best first where one is clearly best), the asked fact in the first sentence,
// never a draft, cancelled or past seminar.
//
// Calendar around `now` (Tuesday 13 April 2027, 09:30 in Freising, summer time since Sun 28.03.2027):
//   past:       Wed 10.03. Windows 11 (CET, Bauhof); Thu 08.04. cash handling (Rathaus) — both "past"
//   this week:  Thu 15.04. 13:30–16:00 Outlook (Bauhof, 10 seats)
//   next week:  Wed 21.04. 09:00–11:30 Teams (online); Thu 22.04. 13:30–16:00 telephone (online, deadline passed 09.04.)
//   then:       Mon 26.04. E-Akte (Bauhof); Wed 28.04. information security (online); Thu 29.04. English (Bücherei)
//   May:        Tue 04.05. citizen portal (hybrid, Rathaus); Tue 11.05. data protection (Bücherei); [Wed 12.05. Excel,
//               cancelled]; Pentecost Sun 16.05./Mon 17.05.; week after Pentecost: Wed 19.05. fire safety (Bauhof),
//               Thu 20.05. letters (Rathaus, BVS, deadline Fri 30.04.)
//   June:       Mon 07.06.+Tue 08.06. leadership (Rathaus, BVS, 390 €); Wed 09.06. de-escalation (Rathaus, 180 €);
//               Thu 10.06. first aid (Bauhof); [Tue 15.06. social media, draft]; Wed 16.06. ergonomics (Bücherei);
//               Tue 22.06. time management (Bücherei, 120 €); [Thu 24.06. rhetoric, cancelled]; Wed 30.06. appraisal
//               interviews (Rathaus)
//   July:       Mon 12.07.+Tue 13.07. project management (Bücherei, BVS, 340 €); [Wed 21.07. back exercises, draft]
//   autumn:     Tue 19.10. council information system (online, CEST); Tue 09.11. municipal budget (Rathaus, CET after
//               Sun 31.10.2027)
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-04-13T07:30:00Z'); // Tuesday, 13 April 2027, 09:30 in Freising (CEST)
const TZ = 'Europe/Berlin';

const T = {
  outlook: 'Outlook clever nutzen: E-Mails, Kalender und Aufgaben', // Thu 15.04.2027 13:30–16:00, Bauhof, IT-Abteilung, Gruber, free, 10 seats, Freising only
  teams: 'Besser zusammenarbeiten mit Microsoft Teams', // Wed 21.04. 09:00–11:30, online, IT-Abteilung, Gruber, free
  telefon: 'Gut ankommen am Telefon: Freundlich und kompetent am Apparat', // Thu 22.04. 13:30–16:00, online, Lindner, 60 €, deadline passed Fri 09.04. 12:00
  eakte: 'Papierlos im Amt: Einstieg in die E-Akte', // Mon 26.04. 08:30–12:00, Bauhof, IT-Abteilung (DMS), free, 10 seats, Freising only
  infosec: 'Klick mit Köpfchen: Informationssicherheit am Arbeitsplatz', // Wed 28.04. 13:30–15:30, online, phishing, free
  english: 'Welcoming Our Partner Towns: English for Twinning Visits', // Thu 29.04. 13:30–16:30, Stadtbücherei, English, 80 €, 8 seats, no waitlist
  portal: 'Das neue Bürgerserviceportal: Online-Anträge bearbeiten', // Tue 04.05. 09:00–12:00, hybrid (Rathaus), AKDB, free
  datenschutz: 'Datenschutz im Rathausalltag: DSGVO-Grundlagen', // Tue 11.05. 09:00–12:00, Stadtbücherei, data protection officer, free
  brandschutz: "Wenn's brennt: Ausbildung zur Brandschutzhelferin und zum Brandschutzhelfer", // Wed 19.05. 08:00–12:00, Bauhof, free
  briefe: 'Klar und freundlich: Briefe und Bescheide bürgernah schreiben', // Thu 20.05. 09:00–16:00, Rathaus, BVS, Dr. Baumann, 195 €, deadline Fri 30.04. 23:59
  fuehrung: 'Führungswerkstatt für Teamleitungen: Vom Kollegen zur Führungskraft', // Mon 07.06.+Tue 08.06. 09:00–16:00, Rathaus, BVS, 390 €, deadline Fri 14.05. 23:59
  konflikt: 'Ruhe bewahren am Schalter: Deeskalation im Bürgerkontakt', // Wed 09.06. 09:00–16:30, Rathaus, Lindner, 180 €, 10 seats
  ersteHilfe: 'Erste Hilfe im Betrieb: Ausbildung für Ersthelferinnen und Ersthelfer', // Thu 10.06. 08:00–16:00, Bauhof, BRK, free (KUVB pays)
  ergonomie: 'Gesund am Bildschirm: Ergonomie am Büroarbeitsplatz', // Wed 16.06. 13:30–15:30, Stadtbücherei, Arbeitssicherheit, free
  zeit: 'Den Tag im Griff: Zeit- und Selbstmanagement', // Tue 22.06. 09:00–16:00, Stadtbücherei, Moser, 120 €
  gespraech: 'Das Mitarbeitergespräch: Vorbereiten, führen, dokumentieren', // Wed 30.06. 13:00–16:30, Rathaus, Personalamt, Reiter, free, team leaders
  projekt: 'Projekte planen und steuern: Grundlagen des Projektmanagements', // Mon 12.07.+Tue 13.07. 09:00–16:00, Stadtbücherei, BVS, 340 €
  ratsinfo: 'Sitzungsdienst digital: Vorlagen und Protokolle im Ratsinformationssystem', // Tue 19.10. 09:00–12:00, online, AKDB, free
  haushalt: 'Zahlen bitte: Der kommunale Haushalt für Nicht-Kämmerer', // Tue 09.11. 09:00–16:00 (CET), Rathaus, BVS, 210 €, Doppik
  socialMedia: 'Posten für die Stadt: Social Media in der Verwaltung', // draft (Tue 15.06., Stadtbücherei)
  ruecken: 'Bewegte Pause: Rückenfit im Büroalltag', // draft (Wed 21.07., Rathaus)
  excel: 'Excel-Grundlagen: Tabellen sicher erstellen', // cancelled (Wed 12.05., Bauhof, AKDB)
  rhetorik: 'Souverän reden in Sitzungen: Rhetorik-Grundlagen', // cancelled (Thu 24.06., Rathaus, BVS)
  windows: 'Umstieg auf Windows 11: Was sich am Arbeitsplatz ändert', // past (Wed 10 March 2027, Bauhof)
  kasse: 'Sicher an der Kasse: Umgang mit Bargeld und Falschgeld', // past (Thu 8 April 2027, Rathaus)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.socialMedia, T.ruecken, T.excel, T.rhetorik, T.windows, T.kasse];
const offered = all.filter((t) => !NEVER.includes(t));

const ONLINE: string[] = [T.teams, T.telefon, T.infosec, T.ratsinfo];

const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  { q: 'Was kostet das Deeskalationstraining?', kind: 'facts', titles: [T.konflikt], says: ['kostet 180 €'] },
  {
    q: 'How much does the project management course cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.projekt],
    says: ['costs €340'],
  },
  {
    q: 'Kostet der Erste-Hilfe-Kurs eigentlich was?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Kommunale Unfallversicherung Bayern (KUVB).'],
  },
  // --- facts: when, start time, duration -------------------------------------------------------------------------------
  {
    q: 'Wann ist die Führungswerkstatt?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Mo., 07.06.2027 und Di., 08.06.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'When is the fire safety training?',
    locale: 'en',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['takes place on Wed, 19 May 2027 from 08:00 to 12:00'],
  },
  {
    q: 'Grüß Gott, wann ist denn der Haushaltskurs?',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['am Di., 09.11.2027 von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'Um wieviel Uhr geht die Ergonomie-Schulung los?',
    kind: 'facts',
    titles: [T.ergonomie],
    says: ['beginnt am Mi., 16.06.2027 um 13:30 Uhr'],
  },
  {
    q: 'Wie lang geht der Kurs zum Zeitmanagement?',
    kind: 'facts',
    titles: [T.zeit],
    says: ['dauert 7 Stunden, von 09:00 bis 16:00 Uhr'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  {
    q: 'Wo ist die Datenschutzschulung?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['in der Stadtbücherei Freising'],
  },
  { q: 'Wo findet die E-Akte-Schulung statt?', kind: 'facts', titles: [T.eakte], says: ['Bauhof, Schulungsraum'] },
  {
    q: 'Ist die Schulung zum Bürgerserviceportal online oder muss ich ins Rathaus?',
    kind: 'facts',
    titles: [T.portal],
    says: [/findet hybrid statt|oder online/],
  },
  {
    q: 'Wer ist Referent beim Kurs zum Briefe schreiben?',
    kind: 'facts',
    titles: [T.briefe],
    says: ['leitet Herr Dr. Wolfgang Baumann'],
  },
  {
    q: 'Bis wann muss ich mich für die Führungswerkstatt anmelden?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['bis Fr., 14.05.2027, 23:59 Uhr'],
  },
  {
    q: 'Ist die Anmeldefrist fürs Telefontraining schon vorbei?',
    kind: 'facts',
    titles: [T.telefon],
    says: ['ist am Fr., 09.04.2027, 12:00 Uhr abgelaufen'],
  },
  {
    q: 'Sind beim Outlook-Kurs noch Plätze frei?',
    kind: 'facts',
    titles: [T.outlook],
    says: ['noch 10 von 10 Plätzen frei'],
  },
  {
    q: 'How many places are left in the English course for the twinning visits?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['has 8 of 8 seats left'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  { conv: 'phishing', q: "Servus, gibt's was zu Phishing-Mails?", kind: 'list', titles: [T.infosec] },
  {
    conv: 'phishing',
    q: 'Und wann is des?',
    kind: 'facts',
    titles: [T.infosec],
    says: ['am Mi., 28.04.2027 von 13:30 bis 15:30 Uhr'],
  },
  {
    conv: 'phishing',
    q: 'Muss ich da ins Rathaus kommen?',
    kind: 'facts',
    titles: [T.infosec],
    says: ['findet online statt'],
  },
  {
    conv: 'gespraech',
    q: "Ich bin seit Kurzem Teamleiterin im Bürgerbüro und muss im Sommer zum ersten Mal die Mitarbeitergespräche mit meinen Leuten führen. Gibt's dazu eine Schulung?",
    kind: 'list',
    titles: [T.gespraech],
  },
  {
    conv: 'gespraech',
    q: 'Wie lange dauert das?',
    kind: 'facts',
    titles: [T.gespraech],
    says: ['dauert 3,5 Stunden, von 13:00 bis 16:30 Uhr'],
  },
  {
    conv: 'gespraech',
    q: 'Und wer macht das?',
    kind: 'facts',
    titles: [T.gespraech],
    says: ['leitet Frau Claudia Reiter'],
  },
  {
    conv: 'twinning',
    q: 'Is there anything in English for the twinning office?',
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  {
    conv: 'twinning',
    q: 'Where is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['at Stadtbücherei Freising'],
  },
  { conv: 'twinning', q: 'Is it free?', locale: 'en', kind: 'facts', titles: [T.english], says: ['costs €80'] },
  // --- topic searches: colloquial wording, words only the summary or description has, compounds, synonyms --------------
  { q: "Gibt's was zum neuen Bürgerportal?", kind: 'list', titles: [T.portal] },
  { q: 'Hallo, gibt es eigentlich eine Teams-Schulung?', kind: 'list', titles: [T.teams] },
  { q: 'Wie funktioniert eigentlich die E-Akte?', kind: 'list', titles: [T.eakte] },
  { q: 'Ersthelfer Ausbildung', kind: 'list', titles: [T.ersteHilfe] },
  {
    q: "Ich komm mit meiner Arbeit nie hinterher, verzettel mich dauernd und hab nur Stress – gibt's da was?",
    kind: 'list',
    first: T.zeit,
  },
  { q: 'Wie schreibt man verständliche Bescheide?', kind: 'list', titles: [T.briefe] },
  { q: 'Grüß Gott, gibt es eine Schulung zum Datenschutz?', kind: 'list', titles: [T.datenschutz] },
  {
    q: "Am Schalter werden manche Bürger richtig ausfallend. Gibt's ein Seminar, wie man da ruhig bleibt?",
    kind: 'list',
    first: T.konflikt,
  },
  { q: "Mir tut vom vielen Sitzen der Rücken weh – gibt's was zur Ergonomie?", kind: 'list', titles: [T.ergonomie] },
  { q: 'Any training on how to answer the phone properly?', locale: 'en', kind: 'list', titles: [T.telefon] },
  {
    q: "Wir sollen ein Projekt zur Digitalisierung vom Standesamt aufsetzen – gibt's da was Grundsätzliches dazu?",
    kind: 'list',
    first: T.projekt,
  },
  {
    q: "Ich versteh unseren Haushaltsplan nicht so recht – gibt's einen Kurs zur Doppik?",
    kind: 'list',
    titles: [T.haushalt],
  },
  { q: 'Gibt es was zum Ratsinformationssystem?', kind: 'list', titles: [T.ratsinfo] },
  { q: 'Wo lerne ich, wie man einen Feuerlöscher richtig benutzt?', kind: 'list', titles: [T.brandschutz] },
  // --- typos -----------------------------------------------------------------------------------------------------------
  { q: 'Projektmanagment Seminar', kind: 'list', titles: [T.projekt] },
  { q: 'Outlok Kurs', kind: 'list', titles: [T.outlook] },
  { q: 'Brandschuzhelfer Schulung', kind: 'list', titles: [T.brandschutz] },
  { q: 'telephone trainig', locale: 'en', kind: 'list', titles: [T.telefon] },
  // --- filters: dates, place, format, trainer, provider, audience, cost, length, free seats ----------------------------
  { q: "Was gibt's nächste Woche?", kind: 'list', titles: [T.teams, T.telefon] },
  { q: 'Was läuft so im Mai?', kind: 'list', titles: [T.portal, T.datenschutz, T.brandschutz, T.briefe] },
  { q: 'Is in der Woche nach Pfingsten irgendwas?', kind: 'list', titles: [T.brandschutz, T.briefe] },
  { q: 'Welche Kurse sind im Bauhof?', kind: 'list', ...only(T.outlook, T.eakte, T.brandschutz, T.ersteHilfe) },
  {
    q: 'Was findet in der Bücherei statt?',
    kind: 'list',
    ...only(T.english, T.datenschutz, T.ergonomie, T.zeit, T.projekt),
  },
  {
    q: 'Welche Schulungen laufen online?',
    kind: 'list',
    // The hybrid citizen-portal course is neither required nor ruled out.
    includes: ONLINE,
    excludes: offered.filter((t) => !ONLINE.includes(t) && t !== T.portal),
  },
  { q: 'Welche Kurse hält die Frau Lindner?', kind: 'list', ...only(T.telefon, T.konflikt) },
  { q: 'Was bietet die BVS an?', kind: 'list', ...only(T.briefe, T.fuehrung, T.projekt, T.haushalt) },
  { q: 'Gibt es was für Teamleiter?', kind: 'list', ...only(T.fuehrung, T.gespraech) },
  {
    q: 'Anything free of charge in May?',
    locale: 'en',
    kind: 'list',
    titles: [T.portal, T.datenschutz, T.brandschutz],
  },
  { q: 'Which seminars run over several days?', locale: 'en', kind: 'list', ...only(T.fuehrung, T.projekt) },
  {
    q: 'Welche Präsenzkurse im Juni haben noch Plätze frei?',
    kind: 'list',
    titles: [T.fuehrung, T.konflikt, T.ersteHilfe, T.ergonomie, T.zeit, T.gespraech],
  },
  // --- gone, no match, greeting ----------------------------------------------------------------------------------------
  { q: 'Wann ist der Excel-Kurs?', kind: 'gone', gone: T.excel },
  { q: 'Findet das Rhetorik-Seminar noch statt?', kind: 'gone', gone: T.rhetorik },
  { q: 'Wann war die Windows-11-Schulung?', kind: 'gone', gone: T.windows, says: ['Mi., 10.03.2027'] },
  {
    q: 'When was the training on cash handling and counterfeit money?',
    locale: 'en',
    kind: 'gone',
    gone: T.kasse,
    says: ['Thu, 8 Apr 2027'],
  },
  { q: "Gibt's an Kurs für den Staplerschein?", kind: 'none' },
  { q: 'Habt ihr was zur Baumkontrolle?', kind: 'none' },
  { q: 'Do you offer a Spanish course?', locale: 'en', kind: 'none' },
  { q: 'Grüß Gott!', kind: 'help' },
  { q: 'Hi!', locale: 'en', kind: 'help' },
];

heldoutSuite(
  'answering questions about a fifty-first, independent catalogue (Stadt Freising with Neufahrn and Hallbergmoos)',
  {
    fixture: 'heldout51-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
