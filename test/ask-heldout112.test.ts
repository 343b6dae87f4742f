// Over-fitting check, hundred-and-twelfth catalogue: the 2028 spring/summer programme of the Landkreis Vulkaneifel
// (Rhineland-Palatinate) with the Kommunal-Akademie Rheinland-Pfalz, the Kreisverwaltung's Abteilung IT und
// Digitalisierung and Abteilung Personal und Organisation, the Unfallkasse Rheinland-Pfalz and the Kreisvolkshochschule
// Vulkaneifel (KVHS), for the county and its Verbandsgemeinden and towns (Daun, Gerolstein, Hillesheim, Ulmen,
// Jünkerath, Gillenfeld), imported from a JSON file. Seminars take place in the Kreisverwaltung Daun, the Forum Daun,
// the town halls of the VG Daun, Gerolstein, Ulmen, Hillesheim and Jünkerath, the Bürgerhaus Gillenfeld, online or
// hybrid. Several titles do not name their subject ("Der Feind im Posteingang" is information security/phishing, "Die
// Maschine schreibt mit" AI, "Gut bei sich bleiben" stress management, "Alles an einem Ort" the e-file, "Klar
// geschrieben, gern gelesen" plain language, "Die neue Rolle" leadership for new managers, "Wenn es am Tresen
// ungemütlich wird" de-escalation, "Vom Formular zum Klick" the OZG), so only summary, description or topics reveal it;
// one seminar is held in English; the leadership course (two days in July) and the Scrum workshop (two days in August)
// are the multi-day ones; the e-file course is open only to the VG Daun and the VG Ulmen; first aid is free, paid by the
// Unfallkasse; the Doppik course has no registration deadline of its own (so it is the first session's start). The
// trainee day's title ("Einführungstag für neue Auszubildende") shares words with "new managers" without being for them.
// Questions are typed the way colleagues chat in Teams: colloquial, regional (Eifel/Moselle Franconian "dat", "wat",
// "is", "hamse", "Guude"), some English, without looking at the parser or the answers. Same assertions as the other
// suites: exactly the expected seminars (best first where one is clearly best), the asked fact in the first sentence,
// never a draft, cancelled or past seminar.
//
// Calendar around `now` (Tuesday 9 May 2028, 10:30 in Daun, summer time; Ascension Thu 25.05., Whit Monday 05.06.,
// Corpus Christi Thu 15.06.):
//   this week:  nothing more today; Wed 10.05. 13:00–16:00 Excel (online, tomorrow), Thu 11.05. 09:00–12:00 data
//               protection (hybrid, Kreisverwaltung Daun)
//   next week:  Mon 15.05. morning (information security, online), Wed 17.05. afternoon (AI, hybrid, Kreisverwaltung),
//               Fri 19.05. morning (English, Forum Daun; deadline passed Fri 05.05. 23:59)
//   then May:   Mon 22.05. first aid (Rathaus Gerolstein, all day), Tue 30.05. council meetings (Rathaus VG Daun;
//               deadline Fri 19.05. 23:59)
//   June:       Tue 06. afternoon stress (online), Tue 20. afternoon Word mail merge (online), Wed 21. morning e-file
//               (Rathaus Ulmen, VG Daun and VG Ulmen only), Thu 29. morning healthy leadership (Bürgerhaus Gillenfeld);
//               the cancelled Outlook course on Thu 01.06. and the cancelled driving safety training on Tue 27.06.
//   July:       Tue 04. plain language (Rathaus Jünkerath), Wed 12./Thu 13. leadership for new managers (Kreisverwaltung),
//               Tue 18. procurement law (Forum Daun; deadline Fri 30.06. 12:00), Wed 19. de-escalation (Rathaus
//               Hillesheim, free), Wed 26. ergonomics (online, free)
//   August:     Tue 01. trainees' day (Kreisverwaltung), Wed 09. OZG (online), Tue 29./Wed 30. Scrum (Forum Daun); the
//               draft heavy-rain course on Wed 16.08.
//   September:  Tue 05. Doppik (hybrid, Kreisverwaltung; no own deadline); the draft social-media course on Tue 12.09.
//   past:       Thu 13.04.2028 fire wardens (Kreisverwaltung), Wed 03.05.2028 accessible PDFs (online).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-05-09T08:30:00Z'); // Tuesday, 9 May 2028, 10:30 in Daun (CEST)
const TZ = 'Europe/Berlin';

