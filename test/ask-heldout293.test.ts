// Over-fitting check, two-hundred-and-ninety-third catalogue: the summer and autumn 2028 programme for the Landkreis
// Bayreuth (Upper Franconia, Bavaria) and its towns and municipalities (Pegnitz, Creußen, Hollfeld, Bindlach,
// Weidenberg, Thurnau, Speichersdorf, Bischofsgrün, …), with the Bayerische Verwaltungsschule (BVS), the Kommunale
// Unfallversicherung Bayern (KUVB), the AKDB, the Landratsamt's Personalentwicklung, Sachgebiet Digitalisierung and
// Kreisjugendamt, the Volkshochschule Bayreuther Land (VHS), the Fachverband der Standesbeamtinnen und Standesbeamten,
// the LWG and ver.di Bildung + Beratung, imported from a JSON file. The questions are asked by role and audience, as
// employees ask them ("was gibt es für …", "ich bin … – was passt?"): Führungskräfte, Azubis, Bauhof, Standesamt,
// Kita-Leitungen, Kämmerei, neue Beschäftigte, Personalrat, Digitallotsen, with follow-ups on facts. Several titles do
// not name their subject ("Gemeinsam weiter digital" is the Digitallotsen meeting, "Heiraten über Grenzen hinweg"
// marriages with a foreign element at the registry office, "Alles fest, nichts rutscht" load securing, "Der
// Rollenwechsel" new managers, "Im Gespräch bleiben" parents' complaints in the Kita, "Erst denken, dann klicken"
// phishing, "Das Jahresgespräch" appraisal interviews, "Aufrecht durch den Tag" back exercises, "Schreibhilfe mit
// Verstand" AI, "Standsicher?" tree inspection, "Ja, ich will – aber bitte feierlich" wedding ceremonies, "Erster Tag,
// gutes Gefühl" the trainees' induction day, "Gut angekommen" the induction for new employees, "Hinschauen und handeln"
// child protection), so only summary, description or topics reveal it; one seminar is held in English; the works
// council course runs on two Wednesdays across the end of summer time (Sun 29.10.2028); the new managers' course's
// deadline is today at noon; first aid is free (paid by the KUVB); the works council course's fee is paid by the
// Dienststelle; one evening course. Written without looking at the parser or the answers.
//
// Calendar around `now` (Friday 19 May 2028, 09:10 in Bayreuth, summer time; Christi Himmelfahrt Thu 25.05., Pfingsten
// Sun 04.06./Mon 05.06., Fronleichnam Thu 15.06.; summer time ends Sun 29.10.2028):
//   this week:  Fri 19.05. (today) 13:00–14:30 Digitallotsen meeting (online, free); nothing on Sat 20.05. (tomorrow)
//   next week:  Mon 22.05. 09:00–16:00 registry office / foreign marriages (Rathaus Pegnitz, 180 €; deadline passed Fri
//               12.05. 12:00), Tue 23.05. 08:00–15:00 load securing (Werkhalle Bauhof Bindlach, free, 12 seats), Wed
//               24.05. 13:30–16:30 dunning and enforcement (online, 95 €); nothing on Thu 25.05. (holiday) or Fri 26.05.
//   week after: Tue 30.05. and Wed 31.05. 09:00–16:30 new managers (Landratsamt, 420 €; deadline today Fri 19.05.
//               12:00), Thu 01.06. 09:00–12:00 parents' complaints (Rathaus Creußen), Fri 02.06. 10:00–11:00 phishing
//               (online)
//   June:       Mon 12.06. 09:00–12:30 Counter English (Landratsamt, 95 €, deadline Fri 02.06. 23:59), the cancelled
//               brush-cutter course (Tue 13.06.), Wed 14.06. 08:30–16:00 first aid (Rathaus Weidenberg), the cancelled
//               Excel course for the Kämmerei (Fri 16.06.), Tue 20.06. 09:00–12:00 online services / BayernID (hybrid,
//               Landratsamt), Wed 21.06. 09:00–16:00 appraisal interviews (Rathaus Pegnitz, 240 €), Tue 27.06.
//               17:30–19:00 back exercises (VHS-Haus Pegnitz, evening, 18 €), Thu 29.06. 14:00–16:00 AI (online)
//   July:       Wed 05.07. 07:30–15:30 tree inspection (Bauhof der Stadt Pegnitz, 150 €), Fri 07.07. 10:00–15:00
//               wedding ceremonies (Schloss Thurnau, 120 €), Mon 10.–Wed 12.07. 08:30–12:00 trainees' intermediate
//               exam (online, three mornings), Thu 13.07. 09:00–16:00 healthy leadership (Rathaus Hollfeld, free), Tue
//               18.07. 09:00–15:00 VAT § 2b UStG (Rathaus Speichersdorf, 210 €), the draft playground course (Wed
//               19.07.)
//   September:  Fri 01.09. 08:30–15:00 trainees' induction day (Landratsamt, 30 seats), Thu 21.09. 09:00–13:00 new
//               employees' induction (Landratsamt), Tue 26.09. 09:00–16:00 child protection (Rathaus Bindlach), the
//               draft naming-law course (Thu 28.09.)
//   autumn:     Wed 25.10. (CEST) and Wed 08.11. (CET) 09:00–16:00 works council basics (Haus des Gastes
//               Bischofsgrün, 590 €, deadline Fri 29.09. 23:59)
//   past:       Tue 14.03.2028 property tax (online), Wed 26.04.2028 travel expenses (Landratsamt).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-05-19T07:10:00Z'); // Friday, 19 May 2028, 09:10 in Bayreuth (CEST)
const TZ = 'Europe/Berlin';

