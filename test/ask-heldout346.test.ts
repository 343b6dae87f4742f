// Over-fitting check, three-hundred-and-forty-sixth catalogue: the spring 2029 programme for the Kreis
// Schleswig-Flensburg (Schleswig-Holstein), its thirteen Ämter (Arensharde, Eggebek, Geltinger Bucht, Haddeby, Hürup,
// Kappeln-Land, Kropp-Stapelholm, Langballig, Mittelangeln, Oeversee, Schafflund, Südangeln, Süderbrarup) and the
// amtsfreie Städte und Gemeinden (Schleswig, Kappeln, Glücksburg, Harrislee, Handewitt), with the Verwaltungsakademie
// Bordesholm (Heintzestraße 13), Dataport, the Unfallkasse Nord, the Volkshochschule Schleswig and the Kreisverwaltung's
// own Fachdienste, imported from a JSON file. Seminars take place in the Kreishaus Schleswig (Flensburger Straße 7), the
// Verwaltungsakademie in Bordesholm, the Sitzungssäle of the Ämter in Böklund (Südangeln), Tarp (Oeversee), Süderbrarup
// and Satrup (Mittelangeln), the DRK-Bildungszentrum Kappeln, the Feuerwehrtechnische Zentrale in Harrislee and the VHS
// Schleswig, online or hybrid. Nine offered seminars carry the topic "Digitalisierung" (a broad search shows the best
// 8), three are about Führung, three come from the Unfallkasse Nord. Several titles do not name their subject ("Sicher
// unterwegs im Netz" is IT security / phishing, "Bewegte Pause" back exercises, "Anträge, die ankommen" OZG online
// services, "Goddag og velkommen" Danish for counter staff, "Vom Regal in den Rechner" the e-file, "Wenn das Wasser
// kommt" civil protection / storm surge, "Das Jahresgespräch" appraisal interviews, "Ruhig bleiben am Tresen"
// de-escalation, "Von der Einladung bis zur Niederschrift" council meeting service, "Der neue Kollege heißt Chatbot" AI,
// "Dokumente für alle" accessible documents, "Wer zahlt für die Straße?" road construction levies). One seminar is held
// in English; the Danish course runs on four Monday evenings; the leadership course lasts three days; the council
// meeting course is open only to the Ämter. Questions are mostly topic searches of all sizes, cancelled, past and draft
// seminars asked for by name, questions without a match, greetings, thanks, help and own registrations, with facts and
// short follow-up conversations, some in English, written without looking at the parser.
//
// Calendar around `now` (Monday 12 March 2029, 09:30 in Schleswig, winter time; summer time starts Sun 25.03.2029;
// Karfreitag Fri 30.03., Ostermontag Mon 02.04., Tag der Arbeit Tue 01.05., Himmelfahrt Thu 10.05., Pfingstmontag
// Mon 21.05.2029):
//   this week:  Thu 15.03. 14:00–15:30 IT security (online)
//   next week:  Tue 20.03. 09:00–12:00 Teams (online), Wed 21.03. 09:00–12:00 Digitalisierung im Amt (hybrid,
//               Kreishaus), Thu 22.03. 09:00–16:00 procurement (Bordesholm), Fri 23.03. 08:00–15:30 first aid (Kappeln)
//   late March: Tue 27.03. (CEST) 12:15–12:45 back exercises (online), the cancelled Outlook course (Wed 28.03.),
//               Thu 29.03. 10:00–11:30 OZG (online)
//   April:      the cancelled Kassenprüfung course (Tue 03.04.), Danish Mon 16.04., 23.04., 30.04. and 07.05.
//               18:00–19:30 (online; deadline Mon 09.04. 23:59), Tue 17.04. e-file (Böklund), Wed 18.04. civil
//               protection (Harrislee), Thu 19.04. 13:00–16:30 appraisal interviews (Tarp), Tue 24.04. XRechnung
//               (online), Wed 25.04. de-escalation (Süderbrarup), Thu 26.04. council meeting service (Satrup, Ämter only)
//   May:        Tue 08.05. English (VHS Schleswig; deadline Tue 24.04. 12:00), Wed 09.05. AI (hybrid, Bordesholm),
//               Mon 14.05.–Wed 16.05. 09:00–16:30 leadership (Bordesholm; deadline Fri 20.04. 23:59), Wed 23.05.
//               accessible documents (online), the cancelled cemetery course (Thu 24.05.)
//   June:       Tue 05.06. lateral leadership (Kreishaus), Tue 12.06. road levies (hybrid, Bordesholm), the draft
//               Fördermittel course (Wed 20.06.), the draft tree inspection course (Thu 21.06.)
//   past:       Tue 14.11.2028 winter road service (Kreishaus), Wed 24.01.2029 property tax (online), Thu 15.02.2029
//               Doppik year-end closing (Bordesholm).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2029-03-12T08:30:00Z'); // Monday, 12 March 2029, 09:30 in Schleswig (CET)
const TZ = 'Europe/Berlin';

