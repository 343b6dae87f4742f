// Over-fitting check, three-hundred-and-fifty-fourth catalogue: the autumn 2029 programme for the Landkreis Rostock
// (Mecklenburg-Vorpommern), its Kreisverwaltung (Kreishaus Güstrow, Am Wall 3–5, and the Standort Bad Doberan,
// August-Bebel-Straße 3) and the thirteen Ämter (Bad Doberan-Land, Bützow-Land, Carbäk, Gnoien, Güstrow-Land, Krakow am
// See, Laage, Mecklenburgische Schweiz, Neubukow-Salzhaff, Rostocker Heide, Schwaan, Tessin, Warnow-West), with the
// Fachhochschule für öffentliche Verwaltung, Polizei und Rechtspflege M-V in Güstrow (Goldberger Straße 12–13), the
// Unfallkasse Mecklenburg-Vorpommern (Schwerin), the Zweckverband eGo-MV, the Kreisvolkshochschule (Regionalstelle Bad
// Doberan), the Städte- und Gemeindetag M-V and the county's Fachdienst Personal und Organisation, imported from a JSON
// file. Other places: the Sitzungssaal of the Amt Krakow am See, the Amt Schwaan, the DRK-Ausbildungszentrum in Teterow,
// the Straßenmeisterei Bützow and the Feuerwehrtechnisches Zentrum in Güstrow. Several titles do not name their subject
// ("Kollege Chatbot" is AI, "Der erste Eindruck zählt" manners for trainees, "Posteingang im Griff" Outlook, "Die ersten
// 100 Tage" new managers, "Der Haushalt in 90 Minuten" the budget for Gemeindevertreter, "Ohne Papier bezahlt"
// XRechnung, "Klartext im Amt" plain language, "Ankommen im Landkreis" induction day, "Was ich sehe, bleibt hier" data
// protection for trainees, "Wenn der Frost kommt" winter road service, "Wenn das Gespräch kippt" de-escalation, "Teams,
// die man nicht sieht" leading remote teams, "Von der Einladung bis zur Niederschrift" council meetings, "Kraftquellen
// im Arbeitsalltag" stress). One seminar is held in English; the budget evening and the council-meeting course are open
// only to the Ämter. The import holds no registrations, so every seminar still has all its seats free.
// Questions are mostly about cost, seats, registration deadlines and audiences (managers, trainees, new staff), mixed
// with searches, follow-ups, gone seminars, no match and greetings, some in English, written without looking at the
// parser.
//
// Calendar around `now` (Thursday 27 September 2029, 10:00 in Güstrow, summer time; summer time ends Sun 28.10.2029;
// Wed 03.10. Tag der Deutschen Einheit and Wed 31.10. Reformationstag are holidays in Mecklenburg-Vorpommern):
//   this week:  Thu 27.09. (today) 14:00–15:30 AI (online; no deadline given, so registration until the start);
//               Fri 28.09. 08:30–14:00 manners for trainees (Kreishaus; deadline passed Mon 24.09. 23:59)
//   next week:  Thu 04.10. 09:00–12:00 Outlook (online, 45 €)
//   October:    Tue 09.10.+Wed 10.10. 09:00–16:30 new managers (FH, 390 €, deadline Fri 28.09. 12:00), Thu 11.10.
//               18:30–20:00 budget evening (Krakow am See, free), Tue 16.10. 10:00–11:30 XRechnung (online, free),
//               Wed 17.10. 13:00–16:30 plain language (hybrid, FH, 95 €, deadline passed Fri 21.09.), the cancelled
//               PowerPoint course (Fri 19.10.), Tue 23.10. first aid (Teterow, free), Wed 24.10. procurement (FH, 240 €,
//               deadline Fri 05.10. 23:59); nothing on Wed 31.10. (Reformationstag)
//   November:   Mon 05.11. induction day (Kreishaus, free, deadline Fri 26.10.), Tue 06.11. data protection for trainees
//               (online, free), Thu 08.11. annual staff talks (Bad Doberan, 180 €), Mon 12.11. 07:00–12:00 winter
//               service (Bützow, free), Tue 13.11. English (KVHS Bad Doberan, 75 €, deadline Tue 06.11. 12:00), Thu
//               15.11. de-escalation (Schwerin, free), Mon 19.11.–Wed 21.11. 08:30–15:00 administrative law (FH, 495 €,
//               deadline Fri 02.11. 23:59), Tue 20.11. remote leadership (online, 150 €), the cancelled Zahlstellen course
//               (Thu 22.11.), Tue 27.11. council meetings (Schwaan, 60 €, Ämter only), Thu 29.11. Excel (hybrid,
//               Kreishaus, 120 €, 10 seats)
//   December:   Mon 03.12. exam preparation for trainees (FH, 150 €), Wed 05.12. stress (online, free, 25 seats)
//   2030:       the draft Wohngeld course (Thu 17.01.), Tue 22.01. fire wardens (FTZ Güstrow, free, deadline Fri
//               11.01.2030 23:59), the draft Bürgerbeteiligung course (Wed 13.02.)
//   past:       Wed 20.06.2029 heat protection (Straßenmeisterei Bützow), Tue 04.09.2029 property tax (online).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2029-09-27T08:00:00Z'); // Thursday, 27 September 2029, 10:00 in Güstrow (CEST)
const TZ = 'Europe/Berlin';

