// Over-fitting check, eighty-eighth catalogue: the autumn 2027 programme of the Kreis Steinfurt with the Studieninstitut
// Münsterland, the Kommunales Rechenzentrum Münsterland (KRM), the Unfallkasse NRW, the DRK-Kreisverband and the
// county's Personalentwicklung, for the county and its towns (Rheine, Ibbenbüren, Greven, Emsdetten, Ochtrup, Gemeinde
// Lotte), imported from a JSON file. Seminars take place in the Kreishaus Steinfurt (Tecklenburger Straße), the
// Bildungszentrum Rheine, the KRM's Schulungszentrum in Ibbenbüren, the Rathaus Greven, the DRK-Bildungszentrum
// Emsdetten and the Kulturzentrum Alte Weberei in Ochtrup, online or hybrid. Several titles do not name their subject
// ("Misstrauen ist erlaubt" is the phishing course, "Schluss mit dem Papierstapel" the e-file course, "Wenn der Ton rauer
// wird" de-escalation at the counter, "Zahlen lesen, Zusammenhänge verstehen" the NKF budget, "Vom Bedarf zum Zuschlag"
// procurement, "Schreiben lassen, selbst entscheiden" AI, "Gut eingestellt" the ergonomic desk, "Im Gespräch bleiben"
// staff appraisals, "Kraft tanken im Arbeitsalltag" stress), so only summary, description or topics reveal them; one
// seminar is held in English (service desk English); the leadership course runs on two days across the end of summer
// time; the ISB qualification runs three days, is open to Emsdetten, Ochtrup and Lotte only and half of its fee is paid
// by the KRM; the first-aid course is free because the Unfallkasse NRW pays. Questions are written the way colleagues
// type in Teams (half of them in English, from the international team), without looking at the parser or the answers.
// Same assertions as the other suites: exactly the expected seminars (best first where one is clearly best), the asked
// fact in the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Tuesday 14 September 2027, 10:00 in Steinfurt, summer time; winter time begins Sun 31.10.2027):
//   this week:  nothing more today; Wed 15.09. 14:00–16:00 Teams (online, tomorrow), Thu 16.09. 09:00–12:30 e-file
//               (hybrid, Ibbenbüren), Fri 17.09. 09:00–15:00 de-escalation (Greven)
//   next week:  Mon 20.09. morning (time management, online), Tue 21.09. afternoon (phishing, online),
//               Wed 22.09. morning (administrative procedure, Rheine, deadline passed Wed 08.09.),
//               Thu 23.09. afternoon (English at the service desk, hybrid, Kreishaus)
//   then:       nothing from Fri 24.09. to Wed 29.09.; Thu 30.09. NKF budget (Kreishaus); the cancelled sign-language
//               course on Fri 01.10.
//   October:    Tue 05. first aid (Emsdetten), Wed 13. AI (online, afternoon), Thu 14. plain language (Rheine),
//               Tue 19. ergonomics (online), Wed 20. procurement (Kreishaus, deadline Wed 06.10.),
//               Thu 28.10. (CEST) and Thu 04.11. (CET) the two-day leadership course (Rheine)
//   November:   the cancelled PowerPoint course on Wed 03.11.; Mon–Wed 08.–10.11. ISB qualification (Ibbenbüren,
//               deadline Fri 15.10. 12:00); Tue 16. staff appraisals (Kreishaus); Thu 18. stress (Ochtrup);
//               Tue 23. minutes of council meetings (Greven); the drafts on Wed 24.11. (intranet) and Tue 30.11.
//               (citizen participation)
//   December:   Thu 02.12. Excel (online), Tue 07.12. housing benefit (Rheine)
//   past:       Thu 01.07.2027 Sommerforum Digitale Verwaltung, Tue 07.09.2027 e-invoicing.
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-09-14T08:00:00Z'); // Tuesday, 14 September 2027, 10:00 in Steinfurt (CEST)
const TZ = 'Europe/Berlin';

