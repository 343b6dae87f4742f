// Over-fitting check, hundred-and-eighty-fourth catalogue: the 2027 spring programme of the Landkreis Waldeck-Frankenberg
// (Hesse) with the Hessischer Verwaltungsschulverband (HVSV), the county's Fachdienst Personal (Personalentwicklung),
// ekom21 – KGRZ Hessen, the Unfallkasse Hessen (UKH) and the Volkshochschule Waldeck-Frankenberg (VHS), for the county
// and its towns (Korbach, Bad Arolsen, Frankenberg (Eder), Bad Wildungen, Waldeck, Willingen (Upland)), imported from a
// JSON file. Seminars take place in the Kreishaus Korbach, the Volkshochschule Korbach, the town halls of Bad Arolsen,
// Frankenberg, Bad Wildungen, Waldeck and Willingen, the Wandelhalle Bad Wildungen, online or hybrid. Twelve titles do
// not name their subject ("Der Köder im Postfach" is phishing, "Der Rücken sagt Danke" ergonomics, "Wissen, das
// bleibt" knowledge transfer before retirement, "Die Zeit gehört Ihnen" time management, "Vom Amtsgang zum Mausklick"
// the OZG, "Die richtige Person finden" staff selection, "Wer schreibt, der bleibt" minute-taking, "Papierlos ins
// Rathaus" the e-file, "Sag es einfacher" plain language, "Fremde Federn" copyright, "Gelassen bleiben, wenn alles
// drängt" stress, "Klare Grenzen, freundlicher Ton" de-escalation). One seminar is held in English, the leadership
// course runs on two days, the e-file course is open only to Bad Arolsen, Waldeck and Willingen, first aid and
// ergonomics are free (paid by the UKH), the staff-selection course has only 10 seats and no waitlist. Questions are
// written the way an acceptance tester would ask them: a third as polite full sentences that start with a greeting or
// a sentence about the asker, a quarter in English, all kinds of question mixed, without looking at the parser.
//
// Calendar around `now` (Wednesday 10 March 2027, 10:00 in Korbach, winter time; summer time begins Sun 28.03.2027,
// Easter is 28.03.):
//   this week:  nothing more today; Thu 11.03. 13:00–15:30 phishing (online), Fri 12.03. 09:00–12:00 Excel (VHS Korbach)
//   next week:  Mon 15.03. 09:00–12:30 data protection (hybrid, Kreishaus), Tue 16.03. 14:00–16:00 ergonomics (online,
//               free), Wed 17.03. 09:00–16:00 English (Bad Arolsen; deadline passed Fri 05.03. 23:59), Thu 18.03.
//               09:00–16:00 procurement law (Kreishaus; deadline Fri 12.03. 12:00)
//   then:       Tue 23.03. 13:00–16:00 Teams (online); the cancelled social-media course on Thu 25.03.
//   April:      Thu 01. knowledge transfer (Kreishaus), Tue 06. Doppik (Frankenberg), Wed 07. first aid (Bad Wildungen,
//               free), Tue 13. time management (online), Tue 20./Wed 21. leadership (Willingen; deadline Thu 01.04.),
//               Thu 22. AI (hybrid, Kreishaus), Tue 27. OZG (online), Thu 29. staff selection (Kreishaus, 10 seats)
//   May:        Tue 04. minute-taking (Bad Arolsen), Wed 05. the cancelled accessible-PDF course, Tue 11. e-file
//               (Waldeck, members only), Wed 12. plain language (VHS Korbach), Tue 18. copyright (online), Thu 20. stress
//               (Bad Wildungen), Tue 25. TVöD (online)
//   June:       Tue 01. de-escalation (Bad Wildungen), Wed 09. registration law (online), Tue 15. administrative law
//               (Kreishaus); the drafts on spa tax (Tue 08.06.) and energy management (Wed 23.06.)
//   past:       Thu 14.01.2027 winter service (Willingen), Tue 16.02.2027 annual accounts (Kreishaus).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-03-10T09:00:00Z'); // Wednesday, 10 March 2027, 10:00 in Korbach (CET)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Der Köder im Postfach', // Thu 11.03. 13:00–15:30, online, ekom21, Emde, 49 €, phishing
  excel: 'Excel kompakt: Formeln, Listen und Auswertungen', // Fri 12.03. 09:00–12:00, VHS Korbach, Vahle, 85 €
  datenschutz: 'Datenschutz in der Sachbearbeitung: DSGVO und HDSIG in der Praxis', // Mon 15.03. 09:00–12:30, hybrid (Kreishaus), HVSV, 210 €
  ergonomie: 'Der Rücken sagt Danke', // Tue 16.03. 14:00–16:00, online, UKH, Kesper, free
  english: 'Front Desk English: Serving Clients from Abroad', // Wed 17.03. 09:00–16:00, Rathaus Bad Arolsen, VHS, 140 €, English, deadline passed Fri 05.03. 23:59
  vergabe: 'Vergaberecht kompakt: Aufträge nach dem HVTG rechtssicher vergeben', // Thu 18.03. 09:00–16:00, Kreishaus, HVSV, Dittmar, 260 €, deadline Fri 12.03. 12:00
  teams: 'Microsoft Teams im Verwaltungsalltag', // Tue 23.03. 13:00–16:00, online, ekom21, Emde, 49 €
  wissen: 'Wissen, das bleibt', // Thu 01.04. 09:00–12:00, Kreishaus, Kreis PE, Hundertmark, 120 €, knowledge transfer
  doppik: 'Der doppische Haushalt in Hessen: Grundlagen für Einsteigende', // Tue 06.04. 09:00–16:00, Rathaus Frankenberg (Eder), HVSV, 230 €
  ersteHilfe: 'Erste Hilfe im Betrieb: Ausbildung für Ersthelfende', // Wed 07.04. 08:30–16:30, Wandelhalle Bad Wildungen, UKH, free
  zeit: 'Die Zeit gehört Ihnen', // Tue 13.04. 09:00–12:00, online, VHS, Vahle, 75 €, time management
  fuehrung: 'Neu in Führung: Grundlagen für Teamleitungen', // Tue 20.04. and Wed 21.04. 09:00–16:30, Rathaus Willingen, Kreis PE, Hundertmark und Saure, 590 €
  ki: 'Künstliche Intelligenz im Verwaltungsalltag: Chancen und Grenzen', // Thu 22.04. 13:00–16:00, hybrid (Kreishaus), ekom21, Emde, 95 €
  ozg: 'Vom Amtsgang zum Mausklick', // Tue 27.04. 09:00–12:00, online, ekom21, Lohr, 49 €, OZG
  auswahl: 'Die richtige Person finden', // Thu 29.04. 09:00–16:00, Kreishaus, Kreis PE, Hundertmark, 150 €, 10 seats, no waitlist
  protokoll: 'Wer schreibt, der bleibt', // Tue 04.05. 09:00–16:00, Rathaus Bad Arolsen, HVSV, Frese, 190 €, minute-taking
  eakte: 'Papierlos ins Rathaus', // Tue 11.05. 09:00–12:00, Rathaus Waldeck, ekom21, Lohr, 60 €, only Bad Arolsen/Waldeck/Willingen
  sprache: 'Sag es einfacher', // Wed 12.05. 09:00–16:00, VHS Korbach, VHS, Brühl, 135 €, plain language
  urheber: 'Fremde Federn', // Tue 18.05. 13:00–16:00, online, VHS, Dr. Wagener, 79 €, copyright
  stress: 'Gelassen bleiben, wenn alles drängt', // Thu 20.05. 09:00–16:00, Wandelhalle Bad Wildungen, VHS, Rohde, 95 €
  tvoed: 'TVöD kompakt: Eingruppierung und Stufenzuordnung', // Tue 25.05. 09:00–15:00, online, HVSV, Dittmar, 220 €
  deeskalation: 'Klare Grenzen, freundlicher Ton', // Tue 01.06. 09:00–15:00, Rathaus Bad Wildungen, HVSV, Stiehl, 180 €
  melde: 'Meldewesen aktuell: Neuerungen im Bundesmeldegesetz', // Wed 09.06. 09:00–12:00, online, HVSV, 160 €
  verwaltungsrecht: 'Grundlagen des Verwaltungsrechts für Quereinsteigende', // Tue 15.06. 09:00–16:00, Kreishaus, HVSV, Frese, 240 €
  kurbeitrag: 'Tourismusbeitrag und Kurbeitrag rechtssicher erheben', // draft (Tue 08.06.)
  energie: 'Energiemanagement für kommunale Liegenschaften', // draft (Wed 23.06.)
  socialMedia: 'Social Media für Kommunen: Instagram und Facebook gezielt nutzen', // cancelled (Thu 25.03.2027)
  pdf: 'Barrierefreie PDF-Dokumente erstellen', // cancelled (Wed 05.05.2027)
  winterdienst: 'Sicher durch den Winterdienst: Unterweisung für Bauhöfe', // past (Thu 14 January 2027)
  jahresabschluss: 'Jahresabschluss 2026: Was die Kämmerei jetzt wissen muss', // past (Tue 16 February 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.kurbeitrag, T.energie, T.socialMedia, T.pdf, T.winterdienst, T.jahresabschluss];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost, when (two days), start time, duration --------------------------------------------------------------
  {
    q: 'Guten Tag, ich hätte gern gewusst, was das Excel-Seminar der VHS kostet.',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 85 €'],
  },
  {
    q: 'Hallo zusammen, ich bin Ersthelferin in unserem Bürgerbüro. Muss ich für den Erste-Hilfe-Lehrgang etwas bezahlen?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse Hessen für ihre Mitgliedsunternehmen.'],
  },
  { q: 'how much is the leadership course', locale: 'en', kind: 'facts', titles: [T.fuehrung], says: ['costs €590'] },
  {
    q: 'wann ist der datenschutz kurs',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['am Mo., 15.03.2027 von 09:00 bis 12:30 Uhr'],
  },
  {
    q: "Hello, I work at the front desk of our citizens' office. When is the English course for counter staff?",
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['on Wed, 17 Mar 2027 from 09:00 to 16:00'],
  },
  {
    q: 'Guten Morgen! Ich übernehme ab Mai eine Teamleitung. An welchen Tagen findet „Neu in Führung“ statt?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Di., 20.04.2027 und Mi., 21.04.2027', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    q: 'what time does the teams training start',
    locale: 'en',
    kind: 'facts',
    titles: [T.teams],
    says: ['starts on Tue, 23 Mar 2027 at 13:00'],
  },
  {
    q: 'wie lange dauert der kurs zum zeitmanagement',
    kind: 'facts',
    titles: [T.zeit],
    says: ['dauert 3 Stunden, von 09:00 bis 12:00 Uhr'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  {
    q: 'wo findet die doppik schulung statt',
    kind: 'facts',
    titles: [T.doppik],
    says: ['im Rathaus Frankenberg (Eder)'],
  },
  {
    q: 'where is the first aid course',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['at Wandelhalle Bad Wildungen'],
  },
  {
    q: 'Hallo, ich arbeite überwiegend im Homeoffice. Kann ich an der KI-Schulung auch online teilnehmen?',
    kind: 'facts',
    titles: [T.ki],
    says: [/findet hybrid statt|oder online statt/],
  },
  {
    q: 'wer leitet das vergaberecht seminar',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['leitet Herr Rainer Dittmar'],
  },
  {
    q: 'wer sind die referenten bei neu in führung',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['leiten Frau Petra Hundertmark und Herr Martin Saure'],
  },
  {
    q: 'Guten Tag, ich bin neu in der Zentralen Vergabestelle. Bis wann kann ich mich für das Vergaberecht-Seminar noch anmelden?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Fr., 12.03.2027, 12:00 Uhr'],
  },
  {
    q: 'registration deadline english course',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 5 Mar 2027, 23:59'],
  },
  {
    q: 'Guten Tag, ich sitze in einer Auswahlkommission. Sind bei der Schulung zur Personalauswahl noch Plätze frei?',
    kind: 'facts',
    titles: [T.auswahl],
    says: ['noch 10 von 10 Plätzen frei'],
  },
  {
    q: 'is the de-escalation training online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['takes place in person'],
  },
  {
    q: 'Guten Morgen, ich schreibe künftig die Niederschriften im Ortsbeirat. Wann und wo findet „Wer schreibt, der bleibt“ statt?',
    kind: 'facts',
    titles: [T.protokoll],
    says: ['am Di., 04.05.2027 von 09:00 bis 16:00 Uhr im Rathaus Bad Arolsen'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  {
    conv: 'postfach',
    q: 'Hallo! Bei uns im Team kommen ständig verdächtige Mails an. Gibt es dazu eine Schulung?',
    kind: 'list',
    titles: [T.phishing],
  },
  {
    conv: 'postfach',
    q: 'Wann ist die?',
    kind: 'facts',
    titles: [T.phishing],
    says: ['am Do., 11.03.2027 von 13:00 bis 15:30 Uhr'],
  },
  { conv: 'postfach', q: 'Und was kostet sie?', kind: 'facts', titles: [T.phishing], says: ['kostet 49 €'] },
  {
    conv: 'back',
    q: 'my back hurts from sitting at the desk all day, any course?',
    locale: 'en',
    kind: 'list',
    titles: [T.ergonomie],
  },
  {
    conv: 'back',
    q: 'is it online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ergonomie],
    says: ['takes place online'],
  },
  {
    conv: 'back',
    q: 'who leads it',
    locale: 'en',
    kind: 'facts',
    titles: [T.ergonomie],
    says: ['is led by Herr Lukas Kesper'],
  },
  {
    conv: 'ruhestand',
    q: 'Guten Tag, meine Kollegin geht im Sommer in den Ruhestand und soll ihr Wissen vorher weitergeben. Gibt es dafür ein passendes Seminar?',
    kind: 'list',
    titles: [T.wissen],
  },
  { conv: 'ruhestand', q: 'Wo findet das statt?', kind: 'facts', titles: [T.wissen], says: ['im Kreishaus Korbach'] },
  { conv: 'ruhestand', q: 'Danke, das hilft mir weiter!', kind: 'thanks' },
  { conv: 'akte', q: 'gibt es was zur e-akte', kind: 'list', titles: [T.eakte] },
  {
    conv: 'akte',
    q: 'wann ist das',
    kind: 'facts',
    titles: [T.eakte],
    says: ['am Di., 11.05.2027 von 09:00 bis 12:00 Uhr'],
  },
  { conv: 'ohne-vorlauf', q: 'Und wie viel kostet das?', kind: 'noContext' },
  // --- topic searches: typos, words only in summary or description, synonyms, abbreviations ----------------------------
  { q: 'vergaberecth', kind: 'list', titles: [T.vergabe] },
  { q: 'datenschutzgrundverordung', kind: 'list', titles: [T.datenschutz] },
  { q: 'bewerbungsgespräche führen', kind: 'list', titles: [T.auswahl] },
  { q: 'leichte sprache', kind: 'list', titles: [T.sprache] },
  {
    q: "Hello, I look after our town's website. Is there any course on copyright for photos?",
    locale: 'en',
    kind: 'list',
    titles: [T.urheber],
  },
  { q: 'burnout vorbeugen', kind: 'list', titles: [T.stress] },
  { q: 'onlinezugangsgesetz', kind: 'list', titles: [T.ozg] },
  {
    q: 'Hallo, ich bin Sachbearbeiterin in der Kämmerei und neu im Haushaltsbereich. Gibt es eine Einführung in die Doppik?',
    kind: 'list',
    titles: [T.doppik],
  },
  { q: 'gibt es was zur gewaltprävention', kind: 'list', titles: [T.deeskalation] },
  { q: 'anything about AI?', locale: 'en', kind: 'list', titles: [T.ki] },
  // --- filters: dates, format, place, trainer, provider, audience, length, cost, language, seats -----------------------
  {
    q: 'Guten Morgen! Ich habe diese Woche noch etwas Luft. Welche Seminare finden diese Woche noch statt?',
    kind: 'list',
    titles: [T.phishing, T.excel],
  },
  {
    q: "what's on next week",
    locale: 'en',
    kind: 'list',
    titles: [T.datenschutz, T.ergonomie, T.english, T.vergabe],
  },
  { q: 'online seminare im mai', kind: 'list', titles: [T.urheber, T.tvoed] },
  { q: 'was ist im juni', kind: 'list', titles: [T.deeskalation, T.melde, T.verwaltungsrecht] },
  { q: 'free courses', locale: 'en', kind: 'list', titles: [T.ergonomie, T.ersteHilfe] },
  {
    q: 'Guten Tag, ich habe keinen Dienstwagen und möchte nicht weit fahren. Welche Seminare finden in Bad Wildungen statt?',
    kind: 'list',
    ...only(T.ersteHilfe, T.stress, T.deeskalation),
  },
  {
    q: 'Hallo, ich arbeite im Ordnungsamt. Welche Kurse bietet die Unfallkasse Hessen an?',
    kind: 'list',
    ...only(T.ergonomie, T.ersteHilfe),
  },
  { q: 'kurse von herrn emde', kind: 'list', ...only(T.phishing, T.teams, T.ki) },
  {
    q: 'Which HVSV seminars are there in May?',
    locale: 'en',
    kind: 'list',
    titles: [T.protokoll, T.tvoed],
  },
  { q: 'welche seminare gehen über mehrere tage', kind: 'list', titles: [T.fuehrung] },
  {
    q: 'Guten Tag, ich bin seit Januar als Quereinsteiger in der Verwaltung. Welche Seminare sind für mich geeignet?',
    kind: 'list',
    first: T.verwaltungsrecht,
  },
  { q: 'gibt es seminare auf englisch', kind: 'list', titles: [T.english] },
  {
    q: "Hi, I'm planning my April. Is there anything on 22 April?",
    locale: 'en',
    kind: 'list',
    titles: [T.ki],
  },
  {
    q: 'Hallo, ich plane meine Fortbildungen für Mai. Welche Seminare haben im Mai noch freie Plätze?',
    kind: 'list',
    titles: [T.protokoll, T.eakte, T.sprache, T.urheber, T.stress, T.tvoed],
  },
  // --- details, gone, drafts never shown, no match, greeting, registrations --------------------------------------------
  { q: 'Details zu „Der Köder im Postfach“', kind: 'details', titles: [T.phishing] },
  {
    q: 'Guten Tag, ich wollte mich für den Social-Media-Kurs anmelden. Wann findet der statt?',
    kind: 'gone',
    gone: T.socialMedia,
  },
  { q: 'barrierefreie pdf kurs', kind: 'gone', gone: T.pdf },
  { q: 'winterdienst schulung', kind: 'gone', gone: T.winterdienst, says: ['Do., 14.01.2027'] },
  {
    q: 'Hallo, ich bin in der Kämmerei. Wann war eigentlich das Seminar zum Jahresabschluss 2026?',
    kind: 'gone',
    gone: T.jahresabschluss,
    says: ['Di., 16.02.2027'],
  },
  {
    q: 'Hallo, ich arbeite in der Kurverwaltung Willingen. Gibt es eine Schulung zum Kurbeitrag?',
    kind: 'none',
  },
  {
    q: 'energiemanagement kommunale gebäude',
    kind: 'none',
  },
  { q: 'sap schulung', kind: 'none' },
  { q: 'what can you do?', locale: 'en', kind: 'help' },
  { q: 'Meine Anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a hundred-and-eighty-fourth, independent catalogue (Landkreis Waldeck-Frankenberg, HVSV, ekom21, UKH)',
  {
    fixture: 'heldout184-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
