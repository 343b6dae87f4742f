// Over-fitting check, forty-sixth catalogue: the winter programme 2027/28 (November 2027 to February 2028) of the
// Digitalakademie für Kommunen Mecklenburg-Vorpommern, imported from a JSON file. Many short online formats – 60- to
// 90-minute webinars, the "Digitale Mittagspause" series (always 12:00–13:00, on five different days), half-day online
// workshops – and a few one- and two-day in-person seminars and half-day in-person workshops at two places (the
// Bildungszentrum Güstrow and the Digitalhaus Rostock). Providers: the academy itself, the state's IT service provider
// DVZ M-V and the Städte- und Gemeindetag Mecklenburg-Vorpommern. Topics: basics of digital administration, online
// services and the OZG, the e-file, information security, AI in the office, Microsoft Teams and collaboration,
// accessibility, open data, process management, leadership in the digital change, project management, citizen
// communication online; one workshop is held in English. Webinars are free, workshops and seminars cost a fee.
// Questions are written the way employees ask, with an emphasis on dates and times, without looking at the parser or
// the answers. Same assertions as the other suites: exactly the expected seminars (best first where one is clearly
// best, otherwise in date order), the asked fact in the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Tuesday 23 November 2027, 08:00 in Schwerin; winter time since Sun 31.10.2027, all sessions
// below are CET +01:00; only the past Digitaltag on Thu 14.10.2027 is CEST +02:00):
//   yesterday:  Mon 22.11. 15:30 e-invoicing webinar (past)
//   today:      Tue 23.11. 10:00–11:30 basics webinar (morning), 14:00–15:00 phishing webinar (afternoon)
//   tomorrow:   Wed 24.11. 10:00–11:30 open-data webinar, 13:30–17:00 BPMN online workshop (90 €, deadline passed 19.11.)
//   Thu 25.11.: leadership seminar in Güstrow (Thu+Fri 09:00–16:30, 390 €), Mittagspause 12:00 accessible PDFs
//   Fri 26.11.: second day of the leadership seminar, 10:00–11:30 social-media webinar; nothing on Sat/Sun
//   next week:  Mon 29.11. 09:00–12:30 Teams workshop in Rostock (120 €), 15:30–17:00 Serviceportal webinar;
//               Tue 30.11. 12:00 Mittagspause Teams, 13:30–17:00 online-forms workshop (95 €);
//               Wed 01.12. 10:00–11:00 e-file webinar (and the cancelled cloud webinar at 15:30); nothing Thu 02.12.–Sun 05.12.
//   week after next: Tue 07.12. 09:00–12:30 ISMS workshop in Güstrow (140 €), Wed 08.12. 10:00 AI webinar,
//               Thu 09.12. 14:00 process-management webinar
//   before Christmas: Mon 13.12.+Tue 14.12. project management in Rostock (450 €), Wed 15.12. 12:00 Mittagspause prompts,
//               Thu 16.12. 13:00–16:30 BITV online workshop (90 €); nothing from Fri 17.12.2027 to Mon 03.01.2028
//   January:    Tue 04.01. 10:00 OZG webinar, Thu 06.01. KI-Werkstatt in Güstrow (180 €), Tue 18.01. 13:00–16:30 English
//               workshop (60 €), Wed 19.01. 12:00 Mittagspause e-file, Mon 24.01.+Tue 25.01. e-file introduction in Rostock
//               (420 €); the cancelled GIS seminar was to be on Thu 20.01.
//   February:   Tue 01.02. 10:00 participation webinar, Wed 02.02. 12:00 Mittagspause passwords, Thu 03.02. 13:00–16:30
//               hybrid-work workshop in Rostock (110 €), Tue 15.02.+Wed 16.02. digital strategy in Güstrow (360 €)
// "Ende des Monats" is asked only as "these among others": the sessions on Mon 29.11. and Tue 30.11. belong to it, the
// ones in December do not; whether Thu 25.11. or Fri 26.11. still count is left open.
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-11-23T07:00:00Z'); // Tuesday, 23 November 2027, 08:00 in Mecklenburg-Vorpommern (CET)
const TZ = 'Europe/Berlin';