const T = {
  lotsen: 'Gemeinsam weiter digital', // Fri 19.05. 13:00–14:30, online, LRA Digitalisierung, Hübner, Digitallotsen meeting, free
  standesamt: 'Heiraten über Grenzen hinweg', // Mon 22.05. 09:00–16:00, Rathaus Pegnitz, Fachverband, Dr. Kießling, foreign marriages, 180 €, deadline passed Fri 12.05. 12:00
  ladung: 'Alles fest, nichts rutscht', // Tue 23.05. 08:00–15:00, Werkhalle Bauhof Bindlach, KUVB, Pöhlmann, load securing, free, 12 seats
  kasse: 'Mahnen, stunden, vollstrecken: Forderungsmanagement in der Gemeindekasse', // Wed 24.05. 13:30–16:30, online, BVS, Sack, 95 €
  fuehrung: 'Der Rollenwechsel', // Tue 30.05. + Wed 31.05. 09:00–16:30, Landratsamt, BVS, Dr. Rauh, new managers, 420 €, deadline Fri 19.05. 12:00
  kita: 'Im Gespräch bleiben', // Thu 01.06. 09:00–12:00, Rathaus Creußen, Kreisjugendamt, Pfaffenberger, parents' complaints, free
  phishing: 'Erst denken, dann klicken', // Fri 02.06. 10:00–11:00, online, AKDB, Wunderlich, phishing, free
  english: 'Counter English: Serving International Residents', // Mon 12.06. 09:00–12:30, Landratsamt, VHS, Clarke, 95 €, deadline Fri 02.06. 23:59
  ersteHilfe: 'Erste Hilfe im Betrieb: Fortbildung für Ersthelfende', // Wed 14.06. 08:30–16:00, Rathaus Weidenberg, KUVB, Kolb, free (KUVB pays)
  onlinedienste: 'Vom Papierantrag zum Online-Dienst: BayernPortal und BayernID erklären', // Tue 20.06. 09:00–12:00, hybrid (Landratsamt), Hübner, free
  jahresgespraech: 'Das Jahresgespräch', // Wed 21.06. 09:00–16:00, Rathaus Pegnitz, BVS, Dr. Rauh, appraisal interviews, 240 €
  ruecken: 'Aufrecht durch den Tag', // Tue 27.06. 17:30–19:00, VHS-Haus Pegnitz, VHS, Grampp, back exercises, 18 €
  ki: 'Schreibhilfe mit Verstand', // Thu 29.06. 14:00–16:00, online, AKDB, Wunderlich, AI / ChatGPT, free
  baum: 'Standsicher?', // Wed 05.07. 07:30–15:30, Bauhof der Stadt Pegnitz, LWG, Dippold, tree inspection, 150 €
  trauung: 'Ja, ich will – aber bitte feierlich', // Fri 07.07. 10:00–15:00, Schloss Thurnau, Fachverband, Sticht, wedding ceremonies, 120 €
  azubiPruefung: 'Fit für die Zwischenprüfung: Verwaltungsfachangestellte', // Mon 10.–Wed 12.07. 08:30–12:00, online, PE, Hofmann, free
  gesundFuehren: 'Gesund führen: sich selbst und das Team stärken', // Thu 13.07. 09:00–16:00, Rathaus Hollfeld, KUVB, Dr. Weiß, free
  ustg: 'Umsatzsteuer in der Kommune: § 2b UStG in der Praxis', // Tue 18.07. 09:00–15:00, Rathaus Speichersdorf, BVS, Sack, 210 €
  azubiStart: 'Erster Tag, gutes Gefühl', // Fri 01.09. 08:30–15:00, Landratsamt, PE, Hofmann, trainees' induction day, free, 30 seats
  willkommen: 'Gut angekommen', // Thu 21.09. 09:00–13:00, Landratsamt, PE, Hofmann, induction for new employees, free
  kinderschutz: 'Hinschauen und handeln', // Tue 26.09. 09:00–16:00, Rathaus Bindlach, Kreisjugendamt, Pfaffenberger, child protection, free
  personalrat: 'Grundlagen der Personalratsarbeit nach dem BayPVG', // Wed 25.10. (CEST) + Wed 08.11. (CET) 09:00–16:00, Haus des Gastes Bischofsgrün, ver.di, Dötsch, 590 € (Dienststelle pays)
  namensrecht: 'Das neue Namensrecht in der Praxis', // draft (Thu 28.09.)
  spielplatz: 'Spielplätze sicher prüfen: Kontrolle nach DIN EN 1176', // draft (Wed 19.07.)
  freischneider: 'Freischneider und Motorsense sicher einsetzen', // cancelled (Tue 13.06.2028)
  excel: 'Excel für die Kämmerei: Haushaltsdaten auswerten', // cancelled (Fri 16.06.2028)
  grundsteuer: 'Grundsteuer nach der Reform: Bescheide, Widersprüche, Erlass', // past (Tue 14 March 2028)
  reisekosten: 'Reisekosten richtig abrechnen nach dem BayRKG', // past (Wed 26 April 2028)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.namensrecht, T.spielplatz, T.freischneider, T.excel, T.grundsteuer, T.reisekosten];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- roles and audiences: "was gibt es für …", "ich bin … – was passt?" ----------------------------------------------
  { q: 'was gibt es für führungskräfte?', kind: 'list', ...only(T.fuehrung, T.jahresgespraech, T.gesundFuehren) },
  { q: 'ich bin azubi – was passt für mich?', kind: 'list', ...only(T.azubiPruefung, T.azubiStart) },
  { q: 'was gibt es für den bauhof', kind: 'list', ...only(T.ladung, T.baum) },
  { q: 'ich arbeite im standesamt – was passt?', kind: 'list', ...only(T.standesamt, T.trauung) },
  { q: 'was gibt es für kita-leitungen?', kind: 'list', ...only(T.kita, T.kinderschutz) },
  { q: 'fortbildungen für die kämmerei', kind: 'list', ...only(T.kasse, T.ustg) },
  { q: 'ich bin neu hier – was gibt es für neue beschäftigte?', kind: 'list', first: T.willkommen },
  { q: 'ich bin digitallotsin – was passt?', kind: 'list', ...only(T.lotsen, T.onlinedienste) },
  { q: 'was gibt es im juli für führungskräfte', kind: 'list', titles: [T.gesundFuehren] },
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'heute', q: 'gibt es heute noch was?', kind: 'list', titles: [T.lotsen] },
  {
    conv: 'heute',
    q: 'ist das online oder vor ort?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['findet online statt'],
  },
  {
    conv: 'heute',
    q: 'wie lange geht das?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['dauert 1,5 Stunden, von 13:00 bis 14:30 Uhr'],
  },
  {
    conv: 'fuehrung',
    q: 'ich bin seit kurzem teamleiterin – gibt es was für den einstieg in die führungsrolle?',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'fuehrung',
    q: 'wann genau?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Di., 30.05.2028 und Mi., 31.05.2028', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    conv: 'fuehrung',
    q: 'bis wann muss ich mich anmelden?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['bis Fr., 19.05.2028, 12:00 Uhr'],
  },
  { conv: 'fuehrung', q: 'was kostet das?', kind: 'facts', titles: [T.fuehrung], says: ['kostet 420 €'] },
  { conv: 'standesamt', q: 'gibt es was zu eheschließungen mit auslandsbezug?', kind: 'list', titles: [T.standesamt] },
  {
    conv: 'standesamt',
    q: 'kann ich mich da noch anmelden?',
    kind: 'facts',
    titles: [T.standesamt],
    says: ['ist am Fr., 12.05.2028, 12:00 Uhr abgelaufen'],
  },
  { conv: 'bauhof', q: 'ich bin im bauhof – gibt es was zur ladungssicherung?', kind: 'list', titles: [T.ladung] },
  {
    conv: 'bauhof',
    q: "um wie viel uhr geht's los?",
    kind: 'facts',
    titles: [T.ladung],
    says: ['beginnt am Di., 23.05.2028 um 08:00 Uhr'],
  },
  {
    conv: 'bauhof',
    q: 'sind noch plätze frei?',
    kind: 'facts',
    titles: [T.ladung],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  {
    conv: 'kinderschutz',
    q: 'ich bin kita-leiterin – gibt es was zum kinderschutz?',
    kind: 'list',
    titles: [T.kinderschutz],
  },
  {
    conv: 'kinderschutz',
    q: 'wo findet das statt?',
    kind: 'facts',
    titles: [T.kinderschutz],
    says: ['im Rathaus Bindlach'],
  },
  { conv: 'personalrat', q: 'ich bin im personalrat – was passt?', kind: 'list', titles: [T.personalrat] },
  {
    conv: 'personalrat',
    q: 'wann genau?',
    kind: 'facts',
    titles: [T.personalrat],
    says: ['an 2 Tagen', 'Mi., 25.10.2028 und Mi., 08.11.2028', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'personalrat',
    q: 'wer bezahlt das?',
    kind: 'facts',
    titles: [T.personalrat],
    says: ['kostet 590 €'],
    mentions: ['Die Kosten trägt die Dienststelle (Art. 44 BayPVG).'],
  },
  { conv: 'english', q: 'is there a course in english?', locale: 'en', kind: 'list', titles: [T.english] },
  { conv: 'english', q: 'how much is it?', locale: 'en', kind: 'facts', titles: [T.english], says: ['costs €95'] },
  {
    conv: 'english',
    q: 'where is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['takes place at Landratsamt Bayreuth'],
  },
  {
    conv: 'azubi',
    q: 'ich bin azubi im zweiten lehrjahr – gibt es was zur zwischenprüfung?',
    kind: 'list',
    titles: [T.azubiPruefung],
  },
  {
    conv: 'azubi',
    q: 'an welchen tagen?',
    kind: 'facts',
    titles: [T.azubiPruefung],
    says: ['an 3 Tagen', 'Mo., 10.07.2028, Di., 11.07.2028 und Mi., 12.07.2028', 'jeweils von 08:30 bis 12:00 Uhr'],
  },
  // --- facts -----------------------------------------------------------------------------------------------------------
  {
    q: 'wann ist die erste-hilfe-fortbildung?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['am Mi., 14.06.2028 von 08:30 bis 16:00 Uhr'],
  },
  {
    q: 'muss ich für die erste hilfe fortbildung was zahlen?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangskosten übernimmt die KUVB für ihre Mitglieder.'],
  },
  {
    q: 'wie lange dauert die phishing-schulung?',
    kind: 'facts',
    titles: [T.phishing],
    says: ['dauert 1 Stunde, von 10:00 bis 11:00 Uhr'],
  },
  {
    q: 'wer leitet das seminar zum mitarbeitergespräch?',
    kind: 'facts',
    titles: [T.jahresgespraech],
    says: ['leitet Frau Dr. Christine Rauh'],
  },
  {
    q: 'ist die bayernid-schulung in präsenz oder online?',
    kind: 'facts',
    titles: [T.onlinedienste],
    says: ['findet hybrid statt: im Landratsamt Bayreuth'],
  },
  {
    q: 'anmeldeschluss für den englischkurs',
    kind: 'facts',
    titles: [T.english],
    says: ['bis Fr., 02.06.2028, 23:59 Uhr'],
  },
  {
    q: 'wann beginnt der einführungstag für azubis?',
    kind: 'facts',
    titles: [T.azubiStart],
    says: ['beginnt am Fr., 01.09.2028 um 08:30 Uhr'],
  },
  {
    q: 'baumkontrolle – wann und wo?',
    kind: 'facts',
    titles: [T.baum],
    says: ['am Mi., 05.07.2028 von 07:30 bis 15:30 Uhr', 'Bauhof der Stadt Pegnitz'],
  },
  {
    q: 'how long is the healthy leadership course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.gesundFuehren],
    says: ['lasts 7 hours, from 09:00 to 16:00'],
  },
  // --- topic searches: everyday words, words only in summary or description, typos, English -----------------------------
  { q: 'phishing mails erkennen', kind: 'list', titles: [T.phishing] },
  { q: 'chatgpt im büro', kind: 'list', titles: [T.ki] },
  { q: 'bäume auf standsicherheit prüfen', kind: 'list', titles: [T.baum] },
  { q: 'umsatzsteur für gemeinden', kind: 'list', titles: [T.ustg] },
  { q: 'kindeswohlgefährdung', kind: 'list', titles: [T.kinderschutz] },
  { q: 'first aid refresher', locale: 'en', kind: 'list', titles: [T.ersteHilfe] },
  // --- time, place and format filters, provider, cost, length ----------------------------------------------------------
  { q: 'ist morgen was?', kind: 'none' },
  { q: 'was ist am montag?', kind: 'list', titles: [T.standesamt] },
  { q: 'was ist nächste woche los?', kind: 'list', titles: [T.standesamt, T.ladung, T.kasse] },
  { q: 'was gibt es im juli?', kind: 'list', titles: [T.baum, T.trauung, T.azubiPruefung, T.gesundFuehren, T.ustg] },
  { q: 'seminare im september', kind: 'list', titles: [T.azubiStart, T.willkommen, T.kinderschutz] },
  { q: 'online-seminare im mai', kind: 'list', titles: [T.lotsen, T.kasse] },
  { q: 'gibt es abendkurse?', kind: 'list', titles: [T.ruecken] },
  {
    q: 'was findet im landratsamt statt',
    kind: 'list',
    ...only(T.fuehrung, T.english, T.onlinedienste, T.azubiStart, T.willkommen),
  },
  { q: 'seminare in pegnitz', kind: 'list', ...only(T.standesamt, T.jahresgespraech, T.ruecken, T.baum) },
  { q: 'what does the KUVB offer', locale: 'en', kind: 'list', ...only(T.ladung, T.ersteHilfe, T.gesundFuehren) },
  { q: 'welche seminare dauern mehrere tage?', kind: 'list', ...only(T.fuehrung, T.azubiPruefung, T.personalrat) },
  {
    q: 'seminare die mehr als 200 euro kosten',
    kind: 'list',
    ...only(T.fuehrung, T.jahresgespraech, T.ustg, T.personalrat),
  },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'gibt es noch den freischneider-lehrgang?', kind: 'gone', gone: T.freischneider },
  { q: 'excel für die kämmerei', kind: 'gone', gone: T.excel },
  { q: 'grundsteuer seminar', kind: 'gone', gone: T.grundsteuer, says: ['Di., 14.03.2028'] },
  { q: 'wann war die reisekosten-schulung?', kind: 'gone', gone: T.reisekosten, says: ['Mi., 26.04.2028'] },
  {
    q: 'namensrecht reform',
    kind: 'none',
  },
  { q: 'spielplatzkontrolle', kind: 'none' },
  {
    miss: 'being new in the council finds the Bauhof course held for the Gemeinde; the writer expected nothing',
    q: 'ich bin neu im gemeinderat – was passt?',
    kind: 'none',
  },
  { q: 'Grüß Gott!', kind: 'help' },
  { q: 'zeig mir meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-ninety-third, independent catalogue (Landkreis Bayreuth, roles and audiences)',
  {
    fixture: 'heldout293-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
