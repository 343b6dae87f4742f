// Over-fitting check, hundred-and-eighty-seventh catalogue: the first-half 2027 programme of the Landkreis Jerichower Land
// (Saxony-Anhalt) and its towns and municipalities (Burg, Genthin, Gommern, Möckern, Biederitz, Elbe-Parey), with the
// Studieninstitut für kommunale Verwaltung Sachsen-Anhalt (SKV), the county's Personalservice, the municipal IT provider
// KID Magdeburg GmbH, the Unfallkasse Sachsen-Anhalt and the Kreisvolkshochschule Jerichower Land, imported from a JSON
// file. Seminars take place in the Kreishaus Burg, the Kreisvolkshochschule in Burg, the Studieninstitut in Magdeburg, the
// town halls of Burg, Genthin, Gommern and Möckern, the Gemeindezentrum Biederitz and the Feuerwehrhaus Parey, online or
// hybrid. Several titles do not name their subject ("Der Köder im Postfach" is phishing / information security, "Fragen
// an die Maschine" AI, "Ruhig bleiben, wenn es laut wird" de-escalation, "Ordner ade" the e-file, "Gemeinsam am Dokument"
// Microsoft Teams, "Durchatmen statt durchhalten" stress, "Briefe, die ankommen" plain language, "Der Schritt nach vorn"
// new managers, "Gespräche, die weiterbringen" staff appraisals, "Rund um die Uhr geöffnet" the OZG, "Mehr Luft im
// Kalender" time management, "Gute Nachrichten aus dem Rathaus" press work), so only summary, description or topics reveal
// it; one seminar is held in English; the leadership course runs on two days across the start of summer time; the e-file
// course is open only to Möckern, Biederitz and Elbe-Parey; first aid is free, paid by the Unfallkasse. The questions are
// an acceptance tester's: many short follow-ups in a conversation ("und das zweite?", "Und online?", "what does it
// cost?"), a quarter in English, typed without looking at the parser or the answers. Same assertions as the other
// suites: exactly the expected seminars (best first where one is clearly best), the asked fact in the first sentence,
// never a draft, cancelled or past seminar.
//
// Calendar around `now` (Wednesday 13 January 2027, 09:15 in Burg, winter time; summer time begins Sun 28.03.2027):
//   today:       nothing
//   this week:   Thu 14.01. 13:00–15:30 phishing (online, tomorrow), Fri 15.01. 09:00–12:00 data protection (hybrid,
//                Kreishaus Burg)
//   next week:   Mon 18.01. 09:00–12:30 Excel (KVHS Burg, 95 €), Wed 20.01. 09:00–12:30 English (Kreishaus, 140 €;
//                deadline passed Fri 08.01. 23:59), Thu 21.01. 13:00–16:00 AI (online, free)
//   then:        Tue 26.01. de-escalation (Rathaus Gommern, 12 seats); the cancelled telephone course on Thu 28.01.
//   February:    the cancelled winter-service course Mon 01.; Tue 02. Doppik (SKV Magdeburg, 210 €, deadline Mon 18.01.
//                12:00), Wed 10. first aid (Rathaus Genthin, free), Tue 16. e-file (Rathaus Möckern, restricted),
//                Thu 18. Teams (online, 45 €), Tue 23. procurement law (SKV Magdeburg, 230 €), Wed 24. ergonomics
//                (online, 14:00–15:30)
//   March:       Thu 04. stress (Gemeindezentrum Biederitz), Tue 09. plain language (hybrid, Kreishaus), Tue 16. staff
//                appraisals (Kreishaus, for managers), Thu 18.03. (CET) and Thu 08.04. (CEST) new managers (SKV)
//   April:       Tue 13. council meetings (Rathaus Burg; deadline Tue 30.03. 23:59 CEST), Tue 20. press work
//                (Biederitz), Wed 21. fire wardens (Feuerwehrhaus Parey, 08:30)
//   May / June:  Tue 11.05. OZG (online), Wed 26.05. TVöD (online, 120 €), Mon 07.06. time management (Rathaus Genthin);
//                the drafts social media (Tue 15.06.) and heat protection (Thu 17.06.)
//   past:        Tue 08.12.2026 Grundsteuer (Kreishaus), Thu 07.01.2027 accessible PDFs (online).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-01-13T08:15:00Z'); // Wednesday, 13 January 2027, 09:15 in Burg (CET)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Der Köder im Postfach', // Thu 14.01. 13:00–15:30, online, KID, Wendt, information security, free
  datenschutz: 'Datenschutz im Bürgerbüro: Was darf ich sagen?', // Fri 15.01. 09:00–12:00, hybrid (Kreishaus Burg), Personalservice, free
  excel: 'Excel im Verwaltungsalltag: Listen, Formeln, Pivot', // Mon 18.01. 09:00–12:30, KVHS Burg, Lehmann, 95 € (Dienststelle pays)
  english: 'Welcome Desk English: Talking to International Residents', // Wed 20.01. 09:00–12:30, Kreishaus, KVHS, Donovan, 140 €, English, deadline passed Fri 08.01. 23:59
  ki: 'Fragen an die Maschine', // Thu 21.01. 13:00–16:00, online, KID, Dr. Rother, AI / ChatGPT, free
  deeskalation: 'Ruhig bleiben, wenn es laut wird', // Tue 26.01. 09:00–15:00, Rathaus Gommern, UK LSA, Nowak, free, 12 seats
  haushalt: 'Doppik verstehen: Kommunales Haushaltsrecht kompakt', // Tue 02.02. 09:00–15:30, SKV Magdeburg, Dr. Schulze, 210 €, deadline Mon 18.01. 12:00
  ersteHilfe: 'Erste Hilfe in der Dienststelle: Grundausbildung für Ersthelfende', // Wed 10.02. 08:00–16:00, Rathaus Genthin, UK LSA, free (UK pays)
  eakte: 'Ordner ade', // Tue 16.02. 09:00–12:00, Rathaus Möckern, KID, Wendt, e-file, only Möckern/Biederitz/Elbe-Parey, free
  teams: 'Gemeinsam am Dokument', // Thu 18.02. 09:00–11:30, online, KID, Bauer, Microsoft Teams, 45 €
  vergabe: 'Vergaberecht für die Praxis: Aufträge rechtssicher vergeben', // Tue 23.02. 09:00–16:00, SKV Magdeburg, Hoffmann, 230 €
  ergonomie: 'Gut sitzen, klar sehen', // Wed 24.02. 14:00–15:30, online, UK LSA, Brandt, ergonomics, free
  stress: 'Durchatmen statt durchhalten', // Thu 04.03. 13:00–16:30, Gemeindezentrum Biederitz, KVHS, Vogt, stress, 60 €
  sprache: 'Briefe, die ankommen', // Tue 09.03. 09:00–16:00, hybrid (Kreishaus), SKV, Dr. Sommer, plain language, 180 €
  gespraeche: 'Gespräche, die weiterbringen', // Tue 16.03. 09:00–15:00, Kreishaus, Personalservice, Kühn, appraisals, for managers, free
  fuehrung: 'Der Schritt nach vorn', // Thu 18.03. (CET) and Thu 08.04. (CEST) 09:00–16:00, SKV Magdeburg, Dr. Sommer, 520 €, new managers
  sitzung: 'Sitzungsdienst kompakt: Von der Einladung bis zur Niederschrift', // Tue 13.04. 09:00–15:00, Rathaus Burg, SKV, Lorenz, 170 €, 16 seats, deadline Tue 30.03. 23:59
  presse: 'Gute Nachrichten aus dem Rathaus', // Tue 20.04. 09:00–15:00, Gemeindezentrum Biederitz, KVHS, Marquardt, press work, 85 €
  brandschutz: 'Feuer erkannt, Gefahr gebannt', // Wed 21.04. 08:30–14:30, Feuerwehrhaus Parey, UK LSA, Nowak, fire wardens, free
  onlinedienste: 'Rund um die Uhr geöffnet', // Tue 11.05. 09:30–12:00, online, KID, Bauer, OZG, free
  tvoed: 'Wer verdient was? Eingruppierung nach TVöD', // Wed 26.05. 09:00–12:00, online, SKV, Dr. Schulze, 120 €
  zeit: 'Mehr Luft im Kalender', // Mon 07.06. 09:00–15:00, Rathaus Genthin, KVHS, Vogt, time management, 75 €
  socialMedia: 'Gefällt mir! Social Media im Rathaus', // draft (Tue 15.06.)
  hitze: 'Wenn es im Büro zu heiß wird', // draft (Thu 17.06.)
  telefon: 'Gut erreichbar: Telefonkommunikation im Bürgerservice', // cancelled (Thu 28.01.2027)
  winterdienst: 'Sicher räumen und streuen: Winterdienst für Bauhöfe', // cancelled (Mon 01.02.2027)
  grundsteuer: 'Grundsteuer nach der Reform: Neue Bescheide erklären', // past (Tue 8 Dec 2026)
  barrierefrei: 'Barrierefreie PDF-Dokumente erstellen', // past (Thu 7 Jan 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.socialMedia, T.hitze, T.telefon, T.winterdienst, T.grundsteuer, T.barrierefrei];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-ups in a conversation: a fact after a list, "und das zweite?", "Und online?", "what does it cost?" --------
  { conv: 'naechsteWoche', q: 'was läuft nächste woche', kind: 'list', titles: [T.excel, T.english, T.ki] },
  {
    conv: 'naechsteWoche',
    q: 'was kostet das erste?',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 95 €'],
    mentions: ['Die Gebühr trägt die entsendende Dienststelle.'],
  },
  { conv: 'naechsteWoche', q: 'und das zweite?', kind: 'facts', titles: [T.english], says: ['kostet 140 €'] },
  { conv: 'koeder', q: 'gibt es was zu phishing', kind: 'list', titles: [T.phishing] },
  {
    conv: 'koeder',
    q: 'und wann ist das?',
    kind: 'facts',
    titles: [T.phishing],
    says: ['am Do., 14.01.2027 von 13:00 bis 15:30 Uhr'],
  },
  {
    conv: 'februar',
    q: 'präsenzseminare im februar',
    kind: 'list',
    titles: [T.haushalt, T.ersteHilfe, T.eakte, T.vergabe],
  },
  { conv: 'februar', q: 'Und online?', kind: 'list', titles: [T.teams, T.ergonomie] },
  { conv: 'chatgpt', q: 'is there any training on ChatGPT?', locale: 'en', kind: 'list', titles: [T.ki] },
  { conv: 'chatgpt', q: 'is it online?', locale: 'en', kind: 'facts', titles: [T.ki], says: ['takes place online'] },
  {
    conv: 'chatgpt',
    q: 'who is the trainer?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is led by Frau Dr. Anne Rother'],
  },
  { conv: 'ersthelfer', q: 'gibts was für ersthelfer?', kind: 'list', titles: [T.ersteHilfe] },
  { conv: 'ersthelfer', q: 'wo ist das', kind: 'facts', titles: [T.ersteHilfe], says: ['im Rathaus Genthin'] },
  {
    conv: 'ersthelfer',
    q: 'was kostet das?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse Sachsen-Anhalt für ihre Mitgliedsbetriebe.'],
  },
  {
    conv: 'schritt',
    q: 'wann ist der schritt nach vorn',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 18.03.2027 und Do., 08.04.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'schritt',
    q: 'und wo?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['im Studieninstitut für kommunale Verwaltung Sachsen-Anhalt'],
  },
  { conv: 'sitzung', q: 'gibts was zum sitzungsdienst', kind: 'list', titles: [T.sitzung] },
  {
    conv: 'sitzung',
    q: 'bis wann kann ich mich anmelden?',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['bis Di., 30.03.2027, 23:59 Uhr'],
  },
  { conv: 'doppik', q: 'is there a course on doppik?', locale: 'en', kind: 'list', titles: [T.haushalt] },
  { conv: 'doppik', q: 'what does it cost?', locale: 'en', kind: 'facts', titles: [T.haushalt], says: ['costs €210'] },
  {
    conv: 'doppik',
    q: 'and the registration deadline?',
    locale: 'en',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['until Mon, 18 Jan 2027, 12:00'],
  },
  {
    conv: 'laut',
    q: 'bürger werden am schalter laut, gibts dafür ein training',
    kind: 'list',
    titles: [T.deeskalation],
  },
  {
    conv: 'laut',
    q: 'wie lange geht das',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['dauert 6 Stunden, von 09:00 bis 15:00 Uhr'],
  },
  { conv: 'tvoed', q: 'anything on the TVöD?', locale: 'en', kind: 'list', titles: [T.tvoed] },
  { conv: 'tvoed', q: 'how much is it?', locale: 'en', kind: 'facts', titles: [T.tvoed], says: ['costs €120'] },
  // --- facts: cost, when, start time, duration, where, format, trainer, deadline --------------------------------------
  {
    q: 'was kostet die ms teams schulung',
    kind: 'facts',
    titles: [T.teams],
    says: ['kostet 45 €'],
    mentions: ['Abgerechnet wird über die Dienststelle.'],
  },
  {
    q: 'wann ist datenschutz im bürgerbüro',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['am Fr., 15.01.2027 von 09:00 bis 12:00 Uhr'],
  },
  {
    q: 'wann ist der englischkurs',
    kind: 'facts',
    titles: [T.english],
    says: ['am Mi., 20.01.2027 von 09:00 bis 12:30 Uhr'],
  },
  {
    q: 'what time does the fire warden training start',
    locale: 'en',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['starts on Wed, 21 Apr 2027 at 08:30'],
  },
  {
    q: 'wie lange dauert gut sitzen klar sehen',
    kind: 'facts',
    titles: [T.ergonomie],
    says: ['dauert 1,5 Stunden, von 14:00 bis 15:30 Uhr'],
  },
  {
    q: 'wie lange dauert der schritt nach vorn',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['dauert 2 Tage, jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'where is the workshop on press releases',
    locale: 'en',
    kind: 'facts',
    titles: [T.presse],
    says: ['at Gemeindezentrum Biederitz'],
  },
  { q: 'bürgernahe sprache online oder präsenz', kind: 'facts', titles: [T.sprache], says: [/findet hybrid statt/] },
  {
    q: 'wer ist dozentin beim vergaberecht',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['leitet Frau Petra Hoffmann'],
  },
  {
    q: 'who teaches the welcome desk english course',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['is led by Ms Claire Donovan'],
  },
  {
    q: 'bis wann kann ich mich für welcome desk english anmelden',
    kind: 'facts',
    titles: [T.english],
    says: ['am Fr., 08.01.2027, 23:59 Uhr abgelaufen'],
  },
  // --- topic searches: subjects only in summary or description, synonyms, typos ---------------------------------------
  { q: 'informationssicherheit', kind: 'list', titles: [T.phishing] },
  { q: 'exel schulung', kind: 'list', titles: [T.excel] },
  { q: 'künstliche inteligenz', kind: 'list', titles: [T.ki] },
  { q: 'e-akte', kind: 'list', titles: [T.eakte] },
  { q: 'zeitmanagment', kind: 'list', titles: [T.zeit] },
  { q: 'gesundheitsförderung', kind: 'list', ...only(T.ergonomie, T.stress) },
  { q: 'stress management', locale: 'en', kind: 'list', titles: [T.stress] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, length, cost, language ----------------
  { q: 'was ist diese woche noch', kind: 'list', titles: [T.phishing, T.datenschutz] },
  { q: 'anything next week in the morning', locale: 'en', kind: 'list', titles: [T.excel, T.english] },
  { q: 'was gibt es im märz', kind: 'list', titles: [T.stress, T.sprache, T.gespraeche, T.fuehrung] },
  {
    q: "what's on next month",
    locale: 'en',
    kind: 'list',
    titles: [T.haushalt, T.ersteHilfe, T.eakte, T.teams, T.vergabe, T.ergonomie],
  },
  { q: 'kostenlose seminare im januar', kind: 'list', titles: [T.phishing, T.datenschutz, T.ki, T.deeskalation] },
  { q: 'online seminare im mai', kind: 'list', titles: [T.onlinedienste, T.tvoed] },
  { q: 'was gibts in genthin', kind: 'list', ...only(T.ersteHilfe, T.zeit) },
  { q: 'seminare von frau sommer', kind: 'list', ...only(T.sprache, T.fuehrung) },
  {
    q: 'was bietet die unfallkasse an',
    kind: 'list',
    ...only(T.deeskalation, T.ersteHilfe, T.ergonomie, T.brandschutz),
  },
  { q: 'was bietet die KID an', kind: 'list', ...only(T.phishing, T.ki, T.eakte, T.teams, T.onlinedienste) },
  { q: 'ich bin führungskraft, was gibts für mich', kind: 'list', ...only(T.gespraeche, T.fuehrung) },
  { q: 'mehrtägige seminare', kind: 'list', titles: [T.fuehrung] },
  { q: 'any courses in english', locale: 'en', kind: 'list', titles: [T.english] },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'telefontraining wann', kind: 'gone', gone: T.telefon },
  { q: 'was kostet der winterdienst lehrgang', kind: 'gone', gone: T.winterdienst },
  { q: 'grundsteuer schulung wann war die', kind: 'gone', gone: T.grundsteuer, says: ['Di., 08.12.2026'] },
  { q: 'barrierefreie pdf dokumente wann', kind: 'gone', gone: T.barrierefrei, says: ['Do., 07.01.2027'] },
  { q: 'social media schulung', kind: 'none' },
  { q: 'hitzeschutz', kind: 'none' },
  { q: 'spanish for beginners', locale: 'en', kind: 'none' },
  { q: 'hallo', kind: 'help' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a hundred-and-eighty-seventh, independent catalogue (Landkreis Jerichower Land, SKV, Unfallkasse Sachsen-Anhalt)',
  {
    fixture: 'heldout187-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
