// Over-fitting check, eighty-first catalogue: the winter programme 2027/28 of the Vogelsbergkreis (Hesse) with the
// Hessischer Verwaltungsschulverband (HVSV), the ekom21, the county's Fachdienst Personal and the Unfallkasse Hessen, for
// the county and its towns and municipalities (Lauterbach, Alsfeld, Schotten, Grebenhain, Feldatal), imported from a JSON
// file. Seminars take place in the Kreishaus Lauterbach (Goldhelg), in the Bürgerhaus Alsfeld, online or hybrid. The
// twist of this round is time: `now` lies in mid-December, so the calendar crosses Christmas, the days "zwischen den
// Jahren", New Year and the first weeks of January, and about half of the questions name a day, a week, a month, a
// quarter, a weekday or a time of day, alone or together with a topic, a format or a fact. Where a phrase can be read in
// more than one way, the catalogue is laid out so that every reading gives the same answer: nothing from Wed 22.12. to
// Thu 06.01. except one seminar on Wed 29.12. (so "vor Weihnachten", "Ende nächster Woche", "zwischen den Jahren" and
// "in zwei Wochen" do not depend on where Christmas or the turn of the year is taken to begin or end), the first January
// week holds a single seminar on Fri 07.01., no leadership seminar remains in December, and January has no full-day
// seminar (so "vormittags"/"nachmittags" is never in doubt). One seminar is held in English, two run over two days, and
// the three Excel courses and the two data-protection courses are told apart by their dates. Questions are written
// the way employees ask, without looking at the parser or the answers. Same assertions as the other suites: exactly the
// expected seminars (in date order for time questions), the asked fact in the first sentence, never a draft, cancelled
// or past seminar.
//
// Calendar around `now` (Wednesday 15 December 2027, 10:00 in Lauterbach, winter time; summer time begins Sun 26.03.2028):
//   this week (KW 50): Wed 15.12. 13:30–15:30 e-invoicing (online, today); Thu 16.12. 09:00–12:30 Excel basics
//               (Kreishaus, tomorrow, "diesen Donnerstag"); Fri 17.12. 09:00–15:30 de-escalation (Alsfeld, übermorgen);
//               nothing on the weekend
//   next week (KW 51): Mon 20.12. 09:00–12:00 travel expenses (online); Tue 21.12. 13:00–16:00 self-organisation
//               (Kreishaus) and the cancelled telephone course that morning; nothing from Wed 22.12. to Sun 26.12.
//   KW 52:      only Wed 29.12. 09:30–11:30 tidying Outlook and the e-file (online); nothing from Thu 30.12. to Thu 06.01.
//   KW 1:       only Fri 07.01. 09:00–12:00 TVöD changes (online)
//   KW 2:       Mon 10.01. 09:00–12:30 petty cash (Kreishaus); Tue 11.01. 09:00–12:00 phishing (online) and 13:30–16:00
//               back health (Alsfeld); the cancelled procurement course on Wed 12.01. (Alsfeld) and the draft social-media
//               course on Thu 13.01. (online); nothing Fri 14.01. to Sun 16.01.
//   KW 3:       Wed 19.01. 13:00–16:00 plain-language letters (online); Thu 20.01. 09:00–12:00 data protection (Alsfeld)
//   KW 4:       Tue 25.01. 09:00–12:00 Excel for advanced users (online); Thu 27.01. 13:00–16:00 AI (hybrid, Kreishaus)
//   February:   Wed 09.02. Excel charts (Alsfeld, deadline Wed 26.01.); Tue/Wed 15./16.02. new leaders (Kreishaus,
//               two days); draft building-permit course on Tue 22.02.; Thu 24.02. 09:30–12:30 English workshop (Kreishaus,
//               deadline passed Fri 10.12.2027)
//   March:      Wed 08.03. staff appraisals (Kreishaus, for managers); Tue 14.03. data protection in HR (online);
//               Thu 23.03. 08:30–16:30 first aid (Alsfeld)
//   April:      Thu/Fri 06./07.04. (CEST) healthy leadership (Alsfeld, two days, for managers)
//   past:       Tue 23.11.2027 budget planning (Kreishaus), Wed 08.12.2027 fire-safety helpers (Alsfeld).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-12-15T09:00:00Z'); // Wednesday, 15 December 2027, 10:00 in Lauterbach (CET)
const TZ = 'Europe/Berlin';

