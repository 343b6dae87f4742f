// Over-fitting check, twenty-ninth catalogue: the 2027/28 programme of the Kreis Siegen-Wittgenstein and its towns
// (Kreishaus Siegen, Rathaus Kreuztal, Bad Berleburg, online; the Studieninstitut Westfalen-Lippe, the Kreis's
// Personalentwicklung, the IT provider KDZ Westfalen-Süd, the Universität Siegen, Digitallotsen NRW) imported from a JSON
// file, with catchy titles whose content words are only in the summary or description, and questions written the way
// employees ask, without looking at the parser or the answers. Same assertions as the other suites: exactly the
// expected seminars (best first where one is clearly best), the asked fact in the first sentence, never a draft,
// cancelled or past seminar.
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

// Thursday, 14 October 2027, 10:00 in Siegen (summer time until 31 October). This week: nothing after now but Friday
// 15.10. (tomorrow); next week (18.–24.10.): Tue 19., Wed 20., Thu 21., all half-day sessions; then nothing until
// Tuesday 2 November, so "the next two weeks" reads the same from today or from Monday to the end of next week.
const now = new Date('2027-10-14T08:00:00Z');
const TZ = 'Europe/Berlin';

const T = {
  klick: 'Klick mit Köpfchen: sicher unterwegs in Postfach und Internet', // Fri 15.10.2027 09:00–11:30, online, KDZ, Irle, free
  datenschutz: 'Datenschutz im Büroalltag: DSGVO-Grundlagen für die Sachbearbeitung', // Tue 19.10.2027 13:30–16:30, Kreuztal, 95 €, 18 seats
  teilen: 'Gemeinsam statt per Mail: Dateien teilen mit OneDrive und SharePoint', // Wed 20.10.2027 09:00–12:00, online, free
  klartext: 'Klartext statt Amtsdeutsch: Briefe, die ankommen', // Thu 21.10.2027 08:30–12:30, Kreishaus Siegen, 120 €
  eakte: 'Einstieg in die E-Akte: Schriftgut elektronisch führen', // Tue 02.11.2027 08:30–12:00, Kreishaus Siegen, free
  erechnung: 'E-Rechnung und XRechnung: eingehende Rechnungen digital bearbeiten', // Wed 03.11.2027 13:00–16:00, online, KDZ, 80 €
  agil: 'Scrum, Kanban und Co.: agile Methoden in der Verwaltung', // Thu 04.11. and 18.11.2027 13:00–16:30, online, 210 €
  excel: 'Excel für die Sachbearbeitung: Formeln, Filter und Pivot-Tabellen', // 09.–10.11.2027 08:30–12:00, online; deadline passed 12.10.
  ki: 'Künstliche Intelligenz im Verwaltungsalltag: Chancen, Grenzen, Spielregeln', // Thu 11.11.2027, hybrid Kreishaus, KDZ
  isb: 'Informationssicherheitsbeauftragte (ISB) in Kommunen: Basisqualifizierung', // 16.–18.11.2027, Kreishaus, 1.190 €, 12 seats, deadline 29.10.
  remote: 'Leading Remote and Hybrid Teams', // Tue 16.11. and 23.11.2027 14:00–16:30, online, English, leaders
  wandel: 'Führen im digitalen Wandel: Teams sicher durch Veränderungen begleiten', // Thu 18.11. and 25.11.2027, Kreishaus, 260 €, leaders
  ozg: 'Vom Formular zum Klick: Verwaltungsleistungen online anbieten', // Tue 23.11.2027 09:00–12:30, online, KDZ, Irle, free
  prozesse: 'Prozesse sichtbar machen: Geschäftsprozessmanagement mit BPMN', // 24.–25.11.2027, Kreuztal
  konflikt: 'Wenn es im Team knirscht: Spannungen ansprechen, Lösungen finden', // Wed 01.12.2027, Kreuztal, Herr Uwe Stahl
  pause: 'Kraftquelle Pause: gesund und gelassen durch den Arbeitstag', // Fri 03.12.2027 09:00–13:00, Bad Berleburg, free
  projekt: 'Projektmanagement kompakt: Vorhaben planen, steuern und abschließen', // 08.–09.12.2027, Rathaus Bad Berleburg
  vergabe: 'Vergaberecht unterhalb der EU-Schwellenwerte: rechtssicher beschaffen', // Tue 14.12.2027, Kreishaus, 290 €
  opendata: 'Open Data in Practice: Publishing Municipal Data', // Wed 15.12.2027 10:00–12:00, online, English, KDZ, free
  haushalt: 'Kommunaler Haushalt für Einsteigerinnen und Einsteiger: das NKF verständlich erklärt', // 11.–12.01.2028, Kreuztal, 240 €
  personal: 'Die richtigen Leute finden: Personalauswahl und Onboarding', // Wed 19.01.2028, Kreishaus, free, Frau Nicole Utsch
  frontdesk: 'English for the Front Desk: Serving International Citizens', // 25.–26.01.2028, Kreishaus, English, 220 €
  barriere: 'Digitale Barrierefreiheit: Dokumente und Webseiten für alle zugänglich', // Thu 27.01.2028 09:00–12:00, online, free
  lotsen: 'Digitallotsinnen und Digitallotsen NRW: Qualifizierung 2028 in Siegen-Wittgenstein', // from 02.02.2028, hybrid, free
  zertifikat: 'Zertifikatskurs Digitale Verwaltung: Transformation in Kommunen gestalten', // Fri 04.02., 18.02., 10.03.2028, Universität Siegen
  ideen: 'Querdenken erwünscht: neue Ideen für die Verwaltung entwickeln', // Wed 09.02.2028, Rathaus Bad Berleburg
  video: 'Videoberatung im Bürgerbüro: Termine per Bildschirm anbieten', // draft
  eigensicherung: 'Eigensicherung im Außendienst: Gefahren erkennen und vermeiden', // draft
  automate: 'Routineaufgaben automatisieren mit Power Automate', // cancelled
  yoga: 'Yoga in der Mittagspause', // cancelled
  auftakt: 'Auftaktforum Digitale Modellregion Siegen-Wittgenstein', // past (Tuesday 12 October 2027, this week)
  bebpo: 'Das besondere elektronische Behördenpostfach (beBPo) in der Praxis', // past (Tuesday 21 September 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.video, T.eigensicherung, T.automate, T.yoga, T.auftakt, T.bebpo];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  {
    q: 'Was kostet der Lehrgang für Informationssicherheitsbeauftragte?',
    kind: 'facts',
    titles: [T.isb],
    says: ['kostet 1.190 €'],
  },
  // --- facts: when, start time, duration -------------------------------------------------------------------------------
  {
    q: 'Wann findet der Zertifikatskurs der Uni Siegen statt?',
    kind: 'facts',
    titles: [T.zertifikat],
    says: ['an 3 Tagen', 'Fr., 04.02.2028'],
  },
  {
    q: 'Um wie viel Uhr beginnt die E-Akte-Schulung?',
    kind: 'facts',
    titles: [T.eakte],
    says: ['beginnt am Di., 02.11.2027 um 08:30 Uhr'],
  },
  {
    q: 'Wie lange dauert der Excel-Kurs?',
    kind: 'facts',
    titles: [T.excel],
    says: ['dauert 2 Tage', 'von 08:30 bis 12:00 Uhr'],
  },
  // --- facts: where, format, trainer -----------------------------------------------------------------------------------
  {
    q: 'Wo findet das Projektmanagement-Seminar statt?',
    kind: 'facts',
    titles: [T.projekt],
    says: ['im Rathaus Bad Berleburg'],
  },
  {
    q: 'Findet die Schulung zur künstlichen Intelligenz online oder vor Ort statt?',
    kind: 'facts',
    titles: [T.ki],
    says: ['Kreishaus Siegen', 'oder online'],
  },
  {
    q: 'Wer leitet das Seminar zum Konfliktmanagement?',
    kind: 'facts',
    titles: [T.konflikt],
    says: ['leitet Herr Uwe Stahl'],
  },
  // --- facts: registration deadline, free seats ------------------------------------------------------------------------
  {
    q: 'Bis wann kann ich mich für die ISB-Ausbildung anmelden?',
    kind: 'facts',
    titles: [T.isb],
    says: ['bis Fr., 29.10.2027, 23:59 Uhr'],
  },
  {
    q: 'Bis wann musste man sich für den Excel-Kurs anmelden?',
    kind: 'facts',
    titles: [T.excel],
    says: ['abgelaufen', 'Di., 12.10.2027'],
  },
  {
    q: 'Sind im Datenschutz-Seminar noch Plätze frei?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['noch 18 von 18 Plätzen frei'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  {
    conv: 'haushalt',
    q: 'Gibt es ein Seminar, in dem der kommunale Haushalt erklärt wird?',
    kind: 'list',
    titles: [T.haushalt],
  },
  {
    conv: 'haushalt',
    q: 'Wann ist das?',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['an 2 Tagen', 'Di., 11.01.2028 und Mi., 12.01.2028'],
  },
  { conv: 'haushalt', q: 'Und wo?', kind: 'facts', titles: [T.haushalt], says: ['im Rathaus Kreuztal'] },
  {
    conv: 'wandel',
    q: 'Gibt es ein Seminar zum Change-Management für Führungskräfte?',
    kind: 'list',
    titles: [T.wandel],
  },
  {
    conv: 'wandel',
    q: 'Wann sind die Termine?',
    kind: 'facts',
    titles: [T.wandel],
    says: ['an 2 Tagen', 'Do., 18.11.2027 und Do., 25.11.2027'],
  },
  {
    conv: 'wandel',
    q: 'Was kostet das?',
    kind: 'facts',
    titles: [T.wandel],
    says: ['kostet 260 €'],
    mentions: ['übernimmt die Personalentwicklung die Kosten'],
  },
  {
    conv: 'wandel',
    q: 'Sind noch Plätze frei?',
    kind: 'facts',
    titles: [T.wandel],
    says: ['noch 14 von 14 Plätzen frei'],
  },
  // --- topic searches: colloquial wording, words only the summary or description has, synonyms, compounds --------------
  {
    q: 'Ich bekomme ständig merkwürdige E-Mails mit Links. Gibt es eine Schulung, wie ich Betrugsmails erkenne?',
    kind: 'list',
    titles: [T.klick],
  },
  { q: 'Gibt es was zur IT-Sicherheit?', kind: 'list', ...only(T.klick, T.isb) },
  { q: 'Ich suche eine Fortbildung zu ChatGPT.', kind: 'list', titles: [T.ki] },
  {
    q: 'Wie kann ich Bescheide verständlicher formulieren? Gibt es dazu ein Seminar?',
    kind: 'list',
    titles: [T.klartext],
  },
  {
    q: 'Ich möchte die Arbeitsabläufe in unserem Amt verbessern – gibt es dazu ein Seminar?',
    kind: 'list',
    first: T.prozesse,
  },
  {
    q: 'Ich habe häufig Streit mit einer Kollegin. Gibt es ein Seminar, das mir da hilft?',
    kind: 'list',
    titles: [T.konflikt],
  },
  { q: 'Gibt es eine Schulung zu Ausschreibungen und zum Einkauf?', kind: 'list', titles: [T.vergabe] },
  { q: 'Ich muss bald Vorstellungsgespräche führen. Gibt es dazu eine Schulung?', kind: 'list', first: T.personal },
  { q: 'Ich fühle mich oft gestresst im Büro. Gibt es da etwas für mich?', kind: 'list', titles: [T.pause] },
  // --- typos -----------------------------------------------------------------------------------------------------------
  { q: 'Schulung Barierefreiheit', kind: 'list', titles: [T.barriere] },
  { q: 'Projekmanagment Kurs', kind: 'list', titles: [T.projekt] },
  { q: 'Lehrgang für Informationsicherheitsbeauftragte', kind: 'list', first: T.isb },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, cost, length, seats ---------------------
  { q: 'Gibt es morgen eine Schulung?', kind: 'list', titles: [T.klick] },
  { q: 'Was steht diese Woche noch an?', kind: 'list', titles: [T.klick] },
  { q: 'Was läuft nächste Woche?', kind: 'list', titles: [T.datenschutz, T.teilen, T.klartext] },
  {
    q: 'Welche Seminare sind in den nächsten zwei Wochen?',
    kind: 'list',
    titles: [T.klick, T.datenschutz, T.teilen, T.klartext],
  },
  { q: 'Gibt es nächste Woche etwas am Vormittag?', kind: 'list', titles: [T.teilen, T.klartext] },
  { q: 'Gibt es in den nächsten zwei Wochen Online-Seminare?', kind: 'list', titles: [T.klick, T.teilen] },
  {
    q: 'Welche Seminare gibt es im Dezember?',
    kind: 'list',
    titles: [T.konflikt, T.pause, T.projekt, T.vergabe, T.opendata],
  },
  {
    q: 'Welche Seminare im Dezember haben noch freie Plätze?',
    kind: 'list',
    titles: [T.konflikt, T.pause, T.projekt, T.vergabe, T.opendata],
  },
  { q: 'Welche kostenlosen Seminare gibt es im Dezember?', kind: 'list', titles: [T.pause, T.opendata] },
  { q: 'Gibt es im Januar Seminare über mehrere Tage?', kind: 'list', titles: [T.haushalt, T.frontdesk] },
  {
    q: 'Welche Seminare finden in Kreuztal statt?',
    kind: 'list',
    ...only(T.datenschutz, T.prozesse, T.konflikt, T.haushalt),
  },
  { q: 'Welche Kurse gibt Herr Irle?', kind: 'list', ...only(T.klick, T.ozg) },
  {
    q: 'Welche Seminare bietet die KDZ Westfalen-Süd an?',
    kind: 'list',
    ...only(T.klick, T.erechnung, T.ki, T.ozg, T.opendata),
  },
  { q: 'Ich bin Führungskraft – welche Seminare sind für mich gedacht?', kind: 'list', ...only(T.wandel, T.remote) },
  // --- gone, no match, greeting ----------------------------------------------------------------------------------------
  { q: 'Wann findet der Kurs zu Power Automate statt?', kind: 'gone', gone: T.automate },
  { q: 'Findet Yoga in der Mittagspause noch statt?', kind: 'gone', gone: T.yoga },
  {
    q: 'Wann war das Auftaktforum zur Digitalen Modellregion?',
    kind: 'gone',
    gone: T.auftakt,
    says: ['Di., 12.10.2027'],
  },
  { q: 'Gibt es noch eine Schulung zum beBPo?', kind: 'gone', gone: T.bebpo, says: ['Di., 21.09.2027'] },
  { q: 'Gibt es eine Schulung zur Videoberatung?', kind: 'none' },
  { q: 'Gibt es einen Kurs zum Gabelstaplerfahren?', kind: 'none' },
  { q: 'Hallo!', kind: 'help' },
  // --- English -----------------------------------------------------------------------------------------------------------
  {
    q: 'How much does the English course for the front desk cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.frontdesk],
    says: ['costs €220'],
  },
  {
    q: 'When does Leading Remote and Hybrid Teams take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.remote],
    says: ['on 2 days', 'Tue, 16 Nov 2027 and Tue, 23 Nov 2027'],
  },
  {
    q: 'Where is the project management seminar held?',
    locale: 'en',
    kind: 'facts',
    titles: [T.projekt],
    says: ['at Rathaus Bad Berleburg'],
  },
  {
    q: 'What time does the E-Akte training start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.eakte],
    says: ['starts on Tue, 2 Nov 2027 at 08:30'],
  },
  {
    q: 'Who leads the certificate course of the University of Siegen?',
    locale: 'en',
    kind: 'facts',
    titles: [T.zertifikat],
    says: ['is led by Frau Prof. Dr. Eva Schüttler'],
  },
  { q: 'Which seminars are held in English?', locale: 'en', kind: 'list', ...only(T.remote, T.frontdesk, T.opendata) },
  { q: 'Is there anything next week in the afternoon?', locale: 'en', kind: 'list', titles: [T.datenschutz] },
  { conv: 'opendata', q: 'Do you have anything on open data?', locale: 'en', kind: 'list', titles: [T.opendata] },
  {
    conv: 'opendata',
    q: 'When is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.opendata],
    says: ['Wed, 15 Dec 2027 from 10:00 to 12:00'],
  },
  {
    conv: 'opendata',
    q: 'Is it free?',
    locale: 'en',
    kind: 'facts',
    titles: [T.opendata],
    says: ['is free of charge'],
  },
];

heldoutSuite('answering questions about a twenty-ninth, independent catalogue (Kreis Siegen-Wittgenstein)', {
  fixture: 'heldout29-catalogue.json',
  now,
  timeZone: TZ,
  cases: CASES,
  titles: all,
  never: NEVER,
});
