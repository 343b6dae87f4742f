// Over-fitting check, hundred-and-twentieth catalogue: the 2027 autumn programme of the Kreis Viersen (North
// Rhine-Westphalia, the Rhein-Kreis Neuss's neighbour) with the Studieninstitut Niederrhein, the ITK Rhein-Ruhr (the
// Kreis's IT service provider), the Unfallkasse NRW, the VHS Viersen and the Kreis's Amt für Personal und Organisation,
// for the Kreis and its towns and municipalities (Viersen, Nettetal, Kempen, Willich, Tönisvorst, Brüggen,
// Niederkrüchten, Grefrath, Schwalmtal), imported from a JSON file. Seminars take place in the Kreishaus Viersen, the
// VHS-Haus Viersen, the town halls of Viersen, Kempen, Nettetal, St. Tönis (Tönisvorst), Brüggen and Niederkrüchten,
// Schloss Neersen (Stadtverwaltung Willich), the Feuerwehrgerätehaus Kempen, online or hybrid. Several titles do not
// name their subject ("Absender unbekannt, Absicht eindeutig" is IT security awareness, "Akku voll, Kopf frei"
// resilience, "Dokumente ohne Stolperstellen" accessibility, "Vom Anhörungsbogen bis zum Einspruch" the Bußgeldstelle,
// "Löschen, räumen, melden" fire wardens, "Vom Handschlag bis zur Signatur" manners for trainees, "Klare Worte, fester
// Stand" rhetoric, "Wer fragt, der führt" conversation skills, "Ab Montag mit Personalverantwortung" leadership, "Kamera
// an, Mikro aus" Teams meetings, "Feierabend ohne Stapel" time management, "Doppelnamen für alle?" the Standesamt, "Was
// die Arbeit mit uns macht" the risk assessment of mental strain), so only summary, description or topics reveal it; one
// seminar is held in English; the leadership course runs on two days across the end of summer time; the
// Bauaufsicht course is open only to the Kreis, Viersen, Nettetal, Kempen and Willich; five seminars are free. Questions
// are typed the way colleagues write in Teams in a hurry (fragments, lower case, typos, no umlauts, a little Rhineland
// dialect, some English), without looking at the parser or the answers. Same assertions as the other suites: exactly
// the expected seminars (best first where one is clearly best), the asked fact in the first sentence, never a draft,
// cancelled or past seminar.
//
// Calendar around `now` (Thursday 16 September 2027, 09:15 in Viersen, summer time; winter time begins Sun 31.10.2027):
//   this week:  Thu 16.09. (today) 14:00–15:30 IT security (online); Fri 17.09. (tomorrow) 09:00–12:00 Outlook (online)
//   next week:  Mon 20.09. morning Excel (VHS-Haus), Tue 21.09. afternoon resilience (online), Wed 22.09. morning
//               accessibility (hybrid, Kreishaus), Thu 23.09. afternoon English (VHS-Haus; deadline passed Fri 10.09.)
//   then:       nothing from Fri 24.09. to Mon 04.10. except the cancelled cemetery-fees course (Tue 28.09.)
//   October:    Tue 05. Bußgeld (Willich; deadline Fri 24.09. 12:00), Thu 07. fire wardens (Kempen, free), Mon 11.
//               manners for trainees (Niederkrüchten), Thu 14. rhetoric (Tönisvorst), Wed 20. conversation skills
//               (Brüggen), Tue 26. leadership day 1 (Kreishaus; deadline Fri 08.10.); the cancelled press-release course
//               on Thu 28.10. (online)
//   November:   Wed 03. SAP (online), Tue 09. leadership day 2 (CET), Wed 10. Bauaufsicht (Kreishaus, some
//               municipalities only), Tue 16. Teams meetings (online, free), Thu 18. time management (Rathaus Kempen),
//               Mon 29. minutes (online); the draft Waffenrecht course on Wed 17.11., the draft social-media course on
//               Tue 30.11. (online)
//   December:   Wed 01. Standesamt (Nettetal; deadline Mon 15.11. 12:00), Thu 02. mental strain (Rathaus Viersen,
//               free), Tue 07. year-end accounts NKF (hybrid, Kreishaus)
//   past:       Tue 29.06.2027 cost accounting (Kreishaus), Wed 08.09.2027 lost property (Willich).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-09-16T07:15:00Z'); // Thursday, 16 September 2027, 09:15 in Viersen (CEST)
const TZ = 'Europe/Berlin';