const T = {
  erechnung: 'Rechnungen ohne Papier: Die E-Rechnung in der Kommune', // Wed 15.12.2027 13:30–15:30, online, ekom21, XRechnung, free
  excelEinstieg: 'Zellen, Formeln, Filter: Excel für den Einstieg', // Thu 16.12. 09:00–12:30, Kreishaus, ekom21, Jöckel, 95 €
  deeskalation: 'Wenn der Ton rauer wird: Deeskalation im Bürgerkontakt', // Fri 17.12. 09:00–15:30, Alsfeld, UKH, free, 14 seats
  reisekosten: 'Dienstreisen ohne Papierkram: Reisekosten richtig abrechnen', // Mon 20.12. 09:00–12:00, online, HVSV, 75 €
  prioritaeten: 'Zeit für das Wesentliche: Prioritäten setzen im Büroalltag', // Tue 21.12. 13:00–16:00, Kreishaus, free
  postfach: 'Frischer Start im Postfach: Outlook und E-Akte aufräumen', // Wed 29.12. 09:30–11:30, online, ekom21, free
  tvoed: 'Auf dem neuesten Stand: Änderungen im TVöD', // Fri 07.01.2028 09:00–12:00, online, HVSV, 80 €
  kasse: 'Die Kasse stimmt: Barkassen und Zahlstellen sicher verwalten', // Mon 10.01. 09:00–12:30, Kreishaus, HVSV, Diehl, 110 €
  phishing: 'Erst prüfen, dann klicken: Phishing und Schadsoftware erkennen', // Tue 11.01. 09:00–12:00, online, ekom21, free
  ruecken: 'Rücken stark, Kopf frei: Bewegung am Bildschirmarbeitsplatz', // Tue 11.01. 13:30–16:00, Alsfeld, UKH, free
  bescheide: 'Klartext statt Amtsdeutsch: Verständliche Bescheide schreiben', // Wed 19.01. 13:00–16:00, online, HVSV, 90 €
  datenschutz: 'Datenschutz kompakt: Die DSGVO im Verwaltungsalltag', // Thu 20.01. 09:00–12:00, Alsfeld, Fachdienst Personal, free
  excelProfi: 'Pivot, SVERWEIS und Co.: Excel für Fortgeschrittene', // Tue 25.01. 09:00–12:00, online, ekom21, Jöckel, 120 €
  ki: 'Kluge Helfer: Chancen und Grenzen von KI im Amt', // Thu 27.01. 13:00–16:00, hybrid (Kreishaus), ekom21, free
  excelDiagramme: 'Zahlen sichtbar machen: Diagramme und Berichte mit Excel', // Wed 09.02. 09:00–15:00, Alsfeld, ekom21, 110 €, deadline Wed 26.01. 23:59
  fuehrungsrolle: 'Neu in der Führungsrolle: Erste Schritte als Vorgesetzte und Vorgesetzter', // Tue 15.02. and Wed 16.02. 09:00–16:00, Kreishaus, HVSV, 480 €
  english: 'Speaking with Confidence: English at the Front Desk', // Thu 24.02. 09:30–12:30, Kreishaus, English, free, deadline passed 10.12.2027
  mitarbeitergespraeche: 'Gespräche auf Augenhöhe: Mitarbeitendengespräche führen', // Wed 08.03. 09:00–16:00, Kreishaus, HVSV, Wegener, 210 €, for managers
  datenschutzPersonal: 'Datenschutz im Personalwesen: Personalakte, Bewerbungen, Auskunftsrechte', // Tue 14.03. 09:00–12:00, online, free
  ersteHilfe: 'Erste Hilfe im Betrieb: Ausbildung zur Ersthelferin und zum Ersthelfer', // Thu 23.03. 08:30–16:30, Alsfeld, UKH, free (UKH pays)
  gesundFuehren: 'Gesund führen: Belastungen im Team erkennen und gegensteuern', // Thu 06.04. and Fri 07.04. 09:00–16:00 (CEST), Alsfeld, UKH, for managers
  telefon: 'Freundlich und verbindlich am Telefon', // cancelled (Tue 21.12.2027)
  vergabe: 'Vergaberecht kompakt: Aufträge rechtssicher vergeben', // cancelled (Wed 12.01.2028)
  socialMedia: 'Gemeinde im Netz: Social Media für Städte und Gemeinden', // draft (Thu 13.01.2028)
  bauantrag: 'Wegweiser Bauantrag: Das Baugenehmigungsverfahren verstehen', // draft (Tue 22.02.2028)
  haushalt: 'Haushalt aufstellen: Planung im doppischen Haushalt', // past (Tue 23 November 2027)
  brandschutz: 'Feuer erkannt, Gefahr gebannt: Ausbildung zur Brandschutzhelferin und zum Brandschutzhelfer', // past (Wed 8 December 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.telefon, T.vergabe, T.socialMedia, T.bauantrag, T.haushalt, T.brandschutz];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- days around now: today, tomorrow, the day after, this week, named weekdays --------------------------------------
  { q: 'Was gibt es heute noch?', kind: 'list', titles: [T.erechnung] },
  { q: "What's on tomorrow?", locale: 'en', kind: 'list', titles: [T.excelEinstieg] },
  { q: 'Was läuft übermorgen?', kind: 'list', titles: [T.deeskalation] },
  {
    q: 'Where is the seminar the day after tomorrow?',
    locale: 'en',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['takes place at Bürgerhaus Alsfeld'],
  },
  {
    q: 'Wo findet das Seminar diesen Donnerstag statt?',
    kind: 'facts',
    titles: [T.excelEinstieg],
    says: ['findet im Kreishaus Lauterbach'],
  },
  { q: 'Was gibt es diese Woche noch?', kind: 'list', titles: [T.erechnung, T.excelEinstieg, T.deeskalation] },
  { q: 'Was läuft nächsten Dienstag?', kind: 'list', titles: [T.prioritaeten] },
  {
    q: 'Wann beginnt das Seminar nächsten Montag?',
    kind: 'facts',
    titles: [T.reisekosten],
    says: ['beginnt am Mo., 20.12.2027 um 09:00 Uhr'],
  },
  // --- weeks, the month's end, Christmas and the turn of the year -----------------------------------------------------
  { q: 'Was gibt es nächste Woche?', kind: 'list', titles: [T.reisekosten, T.prioritaeten] },
  { q: 'Ist Ende nächster Woche noch ein Seminar?', kind: 'none' },
  { q: 'Was läuft in zwei Wochen?', kind: 'list', titles: [T.postfach] },
  {
    q: 'Welche Seminare gibt es noch bis Monatsende?',
    kind: 'list',
    titles: [T.erechnung, T.excelEinstieg, T.deeskalation, T.reisekosten, T.prioritaeten, T.postfach],
  },
  {
    q: 'Kann ich noch vor Weihnachten eine Fortbildung besuchen?',
    kind: 'list',
    titles: [T.erechnung, T.excelEinstieg, T.deeskalation, T.reisekosten, T.prioritaeten],
  },
  { q: 'Anything online before Christmas?', locale: 'en', kind: 'list', titles: [T.erechnung, T.reisekosten] },
  { q: 'Gibt es zwischen den Jahren ein Seminar?', kind: 'list', titles: [T.postfach] },
  { q: 'Was gibt es in der ersten Januarwoche?', kind: 'list', titles: [T.tvoed] },
  { q: "What's on in the week after New Year?", locale: 'en', kind: 'list', titles: [T.tvoed] },
  // --- January: calendar week, a date, a range, time of day, weekdays, with topics and formats ---------------------------
  { q: 'Welche Seminare sind in KW 2?', kind: 'list', titles: [T.kasse, T.phishing, T.ruecken] },
  { q: 'Was findet am 11. Januar statt?', kind: 'list', titles: [T.phishing, T.ruecken] },
  { q: 'Gibt es vom 10. bis 14. Januar etwas online?', kind: 'list', titles: [T.phishing] },
  { q: 'Was läuft nachmittags im Januar?', kind: 'list', titles: [T.ruecken, T.bescheide, T.ki] },
  {
    q: 'Welche Seminare finden im Januar dienstags statt?',
    kind: 'list',
    titles: [T.phishing, T.ruecken, T.excelProfi],
  },
  { q: 'Is there anything on Friday mornings in January?', locale: 'en', kind: 'list', titles: [T.tvoed] },
  { q: 'Gibt es im Januar einen Excel-Kurs online?', kind: 'list', titles: [T.excelProfi] },
  {
    q: 'Wann genau ist der Datenschutzkurs im Januar?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['findet am Do., 20.01.2028 von 09:00 bis 12:00 Uhr statt'],
  },
  { q: "What's on in Alsfeld in January 2028?", locale: 'en', kind: 'list', titles: [T.ruecken, T.datenschutz] },
  { conv: 'jan19', q: 'Was läuft am 19. Januar?', kind: 'list', titles: [T.bescheide] },
  { conv: 'jan19', q: 'Was kostet das?', kind: 'facts', titles: [T.bescheide], says: ['kostet 90 €'] },
  // --- the new year and the first quarter -------------------------------------------------------------------------------
  { q: 'Gibt es im neuen Jahr noch Excel-Kurse?', kind: 'list', titles: [T.excelProfi, T.excelDiagramme] },
  {
    q: 'Welche Führungsseminare gibt es im ersten Quartal?',
    kind: 'list',
    titles: [T.fuehrungsrolle, T.mitarbeitergespraeche],
  },
  // --- facts: cost, when, trainer, deadline, seats, format ------------------------------------------------------------
  {
    q: 'Ist der Erste-Hilfe-Kurs kostenlos?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse Hessen.'],
  },
  {
    q: 'Wann findet „Neu in der Führungsrolle“ statt?',
    kind: 'facts',
    titles: [T.fuehrungsrolle],
    says: ['an 2 Tagen', 'Di., 15.02.2028 und Mi., 16.02.2028', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'Who leads the course on staff appraisals?',
    locale: 'en',
    kind: 'facts',
    titles: [T.mitarbeitergespraeche],
    says: ['is led by Frau Katrin Wegener'],
  },
  {
    q: 'Bis wann kann ich mich für den Excel-Kurs in Alsfeld anmelden?',
    kind: 'facts',
    titles: [T.excelDiagramme],
    says: ['bis Mi., 26.01.2028, 23:59 Uhr'],
  },
  {
    q: 'Wie viele Plätze sind im Deeskalationstraining noch frei?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['noch 14 von 14 Plätzen frei'],
  },
  {
    q: 'Findet das KI-Seminar vor Ort statt?',
    kind: 'facts',
    titles: [T.ki],
    says: [/findet hybrid statt|oder online statt/],
  },
  {
    q: 'When is the English workshop for the front desk?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['takes place on Thu, 24 Feb 2028 from 09:30 to 12:30'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  { conv: 'phishing', q: 'Wie erkenne ich gefälschte E-Mails?', kind: 'list', titles: [T.phishing] },
  {
    conv: 'phishing',
    q: 'Wann ist das?',
    kind: 'facts',
    titles: [T.phishing],
    says: ['am Di., 11.01.2028 von 09:00 bis 12:00 Uhr'],
  },
  { conv: 'phishing', q: 'Kostet das was?', kind: 'facts', titles: [T.phishing], says: ['ist kostenlos'] },
  {
    conv: 'back',
    q: 'My back hurts from sitting at my desk all day – is there a course?',
    locale: 'en',
    kind: 'list',
    titles: [T.ruecken],
  },
  {
    conv: 'back',
    q: 'Where is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['takes place at Bürgerhaus Alsfeld'],
  },
  {
    conv: 'back',
    q: 'How long does it take?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['lasts 2.5 hours, from 13:30 to 16:00'],
  },
  // --- topic searches: everyday words, words only in summary or description, synonyms, abbreviations -------------------
  { q: 'Wie funktioniert die XRechnung?', kind: 'list', titles: [T.erechnung] },
  { q: 'Gibt es eine Schulung zu ChatGPT?', kind: 'list', titles: [T.ki] },
  { q: 'Gibt es was zum Tarifvertrag?', kind: 'list', titles: [T.tvoed] },
  { q: 'Wo lerne ich Wiederbelebung?', kind: 'list', titles: [T.ersteHilfe] },
  {
    q: 'Is there any training on dealing with aggressive customers?',
    locale: 'en',
    kind: 'list',
    titles: [T.deeskalation],
  },
  { q: 'Welche Seminare gibt es zum Datenschutz?', kind: 'list', ...only(T.datenschutz, T.datenschutzPersonal) },
  // --- typos -----------------------------------------------------------------------------------------------------------
  { q: 'Exel für Fortgeschrittene', kind: 'list', titles: [T.excelProfi] },
  { q: 'Kurs zu Reiskosten', kind: 'list', titles: [T.reisekosten] },
  // --- place, trainer, provider, audience, language --------------------------------------------------------------------
  {
    q: 'Was findet im Bürgerhaus Alsfeld statt?',
    kind: 'list',
    ...only(T.deeskalation, T.ruecken, T.datenschutz, T.excelDiagramme, T.ersteHilfe, T.gesundFuehren),
  },
  { q: 'Welche Seminare hält Sabine Jöckel?', kind: 'list', ...only(T.excelEinstieg, T.excelProfi) },
  {
    q: 'What does ekom21 offer?',
    locale: 'en',
    kind: 'list',
    ...only(T.erechnung, T.excelEinstieg, T.postfach, T.phishing, T.excelProfi, T.ki, T.excelDiagramme),
  },
  {
    q: 'Gibt es Seminare für Führungskräfte?',
    kind: 'list',
    ...only(T.fuehrungsrolle, T.mitarbeitergespraeche, T.gesundFuehren),
  },
  { q: 'Are any seminars held in English?', locale: 'en', kind: 'list', titles: [T.english] },
  // --- gone, drafts never shown, no match, greeting --------------------------------------------------------------------
  { q: 'Wann war das Haushaltsseminar?', kind: 'gone', gone: T.haushalt, says: ['Di., 23.11.2027'] },
  {
    q: 'When was the fire safety training?',
    locale: 'en',
    kind: 'gone',
    gone: T.brandschutz,
    says: ['Wed, 8 Dec 2027'],
  },
  { q: 'Was kostet das Vergabeseminar?', kind: 'gone', gone: T.vergabe },
  { q: 'Wann ist das Telefontraining?', kind: 'gone', gone: T.telefon },
  { q: 'Gibt es eine Schulung zu Social Media?', kind: 'none' },
  { q: 'Gibt es was zum Bauantrag?', kind: 'none' },
  { q: 'Guten Morgen!', kind: 'help' },
  { q: 'Hello!', locale: 'en', kind: 'help' },
];

heldoutSuite(
  'answering questions about an eighty-first, independent catalogue (Vogelsbergkreis, winter 2027/28, dates)',
  {
    fixture: 'heldout81-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
