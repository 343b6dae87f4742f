// Over-fitting check, two-hundredth catalogue: the autumn 2027 programme for the Neckar-Odenwald-Kreis
// (Baden-Württemberg) and its towns (Mosbach, Buchen (Odenwald), Walldürn, Osterburken, Adelsheim, Hardheim), with the
// Verwaltungsschule des Gemeindetags Baden-Württemberg, the Landratsamt's Personalentwicklung, Komm.ONE, the
// Unfallkasse Baden-Württemberg (UKBW) and the Volkshochschule Mosbach (VHS), imported from a JSON file. Seminars take
// place in the Landratsamt in Mosbach, the VHS-Bildungszentrum Mosbach, the town halls of Buchen, Walldürn and
// Osterburken, the Feuerwehrhaus Walldürn, the Erftalhalle Hardheim and the Stadthalle Adelsheim, online or hybrid.
// Several titles do not name their subject ("Ein Klick zu viel" is phishing / information security, "Den Akku wieder
// aufladen" stress and burnout, "Ruhig bleiben, wenn es laut wird" de-escalation, "Weniger Hektik, mehr erledigt" time
// management, "Der digitale Schreibgehilfe" AI / ChatGPT, "Anträge rund um die Uhr" the OZG, "Damit es jeder versteht"
// plain language, "Wer haftet, wenn es glatt ist?" winter road-clearing duties, "Schluss mit dem Papierstapel" the
// e-file, "Gespräche, die weiterbringen" staff appraisals, "Mehr als ein Like" social media, "Plötzlich Chefin oder
// Chef" leadership), so only summary, description or topics reveal them; many questions name the subject in everyday
// words found only in a description ("verspannter Nacken", "Aufschieberitis", "ausrastet", "papierlos"), by a synonym
// or with a typo. One seminar is held in English; the leadership course runs on two days across the end of summer time;
// the e-file course is open only to Buchen, Walldürn and Hardheim; first aid is free, paid by the UKBW. Questions are
// typed the way an acceptance tester writes them, without looking at the parser or the answers, about a quarter in
// English. Same assertions as the other suites: exactly the expected seminars (best first where one is clearly best),
// the asked fact in the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Tuesday 5 October 2027, 10:00 in Mosbach, summer time; winter time begins Sun 31.10.2027):
//   today:      Tue 05.10. 14:00–15:30 ergonomics (online, UKBW)
//   this week:  Wed 06.10. 13:30–16:00 phishing (online, tomorrow), Thu 07.10. 09:00–12:30 Excel (online, VHS),
//               Fri 08.10. 09:00–12:00 data protection (hybrid, Landratsamt Mosbach)
//   next week:  Mon 11.10. morning AI (online, free), Tue 12.10. afternoon stress (online, free), Wed 13.10. morning
//               English (VHS Mosbach, 120 €; deadline passed Fri 01.10. 23:59), the cancelled Outlook course on
//               Thu 14.10., Fri 15.10. afternoon time management (online, 85 €)
//   week after: the cancelled chainsaw course on Mon 18.10.; Tue 19.10. council meetings (Osterburken), Wed 20.10.
//               first aid (Walldürn; deadline Wed 13.10. 23:59), Thu 21.10. de-escalation (Buchen, 12 seats)
//   October:    Tue 26.10. procurement law (Landratsamt; deadline Fri 15.10. 12:00); Thu 28.10. (CEST) and Thu
//               11.11. (CET) leadership (Landratsamt, deadline Thu 14.10.)
//   November:   Tue 02. OZG (online), Thu 04. plain language (VHS Mosbach), Tue 09. 13:00–16:00 winter duties
//               (Hardheim), Wed 17. e-file (Walldürn, members only), Tue 23. staff appraisals (Landratsamt),
//               Thu 25. social media (hybrid, Buchen); the draft accessible-PDF course on Tue 16.11.
//   December:   Wed 01. municipal budget (Adelsheim), Tue 07. 10:00–12:00 naming law (online); the draft housing-
//               benefit course on Tue 14.12.
//   past:       Thu 09.09.2027 property tax (Landratsamt), Wed 22.09.2027 fire wardens (Walldürn).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-10-05T08:00:00Z'); // Tuesday, 5 October 2027, 10:00 in Mosbach (CEST)
const TZ = 'Europe/Berlin';

