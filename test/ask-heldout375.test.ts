// Over-fitting check, three-hundred-and-seventy-fifth catalogue: the winter 2030/31 programme for the Landkreis
// Vorpommern-Greifswald (Mecklenburg-Vorpommern) — the Kreisverwaltung in Greifswald and Anklam, the Amt Am Stettiner
// Haff (Eggesin) and the Stadt Pasewalk — with the Fachhochschule für öffentliche Verwaltung, Polizei und Rechtspflege
// M-V (FHöVPR, Güstrow), the Kommunaler Schadenausgleich (KSA), the Personalamt of the Kreisverwaltung and the
// Landesbeauftragte für Datenschutz und Informationsfreiheit M-V, imported from a JSON file. Seminars take place in the
// Kreishaus Greifswald (Feldstraße 85a: Kreistagssaal, Schulungsraum 1.08), the Kreishaus Anklam (Demminer Straße 71-74:
// Schulungsraum 204, Großer Sitzungssaal), the Amtsgebäude Eggesin (Stettiner Straße 1), the FHöVPR campus in Güstrow,
// online or hybrid. Nothing takes place in Pasewalk itself; Eggesin is the nearest place (about 25 km), then Anklam.
// The provider "Kreisverwaltung Vorpommern-Greifswald" and the first-aid trainer's DRK Kreisverband
// "Ostvorpommern-Greifswald" carry the name Greifswald without the seminar being held there. One seminar is held in
// English (online). Several titles do not name their subject ("Daten im Griff" is data protection, "Wer heißt wie?" the
// new naming law for registrars, "Wenn es glatt wird" winter road service / gritting liability, "Rollenwechsel" new
// managers, "Schreiben lassen?" AI / ChatGPT, "Wenn es laut wird" de-escalation, "Was kostet die Gemeinde?" the
// municipal budget for councillors, "Kraft tanken" stress / resilience, "Erster Eindruck zählt" manners for
// apprentices, "Heiraten mit Auslandsbezug" marriages with foreigners for registrars), so only summary, description or
// topics reveal it. About 40 % of the questions are in English.
//
// Calendar around `now` (Tuesday 14 January 2031, 10:15 in Greifswald, winter time throughout the programme; summer time
// begins Sun 30.03.2031; no public holiday in Mecklenburg-Vorpommern falls in the programme — 08.03. is a Saturday):
//   this week:  Tue 14.01. (today) 13:00–15:30 data protection (online, LfDI); Thu 16.01. 09:00–16:00 naming law
//               (Güstrow, 190 €, deadline passed Fri 10.01. 12:00); Fri 17.01. 08:30–14:30 Excel (Kreishaus Anklam, 95 €)
//               — nothing on Wed 15.01. (but the SGB XII deadline is then, 23:59)
//   next week:  Mon 20.01. 09:00–12:00 winter service (Eggesin, KSA); Wed 22.01.+Thu 23.01. 09:00–12:30 SGB XII
//               Grundsicherung (online, 160 €); the cancelled Outlook/Teams course (Fri 24.01., Anklam)
//   February:   Mon 03.–Wed 05.02. 08:00–14:00 exam preparation for apprentices (Kreishaus Greifswald); Tue 04.02.
//               09:00–15:00 playground inspection (Eggesin, KSA); Thu 06.02. 09:00–12:00 Sitzungsdienst (hybrid,
//               Kreishaus Greifswald); Fri 07.02. 08:00–15:30 first aid (Kreishaus Anklam); Mon 10.–Tue 11.02.
//               09:00–16:30 leadership (Güstrow, 420 €, deadline Fri 24.01. 23:59); Wed 12.02. 14:00–16:00 AI
//               (online); Tue 18.02. official notices (Güstrow, 180 €); Thu 20.02. 09:00–15:00 de-escalation (Kreishaus
//               Greifswald); Tue 25.02. 09:00–12:00 social data protection (hybrid, Kreishaus Anklam, LfDI); Wed 26.02.
//               first of three English sessions 15:00–16:30 (online, 60 €; then Wed 05.03., 12.03.)
//   March:      Mon 03.03. 09:00–15:00 induction day (Kreishaus Greifswald); Wed 05.03. procurement (Güstrow, 240 €);
//               Thu 06.03. 18:00–20:30 budget for councillors (Eggesin, evening); the cancelled Barkassen course (Mon
//               10.03., Eggesin); Tue 11.03. 08:00–12:00 fire wardens (Kreishaus Greifswald); Wed 19.03. 09:00–15:00 tree
//               inspection (Eggesin, KSA, 85 €); Thu 20.03. 09:00–12:00 stress (online); Wed 26.03. 09:00–13:00 manners
//               for apprentices (Kreishaus Anklam); Thu 27.03. 09:00–12:30 marriages with foreigners (online, 120 €)
//   drafts:     Wohngeld (Thu 24.04., Anklam), social media (Wed 14.05., online)
//   past:       Thu 14.11.2030 event safety (Kreishaus Greifswald, KSA), Tue 03.12.2030 annual accounts in the Doppik
//               (Güstrow).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2031-01-14T09:15:00Z'); // Tuesday, 14 January 2031, 10:15 in Greifswald (CET)
const TZ = 'Europe/Berlin';

