// Over-fitting check, ninety-seventh catalogue: the winter programme 2027/28 of the Rheinisch-Bergischer Kreis (NRW) with
// the Bergisches Studieninstitut für kommunale Verwaltung, the municipal IT service provider civitec, the Unfallkasse NRW
// and the county's Fortbildungsteam, for the county and its towns and municipalities (Bergisch Gladbach, Wermelskirchen,
// Leichlingen, Overath, Rösrath, Burscheid, Kürten, Odenthal), imported from a JSON file. Seminars take place in the
// Kreishaus Bergisch Gladbach (Am Rübezahlwald), the Bürgerhaus Bergischer Löwe, the Rathaus Wermelskirchen and the
// Rathaus Overath, online or hybrid. Several titles do not name their subject ("Kopf frei, Akku voll" is the stress
// course, "Nicht jeder Anhang ist harmlos" IT security, "Sauber eingekauft" procurement, "Abschied vom Papierberg" the
// e-file, "Ruhe bewahren, wenn es hitzig wird" de-escalation at the counter), so only summary, description or topics
// reveal it; one seminar is held in English (front desk); the three-day Digitallotsen qualification is half paid by the
// state; the switch to the new finance software is open to Overath, Rösrath, Kürten and Odenthal only. Questions are
// written the way colleagues type in Teams, without looking at the parser or the answers. Same assertions as the other
// suites: exactly the expected seminars (best first where one is clearly best), the asked fact in the first sentence,
// never a draft, cancelled or past seminar.
//
// Calendar around `now` (Tuesday 2 November 2027, 09:30 in Bergisch Gladbach, winter time since Sun 31.10.2027; summer
// time begins Sun 26.03.2028; Mon 01.11. was Allerheiligen, a holiday in NRW; Karneval starts Thu 11.11. at 11:11):
//   this week:  Tue 02.11. 13:30–15:30 Teams (online, today in the afternoon), Wed 03.11. 08:30–16:30 first aid
//               (Wermelskirchen, tomorrow), Thu 04.11. 09:00–12:00 data protection (hybrid); nothing Fri to Sun
//   next week:  Mon 08.11. morning stress (online), Tue 09.11. afternoon IT security (online), Wed 10.11. morning English
//               front desk (Kreishaus, deadline passed Wed 27.10. 23:59, summer time), nothing on Thu 11.11. (Karneval),
//               Fri 12.11. 09:00–15:30 procurement (Overath, deadline Fri 05.11. 12:00)
//   then:       nothing Mon 15.11. to Sun 21.11. (the cancelled Kölsch afternoon was Wed 17.11.); Mon 22.11. and Tue
//               23.11. the two-day leadership course; Thu 25.11. afternoon AI (hybrid); Mon 29.11. budget (Bürgerhaus)
//   December:   Wed 01.12. Outlook (online, 80 €), Tue 07.12. afternoon e-file (online, free), Thu 09.12. ergonomics
//               (online, free), Wed 15.12. 08:30–12:30 de-escalation (Wermelskirchen, 120 €)
//   January:    Tue 11./18./25.01. Digitallotsen (Kreishaus, deadline Fri 10.12.2027), Wed 12.01. plain language
//               (Wermelskirchen), Thu 20.01. healthy leadership (online), Thu 27.01. finance software (Overath, four
//               municipalities only); the cancelled PowerPoint course on Wed 19.01.
//   later:      Tue 15.02. staff appraisals (Kreishaus); nothing around Weiberfastnacht (24.02.) and Rosenmontag (28.02.);
//               Thu 30.03.2028 (summer time) committee minutes; drafts: Instagram Thu 10.02., e-mobility Tue 07.03.
//   past:       Thu 16.09.2027 orientation day for new staff, Tue 26.10.2027 fire safety wardens (both summer time).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-11-02T08:30:00Z'); // Tuesday, 2 November 2027, 09:30 in Bergisch Gladbach (CET)
const TZ = 'Europe/Berlin';