const T = {
  ergonomie: 'Bewegte Pause: Fit am Bildschirmarbeitsplatz', // Tue 05.10. 14:00–15:30, online, UKBW, Kirchgeßner, free
  phishing: 'Ein Klick zu viel', // Wed 06.10. 13:30–16:00, online, Komm.ONE, Rüdinger, information security, free
  excel: 'Excel kompakt: Formeln, Filter und Pivot-Tabellen', // Thu 07.10. 09:00–12:30, online, VHS, Throm, 95 € (Dienststelle pays)
  datenschutz: 'Datenschutz im Rathausalltag: Auskunft, Weitergabe, Löschfristen', // Fri 08.10. 09:00–12:00, hybrid (Landratsamt), VWS, Bangert, 150 €
  ki: 'Der digitale Schreibgehilfe', // Mon 11.10. 09:00–12:00, online, Komm.ONE, Rüdinger, AI / ChatGPT, free
  akku: 'Den Akku wieder aufladen', // Tue 12.10. 13:30–16:00, online, UKBW, Kirchgeßner, stress / burnout, free
  english: 'Small Talk and Clear Answers: English for Front-Office Staff', // Wed 13.10. 09:00–12:30, VHS-Bildungszentrum Mosbach, VHS, English, 120 €, deadline passed Fri 01.10. 23:59
  hektik: 'Weniger Hektik, mehr erledigt', // Fri 15.10. 13:00–16:00, online, VHS, Throm, time management, 85 €
  sitzung: 'Von der Einladung bis zur Niederschrift: Sitzungsdienst im Gemeinderat', // Tue 19.10. 09:00–16:00, Rathaus Osterburken, VWS, Berberich, 190 €, 16 seats
  ersteHilfe: 'Erste Hilfe im Dienst: Aus- und Fortbildung für Ersthelfende', // Wed 20.10. 08:30–16:30, Feuerwehrhaus Walldürn, UKBW, free (UKBW pays), deadline Wed 13.10. 23:59
  deeskalation: 'Ruhig bleiben, wenn es laut wird', // Thu 21.10. 09:00–15:00, Rathaus Buchen (Odenwald), UKBW, Eckert, free, 12 seats
  vergabe: 'Vergaberecht kompakt: Aufträge unterhalb der EU-Schwellenwerte', // Tue 26.10. 09:00–16:00, Landratsamt, VWS, Dr. Wörner, 260 €, deadline Fri 15.10. 12:00
  fuehrung: 'Plötzlich Chefin oder Chef', // Thu 28.10. (CEST) and Thu 11.11. (CET) 09:00–16:30, Landratsamt, Personalentwicklung, Dr. Weis und Grimm, free, new managers
  ozg: 'Anträge rund um die Uhr', // Tue 02.11. 09:00–12:00, online, Komm.ONE, Hauk, OZG, free
  klartext: 'Damit es jeder versteht', // Thu 04.11. 09:00–16:00, VHS-Bildungszentrum Mosbach, VHS, Dr. Schäfer, 140 €, plain language
  winter: 'Wer haftet, wenn es glatt ist?', // Tue 09.11. 13:00–16:00, Erftalhalle Hardheim, VWS, Dr. Wörner, 120 €, winter duties, deadline = start
  eakte: 'Schluss mit dem Papierstapel', // Wed 17.11. 09:00–12:00, Rathaus Walldürn, Komm.ONE, Hauk, e-file, only Buchen/Walldürn/Hardheim, free
  gespraech: 'Gespräche, die weiterbringen', // Tue 23.11. 09:00–16:00, Landratsamt, Personalentwicklung, Dr. Weis, free, for managers
  social: 'Mehr als ein Like', // Thu 25.11. 13:30–16:30, hybrid (Rathaus Buchen), VHS, Kaiser, 95 €, social media
  haushalt: 'Der Gemeindehaushalt für Einsteiger', // Wed 01.12. 09:00–16:00, Stadthalle Adelsheim, VWS, Fertig, 220 €, NKHR / Doppik
  namen: 'Neues Namensrecht im Standesamt', // Tue 07.12. 10:00–12:00, online, VWS, Link, 80 €
  pdf: 'Barrierefreie PDF-Dokumente erstellen', // draft (Tue 16.11.)
  wohngeld: 'Wohngeld kompakt für Sachbearbeitende', // draft (Tue 14.12.)
  outlook: 'Outlook im Griff: E-Mails, Kalender und Aufgaben', // cancelled (Thu 14.10.2027)
  motorsaege: 'Sicher mit der Motorsäge: Grundlehrgang für Bauhofbeschäftigte', // cancelled (Mon 18.10.2027)
  grundsteuer: 'Die neue Grundsteuer in Baden-Württemberg', // past (Thu 9 September 2027)
  brandschutz: 'Feuerlöscher richtig einsetzen: Ausbildung zur Brandschutzhelferin und zum Brandschutzhelfer', // past (Wed 22 September 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.pdf, T.wohngeld, T.outlook, T.motorsaege, T.grundsteuer, T.brandschutz];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  { q: 'was kostet der datenschutz kurs', kind: 'facts', titles: [T.datenschutz], says: ['kostet 150 €'] },
  {
    q: 'kosten erste hilfe',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse Baden-Württemberg.'],
  },
  { q: 'how much is the vergaberecht seminar', locale: 'en', kind: 'facts', titles: [T.vergabe], says: ['costs €260'] },
  // --- facts: when (across the end of summer time), start time, duration -----------------------------------------------
  {
    q: 'wann ist plötzlich chefin oder chef',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 28.10.2027 und Do., 11.11.2027', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    q: 'when is the excel training',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['on Thu, 7 Oct 2027 from 09:00 to 12:30'],
  },
  {
    q: 'what time does the first aid course start',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['starts on Wed, 20 Oct 2027 at 08:30'],
  },
  {
    q: 'wie lange geht der kurs zum namensrecht',
    kind: 'facts',
    titles: [T.namen],
    says: ['dauert 2 Stunden, von 10:00 bis 12:00 Uhr'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  { q: 'wo findet der sitzungsdienst statt', kind: 'facts', titles: [T.sitzung], says: ['im Rathaus Osterburken'] },
  {
    q: 'social media schulung online oder präsenz',
    kind: 'facts',
    titles: [T.social],
    says: ['findet hybrid statt', 'oder online'],
  },
  {
    q: 'wer leitet plötzlich chefin oder chef',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['leiten Frau Dr. Katrin Weis und Herr Martin Grimm'],
  },
  {
    q: 'bis wann kann ich mich für erste hilfe anmelden',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['bis Mi., 13.10.2027, 23:59 Uhr'],
  },
  {
    q: 'registration deadline for the front office english course',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 1 Oct 2027, 23:59'],
  },
  {
    q: 'deeskalation noch plätze frei',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  { conv: 'akku', q: 'ich bin ständig erschöpft, gibt es da was', kind: 'list', titles: [T.akku] },
  {
    conv: 'akku',
    q: 'wann ist das',
    kind: 'facts',
    titles: [T.akku],
    says: ['am Di., 12.10.2027 von 13:30 bis 16:00 Uhr'],
  },
  { conv: 'akku', q: 'ist das online?', kind: 'facts', titles: [T.akku], says: ['findet online statt'] },
  { conv: 'sheets', q: 'any course on spreadsheets', locale: 'en', kind: 'list', titles: [T.excel] },
  { conv: 'sheets', q: 'how much does it cost', locale: 'en', kind: 'facts', titles: [T.excel], says: ['costs €95'] },
  {
    conv: 'sheets',
    q: 'who is the trainer',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['is led by Frau Sabine Throm'],
  },
  { conv: 'glatteis', q: 'wer muss bei glatteis die gehwege streuen', kind: 'list', titles: [T.winter] },
  {
    conv: 'glatteis',
    q: 'Und wo findet der statt?',
    kind: 'facts',
    titles: [T.winter],
    says: ['in der Erftalhalle Hardheim'],
  },
  {
    conv: 'glatteis',
    q: 'bis wann anmelden?',
    kind: 'facts',
    titles: [T.winter],
    says: ['bis Di., 09.11.2027, 13:00 Uhr'],
  },
  // --- topic searches: everyday words only in summary or description, synonyms, typos -------------------------------
  { q: 'wie erkenne ich gefälschte mails', kind: 'list', titles: [T.phishing] },
  { q: 'verspannter nacken', kind: 'list', titles: [T.ergonomie] },
  { q: 'was tun wenn jemand am schalter ausrastet', kind: 'list', titles: [T.deeskalation] },
  { q: 'papierlos arbeiten', kind: 'list', titles: [T.eakte] },
  { q: 'weg vom behördendeutsch', kind: 'list', titles: [T.klartext] },
  { q: 'aufschieberitis', kind: 'list', titles: [T.hektik] },
  { q: 'chatgpt im büro', kind: 'list', titles: [T.ki] },
  { q: 'any training on burnout', locale: 'en', kind: 'list', titles: [T.akku] },
  { q: 'kurs wiederbelebung', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'doppik', kind: 'list', titles: [T.haushalt] },
  { q: 'instagram training', locale: 'en', kind: 'list', titles: [T.social] },
  { q: 'onlinezugangsgesetz', kind: 'list', titles: [T.ozg] },
  { q: 'plain language course', locale: 'en', kind: 'list', titles: [T.klartext] },
  { q: 'gesundheitsförderung', kind: 'list', ...only(T.ergonomie, T.akku) },
  { q: 'datenshutz', kind: 'list', titles: [T.datenschutz] },
  { q: 'vergabrecht', kind: 'list', titles: [T.vergabe] },
  { q: 'zeitmanagment', kind: 'list', titles: [T.hektik] },
  { q: 'deescalation training', locale: 'en', kind: 'list', titles: [T.deeskalation] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, length, cost, language ----------------
  { q: 'was läuft diese woche', kind: 'list', titles: [T.ergonomie, T.phishing, T.excel, T.datenschutz] },
  { q: 'nächste woche vormittags', kind: 'list', titles: [T.ki, T.english] },
  { q: 'anything next week in the afternoon', locale: 'en', kind: 'list', titles: [T.akku, T.hektik] },
  { q: 'online kurse nächste woche', kind: 'list', titles: [T.ki, T.akku, T.hektik] },
  { q: 'kostenlose seminare nächste woche', kind: 'list', titles: [T.ki, T.akku] },
  { q: 'was gibt es übernächste woche', kind: 'list', titles: [T.sitzung, T.ersteHilfe, T.deeskalation] },
  { q: 'was läuft vom 12. bis 30. november', kind: 'list', titles: [T.eakte, T.gespraech, T.social] },
  { q: "what's on in december", locale: 'en', kind: 'list', titles: [T.haushalt, T.namen] },
  { q: 'was gibt es in walldürn', kind: 'list', ...only(T.ersteHilfe, T.eakte) },
  { q: 'kurse von frau throm', kind: 'list', ...only(T.excel, T.hektik) },
  { q: 'was bietet die unfallkasse an', kind: 'list', ...only(T.ergonomie, T.akku, T.ersteHilfe, T.deeskalation) },
  { q: 'what does komm.one offer', locale: 'en', kind: 'list', ...only(T.phishing, T.ki, T.ozg, T.eakte) },
  { q: 'ich bin führungskraft, was gibt es für mich', kind: 'list', ...only(T.fuehrung, T.gespraech) },
  { q: 'mehrtägige seminare', kind: 'list', titles: [T.fuehrung] },
  { q: 'any courses in english', locale: 'en', kind: 'list', titles: [T.english] },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'wann ist der motorsägen lehrgang', kind: 'gone', gone: T.motorsaege },
  { q: 'outlook schulung', kind: 'gone', gone: T.outlook },
  { q: 'grundsteuer schulung wann war die', kind: 'gone', gone: T.grundsteuer, says: ['Do., 09.09.2027'] },
  {
    q: 'when is the brandschutzhelfer training',
    locale: 'en',
    kind: 'gone',
    gone: T.brandschutz,
    says: ['Wed, 22 Sep 2027'],
  },
  { q: 'barrierefreie pdfs', kind: 'none' },
  { q: 'italian for beginners', locale: 'en', kind: 'none' },
  { q: 'Hallo', kind: 'help' },
  { q: 'what can you do?', locale: 'en', kind: 'help' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundredth, independent catalogue (Neckar-Odenwald-Kreis, Verwaltungsschule, Komm.ONE, UKBW)',
  {
    fixture: 'heldout200-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
