// Over-fitting check, two-hundred-and-fifty-third catalogue: the 2027 programme for the Landkreis Holzminden (Lower
// Saxony) and its towns and Samtgemeinden (Holzminden, Bevern, Stadtoldendorf, Eschershausen, Bodenwerder, Delligsen),
// with the Kreisakademie Holzminden, the IT-Service des Landkreises Holzminden, the Braunschweigischer Gemeinde-
// Unfallversicherungsverband (GUV, the accident insurer), the Kreisvolkshochschule Holzminden and the Niedersächsisches
// Studieninstitut für kommunale Verwaltung (NSI), imported from a JSON file. Seminars take place in the Kreishaus
// Holzminden, the Rathaus Holzminden, the VHS-Haus Holzminden, the Stadthalle Holzminden, the town halls of
// Stadtoldendorf, Bodenwerder, Delligsen and Eschershausen, the Feuerwehrhaus Bevern, Schloss Bevern, online or hybrid.
// Several titles do not name their subject ("Ton an, Kamera an" is Teams video calls, "Klick mit Folgen" phishing,
// "Finden statt suchen" SharePoint filing, "Akku leer?" stress, "Ruhig bleiben, wenn es laut wird" de-escalation,
// "Damit es jeder versteht" plain language, "Gut sitzen, besser arbeiten" ergonomics, "Abschied vom Aktenschrank" the
// e-file, "Land unter im Postfach" Outlook, "Das Amt in der Hosentasche" the OZG, "Wohin fließt das Geld?" the budget,
// "Was bleibt, wenn Frau Meyer geht?" knowledge transfer before retirement, "Plötzlich vorgesetzt" leadership, "Von der
// Einladung bis zur Niederschrift" council minutes), so only summary, description or topics reveal it. One seminar is
// held in English; the trainers' course and the leadership course run on two days each; the e-file course is open only
// to the Samtgemeinden Eschershausen-Stadtoldendorf and Bodenwerder-Polle; first aid is free, paid by the GUV.
// Questions are put the way people describe their problem or task at work, in everyday words, with follow-ups; about a
// quarter in English; written without looking at the parser or the answers.
//
// Calendar around `now` (Friday 17 September 2027, 11:00 in Holzminden, summer time; winter time begins Sun 31.10.2027):
//   today:      Fri 17.09. 13:30–15:00 Teams video calls (online)
//   next week:  Tue 21.09. 09:00–10:30 phishing (online; no deadline given, so it closes at the start), Wed 22.09.
//               13:00–15:30 data protection (hybrid, Kreishaus, 40 €), Thu 23.09. 10:00–11:30 SharePoint (online)
//   week after: Mon 27.09. 09:00–12:30 Excel (VHS-Haus, 69 €), Wed 29.09. 13:30–16:00 stress (online, free);
//               nothing from Thu 30.09. to Mon 04.10. (the cancelled chainsaw course would have been Mon 04.10.)
//   October:    Tue 05. de-escalation (Rathaus Bodenwerder, free, 14 seats), Thu 07. procurement (Kreishaus; deadline
//               Thu 23.09. 23:59), Tue 12. plain language (VHS-Haus; deadline passed Fri 10.09. 23:59), Wed 13.
//               ergonomics (online, 14:00–15:00), Thu 14. e-file (Rathaus Stadtoldendorf, members only), Tue 19. AI
//               (hybrid, Rathaus Holzminden), Wed 20. English (Kreishaus; deadline Fri 08.10. 12:00), Thu 21. meetings
//               (hybrid, Rathaus Holzminden), Thu 28. first aid (Feuerwehrhaus Bevern, 08:30–16:30); the cancelled
//               cash-desk course on Tue 26.10.
//   November:   Tue 02. Outlook (online, 49 €), Mon 08./Tue 09. trainers of apprentices (Kreishaus), Wed 10. OZG
//               (online), Tue 16. budget (Stadthalle), Thu 18. knowledge transfer (Rathaus Delligsen, 09:00–13:00),
//               Tue 23./Wed 24. leadership (Schloss Bevern, 460 €); the draft social-media course on Thu 25.11.
//   December:   Wed 01. council minutes (Rathaus Eschershausen); the draft flood course on Tue 07.12.
//   past:       Tue 15.06.2027 property tax reform (online), Wed 14.07.2027 heat protection (online).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-09-17T09:00:00Z'); // Friday, 17 September 2027, 11:00 in Holzminden (CEST)
const TZ = 'Europe/Berlin';

