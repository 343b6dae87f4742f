// Over-fitting check, seventieth catalogue: the 2027 autumn programme of the Landkreis Rosenheim (Upper Bavaria) with the
// Bayerische Verwaltungsschule (BVS), the AKDB (the municipalities' IT service provider), the Landratsamt's Sachgebiet
// Personal and the Kreisjugendring, for the Landratsamt and its municipalities (Kolbermoor, Bad Aibling, Wasserburg am
// Inn, Prien am Chiemsee, Stephanskirchen, Bruckmühl), imported from a JSON file. Seminars take place in the
// Landratsamt Rosenheim (Wittelsbacherstraße), in the BVS-Bildungszentrum Holzhausen, online or hybrid. One seminar is
// held in English (serving international residents); the Digitallotsen qualification runs four days, is open to the
// municipalities only and half of its fee is paid by the Freistaat; the Scrum course meets on two Thursdays across the
// end of summer time. Questions are typed on a phone in a hurry: mostly lower case, umlauts as ae/oe/ue or left out,
// fragments ("scrum kurs wann", "was kost der excel kurs"), Bavarian turns ("gibts a Kurs", "nächste wochn", "wo isn
// des", "gmoa", "grantig"), and English questions from a colleague new from abroad with German terms mixed in, written
// without looking at the parser or the answers. Same assertions as the other suites: exactly the expected seminars
// (best first where one is clearly best), the asked fact in the first sentence, never a draft, cancelled or past
// seminar.
//
// Calendar around `now` (Wednesday 27 October 2027, 09:15 in Rosenheim, still summer time; it ends Sun 31.10.2027,
// Mon 01.11. is All Saints, a holiday in Bavaria, with nothing on):
//   this week (KW 43): today 14:00–16:00 Outlook (online); Thu 28.10. Scrum, first day (CEST); Fri 29.10. 09:00–12:00
//               data protection (hybrid)
//   next week (KW 44): Tue 02.11. morning OK.EWO (online), Wed 03.11. afternoon stress (online), Thu 04.11. Scrum,
//               second day (CET, all day), Fri 05.11. 08:30–12:30 Excel (Landratsamt)
//   KW 45:      Tue 09.11. procurement (Holzhausen), Wed 10.11. E-Akte (hybrid, morning), Thu 11.11. OZG (online,
//               afternoon), Sat 13.11. child protection (Kreisjugendring, Landratsamt)
//   KW 46:      Mon 15.–Wed 17.11. new managers (Holzhausen, last day only until 12:30), Tue 16.11. accessibility (online,
//               afternoon), Thu 18.11. AI (hybrid, morning), Fri 19.11. English at the counter; the cancelled Bavarian
//               dialect evening on Thu 18.11.
//   later:      Tue 23.11. the cancelled advanced Excel course; Wed 24.11. de-escalation; Thu 25.11. first aid; Mon/Tue
//               29./30.11. and 06./07.12. Digitallotsen (Holzhausen); Wed 01.12. back exercises (online, lunchtime);
//               Thu/Fri 02./03.12. municipal budget law (Holzhausen); Thu 09.12. youth participation (evening); the
//               drafts social media (08.12.) and election officers (January 2028)
//   past:       Wed 22.09.2027 kick-off digital strategy, Tue 12.10.2027 writing workshop.
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-10-27T07:15:00Z'); // Wednesday, 27 October 2027, 09:15 in Rosenheim (CEST)
const TZ = 'Europe/Berlin';

