// Over-fitting check, hundred-and-fifty-first catalogue: the 2027 spring and summer programme of the Landkreis
// Schwäbisch Hall (Baden-Württemberg) with the Verwaltungsschule des Gemeindetags Baden-Württemberg, the Landratsamt's
// Personalentwicklung, Komm.ONE, the Unfallkasse Baden-Württemberg (UKBW) and the Volkshochschule Schwäbisch Hall, for
// the county and its towns (Schwäbisch Hall, Crailsheim, Gaildorf, Gerabronn, Ilshofen, Kirchberg an der Jagst),
// imported from a JSON file. Seminars take place in the Landratsamt in Schwäbisch Hall, the Kreisbildungszentrum, the
// Volkshochschule, the town halls of Crailsheim, Gaildorf, Gerabronn, Ilshofen and Kirchberg, online or hybrid. Ten
// titles do not name their subject ("Ein Klick zu viel" is information security, "Wenn es am Schalter laut wird"
// de-escalation, "Fragen an die Maschine" AI, "Schreiben, damit es ankommt" plain language, "Aufrecht durch den
// Arbeitstag" ergonomics, "Tschüss, Papierstapel" the e-file, "Bürgerservice rund um die Uhr" the OZG, "Die ersten
// hundert Tage" leadership, "Dicke Luft im Büro" team conflicts, "Durchatmen statt Durchhalten" stress), so only
// summary, description or topics reveal it; one seminar is held in English; the leadership course runs on two days;
// the e-file course is open only to Gerabronn and Kirchberg an der Jagst; first aid and the other UKBW courses are free.
// Questions are STORIES the way colleagues write in Teams: a sentence or two about their situation (with times and
// places that are only part of the story), then the question; half German, half English; written without looking at
// the parser or the answers. Same assertions as the other suites: exactly the expected seminars (best first where one
// is clearly best), the asked fact in the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Tuesday 13 April 2027, 09:15 in Schwäbisch Hall, summer time since Sun 28.03.2027):
//   this week:  nothing more today; Wed 14.04. 13:30–16:00 Excel (online, tomorrow), Thu 15.04. 09:00–11:30
//               information security (online), Fri 16.04. 09:00–12:00 data protection (hybrid, Landratsamt)
//   next week:  Mon 19.04. morning Teams (online), Tue 20.04. all day de-escalation (Rathaus Crailsheim), Wed 21.04.
//               afternoon AI (online), Thu 22.04. morning English (Landratsamt; deadline passed Fri 09.04.)
//   then:       the cancelled time-management course (Mon 26.04.), Tue 27.04. plain language all day (Gaildorf),
//               Thu 29.04. 14:00–15:30 ergonomics (online)
//   May:        Tue 04. first aid (Ilshofen, 08:30), Wed 12. procurement (Kreisbildungszentrum; deadline Fri 30.04.
//               12:00), Tue 18. e-file (Gerabronn, Gerabronn and Kirchberg only), Thu 20. minutes / council meetings
//               (Kirchberg), Wed 26. OZG (online, afternoon); the cancelled load-securing course on Wed 19.05.
//               (Sat 01.05., Thu 06.05., Mon 17.05. and Thu 27.05. are holidays with nothing on them)
//   June:       Tue 01. budget / Doppik (Landratsamt), Wed 09. building law (Rathaus Crailsheim), Mon 14./Tue 15.
//               leadership (Kreisbildungszentrum), Tue 22. team conflicts (Volkshochschule), Wed 30. stress (online,
//               afternoon); the draft social-media course on Thu 17.06.
//   July:       Thu 08. trainees' workshop (Landratsamt); the draft climate-protection course on Thu 22.07.
//   August:     Tue 03. accessible documents (online), Thu 05. registry office (online)
//   past:       Tue 16.02.2027 property tax reform (Landratsamt), Thu 18.03.2027 fire wardens (Rathaus Schwäbisch Hall).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-04-13T07:15:00Z'); // Tuesday, 13 April 2027, 09:15 in Schwäbisch Hall (CEST)
const TZ = 'Europe/Berlin';

