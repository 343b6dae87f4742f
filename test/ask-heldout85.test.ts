// Over-fitting check, eighty-fifth catalogue: the 2027 spring programme of the Landkreis Emsland with the Niedersächsisches
// Studieninstitut (NSI), the KDO (municipal IT), the county's Fachbereich Personal and the Kommunale Unfallversicherung
// (KUV), for the county and its towns (Meppen, Lingen, Papenburg, Haren) and the Samtgemeinde Sögel, imported from a JSON
// file. Seminars take place in the Kreishaus Meppen (Ordeniederung), in the Ludwig-Windthorst-Haus Lingen, online or
// hybrid. Several titles do not name their subject ("Von der Bedarfsmeldung bis zum Zuschlag" is the procurement course,
// "Gelassen durch volle Tage" the stress course, "Wenn der Ton rauer wird" de-escalation at the counter, "Nicht jeder
// Anhang ist harmlos" phishing, "Chancen und Grenzen" artificial intelligence), so only summary, description or topics
// reveal it; one seminar is held in English (service counter English); the Digitallotsen qualification runs four days,
// is open to the towns and the Samtgemeinde only and half of its fee is paid by the state; the leadership course runs
// across the change to summer time. Questions are written without looking at the parser or the answers. Same assertions
// as the other suites: exactly the expected seminars, the asked fact in the first sentence, never a draft, cancelled or
// past seminar.
//
// Calendar around `now` (Wednesday 10 March 2027, 10:00 in Meppen, winter time; summer time begins Sun 28.03.2027;
// Good Friday 26.03., Easter Monday 29.03.):
//   this week:  nothing more today; Thu 11.03. 13:00–15:30 Teams (online, tomorrow), Fri 12.03. 09:00–12:00 data protection (hybrid)
//   next week:  Mon 15.03. morning (stress, online), Tue 16.03. afternoon (phishing, online),
//               Wed 17.03. morning (English, Kreishaus), Thu 18.03. afternoon (minutes, Lingen)
//   week after: Tue 23.03. procurement (Kreishaus); Wed 24.03. (CET) and Wed 31.03. (CEST) the two-day leadership course
//               (Lingen); Thu 25.03. de-escalation (Kreishaus); the cancelled Excel course on Tue 30.03.
//   April:      12./13. Doppik (Lingen), 14. AI (hybrid), 15. first aid, 19./20./26./27. Digitallotsen (Lingen), 21. OZG
//               (online), 22. mobile work (online); the cancelled Dutch course on Thu 08.04.
//   May:        Wed 05. staff appraisals (Kreishaus), Tue 11. plain-language letters (Lingen), Wed 19. land-use plans
//               (hybrid, Lingen); drafts: fire-safety helpers 26.05., Instagram 16.06.
//   later:      Wed 09.06. back health (online), Mon/Tue 02./03.08. induction days for trainees.
//   past:       Thu 21.01.2027 kick-off staff development, Tue 16.02.2027 cash handling.
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-03-10T09:00:00Z'); // Wednesday, 10 March 2027, 10:00 in Meppen (CET)
const TZ = 'Europe/Berlin';

