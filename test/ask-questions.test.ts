// The question suite: German and English questions against the demo catalogue (imported through importCatalogue),
// asserting which seminars the answer shows, in which order, and the facts of its first sentence. Runs on every
// engine of the run. Follow-ups share a conversation and run in the order of the table.
import { beforeAll, expect, it } from 'vitest';
import { buildDemoCatalogue } from '../db/demo-catalogue.js';
import { factText } from '../src/bot/answer-text.js';
import { answerQuestion, type Answer } from '../src/domain/answers.js';
import { importCatalogue } from '../src/domain/catalogue-import.js';
import { loadSeminarViews } from '../src/domain/seminar-views.js';
import { formatDay } from '../src/i18n/format.js';
import { translator, type Locale } from '../src/i18n/index.js';
import { describeEachEngine } from './support/db.js';

const now = new Date('2026-11-23T10:00:00Z');
const TZ = 'Europe/Berlin';

// Titles of the demo catalogue (built for `now`), shortened for the table.
const T = {
  infoGrundlagen: 'Informationssicherheit – Grundlagen für alle Beschäftigten',
  infoFuehrung: 'Informationssicherheit für Führungskräfte',
  prozess: 'Prozessmanagement in der Verwaltung',
  teamsEinstieg: 'Microsoft Teams für Einsteigerinnen und Einsteiger',
  teamsProfi: 'Microsoft Teams für Fortgeschrittene',
  datenschutz: 'Datenschutz nach DSGVO im Verwaltungsalltag',
  schreiben: 'Verständlich schreiben: Bescheide und Bürgerbriefe in klarer Sprache',
  scrum: 'Agiles Projektmanagement mit Scrum',
  ki: 'Künstliche Intelligenz (KI) in der Verwaltung – Chancen, Grenzen, Praxis',
  phishing: 'Phishing und Social Engineering erkennen und abwehren',
  lotsen: 'Qualifizierung kommunale Digitallotsinnen und Digitallotsen',
  buergerbeteiligung: 'Digitale Bürgerbeteiligung mit Online-Plattformen',
  fuehrung: 'Führung im digitalen Wandel',
  eakte: 'Die elektronische Akte (E-Akte) einführen und nutzen',
  ozg: 'Onlinezugangsgesetz (OZG) umsetzen – Verwaltungsleistungen digital anbieten',
  homeoffice: 'Mobiles Arbeiten und Homeoffice gut gestalten',
  barrierefrei: 'Barrierefreie digitale Dokumente mit Word und PDF',
  powerbi: 'Datenauswertung und Dashboards mit Power BI',
  wissen: 'Wissensmanagement: Wissen sichern beim Generationenwechsel',
  kiWerkstatt: 'KI-Werkstatt: Eigene Anwendungsfälle mit ChatGPT erproben',
  change: 'Change-Management in der öffentlichen Verwaltung',
  designThinking: 'Design Thinking für bürgerfreundliche Verwaltungsleistungen',
  besprechungen: 'Online-Besprechungen souverän moderieren',
  leadership: 'Digital Leadership in Public Administration – English session',
  bsi: 'BSI IT-Grundschutz in der Kommune – Praxisseminar',
  innovation: 'Innovationsmanagement in der Kommune',
  excel: 'Excel kompakt: Formeln, Pivot-Tabellen und Diagramme',
  kanban: 'Kanban im Team: Aufgaben sichtbar machen und Arbeit steuern',
  notfall: 'IT-Notfallmanagement: vorbereitet sein auf Cyberangriffe und IT-Ausfälle',
  kiDraft: 'Künstliche Intelligenz für Führungskräfte – Strategie, Governance und KI-Verordnung',
  bpmn: 'Prozessmodellierung mit BPMN 2.0 – Aufbauseminar',
  resilienz: 'Gelassen bleiben im digitalen Arbeitsalltag – Resilienz und Selbstmanagement',
  openData: 'Open Data und Datenkompetenz in der Kommune',
  eRechnung: 'E-Rechnung in der Verwaltung: XRechnung empfangen und verarbeiten',
} as const;