const T = {
  teams: 'Alles an einem Ort: Microsoft Teams im Verwaltungsalltag', // Wed 15.09.2027 14:00–16:00, online, KRM, Wessels, video conferences, free
  eakte: 'Schluss mit dem Papierstapel', // Thu 16.09. 09:00–12:30, hybrid (KRM Ibbenbüren), KRM, e-file (E-Akte), free
  deeskalation: 'Wenn der Ton rauer wird', // Fri 17.09. 09:00–15:00, Rathaus Greven, Unfallkasse NRW, de-escalation, free, 14 seats
  zeit: 'Eins nach dem anderen', // Mon 20.09. 09:00–12:00, online, Personalentwicklung, Overesch, time management, free
  phishing: 'Misstrauen ist erlaubt', // Tue 21.09. 13:30–15:30, online, KRM, Herr Tobias Wessels, phishing, free
  bescheide: 'Bescheide, die halten: Verwaltungsverfahren kompakt', // Wed 22.09. 09:00–12:30, Rheine, Studieninstitut, Terhorst, 220 €, deadline passed Wed 08.09. 23:59
  english: 'Speaking with International Clients: English at the Service Desk', // Thu 23.09. 13:00–16:30, hybrid (Kreishaus), in English, free
  haushalt: 'Zahlen lesen, Zusammenhänge verstehen', // Thu 30.09. 09:00–15:00, Kreishaus, Studieninstitut, 180 €, NKF budget
  ersteHilfe: 'Im Notfall richtig handeln: Ausbildung zur Ersthelferin und zum Ersthelfer', // Tue 05.10. 08:30–16:30, DRK Emsdetten, free (Unfallkasse NRW pays), 16 seats
  ki: 'Schreiben lassen, selbst entscheiden', // Wed 13.10. 13:00–16:00, online, KRM, Kortmann, AI / ChatGPT / Copilot, free
  klartext: 'Klartext statt Amtsdeutsch', // Thu 14.10. 09:00–15:00, Rheine, Studieninstitut, 190 €, plain language in letters
  ergonomie: 'Gut eingestellt', // Tue 19.10. 10:00–11:30, online, Unfallkasse NRW, ergonomic desk / back pain, free
  vergabe: 'Vom Bedarf zum Zuschlag', // Wed 20.10. 09:00–16:00, Kreishaus, Studieninstitut, Terhorst, 260 €, deadline Wed 06.10. 23:59, procurement
  fuehrung: 'Plötzlich Chefin, plötzlich Chef: Gut starten in der Führungsrolle', // Thu 28.10. (CEST) and Thu 04.11. (CET) 09:00–16:30, Rheine, Dr. Brüggemann, 490 € (note), new managers
  isb: 'Informationssicherheitsbeauftragte für kleinere Kommunen: Qualifizierung nach IT-Grundschutz', // Mon–Wed 08.–10.11. 09:00–16:00, KRM Ibbenbüren, 950 € (KRM pays half), deadline Fri 15.10. 12:00, Emsdetten/Ochtrup/Lotte only
  gespraech: 'Im Gespräch bleiben', // Tue 16.11. 09:00–16:00, Kreishaus, Personalentwicklung, Dr. Brüggemann, 150 €, staff appraisals, for managers
  excel: 'Pivot, SVERWEIS & Co.: Excel für Fortgeschrittene', // Thu 02.12. 09:00–12:00, online, KRM, Kortmann, 90 €
  stress: 'Kraft tanken im Arbeitsalltag', // Thu 18.11. 09:00–12:30, Ochtrup (Alte Weberei), Personalentwicklung, Overesch, 75 €, 15 seats, stress
  protokoll: 'Gut protokolliert: Sitzungsdienst für Rat und Ausschüsse', // Tue 23.11. 09:00–15:30, Rathaus Greven, Studieninstitut, 190 €, minutes
  wohngeld: 'Wohngeld Plus in der Praxis: Anträge sicher bearbeiten', // Tue 07.12. 09:00–16:00, Rheine, Studieninstitut, 210 €, housing benefit
  intranet: 'Neues Mitarbeiterportal: Redaktion im Intranet', // draft (Wed 24.11.2027)
  beteiligung: 'Bürgerbeteiligung digital: Beteiligungsverfahren online durchführen', // draft (Tue 30.11.2027)
  gebaerden: 'Gebärdensprache: Ein erster Einstieg', // cancelled (Fri 01.10.2027)
  powerpoint: 'Überzeugend präsentieren mit PowerPoint', // cancelled (Wed 03.11.2027)
  sommerforum: 'Sommerforum Digitale Verwaltung 2027', // past (Thu 1 July 2027)
  erechnung: 'E-Rechnung: Rechnungseingang digital bearbeiten', // past (Tue 7 September 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.intranet, T.beteiligung, T.gebaerden, T.powerpoint, T.sommerforum, T.erechnung];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  { q: 'was kostet der vergabe kurs', kind: 'facts', titles: [T.vergabe], says: ['kostet 260 €'] },
  {
    q: 'muss ich für den erste hilfe kurs was bezahlen',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse NRW.'],
  },
  {
    q: 'how much is the leadership course for new managers',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['costs €490'],
    mentions: ['Die Kosten trägt die entsendende Dienststelle.'],
  },
  // --- facts: when (across the end of summer time), start time, duration ----------------------------------------------
  {
    q: 'wann ist das seminar plötzlich chefin plötzlich chef',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 28.10.2027 und Do., 04.11.2027', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    q: 'when does the information security officer qualification take place',
    locale: 'en',
    kind: 'facts',
    titles: [T.isb],
    says: ['on 3 days', 'Mon, 8 Nov 2027, Tue, 9 Nov 2027 and Wed, 10 Nov 2027', 'each from 09:00 to 16:00'],
  },
  {
    q: 'um wieviel uhr fängt morgen die teams schulung an',
    kind: 'facts',
    titles: [T.teams],
    says: ['beginnt am Mi., 15.09.2027 um 14:00 Uhr'],
  },
  {
    q: 'what time does the first aid course start',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['starts on Tue, 5 Oct 2027 at 08:30'],
  },
  {
    q: 'how long is the excel course',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['lasts 3 hours, from 09:00 to 12:00'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  {
    q: 'where is the training on taking minutes',
    locale: 'en',
    kind: 'facts',
    titles: [T.protokoll],
    says: ['at Rathaus Greven'],
  },
  { q: 'ist das ki seminar online oder in präsenz', kind: 'facts', titles: [T.ki], says: ['findet online statt'] },
  { q: 'is the e-file training online', locale: 'en', kind: 'facts', titles: [T.eakte], says: [/is hybrid|or online/] },
  { q: 'wer macht den phishing kurs', kind: 'facts', titles: [T.phishing], says: ['leitet Herr Tobias Wessels'] },
  {
    q: 'who teaches the staff appraisal course',
    locale: 'en',
    kind: 'facts',
    titles: [T.gespraech],
    says: ['is led by Frau Dr. Annette Brüggemann'],
  },
  {
    q: 'bis wann kann ich mich für die isb qualifizierung anmelden',
    kind: 'facts',
    titles: [T.isb],
    says: ['bis Fr., 15.10.2027, 12:00 Uhr'],
  },
  {
    q: 'registration deadline for the administrative procedure seminar',
    locale: 'en',
    kind: 'facts',
    titles: [T.bescheide],
    says: [/passed on Wed, 8 Sept? 2027, 23:59/],
  },
  {
    q: 'sind im stressseminar in ochtrup noch plätze frei',
    kind: 'facts',
    titles: [T.stress],
    says: ['noch 15 von 15 Plätzen frei'],
  },
  {
    q: 'are there still seats in the de-escalation training',
    locale: 'en',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['has 14 of 14 seats left'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  {
    conv: 'password',
    q: 'i keep getting weird emails asking for my password, is there any training on that',
    locale: 'en',
    kind: 'list',
    titles: [T.phishing],
  },
  {
    conv: 'password',
    q: 'how much is it',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['is free of charge'],
  },
  {
    conv: 'password',
    q: 'Who runs it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['is led by Herr Tobias Wessels'],
  },
  {
    conv: 'haushaltsplan',
    q: 'ich versteh unseren haushaltsplan nicht, gibts dafür was',
    kind: 'list',
    titles: [T.haushalt],
  },
  { conv: 'haushaltsplan', q: 'was kostet das', kind: 'facts', titles: [T.haushalt], says: ['kostet 180 €'] },
  {
    conv: 'haushaltsplan',
    q: 'und wo ist das?',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['im Kreishaus Steinfurt'],
  },
  {
    conv: 'briefe',
    q: 'unsere briefe an die bürger sind viel zu kompliziert geschrieben',
    kind: 'list',
    titles: [T.klartext],
  },
  {
    conv: 'briefe',
    q: 'wann ist das',
    kind: 'facts',
    titles: [T.klartext],
    says: ['am Do., 14.10.2027 von 09:00 bis 15:00 Uhr'],
  },
  // --- topic searches: everyday words, words only in summary or description, synonyms, abbreviations -------------------
  { q: 'any training on video conferencing', locale: 'en', kind: 'list', titles: [T.teams] },
  { q: 'gibts was zur e-akte', kind: 'list', titles: [T.eakte] },
  {
    q: 'bei uns ist neulich einer am schalter total ausgerastet, gibts da ein training',
    kind: 'list',
    titles: [T.deeskalation],
  },
  {
    q: 'i never get through my to-do list, any course on time management',
    locale: 'en',
    kind: 'list',
    titles: [T.zeit],
  },
  { q: 'is there anything on AI', locale: 'en', kind: 'list', titles: [T.ki] },
  { q: 'my back hurts from sitting at the desk all day', locale: 'en', kind: 'list', titles: [T.ergonomie] },
  { q: 'wie mache ich eine öffentliche ausschreibung', kind: 'list', titles: [T.vergabe] },
  { q: 'anything on housing benefit', locale: 'en', kind: 'list', titles: [T.wohngeld] },
  { q: 'where can i learn pivot tables', locale: 'en', kind: 'list', titles: [T.excel] },
  { q: 'ich bin total gestresst, gibts da was', kind: 'list', titles: [T.stress] },
  { q: 'I have to take the minutes at council meetings', locale: 'en', kind: 'list', titles: [T.protokoll] },
  // --- typos -----------------------------------------------------------------------------------------------------------
  { q: 'phisching schulung', kind: 'list', titles: [T.phishing] },
  { q: 'protokol schreiben kurs', kind: 'list', titles: [T.protokoll] },
  { q: 'deescalation trainning', locale: 'en', kind: 'list', titles: [T.deeskalation] },
  // --- filters: dates, time of day, format, place, free seats, trainer, provider, audience, length, cost, language -----
  { q: 'was ist diese woche noch los', kind: 'list', titles: [T.teams, T.eakte, T.deeskalation] },
  { q: "what's on tomorrow", locale: 'en', kind: 'list', titles: [T.teams] },
  { q: 'was gibts nächste woche vormittags', kind: 'list', titles: [T.zeit, T.bescheide] },
  { q: 'anything next week in the afternoon', locale: 'en', kind: 'list', titles: [T.phishing, T.english] },
  {
    q: 'was läuft in den nächsten zwei wochen',
    kind: 'list',
    titles: [T.teams, T.eakte, T.deeskalation, T.zeit, T.phishing, T.bescheide, T.english],
  },
  {
    q: "what's on next month",
    locale: 'en',
    kind: 'list',
    titles: [T.ersteHilfe, T.ki, T.klartext, T.ergonomie, T.vergabe, T.fuehrung],
  },
  { q: 'kostenlose seminare im oktober', kind: 'list', titles: [T.ersteHilfe, T.ki, T.ergonomie] },
  { q: 'online courses in october', locale: 'en', kind: 'list', titles: [T.ki, T.ergonomie] },
  { q: 'was findet in rheine statt', kind: 'list', ...only(T.bescheide, T.klartext, T.fuehrung, T.wohngeld) },
  { q: 'gibt es im oktober in rheine noch freie plätze', kind: 'list', titles: [T.klartext, T.fuehrung] },
  { q: 'courses by frau dr. brüggemann', locale: 'en', kind: 'list', ...only(T.fuehrung, T.gespraech) },
  {
    q: 'was bietet das studieninstitut an',
    kind: 'list',
    ...only(T.bescheide, T.haushalt, T.klartext, T.vergabe, T.fuehrung, T.protokoll, T.wohngeld),
  },
  {
    q: 'what does the KRM offer',
    locale: 'en',
    kind: 'list',
    ...only(T.teams, T.eakte, T.phishing, T.ki, T.isb, T.excel),
  },
  { q: 'ich bin führungskraft, was gibt es für mich', kind: 'list', ...only(T.fuehrung, T.gespraech) },
  { q: 'which seminars last several days', locale: 'en', kind: 'list', ...only(T.fuehrung, T.isb) },
  { q: 'are there any seminars in english', locale: 'en', kind: 'list', titles: [T.english] },
  // --- gone, drafts never shown, no match, greeting --------------------------------------------------------------------
  { q: 'wann war das sommerforum digitale verwaltung', kind: 'gone', gone: T.sommerforum, says: ['Do., 01.07.2027'] },
  { q: 'ich wollte mich für den gebärdensprachkurs anmelden', kind: 'gone', gone: T.gebaerden },
  {
    q: 'is the E-Rechnung training still happening',
    locale: 'en',
    kind: 'gone',
    gone: T.erechnung,
    says: [/Tue, 7 Sept? 2027/],
  },
  { q: 'how much is the powerpoint course', locale: 'en', kind: 'gone', gone: T.powerpoint },
  { q: 'gibt es eine schulung für das neue intranet', kind: 'none' },
  { q: 'is there a course on Bürgerbeteiligung', locale: 'en', kind: 'none' },
  { q: 'motorsägen lehrgang', kind: 'none' },
  { q: 'moin', kind: 'help' },
  { q: 'hi there', locale: 'en', kind: 'help' },
];

heldoutSuite('answering questions about an eighty-eighth, independent catalogue (Kreis Steinfurt, KRM)', {
  fixture: 'heldout88-catalogue.json',
  now,
  timeZone: TZ,
  cases: CASES,
  titles: all,
  never: NEVER,
});
