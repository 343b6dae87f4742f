// Over-fitting check, three-hundred-and-thirtieth catalogue: the autumn 2027 / winter 2028 programme of the Stadt
// Mönchengladbach (North Rhine-Westphalia) for its administration and the city's own companies (mags, Sozial-Holding,
// EWMG), with the Studieninstitut Niederrhein (S.I.N.N), the Unfallkasse NRW, the Volkshochschule Mönchengladbach, the
// ITK Rheinland and the city's own Fachbereich Personal und Organisation and Betriebliches Gesundheitsmanagement,
// imported from a JSON file. Seminars take place in the Rathaus Abtei, the Rathaus Rheydt, the Haus Erholung, the VHS on
// the Lüpertzender Straße, the Betriebshof of the mags, the Studieninstitut in Krefeld, online or hybrid. Several titles
// do not name their subject ("Was darf raus, was bleibt drin?" is data protection / DSGVO requests, "Der
// Perspektivwechsel" new managers, "Land unter im Postfach?" time management, "Mehr als Videokonferenz" Microsoft Teams,
// "Schluss mit dem Papierberg" the e-file, "Bewegt durch den Bürotag" back exercises, "Abschalten lernen" stress,
// "Ruhe bewahren, wenn es laut wird" de-escalation with difficult citizens, "Texte auf Knopfdruck?" AI / Copilot,
// "Webseiten für alle" accessible web pages, "Viele Sprachen, ein Amt" intercultural competence, "Protokoll mit Gewicht"
// minutes for council committees, "Gespräche, die etwas bewegen" staff appraisals, "Klar geschrieben, gut verstanden"
// plain language, "Fit für die Zwischenprüfung" exam preparation for trainees), so only summary, description or topics
// reveal it; one seminar is held in English; the leadership course runs on two Thursdays across the end of summer time
// (Sun 31.10.2027) and its deadline has passed; the Excel course runs on two Tuesday evenings; the e-file course is open
// only to the Stadt Mönchengladbach, the road-works course only to the mags; first aid is free, paid by the Unfallkasse.
// The questions are written the way employees type them: a story first, often with a time word that is NOT the period
// asked ("Letzte Woche …", "Seit Montag …", "Morgen habe ich …", "Next week we have visitors …"), pasted e-mail fragments,
// questions for a colleague or the team, mixed with short plain questions; written without looking at the parser or
// the answers.
//
// Calendar around `now` (Wednesday 27 October 2027, 10:15 in Mönchengladbach, summer time; summer time ends Sun
// 31.10.2027; Mon 01.11.2027 is Allerheiligen, a public holiday in NRW; Thu 11.11. opens the carnival session):
//   this week:  Wed 27.10. (today) 14:00–15:30 data protection (online); Thu 28.10. 09:00–16:30 leadership day 1
//               (Rathaus Abtei, CEST; deadline passed Fri 15.10. 23:59); Fri 29.10. 08:30–16:00 first aid (Rathaus Rheydt)
//   next week:  nothing on Mon 01.11. (Allerheiligen) nor Tue 02.11.; Wed 03.11. 09:00–12:00 time management (online,
//               49 €); Thu 04.11. 09:00–16:30 leadership day 2 (CET); Fri 05.11. 10:00–11:30 Teams (online)
//   November:   Tue 09.11. e-file (online), Wed 10.11. English (Rathaus Abtei; deadline Wed 03.11. 23:59), the cancelled
//               PowerPoint course (Thu 11.11.), Mon 15.11. 12:30–13:15 back exercises (online), Tue 16.11. 07:00–14:30
//               road works (mags) and Tue 16.11. + Tue 23.11. 18:00–21:00 Excel (VHS, evening), Wed 17.11. 18:00–19:30
//               stress (online, evening), Thu 18.11. de-escalation (Rathaus Rheydt), Mon 22.11.–Tue 23.11. NKF budget
//               (Studieninstitut Krefeld; deadline Mon 08.11. 12:00), the cancelled moderation course (Tue 23.11.),
//               Tue 30.11. 14:00–16:30 AI (hybrid, Rathaus Rheydt)
//   December:   Wed 01.12. fire wardens (Rathaus Abtei), Thu 02.12. accessible web pages (online), Wed 08.12. procurement
//               (Rathaus Abtei), Thu 09.12. intercultural competence (Rathaus Rheydt)
//   January:    Tue 18.01.2028 minutes (Rathaus Abtei), Wed 19.01. staff appraisals (Haus Erholung), Thu 20.01. plain
//               language (VHS; deadline Fri 17.12.2027 12:00), Tue 25.01. administrative acts (hybrid, Rathaus Abtei)
//   later:      the draft carnival course (Tue 08.02.2028), Mon 14.02.2028 exam preparation (Studieninstitut Krefeld), the
//               draft intranet course (Tue 07.03.2028)
//   past:       Tue 13.07.2027 heat protection (online), Thu 23.09.2027 TVöD pay grades (Rathaus Abtei).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-10-27T08:15:00Z'); // Wednesday, 27 October 2027, 10:15 in Mönchengladbach (CEST)
const TZ = 'Europe/Berlin';