const T = {
  itSicherheit: 'Sicher unterwegs im Netz', // Thu 15.03. 14:00–15:30, online, Dataport, Herr Sönke Jessen, IT security / phishing, free
  teams: 'Zusammenarbeit mit Microsoft Teams und SharePoint', // Tue 20.03. 09:00–12:00, online, VAB, Frau Birte Clausen, 95 €
  digiAmt: 'Digitalisierung im Amt: Grundlagen für Beschäftigte der Ämter', // Wed 21.03. 09:00–12:00, hybrid (Kreishaus), Kreis, Herr Jan Petersen, free
  vergabe: 'Vergaberecht für Ämter und Gemeinden: Schleswig-Holsteinische Vergabeverordnung und UVgO', // Thu 22.03. 09:00–16:00, VAB Bordesholm, Herr Dr. Jörn Feddersen, 290 €
  ersteHilfe: 'Erste Hilfe – Fortbildung für betriebliche Ersthelfer', // Fri 23.03. 08:00–15:30, DRK-Bildungszentrum Kappeln, UKN, Herr Niels Andresen (DRK), free
  bewegtePause: 'Bewegte Pause', // Tue 27.03. 12:15–12:45, online, UKN, Herr Timo Brandt, back exercises, free
  ozg: 'Anträge, die ankommen', // Thu 29.03. 10:00–11:30, online, Dataport, Frau Kirsten Hansen, OZG / Serviceportal, free
  daenisch: 'Goddag og velkommen', // Mon 16.04., 23.04., 30.04., 07.05. 18:00–19:30, online, VHS, Frau Mette Sørensen, Danish, 60 €
  eakte: 'Vom Regal in den Rechner', // Tue 17.04. 09:00–15:00, Amt Südangeln (Böklund), Dataport, Herr Sönke Jessen, e-file, free
  katastrophe: 'Wenn das Wasser kommt', // Wed 18.04. 09:00–16:00, FTZ Harrislee, Kreis, Herr Hauke Matthiesen, civil protection, free
  jahresgespraech: 'Das Jahresgespräch', // Thu 19.04. 13:00–16:30, Amt Oeversee (Tarp), Kreis Personal, Frau Dr. Heike Brodersen, appraisal interviews, free
  xrechnung: 'XRechnung und E-Rechnungsworkflow im Amt', // Tue 24.04. 09:00–12:30, online, VAB, Frau Birte Clausen, 120 €
  deeskalation: 'Ruhig bleiben am Tresen', // Wed 25.04. 09:00–16:00, Amt Süderbrarup, UKN, Frau Imke Paulsen und Herr Kai Rasmussen (Polizei), free
  sitzungsdienst: 'Von der Einladung bis zur Niederschrift', // Thu 26.04. 09:00–15:30, Amt Mittelangeln (Satrup), VAB, Frau Anke Lorenzen, 140 €, Ämter only
  english: 'English for the Front Desk: Welcoming Tourists and New Residents', // Tue 08.05. 09:00–12:30, VHS Schleswig, Frau Fiona MacLeod, 75 €, English
  ki: 'Der neue Kollege heißt Chatbot', // Wed 09.05. 09:00–16:00, hybrid (VAB Bordesholm), Herr Dr. Malte Thomsen, AI, 180 €
  kompass: 'Kompass für neue Führungskräfte', // Mon 14.05.–Wed 16.05. 09:00–16:30, VAB Bordesholm, Frau Dr. Heike Brodersen, 690 €, deadline Fri 20.04. 23:59
  barrierefrei: 'Dokumente für alle', // Wed 23.05. 09:00–12:00, online, VAB, Frau Wiebke Nissen, accessible documents, 85 €
  lateral: 'Führen ohne Weisungsbefugnis', // Tue 05.06. 09:00–16:00, Kreishaus, Kreis Personal, Herr Lars Carstensen, 160 €
  beitraege: 'Wer zahlt für die Straße?', // Tue 12.06. 09:00–15:00, hybrid (VAB Bordesholm), Herr Dr. Jörn Feddersen, road levies (KAG), 210 €
  outlook: 'Outlook effizient nutzen: E-Mails, Kalender und Aufgaben', // cancelled (Wed 28.03.2029), Frau Birte Clausen
  kasse: 'Kassenprüfung im Amt: Zahlstellen und Handvorschüsse', // cancelled (Tue 03.04.2029), Herr Dr. Jörn Feddersen
  friedhof: 'Friedhofsverwaltung und Friedhofsgebühren kalkulieren', // cancelled (Thu 24.05.2029), Frau Gesa Thiessen
  winterdienst: 'Winterdienst und Verkehrssicherungspflicht', // past (Tue 14.11.2028), Kreishaus
  grundsteuer: 'Grundsteuerreform in Schleswig-Holstein: Hebesätze und Bescheide', // past (Wed 24.01.2029), online
  doppik: 'Jahresabschluss in der Doppik', // past (Thu 15.02.2029), Bordesholm
  foerdermittel: 'Fördermittel für Ämter und Gemeinden: EU-, Bundes- und Landesprogramme', // draft (Wed 20.06.2029)
  baumkontrolle: 'Baumkontrolle nach FLL-Baumkontrollrichtlinie', // draft (Thu 21.06.2029)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [
  T.outlook,
  T.kasse,
  T.friedhof,
  T.winterdienst,
  T.grundsteuer,
  T.doppik,
  T.foerdermittel,
  T.baumkontrolle,
];
const only = onlyAmong(all, NEVER);

