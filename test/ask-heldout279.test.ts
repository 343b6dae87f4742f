// Over-fitting check, two-hundred-and-seventy-ninth catalogue: the autumn 2027 programme for the Landkreis Oberallgäu
// (Bavaria) and its towns and municipalities (Sonthofen, Immenstadt, Oberstdorf, Dietmannsried, Oy-Mittelberg, Fischen,
// Blaichach, Bad Hindelang, Waltenhofen), with the Bayerische Verwaltungsschule (BVS), the Kommunale Unfallversicherung
// Bayern (KUVB), the AKDB, the Landratsamt's Personalentwicklung and the Volkshochschule Oberallgäu (vhs), imported
// from a JSON file. Seminars take place in the Landratsamt Oberallgäu in Sonthofen, the town halls of Sonthofen,
// Immenstadt, Oberstdorf, Dietmannsried and Oy-Mittelberg, the Kurhaus Fiskina in Fischen, the Bauhof Sonthofen,
// online or hybrid. Several titles do not name their subject ("Die Flut bändigen" is Outlook / e-mail, "Schreibhilfe
// mit Köpfchen" AI writing assistants, "Die Ruhe am Schalter" de-escalation, "Kraft tanken im Büroalltag" stress and
// resilience, "Weg vom Aktenberg" the e-file, "Neu in der Verantwortung" leadership for new managers, "Für alle lesbar"
// accessible documents, "Bescheide, die halten" the BayVwVfG, "Klick mit Folgen" phishing), so only summary,
// description or topics reveal it; one seminar is held in English (an evening course); the leadership course runs on
// two Tuesdays (16.11. and 30.11.); the e-file course is open only to Sonthofen, Immenstadt and Blaichach; first aid is
// free, paid by the KUVB; one seminar starts this afternoon, 30 minutes after `now`.
// Questions are written the way a mixed, half-English acceptance-test team would try the bot: international
// colleagues asking in English about German-titled seminars, German questions with typos, acronyms (DSGVO/GDPR, KI/AI,
// E-Akte, OZG, TVöD, BayVwVfG) and questions that mix both languages, without looking at the parser or the answers.
//
// Calendar around `now` (Thursday 7 October 2027, 14:30 in Sonthofen, summer time; winter time begins Sun 31.10.2027):
//   this week:  today Thu 07.10. 15:00–16:30 Outlook (online, "this afternoon"); Fri 08.10. 08:30–12:00 DSGVO (Rathaus
//               Immenstadt, 145 €); the fire-warden course was on Tue 05.10. (past)
//   next week:  Mon 11.10. 09:00–12:00 Excel (online, 89 €), Tue 12.10. 13:30–16:00 AI (hybrid, Landratsamt), Wed 13.10.
//               17:30–20:00 English (Rathaus Oberstdorf, 75 €, deadline Fri 08.10. 12:00), Thu 14.10. 07:00–11:00
//               winter service (Bauhof Sonthofen, free)
//   rest of October: Tue 19.10. council meetings (Dietmannsried; deadline passed Tue 05.10. 23:59), the cancelled
//               playground-inspection course (Wed 20.10.), Thu 21.10. 09:00–15:00 de-escalation (Immenstadt, free, 14
//               seats), Tue 26.10. 08:00–16:00 first aid (Kurhaus Fiskina, Fischen, free), Thu 28.10. 14:00–15:30 stress
//               (online, free)
//   November:   Wed 03. TVöD (Landratsamt, 230 €), Thu 04. 10:00–11:30 OZG (online, free), Tue 09. e-file (Rathaus
//               Sonthofen, members only, free), Tue 16. and Tue 30. leadership (Landratsamt, 480 €), Thu 18. procurement
//               (Landratsamt; deadline Fri 29.10. 23:59), Mon 22. 13:00–16:00 accessible documents (online, 49 €), Wed 24.
//               BayVwVfG (Rathaus Oy-Mittelberg), Thu 25. 09:00–12:00 Melderecht (online, 95 €); on Tue 23. the
//               cancelled mail-merge course and the draft social-media course
//   December:   Wed 01. 09:00–11:00 phishing (hybrid, Landratsamt, free), Tue 07. budget law (Dietmannsried), Tue 14.
//               Kurbeitrag (Rathaus Oberstdorf, 180 €), Wed 15. 07:30–12:00 load securing (Bauhof Sonthofen, free); the
//               draft wedding course on Wed 08.12.
//   past:       Tue 21.09.2027 Grundsteuer (online), Tue 05.10.2027 fire wardens (Landratsamt).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-10-07T12:30:00Z'); // Thursday, 7 October 2027, 14:30 in Sonthofen (CEST)
const TZ = 'Europe/Berlin';

