// Over-fitting check, two-hundred-and-ninety-first catalogue: the spring 2028 programme for the Landkreis
// Weißenburg-Gunzenhausen (Bavaria, Mittelfranken) and its towns and municipalities (Weißenburg i.Bay., Gunzenhausen,
// Treuchtlingen, Pappenheim, Ellingen, Pleinfeld, Heidenheim, Absberg, Muhr am See, Solnhofen, Langenaltheim), with the
// Bayerische Verwaltungsschule (BVS), the Kommunale Unfallversicherung Bayern (KUVB), the AKDB, the Bayerischer
// Kommunaler Prüfungsverband (BKPV), the Landratsamt's Personalentwicklung and data protection officer, the
// Volkshochschulen Gunzenhausen and Weißenburg, the BRK Kreisverband Südfranken and the registrars' association,
// imported from a JSON file. Seminars take place in the Landratsamt in Weißenburg, the town halls of Weißenburg,
// Gunzenhausen, Treuchtlingen and Pappenheim, the Stadthalle Gunzenhausen, the Kloster Heidenheim, the Feuerwehrhaus
// Pleinfeld, the Bauhöfe of Treuchtlingen and Gunzenhausen, the Kulturzentrum Karmeliterkirche, online or hybrid.
// Several titles do not name their subject ("Gut sitzen, klar sehen" is ergonomics at the screen, "Neu im Gremium"
// municipal law for council members, "Plötzlich Chefin, plötzlich Chef" new managers, "Texte schneller auf den Punkt"
// AI assistants, "Sicher an der Straße" road-works safety, "Zahlen im Griff" Excel, "Post, die man versteht" plain
// language, "Soll und Ist" the cameral budget, "Ordnung ohne Ordner" the e-file, "Ruhig bleiben, wenn es laut wird"
// de-escalation, "Alle an einem Tisch – auch digital" Microsoft Teams meetings, "Mehr Luft im Kalender" time
// management), so only summary, description or topics reveal it; one seminar is held in English; the new-managers
// course runs on two Tuesdays across the start of summer time; the budget course on two consecutive days; the council
// course on a Saturday; one seminar ran this morning and is over. Most questions are about time, asked in the many ways
// colleagues ask them (heute noch, morgen, übermorgen, am Dienstag, nächste / übernächste Woche, in zwei Wochen, Ende
// März, Anfang April, KW 14, zwischen dem 3. und 7. April, vormittags, ab 14 Uhr), with short follow-ups; written
// without looking at the parser or the answers. Holidays (Ostern, Pfingstferien) are not asked: the catalogue does not
// know them.
//
// Calendar around `now` (Thursday 16 March 2028, 15:45 in Weißenburg, winter time, UTC+1; ISO week 11; summer time
// begins Sun 26.03.2028, so sessions from then on are UTC+2):
//   this week:  Thu 16.03. (today) 09:00–12:00 travel expenses (online, over: past), 18:00–19:30 ergonomics (online,
//               evening); Fri 17.03. (tomorrow) 09:00–12:00 cash offices (Landratsamt, 120 €); Sat 18.03. (übermorgen)
//               09:00–13:00 council members (Stadthalle Gunzenhausen); nothing on Sun 19.03.
//   next week:  (KW 12) Mon 20.03. 09:00–16:00 procurement (Landratsamt; deadline passed Fri 10.03. 12:00), Tue 21.03.
//               08:30–12:00 new managers, first day (Kloster Heidenheim; the cancelled PowerPoint course the same day),
//               Wed 22.03. 13:30–16:00 AI (online), Thu 23.03. 08:00–15:00 road works (Bauhof Treuchtlingen), Fri 24.03.
//               09:00–12:30 English (Rathaus Gunzenhausen; deadline Mon 20.03. 23:59)
//   KW 13:      Tue 28.03. (CEST) new managers, second day; Wed 29.03. 09:00–16:00 data protection (hybrid, Landratsamt);
//               Thu 30.03. (in two weeks) 13:00–16:00 Excel (online, 59 €); Fri 31.03. 09:00–12:00 plain language
//               (Rathaus Weißenburg); nothing on Sat 01.04./Sun 02.04.
//   KW 14:      Mon 03.04. 09:00–12:00 fire wardens (Feuerwehrhaus Pleinfeld), Wed 05.04.–Thu 06.04. 08:30–16:00 budget
//               (Rathaus Treuchtlingen, 340 €), Thu 06.04. 14:00–15:30 e-file (online), Fri 07.04. 09:00–12:00
//               de-escalation (Rathaus Gunzenhausen)
//   later April: Tue 18.04. urban land-use planning (Landratsamt), the cancelled mowing course (Tue 25.04.), Wed 26.04.
//               10:00–11:30 Teams (online), Thu 27.04. 08:00–15:00 tree inspection (Bauhof Gunzenhausen, 180 €)
//   May:        Tue 09.05. name law (hybrid, Rathaus Weißenburg), Wed 17.05. 08:30–16:00 first aid (Rathaus Pappenheim,
//               free, paid by the KUVB)
//   later:      Wed 14.06. time management (Kulturzentrum Karmeliterkirche), the draft social-media course (Tue 20.06.),
//               the draft dog-tax course (Wed 12.07.), Wed 13.09. induction day for trainees (Landratsamt)
//   past:       Wed 17.11.2027 property tax (Rathaus Treuchtlingen), Thu 16.03.2028 09:00–12:00 travel expenses (online).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-03-16T14:45:00Z'); // Thursday, 16 March 2028, 15:45 in Weißenburg (CET)
const TZ = 'Europe/Berlin';

