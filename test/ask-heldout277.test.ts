// Over-fitting check, two-hundred-and-seventy-seventh catalogue: the 2027/28 programme for the Landkreis Aichach-
// Friedberg (Bavaria) and its towns, markets and municipalities (Aichach, Friedberg, Mering, Kissing, Pöttmes, Dasing,
// Kühbach, Aindling), with the Bayerische Verwaltungsschule (BVS), the Kommunale Unfallversicherung Bayern (KUVB), the
// Anstalt für Kommunale Datenverarbeitung in Bayern (AKDB), the Landratsamt's Personalentwicklung and the
// Volkshochschule Aichach-Friedberg (VHS), imported from a JSON file. Seminars take place in the Landratsamt in Aichach,
// the town halls of Friedberg, Mering, Kissing, Dasing and Kühbach, the Bauhöfe of Friedberg and Pöttmes, online or
// hybrid. Several titles do not name their subject ("Der Schlüssel unter der Fußmatte" is passwords / two-factor login,
// "Aufrecht durch den Arbeitstag" back health, "Bevor der erste Schnee fällt" winter road clearing, "Kühler Kopf am
// Schalter" de-escalation, "Schreibt die Maschine mit?" AI / ChatGPT, "Mehr Luft im Kalender" time management, "Die
// innere Batterie" resilience / stress, "Dokumente für alle" accessible PDFs, "Endlich papierlos" the e-file, "Die
// ersten 100 Tage" new managers), so only summary, description or topics reveal it; one seminar is held in English;
// the chainsaw course runs on two days; the e-file course is open only to the markets Kühbach, Pöttmes and Aindling;
// first aid and the chainsaw course are free, paid by the KUVB; the exam preparation is free, paid by the training
// authority. Questions ask every kind of fact in many German and English wordings — by title, by a paraphrase of the
// subject and as short follow-ups — written without looking at the parser or the answers.
//
// Calendar around `now` (Friday 12 November 2027, 11:30 in Aichach, winter time; summer time begins Sun 26.03.2028):
//   today:      Fri 12.11. 13:00–14:30 passwords (online, AKDB, free) — the only one left this week
//   next week:  Mon 15.11. 09:00–12:00 data protection (hybrid, Landratsamt), Tue 16.11. 13:30–16:30 Excel (online,
//               85 €), Thu 18.11. 14:00–16:00 back health (Rathaus Dasing, free)
//   then:       Tue 23.11. 07:30–12:00 winter service (Bauhof Friedberg, 95 €; deadline Tue 16.11. 12:00), Wed 24.11.
//               09:00–12:30 English (Landratsamt; deadline passed Wed 10.11. 23:59); the cancelled Outlook course (Tue
//               30.11.)
//   December:   Thu 02. de-escalation (Rathaus Kissing, free, 14 seats), Tue 07. AI (hybrid, Rathaus Friedberg, free,
//               13:00–16:00), Wed 15. budget law (Landratsamt, 240 €, Dr. Brunner)
//   January:    Thu 13. council meetings (Rathaus Friedberg; deadline Fri 17.12.2027 12:00), Wed 19. time management
//               (online, 49 €, 09:00–11:30), Tue 25. resilience (online, free, 17:00–19:00, the only evening course)
//   February:   Thu 03. TVöD (online, 160 €, 09:00–12:30), Mon 14. exam preparation for trainees (Landratsamt), Wed 23.
//               accessible documents (online, 75 €, 10:00–11:30); the draft social-media course on Wed 09.02.
//   March:      Mon 06./Tue 07. chainsaw (Bauhof Pöttmes, 07:30–16:00), Thu 16. procurement (Landratsamt, 290 €;
//               deadline Fri 18.02. 23:59); the draft cemetery course on Wed 22.03.
//   April:      Tue 11. e-file (Rathaus Kühbach, members only, 09:00–12:00 CEST), Wed 26. building code (Rathaus Mering);
//               the cancelled playground-inspection course on Wed 19.04.
//   May:        Tue 09. first aid (Rathaus Mering, 08:30–16:00), Thu 18. new managers (Landratsamt, 320 €; deadline Thu
//               27.04. 23:59)
//   June:       Wed 14. cash audits (Rathaus Dasing, 195 €, Dr. Brunner)
//   past:       Thu 14.10.2027 fire wardens (Rathaus Pöttmes), Tue 09.11.2027 property tax (online, Dr. Brunner).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-11-12T10:30:00Z'); // Friday, 12 November 2027, 11:30 in Aichach (CET)
const TZ = 'Europe/Berlin';

