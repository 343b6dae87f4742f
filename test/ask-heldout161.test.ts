// Over-fitting check, hundred-and-sixty-first catalogue: the 2028 autumn programme of the Landkreis Wunsiedel im
// Fichtelgebirge (Bavaria) with the Bayerische Verwaltungsschule (BVS), the AKDB, the Kommunale Unfallversicherung
// Bayern (KUVB), the Landesamt für Sicherheit in der Informationstechnik (LSI), the Volkshochschule im Fichtelgebirge
// and the Landratsamt's Personalentwicklung and Katastrophenschutz, for the county and its towns (Wunsiedel,
// Marktredwitz, Selb, Arzberg, Kirchenlamitz, Weißenstadt), imported from a JSON file. Seminars take place in the
// Landratsamt Wunsiedel, the Egerland-Kulturhaus Marktredwitz, the town halls of Selb, Marktredwitz, Arzberg,
// Kirchenlamitz and Weißenstadt, the Bauhof Selb, the Tagungszentrum Bad Alexandersbad, online or hybrid. Eleven titles
// do not name their subject ("Augen auf im Posteingang" is phishing / information security, "Zahlen sprechen lassen"
// Excel charts, "Durchatmen im Dienst" stress and burnout, "Gelassen bleiben im Parteiverkehr" de-escalation,
// "Gemeinsam statt per Mail" Microsoft Teams and SharePoint, "Ein Klick zum Amt" OZG / BayernPortal, "Jeder Euro
// zählt" municipal budget law (Doppik), "Neu am Steuer" new managers, "Wissen, das bleibt" knowledge transfer before
// retirement, "Gut vorbereitet, wenn das Licht ausgeht" blackout preparedness, "Rechtssicher entscheiden"
// administrative procedure), so only summary, description or topics reveal it; one seminar is held in English; the
// leadership course runs on two consecutive days; the e-file course is open only to Kirchenlamitz, Weißenstadt and
// Arzberg; first aid, de-escalation, stress and others are free. The winter-service course has only 8 seats and no
// waitlist (the catalogue format carries no registrations, so every seminar still has all its seats). Questions are
// typed the way colleagues write in Teams (lower case, typos, no umlauts, about a third in English), without looking
// at the parser or the answers.
//
// Calendar around `now` (Tuesday 10 October 2028, 09:15 in Wunsiedel, summer time; winter time begins Sun 29.10.2028):
//   this week:  Tue 10.10. 13:00–15:30 phishing (online, today), Wed 11.10. 09:00–12:00 data protection (hybrid,
//               Landratsamt, tomorrow), Thu 12.10. 08:30–16:30 first aid (Rathaus Arzberg); nothing on Fri 13.10.
//               (the procurement course's deadline, 12:00)
//   next week:  Mon 16.10. morning Excel (online), Tue 17.10. afternoon stress (online), Wed 18.10. morning English
//               (Rathaus Selb; deadline passed Fri 06.10. 23:59), Thu 19.10. afternoon AI (hybrid, Landratsamt)
//   then:       Mon 23.10. social media (cancelled), Tue 24.10. procurement (Egerland-Kulturhaus Marktredwitz),
//               Wed 25.10. de-escalation (Rathaus Marktredwitz), Thu 26.10. Teams (online), Mon 30.10. BayernPortal
//               (online)
//   November:   Thu 02. budget law (Landratsamt), Mon 06. winter service (Bauhof Selb, 07:30), Tue 07. e-file
//               (Kirchenlamitz, members only), Wed 08. Czech evening 18:00–20:30 (Marktredwitz), Thu 09. tree
//               inspection (cancelled), Mon 13./Tue 14. new managers (Bad Alexandersbad; deadline Fri 27.10. 23:59),
//               Thu 16. council meetings (Weißenstadt), Tue 21. knowledge transfer (online), Thu 23. blackout
//               (Landratsamt, afternoon), Tue 28. heat planning (draft), Thu 30. administrative procedure (Rathaus Selb)
//   December:   Tue 05. cash offices (Rathaus Arzberg), Wed 06. accessible documents (draft), Tue 12. housing
//               benefit (online)
//   past:       Thu 14.09.2028 property tax (Landratsamt), Tue 26.09.2028 driving safety (Marktleuthen).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-10-10T07:15:00Z'); // Tuesday, 10 October 2028, 09:15 in Wunsiedel (CEST)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Augen auf im Posteingang', // Tue 10.10. 13:00–15:30, online, LSI, Dietz, information security, free
  datenschutz: 'Datenschutz kompakt: DSGVO und BayDSG im Verwaltungsalltag', // Wed 11.10. 09:00–12:00, hybrid (Landratsamt), free
  ersteHilfe: 'Erste Hilfe am Arbeitsplatz: Grundlehrgang für Ersthelfende', // Thu 12.10. 08:30–16:30, Rathaus Arzberg, KUVB, free (KUVB pays)
  excel: 'Zahlen sprechen lassen', // Mon 16.10. 09:00–12:00, online, vhs, Pöhlmann, 65 €, Excel charts / pivot
  stress: 'Durchatmen im Dienst', // Tue 17.10. 13:30–16:00, online, KUVB, Schödel, stress / burnout, free
  english: 'Welcome to the Fichtelgebirge: English for Front-Office Staff', // Wed 18.10. 09:00–12:30, Rathaus Selb, vhs, 110 €, English, deadline passed Fri 06.10. 23:59
  ki: 'KI-Assistenten sicher nutzen: Einführung für die Verwaltung', // Thu 19.10. 13:00–16:00, hybrid (Landratsamt), AKDB, 150 €
  vergabe: 'Vergaberecht kompakt: UVgO und VOB/A für Kommunen', // Tue 24.10. 09:00–16:00, Egerland-Kulturhaus Marktredwitz, BVS, 240 €, deadline Fri 13.10. 12:00
  deeskalation: 'Gelassen bleiben im Parteiverkehr', // Wed 25.10. 09:00–15:00, Rathaus Marktredwitz, KUVB, free
  teams: 'Gemeinsam statt per Mail', // Thu 26.10. 09:00–12:00, online, vhs, Pöhlmann, 49 €, Microsoft Teams / SharePoint
  onlinedienste: 'Ein Klick zum Amt', // Mon 30.10. 09:00–12:00, online, AKDB, 95 €, OZG / BayernPortal
  haushalt: 'Jeder Euro zählt', // Thu 02.11. 09:00–16:00, Landratsamt, BVS, 210 €, budget law / Doppik
  winterdienst: 'Winterdienst sicher organisieren: Unterweisung für Bauhofbeschäftigte', // Mon 06.11. 07:30–12:00, Bauhof Selb, KUVB, free, 8 seats, no waitlist
  eakte: 'Einführung in die E-Akte: digitale Vorgangsbearbeitung im Rathaus', // Tue 07.11. 09:00–12:00, Rathaus Kirchenlamitz, AKDB, only Kirchenlamitz/Weißenstadt/Arzberg, free
  tschechisch: 'Dobrý den! Erste Schritte in Tschechisch für den Bürgerservice', // Wed 08.11. 18:00–20:30, Egerland-Kulturhaus Marktredwitz, vhs, Novotná, 35 €
  fuehrung: 'Neu am Steuer', // Mon 13.11. and Tue 14.11. 08:30–16:00, Bad Alexandersbad, PE, Dr. Reichel, 480 €, deadline Fri 27.10. 23:59
  sitzung: 'Sitzungsdienst in Stadtrat, Gemeinderat und Kreistag', // Thu 16.11. 09:00–16:00, Rathaus Weißenstadt, BVS, 190 €, 16 seats
  wissen: 'Wissen, das bleibt', // Tue 21.11. 09:00–12:00, online, PE, knowledge transfer before retirement, free
  blackout: 'Gut vorbereitet, wenn das Licht ausgeht', // Thu 23.11. 13:00–16:00, Landratsamt, Katastrophenschutz, blackout, free
  verfahren: 'Rechtssicher entscheiden', // Thu 30.11. 09:00–16:00, Rathaus Selb, BVS, Dr. Seidel, 220 €, administrative procedure
  kasse: 'Kassensicherheit in Zahlstellen und Handvorschusskassen', // Tue 05.12. 09:00–16:00, Rathaus Arzberg, BVS, Ritter, 160 €
  wohngeld: 'Wohngeld kompakt: Anträge prüfen und berechnen', // Tue 12.12. 09:00–15:00, online, BVS, 150 €
  barrierefrei: 'Barrierefreie Dokumente mit Word und PDF', // draft (Wed 06.12.)
  waerme: 'Kommunale Wärmeplanung: Grundlagen für Bau- und Umweltämter', // draft (Tue 28.11.)
  socialMedia: 'Social Media im Rathaus: Instagram, Facebook und Co.', // cancelled (Mon 23.10.2028)
  baumkontrolle: 'Baumkontrolle und Verkehrssicherungspflicht an Straßen und Plätzen', // cancelled (Thu 09.11.2028)
  grundsteuer: 'Die neue Grundsteuer in Bayern: Bescheide, Hebesätze, Einsprüche', // past (Thu 14 September 2028)
  fahrsicherheit: 'Sicher unterwegs mit dem Dienstwagen: Fahrsicherheitstraining', // past (Tue 26 September 2028)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.barrierefrei, T.waerme, T.socialMedia, T.baumkontrolle, T.grundsteuer, T.fahrsicherheit];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- greetings, thanks, registrations, a follow-up without context --------------------------------------------------
  { q: 'servus', kind: 'help' },
  { q: 'hi, what can you do?', locale: 'en', kind: 'help' },
  { q: 'danke dir', kind: 'thanks' },
  { q: 'great, thanks!', locale: 'en', kind: 'thanks' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
  { q: 'und wo ist das?', kind: 'noContext' },
  // --- facts: cost -----------------------------------------------------------------------------------------------------
  {
    q: 'was kostet neu am steuer',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['kostet 480 €'],
    mentions: ['Inklusive Übernachtung, Verpflegung und Tagungsgetränken.'],
  },
  {
    q: 'erste hilfe kurs kosten?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangskosten übernimmt die KUVB für ihre Mitgliedsverwaltungen.'],
  },
  { q: 'how much is the vergaberecht seminar', locale: 'en', kind: 'facts', titles: [T.vergabe], says: ['costs €240'] },
  // --- facts: when (two days), start time, duration --------------------------------------------------------------------
  {
    q: 'when is neu am steuer',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['on 2 days', 'Mon, 13 Nov 2028 and Tue, 14 Nov 2028', 'each from 08:30 to 16:00'],
  },
  {
    q: 'um wieviel uhr geht der winterdienst lehrgang los',
    kind: 'facts',
    titles: [T.winterdienst],
    says: ['beginnt am Mo., 06.11.2028 um 07:30 Uhr'],
  },
  {
    q: 'what time does the phishing training start today',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['starts on Tue, 10 Oct 2028 at 13:00'],
  },
  {
    q: 'how long is the tschechisch course',
    locale: 'en',
    kind: 'facts',
    titles: [T.tschechisch],
    says: ['lasts 2.5 hours, from 18:00 to 20:30'],
  },
  {
    q: 'wie lange dauert die schulung zum haushaltsrecht',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['dauert 7 Stunden, von 09:00 bis 16:00 Uhr'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  { q: 'wo ist vergaberecht', kind: 'facts', titles: [T.vergabe], says: ['im Egerland-Kulturhaus'] },
  {
    q: 'where does the deescalation training take place',
    locale: 'en',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['at Rathaus Marktredwitz'],
  },
  {
    q: 'datenschutz schulung online oder vor ort?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: [/findet hybrid statt|oder online statt/],
  },
  {
    q: 'is the KI course online or on site',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: [/is hybrid|or online/],
  },
  { q: 'wer hält den tschechisch kurs', kind: 'facts', titles: [T.tschechisch], says: ['leitet Frau Jana Novotná'] },
  { q: 'wer macht den excel kurs', kind: 'facts', titles: [T.excel], says: ['leitet Frau Sabine Pöhlmann'] },
  { q: 'anmeldeschluss vergaberecht', kind: 'facts', titles: [T.vergabe], says: ['bis Fr., 13.10.2028, 12:00 Uhr'] },
  {
    q: 'registration deadline for the english course',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 6 Oct 2028, 23:59'],
  },
  {
    q: 'winterdienst noch plätze frei?',
    kind: 'facts',
    titles: [T.winterdienst],
    says: ['noch 8 von 8 Plätzen frei'],
  },
  {
    q: 'any seats left in the sitzungsdienst course',
    locale: 'en',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['has 16 of 16 seats left'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  { conv: 'strom', q: 'was mache ich bei einem stromausfall', kind: 'list', titles: [T.blackout] },
  {
    conv: 'strom',
    q: 'wann ist das',
    kind: 'facts',
    titles: [T.blackout],
    says: ['am Do., 23.11.2028 von 13:00 bis 16:00 Uhr'],
  },
  { conv: 'strom', q: 'und wo?', kind: 'facts', titles: [T.blackout], says: ['im Landratsamt Wunsiedel'] },
  { conv: 'teams', q: 'is there a course on microsoft teams', locale: 'en', kind: 'list', titles: [T.teams] },
  { conv: 'teams', q: 'how much?', locale: 'en', kind: 'facts', titles: [T.teams], says: ['costs €49'] },
  { conv: 'teams', q: 'is it online?', locale: 'en', kind: 'facts', titles: [T.teams], says: ['takes place online'] },
  { conv: 'kasse', q: 'gibts was zu bargeld in der zahlstelle', kind: 'list', titles: [T.kasse] },
  { conv: 'kasse', q: 'wer leitet das', kind: 'facts', titles: [T.kasse], says: ['leitet Herr Wolfgang Ritter'] },
  {
    conv: 'kasse',
    q: 'wann genau?',
    kind: 'facts',
    titles: [T.kasse],
    says: ['am Di., 05.12.2028 von 09:00 bis 16:00 Uhr'],
  },
  // --- details of one seminar ------------------------------------------------------------------------------------------
  { q: 'details zu ein klick zum amt', kind: 'details', titles: [T.onlinedienste] },
  // --- topic searches: typos, words only in summary or description, synonyms -------------------------------------------
  { q: 'phising', kind: 'list', titles: [T.phishing] },
  { q: 'exel diagramme', kind: 'list', titles: [T.excel] },
  { q: 'deeskalaiton schulung', kind: 'list', titles: [T.deeskalation] },
  { q: 'burnout vorbeugen', kind: 'list', titles: [T.stress] },
  { q: 'sharepoint training', locale: 'en', kind: 'list', titles: [T.teams] },
  { q: 'doppik', kind: 'list', titles: [T.haushalt] },
  { q: 'anything on bayernportal', locale: 'en', kind: 'list', titles: [T.onlinedienste] },
  { q: 'wissenstransfer vor der rente', kind: 'list', titles: [T.wissen] },
  { q: 'lastenzuschuss', kind: 'list', titles: [T.wohngeld] },
  { q: 'verwaltungsakt anhörung', kind: 'list', titles: [T.verfahren] },
  // --- filters: dates, time of day, cost, place, trainer, provider, format, language, audience -------------------------
  { q: 'was ist heute noch', kind: 'list', titles: [T.phishing] },
  { q: 'was läuft diese woche', kind: 'list', titles: [T.phishing, T.datenschutz, T.ersteHilfe] },
  { q: "what's on next week", locale: 'en', kind: 'list', titles: [T.excel, T.stress, T.english, T.ki] },
  { q: 'afternoon sessions next week?', locale: 'en', kind: 'list', titles: [T.stress, T.ki] },
  {
    q: 'kostenlose kurse im oktober',
    kind: 'list',
    titles: [T.phishing, T.datenschutz, T.ersteHilfe, T.stress, T.deeskalation],
  },
  { q: 'was gibts in marktredwitz', kind: 'list', ...only(T.vergabe, T.deeskalation, T.tschechisch) },
  { q: 'courses in selb', locale: 'en', kind: 'list', ...only(T.english, T.winterdienst, T.verfahren) },
  { q: 'kurse von frau pöhlmann', kind: 'list', ...only(T.excel, T.teams) },
  { q: 'was bietet die kuvb', kind: 'list', ...only(T.ersteHilfe, T.stress, T.deeskalation, T.winterdienst) },
  { q: 'online kurse im november', kind: 'list', titles: [T.wissen] },
  { q: 'any courses held in english', locale: 'en', kind: 'list', titles: [T.english] },
  { q: 'ich bin neue teamleiterin, was passt für mich', kind: 'list', titles: [T.fuehrung] },
  // --- cancelled and past seminars asked by name, drafts never shown, no match ----------------------------------------
  { q: 'wann ist der social media kurs', kind: 'gone', gone: T.socialMedia },
  { q: 'when is the baumkontrolle training', locale: 'en', kind: 'gone', gone: T.baumkontrolle },
  { q: 'grundsteuer schulung wann war die', kind: 'gone', gone: T.grundsteuer, says: ['Do., 14.09.2028'] },
  {
    q: 'when was the fahrsicherheitstraining',
    locale: 'en',
    kind: 'gone',
    gone: T.fahrsicherheit,
    says: ['Tue, 26 Sep 2028'],
  },
  { q: 'barrierefreie pdf dokumente', kind: 'none' },
  { q: 'any training on wärmeplanung', locale: 'en', kind: 'none' },
  { q: 'gabelstapler schein', kind: 'none' },
  { q: 'erste hilfe naechste woche', kind: 'none' },
];

heldoutSuite(
  'answering questions about a hundred-and-sixty-first, independent catalogue (Landkreis Wunsiedel i. Fichtelgebirge, BVS, KUVB)',
  {
    fixture: 'heldout161-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
