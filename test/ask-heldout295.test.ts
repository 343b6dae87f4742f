// Over-fitting check, two-hundred-and-ninety-fifth catalogue: the winter and spring programme 2028/29 for the Stadt
// Ingolstadt (Bavaria) and its offices (Personalamt, Stadtkämmerei, Gartenamt, Wahlamt, the Datenschutzbeauftragte,
// the Berufsfeuerwehr and the Ingolstädter Kommunalbetriebe), with the Bayerische Verwaltungsschule (BVS), the Kommunale
// Unfallversicherung Bayern (KUVB), the AKDB, the Volkshochschule Ingolstadt (VHS), the Technische Hochschule
// Ingolstadt (THI), the KAV Bayern, the LSI, the BRK and a tree-care expert, imported from a JSON file. Seminars take
// place in the Rathaus Ingolstadt, the Technisches Rathaus, the Volkshochschule, the Stadtbücherei, the Bürgerhaus Alte
// Post, the Gartenamt, the training centre of the Berufsfeuerwehr, online or hybrid. Several titles do not name their
// subject ("Dienstreise erledigt, und jetzt?" is travel expenses, "Nicht jeder Link ist ein Freund" phishing,
// "Durchatmen nach Dienstschluss" progressive muscle relaxation, "Der Assistent im Textfeld" AI, "Neu in der
// Verantwortung" new managers, "Was wissen Sie über mich?" GDPR access requests, "Ein Blick in die Krone" tree
// inspection, "Papierlos bezahlt" e-invoices, "Kurz, klar, freundlich" plain language, "Ruhe bewahren, wenn es laut
// wird" de-escalation at the counter, "Alle an Bord" moderating online meetings, "Vom Auftrag zum Abschluss" project
// management, "Was die Arbeit mit uns macht" psychological risk assessment, "Gut vorbereitet in den Wahlsonntag"
// training for election boards), so only summary, description or topics reveal it; one seminar is held in English; the
// project management course runs on two Tuesdays across the start of summer time (Sun 25.03.2029); nine seminars are
// free, some with a note on who pays (the KUVB for first aid, the Personalamt's budget for Excel and the leadership
// course, the sending office for English, the registering office for tree inspection). The questions are about cost,
// budget and format ("kostenlos", "unter 100 Euro", "wer zahlt", online / Präsenz / hybrid, "muss ich hinfahren?"),
// with several filters combined and follow-up conversations that pick one seminar from the list just shown ("der
// zweite", "der online", "der im Januar"), written without looking at the parser or the answers.
//
// Calendar around `now` (Wednesday 29 November 2028, 14:30 in Ingolstadt, winter time; summer time begins Sun
// 25.03.2029; Easter Sunday is 01.04.2029):
//   this week:  Wed 29.11. (today) 15:00–16:00 travel expenses (online, free); Thu 30.11. (tomorrow) 10:00–11:30
//               phishing (online, free); Fri 01.12. 09:00–12:00 Excel pivot tables (online, 79 €, Personalamt pays)
//   next week:  Mon 04.12. 09:00–16:00 procurement (Rathaus, 245 €; deadline passed Mon 20.11. 23:59), Tue 05.12.
//               13:00–16:30 council minutes (Rathaus, 95 €), Thu 07.12. 18:00–19:30 relaxation (VHS, evening, 12 €);
//               nothing on Fri 08.12.
//   December:   the cancelled PowerPoint course (Tue 12.12.), Wed 13.12. 08:00–16:00 first aid (Berufsfeuerwehr, free,
//               KUVB pays), Tue 19.12. 09:00–11:00 AI (online, 49 €); nothing between Christmas and New Year
//   January:    Tue 09.01. 09:00–12:30 English (VHS, 89 €; deadline Fri 22.12.2028 12:00), Thu 11.01. and Thu 18.01.
//               09:00–16:00 new managers (Technisches Rathaus, 420 €; deadline Fri 15.12.2028 23:59), Mon 15.01.
//               09:00–16:00 TVöD grading (online, 190 €), Wed 17.01. 13:30–16:00 GDPR requests (online, free), Tue
//               23.01. 08:30–15:30 tree inspection (Gartenamt, 180 €), the cancelled forklift course (Thu 25.01.)
//   February:   Wed 07.02. 14:00–16:00 e-invoice (online, free), Thu 08.02. 09:00–15:00 plain language (Stadtbücherei,
//               65 €), Tue 13.02. 09:00–16:00 KAG fees (hybrid, Rathaus, 235 €), Wed 21.02. 09:00–16:00 de-escalation
//               (Bürgerhaus Alte Post, free), the draft Instagram course (Wed 28.02.)
//   March:      Tue 06.03. 09:00–13:00 fire wardens (Berufsfeuerwehr, free), the draft traffic-enforcement course (Thu
//               08.03.), Wed 14.03. 10:00–11:30 online meetings (online, 39 €), Tue 20.03. (CET) and Tue 27.03. (CEST)
//               09:00–16:00 project management (Technisches Rathaus, 340 €)
//   later:      Tue 24.04. 09:00–12:30 psychological risk assessment (Rathaus, free), Thu 17.05. 18:00–20:30 election
//               boards (hybrid, Rathaus, free)
//   past:       Tue 11.07.2028 heat protection (online), Thu 19.10.2028 annual accounts (Rathaus).
// Fees: free — travel expenses, phishing, first aid, GDPR, e-invoice, de-escalation, fire wardens, risk assessment,
// election boards; under 100 € — relaxation 12, online meetings 39, AI 49, plain language 65, Excel 79, English 89,
// council minutes 95; above — tree inspection 180, TVöD 190, KAG 235, procurement 245, project management 340, new
// managers 420. Online: travel expenses, phishing, Excel, AI, TVöD, GDPR, e-invoice, online meetings; hybrid: KAG,
// election boards; all others in person.
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-11-29T13:30:00Z'); // Wednesday, 29 November 2028, 14:30 in Ingolstadt (CET)
const TZ = 'Europe/Berlin';