const T = {
  excel: 'Excel im Verwaltungsalltag: Formeln, Listen, Auswertungen', // Wed 10.05. 13:00–16:00, online, KVHS, Theisen, 79 € (Dienststelle pays)
  datenschutz: 'Datenschutz im Bürgerbüro: Auskunft, Weitergabe, Löschfristen', // Thu 11.05. 09:00–12:00, hybrid (Kreisverwaltung), DSGVO, free
  phishing: 'Der Feind im Posteingang', // Mon 15.05. 09:00–11:30, online, IT, Schmitz, information security, free
  ki: 'Die Maschine schreibt mit', // Wed 17.05. 13:00–16:00, hybrid (Kreisverwaltung), IT, Dr. Krämer, AI, free
  english: 'Welcome to the Vulkaneifel: English at the Counter', // Fri 19.05. 09:00–12:30, Forum Daun, KVHS, English, 110 €, deadline passed Fri 05.05. 23:59
  ersteHilfe: 'Erste-Hilfe-Lehrgang für betriebliche Ersthelferinnen und Ersthelfer', // Mon 22.05. 08:30–16:30, Rathaus Gerolstein, UK RLP, free (UK pays), 12 seats
  sitzung: 'Sitzungsdienst in Verbands- und Ortsgemeinden: Von der Einladung bis zur Niederschrift', // Tue 30.05. 09:00–16:00, Rathaus VG Daun, KA, 195 €, deadline Fri 19.05. 23:59
  stress: 'Gut bei sich bleiben', // Tue 06.06. 13:30–16:00, online, UK RLP, Schäfer, stress management, free
  word: 'Serienbriefe und Formatvorlagen in Word', // Tue 20.06. 13:00–16:00, online, KVHS, Theisen, 69 €, 10 seats
  eakte: 'Alles an einem Ort', // Wed 21.06. 09:00–12:00, Rathaus Ulmen, IT, Schmitz, e-file, only VG Daun/VG Ulmen, free
  gesundFuehren: 'Gesund führen: Belastungen im Team erkennen und gegensteuern', // Thu 29.06. 09:00–12:30, Bürgerhaus Gillenfeld, UK RLP, Schäfer, managers, free
  sprache: 'Klar geschrieben, gern gelesen', // Tue 04.07. 09:00–15:00, Rathaus Jünkerath, KVHS, Kaufmann, 95 €, plain language
  fuehrung: 'Die neue Rolle', // Wed 12.07. and Thu 13.07. 09:00–16:30, Kreisverwaltung, KA, Dr. Hermes, 520 €, new managers, no waitlist
  vergabe: 'Vergaberecht kompakt: Aufträge unterhalb der EU-Schwellenwerte', // Tue 18.07. 09:00–16:00, Forum Daun, KA, Dr. Reuter, 245 €, deadline Fri 30.06. 12:00
  deeskalation: 'Wenn es am Tresen ungemütlich wird', // Wed 19.07. 09:00–15:00, Rathaus Hillesheim, UK RLP, Mayer, de-escalation, free
  ergonomie: 'Gesund am Bildschirmarbeitsplatz: Ergonomie im Büro und im Homeoffice', // Wed 26.07. 14:00–15:30, online, UK RLP, Schäfer, free
  azubis: 'Gut gestartet: Einführungstag für neue Auszubildende', // Tue 01.08. 08:30–15:30, Kreisverwaltung, Personal, Klein, free
  ozg: 'Vom Formular zum Klick', // Wed 09.08. 13:00–16:00, online, IT, Dr. Krämer, OZG, free
  scrum: 'Agil im Amt: Projektarbeit mit Scrum', // Tue 29.08. and Wed 30.08. 09:00–16:00, Forum Daun, KA, Becker, 390 €, 16 seats
  doppik: 'Haushalt verstehen: Doppik für Nicht-Kämmerer', // Tue 05.09. 09:00–16:00, hybrid (Kreisverwaltung), KA, Hansen, 180 €, no own deadline
  starkregen: 'Starkregen und Hochwasser: Vorsorge in den Gemeinden', // draft (Wed 16.08.)
  socialMedia: 'Social Media für Gemeinden: Instagram und Facebook rechtssicher nutzen', // draft (Tue 12.09.)
  outlook: 'Outlook im Griff: E-Mails, Kalender und Aufgaben organisieren', // cancelled (Thu 01.06.2028)
  fahrsicherheit: 'Sicher unterwegs: Fahrsicherheitstraining am Nürburgring', // cancelled (Tue 27.06.2028)
  brandschutz: 'Brandschutzhelfer-Ausbildung mit Löschübung', // past (Thu 13 April 2028)
  pdf: 'Barrierefreie PDF-Dokumente erstellen', // past (Wed 3 May 2028)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.starkregen, T.socialMedia, T.outlook, T.fahrsicherheit, T.brandschutz, T.pdf];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  {
    q: "Was kost' denn der Excel-Kurs?",
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 79 €'],
    mentions: ['Die Gebühr trägt die entsendende Dienststelle.'],
  },
  {
    q: 'Kost dat Erste-Hilfe-Ding was?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse Rheinland-Pfalz für ihre Mitgliedsbetriebe.'],
  },
  { q: 'how much for the scrum thing', locale: 'en', kind: 'facts', titles: [T.scrum], says: ['costs €390'] },
  // --- facts: when, start time, duration -------------------------------------------------------------------------------
  {
    q: "Wann is'n der Datenschutz-Kram?",
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['am Do., 11.05.2028 von 09:00 bis 12:00 Uhr'],
  },
  {
    q: 'Wann is denn dat Ding für neue Führungskräfte?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Mi., 12.07.2028 und Do., 13.07.2028', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    q: 'what time does the OZG session start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ozg],
    says: ['starts on Wed, 9 Aug 2028 at 13:00'],
  },
  {
    q: "Wie lang geht'n der Scrum-Workshop?",
    kind: 'facts',
    titles: [T.scrum],
    says: ['dauert 2 Tage, jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'Wie lang dauert dat mit der Ergonomie am Bildschirm?',
    kind: 'facts',
    titles: [T.ergonomie],
    says: ['dauert 1,5 Stunden, von 14:00 bis 15:30 Uhr'],
  },
  {
    q: "Wie lange geht'n der Erste-Hilfe-Kurs?",
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['dauert 8 Stunden, von 08:30 bis 16:30 Uhr'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  { q: 'Wo isn dat Seminar mit der E-Akte?', kind: 'facts', titles: [T.eakte], says: ['im Rathaus Ulmen'] },
  {
    q: "Wo is'n dat Seminar zu bürgernaher Sprache?",
    kind: 'facts',
    titles: [T.sprache],
    says: ['im Rathaus Jünkerath'],
  },
  {
    q: "where's the sitzungsdienst course?",
    locale: 'en',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['at Rathaus der Verbandsgemeinde Daun'],
  },
  {
    q: 'Is das Datenschutz-Seminar online oder muss ich hinfahren?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: [/findet hybrid statt|oder online statt/],
  },
  {
    q: 'Is dat Gesund führen online oder muss ich nach Gillenfeld?',
    kind: 'facts',
    titles: [T.gesundFuehren],
    says: ['findet in Präsenz statt'],
  },
  { q: 'Wer hält denn den Vortrag über KI?', kind: 'facts', titles: [T.ki], says: ['leitet Herr Dr. Jonas Krämer'] },
  {
    q: 'Bis wann muss ich mich für Vergaberecht anmelden?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Fr., 30.06.2028, 12:00 Uhr'],
  },
  {
    q: 'deadline for the english course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 5 May 2028, 23:59'],
  },
  {
    q: 'Anmeldeschluss fürn Sitzungsdienst?',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['bis Fr., 19.05.2028, 23:59 Uhr'],
  },
  {
    q: 'Bis wann kann ich mich für die Doppik noch anmelden?',
    kind: 'facts',
    titles: [T.doppik],
    says: ['bis Di., 05.09.2028, 09:00 Uhr'],
  },
  {
    q: "Gibt's noch Plätze bei dem Erste-Hilfe-Ding?",
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  { q: 'Is beim Scrum noch wat frei?', kind: 'facts', titles: [T.scrum], says: ['noch 16 von 16 Plätzen frei'] },
  {
    q: 'Hat der Serienbrief-Kurs noch Plätze?',
    kind: 'facts',
    titles: [T.word],
    says: ['noch 10 von 10 Plätzen frei'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  { conv: 'morgen', q: "Gibt's morgen was?", kind: 'list', titles: [T.excel] },
  {
    conv: 'morgen',
    q: 'Wann fängt das morgen an?',
    kind: 'facts',
    titles: [T.excel],
    says: ['beginnt am Mi., 10.05.2028 um 13:00 Uhr'],
  },
  { conv: 'morgen', q: 'wer macht das?', kind: 'facts', titles: [T.excel], says: ['leitet Frau Monika Theisen'] },
  { conv: 'tresen', q: 'Hamse was, wenn Bürger am Schalter pampig werden?', kind: 'list', titles: [T.deeskalation] },
  { conv: 'tresen', q: 'un wo is dat?', kind: 'facts', titles: [T.deeskalation], says: ['im Rathaus Hillesheim'] },
  { conv: 'tresen', q: 'und was kostet der Spaß?', kind: 'facts', titles: [T.deeskalation], says: ['ist kostenlos'] },
  { conv: 'vergabe', q: "Gibt's was zu Ausschreibungen?", kind: 'list', titles: [T.vergabe] },
  {
    conv: 'vergabe',
    q: 'wann is dat?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['am Di., 18.07.2028 von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'vergabe',
    q: 'Is das online oder muss ich hinfahren?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['findet in Präsenz statt'],
  },
  { conv: 'phish', q: 'any training on phishing?', locale: 'en', kind: 'list', titles: [T.phishing] },
  {
    conv: 'phish',
    q: 'is it online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['takes place online'],
  },
  {
    conv: 'phish',
    q: 'who runs it',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['is led by Herr Lukas Schmitz'],
  },
  { conv: 'azubis', q: 'Hamse was für unsere neuen Azubis?', kind: 'list', titles: [T.azubis] },
  {
    conv: 'azubis',
    q: "Um wie viel Uhr geht's da los?",
    kind: 'facts',
    titles: [T.azubis],
    says: ['beginnt am Di., 01.08.2028 um 08:30 Uhr'],
  },
  // --- topic searches: everyday words, words only in summary or description, English for a German catalogue ----------
  { q: 'Hamse was zu Datenschutz im Mai?', kind: 'list', titles: [T.datenschutz] },
  { q: 'hey, anything on GDPR?', locale: 'en', kind: 'list', titles: [T.datenschutz] },
  { q: 'Was mit ChatGPT und so?', kind: 'list', titles: [T.ki] },
  { q: "Ich muss Bescheide verständlicher schreiben, gibt's da wat?", kind: 'list', titles: [T.sprache] },
  { q: 'Was zum Onlinezugangsgesetz?', kind: 'list', titles: [T.ozg] },
  { q: "Rücken tut weh vom vielen Sitzen, gibt's da was?", kind: 'list', titles: [T.ergonomie] },
  { q: "Gibt's was gegen Stress?", kind: 'list', titles: [T.stress] },
  // --- filters: dates, time of day, cost, trainer, provider, audience, length, language, place -------------------------
  { q: 'Was läuft nächste Woche so?', kind: 'list', titles: [T.phishing, T.ki, T.english] },
  { q: 'Morgens lieber, geht da was im Juni?', kind: 'list', titles: [T.eakte, T.gesundFuehren] },
  { q: "Gibt's was Umsonstes im Juli?", kind: 'list', titles: [T.deeskalation, T.ergonomie] },
  { q: 'Kurse von der Frau Schäfer', kind: 'list', ...only(T.stress, T.gesundFuehren, T.ergonomie) },
  { q: 'Was macht die VHS so?', kind: 'list', ...only(T.excel, T.english, T.word, T.sprache) },
  {
    q: 'Was bietet die Unfallkasse an?',
    kind: 'list',
    ...only(T.ersteHilfe, T.stress, T.gesundFuehren, T.deeskalation, T.ergonomie),
  },
  { q: 'Ich bräuchte was für Chefs', kind: 'list', ...only(T.fuehrung, T.gesundFuehren) },
  { q: 'Was über mehrere Tage?', kind: 'list', ...only(T.fuehrung, T.scrum) },
  { q: "Gibt's was auf Englisch?", kind: 'list', titles: [T.english] },
  { q: 'Was is alles im Forum Daun?', kind: 'list', ...only(T.english, T.vergabe, T.scrum) },
  // --- gone, drafts never shown, no match, greeting --------------------------------------------------------------------
  { q: 'Wann is denn der Outlook-Kurs?', kind: 'gone', gone: T.outlook },
  { q: 'Dat Fahrsicherheitstraining am Nürburgring, wann isn dat?', kind: 'gone', gone: T.fahrsicherheit },
  { q: 'Wann war nochmal dat mit de barrierefreie PDFs?', kind: 'gone', gone: T.pdf, says: ['Mi., 03.05.2028'] },
  { q: 'Brandschutzhelfer, wann is dat nochmal?', kind: 'gone', gone: T.brandschutz, says: ['Do., 13.04.2028'] },
  { q: 'Hamse was zu Starkregen?', kind: 'none' },
  { q: "Social Media Kurs, gibt's dat?", kind: 'none' },
  { q: 'SAP-Schulung?', kind: 'none' },
  { q: 'any spanish course?', locale: 'en', kind: 'none' },
  { q: 'Moin', kind: 'help' },
  { q: 'Servus', kind: 'help' },
  { q: 'Guude', kind: 'help' },
];

heldoutSuite(
  'answering questions about a hundred-and-twelfth, independent catalogue (Landkreis Vulkaneifel, Kommunal-Akademie RLP, Unfallkasse RLP)',
  {
    fixture: 'heldout112-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
