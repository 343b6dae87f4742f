// Over-fitting check, twenty-fourth catalogue: the 2027 programme of the Technologiezentrum Glehn (TZG) of the
// Rhein-Kreis Neuss (TZG Akademie Glehn in Korschenbroich, Kreishaus Grevenbroich, Rathaus Neuss, online), with the
// Studieninstitut für kommunale Verwaltung, ITK Rheinland as IT provider and the Land NRW's three-day qualification of the
// kommunale Digitallotsen, imported from a JSON file. Titles mix plain wording with catchy ones whose content words are
// only in the summary or description; questions are written the way employees ask, without looking at the parser or the
// answers. Same assertions as the other suites: exactly the expected seminars (best first where one is clearly best), the
// asked fact in the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Europe/Berlin, winter time until Sun 28.03.2027): this week Mon 18.–Sun 24.01. (Wed 20. =
// übermorgen), next week Mon 25.–Sun 31.01., nothing from Sat 30.01. to Tue 02.02.; next month = February.
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-01-18T09:00:00Z'); // Monday, 18 January 2027, 10:00 in Korschenbroich (winter time, UTC+1)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Vorsicht, Köder: Phishing erkennen und richtig melden', // Wed 20.01.2027 09:00–12:00, online, ITK, free, 40
  teams: 'Gemeinsam statt per Mail: Zusammenarbeit in Microsoft Teams', // Thu 21.01.2027 13:30–16:00, online, Brandt, 60 €
  eakte: 'Die E-Akte im Alltag: Ablage, Aktenplan und Vorgangsbearbeitung', // Tue 26.01.2027 09:00, Kreishaus, free, rkn/grevenbroich/rommerskirchen
  moderation: 'Workshops lebendig moderieren: Methoden für Besprechungen und Beteiligung', // Thu 28.01.2027 13:30, Rathaus Neuss, deadline passed Fri 15.01. 12:00
  stress: 'Gelassen bleiben, wenn es brennt: Stressbewältigung im Büroalltag', // Fri 29.01.2027 09:00, Glehn, free, Hollmann
  excel: 'Excel-Werkstatt: Formeln, Filter und Pivot-Tabellen', // Wed 03.02. and Wed 10.02.2027 08:30–12:00, online, Brandt, 140 €
  fuehrung: 'Führen im digitalen Wandel: Mitarbeitende durch Veränderungen begleiten', // Thu 11.02. and 18.02.2027, Glehn, Führungskräfte
  mobil: 'Arbeiten von überall: gut organisiert zwischen Büro und Küchentisch', // Fri 12.02.2027 09:00–12:00, online, free
  change: 'Managing Change in Public Administration', // Wed 17.02.2027, Glehn, English, managers, 260 €
  lotsen: 'Kommunale Digitallotsen NRW: Qualifizierung 2027', // 23.–25.02.2027 09:00–16:30, Glehn, Land NRW, 980 € (half paid by the Land), deadline Fri 05.02.
  scrum: 'Sprint für Sprint: agile Projekte in der Verwaltung', // 03.–04.03.2027, Glehn, 420 €, Schüller, deadline Wed 17.02. 23:59
  prozess: 'Prozessmanagement in der Verwaltung', // Mon 08.–Tue 09.03.2027 09:00–16:00, Rathaus Neuss, Studieninstitut
  infosec: 'Informationssicherheit in der Kommune: Grundlagen für Beauftragte und IT-Verantwortliche', // 16.–17.03.2027, Glehn, ITK, 14 seats
  sprache: 'Texte für alle: Leichte Sprache und verständliche Bescheide', // Tue 23.03.2027 13:00–16:30, online
  ideen: 'Ideen zünden: Innovationsmanagement für Kommunen', // Thu 25.03.2027, Glehn, Görtz
  datenschutz: 'Datenschutz am Arbeitsplatz: personenbezogene Daten richtig behandeln', // Wed 14.04.2027 09:00, Rathaus Neuss, 180 €
  ozg: 'Online-Dienste nach dem OZG: Verwaltungsleistungen digital anbieten', // Tue 20.04.2027 09:00, online, ITK, free
  smartCity: 'Smart City Basics: Data, Sensors and Digital Services', // Thu 22.04.2027 14:00–16:00, online, English, free
  automate: 'Weniger Klicks: Power Automate im Büroalltag', // Tue 27.04.2027 09:00, online, 12 seats
  social: 'Gut ankommen im Netz: Social Media für Städte und Gemeinden', // Thu 06.05.2027 13:00, Rathaus Neuss, 160 €
  ki: 'Schreibhilfe aus der Maschine: Sprachmodelle sinnvoll im Büro nutzen', // Tue 11.05.2027 13:00, hybrid, Kreishaus
  notfall: 'Wenn die IT ausfällt: Notfallplanung für Fachbereiche', // Wed 19.05.2027, Kreishaus, ITK
  daten: 'Daten erzählen lassen: Einstieg in Datenanalyse und Open Data', // Tue 01.06.2027, Glehn
  einkauf: 'IT-Einkauf leicht gemacht: Software und Cloud-Dienste beschaffen', // Thu 10.06.2027, Kreishaus
  signatur: 'Elektronische Signatur und Siegel im Verwaltungsverfahren', // draft
  chatbots: 'Chatbots im Bürgerservice: Erfahrungen aus dem Pilotbetrieb', // draft
  canva: 'Grafiken gestalten mit Canva', // cancelled
  zehnfinger: 'Zehnfingerschreiben am PC', // cancelled
  neujahr: 'Neujahrsempfang des TZG 2027 mit Impulsvortrag', // past (Tue 12.01.2027)
  barcamp: 'Barcamp Verwaltung digital 2026', // past (Fri 27.11.2026)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.signatur, T.chatbots, T.canva, T.zehnfinger, T.neujahr, T.barcamp];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  { q: 'Was kostet der Scrum-Kurs?', kind: 'facts', titles: [T.scrum], says: ['kostet 420 €'] },
  { q: 'Was kostet das Datenschutzseminar?', kind: 'facts', titles: [T.datenschutz], says: ['kostet 180 €'] },
  {
    q: 'Muss man für das Phishing-Training etwas bezahlen?',
    kind: 'facts',
    titles: [T.phishing],
    says: ['ist kostenlos'],
  },
  // --- facts: when, start time, duration -------------------------------------------------------------------------------
  {
    q: 'An welchen Tagen ist die Excel-Werkstatt?',
    kind: 'facts',
    titles: [T.excel],
    says: ['an 2 Tagen', 'Mi., 03.02.2027 und Mi., 10.02.2027', 'jeweils von 08:30 bis 12:00 Uhr'],
  },
  {
    q: 'Wann ist das Seminar zum Prozessmanagement?',
    kind: 'facts',
    titles: [T.prozess],
    says: ['an 2 Tagen', 'Mo., 08.03.2027 und Di., 09.03.2027'],
  },
  {
    q: 'Um wie viel Uhr geht die Teams-Schulung los?',
    kind: 'facts',
    titles: [T.teams],
    says: ['beginnt am Do., 21.01.2027 um 13:30 Uhr'],
  },
  {
    q: 'Wie viele Tage dauert die Qualifizierung für Digitallotsen?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['dauert 3 Tage', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    q: 'Wie lange geht der Kurs zum mobilen Arbeiten?',
    kind: 'facts',
    titles: [T.mobil],
    says: ['dauert 3 Stunden', 'von 09:00 bis 12:00 Uhr'],
  },
  // --- facts: where, format, trainer -----------------------------------------------------------------------------------
  { q: 'Wo findet die E-Akte-Schulung statt?', kind: 'facts', titles: [T.eakte], says: ['im Kreishaus Grevenbroich'] },
  {
    q: 'Wo findet das Seminar zur Leichten Sprache statt?',
    kind: 'facts',
    titles: [T.sprache],
    says: ['findet online statt'],
  },
  {
    q: 'Findet die Schulung zu künstlicher Intelligenz online oder vor Ort statt?',
    kind: 'facts',
    titles: [T.ki],
    says: ['findet hybrid statt'],
  },
  {
    q: 'Ist das Datenschutzseminar eine Präsenzveranstaltung?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['findet in Präsenz statt', 'im Rathaus Neuss'],
  },
  {
    q: 'Wer leitet den Workshop zum Innovationsmanagement?',
    kind: 'facts',
    titles: [T.ideen],
    says: ['leitet Herr Daniel Görtz'],
  },
  // --- facts: registration deadline, seats ------------------------------------------------------------------------------
  {
    q: 'Bis wann muss ich mich zum Scrum-Kurs anmelden?',
    kind: 'facts',
    titles: [T.scrum],
    says: ['bis Mi., 17.02.2027, 23:59 Uhr'],
  },
  {
    q: 'Bis wann kann man sich für das Moderationstraining anmelden?',
    kind: 'facts',
    titles: [T.moderation],
    says: ['abgelaufen', 'Fr., 15.01.2027, 12:00 Uhr'],
  },
  {
    q: 'Gibt es im Lehrgang zur Informationssicherheit noch freie Plätze?',
    kind: 'facts',
    titles: [T.infosec],
    says: ['noch 14 von 14 Plätzen frei'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  {
    conv: 'lotsen',
    q: 'Ich soll Digitallotsin für unsere Gemeinde werden – gibt es dafür eine Schulung?',
    kind: 'list',
    titles: [T.lotsen],
  },
  {
    conv: 'lotsen',
    q: 'Und wo findet der statt?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['in der TZG Akademie Glehn'],
  },
  {
    conv: 'lotsen',
    q: 'Was kostet das?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['kostet 980 €'],
    mentions: ['Hälfte'],
  },
  { conv: 'social', q: 'Gibt es eine Fortbildung zu Social Media?', kind: 'list', titles: [T.social] },
  { conv: 'social', q: 'Und wo findet der statt?', kind: 'facts', titles: [T.social], says: ['im Rathaus Neuss'] },
  { conv: 'social', q: 'Was kostet das?', kind: 'facts', titles: [T.social], says: ['kostet 160 €'] },
  // --- topic searches: colloquial wording, words only the summary or description has -----------------------------------
  { q: 'Ich würde gern lernen, wie man KI im Büro nutzt.', kind: 'list', titles: [T.ki] },
  { q: 'Ich arbeite viel im Homeoffice – gibt es dazu ein Seminar?', kind: 'list', first: T.mobil },
  { q: 'Was gibt es zum Thema Sicherheit?', kind: 'list', ...only(T.phishing, T.infosec, T.notfall) },
  { q: 'Wie erkenne ich gefälschte E-Mails?', kind: 'list', titles: [T.phishing] },
  { q: 'Wie kann ich die Arbeitsabläufe in meinem Amt schlanker machen?', kind: 'list', first: T.prozess },
  { q: 'Gibt es einen Kurs zu Design Thinking?', kind: 'list', titles: [T.ideen] },
  { q: 'Wie schreibe ich Briefe, die Bürgerinnen und Bürger auch verstehen?', kind: 'list', first: T.sprache },
  { q: 'Kann man bei euch lernen, Routineaufgaben zu automatisieren?', kind: 'list', titles: [T.automate] },
  { q: 'Ich bin ständig gestresst – gibt es etwas zur Entspannung?', kind: 'list', titles: [T.stress] },
  { q: 'Gibt es eine Schulung zur DSGVO?', kind: 'list', titles: [T.datenschutz] },
  { q: 'Wir wollen Anträge künftig digital annehmen – gibt es dazu was?', kind: 'list', first: T.ozg },
  { q: 'Wir müssen neue Software ausschreiben – gibt es dazu eine Schulung?', kind: 'list', titles: [T.einkauf] },
  // --- typos -----------------------------------------------------------------------------------------------------------
  { q: 'Gibt es eine Schulung zur Informationssicherhiet?', kind: 'list', first: T.infosec },
  { q: 'Prozesmanagement Seminar', kind: 'list', titles: [T.prozess] },
  { q: 'Kurs für Digitallotzen', kind: 'list', titles: [T.lotsen] },
  { q: 'Datenshutz Schulung', kind: 'list', titles: [T.datenschutz] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, cost, length, seats ----------------------
  { q: 'Was ist übermorgen los?', kind: 'list', titles: [T.phishing] },
  { q: 'Welche Seminare haben diese Woche noch Plätze frei?', kind: 'list', titles: [T.phishing, T.teams] },
  { q: 'Was läuft nächste Woche?', kind: 'list', titles: [T.eakte, T.moderation, T.stress] },
  {
    q: 'Welche Seminare gibt es in den nächsten zwei Wochen?',
    kind: 'list',
    titles: [T.phishing, T.teams, T.eakte, T.moderation, T.stress],
  },
  { q: 'Gibt es nächste Woche etwas am Nachmittag?', kind: 'list', titles: [T.moderation] },
  { q: 'Gibt es im März etwas zu Informationssicherheit?', kind: 'list', titles: [T.infosec] },
  { q: 'Gibt es im April vormittags etwas online?', kind: 'list', titles: [T.ozg, T.automate] },
  { q: 'Gibt es im April etwas in Präsenz?', kind: 'list', titles: [T.datenschutz] },
  { q: 'Welche kostenlosen Seminare gibt es im April?', kind: 'list', titles: [T.ozg, T.smartCity] },
  { q: 'Welche mehrtägigen Seminare gibt es im März?', kind: 'list', titles: [T.scrum, T.prozess, T.infosec] },
  { q: 'Was gibt es im März in Glehn?', kind: 'list', titles: [T.scrum, T.infosec, T.ideen] },
  {
    q: 'Welche Seminare finden im Kreishaus Grevenbroich statt?',
    kind: 'list',
    ...only(T.eakte, T.ki, T.notfall, T.einkauf),
  },
  { q: 'Welche Kurse gibt Frau Brandt?', kind: 'list', ...only(T.teams, T.excel) },
  { q: 'Was bietet ITK Rheinland an?', kind: 'list', ...only(T.phishing, T.infosec, T.ozg, T.notfall) },
  { q: 'Ich bin Führungskraft – welche Seminare passen für mich?', kind: 'list', ...only(T.fuehrung, T.change) },
  // --- gone, draft, no match, greeting ---------------------------------------------------------------------------------
  { q: 'Wann findet der Canva-Kurs statt?', kind: 'gone', gone: T.canva },
  { q: 'Wann ist der Kurs zum Zehnfingerschreiben?', kind: 'gone', gone: T.zehnfinger },
  { q: 'Wann war der Neujahrsempfang?', kind: 'gone', gone: T.neujahr, says: ['Di., 12.01.2027'] },
  { q: 'Wann war das Barcamp Verwaltung digital?', kind: 'gone', gone: T.barcamp, says: ['Fr., 27.11.2026'] },
  { q: 'Gibt es eine Schulung zur elektronischen Signatur?', kind: 'none' },
  { q: 'Gibt es einen Kurs für den Motorsägenschein?', kind: 'none' },
  { q: 'Bietet ihr etwas zur Hundesteuer an?', kind: 'none' },
  { q: 'Hallo!', kind: 'help' },
  // --- English -----------------------------------------------------------------------------------------------------------
  {
    q: 'How much does the Managing Change seminar cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.change],
    says: ['costs €260'],
  },
  {
    q: 'When is the Smart City talk?',
    locale: 'en',
    kind: 'facts',
    titles: [T.smartCity],
    says: ['Thu, 22 Apr 2027 from 14:00 to 16:00'],
  },
  {
    q: 'Where does the information security course take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.infosec],
    says: ['at TZG Akademie Glehn'],
  },
  {
    q: 'Who is the trainer for the Scrum course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.scrum],
    says: ['is led by Frau Nadine Schüller'],
  },
  {
    q: 'Until when can I register for the Digitallotsen qualification?',
    locale: 'en',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['until Fri, 5 Feb 2027, 23:59'],
  },
  { q: 'Which seminars are held in English?', locale: 'en', kind: 'list', ...only(T.change, T.smartCity) },
  { q: "What's on next week?", locale: 'en', kind: 'list', titles: [T.eakte, T.moderation, T.stress] },
  { q: 'Any courses in English next month?', locale: 'en', kind: 'list', titles: [T.change] },
  { q: 'Is there a training on phishing?', locale: 'en', kind: 'list', titles: [T.phishing] },
  { q: 'Do you have anything on artificial intelligence?', locale: 'en', kind: 'list', titles: [T.ki] },
  { q: 'Hello!', locale: 'en', kind: 'help' },
];

heldoutSuite('answering questions about a twenty-fourth, independent catalogue (Rhein-Kreis Neuss, TZG)', {
  fixture: 'heldout24-catalogue.json',
  now,
  timeZone: TZ,
  cases: CASES,
  titles: all,
  never: NEVER,
});
