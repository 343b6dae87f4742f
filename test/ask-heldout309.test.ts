// Over-fitting check, three-hundred-and-ninth catalogue: the spring 2029 programme for the Stadt Ansbach (Middle
// Franconia, Bavaria) and its offices (Bürgerbüro, Standesamt, Ordnungsamt, Stadtkämmerei and Stadtkasse, Bauhof,
// Stadtbibliothek, Feuerwehr, Wahlamt), with the Bayerische Verwaltungsschule (BVS), the Kommunale Unfallversicherung
// Bayern (KUVB), the AKDB, the city's IT-Abteilung, Personalamt and Stadtkämmerei, the Feuerwehr Ansbach, the
// Landesfachstelle für das öffentliche Bibliothekswesen and the vhs Ansbach, imported from a JSON file. Seminars take
// place in the Rathaus Ansbach, the Onoldiasaal, the Orangerie im Hofgarten, the Hauptfeuerwache, the Werkhalle of the
// Städtischer Bauhof, the Stadtbibliothek and the Volkshochschule, online or hybrid. Several titles do not name their
// subject ("Nicht jeder Link ist ein Freund" is phishing, "Ausleihen ohne Öffnungszeiten" the Onleihe / e-books,
// "Ruhe bewahren, wenn es laut wird" de-escalation with aggressive customers, "Zahlen, die erzählen" the doppic annual
// accounts, "Bäume im Blick" tree inspection, "Wenn der Alarm losgeht" evacuation of offices, "Ehrenamt am Wahlsonntag"
// poll workers for the European election 2029); the counter-English course is held in English on two Thursdays across
// the start of summer time (Sun 25.03.2029); the Feuerwehr's pump-operator course runs on four evenings, the vhs yoga
// on six Tuesday evenings; the forklift course on three days; the yoga fee is half refunded by the city and the KUVB
// pays the forklift course. The questions name seminars by half-remembered or paraphrased titles and ask their facts in
// many wordings (two at once too), about a third in English, written without looking at the parser or the answers.
//
// Calendar around `now` (Thursday 8 March 2029, 10:10 in Ansbach, winter time; summer time begins Sun 25.03.2029;
// Good Friday 30.03., Easter Monday 02.04.2029):
//   today:      Thu 08.03. 14:00–16:30 passports and ID cards (online, 95 €; deadline = start)
//   tomorrow:   Fri 09.03. 10:00–11:00 phishing (online, IT)
//   next week:  Mon 12.03., Wed 14.03., Mon 19.03., Wed 21.03. 18:30–21:30 pump operators (Hauptfeuerwache, evenings);
//               Tue 13.03. + Wed 14.03. 09:00–16:00 civil registry (Rathaus, 310 €, deadline passed Fri 02.03. 12:00);
//               Tuesdays 13.03.–17.04. 18:00–19:15 yoga (VHS, 6 evenings, 48 €); Thu 15.03. 15:00–17:00 Onleihe
//               (Stadtbibliothek); the cancelled Excel course (Thu 15.03.)
//   March:      Tue 20.03. 09:00–12:00 Microsoft 365 (hybrid, Rathaus); Wed 21.03. 09:00–16:00 OWiG (Rathaus, 225 €);
//               Thu 22.03. (CET) + Thu 29.03. (CEST) 13:30–16:30 English (VHS, 90 €, deadline Thu 15.03. 23:59);
//               Mon 26.03. 09:00–16:00 de-escalation (Onoldiasaal); Tue 27.03. 13:00–16:00 annual accounts (online);
//               Wed 28.03. 09:00–15:00 TVöD (online, 180 €)
//   April:      Tue 10.04. 14:00–16:00 AI (online); the cancelled aerial-platform course (Thu 12.04.); Mon 16.04.–Wed
//               18.04. 07:30–15:30 forklift (Bauhof, 8 seats); Thu 19.04. 09:00–16:00 OK.EWO (Rathaus, 290 €, deadline
//               Fri 30.03. 12:00); Tue 24.04. 08:00–15:00 trees (Orangerie); Wed 25.04. 09:00–12:00 evacuation
//               (Hauptfeuerwache); Thu 26.04. 09:00–12:30 selection interviews (Rathaus, Personalamt)
//   May:        Thu 03.05. 07:30–12:00 load securing (Bauhof); Mon 07.05. 09:00–16:00 council minutes (Rathaus, 215 €);
//               Tue 08.05. 09:00–12:00 trade licences (online, 110 €); Wed 23.05. 18:00–20:00 poll workers (Onoldiasaal,
//               250 seats, evening)
//   later:      Wed 13.06. 09:00–16:00 debt collection (Rathaus, 235 €); the draft wedding-venue course (Fri 15.06.),
//               the draft reading-hour course (Tue 19.06.)
//   past:       Wed 29.11.2028 fireworks law (Rathaus), Wed 17.01.2029 property tax (online).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2029-03-08T09:10:00Z'); // Thursday, 8 March 2029, 10:10 in Ansbach (CET)
const TZ = 'Europe/Berlin';

