// Over-fitting check, two-hundred-and-seventy-sixth catalogue: the 2027 programme for the Landkreis Pfaffenhofen a.d.Ilm
// (Bavaria) and its towns, markets and municipalities (Pfaffenhofen, Wolnzach, Geisenfeld, Vohburg a.d.Donau, Manching,
// Reichertshausen, Baar-Ebenhausen), with the Bayerische Verwaltungsschule (BVS), the Kommunale Unfallversicherung
// Bayern (KUVB), the AKDB, the Landratsamt's Personalentwicklung and Sachgebiet IT and the Volkshochschule Pfaffenhofen
// (VHS), imported from a JSON file. Seminars take place in the Landratsamt Pfaffenhofen, the Rathaus Pfaffenhofen, the
// Kreisbauhof Pfaffenhofen, the Volkshochschule Pfaffenhofen, the town halls of Wolnzach, Geisenfeld, Vohburg and
// Manching, online or hybrid. Several titles do not name their subject ("Klick mit Folgen" is phishing, "Kraftquellen
// im Arbeitsalltag" stress, "Ruhig bleiben, wenn es laut wird" de-escalation, "Ein Brief, hundert Empfänger" mail merge,
// "Gut ankommen" the induction day for new staff, "Verwaltung ohne Wartemarke" the OZG, "Frag die Maschine" AI,
// "Umstieg ohne Stolpern" the switch to OK.FIS, "Schreiben, das ankommt" plain language, "Die ersten hundert Tage"
// leadership, "Wenn der erste Schnee fällt" winter service), so only summary, description or topics reveal it; one
// seminar is held in English; the chainsaw course is the only one on two days; the OK.FIS course is open only to
// Manching, Baar-Ebenhausen and Reichertshausen; the council members' budget seminar is the only evening one; first aid
// is free, paid by the KUVB. No one has registered yet, so every seminar has all its seats free. Questions combine
// several filters at once (free + in person + place + month, online + next month + morning, one day + price + autumn,
// provider + month + free seats); autumn cases avoid the disputed weeks (1–22 September: only the 240 € procurement
// course, which no such filter lets through; nothing in December). About a fifth are in English.
//
// Calendar around `now` (Wednesday 23 June 2027, 15:00 in Pfaffenhofen, summer time; winter time begins Sun 31.10.2027):
//   this week:  nothing more today; Thu 24.06. 09:00–11:30 phishing (online), Fri 25.06. 13:00–15:30 data protection
//               (hybrid, Landratsamt)
//   next week:  Mon 28.06. 09:00–12:00 fee calculation (Rathaus Wolnzach; deadline passed Mon 21.06. 12:00), Tue 29.06.
//               13:30–16:00 stress (online), Thu 01.07. 09:00–12:30 de-escalation (Rathaus Geisenfeld, free); the
//               cancelled Outlook course on Fri 02.07.
//   July:       Tue 06. mail merge (online, 49 €, morning), Wed 07. Kameralistik (Landratsamt, 210 €), Thu 08. first aid
//               (Landratsamt, free), Tue 13. induction (Landratsamt, free), Tue 20. OZG (online, free, 13:30–15:00),
//               Wed 21. AI (online, free, 09:00–12:00), Thu 22. Bescheide (Rathaus Vohburg, 195 €, deadline Fri 09.07.
//               12:00); the cancelled playground-inspection course on Tue 06.07.
//   August:     Tue 03. OK.FIS (Rathaus Manching, members only), Wed 18. Sitzungsdienst (hybrid, Rathaus Wolnzach;
//               deadline Fri 30.07. 23:59)
//   September:  Wed 08. procurement (Landratsamt, 240 €), Mon 27. Excel (VHS, 89 €), Wed 29. plain language (VHS, 165 €)
//   October:    Mon 11./Tue 12. chainsaw (Kreisbauhof, free), Wed 13. English (Landratsamt, VHS, 95 €), Wed 20.
//               leadership (Landratsamt, 290 €), Thu 28. 18:00–21:00 budget for council members (Rathaus Pfaffenhofen,
//               65 €); the draft social-media course on Tue 19.10.
//   November:   Thu 04. 08:00–12:00 (CET) winter service (Kreisbauhof, free); the draft photovoltaics course on Tue 16.11.
//   past:       Thu 22.04.2027 load securing (Kreisbauhof), Tue 11.05.2027 XRechnung (online).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-06-23T13:00:00Z'); // Wednesday, 23 June 2027, 15:00 in Pfaffenhofen (CEST)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Klick mit Folgen', // Thu 24.06. 09:00–11:30, online, LRA IT, Huber, information security / phishing, free
  datenschutz: 'Datenschutz im Publikumsverkehr', // Fri 25.06. 13:00–15:30, hybrid (Landratsamt), PE, Lechner, free
  gebuehren: 'Gebühren richtig kalkulieren: Wasser und Abwasser nach dem KAG', // Mon 28.06. 09:00–12:00, Rathaus Wolnzach, BVS, Pichler, 160 €, deadline passed Mon 21.06. 12:00
  stress: 'Kraftquellen im Arbeitsalltag', // Tue 29.06. 13:30–16:00, online, KUVB, Maier, stress / resilience, free
  deeskalation: 'Ruhig bleiben, wenn es laut wird', // Thu 01.07. 09:00–12:30, Rathaus Geisenfeld, KUVB, Brandl, free, 14 seats
  serienbrief: 'Ein Brief, hundert Empfänger', // Tue 06.07. 09:00–12:00, online, VHS, Wagner, 49 €, mail merge in Word
  kameralistik: 'Grundlagen der Kameralistik: Haushaltsplan und Haushaltsvollzug', // Wed 07.07. 09:00–16:00, Landratsamt, BVS, Dr. Riedl, 210 €
  ersteHilfe: 'Erste Hilfe: Fortbildung für betriebliche Ersthelfer', // Thu 08.07. 08:30–16:30, Landratsamt, KUVB, Kraus, free (KUVB pays)
  einfuehrung: 'Gut ankommen', // Tue 13.07. 09:00–11:30, Landratsamt, PE, Obermeier, induction for new staff, free
  ozg: 'Verwaltung ohne Wartemarke', // Tue 20.07. 13:30–15:00, online, AKDB, Schmid, OZG / BayernPortal, free
  ki: 'Frag die Maschine', // Wed 21.07. 09:00–12:00, online, LRA IT, Huber, AI, free
  bescheid: 'Bescheide rechtssicher formulieren', // Thu 22.07. 09:00–16:00, Rathaus Vohburg, BVS, Dr. Riedl, 195 €, deadline Fri 09.07. 12:00
  okfis: 'Umstieg ohne Stolpern', // Tue 03.08. 09:00–12:00, Rathaus Manching, AKDB, Schmid, OK.FIS, only Manching/Baar-Ebenhausen/Reichertshausen, free
  sitzung: 'Sitzungsdienst nach der Bayerischen Gemeindeordnung', // Wed 18.08. 09:00–15:00, hybrid (Rathaus Wolnzach), BVS, Hofmann, 180 €, deadline Fri 30.07. 23:59
  vergabe: 'Vergabe unterhalb der Schwellenwerte: UVgO und VOB/A in der Praxis', // Wed 08.09. 09:00–16:00, Landratsamt, BVS, Hofmann, 240 €
  excel: 'Excel im Verwaltungsalltag', // Mon 27.09. 09:00–12:00, Volkshochschule, VHS, Wagner, 89 €, 12 seats
  sprache: 'Schreiben, das ankommt', // Wed 29.09. 09:00–15:00, Volkshochschule, VHS, Berger, 165 €, plain language
  motorsaege: 'Sicher mit der Motorsäge', // Mon 11.10. and Tue 12.10. 07:30–15:30, Kreisbauhof, KUVB, Kraus, free, Bauhof
  english: 'Welcome to the Hallertau: English at the Front Desk', // Wed 13.10. 09:00–12:30, Landratsamt, VHS, Carter, 95 €, in English, deadline Fri 01.10. 23:59
  fuehrung: 'Die ersten hundert Tage', // Wed 20.10. 09:00–16:30, Landratsamt, BVS, Dr. Lang, 290 €, new managers
  gemeinderat: 'Der Haushalt für Gemeinderatsmitglieder', // Thu 28.10. 18:00–21:00, Rathaus Pfaffenhofen, BVS, Dr. Riedl, 65 €, evening
  winterdienst: 'Wenn der erste Schnee fällt', // Thu 04.11. 08:00–12:00 (CET), Kreisbauhof, KUVB, Brandl, free, winter service
  socialMedia: 'Social Media für Gemeinden: Instagram und Facebook', // draft (Tue 19.10.)
  photovoltaik: 'Photovoltaik auf kommunalen Dächern', // draft (Tue 16.11.)
  outlook: 'Outlook im Griff: E-Mails, Kalender und Aufgaben', // cancelled (Fri 02.07.2027)
  spielplatz: 'Spielplätze sicher kontrollieren', // cancelled (Tue 06.07.2027)
  xrechnung: 'XRechnung in der Gemeindekasse', // past (Tue 11 May 2027)
  ladung: 'Ladungssicherung auf Bauhoffahrzeugen', // past (Thu 22 April 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.socialMedia, T.photovoltaik, T.outlook, T.spielplatz, T.xrechnung, T.ladung];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'klick', q: 'gibt es eine schulung zu phishing?', kind: 'list', titles: [T.phishing] },
  {
    conv: 'klick',
    q: 'wann genau?',
    kind: 'facts',
    titles: [T.phishing],
    says: ['am Do., 24.06.2027 von 09:00 bis 11:30 Uhr'],
  },
  { conv: 'klick', q: 'wer hält die?', kind: 'facts', titles: [T.phishing], says: ['leitet Herr Florian Huber'] },
  { conv: 'laut', q: 'umgang mit aggressiven bürgern', kind: 'list', titles: [T.deeskalation] },
  { conv: 'laut', q: 'wo ist das?', kind: 'facts', titles: [T.deeskalation], says: ['im Rathaus Geisenfeld'] },
  { conv: 'laut', q: 'kostet das was?', kind: 'facts', titles: [T.deeskalation], says: ['ist kostenlos'] },
  {
    conv: 'laut',
    q: 'sind noch plätze frei?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['noch 14 von 14 Plätzen frei'],
  },
  { conv: 'ki', q: 'any training on artificial intelligence?', locale: 'en', kind: 'list', titles: [T.ki] },
  { conv: 'ki', q: 'is it online?', locale: 'en', kind: 'facts', titles: [T.ki], says: ['takes place online'] },
  { conv: 'motor', q: 'motorsägenkurs', kind: 'list', titles: [T.motorsaege] },
  {
    conv: 'motor',
    q: 'wann ist der?',
    kind: 'facts',
    titles: [T.motorsaege],
    says: ['an 2 Tagen', 'Mo., 11.10.2027 und Di., 12.10.2027', 'jeweils von 07:30 bis 15:30 Uhr'],
  },
  { conv: 'bescheid', q: 'bescheidtechnik', kind: 'list', titles: [T.bescheid] },
  {
    conv: 'bescheid',
    q: 'bis wann muss ich mich anmelden?',
    kind: 'facts',
    titles: [T.bescheid],
    says: ['bis Fr., 09.07.2027, 12:00 Uhr'],
  },
  { conv: 'english', q: 'is there a course held in English?', locale: 'en', kind: 'list', titles: [T.english] },
  {
    conv: 'english',
    q: 'how much does it cost',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['costs €95'],
  },
  {
    conv: 'english',
    q: 'where does it take place',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['takes place at Landratsamt Pfaffenhofen a.d.Ilm'],
  },
  { conv: 'chef', q: 'ich werde bald teamleiterin, gibt es dafür was?', kind: 'list', titles: [T.fuehrung] },
  {
    conv: 'chef',
    q: 'wie lange geht das?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['dauert 7,5 Stunden, von 09:00 bis 16:30 Uhr'],
  },
  { conv: 'sitzung', q: 'sitzungsdienst', kind: 'list', titles: [T.sitzung] },
  {
    conv: 'sitzung',
    q: 'präsenz oder online?',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['findet hybrid statt: im Rathaus Wolnzach', 'oder online'],
  },
  {
    conv: 'sitzung',
    q: 'anmeldeschluss?',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['bis Fr., 30.07.2027, 23:59 Uhr'],
  },
  // --- facts -----------------------------------------------------------------------------------------------------------
  { q: 'was kostet der excel kurs', kind: 'facts', titles: [T.excel], says: ['kostet 89 €'] },
  {
    q: 'muss ich für die erste hilfe fortbildung was zahlen',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangskosten übernimmt die KUVB für ihre Mitglieder.'],
  },
  {
    q: 'bis wann kann ich mich zur gebührenkalkulation anmelden',
    kind: 'facts',
    titles: [T.gebuehren],
    says: ['am Mo., 21.06.2027, 12:00 Uhr abgelaufen'],
  },
  {
    q: 'when is the winter service training',
    locale: 'en',
    kind: 'facts',
    titles: [T.winterdienst],
    says: ['on Thu, 4 Nov 2027 from 08:00 to 12:00'],
  },
  {
    q: 'um wie viel uhr beginnt der haushalt für gemeinderäte',
    kind: 'facts',
    titles: [T.gemeinderat],
    says: ['beginnt am Do., 28.10.2027 um 18:00 Uhr'],
  },
  {
    q: 'wo findet die vergabe schulung statt',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['im Landratsamt Pfaffenhofen a.d.Ilm'],
  },
  {
    q: 'who teaches the mail merge course',
    locale: 'en',
    kind: 'facts',
    titles: [T.serienbrief],
    says: ['is led by Frau Anna Wagner'],
  },
  {
    q: 'wie lange dauert kraftquellen im arbeitsalltag',
    kind: 'facts',
    titles: [T.stress],
    says: ['dauert 2,5 Stunden, von 13:30 bis 16:00 Uhr'],
  },
  {
    q: 'findet der datenschutzkurs online statt?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['findet hybrid statt: im Landratsamt Pfaffenhofen a.d.Ilm', 'oder online'],
  },
  {
    q: 'how long is the OZG session',
    locale: 'en',
    kind: 'facts',
    titles: [T.ozg],
    says: ['lasts 1.5 hours, from 13:30 to 15:00'],
  },
  // --- topic searches: typos, words only in summary or description, synonyms ------------------------------------------
  { q: 'exel kurs', kind: 'list', titles: [T.excel] },
  { q: 'serienbrief', kind: 'list', titles: [T.serienbrief] },
  { q: 'stressbewältigung', kind: 'list', titles: [T.stress] },
  { q: 'onlinezugangsgesetz', kind: 'list', titles: [T.ozg] },
  { q: 'streupflicht', kind: 'list', titles: [T.winterdienst] },
  { q: 'amtsdeutsch vermeiden', kind: 'list', titles: [T.sprache] },
  { q: 'einführungsveranstaltung für neue beschäftigte', kind: 'list', titles: [T.einfuehrung] },
  { q: 'kameralistik', kind: 'list', titles: [T.kameralistik] },
  { q: 'umstellung auf ok.fis', kind: 'list', titles: [T.okfis] },
  { q: 'öffentliche ausschreibungen', kind: 'list', titles: [T.vergabe] },
  // --- filters, several at once: dates, time of day, format, place, trainer, provider, audience, length, cost, seats --
  { q: 'was ist diese woche noch los', kind: 'list', titles: [T.phishing, T.datenschutz] },
  { q: 'nächste woche vormittags', kind: 'list', titles: [T.gebuehren, T.deeskalation] },
  { q: 'anything next week in the afternoon', locale: 'en', kind: 'list', titles: [T.stress] },
  { q: 'kostenlose Präsenzkurse in Pfaffenhofen im Juli', kind: 'list', titles: [T.ersteHilfe, T.einfuehrung] },
  { q: 'online seminars next month in the morning', locale: 'en', kind: 'list', titles: [T.serienbrief, T.ki] },
  {
    q: 'eintägige Seminare unter 150 Euro im Herbst',
    kind: 'list',
    titles: [T.excel, T.english, T.gemeinderat, T.winterdienst],
  },
  { q: 'Kurse der VHS im September mit freien Plätzen', kind: 'list', titles: [T.excel, T.sprache] },
  { q: 'free online courses in July', locale: 'en', kind: 'list', titles: [T.ozg, T.ki] },
  {
    q: 'was bietet die KUVB an',
    kind: 'list',
    ...only(T.stress, T.deeskalation, T.ersteHilfe, T.motorsaege, T.winterdienst),
  },
  { q: 'seminare bei dr. riedl', kind: 'list', ...only(T.kameralistik, T.bescheid, T.gemeinderat) },
  { q: "what's on in Wolnzach", locale: 'en', kind: 'list', ...only(T.gebuehren, T.sitzung) },
  { q: 'gibt es abendveranstaltungen', kind: 'list', titles: [T.gemeinderat] },
  { q: 'mehrtägige seminare', kind: 'list', titles: [T.motorsaege] },
  { q: 'was gibt es für den bauhof', kind: 'list', ...only(T.motorsaege, T.winterdienst) },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'wann ist die spielplatzkontrolle schulung', kind: 'gone', gone: T.spielplatz },
  { q: 'outlook schulung', kind: 'gone', gone: T.outlook },
  { q: 'wann war die xrechnung schulung', kind: 'gone', gone: T.xrechnung, says: ['Di., 11.05.2027'] },
  { q: 'ladungssicherung', kind: 'gone', gone: T.ladung, says: ['Do., 22.04.2027'] },
  { q: 'photovoltaik', kind: 'none' },
  { q: 'social media schulung', kind: 'none' },
  { q: 'grüß gott', kind: 'help' },
  { q: 'hello', locale: 'en', kind: 'help' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-seventy-sixth, independent catalogue (Landkreis Pfaffenhofen a.d.Ilm, BVS, KUVB, AKDB, VHS)',
  {
    fixture: 'heldout276-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
