// Over-fitting check, two-hundred-and-forty-sixth catalogue: the 2027 programme for the Landkreis Friesland (Lower
// Saxony) and its towns and municipalities (Jever, Varel, Schortens, Zetel, Sande, Bockhorn, Wangerland, Wangerooge),
// with the Fortbildungsakademie des Landkreises Friesland, the county's IT-Dienstleistungszentrum (IT-DLZ), the
// Niedersächsisches Studieninstitut für kommunale Verwaltung (NSI), the Gemeinde-Unfallversicherungsverband Oldenburg
// (GUV Oldenburg, the accident insurer) and the Volkshochschule Friesland-Wittmund (VHS), imported from a JSON file.
// Seminars take place in the Kreishaus Friesland in Jever, the VHS-Bildungszentrum Jever, the town halls of Varel,
// Schortens, Zetel, Sande, Wangerland and Wangerooge, the Bauhof Wangerland, online or hybrid (Kreishaus). Several
// titles do not name their subject ("Der Fisch beißt nicht" is phishing, "Wenn der Akku leer ist" stress and burnout,
// "Der grüne Zuschlag" sustainable procurement, "Für alle lesbar" accessible documents, "Wenn das Wasser kommt" crisis
// staff work in a storm surge, "Ordnung im Kopf" time management), so only summary, description or topics reveal it;
// one seminar is held in English; the trainers' course runs on two days across the end of summer time (Sun
// 31.10.2027); the Kurbeitrag course is open only to Wangerland, Wangerooge and Varel; first aid is free, paid by the
// GUV. Questions are written the way an acceptance tester would try the bot, with short follow-up conversations, about
// a third in English, without looking at the parser or the answers.
//
// Calendar around `now` (Monday 18 October 2027, 13:00 in Jever, summer time; winter time begins Sun 31.10.2027):
//   this week:  nothing more today; Tue 19.10. 09:00–12:00 phishing (online, free), the cancelled Low German course
//               (Wed 20.10.), Thu 21.10. 13:30–16:00 Wohngeld (hybrid, Kreishaus); nothing on Fri 22.10.
//   next week:  Mon 25.10. 09:00–12:30 phone calls (Rathaus Varel), Tue 26.10. 14:00–15:30 Teams meetings (online,
//               free), Wed 27.10. (CEST) and Wed 03.11. (CET) 09:00–16:00 trainers' course (Kreishaus), Thu 28.10.
//               09:00–16:00 Doppik year-end (Rathaus Schortens; deadline passed Thu 14.10. 23:59); nothing on Fri 29.10.
//               nor Mon 01.11. / Tue 02.11.
//   November:   Thu 04. Copilot (online, free, 10:00–11:30), Tue 09. winter service (Bauhof Wangerland, 07:30–12:00,
//               free), Wed 10. Kurbeitrag (Rathaus Wangerland, members only; deadline Fri 22.10. 12:00), Thu 11. first
//               aid (Rathaus Sande, 09:00–16:30, free), the cancelled chainsaw course (Mon 15.), Tue 16. English (VHS
//               Jever, 09:00–12:30; deadline Fri 05.11. 23:59), Wed 17. stress (online, free, 13:00–16:00), Thu 18.
//               procurement (Kreishaus), Fri 19. rhetoric (Rathaus Schortens), Tue 23. residence law (Kreishaus;
//               deadline Tue 09.11. 23:59), Wed 24. accessible documents (Rathaus Varel), Thu 25. child protection
//               (Kreishaus, free, 09:00–15:00), Fri 26. road works (Rathaus Sande); the draft festival-permit course on
//               Tue 30.11.
//   December:   Wed 01. storm surge (Rathaus Wangerooge), Thu 02. time management (Rathaus Zetel), Tue 07. marriages
//               with a foreign element (Rathaus Varel), Wed 08. TVöD grading (hybrid, Kreishaus); the draft drone
//               course on Fri 10.12.
//   past:       Tue 14.09.2027 registration law (Schortens), Thu 30.09.2027 social media (online).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-10-18T11:00:00Z'); // Monday, 18 October 2027, 13:00 in Jever (CEST)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Der Fisch beißt nicht', // Tue 19.10. 09:00–12:00, online, IT-DLZ, Ahlers, free
  wohngeld: 'Wohngeld aktuell: Berechnung und Neuerungen 2027', // Thu 21.10. 13:30–16:00, hybrid (Kreishaus), NSI, Dr. Gerdes, 95 €
  telefon: 'Schwierige Telefonate souverän führen', // Mon 25.10. 09:00–12:30, Rathaus Varel, VHS, Peters, 89 €
  teams: 'Besprechungen in Microsoft Teams leiten', // Tue 26.10. 14:00–15:30, online, IT-DLZ, Ahlers, free
  ausbilder: 'Ausbilden mit Plan: Grundlagen für Ausbilderinnen und Ausbilder', // Wed 27.10. (CEST) + Wed 03.11. (CET) 09:00–16:00, Kreishaus, Akademie, Janssen, 180 €
  doppik: 'Jahresabschluss in der kommunalen Doppik', // Thu 28.10. 09:00–16:00, Rathaus Schortens, NSI, Dr. Eilers, 240 €, deadline passed Thu 14.10. 23:59
  copilot: 'Microsoft Copilot im Büroalltag', // Thu 04.11. 10:00–11:30, online, IT-DLZ, Rademacher, free, AI
  winterdienst: 'Sicher durch den Winterdienst', // Tue 09.11. 07:30–12:00, Bauhof Wangerland, GUV, Tjarks, free
  kurbeitrag: 'Kurbeitrag und Gästebeitrag rechtssicher erheben', // Wed 10.11. 09:00–16:00, Rathaus Wangerland, NSI, Onken, 210 €, deadline Fri 22.10. 12:00, only Wangerland/Wangerooge/Varel
  ersteHilfe: 'Erste Hilfe im Betrieb: Aus- und Fortbildung für Ersthelfende', // Thu 11.11. 09:00–16:30, Rathaus Sande, GUV, Cordes, free (GUV pays)
  english: 'Welcome to the Coast: English at the Service Desk', // Tue 16.11. 09:00–12:30, VHS-Bildungszentrum Jever, VHS, Walsh, 110 €, deadline Fri 05.11. 23:59
  stress: 'Wenn der Akku leer ist', // Wed 17.11. 13:00–16:00, online, GUV, Harms, free, stress / burnout
  beschaffung: 'Der grüne Zuschlag', // Thu 18.11. 09:00–16:00, Kreishaus, Akademie, Wübbena, 150 €, sustainable procurement
  rhetorik: 'Sicher auftreten in Rat und Ausschuss', // Fri 19.11. 09:00–12:00, Rathaus Schortens, VHS, Siefken, 85 €
  aufenthalt: 'Aufenthaltsrecht kompakt', // Tue 23.11. 09:00–16:00, Kreishaus, NSI, Dr. Gerdes, 190 €, deadline Tue 09.11. 23:59
  barrierefrei: 'Für alle lesbar', // Wed 24.11. 09:00–13:00, Rathaus Varel, VHS, Peters, 75 €, accessible Word/PDF
  kinderschutz: 'Kinderschutz nach § 8a SGB VIII: Gefährdungseinschätzung in der Praxis', // Thu 25.11. 09:00–15:00, Kreishaus, Akademie, Janssen, free, 24 seats
  baustellen: 'Baustellen absichern: verkehrsrechtliche Anordnungen nach RSA 21', // Fri 26.11. 09:00–15:00, Rathaus Sande, Akademie, Wübbena, 140 €
  sturmflut: 'Wenn das Wasser kommt', // Wed 01.12. 09:00–16:00, Rathaus Wangerooge, Akademie, Ihnen, 120 €, storm surge
  zeit: 'Ordnung im Kopf', // Thu 02.12. 09:00–12:00, Rathaus Zetel, VHS, Siefken, 65 €, time management
  ehe: 'Eheschließung mit Auslandsbezug', // Tue 07.12. 09:00–16:00, Rathaus Varel, NSI, Bohlken, 195 €
  tvoed: 'Eingruppierung nach TVöD: Stellenbewertung in der Praxis', // Wed 08.12. 09:00–16:00, hybrid (Kreishaus), NSI, Dr. Eilers, 230 €
  drohnen: 'Drohnen im Bevölkerungsschutz', // draft (Fri 10.12.)
  stadtfeste: 'Stadtfeste und Märkte genehmigen', // draft (Tue 30.11.)
  platt: 'Plattdeutsch im Rathaus: Snacken mit Bürgerinnen und Bürgern', // cancelled (Wed 20.10.2027)
  motorsaege: 'Motorsägen-Grundlehrgang für Bauhöfe', // cancelled (Mon 15.11.2027)
  melderecht: 'Melderecht kompakt: An- und Abmeldung im Bürgerbüro', // past (Tue 14 Sep 2027)
  socialMedia: 'Social Media für Kommunen: Instagram und Facebook im Rathaus', // past (Thu 30 Sep 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.drohnen, T.stadtfeste, T.platt, T.motorsaege, T.melderecht, T.socialMedia];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'flut', q: 'Gibt es was zum Thema Sturmflut?', kind: 'list', titles: [T.sturmflut] },
  {
    conv: 'flut',
    q: 'Wo findet das statt?',
    kind: 'facts',
    titles: [T.sturmflut],
    says: ['im Rathaus Wangerooge'],
  },
  { conv: 'akku', q: 'anything on burnout prevention?', locale: 'en', kind: 'list', titles: [T.stress] },
  { conv: 'akku', q: 'is it online?', locale: 'en', kind: 'facts', titles: [T.stress], says: ['takes place online'] },
  {
    conv: 'akku',
    q: 'how long is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.stress],
    says: ['lasts 3 hours, from 13:00 to 16:00'],
  },
  { conv: 'kurtaxe', q: 'Schulung zur Kurtaxe', kind: 'list', titles: [T.kurbeitrag] },
  {
    conv: 'kurtaxe',
    q: 'Bis wann kann ich mich anmelden?',
    kind: 'facts',
    titles: [T.kurbeitrag],
    says: ['bis Fr., 22.10.2027, 12:00 Uhr'],
  },
  {
    conv: 'kurtaxe',
    q: 'Wer hält den Kurs?',
    kind: 'facts',
    titles: [T.kurbeitrag],
    says: ['leitet Frau Birte Onken'],
  },
  { conv: 'anleiter', q: 'Seminar für Praxisanleiter', kind: 'list', titles: [T.ausbilder] },
  {
    conv: 'anleiter',
    q: 'Wann ist das?',
    kind: 'facts',
    titles: [T.ausbilder],
    says: ['an 2 Tagen', 'Mi., 27.10.2027 und Mi., 03.11.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'anleiter',
    q: 'Um wie viel Uhr geht es los?',
    kind: 'facts',
    titles: [T.ausbilder],
    says: ['beginnt am Mi., 27.10.2027 um 09:00 Uhr'],
  },
  {
    conv: 'counter',
    q: 'Is there an English course for staff who serve foreign visitors?',
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  {
    conv: 'counter',
    q: 'when is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['takes place on Tue, 16 Nov 2027 from 09:00 to 12:30'],
  },
  {
    conv: 'counter',
    q: 'and the registration deadline?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['until Fri, 5 Nov 2027, 23:59'],
  },
  { conv: 'abschluss', q: 'Jahresabschluss Doppik', kind: 'list', titles: [T.doppik] },
  {
    conv: 'abschluss',
    q: 'Wann ist Anmeldeschluss?',
    kind: 'facts',
    titles: [T.doppik],
    says: ['ist am Do., 14.10.2027, 23:59 Uhr abgelaufen'],
  },
  { conv: 'kind', q: 'Fortbildung zu Kindeswohlgefährdung', kind: 'list', titles: [T.kinderschutz] },
  {
    conv: 'kind',
    q: 'Sind noch Plätze frei?',
    kind: 'facts',
    titles: [T.kinderschutz],
    says: ['noch 24 von 24 Plätzen frei'],
  },
  { conv: 'glatt', q: 'was zu Glätte und Streusalz', kind: 'list', titles: [T.winterdienst] },
  {
    conv: 'glatt',
    q: 'Um wie viel Uhr geht es los?',
    kind: 'facts',
    titles: [T.winterdienst],
    says: ['beginnt am Di., 09.11.2027 um 07:30 Uhr'],
  },
  { conv: 'ki', q: 'any training on artificial intelligence?', locale: 'en', kind: 'list', titles: [T.copilot] },
  {
    conv: 'ki',
    q: 'who runs it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.copilot],
    says: ['is led by Frau Lena Rademacher'],
  },
  // --- facts -----------------------------------------------------------------------------------------------------------
  {
    q: 'Was muss ich für das Ausländerrecht-Seminar bezahlen?',
    kind: 'facts',
    titles: [T.aufenthalt],
    says: ['kostet 190 €'],
  },
  {
    q: 'Kostet der Ersthelfer-Lehrgang etwas?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt der GUV Oldenburg für seine Mitglieder.'],
  },
  {
    q: 'How much does the green procurement seminar cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.beschaffung],
    says: ['costs €150'],
  },
  {
    q: 'Findet der TVöD-Kurs in Präsenz statt?',
    kind: 'facts',
    titles: [T.tvoed],
    says: ['findet hybrid statt', /im Kreishaus Friesland.* oder online/],
  },
  {
    q: 'Wie lange dauert die Wohngeld-Schulung?',
    kind: 'facts',
    titles: [T.wohngeld],
    says: ['dauert 2,5 Stunden, von 13:30 bis 16:00 Uhr'],
  },
  {
    q: 'How long is the Teams meeting training?',
    locale: 'en',
    kind: 'facts',
    titles: [T.teams],
    says: ['lasts 1.5 hours, from 14:00 to 15:30'],
  },
  {
    q: 'Is the phishing awareness session online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['takes place online'],
  },
  {
    q: 'Wo findet das Zeitmanagement-Seminar statt?',
    kind: 'facts',
    titles: [T.zeit],
    says: ['im Rathaus Zetel'],
  },
  {
    q: 'Wann ist der Rhetorikkurs?',
    kind: 'facts',
    titles: [T.rhetorik],
    says: ['am Fr., 19.11.2027 von 09:00 bis 12:00 Uhr'],
  },
  {
    q: 'Bis wann kann ich mich für den Erste-Hilfe-Kurs anmelden?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['bis Do., 11.11.2027, 09:00 Uhr'],
  },
  {
    q: 'where is the housing benefit seminar?',
    locale: 'en',
    kind: 'facts',
    titles: [T.wohngeld],
    says: [/at Kreishaus Friesland.* or online/],
  },
  {
    q: 'When does the child protection seminar start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.kinderschutz],
    says: ['starts on Thu, 25 Nov 2027 at 09:00'],
  },
  // --- topic searches: typos, words only in summary or description, synonyms ------------------------------------------
  { q: 'gefälschte Mails erkennen', kind: 'list', titles: [T.phishing] },
  { q: 'hochwasser', kind: 'list', titles: [T.sturmflut] },
  { q: 'screenreader', kind: 'list', titles: [T.barrierefrei] },
  { q: 'zeitmanagment', kind: 'list', titles: [T.zeit] },
  { q: 'nachhaltige beschaffung', kind: 'list', titles: [T.beschaffung] },
  { q: 'running video meetings', locale: 'en', kind: 'list', titles: [T.teams] },
  { q: 'ausländerbehörde', kind: 'list', titles: [T.aufenthalt] },
  { q: 'handling difficult phone calls', locale: 'en', kind: 'list', titles: [T.telefon] },
  // --- filters: dates, format, place, trainer, provider, audience, cost, length, language -----------------------------
  { q: 'Was ist diese Woche los?', kind: 'list', titles: [T.phishing, T.wohngeld] },
  { q: 'Was gibt es nächste Woche?', kind: 'list', titles: [T.telefon, T.teams, T.ausbilder, T.doppik] },
  { q: 'kostenlose Kurse in den nächsten zwei Wochen', kind: 'list', titles: [T.phishing, T.teams] },
  { q: 'anything online next month?', locale: 'en', kind: 'list', titles: [T.copilot, T.stress] },
  { q: 'Was läuft im Dezember?', kind: 'list', titles: [T.sturmflut, T.zeit, T.ehe, T.tvoed] },
  { q: 'Was gibt es in Varel?', kind: 'list', ...only(T.telefon, T.barrierefrei, T.ehe) },
  { q: 'hybride Seminare', kind: 'list', ...only(T.wohngeld, T.tvoed) },
  {
    q: 'what does the GUV offer?',
    locale: 'en',
    kind: 'list',
    ...only(T.winterdienst, T.ersteHilfe, T.stress),
  },
  { q: 'Kurse bei Frau Siefken', kind: 'list', ...only(T.rhetorik, T.zeit) },
  {
    q: 'Fortbildungen für Bauhofmitarbeiter',
    kind: 'list',
    ...only(T.winterdienst, T.baustellen),
  },
  { q: 'Gibt es mehrtägige Seminare?', kind: 'list', titles: [T.ausbilder] },
  { q: 'any courses held in English?', locale: 'en', kind: 'list', titles: [T.english] },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'Wann ist der Plattdeutschkurs?', kind: 'gone', gone: T.platt },
  { q: 'Motorsägenlehrgang', kind: 'gone', gone: T.motorsaege },
  {
    q: 'when was the social media workshop?',
    locale: 'en',
    kind: 'gone',
    gone: T.socialMedia,
    says: ['Thu, 30 Sep 2027'],
  },
  { q: 'Melderecht Seminar wann', kind: 'gone', gone: T.melderecht, says: ['Di., 14.09.2027'] },
  { q: 'Drohnenflug Schulung', kind: 'none' },
  { q: 'Gabelstaplerschein', kind: 'none' },
  { q: 'Moin!', kind: 'help' },
  { q: 'hi there', locale: 'en', kind: 'help' },
  { q: 'Wo bin ich überall angemeldet?', kind: 'myRegistrations' },
  { q: 'show my bookings', locale: 'en', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-forty-sixth, independent catalogue (Landkreis Friesland, NSI, GUV Oldenburg)',
  {
    fixture: 'heldout246-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
