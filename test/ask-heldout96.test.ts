// Over-fitting check, ninety-sixth catalogue: the summer 2028 programme of the Landkreis Mecklenburgische Seenplatte with
// the Fachhochschule für öffentliche Verwaltung, Polizei und Rechtspflege M-V (Güstrow), the Zweckverband eGo-MV, the
// Unfallkasse Mecklenburg-Vorpommern and the county's Personalamt, for the county and its towns (Neubrandenburg, Waren
// (Müritz), Neustrelitz, Demmin, Malchin, Amt Stavenhagen), imported from a JSON file. Seminars take place in the
// Kreishaus Neubrandenburg, the Verwaltungshaus Waren and the Verwaltungshaus Neustrelitz, in the town halls of Demmin
// and Malchin, on the campus of the Fachhochschule in Güstrow, online or hybrid. Several titles do not name their subject
// ("Vorsicht, Köder" is the phishing course, "Wenn der Akku leer ist" the stress course, "Nicht persönlich nehmen"
// de-escalation, "Vom Bedarf zum Zuschlag" procurement, "Schreiben lassen, selbst entscheiden" AI assistants, "Kurz, klar,
// freundlich" plain language, "Jeder Euro zählt" the Doppik budget course), so only summary, description or topics reveal
// it; one seminar is held in English (international residents at the service desk); the leadership basics run three days
// in Güstrow and their registration deadline has passed; the Sitzungsdienst course is open to Demmin, Malchin and Amt
// Stavenhagen only; first aid is free because the Unfallkasse pays. Half of the questions are in English (colleagues from
// an international project team), half in German, written the way people type in Teams, without looking at the parser or
// the answers. Same assertions as the other suites: exactly the expected seminars (best first where one is clearly best),
// the asked fact in the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Tuesday 6 June 2028, 10:00 in Neubrandenburg, summer time CEST; Pfingsten was Sun 04./Mon
// 05.06.2028; winter time begins Sun 29.10.2028):
//   this week:  nothing more today; Wed 07.06. 13:00–15:30 E-Akte (online, tomorrow), Fri 09.06. 09:00–11:30 heat
//               protection (hybrid, Kreishaus)
//   next week:  Mon 12.06. morning (objection procedure, online), Tue 13.06. afternoon (phishing, online),
//               Wed 14.06. morning (English, Kreishaus), Thu 15.06. afternoon (stress, online); Fri 16.06. nothing
//   then:       nothing from 16.06. to 21.06. except the cancelled video-conference course on Tue 20.06.;
//               Thu 22.06. procurement (Neustrelitz), Tue 27.06. de-escalation (Demmin), Thu 29.06. first aid (Waren)
//   July:       Mon–Wed 03./04./05. leadership basics (Güstrow), Thu 06. OZG (online), Tue 11. Sitzungsdienst (Malchin),
//               Wed 12. AI (hybrid), Tue 18. plain language (Waren), Thu 20. healthy leadership (online);
//               the cancelled team day on the Müritz on Fri 07.07.
//   August:     Tue 01.08. trainees' induction day (Kreishaus), Wed 23.08. Wohngeld (online)
//   later:      Tue 12.09. budget/Doppik (Kreishaus); Thu 09.11. (CET) safety officers (Waren);
//               drafts: Excel on Tue 19.09., civil protection on Tue 10.10.
//   past:       Tue 25.04.2028 fire safety wardens (Neustrelitz), Thu 11.05.2028 service of documents (online).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-06-06T08:00:00Z'); // Tuesday, 6 June 2028, 10:00 in Neubrandenburg (CEST)
const TZ = 'Europe/Berlin';

