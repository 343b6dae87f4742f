// Over-fitting check, hundred-and-fifteenth catalogue: the 2028 summer programme of the Wartburgkreis (Thuringia) with
// the Thüringer Verwaltungsschule (TVS), the Landratsamt's Fachdienst IT and Personalamt, the Unfallkasse Thüringen
// and the Kreisvolkshochschule Wartburgkreis (KVHS), for the Landratsamt and its towns and municipalities (Bad
// Salzungen, Eisenach, Ruhla, Bad Liebenstein, Vacha, Gerstungen), imported from a JSON file. Seminars take place in
// the Landratsamt in Bad Salzungen, the Bildungsstätte am Rennsteig in Ruhla, the KVHS in Bad Salzungen, the town halls
// of Eisenach, Ruhla, Gerstungen, Bad Liebenstein and Vacha, online or hybrid. Several titles do not name their
// subject ("Ein Klick zu viel" is information security / phishing, "Wenn der Puls steigt" de-escalation, "Der letzte
// Aktenordner" the e-file, "Durchatmen im Dienstalltag" stress, "Fragen an die Maschine" AI, "Briefe, die ankommen"
// plain language, "Gut begleitet ins Berufsleben" training for new Ausbilderinnen, "Vom Formular zum Klick" the OZG,
// "Die ersten hundert Tage" new managers), so only summary, description or topics reveal it; one seminar is held in
// English (its deadline has passed); the Doppik course runs on two days; the e-file course is open only to Ruhla, Bad
// Liebenstein and Gerstungen; the Unfallkasse's courses are free. This suite's style: the asker tells a story first
// (where they work, since when, what happened, when they are free) and then asks; places, months and times in the
// story are often the asker's own situation ("seit Januar im Bürgerbüro in Vacha", "ab August", "nächstes Jahr"), not
// a filter. Written without looking at the parser or the answers. Same assertions as the other suites: exactly the
// expected seminars (best first where one is clearly best), the asked fact in the first sentence, never a draft,
// cancelled or past seminar.
//
// Calendar around `now` (Wednesday 17 May 2028, 10:00 in Bad Salzungen, summer time; Ascension Thu 25.05., Whit Monday
// Mon 05.06.2028; every session is in summer time):
//   this week:  nothing more today or tomorrow; Fri 19.05. 09:00–11:00 information security (online)
//   next week:  Wed 24.05. 09:00–12:30 data protection in the Bürgerbüro (hybrid, Landratsamt)
//   then:       nothing from Thu 25.05. to Mon 12.06.
//   June:       Tue 13. de-escalation (Rathaus Eisenach, 14 seats), Wed 14. e-file (Rathaus Ruhla; Ruhla, Bad
//               Liebenstein, Gerstungen only), Tue 20. 13:00–16:30 Excel (KVHS Bad Salzungen; deadline Fri 09.06.
//               12:00), Thu 22. English at the service desk (Rathaus Eisenach; deadline passed Mon 15.05. 23:59),
//               Mon 26. 13:30–15:30 stress (online); the cancelled Outlook course on Mon 19.06.
//   July:       Mon 03./Tue 04. Doppik (Bildungsstätte am Rennsteig, Ruhla; deadline Fri 16.06. 23:59), Thu 06. first
//               aid (Rathaus Gerstungen, 08:30–16:00), Tue 11. 13:00–16:00 AI (hybrid, Landratsamt), Wed 19. plain
//               language (Rathaus Bad Liebenstein), Thu 27. new Ausbilderinnen (Landratsamt); the cancelled driving
//               safety course on Fri 07.07., the draft social-media course on Tue 25.07.
//   August:     Tue 01. induction day for new trainees (Landratsamt), Tue 08. council meetings (Rathaus Vacha; deadline
//               Fri 21.07. 12:00), Wed 16. 14:00–15:30 ergonomics (online), Thu 24. OZG (online), Mon 28. accessible
//               documents (online)
//   September:  Wed 06. new managers (Bildungsstätte am Rennsteig), Tue 12. time management (online), Thu 14.
//               procurement law (Landratsamt; deadline Thu 31.08. 23:59); the draft heat-planning course on Wed 20.09.
//   past:       Thu 20.04.2028 Wohngeld changes (online), Wed 10.05.2028 cash offices (Landratsamt).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-05-17T08:00:00Z'); // Wednesday, 17 May 2028, 10:00 in Bad Salzungen (CEST)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Ein Klick zu viel', // Fri 19.05. 09:00–11:00, online, FD IT, Hartung, information security / phishing, free
  datenschutz: 'Datenschutz im Bürgerbüro: Auskünfte, Weitergabe, Datenpannen', // Wed 24.05. 09:00–12:30, hybrid (Landratsamt), TVS, Brandt, 140 €
  deeskalation: 'Wenn der Puls steigt', // Tue 13.06. 09:00–15:00, Rathaus Eisenach, UKT, Möller, de-escalation, free (UKT pays), 14 seats
  eakte: 'Der letzte Aktenordner', // Wed 14.06. 09:00–12:00, Rathaus Ruhla, FD IT, Kirchner, e-file, only Ruhla/Bad Liebenstein/Gerstungen, free
  excel: 'Excel im Büroalltag: Listen, Formeln, Diagramme', // Tue 20.06. 13:00–16:30, KVHS Bad Salzungen, Lorenz, 95 € (Dienststelle pays), 12 seats, deadline Fri 09.06. 12:00
  english: 'Speaking With International Residents: English at the Service Desk', // Thu 22.06. 09:00–12:30, Rathaus Eisenach, KVHS, Whitfield, English, 110 €, 14 seats, deadline passed Mon 15.05. 23:59
  kraft: 'Durchatmen im Dienstalltag', // Mon 26.06. 13:30–15:30, online, UKT, Möller, stress / health promotion, free
  doppik: 'Kommunale Doppik kompakt: Haushalt, Buchführung, Jahresabschluss', // Mon 03.07. and Tue 04.07. 09:00–16:00, Bildungsstätte am Rennsteig (Ruhla), TVS, Dr. Wagner, 320 €, deadline Fri 16.06. 23:59
  ersteHilfe: 'Erste Hilfe am Arbeitsplatz: Ausbildung für Ersthelfende', // Thu 06.07. 08:30–16:00, Rathaus Gerstungen, UKT, Heß, free (UKT pays)
  ki: 'Fragen an die Maschine', // Tue 11.07. 13:00–16:00, hybrid (Landratsamt), FD IT, Kirchner, AI, free
  briefe: 'Briefe, die ankommen', // Wed 19.07. 09:00–15:00, Rathaus Bad Liebenstein, KVHS, Rothe, plain language, 130 €
  ausbilder: 'Gut begleitet ins Berufsleben', // Thu 27.07. 09:00–15:00, Landratsamt, Personalamt, Eckardt, new Ausbilderinnen, free
  azubis: 'Willkommen im Wartburgkreis: Einführungstag für neue Auszubildende', // Tue 01.08. 08:30–15:00, Landratsamt, Personalamt, Eckardt, free
  sitzung: 'Von der Einladung bis zur Niederschrift: Sitzungsdienst nach der ThürKO', // Tue 08.08. 09:00–16:00, Rathaus Vacha, TVS, Schindler, 180 €, 16 seats, deadline Fri 21.07. 12:00
  ergonomie: 'Gesund sitzen am Bildschirmarbeitsplatz', // Wed 16.08. 14:00–15:30, online, UKT, Heß, free
  ozg: 'Vom Formular zum Klick', // Thu 24.08. 09:00–12:00, online, FD IT, Hartung, OZG, free
  barrierefrei: 'Barrierefreie Dokumente mit Word und PDF', // Mon 28.08. 09:00–12:00, online, KVHS, Lorenz, 75 €
  fuehrung: 'Die ersten hundert Tage', // Wed 06.09. 09:00–16:00, Bildungsstätte am Rennsteig (Ruhla), TVS, Dr. Wagner, 240 €, new managers
  zeit: 'Den Tag im Griff: Zeit- und Selbstmanagement', // Tue 12.09. 09:00–12:00, online, KVHS, Rothe, 60 €
  vergabe: 'Öffentliche Aufträge richtig vergeben: Vergaberecht unterhalb der Schwellenwerte', // Thu 14.09. 09:00–16:00, Landratsamt, TVS, Brandt, 250 €, deadline Thu 31.08. 23:59
  waerme: 'Kommunale Wärmeplanung: Pflichten und Fahrplan', // draft (Wed 20.09.)
  social: 'Instagram, Facebook und Co.: Social Media für Rathäuser', // draft (Tue 25.07.)
  outlook: 'Outlook im Griff: E-Mails, Kalender und Aufgaben', // cancelled (Mon 19.06.2028)
  fahrsicherheit: 'Sicher unterwegs mit dem Dienstwagen: Fahrsicherheitstraining', // cancelled (Fri 07.07.2028)
  zahlstelle: 'Zahlstellen und Handvorschüsse sicher führen', // past (Wed 10 May 2028)
  wohngeld: 'Wohngeld 2028: Was sich ändert', // past (Thu 20 April 2028)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.waerme, T.social, T.outlook, T.fahrsicherheit, T.zahlstelle, T.wohngeld];

