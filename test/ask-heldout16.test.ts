// Over-fitting check, sixteenth catalogue: the 2027 programme of the Kreis Düren (Kreishaus Düren, the Studieninstitut
// Aachen-Düren, the state's Digitallotsen programme, regio iT as IT provider) imported from a JSON file, and questions
// written the way employees ask, without looking at the parser or the answers. Same assertions as the other suites:
// exactly the expected seminars (best first where one is clearly best), the asked fact in the first sentence, never a
// draft, cancelled or past seminar.
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-03-16T14:00:00Z'); // Tuesday, 16 March 2027, 15:00 in Düren
const TZ = 'Europe/Berlin';

const T = {
  bfpdf: 'Barrierefreie PDF-Dokumente erstellen', // online, Wed 17.03.
  eakte: 'Die E-Akte im Kreis Düren: Grundlagen der elektronischen Aktenführung', // Kreishaus, Thu 18.03.
  deesk: 'Deeskalation am Bürgerschalter: schwierige Gesprächssituationen meistern', // Kreuzau, Tue 23.03., deadline passed
  infosec: 'Informationssicherheit am Arbeitsplatz: Phishing, Passwörter und sichere E-Mails', // online, Wed 24.03.
  erech: 'Die E-Rechnung im kommunalen Rechnungseingang', // online, Thu 25.03.
  m365: 'Microsoft 365 und Teams: gemeinsam an Dokumenten arbeiten', // online, Tue 06.04.
  vergabe: 'Vergaberecht kompakt: Beschaffung unterhalb der EU-Schwellenwerte', // Studieninstitut, Wed 07.04.
  ki: 'Künstliche Intelligenz im Verwaltungsalltag: Chancen, Grenzen, Regeln', // hybrid, Thu 08.04.
  dsgvo: 'Datenschutz in der Sachbearbeitung: DSGVO-Praxis für Kommunen', // Studieninstitut, 13.–14.04.
  mobil: 'Gut organisiert zwischen Büro und Zuhause', // online, Wed 14.04.
  ozg: 'Onlinedienste nach dem OZG: Anträge digital anbieten', // Kreishaus, Thu 15.04.
  excel: 'Excel im Haushalts- und Berichtswesen', // Jülich, 20.–21.04.
  lotsen: 'Qualifizierung Digitallotsinnen und Digitallotsen NRW – Modul 1', // hybrid, 21.–22.04.
  bau: 'Digitales Baugenehmigungsverfahren mit dem Bauportal NRW', // Jülich, Thu 22.04.
  projekt: 'Projektmanagement kompakt für kommunale Projekte', // Studieninstitut, 26.–28.04.
  euro: 'Digital Government in Europe: Lessons from Estonia and Denmark', // online, English, Thu 29.04.
  prozess: 'Prozessmanagement: Verwaltungsabläufe erheben und optimieren', // Studieninstitut, 04.–05.05.
  gesund: 'Gesund führen: Führungskräfte als Vorbild im digitalen Wandel', // Kreishaus, Mon 10.05.
  jahresg: 'Mitarbeiterjahresgespräche vorbereiten und führen', // online, Tue 11.05.
  schreiben: 'Verständlich schreiben: Bescheide und Bürgerbriefe klar formulieren', // online, Wed 12.05.
  english: 'English for Public Service: Phone Calls and Emails', // Kreishaus, English, 18. and 25.05.
  gis: 'Geodaten nutzen: Einstieg in das GIS-Portal des Kreises Düren', // Kreishaus, Thu 20.05.
  notfall: 'IT-Notfallmanagement: richtig reagieren bei Cyberangriffen', // regio iT Aachen, Wed 26.05.
  neufuehr: 'Neu in der Führungsrolle: Grundlagen der Mitarbeiterführung', // Studieninstitut, 01., 02. and 15.06.
  ausbild: 'Digital ausbilden: Ausbildungsbeauftragte im Wandel', // Linnich, Thu 03.06.
  gremien: 'Digitale Gremienarbeit mit dem Ratsinformationssystem', // Merzenich, Tue 08.06.
  social: 'Social Media für Pressestellen und Bürgerkommunikation', // Kreishaus, Thu 10.06.
  stress: 'Stressbewältigung und Resilienz im Arbeitsalltag', // Nideggen, 17.–18.06.
  chatbots: 'Chatbots für die Bürgerkommunikation', // draft
  scrum: 'Agiles Arbeiten mit Scrum in der Verwaltung', // draft
  powerbi: 'Power BI für Controlling und Berichtswesen', // cancelled
  rhetorik: 'Rhetorik und Präsentation für Nachwuchskräfte', // cancelled
  auftakt: 'Auftakt 2027: die Digitalstrategie des Kreises Düren', // past (3 February 2027)
  passwort: 'Passwortsicherheit und Zwei-Faktor-Anmeldung', // past (9 March 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.chatbots, T.scrum, T.powerbi, T.rhetorik, T.auftakt, T.passwort];
const offered = all.filter((t) => !NEVER.includes(t));

const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost --------------------------------------------------------------------------------------------------
  { q: 'Was kostet das Excel-Seminar in Jülich?', kind: 'facts', titles: [T.excel], says: ['kostet 280 €'] },
  { q: 'Ist die Schulung zur E-Akte kostenlos?', kind: 'facts', titles: [T.eakte], says: ['ist kostenlos'] },
  // --- facts: when, start time, duration ----------------------------------------------------------------------------
  {
    q: 'Wann findet der Projektmanagement-Kurs statt?',
    kind: 'facts',
    titles: [T.projekt],
    says: ['an 3 Tagen', '26.04.2027'],
  },
  {
    q: 'Um wie viel Uhr beginnt die E-Akte-Schulung?',
    kind: 'facts',
    titles: [T.eakte],
    says: ['beginnt am Do., 18.03.2027 um 09:00 Uhr'],
  },
  { q: 'Ab wann geht das Excel Seminar los?', kind: 'facts', titles: [T.excel], says: [/20\.04\.2027/, /08:30/] },
  { q: 'Wie lange dauert die GIS-Schulung?', kind: 'facts', titles: [T.gis], says: ['dauert 3 Stunden'] },
  {
    q: 'Wie viele Tage dauert Neu in der Führungsrolle?',
    kind: 'facts',
    titles: [T.neufuehr],
    says: ['dauert 3 Tage'],
  },
  // --- facts: where, trainer ----------------------------------------------------------------------------------------
  { q: 'Wo findet das Resilienzseminar statt?', kind: 'facts', titles: [T.stress], says: ['Burg Nideggen'] },
  {
    q: 'Wer leitet die Schulung zu barrierefreien PDFs?',
    kind: 'facts',
    titles: [T.bfpdf],
    says: ['Frau Jana Wolter'],
  },
  // --- facts: registration deadline, seats, format ------------------------------------------------------------------
  {
    q: 'Bis wann muss ich mich für Vergaberecht kompakt anmelden?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['anmelden', '24.03.2027'],
  },
  {
    q: 'Anmeldeschluss für das Deeskalationstraining?',
    kind: 'facts',
    titles: [T.deesk],
    says: ['abgelaufen', '12.03.2027'],
  },
  {
    q: 'Sind beim Prozessmanagement-Seminar noch Plätze frei?',
    kind: 'facts',
    titles: [T.prozess],
    says: ['noch 14 von 14 Plätzen frei'],
  },
  {
    q: 'Ist die E-Rechnung-Schulung online oder in Präsenz?',
    kind: 'facts',
    titles: [T.erech],
    says: ['findet online statt'],
  },
  {
    q: 'Kann ich beim KI-Seminar auch online teilnehmen?',
    kind: 'facts',
    titles: [T.ki],
    says: ['findet hybrid statt'],
  },
  // --- follow-ups in a conversation ---------------------------------------------------------------------------------
  {
    q: 'Wann ist das Seminar zum Vergaberecht?',
    conv: 'v',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['Mi., 07.04.2027 von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'Und wo findet der statt?',
    conv: 'v',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['Studieninstitut Aachen-Düren'],
  },
  { q: 'Was kostet das?', conv: 'v', kind: 'facts', titles: [T.vergabe], says: ['kostet 260 €'] },
  { q: 'Wer macht das?', conv: 'v', kind: 'facts', titles: [T.vergabe], says: ['Herr Dr. Stefan Wirtz'] },
  { q: 'Gibt es was zu ChatGPT?', conv: 'k', kind: 'list', titles: [T.ki] },
  { q: 'Ist das kostenlos?', conv: 'k', kind: 'facts', titles: [T.ki], says: ['ist kostenlos'] },
  { q: 'Und wann genau?', conv: 'k', kind: 'facts', titles: [T.ki], says: ['Do., 08.04.2027 von 09:00 bis 12:00 Uhr'] },
  // --- topic searches: colloquial wording, paraphrases only the description covers ---------------------------------
  { q: 'Ich brauche eine Fortbildung zur DSGVO', kind: 'list', titles: [T.dsgvo] },
  { q: 'Hab am Schalter öfter mal richtig aggressive Leute, gibts da ne Schulung?', kind: 'list', titles: [T.deesk] },
  {
    q: 'Gibt es einen Kurs, damit meine Briefe an Bürger weniger nach Amtsdeutsch klingen?',
    kind: 'list',
    titles: [T.schreiben],
  },
  { q: 'Suche Schulung zu öffentlichen Ausschreibungen', kind: 'list', titles: [T.vergabe] },
  { q: 'Gibt es eine Schulung, wie man Flurstücke findet?', kind: 'list', titles: [T.gis] },
  {
    q: 'Was tun bei einem Hackerangriff – gibt es dazu ein Seminar?',
    kind: 'list',
    first: T.notfall,
    includes: [T.notfall],
    excludes: offered.filter((t) => t !== T.notfall && t !== T.infosec),
  },
  { q: 'Gibt es was zum Thema Homeoffice?', kind: 'list', titles: [T.mobil] },
  {
    q: 'Ich soll bei uns Anträge ins Serviceportal bringen, welche Fortbildung passt da?',
    kind: 'list',
    titles: [T.ozg],
  },
  // --- German compounds ---------------------------------------------------------------------------------------------
  { q: 'Seminare zum Thema Führung', kind: 'list', ...only(T.gesund, T.jahresg, T.neufuehr) },
  { q: 'Ich suche was zu Rechnungen', kind: 'list', titles: [T.erech] },
  // --- typos --------------------------------------------------------------------------------------------------------
  { q: 'Informationssicherhiet Schulung', kind: 'list', first: T.infosec, ...only(T.infosec, T.notfall) },
  { q: 'Gibt es was zu Prozesmanagment?', kind: 'list', titles: [T.prozess] },
  { q: 'Wann ist der Projekmanagement Kurs?', kind: 'facts', titles: [T.projekt], says: ['an 3 Tagen'] },
  // --- date filters -------------------------------------------------------------------------------------------------
  { q: 'Was steht morgen an?', kind: 'list', titles: [T.bfpdf] },
  { q: 'Was gibt es diese Woche noch?', kind: 'list', titles: [T.bfpdf, T.eakte] },
  { q: 'Welche Seminare gibt es nächste Woche?', kind: 'list', titles: [T.deesk, T.infosec, T.erech] },
  {
    q: 'Was läuft in den nächsten zwei Wochen?',
    kind: 'list',
    titles: [T.bfpdf, T.eakte, T.deesk, T.infosec, T.erech],
  },
  {
    q: 'Welche Seminare gibt es im Juni?',
    kind: 'list',
    titles: [T.neufuehr, T.ausbild, T.gremien, T.social, T.stress],
  },
  // --- time of day, format, cost, length, language, seats -----------------------------------------------------------
  { q: 'Welche Online-Seminare sind nachmittags?', kind: 'list', ...only(T.infosec, T.m365, T.mobil, T.euro) },
  { q: 'Welche Seminare sind hybrid?', kind: 'list', ...only(T.ki, T.lotsen) },
  { q: 'Was ist nächste Woche vor Ort?', kind: 'list', titles: [T.deesk] },
  { q: 'Gibt es kostenlose Online-Seminare?', kind: 'list', ...only(T.infosec, T.erech, T.m365, T.euro) },
  { q: 'Was ist im April kostenlos?', kind: 'list', titles: [T.m365, T.ki, T.ozg, T.lotsen, T.bau, T.euro] },
  { q: 'Welche mehrtägigen Seminare gibt es im April?', kind: 'list', titles: [T.dsgvo, T.excel, T.lotsen, T.projekt] },
  { q: 'Gibt es auch Kurse auf Englisch?', kind: 'list', ...only(T.euro, T.english) },
  { q: 'Welche Seminare zum Datenschutz haben noch Plätze frei?', kind: 'list', titles: [T.dsgvo] },
  // --- place, trainer, provider, audience ---------------------------------------------------------------------------
  { q: 'Gibt es Fortbildungen in Jülich?', kind: 'list', ...only(T.excel, T.bau) },
  { q: 'Was findet im Mai im Kreishaus statt?', kind: 'list', titles: [T.gesund, T.english, T.gis] },
  { q: 'Welche Kurse gibt Herr Offermann?', kind: 'list', ...only(T.infosec, T.notfall) },
  { q: 'Was bietet die regio iT an?', kind: 'list', ...only(T.bfpdf, T.infosec, T.erech, T.m365, T.notfall) },
  {
    q: 'Ich bin Führungskraft, welche Seminare sind für mich?',
    kind: 'list',
    ...only(T.gesund, T.jahresg, T.neufuehr),
  },
  { q: 'Ich bin Ausbildungsbeauftragte – gibt es was für mich?', kind: 'list', titles: [T.ausbild] },
  // --- cancelled, past, draft, no match -----------------------------------------------------------------------------
  { q: 'Findet Power BI für Controlling noch statt?', kind: 'gone', gone: T.powerbi },
  { q: 'Wann ist das Rhetorikseminar für Nachwuchskräfte?', kind: 'gone', gone: T.rhetorik },
  { q: 'Kann ich die Auftaktveranstaltung zur Digitalstrategie noch besuchen?', kind: 'gone', gone: T.auftakt },
  { q: 'Gibt es den Kurs Passwortsicherheit und Zwei-Faktor-Anmeldung noch?', kind: 'gone', gone: T.passwort },
  { q: 'Gibt es einen Scrum-Kurs?', kind: 'none' },
  { q: 'Gibt es einen Gabelstaplerschein?', kind: 'none' },
  // --- greeting, help, my registrations -----------------------------------------------------------------------------
  { q: 'Hallo zusammen!', kind: 'help' },
  { q: 'Hilfe', kind: 'help' },
  { q: 'Für welche Seminare bin ich angemeldet?', kind: 'myRegistrations' },
  // --- English ------------------------------------------------------------------------------------------------------
  {
    q: 'How much is the data protection seminar?',
    locale: 'en',
    kind: 'facts',
    titles: [T.dsgvo],
    says: ['costs €390'],
  },
  {
    q: 'When is the procurement law course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['Wed, 7 Apr 2027 from 09:00 to 16:00'],
  },
  {
    q: 'Which online seminars are there in April 2027?',
    locale: 'en',
    kind: 'list',
    titles: [T.m365, T.mobil, T.euro],
  },
  { q: 'Are there any courses held in English?', locale: 'en', kind: 'list', ...only(T.euro, T.english) },
  { q: 'Who teaches the GIS course?', locale: 'en', kind: 'facts', titles: [T.gis], says: ['Herr Björn Dohmen'] },
  { q: 'Is the AI seminar online?', locale: 'en', kind: 'facts', titles: [T.ki], says: ['is hybrid'] },
  { q: 'Anything on working from home?', locale: 'en', kind: 'list', titles: [T.mobil] },
  {
    q: 'When does English for Public Service start?',
    locale: 'en',
    conv: 'e',
    kind: 'facts',
    titles: [T.english],
    says: ['starts on Tue, 18 May 2027 at 14:00'],
  },
  { q: 'Where is it?', locale: 'en', conv: 'e', kind: 'facts', titles: [T.english], says: ['Kreishaus Düren'] },
  { q: "What's on next week?", locale: 'en', kind: 'list', titles: [T.deesk, T.infosec, T.erech] },
  { q: 'Do you have a forklift licence course?', locale: 'en', kind: 'none' },
  { q: 'Hi there', locale: 'en', kind: 'help' },
];

heldoutSuite('answering questions about a sixteenth, independent catalogue (Kreis Düren)', {
  fixture: 'heldout16-catalogue.json',
  now,
  timeZone: TZ,
  cases: CASES,
  titles: all,
  never: NEVER,
});
