// Over-fitting check, two-hundred-and-thirteenth catalogue: the 2027 programme of the Landkreis Oberspreewald-Lausitz
// (Brandenburg) with the Brandenburgische Kommunalakademie (BKA), the county's Personalamt, the regional IT provider
// IT-Dienstleister Südbrandenburg (ITDS), the Unfallkasse Brandenburg (UK BB) and the Volkshochschule
// Oberspreewald-Lausitz (VHS OSL), for the county and its towns (Senftenberg, Lübbenau/Spreewald, Calau, Großräschen,
// Lauchhammer, Vetschau/Spreewald), imported from a JSON file. Seminars take place in the Kreishaus Senftenberg, the
// VHS in Senftenberg, Schloss Lübbenau, the town halls of Lübbenau, Calau, Großräschen, Lauchhammer and Vetschau, online
// or hybrid. Several titles do not name their subject ("Der Köder im Postfach" is phishing / information security,
// "Durchatmen im Dienst" health promotion, "Ein Brief an alle" mail merge in Word, "Wenn es am Schalter laut wird"
// de-escalation, "Die neue Rolle" leadership, "Schluss mit dem Umlaufordner" the e-file, "Mehr Luft im Kalender" time
// management, "Briefe, die ankommen" plain language, "Ein Portal für alles" the OZG, "Sand im Getriebe" team
// conflicts), so only summary, description or topics reveal it; one seminar is held in English; the leadership course
// runs on two days across the start of summer time; the e-file course is open only to Calau, Vetschau and Großräschen;
// first aid is free, paid by the Unfallkasse. Questions are asked the way an acceptance tester writes them: half polite
// full sentences opening with a greeting or the asker's job, a quarter in English, the rest short Teams-style queries
// with typos, without looking at the parser or the answers. Same assertions as the other suites: exactly the expected
// seminars (best first where one is clearly best), the asked fact in the first sentence, never a draft, cancelled or
// past seminar.
//
// Calendar around `now` (Wednesday 3 February 2027, 10:00 in Senftenberg, winter time; summer time begins Sun 28.03.2027):
//   this week:  nothing more today; Thu 04.02. 09:00–12:00 Excel (online, tomorrow), Fri 05.02. 13:00–15:30 data
//               protection (hybrid, Kreishaus)
//   next week:  Mon 08.02. 09:00–11:30 phishing (online), Tue 09.02. 13:00–16:00 health promotion (online), Wed 10.02.
//               09:00–12:30 English (Kreishaus; deadline passed Fri 29.01. 23:59), Thu 11.02. 13:00–16:00 AI (hybrid)
//   then:       nothing from Fri 12.02. to Mon 22.02. except the cancelled social-media course (Tue 16.02.);
//               Tue 23.02. procurement law (Rathaus Großräschen)
//   March:      Tue 02. process management (Rathaus Lübbenau), Wed 03. first aid (Rathaus Lauchhammer, free),
//               Tue 09. mail merge (online), Thu 11. de-escalation (Rathaus Vetschau, free, 12 seats), Tue 16. Doppik
//               (Kreishaus; deadline Fri 26.02. 12:00), Wed 24. ergonomics (online, free, 14:00–15:30), Thu 25. first day
//               of leadership (Schloss Lübbenau); the cancelled chainsaw course on Mon 15.03.
//   April:      Thu 08. (CEST) second day of leadership; Tue 13./Wed 14. induction days for trainees (Kreishaus);
//               Thu 22. e-file (Rathaus Calau, Calau/Vetschau/Großräschen only)
//   May:        Tue 04. council meetings (Rathaus Großräschen, 16 seats), Fri 07. time management (online), Wed 19. plain
//               language (VHS Senftenberg); the draft Sorbian course on Wed 12.05.
//   June:       Mon 07. Scrum (hybrid, Kreishaus), Wed 16. OZG (online)
//   September:  Wed 15. team conflicts (Kreishaus, for managers); the draft heavy-rain course on Tue 09.11.
//   past:       Thu 14.01.2027 registration law (online), Tue 19.01.2027 fire wardens (Lauchhammer).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-02-03T09:00:00Z'); // Wednesday, 3 February 2027, 10:00 in Senftenberg (CET)
const TZ = 'Europe/Berlin';