const T = {
  outlook: 'Die Flut bändigen', // Thu 07.10. 15:00–16:30, online, PE, Zeller, Outlook / e-mail, free
  dsgvo: 'Datenschutz im Rathaus: DSGVO für die Gemeindeverwaltung', // Fri 08.10. 08:30–12:00, Rathaus Immenstadt, BVS, Schöll, 145 €
  excel: 'Excel für Einsteiger: Tabellen, Formeln und Filter', // Mon 11.10. 09:00–12:00, online, vhs, Waibel, 89 € (Dienststelle pays)
  ki: 'Schreibhilfe mit Köpfchen', // Tue 12.10. 13:30–16:00, hybrid (Landratsamt), PE, Wechs, AI / ChatGPT / Copilot, free
  english: 'Grüß Gott and Welcome: English for the Front Desk', // Wed 13.10. 17:30–20:00, Rathaus Oberstdorf, vhs, MacLeod, 75 €, deadline Fri 08.10. 12:00, in English
  winter: 'Winterdienst sicher organisieren: Räum- und Streupflicht für Bauhöfe', // Thu 14.10. 07:00–11:00, Bauhof Sonthofen, KUVB, Kiefer, free
  sitzung: 'Gemeinderat und Ausschüsse: Sitzungsdienst nach der Gemeindeordnung', // Tue 19.10. 09:00–16:00, Rathaus Dietmannsried, BVS, Dr. Rädler, 210 €, deadline passed Tue 05.10. 23:59
  deeskalation: 'Die Ruhe am Schalter', // Thu 21.10. 09:00–15:00, Rathaus Immenstadt, KUVB, Heel, de-escalation, free, 14 seats
  ersteHilfe: 'Erste Hilfe: Aus- und Fortbildung für betriebliche Ersthelfer', // Tue 26.10. 08:00–16:00, Kurhaus Fiskina Fischen, KUVB, Kiefer, free (KUVB pays)
  stress: 'Kraft tanken im Büroalltag', // Thu 28.10. 14:00–15:30, online, KUVB, Heel, stress / resilience, free
  tvoed: 'Eingruppierung nach TVöD: Grundlagen für Personalstellen', // Wed 03.11. 09:00–16:00, Landratsamt, BVS, Haggenmüller, 230 €
  ozg: 'BayernPortal und Onlinedienste: das OZG in der Gemeinde', // Thu 04.11. 10:00–11:30, online, AKDB, Kiechle, free
  eakte: 'Weg vom Aktenberg', // Tue 09.11. 09:00–12:00, Rathaus Sonthofen, AKDB, Kiechle, e-file, only Sonthofen/Immenstadt/Blaichach, free
  fuehrung: 'Neu in der Verantwortung', // Tue 16.11. and Tue 30.11. 09:00–16:30, Landratsamt, BVS, Dr. Berktold, 480 €, new managers
  vergabe: 'Vergaberecht kompakt: UVgO und VOB/A für Gemeinden', // Thu 18.11. 09:00–16:00, Landratsamt, BVS, Dr. Rädler, 250 €, deadline Fri 29.10. 23:59
  barrierefrei: 'Für alle lesbar', // Mon 22.11. 13:00–16:00, online, vhs, Waibel, accessible PDFs and websites, 49 €
  bescheid: 'Bescheide, die halten', // Wed 24.11. 09:00–16:00, Rathaus Oy-Mittelberg, BVS, Dr. Rädler, BayVwVfG, 210 €
  melde: 'Melderecht aktuell: OK.EWO in der Praxis', // Thu 25.11. 09:00–12:00, online, AKDB, Blanz, 95 €
  phishing: 'Klick mit Folgen', // Wed 01.12. 09:00–11:00, hybrid (Landratsamt), PE, Wechs, phishing, free
  haushalt: 'Der Gemeindehaushalt: Haushaltsplan, Nachtrag und Jahresrechnung', // Tue 07.12. 09:00–15:00, Rathaus Dietmannsried, BVS, Haggenmüller, 195 €, Kameralistik
  kurbeitrag: 'Kurbeitrag und Fremdenverkehrsbeitrag erheben', // Tue 14.12. 09:00–16:00, Rathaus Oberstdorf, BVS, Schöll, 180 €
  ladung: 'Ladungssicherung für Bauhof-Fahrzeuge', // Wed 15.12. 07:30–12:00, Bauhof Sonthofen, KUVB, Kiefer, free
  social: 'Social Media für Gemeinden: Instagram, Facebook und WhatsApp-Kanal', // draft (Tue 23.11.)
  trauung: 'Trauungen an besonderen Orten: Eheschließung außerhalb des Standesamts', // draft (Wed 08.12.)
  spielplatz: 'Spielplätze sicher prüfen: Sichtkontrolle nach DIN EN 1176', // cancelled (Wed 20.10.2027)
  serienbrief: 'Serienbriefe und Vorlagen in Word', // cancelled (Tue 23.11.2027)
  brandschutz: 'Brandschutzhelfer-Ausbildung', // past (Tue 5 October 2027, this week)
  grundsteuer: 'Grundsteuer in Bayern: Flächenmodell und Bescheide', // past (Tue 21 September 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.social, T.trauung, T.spielplatz, T.serienbrief, T.brandschutz, T.grundsteuer];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'today', q: 'is there anything this afternoon?', locale: 'en', kind: 'list', titles: [T.outlook] },
  {
    conv: 'today',
    q: 'how long does it take',
    locale: 'en',
    kind: 'facts',
    titles: [T.outlook],
    says: ['lasts 1.5 hours, from 15:00 to 16:30'],
  },
  { conv: 'dsgvo', q: 'gibts ne DSGVO schulung?', kind: 'list', titles: [T.dsgvo] },
  {
    conv: 'dsgvo',
    q: 'wo genau?',
    kind: 'facts',
    titles: [T.dsgvo],
    says: ['im Rathaus Immenstadt, Marienplatz 3, 87509 Immenstadt'],
  },
  { conv: 'dsgvo', q: 'und was kostet der spaß', kind: 'facts', titles: [T.dsgvo], says: ['kostet 145 €'] },
  { conv: 'ai', q: 'anything on AI tools like Copilot?', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    conv: 'ai',
    q: 'when does it start',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['starts on Tue, 12 Oct 2027 at 13:30'],
  },
  {
    conv: 'ai',
    q: 'kann ich da auch online teilnehmen?',
    kind: 'facts',
    titles: [T.ki],
    says: ['findet hybrid statt'],
  },
  {
    conv: 'english',
    q: 'Is there an english course for the front desk?',
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  {
    conv: 'english',
    q: 'registration deadline?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['until Fri, 8 Oct 2027, 12:00'],
  },
  {
    conv: 'english',
    q: 'who teaches it',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['is led by Ms Fiona MacLeod'],
  },
  { conv: 'winter', q: 'winterdiesnt', kind: 'list', titles: [T.winter] },
  {
    conv: 'winter',
    q: 'wann gehts los?',
    kind: 'facts',
    titles: [T.winter],
    says: ['beginnt am Do., 14.10.2027 um 07:00 Uhr'],
  },
  {
    conv: 'sitzung',
    q: 'training on Sitzungsdienst for the Gemeinderat?',
    locale: 'en',
    kind: 'list',
    titles: [T.sitzung],
  },
  {
    conv: 'sitzung',
    q: 'can I still register?',
    locale: 'en',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['passed on Tue, 5 Oct 2027, 23:59'],
  },
  {
    conv: 'lead',
    q: 'I just became a team leader, any seminar for me?',
    locale: 'en',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'lead',
    q: 'when exactly',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['on 2 days', 'Tue, 16 Nov 2027 and Tue, 30 Nov 2027', 'each from 09:00 to 16:30'],
  },
  { conv: 'eakte', q: 'E-Akte einführung', kind: 'list', titles: [T.eakte] },
  {
    conv: 'eakte',
    q: 'where is it held',
    locale: 'en',
    kind: 'facts',
    titles: [T.eakte],
    says: ['takes place at Rathaus Sonthofen, Rathausplatz 1, 87527 Sonthofen'],
  },
  { conv: 'ersthilfe', q: 'ersthelfer ausbildung', kind: 'list', titles: [T.ersteHilfe] },
  {
    conv: 'ersthilfe',
    q: 'kostet das was?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die KUVB für ihre Mitgliedsverwaltungen.'],
  },
  {
    conv: 'ersthilfe',
    q: 'and where?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['takes place at Kurhaus Fiskina, Am Anger 15, 87538 Fischen'],
  },
  // --- facts -----------------------------------------------------------------------------------------------------------
  {
    q: 'how much is the excel course',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['costs €89'],
    mentions: ['Die Gebühr trägt die entsendende Dienststelle.'],
  },
  {
    q: 'wann is der tvöd kurs',
    kind: 'facts',
    titles: [T.tvoed],
    says: ['am Mi., 03.11.2027 von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'who runs the OZG sesion?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ozg],
    says: ['is led by Herr Stefan Kiechle'],
  },
  {
    q: 'wie lange dauert das OZG webinar',
    kind: 'facts',
    titles: [T.ozg],
    says: ['dauert 1,5 Stunden, von 10:00 bis 11:30 Uhr'],
  },
  {
    q: 'any seats left in the deeskalation training?',
    locale: 'en',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['has 14 of 14 seats left'],
  },
  {
    q: 'melderecht seminar, when is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.melde],
    says: ['on Thu, 25 Nov 2027 from 09:00 to 12:00'],
  },
  {
    q: 'is the phishing training in person or online',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['is hybrid: at Landratsamt Oberallgäu, Oberallgäuer Platz 2, 87527 Sonthofen or online'],
  },
  {
    q: 'what does the Kurbeitrag seminar cost',
    locale: 'en',
    kind: 'facts',
    titles: [T.kurbeitrag],
    says: ['costs €180'],
  },
  {
    q: 'wer leitet das BayVwVfG seminar',
    kind: 'facts',
    titles: [T.bescheid],
    says: ['leitet Herr Dr. Thomas Rädler'],
  },
  {
    q: 'what time does the Ladungssicherung start',
    locale: 'en',
    kind: 'facts',
    titles: [T.ladung],
    says: ['starts on Wed, 15 Dec 2027 at 07:30'],
  },
  // --- topic searches: typos, words only in summary or description, synonyms, acronyms -------------------------------
  { q: 'phising schulung', kind: 'list', titles: [T.phishing] },
  { q: 'accessible PDFs', locale: 'en', kind: 'list', titles: [T.barrierefrei] },
  { q: 'umgang mit aggresiven bürgern', kind: 'list', titles: [T.deeskalation] },
  { q: 'resilience training', locale: 'en', kind: 'list', titles: [T.stress] },
  { q: 'anhörung ermessen begründung', kind: 'list', titles: [T.bescheid] },
  { q: 'KI kurs mit chatgpt', kind: 'list', titles: [T.ki] },
  { q: 'kameralistik', kind: 'list', titles: [T.haushalt] },
  { q: 'CPR and defibrillator', locale: 'en', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'GDPR training', locale: 'en', kind: 'list', titles: [T.dsgvo] },
  { q: 'vergaberecth', kind: 'list', titles: [T.vergabe] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, length, cost, language ---------------
  { q: 'was läuft diese woche noch', kind: 'list', titles: [T.outlook, T.dsgvo] },
  { q: 'next week, mornings only', locale: 'en', kind: 'list', titles: [T.excel, T.winter] },
  { q: 'was ist morgen', kind: 'list', titles: [T.dsgvo] },
  {
    q: 'any online seminars next month?',
    locale: 'en',
    kind: 'list',
    titles: [T.ozg, T.barrierefrei, T.melde],
  },
  { q: 'was gibts im dezember', kind: 'list', titles: [T.phishing, T.haushalt, T.kurbeitrag, T.ladung] },
  { q: 'seminare in oberstdorf', kind: 'list', ...only(T.english, T.kurbeitrag) },
  { q: 'courses by Dr. Rädler', locale: 'en', kind: 'list', ...only(T.sitzung, T.vergabe, T.bescheid) },
  {
    q: 'was bietet die KUVB im oktober an',
    kind: 'list',
    titles: [T.winter, T.deeskalation, T.ersteHilfe, T.stress],
  },
  { q: 'short sessions under 2 hours', locale: 'en', kind: 'list', ...only(T.outlook, T.stress, T.ozg) },
  { q: 'kurse zwischen 50 und 100 euro', kind: 'list', ...only(T.excel, T.english, T.melde) },
  { q: 'anything for the Bauhof guys?', locale: 'en', kind: 'list', ...only(T.winter, T.ladung) },
  { q: 'mehrtägige seminare', kind: 'list', titles: [T.fuehrung] },
  { q: 'gibt es was auf englisch', kind: 'list', titles: [T.english] },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'spielplatzkontrolle', kind: 'gone', gone: T.spielplatz },
  { q: 'wann ist der serienbrief kurs', kind: 'gone', gone: T.serienbrief },
  {
    q: 'when was the grundsteuer seminar',
    locale: 'en',
    kind: 'gone',
    gone: T.grundsteuer,
    says: ['Tue, 21 Sep 2027'],
  },
  { q: 'wann war die brandschutzhelfer schulung', kind: 'gone', gone: T.brandschutz, says: ['Di., 05.10.2027'] },
  { q: 'social media training', locale: 'en', kind: 'none' },
  { q: 'trauung außerhalb vom standesamt', kind: 'none' },
  { q: 'Servus!', kind: 'help' },
  { q: 'hello, what can you do?', locale: 'en', kind: 'help' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-seventy-ninth, independent catalogue (Landkreis Oberallgäu, BVS, KUVB, AKDB)',
  {
    fixture: 'heldout279-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