const T = {
  pass: 'Pass- und Ausweiswesen aktuell: Personalausweis, Reisepass und eID', // Thu 08.03. 14:00–16:30, online, BVS, Rother, 95 €, 40 seats
  phishing: 'Nicht jeder Link ist ein Freund', // Fri 09.03. 10:00–11:00, online, IT, Wening, phishing, free
  maschinist: 'Maschinisten-Lehrgang für Löschfahrzeuge', // Mon 12.03., Wed 14.03., Mon 19.03., Wed 21.03. 18:30–21:30, Hauptfeuerwache, Feuerwehr, Gerlach, free
  standesamt: 'Beurkundungen im Standesamt: Geburt, Eheschließung und Sterbefall', // Tue 13.03. + Wed 14.03. 09:00–16:00, Rathaus, BVS, Dr. Hofmann, 310 €, deadline passed Fri 02.03. 12:00
  yoga: 'Feierabend-Yoga für Beschäftigte der Stadtverwaltung', // six Tuesdays 13.03.–17.04. 18:00–19:15, VHS, vhs, Kolb, 48 € (half refunded)
  onleihe: 'Ausleihen ohne Öffnungszeiten', // Thu 15.03. 15:00–17:00, Stadtbibliothek, Landesfachstelle, Seidl, Onleihe / e-books, free, 12 seats
  m365: 'Microsoft 365 im Rathaus: OneDrive, Teams und Outlook im Zusammenspiel', // Tue 20.03. 09:00–12:00, hybrid (Rathaus), IT, Wening, free
  owi: 'Ordnungswidrigkeitenverfahren in der Praxis: vom Anhörungsbogen zum Bußgeldbescheid', // Wed 21.03. 09:00–16:00, Rathaus, BVS, Weigand, 225 €
  english: 'Welcome to Ansbach: English at the Service Counter', // Thu 22.03. + Thu 29.03. 13:30–16:30, VHS, vhs, Owens, 90 €, deadline Thu 15.03. 23:59, in English
  deeskalation: 'Ruhe bewahren, wenn es laut wird', // Mon 26.03. 09:00–16:00, Onoldiasaal, KUVB, Brandt, de-escalation, free
  doppik: 'Zahlen, die erzählen', // Tue 27.03. 13:00–16:00, online, Stadtkämmerei, Leidel, doppic annual accounts, free
  tvoed: 'TVöD kompakt: Eingruppierung und Stufenzuordnung', // Wed 28.03. 09:00–15:00, online, BVS, Kraus, 180 €
  ki: 'KI-Assistenten sicher nutzen', // Tue 10.04. 14:00–16:00, online, AKDB, Mertens, free
  stapler: 'Gabelstapler-Fahrausweis: Ausbildung nach DGUV Grundsatz 308-001', // Mon 16.04.–Wed 18.04. 07:30–15:30, Bauhof, KUVB, Fischer, free (KUVB pays), 8 seats
  ewo: 'OK.EWO Aufbaukurs: Melderegister, Auskunftssperren und Datenübermittlung', // Thu 19.04. 09:00–16:00, Rathaus, AKDB, Lutz, 290 €, 12 seats, deadline Fri 30.03. 12:00
  baum: 'Bäume im Blick', // Tue 24.04. 08:00–15:00, Orangerie im Hofgarten, KUVB, Fischer, tree inspection, free
  alarm: 'Wenn der Alarm losgeht', // Wed 25.04. 09:00–12:00, Hauptfeuerwache, Feuerwehr, Gerlach, evacuation, free
  auswahl: 'Auswahlgespräche sicher führen', // Thu 26.04. 09:00–12:30, Rathaus, Personalamt, Sommer, free
  ladung: 'Ladung sichern, aber richtig', // Thu 03.05. 07:30–12:00, Bauhof, KUVB, Fischer, free
  sitzung: 'Niederschriften für Stadtrat und Ausschüsse', // Mon 07.05. 09:00–16:00, Rathaus, BVS, Weigand, 215 €
  gewerbe: 'Gewerbeanzeigen richtig bearbeiten: Gewerbeordnung und Gaststättenrecht', // Tue 08.05. 09:00–12:00, online, BVS, Hübner, 110 €
  wahl: 'Ehrenamt am Wahlsonntag', // Wed 23.05. 18:00–20:00, Onoldiasaal, Wahlamt, Maurer, poll workers, free, 250 seats
  mahnen: 'Mahnen, Stunden, Vollstrecken: Forderungsmanagement in der Stadtkasse', // Wed 13.06. 09:00–16:00, Rathaus, BVS, Kraus, 235 €
  trauorte: 'Trauungen außerhalb des Standesamts: Trauorte, Gebühren und Organisation', // draft (Fri 15.06.)
  vorlesen: 'Vorlesestunden lebendig gestalten', // draft (Tue 19.06.)
  excel: 'Excel für die Kämmerei: Pivot-Tabellen und SVERWEIS', // cancelled (Thu 15.03.2029)
  buehne: 'Hubarbeitsbühnen sicher bedienen', // cancelled (Thu 12.04.2029)
  grundsteuer: 'Grundsteuer B nach dem Bayerischen Flächenmodell', // past (Wed 17 January 2029)
  feuerwerk: 'Feuerwerk zum Jahreswechsel: Sprengstoffrecht für das Ordnungsamt', // past (Wed 29 November 2028)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.trauorte, T.vorlesen, T.excel, T.buehne, T.grundsteuer, T.feuerwerk];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'pass', q: 'gibts was zum thema personalausweis und reisepass?', kind: 'list', titles: [T.pass] },
  {
    conv: 'pass',
    q: 'wann genau fängt das an',
    kind: 'facts',
    titles: [T.pass],
    says: ['beginnt am Do., 08.03.2029 um 14:00 Uhr'],
  },
  { conv: 'pass', q: 'und was kostet der spaß?', kind: 'facts', titles: [T.pass], says: ['kostet 95 €'] },
  {
    conv: 'maschinist',
    q: 'is there a Maschinisten course for the Feuerwehr?',
    locale: 'en',
    kind: 'list',
    titles: [T.maschinist],
  },
  {
    conv: 'maschinist',
    q: 'which evenings are the sessions?',
    locale: 'en',
    kind: 'facts',
    titles: [T.maschinist],
    says: [
      'on 4 days',
      'Mon, 12 Mar 2029, Wed, 14 Mar 2029, Mon, 19 Mar 2029 and Wed, 21 Mar 2029',
      'each from 18:30 to 21:30',
    ],
  },
  {
    conv: 'maschinist',
    q: 'and where?',
    locale: 'en',
    kind: 'facts',
    titles: [T.maschinist],
    says: ['Hauptfeuerwache Ansbach'],
  },
  {
    conv: 'standesamt',
    q: 'das seminar zu beurkundungen fürs standesamt',
    kind: 'list',
    titles: [T.standesamt],
  },
  {
    conv: 'standesamt',
    q: 'bis wann hätte man sich anmelden müssen?',
    kind: 'facts',
    titles: [T.standesamt],
    says: ['ist am Fr., 02.03.2029, 12:00 Uhr abgelaufen'],
  },
  {
    conv: 'standesamt',
    q: 'wie viele tage geht das',
    kind: 'facts',
    titles: [T.standesamt],
    says: ['dauert 2 Tage, jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'english',
    q: 'english for the service counter',
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  {
    conv: 'english',
    q: 'how much is it and how long does it take?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    mentions: ['costs €90', 'lasts 2 days, each from 13:30 to 16:30'],
  },
  {
    conv: 'english',
    q: 'until when can I sign up?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['until Thu, 15 Mar 2029, 23:59'],
  },
  { conv: 'yoga', q: 'yoga nach feierabend', kind: 'list', titles: [T.yoga] },
  {
    conv: 'yoga',
    q: 'wann und wo?',
    kind: 'facts',
    titles: [T.yoga],
    says: [
      'an 6 Tagen in der Volkshochschule Ansbach',
      'Di., 13.03.2029, Di., 20.03.2029, Di., 27.03.2029, Di., 03.04.2029, Di., 10.04.2029 und Di., 17.04.2029',
      'jeweils von 18:00 bis 19:15 Uhr',
    ],
  },
  {
    conv: 'yoga',
    q: 'was muss ich dafür zahlen',
    kind: 'facts',
    titles: [T.yoga],
    says: ['kostet 48 €'],
    mentions: ['Die Stadt Ansbach erstattet die Hälfte der Kursgebühr'],
  },
  { conv: 'doppik', q: 'gibt es was zum doppischen jahresabschluss?', kind: 'list', titles: [T.doppik] },
  {
    conv: 'doppik',
    q: 'ist das online oder muss ich ins rathaus?',
    kind: 'facts',
    titles: [T.doppik],
    says: ['findet online statt'],
  },
  { conv: 'alarm', q: 'evacuation training for our offices', locale: 'en', kind: 'list', titles: [T.alarm] },
  {
    conv: 'alarm',
    q: 'what time does it start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.alarm],
    says: ['starts on Wed, 25 Apr 2029 at 09:00'],
  },
  { conv: 'ewo', q: 'ok.ewo aufbau', kind: 'list', titles: [T.ewo] },
  {
    conv: 'ewo',
    q: 'sind da noch plätze frei?',
    kind: 'facts',
    titles: [T.ewo],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  { conv: 'deeskalation', q: 'umgang mit aggressiven bürgern', kind: 'list', titles: [T.deeskalation] },
  {
    conv: 'deeskalation',
    q: 'wann und wo findet das statt?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['am Mo., 26.03.2029 von 09:00 bis 16:00 Uhr im Onoldiasaal'],
  },
  { conv: 'stapler', q: 'forklift licence course', locale: 'en', kind: 'list', titles: [T.stapler] },
  {
    conv: 'stapler',
    q: 'do we have to pay for it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.stapler],
    says: ['is free of charge'],
    mentions: ['Die Lehrgangskosten übernimmt die KUVB.'],
  },
  // --- facts about seminars named by half-remembered or paraphrased titles ---------------------------------------------
  {
    q: 'wie lange dauert die phishing-schulung von der IT',
    kind: 'facts',
    titles: [T.phishing],
    says: ['dauert 1 Stunde, von 10:00 bis 11:00 Uhr'],
  },
  {
    q: 'what does the TVöD seminar cost',
    locale: 'en',
    kind: 'facts',
    titles: [T.tvoed],
    says: ['costs €180'],
  },
  {
    q: 'wer leitet den kurs zum bußgeldverfahren?',
    kind: 'facts',
    titles: [T.owi],
    says: ['leitet Herr Markus Weigand'],
  },
  {
    q: 'where is the tree inspection training held?',
    locale: 'en',
    kind: 'facts',
    titles: [T.baum],
    says: ['Orangerie im Hofgarten Ansbach'],
  },
  {
    q: 'ladungssicherung – um wieviel uhr muss ich da sein?',
    kind: 'facts',
    titles: [T.ladung],
    says: ['beginnt am Do., 03.05.2029 um 07:30 Uhr'],
  },
  {
    q: 'was kostet das protokoll-seminar für den stadtrat und wie lange dauert es?',
    kind: 'facts',
    titles: [T.sitzung],
    mentions: ['kostet 215 €', 'dauert 7 Stunden, von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'when and where is the microsoft 365 session?',
    locale: 'en',
    kind: 'facts',
    titles: [T.m365],
    says: ['on Tue, 20 Mar 2029 from 09:00 to 12:00', 'at Rathaus Ansbach', 'or online'],
  },
  {
    q: 'how long is the course on gewerbeanzeigen?',
    locale: 'en',
    kind: 'facts',
    titles: [T.gewerbe],
    says: ['lasts 3 hours, from 09:00 to 12:00'],
  },
  {
    q: 'who runs the training on interviews for selection panels?',
    locale: 'en',
    kind: 'facts',
    titles: [T.auswahl],
    says: ['is led by Frau Petra Sommer'],
  },
  {
    q: 'findet das OWiG-seminar vor ort statt?',
    kind: 'facts',
    titles: [T.owi],
    says: ['findet in Präsenz statt, im Rathaus Ansbach'],
  },
  {
    miss: 'the half-remembered title in quotation marks is looked up as written, and no title has "Zahlen, die sprechen"',
    q: 'der kurs „Zahlen, die sprechen“ – wann ist der nochmal?',
    kind: 'facts',
    titles: [T.doppik],
    says: ['am Di., 27.03.2029 von 13:00 bis 16:00 Uhr'],
  },
  {
    q: '„Bäume im Fokus“ oder so ähnlich – wer leitet das?',
    kind: 'facts',
    titles: [T.baum],
    says: ['leitet Herr Georg Fischer'],
  },
  {
    q: 'the Wahlsonntag training, what time does it start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.wahl],
    says: ['starts on Wed, 23 May 2029 at 18:00'],
  },
  {
    q: 'ausleihen ohne öffnungszeit – wie lang geht das?',
    kind: 'facts',
    titles: [T.onleihe],
    says: ['dauert 2 Stunden, von 15:00 bis 17:00 Uhr'],
  },
  {
    q: 'ladung sichern: was kostet das und wie lange dauert es?',
    kind: 'facts',
    titles: [T.ladung],
    mentions: ['ist kostenlos', 'dauert 4,5 Stunden, von 07:30 bis 12:00 Uhr'],
  },
  {
    q: 'sitzungsniederschriften schreiben, wann und wo?',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['am Mo., 07.05.2029 von 09:00 bis 16:00 Uhr im Rathaus Ansbach'],
  },
  // --- topic searches: paraphrased titles, words only in summary or description ----------------------------------------
  {
    miss: 'the misspelt quoted title ("Klick" for "Link") is searched word by word, so the tree course is listed too',
    q: 'die schulung „nicht jeder klick ist ein freund“',
    kind: 'list',
    titles: [T.phishing],
  },
  { q: 'gefälschte e-mails erkennen', kind: 'list', titles: [T.phishing] },
  { q: 'the session on e-books and the onleihe app', locale: 'en', kind: 'list', titles: [T.onleihe] },
  { q: 'ratenzahlung und kontopfändung', kind: 'list', titles: [T.mahnen] },
  { q: 'chatgpt im büro sicher nutzen', kind: 'list', titles: [T.ki] },
  { q: 'schulung für wahlvorstände zur europawahl', kind: 'list', titles: [T.wahl] },
  { q: 'deeskalationstraining', kind: 'list', titles: [T.deeskalation] },
  // --- time and place filters, format, provider, trainer, cost, length -------------------------------------------------
  { q: 'was gibt es heute noch?', kind: 'list', titles: [T.pass] },
  { q: "what's on tomorrow?", locale: 'en', kind: 'list', titles: [T.phishing] },
  { q: 'was läuft nächste woche', kind: 'list', titles: [T.maschinist, T.standesamt, T.yoga, T.onleihe] },
  { q: 'any evening courses?', locale: 'en', kind: 'list', ...only(T.maschinist, T.yoga, T.wahl) },
  { q: 'was findet in der hauptfeuerwache statt', kind: 'list', ...only(T.maschinist, T.alarm) },
  { q: 'was bietet die KUVB an', kind: 'list', ...only(T.deeskalation, T.stapler, T.baum, T.ladung) },
  {
    q: 'kostenlose online-schulungen',
    kind: 'list',
    ...maybeAlso(only(T.phishing, T.doppik, T.ki), T.m365),
  },
  { q: "what's on in may?", locale: 'en', kind: 'list', titles: [T.ladung, T.sitzung, T.gewerbe, T.wahl] },
  {
    q: 'welche seminare kosten mehr als 200 euro?',
    kind: 'list',
    ...only(T.standesamt, T.owi, T.ewo, T.sitzung, T.mahnen),
  },
  { q: 'anything in english?', locale: 'en', kind: 'list', titles: [T.english] },
  {
    miss: '"von der städtischen IT" is not read as the provider "IT-Abteilung"; only the course whose texts name IT is found',
    q: 'schulungen von der städtischen IT',
    kind: 'list',
    ...only(T.phishing, T.m365),
  },
  // --- gone, drafts never shown, no match, greeting, no context --------------------------------------------------------
  { q: 'findet der excel kurs für die kämmerei statt?', kind: 'gone', gone: T.excel },
  { q: 'hubarbeitsbühne schulung', kind: 'gone', gone: T.buehne },
  {
    q: 'when was the grundsteuer seminar?',
    locale: 'en',
    kind: 'gone',
    gone: T.grundsteuer,
    says: ['Wed, 17 Jan 2029'],
  },
  {
    q: 'silvesterfeuerwerk und sprengstoffrecht',
    kind: 'gone',
    gone: T.feuerwerk,
    says: ['Mi., 29.11.2028'],
  },
  {
    q: 'freie trauorte für hochzeiten',
    kind: 'none',
  },
  { q: 'vorlesestunde für kinder', kind: 'none' },
  { q: 'ist am samstag irgendwas?', kind: 'none' },
  { q: 'Grüß Gott!', kind: 'help' },
  { q: 'how much does it cost?', locale: 'en', kind: 'noContext' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-ninth, independent catalogue (Stadt Ansbach, BVS, KUVB, AKDB, vhs Ansbach)',
  {
    fixture: 'heldout309-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
