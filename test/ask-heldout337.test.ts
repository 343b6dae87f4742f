// Over-fitting check, three-hundred-and-thirty-seventh catalogue: the autumn 2027 programme for the Stadt Solingen
// (North Rhine-Westphalia) and its administration, with the Bergisches Studieninstitut für kommunale Verwaltung (BSI,
// Wuppertal), the Unfallkasse NRW, the city's IT service provider regio iT, the Volkshochschule Solingen (VHS) and the
// city's own Stabsstelle Datenschutz, imported from a JSON file. Seminars take place in the Rathaus Solingen, the
// Verwaltungsgebäude Bonner Straße, the VHS in the Mummstraße, the Theater und Konzerthaus, the Feuer- und Rettungswache,
// the Betriebshof of the Technische Betriebe, on Schloss Burg, at the BSI in Wuppertal, online or hybrid. Most titles
// do not name their subject ("Post mit Siegel" is e-mail encryption, "Souverän am Tresen" de-escalation, "Aufrecht
// durch den Arbeitstag" back health at the screen workplace, "Festhalten, was zählt" minute-taking, "Verstanden beim
// ersten Lesen" plain language in notices, "Zahlen zum Sprechen bringen" Excel analysis, "Gut verbunden" video
// conferences, "Wenn alles gleichzeitig kommt" stress, "Der Schrank bleibt leer" the e-file, "Was darf raus?" data
// protection, "Schreibhilfe auf Knopfdruck" AI, "Vom Ansatz bis zum Jahresabschluss" NKF budget, "Was steht auf dem
// Kanister?" hazardous substances, "Die neue Rolle" new managers, "Am Apparat" telephone skills, "Grün einkaufen mit
// Plan" sustainable procurement, "Viele Sprachen, ein Amt" intercultural competence), so only summary, description or
// topics reveal it. The questions name the subject in everyday words, the way employees type them ("wie verschicke ich
// mails sicher", "wenn leute laut werden", "mein rücken tut weh vom sitzen", "protokoll schreiben", "keeping files
// without paper"), mixed with fact questions, short follow-up conversations and some English; written without looking
// at the parser or the answers. One seminar is held in English; the e-file course is open only to the Stadt Solingen;
// the back course runs on four Wednesday evenings, the NKF course on a Thursday and Friday; the deadline of the
// minute-taking course has passed; first aid and de-escalation are free, paid by the Unfallkasse NRW.
//
// Calendar around `now` (Wednesday 27 October 2027, 10:15 in Solingen, summer time; summer time ends Sun 31.10.2027;
// Mon 01.11.2027 is Allerheiligen, a public holiday in NRW; first Advent Sun 28.11.2027):
//   this week:  Wed 27.10. (today) 14:00–15:30 data protection (online); Thu 28.10. (tomorrow) 09:00–11:00 e-mail
//               encryption (online); Fri 29.10. 13:00–16:00 Excel (VHS, 59 €)
//   next week:  nothing on Mon 01.11. (Allerheiligen); Tue 02.11. 10:00–11:30 video conferences (online); Wed 03.11.
//               17:30–19:00 back course, first of four evenings (VHS); Thu 04.11. 09:00–15:30 minute-taking (BSI
//               Wuppertal; deadline passed Thu 21.10. 12:00); the cancelled PowerPoint course (Fri 05.11.)
//   November:   Tue 09.11. de-escalation (Bonner Straße), Wed 10.11. 14:00–16:00 stress (online) and back course,
//               Thu 11.11.–Fri 12.11. NKF budget (BSI), Tue 16.11. plain language (hybrid, Rathaus; deadline Tue 02.11.
//               12:00) and 18:00–20:30 council members (Rathaus, evening), Wed 17.11. back course and the cancelled
//               tree inspection, Thu 18.11. e-file (Bonner Straße, Solingen only), Tue 23.11. English (VHS; deadline
//               Fri 12.11. 23:59), Wed 24.11. 13:00–15:30 AI (Theater und Konzerthaus) and the last back evening,
//               Thu 25.11. administrative procedure (BSI), Tue 30.11. 08:30–16:00 first aid (Feuerwache)
//   December:   Wed 01.12. 07:30–12:00 hazardous substances (Betriebshof TBS), Thu 02.12. and Thu 09.12. 09:00–16:30
//               new managers (Schloss Burg; deadline Fri 19.11. 23:59), Tue 07.12. telephone (Rathaus), Tue 14.12.
//               sustainable procurement (online)
//   January:    Tue 18.01.2028 payroll year change (online), Wed 19.01.2028 intercultural competence (VHS)
//   later:      the draft social-media course (Tue 08.02.2028) and the draft parental-leave course (Wed 09.02.2028)
//   past:       Wed 07.07.2027 heat protection (Bonner Straße), Tue 14.09.2027 property tax (online).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-10-27T08:15:00Z'); // Wednesday, 27 October 2027, 10:15 in Solingen (CEST)
const TZ = 'Europe/Berlin';

