// Over-fitting check, two-hundred-and-ninety-seventh catalogue: the spring and summer 2028 programme for the Landkreis
// Dillingen a.d.Donau (Bavarian Swabia) and its towns and municipalities (Dillingen a.d.Donau, Lauingen (Donau),
// Gundelfingen a.d.Donau, Höchstädt a.d.Donau, Wertingen, Syrgenstein, Bissingen, Buttenwiesen, Holzheim,
// Wittislingen), with the Bayerische Verwaltungsschule (BVS), the Kommunale Unfallversicherung Bayern (KUVB), the AKDB,
// the Bayerischer Kommunaler Prüfungsverband (BKPV), the Landratsamt's Personalentwicklung, Katastrophenschutz and
// Datenschutz, and the Volkshochschule Dillingen (VHS), imported from a JSON file. Seminars take place in the
// Landratsamt Dillingen, the town halls of Dillingen, Lauingen, Wertingen, Höchstädt, Gundelfingen and Syrgenstein, the
// Bauhöfe of Gundelfingen and Höchstädt, the Volkshochschule Dillingen, online or hybrid. Several titles do not name
// their subject ("Klick lieber zweimal" is phishing, "Ruhe bewahren, Grenzen setzen" de-escalation with aggressive
// visitors, "Grün, aber sicher" tree inspection, "Feierabend für den Kopf" progressive muscle relaxation, "Soll und
// Haben im Rathaus" the municipal double-entry budget (Doppik), "Vom Papierantrag zum Online-Dienst" the OZG, "Frag doch
// die Maschine" AI, "Der rote Faden" minute taking, "Wenn nichts mehr geht" blackout crisis management, "Der letzte
// Arbeitstag kommt bestimmt" retirement, "Ladung sicher, Fahrt sicher" load securing, "Auf Augenhöhe" staff appraisal
// talks, "Erster Tag, erste Fragen" induction day for trainees), so only summary, description or topics reveal it; one
// seminar is held in English; the Doppik course runs on two days; first aid is free, paid by the KUVB; the Word course's
// fee is paid by the sending office; two courses run in the evening; the registration-law course's deadline has passed;
// the name-law course has no deadline of its own (it closes when the seminar begins). Written as an acceptance tester
// would ask, with short follow-up conversations, some in English, without looking at the parser or the answers.
//
// Calendar around `now` (Thursday 13 April 2028, 10:00 in Dillingen, summer time since Sun 26.03.2028; the Bavarian
// Easter holidays run Mon 10.04.–Fri 21.04.2028; Good Friday Fri 14.04., Easter Sunday 16.04., Easter Monday 17.04.):
//   this week:  past: Tue 11.04. 09:00–12:00 property tax (Rathaus Lauingen; all sessions over). Thu 13.04. (today)
//               13:30–15:00 phishing (online); nothing on Fri 14.04. (tomorrow, Good Friday) or the weekend
//   next week:  (Mon 17.04. Easter Monday) Tue 18.04. 09:00–12:00 de-escalation (Landratsamt, free), Wed 19.04.
//               09:00–16:00 registration law (Rathaus Lauingen, 210 €; deadline passed Wed 05.04. 23:59), Thu 20.04.
//               09:00–12:30 name law (Rathaus Dillingen, 195 €; deadline = start, Thu 20.04. 09:00)
//   week after: Tue 25.04. 09:00–15:00 tree inspection (Bauhof Gundelfingen, free), Wed 26.04. 10:00–11:30 Word
//               (online, 49 €), Thu 27.04. 18:00–19:30 muscle relaxation (Volkshochschule Dillingen, 12 €, evening)
//   May:        Tue 02.05. and Wed 03.05. 09:00–16:00 Doppik (Landratsamt, 420 €; deadline Fri 21.04. 12:00); the
//               cancelled PowerPoint course (Wed 03.05.); Thu 04.05. 09:00–12:00 OZG (hybrid, Rathaus Dillingen); Mon
//               08.05. 09:00–12:30 English (Rathaus Höchstädt, 75 €); Tue 09.05. 14:00–16:00 AI (online); Wed 10.05.
//               08:30–16:00 first aid (Rathaus Wertingen); Tue 16.05. 09:00–12:30 minute taking (Rathaus Wertingen,
//               95 €); Thu 18.05. 09:00–16:00 blackout (Landratsamt, 40 seats); Tue 23.05. 09:00–16:00 civil-service law
//               (Rathaus Lauingen, 230 €); Wed 24.05. 14:00–16:00 retirement (online, free)
//   June:       the cancelled aerial-platform course (Tue 06.06.); Tue 13.06. 09:00–16:00 traffic orders (Rathaus
//               Gundelfingen, 185 €); Wed 14.06. 09:00–11:00 GDPR (online); Tue 20.06. 07:30–14:00 load securing (Bauhof
//               Höchstädt); the draft childcare course (Wed 21.06.); Fri 23.06. 09:00–16:00 appraisal talks (Rathaus
//               Syrgenstein, 240 €, 12 seats)
//   later:      Thu 06.07. 18:00–21:00 audit committee (Rathaus Höchstädt, 60 €, evening); the draft funding course
//               (Tue 11.07.); Mon 04.09. 08:30–15:00 induction day for trainees (Landratsamt)
//   past:       Wed 26.01.2028 fee calculation for water and waste water (Rathaus Wertingen), Tue 11.04.2028 property tax.
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-04-13T08:00:00Z'); // Thursday, 13 April 2028, 10:00 in Dillingen (CEST)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Klick lieber zweimal', // Thu 13.04. (today) 13:30–15:00, online, AKDB, Kränzle, phishing / social engineering, free
  deeskalation: 'Ruhe bewahren, Grenzen setzen', // Tue 18.04. 09:00–12:00, Landratsamt, PE, Rieder, aggressive visitors, free
  melderecht: 'Melderecht kompakt: An-, Ab- und Ummeldung nach dem Bundesmeldegesetz', // Wed 19.04. 09:00–16:00, Rathaus Lauingen, BVS, Kapfer, 210 €, deadline passed Wed 05.04. 23:59
  namensrecht: 'Namensrecht in der Praxis: Doppelnamen und Namensänderungen nach der Reform', // Thu 20.04. 09:00–12:30, Rathaus Dillingen, BVS, Wanner, 195 €, no deadline given
  baum: 'Grün, aber sicher', // Tue 25.04. 09:00–15:00, Bauhof Gundelfingen, KUVB, Stegmiller, tree inspection, free
  word: 'Word für Profis: Serienbriefe, Formatvorlagen und Formulare', // Wed 26.04. 10:00–11:30, online, VHS, Schuster, 49 € (office pays)
  entspannung: 'Feierabend für den Kopf', // Thu 27.04. 18:00–19:30, Volkshochschule Dillingen, VHS, Stoll, progressive muscle relaxation, 12 €
  doppik: 'Soll und Haben im Rathaus', // Tue 02.05. and Wed 03.05. 09:00–16:00, Landratsamt, BVS, Dr. Deisenhofer, Doppik, 420 €, deadline Fri 21.04. 12:00
  ozg: 'Vom Papierantrag zum Online-Dienst', // Thu 04.05. 09:00–12:00, hybrid (Rathaus Dillingen), AKDB, Fackler, OZG / BayernPortal, free
  english: 'English for Public Service: Phone Calls and E-Mails', // Mon 08.05. 09:00–12:30, Rathaus Höchstädt, VHS, Carter, 75 €, in English
  ki: 'Frag doch die Maschine', // Tue 09.05. 14:00–16:00, online, AKDB, Fackler, ChatGPT / Copilot, free
  ersteHilfe: 'Erste Hilfe im Betrieb: Fortbildung für Ersthelferinnen und Ersthelfer', // Wed 10.05. 08:30–16:00, Rathaus Wertingen, KUVB, Hieber, free (KUVB pays)
  protokoll: 'Der rote Faden', // Tue 16.05. 09:00–12:30, Rathaus Wertingen, BVS, Gaugenrieder, minute taking, 95 €
  blackout: 'Wenn nichts mehr geht', // Thu 18.05. 09:00–16:00, Landratsamt, Katastrophenschutz, Baur, blackout, free, 40 seats
  beamtenrecht: 'Beamtenrecht in Bayern: Grundlagen für die Personalsachbearbeitung', // Tue 23.05. 09:00–16:00, Rathaus Lauingen, BVS, Kapfer, 230 €
  ruhestand: 'Der letzte Arbeitstag kommt bestimmt', // Wed 24.05. 14:00–16:00, online, PE, Wörle, retirement / pension, free
  verkehr: 'Verkehrsrechtliche Anordnungen in der Gemeinde', // Tue 13.06. 09:00–16:00, Rathaus Gundelfingen, BVS, Dr. Wiedemann, 185 €
  datenschutz: 'Datenschutz im Rathaus: DSGVO-Grundwissen für alle Beschäftigten', // Wed 14.06. 09:00–11:00, online, Datenschutz LRA, Hofmeister, free
  ladung: 'Ladung sicher, Fahrt sicher', // Tue 20.06. 07:30–14:00, Bauhof Höchstädt, KUVB, Stegmiller, load securing, free
  mitarbeiter: 'Auf Augenhöhe', // Fri 23.06. 09:00–16:00, Rathaus Syrgenstein, BVS, Dr. Rehm, appraisal talks, 240 €, 12 seats
  rechnung: 'Örtliche Rechnungsprüfung: Aufgaben und Rechte des Rechnungsprüfungsausschusses', // Thu 06.07. 18:00–21:00, Rathaus Höchstädt, BKPV, Zengerle, council members, 60 €
  azubi: 'Erster Tag, erste Fragen', // Mon 04.09. 08:30–15:00, Landratsamt, PE, Rieder, induction day for trainees, free, Landratsamt only
  foerder: 'Fördermittel für Gemeinden: EU- und Landesprogramme erfolgreich beantragen', // draft (Tue 11.07.)
  kita: 'Kindertagesbetreuung: Bedarfsplanung nach dem BayKiBiG', // draft (Wed 21.06.)
  powerpoint: 'PowerPoint-Präsentationen, die überzeugen', // cancelled (Wed 03.05.2028)
  hubbuehne: 'Hubarbeitsbühnen sicher bedienen: Unterweisung für Bauhofbeschäftigte', // cancelled (Tue 06.06.2028)
  grundsteuer: 'Grundsteuer nach der Reform: Hebesätze und Bescheide', // past (Tue 11 April 2028)
  gebuehren: 'Gebührenkalkulation für Wasser und Abwasser', // past (Wed 26 January 2028)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.foerder, T.kita, T.powerpoint, T.hubbuehne, T.grundsteuer, T.gebuehren];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'heute', q: 'gibt es heute noch ein seminar?', kind: 'list', titles: [T.phishing] },
  {
    conv: 'heute',
    q: 'wie lange geht das?',
    kind: 'facts',
    titles: [T.phishing],
    says: ['dauert 1,5 Stunden, von 13:30 bis 15:00 Uhr'],
  },
  { conv: 'heute', q: 'wer leitet es?', kind: 'facts', titles: [T.phishing], says: ['leitet Herr Andreas Kränzle'] },
  { conv: 'doppik', q: 'gibt es einen kurs zur doppik?', kind: 'list', titles: [T.doppik] },
  {
    conv: 'doppik',
    q: 'wann genau findet der statt?',
    kind: 'facts',
    titles: [T.doppik],
    says: ['an 2 Tagen', 'Di., 02.05.2028 und Mi., 03.05.2028', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'doppik',
    q: 'bis wann muss ich mich anmelden',
    kind: 'facts',
    titles: [T.doppik],
    says: ['bis Fr., 21.04.2028, 12:00 Uhr'],
  },
  { conv: 'doppik', q: 'und was kostet das?', kind: 'facts', titles: [T.doppik], says: ['kostet 420 €'] },
  { conv: 'melde', q: 'schulung zum bundesmeldegesetz', kind: 'list', titles: [T.melderecht] },
  {
    conv: 'melde',
    q: 'anmeldeschluss?',
    kind: 'facts',
    titles: [T.melderecht],
    says: ['ist am Mi., 05.04.2028, 23:59 Uhr abgelaufen'],
  },
  {
    conv: 'english',
    q: 'is there an english course for phone calls with residents?',
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  {
    conv: 'english',
    q: 'where is it held?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['takes place at Rathaus Höchstädt a.d.Donau'],
  },
  { conv: 'baum', q: 'schulung baumkontrolle', kind: 'list', titles: [T.baum] },
  {
    conv: 'baum',
    q: 'wo findet das statt?',
    kind: 'facts',
    titles: [T.baum],
    says: ['am Veranstaltungsort Bauhof Gundelfingen'],
  },
  {
    conv: 'baum',
    q: 'um wie viel uhr geht es los',
    kind: 'facts',
    titles: [T.baum],
    says: ['beginnt am Di., 25.04.2028 um 09:00 Uhr'],
  },
  { conv: 'ozg', q: 'fortbildung zum onlinezugangsgesetz', kind: 'list', titles: [T.ozg] },
  {
    conv: 'ozg',
    q: 'ist das in präsenz oder online?',
    kind: 'facts',
    titles: [T.ozg],
    says: ['findet hybrid statt: im Rathaus Dillingen a.d.Donau'],
  },
  {
    conv: 'blackout',
    q: 'was tun bei einem stromausfall – gibt es dazu eine schulung?',
    kind: 'list',
    titles: [T.blackout],
  },
  {
    conv: 'blackout',
    q: 'wo ist das?',
    kind: 'facts',
    titles: [T.blackout],
    says: ['findet im Landratsamt Dillingen a.d.Donau'],
  },
  {
    conv: 'blackout',
    q: 'sind noch plätze frei',
    kind: 'facts',
    titles: [T.blackout],
    says: ['noch 40 von 40 Plätzen frei'],
  },
  { conv: 'ki', q: 'any training on ChatGPT or Copilot?', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    conv: 'ki',
    q: 'when is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['on Tue, 9 May 2028 from 14:00 to 16:00'],
  },
  // --- facts in the first sentence -------------------------------------------------------------------------------------
  {
    q: 'was kostet der word kurs?',
    kind: 'facts',
    titles: [T.word],
    says: ['kostet 49 €'],
    mentions: ['Die Gebühr trägt die entsendende Dienststelle.'],
  },
  {
    q: 'wann ist die ersthelfer-fortbildung?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['am Mi., 10.05.2028 von 08:30 bis 16:00 Uhr'],
  },
  {
    q: 'kostet die erste-hilfe-fortbildung etwas?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangskosten übernimmt die KUVB für ihre Mitglieder.'],
  },
  {
    q: 'wo ist die schulung zur protokollführung?',
    kind: 'facts',
    titles: [T.protokoll],
    says: ['im Rathaus Wertingen'],
  },
  {
    q: 'wer leitet das seminar zum beamtenrecht?',
    kind: 'facts',
    titles: [T.beamtenrecht],
    says: ['leitet Herr Josef Kapfer'],
  },
  {
    q: 'wie lange dauert die progressive muskelentspannung?',
    kind: 'facts',
    titles: [T.entspannung],
    says: ['dauert 1,5 Stunden, von 18:00 bis 19:30 Uhr'],
  },
  {
    q: 'how much is the retirement seminar?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ruhestand],
    says: ['is free of charge'],
  },
  {
    q: 'wann und wo ist die schulung für den rechnungsprüfungsausschuss?',
    kind: 'facts',
    titles: [T.rechnung],
    says: ['findet am Do., 06.07.2028 von 18:00 bis 21:00 Uhr im Rathaus Höchstädt a.d.Donau'],
  },
  {
    q: 'bis wann kann man sich für das namensrecht-seminar anmelden?',
    kind: 'facts',
    titles: [T.namensrecht],
    says: ['bis Do., 20.04.2028, 09:00 Uhr'],
  },
  {
    q: 'wie viele plätze sind beim seminar zu mitarbeitergesprächen noch frei?',
    kind: 'facts',
    titles: [T.mitarbeiter],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  {
    q: 'ist die dsgvo-schulung online oder vor ort?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['findet online statt'],
  },
  {
    q: 'when does the english course start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['starts on Mon, 8 May 2028 at 09:00'],
  },
  // --- topic searches: words only in summary, description or topics; typos; English -----------------------------------
  { q: 'phishing mails erkennen', kind: 'list', titles: [T.phishing] },
  { q: 'wie gehe ich mit aggressiven bürgern am schalter um?', kind: 'list', titles: [T.deeskalation] },
  { q: 'de-escalation training', locale: 'en', kind: 'list', titles: [T.deeskalation] },
  { q: 'serienbriefe erstellen', kind: 'list', titles: [T.word] },
  { q: 'infoveranstaltung zu rente und pension', kind: 'list', titles: [T.ruhestand] },
  { q: 'wie schreibe ich eine sitzungsniederschrift?', kind: 'list', titles: [T.protokoll] },
  { q: 'halteverbot anordnen', kind: 'list', titles: [T.verkehr] },
  { q: 'ladungssicherung', kind: 'list', titles: [T.ladung] },
  { q: 'doppelname nach der hochzeit', kind: 'list', titles: [T.namensrecht] },
  { q: 'datenschtuz schulung', kind: 'list', titles: [T.datenschutz] },
  { q: 'künstliche intelligenz', kind: 'list', titles: [T.ki] },
  { q: 'feedbackgespräch mit mitarbeitern', kind: 'list', titles: [T.mitarbeiter] },
  // --- time and place filters, format, provider, trainer, audience, cost, length ---------------------------------------
  { q: 'was steht nächste woche an?', kind: 'list', titles: [T.deeskalation, T.melderecht, T.namensrecht] },
  { q: 'seminare vom 2. bis 5. mai', kind: 'list', titles: [T.doppik, T.ozg] },
  { q: 'was gibt es im juni?', kind: 'list', titles: [T.verkehr, T.datenschutz, T.ladung, T.mitarbeiter] },
  { q: 'kostenlose seminare im april', kind: 'list', titles: [T.phishing, T.deeskalation, T.baum] },
  { q: 'gibt es abendkurse?', kind: 'list', ...only(T.entspannung, T.rechnung) },
  { q: 'online am nachmittag', kind: 'list', ...only(T.phishing, T.ki, T.ruhestand) },
  // The hybrid OZG course (Thu 04.05.) may be offered too: it can be attended online.
  {
    q: 'online-seminare im mai',
    kind: 'list',
    includes: [T.ki, T.ruhestand],
    excludes: only(T.ki, T.ruhestand, T.ozg).excludes,
  },
  { q: 'seminare in lauingen', kind: 'list', ...only(T.melderecht, T.beamtenrecht) },
  { q: 'was findet in höchstädt statt?', kind: 'list', ...only(T.english, T.ladung, T.rechnung) },
  { q: 'was läuft im landratsamt?', kind: 'list', ...only(T.deeskalation, T.doppik, T.blackout, T.azubi) },
  { q: 'welche kurse bietet die kuvb an?', kind: 'list', ...only(T.baum, T.ersteHilfe, T.ladung) },
  { q: 'seminare bei herrn kapfer', kind: 'list', ...only(T.melderecht, T.beamtenrecht) },
  {
    q: 'seminare die mehr als 200 euro kosten',
    kind: 'list',
    ...only(T.melderecht, T.doppik, T.beamtenrecht, T.mitarbeiter),
  },
  { q: 'gibt es mehrtägige seminare?', kind: 'list', titles: [T.doppik] },
  { q: 'seminare für den bauhof', kind: 'list', ...only(T.baum, T.ladung) },
  { q: 'was gibt es für gemeinderäte?', kind: 'list', first: T.rechnung },
  { q: 'ist an einem freitag etwas?', kind: 'list', titles: [T.mitarbeiter] },
  // --- nothing tomorrow, gone, drafts never shown, no match, greeting, own registrations -------------------------------
  { q: 'was ist morgen?', kind: 'none' }, // Good Friday
  { q: 'gibt es noch den powerpoint-kurs?', kind: 'gone', gone: T.powerpoint },
  { q: 'hubarbeitsbühne unterweisung', kind: 'gone', gone: T.hubbuehne },
  { q: 'grundsteuer seminar', kind: 'gone', gone: T.grundsteuer, says: ['Di., 11.04.2028'] },
  {
    q: 'wann war die schulung zur gebührenkalkulation für abwasser?',
    kind: 'gone',
    gone: T.gebuehren,
    says: ['Mi., 26.01.2028'],
  },
  { q: 'förderprogramme beantragen', kind: 'none' },
  { q: 'kita bedarfsplanung', kind: 'none' },
  { q: 'was gibt es in buttenwiesen?', kind: 'none' },
  { q: 'Grüß Gott!', kind: 'help' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-ninety-seventh, independent catalogue (Landkreis Dillingen a.d.Donau, BVS, KUVB, AKDB, BKPV, VHS Dillingen)',
  {
    fixture: 'heldout297-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
