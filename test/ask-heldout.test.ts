// Over-fitting check: a second, independent catalogue (Kreis Mettmann, 2027) imported from a JSON file like a real
// one, and questions written for it without looking at the answers. Same assertions as the demo suite: exactly the
// expected seminars (best first), the asked fact in the first sentence, never a draft, cancelled or past seminar.
import { heldoutSuite, type Case } from './support/question-suite.js';

const now = new Date('2027-01-11T09:00:00Z'); // Monday, 11 January 2027
const TZ = 'Europe/Berlin';

const T = {
  cyber: 'Cybersicherheit am Arbeitsplatz – sicher mailen, surfen und arbeiten',
  isb: 'Informationssicherheitsbeauftragte in Kommunen – Aufbaukurs',
  barriere: 'Digitale Barrierefreiheit: Webseiten und PDFs für alle',
  ki: 'Künstliche Intelligenz im Büroalltag: Texte, Protokolle und Recherche mit KI-Assistenten',
  prompting: 'Prompting-Workshop für Fortgeschrittene',
  sitzung: 'Sitzungsdienst digital: Gremienarbeit mit dem Ratsinformationssystem',
  eakte: 'E-Akte im Praxisbetrieb: Dokumentenmanagement sicher beherrschen',
  ozg: 'Onlinedienste nach dem OZG: Anträge digital entgegennehmen und bearbeiten',
  projekte: 'Projekte erfolgreich steuern – Grundlagen des Projektmanagements',
  agil: 'Agil arbeiten im öffentlichen Dienst: Scrum, Kanban und Retrospektiven',
  m365: 'Microsoft 365 im Team: Outlook, OneDrive und SharePoint gemeinsam nutzen',
  excel: 'Excel in der Haushaltsplanung',
  datenschutz: 'Datenschutz in der Sachbearbeitung: die DSGVO sicher anwenden',
  social: 'Social Media für Kommunen – Bürgerdialog auf Instagram und Co.',
  fuehren: 'Gesund führen auf Distanz – hybride Teams wirksam leiten',
  azubi: 'Fit für die digitale Verwaltung – Workshop für Auszubildende',
  daten: 'Data Literacy: Zahlen verstehen und Daten anschaulich darstellen',
  smart: 'Smart City Basics – An Introduction for Municipal Staff',
  presenting: 'Presenting Digital Projects in English',
  gis: 'Geodaten und GIS in der Kommune',
  vergabe: 'eVergabe: öffentliche Aufträge elektronisch ausschreiben',
  post: 'Scannen, signieren, versenden: der digitale Posteingang',
  leicht: 'Leichte Sprache in Verwaltungstexten',
  coach: 'Zertifikatslehrgang Digitalcoach in der Kommune',
  podcast: 'Podcast-Werkstatt für die Öffentlichkeitsarbeit',
  powerApps: 'Low-Code-Anwendungen mit Power Apps entwickeln',
  auftakt: 'Auftaktveranstaltung: Digitalstrategie für Städte und Gemeinden',
  konflikt: 'Konflikte am Bürgerschalter souverän lösen',
} as const;

const all: string[] = Object.values(T);
const NEVER = [T.podcast, T.powerApps, T.auftakt];

