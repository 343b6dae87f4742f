// Over-fitting check, hundred-and-thirty-first catalogue: the 2027 spring programme of the Landkreis Merzig-Wadern
// (Saarland) with the Verwaltungsschule des Saarlandes, the Landratsamt's Personalentwicklung, the Zweckverband eGo-Saar
// (the municipalities' IT service provider), the Unfallkasse Saarland (UKS) and the Volkshochschule Merzig-Wadern (VHS),
// for the county and its towns and municipalities (Merzig, Wadern, Losheim am See, Mettlach, Perl, Beckingen,
// Weiskirchen), imported from a JSON file. Seminars take place in the Landratsamt in Merzig, the VHS-Zentrum Merzig, the
// town halls of Wadern, Losheim am See, Mettlach, Perl, Beckingen and Weiskirchen, the Perl building yard, online or
// hybrid. Several titles do not name their subject ("Tabellen, die mitdenken" is Excel, "Die Stimme der Verwaltung"
// telephone communication, "Ein Klick zu viel" IT security, "Weniger Zettel, mehr Überblick" time management, "Bürgerservice
// rund um die Uhr" the OZG online services, "Ruhig Blut am Tresen" de-escalation, "Aufladen statt ausbrennen" stress and
// health promotion, "Kurz, korrekt, beschlussfest" minute-taking, "Gespräche, die weiterbringen" staff appraisals for
// managers, "Dokumente für alle" digital accessibility, "Bevor die Kollegin in Rente geht" knowledge management,
// "Besprechungen, die nicht ausufern" moderation, "Der letzte Aktenordner" the e-file), so only summary, description or
// topics reveal it; one seminar is held in English; the Doppik course runs on two days; the e-file course is open only to
// Wadern and Weiskirchen; de-escalation has only 10 seats. About half of the questions are conversations of two to four
// turns in which later turns refer back to the previous answer (by "der", "it", order, place or format). Questions are
// typed the way colleagues write in Teams (lower case, typos, some English), without looking at the parser or
// the answers. Same assertions as the other suites: exactly the expected seminars (best first where one is clearly
// best), the asked fact in the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Tuesday 16 March 2027, 09:45 in Merzig, winter time; summer time begins Sun 28.03.2027, which is
// also Easter Sunday — nothing on Good Friday 26.03. or Easter Monday 29.03.):
//   this week:  nothing more today; Wed 17.03. 13:30–16:00 Excel (online, tomorrow), Fri 19.03. 09:00–12:00 data
//               protection (hybrid, Landratsamt Merzig)
//   next week:  Tue 23.03. afternoon 13:00–16:30 telephone (Rathaus Wadern), Wed 24.03. morning 09:00–11:00 IT security
//               (online), Thu 25.03. morning 09:00–12:30 English (Rathaus Perl; deadline passed Thu 11.03. 23:59); the
//               cancelled social-media course on Wed 24.03. 14:00
//   then:       Wed 31.03. 13:00–16:00 (CEST) AI (hybrid, Landratsamt)
//   April:      Thu 08. 08:30–16:30 first aid (Losheim am See, 12 seats), Tue 13. 09:00–12:30 time management (VHS-Zentrum
//               Merzig), Thu 15. 10:00–12:00 OZG (online), Tue 20./Wed 21. 09:00–16:00 Doppik (Landratsamt; deadline Fri
//               09.04. 23:59), Thu 29. 09:00–15:00 de-escalation (Rathaus Mettlach, 10 seats)
//   May:        Tue 04. 14:00–15:30 stress (online), Wed 12. 09:00–16:00 minute-taking (Rathaus Beckingen; deadline Fri
//               30.04. 12:00), Tue 18. 09:00–16:00 staff appraisals (Landratsamt), Wed 26. 09:00–16:00 enforcement
//               (Rathaus Wadern); the cancelled driving-safety training on Tue 11.05.
//   June:       Tue 01. 13:00–15:30 accessibility (online), Thu 10. 09:00–12:00 knowledge management (hybrid, Landratsamt),
//               Tue 15. 07:30–12:00 road-works safety (Bauhof Perl), Wed 23. 13:00–17:00 moderation (VHS-Zentrum Merzig),
//               Tue 29. 09:00–12:30 housing benefit (online); the draft French course on Wed 09.06. (Rathaus Perl)
//   July:       Thu 08. 09:00–12:00 e-file (Rathaus Weiskirchen, Wadern and Weiskirchen only; deadline Thu 24.06. 23:59);
//               the draft heavy-rain course on Tue 06.07.
//   past:       Wed 03.03.2027 fire wardens (Beckingen), Thu 11.03.2027 annual accounts (Landratsamt).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-03-16T08:45:00Z'); // Tuesday, 16 March 2027, 09:45 in Merzig (CET)
const TZ = 'Europe/Berlin';

