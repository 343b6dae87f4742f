// Over-fitting check, hundred-and-seventieth catalogue: the 2027 autumn programme of the Landkreis Saarlouis (Saarland)
// with the Fachhochschule für Verwaltung des Saarlandes (FHSV), the Saarländisches Verwaltungsseminar, the personnel
// development of the Landratsamt Saarlouis, the Zweckverband eGo-Saar, the Unfallkasse Saarland (UKS) and the
// Kreisvolkshochschule Saarlouis (KVHS), for the county and its towns and municipalities (Saarlouis, Dillingen/Saar,
// Lebach, Saarwellingen, Wadgassen, Schwalbach), imported from a JSON file. Seminars take place in the Landratsamt
// Saarlouis, the VHS-Zentrum Saarlouis, the town halls of Saarlouis, Dillingen, Lebach, Saarwellingen, Wadgassen and
// Schwalbach, on the FHSV campus in Göttelborn, online or hybrid. Eleven titles do not name their subject ("Ordnung im
// Postfach" is Outlook, "Der Feind liest mit" information security, "Rückenwind für den Kopf" stress and health
// promotion, "Plötzlich vorne stehen" new managers, "Fragen an die Maschine" AI, "Alle an einem Tisch, keiner im Raum"
// video conferences with Teams, "Gelassen bleiben, wenn es laut wird" de-escalation, "Verstanden beim ersten Lesen"
// plain language, "Schluss mit dem Aktenwagen" the e-file, "Jeder Euro zählt" municipal budget law, "Rund um die Uhr
// geöffnet" the OZG), so only summary, description or topics reveal it; one seminar is held in English; the course for
// new managers runs on two days across the end of summer time; the e-file course is open only to Lebach, Saarwellingen
// and Schwalbach; first aid and the stress course are free (paid by the UKS); the council-meetings course has only six
// seats and no waitlist. Questions are a balanced, acceptance-like mix, mostly German, a quarter of them with typos or
// without umlauts, written without looking at the parser or the answers. Same assertions as the other suites: exactly
// the expected seminars (best first where one is clearly best), the asked fact in the first sentence, never a draft,
// cancelled or past seminar.
//
// Calendar around `now` (Wednesday 13 October 2027, 09:15 in Saarlouis, summer time; winter time begins Sun 31.10.2027):
//   this week:  nothing more today; Thu 14.10. 13:00–16:00 Outlook (online, tomorrow), Fri 15.10. 09:00–12:00 data
//               protection (hybrid, Landratsamt)
//   next week:  Mon 18.10. morning (information security, online), Tue 19.10. morning (Excel, VHS-Zentrum), Wed 20.10.
//               afternoon (stress, online), Thu 21.10. morning (English, Landratsamt; deadline passed Fri 08.10.)
//   then:       nothing from Fri 22.10. to Wed 27.10. except the cancelled social-media course (Tue 26.10.)
//   end Oct.:   Thu 28.10. (CEST) first day for new managers (Landratsamt, second day Thu 11.11., CET), Fri 29.10. AI
//               (hybrid, Landratsamt)
//   November:   Tue 02. procurement law (Dillingen; deadline Fri 15.10. 12:00), Wed 03. first aid (Saarwellingen),
//               Mon 08. video conferences (online), Tue 09. administrative law (FHSV Göttelborn), Wed 10. de-escalation
//               (Lebach), Mon 15. property tax (online), Tue 16. plain language (Schwalbach), Wed 17. telephone
//               (Dillingen), Thu 18. e-file (Saarwellingen, members only), Mon 22. budget law (Landratsamt), Wed 24.
//               accessible PDFs (online), Thu 25. council meetings (Wadgassen, 6 seats, no waitlist); the cancelled
//               ladder course on Thu 04.11.
//   December:   Wed 01. OZG (online), Tue 07. Kanban (hybrid, Rathaus Saarlouis), Thu 09. job references (Landratsamt);
//               the drafts French (Wed 08.12.) and sustainable procurement (Tue 14.12.)
//   past:       Thu 16.09.2027 fire wardens (Dillingen), Tue 28.09.2027 staff appraisals (Landratsamt).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-10-13T07:15:00Z'); // Wednesday, 13 October 2027, 09:15 in Saarlouis (CEST)
const TZ = 'Europe/Berlin';

