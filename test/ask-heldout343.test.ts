// Over-fitting check, three-hundred-and-forty-third catalogue: the spring 2029 programme of the Stadt Erlangen (Bayern),
// its Personal- und Organisationsamt and other Ämter, with the Bayerische Verwaltungsschule (BVS), the AKDB, the
// Kommunale Unfallversicherung Bayern (KUVB), the Volkshochschule Erlangen and the Feuerwehr Erlangen, shared with four
// municipalities of the Landkreis Erlangen-Höchstadt (Herzogenaurach, Baiersdorf, Möhrendorf, Uttenreuth), imported from a
// JSON file. Seminars take place in the Rathaus Erlangen (Rathausplatz 1; its Ratssaal for the hybrid AI course), the
// Volkshochschule Erlangen (Friedrichstraße 19, also its Gymnastikraum), the BVS-Bildungszentrum Nürnberg (Frauentorgraben
// 73), Schloss Atzelsberg (Marloffstein), the BRK-Kreisverband (Henri-Dunant-Straße 4), the Hauptfeuerwache (Äußere Brucker
// Straße 49), the Rathaus Herzogenaurach (Marktplatz 11), online or hybrid. The questions stress typos of the titles and
// topics ("informationssicherhiet", "prozesmanagement", "datenshutz", "exel", "eingrupierung", "brandschuz", "onbording"),
// everyday words and synonyms that only summary, description or topics explain ("Homeoffice" for mobile work and
// Telearbeit, "KI" / "ChatGPT" for Künstliche Intelligenz and Sprachmodelle, "Burnout" for stress and Erschöpfung, "Geld
// sparen im Einkauf" for public procurement, "Rückenschmerzen", "Behördendeutsch", "mehr Gehalt"), and German compounds
// ("Sicherheit" for Informationssicherheit / IT-Sicherheit, "Wiederbelebung" in Herz-Lungen-Wiederbelebung, "Haushalt"
// in Haushaltsplan, "Vergabe" in Vergaberecht), mixed with facts, dates, follow-ups, gone seminars, drafts, no match,
// greetings and some English, written without looking at the parser. Several titles do not name their subject ("Wohin
// fließen unsere Millionen?" the budget for council members, "Gut organisiert an jedem Ort" mobile work, "Wenn der Ton
// rauer wird" de-escalation, "Schreiben mit Assistenz" AI, "Bewegte Mittagspause" back exercises, "Führen auf Augenhöhe"
// new managers, "Texte, die alle verstehen" plain language / accessibility, "Ordnung im Postfach" Outlook and e-mail,
// "Ankommen und durchstarten" induction day, "Kraft tanken im Arbeitsalltag" stress, "Vom Antrag bis zum Bescheid –
// digital" OZG online services, "Wirtschaftlich beschaffen" procurement). One seminar is held in English; the budget
// evening, mobile work and the induction day are open to the Stadt Erlangen only.
//
// Calendar around `now` (Tuesday 13 March 2029, 09:30 in Erlangen, winter time; summer time starts Sun 25.03.2029; Easter
// Sunday is 01.04.2029, so Karfreitag Fri 30.03. and Ostermontag Mon 02.04. are holidays; Tag der Arbeit Tue 01.05.,
// Christi Himmelfahrt Thu 10.05., Pfingstmontag Mon 21.05., Fronleichnam Thu 31.05. are holidays in Bayern):
//   this week:  Tue 13.03. (today) 13:00–16:30 Excel (VHS); Wed 14.03. (tomorrow) 09:00–11:00 information security
//               (online); Thu 15.03. 18:00–20:30 budget evening for council members (Rathaus)
//   next week:  Mon 19.03. 09:00–16:00 procurement (BVS Nürnberg; deadline Wed 14.03. 23:59), Wed 21.03. 09:00–12:00
//               mobile work (online), Thu 22.03. 09:00–16:00 de-escalation (Rathaus)
//   after:      Tue 27.03. (CEST) 09:00–12:30 data protection (Rathaus), Wed 28.03. 13:30–16:30 AI (hybrid, Ratssaal),
//               nothing on Fri 30.03. (Karfreitag) or Mon 02.04. (Ostermontag)
//   April:      Tue 03.04.–Wed 04.04. 08:30–16:00 process management (BVS Nürnberg; deadline Fri 16.03. 23:59), Thu 12.04.
//               09:00–12:30 English (VHS; deadline Thu 29.03. 12:00), Tue 17.04. 08:00–16:00 first aid (BRK), the
//               cancelled PowerPoint course (Wed 18.04.), Fri 20.04. 12:15–13:00 back exercises (VHS Gymnastikraum), Tue
//               24.04. 09:00–16:00 TVöD grading (BVS Nürnberg), Thu 26.04.–Fri 27.04. 09:00–16:30 new managers (Schloss
//               Atzelsberg; deadline passed Fri 09.03. 23:59)
//   May:        Wed 02.05. 09:00–12:00 plain language (online), Tue 08.05. 09:00–11:30 Outlook (online), Wed 09.05.
//               09:00–16:00 Sitzungsdienst (Rathaus Herzogenaurach), the cancelled phone training (Mon 14.05.), Tue 15.05.
//               09:00–15:00 induction day (Rathaus), the draft social-media course (Thu 17.05.), Wed 23.05. 08:00–12:00
//               fire wardens (Hauptfeuerwache)
//   June:       Tue 05.06. 13:00–16:00 stress (online), Wed 13.06. 09:00–12:00 OZG online services (online), the draft
//               fee-calculation course (Tue 19.06.)
//   past:       Tue 21.11.2028 winter road service (Betriebshof), Thu 08.02.2029 property tax (online).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2029-03-13T08:30:00Z'); // Tuesday, 13 March 2029, 09:30 in Erlangen (CET)
const TZ = 'Europe/Berlin';