const T = {
  datenschutz: 'Was darf raus?', // Wed 27.10. 14:00–15:30, online, Stabsstelle Datenschutz, Lindner, passing on personal data, free
  mail: 'Post mit Siegel', // Thu 28.10. 09:00–11:00, online, regio iT, Kowalski, e-mail encryption / S/MIME, free
  excel: 'Zahlen zum Sprechen bringen', // Fri 29.10. 13:00–16:00, VHS Solingen, Krämer, Excel / Pivot, 59 € (Dienststelle pays), 12 seats
  video: 'Gut verbunden', // Tue 02.11. 10:00–11:30, online, regio iT, Kowalski, video conferences / Teams / Webex, free
  ruecken: 'Aufrecht durch den Arbeitstag', // Wed 03./10./17./24.11. 17:30–19:00, VHS Solingen, Reuter, back health / ergonomics, 36 €
  protokoll: 'Festhalten, was zählt', // Thu 04.11. 09:00–15:30, BSI Wuppertal, Dr. Breuer, minute-taking, 160 €, deadline passed Thu 21.10. 12:00
  deeskalation: 'Souverän am Tresen', // Tue 09.11. 09:00–16:00, Verwaltungsgebäude Bonner Straße, Unfallkasse NRW, Brandt, de-escalation, free
  stress: 'Wenn alles gleichzeitig kommt', // Wed 10.11. 14:00–16:00, online, Unfallkasse NRW, Albers, stress / resilience, free
  haushalt: 'Vom Ansatz bis zum Jahresabschluss', // Thu 11.11.–Fri 12.11. 09:00–16:00, BSI Wuppertal, Heinen, NKF / Doppik, 290 €
  rat: 'Gut vorbereitet in den Rat', // Tue 16.11. 18:00–20:30, Rathaus Solingen, BSI, Dr. Wolff, GO NRW for council members, 40 €
  klartext: 'Verstanden beim ersten Lesen', // Tue 16.11. 09:00–16:00, hybrid (Rathaus Solingen), BSI, Dr. Breuer, plain language in notices, 190 €, deadline Tue 02.11. 12:00
  eakte: 'Der Schrank bleibt leer', // Thu 18.11. 09:00–12:00, Verwaltungsgebäude Bonner Straße, regio iT, Schmitz, e-file / DMS, Solingen only, free
  english: 'Welcome to Solingen: English at the Service Desk', // Tue 23.11. 09:00–12:30, VHS Solingen, Carter, in English, 85 €, deadline Fri 12.11. 23:59
  ki: 'Schreibhilfe auf Knopfdruck', // Wed 24.11. 13:00–15:30, Theater und Konzerthaus, regio iT, Schmitz, AI / Copilot, free
  verfahren: 'Verwaltungsverfahren kompakt: Anhörung, Ermessen, Rechtsbehelfsbelehrung', // Thu 25.11. 09:00–16:00, BSI Wuppertal, Dr. Wolff, 210 €
  ersteHilfe: 'Erste-Hilfe-Fortbildung für betriebliche Ersthelferinnen und Ersthelfer', // Tue 30.11. 08:30–16:00, Feuerwache, Unfallkasse NRW, Lorenz, free
  gefahrstoffe: 'Was steht auf dem Kanister?', // Wed 01.12. 07:30–12:00, Betriebshof TBS, Unfallkasse NRW, Kühn, hazardous substances, free
  fuehrung: 'Die neue Rolle', // Thu 02.12. and Thu 09.12. 09:00–16:30, Schloss Burg, BSI, Hagen, new managers, 420 €, deadline Fri 19.11. 23:59
  telefon: 'Am Apparat', // Tue 07.12. 09:00–12:30, Rathaus Solingen, VHS, Krämer, telephone skills, 45 €
  beschaffung: 'Grün einkaufen mit Plan', // Tue 14.12. 09:00–16:00, online, BSI, Engels, sustainable procurement, 150 €
  entgelt: 'Jahreswechsel in der Entgeltabrechnung 2028', // Tue 18.01.2028 09:00–12:00, online, BSI, Heinen, payroll, 120 €
  interkulturell: 'Viele Sprachen, ein Amt', // Wed 19.01.2028 09:00–16:00, VHS Solingen, Demir, intercultural competence, 95 €
  powerpoint: 'PowerPoint kompakt: Präsentationen gestalten', // cancelled (Fri 05.11.2027)
  baumkontrolle: 'Baumkontrolle nach FLL-Baumkontrollrichtlinie', // cancelled (Wed 17.11.2027)
  grundsteuer: 'Grundsteuer aktuell: Hebesätze und Widersprüche', // past (Tue 14.09.2027)
  hitze: 'Hitze am Arbeitsplatz: Schutzmaßnahmen nach ASR A3.5', // past (Wed 07.07.2027)
  socialMedia: 'Social-Media-Redaktion für Stadtteilbüros', // draft (Tue 08.02.2028)
  elternzeit: 'Elterngeld und Elternzeit im TVöD', // draft (Wed 09.02.2028)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.powerpoint, T.baumkontrolle, T.grundsteuer, T.hitze, T.socialMedia, T.elternzeit];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations, the subject said in everyday words -------------------------------------------------------
  {
    conv: 'mail',
    q: 'wie verschicke ich mails sicher, wenn vertrauliche sachen drin sind?',
    kind: 'list',
    titles: [T.mail],
  },
  {
    conv: 'mail',
    q: 'wann ist das?',
    kind: 'facts',
    titles: [T.mail],
    says: ['am Do., 28.10.2027 von 09:00 bis 11:00 Uhr'],
  },
  {
    conv: 'laut',
    q: 'bei uns im bürgerbüro werden leute immer öfter laut und ausfallend – gibt es eine schulung, wie man damit umgeht?',
    kind: 'list',
    titles: [T.deeskalation],
  },
  {
    conv: 'laut',
    q: 'kostet das was?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['ist kostenlos'],
    mentions: ['Die Kosten übernimmt die Unfallkasse NRW.'],
  },
  { conv: 'ruecken', q: 'mein rücken tut weh vom sitzen, gibts da was?', kind: 'list', titles: [T.ruecken] },
  {
    conv: 'ruecken',
    q: 'an welchen tagen?',
    kind: 'facts',
    titles: [T.ruecken],
    says: [
      'an 4 Tagen',
      'Mi., 03.11.2027, Mi., 10.11.2027, Mi., 17.11.2027 und Mi., 24.11.2027',
      'jeweils von 17:30 bis 19:00 Uhr',
    ],
  },
  {
    conv: 'ruecken',
    q: 'was kostet der kurs',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['kostet 36 €'],
    mentions: ['Gebühr für alle vier Termine.'],
  },
  {
    conv: 'protokoll',
    q: 'ich soll ab nächsten monat im ausschuss protokoll schreiben und hab keine ahnung wie das geht',
    kind: 'list',
    titles: [T.protokoll],
  },
  {
    conv: 'protokoll',
    q: 'kann ich mich da noch anmelden?',
    kind: 'facts',
    titles: [T.protokoll],
    says: ['ist am Do., 21.10.2027, 12:00 Uhr abgelaufen'],
  },
  {
    conv: 'bescheid',
    q: 'wie schreibt man bescheide so, dass die bürger sie auch verstehen?',
    kind: 'list',
    first: T.klartext,
    ...maybeAlso(only(T.klartext), T.verfahren),
  },
  {
    miss: '"geht das auch online?" is read as a search for online seminars, not the format of the course talked about',
    conv: 'bescheid',
    q: 'geht das auch online?',
    kind: 'facts',
    titles: [T.klartext],
    says: ['findet hybrid statt: im Rathaus Solingen'],
  },
  {
    miss: 'follows a list of online seminars, so no single seminar is talked about',
    conv: 'bescheid',
    q: 'bis wann muss ich mich anmelden',
    kind: 'facts',
    titles: [T.klartext],
    says: ['bis Di., 02.11.2027, 12:00 Uhr'],
  },
  {
    conv: 'excel',
    q: 'ich muss ständig große excel-tabellen auswerten, gibt es dafür eine fortbildung?',
    kind: 'list',
    titles: [T.excel],
  },
  {
    conv: 'excel',
    q: 'sind da noch plätze frei?',
    kind: 'facts',
    titles: [T.excel],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  {
    conv: 'meeting',
    q: 'how to run a meeting online – is there a course?',
    locale: 'en',
    kind: 'list',
    titles: [T.video],
  },
  {
    conv: 'meeting',
    q: 'when is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.video],
    says: ['on Tue, 2 Nov 2027 from 10:00 to 11:30'],
  },
  { conv: 'stress', q: 'dealing with stress at work', locale: 'en', kind: 'list', titles: [T.stress] },
  {
    conv: 'stress',
    q: 'what time does it start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.stress],
    says: ['starts on Wed, 10 Nov 2027 at 14:00'],
  },
  {
    conv: 'papier',
    q: 'keeping files without paper – any training on that?',
    locale: 'en',
    kind: 'list',
    titles: [T.eakte],
  },
  {
    conv: 'papier',
    q: 'where is it held?',
    locale: 'en',
    kind: 'facts',
    titles: [T.eakte],
    says: ['takes place at Verwaltungsgebäude Bonner Straße 100'],
  },
  {
    miss: '"neue Chefs" finds a course on teams ("ein Team") instead of the course for new managers',
    conv: 'chef',
    q: 'ich leite ab januar zum ersten mal ein team, gibt es was für neue chefs?',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    miss: 'follows the wrong course found for new managers',
    conv: 'chef',
    q: 'wann genau?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 02.12.2027 und Do., 09.12.2027', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    miss: 'follows the wrong course found for new managers',
    conv: 'chef',
    q: 'wo ist das?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['Schloss Burg'],
  },
  {
    conv: 'haushalt',
    q: 'ich verstehe unseren städtischen haushalt nicht – doppik, bilanz und so. gibt es dazu einen kurs?',
    kind: 'list',
    titles: [T.haushalt],
  },
  {
    conv: 'haushalt',
    q: 'wie viele tage geht das?',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['dauert 2 Tage, jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'english',
    q: 'is there a course in english for the counter staff?',
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  { conv: 'english', q: 'how much is it?', locale: 'en', kind: 'facts', titles: [T.english], says: ['costs €85'] },
  // --- facts -----------------------------------------------------------------------------------------------------------
  {
    q: 'wann ist die erste-hilfe-auffrischung',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['am Di., 30.11.2027 von 08:30 bis 16:00 Uhr'],
  },
  {
    q: 'um wie viel uhr fängt das seminar zu gefahrstoffen an',
    kind: 'facts',
    titles: [T.gefahrstoffe],
    says: ['beginnt am Mi., 01.12.2027 um 07:30 Uhr'],
  },
  {
    miss: '"für Ratsmitglieder" finds no course for council members in this catalogue\'s words',
    q: 'wie lange dauert die schulung für ratsmitglieder',
    kind: 'facts',
    titles: [T.rat],
    says: ['dauert 2,5 Stunden, von 18:00 bis 20:30 Uhr'],
  },
  {
    q: 'how long is the first aid refresher',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['lasts 7.5 hours, from 08:30 to 16:00'],
  },
  {
    q: 'ist die fortbildung zur nachhaltigen beschaffung in präsenz?',
    kind: 'facts',
    titles: [T.beschaffung],
    says: ['findet online statt'],
  },
  // --- topic searches in everyday words: the catalogue uses the technical term -------------------------------------------
  {
    miss: '"Daten von Bürgern … weitergeben" finds the language and plain-language courses, not the data-protection course',
    q: 'darf ich daten von bürgern einfach an ein anderes amt weitergeben? gibt es dazu eine schulung',
    kind: 'list',
    titles: [T.datenschutz],
  },
  { q: 'meine mails soll nicht jeder mitlesen können', kind: 'list', titles: [T.mail] },
  { q: 'was mache ich, wenn ein kollege umkippt? gibt es dazu einen kurs', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'chemikalien richtig lagern', kind: 'list', titles: [T.gefahrstoffe] },
  { q: 'was ändert sich bei der gehaltsabrechnung zum jahreswechsel', kind: 'list', titles: [T.entgelt] },
  { q: 'umweltfreundlich einkaufen für die stadt', kind: 'list', titles: [T.beschaffung] },
  { q: 'ich bin total gestresst und kann abends nicht abschalten', kind: 'list', titles: [T.stress] },
  {
    q: 'umgang mit menschen aus anderen kulturen',
    kind: 'list',
    titles: [T.interkulturell],
  },
  { q: 'alte akten einscannen und digital ablegen', kind: 'list', titles: [T.eakte] },
  { q: 'kann mir so eine KI beim texte schreiben helfen?', kind: 'list', titles: [T.ki] },
  // --- time and place filters, format, provider, trainer, cost, length ---------------------------------------------------
  { q: 'was ist heute noch?', kind: 'list', titles: [T.datenschutz] },
  { q: 'was gibt es morgen', kind: 'list', titles: [T.mail] },
  { q: 'was läuft diese woche', kind: 'list', titles: [T.datenschutz, T.mail, T.excel] },
  { q: 'was steht nächste woche an', kind: 'list', titles: [T.video, T.ruecken, T.protokoll] },
  { q: 'ist am montag irgendwas?', kind: 'none' },
  { q: 'was gibt es im dezember', kind: 'list', titles: [T.gefahrstoffe, T.fuehrung, T.telefon, T.beschaffung] },
  { q: 'seminare im januar', kind: 'list', titles: [T.entgelt, T.interkulturell] },
  { q: 'gibt es auch abendkurse?', kind: 'list', ...only(T.ruecken, T.rat) },
  { q: 'was findet in wuppertal statt', kind: 'list', ...only(T.protokoll, T.haushalt, T.verfahren) },
  {
    q: 'welche kurse bietet die unfallkasse an',
    kind: 'list',
    ...only(T.deeskalation, T.stress, T.ersteHilfe, T.gefahrstoffe),
  },
  { q: 'what does regio iT offer', locale: 'en', kind: 'list', ...only(T.mail, T.video, T.eakte, T.ki) },
  {
    q: 'kostenlose präsenzseminare im november',
    kind: 'list',
    titles: [T.deeskalation, T.eakte, T.ki, T.ersteHilfe],
  },
  { q: 'welche seminare kosten mehr als 200 euro', kind: 'list', ...only(T.haushalt, T.verfahren, T.fuehrung) },
  { q: 'online am nachmittag', kind: 'list', ...only(T.datenschutz, T.stress) },
  { q: 'anything on a friday?', locale: 'en', kind: 'list', ...only(T.excel, T.haushalt) },
  { q: 'gibt es mehrtägige seminare', kind: 'list', ...only(T.ruecken, T.haushalt, T.fuehrung) },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'gibt es noch den powerpoint kurs', kind: 'gone', gone: T.powerpoint },
  { q: 'baumkontrolle schulung', kind: 'gone', gone: T.baumkontrolle },
  { q: 'wann war die grundsteuer-schulung?', kind: 'gone', gone: T.grundsteuer, says: ['Di., 14.09.2027'] },
  { q: 'hitzeschutz', kind: 'gone', gone: T.hitze, says: ['Mi., 07.07.2027'] },
  { q: 'instagram für die stadtteilbüros', kind: 'none' },
  { q: 'elternzeit', kind: 'none' },
  { q: 'Hallo!', kind: 'help' },
  { q: 'wofür bin ich eigentlich angemeldet?', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-thirty-seventh, independent catalogue (Stadt Solingen, BSI, Unfallkasse NRW, regio iT, VHS Solingen)',
  {
    fixture: 'heldout337-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
