// Over-fitting check, three-hundred-and-twenty-ninth catalogue: the autumn 2028 / winter 2029 programme for the Stadt
// Wolfsburg (Lower Saxony) and its administration, with the Wolfsburger Abfallwirtschaft und Straßenreinigung (WAS) and
// the neighbouring Landkreise Gifhorn and Helmstedt as further municipalities, imported from a JSON file. Providers are
// the Niedersächsisches Studieninstitut für kommunale Verwaltung (NSI), the Unfallkasse Niedersachsen (formerly GUV
// Hannover), the Volkshochschule Wolfsburg (VHS), govconnect as the regional IT service provider, and the city's own
// IT-Service, Personalentwicklung and data protection officer. Seminars take place in the Rathaus Wolfsburg
// (Porschestraße), the Bildungshaus (VHS), Schloss Wolfsburg, Schloss Fallersleben, the Hauptfeuerwache, the
// Feuerwehrhaus Vorsfelde, the WAS Betriebshof, at the NSI in Hannover, online or hybrid. Several titles do not name
// their subject ("Besprechen, teilen, gemeinsam bearbeiten" is Microsoft Teams, "Gut gefragt ist halb geschrieben" AI,
// "Aufrecht durch den Tag" back health, "Gelassen bleiben, wenn es brennt" stress / resilience (not fire safety),
// "Wandel gestalten, Menschen mitnehmen" change management, "Was darf raus?" data protection for information requests,
// "Vom Auftrag zum Abschluss" project management, "Gut vorbereitet in die Sitzung" NKomVG for council members,
// "Glatt war gestern" winter road service, "Nicht jeder Klick ist harmlos" phishing, "Verstanden werden" plain language,
// "Papierlos von Anfang an" the e-file, "Jahresabschluss ohne Schrecken" doppic year-end closing, "Wenn die Stimmung
// kippt" de-escalation, "Im Gespräch bleiben" annual staff appraisals), so only summary, description or topics reveal
// it. One seminar is held in English; the change-management workshop runs on two Thursdays across the end of summer
// time (Sun 29.10.2028); the project-management course runs on two consecutive days; the winter-service course is open
// only to the WAS; first aid is free, paid by the Unfallkasse; two courses run in the evening. The questions are written
// as staff who mix languages type them: about half in English (`locale: 'en'`), the rest in "Denglisch" German, with
// short follow-up conversations, written without looking at the parser or the answers.
//
// Calendar around `now` (Tuesday 17 October 2028, 10:00 in Wolfsburg, summer time; summer time ends Sun 29.10.2028;
// Tue 31.10.2028 is Reformationstag, a public holiday in Lower Saxony; 01.11. is not a holiday there):
//   this week:  Tue 17.10. (today) 14:00–15:30 Teams (online); Wed 18.10. 13:00–15:30 AI (Rathaus); Thu 19.10.
//               09:00–12:00 Excel (online, 65 €) and 17:30–19:00 back health (Bildungshaus, evening, 12 €); nothing on
//               Fri 20.10.
//   next week:  Mon 23.10. 09:00–16:00 procurement (NSI Hannover; deadline passed Mon 09.10. 12:00), Tue 24.10.
//               09:00–12:30 English (Rathaus; deadline today 23:59), Wed 25.10. 13:30–16:00 resilience (online), Thu
//               26.10. 09:00–16:00 change management, first day (Schloss Wolfsburg; deadline Fri 20.10. 23:59), Fri 27.10.
//               09:00–12:00 data protection (online)
//   week after: Mon 30.10. the cancelled Outlook course; Tue 31.10. Reformationstag, nothing; Wed 01.11. 08:30–12:30 fire
//               wardens (Hauptfeuerwache); Thu 02.11. (CET) change management, second day, again 09:00–16:00
//   November:   Tue 07.11.–Wed 08.11. 09:00–16:30 project management (Rathaus, 420 €; deadline Fri 27.10.), Thu 09.11.
//               18:00–20:30 council members (Schloss Fallersleben, evening, 40 €), Tue 14.11. 07:00–14:00 winter service
//               (WAS only), Wed 15.11. 09:00–10:30 phishing (online), Thu 16.11. 08:30–16:00 first aid (Feuerwehrhaus
//               Vorsfelde), Tue 21.11. 09:00–16:00 plain language (Bildungshaus, 110 €; deadline Fri 03.11. 12:00), Thu
//               23.11. 13:00–16:00 e-file (hybrid, Rathaus), Tue 28.11. 09:00–16:00 doppic year-end (NSI Hannover, 260 €)
//   December:   Tue 05.12. 09:00–12:30 de-escalation (Rathaus), Thu 07.12. 10:00–11:30 online services / OZG (online),
//               the cancelled forklift course (Tue 12.12.)
//   January:    Wed 17.01.2029 09:00–15:00 induction day (Rathaus), Thu 25.01.2029 09:00–13:00 staff appraisals (Schloss
//               Wolfsburg)
//   later:      the draft social-media course (Tue 13.02.2029), the draft parking-enforcement course (Wed 14.03.2029)
//   past:       Wed 28.06.2028 heat protection (WAS Betriebshof), Tue 12.09.2028 housing benefit (online).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-10-17T08:00:00Z'); // Tuesday, 17 October 2028, 10:00 in Wolfsburg (CEST)
const TZ = 'Europe/Berlin';

