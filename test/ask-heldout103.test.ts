// Over-fitting check, hundred-and-third catalogue: the 2027 autumn programme of the Landkreis Dahme-Spreewald
// (Brandenburg) with the Brandenburgische Kommunalakademie, the county's IT-Service, the Unfallkasse Brandenburg and the
// Kreisvolkshochschule, for the county and its towns (Lübben, Königs Wusterhausen, Luckau, Wildau, Schönefeld, Amt
// Unterspreewald), imported from a JSON file. Seminars take place in the Kreishaus Lübben (Reutergasse), the
// Dienstgebäude Königs Wusterhausen (Brückenstraße), the Kreisvolkshochschule in Luckau, the town halls of Wildau and
// Schönefeld and the Amtsgebäude Unterspreewald in Schönwalde, or online, or hybrid. Several titles do not name their
// subject ("Feierabend im Kopf" is the stress course, "Am Ende zählt das Ergebnis" moderating meetings, "Vom Bedarf zum
// Zuschlag" procurement, "Helfen, bis der Rettungswagen kommt" first aid, "Wenn der Ton rauer wird" de-escalation,
// "Kurz, klar, korrekt" plain-language letters, "Schreiben lassen, selbst prüfen" AI assistants), so only summary,
// description or topics reveal it; one seminar is held in English (front desk English in Schönefeld, deadline passed);
// the E-Akte key-user training runs three days, is open to Lübben, Luckau and the Amt Unterspreewald only and is paid by
// the county; the first aid course is paid by the Unfallkasse. Questions are written the way employees ask, in everyday
// words rather than the catalogue's terms, without looking at the parser or the answers. Same assertions as the other
// suites: exactly the expected seminars (best first where one is clearly best), the asked fact in the first sentence,
// never a draft, cancelled or past seminar.
//
// Calendar around `now` (Thursday 14 October 2027, 10:00 in Lübben, summer time; winter time begins Sun 31.10.2027,
// which is also Reformationstag, a holiday in Brandenburg):
//   this week:  nothing more today; Fri 15.10. (tomorrow) 09:00–11:30 phishing (online) and 13:00–15:00 Teams (online)
//   next week:  Mon 18.10. morning (stress, online), Tue 19.10. afternoon (data protection, online),
//               Wed 20.10. morning (English, Schönefeld), Thu 21.10. afternoon (moderation, Wildau)
//   then:       nothing from Fri 22.10. to Tue 02.11. except the cancelled Sorbian course (Tue 26.10.2027, CEST)
//   November:   Wed 03. Excel (Luckau), Tue 09. Scrum (KW), Thu 11. procurement (Lübben), Tue 16. IT emergency planning
//               (hybrid Lübben), Wed 17. AI (hybrid KW), Mon–Wed 22.–24. E-Akte (Lübben), Thu 25. first aid (Lübben);
//               the cancelled PowerPoint course on Tue 23.11.
//   December:   Wed 01. healthy leadership (Lübben), Thu/Fri 02./03. basic leadership course (KW), Tue 07. de-escalation
//               (Schönwalde), Wed 08. screen work (online), Thu 09. plain language (Schönefeld)
//   January:    Tue 18.01.2028 Doppik (online); drafts: sign language (Wed 26.01.2028), election officers (Tue 22.02.2028)
//   past:       Wed 01.09.2027 induction day for trainees, Tue 28.09.2027 fire safety wardens.
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-10-14T08:00:00Z'); // Thursday, 14 October 2027, 10:00 in Lübben (CEST)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Nicht jeder Anhang ist ein Geschenk', // Fri 15.10.2027 09:00–11:30, online, IT-Service, Herr Marcel Pohl, phishing, free
  teams: 'Gut vernetzt: Zusammenarbeiten mit Microsoft Teams', // Fri 15.10. 13:00–15:00, online, IT-Service, Frau Nadine Krüger, free
  stress: 'Feierabend im Kopf', // Mon 18.10. 09:00–12:00, online, KVHS, stress management, 45 € (trainees 20 €), 20 seats
  datenschutz: 'Auskunft ja, aber richtig: Datenschutz im Bürgerkontakt', // Tue 19.10. 13:00–16:00, online, Kommunalakademie, DSGVO, 120 €
  english: 'Serving International Customers: English at the Front Desk', // Wed 20.10. 09:00–12:30, Rathaus Schönefeld, KVHS, English, 95 €, deadline passed Fri 08.10. 23:59
  moderation: 'Am Ende zählt das Ergebnis', // Thu 21.10. 13:00–16:30, Rathaus Wildau, Kommunalakademie, Frau Katrin Lange, moderating meetings, 150 €, 14 seats
  excel: 'Formeln ohne Frust', // Wed 03.11. 09:00–15:00, KVHS Luckau, Herr Sven Richter, Excel, 85 €, 10 seats
  scrum: 'Sprint statt Marathon: Projekte agil steuern mit Scrum', // Tue 09.11. 09:00–16:00, Dienstgebäude KW, Kommunalakademie, Frau Katrin Lange, 340 € (note), deadline Tue 26.10. 23:59
  vergabe: 'Vom Bedarf zum Zuschlag', // Thu 11.11. 09:00–16:00, Kreishaus Lübben, Kommunalakademie, Herr Stefan Kühn, procurement, 260 €, deadline Thu 28.10. 23:59
  notfall: 'Wenn morgen nichts mehr geht: Notfallvorsorge für den IT-Ausfall', // Tue 16.11. 09:00–15:00, hybrid Kreishaus Lübben, IT-Service, Pohl, Informationssicherheit, for managers, free
  ki: 'Schreiben lassen, selbst prüfen', // Wed 17.11. 13:00–15:30, hybrid Dienstgebäude KW, IT-Service, Krüger, AI / ChatGPT, free
  eakte: 'Vom Aktenschrank zum Klick: Key-User-Schulung E-Akte', // Mon–Wed 22.–24.11. 09:00–15:00, Kreishaus Lübben, IT-Service, free (county pays), only Lübben, Luckau, Amt Unterspreewald
  ersteHilfe: 'Helfen, bis der Rettungswagen kommt', // Thu 25.11. 08:30–16:30, Kreishaus Lübben, Unfallkasse, Herr Rico Schulze, first aid, free (Unfallkasse pays), 12 seats
  gesund: 'Auf sich und andere achten', // Wed 01.12. 09:00–15:00, Kreishaus Lübben, Unfallkasse, Frau Dr. Anja Wiese, healthy leadership, for managers, free
  fuehrung: 'Führen lernen: Basisqualifizierung für neue Führungskräfte', // Thu 02.12. and Fri 03.12. 09:00–16:00, Dienstgebäude KW, Kommunalakademie, Herr Thomas Brenner, 480 € (note), for managers
  deeskalation: 'Wenn der Ton rauer wird', // Tue 07.12. 09:00–15:00, Amtsgebäude Unterspreewald (Schönwalde), Unfallkasse, de-escalation, free, 14 seats
  bildschirm: 'Gut eingestellt: Gesund arbeiten am Bildschirm', // Wed 08.12. 10:00–11:30, online, Unfallkasse, ergonomics / back, free
  schreiben: 'Kurz, klar, korrekt', // Thu 09.12. 09:00–15:00, Rathaus Schönefeld, Kommunalakademie, plain-language letters, 190 €
  doppik: 'Zahlen lesen, Haushalt verstehen: Doppik für Einsteiger', // Tue 18.01.2028 09:00–12:00, online, Kommunalakademie, 140 €
  wahl: 'Fit für den Wahltag: Schulung für Wahlvorstände', // draft
  gebaerden: 'Mit den Händen sprechen: Gebärdensprache im Bürgerkontakt', // draft
  sorbisch: 'Dobry źeń: Niedersorbisch im Bürgerkontakt', // cancelled (Tue 26.10.2027)
  powerpoint: 'Folien, die wirken: Präsentieren mit PowerPoint', // cancelled (Tue 23.11.2027)
  azubis: 'Willkommen im Landkreis: Einführungstag für Auszubildende', // past (Wed 1 September 2027)
  brandschutz: 'Feuer aus: Ausbildung zur Brandschutzhelferin und zum Brandschutzhelfer', // past (Tue 28 September 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.wahl, T.gebaerden, T.sorbisch, T.powerpoint, T.azubis, T.brandschutz];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  {
    q: 'was kostet die führungskräfte-basisqualifizierung',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['kostet 480 €'],
    mentions: ['Für Beschäftigte der Kreisverwaltung übernimmt das Haupt- und Personalamt die Gebühr.'],
  },
  {
    q: 'ist der erste-hilfe-kurs kostenlos',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse Brandenburg.'],
  },
  { q: 'how much is the excel course', locale: 'en', kind: 'facts', titles: [T.excel], says: ['costs €85'] },
  // --- facts: when, start time, duration -------------------------------------------------------------------------------
  {
    q: 'wann ist die basisqualifizierung für neue führungskräfte',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 02.12.2027 und Fr., 03.12.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'when is the e-akte key user training',
    locale: 'en',
    kind: 'facts',
    titles: [T.eakte],
    says: ['on 3 days', 'Mon, 22 Nov 2027, Tue, 23 Nov 2027 and Wed, 24 Nov 2027', 'each from 09:00 to 15:00'],
  },
  {
    q: 'um wieviel uhr fängt der erste-hilfe-kurs an',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['beginnt am Do., 25.11.2027 um 08:30 Uhr'],
  },
  {
    q: 'what time does the data protection training start',
    locale: 'en',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['starts on Tue, 19 Oct 2027 at 13:00'],
  },
  {
    q: 'wie lange dauert das moderationsseminar',
    kind: 'facts',
    titles: [T.moderation],
    says: ['dauert 3,5 Stunden, von 13:00 bis 16:30 Uhr'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  { q: 'wo findet das vergabeseminar statt', kind: 'facts', titles: [T.vergabe], says: ['im Kreishaus Lübben'] },
  {
    q: 'ist das ki-seminar online oder vor ort',
    kind: 'facts',
    titles: [T.ki],
    says: [/findet hybrid statt|oder online statt/],
  },
  { q: 'wer macht den excel kurs', kind: 'facts', titles: [T.excel], says: ['leitet Herr Sven Richter'] },
  {
    q: 'who is running "Auf sich und andere achten"',
    locale: 'en',
    kind: 'facts',
    titles: [T.gesund],
    says: ['is led by Frau Dr. Anja Wiese'],
  },
  { q: 'anmeldeschluss vergabeseminar', kind: 'facts', titles: [T.vergabe], says: ['bis Do., 28.10.2027, 23:59 Uhr'] },
  {
    q: 'until when can I sign up for the English front desk course',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 8 Oct 2027, 23:59'],
  },
  {
    q: 'ist beim ersthelfer-lehrgang noch was frei',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  {
    conv: 'scrum',
    q: 'Was kostet der Scrum-Kurs?',
    kind: 'facts',
    titles: [T.scrum],
    says: ['kostet 340 €'],
    mentions: ['Im Preis enthalten sind Seminarunterlagen und Mittagessen.'],
  },
  {
    conv: 'scrum',
    q: 'Und wo findet der statt?',
    kind: 'facts',
    titles: [T.scrum],
    says: ['findet im Dienstgebäude Königs Wusterhausen'],
  },
  {
    conv: 'scrum',
    q: 'bis wann muss ich mich da anmelden',
    kind: 'facts',
    titles: [T.scrum],
    says: ['bis Di., 26.10.2027, 23:59 Uhr'],
  },
  { conv: 'phishing', q: 'is there anything on phishing', locale: 'en', kind: 'list', titles: [T.phishing] },
  {
    conv: 'phishing',
    q: 'Who runs it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['is led by Herr Marcel Pohl'],
  },
  {
    conv: 'phishing',
    q: 'when is that',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['takes place on Fri, 15 Oct 2027 from 09:00 to 11:30'],
  },
  { conv: 'schalter', q: 'was mache ich wenn bürger am schalter rumpöbeln', kind: 'list', titles: [T.deeskalation] },
  {
    conv: 'schalter',
    q: 'und wo ist das?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['findet im Amtsgebäude Unterspreewald'],
  },
  { conv: 'schalter', q: 'was kostet das', kind: 'facts', titles: [T.deeskalation], says: ['ist kostenlos'] },
  // --- topic searches: everyday words, words only in summary or description, synonyms, abbreviations, typos ------------
  { q: 'Gibt es im November etwas zu Informationssicherheit?', kind: 'list', titles: [T.notfall] },
  { q: 'stress im job – gibt es da was', kind: 'list', titles: [T.stress] },
  { q: 'ich muss demnächst workshops moderieren', kind: 'list', titles: [T.moderation] },
  { q: 'gibt es was zu ausschreibungen', kind: 'list', titles: [T.vergabe] },
  { q: 'anything about chatgpt', locale: 'en', kind: 'list', titles: [T.ki] },
  { q: 'was gibts zur dsgvo', kind: 'list', titles: [T.datenschutz] },
  { q: 'ich soll ersthelfer werden', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'wie schreibe ich bescheide ohne amtsdeutsch', kind: 'list', titles: [T.schreiben] },
  { q: 'is there a course on doppik', locale: 'en', kind: 'list', titles: [T.doppik] },
  { q: 'was tun wenn die ganze IT ausfällt', kind: 'list', titles: [T.notfall] },
  { q: 'agiles projektmanagement', kind: 'list', titles: [T.scrum] },
  { q: 'is there a de-escalation training', locale: 'en', kind: 'list', titles: [T.deeskalation] },
  { q: 'exel kurs', kind: 'list', titles: [T.excel] },
  { q: 'moderaton seminar', kind: 'list', titles: [T.moderation] },
  // --- filters: dates, time of day, format, place, free seats, trainer, provider, audience, length, cost, language -----
  { q: 'was ist morgen', kind: 'list', titles: [T.phishing, T.teams] },
  {
    q: 'Welche Seminare finden nächste Woche statt?',
    kind: 'list',
    titles: [T.stress, T.datenschutz, T.english, T.moderation],
  },
  { q: 'nächste woche vormittags was', kind: 'list', titles: [T.stress, T.english] },
  { q: 'anything next week in the afternoon', locale: 'en', kind: 'list', titles: [T.datenschutz, T.moderation] },
  {
    q: 'was läuft in den nächsten zwei wochen',
    kind: 'list',
    titles: [T.phishing, T.teams, T.stress, T.datenschutz, T.english, T.moderation],
  },
  {
    q: "what's on next month",
    locale: 'en',
    kind: 'list',
    titles: [T.excel, T.scrum, T.vergabe, T.notfall, T.ki, T.eakte, T.ersteHilfe],
  },
  {
    q: 'was ist im dezember los',
    kind: 'list',
    titles: [T.gesund, T.fuehrung, T.deeskalation, T.bildschirm, T.schreiben],
  },
  { q: 'online seminare im oktober', kind: 'list', titles: [T.phishing, T.teams, T.stress, T.datenschutz] },
  { q: 'präsenzseminare im dezember', kind: 'list', titles: [T.gesund, T.fuehrung, T.deeskalation, T.schreiben] },
  { q: 'courses in schönefeld', locale: 'en', kind: 'list', ...only(T.english, T.schreiben) },
  { q: 'Kurse von Frau Lange', kind: 'list', ...only(T.moderation, T.scrum) },
  {
    q: 'Was bietet die Kommunalakademie an?',
    kind: 'list',
    ...only(T.datenschutz, T.moderation, T.scrum, T.vergabe, T.fuehrung, T.schreiben, T.doppik),
  },
  {
    q: 'what does the unfallkasse offer',
    locale: 'en',
    kind: 'list',
    ...only(T.ersteHilfe, T.gesund, T.deeskalation, T.bildschirm),
  },
  { q: 'Ich bin Führungskraft – was gibt es für mich?', kind: 'list', ...only(T.notfall, T.gesund, T.fuehrung) },
  { q: 'gibt es kostenlose seminare im dezember', kind: 'list', titles: [T.gesund, T.deeskalation, T.bildschirm] },
  { q: 'Welche Seminare gehen über mehrere Tage?', kind: 'list', ...only(T.eakte, T.fuehrung) },
  { q: 'Gibt es Seminare auf Englisch?', kind: 'list', titles: [T.english] },
  {
    q: 'wo sind in lübben noch plätze frei',
    kind: 'list',
    ...only(T.vergabe, T.notfall, T.eakte, T.ersteHilfe, T.gesund),
  },
  // --- gone, drafts never shown, no match, greeting --------------------------------------------------------------------
  { q: 'wann war der einführungstag für azubis', kind: 'gone', gone: T.azubis, says: ['Mi., 01.09.2027'] },
  { q: 'was kostet der sorbisch-kurs', kind: 'gone', gone: T.sorbisch },
  { q: 'when is the powerpoint course', locale: 'en', kind: 'gone', gone: T.powerpoint },
  { q: 'gibt es eine schulung für wahlhelfer', kind: 'none' },
  { q: 'gibt es einen motorsägenlehrgang', kind: 'none' },
  { q: 'is there a spanish course', locale: 'en', kind: 'none' },
  { q: 'hallo zusammen', kind: 'help' },
  { q: 'hi there', locale: 'en', kind: 'help' },
];

heldoutSuite(
  'answering questions about a hundred-and-third, independent catalogue (Landkreis Dahme-Spreewald, Kommunalakademie)',
  { fixture: 'heldout103-catalogue.json', now, timeZone: TZ, cases: CASES, titles: all, never: NEVER },
);
