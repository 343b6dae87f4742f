// Over-fitting check, two-hundred-and-ninetieth catalogue: the autumn 2028 programme for the Landkreis Erlangen-Höchstadt
// (Bavaria) and its towns and municipalities (Herzogenaurach, Höchstadt a.d.Aisch, Baiersdorf, Eckental, Heroldsberg,
// Adelsdorf, Weisendorf and the Verwaltungsgemeinschaft Uttenreuth with Buckenhof, Marloffstein and Spardorf), with the
// Bayerische Verwaltungsschule (BVS), the Kommunale Unfallversicherung Bayern (KUVB), the AKDB, the Bayerischer
// Kommunaler Prüfungsverband (BKPV), the Bayerischer Gemeindetag, the Landesamt für Sicherheit in der Informationstechnik
// (LSI), the Landratsamt's Personalentwicklung and the Volkshochschule Herzogenaurach (VHS), imported from a JSON file.
// Seminars take place in the Landratsamt Erlangen-Höchstadt (in Erlangen), the town halls of Herzogenaurach, Höchstadt
// a.d.Aisch, Baiersdorf, Eckental and Uttenreuth, the Schloss Höchstadt, the Vereinshaus and the VHS in Herzogenaurach,
// the Bauhof Heroldsberg, the Feuerwehrhaus Adelsdorf, online or hybrid. Several titles do not name their subject
// ("Rathaus rund um die Uhr" is OZG online services, "Wer darf was wissen?" data protection / DSGVO, "Zahlen, die
// entscheiden" the budget for council members, "Wenn es am Schalter laut wird" de-escalation, "Rechnungen ohne Papier"
// the e-invoice, "Wenn der Ast bricht" tree inspection, "Entspannt in den Feierabend" yoga, "Nicht jeder Anhang ist
// harmlos" phishing, "Entscheiden mit Begründung" administrative procedure, "Papierlos in die Sitzung" the council
// information system, "Schneller zum ersten Entwurf" AI, "Vom Kollegen zur Chefin" new managers, "Zeugnisse, die Türen
// öffnen" job references, "Was kostet ein Kubikmeter?" water and sewage fees, "Kurz, klar, protokolliert" minutes), so
// only summary, description or topics reveal it; one seminar is held in English; the registration course runs on two
// days in a row and the leadership course on two Thursdays across the end of summer time (Sun 29.10.2028); the council
// information system course is open only to the VG Uttenreuth; first aid is free, paid by the KUVB; two courses run in
// the evening. The questions are terse chat queries as employees type them (lower case, typos, missing umlauts,
// abbreviations), with short follow-up conversations, some in English, written without looking at the parser.
//
// Calendar around `now` (Monday 4 September 2028, 08:20 in Erlangen, summer time; winter time begins Sun 29.10.2028):
//   this week:  Mon 04.09. (today) 14:00–15:30 OZG (online); Tue 05.09. (tomorrow) 08:30–16:00 first aid (Rathaus
//               Baiersdorf); Wed 06.09. 09:00–12:00 DSGVO (Landratsamt, 145 €); Thu 07.09. 18:30–21:00 budget for council
//               members (Rathaus Höchstadt, evening); Fri 08.09. 09:00–12:00 Excel (online, 79 €)
//   next week:  Mon 11.09. 09:00–16:00 building code (Landratsamt; deadline passed Fri 01.09. 12:00), Tue 12.09.
//               09:00–15:00 de-escalation (Rathaus Herzogenaurach), Wed 13.09. 10:00–12:00 e-invoice (online), Thu 14.09.
//               09:00–12:30 English (Rathaus Herzogenaurach; deadline Thu 07.09. 23:59); the cancelled Word course (Fri
//               15.09.)
//   September:  Tue 19.09. 08:00–15:00 tree inspection (Bauhof Heroldsberg), Wed 20.09. 18:00–19:30 yoga (VHS
//               Herzogenaurach, evening), Thu 21.09. and Fri 22.09. 09:00–16:00 registration law (Rathaus Eckental), Tue
//               26.09. 10:00–11:30 phishing (online), Wed 27.09. 08:00–12:00 fire wardens (Feuerwehrhaus Adelsdorf)
//   October:    the cancelled forklift course (Thu 05.10.), Tue 10.10. 09:00–16:00 administrative procedure (hybrid,
//               Landratsamt), Thu 12.10. 14:00–16:30 council information system (Rathaus Uttenreuth, VG members only),
//               Mon 16.10. 14:00–16:30 AI (Vereinshaus Herzogenaurach), Wed 18.10. 09:00–13:00 cash offices (Rathaus
//               Höchstadt), Thu 26.10. (CEST) and Thu 02.11. (CET) 09:00–16:30 leadership (Landratsamt; deadline Fri
//               13.10. 23:59)
//   later:      Tue 07.11. 09:00–16:00 job references (Landratsamt; no deadline given, so the start), Wed 15.11. fees
//               (Schloss Höchstadt), the draft dog-tax course (Wed 22.11.), Tue 05.12. 09:00–12:00 minutes (online), the
//               draft fairs course (Wed 17.01.2029)
//   past:       Wed 17.05.2028 naming law (online), Tue 13.06.2028 property tax (Rathaus Baiersdorf).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-09-04T06:20:00Z'); // Monday, 4 September 2028, 08:20 in Erlangen (CEST)
const TZ = 'Europe/Berlin';

