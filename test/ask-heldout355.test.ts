// Over-fitting check, three-hundred-and-fifty-fifth catalogue: the winter 2028/29 programme for the Kreis Mettmann
// (Nordrhein-Westfalen), its Kreisverwaltung and the ten towns (Erkrath, Haan, Heiligenhaus, Hilden, Langenfeld, Mettmann,
// Monheim am Rhein, Ratingen, Velbert, Wülfrath), with the Studieninstitut Niederrhein (Krefeld), ITK Rheinland, the
// Unfallkasse NRW, the VHS Hilden-Haan, the Kreis' Stabsstelle Digitalisierung and its Amt für Personal und Organisation,
// imported from a JSON file. Seminars take place in the Kreishaus Mettmann (Düsseldorfer Straße 26: Großer Sitzungssaal,
// Raum 1.14), at the Studieninstitut Niederrhein in Krefeld (Westwall 50), in the Bürgerhaus Hochdahl (Erkrath), the
// Rathaus Hilden, the Rathaus Ratingen, the Rathaus Velbert, the Rathaus Langenfeld, the Rathaus Monheim am Rhein and the
// Feuer- und Rettungswache Mettmann, or online / hybrid; nothing is offered in Haan, Heiligenhaus or Wülfrath. Several
// titles do not name their subject ("Gut verbunden, gut moderiert" is Teams meetings, "Ein Portal für alles" the OZG,
// "Vom Antrag bis zur Abholung" passport and ID-card law for the Bürgerbüros, "Kollege Algorithmus" AI, "Schluss mit der
// Hängeregistratur" the e-file, "Gut angekommen im Kreishaus" the induction day, "Rechnungen, die keiner mehr druckt"
// XRechnung, "Kraft tanken im Arbeitsalltag" stress, "Wenn der Ton rauer wird" de-escalation, "Vom Papierstapel zum
// Portal" the digital building permit, "Zwischen Tagesordnung und Niederschrift" council meeting service, "Klick oder
// nicht?" phishing, "Für alle lesbar" digital accessibility). Nine offered seminars carry the topic Digitalisierung, eleven
// are free. One seminar is held in English on two Thursdays; the leadership course runs on two consecutive days; the
// induction day is open to the Kreisverwaltung only. Questions are topic searches of every size, cancelled, past and draft
// seminars asked for by name (German and English), questions without any match, greetings, thanks, help and the own
// registrations, plus facts and short follow-up conversations, written without looking at the parser.
//
// Calendar around `now` (Tuesday 5 December 2028, 09:40 in Mettmann, winter time; Rosenmontag is Mon 12.02.2029):
//   this week:  Tue 05.12. (today) 14:00–15:30 Teams meetings (online); Wed 06.12. 09:00–12:30 OZG (online); Thu 07.12.
//               09:00–16:00 passport / ID law (Bürgerhaus Hochdahl, Erkrath)
//   next week:  Mon 11.12. 14:00–16:30 AI (hybrid, Kreishaus); Tue 12.12. 09:00–16:00 procurement law (Krefeld; deadline
//               passed Fri 01.12. 23:59); Thu 14.12. 09:00–12:00 first morning of the English course (Kreishaus; deadline
//               Thu 07.12. 12:00), the cancelled PowerPoint course (Thu 14.12. afternoon, Hilden)
//   later Dec:  Mon 18.12. 09:00–12:00 e-file (online); Thu 21.12. second morning of the English course; nothing between
//               the years
//   January:    Tue 09.01. 09:00–15:00 induction day (Kreishaus, Kreisverwaltung only), Wed 10.01. 13:00–16:30 Excel
//               (Rathaus Hilden), Thu 11.01. 10:00–11:30 XRechnung (online), Tue 16.01. 09:00–12:00 stress (online), Wed
//               17.01. 09:00–16:00 de-escalation (Rathaus Ratingen) and the cancelled cash-office course (Krefeld), Mon
//               22.01.–Tue 23.01. 08:30–16:00 new team leaders (Krefeld; deadline Fri 22.12.2028 23:59), the cancelled
//               rhetoric course (Tue 30.01.), Wed 31.01. 09:00–13:00 digital building permit (hybrid, Rathaus Velbert)
//   February:   Wed 07.02. 08:30–12:30 fire wardens (Feuerwache Mettmann), nothing on Mon 12.02. (Rosenmontag), Tue 20.02.
//               09:00–15:00 Kita fees (Rathaus Langenfeld; deadline Fri 02.02. 23:59), the draft social-media course
//               (Thu 22.02.), Wed 28.02. 09:00–12:30 council meeting service (Rathaus Monheim am Rhein)
//   March:      Tue 06.03. 10:00–11:00 phishing (online), the draft dog-tax course (Thu 08.03.), Wed 14.03. 09:00–12:00
//               digital accessibility (online), the draft course for election boards (Tue 20.03., Europawahl 2029)
//   past:       Tue 10.10.2028 property tax (online), Wed 08.11.2028 winter road service (Wülfrath), Tue 21.11.2028
//               naturalisation (Kreishaus).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-12-05T08:40:00Z'); // Tuesday, 5 December 2028, 09:40 in Mettmann (CET)
const TZ = 'Europe/Berlin';