const T = {
  reisekosten: 'Dienstreise erledigt, und jetzt?', // Wed 29.11. 15:00–16:00, online, Personalamt, Lechner, travel expenses, free
  phishing: 'Nicht jeder Link ist ein Freund', // Thu 30.11. 10:00–11:30, online, LSI, Kranz, phishing, free
  excel: 'Excel: Pivot-Tabellen und Auswertungen', // Fri 01.12. 09:00–12:00, online, VHS, Pfeiffer, 79 € (Personalamt pays)
  vergabe: 'Vergaberecht kompakt: Aufträge unterhalb der EU-Schwellenwerte', // Mon 04.12. 09:00–16:00, Rathaus, BVS, Dr. Lang, 245 €, deadline passed Mon 20.11. 23:59
  protokoll: 'Niederschriften für Stadtrat und Ausschüsse', // Tue 05.12. 13:00–16:30, Rathaus, BVS, Kögel, council minutes, 95 €
  entspannung: 'Durchatmen nach Dienstschluss', // Thu 07.12. 18:00–19:30, VHS, Haas, progressive muscle relaxation, 12 €
  ersteHilfe: 'Erste Hilfe: Fortbildung für betriebliche Ersthelfer', // Wed 13.12. 08:00–16:00, Berufsfeuerwehr, BRK, Brunner, free (KUVB pays)
  ki: 'Der Assistent im Textfeld', // Tue 19.12. 09:00–11:00, online, AKDB, Binder, AI / Copilot / ChatGPT, 49 €
  english: 'Welcome to Ingolstadt: English at the Service Counter', // Tue 09.01. 09:00–12:30, VHS, Brooks, in English, 89 € (sending office pays), deadline Fri 22.12. 12:00
  fuehrung: 'Neu in der Verantwortung', // Thu 11.01. and Thu 18.01. 09:00–16:00, Technisches Rathaus, BVS, Dr. Rieger, new managers, 420 € (Personalamt pays), 14 seats, deadline Fri 15.12. 23:59
  tvoed: 'Eingruppierung nach TVöD: Stellenbeschreibung und Stellenbewertung', // Mon 15.01. 09:00–16:00, online, KAV Bayern, Huber, 190 €
  dsgvo: 'Was wissen Sie über mich?', // Wed 17.01. 13:30–16:00, online, Datenschutzbeauftragter, Schnell, GDPR access requests, free
  baum: 'Ein Blick in die Krone', // Tue 23.01. 08:30–15:30, Gartenamt, Seidl, tree inspection, 180 € (registering office pays)
  erechnung: 'Papierlos bezahlt', // Wed 07.02. 14:00–16:00, online, Stadtkämmerei, Meier, e-invoice / XRechnung, free
  sprache: 'Kurz, klar, freundlich', // Thu 08.02. 09:00–15:00, Stadtbücherei, VHS, Sommer, plain language, 65 €
  kag: 'Gebühren und Beiträge nach dem KAG', // Tue 13.02. 09:00–16:00, hybrid (Rathaus), BVS, Dr. Lang, 235 €
  deeskalation: 'Ruhe bewahren, wenn es laut wird', // Wed 21.02. 09:00–16:00, Bürgerhaus Alte Post, KUVB, Wittmann, de-escalation, free, 18 seats
  brandschutz: 'Brandschutzhelfer-Ausbildung nach ASR A2.2', // Tue 06.03. 09:00–13:00, Berufsfeuerwehr, Ostermeier, free
  moderation: 'Alle an Bord', // Wed 14.03. 10:00–11:30, online, Personalamt, Neumaier, moderating Teams meetings, 39 €
  projekt: 'Vom Auftrag zum Abschluss', // Tue 20.03. (CET) and Tue 27.03. (CEST) 09:00–16:00, Technisches Rathaus, THI, Dr. Vogl, project management, 340 €
  belastung: 'Was die Arbeit mit uns macht', // Tue 24.04. 09:00–12:30, Rathaus, KUVB, Dr. Seeberger, psychological risk assessment, free
  wahl: 'Gut vorbereitet in den Wahlsonntag', // Thu 17.05. 18:00–20:30, hybrid (Rathaus), Wahlamt, Reindl, election boards, free
  instagram: 'Instagram und Co. für die Stadtverwaltung', // draft (Wed 28.02.2029)
  verkehr: 'Verkehrsüberwachung: Parken, Halten, Verwarnungsgeld', // draft (Thu 08.03.2029)
  powerpoint: 'PowerPoint: Präsentationen, die überzeugen', // cancelled (Tue 12.12.2028)
  stapler: 'Staplerschein: Gabelstapler sicher fahren', // cancelled (Thu 25.01.2029)
  doppik: 'Doppischer Jahresabschluss: Rückstellungen und Abgrenzungen', // past (Thu 19 October 2028)
  hitze: 'Hitze im Büro und im Außendienst', // past (Tue 11 July 2028)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.instagram, T.verkehr, T.powerpoint, T.stapler, T.doppik, T.hitze];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations: a list, then one of it picked by position, format or month -----------------------------
  {
    conv: 'naechsteWoche',
    q: 'was läuft nächste woche?',
    kind: 'list',
    titles: [T.vergabe, T.protokoll, T.entspannung],
  },
  {
    conv: 'naechsteWoche',
    q: 'der zweite – muss ich da hinfahren?',
    kind: 'facts',
    titles: [T.protokoll],
    says: ['findet in Präsenz statt, im Rathaus Ingolstadt'],
  },
  { conv: 'naechsteWoche', q: 'was kostet der?', kind: 'facts', titles: [T.protokoll], says: ['kostet 95 €'] },
  {
    conv: 'naechsteWoche',
    q: 'und beim ersten, bis wann war da anmeldeschluss?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['ist am Mo., 20.11.2028, 23:59 Uhr abgelaufen'],
  },
  {
    conv: 'gratisOnline',
    q: 'kostenlose online-seminare bis ende januar',
    kind: 'list',
    titles: [T.reisekosten, T.phishing, T.dsgvo],
  },
  {
    conv: 'gratisOnline',
    q: 'der im januar, wann genau ist der?',
    kind: 'facts',
    titles: [T.dsgvo],
    says: ['am Mi., 17.01.2029 von 13:30 bis 16:00 Uhr'],
  },
  { conv: 'gratisOnline', q: 'wer leitet das?', kind: 'facts', titles: [T.dsgvo], says: ['leitet Herr Peter Schnell'] },
  {
    conv: 'dezember',
    q: 'präsenzseminare im dezember unter 100 euro',
    kind: 'list',
    titles: [T.protokoll, T.entspannung, T.ersteHilfe],
  },
  {
    conv: 'dezember',
    q: 'der dritte – wer zahlt das?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Kosten trägt die Kommunale Unfallversicherung Bayern (KUVB).'],
  },
  {
    conv: 'dezember',
    q: 'wie lange geht der?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['dauert 8 Stunden, von 08:00 bis 16:00 Uhr'],
  },
  { conv: 'maerz', q: 'was gibt es im märz?', kind: 'list', titles: [T.brandschutz, T.moderation, T.projekt] },
  { conv: 'maerz', q: 'der online – was kostet der?', kind: 'facts', titles: [T.moderation], says: ['kostet 39 €'] },
  {
    conv: 'maerz',
    q: 'und der zweitägige, wo findet der statt?',
    kind: 'facts',
    titles: [T.projekt],
    says: ['Technisches Rathaus, Spitalstraße 3'],
  },
  {
    conv: 'maerz',
    q: 'an welchen tagen genau?',
    kind: 'facts',
    titles: [T.projekt],
    says: ['an 2 Tagen', 'Di., 20.03.2029 und Di., 27.03.2029', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  { conv: 'bvs', q: 'was bietet die bvs an?', kind: 'list', ...only(T.vergabe, T.protokoll, T.fuehrung, T.kag) },
  {
    conv: 'bvs',
    q: 'der im januar – wie viel kostet der und wer zahlt das?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['kostet 420 €'],
    mentions: ['Die Gebühr übernimmt das Personalamt aus dem zentralen Fortbildungsbudget.'],
  },
  {
    conv: 'bvs',
    q: 'sind da noch plätze frei?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['noch 14 von 14 Plätzen frei'],
  },
  {
    conv: 'bvs',
    q: 'bis wann muss ich mich anmelden?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['bis Fr., 15.12.2028, 23:59 Uhr'],
  },
  { conv: 'hybrid', q: 'gibt es hybride seminare?', kind: 'list', ...only(T.kag, T.wahl) },
  {
    conv: 'hybrid',
    q: 'der im mai – muss ich da ins rathaus kommen?',
    kind: 'facts',
    titles: [T.wahl],
    says: ['findet hybrid statt: im Rathaus Ingolstadt'],
  },
  { conv: 'hybrid', q: 'kostet der was?', kind: 'facts', titles: [T.wahl], says: ['ist kostenlos'] },
  {
    conv: 'hybrid',
    q: 'um wie viel uhr fängt der an?',
    kind: 'facts',
    titles: [T.wahl],
    says: ['beginnt am Do., 17.05.2029 um 18:00 Uhr'],
  },
  { conv: 'english', q: 'anything in english?', locale: 'en', kind: 'list', titles: [T.english] },
  {
    conv: 'english',
    q: 'how much is it and who pays?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['costs €89'],
    mentions: ['Die Gebühr trägt die entsendende Dienststelle.'],
  },
  {
    conv: 'english',
    q: 'is it online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['takes place in person, at Volkshochschule Ingolstadt'],
  },
  { conv: 'ki', q: 'gibt es einen kurs zu künstlicher intelligenz?', kind: 'list', titles: [T.ki] },
  {
    conv: 'ki',
    q: 'muss ich dafür ins büro oder geht das von zuhause?',
    kind: 'facts',
    titles: [T.ki],
    says: ['findet online statt'],
  },
  { conv: 'ki', q: 'liegt das unter 50 euro?', kind: 'facts', titles: [T.ki], says: ['kostet 49 €'] },
  // --- facts: cost, who pays, format, duration, deadline, place ---------------------------------------------------------
  {
    q: 'wer zahlt den excel kurs?',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 79 €'],
    mentions: ['Die Gebühr übernimmt das Personalamt aus dem zentralen Fortbildungsbudget.'],
  },
  {
    q: 'was kostet die schulung zur baumkontrolle',
    kind: 'facts',
    titles: [T.baum],
    says: ['kostet 180 €'],
    mentions: ['Die Gebühr trägt das anmeldende Amt.'],
  },
  { q: 'ist der deeskalationskurs kostenlos?', kind: 'facts', titles: [T.deeskalation], says: ['ist kostenlos'] },
  {
    q: 'muss ich für die brandschutzhelfer ausbildung hinfahren?',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['findet in Präsenz statt, im Ausbildungszentrum der Berufsfeuerwehr Ingolstadt'],
  },
  {
    q: 'ist die kag schulung online oder in präsenz?',
    kind: 'facts',
    titles: [T.kag],
    says: ['findet hybrid statt: im Rathaus Ingolstadt'],
  },
  {
    q: 'bis wann kann ich mich für den englischkurs anmelden',
    kind: 'facts',
    titles: [T.english],
    says: ['bis Fr., 22.12.2028, 12:00 Uhr'],
  },
  {
    q: 'wo ist das seminar zu bürgernahen briefen?',
    kind: 'facts',
    titles: [T.sprache],
    says: ['in der Stadtbücherei Ingolstadt'],
  },
  {
    q: 'how much does the project management course cost',
    locale: 'en',
    kind: 'facts',
    titles: [T.projekt],
    says: ['costs €340'],
  },
  // --- lists: budget, format, time and several filters combined ---------------------------------------------------------
  { q: 'gibt es heute noch was?', kind: 'list', titles: [T.reisekosten] },
  { q: 'online kurse diese woche', kind: 'list', titles: [T.reisekosten, T.phishing, T.excel] },
  { q: 'was gibt es im januar', kind: 'list', titles: [T.english, T.fuehrung, T.tvoed, T.dsgvo, T.baum] },
  { q: 'kostenlose seminare noch in diesem jahr', kind: 'list', titles: [T.reisekosten, T.phishing, T.ersteHilfe] },
  { q: 'kostenlose seminare im februar', kind: 'list', titles: [T.erechnung, T.deeskalation] },
  { q: 'online und kostenlos im januar', kind: 'list', titles: [T.dsgvo] },
  { q: 'seminare über 200 euro', kind: 'list', ...only(T.vergabe, T.fuehrung, T.kag, T.projekt) },
  { q: 'was kostet zwischen 50 und 100 euro?', kind: 'list', ...only(T.excel, T.protokoll, T.english, T.sprache) },
  { q: 'welche online-kurse kosten etwas?', kind: 'list', ...only(T.excel, T.ki, T.tvoed, T.moderation) },
  { q: 'gibt es was abends nach der arbeit?', kind: 'list', ...only(T.entspannung, T.wahl) },
  { q: 'online am nachmittag', kind: 'list', ...only(T.reisekosten, T.dsgvo, T.erechnung) },
  {
    q: 'kurze online-kurse, höchstens zwei stunden',
    kind: 'list',
    ...only(T.reisekosten, T.phishing, T.ki, T.erechnung, T.moderation),
  },
  { q: 'mehrtägige seminare', kind: 'list', ...only(T.fuehrung, T.projekt) },
  { q: 'ist zwischen den jahren irgendwas?', kind: 'none' },
  // --- topic searches: typos, words only in summary or description, everyday words -------------------------------------
  { q: 'phising mails erkennen', kind: 'list', titles: [T.phishing] },
  { q: 'pivot tabellen', kind: 'list', titles: [T.excel] },
  { q: 'baumkontrolle', kind: 'list', titles: [T.baum] },
  { q: 'xrechnung', kind: 'list', titles: [T.erechnung] },
  { q: 'pöbelnde bürger am schalter', kind: 'list', titles: [T.deeskalation] },
  { q: 'amtsdeutsch vermeiden', kind: 'list', titles: [T.sprache] },
  { q: 'gefährdungsbeurteilung psychische belastung', kind: 'list', titles: [T.belastung] },
  { q: 'ausschreibung unter dem schwellenwert', kind: 'list', titles: [T.vergabe] },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'findet der powerpoint kurs noch statt?', kind: 'gone', gone: T.powerpoint },
  { q: 'staplerschein', kind: 'gone', gone: T.stapler },
  {
    q: 'wann war die schulung zum jahresabschluss?',
    kind: 'gone',
    gone: T.doppik,
    says: ['Do., 19.10.2028'],
  },
  { q: 'hitzeschutz seminar', kind: 'gone', gone: T.hitze, says: ['Di., 11.07.2028'] },
  { q: 'instagram für die stadt', kind: 'none' },
  { q: 'schulung parkraumüberwachung', kind: 'none' },
  { q: 'Grüß Gott', kind: 'help' },
  { q: 'wo bin ich überall angemeldet?', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-ninety-fifth, independent catalogue (Stadt Ingolstadt, BVS, KUVB, AKDB, VHS Ingolstadt)',
  {
    fixture: 'heldout295-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
