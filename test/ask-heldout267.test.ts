// Over-fitting check, two-hundred-and-sixty-seventh catalogue: the 2027 programme for the Landkreis Miesbach (Bavaria)
// and its towns and municipalities (Miesbach, Holzkirchen, Tegernsee, Bad Wiessee, Schliersee, Hausham, Otterfing,
// Rottach-Egern), with the Bayerische Verwaltungsschule (BVS), the Kommunale Unfallversicherung Bayern (KUVB), the AKDB,
// the Landratsamt's Personalentwicklung and the VHS Oberland, imported from a JSON file. Seminars take place in the
// Landratsamt Miesbach, the town halls of Holzkirchen, Tegernsee, Schliersee and Bad Wiessee, the Bauhof Hausham, the
// Seeforum Rottach-Egern, the VHS Oberland in Miesbach and Holzkirchen, online or hybrid. Several titles do not name
// their subject ("Klick mit Folgen" is phishing, "Tabellen ohne Tränen" Excel, "Den Akku wieder aufladen" stress,
// "Rot-weiß gestreift" securing road works for the Bauhof, "Wenn es am Schalter laut wird" de-escalation, "Briefe wie
// aus einem Guss" Word and mail merge, "Griaß di und servus!" Bavarian dialect for newcomers, "Gut sitzen, besser
// arbeiten" ergonomics, "Vom Antrag bis zum Bescheid – digital" the OZG, "Gemeinsam statt per Mail" Teams/SharePoint,
// "Abschied vom Aktenschrank" the e-file, "Schreiben, die ankommen" plain language, "Plötzlich Chefin, plötzlich
// Chef" leadership), so only summary, description or topics reveal it; one seminar is held in English; the leadership
// course runs on two days; the e-file course is open only to Holzkirchen, Otterfing and Hausham; first aid is free,
// paid by the KUVB; the dialect evening is the only one after work. Whit Monday (17.05.) and Corpus Christi (27.05.)
// are holidays in Bavaria: nothing takes place on them.
// Questions are written the way English-speaking staff (international colleagues, expat employees, an English-speaking
// tester) would ask, often with a short story of their situation, about German-titled seminars; about a quarter in
// German; with short follow-up conversations; without looking at the parser or the answers.
//
// Calendar around `now` (Thursday 13 May 2027, 14:00 in Miesbach, summer time):
//   this week:  nothing more today; Fri 14.05. 09:00–11:30 phishing (online, tomorrow)
//   next week:  Mon 17.05. Whit Monday (nothing); Tue 18.05. 09:00–12:30 English (Landratsamt; deadline passed Fri
//               07.05. 23:59), Wed 19.05. 13:00–16:00 Excel (online), Thu 20.05. 09:00–12:00 data protection (hybrid,
//               Landratsamt), Fri 21.05. 13:30–15:30 stress (online)
//   week after: Tue 25.05. 08:30–16:30 first aid (Rathaus Holzkirchen), Wed 26.05. 07:30–12:00 road works (Bauhof
//               Hausham); Thu 27.05. Corpus Christi (nothing)
//   June:       Tue 01. PowerPoint (cancelled), Thu 03. AI (hybrid, Rathaus Tegernsee, free, 14:00–16:30), Tue 08.
//               procurement (Landratsamt; deadline Fri 28.05. 12:00), Wed 09. German for international staff (online,
//               13:00–16:30), Wed 16. de-escalation (Schliersee, free), Tue 22. Word (online), Wed 23. playground
//               inspection (cancelled), Tue 29. dialect evening 18:30–20:30 (VHS Miesbach), Wed 30. budget law
//               (Landratsamt)
//   July:       Thu 08. ergonomics (online, free, 14:00–15:30), Tue 13. council meetings (Rathaus Bad Wiessee; deadline
//               Fri 25.06. 23:59), Wed 21. OZG (online, free, 10:00–12:00)
//   August:     Thu 05. Teams/SharePoint (online, 10:00–11:30), Thu 12. e-file (Holzkirchen, members only)
//   September:  Wed 01. induction day for trainees (Landratsamt, 08:30–15:30), Tue 14. plain language (VHS
//               Holzkirchen); the draft barrier-free PDF course on Thu 16.09.
//   October:    Thu 14. and Fri 15. leadership (Seeforum Rottach-Egern, 09:00–16:30, 520 €); the draft flood-protection
//               course on Tue 19.10.
//   past:       Tue 20.04.2027 travel expenses (online), Wed 05.05.2027 evacuation helpers (Rathaus Miesbach).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-05-13T12:00:00Z'); // Thursday, 13 May 2027, 14:00 in Miesbach (CEST)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Klick mit Folgen', // Fri 14.05. 09:00–11:30, online, PE, Huber, information security / phishing, free
  english: 'Small Talk and Service: English at the Front Desk', // Tue 18.05. 09:00–12:30, Landratsamt, VHS, Murray, 89 €, in English, deadline passed Fri 07.05. 23:59
  excel: 'Tabellen ohne Tränen', // Wed 19.05. 13:00–16:00, online, VHS, Brandl, 69 € (Dienststelle pays), Excel
  datenschutz: 'Datenschutz im Einwohnermeldeamt: Auskunftssperren und Melderegister', // Thu 20.05. 09:00–12:00, hybrid (Landratsamt), BVS, Dr. Wimmer, 120 €
  stress: 'Den Akku wieder aufladen', // Fri 21.05. 13:30–15:30, online, KUVB, Gschwendtner, stress / resilience, free
  ersteHilfe: 'Erste Hilfe im Betrieb: Aus- und Fortbildung für Ersthelfende', // Tue 25.05. 08:30–16:30, Rathaus Holzkirchen, KUVB, Stadler, free (KUVB pays)
  baustelle: 'Rot-weiß gestreift', // Wed 26.05. 07:30–12:00, Bauhof Hausham, KUVB, Obermaier, securing road works (RSA 21), free
  ki: 'Mit KI im Amt: Chancen, Grenzen, Regeln', // Thu 03.06. 14:00–16:30, hybrid (Rathaus Tegernsee), AKDB, Lechner, AI, free
  vergabe: 'Vergaberecht kompakt: Aufträge unterhalb der EU-Schwellenwerte', // Tue 08.06. 09:00–16:00, Landratsamt, BVS, Dr. Reiter, 230 €, 20 seats, deadline Fri 28.05. 12:00
  deutsch: 'Deutsch im Amt: sicher schreiben und telefonieren', // Wed 09.06. 13:00–16:30, online, VHS, Nowak, 49 €, German for international staff
  deeskalation: 'Wenn es am Schalter laut wird', // Wed 16.06. 09:00–15:00, Rathaus Schliersee, KUVB, Gschwendtner, de-escalation, free, 14 seats
  word: 'Briefe wie aus einem Guss', // Tue 22.06. 09:00–12:00, online, VHS, Brandl, 59 €, Word templates and mail merge
  bairisch: 'Griaß di und servus!', // Tue 29.06. 18:30–20:30, VHS Oberland Miesbach, Hinterholzer, 35 €, Bavarian dialect
  haushalt: 'Kommunales Haushaltsrecht in Bayern', // Wed 30.06. 09:00–16:00, Landratsamt, BVS, Kirchmair, 210 €
  ergonomie: 'Gut sitzen, besser arbeiten', // Thu 08.07. 14:00–15:30, online, PE, Bichler, ergonomics, free
  sitzung: 'Sitzungsdienst nach der Bayerischen Gemeindeordnung', // Tue 13.07. 09:00–16:00, Rathaus Bad Wiessee, BVS, Dr. Reiter, 190 €, deadline Fri 25.06. 23:59
  ozg: 'Vom Antrag bis zum Bescheid – digital', // Wed 21.07. 10:00–12:00, online, AKDB, Lechner, OZG / BayernPortal, free
  teams: 'Gemeinsam statt per Mail', // Thu 05.08. 10:00–11:30, online, PE, Huber, Microsoft Teams / SharePoint, free
  eakte: 'Abschied vom Aktenschrank', // Thu 12.08. 09:00–12:00, Rathaus Holzkirchen, AKDB, Lechner, e-file, only Holzkirchen/Otterfing/Hausham, free
  azubis: 'Gut ankommen: Einführungstag für Nachwuchskräfte', // Wed 01.09. 08:30–15:30, Landratsamt, PE, Sommer, free
  sprache: 'Schreiben, die ankommen', // Tue 14.09. 09:00–16:00, VHS Oberland Holzkirchen, Dr. Maier, 145 €, plain language
  fuehrung: 'Plötzlich Chefin, plötzlich Chef', // Thu 14.10. and Fri 15.10. 09:00–16:30, Seeforum Rottach-Egern, BVS, Dr. Lindner, 520 €, new managers
  pdf: 'Barrierefreie PDF-Dokumente erstellen', // draft (Thu 16.09.)
  hochwasser: 'Hochwasserschutz und Alarmplanung in der Gemeinde', // draft (Tue 19.10.)
  powerpoint: 'Überzeugend präsentieren mit PowerPoint', // cancelled (Tue 01.06.2027)
  spielplatz: 'Spielplätze sicher kontrollieren', // cancelled (Wed 23.06.2027)
  reisekosten: 'Dienstreisen richtig abrechnen', // past (Tue 20 April 2027)
  evakuierung: 'Räumung im Ernstfall: Ausbildung zur Evakuierungshelferin und zum Evakuierungshelfer', // past (Wed 5 May 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.pdf, T.hochwasser, T.powerpoint, T.spielplatz, T.reisekosten, T.evakuierung];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  {
    conv: 'phish',
    q: 'I just started at the town hall in Holzkirchen and my German is still basic. My boss says everyone has to do the phishing training - is there one?',
    locale: 'en',
    kind: 'list',
    titles: [T.phishing],
  },
  {
    conv: 'phish',
    q: 'when is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['takes place on Fri, 14 May 2027 from 09:00 to 11:30'],
  },
  {
    conv: 'phish',
    q: 'Do I have to go somewhere or is it online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['takes place online'],
  },
  {
    conv: 'english',
    q: 'Our front desk gets lots of tourists from abroad. Is there a course to brush up our English?',
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  {
    conv: 'english',
    q: 'is it too late to register?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 7 May 2027, 23:59'],
  },
  {
    conv: 'excel',
    q: 'My German is okay but spreadsheets scare me. Is there an Excel course?',
    locale: 'en',
    kind: 'list',
    titles: [T.excel],
  },
  {
    conv: 'excel',
    q: 'how much does it cost',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['costs €69'],
    mentions: ['Die Gebühr trägt die entsendende Dienststelle.'],
  },
  {
    conv: 'stress',
    q: "Honestly I'm exhausted, moving to Bavaria and the new job are a lot. Is there anything on stress?",
    locale: 'en',
    kind: 'list',
    titles: [T.stress],
  },
  {
    conv: 'stress',
    q: 'What time does it start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.stress],
    says: ['starts on Fri, 21 May 2027 at 13:30'],
  },
  { conv: 'vergabe', q: 'Gibt es was zum Vergaberecht?', kind: 'list', titles: [T.vergabe] },
  {
    conv: 'vergabe',
    q: 'bis wann muss ich mich anmelden?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Fr., 28.05.2027, 12:00 Uhr'],
  },
  {
    conv: 'vergabe',
    q: 'sind noch plätze frei',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['noch 20 von 20 Plätzen frei'],
  },
  {
    conv: 'deesk',
    q: "I work at the citizens' office in Schliersee and sometimes people shout at me at the counter. Is there training on how to calm people down?",
    locale: 'en',
    kind: 'list',
    titles: [T.deeskalation],
  },
  {
    conv: 'deesk',
    q: 'is it free?',
    locale: 'en',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['is free of charge'],
  },
  {
    conv: 'chef',
    q: 'I was just promoted to team leader. Is there something for new managers?',
    locale: 'en',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'chef',
    q: 'when exactly?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['on 2 days', 'Thu, 14 Oct 2027 and Fri, 15 Oct 2027', 'each from 09:00 to 16:30'],
  },
  {
    conv: 'chef',
    q: 'and where?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['takes place at Seeforum Rottach-Egern'],
  },
  {
    conv: 'bauhof',
    q: 'Ich bin neu im Bauhof. Gibt es eine Schulung zur Absicherung von Baustellen an der Straße?',
    kind: 'list',
    titles: [T.baustelle],
  },
  {
    conv: 'bauhof',
    q: 'wann fängt das an',
    kind: 'facts',
    titles: [T.baustelle],
    says: ['beginnt am Mi., 26.05.2027 um 07:30 Uhr'],
  },
  {
    conv: 'bauhof',
    q: 'und wo ist das?',
    kind: 'facts',
    titles: [T.baustelle],
    says: ['Bauhof der Gemeinde Hausham'],
  },
  {
    conv: 'azubi',
    q: 'We have two new apprentices starting in September. Is there an induction for them?',
    locale: 'en',
    kind: 'list',
    titles: [T.azubis],
  },
  {
    conv: 'azubi',
    q: 'How long does it take?',
    locale: 'en',
    kind: 'facts',
    titles: [T.azubis],
    says: ['lasts 7 hours, from 08:30 to 15:30'],
  },
  {
    conv: 'ozg',
    q: 'Our office wants to put its application forms online via the BayernPortal. Any course on that?',
    locale: 'en',
    kind: 'list',
    titles: [T.ozg],
  },
  {
    conv: 'ozg',
    q: 'who is the trainer',
    locale: 'en',
    kind: 'facts',
    titles: [T.ozg],
    says: ['is led by Herr Stefan Lechner'],
  },
  {
    conv: 'dialect',
    q: "Half the time I don't understand my colleagues because of the Bavarian dialect. Is there anything for that?",
    locale: 'en',
    kind: 'list',
    titles: [T.bairisch],
  },
  {
    conv: 'dialect',
    q: 'when is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.bairisch],
    says: ['takes place on Tue, 29 Jun 2027 from 18:30 to 20:30'],
  },
  // --- facts -----------------------------------------------------------------------------------------------------------
  { q: 'How much is the Word course?', locale: 'en', kind: 'facts', titles: [T.word], says: ['costs €59'] },
  {
    q: 'kostet der Erste-Hilfe-Kurs etwas?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die KUVB für ihre Mitglieder.'],
  },
  {
    q: 'Is the data protection seminar online or do I have to come in?',
    locale: 'en',
    kind: 'facts',
    titles: [T.datenschutz],
    says: [/is hybrid: at Landratsamt Miesbach.* or online/],
  },
  {
    q: "What's the registration deadline for the Sitzungsdienst course?",
    locale: 'en',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['until Fri, 25 Jun 2027, 23:59'],
  },
  {
    q: 'wie lange dauert das Seminar zum Haushaltsrecht?',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['dauert 7 Stunden, von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'who teaches the plain language workshop?',
    locale: 'en',
    kind: 'facts',
    titles: [T.sprache],
    says: ['is led by Frau Dr. Susanne Maier'],
  },
  {
    q: 'When is the AI seminar?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['takes place on Thu, 3 Jun 2027 from 14:00 to 16:30'],
  },
  // --- topic searches: typos, words only in summary or description, synonyms ------------------------------------------
  { q: 'excell training', locale: 'en', kind: 'list', titles: [T.excel] },
  { q: 'datenschtz', kind: 'list', titles: [T.datenschutz] },
  { q: 'artifical intelligence', locale: 'en', kind: 'list', titles: [T.ki] },
  { q: 'mail merge', locale: 'en', kind: 'list', titles: [T.word] },
  { q: 'how to share files in Teams and SharePoint', locale: 'en', kind: 'list', titles: [T.teams] },
  { q: 'Rückenschmerzen vom vielen Sitzen am Schreibtisch', kind: 'list', titles: [T.ergonomie] },
  {
    q: 'I need to improve my German for emails and phone calls at work',
    locale: 'en',
    kind: 'list',
    titles: [T.deutsch],
  },
  // --- filters: dates, time of day, format, place, provider, language, length, cost -----------------------------------
  { q: 'Anything left this week?', locale: 'en', kind: 'list', titles: [T.phishing] },
  {
    q: "What's on next week in the mornings?",
    locale: 'en',
    kind: 'list',
    titles: [T.english, T.datenschutz],
  },
  { q: 'nächste Woche nachmittags', kind: 'list', titles: [T.excel, T.stress] },
  { q: 'was ist übernächste Woche?', kind: 'list', titles: [T.ersteHilfe, T.baustelle] },
  { q: 'which online courses are there in July?', locale: 'en', kind: 'list', titles: [T.ergonomie, T.ozg] },
  { q: 'kostenlose Seminare im Juni', kind: 'list', titles: [T.ki, T.deeskalation] },
  { q: 'anything in September?', locale: 'en', kind: 'list', titles: [T.azubis, T.sprache] },
  { q: 'Is there anything in the evening, after work?', locale: 'en', kind: 'list', titles: [T.bairisch] },
  {
    q: 'What does the KUVB offer?',
    locale: 'en',
    kind: 'list',
    ...only(T.stress, T.ersteHilfe, T.baustelle, T.deeskalation),
  },
  { q: 'Are any of the seminars held in English?', locale: 'en', kind: 'list', titles: [T.english] },
  {
    q: 'I can only get away from my desk for a short time. Any sessions shorter than two hours?',
    locale: 'en',
    kind: 'list',
    ...only(T.ergonomie, T.teams),
  },
  { q: 'Which seminars run over several days?', locale: 'en', kind: 'list', titles: [T.fuehrung] },
  {
    q: 'which seminars cost more than 200 euros?',
    locale: 'en',
    kind: 'list',
    ...only(T.vergabe, T.haushalt, T.fuehrung),
  },
  { q: 'Was gibt es in Bad Wiessee?', kind: 'list', titles: [T.sitzung] },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'When is the PowerPoint course?', locale: 'en', kind: 'gone', gone: T.powerpoint },
  { q: 'Spielplatzkontrolle wann?', kind: 'gone', gone: T.spielplatz },
  {
    q: 'I missed the seminar on travel expenses, when was it?',
    locale: 'en',
    kind: 'gone',
    gone: T.reisekosten,
    says: ['Tue, 20 Apr 2027'],
  },
  {
    q: 'wann war die Ausbildung zum Evakuierungshelfer?',
    kind: 'gone',
    gone: T.evakuierung,
    says: ['Mi., 05.05.2027'],
  },
  { q: 'barrier-free PDF documents', locale: 'en', kind: 'none' },
  { q: 'Hochwasserschutz', kind: 'none' },
  { q: 'SAP training', locale: 'en', kind: 'none' },
  { q: 'hi there', locale: 'en', kind: 'help' },
  { q: 'Grüß Gott', kind: 'help' },
  { q: 'show my registrations', locale: 'en', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-sixty-seventh, independent catalogue (Landkreis Miesbach, BVS, KUVB, AKDB, VHS Oberland)',
  {
    fixture: 'heldout267-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