const T = {
  postfach: 'Ordnung im Postfach', // Thu 14.10. 13:00–16:00, online, KVHS, Altmeyer, 49 €, Outlook
  datenschutz: 'Datenschutz im Verwaltungsalltag: Die DSGVO richtig anwenden', // Fri 15.10. 09:00–12:00, hybrid (Landratsamt), PE, Lauer, 60 €
  feind: 'Der Feind liest mit', // Mon 18.10. 09:00–11:30, online, eGo-Saar, Kiefer, 40 €, information security / phishing
  excel: 'Excel-Grundlagen kompakt: Tabellen, Formeln, Diagramme', // Tue 19.10. 09:00–12:30, VHS-Zentrum Saarlouis, KVHS, Altmeyer, 69,50 €, 14 seats
  rueckenwind: 'Rückenwind für den Kopf', // Wed 20.10. 13:30–16:00, online, UKS, Kartes, stress / health promotion, free
  english: 'Working across the Border: English for Cross-Border Cooperation', // Thu 21.10. 09:00–12:30, Landratsamt, KVHS, English, 110 €, deadline passed Fri 08.10. 23:59
  vorne: 'Plötzlich vorne stehen', // Thu 28.10. (CEST) and Thu 11.11. (CET) 09:00–16:00, Landratsamt, PE, Dr. Recktenwald, 390 €, new managers
  ki: 'Fragen an die Maschine', // Fri 29.10. 09:00–12:00, hybrid (Landratsamt), eGo-Saar, Jost, 60 €, AI
  vergabe: 'Vergaberecht kompakt: UVgO, Wertgrenzen und Direktaufträge', // Tue 02.11. 09:00–16:00, Rathaus Dillingen, FHSV, Prof. Dr. Ballas, 240 €, deadline Fri 15.10. 12:00
  ersteHilfe: 'Erste-Hilfe-Fortbildung für betriebliche Ersthelfende', // Wed 03.11. 08:30–16:30, Rathaus Saarwellingen, UKS, free (UKS pays)
  tisch: 'Alle an einem Tisch, keiner im Raum', // Mon 08.11. 09:00–12:00, online, eGo-Saar, Kiefer, 45 €, video conferences / Teams
  verwaltungsrecht: 'Verwaltungsrecht für Quereinsteigende', // Tue 09.11. 09:00–16:00, FHSV Göttelborn, Jung, 220 €
  gelassen: 'Gelassen bleiben, wenn es laut wird', // Wed 10.11. 09:00–15:00, Rathaus Lebach, Verwaltungsseminar, Theobald, 165 €, de-escalation
  grundsteuer: 'Grundsteuer nach der Reform: Bescheide erklären, Einwände bearbeiten', // Mon 15.11. 13:00–16:00, online, FHSV, Hoffmann, 90 €
  verstanden: 'Verstanden beim ersten Lesen', // Tue 16.11. 09:00–16:00, Rathaus Schwalbach, KVHS, Zimmer, 140 €, plain language
  telefon: 'Souverän am Telefon: Anfragen freundlich und klar beantworten', // Wed 17.11. 09:00–13:00, Rathaus Dillingen, KVHS, Zimmer, 85 €
  eakte: 'Schluss mit dem Aktenwagen', // Thu 18.11. 09:00–12:00, Rathaus Saarwellingen, eGo-Saar, Britz, 50 €, e-file, only Lebach/Saarwellingen/Schwalbach
  haushalt: 'Jeder Euro zählt', // Mon 22.11. 09:00–16:00, Landratsamt, FHSV, Prof. Dr. Ballas, 180 €, budget law / Doppik
  pdf: 'Barrierefreie PDF-Dokumente erstellen', // Wed 24.11. 09:00–12:00, online, eGo-Saar, Kiefer, 55 €
  sitzung: 'Sitzungsdienst von der Einladung bis zur Niederschrift', // Thu 25.11. 09:00–16:00, Rathaus Wadgassen, Verwaltungsseminar, Scholl, 170 €, 6 seats, no waitlist
  ozg: 'Rund um die Uhr geöffnet', // Wed 01.12. 13:00–16:00, online, eGo-Saar, Britz, 40 €, OZG
  kanban: 'Agil arbeiten mit Kanban', // Tue 07.12. 09:00–16:00, hybrid (Rathaus Saarlouis), Verwaltungsseminar, Backes, 210 €, deadline = start
  zeugnisse: 'Arbeitszeugnisse schreiben und verstehen', // Thu 09.12. 09:00–12:30, Landratsamt, PE, Bost, 95 €, for managers
  franzoesisch: 'Französisch für den Bürgerservice: Erste Gespräche am Schalter', // draft (Wed 08.12.)
  nachhaltig: 'Nachhaltig beschaffen: Umweltkriterien in Vergabeverfahren', // draft (Tue 14.12.)
  socialMedia: 'Social Media für Kommunen: Instagram, Facebook und Co.', // cancelled (Tue 26.10.2027)
  leitern: 'Sicher auf Leitern und Tritten', // cancelled (Thu 04.11.2027)
  brandschutz: 'Ausbildung zur Brandschutzhelferin und zum Brandschutzhelfer', // past (Thu 16 September 2027)
  gespraeche: 'Mitarbeitergespräche wirksam führen', // past (Tue 28 September 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.franzoesisch, T.nachhaltig, T.socialMedia, T.leitern, T.brandschutz, T.gespraeche];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  { q: 'was kostet der excel kurs', kind: 'facts', titles: [T.excel], says: ['kostet 69,50 €'] },
  {
    q: 'muss ich fuer den erste hilfe kurs was zahlen',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse Saarland.'],
  },
  {
    q: 'how much does the sitzungsdienst course cost',
    locale: 'en',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['costs €170'],
  },
  // --- facts: when (two days across the end of summer time), start time, duration -------------------------------------
  {
    q: 'when is the cross-border english course',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['on Thu, 21 Oct 2027 from 09:00 to 12:30'],
  },
  {
    q: 'wann findet ploetzlich vorne stehen statt',
    kind: 'facts',
    titles: [T.vorne],
    says: ['an 2 Tagen', 'Do., 28.10.2027 und Do., 11.11.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'um wieviel uhr faengt vergaberecht an',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['beginnt am Di., 02.11.2027 um 09:00 Uhr'],
  },
  {
    q: 'wie lange dauert die telefonschulung',
    kind: 'facts',
    titles: [T.telefon],
    says: ['dauert 4 Stunden, von 09:00 bis 13:00 Uhr'],
  },
  {
    q: 'how long is the training for new managers',
    locale: 'en',
    kind: 'facts',
    titles: [T.vorne],
    says: ['lasts 2 days, each from 09:00 to 16:00'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  { q: 'wo ist der deeskalationskurs', kind: 'facts', titles: [T.gelassen], says: ['im Rathaus Lebach'] },
  {
    q: 'wo findet kanban statt',
    kind: 'facts',
    titles: [T.kanban],
    says: ['im Rathaus Saarlouis', 'oder online'],
  },
  {
    q: 'where is the first aid training',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['at Rathaus Saarwellingen'],
  },
  { q: 'ist die grundsteuer schulung online', kind: 'facts', titles: [T.grundsteuer], says: ['findet online statt'] },
  {
    q: 'wer unterrichtet verwaltungsrecht fuer quereinsteiger',
    kind: 'facts',
    titles: [T.verwaltungsrecht],
    says: ['leitet Frau Julia Jung'],
  },
  {
    q: 'bis wann kann ich mich für vergabe anmelden',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Fr., 15.10.2027, 12:00 Uhr'],
  },
  {
    q: 'bis wann muss ich mich zum kanban kurs anmelden',
    kind: 'facts',
    titles: [T.kanban],
    says: ['bis Di., 07.12.2027, 09:00 Uhr'],
  },
  {
    q: 'anmeldeschlus englischkurs',
    kind: 'facts',
    titles: [T.english],
    says: ['ist am Fr., 08.10.2027, 23:59 Uhr abgelaufen'],
  },
  {
    q: 'sind beim sitzungsdienst noch plaetze frei',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['noch 6 von 6 Plätzen frei'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  { conv: 'laut', q: 'wie gehe ich mit aggressiven buergern um', kind: 'list', titles: [T.gelassen] },
  {
    conv: 'laut',
    q: 'wann ist das',
    kind: 'facts',
    titles: [T.gelassen],
    says: ['am Mi., 10.11.2027 von 09:00 bis 15:00 Uhr'],
  },
  { conv: 'laut', q: 'und was kostet es?', kind: 'facts', titles: [T.gelassen], says: ['kostet 165 €'] },
  {
    conv: 'video',
    q: 'is there anything about video conferencing',
    locale: 'en',
    kind: 'list',
    titles: [T.tisch],
  },
  {
    conv: 'video',
    q: 'when is it',
    locale: 'en',
    kind: 'facts',
    titles: [T.tisch],
    says: ['on Mon, 8 Nov 2027 from 09:00 to 12:00'],
  },
  {
    conv: 'video',
    q: 'who runs it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.tisch],
    says: ['is led by Herr Tobias Kiefer'],
  },
  { conv: 'doppik', q: 'gibts was zur doppik', kind: 'list', titles: [T.haushalt] },
  {
    conv: 'doppik',
    q: 'wer macht das',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['leitet Herr Prof. Dr. Thomas Ballas'],
  },
  {
    conv: 'doppik',
    q: 'findet das online statt?',
    kind: 'facts',
    titles: [T.haushalt],
    says: [/in Präsenz statt|im Landratsamt Saarlouis/],
  },
  // --- topic searches: words only in summary, description or topics, synonyms, typos -----------------------------------
  { q: 'outlook', kind: 'list', titles: [T.postfach] },
  { q: 'phising mails erkennen', kind: 'list', titles: [T.feind] },
  { q: 'stressbewaeltigung', kind: 'list', titles: [T.rueckenwind] },
  { q: 'chatgpt im buero', kind: 'list', titles: [T.ki] },
  { q: 'bürgernahe sprache', kind: 'list', titles: [T.verstanden] },
  { q: 'elektronische akte', kind: 'list', titles: [T.eakte] },
  { q: 'onlinezugangsgesetz', kind: 'list', titles: [T.ozg] },
  { q: 'deeskaltion', kind: 'list', titles: [T.gelassen] },
  { q: 'exel grundlagen', kind: 'list', titles: [T.excel] },
  { q: 'vergaberecht', kind: 'list', titles: [T.vergabe] },
  { q: 'protokoll für ratssitzungen', kind: 'list', titles: [T.sitzung] },
  { q: 'barrierefreiheit', kind: 'list', titles: [T.pdf] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, length, cost, language -----------------
  { q: 'was laeuft diese woche noch', kind: 'list', titles: [T.postfach, T.datenschutz] },
  { q: 'naechste woche vormittags', kind: 'list', titles: [T.feind, T.excel, T.english] },
  { q: 'afternoon seminars next week', locale: 'en', kind: 'list', titles: [T.rueckenwind] },
  {
    q: 'seminare in den nächsten zwei wochen',
    kind: 'list',
    titles: [T.postfach, T.datenschutz, T.feind, T.excel, T.rueckenwind, T.english],
  },
  { q: 'online seminare im november', kind: 'list', titles: [T.tisch, T.grundsteuer, T.pdf] },
  { q: 'was gibt es im dezember', kind: 'list', titles: [T.ozg, T.kanban, T.zeugnisse] },
  { q: 'kostenlose fortbildungen', kind: 'list', ...only(T.rueckenwind, T.ersteHilfe) },
  { q: 'kurse in dillingen', kind: 'list', ...only(T.vergabe, T.telefon) },
  { q: 'kurse von frau altmeyer', kind: 'list', ...only(T.postfach, T.excel) },
  { q: 'was bietet ego saar an', kind: 'list', ...only(T.feind, T.ki, T.tisch, T.eakte, T.pdf, T.ozg) },
  { q: 'ich bin fuehrungskraft, was gibts fuer mich', kind: 'list', ...only(T.vorne, T.zeugnisse) },
  { q: 'mehrtaegige seminare', kind: 'list', titles: [T.vorne] },
  { q: 'courses in english', locale: 'en', kind: 'list', titles: [T.english] },
  // --- details, gone, drafts never shown, no match ---------------------------------------------------------------------
  { q: 'details zu verstanden beim ersten lesen', kind: 'details', titles: [T.verstanden] },
  { q: 'wann ist der social media kurs', kind: 'gone', gone: T.socialMedia },
  { q: 'was kostet die schulung zu leitern und tritten', kind: 'gone', gone: T.leitern },
  {
    q: 'wann war die brandschutzhelfer ausbildung',
    kind: 'gone',
    gone: T.brandschutz,
    says: ['Do., 16.09.2027'],
  },
  { q: 'kurs mitarbeitergespräche führen', kind: 'gone', gone: T.gespraeche, says: ['Di., 28.09.2027'] },
  { q: 'französisch für anfänger', kind: 'none' },
  { q: 'gabelstaplerschein', kind: 'none' },
  { q: 'powerpoint training', locale: 'en', kind: 'none' },
  // --- greeting, help, thanks, registrations, a follow-up without a seminar --------------------------------------------
  { q: 'hallo', kind: 'help' },
  { q: 'hi', locale: 'en', kind: 'help' },
  { q: 'vielen dank!', kind: 'thanks' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
  { q: 'und wo ist das?', kind: 'noContext' },
];

heldoutSuite(
  'answering questions about a hundred-and-seventieth, independent catalogue (Landkreis Saarlouis, FHSV, eGo-Saar, UKS)',
  {
    fixture: 'heldout170-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
