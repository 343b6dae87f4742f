// Over-fitting check, three-hundred-and-twenty-first catalogue: the spring and summer 2031 programme for the Landkreis
// Hersfeld-Rotenburg (Hesse) and its towns and municipalities (Kreisstadt Bad Hersfeld, Rotenburg an der Fulda, Bebra,
// Heringen (Werra), Philippsthal (Werra), Friedewald, Niederaula, Ludwigsau, Schenklengsfeld, Wildeck, Alheim), with
// the Hessischer Verwaltungsschulverband (HVSV), ekom21, the Unfallkasse Hessen (UKH), the Hessischer Städte- und
// Gemeindebund (HSGB), the Kreisvolkshochschule, the Kreisfeuerwehrverband and the Kreisausschuss (personnel office and
// data-protection officer), imported from a JSON file. Seminars take place in the Kreishaus and the Rathaus in Bad
// Hersfeld, the Bildungszentrum of the Kreisvolkshochschule, the town halls of Bebra, Rotenburg an der Fulda and
// Heringen (Werra), the Bauhof's Werkhalle and the Feuerwehrhaus in Niederaula, the Bürgerhaus Friedlos (Ludwigsau),
// online or hybrid. Many titles do not name their subject ("Klick mit Folgen" is phishing, "Frisch gewählt – und
// jetzt?" the Hessian municipal code for newly elected councillors, "Ein Brief, hundert Empfänger" mail merge in Word,
// "Was darf ich sagen?" data protection at the counter and on the phone, "Die Seiten wechseln" new managers, "Standfest?"
// tree inspection, "Alle im Bild" moderating Teams meetings, "Umzug ins neue System" the new registration software of the
// Bürgerbüro Werratal, "Der Abschluss muss sitzen" the annual accounts in Doppik, "Gut eingestellt" workstation
// ergonomics, "Wenn es laut wird" de-escalation, "Papierlos bezahlt" e-invoices, "Keine Panik im Ernstfall" fire
// wardens, "Lesbar für alle" accessible websites, "Hände, die sprechen" sign language, "Zeit für das Wesentliche" time
// management, "Frag doch die Maschine" AI, "Willkommen an Bord" the trainees' induction day), so only summary,
// description or topics reveal it; one seminar is held in English; three run on several days (new managers on Mon/Tue
// 07./08.04., procurement on Tue/Wed 13./14.05., sign language on three Tuesday evenings from 17.06. to 01.07.); the
// registration software course is open only to Heringen, Philippsthal and Friedewald; two seminars are in the evening
// ("nach Feierabend"). The questions ask for dates in every form — "übernächste Woche", "in 10 Tagen", "bis Ende des
// Quartals", "zwischen Ostern und Pfingsten", "Mitte nächsten Monats", "Ende Mai", "Anfang Juni", "in KW 23", "am 3.6.",
// "am dritten Juni", "nächsten Dienstag", weekdays and times of day — in German and English, with short follow-ups,
// written without looking at the parser or the answers. No school holidays are used: the catalogue does not give them.
//
// Calendar around `now` (Friday 21 March 2031, 09:30 in Bad Hersfeld, winter time; summer time begins Sun 30.03.2031;
// Good Friday 11.04., Easter Sunday 13.04., Easter Monday 14.04., 1 May a Thursday, Ascension Thu 22.05., Whit Sunday
// 01.06., Whit Monday 02.06., Corpus Christi Thu 12.06.; the quarter ends Mon 31.03.):
//   this week (KW 12): Fri 21.03. (today) 13:00–14:30 phishing (online); nothing on Sat 22.03. (tomorrow)
//   next week (KW 13): Tue 25.03. ("nächsten Dienstag") 08:30–12:00 fees (Kreishaus; deadline today 12:00) and
//               18:00–20:30 new councillors (Rathaus Bebra, evening); the cancelled PowerPoint course (Wed 26.03.);
//               Thu 27.03. 09:00–12:00 mail merge (online)
//   week after next (KW 14): Mon 31.03. (in 10 days, last day of the quarter, first day of summer time) 08:00–15:30
//               first aid (Rathaus Rotenburg); Wed 02.04. 14:00–16:30 data protection (hybrid, Kreishaus); Fri 04.04.
//               09:00–12:30 English e-mails (Bildungszentrum der Kreisvolkshochschule; deadline Fri 28.03. 23:59)
//   before Easter (KW 15): Mon 07.04. and Tue 08.04. 09:00–16:30 new managers (Kreishaus; deadline Mon 24.03. 23:59);
//               Wed 09.04. 07:30–15:00 tree inspection (Bauhof Niederaula)
//   mid-April:  only Wed 16.04. 10:00–11:30 Teams meetings (online); nothing from Thu 10.04. to Sun 27.04. otherwise
//   end of April: Mon 28.04. 09:00–15:00 registration software (Rathaus Heringen, three municipalities only)
//   May:        Tue 06.05. 09:00–16:00 annual accounts (Rathaus Bad Hersfeld); mid-May Tue 13.05.–Wed 14.05.
//               09:00–16:00 procurement (Kreishaus, deadline Fri 25.04. 23:59) and Thu 15.05. 09:00–12:00 ergonomics
//               (Bürgerhaus Friedlos); the cancelled disability-law course (Tue 20.05.); end of May Tue 27.05.
//               09:00–16:00 de-escalation (Rathaus Bebra) and Wed 28.05. 14:00–15:30 e-invoices (online)
//   June:       early June = KW 23 (Mon 02.06.–Sun 08.06.): Tue 03.06. 09:00–13:00 fire wardens (Feuerwehrhaus
//               Niederaula, 35 €), Fri 06.06. 09:00–12:00 accessible websites (hybrid, Rathaus Rotenburg, free);
//               Tue 17.06., 24.06. and 01.07. 17:00–18:30 sign language (online, evening); Wed 25.06. 09:00–16:00 time
//               management (Bildungszentrum der Kreisvolkshochschule)
//   later:      Tue 08.07. 09:00–12:00 AI (online), the draft heavy-rain course (Tue 15.07.), Mon 01.09. 08:30–15:00
//               trainees' induction day (Kreishaus), the draft cash-audit course (Wed 10.09.)
//   past:       Tue 14.01.2031 payroll year-end (online), Wed 05.03.2031 training for election boards (Stadthalle
//               Heringen).
// Between Easter and Whitsun (14.04.–31.05.) the only online seminars are Teams meetings and e-invoices; sessions
// starting at 14:00 or later are the councillors' evening, data protection, e-invoices and sign language.
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2031-03-21T08:30:00Z'); // Friday, 21 March 2031, 09:30 in Bad Hersfeld (CET)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Klick mit Folgen', // Fri 21.03. (today) 13:00–14:30, online, ekom21, Riemann, phishing, free
  gebuehren: 'Verwaltungskosten richtig berechnen: Gebühren und Auslagen nach dem HVwKostG', // Tue 25.03. 08:30–12:00, Kreishaus, HVSV, Dr. Klee, 145 €, deadline Fri 21.03. 12:00
  mandat: 'Frisch gewählt – und jetzt?', // Tue 25.03. 18:00–20:30, Rathaus Bebra, HSGB, Dr. Wolff, HGO for new councillors, 40 €
  serienbrief: 'Ein Brief, hundert Empfänger', // Thu 27.03. 09:00–12:00, online, KVHS, Sauer, mail merge, 49 € (Dienststelle pays)
  ersteHilfe: 'Erste-Hilfe-Fortbildung für betriebliche Ersthelferinnen und Ersthelfer', // Mon 31.03. 08:00–15:30, Rathaus Rotenburg, UKH, Hofmann, free
  auskunft: 'Was darf ich sagen?', // Wed 02.04. 14:00–16:30, hybrid (Kreishaus), data-protection officer, Bätz, free
  english: 'Writing Clear Emails in English', // Fri 04.04. 09:00–12:30, Bildungszentrum KVHS, Gallagher, 75 €, deadline Fri 28.03. 23:59
  fuehrung: 'Die Seiten wechseln', // Mon 07.04. + Tue 08.04. 09:00–16:30, Kreishaus, HVSV, Dr. Rehbein, new managers, 390 €, deadline Mon 24.03. 23:59
  baum: 'Standfest?', // Wed 09.04. 07:30–15:00, Werkhalle Bauhof Niederaula, HSGB, Wiegand, tree inspection, 160 €
  teams: 'Alle im Bild', // Wed 16.04. 10:00–11:30, online, ekom21, Riemann, Teams meetings, free
  meldewesen: 'Umzug ins neue System', // Mon 28.04. 09:00–15:00, Rathaus Heringen, ekom21, Lindner, registration software, only 3 municipalities, free
  abschluss: 'Der Abschluss muss sitzen', // Tue 06.05. 09:00–16:00, Rathaus Bad Hersfeld, HVSV, Reinhardt, Doppik annual accounts, 210 €
  vergabe: 'Vergaberecht in Hessen: HVTG, UVgO und VOB/A', // Tue 13.05. + Wed 14.05. 09:00–16:00, Kreishaus, HVSV, Dr. Klee, 340 €, 18 seats, deadline Fri 25.04.
  ergonomie: 'Gut eingestellt', // Thu 15.05. 09:00–12:00, Bürgerhaus Friedlos (Ludwigsau), UKH, Vogt, workstation ergonomics, free
  deeskalation: 'Wenn es laut wird', // Tue 27.05. 09:00–16:00, Rathaus Bebra, HVSV, Brandner, de-escalation, 195 €
  eRechnung: 'Papierlos bezahlt', // Wed 28.05. 14:00–15:30, online, ekom21, Lindner, XRechnung, free
  brandschutz: 'Keine Panik im Ernstfall', // Tue 03.06. 09:00–13:00, Feuerwehrhaus Niederaula, Kreisfeuerwehrverband, Eckhardt, fire wardens, 35 €
  barrierefrei: 'Lesbar für alle', // Fri 06.06. 09:00–12:00, hybrid (Rathaus Rotenburg), ekom21, Scholz, accessible websites, free
  dgs: 'Hände, die sprechen', // Tue 17.06., 24.06., 01.07. 17:00–18:30, online, KVHS, Amrhein, sign language, 60 €
  zeit: 'Zeit für das Wesentliche', // Wed 25.06. 09:00–16:00, Bildungszentrum KVHS, Kämmerer, time management, 95 €
  ki: 'Frag doch die Maschine', // Tue 08.07. 09:00–12:00, online, ekom21, Riemann, generative AI, free
  azubi: 'Willkommen an Bord', // Mon 01.09. 08:30–15:00, Kreishaus, personnel office, Heil, trainees' induction day, free
  starkregen: 'Starkregen – was tun? Risikomanagement für Kommunen', // draft (Tue 15.07.)
  kasse: 'Kassenprüfung in der Gemeindekasse', // draft (Wed 10.09.)
  powerpoint: 'PowerPoint-Präsentationen, die überzeugen', // cancelled (Wed 26.03.2031)
  schwerbehindert: 'Schwerbehindertenrecht für die Personalsachbearbeitung', // cancelled (Tue 20.05.2031)
  entgelt: 'Jahreswechsel in der Entgeltabrechnung: TVöD und Sozialversicherung 2031', // past (Tue 14 January 2031)
  wahlvorstand: 'Kommunalwahl 2031: Schulung für Wahlvorstände', // past (Wed 5 March 2031)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.starkregen, T.kasse, T.powerpoint, T.schwerbehindert, T.entgelt, T.wahlvorstand];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'heute', q: "Gibt's heute noch was?", kind: 'list', titles: [T.phishing] },
  { conv: 'heute', q: 'ab wann genau?', kind: 'facts', titles: [T.phishing], says: [/Fr\., 21\.03\.2031.*13:00/] },
  { conv: 'gebuehren', q: 'Gibt es eine Schulung zu Verwaltungsgebühren?', kind: 'list', titles: [T.gebuehren] },
  {
    conv: 'gebuehren',
    q: 'Kann ich mich heute noch anmelden?',
    kind: 'facts',
    titles: [T.gebuehren],
    says: ['können Sie sich bis Fr., 21.03.2031, 12:00 Uhr anmelden'],
  },
  {
    conv: 'gebuehren',
    q: 'Wann muss ich morgens da sein?',
    kind: 'facts',
    titles: [T.gebuehren],
    says: [/Di\., 25\.03\.2031.*08:30/],
  },
  {
    conv: 'fuehrung',
    q: 'Ich übernehme ab April eine Sachgebietsleitung – gibt es was für neue Führungskräfte?',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'fuehrung',
    q: 'An welchen Tagen ist das?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Mo., 07.04.2031 und Di., 08.04.2031', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    conv: 'fuehrung',
    q: 'bis wann muss ich mich anmelden?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['bis Mo., 24.03.2031, 23:59 Uhr'],
  },
  { conv: 'vergabe', q: 'Gibt es im Mai was zum Vergaberecht?', kind: 'list', titles: [T.vergabe] },
  {
    conv: 'vergabe',
    q: 'wie lange dauert das?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['dauert 2 Tage, jeweils von 09:00 bis 16:00 Uhr'],
  },
  { conv: 'english', q: 'Is there anything in English?', locale: 'en', kind: 'list', titles: [T.english] },
  {
    conv: 'english',
    q: 'when is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['takes place on Fri, 4 Apr 2031 from 09:00 to 12:30'],
  },
  {
    conv: 'english',
    q: 'how much does it cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['costs €75'],
  },
  { conv: 'dgs', q: 'Gibt es einen Kurs in Gebärdensprache?', kind: 'list', titles: [T.dgs] },
  {
    conv: 'dgs',
    q: 'Wann sind die Termine?',
    kind: 'facts',
    titles: [T.dgs],
    says: ['an 3 Tagen', 'Di., 17.06.2031, Di., 24.06.2031 und Di., 01.07.2031', 'jeweils von 17:00 bis 18:30 Uhr'],
  },
  { conv: 'auskunft', q: 'Was ist am Mittwoch, den 2. April?', kind: 'list', titles: [T.auskunft] },
  {
    conv: 'auskunft',
    q: 'Kann man da auch online teilnehmen?',
    kind: 'facts',
    titles: [T.auskunft],
    says: [/Kreishaus Bad Hersfeld.*oder online/],
  },
  {
    conv: 'mai',
    q: 'Was ist im Mai geplant?',
    kind: 'list',
    titles: [T.abschluss, T.vergabe, T.ergonomie, T.deeskalation, T.eRechnung],
  },
  {
    miss: '"Mitte des Monats" after a question about May is the middle of the current month, not of May',
    conv: 'mai',
    q: 'und Mitte des Monats?',
    kind: 'list',
    titles: [T.vergabe, T.ergonomie],
  },
  { conv: 'juni', q: 'Was steht Anfang Juni an?', kind: 'list', titles: [T.brandschutz, T.barrierefrei] },
  { conv: 'juni', q: 'welches davon ist kostenlos?', kind: 'list', titles: [T.barrierefrei] },
  // --- dates in every form ---------------------------------------------------------------------------------------------
  { q: 'Ist morgen was?', kind: 'none' },
  { q: 'Was läuft nächste Woche?', kind: 'list', titles: [T.gebuehren, T.mandat, T.serienbrief] },
  { q: 'gibt es nächste woche was morgens?', kind: 'list', titles: [T.gebuehren, T.serienbrief] },
  { q: 'nächsten Dienstag nach Feierabend?', kind: 'list', titles: [T.mandat] },
  { q: "What's on next Tuesday?", locale: 'en', kind: 'list', titles: [T.gebuehren, T.mandat] },
  { q: 'Was ist übernächste Woche?', kind: 'list', titles: [T.ersteHilfe, T.auskunft, T.english] },
  { q: 'Ist in 10 Tagen eine Schulung?', kind: 'list', titles: [T.ersteHilfe] },
  {
    q: 'Welche Seminare gibt es noch bis Ende des Quartals?',
    kind: 'list',
    titles: [T.phishing, T.gebuehren, T.mandat, T.serienbrief, T.ersteHilfe],
  },
  {
    q: 'free seminars before the end of the quarter',
    locale: 'en',
    kind: 'list',
    titles: [T.phishing, T.ersteHilfe],
  },
  { q: 'vor Ostern noch was online?', kind: 'list', ...maybeAlso(only(T.phishing, T.serienbrief), T.auskunft) },
  { q: 'Was gibt es zwischen Ostern und Pfingsten online?', kind: 'list', titles: [T.teams, T.eRechnung] },
  { q: 'Gibt es Mitte nächsten Monats etwas?', kind: 'list', titles: [T.teams] },
  { q: 'anything in mid-April?', locale: 'en', kind: 'list', titles: [T.teams] },
  { q: "Was gibt's Ende Mai?", kind: 'list', titles: [T.deeskalation, T.eRechnung] },
  { q: 'kostenlose Seminare im Mai', kind: 'list', titles: [T.ergonomie, T.eRechnung] },
  { q: 'Seminare in KW 23', kind: 'list', titles: [T.brandschutz, T.barrierefrei] },
  { q: 'Ist am 3.6. eine Schulung?', kind: 'list', titles: [T.brandschutz] },
  {
    q: 'Wo findet das Seminar am dritten Juni statt?',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['im Feuerwehrhaus Niederaula'],
  },
  { q: 'is there something on the third of June?', locale: 'en', kind: 'list', titles: [T.brandschutz] },
  { q: 'Was ist im Juni?', kind: 'list', titles: [T.brandschutz, T.barrierefrei, T.dgs, T.zeit] },
  {
    q: 'anything online after Whitsun?',
    locale: 'en',
    kind: 'list',
    ...maybeAlso(only(T.dgs, T.ki), T.barrierefrei),
  },
  { q: 'was ist anfang september', kind: 'list', titles: [T.azubi] },
  { q: 'Gibt es freitags Seminare?', kind: 'list', titles: [T.phishing, T.english, T.barrierefrei] },
  {
    q: 'Gibt es Seminare, die erst ab 14 Uhr beginnen?',
    kind: 'list',
    ...only(T.mandat, T.auskunft, T.eRechnung, T.dgs),
  },
  { q: 'Gibt es Kurse nach Feierabend?', kind: 'list', ...only(T.mandat, T.dgs) },
  // --- topic searches: typos, words only in summary or description -----------------------------------------------------
  { q: 'Phishing-Mails erkennen', kind: 'list', titles: [T.phishing] },
  { q: 'serienbrife in word', kind: 'list', titles: [T.serienbrief] },
  { q: 'bildschirmarbeitsplatz richtig einstelen', kind: 'list', titles: [T.ergonomie] },
  { q: 'Umgang mit aggressiven Bürgern', kind: 'list', titles: [T.deeskalation] },
  { q: 'Verkehrssicherungspflicht für Straßenbäume', kind: 'list', titles: [T.baum] },
  { q: 'chatgpt im büro nutzen', kind: 'list', titles: [T.ki] },
  { q: 'zeitmanagment', kind: 'list', titles: [T.zeit] },
  { q: 'HGO Schulung für neue Stadtverordnete', kind: 'list', titles: [T.mandat] },
  // --- facts -----------------------------------------------------------------------------------------------------------
  {
    q: 'Wo ist die Erste-Hilfe-Fortbildung?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['im Rathaus Rotenburg an der Fulda'],
  },
  { q: 'Wer leitet die Baumkontrolle?', kind: 'facts', titles: [T.baum], says: ['leitet Herr Björn Wiegand'] },
  {
    q: 'Wie lange dauert die Brandschutzhelfer-Ausbildung?',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['dauert 4 Stunden, von 09:00 bis 13:00 Uhr'],
  },
  {
    q: 'How long is the time management seminar?',
    locale: 'en',
    kind: 'facts',
    titles: [T.zeit],
    says: ['lasts 7 hours, from 09:00 to 16:00'],
  },
  {
    q: 'kostet der Serienbrief-Kurs was?',
    kind: 'facts',
    titles: [T.serienbrief],
    says: ['kostet 49 €'],
    mentions: ['Die Gebühr trägt die entsendende Dienststelle.'],
  },
  // --- place, provider, cost, length -----------------------------------------------------------------------------------
  {
    q: 'Was findet im Kreishaus statt?',
    kind: 'list',
    ...only(T.gebuehren, T.auskunft, T.fuehrung, T.vergabe, T.azubi),
  },
  { q: 'Was bietet die Unfallkasse an?', kind: 'list', ...only(T.ersteHilfe, T.ergonomie) },
  { q: 'gibt es mehrtägige Seminare?', kind: 'list', ...only(T.fuehrung, T.vergabe, T.dgs) },
  // --- gone, drafts never shown, no match, greeting --------------------------------------------------------------------
  { q: 'Findet der PowerPoint-Kurs statt?', kind: 'gone', gone: T.powerpoint },
  { q: 'schwerbehindertenrecht seminar', kind: 'gone', gone: T.schwerbehindert },
  {
    q: 'Wann war die Schulung für Wahlvorstände?',
    kind: 'gone',
    gone: T.wahlvorstand,
    says: ['Mi., 05.03.2031'],
  },
  { q: 'Starkregen Vorsorge', kind: 'none' },
  { q: 'Was gibt es in Alheim?', kind: 'none' },
  { q: 'Moin!', kind: 'help' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-twenty-first, independent catalogue (Landkreis Hersfeld-Rotenburg, HVSV, ekom21, UKH, HSGB, KVHS)',
  {
    fixture: 'heldout321-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