const T = {
  eakte: 'Schluss mit dem Papierstapel: Die E-Akte im Arbeitsalltag', // Wed 07.06.2028 13:00–15:30, online, eGo-MV, Krüger, DMS, free
  hitze: 'Kühler Kopf an heißen Tagen', // Fri 09.06. 09:00–11:30, hybrid (Kreishaus Neubrandenburg), Unfallkasse, Peters, heat protection, free
  widerspruch: 'Widerspruchsverfahren sicher bearbeiten', // Mon 12.06. 09:00–12:30, online, FH Güstrow, Brüning, 95 € (Personalamt pays for county staff)
  phishing: 'Vorsicht, Köder: Sicher durch den digitalen Alltag', // Tue 13.06. 13:00–15:00, online, eGo-MV, Wendt, IT security, free
  english: 'Serving International Residents: English at the Service Desk', // Wed 14.06. 09:00–12:30, Kreishaus, Personalamt, English, deadline Fri 09.06. 23:59, free
  stress: 'Wenn der Akku leer ist', // Thu 15.06. 13:30–16:00, online, Personalamt, Schwarz, stress/burnout, free, 20 seats
  vergabe: 'Vom Bedarf zum Zuschlag', // Thu 22.06. 09:00–16:00, Verwaltungshaus Neustrelitz, FH Güstrow, 240 € (lunch included), deadline Thu 15.06. 23:59, procurement
  deeskalation: 'Nicht persönlich nehmen', // Tue 27.06. 09:00–15:00, Rathaus Demmin, Personalamt, Lüdtke, 160 €, 12 seats
  ersteHilfe: 'Erste Hilfe im Dienst: Ausbildung für betriebliche Ersthelfende', // Thu 29.06. 08:30–16:30, Verwaltungshaus Waren, Unfallkasse, Rakow, free (Unfallkasse pays)
  fuehrung: 'Neu in der Führungsrolle: Grundlagenmodul für Führungskräfte', // Mon–Wed 03.–05.07. 09:00–16:00, FH Güstrow, Dr. Brandt, 590 €, deadline passed Fri 26.05. 23:59
  ozg: 'Der Antrag kommt jetzt digital', // Thu 06.07. 09:00–12:00, online, eGo-MV, Wendt, OZG, free
  sitzung: 'Gut vorbereitet in die Sitzung: Gemeindevertretung und Ausschüsse begleiten', // Tue 11.07. 09:00–15:00, Rathaus Malchin, Personalamt, 120 €, only Demmin/Malchin/Stavenhagen, minutes
  ki: 'Schreiben lassen, selbst entscheiden', // Wed 12.07. 13:00–16:00, hybrid (Kreishaus), eGo-MV, Neumann, AI assistants, free
  sprache: 'Kurz, klar, freundlich', // Tue 18.07. 09:00–15:00, Verwaltungshaus Waren, FH Güstrow, Jahnke, 150 €, 14 seats, plain language
  gesundFuehren: 'Gesund führen: Wie Führungskräfte ihr Team stärken', // Thu 20.07. 09:00–12:30, online, Unfallkasse, Peters, for managers, free
  azubis: 'Willkommen im Landkreis: Einführungstag für Auszubildende', // Tue 01.08. 09:00–15:00, Kreishaus, Personalamt, Schulz, free
  wohngeld: 'Wohngeld kompakt: Anspruch prüfen und richtig berechnen', // Wed 23.08. 09:00–12:00, online, FH Güstrow, Brüning, 85 €
  haushalt: 'Jeder Euro zählt', // Tue 12.09. 09:00–16:00, Kreishaus, FH Güstrow, Lemke, 180 € (trainees pay half), 16 seats, Doppik
  sibe: 'Sicherheitsbeauftragte in der Kommunalverwaltung', // Thu 09.11. (CET) 09:00–14:00, Verwaltungshaus Waren, Unfallkasse, Rakow, free
  video: 'Kamera an, Ton an: Souverän in Videokonferenzen', // cancelled (Tue 20.06.2028)
  teamtag: 'Gemeinsam im Boot: Teamtag auf der Müritz', // cancelled (Fri 07.07.2028)
  zustellung: 'Rechtssicher zustellen: Zustellung nach dem Verwaltungszustellungsgesetz', // past (Thu 11 May 2028)
  brandschutz: 'Brandschutzhelferin und Brandschutzhelfer: Ausbildung mit Löschübung', // past (Tue 25 April 2028)
  excel: 'Tabellen im Griff: Excel für Fortgeschrittene', // draft
  katastrophe: 'Wenn das Wasser kommt: Katastrophenschutz in der Kommune', // draft
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.video, T.teamtag, T.zustellung, T.brandschutz, T.excel, T.katastrophe];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  {
    q: 'was kostet das vergabeseminar',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['kostet 240 €'],
    mentions: ['Im Preis sind Mittagessen und Seminarunterlagen enthalten.'],
  },
  {
    q: 'how much is the leadership basics course in güstrow',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['costs €590'],
  },
  {
    q: 'ist der erste hilfe kurs kostenlos',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse Mecklenburg-Vorpommern.'],
  },
  // --- facts: when, start time, duration -------------------------------------------------------------------------------
  {
    q: 'wann ist das grundlagenmodul für neue führungskräfte',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 3 Tagen', 'Mo., 03.07.2028, Di., 04.07.2028 und Mi., 05.07.2028', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: "when's the training for new safety officers (sicherheitsbeauftragte)",
    locale: 'en',
    kind: 'facts',
    titles: [T.sibe],
    says: ['on Thu, 9 Nov 2028 from 09:00 to 14:00'],
  },
  {
    q: 'um wie viel uhr fängt der einführungstag für die azubis an',
    kind: 'facts',
    titles: [T.azubis],
    says: ['beginnt am Di., 01.08.2028 um 09:00 Uhr'],
  },
  {
    q: 'what time does the phishing training start',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['starts on Tue, 13 Jun 2028 at 13:00'],
  },
  {
    q: 'wie lange geht die e-akte schulung',
    kind: 'facts',
    titles: [T.eakte],
    says: ['dauert 2,5 Stunden, von 13:00 bis 15:30 Uhr'],
  },
  {
    q: 'how long is the session on heat protection at work',
    locale: 'en',
    kind: 'facts',
    titles: [T.hitze],
    says: ['lasts 2.5 hours, from 09:00 to 11:30'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  {
    q: 'wo findet das deeskalationstraining statt',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['im Rathaus Demmin'],
  },
  {
    q: 'ist das seminar zu bürgernaher sprache online oder vor ort',
    kind: 'facts',
    titles: [T.sprache],
    says: ['findet in Präsenz statt'],
  },
  {
    q: 'is the OZG training online or in person',
    locale: 'en',
    kind: 'facts',
    titles: [T.ozg],
    says: ['takes place online'],
  },
  {
    q: 'wer leitet das seminar zum widerspruchsverfahren',
    kind: 'facts',
    titles: [T.widerspruch],
    says: ['leitet Herr Uwe Brüning'],
  },
  {
    q: 'until when can i register for the english course for the service desk',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['until Fri, 9 Jun 2028, 23:59'],
  },
  {
    q: 'anmeldeschluss fürs grundlagenmodul führung?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['am Fr., 26.05.2028, 23:59 Uhr abgelaufen'],
  },
  {
    q: 'how many seats r left in the plain language workshop',
    locale: 'en',
    kind: 'facts',
    titles: [T.sprache],
    says: ['has 14 of 14 seats left'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  {
    conv: 'protokoll',
    q: 'ich muss demnächst protokolle für die gemeindevertretung schreiben, gibts da ne schulung',
    kind: 'list',
    titles: [T.sitzung],
  },
  {
    conv: 'protokoll',
    q: 'was kostet das',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['kostet 120 €'],
    mentions: ['Die Gebühr wird mit der entsendenden Verwaltung abgerechnet.'],
  },
  { conv: 'protokoll', q: 'und wo ist das?', kind: 'facts', titles: [T.sitzung], says: ['im Rathaus Malchin'] },
  {
    conv: 'ai',
    q: 'hi, is there any training on AI assistants? our team wants to try them for drafting letters',
    locale: 'en',
    kind: 'list',
    titles: [T.ki],
  },
  { conv: 'ai', q: 'Who runs it?', locale: 'en', kind: 'facts', titles: [T.ki], says: ['is led by Frau Lisa Neumann'] },
  {
    conv: 'ai',
    q: 'and when is it',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['on Wed, 12 Jul 2028 from 13:00 to 16:00'],
  },
  { conv: 'stress', q: 'bin grad echt gestresst, gibts da was', kind: 'list', titles: [T.stress] },
  {
    conv: 'stress',
    q: 'sind da noch plätze frei',
    kind: 'facts',
    titles: [T.stress],
    says: ['noch 20 von 20 Plätzen frei'],
  },
  {
    conv: 'budget',
    q: 'i need to understand how our budget works (doppik etc), any course?',
    locale: 'en',
    kind: 'list',
    titles: [T.haushalt],
  },
  {
    conv: 'budget',
    q: 'how much does it cost',
    locale: 'en',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['costs €180'],
    mentions: ['Auszubildende und Anwärter zahlen die Hälfte.'],
  },
  {
    conv: 'budget',
    q: 'where is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['at Kreishaus Neubrandenburg'],
  },
  // --- topic searches: everyday words, words only in summary or description, synonyms, abbreviations --------------------
  { q: 'is there a course about phishing mails', locale: 'en', kind: 'list', titles: [T.phishing] },
  {
    q: 'its getting really hot in our office – anything about working in the heat?',
    locale: 'en',
    kind: 'list',
    titles: [T.hitze],
  },
  { q: 'gibts was zum OZG', kind: 'list', titles: [T.ozg] },
  { q: 'training for the new DMS', locale: 'en', kind: 'list', titles: [T.eakte] },
  { q: 'wie schreibe ich einen widerspruchsbescheid', kind: 'list', titles: [T.widerspruch] },
  { q: 'where can i learn CPR', locale: 'en', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'gibts was zu leichter sprache', kind: 'list', titles: [T.sprache] },
  { q: 'anything on public tenders', locale: 'en', kind: 'list', titles: [T.vergabe] },
  { q: 'was tun wenn bürger am schalter rumpöbeln', kind: 'list', titles: [T.deeskalation] },
  { q: 'brauche eine schulung zur wohngeldberechnung', kind: 'list', titles: [T.wohngeld] },
  // --- typos -----------------------------------------------------------------------------------------------------------
  { q: 'eakte schlung', kind: 'list', titles: [T.eakte] },
  { q: 'deescalation trainng', locale: 'en', kind: 'list', titles: [T.deeskalation] },
  { q: 'schulung für sicherheitsbeauftrgte', kind: 'list', titles: [T.sibe] },
  // --- filters: dates, time of day, format, place, free seats, trainer, provider, audience, length, cost, language -----
  { q: 'was ist diese woche noch los', kind: 'list', titles: [T.eakte, T.hitze] },
  { q: 'anything on tomorrow', locale: 'en', kind: 'list', titles: [T.eakte] },
  { q: 'was gibts nächste woche vormittags', kind: 'list', titles: [T.widerspruch, T.english] },
  { q: 'any afternoon sessions next week?', locale: 'en', kind: 'list', titles: [T.phishing, T.stress] },
  {
    q: 'was läuft in den nächsten zwei wochen',
    kind: 'list',
    titles: [T.eakte, T.hitze, T.widerspruch, T.phishing, T.english, T.stress],
  },
  {
    q: "what's on next month",
    locale: 'en',
    kind: 'list',
    titles: [T.fuehrung, T.ozg, T.sitzung, T.ki, T.sprache, T.gesundFuehren],
  },
  { q: 'kostenlose seminare im juli', kind: 'list', titles: [T.ozg, T.ki, T.gesundFuehren] },
  {
    q: 'which courses are fully online',
    locale: 'en',
    kind: 'list',
    ...only(T.eakte, T.widerspruch, T.phishing, T.stress, T.ozg, T.gesundFuehren, T.wohngeld),
  },
  { q: 'anything in Waren (Müritz)', locale: 'en', kind: 'list', ...only(T.ersteHilfe, T.sprache, T.sibe) },
  { q: 'kurse von frau peters', kind: 'list', ...only(T.hitze, T.gesundFuehren) },
  { q: 'was bietet eGo-MV an', kind: 'list', ...only(T.eakte, T.phishing, T.ozg, T.ki) },
  {
    q: 'what does the unfallkasse offer',
    locale: 'en',
    kind: 'list',
    ...only(T.hitze, T.ersteHilfe, T.gesundFuehren, T.sibe),
  },
  { q: 'ich bin führungskraft, was gibts für mich', kind: 'list', ...only(T.fuehrung, T.gesundFuehren) },
  { q: 'any multi-day courses', locale: 'en', kind: 'list', titles: [T.fuehrung] },
  { q: 'r there any courses held in english', locale: 'en', kind: 'list', titles: [T.english] },
  { q: 'wo gibts im august noch freie plätze', kind: 'list', titles: [T.azubis, T.wohngeld] },
  // --- gone, drafts never shown, no match, greeting --------------------------------------------------------------------
  { q: 'was kostet der teamtag auf der müritz', kind: 'gone', gone: T.teamtag },
  { q: 'when is the video conference training', locale: 'en', kind: 'gone', gone: T.video },
  {
    q: 'when was the brandschutzhelfer training',
    locale: 'en',
    kind: 'gone',
    gone: T.brandschutz,
    says: ['Tue, 25 Apr 2028'],
  },
  { q: 'gibts einen excel kurs', kind: 'none' },
  { q: 'is there a course on flood protection', locale: 'en', kind: 'none' },
  { q: 'chainsaw certificate course?', locale: 'en', kind: 'none' },
  { q: 'moin', kind: 'help' },
  { q: 'hi there', locale: 'en', kind: 'help' },
];

heldoutSuite(
  'answering questions about a ninety-sixth, independent catalogue (Landkreis Mecklenburgische Seenplatte, eGo-MV)',
  { fixture: 'heldout96-catalogue.json', now, timeZone: TZ, cases: CASES, titles: all, never: NEVER },
);
