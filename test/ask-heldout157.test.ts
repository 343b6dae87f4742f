// Over-fitting check, hundred-and-fifty-seventh catalogue: the 2027 autumn programme of the Landkreis Germersheim
// (Rhineland-Palatinate) with the Kommunal-Akademie Rheinland-Pfalz, the Kreisverwaltung's Referat IT, Personalentwicklung
// and Brand- und Katastrophenschutz, the Unfallkasse Rheinland-Pfalz and the Kreisvolkshochschule Germersheim (KVHS), for
// the county, the towns of Germersheim and Wörth am Rhein and the Verbandsgemeinden Kandel, Bellheim, Lingenfeld,
// Rülzheim and Jockgrim, imported from a JSON file. Seminars take place in the Kreisverwaltung Germersheim, the town halls
// of Wörth am Rhein, Jockgrim and Germersheim, the Verbandsgemeindeverwaltungen Kandel and Bellheim, the
// KVHS-Bildungszentrum Bellheim and the Fortbildungszentrum Rülzheim, online or hybrid. Fourteen titles do not name their
// subject ("Misstrauen ist erlaubt" is information security and phishing, "Gemeinsam im Kanal" Microsoft Teams,
// "Durchatmen im Dienst" stress, "Briefe, die ankommen" plain language, "Der digitale Kollege" AI, "Soll und Ist im
// Blick" the municipal budget and Doppik, "Ordner adé" the e-file, "Kühler Kopf am Tresen" de-escalation, "Gerade
// sitzen, locker bleiben" back health and ergonomics (also in the home office), "Kurz, klar, vollständig" minutes of
// council meetings, "Anträge rund um die Uhr" the OZG, "Die ersten hundert Tage" leadership for new managers, "Wenn die
// Chemie nicht stimmt" conflicts in the team, "Wenn der Rhein steigt" flood protection, "Für alle lesbar" accessible
// documents), so only summary, description or topics reveal it; one seminar is held in English; the leadership course
// runs on two days across the end of summer time; the e-file course is open only to Bellheim and Lingenfeld; first aid,
// flood protection and the trainees' exam preparation are free with a note on who pays. Questions are written the way an
// acceptance tester asks, complete and polite, about a third in English, mostly with the everyday words or the words of
// a description rather than the catchy title, a few typos, without looking at the parser or the answers. Same
// assertions as the other suites: exactly the expected seminars (best first where one is clearly best), the asked fact
// in the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Tuesday 14 September 2027, 09:15 in Germersheim, summer time; winter time begins Sun 31.10.2027):
//   this week:  nothing more today; Wed 15.09. 09:00–12:00 information security (online, tomorrow), Thu 16.09.
//               13:30–16:30 Excel (online), Fri 17.09. 09:00–12:30 data protection (hybrid, Kreisverwaltung)
//   next week:  Mon 20.09. 09:00–12:00 Teams (online), Tue 21.09. 14:00–16:00 stress (online), Wed 22.09. 09:00–12:30
//               plain language (Kandel; deadline Wed 15.09. 12:00), Thu 23.09. 09:00–12:30 English (Kreisverwaltung;
//               deadline passed Fri 10.09. 23:59) — no full-day seminar next week
//   then:       Tue 28.09. 13:00–16:00 AI (hybrid, Kreisverwaltung), Wed 29.09. 08:30–16:30 first aid (Wörth); the
//               cancelled Outlook course on Thu 30.09.
//   October:    Mon 04. budget/Doppik (Kreisverwaltung; deadline Mon 20.09. 12:00), Thu 07. de-escalation (Wörth),
//               Tue 12. procurement (Kreisverwaltung; deadline Tue 28.09.), Thu 14. 14:00–15:30 ergonomics (online),
//               Wed 20. 13:00–16:00 OZG (online), Thu 28.10. (CEST) first day of the leadership course (Rülzheim); the
//               cancelled ladder course for the Bauhof on Mon 25.10.
//   November:   Wed 03. e-file (VG Bellheim, only Bellheim and Lingenfeld), Tue 09. team conflicts (KVHS Bellheim),
//               Wed 10. building law (Kreisverwaltung), Thu 11.11. (CET) second day of the leadership course, Tue 16.
//               minutes (Jockgrim), Thu 18. 09:00–13:00 flood protection (hybrid, Rathaus Germersheim); the draft
//               heat-planning course on Tue 23.11.
//   December:   Thu 02. exam preparation for trainees (Kreisverwaltung), Tue 07. accessible documents (online); the
//               draft social-media course on Wed 08.12.
//   past:       Thu 17.06.2027 municipal charges law (Kreisverwaltung), Tue 06.07.2027 bicycle and e-bike safety.
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-09-14T07:15:00Z'); // Tuesday, 14 September 2027, 09:15 in Germersheim (CEST)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Misstrauen ist erlaubt', // Wed 15.09. 09:00–12:00, online, Referat IT, Frey, information security / phishing, free
  excel: 'Excel im Verwaltungsalltag: Formeln, Filter und Pivot-Tabellen', // Thu 16.09. 13:30–16:30, online, KVHS, Wolf, 79 € (Dienststelle pays)
  datenschutz: 'Datenschutz im Verwaltungsalltag: DSGVO und Landesdatenschutzgesetz', // Fri 17.09. 09:00–12:30, hybrid (Kreisverwaltung), Personalentwicklung, free
  teams: 'Gemeinsam im Kanal', // Mon 20.09. 09:00–12:00, online, Referat IT, Kessler, Microsoft Teams, free
  stress: 'Durchatmen im Dienst', // Tue 21.09. 14:00–16:00, online, Unfallkasse, Schreiber, stress / health, free
  briefe: 'Briefe, die ankommen', // Wed 22.09. 09:00–12:30, VG-Verwaltung Kandel, Kommunal-Akademie, Weber, plain language, 110 €
  english: 'Welcome to the Kreisverwaltung: English at the Front Desk', // Thu 23.09. 09:00–12:30, Kreisverwaltung, KVHS, in English, 95 €, deadline passed Fri 10.09. 23:59
  ki: 'Der digitale Kollege', // Tue 28.09. 13:00–16:00, hybrid (Kreisverwaltung), Referat IT, Frey, AI / ChatGPT, free
  ersteHilfe: 'Erste Hilfe im Dienst: Ausbildung für betriebliche Ersthelferinnen und Ersthelfer', // Wed 29.09. 08:30–16:30, Rathaus Wörth, Unfallkasse, free (Unfallkasse pays)
  haushalt: 'Soll und Ist im Blick', // Mon 04.10. 09:00–16:00, Kreisverwaltung, Kommunal-Akademie, Dr. Marx, budget law / Doppik, 210 €, deadline Mon 20.09. 12:00
  eakte: 'Ordner adé', // Wed 03.11. 09:00–12:00, VG-Verwaltung Bellheim, Referat IT, Kessler, e-file, only Bellheim/Lingenfeld, free
  deeskalation: 'Kühler Kopf am Tresen', // Thu 07.10. 09:00–15:00, Rathaus Wörth, Unfallkasse, Brecht, de-escalation, free, 12 seats
  vergabe: 'Vergaberecht kompakt: UVgO und VOB/A für kommunale Auftraggeber', // Tue 12.10. 09:00–16:00, Kreisverwaltung, Kommunal-Akademie, Roth, 230 €
  ruecken: 'Gerade sitzen, locker bleiben', // Thu 14.10. 14:00–15:30, online, Unfallkasse, Schreiber, back health / ergonomics / home office, free
  protokoll: 'Kurz, klar, vollständig', // Tue 16.11. 09:00–16:00, Rathaus Jockgrim, Kommunal-Akademie, Seibel, minutes, 150 €
  ozg: 'Anträge rund um die Uhr', // Wed 20.10. 13:00–16:00, online, Referat IT, Kessler, OZG / online services, free
  fuehrung: 'Die ersten hundert Tage', // Thu 28.10. (CEST) and Thu 11.11. (CET) 09:00–16:00, Fortbildungszentrum Rülzheim, Kommunal-Akademie, Dr. Lehmann, 420 €, new managers
  konflikte: 'Wenn die Chemie nicht stimmt', // Tue 09.11. 09:00–16:00, KVHS-Bildungszentrum Bellheim, KVHS, Hoffmann, team conflicts, 120 €, for managers
  baurecht: 'Bauen im Außenbereich: § 35 BauGB in der Praxis', // Wed 10.11. 09:00–16:00, Kreisverwaltung, Kommunal-Akademie, Dr. Brandt, 240 €
  hochwasser: 'Wenn der Rhein steigt', // Thu 18.11. 09:00–13:00, hybrid (Rathaus Germersheim), Brand- und Katastrophenschutz, Fischer, flood protection, free, 40 seats
  azubis: 'Fit für die Zwischenprüfung', // Thu 02.12. 08:30–15:30, Kreisverwaltung, Personalentwicklung, exam preparation for trainees, free, deadline Thu 18.11.
  barrierefrei: 'Für alle lesbar', // Tue 07.12. 09:00–12:00, online, KVHS, Wolf, accessible documents, 60 €
  waermeplanung: 'Kommunale Wärmeplanung: Grundlagen für Bau- und Klimaschutzverwaltung', // draft (Tue 23.11.)
  socialMedia: 'Social Media im Rathaus: Instagram, Facebook und Co.', // draft (Wed 08.12.)
  outlook: 'Outlook im Griff: Postfach, Kalender und Aufgaben organisieren', // cancelled (Thu 30.09.2027)
  leitern: 'Sicher auf Leitern und Tritten: Unterweisung für Bauhofbeschäftigte', // cancelled (Mon 25.10.2027)
  abgaben: 'Grundlagen des Kommunalabgabenrechts: Beiträge und Gebühren', // past (Thu 17 June 2027)
  dienstrad: 'Sicher unterwegs mit Dienstrad und E-Bike', // past (Tue 6 July 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.waermeplanung, T.socialMedia, T.outlook, T.leitern, T.abgaben, T.dienstrad];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  { q: 'Was kostet das Seminar zum Vergaberecht?', kind: 'facts', titles: [T.vergabe], says: ['kostet 230 €'] },
  {
    q: 'Muss ich für die Ersthelfer-Ausbildung etwas bezahlen?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühren übernimmt die Unfallkasse Rheinland-Pfalz.'],
  },
  {
    q: 'How much does the seminar on building law cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.baurecht],
    says: ['costs €240'],
  },
  // --- facts: when (across the end of summer time), start time, duration -----------------------------------------------
  {
    q: 'Wann findet die Datenschutzschulung statt?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['am Fr., 17.09.2027 von 09:00 bis 12:30 Uhr'],
  },
  {
    q: 'Wann ist das Seminar „Die ersten hundert Tage“?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 28.10.2027 und Do., 11.11.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'When is the first aid training?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['on Wed, 29 Sep 2027 from 08:30 to 16:30'],
  },
  {
    q: 'Um wie viel Uhr beginnt der Excel-Kurs?',
    kind: 'facts',
    titles: [T.excel],
    says: ['beginnt am Do., 16.09.2027 um 13:30 Uhr'],
  },
  {
    q: 'What time does the Microsoft Teams training start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.teams],
    says: ['starts on Mon, 20 Sep 2027 at 09:00'],
  },
  {
    q: 'Wie lange dauert das Seminar zu Rückenschmerzen am Bildschirmarbeitsplatz?',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['dauert 1,5 Stunden, von 14:00 bis 15:30 Uhr'],
  },
  {
    q: 'How long does the leadership course for new managers last?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['lasts 2 days, each from 09:00 to 16:00'],
  },
  // --- facts: where, trainer, deadline, seats, format ------------------------------------------------------------------
  {
    q: 'Wo findet die Schulung zum Bauen im Außenbereich statt?',
    kind: 'facts',
    titles: [T.baurecht],
    says: ['findet in der Kreisverwaltung Germersheim'],
  },
  {
    q: 'Where does the de-escalation training take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['takes place at Rathaus Wörth am Rhein'],
  },
  {
    q: 'Wer leitet die Schulung zur Protokollführung?',
    kind: 'facts',
    titles: [T.protokoll],
    says: ['leitet Herr Klaus Seibel'],
  },
  {
    q: 'Who teaches the procurement seminar?',
    locale: 'en',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['is led by Herr Stefan Roth'],
  },
  {
    q: 'Bis wann kann ich mich für das Seminar zum Haushaltsrecht anmelden?',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['bis Mo., 20.09.2027, 12:00 Uhr'],
  },
  {
    q: 'What is the registration deadline for the English course for front-desk staff?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 10 Sep 2027, 23:59'],
  },
  {
    q: 'Sind im Deeskalationstraining noch Plätze frei?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  {
    q: 'Are there still seats available in the flood protection seminar?',
    locale: 'en',
    kind: 'facts',
    titles: [T.hochwasser],
    says: ['has 40 of 40 seats left'],
  },
  {
    q: 'Findet die Schulung zum Onlinezugangsgesetz online oder vor Ort statt?',
    kind: 'facts',
    titles: [T.ozg],
    says: ['findet online statt'],
  },
  { q: 'Is the AI training online or in person?', locale: 'en', kind: 'facts', titles: [T.ki], says: ['is hybrid'] },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  { conv: 'betrug', q: 'Wie schütze ich mich vor Betrugsmails?', kind: 'list', titles: [T.phishing] },
  {
    conv: 'betrug',
    q: 'Wann ist das?',
    kind: 'facts',
    titles: [T.phishing],
    says: ['am Mi., 15.09.2027 von 09:00 bis 12:00 Uhr'],
  },
  { conv: 'betrug', q: 'Und kostet das etwas?', kind: 'facts', titles: [T.phishing], says: ['ist kostenlos'] },
  {
    conv: 'letters',
    q: 'Do you have anything on writing letters citizens understand?',
    locale: 'en',
    kind: 'list',
    titles: [T.briefe],
  },
  {
    conv: 'letters',
    q: 'Where is it held?',
    locale: 'en',
    kind: 'facts',
    titles: [T.briefe],
    says: ['takes place at Verbandsgemeindeverwaltung Kandel'],
  },
  {
    conv: 'letters',
    q: 'Who is the trainer?',
    locale: 'en',
    kind: 'facts',
    titles: [T.briefe],
    says: ['is led by Frau Julia Weber'],
  },
  { conv: 'rhein', q: 'Gibt es etwas zum Hochwasserschutz?', kind: 'list', titles: [T.hochwasser] },
  {
    conv: 'rhein',
    q: 'Kann man da auch online teilnehmen?',
    kind: 'facts',
    titles: [T.hochwasser],
    says: ['findet hybrid statt'],
  },
  // --- topic searches: everyday words, words only in summary or description, synonyms, typos ---------------------------
  { q: 'Gibt es was gegen Stress?', kind: 'list', titles: [T.stress] },
  { q: 'Ich suche eine Fortbildung zum Thema KI.', kind: 'list', titles: [T.ki] },
  { q: 'Welche Seminare gibt es zum Datenschuz?', kind: 'list', titles: [T.datenschutz] },
  { q: 'Gibt es eine Schulung zum kommunalen Haushalt?', kind: 'list', titles: [T.haushalt] },
  { q: 'Wie richte ich meinen Arbeitsplatz im Homeoffice rückenfreundlich ein?', kind: 'list', titles: [T.ruecken] },
  { q: 'Gibt es eine Einführung in die elektronische Akte?', kind: 'list', titles: [T.eakte] },
  { q: 'Wie gehe ich mit aggressiven Bürgern am Schalter um?', kind: 'list', titles: [T.deeskalation] },
  { q: 'Ich muss im Ausschuss Protokoll führen – gibt es dazu eine Schulung?', kind: 'list', titles: [T.protokoll] },
  { q: 'Bei uns im Team gibt es ständig Streit. Gibt es dazu ein Seminar?', kind: 'list', titles: [T.konflikte] },
  { q: 'Gibt es einen Exel-Kurs?', kind: 'list', titles: [T.excel] },
  { q: 'Is there any training on ChatGPT?', locale: 'en', kind: 'list', titles: [T.ki] },
  { q: 'Is there a course on recognising phishing e-mails?', locale: 'en', kind: 'list', titles: [T.phishing] },
  { q: 'Do you have anything on collaborating in Microsoft Teams?', locale: 'en', kind: 'list', titles: [T.teams] },
  { q: 'Do you offer anything on accessible documents?', locale: 'en', kind: 'list', titles: [T.barrierefrei] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, length, cost, language, seats ---------
  { q: 'Was findet morgen statt?', kind: 'list', titles: [T.phishing] },
  { q: 'Welche Seminare gibt es diese Woche noch?', kind: 'list', titles: [T.phishing, T.excel, T.datenschutz] },
  { q: 'Was gibt es nächste Woche nachmittags?', kind: 'list', titles: [T.stress] },
  {
    q: "What's on next week in the morning?",
    locale: 'en',
    kind: 'list',
    titles: [T.teams, T.briefe, T.english],
  },
  {
    q: "What's on next month?",
    locale: 'en',
    kind: 'list',
    titles: [T.haushalt, T.deeskalation, T.vergabe, T.ruecken, T.ozg, T.fuehrung],
  },
  { q: 'Welche kostenlosen Seminare gibt es im Oktober?', kind: 'list', titles: [T.deeskalation, T.ruecken, T.ozg] },
  { q: 'Are there any free courses next week?', locale: 'en', kind: 'list', titles: [T.teams, T.stress] },
  { q: 'Welche Seminare im Dezember haben noch freie Plätze?', kind: 'list', titles: [T.azubis, T.barrierefrei] },
  { q: 'Welche Seminare finden hybrid statt?', kind: 'list', ...only(T.datenschutz, T.ki, T.hochwasser) },
  { q: 'Welche Seminare finden in Wörth statt?', kind: 'list', ...only(T.ersteHilfe, T.deeskalation) },
  {
    q: 'Which seminars are taught by Sabine Kessler?',
    locale: 'en',
    kind: 'list',
    ...only(T.teams, T.eakte, T.ozg),
  },
  {
    q: 'Was bietet die Unfallkasse Rheinland-Pfalz an?',
    kind: 'list',
    ...only(T.stress, T.ersteHilfe, T.deeskalation, T.ruecken),
  },
  { q: 'Welche Angebote richten sich an Führungskräfte?', kind: 'list', ...only(T.konflikte, T.fuehrung) },
  { q: 'Welche Seminare dauern mehrere Tage?', kind: 'list', titles: [T.fuehrung] },
  { q: 'Gibt es Seminare auf Englisch?', kind: 'list', titles: [T.english] },
  // --- gone, drafts never shown, no match, greeting, thanks ------------------------------------------------------------
  { q: 'Wann findet der Outlook-Kurs statt?', kind: 'gone', gone: T.outlook },
  {
    q: 'Is the course „Sicher auf Leitern und Tritten“ still taking place?',
    locale: 'en',
    kind: 'gone',
    gone: T.leitern,
  },
  {
    q: 'Wann war das Seminar zum Kommunalabgabenrecht?',
    kind: 'gone',
    gone: T.abgaben,
    says: ['Do., 17.06.2027'],
  },
  { q: 'Wann findet das Seminar „Kommunale Wärmeplanung“ statt?', kind: 'none' },
  { q: 'Haben Sie einen Kurs für den Gabelstaplerschein?', kind: 'none' },
  { q: 'Hallo! Wobei können Sie mir helfen?', kind: 'help' },
  { q: 'Vielen Dank für die schnelle Auskunft!', kind: 'thanks' },
];

heldoutSuite(
  'answering questions about a hundred-and-fifty-seventh, independent catalogue (Landkreis Germersheim, Kommunal-Akademie RLP, Unfallkasse RLP)',
  {
    fixture: 'heldout157-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