const T = {
  excel: 'Formeln, Filter, Pivot: Excel im Verwaltungsalltag', // Wed 14.04. 13:30–16:00, online, VHS, Köhler, 85 € (the sending office pays)
  klick: 'Ein Klick zu viel', // Thu 15.04. 09:00–11:30, online, Komm.ONE, Rieger, information security / phishing, free
  datenschutz: 'Datenschutz im Bürgerbüro: Was darf ich sagen, was nicht?', // Fri 16.04. 09:00–12:00, hybrid (Landratsamt), PE, free
  teams: 'Zusammenarbeiten mit Microsoft Teams: Kanäle, Dateien, Besprechungen', // Mon 19.04. 09:00–12:00, online, Komm.ONE, Schmid, free
  schalter: 'Wenn es am Schalter laut wird', // Tue 20.04. 09:00–16:00, Rathaus Crailsheim, UKBW, Weller, de-escalation, free, 14 seats
  maschine: 'Fragen an die Maschine', // Wed 21.04. 13:00–16:00, online, Komm.ONE, Hartmann, AI / ChatGPT, free
  english: "Welcoming International Residents: English at the Citizens' Office", // Thu 22.04. 09:00–12:30, Landratsamt, VHS, in English, 110 €, deadline passed Fri 09.04. 23:59
  schreiben: 'Schreiben, damit es ankommt', // Tue 27.04. 09:00–16:00, Rathaus Gaildorf, VWS, Mayer, plain language, 165 €
  aufrecht: 'Aufrecht durch den Arbeitstag', // Thu 29.04. 14:00–15:30, online, UKBW, Brenner, ergonomics / back pain, free
  ersteHilfe: 'Erste Hilfe im Betrieb: Aus- und Fortbildung für Ersthelfende', // Tue 04.05. 08:30–16:30, Rathaus Ilshofen, UKBW, Bauer, free (UKBW pays)
  vergabe: 'Vergaberecht kompakt: Aufträge unterhalb der EU-Schwellenwerte', // Wed 12.05. 09:00–16:00, Kreisbildungszentrum, VWS, 245 €, deadline Fri 30.04. 12:00
  papier: 'Tschüss, Papierstapel', // Tue 18.05. 09:00–12:00, Rathaus Gerabronn, Komm.ONE, Vogt, e-file, only Gerabronn/Kirchberg, free
  sitzung: 'Protokoll, Niederschrift, Beschluss: Sitzungsdienst in der Gemeinde', // Thu 20.05. 09:00–16:00, Rathaus Kirchberg an der Jagst, VWS, 180 €
  rundUmDieUhr: 'Bürgerservice rund um die Uhr', // Wed 26.05. 13:00–16:00, online, Komm.ONE, Vogt, OZG / service-bw, free
  doppik: 'Doppik verstehen: Haushaltsplan und Jahresabschluss im NKHR', // Tue 01.06. 09:00–16:00, Landratsamt, VWS, Kübler, 210 €
  lbo: 'Landesbauordnung in der Praxis: Baugesuche sicher bearbeiten', // Wed 09.06. 09:00–16:00, Rathaus Crailsheim, VWS, Engel, 195 €
  hundertTage: 'Die ersten hundert Tage', // Mon 14.06. and Tue 15.06. 09:00–16:30, Kreisbildungszentrum, PE, Dr. Lang, leadership, 390 € (PE pays for county staff)
  dickeLuft: 'Dicke Luft im Büro', // Tue 22.06. 09:00–16:00, Volkshochschule Schwäbisch Hall, VHS, Roth, team conflicts, 160 €
  durchatmen: 'Durchatmen statt Durchhalten', // Wed 30.06. 13:30–16:00, online, UKBW, Brenner, stress / resilience, free
  azubis: 'Fit für den Ausbildungsalltag: Workshop für Auszubildende', // Thu 08.07. 09:00–15:00, Landratsamt, PE, Fischer, free
  barrierefrei: 'Barrierefreie Dokumente erstellen: Word und PDF', // Tue 03.08. 09:00–12:00, online, VHS, Köhler, 75 €
  standesamt: 'Standesamt aktuell: Neues im Personenstandsrecht', // Thu 05.08. 09:00–12:00, online, VWS, Wagner, 95 €
  socialMedia: 'Social Media für Gemeinden: Instagram, Facebook und Co.', // draft (Thu 17.06.)
  klima: 'Klimaschutz in der Kommune: Förderprogramme nutzen', // draft (Thu 22.07.)
  zeit: 'Zeitmanagement: Prioritäten setzen im Büroalltag', // cancelled (Mon 26.04.2027, online)
  ladung: 'Ladungssicherung für Bauhofbeschäftigte', // cancelled (Wed 19.05.2027, Bauhof Crailsheim)
  grundsteuer: 'Grundsteuerreform in der Praxis: Bescheide und Widersprüche', // past (Tue 16 February 2027)
  brandschutz: 'Brandschutzhelfer im Rathaus: Ausbildung nach ASR A2.2', // past (Thu 18 March 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.socialMedia, T.klima, T.zeit, T.ladung, T.grundsteuer, T.brandschutz];

const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- a story, then a need: one seminar fits (subject often only in summary or description) ----------------------------
  {
    conv: 'phishing',
    q: 'Mir ist letzte Woche fast auf eine Phishing-Mail reingefallen, der Absender sah aus wie unser Bürgermeister. Was können Sie mir empfehlen?',
    kind: 'list',
    titles: [T.klick],
  },
  {
    conv: 'phishing',
    q: 'Muss ich dafür ins Landratsamt fahren oder geht das online?',
    kind: 'facts',
    titles: [T.klick],
    says: ['findet online statt'],
  },
  {
    conv: 'phishing',
    q: 'Und wer leitet die Schulung?',
    kind: 'facts',
    titles: [T.klick],
    says: ['leitet Herr Tobias Rieger'],
  },
  {
    q: 'Wir sitzen den ganzen Tag am Bildschirm, und meine Kollegin hat inzwischen ständig Rückenschmerzen. Gibt es etwas, das uns da hilft?',
    kind: 'list',
    titles: [T.aufrecht],
  },
  {
    q: 'Ich habe ab Juli zum ersten Mal ein Team von fünf Leuten. Gibt es dafür etwas?',
    kind: 'list',
    titles: [T.hundertTage],
  },
  {
    q: 'Bei uns im Sachgebiet wird seit Wochen nur noch übereinander statt miteinander geredet, die Stimmung ist im Keller. Gibt es ein Seminar, das uns weiterhilft?',
    kind: 'list',
    titles: [T.dickeLuft],
    miss: 'talking about each other instead of with each other, in a bad mood, is team conflict, which no word of the story says; "miteinander" finds the Teams course',
  },
  {
    q: 'Unsere Bescheide versteht offenbar keiner, die Leute rufen ständig an und fragen, was gemeint ist. Wo lerne ich, verständlicher zu schreiben?',
    kind: 'list',
    titles: [T.schreiben],
  },
  {
    q: 'Ich bin Ersthelferin bei uns im Rathaus, mein letzter Kurs ist schon drei Jahre her. Wo kann ich das auffrischen?',
    kind: 'list',
    titles: [T.ersteHilfe],
    miss: '"Wo kann ich das auffrischen?" asks for a course; it is answered with the place of the first-aid course',
  },
  {
    q: 'Ich wechsle im Juni in die Kämmerei und habe von Doppik ehrlich gesagt keine Ahnung. Gibt es dazu eine Einführung?',
    kind: 'list',
    titles: [T.doppik],
  },
  {
    q: 'Ich schreibe seit Kurzem die Niederschriften für den Gemeinderat und bin unsicher, was da alles rein muss. Gibt es dafür eine Schulung?',
    kind: 'list',
    titles: [T.sitzung],
  },
  {
    q: 'Wir haben im Herbst drei neue Azubis bekommen, die sind am Telefon und bei E-Mails noch ziemlich unsicher. Gibt es für die etwas?',
    kind: 'list',
    titles: [T.azubis],
  },
  {
    q: 'Ich muss jeden Monat aus einer langen Excel-Liste eine Statistik erstellen und zähle alles noch von Hand. Welcher Kurs würde mir helfen?',
    kind: 'list',
    titles: [T.excel],
  },
  {
    q: 'Bei uns im Bürgerbüro rufen oft Angehörige an und wollen Adressen oder Auskünfte über Familienmitglieder. Was darf ich da eigentlich sagen – gibt es dazu eine Schulung?',
    kind: 'list',
    titles: [T.datenschutz],
  },
  {
    q: 'Our office is switching to the e-file next month and I still print everything — is there a course for me?',
    locale: 'en',
    kind: 'list',
    titles: [T.papier],
  },
  {
    q: 'My team leader wants us to try ChatGPT-style tools for drafting letters, and I have no idea where to start. Is there a course?',
    locale: 'en',
    kind: 'list',
    titles: [T.maschine],
  },
  {
    q: "I've been completely stressed out lately — too many files and hardly any breaks. Is there anything for that?",
    locale: 'en',
    kind: 'list',
    first: T.durchatmen,
    excludes: [T.excel, T.vergabe, T.papier],
  },
  {
    q: 'Our department head says everyone has to do the annual information security training. Which session is that?',
    locale: 'en',
    kind: 'list',
    titles: [T.klick],
  },
  {
    q: 'We buy a lot of office furniture and IT hardware, and I never know which tender rules apply below the EU thresholds. Any course on that?',
    locale: 'en',
    kind: 'list',
    titles: [T.vergabe],
  },
  {
    q: 'I just started at the building permits office and have to check applications under the state building code. Is there an introduction?',
    locale: 'en',
    kind: 'list',
    titles: [T.lbo],
  },
  {
    q: "I'm moving to the registry office in autumn and would like to catch up on the latest changes in civil status law. Is there something?",
    locale: 'en',
    kind: 'list',
    titles: [T.standesamt],
  },
  {
    q: 'Half of my colleagues still send attachments by e-mail instead of sharing files in channels. Is there a Teams training we could all do?',
    locale: 'en',
    kind: 'list',
    titles: [T.teams],
  },
  {
    q: 'A visually impaired resident complained that our PDF forms do not work with his screen reader. Is there training on making documents accessible?',
    locale: 'en',
    kind: 'list',
    titles: [T.barrierefrei],
    miss: 'the resident of the story finds the English course for residents as well',
  },
  {
    q: 'More and more residents from abroad come to our office, and my English is rusty. Is there anything for me?',
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  {
    conv: 'ozg',
    q: 'Wir sollen bis Jahresende deutlich mehr Anträge online anbieten, und ich habe vom Onlinezugangsgesetz keine Ahnung. Gibt es dazu eine Fortbildung?',
    kind: 'list',
    titles: [T.rundUmDieUhr],
  },
  {
    conv: 'ozg',
    q: 'Und wann ist die?',
    kind: 'facts',
    titles: [T.rundUmDieUhr],
    says: ['am Mi., 26.05.2027 von 13:00 bis 16:00 Uhr'],
  },
  {
    conv: 'ozg',
    q: 'Muss ich dafür nach Schwäbisch Hall fahren?',
    kind: 'facts',
    titles: [T.rundUmDieUhr],
    says: ['findet online statt'],
    miss: 'whether one must travel to a town asks where the seminar of the conversation is; it is read as a search of seminars there',
  },
  {
    conv: 'counter',
    q: "I'm new at the citizens' office and people sometimes get really angry at the counter. Is there a training for that?",
    locale: 'en',
    kind: 'list',
    titles: [T.schalter],
  },
  {
    conv: 'counter',
    q: 'When is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.schalter],
    says: ['on Tue, 20 Apr 2027 from 09:00 to 16:00'],
  },
  {
    conv: 'counter',
    q: 'Do I have to pay for it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.schalter],
    says: ['is free of charge'],
    mentions: ['Ein Präventionsangebot der Unfallkasse Baden-Württemberg für ihre Mitglieder.'],
  },
  {
    conv: 'lead',
    q: "I'm taking over the housing benefit team in July — six people — and I've never led anyone before. What would you suggest?",
    locale: 'en',
    kind: 'list',
    titles: [T.hundertTage],
  },
  {
    conv: 'lead',
    q: 'When exactly is it? I need to block both days in my calendar.',
    locale: 'en',
    kind: 'facts',
    titles: [T.hundertTage],
    says: ['on 2 days', 'Mon, 14 Jun 2027 and Tue, 15 Jun 2027', 'each from 09:00 to 16:30'],
  },
  {
    conv: 'lead',
    q: 'And how much does it cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.hundertTage],
    says: ['costs €390'],
    mentions: ['Für Beschäftigte des Landratsamts übernimmt die Personalentwicklung die Gebühr'],
  },
  { conv: 'lead', q: 'Great, thanks a lot!', locale: 'en', kind: 'thanks' },
  // --- a story that ends with a fact question about a named seminar ----------------------------------------------------
  {
    q: 'Meine Chefin möchte, dass ich mein Excel auffrische, bevor ich die Statistik übernehme. Wie viel kostet der Excel-Kurs?',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 85 €'],
    mentions: ['Die Kursgebühr trägt das entsendende Amt.'],
  },
  {
    q: 'Ich würde gern zum Vergaberecht-Seminar, muss das aber erst mit meinem Amtsleiter klären. Bis wann muss ich mich anmelden?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Fr., 30.04.2027, 12:00 Uhr'],
  },
  {
    q: 'Ich wohne in Kirchberg und habe kein Auto. Wo findet das Seminar zum Sitzungsdienst statt?',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['im Rathaus Kirchberg an der Jagst'],
  },
  {
    q: 'Ich habe für die Doppik-Schulung grünes Licht bekommen, muss aber nachmittags mein Kind abholen. Wie lange dauert die?',
    kind: 'facts',
    titles: [T.doppik],
    says: ['dauert 7 Stunden, von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'Mein Chef will wissen, was die Schulung zur Landesbauordnung kostet, bevor er sie genehmigt. Was kostet die?',
    kind: 'facts',
    titles: [T.lbo],
    says: ['kostet 195 €'],
  },
  {
    q: "I'm driving to the first-aid course in Ilshofen and want to avoid the rush hour. What time does it start?",
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['starts on Tue, 4 May 2027 at 08:30'],
  },
  {
    q: 'The AI workshop sounds useful for our team. Who is running it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.maschine],
    says: ['is led by Frau Lena Hartmann'],
  },
  {
    q: "I'd like to attend the data protection session on Friday, but I can't get to the Landratsamt that day. Can I join online?",
    locale: 'en',
    kind: 'facts',
    titles: [T.datenschutz],
    says: [/or online/],
  },
  {
    q: 'Our new registry office clerk should attend the course on civil status law. Is it online or in person?',
    locale: 'en',
    kind: 'facts',
    titles: [T.standesamt],
    says: ['takes place online'],
  },
  {
    q: 'The plain-language workshop in Gaildorf sounds perfect for our team. How much is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.schreiben],
    says: ['costs €165'],
  },
  // --- a story with a real filter: period, time of day, format, place, length, cost, language, provider ---------------
  {
    q: 'Unser Fortbildungsbudget ist für dieses Jahr schon fast aufgebraucht. Gibt es in den nächsten zwei Wochen etwas, das nichts kostet?',
    kind: 'list',
    ...only(T.klick, T.datenschutz, T.teams, T.schalter, T.maschine),
  },
  {
    q: 'Ich arbeite im Rathaus Crailsheim und habe keinen Führerschein. Welche Seminare finden hier in Crailsheim statt?',
    kind: 'list',
    ...only(T.schalter, T.lbo),
  },
  {
    q: 'Vormittags haben wir Publikumsverkehr, ich kann also nur nachmittags. Was gibt es im April am Nachmittag?',
    kind: 'list',
    titles: [T.excel, T.maschine, T.aufrecht],
  },
  {
    q: 'Ich lerne am besten, wenn ich mich richtig in ein Thema vertiefen kann. Gibt es Seminare, die über mehrere Tage gehen?',
    kind: 'list',
    titles: [T.hundertTage],
  },
  {
    q: 'Ich bin am Freitag ohnehin für einen Termin im Landratsamt. Gibt es an dem Tag eine Fortbildung, die ich mitnehmen kann?',
    kind: 'list',
    titles: [T.datenschutz],
  },
  {
    q: 'Ich bin bis Ende Juli in Elternzeit und steige im August wieder ein. Was wird im August angeboten?',
    kind: 'list',
    titles: [T.barrierefrei, T.standesamt],
  },
  {
    q: "I'm working from home all of next week and could fit in a course, but it has to be online. What's on?",
    locale: 'en',
    kind: 'list',
    ...only(T.teams, T.maschine),
    miss: '"working from home" of the story is taken for the home-office topic',
  },
  {
    q: 'My calendar is packed until the end of May. What is there in June?',
    locale: 'en',
    kind: 'list',
    titles: [T.doppik, T.lbo, T.hundertTage, T.dickeLuft, T.durchatmen],
  },
  {
    q: 'I work part-time, mornings only, so anything I attend has to be over by lunchtime. What is there in the next two weeks?',
    locale: 'en',
    kind: 'list',
    ...only(T.klick, T.datenschutz, T.teams, T.english),
  },
  {
    q: "My German is still quite basic, so I'd prefer a course held in English. Are there any?",
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  {
    q: "I'm on holiday until Sunday 16 May. What's on in the rest of May after that?",
    locale: 'en',
    kind: 'list',
    titles: [T.papier, T.sitzung, T.rundUmDieUhr],
    miss: '"the rest of May after that" (17 to 31 May) is not read',
  },
  {
    q: 'Tomorrow afternoon my calendar is empty for once. Is there a seminar I could join?',
    locale: 'en',
    kind: 'list',
    titles: [T.excel],
  },
  {
    q: "We're a member of the Unfallkasse Baden-Württemberg and our safety officer says their seminars are free for us. Which ones do they offer?",
    locale: 'en',
    kind: 'list',
    ...only(T.schalter, T.aufrecht, T.ersteHilfe, T.durchatmen),
  },
  // --- nothing on it, cancelled or past, greeting and thanks -----------------------------------------------------------
  {
    q: 'Wir haben eine gehörlose Kollegin bekommen und wollen im Team ein paar Gebärden lernen. Gibt es einen Gebärdensprachkurs?',
    kind: 'none',
  },
  {
    q: "I'm moving to the IT department and would like to learn SAP. Is there an SAP course?",
    locale: 'en',
    kind: 'none',
    miss: 'the story’s IT department finds the IT-security course; "SAP", which nothing has, is not taken as the subject of an English question',
  },
  {
    q: 'Ich komme gerade mit meiner Arbeit kaum hinterher und wollte deshalb zum Zeitmanagement-Seminar. Wann ist das nochmal?',
    kind: 'gone',
    gone: T.zeit,
  },
  {
    q: 'Our building yard crew needs to secure loads on their trucks properly. When is the load securing course?',
    locale: 'en',
    kind: 'gone',
    gone: T.ladung,
  },
  {
    q: 'Eine Kollegin hat mir von einer Schulung zur Grundsteuerreform erzählt. Wann war die?',
    kind: 'gone',
    gone: T.grundsteuer,
    says: ['Di., 16.02.2027'],
  },
  {
    q: 'Hallo! Ich bin neu in der Verwaltung und nutze den Bot zum ersten Mal. Wie funktioniert das hier?',
    kind: 'help',
  },
  { q: 'Hi! First time using this bot — what can you do for me?', locale: 'en', kind: 'help' },
  { q: 'Super, das hilft mir sehr – vielen Dank!', kind: 'thanks' },
];

heldoutSuite(
  'answering questions about a hundred-and-fifty-first, independent catalogue (Landkreis Schwäbisch Hall, Verwaltungsschule, Komm.ONE, UKBW)',
  {
    fixture: 'heldout151-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
