// Over-fitting check, hundred-and-second catalogue: the autumn 2028 programme of the Landeshauptstadt Potsdam and the
// Landkreis Potsdam-Mittelmark (Brandenburg) with the Brandenburgische Kommunalakademie, the Brandenburgischer
// IT-Dienstleister (ZIT-BB), the Unfallkasse Brandenburg and the city's Fachbereich Personal, for the city, the county
// and its towns (Werder (Havel), Teltow, Kleinmachnow, Bad Belzig, Beelitz, Gemeinde Stahnsdorf), imported from a JSON
// file. Seminars take place in the Stadthaus Potsdam, the Kreishaus Bad Belzig, the Tagungszentrum Werder, the Rathaus
// Teltow, the Bürgersaal Kleinmachnow and the Rathaus Beelitz, online or hybrid. Several titles do not name their
// subject at all ("Wer darf was wissen" is data protection, "Abschied vom Papierberg" the E-Akte introduction, "Nicht
// jeder Link ist ein Freund" phishing, "Wenn es am Tresen laut wird" de-escalation, "Alles Wichtige steht drin" minutes
// and committee work, "Der Tag hat nur acht Stunden" time management), so only summary, description or topics reveal
// it; one seminar is held in English (service counter); the leadership programme runs two days across the change to
// winter time; the E-Akte course is open to the county and its towns only (not to the city of Potsdam); the first aid
// course is free because the Unfallkasse pays. Questions are written the way employees ask in Teams, in everyday words
// rather than the catalogue's terms, without looking at the parser or the answers. Same assertions as the other suites:
// exactly the expected seminars (best first where one is clearly best), the asked fact in the first sentence, never a
// draft, cancelled or past seminar.
//
// Calendar around `now` (Wednesday 4 October 2028, 10:00 in Potsdam, summer time; the day after the Tag der Deutschen
// Einheit; winter time begins Sun 29.10.2028; Tue 31.10. Reformationstag is a holiday in Brandenburg):
//   this week:  nothing more today; Thu 05.10. 09:00–12:00 Teams (online, tomorrow), Fri 06.10. 13:00–15:30 data
//               protection (hybrid, Stadthaus)
//   next week:  Mon 09.10. morning (stress, online), Tue 10.10. afternoon (phishing, online),
//               Wed 11.10. morning (English, Stadthaus), Thu 12.10. afternoon (accessible documents, online)
//   then:       nothing from Fri 13.10. to Thu 19.10. (the cancelled PowerPoint course on Wed 18.10.);
//               Fri 20.10. procurement (Werder); Tue 24.10. de-escalation (Teltow); Wed 25.10. Excel (Stadthaus);
//               Thu 26.10. (CEST) and Mon 30.10. (CET) the two-day leadership programme (Werder)
//   November:   02. E-Akte (Bad Belzig), 07. first aid (Kleinmachnow), 08. AI (hybrid), 14. Doppik (Bad Belzig),
//               16. committee minutes (Teltow), 20. fire safety (Beelitz), 21. staff appraisals (Stadthaus);
//               the cancelled sign-language course on Wed 15.11.
//   December:   Fri 01. induction day (Stadthaus), Mon 04. back health (online), Wed 06. plain-language letters
//               (Werder), Tue 12. TVöD (Bad Belzig), Thu 14. time management (online)
//   drafts:     election officers (Tue 17.04.2029), podcasts and videos (Thu 18.01.2029).
//   past:       Tue 12.09.2028 Sommerakademie, Thu 21.09.2028 health-and-safety briefing duties of managers.
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-10-04T08:00:00Z'); // Wednesday, 4 October 2028, 10:00 in Potsdam (CEST)
const TZ = 'Europe/Berlin';

