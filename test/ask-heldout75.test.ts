// Over-fitting check, seventy-fifth catalogue: the 2028 autumn programme of the Ilm-Kreis (Thuringia) with the Thüringer
// Verwaltungsschule (TVS), the Kommunale Informationsverarbeitung Thüringen (KIV), the county's Fachdienst Personal and
// the Unfallkasse Thüringen, for the county and its towns and municipalities (Arnstadt, Ilmenau, Stadtilm,
// Großbreitenbach, Gemeinde Geratal, Amt Wachsenburg), imported from a JSON file. Seminars take place in the Landratsamt
// in Arnstadt (Ritterstraße), in the Bildungsstätte Ilmenau (Am Ehrenberg), online or hybrid. Several titles do not name
// their subject ("Die eigene Batterie im Blick" is the stress and burnout course, "Digital ablegen, schneller finden" the
// e-file course, "Die richtige Person am richtigen Platz" staff selection, "Klare Grenzen, ruhiger Ton" de-escalation,
// "Einfach gesagt, gut verstanden" plain language, "Weniger Zettel, mehr Überblick" time management), so only summary,
// description or topics reveal it; one seminar is held in English (international residents at the service desk); the
// leadership course runs two days across the end of summer time, the budget-law course two days in a row. This round is
// written as conversations: about half of the cases are follow-ups ("Und wann ist der?", "Was kostet der zweite?",
// "Und der andere?", "Und das zur E-Rechnung?", "Is it free?") that refer to the seminar just talked about. Questions are
// written the way employees ask, without looking at the parser or the answers. Same assertions as the other suites:
// exactly the expected seminars (best first where one is clearly best, date order for time questions), the asked fact in
// the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Tuesday 10 October 2028, 10:00 in Arnstadt, summer time; winter time begins Sun 29.10.2028):
//   this week:  nothing more today; Wed 11.10. 13:00–15:00 phishing (online, tomorrow), Fri 13.10. 09:00–12:00 data
//               protection (hybrid, Landratsamt)
//   next week:  Mon 16.10. morning (stress/burnout, online), Tue 17.10. afternoon (e-invoice, online),
//               Wed 18.10. morning (English, Ilmenau), Thu 19.10. afternoon (AI, hybrid)
//   then:       Tue 24.10. administrative decisions (Landratsamt, deadline passed Fri 06.10.); Thu 26.10. (CEST) and
//               Thu 02.11. (CET) the two-day leadership course (Ilmenau); Fri 27.10. fire safety (Ilmenau); the cancelled
//               touch-typing course on Wed 25.10.
//   November:   06. e-file (online), 08. staff selection (Landratsamt), 09. fees (hybrid), 14. OZG/ThAVEL (online),
//               16. de-escalation (Ilmenau), 20./21. budget law (Landratsamt), 22. plain language (Ilmenau),
//               24. Excel (Ilmenau); the cancelled Word mail-merge course on Tue 28.11.
//   December:   Tue 05. ergonomics (online), Thu 07. passports and ID cards (Landratsamt), Tue 12. time management
//               (online); the draft social-media course on Wed 13.12.
//   later:      the draft winter-service course on Tue 16.01.2029.
//   past:       Fri 01.09.2028 welcome day for trainees, Mon 18.09.2028 Thüringer Kommunalordnung.
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-10-10T08:00:00Z'); // Tuesday, 10 October 2028, 10:00 in Arnstadt (CEST)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Erst prüfen, dann klicken: Betrugsmaschen im Postfach erkennen', // Wed 11.10.2028 13:00–15:00, online, KIV, Reinhardt, free
  datenschutz: 'Personenbezogene Daten sicher bearbeiten: Datenschutz nach DSGVO und ThürDSG', // Fri 13.10. 09:00–12:00, hybrid (Landratsamt), free
  resilienz: 'Die eigene Batterie im Blick', // Mon 16.10. 09:00–12:30, online, Frau Dr. Susanne Voigt, stress/burnout, free
  erechnung: 'Rechnungen ohne Papier: Die E-Rechnung im Rechnungseingang', // Tue 17.10. 13:00–16:00, online, KIV, Frau Katrin Möller, free
  english: 'English for the Service Desk: Helping International Residents', // Wed 18.10. 09:00–12:00, Ilmenau, English, free
  ki: 'Die Maschine als Kollegin: Sprachmodelle in der Sachbearbeitung', // Thu 19.10. 13:30–16:00, hybrid (Landratsamt), KIV, Herr Florian Straube, AI, free
  bescheide: 'Bescheide, die halten: Verwaltungsakte rechtssicher formulieren', // Tue 24.10. 09:00–16:00, Landratsamt, TVS, 240 €, deadline passed Fri 06.10. 23:59
  fuehrung: 'Neu in der Führungsrolle: Vom Team in die Verantwortung', // Thu 26.10. (CEST) and Thu 02.11. (CET) 09:00–16:00, Ilmenau, TVS, 480 €, deadline Thu 19.10. 23:59
  brandschutz: 'Ausbildung zur Brandschutzhelferin und zum Brandschutzhelfer', // Fri 27.10. 08:30–15:30, Ilmenau, Unfallkasse, free (Unfallkasse pays)
  eakte: 'Digital ablegen, schneller finden', // Mon 06.11. 09:00–12:00, online, KIV, Herr Jan Baumbach, e-file, free
  personalauswahl: 'Die richtige Person am richtigen Platz', // Wed 08.11. 09:00–15:00, Landratsamt, staff selection, free, 14 seats, for managers
  gebuehren: 'Jeder Euro begründet: Benutzungsgebühren kalkulieren', // Thu 09.11. 09:00–16:00, hybrid (Landratsamt), TVS, 260 €, cemetery fees
  ozg: 'Anträge digital: Verwaltungsleistungen über ThAVEL anbieten', // Tue 14.11. 13:00–16:00, online, KIV, Reinhardt, OZG, free
  deeskalation: 'Klare Grenzen, ruhiger Ton', // Thu 16.11. 09:00–15:00, Ilmenau, 180 €, 12 seats, aggressive visitors
  haushalt: 'Haushaltsrecht kompakt: Der kommunale Haushalt in Thüringen', // Mon 20.11. and Tue 21.11. 09:00–16:00, Landratsamt, TVS, 390 €
  leichte: 'Einfach gesagt, gut verstanden', // Wed 22.11. 09:00–15:30, Ilmenau, TVS, 170 €, plain language
  excel: 'Excel für die Sachbearbeitung: Listen auswerten mit Pivot-Tabellen', // Fri 24.11. 09:00–15:00, Ilmenau, KIV, 90 €
  ergonomie: 'Gut sitzen, besser arbeiten: Der Bildschirmarbeitsplatz', // Tue 05.12. 10:00–11:30, online, Unfallkasse, back pain, free
  pass: 'Pass- und Ausweiswesen: Neuerungen und Praxisfälle', // Thu 07.12. 09:00–15:00, Landratsamt, TVS, Herr Lars Ehrhardt, 150 €, 16 seats, deadline Thu 23.11. 23:59
  zeit: 'Weniger Zettel, mehr Überblick', // Tue 12.12. 09:00–12:00, online, time management, free
  socialmedia: 'Gemeinde im Netz: Social Media für Städte und Gemeinden', // draft (Wed 13.12.2028)
  winterdienst: 'Sicher im Winterdienst: Unfallverhütung für Bauhöfe', // draft (Tue 16.01.2029)
  tastschreiben: 'Zehn Finger, ein Ziel: Tastschreiben für Einsteiger', // cancelled (Wed 25.10.2028)
  serienbrief: 'Serienbriefe mit Word: Vorlagen und Seriendruck', // cancelled (Tue 28.11.2028)
  kommunalordnung: 'Grundlagen der Thüringer Kommunalordnung', // past (Mon 18 September 2028)
  azubitag: 'Willkommenstag für Auszubildende 2028', // past (Fri 1 September 2028)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.socialmedia, T.winterdienst, T.tastschreiben, T.serienbrief, T.kommunalordnung, T.azubitag];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- conversations: a search, then follow-ups about the seminar just talked about -----------------------------------
  {
    conv: 'erschoepft',
    q: 'Ich fühle mich in letzter Zeit ständig erschöpft – gibt es da was?',
    kind: 'list',
    titles: [T.resilienz],
  },
  {
    conv: 'erschoepft',
    q: 'Und wann ist der?',
    kind: 'facts',
    titles: [T.resilienz],
    says: ['am Mo., 16.10.2028 von 09:00 bis 12:30 Uhr'],
  },
  {
    conv: 'erschoepft',
    q: 'Wer macht das?',
    kind: 'facts',
    titles: [T.resilienz],
    says: ['leitet Frau Dr. Susanne Voigt'],
  },
  { conv: 'erschoepft', q: 'Kostet das was?', kind: 'facts', titles: [T.resilienz], says: ['ist kostenlos'] },

  { conv: 'akte', q: 'Gibt es was zur elektronischen Akte?', kind: 'list', titles: [T.eakte] },
  {
    conv: 'akte',
    q: 'Wann ist das?',
    kind: 'facts',
    titles: [T.eakte],
    says: ['am Mo., 06.11.2028 von 09:00 bis 12:00 Uhr'],
  },
  {
    conv: 'akte',
    q: 'Und das zur E-Rechnung?',
    kind: 'facts',
    titles: [T.erechnung],
    says: ['am Di., 17.10.2028 von 13:00 bis 16:00 Uhr'],
  },
  { conv: 'akte', q: 'Wer leitet das?', kind: 'facts', titles: [T.erechnung], says: ['leitet Frau Katrin Möller'] },

  {
    conv: 'leitung',
    q: 'Ich habe gerade zum ersten Mal die Leitung eines Sachgebiets übernommen – gibt es dazu was?',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'leitung',
    q: 'Wann genau ist das?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 26.10.2028 und Do., 02.11.2028', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  { conv: 'leitung', q: 'Wo genau?', kind: 'facts', titles: [T.fuehrung], says: ['Bildungsstätte Ilmenau'] },
  {
    conv: 'leitung',
    q: 'Bis wann muss ich mich anmelden?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['bis Do., 19.10.2028, 23:59 Uhr'],
  },
  { conv: 'leitung', q: 'Was kostet der?', kind: 'facts', titles: [T.fuehrung], says: ['kostet 480 €'] },

  { conv: 'fire', q: 'Is there a fire safety training?', locale: 'en', kind: 'list', titles: [T.brandschutz] },
  {
    conv: 'fire',
    q: 'Is it free?',
    locale: 'en',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['is free of charge'],
    mentions: ['Die Lehrgangskosten übernimmt die Unfallkasse Thüringen.'],
  },
  {
    conv: 'fire',
    q: 'And where?',
    locale: 'en',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['Bildungsstätte Ilmenau'],
  },
  {
    conv: 'fire',
    q: 'What time does it start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['starts on Fri, 27 Oct 2028 at 08:30'],
  },

  { conv: 'nachmittags', q: 'Was läuft nächste Woche nachmittags?', kind: 'list', titles: [T.erechnung, T.ki] },
  {
    conv: 'nachmittags',
    q: 'Wo findet der zweite statt?',
    kind: 'facts',
    titles: [T.ki],
    says: ['im Landratsamt Ilm-Kreis', 'oder online'],
  },
  { conv: 'nachmittags', q: 'Und der andere?', kind: 'facts', titles: [T.erechnung], says: ['findet online statt'] },
  {
    conv: 'nachmittags',
    q: 'Wie lange dauert der?',
    kind: 'facts',
    titles: [T.erechnung],
    says: ['dauert 3 Stunden, von 13:00 bis 16:00 Uhr'],
  },

  { conv: 'dezember', q: 'Was gibt es im Dezember?', kind: 'list', titles: [T.ergonomie, T.pass, T.zeit] },
  { conv: 'dezember', q: 'Was kostet der zweite?', kind: 'facts', titles: [T.pass], says: ['kostet 150 €'] },
  { conv: 'dezember', q: 'Wer leitet den?', kind: 'facts', titles: [T.pass], says: ['leitet Herr Lars Ehrhardt'] },
  {
    conv: 'dezember',
    q: 'Sind da noch Plätze frei?',
    kind: 'facts',
    titles: [T.pass],
    says: ['noch 16 von 16 Plätzen frei'],
  },

  { conv: 'ai', q: 'Is there anything about artificial intelligence?', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    conv: 'ai',
    q: 'When is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['takes place on Thu, 19 Oct 2028 from 13:30 to 16:00'],
  },
  { conv: 'ai', q: 'Can I join online?', locale: 'en', kind: 'facts', titles: [T.ki], says: [/is hybrid|or online/] },
  {
    conv: 'ai',
    q: 'Who is the trainer?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is led by Herr Florian Straube'],
  },

  {
    conv: 'gebuehren',
    q: 'Ich muss unsere Friedhofsgebühren neu kalkulieren – gibt es dazu eine Schulung?',
    kind: 'list',
    titles: [T.gebuehren],
  },
  {
    conv: 'gebuehren',
    q: 'Gibt es den auch online?',
    kind: 'facts',
    titles: [T.gebuehren],
    says: [/findet hybrid statt|oder online/],
  },
  { conv: 'gebuehren', q: 'Was kostet die Teilnahme?', kind: 'facts', titles: [T.gebuehren], says: ['kostet 260 €'] },
  { conv: 'gebuehren', q: 'Und das Haushaltsseminar?', kind: 'facts', titles: [T.haushalt], says: ['kostet 390 €'] },
  {
    conv: 'gebuehren',
    q: 'Wie lange dauert das?',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['dauert 2 Tage, jeweils von 09:00 bis 16:00 Uhr'],
  },
  // --- facts: cost, where, deadline (open and passed), free seats ------------------------------------------------------
  { q: 'How much is the Excel course?', locale: 'en', kind: 'facts', titles: [T.excel], says: ['costs €90'] },
  {
    q: 'Where is the plain language workshop?',
    locale: 'en',
    kind: 'facts',
    titles: [T.leichte],
    says: ['Bildungsstätte Ilmenau'],
  },
  {
    q: 'Bis wann kann ich mich für das Seminar zum Pass- und Ausweiswesen anmelden?',
    kind: 'facts',
    titles: [T.pass],
    says: ['bis Do., 23.11.2028, 23:59 Uhr'],
  },
  {
    q: 'Kann ich mich für den Bescheid-Kurs noch anmelden?',
    kind: 'facts',
    titles: [T.bescheide],
    says: ['ist am Fr., 06.10.2028, 23:59 Uhr abgelaufen'],
  },
  {
    q: 'Sind beim Kurs zum Umgang mit aggressiven Besuchern noch Plätze frei?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  // --- topic searches: everyday words, words only in summary or description --------------------------------------------
  { q: 'Gibt es was zu gefälschten E-Mails?', kind: 'list', titles: [T.phishing] },
  { q: 'Schulung zum Onlinezugangsgesetz', kind: 'list', titles: [T.ozg] },
  {
    q: 'Wie schreibe ich Briefe, die auch Menschen mit Lernschwierigkeiten verstehen?',
    kind: 'list',
    titles: [T.leichte],
  },
  { q: 'Ich habe vom vielen Sitzen Rückenschmerzen – gibt es da was?', kind: 'list', titles: [T.ergonomie] },
  { q: 'Is there anything on burnout?', locale: 'en', kind: 'list', titles: [T.resilienz] },
  // --- typos -----------------------------------------------------------------------------------------------------------
  { q: 'Datenschtuz Schulung', kind: 'list', titles: [T.datenschutz] },
  { q: 'Fortbildung Personalauswal', kind: 'list', titles: [T.personalauswahl] },
  // --- filters: dates, time of day, cost, format, place with free seats, trainer, provider, audience, length, language --
  { q: 'Was gibt es diese Woche noch?', kind: 'list', titles: [T.phishing, T.datenschutz] },
  { q: 'Is there anything on Friday?', locale: 'en', kind: 'list', titles: [T.datenschutz] },
  { q: 'Was läuft nächste Woche vormittags?', kind: 'list', titles: [T.resilienz, T.english] },
  { q: 'Welche kostenlosen Seminare gibt es im November?', kind: 'list', titles: [T.eakte, T.personalauswahl, T.ozg] },
  { q: 'Welche Online-Seminare gibt es im Dezember?', kind: 'list', titles: [T.ergonomie, T.zeit] },
  {
    q: 'Gibt es im Oktober in Ilmenau noch freie Plätze?',
    kind: 'list',
    titles: [T.english, T.fuehrung, T.brandschutz],
  },
  { q: 'Welche Seminare hält Tobias Reinhardt?', kind: 'list', ...only(T.phishing, T.ozg) },
  {
    q: 'Which courses does the KIV offer?',
    locale: 'en',
    kind: 'list',
    ...only(T.phishing, T.erechnung, T.ki, T.eakte, T.ozg, T.excel),
  },
  { q: 'Gibt es Seminare für Führungskräfte?', kind: 'list', ...only(T.fuehrung, T.personalauswahl) },
  { q: 'Welche mehrtägigen Seminare gibt es?', kind: 'list', ...only(T.fuehrung, T.haushalt) },
  { q: 'Are any seminars held in English?', locale: 'en', kind: 'list', titles: [T.english] },
  // --- gone, drafts never shown, no match, greeting --------------------------------------------------------------------
  {
    q: 'Wann war der Kurs zur Thüringer Kommunalordnung?',
    kind: 'gone',
    gone: T.kommunalordnung,
    says: ['Mo., 18.09.2028'],
  },
  { q: 'Was kostet der Kurs zum Zehnfingersystem?', kind: 'gone', gone: T.tastschreiben },
  { q: 'When is the Word mail merge course?', locale: 'en', kind: 'gone', gone: T.serienbrief },
  { q: 'Gibt es eine Schulung zum Winterdienst?', kind: 'none' },
  { q: 'Is there a training on social media?', locale: 'en', kind: 'none' },
  { q: 'Guten Morgen!', kind: 'help' },
  { q: 'Hi there!', locale: 'en', kind: 'help' },
];

heldoutSuite('answering questions about a seventy-fifth, independent catalogue (Ilm-Kreis, TVS, KIV)', {
  fixture: 'heldout75-catalogue.json',
  now,
  timeZone: TZ,
  cases: CASES,
  titles: all,
  never: NEVER,
});
