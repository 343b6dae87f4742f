// Over-fitting check, two-hundred-and-seventy-second catalogue: the 2027 programme for the Landkreis Grafschaft Bentheim
// (Lower Saxony) and its towns, Samtgemeinden and Gemeinden (Nordhorn, Bad Bentheim, Schüttorf, Neuenhaus, Uelsen,
// Emlichheim, Wietmarschen), with the Niedersächsisches Studieninstitut für kommunale Verwaltung (NSI), the county's
// Personalentwicklung, the ITEBO GmbH (IT service), the Unfallkasse Niedersachsen and the Volkshochschule Grafschaft
// Bentheim (VHS), imported from a JSON file. Seminars take place in the Kreishaus Nordhorn, the town halls of Nordhorn,
// Bad Bentheim, Schüttorf and Wietmarschen, the Samtgemeindeverwaltung Neuenhaus, the VHS in Nordhorn, the Betriebshof
// of the Samtgemeinde Schüttorf, the Tagungshaus Kloster Frenswegen, online or hybrid. Several titles do not name their
// subject ("Schlüsselbund fürs Digitale" is password managers / two-factor login, "Kraftquellen im Arbeitsalltag"
// stress, "Der digitale Kollege" AI, "Goedemorgen, buren!" Dutch, "Heben, Tragen, Bücken" back health, "Dokumente für
// alle" accessible PDFs, "Vom Posteingang zur Vorgangsakte" the e-file, "Ratsarbeit professionell begleiten" council
// meetings, "Der erste Eindruck zählt" telephone training, "Nicht alles ist dringend" time management, "Vom Kollegen zur
// Chefin" new managers, "Gespräche, die weiterbringen" appraisal interviews, "Amtsdeutsch ade" plain language), so only
// summary, description or topics reveal it; one seminar is held in English; the leadership course runs on two days;
// the e-file course is open only to the Samtgemeinden Neuenhaus, Uelsen and Emlichheim; first aid is free, paid by the
// Unfallkasse. The questions mostly ask for facts, each kind (when, where, cost, trainer, duration, start time,
// registration deadline, free seats, format) in several German and English wordings, by title, by a paraphrase of the
// subject and as follow-ups — written without looking at the parser or the answers.
//
// Calendar around `now` (Tuesday 8 June 2027, 12:00 in Nordhorn, summer time; winter time begins Sun 31.10.2027):
//   this week:  today Tue 08.06. 14:00–16:00 passwords (online); nothing on Wed 09.06.; Thu 10.06. 09:00–12:00 data
//               protection (hybrid, Kreishaus); Fri 11.06. 13:00–15:30 stress (online)
//   next week:  Mon 14.06. 08:30–12:30 Excel (VHS Nordhorn), Wed 16.06. 13:30–16:30 English (Kreishaus; deadline
//               passed Fri 04.06. 23:59), Thu 17.06. 10:00–12:00 AI (online); nothing on Fri 18.06.
//   then:       Tue 22.06. procurement (Kreishaus; deadline Fri 11.06. 12:00), the cancelled chainsaw course (Thu
//               24.06.), Wed 30.06. first aid (Rathaus Bad Bentheim, 08:30–16:00)
//   July:       Thu 01. Dutch (VHS, evening 17:00–19:30, 49 €), Tue 06. Bescheide (Rathaus Nordhorn, deadline = start),
//               Wed 14. back health (Betriebshof Schüttorf, 07:30), Thu 22. accessible documents (online, 59 €); the
//               cancelled press-release workshop on Wed 07.07.
//   August:     Tue 10. e-file (Neuenhaus, members only), Thu 19. council meetings (Rathaus Schüttorf; deadline Fri
//               30.07. 23:59), Wed 25. telephone training (Rathaus Wietmarschen, 13:00)
//   September:  Thu 09. annual accounts (Kreishaus), Tue 14. time management (online), Tue 21./Wed 22. new managers
//               (Kloster Frenswegen, 09:00–16:30; deadline Fri 27.08. 12:00), Wed 29. appraisal interviews (hybrid)
//   October:    Wed 06. the draft social-media course, Tue 12. NBauO (Kreishaus), Wed 20. plain language (Bad Bentheim)
//   November:   Thu 11.11. (CET) enforcement (Rathaus Nordhorn); the draft climate-adaptation course on Tue 16.11.
//   past:       Tue 20.04.2027 property tax (online), Thu 27.05.2027 Outlook (VHS).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-06-08T10:00:00Z'); // Tuesday, 8 June 2027, 12:00 in Nordhorn (CEST)
const TZ = 'Europe/Berlin';

