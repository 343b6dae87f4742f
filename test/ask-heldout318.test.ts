// Over-fitting check, three-hundred-and-eighteenth catalogue: the autumn 2031 programme for the Landkreis
// Vorpommern-Rügen (Mecklenburg-Vorpommern) and its towns and municipalities (Hansestadt Stralsund, Bergen auf Rügen,
// Ribnitz-Damgarten, Barth, Grimmen, Sassnitz, Putbus, Ostseebad Binz and the Amt Darß/Fischland), with the
// Zweckverband eGo-MV, the Unfallkasse Mecklenburg-Vorpommern, the FHöVPR Güstrow, the Städte- und Gemeindetag M-V,
// the DRK-Kreisverband Rügen-Stralsund, the Volkshochschule Vorpommern-Rügen (VHS) and the Kreisverwaltung's own
// Personalentwicklung and Ausbildungsleitung, imported from a JSON file. Seminars take place in the two seats of the
// Kreisverwaltung (Carl-Heydemann-Ring in Stralsund and Billrothstraße in Bergen auf Rügen), the Rathaus and the
// VHS-Haus in Stralsund, the town halls of Ribnitz-Damgarten, Binz, Barth, Bergen auf Rügen, Sassnitz and Grimmen, the
// Werkhalle of the Bauhof Grimmen, the Amt Darß/Fischland in Born, online or hybrid. Several titles do not name their
// subject ("Nicht jeder Anhang ist harmlos" is phishing / IT security, "Wer darf was wissen?" data protection under
// the DS-GVO, "Schreibassistenz aus der Maschine" AI / ChatGPT / Copilot, "Wenn der Akku leer ist" stress and burnout,
// "Neue Rolle, neuer Blick" new managers, "Am Ende muss es aufgehen" the year-end accounts in the municipal Doppik,
// "Sicher an der Straße" road-works safety for the Bauhof, "Für alle lesbar" accessible documents, "Schluss mit dem
// Mail-Pingpong" Teams and SharePoint, "Vom Aufstellungsbeschluss zur Satzung" land-use planning, "Gut vorbereitet in
// die Sitzung" the Kommunalverfassung for council members, "Aufrecht durch den Tag" back exercises, "Geschrieben und
// verstanden" plain language, "Papierlos im Amt" the e-file, "Wenn die Stimmung kippt" de-escalation with aggressive
// customers, "Fit für die Zwischenprüfung" exam preparation for trainees), so only summary, description or topics
// reveal it; one seminar is held in English; the leadership course runs on two Wednesdays across the end of summer
// time (Sun 26.10.2031); the trainees' course runs on two days in a row in January 2032; the e-file course is open
// only to the Amt Darß/Fischland; first aid is free, paid by the Unfallkasse; two courses run in the evening. The
// questions are phone-typed chat (lower case, abbreviations such as ws, fk, azubi, ma, vhs, ki, ds-gvo, it-sich, bzw,
// "nä woche", a little Low German, typos, emoji), mostly German, a few in English, with short follow-up conversations
// ("preis?", "wo?"), written without looking at the parser or the answers.
//
// Calendar around `now` (Tuesday 14 October 2031, 10:15 in Stralsund, summer time; summer time ends Sun 26.10.2031;
// Fri 31.10.2031, Reformationstag, is a public holiday in Mecklenburg-Vorpommern):
//   this week:   Tue 14.10. (today) 14:00–15:30 phishing (online); Wed 15.10. (tomorrow) 09:00–12:00 DS-GVO (hybrid,
//                Kreisverwaltung Stralsund); Thu 16.10. 09:00–12:30 Excel (online, 75 €); Fri 17.10. 13:00–15:30 AI
//                (Rathaus Stralsund)
//   next week:   Mon 20.10. 09:00–16:00 procurement (Kreisverwaltung Bergen; deadline passed Fri 10.10. 12:00); Tue
//                21.10. 13:00–16:00 stress (online); Wed 22.10. 09:00–16:00 leadership, day 1 (Kreisverwaltung
//                Stralsund; deadline Fri 17.10. 23:59); Thu 23.10. 09:00–16:00 Doppik year-end accounts (Rathaus
//                Ribnitz-Damgarten, 20 seats); nothing on Fri 24.10.
//   week after:  Mon 27.10. 09:00–12:30 English (Rathaus Binz; deadline Mon 20.10. 23:59); Tue 28.10. 07:30–14:30
//                road works (Werkhalle Bauhof Grimmen); nothing on Fri 31.10. (holiday)
//   November:    Tue 04.11. 09:00–11:30 accessible documents (online); Wed 05.11. leadership, day 2 (CET, 09:00–16:00);
//                Thu 06.11. 08:30–16:00 first aid (Rathaus Barth); Mon 10.11. 10:00–11:30 Teams/SharePoint (online);
//                Wed 12.11. 09:00–16:00 land-use planning (Kreisverwaltung Stralsund); Thu 13.11. 18:00–20:30 council
//                members (Rathaus Bergen auf Rügen, evening, 40 €); Mon 17.11. 17:30–19:00 back exercises (VHS-Haus
//                Stralsund, evening, 12 €); Tue 18.11. 09:00–13:00 fire wardens (Rathaus Sassnitz); the cancelled tree
//                inspection (Wed 19.11.) and PowerPoint (Thu 20.11.) courses; Wed 26.11. 09:00–15:30 plain language
//                (Kreisverwaltung Bergen; deadline Fri 07.11. 12:00)
//   December:    Tue 02.12. 09:00–12:00 e-file (Amt Darß/Fischland, members only); Thu 04.12. 09:00–16:00 objection
//                procedure (hybrid, Rathaus Stralsund); Tue 09.12. 09:00–16:00 de-escalation (Rathaus Grimmen)
//   later:       Mon 12.01. and Tue 13.01.2032 08:30–15:00 trainees' exam preparation (Kreisverwaltung Stralsund); the
//                draft cash-office course (Wed 21.01.2032) and the draft spa-tax course (Tue 10.02.2032)
//   past:        Tue 08.07.2031 heat protection at the Bauhof (Grimmen), Thu 04.09.2031 training for election boards
//                (Rathaus Stralsund).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2031-10-14T08:15:00Z'); // Tuesday, 14 October 2031, 10:15 in Stralsund (CEST)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Nicht jeder Anhang ist harmlos', // Tue 14.10. 14:00–15:30, online, eGo-MV, Petersen, phishing / IT security, free
  dsgvo: 'Wer darf was wissen?', // Wed 15.10. 09:00–12:00, hybrid (Kreisverwaltung Stralsund), PE, Dr. Möller, DS-GVO, free
  excel: 'Excel kompakt: Pivot-Tabellen, SVERWEIS und Diagramme', // Thu 16.10. 09:00–12:30, online, VHS, Kühl, 75 € (Dienststelle pays)
  ki: 'Schreibassistenz aus der Maschine', // Fri 17.10. 13:00–15:30, Rathaus Stralsund, eGo-MV, Petersen, AI / ChatGPT / Copilot, free
  vergabe: 'Vergaberecht für Einsteiger: UVgO, VgV und Vergabemarktplatz M-V', // Mon 20.10. 09:00–16:00, Kreisverwaltung Bergen, FHöVPR, Dr. Brandt, 240 €, deadline passed Fri 10.10. 12:00
  stress: 'Wenn der Akku leer ist', // Tue 21.10. 13:00–16:00, online, Unfallkasse, Hansen, stress / burnout, free
  fuehrung: 'Neue Rolle, neuer Blick', // Wed 22.10. (CEST) and Wed 05.11. (CET) 09:00–16:00, Kreisverwaltung Stralsund, FHöVPR, Dr. Lange, new managers, 380 €, deadline Fri 17.10. 23:59
  doppik: 'Am Ende muss es aufgehen', // Thu 23.10. 09:00–16:00, Rathaus Ribnitz-Damgarten, FHöVPR, Schulz, Doppik year-end accounts, 210 €, 20 seats
  english: 'Welcome to the Island: English at the Service Desk', // Mon 27.10. 09:00–12:30, Rathaus Binz, VHS, Clarke, 90 €, deadline Mon 20.10. 23:59
  bauhof: 'Sicher an der Straße', // Tue 28.10. 07:30–14:30, Werkhalle Bauhof Grimmen, Unfallkasse, Voß, road works (RSA 21), free
  barrierefrei: 'Für alle lesbar', // Tue 04.11. 09:00–11:30, online, eGo-MV, Krüger, accessible Word/PDF documents, free
  ersteHilfe: 'Erste-Hilfe-Fortbildung für betriebliche Ersthelfer', // Thu 06.11. 08:30–16:00, Rathaus Barth, DRK, Wendt, free (Unfallkasse pays)
  teams: 'Schluss mit dem Mail-Pingpong', // Mon 10.11. 10:00–11:30, online, eGo-MV, Petersen, Teams / SharePoint, free
  bauleit: 'Vom Aufstellungsbeschluss zur Satzung', // Wed 12.11. 09:00–16:00, Kreisverwaltung Stralsund, Städte- und Gemeindetag, Dr. Brandt, land-use planning, 195 €
  gemeinderat: 'Gut vorbereitet in die Sitzung', // Thu 13.11. 18:00–20:30, Rathaus Bergen auf Rügen, Städte- und Gemeindetag, Dr. Brandt, council members, 40 €
  ruecken: 'Aufrecht durch den Tag', // Mon 17.11. 17:30–19:00, VHS-Haus Stralsund, VHS, Koch, back exercises, 12 €
  brandschutz: 'Brandschutzhelfer-Ausbildung nach ASR A2.2', // Tue 18.11. 09:00–13:00, Rathaus Sassnitz, Unfallkasse, Voß, fire extinguishers, free
  sprache: 'Geschrieben und verstanden', // Wed 26.11. 09:00–15:30, Kreisverwaltung Bergen, VHS, Kühl, plain language, 110 €, deadline Fri 07.11. 12:00
  eakte: 'Papierlos im Amt', // Tue 02.12. 09:00–12:00, Amt Darß/Fischland (Born), eGo-MV, Lüdtke, e-file, only Amt Darß/Fischland, free
  widerspruch: 'Widerspruchsverfahren sicher führen', // Thu 04.12. 09:00–16:00, hybrid (Rathaus Stralsund), FHöVPR, Dr. Lange, 225 €
  deeskalation: 'Wenn die Stimmung kippt', // Tue 09.12. 09:00–16:00, Rathaus Grimmen, Unfallkasse, Hansen, aggressive customers, free
  azubi: 'Fit für die Zwischenprüfung', // Mon 12.01. and Tue 13.01.2032 08:30–15:00, Kreisverwaltung Stralsund, Ausbildungsleitung, Berg, trainees, free
  handvorschuss: 'Zahlstellen und Handvorschüsse richtig führen', // draft (Wed 21.01.2032)
  kurabgabe: 'Kurabgabe und Fremdenverkehrsabgabe: Satzung und Erhebung', // draft (Tue 10.02.2032)
  baumkontrolle: 'Baumkontrolle nach der FLL-Baumkontrollrichtlinie', // cancelled (Wed 19.11.2031)
  powerpoint: 'PowerPoint: Präsentationen, die überzeugen', // cancelled (Thu 20.11.2031)
  wahl: 'Schulung für Wahlvorstände zur Landtagswahl 2031', // past (Thu 4 September 2031)
  hitze: 'Hitzeschutz im Bauhof: Arbeiten bei hohen Temperaturen', // past (Tue 8 July 2031)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.handvorschuss, T.kurabgabe, T.baumkontrolle, T.powerpoint, T.wahl, T.hitze];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'heute', q: 'gibts heute noch n ws 🤔', kind: 'list', titles: [T.phishing] },
  {
    conv: 'heute',
    q: 'wie lang geht das',
    kind: 'facts',
    titles: [T.phishing],
    says: ['dauert 1,5 Stunden, von 14:00 bis 15:30 Uhr'],
  },
  { conv: 'heute', q: 'wo?', kind: 'facts', titles: [T.phishing], says: ['findet online statt'] },
  { conv: 'morgen', q: 'wat is morgen früh', kind: 'list', titles: [T.dsgvo] },
  {
    conv: 'morgen',
    q: 'online oder vor ort',
    kind: 'facts',
    titles: [T.dsgvo],
    says: ['findet hybrid statt: in der Kreisverwaltung Vorpommern-Rügen'],
  },
  { conv: 'morgen', q: 'wer macht das', kind: 'facts', titles: [T.dsgvo], says: ['leitet Frau Dr. Kathrin Möller'] },
  { conv: 'excel', q: 'excel?', kind: 'list', titles: [T.excel] },
  {
    conv: 'excel',
    q: 'preis?',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 75 €'],
    mentions: ['Die Gebühr trägt die entsendende Dienststelle.'],
  },
  { conv: 'ki', q: 'ki ws für ma chatgpt', kind: 'list', titles: [T.ki] },
  { conv: 'ki', q: 'wo is dat', kind: 'facts', titles: [T.ki], says: ['findet im Rathaus Stralsund'] },
  {
    conv: 'fk',
    q: 'bin seit kurzem fk 🙈 gibts was für neue führungskräfte',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'fk',
    q: 'wann genau',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Mi., 22.10.2031 und Mi., 05.11.2031', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'fk',
    q: 'bis wann anmelden',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['bis Fr., 17.10.2031, 23:59 Uhr'],
  },
  { conv: 'vergabe', q: 'vergaberecht uvgo schulung', kind: 'list', titles: [T.vergabe] },
  {
    conv: 'vergabe',
    q: 'anmeldeschluss?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['ist am Fr., 10.10.2031, 12:00 Uhr abgelaufen'],
  },
  {
    conv: 'english',
    q: 'any english course for the service desk',
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  {
    conv: 'english',
    q: 'when?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['on Mon, 27 Oct 2031 from 09:00 to 12:30'],
  },
  {
    conv: 'english',
    q: 'where is it',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['takes place at Rathaus Binz'],
  },
  {
    conv: 'english',
    q: 'deadline?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['until Mon, 20 Oct 2031, 23:59'],
  },
  { conv: 'doppik', q: 'jahresabschluss doppik', kind: 'list', titles: [T.doppik] },
  {
    conv: 'doppik',
    q: 'noch plätze frei',
    kind: 'facts',
    titles: [T.doppik],
    says: ['noch 20 von 20 Plätzen frei'],
  },
  { conv: 'bauhof', q: 'absicherung baustelle an der straße rsa', kind: 'list', titles: [T.bauhof] },
  {
    conv: 'bauhof',
    q: 'um wieviel uhr gehts los',
    kind: 'facts',
    titles: [T.bauhof],
    says: ['beginnt am Di., 28.10.2031 um 07:30 Uhr'],
  },
  { conv: 'azubi', q: 'ws für azubis zur zwischenprüfung', kind: 'list', titles: [T.azubi] },
  {
    conv: 'azubi',
    q: 'wie lange geht der',
    kind: 'facts',
    titles: [T.azubi],
    says: ['dauert 2 Tage, jeweils von 08:30 bis 15:00 Uhr'],
  },
  {
    conv: 'deeskalation',
    q: 'training for dealing with aggressive customers',
    locale: 'en',
    kind: 'list',
    titles: [T.deeskalation],
  },
  {
    conv: 'deeskalation',
    q: 'when is it',
    locale: 'en',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['on Tue, 9 Dec 2031 from 09:00 to 16:00'],
  },
  { conv: 'ersteHilfe', q: 'erste hilfe auffrischung', kind: 'list', titles: [T.ersteHilfe] },
  {
    conv: 'ersteHilfe',
    q: 'kostet das',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Kosten übernimmt die Unfallkasse Mecklenburg-Vorpommern.'],
  },
  // --- facts -----------------------------------------------------------------------------------------------------------
  {
    q: 'wann is der rückenkurs bei der vhs',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['am Mo., 17.11.2031 von 17:30 bis 19:00 Uhr'],
  },
  {
    q: 'wo is die brandschutzhelfer ausbildung',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['im Rathaus Sassnitz'],
  },
  {
    q: 'anmeldeschluss bürgernahe sprache',
    kind: 'facts',
    titles: [T.sprache],
    says: ['bis Fr., 07.11.2031, 12:00 Uhr'],
  },
  {
    q: 'widerspruchsverfahrn präsenz oder online',
    kind: 'facts',
    titles: [T.widerspruch],
    says: ['findet hybrid statt: im Rathaus Stralsund'],
  },
  {
    q: 'was kostet die schulung für gemeindevertreter',
    kind: 'facts',
    titles: [T.gemeinderat],
    says: ['kostet 40 €'],
  },
  { q: 'e-akte ws wo', kind: 'facts', titles: [T.eakte], says: ['im Amt Darß/Fischland'] },
  {
    q: 'how long is the teams training',
    locale: 'en',
    kind: 'facts',
    titles: [T.teams],
    says: ['lasts 1.5 hours, from 10:00 to 11:30'],
  },
  // --- topic searches: typos, words only in summary or description, everyday words -------------------------------------
  { q: 'phising mails erkennen', kind: 'list', titles: [T.phishing] },
  { q: 'it-sich schulung', kind: 'list', titles: [T.phishing] },
  { q: 'ds-gvo auskunftsersuchen', kind: 'list', titles: [T.dsgvo] },
  { q: 'copilot', kind: 'list', titles: [T.ki] },
  { q: 'bin urlaubsreif 😵 burnout vorbeugen', kind: 'list', titles: [T.stress] },
  { q: 'barrierefreie pdf erstellen', kind: 'list', titles: [T.barrierefrei] },
  { q: 'moin gibts was zum bebauungsplan', kind: 'list', titles: [T.bauleit] },
  { q: 'kommunalverfassung für gemeindevertreter', kind: 'list', titles: [T.gemeinderat] },
  { q: 'rücken tut weh vom sitzen 😩', kind: 'list', titles: [T.ruecken] },
  { q: 'amtsdeutsch verständlicher schreiben', kind: 'list', titles: [T.sprache] },
  { q: 'pöbelnde kunden am schalter bzw telefon 😤', kind: 'list', titles: [T.deeskalation] },
  // --- time and place filters, format, provider, trainer, cost, length, language ---------------------------------------
  { q: 'was läuft diese woche', kind: 'list', titles: [T.phishing, T.dsgvo, T.excel, T.ki] },
  { q: 'nä woche?', kind: 'list', titles: [T.vergabe, T.stress, T.fuehrung, T.doppik] },
  { q: 'übernächste woche', kind: 'list', titles: [T.english, T.bauhof] },
  { q: 'was is am freitag', kind: 'list', titles: [T.ki] },
  { q: 'was läuft im dezember', kind: 'list', titles: [T.eakte, T.widerspruch, T.deeskalation] },
  { q: 'abends was 🌙', kind: 'list', ...only(T.gemeinderat, T.ruecken) },
  {
    q: 'kostenlose online ws',
    kind: 'list',
    ...maybeAlso(only(T.phishing, T.stress, T.barrierefrei, T.teams), T.dsgvo),
  },
  { q: 'was is im rathaus stralsund', kind: 'list', ...only(T.ki, T.widerspruch) },
  { q: 'was bietet die vhs', kind: 'list', ...only(T.excel, T.english, T.ruecken, T.sprache) },
  { q: 'kurse von dr brandt', kind: 'list', ...only(T.vergabe, T.bauleit, T.gemeinderat) },
  { q: 'ws über 200 euro', kind: 'list', ...only(T.vergabe, T.fuehrung, T.doppik, T.widerspruch) },
  { q: 'was dauert max 2 std', kind: 'list', ...only(T.phishing, T.teams, T.ruecken) },
  { q: 'mehrtägige seminare', kind: 'list', titles: [T.fuehrung, T.azubi] },
  { q: 'anything in english', locale: 'en', kind: 'list', titles: [T.english] },
  {
    miss: 'the island of Rügen is no place the catalogue names (its seminars are in Binz and Bergen); "Rügen" finds the county of Vorpommern-Rügen in addresses in Stralsund',
    q: 'was gibts auf rügen 🏝️',
    kind: 'list',
    ...only(T.vergabe, T.english, T.gemeinderat, T.brandschutz, T.sprache),
  },
  // --- gone, drafts never shown, no match, greeting --------------------------------------------------------------------
  { q: 'powerpoint kurs', kind: 'gone', gone: T.powerpoint },
  { q: 'baumkontrolle wann', kind: 'gone', gone: T.baumkontrolle },
  { q: 'wahlvorstand schulung wann war die', kind: 'gone', gone: T.wahl, says: ['Do., 04.09.2031'] },
  { q: 'hitzeschutz', kind: 'gone', gone: T.hitze, says: ['Di., 08.07.2031'] },
  { q: 'kurabgabe?', kind: 'none' },
  { q: 'was is in putbus', kind: 'none' },
  { q: 'moin 👋', kind: 'help' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-eighteenth, independent catalogue (Landkreis Vorpommern-Rügen, eGo-MV, Unfallkasse M-V, FHöVPR, VHS)',
  {
    fixture: 'heldout318-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