const T = {
  ki: 'Kollege Chatbot', // Thu 27.09. 14:00–15:30, online, eGo-MV, Herr Jan Petersen, AI, free, 100 seats, no deadline (= start)
  knigge: 'Der erste Eindruck zählt', // Fri 28.09. 08:30–14:00, Kreishaus Güstrow, Fachdienst Personal, Frau Katrin Möller, manners for trainees, free, 20 seats, deadline passed Mon 24.09. 23:59
  outlook: 'Posteingang im Griff', // Thu 04.10. 09:00–12:00, online, KVHS, Frau Sabine Kruse, Outlook, 45 €, 12 seats
  fuehrung: 'Die ersten 100 Tage', // Tue 09.10.+Wed 10.10. 09:00–16:30, FH Güstrow, Frau Dr. Susanne Wendt, new managers, 390 €, 14 seats, deadline Fri 28.09. 12:00
  haushalt: 'Der Haushalt in 90 Minuten', // Thu 11.10. 18:30–20:00, Amt Krakow am See, StGT, Herr Dr. Frank Albrecht, budget for Gemeindevertreter, free, Ämter only
  erechnung: 'Ohne Papier bezahlt', // Tue 16.10. 10:00–11:30, online, eGo-MV, Frau Claudia Behrens, XRechnung, free
  klartext: 'Klartext im Amt', // Wed 17.10. 13:00–16:30, hybrid (FH Güstrow), Frau Dr. Ines Kühl, plain language, 95 €, deadline passed Fri 21.09. 23:59
  ersteHilfe: 'Erste-Hilfe-Fortbildung für betriebliche Ersthelfer', // Tue 23.10. 08:00–15:30, DRK Teterow, UK M-V, Herr Sven Kowalski (DRK), free, 16 seats, deadline Fri 12.10.
  vergabe: 'Vergabe unterhalb der EU-Schwellenwerte: UVgO und Vergabegesetz M-V', // Wed 24.10. 09:00–16:00, FH Güstrow, Herr Dr. Frank Albrecht, 240 €, 20 seats, no waitlist, deadline Fri 05.10. 23:59
  onboarding: 'Ankommen im Landkreis', // Mon 05.11. 09:00–15:00, Kreishaus Güstrow, Frau Anke Jürgens, induction day for new staff, free, deadline Fri 26.10. 23:59
  datenschutz: 'Was ich sehe, bleibt hier', // Tue 06.11. 09:00–11:30, online, Herr Matthias Voß, data protection for trainees, free
  gespraech: 'Jahresgespräche wirksam führen', // Thu 08.11. 09:00–16:00, Kreisverwaltung Bad Doberan, FH, Herr Michael Brandt, staff talks for managers, 180 €, 12 seats
  winter: 'Wenn der Frost kommt', // Mon 12.11. 07:00–12:00, Straßenmeisterei Bützow, Herr Dirk Hannemann, winter road service, free
  english: 'Welcome to the Baltic Coast: English at the Front Desk', // Tue 13.11. 09:00–12:30, KVHS Bad Doberan, Fiona McLeod, 75 €, 12 seats, deadline Tue 06.11. 12:00
  deeskalation: 'Wenn das Gespräch kippt', // Thu 15.11. 09:00–16:00, UK M-V Schwerin, Frau Birgit Lange und Herr Olaf Schütt (Polizei), de-escalation, free, 16 seats
  vwrecht: 'Grundkurs Verwaltungsrecht M-V: Vom Antrag zum Bescheid', // Mon 19.11.–Wed 21.11. 08:30–15:00, FH Güstrow, Herr Prof. Dr. Rainer Holst, new staff / career changers, 495 €, deadline Fri 02.11. 23:59
  distanz: 'Teams, die man nicht sieht', // Tue 20.11. 09:00–12:30, online, FH, Frau Dr. Susanne Wendt, leading remote teams, 150 €
  sitzung: 'Von der Einladung bis zur Niederschrift', // Tue 27.11. 09:00–12:30, Amt Schwaan, StGT, Frau Heike Rühs, council meetings, 60 €, Ämter only
  excel: 'Excel für Fortgeschrittene: SVERWEIS, Pivot und Power Query', // Thu 29.11. 09:00–15:00, hybrid (Kreishaus Güstrow), KVHS, Frau Sabine Kruse, 120 €, 10 seats
  pruefung: 'Fit für die Abschlussprüfung', // Mon 03.12. 08:00–15:00, FH Güstrow, Herr Prof. Dr. Rainer Holst, exam preparation for trainees, 150 €
  stress: 'Kraftquellen im Arbeitsalltag', // Wed 05.12. 09:00–12:00, online, UK M-V, Frau Birgit Lange, stress / resilience, free, 25 seats
  brandschutz: 'Brandschutzhelfer-Ausbildung nach ASR A2.2', // Tue 22.01.2030 08:30–12:30, FTZ Güstrow, Herr Ronny Schulz, free, deadline Fri 11.01.2030 23:59
  wohngeld: 'Wohngeld kompakt: Neuerungen zum 1. Januar 2030', // draft (Thu 17.01.2030)
  beteiligung: 'Bürgerbeteiligung digital: Online-Umfragen und Beteiligungsportale', // draft (Wed 13.02.2030)
  powerpoint: 'PowerPoint kompakt: Präsentationen gestalten', // cancelled (Fri 19.10.2029), Frau Sabine Kruse
  zahlstellen: 'Zahlstellen und Handvorschüsse sicher führen', // cancelled (Thu 22.11.2029), Herr Dr. Frank Albrecht
  grundsteuer: 'Grundsteuerreform in Mecklenburg-Vorpommern: Bescheide und Widersprüche', // past (Tue 04.09.2029), online
  hitze: 'Hitzeschutz bei der Arbeit im Freien', // past (Wed 20.06.2029), Straßenmeisterei Bützow
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.wohngeld, T.beteiligung, T.powerpoint, T.zahlstellen, T.grundsteuer, T.hitze];
const only = onlyAmong(all, NEVER);

