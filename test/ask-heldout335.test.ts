// Over-fitting check, three-hundred-and-thirty-fifth catalogue: the autumn/winter 2027/28 programme for the Stadt
// Wilhelmshaven (Lower Saxony) and its administration — the Stadtverwaltung, the Technische Betriebe Wilhelmshaven (TBW),
// the Jobcenter and the Klinikum Wilhelmshaven, with the neighbouring Landkreis Friesland, Stadt Schortens and Gemeinde
// Sande as further municipalities — with the Niedersächsisches Studieninstitut für kommunale Verwaltung (NSI), the
// Unfallkasse Niedersachsen (UKN), the Volkshochschule Wilhelmshaven (VHS), the KDO (Kommunale Datenverarbeitung
// Oldenburg, the regional IT service provider) and the city's own Personalentwicklung and Gebäudemanagement, imported
// from a JSON file. Seminars take place in the Rathaus Wilhelmshaven, the VHS in the Virchowstraße, the Kulturzentrum
// Pumpwerk, the Betriebshof of the TBW and the DRK-Kreisverband, online or hybrid. The questions are asked by role and
// audience (Azubis, Führungskräfte, Teamleitungen, Hausmeister, Sekretariate, new staff, Quereinsteiger, Kita-Leitungen,
// Personalräte, Ratsmitglieder, Ersthelfer, Bürgerbüro, Jobcenter), mixed with subject and fact questions. Several titles
// do not name their subject ("Klick mit Köpfchen" is phishing, "Die Schaltzentrale im Vorzimmer" office organisation for
// secretaries, "Locker bleiben" back exercises, "Kompass für den Wechsel" new team leaders, "Willkommen an Bord"
// onboarding of new staff, "Wenn der Ton rauer wird" de-escalation at the counter, "Mitbestimmen, aber richtig" the
// Personalrat basics under the NPersVG, "Zuhören, fragen, vereinbaren" staff appraisals, "Zwischen Elternabend und
// Dienstplan" Kita leadership, "Wasser marsch – aber sauber" drinking-water hygiene / Legionella for caretakers, "Die
// Akte zieht um" the e-file, "Frag doch die Maschine" AI, "Endspurt mit System" exam preparation for trainees, "Gesund
// führen" healthy leadership), so only summary, description or topics reveal it. One seminar is held in English; the
// onboarding and the Kita course are open only to the Stadtverwaltung, the e-file course only to the Stadtverwaltung and
// the TBW, the cancelled forklift course only to the TBW; first aid is free (the UKN pays), the trainees' communication
// day is free (the Ausbildungsleitung pays); two courses run in the evening. Written without looking at the parser or
// the answers.
//
// Calendar around `now` (Monday 25 October 2027, 08:15 in Wilhelmshaven, still summer time; summer time ends on
// Sun 31.10.2027, which is also Reformationstag, a public holiday in Lower Saxony falling on a Sunday this year;
// Allerheiligen (Mon 01.11.) and Buß- und Bettag (Wed 17.11.) are working days in Lower Saxony):
//   this week:  Mon 25.10. (today) 13:00–14:30 phishing (online, KDO); Tue 26.10. (tomorrow) 09:00–12:30 secretaries
//               (VHS, 95 €); Wed 27.10. 18:00–19:30 back exercises (VHS, evening, 20 €); Thu 28.10. day 1 of the new
//               team leaders course (Rathaus, 09:00–16:00, CEST; deadline passed Mon 18.10. 23:59); Fri 29.10.
//               08:30–16:00 first aid (DRK-Kreisverband, free)
//   next week:  nothing on Mon 01.11.; Tue 02.11. 09:00–13:00 onboarding (Rathaus, Stadtverwaltung only); Wed 03.11.
//               09:00–16:00 de-escalation (VHS, UKN); Thu 04.11. day 2 of the team leaders course (09:00–16:00, now CET);
//               Fri 05.11. 09:00–12:30 English at the counter (VHS, 80 €, deadline Fri 29.10. 12:00)
//   November:   Mon 08.–Wed 10.11. Personalrat basics (Pumpwerk, 3 days, 540 €); Tue 09.11. 13:00–15:30 ladders for
//               caretakers (Betriebshof TBW); Thu 11.11. Meldewesen (Rathaus, 195 €); Mon 15.11. 09:00–12:30 staff
//               appraisals (hybrid, Rathaus); Tue 16.11. Excel (online, 69 €); Wed 17.11. Kita leadership (Pumpwerk);
//               Thu 18.11. 09:00–11:30 drinking-water hygiene (online); the cancelled PowerPoint course (Mon 22.11.);
//               Wed 24.11. e-file (Rathaus); Thu 25.11. 18:00–21:00 council members (Rathaus, evening, 45 €); Tue 30.11.
//               communication for trainees (VHS, free)
//   December:   Wed 01.12., 08.12., 15.12. 08:30–15:30 basics for career changers (Rathaus, 360 €, deadline Wed 17.11.
//               23:59); the cancelled forklift course (Mon 06.12.); Tue 07.12. 10:00–11:30 AI (online)
//   January:    Thu 13.01. and Fri 14.01.2028 08:00–15:00 exam preparation for trainees (online, 150 €); Thu 27.01.2028
//               healthy leadership (Pumpwerk, UKN, free)
//   drafts:     dog tax (Wed 09.02.2028), EU funding (Wed 15.03.2028)
//   past:       Mon 02.08.–Tue 03.08.2027 induction days for new trainees 2027 (Rathaus), Wed 16.06.2027 heat protection
//               for outdoor workers (Betriebshof).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-10-25T06:15:00Z'); // Monday, 25 October 2027, 08:15 in Wilhelmshaven (CEST)
const TZ = 'Europe/Berlin';