const T = {
  ergonomie: 'Gut sitzen, klar sehen', // Thu 16.03. (today) 18:00–19:30, online, KUVB, Dr. Seitz, screen ergonomics / eyes / neck, free
  kasse: 'Zahlstellen und Barkassen sicher führen', // Fri 17.03. 09:00–12:00, Landratsamt, BKPV, Rieger, cash offices, 120 €
  gemeinderat: 'Neu im Gremium', // Sat 18.03. 09:00–13:00, Stadthalle Gunzenhausen, BVS, Dr. Kühn, Gemeindeordnung for council members, 40 €
  vergabe: 'Vergabe unterhalb der Schwellenwerte: UVgO und VOB/A kompakt', // Mon 20.03. 09:00–16:00, Landratsamt, BVS, Dr. Kühn, 265 €, deadline passed Fri 10.03. 12:00
  fuehrung: 'Plötzlich Chefin, plötzlich Chef', // Tue 21.03. (CET) and Tue 28.03. (CEST) 08:30–12:00, Kloster Heidenheim, BVS, Dr. Endres, new managers, 390 €, deadline Fri 17.03. 12:00
  ki: 'Texte schneller auf den Punkt', // Wed 22.03. 13:30–16:00, online, AKDB, Lang, AI assistants / ChatGPT, free
  baustelle: 'Sicher an der Straße', // Thu 23.03. 08:00–15:00, Bauhof Treuchtlingen, KUVB, Mödl, road-works safety (RSA 21), free
  english: 'Counter English: Helping Visitors and New Residents', // Fri 24.03. 09:00–12:30, Rathaus Gunzenhausen, VHS Gunzenhausen, Clarke, 75 €, deadline Mon 20.03. 23:59
  datenschutz: 'Datenschutz im Bürgerbüro: Melderegister, Auskunftssperren und DSGVO', // Wed 29.03. 09:00–16:00, hybrid (Landratsamt), Schön, free
  excel: 'Zahlen im Griff', // Thu 30.03. 13:00–16:00, online, VHS Weißenburg, Hofmann, Excel / pivot tables, 59 € (Dienststelle pays)
  sprache: 'Post, die man versteht', // Fri 31.03. 09:00–12:00, Rathaus Weißenburg, VHS Weißenburg, Wolf, plain language, 95 €
  brandschutz: 'Brandschutzhelfer-Ausbildung mit Löschübung', // Mon 03.04. 09:00–12:00, Feuerwehrhaus Pleinfeld, KUVB, Ott, free, 15 seats
  haushalt: 'Soll und Ist', // Wed 05.04. and Thu 06.04. 08:30–16:00, Rathaus Treuchtlingen, BVS, Beck, cameral budget, 340 €, 18 seats
  eakte: 'Ordnung ohne Ordner', // Thu 06.04. 14:00–15:30, online, AKDB, Lang, e-file / document management, free
  deeskalation: 'Ruhig bleiben, wenn es laut wird', // Fri 07.04. 09:00–12:00, Rathaus Gunzenhausen, KUVB, Pfeiffer, de-escalation with aggressive visitors, free
  bauleitplanung: 'Bauleitplanung für Einsteiger: vom Flächennutzungsplan zum Bebauungsplan', // Tue 18.04. 09:00–16:00, Landratsamt, BVS, Dr. Kühn, 245 €
  teams: 'Alle an einem Tisch – auch digital', // Wed 26.04. 10:00–11:30, online, AKDB, Zink, Microsoft Teams meetings, free
  baum: 'Baumkontrolle: Verkehrssicherheit von Straßen- und Parkbäumen', // Thu 27.04. 08:00–15:00, Bauhof Gunzenhausen, KUVB, Feuchtner, 180 €
  standesamt: 'Namensrecht nach der Reform: Praxisfälle im Standesamt', // Tue 09.05. 09:00–16:00, hybrid (Rathaus Weißenburg), Kraus, 150 €
  erstehilfe: 'Erste-Hilfe-Fortbildung für betriebliche Ersthelfer', // Wed 17.05. 08:30–16:00, Rathaus Pappenheim, BRK, Baierlein, free (KUVB pays)
  zeit: 'Mehr Luft im Kalender', // Wed 14.06. 09:00–16:00, Kulturzentrum Karmeliterkirche Weißenburg, VHS Weißenburg, Wolf, time management, 110 €
  azubi: 'Willkommen an Bord: Einführungstag für neue Auszubildende', // Wed 13.09. 09:00–15:00, Landratsamt, PE, Bauer, free
  social: 'Instagram & Co.: Social Media für Rathäuser', // draft (Tue 20.06.)
  hund: 'Hundesteuer und Hundehaltung: Satzung und Vollzug', // draft (Wed 12.07.)
  powerpoint: 'PowerPoint kompakt: Präsentationen für Sitzungsvorlagen', // cancelled (Tue 21.03.2028)
  maehen: 'Sicher mähen an Böschungen: Freischneider und Handmäher', // cancelled (Tue 25.04.2028)
  reisekosten: 'Dienstreisen richtig abrechnen: das Bayerische Reisekostengesetz', // past (today, Thu 16.03.2028 09:00–12:00)
  grundsteuer: 'Grundsteuer in Bayern: Bescheide, Erlass und Einspruch', // past (Wed 17 November 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.social, T.hund, T.powerpoint, T.maehen, T.reisekosten, T.grundsteuer];
const only = onlyAmong(all, NEVER);

/** Everything from April on: never "Ende März", "übernächste Woche" or "in zwei Wochen". */
const fromApril = [
  T.brandschutz,
  T.haushalt,
  T.eakte,
  T.deeskalation,
  T.bauleitplanung,
  T.teams,
  T.baum,
  T.standesamt,
  T.erstehilfe,
  T.zeit,
  T.azubi,
];

const CASES: Case[] = [
  // --- follow-up conversations about a day: heute noch, morgen, übermorgen, am Dienstag, am Mittwoch ------------------
  // This morning's travel-expenses seminar is over; only the evening one is still to come.
  { conv: 'heute', q: 'gibt es heute noch was?', kind: 'list', titles: [T.ergonomie] },
  {
    conv: 'heute',
    q: 'um wie viel uhr fängt das an?',
    kind: 'facts',
    titles: [T.ergonomie],
    says: ['beginnt am Do., 16.03.2028 um 18:00 Uhr'],
  },
  {
    conv: 'heute',
    q: 'ist das online oder vor ort?',
    kind: 'facts',
    titles: [T.ergonomie],
    says: ['findet online statt'],
  },
  { conv: 'morgen', q: 'was steht morgen an?', kind: 'list', titles: [T.kasse] },
  { conv: 'morgen', q: 'was kostet die teilnahme?', kind: 'facts', titles: [T.kasse], says: ['kostet 120 €'] },
  {
    conv: 'morgen',
    q: 'und wo genau?',
    kind: 'facts',
    titles: [T.kasse],
    says: ['findet im Landratsamt Weißenburg-Gunzenhausen'],
  },
  { conv: 'uebermorgen', q: 'ist übermorgen irgendwas?', kind: 'list', titles: [T.gemeinderat] },
  {
    conv: 'uebermorgen',
    q: 'wie lange geht das?',
    kind: 'facts',
    titles: [T.gemeinderat],
    says: ['dauert 4 Stunden, von 09:00 bis 13:00 Uhr'],
  },
  // Next Tuesday is 21.03. (the PowerPoint course that day is cancelled); the second day is after the clock change.
  { conv: 'dienstag', q: 'was läuft am dienstag?', kind: 'list', titles: [T.fuehrung] },
  {
    conv: 'dienstag',
    q: 'an welchen tagen genau?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Di., 21.03.2028 und Di., 28.03.2028', 'jeweils von 08:30 bis 12:00 Uhr'],
  },
  {
    conv: 'dienstag',
    q: 'bis wann muss ich mich anmelden?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['bis Fr., 17.03.2028, 12:00 Uhr'],
  },
  { conv: 'mittwoch', q: 'gibt es am mittwoch nachmittag was online?', kind: 'list', titles: [T.ki] },
  {
    conv: 'mittwoch',
    q: 'wie lange dauert das?',
    kind: 'facts',
    titles: [T.ki],
    says: ['dauert 2,5 Stunden, von 13:30 bis 16:00 Uhr'],
  },
  // --- follow-ups about a date ---------------------------------------------------------------------------------------
  { conv: '5april', q: 'was ist am 5. april?', kind: 'list', titles: [T.haushalt] },
  {
    conv: '5april',
    q: 'wie viele tage geht das?',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['dauert 2 Tage, jeweils von 08:30 bis 16:00 Uhr'],
  },
  {
    conv: '5april',
    q: 'sind da noch plätze frei?',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['noch 18 von 18 Plätzen frei'],
  },
  { conv: '29maerz', q: 'was findet am 29. märz statt?', kind: 'list', titles: [T.datenschutz] },
  {
    conv: '29maerz',
    q: 'kann ich da auch online teilnehmen?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['findet hybrid statt: im Landratsamt Weißenburg-Gunzenhausen'],
  },
  // --- follow-ups about a topic --------------------------------------------------------------------------------------
  {
    conv: 'english',
    q: 'any english-language courses coming up?',
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  {
    conv: 'english',
    q: 'when exactly?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['takes place on Fri, 24 Mar 2028 from 09:00 to 12:30'],
  },
  { conv: 'vergabe', q: 'vergaberecht schulung', kind: 'list', titles: [T.vergabe] },
  {
    conv: 'vergabe',
    q: 'wann ist anmeldeschluss?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['ist am Fr., 10.03.2028, 12:00 Uhr abgelaufen'],
  },
  {
    conv: 'erstehilfe',
    q: 'wann ist der nächste erste-hilfe-kurs?',
    kind: 'facts',
    titles: [T.erstehilfe],
    says: ['am Mi., 17.05.2028 von 08:30 bis 16:00 Uhr'],
  },
  {
    conv: 'erstehilfe',
    q: 'und was kostet der?',
    kind: 'facts',
    titles: [T.erstehilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Kosten übernimmt die KUVB.'],
  },
  { q: 'gibt es ende april was zur baumkontrolle?', kind: 'list', titles: [T.baum] },
  // --- weeks, ends and beginnings of months, calendar weeks, date ranges, times of day --------------------------------
  { q: 'was ist diese woche noch los?', kind: 'list', titles: [T.ergonomie, T.kasse, T.gemeinderat] },
  { q: 'was steht nächste woche an?', kind: 'list', titles: [T.vergabe, T.fuehrung, T.ki, T.baustelle, T.english] },
  // The all-day seminars of next week (Mon, Thu) are neither clearly morning nor clearly not.
  { q: 'nächste woche vormittags', kind: 'list', includes: [T.fuehrung, T.english], excludes: [T.ki] },
  // The new-managers course has its second day that week, but cannot be joined there: neither required nor excluded.
  {
    q: 'was läuft übernächste woche?',
    kind: 'list',
    includes: [T.datenschutz, T.excel, T.sprache],
    excludes: [T.ergonomie, T.kasse, T.gemeinderat, T.vergabe, T.ki, T.baustelle, T.english, ...fromApril],
  },
  // Thu 30.03. exactly, or the week around it: Excel either way.
  {
    q: 'was ist in zwei wochen?',
    kind: 'list',
    includes: [T.excel],
    excludes: [T.ergonomie, T.kasse, T.gemeinderat, T.vergabe, T.ki, T.baustelle, T.english, ...fromApril],
  },
  // 22.–24.03. may or may not be "Ende März"; 29.–31.03. certainly are.
  {
    q: 'gibt es ende märz noch seminare?',
    kind: 'list',
    includes: [T.datenschutz, T.excel, T.sprache],
    excludes: [T.ergonomie, T.kasse, T.gemeinderat, ...fromApril],
  },
  {
    q: 'was läuft anfang april?',
    kind: 'list',
    includes: [T.brandschutz, T.haushalt, T.eakte, T.deeskalation],
    excludes: [
      T.ergonomie,
      T.kasse,
      T.gemeinderat,
      T.vergabe,
      T.ki,
      T.baustelle,
      T.english,
      T.datenschutz,
      T.excel,
      T.sprache,
      T.teams,
      T.baum,
      T.standesamt,
      T.erstehilfe,
      T.zeit,
      T.azubi,
    ],
  },
  { q: 'was ist in KW 14?', kind: 'list', titles: [T.brandschutz, T.haushalt, T.eakte, T.deeskalation] },
  {
    q: 'seminare zwischen dem 3. und 7. april',
    kind: 'list',
    titles: [T.brandschutz, T.haushalt, T.eakte, T.deeskalation],
  },
  { q: 'was gibt es im april ab 14 uhr?', kind: 'list', titles: [T.eakte] },
  { q: 'welche seminare fangen erst ab 14 uhr an?', kind: 'list', ...only(T.ergonomie, T.eakte) },
  { q: 'kostenlose seminare im april', kind: 'list', titles: [T.brandschutz, T.eakte, T.deeskalation, T.teams] },
  {
    q: 'was ist ende april?',
    kind: 'list',
    includes: [T.teams, T.baum],
    excludes: [T.brandschutz, T.haushalt, T.eakte, T.deeskalation, T.standesamt, T.erstehilfe, T.zeit, T.azubi],
  },
  { q: 'was gibt es im mai?', kind: 'list', titles: [T.standesamt, T.erstehilfe] },
  { q: 'was kommt ab mai?', kind: 'list', titles: [T.standesamt, T.erstehilfe, T.zeit, T.azubi] },
  { q: 'am wochenende irgendwas?', kind: 'list', titles: [T.gemeinderat] },
  { q: 'gibt es am 1. april ein seminar?', kind: 'none' },
  {
    q: 'online-seminare bis ende märz',
    kind: 'list',
    includes: [T.ergonomie, T.ki, T.excel],
    excludes: [T.kasse, T.gemeinderat, T.vergabe, T.fuehrung, T.baustelle, T.english, T.sprache, T.eakte, T.teams],
  },
  // --- topic searches: everyday words, words only in summary or description, typos ------------------------------------
  { q: 'nacken verspannt vom bildschirm', kind: 'list', titles: [T.ergonomie] },
  { q: 'umgang mit aggressiven bürgern', kind: 'list', titles: [T.deeskalation] },
  { q: 'exel pivot', kind: 'list', titles: [T.excel] },
  { q: 'amtsdeutsch vermeiden', kind: 'list', titles: [T.sprache] },
  { q: 'zeitmanagment', kind: 'list', titles: [T.zeit] },
  { q: 'videokonferenz mit microsoft teams', kind: 'list', titles: [T.teams] },
  { q: 'was gibt es für bauhofmitarbeiter?', kind: 'list', ...only(T.baustelle, T.baum) },
  // --- place, format, fee, length, trainer ----------------------------------------------------------------------------
  { q: 'was gibt es in gunzenhausen?', kind: 'list', ...only(T.gemeinderat, T.english, T.deeskalation, T.baum) },
  { q: 'seminare in treuchtlingen', kind: 'list', ...only(T.baustelle, T.haushalt) },
  {
    q: 'was findet im landratsamt statt?',
    kind: 'list',
    ...only(T.kasse, T.vergabe, T.datenschutz, T.bauleitplanung, T.azubi),
  },
  { q: 'hybride seminare', kind: 'list', ...only(T.datenschutz, T.standesamt) },
  { q: 'seminare über 200 euro', kind: 'list', ...only(T.vergabe, T.fuehrung, T.haushalt, T.bauleitplanung) },
  { q: 'gibt es mehrtägige seminare?', kind: 'list', ...only(T.fuehrung, T.haushalt) },
  {
    q: 'was kostet der excel kurs?',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 59 €'],
    mentions: ['Die Gebühr trägt die entsendende Dienststelle.'],
  },
  {
    q: 'how much is the plain language course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.sprache],
    says: ['costs €95'],
  },
  {
    q: 'wie lange dauert der kurs zur absicherung von baustellen?',
    kind: 'facts',
    titles: [T.baustelle],
    says: ['dauert 7 Stunden, von 08:00 bis 15:00 Uhr'],
  },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'reisekosten schulung', kind: 'gone', gone: T.reisekosten, says: ['Do., 16.03.2028'] },
  { q: 'wann war das grundsteuer seminar?', kind: 'gone', gone: T.grundsteuer, says: ['Mi., 17.11.2027'] },
  { q: 'findet der powerpoint kurs statt?', kind: 'gone', gone: T.powerpoint },
  { q: 'lehrgang freischneider', kind: 'gone', gone: T.maehen },
  { q: 'instagram für die gemeinde', kind: 'none' },
  { q: 'hundesteuer', kind: 'none' },
  { q: 'was gibt es in solnhofen?', kind: 'none' },
  { q: 'Grüß Gott!', kind: 'help' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-ninety-first, independent catalogue (Landkreis Weißenburg-Gunzenhausen, BVS, KUVB, AKDB, VHS)',
  {
    fixture: 'heldout291-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
