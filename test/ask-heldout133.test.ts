// Over-fitting check, hundred-and-thirty-third catalogue: the spring 2027 programme of the Landkreis Saalfeld-Rudolstadt
// (Thuringia) with the Thüringer Verwaltungsschule (TVS), the Personalentwicklung of the Landratsamt, the county's IT
// service provider Thüringer Kommunal-IT eG (TKIT), the Unfallkasse Thüringen and the Volkshochschule
// Saalfeld-Rudolstadt (VHS), for the county and Saalfeld/Saale, Rudolstadt, Bad Blankenburg, Uhlstädt-Kirchhasel,
// Kaulsdorf and Leutenberg, imported from a JSON file. Seminars take place in the Landratsamt in Saalfeld, the town halls
// of Saalfeld, Rudolstadt and Bad Blankenburg, the VHS-Bildungszentrum and the DRK-Ausbildungszentrum in Saalfeld, the
// Landessportschule Bad Blankenburg, the Gemeindeverwaltung Uhlstädt-Kirchhasel, the Bürgerhaus Leutenberg, online or
// hybrid. Several titles do not name their subject ("Wenn das Postfach überquillt" is Outlook, "Durchatmen zwischen zwei
// Anrufen" stress at the citizens' telephone, "Papierlos ab Montag" the e-file, "Hilfe, bis der Rettungsdienst kommt"
// first aid, "Klartext mit Herz" conflicts among colleagues, "Ein Klick zu viel" information security, "Schreiben, damit
// es ankommt" plain language, "Ruhe in Ordnung" cemetery administration, "Bewegt durch den Arbeitstag" back health and
// ergonomics, "Die Maschine schreibt mit" AI, "Zeit ist kein Zufall" time management, "Das Ja-Wort im Rathaus" weddings
// at the registry office), so only summary, description or topics reveal it; one seminar is held in English; the
// leadership course runs on two days; the cemetery course is open only to Uhlstädt-Kirchhasel, Kaulsdorf and Leutenberg;
// the wedding course has 6 seats. About half of the questions are told as a situation, with past and future events, places
// and times of day in the story that are not filters (a colleague's course "letztes Jahr", starting "im Februar", the
// neck hurting "abends", a mayor from Leutenberg, a cemetery in Kaulsdorf, moving to the treasury "im Mai"); the rest are
// plain questions, some with typos, about a fifth in English. Written without looking at the parser or the answers. Same
// assertions as the other suites: exactly the expected seminars (best first where one is clearly best), the asked fact
// in the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Thursday 11 March 2027, 09:45 in Saalfeld, winter time; summer time begins Sun 28.03.2027,
// which is Easter Sunday):
//   this week:  today Thu 11.03. 14:00–16:00 Outlook (online); tomorrow Fri 12.03. 09:00–12:00 data protection (hybrid,
//               Landratsamt); the winter-service course was on Tue 09.03. (past)
//   next week:  Mon 15.03. 08:30–12:00 KOMMeld (Rathaus Rudolstadt, 8 seats, deadline passed Mon 08.03. 23:59),
//               Tue 16.03. 13:00–15:30 telephone stress (online), Wed 17.03. 09:00–12:30 English (Landratsamt, deadline
//               Fri 12.03. 12:00), Thu 18.03. 18:00–20:30 council meetings (evening, Rathaus Bad Blankenburg)
//   then:       nothing from Fri 19.03. to Wed 31.03. (Easter 26.–29.03.) except the cancelled social-media course on
//               Wed 24.03.
//   April:      Thu 01. e-file (online, morning), Thu 08. first aid (08:00–15:30, DRK Saalfeld), Tue 13./Wed 14.
//               leadership (Landratsamt), Tue 20. conflicts (13:00–16:00, hybrid, Rathaus Saalfeld), Thu 22. procurement
//               law (Rathaus Rudolstadt; deadline Thu 01.04. 23:59), Tue 27. information security (10:00–11:30, online);
//               the cancelled interview course on Wed 21.04.
//   May:        Tue 04. plain language (VHS Saalfeld), Tue 11. cemeteries (Uhlstädt-Kirchhasel, members only), Wed 12.
//               back health (13:00–16:00, Landessportschule Bad Blankenburg), Wed 19. AI (hybrid, Landratsamt), Tue 25.
//               Teams (online); the draft accessible-PDF course on Thu 20.05.
//   June:       Wed 02. playgrounds (Bürgerhaus Leutenberg), Tue 08. time management (VHS Saalfeld), Thu 17. budget law
//               (13:00–16:30, online), Tue 22. weddings (Rathaus Saalfeld, 6 seats, deadline Fri 28.05. 12:00); the
//               draft funding course on Wed 09.06.
//   July:       Tue 06. housing benefit (hybrid, Rathaus Rudolstadt)
//   past:       Tue 02.03.2027 ThürKAG fees (Landratsamt), Tue 09.03.2027 winter service (Rathaus Bad Blankenburg).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-03-11T08:45:00Z'); // Thursday, 11 March 2027, 09:45 in Saalfeld (CET)
const TZ = 'Europe/Berlin';

