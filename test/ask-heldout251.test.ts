// Over-fitting check, two-hundred-and-fifty-first catalogue: the 2027/28 programme for the Kreis Groß-Gerau (Hesse) and
// its towns (Rüsselsheim am Main, Groß-Gerau, Mörfelden-Walldorf, Ginsheim-Gustavsburg, Raunheim, Kelsterbach,
// Riedstadt), with the Kreisakademie Groß-Gerau, the Kreis-IT Groß-Gerau, the Unfallkasse Hessen, the
// Kreisvolkshochschule Groß-Gerau (vhs), the Hessischer Verwaltungsschulverband (HVSV) and the Auftragsberatungsstelle
// Hessen, imported from a JSON file. Seminars take place in the Landratsamt Groß-Gerau, the Rathaus Rüsselsheim, the
// Volkshochschule Rüsselsheim, the Rathaus Kelsterbach, the Bürgerhaus Mörfelden, the Rathaus Mörfelden-Walldorf, the
// Rathaus Raunheim, the Rathaus Ginsheim-Gustavsburg, the Rathaus and the Betriebshof Riedstadt, online or hybrid.
// Several titles do not name their subject ("Klick mit Folgen" is phishing, "Gut sitzen, besser arbeiten" ergonomics
// and back pain, "Ruhe bewahren, wenn es laut wird" de-escalation, "Mehr Luft im Kalender" time management, "Schreiben,
// dass man es versteht" plain language, "Der digitale Umlauf" the e-file, "Vom Team in die Verantwortung" leadership
// for new managers, "Gespräche, die weiterbringen" appraisal talks), so only summary, description or topics reveal it;
// one seminar is held in English; the leadership course runs on two days in January; the e-file course is open only to
// Raunheim, Kelsterbach and Ginsheim-Gustavsburg; first aid is free, paid by the Unfallkasse; the resilience course is
// after the start of summer time (Sun 26.03.2028). The questions lean on time and place: date phrases around the turn
// of the year, times of day, towns and buildings, formats, combined with topics; about a third in English. Written the
// way an acceptance tester would try the bot, without looking at the parser or the answers.
//
// Calendar around `now` (Thursday 11 November 2027, 13:30 in Groß-Gerau, winter time; summer time from Sun 26.03.2028):
//   this week:  today Thu 11.11. 14:00–15:30 phishing (online); Fri 12.11. 09:00–12:00 data protection (hybrid,
//               Landratsamt)
//   next week:  Mon 15.11. 09:00–11:30 Teams (online), Tue 16.11. 09:00–16:00 HGO (Rathaus Rüsselsheim), Wed 17.11.
//               14:00–15:30 ergonomics (online), Thu 18.11. 09:00–12:30 English (Rathaus Kelsterbach; deadline passed
//               Fri 05.11. 23:59); nothing on Fri 19.11.
//   then:       Mon 22.11. de-escalation (Bürgerhaus Mörfelden, free), the cancelled Outlook course (Tue 23.11.),
//               Wed 24.11. 13:00–16:00 AI (hybrid, Landratsamt), Thu 25.11. procurement (Rathaus Rüsselsheim; deadline
//               Fri 12.11. 12:00), Fri 26.11. 07:30–12:00 winter service (Betriebshof Riedstadt), Tue 30.11. first aid
//               (Rathaus Raunheim, 08:30–16:30)
//   December:   Thu 02. fees/KAG (Rathaus Ginsheim-Gustavsburg), the cancelled chainsaw course (Fri 03.), nothing from
//               Mon 06. to Sun 12., Mon 13. 18:00–21:00 Excel (Volkshochschule Rüsselsheim, evening), Wed 15.
//               09:00–12:30 time management (online); nothing from Thu 16.12. to Tue 04.01.
//   January:    Wed 05. plain language (Rathaus Riedstadt), Tue 18./Wed 19. leadership (Landratsamt; deadline Fri
//               17.12.2027 23:59), Thu 20. e-file (Rathaus Raunheim, members only), Tue 25. year-end accounts (online);
//               the draft grants course on Wed 26.01.
//   February:   Wed 02. social media (hybrid, Rathaus Mörfelden-Walldorf), Thu 17. appraisal talks (Landratsamt); the
//               draft citizen-participation course on Tue 22.02.
//   March:      Tue 07. accessible PDF (online, free), Wed 29. resilience (Rathaus Ginsheim-Gustavsburg, CEST, free)
//   past:       Tue 12.10.2027 administrative offences (Landratsamt), Wed 03.11.2027 rhetoric (Rathaus Kelsterbach).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-11-11T12:30:00Z'); // Thursday, 11 November 2027, 13:30 in Groß-Gerau (CET)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Klick mit Folgen', // Thu 11.11. 14:00–15:30, online, Kreis-IT, Albrecht, free
  datenschutz: 'Datenschutz in der Sachbearbeitung: DSGVO und HDSIG', // Fri 12.11. 09:00–12:00, hybrid (Landratsamt), Kreisakademie, Hofmann, free
  teams: 'Besser zusammenarbeiten mit Microsoft Teams', // Mon 15.11. 09:00–11:30, online, Kreis-IT, Albrecht, free
  hgo: 'Die Hessische Gemeindeordnung für Einsteiger', // Tue 16.11. 09:00–16:00, Rathaus Rüsselsheim, HVSV, Dr. Berger, 190 €
  ergonomie: 'Gut sitzen, besser arbeiten', // Wed 17.11. 14:00–15:30, online, Kreisakademie, Seidel, free
  english: 'Airport Region English: Serving International Residents', // Thu 18.11. 09:00–12:30, Rathaus Kelsterbach, vhs, Whitfield, 95 €, deadline passed Fri 05.11. 23:59
  deeskalation: 'Ruhe bewahren, wenn es laut wird', // Mon 22.11. 09:00–15:00, Bürgerhaus Mörfelden, Unfallkasse, Kuhn, free, 16 seats
  ki: 'KI im Verwaltungsalltag: Texte entwerfen, Ergebnisse prüfen', // Wed 24.11. 13:00–16:00, hybrid (Landratsamt), Kreis-IT, Schuster, free, 40 seats
  vergabe: 'Vergaberecht in Hessen: HVTG und UVgO in der Praxis', // Thu 25.11. 09:00–16:00, Rathaus Rüsselsheim, ABST Hessen, Kowalski, 240 €, deadline Fri 12.11. 12:00
  winterdienst: 'Sicher durch den Winterdienst', // Fri 26.11. 07:30–12:00, Betriebshof Riedstadt, Unfallkasse, Kuhn, free
  ersteHilfe: 'Erste Hilfe: Grundausbildung für Ersthelferinnen und Ersthelfer', // Tue 30.11. 08:30–16:30, Rathaus Raunheim, Unfallkasse, Hartmann, free (Unfallkasse pays)
  gebuehren: 'Gebühren richtig kalkulieren nach dem KAG', // Thu 02.12. 09:00–16:00, Rathaus Ginsheim-Gustavsburg, HVSV, Dr. Berger, 210 €
  excel: 'Excel kompakt am Abend', // Mon 13.12. 18:00–21:00, Volkshochschule Rüsselsheim, vhs, Jäger, 65 €
  zeit: 'Mehr Luft im Kalender', // Wed 15.12. 09:00–12:30, online, Kreisakademie, Nehring, free, time management
  sprache: 'Schreiben, dass man es versteht', // Wed 05.01.2028 09:00–16:00, Rathaus Riedstadt, vhs, Dr. Sommer, 150 €, plain language
  fuehrung: 'Vom Team in die Verantwortung', // Tue 18.01. and Wed 19.01.2028 09:00–16:30, Landratsamt, Kreisakademie, Dr. Reinhardt, 480 €, deadline Fri 17.12.2027 23:59
  eakte: 'Der digitale Umlauf', // Thu 20.01.2028 09:00–12:00, Rathaus Raunheim, Kreis-IT, Schuster, free, only Raunheim/Kelsterbach/Ginsheim-Gustavsburg
  abschluss: 'Jahresabschluss in der hessischen Doppik', // Tue 25.01.2028 09:00–16:00, online, HVSV, Lorenz, 180 €, 25 seats
  social: 'Social Media für Kommunen', // Wed 02.02.2028 13:00–16:00, hybrid (Rathaus Mörfelden-Walldorf), Kreisakademie, Yilmaz, 95 €
  gespraech: 'Gespräche, die weiterbringen', // Thu 17.02.2028 09:00–16:00, Landratsamt, Kreisakademie, Nehring, 160 €, for managers
  pdf: 'Barrierefreie PDF-Dokumente erstellen', // Tue 07.03.2028 09:00–12:00, online, Kreis-IT, Schuster, free
  resilienz: 'Kraft tanken im Dienst: Resilienz und Stressbewältigung', // Wed 29.03.2028 09:00–15:00 (CEST), Rathaus Ginsheim-Gustavsburg, Unfallkasse, Brückner, free
  foerdermittel: 'Fördermittel erfolgreich beantragen', // draft (Wed 26.01.2028)
  beteiligung: 'Bürgerbeteiligung digital gestalten', // draft (Tue 22.02.2028)
  outlook: 'Outlook im Griff: Posteingang, Kalender und Aufgaben', // cancelled (Tue 23.11.2027)
  motorsaege: 'Motorsägenlehrgang für Bauhöfe', // cancelled (Fri 03.12.2027)
  owi: 'Ordnungswidrigkeitenverfahren von A bis Z', // past (Tue 12 Oct 2027)
  rhetorik: 'Überzeugend präsentieren: Rhetorik im Berufsalltag', // past (Wed 3 Nov 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.foerdermittel, T.beteiligung, T.outlook, T.motorsaege, T.owi, T.rhetorik];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  {
    conv: 'phish',
    q: 'Gibt es eine Schulung, wie man gefälschte E-Mails erkennt?',
    kind: 'list',
    titles: [T.phishing],
  },
  {
    conv: 'phish',
    q: 'wann genau?',
    kind: 'facts',
    titles: [T.phishing],
    says: ['am Do., 11.11.2027 von 14:00 bis 15:30 Uhr'],
  },
  { conv: 'laut', q: 'Umgang mit aggressiven Besuchern', kind: 'list', titles: [T.deeskalation] },
  {
    conv: 'laut',
    q: 'Wo findet das statt?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['im Bürgerhaus Mörfelden'],
  },
  { conv: 'laut', q: 'kostet das was?', kind: 'facts', titles: [T.deeskalation], says: ['ist kostenlos'] },
  { conv: 'lead', q: 'leadership course for new managers', locale: 'en', kind: 'list', titles: [T.fuehrung] },
  {
    conv: 'lead',
    q: 'until when can I register?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['until Fri, 17 Dec 2027, 23:59'],
  },
  { conv: 'kalender', q: 'Tipps für besseres Zeitmanagement', kind: 'list', titles: [T.zeit] },
  {
    conv: 'kalender',
    q: 'wann ist der?',
    kind: 'facts',
    titles: [T.zeit],
    says: ['am Mi., 15.12.2027 von 09:00 bis 12:30 Uhr'],
  },
  { conv: 'plain', q: 'plain language workshop', locale: 'en', kind: 'list', titles: [T.sprache] },
  {
    conv: 'plain',
    q: 'where is it held?',
    locale: 'en',
    kind: 'facts',
    titles: [T.sprache],
    says: ['takes place at Rathaus Riedstadt'],
  },
  {
    conv: 'gespraech',
    q: 'Wie führe ich Jahresgespräche mit meinen Mitarbeitern?',
    kind: 'list',
    titles: [T.gespraech],
  },
  { conv: 'gespraech', q: 'Was kostet das?', kind: 'facts', titles: [T.gespraech], says: ['kostet 160 €'] },
  { conv: 'dez', q: 'Was gibt es nächsten Monat?', kind: 'list', titles: [T.gebuehren, T.excel, T.zeit] },
  { conv: 'dez', q: 'Und im Januar?', kind: 'list', titles: [T.sprache, T.fuehrung, T.eakte, T.abschluss] },
  {
    conv: 'ruecken',
    q: 'Mir tut vom vielen Sitzen der Rücken weh – gibt es da was?',
    kind: 'list',
    titles: [T.ergonomie],
  },
  {
    conv: 'ruecken',
    q: 'wann?',
    kind: 'facts',
    titles: [T.ergonomie],
    says: ['am Mi., 17.11.2027 von 14:00 bis 15:30 Uhr'],
  },
  { conv: 'efile', q: 'e-akte training', locale: 'en', kind: 'list', titles: [T.eakte] },
  {
    conv: 'efile',
    q: 'is it in person?',
    locale: 'en',
    kind: 'facts',
    titles: [T.eakte],
    says: ['takes place in person, at Rathaus Raunheim'],
  },
  // --- facts -----------------------------------------------------------------------------------------------------------
  { q: 'Was kostet der HGO-Kurs?', kind: 'facts', titles: [T.hgo], says: ['kostet 190 €'] },
  {
    q: 'how much is the airport english course',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['costs €95'],
  },
  {
    q: 'Kostet der Erste-Hilfe-Lehrgang etwas?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühren übernimmt die Unfallkasse Hessen.'],
  },
  {
    q: 'Wann findet „Vom Team in die Verantwortung“ statt?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Di., 18.01.2028 und Mi., 19.01.2028', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    q: 'when is the resilience training',
    locale: 'en',
    kind: 'facts',
    titles: [T.resilienz],
    says: ['on Wed, 29 Mar 2028 from 09:00 to 15:00'],
  },
  {
    q: 'where is the procurement seminar',
    locale: 'en',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['takes place at Rathaus Rüsselsheim'],
  },
  {
    q: 'Wo findet der KI-Kurs statt?',
    kind: 'facts',
    titles: [T.ki],
    says: [/im Landratsamt Groß-Gerau.* oder online/],
  },
  {
    q: 'Wer leitet das Seminar zur Gebührenkalkulation?',
    kind: 'facts',
    titles: [T.gebuehren],
    says: ['leitet Herr Dr. Matthias Berger'],
  },
  {
    q: 'Wie lange dauert die Teams-Schulung?',
    kind: 'facts',
    titles: [T.teams],
    says: ['dauert 2,5 Stunden, von 09:00 bis 11:30 Uhr'],
  },
  {
    q: 'Um wie viel Uhr beginnt der Winterdienst-Kurs?',
    kind: 'facts',
    titles: [T.winterdienst],
    says: ['beginnt am Fr., 26.11.2027 um 07:30 Uhr'],
  },
  {
    q: 'what time does the excel evening course start',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['starts on Mon, 13 Dec 2027 at 18:00'],
  },
  {
    q: 'Anmeldeschluss für das Vergabeseminar?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Fr., 12.11.2027, 12:00 Uhr'],
  },
  {
    q: 'registration deadline for the English course',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 5 Nov 2027, 23:59'],
  },
  {
    q: 'any seats left in the ChatGPT workshop?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['has 40 of 40 seats left'],
  },
  {
    q: 'Ist das Datenschutz-Seminar online?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['findet hybrid statt: im Landratsamt Groß-Gerau'],
  },
  // --- topic searches: typos, words only in summary or description, synonyms ------------------------------------------
  { q: 'phising schulung', kind: 'list', titles: [T.phishing] },
  { q: 'exel abendkurs', kind: 'list', titles: [T.excel] },
  { q: 'Ausschreibungen', kind: 'list', titles: [T.vergabe] },
  { q: 'Abwassergebühren kalkulieren', kind: 'list', titles: [T.gebuehren] },
  { q: 'glatteis streupflicht', kind: 'list', titles: [T.winterdienst] },
  { q: 'instagram training', locale: 'en', kind: 'list', titles: [T.social] },
  { q: 'accessible pdf documents', locale: 'en', kind: 'list', titles: [T.pdf] },
  { q: 'burnout vorbeugen', kind: 'list', titles: [T.resilienz] },
  // --- filters: time and place phrases, format, provider, trainer, audience, length, cost, language ------------------
  { q: 'was ist heute nachmittag noch', kind: 'list', titles: [T.phishing] },
  { q: 'was läuft nächste woche', kind: 'list', titles: [T.teams, T.hgo, T.ergonomie, T.english] },
  { q: 'online-seminare noch dieses jahr', kind: 'list', titles: [T.phishing, T.teams, T.ergonomie, T.zeit] },
  { q: 'vor Weihnachten noch was im Landratsamt?', kind: 'list', titles: [T.datenschutz, T.ki] },
  { q: 'in den nächsten vier Wochen in Rüsselsheim', kind: 'list', titles: [T.hgo, T.vergabe] },
  { q: 'Was ist Anfang Januar?', kind: 'list', titles: [T.sprache] },
  { q: 'online-kurse im neuen jahr', kind: 'list', titles: [T.abschluss, T.pdf] },
  { q: 'any free courses after New Year?', locale: 'en', kind: 'list', titles: [T.eakte, T.pdf, T.resilienz] },
  { q: "what's on at the Landratsamt in Q1", locale: 'en', kind: 'list', titles: [T.fuehrung, T.gespraech] },
  { q: 'evening courses next month', locale: 'en', kind: 'list', titles: [T.excel] },
  {
    q: 'was bietet die Unfallkasse an',
    kind: 'list',
    ...only(T.deeskalation, T.winterdienst, T.ersteHilfe, T.resilienz),
  },
  { q: 'courses by Dr. Berger', locale: 'en', kind: 'list', ...only(T.hgo, T.gebuehren) },
  { q: 'Seminare für Führungskräfte', kind: 'list', ...only(T.fuehrung, T.gespraech) },
  { q: 'mehrtägige Seminare', kind: 'list', titles: [T.fuehrung] },
  { q: 'any seminars held in English?', locale: 'en', kind: 'list', titles: [T.english] },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'Outlook-Kurs', kind: 'gone', gone: T.outlook },
  { q: 'Wann ist der Motorsägenlehrgang?', kind: 'gone', gone: T.motorsaege },
  { q: 'Ordnungswidrigkeiten Seminar', kind: 'gone', gone: T.owi, says: ['Di., 12.10.2027'] },
  {
    q: 'when was the rhetoric seminar',
    locale: 'en',
    kind: 'gone',
    gone: T.rhetorik,
    says: ['Wed, 3 Nov 2027'],
  },
  { q: 'Fördermittel beantragen', kind: 'none' },
  { q: 'Hallo!', kind: 'help' },
  { q: 'meine Anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-fifty-first, independent catalogue (Kreis Groß-Gerau, Kreisakademie, Unfallkasse Hessen)',
  {
    fixture: 'heldout251-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
