// Over-fitting check, three-hundred-and-forty-second catalogue: the autumn 2028 / winter 2029 programme for the
// Landkreis Cuxhaven (Niedersachsen) and its municipalities (Stadt Cuxhaven, Stadt Geestland, Loxstedt, Schiffdorf,
// Beverstedt, Hagen im Bremischen, Wurster Nordseeküste, the Samtgemeinden Land Hadeln, Hemmoor and Börde Lamstedt),
// with the Niedersächsisches Studieninstitut für kommunale Verwaltung (NSI, Hannover), the Gemeinde-Unfallversicherungs-
// verband Hannover (GUV), the Volkshochschule Cuxhaven and the county's own Ämter (Digitalisierung und IT, Personal und
// Organisation, Kämmerei, Brand- und Katastrophenschutz), imported from a JSON file. The state's three-day "Kommunale
// Digitallotsen" qualification runs at the NSI in Hannover (690 €, the Land pays half: the fee note says so). Seminars
// take place in the Kreishaus Cuxhaven (Vincent-Lübeck-Straße 2), the VHS Cuxhaven (Abendrothstraße 16), the
// DRK-Bildungszentrum Cuxhaven, the Dienstgebäude Otterndorf, the Feuerwehrtechnische Zentrale in Wurster Nordseeküste,
// the Burg Bederkesa (Geestland, two days with overnight stay), the NSI in Hannover, online or hybrid (the OZG workshop).
// Several titles do not name their subject ("Der Anhang, der keiner war" is phishing, "Vom Papierantrag zum
// Online-Dienst" OZG, "Schluss mit dem Rechnungsstapel" e-invoicing / XRechnung, "Tabellen ohne Tränen" Excel for
// beginners, "Wohin fließt das Geld des Kreises?" the budget for council members, "Wenn der Ton rauer wird"
// de-escalation, "Wenn das Wasser steigt" the disaster-management staff exercise, "Darf ich das weitergeben?" data
// protection, "Bis der Rettungswagen kommt" the basic first-aid course, "Das Gespräch, vor dem man sich drückt" difficult
// conversations for managers, "Moin im Kreishaus" the induction day, "Abschalten können" stress). One seminar is held in
// English; the de-escalation course has two trainers, one from the Polizeiinspektion Cuxhaven. Questions are a plain mix:
// topics, each kind of fact, date / format / place / trainer / provider / audience filters, cost, multi-day, free seats,
// follow-ups, cancelled / past / draft seminars, no match and greetings, some in English — written without looking at
// how the bot reads questions.
//
// Calendar around `now` (Monday 6 November 2028, 09:30 in Cuxhaven, winter time since Sun 29.10.2028; Buß- und Bettag
// Wed 22.11.2028 is no holiday in Niedersachsen and nothing takes place that day):
//   this week:  Mon 06.11. (today) 14:00–15:30 Outlook (online); Tue 07.11. 08:30–12:30 Excel advanced (VHS);
//               Wed 08.11. 10:00–11:30 phishing (online); Thu 09.11. 13:00–16:00 OZG (hybrid, Kreishaus);
//               Fri 10.11. 08:00–15:30 first-aid refresher (DRK-Bildungszentrum Cuxhaven)
//   next week:  Tue 14.11.–Thu 16.11. 09:00–16:00 Digitallotsen (NSI Hannover; deadline Fri 10.11. 12:00);
//               Thu 16.11. 09:00–12:00 English (VHS); the cancelled PowerPoint course (Fri 17.11.)
//   later Nov.: Tue 21.11. 09:00–12:00 e-invoicing (online); Thu 23.11. 14:00–17:00 Excel basics (online) and
//               18:30–21:00 budget evening for council members (Kreishaus); Mon 27.11. 09:00–16:00 de-escalation
//               (Kreishaus); Tue 28.11. 09:00–16:30 ISMS / BSI-Grundschutz (NSI Hannover) and the cancelled travel-expenses
//               course; Wed 29.11. 09:00–12:30 Bescheide (online); Thu 30.11. + Fri 01.12. 09:00–16:30 leadership
//               (Burg Bederkesa; deadline passed Fri 03.11. 23:59)
//   December:   Mon 04.12. 08:00–16:00 storm-flood staff exercise (Feuerwehrtechnische Zentrale, Landkreis staff only);
//               Tue 05.12. 10:00–12:00 data protection (online); Wed 06.12. 08:00–15:30 basic first aid (Otterndorf);
//               Wed 13.12. 09:00–16:00 difficult conversations for managers (Kreishaus)
//   2029:       Thu 11.01. 09:00–14:00 induction day (Kreishaus); Tue 16.01. 14:00–16:00 stress (online); the draft
//               Zweitwohnungsteuer course (Wed 07.02.) and the draft AI module for Digitallotsen (Wed 14.03.)
//   past:       Tue 19.09.2028 Grundsteuer (Kreishaus), Wed 25.10.2028 accessible PDFs (online).
// Nobody is registered yet, so every seminar has all its seats free.
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-11-06T08:30:00Z'); // Monday, 6 November 2028, 09:30 in Cuxhaven (CET)
const TZ = 'Europe/Berlin';

