// Over-fitting check, three-hundred-and-thirty-ninth catalogue: the autumn 2028 programme for the Stadtverwaltung Suhl
// (Thuringia) and its neighbours Zella-Mehlis, Oberhof and Schleusingen, with the Thüringer Verwaltungsschule (TVS), the
// Unfallkasse Thüringen (UKT), the Volkshochschule Suhl (VHS, in the historic Rathaus Heinrichs), the KIV Thüringen
// (Kommunale Informationsverarbeitung) and the city's Haupt- und Personalamt, imported from a JSON file. Seminars take
// place in the Rathaus Suhl (Marktplatz 1, one in the Oberrathaussaal), the Congress Centrum Suhl (CCS), the VHS Suhl,
// the Werkstatthalle of the Städtischer Bauhof, the Rathaus Zella-Mehlis, online or hybrid; nothing takes place in
// Oberhof or Schleusingen. Several titles do not name their subject ("Nicht jeder Link ist ein Freund" is phishing,
// "Gut vorbereitet in die Sitzung" the ThürKO for council members, "Verstanden beim ersten Lesen" plain language,
// "Zehn Minuten für mich" back exercises, "Wo das Geld der Stadt bleibt" the municipal budget, "Was bleibt unter uns"
// data protection in the Bürgerbüro, "Der Assistent, der nie Feierabend macht" AI, "Wenn der Ast bricht" tree
// inspection, "Schluss mit dem Papierstapel" the e-file, "Weniger Mails, mehr Miteinander" Teams/SharePoint,
// "Durchatmen" stress, "Die neue Rolle" new managers, "Zehn Finger, ein Ziel" touch typing, "Wenn es am Schalter laut
// wird" de-escalation, "Dokumente ohne Hürden" accessible documents), so only summary, description or topics reveal it.
// One seminar is held in English; the leadership course runs on two Thursdays across the end of summer time; touch
// typing is three Monday evenings; the e-file course is open only to the Stadtverwaltung Suhl; first aid is free, paid
// by the UKT. Questions are typed as people chat: colloquial, regional and sloppy ("haste was", "wat kost'n das",
// "nüscht mit Excel?"), missing words, typos, some English — written without looking at the parser or the answers.
//
// Calendar around `now` (Tuesday 12 September 2028, 10:15 in Suhl, summer time; Thuringian public holidays: Weltkindertag
// Wed 20.09.2028, Tag der Deutschen Einheit Tue 03.10.2028, Reformationstag Tue 31.10.2028; summer time ends
// Sun 29.10.2028):
//   this week:  Tue 12.09. (today) 14:00–15:30 phishing (online); Wed 13.09. (tomorrow) 08:30–12:00 Excel (VHS, 59 €);
//               Thu 14.09. 18:00–20:30 council members (Rathaus, evening); Fri 15.09. 09:00–15:00 plain language
//               (Rathaus, 140 €; deadline Fri 08.09. 12:00 passed)
//   next week:  Mon 18.09. 09:00–16:00 procurement (CCS; deadline passed Mon 04.09. 12:00); Tue 19.09. 17:30–19:00 back
//               exercises (VHS, evening); Wed 20.09. Weltkindertag, nothing; Thu 21.09. 09:00–12:30 English (Rathaus;
//               deadline Thu 14.09. 23:59); the cancelled PowerPoint course on Fri 22.09.
//   late Sept.: Tue 26.09. 09:00–15:30 budget (Rathaus; deadline Fri 15.09. 12:00); Thu 28.09. 09:00–12:00 data
//               protection (hybrid, Rathaus)
//   October:    Tue 03.10. holiday, nothing; Wed 04.10. 08:00–15:30 first aid (Rathaus Zella-Mehlis); Thu 05.10.
//               13:00–15:30 AI (online); Tue 10.10. 08:00–15:00 tree inspection (Bauhof); Wed 11.10. 09:00–13:00 fire
//               wardens (Rathaus); Tue 17.10. 09:00–12:00 e-file (Rathaus, Suhl only); Thu 19.10. 10:00–11:30 Teams
//               (online); Mon 23.10. 13:00–16:00 stress (online); Thu 26.10. (CEST) leadership day 1 (CCS; deadline
//               Fri 13.10. 23:59); Tue 31.10. holiday, nothing
//   November:   Thu 02.11. (CET) leadership day 2, 09:00–16:00 like day 1; Mon 06.11., 13.11., 20.11. 17:30–19:45 touch
//               typing (VHS); Tue 07.11. 09:00–16:00 de-escalation (Rathaus); Thu 09.11. 08:30–12:30 winter road
//               service (Bauhof); Tue 14.11. 09:00–16:00 administrative acts (Rathaus); the cancelled chainsaw course
//               on Thu 16.11.; the draft Instagram course (Wed 22.11.)
//   December:   Tue 05.12. 09:00–11:00 accessible documents (online); January 2029: the draft cemetery-fees course
//               (Tue 16.01.2029)
//   past:       Wed 14.06.2028 housing benefit (online), Thu 24.08.2028 heat protection (Bauhof).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-09-12T08:15:00Z'); // Tuesday, 12 September 2028, 10:15 in Suhl (CEST)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Nicht jeder Link ist ein Freund', // Tue 12.09. 14:00–15:30, online, KIV, Kühn, phishing, free
  excel: 'Excel kompakt: Formeln, Filter und Pivot-Tabellen', // Wed 13.09. 08:30–12:00, VHS Suhl, VHS, Heller, 59 € (Personalamt pays), 10 seats
  stadtrat: 'Gut vorbereitet in die Sitzung', // Thu 14.09. 18:00–20:30, Rathaus Suhl (Oberrathaussaal), TVS, Dr. Seidel, ThürKO, 35 €
  sprache: 'Verstanden beim ersten Lesen', // Fri 15.09. 09:00–15:00, Rathaus Suhl, TVS, Bauer, plain language, 140 €
  vergabe: 'Vergaberecht für Einsteiger: UVgO und ThürVgG', // Mon 18.09. 09:00–16:00, CCS, TVS, Dr. Seidel, 245 €, deadline passed Mon 04.09. 12:00
  ruecken: 'Zehn Minuten für mich', // Tue 19.09. 17:30–19:00, VHS Suhl, VHS, Schubert, back exercises, 12 €
  english: "Welcome to Suhl: English at the Citizens' Office", // Thu 21.09. 09:00–12:30, Rathaus Suhl, VHS, Donovan, 75 €, English, deadline Thu 14.09. 23:59
  haushalt: 'Wo das Geld der Stadt bleibt', // Tue 26.09. 09:00–15:30, Rathaus Suhl, TVS, Wolf, budget / Kameralistik / Doppik, 190 €, deadline Fri 15.09. 12:00
  datenschutz: 'Was bleibt unter uns', // Thu 28.09. 09:00–12:00, hybrid (Rathaus Suhl), Personalamt, Gräf, data protection, free
  ersteHilfe: 'Erste Hilfe im Betrieb: Aus- und Fortbildung für Ersthelfende', // Wed 04.10. 08:00–15:30, Rathaus Zella-Mehlis, UKT, Ortlepp, free (UKT pays)
  ki: 'Der Assistent, der nie Feierabend macht', // Thu 05.10. 13:00–15:30, online, KIV, Kühn, AI / ChatGPT, free
  baum: 'Wenn der Ast bricht', // Tue 10.10. 08:00–15:00, Bauhof, UKT, Recknagel, tree inspection, free
  brandschutz: 'Brandschutzhelferinnen und Brandschutzhelfer: Ausbildung nach ASR A2.2', // Wed 11.10. 09:00–13:00, Rathaus Suhl, UKT, Ortlepp, free
  eakte: 'Schluss mit dem Papierstapel', // Tue 17.10. 09:00–12:00, Rathaus Suhl, KIV, Pfeffer, e-file, only Stadtverwaltung Suhl, free
  teams: 'Weniger Mails, mehr Miteinander', // Thu 19.10. 10:00–11:30, online, KIV, Kühn, Teams / SharePoint, free
  stress: 'Durchatmen', // Mon 23.10. 13:00–16:00, online, UKT, Dr. Lange, stress / resilience, free
  fuehrung: 'Die neue Rolle', // Thu 26.10. (CEST) and Thu 02.11. (CET) 09:00–16:00, CCS, TVS, Dr. Albrecht, new managers, 380 €, deadline Fri 13.10. 23:59
  tastatur: 'Zehn Finger, ein Ziel', // Mon 06.11., 13.11., 20.11. 17:30–19:45, VHS Suhl, VHS, Heller, touch typing, 49 €
  buergerbuero: 'Wenn es am Schalter laut wird', // Tue 07.11. 09:00–16:00, Rathaus Suhl, TVS, Möller, de-escalation, 165 €
  winterdienst: 'Räum- und Streupflicht: Winterdienst rechtssicher organisieren', // Thu 09.11. 08:30–12:30, Bauhof, TVS, Dr. Seidel, 95 €
  bescheid: 'Bescheide rechtssicher formulieren: Anhörung, Begründung, Rechtsbehelfsbelehrung', // Tue 14.11. 09:00–16:00, Rathaus Suhl, TVS, Bauer, 220 €
  barrierefrei: 'Dokumente ohne Hürden', // Tue 05.12. 09:00–11:00, online, Personalamt, Höhn, accessible documents, free
  instagram: 'Instagram & Co. für die Stadtverwaltung', // draft (Wed 22.11.2028)
  friedhof: 'Friedhofsgebühren kalkulieren', // draft (Tue 16.01.2029)
  powerpoint: 'Präsentieren mit PowerPoint', // cancelled (Fri 22.09.2028)
  motorsaege: 'Motorsägen-Grundlehrgang für Bauhofbeschäftigte', // cancelled (Thu 16.11.2028)
  wohngeld: 'Wohngeld-Plus 2028: Was sich geändert hat', // past (Wed 14.06.2028)
  hitze: 'Arbeiten bei Hitze: Sonnen- und Hitzeschutz im Außendienst', // past (Thu 24.08.2028)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.instagram, T.friedhof, T.powerpoint, T.motorsaege, T.wohngeld, T.hitze];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'heute', q: 'heut noch was los?', kind: 'list', titles: [T.phishing] },
  { conv: 'heute', q: "wo is'n das", kind: 'facts', titles: [T.phishing], says: ['findet online statt'] },
  {
    conv: 'heute',
    q: 'und wie lang geht das',
    kind: 'facts',
    titles: [T.phishing],
    says: ['dauert 1,5 Stunden, von 14:00 bis 15:30 Uhr'],
  },
  { conv: 'morgen', q: 'was is morgen', kind: 'list', titles: [T.excel] },
  {
    conv: 'morgen',
    q: "wat kost'n das",
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 59 €'],
    mentions: ['Die Gebühr übernimmt das Haupt- und Personalamt.'],
  },
  {
    conv: 'morgen',
    q: 'is da noch was frei',
    kind: 'facts',
    titles: [T.excel],
    says: ['noch 10 von 10 Plätzen frei'],
  },
  {
    conv: 'morgen',
    q: 'wo genau?',
    kind: 'facts',
    titles: [T.excel],
    says: ['findet in der Volkshochschule Suhl'],
  },
  {
    conv: 'fuehrung',
    q: 'bin seit august teamleiterin, haste was für mich zum thema leadership?',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'fuehrung',
    q: "und wann is'n das",
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 26.10.2028 und Do., 02.11.2028', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'fuehrung',
    q: 'bis wann muss ich mich da anmelden',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['bis Fr., 13.10.2028, 23:59 Uhr'],
  },
  { conv: 'fuehrung', q: "wat kost'n der spaß", kind: 'facts', titles: [T.fuehrung], says: ['kostet 380 €'] },
  { conv: 'vergabe', q: 'gibts da was zu vergaberecht, uvgo und so', kind: 'list', titles: [T.vergabe] },
  {
    conv: 'vergabe',
    q: 'kann ich mich da noch anmelden?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['ist am Mo., 04.09.2028, 12:00 Uhr abgelaufen'],
  },
  {
    conv: 'english',
    q: 'is there any english training for the citizens office?',
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  {
    conv: 'english',
    q: 'registration deadline?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['until Thu, 14 Sep 2028, 23:59'],
  },
  { conv: 'baum', q: 'baumkontrolle, gibts da was?', kind: 'list', titles: [T.baum] },
  {
    conv: 'baum',
    q: 'um wieviel uhr gehts los',
    kind: 'facts',
    titles: [T.baum],
    says: ['beginnt am Di., 10.10.2028 um 08:00 Uhr'],
  },
  { conv: 'baum', q: 'kostet das was oder umsonst', kind: 'facts', titles: [T.baum], says: ['ist kostenlos'] },
  { conv: 'datenschutz', q: 'datenschuz im bürgerbüro, haste da was', kind: 'list', titles: [T.datenschutz] },
  {
    conv: 'datenschutz',
    q: 'präsenz oder online?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['findet hybrid statt: im Rathaus Suhl'],
  },
  { conv: 'ki', q: 'anything on chatgpt or AI?', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    conv: 'ki',
    q: 'how long does it take',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['lasts 2.5 hours, from 13:00 to 15:30'],
  },
  { conv: 'tastatur', q: 'zehnfingersystem lernen, gibts da n kurs', kind: 'list', titles: [T.tastatur] },
  {
    conv: 'tastatur',
    q: 'an welchen tagen is das',
    kind: 'facts',
    titles: [T.tastatur],
    says: ['an 3 Tagen', 'Mo., 06.11.2028, Mo., 13.11.2028 und Mo., 20.11.2028', 'jeweils von 17:30 bis 19:45 Uhr'],
  },
  // --- facts -----------------------------------------------------------------------------------------------------------
  {
    q: 'was kostet der kurs zu bürgernaher sprache',
    kind: 'facts',
    titles: [T.sprache],
    says: ['kostet 140 €'],
  },
  {
    q: 'wann is erste hilfe',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['am Mi., 04.10.2028 von 08:00 bis 15:30 Uhr'],
  },
  {
    q: 'wie lange geht die schulung für stadträte',
    kind: 'facts',
    titles: [T.stadtrat],
    says: ['dauert 2,5 Stunden, von 18:00 bis 20:30 Uhr'],
  },
  {
    q: 'bescheide seminar online oder vor ort?',
    kind: 'facts',
    titles: [T.bescheid],
    says: ['findet in Präsenz statt, im Rathaus Suhl'],
  },
  {
    q: 'haushaltsplan lesen lernen, bis wann anmelden?',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['bis Fr., 15.09.2028, 12:00 Uhr'],
  },
  {
    q: 'what does the first aid course cost',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['is free of charge'],
    mentions: ['Die Kosten trägt die Unfallkasse Thüringen.'],
  },
  // --- topic searches: typos, words only in summary or description, everyday words -------------------------------------
  { q: 'nüscht mit Excel?', kind: 'list', titles: [T.excel] },
  { q: 'phising mails erkennen', kind: 'list', titles: [T.phishing] },
  { q: 'rücken tut weh vom vielen sitzen, gibts da was', kind: 'list', titles: [T.ruecken] },
  { q: 'stress abbauen, burnout und so', kind: 'list', titles: [T.stress] },
  { q: 'pöbelnde leute am schalter, wie geh ich damit um', kind: 'list', titles: [T.buergerbuero] },
  { q: 'barrierefreie pdfs erstellen', kind: 'list', titles: [T.barrierefrei] },
  { q: 'amtsdeutsch vermeiden', kind: 'list', titles: [T.sprache] },
  { q: 'thürko für ortsteilräte', kind: 'list', titles: [T.stadtrat] },
  { q: 'doppik oder kameralistik, gibts da ne schulung?', kind: 'list', titles: [T.haushalt] },
  // --- time and place filters, format, provider, trainer, cost, length -------------------------------------------------
  { q: "was is'n diese woche so", kind: 'list', titles: [T.phishing, T.excel, T.stadtrat, T.sprache] },
  { q: 'was läuft nächste woche', kind: 'list', titles: [T.vergabe, T.ruecken, T.english] },
  { q: 'mittwoch nächste woche was los?', kind: 'none' },
  { q: 'zwischen 2. und 6. oktober was?', kind: 'list', titles: [T.ersteHilfe, T.ki] },
  {
    q: 'was gibts im november',
    kind: 'list',
    ...maybeAlso(only(T.tastatur, T.buergerbuero, T.winterdienst, T.bescheid), T.fuehrung),
  },
  { q: 'im dezember noch was?', kind: 'list', titles: [T.barrierefrei] },
  { q: 'abends nach feierabend gibts da was', kind: 'list', ...only(T.stadtrat, T.ruecken, T.tastatur) },
  { q: 'online und nachmittags', kind: 'list', ...only(T.phishing, T.ki, T.stress) },
  { q: 'is an nem freitag was?', kind: 'list', titles: [T.sprache] },
  { q: 'in zella-mehlis was?', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'was bietet die unfallkasse an', kind: 'list', ...only(T.ersteHilfe, T.baum, T.brandschutz, T.stress) },
  { q: 'KIV schulungen', kind: 'list', ...only(T.phishing, T.ki, T.eakte, T.teams) },
  { q: 'kurse bei dr. seidel', kind: 'list', ...only(T.stadtrat, T.vergabe, T.winterdienst) },
  { q: 'seminare über 200 euro', kind: 'list', ...only(T.vergabe, T.fuehrung, T.bescheid) },
  { q: 'welche gehn höchstens 2 stunden', kind: 'list', ...only(T.phishing, T.ruecken, T.teams, T.barrierefrei) },
  { q: 'mehrtägige kurse?', kind: 'list', titles: [T.fuehrung, T.tastatur] },
  {
    q: 'kostenlos und vor ort',
    kind: 'list',
    ...maybeAlso(only(T.ersteHilfe, T.baum, T.brandschutz, T.eakte), T.datenschutz),
  },
  { q: 'gibts auch was auf englisch', kind: 'list', titles: [T.english] },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'powerpoint kurs is der noch?', kind: 'gone', gone: T.powerpoint },
  { q: 'motorsägenlehrgang wann', kind: 'gone', gone: T.motorsaege },
  { q: 'wohngeld schulung, wann war die nochmal', kind: 'gone', gone: T.wohngeld, says: ['Mi., 14.06.2028'] },
  { q: 'hitzeschutz für bauhof', kind: 'gone', gone: T.hitze, says: ['Do., 24.08.2028'] },
  { q: 'insta für die stadt', kind: 'none' },
  { q: 'friedhofsgebühren', kind: 'none' },
  { q: 'was is in oberhof', kind: 'none' },
  { q: 'Hallo erstmal!', kind: 'help' },
  { q: 'wo bin ich eigentlich überall angemeldet', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-thirty-ninth, independent catalogue (Stadt Suhl, TVS, UKT, VHS Suhl, KIV)',
  {
    fixture: 'heldout339-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
