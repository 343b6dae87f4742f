// Over-fitting check, hundred-and-twenty-first catalogue: the 2028 summer/autumn programme of the Landkreis
// Vorpommern-Greifswald (Mecklenburg-Vorpommern) with the Fachhochschule für öffentliche Verwaltung, Polizei und
// Rechtspflege M-V in Güstrow (FHöVPR), the county's Fachdienst IT und Digitalisierung and Fachdienst Personal, the
// Unfallkasse Mecklenburg-Vorpommern and the Volkshochschule Vorpommern-Greifswald, for the county and its towns
// (Greifswald, Anklam, Pasewalk, Wolgast, Ueckermünde, Heringsdorf), imported from a JSON file. Seminars take place in
// the Kreishaus Greifswald, the county's Verwaltungsgebäude in Anklam and Pasewalk, the town halls of Heringsdorf,
// Wolgast and Ueckermünde, the Volkshochschule in Anklam, Pasewalk and Greifswald, the FHöVPR in Güstrow, a driving
// ground in Greifswald, online or hybrid. Several titles do not name their subject ("Alle im selben Kanal" is Microsoft
// Teams, "Fahrtenbuch, Tagegeld, Hotelrechnung" travel expenses, "Durchatmen zwischen zwei Terminen" stress management,
// "Eine Website ohne Stolpersteine" web accessibility, "Hinschauen, festhalten, anordnen" veterinary inspections,
// "Sąsiedzi rozmawiają" Polish for neighbourly cooperation, "Zwischen Einschulung und Abschlusszeugnis" school
// administration, "Wenn die Sirenen heulen" civil protection, "Auf die Mannschaft achten" healthy leadership,
// "Bremsen, ausweichen, ankommen" driving safety, "Weniger Regalmeter, mehr Überblick" the e-file, "Frei sprechen,
// überzeugend auftreten" public speaking), so only summary, description or topics reveal it; the remote-leadership
// course is held in English; the civil-protection course runs on two days; the e-file course is open only to Anklam,
// Pasewalk and Ueckermünde; the Unfallkasse's courses and the county's internal courses are free. Questions are mostly
// short conversations as colleagues chat in Teams (follow-ups with "das", "der", "das erste", "den Online-Kurs", changes
// of mind and new topics), plus single questions, written without looking at the parser or the answers. Same
// assertions as the other suites: exactly the expected seminars (best first where one is clearly best), the asked fact
// in the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Wednesday 6 September 2028, 09:30 in Greifswald, summer time; winter time begins Sun 29.10.2028):
//   this week:  nothing more today; Thu 07.09. 09:00–12:00 Teams (online, tomorrow), Fri 08.09. 09:00–12:30 travel
//               expenses (online)
//   next week:  Mon 11.09. 09:00–12:30 Kurabgabe (Rathaus Heringsdorf; deadline Thu 07.09. 12:00), Tue 12.09.
//               13:00–16:00 stress (Rathaus Wolgast), Wed 13.09. 09:00–12:00 web accessibility (online), Thu 14.09.
//               13:30–16:30 remote leadership in English (online; deadline passed Fri 01.09. 23:59)
//   then:       nothing from Fri 15.09. to Sun 24.09.
//   September:  Mon 25. Excel basics (VHS Anklam), Wed 27. veterinary inspections (Pasewalk); the cancelled ladder
//               course on Fri 29.09.
//   October:    Mon 02. Excel advanced (online), Thu 05. Polish (VHS Pasewalk), Wed 11. school administration (Anklam;
//               deadline Fri 22.09. 12:00), Mon 16./Tue 17. civil protection 08:30–16:00 (FHöVPR Güstrow; deadline
//               Fri 29.09. 23:59), Thu 19. healthy leadership (hybrid, Kreishaus), Tue 24. appraisals (Kreishaus);
//               the cancelled Word-templates course on Wed 18.10.
//   November:   (CET) Thu 02. QGIS (hybrid, Kreishaus), Tue 07. driving safety (Greifswald), Thu 09. e-file
//               (Ueckermünde, members only), Wed 15. OWi (Kreishaus), Tue 21. public speaking (VHS Greifswald),
//               Thu 30. working-time law (Pasewalk); the drafts Plattdeutsch (Tue 14.11.) and storm surge (Wed 22.11.)
//   past:       Thu 29.06.2028 heat protection (online), Tue 15.08.2028 municipal budget (Kreishaus).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-09-06T07:30:00Z'); // Wednesday, 6 September 2028, 09:30 in Greifswald (CEST)
const TZ = 'Europe/Berlin';

