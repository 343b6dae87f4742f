// Over-fitting check, ninety-ninth catalogue: the 2028 autumn programme of the Kreis Paderborn with the Studieninstitut
// Westfalen-Lippe, the Kommunales Rechenzentrum Minden-Ravensberg/Lippe (krz), the Unfallkasse NRW and the county's
// Personalentwicklung, for the county and its towns (Paderborn, Delbrück, Bad Lippspringe, Salzkotten, Büren, Gemeinde
// Hövelhof), imported from a JSON file. Seminars take place in the Kreishaus Paderborn (Aldegreverstraße), in the town
// halls of Salzkotten, Büren, Delbrück and Hövelhof, in the Kongresshaus Bad Lippspringe, online or hybrid. Several
// titles do not name their subject ("Formeln statt Taschenrechner" is the Excel course, "Nicht jeder Anhang ist ein
// Geschenk" information security, "Souverän im Gegenwind" de-escalation, "Vom Angebot zum Zuschlag" procurement law,
// "Wasserdicht entscheiden" administrative acts, "Der Tag hat nur acht Stunden" time management, "Kraftquellen im
// Arbeitsalltag" stress, "Helfen, wenn es darauf ankommt" first aid), so only summary, description or topics reveal it;
// one seminar is held in English (international residents at the service desk); the leadership course runs three days
// across the end of summer time; the E-Akte introduction is open to three pilot municipalities only; first aid is free
// because the Unfallkasse NRW pays. Questions are written the way employees type in Teams, in everyday words rather than
// the catalogue's terms, without looking at the parser or the answers. Same assertions as the other suites: exactly the
// expected seminars (best first where one is clearly best), the asked fact in the first sentence, never a draft,
// cancelled or past seminar.
//
// Calendar around `now` (Tuesday 29 August 2028, 10:00 in Paderborn, summer time; winter time begins Sun 29.10.2028):
//   this week:  nothing more today; Wed 30.08. 09:00–11:30 Teams (online, tomorrow), Thu 31.08. 13:00–16:00 data
//               protection (hybrid, afternoon)
//   next week:  Mon 04.09. + Tue 05.09. induction days for trainees (Kreishaus), Wed 06.09. morning stress (online),
//               Thu 07.09. afternoon Excel (Kreishaus); nothing from Fri 08.09. to Wed 13.09. (the cancelled voice
//               training would have been Wed 13.09.), so "the next two weeks" end cleanly
//   September:  Thu 14.09. Scrum (deadline Fri 01.09. 12:00), Tue 19.09. first aid (Salzkotten), Wed 20.09. AI (hybrid),
//               Tue 26.09. procurement (Büren, deadline passed Fri 25.08.)
//   October:    Wed 04.10. English (Kreishaus), Thu 05.10. ergonomics (online), Tue 10.10. information security
//               (online), Thu 12.10. de-escalation (Bad Lippspringe), Tue 17.10. + Wed 18.10. NKF budget, Mon 23.10. +
//               Tue 24.10. (CEST) and Mon 06.11. (CET) leadership, Thu 26.10. administrative acts (Delbrück); the
//               cancelled GIMP course on Wed 11.10.
//   November:   Thu 02.11. time management (online), Tue 07.11. E-Akte (Hövelhof, pilot municipalities), Thu 09.11.
//               difficult conversations for managers, Wed 15.11. accessibility (hybrid), Tue 21.11. plain language
//               (Delbrück), Thu 23.11. minutes and council meetings (Bad Lippspringe); drafts on Mon 13.11. (election
//               officers) and Wed 29.11. (social media)
//   past:       Thu 15.06.2028 Sommerforum Digitale Verwaltung, Mon 10.07.2028 heat protection.
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-08-29T08:00:00Z'); // Tuesday, 29 August 2028, 10:00 in Paderborn (CEST)
const TZ = 'Europe/Berlin';

