// Over-fitting check, three-hundred-and-seventh catalogue: the spring 2029 programme for the Landkreis Nürnberger Land
// (Bavaria) and its towns and municipalities (Lauf a.d.Pegnitz, Hersbruck, Altdorf b.Nürnberg, Röthenbach a.d.Pegnitz,
// Schwaig b.Nürnberg, Feucht, Schwarzenbruck, Neunkirchen a.Sand, Pommelsbrunn), with the Bayerische
// Verwaltungsschule (BVS), the Kommunale Unfallversicherung Bayern (KUVB), the AKDB, the Landratsamt's
// Personalentwicklung and its Sachgebiet Wahlen, and the Volkshochschule Nürnberger Land (vhs), imported from a JSON
// file. Seminars take place in the Landratsamt in Lauf, the town halls of Lauf, Hersbruck, Altdorf, Röthenbach, Schwaig
// and Feucht, the Bauhof of Hersbruck, the vhs houses in Lauf and Hersbruck, online or hybrid. Several titles do not name
// their subject ("Nicht jeder Link ist ein Freund" is phishing, "Hoch hinaus, aber sicher" ladders and fall
// protection, "Die Maschine formuliert, Sie entscheiden" AI, "Wenn der Ton rauer wird" de-escalation with aggressive
// visitors, "Mehr Luft im Kalender" time management, "Steht der noch sicher?" tree inspection, "Gelassen bleiben, wenn's
// brennt" stress / resilience); one seminar is held in English on three Monday evenings; the back-yoga course runs on
// four Wednesday evenings; the administrative-law course runs on two days and its deadline has passed. The questions
// are of one style: cancelled, past and draft seminars and seminars named by their exact or misspelled title, mixed
// with topics the catalogue does not have (the answer is none), greetings, thanks and help, in German and English;
// written without looking at the parser or the answers.
//
// Calendar around `now` (Tuesday 27 March 2029, 08:05 in Lauf; summer time began Sun 25.03.2029; Good Friday Fri
// 30.03., Easter Sunday 01.04., Easter Monday 02.04., 1 May a Tuesday, Ascension Thu 10.05.):
//   this week:  Tue 27.03. (today) 13:30–15:00 phishing (online); Wed 28.03. (tomorrow) 09:00–12:00 data protection
//               (Rathaus Schwaig); Thu 29.03. 18:30–21:00 land-use planning for council members (Rathaus Röthenbach,
//               evening); nothing on Good Friday
//   after Easter: Tue 03.04. + Wed 04.04. 08:30–16:00 administrative law (Landratsamt; deadline passed Tue 20.03.
//               23:59), Thu 05.04. 09:00–12:00 Excel (online, 59 €), the cancelled PowerPoint course (Fri 06.04.)
//   April:      Tue 10.04. 07:30–12:00 ladders (Bauhof Hersbruck), Wed 11.04. 14:00–16:00 AI (hybrid, Landratsamt),
//               Thu 12.04. de-escalation (Rathaus Feucht), Mon 16./23./30.04. 18:00–20:00 English (vhs-Haus Lauf;
//               deadline Mon 09.04. 23:59), Tue 17.04. first aid (Rathaus Hersbruck), Wed 18.04. water and sewage fees
//               (Rathaus Altdorf, 245 €), Thu 19.04. time management (online), the cancelled forklift course (Mon
//               23.04.), Tue 24.04. leading remote teams (Landratsamt; deadline Tue 10.04. 12:00), Wed 25.04. e-invoice
//               (online), Thu 26.04. 08:00–15:00 tree inspection (Bauhof Hersbruck, 180 €)
//   May:        Wed 02./09./16./23.05. 18:30–19:45 back yoga (vhs-Haus Hersbruck, 48 €), Thu 03.05. accessible
//               websites (online, 75 €), Tue 08.05. council minutes (Rathaus Altdorf), Wed 16.05. residence law
//               (Landratsamt, Landratsamt staff only), Tue 29.05. 18:00–20:00 polling-station staff for the European
//               election (Rathaus Lauf)
//   later:      the draft swimming-pool supervision course (Tue 05.06.), Mon 11.06. stress (online), the draft digital
//               building-application course (Wed 13.06.), Tue 04.09. induction day for trainees (Landratsamt)
//   past:       Wed 24.01.2029 property tax (online), Mon 19.03.2029 firearms law (Landratsamt).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2029-03-27T06:05:00Z'); // Tuesday, 27 March 2029, 08:05 in Lauf (CEST)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Nicht jeder Link ist ein Freund', // Tue 27.03. 13:30–15:00, online, AKDB, Pröll, phishing / IT security, free
  datenschutz: 'Datenschutz im Bürgerbüro: Auskünfte, Melderegister und DSGVO', // Wed 28.03. 09:00–12:00, Rathaus Schwaig, PE, Dörfler, free
  bauleitplanung: 'Bauleitplanung verständlich: ein Abend für Gemeinderätinnen und Gemeinderäte', // Thu 29.03. 18:30–21:00, Rathaus Röthenbach, BVS, Dr. Kraus, 40 €
  verwaltungsrecht: 'Allgemeines Verwaltungsrecht für Quereinsteigende', // Tue 03.04. + Wed 04.04. 08:30–16:00, Landratsamt, BVS, Dr. Reif, 340 €, deadline passed Tue 20.03. 23:59
  excel: 'Excel-Grundlagen für die Verwaltung', // Thu 05.04. 09:00–12:00, online, vhs, Lindner, 59 € (Dienststelle pays)
  leiter: 'Hoch hinaus, aber sicher', // Tue 10.04. 07:30–12:00, Bauhof Hersbruck, KUVB, Wittmann, ladders / fall protection, free
  ki: 'Die Maschine formuliert, Sie entscheiden', // Wed 11.04. 14:00–16:00, hybrid (Landratsamt), AKDB, Pröll, AI / Copilot / ChatGPT, free
  deeskalation: 'Wenn der Ton rauer wird', // Thu 12.04. 09:00–16:00, Rathaus Feucht, KUVB, Ernst, de-escalation, free
  english: 'Customer Service in English: Helping International Residents', // Mon 16./23./30.04. 18:00–20:00, vhs-Haus Lauf, vhs, Carter, 95 €, deadline Mon 09.04. 23:59
  ersteHilfe: 'Erste-Hilfe-Fortbildung für betriebliche Ersthelferinnen und Ersthelfer', // Tue 17.04. 08:30–16:00, Rathaus Hersbruck, KUVB, Haas, free (KUVB pays)
  gebuehren: 'Gebührenkalkulation für Wasser und Abwasser nach dem KAG', // Wed 18.04. 09:00–16:00, Rathaus Altdorf, BVS, Dr. Kraus, 245 €
  zeit: 'Mehr Luft im Kalender', // Thu 19.04. 09:00–11:30, online, PE, Schuster, time management, free
  fuehrung: 'Führen auf Distanz: Teams im Homeoffice leiten', // Tue 24.04. 09:00–16:30, Landratsamt, BVS, Dr. Reif, 290 €, 14 seats, deadline Tue 10.04. 12:00
  erechnung: 'E-Rechnung und XRechnung im Rechnungseingang', // Wed 25.04. 10:00–11:30, online, AKDB, Sperber, free
  baum: 'Steht der noch sicher?', // Thu 26.04. 08:00–15:00, Bauhof Hersbruck, BVS, Kestler, tree inspection, 180 €
  yoga: 'Feierabend-Yoga für den Rücken', // Wed 02./09./16./23.05. 18:30–19:45, vhs-Haus Hersbruck, vhs, Gebhardt, 48 €
  bitv: 'Barrierefreie Websites nach BITV 2.0', // Thu 03.05. 09:00–12:00, online, AKDB, Sperber, 75 €
  niederschrift: 'Niederschriften im Gemeinderat: Sitzungsdienst kompakt', // Tue 08.05. 09:00–13:00, Rathaus Altdorf, BVS, Hofmann, 150 €
  aufenthalt: 'Aufenthaltsrecht kompakt: Aufenthaltstitel, Fiktionsbescheinigung und Beschäftigungserlaubnis', // Wed 16.05. 09:00–16:00, Landratsamt, BVS, Hofmann, 260 €, Landratsamt only
  wahl: 'Gut vorbereitet in den Wahlvorstand: Schulung zur Europawahl 2029', // Tue 29.05. 18:00–20:00, Rathaus Lauf, Sachgebiet Wahlen, Meier, free
  stress: "Gelassen bleiben, wenn's brennt", // Mon 11.06. 13:30–16:00, online, KUVB, Ernst, stress / resilience, free
  azubi: 'Gut ankommen: Einführungstag für neue Auszubildende', // Tue 04.09. 08:30–15:00, Landratsamt, PE, Dörfler, free
  bauantrag: 'Digitaler Bauantrag: Verfahren im BayernPortal bearbeiten', // draft (Wed 13.06.)
  badeaufsicht: 'Badeaufsicht im Freibad: Rettungsfähigkeit und Aufsichtspflicht', // draft (Tue 05.06.)
  powerpoint: 'PowerPoint-Präsentationen, die überzeugen', // cancelled (Fri 06.04.2029)
  stapler: 'Staplerschein für Bauhof und Wertstoffhof', // cancelled (Mon 23.04.2029), forklift
  grundsteuer: 'Grundsteuer in Bayern: Bescheide und Einsprüche bearbeiten', // past (Wed 24 January 2029)
  waffenrecht: 'Waffenrecht in der Praxis der Waffenbehörde', // past (Mon 19 March 2029)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.bauantrag, T.badeaufsicht, T.powerpoint, T.stapler, T.grundsteuer, T.waffenrecht];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- greetings, thanks, help -----------------------------------------------------------------------------------------
  { q: 'Grüß Gott!', kind: 'help' },
  { q: 'Hallo, was kannst du alles?', kind: 'help' },
  { q: 'hi there, what can you do?', locale: 'en', kind: 'help' },
  { q: 'Hilfe', kind: 'help' },
  { q: 'Danke schön!', kind: 'thanks' },
  { q: 'vielen dank, das hat mir geholfen', kind: 'thanks' },
  { q: 'thanks a lot!', locale: 'en', kind: 'thanks' },
  // --- cancelled seminars ----------------------------------------------------------------------------------------------
  { q: 'Findet der PowerPoint-Kurs statt?', kind: 'gone', gone: T.powerpoint },
  { q: 'powerpoint präsentationen die überzeugen', kind: 'gone', gone: T.powerpoint },
  { q: 'Was kostet „PowerPoint-Präsentationen, die überzeugen“?', kind: 'gone', gone: T.powerpoint },
  { q: 'Staplerschein für Bauhof und Wertstoffhof', kind: 'gone', gone: T.stapler },
  { q: 'wann ist der staplerkurs?', kind: 'gone', gone: T.stapler },
  { q: 'Is the forklift course still on?', locale: 'en', kind: 'gone', gone: T.stapler },
  // --- past seminars ---------------------------------------------------------------------------------------------------
  { q: 'Wann war die Grundsteuer-Schulung?', kind: 'gone', gone: T.grundsteuer, says: ['Mi., 24.01.2029'] },
  {
    q: 'Grundsteuer in Bayern: Bescheide und Einsprüche bearbeiten',
    kind: 'gone',
    gone: T.grundsteuer,
    says: ['Mi., 24.01.2029'],
  },
  { q: 'waffenrecht seminar', kind: 'gone', gone: T.waffenrecht, says: ['Mo., 19.03.2029'] },
  { q: 'Wo findet „Waffenrecht in der Praxis der Waffenbehörde“ statt?', kind: 'gone', gone: T.waffenrecht },
  {
    q: 'When was the firearms law seminar?',
    locale: 'en',
    kind: 'gone',
    gone: T.waffenrecht,
    says: ['Mon, 19 Mar 2029'],
  },
  // --- drafts: not in the programme, so nothing to offer ---------------------------------------------------------------
  { q: 'Digitaler Bauantrag: Verfahren im BayernPortal bearbeiten', kind: 'none' },
  { q: 'schulung zum digitalen bauantrag', kind: 'none' },
  { q: 'Wann ist die Schulung zur Badeaufsicht im Freibad?', kind: 'none' },
  { q: 'Is there a course for lifeguards at the outdoor pool?', locale: 'en', kind: 'none' },
  // --- topics the catalogue does not have ------------------------------------------------------------------------------
  { q: 'Gibt es einen Kurs zu SAP?', kind: 'none' },
  { q: 'Spanischkurs', kind: 'none' },
  { q: 'Doppik-Schulung', kind: 'none' },
  { q: 'gibt es was zum brandschutz?', kind: 'none' },
  { q: 'Motorsägenlehrgang', kind: 'none' },
  { q: 'any seminar on project management?', locale: 'en', kind: 'none' },
  { q: 'do you have training on beekeeping?', locale: 'en', kind: 'none' },
  { q: 'was gibt es in velden', kind: 'none' },
  // --- seminars named by their title -----------------------------------------------------------------------------------
  { q: 'Erzähl mir mehr über „Hoch hinaus, aber sicher“', kind: 'details', titles: [T.leiter] },
  {
    q: 'Tell me about "Customer Service in English: Helping International Residents"',
    locale: 'en',
    kind: 'details',
    titles: [T.english],
  },
  { q: 'Was ist „Die Maschine formuliert, Sie entscheiden“?', kind: 'details', titles: [T.ki] },
  { q: 'Mehr Luft im Kalender', kind: 'list', titles: [T.zeit] },
  { q: 'steht der noch sicher', kind: 'list', titles: [T.baum] },
  { q: 'Gelassen bleiben wenns brennt', kind: 'list', titles: [T.stress] },
  // --- facts of seminars named by their exact or misspelled title ------------------------------------------------------
  {
    q: 'Was kostet „Gebührenkalkulation für Wasser und Abwasser nach dem KAG“?',
    kind: 'facts',
    titles: [T.gebuehren],
    says: ['kostet 245 €'],
  },
  {
    q: 'Wann findet Feierabend-Yoga für den Rücken statt?',
    kind: 'facts',
    titles: [T.yoga],
    says: [
      'an 4 Tagen',
      'Mi., 02.05.2029, Mi., 09.05.2029, Mi., 16.05.2029 und Mi., 23.05.2029',
      'jeweils von 18:30 bis 19:45 Uhr',
    ],
  },
  {
    q: 'Wo findet "Nicht jeder Link ist ein Freund" statt?',
    kind: 'facts',
    titles: [T.phishing],
    says: ['findet online statt'],
  },
  {
    q: 'Wer leitet Wenn der Ton rauher wird?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['leitet Frau Sabine Ernst'],
  },
  {
    q: 'Anmeldeschluss Allgemeines Verwaltungsrecht für Quereinsteiger',
    kind: 'facts',
    titles: [T.verwaltungsrecht],
    says: ['ist am Di., 20.03.2029, 23:59 Uhr abgelaufen'],
  },
  {
    q: 'Wie lange dauert "Steht der noch sicher?"',
    kind: 'facts',
    titles: [T.baum],
    says: ['dauert 7 Stunden, von 08:00 bis 15:00 Uhr'],
  },
  {
    q: 'How much does Customer Service in English cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['costs €95'],
  },
  {
    q: 'When does the Customr Servise in Englisch course start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['starts on Mon, 16 Apr 2029 at 18:00'],
  },
  {
    q: 'Sind bei „Führen auf Distanz“ noch Plätze frei?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['noch 14 von 14 Plätzen frei'],
  },
  {
    q: 'bis wann kann ich mich für führen auf distanz anmelden',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['bis Di., 10.04.2029, 12:00 Uhr'],
  },
  {
    q: 'Ist "Die Maschine formuliert, Sie entscheiden" online oder vor Ort?',
    kind: 'facts',
    titles: [T.ki],
    says: ['findet hybrid statt: im Landratsamt Nürnberger Land'],
  },
  {
    q: 'was kostet exel grundlagen für die verwaltung',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 59 €'],
    mentions: ['Die Gebühr übernimmt die entsendende Dienststelle.'],
  },
  {
    q: 'Wann ist die Erste-Hilfe-Fortbildung für betriebliche Ersthelfer?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['am Di., 17.04.2029 von 08:30 bis 16:00 Uhr'],
  },
  {
    q: 'Who leads "Gelassen bleiben, wenn\'s brennt"?',
    locale: 'en',
    kind: 'facts',
    titles: [T.stress],
    says: ['is led by Frau Sabine Ernst'],
  },
  {
    q: 'Wo findet „Bauleitplanung verständlich“ statt?',
    kind: 'facts',
    titles: [T.bauleitplanung],
    says: ['im Rathaus Röthenbach a.d.Pegnitz'],
  },
  {
    q: 'kostet E-Rechnung und X-Rechnung im Rechnungseingang etwas?',
    kind: 'facts',
    titles: [T.erechnung],
    says: ['ist kostenlos'],
  },
  {
    q: 'Wann beginnt „Gut ankommen: Einführungstag für neue Auszubildende“?',
    kind: 'facts',
    titles: [T.azubi],
    says: ['beginnt am Di., 04.09.2029 um 08:30 Uhr'],
  },
  {
    q: 'How long is "Gut vorbereitet in den Wahlvorstand"?',
    locale: 'en',
    kind: 'facts',
    titles: [T.wahl],
    says: ['lasts 2 hours, from 18:00 to 20:00'],
  },
  {
    q: 'Wann findet Niederschriften im Gemeinderat statt und wo?',
    kind: 'facts',
    titles: [T.niederschrift],
    says: ['am Di., 08.05.2029 von 09:00 bis 13:00 Uhr im Rathaus Altdorf'],
  },
  // --- follow-ups ------------------------------------------------------------------------------------------------------
  { conv: 'heute', q: 'Ist heute noch etwas?', kind: 'list', titles: [T.phishing] },
  {
    conv: 'heute',
    q: 'um wie viel uhr fängt das an?',
    kind: 'facts',
    titles: [T.phishing],
    says: ['beginnt am Di., 27.03.2029 um 13:30 Uhr'],
  },
  { conv: 'heute', q: 'wer hält das?', kind: 'facts', titles: [T.phishing], says: ['leitet Herr Markus Pröll'] },
  { conv: 'heute', q: 'super, danke!', kind: 'thanks' },
  { conv: 'yoga', q: 'Feierabend Yoga', kind: 'list', titles: [T.yoga] },
  { conv: 'yoga', q: 'wo ist das?', kind: 'facts', titles: [T.yoga], says: ['im vhs-Haus Hersbruck'] },
  { conv: 'yoga', q: 'und was kostet es?', kind: 'facts', titles: [T.yoga], says: ['kostet 48 €'] },
  { conv: 'stapler', q: 'Gibt es den Staplerschein noch?', kind: 'gone', gone: T.stapler },
  {
    conv: 'stapler',
    q: 'gibt es sonst noch was für den bauhof?',
    kind: 'list',
    ...only(T.leiter, T.baum),
  },
  { conv: 'ki', q: 'is there anything on AI?', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    conv: 'ki',
    q: 'is it online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is hybrid: at Landratsamt Nürnberger Land'],
  },
  {
    conv: 'gemeinderat',
    q: 'Was gibt es für Gemeinderäte?',
    kind: 'list',
    ...maybeAlso(only(T.bauleitplanung), T.niederschrift),
  },
  // --- no seminar named yet --------------------------------------------------------------------------------------------
  { conv: 'leer-de', q: 'Was kostet das?', kind: 'noContext' },
  { conv: 'leer-en', q: 'when is it?', locale: 'en', kind: 'noContext' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-seventh, independent catalogue (Landkreis Nürnberger Land, BVS, KUVB, AKDB, vhs Nürnberger Land)',
  {
    fixture: 'heldout307-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