const T = {
  teams: 'Dateien teilen statt Anhänge verschicken: Microsoft Teams im Arbeitsalltag', // Thu 05.10.2028 09:00–12:00, online, ZIT-BB, Lehmann, free
  datenschutz: 'Wer darf was wissen', // Fri 06.10. 13:00–15:30, hybrid (Stadthaus Potsdam), FB Personal, Krüger, DSGVO, free
  stress: 'Wieder Luft holen: Gelassen durch den Arbeitstag', // Mon 09.10. 09:00–12:30, online, FB Personal, Neumann, stress, free, 20 seats
  phishing: 'Nicht jeder Link ist ein Freund', // Tue 10.10. 13:00–15:00, online, ZIT-BB, Lehmann, IT security, free
  english: 'Welcoming International Residents: English at the Service Counter', // Wed 11.10. 09:00–12:30, Stadthaus, English, 95 € (note), deadline passed Fri 29.09. 23:59
  barriere: 'Dokumente ohne Hürden', // Thu 12.10. 13:00–16:00, online, ZIT-BB, Schulze, accessible Word/PDF, free
  vergabe: 'Der richtige Zuschlag: Öffentliche Aufträge unterhalb der Schwellenwerte', // Fri 20.10. 09:00–16:00, Werder, Kommunalakademie, Richter, 280 €, deadline Fri 13.10. 23:59
  deeskalation: 'Wenn es am Tresen laut wird', // Tue 24.10. 09:00–15:00, Rathaus Teltow, Kommunalakademie, Hoffmann, 160 €, 12 seats
  excel: 'Mehr als Summen: Excel für Fortgeschrittene', // Wed 25.10. 09:00–16:00, Stadthaus, ZIT-BB, Lehmann, 150 € (note), Pivot
  fuehrung: 'Neu in der Führungsrolle: Das Basisprogramm', // Thu 26.10. (CEST) and Mon 30.10. (CET) 09:00–16:00, Werder, Dr. Wendt, 690 € (note), new managers
  eakte: 'Abschied vom Papierberg', // Thu 02.11. 09:00–15:00, Kreishaus Bad Belzig, ZIT-BB, Brandt, E-Akte, free, county and its towns only
  ersteHilfe: 'Im Notfall richtig handeln: Ausbildung zur Ersthelferin und zum Ersthelfer', // Tue 07.11. 08:30–16:30, Kleinmachnow, Unfallkasse, Kaminski, free (Unfallkasse pays), 15 seats
  ki: 'Assistenz auf Knopfdruck: Sprachmodelle sicher nutzen', // Wed 08.11. 09:00–12:00, hybrid (Stadthaus), ZIT-BB, Schulze, AI/ChatGPT, free
  doppik: 'Zahlen lesen, Haushalt verstehen: Doppik für Einsteiger', // Tue 14.11. 09:00–16:00, Kreishaus Bad Belzig, Kommunalakademie, Lange, 240 €
  sitzungsdienst: 'Alles Wichtige steht drin', // Thu 16.11. 09:00–15:30, Rathaus Teltow, Kommunalakademie, Richter, 190 €, minutes of committees
  brandschutz: 'Ausbildung zur Brandschutzhelferin und zum Brandschutzhelfer', // Mon 20.11. 09:00–13:00, Rathaus Beelitz, Unfallkasse, Kaminski, free, fire extinguishers
  gespraeche: 'Jahresgespräche mit Wirkung', // Tue 21.11. 09:00–16:00, Stadthaus, Kommunalakademie, Dr. Wendt, 220 €, staff appraisals, for managers
  starttag: 'Willkommen im Team: Starttag für neue Beschäftigte', // Fri 01.12. 09:00–15:00, Stadthaus, FB Personal, Schubert, induction, free
  ruecken: 'Gut sitzen, besser arbeiten', // Mon 04.12. 10:00–11:30, online, Unfallkasse, Pohl, back health, free
  bescheide: 'Klar geschrieben, gut verstanden: Bescheide in bürgernaher Sprache', // Wed 06.12. 09:00–15:00, Werder, Kommunalakademie, Hartmann, 170 €
  tvoed: 'TVöD kompakt: Eingruppierung und Stufen verstehen', // Tue 12.12. 09:00–16:00, Kreishaus Bad Belzig, Kommunalakademie, Zimmermann, 210 €
  zeit: 'Der Tag hat nur acht Stunden', // Thu 14.12. 13:00–16:00, online, FB Personal, Neumann, time management, free
  wahl: 'Gut gerüstet für den Wahlsonntag: Schulung für Wahlvorstände', // draft
  podcast: 'Hören, sehen, teilen: Podcasts und Videos für die Pressestelle', // draft
  powerpoint: 'Folien, die wirken: Präsentieren mit PowerPoint', // cancelled (Wed 18.10.2028)
  gebaerden: 'Erste Gebärden: Schnupperkurs Deutsche Gebärdensprache für den Bürgerservice', // cancelled (Wed 15.11.2028)
  sommerakademie: 'Sommerakademie 2028: Verwaltung digital gestalten', // past (Tue 12 September 2028)
  unterweisung: 'Sicher unterweisen: Arbeitsschutzpflichten von Führungskräften', // past (Thu 21 September 2028)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.wahl, T.podcast, T.powerpoint, T.gebaerden, T.sommerakademie, T.unterweisung];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  {
    q: 'was kostet das basisprogramm für neue führungskräfte',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['kostet 690 €'],
    mentions: ['Im Preis sind Mittagessen, Getränke und Seminarunterlagen enthalten.'],
  },
  {
    q: 'Muss ich für den Erste-Hilfe-Kurs eigentlich was bezahlen?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse Brandenburg.'],
  },
  { q: 'how much is the procurement training', locale: 'en', kind: 'facts', titles: [T.vergabe], says: ['costs €280'] },
  {
    q: 'Könnten Sie mir sagen, was die TVöD-Schulung kostet?',
    kind: 'facts',
    titles: [T.tvoed],
    says: ['kostet 210 €'],
  },
  // --- facts: when (across the DST change), start time, duration -------------------------------------------------------
  {
    q: 'wann is der excel kurs',
    kind: 'facts',
    titles: [T.excel],
    says: ['am Mi., 25.10.2028 von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'Könnten Sie mir sagen, wann das Basisprogramm für neue Führungskräfte stattfindet?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 26.10.2028 und Mo., 30.10.2028', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'When is the English course for the service counter?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['on Wed, 11 Oct 2028 from 09:00 to 12:30'],
  },
  {
    q: 'um wie viel uhr fängt der brandschutzhelfer lehrgang an',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['beginnt am Mo., 20.11.2028 um 09:00 Uhr'],
  },
  {
    q: 'What time does the AI training start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['starts on Wed, 8 Nov 2028 at 09:00'],
  },
  {
    q: 'wie lange geht der rückenkurs',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['dauert 1,5 Stunden, von 10:00 bis 11:30 Uhr'],
  },
  // --- facts: format, trainer, deadline, seats -------------------------------------------------------------------------
  {
    q: 'ist die datenschutzschulung online oder muss ich da hin',
    kind: 'facts',
    titles: [T.datenschutz],
    says: [/findet hybrid statt|oder online/],
  },
  {
    q: 'Is the time management workshop online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.zeit],
    says: ['takes place online'],
  },
  {
    q: 'wer macht die deeskalationsschulung',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['leitet Herr Jörg Hoffmann'],
  },
  {
    q: 'Who teaches the Excel class?',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['is led by Herr Tobias Lehmann'],
  },
  {
    q: 'bis wann muss ich mich fürs vergabeseminar anmelden',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Fr., 13.10.2028, 23:59 Uhr'],
  },
  {
    q: 'Bis wann ist Anmeldeschluss für den Englischkurs?',
    kind: 'facts',
    titles: [T.english],
    says: ['am Fr., 29.09.2028, 23:59 Uhr abgelaufen'],
  },
  {
    q: 'How many seats are left in the de-escalation training?',
    locale: 'en',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['has 12 of 12 seats left'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  {
    conv: 'eakte',
    q: 'Wir stellen gerade auf die E-Akte um und ich bin total überfordert – gibt es da eine Schulung?',
    kind: 'list',
    titles: [T.eakte],
  },
  { conv: 'eakte', q: 'was kostet das', kind: 'facts', titles: [T.eakte], says: ['ist kostenlos'] },
  { conv: 'eakte', q: 'und wo ist das?', kind: 'facts', titles: [T.eakte], says: ['im Kreishaus Bad Belzig'] },
  {
    conv: 'phishing',
    q: 'I keep getting weird emails asking for my password – is there any training on that?',
    locale: 'en',
    kind: 'list',
    titles: [T.phishing],
  },
  {
    conv: 'phishing',
    q: 'Who runs it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['is led by Herr Tobias Lehmann'],
  },
  {
    conv: 'phishing',
    q: 'When is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['on Tue, 10 Oct 2028 from 13:00 to 15:00'],
  },
  { conv: 'stress', q: 'bin grad echt gestresst, gibts da was', kind: 'list', titles: [T.stress] },
  {
    conv: 'stress',
    q: 'wann ist das',
    kind: 'facts',
    titles: [T.stress],
    says: ['am Mo., 09.10.2028 von 09:00 bis 12:30 Uhr'],
  },
  { conv: 'stress', q: 'und ist das online?', kind: 'facts', titles: [T.stress], says: ['findet online statt'] },
  // --- topic searches: everyday words, words only in summary or description, synonyms, abbreviations -------------------
  { q: 'gibts was zu ms teams', kind: 'list', titles: [T.teams] },
  {
    q: 'Ich muss eine Ausschreibung für neue Büromöbel machen und hab keine Ahnung, wie das geht – gibt es dazu eine Schulung?',
    kind: 'list',
    titles: [T.vergabe],
  },
  { q: 'wie schreibe ich bescheide die die leute auch verstehen', kind: 'list', titles: [T.bescheide] },
  { q: 'Kurs zu Pivot-Tabellen', kind: 'list', titles: [T.excel] },
  { q: 'gibts was zu ki', kind: 'list', titles: [T.ki] },
  { q: 'Is there anything about ChatGPT?', locale: 'en', kind: 'list', titles: [T.ki] },
  { q: 'barrierefreie pdfs erstellen', kind: 'list', titles: [T.barriere] },
  { q: 'hab ständig rückenschmerzen vom sitzen, gibts da was', kind: 'list', titles: [T.ruecken] },
  { q: 'Wie verhalte ich mich, wenn ein Bürger am Schalter aggressiv wird?', kind: 'list', titles: [T.deeskalation] },
  { q: 'wer zeigt mir wie man einen feuerlöscher benutzt', kind: 'list', titles: [T.brandschutz] },
  {
    q: 'ich bin neu hier – gibts sowas wie einen einführungstag für neue kollegen',
    kind: 'list',
    titles: [T.starttag],
  },
  {
    q: 'Ich muss die Mitarbeitergespräche mit meinem Team führen – gibt es dazu ein Seminar?',
    kind: 'list',
    first: T.gespraeche,
  },
  {
    q: 'Do you have anything on taking minutes for council meetings?',
    locale: 'en',
    kind: 'list',
    titles: [T.sitzungsdienst],
  },
  // --- typos -----------------------------------------------------------------------------------------------------------
  { q: 'exel kurs', kind: 'list', titles: [T.excel] },
  { q: 'gibts was zu datenschtuz', kind: 'list', titles: [T.datenschutz] },
  // --- filters: dates, time of day, format, place, free seats, trainer, provider, audience, length, cost, language -----
  { q: 'was gibts diese woche noch', kind: 'list', titles: [T.teams, T.datenschutz] },
  { q: 'gibts morgen was', kind: 'list', titles: [T.teams] },
  { q: 'was läuft nächste woche vormittags', kind: 'list', titles: [T.stress, T.english] },
  { q: 'anything online next week?', locale: 'en', kind: 'list', titles: [T.stress, T.phishing, T.barriere] },
  {
    q: 'was läuft in den nächsten zwei wochen',
    kind: 'list',
    titles: [T.teams, T.datenschutz, T.stress, T.phishing, T.english, T.barriere],
  },
  {
    q: "What's on next month?",
    locale: 'en',
    kind: 'list',
    titles: [T.eakte, T.ersteHilfe, T.ki, T.doppik, T.sitzungsdienst, T.brandschutz, T.gespraeche],
  },
  {
    q: 'welche kostenlosen kurse gibts im november',
    kind: 'list',
    titles: [T.eakte, T.ersteHilfe, T.ki, T.brandschutz],
  },
  { q: 'Welche Präsenzseminare gibt es im Dezember?', kind: 'list', titles: [T.starttag, T.bescheide, T.tvoed] },
  { q: 'was läuft in teltow', kind: 'list', ...only(T.deeskalation, T.sitzungsdienst) },
  { q: 'kurse von frau schulze', kind: 'list', ...only(T.barriere, T.ki) },
  {
    q: 'was hat der ZIT-BB im angebot',
    kind: 'list',
    ...only(T.teams, T.phishing, T.barriere, T.excel, T.eakte, T.ki),
  },
  { q: 'ich bin führungskraft, was gibts für mich', kind: 'list', ...only(T.fuehrung, T.gespraeche) },
  { q: 'gibt es mehrtägige seminare', kind: 'list', titles: [T.fuehrung] },
  { q: 'Are there any courses in English?', locale: 'en', kind: 'list', titles: [T.english] },
  { q: 'gibts im oktober in werder noch freie plätze', kind: 'list', titles: [T.vergabe, T.fuehrung] },
  // --- gone, drafts never shown, no match, greeting --------------------------------------------------------------------
  { q: 'wann war nochmal die sommerakademie', kind: 'gone', gone: T.sommerakademie, says: ['Di., 12.09.2028'] },
  { q: 'was kostet der powerpoint kurs', kind: 'gone', gone: T.powerpoint },
  { q: 'Is the sign language taster course still happening?', locale: 'en', kind: 'gone', gone: T.gebaerden },
  { q: 'gibt es eine schulung für wahlhelfer', kind: 'none' },
  { q: 'Is there a course on making podcasts?', locale: 'en', kind: 'none' },
  { q: 'gibts nen kettensägenschein', kind: 'none' },
  { q: 'Guten Tag', kind: 'help' },
  { q: 'hi there', locale: 'en', kind: 'help' },
];

heldoutSuite(
  'answering questions about a hundred-and-second, independent catalogue (Potsdam, Potsdam-Mittelmark, ZIT-BB)',
  {
    fixture: 'heldout102-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