const FH =
  'Fachhochschule für öffentliche Verwaltung, Polizei und Rechtspflege, Goldberger Straße 12–13, 18273 Güstrow';
const KREISHAUS = 'Kreishaus Güstrow, Am Wall 3–5, 18273 Güstrow';

const CASES: Case[] = [
  // --- audiences with follow-ups: managers, trainees, new staff ---------------------------------------------------------
  {
    conv: 'fuehrung',
    q: 'ich bin Führungskraft, was gibt es für mich?',
    kind: 'list',
    ...only(T.fuehrung, T.gespraech, T.distanz),
  },
  { conv: 'fuehrung', q: 'was kostet der zweitägige?', kind: 'facts', titles: [T.fuehrung], says: ['kostet 390 €'] },
  {
    conv: 'fuehrung',
    q: 'bis wann muss ich mich da anmelden',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['bis Fr., 28.09.2029, 12:00 Uhr'],
  },
  {
    conv: 'fuehrung',
    q: 'sind noch plätze frei?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['noch 14 von 14 Plätzen frei'],
  },
  { conv: 'azubi', q: 'gibt es was für azubis?', kind: 'list', ...only(T.knigge, T.datenschutz, T.pruefung) },
  {
    conv: 'azubi',
    q: 'ist der datenschutzkurs für azubis kostenlos?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['ist kostenlos'],
  },
  {
    conv: 'azubi',
    q: 'und die prüfungsvorbereitung, was kostet die?',
    kind: 'facts',
    titles: [T.pruefung],
    says: ['kostet 150 €'],
  },
  { conv: 'azubi', q: 'wo findet die statt', kind: 'facts', titles: [T.pruefung], says: [FH] },
  {
    miss: 'only the induction day is listed, not the basic course whose audience is new staff and career changers',
    conv: 'neu',
    q: 'bin neu beim landkreis – gibt es ein seminar für neue beschäftigte?',
    kind: 'list',
    first: T.onboarding,
    ...maybeAlso(only(T.onboarding, T.vwrecht), T.knigge),
  },
  {
    conv: 'neu',
    q: 'bis wann kann ich mich für den einführungstag anmelden',
    kind: 'facts',
    titles: [T.onboarding],
    says: ['bis Fr., 26.10.2029, 23:59 Uhr'],
  },
  { conv: 'neu', q: 'wo ist das?', kind: 'facts', titles: [T.onboarding], says: [KREISHAUS] },
  {
    conv: 'managers',
    q: 'what courses do you have for managers?',
    locale: 'en',
    kind: 'list',
    ...only(T.fuehrung, T.gespraech, T.distanz),
  },
  {
    conv: 'managers',
    q: 'is the one about leading remote teams online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.distanz],
    says: ['takes place online'],
  },
  // --- English course, cost, seats, deadline ------------------------------------------------------------------------------
  { conv: 'english', q: 'Are there any courses in English?', locale: 'en', kind: 'list', titles: [T.english] },
  {
    conv: 'english',
    q: 'how much does it cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['costs', /75/],
  },
  {
    conv: 'english',
    q: 'are there still seats available?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['has 12 of 12 seats left'],
  },
  {
    conv: 'english',
    q: 'until when can I register?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['You can register', /06\.11\.2029|6 Nov|11\/06\/2029|November 6/],
  },
  // --- seats, cost and deadline follow-ups --------------------------------------------------------------------------------
  {
    conv: 'excel',
    q: 'sind im excel kurs noch plätze frei',
    kind: 'facts',
    titles: [T.excel],
    says: ['noch 10 von 10 Plätzen frei'],
  },
  { conv: 'excel', q: 'was kostet der', kind: 'facts', titles: [T.excel], says: ['kostet 120 €'] },
  {
    conv: 'excel',
    q: 'kann ich da auch online teilnehmen?',
    kind: 'facts',
    titles: [T.excel],
    says: ['findet hybrid statt', KREISHAUS],
  },
  {
    conv: 'ki',
    q: 'kann ich mich heute noch für den KI-Kurs anmelden?',
    kind: 'facts',
    titles: [T.ki],
    says: ['bis Do., 27.09.2029, 14:00 Uhr'],
  },
  { conv: 'ki', q: 'um wieviel uhr gehts los?', kind: 'facts', titles: [T.ki], says: ['Do., 27.09.2029', '14:00'] },
  { conv: 'ki', q: 'kostet der was?', kind: 'facts', titles: [T.ki], says: ['ist kostenlos'] },
  {
    conv: 'oktober',
    q: 'kostenlose Seminare im Oktober',
    kind: 'list',
    titles: [T.haushalt, T.erechnung, T.ersteHilfe],
  },
  { conv: 'oktober', q: 'welches davon ist online?', kind: 'list', titles: [T.erechnung] },
  {
    conv: 'oktober',
    q: 'wer leitet das?',
    kind: 'facts',
    titles: [T.erechnung],
    says: ['leitet Frau Claudia Behrens'],
  },
  {
    conv: 'vergabe',
    q: 'bis wann kann man sich zur vergabeschulung anmelden?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Fr., 05.10.2029, 23:59 Uhr'],
  },
  {
    conv: 'vergabe',
    q: 'ist die schon ausgebucht?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['noch 20 von 20 Plätzen frei'],
  },
  { conv: 'vergabe', q: 'und was kostet sie', kind: 'facts', titles: [T.vergabe], says: ['kostet 240 €'] },
  {
    conv: 'knigge',
    q: 'Kann ich mich noch für „Der erste Eindruck zählt“ anmelden?',
    kind: 'facts',
    titles: [T.knigge],
    says: ['am Mo., 24.09.2029, 23:59 Uhr abgelaufen'],
  },
  {
    conv: 'knigge',
    q: 'wann ist der nochmal',
    kind: 'facts',
    titles: [T.knigge],
    says: ['am Fr., 28.09.2029 von 08:30 bis 14:00 Uhr'],
  },
  // --- single fact questions: cost, seats, deadlines ----------------------------------------------------------------------
  {
    q: 'was kostet das seminar zu mitarbeitergesprächen?',
    kind: 'facts',
    titles: [T.gespraech],
    says: ['kostet 180 €'],
  },
  { q: 'Ist der Erste-Hilfe-Kurs kostenlos?', kind: 'facts', titles: [T.ersteHilfe], says: ['ist kostenlos'] },
  {
    q: 'ist die deeskalationsschulung ausgebucht?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['noch 16 von 16 Plätzen frei'],
  },
  {
    q: 'ist die anmeldefrist für klartext im amt schon vorbei?',
    kind: 'facts',
    titles: [T.klartext],
    says: ['am Fr., 21.09.2029, 23:59 Uhr abgelaufen'],
  },
  {
    q: 'Anmeldeschluss Grundkurs Verwaltungsrecht?',
    kind: 'facts',
    titles: [T.vwrecht],
    says: ['bis Fr., 02.11.2029, 23:59 Uhr'],
  },
  {
    q: 'wie lange dauert der grundkurs verwaltungsrecht',
    kind: 'facts',
    titles: [T.vwrecht],
    says: ['dauert 3 Tage, jeweils von 08:30 bis 15:00 Uhr'],
  },
  { q: 'was kostet der outlook kurs', kind: 'facts', titles: [T.outlook], says: ['kostet 45 €'] },
  {
    q: 'wieviele plätze sind beim stressseminar noch frei',
    kind: 'facts',
    titles: [T.stress],
    says: ['noch 25 von 25 Plätzen frei'],
  },
  {
    q: 'Was kostet die Schulung zum Sitzungsdienst?',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['kostet 60 €'],
  },
  {
    q: 'wann ist der Haushaltsabend für Gemeindevertreter?',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['am Do., 11.10.2029 von 18:30 bis 20:00 Uhr'],
  },
  {
    q: 'brandschutzhelfer anmeldeschluss',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['bis Fr., 11.01.2030, 23:59 Uhr'],
  },
  {
    q: 'Is the de-escalation training free?',
    locale: 'en',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['is free of charge'],
  },
  // --- searches by cost, seats, place, provider, trainer, date ------------------------------------------------------------
  { q: 'kurse über 300 euro', kind: 'list', ...only(T.fuehrung, T.vwrecht) },
  {
    q: 'online kurse unter 100 euro',
    kind: 'list',
    ...maybeAlso(only(T.ki, T.outlook, T.erechnung, T.datenschutz, T.stress), T.klartext),
  },
  {
    q: 'was gibt es im november unter 100 €?',
    kind: 'list',
    ...only(T.onboarding, T.datenschutz, T.winter, T.english, T.deeskalation, T.sitzung),
  },
  { q: 'welche kurse im dezember haben noch freie plätze?', kind: 'list', titles: [T.pruefung, T.stress] },
  {
    q: 'welche führungskräfteseminare haben noch freie plätze',
    kind: 'list',
    ...only(T.fuehrung, T.gespraech, T.distanz),
  },
  { q: 'was bietet die unfallkasse an?', kind: 'list', ...only(T.ersteHilfe, T.deeskalation, T.stress) },
  { q: 'Kurse der Kreisvolkshochschule', kind: 'list', ...only(T.outlook, T.english, T.excel) },
  {
    miss: '"an der FH in Güstrow" is read as the town, so the courses in the Kreishaus Güstrow are listed too',
    q: 'was findet an der FH in Güstrow statt?',
    kind: 'list',
    ...maybeAlso(only(T.fuehrung, T.klartext, T.vergabe, T.vwrecht, T.pruefung), T.distanz, T.gespraech),
  },
  { q: 'seminare in bad doberan', kind: 'list', ...only(T.gespraech, T.english) },
  { q: 'was läuft diese woche', kind: 'list', titles: [T.ki, T.knigge] },
  { q: 'was ist nächste woche?', kind: 'list', titles: [T.outlook] },
  { q: 'gibt es am 31.10. was?', kind: 'none' },
  // --- subjects only summary, description or topics name ------------------------------------------------------------------
  { q: 'bürgernahe sprache in bescheiden', kind: 'list', titles: [T.klartext] },
  { q: 'mitarbeiter im homeoffice führen', kind: 'list', titles: [T.distanz] },
  // --- gone, drafts never shown, nothing, greeting, own registrations, no context ------------------------------------------
  { q: 'findet der powerpoint kurs statt?', kind: 'gone', gone: T.powerpoint },
  { q: 'wann war das grundsteuer-seminar?', kind: 'gone', gone: T.grundsteuer, says: ['Di., 04.09.2029'] },
  { q: 'hitzeschutz schulung', kind: 'gone', gone: T.hitze, says: ['Mi., 20.06.2029'] },
  { q: 'was kostet das zahlstellen-seminar?', kind: 'gone', gone: T.zahlstellen },
  { q: 'wohngeld fortbildung', kind: 'none' },
  { q: 'gibt es was zum jagdrecht?', kind: 'none' },
  { q: 'Moin!', kind: 'help' },
  { q: 'wo bin ich angemeldet', kind: 'myRegistrations' },
  { conv: 'leer', q: 'und was kostet der?', kind: 'noContext' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-fifty-fourth, independent catalogue (Landkreis Rostock, FH Güstrow, Unfallkasse M-V, eGo-MV, Kreisvolkshochschule)',
  {
    fixture: 'heldout354-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