const T = {
  teams: 'Alle im selben Kanal', // Thu 07.09. 09:00–12:00, online, FD IT, Herr Tobias Krüger, Microsoft Teams, free, 40 seats
  reise: 'Fahrtenbuch, Tagegeld, Hotelrechnung', // Fri 08.09. 09:00–12:30, online, FD Personal, Frau Ines Schwarz, travel expenses, free
  kurabgabe: 'Von der Gästekarte bis zum Bescheid: Kurabgabe in der Praxis', // Mon 11.09. 09:00–12:30, Rathaus Heringsdorf, FHöVPR, Herr Dr. Henning Wolter, 180 €, deadline Thu 07.09. 12:00
  stress: 'Durchatmen zwischen zwei Terminen', // Tue 12.09. 13:00–16:00, Rathaus Wolgast, Unfallkasse, Frau Maren Pieper, stress management, free
  web: 'Eine Website ohne Stolpersteine', // Wed 13.09. 09:00–12:00, online, FD IT, Frau Lea Brandt, web accessibility (BITV 2.0), free
  remote: 'Leading from a Distance: Guiding a Team You Rarely See', // Thu 14.09. 13:30–16:30, online, FHöVPR, Dr. Claire Hutchinson, English, 150 €, deadline passed Fri 01.09. 23:59
  excelBasis: 'Erste Schritte in Excel: Tabellen anlegen, rechnen, drucken', // Mon 25.09. 09:00–15:00, VHS Anklam, VHS, Herr Olaf Janke, 95 €
  vet: 'Hinschauen, festhalten, anordnen', // Wed 27.09. 09:00–16:00, Verwaltungsgebäude Pasewalk, FHöVPR, Frau Dr. Friederike Lemke, veterinary inspections, 210 €
  excelPro: 'Excel-Auswertungen mit PivotTables und Power Query', // Mon 02.10. 09:00–12:00, online, VHS, Herr Olaf Janke, 79 €
  polnisch: 'Sąsiedzi rozmawiają', // Thu 05.10. 09:00–15:00, VHS Pasewalk, VHS, Frau Agnieszka Wiśniewska, Polish, 60 €, deadline Thu 21.09.
  schule: 'Zwischen Einschulung und Abschlusszeugnis', // Wed 11.10. 09:00–16:00, Verwaltungsgebäude Anklam, FHöVPR, Herr Ralf Büttner, school administration, 190 €, deadline Fri 22.09. 12:00
  katschutz: 'Wenn die Sirenen heulen', // Mon 16.10. and Tue 17.10. 08:30–16:00, FHöVPR Güstrow, Herr Dirk Matthes, civil protection, 320 €, deadline Fri 29.09. 23:59
  gesund: 'Auf die Mannschaft achten', // Thu 19.10. 13:00–16:00, hybrid (Kreishaus Greifswald), Unfallkasse, Frau Maren Pieper, healthy leadership, free
  beurteilung: 'Beurteilen ohne Bauchgefühl: Dienstliche Beurteilungen fair und rechtssicher schreiben', // Tue 24.10. 09:00–16:00, Kreishaus Greifswald, FD Personal, Frau Ines Schwarz, for managers, free
  gis: 'Der Landkreis auf einen Blick: Karten erstellen mit QGIS', // Thu 02.11. 09:00–15:00 (CET), hybrid (Kreishaus), FD IT, Herr Sebastian Wendt, free, 12 seats
  fahren: 'Bremsen, ausweichen, ankommen', // Tue 07.11. 08:00–16:00, Verkehrsübungsplatz Greifswald, Unfallkasse, Herr Uwe Kasch, driving safety, free (Unfallkasse pays)
  eakte: 'Weniger Regalmeter, mehr Überblick', // Thu 09.11. 09:00–12:00, Rathaus Ueckermünde, FD IT, Herr Tobias Krüger, e-file, only Anklam/Pasewalk/Ueckermünde, free
  owi: 'Von der Anhörung bis zum Einspruch: Ordnungswidrigkeitenrecht für Ordnungsämter', // Wed 15.11. 09:00–16:00, Kreishaus, FHöVPR, Herr Dr. Henning Wolter, 170 €
  rhetorik: 'Frei sprechen, überzeugend auftreten', // Tue 21.11. 13:00–16:30, VHS Greifswald, VHS, Frau Susanne Grap, public speaking, 110 €
  arbeitszeit: 'Teilzeit, Elternzeit, Pflegezeit: Arbeitszeitrecht in der Personalsachbearbeitung', // Thu 30.11. 09:00–15:00, Verwaltungsgebäude Pasewalk, FD Personal, Herr Jens Holtz, free
  platt: 'Moin un goden Dag: Platt im Bürgerbüro', // draft (Tue 14.11.)
  sturmflut: 'Sturmflutvorsorge an Haff und Küste', // draft (Wed 22.11.), topic Katastrophenschutz
  leitern: 'Sicher hinauf, sicher hinunter: Leitern im Dienst', // cancelled (Fri 29.09.2028)
  word: 'Word-Dokumentvorlagen für Bescheide und Schreiben', // cancelled (Wed 18.10.2028)
  haushalt: 'Der Haushaltsplan für Nicht-Kämmerer', // past (Tue 15 August 2028)
  hitze: 'Hitzeschutz im Außendienst', // past (Thu 29 June 2028)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.platt, T.sturmflut, T.leitern, T.word, T.haushalt, T.hitze];
const offered = all.filter((t) => !NEVER.includes(t));

const only = onlyAmong(all, NEVER);
/** These seminars, the one already talked about may come again ("sonst noch", "etwas anderes"), nothing else. */
const besides = (known: string, ...titles: string[]) => ({
  includes: titles,
  excludes: offered.filter((t) => t !== known && !titles.includes(t)),
});

const CASES: Case[] = [
  // --- conversations ---------------------------------------------------------------------------------------------------
  // Two Excel courses, then facts about one of them by its format and by its place.
  { conv: 'excel', q: 'gibt es excel kurse?', kind: 'list', ...only(T.excelBasis, T.excelPro) },
  { conv: 'excel', q: 'was kostet der online-kurs?', kind: 'facts', titles: [T.excelPro], says: ['kostet 79 €'] },
  { conv: 'excel', q: 'und der in anklam?', kind: 'facts', titles: [T.excelBasis], says: ['kostet 95 €'] },
  // Stress: found by what the user feels, then place and format of "das".
  { conv: 'stress', q: 'ich bin total gestresst, gibt es da was?', kind: 'list', first: T.stress },
  { conv: 'stress', q: 'wo findet das statt?', kind: 'facts', titles: [T.stress], says: ['im Rathaus Wolgast'] },
  {
    conv: 'stress',
    q: 'Und gibt es das auch online?',
    kind: 'facts',
    titles: [T.stress],
    says: ['findet in Präsenz statt'],
  },
  // Civil protection with a typo; the draft on storm surges never shows.
  { conv: 'katschutz', q: 'katastophenschutz schulung', kind: 'list', titles: [T.katschutz] },
  {
    conv: 'katschutz',
    q: 'wie lange dauert die?',
    kind: 'facts',
    titles: [T.katschutz],
    says: ['dauert 2 Tage, jeweils von 08:30 bis 16:00 Uhr'],
  },
  {
    conv: 'katschutz',
    q: 'bis wann muss ich mich anmelden',
    kind: 'facts',
    titles: [T.katschutz],
    says: ['bis Fr., 29.09.2028, 23:59 Uhr'],
  },
  // English: remote leadership, its facts, then a new topic that wins over the old one.
  { conv: 'remote', locale: 'en', q: 'Is there any training on leading remote teams?', kind: 'list', first: T.remote },
  {
    conv: 'remote',
    locale: 'en',
    q: 'When is it?',
    kind: 'facts',
    titles: [T.remote],
    says: ['on Thu, 14 Sep 2028 from 13:30 to 16:30'],
  },
  {
    conv: 'remote',
    locale: 'en',
    q: "What's the registration deadline?",
    kind: 'facts',
    titles: [T.remote],
    says: ['passed on Fri, 1 Sep 2028, 23:59'],
  },
  {
    conv: 'remote',
    locale: 'en',
    q: 'Do you also have something on accessible websites?',
    kind: 'list',
    titles: [T.web],
  },
  {
    conv: 'remote',
    locale: 'en',
    q: 'What time does it start?',
    kind: 'facts',
    titles: [T.web],
    says: ['starts on Wed, 13 Sep 2028 at 09:00'],
  },
  // Appraisals, then other courses for managers.
  { conv: 'fuehrung', q: 'seminar zu dienstlichen beurteilungen', kind: 'list', titles: [T.beurteilung] },
  { conv: 'fuehrung', q: 'ist das kostenlos?', kind: 'facts', titles: [T.beurteilung], says: ['ist kostenlos'] },
  {
    conv: 'fuehrung',
    q: 'Gibt es etwas anderes für Führungskräfte?',
    kind: 'list',
    ...besides(T.beurteilung, T.remote, T.gesund),
  },
  // Polish (the title is Polish), its date, then a place search that replaces the topic.
  { conv: 'polnisch', q: 'polnischkurs', kind: 'list', titles: [T.polnisch] },
  {
    conv: 'polnisch',
    q: 'wann ist der?',
    kind: 'facts',
    titles: [T.polnisch],
    says: ['am Do., 05.10.2028 von 09:00 bis 15:00 Uhr'],
  },
  {
    conv: 'polnisch',
    q: 'was gibts sonst noch in pasewalk?',
    kind: 'list',
    ...besides(T.polnisch, T.vet, T.arbeitszeit),
  },
  // Kurabgabe: deadline, then back to a fact with "der".
  { conv: 'kurabgabe', q: 'gibt es was zur kurabgabe?', kind: 'list', titles: [T.kurabgabe] },
  {
    conv: 'kurabgabe',
    q: 'bis wann kann man sich anmelden?',
    kind: 'facts',
    titles: [T.kurabgabe],
    says: ['bis Do., 07.09.2028, 12:00 Uhr'],
  },
  { conv: 'kurabgabe', q: 'und was kostet der?', kind: 'facts', titles: [T.kurabgabe], says: ['kostet 180 €'] },
  // Teams (the title does not say so), seats, then a new topic.
  { conv: 'teams', q: 'wie teile ich dateien in microsoft teams', kind: 'list', titles: [T.teams] },
  {
    conv: 'teams',
    q: 'sind da noch plätze frei?',
    kind: 'facts',
    titles: [T.teams],
    says: ['noch 40 von 40 Plätzen frei'],
  },
  { conv: 'teams', q: 'andere frage: habt ihr was zu qgis?', kind: 'list', titles: [T.gis] },
  // Next week, sorted by date, then facts about the first and the second of that list.
  { conv: 'woche', q: 'was ist nächste woche los?', kind: 'list', titles: [T.kurabgabe, T.stress, T.web, T.remote] },
  { conv: 'woche', q: 'wo ist das erste?', kind: 'facts', titles: [T.kurabgabe], says: ['im Rathaus Heringsdorf'] },
  { conv: 'woche', q: 'und das zweite, was kostet das?', kind: 'facts', titles: [T.stress], says: ['ist kostenlos'] },
  // Online in September, then the same in October, then its trainer.
  {
    conv: 'online',
    q: 'welche online seminare gibt es im september?',
    kind: 'list',
    titles: [T.teams, T.reise, T.web, T.remote],
  },
  { conv: 'online', q: 'und im oktober?', kind: 'list', titles: [T.excelPro] },
  { conv: 'online', q: 'wer leitet den?', kind: 'facts', titles: [T.excelPro], says: ['leitet Herr Olaf Janke'] },
  // School administration, found by a word of its topics.
  { conv: 'schule', q: 'fortbildung schülerbeförderung', kind: 'list', titles: [T.schule] },
  { conv: 'schule', q: 'anmeldeschluss?', kind: 'facts', titles: [T.schule], says: ['bis Fr., 22.09.2028, 12:00 Uhr'] },
  {
    conv: 'schule',
    q: 'wie lange geht das?',
    kind: 'facts',
    titles: [T.schule],
    says: ['dauert 7 Stunden, von 09:00 bis 16:00 Uhr'],
  },
  // English: next month (October) by date, then the fourth of that list.
  {
    conv: 'october',
    locale: 'en',
    q: "What's on next month?",
    kind: 'list',
    titles: [T.excelPro, T.polnisch, T.schule, T.katschutz, T.gesund, T.beurteilung],
  },
  {
    conv: 'october',
    locale: 'en',
    q: 'Where is the fourth one?',
    kind: 'facts',
    titles: [T.katschutz],
    says: ['at Fachhochschule für öffentliche Verwaltung, Polizei und Rechtspflege M-V'],
  },
  {
    conv: 'october',
    locale: 'en',
    q: 'And when exactly?',
    kind: 'facts',
    titles: [T.katschutz],
    says: ['on 2 days', 'Mon, 16 Oct 2028 and Tue, 17 Oct 2028', 'each from 08:30 to 16:00'],
  },
  // Veterinary inspections, found by the description; the trainer is a Dr.
  { conv: 'vet', q: 'schulung zu kontrollen in tierhaltungen', kind: 'list', titles: [T.vet] },
  {
    conv: 'vet',
    q: 'wer ist die referentin?',
    kind: 'facts',
    titles: [T.vet],
    says: ['leitet Frau Dr. Friederike Lemke'],
  },
  // --- single questions: dates and time of day -------------------------------------------------------------------------
  { q: 'was ist morgen?', kind: 'list', titles: [T.teams] },
  {
    q: 'was läuft in den nächsten zwei wochen',
    kind: 'list',
    titles: [T.teams, T.reise, T.kurabgabe, T.stress, T.web, T.remote],
  },
  { q: 'nächste woche nachmittags', kind: 'list', titles: [T.stress, T.remote] },
  { q: 'was gibts im november', kind: 'list', titles: [T.gis, T.fahren, T.eakte, T.owi, T.rhetorik, T.arbeitszeit] },
  // --- trainer, provider, place, cost, length, language ----------------------------------------------------------------
  { q: 'kurse bei herrn janke', kind: 'list', ...only(T.excelBasis, T.excelPro) },
  { q: 'was bietet die unfallkasse an?', kind: 'list', ...only(T.stress, T.gesund, T.fahren) },
  { q: 'was gibt es in anklam', kind: 'list', ...only(T.excelBasis, T.schule) },
  { q: 'kostenlose seminare im oktober', kind: 'list', titles: [T.gesund, T.beurteilung] },
  { q: 'mehrtägige seminare', kind: 'list', titles: [T.katschutz] },
  { q: 'Are there seminars held in English?', locale: 'en', kind: 'list', titles: [T.remote] },
  // --- topic searches: synonyms, words only in summary or description, typos -------------------------------------------
  { q: 'exel für anfänger', kind: 'list', first: T.excelBasis },
  { q: 'einführung elektronische akte', kind: 'list', titles: [T.eakte] },
  { q: 'dienstreise abrechnen', kind: 'list', titles: [T.reise] },
  { q: 'wie halte ich eine rede vor dem kreistag', kind: 'list', titles: [T.rhetorik] },
  // --- single facts ----------------------------------------------------------------------------------------------------
  {
    q: 'was kostet das fahrsicherheitstraining',
    kind: 'facts',
    titles: [T.fahren],
    says: ['ist kostenlos'],
    mentions: [
      'Die Kosten trägt die Unfallkasse Mecklenburg-Vorpommern für die Beschäftigten ihrer Mitgliedsverwaltungen.',
    ],
  },
  {
    q: 'wer leitet das ordnungswidrigkeitn seminar',
    kind: 'facts',
    titles: [T.owi],
    says: ['leitet Herr Dr. Henning Wolter'],
  },
  // --- gone, drafts never shown, no match, greetings -------------------------------------------------------------------
  { q: 'wann ist der kurs zu leitern und tritten?', kind: 'gone', gone: T.leitern },
  { q: 'word dokumentvorlagen schulung', kind: 'gone', gone: T.word },
  { q: 'haushaltsplan seminar wann war das', kind: 'gone', gone: T.haushalt, says: ['Di., 15.08.2028'] },
  { q: 'hitzeschutz im außendienst', kind: 'gone', gone: T.hitze, says: ['Do., 29.06.2028'] },
  { q: 'plattdeutsch kurs', kind: 'none' },
  { q: 'gabelstaplerschein', kind: 'none' },
  { q: 'hallo', kind: 'help' },
  { q: 'what can you do?', locale: 'en', kind: 'help' },
];

heldoutSuite(
  'answering questions about a hundred-and-twenty-first, independent catalogue (Landkreis Vorpommern-Greifswald, FHöVPR, Unfallkasse M-V)',
  {
    fixture: 'heldout121-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