const T = {
  outlook: 'Termine, Mails, Aufgaben: Outlook effizient nutzen', // Mon 06.11. 14:00–15:30, online, VHS, Herr Timo Janssen, 35 €, 30 seats
  excel: 'Excel für Fortgeschrittene: SVERWEIS, Pivot-Tabellen und Diagramme', // Tue 07.11. 08:30–12:30, VHS Cuxhaven, Frau Jana Wichmann, 85 €, 12 seats
  phishing: 'Der Anhang, der keiner war', // Wed 08.11. 10:00–11:30, online, LK Amt für Digitalisierung und IT, Herr Malte Gerdes, phishing, free
  ozg: 'Vom Papierantrag zum Online-Dienst', // Thu 09.11. 13:00–16:00, hybrid (Kreishaus), LK IT, Frau Anke Brüning, OZG / NAVO, free
  ersteHilfe: 'Erste-Hilfe-Fortbildung für betriebliche Ersthelfer', // Fri 10.11. 08:00–15:30, DRK-Bildungszentrum Cuxhaven, GUV, Herr Sönke Rehder (DRK), free
  lotsen: 'Kommunale Digitallotsen – Qualifizierung des Landes Niedersachsen', // Tue 14.11.–Thu 16.11. 09:00–16:00, NSI Hannover, NSI, Frau Dr. Katrin Behrens, 690 € (Land pays half), 20 seats, deadline Fri 10.11. 12:00
  english: 'Speaking with International Clients: English for the Ausländerbehörde and Bürgerbüro', // Thu 16.11. 09:00–12:00, VHS Cuxhaven, VHS, Fiona McLeod, 70 €, English
  erechnung: 'Schluss mit dem Rechnungsstapel', // Tue 21.11. 09:00–12:00, online, NSI, Frau Silke Hinrichs, XRechnung, 120 €
  excelBasis: 'Tabellen ohne Tränen', // Thu 23.11. 14:00–17:00, online, VHS, Frau Jana Wichmann, Excel basics, 45 €
  haushalt: 'Wohin fließt das Geld des Kreises?', // Thu 23.11. 18:30–21:00, Kreishaus, Kämmerei, Herr Frank Meiners, budget for council members, free
  deeskalation: 'Wenn der Ton rauer wird', // Mon 27.11. 09:00–16:00, Kreishaus, GUV, Frau Nina Brandt und Herr Uwe Köster (Polizeiinspektion Cuxhaven), free
  isms: 'Informationssicherheit nach BSI-Grundschutz für Kommunen', // Tue 28.11. 09:00–16:30, NSI Hannover, NSI, Herr Dr. Jens Albers, 395 €
  bescheid: 'Klar und rechtssicher: Bescheide verständlich formulieren', // Wed 29.11. 09:00–12:30, online, NSI, Frau Dr. Katrin Behrens, 150 €
  fuehrung: 'Führen im öffentlichen Dienst – Grundlagen für neue Führungskräfte', // Thu 30.11. + Fri 01.12. 09:00–16:30, Burg Bederkesa, NSI, Herr Dr. Hauke Petersen, 580 €, deadline passed Fri 03.11. 23:59
  katschutz: 'Wenn das Wasser steigt', // Mon 04.12. 08:00–16:00, Feuerwehrtechnische Zentrale (Wurster Nordseeküste), LK Katastrophenschutz, Herr Jan-Hendrik Böse (Kreisbrandmeister), free, Landkreis only
  datenschutz: 'Darf ich das weitergeben?', // Tue 05.12. 10:00–12:00, online, LK Personal- und Organisationsamt, Frau Heike Ahlers, DSGVO, free
  ersteHilfeGrund: 'Bis der Rettungswagen kommt', // Wed 06.12. 08:00–15:30, Dienstgebäude Otterndorf, GUV, Frau Merle Tiedemann (Johanniter), basic first aid, free
  gespraeche: 'Das Gespräch, vor dem man sich drückt', // Wed 13.12. 09:00–16:00, Kreishaus, LK PO, Herr Dr. Hauke Petersen, difficult conversations for managers, 260 €
  onboarding: 'Moin im Kreishaus', // Thu 11.01.2029 09:00–14:00, Kreishaus, LK PO, Frau Sabine Lührs, induction day, free, Landkreis only
  stress: 'Abschalten können', // Tue 16.01.2029 14:00–16:00, online, GUV, Frau Dr. Insa Harms, stress / resilience, free
  kiModul: 'Aufbaumodul KI für Digitallotsen', // draft (Wed 14.03.2029)
  zweitwohnung: 'Zweitwohnungsteuer in Küstengemeinden: Satzung und Veranlagung', // draft (Wed 07.02.2029)
  powerpoint: 'PowerPoint kompakt: Präsentationen für Ausschuss und Kreistag', // cancelled (Fri 17.11.2028), Frau Jana Wichmann
  reisekosten: 'Reisekostenrecht in Niedersachsen', // cancelled (Tue 28.11.2028), NSI
  grundsteuer: 'Grundsteuer in Niedersachsen: Bescheide nach dem Flächen-Lage-Modell', // past (Tue 19.09.2028), NSI, Kreishaus
  barrierefrei: 'Barrierefreie PDF-Dokumente erstellen', // past (Wed 25.10.2028), online, VHS
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.kiModul, T.zweitwohnung, T.powerpoint, T.reisekosten, T.grundsteuer, T.barrierefrei];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- greetings, help, own registrations, a follow-up with nothing talked about --------------------------------------
  { q: 'Moin!', kind: 'help' },
  { q: 'was kannst du eigentlich alles', kind: 'help' },
  { q: 'Hi, what can you do?', locale: 'en', kind: 'help' },
  { q: 'bei welchen seminaren bin ich angemeldet?', kind: 'myRegistrations' },
  { conv: 'leer', q: 'und was kostet der?', kind: 'noContext' },
  // --- follow-up conversations ------------------------------------------------------------------------------------------
  { conv: 'lotsen', q: 'Gibt es die Digitallotsen-Qualifizierung vom Land?', kind: 'list', titles: [T.lotsen] },
  {
    conv: 'lotsen',
    q: 'wann findet die statt?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['an 3 Tagen', 'Di., 14.11.2028', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'lotsen',
    q: 'und wo?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['Niedersächsisches Studieninstitut, Wielandstraße 8, 30169 Hannover'],
  },
  {
    conv: 'lotsen',
    q: 'was kostet das',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['kostet 690 €'],
    mentions: ['Hälfte'],
  },
  {
    conv: 'lotsen',
    q: 'bis wann muss ich mich anmelden?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['bis Fr., 10.11.2028, 12:00 Uhr'],
  },
  {
    conv: 'lotsen',
    q: 'sind noch plätze frei',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['noch 20 von 20 Plätzen frei'],
  },
  {
    conv: 'excel',
    q: 'wer leitet den excel kurs für fortgeschrittene?',
    kind: 'facts',
    titles: [T.excel],
    says: ['leitet Frau Jana Wichmann'],
  },
  {
    conv: 'excel',
    q: 'wo ist der?',
    kind: 'facts',
    titles: [T.excel],
    says: ['VHS Cuxhaven, Abendrothstraße 16, 27474 Cuxhaven'],
  },
  {
    conv: 'excel',
    q: 'wieviele plätze gibts noch',
    kind: 'facts',
    titles: [T.excel],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  { conv: 'excel', q: 'welche kurse hat frau wichmann noch?', kind: 'list', ...maybeAlso(only(T.excelBasis), T.excel) },
  { conv: 'phishing', q: 'schulung zu phishing mails', kind: 'list', titles: [T.phishing] },
  {
    conv: 'phishing',
    q: 'wann ist die?',
    kind: 'facts',
    titles: [T.phishing],
    says: ['am Mi., 08.11.2028 von 10:00 bis 11:30 Uhr'],
  },
  { conv: 'phishing', q: 'ist das online?', kind: 'facts', titles: [T.phishing], says: ['findet online statt'] },
  {
    conv: 'manager',
    q: 'Is there a course for new managers?',
    locale: 'en',
    kind: 'list',
    first: T.fuehrung,
    ...maybeAlso(only(T.fuehrung), T.gespraeche),
  },
  {
    conv: 'manager',
    q: 'how long does it take?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['lasts 2 days, each from 09:00 to 16:30'],
  },
  {
    conv: 'manager',
    q: 'can I still sign up?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['registration deadline', 'passed on'],
  },
  {
    conv: 'manager',
    q: 'where is it held?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['Burg Bederkesa, Amtsstraße 17, 27624 Geestland'],
  },
  {
    conv: 'deesk',
    q: 'wer leitet die deeskalationsschulung',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['Frau Nina Brandt und Herr Uwe Köster (Polizeiinspektion Cuxhaven)'],
  },
  { conv: 'deesk', q: 'kostet die was?', kind: 'facts', titles: [T.deeskalation], says: ['ist kostenlos'] },
  { conv: 'english', q: 'Are there any courses held in English?', locale: 'en', kind: 'list', titles: [T.english] },
  {
    conv: 'english',
    q: 'what time does it start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['09:00'],
  },
  { conv: 'english', q: 'how much is it?', locale: 'en', kind: 'facts', titles: [T.english], says: [/costs .*70/] },
  // --- single fact questions ---------------------------------------------------------------------------------------------
  { q: 'wer macht den ozg workshop?', kind: 'facts', titles: [T.ozg], says: ['leitet Frau Anke Brüning'] },
  {
    q: 'Kann man beim OZG-Workshop auch online teilnehmen?',
    kind: 'facts',
    titles: [T.ozg],
    says: ['findet hybrid statt', 'Kreishaus Cuxhaven'],
  },
  {
    q: 'wann ist der erste hilfe grundlehrgang in otterndorf',
    kind: 'facts',
    titles: [T.ersteHilfeGrund],
    says: ['am Mi., 06.12.2028 von 08:00 bis 15:30 Uhr'],
  },
  { q: 'was kostet die isms schulung beim nsi?', kind: 'facts', titles: [T.isms], says: ['kostet 395 €'] },
  {
    q: 'wo findet die katastrophenschutzübung statt?',
    kind: 'facts',
    titles: [T.katschutz],
    says: ['Am Flugplatz 3, 27639 Wurster Nordseeküste'],
  },
  {
    q: 'wann beginnt der einführungstag für neue kollegen',
    kind: 'facts',
    titles: [T.onboarding],
    says: ['Do., 11.01.2029', '09:00'],
  },
  { q: 'wie lange geht das stress-seminar?', kind: 'facts', titles: [T.stress], says: ['von 14:00 bis 16:00 Uhr'] },
  { q: 'ist die erste-hilfe-fortbildung kostenlos?', kind: 'facts', titles: [T.ersteHilfe], says: ['ist kostenlos'] },
  {
    q: 'who teaches the e-invoicing course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.erechnung],
    says: ['is led by Frau Silke Hinrichs'],
  },
  { q: 'Details zum Datenschutz-Seminar', kind: 'details', titles: [T.datenschutz] },
  // --- subjects (several only in summary, description or topics) ---------------------------------------------------------
  { q: 'it-sicherheit', kind: 'list', ...only(T.phishing, T.isms) },
  { q: 'xrechnung', kind: 'list', titles: [T.erechnung] },
  { q: 'exel kurse', kind: 'list', ...only(T.excel, T.excelBasis) },
  { q: 'erste hilfe', kind: 'list', ...only(T.ersteHilfe, T.ersteHilfeGrund) },
  { q: 'umgang mit aggressiven kunden am schalter', kind: 'list', titles: [T.deeskalation] },
  { q: 'Stabsübung Sturmflut', kind: 'list', titles: [T.katschutz] },
  { q: 'datenschutz', kind: 'list', titles: [T.datenschutz] },
  { q: 'onlinezugangsgesetz', kind: 'list', titles: [T.ozg] },
  { q: 'ich bin neu beim landkreis, gibt es eine einführungsveranstaltung?', kind: 'list', titles: [T.onboarding] },
  // --- audience, provider, trainer, place, format ------------------------------------------------------------------------
  { q: 'ich bin Führungskraft, was gibt es für mich?', kind: 'list', ...only(T.fuehrung, T.gespraeche) },
  { q: 'Angebote für Kreistagsabgeordnete', kind: 'list', titles: [T.haushalt] },
  { q: 'was bietet das NSI an?', kind: 'list', ...only(T.lotsen, T.erechnung, T.isms, T.bescheid, T.fuehrung) },
  { q: 'kurse der vhs', kind: 'list', ...only(T.outlook, T.excel, T.english, T.excelBasis) },
  { q: 'Kurse von Frau Dr. Behrens', kind: 'list', ...only(T.lotsen, T.bescheid) },
  { q: 'was macht herr petersen', kind: 'list', ...only(T.fuehrung, T.gespraeche) },
  {
    q: 'was findet im kreishaus statt?',
    kind: 'list',
    ...only(T.ozg, T.haushalt, T.deeskalation, T.gespraeche, T.onboarding),
  },
  { q: 'gibt es was in otterndorf', kind: 'list', titles: [T.ersteHilfeGrund] },
  { q: 'seminare in hannover', kind: 'list', ...only(T.lotsen, T.isms) },
  { q: 'gibt es etwas in bremerhaven?', kind: 'none' },
  { q: 'kostenlose online-seminare', kind: 'list', ...maybeAlso(only(T.phishing, T.datenschutz, T.stress), T.ozg) },
  { q: 'gibt es hybride veranstaltungen', kind: 'list', titles: [T.ozg] },
  // --- dates, time of day, cost, length ----------------------------------------------------------------------------------
  { q: 'was ist heute noch?', kind: 'list', titles: [T.outlook] },
  { q: 'was läuft diese woche', kind: 'list', titles: [T.outlook, T.excel, T.phishing, T.ozg, T.ersteHilfe] },
  { q: 'und nächste woche?', kind: 'list', titles: [T.lotsen, T.english] },
  { q: 'was ist am 23.11.?', kind: 'list', titles: [T.excelBasis, T.haushalt] },
  { q: 'gibt es am 22. november irgendwas?', kind: 'none' },
  {
    q: 'Seminare im Dezember',
    kind: 'list',
    ...maybeAlso(only(T.katschutz, T.datenschutz, T.ersteHilfeGrund, T.gespraeche), T.fuehrung),
  },
  { q: 'was gibt es im januar', kind: 'list', titles: [T.onboarding, T.stress] },
  { q: 'abendveranstaltungen?', kind: 'list', titles: [T.haushalt] },
  { q: 'kurse über 300 euro', kind: 'list', ...only(T.lotsen, T.isms, T.fuehrung) },
  { q: 'welche seminare gehen über mehrere tage', kind: 'list', ...only(T.lotsen, T.fuehrung) },
  // --- gone, drafts never shown, no match --------------------------------------------------------------------------------
  { q: 'findet powerpoint kompakt noch statt?', kind: 'gone', gone: T.powerpoint },
  { q: 'reisekostenrecht seminar', kind: 'gone', gone: T.reisekosten },
  { q: 'wann war die grundsteuer-schulung?', kind: 'gone', gone: T.grundsteuer, says: ['Di., 19.09.2028'] },
  { q: 'barrierefreie pdfs erstellen', kind: 'gone', gone: T.barrierefrei, says: ['Mi., 25.10.2028'] },
  { q: 'gibt es eine KI-Schulung?', kind: 'none' },
  { q: 'zweitwohnungsteuer', kind: 'none' },
  { q: 'gabelstaplerschein', kind: 'none' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-forty-second, independent catalogue (Landkreis Cuxhaven, NSI, GUV Hannover, VHS Cuxhaven)',
  {
    fixture: 'heldout342-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
