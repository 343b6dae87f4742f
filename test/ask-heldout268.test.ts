// Over-fitting check, two-hundred-and-sixty-eighth catalogue: the winter and spring programme 2027/28 for the Landkreis
// Osterholz (Lower Saxony) and its town and municipalities (Osterholz-Scharmbeck, Lilienthal, Ritterhude, Schwanewede,
// Worpswede, Grasberg, Samtgemeinde Hambergen), with the Niedersächsisches Studieninstitut für kommunale Verwaltung
// (NSI), the Unfallkasse Niedersachsen, the county's Personalentwicklung, the Kreisvolkshochschule Osterholz (KVHS) and
// the Kommunale Datenverarbeitung Oldenburg (KDO), imported from a JSON file. Seminars take place in the Kreishaus
// Osterholz, the town halls of Osterholz-Scharmbeck, Lilienthal, Ritterhude, Schwanewede, Worpswede and Hambergen, the
// KVHS in Osterholz-Scharmbeck, the Bauhöfe of Worpswede and Schwanewede, online or hybrid. Several titles do not name
// their subject ("Nicht jeder Anhang ist ein Geschenk" is phishing, "Wenn der Ton rauer wird" de-escalation, "Schreiben
// lassen, selbst denken" AI, "Snacken as de Lüüd" Low German, "Sagen, was Sache ist" plain language, "Abschied vom
// Aktenschrank" the e-file, "Besprechen ohne Anfahrt" Teams video meetings, "Kraftquellen für stürmische Zeiten" stress,
// "Die richtige Person finden" staff selection, "Aufrecht durch den Arbeitstag" ergonomics), so only summary,
// description or topics reveal it. One seminar is held in English (its deadline has passed); the leadership course runs
// on three days; the Low German course on three evenings; the e-file course is open only to Lilienthal, Grasberg and
// Worpswede; first aid is free, paid by the Unfallkasse. Questions use everyday words instead of the field's terms
// ("das mit den Akten am Computer", "wenn Bürger am Telefon laut werden", "how to spend public money the right way"),
// German and English, written without looking at the parser or the answers.
//
// Calendar around `now` (Friday 3 December 2027, 10:00 in Osterholz-Scharmbeck, winter time; summer time begins Sun
// 26.03.2028):
//   today:      Fri 03.12. 13:30–15:00 phishing (online); nothing else this week
//   next week:  Mon 06.12. 07:30–12:00 winter road service (Bauhof Worpswede), Tue 07.12. 08:30–12:00 de-escalation
//               (Rathaus Osterholz-Scharmbeck, free), Wed 08.12. 09:00–12:30 English (Rathaus Lilienthal; deadline
//               passed Fri 26.11. 23:59), Thu 09.12. 14:00–16:00 AI (hybrid, Kreishaus); nothing on Fri 10.12.
//   then:       the cancelled Outlook course (Wed 15.12.)
//   January:    Wed 12./19./26. 18:00–20:00 Low German (KVHS, evenings), Thu 13. data protection (online, free),
//               Tue 18. first aid (Rathaus Ritterhude, free), Mon 24. Excel (KVHS, 89 €); the cancelled playground
//               inspection course on Thu 20.01.
//   February:   Thu 03. plain language (Kreishaus, 190 €), Tue 08. e-file (Rathaus Worpswede, members only), Wed 16.
//               Teams (online, 10:00–11:30), Mon 21.–Wed 23. leadership (Kreishaus, 590 €)
//   March:      Tue 07. budget law (Rathaus Osterholz-Scharmbeck), Tue 14. stress (Rathaus Lilienthal, afternoon),
//               Thu 23. procurement (Rathaus Schwanewede; deadline Fri 10.03. 12:00); the draft social-media course on
//               Wed 29.03.
//   April:      Wed 12. council meetings (Hambergen; deadline Fri 31.03. 23:59), Tue 25. staff selection (Kreishaus);
//               the draft flood-protection course on Wed 05.04.
//   May:        Wed 10. ergonomics (online, 12:30–14:00), Tue 16. chainsaw (Bauhof Schwanewede, 07:00–15:30)
//   June:       Tue 13. enforcement (hybrid, Rathaus Osterholz-Scharmbeck), Thu 22. building outside towns (§ 35 BauGB)
//   past:       Tue 12.10.2027 hazardous substances (Bauhof Schwanewede), Tue 16.11.2027 housing benefit (online).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-12-03T09:00:00Z'); // Friday, 3 December 2027, 10:00 in Osterholz-Scharmbeck (CET)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Nicht jeder Anhang ist ein Geschenk', // Fri 03.12. 13:30–15:00, online, KDO, Brüning, phishing / information security, free
  winterdienst: 'Räumen, Streuen, Haften: Winterdienst im Bauhof', // Mon 06.12. 07:30–12:00, Bauhof Worpswede, NSI, Meyerdierks, 95 €
  deeskalation: 'Wenn der Ton rauer wird', // Tue 07.12. 08:30–12:00, Rathaus Osterholz-Scharmbeck, Unfallkasse, Wübbena, de-escalation, free, 14 seats
  english: 'English at the Counter: Welcoming International Residents', // Wed 08.12. 09:00–12:30, Rathaus Lilienthal, KVHS, Whitaker, 95 €, deadline passed Fri 26.11. 23:59
  ki: 'Schreiben lassen, selbst denken', // Thu 09.12. 14:00–16:00, hybrid (Kreishaus), KDO, Brüning, AI, free
  platt: 'Snacken as de Lüüd', // Wed 12./19./26.01.2028 18:00–20:00, KVHS, Dammann, Low German, 60 €
  datenschutz: 'Datenschutz im Verwaltungsalltag', // Thu 13.01. 09:00–11:30, online, Personalentwicklung, Dr. Kück, free
  ersteHilfe: 'Erste Hilfe im Betrieb: Grundausbildung für Ersthelfende', // Tue 18.01. 08:30–16:30, Rathaus Ritterhude, Unfallkasse, Lüers, free (Unfallkasse pays)
  excel: 'Excel für die Sachbearbeitung: Formeln, Filter, Pivot', // Mon 24.01. 09:00–15:00, KVHS, Precht, 89 € (Dienststelle pays)
  sprache: 'Sagen, was Sache ist', // Thu 03.02. 09:00–16:00, Kreishaus, NSI, Albers, plain language, 190 €
  eakte: 'Abschied vom Aktenschrank', // Tue 08.02. 09:00–12:00, Rathaus Worpswede, KDO, Gerdes, e-file, only Lilienthal/Grasberg/Worpswede, free
  teams: 'Besprechen ohne Anfahrt', // Wed 16.02. 10:00–11:30, online, KDO, Gerdes, Teams video meetings, free
  fuehrung: 'Neu in Führung: Die ersten Monate als Führungskraft', // Mon 21.–Wed 23.02. 09:00–16:30, Kreishaus, NSI, Dr. Renken, 590 €
  haushalt: 'Kommunales Haushaltsrecht in Niedersachsen', // Tue 07.03. 09:00–16:00, Rathaus Osterholz-Scharmbeck, NSI, Ahrens, 240 €
  stress: 'Kraftquellen für stürmische Zeiten', // Tue 14.03. 13:00–16:00, Rathaus Lilienthal, Personalentwicklung, Kaemena, stress, free, 20 seats
  vergabe: 'Öffentliche Aufträge rechtssicher vergeben', // Thu 23.03. 09:00–16:00, Rathaus Schwanewede, NSI, Schnakenberg, 260 €, deadline Fri 10.03. 12:00
  sitzung: 'Sitzungsdienst kompakt: Von der Einladung bis zur Niederschrift', // Wed 12.04. 09:00–16:00, Rathaus Hambergen, NSI, Ahrens, 180 €, deadline Fri 31.03. 23:59
  auswahl: 'Die richtige Person finden', // Tue 25.04. 09:00–16:00, Kreishaus, Personalentwicklung, Hollmann, staff selection, free, for managers
  ruecken: 'Aufrecht durch den Arbeitstag', // Wed 10.05. 12:30–14:00, online, Unfallkasse, Wübbena, ergonomics, free
  motorsaege: 'Sicher mit der Motorsäge: Grundlehrgang für Bauhöfe', // Tue 16.05. 07:00–15:30, Bauhof Schwanewede, Unfallkasse, Lüers, free
  vollstreckung: 'Kommunale Vollstreckung: Mahnen, Pfänden, Niederschlagen', // Tue 13.06. 09:00–15:00, hybrid (Rathaus Osterholz-Scharmbeck), NSI, Osmers, 210 €
  aussenbereich: 'Bauen im Außenbereich nach § 35 BauGB', // Thu 22.06. 09:00–16:00, Rathaus Osterholz-Scharmbeck, NSI, Bischoff, 230 €
  socialMedia: 'Social Media für Gemeinden: Instagram und Facebook im Rathaus', // draft (Wed 29.03.2028)
  hochwasser: 'Hochwasserschutz an Hamme und Wümme', // draft (Wed 05.04.2028)
  outlook: 'Outlook im Griff: E-Mails, Kalender und Aufgaben', // cancelled (Wed 15.12.2027)
  spielplatz: 'Spielplatzkontrolle nach DIN EN 1176', // cancelled (Thu 20.01.2028)
  gefahrstoffe: 'Gefahrstoffe im Bauhof: Unterweisung und Betriebsanweisungen', // past (Tue 12 October 2027)
  wohngeld: 'Wohngeld aktuell: Neuerungen 2028', // past (Tue 16 November 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.socialMedia, T.hochwasser, T.outlook, T.spielplatz, T.gefahrstoffe, T.wohngeld];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'briefe', q: 'wie schreibe ich briefe, die die leute auch verstehen?', kind: 'list', titles: [T.sprache] },
  { conv: 'briefe', q: 'was kostet das?', kind: 'facts', titles: [T.sprache], says: ['kostet 190 €'] },
  {
    conv: 'briefe',
    q: 'wann ist der?',
    kind: 'facts',
    titles: [T.sprache],
    says: ['am Do., 03.02.2028 von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'akten',
    q: 'gibt es was zu dem thema akten am computer statt auf papier?',
    kind: 'list',
    titles: [T.eakte],
  },
  { conv: 'akten', q: 'wo ist das?', kind: 'facts', titles: [T.eakte], says: ['im Rathaus Worpswede'] },
  {
    conv: 'akten',
    q: 'wie lange dauert das?',
    kind: 'facts',
    titles: [T.eakte],
    says: ['dauert 3 Stunden, von 09:00 bis 12:00 Uhr'],
  },
  {
    conv: 'laut',
    q: 'was mache ich, wenn bürger am telefon laut werden?',
    kind: 'list',
    titles: [T.deeskalation],
  },
  { conv: 'laut', q: 'und was kostet das?', kind: 'facts', titles: [T.deeskalation], says: ['ist kostenlos'] },
  {
    conv: 'laut',
    q: 'gibt es noch freie plätze?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['noch 14 von 14 Plätzen frei'],
  },
  {
    conv: 'moebel',
    q: 'we have to buy new office furniture for the town hall, how do I do that by the rules?',
    locale: 'en',
    kind: 'list',
    titles: [T.vergabe],
  },
  {
    conv: 'moebel',
    q: 'until when can I register?',
    locale: 'en',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['until Fri, 10 Mar 2028, 12:00'],
  },
  {
    conv: 'moebel',
    q: 'who is the trainer?',
    locale: 'en',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['is led by Frau Birte Schnakenberg'],
  },
  {
    miss: 'becoming a team leader lists every course for managers (also the one on choosing staff), not only the one for new leaders (the newcomer only orders)',
    conv: 'chefin',
    q: 'ich werde bald teamleiterin, gibt es da was für mich?',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'chefin',
    q: 'wann genau?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 3 Tagen', 'Mo., 21.02.2028, Di., 22.02.2028 und Mi., 23.02.2028', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    conv: 'chefin',
    q: 'was kostet der?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['kostet 590 €'],
  },
  { conv: 'platt', q: 'ich möchte platt schnacken lernen', kind: 'list', titles: [T.platt] },
  {
    conv: 'platt',
    q: 'wann fängt der an?',
    kind: 'facts',
    titles: [T.platt],
    says: ['beginnt am Mi., 12.01.2028 um 18:00 Uhr'],
  },
  {
    conv: 'platt',
    q: 'wie lange geht der kurs?',
    kind: 'facts',
    titles: [T.platt],
    says: ['dauert 3 Tage, jeweils von 18:00 bis 20:00 Uhr'],
  },
  {
    conv: 'chat',
    q: 'is there training on those AI chat tools that write texts for you?',
    locale: 'en',
    kind: 'list',
    titles: [T.ki],
  },
  {
    conv: 'chat',
    q: 'is it online or in person?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is hybrid', 'or online'],
  },
  {
    conv: 'chat',
    q: 'what time does it start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['starts on Thu, 9 Dec 2027 at 14:00'],
  },
  {
    conv: 'umkippen',
    q: 'was mache ich, wenn ein kollege im büro umkippt?',
    kind: 'list',
    titles: [T.ersteHilfe],
  },
  {
    conv: 'umkippen',
    q: 'kostet das was?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse Niedersachsen für ihre Mitgliedsverwaltungen.'],
  },
  { conv: 'english', q: 'is there anything held in English?', locale: 'en', kind: 'list', titles: [T.english] },
  {
    conv: 'english',
    q: 'when is the registration deadline?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 26 Nov 2027, 23:59'],
  },
  // --- facts -----------------------------------------------------------------------------------------------------------
  {
    q: 'wer leitet das seminar zu bewerbungsgesprächen?',
    kind: 'facts',
    titles: [T.auswahl],
    says: ['leitet Frau Silke Hollmann'],
  },
  {
    q: 'wann ist der kurs zum schnee räumen und streuen?',
    kind: 'facts',
    titles: [T.winterdienst],
    says: ['am Mo., 06.12.2027 von 07:30 bis 12:00 Uhr'],
  },
  {
    q: 'how long is the session about back pain at the desk?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['lasts 1.5 hours, from 12:30 to 14:00'],
  },
  {
    q: 'where is the chainsaw course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.motorsaege],
    says: ['takes place at Bauhof Schwanewede'],
  },
  {
    q: 'what does the excel course cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['costs €89'],
    mentions: ['Die Gebühr trägt die entsendende Dienststelle.'],
  },
  {
    q: 'wo findet das seminar zum pfänden statt?',
    kind: 'facts',
    titles: [T.vollstreckung],
    says: [/im Rathaus Osterholz-Scharmbeck.* oder online/],
  },
  {
    q: 'wie lange dauert die schulung zu videokonferenzen?',
    kind: 'facts',
    titles: [T.teams],
    says: ['dauert 1,5 Stunden, von 10:00 bis 11:30 Uhr'],
  },
  { q: 'ist der datenschuts kurs online?', kind: 'facts', titles: [T.datenschutz], says: ['findet online statt'] },
  // --- topic searches in everyday words, typos, words only in summary or description ----------------------------------
  { q: 'komische mails, die nach meinem passwort fragen', kind: 'list', titles: [T.phishing] },
  { q: 'mir wächst die arbeit über den kopf, gibt es da was?', kind: 'list', titles: [T.stress] },
  { q: 'was tun, wenn leute ihre gebühren nicht bezahlen?', kind: 'list', titles: [T.vollstreckung] },
  { q: 'seminar zum bauen außerhalb vom ort', kind: 'list', titles: [T.aussenbereich] },
  { q: 'wie schreibt man das protokoll in der ratssitzung', kind: 'list', titles: [T.sitzung] },
  { q: 'phising schulung', kind: 'list', titles: [T.phishing] },
  { q: 'tabellen mit formeln ausrechnen', kind: 'list', titles: [T.excel] },
  { q: 'how to spend public money the right way', locale: 'en', kind: 'list', ...only(T.haushalt, T.vergabe) },
  {
    q: 'the thing with files on the computer instead of paper',
    locale: 'en',
    kind: 'list',
    titles: [T.eakte],
  },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, length, cost, free seats --------------
  { q: 'was läuft heute noch?', kind: 'list', titles: [T.phishing] },
  { q: 'nächste woche vormittags', kind: 'list', titles: [T.winterdienst, T.deeskalation, T.english] },
  { q: 'anything next week in the afternoon?', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    q: "what's on next month?",
    locale: 'en',
    kind: 'list',
    titles: [T.platt, T.datenschutz, T.ersteHilfe, T.excel],
  },
  { q: 'kostenlose sachen im januar', kind: 'list', titles: [T.datenschutz, T.ersteHilfe] },
  { q: 'im märz, wo sind noch plätze frei?', kind: 'list', titles: [T.haushalt, T.stress, T.vergabe] },
  {
    q: 'was hat die unfallkasse im angebot?',
    kind: 'list',
    ...only(T.deeskalation, T.ersteHilfe, T.ruecken, T.motorsaege),
  },
  { q: 'was gibt es für die leute vom bauhof?', kind: 'list', ...only(T.winterdienst, T.motorsaege) },
  { q: 'seminars by Mr Ahrens', locale: 'en', kind: 'list', ...only(T.haushalt, T.sitzung) },
  { q: 'was findet im rathaus lilienthal statt?', kind: 'list', ...only(T.english, T.stress) },
  { q: 'kurze online-sachen unter 2 stunden', kind: 'list', ...only(T.phishing, T.teams, T.ruecken) },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'wann ist der outlook kurs?', kind: 'gone', gone: T.outlook },
  { q: 'spielplätze kontrollieren', kind: 'gone', gone: T.spielplatz },
  { q: 'wohngeld schulung, wann war die?', kind: 'gone', gone: T.wohngeld, says: ['Di., 16.11.2027'] },
  { q: 'gefahrstoffe unterweisung', kind: 'gone', gone: T.gefahrstoffe, says: ['Di., 12.10.2027'] },
  { q: 'social media kurs', kind: 'none' },
  { q: 'hochwasserschutz', kind: 'none' },
  { q: 'gabelstapler schein', kind: 'none' },
  { q: 'moin', kind: 'help' },
  { q: 'hi there', locale: 'en', kind: 'help' },
  { q: 'wo bin ich eigentlich angemeldet?', kind: 'myRegistrations' },
  { q: 'show my bookings', locale: 'en', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-sixty-eighth, independent catalogue (Landkreis Osterholz, NSI, Unfallkasse Niedersachsen)',
  {
    fixture: 'heldout268-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