const T = {
  klick: 'Klick mit Köpfchen', // Mon 25.10. 13:00–14:30, online, KDO, Böhling, phishing, free
  sekretariat: 'Die Schaltzentrale im Vorzimmer', // Tue 26.10. 09:00–12:30, VHS, Hinrichs, office organisation for secretaries, 95 €
  ruecken: 'Locker bleiben', // Wed 27.10. 18:00–19:30, VHS, Tammen, back exercises, 20 €, evening
  kompass: 'Kompass für den Wechsel', // Thu 28.10. (CEST) and Thu 04.11. (CET) 09:00–16:00, Rathaus, NSI, Dr. Gerdes, new team leaders, 420 €, deadline passed Mon 18.10. 23:59
  ersteHilfe: 'Erste Hilfe im Betrieb: Fortbildung für Ersthelfende', // Fri 29.10. 08:30–16:00, DRK-Kreisverband, UKN, Lübben, free (UKN pays)
  willkommen: 'Willkommen an Bord', // Tue 02.11. 09:00–13:00, Rathaus, PE, Onken, onboarding of new staff, free, Stadtverwaltung only
  deeskalation: 'Wenn der Ton rauer wird', // Wed 03.11. 09:00–16:00, VHS, UKN, Siefken, de-escalation (Bürgerbüro, Ordnungsamt, Jobcenter), free
  english: 'English at the Counter: Serving International Residents', // Fri 05.11. 09:00–12:30, VHS, McLeod, 80 €, in English, deadline Fri 29.10. 12:00
  personalrat: 'Mitbestimmen, aber richtig', // Mon 08.–Wed 10.11. 09:00–16:00, Pumpwerk, NSI, Eilers, NPersVG, 540 € (Dienststelle pays)
  leiter: 'Sicher auf Leiter und Tritt', // Tue 09.11. 13:00–15:30, Betriebshof TBW, UKN, Siefken, ladders for caretakers, free
  meldewesen: 'Meldewesen aktuell: Bundesmeldegesetz und Passrecht in der Praxis', // Thu 11.11. 09:00–16:00, Rathaus, NSI, Ahlers, Bürgerbüro, 195 €, 20 seats
  gespraech: 'Zuhören, fragen, vereinbaren', // Mon 15.11. 09:00–12:30, hybrid (Rathaus), NSI, Dr. Gerdes, staff appraisals, 180 €
  excel: 'Excel kompakt: Formeln, Filter und Pivot-Tabellen', // Tue 16.11. 09:00–12:00, online, VHS, Harms, 69 €, 12 seats
  kita: 'Zwischen Elternabend und Dienstplan', // Wed 17.11. 09:00–16:00, Pumpwerk, NSI, Dr. Gerdes, Kita leadership, 210 €, Stadtverwaltung only
  trinkwasser: 'Wasser marsch – aber sauber', // Thu 18.11. 09:00–11:30, online, Gebäudemanagement, Janßen, Legionella / caretakers, free
  eakte: 'Die Akte zieht um', // Wed 24.11. 09:00–12:00, Rathaus, KDO, Böhling, e-file, free, Stadtverwaltung and TBW only
  rat: 'Ratsarbeit kompakt: NKomVG für Ratsfrauen und Ratsherren', // Thu 25.11. 18:00–21:00, Rathaus, NSI, Ahlers, council members, 45 €, evening
  azubiKomm: 'Telefon, Mail, Schalter: Kommunikationstraining für Auszubildende', // Tue 30.11. 08:30–15:30, VHS, Hinrichs, free (Ausbildungsleitung pays)
  quereinstieg: 'Verwaltung verstehen: Grundlagen für Quereinsteigende', // Wed 01.12., 08.12., 15.12. 08:30–15:30, Rathaus, NSI, Eilers, 360 €, deadline Wed 17.11. 23:59
  ki: 'Frag doch die Maschine', // Tue 07.12. 10:00–11:30, online, KDO, Tjaden, AI / ChatGPT, free
  endspurt: 'Endspurt mit System', // Thu 13.01. and Fri 14.01.2028 08:00–15:00, online, NSI, Ahlers, exam preparation for trainees, 150 €
  gesund: 'Gesund führen', // Thu 27.01.2028 09:00–15:00, Pumpwerk, UKN, Wübbena, healthy leadership, free
  hunde: 'Hundesteuer und gefährliche Hunde: Vollzug nach dem NHundG', // draft (Wed 09.02.2028)
  eu: 'EU-Fördermittel für Küstenkommunen', // draft (Wed 15.03.2028)
  powerpoint: 'PowerPoint-Folien, die im Gedächtnis bleiben', // cancelled (Mon 22.11.2027)
  stapler: 'Staplerfahrerausbildung für Beschäftigte der TBW', // cancelled (Mon 06.12.2027)
  einfuehrung: 'Einführungstage für neue Auszubildende 2027', // past (Mon 02.08. and Tue 03.08.2027)
  hitze: 'Hitze, UV und Sonne: Schutz bei Arbeiten im Freien', // past (Wed 16.06.2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.hunde, T.eu, T.powerpoint, T.stapler, T.einfuehrung, T.hitze];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- roles and audiences, with follow-ups ----------------------------------------------------------------------------
  { conv: 'azubi', q: 'was gibt es für azubis?', kind: 'list', ...only(T.azubiKomm, T.endspurt) },
  {
    conv: 'azubi',
    q: 'und die einführungstage für neue azubis, gibt es die noch?',
    kind: 'gone',
    gone: T.einfuehrung,
    says: ['Di., 03.08.2027'],
  },
  {
    conv: 'azubi',
    q: 'was kostet die prüfungsvorbereitung?',
    kind: 'facts',
    titles: [T.endspurt],
    says: ['kostet 150 €'],
  },
  {
    conv: 'teamleiter',
    q: 'anything for new team leaders?',
    locale: 'en',
    kind: 'list',
    first: T.kompass,
    ...maybeAlso(only(T.kompass), T.gespraech, T.gesund),
  },
  {
    conv: 'teamleiter',
    q: 'when is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.kompass],
    says: ['takes place on 2 days', 'Thu, 28 Oct 2027 and Thu, 4 Nov 2027', 'each from 09:00 to 16:00'],
  },
  {
    conv: 'teamleiter',
    q: 'until when can I sign up?',
    locale: 'en',
    kind: 'facts',
    titles: [T.kompass],
    says: ['passed on Mon, 18 Oct 2027, 23:59'],
  },
  {
    miss: '"Hausmeisterin an einer Grundschule" finds only the course that names schools, not the caretakers\' courses on ladders',
    conv: 'hausmeister',
    q: 'Ich bin Hausmeisterin an einer Grundschule, welche Fortbildungen kommen für mich in Frage?',
    kind: 'list',
    ...only(T.leiter, T.trinkwasser),
  },
  {
    conv: 'hausmeister',
    q: 'wo ist die schulung mit den leitern?',
    kind: 'facts',
    titles: [T.leiter],
    says: ['findet am Veranstaltungsort Betriebshof der Technischen Betriebe Wilhelmshaven statt'],
  },
  {
    conv: 'hausmeister',
    q: 'und die zur trinkwasserhygiene, ist die online?',
    kind: 'facts',
    titles: [T.trinkwasser],
    says: ['findet online statt'],
  },
  {
    conv: 'sekretariat',
    q: 'was gibt es für sekretariate?',
    kind: 'list',
    first: T.sekretariat,
    ...maybeAlso(only(T.sekretariat), T.excel),
  },
  { conv: 'sekretariat', q: 'was kostet das', kind: 'facts', titles: [T.sekretariat], says: ['kostet 95 €'] },
  {
    conv: 'neu',
    q: 'I just started working for the city. Is there anything for new staff?',
    locale: 'en',
    kind: 'list',
    first: T.willkommen,
    ...maybeAlso(only(T.willkommen), T.quereinstieg),
  },
  {
    conv: 'neu',
    q: 'where is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.willkommen],
    says: ['takes place at Rathaus Wilhelmshaven'],
  },
  {
    conv: 'neu',
    q: 'how long does it take?',
    locale: 'en',
    kind: 'facts',
    titles: [T.willkommen],
    says: ['lasts 4 hours, from 09:00 to 13:00'],
  },
  {
    conv: 'quer',
    q: 'gibts was für quereinsteiger ohne verwaltungsausbildung?',
    kind: 'list',
    first: T.quereinstieg,
    ...maybeAlso(only(T.quereinstieg), T.willkommen),
  },
  {
    conv: 'quer',
    q: 'an welchen tagen ist das?',
    kind: 'facts',
    titles: [T.quereinstieg],
    says: ['an 3 Tagen', 'Mi., 01.12.2027, Mi., 08.12.2027 und Mi., 15.12.2027', 'jeweils von 08:30 bis 15:30 Uhr'],
  },
  {
    conv: 'quer',
    q: 'bis wann muss ich mich anmelden?',
    kind: 'facts',
    titles: [T.quereinstieg],
    says: ['bis Mi., 17.11.2027, 23:59 Uhr'],
  },
  {
    conv: 'kita',
    q: 'Ich leite eine Kita – gibt es Fortbildungen für Kita-Leitungen?',
    kind: 'list',
    first: T.kita,
    ...maybeAlso(only(T.kita), T.gesund, T.kompass, T.gespraech),
  },
  {
    conv: 'kita',
    q: 'wo findet das statt?',
    kind: 'facts',
    titles: [T.kita],
    says: ['findet im Kulturzentrum Pumpwerk'],
  },
  { conv: 'pr', q: 'schulung für neue personalratsmitglieder', kind: 'list', titles: [T.personalrat] },
  {
    conv: 'pr',
    q: 'wie lange geht die?',
    kind: 'facts',
    titles: [T.personalrat],
    says: ['dauert 3 Tage, jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'pr',
    q: 'was kostet das und wer zahlt?',
    kind: 'facts',
    titles: [T.personalrat],
    says: ['kostet 540 €'],
    mentions: ['Die Kosten trägt die Dienststelle nach dem NPersVG.'],
  },
  {
    miss: '"im Bürgerbüro" finds only the registration course, not the de-escalation course for front desks',
    conv: 'buergerbuero',
    q: 'Ich bin Sachbearbeiterin im Bürgerbüro, was passt zu mir?',
    kind: 'list',
    first: T.meldewesen,
    includes: [T.meldewesen, T.deeskalation, T.english],
    excludes: [
      T.kita,
      T.personalrat,
      T.leiter,
      T.trinkwasser,
      T.rat,
      T.azubiKomm,
      T.endspurt,
      T.kompass,
      T.gespraech,
      T.gesund,
      T.sekretariat,
      T.ersteHilfe,
    ],
  },
  {
    conv: 'buergerbuero',
    q: 'wer hält die schulung zum meldewesen?',
    kind: 'facts',
    titles: [T.meldewesen],
    says: ['leitet Herr Enno Ahlers'],
  },
  {
    miss: '"Ratsmitglieder" also finds the staff council course beside the council members\' course',
    conv: 'rat',
    q: 'was gibt es für ratsmitglieder?',
    kind: 'list',
    titles: [T.rat],
  },
  {
    miss: 'follows a list of two, so no single seminar is talked about',
    conv: 'rat',
    q: 'um wie viel uhr fängt das an',
    kind: 'facts',
    titles: [T.rat],
    says: ['beginnt am Do., 25.11.2027 um 18:00 Uhr'],
  },
  {
    conv: 'erste',
    q: 'ich bin ersthelferin und muss meine ausbildung auffrischen',
    kind: 'list',
    titles: [T.ersteHilfe],
  },
  {
    conv: 'erste',
    q: 'kostet das was?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangskosten übernimmt die Unfallkasse Niedersachsen.'],
  },
  { conv: 'english', q: 'is there anything held in English?', locale: 'en', kind: 'list', titles: [T.english] },
  { conv: 'english', q: 'how much is it?', locale: 'en', kind: 'facts', titles: [T.english], says: ['costs €80'] },
  {
    conv: 'english',
    q: "what's the registration deadline?",
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['until Fri, 29 Oct 2027, 12:00'],
  },
  {
    conv: 'gespraech',
    q: 'ich muss bald jahresgespräche mit meinem team führen, gibt es da was?',
    kind: 'list',
    titles: [T.gespraech],
  },
  {
    conv: 'gespraech',
    q: 'geht das auch online?',
    kind: 'facts',
    titles: [T.gespraech],
    says: ['findet hybrid statt: im Rathaus Wilhelmshaven'],
  },
  { conv: 'heute', q: 'gibt es heute noch was?', kind: 'list', titles: [T.klick] },
  {
    conv: 'heute',
    q: 'wie lange dauert das',
    kind: 'facts',
    titles: [T.klick],
    says: ['dauert 1,5 Stunden, von 13:00 bis 14:30 Uhr'],
  },
  // --- roles and audiences, single questions ---------------------------------------------------------------------------
  { q: 'was gibt es für führungskräfte', kind: 'list', ...maybeAlso(only(T.kompass, T.gespraech, T.gesund), T.kita) },
  {
    miss: '"secretaries and office assistants" finds the Excel course first, not the one for front offices',
    q: 'training for secretaries and office assistants',
    locale: 'en',
    kind: 'list',
    first: T.sekretariat,
    ...maybeAlso(only(T.sekretariat), T.excel),
  },
  {
    q: 'kurse für auszubildende im ersten lehrjahr',
    kind: 'list',
    first: T.azubiKomm,
    ...maybeAlso(only(T.azubiKomm), T.endspurt),
  },
  {
    miss: '"Personalräte" also finds the onboarding course beside the staff council course',
    q: 'fortbildungen fuer personalraete',
    kind: 'list',
    titles: [T.personalrat],
  },
  {
    miss: '"am Empfang" also finds the trainees\' communication course beside the de-escalation course',
    q: 'Ich arbeite im Jobcenter am Empfang – was passt zu mir?',
    kind: 'list',
    first: T.deeskalation,
    ...maybeAlso(only(T.deeskalation), T.english),
  },
  // --- subjects hidden behind the title --------------------------------------------------------------------------------
  { q: 'phishing mails erkennen', kind: 'list', titles: [T.klick] },
  { q: 'chatgpt im büro nutzen, gibts dazu was?', kind: 'list', titles: [T.ki] },
  { q: 'verspannter nacken vom vielen sitzen', kind: 'list', titles: [T.ruecken] },
  { q: 'legionellen', kind: 'list', titles: [T.trinkwasser] },
  { q: 'pöbelnde kunden am schalter, was tun?', kind: 'list', titles: [T.deeskalation] },
  { q: 'einführung e-akte', kind: 'list', titles: [T.eakte] },
  { q: 'exel pivot', kind: 'list', titles: [T.excel] },
  // --- time, place, provider, trainer, format, cost, length -------------------------------------------------------------
  {
    q: 'was läuft diese woche?',
    kind: 'list',
    titles: [T.klick, T.sekretariat, T.ruecken, T.kompass, T.ersteHilfe],
  },
  { q: 'was ist morgen', kind: 'list', titles: [T.sekretariat] },
  {
    q: 'was steht nächste woche an',
    kind: 'list',
    ...maybeAlso(only(T.willkommen, T.deeskalation, T.english), T.kompass),
  },
  { q: 'gibt es abendkurse?', kind: 'list', ...only(T.ruecken, T.rat) },
  { q: 'seminare im dezember', kind: 'list', ...only(T.quereinstieg, T.ki) },
  { q: 'online-seminare im november', kind: 'list', ...maybeAlso(only(T.excel, T.trinkwasser), T.gespraech) },
  {
    q: 'kostenlose seminare im november',
    kind: 'list',
    ...only(T.willkommen, T.deeskalation, T.leiter, T.trinkwasser, T.eakte, T.azubiKomm),
  },
  { q: 'gibt es mehrtägige seminare', kind: 'list', ...only(T.kompass, T.personalrat, T.quereinstieg, T.endspurt) },
  { q: 'was bietet die unfallkasse an', kind: 'list', ...only(T.ersteHilfe, T.deeskalation, T.leiter, T.gesund) },
  { q: 'what does the KDO offer', locale: 'en', kind: 'list', ...only(T.klick, T.eakte, T.ki) },
  { q: 'welche seminare hat frau dr. gerdes', kind: 'list', ...only(T.kompass, T.gespraech, T.kita) },
  { q: 'seminare über 300 euro', kind: 'list', ...only(T.kompass, T.personalrat, T.quereinstieg) },
  { q: 'welche dauern höchstens zwei stunden', kind: 'list', ...only(T.klick, T.ruecken, T.ki) },
  // --- facts -----------------------------------------------------------------------------------------------------------
  {
    q: 'wann beginnt der rückenkurs am abend',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['beginnt am Mi., 27.10.2027 um 18:00 Uhr'],
  },
  {
    q: 'wie viele plätze hat der excel kurs noch',
    kind: 'facts',
    titles: [T.excel],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  {
    q: 'wann ist die vorbereitung auf die zwischenprüfung',
    kind: 'facts',
    titles: [T.endspurt],
    says: ['an 2 Tagen', 'Do., 13.01.2028 und Fr., 14.01.2028', 'jeweils von 08:00 bis 15:00 Uhr'],
  },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'gibt es noch den powerpoint kurs?', kind: 'gone', gone: T.powerpoint },
  { q: 'staplerschein für den betriebshof', kind: 'gone', gone: T.stapler },
  { q: 'hitzeschutz schulung', kind: 'gone', gone: T.hitze, says: ['Mi., 16.06.2027'] },
  { q: 'hundesteuer', kind: 'none' },
  { q: 'was gibt es in jever', kind: 'none' },
  { q: 'Moin!', kind: 'help' },
  { q: 'zeig mir meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-thirty-fifth, independent catalogue (Stadt Wilhelmshaven, NSI, Unfallkasse Niedersachsen, VHS Wilhelmshaven, KDO)',
  {
    fixture: 'heldout335-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