const T = {
  datenschutz: 'Was darf raus, was bleibt drin?', // Wed 27.10. 14:00–15:30, online, FB Personal, Wirtz, DSGVO requests, free
  fuehrung: 'Der Perspektivwechsel', // Thu 28.10. (CEST) and Thu 04.11. (CET) 09:00–16:30, Rathaus Abtei, S.I.N.N, Dr. Kreutzer, new managers, 420 €, deadline passed Fri 15.10. 23:59
  ersteHilfe: 'Erste-Hilfe-Fortbildung für betriebliche Ersthelferinnen und Ersthelfer', // Fri 29.10. 08:30–16:00, Rathaus Rheydt, UK NRW, Bongartz, free (UK NRW pays)
  zeit: 'Land unter im Postfach?', // Wed 03.11. 09:00–12:00, online, VHS, Heinen, time management, 49 € (Dienststelle pays)
  teams: 'Mehr als Videokonferenz', // Fri 05.11. 10:00–11:30, online, ITK, Peters, Microsoft Teams, free, 100 seats
  eakte: 'Schluss mit dem Papierberg', // Tue 09.11. 09:00–12:00, online, ITK, Peters, e-file, only stadt-mg, free
  english: 'Welcome to Mönchengladbach: English at the Service Counter', // Wed 10.11. 09:00–12:30, Rathaus Abtei, VHS, Clarke, 80 €, deadline Wed 03.11. 23:59
  ruecken: 'Bewegt durch den Bürotag', // Mon 15.11. 12:30–13:15, online, UK NRW, Offermanns, back exercises, free
  excel: 'Excel kompakt: Formeln, Filter und Pivot-Tabellen', // Tue 16.11. and Tue 23.11. 18:00–21:00, VHS building, VHS, Schroers, 95 €, 14 seats
  strasse: 'Sicher arbeiten im Straßenraum', // Tue 16.11. 07:00–14:30, Betriebshof der mags, UK NRW, Tillmanns, road-works safety, only mags, free
  abschalten: 'Abschalten lernen', // Wed 17.11. 18:00–19:30, online, BGM, Dr. Esser, stress, free
  deeskalation: 'Ruhe bewahren, wenn es laut wird', // Thu 18.11. 09:00–15:30, Rathaus Rheydt, UK NRW, Derichs, de-escalation, free
  haushalt: 'NKF kompakt: Der doppische Haushalt für Einsteiger', // Mon 22.11.–Tue 23.11. 09:00–16:00, Studieninstitut Krefeld, S.I.N.N, Jansen, 380 €, deadline Mon 08.11. 12:00
  ki: 'Texte auf Knopfdruck?', // Tue 30.11. 14:00–16:30, hybrid (Rathaus Rheydt, Ratssaal), ITK, Hensen, AI / Copilot, free
  brandschutz: 'Brandschutzhelferinnen und Brandschutzhelfer: Ausbildung nach ASR A2.2', // Wed 01.12. 09:00–13:00, Rathaus Abtei, UK NRW, Bongartz, free
  web: 'Webseiten für alle', // Thu 02.12. 10:00–12:00, online, ITK, Hensen, accessible web pages (BITV), free
  vergabe: 'Vergaberecht NRW: UVgO und Wertgrenzen in der Praxis', // Wed 08.12. 09:00–16:00, Rathaus Abtei, S.I.N.N, Dr. Hennes, 260 €
  interkultur: 'Viele Sprachen, ein Amt', // Thu 09.12. 09:00–16:00, Rathaus Rheydt, S.I.N.N, Yilmaz, intercultural competence, 190 €
  protokoll: 'Protokoll mit Gewicht', // Tue 18.01.2028 09:00–12:30, Rathaus Abtei, S.I.N.N, Dr. Hennes, minutes, 95 €
  gespraeche: 'Gespräche, die etwas bewegen', // Wed 19.01.2028 09:00–16:30, Haus Erholung, S.I.N.N, Dr. Kreutzer, staff appraisals, 210 €
  sprache: 'Klar geschrieben, gut verstanden', // Thu 20.01.2028 09:00–16:00, VHS building, FB Personal, Lenzen, plain language, 110 €, deadline Fri 17.12.2027 12:00
  bescheid: 'Bescheide rechtssicher gestalten: Anhörung, Begründung, Rechtsbehelfsbelehrung', // Tue 25.01.2028 09:00–16:00, hybrid (Rathaus Abtei), S.I.N.N, Dr. Hennes, 230 €
  pruefung: 'Fit für die Zwischenprüfung', // Mon 14.02.2028 08:30–15:30, Studieninstitut Krefeld, S.I.N.N, Jansen, trainees, 150 €
  karneval: 'Brauchtum im Dienst: Was gilt an Altweiber und Rosenmontag?', // draft (Tue 08.02.2028)
  portal: 'Das neue Mitarbeiterportal: Beiträge schreiben und Seiten pflegen', // draft (Tue 07.03.2028)
  powerpoint: 'PowerPoint im Ausschuss: überzeugend präsentieren', // cancelled (Thu 11.11.2027)
  moderation: 'Bürgerversammlungen moderieren', // cancelled (Tue 23.11.2027)
  hitze: 'Hitzeschutz am Arbeitsplatz: Arbeiten bei hohen Temperaturen', // past (Tue 13 July 2027)
  tvoed: 'Eingruppierung nach TVöD: Die Entgeltordnung verstehen', // past (Thu 23 September 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.karneval, T.portal, T.powerpoint, T.moderation, T.hitze, T.tvoed];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- stories with a time word that is not the period asked, and their follow-ups ------------------------------------
  {
    conv: 'schalter',
    q: 'Letzte Woche hatte ich einen schwierigen Bürger am Schalter, der ist richtig laut geworden und hat mit der Faust auf den Tresen gehauen. Gibt es dazu was?',
    kind: 'list',
    titles: [T.deeskalation],
  },
  {
    conv: 'schalter',
    q: 'Wann und wo ist das?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['Do., 18.11.2027', 'von 09:00 bis 15:30 Uhr', 'im Rathaus Rheydt'],
  },
  {
    conv: 'schalter',
    q: 'Und was kostet mich der Spaß?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['ist kostenlos'],
  },
  {
    miss: 'the story\'s "Bauordnung" and "September" are searched with the e-file, and nothing fits',
    conv: 'eakte',
    q: 'Ich hab im September in der Bauordnung angefangen und meine Chefin möchte, dass ich die E-Akte lerne – was gibt es da?',
    kind: 'list',
    titles: [T.eakte],
  },
  {
    miss: 'follows an unanswered question, so no seminar is talked about',
    conv: 'eakte',
    q: 'ist das online oder muss ich irgendwo hin?',
    kind: 'facts',
    titles: [T.eakte],
    says: ['findet online statt'],
  },
  {
    miss: 'follows an unanswered question, so no seminar is talked about',
    conv: 'eakte',
    q: 'um wieviel uhr gehts los',
    kind: 'facts',
    titles: [T.eakte],
    says: ['beginnt am Di., 09.11.2027 um 09:00 Uhr'],
  },
  {
    conv: 'teamleitung',
    q: 'Seit Montag bin ich Teamleiterin im Bürgerbüro Rheydt, vorher war ich dort selbst Sachbearbeiterin. Gibt es was für den Rollenwechsel von der Kollegin zur Chefin?',
    kind: 'list',
    first: T.fuehrung,
    ...maybeAlso(only(T.fuehrung), T.gespraeche),
  },
  {
    conv: 'teamleitung',
    q: 'kann ich mich da noch anmelden?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['ist am Fr., 15.10.2027, 23:59 Uhr abgelaufen'],
  },
  {
    miss: '"das" after a seminar whose deadline passed is read as a question of another list',
    conv: 'teamleitung',
    q: 'schade. an welchen tagen wäre das gewesen?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 28.10.2027 und Do., 04.11.2027', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    conv: 'jahresgespraech',
    q: 'Morgen früh hab ich mein erstes Jahresgespräch mit einer Mitarbeiterin und fühle mich null vorbereitet. Gibt es dafür eine Schulung?',
    kind: 'list',
    titles: [T.gespraeche],
  },
  {
    miss: '"für morgen" of the story is read as the day asked for',
    conv: 'jahresgespraech',
    q: 'ok, für morgen zu spät 😅 wann ist die denn?',
    kind: 'facts',
    titles: [T.gespraeche],
    says: ['am Mi., 19.01.2028 von 09:00 bis 16:30 Uhr'],
  },
  {
    conv: 'thurrock',
    q: 'Next week we have visitors from our twin town Thurrock and honestly my English is a bit rusty. Is there an English course for us?',
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  {
    conv: 'thurrock',
    q: 'when is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['on Wed, 10 Nov 2027 from 09:00 to 12:30'],
  },
  {
    conv: 'thurrock',
    q: "what's the deadline to sign up?",
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['until Wed, 3 Nov 2027, 23:59'],
  },
  {
    conv: 'thurrock',
    q: 'how much?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['costs €80'],
  },
  {
    miss: 'the pasted e-mail header (sender, date, subject) is read as part of the question, and nothing fits',
    conv: 'vergabe-mail',
    q: 'Von: Schmitz, Petra\nGesendet: Montag, 25. Oktober 2027 08:12\nBetreff: Fortbildung Vergabe\n\nHallo zusammen, nach der Prüfung durch das RPA sollen alle, die Aufträge vergeben, bis Jahresende eine Vergabeschulung besuchen.\n\nWelche gibt es da?',
    kind: 'list',
    titles: [T.vergabe],
  },
  {
    miss: 'follows an unanswered question, so no seminar is talked about',
    conv: 'vergabe-mail',
    q: 'Wer macht das?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['leitet Herr Dr. Stefan Hennes'],
  },
  {
    miss: "the story's words find two more seminars beside the Teams course",
    conv: 'teams',
    q: 'Seit dem Umzug auf die neue Etage schreiben wir uns im Team nur noch Mails, die Chefin will, dass wir Teams endlich richtig nutzen. Gibt es dazu eine Schulung?',
    kind: 'list',
    titles: [T.teams],
  },
  {
    miss: 'follows a list of three, so no single seminar is talked about',
    conv: 'teams',
    q: 'sind da noch plätze frei? wir wären zu sechst',
    kind: 'facts',
    titles: [T.teams],
    says: ['noch 100 von 100 Plätzen frei'],
  },
  {
    conv: 'ki',
    q: 'Ab Januar dürfen wir im Team Texte mit Copilot vorformulieren lassen. Gibt es dazu eine Einführung?',
    kind: 'list',
    titles: [T.ki],
  },
  {
    conv: 'ki',
    q: 'kann ich da auch von zuhause aus teilnehmen?',
    kind: 'facts',
    titles: [T.ki],
    says: ['oder online'],
  },
  {
    conv: 'strasse',
    q: 'Ich bin bei der mags in der Straßenunterhaltung und wir sichern ab nächster Woche eine Baustelle auf der Hohenzollernstraße ab. Gibt es eine Schulung zur Absicherung von Arbeitsstellen?',
    kind: 'list',
    titles: [T.strasse],
  },
  {
    conv: 'strasse',
    q: 'wann fängt die an?',
    kind: 'facts',
    titles: [T.strasse],
    says: ['beginnt am Di., 16.11.2027 um 07:00 Uhr'],
  },
  {
    conv: 'datenschutz',
    q: 'Hab grad ne Anfrage nach Art. 15 DSGVO auf dem Tisch und keine Ahnung, was ich da rausgeben darf. Gibts dazu was?',
    kind: 'list',
    titles: [T.datenschutz],
  },
  {
    conv: 'datenschutz',
    q: 'heute schon?? um wie viel uhr',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['beginnt am Mi., 27.10.2027 um 14:00 Uhr'],
  },
  {
    conv: 'zeit',
    q: 'Letzten Dienstag hat mein Chef mir gesagt, ich soll an meiner Zeitplanung arbeiten, weil ich dauernd Fristen verpasse. Gibt es was zum Zeitmanagement?',
    kind: 'list',
    titles: [T.zeit],
  },
  {
    conv: 'zeit',
    q: 'was kostet das',
    kind: 'facts',
    titles: [T.zeit],
    says: ['kostet 49 €'],
    mentions: ['Die Gebühr trägt die entsendende Dienststelle.'],
  },
  {
    conv: 'efile',
    q: 'Last month IT told us our department will switch to the electronic file next spring. Is there any training on that?',
    locale: 'en',
    kind: 'list',
    titles: [T.eakte],
  },
  { conv: 'efile', q: 'is it online?', locale: 'en', kind: 'facts', titles: [T.eakte], says: ['takes place online'] },
  // --- single stories: the fact or the seminar asked at the end ------------------------------------------------------
  {
    q: 'Vorgestern ist bei uns im Flur ein Kollege zusammengeklappt und keiner wusste so richtig, was zu tun ist. Wann ist der nächste Erste-Hilfe-Kurs?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['am Fr., 29.10.2027 von 08:30 bis 16:00 Uhr'],
  },
  {
    q: 'Kannst du mal schauen? In der Mail vom Personalrat steht: „Ersthelfer müssen ihre Ausbildung alle zwei Jahre auffrischen.“ Meine war 2025 – muss ich für die Auffrischung was bezahlen?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Kosten übernimmt die Unfallkasse NRW.'],
  },
  {
    miss: '"keiner von uns … kann" of the story finds a second seminar beside the Excel course',
    q: 'Gestern im Teammeeting kam raus, dass keiner von uns Pivot-Tabellen kann. Gibts da was?',
    kind: 'list',
    titles: [T.excel],
  },
  {
    q: 'Meine Kollegin aus der Kämmerei fängt im Januar mit dem NKF an, vorher war sie im Einwohnermeldeamt. Kannst du ihr einen Einsteigerkurs empfehlen?',
    kind: 'list',
    titles: [T.haushalt],
  },
  {
    q: 'Bei uns im Sozialamt sitzen jeden Tag Leute, die kaum Deutsch sprechen, und letzten Monat gab es mehrfach Missverständnisse. Gibt es eine Fortbildung zum Umgang mit anderen Kulturen?',
    kind: 'list',
    titles: [T.interkultur],
  },
  {
    q: 'Ich schreibe seit diesem Jahr die Protokolle für die Bezirksvertretung Nord. Gibt es eine Schulung für Schriftführer?',
    kind: 'list',
    titles: [T.protokoll],
  },
  {
    q: 'Heute Morgen hat sich schon wieder eine Bürgerin beschwert, dass sie unseren Brief nicht versteht. Gibt es was zu verständlicher Sprache?',
    kind: 'list',
    first: T.sprache,
    ...maybeAlso(only(T.sprache), T.bescheid),
  },
  {
    q: 'Seit den Sommerferien hab ich ständig Nackenschmerzen vom Bildschirm. Bietet der Arbeitgeber da was an?',
    kind: 'list',
    titles: [T.ruecken],
  },
  {
    q: 'Meine Azubine (2. Lehrjahr VFA) ist wegen der Zwischenprüfung ziemlich nervös – gibt es einen Vorbereitungskurs?',
    kind: 'list',
    titles: [T.pruefung],
  },
  {
    q: 'Gestern Abend saß ich wieder bis 22 Uhr an den Mails und krieg einfach nicht abgeschaltet. Gibt es was gegen Stress?',
    kind: 'list',
    first: T.abschalten,
    ...maybeAlso(only(T.abschalten), T.zeit),
  },
  {
    q: 'Unsere Seiten auf moenchengladbach.de sind beim Test auf Barrierefreiheit durchgefallen. Was gibt es da für uns Redakteure?',
    kind: 'list',
    titles: [T.web],
  },
  {
    q: 'Ich bin heute vom Gebäudemanagement als Brandschutzhelfer benannt worden. Wo findet die Ausbildung statt?',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['findet im Rathaus Abtei'],
  },
  {
    q: 'I joined the Ausländerbehörde in August and many of our clients speak only English. Are any seminars held in English?',
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  // --- periods, places, providers, trainers, cost, length -------------------------------------------------------------
  { q: 'was ist diese woche noch?', kind: 'list', titles: [T.datenschutz, T.fuehrung, T.ersteHilfe] },
  { q: 'und was läuft nächste woche?', kind: 'list', ...maybeAlso(only(T.zeit, T.teams), T.fuehrung) },
  { q: 'Ist an Allerheiligen irgendwas?', kind: 'none' },
  { q: 'was ist am donnerstag?', kind: 'list', titles: [T.fuehrung] },
  { q: 'was gibt es im dezember', kind: 'list', titles: [T.brandschutz, T.web, T.vergabe, T.interkultur] },
  { q: 'seminare im januar', kind: 'list', titles: [T.protokoll, T.gespraeche, T.sprache, T.bescheid] },
  { q: 'gibt es was nach feierabend? ich hab tagsüber publikumsverkehr', kind: 'list', ...only(T.excel, T.abschalten) },
  {
    q: 'kostenlose online-kurse im november',
    kind: 'list',
    ...maybeAlso(only(T.teams, T.eakte, T.ruecken, T.abschalten), T.ki),
  },
  { q: 'was findet in rheydt statt?', kind: 'list', ...only(T.ersteHilfe, T.deeskalation, T.ki, T.interkultur) },
  { q: 'welche kurse sind in krefeld?', kind: 'list', ...only(T.haushalt, T.pruefung) },
  {
    q: 'was bietet die unfallkasse nrw an',
    kind: 'list',
    ...only(T.ersteHilfe, T.ruecken, T.strasse, T.deeskalation, T.brandschutz),
  },
  { q: 'what does the ITK Rheinland offer?', locale: 'en', kind: 'list', ...only(T.teams, T.eakte, T.ki, T.web) },
  { q: 'vhs kurse', kind: 'list', ...only(T.zeit, T.english, T.excel) },
  { q: 'welche seminare macht dr. hennes', kind: 'list', ...only(T.vergabe, T.protokoll, T.bescheid) },
  {
    q: 'welche seminare kosten mehr als 200 euro',
    kind: 'list',
    ...only(T.fuehrung, T.haushalt, T.vergabe, T.gespraeche, T.bescheid),
  },
  { q: 'gibt es was, das höchstens eine stunde dauert?', kind: 'list', titles: [T.ruecken] },
  { q: 'welche kurse gehen über mehrere tage', kind: 'list', ...only(T.fuehrung, T.excel, T.haushalt) },
  // --- short plain facts ----------------------------------------------------------------------------------------------
  {
    q: 'wie lange geht der erste hilfe kurs',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['dauert 7,5 Stunden, von 08:30 bis 16:00 Uhr'],
  },
  { q: 'anmeldeschluss nkf', kind: 'facts', titles: [T.haushalt], says: ['bis Mo., 08.11.2027, 12:00 Uhr'] },
  {
    q: 'wie viele plätze hat der excel abendkurs noch',
    kind: 'facts',
    titles: [T.excel],
    says: ['noch 14 von 14 Plätzen frei'],
  },
  // --- gone, drafts never shown, no match, greeting, own registrations ------------------------------------------------
  {
    q: 'Eine Kollegin hat mir den PowerPoint-Kurs für Ausschussvorlagen empfohlen, gibt es den noch?',
    kind: 'gone',
    gone: T.powerpoint,
  },
  { q: 'bürgerversammlung moderieren', kind: 'gone', gone: T.moderation },
  { q: 'Hitzeschutz Schulung, wann war die nochmal?', kind: 'gone', gone: T.hitze, says: ['Di., 13.07.2027'] },
  {
    q: 'Eingruppierung nach TVöD – war da nicht mal was?',
    kind: 'gone',
    gone: T.tvoed,
    says: ['Do., 23.09.2027'],
  },
  { q: 'was darf man an altweiber im büro? gibts da ne schulung', kind: 'none' },
  { q: 'mitarbeiterportal beiträge schreiben', kind: 'none' },
  { q: 'Wir brauchen für den Bauhof zwei neue Staplerfahrer – gibt es einen Gabelstaplerschein?', kind: 'none' },
  { q: 'was gibt es in wickrath?', kind: 'none' },
  { q: 'Hallo! Was kann ich dich hier eigentlich fragen?', kind: 'help' },
  { q: 'Für welche Seminare bin ich eigentlich schon angemeldet?', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-thirtieth, independent catalogue (Stadt Mönchengladbach, S.I.N.N, UK NRW, VHS, ITK Rheinland)',
  {
    fixture: 'heldout330-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
