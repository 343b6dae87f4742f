// Over-fitting check, hundred-and-seventh catalogue: the 2028 spring programme of the Kreis Ostholstein
// (Schleswig-Holstein) with the Verwaltungsakademie Bordesholm (VAB), the Kreis's Fachdienst IT and Personalentwicklung,
// the Unfallkasse Nord and the Volkshochschule Eutin, for the Kreis and its towns and Ämter (Eutin, Bad Schwartau,
// Neustadt in Holstein, Oldenburg in Holstein, Fehmarn, Heiligenhafen, Amt Oldenburg-Land, Amt Lensahn), imported from a
// JSON file. Seminars take place in the Kreishaus Eutin, the Bildungszentrum am Kleinen See in Eutin, the town halls of
// Eutin, Bad Schwartau, Neustadt, Oldenburg, Heiligenhafen and Burg auf Fehmarn, online or hybrid. Several titles do not
// name their subject ("Erst denken, dann klicken" is information security, "Ruhig bleiben, wenn es laut wird"
// de-escalation, "Texte auf Knopfdruck?" artificial intelligence, "Gut durch den Tag" stress and health, "Der erste
// Schritt nach vorn" leadership for new managers, "Papierlos ab Herbst" the e-file, "Viele Briefe, ein Klick" mail merge
// in Word, "Ordnung im Postfach" Outlook, "Gespräche, die weiterbringen" staff appraisals), so only summary, description
// or topics reveal it; one seminar is held in English; the leadership seminar runs on two days; the e-file course is open
// only to Oldenburg in Holstein, Heiligenhafen and the Amt Oldenburg-Land; first aid and de-escalation are free, paid by
// the Unfallkasse Nord. `now` is the leap day, so "morgen" is 1 March and "next month" is March. Questions are
// acceptance-like: complete, correctly spelled, polite questions as an employee types them into Teams, mostly German,
// some English, written without looking at the parser or the answers. Same assertions as the other suites: exactly the
// expected seminars (best first where one is clearly best), the asked fact in the first sentence, never a draft,
// cancelled or past seminar.
//
// Calendar around `now` (Tuesday 29 February 2028, 10:00 in Eutin, winter time; summer time begins Sun 26.03.2028):
//   today:      nothing
//   this week:  Wed 01.03. 09:00–11:30 information security (online, tomorrow), Fri 03.03. 13:00–16:00 data protection
//               (hybrid, Kreishaus Eutin)
//   next week:  Tue 07.03. 09:00–12:30 English (Kreishaus; deadline passed Fri 25.02. 23:59), Wed 08.03. 13:30–16:30
//               Excel (online), Thu 09.03. 09:00–12:30 de-escalation (Rathaus Bad Schwartau, 12 seats)
//   then:       nothing from Fri 10.03. to Mon 20.03.; Tue 21.03. 09:00–12:00 AI (online); the cancelled accessible-PDF
//               course on Tue 28.03.
//   April:      Mon 03. process management (Bildungszentrum; deadline Fri 17.03. 12:00), Wed 05. 13:30–16:00 stress
//               and health (online), Tue 11. first aid (Rathaus Neustadt), Tue 18./Wed 19. leadership (Bildungszentrum,
//               two days; deadline Fri 31.03.), Thu 27. e-file (Rathaus Oldenburg, pilot administrations only); the
//               cancelled ladder-safety course on Thu 20.04.
//   May:        Tue 02. procurement law (Kreishaus; deadline Wed 19.04. 12:00), Wed 10. mail merge (online), Tue 16.
//               plain language (Rathaus Heiligenhafen), Mon 22. Scrum (hybrid, Kreishaus), Wed 24. council meetings
//               (Rathaus Burg auf Fehmarn, 16 seats)
//   June:       Thu 08. staff appraisals (Kreishaus, for managers), Tue 13. 13:00–16:00 OZG (online), Wed 21. social
//               media (Rathaus Eutin), Thu 22. 13:30–16:00 Outlook (online); the draft Low German course on Wed 14.06.
//               and the draft coastal-protection course on Tue 27.06.
//   past:       Thu 20.01.2028 property-tax reform (Neustadt), Tue 08.02.2028 annual accounts in the Doppik (Kreishaus).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-02-29T09:00:00Z'); // Tuesday, 29 February 2028, 10:00 in Eutin (CET)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Erst denken, dann klicken', // Wed 01.03. 09:00–11:30, online, FD IT, Jessen, information security, free
  datenschutz: 'Datenschutz im Bürgerbüro: Was darf ich sagen, was muss ich löschen?', // Fri 03.03. 13:00–16:00, hybrid (Kreishaus), PE, free
  english: 'Welcome to Ostholstein: English at the Service Desk', // Tue 07.03. 09:00–12:30, Kreishaus, VHS, Gallagher, English, 110 €, deadline passed Fri 25.02. 23:59
  excel: 'Tabellen, die rechnen: Excel im Büroalltag', // Wed 08.03. 13:30–16:30, online, VHS, Thiessen, 85 € (Dienststelle pays)
  deeskalation: 'Ruhig bleiben, wenn es laut wird', // Thu 09.03. 09:00–12:30, Rathaus Bad Schwartau, UK Nord, Lorenzen, free, 12 seats
  ki: 'Texte auf Knopfdruck?', // Tue 21.03. 09:00–12:00, online, FD IT, Jessen, AI, free
  prozess: 'Abläufe neu denken: Prozessmanagement in der Kommunalverwaltung', // Mon 03.04. 09:00–16:00, Bildungszentrum am Kleinen See, VAB, Dr. Petersen, 280 €, deadline Fri 17.03. 12:00
  gesundheit: 'Gut durch den Tag', // Wed 05.04. 13:30–16:00, online, UK Nord, Carstens, stress / health promotion, free
  ersteHilfe: 'Erste Hilfe am Arbeitsplatz: Ausbildung für betriebliche Ersthelfende', // Tue 11.04. 08:30–16:30, Rathaus Neustadt, UK Nord, free (UK Nord pays)
  fuehrung: 'Der erste Schritt nach vorn', // Tue 18.04. and Wed 19.04. 09:00–16:30, Bildungszentrum, VAB, Dr. Petersen, 460 €, new managers, deadline Fri 31.03.
  eakte: 'Papierlos ab Herbst', // Thu 27.04. 09:00–15:00, Rathaus Oldenburg, FD IT, Brodersen, e-file, only Oldenburg/Heiligenhafen/Amt Oldenburg-Land, free
  vergabe: 'Richtig beschaffen: Vergaberecht unterhalb der EU-Schwellenwerte', // Tue 02.05. 09:00–16:00, Kreishaus, VAB, Dr. Hollmann, 260 €, deadline Wed 19.04. 12:00
  serienbrief: 'Viele Briefe, ein Klick', // Wed 10.05. 09:00–12:00, online, VHS, Thiessen, 65 €, mail merge in Word
  klartext: 'Klartext statt Amtsdeutsch', // Tue 16.05. 09:00–16:00, Rathaus Heiligenhafen, VHS, Lüthje, 150 €, 14 seats, plain language
  scrum: 'Sprint für Sprint: Agiles Arbeiten mit Scrum', // Mon 22.05. 09:00–16:00, hybrid (Kreishaus), VAB, Matthiesen, 240 €
  sitzung: 'Von der Einladung bis zum Protokoll: Sitzungsdienst für Gremien', // Wed 24.05. 09:00–16:00, Rathaus Burg auf Fehmarn, VAB, 190 €, 16 seats
  gespraeche: 'Gespräche, die weiterbringen', // Thu 08.06. 09:00–16:00, Kreishaus, PE, Rathje, staff appraisals, for managers, free
  ozg: 'Bürgerportal Schleswig-Holstein: Online-Dienste nach dem OZG', // Tue 13.06. 13:00–16:00, online, FD IT, Brodersen, free
  socialMedia: 'Posten, teilen, antworten: Social Media für Städte und Gemeinden', // Wed 21.06. 09:00–12:00, Rathaus Eutin, PE, free
  postfach: 'Ordnung im Postfach', // Thu 22.06. 13:30–16:00, online, VHS, Thiessen, 65 €, Outlook
  platt: 'Snacken Se Platt? Plattdeutsch im Bürgerservice', // draft (Wed 14.06.)
  kueste: 'Sturmflut und Starkregen: Gefahrenabwehr an der Küste', // draft (Tue 27.06.)
  pdf: 'Barrierefreie PDF-Dokumente erstellen', // cancelled (Tue 28.03.2028), VHS, Thiessen
  leiter: 'Sicher auf Leiter und Tritt: Unterweisung für Hausmeister und Bauhof', // cancelled (Thu 20.04.2028), UK Nord, free
  doppik: 'Der Jahresabschluss in der Doppik', // past (Tue 8 February 2028)
  grundsteuer: 'Die Grundsteuerreform in der Praxis', // past (Thu 20 January 2028)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.platt, T.kueste, T.pdf, T.leiter, T.doppik, T.grundsteuer];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  {
    q: 'Was kostet der Scrum-Kurs?',
    kind: 'facts',
    titles: [T.scrum],
    says: ['kostet 240 €'],
    mentions: ['Inklusive Mittagessen für Teilnehmende vor Ort.'],
  },
  {
    q: 'Was kostet der Erste-Hilfe-Kurs?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse Nord für ihre Mitglieder.'],
  },
  { q: 'How much does the Excel course cost?', locale: 'en', kind: 'facts', titles: [T.excel], says: ['costs €85'] },
  // --- facts: when, start time, duration ------------------------------------------------------------------------------
  {
    q: 'Wann findet das Seminar zum Datenschutz statt?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['am Fr., 03.03.2028 von 13:00 bis 16:00 Uhr'],
  },
  {
    q: 'Wann findet das Seminar „Der erste Schritt nach vorn“ statt?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Di., 18.04.2028 und Mi., 19.04.2028', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    q: 'When is the first aid course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['on Tue, 11 Apr 2028 from 08:30 to 16:30'],
  },
  {
    q: 'Wann beginnt das Seminar zur Informationssicherheit?',
    kind: 'facts',
    titles: [T.phishing],
    says: ['Mi., 01.03.2028', '09:00'],
  },
  {
    q: 'What time does the OZG webinar start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ozg],
    says: ['starts on Tue, 13 Jun 2028 at 13:00'],
  },
  {
    q: 'Wie viele Tage dauert das Seminar für neue Führungskräfte?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['dauert 2 Tage, jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    q: 'Wie lange dauert das Seminar zur Stressbewältigung?',
    kind: 'facts',
    titles: [T.gesundheit],
    says: ['dauert 2,5 Stunden, von 13:30 bis 16:00 Uhr'],
  },
  // --- facts: where, format, trainer, deadline, seats -----------------------------------------------------------------
  {
    q: 'Wo findet das Seminar zum Prozessmanagement statt?',
    kind: 'facts',
    titles: [T.prozess],
    says: ['im Bildungszentrum am Kleinen See'],
  },
  {
    q: 'Findet das Seminar zur künstlichen Intelligenz online statt?',
    kind: 'facts',
    titles: [T.ki],
    says: ['findet online statt'],
  },
  {
    q: 'Findet der Scrum-Kurs in Präsenz statt?',
    kind: 'facts',
    titles: [T.scrum],
    says: [/findet hybrid statt|oder online statt/],
  },
  {
    q: 'Wer leitet das Seminar zum Vergaberecht?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['leitet Frau Dr. Kerstin Hollmann'],
  },
  {
    q: 'Wer leitet das Seminar „Erst denken, dann klicken“?',
    kind: 'facts',
    titles: [T.phishing],
    says: ['leitet Herr Sönke Jessen'],
  },
  {
    q: 'Wann ist Anmeldeschluss für das Seminar zum Prozessmanagement?',
    kind: 'facts',
    titles: [T.prozess],
    says: ['bis Fr., 17.03.2028, 12:00 Uhr'],
  },
  {
    q: 'Bis wann kann ich mich für den Englischkurs anmelden?',
    kind: 'facts',
    titles: [T.english],
    says: ['am Fr., 25.02.2028, 23:59 Uhr abgelaufen'],
  },
  {
    q: 'Gibt es noch freie Plätze im Seminar zum Sitzungsdienst?',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['noch 16 von 16 Plätzen frei'],
  },
  {
    q: 'Sind im Deeskalationstraining noch Plätze frei?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  // --- follow-ups in a conversation -----------------------------------------------------------------------------------
  {
    conv: 'laut',
    q: 'Gibt es ein Seminar zum Umgang mit aggressiven Bürgern?',
    kind: 'list',
    titles: [T.deeskalation],
  },
  {
    conv: 'laut',
    q: 'Und wo findet der statt?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['im Rathaus Bad Schwartau'],
  },
  { conv: 'laut', q: 'Was kostet das?', kind: 'facts', titles: [T.deeskalation], says: ['ist kostenlos'] },
  { conv: 'ai', q: 'Is there anything on artificial intelligence?', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    conv: 'ai',
    q: 'When does it take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['on Tue, 21 Mar 2028 from 09:00 to 12:00'],
  },
  {
    conv: 'ai',
    q: 'Who is the trainer?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is led by Herr Sönke Jessen'],
  },
  { conv: 'bescheide', q: 'Wie kann ich Bescheide verständlicher formulieren?', kind: 'list', titles: [T.klartext] },
  {
    conv: 'bescheide',
    q: 'Findet das online statt?',
    kind: 'facts',
    titles: [T.klartext],
    says: ['findet in Präsenz statt'],
  },
  {
    conv: 'bescheide',
    q: 'Gibt es noch freie Plätze?',
    kind: 'facts',
    titles: [T.klartext],
    says: ['noch 14 von 14 Plätzen frei'],
  },
  { conv: 'vergabe', q: 'Gibt es ein Seminar zum Vergaberecht?', kind: 'list', titles: [T.vergabe] },
  {
    conv: 'vergabe',
    q: 'Bis wann kann ich mich dafür anmelden?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Mi., 19.04.2028, 12:00 Uhr'],
  },
  // --- topic searches: subjects named only in summary, description or topics ------------------------------------------
  { q: 'Gibt es im März etwas zu Informationssicherheit?', kind: 'list', titles: [T.phishing] },
  { q: 'Gibt es eine Schulung zu Outlook?', kind: 'list', titles: [T.postfach] },
  { q: 'Ich suche eine Fortbildung zur Stressbewältigung.', kind: 'list', titles: [T.gesundheit] },
  { q: 'Gibt es eine Schulung zur elektronischen Akte?', kind: 'list', titles: [T.eakte] },
  { q: 'Gibt es etwas zum Onlinezugangsgesetz?', kind: 'list', titles: [T.ozg] },
  { q: 'Gibt es einen Kurs zu Serienbriefen in Word?', kind: 'list', titles: [T.serienbrief] },
  { q: 'Is there a course on public procurement?', locale: 'en', kind: 'list', titles: [T.vergabe] },
  { q: 'Gibt es eine Schulung zu Social Media?', kind: 'list', titles: [T.socialMedia] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, length, cost, language, seats ---------
  { q: 'Was findet morgen statt?', kind: 'list', titles: [T.phishing] },
  { q: 'Welche Seminare gibt es nächste Woche?', kind: 'list', titles: [T.english, T.excel, T.deeskalation] },
  { q: 'Is there anything next week in the morning?', locale: 'en', kind: 'list', titles: [T.english, T.deeskalation] },
  {
    q: 'Was gibt es in den nächsten zwei Wochen?',
    kind: 'list',
    titles: [T.phishing, T.datenschutz, T.english, T.excel, T.deeskalation],
  },
  {
    q: "What's on next month?",
    locale: 'en',
    kind: 'list',
    titles: [T.phishing, T.datenschutz, T.english, T.excel, T.deeskalation, T.ki],
  },
  { q: 'Welche Seminare finden im Juni online statt?', kind: 'list', titles: [T.ozg, T.postfach] },
  { q: 'Gibt es kostenlose Seminare im April?', kind: 'list', titles: [T.gesundheit, T.ersteHilfe, T.eakte] },
  {
    q: 'Gibt es im Mai noch Seminare mit freien Plätzen?',
    kind: 'list',
    titles: [T.vergabe, T.serienbrief, T.klartext, T.scrum, T.sitzung],
  },
  { q: 'Gibt es Seminare auf Fehmarn?', kind: 'list', titles: [T.sitzung] },
  {
    q: 'Welche Seminare finden im Bildungszentrum am Kleinen See statt?',
    kind: 'list',
    ...only(T.prozess, T.fuehrung),
  },
  { q: 'Welche Kurse gibt es von Frau Thiessen?', kind: 'list', ...only(T.excel, T.serienbrief, T.postfach) },
  { q: 'Was bietet die VHS an?', kind: 'list', ...only(T.english, T.excel, T.serienbrief, T.klartext, T.postfach) },
  {
    q: 'Welche Kurse bietet die Unfallkasse Nord an?',
    kind: 'list',
    ...only(T.deeskalation, T.gesundheit, T.ersteHilfe),
  },
  { q: 'Ich bin Führungskraft – was gibt es für mich?', kind: 'list', ...only(T.fuehrung, T.gespraeche) },
  { q: 'Gibt es mehrtägige Seminare?', kind: 'list', titles: [T.fuehrung] },
  { q: 'Are there any courses held in English?', locale: 'en', kind: 'list', titles: [T.english] },
  { q: 'Welche Seminare kann man hybrid besuchen?', kind: 'list', ...only(T.datenschutz, T.scrum) },
  // --- gone, drafts never shown, no match, greeting -------------------------------------------------------------------
  { q: 'Wann findet der Kurs zu barrierefreien PDF-Dokumenten statt?', kind: 'gone', gone: T.pdf },
  { q: 'Was kostet das Seminar „Sicher auf der Leiter“?', kind: 'gone', gone: T.leiter },
  {
    q: 'Wann war das Seminar zum Jahresabschluss in der Doppik?',
    kind: 'gone',
    gone: T.doppik,
    says: ['Di., 08.02.2028'],
  },
  { q: 'Wann ist das Seminar zur Grundsteuerreform?', kind: 'gone', gone: T.grundsteuer, says: ['Do., 20.01.2028'] },
  { q: 'Gibt es einen Plattdeutsch-Kurs?', kind: 'none' },
  { q: 'Gibt es etwas zum Küstenschutz?', kind: 'none' },
  { q: 'Do you offer a French course?', locale: 'en', kind: 'none' },
  { q: 'Guten Morgen!', kind: 'help' },
  { q: 'Hello, what can you do?', locale: 'en', kind: 'help' },
];

heldoutSuite(
  'answering questions about a hundred-and-seventh, independent catalogue (Kreis Ostholstein, VAB, Unfallkasse Nord)',
  {
    fixture: 'heldout107-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