const T = {
  teams: 'Besprechen, teilen, gemeinsam bearbeiten', // Tue 17.10. 14:00–15:30, online, IT-Service, Kowalski, Microsoft Teams, free
  ki: 'Gut gefragt ist halb geschrieben', // Wed 18.10. 13:00–15:30, Rathaus, IT-Service, Dr. Brandt, generative AI, free
  excel: 'Excel-Auffrischung: Formeln, Filter und Pivot-Tabellen', // Thu 19.10. 09:00–12:00, online, VHS, Schulze, 65 € (Organisationseinheit pays), 14 seats
  ruecken: 'Aufrecht durch den Tag', // Thu 19.10. 17:30–19:00, Bildungshaus, VHS, Yilmaz, back health, 12 €
  vergabe: 'Vergaberecht kompakt: UVgO, VgV und NTVergG', // Mon 23.10. 09:00–16:00, NSI Hannover, Dr. Meyer, 290 €, deadline passed Mon 09.10. 12:00
  english: 'Welcome to Wolfsburg: English at the Service Counter', // Tue 24.10. 09:00–12:30, Rathaus, VHS, Clarke, 90 €, deadline Tue 17.10. 23:59
  resilienz: 'Gelassen bleiben, wenn es brennt', // Wed 25.10. 13:30–16:00, online, Unfallkasse, Krüger, stress / burnout, free
  change: 'Wandel gestalten, Menschen mitnehmen', // Thu 26.10. (CEST) and Thu 02.11. (CET) 09:00–16:00, Schloss Wolfsburg, NSI, Dr. Lange, change management, 380 €, deadline Fri 20.10. 23:59
  datenschutz: 'Was darf raus?', // Fri 27.10. 09:00–12:00, online, Datenschutzbeauftragte, Vogel, DSGVO information requests, free
  brandschutz: 'Brandschutzhelfer-Ausbildung mit praktischer Löschübung', // Wed 01.11. 08:30–12:30, Hauptfeuerwache, Unfallkasse, Brinkmann, free
  pm: 'Vom Auftrag zum Abschluss', // Tue 07.11.–Wed 08.11. 09:00–16:30, Rathaus, NSI, Hoffmann, project management, 420 €, deadline Fri 27.10. 23:59
  ortsrat: 'Gut vorbereitet in die Sitzung', // Thu 09.11. 18:00–20:30, Schloss Fallersleben, NSI, Dr. Meyer, NKomVG for council members, 40 €
  winterdienst: 'Glatt war gestern', // Tue 14.11. 07:00–14:00, WAS Betriebshof, Unfallkasse, Brinkmann, winter service, only WAS, free
  phishing: 'Nicht jeder Klick ist harmlos', // Wed 15.11. 09:00–10:30, online, IT-Service, Kowalski, phishing, free
  ersteHilfe: 'Erste-Hilfe-Fortbildung für Ersthelfende im Betrieb', // Thu 16.11. 08:30–16:00, Feuerwehrhaus Vorsfelde, Unfallkasse, Wendt, free (Unfallkasse pays)
  sprache: 'Verstanden werden', // Tue 21.11. 09:00–16:00, Bildungshaus, VHS, Bauer, plain language, 110 €, deadline Fri 03.11. 12:00
  eakte: 'Papierlos von Anfang an', // Thu 23.11. 13:00–16:00, hybrid (Rathaus), govconnect, Petersen, e-file, free
  doppik: 'Jahresabschluss ohne Schrecken', // Tue 28.11. 09:00–16:00, NSI Hannover, Sommer, doppic year-end closing, 260 €
  deeskalation: 'Wenn die Stimmung kippt', // Tue 05.12. 09:00–12:30, Rathaus, Unfallkasse, Krüger, de-escalation, free
  ozg: 'Online-Dienste im Bürgerservice: Anträge aus dem Bürgerportal bearbeiten', // Thu 07.12. 10:00–11:30, online, govconnect, Petersen, OZG, free
  neu: 'Neu bei der Stadt Wolfsburg: Einführungstag für neue Beschäftigte', // Wed 17.01.2029 09:00–15:00, Rathaus, PE, Schmidt, free
  mag: 'Im Gespräch bleiben', // Thu 25.01.2029 09:00–13:00, Schloss Wolfsburg, PE, Dr. Lange, annual staff appraisals for managers, free
  social: 'Instagram und TikTok für die Stadtverwaltung', // draft (Tue 13.02.2029)
  parken: 'Verkehrsüberwachung: Parken, Verwarngeld und Bußgeld', // draft (Wed 14.03.2029)
  outlook: 'Outlook im Griff: Postfach, Kalender und Aufgaben', // cancelled (Mon 30.10.2028)
  stapler: 'Gabelstapler-Ausbildung für Beschäftigte der Betriebshöfe', // cancelled (Tue 12.12.2028)
  wohngeld: 'Wohngeld-Plus: Was sich 2028 geändert hat', // past (Tue 12 September 2028)
  hitze: 'Hitzeschutz im Außendienst', // past (Wed 28 June 2028)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.social, T.parken, T.outlook, T.stapler, T.wohngeld, T.hitze];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'teams', q: 'gibt es ein Training zu Teams Meetings?', kind: 'list', titles: [T.teams] },
  {
    conv: 'teams',
    q: 'wann genau ist das?',
    kind: 'facts',
    titles: [T.teams],
    says: ['am Di., 17.10.2028 von 14:00 bis 15:30 Uhr'],
  },
  {
    miss: '"oder im Rathaus" is read as a place that several seminars share rather than the format asked of the one talked about',
    conv: 'teams',
    q: 'ist das online oder im Rathaus?',
    kind: 'facts',
    titles: [T.teams],
    says: ['findet online statt'],
  },
  {
    conv: 'change',
    q: 'wann ist der Workshop zu Change Management?',
    kind: 'facts',
    titles: [T.change],
    says: ['an 2 Tagen', 'Do., 26.10.2028 und Do., 02.11.2028', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'change',
    q: 'bis wann kann ich mich anmelden?',
    kind: 'facts',
    titles: [T.change],
    says: ['bis Fr., 20.10.2028, 23:59 Uhr'],
  },
  { conv: 'change', q: 'und was kostet der?', kind: 'facts', titles: [T.change], says: ['kostet 380 €'] },
  { conv: 'pm', q: 'any Kurse zu Projektmanagement next month?', kind: 'list', titles: [T.pm] },
  {
    conv: 'pm',
    q: 'wie lange geht der kurs',
    kind: 'facts',
    titles: [T.pm],
    says: ['dauert 2 Tage, jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    conv: 'pm',
    q: 'where is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.pm],
    says: ['takes place at Rathaus Wolfsburg'],
  },
  { conv: 'excel', q: 'brauche ein Refresh für Excel', kind: 'list', titles: [T.excel] },
  {
    conv: 'excel',
    q: 'kostet das was?',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 65 €'],
    mentions: ['Die Gebühr trägt die entsendende Organisationseinheit.'],
  },
  { conv: 'english', q: 'Is there a course held in English?', locale: 'en', kind: 'list', titles: [T.english] },
  {
    conv: 'english',
    q: 'Can I still register?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['until Tue, 17 Oct 2028, 23:59'],
  },
  { conv: 'ki', q: 'any training on AI tools like ChatGPT?', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    conv: 'ki',
    q: 'where does it take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['takes place at Rathaus Wolfsburg'],
  },
  {
    conv: 'ki',
    q: 'who is the trainer?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is led by Frau Dr. Anna Brandt'],
  },
  { conv: 'vergabe', q: 'gibt es einen Kurs zum Vergaberecht? procurement und so', kind: 'list', titles: [T.vergabe] },
  {
    conv: 'vergabe',
    q: 'deadline für die anmeldung?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['ist am Mo., 09.10.2028, 12:00 Uhr abgelaufen'],
  },
  { conv: 'heute', q: 'anything on today?', locale: 'en', kind: 'list', titles: [T.teams] },
  {
    conv: 'heute',
    q: 'how long does it take?',
    locale: 'en',
    kind: 'facts',
    titles: [T.teams],
    says: ['lasts 1.5 hours, from 14:00 to 15:30'],
  },
  { conv: 'phishing', q: 'phishing awareness training?', locale: 'en', kind: 'list', titles: [T.phishing] },
  {
    conv: 'phishing',
    q: 'what time does it start',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['starts on Wed, 15 Nov 2028 at 09:00'],
  },
  { conv: 'eakte', q: 'e-akte schulung', kind: 'list', titles: [T.eakte] },
  {
    conv: 'eakte',
    q: 'kann ich da auch remote teilnehmen?',
    kind: 'facts',
    titles: [T.eakte],
    says: ['findet hybrid statt', 'Rathaus Wolfsburg'],
  },
  // --- facts -----------------------------------------------------------------------------------------------------------
  {
    q: 'wo ist die Brandschutzhelfer Ausbildung?',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['Hauptfeuerwache Wolfsburg'],
  },
  {
    q: 'when is the first aid refresher?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['on Thu, 16 Nov 2028 from 08:30 to 16:00'],
  },
  { q: 'Kosten für die Doppik Jahresabschluss Schulung?', kind: 'facts', titles: [T.doppik], says: ['kostet 260 €'] },
  {
    q: 'how much is the plain language course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.sprache],
    says: ['costs €110'],
  },
  {
    q: 'wer macht den Deeskalations-Workshop?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['leitet Frau Sabine Krüger'],
  },
  {
    q: 'how long is the evening course for Ortsrat members?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ortsrat],
    says: ['lasts 2.5 hours, from 18:00 to 20:30'],
  },
  { q: 'is the OZG training online?', locale: 'en', kind: 'facts', titles: [T.ozg], says: ['takes place online'] },
  {
    q: 'um wieviel uhr beginnt der winterdienst lehrgang?',
    kind: 'facts',
    titles: [T.winterdienst],
    says: ['beginnt am Di., 14.11.2028 um 07:00 Uhr'],
  },
  {
    q: 'when and where is the induction day for new staff?',
    locale: 'en',
    kind: 'facts',
    titles: [T.neu],
    says: ['on Wed, 17 Jan 2029 from 09:00 to 15:00', 'Rathaus Wolfsburg'],
  },
  {
    q: 'ist der erste hilfe kurs free?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangskosten übernimmt die Unfallkasse Niedersachsen.'],
  },
  // --- topic searches: words only in summary, description or topics; English words for German subjects ---------------
  { q: 'stress management course', locale: 'en', kind: 'list', titles: [T.resilienz] },
  { q: "rückenschmerzen vom sitzen, gibt's da was?", kind: 'list', titles: [T.ruecken] },
  { q: 'DSGVO Auskunftsersuchen Schulung', kind: 'list', titles: [T.datenschutz] },
  { q: 'dealing with aggressive visitors at the counter', locale: 'en', kind: 'list', titles: [T.deeskalation] },
  { q: 'Jahresgespräche mit meinen Mitarbeitenden vorbereiten', kind: 'list', titles: [T.mag] },
  { q: 'onboarding für neue Kollegen?', kind: 'list', titles: [T.neu] },
  // --- time and place filters, format, provider, trainer, audience, cost, length ---------------------------------------
  { q: "what's on this week?", locale: 'en', kind: 'list', titles: [T.teams, T.ki, T.excel, T.ruecken] },
  {
    q: 'was ist nächste Woche los?',
    kind: 'list',
    titles: [T.vergabe, T.english, T.resilienz, T.change, T.datenschutz],
  },
  { q: 'gibt es was am Reformationstag?', kind: 'none' },
  {
    miss: "the list of next month differs from the suite's in a seminar across the month's boundary",
    q: 'any seminars next month?',
    locale: 'en',
    kind: 'list',
    ...maybeAlso(
      only(T.brandschutz, T.pm, T.ortsrat, T.winterdienst, T.phishing, T.ersteHilfe, T.sprache, T.eakte, T.doppik),
      T.change,
    ),
  },
  { q: 'Seminare im Dezember', kind: 'list', titles: [T.deeskalation, T.ozg] },
  { q: 'anything in January?', locale: 'en', kind: 'list', titles: [T.neu, T.mag] },
  { q: "abends after work, gibt's da kurse?", kind: 'list', ...only(T.ruecken, T.ortsrat) },
  {
    q: 'free online courses',
    locale: 'en',
    kind: 'list',
    ...maybeAlso(only(T.teams, T.resilienz, T.datenschutz, T.phishing, T.ozg), T.eakte),
  },
  {
    q: 'was bietet die Unfallkasse an?',
    kind: 'list',
    ...only(T.resilienz, T.brandschutz, T.winterdienst, T.ersteHilfe, T.deeskalation),
  },
  { q: 'courses by the NSI', locale: 'en', kind: 'list', ...only(T.vergabe, T.change, T.pm, T.ortsrat, T.doppik) },
  { q: 'Kurse von der VHS?', kind: 'list', ...only(T.excel, T.ruecken, T.english, T.sprache) },
  { q: 'anything in Hannover?', locale: 'en', kind: 'list', ...only(T.vergabe, T.doppik) },
  { q: 'trainings for managers', locale: 'en', kind: 'list', ...only(T.change, T.mag) },
  { q: 'any multi-day seminars?', locale: 'en', kind: 'list', titles: [T.change, T.pm] },
  { q: 'courses over 200 euros', locale: 'en', kind: 'list', ...only(T.vergabe, T.change, T.pm, T.doppik) },
  { q: 'anything on a Friday?', locale: 'en', kind: 'list', titles: [T.datenschutz] },
  { q: 'seminare in vorsfelde', kind: 'list', titles: [T.ersteHilfe] },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'is the Outlook training still on?', locale: 'en', kind: 'gone', gone: T.outlook },
  { q: 'gabelstapler ausbildung', kind: 'gone', gone: T.stapler },
  {
    q: 'when was the Wohngeld training?',
    locale: 'en',
    kind: 'gone',
    gone: T.wohngeld,
    says: ['Tue, 12 Sep 2028'],
  },
  { q: 'hitzeschutz außendienst', kind: 'gone', gone: T.hitze, says: ['Mi., 28.06.2028'] },
  { q: 'Instagram Kurs', kind: 'none' },
  { q: 'Schulung Verkehrsüberwachung', kind: 'none' },
  { q: 'seminare in gifhorn', kind: 'none' },
  { q: 'Moin!', kind: 'help' },
  { q: 'show my bookings', locale: 'en', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-twenty-ninth, independent catalogue (Stadt Wolfsburg, NSI, Unfallkasse Niedersachsen, VHS Wolfsburg, govconnect)',
  {
    fixture: 'heldout329-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