const T = {
  ozg: 'Rathaus rund um die Uhr', // Mon 04.09. 14:00–15:30, online, AKDB, Sommer, OZG / BayernPortal / BayernID, free
  ersteHilfe: 'Erste Hilfe im Betrieb: Fortbildung für Ersthelferinnen und Ersthelfer', // Tue 05.09. 08:30–16:00, Rathaus Baiersdorf, KUVB, Dietz, free (KUVB pays)
  dsgvo: 'Wer darf was wissen?', // Wed 06.09. 09:00–12:00, Landratsamt, BVS, Dr. Roth, data protection / DSGVO, 145 €
  haushaltRat: 'Zahlen, die entscheiden', // Thu 07.09. 18:30–21:00, Rathaus Höchstadt, BVS, Dr. Pfister, budget for council members, 40 €
  excel: 'Excel für Fortgeschrittene: Pivot-Tabellen, SVERWEIS und Diagramme', // Fri 08.09. 09:00–12:00, online, VHS, Keller, 79 € (Dienststelle pays), 12 seats
  bau: 'Bauanträge sicher prüfen: die Bayerische Bauordnung in der Praxis', // Mon 11.09. 09:00–16:00, Landratsamt, BVS, Dr. Roth, 240 €, deadline passed Fri 01.09. 12:00
  deeskalation: 'Wenn es am Schalter laut wird', // Tue 12.09. 09:00–15:00, Rathaus Herzogenaurach, KUVB, Brandt, aggressive visitors, free
  erechnung: 'Rechnungen ohne Papier', // Wed 13.09. 10:00–12:00, online, AKDB, Sommer, XRechnung / e-invoice, free
  english: "Welcome to Herzogenaurach: English at the Citizens' Office", // Thu 14.09. 09:00–12:30, Rathaus Herzogenaurach, VHS, Carter, 90 €, deadline Thu 07.09. 23:59
  baum: 'Wenn der Ast bricht', // Tue 19.09. 08:00–15:00, Bauhof Heroldsberg, Gemeindetag, Held, tree inspection, 95 €
  yoga: 'Entspannt in den Feierabend', // Wed 20.09. 18:00–19:30, VHS Herzogenaurach, VHS, Lindner, yoga / stress, 18 €
  melde: 'Meldewesen kompakt: An-, Um- und Abmeldung nach dem Bundesmeldegesetz', // Thu 21.09. and Fri 22.09. 09:00–16:00, Rathaus Eckental, BVS, Hofmann, 310 €
  phishing: 'Nicht jeder Anhang ist harmlos', // Tue 26.09. 10:00–11:30, online, LSI, Vogel, phishing / IT security, free
  brandschutz: 'Brandschutzhelferinnen und Brandschutzhelfer: Ausbildung nach DGUV Information 205-023', // Wed 27.09. 08:00–12:00, Feuerwehrhaus Adelsdorf, KUVB, Kraus, free
  verfahren: 'Entscheiden mit Begründung', // Tue 10.10. 09:00–16:00, hybrid (Landratsamt), BVS, Dr. Roth, BayVwVfG / Ermessen, 225 €
  ris: 'Papierlos in die Sitzung', // Thu 12.10. 14:00–16:30, Rathaus Uttenreuth, VG Uttenreuth, Wolf, council information system, VG members only, free
  ki: 'Schneller zum ersten Entwurf', // Mon 16.10. 14:00–16:30, Vereinshaus Herzogenaurach, AKDB, Seidel, AI / ChatGPT / Copilot, free
  zahlstelle: 'Zahlstellen und Handvorschüsse ordnungsgemäß führen', // Wed 18.10. 09:00–13:00, Rathaus Höchstadt, BKPV, Endres, 160 €, 16 seats
  fuehrung: 'Vom Kollegen zur Chefin', // Thu 26.10. (CEST) and Thu 02.11. (CET) 09:00–16:30, Landratsamt, BVS, Dr. Winkler, new managers, 380 €, deadline Fri 13.10. 23:59
  zeugnis: 'Zeugnisse, die Türen öffnen', // Tue 07.11. 09:00–16:00, Landratsamt, PE, Brunner, job references, free, no deadline given
  gebuehren: 'Was kostet ein Kubikmeter?', // Wed 15.11. 09:00–16:00, Schloss Höchstadt, BKPV, Endres, water / sewage fees (KAG), 210 €
  protokoll: 'Kurz, klar, protokolliert', // Tue 05.12. 09:00–12:00, online, VHS, Lang, minutes, 59 €
  hundesteuer: 'Hundesteuer und Hundehaltung: Satzung und Vollzug', // draft (Wed 22.11.)
  volksfest: 'Volksfeste und Märkte sicher genehmigen', // draft (Wed 17.01.2029)
  serienbrief: 'Serienbriefe mit Word', // cancelled (Fri 15.09.2028)
  stapler: 'Gabelstapler-Fahrausweis für Bauhofbeschäftigte', // cancelled (Thu 05.10.2028)
  grundsteuer: 'Grundsteuer in Bayern: das Flächenmodell im Vollzug', // past (Tue 13 June 2028)
  namensrecht: 'Das neue Namensrecht im Standesamt', // past (Wed 17 May 2028)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.hundesteuer, T.volksfest, T.serienbrief, T.stapler, T.grundsteuer, T.namensrecht];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'heute', q: 'was is heute noch', kind: 'list', titles: [T.ozg] },
  {
    conv: 'heute',
    q: 'wie lang geht das',
    kind: 'facts',
    titles: [T.ozg],
    says: ['dauert 1,5 Stunden, von 14:00 bis 15:30 Uhr'],
  },
  { conv: 'morgen', q: 'morgen was los?', kind: 'list', titles: [T.ersteHilfe] },
  { conv: 'morgen', q: 'wo genau', kind: 'facts', titles: [T.ersteHilfe], says: ['im Rathaus Baiersdorf'] },
  {
    conv: 'morgen',
    q: 'kost das was',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangskosten übernimmt die KUVB für ihre Mitglieder.'],
  },
  { conv: 'dsgvo', q: 'dsgvo schulung', kind: 'list', titles: [T.dsgvo] },
  {
    conv: 'dsgvo',
    q: 'wann',
    kind: 'facts',
    titles: [T.dsgvo],
    says: ['am Mi., 06.09.2028 von 09:00 bis 12:00 Uhr'],
  },
  {
    miss: 'the English course is at the "Citizens Office", which the front office or desk does not name (as a synonym it also lists that course beside the counter course of the hundred-and-fifty-first catalogue)',
    conv: 'english',
    q: 'english course for the front office?',
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  {
    miss: 'follows the missed English course',
    conv: 'english',
    q: 'registration deadline?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['until Thu, 7 Sep 2028, 23:59'],
  },
  { conv: 'bau', q: 'bauordnung kurs', kind: 'list', titles: [T.bau] },
  {
    conv: 'bau',
    q: 'anmeldeschluss?',
    kind: 'facts',
    titles: [T.bau],
    says: ['ist am Fr., 01.09.2028, 12:00 Uhr abgelaufen'],
  },
  { conv: 'fuehrung', q: 'neu als führungskraft, gibts was zum einstieg', kind: 'list', titles: [T.fuehrung] },
  {
    conv: 'fuehrung',
    q: 'wann genau',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 26.10.2028 und Do., 02.11.2028', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    conv: 'fuehrung',
    q: 'anmeldung bis wann',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['bis Fr., 13.10.2028, 23:59 Uhr'],
  },
  { conv: 'baum', q: 'baumkontrolle', kind: 'list', titles: [T.baum] },
  {
    conv: 'baum',
    q: 'um wieviel uhr gehts los',
    kind: 'facts',
    titles: [T.baum],
    says: ['beginnt am Di., 19.09.2028 um 08:00 Uhr'],
  },
  { conv: 'zahlstelle', q: 'handvorschuss kasse schulung', kind: 'list', titles: [T.zahlstelle] },
  {
    conv: 'zahlstelle',
    q: 'noch plaetze frei?',
    kind: 'facts',
    titles: [T.zahlstelle],
    says: ['noch 16 von 16 Plätzen frei'],
  },
  { conv: 'ris', q: 'ratsinfo system schulung', kind: 'list', titles: [T.ris] },
  {
    conv: 'ris',
    q: 'präsenz oder online',
    kind: 'facts',
    titles: [T.ris],
    says: ['findet in Präsenz statt, im Rathaus Uttenreuth'],
  },
  { conv: 'melde', q: 'ummelden bundesmeldegesetz', kind: 'list', titles: [T.melde] },
  {
    conv: 'melde',
    q: 'wie viele tage',
    kind: 'facts',
    titles: [T.melde],
    says: ['dauert 2 Tage, jeweils von 09:00 bis 16:00 Uhr'],
  },
  // --- facts -----------------------------------------------------------------------------------------------------------
  { q: 'was kostet dsgvo', kind: 'facts', titles: [T.dsgvo], says: ['kostet 145 €'] },
  {
    q: 'erste hilfe wann',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['am Di., 05.09.2028 von 08:30 bis 16:00 Uhr'],
  },
  {
    q: 'excel fortgeschr kosten',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 79 €'],
    mentions: ['Die Gebühr trägt die entsendende Dienststelle.'],
  },
  { q: 'wo ist der ki kurs', kind: 'facts', titles: [T.ki], says: ['im Vereinshaus Herzogenaurach'] },
  { q: 'wer leitet yoga', kind: 'facts', titles: [T.yoga], says: ['leitet Frau Anja Lindner'] },
  {
    q: 'wie lange dauert brandschutzhelfer',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['dauert 4 Stunden, von 08:00 bis 12:00 Uhr'],
  },
  { q: 'e-rechnung online oder vor ort', kind: 'facts', titles: [T.erechnung], says: ['findet online statt'] },
  {
    q: 'verwaltungsverfahren seminar präsenz?',
    kind: 'facts',
    titles: [T.verfahren],
    says: ['findet hybrid statt: im Landratsamt Erlangen-Höchstadt'],
  },
  {
    q: 'when is the phishing training',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['on Tue, 26 Sep 2028 from 10:00 to 11:30'],
  },
  {
    q: 'wann fängt deeskalation an',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['beginnt am Di., 12.09.2028 um 09:00 Uhr'],
  },
  {
    q: 'anmeldeschluss arbeitszeugnis',
    kind: 'facts',
    titles: [T.zeugnis],
    says: ['bis Di., 07.11.2028, 09:00 Uhr'],
  },
  // --- topic searches: abbreviations, typos, words only in summary or description, everyday words ----------------------
  { q: 'ki kurs?', kind: 'list', titles: [T.ki] },
  { q: 'excel fortgeschr', kind: 'list', titles: [T.excel] },
  { q: 'pishing mails', kind: 'list', titles: [T.phishing] },
  { q: 'xrechnung', kind: 'list', titles: [T.erechnung] },
  { q: 'bayernportal onlinedienste', kind: 'list', titles: [T.ozg] },
  { q: 'umgang mit aggressiven bürgern', kind: 'list', titles: [T.deeskalation] },
  { q: 'stress abbauen nach der arbeit', kind: 'list', titles: [T.yoga] },
  { q: 'feuerloescher', kind: 'list', titles: [T.brandschutz] },
  { q: 'arbeitszeugnis schreiben', kind: 'list', titles: [T.zeugnis] },
  { q: 'abwassergebühren kalkulieren', kind: 'list', titles: [T.gebuehren] },
  { q: 'haushalt lesen als gemeinderat', kind: 'list', titles: [T.haushaltRat] },
  { q: 'datenschutz', kind: 'list', titles: [T.dsgvo] },
  { q: 'copilot schulung', kind: 'list', titles: [T.ki] },
  // --- time and place filters, format, provider, trainer, audience, cost, length ---------------------------------------
  { q: 'was läuft diese woche', kind: 'list', titles: [T.ozg, T.ersteHilfe, T.dsgvo, T.haushaltRat, T.excel] },
  { q: 'naechste woche?', kind: 'list', titles: [T.bau, T.deeskalation, T.erechnung, T.english] },
  { q: 'was ist am mittwoch', kind: 'list', titles: [T.dsgvo] },
  { q: 'was gibts im oktober', kind: 'list', titles: [T.verfahren, T.ris, T.ki, T.zahlstelle, T.fuehrung] },
  { q: 'online kurse im september', kind: 'list', titles: [T.ozg, T.excel, T.erechnung, T.phishing] },
  { q: 'abendkurse', kind: 'list', ...only(T.haushaltRat, T.yoga) },
  { q: 'was ist in herzogenaurach', kind: 'list', ...only(T.deeskalation, T.english, T.yoga, T.ki) },
  { q: 'kurse im landratsamt', kind: 'list', ...only(T.dsgvo, T.bau, T.verfahren, T.fuehrung, T.zeugnis) },
  { q: 'kurse von dr. roth', kind: 'list', ...only(T.dsgvo, T.bau, T.verfahren) },
  { q: 'was bietet der bkpv an', kind: 'list', ...only(T.zahlstelle, T.gebuehren) },
  { q: 'mehrtaegige seminare', kind: 'list', ...only(T.melde, T.fuehrung) },
  { q: 'seminare über 200 euro', kind: 'list', ...only(T.bau, T.melde, T.verfahren, T.fuehrung, T.gebuehren) },
  { q: 'was gibts für den bauhof', kind: 'list', titles: [T.baum] },
  { q: 'kurse bis 2 stunden', kind: 'list', ...only(T.ozg, T.erechnung, T.yoga, T.phishing) },
  { q: 'im dezember was?', kind: 'list', titles: [T.protokoll] },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'serienbrief kurs', kind: 'gone', gone: T.serienbrief },
  { q: 'gabelstapler schein', kind: 'gone', gone: T.stapler },
  { q: 'grundsteuer schulung', kind: 'gone', gone: T.grundsteuer, says: ['Di., 13.06.2028'] },
  { q: 'namensrecht standesamt wann war das', kind: 'gone', gone: T.namensrecht, says: ['Mi., 17.05.2028'] },
  { q: 'hundesteuer', kind: 'none' },
  { q: 'volksfest genehmigen', kind: 'none' },
  { q: 'was gibts in weisendorf', kind: 'none' },
  { q: 'hallo', kind: 'help' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-ninetieth, independent catalogue (Landkreis Erlangen-Höchstadt, BVS, KUVB, AKDB, BKPV, VHS Herzogenaurach)',
  {
    fixture: 'heldout290-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
