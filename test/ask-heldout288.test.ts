// Over-fitting check, two-hundred-and-eighty-eighth catalogue: the spring 2028 programme for the Landkreis Schwandorf
// (Bavaria, Oberpfalz) and its towns and municipalities (Schwandorf, Burglengenfeld, Maxhütte-Haidhof, Teublitz, Nabburg,
// Neunburg vorm Wald, Nittenau, Oberviechtach, Pfreimd, Schwarzenfeld, Wackersdorf, Bodenwöhr, Schönsee), with the
// Bayerische Verwaltungsschule (BVS), the Kommunale Unfallversicherung Bayern (KUVB), the AKDB, the Bayerischer
// Kommunaler Prüfungsverband (BKPV), the Volkshochschule im Landkreis Schwandorf (VHS), the Landratsamt's
// Personalentwicklung, the Wasserwirtschaftsamt Weiden, the Innovationsstiftung Bayerische Kommunen, the Bayerische
// Gartenakademie, the Bayerischer Gemeindetag, the KAV Bayern and the registrars' association, imported from a JSON file.
// Seminars take place in the Landratsamt Schwandorf, the town halls of Schwandorf, Nabburg, Burglengenfeld, Neunburg
// vorm Wald, Nittenau, Maxhütte-Haidhof, Teublitz, Pfreimd, Schwarzenfeld and Oberviechtach, the VHS-Haus Schwandorf,
// the Bauhof Wackersdorf, online or hybrid. Several titles do not name their subject ("Nicht jeder Anhang ist harmlos"
// is phishing, "Wenn der Keller vollläuft" heavy rain / flood risk, "Abschalten nach Dienstschluss" stress relief,
// "Zahlen lesen, richtig entscheiden" the budget for council members, "Steht der noch sicher?" tree inspection, "Der
// Antrag kommt digital" online services / BayernPortal, "Auf den Punkt gebracht" minutes of council meetings, "Ruhig
// bleiben, wenn es laut wird" de-escalation at the counter), so only summary, description or topics reveal it; one
// seminar is held in English; the project-management course runs on two Wednesdays across the start of summer time
// (Sun 26.03.2028); the online-services course is open only to Burglengenfeld, Maxhütte-Haidhof and Teublitz; first aid
// is free, paid by the KUVB; two courses run in the evening. Questions are asked by German and by international staff
// (half in English, some mixing German words into English), with short follow-up conversations, written without looking
// at the parser or the answers.
//
// Calendar around `now` (Thursday 2 March 2028, 08:05 in Schwandorf, winter time CET; 2028 is a leap year; summer time
// begins Sun 26.03.2028; Easter Sunday is 16.04.2028):
//   this week:  Mon 28.02.–Sun 05.03.; nothing Mon to Wed; Thu 02.03. (today) 13:00–14:30 phishing (online); Fri 03.03.
//               (tomorrow) 09:00–12:00 cash offices (Rathaus Nabburg, 95 €); nothing on the weekend
//   next week:  Mon 06.03. 09:00–12:00 data protection (online), Tue 07.03. 13:00–16:30 English (VHS-Haus Schwandorf),
//               Wed 08.03. 09:00–16:00 land-use planning (Rathaus Burglengenfeld; deadline passed Thu 24.02. 12:00),
//               Thu 09.03. 13:00–16:30 heavy rain (Landratsamt); nothing on Fri 10.03.
//   March:      Tue 14.03. 09:00–12:00 Word (online, 59 €), Wed 15.03. 18:00–19:30 stress (online, evening), Thu 16.03.
//               08:30–16:00 first aid (Rathaus Neunburg vorm Wald), the cancelled forklift course (Fri 17.03.), Tue
//               21.03. 18:30–21:00 budget for council members (Rathaus Nittenau, evening), Wed 22.03. (CET) and Wed
//               29.03. (CEST) 09:00–16:00 project management (Landratsamt; deadline Fri 10.03. 23:59), Thu 23.03.
//               13:30–16:30 AI (hybrid, Landratsamt), Mon 27.03. 09:00–15:00 registry office / names (Rathaus Schwandorf)
//   April:      Sat 01.04.; Tue 04.04. 08:00–15:00 tree inspection (Bauhof Wackersdorf), Wed 19.04. 09:00–16:00
//               administrative fines (Rathaus Maxhütte-Haidhof), Tue 25.04. 10:00–12:00 e-invoices (online), the
//               cancelled PowerPoint course (Wed 26.04.), Thu 27.04. 09:00–12:00 online services (Rathaus Teublitz,
//               three towns only)
//   May:        Tue 09.05. 09:00–15:00 minutes (Rathaus Pfreimd; deadline Fri 21.04. 12:00), Thu 11.05. 09:00–16:00
//               property tax (Rathaus Schwarzenfeld), Tue 16.05. 09:00–16:00 de-escalation (Landratsamt, free)
//   June:       Wed 14.06. 09:00–15:00 exam revision for trainees (online), Tue 20.06. 09:00–16:00 TVöD (Rathaus
//               Oberviechtach)
//   later:      the draft dangerous-dogs course (Wed 12.07.), the draft election-helper course (Tue 18.07., 17:00)
//   past:       Mon 22.11.2027 event safety concepts (Landratsamt), Tue 25.01.2028 VAT § 2b UStG (online).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-03-02T07:05:00Z'); // Thursday, 2 March 2028, 08:05 in Schwandorf (CET)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Nicht jeder Anhang ist harmlos', // Thu 02.03. 13:00–14:30, online, AKDB, Beer, phishing / information security, free
  kasse: 'Barkasse und Zahlstellen: Kassensicherheit in der Gemeinde', // Fri 03.03. 09:00–12:00, Rathaus Nabburg, BKPV, Zeitler, 95 €
  datenschutz: 'Datenschutz-Grundschulung für Beschäftigte', // Mon 06.03. 09:00–12:00, online, PE, Meier, DSGVO, free
  english: 'Serving International Residents: English at the Counter', // Tue 07.03. 13:00–16:30, VHS-Haus Schwandorf, VHS, Donovan, in English, 85 €
  bauleitplanung: 'Bebauungsplan von A bis Z: Bauleitplanung für Gemeinden', // Wed 08.03. 09:00–16:00, Rathaus Burglengenfeld, BVS, Dr. Wittmann, 240 €, deadline passed Thu 24.02. 12:00
  starkregen: 'Wenn der Keller vollläuft', // Thu 09.03. 13:00–16:30, Landratsamt, WWA Weiden, Bräu, heavy rain / flood risk, free, 40 seats
  word: 'Word im Amt: Serienbriefe, Vorlagen und lange Dokumente', // Tue 14.03. 09:00–12:00, online, VHS, Schießl, 59 € (Dienststelle pays)
  stress: 'Abschalten nach Dienstschluss', // Wed 15.03. 18:00–19:30, online, VHS, Pirzer, stress relief, 12 €, evening
  ersteHilfe: 'Erste Hilfe am Arbeitsplatz: Aus- und Fortbildung für Ersthelfende', // Thu 16.03. 08:30–16:00, Rathaus Neunburg vorm Wald, KUVB, Wagner, free (KUVB pays)
  rat: 'Zahlen lesen, richtig entscheiden', // Tue 21.03. 18:30–21:00, Rathaus Nittenau, Gemeindetag, Fischer, budget for council members, 40 €, evening
  projekt: 'Projektmanagement in der Kommune: Grundlagen', // Wed 22.03. (CET) and Wed 29.03. (CEST) 09:00–16:00, Landratsamt, BVS, Dr. Reindl, 360 €, deadline Fri 10.03. 23:59
  ki: 'KI im Amt: Copilot und ChatGPT sicher nutzen', // Thu 23.03. 13:30–16:30, hybrid (Landratsamt), Innovationsstiftung, Ertl, free
  standesamt: 'Namensrecht neu: Was sich im Standesamt geändert hat', // Mon 27.03. 09:00–15:00 (CEST), Rathaus Schwandorf, Graf, 150 €
  baum: 'Steht der noch sicher?', // Tue 04.04. 08:00–15:00, Bauhof Wackersdorf, Gartenakademie, Dirscherl, tree inspection, 175 €, 12 seats
  owi: 'Ordnungswidrigkeiten in der Gemeinde ahnden', // Wed 19.04. 09:00–16:00, Rathaus Maxhütte-Haidhof, BVS, Dr. Wittmann, fines (Bußgeld), 225 €
  eRechnung: 'E-Rechnung empfangen und verarbeiten', // Tue 25.04. 10:00–12:00, online, AKDB, Scharf, XRechnung, free
  onlinezugang: 'Der Antrag kommt digital', // Thu 27.04. 09:00–12:00, Rathaus Teublitz, AKDB, Scharf, OZG / BayernPortal / BayernID, free, three towns only
  protokoll: 'Auf den Punkt gebracht', // Tue 09.05. 09:00–15:00, Rathaus Pfreimd, BVS, Lindner, minutes of council meetings, 195 €, deadline Fri 21.04. 12:00
  grundsteuer: 'Grundsteuer nach der Reform: Bescheide, Hebesätze und Widersprüche', // Thu 11.05. 09:00–16:00, Rathaus Schwarzenfeld, BKPV, Höcherl, 210 €
  deeskalation: 'Ruhig bleiben, wenn es laut wird', // Tue 16.05. 09:00–16:00, Landratsamt, PE, Zwick, de-escalation at the counter, free
  pruefung: 'Fit für die Zwischenprüfung: Repetitorium Verwaltungsrecht', // Wed 14.06. 09:00–15:00, online, BVS, Lindner, trainees, 90 €
  tvoed: 'TVöD kompakt: Eingruppierung und Stufenzuordnung', // Tue 20.06. 09:00–16:00, Rathaus Oberviechtach, KAV Bayern, Dr. Rösch, 260 €
  hunde: 'Gefährliche Hunde: Haltung, Anordnungen und Kampfhundeverordnung', // draft (Wed 12.07.)
  wahlhelfer: 'Wahlhelferschulung: Briefwahl und Wahlvorstand', // draft (Tue 18.07.)
  stapler: 'Gabelstapler-Fahrausweis für Bauhofbeschäftigte', // cancelled (Fri 17.03.2028)
  powerpoint: 'PowerPoint: Präsentationen, die überzeugen', // cancelled (Wed 26.04.2028)
  umsatzsteuer: 'Umsatzsteuer der Kommunen: § 2b UStG in der Praxis', // past (Tue 25 January 2028)
  veranstaltung: 'Sicherheitskonzepte für Veranstaltungen', // past (Mon 22 November 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.hunde, T.wahlhelfer, T.stapler, T.powerpoint, T.umsatzsteuer, T.veranstaltung];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations: the seminar of the first answer stays the subject --------------------------------------
  { conv: 'today', q: 'anything on today?', locale: 'en', kind: 'list', titles: [T.phishing] },
  {
    conv: 'today',
    q: 'is it online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['takes place online'],
  },
  {
    conv: 'today',
    q: 'how long does it take?',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['lasts 1.5 hours, from 13:00 to 14:30'],
  },
  { conv: 'morgen', q: 'was ist morgen?', kind: 'list', titles: [T.kasse] },
  { conv: 'morgen', q: 'was kostet das?', kind: 'facts', titles: [T.kasse], says: ['kostet 95 €'] },
  { conv: 'morgen', q: 'wo genau?', kind: 'facts', titles: [T.kasse], says: ['findet im Rathaus Nabburg'] },
  {
    conv: 'datenschutz',
    q: 'Is there a Schulung on Datenschutz?',
    locale: 'en',
    kind: 'list',
    titles: [T.datenschutz],
  },
  {
    conv: 'datenschutz',
    q: 'is that online or in person?',
    locale: 'en',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['takes place online'],
  },
  {
    conv: 'datenschutz',
    q: 'who is the trainer?',
    locale: 'en',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['is led by Herr Thomas Meier'],
  },
  { conv: 'projekt', q: 'gibt es was zu projektmanagement?', kind: 'list', titles: [T.projekt] },
  {
    conv: 'projekt',
    q: 'an welchen tagen ist das?',
    kind: 'facts',
    titles: [T.projekt],
    says: ['an 2 Tagen', 'Mi., 22.03.2028 und Mi., 29.03.2028', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'projekt',
    q: 'bis wann muss ich mich anmelden?',
    kind: 'facts',
    titles: [T.projekt],
    says: ['bis Fr., 10.03.2028, 23:59 Uhr'],
  },
  { conv: 'bplan', q: 'any training on Bebauungspläne?', locale: 'en', kind: 'list', titles: [T.bauleitplanung] },
  {
    conv: 'bplan',
    q: "what's the registration deadline?",
    locale: 'en',
    kind: 'facts',
    titles: [T.bauleitplanung],
    says: ['passed on Thu, 24 Feb 2028, 12:00'],
  },
  { conv: 'english', q: 'is any seminar held in English?', locale: 'en', kind: 'list', titles: [T.english] },
  {
    conv: 'english',
    q: 'where is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['takes place at VHS-Haus Schwandorf'],
  },
  {
    conv: 'english',
    q: 'how much does it cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['costs €85'],
  },
  { conv: 'erstehilfe', q: 'ersthelfer auffrischung', kind: 'list', titles: [T.ersteHilfe] },
  {
    conv: 'erstehilfe',
    q: 'wann beginnt der kurs?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['beginnt am Do., 16.03.2028 um 08:30 Uhr'],
  },
  {
    conv: 'erstehilfe',
    q: 'muss ich dafür was zahlen?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangskosten übernimmt die KUVB für ihre Mitglieder.'],
  },
  { conv: 'ki', q: 'do you have a KI Schulung?', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    conv: 'ki',
    q: 'is it hybrid?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is hybrid: at Landratsamt Schwandorf'],
  },
  { conv: 'baum', q: 'kurs baumkontrolle für den bauhof', kind: 'list', titles: [T.baum] },
  { conv: 'baum', q: 'wer leitet das?', kind: 'facts', titles: [T.baum], says: ['leitet Herr Alois Dirscherl'] },
  { conv: 'baum', q: 'sind noch plätze frei?', kind: 'facts', titles: [T.baum], says: ['noch 12 von 12 Plätzen frei'] },
  { conv: 'grundsteuer', q: 'Grundsteuer seminar', locale: 'en', kind: 'list', titles: [T.grundsteuer] },
  {
    conv: 'grundsteuer',
    q: 'when is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.grundsteuer],
    says: ['on Thu, 11 May 2028 from 09:00 to 16:00'],
  },
  // --- facts asked about a seminar by its subject -----------------------------------------------------------------------
  {
    q: 'how much is the Word course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.word],
    says: ['costs €59'],
    mentions: ['Die Gebühr trägt die entsendende Dienststelle.'],
  },
  {
    q: 'where is the Ordnungswidrigkeiten seminar held?',
    locale: 'en',
    kind: 'facts',
    titles: [T.owi],
    says: ['takes place at Rathaus Maxhütte-Haidhof'],
  },
  {
    q: 'who runs the de-escalation training?',
    locale: 'en',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['is led by Herr Günther Zwick'],
  },
  {
    q: 'is the E-Rechnung training online or in person?',
    locale: 'en',
    kind: 'facts',
    titles: [T.eRechnung],
    says: ['takes place online'],
  },
  {
    q: 'how many places are left in the Starkregen workshop?',
    locale: 'en',
    kind: 'facts',
    titles: [T.starkregen],
    says: ['has 40 of 40 seats left'],
  },
  {
    q: 'wie lange dauert die schulung zum namensrecht?',
    kind: 'facts',
    titles: [T.standesamt],
    says: ['dauert 6 Stunden, von 09:00 bis 15:00 Uhr'],
  },
  {
    q: 'anmeldeschluss für das seminar zu sitzungsniederschriften',
    kind: 'facts',
    titles: [T.protokoll],
    says: ['bis Fr., 21.04.2028, 12:00 Uhr'],
  },
  // --- topic searches: typos, words only in summary or description, everyday words, English and mixed -----------------
  { q: 'phising mails erkennen', kind: 'list', titles: [T.phishing] },
  { q: 'xrechnung', kind: 'list', titles: [T.eRechnung] },
  { q: 'hochwasser vorsorge in der gemeinde', kind: 'list', titles: [T.starkregen] },
  { q: 'umgang mit aggressiven bürgern am schalter', kind: 'list', titles: [T.deeskalation] },
  { q: 'anträge über die bayernid', kind: 'list', titles: [T.onlinezugang] },
  { q: 'eingruppierung nach tvöd', kind: 'list', titles: [T.tvoed] },
  { q: 'any course on writing Protokolle for Sitzungen?', locale: 'en', kind: 'list', titles: [T.protokoll] },
  { q: 'I need a training on Bußgeldbescheide', locale: 'en', kind: 'list', titles: [T.owi] },
  { q: 'double surnames after the Namensrecht reform', locale: 'en', kind: 'list', titles: [T.standesamt] },
  { q: 'help me prepare for my Zwischenprüfung', locale: 'en', kind: 'list', titles: [T.pruefung] },
  // --- time and place filters, format, provider, cost, length ----------------------------------------------------------
  { q: 'was ist diese woche noch?', kind: 'list', titles: [T.phishing, T.kasse] },
  {
    q: "what's on next week?",
    locale: 'en',
    kind: 'list',
    titles: [T.datenschutz, T.english, T.bauleitplanung, T.starkregen],
  },
  {
    q: 'anything in April?',
    locale: 'en',
    kind: 'list',
    titles: [T.baum, T.owi, T.eRechnung, T.onlinezugang],
  },
  { q: 'seminare im mai', kind: 'list', titles: [T.protokoll, T.grundsteuer, T.deeskalation] },
  { q: 'any online sessions in April?', locale: 'en', kind: 'list', titles: [T.eRechnung] },
  { q: 'free seminars in May', locale: 'en', kind: 'list', titles: [T.deeskalation] },
  { q: 'what is on in June?', locale: 'en', kind: 'list', titles: [T.pruefung, T.tvoed] },
  { q: 'gibt es abendveranstaltungen?', kind: 'list', ...only(T.stress, T.rat) },
  { q: 'was findet im landratsamt statt?', kind: 'list', ...only(T.starkregen, T.projekt, T.ki, T.deeskalation) },
  {
    q: 'welche seminare bietet die BVS an?',
    kind: 'list',
    ...only(T.bauleitplanung, T.projekt, T.owi, T.protokoll, T.pruefung),
  },
  {
    q: 'seminare über 200 euro',
    kind: 'list',
    ...only(T.bauleitplanung, T.projekt, T.owi, T.grundsteuer, T.tvoed),
  },
  { q: 'sessions that last less than two hours', locale: 'en', kind: 'list', ...only(T.phishing, T.stress) },
  { q: 'gibt es mehrtägige seminare?', kind: 'list', titles: [T.projekt] },
  { q: 'gibt es am samstag ein seminar?', kind: 'none' },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'when is the Staplerschein course?', locale: 'en', kind: 'gone', gone: T.stapler },
  { q: 'powerpoint schulung', kind: 'gone', gone: T.powerpoint },
  {
    q: 'wann war das seminar zur umsatzsteuer nach § 2b?',
    kind: 'gone',
    gone: T.umsatzsteuer,
    says: ['Di., 25.01.2028'],
  },
  {
    q: 'the seminar on Sicherheitskonzepte for events, when was that?',
    locale: 'en',
    kind: 'gone',
    gone: T.veranstaltung,
    says: ['Mon, 22 Nov 2027'],
  },
  { q: 'schulung zur kampfhundeverordnung', kind: 'none' },
  { q: 'training for Wahlhelfer', locale: 'en', kind: 'none' },
  { q: 'is there a Spanish course?', locale: 'en', kind: 'none' },
  { q: 'schulung zum vergaberecht', kind: 'none' },
  { q: 'Hello!', locale: 'en', kind: 'help' },
  { q: 'Grüß Gott', kind: 'help' },
  { q: 'which courses am I signed up for?', locale: 'en', kind: 'myRegistrations' },
  { q: 'meine buchungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-eighty-eighth, independent catalogue (Landkreis Schwandorf, BVS, KUVB, AKDB, BKPV, VHS)',
  {
    fixture: 'heldout288-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