/** Cases marked `fails` are known misses (listed in the report); vitest checks that they still fail. */
const CASES: Case[] = [
  // --- facts, German ------------------------------------------------------------------------------------------------
  { q: 'Was kostet der Kurs zur E-Akte?', kind: 'facts', titles: [T.eakte], says: ['kostet 320 €'] },
  { q: 'Wie viel kostet das Excel-Seminar?', kind: 'facts', titles: [T.excel], says: ['130 €'] },
  { q: 'Was kostet der Digitalcoach-Lehrgang?', kind: 'facts', titles: [T.coach], says: ['1.200 €'], mentions: ['fördert die Teilnahme mit 600 €'] },
  { q: 'Ist das Webinar zur Cybersicherheit kostenlos?', kind: 'facts', titles: [T.cyber], says: ['ist kostenlos'] },
  { q: 'Wann findet der Datenschutz-Kurs statt?', kind: 'facts', titles: [T.datenschutz], says: ['Do., 21.01.2027 von 09:00 bis 15:00 Uhr'] },
  { q: 'Wann ist der Aufbaukurs für Informationssicherheitsbeauftragte?', kind: 'facts', titles: [T.isb], says: ['an 3 Tagen', 'Di., 09.03.2027'] },
  { q: 'Wo findet der Projektmanagement-Kurs statt?', kind: 'facts', titles: [T.projekte], says: ['im Kreishaus Mettmann'] },
  { q: 'Wo ist das Seminar zum Sitzungsdienst?', kind: 'facts', titles: [T.sitzung], says: ['im Rathaus Ratingen'] },
  { q: 'Wo findet der Social-Media-Kurs statt?', kind: 'facts', titles: [T.social], says: ['findet online statt'] },
  { q: 'Wer leitet das Seminar zu Geodaten?', kind: 'facts', titles: [T.gis], says: ['Herr Martin Ebert'] },
  { q: 'Wer ist die Referentin beim Datenschutz?', kind: 'facts', titles: [T.datenschutz], says: ['Frau Dr. Petra Nowak'] },
  { q: 'Wer hält den Digitalcoach-Lehrgang?', kind: 'facts', titles: [T.coach], says: ['leiten Frau Jasmin Albers und Herr Kai Hoppe'] },
  { q: 'Wie lange dauert der Workshop für Auszubildende?', kind: 'facts', titles: [T.azubi], says: ['dauert 3 Tage', '08:30 bis 15:30 Uhr'] },
  { q: 'Wie lange dauert das OZG-Webinar?', kind: 'facts', titles: [T.ozg], says: ['dauert 2 Stunden, von 10:00 bis 12:00 Uhr'] },
  { q: 'Um wie viel Uhr beginnt der Prompting-Workshop?', kind: 'facts', titles: [T.prompting], says: ['Di., 20.04.2027 um 13:00 Uhr'] },
  { q: 'Bis wann kann ich mich für die eVergabe anmelden?', kind: 'facts', titles: [T.vergabe], says: ['Do., 18.02.2027, 23:59 Uhr'] },
  { q: 'Wann ist Anmeldeschluss für das Seminar zu Leichter Sprache?', kind: 'facts', titles: [T.leicht], says: ['Di., 20.04.2027, 23:59 Uhr'] },
  { q: 'Sind im GIS-Kurs noch Plätze frei?', kind: 'facts', titles: [T.gis], says: ['noch 12 von 12 Plätzen frei'] },
  { q: 'Ist der Kurs zu Barrierefreiheit online?', kind: 'facts', titles: [T.barriere], says: ['findet online statt'] },
  { q: 'Findet das Seminar zu KI-Assistenten online oder in Präsenz statt?', kind: 'facts', titles: [T.ki], says: ['hybrid', 'im Bildungszentrum Kreis Mettmann', 'oder online'] },
  { q: 'Ist das Deeskalationstraining vor Ort?', kind: 'facts', titles: [T.konflikt], says: ['in Präsenz', 'Stadthalle Hilden'] },
  { q: 'Guten Morgen! Was kostet der Kurs zu Leichter Sprache?', kind: 'facts', titles: [T.leicht], says: ['170 €'] },

  // --- facts, English -----------------------------------------------------------------------------------------------
  { q: 'How much is the GIS course?', locale: 'en', kind: 'facts', titles: [T.gis], says: ['costs €280'] },
  { q: 'Where does the data protection training take place?', locale: 'en', kind: 'facts', titles: [T.datenschutz], says: ['Rathaus Ratingen'] },
  { q: 'Who teaches the smart city webinar?', locale: 'en', kind: 'facts', titles: [T.smart], says: ['Ms Anna de Vries'] },
  { q: 'When is the course on digital accessibility?', locale: 'en', kind: 'facts', titles: [T.barriere], says: ['17 Feb 2027 from 09:00 to 15:30'] },
  { q: 'How long is the project management course?', locale: 'en', kind: 'facts', titles: [T.projekte], says: ['2 days'] },
  { q: 'Are there seats left in the presentation course?', locale: 'en', kind: 'facts', titles: [T.presenting], says: ['10 of 10 seats left'] },

  // --- follow-ups -----------------------------------------------------------------------------------------------------
  { q: 'Was kostet der Excel-Kurs?', conv: 'h1', kind: 'facts', titles: [T.excel], says: ['130 €'] },
  { q: 'Und wo findet der statt?', conv: 'h1', kind: 'facts', titles: [T.excel], says: ['im Bildungszentrum Kreis Mettmann'] },
  { q: 'Wer leitet das?', conv: 'h1', kind: 'facts', titles: [T.excel], says: ['Herr Tim Brenner'] },
  { q: 'Wann ist Anmeldeschluss?', conv: 'h1', kind: 'facts', titles: [T.excel], says: ['Di., 26.01.2027, 23:59 Uhr'] },
  { q: 'When is the GIS course?', locale: 'en', conv: 'h2', kind: 'facts', titles: [T.gis], says: ['15 Jun 2027'] },
  { q: 'And how much does it cost?', locale: 'en', conv: 'h2', kind: 'facts', titles: [T.gis], says: ['€280'] },
  { q: 'Gibt es etwas zu Leichter Sprache?', conv: 'h3', kind: 'list', titles: [T.leicht] },
  { q: 'Was kostet das?', conv: 'h3', kind: 'facts', titles: [T.leicht], says: ['170 €'] },

  // --- topic searches -----------------------------------------------------------------------------------------------
  { q: 'Gibt es etwas zu Informationssicherheit?', kind: 'list', first: T.isb, includes: [T.cyber], excludes: [T.excel, T.gis] },
  { q: 'Gibt es Kurse zu Projektmanagement?', kind: 'list', titles: [T.projekte, T.agil] },
  { q: 'Seminare zu Datenschutz', kind: 'list', first: T.datenschutz, excludes: [T.excel, T.gis] },
  { q: 'Gibt es was zur elektronischen Akte?', kind: 'list', first: T.eakte, excludes: [T.excel, T.gis] },
  { q: 'Gibt es etwas zu Vergabe?', kind: 'list', titles: [T.vergabe] },
  { q: 'Is there anything on social media?', locale: 'en', kind: 'list', titles: [T.social] },
  { q: 'Do you have courses on artificial intelligence?', locale: 'en', kind: 'list', first: T.ki, includes: [T.prompting] },
  { q: 'Courses on geodata', locale: 'en', kind: 'list', titles: [T.gis] },
  { q: 'Hi, is there anything about Excel?', locale: 'en', kind: 'list', first: T.excel, excludes: [T.gis] },

  // --- typos, synonyms through descriptions ---------------------------------------------------------------------------
  { q: 'Dokumentenmanagment', kind: 'list', first: T.eakte, excludes: [T.gis] },
  { q: 'Barierefreiheit', kind: 'list', first: T.barriere, excludes: [T.gis] },
  { q: 'Gibt es etwas zu ChatGPT?', kind: 'list', first: T.ki, excludes: [T.excel] },
  { q: 'Gibt es etwas zu Phishing?', kind: 'list', first: T.cyber, excludes: [T.excel] },
  { q: 'Gibt es etwas zu QGIS?', kind: 'list', titles: [T.gis] },
  { q: 'Gibt es Seminare zum Thema Pivot-Tabellen?', kind: 'list', first: T.excel },
  { q: 'Ich suche etwas zu Stress', kind: 'list', first: T.fuehren },
  { q: 'Gibt es etwas zu Homeoffice?', kind: 'list', first: T.fuehren },
  { q: 'Gibt es etwas zu Veränderungsmanagement?', kind: 'list', titles: [T.coach] },
  { q: 'Change-Management', kind: 'list', first: T.coach },

  // --- filters --------------------------------------------------------------------------------------------------------
  { q: 'Welche Seminare gibt es nächste Woche?', kind: 'list', titles: [T.m365, T.ozg, T.datenschutz] },
  { q: 'Welche Online-Seminare gibt es im Februar?', kind: 'list', titles: [T.barriere, T.vergabe] },
  { q: 'Was gibt es im März in Präsenz?', kind: 'list', titles: [T.konflikt, T.sitzung, T.isb, T.projekte] },
  { q: 'Welche Seminare finden im Kreishaus statt?', kind: 'list', titles: [T.isb, T.projekte, T.presenting, T.gis] },
  { q: 'Was gibt es in Ratingen?', kind: 'list', titles: [T.datenschutz, T.sitzung, T.post] },
  { q: 'Seminare in Erkrath im Februar', kind: 'list', titles: [T.excel, T.eakte, T.coach, T.ki] },
  { q: 'Gibt es im April etwas zu künstlicher Intelligenz?', kind: 'list', titles: [T.prompting] },
  { q: 'Gibt es im Januar etwas zu Projektmanagement?', kind: 'none' },
  { q: 'Welche Seminare gibt es auf Englisch?', kind: 'list', titles: [T.smart, T.presenting] },
  { q: 'Any online courses in April?', locale: 'en', kind: 'list', titles: [T.prompting, T.smart] },
  { q: 'Gibt es kostenlose Seminare?', kind: 'list', titles: [T.ozg, T.cyber, T.smart, T.azubi] },
  { q: 'Kurse von Herrn Maaßen', kind: 'list', titles: [T.projekte, T.agil] },
  { q: 'Welche Seminare leitet Frau Kaya?', kind: 'list', titles: [T.m365, T.barriere, T.leicht] },
  { q: 'Was bietet die Landesinitiative an?', kind: 'list', titles: [T.ozg, T.coach, T.smart] },
  { q: 'Ich bin Führungskraft. Was gibt es für mich?', kind: 'list', first: T.fuehren, excludes: [T.excel, T.azubi] },
  { q: 'Welche Seminare gibt es für Auszubildende?', kind: 'list', titles: [T.azubi] },
  { q: 'Welche mehrtägigen Seminare gibt es im März?', kind: 'list', includes: [T.isb, T.projekte], excludes: [T.eakte, T.fuehren, T.azubi] },
  { q: 'Was läuft am Nachmittag?', kind: 'list', titles: [T.m365, T.prompting, T.smart] },

  // --- cancelled, past, draft, no match, greetings ---------------------------------------------------------------------
  { q: 'Wann ist die Podcast-Werkstatt?', kind: 'gone', gone: T.podcast, says: ['abgesagt'] },
  { q: 'Gibt es was zu Podcasts?', kind: 'gone', gone: T.podcast },
  { q: 'Gibt es noch die Auftaktveranstaltung zur Digitalstrategie?', kind: 'gone', gone: T.auftakt, says: ['bereits am Do., 07.01.2027 stattgefunden'] },
  { q: 'Was kostet das Seminar zu Power Apps?', kind: 'none' },
  { q: 'Gibt es einen Kurs zu Imkerei?', kind: 'none' },
  { q: 'Kurse von Frau Mustermann', kind: 'none' },
  { q: 'Welche Online-Seminare gibt es zu Excel?', kind: 'none' },
  { q: 'Hallo', kind: 'help' },

  // --- a second batch, other phrasings (written before the first run of this batch) ------------------------------------
  { q: 'Was kostet die Teilnahme am Social-Media-Seminar?', kind: 'facts', titles: [T.social], says: ['120 €'] },
  { q: 'Welche Kosten fallen für den GIS-Kurs an?', kind: 'facts', titles: [T.gis], says: ['280 €'] },
  { q: 'Wann genau ist das Seminar über Leichte Sprache?', kind: 'facts', titles: [T.leicht], says: ['Di., 04.05.2027 von 09:00 bis 16:00 Uhr'] },
  { q: 'An welchen Tagen findet der E-Akte-Kurs statt?', kind: 'facts', titles: [T.eakte], says: ['an 2 Tagen', 'Di., 09.02.2027 und Mi., 10.02.2027'] },
  { q: 'Wer ist Trainer beim Excel-Kurs?', kind: 'facts', titles: [T.excel], says: ['Herr Tim Brenner'] },
  { q: 'Who is the trainer for the presentation course?', locale: 'en', kind: 'facts', titles: [T.presenting], says: ['Mr James Whitfield'] },
  { q: 'Wie viele Plätze hat der Sitzungsdienst-Kurs noch?', kind: 'facts', titles: [T.sitzung], says: ['noch 12 von 12 Plätzen frei'] },
  { q: 'Ist das Seminar zur Haushaltsplanung schon ausgebucht?', kind: 'facts', titles: [T.excel], says: ['12 von 12'] },
  { q: 'Wann startet der Lehrgang zum Digitalcoach?', kind: 'facts', titles: [T.coach], says: ['beginnt am Mo., 15.02.2027 um 09:00 Uhr'] },
  { q: 'What does the OZG webinar cost?', locale: 'en', kind: 'facts', titles: [T.ozg], says: ['free of charge'] },
  { q: 'Is the accessibility course free?', locale: 'en', kind: 'facts', titles: [T.barriere], says: ['costs €180'] },
  { q: 'Was kostet der Kurs zum Datenschutz?', conv: 'h4', kind: 'facts', titles: [T.datenschutz], says: ['150 €'] },
  { q: 'Und ist der auch online?', conv: 'h4', kind: 'facts', titles: [T.datenschutz], says: ['in Präsenz', 'Rathaus Ratingen'] },
  { q: 'Wie lange geht der?', conv: 'h4', kind: 'facts', titles: [T.datenschutz], says: ['dauert 6 Stunden'] },
  { q: 'Gibt es Angebote zum Thema Deeskalation?', kind: 'list', titles: [T.konflikt] },
  { q: 'Ich brauche eine Schulung zu SharePoint', kind: 'list', titles: [T.m365] },
  { q: 'Gibt es was zu Outlook?', kind: 'list', titles: [T.m365] },
  { q: 'Kurse zum Thema Statistik', kind: 'list', titles: [T.daten] },
  { q: 'Gibt es Fortbildungen zur Digitalisierung des Posteingangs?', kind: 'list', first: T.post },
  { q: 'elektronische Signatur', kind: 'list', titles: [T.post] },
  { q: 'Gibt es etwas zu Ratsinformationssystemen?', kind: 'list', titles: [T.sitzung] },
  { q: 'Online-Seminare im Januar', kind: 'list', titles: [T.m365, T.ozg, T.cyber] },
  { q: 'Was ist im Juni?', kind: 'list', titles: [T.azubi, T.gis] },
  { q: 'Gibt es im Mai etwas in Velbert?', kind: 'list', titles: [T.leicht] },
  { q: 'Welche Kurse finden in Hilden statt?', kind: 'list', titles: [T.konflikt] },
  { q: 'Welche Seminare gibt es im Bildungszentrum im April?', kind: 'list', titles: [T.fuehren] },
  { q: 'Was macht Herr Sauer?', kind: 'list', titles: [T.ki, T.prompting] },
  { q: 'Seminare mit Herrn Brenner', kind: 'list', titles: [T.excel, T.azubi] },
  { q: 'Gibt es Webinare zu KI?', kind: 'list', titles: [T.prompting] },
  // No course names phishing here: the broader topics fill in, the awareness course first.
  { q: 'Gibt es etwas zu Phishing?', kind: 'list', first: T.cyber, includes: [T.cyber] },
  { q: 'Any courses on GIS in June?', locale: 'en', kind: 'list', titles: [T.gis] },
  { q: 'Gibt es den Kurs Podcast-Werkstatt noch?', kind: 'gone', gone: T.podcast },
  { q: 'Was kostet die Digitalstrategie-Auftaktveranstaltung?', kind: 'gone', gone: T.auftakt },
  { q: 'Gibt es einen Yoga-Kurs?', kind: 'none' },
  { q: 'Guten Tag', kind: 'help' },
];

heldoutSuite('answering questions about a second, held-out-like catalogue', { fixture: 'heldout-like-catalogue.json', now, timeZone: TZ, cases: CASES, titles: all, never: NEVER });