const T = {
  passwort: 'Schlüsselbund fürs Digitale', // Tue 08.06. 14:00–16:00, online, ITEBO, Lübbers, password managers / 2FA, free
  datenschutz: 'Datenschutz am Empfang und im Bürgerbüro', // Thu 10.06. 09:00–12:00, hybrid (Kreishaus), PE, Hindriks, free
  stress: 'Kraftquellen im Arbeitsalltag', // Fri 11.06. 13:00–15:30, online, Unfallkasse, Snieders, stress / resilience, free
  excel: 'Excel im Büroalltag: Formeln, Filter, Pivot', // Mon 14.06. 08:30–12:30, VHS Nordhorn, VHS, Kamps, 69 € (Dienststelle pays), 12 seats
  english: 'Welcome to the Grafschaft: English at the Front Desk', // Wed 16.06. 13:30–16:30, Kreishaus, VHS, Clarke, 95 €, deadline passed Fri 04.06. 23:59
  ki: 'Der digitale Kollege', // Thu 17.06. 10:00–12:00, online, ITEBO, Egbers, AI (ChatGPT, Copilot), free
  vergabe: 'Vergaberecht kompakt: UVgO und NTVergG', // Tue 22.06. 09:00–16:00, Kreishaus, NSI, Dr. Brookmann, 245 €, 20 seats, deadline Fri 11.06. 12:00
  ersteHilfe: 'Erste Hilfe: Fortbildung für betriebliche Ersthelfende', // Wed 30.06. 08:30–16:00, Rathaus Bad Bentheim, Unfallkasse, Schoemaker, free (Unfallkasse pays)
  niederlaendisch: 'Goedemorgen, buren!', // Thu 01.07. 17:00–19:30, VHS Nordhorn, VHS, Veldhuis, 49 €, Dutch for beginners
  bescheide: 'Bescheide, die halten', // Tue 06.07. 09:00–16:00, Rathaus Nordhorn, NSI, Dr. Terhorst, 195 €, deadline = start
  ruecken: 'Heben, Tragen, Bücken', // Wed 14.07. 07:30–11:30, Betriebshof Schüttorf, Unfallkasse, Schoemaker, back health, free
  barrierefrei: 'Dokumente für alle', // Thu 22.07. 09:00–12:00, online, ITEBO, Egbers, accessible Word / PDF, 59 €
  eakte: 'Vom Posteingang zur Vorgangsakte', // Tue 10.08. 09:00–12:30, SG-Verwaltung Neuenhaus, ITEBO, Lübbers, e-file, only Neuenhaus/Uelsen/Emlichheim, free
  sitzung: 'Ratsarbeit professionell begleiten', // Thu 19.08. 09:00–15:00, Rathaus Schüttorf, NSI, Dr. Brookmann, 180 €, council meetings, deadline Fri 30.07. 23:59
  telefon: 'Der erste Eindruck zählt', // Wed 25.08. 13:00–16:00, Rathaus Wietmarschen, PE, Koops, telephone training, free
  jahresabschluss: 'Der Jahresabschluss im NKHR', // Thu 09.09. 09:00–16:00, Kreishaus, NSI, Niehues, 230 €, Doppik
  zeit: 'Nicht alles ist dringend', // Tue 14.09. 09:00–12:00, online, VHS, Koops, time management, 45 €
  fuehrung: 'Vom Kollegen zur Chefin', // Tue 21.09. and Wed 22.09. 09:00–16:30, Kloster Frenswegen, NSI, Dr. Terhorst, 520 €, 12 seats, new managers, deadline Fri 27.08. 12:00
  gespraeche: 'Gespräche, die weiterbringen', // Wed 29.09. 09:00–16:00, hybrid (Kreishaus), PE, Koops, appraisal interviews, for managers, free
  bauordnung: 'Bauordnungsrecht kompakt: die NBauO in der Praxis', // Tue 12.10. 09:00–16:00, Kreishaus, NSI, Mülstegen, 210 €
  sprache: 'Amtsdeutsch ade', // Wed 20.10. 09:00–15:00, Rathaus Bad Bentheim, VHS, Lambers, 120 €, plain language
  vollstreckung: 'Mahnen, Pfänden, Vollstrecken', // Thu 11.11. 09:00–16:00 (CET), Rathaus Nordhorn, NSI, Niehues, 210 €
  socialMedia: 'Social Media für Kommunen', // draft (Wed 06.10.)
  klima: 'Klimaanpassung in der Bauleitplanung', // draft (Tue 16.11.)
  motorsaege: 'Motorsäge sicher bedienen: Grundlehrgang für Bauhöfe', // cancelled (Thu 24.06.2027)
  presse: 'Die Pressemitteilung, die gelesen wird', // cancelled (Wed 07.07.2027), Koops
  grundsteuer: 'Die neue Grundsteuer: Hebesätze und Messbeträge', // past (Tue 20 April 2027)
  outlook: 'Outlook effizient nutzen', // past (Thu 27 May 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.socialMedia, T.klima, T.motorsaege, T.presse, T.grundsteuer, T.outlook];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'pw', q: 'Gibt es was zu Passwortmanagern?', kind: 'list', titles: [T.passwort] },
  {
    conv: 'pw',
    q: 'Wann ist das?',
    kind: 'facts',
    titles: [T.passwort],
    says: ['am Di., 08.06.2027 von 14:00 bis 16:00 Uhr'],
  },
  { conv: 'pw', q: 'Muss ich da hinfahren?', kind: 'facts', titles: [T.passwort], says: ['findet online statt'] },
  { conv: 'pw', q: 'Ist das kostenpflichtig?', kind: 'facts', titles: [T.passwort], says: ['ist kostenlos'] },
  {
    conv: 'ruecken',
    q: 'Was gibt es gegen Rückenschmerzen bei der Arbeit im Bauhof?',
    kind: 'list',
    titles: [T.ruecken],
  },
  {
    conv: 'ruecken',
    q: "Um wie viel Uhr geht's los?",
    kind: 'facts',
    titles: [T.ruecken],
    says: ['beginnt am Mi., 14.07.2027 um 07:30 Uhr'],
  },
  {
    conv: 'ruecken',
    q: 'Und wo?',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['findet am Veranstaltungsort Betriebshof der Samtgemeinde Schüttorf'],
  },
  { conv: 'chef', q: 'Gibt es ein Seminar zum Rollenwechsel?', kind: 'list', titles: [T.fuehrung] },
  {
    conv: 'chef',
    q: 'Wie viele Tage sind das?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['dauert 2 Tage, jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    conv: 'chef',
    q: 'Wann muss ich spätestens Bescheid geben?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['bis Fr., 27.08.2027, 12:00 Uhr anmelden'],
  },
  {
    conv: 'chef',
    q: 'Und an welchen Tagen genau?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Di., 21.09.2027 und Mi., 22.09.2027', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  { conv: 'dutch', q: 'Is there a Dutch language course?', locale: 'en', kind: 'list', titles: [T.niederlaendisch] },
  {
    conv: 'dutch',
    q: 'When is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.niederlaendisch],
    says: ['on Thu, 1 Jul 2027 from 17:00 to 19:30'],
  },
  {
    conv: 'dutch',
    q: "Who's teaching?",
    locale: 'en',
    kind: 'facts',
    titles: [T.niederlaendisch],
    says: ['is led by Frau Anke Veldhuis'],
  },
  {
    conv: 'dutch',
    q: 'Do I have to pay for it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.niederlaendisch],
    says: ['costs €49'],
  },
  {
    conv: 'vergabe',
    q: 'Wer leitet Vergaberecht kompakt?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['leitet Herr Dr. Thomas Brookmann'],
  },
  {
    conv: 'vergabe',
    q: 'Bis wann muss ich mich anmelden?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Fr., 11.06.2027, 12:00 Uhr anmelden'],
  },
  {
    conv: 'vergabe',
    q: 'Sind noch Plätze frei?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['noch 20 von 20 Plätzen frei'],
  },
  { conv: 'ki', q: 'any training on ChatGPT or Copilot?', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    conv: 'ki',
    q: 'What time does it start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['starts on Thu, 17 Jun 2027 at 10:00'],
  },
  { conv: 'ki', q: 'Is it online?', locale: 'en', kind: 'facts', titles: [T.ki], says: ['takes place online'] },
  { conv: 'akte', q: 'Schulung zur elektronischen Akte', kind: 'list', titles: [T.eakte] },
  {
    conv: 'akte',
    q: 'Wo findet die statt?',
    kind: 'facts',
    titles: [T.eakte],
    says: ['in der Samtgemeindeverwaltung Neuenhaus'],
  },
  {
    conv: 'akte',
    q: 'Wie lange geht das?',
    kind: 'facts',
    titles: [T.eakte],
    says: ['dauert 3,5 Stunden, von 09:00 bis 12:30 Uhr'],
  },
  {
    conv: 'welcome',
    q: 'When is the registration deadline for Welcome to the Grafschaft?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 4 Jun 2027, 23:59'],
  },
  {
    conv: 'welcome',
    q: 'where is it held?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['takes place at Kreishaus Nordhorn'],
  },
  // --- facts, by title and by a paraphrase of the subject ----------------------------------------------------------------
  {
    q: 'Was kostet der Excel-Kurs bei der VHS?',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 69 €'],
    mentions: ['Die Kosten trägt die entsendende Dienststelle.'],
  },
  {
    q: 'An welchem Tag ist die Schulung zu barrierefreien PDFs?',
    kind: 'facts',
    titles: [T.barrierefrei],
    says: ['am Do., 22.07.2027 von 09:00 bis 12:00 Uhr'],
  },
  {
    q: 'wann ist der vollstreckungskurs',
    kind: 'facts',
    titles: [T.vollstreckung],
    says: ['am Do., 11.11.2027 von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'Wo findet der Erste-Hilfe-Kurs statt?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['findet im Rathaus Bad Bentheim'],
  },
  {
    q: 'Wo ist das Seminar zu Mitarbeitergesprächen?',
    kind: 'facts',
    titles: [T.gespraeche],
    says: [/im Kreishaus Nordhorn.* oder online/],
  },
  {
    q: 'In welchem Rathaus ist die Schulung zum Sitzungsdienst?',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['im Rathaus Schüttorf'],
  },
  { q: 'How much is the Vergabe seminar?', locale: 'en', kind: 'facts', titles: [T.vergabe], says: ['costs €245'] },
  {
    q: 'Muss ich für die Erste-Hilfe-Fortbildung was zahlen?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse Niedersachsen.'],
  },
  {
    q: 'Wer ist die Dozentin beim Zeitmanagement?',
    kind: 'facts',
    titles: [T.zeit],
    says: ['leitet Frau Birgit Koops'],
  },
  {
    q: 'Wie lange dauert der Jahresabschluss-Kurs?',
    kind: 'facts',
    titles: [T.jahresabschluss],
    says: ['dauert 7 Stunden, von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'How long is the first aid course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['lasts 7.5 hours, from 08:30 to 16:00'],
  },
  {
    q: 'Um wie viel Uhr beginnt das Telefontraining?',
    kind: 'facts',
    titles: [T.telefon],
    says: ['beginnt am Mi., 25.08.2027 um 13:00 Uhr'],
  },
  {
    q: 'Anmeldeschluss für den Sitzungsdienst?',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['bis Fr., 30.07.2027, 23:59 Uhr anmelden'],
  },
  {
    q: 'bis wann kann ich mich für Bescheide, die halten anmelden',
    kind: 'facts',
    titles: [T.bescheide],
    says: ['bis Di., 06.07.2027, 09:00 Uhr anmelden'],
  },
  {
    q: 'Sind beim Excel-Kurs noch Plätze frei?',
    kind: 'facts',
    titles: [T.excel],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  {
    q: 'Ist das Stress-Seminar online oder vor Ort?',
    kind: 'facts',
    titles: [T.stress],
    says: ['findet online statt'],
  },
  {
    q: 'Is the Datenschutz training hybrid?',
    locale: 'en',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['is hybrid: at Kreishaus Nordhorn'],
  },
  {
    q: 'Findet der NBauO-Kurs in Präsenz statt?',
    kind: 'facts',
    titles: [T.bauordnung],
    says: ['findet in Präsenz statt, im Kreishaus Nordhorn'],
  },
  // --- topic searches: typos, words only in summary or description, everyday words -------------------------------------
  { q: 'datenschuz schulung', kind: 'list', titles: [T.datenschutz] },
  { q: 'Wiederbelebung üben', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'Wie schreibe ich Briefe, die Bürger verstehen?', kind: 'list', titles: [T.sprache] },
  // --- filters: dates, time of day, format, place, trainer, provider, cost ---------------------------------------------
  { q: 'was ist diese woche noch', kind: 'list', titles: [T.passwort, T.datenschutz, T.stress] },
  { q: "what's on next week", locale: 'en', kind: 'list', titles: [T.excel, T.english, T.ki] },
  {
    q: 'kostenlose Seminare im Juni',
    kind: 'list',
    titles: [T.passwort, T.datenschutz, T.stress, T.ki, T.ersteHilfe],
  },
  { q: 'Was bietet die Unfallkasse an?', kind: 'list', ...only(T.stress, T.ersteHilfe, T.ruecken) },
  { q: 'seminare in schüttorf', kind: 'list', ...only(T.ruecken, T.sitzung) },
  { q: 'Gibt es auch was am Abend?', kind: 'list', titles: [T.niederlaendisch] },
  { q: 'Kurse bei Frau Koops', kind: 'list', ...only(T.telefon, T.zeit, T.gespraeche) },
  { q: 'online courses in July', locale: 'en', kind: 'list', titles: [T.barrierefrei] },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'Wann ist der Motorsägenlehrgang?', kind: 'gone', gone: T.motorsaege },
  { q: 'Was kostet die Schreibwerkstatt Pressemitteilungen?', kind: 'gone', gone: T.presse },
  { q: 'Grundsteuer-Seminar', kind: 'gone', gone: T.grundsteuer, says: ['Di., 20.04.2027'] },
  { q: 'Wann war der Outlook-Kurs?', kind: 'gone', gone: T.outlook, says: ['Do., 27.05.2027'] },
  { q: 'instagram schulung', kind: 'none' },
  { q: 'ist morgen was?', kind: 'none' },
  { q: 'Moin!', kind: 'help' },
  { q: 'hi there', locale: 'en', kind: 'help' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-seventy-second, independent catalogue (Landkreis Grafschaft Bentheim, NSI, Unfallkasse Niedersachsen)',
  {
    fixture: 'heldout272-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
