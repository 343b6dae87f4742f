// Over-fitting check, ninety-first catalogue: the 2028 spring programme of the Landkreis Harz (Saxony-Anhalt) with the
// Studieninstitut für kommunale Verwaltung Sachsen-Anhalt (SIKOSA), the county's Amt für IT und Digitalisierung, the
// Unfallkasse Sachsen-Anhalt, the Kreisvolkshochschule Harz (KVHS) and the county's Haupt- und Personalamt, for the
// county and its towns (Halberstadt, Wernigerode, Quedlinburg, Blankenburg, Thale, Gemeinde Huy), imported from a JSON
// file. Seminars take place in the Kreishaus Halberstadt (Friedrich-Ebert-Straße), in the town halls of Quedlinburg,
// Wernigerode, Blankenburg and Thale, at the KVHS in Wernigerode, the DRK training centre in Blankenburg and the county
// fire brigade's training centre in Halberstadt, online or hybrid. Several titles do not name their subject ("Den Akku
// wieder aufladen" is the stress course, "Zahlen, die erzählen" municipal budgeting (Doppik), "Vorsicht, Falle"
// information security, "Wenn die Mahnung nicht reicht" enforcement of claims, "Was beschlossen wurde" minutes of council
// meetings, "Die ersten Minuten zählen" fire safety, "Helfen können, wenn es darauf ankommt" first aid, "Ein Antrag, kein
// Papier" the OZG), so only summary, description or topics reveal it; one seminar is held in English (front-desk English
// for international visitors); the course for new leaders runs three days, the induction days for apprentices two; the
// enforcement course is open only to the towns of the Vollstreckungsverbund; the first aid course is free because the
// Unfallkasse pays. Questions are written the way colleagues type in Teams, without looking at the parser or the answers.
// Same assertions as the other suites: exactly the expected seminars (best first where one is clearly best), the asked
// fact in the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Tuesday 18 January 2028, 10:30 in Halberstadt, winter time; summer time begins Sun 26.03.2028):
//   past:       Wed 08.12.2027 cash offices (Thale), Thu 13.01.2028 kick-off "Digitale Verwaltung im Harz"
//   this week:  nothing more today; Wed 19.01. 09:00–12:00 Teams/SharePoint (online, tomorrow),
//               Thu 20.01. 13:00–16:00 data protection (hybrid, Kreishaus)
//   next week:  Mon 24.01. 09:00–12:30 stress (online), Tue 25.01. 13:30–16:30 English (Rathaus Wernigerode),
//               Wed 26.01. 13:00–15:30 E-Akte (online), Thu 27.01. 09:00–12:00 de-escalation (Rathaus Thale)
//   then:       nothing from Fri 28.01. to Mon 07.02.
//   February:   Tue 08.02. budgeting (deadline passed Fri 14.01.), Tue 15.02. plain language (online),
//               Thu 17.02. Scrum (Quedlinburg), Wed 23.02. first aid (Blankenburg), Thu 24.02. AI (hybrid)
//   March:      the cancelled Schlagfertig course on Wed 01.03.; Tue 07.03., Wed 08.03. and Wed 22.03. new leaders;
//               Tue 14.03. information security (online), Thu 16.03. enforcement (Blankenburg, some towns only),
//               Tue 21.03. accessible documents (online), Wed 29.03. (CEST) healthy leadership (Kreishaus)
//   April:      Tue 04.04. minutes (Quedlinburg), Wed 12.04. Excel (KVHS Wernigerode), the cancelled PowerPoint course
//               on Thu 13.04., Thu 20.04. OZG (hybrid), Tue 25.04. fire safety (Halberstadt)
//   May:        Wed 10.05. ergonomics (online), Tue 16.05. procurement (deadline Tue 02.05.)
//   later:      Mon 28.08. and Tue 29.08. induction days for apprentices; drafts on 14.06. (sign language) and
//               20.06. (Kurbeitrag)
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-01-18T09:30:00Z'); // Tuesday, 18 January 2028, 10:30 in Halberstadt (CET)
const TZ = 'Europe/Berlin';

