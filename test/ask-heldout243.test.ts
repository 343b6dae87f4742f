// Over-fitting check, two-hundred-and-forty-third catalogue: the 2027 autumn programme for the Rhein-Neckar-Kreis
// (Baden-Württemberg) and its towns (Sinsheim, Wiesloch, Weinheim, Schwetzingen, Eberbach; the Landratsamt is in
// Heidelberg), with the Kreisakademie Rhein-Neckar, the IT-Service Rhein-Neckar-Kreis, the Unfallkasse Baden-Württemberg
// (UKBW), the Volkshochschule Badische Bergstraße (VHS), the Verwaltungsschule des Gemeindetags Baden-Württemberg and the
// Führungsakademie Baden-Württemberg, imported from a JSON file. Seminars take place in the Landratsamt in Heidelberg,
// the Rathaus Sinsheim, the DRK-Ausbildungszentrum Sinsheim, the vhs-Haus Weinheim, the Rathaus Weinheim, the Palais
// Hirsch in Schwetzingen, the Rathaus Wiesloch, the Stadthalle Eberbach, online or hybrid. Several titles do not name
// their subject ("Der Kollege aus der Cloud" is AI, "Nicht jeder Link ist ein Freund" phishing, "Ruhig bleiben, wenn
// andere es nicht sind" de-escalation, "Mehr Luft im Kalender" time management, "Abschied vom Aktenschrank" the e-file,
// "Kraftquellen im Arbeitsalltag" stress and burnout, "Schreiben, das ankommt" plain language, "Die ersten hundert
// Tage" leadership for new managers, "Vielfalt am Schalter" intercultural competence), so only summary, description or
// topics reveal it; one seminar is held in English; the leadership course runs on two days across the end of summer
// time (Sun 31.10.2027); the Virtuelles Bauamt course is open only to the seven Große Kreisstädte; first aid is free,
// paid by the Unfallkasse. The questions lean on time and place: date phrases ("diese Woche", "Dienstag nächster
// Woche", "Ende September", "im Herbst", "in the next three weeks", "before October"), times of day, towns, the
// Landratsamt and formats, combined with topics; about a quarter in English; written without looking at the parser or
// the answers.
//
// Calendar around `now` (Monday 6 September 2027, 08:15 in Heidelberg, summer time; winter time begins Sun 31.10.2027):
//   this week:  Mon 06.09. 14:00–15:30 ergonomics (online, today, free), Tue 07.09. 09:00–12:30 data protection
//               (Landratsamt; deadline passed Mon 30.08. 23:59), Thu 09.09. 13:30–16:00 AI (hybrid, Landratsamt, free);
//               the cancelled Outlook course (Thu 09.09.); nothing on Wed 08.09. or Fri 10.09.
//   next week:  Mon 13.09. 09:00–11:00 phishing (online, free), Tue 14.09. 09:00–12:30 Excel (vhs-Haus Weinheim, 89 €)
//               and 14:00–16:30 de-escalation (Rathaus Sinsheim, free), Wed 15.09. 13:00–16:00 English (Landratsamt;
//               deadline passed Fri 03.09. 12:00), Thu 16.09. 09:00–12:00 time management (online, 45 €)
//   then:       Wed 22.09. 09:00–16:00 social media (Rathaus Weinheim); nothing else from Fri 17.09. to Mon 27.09.
//   end Sept.:  Tue 28.09. 09:00–11:30 e-file (online, free), Wed 29.09. 09:00–16:00 NKHR year-end accounts
//               (Landratsamt, 230 €), Thu 30.09. 13:30–16:00 stress (online, free)
//   October:    Tue 05. first aid (DRK Sinsheim, 08:30–16:30, free), Wed 06. procurement (Palais Hirsch Schwetzingen;
//               deadline Fri 17.09. 23:59), Thu 07. Virtuelles Bauamt (Rathaus Wiesloch, free, Große Kreisstädte only),
//               Tue 12. plain language (Stadthalle Eberbach), Wed 13. Teams (online, 13:00–16:00, 49 €), the cancelled
//               traffic-orders course (Thu 14.10., Stadthalle Eberbach), Tue 19. council meetings (hybrid, Rathaus
//               Sinsheim; deadline Fri 01.10. 12:00), Thu 21.10. (CEST) and Thu 04.11. (CET) leadership (Landratsamt)
//   November:   Tue 09. citizenship (hybrid, Landratsamt), Wed 17. intercultural competence (vhs-Haus Weinheim);
//               the draft accessible-PDF course on Tue 16.11.
//   December:   Thu 02. staff selection interviews (Landratsamt); the draft cemetery-fees course on Wed 08.12.
//   past:       Tue 20.07.2027 property tax (Landratsamt), Thu 02.09.2027 cash audit (Rathaus Wiesloch).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-09-06T06:15:00Z'); // Monday, 6 September 2027, 08:15 in Heidelberg (CEST)
const TZ = 'Europe/Berlin';