const T = {
  teams: 'Kanäle, Chats und Dateien: Microsoft Teams im Verwaltungsalltag', // Thu 11.03.2027 13:00–15:30, online, KDO, Hilling, free
  datenschutz: 'Was darf raus und was nicht: Datenschutz bei Anfragen', // Fri 12.03. 09:00–12:00, hybrid (Kreishaus), NSI, DSGVO, free
  stress: 'Gelassen durch volle Tage', // Mon 15.03. 09:00–12:00, online, Fachbereich Personal, free, 18 seats
  phishing: 'Nicht jeder Anhang ist harmlos', // Tue 16.03. 13:30–15:30, online, KDO, Lübbers, free
  english: 'Welcoming International Residents: Service Counter English', // Wed 17.03. 09:00–12:30, Kreishaus, English, 95 €, deadline passed Fri 05.03. 23:59
  protokoll: 'Auf den Punkt gebracht: Protokolle und Niederschriften', // Thu 18.03. 13:00–16:00, Lingen, NSI, 140 €
  vergabe: 'Von der Bedarfsmeldung bis zum Zuschlag', // Tue 23.03. 09:00–16:00, Kreishaus, NSI, 240 €, deadline Tue 16.03. 23:59, procurement
  fuehrung: 'Neu in der Führungsrolle: Orientierung für die ersten Monate', // Wed 24.03. (CET) and Wed 31.03. (CEST) 09:00–16:00, Lingen, 480 €
  deeskalation: 'Wenn der Ton rauer wird', // Thu 25.03. 09:00–15:00, Kreishaus, Fachbereich Personal, 120 €, 12 seats
  haushalt: 'Doppik verstehen: Grundlagen des kommunalen Haushalts', // Mon 12.04. and Tue 13.04. 09:00–16:00, Lingen, NSI, 360 €
  ki: 'Chancen und Grenzen: Sprachmodelle im Verwaltungsalltag', // Wed 14.04. 13:00–16:00, hybrid (Kreishaus), KDO, AI, free
  ersteHilfe: 'Erste Hilfe im Betrieb: Grundlehrgang für Ersthelfende', // Thu 15.04. 08:30–16:30, Kreishaus, KUV, free (KUV pays)
  lotsen: 'Qualifizierung Digitallotsinnen und Digitallotsen', // 19./20./26./27.04. 09:00–16:00, Lingen, KDO, 1.100 € (state pays half), towns only
  ozg: 'Anträge digital annehmen: Onlinezugangsgesetz in der Praxis', // Wed 21.04. 09:00–12:00, online, KDO, Lübbers, free
  mobil: 'Gut organisiert im mobilen Arbeiten', // Thu 22.04. 09:00–12:00, online, Fachbereich Personal, home office, free
  gespraeche: 'Rückmeldung geben, Ziele vereinbaren', // Wed 05.05. 09:00–16:00, Kreishaus, NSI, 210 €, staff appraisals, for managers
  briefe: 'Verständlich schreiben: Bescheide ohne Amtsdeutsch', // Tue 11.05. 09:00–15:00, Lingen, NSI, 150 €
  bebauung: 'Bebauungspläne lesen und verstehen', // Wed 19.05. 09:00–15:00, hybrid (Lingen), NSI, 170 €
  ruecken: 'Aktive Pause: Rückenfit am Bildschirmarbeitsplatz', // Wed 09.06. 10:00–11:30, online, KUV, free
  azubis: 'Startklar: Einführungstage für neue Auszubildende', // Mon 02.08. and Tue 03.08. 09:00–15:00, Kreishaus, free
  brandschutz: 'Brandschutzhelferinnen und Brandschutzhelfer: Ausbildung nach ASR A2.2', // draft
  instagram: 'Rathaus auf Instagram: Social Media für Städte und Gemeinden', // draft
  niederlaendisch: 'Goedemorgen: Niederländisch für den Bürgerservice', // cancelled (Thu 08.04.2027)
  excel: 'Tabellen im Griff: Excel-Grundlagen', // cancelled (Tue 30.03.2027)
  auftakt: 'Jahresauftakt 2027: Personalentwicklung im Emsland', // past (Thu 21 January 2027)
  kasse: 'Kassensicherheit für Zahlstellen und Handkassen', // past (Tue 16 February 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.brandschutz, T.instagram, T.niederlaendisch, T.excel, T.auftakt, T.kasse];

const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  {
    q: 'Was kostet die Qualifizierung für Digitallotsen?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['kostet 1.100 €'],
    mentions: ['Das Land Niedersachsen fördert die Hälfte der Kosten.'],
  },
  {
    q: 'Muss ich für den Erste-Hilfe-Lehrgang etwas bezahlen?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Kosten übernimmt die Kommunale Unfallversicherung.'],
  },
  {
    q: 'What does the public procurement seminar cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['costs €240'],
  },
  // --- facts: when (across the DST change), start time, duration -------------------------------------------------------
  {
    q: 'Wann ist das Seminar „Neu in der Führungsrolle“?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Mi., 24.03.2027 und Mi., 31.03.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'When is the Doppik course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['on 2 days', 'Mon, 12 Apr 2027 and Tue, 13 Apr 2027', 'each from 09:00 to 16:00'],
  },
  {
    q: 'Wann beginnt das Seminar über künstliche Intelligenz?',
    kind: 'facts',
    titles: [T.ki],
    says: ['beginnt am Mi., 14.04.2027 um 13:00 Uhr'],
  },
  {
    q: 'At what time does the first aid training begin?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['starts on Thu, 15 Apr 2027 at 08:30'],
  },
  {
    q: 'Wie lange dauert die Teams-Schulung?',
    kind: 'facts',
    titles: [T.teams],
    says: ['dauert 2,5 Stunden, von 13:00 bis 15:30 Uhr'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  {
    q: 'Wo findet die Schulung zu Niederschriften statt?',
    kind: 'facts',
    titles: [T.protokoll],
    says: ['im Ludwig-Windthorst-Haus'],
  },
  {
    q: 'Kann ich am KI-Seminar auch online teilnehmen?',
    kind: 'facts',
    titles: [T.ki],
    says: [/findet hybrid statt|oder online statt/],
  },
  {
    q: 'Is the data protection seminar held online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.datenschutz],
    says: [/is hybrid|or online/],
  },
  {
    q: 'Wer ist die Referentin der Teams-Schulung?',
    kind: 'facts',
    titles: [T.teams],
    says: ['leitet Frau Anke Hilling'],
  },
  {
    q: 'Bis wann ist die Anmeldung zum Vergaberecht-Seminar möglich?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Di., 16.03.2027, 23:59 Uhr'],
  },
  {
    q: 'What is the registration deadline for the Service Counter English workshop?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 5 Mar 2027, 23:59'],
  },
  {
    q: 'Gibt es im Seminar zur Stressbewältigung noch freie Plätze?',
    kind: 'facts',
    titles: [T.stress],
    says: ['noch 18 von 18 Plätzen frei'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  { conv: 'einkauf', q: 'Wie läuft eine Ausschreibung ab?', kind: 'list', titles: [T.vergabe] },
  { conv: 'einkauf', q: 'Was kostet das?', kind: 'facts', titles: [T.vergabe], says: ['kostet 240 €'] },
  { conv: 'einkauf', q: 'Und wo findet es statt?', kind: 'facts', titles: [T.vergabe], says: ['im Kreishaus Meppen'] },
  {
    conv: 'schalter',
    q: 'Was tue ich, wenn Besucher am Schalter aggressiv werden?',
    kind: 'list',
    titles: [T.deeskalation],
  },
  {
    conv: 'schalter',
    q: 'Wann ist das?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['am Do., 25.03.2027 von 09:00 bis 15:00 Uhr'],
  },
  {
    conv: 'schalter',
    q: 'Sind da noch Plätze frei?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  { conv: 'phishing', q: 'How can I recognise phishing e-mails?', locale: 'en', kind: 'list', titles: [T.phishing] },
  {
    conv: 'phishing',
    q: 'Is it online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['takes place online'],
  },
  {
    conv: 'phishing',
    q: 'How long does it last?',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['lasts 2 hours, from 13:30 to 15:30'],
  },
  { conv: 'sitzung', q: 'Wer zeigt mir, wie man ein Sitzungsprotokoll erstellt?', kind: 'list', titles: [T.protokoll] },
  {
    conv: 'sitzung',
    q: 'Wie lange dauert das?',
    kind: 'facts',
    titles: [T.protokoll],
    says: ['dauert 3 Stunden, von 13:00 bis 16:00 Uhr'],
  },
  // --- topic searches: everyday words, words only in summary or description, compounds, synonyms, abbreviations --------
  { q: 'Gibt es einen Kurs zu MS Teams?', kind: 'list', titles: [T.teams] },
  { q: 'Gibt es Tipps fürs Homeoffice?', kind: 'list', titles: [T.mobil] },
  { q: 'Gibt es was zu künstlicher Intelligenz?', kind: 'list', titles: [T.ki] },
  { q: 'Gibt es eine Schulung zur DSGVO?', kind: 'list', titles: [T.datenschutz] },
  { q: 'Gibt es etwas zum OZG?', kind: 'list', titles: [T.ozg] },
  { q: 'Wo lerne ich Wiederbelebung?', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'Ich habe oft Nackenverspannungen – gibt es da etwas?', kind: 'list', titles: [T.ruecken] },
  { q: 'Gibt es eine Einführung für neue Azubis?', kind: 'list', titles: [T.azubis] },
  {
    q: 'Ich führe bald Jahresgespräche mit meinen Mitarbeitenden – gibt es dazu ein Seminar?',
    kind: 'list',
    first: T.gespraeche,
  },
  { q: 'Is there anything on serving international residents?', locale: 'en', kind: 'list', titles: [T.english] },
  { q: 'Wie formuliere ich Bescheide bürgerfreundlicher?', kind: 'list', titles: [T.briefe] },
  // --- typos -----------------------------------------------------------------------------------------------------------
  { q: 'Seminar Vergabrecht', kind: 'list', titles: [T.vergabe] },
  { q: 'Kurs Deeskaltion', kind: 'list', titles: [T.deeskalation] },
  // --- filters: dates, time of day, format, place, free seats, trainer, provider, audience, length, cost, language -----
  { q: 'Was steht diese Woche noch an?', kind: 'list', titles: [T.teams, T.datenschutz] },
  { q: 'Is there anything tomorrow?', locale: 'en', kind: 'list', titles: [T.teams] },
  { q: 'Welche Seminare sind nächste Woche am Vormittag?', kind: 'list', titles: [T.stress, T.english] },
  {
    q: 'Which seminars are next week in the afternoon?',
    locale: 'en',
    kind: 'list',
    titles: [T.phishing, T.protokoll],
  },
  { q: 'Was läuft übernächste Woche?', kind: 'list', titles: [T.vergabe, T.fuehrung, T.deeskalation] },
  {
    q: 'Welche Seminare gibt es im April?',
    kind: 'list',
    titles: [T.haushalt, T.ki, T.ersteHilfe, T.lotsen, T.ozg, T.mobil],
  },
  { q: 'Welche Seminare im April sind kostenlos?', kind: 'list', titles: [T.ki, T.ersteHilfe, T.ozg, T.mobil] },
  { q: 'Gibt es im Mai Präsenzveranstaltungen?', kind: 'list', titles: [T.gespraeche, T.briefe] },
  {
    q: 'Which seminars in March are free of charge?',
    locale: 'en',
    kind: 'list',
    titles: [T.teams, T.datenschutz, T.stress, T.phishing],
  },
  {
    q: 'Welche Seminare finden in Lingen statt?',
    kind: 'list',
    ...only(T.protokoll, T.fuehrung, T.haushalt, T.lotsen, T.briefe, T.bebauung),
  },
  { q: 'Wo sind im März in Lingen noch Plätze frei?', kind: 'list', titles: [T.protokoll, T.fuehrung] },
  { q: 'Welche Kurse gibt Bernd Lübbers?', kind: 'list', ...only(T.phishing, T.ozg) },
  { q: 'Welche Seminare bietet die KDO an?', kind: 'list', ...only(T.teams, T.phishing, T.ki, T.lotsen, T.ozg) },
  {
    q: 'Which courses are offered by the Kommunale Unfallversicherung?',
    locale: 'en',
    kind: 'list',
    ...only(T.ersteHilfe, T.ruecken),
  },
  { q: 'Was gibt es für Führungskräfte?', kind: 'list', ...only(T.fuehrung, T.gespraeche) },
  { q: 'Welche Seminare gehen über mehrere Tage?', kind: 'list', ...only(T.fuehrung, T.haushalt, T.lotsen, T.azubis) },
  { q: 'Is there a seminar in English?', locale: 'en', kind: 'list', titles: [T.english] },
  // --- gone, drafts never shown, no match, greeting --------------------------------------------------------------------
  {
    q: 'Wann war der Jahresauftakt zur Personalentwicklung?',
    kind: 'gone',
    gone: T.auftakt,
    says: ['Do., 21.01.2027'],
  },
  { q: 'Wann ist der Niederländischkurs?', kind: 'gone', gone: T.niederlaendisch },
  { q: 'How much is the Excel course?', locale: 'en', kind: 'gone', gone: T.excel },
  { q: 'Wo findet die Schulung zur Kassensicherheit statt?', kind: 'gone', gone: T.kasse },
  { q: 'Gibt es eine Ausbildung zum Brandschutzhelfer?', kind: 'none' },
  { q: 'Do you offer a course on Instagram?', locale: 'en', kind: 'none' },
  { q: 'Guten Morgen!', kind: 'help' },
  { q: 'Hi there!', locale: 'en', kind: 'help' },
];

heldoutSuite('answering questions about an eighty-fifth, independent catalogue (Landkreis Emsland, NSI, KDO)', {
  fixture: 'heldout85-catalogue.json',
  now,
  timeZone: TZ,
  cases: CASES,
  titles: all,
  never: NEVER,
});
