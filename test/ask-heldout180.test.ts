// Over-fitting check, hundred-and-eightieth catalogue: the 2027 autumn programme of the Landkreis Kulmbach (Bavaria)
// with the Bayerische Verwaltungsschule (BVS), the Landratsamt's Personalentwicklung, the AKDB, the Kommunale
// Unfallversicherung Bayern (KUVB) and the Volkshochschule Kulmbach, for the county and its towns and markets
// (Kulmbach, Stadtsteinach, Thurnau, Mainleus, Neuenmarkt, Wirsberg), imported from a JSON file. Seminars take place in
// the Landratsamt Kulmbach, the Volkshochschule Kulmbach, the town halls of Kulmbach, Stadtsteinach, Thurnau, Mainleus,
// Neuenmarkt and Wirsberg, online or hybrid. Eleven titles do not name their subject ("Das bleibt unter uns" is data
// protection, "Die Batterie wieder aufladen" stress, "Erst denken, dann klicken" information security, "Die Maschine
// schreibt mit" AI, "Wenn am Tresen die Luft brennt" de-escalation, "Das Rathaus in der Hosentasche" the OZG and the
// BayernPortal, "Eins nach dem anderen" time management, "Zahlen, die für sich sprechen" Excel, "Der Schrank bleibt
// leer" the e-file, "Die ersten hundert Tage" new managers, "Mehr als ein Amtsblatt" social media), so only summary,
// description or topics reveal it; one seminar is held in English; the leadership course runs on two consecutive days;
// the e-file course is open only to Stadtsteinach, Wirsberg and Neuenmarkt; several KUVB and Landratsamt courses are
// free. Written acceptance-style without looking at the parser: single questions of every kind among six follow-up
// conversations of two or three turns, German and about a quarter English.
//
// Calendar around `now` (Monday 27 September 2027, 14:00 in Kulmbach, summer time; winter time begins Sun 31.10.2027):
//   today:      nothing more
//   this week:  Tue 28.09. 09:00–12:00 data protection (hybrid, Landratsamt, tomorrow), Wed 29.09. 13:30–15:30 stress
//               (online), Thu 30.09. 09:00–16:00 budget law (Stadtsteinach), Fri 01.10. 09:00–11:30 information
//               security (online)
//   next week:  Mon 04.10. morning English (VHS; deadline passed Fri 24.09. 12:00), Tue 05.10. afternoon AI (hybrid),
//               Wed 06.10. afternoon ergonomics (online), Thu 07.10. morning Microsoft Teams (online)
//   October:    Tue 12. procurement law (Landratsamt; deadline Fri 01.10. 12:00), Wed 13. first aid (Mainleus),
//               Thu 14. de-escalation (Thurnau, 10 seats, no waitlist), Tue 19. OZG (online; the cancelled telephone
//               course the same afternoon), Wed 20. time management (VHS), Tue 26. Excel (online), Thu 28. council
//               meetings (Wirsberg; deadline Thu 14.10. 23:59)
//   November:   Wed 03. e-file (Stadtsteinach, three municipalities only), Thu 04./Fri 05. new managers (Rathaus
//               Kulmbach), Tue 09. accessible documents (online, no deadline given), Wed 10. project management (Rathaus
//               Kulmbach), Thu 18. appraisals (Landratsamt), Tue 23. OK.EWO (online), Wed 24. social media
//               (Neuenmarkt); the cancelled risk-assessment course on Thu 11.11. and the draft drone course on Fri 26.11.
//   December:   Wed 01. duty of care for roads, trees and playgrounds (Mainleus), Tue 07. knowledge management (hybrid)
//   later:      the draft Wohngeld course on Wed 12.01.2028
//   past:       Thu 08.07.2027 heat protection (online), Tue 13.07.2027 property tax (Thurnau).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-09-27T12:00:00Z'); // Monday, 27 September 2027, 14:00 in Kulmbach (CEST)
const TZ = 'Europe/Berlin';