const T = {
  ergonomie: 'Ergonomie am Bildschirmarbeitsplatz', // Mon 06.09. 14:00–15:30, online, UKBW, Dr. Seidel, free
  datenschutz: 'Datenschutz in der Sozialverwaltung', // Tue 07.09. 09:00–12:30, Landratsamt, Kreisakademie, Vogel, 85 €, deadline passed Mon 30.08. 23:59
  ki: 'Der Kollege aus der Cloud', // Thu 09.09. 13:30–16:00, hybrid (Landratsamt), IT-Service, Hartmann, AI, free
  phishing: 'Nicht jeder Link ist ein Freund', // Mon 13.09. 09:00–11:00, online, IT-Service, Albrecht, free
  excel: 'Excel für Einsteiger: Tabellen, Formeln, Diagramme', // Tue 14.09. 09:00–12:30, vhs-Haus Weinheim, VHS, Neumann, 89 € (Dienststelle pays)
  deeskalation: 'Ruhig bleiben, wenn andere es nicht sind', // Tue 14.09. 14:00–16:30, Rathaus Sinsheim, UKBW, Kühn, free, 16 seats
  english: "Clear English for the Foreigners' Office", // Wed 15.09. 13:00–16:00, Landratsamt, VHS, Walsh, 120 €, in English, deadline passed Fri 03.09. 12:00
  zeit: 'Mehr Luft im Kalender', // Thu 16.09. 09:00–12:00, online, Kreisakademie, Krämer, 45 €, time management
  social: 'Instagram & Co. für Rathäuser', // Wed 22.09. 09:00–16:00, Rathaus Weinheim, Kreisakademie, Becker, 150 €
  eakte: 'Abschied vom Aktenschrank', // Tue 28.09. 09:00–11:30, online, IT-Service, Albrecht, e-file, free
  nkhr: 'Der Jahresabschluss nach dem Neuen Kommunalen Haushaltsrecht', // Wed 29.09. 09:00–16:00, Landratsamt, Verwaltungsschule, Dr. Renner, 230 €
  stress: 'Kraftquellen im Arbeitsalltag', // Thu 30.09. 13:30–16:00, online, UKBW, Dr. Seidel, free
  ersteHilfe: 'Erste-Hilfe-Grundausbildung für betriebliche Ersthelfer', // Tue 05.10. 08:30–16:30, DRK-Ausbildungszentrum Sinsheim, UKBW, Braun, free
  vergabe: 'Vergaberecht kompakt: UVgO und VOB/A', // Wed 06.10. 09:00–16:00, Palais Hirsch Schwetzingen, Verwaltungsschule, Fuchs, 260 €, deadline Fri 17.09. 23:59
  viba: 'Das Virtuelle Bauamt: Bauanträge digital bearbeiten', // Thu 07.10. 09:00–12:00, Rathaus Wiesloch, IT-Service, Roth, free, Große Kreisstädte only
  sprache: 'Schreiben, das ankommt', // Tue 12.10. 09:00–16:00, Stadthalle Eberbach, Kreisakademie, Lorenz, 140 €, plain language
  teams: 'Microsoft Teams für Fortgeschrittene', // Wed 13.10. 13:00–16:00, online, VHS, Neumann, 49 €
  sitzung: 'Sitzungsdienst im Gemeinderat: Ladung, Niederschrift, Öffentlichkeit', // Tue 19.10. 09:00–16:00, hybrid (Rathaus Sinsheim), Verwaltungsschule, Dr. Renner, 190 €, deadline Fri 01.10. 12:00
  fuehrung: 'Die ersten hundert Tage', // Thu 21.10. (CEST) and Thu 04.11. (CET) 09:00–16:00, Landratsamt, Führungsakademie, Dr. Brandstätter and Wolf, 590 €
  einbuergerung: 'Einbürgerung nach dem neuen Staatsangehörigkeitsrecht', // Tue 09.11. 09:00–16:00, hybrid (Landratsamt), Verwaltungsschule, Schäfer, 210 €
  vielfalt: 'Vielfalt am Schalter', // Wed 17.11. 09:00–12:30, vhs-Haus Weinheim, VHS, Demir, 75 €, intercultural competence
  auswahl: 'Auswahlgespräche strukturiert führen', // Thu 02.12. 09:00–16:00, Landratsamt, Kreisakademie, Graf, 180 €
  pdf: 'Barrierefreie PDF-Dokumente erstellen', // draft (Tue 16.11.)
  friedhof: 'Friedhofsverwaltung: Gebühren kalkulieren, Satzung anpassen', // draft (Wed 08.12.)
  outlook: 'Outlook im Griff: E-Mails, Kalender, Aufgaben', // cancelled (Thu 09.09.2027)
  verkehr: 'Verkehrsrechtliche Anordnungen an Arbeitsstellen', // cancelled (Thu 14.10.2027)
  kasse: 'Kassenprüfung in der Gemeindekasse', // past (Thu 2 September 2027)
  grundsteuer: 'Grundsteuer nach der Reform: Hebesätze und Bescheide', // past (Tue 20 July 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.pdf, T.friedhof, T.outlook, T.verkehr, T.kasse, T.grundsteuer];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'ki', q: 'Gibt es was zu künstlicher Intelligenz?', kind: 'list', titles: [T.ki] },
  {
    conv: 'ki',
    q: 'Wann genau?',
    kind: 'facts',
    titles: [T.ki],
    says: ['am Do., 09.09.2027 von 13:30 bis 16:00 Uhr'],
  },
  {
    conv: 'ki',
    q: 'Kann ich da auch von zu Hause aus teilnehmen?',
    kind: 'facts',
    titles: [T.ki],
    says: [/oder online/],
  },
  { conv: 'akte', q: 'any training for the E-Akte?', locale: 'en', kind: 'list', titles: [T.eakte] },
  {
    conv: 'akte',
    q: 'who runs it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.eakte],
    says: ['is led by Herr Jonas Albrecht'],
  },
  {
    conv: 'akte',
    q: 'how long does it take?',
    locale: 'en',
    kind: 'facts',
    titles: [T.eakte],
    says: ['lasts 2.5 hours, from 09:00 to 11:30'],
  },
  { conv: 'vergabe', q: 'Schulung Vergaberecht', kind: 'list', titles: [T.vergabe] },
  {
    conv: 'vergabe',
    q: 'Bis wann muss ich mich anmelden?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Fr., 17.09.2027, 23:59 Uhr'],
  },
  {
    conv: 'vergabe',
    q: 'Und wo ist das?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['Palais Hirsch, Schlossplatz 2, 68723 Schwetzingen'],
  },
  { conv: 'stress', q: 'ich bin total gestresst – gibt es da was?', kind: 'list', titles: [T.stress] },
  { conv: 'stress', q: 'kostet das was?', kind: 'facts', titles: [T.stress], says: ['ist kostenlos'] },
  {
    conv: 'stress',
    q: 'um wie viel uhr geht es los?',
    kind: 'facts',
    titles: [T.stress],
    says: ['beginnt am Do., 30.09.2027 um 13:30 Uhr'],
  },
  {
    conv: 'lead',
    q: 'I just became a manager – is there a course for me?',
    locale: 'en',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'lead',
    q: 'when is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['on 2 days', 'Thu, 21 Oct 2027 and Thu, 4 Nov 2027', 'each from 09:00 to 16:00'],
  },
  { conv: 'lead', q: 'and the price?', locale: 'en', kind: 'facts', titles: [T.fuehrung], says: ['costs €590'] },
  { conv: 'today', q: 'anything this afternoon?', locale: 'en', kind: 'list', titles: [T.ergonomie] },
  {
    conv: 'today',
    q: 'is it online or in person?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ergonomie],
    says: ['takes place online'],
  },
  {
    conv: 'today',
    q: 'who is the trainer?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ergonomie],
    says: ['is led by Frau Dr. Katrin Seidel'],
  },
  { conv: 'sitzung', q: 'Sitzungsdienst für den Gemeinderat', kind: 'list', titles: [T.sitzung] },
  {
    conv: 'sitzung',
    q: 'Anmeldeschluss?',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['bis Fr., 01.10.2027, 12:00 Uhr'],
  },
  {
    conv: 'sitzung',
    q: 'Findet das in Präsenz statt?',
    kind: 'facts',
    titles: [T.sitzung],
    says: [/im Rathaus Sinsheim.* oder online/],
  },
  // --- facts -----------------------------------------------------------------------------------------------------------
  {
    q: 'Was kostet die Excel-Schulung?',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 89 €'],
    mentions: ['Die Gebühr trägt die entsendende Dienststelle.'],
  },
  {
    q: 'how much is the course on the Jahresabschluss?',
    locale: 'en',
    kind: 'facts',
    titles: [T.nkhr],
    says: ['costs €230'],
  },
  {
    q: 'Wann ist das Seminar zur Einbürgerung?',
    kind: 'facts',
    titles: [T.einbuergerung],
    says: ['am Di., 09.11.2027 von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'wie lange dauert der erste hilfe kurs',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['dauert 8 Stunden, von 08:30 bis 16:30 Uhr'],
  },
  {
    q: 'Wer leitet die Führungswerkstatt?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['leiten Frau Dr. Ulrike Brandstätter und Herr Peter Wolf'],
  },
  {
    q: "registration deadline for the course for the foreigners' office",
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 3 Sep 2027, 12:00'],
  },
  {
    q: 'Anmeldeschluss Datenschutz Sozialverwaltung',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['ist am Mo., 30.08.2027, 23:59 Uhr abgelaufen'],
  },
  {
    q: 'Sind beim Deeskalationstraining noch Plätze frei?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['noch 16 von 16 Plätzen frei'],
  },
  // --- topic searches: typos, words only in summary or description, synonyms ------------------------------------------
  { q: 'exel kurs', kind: 'list', titles: [T.excel] },
  { q: 'rückenschmerzen vom langen sitzen', kind: 'list', titles: [T.ergonomie] },
  { q: 'Bauantrag digital', kind: 'list', titles: [T.viba] },
  { q: 'Leichte Sprache', kind: 'list', titles: [T.sprache] },
  { q: 'time management', locale: 'en', kind: 'list', titles: [T.zeit] },
  { q: 'how do I spot fake emails', locale: 'en', kind: 'list', titles: [T.phishing] },
  { q: 'interkulturelle Kompetenz', kind: 'list', titles: [T.vielfalt] },
  // --- time and place: date phrases, times of day, towns, the Landratsamt, formats, with and without topics ------------
  { q: 'Was ist diese Woche los?', kind: 'list', titles: [T.ergonomie, T.datenschutz, T.ki] },
  { q: 'diese woche nachmittags', kind: 'list', titles: [T.ergonomie, T.ki] },
  { q: 'anything next week in the morning?', locale: 'en', kind: 'list', titles: [T.phishing, T.excel, T.zeit] },
  { q: 'nächste Woche nachmittags', kind: 'list', titles: [T.deeskalation, T.english] },
  { q: 'Was läuft am Dienstag nächster Woche?', kind: 'list', titles: [T.excel, T.deeskalation] },
  {
    q: 'kostenlose Seminare in den nächsten zwei Wochen',
    kind: 'list',
    titles: [T.ergonomie, T.ki, T.phishing, T.deeskalation],
  },
  { q: 'anything in Weinheim in the next three weeks?', locale: 'en', kind: 'list', titles: [T.excel, T.social] },
  { q: 'Was gibt es Ende September online?', kind: 'list', titles: [T.eakte, T.stress] },
  { q: 'any hybrid seminars before October?', locale: 'en', kind: 'list', titles: [T.ki] },
  { q: 'im Herbst was zu Microsoft Teams?', kind: 'list', titles: [T.teams] },
  { q: 'is there a citizenship course this autumn?', locale: 'en', kind: 'list', titles: [T.einbuergerung] },
  { q: 'Was ist im Oktober in Sinsheim?', kind: 'list', titles: [T.ersteHilfe, T.sitzung] },
  {
    q: 'Was findet im September im Landratsamt statt?',
    kind: 'list',
    titles: [T.datenschutz, T.ki, T.english, T.nkhr],
  },
  { q: 'kostenlose Seminare im Oktober', kind: 'list', titles: [T.ersteHilfe, T.viba] },
  { q: 'Was bietet die Unfallkasse an?', kind: 'list', ...only(T.ergonomie, T.deeskalation, T.stress, T.ersteHilfe) },
  { q: 'Seminare von Dr. Renner', kind: 'list', ...only(T.nkhr, T.sitzung) },
  { q: 'Angebote für Kämmereien', kind: 'list', ...only(T.nkhr, T.vergabe) },
  { q: 'mehrtägige Seminare', kind: 'list', titles: [T.fuehrung] },
  { q: 'Kurse auf Englisch', kind: 'list', titles: [T.english] },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'Wann ist der Outlook-Kurs?', kind: 'gone', gone: T.outlook },
  { q: 'Schulung verkehrsrechtliche Anordnung', kind: 'gone', gone: T.verkehr },
  { q: 'Kassenprüfung', kind: 'gone', gone: T.kasse, says: ['Do., 02.09.2027'] },
  { q: 'Wann war das Grundsteuer-Seminar?', kind: 'gone', gone: T.grundsteuer, says: ['Di., 20.07.2027'] },
  { q: 'barrierefreie PDF', kind: 'none' },
  { q: 'Gabelstaplerschein', kind: 'none' },
  { q: 'scrum training', locale: 'en', kind: 'none' },
  { q: 'Hallo!', kind: 'help' },
  { q: 'meine Anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-forty-third, independent catalogue (Rhein-Neckar-Kreis, Kreisakademie, Unfallkasse BW)',
  {
    fixture: 'heldout243-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