const T = {
  excel: 'Formeln, Filter, Pivot: Excel im Verwaltungsalltag', // Thu 04.02. 09:00–12:00, online, VHS, Noack, 79 € (Dienststelle pays)
  datenschutz: 'Datenschutz im Bürgerkontakt: Auskunft, Weitergabe, Löschung', // Fri 05.02. 13:00–15:30, hybrid (Kreishaus), Personalamt, DSGVO, free
  phishing: 'Der Köder im Postfach', // Mon 08.02. 09:00–11:30, online, ITDS, Kschenka, information security, free
  stress: 'Durchatmen im Dienst', // Tue 09.02. 13:00–16:00, online, UK BB, Dr. Schramm, health promotion, free
  english: 'Front Desk English: Helping International Residents', // Wed 10.02. 09:00–12:30, Kreishaus, VHS, English, 110 €, deadline passed Fri 29.01. 23:59
  ki: 'Schreiben lassen, selbst entscheiden: Textassistenten im Amt', // Thu 11.02. 13:00–16:00, hybrid (Kreishaus), ITDS, Kschenka, AI, free
  vergabe: 'Richtig einkaufen: Vergaberecht unterhalb der EU-Schwellenwerte', // Tue 23.02. 09:00–16:00, Rathaus Großräschen, BKA, 260 €
  prozess: 'Abläufe sichtbar machen: Prozessmanagement in der Kommunalverwaltung', // Tue 02.03. 09:00–16:00, Rathaus Lübbenau, BKA, Rietschel, 280 €
  ersteHilfe: 'Erste Hilfe im Dienst: Ausbildung für betriebliche Ersthelfende', // Wed 03.03. 08:30–16:30, Rathaus Lauchhammer, UK BB, free (UK pays)
  serienbrief: 'Ein Brief an alle', // Tue 09.03. 09:00–12:00, online, VHS, Noack, 65 €, mail merge in Word
  deeskalation: 'Wenn es am Schalter laut wird', // Thu 11.03. 09:00–15:00, Rathaus Vetschau, UK BB, Wuttke, free, 12 seats
  haushalt: 'Doppik kompakt: Haushaltsplanung und Jahresabschluss', // Tue 16.03. 09:00–16:00, Kreishaus, BKA, 240 €, deadline Fri 26.02. 12:00
  ergonomie: 'Rücken, Nacken, Bildschirm: Gesund am Schreibtisch', // Wed 24.03. 14:00–15:30, online, UK BB, Dr. Schramm, free
  fuehrung: 'Die neue Rolle', // Thu 25.03. (CET) and Thu 08.04. (CEST) 09:00–16:00, Schloss Lübbenau, BKA, Rietschel, 460 €, new managers
  azubis: 'Gut angekommen: Einführungstage für neue Auszubildende', // Tue 13.04. and Wed 14.04. 09:00–15:00, Kreishaus, Personalamt, free
  eakte: 'Schluss mit dem Umlaufordner', // Thu 22.04. 09:00–12:00, Rathaus Calau, ITDS, e-file, only Calau/Vetschau/Großräschen, free
  sitzung: 'Von der Vorlage bis zur Niederschrift: Sitzungsdienst für Kreistag und Ausschüsse', // Tue 04.05. 09:00–16:00, Rathaus Großräschen, BKA, 190 €, 16 seats
  zeit: 'Mehr Luft im Kalender', // Fri 07.05. 09:00–12:00, online, VHS, Hain, 59 €, time management
  sprache: 'Briefe, die ankommen', // Wed 19.05. 09:00–16:00, VHS Senftenberg, VHS, Domaschke, 150 €, plain language
  scrum: 'Sprint statt Stillstand: Agile Projektarbeit mit Scrum', // Mon 07.06. 09:00–16:00, hybrid (Kreishaus), BKA, Golz, 240 €
  ozg: 'Ein Portal für alles', // Wed 16.06. 13:00–16:00, online, ITDS, Kschenka, OZG, free
  konflikte: 'Sand im Getriebe', // Wed 15.09. 09:00–16:00, Kreishaus, VHS, Domaschke, 170 €, for managers
  sorbisch: 'Dobry źeń! Sorbisch/Wendisch im Bürgerkontakt', // draft (Wed 12.05.)
  starkregen: 'Starkregenvorsorge in der Bauleitplanung', // draft (Tue 09.11.)
  social: 'Instagram & Co.: Social Media für die Stadtverwaltung', // cancelled (Tue 16.02.2027)
  motorsaege: 'Sicher mit Motorsäge und Freischneider: Lehrgang für Bauhofbeschäftigte', // cancelled (Mon 15.03.2027)
  meldewesen: 'Neues im Meldewesen 2027', // past (Thu 14 January 2027)
  brandschutz: 'Ausbildung zur Brandschutzhelferin und zum Brandschutzhelfer', // past (Tue 19 January 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.sorbisch, T.starkregen, T.social, T.motorsaege, T.meldewesen, T.brandschutz];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  {
    q: 'Guten Morgen, was kostet der Excel-Kurs?',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 79 €'],
    mentions: ['Die Gebühr trägt die entsendende Dienststelle.'],
  },
  {
    q: 'Hallo, ich bin als Ersthelferin benannt worden. Ist die Erste-Hilfe-Ausbildung kostenlos?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse Brandenburg für ihre Mitgliedsverwaltungen.'],
  },
  {
    q: 'Guten Tag, ich leite ein Digitalisierungsprojekt. Was kostet das Scrum-Seminar?',
    kind: 'facts',
    titles: [T.scrum],
    says: ['kostet 240 €'],
  },
  // --- facts: when (across the start of summer time), start time, duration ---------------------------------------------
  {
    q: 'wann ist datenschutz',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['am Fr., 05.02.2027 von 13:00 bis 15:30 Uhr'],
  },
  {
    q: 'When is the Excel course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['on Thu, 4 Feb 2027 from 09:00 to 12:00'],
  },
  {
    q: 'Guten Tag, wann findet das Seminar „Die neue Rolle“ statt?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 25.03.2027 und Do., 08.04.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'When are the induction days for the new Azubis?',
    locale: 'en',
    kind: 'facts',
    titles: [T.azubis],
    says: ['on 2 days', 'Tue, 13 Apr 2027 and Wed, 14 Apr 2027', 'each from 09:00 to 15:00'],
  },
  {
    q: 'What time does the phishing training start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['starts on Mon, 8 Feb 2027 at 09:00'],
  },
  {
    q: 'Wie lange dauert die Ergonomie-Schulung?',
    kind: 'facts',
    titles: [T.ergonomie],
    says: ['dauert 1,5 Stunden, von 14:00 bis 15:30 Uhr'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  {
    q: 'wo findet prozessmanagment statt',
    kind: 'facts',
    titles: [T.prozess],
    says: ['im Rathaus Lübbenau/Spreewald'],
  },
  {
    q: 'Ich bin Sachbearbeiter in der Kfz-Zulassung. Findet die KI-Schulung online oder vor Ort statt?',
    kind: 'facts',
    titles: [T.ki],
    says: [/findet hybrid statt|oder online statt/],
  },
  { q: 'wer leitet den serienbrief kurs', kind: 'facts', titles: [T.serienbrief], says: ['leitet Frau Kerstin Noack'] },
  {
    q: 'Who is the trainer for process management?',
    locale: 'en',
    kind: 'facts',
    titles: [T.prozess],
    says: ['is led by Herr Matthias Rietschel'],
  },
  {
    q: 'Guten Tag, bis wann kann ich mich für das Doppik-Seminar anmelden?',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['bis Fr., 26.02.2027, 12:00 Uhr'],
  },
  {
    q: 'What is the registration deadline for the Front Desk English course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 29 Jan 2027, 23:59'],
  },
  {
    q: 'Gibt es beim Sitzungsdienst noch freie Plätze?',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['noch 16 von 16 Plätzen frei'],
  },
  {
    q: 'Are there still seats left in the de-escalation training?',
    locale: 'en',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['has 12 of 12 seats left'],
  },
  { q: 'Hallo, findet der OZG-Kurs in Präsenz statt?', kind: 'facts', titles: [T.ozg], says: ['findet online statt'] },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  {
    conv: 'schalter',
    q: 'Guten Tag, ich arbeite im Bürgerbüro und habe oft mit aufgebrachten Besuchern zu tun. Gibt es dafür ein Seminar?',
    kind: 'list',
    titles: [T.deeskalation],
  },
  {
    conv: 'schalter',
    q: 'Wann ist das?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['am Do., 11.03.2027 von 09:00 bis 15:00 Uhr'],
  },
  {
    conv: 'schalter',
    q: 'Und wo findet der statt?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['im Rathaus Vetschau/Spreewald'],
  },
  { conv: 'chatgpt', q: 'Is there any training on ChatGPT?', locale: 'en', kind: 'list', titles: [T.ki] },
  { conv: 'chatgpt', q: 'How much is it?', locale: 'en', kind: 'facts', titles: [T.ki], says: ['is free of charge'] },
  {
    conv: 'chatgpt',
    q: 'Who runs it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is led by Herr Tobias Kschenka'],
  },
  {
    conv: 'bescheide',
    q: 'Hallo, ich arbeite in der Wohngeldstelle und schreibe viele Bescheide. Gibt es ein Seminar, wie man die verständlicher formuliert?',
    kind: 'list',
    titles: [T.sprache],
  },
  { conv: 'bescheide', q: 'Was kostet das?', kind: 'facts', titles: [T.sprache], says: ['kostet 150 €'] },
  // --- topic searches: everyday words, words only in summary or description, synonyms, abbreviations, typos ------------
  { q: 'Hallo, gibt es eine Schulung zur Informationssicherheit?', kind: 'list', titles: [T.phishing] },
  { q: 'exel kurs', kind: 'list', titles: [T.excel] },
  { q: 'serienbriefe in word', kind: 'list', titles: [T.serienbrief] },
  { q: 'Guten Morgen, ich suche etwas zur Gesundheitsförderung.', kind: 'list', ...only(T.stress, T.ergonomie) },
  { q: 'nackenschmerzen vom vielen sitzen', kind: 'list', titles: [T.ergonomie] },
  { q: 'Do you have anything on artificial intelligence?', locale: 'en', kind: 'list', titles: [T.ki] },
  { q: 'elektronische akte', kind: 'list', titles: [T.eakte] },
  { q: 'defibrillator', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'onlinezugangsgesetz', kind: 'list', titles: [T.ozg] },
  { q: 'Guten Tag, gibt es etwas zum Thema Zeitmanagement?', kind: 'list', titles: [T.zeit] },
  {
    q: 'Guten Tag, ich bin Kämmerin einer amtsfreien Gemeinde. Gibt es etwas zur Doppik?',
    kind: 'list',
    titles: [T.haushalt],
  },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, length, cost, language ----------------
  { q: 'Was steht diese Woche noch an?', kind: 'list', titles: [T.excel, T.datenschutz] },
  { q: 'Gibt es morgen ein Seminar?', kind: 'list', titles: [T.excel] },
  { q: 'nächste woche vormittags', kind: 'list', titles: [T.phishing, T.english] },
  { q: 'anything next week in the afternoon', locale: 'en', kind: 'list', titles: [T.stress, T.ki] },
  {
    q: 'Hallo zusammen, was läuft in den nächsten zwei Wochen?',
    kind: 'list',
    titles: [T.excel, T.datenschutz, T.phishing, T.stress, T.english, T.ki],
  },
  { q: 'online kurse im märz', kind: 'list', titles: [T.serienbrief, T.ergonomie] },
  {
    q: 'Ich bin im Personalrat und wollte fragen: Welche kostenlosen Seminare gibt es im März?',
    kind: 'list',
    titles: [T.ersteHilfe, T.deeskalation, T.ergonomie],
  },
  { q: 'Was gibt es im Mai?', kind: 'list', titles: [T.sitzung, T.zeit, T.sprache] },
  { q: "What's on in June?", locale: 'en', kind: 'list', titles: [T.scrum, T.ozg] },
  { q: 'was gibts in lübbenau', kind: 'list', ...only(T.prozess, T.fuehrung) },
  { q: 'Kurse von Herrn Kschenka', kind: 'list', ...only(T.phishing, T.ki, T.ozg) },
  {
    q: 'What does the Unfallkasse Brandenburg offer?',
    locale: 'en',
    kind: 'list',
    ...only(T.stress, T.ersteHilfe, T.deeskalation, T.ergonomie),
  },
  {
    q: 'Guten Tag, ich bin seit kurzem Führungskraft. Welche Seminare passen für mich?',
    kind: 'list',
    ...only(T.fuehrung, T.konflikte),
  },
  { q: 'mehrtägige seminare', kind: 'list', ...only(T.fuehrung, T.azubis) },
  { q: 'Are any courses held in English?', locale: 'en', kind: 'list', titles: [T.english] },
  {
    q: 'Was bietet die Brandenburgische Kommunalakademie an?',
    kind: 'list',
    ...only(T.vergabe, T.prozess, T.haushalt, T.fuehrung, T.sitzung, T.scrum),
  },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'Wann ist der Motorsägenlehrgang?', kind: 'gone', gone: T.motorsaege },
  { q: 'Guten Tag, was kostet der Social-Media-Kurs?', kind: 'gone', gone: T.social },
  {
    q: 'Hallo, wann war die Schulung „Neues im Meldewesen 2027“?',
    kind: 'gone',
    gone: T.meldewesen,
    says: ['Do., 14.01.2027'],
  },
  {
    q: 'When is the Brandschutzhelfer training?',
    locale: 'en',
    kind: 'gone',
    gone: T.brandschutz,
    says: ['Tue, 19 Jan 2027'],
  },
  { q: 'Gibt es einen Kurs für Sorbisch oder Wendisch?', kind: 'none' },
  { q: 'starkregenvorsorge', kind: 'none' },
  { q: 'SAP-Schulung', kind: 'none' },
  { q: 'Gibt es einen Polnischkurs?', kind: 'none' },
  { q: 'Guten Morgen!', kind: 'help' },
  { q: 'Hello, what can you do?', locale: 'en', kind: 'help' },
  { q: 'Meine Anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-thirteenth, independent catalogue (Landkreis Oberspreewald-Lausitz, BKA, Unfallkasse Brandenburg)',
  {
    fixture: 'heldout213-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
