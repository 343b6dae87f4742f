// Over-fitting check, three-hundred-and-second catalogue: the winter 2029/30 programme for the Stadt Schwabach (Bavaria)
// and its offices (Bürgerbüro, Ordnungsamt, Standesamt, Kämmerei, Bauhof, Amt für Jugend und Familie, Feuerwehr), with
// the Bayerische Verwaltungsschule (BVS), the Kommunale Unfallversicherung Bayern (KUVB), the AKDB, the city's
// IT-Abteilung, Personalamt and data-protection officer, the Bayerisches Landesjugendamt and the vhs Schwabach,
// imported from a JSON file. Seminars take place in the Rathaus Schwabach (and its Sitzungssaal), the Markgrafensaal,
// the Volkshochschule, the Amt für Jugend und Familie, the Feuerwehrhaus and the Bauhof's Werkhalle, online or hybrid.
// Several titles do not name their subject ("Nicht jeder Link ist ein Freund" is phishing, "Ruhig bleiben, wenn's laut
// wird" de-escalation at the counter, "Soll und Haben im Rathaus" the Doppik annual accounts, "Genau hinsehen" child
// protection under § 8a SGB VIII, "Kleiner Funke, großer Schaden" fire wardens, "Gut verzurrt ist halb gefahren" load
// securing, "Was darf ich rausgeben?" data protection for information requests, "Reden wir drüber" the annual appraisal
// talk, "Post, die man versteht" plain language, "Ein Blick nach oben" tree inspection), so only summary, description
// or topics reveal it; one seminar is held in English; four run on several days (the Doppik course on two days in a
// row, the neck course on three Wednesday evenings, the trainees' exam training and the leadership course on two days a
// week or two apart); two run in the evening; the tree inspection is in summer time. The questions are typed on a
// phone: lower case, no punctuation, abbreviations and typos, about a third of them follow-ups; written without
// looking at the parser or the answers.
//
// Calendar around `now` (Monday 5 November 2029, 08:20 in Schwabach, winter time since Sun 28.10.2029; summer time
// begins Sun 31.03.2030; Buß- und Bettag Wed 21.11.2029):
//   this week:  Mon 05.11. (today) 13:30–15:00 phishing (online, free); Tue 06.11. 09:00–12:00 OK.EWO (Rathaus, 180 €,
//               paid by the Bürgerbüro); Wed 07.11. 13:00–16:30 de-escalation (Rathaus, Sitzungssaal, free); Thu 08.11.
//               09:00–12:30 marriage with foreign nationals (online, 145 €, deadline passed Fri 26.10. 12:00 CEST);
//               Fri 09.11. 09:00–11:30 Word mail merge (online, 39 €)
//   next week:  Mon 12.11. and Tue 13.11. 08:30–16:00 Doppik (Markgrafensaal, 360 €, deadline today 23:59); Wed 14.11.
//               14:00–17:00 English (Volkshochschule, 75 €, deadline Wed 07.11. 12:00); Thu 15.11. 09:00–16:00 child
//               protection (Amt für Jugend und Familie, free); the cancelled PowerPoint course (Thu 15.11.)
//   November:   Tue 20.11. 18:00–21:00 fire wardens (Feuerwehrhaus, evening); Thu 22.11. 14:00–16:00 Copilot (hybrid,
//               Sitzungssaal, 40 seats); Tue 27.11. 09:00–16:00 OWi (Rathaus, 210 €); Wed 28.11., 05.12., 12.12.
//               18:00–19:30 neck exercises (Volkshochschule, 36 €); the cancelled aerial-platform course (Wed 28.11.);
//               Thu 29.11. 08:30–16:00 first aid (Rathaus, free, KUVB pays)
//   December:   Mon 03.12. 09:00–12:30 procurement (online, 165 €); Tue 04.12. 07:00–12:00 load securing (Bauhof);
//               Thu 06.12. 10:00–11:30 data protection (online); Tue 11.12. 09:00–12:30 appraisal talk (Rathaus)
//   January:    Tue 15.01. and Tue 22.01. 08:00–15:30 trainees' exam training (Rathaus, 95 €); Thu 17.01. 09:00–15:00
//               VAT § 2b UStG (online, 195 €); Wed 23.01. 09:00–16:00 plain language (Volkshochschule, 120 €); the draft
//               Instagram course (Tue 29.01.)
//   later:      Wed 06.02. and Wed 20.02. 09:00–16:30 new managers (Markgrafensaal, 420 €, deadline Fri 18.01. 23:59);
//               the draft dog-tax course (Wed 13.03.); Tue 09.04.2030 08:00–15:00 tree inspection (Bauhof, CEST)
//   past:       Tue 11.09.2029 election workers (Markgrafensaal), Thu 18.10.2029 OK.GEWERBE (online).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2029-11-05T07:20:00Z'); // Monday, 5 November 2029, 08:20 in Schwabach (CET)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Nicht jeder Link ist ein Freund', // Mon 05.11. 13:30–15:00, online, IT-Abteilung, Kreß, phishing, free
  meldewesen: 'OK.EWO im Bürgerbüro: Meldewesen und Ausweisanträge', // Tue 06.11. 09:00–12:00, Rathaus, AKDB, Pfeiffer, 180 € (Bürgerbüro pays)
  deeskalation: "Ruhig bleiben, wenn's laut wird", // Wed 07.11. 13:00–16:30, Rathaus Sitzungssaal, KUVB, Brunner, de-escalation, free
  standesamt: 'Eheschließung mit Auslandsbezug', // Thu 08.11. 09:00–12:30, online, BVS, Dr. Wolfsteiner, 145 €, deadline passed Fri 26.10. 12:00
  word: 'Serienbriefe und Vorlagen in Word', // Fri 09.11. 09:00–11:30, online, vhs, Wagner, 39 €
  doppik: 'Soll und Haben im Rathaus', // Mon 12.11. + Tue 13.11. 08:30–16:00, Markgrafensaal, BVS, Scheuerlein, Doppik, 360 €, deadline today 23:59
  english: 'Welcome to Schwabach: English at the Counter', // Wed 14.11. 14:00–17:00, Volkshochschule, vhs, Clarke, 75 €, deadline Wed 07.11. 12:00
  kinderschutz: 'Genau hinsehen', // Thu 15.11. 09:00–16:00, Amt für Jugend und Familie, Landesjugendamt, Hörauf, § 8a SGB VIII, free
  brandschutz: 'Kleiner Funke, großer Schaden', // Tue 20.11. 18:00–21:00, Feuerwehrhaus, Feuerwehr, Rupprecht, fire wardens, free
  ki: 'KI im Büroalltag: Microsoft Copilot sicher nutzen', // Thu 22.11. 14:00–16:00, hybrid (Sitzungssaal), IT-Abteilung, Kreß, free, 40 seats
  owi: 'Ordnungswidrigkeitenverfahren: vom Anhörungsbogen zum Bußgeldbescheid', // Tue 27.11. 09:00–16:00, Rathaus, BVS, Dr. Meyerhöfer, 210 €
  nacken: 'Feierabend für den Nacken', // Wed 28.11., 05.12., 12.12. 18:00–19:30, Volkshochschule, vhs, Distler, 36 €
  ersteHilfe: 'Erste-Hilfe-Fortbildung für betriebliche Ersthelferinnen und Ersthelfer', // Thu 29.11. 08:30–16:00, Rathaus, KUVB, Kraus, free (KUVB pays)
  vergabe: 'Vergabe unterhalb der Schwellenwerte: UVgO kompakt', // Mon 03.12. 09:00–12:30, online, BVS, Dr. Meyerhöfer, 165 €
  ladung: 'Gut verzurrt ist halb gefahren', // Tue 04.12. 07:00–12:00, Bauhof, KUVB, Leidel, load securing, free
  datenschutz: 'Was darf ich rausgeben?', // Thu 06.12. 10:00–11:30, online, Datenschutzbeauftragte, Dollinger, free
  jahresgespraech: 'Reden wir drüber', // Tue 11.12. 09:00–12:30, Rathaus, Personalamt, Sperber, appraisal talk, free
  azubi: 'Fit für die Zwischenprüfung: Prüfungstraining für Auszubildende', // Tue 15.01. + Tue 22.01. 08:00–15:30, Rathaus, BVS, Bär, 95 €
  ust: 'Umsatzsteuer in der Kommune nach § 2b UStG', // Thu 17.01. 09:00–15:00, online, BVS, Scheuerlein, 195 €
  sprache: 'Post, die man versteht', // Wed 23.01. 09:00–16:00, Volkshochschule, vhs, Eder, plain language, 120 €
  fuehrung: 'Neu in der Führungsrolle', // Wed 06.02. + Wed 20.02. 09:00–16:30, Markgrafensaal, Personalamt, Dr. Albrecht, 420 €, deadline Fri 18.01. 23:59
  baum: 'Ein Blick nach oben', // Tue 09.04.2030 08:00–15:00 (CEST), Bauhof, KUVB, Hainz, tree inspection, free
  instagram: 'Instagram und Facebook für die Pressestelle', // draft (Tue 29.01.2030)
  hundesteuer: 'Hundesteuer: Satzung, Veranlagung und Vollzug', // draft (Wed 13.03.2030)
  powerpoint: 'PowerPoint für Einsteiger: Präsentationen gestalten', // cancelled (Thu 15.11.2029)
  hubsteiger: 'Hubarbeitsbühnen sicher bedienen: Unterweisung für den Bauhof', // cancelled (Wed 28.11.2029)
  wahl: 'Wahlvorstände gut vorbereitet: Bundestagswahl 2029', // past (Tue 11.09.2029)
  gewerbe: 'Gewerbeanmeldung mit OK.GEWERBE', // past (Thu 18.10.2029)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.instagram, T.hundesteuer, T.powerpoint, T.hubsteiger, T.wahl, T.gewerbe];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'heute', q: 'was is heute', kind: 'list', titles: [T.phishing] },
  { conv: 'heute', q: 'online?', kind: 'facts', titles: [T.phishing], says: ['findet online statt'] },
  {
    conv: 'heute',
    q: 'wie lang geht das',
    kind: 'facts',
    titles: [T.phishing],
    says: ['dauert 1,5 Stunden, von 13:30 bis 15:00 Uhr'],
  },
  {
    conv: 'woche',
    q: 'was gibts diese woche noch',
    kind: 'list',
    titles: [T.phishing, T.meldewesen, T.deeskalation, T.standesamt, T.word],
  },
  { conv: 'woche', q: 'der zweite?', kind: 'details', titles: [T.meldewesen] },
  {
    conv: 'woche',
    q: 'kostet der was',
    kind: 'facts',
    titles: [T.meldewesen],
    says: ['kostet 180 €'],
    mentions: ['Die Gebühr trägt das Bürgerbüro.'],
  },
  { conv: 'standesamt', q: 'schulung standesamt auslandsbezug', kind: 'list', titles: [T.standesamt] },
  {
    conv: 'standesamt',
    q: 'bis wann anmeldung',
    kind: 'facts',
    titles: [T.standesamt],
    says: ['ist am Fr., 26.10.2029, 12:00 Uhr abgelaufen'],
  },
  { conv: 'doppik', q: 'doppik jahresabschluss kurs', kind: 'list', titles: [T.doppik] },
  {
    conv: 'doppik',
    q: 'wann genau',
    kind: 'facts',
    titles: [T.doppik],
    says: ['an 2 Tagen', 'Mo., 12.11.2029 und Di., 13.11.2029', 'jeweils von 08:30 bis 16:00 Uhr'],
  },
  {
    conv: 'doppik',
    q: 'anmeldeschluss?',
    kind: 'facts',
    titles: [T.doppik],
    says: ['bis Mo., 05.11.2029, 23:59 Uhr'],
  },
  { conv: 'doppik', q: 'und wo', kind: 'facts', titles: [T.doppik], says: ['im Markgrafensaal'] },
  { conv: 'english', q: 'gibts was auf englisch', kind: 'list', titles: [T.english] },
  {
    conv: 'english',
    q: 'wann is der',
    kind: 'facts',
    titles: [T.english],
    says: ['am Mi., 14.11.2029 von 14:00 bis 17:00 Uhr'],
  },
  { conv: 'english', q: 'wer macht den', kind: 'facts', titles: [T.english], says: ['leitet Emma Clarke'] },
  { conv: 'nacken', q: 'was gegen nackenschmerzen', kind: 'list', titles: [T.nacken] },
  {
    conv: 'nacken',
    q: 'wie oft is das',
    kind: 'facts',
    titles: [T.nacken],
    says: ['an 3 Tagen', 'Mi., 28.11.2029, Mi., 05.12.2029 und Mi., 12.12.2029', 'jeweils von 18:00 bis 19:30 Uhr'],
  },
  { conv: 'nacken', q: 'was kostet der spaß', kind: 'facts', titles: [T.nacken], says: ['kostet 36 €'] },
  { conv: 'azubi', q: 'kurs f. azubis prüfungsvorbereitung', kind: 'list', titles: [T.azubi] },
  {
    conv: 'azubi',
    q: 'kostet der was',
    kind: 'facts',
    titles: [T.azubi],
    says: ['kostet 95 €'],
    mentions: ['Für Auszubildende der Stadt Schwabach übernimmt das Personalamt die Gebühr.'],
  },
  {
    conv: 'azubi',
    q: 'online oder vor ort',
    kind: 'facts',
    titles: [T.azubi],
    says: ['findet in Präsenz statt, im Rathaus Schwabach'],
  },
  { conv: 'ki', q: 'copilot schulung', kind: 'list', titles: [T.ki] },
  {
    conv: 'ki',
    q: 'präsenz oder online',
    kind: 'facts',
    titles: [T.ki],
    says: ['findet hybrid statt: im Rathaus Schwabach'],
  },
  { conv: 'ki', q: 'sind noch plätze frei', kind: 'facts', titles: [T.ki], says: ['noch 40 von 40 Plätzen frei'] },
  {
    conv: 'kinderschutz',
    q: 'fortbildung kindeswohlgefährdung 8a fürs jugendamt',
    kind: 'list',
    first: T.kinderschutz,
    ...maybeAlso(only(T.kinderschutz), T.deeskalation),
  },
  {
    conv: 'kinderschutz',
    q: 'wo',
    kind: 'facts',
    titles: [T.kinderschutz],
    says: ['im Amt für Jugend und Familie'],
  },
  {
    conv: 'kinderschutz',
    q: 'und wann',
    kind: 'facts',
    titles: [T.kinderschutz],
    says: ['am Do., 15.11.2029 von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'fuehrung',
    q: 'bin neu sachgebietsleiterin gibts da was',
    kind: 'list',
    first: T.fuehrung,
    ...maybeAlso(only(T.fuehrung), T.jahresgespraech),
  },
  {
    conv: 'fuehrung',
    q: 'wie lange dauert das',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['dauert 2 Tage, jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    conv: 'fuehrung',
    q: 'bis wann anmelden',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['bis Fr., 18.01.2030, 23:59 Uhr'],
  },
  { conv: 'baum', q: 'baumkontrolle', kind: 'list', titles: [T.baum] },
  {
    conv: 'baum',
    q: 'wann',
    kind: 'facts',
    titles: [T.baum],
    says: ['am Di., 09.04.2030 von 08:00 bis 15:00 Uhr'],
  },
  // --- facts -----------------------------------------------------------------------------------------------------------
  { q: 'was kostet der vergabe kurs', kind: 'facts', titles: [T.vergabe], says: ['kostet 165 €'] },
  {
    q: 'wann is erste hilfe',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['am Do., 29.11.2029 von 08:30 bis 16:00 Uhr'],
  },
  {
    q: 'wo is die brandschutzhelfer ausbildung',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['im Feuerwehrhaus Schwabach'],
  },
  { q: 'owi kurs wer hält den', kind: 'facts', titles: [T.owi], says: ['leitet Herr Dr. Klaus Meyerhöfer'] },
  { q: 'umsatzsteuer seminar online?', kind: 'facts', titles: [T.ust], says: ['findet online statt'] },
  {
    q: 'ladungssicherung wann gehts los',
    kind: 'facts',
    titles: [T.ladung],
    says: ['beginnt am Di., 04.12.2029 um 07:00 Uhr'],
  },
  // --- topic searches: typos, words only in summary or description, everyday words -------------------------------------
  { q: 'phishing mails erkennen', kind: 'list', titles: [T.phishing] },
  { q: 'pöbelnde bürger am schalter', kind: 'list', titles: [T.deeskalation] },
  { q: 'serienbrief word', kind: 'list', titles: [T.word] },
  { q: 'bußgeldbescheid', kind: 'list', titles: [T.owi] },
  { q: 'ausländische urkunden eheschliesung', kind: 'list', titles: [T.standesamt] },
  {
    q: 'melderegisterauskunft wer darf was erfahren',
    kind: 'list',
    first: T.datenschutz,
    ...maybeAlso(only(T.datenschutz), T.meldewesen),
  },
  { q: 'mitarbeiterjahresgespräch', kind: 'list', titles: [T.jahresgespraech] },
  { q: '2b ustg', kind: 'list', titles: [T.ust] },
  // --- time and place filters, format, provider, trainer, audience, cost, length ---------------------------------------
  { q: 'was is nächste woche', kind: 'list', titles: [T.doppik, T.english, T.kinderschutz] },
  { q: 'online kurse im dezember', kind: 'list', titles: [T.vergabe, T.datenschutz] },
  { q: 'abends was', kind: 'list', ...only(T.brandschutz, T.nacken) },
  { q: 'kostenlose sachen diese woche', kind: 'list', titles: [T.phishing, T.deeskalation] },
  { q: 'kurse über 200 euro', kind: 'list', ...only(T.doppik, T.owi, T.fuehrung) },
  { q: 'was gibts im januar', kind: 'list', titles: [T.azubi, T.ust, T.sprache] },
  { q: 'vhs kurse', kind: 'list', ...only(T.word, T.english, T.nacken, T.sprache) },
  { q: 'kuvb angebote', kind: 'list', ...only(T.deeskalation, T.ersteHilfe, T.ladung, T.baum) },
  { q: 'kurse von scheuerlein', kind: 'list', ...only(T.doppik, T.ust) },
  { q: 'mehrtägige seminare', kind: 'list', ...only(T.doppik, T.nacken, T.azubi, T.fuehrung) },
  { q: 'is am freitag was', kind: 'list', titles: [T.word] },
  { q: 'was gibts für den bauhof', kind: 'list', ...only(T.ladung, T.baum) },
  { q: 'was für führungskräfte', kind: 'list', ...only(T.jahresgespraech, T.fuehrung) },
  // --- gone, drafts never shown, no match, greeting, follow-up without context -----------------------------------------
  { q: 'powerpoint kurs', kind: 'gone', gone: T.powerpoint },
  { q: 'hubsteiger unterweisung', kind: 'gone', gone: T.hubsteiger },
  { q: 'wahlhelfer schulung wann war die', kind: 'gone', gone: T.wahl, says: ['Di., 11.09.2029'] },
  { q: 'ok.gewerbe', kind: 'gone', gone: T.gewerbe, says: ['Do., 18.10.2029'] },
  { q: 'instagram für die pressestelle', kind: 'none' },
  { q: 'hundesteuer', kind: 'none' },
  { q: 'kurse in wolkersdorf', kind: 'none' },
  { q: 'hallo', kind: 'help' },
  { q: 'und wo', kind: 'noContext' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-second, independent catalogue (Stadt Schwabach, BVS, KUVB, AKDB, vhs Schwabach)',
  {
    fixture: 'heldout302-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