const T = {
  teams: 'Gemeinsam statt Mail-Ping-Pong: Microsoft Teams im Arbeitsalltag', // Tue 02.11.2027 13:30–15:30, online, civitec, Brück, free
  ersteHilfe: 'Erste Minuten zählen: Grundausbildung für betriebliche Ersthelfende', // Wed 03.11. 08:30–16:30, Rathaus Wermelskirchen, free (Unfallkasse NRW pays), 15 seats
  datenschutz: 'Datenschutz im Büroalltag: Auskunft, Weitergabe, Löschung', // Thu 04.11. 09:00–12:00, hybrid (Kreishaus), DSGVO, Wienand, free
  stress: 'Kopf frei, Akku voll', // Mon 08.11. 09:00–12:30, online, Unfallkasse, Hölzer, stress management, free, 20 seats
  sicherheit: 'Nicht jeder Anhang ist harmlos', // Tue 09.11. 13:00–15:00, online, civitec, Schmitz, phishing, free
  english: 'Serving International Residents: English at the Front Desk', // Wed 10.11. 09:00–12:30, Kreishaus, English, 95 €, deadline passed Wed 27.10. 23:59
  vergabe: 'Sauber eingekauft: Ein Praxistag für Bedarfsstellen', // Fri 12.11. 09:00–15:30, Rathaus Overath, Studieninstitut, Neuhaus, 210 €, deadline Fri 05.11. 12:00, procurement
  fuehrung: 'Plötzlich Chefin oder Chef: Sicher in die neue Führungsrolle', // Mon 22.11. and Tue 23.11. 09:00–16:00, Kreishaus, Studieninstitut, Dr. Heimbach, 480 €, 12 seats, new managers
  ki: 'Der neue Kollege aus der Cloud: Sprachmodelle in der Verwaltung', // Thu 25.11. 13:00–16:00, hybrid (Kreishaus), civitec, Demir, AI/ChatGPT, free
  haushalt: 'Zahlen lesen können: Der kommunale Haushalt für Einsteiger', // Mon 29.11. 09:00–16:00, Bürgerhaus Bergischer Löwe, Studieninstitut, Neuhaus, 190 €, NKF/Doppik
  outlook: 'Ordnung im Postfach: Outlook effizient nutzen', // Wed 01.12. 09:00–11:30, online, civitec, Brück, 80 €
  eakte: 'Abschied vom Papierberg', // Tue 07.12. 13:30–16:00, online, civitec, Schmitz, e-file (E-Akte), free
  ergonomie: 'Gut eingestellt: Gesund am Bildschirmarbeitsplatz', // Thu 09.12. 10:00–11:30, online, Unfallkasse, Hölzer, neck and back, free
  deeskalation: 'Ruhe bewahren, wenn es hitzig wird', // Wed 15.12. 08:30–12:30, Rathaus Wermelskirchen, Studieninstitut, Oberhoff, 120 €, 12 seats, angry visitors
  lotsen: 'Kommunale Digitallotsen: Qualifizierung in drei Modulen', // Tue 11./18./25.01.2028 09:00–16:00, Kreishaus, Studieninstitut, Demir and Brück, 780 € (state pays half), deadline Fri 10.12.2027 23:59
  sprache: 'Klartext statt Behördendeutsch', // Wed 12.01. 09:00–15:00, Rathaus Wermelskirchen, Studieninstitut, Krämer, 165 €, plain language
  gesundFuehren: 'Gesund führen: Auf sich und das Team achten', // Thu 20.01. 09:00–12:00, online, Unfallkasse, Lammers, for managers, BEM, free
  finanz: 'Umstellung Finanzsoftware 2028: Buchen, Anordnen, Auswerten', // Thu 27.01. 09:00–15:00, Rathaus Overath, civitec, Berger, free (civitec's flat rate), Overath/Rösrath/Kürten/Odenthal only
  gespraeche: 'Zeit für ein Gespräch: Mitarbeitendengespräche gut führen', // Tue 15.02. 09:00–16:00, Kreishaus, Studieninstitut, Dr. Heimbach, 220 €, for managers
  sitzungsdienst: 'Wenn der Rat tagt: Sitzungsdienst und Niederschrift', // Thu 30.03.2028 (CEST) 09:00–15:30, Kreishaus, Fortbildungsteam, Kierdorf, 175 €, minutes
  instagram: 'Kommune auf Instagram: Social Media in der Öffentlichkeitsarbeit', // draft (Thu 10.02.2028)
  emobil: 'Elektromobilität im Fuhrpark: Dienstwagen laden und abrechnen', // draft (Tue 07.03.2028)
  koelsch: 'Kölsch für Zugezogene: Sprache und Brauchtum im Rheinland', // cancelled (Wed 17.11.2027)
  powerpoint: 'Folien, die wirken: PowerPoint für Einsteiger', // cancelled (Wed 19.01.2028)
  orientierung: 'Neu an Bord: Orientierungstag für neue Beschäftigte', // past (Thu 16 September 2027)
  brandschutz: 'Brandschutzhelferinnen und Brandschutzhelfer: Ausbildung nach ASR A2.2', // past (Tue 26 October 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.instagram, T.emobil, T.koelsch, T.powerpoint, T.orientierung, T.brandschutz];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  {
    q: 'was kostet die digitallotsen quali',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['kostet 780 €'],
    mentions: ['Das Land NRW übernimmt die Hälfte der Teilnahmegebühr; Ihre Kommune zahlt 390 €.'],
  },
  {
    q: 'ist der erste hilfe kurs umsonst',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse NRW.'],
  },
  {
    q: 'how much is the leadership seminar for new managers',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['costs €480'],
  },
  // --- facts: when (multi-day, summer time), start time ----------------------------------------------------------------
  {
    q: 'wann ist die digitallotsen qualifizierung',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['an 3 Tagen', 'Di., 11.01.2028, Di., 18.01.2028 und Di., 25.01.2028', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'when is the english at the front desk workshop',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['on Wed, 10 Nov 2027 from 09:00 to 12:30'],
  },
  {
    q: 'wann ist das seminar zum sitzungsdienst',
    kind: 'facts',
    titles: [T.sitzungsdienst],
    says: ['am Do., 30.03.2028 von 09:00 bis 15:30 Uhr'],
  },
  {
    q: 'um wieviel uhr fängt die teams schulung an',
    kind: 'facts',
    titles: [T.teams],
    says: ['beginnt am Di., 02.11.2027 um 13:30 Uhr'],
  },
  {
    q: 'what time does the budget course start',
    locale: 'en',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['starts on Mon, 29 Nov 2027 at 09:00'],
  },
  // --- facts: duration, where, format, trainer, deadline, seats --------------------------------------------------------
  {
    q: 'wie lange dauert plötzlich chefin oder chef',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['dauert 2 Tage, jeweils von 09:00 bis 16:00 Uhr'],
  },
  { q: 'wo ist der haushaltskurs', kind: 'facts', titles: [T.haushalt], says: ['im Bürgerhaus Bergischer Löwe'] },
  {
    q: 'ist die ki schulung online oder vor ort',
    kind: 'facts',
    titles: [T.ki],
    says: [/findet hybrid statt|oder online statt/],
  },
  { q: 'wer macht die outlook schulung', kind: 'facts', titles: [T.outlook], says: ['leitet Herr Oliver Brück'] },
  {
    q: 'wer sind die referenten bei der digitallotsen qualifizierung',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['leiten Frau Aylin Demir und Herr Oliver Brück'],
  },
  {
    q: 'anmeldeschluss fürs vergabe seminar',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Fr., 05.11.2027, 12:00 Uhr'],
  },
  {
    q: 'wie ist die anmeldefrist für english at the front desk',
    kind: 'facts',
    titles: [T.english],
    says: ['am Mi., 27.10.2027, 23:59 Uhr abgelaufen'],
  },
  {
    q: 'registration deadline for the digitallotsen qualification',
    locale: 'en',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['until Fri, 10 Dec 2027, 23:59'],
  },
  {
    q: 'sind beim erste hilfe kurs noch plätze frei',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['noch 15 von 15 Plätzen frei'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  { conv: 'schalter', q: 'was mach ich wenn leute am schalter rumpöbeln', kind: 'list', titles: [T.deeskalation] },
  { conv: 'schalter', q: 'was kostet das', kind: 'facts', titles: [T.deeskalation], says: ['kostet 120 €'] },
  {
    conv: 'schalter',
    q: 'und wo ist das',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['im Rathaus Wermelskirchen'],
  },
  {
    conv: 'phishing',
    q: 'I keep getting weird phishing mails, is there a training on that',
    locale: 'en',
    kind: 'list',
    titles: [T.sicherheit],
  },
  {
    conv: 'phishing',
    q: 'Who runs it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.sicherheit],
    says: ['is led by Herr Thomas Schmitz'],
  },
  {
    conv: 'phishing',
    q: 'is it online',
    locale: 'en',
    kind: 'facts',
    titles: [T.sicherheit],
    says: ['takes place online'],
  },
  {
    conv: 'haushaltsplan',
    q: 'ich versteh unseren haushaltsplan nicht, gibts da was',
    kind: 'list',
    titles: [T.haushalt],
  },
  {
    conv: 'haushaltsplan',
    q: 'wie lange geht das',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['dauert 7 Stunden, von 09:00 bis 16:00 Uhr'],
  },
  // --- topic searches: everyday words, words only in summary or description, synonyms, abbreviations -------------------
  { q: 'gibts was gegen stress', kind: 'list', titles: [T.stress] },
  { q: 'ich hab ständig nackenschmerzen am schreibtisch', kind: 'list', titles: [T.ergonomie] },
  { q: 'kurs wiederbelebung mit defi', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'schulung zur e-akte', kind: 'list', titles: [T.eakte] },
  { q: 'gibts was zu ki', kind: 'list', titles: [T.ki] },
  { q: 'any course on chatgpt', locale: 'en', kind: 'list', titles: [T.ki] },
  { q: 'DSGVO schulung', kind: 'list', titles: [T.datenschutz] },
  { q: 'wie schreib ich bescheide ohne amtsdeutsch', kind: 'list', titles: [T.sprache] },
  { q: 'ich soll im ausschuss protokoll führen', kind: 'list', titles: [T.sitzungsdienst] },
  { q: 'mitarbeitergespräche führen', kind: 'list', first: T.gespraeche },
  { q: 'wir kriegen eine neue buchhaltungssoftware, gibts da ne schulung', kind: 'list', titles: [T.finanz] },
  // --- typos -----------------------------------------------------------------------------------------------------------
  { q: 'datenshcutz schulung', kind: 'list', titles: [T.datenschutz] },
  { q: 'outlok kurs', kind: 'list', titles: [T.outlook] },
  // --- filters: dates, time of day, format, place, free seats, trainer, provider, audience, length, cost, language -----
  { q: 'was läuft diese woche', kind: 'list', titles: [T.teams, T.ersteHilfe, T.datenschutz] },
  { q: 'was läuft heute nachmittag', kind: 'list', titles: [T.teams] },
  { q: 'was ist morgen', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'was läuft nächste woche', kind: 'list', titles: [T.stress, T.sicherheit, T.english, T.vergabe] },
  {
    q: "what's on in the next two weeks",
    locale: 'en',
    kind: 'list',
    titles: [T.teams, T.ersteHilfe, T.datenschutz, T.stress, T.sicherheit, T.english, T.vergabe],
  },
  { q: "what's on next month", locale: 'en', kind: 'list', titles: [T.outlook, T.eakte, T.ergonomie, T.deeskalation] },
  {
    q: 'gibt es im januar noch was mit freien plätzen',
    kind: 'list',
    titles: [T.lotsen, T.sprache, T.gesundFuehren, T.finanz],
  },
  { q: 'welche kurse sind nachmittags', kind: 'list', titles: [T.teams, T.sicherheit, T.ki, T.eakte] },
  { q: 'alles was online ist im dezember', kind: 'list', titles: [T.outlook, T.eakte, T.ergonomie] },
  { q: 'was ist im dezember kostenlos', kind: 'list', titles: [T.eakte, T.ergonomie] },
  { q: 'präsenzseminare im januar', kind: 'list', titles: [T.lotsen, T.sprache, T.finanz] },
  { q: 'seminare über mehrere tage', kind: 'list', ...only(T.fuehrung, T.lotsen) },
  { q: 'was findet in wermelskirchen statt', kind: 'list', ...only(T.ersteHilfe, T.deeskalation, T.sprache) },
  { q: 'welche seminare hat herr brück', kind: 'list', ...only(T.teams, T.outlook, T.lotsen) },
  {
    q: 'was bietet das studieninstitut an',
    kind: 'list',
    ...only(T.vergabe, T.fuehrung, T.haushalt, T.deeskalation, T.lotsen, T.sprache, T.gespraeche),
  },
  {
    q: 'what does civitec offer',
    locale: 'en',
    kind: 'list',
    ...only(T.teams, T.sicherheit, T.ki, T.outlook, T.eakte, T.finanz),
  },
  { q: 'ich bin führungskraft, was gibts für mich', kind: 'list', ...only(T.fuehrung, T.gesundFuehren, T.gespraeche) },
  { q: 'are there any courses in english', locale: 'en', kind: 'list', titles: [T.english] },
  // --- gone, drafts never shown, no match, greeting --------------------------------------------------------------------
  { q: 'wann war der orientierungstag für neue', kind: 'gone', gone: T.orientierung, says: ['Do., 16.09.2027'] },
  {
    q: 'when was the brandschutzhelfer training',
    locale: 'en',
    kind: 'gone',
    gone: T.brandschutz,
    says: ['Tue, 26 Oct 2027'],
  },
  { q: 'gibts den kölsch kurs noch', kind: 'gone', gone: T.koelsch },
  { q: 'wann ist der powerpoint kurs', kind: 'gone', gone: T.powerpoint },
  { q: 'gibts was zu instagram', kind: 'none' },
  { q: 'staplerschein', kind: 'none' },
  { q: 'hallo zusammen', kind: 'help' },
  { q: 'hi', locale: 'en', kind: 'help' },
];

heldoutSuite(
  'answering questions about a ninety-seventh, independent catalogue (Rheinisch-Bergischer Kreis, civitec)',
  {
    fixture: 'heldout97-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