const T = {
  sicherheit: 'Absender unbekannt, Absicht eindeutig', // Thu 16.09. 14:00–15:30, online, ITK Rhein-Ruhr, Frau Nadine Cremer, IT security / phishing, free
  outlook: 'Posteingang null: Outlook im Amtsalltag', // Fri 17.09. 09:00–12:00, online, VHS, Herr Timo Lenzen, 45 € (note: Kostenstelle)
  excel: 'Excel ohne Taschenrechner', // Mon 20.09. 09:00–12:30, VHS-Haus Viersen, VHS, Frau Birgit Heesen, 65 €, 12 seats
  resilienz: 'Akku voll, Kopf frei', // Tue 21.09. 13:30–16:00, online, Unfallkasse NRW, Frau Jutta Brocker, resilience / stress, free
  barrierefrei: 'Dokumente ohne Stolperstellen', // Wed 22.09. 09:00–12:00, hybrid (Kreishaus Viersen), Studieninstitut, Herr Jonas Terhorst, BITV, 95 €
  english: 'Hello from Venlo: Answering Calls and E-Mails in English', // Thu 23.09. 13:00–16:00, VHS-Haus, VHS, Frau Fiona Gallagher, English, 110 €, deadline passed Fri 10.09. 23:59
  bussgeld: 'Vom Anhörungsbogen bis zum Einspruch', // Tue 05.10. 09:00–16:00, Stadtverwaltung Willich (Schloss Neersen), Studieninstitut, Herr Ralf Gormanns, Bußgeldstelle, 210 €, deadline Fri 24.09. 12:00
  brandschutz: 'Löschen, räumen, melden', // Thu 07.10. 08:30–12:30, Feuerwehrgerätehaus Kempen, Unfallkasse NRW, Herr Dirk Leuchten, fire wardens, free (UK NRW pays), 14 seats
  knigge: 'Vom Handschlag bis zur Signatur', // Mon 11.10. 09:00–13:00, Rathaus Niederkrüchten, Kreis (Personal), Frau Sabine Dohmen, manners for trainees, 39 €
  rhetorik: 'Klare Worte, fester Stand', // Thu 14.10. 09:00–16:00, Rathaus St. Tönis (Tönisvorst), Studieninstitut, Frau Dr. Susanne Hamacher, rhetoric, 190 €
  gespraech: 'Wer fragt, der führt', // Wed 20.10. 09:00–16:00, Rathaus Brüggen, Studieninstitut, Herr Peter Oymann, Gesprächsführung, 150 €
  fuehrung: 'Ab Montag mit Personalverantwortung', // Tue 26.10. (CEST) and Tue 09.11. (CET) 09:00–16:30, Kreishaus, Studieninstitut, Herr Dr. Heiner Bovenschen, new managers, 520 €, deadline Fri 08.10.
  sap: 'SAP im Haushaltsvollzug: Mittel binden, anordnen, buchen', // Wed 03.11. 09:00–12:00, online, ITK Rhein-Ruhr, Frau Katrin Mertens, 120 €
  teams: 'Kamera an, Mikro aus', // Tue 16.11. 09:30–11:30, online, ITK Rhein-Ruhr, Herr Timo Lenzen, Teams meetings / video conferences, free
  bauaufsicht: 'Vom Bauantrag zum Bauschein: Prüfpraxis nach der BauO NRW', // Wed 10.11. 09:00–16:00, Kreishaus, Studieninstitut, Herr Michael Tebroke, 260 €, 18 seats, only Kreis/Viersen/Nettetal/Kempen/Willich, deadline Fri 22.10.
  zeit: 'Feierabend ohne Stapel', // Thu 18.11. 09:00–16:00, Rathaus Kempen, VHS, Frau Claudia Hüskes, time management, 140 €
  protokoll: 'Kurz, klar, vollständig: Protokolle und Vermerke', // Mon 29.11. 13:00–16:00, online, VHS, Frau Claudia Hüskes, 55 €
  standesamt: 'Doppelnamen für alle?', // Wed 01.12. 09:00–15:00, Rathaus Nettetal, Studieninstitut, Herr Dr. Matthias Plönes, Namensrecht, 230 €, deadline Mon 15.11. 12:00
  belastung: 'Was die Arbeit mit uns macht', // Thu 02.12. 09:00–15:00, Rathaus Viersen, Unfallkasse NRW, Herr Stefan Kox, mental strain risk assessment, for managers/staff councils, free
  nkf: 'Bilanz ziehen: Der Jahresabschluss im NKF', // Tue 07.12. 09:00–16:00, hybrid (Kreishaus), Studieninstitut, Frau Katrin Mertens, 200 €
  waffen: 'Waffenrechtliche Erlaubnisse bearbeiten', // draft (Wed 17.11.)
  socialMedia: 'Likes, Kommentare, Shitstorm', // draft (Tue 30.11., online)
  friedhof: 'Friedhofsgebühren richtig kalkulieren', // cancelled (Tue 28.09.2027)
  presse: 'Pressemitteilungen, die gelesen werden', // cancelled (Thu 28.10.2027, online)
  fundsachen: 'Fundsachen und Fundbüro: Rechtsgrundlagen', // past (Wed 8 September 2027)
  klr: 'Kostenarten, Kostenstellen, Kostenträger', // past (Tue 29 June 2027), cost accounting (KLR)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.waffen, T.socialMedia, T.friedhof, T.presse, T.fundsachen, T.klr];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  { q: 'kosten sap kurs', kind: 'facts', titles: [T.sap], says: ['kostet 120 €'] },
  { q: 'price english phone course', locale: 'en', kind: 'facts', titles: [T.english], says: ['costs €110'] },
  // --- facts: when (multi-day across the end of summer time), start time, duration -------------------------------------
  {
    q: 'brandschutzhelfer wann',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['am Do., 07.10.2027 von 08:30 bis 12:30 Uhr'],
  },
  {
    q: 'wann is dat fuehrungskraefte training',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Di., 26.10.2027 und Di., 09.11.2027', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    q: 'excel when',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['on Mon, 20 Sep 2027 from 09:00 to 12:30'],
  },
  { q: 'uhrzeit beginn standesamt', kind: 'facts', titles: [T.standesamt], says: ['Mi., 01.12.2027', '09:00'] },
  {
    q: 'what time does the teams training start',
    locale: 'en',
    kind: 'facts',
    titles: [T.teams],
    says: ['Tue, 16 Nov 2027', '09:30'],
  },
  {
    q: 'wie lange geht rhetorik',
    kind: 'facts',
    titles: [T.rhetorik],
    says: ['dauert 7 Stunden, von 09:00 bis 16:00 Uhr'],
  },
  // --- facts: where, trainer, deadline, seats, format ------------------------------------------------------------------
  { q: 'wo is bussgeld seminar', kind: 'facts', titles: [T.bussgeld], says: ['in der Stadtverwaltung Willich'] },
  { q: 'wo findet knigge statt', kind: 'facts', titles: [T.knigge], says: ['im Rathaus Niederkrüchten'] },
  {
    q: 'where is the barrierefreiheit course',
    locale: 'en',
    kind: 'facts',
    titles: [T.barrierefrei],
    says: ['at Kreishaus Viersen', 'or online'],
  },
  { q: 'wer macht rhetorik', kind: 'facts', titles: [T.rhetorik], says: ['leitet Frau Dr. Susanne Hamacher'] },
  {
    q: 'who teaches the english course',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['is led by Frau Fiona Gallagher'],
  },
  { q: 'anmeldeschluss bussgeld', kind: 'facts', titles: [T.bussgeld], says: ['bis Fr., 24.09.2027, 12:00 Uhr'] },
  {
    q: 'englisch kurs anmelden bis wann',
    kind: 'facts',
    titles: [T.english],
    says: ['abgelaufen', 'Fr., 10.09.2027, 23:59 Uhr'],
  },
  {
    q: 'registration deadline standesamt',
    locale: 'en',
    kind: 'facts',
    titles: [T.standesamt],
    says: ['until Mon, 15 Nov 2027, 12:00'],
  },
  { q: 'excel noch platz?', kind: 'facts', titles: [T.excel], says: ['noch 12 von 12 Plätzen frei'] },
  { q: 'sap online oder vor ort', kind: 'facts', titles: [T.sap], says: ['findet online statt'] },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  { conv: 'feuer', q: 'brandschutzhelfer', kind: 'list', titles: [T.brandschutz] },
  {
    conv: 'feuer',
    q: 'watt kost dat?',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['ist kostenlos'],
    mentions: ['Die Kosten übernimmt die Unfallkasse NRW.'],
  },
  { conv: 'feuer', q: 'und wo?', kind: 'facts', titles: [T.brandschutz], says: ['im Feuerwehrgerätehaus Kempen'] },
  { conv: 'akku', q: 'resilienz kurs', kind: 'list', titles: [T.resilienz] },
  {
    conv: 'akku',
    q: 'wie lange?',
    kind: 'facts',
    titles: [T.resilienz],
    says: ['dauert 2,5 Stunden, von 13:30 bis 16:00 Uhr'],
  },
  { conv: 'akku', q: 'wer macht das?', kind: 'facts', titles: [T.resilienz], says: ['leitet Frau Jutta Brocker'] },
  { conv: 'bau', q: 'bauaufsicht fortbildung', kind: 'list', titles: [T.bauaufsicht] },
  {
    conv: 'bau',
    q: 'wann?',
    kind: 'facts',
    titles: [T.bauaufsicht],
    says: ['am Mi., 10.11.2027 von 09:00 bis 16:00 Uhr'],
  },
  { conv: 'bau', q: 'un watt kost dat', kind: 'facts', titles: [T.bauaufsicht], says: ['kostet 260 €'] },
  { conv: 'phish', q: 'phishing training', locale: 'en', kind: 'list', titles: [T.sicherheit] },
  {
    conv: 'phish',
    q: 'when is it',
    locale: 'en',
    kind: 'facts',
    titles: [T.sicherheit],
    says: ['on Thu, 16 Sep 2027 from 14:00 to 15:30'],
  },
  // --- topic searches: words only in summary, description or topics, synonyms, typos, dialect ------------------------
  { q: 'outlok schulung', kind: 'list', titles: [T.outlook] },
  { q: 'jibbet wat zu excel', kind: 'list', titles: [T.excel] },
  { q: 'barierefreiheit', kind: 'list', titles: [T.barrierefrei] },
  { q: 'standesamt', kind: 'list', titles: [T.standesamt] },
  { q: 'bussgeldstelle', kind: 'list', titles: [T.bussgeld] },
  { q: 'videokonferenz', kind: 'list', titles: [T.teams] },
  { q: 'jahresabschluss', kind: 'list', titles: [T.nkf] },
  { q: 'zu viel stress', kind: 'list', first: T.resilienz },
  { q: 'gespraechsfuehrung', kind: 'list', titles: [T.gespraech] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, length, cost, language ---------------
  { q: 'heute noch was?', kind: 'list', titles: [T.sicherheit] },
  { q: 'morgen was los', kind: 'list', titles: [T.outlook] },
  { q: 'naechste woche vormittags', kind: 'list', titles: [T.excel, T.barrierefrei] },
  { q: 'next week afternoon', locale: 'en', kind: 'list', titles: [T.resilienz, T.english] },
  {
    q: 'was laeuft in den naechsten zwei wochen',
    kind: 'list',
    titles: [T.sicherheit, T.outlook, T.excel, T.resilienz, T.barrierefrei, T.english],
  },
  { q: 'online kurse nov', kind: 'list', titles: [T.sap, T.teams, T.protokoll] },
  {
    q: "what's on next month",
    locale: 'en',
    kind: 'list',
    titles: [T.bussgeld, T.brandschutz, T.knigge, T.rhetorik, T.gespraech, T.fuehrung],
  },
  { q: 'was gibts im dezember', kind: 'list', titles: [T.standesamt, T.belastung, T.nkf] },
  { q: 'was gibts in kempen', kind: 'list', ...only(T.brandschutz, T.zeit) },
  { q: 'was macht frau mertens', kind: 'list', ...only(T.sap, T.nkf) },
  { q: 'was bietet die unfallkasse', kind: 'list', ...only(T.resilienz, T.brandschutz, T.belastung) },
  { q: 'vhs kurse', kind: 'list', ...only(T.outlook, T.excel, T.english, T.zeit, T.protokoll) },
  { q: 'was gibts fuer azubis', kind: 'list', titles: [T.knigge] },
  { q: 'fuehrungskraefte seminar', kind: 'list', first: T.fuehrung },
  { q: 'mehrtaegige kurse', kind: 'list', titles: [T.fuehrung] },
  { q: 'was is kostenlos', kind: 'list', ...only(T.sicherheit, T.resilienz, T.brandschutz, T.teams, T.belastung) },
  { q: 'anything in english', locale: 'en', kind: 'list', titles: [T.english] },
  // --- gone, drafts never shown, no match, greeting --------------------------------------------------------------------
  { q: 'friedhofsgebuehren seminar', kind: 'gone', gone: T.friedhof },
  { q: 'pressemitteilung kurs wann', kind: 'gone', gone: T.presse },
  { q: 'wann war fundsachen', kind: 'gone', gone: T.fundsachen, says: ['Mi., 08.09.2027'] },
  { q: 'kosten und leistungsrechnung', kind: 'gone', gone: T.klr, says: ['Di., 29.06.2027'] },
  { q: 'waffenrecht', kind: 'none' },
  { q: 'social media schulung', kind: 'none' },
  { q: 'spanish lessons', locale: 'en', kind: 'none' },
  { q: 'tach', kind: 'help' },
  { q: 'hello', locale: 'en', kind: 'help' },
];

heldoutSuite(
  'answering questions about a hundred-and-twentieth, independent catalogue (Kreis Viersen, Studieninstitut Niederrhein, Unfallkasse NRW)',
  {
    fixture: 'heldout120-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
