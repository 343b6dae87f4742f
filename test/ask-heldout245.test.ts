// Over-fitting check, two-hundred-and-forty-fifth catalogue: the 2027 programme for the Landkreis Ansbach (Bavaria)
// and its towns (Ansbach with the Landratsamt, Feuchtwangen, Dinkelsbühl, Rothenburg ob der Tauber, Heilsbronn,
// Herrieden), with the Fortbildungsakademie des Landkreises Ansbach, the IT-Service des Landratsamts Ansbach, the AKDB
// (Anstalt für Kommunale Datenverarbeitung in Bayern), the Kommunale Unfallversicherung Bayern (KUVB), the Volkshochschule
// Rothenburg ob der Tauber (VHS) and the Bayerische Verwaltungsschule (BVS), imported from a JSON file. Seminars take
// place in the Landratsamt Ansbach, the town halls of Rothenburg, Dinkelsbühl, Feuchtwangen, Herrieden and Heilsbronn,
// the Volkshochschule Rothenburg, the Tagungszentrum Heilsbronn, online or hybrid. Several titles do not name their
// subject ("Mit einem Klick besiegelt" is electronic signatures, "Falsche Absender, echte Schäden" phishing, "Besprechen
// ohne Anreise" video meetings in Teams, "Eins nach dem anderen" time management, "Der Antrag kommt von zu Hause" OZG
// online services, "Post, die ankommt" plain language in letters, "Ordnung ohne Ordner" the new document management
// system / e-file, "Ruhig bleiben, wenn's laut wird" de-escalation, "Gut sitzen, besser arbeiten" the ergonomic desk,
// "Akku leer?" stress, "Die Maschine schreibt mit" generative AI, "Vom Team an die Spitze" leadership for new managers,
// "Gesehen werden" social media), so only summary, description or topics reveal it. The questions are written the way
// people describe their problem rather than name the seminar ("mir wächst die Arbeit über den Kopf", "wir sollen jetzt
// alles digital unterschreiben", "my boss wants me to learn that new filing system"). One seminar is held in English;
// the leadership course runs on three days; the council-information-system course is open only to Feuchtwangen,
// Herrieden and Heilsbronn; first aid is free, paid by the KUVB. About a quarter of the questions are in English,
// written without looking at the parser or the answers.
//
// Calendar around `now` (Friday 21 May 2027, 10:00 in Ansbach, summer time; Corpus Christi, a holiday in Bavaria, is
// Thu 27.05.2027; the Bavarian summer holidays run through August, which has no seminar):
//   today:      nothing more.
//   next week:  Tue 25.05. 13:30–15:30 data protection (hybrid, Landratsamt), Wed 26.05. 10:00–11:30 e-signature
//               (online); nothing on Mon 24.05., Thu 27.05. (holiday) or Fri 28.05.
//   then:       Mon 31.05. 14:00–15:30 Teams (online), the cancelled Outlook course (Tue 01.06.), Thu 03.06. 09:00–10:30
//               phishing (online); nothing from Fri 04.06. to Mon 07.06.
//   June:       Tue 08. time management (online, 75 €), Wed 09. OZG (online, AKDB), Thu 10. plain language (Rathaus
//               Rothenburg, 150 €; deadline passed Fri 14.05. 23:59), Tue 15. DMS / e-file (hybrid, Landratsamt,
//               13:00–16:00), Wed 16. Excel (VHS Rothenburg, 08:30–12:00, 89 €), the cancelled chainsaw course
//               (Thu 17.), Tue 22. de-escalation (Rathaus Dinkelsbühl, free), Wed 23. procurement (Landratsamt, 240 €,
//               deadline Mon 31.05. 12:00, 18 seats), Thu 24. ergonomics (online, 14:00–15:30), Tue 29. English (Rathaus
//               Rothenburg, 95 €, deadline Fri 11.06. 23:59)
//   July:       Thu 01. first aid (Rathaus Herrieden, free), Wed 07. stress (online, free), Thu 08. council information
//               system (Rathaus Feuchtwangen, members only, free), Mon 12. AI (hybrid, Rathaus Dinkelsbühl, free),
//               Tue 13. budget law (Rathaus Feuchtwangen, 210 €)
//   August:     nothing (summer holidays).
//   September:  Tue 21.–Thu 23. leadership (Tagungszentrum Heilsbronn, 590 €), Tue 28. social media (Rathaus Herrieden,
//               120 €), Wed 29. fire wardens (Rathaus Heilsbronn, free)
//   October:    Thu 14. administrative decisions / Rechtsbehelfsbelehrung (Landratsamt, 195 €); the draft accessible-PDF
//               course on Wed 20.10.; the draft funding course on Tue 16.11.
//   past:       Tue 27.04.2027 cash office (Rathaus Feuchtwangen), Thu 06.05.2027 registration law (online).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-05-21T08:00:00Z'); // Friday, 21 May 2027, 10:00 in Ansbach (CEST)
const TZ = 'Europe/Berlin';

