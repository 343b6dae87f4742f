// Over-fitting check, hundred-and-forty-first catalogue: the spring 2027 programme of the Landkreis Vechta (Lower Saxony)
// with the Niedersächsisches Studieninstitut (NSI), the county's Personalentwicklung, the IT service provider Kommunale
// Datenverarbeitung Oldenburger Münsterland (KDOM), the Gemeinde-Unfallversicherungsverband Oldenburg (GUV Oldenburg) and
// the Volkshochschule Vechta (VHS), for the county and its towns and municipalities (Vechta, Lohne, Damme, Dinklage,
// Steinfeld, Visbek, Goldenstedt), imported from a JSON file. Seminars take place in the Kreishaus Vechta, the town halls
// of Vechta, Lohne, Damme, Dinklage, Steinfeld, Visbek and Goldenstedt, online or hybrid. Several titles do not name their
// subject ("Nicht alles gehört in fremde Hände" is data protection / GDPR, "Was am Ende festgehalten wird" taking minutes,
// "Bevor die Flamme ausgeht" burnout prevention, "Bis der Notarzt übernimmt" first aid, "Ohne Hürden lesen" accessible
// documents, "Vorsicht, Köder im Postfach" phishing, "Montagmorgen, zwölf Baustellen" time management, "Wenn am Tresen der
// Ton kippt" de-escalation, "Aus dem Schrank in den Rechner" the e-file, "Zusammen statt per Mail" Microsoft Teams, "Am
// Apparat" telephone manner, "Schreibtisch, Stuhl und Schultern" ergonomics), so only summary, description or topics
// reveal it; one seminar is held in English; the onboarding days run on two days; the e-file course is open only to
// Steinfeld, Visbek and Goldenstedt; the de-escalation course has only 8 seats; first aid is free, paid by the GUV.
// Acceptance-like questions, about 60 % of them in English (complete, polite sentences with everyday English words for
// the subjects: spreadsheets, GDPR, minutes, procurement, first aid, accessibility, onboarding, burnout …, a few with a
// typo), written without looking at the parser or the answers. Same assertions as the other suites: exactly the expected
// seminars (best first where one is clearly best), the asked fact in the first sentence, never a draft, cancelled or past
// seminar.
//
// Calendar around `now` (Tuesday 9 March 2027, 09:15 in Vechta, winter time; summer time begins Sun 28.03.2027, which is
// also Easter Sunday):
//   this week:  nothing more today; Wed 10.03. 13:30–16:30 Excel (online, tomorrow), Thu 11.03. 09:00–12:00 data
//               protection (hybrid, Kreishaus Vechta)
//   next week:  Mon 15.03. 08:30–12:30 minutes (Rathaus Lohne), Tue 16.03. 14:00–16:00 burnout (online), Thu 18.03.
//               09:00–12:30 English at the service desk (Kreishaus; deadline passed Fri 05.03. 23:59)
//   then:       Wed 24.03. 09:00–16:00 procurement (Kreishaus; deadline Fri 12.03. 12:00); nothing else until 12.04.
//   April:      Tue 13. 08:30–16:30 first aid (Rathaus Damme; deadline Wed 31.03. 12:00), Thu 15. 09:00–11:30
//               accessible documents (online), Tue 20./Wed 21. 09:00–15:00 onboarding days (Kreishaus), Mon 26.
//               10:00–11:30 phishing (online), Wed 28. 13:00–16:30 time management (Rathaus Dinklage); the cancelled
//               e-bike training on Thu 22.04.
//   May:        Wed 05. 09:00–15:00 de-escalation (Rathaus Visbek, 8 seats), Tue 11. 09:00–16:00 municipal budget
//               (Kreishaus; deadline Fri 23.04. 23:59), Wed 19. 09:00–12:00 e-file (Rathaus Steinfeld, members only), Tue 25.
//               13:00–16:30 leading remote staff (hybrid, Kreishaus); the cancelled voice training on Wed 12.05.
//   June:       Thu 03. 17:00–19:00 social media (online, evening), Tue 15. 09:00–11:00 Microsoft Teams (online), Mon 21.
//               09:00–12:30 telephone manner (Rathaus Lohne), Wed 30. 10:00–11:30 ergonomics (online); the drafts heat
//               protection (Wed 16.06.) and heat planning (Tue 22.06.)
//   July:       Thu 08. 09:00–16:00 writing administrative decisions (Rathaus Vechta)
//   past:       Thu 25.02.2027 fire wardens (Rathaus Goldenstedt), Wed 03.03.2027 Outlook (online).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-03-09T08:15:00Z'); // Tuesday, 9 March 2027, 09:15 in Vechta (CET)
const TZ = 'Europe/Berlin';

