// Over-fitting check, hundred-and-thirty-seventh catalogue: the 2027 spring and summer programme of the Landkreis Lörrach
// (Baden-Württemberg) with the Verwaltungsschule des Gemeindetags Baden-Württemberg (VWS), the Personalentwicklung of
// the Landratsamt Lörrach, the IT service provider Komm.ONE, the Unfallkasse Baden-Württemberg (UKBW) and the
// Volkshochschule Lörrach, for the county and its towns (Lörrach, Weil am Rhein, Rheinfelden (Baden), Schopfheim,
// Grenzach-Wyhlen, Todtnau, Kandern), imported from a JSON file. Seminars take place in the Landratsamt Lörrach, the
// Volkshochschule Lörrach, the town halls of Weil am Rhein, Rheinfelden, Grenzach-Wyhlen, Todtnau, Kandern and
// Schopfheim, the Stadthalle Schopfheim, the Haus Salmegg in Rheinfelden, the Feuerwehrhaus Weil am Rhein, online or
// hybrid. Several titles do not name their subject ("Nicht jeder Absender ist echt" is phishing / information security,
// "Der rote Faden im Verfahren" administrative procedure law, "Den Akku wieder aufladen" stress and resilience, "Mehr
// als nur Kästchen" Excel, "Über die Grenze hinweg" cross-border commuters to Switzerland and France, "Freundlich
// bleiben, wenn es klingelt" the telephone, "Die Maschine schreibt mit" AI, "Gut eingestellt am Bildschirm" ergonomics,
// "Vom Kollegen zur Chefin" leadership, "Ruhig bleiben, wenn es laut wird" de-escalation, "Bevor es brennt" fire
// wardens, "Digital abgelegt, schnell gefunden" the e-file, "Schreiben, das ankommt" plain language), so only summary,
// description or topics reveal it. One seminar is held in English; the leadership course runs on two days two weeks
// apart; the e-file course is open only to Schopfheim, Todtnau and Kandern; the Sitzungsdienst course has only 8 seats;
// first aid is free, paid by the Unfallkasse. About half of the questions are conversations: a later turn refers back
// to the previous answer ("und im Mai?", "wann ist der zweite?", "Who teaches it?"), and is expected to be answered the
// way a colleague would, having shown that answer. Written without looking at the parser or the answers. Same
// assertions as the other suites: exactly the expected seminars (best first where one is clearly best), the asked fact
// in the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Wednesday 7 April 2027, 09:30 in Lörrach, summer time since Sun 28.03.2027):
//   this week:  nothing more today; Thu 08.04. 14:00–16:30 phishing (online, tomorrow), Fri 09.04. 09:00–12:00
//               accessible documents (Landratsamt)
//   next week:  Mon 12.04. 09:00–12:30 procedure law (Rathaus Weil am Rhein; deadline passed Fri 02.04. 23:59),
//               Tue 13.04. 13:30–16:00 stress (online, the only afternoon), Thu 15.04. 09:00–12:30 English (Landratsamt)
//   then:       nothing from Fri 16.04. to Wed 21.04.; Thu 22.04. Doppik (Rathaus Rheinfelden; deadline Tue 13.04.
//               12:00), Fri 23.04. 08:30–16:30 first aid (Stadthalle Schopfheim), Tue 27.04. 10:00–12:00 Excel (online),
//               Thu 29.04. cross-border commuters (Rathaus Grenzach-Wyhlen); the cancelled driving course on Mon 26.04.
//   May:        Tue 04. telephone (VHS Lörrach), Tue 11. and Tue 25. leadership (Haus Salmegg, Rheinfelden; deadline
//               Fri 30.04. 23:59), Tue 18. procurement (online), Wed 19. 14:00–15:30 ergonomics (online); the cancelled
//               project management course on Wed 26.05.
//   June:       Wed 02. 13:00–16:00 AI (hybrid, Landratsamt), Wed 09. Sitzungsdienst (Rathaus Todtnau, 8 seats,
//               deadline Fri 28.05. 12:00), Tue 15. de-escalation (Rathaus Kandern), Thu 17. 08:00–12:00 fire wardens
//               (Feuerwehrhaus Weil am Rhein), Wed 23. 13:00–16:00 e-file (Rathaus Schopfheim, members only); the draft
//               social-media course on Thu 24.06.
//   July:       Tue 06. plain language (VHS Lörrach), Tue 20. TVöD (hybrid, Landratsamt); the draft climate course on
//               Tue 13.07.
//   past:       Wed 24.03.2027 registration law (online, still winter time), Thu 01.04.2027 housing benefit
//               (Landratsamt).
// Free: phishing, accessible documents, stress, first aid, cross-border, ergonomics, AI, de-escalation, fire wardens,
// e-file. Online: phishing, stress, Excel, procurement, ergonomics. Hybrid: AI, TVöD.
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-04-07T07:30:00Z'); // Wednesday, 7 April 2027, 09:30 in Lörrach (CEST)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Nicht jeder Absender ist echt', // Thu 08.04. 14:00–16:30, online, Komm.ONE, Wehrle, phishing, free
  barrierefrei: 'Dokumente für alle: Barrierefreie Word- und PDF-Dateien', // Fri 09.04. 09:00–12:00, Landratsamt, PE, Kiefer, free
  verfahren: 'Der rote Faden im Verfahren', // Mon 12.04. 09:00–12:30, Rathaus Weil am Rhein, VWS, Dr. Hügle, procedure law, 180 €, deadline passed Fri 02.04. 23:59
  akku: 'Den Akku wieder aufladen', // Tue 13.04. 13:30–16:00, online, UKBW, Ebner, stress / resilience, free
  english: 'Helping Visitors in English: Counter Talk for the Three-Country Region', // Thu 15.04. 09:00–12:30, Landratsamt, VHS, Carter, English, 95 €
  haushalt: 'Doppik ohne Schrecken: Kommunales Haushaltsrecht für Einsteiger', // Thu 22.04. 09:00–16:00, Rathaus Rheinfelden, VWS, Kaltenbach, 210 €, deadline Tue 13.04. 12:00
  ersteHilfe: 'Erste Hilfe am Arbeitsplatz: Grundlehrgang für Ersthelfende', // Fri 23.04. 08:30–16:30, Stadthalle Schopfheim, UKBW, free (UKBW pays)
  excel: 'Mehr als nur Kästchen', // Tue 27.04. 10:00–12:00, online, Komm.ONE, Trefzer, Excel, 60 €
  grenze: 'Über die Grenze hinweg', // Thu 29.04. 09:00–15:00, Rathaus Grenzach-Wyhlen, PE, Gerspacher, cross-border commuters, free
  telefon: 'Freundlich bleiben, wenn es klingelt', // Tue 04.05. 09:00–12:00, VHS Lörrach, VHS, Sutter, telephone, 75 €
  fuehrung: 'Vom Kollegen zur Chefin', // Tue 11.05. and Tue 25.05. 09:00–16:00, Haus Salmegg Rheinfelden, VWS, Schwab, leadership, 390 €, deadline Fri 30.04. 23:59
  vergabe: 'Öffentliche Aufträge richtig vergeben: UVgO und VwV Beschaffung', // Tue 18.05. 09:00–12:30, online, VWS, Rombach, 150 €
  ergonomie: 'Gut eingestellt am Bildschirm', // Wed 19.05. 14:00–15:30, online, UKBW, Ebner, ergonomics, free
  ki: 'Die Maschine schreibt mit', // Wed 02.06. 13:00–16:00, hybrid (Landratsamt), Komm.ONE, Wehrle, AI, free
  sitzung: 'Gemeinderatssitzungen rechtssicher begleiten: Sitzungsdienst nach der Gemeindeordnung', // Wed 09.06. 09:00–16:00, Rathaus Todtnau, VWS, Kaltenbach, 170 €, 8 seats, deadline Fri 28.05. 12:00
  deeskalation: 'Ruhig bleiben, wenn es laut wird', // Tue 15.06. 09:00–15:00, Rathaus Kandern, UKBW, Rümmele, de-escalation, free
  brandschutz: 'Bevor es brennt', // Thu 17.06. 08:00–12:00, Feuerwehrhaus Weil am Rhein, UKBW, Senn, fire wardens, free
  eakte: 'Digital abgelegt, schnell gefunden', // Wed 23.06. 13:00–16:00, Rathaus Schopfheim, Komm.ONE, Trefzer, e-file, only Schopfheim/Todtnau/Kandern, free
  schreiben: 'Schreiben, das ankommt', // Tue 06.07. 09:00–16:00, VHS Lörrach, VHS, Sutter, plain language, 120 €
  tvoed: 'Arbeitszeit, Urlaub, Eingruppierung: TVöD kompakt', // Tue 20.07. 09:00–12:00, hybrid (Landratsamt), VWS, Rombach, 95 €
  socialMedia: 'Instagram, Facebook und Co.: Social Media für Gemeinden', // draft (Thu 24.06.)
  klima: 'Energie sparen im Büro: Klimaschutz im Verwaltungsalltag', // draft (Tue 13.07.)
  fahren: 'Sicher unterwegs mit dem Dienstwagen: Fahrsicherheitstraining', // cancelled (Mon 26.04.2027)
  projekt: 'Projekte planen und steuern: Projektmanagement kompakt', // cancelled (Wed 26.05.2027)
  melde: 'Neues im Meldewesen: Änderungen im Bundesmeldegesetz', // past (Wed 24 March 2027, CET)
  wohngeld: 'Wohngeld aktuell: Rechtsänderungen 2027 in der Praxis', // past (Thu 1 April 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.socialMedia, T.klima, T.fahren, T.projekt, T.melde, T.wohngeld];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- conversations: a topic, then what a colleague is asked next ---------------------------------------------------
  { conv: 'stress', q: 'gibt es was gegen stress im job', kind: 'list', titles: [T.akku] },
  {
    conv: 'stress',
    q: 'Und wann ist der?',
    kind: 'facts',
    titles: [T.akku],
    says: ['am Di., 13.04.2027 von 13:30 bis 16:00 Uhr'],
  },
  { conv: 'stress', q: 'ist der kostenlos?', kind: 'facts', titles: [T.akku], says: ['ist kostenlos'] },
  {
    conv: 'ukbw',
    q: 'was bietet die unfalkasse an',
    kind: 'list',
    ...only(T.akku, T.ersteHilfe, T.ergonomie, T.deeskalation, T.brandschutz),
  },
  { conv: 'ukbw', q: 'und im juni?', kind: 'list', titles: [T.deeskalation, T.brandschutz] },
  {
    conv: 'ukbw',
    q: 'wo ist der zweite?',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['im Feuerwehrhaus Weil am Rhein'],
  },
  { conv: 'online', q: 'welche online seminare gibt es im april', kind: 'list', titles: [T.phishing, T.akku, T.excel] },
  { conv: 'online', q: 'Und im Mai?', kind: 'list', titles: [T.vergabe, T.ergonomie] },
  { conv: 'online', q: 'was kostet das erste?', kind: 'facts', titles: [T.vergabe], says: ['kostet 150 €'] },
  { conv: 'englisch', q: 'Do you have any course held in English?', locale: 'en', kind: 'list', titles: [T.english] },
  {
    conv: 'englisch',
    q: 'Who teaches it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['is led by Frau Fiona Carter'],
  },
  { conv: 'englisch', q: 'How much is it?', locale: 'en', kind: 'facts', titles: [T.english], says: ['costs €95'] },
  {
    conv: 'nextweek',
    q: "what's on next week?",
    locale: 'en',
    kind: 'list',
    titles: [T.verfahren, T.akku, T.english],
  },
  {
    conv: 'nextweek',
    q: 'When is the one in Weil am Rhein?',
    locale: 'en',
    kind: 'facts',
    titles: [T.verfahren],
    says: ['on Mon, 12 Apr 2027 from 09:00 to 12:30'],
  },
  {
    conv: 'nextweek',
    q: 'Is registration still open for it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.verfahren],
    says: ['passed on Fri, 2 Apr 2027, 23:59'],
  },
  {
    conv: 'teamleitung',
    q: 'ich werde bald teamleiterin, gibt es dafür ein seminar',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'teamleitung',
    q: 'wie lange dauert das',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['dauert 2 Tage, jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'teamleitung',
    q: 'und bis wann muss ich mich anmelden?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['bis Fr., 30.04.2027, 23:59 Uhr'],
  },
  { conv: 'teamleitung', q: 'Wo findet der statt?', kind: 'facts', titles: [T.fuehrung], says: ['im Haus Salmegg'] },
  {
    conv: 'grenze',
    q: 'gibt es eine schulung zu grenzgängern aus der schweiz und frankreich',
    kind: 'list',
    titles: [T.grenze],
  },
  {
    conv: 'grenze',
    q: 'Gibt es den auch online?',
    kind: 'facts',
    titles: [T.grenze],
    says: ['findet in Präsenz statt'],
  },
  { conv: 'kommone', q: 'was bietet komm.one an', kind: 'list', ...only(T.phishing, T.excel, T.ki, T.eakte) },
  { conv: 'kommone', q: 'Und im Juni?', kind: 'list', titles: [T.ki, T.eakte] },
  {
    conv: 'kommone',
    q: 'wann ist der zweite',
    kind: 'facts',
    titles: [T.eakte],
    says: ['am Mi., 23.06.2027 von 13:00 bis 16:00 Uhr'],
  },
  { conv: 'chatgpt', q: 'anything on ChatGPT?', locale: 'en', kind: 'list', titles: [T.ki] },
  { conv: 'chatgpt', q: 'Is it online?', locale: 'en', kind: 'facts', titles: [T.ki], says: ['is hybrid'] },
  { conv: 'anrufer', q: 'ich brauche ein training für schwierige anrufer', kind: 'list', titles: [T.telefon] },
  {
    conv: 'anrufer',
    q: 'Wer ist die Referentin?',
    kind: 'facts',
    titles: [T.telefon],
    says: ['leitet Frau Claudia Sutter'],
  },
  {
    conv: 'gratis',
    q: 'kostenlose seminare im april',
    kind: 'list',
    titles: [T.phishing, T.barrierefrei, T.akku, T.ersteHilfe, T.grenze],
  },
  { conv: 'gratis', q: 'Und im Mai?', kind: 'list', titles: [T.ergonomie] },
  {
    conv: 'gratis',
    q: 'wie lange dauert der?',
    kind: 'facts',
    titles: [T.ergonomie],
    says: ['dauert 1,5 Stunden, von 14:00 bis 15:30 Uhr'],
  },
  { conv: 'doppik', q: 'doppik schulung', kind: 'list', titles: [T.haushalt] },
  {
    conv: 'doppik',
    q: 'bis wann kann man sich da anmelden',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['bis Di., 13.04.2027, 12:00 Uhr'],
  },
  // --- facts: cost, when, start time, where, seats, deadline, trainer ------------------------------------------------
  { q: 'was kostet der tvöd kurs', kind: 'facts', titles: [T.tvoed], says: ['kostet 95 €'] },
  {
    q: 'kostet der erste hilfe lehrgang was',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse Baden-Württemberg.'],
  },
  {
    q: 'wann ist der brandschutzhelfer lerhgang',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['am Do., 17.06.2027 von 08:00 bis 12:00 Uhr'],
  },
  {
    q: 'what time does the first aid course start',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['starts on Fri, 23 Apr 2027 at 08:30'],
  },
  { q: 'wo findet das vergabrecht seminar statt', kind: 'facts', titles: [T.vergabe], says: ['findet online statt'] },
  {
    q: 'sind beim sitzungsdienst noch plätze frei',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['noch 8 von 8 Plätzen frei'],
  },
  { q: 'anmeldeschluss sitzungsdienst', kind: 'facts', titles: [T.sitzung], says: ['bis Fr., 28.05.2027, 12:00 Uhr'] },
  {
    q: 'wer ist referentin beim verwaltungsverfahrensrecht',
    kind: 'facts',
    titles: [T.verfahren],
    says: ['leitet Frau Dr. Katrin Hügle'],
  },
  // --- topic searches: typos, words only in summary or description, synonyms -----------------------------------------
  { q: 'phising schulung', kind: 'list', titles: [T.phishing] },
  { q: 'excell pivot', kind: 'list', titles: [T.excel] },
  { q: 'schulung öffentlicher einkauf', kind: 'list', titles: [T.vergabe] },
  { q: 'amtsdeutsch vermeiden', kind: 'list', titles: [T.schreiben] },
  { q: 'wie stelle ich meinen bürostuhl richtig ein', kind: 'list', titles: [T.ergonomie] },
  // --- filters: dates, time of day, place, trainer, provider, length, free seats --------------------------------------
  { q: 'was ist morgen', kind: 'list', titles: [T.phishing] },
  {
    q: 'was läuft in den nächsten zwei wochen',
    kind: 'list',
    titles: [T.phishing, T.barrierefrei, T.verfahren, T.akku, T.english],
  },
  { q: 'was gibt es nächste woche am nachmittag', kind: 'list', titles: [T.akku] },
  {
    q: "what's on next month",
    locale: 'en',
    kind: 'list',
    titles: [T.telefon, T.fuehrung, T.vergabe, T.ergonomie],
  },
  { q: 'seminare in schopfheim', kind: 'list', ...only(T.ersteHilfe, T.eakte) },
  { q: 'kurse von herrn wehrle', kind: 'list', ...only(T.phishing, T.ki) },
  {
    q: 'was bietet die verwaltungsschule an',
    kind: 'list',
    ...only(T.verfahren, T.haushalt, T.fuehrung, T.vergabe, T.sitzung, T.tvoed),
  },
  { q: 'mehrtägige seminare', kind: 'list', titles: [T.fuehrung] },
  {
    q: 'welche seminare im juni haben noch freie plätze',
    kind: 'list',
    titles: [T.ki, T.sitzung, T.deeskalation, T.brandschutz, T.eakte],
  },
  // --- gone, drafts never shown, no match, greetings -----------------------------------------------------------------
  { q: 'wann ist das fahrsicherheitstraining', kind: 'gone', gone: T.fahren },
  { q: 'was kostet projektmanagement kompakt', kind: 'gone', gone: T.projekt },
  { q: 'wann war die schulung neues im meldewesen', kind: 'gone', gone: T.melde, says: ['Mi., 24.03.2027'] },
  { q: 'wohngeld aktuell wann', kind: 'gone', gone: T.wohngeld, says: ['Do., 01.04.2027'] },
  { q: 'social media schulung', kind: 'none' },
  { q: 'klimaschutz', kind: 'none' },
  { q: 'schulung friedhofsverwaltung', kind: 'none' },
  { q: 'Guten Morgen', kind: 'help' },
  { q: 'what can you do?', locale: 'en', kind: 'help' },
];

heldoutSuite(
  'answering questions about a hundred-and-thirty-seventh, independent catalogue (Landkreis Lörrach, VWS, Komm.ONE, UKBW)',
  {
    fixture: 'heldout137-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
