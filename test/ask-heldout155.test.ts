// Over-fitting check, hundred-and-fifty-fifth catalogue: the 2027 spring programme of the Landkreis Hildburghausen
// (Thuringia) with the Thüringer Verwaltungsschule (TVS), the Landratsamt's Personalamt, the Kommunale
// Informationsverarbeitung Thüringen (KIV), the Unfallkasse Thüringen and the Kreisvolkshochschule Hildburghausen
// (KVHS), for the county and its towns (Hildburghausen, Eisfeld, Schleusingen, Themar, Heldburg, Römhild), imported from
// a JSON file. Seminars take place in the Landratsamt Hildburghausen, the KVHS-Bildungszentrum Hildburghausen, the town
// halls of Hildburghausen, Eisfeld, Schleusingen, Themar, Römhild and Heldburg, online or hybrid. Ten titles do not name
// their subject ("Vorsicht, Anhang!" is information security, "Ruhe bewahren, wenn es laut wird" de-escalation, "Der
// digitale Kollege" AI, "Auf den Punkt gebracht" minute-taking, "Gelassen durch den Arbeitstag" stress and health,
// "Schreiben, dass es ankommt" plain language, "Papierlos im Rathaus" the e-file, "Plötzlich Chefin oder Chef"
// leadership, "Anträge rund um die Uhr" the OZG, "Dicke Luft im Büro" conflicts between colleagues), so only summary,
// description or topics reveal it; one seminar is held in English (its registration deadline has passed); the
// leadership course runs on two consecutive days; the e-file course is open only to Hildburghausen and Themar; first
// aid, de-escalation and stress are free (the Unfallkasse pays), the Teams course is free (the Personalamt pays). The
// questions are written the way an acceptance tester writes them — complete, polite sentences, some in English, a few
// typos — without looking at the parser or the answers, with many facts and follow-ups in conversations. Same
// assertions as the other suites: exactly the expected seminars (best first where one is clearly best), the asked fact
// in the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Tuesday 2 March 2027, 09:15 in Hildburghausen, winter time; summer time begins Sun 28.03.2027,
// which is also Easter Sunday — Good Friday 26.03. and Easter Monday 29.03. have no seminars):
//   this week:  nothing today; Wed 03.03. 13:00–16:00 Excel (online, tomorrow), Thu 04.03. 09:00–12:00 information
//               security (online), Fri 05.03. 09:00–12:30 data protection (hybrid, Landratsamt)
//   next week:  Mon 08.03. 09:00–15:00 de-escalation (Rathaus Eisfeld), Tue 09.03. 13:00–16:00 AI (hybrid,
//               Landratsamt), Wed 10.03. 09:00–12:30 English (Landratsamt; deadline passed Fri 26.02. 23:59),
//               Thu 11.03. 09:00–16:00 minute-taking (Rathaus Schleusingen)
//   then March: Thu 18.03. 08:30–16:30 first aid (KVHS-Bildungszentrum; deadline Thu 11.03. 12:00), Tue 23.03. Doppik
//               (Landratsamt); the cancelled PowerPoint course on Thu 25.03.
//   April:      Thu 01. stress (online), Tue 06. procurement (Rathaus Themar; deadline Fri 19.03. 12:00), Tue 13. Teams
//               (online), Wed 14. plain language (KVHS-Bildungszentrum), Tue 20. e-file (Rathaus Hildburghausen, only
//               Hildburghausen and Themar), Thu 22./Fri 23. leadership (KVHS-Bildungszentrum; deadline Thu 08.04.
//               23:59), Wed 28. building law (Rathaus Eisfeld); the cancelled Bauhof safety course on Fri 16.04.
//   May:        Tue 04. OZG (online; deadline Tue 27.04. 23:59), Wed 12. registry office (Rathaus Römhild), Tue 18.
//               conflicts (Rathaus Schleusingen), Wed 26. TVöD (online); the draft housing-benefit course on Thu 20.05.
//   June:       Tue 08. exam preparation for trainees (Landratsamt), Wed 16. social media (Rathaus Heldburg); the draft
//               climate-protection course on Tue 22.06.
//   past:       Thu 21.01.2027 property tax (Landratsamt), Wed 10.02.2027 accessible documents (online).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-03-02T08:15:00Z'); // Tuesday, 2 March 2027, 09:15 in Hildburghausen (CET)
const TZ = 'Europe/Berlin';