const T = {
  teams: 'Weniger Mails, mehr Miteinander: Microsoft Teams im Arbeitsalltag', // Wed 30.08. 09:00–11:30, online, krz, Pöppelbaum, 60 €
  datenschutz: 'Wer darf was wissen: Datenschutz im Bürgerkontakt', // Thu 31.08. 13:00–16:00, hybrid (Kreishaus), DSGVO, Dr. Henneke, free
  azubis: 'Gut angekommen: Einführungstage für neue Nachwuchskräfte', // Mon 04.09. + Tue 05.09. 08:30–15:30, Kreishaus, Hüls, free
  stress: 'Kraftquellen im Arbeitsalltag', // Wed 06.09. 09:00–12:30, online, stress and burnout, Tölle, free, 20 seats
  excel: 'Formeln statt Taschenrechner', // Thu 07.09. 13:30–16:30, Kreishaus, krz, Pöppelbaum, Excel (SVERWEIS, pivot), 120 €, 12 seats
  scrum: 'Agil in der Verwaltung: Projekte mit Scrum steuern', // Thu 14.09. 09:00–16:00, Kreishaus, StIWL, Wiesemann, 390 € (note), deadline Fri 01.09. 12:00
  ersteHilfe: 'Helfen, wenn es darauf ankommt', // Tue 19.09. 08:30–16:30, Rathaus Salzkotten, Rüther, first aid, free (Unfallkasse NRW pays)
  ki: 'Kollege Algorithmus: KI-Assistenten im Verwaltungsalltag', // Wed 20.09. 13:00–16:00, hybrid (Kreishaus), krz, Bökamp, ChatGPT, 80 €
  vergabe: 'Vom Angebot zum Zuschlag', // Tue 26.09. 09:00–16:00, Rathaus Büren, StIWL, Schlüter, procurement, 240 €, deadline passed Fri 25.08. 23:59
  ergonomie: 'Gut sitzen, besser arbeiten', // Thu 05.10. 10:00–11:30, online, Unfallkasse NRW, Vahle, neck and back, free
  englisch: 'Serving International Residents: Everyday English at the Service Desk', // Wed 04.10. 09:00–12:30, Kreishaus, English, Gallagher, 85 € (note)
  infosec: 'Nicht jeder Anhang ist ein Geschenk', // Tue 10.10. 09:00–11:00, online, krz, Pöppelbaum, information security, phishing, free
  deeskalation: 'Souverän im Gegenwind', // Thu 12.10. 09:00–15:30, Kongresshaus Bad Lippspringe, Unfallkasse NRW, Kemper, free, 12 seats
  nkf: 'Doppik verstehen: Der kommunale Haushalt nach NKF', // Tue 17.10. + Wed 18.10. 09:00–16:00, Kreishaus, StIWL, Nolte, 420 €
  fuehrung: 'Neu in der Führungsrolle: Vom Teammitglied zur Teamleitung', // Mon 23.10., Tue 24.10. (CEST), Mon 06.11. (CET) 09:00–16:30, Kreishaus, StIWL, Dr. Brinkmann, 690 € (half paid), deadline Mon 02.10. 23:59
  bescheide: 'Wasserdicht entscheiden', // Thu 26.10. 09:00–15:00, Rathaus Delbrück, StIWL, Schlüter, administrative acts, 180 €
  zeit: 'Der Tag hat nur acht Stunden', // Thu 02.11. 09:00–13:00, online, StIWL, Sander, time management, 95 €
  eakte: 'Die E-Akte kommt: Einführung für die Pilotkommunen', // Tue 07.11. 09:00–12:00, Rathaus Hövelhof, krz, Bökamp, 120 € (note), pilot municipalities only
  gespraeche: 'Klartext mit Respekt', // Thu 09.11. 09:00–16:00, Kreishaus, Personalentwicklung, Kötter, difficult conversations, for managers, 210 €
  barriere: 'Für alle lesbar: Barrierefreie Dokumente und Webseiten', // Wed 15.11. 13:00–16:00, hybrid (Kreishaus), krz, Fischer, 90 €
  sprache: 'Klar gesagt, gut verstanden', // Tue 21.11. 09:00–15:00, Rathaus Delbrück, StIWL, Sander, plain language, 160 €
  protokoll: 'Kurz und bündig: Niederschriften in Rat und Ausschüssen', // Thu 23.11. 09:00–15:30, Kongresshaus Bad Lippspringe, StIWL, Lütkemeier, 170 €
  wahl: 'Gut gerüstet für den Wahlsonntag: Schulung für Wahlvorstände', // draft
  social: 'Kommune im Netz: Social Media für Städte und Gemeinden', // draft
  stimme: 'Gut bei Stimme: Sprechtraining für Beratung und Telefon', // cancelled (Wed 13.09.2028)
  gimp: 'Bilder fürs Amtsblatt: Bildbearbeitung mit GIMP', // cancelled (Wed 11.10.2028)
  hitze: 'Kühlen Kopf bewahren: Hitzeschutz am Arbeitsplatz', // past (Mon 10 July 2028)
  sommerforum: 'Sommerforum Digitale Verwaltung 2028', // past (Thu 15 June 2028)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.wahl, T.social, T.stimme, T.gimp, T.hitze, T.sommerforum];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  { q: 'was kostet der doppik kurs', kind: 'facts', titles: [T.nkf], says: ['kostet 420 €'] },
  {
    q: 'ist der erste hilfe kurs umsonst',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse NRW.'],
  },
  {
    q: 'how much is the leadership programme for new team leaders',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['costs €690'],
    mentions: ['Für Beschäftigte des Kreises Paderborn übernimmt die Personalentwicklung die Hälfte der Gebühr.'],
  },
  // --- facts: when (across the end of summer time), start time, duration -----------------------------------------------
  {
    q: 'wann ist neu in der führungsrolle',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 3 Tagen', 'Mo., 23.10.2028, Di., 24.10.2028 und Mo., 06.11.2028', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    q: 'when is the NKF course',
    locale: 'en',
    kind: 'facts',
    titles: [T.nkf],
    says: ['on 2 days', 'Tue, 17 Oct 2028 and Wed, 18 Oct 2028', 'each from 09:00 to 16:00'],
  },
  {
    q: 'um wie viel uhr fängt der excel kurs an',
    kind: 'facts',
    titles: [T.excel],
    says: ['beginnt am Do., 07.09.2028 um 13:30 Uhr'],
  },
  {
    q: 'what time does the data protection session start',
    locale: 'en',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['starts on Thu, 31 Aug 2028 at 13:00'],
  },
  {
    q: 'wie lange geht das seminar zum thema stress',
    kind: 'facts',
    titles: [T.stress],
    says: ['dauert 3,5 Stunden, von 09:00 bis 12:30 Uhr'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  { q: 'wo findet die vergabeschulung statt', kind: 'facts', titles: [T.vergabe], says: ['im Rathaus Büren'] },
  {
    q: 'where does the e-akte training take place',
    locale: 'en',
    kind: 'facts',
    titles: [T.eakte],
    says: ['at Rathaus Hövelhof'],
  },
  {
    q: 'ist das ki seminar in präsenz oder online',
    kind: 'facts',
    titles: [T.ki],
    says: [/findet hybrid statt|oder online/],
  },
  { q: 'wer macht den zeitmanagement kurs', kind: 'facts', titles: [T.zeit], says: ['leitet Frau Katrin Sander'] },
  {
    q: 'bis wann muss ich mich für scrum anmelden',
    kind: 'facts',
    titles: [T.scrum],
    says: ['bis Fr., 01.09.2028, 12:00 Uhr'],
  },
  {
    q: 'bis wann kann man sich für vom angebot zum zuschlag anmelden',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['am Fr., 25.08.2028, 23:59 Uhr abgelaufen'],
  },
  {
    q: "what's the registration deadline for the new team leaders course",
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['until Mon, 2 Oct 2028, 23:59'],
  },
  {
    q: 'wie viele plätze sind im excel kurs noch frei',
    kind: 'facts',
    titles: [T.excel],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  {
    conv: 'scrum',
    q: 'was kostet der scrum-kurs',
    kind: 'facts',
    titles: [T.scrum],
    says: ['kostet 390 €'],
    mentions: ['Arbeitsunterlagen und Mittagessen sind enthalten.'],
  },
  { conv: 'scrum', q: 'und wo findet der statt', kind: 'facts', titles: [T.scrum], says: ['im Kreishaus Paderborn'] },
  { conv: 'scrum', q: 'wer leitet den', kind: 'facts', titles: [T.scrum], says: ['leitet Herr Thomas Wiesemann'] },
  { conv: 'phishing', q: 'any training on spotting phishing emails', locale: 'en', kind: 'list', titles: [T.infosec] },
  {
    conv: 'phishing',
    q: 'is it online',
    locale: 'en',
    kind: 'facts',
    titles: [T.infosec],
    says: ['takes place online'],
  },
  {
    conv: 'phishing',
    q: 'who runs it',
    locale: 'en',
    kind: 'facts',
    titles: [T.infosec],
    says: ['is led by Herr Jan Pöppelbaum'],
  },
  { conv: 'schalter', q: 'was mach ich wenn leute am schalter ausrasten', kind: 'list', titles: [T.deeskalation] },
  {
    conv: 'schalter',
    q: 'und wo ist das',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['im Kongresshaus Bad Lippspringe'],
  },
  {
    conv: 'schalter',
    q: 'sind da noch plätze frei',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  // --- topic searches: everyday words, words only in summary or description, synonyms, abbreviations -------------------
  { q: 'gibt es im oktober etwas zu informationssicherheit', kind: 'list', titles: [T.infosec] },
  { q: 'ich hab dauernd verspannungen im nacken vom bildschirm', kind: 'list', titles: [T.ergonomie] },
  { q: 'was kann ich gegen burnout tun', kind: 'list', titles: [T.stress] },
  { q: 'wo lerne ich sverweis', kind: 'list', titles: [T.excel] },
  { q: 'gibts was zu chatgpt', kind: 'list', titles: [T.ki] },
  { q: 'dsgvo schulung', kind: 'list', titles: [T.datenschutz] },
  { q: 'wie läuft eine öffentliche ausschreibung ab', kind: 'list', titles: [T.vergabe] },
  { q: 'wie formuliere ich eine rechtsbehelfsbelehrung richtig', kind: 'list', titles: [T.bescheide] },
  { q: 'briefe ohne amtsdeutsch schreiben', kind: 'list', titles: [T.sprache] },
  { q: 'barrierefreie pdfs erstellen', kind: 'list', titles: [T.barriere] },
  { q: 'where can i learn to use a defibrillator', locale: 'en', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'is there something for people who just became team leaders', locale: 'en', kind: 'list', first: T.fuehrung },
  // --- typos -----------------------------------------------------------------------------------------------------------
  { q: 'exel kurs', kind: 'list', titles: [T.excel] },
  { q: 'deeskalaton training', kind: 'list', titles: [T.deeskalation] },
  // --- filters: dates, time of day, format, place, free seats, trainer, provider, audience, length, cost, language -----
  { q: 'was gibt es diese woche noch', kind: 'list', titles: [T.teams, T.datenschutz] },
  { q: "what's on tomorrow", locale: 'en', kind: 'list', titles: [T.teams] },
  { q: 'welche seminare finden nächste woche statt', kind: 'list', titles: [T.azubis, T.stress, T.excel] },
  { q: 'gibts diese woche was am nachmittag', kind: 'list', titles: [T.datenschutz] },
  {
    q: 'was läuft in den nächsten zwei wochen',
    kind: 'list',
    titles: [T.teams, T.datenschutz, T.azubis, T.stress, T.excel],
  },
  {
    q: 'anything next month',
    locale: 'en',
    kind: 'list',
    titles: [T.azubis, T.stress, T.excel, T.scrum, T.ersteHilfe, T.ki, T.vergabe],
  },
  {
    q: 'was gibt es im oktober',
    kind: 'list',
    titles: [T.englisch, T.ergonomie, T.infosec, T.deeskalation, T.nkf, T.fuehrung, T.bescheide],
  },
  { q: 'welche online seminare gibt es im oktober', kind: 'list', titles: [T.ergonomie, T.infosec] },
  {
    q: 'gibt es kostenlose seminare',
    kind: 'list',
    ...only(T.datenschutz, T.azubis, T.stress, T.ersteHilfe, T.ergonomie, T.infosec, T.deeskalation),
  },
  { q: 'wo sind in bad lippspringe noch plätze frei', kind: 'list', ...only(T.deeskalation, T.protokoll) },
  { q: 'kurse von frau sander', kind: 'list', ...only(T.zeit, T.sprache) },
  {
    q: 'was bietet das studieninstitut an',
    kind: 'list',
    ...only(T.scrum, T.vergabe, T.nkf, T.fuehrung, T.bescheide, T.zeit, T.sprache, T.protokoll),
  },
  {
    q: 'which courses does the krz offer',
    locale: 'en',
    kind: 'list',
    ...only(T.teams, T.excel, T.ki, T.infosec, T.eakte, T.barriere),
  },
  { q: 'ich bin führungskraft – was gibt es für mich', kind: 'list', ...only(T.fuehrung, T.gespraeche) },
  { q: 'welche seminare gehen über mehrere tage', kind: 'list', ...only(T.azubis, T.nkf, T.fuehrung) },
  { q: 'gibt es seminare auf englisch', kind: 'list', titles: [T.englisch] },
  // --- gone, drafts never shown, no match, greeting --------------------------------------------------------------------
  { q: 'wann war das seminar zum hitzeschutz', kind: 'gone', gone: T.hitze, says: ['Mo., 10.07.2028'] },
  {
    q: 'when was the summer forum on digital administration',
    locale: 'en',
    kind: 'gone',
    gone: T.sommerforum,
    says: ['Thu, 15 Jun 2028'],
  },
  { q: 'was kostet das stimmtraining', kind: 'gone', gone: T.stimme },
  { q: 'findet der gimp kurs statt', kind: 'gone', gone: T.gimp },
  { q: 'gibt es eine schulung für wahlhelfer', kind: 'none' },
  { q: 'anything on instagram', locale: 'en', kind: 'none' },
  { q: 'gibts nen kettensägen lehrgang für den bauhof', kind: 'none' },
  { q: 'hallo', kind: 'help' },
  { q: 'hi', locale: 'en', kind: 'help' },
];

heldoutSuite(
  'answering questions about a ninety-ninth, independent catalogue (Kreis Paderborn, Studieninstitut Westfalen-Lippe, krz)',
  {
    fixture: 'heldout99-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
