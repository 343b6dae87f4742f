// Over-fitting check, hundred-and-fourteenth catalogue: the 2028 spring programme of the Landkreis Oberhavel (Brandenburg)
// with the Brandenburgische Kommunalakademie (BKA), the Kreisverwaltung's IT-Dienste and Personalentwicklung, the
// Unfallkasse Brandenburg and the Kreisvolkshochschule Oberhavel (KVHS), for the Kreis and its towns and Ämter
// (Oranienburg, Hennigsdorf, Velten, Hohen Neuendorf, Zehdenick, Amt Gransee und Gemeinden), imported from a JSON file.
// Seminars take place in the Kreisverwaltung in Oranienburg, the Bildungszentrum Hennigsdorf, the town halls of Velten,
// Hohen Neuendorf, Zehdenick, Oranienburg and Hennigsdorf, online or hybrid. Several titles do not name their subject
// ("Klick mit Köpfchen" is information/cyber security, "Wenn der Akku leer ist" stress and burn-out prevention, "Ein
// Anschreiben, viele Adressen" mail merge in Word, "Klartext statt Kleinkrieg" conflict resolution for team leaders,
// "Plötzlich Chefin, plötzlich Chef" leadership for new managers, "Briefe, die ankommen" plain language, "Schluss mit
// dem Aktenwagen" the e-file, "Gut ankommen in Oberhavel" onboarding), so only summary, description or topics reveal it;
// two seminars are held in English (working with international colleagues; English on the phone); the leadership course
// runs on two days across the start of summer time; the e-file course is open only to Zehdenick and Gransee; first aid,
// cyber security, conflict resolution, onboarding and others are free. This suite is English-heavy: about forty
// questions are asked in English, the way international staff and English-speaking colleagues write in Teams, the rest
// in German, without looking at the parser or the answers. Same assertions as the other suites: exactly the expected
// seminars (best first where one is clearly best), the asked fact in the first sentence, never a draft, cancelled or
// past seminar.
//
// Calendar around `now` (Wednesday 16 February 2028, 10:30 in Oranienburg, winter time; summer time begins Sun 26.03.2028):
//   this week:  nothing more today; Thu 17.02. 13:00–16:00 Excel (online, tomorrow), Fri 18.02. 09:00–12:00 data
//               protection / GDPR (hybrid, Kreisverwaltung)
//   next week:  Tue 22.02. afternoon (stress / burn-out, online), Wed 23.02. morning (international colleagues, English,
//               Kreisverwaltung; deadline passed Fri 11.02. 23:59), Thu 24.02. afternoon (AI, hybrid)
//   then:       the cancelled phone training on Tue 29.02. (leap day, Rathaus Hennigsdorf)
//   March:      Thu 02. process management (Bildungszentrum Hennigsdorf), Tue 07. cyber security (online), Wed 08. first
//               aid (Rathaus Velten, 15 seats), Tue 14. mail merge (online), Thu 16. conflict resolution (Kreisverwaltung),
//               Tue 21. procurement law (Kreisverwaltung; deadline Fri 03.03. 12:00), Thu 23.03. (CET) first day of the
//               leadership course (Hennigsdorf; deadline Fri 10.03.), Tue 28. plain language (Rathaus Hohen Neuendorf,
//               CEST; deadline Fri 17.03. 12:00)
//   April:      Wed 05. Scrum (hybrid, Kreisverwaltung), Thu 06.04. (CEST) second day of the leadership course, Tue 11.
//               e-file (Rathaus Zehdenick, Zehdenick and Gransee only), Thu 20. onboarding day (Kreisverwaltung), Wed 26.
//               English on the phone (online, English); the cancelled forklift course on Thu 13.04.; Easter 14.–17.04.
//   May:        Tue 09. council meetings (Rathaus Oranienburg, 16 seats), Wed 17. ergonomics (online, 13:00–14:30); the
//               draft accessible-PDF course on Tue 23.05.
//   June:       Tue 13. municipal budget / Doppik (Rathaus Hennigsdorf); the draft wildlife course on Tue 20.06.
//   past:       Tue 25.01.2028 inventory for the annual accounts (Kreisverwaltung), Thu 27.01.2028 fire wardens (Zehdenick).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-02-16T09:30:00Z'); // Wednesday, 16 February 2028, 10:30 in Oranienburg (CET)
const TZ = 'Europe/Berlin';