const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  {
    q: 'Ich wechsle im Juli in die Kämmerei und habe keine Ahnung von Doppik. Was kostet der Kurs dazu?',
    kind: 'facts',
    titles: [T.doppik],
    says: ['kostet 320 €'],
    mentions: ['Die Gebühr gilt für beide Tage und schließt das Mittagessen ein.'],
  },
  {
    q: 'Wir in Bad Liebenstein haben kaum noch Fortbildungsbudget – was kostet das Seminar zu verständlichen Briefen?',
    kind: 'facts',
    titles: [T.briefe],
    says: ['kostet 130 €'],
  },
  // --- facts: when (one day, two days) ---------------------------------------------------------------------------------
  {
    q: 'Unser Amt in Ruhla bekommt nächsten Monat die E-Akte, wann ist die Schulung?',
    kind: 'facts',
    titles: [T.eakte],
    says: ['am Mi., 14.06.2028 von 09:00 bis 12:00 Uhr'],
  },
  {
    q: 'Ich bin neu in der Kämmerei in Gerstungen. Wann findet der Doppik-Kurs statt?',
    kind: 'facts',
    titles: [T.doppik],
    says: ['an 2 Tagen', 'Mo., 03.07.2028 und Di., 04.07.2028', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'I write a lot of letters to residents and want them to sound less bureaucratic – when is the course on plain language?',
    locale: 'en',
    kind: 'facts',
    titles: [T.briefe],
    says: ['on Wed, 19 Jul 2028 from 09:00 to 15:00'],
  },
  // --- facts: where, trainer, duration, start time ---------------------------------------------------------------------
  {
    q: 'Meine Kollegin aus Vacha und ich wollen zusammen zu einem Excel-Kurs – wo findet der statt?',
    kind: 'facts',
    titles: [T.excel],
    says: ['Kreisvolkshochschule Wartburgkreis'],
  },
  {
    q: 'Wir in Gerstungen stellen gerade auf die elektronische Akte um – wo ist die Schulung dazu?',
    kind: 'facts',
    titles: [T.eakte],
    says: ['im Rathaus Ruhla'],
  },
  {
    q: 'Ich fange im August meine Ausbildung bei der Stadt Eisenach an – wo ist der Einführungstag für die neuen Azubis?',
    kind: 'facts',
    titles: [T.azubis],
    says: ['im Landratsamt Wartburgkreis'],
  },
  {
    q: 'Ich fühle mich seit Wochen ausgelaugt und überlege, zum Seminar gegen Stress zu gehen. Wer leitet das?',
    kind: 'facts',
    titles: [T.kraft],
    says: ['leitet Frau Kerstin Möller'],
  },
  {
    q: 'Ich soll im Herbst ein Team übernehmen und möchte vorher wissen, wer das Seminar für neue Führungskräfte leitet.',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['leitet Herr Dr. Frank Wagner'],
  },
  {
    q: 'Ich habe nachmittags noch Sprechstunde im Bürgerbüro. Wie lange dauert die Schulung zum gesunden Sitzen am Bildschirm?',
    kind: 'facts',
    titles: [T.ergonomie],
    says: ['dauert 1,5 Stunden, von 14:00 bis 15:30 Uhr'],
  },
  {
    q: 'Ich arbeite in Teilzeit und muss das mit der Kinderbetreuung abstimmen – wie lange dauert der Doppik-Kurs?',
    kind: 'facts',
    titles: [T.doppik],
    says: ['dauert 2 Tage, jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'Ich komme mit dem Zug aus Eisenach und muss in Bad Salzungen umsteigen – um wie viel Uhr beginnt der Kurs zum Sitzungsdienst?',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['beginnt am Di., 08.08.2028 um 09:00 Uhr'],
  },
  {
    q: 'Ich bringe morgens meine Tochter in die Kita, bevor ich nach Eisenach fahre. Wann fängt das Training zum Umgang mit aggressiven Bürgern an?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['beginnt am Di., 13.06.2028 um 09:00 Uhr'],
  },
  {
    q: "I have a doctor's appointment that morning – what time does the AI training start?",
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['starts on Tue, 11 Jul 2028 at 13:00'],
  },
  // --- facts: deadline (open and passed), seats, format ----------------------------------------------------------------
  {
    q: 'Ich muss die Teilnahme am Vergabe-Seminar noch mit meinem Amtsleiter absprechen. Bis wann kann ich mich anmelden?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Do., 31.08.2028, 23:59 Uhr'],
  },
  {
    q: 'Ich war zwei Wochen im Urlaub – bis wann konnte man sich für den Englischkurs für den Bürgerservice anmelden?',
    kind: 'facts',
    titles: [T.english],
    says: ['ist am Mo., 15.05.2028, 23:59 Uhr abgelaufen'],
  },
  {
    q: "My boss has to sign off every training first – what's the registration deadline for the Excel course?",
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['until Fri, 9 Jun 2028, 12:00'],
  },
  {
    q: 'Wir sind im Hauptamt Bad Liebenstein zu viert und wollen alle zum Sitzungsdienst-Seminar – sind noch Plätze frei?',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['noch 16 von 16 Plätzen frei'],
  },
  {
    q: 'Drei Kolleginnen aus dem Ordnungsamt wollen zum Deeskalationstraining. Wie viele Plätze gibt es da noch?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['noch 14 von 14 Plätzen frei'],
  },
  {
    q: 'Ich wohne in Vacha und habe kein Auto – kann ich beim KI-Seminar auch online mitmachen?',
    kind: 'facts',
    titles: [T.ki],
    says: [/findet hybrid statt|oder online statt/],
  },
  {
    q: 'Ich arbeite zwei Tage die Woche im Homeoffice in Gerstungen – findet die OZG-Schulung online statt?',
    kind: 'facts',
    titles: [T.ozg],
    says: ['findet online statt'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  {
    conv: 'phishing',
    q: 'Letzte Woche hatten wir eine Phishing-Mail im Postfach – gibt es dazu eine Schulung?',
    kind: 'list',
    titles: [T.phishing],
  },
  { conv: 'phishing', q: 'Ist der online?', kind: 'facts', titles: [T.phishing], says: ['findet online statt'] },
  {
    conv: 'phishing',
    q: 'Und wann genau?',
    kind: 'facts',
    titles: [T.phishing],
    says: ['am Fr., 19.05.2028 von 09:00 bis 11:00 Uhr'],
  },
  {
    conv: 'ausbilderin',
    q: 'Ich bin ab August Ausbilderin – gibt es etwas für mich?',
    kind: 'list',
    titles: [T.ausbilder],
  },
  {
    conv: 'ausbilderin',
    q: 'Und wo findet das statt?',
    kind: 'facts',
    titles: [T.ausbilder],
    says: ['im Landratsamt Wartburgkreis'],
  },
  { conv: 'ausbilderin', q: 'Was kostet das?', kind: 'facts', titles: [T.ausbilder], says: ['ist kostenlos'] },
  {
    conv: 'poland',
    q: 'I moved here from Poland last year and work in the Bürgerbüro – is there a course in English?',
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  {
    conv: 'poland',
    q: 'How many seats are still free?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['has 14 of 14 seats left'],
  },
  {
    conv: 'poland',
    q: 'And who is teaching it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['is led by Frau Joanna Whitfield'],
  },
  {
    conv: 'protokoll',
    q: 'Ich schreibe seit Januar die Protokolle im Stadtrat Bad Salzungen und mache das bisher nach Gefühl. Gibt es dazu eine Fortbildung?',
    kind: 'list',
    titles: [T.sitzung],
  },
  {
    conv: 'protokoll',
    q: 'Wie lange dauert die?',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['dauert 7 Stunden, von 09:00 bis 16:00 Uhr'],
  },
  // --- topic searches told as a story: words only in summary, description or topics; places and times of the asker ----
  {
    q: 'Bei uns im Ordnungsamt gibt es immer öfter Ärger am Telefon – gibt es da ein Seminar?',
    kind: 'list',
    titles: [T.deeskalation],
  },
  {
    q: 'Seit wir im Haus einen Chat-Assistenten nutzen dürfen, fragen mich alle, was man da eingeben darf. Gibt es eine Schulung zu KI?',
    kind: 'list',
    titles: [T.ki],
  },
  {
    q: 'Unsere Widerspruchsstelle bekommt viele Rückfragen, weil die Leute unsere Bescheide nicht verstehen – gibt es ein Seminar, wie man verständlicher schreibt?',
    kind: 'list',
    titles: [T.briefe],
  },
  {
    q: 'Ich übernehme im September meine erste Abteilung und bin etwas nervös. Gibt es etwas für neue Führungskräfte?',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    q: 'Nach einem Tag am Schreibtisch tut mir immer der Rücken weh – gibt es da was?',
    kind: 'list',
    titles: [T.ergonomie],
  },
  {
    q: 'In unserem Rathaus in Vacha sollen Bürger bald Anträge online stellen können. Gibt es eine Schulung zum Onlinezugangsgesetz?',
    kind: 'list',
    titles: [T.ozg],
  },
  {
    q: 'Wir müssen nächstes Jahr ein neues Fahrzeug für den Bauhof beschaffen und ich weiß nicht, ob wir das ausschreiben müssen. Gibt es dazu ein Seminar?',
    kind: 'list',
    titles: [T.vergabe],
  },
  {
    q: 'Ich bin seit Januar im Bürgerbüro in Vacha und habe ständig mit Meldedaten zu tun – gibt es was zum Datenschutz?',
    kind: 'list',
    titles: [T.datenschutz],
  },
  {
    q: 'Unsere Verwaltung in Bad Liebenstein arbeitet ab Herbst papierlos – gibt es dazu eine Schulung?',
    kind: 'list',
    titles: [T.eakte],
  },
  {
    q: 'Unser Personalrat möchte mehr für die Gesundheit der Beschäftigten tun – welche Angebote gibt es zur Gesundheitsförderung?',
    kind: 'list',
    ...only(T.kraft, T.ergonomie),
  },
  // --- filters told as a story: weekday, this week, month, format, fee, time of day, place, provider -------------------
  {
    q: 'Ich habe nur dienstags Zeit – gibt es im Juni dienstags etwas?',
    kind: 'list',
    titles: [T.deeskalation, T.excel],
  },
  {
    q: 'Ab Montag bin ich drei Wochen in Elternzeit – gibt es diese Woche noch etwas, das ich mitnehmen kann?',
    kind: 'list',
    titles: [T.phishing],
  },
  {
    q: 'Ich bin im Sommer viel im Homeoffice und kann nur online teilnehmen – was gibt es im August online?',
    kind: 'list',
    titles: [T.ergonomie, T.ozg, T.barrierefrei],
  },
  {
    q: 'Unsere Fortbildungskasse ist für dieses Jahr leer – welche kostenlosen Seminare gibt es im Juli?',
    kind: 'list',
    titles: [T.ersteHilfe, T.ki, T.ausbilder],
  },
  {
    q: 'Vormittags habe ich Publikumsverkehr im Bürgerbüro – was gibt es im Juni nachmittags?',
    kind: 'list',
    titles: [T.excel, T.kraft],
  },
  {
    q: 'Im September bin ich wieder aus der Elternzeit zurück – was gibt es im September?',
    kind: 'list',
    titles: [T.fuehrung, T.zeit, T.vergabe],
  },
  {
    q: 'I just moved to Eisenach and would rather not commute – what courses take place in Eisenach?',
    locale: 'en',
    kind: 'list',
    ...only(T.deeskalation, T.english),
  },
  {
    q: 'Wir sind eine kleine Verwaltung in Ruhla und wollen nicht weit fahren – welche Seminare finden bei uns in Ruhla statt?',
    kind: 'list',
    ...only(T.eakte, T.doppik, T.fuehrung),
  },
  {
    q: 'Because of childcare I can only do Mondays – is there anything on a Monday in June?',
    locale: 'en',
    kind: 'list',
    titles: [T.kraft],
  },
  {
    q: 'Unser Personalrat sagt, die Unfallkasse Thüringen bietet Kurse für uns an – welche sind das?',
    kind: 'list',
    ...only(T.deeskalation, T.kraft, T.ersteHilfe, T.ergonomie),
  },
  // --- gone: cancelled and past seminars asked by name -----------------------------------------------------------------
  {
    q: 'Ich wollte mich für den Outlook-Kurs anmelden, den mir meine Kollegin empfohlen hat – was kostet der?',
    kind: 'gone',
    gone: T.outlook,
  },
  {
    q: 'Unser Bauhofleiter wollte zum Fahrsicherheitstraining mit dem Dienstwagen – wann ist das?',
    kind: 'gone',
    gone: T.fahrsicherheit,
  },
  {
    q: 'Ich war krank, als die Schulung zu Zahlstellen und Handvorschüssen lief – wann war die nochmal?',
    kind: 'gone',
    gone: T.zahlstelle,
    says: ['Mi., 10.05.2028'],
  },
  {
    q: 'I was on leave in April – when was the training on the Wohngeld changes?',
    locale: 'en',
    kind: 'gone',
    gone: T.wohngeld,
    says: ['Thu, 20 Apr 2028'],
  },
  // --- drafts never shown, topics not offered, greetings ---------------------------------------------------------------
  {
    q: 'Die Stadt Eisenach muss ihre kommunale Wärmeplanung aufstellen und ich bin jetzt zuständig – gibt es dazu eine Schulung?',
    kind: 'none',
  },
  {
    q: 'Ich betreue seit Kurzem den Instagram-Kanal unseres Rathauses in Bad Liebenstein – gibt es einen Social-Media-Kurs?',
    kind: 'none',
  },
  {
    q: 'Ich soll ab Herbst die Friedhofsverwaltung in Vacha übernehmen – gibt es ein Seminar zum Friedhofsrecht?',
    kind: 'none',
  },
  {
    q: 'Ich muss im Bauamt demnächst Baugenehmigungen prüfen – gibt es eine Schulung zum Bauordnungsrecht?',
    kind: 'none',
  },
  {
    q: "I'd like to learn Polish so I can help clients from Poland – is there a Polish course?",
    locale: 'en',
    kind: 'none',
  },
  { q: 'Hallo, ich bin neu im Landratsamt und probiere das hier zum ersten Mal aus.', kind: 'help' },
  { q: 'Hi there, a colleague told me to try this bot.', locale: 'en', kind: 'help' },
];

heldoutSuite(
  'answering questions about a hundred-and-fifteenth, independent catalogue (Wartburgkreis, TVS, Unfallkasse Thüringen)',
  {
    fixture: 'heldout115-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