const T = {
  teams: 'Gut verbunden, gut moderiert', // Tue 05.12. 14:00–15:30, online, ITK Rheinland, Frau Melanie Schreiber, Teams meetings, free, 50 seats
  ozg: 'Ein Portal für alles', // Wed 06.12. 09:00–12:30, online, ITK Rheinland, Herr Sebastian Krüger, OZG, free
  ausweis: 'Vom Antrag bis zur Abholung', // Thu 07.12. 09:00–16:00, Bürgerhaus Hochdahl (Erkrath), Studieninstitut, Frau Kerstin Lange, passport / ID / registration law, 150 €
  ki: 'Kollege Algorithmus', // Mon 11.12. 14:00–16:30, hybrid (Großer Sitzungssaal, Kreishaus), Stabsstelle Digitalisierung, Frau Dr. Nadine Esser, AI, free
  vergabe: 'Vergaberecht kompakt: UVgO und kommunale Vergabegrundsätze NRW', // Tue 12.12. 09:00–16:00, Krefeld, Studieninstitut, Herr Dr. Thomas Wieland, 290 €, deadline passed Fri 01.12. 23:59
  english: 'Front Desk English: Talking to International Clients', // Thu 14.12. + Thu 21.12. 09:00–12:00, Raum 1.14 Kreishaus, VHS Hilden-Haan, Frau Fiona McLeod, 110 €, 12 seats, English
  eakte: 'Schluss mit der Hängeregistratur', // Mon 18.12. 09:00–12:00, online, ITK Rheinland, Herr Sebastian Krüger, e-file, free
  onboarding: 'Gut angekommen im Kreishaus', // Tue 09.01.2029 09:00–15:00, Kreishaus, Personal und Organisation, Frau Birgit Hoffmann, induction day, free, Kreisverwaltung only
  excel: 'Excel für Fortgeschrittene: SVERWEIS, Pivot-Tabellen und Power Query', // Wed 10.01. 13:00–16:30, Rathaus Hilden, VHS Hilden-Haan, Frau Claudia Brandt, 95 €
  xrechnung: 'Rechnungen, die keiner mehr druckt', // Thu 11.01. 10:00–11:30, online, ITK Rheinland, Frau Melanie Schreiber, XRechnung, free
  stress: 'Kraft tanken im Arbeitsalltag', // Tue 16.01. 09:00–12:00, online, Unfallkasse NRW, Frau Sabine Vogel, stress / resilience, free
  deeskalation: 'Wenn der Ton rauer wird', // Wed 17.01. 09:00–16:00, Rathaus Ratingen, Unfallkasse NRW, Frau Sabine Vogel und Herr Markus Behrens (Kreispolizeibehörde Mettmann), free
  fuehrung: 'Neu in der Führungsrolle: Grundlagen für Teamleitungen', // Mon 22.01. + Tue 23.01. 08:30–16:00, Krefeld, Studieninstitut, Frau Dr. Ursula Kamps, 480 €, deadline Fri 22.12.2028 23:59
  bauantrag: 'Vom Papierstapel zum Portal', // Wed 31.01. 09:00–13:00, hybrid (Rathaus Velbert), Studieninstitut, Herr Jan Offermann, digital building permit, 60 €
  brandschutz: 'Brandschutzhelfer-Ausbildung mit praktischer Löschübung', // Wed 07.02. 08:30–12:30, Feuer- und Rettungswache Mettmann, Personal und Organisation, Herr Dirk Pohlmann (Feuerwehr Mettmann), free
  kita: 'Elternbeiträge in der Kindertagesbetreuung nach KiBiz', // Tue 20.02. 09:00–15:00, Rathaus Langenfeld, Studieninstitut, Frau Andrea Schulten, 190 €, 18 seats, deadline Fri 02.02. 23:59
  sitzungsdienst: 'Zwischen Tagesordnung und Niederschrift', // Wed 28.02. 09:00–12:30, Rathaus Monheim am Rhein, Studieninstitut, Frau Dr. Ursula Kamps, council meeting service, 120 €
  phishing: 'Klick oder nicht?', // Tue 06.03. 10:00–11:00, online, ITK Rheinland, Herr Sebastian Krüger, phishing, free, 50 seats
  barrierefrei: 'Für alle lesbar', // Wed 14.03. 09:00–12:00, online, Stabsstelle Digitalisierung, Herr Tobias Reuter, accessible PDFs / BITV NRW, free
  socialMedia: 'Social Media für Städte: Instagram und Facebook rechtssicher nutzen', // draft (Thu 22.02.2029)
  hundesteuer: 'Hundesteuer und Landeshundegesetz NRW', // draft (Thu 08.03.2029)
  wahlvorstand: 'Wahlvorstände schulen: Europawahl 2029', // draft (Tue 20.03.2029)
  powerpoint: 'PowerPoint kompakt: Präsentationen für Ausschüsse', // cancelled (Thu 14.12.2028), Frau Claudia Brandt
  zahlstelle: 'Zahlstellen und Handvorschüsse sicher führen', // cancelled (Wed 17.01.2029), Herr Dr. Thomas Wieland
  rhetorik: 'Rhetorik für Sachbearbeitende: sicher auftreten und überzeugen', // cancelled (Tue 30.01.2029), Frau Dr. Ursula Kamps
  grundsteuer: 'Grundsteuerreform NRW: Hebesätze und Bescheide', // past (Tue 10.10.2028), online, Wieland
  winterdienst: 'Winterdienst und Streupflicht', // past (Wed 08.11.2028), Baubetriebshof Wülfrath
  einbuergerung: 'Einbürgerung nach dem neuen Staatsangehörigkeitsrecht', // past (Tue 21.11.2028), Kreishaus
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [
  T.socialMedia,
  T.hundesteuer,
  T.wahlvorstand,
  T.powerpoint,
  T.zahlstelle,
  T.rhetorik,
  T.grundsteuer,
  T.winterdienst,
  T.einbuergerung,
];
const only = onlyAmong(all, NEVER);
// Nine seminars carry Digitalisierung, eleven are free: a list shows the first eight ("hier sind die ersten 8", the rest
// behind "Mehr anzeigen"), the soonest first, so the latest ones may or may not be on the first page.
const digital = [T.teams, T.ozg, T.ki, T.eakte, T.xrechnung, T.bauantrag, T.sitzungsdienst, T.phishing];
const free = [T.teams, T.ozg, T.ki, T.eakte, T.onboarding, T.xrechnung, T.stress, T.deeskalation];

const CASES: Case[] = [
  // --- follow-up conversations ------------------------------------------------------------------------------------------
  { conv: 'leer', q: 'und wo findet der statt?', kind: 'noContext' },
  { conv: 'heute', q: 'was läuft heute?', kind: 'list', titles: [T.teams] },
  {
    conv: 'heute',
    q: 'um wie viel uhr fängt das an',
    kind: 'facts',
    titles: [T.teams],
    says: ['Di., 05.12.2028', '14:00'],
  },
  {
    conv: 'vergabe',
    q: 'wer leitet das vergaberecht-seminar?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['leitet Herr Dr. Thomas Wieland'],
  },
  {
    conv: 'vergabe',
    q: 'kann ich mich da noch anmelden',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['am Fr., 01.12.2028, 23:59 Uhr abgelaufen'],
  },
  { conv: 'vergabe', q: 'was kostet es?', kind: 'facts', titles: [T.vergabe], says: ['kostet 290 €'] },
  {
    conv: 'fuehrung',
    q: 'bin seit oktober teamleiter, gibts was für neue führungskräfte?',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'fuehrung',
    q: 'wann genau',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Mo., 22.01.2029 und Di., 23.01.2029', 'jeweils von 08:30 bis 16:00 Uhr'],
  },
  {
    conv: 'fuehrung',
    q: 'bis wann muss ich mich anmelden?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['bis Fr., 22.12.2028, 23:59 Uhr anmelden'],
  },
  {
    conv: 'english',
    q: 'Is there an English course for counter staff?',
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  {
    conv: 'english',
    q: 'where is it held?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['Kreishaus Mettmann, Düsseldorfer Straße 26'],
  },
  {
    conv: 'english',
    q: 'how much does it cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: [/costs .*110/],
  },
  {
    conv: 'english',
    q: 'who teaches it',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['is led by Frau Fiona McLeod'],
  },
  { conv: 'ki', q: 'gibt es was zu KI?', kind: 'list', titles: [T.ki] },
  {
    conv: 'ki',
    q: 'kann ich auch online teilnehmen',
    kind: 'facts',
    titles: [T.ki],
    says: ['hybrid', 'Kreishaus Mettmann'],
  },
  {
    conv: 'mettmann',
    q: 'was findet in mettmann statt?',
    kind: 'list',
    ...only(T.ki, T.english, T.onboarding, T.brandschutz),
  },
  {
    conv: 'mettmann',
    q: 'und welche davon sind kostenlos',
    kind: 'list',
    ...only(T.ki, T.onboarding, T.brandschutz),
  },
  { conv: 'krueger', q: 'was macht herr krüger alles', kind: 'list', ...only(T.ozg, T.eakte, T.phishing) },
  {
    conv: 'krueger',
    q: 'wann ist das zur e-akte?',
    kind: 'facts',
    titles: [T.eakte],
    says: ['am Mo., 18.12.2028 von 09:00 bis 12:00 Uhr'],
  },
  {
    conv: 'digital',
    q: 'was gibt es zum thema digitalisierung?',
    kind: 'list',
    ...maybeAlso(only(...digital), T.barrierefrei),
  },
  { conv: 'digital', q: 'welche davon sind im januar?', kind: 'list', titles: [T.xrechnung, T.bauantrag] },
  { conv: 'kita', q: 'kita elternbeiträge', kind: 'list', titles: [T.kita] },
  {
    conv: 'kita',
    q: 'wo findet das statt',
    kind: 'facts',
    titles: [T.kita],
    says: ['Rathaus Langenfeld, Konrad-Adenauer-Platz 1, 40764 Langenfeld'],
  },
  { conv: 'kita', q: 'sind noch plätze frei?', kind: 'facts', titles: [T.kita], says: ['noch 18 von 18 Plätzen frei'] },
  { conv: 'phish', q: 'any training on phishing emails?', locale: 'en', kind: 'list', titles: [T.phishing] },
  {
    conv: 'phish',
    q: 'how many seats are left?',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['has 50 of 50 seats left'],
  },
  // --- facts ------------------------------------------------------------------------------------------------------------
  {
    q: 'wer hält die schulung zum personalausweis?',
    kind: 'facts',
    titles: [T.ausweis],
    says: ['leitet Frau Kerstin Lange'],
  },
  {
    q: 'wann ist die deeskalationsschulung',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['am Mi., 17.01.2029 von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'Wer leitet „Wenn der Ton rauer wird“?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['leiten Frau Sabine Vogel und Herr Markus Behrens (Kreispolizeibehörde Mettmann)'],
  },
  {
    q: 'wo ist der brandschutzhelfer kurs',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['Feuer- und Rettungswache Mettmann, Seibelstraße 20, 40822 Mettmann'],
  },
  {
    q: 'bis wann kann ich mich für die kita-schulung anmelden',
    kind: 'facts',
    titles: [T.kita],
    says: ['bis Fr., 02.02.2029, 23:59 Uhr'],
  },
  {
    q: 'wann fängt der einführungstag für neue an?',
    kind: 'facts',
    titles: [T.onboarding],
    says: ['Di., 09.01.2029', '09:00'],
  },
  {
    q: 'wird front desk english auf englisch gehalten?',
    kind: 'facts',
    titles: [T.english],
    says: ['wird auf Englisch gehalten'],
  },
  { q: 'ist der excel kurs kostenlos?', kind: 'facts', titles: [T.excel], says: ['kostet 95 €'] },
  {
    q: 'findet die schulung zu barrierefreien pdfs online statt?',
    kind: 'facts',
    titles: [T.barrierefrei],
    says: ['findet online statt'],
  },
  // --- topic searches: one hit, a few, more than eight -------------------------------------------------------------------
  { q: 'xrechnung', kind: 'list', titles: [T.xrechnung] },
  { q: 'barrierefreie pdf', kind: 'list', titles: [T.barrierefrei] },
  { q: 'teams besprechungen moderieren', kind: 'list', titles: [T.teams] },
  { q: 'onlinezugangsgesetz', kind: 'list', titles: [T.ozg] },
  { q: 'wie gehe ich mit pöbelnden kunden um', kind: 'list', titles: [T.deeskalation] },
  { q: 'pivot tabellen', kind: 'list', titles: [T.excel] },
  { q: 'protokoll im ausschuss schreiben', kind: 'list', titles: [T.sitzungsdienst] },
  { q: 'Stressbewältigung', kind: 'list', titles: [T.stress] },
  { q: 'arbeitsschutz', kind: 'list', ...only(T.brandschutz, T.deeskalation) },
  {
    q: 'was bietet das studieninstitut an?',
    kind: 'list',
    ...only(T.ausweis, T.vergabe, T.fuehrung, T.bauantrag, T.kita, T.sitzungsdienst),
  },
  { q: 'Seminare von Frau Dr. Kamps', kind: 'list', ...only(T.fuehrung, T.sitzungsdienst) },
  {
    q: 'anything on digitalisation?',
    locale: 'en',
    kind: 'list',
    ...maybeAlso(only(...digital), T.barrierefrei),
  },
  {
    q: 'kostenlose seminare',
    kind: 'list',
    ...maybeAlso(only(...free), T.brandschutz, T.phishing, T.barrierefrei),
  },
  { q: 'kurse über 150 euro', kind: 'list', ...only(T.vergabe, T.fuehrung, T.kita) },
  // --- dates -------------------------------------------------------------------------------------------------------------
  { q: 'was ist diese woche los?', kind: 'list', titles: [T.teams, T.ozg, T.ausweis] },
  { q: 'was steht nächste woche an', kind: 'list', titles: [T.ki, T.vergabe, T.english] },
  {
    q: 'seminare im januar',
    kind: 'list',
    titles: [T.onboarding, T.excel, T.xrechnung, T.stress, T.deeskalation, T.fuehrung, T.bauantrag],
  },
  { q: 'ist an rosenmontag was?', kind: 'none' },
  // --- no match at all ---------------------------------------------------------------------------------------------------
  { q: 'gabelstaplerschein', kind: 'none' },
  { q: 'gibt es was in heiligenhaus?', kind: 'none' },
  // --- cancelled and past seminars asked for by name ---------------------------------------------------------------------
  { q: 'findet der powerpoint-kurs noch statt?', kind: 'gone', gone: T.powerpoint },
  { q: 'is the rhetoric workshop still on?', locale: 'en', kind: 'gone', gone: T.rhetorik },
  { q: 'Zahlstellen und Handvorschüsse sicher führen – kann ich mich da anmelden?', kind: 'gone', gone: T.zahlstelle },
  { q: 'wann war die grundsteuer-schulung?', kind: 'gone', gone: T.grundsteuer, says: ['Di., 10.10.2028'] },
  {
    q: 'when was the winter service training?',
    locale: 'en',
    kind: 'gone',
    gone: T.winterdienst,
    says: ['already took place'],
  },
  { q: 'wann war das seminar zur einbürgerung', kind: 'gone', gone: T.einbuergerung, says: ['Di., 21.11.2028'] },
  // --- drafts asked for by name: not published, so nothing to show --------------------------------------------------------
  { q: 'social media schulung', kind: 'none' },
  { q: 'gibt es eine schulung zur hundesteuer?', kind: 'none' },
  { q: 'wahlvorstand schulung europawahl', kind: 'none' },
  // --- greetings, help, thanks, own registrations ------------------------------------------------------------------------
  { q: 'Moin', kind: 'help' },
  { q: 'Guten Tag', kind: 'help' },
  { q: 'hi', kind: 'help' },
  { q: 'was kannst du?', kind: 'help' },
  { q: 'what can you do?', locale: 'en', kind: 'help' },
  { q: 'danke!', kind: 'thanks' },
  { q: 'meine Anmeldungen', kind: 'myRegistrations' },
  { q: 'wo bin ich überall angemeldet?', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-fifty-fifth, independent catalogue (Kreis Mettmann and its ten towns, Studieninstitut Niederrhein, ITK Rheinland, Unfallkasse NRW, VHS Hilden-Haan)',
  {
    fixture: 'heldout355-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
