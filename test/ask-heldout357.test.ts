// Over-fitting check, three-hundred-and-fifty-seventh catalogue: the autumn 2029 programme for the Landkreis Görlitz
// (Sachsen) — the Landratsamt and the Große Kreisstädte Görlitz, Zittau, Weißwasser/O.L., Löbau and Niesky — with the
// Sächsische Verwaltungs- und Wirtschafts-Akademie (SVWA, Studienzentrum Görlitz), the Landratsamt's Personalamt, the
// Kommunale Unfallversicherung Sachsen (KUV, Meißen) and KISA (Kommunale Informationsverarbeitung Sachsen), imported from
// a JSON file. Seminars take place in the Landratsamt Görlitz (Bahnhofstraße 24: Kreistagssaal, Haus A Raum 112), the
// SVWA Studienzentrum (Obermarkt 33, Görlitz), the DRK-Bildungszentrum Görlitz, the Bauhof Weißwasser, the Rathaus
// Weißwasser, the Rathaus Löbau, the Rathaus Zittau and the Landratsamt's Zittau office (Hochwaldstraße 29), the Rathaus
// Niesky and the KUV in Meißen, online or hybrid. Two seminars are held in English (the Euroregion meetings workshop,
// hybrid in the Kreistagssaal, and the Foreigners' Office course in Zittau); the Polish course is taught in German.
// Several titles do not name their subject ("Klick nicht drauf!" is phishing / IT security, "Seitenwechsel" new
// managers, "Dzień dobry, sąsiedzie!" Polish for beginners, "Sag es einfach" plain language in official letters,
// "Feierabend im Kopf" stress / burnout, "Neu an Bord" the induction day, "Wohin fließt das Geld?" the budget for
// council members, "Unterwegs im Dienst" travel expenses, "Bilanz ziehen" year-end accounts in the Doppik, "Mehr Luft
// im Kalender" time management), so only summary, description or topics reveal it. About half of the questions are in
// English; the emphasis is on follow-up conversations.
//
// Calendar around `now` (Tuesday 16 October 2029, 09:15 in Görlitz, summer time; winter time begins Sun 28.10.2029;
// Reformationstag Wed 31.10. and Buß- und Bettag Wed 21.11.2029 are holidays in Sachsen):
//   this week:  Tue 16.10. (today) 13:00–14:30 phishing (online); nothing on Wed 17.10.; Thu 18.10. 09:00–12:00 Amt24
//               (online); Fri 19.10. 08:00–15:30 first aid (DRK-Bildungszentrum Görlitz)
//   next week:  Mon 22.10.–Tue 23.10. 09:00–16:30 new managers (SVWA Görlitz, 520 €, deadline passed Fri 12.10. 23:59);
//               Wed 24.10.–Thu 25.10. 07:30–15:30 chainsaw course (Bauhof Weißwasser); Thu 25.10. 15:30–17:00 first of
//               four Polish afternoons (25.10. CEST, then 08.11., 22.11., 06.12. CET, always 15:30–17:00, Landratsamt
//               Haus A); Fri 26.10. 09:00–15:00 plain language (Rathaus Löbau, 190 €); the cancelled rhetoric course
//               (Wed 24.10.)
//   then:       nothing from Sat 27.10. to Tue 06.11.
//   November:   Wed 07.11. 09:00–12:00 stress (online); Thu 08.11. 13:00–16:30 Euroregion (English, hybrid,
//               Kreistagssaal); Mon 12.11.–Tue 13.11. 09:00–16:00 procurement (SVWA Görlitz, 410 €, deadline Fri
//               26.10. 23:59); Wed 14.11. 09:00–15:30 psychological risk assessment (KUV Meißen); the cancelled BITV
//               webinar (Thu 15.11.); Fri 16.11. 08:30–14:00 induction day (Kreistagssaal, Landratsamt only); Tue 20.11.
//               18:00–20:30 budget for council members (Rathaus Zittau, evening); Mon 26.11. 09:00–12:30 English at the
//               Foreigners' Office (Zittau, 40 €, deadline Mon 19.11. 12:00); Tue 27.11. 09:00–11:00 parental leave
//               (online); Wed 28.11. 08:30–15:30 Excel (Rathaus Weißwasser, 95 €); Thu 29.11. 09:00–12:00 travel
//               expenses (online)
//   December:   Tue 04.12. 09:00–16:00 year-end accounts (SVWA Görlitz, 245 €); Wed 05.12. 09:00–13:00 time management
//               (Rathaus Niesky, 85 €); Thu 06.12. last Polish afternoon; Mon 10.12.–Wed 12.12. 08:30–15:00
//               administrative law for career changers (SVWA Görlitz, 560 €, deadline Fri 23.11. 23:59); the drafts AI
//               assistants (Tue 11.12.) and Kurtaxe (Thu 13.12.)
//   past:       Thu 13.09.2029 forest fires in the Muskauer Heide (Rathaus Weißwasser), Tue 02.10.2029 XRechnung (online).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2029-10-16T07:15:00Z'); // Tuesday, 16 October 2029, 09:15 in Görlitz (CEST)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Klick nicht drauf!', // Tue 16.10. 13:00–14:30, online, KISA, Herr Maik Schuster, phishing / IT security, free
  amt24: 'Anträge aus Amt24 bearbeiten: OZG-Leistungen im Fachverfahren', // Thu 18.10. 09:00–12:00, online, KISA, Frau Anja Lehmann, free
  ersteHilfe: 'Erste-Hilfe-Fortbildung für betriebliche Ersthelfer', // Fri 19.10. 08:00–15:30, DRK-Bildungszentrum Görlitz, KUV, Herr Ronny Wagner (DRK Kreisverband Görlitz), free, 15 seats
  fuehrung: 'Seitenwechsel', // Mon 22.10.–Tue 23.10. 09:00–16:30, SVWA Görlitz, Frau Dr. Ulrike Hentschel, new managers, 520 €, deadline passed Fri 12.10. 23:59
  polnisch: 'Dzień dobry, sąsiedzie!', // Thu 25.10., 08.11., 22.11., 06.12. 15:30–17:00, Landratsamt Haus A Raum 112, PA, Frau Agnieszka Nowak-Richter, Polish, free, taught in German
  motorsaege: 'Motorsägen-Grundkurs für Bauhöfe', // Wed 24.10.–Thu 25.10. 07:30–15:30, Bauhof Weißwasser, KUV, Herr Steffen Kretschmer, free, 8 seats
  sprache: 'Sag es einfach', // Fri 26.10. 09:00–15:00, Rathaus Löbau (Ratssaal), SVWA, Frau Katrin Böhme, plain language, 190 €
  stress: 'Feierabend im Kopf', // Wed 07.11. 09:00–12:00, online, KUV, Frau Julia Hanke, stress / burnout, free
  euroregion: 'Working Across Borders: English for Euroregion Meetings', // Thu 08.11. 13:00–16:30, hybrid (Kreistagssaal), PA, Dr. Helen Carter, English, free
  vergabe: 'Vergaberecht in Sachsen: SächsVergabeG, UVgO und VOB/A', // Mon 12.11.–Tue 13.11. 09:00–16:00, SVWA Görlitz, Herr Dr. Thomas Pietsch, 410 €, deadline Fri 26.10. 23:59
  psyche: 'Gefährdungsbeurteilung psychischer Belastung in der Praxis', // Wed 14.11. 09:00–15:30, KUV Meißen, Frau Dr. Sabine Krause, free
  onboarding: 'Neu an Bord', // Fri 16.11. 08:30–14:00, Landratsamt Kreistagssaal, PA, Frau Petra Jungnickel, induction day, free, Landratsamt only
  haushalt: 'Wohin fließt das Geld?', // Tue 20.11. 18:00–20:30, Rathaus Zittau (Bürgersaal), SVWA, Herr Dr. Thomas Pietsch, budget for council members, free
  auslaender: "Welcoming International Skilled Workers: English at the Foreigners' Office", // Mon 26.11. 09:00–12:30, Landratsamt Zittau office, PA, Herr Daniel Brooks (VHS Dreiländereck), English, 40 €, deadline Mon 19.11. 12:00
  elternzeit: 'Mutterschutz, Elternzeit und Elterngeld: Was Beschäftigte wissen müssen', // Tue 27.11. 09:00–11:00, online, PA, Frau Petra Jungnickel, free, 80 seats
  excel: 'Excel im Sachgebiet: Listen, Filter und Formeln', // Wed 28.11. 08:30–15:30, Rathaus Weißwasser, KISA, Herr Maik Schuster, 95 €, 10 seats
  reisekosten: 'Unterwegs im Dienst', // Thu 29.11. 09:00–12:00, online, PA, Herr Jens Ullrich, travel expenses, free
  abschluss: 'Bilanz ziehen', // Tue 04.12. 09:00–16:00, SVWA Görlitz, Frau Dr. Claudia Werner, year-end accounts (Doppik), 245 €
  zeit: 'Mehr Luft im Kalender', // Wed 05.12. 09:00–13:00, Rathaus Niesky, SVWA, Frau Katrin Böhme, time management, 85 €, 12 seats
  quereinstieg: 'Allgemeines Verwaltungsrecht für Quereinsteiger', // Mon 10.12.–Wed 12.12. 08:30–15:00, SVWA Görlitz, Herr Dr. Frank Seidel, 560 €, deadline Fri 23.11. 23:59
  ki: 'KI-Assistenten im Landratsamt: Chancen und Grenzen', // draft (Tue 11.12.), KISA, Schuster
  kurtaxe: 'Gästetaxe und Kurtaxe im Zittauer Gebirge', // draft (Thu 13.12.), Pietsch, Rathaus Zittau
  rhetorik: 'Rhetorik für Sitzungen: Sicher vor dem Kreistag sprechen', // cancelled (Wed 24.10.), Dr. Frank Seidel, SVWA Görlitz
  bitv: 'Barrierefreie Webseiten nach BITV 2.0', // cancelled (Thu 15.11.), online, KISA, Frau Anja Lehmann
  waldbrand: 'Waldbrandschutz in der Muskauer Heide', // past (Thu 13.09.2029), Rathaus Weißwasser
  xrechnung: 'XRechnung im Rechnungseingang', // past (Tue 02.10.2029), online, KISA
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.ki, T.kurtaxe, T.rhetorik, T.bitv, T.waldbrand, T.xrechnung];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -------------------------------------------------------------------------------------------
  { conv: 'polish', q: 'Is there a Polish course for staff?', locale: 'en', kind: 'list', titles: [T.polnisch] },
  {
    conv: 'polish',
    q: 'when does it meet?',
    locale: 'en',
    kind: 'facts',
    titles: [T.polnisch],
    says: ['on 4 days', 'Thu, 25 Oct 2029', 'Thu, 6 Dec 2029', 'each from 15:30 to 17:00'],
  },
  {
    conv: 'polish',
    q: 'Is it in person?',
    locale: 'en',
    kind: 'facts',
    titles: [T.polnisch],
    says: ['takes place in person', 'Landratsamt Görlitz, Haus A, Raum 112'],
  },
  {
    conv: 'polish',
    q: 'do I have to pay for it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.polnisch],
    says: ['is free of charge'],
  },
  {
    conv: 'polish',
    q: 'Who teaches it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.polnisch],
    says: ['is led by Frau Agnieszka Nowak-Richter'],
  },
  {
    conv: 'fuehrung',
    q: 'Ich bin seit kurzem Sachgebietsleiterin – gibt es was für neue Führungskräfte?',
    kind: 'list',
    first: T.fuehrung,
    ...maybeAlso(only(T.fuehrung), T.psyche),
  },
  { conv: 'fuehrung', q: 'Was kostet das?', kind: 'facts', titles: [T.fuehrung], says: ['kostet 520 €'] },
  {
    conv: 'fuehrung',
    q: 'kann ich mich da noch anmelden?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['am Fr., 12.10.2029, 23:59 Uhr abgelaufen'],
  },
  {
    conv: 'fuehrung',
    q: 'wie lange geht das?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['dauert 2 Tage, jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    conv: 'zittau',
    q: "What's on next month in Zittau?",
    locale: 'en',
    kind: 'list',
    titles: [T.haushalt, T.auslaender],
  },
  { conv: 'zittau', q: 'which one is in English?', locale: 'en', kind: 'list', titles: [T.auslaender] },
  {
    conv: 'zittau',
    q: 'how much does it cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.auslaender],
    says: [/costs (€\s?40|40\s?€|EUR 40)/],
  },
  {
    conv: 'zittau',
    q: 'until when can I sign up?',
    locale: 'en',
    kind: 'facts',
    titles: [T.auslaender],
    says: ['You can register for the seminar', 'until Mon, 19 Nov 2029, 12:00'],
  },
  {
    conv: 'zittau',
    q: 'where exactly?',
    locale: 'en',
    kind: 'facts',
    titles: [T.auslaender],
    says: ['Hochwaldstraße 29, 02763 Zittau'],
  },
  { conv: 'motorsaege', q: 'Motorsägenkurs für unsere Bauhofleute?', kind: 'list', titles: [T.motorsaege] },
  {
    conv: 'motorsaege',
    q: 'wo findet der statt?',
    kind: 'facts',
    titles: [T.motorsaege],
    says: ['Bauhof der Stadt Weißwasser, Werkstatthalle, Forster Straße 40'],
  },
  {
    conv: 'motorsaege',
    q: 'um wie viel uhr geht es los?',
    kind: 'facts',
    titles: [T.motorsaege],
    says: ['beginnt am Mi., 24.10.2029 um 07:30 Uhr'],
  },
  {
    conv: 'motorsaege',
    q: 'sind noch plätze frei',
    kind: 'facts',
    titles: [T.motorsaege],
    says: ['noch 8 von 8 Plätzen frei'],
  },
  {
    conv: 'stress',
    q: "I've been completely exhausted lately. Is there anything on stress or burnout?",
    locale: 'en',
    kind: 'list',
    titles: [T.stress],
  },
  { conv: 'stress', q: 'is it online?', locale: 'en', kind: 'facts', titles: [T.stress], says: ['takes place online'] },
  {
    conv: 'stress',
    q: 'what time does it start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.stress],
    says: ['starts on Wed, 7 Nov 2029 at 09:00'],
  },
  {
    conv: 'stress',
    q: "who's running it?",
    locale: 'en',
    kind: 'facts',
    titles: [T.stress],
    says: ['is led by Frau Julia Hanke'],
  },
  { conv: 'excel', q: 'exel training', locale: 'en', kind: 'list', titles: [T.excel] },
  {
    conv: 'excel',
    q: 'how long is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['lasts', 'from 08:30 to 15:30'],
  },
  {
    conv: 'excel',
    q: 'price?',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: [/costs (€\s?95|95\s?€|EUR 95)/],
  },
  {
    conv: 'excel',
    q: 'any seats left?',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['has 10 of 10 seats left'],
  },
  { conv: 'vergabe', q: 'vergaberecht schulung', kind: 'list', titles: [T.vergabe] },
  {
    conv: 'vergabe',
    q: 'wann ist die?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['an 2 Tagen', 'Mo., 12.11.2029 und Di., 13.11.2029', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'vergabe',
    q: 'bis wann muss ich mich anmelden?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Fr., 26.10.2029, 23:59 Uhr anmelden'],
  },
  {
    conv: 'vergabe',
    q: 'welche Seminare hat der Referent sonst noch?',
    kind: 'list',
    ...maybeAlso(only(T.haushalt), T.vergabe),
  },
  {
    conv: 'boehme',
    q: 'Wer leitet das Seminar zur bürgernahen Sprache?',
    kind: 'facts',
    titles: [T.sprache],
    says: ['leitet Frau Katrin Böhme'],
  },
  { conv: 'boehme', q: 'Was bietet sie sonst noch an?', kind: 'list', ...maybeAlso(only(T.zeit), T.sprache) },
  {
    conv: 'boehme',
    q: 'wann ist das?',
    kind: 'facts',
    titles: [T.zeit],
    says: ['am Mi., 05.12.2029 von 09:00 bis 13:00 Uhr'],
  },
  {
    conv: 'boehme',
    q: 'und wo?',
    kind: 'facts',
    titles: [T.zeit],
    says: ['Rathaus Niesky, Beratungsraum, Ring 1'],
  },
  {
    conv: 'onboarding',
    q: "I'm starting at the Landratsamt next month. Is there an induction day for new staff?",
    locale: 'en',
    kind: 'list',
    titles: [T.onboarding],
  },
  {
    conv: 'onboarding',
    q: 'what time does it finish?',
    locale: 'en',
    kind: 'facts',
    titles: [T.onboarding],
    says: ['14:00'],
  },
  {
    conv: 'onboarding',
    q: 'and where is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.onboarding],
    says: ['Landratsamt Görlitz, Kreistagssaal, Bahnhofstraße 24'],
  },
  {
    conv: 'onboarding',
    q: 'what else does she offer?',
    locale: 'en',
    kind: 'list',
    ...maybeAlso(only(T.elternzeit), T.onboarding),
  },
  { conv: 'abend', q: 'gibt es auch abendveranstaltungen?', kind: 'list', titles: [T.haushalt] },
  { conv: 'abend', q: 'ist das kostenlos?', kind: 'facts', titles: [T.haushalt], says: ['ist kostenlos'] },
  {
    conv: 'abend',
    q: 'und wo?',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['Rathaus Zittau, Bürgersaal, Markt 1'],
  },
  // --- follow-ups with nothing talked about ---------------------------------------------------------------------------
  { conv: 'empty-en', q: 'and where is it?', locale: 'en', kind: 'noContext' },
  { conv: 'empty-de', q: 'wer leitet den?', kind: 'noContext' },
  // --- facts ------------------------------------------------------------------------------------------------------------
  {
    q: 'was kostet der Kurs zum Jahresabschluss in der Doppik?',
    kind: 'facts',
    titles: [T.abschluss],
    says: ['kostet 245 €'],
  },
  {
    q: 'Where does the course on psychological risk assessment take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.psyche],
    says: ['Rosa-Luxemburg-Straße 17a, 01662 Meißen'],
  },
  {
    q: 'wann ist die erste-hilfe-fortbildung',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['am Fr., 19.10.2029 von 08:00 bis 15:30 Uhr'],
  },
  {
    q: 'When is the phishing awareness session?',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['takes place on Tue, 16 Oct 2029 from 13:00 to 14:30'],
  },
  {
    q: 'Wie lange dauert das Verwaltungsrecht für Quereinsteiger?',
    kind: 'facts',
    titles: [T.quereinstieg],
    says: ['dauert 3 Tage, jeweils von 08:30 bis 15:00 Uhr'],
  },
  {
    q: 'Is the Euroregion workshop in English?',
    locale: 'en',
    kind: 'facts',
    titles: [T.euroregion],
    says: ['is held in English'],
  },
  {
    q: 'Can I join the Euroregion workshop remotely?',
    locale: 'en',
    kind: 'facts',
    titles: [T.euroregion],
    says: ['is hybrid', 'Landratsamt Görlitz, Kreistagssaal'],
  },
  {
    q: 'Is the Amt24 training in German?',
    locale: 'en',
    kind: 'facts',
    titles: [T.amt24],
    says: ['is held in German'],
  },
  {
    q: 'ist die reisekosten-schulung online?',
    kind: 'facts',
    titles: [T.reisekosten],
    says: ['findet online statt'],
  },
  {
    q: 'bis wann kann ich mich für die Infoveranstaltung zur Elternzeit anmelden?',
    kind: 'facts',
    titles: [T.elternzeit],
    says: ['bis Di., 27.11.2029, 09:00 Uhr anmelden'],
  },
  {
    q: 'How many places are left on the time management course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.zeit],
    says: ['has 12 of 12 seats left'],
  },
  {
    q: 'Who is the trainer for the year-end accounts seminar?',
    locale: 'en',
    kind: 'facts',
    titles: [T.abschluss],
    says: ['is led by Frau Dr. Claudia Werner'],
  },
  { q: 'Details zum Vergaberecht-Seminar bitte', kind: 'details', titles: [T.vergabe] },
  // --- subjects only summary, description or topics name -----------------------------------------------------------------
  { q: 'Phishing-Mails erkennen', kind: 'list', titles: [T.phishing] },
  { q: 'Leichte Sprache in Bescheiden', kind: 'list', titles: [T.sprache] },
  { q: 'time management', locale: 'en', kind: 'list', titles: [T.zeit] },
  { q: 'Zeitmanagment', kind: 'list', titles: [T.zeit] },
  { q: 'Dienstreise abrechnen', kind: 'list', titles: [T.reisekosten] },
  { q: 'Anything about travel expenses?', locale: 'en', kind: 'list', titles: [T.reisekosten] },
  {
    q: 'Haushaltsplan verstehen für Stadträte',
    kind: 'list',
    first: T.haushalt,
    ...maybeAlso(only(T.haushalt), T.abschluss),
  },
  { q: 'polnisch lernen', kind: 'list', titles: [T.polnisch] },
  { q: 'IT security awareness training', locale: 'en', kind: 'list', titles: [T.phishing] },
  { q: 'ersthelfer fortbilung', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'Jahresabschluss Doppik', kind: 'list', titles: [T.abschluss] },
  // --- trainers, providers, places, audiences ----------------------------------------------------------------------------
  {
    q: 'Was bietet die Unfallversicherung an?',
    kind: 'list',
    ...only(T.ersteHilfe, T.motorsaege, T.stress, T.psyche),
  },
  { q: 'courses from KISA', locale: 'en', kind: 'list', ...only(T.phishing, T.amt24, T.excel) },
  {
    q: 'Seminare vom Personalamt',
    kind: 'list',
    ...only(T.polnisch, T.euroregion, T.onboarding, T.auslaender, T.elternzeit, T.reisekosten),
  },
  { q: 'was gibt es in weißwasser', kind: 'list', ...only(T.motorsaege, T.excel) },
  { q: 'anything in Löbau?', locale: 'en', kind: 'list', titles: [T.sprache] },
  { q: 'Kurse in Niesky', kind: 'list', titles: [T.zeit] },
  { q: 'Seminare von Herrn Schuster', kind: 'list', ...only(T.phishing, T.excel) },
  { q: 'courses with Dr. Pietsch', locale: 'en', kind: 'list', ...only(T.vergabe, T.haushalt) },
  { q: 'training for council members', locale: 'en', kind: 'list', titles: [T.haushalt] },
  { q: 'gibt es auch was in bautzen?', kind: 'none' },
  // --- dates, formats, fees ------------------------------------------------------------------------------------------------
  { q: 'was läuft heute', kind: 'list', titles: [T.phishing] },
  { q: 'gibt es morgen ein Seminar?', kind: 'none' },
  { q: "What's on this week?", locale: 'en', kind: 'list', titles: [T.phishing, T.amt24, T.ersteHilfe] },
  { q: 'was steht nächste woche an', kind: 'list', titles: [T.fuehrung, T.motorsaege, T.polnisch, T.sprache] },
  {
    q: 'Was gibt es in den nächsten zwei Wochen?',
    kind: 'list',
    ...only(T.phishing, T.amt24, T.ersteHilfe, T.fuehrung, T.motorsaege, T.polnisch, T.sprache),
  },
  {
    q: 'online courses in November',
    locale: 'en',
    kind: 'list',
    ...maybeAlso(only(T.stress, T.elternzeit, T.reisekosten), T.euroregion),
  },
  {
    q: 'Seminare im Dezember',
    kind: 'list',
    ...maybeAlso(only(T.abschluss, T.zeit, T.quereinstieg), T.polnisch),
  },
  { q: 'gibt es am 31. oktober was?', kind: 'none' },
  { q: 'anything on a Friday?', locale: 'en', kind: 'list', ...only(T.ersteHilfe, T.sprache, T.onboarding) },
  {
    q: 'mehrtägige seminare',
    kind: 'list',
    ...maybeAlso(only(T.fuehrung, T.motorsaege, T.vergabe, T.quereinstieg), T.polnisch),
  },
  { q: 'Kurse über 300 Euro', kind: 'list', ...only(T.fuehrung, T.vergabe, T.quereinstieg) },
  { q: 'hybrid seminars', locale: 'en', kind: 'list', titles: [T.euroregion] },
  { q: 'anything in English?', locale: 'en', kind: 'list', ...only(T.euroregion, T.auslaender) },
  {
    q: 'kostenlose Online-Seminare',
    kind: 'list',
    ...maybeAlso(only(T.phishing, T.amt24, T.stress, T.elternzeit, T.reisekosten), T.euroregion),
  },
  // --- gone, drafts, no match, greetings, own registrations ------------------------------------------------------------
  { q: 'Findet das Rhetorik-Seminar für den Kreistag statt?', kind: 'gone', gone: T.rhetorik },
  { q: 'Is the BITV webinar still on?', locale: 'en', kind: 'gone', gone: T.bitv },
  {
    q: 'waldbrandschutz muskauer heide seminar',
    kind: 'gone',
    gone: T.waldbrand,
    says: ['Do., 13.09.2029'],
  },
  {
    q: 'When was the XRechnung training?',
    locale: 'en',
    kind: 'gone',
    gone: T.xrechnung,
    says: ['Tue, 2 Oct 2029'],
  },
  { q: 'Gibt es ein Seminar zu künstlicher Intelligenz?', kind: 'none' },
  { q: 'kurtaxe schulung', kind: 'none' },
  { q: 'Do you offer a forklift licence course?', locale: 'en', kind: 'none' },
  { q: 'Spanischkurs', kind: 'none' },
  { q: 'Hallo!', kind: 'help' },
  { q: 'hello, what can you do?', locale: 'en', kind: 'help' },
  { q: 'Danke, das hilft mir!', kind: 'thanks' },
  { q: 'Where am I registered?', locale: 'en', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-fifty-seventh, independent catalogue (Landkreis Görlitz, SVWA, Personalamt, KUV Sachsen, KISA)',
  {
    fixture: 'heldout357-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
