// Over-fitting check, hundred-and-nineteenth catalogue: the 2028 winter/spring programme of the Stadt Offenbach am Main
// (Hesse) with the Hessischer Verwaltungsschulverband (VWA), the city's Amt für IT and Personalentwicklung, the
// Unfallkasse Hessen (UKH) and the Volkshochschule Offenbach (vhs), for the city's offices (Bürgerbüro,
// Ausländerbehörde, Ordnungsamt, Stadtkasse, partners of the Jobcenter MainArbeit) and the neighbouring towns Dreieich,
// Neu-Isenburg and Langen, imported from a JSON file. Seminars take place in the Rathaus Offenbach, the Haus der
// Volkshochschule, the Studienzentrum der VWA, the Ordnungsamt, the town halls of Dreieich, Neu-Isenburg and Langen, the
// Hofgut Neuhof in Dreieich, online or hybrid. Several titles do not name their subject ("Drei Sekunden Zweifel" is IT
// security / phishing, "Wer zahlt was?" SGB II and Bürgergeld, "Ruhepol im Trubel" stress and burnout prevention, "Mehr
// als Worte" intercultural communication, "Die Antwort aus dem Chatfenster" AI assistants, "Vom Schreibtisch nebenan ans
// Kopfende" leadership for new team leads, "Kennzahlen zum Anklicken" Power BI dashboards, "Lockern statt verkrampfen"
// exercises at the desk, "Rückblick, Ausblick, Vereinbarung" staff appraisal interviews, "Wenn andere schlafen" health
// in shift work), so only summary, description or topics reveal it; one seminar is held in English; the leadership
// course runs on two days across the start of summer time; the sign-language evening is open only to Dreieich,
// Neu-Isenburg and Langen; eight seminars are free. The city has many international staff, so about two thirds of the
// questions are in English (some with typos, some mixing in German words), the rest in German, typed the way
// colleagues write in Teams, without looking at the parser or the answers. Same assertions as the other suites: exactly
// the expected seminars (best first where one is clearly best), the asked fact in the first sentence, never a draft,
// cancelled or past seminar.
//
// Calendar around `now` (Tuesday 15 February 2028, 09:30 in Offenbach, winter time; summer time begins Sun 26.03.2028):
//   this week:  nothing more today; Wed 16.02. 13:00–15:00 IT security (online, tomorrow), Fri 18.02. 09:00–12:00
//               SGB II / Bürgergeld (online)
//   next week:  Mon 21.02. 09:00–12:30 English (vhs; deadline passed Fri 11.02. 23:59), Tue 22.02. 13:30–16:00 stress
//               (online), Wed 23.02. 17:30–20:00 Arabic (vhs, evening), Thu 24.02. 09:00–13:00 intercultural (Rathaus)
//   then:       nothing from Fri 25.02. to Mon 06.03. except the cancelled Turkish course (Tue 29.02.)
//   March:      Tue 07. onboarding day (Rathaus), Thu 09. residence law (VWA; deadline Thu 24.02. 12:00), Tue 14.
//               17:30–20:00 sign language (Langen, members only; deadline Tue 07.03. 12:00), Wed 15. Excel (online),
//               Mon 20. AI (hybrid, Rathaus), Thu 23.03. (CET) and Thu 30.03. (CEST) leadership (Hofgut Neuhof,
//               Dreieich; deadline Fri 03.03. 23:59), Mon 27. Outlook / time management (online, CEST), Wed 29. fines
//               procedure (Rathaus Dreieich); the cancelled self-protection course on Thu 16.03.
//   April:      Tue 04. Power BI (Rathaus, Schulungsraum), Wed 12. 12:00–13:30 desk exercises (online), Tue 25.
//               Stadtkasse debt collection (VWA), Thu 27. 13:00–16:30 appraisal interviews (Rathaus)
//   May:        Tue 09. registration law (hybrid, Rathaus Neu-Isenburg), Wed 17. 14:00–17:00 shift work (Ordnungsamt);
//               the draft Power BI advanced course on Tue 16.05. and the draft social-media course on Wed 31.05.
//   past:       Wed 19.01.2028 special use permits (online), Thu 27.01.2028 banknote checks (Rathaus).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-02-15T08:30:00Z'); // Tuesday, 15 February 2028, 09:30 in Offenbach (CET)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Drei Sekunden Zweifel', // Wed 16.02. 13:00–15:00, online, Amt für IT, Herr Tobias Reinhardt, IT security / phishing, free, 150 seats
  buergergeld: 'Wer zahlt was?', // Fri 18.02. 09:00–12:00, online, Personalentwicklung, Frau Aylin Yildirim, SGB II / Bürgergeld, free
  english: 'Welcome to Offenbach: English for Front-Office Staff', // Mon 21.02. 09:00–12:30, Haus der Volkshochschule, vhs, language en, 140 €, deadline passed Fri 11.02. 23:59
  stress: 'Ruhepol im Trubel', // Tue 22.02. 13:30–16:00, online, UKH, Frau Miriam Sauer, stress / burnout prevention, free
  arabic: 'Marhaba: Arabisch-Grundlagen für den Publikumsverkehr', // Wed 23.02. 17:30–20:00, Haus der Volkshochschule, vhs, Herr Karim Haddad, 45 €, 16 seats
  intercultural: 'Mehr als Worte', // Thu 24.02. 09:00–13:00, Rathaus Offenbach, Personalentwicklung, Frau Dr. Nadia Benali, intercultural communication, 180 €
  onboarding: 'Erster Tag, viele Fragen: Orientierungstag für neue Beschäftigte', // Tue 07.03. 09:00–15:30, Rathaus Offenbach, Personalentwicklung, Frau Sabine Kowalczyk, free
  residence: 'Aufenthaltstitel sicher prüfen: Aufenthaltsrecht kompakt', // Thu 09.03. 09:00–16:00, Studienzentrum der VWA, VWA, Herr Dr. Matthias Freund, 320 €, deadline Thu 24.02. 12:00
  sign: 'Verstehen ohne Ton: Schnupperabend Deutsche Gebärdensprache', // Tue 14.03. 17:30–20:00, Rathaus Langen, vhs, 25 €, 12 seats, deadline Tue 07.03. 12:00, only Dreieich/Neu-Isenburg/Langen
  excel: 'Tabellen, die mitdenken: Excel im Verwaltungsalltag', // Wed 15.03. 09:00–12:00, online, vhs, Herr Patrick Neumeier, 95 €, 14 seats
  ai: 'Die Antwort aus dem Chatfenster', // Mon 20.03. 13:00–16:00, hybrid (Rathaus Offenbach), Amt für IT, Herr Tobias Reinhardt, AI assistants, free
  leadership: 'Vom Schreibtisch nebenan ans Kopfende', // Thu 23.03. (CET) and Thu 30.03. (CEST) 09:00–16:30, Hofgut Neuhof Dreieich, VWA, Frau Dr. Susanne Lindner, 490 €
  outlook: 'Der Kalender gehört mir: Selbstorganisation mit Outlook und OneNote', // Mon 27.03. 09:00–12:00 (CEST), online, vhs, Herr Patrick Neumeier, time management, 60 €
  bussgeld: 'Bußgeldverfahren von A bis Z: Ordnungswidrigkeiten rechtssicher bearbeiten', // Wed 29.03. 09:00–16:00, Rathaus Dreieich, VWA, 240 €
  powerbi: 'Kennzahlen zum Anklicken', // Tue 04.04. 09:00–12:00, Rathaus Offenbach (Schulungsraum), in person, Amt für IT, Frau Julia Marquardt, Power BI, free
  pause: 'Lockern statt verkrampfen', // Wed 12.04. 12:00–13:30, online, UKH, Frau Miriam Sauer, exercises at the desk, free
  kasse: 'Mahnen, pfänden, niederschlagen: Forderungsmanagement in der Stadtkasse', // Tue 25.04. 09:00–16:00, Studienzentrum der VWA, VWA, 260 €, 18 seats
  appraisal: 'Rückblick, Ausblick, Vereinbarung', // Thu 27.04. 13:00–16:30, Rathaus Offenbach, Personalentwicklung, Frau Dr. Susanne Lindner, appraisal interviews, 150 €, for managers
  melde: 'Meldewesen kompakt: An-, Um- und Abmeldung im Bürgerbüro', // Tue 09.05. 09:00–16:00, hybrid (Rathaus Neu-Isenburg), VWA, 210 €
  shift: 'Wenn andere schlafen', // Wed 17.05. 14:00–17:00, Ordnungsamt Offenbach, UKH, Herr Dr. Jonas Albrecht, health in shift work, free
  powerbiPlus: 'Power BI für Fortgeschrittene: Datenmodelle und DAX', // draft (Tue 16.05., free)
  social: 'Stadtgespräch im Netz: Social-Media-Redaktion für die Verwaltung', // draft (Wed 31.05., free)
  turkish: 'Türkisch für den Bürgerservice: erste Sätze am Schalter', // cancelled (Tue 29.02.2028)
  selfProtection: 'Eigensicherung im Streifendienst der Stadtpolizei', // cancelled (Thu 16.03.2028)
  banknotes: 'Echt oder falsch: Banknoten prüfen an der Stadtkasse', // past (Thu 27 January 2028)
  specialUse: 'Straßen als Bühne: Sondernutzungserlaubnisse für Veranstaltungen', // past (Wed 19 January 2028)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.powerbiPlus, T.social, T.turkish, T.selfProtection, T.banknotes, T.specialUse];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  {
    q: 'how much is the intercultural workshop',
    locale: 'en',
    kind: 'facts',
    titles: [T.intercultural],
    says: ['costs €180'],
    mentions: ['Die Gebühr wird aus dem Fortbildungsbudget des jeweiligen Amts gezahlt.'],
  },
  { q: 'Was kostet der Arabischkurs?', kind: 'facts', titles: [T.arabic], says: ['kostet 45 €'] },
  {
    q: 'price of the leadership course for new team leads?',
    locale: 'en',
    kind: 'facts',
    titles: [T.leadership],
    says: ['costs €490'],
  },
  // --- facts: when (across the start of summer time), start time, duration ---------------------------------------------
  {
    q: 'When is the Power BI course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.powerbi],
    says: ['on Tue, 4 Apr 2028 from 09:00 to 12:00'],
  },
  {
    q: 'wann ist der gebärdensprachkurs',
    kind: 'facts',
    titles: [T.sign],
    says: ['am Di., 14.03.2028 von 17:30 bis 20:00 Uhr'],
  },
  {
    q: 'when is the leadership training',
    locale: 'en',
    kind: 'facts',
    titles: [T.leadership],
    says: ['on 2 days', 'Thu, 23 Mar 2028 and Thu, 30 Mar 2028', 'each from 09:00 to 16:30'],
  },
  {
    q: 'what time does the onboarding day start',
    locale: 'en',
    kind: 'facts',
    titles: [T.onboarding],
    says: ['starts on Tue, 7 Mar 2028 at 09:00'],
  },
  {
    q: 'how long is the stress management course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.stress],
    says: ['lasts 2.5 hours, from 13:30 to 16:00'],
  },
  // --- facts: where, trainer, format, deadline, seats ------------------------------------------------------------------
  {
    q: 'where is the sign language evening?',
    locale: 'en',
    kind: 'facts',
    titles: [T.sign],
    says: ['at Rathaus Langen'],
  },
  {
    q: 'Where does the AI course take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ai],
    says: ['at Rathaus Offenbach', 'or online'],
  },
  {
    q: 'Who runs the onboarding day?',
    locale: 'en',
    kind: 'facts',
    titles: [T.onboarding],
    says: ['is led by Frau Sabine Kowalczyk'],
  },
  {
    q: 'is the Meldewesen training online or in person?',
    locale: 'en',
    kind: 'facts',
    titles: [T.melde],
    says: ['is hybrid', 'Rathaus Neu-Isenburg'],
  },
  {
    q: 'Can I still sign up for the English course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 11 Feb 2028, 23:59'],
  },
  {
    q: 'registration deadline for the residence permit seminar',
    locale: 'en',
    kind: 'facts',
    titles: [T.residence],
    says: ['until Thu, 24 Feb 2028, 12:00'],
  },
  { q: 'anmeldeschluss gebärdensprache', kind: 'facts', titles: [T.sign], says: ['bis Di., 07.03.2028, 12:00 Uhr'] },
  {
    q: 'any seats left in the arabic cource?',
    locale: 'en',
    kind: 'facts',
    titles: [T.arabic],
    says: ['has 16 of 16 seats left'],
  },
  {
    q: 'sind beim forderungsmanagement noch plätze frei',
    kind: 'facts',
    titles: [T.kasse],
    says: ['noch 18 von 18 Plätzen frei'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  { conv: 'ikk', q: 'anything on intercultural communication?', locale: 'en', kind: 'list', titles: [T.intercultural] },
  {
    conv: 'ikk',
    q: 'And where is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.intercultural],
    says: ['at Rathaus Offenbach'],
  },
  {
    conv: 'ikk',
    q: 'how long does it take?',
    locale: 'en',
    kind: 'facts',
    titles: [T.intercultural],
    says: ['lasts 4 hours, from 09:00 to 13:00'],
  },
  { conv: 'ki', q: 'gibt es was zu chatgpt oder copilot?', kind: 'list', titles: [T.ai] },
  {
    conv: 'ki',
    q: 'wann ist das?',
    kind: 'facts',
    titles: [T.ai],
    says: ['am Mo., 20.03.2028 von 13:00 bis 16:00 Uhr'],
  },
  { conv: 'ki', q: 'was kostet das', kind: 'facts', titles: [T.ai], says: ['ist kostenlos'] },
  { conv: 'dash', q: 'any training on dashboards?', locale: 'en', kind: 'list', titles: [T.powerbi] },
  {
    conv: 'dash',
    q: 'is it online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.powerbi],
    says: ['takes place in person'],
  },
  {
    conv: 'dash',
    q: 'who is teaching it',
    locale: 'en',
    kind: 'facts',
    titles: [T.powerbi],
    says: ['is led by Frau Julia Marquardt'],
  },
  { conv: 'kasse', q: 'schulung zu mahnungen und pfändungen in der stadtkasse', kind: 'list', titles: [T.kasse] },
  {
    conv: 'kasse',
    q: 'Und wo findet das statt?',
    kind: 'facts',
    titles: [T.kasse],
    says: ['im Studienzentrum der VWA'],
  },
  {
    conv: 'kasse',
    q: 'when is that?',
    locale: 'en',
    kind: 'facts',
    titles: [T.kasse],
    says: ['on Tue, 25 Apr 2028 from 09:00 to 16:00'],
  },
  // --- topic searches: words only in summary, description or topics, synonyms, typos, English for German texts --------
  { q: 'phishing training', locale: 'en', kind: 'list', titles: [T.phishing] },
  { q: 'Is there any Excel training next month?', locale: 'en', kind: 'list', titles: [T.excel] },
  { q: 'burnout prevention', locale: 'en', kind: 'list', titles: [T.stress] },
  { q: 'do we have anything for talking with deaf people?', locale: 'en', kind: 'list', titles: [T.sign] },
  { q: 'fachkräfteeinwanderung', kind: 'list', titles: [T.residence] },
  { q: 'anything about buergergeld?', locale: 'en', kind: 'list', titles: [T.buergergeld] },
  { q: 'busgeld verfahren', kind: 'list', titles: [T.bussgeld] },
  { q: 'time managment', locale: 'en', kind: 'list', titles: [T.outlook] },
  { q: 'health tips for shift workers', locale: 'en', kind: 'list', titles: [T.shift] },
  { q: 'staff appraisal interviews', locale: 'en', kind: 'list', titles: [T.appraisal] },
  { q: 'I just started at the city - is there an induction day?', locale: 'en', kind: 'list', titles: [T.onboarding] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, length, cost, language -----------------
  { q: 'was ist morgen', kind: 'list', titles: [T.phishing] },
  { q: 'welche trainings laufen diese woche noch', kind: 'list', titles: [T.phishing, T.buergergeld] },
  { q: 'nächste woche vormittags', kind: 'list', titles: [T.english, T.intercultural] },
  { q: "What's on in the evening?", locale: 'en', kind: 'list', titles: [T.arabic, T.sign] },
  {
    q: 'was gibt es in den nächsten zwei wochen',
    kind: 'list',
    titles: [T.phishing, T.buergergeld, T.english, T.stress, T.arabic, T.intercultural],
  },
  { q: 'anything free in March?', locale: 'en', kind: 'list', titles: [T.onboarding, T.ai] },
  { q: 'online seminare im märz', kind: 'list', titles: [T.excel, T.outlook] },
  { q: 'whats on in april', locale: 'en', kind: 'list', titles: [T.powerbi, T.pause, T.kasse, T.appraisal] },
  { q: 'kostenlose angebote im mai', kind: 'list', titles: [T.shift] },
  { q: 'anything taking place in Dreieich?', locale: 'en', kind: 'list', ...only(T.leadership, T.bussgeld) },
  { q: 'courses by Herr Reinhardt', locale: 'en', kind: 'list', ...only(T.phishing, T.ai) },
  { q: 'what does the Unfallkasse Hessen offer?', locale: 'en', kind: 'list', ...only(T.stress, T.pause, T.shift) },
  { q: 'was bietet die VWA an', kind: 'list', ...only(T.residence, T.leadership, T.bussgeld, T.kasse, T.melde) },
  {
    q: "I'm a new team leader, anything for me?",
    locale: 'en',
    kind: 'list',
    first: T.leadership,
    ...only(T.leadership, T.appraisal),
  },
  { q: 'multi-day seminars', locale: 'en', kind: 'list', titles: [T.leadership] },
  { q: 'any courses in English?', locale: 'en', kind: 'list', titles: [T.english] },
  // --- gone, drafts never shown, no match, greeting --------------------------------------------------------------------
  { q: 'Is the Turkish course for the Bürgerservice still happening?', locale: 'en', kind: 'gone', gone: T.turkish },
  { q: 'findet die eigensicherung für die stadtpolizei statt?', kind: 'gone', gone: T.selfProtection },
  {
    q: 'when was the banknote training at the Stadtkasse?',
    locale: 'en',
    kind: 'gone',
    gone: T.banknotes,
    says: ['Thu, 27 Jan 2028'],
  },
  {
    q: 'wann war die schulung zu sondernutzungserlaubnissen',
    kind: 'gone',
    gone: T.specialUse,
    says: ['Mi., 19.01.2028'],
  },
  { q: 'social media training', locale: 'en', kind: 'none' },
  { q: 'French lessons', locale: 'en', kind: 'none' },
  { q: 'hallo', kind: 'help' },
  { q: 'hi, what can you do?', locale: 'en', kind: 'help' },
];

heldoutSuite(
  'answering questions about a hundred-and-nineteenth, independent catalogue (Stadt Offenbach am Main, VWA, Unfallkasse Hessen)',
  {
    fixture: 'heldout119-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