const T = {
  teams: 'Ton an, Kamera an', // Fri 17.09. 13:30–15:00, online, IT-Service, Ostermann, free
  phishing: 'Klick mit Folgen', // Tue 21.09. 09:00–10:30, online, IT-Service, Ostermann, free, deadline = start
  datenschutz: 'Datenschutz im Arbeitsalltag: Was darf ich, was nicht?', // Wed 22.09. 13:00–15:30, hybrid (Kreishaus), Kreisakademie, Sander, 40 €
  ablage: 'Finden statt suchen', // Thu 23.09. 10:00–11:30, online, IT-Service, Kruse, SharePoint, free
  excel: 'Excel für Einsteiger: Tabellen, Formeln, Diagramme', // Mon 27.09. 09:00–12:30, VHS-Haus, VHS, Bredemeier, 69 € (Dienststelle pays)
  stress: 'Akku leer?', // Wed 29.09. 13:30–16:00, online, GUV, Dr. Hartwig, free
  deeskalation: 'Ruhig bleiben, wenn es laut wird', // Tue 05.10. 09:00–15:00, Rathaus Bodenwerder, GUV, Dreyer, free, 14 seats
  vergabe: 'Vergaberecht kompakt: Aufträge unterhalb der EU-Schwellenwerte', // Thu 07.10. 09:00–16:00, Kreishaus, NSI, Lindemann, 240 €, deadline Thu 23.09. 23:59
  sprache: 'Damit es jeder versteht', // Tue 12.10. 09:00–16:00, VHS-Haus, VHS, Vogt, 145 €, deadline passed Fri 10.09. 23:59
  ergonomie: 'Gut sitzen, besser arbeiten', // Wed 13.10. 14:00–15:00, online, GUV, Dr. Hartwig, free
  eakte: 'Abschied vom Aktenschrank', // Thu 14.10. 09:00–12:00, Rathaus Stadtoldendorf, IT-Service, Kruse, free, two Samtgemeinden only
  ki: 'Künstliche Intelligenz im Büro: Chancen, Grenzen, Regeln', // Tue 19.10. 14:00–16:00, hybrid (Rathaus Holzminden), IT-Service, Ostermann, free
  english: 'Can I help you? English at the Front Desk', // Wed 20.10. 09:00–12:30, Kreishaus, VHS, Walsh, 95 €, deadline Fri 08.10. 12:00, English
  besprechung: 'Besprechungen, die sich lohnen', // Thu 21.10. 09:00–12:00, hybrid (Rathaus Holzminden), Kreisakademie, Heise, 95 €, managers
  ersteHilfe: 'Erste Hilfe im Betrieb: Ausbildung für Ersthelferinnen und Ersthelfer', // Thu 28.10. 08:30–16:30, Feuerwehrhaus Bevern, GUV, Bartels, free (GUV pays), 16 seats
  outlook: 'Land unter im Postfach', // Tue 02.11. 09:00–11:30, online, VHS, Bredemeier, 49 €
  azubi: 'Ausbildung gestalten: Grundlagen für Ausbildungsbeauftragte', // Mon 08.11. and Tue 09.11. 09:00–16:00, Kreishaus, NSI, Grote, 340 €
  ozg: 'Das Amt in der Hosentasche', // Wed 10.11. 10:00–12:00, online, IT-Service, Kruse, free
  haushalt: 'Wohin fließt das Geld?', // Tue 16.11. 09:00–16:00, Stadthalle Holzminden, NSI, Dr. Kühne, 210 €
  wissen: 'Was bleibt, wenn Frau Meyer geht?', // Thu 18.11. 09:00–13:00, Rathaus Delligsen, Kreisakademie, Heise, 120 €
  fuehrung: 'Plötzlich vorgesetzt', // Tue 23.11. and Wed 24.11. 09:00–16:00, Schloss Bevern, Kreisakademie, Dr. Wittkopf, 460 €, new managers
  sitzung: 'Von der Einladung bis zur Niederschrift', // Wed 01.12. 09:00–16:00, Rathaus Eschershausen, NSI, Lindemann, 185 €
  social: 'Social Media für Kommunen: Instagram und Co. rechtssicher nutzen', // draft (Thu 25.11.)
  hochwasser: 'Hochwasservorsorge an der Weser', // draft (Tue 07.12.)
  motorsaege: 'Motorsägen-Grundlehrgang für Bauhöfe', // cancelled (Mon 04.10.2027)
  kasse: 'Kassensicherheit: Bargeld und Kartenzahlung im Bürgerbüro', // cancelled (Tue 26.10.2027)
  grundsteuer: 'Grundsteuerreform: Fragen der Bürgerinnen und Bürger beantworten', // past (Tue 15 June 2027)
  hitze: 'Hitzeschutz im Büro und im Außendienst', // past (Wed 14 July 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.social, T.hochwasser, T.motorsaege, T.kasse, T.grundsteuer, T.hitze];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations: a problem or task first, then the facts ------------------------------------------------
  { conv: 'bescheid', q: 'die Bürger verstehen unsere Bescheide nicht', kind: 'list', titles: [T.sprache] },
  {
    conv: 'bescheid',
    q: 'wann ist das?',
    kind: 'facts',
    titles: [T.sprache],
    says: ['am Di., 12.10.2027 von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'bescheid',
    q: 'bis wann muss man sich anmelden?',
    kind: 'facts',
    titles: [T.sprache],
    says: ['ist am Fr., 10.09.2027, 23:59 Uhr abgelaufen'],
  },
  {
    miss: 'the first-aid course, whose title says "Ausbildung", is listed beside the course for trainers of apprentices',
    conv: 'azubi',
    q: 'ich soll nächstes Jahr die Azubis betreuen',
    kind: 'list',
    titles: [T.azubi],
  },
  {
    miss: 'follows the missed apprentices question',
    conv: 'azubi',
    q: 'wie lange geht das?',
    kind: 'facts',
    titles: [T.azubi],
    says: ['dauert 2 Tage, jeweils von 09:00 bis 16:00 Uhr'],
  },
  { conv: 'drive', q: 'we keep losing files on the shared drive', locale: 'en', kind: 'list', titles: [T.ablage] },
  {
    conv: 'drive',
    q: 'is that online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ablage],
    says: ['takes place online'],
  },
  {
    conv: 'drive',
    q: 'who runs it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ablage],
    says: ['is led by Frau Svenja Kruse'],
  },
  { conv: 'papier', q: 'unser Chef will papierlos werden', kind: 'list', titles: [T.eakte] },
  {
    conv: 'papier',
    q: 'wo findet das statt',
    kind: 'facts',
    titles: [T.eakte],
    says: ['im Rathaus Stadtoldendorf'],
  },
  {
    conv: 'laut',
    q: 'bei uns am Schalter werden die Leute manchmal richtig laut',
    kind: 'list',
    titles: [T.deeskalation],
  },
  {
    conv: 'laut',
    q: 'gibt es da noch freie plätze?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['noch 14 von 14 Plätzen frei'],
  },
  {
    conv: 'laut',
    q: 'um wie viel uhr fängt das an',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['beginnt am Di., 05.10.2027 um 09:00 Uhr'],
  },
  {
    conv: 'counter',
    q: 'tourists at our counter only speak English and I freeze up',
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  { conv: 'counter', q: 'how much is it', locale: 'en', kind: 'facts', titles: [T.english], says: ['costs €95'] },
  {
    conv: 'counter',
    q: 'until when can I sign up?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['until Fri, 8 Oct 2027, 12:00'],
  },
  { conv: 'geld', q: 'ich verstehe unseren Haushaltsplan nicht', kind: 'list', titles: [T.haushalt] },
  {
    conv: 'geld',
    q: 'wer macht das?',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['leitet Herr Dr. Stefan Kühne'],
  },
  { conv: 'geld', q: 'kostet das was?', kind: 'facts', titles: [T.haushalt], says: ['kostet 210 €'] },
  {
    conv: 'lead',
    q: "I've just become team leader and feel a bit lost",
    locale: 'en',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'lead',
    q: 'when is it',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['on 2 days', 'Tue, 23 Nov 2027 and Wed, 24 Nov 2027', 'each from 09:00 to 16:00'],
  },
  {
    conv: 'lead',
    q: 'where does it take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['takes place at Schloss Bevern'],
  },
  {
    conv: 'rente',
    q: 'unsere Kollegin geht bald in Rente und nur sie weiß, wie alles läuft',
    kind: 'list',
    titles: [T.wissen],
  },
  {
    conv: 'rente',
    q: 'wann und wo?',
    kind: 'facts',
    titles: [T.wissen],
    says: ['am Do., 18.11.2027 von 09:00 bis 13:00 Uhr im Rathaus Delligsen'],
  },
  { conv: 'ton', q: 'bei Videocalls klappt bei mir nie der Ton', kind: 'list', titles: [T.teams] },
  {
    conv: 'ton',
    q: 'wann fängt das an?',
    kind: 'facts',
    titles: [T.teams],
    says: ['beginnt am Fr., 17.09.2027 um 13:30 Uhr'],
  },
  // --- topic searches: the problem in everyday words, typos, words only in summary or description ----------------------
  {
    q: 'neulich hat jemand bei uns auf einen komischen Link in einer Mail geklickt',
    kind: 'list',
    titles: [T.phishing],
  },
  { q: 'ich bin ständig erschöpft wegen der Arbeit', kind: 'list', titles: [T.stress] },
  {
    q: 'we need someone in our office who knows first aid',
    locale: 'en',
    kind: 'list',
    titles: [T.ersteHilfe],
  },
  { q: 'ich krieg den SVERWEIS einfach nicht hin', kind: 'list', titles: [T.excel] },
  {
    q: 'wir müssen für den Bauhof ein neues Fahrzeug beschaffen, wie geht das mit der Ausschreibung?',
    kind: 'list',
    titles: [T.vergabe],
  },
  { q: 'can we use ChatGPT to draft letters?', locale: 'en', kind: 'list', titles: [T.ki] },
  { q: 'mein Postfach quillt über', kind: 'list', titles: [T.outlook] },
  { q: 'ich muss ab jetzt im Bauausschuss das Protokoll schreiben', kind: 'list', titles: [T.sitzung] },
  { q: 'mir tut vom vielen Sitzen der Rücken weh', kind: 'list', titles: [T.ergonomie] },
  {
    q: 'people want to apply for things online instead of coming in',
    locale: 'en',
    kind: 'list',
    titles: [T.ozg],
  },
  {
    miss: 'the plain-language course ("bringen" in its texts) is listed beside the meetings course',
    q: 'unsere Teambesprechungen dauern ewig und bringen nichts',
    kind: 'list',
    titles: [T.besprechung],
  },
  { q: 'fishing emails training', locale: 'en', kind: 'list', titles: [T.phishing] },
  { q: 'weg vom Amtsdeutsch', kind: 'list', titles: [T.sprache] },
  // --- facts -----------------------------------------------------------------------------------------------------------
  {
    q: 'wie lange dauert der Excel-Kurs?',
    kind: 'facts',
    titles: [T.excel],
    says: ['dauert 3,5 Stunden, von 09:00 bis 12:30 Uhr'],
  },
  {
    q: 'how much does the Excel course cost',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['costs €69'],
    mentions: ['Die Gebühr trägt die entsendende Dienststelle.'],
  },
  {
    q: 'ist das KI-Seminar online oder vor Ort?',
    kind: 'facts',
    titles: [T.ki],
    says: ['im Rathaus Holzminden', 'oder online'],
  },
  {
    q: 'bis wann kann ich mich fürs Phishing-Training anmelden?',
    kind: 'facts',
    titles: [T.phishing],
    says: ['bis Di., 21.09.2027, 09:00 Uhr'],
  },
  {
    q: 'sind beim Erste-Hilfe-Kurs noch Plätze frei?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['noch 16 von 16 Plätzen frei'],
  },
  // --- filters: dates, format, place, trainer, provider, audience, length, language ----------------------------------
  { q: 'was läuft heute noch?', kind: 'list', titles: [T.teams] },
  { q: 'was ist nächste Woche?', kind: 'list', titles: [T.phishing, T.datenschutz, T.ablage] },
  {
    q: 'any online sessions in the next two weeks?',
    locale: 'en',
    kind: 'list',
    titles: [T.teams, T.phishing, T.ablage, T.stress],
  },
  { q: 'Präsenzseminare im November', kind: 'list', titles: [T.azubi, T.haushalt, T.wissen, T.fuehrung] },
  { q: 'hybride Veranstaltungen', kind: 'list', ...only(T.datenschutz, T.ki, T.besprechung) },
  { q: 'was gibt es in Bevern?', kind: 'list', ...only(T.ersteHilfe, T.fuehrung) },
  { q: 'Kurse bei Herrn Ostermann', kind: 'list', ...only(T.teams, T.phishing, T.ki) },
  { q: 'Angebote vom GUV', kind: 'list', ...only(T.stress, T.deeskalation, T.ergonomie, T.ersteHilfe) },
  { q: 'was gibt es für Führungskräfte?', kind: 'list', ...only(T.besprechung, T.fuehrung) },
  { q: 'Kurse über mehrere Tage', kind: 'list', ...only(T.azubi, T.fuehrung) },
  { q: 'any courses held in English?', locale: 'en', kind: 'list', titles: [T.english] },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'Motorsägenlehrgang', kind: 'gone', gone: T.motorsaege },
  { q: 'is the Kassensicherheit course still on?', locale: 'en', kind: 'gone', gone: T.kasse },
  { q: 'wann war das Grundsteuer-Seminar?', kind: 'gone', gone: T.grundsteuer, says: ['Di., 15.06.2027'] },
  { q: 'Hitzeschutz', kind: 'gone', gone: T.hitze, says: ['Mi., 14.07.2027'] },
  { q: 'instagram für die gemeinde', kind: 'none' },
  { q: 'Gabelstaplerschein', kind: 'none' },
  { q: 'Moin!', kind: 'help' },
  { q: 'hi there', locale: 'en', kind: 'help' },
  { q: 'wo bin ich überall angemeldet?', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-fifty-third, independent catalogue (Landkreis Holzminden, NSI, GUV Braunschweig)',
  {
    fixture: 'heldout253-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