const T = {
  datenschutz: 'Das bleibt unter uns', // Tue 28.09. 09:00–12:00, hybrid (Landratsamt), LRA PE, Pöhlmann, data protection, free
  stress: 'Die Batterie wieder aufladen', // Wed 29.09. 13:30–15:30, online, KUVB, Schramm, stress / burnout, free
  haushalt: 'Kommunales Haushaltsrecht in Bayern: Grundlagen für die Kämmerei', // Thu 30.09. 09:00–16:00, Rathaus Stadtsteinach, BVS, 240 €
  phishing: 'Erst denken, dann klicken', // Fri 01.10. 09:00–11:30, online, AKDB, Dietel, information security, free
  english: 'Welcome to Kulmbach: English at the Front Desk', // Mon 04.10. 09:00–12:30, VHS, Ms Emily Carter, 110 €, deadline passed Fri 24.09. 12:00
  ki: 'Die Maschine schreibt mit', // Tue 05.10. 13:00–16:00, hybrid (Landratsamt), LRA PE, Wunder, AI / ChatGPT, free
  ergonomie: 'Gesund sitzen am Bildschirmarbeitsplatz', // Wed 06.10. 14:00–15:30, online, KUVB, Schramm, free
  teams: 'Microsoft Teams im Arbeitsalltag: Chats, Kanäle und Besprechungen', // Thu 07.10. 09:00–11:00, online, LRA PE, free
  vergabe: 'UVgO und VOB/A: Aufträge rechtssicher vergeben', // Tue 12.10. 09:00–16:00, Landratsamt, BVS, Dr. Ritter, 260 €, deadline Fri 01.10. 12:00
  ersteHilfe: 'Erste Hilfe im Betrieb: Aus- und Fortbildung für Ersthelfende', // Wed 13.10. 08:30–16:30, Rathaus Mainleus, KUVB, free (KUVB pays)
  deeskalation: 'Wenn am Tresen die Luft brennt', // Thu 14.10. 09:00–16:00, Rathaus Thurnau, KUVB, Meußgeier, free, 10 seats
  serviceportal: 'Das Rathaus in der Hosentasche', // Tue 19.10. 09:00–12:00, online, AKDB, Oertel, OZG / BayernPortal, 95 €
  zeit: 'Eins nach dem anderen', // Wed 20.10. 09:00–16:00, VHS, Hofmann, time management, 129 €
  excel: 'Zahlen, die für sich sprechen', // Tue 26.10. 13:00–16:00, online, VHS, Hagen, Excel, 89 € (Dienststelle pays)
  sitzung: 'Sitzungsdienst nach der Bayerischen Gemeindeordnung: Von der Ladung bis zur Niederschrift', // Thu 28.10. 09:00–16:00, Rathaus Wirsberg, BVS, 190 €, deadline Thu 14.10. 23:59
  eakte: 'Der Schrank bleibt leer', // Wed 03.11. 09:00–12:00, Rathaus Stadtsteinach, AKDB, Oertel, e-file, only Stadtsteinach/Wirsberg/Neuenmarkt, free
  fuehrung: 'Die ersten hundert Tage', // Thu 04.11. and Fri 05.11. 09:00–16:30, Rathaus Kulmbach, BVS, Dr. Söllner, 520 €, new managers
  barrierefrei: 'Barrierefreie Dokumente in Word und PDF', // Tue 09.11. 09:00–12:30, online, VHS, Hofmann, 79 €, no deadline given
  projekt: 'Projekte in der Verwaltung erfolgreich steuern', // Wed 10.11. 09:00–16:00, Rathaus Kulmbach, BVS, Dr. Söllner, 240 €
  beurteilung: 'Periodische Beurteilung: Leitfaden für Beurteilende', // Thu 18.11. 09:00–15:00, Landratsamt, LRA PE, Schütz, free, for managers
  ewo: 'OK.EWO kompakt: Neuerungen im Meldewesen', // Tue 23.11. 09:00–12:00, online, AKDB, Dietel, 120 €, 25 seats
  social: 'Mehr als ein Amtsblatt', // Wed 24.11. 13:00–16:00, Rathaus Neuenmarkt, VHS, Sesselmann, social media / Instagram, 75 €, 12 seats
  bauhof: 'Verkehrssicherungspflicht für Bauhof und Gemeinde: Straßen, Bäume, Spielplätze', // Wed 01.12. 09:00–15:00, Rathaus Mainleus, BVS, 180 €
  wissen: 'Wenn Wissen in Rente geht', // Tue 07.12. 13:00–16:00, hybrid (Landratsamt), LRA PE, Schütz, free, for managers
  telefon: 'Freundlich am Telefon: Professionell telefonieren im Bürgerservice', // cancelled (Tue 19.10.2027)
  psyche: 'Gefährdungsbeurteilung psychischer Belastungen', // cancelled (Thu 11.11.2027)
  wohngeld: 'Wohngeld 2028: Was sich für die Wohngeldstellen ändert', // draft (Wed 12.01.2028)
  drohnen: 'Drohnen im Katastrophenschutz: Einsatz und Recht', // draft (Fri 26.11.2027)
  grundsteuer: 'Grundsteuer nach der Reform: Hebesätze, Bescheide, Einsprüche', // past (Tue 13 July 2027)
  hitze: 'Hitzeschutz am Arbeitsplatz', // past (Thu 8 July 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.telefon, T.psyche, T.wohngeld, T.drohnen, T.grundsteuer, T.hitze];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up: budget law -------------------------------------------------------------------------------------------
  { conv: 'kaemmerei', q: 'gibt es was zum haushaltsrecht', kind: 'list', titles: [T.haushalt] },
  {
    conv: 'kaemmerei',
    q: 'wo findet das statt',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['im Rathaus Stadtsteinach'],
  },
  { conv: 'kaemmerei', q: 'und was kostet es?', kind: 'facts', titles: [T.haushalt], says: ['kostet 240 €'] },
  // --- single facts ----------------------------------------------------------------------------------------------------
  { q: 'was kostet der vergaberecht kurs', kind: 'facts', titles: [T.vergabe], says: ['kostet 260 €'] },
  {
    q: 'kosten erste hilfe',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die KUVB für ihre Mitgliedsverwaltungen.'],
  },
  {
    q: 'wann ist das seminar die ersten hundert tage',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 04.11.2027 und Fr., 05.11.2027', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    q: 'wann ist der kurs zum zeitmanagement',
    kind: 'facts',
    titles: [T.zeit],
    says: ['am Mi., 20.10.2027 von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'um wieviel uhr beginnt der kurs zum meldewesen',
    kind: 'facts',
    titles: [T.ewo],
    says: ['beginnt am Di., 23.11.2027 um 09:00 Uhr'],
  },
  {
    q: 'wie lange dauert das ergonomie seminar',
    kind: 'facts',
    titles: [T.ergonomie],
    says: ['dauert 1,5 Stunden, von 14:00 bis 15:30 Uhr'],
  },
  // --- follow-up: ChatGPT (English) ------------------------------------------------------------------------------------
  { conv: 'chatgpt', q: 'is there any training about ChatGPT', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    conv: 'chatgpt',
    q: 'when does it start',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['starts on Tue, 5 Oct 2027 at 13:00'],
  },
  {
    conv: 'chatgpt',
    q: 'can I join online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: [/is hybrid|or online/],
  },
  // --- topic searches --------------------------------------------------------------------------------------------------
  { q: 'datenschuz schulung', kind: 'list', titles: [T.datenschutz] },
  { q: 'it-sicherheit', kind: 'list', titles: [T.phishing] },
  { q: 'burnout vorbeugen', kind: 'list', titles: [T.stress] },
  { q: 'vergabrecht', kind: 'list', titles: [T.vergabe] },
  { q: 'bayernportal', kind: 'list', titles: [T.serviceportal] },
  // --- more single facts -----------------------------------------------------------------------------------------------
  {
    q: 'wo findet der sitzungsdienst lehrgang statt',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['im Rathaus Wirsberg'],
  },
  {
    q: 'anmeldefrist barrierefreie dokumente',
    kind: 'facts',
    titles: [T.barrierefrei],
    says: ['bis Di., 09.11.2027, 09:00 Uhr'],
  },
  {
    q: 'sind beim instagram workshop noch plätze frei',
    kind: 'facts',
    titles: [T.social],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  {
    q: 'ist die datenschutz schulung in präsenz',
    kind: 'facts',
    titles: [T.datenschutz],
    says: [/findet hybrid statt|oder online statt/],
  },
  {
    q: 'wann und wo ist der kurs zur verkehrssicherungspflicht',
    kind: 'facts',
    titles: [T.bauhof],
    says: ['am Mi., 01.12.2027 von 09:00 bis 15:00 Uhr im Rathaus Mainleus'],
  },
  // --- follow-up: de-escalation ----------------------------------------------------------------------------------------
  { conv: 'tresen', q: 'was hilft gegen pöbelnde kunden am schalter', kind: 'list', titles: [T.deeskalation] },
  {
    conv: 'tresen',
    q: 'wer leitet das',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['leitet Frau Petra Meußgeier'],
  },
  {
    conv: 'tresen',
    q: 'sind noch plätze frei?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['noch 10 von 10 Plätzen frei'],
  },
  // --- English single facts --------------------------------------------------------------------------------------------
  {
    q: 'who teaches the english course',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['is led by Ms Emily Carter'],
  },
  {
    q: 'registration deadline for the front desk english course',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 24 Sep 2027, 12:00'],
  },
  {
    q: 'where is the Vergaberecht seminar',
    locale: 'en',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['at Landratsamt Kulmbach'],
  },
  // --- filters: dates, time of day, cost, format, provider, trainer, audience, place, language ------------------------
  { q: 'was ist morgen', kind: 'list', titles: [T.datenschutz] },
  { q: 'was läuft diese woche noch', kind: 'list', titles: [T.datenschutz, T.stress, T.haushalt, T.phishing] },
  { q: 'nächste woche nachmittags', kind: 'list', titles: [T.ki, T.ergonomie] },
  { q: "what's on next week", locale: 'en', kind: 'list', titles: [T.english, T.ki, T.ergonomie, T.teams] },
  {
    q: 'kostenlose seminare im oktober',
    kind: 'list',
    titles: [T.phishing, T.ki, T.ergonomie, T.teams, T.ersteHilfe, T.deeskalation],
  },
  { q: 'online seminare im november', kind: 'list', titles: [T.barrierefrei, T.ewo] },
  // --- follow-up: Excel ------------------------------------------------------------------------------------------------
  { conv: 'excel', q: 'gibts nen excel kurs', kind: 'list', titles: [T.excel] },
  { conv: 'excel', q: 'ist der online oder vor ort', kind: 'facts', titles: [T.excel], says: ['findet online statt'] },
  { conv: 'excel', q: 'super, danke!', kind: 'thanks' },
  // --- more filters ----------------------------------------------------------------------------------------------------
  { q: 'was bietet die kuvb an', kind: 'list', ...only(T.stress, T.ergonomie, T.ersteHilfe, T.deeskalation) },
  {
    q: 'seminars by the AKDB',
    locale: 'en',
    kind: 'list',
    ...only(T.phishing, T.serviceportal, T.eakte, T.ewo),
  },
  { q: 'kurse bei frau hofmann', kind: 'list', ...only(T.zeit, T.barrierefrei) },
  { q: 'angebote für führungskräfte', kind: 'list', ...only(T.fuehrung, T.beurteilung, T.wissen) },
  { q: 'was gibt es in thurnau', kind: 'list', titles: [T.deeskalation] },
  { q: 'courses held in english', locale: 'en', kind: 'list', titles: [T.english] },
  // --- follow-up: new managers (English) -------------------------------------------------------------------------------
  { conv: 'leader', q: 'is there a course for new managers', locale: 'en', kind: 'list', first: T.fuehrung },
  {
    conv: 'leader',
    q: 'how long does it take',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['lasts 2 days, each from 09:00 to 16:30'],
  },
  {
    conv: 'leader',
    q: 'and what does it cost',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['costs €520'],
  },
  // --- cancelled and past seminars asked by name; drafts never shown; no match -----------------------------------------
  { q: 'freundlich am telefon wann ist das', kind: 'gone', gone: T.telefon },
  { q: 'gefährdungsbeurteilung psychische belastungen', kind: 'gone', gone: T.psyche },
  { q: 'grundsteuer seminar wann war das', kind: 'gone', gone: T.grundsteuer, says: ['Di., 13.07.2027'] },
  { q: 'hitzeschutz training when', locale: 'en', kind: 'gone', gone: T.hitze, says: ['Thu, 8 Jul 2027'] },
  { q: 'drohnen', kind: 'none' },
  { q: 'wohngeld schulung', kind: 'none' },
  { q: 'sap schulung', kind: 'none' },
  { q: 'forklift licence course', locale: 'en', kind: 'none' },
  // --- follow-up: e-file, then details ---------------------------------------------------------------------------------
  { conv: 'akte', q: 'schulung zur elektronischen akte', kind: 'list', titles: [T.eakte] },
  { conv: 'akte', q: 'erzähl mir mehr darüber', kind: 'details', titles: [T.eakte] },
  { q: 'zeig mir die details zum projektmanagement seminar', kind: 'details', titles: [T.projekt] },
  // --- greetings, help, thanks, own registrations, follow-ups without context ------------------------------------------
  { q: 'hallo', kind: 'help' },
  { q: 'what can you do?', locale: 'en', kind: 'help' },
  { q: 'vielen dank', kind: 'thanks' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
  { q: 'show my registrations', locale: 'en', kind: 'myRegistrations' },
  { q: 'und wo ist das?', kind: 'noContext' },
  { q: 'how much does it cost?', locale: 'en', kind: 'noContext' },
];

heldoutSuite(
  'answering questions about a hundred-and-eightieth, independent catalogue (Landkreis Kulmbach, BVS, AKDB, KUVB)',
  {
    fixture: 'heldout180-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
