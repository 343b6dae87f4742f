// Over-fitting check, two-hundred-and-tenth catalogue: the autumn 2027 programme of the Rheingau-Taunus-Kreis (Hesse)
// with the Hessischer Verwaltungsschulverband (HVSV), the Kreisausschuss's Personalentwicklung, ekom21 – KGRZ Hessen,
// the Unfallkasse Hessen (UKH) and the Volkshochschule Rheingau-Taunus (VHS), for the county and its towns (Bad
// Schwalbach, Idstein, Taunusstein, Geisenheim, Eltville am Rhein, Rüdesheim am Rhein), imported from a JSON file.
// Seminars take place in the Kreishaus Bad Schwalbach, the town halls of Idstein, Taunusstein, Geisenheim, Eltville and
// Rüdesheim, the Hochschule Geisenheim, online or hybrid. Several titles do not name their subject ("Der Köder im
// Postfach" is phishing / information security, "Durchatmen statt durchhalten" stress and health promotion, "Assistent
// mit Grenzen" AI, "Vom Antrag zum Bescheid" administrative procedure law, "Die ersten hundert Tage" leadership for new
// managers, "Ein Schreiben, viele Adressaten" mail merge in Word, "Ruhig bleiben, wenn es brodelt" de-escalation,
// "Zahlen, die Politik machen" the municipal budget (Doppik), "Gut sitzen, besser arbeiten" ergonomics, "Papierlos
// glücklich" the e-file, "Der Antrag kommt per Klick" the OZG, "Briefe, die ankommen" plain language, "Wenn die Chemie
// nicht stimmt" team conflicts for managers), so only summary, description or topics reveal it. One seminar is held in
// English; the leadership course runs on two days across the end of summer time; the e-file course is open only to
// Idstein, Waldems and Hünstetten; first aid is free, paid by the UKH. Questions are typed the way an acceptance tester
// chats in Teams (short, lower case, typos, a quarter in English), without looking at the parser or the answers.
//
// Calendar around `now` (Wednesday 6 October 2027, 10:00 in Bad Schwalbach, summer time; winter time begins Sun
// 31.10.2027):
//   this week:  nothing more today; Thu 07.10. 13:00–16:00 Excel (online, tomorrow), Fri 08.10. 09:00–12:00 data
//               protection (hybrid, Kreishaus)
//   next week:  Mon 11.10. 09:00–11:30 phishing (online), Tue 12.10. 13:30–16:00 stress (online), Wed 13.10.
//               09:00–12:30 English (Rathaus Rüdesheim; deadline passed Fri 01.10. 23:59), Thu 14.10. 13:00–16:00 AI
//               (hybrid, Kreishaus)
//   then:       nothing from Fri 15.10. to Sun 24.10. except the cancelled PowerPoint course (Tue 19.10.)
//   late Oct.:  Mon 25. procedure law (Idstein), Wed 27. first aid 08:30–16:30 (Taunusstein), Thu 28.10. (CEST) and
//               Thu 11.11. (CET) leadership 09:00–16:00 (Eltville)
//   November:   Tue 02. mail merge (online), Thu 04. de-escalation 09:00–15:00 (Geisenheim), the cancelled brush-cutter
//               course Mon 08., Tue 09. procurement law (Eltville; deadline Fri 22.10. 12:00), Tue 16. budget/Doppik
//               (Kreishaus, 210 €), Wed 17. ergonomics 14:00–15:30 (online), Mon 22./Tue 23. induction days for
//               trainees 09:00–15:00 (Kreishaus), Thu 25. e-file (Idstein, restricted), the draft heavy-rain course Tue 30.
//   December:   Tue 07. council meetings (Taunusstein, 16 seats), Wed 08. OZG (online), Thu 09. plain language
//               (Hochschule Geisenheim, 150 €), Wed 15. team conflicts (Kreishaus, for managers)
//   January:    Tue 18.01.2028 Scrum (hybrid, Idstein); the draft social-media course Wed 19.01.2028
//   past:       Thu 26.08.2027 fire wardens (Taunusstein), Tue 14.09.2027 e-invoicing (Kreishaus).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-10-06T08:00:00Z'); // Wednesday, 6 October 2027, 10:00 in Bad Schwalbach (CEST)
const TZ = 'Europe/Berlin';