const T = {
  dsgvo: 'Daten im Griff', // Tue 14.01. 13:00–15:30, online, LfDI, Frau Dr. Annika Sauer, data protection, free
  namensrecht: 'Wer heißt wie?', // Thu 16.01. 09:00–16:00, Güstrow, FHöVPR, Herr Dr. Holger Brandt, naming law, Standesbeamte, 190 €, deadline passed Fri 10.01. 12:00
  excel: 'Excel im Verwaltungsalltag: Listen, Filter und Pivot-Tabellen', // Fri 17.01. 08:30–14:30, Kreishaus Anklam (Schulungsraum 204), PA, Herr Marco Lübke, 95 €, 12 seats
  winterdienst: 'Wenn es glatt wird', // Mon 20.01. 09:00–12:00, Eggesin, KSA, Herr Jörg Pagel, winter service, Hausmeister, free
  sgb12: 'Grundsicherung im Alter und bei Erwerbsminderung: Einkommen und Vermögen anrechnen', // Wed 22.01.+Thu 23.01. 09:00–12:30, online, FHöVPR, Frau Kerstin Wollin, Sozialamt, 160 €, deadline Wed 15.01. 23:59
  pruefung: 'Fit für die Zwischenprüfung', // Mon 03.–Wed 05.02. 08:00–14:00, Kreishaus Greifswald (Schulungsraum 1.08), PA, Frau Silke Rademacher, Auszubildende, free
  spielplatz: 'Spielplatzkontrolle nach DIN EN 1176', // Tue 04.02. 09:00–15:00, Eggesin, KSA, Herr Jörg Pagel, Hausmeister, free
  fuehrung: 'Rollenwechsel', // Mon 10.–Tue 11.02. 09:00–16:30, Güstrow, FHöVPR, Frau Dr. Birgit Kaminski, new managers, 420 €, deadline Fri 24.01. 23:59
  sitzung: 'Sitzungsdienst für Kreistag und Ausschüsse', // Thu 06.02. 09:00–12:00, hybrid (Kreishaus Greifswald, Kreistagssaal), PA, Herr Thomas Gädke, free
  ersteHilfe: 'Erste Hilfe – Fortbildung für betriebliche Ersthelfer', // Fri 07.02. 08:00–15:30, Kreishaus Anklam (Großer Sitzungssaal), PA, Herr Steffen Krüger (DRK), free
  ki: 'Schreiben lassen?', // Wed 12.02. 14:00–16:00, online, PA, Herr Marco Lübke, AI / ChatGPT, free
  bescheid: 'Bescheide verständlich schreiben', // Tue 18.02. 09:00–16:00, Güstrow, FHöVPR, Herr Prof. Dr. Ulrich Behm, 180 €
  deeskalation: 'Wenn es laut wird', // Thu 20.02. 09:00–15:00, Kreishaus Greifswald (Schulungsraum 1.08), PA, Herr Ralf Dittmann (Polizei), de-escalation, audience names the Sozialamt, free
  sozialdaten: 'Sozialdatenschutz nach SGB X', // Tue 25.02. 09:00–12:00, hybrid (Kreishaus Anklam, Großer Sitzungssaal), LfDI, Frau Dr. Annika Sauer, Sozialamt, free
  english: 'Plain English at the Counter', // Wed 26.02., 05.03., 12.03. 15:00–16:30, online, PA, Ms Claire Donovan, English, 60 €, 16 seats, deadline Wed 19.02. 23:59
  onboarding: 'Willkommen im Landkreis', // Mon 03.03. 09:00–15:00, Kreishaus Greifswald (Kreistagssaal), PA, Frau Silke Rademacher, induction day, free
  vergabe: 'Vergabe unterhalb der EU-Schwellenwerte in Mecklenburg-Vorpommern', // Wed 05.03. 09:00–16:00, Güstrow, FHöVPR, Herr Prof. Dr. Ulrich Behm, 240 €
  haushalt: 'Was kostet die Gemeinde?', // Thu 06.03. 18:00–20:30, Eggesin, FHöVPR, Herr Lutz Wendland, budget for councillors (Amt Am Stettiner Haff only), free
  brandschutz: 'Brandschutzhelfer: Ausbildung mit Löschübung', // Tue 11.03. 08:00–12:00, Kreishaus Greifswald (Schulungsraum 1.08), PA, Herr Enrico Voß, Hausmeister, free
  baum: 'Baumkontrolle: Grundlagen der Regelkontrolle', // Wed 19.03. 09:00–15:00, Eggesin, KSA, Herr Dirk Sielaff, Hausmeister, 85 €
  stress: 'Kraft tanken', // Thu 20.03. 09:00–12:00, online, PA, Frau Dr. Maren Oldag, stress / resilience, free
  knigge: 'Erster Eindruck zählt', // Wed 26.03. 09:00–13:00, Kreishaus Anklam (Schulungsraum 204), PA, Frau Silke Rademacher, manners for Auszubildende, free
  ausland: 'Heiraten mit Auslandsbezug', // Thu 27.03. 09:00–12:30, online, FHöVPR, Herr Dr. Holger Brandt, Standesbeamte, 120 €
  wohngeld: 'Wohngeld kompakt: Neuerungen 2031', // draft (Thu 24.04.), Anklam
  socialMedia: 'Social Media für Ämter und Städte', // draft (Wed 14.05.), online, Lübke
  outlook: 'Outlook und Teams effizient nutzen', // cancelled (Fri 24.01.), Kreishaus Anklam, Lübke
  barkasse: 'Barkassen sicher führen', // cancelled (Mon 10.03.), Eggesin, Wendland
  doppik: 'Jahresabschluss in der kommunalen Doppik', // past (Tue 03.12.2030), Güstrow, Behm
  veranstaltung: 'Veranstaltungen sicher genehmigen', // past (Thu 14.11.2030), Kreishaus Greifswald, KSA, Pagel
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.wohngeld, T.socialMedia, T.outlook, T.barkasse, T.doppik, T.veranstaltung];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -------------------------------------------------------------------------------------------
  {
    conv: 'standesamt',
    q: 'Gibt es Fortbildungen für Standesbeamte?',
    kind: 'list',
    ...only(T.namensrecht, T.ausland),
  },
  { conv: 'standesamt', q: 'welche davon ist online?', kind: 'list', titles: [T.ausland] },
  { conv: 'standesamt', q: 'was kostet die?', kind: 'facts', titles: [T.ausland], says: ['kostet 120 €'] },
  {
    conv: 'namensrecht',
    q: 'When is the course on the new name law?',
    locale: 'en',
    kind: 'facts',
    titles: [T.namensrecht],
    says: ['takes place on Thu, 16 Jan 2031 from 09:00 to 16:00'],
  },
  {
    conv: 'namensrecht',
    q: 'can I still register?',
    locale: 'en',
    kind: 'facts',
    titles: [T.namensrecht],
    says: ['The registration deadline for the seminar', 'passed on Fri, 10 Jan 2031, 12:00'],
  },
  {
    conv: 'namensrecht',
    q: 'where is it held?',
    locale: 'en',
    kind: 'facts',
    titles: [T.namensrecht],
    says: ['FHöVPR Campus Güstrow, Goldberger Straße 12-13'],
  },
  {
    conv: 'sozialamt',
    q: 'Ich bin Sachbearbeiterin im Sozialamt. Welche Fortbildungen passen zu mir?',
    kind: 'list',
    ...maybeAlso(only(T.sgb12, T.sozialdaten), T.deeskalation),
  },
  {
    conv: 'sozialamt',
    q: 'welche davon kann ich von zuhause aus machen?',
    kind: 'list',
    ...only(T.sgb12, T.sozialdaten),
  },
  {
    conv: 'sozialamt',
    q: 'bis wann muss ich mich für die Grundsicherung anmelden?',
    kind: 'facts',
    titles: [T.sgb12],
    says: ['bis Mi., 15.01.2031, 23:59 Uhr anmelden'],
  },
  {
    conv: 'sozialamt',
    q: 'wie lange geht das?',
    kind: 'facts',
    titles: [T.sgb12],
    says: ['dauert 2 Tage, jeweils von 09:00 bis 12:30 Uhr'],
  },
  {
    conv: 'caretaker',
    q: "I'm a caretaker at a school. Are there any courses for me?",
    locale: 'en',
    kind: 'list',
    ...only(T.winterdienst, T.spielplatz, T.baum, T.brandschutz),
  },
  {
    conv: 'caretaker',
    q: 'which of them are in Eggesin?',
    locale: 'en',
    kind: 'list',
    ...only(T.winterdienst, T.spielplatz, T.baum),
  },
  {
    conv: 'caretaker',
    q: 'how much is the tree inspection one?',
    locale: 'en',
    kind: 'facts',
    titles: [T.baum],
    says: [/costs (€\s?85|85\s?€|EUR 85)/],
  },
  {
    conv: 'anklam',
    q: 'was gibt es in Anklam?',
    kind: 'list',
    ...only(T.excel, T.ersteHilfe, T.sozialdaten, T.knigge),
  },
  {
    conv: 'anklam',
    q: 'welche davon sind kostenlos?',
    kind: 'list',
    ...only(T.ersteHilfe, T.sozialdaten, T.knigge),
  },
  { conv: 'ki', q: 'Is there anything about ChatGPT?', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    conv: 'ki',
    q: 'what time does it start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['starts on Wed, 12 Feb 2031 at 14:00'],
  },
  {
    conv: 'ki',
    q: 'what else does the trainer teach?',
    locale: 'en',
    kind: 'list',
    ...maybeAlso(only(T.excel), T.ki),
  },
  {
    conv: 'fuehrung',
    q: 'Ich übernehme bald eine Teamleitung. Gibt es dafür ein Seminar?',
    kind: 'list',
    titles: [T.fuehrung],
  },
  { conv: 'fuehrung', q: 'was kostet das?', kind: 'facts', titles: [T.fuehrung], says: ['kostet 420 €'] },
  {
    conv: 'fuehrung',
    q: 'ist das in Greifswald?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['FHöVPR Campus Güstrow'],
  },
  { conv: 'english', q: 'Are any courses held in English?', locale: 'en', kind: 'list', titles: [T.english] },
  {
    conv: 'english',
    q: 'when are the sessions?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['takes place on 3 days', 'Wed, 26 Feb 2031', 'Wed, 12 Mar 2031', 'each from 15:00 to 16:30'],
  },
  {
    conv: 'home',
    q: 'Can I do any of the February courses from home?',
    locale: 'en',
    kind: 'list',
    ...only(T.ki, T.english, T.sitzung, T.sozialdaten),
  },
  {
    conv: 'home',
    q: 'which of those are free?',
    locale: 'en',
    kind: 'list',
    ...only(T.ki, T.sitzung, T.sozialdaten),
  },
  {
    miss: "how far a place is from the asker's town is not known",
    conv: 'pasewalk',
    q: 'Ich arbeite in Pasewalk. Gibt es was, das nicht so weit weg ist?',
    kind: 'list',
    ...maybeAlso(
      only(T.winterdienst, T.spielplatz, T.baum),
      T.haushalt,
      T.excel,
      T.ersteHilfe,
      T.sozialdaten,
      T.knigge,
    ),
  },
  // --- follow-ups with nothing talked about ---------------------------------------------------------------------------
  { conv: 'empty-en', q: 'how long does it take?', locale: 'en', kind: 'noContext' },
  { conv: 'empty-de', q: 'und wo ist das?', kind: 'noContext' },
  // --- facts ------------------------------------------------------------------------------------------------------------
  { q: 'Was kostet das Vergabe-Seminar?', kind: 'facts', titles: [T.vergabe], says: ['kostet 240 €'] },
  {
    q: 'Who runs the de-escalation training?',
    locale: 'en',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['is led by Herr Ralf Dittmann'],
  },
  {
    q: 'wo findet die brandschutzhelfer ausbildung statt',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['Kreishaus Greifswald, Schulungsraum 1.08, Feldstraße 85a'],
  },
  {
    q: 'Is the course on district council meetings hybrid?',
    locale: 'en',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['is hybrid', 'Kreishaus Greifswald, Kreistagssaal'],
  },
  {
    q: 'Sind im Excel-Kurs noch Plätze frei?',
    kind: 'facts',
    titles: [T.excel],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  {
    q: 'wann ist der einführungstag für neue beschäftigte',
    kind: 'facts',
    titles: [T.onboarding],
    says: ['am Mo., 03.03.2031 von 09:00 bis 15:00 Uhr'],
  },
  {
    q: 'Findet die Prüfungsvorbereitung für Azubis in Präsenz statt?',
    kind: 'facts',
    titles: [T.pruefung],
    says: ['findet in Präsenz statt', 'Kreishaus Greifswald, Schulungsraum 1.08'],
  },
  {
    q: 'How many days is the exam prep for apprentices?',
    locale: 'en',
    kind: 'facts',
    titles: [T.pruefung],
    says: ['lasts 3 days, each from 08:00 to 14:00'],
  },
  { q: 'details zur spielplatzkontrolle', kind: 'details', titles: [T.spielplatz] },
  // --- subjects only summary, description or topics name -----------------------------------------------------------------
  { q: 'Datenschuts', kind: 'list', ...only(T.dsgvo, T.sozialdaten) },
  { q: 'anything on dealing with aggressive customers?', locale: 'en', kind: 'list', titles: [T.deeskalation] },
  { q: 'burnout vorbeugen', kind: 'list', titles: [T.stress] },
  { q: 'Ehefähigkeitszeugnis', kind: 'list', titles: [T.ausland] },
  { q: 'etiquette training for trainees', locale: 'en', kind: 'list', titles: [T.knigge] },
  { q: 'exel kurs', kind: 'list', titles: [T.excel] },
  { q: 'Was gibt es für Auszubildende?', kind: 'list', ...maybeAlso(only(T.pruefung, T.knigge), T.onboarding) },
  // --- trainers, providers, places ---------------------------------------------------------------------------------------
  { q: 'Kurse bei Frau Rademacher', kind: 'list', ...only(T.pruefung, T.onboarding, T.knigge) },
  {
    q: 'What does the Kommunaler Schadenausgleich offer?',
    locale: 'en',
    kind: 'list',
    ...only(T.winterdienst, T.spielplatz, T.baum),
  },
  {
    miss: '"Landesdatenschutzbeauftragte" is not taken for the provider "Landesbeauftragter für Datenschutz und Informationsfreiheit"',
    q: 'Was bietet der Landesdatenschutzbeauftragte an?',
    kind: 'list',
    ...only(T.dsgvo, T.sozialdaten),
  },
  { q: 'FHöVPR seminars in February', locale: 'en', kind: 'list', ...only(T.fuehrung, T.bescheid) },
  { q: 'was läuft in güstrow', kind: 'list', ...only(T.namensrecht, T.fuehrung, T.bescheid, T.vergabe) },
  {
    q: 'anything in Greifswald next month?',
    locale: 'en',
    kind: 'list',
    ...only(T.pruefung, T.sitzung, T.deeskalation),
  },
  {
    q: 'Was gibt es im Februar im Kreishaus?',
    kind: 'list',
    ...only(T.pruefung, T.sitzung, T.ersteHilfe, T.deeskalation, T.sozialdaten),
  },
  { q: 'gibt es was in wolgast?', kind: 'none' },
  // --- dates, times, formats, fees -----------------------------------------------------------------------------------------
  { q: 'was ist heute noch', kind: 'list', titles: [T.dsgvo] },
  { q: "What's on this week?", locale: 'en', kind: 'list', titles: [T.dsgvo, T.namensrecht, T.excel] },
  { q: 'was steht nächste woche an', kind: 'list', titles: [T.winterdienst, T.sgb12] },
  { q: 'anything in the afternoon?', locale: 'en', kind: 'list', ...only(T.dsgvo, T.ki, T.english) },
  { q: 'gibt es abendveranstaltungen?', kind: 'list', titles: [T.haushalt] },
  { q: 'mehrtägige seminare', kind: 'list', ...maybeAlso(only(T.sgb12, T.pruefung, T.fuehrung), T.english) },
  { q: 'Kurse über 200 Euro', kind: 'list', ...only(T.fuehrung, T.vergabe) },
  { q: 'hybrid courses', locale: 'en', kind: 'list', ...only(T.sitzung, T.sozialdaten) },
  { q: 'kostenlose Online-Seminare im März', kind: 'list', titles: [T.stress] },
  {
    q: 'anything on a Monday?',
    locale: 'en',
    kind: 'list',
    ...only(T.winterdienst, T.pruefung, T.fuehrung, T.onboarding),
  },
  { q: 'gibt es morgen was?', kind: 'none' },
  // --- gone, drafts, no match, greetings, own registrations ------------------------------------------------------------
  { q: 'Is the Outlook and Teams course still on?', locale: 'en', kind: 'gone', gone: T.outlook },
  { q: 'barkassen seminar in eggesin', kind: 'gone', gone: T.barkasse },
  {
    q: 'wann war die Schulung zum Jahresabschluss in der Doppik?',
    kind: 'gone',
    gone: T.doppik,
    says: ['Di., 03.12.2030'],
  },
  {
    q: 'event safety training for Christmas markets',
    locale: 'en',
    kind: 'gone',
    gone: T.veranstaltung,
    says: ['Thu, 14 Nov 2030'],
  },
  { q: 'Gibt es was zum Wohngeld?', kind: 'none' },
  { q: 'Do you offer Polish lessons?', locale: 'en', kind: 'none' },
  { q: 'Moin!', kind: 'help' },
  { q: 'Hello, what can you do?', locale: 'en', kind: 'help' },
  { q: 'thanks a lot!', locale: 'en', kind: 'thanks' },
  { q: 'Which courses am I registered for?', locale: 'en', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-seventy-fifth, independent catalogue (Landkreis Vorpommern-Greifswald, Amt Am Stettiner Haff, Stadt Pasewalk, FHöVPR Güstrow, Kommunaler Schadenausgleich, Landesdatenschutzbeauftragter)',
  {
    fixture: 'heldout375-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