// The nine offered seminars on Digitalisierung (more than a first page of 8) and the nine free ones: a search for them
// shows 8 of them and nothing else.
const DIGITAL: string[] = [
  T.digiAmt,
  T.itSicherheit,
  T.teams,
  T.ozg,
  T.eakte,
  T.xrechnung,
  T.sitzungsdienst,
  T.ki,
  T.barrierefrei,
];
const FREE: string[] = [
  T.itSicherheit,
  T.digiAmt,
  T.ersteHilfe,
  T.bewegtePause,
  T.ozg,
  T.eakte,
  T.katastrophe,
  T.jahresgespraech,
  T.deeskalation,
];
const offered = all.filter((t) => !NEVER.includes(t));
const noneBut = (among: string[]) => ({ excludes: offered.filter((t) => !among.includes(t)) });

const CASES: Case[] = [
  // --- topic searches with one hit -------------------------------------------------------------------------------------
  { q: 'katastrophenschutz schulung', kind: 'list', titles: [T.katastrophe] },
  { q: 'gibt es was zu sturmflut und hochwasser?', kind: 'list', titles: [T.katastrophe] },
  { q: 'ChatGPT in der Verwaltung', kind: 'list', titles: [T.ki] },
  { q: 'ersetzendes scannen', kind: 'list', titles: [T.eakte] },
  { q: 'wie erstelle ich barrierefreie pdfs', kind: 'list', titles: [T.barrierefrei] },
  { q: 'straßenausbaubeiträge', kind: 'list', titles: [T.beitraege] },
  { q: 'Ich würde gern Dänisch lernen', kind: 'list', titles: [T.daenisch] },
  { q: 'schulung ratsinformationssystem', kind: 'list', titles: [T.sitzungsdienst] },
  // "Digitalisierung im Amt" also carries the topic Onlinezugangsgesetz: it may be shown after the OZG seminar.
  { q: 'Onlinezugangsgesetz', kind: 'list', first: T.ozg, ...maybeAlso(only(T.ozg), T.digiAmt) },
  { q: 'phishing mails erkenen', kind: 'list', titles: [T.itSicherheit] },
  { q: 'rückenübungen am schreibtisch', kind: 'list', titles: [T.bewegtePause] },
  { q: 'zielvereinbarungsgespräche', kind: 'list', titles: [T.jahresgespraech] },
  { q: 'any course on accessible documents?', locale: 'en', kind: 'list', titles: [T.barrierefrei] },
  // --- topic searches with a few hits ----------------------------------------------------------------------------------
  { q: 'seminare zum thema führung', kind: 'list', ...only(T.kompass, T.lateral, T.jahresgespraech) },
  { q: 'was bietet die unfallkasse nord an', kind: 'list', ...only(T.ersteHilfe, T.deeskalation, T.bewegtePause) },
  { q: 'Sprachkurse?', kind: 'list', ...only(T.english, T.daenisch) },
  { q: 'welche seminare finden in bordesholm statt', kind: 'list', ...only(T.vergabe, T.ki, T.kompass, T.beitraege) },
  { q: 'was ist im kreishaus', kind: 'list', ...only(T.digiAmt, T.lateral) },
  {
    q: 'Welche Seminare bietet die Verwaltungsakademie Bordesholm an?',
    kind: 'list',
    ...only(T.teams, T.vergabe, T.xrechnung, T.sitzungsdienst, T.ki, T.kompass, T.barrierefrei, T.beitraege),
  },
  // --- broad searches with more than eight hits: the best 8 ------------------------------------------------------------
  { q: 'was gibt es zum thema digitalisierung?', kind: 'list', first: T.digiAmt, ...noneBut(DIGITAL) },
  { q: 'what do you offer on digitalisation?', locale: 'en', kind: 'list', first: T.digiAmt, ...noneBut(DIGITAL) },
  { q: 'welche seminare sind kostenlos', kind: 'list', ...noneBut(FREE) },
  // --- cancelled seminars asked for by name ----------------------------------------------------------------------------
  { q: 'findet der outlook-kurs noch statt?', kind: 'gone', gone: T.outlook },
  { q: 'Findet die Schulung zur Kassenprüfung noch statt?', kind: 'gone', gone: T.kasse },
  { q: 'friedhofsgebühren kalkulieren – findet das noch statt', kind: 'gone', gone: T.friedhof },
  { q: 'is the cemetery administration seminar still on?', locale: 'en', kind: 'gone', gone: T.friedhof },
  // --- past seminars asked for by name ---------------------------------------------------------------------------------
  { q: 'wann war die grundsteuer-schulung?', kind: 'gone', gone: T.grundsteuer, says: ['Mi., 24.01.2029'] },
  { q: 'wann war das seminar zum winterdienst', kind: 'gone', gone: T.winterdienst, says: ['Di., 14.11.2028'] },
  { q: 'Jahresabschluss Doppik', kind: 'gone', gone: T.doppik, says: ['Do., 15.02.2029'] },
  { q: 'when was the Doppik course?', locale: 'en', kind: 'gone', gone: T.doppik },
  // --- drafts asked for by name, and questions without a match ---------------------------------------------------------
  { q: 'gibt es ein seminar zu fördermitteln?', kind: 'none' },
  { q: 'Schulung Baumkontrolle', kind: 'none' },
  { q: 'gibt es einen SAP-Kurs?', kind: 'none' },
  { q: 'spanisch für anfänger', kind: 'none' },
  { q: 'Fortbildung Standesamt Eheschließung', kind: 'none' },
  { q: 'do you have a forklift licence course?', locale: 'en', kind: 'none' },
  // --- greetings, thanks, help, own registrations ----------------------------------------------------------------------
  { q: 'Moin!', kind: 'help' },
  { q: 'moin moin, was kannst du alles?', kind: 'help' },
  { q: 'hilfe', kind: 'help' },
  { q: 'Hello, what can you do?', locale: 'en', kind: 'help' },
  { q: 'Danke dir!', kind: 'thanks' },
  { q: 'thanks a lot', locale: 'en', kind: 'thanks' },
  { q: 'wo bin ich angemeldet', kind: 'myRegistrations' },
  { q: 'Für welche Seminare habe ich mich eigentlich angemeldet?', kind: 'myRegistrations' },
  { q: 'which courses am I registered for?', locale: 'en', kind: 'myRegistrations' },
  { conv: 'leer', q: 'und was kostet der?', kind: 'noContext' },
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'ki', q: 'gibt es was zu künstlicher intelligenz?', kind: 'list', titles: [T.ki] },
  { conv: 'ki', q: 'was kostet das?', kind: 'facts', titles: [T.ki], says: ['kostet 180 €'] },
  {
    conv: 'ki',
    q: 'kann ich da auch online teilnehmen?',
    kind: 'facts',
    titles: [T.ki],
    says: ['findet hybrid statt', 'Verwaltungsakademie Bordesholm'],
  },
  { conv: 'ki', q: 'wer ist der referent', kind: 'facts', titles: [T.ki], says: ['leitet Herr Dr. Malte Thomsen'] },
  {
    conv: 'kompass',
    q: 'ich werde bald amtsleiter, gibt es ein seminar für neue führungskräfte?',
    kind: 'list',
    first: T.kompass,
    ...maybeAlso(only(T.kompass), T.lateral, T.jahresgespraech),
  },
  {
    conv: 'kompass',
    q: 'wie lange dauert das?',
    kind: 'facts',
    titles: [T.kompass],
    says: ['dauert 3 Tage, jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    conv: 'kompass',
    q: 'bis wann muss ich mich anmelden?',
    kind: 'facts',
    titles: [T.kompass],
    says: ['bis Fr., 20.04.2029, 23:59 Uhr anmelden'],
  },
  { conv: 'kompass', q: 'und was kostet der spaß', kind: 'facts', titles: [T.kompass], says: ['kostet 690 €'] },
  { conv: 'daenisch', q: 'dänischkurs', kind: 'list', titles: [T.daenisch] },
  {
    conv: 'daenisch',
    q: 'an welchen terminen?',
    kind: 'facts',
    titles: [T.daenisch],
    says: ['an 4 Tagen', 'Mo., 16.04.2029', 'Mo., 07.05.2029', 'jeweils von 18:00 bis 19:30 Uhr'],
  },
  {
    conv: 'daenisch',
    q: 'wer unterrichtet?',
    kind: 'facts',
    titles: [T.daenisch],
    says: ['leitet Frau Mette Sørensen'],
  },
  { conv: 'deeskalation', q: 'Schulung zum Umgang mit aggressiven Besuchern', kind: 'list', titles: [T.deeskalation] },
  {
    conv: 'deeskalation',
    q: 'wo findet die statt?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['Amt Süderbrarup, Sitzungssaal, Königstraße 5, 24392 Süderbrarup'],
  },
  {
    conv: 'deeskalation',
    q: 'wer leitet das',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['Frau Imke Paulsen und Herr Kai Rasmussen (Polizeidirektion Flensburg)'],
  },
  {
    conv: 'english',
    q: 'Is there an English course for front desk staff?',
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  {
    conv: 'english',
    q: 'how much does it cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: [/costs.*75/],
  },
  {
    conv: 'english',
    q: 'where is it held?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['Volkshochschule Schleswig, Stadtweg 55, 24837 Schleswig'],
  },
  // --- facts about one seminar -----------------------------------------------------------------------------------------
  {
    q: 'wann ist der erste-hilfe-kurs in kappeln?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['am Fr., 23.03.2029 von 08:00 bis 15:30 Uhr'],
  },
  { q: 'was kostet das vergaberecht seminar', kind: 'facts', titles: [T.vergabe], says: ['kostet 290 €'] },
  { q: 'ist die e-akte schulung kostenlos?', kind: 'facts', titles: [T.eakte], says: ['ist kostenlos'] },
  { q: 'Wer leitet die OZG-Schulung?', kind: 'facts', titles: [T.ozg], says: ['leitet Frau Kirsten Hansen'] },
  {
    q: 'wo genau findet die katastrophenschutz übung statt',
    kind: 'facts',
    titles: [T.katastrophe],
    says: ['Feuerwehrtechnische Zentrale Schleswig-Flensburg, Süderstraße 101, 24955 Harrislee'],
  },
  {
    q: 'wie lange dauert die bewegte pause?',
    kind: 'facts',
    titles: [T.bewegtePause],
    says: ['von 12:15 bis 12:45 Uhr'],
  },
  {
    q: 'wann ist das seminar zum jahresgespräch',
    kind: 'facts',
    titles: [T.jahresgespraech],
    says: ['am Do., 19.04.2029 von 13:00 bis 16:30 Uhr'],
  },
  {
    q: 'who leads the XRechnung training?',
    locale: 'en',
    kind: 'facts',
    titles: [T.xrechnung],
    says: ['is led by Frau Birte Clausen'],
  },
  // --- a few date questions --------------------------------------------------------------------------------------------
  { q: 'was ist diese woche los?', kind: 'list', titles: [T.itSicherheit] },
  {
    q: 'seminare im april',
    kind: 'list',
    titles: [T.daenisch, T.eakte, T.katastrophe, T.jahresgespraech, T.xrechnung, T.deeskalation, T.sitzungsdienst],
  },
];

heldoutSuite(
  'answering questions about a three-hundred-and-forty-sixth, independent catalogue (Kreis Schleswig-Flensburg, Ämter, Verwaltungsakademie Bordesholm, Dataport, Unfallkasse Nord, VHS Schleswig)',
  {
    fixture: 'heldout346-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
