// Over-fitting check, two-hundred-and-seventieth catalogue: the 2027 programme for the Kreis Steinburg (Schleswig-
// Holstein) and its towns and Ämter (Itzehoe, Glückstadt, Kellinghusen, Wilster, Horst-Herzhorn, Krempermarsch,
// Schenefeld), with the Verwaltungsakademie Bordesholm, the Unfallkasse Nord, the Kreis's Personalentwicklung, the
// Volkshochschule Itzehoe, Dataport and the ITV.SH, imported from a JSON file. Seminars take place in the Kreishaus
// Itzehoe, the Volkshochschule Itzehoe, the Verwaltungsakademie Bordesholm, the town halls of Glückstadt and
// Kellinghusen, the Bauhof and the Bürgerhaus in Wilster, the Amtsverwaltung Horst-Herzhorn, online or hybrid. Several
// titles do not name their subject ("Klick mit Folgen" is phishing, "Kraftquellen im Arbeitsalltag" stress, "Die
// Maschine schreibt mit" generative AI, "Wenn die Kette läuft" chainsaw safety for the Bauhof, "Ruhe bewahren, wenn es
// laut wird" de-escalation, "Ein Brief, hundert Empfänger" mail merge, "Der Antrag kommt digital" the OZG, "Der
// Arbeitsplatz passt sich an" ergonomics, "Abschied vom Umlaufordner" the e-file, "Schreiben, die ankommen" plain
// language, "Führen von Anfang an" new managers, "Wenn es im Team knirscht" conflict management, "Aufgaben sichtbar
// machen" Kanban, "Wenn der erste Frost kommt" winter road service), so only summary, description or topics reveal it;
// the front-desk English course is held in English in the evening; the new-managers programme runs on two days (Mon
// 08.11./Tue 09.11.) after the end of summer time (Sun 31.10.2027); the e-file course is open only to the Ämter
// Horst-Herzhorn, Krempermarsch and Schenefeld; first aid is free, paid by the Unfallkasse Nord.
// Questions are written the way an acceptance tester would try the bot — short and long, German and English, with
// typos, follow-ups and time filters relative to `now` — without looking at the parser or the answers.
//
// Calendar around `now` (Wednesday 1 September 2027, 13:30 in Itzehoe, summer time; winter time begins Sun 31.10.2027):
//   this week:  nothing more today; Thu 02.09. 09:00–12:00 phishing (online), Fri 03.09. 13:00–15:30 social data
//               protection (hybrid, Kreishaus Itzehoe)
//   next week:  Tue 07.09. 09:00–12:00 Excel (online, 69 €), Wed 08.09. 14:00–16:00 stress (online), Thu 09.09.
//               09:00–15:00 procurement (Kreishaus; deadline Fri 03.09. 12:00, still open)
//   rest of September: Tue 14.09. 17:30–20:00 English (Volkshochschule Itzehoe; deadline passed Fri 27.08. 23:59),
//               Thu 16.09. 13:30–16:30 AI (hybrid, Kreishaus), Tue 21.09. 08:30–16:30 first aid (Rathaus
//               Kellinghusen), Tue 28.09. Doppik (Verwaltungsakademie Bordesholm), Thu 30.09. 07:30–15:30 chainsaw
//               (Bauhof Wilster); the cancelled Outlook course on Wed 22.09.
//   October (next month): Wed 06. de-escalation (Rathaus Glückstadt, free), Tue 12. mail merge (online, 49 €), Wed 13.
//               OZG (online, free, 13:00–16:00), Thu 14. ergonomics (online, free, 14:00–15:30), Tue 19. e-file (Horst,
//               members only), Thu 21. council meetings (Rathaus Kellinghusen; deadline Fri 08.10. 23:59), Tue 26.
//               plain language (Volkshochschule Itzehoe); the cancelled playground-inspection course on Wed 20.10.
//   November:   Tue 02. winter road service (Bürgerhaus Wilster, 08:00–12:00), Mon 08./Tue 09. new managers
//               (Verwaltungsakademie Bordesholm, 520 €, deadline Fri 15.10. 23:59), Wed 17. team conflicts (Kreishaus),
//               Thu 25. Kanban (hybrid, Kreishaus, 13:00–16:00), Tue 30. dunning and enforcement (Rathaus Glückstadt);
//               the draft Low German course on Wed 10.11.
//   December:   the draft climate-adaptation course on Tue 07.12.; Christmas on Sat 25.12.
//   past:       Tue 15.06.2027 housing benefit (online), Thu 19.08.2027 safety officers (Rathaus Glückstadt).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-09-01T11:30:00Z'); // Wednesday, 1 September 2027, 13:30 in Itzehoe (CEST)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Klick mit Folgen', // Thu 02.09. 09:00–12:00, online, Dataport, Jensen, information security, free
  datenschutz: 'Datenschutz in der Sozialverwaltung: Sozialdaten richtig schützen', // Fri 03.09. 13:00–15:30, hybrid (Kreishaus Itzehoe), PE, Hansen, free
  excel: 'Excel für die Sachbearbeitung: Formeln, Filter, Pivot', // Tue 07.09. 09:00–12:00, online, VHS, Petersen, 69 € (Dienststelle pays)
  stress: 'Kraftquellen im Arbeitsalltag', // Wed 08.09. 14:00–16:00, online, Unfallkasse, Brandt, stress / burnout, free
  vergabe: 'Vergaberecht kompakt: UVgO und Landesvergaberecht', // Thu 09.09. 09:00–15:00, Kreishaus, VAB, Rathje, 240 €, deadline Fri 03.09. 12:00
  english: 'Welcome to Steinburg: English for Front Desk Staff', // Tue 14.09. 17:30–20:00, Volkshochschule Itzehoe, VHS, MacLeod, 85 €, in English, deadline passed Fri 27.08. 23:59
  ki: 'Die Maschine schreibt mit', // Thu 16.09. 13:30–16:30, hybrid (Kreishaus), ITV.SH, Thomsen, generative AI / ChatGPT, free
  ersteHilfe: 'Erste Hilfe im Betrieb: Ausbildung für Ersthelfende', // Tue 21.09. 08:30–16:30, Rathaus Kellinghusen, Unfallkasse, Möller, free (Unfallkasse pays)
  haushalt: 'Doppik verstehen: der kommunale Jahresabschluss', // Tue 28.09. 09:00–16:00, Verwaltungsakademie Bordesholm, VAB, Dr. Lüders, 260 €
  kette: 'Wenn die Kette läuft', // Thu 30.09. 07:30–15:30, Bauhof Wilster, Unfallkasse, Witt, chainsaw, free, 10 seats
  deeskalation: 'Ruhe bewahren, wenn es laut wird', // Wed 06.10. 09:00–15:00, Rathaus Glückstadt, Unfallkasse, Brandt, free, 14 seats
  serienbrief: 'Ein Brief, hundert Empfänger', // Tue 12.10. 09:00–12:00, online, VHS, Petersen, 49 €, mail merge in Word
  ozg: 'Der Antrag kommt digital', // Wed 13.10. 13:00–16:00, online, ITV.SH, Thomsen, OZG, free
  ergonomie: 'Der Arbeitsplatz passt sich an', // Thu 14.10. 14:00–15:30, online, Unfallkasse, Möller, ergonomics, free
  eakte: 'Abschied vom Umlaufordner', // Tue 19.10. 09:00–12:00, Amtsverwaltung Horst-Herzhorn, Dataport, Jensen, e-file, only Horst-Herzhorn/Krempermarsch/Schenefeld, free
  sitzung: 'Sitzungsdienst nach der Gemeindeordnung Schleswig-Holstein', // Thu 21.10. 09:00–16:00, Rathaus Kellinghusen, VAB, Dr. Voß, 190 €, deadline Fri 08.10. 23:59
  sprache: 'Schreiben, die ankommen', // Tue 26.10. 09:00–16:00, Volkshochschule Itzehoe, VHS, Kruse, 135 €, plain language
  winterdienst: 'Wenn der erste Frost kommt', // Tue 02.11. 08:00–12:00 (CET), Bürgerhaus Wilster, VAB, Claußen, 95 €, winter road service
  fuehrung: 'Führen von Anfang an', // Mon 08.11. and Tue 09.11. 09:00–16:30 (CET), Verwaltungsakademie Bordesholm, VAB, Dr. Sörensen, 520 €, deadline Fri 15.10. 23:59
  konflikte: 'Wenn es im Team knirscht', // Wed 17.11. 09:00–16:00, Kreishaus, VAB, Dr. Sörensen, 180 €, conflict management for managers
  kanban: 'Aufgaben sichtbar machen', // Thu 25.11. 13:00–16:00, hybrid (Kreishaus), PE, Carstens, Kanban in Planner, free
  mahnung: 'Mahnen und Vollstrecken in der Gemeindekasse', // Tue 30.11. 09:00–16:00, Rathaus Glückstadt, VAB, Dr. Voß, 210 €, 18 seats
  platt: 'Plattdüütsch för de Verwaltung', // draft (Wed 10.11.)
  klima: 'Klimaanpassung in der Bauleitplanung', // draft (Tue 07.12.)
  outlook: 'Outlook im Griff: E-Mails, Kalender und Aufgaben', // cancelled (Wed 22.09.2027)
  spielplatz: 'Spielplatzkontrolle nach DIN EN 1176', // cancelled (Wed 20.10.2027)
  wohngeld: 'Wohngeld aktuell: Änderungen 2027', // past (Tue 15 June 2027)
  sicherheit: 'Ausbildung zur Sicherheitsbeauftragten und zum Sicherheitsbeauftragten', // past (Thu 19 August 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.platt, T.klima, T.outlook, T.spielplatz, T.wohngeld, T.sicherheit];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'phish', q: 'gibts was zu phishing?', kind: 'list', titles: [T.phishing] },
  {
    conv: 'phish',
    q: 'wann ist das?',
    kind: 'facts',
    titles: [T.phishing],
    says: ['am Do., 02.09.2027 von 09:00 bis 12:00 Uhr'],
  },
  { conv: 'phish', q: 'online oder vor ort?', kind: 'facts', titles: [T.phishing], says: ['findet online statt'] },
  { conv: 'ki', q: 'is there anything about ChatGPT?', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    conv: 'ki',
    q: 'where does it take place',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: [/at Kreishaus Itzehoe.* or online/],
  },
  {
    conv: 'ki',
    q: 'how long is it',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['lasts 3 hours, from 13:30 to 16:30'],
  },
  { conv: 'doppik', q: 'jahresabschluss doppik', kind: 'list', titles: [T.haushalt] },
  { conv: 'doppik', q: 'was kostet der?', kind: 'facts', titles: [T.haushalt], says: ['kostet 260 €'] },
  {
    conv: 'doppik',
    q: 'wo ist das?',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['in der Verwaltungsakademie Bordesholm'],
  },
  {
    conv: 'schalter',
    q: 'Was hilft, wenn Bürger am Schalter laut werden?',
    kind: 'list',
    titles: [T.deeskalation],
  },
  {
    conv: 'schalter',
    q: 'und wer leitet das',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['leitet Herr Sönke Brandt'],
  },
  {
    conv: 'schalter',
    q: 'wie viele plätze sind noch frei',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['noch 14 von 14 Plätzen frei'],
  },
  { conv: 'kette', q: 'motorsägen lehrgang für den bauhof', kind: 'list', titles: [T.kette] },
  {
    conv: 'kette',
    q: 'wann fängt der an',
    kind: 'facts',
    titles: [T.kette],
    says: ['Do., 30.09.2027', '07:30'],
  },
  { conv: 'kette', q: 'kostet das was?', kind: 'facts', titles: [T.kette], says: ['ist kostenlos'] },
  { conv: 'english', q: 'english course for front desk staff?', locale: 'en', kind: 'list', titles: [T.english] },
  {
    conv: 'english',
    q: 'can I still sign up?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 27 Aug 2027, 23:59'],
  },
  { conv: 'english', q: 'how much is it', locale: 'en', kind: 'facts', titles: [T.english], says: ['costs €85'] },
  { conv: 'fuehrung', q: 'gibt es ein programm für neue führungskräfte?', kind: 'list', titles: [T.fuehrung] },
  {
    conv: 'fuehrung',
    q: 'wann genau',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Mo., 08.11.2027 und Di., 09.11.2027', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    conv: 'fuehrung',
    q: 'bis wann muss ich mich anmelden',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['bis Fr., 15.10.2027, 23:59 Uhr'],
  },
  { conv: 'vergabe', q: 'uvgo schulung', kind: 'list', titles: [T.vergabe] },
  {
    conv: 'vergabe',
    q: 'anmeldeschluss?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Fr., 03.09.2027, 12:00 Uhr'],
  },
  { conv: 'sprache', q: 'amtsdeutsch verständlicher schreiben', kind: 'list', titles: [T.sprache] },
  {
    conv: 'sprache',
    q: 'wo findet das statt',
    kind: 'facts',
    titles: [T.sprache],
    says: ['in der Volkshochschule Itzehoe'],
  },
  // --- facts -----------------------------------------------------------------------------------------------------------
  {
    q: 'was kostet der excel kurs',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 69 €'],
    mentions: ['Die Gebühr trägt die entsendende Dienststelle.'],
  },
  {
    q: 'ist der erste-hilfe-kurs kostenlos?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse Nord für ihre Mitgliedsbetriebe.'],
  },
  {
    q: 'how much does the conflict management seminar cost',
    locale: 'en',
    kind: 'facts',
    titles: [T.konflikte],
    says: ['costs €180'],
  },
  {
    q: 'wann ist der serienbrief kurs',
    kind: 'facts',
    titles: [T.serienbrief],
    says: ['am Di., 12.10.2027 von 09:00 bis 12:00 Uhr'],
  },
  {
    q: 'wer ist referent beim winterdienst',
    kind: 'facts',
    titles: [T.winterdienst],
    says: ['leitet Herr Hauke Claußen'],
  },
  {
    q: 'where is the sitzungsdienst seminar',
    locale: 'en',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['takes place at Rathaus Kellinghusen'],
  },
  {
    q: 'datenschutz sozialverwaltung online oder präsenz?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: [/im Kreishaus Itzehoe.* oder online/],
  },
  {
    q: 'what time does the stress workshop start',
    locale: 'en',
    kind: 'facts',
    titles: [T.stress],
    says: ['starts on Wed, 8 Sep 2027 at 14:00'],
  },
  {
    q: 'wann und wo ist die e-akte schulung',
    kind: 'facts',
    titles: [T.eakte],
    says: ['am Di., 19.10.2027 von 09:00 bis 12:00 Uhr in der Amtsverwaltung Horst-Herzhorn'],
  },
  // --- topic searches: typos, words only in summary or description, synonyms ------------------------------------------
  { q: 'excell kurs', kind: 'list', titles: [T.excel] },
  { q: 'ersthelfer ausbildung', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'rückenschmerzen vom sitzen am schreibtisch', kind: 'list', titles: [T.ergonomie] },
  { q: 'serienbreif word', kind: 'list', titles: [T.serienbrief] },
  { q: 'onlinezugangsgesetz', kind: 'list', titles: [T.ozg] },
  { q: 'glätte und räumpflicht', kind: 'list', titles: [T.winterdienst] },
  { q: 'burnout prevention', locale: 'en', kind: 'list', titles: [T.stress] },
  { q: 'betriebliches gesundheitsmanagement', kind: 'list', ...only(T.stress, T.ergonomie) },
  // --- filters: dates, time of day, format, place, trainer, provider, length, language ---------------------------------
  { q: 'was läuft diese woche noch', kind: 'list', titles: [T.phishing, T.datenschutz] },
  { q: 'anything on next week?', locale: 'en', kind: 'list', titles: [T.excel, T.stress, T.vergabe] },
  { q: 'online-seminare nächsten monat', kind: 'list', titles: [T.serienbrief, T.ozg, T.ergonomie] },
  { q: 'free online courses in october', locale: 'en', kind: 'list', titles: [T.ozg, T.ergonomie] },
  { q: 'was gibt es in glückstadt', kind: 'list', ...only(T.deeskalation, T.mahnung) },
  { q: 'kurse bei herrn thomsen', kind: 'list', ...only(T.ki, T.ozg) },
  {
    q: 'angebote der volkshochschule',
    kind: 'list',
    ...only(T.excel, T.english, T.serienbrief, T.sprache),
  },
  { q: 'gibt es mehrtägige kurse', kind: 'list', titles: [T.fuehrung] },
  { q: 'gibt es auch abendkurse', kind: 'list', titles: [T.english] },
  { q: 'vor weihnachten noch was zu führung?', kind: 'list', ...only(T.fuehrung, T.konflikte) },
  { q: 'bauhof schulungen im herbst', kind: 'list', titles: [T.kette, T.winterdienst] },
  { q: 'hybride veranstaltungen', kind: 'list', ...only(T.datenschutz, T.ki, T.kanban) },
  { q: 'seminare kürzer als 2 stunden', kind: 'list', titles: [T.ergonomie] },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'wann ist der outlook kurs', kind: 'gone', gone: T.outlook },
  { q: 'spielplatzkontrolle', kind: 'gone', gone: T.spielplatz },
  { q: 'wohngeld schulung wann war die', kind: 'gone', gone: T.wohngeld, says: ['Di., 15.06.2027'] },
  {
    q: 'ausbildung zum sicherheitsbeauftragten',
    kind: 'gone',
    gone: T.sicherheit,
    says: ['Do., 19.08.2027'],
  },
  { q: 'plattdeutsch kurs', kind: 'none' },
  { q: 'personenstandsrecht', kind: 'none' },
  { q: 'Moin!', kind: 'help' },
  { q: 'hi, what can you do?', locale: 'en', kind: 'help' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-seventieth, independent catalogue (Kreis Steinburg, Verwaltungsakademie Bordesholm, Unfallkasse Nord)',
  {
    fixture: 'heldout270-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
