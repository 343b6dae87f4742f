// Over-fitting check, three-hundredth catalogue: the winter and spring 2029 programme for the Stadt Erlangen (Bavaria)
// and its offices (Bürgeramt, Ordnungsamt, Sozialamt, Standesamt, Kämmerei, Stadtgrün and Betriebshof, Feuerwehr),
// with the Bayerische Verwaltungsschule (BVS), the Kommunale Unfallversicherung Bayern (KUVB), the AKDB, the
// Volkshochschule Erlangen (vhs), the city's own IT office, data-protection officer, fire brigade and Personal- und
// Organisationsamt, imported from a JSON file. Seminars take place in the Rathaus Erlangen, the Amtsgebäude
// Gebbertstraße, the Volkshochschule, the Landratsamt Erlangen-Höchstadt, the Hauptfeuerwache, the city's Betriebshof,
// the Redoutensaal (hybrid) or online. Several titles do not name their subject ("Ein Klick zu viel" is phishing, "Was
// geht wen was an?" data protection, "Wenn der Ton rauer wird" de-escalation with angry citizens, "Aufrecht durch den
// Tag" back exercises, "Texte auf Knopfdruck" AI, "Akku leer?" stress / burnout, "Neue Rolle, neues Team" new managers,
// "Sicher auf zwei Rädern" a bike safety training, "Sicherer Stand" tree inspection, "Gut vorbereitet in die Sitzung"
// municipal law for council members, "Schluss mit Papierbergen" the e-file, "Verstanden werden" plain language, "Dicke
// Luft im Büro" conflict management for managers, "Willkommen an Bord" the trainees' first day), so only summary,
// description or topics reveal it; one seminar is held in English; the new managers' course runs on two Thursdays
// across the start of summer time (Sun 25.03.2029); the e-file course is open only to the city itself; two courses run
// in the evening. The questions are written as employees type them: lower case, everyday words and typos instead of
// the catalogue's terms ("excell kurs", "brandschuts", "datenschutzz"), a third in English, without looking at the
// parser or the answers.
//
// Calendar around `now` (Tuesday 23 January 2029, 11:15 in Erlangen, winter time; summer time begins Sun 25.03.2029;
// Easter Sunday is 01.04.2029):
//   this week:  Tue 23.01. (today) 13:30–15:00 phishing (online); Wed 24.01. (tomorrow) 09:00–12:00 data protection
//               (Rathaus); Thu 25.01. 09:00–16:00 de-escalation (Amtsgebäude Gebbertstraße); Fri 26.01. 09:00–12:00
//               Excel (online, 79 €)
//   next week:  Mon 29.01. 08:30–15:30 fines / OWiG (Landratsamt; deadline passed Mon 15.01. 12:00), Tue 30.01.
//               18:00–19:30 back exercises (vhs, evening), Wed 31.01. 09:00–12:30 English (Rathaus; deadline Wed
//               24.01. 23:59), Thu 01.02. 09:00–16:00 Doppik (Amtsgebäude Gebbertstraße); nothing on Fri 02.02.
//   February:   Tue 06.02. 08:30–12:30 fire wardens (Hauptfeuerwache), Wed 07.02. 14:00–16:00 AI (hybrid, Redoutensaal),
//               the cancelled PowerPoint course (Fri 09.02.), Tue 20.02. 13:00–16:00 stress (online)
//   March:      Tue 06.03. 09:00–12:00 basic income support (online), the cancelled forklift course (Tue 13.03.), Wed
//               14.03. 07:30–15:00 tree inspection (Betriebshof), Thu 15.03. 18:00–20:30 council members (Rathaus,
//               evening), Tue 20.03. 08:30–16:00 first aid (Amtsgebäude Gebbertstraße), Thu 22.03. (CET) and Thu 29.03.
//               (CEST) 09:00–16:30 new managers (Rathaus; deadline Fri 09.03. 23:59)
//   April:      Tue 03.04. 10:00–11:30 e-file (online, city staff only), Wed 18.04. 09:00–16:00 plain language (vhs;
//               deadline Fri 23.03. 12:00), Thu 26.04. 09:00–12:00 marriages with foreign partners (online)
//   May:        Wed 09.05. 09:00–16:00 conflict management (Landratsamt), Tue 15.05. 08:00–12:00 bike training
//               (Betriebshof)
//   later:      the draft e-participation course (Wed 13.06.), the draft fee calculation course (Tue 19.06.), Mon
//               03.09. 09:00–15:00 trainees' first day (Rathaus)
//   past:       Wed 22.11.2028 property tax (Amtsgebäude Gebbertstraße), Tue 16.01.2029 passports and ID cards (online).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2029-01-23T10:15:00Z'); // Tuesday, 23 January 2029, 11:15 in Erlangen (CET)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Ein Klick zu viel', // Tue 23.01. 13:30–15:00, online, city IT office, Roth, phishing / IT security, free
  datenschutz: 'Was geht wen was an?', // Wed 24.01. 09:00–12:00, Rathaus, data-protection officer, Dr. Kessler, DSGVO, free
  deesk: 'Wenn der Ton rauer wird', // Thu 25.01. 09:00–16:00, Amtsgebäude Gebbertstraße, KUVB, Pröll, de-escalation, free
  excel: 'Excel kompakt: Formeln, Filter und Pivot-Tabellen', // Fri 26.01. 09:00–12:00, online, vhs, Vogel, 79 € (paid by the Personalamt)
  owi: 'Ordnungswidrigkeiten sicher ahnden: Verwarnung, Bußgeldbescheid, Einspruch', // Mon 29.01. 08:30–15:30, Landratsamt, BVS, Dr. Hofmann, 245 €, deadline passed Mon 15.01. 12:00
  ruecken: 'Aufrecht durch den Tag', // Tue 30.01. 18:00–19:30, vhs, Seitz, back exercises, 20 €
  english: 'English at the Counter: Serving International Residents', // Wed 31.01. 09:00–12:30, Rathaus, vhs, Carter, 90 €, deadline Wed 24.01. 23:59
  doppik: 'Doppik verstehen: Ergebnishaushalt, Finanzhaushalt und Bilanz', // Thu 01.02. 09:00–16:00, Amtsgebäude Gebbertstraße, BVS, Lindner, 220 €, 20 seats
  brandschutz: 'Brandschutzhelfer-Ausbildung mit Löschübung', // Tue 06.02. 08:30–12:30, Hauptfeuerwache, fire brigade, Kestler, free
  ki: 'Texte auf Knopfdruck', // Wed 07.02. 14:00–16:00, hybrid (Redoutensaal), AKDB, Lang, AI / ChatGPT, free
  stress: 'Akku leer?', // Tue 20.02. 13:00–16:00, online, KUVB, Brunner, stress / burnout, free
  fuehrung: 'Neue Rolle, neues Team', // Thu 22.03. (CET) and Thu 29.03. (CEST) 09:00–16:30, Rathaus, BVS, Dr. Sommer, new managers, 420 €, deadline Fri 09.03. 23:59
  grundsicherung: 'Grundsicherung im Alter und bei Erwerbsminderung (SGB XII)', // Tue 06.03. 09:00–12:00, online, BVS, Lenz, 150 €
  baum: 'Sicherer Stand', // Wed 14.03. 07:30–15:00, Betriebshof, KUVB, Wolf, tree inspection, free
  stadtrat: 'Gut vorbereitet in die Sitzung', // Thu 15.03. 18:00–20:30, Rathaus, BVS, Dr. Hofmann, council members, 40 €
  ersteHilfe: 'Erste-Hilfe-Fortbildung für Ersthelferinnen und Ersthelfer', // Tue 20.03. 08:30–16:00, Amtsgebäude Gebbertstraße, KUVB, Ebner, free (KUVB pays)
  eakte: 'Schluss mit Papierbergen', // Tue 03.04. 10:00–11:30, online, AKDB, Lang, e-file, only Stadt Erlangen, free
  sprache: 'Verstanden werden', // Wed 18.04. 09:00–16:00, vhs, Rieger, plain language, 110 €, deadline Fri 23.03. 12:00
  standesamt: 'Eheschließung mit Auslandsbezug im Standesamt', // Thu 26.04. 09:00–12:00, online, BVS, Haas, 120 €
  konflikt: 'Dicke Luft im Büro', // Wed 09.05. 09:00–16:00, Landratsamt, BVS, Dr. Sommer, conflict management for managers, 230 €
  fahrrad: 'Sicher auf zwei Rädern', // Tue 15.05. 08:00–12:00, Betriebshof, KUVB, Kraus, bike / pedelec safety training, free
  azubi: 'Willkommen an Bord', // Mon 03.09. 09:00–15:00, Rathaus, Personalamt, Hoffmann, trainees' first day, free, 40 seats
  beteiligung: 'Bürgerbeteiligung digital gestalten', // draft (Wed 13.06.)
  gebuehren: 'Gebührenkalkulation für kommunale Einrichtungen', // draft (Tue 19.06.)
  powerpoint: 'PowerPoint-Präsentationen, die überzeugen', // cancelled (Fri 09.02.2029)
  stapler: 'Gabelstapler-Fahrausweis für den Betriebshof', // cancelled (Tue 13.03.2029)
  ausweis: 'Pass- und Ausweisrecht: Neuerungen zum Jahreswechsel', // past (Tue 16 January 2029)
  grundsteuer: 'Grundsteuer nach der Reform: Hebesatz, Bescheid, Widerspruch', // past (Wed 22 November 2028)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.beteiligung, T.gebuehren, T.powerpoint, T.stapler, T.ausweis, T.grundsteuer];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'heute', q: 'is there anything on today?', locale: 'en', kind: 'list', titles: [T.phishing] },
  {
    conv: 'heute',
    q: 'what time does it start',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['starts on Tue, 23 Jan 2029 at 13:30'],
  },
  { conv: 'morgen', q: 'was is morgen so los', kind: 'list', titles: [T.datenschutz] },
  {
    conv: 'morgen',
    q: 'wo is das',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['findet im Rathaus Erlangen'],
  },
  { conv: 'morgen', q: 'kostet des was?', kind: 'facts', titles: [T.datenschutz], says: ['ist kostenlos'] },
  {
    conv: 'schreien',
    q: 'how do i deal with people shouting at me',
    locale: 'en',
    kind: 'list',
    titles: [T.deesk],
  },
  {
    conv: 'schreien',
    q: 'when is it',
    locale: 'en',
    kind: 'facts',
    titles: [T.deesk],
    says: ['takes place on Thu, 25 Jan 2029 from 09:00 to 16:00'],
  },
  { conv: 'excel', q: 'excell kurs', kind: 'list', titles: [T.excel] },
  { conv: 'excel', q: 'is der online oder vor ort', kind: 'facts', titles: [T.excel], says: ['findet online statt'] },
  {
    conv: 'excel',
    q: 'was kostet der',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 79 €'],
    mentions: ['Die Kosten übernimmt das Personal- und Organisationsamt.'],
  },
  {
    miss: 'the conflict course for managers is listed beside the one for new managers ("vom Kollegen zum Chef" is not read as becoming one)',
    conv: 'chef',
    q: 'vom kollegen zum chef, gibts da was',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'chef',
    q: 'wann genau',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 22.03.2029 und Do., 29.03.2029', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    conv: 'chef',
    q: 'bis wann muss ich mich anmelden',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['bis Fr., 09.03.2029, 23:59 Uhr'],
  },
  {
    conv: 'english',
    q: 'i need to brush up my english for customers at the counter',
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  {
    conv: 'english',
    q: 'until when can i sign up',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['until Wed, 24 Jan 2029, 23:59'],
  },
  { conv: 'baum', q: 'baumkontrolle', kind: 'list', titles: [T.baum] },
  {
    conv: 'baum',
    q: 'um wieviel uhr gehts los',
    kind: 'facts',
    titles: [T.baum],
    says: ['beginnt am Mi., 14.03.2029 um 07:30 Uhr'],
  },
  { conv: 'rad', q: 'bike safety training', locale: 'en', kind: 'list', titles: [T.fahrrad] },
  { conv: 'rad', q: 'is it free', locale: 'en', kind: 'facts', titles: [T.fahrrad], says: ['is free of charge'] },
  { conv: 'doppik', q: 'doppick schulung', kind: 'list', titles: [T.doppik] },
  {
    conv: 'doppik',
    q: 'sind da noch plätze frei',
    kind: 'facts',
    titles: [T.doppik],
    says: ['noch 20 von 20 Plätzen frei'],
  },
  // --- facts -----------------------------------------------------------------------------------------------------------
  {
    q: 'wann is brandschuts',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['am Di., 06.02.2029 von 08:30 bis 12:30 Uhr'],
  },
  {
    q: 'who runs the datenschutz training',
    locale: 'en',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['is led by Frau Dr. Miriam Kessler'],
  },
  {
    q: 'how long is the first aid refresher',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['lasts 7.5 hours, from 08:30 to 16:00'],
  },
  {
    q: 'anmeldeschluss für verständlich schreiben',
    kind: 'facts',
    titles: [T.sprache],
    says: ['bis Fr., 23.03.2029, 12:00 Uhr'],
  },
  {
    q: 'anmeldeschluss busgeld seminar',
    kind: 'facts',
    titles: [T.owi],
    says: ['ist am Mo., 15.01.2029, 12:00 Uhr abgelaufen'],
  },
  {
    q: 'wie lang geht die stadtrat schulung',
    kind: 'facts',
    titles: [T.stadtrat],
    says: ['dauert 2,5 Stunden, von 18:00 bis 20:30 Uhr'],
  },
  {
    q: 'ki vortrag vor ort oder online?',
    kind: 'facts',
    titles: [T.ki],
    says: ['findet hybrid statt: im Redoutensaal Erlangen'],
  },
  // --- topic searches: typos, everyday words, English, words only in summary or description ---------------------------
  { q: 'phising mails erkennen', kind: 'list', titles: [T.phishing] },
  { q: 'datenschutzz', kind: 'list', titles: [T.datenschutz] },
  { q: 'brandschuts', kind: 'list', titles: [T.brandschutz] },
  { q: 'rückenschmerzen vom vielen sitzen', kind: 'list', titles: [T.ruecken] },
  {
    q: "i'm totally burned out, is there something for that",
    locale: 'en',
    kind: 'list',
    titles: [T.stress],
  },
  { q: 'chat gpt kurs', kind: 'list', titles: [T.ki] },
  { q: 'streit zwischen kollegen schlichten', kind: 'list', titles: [T.konflikt] },
  { q: 'elektronische akte', kind: 'list', titles: [T.eakte] },
  { q: 'how to write letters people actually understand', locale: 'en', kind: 'list', titles: [T.sprache] },
  { q: 'heiraten mit ausländer, standesamt', kind: 'list', titles: [T.standesamt] },
  { q: 'training for city council members', locale: 'en', kind: 'list', titles: [T.stadtrat] },
  { q: 'first day for new apprentices', locale: 'en', kind: 'list', titles: [T.azubi] },
  // --- time and place filters, format, trainer, audience, cost, length -------------------------------------------------
  { q: 'was is diese woche noch', kind: 'list', titles: [T.phishing, T.datenschutz, T.deesk, T.excel] },
  { q: 'was ist nächste woche', kind: 'list', titles: [T.owi, T.ruecken, T.english, T.doppik] },
  { q: 'anything in february', locale: 'en', kind: 'list', titles: [T.doppik, T.brandschutz, T.ki, T.stress] },
  {
    q: 'kurse im märz',
    kind: 'list',
    titles: [T.grundsicherung, T.baum, T.stadtrat, T.ersteHilfe, T.fuehrung],
  },
  { q: 'was gibts im april', kind: 'list', titles: [T.eakte, T.sprache, T.standesamt] },
  { q: 'online courses this week', locale: 'en', kind: 'list', titles: [T.phishing, T.excel] },
  { q: 'kostenlose kurse im februar', kind: 'list', titles: [T.brandschutz, T.ki, T.stress] },
  { q: 'gibts was am abend', kind: 'list', ...only(T.ruecken, T.stadtrat) },
  { q: 'gibts was an nem montag', kind: 'list', titles: [T.owi, T.azubi] },
  {
    q: 'was läuft im rathaus',
    kind: 'list',
    ...only(T.datenschutz, T.english, T.fuehrung, T.stadtrat, T.azubi),
  },
  {
    q: 'kurse von dr. hofmann',
    kind: 'list',
    ...only(T.owi, T.stadtrat),
  },
  { q: 'anything for team leaders', locale: 'en', kind: 'list', ...only(T.fuehrung, T.konflikt) },
  { q: 'kurse über 200 euro', kind: 'list', ...only(T.owi, T.doppik, T.fuehrung, T.konflikt) },
  {
    q: 'kurse die höchstens 2 stunden gehen',
    kind: 'list',
    ...only(T.phishing, T.ruecken, T.ki, T.eakte),
  },
  { q: 'courses over several days', locale: 'en', kind: 'list', titles: [T.fuehrung] },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'gibts den powerpoint kurs noch', kind: 'gone', gone: T.powerpoint },
  { q: 'gabelstaplerschein wann', kind: 'gone', gone: T.stapler },
  {
    q: 'personalausweis schulung wann war die',
    kind: 'gone',
    gone: T.ausweis,
    says: ['Di., 16.01.2029'],
  },
  { q: 'property tax seminar', locale: 'en', kind: 'gone', gone: T.grundsteuer, says: ['Wed, 22 Nov 2028'] },
  { q: 'bürgerbeteiligung online', kind: 'none' },
  { q: 'gebührenkalkulation', kind: 'none' },
  { q: 'anything in herzogenaurach', locale: 'en', kind: 'none' },
  { q: 'hallo', kind: 'help' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
  { q: 'what am i signed up for', locale: 'en', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a three-hundredth, independent catalogue (Stadt Erlangen, BVS, KUVB, AKDB, vhs Erlangen)',
  {
    fixture: 'heldout300-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
