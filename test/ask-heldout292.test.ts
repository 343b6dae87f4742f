// Over-fitting check, two-hundred-and-ninety-second catalogue: the winter 2028/29 programme for the Landkreis
// Amberg-Sulzbach (Upper Palatinate, Bavaria) and its towns and municipalities (Sulzbach-Rosenberg, Auerbach i.d.OPf.,
// Vilseck, Hirschau, Schnaittenbach, Hahnbach, Kümmersbruck, Ursensollen, Ensdorf, Birgland), with the Bayerische
// Verwaltungsschule (BVS), the Kommunale Unfallversicherung Bayern (KUVB), the AKDB, the Volkshochschule Amberg-Sulzbach
// (VHS), the Bayerischer Kommunaler Prüfungsverband (BKPV), the OTH Amberg-Weiden, the Bayerische Versorgungskammer, the
// LWG and several offices of the Landratsamt, imported from a JSON file. Seminars take place in the Landratsamt in
// Amberg, the town halls of Sulzbach-Rosenberg, Hirschau, Vilseck, Kümmersbruck, Auerbach and Schnaittenbach, the
// VHS-Haus Sulzbach-Rosenberg, the Bauhof of Markt Hahnbach, the Bildungshaus Kloster Ensdorf, online or hybrid. Several
// titles do not name their subject ("Nicht jeder Anhang ist harmlos" is phishing, "Wer schreibt, der bleibt" minutes of
// council meetings, "Einmal schreiben, hundertmal versenden" mail merge in Word, "Wenn die Stimme streikt" voice
// training, "Schnitt zur rechten Zeit" tree inspection and hedge cutting, "Texte schneller, aber richtig" generative AI,
// "Ausschreiben ohne Bauchweh" procurement below the EU thresholds, "Was wissen Sie über mich?" GDPR access requests,
// "Neue Rolle, alte Kollegen" new managers, "Der Antrag kommt digital" OZG online services, "Zwischen Ansatz und
// Rechnung" the cameral budget, "Wenn Bürger laut werden" de-escalation at the counter, "Der letzte Arbeitstag kommt
// bestimmt" retirement, "Gefunden, abgegeben – und dann?" the lost-property office, "Kreuzchen, Kuvert, Kontrolle" the
// 2029 European election, "Vom ersten Tag an dabei" trainers of apprentices, "Vom Auftrag zum Abschluss" project
// management), so only summary, description or topics reveal it; one seminar is held in English; the leadership course
// runs on two consecutive days; the project course runs on two Thursdays across the start of summer time (Sun
// 25.03.2029); the deadline of the minutes course fell in summer time (Thu 26.10.2028, before the change on Sun
// 29.10.2028); first aid is free, paid by the KUVB; one course runs in the evening. Written as an acceptance tester would
// ask, with short follow-up conversations, some in English, without looking at the parser or the answers.
//
// Calendar around `now` (Tuesday 7 November 2028, 13:00 in Amberg, winter time since Sun 29.10.2028; summer time begins
// Sun 25.03.2029; Buß- und Bettag Wed 22.11.2028 is a school holiday only):
//   past:       Thu 19.10.2028 cemetery fees (Rathaus Ursensollen), Mon 06.11.2028 (yesterday) travel expenses (online)
//   this week:  Tue 07.11. (today) 14:00–15:30 phishing (online, still ahead); Wed 08.11. (tomorrow) 09:00–12:30 property
//               tax (Rathaus Sulzbach-Rosenberg, 145 €); Thu 09.11. 09:00–15:00 minutes (Rathaus Hirschau, 160 €;
//               deadline passed Thu 26.10. 23:59); Fri 10.11. 09:00–11:30 mail merge (online, 49 €)
//   next week:  Mon 13.11. 17:30–19:30 voice training (VHS-Haus Sulzbach-Rosenberg, evening, 18 €); Tue 14.11.
//               08:00–15:30 trees (Bauhof Hahnbach, 95 €); Wed 15.11. 09:00–12:00 English (Rathaus Vilseck, 75 €, deadline
//               Wed 08.11. 12:00); Thu 16.11. 13:00–16:00 AI (hybrid, Landratsamt, free); the cancelled PowerPoint course
//               (Fri 17.11.)
//   November:   Mon 20.11. 09:00–16:00 procurement (Landratsamt, 240 €, deadline Fri 10.11. 23:59); Tue 21.11.
//               08:30–16:00 first aid (Rathaus Kümmersbruck, free); Thu 23.11. 09:00–12:00 GDPR access requests (online,
//               free); Mon 27.11. and Tue 28.11. 09:00–16:00 new managers (Bildungshaus Kloster Ensdorf, 420 €, deadline
//               Fri 10.11. 23:59)
//   December:   Tue 05.12. 09:00–12:00 cash offices (Rathaus Auerbach, 95 €); the cancelled heat-planning course (Wed
//               06.12.); Thu 07.12. 14:00–16:00 OZG online services (online, free); Tue 12.12. 09:00–15:00 Kita fees
//               (Rathaus Schnaittenbach, 150 €); nothing between Christmas and New Year
//   January:    Tue 16.01.2029 09:00–16:00 budget (Landratsamt, 210 €); Thu 18.01. 09:00–12:00 de-escalation (Rathaus
//               Sulzbach-Rosenberg, free); Wed 24.01. 13:30–16:00 retirement (online, free); Tue 30.01. 09:00–12:30 lost
//               property (Rathaus Kümmersbruck, 95 €)
//   February:   Tue 06.02. 09:00–15:00 European election (Landratsamt, free); Wed 14.02. 09:00–12:00 apprentices
//               (Rathaus Vilseck, free)
//   March:      the draft dog-tax course (Tue 13.03.); Thu 22.03. (CET) and Thu 29.03. (CEST) 09:00–16:00 project
//               management (Landratsamt, 380 €, deadline Fri 02.03. 12:00)
//   April:      the draft e-mobility course (Thu 19.04.)
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-11-07T12:00:00Z'); // Tuesday, 7 November 2028, 13:00 in Amberg (CET)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Nicht jeder Anhang ist harmlos', // Tue 07.11. 14:00–15:30, online, LRA Informationssicherheit, Fleischmann, phishing, free
  grundsteuer: 'Grundsteuer in Bayern: Flächenmodell, Hebesatz und Bescheid', // Wed 08.11. 09:00–12:30, Rathaus Sulzbach-Rosenberg, BVS, Dr. Kellermann, 145 €
  protokoll: 'Wer schreibt, der bleibt', // Thu 09.11. 09:00–15:00, Rathaus Hirschau, BVS, Lindner, council minutes, 160 €, deadline passed Thu 26.10. 23:59 (CEST)
  serienbrief: 'Einmal schreiben, hundertmal versenden', // Fri 10.11. 09:00–11:30, online, VHS, Rösch, mail merge in Word, 49 € (Dienststelle pays)
  stimme: 'Wenn die Stimme streikt', // Mon 13.11. 17:30–19:30, VHS-Haus Sulzbach-Rosenberg, VHS, Wittmann, voice training / hoarseness, 18 €
  baum: 'Schnitt zur rechten Zeit', // Tue 14.11. 08:00–15:30, Bauhof Hahnbach, LWG, Bösl, tree inspection / hedges, 95 €
  english: 'Welcome Desk: English for Citizen Services', // Wed 15.11. 09:00–12:00, Rathaus Vilseck, VHS, Turner, in English, 75 €, deadline Wed 08.11. 12:00
  ki: 'Texte schneller, aber richtig', // Thu 16.11. 13:00–16:00, hybrid (Landratsamt), OTH, Prof. Dr. Sauer, ChatGPT / Copilot, free
  vergabe: 'Ausschreiben ohne Bauchweh', // Mon 20.11. 09:00–16:00, Landratsamt, BVS, Dr. Reindl, UVgO procurement, 240 €, deadline Fri 10.11. 23:59
  ersteHilfe: 'Erste-Hilfe-Fortbildung für Ersthelferinnen und Ersthelfer', // Tue 21.11. 08:30–16:00, Rathaus Kümmersbruck, KUVB, Meier, free (KUVB pays), 20 seats
  auskunft: 'Was wissen Sie über mich?', // Thu 23.11. 09:00–12:00, online, LRA Datenschutz, Hausmann, Art. 15 DSGVO access requests, free
  fuehrung: 'Neue Rolle, alte Kollegen', // Mon 27.11. and Tue 28.11. 09:00–16:00, Bildungshaus Kloster Ensdorf, BVS, Dr. Achatz, new managers, 420 €, deadline Fri 10.11. 23:59
  kasse: 'Bargeld sicher verwalten: Zahlstellen und Handvorschüsse', // Tue 05.12. 09:00–12:00, Rathaus Auerbach, BKPV, Schreml, 95 €
  ozg: 'Der Antrag kommt digital', // Thu 07.12. 14:00–16:00, online, AKDB, Zeitler, OZG / BayernID / BayernPortal, free
  kita: 'Kita-Gebühren und Förderung nach dem BayKiBiG', // Tue 12.12. 09:00–15:00, Rathaus Schnaittenbach, BVS, Pirner, Kindergärten / Elternbeiträge, 150 €, municipalities only
  haushalt: 'Zwischen Ansatz und Rechnung', // Tue 16.01.2029 09:00–16:00, Landratsamt, BVS, Pirner, cameral budget execution, 210 €
  deeskalation: 'Wenn Bürger laut werden', // Thu 18.01. 09:00–12:00, Rathaus Sulzbach-Rosenberg, KUVB, Graf, aggressive visitors, free
  ruhestand: 'Der letzte Arbeitstag kommt bestimmt', // Wed 24.01. 13:30–16:00, online, Versorgungskammer, Lang, retirement / pension, free
  fund: 'Gefunden, abgegeben – und dann?', // Tue 30.01. 09:00–12:30, Rathaus Kümmersbruck, BVS, Lindner, lost-property office, 95 €
  wahl: 'Kreuzchen, Kuvert, Kontrolle', // Tue 06.02. 09:00–15:00, Landratsamt, LRA, Wild, European election 2029 / postal vote, free, 40 seats
  ausbilder: 'Vom ersten Tag an dabei', // Wed 14.02. 09:00–12:00, Rathaus Vilseck, LRA Personalentwicklung, Ziegler, trainers of apprentices, free
  projekt: 'Vom Auftrag zum Abschluss', // Thu 22.03. (CET) and Thu 29.03. (CEST) 09:00–16:00, Landratsamt, BVS, Dr. Ebner, project management, 380 €, 16 seats
  hund: 'Hundesteuer und Kampfhunde: Vollzug in der Gemeinde', // draft (Tue 13.03.2029)
  emobil: 'Elektromobilität im kommunalen Fuhrpark', // draft (Thu 19.04.2029)
  powerpoint: 'PowerPoint kompakt: Überzeugend präsentieren', // cancelled (Fri 17.11.2028)
  waerme: 'Kommunale Wärmeplanung: Pflichten und Fahrplan für Gemeinden', // cancelled (Wed 06.12.2028)
  reisekosten: 'Reisekosten richtig abrechnen nach dem BayRKG', // past (Mon 06.11.2028, yesterday)
  friedhof: 'Friedhofsgebühren kalkulieren', // past (Thu 19.10.2028)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.hund, T.emobil, T.powerpoint, T.waerme, T.reisekosten, T.friedhof];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'heute', q: 'Was läuft heute noch?', kind: 'list', titles: [T.phishing] },
  {
    conv: 'heute',
    q: 'ist das online oder vor ort?',
    kind: 'facts',
    titles: [T.phishing],
    says: ['findet online statt'],
  },
  {
    conv: 'heute',
    q: 'wie lange geht das?',
    kind: 'facts',
    titles: [T.phishing],
    says: ['dauert 1,5 Stunden, von 14:00 bis 15:30 Uhr'],
  },
  { conv: 'morgen', q: 'was steht morgen an?', kind: 'list', titles: [T.grundsteuer] },
  { conv: 'morgen', q: 'was kostet das?', kind: 'facts', titles: [T.grundsteuer], says: ['kostet 145 €'] },
  {
    conv: 'protokoll',
    q: 'ich soll künftig das protokoll im gemeinderat schreiben – gibt es dafür eine schulung?',
    kind: 'list',
    titles: [T.protokoll],
  },
  {
    conv: 'protokoll',
    q: 'wann ist anmeldeschluss?',
    kind: 'facts',
    titles: [T.protokoll],
    says: ['ist am Do., 26.10.2028, 23:59 Uhr abgelaufen'],
  },
  {
    conv: 'protokoll',
    q: 'und wo findet es statt?',
    kind: 'facts',
    titles: [T.protokoll],
    says: ['findet im Rathaus Hirschau'],
  },
  {
    conv: 'fuehrung',
    q: 'bin seit kurzem teamleiter und muss jetzt meine ehemaligen kollegen führen – gibt es da was?',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'fuehrung',
    q: 'an welchen tagen?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Mo., 27.11.2028 und Di., 28.11.2028', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'fuehrung',
    q: 'was kostet der spaß?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['kostet 420 €'],
    mentions: ['Einschließlich Übernachtung und Verpflegung im Bildungshaus.'],
  },
  {
    conv: 'english',
    q: "do you have an English class for staff at the citizens' office?",
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  { conv: 'english', q: 'how much is it?', locale: 'en', kind: 'facts', titles: [T.english], says: ['costs €75'] },
  {
    conv: 'english',
    q: 'until when can I sign up?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['until Wed, 8 Nov 2028, 12:00'],
  },
  { conv: 'ki', q: 'kurs zu chatgpt und copilot', kind: 'list', titles: [T.ki] },
  {
    conv: 'ki',
    q: 'kann man da auch online teilnehmen?',
    kind: 'facts',
    titles: [T.ki],
    says: ['im Landratsamt Amberg-Sulzbach', 'oder online'],
  },
  {
    conv: 'ki',
    q: 'um wie viel uhr beginnt es?',
    kind: 'facts',
    titles: [T.ki],
    says: ['beginnt am Do., 16.11.2028 um 13:00 Uhr'],
  },
  { conv: 'projekt', q: 'projektmanagement seminar', kind: 'list', titles: [T.projekt] },
  {
    conv: 'projekt',
    q: 'wann genau?',
    kind: 'facts',
    titles: [T.projekt],
    says: ['an 2 Tagen', 'Do., 22.03.2029 und Do., 29.03.2029', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'projekt',
    q: 'sind noch plätze frei?',
    kind: 'facts',
    titles: [T.projekt],
    says: ['noch 16 von 16 Plätzen frei'],
  },
  {
    conv: 'baum',
    q: 'training on tree inspection for the building yard staff',
    locale: 'en',
    kind: 'list',
    titles: [T.baum],
  },
  {
    conv: 'baum',
    q: 'where is it held?',
    locale: 'en',
    kind: 'facts',
    titles: [T.baum],
    says: ['takes place at Bauhof des Marktes Hahnbach'],
  },
  {
    conv: 'baum',
    q: "who's the trainer?",
    locale: 'en',
    kind: 'facts',
    titles: [T.baum],
    says: ['is led by Herr Georg Bösl'],
  },
  // --- facts -----------------------------------------------------------------------------------------------------------
  { q: 'was kostet die kita-schulung?', kind: 'facts', titles: [T.kita], says: ['kostet 150 €'] },
  { q: 'was kostet „Wer schreibt, der bleibt“?', kind: 'facts', titles: [T.protokoll], says: ['kostet 160 €'] },
  {
    q: 'wann ist das seminar zum fundbüro?',
    kind: 'facts',
    titles: [T.fund],
    says: ['am Di., 30.01.2029 von 09:00 bis 12:30 Uhr'],
  },
  {
    q: 'wo findet die erste hilfe fortbildung statt',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['im Rathaus Kümmersbruck'],
  },
  {
    q: 'muss ich für den erste-hilfe-kurs was zahlen?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangskosten übernimmt die KUVB.'],
  },
  {
    q: 'how long is the retirement seminar?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ruhestand],
    says: ['lasts 2.5 hours, from 13:30 to 16:00'],
  },
  {
    q: 'wer leitet das seminar zum vergaberecht?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['leitet Herr Dr. Thomas Reindl'],
  },
  {
    q: 'wann fängt das stimmtraining an?',
    kind: 'facts',
    titles: [T.stimme],
    says: ['beginnt am Mo., 13.11.2028 um 17:30 Uhr'],
  },
  {
    q: 'wie lange dauert die zahlstellen-schulung?',
    kind: 'facts',
    titles: [T.kasse],
    says: ['dauert 3 Stunden, von 09:00 bis 12:00 Uhr'],
  },
  // --- topic searches: typos, words only in summary or description, everyday words, English ----------------------------
  { q: 'phishing mails erkennen', kind: 'list', titles: [T.phishing] },
  { q: 'serienbrief in word', kind: 'list', titles: [T.serienbrief] },
  { q: 'ich bin vom vielen telefonieren abends immer heiser', kind: 'list', titles: [T.stimme] },
  { q: 'hecken und straßenbäume zurückschneiden', kind: 'list', titles: [T.baum] },
  { q: 'was tun, wenn besucher am schalter aggressiv werden?', kind: 'list', titles: [T.deeskalation] },
  { q: 'fundfahrräder versteigern', kind: 'list', titles: [T.fund] },
  { q: 'briefwahl organisieren', kind: 'list', titles: [T.wahl] },
  { q: 'wie betreue ich unsere azubis richtig', kind: 'list', titles: [T.ausbilder] },
  { q: 'bayernid und onlinedienste einrichten', kind: 'list', titles: [T.ozg] },
  { q: 'elternbeiträge im kindergarten berechnen', kind: 'list', titles: [T.kita] },
  { q: 'grundsteur hebesatz', kind: 'list', titles: [T.grundsteuer] },
  { q: 'überplanmäßige ausgaben', kind: 'list', titles: [T.haushalt] },
  { q: 'GDPR subject access requests', locale: 'en', kind: 'list', titles: [T.auskunft] },
  // --- time and place filters, format, provider, trainer, cost, length, language ---------------------------------------
  {
    q: 'was ist diese woche noch?',
    kind: 'list',
    titles: [T.phishing, T.grundsteuer, T.protokoll, T.serienbrief],
  },
  { q: 'was steht nächste woche an?', kind: 'list', titles: [T.stimme, T.baum, T.english, T.ki] },
  { q: 'seminare im dezember', kind: 'list', titles: [T.kasse, T.ozg, T.kita] },
  { q: 'was gibt es im januar?', kind: 'list', titles: [T.haushalt, T.deeskalation, T.ruhestand, T.fund] },
  { q: 'any courses in february?', locale: 'en', kind: 'list', titles: [T.wahl, T.ausbilder] },
  { q: 'was ist am 21.11.?', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'gibt es etwas nach feierabend?', kind: 'list', titles: [T.stimme] },
  { q: 'seminare in sulzbach-rosenberg', kind: 'list', ...only(T.grundsteuer, T.stimme, T.deeskalation) },
  { q: 'was findet in kümmersbruck statt?', kind: 'list', ...only(T.ersteHilfe, T.fund) },
  {
    q: 'was findet im landratsamt statt?',
    kind: 'list',
    ...only(T.ki, T.vergabe, T.haushalt, T.wahl, T.projekt),
  },
  { q: 'welche kurse hält herr lindner?', kind: 'list', ...only(T.protokoll, T.fund) },
  {
    q: 'seminare, die mehr als 200 euro kosten',
    kind: 'list',
    ...only(T.vergabe, T.fuehrung, T.haushalt, T.projekt),
  },
  { q: 'kurse, die höchstens zwei stunden dauern', kind: 'list', ...only(T.phishing, T.stimme, T.ozg) },
  { q: 'gibt es mehrtägige seminare?', kind: 'list', titles: [T.fuehrung, T.projekt] },
  { q: 'seminare auf englisch', kind: 'list', titles: [T.english] },
  { q: 'gibt es zwischen weihnachten und silvester etwas?', kind: 'none' },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'findet der powerpoint kurs statt?', kind: 'gone', gone: T.powerpoint },
  { q: 'seminar zur kommunalen wärmeplanung', kind: 'gone', gone: T.waerme },
  { q: 'reisekostenabrechnung schulung', kind: 'gone', gone: T.reisekosten, says: ['Mo., 06.11.2028'] },
  {
    q: 'kommt die schulung zu friedhofsgebühren nochmal?',
    kind: 'gone',
    gone: T.friedhof,
    says: ['Do., 19.10.2028'],
  },
  { q: 'hundesteuer', kind: 'none' },
  { q: 'e-autos im fuhrpark', kind: 'none' },
  { q: 'gabelstaplerschein', kind: 'none' },
  { q: 'was gibt es in birgland?', kind: 'none' },
  { q: 'Grüß Gott', kind: 'help' },
  { q: 'wo bin ich überall angemeldet?', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-ninety-second, independent catalogue (Landkreis Amberg-Sulzbach, BVS, KUVB, AKDB, VHS Amberg-Sulzbach)',
  {
    fixture: 'heldout292-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
