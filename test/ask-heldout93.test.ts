// Over-fitting check, ninety-third catalogue: the autumn 2027 programme of the Landkreis Cham (Oberpfalz, Bavaria) with
// the Bayerische Verwaltungsschule (BVS), the AKDB (municipal IT), the Kommunale Unfallversicherung Bayern (KUVB) and the
// county's Personalentwicklung, for the Landratsamt and its towns and markets (Cham, Furth im Wald, Roding, Bad Kötzting,
// Waldmünchen, Markt Lam), imported from a JSON file. Seminars take place in the Landratsamt Cham (Rachelstraße), in the
// town halls of Roding, Waldmünchen, Furth im Wald and Bad Kötzting, in the Jugendbildungsstätte Waldmünchen, in the
// Feuerwehrhaus Lam, online or hybrid. Several titles do not name their subject ("Nicht alles gehört in jede Akte" is data
// protection, "Kraftquellen im Arbeitsalltag" stress, "Klick mit Köpfchen" phishing, "Jeder Euro hat seinen Platz"
// municipal budget law, "Das wirtschaftlichste Angebot" procurement, "Standhaft und freundlich" de-escalation, "Die ersten
// Minuten entscheiden" fire wardens, "Gut sitzen, klar sehen" the screen workplace), so only summary, description or
// topics reveal it. One seminar is held in English (front desk English), the cross-border seminar on Czech authorities is
// open to the border municipalities only and partly paid by the Euregio, the leadership course runs three days across the
// end of summer time, and the fire warden training is free (the KUVB pays). Questions are written the way colleagues type
// in Teams — formal, terse and Bavarian colloquial, a quarter in English — without looking at the parser or the answers.
// Same assertions as the other suites: exactly the expected seminars (best first where one is clearly best), the asked
// fact in the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Wednesday 6 October 2027, 10:30 in Cham, summer time; Sun 03.10. was Tag der Deutschen Einheit;
// summer time ends Sun 31.10.2027; Mon 01.11. Allerheiligen is a holiday in Bavaria, nothing that day):
//   this week:  nothing more today; Thu 07.10. 13:30–16:00 Teams (online, tomorrow), Fri 08.10. 09:00–12:00 data
//               protection (hybrid, Landratsamt)
//   next week:  Mon 11.10. morning (stress, online), Tue 12.10. afternoon (phishing, online),
//               Wed 13.10. morning (English, Landratsamt), Thu 14.10. afternoon (e-invoices, hybrid)
//   18.–24.10.: only the cancelled Excel course on Wed 20.10. (so "the next two weeks" end the same on 20.10. or 24.10.)
//   then:       Tue 26.10. and Wed 27.10. (CEST) and Tue 16.11. (CET) the three-day leadership course; Thu 28.10.
//               afternoon AI (hybrid)
//   November:   Wed 03.11. budget law (Waldmünchen), Thu 04.11. OZG/BayernPortal (online), Tue 09.11. Czech authorities
//               (Waldmünchen), Wed 10.11. council minutes (Roding), Thu 18.11. procurement (Landratsamt), Fri 19.11.
//               de-escalation (Furth im Wald), Tue 23.11. OK.EWO (online), Wed 24.11. plain-language notices (Bad Kötzting),
//               Thu 25.11. screen workplace (online); the cancelled lunchtime yoga on Tue 30.11.
//   December:   Thu 02.12. fire wardens (Lam), Tue 07.12. digital building application (online)
//   drafts:     TVöD classification (Feb 2028), Instagram for towns (Jan 2028)
//   past:       Wed 01.09.2027 induction day for trainees, Tue 21.09.2027 civil protection day.
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-10-06T08:30:00Z'); // Wednesday, 6 October 2027, 10:30 in Cham (CEST)
const TZ = 'Europe/Berlin';