const T = {
  excel: 'Tabellen, die rechnen: Excel im Verwaltungsalltag', // Thu 17.02. 13:00–16:00, online, KVHS, Krüger, 79 € (Dienststelle pays)
  datenschutz: 'Auskunft ja, aber richtig: Datenschutz im Bürgerkontakt', // Fri 18.02. 09:00–12:00, hybrid (Kreisverwaltung), IT-Dienste, Wendt, GDPR, free
  akku: 'Wenn der Akku leer ist', // Tue 22.02. 13:00–15:30, online, Unfallkasse, Pohl, stress / burn-out, free
  international: 'Working Together Across Borders: Communicating with International Colleagues', // Wed 23.02. 09:00–12:30, Kreisverwaltung, KVHS, Carter, English, 110 €, deadline passed Fri 11.02. 23:59
  ki: 'Assistenz auf Knopfdruck: KI-Werkzeuge im Verwaltungsalltag', // Thu 24.02. 13:00–16:00, hybrid (Kreisverwaltung), IT-Dienste, Schulze, AI, free
  prozess: 'Abläufe sichtbar machen: Prozessmanagement für Kommunen', // Thu 02.03. 09:00–16:00, Bildungszentrum Hennigsdorf, BKA, Dr. Lehmann, 280 €
  cyber: 'Klick mit Köpfchen', // Tue 07.03. 09:00–11:30, online, IT-Dienste, Schulze, information / cyber security, phishing, free
  ersteHilfe: 'Erste Hilfe im Dienst: Ausbildung für betriebliche Ersthelfende', // Wed 08.03. 08:30–16:30, Rathaus Velten, Unfallkasse, Voigt, free (Unfallkasse pays), 15 seats
  serienbrief: 'Ein Anschreiben, viele Adressen', // Tue 14.03. 09:00–12:00, online, KVHS, Krüger, 59 €, mail merge in Word
  konflikt: 'Klartext statt Kleinkrieg', // Thu 16.03. 09:00–16:00, Kreisverwaltung, Personalentwicklung, Richter, conflict resolution for managers, free
  vergabe: 'Richtig beschaffen: Vergaberecht für Brandenburger Kommunen', // Tue 21.03. 09:00–16:00, Kreisverwaltung, BKA, Dr. Berger, 260 €, deadline Fri 03.03. 12:00
  fuehrung: 'Plötzlich Chefin, plötzlich Chef', // Thu 23.03. (CET) and Thu 06.04. (CEST) 09:00–16:00, Bildungszentrum Hennigsdorf, BKA, Dr. Lehmann, 490 €, new managers, deadline Fri 10.03.
  briefe: 'Briefe, die ankommen', // Tue 28.03. 09:00–16:00, Rathaus Hohen Neuendorf, KVHS, Hoffmann, 140 €, plain language, deadline Fri 17.03. 12:00
  scrum: 'Sprint statt Stillstand: Agile Projektarbeit mit Scrum', // Wed 05.04. 09:00–16:00, hybrid (Kreisverwaltung), BKA, Neumann, 240 €
  eakte: 'Schluss mit dem Aktenwagen', // Tue 11.04. 09:00–12:00, Rathaus Zehdenick, IT-Dienste, Schmidt, e-file, only Zehdenick/Gransee, free
  onboarding: 'Gut ankommen in Oberhavel', // Thu 20.04. 09:00–15:00, Kreisverwaltung, Personalentwicklung, Richter, onboarding day, free
  phone: 'Confident English on the Phone and by E-Mail', // Wed 26.04. 13:00–16:00, online, KVHS, Carter, English, 95 €
  sitzung: 'Von der Einladung bis zum Beschluss: Sitzungsdienst nach der BbgKVerf', // Tue 09.05. 09:00–16:00, Rathaus Oranienburg, BKA, Krause, 180 €, 16 seats
  ergonomie: 'Bewegte Pause: Gesund am Bildschirmarbeitsplatz', // Wed 17.05. 13:00–14:30, online, Unfallkasse, Pohl, ergonomics, free
  haushalt: 'Doppik verstehen: Der kommunale Haushalt für Nicht-Kämmerer', // Tue 13.06. 09:00–16:00, Rathaus Hennigsdorf, BKA, Dr. Berger, 210 €
  pdf: 'Barrierefreie PDF-Dokumente erstellen', // draft (Tue 23.05.)
  wildtiere: 'Wolf, Biber, Waschbär: Wildtierkonflikte in der Kommune', // draft (Tue 20.06.)
  telefon: 'Souverän am Telefon: Servicetelefonie im Bürgerbüro', // cancelled (Tue 29.02.2028)
  stapler: 'Staplerschein: Ausbildung für Gabelstaplerfahrer im Bauhof', // cancelled (Thu 13.04.2028)
  inventur: 'Inventur und Anlagenbuchhaltung zum Jahresabschluss', // past (Tue 25 January 2028)
  brandschutz: 'Ausbildung zur Brandschutzhelferin und zum Brandschutzhelfer', // past (Thu 27 January 2028)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.pdf, T.wildtiere, T.telefon, T.stapler, T.inventur, T.brandschutz];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  { q: 'How much is the Scrum workshop?', locale: 'en', kind: 'facts', titles: [T.scrum], says: ['costs €240'] },
  {
    q: 'what does the excel course cost',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['costs €79'],
    mentions: ['Die Gebühr trägt die entsendende Dienststelle.'],
  },
  {
    q: 'was kostet der erste hilfe kurs',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse Brandenburg.'],
  },
  // --- facts: when (across the start of summer time), start time, duration ---------------------------------------------
  {
    q: 'When is the leadership course for new managers?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['on 2 days', 'Thu, 23 Mar 2028 and Thu, 6 Apr 2028', 'each from 09:00 to 16:00'],
  },
  {
    q: 'wann ist die datenschutz schulung',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['am Fr., 18.02.2028 von 09:00 bis 12:00 Uhr'],
  },
  {
    q: 'What time does the AI session begin?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['starts on Thu, 24 Feb 2028 at 13:00'],
  },
  {
    q: 'um wie viel uhr faengt der scrum workshop an',
    kind: 'facts',
    titles: [T.scrum],
    says: ['beginnt am Mi., 05.04.2028 um 09:00 Uhr'],
  },
  {
    q: 'How long is the ergonomics session?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ergonomie],
    says: ['lasts 1.5 hours, from 13:00 to 14:30'],
  },
  {
    q: 'wie lange dauert plötzlich chefin plötzlich chef',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['dauert 2 Tage, jeweils von 09:00 bis 16:00 Uhr'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  {
    q: 'Where does the process management course take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.prozess],
    says: ['at Bildungszentrum Hennigsdorf'],
  },
  { q: 'wo findet das doppik seminar statt', kind: 'facts', titles: [T.haushalt], says: ['im Rathaus Hennigsdorf'] },
  {
    q: 'Is the AI session online or in person?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: [/is hybrid|or online/],
  },
  {
    q: 'ist der kurs zu bürgernaher sprache online?',
    kind: 'facts',
    titles: [T.briefe],
    says: ['findet in Präsenz statt'],
  },
  {
    q: "Who's teaching Excel?",
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['is led by Frau Sabine Krüger'],
  },
  {
    q: 'wer leitet das vergaberecht seminar',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['leitet Frau Dr. Claudia Berger'],
  },
  {
    q: 'When do I have to register for procurement law?',
    locale: 'en',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['until Fri, 3 Mar 2028, 12:00'],
  },
  {
    q: 'whats the registration deadline for the course on working with international colleagues',
    locale: 'en',
    kind: 'facts',
    titles: [T.international],
    says: ['passed on Fri, 11 Feb 2028, 23:59'],
  },
  {
    q: 'anmeldeschluss briefe die ankommen',
    kind: 'facts',
    titles: [T.briefe],
    says: ['bis Fr., 17.03.2028, 12:00 Uhr'],
  },
  {
    q: 'Any seats left in the first aid course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['has 15 of 15 seats left'],
  },
  { q: 'sitzungsdienst noch plätze frei', kind: 'facts', titles: [T.sitzung], says: ['noch 16 von 16 Plätzen frei'] },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  { conv: 'gdpr', q: 'Is there a GDPR training?', locale: 'en', kind: 'list', titles: [T.datenschutz] },
  {
    conv: 'gdpr',
    q: 'where is that?',
    locale: 'en',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['at Kreisverwaltung Oberhavel', 'or online'],
  },
  {
    conv: 'gdpr',
    q: "who's the trainer?",
    locale: 'en',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['is led by Herr Thomas Wendt'],
  },
  {
    conv: 'burnout',
    q: "I'm close to burnout – is there anything that could help me?",
    locale: 'en',
    kind: 'list',
    titles: [T.akku],
  },
  {
    conv: 'burnout',
    q: 'what does it cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.akku],
    says: ['is free of charge'],
  },
  { conv: 'efile', q: 'any training on the e-file?', locale: 'en', kind: 'list', titles: [T.eakte] },
  {
    conv: 'efile',
    q: 'where is that?',
    locale: 'en',
    kind: 'facts',
    titles: [T.eakte],
    says: ['at Rathaus Zehdenick'],
  },
  {
    conv: 'newbies',
    q: 'We have new colleagues starting in spring – is there an onboarding day?',
    locale: 'en',
    kind: 'list',
    titles: [T.onboarding],
  },
  {
    conv: 'newbies',
    q: 'what time does it start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.onboarding],
    says: ['starts on Thu, 20 Apr 2028 at 09:00'],
  },
  { conv: 'bescheide', q: 'wie schreibe ich bescheide die jeder versteht', kind: 'list', titles: [T.briefe] },
  { conv: 'bescheide', q: 'was kostet das', kind: 'facts', titles: [T.briefe], says: ['kostet 140 €'] },
  // --- topic searches: English words for German subjects, words only in summary or description, typos -----------------
  { q: 'Is there any training on cyber security in March?', locale: 'en', kind: 'list', titles: [T.cyber] },
  { q: 'Is there a plain language course?', locale: 'en', kind: 'list', titles: [T.briefe] },
  { q: 'how do I do a mail merge in Word', locale: 'en', kind: 'list', titles: [T.serienbrief] },
  { q: 'conflict resolution training', locale: 'en', kind: 'list', titles: [T.konflikt] },
  { q: 'anything on agile project management?', locale: 'en', kind: 'list', titles: [T.scrum] },
  {
    q: 'I have to take the minutes at council meetings soon. Is there a course for that?',
    locale: 'en',
    kind: 'list',
    titles: [T.sitzung],
  },
  { q: 'phishing', kind: 'list', titles: [T.cyber] },
  { q: 'exel schulung', kind: 'list', titles: [T.excel] },
  { q: 'betriebliche gesundheitsförderung', kind: 'list', ...only(T.akku, T.ergonomie) },
  // --- filters: dates, time of day, cost, language, length, provider, trainer, audience, place -------------------------
  { q: "what's happening tomorrow", locale: 'en', kind: 'list', titles: [T.excel] },
  { q: 'was ist diese woche noch', kind: 'list', titles: [T.excel, T.datenschutz] },
  { q: 'anything next week in the afternoon', locale: 'en', kind: 'list', titles: [T.akku, T.ki] },
  { q: 'nächste woche vormittags', kind: 'list', titles: [T.international] },
  { q: 'Is there anything free in April?', locale: 'en', kind: 'list', titles: [T.eakte, T.onboarding] },
  { q: 'kostenlose seminare im märz', kind: 'list', titles: [T.cyber, T.ersteHilfe, T.konflikt] },
  { q: "What's on in June?", locale: 'en', kind: 'list', titles: [T.haushalt] },
  { q: 'Which courses are taught in English?', locale: 'en', kind: 'list', titles: [T.international, T.phone] },
  { q: 'Are any courses longer than a day?', locale: 'en', kind: 'list', titles: [T.fuehrung] },
  {
    q: 'What does the adult education centre offer?',
    locale: 'en',
    kind: 'list',
    ...only(T.excel, T.international, T.serienbrief, T.briefe, T.phone),
  },
  { q: 'was bietet die unfallkasse an', kind: 'list', ...only(T.akku, T.ersteHilfe, T.ergonomie) },
  { q: 'Anything by Mr Lehmann?', locale: 'en', kind: 'list', ...only(T.prozess, T.fuehrung) },
  {
    q: 'I manage a small team – what would you recommend?',
    locale: 'en',
    kind: 'list',
    ...only(T.konflikt, T.fuehrung),
  },
  { q: 'was gibt es in hennigsdorf', kind: 'list', ...only(T.prozess, T.fuehrung, T.haushalt) },
  // --- gone, drafts never shown, no match, greeting --------------------------------------------------------------------
  { q: 'Is the forklift course still happening?', locale: 'en', kind: 'gone', gone: T.stapler },
  { q: 'wann findet das telefontraining fürs bürgerbüro statt', kind: 'gone', gone: T.telefon },
  {
    q: 'when was the fire warden training',
    locale: 'en',
    kind: 'gone',
    gone: T.brandschutz,
    says: ['Thu, 27 Jan 2028'],
  },
  { q: 'inventur schulung wann war die', kind: 'gone', gone: T.inventur, says: ['Di., 25.01.2028'] },
  { q: 'barrierefreie pdf erstellen', kind: 'none' },
  { q: 'anything on dealing with wolves?', locale: 'en', kind: 'none' },
  { q: 'SAP training', locale: 'en', kind: 'none' },
  { q: 'französisch für anfänger', kind: 'none' },
  { q: 'guten morgen', kind: 'help' },
  { q: 'hello!', locale: 'en', kind: 'help' },
];

heldoutSuite(
  'answering questions about a hundred-and-fourteenth, independent catalogue (Landkreis Oberhavel, BKA, Unfallkasse Brandenburg)',
  {
    fixture: 'heldout114-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