const T = {
  excel: 'Excel im Verwaltungsalltag: Listen, Formeln, Auswertungen', // Wed 03.03. 13:00–16:00, online, KVHS, Frau Katrin Büttner, 85 € (Dienststelle pays)
  phishing: 'Vorsicht, Anhang!', // Thu 04.03. 09:00–12:00, online, KIV, Herr Tobias Recknagel, information security, free, 150 seats
  datenschutz: 'Datenschutz im Bürgerbüro: Auskünfte, Weitergabe, Löschfristen', // Fri 05.03. 09:00–12:30, hybrid (Landratsamt), Personalamt, Frau Dr. Susanne Heß, free
  deeskalation: 'Ruhe bewahren, wenn es laut wird', // Mon 08.03. 09:00–15:00, Rathaus Eisfeld, Unfallkasse, Herr Ralf Dressel, de-escalation, free, 12 seats
  ki: 'Der digitale Kollege: Chancen und Grenzen im Amt', // Tue 09.03. 13:00–16:00, hybrid (Landratsamt), KIV, Herr Tobias Recknagel, AI, free
  english: 'Welcome to Hildburghausen: English for Front-Desk Staff', // Wed 10.03. 09:00–12:30, Landratsamt, KVHS, Frau Emma Clarke, in English, 110 €, 14 seats, deadline passed Fri 26.02. 23:59
  protokoll: 'Auf den Punkt gebracht', // Thu 11.03. 09:00–16:00, Rathaus Schleusingen, TVS, Frau Petra Kühn, minute-taking, 180 €, 16 seats
  ersteHilfe: 'Erste Hilfe im Dienst: Lehrgang für Ersthelfende', // Thu 18.03. 08:30–16:30, KVHS-Bildungszentrum, Unfallkasse, Herr Sven Holland, free (Unfallkasse pays), deadline Thu 11.03. 12:00
  doppik: 'Vom Haushaltsplan zum Jahresabschluss: Kommunale Doppik kompakt', // Tue 23.03. 09:00–16:00, Landratsamt, TVS, Herr Dr. Andreas Kümpel, 240 €
  stress: 'Gelassen durch den Arbeitstag', // Thu 01.04. 13:00–15:30, online, Unfallkasse, Frau Anne Wagner, stress / health, free
  vergabe: 'Vergaberecht kompakt: Liefer- und Dienstleistungen rechtssicher beschaffen', // Tue 06.04. 09:00–16:00, Rathaus Themar, TVS, Herr Frank Luthardt, 220 €, deadline Fri 19.03. 12:00
  teams: 'Zusammenarbeiten mit Microsoft Teams: Chats, Kanäle, Besprechungen', // Tue 13.04. 09:00–11:00, online, KVHS, Frau Katrin Büttner, free (Personalamt pays)
  sprache: 'Schreiben, dass es ankommt', // Wed 14.04. 09:00–12:00, KVHS-Bildungszentrum, KVHS, Herr Jonas Fröbel, plain language, 95 €
  eakte: 'Papierlos im Rathaus', // Tue 20.04. 09:00–12:00, Rathaus Hildburghausen, KIV, Herr Marco Eichhorn, e-file, only Hildburghausen/Themar, free
  fuehrung: 'Plötzlich Chefin oder Chef', // Thu 22.04. and Fri 23.04. 09:00–16:00, KVHS-Bildungszentrum, TVS, Frau Dr. Claudia Sesselmann, leadership, 460 €, deadline Thu 08.04. 23:59
  baurecht: 'Bauordnungsrecht in Thüringen: Bauanträge prüfen nach der ThürBO', // Wed 28.04. 09:00–16:00, Rathaus Eisfeld, TVS, Herr Uwe Schubart, 210 €, 18 seats
  ozg: 'Anträge rund um die Uhr', // Tue 04.05. 13:00–16:00, online, KIV, Herr Marco Eichhorn, OZG, free, deadline Tue 27.04. 23:59
  standesamt: 'Personenstandsrecht aktuell: Fortbildung für Standesbeamtinnen und Standesbeamte', // Wed 12.05. 09:00–16:00, Rathaus Römhild, TVS, Frau Birgit Lämmerhirt, 190 €, 16 seats
  konflikte: 'Dicke Luft im Büro', // Tue 18.05. 09:00–15:00, Rathaus Schleusingen, KVHS, Herr Jonas Fröbel, conflicts between colleagues, 150 €
  tvoed: 'TVöD kompakt: Eingruppierung, Arbeitszeit und Urlaub', // Wed 26.05. 09:00–12:00, online, Personalamt, Frau Sabine Heym, free
  pruefung: 'Fit für die Abschlussprüfung', // Tue 08.06. 09:00–15:00, Landratsamt, Personalamt, Herr Steffen Kirchner, trainees, free
  social: 'Öffentlichkeitsarbeit für Kommunen: Social Media im Rathaus', // Wed 16.06. 09:00–13:00, Rathaus Heldburg, KVHS, Frau Lisa Amm, 120 €, 20 seats
  wohngeld: 'Wohngeld kompakt: Berechnung und Bescheid nach dem Wohngeld-Plus-Gesetz', // draft (Thu 20.05.)
  klima: 'Klimaschutzmanagement in kleinen Gemeinden', // draft (Tue 22.06.)
  powerpoint: 'Präsentationen gestalten mit PowerPoint', // cancelled (Thu 25.03.2027)
  bauhof: 'Arbeitssicherheit auf dem Bauhof: Leitern, Gerüste, Hebebühnen', // cancelled (Fri 16.04.2027)
  grundsteuer: 'Neues Grundsteuerrecht in der Praxis: Bescheide und Widersprüche', // past (Thu 21 January 2027)
  barrierefrei: 'Barrierefreie Dokumente mit Word und PDF', // past (Wed 10 February 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.wohngeld, T.klima, T.powerpoint, T.bauhof, T.grundsteuer, T.barrierefrei];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  {
    q: 'Was kostet das Excel-Seminar?',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 85 €'],
    mentions: ['Die Gebühr trägt die entsendende Dienststelle.'],
  },
  {
    q: 'How much does the procurement law seminar cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['costs €220'],
  },
  {
    q: 'Muss ich für den Erste-Hilfe-Lehrgang etwas bezahlen?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse Thüringen für ihre Mitgliedsverwaltungen.'],
  },
  // --- facts: when (one day, two days), start time, duration ----------------------------------------------------------
  {
    q: 'Wann findet das Datenschutz-Seminar statt?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['am Fr., 05.03.2027 von 09:00 bis 12:30 Uhr'],
  },
  {
    q: 'An welchen Tagen findet das Seminar „Plötzlich Chefin oder Chef“ statt?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 22.04.2027 und Fr., 23.04.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'When is the seminar on building law (Bauordnungsrecht)?',
    locale: 'en',
    kind: 'facts',
    titles: [T.baurecht],
    says: ['on Wed, 28 Apr 2027 from 09:00 to 16:00'],
  },
  {
    q: 'Um wie viel Uhr beginnt der Erste-Hilfe-Kurs?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['beginnt am Do., 18.03.2027 um 08:30 Uhr'],
  },
  {
    q: 'What time does the Microsoft Teams training start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.teams],
    says: ['starts on Tue, 13 Apr 2027 at 09:00'],
  },
  {
    q: 'Wie lange dauert das Seminar „Gelassen durch den Arbeitstag“?',
    kind: 'facts',
    titles: [T.stress],
    says: ['dauert 2,5 Stunden, von 13:00 bis 15:30 Uhr'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  {
    q: 'Wo findet die Fortbildung für Standesbeamte statt?',
    kind: 'facts',
    titles: [T.standesamt],
    says: ['im Rathaus Römhild'],
  },
  {
    q: 'Where does the information security training take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['takes place online'],
  },
  {
    q: 'Findet das KI-Seminar online oder vor Ort statt?',
    kind: 'facts',
    titles: [T.ki],
    says: [/findet hybrid statt|oder online statt/],
  },
  {
    q: 'Wer leitet das Seminar zur bürgernahen Sprache?',
    kind: 'facts',
    titles: [T.sprache],
    says: ['leitet Herr Jonas Fröbel'],
  },
  {
    q: 'Who teaches the Doppik course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.doppik],
    says: ['is led by Herr Dr. Andreas Kümpel'],
  },
  {
    q: 'What is the registration deadline for the English course for front-desk staff?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 26 Feb 2027, 23:59'],
  },
  {
    q: 'Bis wann kann ich mich zum Vergaberecht-Seminar anmelden?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Fr., 19.03.2027, 12:00 Uhr'],
  },
  {
    q: 'Sind beim Deeskalationstraining noch Plätze frei?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  {
    q: 'How many seats are still available in the social media workshop?',
    locale: 'en',
    kind: 'facts',
    titles: [T.social],
    says: ['has 20 of 20 seats left'],
  },
  // --- follow-ups in conversations -------------------------------------------------------------------------------------
  {
    conv: 'phishing',
    q: 'Gibt es eine Schulung, in der ich lerne, gefälschte E-Mails zu erkennen?',
    kind: 'list',
    titles: [T.phishing],
  },
  {
    conv: 'phishing',
    q: 'Wann ist der nächste Termin?',
    kind: 'facts',
    titles: [T.phishing],
    says: ['am Do., 04.03.2027 von 09:00 bis 12:00 Uhr'],
  },
  {
    conv: 'phishing',
    q: 'Findet das online statt?',
    kind: 'facts',
    titles: [T.phishing],
    says: ['findet online statt'],
  },
  { conv: 'ai', q: 'Is there any training on artificial intelligence?', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    conv: 'ai',
    q: 'Where does it take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['at Landratsamt Hildburghausen'],
  },
  {
    conv: 'ai',
    q: 'Who is the trainer?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is led by Herr Tobias Recknagel'],
  },
  {
    conv: 'protokoll',
    q: 'Ich muss demnächst im Stadtrat Protokoll führen. Gibt es dazu ein Seminar?',
    kind: 'list',
    titles: [T.protokoll],
  },
  {
    conv: 'protokoll',
    q: 'Und wo findet das statt?',
    kind: 'facts',
    titles: [T.protokoll],
    says: ['im Rathaus Schleusingen'],
  },
  {
    conv: 'protokoll',
    q: 'Wie lange dauert es?',
    kind: 'facts',
    titles: [T.protokoll],
    says: ['dauert 7 Stunden, von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'fuehrung',
    q: 'Ich werde bald Sachgebietsleiterin. Gibt es ein Seminar für neue Führungskräfte?',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'fuehrung',
    q: 'Bis wann kann ich mich anmelden?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['bis Do., 08.04.2027, 23:59 Uhr'],
  },
  {
    conv: 'fuehrung',
    q: 'Wie lange dauert das Seminar?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['dauert 2 Tage, jeweils von 09:00 bis 16:00 Uhr'],
  },
  { conv: 'english', q: 'Do you have any seminars held in English?', locale: 'en', kind: 'list', titles: [T.english] },
  {
    conv: 'english',
    q: 'How many places are left?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['has 14 of 14 seats left'],
  },
  {
    conv: 'english',
    q: 'What time does it start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['starts on Wed, 10 Mar 2027 at 09:00'],
  },
  {
    conv: 'april',
    q: 'Welche kostenlosen Seminare gibt es im April?',
    kind: 'list',
    titles: [T.stress, T.teams, T.eakte],
  },
  {
    conv: 'april',
    q: 'Wer leitet das zweite?',
    kind: 'facts',
    titles: [T.teams],
    says: ['leitet Frau Katrin Büttner'],
  },
  {
    conv: 'april',
    q: 'Um wie viel Uhr beginnt das dritte?',
    kind: 'facts',
    titles: [T.eakte],
    says: ['beginnt am Di., 20.04.2027 um 09:00 Uhr'],
  },
  {
    conv: 'eisfeld',
    q: 'Welche Seminare finden in Eisfeld statt?',
    kind: 'list',
    titles: [T.deeskalation, T.baurecht],
  },
  { conv: 'eisfeld', q: 'Was kostet der zweite?', kind: 'facts', titles: [T.baurecht], says: ['kostet 210 €'] },
  {
    conv: 'ozg',
    q: 'Is there a seminar about the Online Access Act (OZG)?',
    locale: 'en',
    kind: 'list',
    titles: [T.ozg],
  },
  { conv: 'ozg', q: 'Is it online?', locale: 'en', kind: 'facts', titles: [T.ozg], says: ['takes place online'] },
  {
    conv: 'ozg',
    q: 'How long does it take?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ozg],
    says: ['lasts 3 hours, from 13:00 to 16:00'],
  },
  {
    conv: 'ozg',
    q: 'Until when can I register?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ozg],
    says: ['until Tue, 27 Apr 2027, 23:59'],
  },
  // --- topic searches: words only in summary, description or topics, synonyms, typos, English -------------------------
  { q: 'Gibt es eine Schulung zur elektronischen Akte?', kind: 'list', titles: [T.eakte] },
  { q: 'Gibt es ein Seminar, wie man Konfikte am Arbeitsplatz löst?', kind: 'list', titles: [T.konflikte] },
  { q: 'Ich suche einen Kurs zu Exel.', kind: 'list', titles: [T.excel] },
  {
    q: 'Gibt es ein Training für Situationen, in denen Besucher aggressiv werden?',
    kind: 'list',
    titles: [T.deeskalation],
  },
  { q: 'Is there a course on public procurement?', locale: 'en', kind: 'list', titles: [T.vergabe] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, length ---------------------------------
  { q: 'Was findet diese Woche noch statt?', kind: 'list', titles: [T.excel, T.phishing, T.datenschutz] },
  {
    q: "What's on next week?",
    locale: 'en',
    kind: 'list',
    titles: [T.deeskalation, T.ki, T.english, T.protokoll],
  },
  { q: 'Welche Online-Seminare gibt es im April?', kind: 'list', titles: [T.stress, T.teams] },
  { q: 'Welche Seminare finden in Schleusingen statt?', kind: 'list', ...only(T.protokoll, T.konflikte) },
  { q: 'Welche Kurse gibt Frau Büttner?', kind: 'list', ...only(T.excel, T.teams) },
  {
    q: 'What does the Unfallkasse Thüringen offer?',
    locale: 'en',
    kind: 'list',
    ...only(T.deeskalation, T.ersteHilfe, T.stress),
  },
  {
    q: 'Welche Seminare bietet die Thüringer Verwaltungsschule an?',
    kind: 'list',
    ...only(T.protokoll, T.doppik, T.vergabe, T.fuehrung, T.baurecht, T.standesamt),
  },
  { q: 'Gibt es Angebote für Auszubildende?', kind: 'list', titles: [T.pruefung] },
  { q: 'Welche Seminare dauern mehrere Tage?', kind: 'list', titles: [T.fuehrung] },
  // --- gone, drafts never shown, no match, greeting, thanks, registrations ---------------------------------------------
  { q: 'Wann findet der PowerPoint-Kurs statt?', kind: 'gone', gone: T.powerpoint },
  {
    q: 'When does the Bauhof course on ladders and scaffolding take place?',
    locale: 'en',
    kind: 'gone',
    gone: T.bauhof,
  },
  { q: 'Wann war das Seminar zur Grundsteuerreform?', kind: 'gone', gone: T.grundsteuer, says: ['Do., 21.01.2027'] },
  { q: 'Wann findet „Wohngeld kompakt“ statt?', kind: 'none' },
  { q: 'Gibt es eine SAP-Schulung?', kind: 'none' },
  { q: 'Hallo! Wobei können Sie mir helfen?', kind: 'help' },
  { q: 'Vielen Dank, das hilft mir weiter!', kind: 'thanks' },
  { q: 'Zeigen Sie mir bitte meine Anmeldungen.', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a hundred-and-fifty-fifth, independent catalogue (Landkreis Hildburghausen, TVS, Unfallkasse Thüringen)',
  {
    fixture: 'heldout155-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