const T = {
  excel: 'Zellen, Zahlen, Zusammenhänge: Excel in der Sachbearbeitung', // Wed 10.03. 13:30–16:30, online, VHS, Kühling, 79 € (PE pays for county staff)
  datenschutz: 'Nicht alles gehört in fremde Hände', // Thu 11.03. 09:00–12:00, hybrid (Kreishaus), Personalentwicklung, Meyerholz, GDPR, free
  protokoll: 'Was am Ende festgehalten wird', // Mon 15.03. 08:30–12:30, Rathaus Lohne, NSI, Dr. Wempe, 165 €, minutes
  burnout: 'Bevor die Flamme ausgeht', // Tue 16.03. 14:00–16:00, online, GUV, Thöle, burnout prevention, free
  english: 'Welcome to the Kreishaus: Everyday English for Service Staff', // Thu 18.03. 09:00–12:30, Kreishaus, VHS, English, 110 €, deadline passed Fri 05.03. 23:59
  vergabe: 'Vom Bedarf zum Zuschlag: Öffentliche Aufträge rechtssicher vergeben', // Wed 24.03. 09:00–16:00, Kreishaus, NSI, Ostendorf, 245 €, deadline Fri 12.03. 12:00
  ersteHilfe: 'Bis der Notarzt übernimmt', // Tue 13.04. 08:30–16:30 (CEST), Rathaus Damme, GUV, Bocklage, first aid, free (GUV pays), deadline Wed 31.03. 12:00
  barrierefrei: 'Ohne Hürden lesen', // Thu 15.04. 09:00–11:30, online, KDOM, Rießelmann, accessible documents, free
  onboarding: 'Neu an Bord: Einführungstage für neue Beschäftigte', // Tue 20.04. and Wed 21.04. 09:00–15:00, Kreishaus, Personalentwicklung, Lüdeke, free
  phishing: 'Vorsicht, Köder im Postfach', // Mon 26.04. 10:00–11:30, online, KDOM, Rießelmann, IT security, free
  zeit: 'Montagmorgen, zwölf Baustellen', // Wed 28.04. 13:00–16:30, Rathaus Dinklage, VHS, Kühling, time management, 65 €
  deeskalation: 'Wenn am Tresen der Ton kippt', // Wed 05.05. 09:00–15:00, Rathaus Visbek, GUV, Kalvelage, de-escalation, free, 8 seats
  haushalt: 'Doppik für Einsteigerinnen und Einsteiger: Der kommunale Haushalt', // Tue 11.05. 09:00–16:00, Kreishaus, NSI, Dr. Wempe, 195 €, deadline Fri 23.04. 23:59
  eakte: 'Aus dem Schrank in den Rechner', // Wed 19.05. 09:00–12:00, Rathaus Steinfeld, KDOM, Wilking, e-file, only Steinfeld/Visbek/Goldenstedt, free
  fuehrung: 'Führen auf Abstand: Leitung im Homeoffice und beim mobilen Arbeiten', // Tue 25.05. 13:00–16:30, hybrid (Kreishaus), NSI, Themann, 150 €, managers
  social: 'Posten, teilen, antworten: Social Media für Rathäuser', // Thu 03.06. 17:00–19:00, online, VHS, Brinkmann, 45 €
  teams: 'Zusammen statt per Mail', // Tue 15.06. 09:00–11:00, online, KDOM, Wilking, Microsoft Teams, free
  telefon: 'Am Apparat', // Mon 21.06. 09:00–12:30, Rathaus Lohne, VHS, Tepe, telephone manner, 85 €
  ergonomie: 'Schreibtisch, Stuhl und Schultern', // Wed 30.06. 10:00–11:30, online, GUV, Thöle, ergonomics, free
  bescheid: 'Vom Antrag zum Bescheid: Bescheidtechnik für die Sachbearbeitung', // Thu 08.07. 09:00–16:00, Rathaus Vechta, NSI, Ostendorf, 175 €
  hitze: 'Hitzeschutz in der Kommune: Aktionspläne aufstellen', // draft (Wed 16.06.)
  waerme: 'Kommunale Wärmeplanung verstehen', // draft (Tue 22.06.)
  pedelec: 'Sicher unterwegs mit dem Dienst-Pedelec', // cancelled (Thu 22.04.2027), e-bikes
  stimme: 'Gut bei Stimme: Sprechtraining für Vielredner', // cancelled (Wed 12.05.2027), voice training
  brandschutz: 'Feuer aus, bevor es brennt: Lehrgang für Brandschutzhelfer', // past (Thu 25 Feb 2027)
  outlook: 'Postfach und Kalender im Griff: Outlook kompakt', // past (Wed 3 Mar 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.hitze, T.waerme, T.pedelec, T.stimme, T.brandschutz, T.outlook];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  {
    q: 'Could you tell me how much the spreadsheet course costs?',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['costs €79'],
    mentions: ['Für Beschäftigte des Landkreises Vechta übernimmt die Personalentwicklung die Gebühr.'],
  },
  {
    q: 'Was kostet der Erste-Hilfe-Kurs?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Kosten trägt der GUV Oldenburg; Fahrtkosten erstattet die entsendende Dienststelle.'],
  },
  // --- facts: when (two days, summer time), start time, duration -------------------------------------------------------
  {
    q: 'Wann findet die Datenschutzschulung statt?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['am Do., 11.03.2027 von 09:00 bis 12:00 Uhr'],
  },
  {
    q: 'When are the onboarding days for new staff?',
    locale: 'en',
    kind: 'facts',
    titles: [T.onboarding],
    says: ['on 2 days', 'Tue, 20 Apr 2027 and Wed, 21 Apr 2027', 'each from 09:00 to 15:00'],
  },
  {
    q: 'Um wie viel Uhr beginnt der Erste-Hilfe-Lehrgang?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['beginnt am Di., 13.04.2027 um 08:30 Uhr'],
  },
  {
    q: 'What time does the phishing training start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['starts on Mon, 26 Apr 2027 at 10:00'],
  },
  {
    q: 'How long is the seminar on taking minutes?',
    locale: 'en',
    kind: 'facts',
    titles: [T.protokoll],
    says: ['lasts 4 hours, from 08:30 to 12:30'],
  },
  {
    q: 'Wie lange dauert der Kurs zur Barrierefreiheit?',
    kind: 'facts',
    titles: [T.barrierefrei],
    says: ['dauert 2,5 Stunden, von 09:00 bis 11:30 Uhr'],
  },
  // --- facts: where, trainer, deadline, seats, format ------------------------------------------------------------------
  {
    q: 'Wo findet das Seminar über agressive Besucher statt?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['im Rathaus Visbek'],
  },
  {
    q: 'Where does the time management workshop take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.zeit],
    says: ['at Rathaus Dinklage'],
  },
  {
    q: 'Who is runing the accessibility training?',
    locale: 'en',
    kind: 'facts',
    titles: [T.barrierefrei],
    says: ['is led by Herr Timo Rießelmann'],
  },
  {
    q: 'Wer leitet das Seminar zum kommunalen Haushalt?',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['leitet Frau Dr. Ingrid Wempe'],
  },
  {
    q: 'Bis wann kann ich mich für das Vergabeseminar anmelden?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Fr., 12.03.2027, 12:00 Uhr'],
  },
  {
    q: 'What is the registration deadline for the English course for service desk staff?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 5 Mar 2027, 23:59'],
  },
  {
    q: 'Are there still free places in the de-escalation training?',
    locale: 'en',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['has 8 of 8 seats left'],
  },
  {
    q: 'Is the GDPR session online or in person?',
    locale: 'en',
    kind: 'facts',
    titles: [T.datenschutz],
    says: [/is hybrid|or online/],
  },
  {
    q: 'Findet die Haushaltsschulung online statt oder vor Ort?',
    kind: 'facts',
    titles: [T.haushalt],
    says: [/in Präsenz|im Kreishaus Vechta/],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  {
    conv: 'burnout',
    q: 'Do you offer anything on preventing burnout?',
    locale: 'en',
    kind: 'list',
    titles: [T.burnout],
  },
  {
    conv: 'burnout',
    q: 'When is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.burnout],
    says: ['on Tue, 16 Mar 2027 from 14:00 to 16:00'],
  },
  {
    conv: 'burnout',
    q: 'And what does it cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.burnout],
    says: ['is free of charge'],
  },
  { conv: 'akte', q: 'Gibt es eine Schulung zur elektronischen Akte?', kind: 'list', titles: [T.eakte] },
  { conv: 'akte', q: 'Und wo findet die statt?', kind: 'facts', titles: [T.eakte], says: ['im Rathaus Steinfeld'] },
  {
    conv: 'onboard',
    q: "I'm new here. Is there an onboarding programme for new employees?",
    locale: 'en',
    kind: 'list',
    titles: [T.onboarding],
  },
  {
    conv: 'onboard',
    q: 'How long does it last?',
    locale: 'en',
    kind: 'facts',
    titles: [T.onboarding],
    says: ['lasts 2 days, each from 09:00 to 15:00'],
  },
  {
    conv: 'homeoffice',
    q: 'Ich leite ein Sachgebiet, in dem fast alle im Homeoffice arbeiten. Gibt es dafür ein Seminar?',
    kind: 'list',
    titles: [T.fuehrung],
  },
  { conv: 'homeoffice', q: 'Was kostet das?', kind: 'facts', titles: [T.fuehrung], says: ['kostet 150 €'] },
  {
    conv: 'homeoffice',
    q: 'Und wer leitet es?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['leitet Frau Sabine Themann'],
  },
  {
    conv: 'phone',
    q: 'Is there a course on handling phone calls from citizens?',
    locale: 'en',
    kind: 'list',
    titles: [T.telefon],
  },
  {
    conv: 'phone',
    q: 'Where does it take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.telefon],
    says: ['at Rathaus Lohne'],
  },
  // --- topic searches: everyday words, words only in summary or description, synonyms, typos ---------------------------
  { q: 'Do you have a course on working with spreadsheats?', locale: 'en', kind: 'list', titles: [T.excel] },
  {
    q: 'I would like to learn more about public procurement. Is there a seminar on it?',
    locale: 'en',
    kind: 'list',
    titles: [T.vergabe],
  },
  { q: 'Are there any courses on making documents accessible?', locale: 'en', kind: 'list', titles: [T.barrierefrei] },
  { q: 'Is there a workshop on manageing my time better?', locale: 'en', kind: 'list', titles: [T.zeit] },
  { q: 'Is there any training on how to recognise phishing emails?', locale: 'en', kind: 'list', titles: [T.phishing] },
  { q: 'Gibt es eine Schulung zur Wiederbelebung?', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'Ich muss in Sitzungen Protokol führen. Gibt es dafür einen Kurs?', kind: 'list', titles: [T.protokoll] },
  { q: 'Gibt es etwas zum Umgang mit pöbelnden Bürgern?', kind: 'list', titles: [T.deeskalation] },
  { q: 'Gibt es eine Schulung zu Microsoft Teams?', kind: 'list', titles: [T.teams] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, length, cost, language, seats ---------
  { q: 'Was steht diese Woche noch an?', kind: 'list', titles: [T.excel, T.datenschutz] },
  { q: 'What is happening tomorrow?', locale: 'en', kind: 'list', titles: [T.excel] },
  { q: 'Was gibt es nächste Woche vormittags?', kind: 'list', titles: [T.protokoll, T.english] },
  { q: 'Is there anything next week in the afternoon?', locale: 'en', kind: 'list', titles: [T.burnout] },
  {
    q: 'Was läuft in den nächsten zwei Wochen?',
    kind: 'list',
    titles: [T.excel, T.datenschutz, T.protokoll, T.burnout, T.english],
  },
  {
    q: 'Which seminars are there next month?',
    locale: 'en',
    kind: 'list',
    titles: [T.ersteHilfe, T.barrierefrei, T.onboarding, T.phishing, T.zeit],
  },
  {
    q: 'Which free courses are there in April?',
    locale: 'en',
    kind: 'list',
    titles: [T.ersteHilfe, T.barrierefrei, T.onboarding, T.phishing],
  },
  { q: 'Welche Online-Seminare gibt es im Juni?', kind: 'list', titles: [T.social, T.teams, T.ergonomie] },
  {
    q: 'Could you list the seminars that take place in Lohne?',
    locale: 'en',
    kind: 'list',
    ...only(T.protokoll, T.telefon),
  },
  { q: 'Which courses does Mrs Kühling teach?', locale: 'en', kind: 'list', ...only(T.excel, T.zeit) },
  {
    q: 'Which seminars does the NSI offer?',
    locale: 'en',
    kind: 'list',
    ...only(T.protokoll, T.vergabe, T.haushalt, T.fuehrung, T.bescheid),
  },
  { q: 'Gibt es mehrtägige Seminare?', kind: 'list', titles: [T.onboarding] },
  { q: 'Are any seminars held in English?', locale: 'en', kind: 'list', titles: [T.english] },
  {
    q: 'Which seminars in June still have places available?',
    locale: 'en',
    kind: 'list',
    titles: [T.social, T.teams, T.telefon, T.ergonomie],
  },
  { q: 'I am a manager. Which seminars are meant for managers?', locale: 'en', kind: 'list', titles: [T.fuehrung] },
  // --- gone, drafts never shown, no match, greeting --------------------------------------------------------------------
  { q: 'Wann ist das E-Bike-Training?', kind: 'gone', gone: T.pedelec },
  { q: 'How much does the voice training cost?', locale: 'en', kind: 'gone', gone: T.stimme },
  {
    q: 'When was the fire warden training?',
    locale: 'en',
    kind: 'gone',
    gone: T.brandschutz,
    says: ['Thu, 25 Feb 2027'],
  },
  { q: 'Wann war der Outlook-Kurs?', kind: 'gone', gone: T.outlook, says: ['Mi., 03.03.2027'] },
  { q: 'Gibt es etwas zum Hitzeschutz?', kind: 'none' },
  { q: 'Is there a seminar on municipal heat planning?', locale: 'en', kind: 'none' },
  { q: 'Do you offer a forklift licence course?', locale: 'en', kind: 'none' },
  { q: 'Gibt es eine SAP-Schulung?', kind: 'none' },
  { q: 'Guten Morgen!', kind: 'help' },
  { q: 'Hello! What can you do for me?', locale: 'en', kind: 'help' },
  { q: 'Hi there, how does this bot work?', locale: 'en', kind: 'help' },
];

heldoutSuite(
  'answering questions about a hundred-and-forty-first, independent catalogue (Landkreis Vechta, NSI, KDOM, GUV Oldenburg)',
  {
    fixture: 'heldout141-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