const T = {
  datenschutz: 'Datenschutz am Arbeitsplatz: die DSGVO im Verwaltungsalltag', // Tue 25.05. 13:30–15:30, hybrid (Landratsamt), Akademie, Bauer, free
  signatur: 'Mit einem Klick besiegelt', // Wed 26.05. 10:00–11:30, online, IT-Service, Dürr, e-signature, free
  phishing: 'Falsche Absender, echte Schäden', // Thu 03.06. 09:00–10:30, online, IT-Service, Dürr, phishing, free
  teams: 'Besprechen ohne Anreise', // Mon 31.05. 14:00–15:30, online, IT-Service, Dürr, video meetings, free
  zeit: 'Eins nach dem anderen', // Tue 08.06. 09:00–12:00, online, Akademie, Gsell, time management, 75 €
  ozg: 'Der Antrag kommt von zu Hause', // Wed 09.06. 09:00–11:30, online, AKDB, Wagner, OZG, free
  sprache: 'Post, die ankommt', // Thu 10.06. 09:00–16:00, Rathaus Rothenburg, BVS, Dr. Schlereth, 150 €, deadline passed Fri 14.05. 23:59
  dms: 'Ordnung ohne Ordner', // Tue 15.06. 13:00–16:00, hybrid (Landratsamt), IT-Service, Hufnagel, DMS / e-file, free
  excel: 'Excel für Einsteiger: Listen, Formeln, Diagramme', // Wed 16.06. 08:30–12:00, VHS Rothenburg, VHS, Kreß, 89 €, 12 seats
  deeskalation: "Ruhig bleiben, wenn's laut wird", // Tue 22.06. 09:00–15:00, Rathaus Dinkelsbühl, KUVB, Eichhorn, free
  vergabe: 'Vergaberecht kompakt: Aufträge unterhalb der EU-Schwellenwerte', // Wed 23.06. 09:00–16:00, Landratsamt, BVS, Dr. Lindner, 240 €, 18 seats, deadline Mon 31.05. 12:00
  ergonomie: 'Gut sitzen, besser arbeiten', // Thu 24.06. 14:00–15:30, online, KUVB, Ströbel, free
  english: 'Can I Help You? English at the Front Desk', // Tue 29.06. 09:00–12:30, Rathaus Rothenburg, VHS, Murphy, 95 €, deadline Fri 11.06. 23:59
  ersteHilfe: 'Erste Hilfe: Ausbildung für betriebliche Ersthelferinnen und Ersthelfer', // Thu 01.07. 08:30–16:00, Rathaus Herrieden, KUVB, Rößler, free (KUVB pays)
  stress: 'Akku leer?', // Wed 07.07. 14:00–16:00, online, KUVB, Eichhorn, stress, free
  ratsinfo: 'Papierlos in die Sitzung: das Ratsinformationssystem', // Thu 08.07. 09:00–12:00, Rathaus Feuchtwangen, AKDB, Wagner, free, only Feuchtwangen/Herrieden/Heilsbronn
  ki: 'Die Maschine schreibt mit', // Mon 12.07. 13:00–16:00, hybrid (Rathaus Dinkelsbühl), IT-Service, Hufnagel, AI, free
  haushalt: 'Kommunales Haushaltsrecht in Bayern', // Tue 13.07. 09:00–16:00, Rathaus Feuchtwangen, BVS, Schmidbauer, 210 €
  fuehrung: 'Vom Team an die Spitze', // Tue 21.–Thu 23.09. 09:00–16:30, Tagungszentrum Heilsbronn, BVS, Meyerhöfer, 590 €, new managers
  social: 'Gesehen werden', // Tue 28.09. 09:00–13:00, Rathaus Herrieden, Akademie, Hofmockel, 120 €, social media
  brandschutz: 'Brandschutzhelferinnen und Brandschutzhelfer: Ausbildung nach ASR A2.2', // Wed 29.09. 08:30–12:30, Rathaus Heilsbronn, KUVB, Leidenberger, free
  bescheide: 'Bescheide rechtssicher gestalten: Verwaltungsverfahren nach dem BayVwVfG', // Thu 14.10. 09:00–16:00, Landratsamt, BVS, Dr. Schlereth, 195 €
  pdf: 'Barrierefreie PDF-Dokumente erstellen', // draft (Wed 20.10.)
  foerdermittel: 'Fördermittel für Kommunen erfolgreich beantragen', // draft (Tue 16.11.)
  outlook: 'Outlook im Griff: Kalender, Aufgaben und Postfach teilen', // cancelled (Tue 01.06.2027)
  motorsaege: 'Motorsägenlehrgang für Bauhofmitarbeiter (Modul A)', // cancelled (Thu 17.06.2027)
  meldewesen: 'Neues im Meldewesen: Änderungen im Bundesmeldegesetz', // past (Thu 6 May 2027)
  kasse: 'Sicher kassieren: Barkasse und Zahlstellen im Rathaus', // past (Tue 27 April 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.pdf, T.foerdermittel, T.outlook, T.motorsaege, T.meldewesen, T.kasse];
const only = onlyAmong(all, NEVER);
/** The first of these is shown first; the others may follow, nothing else may. */
const firstAmong = (first: string, ...others: string[]): Pick<Case, 'first' | 'excludes'> => ({
  first,
  excludes: all.filter((t) => !NEVER.includes(t) && t !== first && !others.includes(t)),
});

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'briefe', q: 'wie schreibe ich Briefe, die jeder versteht', kind: 'list', titles: [T.sprache] },
  { conv: 'briefe', q: 'was kostet das', kind: 'facts', titles: [T.sprache], says: ['kostet 150 €'] },
  {
    conv: 'briefe',
    q: 'und wo?',
    kind: 'facts',
    titles: [T.sprache],
    says: ['im Rathaus Rothenburg ob der Tauber'],
  },
  { conv: 'sign', q: 'wir sollen jetzt alles digital unterschreiben', kind: 'list', titles: [T.signatur] },
  {
    conv: 'sign',
    q: 'wann ist das?',
    kind: 'facts',
    titles: [T.signatur],
    says: ['am Mi., 26.05.2027 von 10:00 bis 11:30 Uhr'],
  },
  {
    conv: 'filing',
    q: 'my boss wants me to learn that new filing system',
    locale: 'en',
    kind: 'list',
    titles: [T.dms],
  },
  {
    conv: 'filing',
    q: 'where does it take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.dms],
    says: [/takes place at Landratsamt Ansbach.* or online/],
  },
  {
    conv: 'filing',
    q: 'how long is it',
    locale: 'en',
    kind: 'facts',
    titles: [T.dms],
    says: ['lasts 3 hours, from 13:00 to 16:00'],
  },
  {
    conv: 'laut',
    q: 'bei uns am Schalter werden Leute manchmal richtig laut',
    kind: 'list',
    titles: [T.deeskalation],
  },
  {
    conv: 'laut',
    q: 'wo findet das statt?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['im Rathaus Dinkelsbühl'],
  },
  {
    conv: 'chef',
    q: 'ich bin seit kurzem Teamleiterin und fühle mich ins kalte Wasser geworfen',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'chef',
    q: 'wann genau?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 3 Tagen', 'Di., 21.09.2027, Mi., 22.09.2027 und Do., 23.09.2027', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  { conv: 'chef', q: 'und was kostet der?', kind: 'facts', titles: [T.fuehrung], says: ['kostet 590 €'] },
  {
    conv: 'front',
    q: 'tourists keep asking me things in English at the counter',
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  {
    conv: 'front',
    q: 'until when can I sign up?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['until Fri, 11 Jun 2027, 23:59'],
  },
  {
    conv: 'front',
    q: 'who teaches it',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['is led by Siobhan Murphy'],
  },
  {
    conv: 'kauf',
    q: 'wir brauchen neue Möbel fürs Rathaus, wie hole ich richtig Angebote ein',
    kind: 'list',
    titles: [T.vergabe],
  },
  {
    conv: 'kauf',
    q: 'bis wann muss ich mich anmelden?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Mo., 31.05.2027, 12:00 Uhr'],
  },
  {
    conv: 'kauf',
    q: 'gibt es noch freie plätze',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['noch 18 von 18 Plätzen frei'],
  },
  { conv: 'ai', q: 'is there anything on ChatGPT', locale: 'en', kind: 'list', titles: [T.ki] },
  { conv: 'ai', q: 'is it online?', locale: 'en', kind: 'facts', titles: [T.ki], says: ['is hybrid'] },
  {
    conv: 'ai',
    q: 'what time does it start',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['starts on Mon, 12 Jul 2027 at 13:00'],
  },
  { conv: 'antrag', q: 'Bürger wollen ihre Anträge lieber von daheim aus stellen', kind: 'list', titles: [T.ozg] },
  { conv: 'antrag', q: 'wer macht das?', kind: 'facts', titles: [T.ozg], says: ['leitet Frau Katrin Wagner'] },
  // --- facts -----------------------------------------------------------------------------------------------------------
  { q: 'was kostet der excel kurs', kind: 'facts', titles: [T.excel], says: ['kostet 89 €'] },
  {
    q: 'how much is the course for new team leaders',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['costs €590'],
  },
  {
    q: 'muss man für den erste hilfe kurs was zahlen',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Kommunale Unfallversicherung Bayern für ihre Mitglieder.'],
  },
  {
    q: 'when is the first aid training',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['takes place on Thu, 1 Jul 2027 from 08:30 to 16:00'],
  },
  {
    q: 'wann ist die brandschutzhelfer ausbildung',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['am Mi., 29.09.2027 von 08:30 bis 12:30 Uhr'],
  },
  { q: 'wo ist der kurs zum haushaltsrecht', kind: 'facts', titles: [T.haushalt], says: ['im Rathaus Feuchtwangen'] },
  {
    q: 'um wie viel uhr fängt der excel kurs an',
    kind: 'facts',
    titles: [T.excel],
    says: ['beginnt am Mi., 16.06.2027 um 08:30 Uhr'],
  },
  {
    q: 'anmeldeschluss für das seminar zur bürgernahen sprache',
    kind: 'facts',
    titles: [T.sprache],
    says: ['am Fr., 14.05.2027, 23:59 Uhr abgelaufen'],
  },
  {
    q: 'ist das datenschutz seminar vor ort oder online',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['findet hybrid statt: im Landratsamt Ansbach'],
  },
  // --- topic searches: everyday words, typos, words only in summary or description ------------------------------------
  {
    miss: 'the stress course comes before the time-management course, which the writer expected first',
    q: 'mir wächst die Arbeit über den Kopf',
    kind: 'list',
    ...firstAmong(T.zeit, T.stress),
  },
  { q: 'ich kann nach feierabend nicht mehr abschalten', kind: 'list', titles: [T.stress] },
  { q: 'exel kurs für anfänger', kind: 'list', titles: [T.excel] },
  {
    q: 'ich hab eine komische Mail mit einem Link bekommen, was mach ich da',
    kind: 'list',
    titles: [T.phishing],
  },
  { q: 'wiederbelebung', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'unsere Gemeinde will junge Leute über Instagram erreichen', kind: 'list', titles: [T.social] },
  {
    q: 'der Gemeinderat soll die Sitzungsunterlagen künftig auf dem Tablet lesen',
    kind: 'list',
    titles: [T.ratsinfo],
  },
  { q: 'rechtsbehelfsbelehrung', kind: 'list', titles: [T.bescheide] },
  {
    q: 'my back hurts from sitting at my desk all day',
    locale: 'en',
    kind: 'list',
    titles: [T.ergonomie],
  },
  // --- filters: dates, format, place, trainer, provider, length, cost, language ---------------------------------------
  { q: 'was ist nächste woche', kind: 'list', titles: [T.datenschutz, T.signatur] },
  {
    q: 'was steht in den nächsten zwei wochen an',
    kind: 'list',
    titles: [T.datenschutz, T.signatur, T.teams, T.phishing],
  },
  {
    q: 'online courses next month',
    locale: 'en',
    kind: 'list',
    titles: [T.phishing, T.zeit, T.ozg, T.ergonomie],
  },
  { q: 'kostenlose seminare im juli', kind: 'list', titles: [T.ersteHilfe, T.stress, T.ratsinfo, T.ki] },
  { q: 'gibt es im august etwas', kind: 'none' },
  { q: 'was gibt es in heilsbronn', kind: 'list', ...only(T.fuehrung, T.brandschutz) },
  { q: 'seminare bei frau eichhorn', kind: 'list', ...only(T.deeskalation, T.stress) },
  { q: 'was bietet die akdb an', kind: 'list', ...only(T.ozg, T.ratsinfo) },
  { q: 'hybride seminare', kind: 'list', ...only(T.datenschutz, T.dms, T.ki) },
  { q: 'mehrtägige seminare', kind: 'list', titles: [T.fuehrung] },
  { q: 'any courses in English', locale: 'en', kind: 'list', titles: [T.english] },
  { q: 'free courses in September', locale: 'en', kind: 'list', titles: [T.brandschutz] },
  { q: 'seminare über 200 euro', kind: 'list', ...only(T.vergabe, T.haushalt, T.fuehrung) },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'outlook schulung', kind: 'gone', gone: T.outlook },
  { q: 'motorsägenkurs für den bauhof', kind: 'gone', gone: T.motorsaege },
  {
    q: 'wann war die schulung zum meldewesen',
    kind: 'gone',
    gone: T.meldewesen,
    says: ['Do., 06.05.2027'],
  },
  {
    q: 'when was the cash office training',
    locale: 'en',
    kind: 'gone',
    gone: T.kasse,
    says: ['Tue, 27 Apr 2027'],
  },
  { q: 'barrierefreie pdf dokumente', kind: 'none' },
  { q: 'gabelstaplerschein', kind: 'none' },
  { q: 'servus', kind: 'help' },
  { q: 'hi there', locale: 'en', kind: 'help' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-forty-fifth, independent catalogue (Landkreis Ansbach, BVS, KUVB, AKDB)',
  {
    fixture: 'heldout245-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