const T = {
  teams: 'Zusammen statt durcheinander: Microsoft Teams im Verwaltungsalltag', // Thu 07.10.2027 13:30–16:00, online, AKDB, Herr Florian Wagner, free, video conferences
  datenschutz: 'Nicht alles gehört in jede Akte', // Fri 08.10. 09:00–12:00, hybrid (Landratsamt), BVS, Herr Dr. Andreas Hofbauer, 120 €, DSGVO
  stress: 'Kraftquellen im Arbeitsalltag', // Mon 11.10. 09:00–12:30, online, KUVB, Frau Sabine Kollmer, free, stress and burnout
  phishing: 'Klick mit Köpfchen', // Tue 12.10. 13:00–15:00, online, AKDB, Frau Julia Brunner, free, phishing mails and links
  english: 'Serving International Customers: English at the Front Desk', // Wed 13.10. 09:00–12:30, Landratsamt (in person), English, 60 €
  erechnung: 'Rechnungen ohne Papier: E-Rechnung in der Kommune', // Thu 14.10. 13:00–16:00, hybrid (Landratsamt), AKDB, Herr Florian Wagner, 80 €, XRechnung
  fuehrung: 'Vom Team in die Teamleitung: Sicher in der neuen Rolle', // Tue 26.10., Wed 27.10. (CEST), Tue 16.11. (CET) 09:00–16:30, Landratsamt, BVS, Frau Monika Stangl, 690 € (lunch incl.), deadline passed Fri 01.10. 23:59
  ki: 'Texte, Tabellen, Tipps: Generative KI im Amt', // Thu 28.10. 13:00–16:00, hybrid (Landratsamt), AKDB, Herr Stefan Pongratz, free, ChatGPT
  haushalt: 'Jeder Euro hat seinen Platz', // Wed 03.11. 09:00–16:00, Rathaus Waldmünchen, BVS, Herr Josef Raab, 180 €, Haushaltsplan
  ozg: 'Anträge rund um die Uhr: Online-Dienste im BayernPortal', // Thu 04.11. 09:00–12:00, online, AKDB, Frau Julia Brunner, free, OZG
  grenze: 'Nachbarn im Blick: Zusammenarbeit mit tschechischen Behörden', // Tue 09.11. 09:00–15:30, Jugendbildungsstätte Waldmünchen, Personalentwicklung, Frau Petra Dvořáková und Herr Michael Ederer, 40 € (Euregio pays the rest), border municipalities only, deadline Fri 22.10. 12:00
  sitzungsdienst: 'Vom Beschluss zur Niederschrift', // Wed 10.11. 09:00–15:30, Rathaus Roding, BVS, Herr Markus Zitzelsberger, 150 €, council minutes
  vergabe: 'Das wirtschaftlichste Angebot', // Thu 18.11. 09:00–16:00, Landratsamt, BVS, Herr Josef Raab, 210 €, deadline Thu 04.11. 23:59, procurement (UVgO, VOB/A)
  deeskalation: 'Standhaft und freundlich', // Fri 19.11. 09:00–15:00, Rathaus Furth im Wald, KUVB, Frau Birgit Hastreiter, free, 16 seats, aggressive customers
  meldewesen: 'OK.EWO kompakt: Neues im Meldewesen', // Tue 23.11. 09:00–12:00, online, AKDB, Frau Christine Aschenbrenner, 75 €
  bescheide: 'Klar, kurz, rechtssicher: Bescheide, die man versteht', // Wed 24.11. 09:00–15:00, Rathaus Bad Kötzting, BVS, Frau Anna Kerscher, 140 €
  ergonomie: 'Gut sitzen, klar sehen', // Thu 25.11. 10:00–11:30, online, KUVB, Frau Sabine Kollmer, free, screen workplace and back
  brandschutz: 'Die ersten Minuten entscheiden', // Thu 02.12. 08:30–13:00, Feuerwehrhaus Lam, KUVB, Herr Thomas Vogl, free (KUVB pays), 12 seats, no waitlist, fire wardens
  bauantrag: 'Der digitale Bauantrag in Bayern', // Tue 07.12. 09:00–12:00, online, AKDB, Herr Stefan Pongratz, 60 €
  excel: 'Formeln, die für Sie arbeiten: Excel für Fortgeschrittene', // cancelled (Wed 20.10.2027)
  yoga: 'Entspannt durch die Mittagspause: Yoga am Arbeitsplatz', // cancelled (Tue 30.11.2027)
  katastrophe: 'Hochwasser, Starkregen, Stromausfall: Katastrophenschutz im Landkreis', // past (Tue 21 September 2027)
  azubis: 'Servus im Landratsamt: Einführungstag für Auszubildende', // past (Wed 1 September 2027)
  tvoed: 'TVöD kompakt: Eingruppierung nach der Entgeltordnung', // draft
  instagram: 'Städte und Märkte auf Instagram: Social Media in der Öffentlichkeitsarbeit', // draft
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.tvoed, T.instagram, T.excel, T.yoga, T.katastrophe, T.azubis];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  {
    q: 'was kostet das seminar zur teamleitung',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['kostet 690 €'],
    mentions: ['Inklusive Mittagessen und Tagungsgetränken.'],
  },
  {
    q: 'Muss man für die Brandschutzhelfer-Ausbildung etwas bezahlen?',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['ist kostenlos'],
    mentions: ['Die Kosten trägt die Kommunale Unfallversicherung Bayern.'],
  },
  { q: 'Was kostet die Schulung zur E-Rechnung?', kind: 'facts', titles: [T.erechnung], says: ['kostet 80 €'] },
  // --- facts: when (across the end of summer time), start time, duration -----------------------------------------------
  {
    q: 'wann is des führungskräfteseminar',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 3 Tagen', 'Di., 26.10.2027, Mi., 27.10.2027 und Di., 16.11.2027', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    q: 'when is the OK.EWO training',
    locale: 'en',
    kind: 'facts',
    titles: [T.meldewesen],
    says: ['on Tue, 23 Nov 2027 from 09:00 to 12:00'],
  },
  {
    q: 'what time does the seminar on working with czech authorities start',
    locale: 'en',
    kind: 'facts',
    titles: [T.grenze],
    says: ['starts on Tue, 9 Nov 2027 at 09:00'],
  },
  {
    q: 'wie lang geht des mit dem bildschirmarbeitsplatz',
    kind: 'facts',
    titles: [T.ergonomie],
    says: ['dauert 1,5 Stunden, von 10:00 bis 11:30 Uhr'],
  },
  {
    q: 'how long is the leadership course',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['lasts 3 days, each from 09:00 to 16:30'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  {
    q: 'Wo findet der Kurs zum Sitzungsdienst statt?',
    kind: 'facts',
    titles: [T.sitzungsdienst],
    says: ['im Rathaus Roding, Schulstraße 15, 93426 Roding'],
  },
  {
    q: 'ist die KI-Schulung online oder vor ort',
    kind: 'facts',
    titles: [T.ki],
    says: [/findet hybrid statt|oder online/],
  },
  {
    q: 'is the front desk english course online',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['takes place in person'],
  },
  {
    q: 'wer hält das datenschutzseminar',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['leitet Herr Dr. Andreas Hofbauer'],
  },
  {
    q: 'Wer leitet das Seminar zur Zusammenarbeit mit Tschechien?',
    kind: 'facts',
    titles: [T.grenze],
    says: ['leiten Frau Petra Dvořáková und Herr Michael Ederer'],
  },
  { q: 'anmeldeschluss vergaberecht', kind: 'facts', titles: [T.vergabe], says: ['bis Do., 04.11.2027, 23:59 Uhr'] },
  {
    q: 'bis wann kann ma se fürs teamleitungsseminar anmelden',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['am Fr., 01.10.2027, 23:59 Uhr abgelaufen'],
  },
  {
    q: 'Wie viele Plätze sind bei der Brandschutzhelfer-Ausbildung noch frei?',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  {
    q: 'are there seats left in the de-escalation training',
    locale: 'en',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['has 16 of 16 seats left'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  { conv: 'tschechen', q: "gibt's do wos zur zusammenarbeit mit de tschechen", kind: 'list', titles: [T.grenze] },
  {
    conv: 'tschechen',
    q: 'wann is des',
    kind: 'facts',
    titles: [T.grenze],
    says: ['am Di., 09.11.2027 von 09:00 bis 15:30 Uhr'],
  },
  {
    conv: 'tschechen',
    q: 'und was kost des',
    kind: 'facts',
    titles: [T.grenze],
    says: ['kostet 40 €'],
    mentions: ['Inklusive Mittagessen; die übrigen Kosten trägt die Euregio Bayerischer Wald – Böhmerwald.'],
  },
  {
    conv: 'invoices',
    q: 'is there anything about electronic invoices',
    locale: 'en',
    kind: 'list',
    titles: [T.erechnung],
  },
  {
    conv: 'invoices',
    q: 'Who runs it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.erechnung],
    says: ['is led by Herr Florian Wagner'],
  },
  {
    conv: 'invoices',
    q: 'and where is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.erechnung],
    says: ['at Landratsamt Cham, Rachelstraße 6, 93413 Cham or online'],
  },
  {
    conv: 'phishing',
    q: 'ich hab eine komische mail mit link bekommen, gibt es dazu eine schulung',
    kind: 'list',
    titles: [T.phishing],
  },
  {
    conv: 'phishing',
    q: 'wie lange dauert das',
    kind: 'facts',
    titles: [T.phishing],
    says: ['dauert 2 Stunden, von 13:00 bis 15:00 Uhr'],
  },
  // --- topic searches: everyday words, words only in summary or description, synonyms, abbreviations, dialect ----------
  { q: "zu viel stress in der arbeit, gibt's da was", kind: 'list', titles: [T.stress] },
  { q: 'burnout vorbeugen', kind: 'list', titles: [T.stress] },
  { q: 'DSGVO schulung', kind: 'list', titles: [T.datenschutz] },
  { q: 'wie stell ich einen haushaltsplan auf', kind: 'list', titles: [T.haushalt] },
  { q: 'Ausschreibung unterhalb der Schwellenwerte', kind: 'list', titles: [T.vergabe] },
  { q: 'any course on ChatGPT', locale: 'en', kind: 'list', titles: [T.ki] },
  { q: "mogst ma sogn ob's wos zum feuerlöscher gibt", kind: 'list', titles: [T.brandschutz] },
  { q: 'Was tun, wenn Bürger am Schalter aggressiv werden?', kind: 'list', titles: [T.deeskalation] },
  { q: 'kreuzweh vom vielen sitzen', kind: 'list', titles: [T.ergonomie] },
  { q: 'Bauantrag digital', kind: 'list', titles: [T.bauantrag] },
  { q: 'is there training on video conferences', locale: 'en', kind: 'list', titles: [T.teams] },
  { q: 'englisch für den bürgerservice', kind: 'list', titles: [T.english] },
  // --- typos -----------------------------------------------------------------------------------------------------------
  { q: 'Datenschtuz', kind: 'list', titles: [T.datenschutz] },
  { q: 'deeskalatoin kurs', kind: 'list', titles: [T.deeskalation] },
  { q: 'vergaberect schulung', kind: 'list', titles: [T.vergabe] },
  // --- filters: dates, time of day, format, place, free seats, trainer, provider, audience, length, cost, language -----
  { q: "was gibt's diese woche noch", kind: 'list', titles: [T.teams, T.datenschutz] },
  { q: "what's on tomorrow", locale: 'en', kind: 'list', titles: [T.teams] },
  { q: 'nächste woche nachmittags', kind: 'list', titles: [T.phishing, T.erechnung] },
  {
    q: 'was läuft in den nächsten zwei wochen',
    kind: 'list',
    titles: [T.teams, T.datenschutz, T.stress, T.phishing, T.english, T.erechnung],
  },
  { q: 'Welche Seminare gibt es im Dezember?', kind: 'list', titles: [T.brandschutz, T.bauantrag] },
  {
    q: 'which online seminars are there next month',
    locale: 'en',
    kind: 'list',
    titles: [T.ozg, T.meldewesen, T.ergonomie],
  },
  { q: 'kostenlose Seminare im November', kind: 'list', titles: [T.ozg, T.deeskalation, T.ergonomie] },
  { q: "was gibt's in Waldmünchen", kind: 'list', ...only(T.haushalt, T.grenze) },
  { q: 'Kurse von Herrn Raab', kind: 'list', ...only(T.haushalt, T.vergabe) },
  { q: 'Was bietet die KUVB an?', kind: 'list', ...only(T.stress, T.deeskalation, T.ergonomie, T.brandschutz) },
  {
    q: 'what does the AKDB offer',
    locale: 'en',
    kind: 'list',
    ...only(T.teams, T.phishing, T.erechnung, T.ki, T.ozg, T.meldewesen, T.bauantrag),
  },
  { q: "ich bin neue Führungskraft, was gibt's für mich", kind: 'list', titles: [T.fuehrung] },
  { q: 'mehrtägige Seminare', kind: 'list', titles: [T.fuehrung] },
  { q: 'are any seminars held in english', locale: 'en', kind: 'list', titles: [T.english] },
  { q: "gibt's in furth im wald noch freie plätze", kind: 'list', titles: [T.deeskalation] },
  // --- gone, drafts never shown, no match, greeting --------------------------------------------------------------------
  { q: 'wann war der Katastrophenschutz-Tag', kind: 'gone', gone: T.katastrophe, says: ['Di., 21.09.2027'] },
  { q: "gibt's den excel kurs für fortgeschrittene noch", kind: 'gone', gone: T.excel },
  { q: 'when is the lunchtime yoga', locale: 'en', kind: 'gone', gone: T.yoga },
  { q: 'TVöD Eingruppierung Schulung', kind: 'none' },
  { q: 'is there a course on instagram', locale: 'en', kind: 'none' },
  { q: "gibt's an motorsägenkurs für'n bauhof", kind: 'none' },
  { q: 'Servus', kind: 'help' },
  { q: 'hi there', locale: 'en', kind: 'help' },
];

heldoutSuite('answering questions about a ninety-third, independent catalogue (Landkreis Cham, BVS, AKDB, KUVB)', {
  fixture: 'heldout93-catalogue.json',
  now,
  timeZone: TZ,
  cases: CASES,
  titles: all,
  never: NEVER,
});
