// Over-fitting check, two-hundred-and-fifty-fifth catalogue: the winter programme 2027 for the Landkreis Trier-Saarburg
// (Rhineland-Palatinate) and its Verbandsgemeinden (Konz, Saarburg-Kell with Kell am See, Hermeskeil, Schweich,
// Trier-Land, Ruwer), with the Kreisakademie Trier-Saarburg, the Kommunaler IT-Service Trier-Saarburg (KITS), the
// Unfallkasse Rheinland-Pfalz, the Kreisvolkshochschule Trier-Saarburg (KVHS) and the Zentrale Verwaltungsschule
// Rheinland-Pfalz (ZVS), imported from a JSON file. Seminars take place in the Kreishaus Trier-Saarburg (Trier), the
// town halls of Konz, Saarburg and Schweich, the Verbandsgemeindeverwaltungen Hermeskeil, Trier-Land (Trier) and Ruwer
// (Waldrach), the KVHS-Bildungszentrum Schweich, the Bürgerhaus Kell am See, online or hybrid (Kreishaus, Rathaus
// Konz). Several titles do not name their subject ("Klick mit Folgen" is phishing / information security, "Wenn Worte
// nicht mehr reichen" de-escalation, "Der Arbeitsplatz am Küchentisch" home-office ergonomics, "Die ersten hundert
// Tage" leadership for new managers, "Abschied vom Aktenordner" the e-file, "Schreiben, das ankommt" plain language,
// "Alles auf einer Plattform" Microsoft Teams, "Bürgerservice rund um die Uhr" the OZG, "Den Akku wieder aufladen"
// stress), so only summary, description or topics reveal it; one seminar is held in English (its deadline has
// passed); the leadership course runs on three days; the e-file course is open only to the Verbandsgemeinden
// Hermeskeil, Saarburg-Kell and Ruwer; first aid is free, paid by the Unfallkasse.
// Questions are written the way an acceptance tester would try the bot, mostly as long follow-up conversations, about
// a quarter in English, without looking at the parser or the answers.
//
// Calendar around `now` (Monday 8 November 2027, 08:30 in Trier, winter time since Sun 31.10.2027):
//   this week:  nothing today; Tue 09.11. 09:00–11:00 phishing (online), Thu 11.11. 13:00–16:00 data protection in
//               the personnel office (Kreishaus), Fri 12.11. 08:00–12:00 winter road service (VG Hermeskeil)
//   next week:  nothing Mon 15.11.; Tue 16.11. 09:00–15:00 de-escalation (Rathaus Konz, free, 14 seats), Wed 17.11.
//               09:00–12:00 accessible PDF (online), Thu 18.11. 09:00–12:30 Excel (KVHS Schweich) and 14:00–16:00
//               telephone service (online); the cancelled Outlook course (Thu 18.11.); nothing Fri 19.11.
//   then:       Tue 23.11. plain language (KVHS Schweich), Wed 24.11. English (Rathaus Konz; deadline passed Fri
//               05.11. 23:59), Thu 25.11. first aid (Bürgerhaus Kell am See, 08:30–16:00), Fri 26.11. 10:00–12:00 AI
//               (hybrid, Kreishaus)
//   December:   Wed 01.12., Thu 02.12. and Thu 16.12. leadership (Kreishaus, 590 €, deadline Fri 19.11. 12:00); Wed
//               01.12. 14:00–15:30 home office (online); Thu 02.12. e-file (VG Hermeskeil, members only); Fri 03.12.
//               10:00–11:30 Teams (online); Tue 07.12. procurement (Rathaus Saarburg, deadline Fri 26.11. 23:59); Wed
//               08.12. enforcement (VG Ruwer, Waldrach); Thu 09.12. Doppik year-end closing (VG Trier-Land); Tue 14.12.
//               13:30–16:00 stress (online); the cancelled playground-inspection course (Wed 01.12.), the draft social
//               media course (Wed 15.12.)
//   January:    Mon 10.01.2028 Kanban (hybrid, Rathaus Konz), Wed 12.01. OZG (online), Wed 19.01. council meetings
//               (Rathaus Schweich; deadline Fri 07.01.2028 12:00); the draft Luxembourgish course (Tue 18.01.)
//   past:       Thu 14.10.2027 fire wardens (Rathaus Konz), Wed 03.11.2027 cemetery fees (online).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-11-08T07:30:00Z'); // Monday, 8 November 2027, 08:30 in Trier (CET)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Klick mit Folgen', // Tue 09.11. 09:00–11:00, online, KITS, Reinert, information security, free
  datenschutz: 'Datenschutz im Personalbüro: Personalakte, Bewerbungen, Auskunftsrechte', // Thu 11.11. 13:00–16:00, Kreishaus, Kreisakademie, Dr. Schößler, free
  pdf: 'Barrierefreie PDF-Dokumente mit Word und Acrobat', // Wed 17.11. 09:00–12:00, online, KVHS, Kirsch, 69 €
  deeskalation: 'Wenn Worte nicht mehr reichen', // Tue 16.11. 09:00–15:00, Rathaus Konz, Unfallkasse, Thielen, free, 14 seats
  ersteHilfe: 'Erste Hilfe am Arbeitsplatz: Fortbildung für Ersthelfende', // Thu 25.11. 08:30–16:00, Bürgerhaus Kell am See, Unfallkasse, Beck, free (Unfallkasse pays)
  homeoffice: 'Der Arbeitsplatz am Küchentisch', // Wed 01.12. 14:00–15:30, online, Unfallkasse, Beck, ergonomics, free
  excel: 'Excel im Verwaltungsalltag: Listen, Formeln, Auswertungen', // Thu 18.11. 09:00–12:30, KVHS Schweich, KVHS, Molitor, 85 €
  fuehrung: 'Die ersten hundert Tage', // Wed 01.12., Thu 02.12., Thu 16.12. 09:00–16:00, Kreishaus, Kreisakademie, Dr. Weyand, 590 €, deadline Fri 19.11. 12:00
  ki: 'Künstliche Intelligenz im Amt: Chancen, Grenzen, Regeln', // Fri 26.11. 10:00–12:00, hybrid (Kreishaus), KITS, Reinert, free
  eakte: 'Abschied vom Aktenordner', // Thu 02.12. 09:00–12:00, VG Hermeskeil, KITS, Hoffmann, e-file, only Hermeskeil/Saarburg-Kell/Ruwer, free
  vergabe: 'Öffentliche Aufträge rechtssicher vergeben', // Tue 07.12. 09:00–16:00, Rathaus Saarburg, ZVS, Dr. Lauer, 240 €, deadline Fri 26.11. 23:59
  vollstreckung: 'Offene Forderungen beitreiben: Vollstreckung in der Verbandsgemeindekasse', // Wed 08.12. 09:00–16:00, VG Ruwer (Waldrach), ZVS, Schommer, 210 €
  doppik: 'Der doppische Jahresabschluss in Ortsgemeinden', // Thu 09.12. 09:00–16:00, VG Trier-Land, ZVS, Schommer, 210 €
  english: 'Welcome to Saar and Moselle: English at the Front Desk', // Wed 24.11. 09:00–12:30, Rathaus Konz, KVHS, Murphy, 95 €, deadline passed Fri 05.11. 23:59
  sprache: 'Schreiben, das ankommt', // Tue 23.11. 09:00–16:00, KVHS Schweich, KVHS, Kirsch, 130 €, plain language
  teams: 'Alles auf einer Plattform', // Fri 03.12. 10:00–11:30, online, KITS, Hoffmann, Microsoft Teams, free
  ozg: 'Bürgerservice rund um die Uhr', // Wed 12.01.2028 13:00–16:00, online, KITS, Reinert, OZG, free
  stress: 'Den Akku wieder aufladen', // Tue 14.12. 13:30–16:00, online, Unfallkasse, Görgen, stress / resilience, free
  sitzung: 'Sitzungsdienst in Ortsgemeinden: Einladung, Niederschrift, Beschlüsse', // Wed 19.01.2028 09:00–16:00, Rathaus Schweich, ZVS, Dr. Lauer, 180 €, deadline Fri 07.01.2028 12:00
  kanban: 'Projekte sichtbar steuern mit Kanban', // Mon 10.01.2028 09:00–15:00, hybrid (Rathaus Konz), Kreisakademie, Feltes, 190 €
  telefon: 'Freundlich am Telefon: Service am Bürgertelefon', // Thu 18.11. 14:00–16:00, online, KVHS, Molitor, 49 €
  winterdienst: 'Winterdienst und Streupflicht: Sicherheit für Bauhof und Verwaltung', // Fri 12.11. 08:00–12:00, VG Hermeskeil, Kreisakademie, Wagner, 120 €
  socialMedia: 'Instagram & Co.: Social Media für Kommunen', // draft (Wed 15.12.)
  luxemburgisch: 'Moien! Luxemburgisch für den Bürgerservice', // draft (Tue 18.01.2028)
  outlook: 'Outlook effizient nutzen: E-Mails, Kalender, Aufgaben', // cancelled (Thu 18.11.2027)
  spielplatz: 'Spielplatzkontrolle nach DIN EN 1176', // cancelled (Wed 01.12.2027)
  brandschutz: 'Brandschutzhelfer-Lehrgang nach ASR A2.2', // past (Thu 14 October 2027)
  friedhof: 'Friedhofsgebühren richtig kalkulieren', // past (Wed 3 November 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.socialMedia, T.luxemburgisch, T.outlook, T.spielplatz, T.brandschutz, T.friedhof];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'phish', q: 'gibt es eine schulung zu phisching?', kind: 'list', titles: [T.phishing] },
  {
    conv: 'phish',
    q: 'und wann?',
    kind: 'facts',
    titles: [T.phishing],
    says: ['am Di., 09.11.2027 von 09:00 bis 11:00 Uhr'],
  },
  { conv: 'phish', q: 'wo genau?', kind: 'facts', titles: [T.phishing], says: ['findet online statt'] },
  { conv: 'phish', q: 'kostet der was?', kind: 'facts', titles: [T.phishing], says: ['ist kostenlos'] },
  {
    conv: 'phish',
    q: 'anderes Thema: habt ihr was zu künstlicher Intelligenz?',
    kind: 'list',
    titles: [T.ki],
  },
  {
    conv: 'phish',
    q: 'kann ich da auch online teilnehmen?',
    kind: 'facts',
    titles: [T.ki],
    says: ['findet hybrid statt: im Kreishaus Trier-Saarburg', 'oder online'],
  },
  {
    conv: 'laut',
    q: 'Bürger werden bei uns am Schalter immer öfter laut und ausfallend. Gibt es dafür ein Training?',
    kind: 'list',
    titles: [T.deeskalation],
  },
  {
    conv: 'laut',
    q: 'wo genau?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['findet im Rathaus Konz, Am Markt 11, 54329 Konz statt'],
  },
  {
    conv: 'laut',
    q: 'gibt es den auch online?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['findet in Präsenz statt, im Rathaus Konz'],
  },
  {
    conv: 'laut',
    q: 'sind noch plätze frei?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['noch 14 von 14 Plätzen frei'],
  },
  { conv: 'lauer', q: 'Was bietet Herr Dr. Lauer an?', kind: 'list', ...only(T.vergabe, T.sitzung) },
  { conv: 'lauer', q: 'was kostet das Vergabeseminar?', kind: 'facts', titles: [T.vergabe], says: ['kostet 240 €'] },
  {
    conv: 'lauer',
    q: 'und der andere?',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['kostet 180 €'],
  },
  {
    conv: 'lauer',
    q: 'wo genau?',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['im Rathaus Schweich, Brückenstraße 26, 54338 Schweich'],
  },
  {
    conv: 'lauer',
    q: 'bis wann muss ich mich anmelden?',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['bis Fr., 07.01.2028, 12:00 Uhr'],
  },
  {
    conv: 'lauer',
    q: 'und beim Vergabeseminar?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Fr., 26.11.2027, 23:59 Uhr'],
  },
  {
    conv: 'online',
    q: 'which seminars are online next week?',
    locale: 'en',
    kind: 'list',
    titles: [T.pdf, T.telefon],
  },
  {
    conv: 'online',
    q: 'what about next month?',
    locale: 'en',
    kind: 'list',
    titles: [T.homeoffice, T.teams, T.stress],
  },
  {
    conv: 'online',
    q: 'who teaches the Teams one?',
    locale: 'en',
    kind: 'facts',
    titles: [T.teams],
    says: ['is led by Frau Lena Hoffmann'],
  },
  {
    conv: 'online',
    q: 'how long does it take?',
    locale: 'en',
    kind: 'facts',
    titles: [T.teams],
    says: ['lasts 1.5 hours, from 10:00 to 11:30'],
  },
  { conv: 'online', q: 'and is there anything on stress?', locale: 'en', kind: 'list', titles: [T.stress] },
  {
    conv: 'online',
    q: 'when?',
    locale: 'en',
    kind: 'facts',
    titles: [T.stress],
    says: ['takes place on Tue, 14 Dec 2027 from 13:30 to 16:00'],
  },
  {
    conv: 'fuehrung',
    q: 'ich übernehme bald meine erste Teamleitung – gibt es dafür ein Seminar?',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'fuehrung',
    q: 'wann genau?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 3 Tagen', 'Mi., 01.12.2027, Do., 02.12.2027 und Do., 16.12.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'fuehrung',
    q: 'wer leitet den?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['leitet Frau Dr. Katharina Weyand'],
  },
  { conv: 'fuehrung', q: 'was kostet das?', kind: 'facts', titles: [T.fuehrung], says: ['kostet 590 €'] },
  {
    conv: 'fuehrung',
    q: 'bis wann anmelden?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['bis Fr., 19.11.2027, 12:00 Uhr'],
  },
  { conv: 'english', q: 'is there a course held in English?', locale: 'en', kind: 'list', titles: [T.english] },
  {
    conv: 'english',
    q: 'when is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['takes place on Wed, 24 Nov 2027 from 09:00 to 12:30'],
  },
  {
    conv: 'english',
    q: 'until when can I register?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 5 Nov 2027, 23:59'],
  },
  {
    conv: 'english',
    q: 'where exactly?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['takes place at Rathaus Konz, Am Markt 11, 54329 Konz'],
  },
  {
    conv: 'english',
    q: 'who teaches it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['is led by Siobhan Murphy'],
  },
  {
    conv: 'english',
    q: 'how much does it cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['costs €95'],
  },
  { conv: 'kell', q: 'erste hilfe auffrischung', kind: 'list', titles: [T.ersteHilfe] },
  {
    conv: 'kell',
    q: 'wo genau?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['im Bürgerhaus Kell am See, Hochwaldstraße 20, 54427 Kell am See'],
  },
  {
    conv: 'kell',
    q: 'kostet der was?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangskosten übernimmt die Unfallkasse Rheinland-Pfalz.'],
  },
  {
    conv: 'kell',
    q: 'Themawechsel: gibt es was zum Streuen bei Glatteis?',
    kind: 'list',
    titles: [T.winterdienst],
  },
  {
    conv: 'kell',
    q: 'wann geht der los?',
    kind: 'facts',
    titles: [T.winterdienst],
    says: ['beginnt am Fr., 12.11.2027 um 08:00 Uhr'],
  },
  // --- topic searches: typos, words only in summary or description, synonyms ------------------------------------------
  { q: 'datenschutz bei personalakten', kind: 'list', titles: [T.datenschutz] },
  { q: 'dokumente für screenreader aufbereiten', kind: 'list', titles: [T.pdf] },
  { q: 'weg vom amtsdeutsch', kind: 'list', titles: [T.sprache] },
  { q: 'rückenschmerzen im homeoffice', kind: 'list', titles: [T.homeoffice] },
  { q: 'burnout vorbeugen', kind: 'list', titles: [T.stress] },
  { q: 'e-akte einführung', kind: 'list', titles: [T.eakte] },
  { q: 'jahresabschlus doppik', kind: 'list', titles: [T.doppik] },
  { q: 'OZG workshop', locale: 'en', kind: 'list', titles: [T.ozg] },
  { q: 'video conferencing training', locale: 'en', kind: 'list', titles: [T.teams] },
  // --- filters: dates, format, place, provider, audience, cost, length ------------------------------------------------
  { q: 'was ist diese woche los?', kind: 'list', titles: [T.phishing, T.datenschutz, T.winterdienst] },
  { q: 'online in den nächsten zwei wochen', kind: 'list', titles: [T.phishing, T.pdf, T.telefon] },
  { q: 'was läuft im Januar?', kind: 'list', titles: [T.kanban, T.ozg, T.sitzung] },
  {
    q: 'free courses in December',
    locale: 'en',
    kind: 'list',
    titles: [T.homeoffice, T.eakte, T.teams, T.stress],
  },
  { q: 'hybride seminare', kind: 'list', ...only(T.ki, T.kanban) },
  { q: 'was gibt es in Schweich', kind: 'list', ...only(T.excel, T.sprache, T.sitzung) },
  { q: 'angebote der zvs', kind: 'list', ...only(T.vergabe, T.vollstreckung, T.doppik, T.sitzung) },
  {
    q: 'Unfallkasse courses?',
    locale: 'en',
    kind: 'list',
    ...only(T.deeskalation, T.ersteHilfe, T.homeoffice, T.stress),
  },
  { q: 'gibt es was für Leute vom Bauhof?', kind: 'list', titles: [T.winterdienst] },
  { q: 'seminare über mehrere tage', kind: 'list', titles: [T.fuehrung] },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'wann ist der outlook kurs', kind: 'gone', gone: T.outlook },
  { q: 'gibt es noch die spielplatzkontrolle?', kind: 'gone', gone: T.spielplatz },
  { q: 'brandschutzhelfer lehrgang', kind: 'gone', gone: T.brandschutz, says: ['Do., 14.10.2027'] },
  { q: 'luxemburgisch lernen', kind: 'none' },
  { q: 'gabelstaplerschein', kind: 'none' },
  { q: 'Hallo, was kannst du alles?', kind: 'help' },
  { q: 'show my registrations', locale: 'en', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-fifty-fifth, independent catalogue (Landkreis Trier-Saarburg, ZVS, Unfallkasse RLP)',
  {
    fixture: 'heldout255-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