const T = {
  excel: 'Tabellen, die mitdenken', // Wed 17.03. 13:30–16:00, online, VHS, Frau Sabine Kiefer, Excel, 65 €
  datenschutz: 'Datenschutz im Rathaus: Auskunft geben, Daten schützen', // Fri 19.03. 09:00–12:00, hybrid (Landratsamt), free
  telefon: 'Die Stimme der Verwaltung', // Tue 23.03. 13:00–16:30, Rathaus Wadern, VHS, Frau Monika Schmitt, telephone, 95 €
  phishing: 'Ein Klick zu viel', // Wed 24.03. 09:00–11:00, online, eGo-Saar, Herr Patrick Klein, IT security, free
  english: 'Welcoming Cross-Border Clients: English at the Front Desk', // Thu 25.03. 09:00–12:30, Rathaus Perl, VHS, English, 110 €, deadline passed Thu 11.03. 23:59
  ki: 'KI im Verwaltungsalltag: Chancen, Grenzen, Regeln', // Wed 31.03. 13:00–16:00 (CEST), hybrid (Landratsamt), eGo-Saar, Klein, free
  ersteHilfe: 'Erste Hilfe am Arbeitsplatz: Fortbildung für Ersthelfende', // Thu 08.04. 08:30–16:30, Rathaus Losheim am See, UKS, free (UKS pays), 12 seats
  zeit: 'Weniger Zettel, mehr Überblick', // Tue 13.04. 09:00–12:30, VHS-Zentrum Merzig, VHS, Schmitt, time management, 85 €
  ozg: 'Bürgerservice rund um die Uhr', // Thu 15.04. 10:00–12:00, online, eGo-Saar, Frau Anna Reinert, OZG, free
  haushalt: 'Doppik verstehen: Der kommunale Haushalt von A bis Z', // Tue 20.04. and Wed 21.04. 09:00–16:00, Landratsamt, VWS, Frau Petra Hoffmann, 240 €, deadline Fri 09.04. 23:59
  deeskalation: 'Ruhig Blut am Tresen', // Thu 29.04. 09:00–15:00, Rathaus Mettlach, UKS, Herr Stefan Backes, de-escalation, free, 10 seats
  gesund: 'Aufladen statt ausbrennen', // Tue 04.05. 14:00–15:30, online, UKS, Frau Lisa Jung, stress / health promotion, free
  protokoll: 'Kurz, korrekt, beschlussfest', // Wed 12.05. 09:00–16:00, Rathaus Beckingen, VWS, Herr Markus Schäfer, minute-taking, 160 €, deadline Fri 30.04. 12:00
  gespraeche: 'Gespräche, die weiterbringen', // Tue 18.05. 09:00–16:00, Landratsamt, Personalentwicklung, Frau Dr. Katrin Meyer, staff appraisals, for managers, free
  vollstreckung: 'Verwaltungsvollstreckung im Saarland: Grundlagen für die Praxis', // Wed 26.05. 09:00–16:00, Rathaus Wadern, VWS, Schäfer, 180 €
  barrierefrei: 'Dokumente für alle', // Tue 01.06. 13:00–15:30, online, eGo-Saar, Kiefer, accessible Word/PDF, free
  wissen: 'Bevor die Kollegin in Rente geht', // Thu 10.06. 09:00–12:00, hybrid (Landratsamt), Personalentwicklung, Meyer, knowledge management, free
  strasse: 'Sicher arbeiten am Straßenrand', // Tue 15.06. 07:30–12:00, Bauhof der Gemeinde Perl, UKS, Herr Werner Lauer, road-works safety, free
  moderation: 'Besprechungen, die nicht ausufern', // Wed 23.06. 13:00–17:00, VHS-Zentrum Merzig, VHS, Herr Daniel Wagner, moderation, 90 €, 14 seats
  wohngeld: 'Wohngeld aktuell: Rechtsänderungen und Fälle aus der Praxis', // Tue 29.06. 09:00–12:30, online, VWS, Hoffmann, 120 €
  eakte: 'Der letzte Aktenordner', // Thu 08.07. 09:00–12:00, Rathaus Weiskirchen, eGo-Saar, Herr Tobias Müller, e-file, only Wadern/Weiskirchen, free, deadline Thu 24.06. 23:59
  franzoesisch: 'Französisch für den Bürgerservice im Dreiländereck', // draft (Wed 09.06., Rathaus Perl)
  starkregen: 'Starkregenvorsorge in der Gemeinde', // draft (Tue 06.07.)
  socialMedia: 'Social Media im Rathaus: Instagram, Facebook und Co.', // cancelled (Wed 24.03.2027)
  dienstwagen: 'Sicher unterwegs mit dem Dienstwagen', // cancelled (Tue 11.05.2027), driving-safety training
  brandschutz: 'Feuer erkannt, Gefahr gebannt: Ausbildung zum Brandschutzhelfer', // past (Wed 3 March 2027)
  jahresabschluss: 'Jahresabschluss in der Gemeindekasse', // past (Thu 11 March 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.franzoesisch, T.starkregen, T.socialMedia, T.dienstwagen, T.brandschutz, T.jahresabschluss];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- conversations: a search, then follow-ups about what was shown -------------------------------------------------
  { conv: 'morgen', q: 'was ist morgen', kind: 'list', titles: [T.excel] },
  {
    conv: 'morgen',
    q: 'wie lange geht das',
    kind: 'facts',
    titles: [T.excel],
    says: ['dauert 2,5 Stunden, von 13:30 bis 16:00 Uhr'],
  },
  { conv: 'morgen', q: 'und am freitag?', kind: 'list', titles: [T.datenschutz] },
  { conv: 'telefon', q: 'gibt es was zum telefonieren mit bürgern', kind: 'list', titles: [T.telefon] },
  {
    conv: 'telefon',
    q: 'Und wo findet der statt?',
    kind: 'facts',
    titles: [T.telefon],
    says: ['findet im Rathaus Wadern'],
  },
  {
    conv: 'telefon',
    q: 'gibt es den auch online',
    kind: 'facts',
    titles: [T.telefon],
    says: ['findet in Präsenz statt'],
  },
  { conv: 'itsec', q: 'any IT security training coming up', locale: 'en', kind: 'list', titles: [T.phishing] },
  {
    conv: 'itsec',
    q: "And who's the trainer?",
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['is led by Herr Patrick Klein'],
  },
  {
    conv: 'itsec',
    q: 'Is it online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['takes place online'],
  },
  { conv: 'english', q: 'Are there any seminars held in English?', locale: 'en', kind: 'list', titles: [T.english] },
  {
    conv: 'english',
    q: 'When is the registration deadline?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Thu, 11 Mar 2027, 23:59'],
  },
  {
    conv: 'english',
    q: 'Where is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['takes place at Rathaus Perl'],
  },
  { conv: 'ki', q: 'schulung zu chatgpt', kind: 'list', titles: [T.ki] },
  {
    conv: 'ki',
    q: 'wann genau?',
    kind: 'facts',
    titles: [T.ki],
    says: ['am Mi., 31.03.2027 von 13:00 bis 16:00 Uhr'],
  },
  {
    conv: 'ki',
    q: 'kann ich da auch online teilnehmen',
    kind: 'facts',
    titles: [T.ki],
    says: ['findet hybrid statt'],
  },
  { conv: 'doppik', q: 'mehrtägige seminare', kind: 'list', titles: [T.haushalt] },
  {
    conv: 'doppik',
    q: 'wann genau finden die tage statt',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['an 2 Tagen', 'Di., 20.04.2027 und Mi., 21.04.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'doppik',
    q: 'bis wann muss ich mich anmelden',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['bis Fr., 09.04.2027, 23:59 Uhr'],
  },
  {
    conv: 'doppik',
    q: 'wer ist die referentin',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['leitet Frau Petra Hoffmann'],
  },
  {
    conv: 'april',
    q: "what's on next month",
    locale: 'en',
    kind: 'list',
    titles: [T.ersteHilfe, T.zeit, T.ozg, T.haushalt, T.deeskalation],
  },
  {
    conv: 'april',
    q: 'What about the one in Mettlach, are there still seats?',
    locale: 'en',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['has 10 of 10 seats left'],
  },
  {
    conv: 'april',
    q: 'Who teaches it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['is led by Herr Stefan Backes'],
  },
  {
    conv: 'mai',
    q: 'was gibt es im mai',
    kind: 'list',
    titles: [T.gesund, T.protokoll, T.gespraeche, T.vollstreckung],
  },
  { conv: 'mai', q: 'was kostet der zweite', kind: 'facts', titles: [T.protokoll], says: ['kostet 160 €'] },
  {
    conv: 'mai',
    q: 'und wo ist der letzte',
    kind: 'facts',
    titles: [T.vollstreckung],
    says: ['findet im Rathaus Wadern'],
  },
  {
    conv: 'mai',
    q: 'Und im Juni?',
    kind: 'list',
    titles: [T.barrierefrei, T.wissen, T.strasse, T.moderation, T.wohngeld],
  },
  {
    conv: 'uks',
    q: 'was bietet die unfallkasse an',
    kind: 'list',
    ...only(T.ersteHilfe, T.deeskalation, T.gesund, T.strasse),
  },
  { conv: 'uks', q: 'ist der online-kurs kostenlos', kind: 'facts', titles: [T.gesund], says: ['ist kostenlos'] },
  {
    conv: 'uks',
    q: 'und wann ist der in losheim',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['am Do., 08.04.2027 von 08:30 bis 16:30 Uhr'],
  },
  { conv: 'gratis', q: 'kostenlose seminare im juni', kind: 'list', titles: [T.barrierefrei, T.wissen, T.strasse] },
  {
    conv: 'gratis',
    q: 'gibt es den zweiten auch online',
    kind: 'facts',
    titles: [T.wissen],
    says: ['findet hybrid statt'],
  },
  {
    conv: 'gratis',
    q: 'wie lange dauert der in perl',
    kind: 'facts',
    titles: [T.strasse],
    says: ['dauert 4,5 Stunden, von 07:30 bis 12:00 Uhr'],
  },
  // --- facts about one seminar: cost, when, where, deadline, trainer, start time, seats --------------------------------
  { q: 'wass kostet exel', kind: 'facts', titles: [T.excel], says: ['kostet 65 €'] },
  { q: 'was kostet der wohngeld kurs', kind: 'facts', titles: [T.wohngeld], says: ['kostet 120 €'] },
  {
    q: 'kosten erste hilfe',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Kosten übernimmt die Unfallkasse Saarland.'],
  },
  {
    q: 'how much does the telephone course cost',
    locale: 'en',
    kind: 'facts',
    titles: [T.telefon],
    says: ['costs €95'],
  },
  {
    q: 'wann ist weniger zettel mehr überblick',
    kind: 'facts',
    titles: [T.zeit],
    says: ['am Di., 13.04.2027 von 09:00 bis 12:30 Uhr'],
  },
  {
    q: 'wo findet die protokollführung statt',
    kind: 'facts',
    titles: [T.protokoll],
    says: ['findet im Rathaus Beckingen'],
  },
  { q: 'anmeldeschluss e-akte', kind: 'facts', titles: [T.eakte], says: ['bis Do., 24.06.2027, 23:59 Uhr'] },
  {
    q: 'wer leitet das seminar zu mitarbeitergesprächen',
    kind: 'facts',
    titles: [T.gespraeche],
    says: ['leitet Frau Dr. Katrin Meyer'],
  },
  {
    q: 'what time does the accessible pdf course start',
    locale: 'en',
    kind: 'facts',
    titles: [T.barrierefrei],
    says: ['starts on Tue, 1 Jun 2027 at 13:00'],
  },
  {
    q: 'sind im moderationsworkshop noch plätze frei',
    kind: 'facts',
    titles: [T.moderation],
    says: ['noch 14 von 14 Plätzen frei'],
  },
  {
    q: 'where does the e-file training take place',
    locale: 'en',
    kind: 'facts',
    titles: [T.eakte],
    says: ['takes place at Rathaus Weiskirchen'],
  },
  // --- topic searches: everyday words, synonyms, typos ---------------------------------------------------------------
  { q: 'barierefreiheit schulung', kind: 'list', titles: [T.barrierefrei] },
  { q: 'schulung für protokollfüher', kind: 'list', titles: [T.protokoll] },
  { q: 'wissensmanagment', kind: 'list', titles: [T.wissen] },
  { q: 'umgang mit aggresiven kunden', kind: 'list', titles: [T.deeskalation] },
  { q: 'besprechungen besser leiten', kind: 'list', titles: [T.moderation] },
  { q: 'any course on time management', locale: 'en', kind: 'list', titles: [T.zeit] },
  // --- filters: dates, time of day, trainer, place, audience, seats -------------------------------------------------
  { q: 'nächste woche nachmittags', kind: 'list', titles: [T.telefon] },
  {
    q: 'was läuft in den nächsten zwei wochen',
    kind: 'list',
    titles: [T.excel, T.datenschutz, T.telefon, T.phishing, T.english],
  },
  { q: 'kurse von frau kiefer', kind: 'list', ...only(T.excel, T.barrierefrei) },
  { q: 'seminare in perl', kind: 'list', ...only(T.english, T.strasse) },
  { q: 'angebote für führungskräfte', kind: 'list', titles: [T.gespraeche] },
  { q: 'noch freie plätze im juni vormittags', kind: 'list', titles: [T.wissen, T.strasse, T.wohngeld] },
  // --- gone, drafts never shown, no match, greetings ------------------------------------------------------------------
  { q: 'wann ist der social media kurs', kind: 'gone', gone: T.socialMedia },
  { q: 'was kostet das fahrsicherheitstraining', kind: 'gone', gone: T.dienstwagen },
  { q: 'brandschutzhelfer ausbildung wann war die', kind: 'gone', gone: T.brandschutz, says: ['Mi., 03.03.2027'] },
  { q: 'wann war der kurs zum jahresabschluss', kind: 'gone', gone: T.jahresabschluss, says: ['Do., 11.03.2027'] },
  { q: 'französischkurs', kind: 'none' },
  { q: 'starkregenvorsorge', kind: 'none' },
  { q: 'schulung zum vergaberecht', kind: 'none' },
  { q: 'Guten Morgen', kind: 'help' },
  { q: 'what can you do', locale: 'en', kind: 'help' },
];

heldoutSuite(
  'answering questions about a hundred-and-thirty-first, independent catalogue (Landkreis Merzig-Wadern, eGo-Saar, UKS)',
  {
    fixture: 'heldout131-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