const T = {
  teams: 'Alles an einem Ort: Zusammenarbeit ohne Dateichaos', // Wed 19.01.2028 09:00–12:00, online, IT, Herr Tobias Brandt, Teams/SharePoint, free
  datenschutz: 'Personenbezogene Daten sicher behandeln: DSGVO in der Sachbearbeitung', // Thu 20.01. 13:00–16:00, hybrid (Kreishaus), Frau Katrin Voigt, free
  stress: 'Den Akku wieder aufladen', // Mon 24.01. 09:00–12:30, online, KVHS, Frau Sabine Lange, 45 €, 16 seats, stress management
  englisch: 'Speaking with International Visitors: English at the Front Desk', // Tue 25.01. 13:30–16:30, Rathaus Wernigerode, KVHS, Emily Carter, 60 €, 12 seats, English
  eakte: 'Vom Aktenordner zum Klick', // Wed 26.01. 13:00–15:30, online, IT, Herr Tobias Brandt, electronic files, free
  deeskalation: 'Wenn der Ton rauer wird', // Thu 27.01. 09:00–12:00, Rathaus Thale, Unfallkasse, Herr Michael Krüger, free (note), 14 seats, aggressive citizens
  haushalt: 'Zahlen, die erzählen', // Tue 08.02. 09:00–16:00, Kreishaus, SIKOSA, Herr Andreas Wolf, 195 €, deadline passed Fri 14.01. 23:59, Doppik
  klartext: 'Klartext statt Amtsdeutsch', // Tue 15.02. 09:00–12:00, online, KVHS, Frau Sabine Lange, 80 €, plain language
  scrum: 'Agil ans Ziel: Projekte mit Scrum steuern', // Thu 17.02. 09:00–16:30, Rathaus Quedlinburg, SIKOSA, Frau Julia Hartmann, 340 € (note), 14 seats
  ersteHilfe: 'Helfen können, wenn es darauf ankommt', // Wed 23.02. 08:30–16:00, DRK-Ausbildungszentrum Blankenburg, Unfallkasse, Herr Uwe Schröder, free (Unfallkasse pays), 15 seats
  ki: 'Die Maschine schreibt mit', // Thu 24.02. 13:00–16:00, hybrid (Kreishaus), IT, Frau Nadine Keller, AI/ChatGPT, free
  fuehrung: 'Vom Team in die Führung: Sicher starten als neue Führungskraft', // Tue 07.03., Wed 08.03., Wed 22.03. 09:00–16:00, Kreishaus, SIKOSA, Frau Dr. Claudia Neumann, 590 €, 12 seats, for (new) managers
  sicherheit: 'Vorsicht, Falle', // Tue 14.03. 09:00–11:30, online, IT, Herr Dr. Ralf Gerlach, information security/phishing, free
  vollstreckung: 'Wenn die Mahnung nicht reicht', // Thu 16.03. 09:00–15:00, Rathaus Blankenburg, SIKOSA, Herr Andreas Wolf, 160 €, only Halberstadt/Blankenburg/Thale/Huy, enforcement
  barriere: 'Für alle lesbar: Barrierefreie Dokumente mit Word und PDF', // Tue 21.03. 13:00–16:00, online, IT, Frau Nadine Keller, free
  gesundFuehren: 'Gesund führen: Auf sich und das Team achten', // Wed 29.03. (CEST) 09:00–15:00, Kreishaus, Unfallkasse, Herr Michael Krüger, free, for managers
  niederschrift: 'Was beschlossen wurde', // Tue 04.04. 09:00–12:00, Rathaus Quedlinburg, SIKOSA, Frau Petra Schulze, 150 €, minutes of council meetings
  excel: 'Formeln, Filter, Pivot: Excel für Fortgeschrittene', // Wed 12.04. 09:00–16:00, KVHS Wernigerode, Herr Stefan Richter, 120 € (note), 12 seats
  ozg: 'Ein Antrag, kein Papier', // Thu 20.04. 13:00–16:00, hybrid (Kreishaus), IT, Herr Tobias Brandt, OZG, free
  brandschutz: 'Die ersten Minuten zählen', // Tue 25.04. 09:00–14:00, Ausbildungszentrum der Kreisfeuerwehr Harz (Halberstadt), Unfallkasse, Herr Jens Baumann, fire safety, free
  ergonomie: 'Gut sitzen, besser arbeiten', // Wed 10.05. 09:00–11:00, online, KVHS, Frau Maria Fischer, 25 € (BGM refunds), back pain
  vergabe: 'Richtig einkaufen: Vergaben unterhalb der EU-Schwellenwerte', // Tue 16.05. 09:00–16:00, Kreishaus, SIKOSA, Frau Petra Schulze, 210 €, deadline Tue 02.05. 23:59
  azubis: 'Start frei: Einführungstage für neue Auszubildende', // Mon 28.08. and Tue 29.08. 09:00–15:00, Kreishaus, Personalamt, free
  gebaerden: 'Gebärdensprache für den Bürgerservice: Grundkurs', // draft (14.06.2028)
  kurbeitrag: 'Kurbeitrag und Gästetaxe richtig erheben', // draft (20.06.2028)
  schlagfertig: 'Schlagfertig im Gespräch: Souverän reagieren', // cancelled (Wed 01.03.2028, KVHS Wernigerode)
  powerpoint: 'PowerPoint-Präsentationen, die hängen bleiben', // cancelled (Thu 13.04.2028, KVHS Wernigerode)
  auftakt: 'Jahresauftakt 2028: Digitale Verwaltung im Harz', // past (Thu 13 January 2028, Herr Tobias Brandt)
  zahlstellen: 'Zahlstellen und Handvorschüsse sicher führen', // past (Wed 8 December 2027, Rathaus Thale, SIKOSA)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.gebaerden, T.kurbeitrag, T.schlagfertig, T.powerpoint, T.auftakt, T.zahlstellen];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  {
    q: 'Was kostet der Scrum-Kurs?',
    kind: 'facts',
    titles: [T.scrum],
    says: ['kostet 340 €'],
    mentions: ['Inklusive Arbeitsunterlagen und Mittagsimbiss.'],
  },
  {
    q: 'ist der erste hilfe kurs eigentlich kostenlos',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr trägt die Unfallkasse Sachsen-Anhalt.'],
  },
  { q: 'how much is the excel course', locale: 'en', kind: 'facts', titles: [T.excel], says: ['costs €120'] },
  // --- facts: when (three days), start time, duration ------------------------------------------------------------------
  {
    q: 'wann ist der kurs für neue führungskräfte',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 3 Tagen', 'Di., 07.03.2028, Mi., 08.03.2028 und Mi., 22.03.2028', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'When are the induction days for new apprentices?',
    locale: 'en',
    kind: 'facts',
    titles: [T.azubis],
    says: ['on 2 days', 'Mon, 28 Aug 2028 and Tue, 29 Aug 2028', 'each from 09:00 to 15:00'],
  },
  {
    q: 'um wie viel uhr fängt der brandschutzhelfer kurs an',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['beginnt am Di., 25.04.2028 um 09:00 Uhr'],
  },
  {
    q: 'What time does the data protection training start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['starts on Thu, 20 Jan 2028 at 13:00'],
  },
  {
    q: 'wie lange geht die schulung zur e-akte',
    kind: 'facts',
    titles: [T.eakte],
    says: ['dauert 2,5 Stunden, von 13:00 bis 15:30 Uhr'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  {
    q: 'wo findet die schulung zu sitzungsniederschriften statt',
    kind: 'facts',
    titles: [T.niederschrift],
    says: ['im Rathaus Quedlinburg'],
  },
  {
    q: 'where is the Vollstreckung seminar',
    locale: 'en',
    kind: 'facts',
    titles: [T.vollstreckung],
    says: ['at Rathaus Blankenburg'],
  },
  {
    q: 'ist das ki-seminar online oder vor ort',
    kind: 'facts',
    titles: [T.ki],
    says: [/findet hybrid statt|oder online statt/],
  },
  {
    q: 'Is the procurement seminar in person?',
    locale: 'en',
    kind: 'facts',
    titles: [T.vergabe],
    says: [/takes place in person|takes place at Kreishaus Halberstadt/],
  },
  {
    q: 'wer leitet das seminar zur informationssicherheit',
    kind: 'facts',
    titles: [T.sicherheit],
    says: ['leitet Herr Dr. Ralf Gerlach'],
  },
  {
    q: 'Who teaches the English course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.englisch],
    says: ['is led by Emily Carter'],
  },
  {
    q: 'bis wann kann ich mich für das vergabeseminar anmelden',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Di., 02.05.2028, 23:59 Uhr'],
  },
  {
    q: 'bis wann ist anmeldeschluss für das haushaltsseminar',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['am Fr., 14.01.2028, 23:59 Uhr abgelaufen'],
  },
  {
    q: 'sind beim englischkurs noch plätze frei',
    kind: 'facts',
    titles: [T.englisch],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  { conv: 'feuer', q: 'wie benutze ich einen feuerlöscher', kind: 'list', titles: [T.brandschutz] },
  { conv: 'feuer', q: 'was kostet das', kind: 'facts', titles: [T.brandschutz], says: ['ist kostenlos'] },
  {
    conv: 'feuer',
    q: 'und wo ist das?',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['im Ausbildungszentrum der Kreisfeuerwehr Harz'],
  },
  {
    conv: 'counter',
    q: 'what can I do when citizens get aggressive at the counter',
    locale: 'en',
    kind: 'list',
    titles: [T.deeskalation],
  },
  {
    conv: 'counter',
    q: 'Who runs it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['is led by Herr Michael Krüger'],
  },
  {
    conv: 'counter',
    q: 'and when is it',
    locale: 'en',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['takes place on Thu, 27 Jan 2028 from 09:00 to 12:00'],
  },
  { conv: 'pivot', q: 'pivot tabellen', kind: 'list', titles: [T.excel] },
  {
    conv: 'pivot',
    q: 'sind da noch plätze frei',
    kind: 'facts',
    titles: [T.excel],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  // --- topic searches: everyday words, words only in summary or description, compounds, synonyms, abbreviations --------
  { q: 'Gibt es im März etwas zu Informationssicherheit?', kind: 'list', titles: [T.sicherheit] },
  { q: 'wie erkenne ich phishing mails', kind: 'list', titles: [T.sicherheit] },
  { q: 'ich bin oft gestresst, gibts da was', kind: 'list', titles: [T.stress] },
  { q: 'gibt es eine schulung zu chatgpt', kind: 'list', titles: [T.ki] },
  { q: 'gibt es was zum ozg', kind: 'list', titles: [T.ozg] },
  { q: 'rückenschmerzen vom vielen sitzen', kind: 'list', titles: [T.ergonomie] },
  { q: 'seminar zu kontopfändung', kind: 'list', titles: [T.vollstreckung] },
  { q: 'doppik für anfänger', kind: 'list', titles: [T.haushalt] },
  { q: 'was gibt es zur dsgvo', kind: 'list', titles: [T.datenschutz] },
  { q: 'Is there a first aid course?', locale: 'en', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'anything for new apprentices?', locale: 'en', kind: 'list', titles: [T.azubis] },
  // --- typos -----------------------------------------------------------------------------------------------------------
  { q: 'informationsicherheit schulung', kind: 'list', titles: [T.sicherheit] },
  { q: 'exel kurs', kind: 'list', titles: [T.excel] },
  // --- filters: dates, time of day, format, place, free seats, trainer, provider, audience, length, cost, language -----
  {
    q: 'Welche Seminare finden nächste Woche statt?',
    kind: 'list',
    titles: [T.stress, T.englisch, T.eakte, T.deeskalation],
  },
  { q: 'was ist diese woche noch los', kind: 'list', titles: [T.teams, T.datenschutz] },
  { q: 'gibts morgen was', kind: 'list', titles: [T.teams] },
  { q: "what's on next week in the morning", locale: 'en', kind: 'list', titles: [T.stress, T.deeskalation] },
  {
    q: 'was läuft in den nächsten zwei wochen',
    kind: 'list',
    titles: [T.teams, T.datenschutz, T.stress, T.englisch, T.eakte, T.deeskalation],
  },
  {
    q: 'what is on next month',
    locale: 'en',
    kind: 'list',
    titles: [T.haushalt, T.klartext, T.scrum, T.ersteHilfe, T.ki],
  },
  { q: 'welche online-seminare gibt es im märz', kind: 'list', titles: [T.sicherheit, T.barriere] },
  { q: 'welche präsenzseminare gibt es im märz', kind: 'list', titles: [T.fuehrung, T.vollstreckung, T.gesundFuehren] },
  { q: 'kostenlose kurse im februar', kind: 'list', titles: [T.ersteHilfe, T.ki] },
  { q: 'gibt es im april noch freie plätze', kind: 'list', titles: [T.niederschrift, T.excel, T.ozg, T.brandschutz] },
  { q: 'was gibt es in wernigerode', kind: 'list', ...only(T.englisch, T.excel) },
  { q: 'Kurse von Frau Lange', kind: 'list', ...only(T.stress, T.klartext) },
  { q: 'welche kurse hat herr brandt', kind: 'list', ...only(T.teams, T.eakte, T.ozg) },
  {
    q: 'Was bietet das Studieninstitut an?',
    kind: 'list',
    ...only(T.haushalt, T.scrum, T.fuehrung, T.vollstreckung, T.niederschrift, T.vergabe),
  },
  {
    q: 'what does the KVHS offer',
    locale: 'en',
    kind: 'list',
    ...only(T.stress, T.englisch, T.klartext, T.excel, T.ergonomie),
  },
  { q: 'ich bin Führungskraft', kind: 'list', ...only(T.fuehrung, T.gesundFuehren) },
  { q: 'welche mehrtägigen seminare gibt es', kind: 'list', ...only(T.fuehrung, T.azubis) },
  { q: 'any courses in english?', locale: 'en', kind: 'list', titles: [T.englisch] },
  // --- gone, drafts never shown, no match, greeting --------------------------------------------------------------------
  { q: 'wann war der jahresauftakt digitale verwaltung', kind: 'gone', gone: T.auftakt, says: ['Do., 13.01.2028'] },
  { q: 'was kostet der powerpoint kurs', kind: 'gone', gone: T.powerpoint },
  { q: 'when is the Schlagfertig workshop', locale: 'en', kind: 'gone', gone: T.schlagfertig },
  { q: 'gibt es einen gebärdensprachkurs', kind: 'none' },
  { q: 'Is there a training on the Kurbeitrag?', locale: 'en', kind: 'none' },
  { q: 'photoshop kurs', kind: 'none' },
  { q: 'Hallo', kind: 'help' },
  { q: 'hi there', locale: 'en', kind: 'help' },
];

heldoutSuite('answering questions about a ninety-first, independent catalogue (Landkreis Harz, SIKOSA)', {
  fixture: 'heldout91-catalogue.json',
  now,
  timeZone: TZ,
  cases: CASES,
  titles: all,
  never: NEVER,
});