const T = {
  excel: 'Pivot & Co.: Excel in der Sachbearbeitung', // Thu 07.10. 13:00–16:00, online, VHS, Kölsch, 85 € (Dienststelle pays)
  datenschutz: 'Datenschutz im Bürgerbüro: Was darf ich sagen?', // Fri 08.10. 09:00–12:00, hybrid (Kreishaus), PE, Dr. Wörner, free
  phishing: 'Der Köder im Postfach', // Mon 11.10. 09:00–11:30, online, ekom21, Adam, information security, free
  stress: 'Durchatmen statt durchhalten', // Tue 12.10. 13:30–16:00, online, UKH, Schäfer, health promotion / stress, free
  english: 'Welcome Desk English: Serving International Citizens', // Wed 13.10. 09:00–12:30, Rathaus Rüdesheim, VHS, English, 120 €, deadline passed Fri 01.10. 23:59
  ki: 'Assistent mit Grenzen', // Thu 14.10. 13:00–16:00, hybrid (Kreishaus), ekom21, Adam, AI, free
  verfahren: 'Vom Antrag zum Bescheid', // Mon 25.10. 09:00–16:00, Rathaus Idstein, HVSV, Dr. Manns, 240 €
  ersteHilfe: 'Erste Hilfe im Betrieb: Aus- und Fortbildung für Ersthelfende', // Wed 27.10. 08:30–16:30, Rathaus Taunusstein, UKH, Lembke, free (UKH pays)
  fuehrung: 'Die ersten hundert Tage', // Thu 28.10. (CEST) and Thu 11.11. (CET) 09:00–16:00, Rathaus Eltville, HVSV, Dr. Lorenz, 520 €, new managers
  serienbrief: 'Ein Schreiben, viele Adressaten', // Tue 02.11. 09:00–12:00, online, VHS, Kölsch, 69 €, mail merge in Word
  deeskalation: 'Ruhig bleiben, wenn es brodelt', // Thu 04.11. 09:00–15:00, Rathaus Geisenheim, UKH, Osterkamp, free, 12 seats
  vergabe: 'Richtig beschaffen: Vergaberecht für Kommunen', // Tue 09.11. 09:00–16:00, Rathaus Eltville, HVSV, Kühn, 260 €, deadline Fri 22.10. 12:00
  haushalt: 'Zahlen, die Politik machen', // Tue 16.11. 09:00–16:00, Kreishaus, HVSV, Dr. Manns, 210 €, Doppik
  ergonomie: 'Gut sitzen, besser arbeiten', // Wed 17.11. 14:00–15:30, online, UKH, Schäfer, free
  azubis: 'Einführungstage für neue Auszubildende und Anwärter', // Mon 22.11. and Tue 23.11. 09:00–15:00, Kreishaus, PE, Heß, free
  eakte: 'Papierlos glücklich', // Thu 25.11. 09:00–12:00, Rathaus Idstein, ekom21, Vogt, e-file, only Idstein/Waldems/Hünstetten, free
  sitzung: 'Von der Einladung bis zur Niederschrift: Sitzungsdienst', // Tue 07.12. 09:00–16:00, Rathaus Taunusstein, HVSV, Bär, 190 €, 16 seats
  ozg: 'Der Antrag kommt per Klick', // Wed 08.12. 13:00–16:00, online, ekom21, Vogt, OZG, free
  sprache: 'Briefe, die ankommen', // Thu 09.12. 09:00–16:00, Hochschule Geisenheim, VHS, Reinhardt, 150 €, plain language
  konflikte: 'Wenn die Chemie nicht stimmt', // Wed 15.12. 09:00–16:00, Kreishaus, PE, Brenner, 170 €, for managers
  scrum: 'Sprint statt Stillstand: Agile Projektarbeit mit Scrum', // Tue 18.01.2028 09:00–16:00, hybrid (Rathaus Idstein), HVSV, Wagner, 240 €
  starkregen: 'Vorsorge gegen Starkregen in der Bauleitplanung', // draft (Tue 30.11.)
  socialMedia: 'Social Media für Rathäuser', // draft (Wed 19.01.2028)
  powerpoint: 'Überzeugend präsentieren mit PowerPoint', // cancelled (Tue 19.10.2027)
  freischneider: 'Sicher mit dem Freischneider: Grünpflege im Bauhof', // cancelled (Mon 08.11.2027)
  erechnung: 'Die E-Rechnung kommt: Umstellung in Kämmerei und Buchhaltung', // past (Tue 14 Sep 2027)
  brandschutz: 'Ausbildung zur Brandschutzhelferin und zum Brandschutzhelfer', // past (Thu 26 Aug 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.starkregen, T.socialMedia, T.powerpoint, T.freischneider, T.erechnung, T.brandschutz];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  {
    q: 'kosten excel kurs',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 85 €'],
    mentions: ['Die Gebühr trägt die entsendende Dienststelle.'],
  },
  {
    q: 'was kostet der erste hilfe kurs',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse Hessen.'],
  },
  { q: 'how much is the doppik seminar', locale: 'en', kind: 'facts', titles: [T.haushalt], says: ['costs €210'] },
  // --- facts: when (across the end of summer time), start time, duration -----------------------------------------------
  {
    q: 'wann ist datenschutz',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['am Fr., 08.10.2027 von 09:00 bis 12:00 Uhr'],
  },
  {
    q: 'when is the excel training',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['on Thu, 7 Oct 2027 from 13:00 to 16:00'],
  },
  {
    q: 'wann sind die ersten hundert tage',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 28.10.2027 und Do., 11.11.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'when are the einführungstage for azubis',
    locale: 'en',
    kind: 'facts',
    titles: [T.azubis],
    says: ['on 2 days', 'Mon, 22 Nov 2027 and Tue, 23 Nov 2027', 'each from 09:00 to 15:00'],
  },
  {
    q: 'what time does the phishing thing start',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['starts on Mon, 11 Oct 2027 at 09:00'],
  },
  {
    q: 'wie lang geht die ergonomie schulung',
    kind: 'facts',
    titles: [T.ergonomie],
    says: ['dauert 1,5 Stunden, von 14:00 bis 15:30 Uhr'],
  },
  { q: 'dauer scrum', kind: 'facts', titles: [T.scrum], says: ['dauert 7 Stunden, von 09:00 bis 16:00 Uhr'] },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  { q: 'wo ist vergaberecht', kind: 'facts', titles: [T.vergabe], says: ['im Rathaus Eltville am Rhein'] },
  {
    q: 'ki schulung präsenz oder online?',
    kind: 'facts',
    titles: [T.ki],
    says: [/findet hybrid statt|oder online statt/],
  },
  {
    q: 'is the ozg training online',
    locale: 'en',
    kind: 'facts',
    titles: [T.ozg],
    says: ['takes place online'],
  },
  { q: 'wer macht den serienbrief kurs', kind: 'facts', titles: [T.serienbrief], says: ['leitet Frau Petra Kölsch'] },
  { q: 'anmeldeschluss vergabe', kind: 'facts', titles: [T.vergabe], says: ['bis Fr., 22.10.2027, 12:00 Uhr'] },
  {
    q: 'registration deadline english course',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 1 Oct 2027, 23:59'],
  },
  { q: 'sitzungsdienst noch plätze frei', kind: 'facts', titles: [T.sitzung], says: ['noch 16 von 16 Plätzen frei'] },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  {
    conv: 'tresen',
    q: 'was mach ich wenn bürger am tresen aggressiv werden',
    kind: 'list',
    titles: [T.deeskalation],
  },
  {
    conv: 'tresen',
    q: 'wann ist das',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['am Do., 04.11.2027 von 09:00 bis 15:00 Uhr'],
  },
  {
    conv: 'tresen',
    q: 'Und wo findet der statt?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['im Rathaus Geisenheim'],
  },
  { conv: 'chatgpt', q: 'is there a course on chatgpt', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    conv: 'chatgpt',
    q: 'how much does it cost',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is free of charge'],
  },
  {
    conv: 'chatgpt',
    q: 'who is the trainer',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is led by Herr Lukas Adam'],
  },
  { conv: 'amtsdeutsch', q: 'wie vermeide ich amtsdeutsch in meinen schreiben', kind: 'list', titles: [T.sprache] },
  { conv: 'amtsdeutsch', q: 'Was kostet das?', kind: 'facts', titles: [T.sprache], says: ['kostet 150 €'] },
  {
    conv: 'amtsdeutsch',
    q: 'gibts den auch online',
    kind: 'facts',
    titles: [T.sprache],
    says: ['findet in Präsenz statt'],
  },
  { conv: 'stress', q: 'hab grad viel stress im job gibts da was', kind: 'list', titles: [T.stress] },
  {
    conv: 'stress',
    q: 'wann ist der',
    kind: 'facts',
    titles: [T.stress],
    says: ['am Di., 12.10.2027 von 13:30 bis 16:00 Uhr'],
  },
  // --- topic searches: everyday words, words only in summary or description, synonyms, abbreviations, typos ------------
  { q: 'informationsicherheit', kind: 'list', titles: [T.phishing] },
  { q: 'exel schulung', kind: 'list', titles: [T.excel] },
  { q: 'serienbriefe', kind: 'list', titles: [T.serienbrief] },
  { q: 'betriebliche gesundheitsförderung', kind: 'list', ...only(T.stress, T.ergonomie) },
  { q: 'back pain from sitting all day', locale: 'en', kind: 'list', titles: [T.ergonomie] },
  { q: 'ausschreibung', kind: 'list', titles: [T.vergabe] },
  { q: 'elektronische akte', kind: 'list', titles: [T.eakte] },
  { q: 'reanimation', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'gdpr training', locale: 'en', kind: 'list', titles: [T.datenschutz] },
  { q: 'kommunaler haushalt', kind: 'list', titles: [T.haushalt] },
  { q: 'verwaltungsverfahrensgestz', kind: 'list', titles: [T.verfahren] },
  { q: 'agile project management', locale: 'en', kind: 'list', titles: [T.scrum] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, length, cost, language, seats ---------
  { q: 'was ist diese woche noch', kind: 'list', titles: [T.excel, T.datenschutz] },
  { q: 'nächste woche vormittags', kind: 'list', titles: [T.phishing, T.english] },
  { q: 'anything next week in the afternoon', locale: 'en', kind: 'list', titles: [T.stress, T.ki] },
  {
    q: 'whats on in the next two weeks',
    locale: 'en',
    kind: 'list',
    titles: [T.excel, T.datenschutz, T.phishing, T.stress, T.english, T.ki],
  },
  { q: 'was läuft vom 25. bis 29. oktober', kind: 'list', titles: [T.verfahren, T.ersteHilfe, T.fuehrung] },
  { q: 'online kurse im november', kind: 'list', titles: [T.serienbrief, T.ergonomie] },
  { q: 'kostenlose seminare november', kind: 'list', titles: [T.deeskalation, T.ergonomie, T.azubis, T.eakte] },
  { q: 'was gibts im dezember', kind: 'list', titles: [T.sitzung, T.ozg, T.sprache, T.konflikte] },
  { q: 'any free seats in january', locale: 'en', kind: 'list', titles: [T.scrum] },
  { q: 'was gibts in idstein', kind: 'list', ...only(T.verfahren, T.eakte, T.scrum) },
  { q: 'kurse von frau kölsch', kind: 'list', ...only(T.excel, T.serienbrief) },
  {
    q: 'was bietet die unfallkasse hessen an',
    kind: 'list',
    ...only(T.stress, T.ersteHilfe, T.deeskalation, T.ergonomie),
  },
  { q: 'what does ekom21 offer', locale: 'en', kind: 'list', ...only(T.phishing, T.ki, T.eakte, T.ozg) },
  { q: 'ich bin führungskraft, was gibts für mich', kind: 'list', ...only(T.fuehrung, T.konflikte) },
  { q: 'mehrtägige seminare', kind: 'list', ...only(T.fuehrung, T.azubis) },
  { q: 'any courses in english?', locale: 'en', kind: 'list', titles: [T.english] },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'wann ist der powerpoint kurs', kind: 'gone', gone: T.powerpoint },
  { q: 'freischneider lehrgang bauhof', kind: 'gone', gone: T.freischneider },
  { q: 'e-rechnung schulung wann war die', kind: 'gone', gone: T.erechnung, says: ['Di., 14.09.2027'] },
  { q: 'brandschutzhelfer ausbildung wann', kind: 'gone', gone: T.brandschutz, says: ['Do., 26.08.2027'] },
  { q: 'starkregen vorsorge', kind: 'none' },
  { q: 'any sap training', locale: 'en', kind: 'none' },
  { q: 'hallo', kind: 'help' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-tenth, independent catalogue (Rheingau-Taunus-Kreis, HVSV, ekom21, UKH)',
  {
    fixture: 'heldout210-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