const T = {
  passwort: 'Der Schlüssel unter der Fußmatte', // Fri 12.11. 13:00–14:30, online, AKDB, Huber, passwords / 2FA, free
  datenschutz: 'Datenschutz im Bürgerkontakt: Auskünfte am Telefon und am Schalter', // Mon 15.11. 09:00–12:00, hybrid (Landratsamt), PE, Lechner, free
  excel: 'Excel im Verwaltungsalltag: Formeln, Filter und Pivot-Tabellen', // Tue 16.11. 13:30–16:30, online, VHS, Wagner, 85 € (Dienststelle pays)
  ruecken: 'Aufrecht durch den Arbeitstag', // Thu 18.11. 14:00–16:00, Rathaus Dasing, KUVB, Brandl, back health, free
  winterdienst: 'Bevor der erste Schnee fällt', // Tue 23.11. 07:30–12:00, Bauhof Friedberg, BVS, Steinberger, winter service, 95 €, deadline Tue 16.11. 12:00
  english: 'Can I Help You? English at the Front Desk', // Wed 24.11. 09:00–12:30, Landratsamt, VHS, O'Connor, 120 €, in English, deadline passed Wed 10.11. 23:59
  deeskalation: 'Kühler Kopf am Schalter', // Thu 02.12. 09:00–15:00, Rathaus Kissing, KUVB, Kellner, de-escalation, free, 14 seats
  ki: 'Schreibt die Maschine mit?', // Tue 07.12. 13:00–16:00, hybrid (Rathaus Friedberg), AKDB, Schuster, AI / ChatGPT, free
  haushalt: 'Kommunales Haushaltsrecht in Bayern: Haushaltsplan und Jahresrechnung', // Wed 15.12. 09:00–16:00, Landratsamt, BVS, Dr. Brunner, 240 €
  sitzung: 'Sitzungsdienst nach der Bayerischen Gemeindeordnung', // Thu 13.01.2028 09:00–16:00, Rathaus Friedberg, BVS, Rieger, 180 €, deadline Fri 17.12.2027 12:00
  zeit: 'Mehr Luft im Kalender', // Wed 19.01. 09:00–11:30, online, VHS, Wagner, time management, 49 €, 25 seats
  stress: 'Die innere Batterie', // Tue 25.01. 17:00–19:00, online, KUVB, Brandl, resilience / stress, free
  tvoed: 'TVöD kompakt: Eingruppierung, Stufen und Zulagen', // Thu 03.02. 09:00–12:30, online, BVS, Eberle, 160 €
  azubi: 'Fit für die Abschlussprüfung', // Mon 14.02. 08:00–15:00, Landratsamt, BVS, Rieger, exam preparation for trainees, free (authority pays)
  barrierefrei: 'Dokumente für alle', // Wed 23.02. 10:00–11:30, online, AKDB, Fischer, accessible Word / PDF, 75 €
  motorsaege: 'Sicher mit der Motorsäge: Grundlehrgang (Modul A)', // Mon 06.03. and Tue 07.03. 07:30–16:00, Bauhof Pöttmes, KUVB, Greisl, free, 10 seats
  vergabe: 'Vergaberecht kompakt: UVgO und VOB/A', // Thu 16.03. 09:00–16:00, Landratsamt, BVS, Hartl, 290 €, deadline Fri 18.02. 23:59
  eakte: 'Endlich papierlos', // Tue 11.04. 09:00–12:00 (CEST), Rathaus Kühbach, AKDB, Schuster, e-file, only Kühbach/Pöttmes/Aindling, free
  baurecht: 'Bayerische Bauordnung für Gemeindeverwaltungen: Bauanträge prüfen', // Wed 26.04. 09:00–16:00, Rathaus Mering, BVS, Wiedemann, 210 €
  ersteHilfe: 'Erste Hilfe im Dienst: Grundausbildung für Ersthelfende', // Tue 09.05. 08:30–16:00, Rathaus Mering, KUVB, Schmid, free (KUVB pays)
  fuehrung: 'Die ersten 100 Tage', // Thu 18.05. 09:00–16:30, Landratsamt, PE, Dr. Koller, new managers, 320 €, deadline Thu 27.04. 23:59
  kasse: 'Kassenprüfung und Kassensicherheit in der Gemeinde', // Wed 14.06. 09:00–15:00, Rathaus Dasing, BVS, Dr. Brunner, 195 €, 16 seats
  socialMedia: 'Social Media für Gemeinden: Instagram, Facebook & Co.', // draft (Wed 09.02.2028)
  friedhof: 'Friedhofsverwaltung: Satzung, Gebühren und Grabnutzungsrechte', // draft (Wed 22.03.2028)
  outlook: 'Outlook im Team: Kalender und Aufgaben gemeinsam nutzen', // cancelled (Tue 30.11.2027)
  spielplatz: 'Spielplatzkontrolle nach DIN EN 1176', // cancelled (Wed 19.04.2028)
  brandschutz: 'Ausbildung zur Brandschutzhelferin und zum Brandschutzhelfer', // past (Thu 14 October 2027)
  grundsteuer: 'Grundsteuer in Bayern: Bescheide, Einsprüche, Hebesätze', // past (Tue 9 November 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.socialMedia, T.friedhof, T.outlook, T.spielplatz, T.brandschutz, T.grundsteuer];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'pw', q: 'Gibt es eine Schulung zu Passwortmanagern?', kind: 'list', titles: [T.passwort] },
  {
    conv: 'pw',
    q: 'Ab wie viel Uhr?',
    kind: 'facts',
    titles: [T.passwort],
    says: ['beginnt am Fr., 12.11.2027 um 13:00 Uhr'],
  },
  { conv: 'pw', q: 'Ist das in Präsenz?', kind: 'facts', titles: [T.passwort], says: ['findet online statt'] },
  { conv: 'winter', q: 'Schulung zur Räum- und Streupflicht', kind: 'list', titles: [T.winterdienst] },
  {
    conv: 'winter',
    q: 'Wann ist Anmeldeschluss?',
    kind: 'facts',
    titles: [T.winterdienst],
    says: ['bis Di., 16.11.2027, 12:00 Uhr anmelden'],
  },
  {
    conv: 'winter',
    q: 'Wie lange geht das?',
    kind: 'facts',
    titles: [T.winterdienst],
    says: ['dauert 4,5 Stunden, von 07:30 bis 12:00 Uhr'],
  },
  { conv: 'deesk', q: 'was hilft bei pöbelnden Besuchern?', kind: 'list', titles: [T.deeskalation] },
  {
    conv: 'deesk',
    q: 'Wer ist der Referent?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['leitet Herr Thomas Kellner'],
  },
  {
    conv: 'deesk',
    q: 'Sind noch Plätze frei?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['noch 14 von 14 Plätzen frei'],
  },
  { conv: 'ki', q: 'do you have anything on ChatGPT?', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    conv: 'ki',
    q: 'Is it in person?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is hybrid: at Rathaus Friedberg'],
  },
  {
    conv: 'ki',
    q: 'How long does it take?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['lasts 3 hours, from 13:00 to 16:00'],
  },
  { conv: 'sitz', q: 'Sitzungsdienst im Gemeinderat', kind: 'list', titles: [T.sitzung] },
  {
    conv: 'sitz',
    q: 'bis wann kann man sich da anmelden?',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['bis Fr., 17.12.2027, 12:00 Uhr anmelden'],
  },
  { conv: 'sitz', q: 'Und wo?', kind: 'facts', titles: [T.sitzung], says: ['findet im Rathaus Friedberg'] },
  { conv: 'stress', q: 'Resilienz Training', kind: 'list', titles: [T.stress] },
  {
    conv: 'stress',
    q: 'Um wie viel Uhr fängt das an?',
    kind: 'facts',
    titles: [T.stress],
    says: ['beginnt am Di., 25.01.2028 um 17:00 Uhr'],
  },
  { conv: 'stress', q: 'Muss man was zahlen?', kind: 'facts', titles: [T.stress], says: ['ist kostenlos'] },
  { conv: 'motor', q: 'Motorsägenkurs', kind: 'list', titles: [T.motorsaege] },
  {
    conv: 'motor',
    q: 'Wann genau?',
    kind: 'facts',
    titles: [T.motorsaege],
    says: ['an 2 Tagen', 'Mo., 06.03.2028 und Di., 07.03.2028', 'jeweils von 07:30 bis 16:00 Uhr'],
  },
  {
    conv: 'motor',
    q: 'Ist das ganztägig?',
    kind: 'facts',
    titles: [T.motorsaege],
    says: ['dauert 2 Tage, jeweils von 07:30 bis 16:00 Uhr'],
  },
  {
    conv: 'lead',
    q: "I'm new to leading a team, is there a course for that?",
    locale: 'en',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'lead',
    q: "Who's the trainer?",
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['is led by Frau Dr. Stefanie Koller'],
  },
  {
    conv: 'lead',
    q: "What's the registration deadline?",
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['until Thu, 27 Apr 2028, 23:59'],
  },
  { conv: 'eng', q: 'is there an English course?', locale: 'en', kind: 'list', titles: [T.english] },
  {
    conv: 'eng',
    q: 'When is the registration deadline?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Wed, 10 Nov 2027, 23:59'],
  },
  // --- facts, asked by title or by a paraphrase of the subject ---------------------------------------------------------
  {
    q: 'Wann ist der Excel-Kurs?',
    kind: 'facts',
    titles: [T.excel],
    says: ['am Di., 16.11.2027 von 13:30 bis 16:30 Uhr'],
  },
  {
    q: 'how much is the excel course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['costs €85'],
    mentions: ['Die Gebühr trägt die entsendende Dienststelle.'],
  },
  {
    q: 'Kostet der Erste-Hilfe-Kurs etwas?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangskosten übernimmt die KUVB für ihre Mitglieder.'],
  },
  { q: 'Was kostet „Die ersten 100 Tage“?', kind: 'facts', titles: [T.fuehrung], says: ['kostet 320 €'] },
  {
    q: 'Wer leitet das Seminar zum Vergaberecht?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['leitet Frau Monika Hartl'],
  },
  {
    q: 'Who teaches the course on accessible PDFs?',
    locale: 'en',
    kind: 'facts',
    titles: [T.barrierefrei],
    says: ['is led by Frau Nadine Fischer'],
  },
  {
    q: 'how long is the TVöD seminar?',
    locale: 'en',
    kind: 'facts',
    titles: [T.tvoed],
    says: ['lasts 3.5 hours, from 09:00 to 12:30'],
  },
  {
    q: 'Um wie viel Uhr beginnt das Seminar zur Bayerischen Bauordnung?',
    kind: 'facts',
    titles: [T.baurecht],
    says: ['beginnt am Mi., 26.04.2028 um 09:00 Uhr'],
  },
  {
    q: 'Wo ist die Datenschutz-Schulung?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: [/im Landratsamt Aichach-Friedberg.* oder online/],
  },
  {
    q: 'Wann und wo ist die Erste-Hilfe-Ausbildung?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['am Di., 09.05.2028 von 08:30 bis 16:00 Uhr im Rathaus Mering'],
  },
  {
    q: 'when is the e-file training?',
    locale: 'en',
    kind: 'facts',
    titles: [T.eakte],
    says: ['on Tue, 11 Apr 2028 from 09:00 to 12:00'],
  },
  {
    q: 'Wie viele freie Plätze hat das Seminar zur Kassenprüfung noch?',
    kind: 'facts',
    titles: [T.kasse],
    says: ['noch 16 von 16 Plätzen frei'],
  },
  {
    q: 'any seats left in the time management course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.zeit],
    says: ['has 25 of 25 seats left'],
  },
  {
    q: 'Findet der Rückenkurs online statt?',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['findet in Präsenz statt, im Rathaus Dasing'],
  },
  // --- topic searches: typos, words only in summary or description, synonyms ------------------------------------------
  { q: 'barrierefreie PDFs erstellen', kind: 'list', titles: [T.barrierefrei] },
  { q: 'Exel Pivot-Tabellen', kind: 'list', titles: [T.excel] },
  { q: 'Gesundheitsförderung', kind: 'list', ...only(T.ruecken, T.stress) },
  { q: 'Eingruppierung nach TVöD', kind: 'list', titles: [T.tvoed] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, length, cost, free seats ---------------
  { q: 'Was läuft heute noch?', kind: 'list', titles: [T.passwort] },
  { q: 'nächste Woche nachmittags', kind: 'list', titles: [T.excel, T.ruecken] },
  { q: "what's on next month?", locale: 'en', kind: 'list', titles: [T.deeskalation, T.ki, T.haushalt] },
  { q: 'Seminare im Mai', kind: 'list', titles: [T.ersteHilfe, T.fuehrung] },
  { q: 'kostenlose Seminare im Dezember', kind: 'list', titles: [T.deeskalation, T.ki] },
  { q: 'Welche Seminare sind hybrid?', kind: 'list', titles: [T.datenschutz, T.ki] },
  { q: 'Was gibt es in Mering?', kind: 'list', ...only(T.baurecht, T.ersteHilfe) },
  { q: 'Kurse von Dr. Brunner', kind: 'list', ...only(T.haushalt, T.kasse) },
  {
    q: 'Was bietet die KUVB an?',
    kind: 'list',
    ...only(T.ruecken, T.deeskalation, T.stress, T.motorsaege, T.ersteHilfe),
  },
  { q: 'Angebote für Bauhofmitarbeiter', kind: 'list', ...only(T.winterdienst, T.motorsaege) },
  { q: 'Seminare, die kürzer als 2 Stunden sind', kind: 'list', titles: [T.passwort, T.barrierefrei] },
  {
    q: 'Welche Seminare im Januar haben noch freie Plätze?',
    kind: 'list',
    titles: [T.sitzung, T.zeit, T.stress],
  },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'Wann ist der Outlook-Kurs?', kind: 'gone', gone: T.outlook },
  { q: 'Gibt es noch die Schulung zur Spielplatzkontrolle?', kind: 'gone', gone: T.spielplatz },
  {
    q: 'Wann war die Brandschutzhelfer-Ausbildung?',
    kind: 'gone',
    gone: T.brandschutz,
    says: ['Do., 14.10.2027'],
  },
  { q: 'grundsteuer seminar', kind: 'gone', gone: T.grundsteuer, says: ['Di., 09.11.2027'] },
  { q: 'Social Media Schulung', kind: 'none' },
  { q: 'Friedhofsverwaltung', kind: 'none' },
  { q: 'Grüß Gott!', kind: 'help' },
  { q: 'meine Anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-seventy-seventh, independent catalogue (Landkreis Aichach-Friedberg, BVS, KUVB, AKDB)',
  {
    fixture: 'heldout277-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
