// Over-fitting check, fourth catalogue: the 2027 programme of the Kreis Mettmann (Bildungszentrum des Kreises, the
// Verwaltungs- und Wirtschaftsakademie, the state's Digitallotsen programme) imported from a JSON file, and questions
// written the way clerks and team leads ask, without looking at the parser or the answers. Same assertions as the other
// suites: exactly the expected seminars (best first where one is clearly best), the asked fact in the first sentence,
// never a draft, cancelled or past seminar.
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-02-08T07:30:00Z'); // Monday, 8 February 2027, 08:30 in Mettmann
const TZ = 'Europe/Berlin';

const T = {
  outlook: 'Outlook effizient nutzen: die E-Mail-Flut in den Griff bekommen', // online, Tue 9 Feb, deadline passed 5 Feb
  erechnung: 'E-Rechnung in der Kommune: XRechnung empfangen, prüfen und buchen', // online, Mon 15 Feb, free
  m365: 'Microsoft 365 im Team: Zusammenarbeit mit Teams, SharePoint und OneDrive', // online, 16 + 18 Feb
  infosec: 'Informationssicherheit am Arbeitsplatz: Basiswissen für alle Beschäftigten', // online, Thu 18 Feb, free
  mobil: 'Mobiles Arbeiten gut organisieren: Selbstmanagement zwischen Büro und Zuhause', // online, Fri 19 Feb, free
  prompts: 'KI-Assistenten im Büroalltag: gute Prompts für E-Mails, Vermerke und Protokolle', // online, Tue 23 Feb 14–17, free
  dsgvo: 'Datenschutz im Verwaltungsalltag – DSGVO kompakt', // Rathaus Hilden, Wed 24 Feb
  deeskalation: 'Souverän im Bürgerkontakt: Deeskalation in schwierigen Gesprächen', // Rathaus Velbert, Thu 25 Feb
  eakte: 'Die E-Akte sicher nutzen: Grundlagen der digitalen Schriftgutverwaltung', // hybrid Kreishaus, Tue 2 Mar, free
  english: 'English for Public Sector Staff: Meetings, Phone Calls and Emails', // online, en, Wed 3–24 Mar 15:00
  gesund: 'Gesund führen: Belastungen im Team erkennen und gegensteuern', // Haan, Thu 4 Mar, Führungskräfte
  excel: 'Excel im Verwaltungsalltag – Aufbaukurs: Pivot-Tabellen, SVERWEIS und Diagramme', // Velbert, 8–9 Mar
  ki: 'Künstliche Intelligenz in der Verwaltung: Chancen, Grenzen, Praxis', // hybrid Kreishaus, Thu 11 Mar
  isb: 'Ausbildung zur bzw. zum Informationssicherheitsbeauftragten in der Kommune', // Kreishaus, 16–18 Mar
  sprache: 'Verständlich schreiben: bürgernahe Sprache in Bescheiden und Briefen', // online, Thu 18 Mar 13:00
  zeit: 'Zeit- und Selbstmanagement: Prioritäten setzen im Arbeitsalltag', // Rathaus Langenfeld, Tue 23 Mar
  netzwerk: 'Netzwerktreffen der Digitallotsinnen und Digitallotsen im Kreis Mettmann', // online, Wed 24 Mar, free
  agil: 'Agile Methoden in der Verwaltung: Scrum und Kanban praktisch erproben', // Rathaus Erkrath, Tue 30 Mar
  distanz: 'Führen auf Distanz: hybride Teams erfolgreich leiten', // online, 8 + 15 Apr, Führungskräfte
  barrierefrei: 'Barrierefreie Dokumente mit Word und PDF erstellen', // online, Wed 14 Apr 13:00
  lotsen: 'Qualifizierung zur Digitallotsin bzw. zum Digitallotsen – Jahrgang 2027', // Rathaus Ratingen, 4 days Apr–Jun, free
  europe: 'Digital Government in Europe: Lessons from Estonia and Denmark', // online, en, Wed 21 Apr, free
  prozess: 'Prozessmanagement in der Kommune: Abläufe erheben, modellieren und optimieren', // Kreishaus, 27–28 Apr
  vergabe: 'Vergaberecht aktuell: Unterschwellenvergabe und E-Vergabe', // Rathaus Hilden, Thu 29 Apr
  social: 'Social Media in der Öffentlichkeitsarbeit: Instagram, Facebook & Co.', // hybrid Ratingen, Thu 6 May
  ozg: 'OZG und Onlinedienste: Verwaltungsleistungen digital anbieten', // Rathaus Erkrath, Wed 12 May
  ausbilder: 'Ausbildung gestalten: Auszubildende und Studierende gut begleiten', // Haan, Wed 19 May
  projekt: 'Projektmanagement kompakt für die öffentliche Verwaltung', // Rathaus Monheim am Rhein, 25–26 May
  haushalt: 'Kommunales Haushaltsrecht (NKF) für Einsteigerinnen und Einsteiger', // Kreishaus, 8–10 Jun
  powerapps: 'Low-Code-Apps mit Microsoft Power Apps', // draft
  videokonferenz: 'Barrierefreie Videokonferenzen moderieren', // draft
  beteiligung: 'Digitale Bürgerbeteiligung mit Online-Plattformen', // cancelled
  wissen: 'Wissensmanagement: Erfahrungswissen im Team sichern', // cancelled
  auftakt: 'Jahresauftakt 2027: die Digitalstrategie des Kreises Mettmann', // past (20 January 2027)
  phishingAlt: 'Sicher unterwegs im Netz: Phishing-Mails erkennen', // past (3 February 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.powerapps, T.videokonferenz, T.beteiligung, T.wissen, T.auftakt, T.phishingAlt];
const offered = all.filter((t) => !NEVER.includes(t));

const only = onlyAmong(all, NEVER);
/** This seminar first; the others named may follow, nothing else. */
const firstOf = (first: string, ...tolerated: string[]) => ({
  first,
  includes: [first],
  excludes: offered.filter((t) => t !== first && !tolerated.includes(t)),
});

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  { q: 'Was kostet der Excel-Aufbaukurs?', kind: 'facts', titles: [T.excel], says: ['kostet 260 €'] },
  {
    q: 'Wie teuer ist die ISB-Ausbildung?',
    kind: 'facts',
    titles: [T.isb],
    says: ['kostet 1.150 €'],
    mentions: ['inkl. Prüfungsgebühr und Zertifikat'],
  },
  {
    q: 'Muss unsere Kommune für die Digitallotsen-Qualifizierung was bezahlen?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['ist kostenlos'],
    mentions: ['Die Kosten trägt das Land NRW'],
  },
  // --- facts: when, start, duration ---------------------------------------------------------------------------------
  {
    q: 'Wann ist das Seminar zur E-Akte?',
    kind: 'facts',
    titles: [T.eakte],
    says: ['Di., 02.03.2027 von 09:00 bis 13:00 Uhr'],
  },
  {
    q: 'Um wie viel Uhr fängt der Datenschutzkurs an?',
    kind: 'facts',
    titles: [T.dsgvo],
    says: ['beginnt am Mi., 24.02.2027 um 09:00 Uhr'],
  },
  {
    q: 'Wie lange geht das Seminar zum mobilen Arbeiten?',
    kind: 'facts',
    titles: [T.mobil],
    says: ['dauert 3 Stunden'],
  },
  { q: 'Wie viele Tage dauert der Projektmanagement-Kurs?', kind: 'facts', titles: [T.projekt], says: ['2 Tage'] },
  // --- facts: where, format, trainer --------------------------------------------------------------------------------
  { q: 'Wo findet das Vergaberecht-Seminar statt?', kind: 'facts', titles: [T.vergabe], says: ['Rathaus Hilden'] },
  {
    q: 'Findet der Kurs zu künstlicher Intelligenz in der Verwaltung online statt?',
    kind: 'facts',
    titles: [T.ki],
    says: ['hybrid', 'Kreishaus Mettmann'],
  },
  {
    q: 'Wer leitet das Prozessmanagement-Seminar?',
    kind: 'facts',
    titles: [T.prozess],
    says: ['Frau Dr. Anja Reuter und Herr Timo Beck'],
  },
  // --- facts: deadline, seats -----------------------------------------------------------------------------------------
  {
    q: 'Bis wann muss ich mich fürs Vergabe-Seminar anmelden?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['09.04.2027'],
  },
  {
    q: 'Kann ich mich für den Outlook-Kurs noch anmelden?',
    kind: 'facts',
    titles: [T.outlook],
    says: ['Anmeldefrist', '05.02.2027'],
  },
  {
    q: 'Sind beim Zeitmanagement-Seminar noch Plätze frei?',
    kind: 'facts',
    titles: [T.zeit],
    says: ['noch 15 von 15 Plätzen frei'],
  },
  // --- a conversation: search, then follow-ups ----------------------------------------------------------------------
  { conv: 'prozess', q: 'Hat jemand was zu Prozessmanagement?', kind: 'list', titles: [T.prozess] },
  {
    conv: 'prozess',
    q: 'Wann findet der statt?',
    kind: 'facts',
    titles: [T.prozess],
    says: ['an 2 Tagen', 'Di., 27.04.2027'],
  },
  { conv: 'prozess', q: 'Und wo?', kind: 'facts', titles: [T.prozess], says: ['Kreishaus Mettmann'] },
  { conv: 'prozess', q: 'Was kostet das?', kind: 'facts', titles: [T.prozess], says: ['kostet 420 €'] },
  {
    conv: 'rechnung',
    q: 'Wer leitet die Schulung zur E-Rechnung?',
    kind: 'facts',
    titles: [T.erechnung],
    says: ['Frau Birgit Scholz'],
  },
  { conv: 'rechnung', q: 'Ist das online?', kind: 'facts', titles: [T.erechnung], says: ['findet online statt'] },
  {
    conv: 'rechnung',
    q: "Gibt's da noch freie Plätze?",
    kind: 'facts',
    titles: [T.erechnung],
    says: ['noch 40 von 40 Plätzen frei'],
  },
  // --- topic searches, colloquial -----------------------------------------------------------------------------------
  { q: "Gibt's was zu Informationssicherheit?", kind: 'list', ...only(T.infosec, T.isb) },
  { q: 'Ich bräuchte was zu Phishing', kind: 'list', titles: [T.infosec] },
  { q: "Gibt's was zu ChatGPT?", kind: 'list', ...only(T.ki, T.prompts) },
  // --- typos and compounds ------------------------------------------------------------------------------------------
  { q: 'Gibt es ein Seminar zu Prozesmanagment?', kind: 'list', titles: [T.prozess] },
  { q: 'Suche eine Datenschuts-Schulung', kind: 'list', titles: [T.dsgvo] },
  { q: "Was gibt's zum Vergabrecht?", kind: 'list', titles: [T.vergabe] },
  { q: "Gibt's was zu Rechnungen?", kind: 'list', titles: [T.erechnung] },
  { q: 'Gibt es was zum Haushalt?', kind: 'list', titles: [T.haushalt] },
  // --- paraphrases that only the summary or description covers ----------------------------------------------------
  {
    q: "Ein Bürger will wissen, welche Daten wir über ihn gespeichert haben. Gibt's dazu eine Schulung?",
    kind: 'list',
    titles: [T.dsgvo],
  },
  { q: 'Wie mache ich unsere Formulare für Blinde lesbar?', kind: 'list', titles: [T.barrierefrei] },
  {
    q: 'Am Schalter werden die Leute immer öfter aggressiv – gibt es da ein Training?',
    kind: 'list',
    titles: [T.deeskalation],
  },
  { q: 'Ich muss demnächst Aufträge ausschreiben, gibt es dazu was?', kind: 'list', titles: [T.vergabe] },
  {
    q: 'Wir wollen, dass Bürger ihre Anträge online stellen können – wer schult das?',
    kind: 'list',
    ...firstOf(T.ozg, T.lotsen),
  },
  { q: "Gibt's was zum Thema Homeoffice?", kind: 'list', ...firstOf(T.mobil, T.distanz) },
  {
    q: 'Meine Leute sind total erschöpft und überlastet, was kann ich als Chefin tun?',
    kind: 'list',
    ...firstOf(T.gesund, T.distanz),
  },
  {
    q: 'Wie scannt man Papierpost richtig ein, damit man das Original vernichten darf?',
    kind: 'list',
    titles: [T.eakte],
  },
  { q: "Gibt's was, wie man Bescheide ohne Amtsdeutsch schreibt?", kind: 'list', titles: [T.sprache] },
  { q: "Wir kriegen neue Azubis – gibt's was für die Betreuung?", kind: 'list', titles: [T.ausbilder] },
  // --- date and time-of-day filters (sorted by date) ----------------------------------------------------------------
  { q: 'Was ist nächste Woche los?', kind: 'list', titles: [T.erechnung, T.m365, T.infosec, T.mobil] },
  { q: 'Was läuft morgen?', kind: 'list', titles: [T.outlook] },
  {
    q: 'Welche Seminare gibt es in den nächsten zwei Wochen?',
    kind: 'list',
    titles: [T.outlook, T.erechnung, T.m365, T.infosec, T.mobil],
  },
  { q: "Gibt's im März auch was am Nachmittag?", kind: 'list', titles: [T.english, T.sprache] },
  { q: 'Welche Online-Seminare gibt es im April?', kind: 'list', titles: [T.distanz, T.barrierefrei, T.europe] },
  {
    q: 'Gibt es im Februar noch kostenlose Online-Seminare?',
    kind: 'list',
    titles: [T.erechnung, T.infosec, T.mobil, T.prompts],
  },
  {
    q: 'Welche Online-Kurse im Februar sind vormittags?',
    kind: 'list',
    titles: [T.outlook, T.erechnung, T.m365, T.infosec, T.mobil],
  },
  // --- place, trainer, provider, audience, cost, length, language -------------------------------------------------
  { q: 'Was gibt es in Velbert?', kind: 'list', ...only(T.deeskalation, T.excel) },
  { q: 'Was läuft im Kreishaus Mettmann?', kind: 'list', ...only(T.eakte, T.ki, T.isb, T.prozess, T.haushalt) },
  { q: 'Welche Kurse hat Frau Engels?', kind: 'list', ...only(T.mobil, T.zeit) },
  {
    q: 'Was bietet die VWA an?',
    kind: 'list',
    ...only(T.english, T.ki, T.isb, T.prozess, T.vergabe, T.ozg, T.haushalt),
  },
  { q: 'Was gibt es vom Landesprogramm Digitallotsen?', kind: 'list', ...only(T.prompts, T.netzwerk, T.lotsen) },
  { q: 'Ich bin Führungskraft – welche Seminare sind für mich?', kind: 'list', ...only(T.gesund, T.distanz) },
  {
    q: 'Welche Seminare sind kostenlos?',
    kind: 'list',
    ...only(T.erechnung, T.infosec, T.mobil, T.prompts, T.eakte, T.netzwerk, T.lotsen, T.europe),
  },
  {
    q: 'Gibt es mehrtägige Präsenzseminare?',
    kind: 'list',
    ...only(T.excel, T.isb, T.lotsen, T.prozess, T.projekt, T.haushalt),
  },
  { q: 'Gibt es auch Kurse auf Englisch?', kind: 'list', ...only(T.english, T.europe) },
  // --- gone: cancelled and past seminars asked for by name ----------------------------------------------------------
  { q: 'Wann findet das Seminar zur digitalen Bürgerbeteiligung statt?', kind: 'gone', gone: T.beteiligung },
  { q: 'Was kostet das Wissensmanagement-Seminar?', kind: 'gone', gone: T.wissen },
  { q: 'Wann war der Jahresauftakt zur Digitalstrategie?', kind: 'gone', gone: T.auftakt },
  { q: 'Kann ich mich noch für „Sicher unterwegs im Netz“ anmelden?', kind: 'gone', gone: T.phishingAlt },
  // --- nothing matches (a draft is no match either), greeting, help -------------------------------------------------
  { q: 'Gibt es was zu Power Apps?', kind: 'none' },
  { q: 'Gibt es einen Erste-Hilfe-Kurs?', kind: 'none' },
  { q: 'Hallo!', kind: 'help' },
  { q: 'Was kannst du alles?', kind: 'help' },
  // --- English ----------------------------------------------------------------------------------------------------------
  {
    conv: 'en',
    locale: 'en',
    q: 'Is there a course on English for phone calls and meetings?',
    kind: 'list',
    titles: [T.english],
  },
  { conv: 'en', locale: 'en', q: 'How much does it cost?', kind: 'facts', titles: [T.english], says: ['costs €240'] },
  {
    conv: 'en',
    locale: 'en',
    q: 'When does it start?',
    kind: 'facts',
    titles: [T.english],
    says: ['starts on Wed, 3 Mar 2027 at 15:00'],
  },
  { locale: 'en', q: 'Are there any courses in English?', kind: 'list', ...only(T.english, T.europe) },
  { locale: 'en', q: 'Anything on AI next month?', kind: 'list', titles: [T.ki] },
  { locale: 'en', q: 'Is there anything in English in April 2027?', kind: 'list', titles: [T.europe] },
  {
    locale: 'en',
    q: 'Where does the Excel course take place?',
    kind: 'facts',
    titles: [T.excel],
    says: ['Rathaus Velbert'],
  },
  {
    locale: 'en',
    q: 'Who is the speaker of the talk on digital government in Europe?',
    kind: 'facts',
    titles: [T.europe],
    says: ['is led by Dr. Henrik Madsen'],
  },
  {
    locale: 'en',
    q: 'Which online seminars are there next week?',
    kind: 'list',
    titles: [T.erechnung, T.m365, T.infosec, T.mobil],
  },
  { locale: 'en', q: 'Hello', kind: 'help' },
];

heldoutSuite('answering questions about a fourth, independent catalogue (Kreis Mettmann)', {
  fixture: 'heldout4-catalogue.json',
  now,
  timeZone: TZ,
  cases: CASES,
  titles: all,
  never: NEVER,
});
