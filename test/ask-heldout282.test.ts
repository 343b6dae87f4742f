// Over-fitting check, two-hundred-and-eighty-second catalogue: the 2028 programme for the Landkreis Starnberg (Bavaria)
// and its town and municipalities (Starnberg, Gauting, Gilching, Herrsching a.Ammersee, Tutzing, Pöcking, Seefeld,
// Krailling, Berg, Weßling, Andechs and the others), with the Bayerische Verwaltungsschule (BVS), the Kommunale
// Unfallversicherung Bayern (KUVB), the AKDB, the Volkshochschule Starnberger See, the Landratsamt's Personalentwicklung,
// its data protection officer, its Katastrophenschutz and election office and the Energiewende Landkreis Starnberg e. V.,
// imported from a JSON file. Seminars take place in the Landratsamt Starnberg, the VHS-Haus Starnberg, the town halls of
// Starnberg, Gauting, Gilching, Herrsching, Tutzing, Pöcking and Seefeld, the Bauhof Gilching and the
// Kurparkschlösschen Herrsching, online or hybrid. Several titles do not name their subject ("Nicht jeder Anhang ist
// harmlos" is phishing, "Kurz, klar, beschlussfest" minutes of council meetings, "Ruhig bleiben am Schalter"
// de-escalation, "Schreibhilfe auf Knopfdruck" AI / ChatGPT, "Augen auf am Straßenrand" tree inspection, "Feierabend für
// die Schultern" neck and back exercises, "Wo morgen gebaut wird" land-use planning, "Vom Kollegen zur Chefin" new
// managers, "Besprechung ohne Anfahrt" Microsoft Teams, "Jede Kilowattstunde zählt" energy management, "Der Tag hat nur
// acht Stunden" time management, "Wenn der See über die Ufer tritt" floods and heavy rain, "Ehrenamt am Wahlsonntag"
// poll workers), so only summary, description or topics reveal it; one seminar is held in English; there are two Excel
// courses (basics online on two mornings in January, pivot tables in March); the leadership course runs on two Tuesdays
// across the start of summer time (Sun 26.03.2028); the registration course is open only to the municipalities, not to
// the Landratsamt; de-escalation and first aid are free, paid by the KUVB. The questions are typed as on a phone: lower
// case, few words, typos, missing umlauts; written without looking at the parser or the answers.
//
// Calendar around `now` (Thursday 20 January 2028, 08:45 in Starnberg, winter time; 2028 is a leap year; summer time
// begins Sun 26.03.2028 and ends Sun 29.10.2028; Easter Sunday is 16.04.2028):
//   this week:  Thu 20.01. (today) 14:00–15:30 phishing (online); Fri 21.01. (tomorrow) 09:00–12:00 cash offices
//               (Rathaus Gauting, 95 €; deadline passed Mon 17.01. 12:00); nothing at the weekend
//   next week:  Mon 24.01. 13:00–16:30 minutes (Landratsamt), Tue 25.01. and Thu 27.01. 08:30–12:00 Excel basics (online,
//               89 €), Wed 26.01. 09:00–16:00 de-escalation (Rathaus Gilching); nothing on Fri 28.01.
//   February:   Fri 04.02. 08:30–12:30 fire wardens (Rathaus Tutzing), Tue 08.02. 09:00–12:00 data protection (hybrid,
//               Landratsamt), Thu 10.02. 14:00–16:00 AI (online), the cancelled PowerPoint course (Fri 11.02.), Wed 16.02.
//               08:00–15:30 tree inspection (Bauhof Gilching, 160 €), Tue 22.02. 18:00–19:30 neck and back (VHS-Haus,
//               evening, 12 €)
//   March:      Wed 01.03. 09:00–16:00 land-use planning (Landratsamt, 250 €), Mon 06.03. 08:30–16:00 first aid (Rathaus
//               Herrsching), Mon 13.03. 13:30–16:30 English (VHS-Haus, 75 €; deadline Mon 06.03. 23:59), Wed 15.03.
//               09:00–12:30 Excel pivot tables (VHS-Haus, 65 €), Tue 21.03. (CET) and Tue 28.03. (CEST) 09:00–16:30
//               leadership (Kurparkschlösschen Herrsching, 420 €; deadline Fri 03.03. 23:59)
//   April:      Wed 19.04. 10:00–11:30 Teams (online), Wed 26.04. 09:00–15:00 registration law (Rathaus Starnberg, 195 €;
//               deadline Wed 05.04. 12:00, municipalities only)
//   May:        Thu 04.05. 13:00–16:30 energy (hybrid, Rathaus Gilching), the cancelled bathing-site course (Mon 15.05.),
//               Tue 16.05. 09:00–16:00 time management (Rathaus Pöcking, 110 €)
//   later:      Wed 14.06. 09:00–13:00 floods (Rathaus Seefeld), the draft lost-property course (Tue 20.06.), the draft
//               dog-tax course (Wed 05.07.), Mon 04.09. 09:00–15:00 trainees' induction day (Landratsamt), Thu 21.09.
//               18:00–20:00 poll workers (hybrid, Rathaus Starnberg, evening)
//   past:       Wed 10.11.2027 property tax (Rathaus Krailling), Tue 11.01.2028 payroll at the turn of the year (online).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-01-20T07:45:00Z'); // Thursday, 20 January 2028, 08:45 in Starnberg (CET)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Nicht jeder Anhang ist harmlos', // Thu 20.01. 14:00–15:30, online, AKDB, Rauscher, phishing, free
  zahlstelle: 'Zahlstellen und Barkassen sicher führen', // Fri 21.01. 09:00–12:00, Rathaus Gauting, BVS, Kögl, 95 €, deadline passed Mon 17.01. 12:00
  protokoll: 'Kurz, klar, beschlussfest', // Mon 24.01. 13:00–16:30, Landratsamt, PE, Stangl, minutes of council meetings, free
  excel: 'Excel Grundlagen: Formeln, Listen und Diagramme', // Tue 25.01. + Thu 27.01. 08:30–12:00, online, VHS, Lindner, 89 € (Dienststelle pays), 12 seats
  deeskalation: 'Ruhig bleiben am Schalter', // Wed 26.01. 09:00–16:00, Rathaus Gilching, KUVB, Wimmer, de-escalation, free (KUVB pays)
  brandschutz: 'Brandschutzhelferinnen und Brandschutzhelfer: Ausbildung nach ASR A2.2', // Fri 04.02. 08:30–12:30, Rathaus Tutzing, KUVB, Kratzer, free
  datenschutz: 'Datenschutz-Grundlagen für Beschäftigte der Gemeinden', // Tue 08.02. 09:00–12:00, hybrid (Landratsamt), Dr. Hofreiter, free
  ki: 'Schreibhilfe auf Knopfdruck', // Thu 10.02. 14:00–16:00, online, AKDB, Rauscher, AI / ChatGPT, free
  baum: 'Augen auf am Straßenrand', // Wed 16.02. 08:00–15:30, Bauhof Gilching, BVS, Pfister, tree inspection, 160 €
  ruecken: 'Feierabend für die Schultern', // Tue 22.02. 18:00–19:30, VHS-Haus Starnberg, VHS, Hainz, neck / back, 12 €
  bauleitplanung: 'Wo morgen gebaut wird', // Wed 01.03. 09:00–16:00, Landratsamt, BVS, Dr. Reindl, land-use planning, 250 €
  ersteHilfe: 'Erste-Hilfe-Fortbildung für betriebliche Ersthelferinnen und Ersthelfer', // Mon 06.03. 08:30–16:00, Rathaus Herrsching, KUVB, Seidl, free (KUVB pays)
  english: 'Welcome to the Rathaus: English at the Service Counter', // Mon 13.03. 13:30–16:30, VHS-Haus, VHS, Clarke, 75 €, in English, deadline Mon 06.03. 23:59
  pivot: 'Pivot-Tabellen in Excel: Daten auswerten leicht gemacht', // Wed 15.03. 09:00–12:30, VHS-Haus, VHS, Lindner, 65 €
  fuehrung: 'Vom Kollegen zur Chefin', // Tue 21.03. (CET) + Tue 28.03. (CEST) 09:00–16:30, Kurparkschlösschen Herrsching, BVS, Dr. Brenninger, 420 €, deadline Fri 03.03. 23:59
  teams: 'Besprechung ohne Anfahrt', // Wed 19.04. 10:00–11:30, online, AKDB, Albrecht, Microsoft Teams, free
  melde: 'Meldewesen aktuell: Bundesmeldegesetz und Pass- und Ausweisrecht', // Wed 26.04. 09:00–15:00, Rathaus Starnberg, BVS, Gschwendtner, 195 €, deadline Wed 05.04. 12:00, municipalities only
  energie: 'Jede Kilowattstunde zählt', // Thu 04.05. 13:00–16:30, hybrid (Rathaus Gilching), Energiewende, Obermaier, energy management, free
  zeit: 'Der Tag hat nur acht Stunden', // Tue 16.05. 09:00–16:00, Rathaus Pöcking, VHS, Lautenbacher, time management, 110 €
  hochwasser: 'Wenn der See über die Ufer tritt', // Wed 14.06. 09:00–13:00, Rathaus Seefeld, LRA Katastrophenschutz, Sedlmayr, floods / heavy rain, free
  azubi: 'Willkommen an Bord: Einführungstag für neue Auszubildende', // Mon 04.09. 09:00–15:00, Landratsamt, PE, Stangl, free
  wahl: 'Ehrenamt am Wahlsonntag', // Thu 21.09. 18:00–20:00, hybrid (Rathaus Starnberg), LRA Wahlen, Zankl, poll workers, free
  fundbuero: 'Fundsachen richtig verwalten: Fundrecht für das Fundbüro', // draft (Tue 20.06.)
  hundesteuer: 'Hundesteuer und Hundehaltung: Satzung, Kontrolle, Vollzug', // draft (Wed 05.07.)
  powerpoint: 'PowerPoint: Präsentationen für Gemeinderat und Bürgerversammlung', // cancelled (Fri 11.02.2028)
  badestelle: 'Badestellen am See: Verkehrssicherung und Badeaufsicht', // cancelled (Mon 15.05.2028)
  grundsteuer: 'Grundsteuer in Bayern: Flächenmodell, Hebesatz und Bescheide', // past (Wed 10 November 2027)
  entgelt: 'Entgeltabrechnung zum Jahreswechsel 2028', // past (Tue 11 January 2028)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.fundbuero, T.hundesteuer, T.powerpoint, T.badestelle, T.grundsteuer, T.entgelt];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'heute', q: 'heute was?', kind: 'list', titles: [T.phishing] },
  {
    conv: 'heute',
    q: 'wann genau',
    kind: 'facts',
    titles: [T.phishing],
    says: ['am Do., 20.01.2028 von 14:00 bis 15:30 Uhr'],
  },
  { conv: 'morgen', q: 'was is morgen', kind: 'list', titles: [T.zahlstelle] },
  { conv: 'morgen', q: 'wo is das', kind: 'facts', titles: [T.zahlstelle], says: ['im Rathaus Gauting'] },
  {
    conv: 'morgen',
    q: 'anmeldeschluss?',
    kind: 'facts',
    titles: [T.zahlstelle],
    says: ['ist am Mo., 17.01.2028, 12:00 Uhr abgelaufen'],
  },
  { conv: 'fuehrung', q: 'kurs fuer neue teamleiter', kind: 'list', titles: [T.fuehrung] },
  { conv: 'fuehrung', q: 'was kostet der', kind: 'facts', titles: [T.fuehrung], says: ['kostet 420 €'] },
  {
    conv: 'fuehrung',
    q: 'wann is der',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Di., 21.03.2028 und Di., 28.03.2028', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    conv: 'fuehrung',
    q: 'wo findet der statt',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['Kurparkschlösschen Herrsching'],
  },
  { conv: 'english', q: 'english course for the counter?', locale: 'en', kind: 'list', titles: [T.english] },
  {
    conv: 'english',
    q: 'where is it',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['takes place at VHS-Haus Starnberg'],
  },
  { conv: 'ki', q: 'ki schulung', kind: 'list', titles: [T.ki] },
  {
    conv: 'ki',
    q: 'wie lang dauert das',
    kind: 'facts',
    titles: [T.ki],
    says: ['dauert 2 Stunden, von 14:00 bis 16:00 Uhr'],
  },
  { conv: 'hochwasser', q: 'hochwasser kurs', kind: 'list', titles: [T.hochwasser] },
  {
    conv: 'hochwasser',
    q: 'wann',
    kind: 'facts',
    titles: [T.hochwasser],
    says: ['am Mi., 14.06.2028 von 09:00 bis 13:00 Uhr'],
  },
  // --- facts -----------------------------------------------------------------------------------------------------------
  {
    q: 'wo is der datenschutz kurs',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['im Landratsamt Starnberg', 'oder online statt'],
  },
  { q: 'was kostet die baumkontrolle', kind: 'facts', titles: [T.baum], says: ['kostet 160 €'] },
  {
    q: 'kosten erste hilfe',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangskosten übernimmt die KUVB für ihre Mitgliedsverwaltungen.'],
  },
  {
    q: 'wann faengt brandschutzhelfer an',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['beginnt am Fr., 04.02.2028 um 08:30 Uhr'],
  },
  {
    q: 'bis wann anmelden meldewesen',
    kind: 'facts',
    titles: [T.melde],
    says: ['bis Mi., 05.04.2028, 12:00 Uhr'],
  },
  {
    q: 'excel grundlagen noch plätze frei?',
    kind: 'facts',
    titles: [T.excel],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  {
    q: 'wie lange dauert excel grundlagen',
    kind: 'facts',
    titles: [T.excel],
    says: ['dauert 2 Tage, jeweils von 08:30 bis 12:00 Uhr'],
  },
  {
    q: 'energiesparen seminar online oder vor ort',
    kind: 'facts',
    titles: [T.energie],
    says: ['findet hybrid statt: im Rathaus Gilching'],
  },
  {
    q: 'what time does the english course start',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['starts on Mon, 13 Mar 2028 at 13:30'],
  },
  // --- topic searches: typos, words only in summary or description, everyday words -------------------------------------
  { q: 'phising mails erkennen', kind: 'list', titles: [T.phishing] },
  { q: 'protokol gemeinderatssitzung', kind: 'list', titles: [T.protokoll] },
  { q: 'aggressive bürger', kind: 'list', titles: [T.deeskalation] },
  { q: 'chatgpt', kind: 'list', titles: [T.ki] },
  { q: 'baumkontrolle', kind: 'list', titles: [T.baum] },
  { q: 'bebauungsplan', kind: 'list', titles: [T.bauleitplanung] },
  { q: 'ersthelfer auffrischung', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'melderecht schulung', kind: 'list', titles: [T.melde] },
  { q: 'zeitmanagment', kind: 'list', titles: [T.zeit] },
  { q: 'wahlhelfer', kind: 'list', titles: [T.wahl] },
  { q: 'excel kurs', kind: 'list', ...only(T.excel, T.pivot) },
  { q: 'kurs excel märz', kind: 'list', titles: [T.pivot] },
  // --- time and place filters, format, provider, trainer, cost, length -------------------------------------------------
  { q: 'was is diese woche', kind: 'list', titles: [T.phishing, T.zahlstelle] },
  { q: 'nächste woche kurse', kind: 'list', titles: [T.protokoll, T.excel, T.deeskalation] },
  { q: 'online naechste woche', kind: 'list', titles: [T.excel] },
  { q: 'was gibts im februar', kind: 'list', titles: [T.brandschutz, T.datenschutz, T.ki, T.baum, T.ruecken] },
  { q: 'kostenlos im februar', kind: 'list', titles: [T.brandschutz, T.datenschutz, T.ki] },
  { q: 'was is im april', kind: 'list', titles: [T.teams, T.melde] },
  { q: 'september?', kind: 'list', titles: [T.azubi, T.wahl] },
  { q: 'kurse freitags', kind: 'list', ...only(T.zahlstelle, T.brandschutz) },
  { q: 'abendkurse', kind: 'list', ...only(T.ruecken, T.wahl) },
  { q: 'seminare in gilching', kind: 'list', ...only(T.deeskalation, T.baum, T.energie) },
  { q: 'kurse in herrsching', kind: 'list', ...only(T.ersteHilfe, T.fuehrung) },
  { q: 'was is im landratsamt', kind: 'list', ...only(T.protokoll, T.datenschutz, T.bauleitplanung, T.azubi) },
  { q: 'hybride seminare', kind: 'list', ...only(T.datenschutz, T.energie, T.wahl) },
  { q: 'was macht die kuvb', kind: 'list', ...only(T.deeskalation, T.brandschutz, T.ersteHilfe) },
  { q: 'bvs kurse', kind: 'list', ...only(T.zahlstelle, T.baum, T.bauleitplanung, T.fuehrung, T.melde) },
  { q: 'any courses in english', locale: 'en', kind: 'list', titles: [T.english] },
  { q: 'was gibts fuer fuehrungskraefte', kind: 'list', titles: [T.fuehrung] },
  { q: 'kurse über 200 euro', kind: 'list', ...only(T.bauleitplanung, T.fuehrung) },
  { q: 'kurze kurse max 2 std', kind: 'list', ...only(T.phishing, T.ki, T.ruecken, T.teams, T.wahl) },
  { q: 'mehrtägige kurse', kind: 'list', ...only(T.excel, T.fuehrung) },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'powerpoint kurs', kind: 'gone', gone: T.powerpoint },
  { q: 'kurs badeaufsicht', kind: 'gone', gone: T.badestelle },
  { q: 'grundsteuer schulung wann war die', kind: 'gone', gone: T.grundsteuer, says: ['Mi., 10.11.2027'] },
  { q: 'entgeltabrechnung jahreswechsel', kind: 'gone', gone: T.entgelt, says: ['Di., 11.01.2028'] },
  { q: 'fundbüro', kind: 'none' },
  { q: 'hundesteuer', kind: 'none' },
  { q: 'kurse in andechs', kind: 'none' },
  { q: 'hi', kind: 'help' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-eighty-second, independent catalogue (Landkreis Starnberg, BVS, KUVB, AKDB, VHS Starnberger See)',
  {
    fixture: 'heldout282-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