const T = {
  postfach: 'Wenn das Postfach überquillt', // Thu 11.03. 14:00–16:00 (today), online, TKIT, Frau Enke, Outlook, free
  datenschutz: 'Datenschutz im Verwaltungsalltag: DSGVO und ThürDSG kompakt', // Fri 12.03. 09:00–12:00, hybrid (Landratsamt), PE, Herr Reinhardt, free
  melde: 'Von der Anmeldung bis zur Meldebescheinigung: Arbeiten mit KOMMeld', // Mon 15.03. 08:30–12:00, Rathaus Rudolstadt, TKIT, 120 €, 8 seats, deadline passed Mon 08.03. 23:59
  anrufe: 'Durchatmen zwischen zwei Anrufen', // Tue 16.03. 13:00–15:30, online, Unfallkasse, stress at the citizens' telephone, free
  english: 'Welcome to the Landratsamt: English at the Service Desk', // Wed 17.03. 09:00–12:30, Landratsamt, VHS, English, 110 €, deadline Fri 12.03. 12:00
  sitzung: 'Von der Tagesordnung bis zum Beschluss', // Thu 18.03. 18:00–20:30 (evening), Rathaus Bad Blankenburg, TVS, 45 €, council meetings
  eakte: 'Papierlos ab Montag', // Thu 01.04. 09:00–12:00, online, TKIT, e-file, free
  ersteHilfe: 'Hilfe, bis der Rettungsdienst kommt', // Thu 08.04. 08:00–15:30, DRK-Ausbildungszentrum Saalfeld, Unfallkasse, first aid, free (Unfallkasse pays)
  fuehrung: 'Neu in der Führungsrolle: Grundlagen für Sachgebiets- und Teamleitungen', // Tue 13.04. and Wed 14.04. 09:00–16:00, Landratsamt, TVS, 340 €, new managers
  klartext: 'Klartext mit Herz', // Tue 20.04. 13:00–16:00, hybrid (Rathaus Saalfeld), PE, Frau Beyer, conflicts among colleagues, free
  vergabe: 'Öffentliche Aufträge unterhalb der Schwellenwerte: UVgO und ThürVgG in der Praxis', // Thu 22.04. 09:00–16:00, Rathaus Rudolstadt, TVS, 260 €, deadline Thu 01.04. 23:59
  klick: 'Ein Klick zu viel', // Tue 27.04. 10:00–11:30, online, TKIT, information security / phishing, free
  sprache: 'Schreiben, damit es ankommt', // Tue 04.05. 09:00–16:00, VHS-Bildungszentrum Saalfeld, VHS, Dr. Pohl, 140 €, plain language
  friedhof: 'Ruhe in Ordnung', // Tue 11.05. 09:00–12:00, Gemeindeverwaltung Uhlstädt-Kirchhasel, PE, cemeteries, only Uhlstädt-Kirchhasel/Kaulsdorf/Leutenberg, free
  ruecken: 'Bewegt durch den Arbeitstag', // Wed 12.05. 13:00–16:00, Landessportschule Bad Blankenburg, Unfallkasse, back health / ergonomics, free
  ki: 'Die Maschine schreibt mit', // Wed 19.05. 09:00–15:00, hybrid (Landratsamt), TVS, Herr Nowak, AI, 150 €
  teams: 'Gemeinsam statt per Rundmail: Microsoft Teams im Arbeitsalltag', // Tue 25.05. 10:00–12:00, online, TKIT, Frau Enke, free
  spielplatz: 'Schaukeln, Rutschen, Sandkasten: Sicherheit auf kommunalen Spielplätzen', // Wed 02.06. 09:00–16:00, Bürgerhaus Leutenberg, TVS, 195 €
  zeit: 'Zeit ist kein Zufall', // Tue 08.06. 09:00–16:00, VHS-Bildungszentrum Saalfeld, VHS, 120 €, time management
  haushalt: 'Haushaltsplan lesen und verstehen: Einführung in das kommunale Haushaltsrecht', // Thu 17.06. 13:00–16:30, online, TVS, 130 €
  trauung: 'Das Ja-Wort im Rathaus', // Tue 22.06. 09:00–15:00, Rathaus Saalfeld, TVS, Frau Hartung, 160 €, 6 seats, deadline Fri 28.05. 12:00, weddings
  wohngeld: 'Wohngeld kompakt: Neuerungen und Berechnung in der Praxis', // Tue 06.07. 09:00–12:00, hybrid (Rathaus Rudolstadt), TVS, 90 €
  foerdermittel: 'Fördermittel erfolgreich beantragen: Programme von Land, Bund und EU', // draft (Wed 09.06.)
  pdf: 'Barrierefreie PDF-Dokumente erstellen', // draft (Thu 20.05.)
  socialMedia: 'Social Media für Gemeinden: Instagram, Facebook und Co.', // cancelled (Wed 24.03.2027)
  bewerbung: 'Bewerbungsgespräche strukturiert führen', // cancelled (Wed 21.04.2027)
  kag: 'Beiträge und Gebühren nach dem ThürKAG', // past (Tue 2 March 2027)
  winterdienst: 'Glätte, Schnee und Haftung: Verkehrssicherungspflicht im Winterdienst', // past (Tue 9 March 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.foerdermittel, T.pdf, T.socialMedia, T.bewerbung, T.kag, T.winterdienst];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  {
    q: 'Unser Amtsleiter möchte, dass wir alle lernen, Bescheide verständlicher zu schreiben – was kostet der Kurs dazu?',
    kind: 'facts',
    titles: [T.sprache],
    says: ['kostet 140 €'],
  },
  {
    q: 'Ich soll in unserem Amt Ersthelferin werden. Muss die Dienststelle für den Lehrgang etwas bezahlen?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangskosten übernimmt die Unfallkasse Thüringen.'],
  },
  {
    q: 'How much does the English course for the service desk cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['costs €110'],
  },
  // --- facts: when (two days), start time, duration -------------------------------------------------------------------
  {
    q: 'wan ist die fortbildung zum haushaltsrecht',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['am Do., 17.06.2027 von 13:00 bis 16:30 Uhr'],
  },
  {
    q: 'Meine Teamleiterin geht nächstes Jahr in Rente und ich soll übernehmen. An welchen Tagen ist das Seminar für neue Führungskräfte?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Di., 13.04.2027 und Mi., 14.04.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'How long is the seminar for new team leaders?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['lasts 2 days, each from 09:00 to 16:00'],
  },
  {
    q: 'Ich komme mit dem Bus aus Kaulsdorf – um wie viel Uhr fängt die Erste-Hilfe-Schulung an?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['beginnt am Do., 08.04.2027 um 08:00 Uhr'],
  },
  {
    q: 'What time does the Outlook course start today?',
    locale: 'en',
    kind: 'facts',
    titles: [T.postfach],
    says: ['starts on Thu, 11 Mar 2027 at 14:00'],
  },
  // --- facts: where, format, trainer, deadline ------------------------------------------------------------------------
  {
    q: 'wo is die schulung zur spielplatzkontrole',
    kind: 'facts',
    titles: [T.spielplatz],
    says: ['im Bürgerhaus Leutenberg'],
  },
  {
    q: 'Ich arbeite in der Wohngeldstelle in Bad Blankenburg. Muss ich für die Wohngeld-Fortbildung nach Rudolstadt fahren oder kann ich auch online teilnehmen?',
    kind: 'facts',
    titles: [T.wohngeld],
    says: [/findet hybrid statt|oder online statt/],
  },
  {
    q: 'Ich bin neu als Standesbeamtin und halte im Sommer meine erste Trauung – wer leitet den Kurs zu Trauungen?',
    kind: 'facts',
    titles: [T.trauung],
    says: ['leitet Frau Bettina Hartung'],
  },
  {
    q: 'Mein Chef hat mich für die Datenschutz-Schulung morgen angemeldet. Wer hält die eigentlich?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['leitet Herr Uwe Reinhardt'],
  },
  {
    q: 'bis wann kann ich mich zum vergaberecht anmleden',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Do., 01.04.2027, 23:59 Uhr'],
  },
  {
    q: 'Mein neuer Kollege im Meldeamt will noch zur KOMMeld-Schulung – bis wann ging die Anmeldung?',
    kind: 'facts',
    titles: [T.melde],
    says: ['ist am Mo., 08.03.2027, 23:59 Uhr abgelaufen'],
  },
  {
    q: 'registration deadline for the english service desk course',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['until Fri, 12 Mar 2027, 12:00'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  {
    conv: 'konflikt',
    q: 'Meine Kollegin war letztes Jahr in einem Kurs zu Konflikten im Team und fand ihn super. Gibt es so etwas wieder?',
    kind: 'list',
    titles: [T.klartext],
  },
  {
    conv: 'konflikt',
    q: 'Und wann ist der?',
    kind: 'facts',
    titles: [T.klartext],
    says: ['am Di., 20.04.2027 von 13:00 bis 16:00 Uhr'],
  },
  { conv: 'konflikt', q: 'Kostet das was?', kind: 'facts', titles: [T.klartext], says: ['ist kostenlos'] },
  {
    conv: 'ai',
    q: 'My head of department wants us to try AI tools like ChatGPT. Is there a course on that?',
    locale: 'en',
    kind: 'list',
    titles: [T.ki],
  },
  {
    conv: 'ai',
    q: 'Where does it take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['at Landratsamt', 'or online'],
  },
  { conv: 'ai', q: 'And how much is it?', locale: 'en', kind: 'facts', titles: [T.ki], says: ['costs €150'] },
  {
    conv: 'melde',
    q: 'Ich habe im Februar im Bürgerbüro angefangen und kenne das neue Meldeprogramm noch gar nicht – gibt es dazu eine Schulung?',
    kind: 'list',
    titles: [T.melde],
  },
  { conv: 'melde', q: 'Wo findet die statt?', kind: 'facts', titles: [T.melde], says: ['im Rathaus Rudolstadt'] },
  {
    conv: 'melde',
    q: 'Sind da noch Plätze frei?',
    kind: 'facts',
    titles: [T.melde],
    says: ['noch 8 von 8 Plätzen frei'],
  },
  {
    conv: 'nacken',
    q: 'Seit ich am neuen Bildschirmarbeitsplatz sitze, tut mir abends der Nacken weh. Hat die Unfallkasse dazu etwas?',
    kind: 'list',
    titles: [T.ruecken],
  },
  {
    conv: 'nacken',
    q: 'Und wann ist das?',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['am Mi., 12.05.2027 von 13:00 bis 16:00 Uhr'],
  },
  // --- topic searches: stories, everyday words, words only in summary or description, synonyms, typos ------------------
  { q: 'Gibt es was zum Thema Cybersicherheit?', kind: 'list', titles: [T.klick] },
  { q: 'datenschuz schulung', kind: 'list', titles: [T.datenschutz] },
  {
    q: 'Ich habe jeden Abend das Gefühl, nichts geschafft zu haben, weil ständig jemand reinkommt. Gibt es einen Kurs, wie ich meinen Tag besser organisiere?',
    kind: 'list',
    titles: [T.zeit],
  },
  {
    q: 'Ich verliere in meinem Posteingang völlig den Überblick, da sind über 2000 ungelesene Mails. Gibt es dafür einen Kurs?',
    kind: 'list',
    titles: [T.postfach],
  },
  {
    q: 'Wir haben letzten Monat die elektronische Akte bekommen und ich komme damit noch nicht klar – gibt es eine Einführung?',
    kind: 'list',
    titles: [T.eakte],
  },
  {
    q: 'Ich bin in Kaulsdorf für den Friedhof zuständig. Gibt es dazu eine Schulung?',
    kind: 'list',
    titles: [T.friedhof],
  },
  {
    q: 'Ich bin ehrenamtliche Bürgermeisterin in Leutenberg und tagsüber berufstätig. Gibt es etwas zum Sitzungsdienst am Abend?',
    kind: 'list',
    titles: [T.sitzung],
  },
  {
    q: 'Ich sitze am Bürgertelefon und bin nach jedem Tag fix und fertig. Gibt es etwas gegen den Stress?',
    kind: 'list',
    titles: [T.anrufe],
  },
  {
    q: 'Ich bin seit kurzem im Bauamt für Ausschreibungen zuständig. Welche Fortbildung passt da?',
    kind: 'list',
    titles: [T.vergabe],
  },
  {
    q: 'Ich wechsle im Mai in die Kämmerei und habe von Haushaltsplänen keine Ahnung – was gibt es da?',
    kind: 'list',
    titles: [T.haushalt],
  },
  { q: 'Is there training for registrars who conduct weddings?', locale: 'en', kind: 'list', titles: [T.trauung] },
  { q: 'künstliche inteligenz', kind: 'list', titles: [T.ki] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, length, cost, language, seats ---------
  { q: 'was läuft morgen', kind: 'list', titles: [T.datenschutz] },
  {
    q: 'Ich habe diese Woche noch etwas Luft im Kalender – gibt es bis Freitag noch etwas?',
    kind: 'list',
    titles: [T.postfach, T.datenschutz],
  },
  { q: 'anything next week in the morning', locale: 'en', kind: 'list', titles: [T.melde, T.english] },
  {
    q: 'Ich bin nächste Woche nur nachmittags im Dienst. Kann ich da irgendwo teilnehmen?',
    kind: 'list',
    titles: [T.anrufe],
  },
  {
    q: 'Was läuft in den nächsten zwei Wochen?',
    kind: 'list',
    titles: [T.postfach, T.datenschutz, T.melde, T.anrufe, T.english, T.sitzung],
  },
  {
    q: "What's on next month?",
    locale: 'en',
    kind: 'list',
    titles: [T.eakte, T.ersteHilfe, T.fuehrung, T.klartext, T.vergabe, T.klick],
  },
  { q: 'Was gibt es im Mai?', kind: 'list', titles: [T.sprache, T.friedhof, T.ruecken, T.ki, T.teams] },
  { q: 'kostenlose Seminare im Mai', kind: 'list', titles: [T.friedhof, T.ruecken, T.teams] },
  { q: 'Welche Kurse im Juni kann ich von zu Hause aus machen?', kind: 'list', titles: [T.haushalt] },
  {
    q: 'Im Juni ist bei uns im Amt weniger los. Wo gibt es da noch freie Plätze?',
    kind: 'list',
    titles: [T.spielplatz, T.zeit, T.haushalt, T.trauung],
  },
  { q: 'Gibt es Seminare, die über mehrere Tage gehen?', kind: 'list', titles: [T.fuehrung] },
  {
    q: "I'm an international intern at the Landratsamt and my German is still weak. Are there any courses held in English?",
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  {
    q: 'Ich wohne in Rudolstadt und möchte nicht pendeln. Welche Seminare finden direkt in Rudolstadt statt?',
    kind: 'list',
    ...only(T.melde, T.vergabe, T.wohngeld),
  },
  { q: 'kurse bei frau enke', kind: 'list', ...only(T.postfach, T.teams) },
  {
    q: 'Unser Personalrat meinte, die Unfallkasse macht gute Kurse. Was bietet die Unfallkasse Thüringen denn an?',
    kind: 'list',
    ...only(T.anrufe, T.ersteHilfe, T.ruecken),
  },
  { q: 'What does the VHS offer?', locale: 'en', kind: 'list', ...only(T.english, T.sprache, T.zeit) },
  {
    q: 'Ich leite seit kurzem ein Sachgebiet. Welche Seminare sind für Führungskräfte gedacht?',
    kind: 'list',
    titles: [T.fuehrung],
  },
  // --- gone, drafts never shown, no match, greeting --------------------------------------------------------------------
  { q: 'Was kostet der Social-Media-Kurs?', kind: 'gone', gone: T.socialMedia },
  {
    q: 'Ich wollte mich zum Seminar über Bewerbungsgespräche anmelden – wann ist das?',
    kind: 'gone',
    gone: T.bewerbung,
  },
  {
    q: 'Mein Kollege vom Bauhof war neulich beim Winterdienst-Seminar. Wann war das genau?',
    kind: 'gone',
    gone: T.winterdienst,
    says: ['Di., 09.03.2027'],
  },
  {
    q: 'When was the seminar on fees and contributions under the ThürKAG?',
    locale: 'en',
    kind: 'gone',
    gone: T.kag,
    says: ['Tue, 2 Mar 2027'],
  },
  { q: 'Unsere Gemeinde will Fördermittel für die neue Kita beantragen. Gibt es dazu ein Seminar?', kind: 'none' },
  { q: 'Gibt es eine SAP-Schulung?', kind: 'none' },
  {
    q: 'Ich möchte mein Französisch auffrischen, unsere Stadt hat eine Partnerstadt in Frankreich. Gibt es dafür einen Kurs?',
    kind: 'none',
  },
  { q: 'Hallo! Was kannst du eigentlich alles?', kind: 'help' },
  { q: 'Hi, what can you do?', locale: 'en', kind: 'help' },
];

heldoutSuite(
  'answering questions about a hundred-and-thirty-third, independent catalogue (Landkreis Saalfeld-Rudolstadt, TVS, Unfallkasse Thüringen)',
  {
    fixture: 'heldout133-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