const T = {
  excel: 'Excel für Fortgeschrittene: SVERWEIS, Pivot-Tabellen und Diagramme', // Tue 13.03. 13:00–16:30, VHS, Frau Petra Lang, 85 €, 12 seats
  infosec: 'Informationssicherheit am Arbeitsplatz: Passwörter, Phishing und sichere Ablage', // Wed 14.03. 09:00–11:00, online, AKDB, Herr Tobias Fink, free
  haushalt: 'Wohin fließen unsere Millionen?', // Thu 15.03. 18:00–20:30, Rathaus, Kämmerei, Herr Dr. Jürgen Weiß, budget for council members, free, Erlangen only
  vergabe: 'Wirtschaftlich beschaffen: Aufträge unterhalb der EU-Schwellenwerte vergeben', // Mon 19.03. 09:00–16:00, BVS Nürnberg, Herr Dr. Andreas Huber, procurement, 245 €, deadline Wed 14.03. 23:59
  homeoffice: 'Gut organisiert an jedem Ort', // Wed 21.03. 09:00–12:00, online, Personalamt, Frau Katrin Wolf, mobile work / Telearbeit, free, Erlangen only
  deeskalation: 'Wenn der Ton rauer wird', // Thu 22.03. 09:00–16:00, Rathaus, KUVB, Frau Sabine Reuter und Herr Stefan Roth (Polizei), de-escalation, free
  datenschutz: 'Datenschutz in der Sachbearbeitung: DSGVO und BayDSG in der Praxis', // Tue 27.03. (CEST) 09:00–12:30, Rathaus, Herr Michael Brandl, free
  ki: 'Schreiben mit Assistenz: Textgeneratoren im Amt', // Wed 28.03. 13:30–16:30, hybrid (Ratssaal), Frau Dr. Lena Hartl, AI, free
  prozess: 'Prozessmanagement in der Kommunalverwaltung: Abläufe erheben, modellieren, verbessern', // Tue 03.04.–Wed 04.04. 08:30–16:00, BVS Nürnberg, Herr Martin Schuster, 390 €, deadline Fri 16.03. 23:59
  english: 'English at the Front Desk: Welcoming International Residents', // Thu 12.04. 09:00–12:30, VHS, Sarah Mitchell, 90 €, deadline Thu 29.03. 12:00, English
  ersteHilfe: 'Erste-Hilfe-Fortbildung für betriebliche Ersthelfer', // Tue 17.04. 08:00–16:00, BRK-Kreisverband, KUVB, Herr Florian Seitz (BRK), free
  ruecken: 'Bewegte Mittagspause', // Fri 20.04. 12:15–13:00, Gymnastikraum der VHS, Herr Jan Becker, back health, free
  eingruppierung: 'Eingruppierung nach TVöD: Tätigkeitsmerkmale und Stellenbewertung', // Tue 24.04. 09:00–16:00, BVS Nürnberg, Frau Dr. Claudia Meier, 210 €
  fuehrung: 'Führen auf Augenhöhe', // Thu 26.04.–Fri 27.04. 09:00–16:30, Schloss Atzelsberg, BVS, Frau Dr. Susanne Albrecht, new managers, 480 €, deadline passed Fri 09.03. 23:59
  barrierefrei: 'Texte, die alle verstehen', // Wed 02.05. 09:00–12:00, online, Frau Miriam Keller, plain language / accessible PDFs, free
  outlook: 'Ordnung im Postfach', // Tue 08.05. 09:00–11:30, online, VHS, Frau Petra Lang, Outlook / e-mail / time management, 45 €
  sitzungsdienst: 'Sitzungsdienst kompakt: Ladung, Niederschrift und Beschlussvollzug', // Wed 09.05. 09:00–16:00, Rathaus Herzogenaurach, BVS, Frau Dr. Claudia Meier, 180 €
  onboarding: 'Ankommen und durchstarten', // Tue 15.05. 09:00–15:00, Rathaus, Frau Katrin Wolf, induction day, free, Erlangen only
  brandschutz: 'Brandschutzhelfer-Ausbildung mit Löschübung', // Wed 23.05. 08:00–12:00, Hauptfeuerwache, Herr Markus Engel (Feuerwehr Erlangen), free
  stress: 'Kraft tanken im Arbeitsalltag', // Tue 05.06. 13:00–16:00, online, KUVB, Frau Sabine Reuter, stress / resilience, free
  ozg: 'Vom Antrag bis zum Bescheid – digital', // Wed 13.06. 09:00–12:00, online, AKDB, Herr Tobias Fink, OZG / BayernPortal, free
  socialMedia: 'Social Media für städtische Einrichtungen: Instagram rechtskonform betreuen', // draft (Thu 17.05.)
  gebuehren: 'Gebührenkalkulation für Bäder und Friedhöfe', // draft (Tue 19.06.)
  powerpoint: 'PowerPoint: Präsentationen für Ausschüsse und Stadtrat', // cancelled (Wed 18.04.), Frau Petra Lang
  telefon: 'Freundlich am Bürgertelefon', // cancelled (Mon 14.05.), telephone training
  grundsteuer: 'Grundsteuer in Bayern: Bescheide nach dem Flächenmodell', // past (Thu 08.02.2029), Huber, online
  winterdienst: 'Winterdienst: Räum- und Streupflicht rechtssicher organisieren', // past (Tue 21.11.2028), Betriebshof
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.socialMedia, T.gebuehren, T.powerpoint, T.telefon, T.grundsteuer, T.winterdienst];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'infosec', q: 'gibt es eine schulung zur informationssicherhiet?', kind: 'list', titles: [T.infosec] },
  {
    conv: 'infosec',
    q: 'wann ist die?',
    kind: 'facts',
    titles: [T.infosec],
    says: ['am Mi., 14.03.2029 von 09:00 bis 11:00 Uhr'],
  },
  { conv: 'infosec', q: 'und wer macht die', kind: 'facts', titles: [T.infosec], says: ['leitet Herr Tobias Fink'] },
  { conv: 'infosec', q: 'was bietet der sonst noch an?', kind: 'list', ...maybeAlso(only(T.ozg), T.infosec) },
  { conv: 'prozess', q: 'prozesmanagement seminar', kind: 'list', titles: [T.prozess] },
  {
    conv: 'prozess',
    q: 'wie lange dauert das?',
    kind: 'facts',
    titles: [T.prozess],
    says: ['dauert 2 Tage, jeweils von 08:30 bis 16:00 Uhr'],
  },
  {
    conv: 'prozess',
    q: 'bis wann muss ich mich anmelden',
    kind: 'facts',
    titles: [T.prozess],
    says: ['bis Fr., 16.03.2029, 23:59 Uhr anmelden'],
  },
  { conv: 'homeoffice', q: 'gibt es was zum thema homeoffice?', kind: 'list', titles: [T.homeoffice] },
  {
    conv: 'homeoffice',
    q: 'ist das online oder vor ort?',
    kind: 'facts',
    titles: [T.homeoffice],
    says: ['findet online statt'],
  },
  { conv: 'ki', q: 'Gibt es eine KI-Schulung?', kind: 'list', titles: [T.ki] },
  {
    conv: 'ki',
    q: 'kann ich da auch von zuhause teilnehmen',
    kind: 'facts',
    titles: [T.ki],
    says: ['findet hybrid statt', 'Ratssaal, Rathaus Erlangen'],
  },
  { conv: 'burnout', q: 'bin total ausgebrannt, gibts was gegen burnout?', kind: 'list', titles: [T.stress] },
  {
    conv: 'burnout',
    q: 'wann ist das',
    kind: 'facts',
    titles: [T.stress],
    says: ['am Di., 05.06.2029 von 13:00 bis 16:00 Uhr'],
  },
  {
    miss: '"Geld sparen" also finds the budget evening for council members, whose description speaks of money',
    conv: 'einkauf',
    q: 'wie kann man beim einkauf geld sparen, gibt es da eine fortbildung?',
    kind: 'list',
    titles: [T.vergabe],
  },
  {
    conv: 'einkauf',
    q: 'wo ist das?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['Bildungszentrum Nürnberg, Frauentorgraben 73, 90443 Nürnberg'],
  },
  {
    conv: 'fuehrung',
    q: 'bin seit märz chefin in meinem sachgebiet – gibt es was für neue führungskräfte?',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'fuehrung',
    q: 'kann ich mich da noch anmelden?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['am Fr., 09.03.2029, 23:59 Uhr abgelaufen'],
  },
  {
    conv: 'fuehrung',
    q: 'wann genau findet es statt',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 26.04.2029 und Fr., 27.04.2029', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  { conv: 'english', q: 'Is there a course held in English?', locale: 'en', kind: 'list', titles: [T.english] },
  { conv: 'english', q: 'who teaches it?', locale: 'en', kind: 'facts', titles: [T.english], says: ['Sarah Mitchell'] },
  { conv: 'herzo', q: 'gibt es auch was in herzogenaurach?', kind: 'list', titles: [T.sitzungsdienst] },
  { conv: 'nbg', q: 'welche seminare sind in nürnberg', kind: 'list', ...only(T.vergabe, T.prozess, T.eingruppierung) },
  { conv: 'nbg', q: 'und welche davon im april?', kind: 'list', titles: [T.prozess, T.eingruppierung] },
  { conv: 'leer', q: 'und was kostet das?', kind: 'noContext' },
  // --- typos of titles and topics --------------------------------------------------------------------------------------
  { q: 'datenshutz schulung', kind: 'list', titles: [T.datenschutz] },
  { q: 'exel kurs', kind: 'list', titles: [T.excel] },
  { q: 'deeskaltion', kind: 'list', titles: [T.deeskalation] },
  { q: 'eingrupierung tvöd', kind: 'list', titles: [T.eingruppierung] },
  { q: 'brandschuzhelfer', kind: 'list', titles: [T.brandschutz] },
  { q: 'künstliche inteligenz', kind: 'list', titles: [T.ki] },
  { q: 'onbording für neue kollegen', kind: 'list', titles: [T.onboarding] },
  { q: 'zeitmanagment', kind: 'list', ...maybeAlso(only(T.outlook), T.stress) },
  // --- synonyms and everyday words -------------------------------------------------------------------------------------
  { q: 'schulung zu chatgpt', kind: 'list', titles: [T.ki] },
  { q: 'rückenschmerzen vom vielen sitzen, gibts da was', kind: 'list', titles: [T.ruecken] },
  { q: 'behördendeutsch verständlicher machen', kind: 'list', titles: [T.barrierefrei] },
  { q: 'wie bekomme ich mehr gehalt – wie wird meine stelle bewertet?', kind: 'list', titles: [T.eingruppierung] },
  { q: 'protokoll schreiben in gemeinderatssitzungen', kind: 'list', titles: [T.sitzungsdienst] },
  { q: 'OZG', kind: 'list', titles: [T.ozg] },
  { q: 'any training on AI?', locale: 'en', kind: 'list', titles: [T.ki] },
  { q: 'working from home course', locale: 'en', kind: 'list', titles: [T.homeoffice] },
  // --- compounds -------------------------------------------------------------------------------------------------------
  {
    q: 'gibt es was zum thema sicherheit?',
    kind: 'list',
    first: T.infosec,
    ...maybeAlso(only(T.infosec), T.brandschutz, T.ersteHilfe),
  },
  { q: 'wiederbelebung kurs', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'haushaltsplan verstehen', kind: 'list', titles: [T.haushalt] },
  { q: 'vergabe', kind: 'list', titles: [T.vergabe] },
  // --- facts -----------------------------------------------------------------------------------------------------------
  {
    q: 'wer leitet den datenschutz kurs',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['leitet Herr Michael Brandl'],
  },
  {
    q: 'wo ist die brandschutzhelfer ausbildung?',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['Hauptfeuerwache Erlangen, Äußere Brucker Straße 49'],
  },
  { q: 'Was kostet der Excel-Kurs?', kind: 'facts', titles: [T.excel], says: ['kostet 85 €'] },
  {
    q: 'wer leitet die deeskalationsschulung?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['Frau Sabine Reuter und Herr Stefan Roth'],
  },
  {
    q: 'bis wann kann man sich für den englischkurs anmelden',
    kind: 'facts',
    titles: [T.english],
    says: ['bis Do., 29.03.2029, 12:00 Uhr anmelden'],
  },
  {
    q: 'wo findet die bewegte mittagspause statt',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['Gymnastikraum der Volkshochschule Erlangen, Friedrichstraße 19'],
  },
  { q: 'zeig mir mehr zum prozessmanagement-seminar', kind: 'details', titles: [T.prozess] },
  // --- trainers, dates, cost, length -----------------------------------------------------------------------------------
  { q: 'kurse von frau lang', kind: 'list', ...only(T.excel, T.outlook) },
  { q: 'was ist heute noch?', kind: 'list', titles: [T.excel] },
  { q: 'was läuft diese woche', kind: 'list', titles: [T.excel, T.infosec, T.haushalt] },
  { q: 'was steht nächste woche an?', kind: 'list', titles: [T.vergabe, T.homeoffice, T.deeskalation] },
  { q: 'gibt es am karfreitag etwas?', kind: 'none' },
  {
    q: 'seminare im mai',
    kind: 'list',
    titles: [T.barrierefrei, T.outlook, T.sitzungsdienst, T.onboarding, T.brandschutz],
  },
  { q: 'gibt es abendveranstaltungen?', kind: 'list', titles: [T.haushalt] },
  { q: 'kurse über 200 euro', kind: 'list', ...only(T.vergabe, T.prozess, T.eingruppierung, T.fuehrung) },
  // --- gone, drafts, no match, greetings, own registrations ------------------------------------------------------------
  { q: 'findet der powerpoint kurs noch statt?', kind: 'gone', gone: T.powerpoint },
  { q: 'telefontraining', kind: 'gone', gone: T.telefon },
  { q: 'wann war die grundsteuer schulung', kind: 'gone', gone: T.grundsteuer, says: ['Do., 08.02.2029'] },
  { q: 'winterdienst', kind: 'gone', gone: T.winterdienst, says: ['Di., 21.11.2028'] },
  { q: 'social media kurs', kind: 'none' },
  { q: 'gabelstaplerschein', kind: 'none' },
  { q: 'Servus, was kannst du?', kind: 'help' },
  { q: 'hi', locale: 'en', kind: 'help' },
  { q: 'für welche kurse bin ich angemeldet', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-forty-third, independent catalogue (Stadt Erlangen, Bayerische Verwaltungsschule, AKDB, KUVB, VHS Erlangen)',
  {
    fixture: 'heldout343-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