const T = {
  grundlagen: 'Einmal digital, bitte: Grundlagen der digitalen Verwaltung', // Tue 23.11.2027 10:00–11:30, online, free, Krüger
  phishing: 'Vorsicht, Anhang: Phishing-Mails erkennen und richtig reagieren', // Tue 23.11. 14:00–15:00, online, DVZ M-V, free, Lemke
  opendata: 'Daten für alle: Einstieg in Open Data für Kommunen', // Wed 24.11. 10:00–11:30, online, free, 100 seats
  bpmn: 'Prozesse sichtbar machen: Workshop Prozessmodellierung mit BPMN', // Wed 24.11. 13:30–17:00, online, 90 €, deadline Fri 19.11. 23:59 (passed)
  fuehrung: 'Führen im digitalen Wandel: Veränderung gestalten, Mitarbeitende mitnehmen', // Thu 25.11.+Fri 26.11. 09:00–16:30, Güstrow, 390 €, Städte- und Gemeindetag
  mpPdf: 'Digitale Mittagspause: Barrierefreie PDF-Dokumente in fünf Schritten', // Thu 25.11. 12:00–13:00, online, free, Schröder
  social: 'Bürgernah im Netz: Social Media und Online-Kommunikation für Kommunen', // Fri 26.11. 10:00–11:30, online, free, Wendt
  teams: 'Teams im Team: Workshop zur Zusammenarbeit mit Microsoft Teams', // Mon 29.11. 09:00–12:30, Digitalhaus Rostock, 120 €, DVZ M-V
  portal: 'Anträge aus dem MV-Serviceportal: Online-Dienste im Sachgebiet bearbeiten', // Mon 29.11. 15:30–17:00, online, free
  mpTeams: 'Digitale Mittagspause: Zehn Tipps für bessere Teams-Besprechungen', // Tue 30.11. 12:00–13:00, online, free
  formulare: 'Klick für Klick zum Antrag: Online-Formulare nutzerfreundlich gestalten', // Tue 30.11. 13:30–17:00, online, 95 €, 20 seats
  eakte: 'Abschied vom Papier: Die E-Akte in der Kommunalverwaltung', // Wed 01.12. 10:00–11:00, online, free, Möller
  isms: 'Informationssicherheit in der Kommune: Der Weg zum Sicherheitskonzept', // Tue 07.12. 09:00–12:30, Güstrow, 140 €, 16 seats
  ki: 'Künstliche Intelligenz im Büro: Was Chatbots und Sprachmodelle leisten', // Wed 08.12. 10:00–11:00, online, free, Reimers
  prozess: 'Prozesse verstehen: Einführung ins Prozessmanagement', // Thu 09.12. 14:00–15:30, online, free
  projekt: 'Projekte sicher steuern: Projektmanagement für Digitalisierungsvorhaben', // Mon 13.12.+Tue 14.12. 09:00–16:00, Rostock, 450 € (note), deadline Mon 29.11.
  mpPrompts: 'Digitale Mittagspause: Gute Prompts für den Verwaltungsalltag', // Wed 15.12. 12:00–13:00, online, free, AI
  bitv: 'Webseiten für alle: Barrierefreiheit nach BITV 2.0 prüfen', // Thu 16.12. 13:00–16:30, online, 90 €, Schröder
  ozg: 'Das Onlinezugangsgesetz 2.0: Was Kommunen jetzt wissen müssen', // Tue 04.01.2028 10:00–11:30, online, free
  werkstatt: 'KI-Werkstatt: Künstliche Intelligenz im Verwaltungsalltag ausprobieren', // Thu 06.01.2028 09:00–16:00, Güstrow, 180 €, deadline Mon 20.12.2027 23:59
  english: 'Online Services in Plain English: Communicating with International Residents', // Tue 18.01.2028 13:00–16:30, online, English, 60 €, Carter
  mpEakte: 'Digitale Mittagspause: Schneller finden in der E-Akte', // Wed 19.01.2028 12:00–13:00, online, free
  eakteEinf: 'E-Akte einführen: Die Umstellung auf die elektronische Akte leiten', // Mon 24.01.+Tue 25.01.2028 09:00–16:00, Rostock, 420 €
  beteiligung: 'Mitreden per Mausklick: Bürgerbeteiligung online organisieren', // Tue 01.02.2028 10:00–11:30, online, free, Wendt
  mpPw: 'Digitale Mittagspause: Sichere Passwörter und Zwei-Faktor-Anmeldung', // Wed 02.02.2028 12:00–13:00, online, free
  hybrid: 'Zwischen Büro und Homeoffice: Gute Zusammenarbeit in hybriden Arbeitsgruppen', // Thu 03.02.2028 13:00–16:30, Rostock, 110 €
  strategie: 'Die digitale Kommune: Digitalstrategie und Umsetzungsfahrplan', // Tue 15.02.+Wed 16.02.2028 09:00–16:00, Güstrow, 360 €
  lowcode: 'Low-Code in der Verwaltung: Fachanwendungen selbst bauen', // draft
  mpVideo: 'Digitale Mittagspause: Erklärvideos mit dem Smartphone drehen', // draft (Wed 09.02.2028 12:00)
  cloud: 'Ab in die Cloud: Cloud-Dienste für Kommunen bewerten', // cancelled (was Wed 01.12.2027 15:30)
  gis: 'Karten für alle: Geodaten und GIS in der Kommune', // cancelled (was Thu 20.01.2028, Güstrow)
  digitaltag: 'Digitaltag für Kommunen 2027: Auftakt der Digitalakademie', // past (Thu 14 October 2027, Rostock, CEST)
  erechnung: 'E-Rechnung kompakt: XRechnung im kommunalen Rechnungseingang', // past (Mon 22 November 2027, yesterday)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.lowcode, T.mpVideo, T.cloud, T.gis, T.digitaltag, T.erechnung];
const only = onlyAmong(all, NEVER);

/** Everything with a session from December 2027 on. */
const fromDecember: string[] = [
  T.eakte,
  T.isms,
  T.ki,
  T.prozess,
  T.projekt,
  T.mpPrompts,
  T.bitv,
  T.ozg,
  T.werkstatt,
  T.english,
  T.mpEakte,
  T.eakteEinf,
  T.beteiligung,
  T.mpPw,
  T.hybrid,
  T.strategie,
];

const CASES: Case[] = [
  // --- dates and times: today, tomorrow, this week ---------------------------------------------------------------------
  { q: 'Was gibt es heute noch?', kind: 'list', titles: [T.grundlagen, T.phishing] },
  { q: 'Läuft heute Nachmittag noch etwas?', kind: 'list', titles: [T.phishing] },
  { q: 'Was läuft morgen?', kind: 'list', titles: [T.opendata, T.bpmn] },
  { q: 'Anything tomorrow afternoon?', locale: 'en', kind: 'list', titles: [T.bpmn] },
  { q: 'Was ist übermorgen los?', kind: 'list', titles: [T.fuehrung, T.mpPdf] },
  { q: 'Gibt es am Donnerstag ein Webinar?', kind: 'list', titles: [T.mpPdf] },
  { q: 'Was steht am Freitag auf dem Programm?', kind: 'list', titles: [T.fuehrung, T.social] },
  {
    q: 'Welche Online-Angebote gibt es diese Woche noch?',
    kind: 'list',
    titles: [T.grundlagen, T.phishing, T.opendata, T.bpmn, T.mpPdf, T.social],
  },
  {
    q: "What's on this week?",
    locale: 'en',
    kind: 'list',
    titles: [T.grundlagen, T.phishing, T.opendata, T.bpmn, T.fuehrung, T.mpPdf, T.social],
  },
  // --- dates and times: next week, the week after, end of the month ------------------------------------------------------
  { q: 'Was steht nächste Woche an?', kind: 'list', titles: [T.teams, T.portal, T.mpTeams, T.formulare, T.eakte] },
  { q: 'Is there anything next Monday?', locale: 'en', kind: 'list', titles: [T.teams, T.portal] },
  { q: 'Was gibt es nächsten Dienstag?', kind: 'list', titles: [T.mpTeams, T.formulare] },
  { q: 'Welche kostenlosen Webinare gibt es nächste Woche?', kind: 'list', titles: [T.portal, T.mpTeams, T.eakte] },
  { q: 'Was läuft übernächste Woche?', kind: 'list', titles: [T.isms, T.ki, T.prozess] },
  { q: 'Was gibt es übernächste Woche vormittags?', kind: 'list', titles: [T.isms, T.ki] },
  {
    q: 'Was läuft Ende des Monats?',
    kind: 'list',
    includes: [T.teams, T.portal, T.mpTeams, T.formulare],
    excludes: fromDecember,
    miss: '"Ende des Monats" is read as the month\'s last third (from the 21st): more than a page of seminars, and those on the 29th and 30th are on the second',
  },
  { q: 'Welche Präsenzseminare gibt es in den nächsten 10 Tagen?', kind: 'list', titles: [T.fuehrung, T.teams] },
  // --- dates and times: December to February ------------------------------------------------------------------------------
  {
    q: 'Gibt es vor Weihnachten noch ein Präsenzseminar?',
    kind: 'list',
    titles: [T.fuehrung, T.teams, T.isms, T.projekt],
  },
  { q: 'Gibt es zwischen den Jahren Seminare?', kind: 'none' },
  { q: 'Gibt es im Dezember ein KI-Webinar?', kind: 'list', titles: [T.ki, T.mpPrompts] },
  { q: 'Welche Mittags-Webinare gibt es?', kind: 'list', titles: [T.mpPdf, T.mpTeams, T.mpPrompts, T.mpEakte, T.mpPw] },
  { q: 'Was gibt es im Januar?', kind: 'list', titles: [T.ozg, T.werkstatt, T.english, T.mpEakte, T.eakteEinf] },
  { q: 'Was ist Anfang Januar geplant?', kind: 'list', titles: [T.ozg, T.werkstatt] },
  { q: 'Was läuft Anfang Februar?', kind: 'list', titles: [T.beteiligung, T.mpPw, T.hybrid] },
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  { q: 'Was kostet das Seminar zum Change Management?', kind: 'facts', titles: [T.fuehrung], says: ['kostet 390 €'] },
  { q: 'Kostet das Webinar zum Onlinezugangsgesetz etwas?', kind: 'facts', titles: [T.ozg], says: ['ist kostenlos'] },
  {
    q: 'How much is the KI-Werkstatt in Güstrow?',
    locale: 'en',
    kind: 'facts',
    titles: [T.werkstatt],
    says: ['costs €180'],
  },
  // --- facts: when, start time, duration -------------------------------------------------------------------------------
  {
    q: 'Wann ist das Seminar zur Digitalstrategie?',
    kind: 'facts',
    titles: [T.strategie],
    says: ['an 2 Tagen', 'Di., 15.02.2028 und Mi., 16.02.2028', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'When is the workshop on plain English for online services?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['takes place on Tue, 18 Jan 2028 from 13:00 to 16:30'],
  },
  {
    q: 'Um wie viel Uhr fängt das Webinar zur Bürgerbeteiligung an?',
    kind: 'facts',
    titles: [T.beteiligung],
    says: ['beginnt am Di., 01.02.2028 um 10:00 Uhr'],
  },
  {
    q: 'What time does the phishing webinar start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['starts on Tue, 23 Nov 2027 at 14:00'],
  },
  {
    q: 'Wie lange dauert das Social-Media-Webinar?',
    kind: 'facts',
    titles: [T.social],
    says: ['dauert 1,5 Stunden, von 10:00 bis 11:30 Uhr'],
  },
  // --- facts: format, deadline, trainer, seats -------------------------------------------------------------------------
  {
    q: 'Ist der Teams-Workshop online oder in Präsenz?',
    kind: 'facts',
    titles: [T.teams],
    says: ['in Präsenz statt, im Digitalhaus Rostock'],
  },
  {
    q: 'Bis wann kann man sich zur KI-Werkstatt anmelden?',
    kind: 'facts',
    titles: [T.werkstatt],
    says: ['bis Mo., 20.12.2027, 23:59 Uhr'],
  },
  {
    q: 'Bis wann muss ich mich für den BPMN-Workshop anmelden?',
    kind: 'facts',
    titles: [T.bpmn],
    says: ['am Fr., 19.11.2027, 23:59 Uhr abgelaufen'],
  },
  { q: 'Wer leitet den BITV-Workshop?', kind: 'facts', titles: [T.bitv], says: ['leitet Frau Nele Schröder'] },
  {
    q: 'Wie viele Plätze sind im Workshop zu Online-Formularen noch frei?',
    kind: 'facts',
    titles: [T.formulare],
    says: ['noch 20 von 20 Plätzen frei'],
  },
  {
    q: 'Are there still seats in the information security workshop in Güstrow?',
    locale: 'en',
    kind: 'facts',
    titles: [T.isms],
    says: ['has 16 of 16 seats left'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  {
    conv: 'projekt',
    q: 'Ich soll bald ein Digitalisierungsprojekt leiten – gibt es einen Kurs zu Projektmanagement?',
    kind: 'list',
    titles: [T.projekt],
  },
  {
    conv: 'projekt',
    q: 'Was kostet das?',
    kind: 'facts',
    titles: [T.projekt],
    says: ['kostet 450 €'],
    mentions: ['Die Hälfte der Gebühr übernimmt das Land aus dem Digitalfonds M-V.'],
  },
  { conv: 'projekt', q: 'Wo findet das statt?', kind: 'facts', titles: [T.projekt], says: ['im Digitalhaus Rostock'] },
  { conv: 'pdf', q: 'Gibt es etwas zu barrierefreien PDFs?', kind: 'list', titles: [T.mpPdf] },
  {
    conv: 'pdf',
    q: 'Wann ist das?',
    kind: 'facts',
    titles: [T.mpPdf],
    says: ['am Do., 25.11.2027 von 12:00 bis 13:00 Uhr'],
  },
  { conv: 'pdf', q: 'Ist das kostenlos?', kind: 'facts', titles: [T.mpPdf], says: ['ist kostenlos'] },
  { conv: 'opendata', q: 'Is there a webinar on open data?', locale: 'en', kind: 'list', titles: [T.opendata] },
  {
    conv: 'opendata',
    q: 'When is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.opendata],
    says: ['takes place on Wed, 24 Nov 2027 from 10:00 to 11:30'],
  },
  // --- topic searches, place, language -----------------------------------------------------------------------------------
  { q: 'Gibt es eine Schulung zu Microsoft Teams?', kind: 'list', ...only(T.teams, T.mpTeams) },
  { q: 'Wie mache ich unsere Gemeinde-Webseite barrierefrei?', kind: 'list', first: T.bitv },
  {
    q: 'Ich möchte ChatGPT im Büro nutzen – was bietet ihr dazu an?',
    kind: 'list',
    ...only(T.ki, T.mpPrompts, T.werkstatt),
  },
  { q: 'Gibt es was zur Online-Bürgerbeteiligung?', kind: 'list', titles: [T.beteiligung] },
  { q: 'Welche Angebote gibt es zur E-Akte?', kind: 'list', ...only(T.eakte, T.mpEakte, T.eakteEinf) },
  { q: 'Was gibt es zum Onlinezugangsgesetz?', kind: 'list', first: T.ozg },
  {
    q: 'Welche Seminare finden in Güstrow statt?',
    kind: 'list',
    ...only(T.fuehrung, T.isms, T.werkstatt, T.strategie),
  },
  { q: 'Are any courses held in English?', locale: 'en', kind: 'list', titles: [T.english] },
  // --- typos -----------------------------------------------------------------------------------------------------------
  { q: 'Projektmanagment Seminar', kind: 'list', first: T.projekt },
  { q: 'Phising Schulung', kind: 'list', titles: [T.phishing] },
  // --- gone, no match, greeting ----------------------------------------------------------------------------------------
  { q: 'Wann ist das GIS-Seminar?', kind: 'gone', gone: T.gis },
  { q: 'How much is the cloud webinar?', locale: 'en', kind: 'gone', gone: T.cloud },
  { q: 'Wann war der Digitaltag für Kommunen?', kind: 'gone', gone: T.digitaltag, says: ['Do., 14.10.2027'] },
  { q: 'When was the XRechnung webinar?', locale: 'en', kind: 'gone', gone: T.erechnung, says: ['Mon, 22 Nov 2027'] },
  { q: 'Gibt es einen Kurs zu Low-Code?', kind: 'none' },
  { q: 'Gibt es ein Seminar zum Vergaberecht?', kind: 'none' },
  { q: 'Is there a course on Excel pivot tables?', locale: 'en', kind: 'none' },
  { q: 'Guten Morgen!', kind: 'help' },
];

heldoutSuite(
  'answering questions about a forty-sixth, independent catalogue (Digitalakademie für Kommunen M-V, winter programme)',
  {
    fixture: 'heldout46-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