const T = {
  outlook: 'Ordnung im Postfach: Outlook im Griff', // Wed 27.10.2027 14:00–16:00, online, Sachgebiet Personal, Theresa Huber, free
  scrum: 'Agil im Amt: Scrum-Grundlagen für Projektteams', // Thu 28.10. (CEST) and Thu 04.11. (CET) 09:00–16:00, Landratsamt, BVS, Maier, 240 €, deadline passed Thu 21.10. 23:59
  datenschutz: 'Datenschutz am Schreibtisch: DSGVO im Gemeindealltag', // Fri 29.10. 09:00–12:00, hybrid (Landratsamt), BVS, 120 €
  ewo: 'OK.EWO kompakt: Meldefälle sicher bearbeiten', // Tue 02.11. 09:00–12:30, online, AKDB, Wimmer, 95 €, registration office software
  stress: 'Kopf frei, Akku voll: Gelassen bleiben im Büroalltag', // Wed 03.11. 13:00–16:00, online, free, stress
  excel: 'Excel für Einsteiger: Tabellen, Formeln, Diagramme', // Fri 05.11. 08:30–12:30, Landratsamt, Theresa Huber, 80 €, 12 seats
  vergabe: 'Vom Angebot zum Auftrag: Vergabe unterhalb der Schwellenwerte', // Tue 09.11. 09:00–16:00, Holzhausen, BVS, 260 €, deadline Tue 02.11. 12:00
  eakte: 'Papierlos, aber nicht ratlos: Die E-Akte im Sachgebiet', // Wed 10.11. 09:00–12:00, hybrid (Landratsamt), AKDB, free
  ozg: 'Das Rathaus im Netz: Online-Dienste über das BayernPortal', // Thu 11.11. 13:00–16:00, online, AKDB, Wimmer, free
  kinderschutz: 'Hinschauen und handeln: Kinderschutz in Ferienprogramm und Jugendarbeit', // Sat 13.11. 09:00–15:00, Landratsamt, Kreisjugendring, free, 20 seats
  fuehrung: 'Neu in der Führungsrolle: Vom Kollegen zur Chefin', // Mon 15.11., Tue 16.11. 09:00–16:30, Wed 17.11. 09:00–12:30, Holzhausen, BVS, 690 €, deadline Fri 05.11. 23:59
  barriere: 'Für alle lesbar: Barrierefreie Dokumente und Webseiten', // Tue 16.11. 13:00–16:00, online, AKDB, 60 €
  ki: 'Frag doch die Maschine? Chancen und Grenzen von Sprachmodellen im Amt', // Thu 18.11. 09:00–12:00, hybrid (Landratsamt), AKDB, free, AI
  englisch: 'English at the Counter: Serving International Residents', // Fri 19.11. 09:00–12:30, Landratsamt, in English, Claire Whitfield, 70 €
  deeskalation: "Wenn's am Schalter kracht: Deeskalation im Bürgerkontakt", // Wed 24.11. 09:00–15:00, Landratsamt, BVS, 150 €, 14 seats
  ersteHilfe: 'Im Notfall richtig handeln: Erste Hilfe am Arbeitsplatz', // Thu 25.11. 08:30–16:30, Landratsamt, Kreisjugendring, free (KUVB pays)
  lotsen: 'Digitallotsinnen und Digitallotsen: Qualifizierung für die digitale Gemeinde', // 29./30.11. and 06./07.12. 09:00–16:00, Holzhausen, BVS, 980 € (Freistaat pays half), municipalities only
  ruecken: 'Bewegte Mittagspause: Rückenfit am Schreibtisch', // Wed 01.12. 12:00–13:00, online, free
  haushalt: 'Doppik verstehen: Kommunales Haushaltsrecht für Einsteiger', // Thu 02.12. and Fri 03.12. 09:00–16:00, Holzhausen, BVS, 390 €
  jugend: 'Jugend redet mit: Beteiligung junger Menschen in der Gemeinde', // Thu 09.12. 17:00–20:00, Landratsamt, Kreisjugendring, free
  social: 'Instagram & Co.: Social Media für die Gemeinde', // draft
  wahl: 'Gut gewählt: Schulung für Wahlvorstände', // draft
  excelPlus: 'Excel für Fortgeschrittene: Pivot-Tabellen und SVERWEIS', // cancelled (Tue 23.11.2027)
  bairisch: 'Bairisch für Zuagroaste: Dialekt verstehen im Amtsalltag', // cancelled (Thu 18.11.2027)
  auftakt: 'Auftakt Digitalstrategie: Landkreis Rosenheim 2030', // past (Wed 22 September 2027)
  briefe: 'Schreibwerkstatt: Bürgerfreundliche Briefe und Bescheide', // past (Tue 12 October 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.social, T.wahl, T.excelPlus, T.bairisch, T.auftakt, T.briefe];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  { q: 'was kost der excel kurs', kind: 'facts', titles: [T.excel], says: ['kostet 80 €'] },
  {
    q: 'digitallotsen quali kosten?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['kostet 980 €'],
    mentions: ['Der Freistaat Bayern übernimmt die Hälfte der Gebühr.'],
  },
  {
    q: 'kost die erste hilfe was',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Kosten übernimmt die Kommunale Unfallversicherung Bayern.'],
  },
  { q: 'is the Datenschutz course free?', locale: 'en', kind: 'facts', titles: [T.datenschutz], says: ['costs €120'] },
  {
    q: 'how much is the Fuehrungskraefte seminar',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['costs €690'],
  },
  // --- facts: when (across the end of summer time), start time, duration -----------------------------------------------
  {
    q: 'scrum kurs wann',
    kind: 'facts',
    titles: [T.scrum],
    says: ['an 2 Tagen', 'Do., 28.10.2027 und Do., 04.11.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'wann is da e-akte kurs',
    kind: 'facts',
    titles: [T.eakte],
    says: ['am Mi., 10.11.2027 von 09:00 bis 12:00 Uhr'],
  },
  {
    q: 'wann is des fuehrungsseminar',
    kind: 'facts',
    titles: [T.fuehrung],
    says: [
      'an 3 Terminen',
      'Mo., 15.11.2027, 09:00–16:30 Uhr; Di., 16.11.2027, 09:00–16:30 Uhr; Mi., 17.11.2027, 09:00–12:30 Uhr',
    ],
  },
  {
    q: 'when is the OZG training',
    locale: 'en',
    kind: 'facts',
    titles: [T.ozg],
    says: ['takes place on Thu, 11 Nov 2027 from 13:00 to 16:00'],
  },
  {
    q: 'vergabe seminar um wieviel uhr gehts los',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['beginnt am Di., 09.11.2027 um 09:00 Uhr'],
  },
  {
    q: 'what time does the scrum thing start',
    locale: 'en',
    kind: 'facts',
    titles: [T.scrum],
    says: ['starts on Thu, 28 Oct 2027 at 09:00'],
  },
  {
    q: 'wie lang geht der deeskalations kurs',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['dauert 6 Stunden, von 09:00 bis 15:00 Uhr'],
  },
  {
    q: 'haushaltsrecht wie viele tage',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['dauert 2 Tage, jeweils von 09:00 bis 16:00 Uhr'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  { q: 'wo is der vergabe kurs', kind: 'facts', titles: [T.vergabe], says: ['BVS-Bildungszentrum Holzhausen'] },
  {
    q: 'datenschutz online oder vor ort',
    kind: 'facts',
    titles: [T.datenschutz],
    says: [/findet hybrid statt|oder online statt/],
  },
  {
    q: 'ki kurs muss i da ins landratsamt',
    miss: '"muss i da ins landratsamt" after the subject is not read as asking the format ("muss ich" gives the same list): the course is listed',
    kind: 'facts',
    titles: [T.ki],
    says: [/findet hybrid statt|oder online statt/],
  },
  {
    q: 'is the EWO training in person or online',
    miss: 'the abbreviation "EWO" alone is not found inside the title\'s "OK.EWO" ("is the OK.EWO training online" is answered)',
    locale: 'en',
    kind: 'facts',
    titles: [T.ewo],
    says: ['takes place online'],
  },
  { q: 'wer haelt den scrum kurs', kind: 'facts', titles: [T.scrum], says: ['leitet Herr Korbinian Maier'] },
  {
    q: 'who teaches the english course',
    locale: 'en',
    kind: 'facts',
    titles: [T.englisch],
    says: ['is led by Claire Whitfield'],
  },
  {
    q: 'anmeldeschluss scrum',
    kind: 'facts',
    titles: [T.scrum],
    says: ['ist am Do., 21.10.2027, 23:59 Uhr abgelaufen'],
  },
  {
    q: 'bis wann muss i mi fuer vergabe anmelden',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Di., 02.11.2027, 12:00 Uhr'],
  },
  {
    q: 'deadline for the Fuehrungskraefte training?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['until Fri, 5 Nov 2027, 23:59'],
  },
  {
    q: 'kinderschutz noch plaetze frei',
    kind: 'facts',
    titles: [T.kinderschutz],
    says: ['noch 20 von 20 Plätzen frei'],
  },
  {
    q: 'gibts beim excel kurs no freie plaetz',
    kind: 'facts',
    titles: [T.excel],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  {
    conv: 'melde',
    q: 'muss ab jaenner ummeldungen machen, gibts da a schulung',
    kind: 'list',
    titles: [T.ewo],
  },
  {
    conv: 'melde',
    q: 'wann',
    kind: 'facts',
    titles: [T.ewo],
    says: ['am Di., 02.11.2027 von 09:00 bis 12:30 Uhr'],
  },
  {
    conv: 'melde',
    q: 'und was kost des',
    kind: 'facts',
    titles: [T.ewo],
    says: ['kostet 95 €'],
  },
  {
    conv: 'schalter',
    q: 'bei uns am schalter werden d leit oft grantig, gibts do was',
    kind: 'list',
    titles: [T.deeskalation],
  },
  {
    conv: 'schalter',
    q: 'wo isn des',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['Landratsamt Rosenheim'],
  },
  {
    conv: 'schalter',
    q: 'noch plaetze?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['noch 14 von 14 Plätzen frei'],
  },
  {
    conv: 'agile',
    q: 'is there something on agile project work, like scrum',
    locale: 'en',
    kind: 'list',
    titles: [T.scrum],
  },
  {
    conv: 'agile',
    q: 'how long does it take',
    locale: 'en',
    kind: 'facts',
    titles: [T.scrum],
    says: ['lasts 2 days, each from 09:00 to 16:00'],
  },
  {
    conv: 'agile',
    q: 'can i still sign up',
    locale: 'en',
    kind: 'facts',
    titles: [T.scrum],
    says: ['passed on Thu, 21 Oct 2027, 23:59'],
  },
  {
    conv: 'ferien',
    q: 'mach im sommer des ferienprogramm fuer unsere gmoa, brauch i a schulung zum kinderschutz?',
    miss: '"im sommer" is when the asker runs the holiday programme, but it is read as the seminar\'s period (without it the course is found)',
    kind: 'list',
    titles: [T.kinderschutz],
  },
  {
    conv: 'ferien',
    q: 'an welchem tag',
    miss: 'follows from the miss above: no seminar in the conversation',
    kind: 'facts',
    titles: [T.kinderschutz],
    says: ['am Sa., 13.11.2027 von 09:00 bis 15:00 Uhr'],
  },
  {
    conv: 'exel',
    q: 'exel kurs wann',
    kind: 'facts',
    titles: [T.excel],
    says: ['am Fr., 05.11.2027 von 08:30 bis 12:30 Uhr'],
  },
  {
    conv: 'exel',
    q: 'und wer machtn den',
    kind: 'facts',
    titles: [T.excel],
    says: ['leitet Frau Theresa Huber'],
  },
  // --- topic searches: everyday words, words only in summary or description, abbreviations, English with German terms --
  { q: 'gibts was zu chatgpt', kind: 'list', titles: [T.ki] },
  { q: 'barrierefreie pdfs erstellen', kind: 'list', titles: [T.barriere] },
  { q: 'homepage fuer blinde lesbar machen', kind: 'list', titles: [T.barriere] },
  { q: 'stress im buero was kann ma machen', kind: 'list', titles: [T.stress] },
  { q: 'rueckenschmerzen vom sitzen', kind: 'list', titles: [T.ruecken] },
  { q: 'bayernportal online antraege', kind: 'list', titles: [T.ozg] },
  { q: 'dsgvo schulung', kind: 'list', titles: [T.datenschutz] },
  { q: 'formeln in excel fuer anfaenger', kind: 'list', titles: [T.excel] },
  { q: 'wie schreib i a ausschreibung', kind: 'list', titles: [T.vergabe] },
  { q: 'jugendliche in der gemeinde mitreden lassen', kind: 'list', titles: [T.jugend] },
  { q: 'doppik grundlagen', kind: 'list', titles: [T.haushalt] },
  { q: 'neu als teamleitung was gibts', kind: 'list', first: T.fuehrung },
  {
    q: 'defi und herzdruckmassage',
    kind: 'list',
    titles: [T.ersteHilfe],
  },
  { q: 'i need a course for the Einwohnermeldeamt software', locale: 'en', kind: 'list', titles: [T.ewo] },
  {
    q: 'any training for the Auslaenderbehoerde, dealing with international clients',
    locale: 'en',
    kind: 'list',
    titles: [T.englisch],
  },
  // --- filters: dates, time of day, weekday, format, place, provider, trainer, cost, length, language, audience ---------
  {
    q: 'is heut nachmittag no was',
    kind: 'list',
    titles: [T.outlook],
  },
  {
    q: 'was is diese woch noch',
    kind: 'list',
    titles: [T.outlook, T.scrum, T.datenschutz],
  },
  { q: 'whats on tomorrow', locale: 'en', kind: 'list', titles: [T.scrum] },
  {
    q: 'naechste wochn vormittags',
    kind: 'list',
    titles: [T.ewo, T.excel],
  },
  { q: 'anything next week in the afternoon', locale: 'en', kind: 'list', titles: [T.stress] },
  { q: 'online kurse im november nachmittags', kind: 'list', titles: [T.stress, T.ozg, T.barriere] },
  { q: 'kostenlose kurse im dezember', kind: 'list', titles: [T.ruecken, T.jugend] },
  { q: 'was is in kw 46', kind: 'list', titles: [T.fuehrung, T.barriere, T.ki, T.englisch] },
  {
    q: 'gibts a kurs am samstag',
    miss: '"am samstag" is read as the coming Saturday (30.10., nothing on), not as any Saturday ("an einem samstag" lists it); the question can be read both ways',
    kind: 'list',
    titles: [T.kinderschutz],
  },
  { q: 'was gibts in holzhausen', kind: 'list', ...only(T.vergabe, T.fuehrung, T.lotsen, T.haushalt) },
  { q: 'was bietet die akdb', kind: 'list', ...only(T.ewo, T.eakte, T.ozg, T.barriere, T.ki) },
  {
    q: 'what does the Kreisjugendring offer',
    locale: 'en',
    kind: 'list',
    ...only(T.kinderschutz, T.ersteHilfe, T.jugend),
  },
  { q: 'kurse bei der huber', kind: 'list', ...only(T.outlook, T.excel) },
  { q: 'mehrtaegige seminare', kind: 'list', ...only(T.scrum, T.fuehrung, T.lotsen, T.haushalt) },
  { q: 'any courses in english', locale: 'en', kind: 'list', titles: [T.englisch] },
  { q: 'seminare fur fuhrungskrafte', kind: 'list', titles: [T.fuehrung] },
  // --- gone, drafts never shown, no match, greeting --------------------------------------------------------------------
  { q: 'excel fortgeschrittene wann', kind: 'gone', gone: T.excelPlus },
  { q: 'is there a bavarian dialect course', locale: 'en', kind: 'gone', gone: T.bairisch },
  { q: 'wann war die schreibwerkstatt', kind: 'gone', gone: T.briefe, says: ['Di., 12.10.2027'] },
  { q: 'auftakt digitalstrategie wann war des', kind: 'gone', gone: T.auftakt, says: ['Mi., 22.09.2027'] },
  { q: 'social media kurs?', kind: 'none' },
  { q: 'wahlhelfer schulung', kind: 'none' },
  { q: 'motorsaegenkurs fuer n bauhof gibts des', kind: 'none' },
  { q: 'servus', kind: 'help' },
  { q: 'hi there', locale: 'en', kind: 'help' },
];

heldoutSuite('answering questions about a seventieth, independent catalogue (Landkreis Rosenheim, typed on a phone)', {
  fixture: 'heldout70-catalogue.json',
  now,
  timeZone: TZ,
  cases: CASES,
  titles: all,
  never: NEVER,
});
