// Over-fitting check, hundred-and-thirty-fourth catalogue: the 2027 spring programme of the Hochtaunuskreis (Hesse)
// with the Hessischer Verwaltungsschulverband (HVSV, Verwaltungsseminar Frankfurt), ekom21 – KGRZ Hessen (municipal
// IT), the Unfallkasse Hessen (UKH), the Volkshochschule Hochtaunus and the county's Fachbereich Personal und
// Organisation, for the county and its towns and municipalities (Bad Homburg, Oberursel, Friedrichsdorf, Königstein,
// Kronberg, Usingen, Neu-Anspach, Wehrheim), imported from a JSON file. Seminars take place in the Landratsamt in Bad
// Homburg, the town halls of Bad Homburg, Oberursel, Friedrichsdorf, Königstein, Usingen and Neu-Anspach, the
// vhs-Zentrum Oberursel, the Haus der Begegnung in Königstein, online or hybrid. Several titles do not name their
// subject ("Der Absender ist nicht, wer er scheint" is phishing / information security, "Gut ankommen am anderen Ende
// der Leitung" telephone communication, "Durchatmen statt durchhalten" stress management, "Die Maschine schreibt mit"
// generative AI, "Ordnung im Posteingang" Outlook, "Papierlos im Rathaus" the e-file, "Gut sitzen, besser arbeiten"
// ergonomics, "Wenn zwei sich streiten" team conflicts, "Plötzlich Chefin, plötzlich Chef" leadership for new
// managers), so only summary, description or topics reveal it; one seminar is held in English; the leadership course
// runs on two days across the start of summer time (Sun 28.03.2027); the e-file course is open only to Usingen,
// Neu-Anspach and Wehrheim; first aid is free, paid by the UKH. Questions are typed the way colleagues write in Teams
// (lower case, typos, some English), without looking at the parser or the answers. Same assertions as the other suites:
// exactly the expected seminars (best first where one is clearly best), the asked fact in the first sentence, never a
// draft, cancelled or past seminar.
//
// Calendar around `now` (Tuesday 9 March 2027, 10:15 in Bad Homburg, winter time; summer time begins Sun 28.03.2027):
//   this week:  nothing more today; Wed 10.03. 09:00–11:30 phishing (online, tomorrow), Thu 11.03. 13:00–16:00 social
//               data protection (hybrid, Landratsamt)
//   next week:  Mon 15.03. morning (telephone, Rathaus Oberursel), Tue 16.03. afternoon (stress, online), Wed 17.03.
//               morning (English, Rathaus Bad Homburg; deadline passed Wed 03.03. 12:00), Thu 18.03. afternoon (AI,
//               hybrid)
//   then:       the cancelled forklift course on Mon 22.03. (Bauhof Usingen); Wed 24.03. 14:00–17:30 Excel (vhs-Zentrum
//               Oberursel); Thu 25.03. (CET) and Wed 31.03. (CEST) 09:00–16:00 leadership (Königstein; deadline Fri
//               12.03. 23:59); Easter Fri 26.03.–Mon 29.03.
//   April:      Tue 06. Outlook (online, afternoon), Tue 13. procurement (Landratsamt; deadline Thu 25.03. 12:00, CET),
//               Tue 20. first aid (Rathaus Usingen), Thu 22. de-escalation (Friedrichsdorf, 10 seats), Wed 28. e-file
//               (Neu-Anspach, members only); the draft cemetery course on Tue 27.04.
//   May:        Tue 04. council meetings (Königstein; deadline Fri 16.04. 23:59), Tue 11. plain language (vhs-Zentrum
//               Oberursel), Wed 19. Teams meetings (online), Fri 21. ergonomics (online), Wed 26. housing benefit
//               (Landratsamt); the cancelled presentation course on Mon 10.05.
//   June/July:  Tue 08.06. project management (hybrid), Thu 17.06. team conflicts (Königstein), Wed 23.06. Doppik
//               (Landratsamt), Thu 01.07. accessible documents (online); the draft social-media course on Tue 15.06.
//   past:       Thu 25.02.2027 fire wardens (Landratsamt), Tue 02.03.2027 property tax (Landratsamt).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-03-09T09:15:00Z'); // Tuesday, 9 March 2027, 10:15 in Bad Homburg (CET)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Der Absender ist nicht, wer er scheint', // Wed 10.03. 09:00–11:30, online, ekom21, Brandt, information security, free
  datenschutz: 'Sozialdaten schützen: Datenschutz im Jobcenter und im Sozialamt', // Thu 11.03. 13:00–16:00, hybrid (Landratsamt), FB Personal, Seibert, free
  telefon: 'Gut ankommen am anderen Ende der Leitung', // Mon 15.03. 09:00–12:30, Rathaus Oberursel, vhs, Weidmann, 65 €, telephone communication
  stress: 'Durchatmen statt durchhalten', // Tue 16.03. 14:00–16:30, online, UKH, Kessler, stress management, free
  english: 'Welcome Desk English: Helping International Residents', // Wed 17.03. 09:30–12:30, Rathaus Bad Homburg, vhs, English, 110 €, deadline passed Wed 03.03. 12:00
  ki: 'Die Maschine schreibt mit', // Thu 18.03. 13:00–16:00, hybrid (Landratsamt), ekom21, Dr. Hartmann, generative AI, free
  excel: 'Tabellen, die rechnen: Excel für Einsteigerinnen und Einsteiger', // Wed 24.03. 14:00–17:30, vhs-Zentrum Oberursel, vhs, Sommer, 89 €, 12 seats
  fuehrung: 'Plötzlich Chefin, plötzlich Chef', // Thu 25.03. (CET) and Wed 31.03. (CEST) 09:00–16:00, Haus der Begegnung Königstein, FB Personal, Dr. Berger, 380 €, new managers
  outlook: 'Ordnung im Posteingang', // Tue 06.04. 13:30–16:00, online, vhs, Sommer, 59 €, Outlook
  vergabe: 'Vergabe nach UVgO und HVTG: Aufträge rechtssicher vergeben', // Tue 13.04. 09:00–16:00, Landratsamt, HVSV, Dr. Hofmann, 240 €, deadline Thu 25.03. 12:00
  ersteHilfe: 'Erste Hilfe am Arbeitsplatz: Grundausbildung für Ersthelfende', // Tue 20.04. 08:30–16:30, Rathaus Usingen, UKH, Lenz, free (UKH pays)
  deeskalation: 'Ruhe bewahren im Publikumsverkehr: Deeskalation und Eigenschutz', // Thu 22.04. 09:00–15:00, Rathaus Friedrichsdorf, UKH, Wolf, free, 10 seats
  eakte: 'Papierlos im Rathaus', // Wed 28.04. 09:00–12:00, Rathaus Neu-Anspach, ekom21, Krämer, e-file, only Usingen/Neu-Anspach/Wehrheim, free
  sitzung: 'Ratsarbeit begleiten: Sitzungsdienst nach der HGO', // Tue 04.05. 09:00–16:00, Rathaus Königstein, HVSV, Schuster, 180 €, deadline Fri 16.04. 23:59
  klartext: 'Klartext statt Amtsdeutsch', // Tue 11.05. 09:00–16:00, vhs-Zentrum Oberursel, vhs, Weidmann, 140 €, plain language
  teams: 'Besprechungen in Microsoft Teams moderieren', // Wed 19.05. 13:00–16:00, online, ekom21, Brandt, free
  ergonomie: 'Gut sitzen, besser arbeiten', // Fri 21.05. 10:00–11:30, online, UKH, Kessler, ergonomics, free
  wohngeld: 'Wohngeld nach der Reform: Berechnung, Bescheid, Rückforderung', // Wed 26.05. 09:00–16:00, Landratsamt, HVSV, Lorenz, 190 €
  projekt: 'Vom Auftrag zum Abschluss: Projektmanagement in der Verwaltung', // Tue 08.06. 09:00–16:00, hybrid (Landratsamt), HVSV, Neumann, 260 €, 20 seats
  konflikte: 'Wenn zwei sich streiten', // Thu 17.06. 09:00–16:00, Haus der Begegnung Königstein, FB Personal, Dr. Berger, 170 €, team conflicts, for managers
  doppik: 'Doppik verstehen: Haushalt und Jahresabschluss für die Fachämter', // Wed 23.06. 09:00–16:00, Landratsamt, HVSV, Vogt, 210 €
  barrierefrei: 'Barrierefreie Dokumente in Word und PDF', // Thu 01.07. 09:00–12:00, online, vhs, Demir, 95 €
  friedhof: 'Friedhofsverwaltung heute: Gebühren, Nutzungsrechte, Satzung', // draft (Tue 27.04.)
  socialMedia: 'Social Media für Rathäuser: Instagram, Facebook und Co.', // draft (Tue 15.06.)
  stapler: 'Sicher am Steuer des Gabelstaplers: Fahrausweis für Bauhofbeschäftigte', // cancelled (Mon 22.03.2027)
  lampenfieber: 'Reden ohne Lampenfieber: sicher präsentieren vor Publikum', // cancelled (Mon 10.05.2027)
  brandschutz: 'Brandschutzhelfer werden: Löschen, Räumen, Alarmieren', // past (Thu 25 February 2027)
  grundsteuer: 'Die neue Grundsteuer: Bescheide erklären, Widersprüche bearbeiten', // past (Tue 2 March 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.friedhof, T.socialMedia, T.stapler, T.lampenfieber, T.brandschutz, T.grundsteuer];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  { q: 'was kostet der excel kurs', kind: 'facts', titles: [T.excel], says: ['kostet 89 €'] },
  {
    q: 'kosten erste hilfe',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse Hessen.'],
  },
  {
    q: 'how much does the vergabe course cost',
    locale: 'en',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['costs €240'],
  },
  // --- facts: when (across the start of summer time), start time, duration ---------------------------------------------
  {
    q: 'wann ist datenschutz',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['am Do., 11.03.2027 von 13:00 bis 16:00 Uhr'],
  },
  {
    q: 'when is the welcome desk english course',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['on Wed, 17 Mar 2027 from 09:30 to 12:30'],
  },
  {
    q: 'wann findet plötzlich chefin plötzlich chef statt',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 25.03.2027 und Mi., 31.03.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'when is the leadership course for new managers',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['on 2 days', 'Thu, 25 Mar 2027 and Wed, 31 Mar 2027', 'each from 09:00 to 16:00'],
  },
  {
    q: 'um wieviel uhr fängt erste hlife an',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['beginnt am Di., 20.04.2027 um 08:30 Uhr'],
  },
  {
    q: 'what time does the wohngeld seminar start',
    locale: 'en',
    kind: 'facts',
    titles: [T.wohngeld],
    says: ['starts on Wed, 26 May 2027 at 09:00'],
  },
  {
    q: 'wie lange dauert gut sitzen besser arbeiten',
    kind: 'facts',
    titles: [T.ergonomie],
    says: ['dauert 1,5 Stunden, von 10:00 bis 11:30 Uhr'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  { q: 'wo ist der deeskalationskurs', kind: 'facts', titles: [T.deeskalation], says: ['im Rathaus Friedrichsdorf'] },
  {
    q: 'where is the first aid course',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['at Rathaus Usingen'],
  },
  { q: 'wer leitet den outlook kurs', kind: 'facts', titles: [T.outlook], says: ['leitet Herr Patrick Sommer'] },
  {
    q: 'who is the trainer for the phishing training',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['is led by Herr Tobias Brandt'],
  },
  { q: 'anmeldeschluss vergabe', kind: 'facts', titles: [T.vergabe], says: ['bis Do., 25.03.2027, 12:00 Uhr'] },
  {
    q: 'registration deadline for the english course',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Wed, 3 Mar 2027, 12:00'],
  },
  {
    q: 'deeskalation noch plätze frei',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['noch 10 von 10 Plätzen frei'],
  },
  {
    q: 'any seats left in the project management course',
    locale: 'en',
    kind: 'facts',
    titles: [T.projekt],
    says: ['has 20 of 20 seats left'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  { conv: 'telefon', q: 'gibt es eine schulung zum telefonieren mit bürgern', kind: 'list', titles: [T.telefon] },
  { conv: 'telefon', q: 'und wo ist die?', kind: 'facts', titles: [T.telefon], says: ['im Rathaus Oberursel'] },
  { conv: 'telefon', q: 'was kostet sie', kind: 'facts', titles: [T.telefon], says: ['kostet 65 €'] },
  { conv: 'ai', q: 'anything on artificial intelligence', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    conv: 'ai',
    q: 'when is it',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['on Thu, 18 Mar 2027 from 13:00 to 16:00'],
  },
  { conv: 'ai', q: 'is it online?', locale: 'en', kind: 'facts', titles: [T.ki], says: [/is hybrid|or online/] },
  { conv: 'sitzung', q: 'fortbildung sitzungsdienst stadtverordnetenversammlung', kind: 'list', titles: [T.sitzung] },
  {
    conv: 'sitzung',
    q: 'wer ist die referentin',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['leitet Frau Gabriele Schuster'],
  },
  {
    conv: 'sitzung',
    q: 'und bis wann kann ich mich anmelden',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['bis Fr., 16.04.2027, 23:59 Uhr'],
  },
  // --- topic searches: everyday words, words only in summary or description, synonyms, typos ---------------------------
  { q: 'gefälschte e-mails erkennen', kind: 'list', titles: [T.phishing] },
  { q: 'burnout vorbeugen', kind: 'list', titles: [T.stress] },
  { q: 'rückenschmerzen am schreibtisch', kind: 'list', titles: [T.ergonomie] },
  { q: 'email postfach aufräumen', kind: 'list', titles: [T.outlook] },
  { q: 'exel für anfänger', kind: 'list', titles: [T.excel] },
  { q: 'deeskaltion', kind: 'list', titles: [T.deeskalation] },
  { q: 'accessible pdf documents', locale: 'en', kind: 'list', titles: [T.barrierefrei] },
  { q: 'briefe verständlich formulieren', kind: 'list', titles: [T.klartext] },
  { q: 'e-akte schulnug', kind: 'list', titles: [T.eakte] },
  { q: 'ausschreibung unterhalb schwellenwert', kind: 'list', titles: [T.vergabe] },
  { q: 'projektmanagment', kind: 'list', titles: [T.projekt] },
  { q: 'running video conferences', locale: 'en', kind: 'list', titles: [T.teams] },
  { q: 'streit im team schlichten', kind: 'list', titles: [T.konflikte] },
  { q: 'any course on housing benefit', locale: 'en', kind: 'list', titles: [T.wohngeld] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, length, cost, language ---------------
  { q: 'was ist morgen', kind: 'list', titles: [T.phishing] },
  { q: 'nächste woche vormittags', kind: 'list', titles: [T.telefon, T.english] },
  { q: 'anything next week in the afternoon', locale: 'en', kind: 'list', titles: [T.stress, T.ki] },
  {
    q: 'was läuft in den nächsten zwei wochen',
    kind: 'list',
    titles: [T.phishing, T.datenschutz, T.telefon, T.stress, T.english, T.ki],
  },
  {
    q: "what's on next month",
    locale: 'en',
    kind: 'list',
    titles: [T.outlook, T.vergabe, T.ersteHilfe, T.deeskalation, T.eakte],
  },
  { q: 'kostenlose seminare im märz', kind: 'list', titles: [T.phishing, T.datenschutz, T.stress, T.ki] },
  { q: 'präsenzseminare im mai', kind: 'list', titles: [T.sitzung, T.klartext, T.wohngeld] },
  { q: 'what is on in june', locale: 'en', kind: 'list', titles: [T.projekt, T.konflikte, T.doppik] },
  { q: 'was gibts in oberursel', kind: 'list', ...only(T.telefon, T.excel, T.klartext) },
  { q: 'kurse von frau kessler', kind: 'list', ...only(T.stress, T.ergonomie) },
  {
    q: 'was bietet die unfallkasse hessen an',
    kind: 'list',
    ...only(T.stress, T.ersteHilfe, T.deeskalation, T.ergonomie),
  },
  { q: 'ich bin führungskraft, was gibt es für mich', kind: 'list', ...only(T.fuehrung, T.konflikte) },
  { q: 'multi-day seminars', locale: 'en', kind: 'list', titles: [T.fuehrung] },
  { q: 'courses in english', locale: 'en', kind: 'list', titles: [T.english] },
  // --- gone, drafts never shown, no match, greeting --------------------------------------------------------------------
  { q: 'wann ist der gabelstapler lehrgang', kind: 'gone', gone: T.stapler },
  { q: 'was kostet reden ohne lampenfieber', kind: 'gone', gone: T.lampenfieber },
  { q: 'brandschutzhelfer ausbildung wann', kind: 'gone', gone: T.brandschutz, says: ['Do., 25.02.2027'] },
  {
    q: 'when was the grundsteuer seminar',
    locale: 'en',
    kind: 'gone',
    gone: T.grundsteuer,
    says: ['Tue, 2 Mar 2027'],
  },
  { q: 'friedhofsverwaltung', kind: 'none' },
  { q: 'social media training', locale: 'en', kind: 'none' },
  { q: 'schulung waffenrecht', kind: 'none' },
  { q: 'guten morgen', kind: 'help' },
  { q: 'what can you do', locale: 'en', kind: 'help' },
];

heldoutSuite(
  'answering questions about a hundred-and-thirty-fourth, independent catalogue (Hochtaunuskreis, HVSV, UKH)',
  {
    fixture: 'heldout134-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