export interface Case {
  q: string;
  locale?: Locale;
  /** Conversation for follow-ups; cases with the same one run in table order. */
  conv?: string;
  kind: Answer['kind'];
  /** Exactly these seminars, in this order (for lists and facts). */
  titles?: string[];
  /** These seminars among others; the first of them is shown first. */
  first?: string;
  includes?: string[];
  excludes?: string[];
  /** The first sentence contains these. */
  says?: (string | RegExp)[];
  /** The whole answer text contains these (notes after the first sentence). */
  mentions?: string[];
  /** For a gone seminar: which one. */
  gone?: string;
}

const all = Object.values(T);
const NEVER = [T.kiDraft, T.buergerbeteiligung, T.eRechnung];

export const CASES: Case[] = [
  // --- fact questions, German ---------------------------------------------------------------------------------
  { q: 'Was kostet der Scrum-Kurs?', kind: 'facts', titles: [T.scrum], says: ['„Agiles Projektmanagement mit Scrum“ kostet 390 €'] },
  { q: 'Wie viel kostet das Seminar zu Prozessmanagement?', kind: 'facts', titles: [T.prozess], says: ['kostet 450 €'], mentions: ['Inklusive Mittagessen'] },
  { q: 'Was kostet die Digitallotsen-Qualifizierung?', kind: 'facts', titles: [T.lotsen], says: ['kostet 900 €'], mentions: ['Das Land NRW übernimmt 50 % der Teilnahmegebühr.'] },
  { q: 'Ist das Seminar zu Phishing kostenlos?', kind: 'facts', titles: [T.phishing], says: ['ist kostenlos'] },
  { q: 'Was kostet das Seminar zur Informationssicherheit für Führungskräfte?', kind: 'facts', titles: [T.infoFuehrung], says: ['220 €'] },
  { q: 'Welche Gebühr hat der Power-BI-Kurs?', kind: 'facts', titles: [T.powerbi], says: ['380 €'] },
  { q: 'Wann findet der Kurs Verständlich schreiben statt?', kind: 'facts', titles: [T.schreiben], says: ['Mi., 13.01.2027 von 09:00 bis 16:00 Uhr'] },
  { q: 'Wann ist das Scrum-Seminar?', kind: 'facts', titles: [T.scrum], says: ['an 2 Tagen', 'Di., 19.01.2027 und Mi., 20.01.2027', 'jeweils von 09:00 bis 16:00 Uhr'] },
  { q: 'Wann und wo findet der Kurs zu Barrierefreiheit statt?', kind: 'facts', titles: [T.barrierefrei], says: ['am Di., 02.03.2027 von 09:00 bis 16:00 Uhr in der TZG Akademie Glehn'] },
  { q: 'Wann beginnt der Datenschutz-Kurs?', kind: 'facts', titles: [T.datenschutz], says: ['beginnt am Mo., 11.01.2027 um 09:00 Uhr'] },
  { q: 'Um wie viel Uhr fängt das Excel-Seminar an?', kind: 'facts', titles: [T.excel], says: ['13:00 Uhr'] },
  { q: 'Wo findet das Datenschutz-Seminar statt?', kind: 'facts', titles: [T.datenschutz], says: ['im Rathaus Neuss, Markt 2'] },
  { q: 'Wo ist der Kurs zur E-Akte?', kind: 'facts', titles: [T.eakte], says: ['im Kreishaus Grevenbroich'] },
  { q: 'Wo findet der Kanban-Kurs statt?', kind: 'facts', titles: [T.kanban], says: ['findet online statt'] },
  { q: 'Wer leitet das Seminar zur E-Akte?', kind: 'facts', titles: [T.eakte], says: ['leitet Herr Andreas Becker'] },
  { q: 'Wer ist der Referent beim Change-Management?', kind: 'facts', titles: [T.change], says: ['Frau Andrea Wolters'] },
  { q: 'Wer hält die Digitallotsen-Qualifizierung?', kind: 'facts', titles: [T.lotsen], says: ['leiten Frau Claudia Wirtz und Herr Jens Vogel'] },
  { q: 'Wie lange dauert die Digitallotsen-Qualifizierung?', kind: 'facts', titles: [T.lotsen], says: ['dauert 3 Tage', '09:00 bis 16:30 Uhr'] },
  { q: 'Wie lange dauert das Seminar zu Phishing?', kind: 'facts', titles: [T.phishing], says: ['dauert 3 Stunden, von 09:00 bis 12:00 Uhr'] },
  { q: 'Bis wann kann ich mich für Power BI anmelden?', kind: 'facts', titles: [T.powerbi], says: ['bis Do., 18.02.2027, 23:59 Uhr'] },
  { q: 'Wann ist Anmeldeschluss für Design Thinking?', kind: 'facts', titles: [T.designThinking], says: ['Di., 09.03.2027, 23:59 Uhr'] },
  { q: 'Gibt es noch freie Plätze im Excel-Kurs?', kind: 'facts', titles: [T.excel], says: ['noch 10 von 10 Plätzen frei'] },
  { q: 'Ist die KI-Werkstatt ausgebucht?', kind: 'facts', titles: [T.kiWerkstatt], says: ['noch 5 von 5 Plätzen frei'] },
  { q: 'Ist der Teams-Kurs für Einsteiger online?', kind: 'facts', titles: [T.teamsEinstieg], says: ['findet online statt'] },
  { q: 'Findet das OZG-Seminar online oder in Präsenz statt?', kind: 'facts', titles: [T.ozg], says: ['hybrid', 'im Rathaus Neuss', 'oder online'] },
  { q: 'Ist der BPMN-Kurs vor Ort?', kind: 'facts', titles: [T.bpmn], says: ['in Präsenz', 'TZG Akademie Glehn'] },
  { q: 'Was kostet das Open-Data-Seminar?', kind: 'facts', titles: [T.openData], says: ['180 €'] },
  { q: 'Was kostet der Kurs zu Resilienz?', kind: 'facts', titles: [T.resilienz], says: ['170 €'] },
  { q: 'Wann ist der Kurs zu Innovationsmanagement?', kind: 'facts', titles: [T.innovation], says: ['Mi., 14.04.2027'] },
  { q: 'Wer leitet den Kurs zu Design Thinking?', kind: 'facts', titles: [T.designThinking], says: ['Frau Lea Hartmann'] },
  { q: 'Wann findet IT-Notfallmanagement statt?', kind: 'facts', titles: [T.notfall], says: ['Mi., 05.05.2027'] },
  { q: 'Was kostet der IT-Grundschutz-Kurs?', kind: 'facts', titles: [T.bsi], says: ['650 €'] },
  { q: 'Was kostet die Schulung zu Online-Besprechungen?', kind: 'facts', titles: [T.besprechungen], says: ['95 €'] },
  { q: 'Wer unterrichtet Excel?', kind: 'facts', titles: [T.excel], says: ['Herr Tobias Wenzel'] },
  { q: 'Wann ist die Schulung zu Führung im digitalen Wandel?', kind: 'facts', titles: [T.fuehrung], says: ['Di., 09.02.2027 und Mi., 10.02.2027'] },
  { q: 'Was kostet das Seminar zum Wissensmanagement?', kind: 'facts', titles: [T.wissen], says: ['230 €'] },
  { q: 'Wie teuer ist Datenschutz nach DSGVO?', kind: 'facts', titles: [T.datenschutz], says: ['180 €'] },
  { q: 'Was kostet die Schulung zu Homeoffice?', kind: 'facts', titles: [T.homeoffice], says: ['ist kostenlos'] },
  { q: 'Wann findet der Kurs zu klarer Sprache statt?', kind: 'facts', titles: [T.schreiben], says: ['13.01.2027'] },
  { q: 'Wo findet der Kurs zu Open Data statt?', kind: 'facts', titles: [T.openData], says: ['im Kreishaus Grevenbroich'] },
  { q: 'Hallo! Was kostet der Kanban-Kurs?', kind: 'facts', titles: [T.kanban], says: ['110 €'] },

  // --- fact questions, English ----------------------------------------------------------------------------------
  { q: 'How much is the Scrum course?', locale: 'en', kind: 'facts', titles: [T.scrum], says: ['costs €390'] },
  { q: 'Where does the data protection seminar take place?', locale: 'en', kind: 'facts', titles: [T.datenschutz], says: ['Rathaus Neuss'] },
  { q: 'Who teaches the Power BI course?', locale: 'en', kind: 'facts', titles: [T.powerbi], says: ['Herr Tobias Wenzel'] },
  { q: 'When is the Excel course?', locale: 'en', kind: 'facts', titles: [T.excel], says: ['Tue 20/04/2027 from 13:00 to 16:30'] },
  { q: 'How long is the change management seminar?', locale: 'en', kind: 'facts', titles: [T.change], says: ['2 days'] },
  { q: 'What is the registration deadline for Design Thinking?', locale: 'en', kind: 'facts', titles: [T.designThinking], says: ['until Tue 09/03/2027, 23:59'] },
  { q: 'Are there seats left in the Kanban course?', locale: 'en', kind: 'facts', titles: [T.kanban], says: ['16 of 16 seats left'] },
  { q: 'Is the e-file seminar online?', locale: 'en', kind: 'facts', titles: [T.eakte], says: ['in person'] },
  { q: 'How much does the course on accessibility cost?', locale: 'en', kind: 'facts', titles: [T.barrierefrei], says: ['€210'] },
  { q: 'When does the digital leadership session start?', locale: 'en', kind: 'facts', titles: [T.leadership], says: ['starts on Wed 31/03/2027 at 09:00'] },
  { q: 'Who leads the knowledge management seminar?', locale: 'en', kind: 'facts', titles: [T.wissen], says: ['Frau Dr. Sabine Lange'] },

  // --- follow-ups -----------------------------------------------------------------------------------------------
  { q: 'Was kostet der Scrum-Kurs?', conv: 'f1', kind: 'facts', titles: [T.scrum], says: ['390 €'] },
  { q: 'Und wo findet der statt?', conv: 'f1', kind: 'facts', titles: [T.scrum], says: ['in der TZG Akademie Glehn'] },
  { q: 'Wann ist das?', conv: 'f1', kind: 'facts', titles: [T.scrum], says: ['Di., 19.01.2027'] },
  { q: 'Wer leitet den?', conv: 'f1', kind: 'facts', titles: [T.scrum], says: ['Herr Markus Brandt'] },
  { q: 'Gibt es noch Plätze?', conv: 'f1', kind: 'facts', titles: [T.scrum], says: ['noch 14 von 14 Plätzen frei'] },
  { q: 'Wann ist der Excel-Kurs?', conv: 'f2', kind: 'facts', titles: [T.excel] },
  { q: 'Was kostet das?', conv: 'f2', kind: 'facts', titles: [T.excel], says: ['140 €'] },
  { q: 'Bis wann kann man sich anmelden?', conv: 'f2', kind: 'facts', titles: [T.excel], says: ['Di., 13.04.2027, 23:59 Uhr'] },
  { q: 'How much is the Open Data seminar?', locale: 'en', conv: 'f3', kind: 'facts', titles: [T.openData] },
  { q: 'And where is it?', locale: 'en', conv: 'f3', kind: 'facts', titles: [T.openData], says: ['Kreishaus Grevenbroich'] },
  { q: 'Gibt es etwas zu Kanban?', conv: 'f4', kind: 'list', titles: [T.kanban] },
  { q: 'Was kostet der?', conv: 'f4', kind: 'facts', titles: [T.kanban], says: ['110 €'] },
  { q: 'Und wo findet der statt?', conv: 'f5', kind: 'noContext' },
  { q: 'Welche Seminare gibt es im Januar?', conv: 'f6', kind: 'list', includes: [T.scrum, T.datenschutz] },
  { q: 'Was kostet das?', conv: 'f6', kind: 'noContext' },

  // --- topic searches -------------------------------------------------------------------------------------------
  { q: 'Gibt es etwas zu Informationssicherheit?', kind: 'list', titles: [T.infoGrundlagen, T.infoFuehrung, T.phishing, T.bsi, T.notfall] },
  { q: 'Gibt es etwas zu Kanban?', kind: 'list', titles: [T.kanban] },
  { q: 'Hallo, gibt es Seminare zu Excel?', kind: 'list', first: T.excel, includes: [T.excel], excludes: [T.kanban] },
  { q: 'Gibt es einen Kurs über Microsoft Teams?', kind: 'list', first: T.teamsEinstieg, includes: [T.teamsEinstieg, T.teamsProfi], excludes: [T.kanban, T.fuehrung] },
  { q: 'Gibt es einen Kurs zu Teams für Fortgeschrittene?', kind: 'list', titles: [T.teamsProfi] },
  { q: 'Gibt es etwas zu Projektmanagement?', kind: 'list', titles: [T.scrum] },
  { q: 'Gibt es Seminare zum OZG?', kind: 'list', first: T.ozg, includes: [T.ozg] },
  { q: 'Welche Kurse gibt es zu ChatGPT?', kind: 'list', first: T.kiWerkstatt, includes: [T.ki], excludes: [T.kiDraft] },
  { q: 'Gibt es Schulungen zu Cyberangriffen?', kind: 'list', first: T.notfall, excludes: [T.excel] },
  { q: 'Gibt es etwas zu Ransomware?', kind: 'list', first: T.notfall, excludes: [T.excel] },
  { q: 'Gibt es etwas zu Open Data?', kind: 'list', titles: [T.openData] },
  { q: 'Gibt es was zur elektronischen Akte?', kind: 'list', titles: [T.eakte] },
  { q: 'Ich suche etwas zu Prozessmodellierung', kind: 'list', first: T.bpmn, excludes: [T.excel] },
  { q: 'Gibt es was zu BPMN?', kind: 'list', includes: [T.bpmn, T.prozess], excludes: [T.scrum] },
  { q: 'Seminare zu Datenschutz', kind: 'list', first: T.datenschutz, excludes: [T.excel, T.scrum] },
  { q: 'Gibt es etwas zur Barrierefreiheit?', kind: 'list', titles: [T.barrierefrei] },
  { q: 'Gibt es Kurse zu Design Thinking?', kind: 'list', first: T.designThinking, excludes: [T.excel] },
  { q: 'Gibt es ein Seminar zu Change-Management?', kind: 'list', first: T.change, excludes: [T.excel, T.kanban] },
  { q: 'Gibt es Fortbildungen zu Power BI?', kind: 'list', titles: [T.powerbi] },
  { q: 'Digitallotse', kind: 'list', titles: [T.lotsen] },
  { q: 'Wo finde ich etwas über künstliche Intelligenz?', kind: 'list', first: T.ki, includes: [T.kiWerkstatt], excludes: [T.kiDraft, T.innovation] },
  { q: 'KI', kind: 'list', includes: [T.ki, T.kiWerkstatt], excludes: [T.kiDraft] },
  { q: 'Workshops on accessibility', locale: 'en', kind: 'list', titles: [T.barrierefrei] },
  { q: 'Is there anything on data protection?', locale: 'en', kind: 'list', titles: [T.datenschutz] },
  { q: 'Do you have courses on project management?', locale: 'en', kind: 'list', titles: [T.scrum] },
  { q: 'Anything about artificial intelligence?', locale: 'en', kind: 'list', includes: [T.ki, T.kiWerkstatt], excludes: [T.kiDraft] },
  { q: 'Seminars on knowledge management', locale: 'en', kind: 'list', titles: [T.wissen] },
  { q: 'courses about phishing', locale: 'en', kind: 'list', first: T.phishing },
  { q: 'Is there a course on plain language?', locale: 'en', kind: 'list', titles: [T.schreiben] },
  { q: 'Any training on e-invoicing?', locale: 'en', kind: 'gone', gone: T.eRechnung },

  // --- typos, compounds, synonyms through descriptions -----------------------------------------------------------
  { q: 'Informationssicherhiet', kind: 'list', first: T.infoGrundlagen, includes: [T.infoFuehrung], excludes: [T.excel] },
  { q: 'Prozesmanagement', kind: 'list', first: T.prozess, excludes: [T.scrum] },
  { q: 'Gibt es was zu Datenschuz?', kind: 'list', first: T.datenschutz },
  { q: 'Was kostet der Scrumkurs?', kind: 'facts', titles: [T.scrum], says: ['390 €'] },
  { q: 'Sicherheit', kind: 'list', includes: [T.infoGrundlagen, T.infoFuehrung], excludes: [T.wissen] },
  { q: 'Gibt es was zum Thema Homeoffice?', kind: 'list', titles: [T.homeoffice] },
  { q: 'Gibt es etwas zu Heimarbeit?', kind: 'list', titles: [T.homeoffice] },
  { q: 'Datenschutzgrundverordnung', kind: 'list', titles: [T.datenschutz] },
  { q: 'Gibt es etwas zu Stress?', kind: 'list', titles: [T.resilienz] },
  { q: 'Gibt es etwas zu Copilot?', kind: 'list', first: T.ki },
  { q: 'Gibt es Kurse zu Videokonferenzen?', kind: 'list', includes: [T.besprechungen] },
  { q: 'Etwas zu Pivot-Tabellen?', kind: 'list', first: T.excel },
  { q: 'Gibt es was zu Agilität?', kind: 'list', includes: [T.scrum] },
  { q: 'Gibt es etwas zu Zeitmanagement?', kind: 'list', titles: [T.resilienz] },
  { q: 'Ich interessiere mich für Veränderungsmanagement', kind: 'list', first: T.change },

  // --- filters: dates, time of day, format, place, trainer, provider, audience, cost, length, language, seats ---
  { q: 'Is there anything on information security in January?', locale: 'en', kind: 'list', titles: [T.infoFuehrung, T.phishing] },
  { q: 'Gibt es im März etwas zu Informationssicherheit?', kind: 'none' },
  { q: 'Gibt es im Januar etwas zu Informationssicherheit?', kind: 'list', titles: [T.infoFuehrung, T.phishing] },
  { q: 'Welche Seminare gibt es im Januar?', kind: 'list', first: T.prozess, includes: [T.scrum, T.datenschutz, T.ki], excludes: [T.infoGrundlagen, T.fuehrung] },
  { q: 'Welche Online-Seminare gibt es im Februar?', kind: 'list', titles: [T.teamsProfi, T.homeoffice] },
  { q: 'Welche Online-Seminare gibt es nächsten Monat?', kind: 'list', titles: [T.infoGrundlagen] },
  { q: 'Any seminars next month?', locale: 'en', kind: 'list', titles: [T.infoGrundlagen] },
  { q: 'Gibt es nächste Woche etwas?', kind: 'none' },
  { q: 'Was läuft in den nächsten vier Wochen?', kind: 'list', titles: [T.infoGrundlagen] },
  { q: 'Welche Seminare gibt es in April 2027?', kind: 'list', titles: [T.bsi, T.innovation, T.excel, T.kanban] },
  { q: 'What is on in April 2027?', locale: 'en', kind: 'list', titles: [T.bsi, T.innovation, T.excel, T.kanban] },
  { q: 'Seminare in Präsenz im April', kind: 'list', titles: [T.bsi, T.innovation, T.excel] },
  { q: 'Gibt es am 02.03.2027 ein Seminar?', kind: 'list', titles: [T.barrierefrei] },
  { q: 'Welche Seminare gibt es Ende März?', kind: 'list', titles: [T.designThinking, T.besprechungen, T.leadership] },
  { q: 'Welche Seminare finden am Nachmittag statt?', kind: 'list', titles: [T.infoFuehrung, T.teamsProfi, T.besprechungen, T.excel] },
  { q: 'Gibt es vormittags etwas zu Microsoft Teams?', kind: 'list', titles: [T.teamsEinstieg] },
  { q: 'Gibt es kostenlose Online-Seminare?', kind: 'list', titles: [T.infoGrundlagen, T.teamsEinstieg, T.phishing, T.teamsProfi, T.homeoffice] },
  { q: 'Show me free courses', locale: 'en', kind: 'list', titles: [T.infoGrundlagen, T.teamsEinstieg, T.phishing, T.teamsProfi, T.homeoffice] },
  { q: 'Gibt es hybride Seminare?', kind: 'list', titles: [T.ki, T.ozg, T.leadership] },
  { q: 'Welche mehrtägigen Seminare gibt es im März?', kind: 'list', titles: [T.powerbi, T.change] },
  { q: 'Seminare über mehrere Tage zu Prozessen', kind: 'list', includes: [T.prozess, T.bpmn] },
  { q: 'Seminare auf Englisch?', kind: 'list', titles: [T.leadership] },
  { q: 'Are there any courses in English?', locale: 'en', kind: 'list', titles: [T.leadership] },
  { q: 'Was bietet das NSI im März an?', kind: 'list', titles: [T.wissen, T.change, T.leadership] },
  { q: 'Was bietet das Land NRW an?', kind: 'list', titles: [T.lotsen] },
  { q: 'Kurse von Frau Lange', kind: 'list', titles: [T.prozess, T.ki, T.wissen] },
  { q: 'Welche Seminare gibt es von Herrn Brandt?', kind: 'list', titles: [T.scrum, T.kanban] },
  { q: 'Welche Seminare gibt es im Rathaus Neuss?', kind: 'list', titles: [T.datenschutz, T.schreiben, T.ozg, T.resilienz] },
  { q: 'Seminare im Kreishaus Grevenbroich im Mai', kind: 'list', titles: [T.notfall] },
  { q: 'Was gibt es in Glehn im Februar?', kind: 'list', titles: [T.lotsen, T.fuehrung] },
  { q: 'Ich bin Führungskraft. Was gibt es für mich?', kind: 'list', first: T.infoFuehrung, includes: [T.fuehrung, T.change, T.leadership], excludes: [T.excel, T.kiDraft] },
  { q: 'Welche Seminare haben noch Plätze frei?', kind: 'list', first: T.infoGrundlagen, includes: [T.scrum], excludes: NEVER },
  { q: 'Welche Seminare gibt es?', kind: 'list', first: T.infoGrundlagen, excludes: NEVER },

  // --- cancelled, past, draft, no match ---------------------------------------------------------------------------
  { q: 'Gibt es was zu Bürgerbeteiligung?', kind: 'gone', gone: T.buergerbeteiligung, says: ['abgesagt'] },
  { q: 'Was kostet das Seminar Digitale Bürgerbeteiligung?', kind: 'gone', gone: T.buergerbeteiligung, says: ['abgesagt'] },
  { q: 'Wann findet das Seminar zur E-Rechnung statt?', kind: 'gone', gone: T.eRechnung, says: ['bereits am Mi., 04.11.2026 stattgefunden'] },
  { q: 'XRechnung', kind: 'gone', gone: T.eRechnung },
  { q: 'Gibt es ein Seminar zu KI für Führungskräfte?', kind: 'list', includes: [T.ki], excludes: [T.kiDraft] },
  { q: 'KI-Verordnung', kind: 'list', includes: [T.ki], excludes: [T.kiDraft] },
  { q: 'Was gibt es zu Quantenphysik?', kind: 'none' },
  { q: 'Gibt es einen Töpferkurs?', kind: 'none' },
  { q: 'Kurse von Frau Mustermann', kind: 'none' },
  { q: 'Welche Online-Seminare gibt es zu Excel?', kind: 'none' },
  { q: 'Is there a course on beekeeping?', locale: 'en', kind: 'none' },

  // --- greetings, help, details ---------------------------------------------------------------------------------
  { q: 'Hilfe', kind: 'help' },
  { q: 'help', locale: 'en', kind: 'help' },
  { q: 'Meine Anmeldungen', kind: 'myRegistrations' },
  { q: 'Tell me about the Scrum course', locale: 'en', kind: 'details', titles: [T.scrum] },
  { q: 'Erzähl mir mehr über das Seminar Open Data', kind: 'details', titles: [T.openData] },
];

