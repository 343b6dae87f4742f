// Over-fitting check, two-hundred-and-sixty-fourth catalogue: the 2027/28 programme for the Landkreis Sächsische
// Schweiz-Osterzgebirge (Saxony) and its towns (Pirna, Freital, Dippoldiswalde, Sebnitz, Heidenau, Bad Schandau,
// Altenberg, Königstein), with the Sächsisches Kommunales Studieninstitut Dresden (SKSD), the Landratsamt's Referat IT,
// Personalentwicklung and Referat Brand- und Katastrophenschutz, the Sächsische Anstalt für kommunale
// Datenverarbeitung (SAKD), the Unfallkasse Sachsen and the Volkshochschule Sächsische Schweiz-Osterzgebirge (VHS),
// imported from a JSON file. Seminars take place in the Landratsamt in Pirna and in Dippoldiswalde, the SKSD-
// Seminarzentrum in Dresden, the town halls of Freital, Heidenau, Sebnitz, Bad Schandau and Altenberg, the VHS-Häuser
// in Pirna and Freital, the Bauhof Altenberg, online or hybrid. Several titles do not name their subject ("Nicht jeder
// Anhang ist ein Geschenk" is phishing, "Wenn der Akku leer ist" stress and burn-out, "Schreiben mit digitaler
// Assistenz" generative AI, "Adieu, Aktenschrank" the e-file, "Antrag per Mausklick" the OZG, "Wenn die Elbe steigt"
// flood protection, "Den Hut aufsetzen" new managers, "Ruhig bleiben, wenn's laut wird" de-escalation, "Schreiben, das
// ankommt" plain official language, "Wenn's im Team knirscht" conflict management, "Mehr Luft im Kalender" time
// management), so only summary, description or topics reveal it; one seminar is held in English; the Czech course runs
// on four Monday evenings; the leadership course runs on two days across the start of summer time (Sun 26.03.2028); the
// e-file course is open only to Sebnitz, Bad Schandau and Königstein; first aid is free, paid by the Unfallkasse.
// Questions are written the way a mixed, half-English acceptance-tester run would try the bot (international
// colleagues, English questions about German-titled seminars, typos, acronyms, languages mixed in one question),
// without looking at the parser or the answers.
//
// Calendar around `now` (Tuesday 30 November 2027, 15:30 in Pirna, winter time; summer time begins Sun 26.03.2028):
//   this week:  nothing more today; Wed 01.12. 09:00–11:30 phishing (online), Thu 02.12. 13:00–15:30 data protection
//               (hybrid, Landratsamt Pirna)
//   next week:  Mon 06.12. 09:00–12:30 Excel (online, 85 €), Tue 07.12. 13:30–16:00 stress (online), the cancelled
//               chainsaw course (Wed 08.12.), Thu 09.12. 09:00–12:30 TVöD (Rathaus Freital; deadline passed Fri
//               26.11. 23:59)
//   December:   also Tue 14.12. 14:00–16:30 AI (hybrid, Rathaus Heidenau); nothing else
//   January:    Tue 11. Doppik (SKSD Dresden, 230 €), Wed 12. Teams (online, 10:00–11:30), Wed 19. e-file (Rathaus
//               Sebnitz, members only), Thu 20. first aid (Rathaus Sebnitz, 08:30–16:00); the cancelled winter-service
//               course on Thu 13.01., the draft social-media course on Thu 20.01.
//   February:   Wed 02. OZG (online), Mon 07./14./21./28. Czech (Rathaus Bad Schandau, 17:30–19:00), Thu 17. English
//               (VHS Pirna; deadline Thu 03.02. 23:59)
//   March:      Tue 07. procurement (SKSD; deadline Fri 18.02. 12:00), Wed 15. flood protection (Landratsamt Pirna),
//               Thu 23.03. (CET) and Thu 30.03. (CEST) leadership (SKSD, 480 €)
//   April:      Tue 04. de-escalation (Rathaus Heidenau), Tue 18. playgrounds (Bauhof Altenberg, 07:30–14:30), Wed 26.
//               plain language (VHS Freital); the draft accessible-PDF course on Wed 12.04.
//   May:        Wed 10. team conflicts (Landratsamt Dippoldiswalde), Tue 16. council meetings (Rathaus Altenberg;
//               deadline Fri 28.04. 23:59)
//   June:       Thu 08. time management (online, 59 €)
//   past:       Tue 12.10.2027 Kommunalabgaben (SKSD), Wed 17.11.2027 Windows 11 (online).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-11-30T14:30:00Z'); // Tuesday, 30 November 2027, 15:30 in Pirna (CET)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Nicht jeder Anhang ist ein Geschenk', // Wed 01.12. 09:00–11:30, online, Referat IT, Richter, information security, free
  datenschutz: 'Datenschutz im Amt: Auskunftsrechte, Löschfristen und Datenpannen', // Thu 02.12. 13:00–15:30, hybrid (Landratsamt Pirna), PE, Hennig, DSGVO, free
  excel: 'Formeln, Filter, Pivot: Excel im Verwaltungsalltag', // Mon 06.12. 09:00–12:30, online, VHS, Förster, 85 € (Dienststelle pays)
  stress: 'Wenn der Akku leer ist', // Tue 07.12. 13:30–16:00, online, Unfallkasse, Seidel, stress / burn-out, free
  tvoed: 'Eingruppierung nach TVöD: Tätigkeitsmerkmale sicher bewerten', // Thu 09.12. 09:00–12:30, Rathaus Freital, SKSD, Schubert, 195 €, deadline passed Fri 26.11. 23:59
  ki: 'Schreiben mit digitaler Assistenz', // Tue 14.12. 14:00–16:30, hybrid (Rathaus Heidenau), SAKD, Dr. Baumgart, generative AI / ChatGPT, free
  ersteHilfe: 'Erste Hilfe in der Dienststelle: Fortbildung für Ersthelfende', // Thu 20.01.2028 08:30–16:00, Rathaus Sebnitz, Unfallkasse, Krause, free (Unfallkasse pays)
  teams: 'Kanäle, Chats, Dateien: Microsoft Teams im Arbeitsalltag', // Wed 12.01.2028 10:00–11:30, online, Referat IT, Richter, free
  doppik: 'Der doppische Jahresabschluss nach SächsKomHVO', // Tue 11.01.2028 09:00–16:00, SKSD-Seminarzentrum Dresden, SKSD, Dr. Bräuer, 230 €
  eakte: 'Adieu, Aktenschrank', // Wed 19.01.2028 09:00–12:00, Rathaus Sebnitz, SAKD, Wendt, e-file, only Sebnitz/Bad Schandau/Königstein, free
  ozg: 'Antrag per Mausklick', // Wed 02.02.2028 13:00–16:00, online, SAKD, Engert, OZG / Amt24, free
  tschechisch: 'Sousedé – Nachbarn: Tschechisch für den Grenzalltag', // Mon 07./14./21./28.02.2028 17:30–19:00, Rathaus Bad Schandau, VHS, Nováková, 120 €, 14 seats
  english: 'Welcome to Saxon Switzerland: English at the Front Desk', // Thu 17.02.2028 09:00–12:30, VHS-Haus Pirna, VHS, Whitfield, 95 €, deadline Thu 03.02. 23:59
  vergabe: 'Öffentliche Aufträge nach dem Sächsischen Vergabegesetz', // Tue 07.03.2028 09:00–16:00, SKSD-Seminarzentrum, SKSD, Dr. Kaden, 245 €, deadline Fri 18.02. 12:00
  hochwasser: 'Wenn die Elbe steigt', // Wed 15.03.2028 09:00–15:00, Landratsamt Pirna, Katastrophenschutz, Hantzsch, flood protection, free
  fuehrung: 'Den Hut aufsetzen', // Thu 23.03. (CET) and Thu 30.03.2028 (CEST) 09:00–16:00, SKSD-Seminarzentrum, SKSD, Dr. Lorenz, 480 €, new managers
  deeskalation: "Ruhig bleiben, wenn's laut wird", // Tue 04.04.2028 09:00–15:00, Rathaus Heidenau, Unfallkasse, Seidel, free, 14 seats
  spielplatz: 'Sichere Spielplätze: Routinekontrolle nach DIN EN 1176', // Tue 18.04.2028 07:30–14:30, Bauhof Altenberg, SKSD, Pfützner, 165 €, for Bauhöfe
  sprache: 'Schreiben, das ankommt', // Wed 26.04.2028 09:00–16:00, VHS-Haus Freital, VHS, Dr. Lindner, 140 €, plain official language
  konflikt: "Wenn's im Team knirscht", // Wed 10.05.2028 09:00–16:00, Landratsamt Dippoldiswalde, PE, Vogel, conflict management, free
  sitzung: 'Gemeinderatssitzungen nach SächsGemO: Ladung, Beschluss, Niederschrift', // Tue 16.05.2028 09:00–15:30, Rathaus Altenberg, SKSD, Dr. Kaden, 185 €, deadline Fri 28.04. 23:59
  zeit: 'Mehr Luft im Kalender', // Thu 08.06.2028 09:00–12:00, online, VHS, Förster, 59 €, time management / Outlook
  pdf: 'Barrierefreie PDF-Dokumente erstellen', // draft (Wed 12.04.2028)
  socialMedia: 'Social Media für Gemeinden: Instagram, Facebook & Co.', // draft (Thu 20.01.2028)
  motorsaege: 'Motorsägenführerschein Modul A für Bauhöfe', // cancelled (Wed 08.12.2027)
  winterdienst: 'Winterdienst: Räum- und Streupflicht der Gemeinden', // cancelled (Thu 13.01.2028)
  abgaben: 'Kommunalabgaben in Sachsen: Beiträge und Gebühren rechtssicher erheben', // past (Tue 12 October 2027)
  windows: 'Umstieg auf Windows 11', // past (Wed 17 November 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.pdf, T.socialMedia, T.motorsaege, T.winterdienst, T.abgaben, T.windows];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'phish', q: 'is there a training on phishing?', locale: 'en', kind: 'list', titles: [T.phishing] },
  {
    conv: 'phish',
    q: 'when is it',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['on Wed, 1 Dec 2027 from 09:00 to 11:30'],
  },
  {
    conv: 'phish',
    q: 'is it online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['takes place online'],
  },
  { conv: 'akku', q: 'gibt es was gegen stress im job', kind: 'list', titles: [T.stress] },
  { conv: 'akku', q: 'wer leitet das?', kind: 'facts', titles: [T.stress], says: ['leitet Frau Ulrike Seidel'] },
  { conv: 'akku', q: 'kostet das was', kind: 'facts', titles: [T.stress], says: ['ist kostenlos'] },
  { conv: 'tvoed', q: 'TVöD eingruppierung seminar', kind: 'list', titles: [T.tvoed] },
  {
    conv: 'tvoed',
    q: 'bis wann kann man sich anmelden?',
    kind: 'facts',
    titles: [T.tvoed],
    says: ['ist am Fr., 26.11.2027, 23:59 Uhr abgelaufen'],
  },
  { conv: 'tvoed', q: 'wo ist das', kind: 'facts', titles: [T.tvoed], says: ['im Rathaus Freital'] },
  { conv: 'ai', q: 'gibt es ein training on AI?', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    conv: 'ai',
    q: 'where does it take place',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: [/takes place at Rathaus Heidenau.* or online/],
  },
  {
    conv: 'ai',
    q: 'how long?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['lasts 2.5 hours, from 14:00 to 16:30'],
  },
  { conv: 'doppik', q: 'jahresabschluss doppik', kind: 'list', titles: [T.doppik] },
  { conv: 'doppik', q: 'was kostet der kurs', kind: 'facts', titles: [T.doppik], says: ['kostet 230 €'] },
  { conv: 'lead', q: 'anything for newly appointed managers?', locale: 'en', kind: 'list', titles: [T.fuehrung] },
  {
    conv: 'lead',
    q: 'when exactly?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['on 2 days', 'Thu, 23 Mar 2028 and Thu, 30 Mar 2028', 'each from 09:00 to 16:00'],
  },
  {
    conv: 'lead',
    q: 'how much does it cost',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['costs €480'],
  },
  { conv: 'cz', q: 'tschechisch kurs', kind: 'list', titles: [T.tschechisch] },
  {
    conv: 'cz',
    q: 'wann?',
    kind: 'facts',
    titles: [T.tschechisch],
    says: [
      'an 4 Tagen',
      'Mo., 07.02.2028, Mo., 14.02.2028, Mo., 21.02.2028 und Mo., 28.02.2028',
      'jeweils von 17:30 bis 19:00 Uhr',
    ],
  },
  // --- facts -----------------------------------------------------------------------------------------------------------
  {
    q: 'was kostet der excel kurs',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 85 €'],
    mentions: ['Die Gebühr trägt die entsendende Dienststelle.'],
  },
  { q: 'how much is the english course', locale: 'en', kind: 'facts', titles: [T.english], says: ['costs €95'] },
  {
    q: 'wann is der erste hilfe kurs',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['am Do., 20.01.2028 von 08:30 bis 16:00 Uhr'],
  },
  {
    q: 'how long is the teams training',
    locale: 'en',
    kind: 'facts',
    titles: [T.teams],
    says: ['lasts 1.5 hours, from 10:00 to 11:30'],
  },
  {
    q: 'what time does the playground inspection course start',
    locale: 'en',
    kind: 'facts',
    titles: [T.spielplatz],
    says: ['starts on Tue, 18 Apr 2028 at 07:30'],
  },
  {
    q: 'is the dsgvo seminar online or in person?',
    locale: 'en',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['is hybrid', 'Landratsamt Sächsische Schweiz-Osterzgebirge', 'or online'],
  },
  {
    q: 'registration deadline for the english class',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['until Thu, 3 Feb 2028, 23:59'],
  },
  {
    q: 'free seats in the deescalation training?',
    locale: 'en',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['has 14 of 14 seats left'],
  },
  {
    q: 'wo findet der sitzungsdienst kurs statt',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['im Rathaus Altenberg'],
  },
  // --- topic searches: typos, words only in summary or description, synonyms, acronyms -------------------------------
  { q: 'exel kurs', kind: 'list', titles: [T.excel] },
  { q: 'GDPR training', locale: 'en', kind: 'list', titles: [T.datenschutz] },
  { q: 'e akte einführung', kind: 'list', titles: [T.eakte] },
  { q: 'anything on the OZG?', locale: 'en', kind: 'list', titles: [T.ozg] },
  { q: 'chatgpt in der verwaltung', kind: 'list', titles: [T.ki] },
  { q: 'amtsdeutsch verständlich formulieren', kind: 'list', titles: [T.sprache] },
  { q: 'aggressive citizens at the counter', locale: 'en', kind: 'list', titles: [T.deeskalation] },
  { q: 'time managment', locale: 'en', kind: 'list', titles: [T.zeit] },
  { q: 'konflikte im team', kind: 'list', titles: [T.konflikt] },
  { q: 'gibt es ein training on burnout prevention?', locale: 'en', kind: 'list', titles: [T.stress] },
  { q: 'public procurement seminar', locale: 'en', kind: 'list', titles: [T.vergabe] },
  { q: 'flood protection training', locale: 'en', kind: 'list', titles: [T.hochwasser] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, length, cost, language ---------------
  { q: 'was ist diese woche noch', kind: 'list', titles: [T.phishing, T.datenschutz] },
  { q: "what's on next week?", locale: 'en', kind: 'list', titles: [T.excel, T.stress, T.tvoed] },
  { q: 'was läuft im januar', kind: 'list', titles: [T.doppik, T.teams, T.eakte, T.ersteHilfe] },
  { q: "what's on in may", locale: 'en', kind: 'list', titles: [T.konflikt, T.sitzung] },
  { q: 'nächsten monat nachmittags', kind: 'list', titles: [T.datenschutz, T.stress, T.ki] },
  { q: 'free courses in january', locale: 'en', kind: 'list', titles: [T.teams, T.eakte, T.ersteHilfe] },
  { q: 'was gibt es in heidenau', kind: 'list', ...only(T.ki, T.deeskalation) },
  { q: 'courses by Ulrike Seidel', locale: 'en', kind: 'list', ...only(T.stress, T.deeskalation) },
  { q: 'was bietet die unfallkasse an', kind: 'list', ...only(T.stress, T.ersteHilfe, T.deeskalation) },
  { q: 'mehrtägige kurse', kind: 'list', ...only(T.tschechisch, T.fuehrung) },
  { q: 'any seminars held in english?', locale: 'en', kind: 'list', titles: [T.english] },
  { q: 'gibt es auch kurse am abend', kind: 'list', titles: [T.tschechisch] },
  { q: 'was gibt es für den bauhof', kind: 'list', titles: [T.spielplatz] },
  { q: 'was findet in pirna statt', kind: 'list', ...only(T.datenschutz, T.english, T.hochwasser) },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'wann ist der motorsägen lehrgang', kind: 'gone', gone: T.motorsaege },
  { q: 'is the Winterdienst course still on?', locale: 'en', kind: 'gone', gone: T.winterdienst },
  { q: 'wann war das seminar zu kommunalabgaben', kind: 'gone', gone: T.abgaben, says: ['Di., 12.10.2027'] },
  { q: 'windows 11 training', locale: 'en', kind: 'gone', gone: T.windows, says: ['Wed, 17 Nov 2027'] },
  { q: 'barrierefreie pdf erstellen', kind: 'none' },
  { q: 'social media training', locale: 'en', kind: 'none' },
  { q: 'forklift license', locale: 'en', kind: 'none' },
  { q: 'Hallo zusammen', kind: 'help' },
  { q: 'hi there', locale: 'en', kind: 'help' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-sixty-fourth, independent catalogue (Landkreis Sächsische Schweiz-Osterzgebirge, SKSD, SAKD, Unfallkasse Sachsen)',
  {
    fixture: 'heldout264-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
