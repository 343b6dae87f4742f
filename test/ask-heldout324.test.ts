// Over-fitting check, three-hundred-and-twenty-fourth catalogue: the autumn 2030 programme for the Rhein-Pfalz-Kreis
// (Rhineland-Palatinate) and its towns, municipalities and Verbandsgemeinden (Schifferstadt, Limburgerhof, Mutterstadt,
// Böhl-Iggelheim, Bobenheim-Roxheim, Altrip, the Verbandsgemeinden Maxdorf and Römerberg-Dudenhofen), with the
// Kreisverwaltung's Personalentwicklung, the Kreisvolkshochschule (KVHS), the Unfallkasse Rheinland-Pfalz, the
// Landesbetrieb Daten und Information (LDI), the Hochschule für öffentliche Verwaltung (HöV, Mayen), the Kommunal-Akademie
// Rheinland-Pfalz (KAR) and the Gemeinde- und Städtebund (GStB), imported from a JSON file. Seminars take place in the
// Kreisverwaltung in Ludwigshafen, the Verbandsgemeindeverwaltung Maxdorf, the town halls of Schifferstadt, Limburgerhof,
// Mutterstadt, Böhl-Iggelheim and Dudenhofen, the KVHS's Bildungszentrum in Limburgerhof, the Stadthalle Schifferstadt,
// the Bauhof's Werkhalle in Mutterstadt, online or hybrid. Several titles do not name their subject ("Nicht jeder Link
// ist ein Freund" is phishing, "Pivot, SVERWEIS & Co." Excel, "Durchatmen" back exercises and relaxation, "Gut gerüstet
// für den Gemeinderat" the Gemeindeordnung for council members, "Wer schreibt, der bleibt" minutes in the Sitzungsdienst,
// "Ruhig bleiben, wenn es laut wird" de-escalation with aggressive citizens, "Bäume im Blick" tree inspection, "Fragen an
// die Maschine" AI / ChatGPT, "Alle zahlen ein bisschen" recurring road-building contributions, "Die Seiten gewechselt"
// new managers, "Jeder Cent zählt doppelt" the Doppik annual accounts, "Lesbar für alle" accessible documents,
// "Widerspruch eingelegt – und nun?" the objection procedure, "Ordnung ohne Papier" the e-file, "Klartext statt
// Amtsdeutsch" plain language, "Was im Jugendamt bleibt" social data protection, "Zeit für das Wesentliche" time
// management), so only summary, description or topics reveal it; one seminar is held in English; the leadership course
// runs on two days across the end of summer time (Sun 27.10.2030), the minutes course on two Mondays at different
// times, the Doppik course on three Tuesday mornings online; first aid and fire wardens are free, paid by the
// Unfallkasse; the Excel fee is paid by the sending office; two courses run in the evening. The questions ask for facts
// of every kind, in many ways (cost, length, start and end, deadline, seats, trainer, place, format), in German and
// English, with cancelled, past and draft seminars asked by name, written without looking at the parser or the answers.
//
// Calendar around `now` (Tuesday 1 October 2030, 08:45 in Ludwigshafen, summer time; Thu 03.10. is the Tag der Deutschen
// Einheit, a holiday; summer time ends Sun 27.10.2030):
//   this week:  Tue 01.10. (today) 13:30–15:00 phishing (online, free); Wed 02.10. (tomorrow) 09:00–12:00 Excel (online,
//               75 €, Dienststelle pays; deadline = start, 09:00); nothing on Thu 03.10. (holiday); Fri 04.10.
//               08:00–15:30 first aid (Rathaus Limburgerhof, free, paid by the Unfallkasse)
//   next week:  Mon 07.10. 09:00–16:00 procurement (Kreisverwaltung; deadline passed Mon 23.09. 12:00), Tue 08.10.
//               18:00–19:30 back exercises "Durchatmen" (KVHS Limburgerhof, evening, 12 €), Wed 09.10. 09:00–12:30 English
//               (Rathaus Schifferstadt, 90 €; deadline Wed 02.10. 23:59), Thu 10.10. 18:30–21:00 council members (Rathaus
//               Böhl-Iggelheim, evening, 30 €, 40 seats); nothing on Fri 11.10.
//   October:    Mon 14.10. 09:00–12:00 and Mon 21.10. 13:00–16:00 minutes (VG-Verwaltung Maxdorf, free), Tue 15.10.
//               09:00–16:00 de-escalation (Rathaus Mutterstadt, free, 14 seats), Wed 16.10. 07:30–15:00 tree inspection
//               (Bauhof Mutterstadt, 95 €), Thu 17.10. 14:00–16:30 AI (hybrid, Kreisverwaltung, free, 60 seats), the
//               cancelled PowerPoint course (Fri 18.10.), Tue 22.10. 09:00–16:00 recurring contributions (Stadthalle
//               Schifferstadt, 185 €; deadline Tue 08.10. 23:59), Thu 24.10. (CEST) and Tue 29.10. (CET) 09:00–16:00
//               leadership (Kreisverwaltung, 420 €; deadline Fri 11.10. 23:59)
//   November:   Tue 05.11., 12.11. and 19.11. 09:00–12:00 Doppik (online, 210 €), Wed 06.11. 10:00–12:00 accessible
//               documents (online, free), Thu 07.11. 09:00–13:00 fire wardens (Rathaus Dudenhofen, free), Wed 13.11.
//               09:00–16:00 objection procedure (hybrid, Rathaus Schifferstadt, 225 €), the cancelled telephone course
//               (Thu 14.11., Dudenhofen), Mon 18.11. 13:00–15:00 e-file (online, free, only Kreisverwaltung, VG Maxdorf and
//               Bobenheim-Roxheim)
//   December:   Tue 03.12. 09:00–16:00 plain language (KVHS, 110 €; deadline Fri 15.11. 12:00), the draft drone course
//               (Wed 04.12.), Tue 10.12. 09:00–12:30 social data protection (Kreisverwaltung, free; deadline = start),
//               Wed 11.12. 09:00–13:00 time management (online, 45 €)
//   January:    Thu 16.01.2031 09:00–15:00 psychological risk assessment (VG-Verwaltung Maxdorf, free), the draft dog-tax
//               course (Tue 21.01.2031)
//   past:       Tue 14.05.2030 property tax (online), Thu 12.09.2030 Rhine flood / disaster-control staff (Kreisverwaltung).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2030-10-01T06:45:00Z'); // Tuesday, 1 October 2030, 08:45 in Ludwigshafen (CEST)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Nicht jeder Link ist ein Freund', // Tue 01.10. 13:30–15:00, online, LDI, Wendt, phishing, free
  excel: 'Pivot, SVERWEIS & Co.', // Wed 02.10. 09:00–12:00, online, KVHS, Lüdtke, 75 € (Dienststelle pays), 12 seats
  ersteHilfe: 'Erste-Hilfe-Fortbildung für betriebliche Ersthelferinnen und Ersthelfer', // Fri 04.10. 08:00–15:30, Rathaus Limburgerhof, UK RLP, Markwardt, free (UK RLP pays)
  vergabe: 'Öffentliche Aufträge rechtssicher vergeben: UVgO, VOB/A und Wertgrenzen in Rheinland-Pfalz', // Mon 07.10. 09:00–16:00, Kreisverwaltung, HöV, Dr. Behrendt, 240 €, deadline passed Mon 23.09. 12:00
  durchatmen: 'Durchatmen', // Tue 08.10. 18:00–19:30, KVHS Limburgerhof, Kruse, back exercises / relaxation, 12 €
  english: 'Clear and Friendly: English at the Service Counter', // Wed 09.10. 09:00–12:30, Rathaus Schifferstadt, KVHS, Gallagher, 90 €, deadline Wed 02.10. 23:59, in English
  gemeinde: 'Gut gerüstet für den Gemeinderat', // Thu 10.10. 18:30–21:00, Rathaus Böhl-Iggelheim, GStB, Wellmann, 30 €, 40 seats
  protokoll: 'Wer schreibt, der bleibt', // Mon 14.10. 09:00–12:00 and Mon 21.10. 13:00–16:00, VG-Verwaltung Maxdorf, PE, Sternberg, minutes, free
  deeskalation: 'Ruhig bleiben, wenn es laut wird', // Tue 15.10. 09:00–16:00, Rathaus Mutterstadt, UK RLP, Rehberg, de-escalation, free, 14 seats
  baum: 'Bäume im Blick', // Wed 16.10. 07:30–15:00, Werkhalle Bauhof Mutterstadt, KAR, Pagel, tree inspection, 95 €
  ki: 'Fragen an die Maschine', // Thu 17.10. 14:00–16:30, hybrid (Kreisverwaltung), LDI, Wendt, AI / ChatGPT, free, 60 seats
  beitraege: 'Alle zahlen ein bisschen', // Tue 22.10. 09:00–16:00, Stadthalle Schifferstadt, HöV, Dr. Behrendt, recurring road-building contributions, 185 €, deadline Tue 08.10. 23:59
  fuehrung: 'Die Seiten gewechselt', // Thu 24.10. (CEST) and Tue 29.10. (CET) 09:00–16:00, Kreisverwaltung, HöV, Dr. Ehlers, new managers, 420 €, deadline Fri 11.10. 23:59
  doppik: 'Jeder Cent zählt doppelt', // Tue 05.11., 12.11., 19.11. 09:00–12:00, online, HöV, Voß, Doppik annual accounts, 210 €
  barrierefrei: 'Lesbar für alle', // Wed 06.11. 10:00–12:00, online, PE, Holz, accessible Word/PDF, free
  brandschutz: 'Brandschutzhelferinnen und Brandschutzhelfer: Ausbildung nach ASR A2.2', // Thu 07.11. 09:00–13:00, Rathaus Dudenhofen, UK RLP, Markwardt, free (UK RLP pays)
  widerspruch: 'Widerspruch eingelegt – und nun?', // Wed 13.11. 09:00–16:00, hybrid (Rathaus Schifferstadt), HöV, Dr. Behrendt, 225 €
  eakte: 'Ordnung ohne Papier', // Mon 18.11. 13:00–15:00, online, LDI, Block, e-file, free, only some municipalities
  klartext: 'Klartext statt Amtsdeutsch', // Tue 03.12. 09:00–16:00, KVHS Limburgerhof, Schwarz, plain language, 110 €, deadline Fri 15.11. 12:00
  sozialdaten: 'Was im Jugendamt bleibt', // Tue 10.12. 09:00–12:30, Kreisverwaltung, PE, Lange, social data protection, free
  zeit: 'Zeit für das Wesentliche', // Wed 11.12. 09:00–13:00, online, KVHS, Lüdtke, time management, 45 €
  gefaehrdung: 'Gefährdungsbeurteilung psychischer Belastung', // Thu 16.01.2031 09:00–15:00, VG-Verwaltung Maxdorf, UK RLP, Rehberg, free
  drohnen: 'Drohnen im kommunalen Einsatz: Vermessung, Inspektion und Luftrecht', // draft (Wed 04.12.2030)
  hundesteuer: 'Hundesteuer rechtssicher erheben', // draft (Tue 21.01.2031)
  powerpoint: 'PowerPoint-Präsentationen, die im Gedächtnis bleiben', // cancelled (Fri 18.10.2030)
  telefon: 'Souverän am Telefon', // cancelled (Thu 14.11.2030)
  hochwasser: 'Hochwasser am Rhein: der Katastrophenschutzstab in der Praxis', // past (Thu 12 September 2030)
  grundsteuer: 'Grundsteuer nach der Reform: Hebesätze und Bescheide', // past (Tue 14 May 2030)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.drohnen, T.hundesteuer, T.powerpoint, T.telefon, T.hochwasser, T.grundsteuer];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'heute', q: 'was läuft heute noch?', kind: 'list', titles: [T.phishing] },
  {
    conv: 'heute',
    q: 'um wie viel uhr fängt das an?',
    kind: 'facts',
    titles: [T.phishing],
    says: ['beginnt am Di., 01.10.2030 um 13:30 Uhr'],
  },
  {
    conv: 'heute',
    q: 'wie lange geht das?',
    kind: 'facts',
    titles: [T.phishing],
    says: ['dauert 1,5 Stunden, von 13:30 bis 15:00 Uhr'],
  },
  { conv: 'heute', q: 'und ist das kostenlos?', kind: 'facts', titles: [T.phishing], says: ['ist kostenlos'] },
  { conv: 'excel', q: 'kurs zu pivot-tabellen', kind: 'list', titles: [T.excel] },
  {
    conv: 'excel',
    q: 'was muss unsere Dienststelle dafür zahlen?',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 75 €'],
    mentions: ['Die Gebühr trägt die entsendende Dienststelle.'],
  },
  {
    conv: 'excel',
    q: 'ist die anmeldung noch offen?',
    kind: 'facts',
    titles: [T.excel],
    says: ['bis Mi., 02.10.2030, 09:00 Uhr anmelden'],
  },
  {
    conv: 'english',
    q: 'is there an English course for staff at the service counter?',
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  { conv: 'english', q: 'is it free?', locale: 'en', kind: 'facts', titles: [T.english], says: ['costs €90'] },
  {
    conv: 'english',
    q: 'when do I have to sign up by?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['until Wed, 2 Oct 2030, 23:59'],
  },
  {
    conv: 'english',
    q: 'and where is it held?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['takes place at Rathaus Schifferstadt'],
  },
  { conv: 'vergabe', q: 'schulung vergaberecht uvgo', kind: 'list', titles: [T.vergabe] },
  {
    conv: 'vergabe',
    q: 'läuft die anmeldung da noch?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['ist am Mo., 23.09.2030, 12:00 Uhr abgelaufen'],
  },
  {
    conv: 'vergabe',
    q: 'wer ist die referentin?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['leitet Frau Dr. Katrin Behrendt'],
  },
  {
    conv: 'fuehrung',
    q: 'ich habe gerade eine sachgebietsleitung übernommen – gibt es was zum einstieg in die führungsrolle?',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'fuehrung',
    q: 'an welchen tagen ist das?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 24.10.2030 und Di., 29.10.2030', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'fuehrung',
    q: 'wie lange geht das jeweils?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'fuehrung',
    q: 'bis wann muss ich mich anmelden?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['bis Fr., 11.10.2030, 23:59 Uhr'],
  },
  {
    conv: 'protokoll',
    q: 'wie schreibe ich eine niederschrift für den ausschuss',
    kind: 'list',
    titles: [T.protokoll],
  },
  {
    conv: 'protokoll',
    q: 'wann sind die termine?',
    kind: 'facts',
    titles: [T.protokoll],
    says: ['an 2 Terminen', 'Mo., 14.10.2030, 09:00–12:00 Uhr', 'Mo., 21.10.2030, 13:00–16:00 Uhr'],
  },
  {
    conv: 'protokoll',
    q: 'und wo?',
    kind: 'facts',
    titles: [T.protokoll],
    says: ['in der Verbandsgemeindeverwaltung Maxdorf'],
  },
  { conv: 'baum', q: 'lehrgang baumkontrolle', kind: 'list', titles: [T.baum] },
  {
    conv: 'baum',
    q: 'wann gehts morgens los?',
    kind: 'facts',
    titles: [T.baum],
    says: ['beginnt am Mi., 16.10.2030 um 07:30 Uhr'],
  },
  { conv: 'baum', q: 'und wann ist schluss?', kind: 'facts', titles: [T.baum], says: ['bis 15:00 Uhr'] },
  { conv: 'ki', q: 'any training on ChatGPT?', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    conv: 'ki',
    q: 'online or in person?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['at Kreisverwaltung Rhein-Pfalz-Kreis', 'or online'],
  },
  { conv: 'doppik', q: 'jahresabschluss in der doppik', kind: 'list', titles: [T.doppik] },
  {
    conv: 'doppik',
    q: 'wie viele termine sind das?',
    kind: 'facts',
    titles: [T.doppik],
    says: [/3 Tage/],
  },
  {
    conv: 'deeskalation',
    q: 'was mache ich wenn bürger am schalter aggressiv werden',
    kind: 'list',
    titles: [T.deeskalation],
  },
  {
    conv: 'deeskalation',
    q: 'sind da noch plätze frei?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['noch 14 von 14 Plätzen frei'],
  },
  {
    conv: 'deeskalation',
    q: 'ist das in präsenz?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['in Präsenz', 'im Rathaus Mutterstadt'],
  },
  {
    miss: '"schreiben" finds the plain-language course beside the objections course',
    conv: 'widerspruch',
    q: 'widerspruchsbescheid schreiben',
    kind: 'list',
    titles: [T.widerspruch],
  },
  {
    miss: 'follows the list of two',
    conv: 'widerspruch',
    q: 'kann ich da auch von zu hause aus teilnehmen?',
    kind: 'facts',
    titles: [T.widerspruch],
    says: ['im Rathaus Schifferstadt', 'oder online'],
  },
  // --- facts asked directly --------------------------------------------------------------------------------------------
  {
    q: 'was kostet die erste-hilfe-fortbildung?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Kosten übernimmt die Unfallkasse Rheinland-Pfalz.'],
  },
  {
    q: 'wie lange dauert die brandschutzhelfer-ausbildung',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['dauert 4 Stunden, von 09:00 bis 13:00 Uhr'],
  },
  {
    q: 'bis wann kann man sich für klartext statt amtsdeutsch anmelden',
    kind: 'facts',
    titles: [T.klartext],
    says: ['bis Fr., 15.11.2030, 12:00 Uhr'],
  },
  {
    q: 'wo ist die schulung zu den wiederkehrenden beiträgen?',
    kind: 'facts',
    titles: [T.beitraege],
    says: ['in der Stadthalle Schifferstadt'],
  },
  {
    q: 'how much is the tree inspection course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.baum],
    says: ['costs €95'],
  },
  {
    q: 'how many hours is the de-escalation training?',
    locale: 'en',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['lasts 7 hours, from 09:00 to 16:00'],
  },
  {
    q: 'gibts beim seminar für gemeinderatsmitglieder noch freie plätze?',
    kind: 'facts',
    titles: [T.gemeinde],
    says: ['noch 40 von 40 Plätzen frei'],
  },
  { q: 'bis wann geht der abendkurs durchatmen?', kind: 'facts', titles: [T.durchatmen], says: ['bis 19:30 Uhr'] },
  {
    q: 'is the e-file training online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.eakte],
    says: ['takes place online'],
  },
  {
    q: 'ist für die schulung zum sozialdatenschutz im jugendamt die anmeldung noch offen',
    kind: 'facts',
    titles: [T.sozialdaten],
    says: ['bis Di., 10.12.2030, 09:00 Uhr anmelden'],
  },
  {
    q: 'what time does the phishing session end?',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['to 15:00'],
  },
  // --- topic searches: words only in summary or description, typos -----------------------------------------------------
  { q: 'sverweiß lernen', kind: 'list', titles: [T.excel] },
  { q: 'psychische belastungen am arbeitsplatz beurteilen', kind: 'list', first: T.gefaehrdung },
  // --- time, place, format, provider, trainer, language, cost and length -----------------------------------------------
  { q: 'was ist morgen?', kind: 'list', titles: [T.excel] },
  { q: 'gibt es am 3. oktober etwas?', kind: 'none' },
  { q: 'was steht diese woche noch an', kind: 'list', titles: [T.phishing, T.excel, T.ersteHilfe] },
  { q: 'was ist nächste woche los?', kind: 'list', titles: [T.vergabe, T.durchatmen, T.english, T.gemeinde] },
  {
    q: "what's on in November?",
    locale: 'en',
    kind: 'list',
    titles: [T.doppik, T.barrierefrei, T.brandschutz, T.widerspruch, T.eakte],
  },
  { q: 'seminare im dezember', kind: 'list', titles: [T.klartext, T.sozialdaten, T.zeit] },
  { q: 'gibt es abendveranstaltungen?', kind: 'list', ...only(T.durchatmen, T.gemeinde) },
  { q: 'kostenlose onlinekurse im november', kind: 'list', titles: [T.barrierefrei, T.eakte] },
  {
    q: 'welche seminare kosten mehr als 200 euro',
    kind: 'list',
    ...only(T.vergabe, T.fuehrung, T.doppik, T.widerspruch),
  },
  {
    q: 'kurze seminare, höchstens zwei stunden',
    kind: 'list',
    ...only(T.phishing, T.durchatmen, T.barrierefrei, T.eakte),
  },
  {
    q: 'was bietet die unfallkasse an?',
    kind: 'list',
    ...only(T.ersteHilfe, T.deeskalation, T.brandschutz, T.gefaehrdung),
  },
  { q: 'welche seminare hält frau dr. behrendt', kind: 'list', ...only(T.vergabe, T.beitraege, T.widerspruch) },
  { q: 'seminare in dudenhofen', kind: 'list', titles: [T.brandschutz] },
  { q: 'gibt es seminare auf englisch?', kind: 'list', titles: [T.english] },
  // --- gone and drafts -------------------------------------------------------------------------------------------------
  { q: 'gibt es den powerpoint kurs noch?', kind: 'gone', gone: T.powerpoint },
  { q: 'is the PowerPoint workshop still on?', locale: 'en', kind: 'gone', gone: T.powerpoint },
  { q: 'wann ist nochmal das telefontraining?', kind: 'gone', gone: T.telefon },
  { q: 'hochwasser seminar', kind: 'gone', gone: T.hochwasser, says: ['Do., 12.09.2030'] },
  { q: 'die schulung für den katastrophenschutzstab', kind: 'gone', gone: T.hochwasser, says: ['Do., 12.09.2030'] },
  {
    q: 'das grundsteuer-seminar im mai – wann war das genau?',
    kind: 'gone',
    gone: T.grundsteuer,
    says: ['Di., 14.05.2030'],
  },
  { q: 'drohnen schulung', kind: 'none' },
  {
    q: 'hundesteuer satzung',
    kind: 'none',
  },
];

heldoutSuite(
  'answering questions about a three-hundred-and-twenty-fourth, independent catalogue (Rhein-Pfalz-Kreis, HöV, Unfallkasse RLP, LDI, KVHS)',
  {
    fixture: 'heldout324-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
