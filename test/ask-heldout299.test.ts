// Over-fitting check, two-hundred-and-ninety-ninth catalogue: the winter and spring 2028/29 programme for the Stadt
// Memmingen (Bavaria, Swabia) and its offices (Stadtverwaltung, Stadtwerke, Baubetriebshof, Stadtbibliothek), with the
// Bayerische Verwaltungsschule (BVS), the Kommunale Unfallversicherung Bayern (KUVB), the AKDB, the Volkshochschule
// Memmingen, the city's Personalentwicklung and its data-protection officer, imported from a JSON file. Seminars take
// place in the Rathaus Memmingen, the Antonierhaus, the Volkshochschule, the Stadthalle, the Feuerwehrhaus, the Werkhalle
// of the Baubetriebshof and the Stadtwerke's office building, online or hybrid. Several titles do not name their subject
// ("Nicht jeder Link ist ein Freund" is phishing, "Ruhig bleiben, wenn es laut wird" de-escalation with aggressive
// visitors, "Rechnungen ohne Papier" e-invoicing, "Auskunft mit Augenmaß" registration law and data protection,
// "Fragen, prüfen, verwenden" AI assistants, "Klartext im Amt" plain language, "Die neue Rolle" new managers, "Rot-Weiß
// an der Straße" road-works safety, "Ablage im Team" Teams/SharePoint, "Gut vorbereitet in die Sitzung" municipal law
// for council members, "Mit Maß und Mitte" healthy leadership, "Stand- und bruchsicher" tree inspection, "Was kostet
// ein Kubikmeter?" water and sewage fee calculation), so only summary, description or topics reveal them; one seminar
// is held in English (online, in the evening); the leadership course runs on two days. Most questions are lists with
// follow-ups that pick one of the listed seminars by position, weekday, place, format or month, narrow the list ("davon
// nur die in Präsenz", "nur im Januar") and ask a fact of the picked one; written without looking at the parser or the
// answers.
//
// Calendar around `now` (Wednesday 6 December 2028, 16:00 in Memmingen, winter time; summer time ended Sun 29.10.2028
// and begins again Sun 25.03.2029):
//   this week:  nothing more today; Thu 07.12. (tomorrow) 09:00–11:30 phishing (online); nothing on Fri 08.12.
//   next week:  Mon 11.12. 13:00–16:00 travel expenses (Rathaus), Wed 13.12. 09:00–16:00 de-escalation (Antonierhaus;
//               deadline passed Fri 01.12. 12:00), Thu 14.12. 14:00–15:30 e-invoicing (online); nothing after until
//               January
//   January:    Tue 09.01. 09:00–12:00 Excel basics (online, 59 €), the cancelled PowerPoint course (Fri 12.01.), Wed
//               17.01. 09:00–16:00 registration law (Rathaus, Dr. Hefele), Thu 25.01. 08:30–16:00 first aid
//               (Feuerwehrhaus), Mon 29.01. 14:00–16:00 AI (online)
//   February:   Thu 01.02. 09:00–12:30 plain language (hybrid, Rathaus), Wed 21.02. 09:00–16:00 procurement (Stadthalle;
//               deadline Fri 09.02. 12:00), Mon 26.02. and Tue 27.02. 09:00–16:00 new managers (VHS; 16 seats)
//   March:      Tue 06.03. 09:00–12:00 Excel advanced (VHS, 89 €), Wed 14.03. 07:30–15:30 road works (Baubetriebshof),
//               the cancelled forklift course (Tue 20.03.), Thu 22.03. 18:00–19:30 English (online, evening, 75 €),
//               Wed 28.03. (CEST) 09:00–12:00 GDPR (Rathaus, Herr Gleich)
//   April:      Tue 17.04. 09:00–15:00 fire wardens (Feuerwehrhaus), Wed 25.04. 14:00–16:00 Teams/SharePoint (online),
//               Mon 30.04. 18:00–20:30 council members (Rathaus, evening)
//   May, June:  Wed 09.05. healthy leadership (Antonierhaus), the draft civil-marriage course (Thu 10.05.), Tue 15.05.
//               tree inspection (Baubetriebshof, 240 €), Wed 13.06. fee calculation (Stadtwerke), the draft citizen
//               participation course (Tue 19.06.), Thu 21.06. passports and ID cards (Antonierhaus)
//   past:       Wed 18.10.2028 property tax (Rathaus), Thu 16.11.2028 accessible websites (online).
//   No published seminar falls on a Friday.
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-12-06T15:00:00Z'); // Wednesday, 6 December 2028, 16:00 in Memmingen (CET)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Nicht jeder Link ist ein Freund', // Thu 07.12. 09:00–11:30, online, AKDB, Kienle, phishing / information security, free
  reisekosten: 'Reisekosten richtig abrechnen: Dienstreisen nach dem BayRKG', // Mon 11.12. 13:00–16:00, Rathaus, BVS, Gschwind, 145 €, deadline = start
  deeskalation: 'Ruhig bleiben, wenn es laut wird', // Wed 13.12. 09:00–16:00, Antonierhaus, KUVB, Wiedemann, aggressive visitors, free, deadline passed Fri 01.12. 12:00
  erechnung: 'Rechnungen ohne Papier', // Thu 14.12. 14:00–15:30, online, AKDB, Steck, XRechnung / e-invoice, free
  excel: 'Excel-Grundkurs: Tabellen, Formeln und Diagramme', // Tue 09.01. 09:00–12:00, online, VHS, Zettler, 59 €
  melderecht: 'Auskunft mit Augenmaß', // Wed 17.01. 09:00–16:00, Rathaus, BVS, Dr. Hefele, registration law / data protection, 180 €
  ersteHilfe: 'Erste-Hilfe-Fortbildung für betriebliche Ersthelferinnen und Ersthelfer', // Thu 25.01. 08:30–16:00, Feuerwehrhaus, KUVB, Egger, free (KUVB pays)
  ki: 'Fragen, prüfen, verwenden', // Mon 29.01. 14:00–16:00, online, AKDB, Kienle, AI / ChatGPT, free
  sprache: 'Klartext im Amt', // Thu 01.02. 09:00–12:30, hybrid (Rathaus), BVS, Rauch, plain language, 95 €
  vergabe: 'Vergabe kompakt: UVgO, VOB/A und Wertgrenzen in Bayern', // Wed 21.02. 09:00–16:00, Stadthalle, BVS, Dr. Hefele, 260 €, deadline Fri 09.02. 12:00
  fuehrung: 'Die neue Rolle', // Mon 26.02. + Tue 27.02. 09:00–16:00, VHS, PE, Dr. Brenner, new managers, 420 €, 16 seats, deadline Fri 26.01. 23:59
  excelPlus: 'Excel für Fortgeschrittene: Pivot-Tabellen, SVERWEIS und Power Query', // Tue 06.03. 09:00–12:00, VHS, VHS, Zettler, 89 €
  baustelle: 'Rot-Weiß an der Straße', // Wed 14.03. 07:30–15:30, Werkhalle Baubetriebshof, KUVB, Mayr, road-works safety (RSA 21), free
  english: 'Welcome Desk English: Talking to New Residents', // Thu 22.03. 18:00–19:30 (CET), online, English, VHS, Collins, 75 €
  dsgvo: 'DSGVO im Arbeitsalltag', // Wed 28.03. 09:00–12:00 (CEST), Rathaus, data-protection officer Gleich, free
  brandschutz: 'Brandschutzhelfer-Ausbildung: Feuerlöscher sicher einsetzen', // Tue 17.04. 09:00–15:00, Feuerwehrhaus, KUVB, Egger, free
  teams: 'Ablage im Team', // Wed 25.04. 14:00–16:00, online, AKDB, Steck, Teams / SharePoint, free
  stadtrat: 'Gut vorbereitet in die Sitzung', // Mon 30.04. 18:00–20:30, Rathaus, BVS, Dr. Hefele, council members, 40 €
  gesundFuehren: 'Mit Maß und Mitte', // Wed 09.05. 09:00–16:00, Antonierhaus, KUVB, Waibel, healthy leadership for managers, free
  baum: 'Stand- und bruchsicher', // Tue 15.05. 08:00–15:00, Werkhalle Baubetriebshof, Grünflächenakademie, Rasch, tree inspection, 240 €
  gebuehren: 'Was kostet ein Kubikmeter?', // Wed 13.06. 09:00–16:00, Stadtwerke, BVS, Rauch, water/sewage fee calculation, 195 €
  ausweis: 'Ausweise, Pässe und eID', // Thu 21.06. 09:00–16:00, Antonierhaus, BVS, Gschwind, passports and ID cards, 165 €
  beteiligung: 'Bürgerbeteiligung digital: Online-Umfragen und Beteiligungsplattformen', // draft (Tue 19.06.2029)
  ehe: 'Eheschließung mit Auslandsbezug: Fälle aus dem Standesamt', // draft (Thu 10.05.2029)
  powerpoint: 'PowerPoint: Präsentationen, die überzeugen', // cancelled (Fri 12.01.2029)
  stapler: 'Gabelstapler-Fahrausweis für Bauhofbeschäftigte', // cancelled (Tue 20.03.2029)
  grundsteuer: 'Grundsteuer nach der Reform: Bescheide und Widersprüche', // past (Wed 18 October 2028)
  webseiten: 'Barrierefreie Internetseiten nach BITV 2.0', // past (Thu 16 November 2028)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.beteiligung, T.ehe, T.powerpoint, T.stapler, T.grundsteuer, T.webseiten];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- month and week lists, picked by position, weekday, place or format, then narrowed -------------------------------
  {
    conv: 'dezember',
    q: 'was ist im dezember noch geboten?',
    kind: 'list',
    titles: [T.phishing, T.reisekosten, T.deeskalation, T.erechnung],
  },
  {
    conv: 'dezember',
    q: 'das erste – online oder präsenz?',
    kind: 'facts',
    titles: [T.phishing],
    says: ['findet online statt'],
  },
  {
    conv: 'dezember',
    q: 'das im rathaus: wann geht es los?',
    kind: 'facts',
    titles: [T.reisekosten],
    says: ['beginnt am Mo., 11.12.2028 um 13:00 Uhr'],
  },
  {
    conv: 'woche',
    q: 'was steht nächste woche an?',
    kind: 'list',
    titles: [T.reisekosten, T.deeskalation, T.erechnung],
  },
  {
    conv: 'woche',
    q: 'das am mittwoch – kostet das was?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['ist kostenlos'],
  },
  {
    conv: 'woche',
    q: 'und das letzte, ist das online?',
    kind: 'facts',
    titles: [T.erechnung],
    says: ['findet online statt'],
  },
  { conv: 'januar', q: 'was gibt es im januar?', kind: 'list', titles: [T.excel, T.melderecht, T.ersteHilfe, T.ki] },
  {
    conv: 'januar',
    q: 'das zweite, wo findet das statt?',
    kind: 'facts',
    titles: [T.melderecht],
    says: ['findet im Rathaus Memmingen'],
  },
  {
    conv: 'januar',
    q: 'wann beginnt das am donnerstag?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['beginnt am Do., 25.01.2029 um 08:30 Uhr'],
  },
  { conv: 'januar', q: 'davon nur die in präsenz', kind: 'list', titles: [T.melderecht, T.ersteHilfe] },
  {
    conv: 'januar',
    q: 'wer leitet das erste davon?',
    kind: 'facts',
    titles: [T.melderecht],
    says: ['leitet Herr Dr. Andreas Hefele'],
  },
  {
    conv: 'january',
    q: "what's on in January?",
    locale: 'en',
    kind: 'list',
    titles: [T.excel, T.melderecht, T.ersteHilfe, T.ki],
  },
  { conv: 'january', q: 'only the online ones', locale: 'en', kind: 'list', titles: [T.excel, T.ki] },
  {
    conv: 'january',
    q: 'when does the second one start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['starts on Mon, 29 Jan 2029 at 14:00'],
  },
  { conv: 'februar', q: 'seminare im februar', kind: 'list', titles: [T.sprache, T.vergabe, T.fuehrung] },
  {
    conv: 'februar',
    q: 'das hybride – wo ist das?',
    kind: 'facts',
    titles: [T.sprache],
    says: ['findet im Rathaus Memmingen, Marktplatz 1, 87700 Memmingen oder online statt'],
  },
  {
    conv: 'februar',
    q: 'bis wann kann ich mich für das am mittwoch anmelden?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Fr., 09.02.2029, 12:00 Uhr'],
  },
  {
    conv: 'februar',
    q: 'das letzte: sind da noch plätze frei?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['noch 16 von 16 Plätzen frei'],
  },
  { conv: 'maerz', q: 'was ist im märz los?', kind: 'list', titles: [T.excelPlus, T.baustelle, T.english, T.dsgvo] },
  {
    conv: 'maerz',
    q: 'wann ist das dritte?',
    kind: 'facts',
    titles: [T.english],
    says: ['findet am Do., 22.03.2029 von 18:00 bis 19:30 Uhr statt'],
  },
  { conv: 'maerz', q: 'wo ist das letzte?', kind: 'facts', titles: [T.dsgvo], says: ['findet im Rathaus Memmingen'] },
  { conv: 'maerz', q: 'nur die am mittwoch', kind: 'list', titles: [T.baustelle, T.dsgvo] },
  {
    conv: 'maerz',
    q: 'das erste davon: kostet das was?',
    kind: 'facts',
    titles: [T.baustelle],
    says: ['ist kostenlos'],
  },
  { conv: 'april', q: 'courses in April?', locale: 'en', kind: 'list', titles: [T.brandschutz, T.teams, T.stadtrat] },
  {
    conv: 'april',
    q: 'the one on Wednesday – is it online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.teams],
    says: ['takes place online'],
  },
  {
    conv: 'april',
    q: 'and the first one, where is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['takes place at Feuerwehrhaus Memmingen'],
  },
  // --- topic, place, provider and time lists, picked by format, place or month ------------------------------------------
  { conv: 'excel', q: 'excel kurse', kind: 'list', ...only(T.excel, T.excelPlus) },
  {
    conv: 'excel',
    q: 'der online-kurs, wann ist der?',
    kind: 'facts',
    titles: [T.excel],
    says: ['findet am Di., 09.01.2029 von 09:00 bis 12:00 Uhr statt'],
  },
  {
    conv: 'excel',
    q: 'und der in der volkshochschule – was kostet der?',
    kind: 'facts',
    titles: [T.excelPlus],
    says: ['kostet 89 €'],
  },
  {
    conv: 'datenschutz',
    q: 'datenschutz schulungen',
    kind: 'list',
    ...only(T.melderecht, T.dsgvo),
  },
  {
    conv: 'datenschutz',
    q: 'das im märz: wer leitet das?',
    kind: 'facts',
    titles: [T.dsgvo],
    says: ['leitet Herr Stefan Gleich'],
  },
  {
    conv: 'datenschutz',
    q: 'wie lange dauert es?',
    kind: 'facts',
    titles: [T.dsgvo],
    says: ['dauert 3 Stunden, von 09:00 bis 12:00 Uhr'],
  },
  {
    conv: 'managers',
    q: 'any courses for managers?',
    locale: 'en',
    kind: 'list',
    ...only(T.fuehrung, T.gesundFuehren),
  },
  {
    conv: 'managers',
    q: 'the one in May – where is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.gesundFuehren],
    says: ['takes place at Antonierhaus'],
  },
  {
    conv: 'managers',
    q: 'and the one in February, how long does it take?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['lasts 2 days, each from 09:00 to 16:00'],
  },
  {
    conv: 'rathaus',
    q: 'was findet im rathaus statt?',
    kind: 'list',
    ...only(T.reisekosten, T.melderecht, T.sprache, T.dsgvo, T.stadtrat),
  },
  {
    conv: 'rathaus',
    q: 'das im april – um wie viel uhr fängt das an?',
    kind: 'facts',
    titles: [T.stadtrat],
    says: ['beginnt am Mo., 30.04.2029 um 18:00 Uhr'],
  },
  { conv: 'rathaus', q: 'davon nur die im januar', kind: 'list', titles: [T.melderecht] },
  {
    conv: 'kuvb',
    q: 'was bietet die kuvb an?',
    kind: 'list',
    ...only(T.deeskalation, T.ersteHilfe, T.baustelle, T.brandschutz, T.gesundFuehren),
  },
  { conv: 'kuvb', q: 'nur im januar', kind: 'list', titles: [T.ersteHilfe] },
  {
    conv: 'kuvb',
    q: 'wo ist das?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['findet im Feuerwehrhaus Memmingen'],
  },
  { conv: 'abend', q: 'gibt es abendkurse?', kind: 'list', ...only(T.english, T.stadtrat) },
  {
    conv: 'abend',
    q: 'das im april: wer leitet das?',
    kind: 'facts',
    titles: [T.stadtrat],
    says: ['leitet Herr Dr. Andreas Hefele'],
  },
  { conv: 'abend', q: 'und das online – was kostet das?', kind: 'facts', titles: [T.english], says: ['kostet 75 €'] },
  { conv: 'gratis', q: 'kostenlose online-seminare', kind: 'list', titles: [T.phishing, T.erechnung, T.ki, T.teams] },
  {
    conv: 'gratis',
    q: 'das im april – wann genau?',
    kind: 'facts',
    titles: [T.teams],
    says: ['findet am Mi., 25.04.2029 von 14:00 bis 16:00 Uhr statt'],
  },
  {
    conv: 'gratis',
    q: 'und das dritte: wer leitet es?',
    kind: 'facts',
    titles: [T.ki],
    says: ['leitet Herr Tobias Kienle'],
  },
  { conv: 'bauhof', q: 'welche schulungen sind im baubetriebshof?', kind: 'list', titles: [T.baustelle, T.baum] },
  { conv: 'bauhof', q: 'das im mai – was kostet das?', kind: 'facts', titles: [T.baum], says: ['kostet 240 €'] },
  // --- single questions: time, topic, facts ----------------------------------------------------------------------------
  { q: 'was ist morgen?', kind: 'list', titles: [T.phishing] },
  { q: 'gibt es heute noch ein seminar?', kind: 'none' },
  { q: 'ist an einem freitag etwas?', kind: 'none' },
  { q: 'was gibt es im juni?', kind: 'list', titles: [T.gebuehren, T.ausweis] },
  { q: 'phishing mails erkennen', kind: 'list', titles: [T.phishing] },
  { q: 'umgang mit aggressiven bürgern', kind: 'list', titles: [T.deeskalation] },
  { q: 'e-rechnung einführen', kind: 'list', titles: [T.erechnung] },
  { q: 'bürgernahe sprache', kind: 'list', titles: [T.sprache] },
  { q: 'first aid course', locale: 'en', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'was kostet die vergabeschulung', kind: 'facts', titles: [T.vergabe], says: ['kostet 260 €'] },
  {
    q: 'wie lange dauert der erste-hilfe-kurs',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['dauert 7,5 Stunden, von 08:30 bis 16:00 Uhr'],
  },
  {
    q: 'bis wann kann ich mich zum reisekosten seminar anmelden?',
    kind: 'facts',
    titles: [T.reisekosten],
    says: ['bis Mo., 11.12.2028, 13:00 Uhr'],
  },
  {
    q: 'anmeldeschluss deeskalationstraining',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['ist am Fr., 01.12.2028, 12:00 Uhr abgelaufen'],
  },
  // --- gone, drafts never shown, greeting, own registrations -----------------------------------------------------------
  { q: 'gibt es noch den powerpoint kurs?', kind: 'gone', gone: T.powerpoint },
  { q: 'gabelstapler schulung', kind: 'gone', gone: T.stapler },
  { q: 'grundsteuer seminar, wann war das?', kind: 'gone', gone: T.grundsteuer, says: ['Mi., 18.10.2028'] },
  { q: 'barrierefreie internetseiten', kind: 'gone', gone: T.webseiten, says: ['Do., 16.11.2028'] },
  { q: 'schulung zur bürgerbeteiligung', kind: 'none' },
  { q: 'eheschließung mit auslandsbezug', kind: 'none' },
  { q: 'Grüß Gott!', kind: 'help' },
  { q: 'zeig mir meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-ninety-ninth, independent catalogue (Stadt Memmingen, BVS, KUVB, AKDB, VHS Memmingen)',
  {
    fixture: 'heldout299-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