function firstSentence(text: string): string {
  return text.split(/(?<!\b(?:Dr|Prof|Nr|Mo|Di|Mi|Do|Fr|Sa|So)\.)(?<=[.!?])\s+(?=[A-ZÄÖÜ„"])/)[0] ?? text;
}

describeEachEngine('answering questions about the demo catalogue', ({ db }) => {
  beforeAll(async () => {
    await importCatalogue(db(), buildDemoCatalogue(now), { now });
  });

  it(`has at least 120 questions`, () => {
    expect(CASES.length).toBeGreaterThanOrEqual(120);
  });

  for (const c of CASES) {
    const name = `${c.conv ? `[${c.conv}] ` : ''}${c.q} → ${c.kind}${c.titles ? `: ${c.titles.length} seminar(s)` : ''}`;
    it(name, async () => {
      const locale = c.locale ?? 'de';
      const { answer } = await answerQuestion(db(), c.q, { now, timeZone: TZ, conversationId: c.conv ?? null });
      expect(answer.kind, JSON.stringify(answer)).toBe(c.kind);
      let shown: string[] = [];
      let text = '';
      if (answer.kind === 'facts' || answer.kind === 'list' || answer.kind === 'details') {
        const ids = answer.kind === 'details' ? [answer.seminarId] : answer.seminarIds;
        const views = await loadSeminarViews(db(), ids, null);
        shown = views.map((v) => v.seminar.title);
        if (answer.kind === 'facts') {
          text = views.map((v) => factText(answer.facts, v, { locale, t: translator(locale), timeZone: TZ, now })).join('\n');
        }
      }
      if (answer.kind === 'gone') {
        shown = [answer.title];
        const t = translator(locale);
        const day = formatDay(answer.lastStart, locale, TZ);
        text = answer.reason === 'cancelled' ? t('ask.cancelled', { title: answer.title }) : t('ask.past', { title: answer.title, day });
        expect(answer.title).toBe(c.gone);
      }
      if (c.titles) expect(shown).toEqual(c.titles);
      if (c.first) expect(shown[0]).toBe(c.first);
      for (const title of c.includes ?? []) expect(shown).toContain(title);
      for (const title of [...(c.excludes ?? []), ...(c.kind === 'gone' ? [] : NEVER)]) expect(shown).not.toContain(title);
      const opening = firstSentence(text);
      for (const s of c.says ?? []) {
        if (typeof s === 'string') expect(opening).toContain(s);
        else expect(opening).toMatch(s);
      }
      for (const s of c.mentions ?? []) expect(text).toContain(s);
      // Only known titles: nothing invented, nothing from outside the catalogue.
      for (const title of shown) expect(all).toContain(title);
    });
  }
});
