// Over-fitting check, two-hundred-and-eighty-first catalogue: the autumn 2027 programme for the Landkreis
// Neuburg-Schrobenhausen (Bavaria) and its towns and municipalities (Neuburg an der Donau, Schrobenhausen, Karlshuld,
// Burgheim, Rennertshofen, Ehekirchen and the others), with the Bayerische Verwaltungsschule (BVS), the Kommunale
// Unfallversicherung Bayern (KUVB), the AKDB, the Bayerischer Kommunaler Prüfungsverband (BKPV), the Bayerischer
// Gemeindetag, the LWG, the Landratsamt's Personalentwicklung, IT security and data protection officer, and the
// Volkshochschulen Neuburg and Schrobenhausen, imported from a JSON file. Seminars take place in the Landratsamt
// Neuburg-Schrobenhausen (in Neuburg an der Donau), the Rathaus Neuburg an der Donau, the VHS Neuburg, the Kolpinghaus
// Neuburg, the Rathaus, the VHS and the Bauhof's Werkhalle in Schrobenhausen, the town halls of Karlshuld, Burgheim and
// Rennertshofen, online or hybrid. Several titles do not name their subject ("Klick mit Köpfchen" is phishing, "Gut
// bei Stimme" voice training, "Was wissen Sie über mich?" data-protection access requests, "Gefahr von oben" tree
// inspection, "Alle im Bild" Teams meetings, "Wenn es am Schalter laut wird" de-escalation, "Der Sprung ins kalte
// Wasser" new managers, "Hoch hinaus, aber sicher" aerial work platforms, "Für alle lesbar" accessible websites, "Der
// Tag hat nur acht Stunden" time management, "Bilanz ziehen" the year-end accounts, "Papierlos vom Eingang bis zur
// Zahlung" e-invoices, "Alle an einen Tisch" citizen participation), so only summary, description or topics reveal it;
// one seminar is held in English; the leadership course runs on two Thursdays across the end of summer time (Sun
// 31.10.2027); the Excel course runs on two Monday evenings; first aid is free, paid by the KUVB. About half of the
// questions come with a short story first, as employees write them, the rest plain; some are in English. Written
// without looking at the parser or the answers.
//
// Calendar around `now` (Tuesday 14 September 2027, 10:15 in Neuburg, summer time; winter time begins Sun 31.10.2027):
//   this week:  Tue 14.09. (today) 13:30–15:00 phishing (online); Wed 15.09. (tomorrow) 09:00–12:00 property tax
//               (Landratsamt, 180 €); Thu 16.09. 18:30–20:30 voice training (VHS Neuburg, evening, no waitlist); Fri
//               17.09. 09:00–12:30 Word mail merge (online, 59 €)
//   next week:  Mon 20.09. 09:00–16:00 cash office (Rathaus Neuburg; deadline passed Fri 10.09. 12:00), Tue 21.09.
//               09:00–12:00 English (Rathaus Schrobenhausen; deadline Thu 16.09. 23:59), Wed 22.09. 09:00–12:00
//               access requests (hybrid, Landratsamt), Thu 23.09. 08:30–15:30 tree inspection (Rathaus Karlshuld);
//               nothing on Fri 24.09.
//   October:    the cancelled PowerPoint course (Fri 01.10.), Wed 06.10. first aid (Rathaus Burgheim), Mon 11.10. and Mon
//               18.10. 17:30–20:30 Excel (VHS Schrobenhausen), Tue 12.10. 14:00–15:30 Teams (online), Wed 27.10.
//               de-escalation (Rathaus Schrobenhausen), Thu 28.10. (CEST) and Thu 04.11. (CET) 09:00–16:30 leadership
//               (Landratsamt; deadline Fri 08.10. 23:59)
//   November:   the cancelled cemetery-fees course (Wed 03.11.), Tue 09.11. 07:30–15:30 aerial work platforms (Bauhof
//               Schrobenhausen), Wed 10.11. residence law (Landratsamt), Thu 18.11. 09:00–11:00 accessible websites
//               (online), Tue 23.11. time management (Kolpinghaus Neuburg), Thu 25.11. name law (Rathaus Rennertshofen),
//               the draft remote-work course (Tue 30.11.)
//   December:   Thu 02.12. year-end accounts (Landratsamt; deadline Fri 12.11. 12:00), Tue 07.12. 10:00–11:30 e-invoices
//               (online)
//   2028:       Wed 19.01. citizen participation (Rathaus Neuburg), Tue 08.02. induction day (Landratsamt), the draft
//               dog-tax course (Wed 16.02.)
//   past:       Tue 29.06.2027 heat protection (Bauhof Neuburg), Thu 15.07.2027 OK.EWO update (online).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-09-14T08:15:00Z'); // Tuesday, 14 September 2027, 10:15 in Neuburg an der Donau (CEST)
const TZ = 'Europe/Berlin';

const T = {
  klick: 'Klick mit Köpfchen', // Tue 14.09. 13:30–15:00, online, LRA IT-Sicherheit, Kraus, phishing, free
  grundsteuer: 'Grundsteuer nach der Reform: Hebesätze, Messbescheide und Einspruchsfälle', // Wed 15.09. 09:00–12:00, Landratsamt, BVS, Dr. Wittmann, 180 €
  stimme: 'Gut bei Stimme', // Thu 16.09. 18:30–20:30, VHS Neuburg, Lindner, voice training / stage fright, 25 €, no waitlist
  word: 'Serienbriefe und Vorlagen in Word', // Fri 17.09. 09:00–12:30, online, VHS Schrobenhausen, Schuster, 59 € (Kostenstelle note)
  kasse: 'Sicher durch die Kasse: Barkasse, Zahlstellen und Kassenprüfung', // Mon 20.09. 09:00–16:00, Rathaus Neuburg, BKPV, Mayr, 210 €, deadline passed Fri 10.09. 12:00
  english: 'English at the Counter: Registration, Residence and Everyday Requests', // Tue 21.09. 09:00–12:00, Rathaus Schrobenhausen, VHS Schrobenhausen, Donovan, 75 €, deadline Thu 16.09. 23:59
  auskunft: 'Was wissen Sie über mich?', // Wed 22.09. 09:00–12:00, hybrid (Landratsamt), Ziegler, Art. 15 DSGVO access requests, free
  baum: 'Gefahr von oben', // Thu 23.09. 08:30–15:30, Rathaus Karlshuld, LWG, Rieder, tree inspection, 145 €, 16 seats
  ersteHilfe: 'Erste Hilfe im Betrieb: Fortbildung für Ersthelferinnen und Ersthelfer', // Wed 06.10. 08:30–16:00, Rathaus Burgheim, KUVB, Wenger, free (KUVB pays)
  excel: 'Excel von Anfang an', // Mon 11.10. and Mon 18.10. 17:30–20:30, VHS Schrobenhausen, Kugler, Excel for beginners, 89 €
  teams: 'Alle im Bild', // Tue 12.10. 14:00–15:30, online, AKDB, Stöckl, Microsoft Teams meetings, free
  schalter: 'Wenn es am Schalter laut wird', // Wed 27.10. 09:00–16:00, Rathaus Schrobenhausen, KUVB, Hofbauer, de-escalation, free
  fuehrung: 'Der Sprung ins kalte Wasser', // Thu 28.10. (CEST) and Thu 04.11. (CET) 09:00–16:30, Landratsamt, BVS, Dr. Brandmair, new managers, 420 €, deadline Fri 08.10. 23:59
  hubarbeit: 'Hoch hinaus, aber sicher', // Tue 09.11. 07:30–15:30, Werkhalle Bauhof Schrobenhausen, KUVB, Brunner, aerial work platforms / fall protection, free
  aufenthalt: 'Aufenthaltsrecht kompakt: Aufenthaltstitel, Visum und Niederlassungserlaubnis', // Wed 10.11. 09:00–16:00, Landratsamt, BVS, Dr. Eberl, 220 €
  web: 'Für alle lesbar', // Thu 18.11. 09:00–11:00, online, PE, Pfeiffer, accessible websites (BITV), free
  zeit: 'Der Tag hat nur acht Stunden', // Tue 23.11. 09:00–16:00, Kolpinghaus Neuburg, VHS Neuburg, Faltermeier, time management, 95 €
  namensrecht: 'Namensrecht neu: Ehename, Geburtsname und Doppelname nach der Reform', // Thu 25.11. 09:00–15:30, Rathaus Rennertshofen, BVS, Dr. Eberl, 195 €
  jahresabschluss: 'Bilanz ziehen', // Thu 02.12. 09:00–16:00, Landratsamt, BKPV, Mayr, year-end accounts (Doppik), 240 €, deadline Fri 12.11. 12:00
  erechnung: 'Papierlos vom Eingang bis zur Zahlung', // Tue 07.12. 10:00–11:30, online, AKDB, Stöckl, e-invoices (XRechnung), free
  buerger: 'Alle an einen Tisch', // Wed 19.01.2028 09:00–16:00, Rathaus Neuburg, Bayerischer Gemeindetag, Obermaier, citizen participation, 150 €
  einfuehrung: 'Ankommen und durchstarten: Einführungstag für neue Beschäftigte', // Tue 08.02.2028 08:30–15:00, Landratsamt, PE, Wagner, free
  hundesteuer: 'Hundesteuer und Hundehaltung: Satzung, Veranlagung und Vollzug', // draft (Wed 16.02.2028)
  mobil: 'Mobiles Arbeiten rechtssicher gestalten: Dienstvereinbarung und Arbeitsschutz', // draft (Tue 30.11.2027)
  powerpoint: 'Präsentieren mit PowerPoint: Folien, die wirken', // cancelled (Fri 01.10.2027)
  friedhof: 'Friedhofsgebühren kalkulieren: Satzung und Gebührenbedarfsberechnung', // cancelled (Wed 03.11.2027)
  hitze: 'Hitze und UV-Strahlung: Schutz bei der Arbeit im Freien', // past (Tue 29 June 2027)
  okewo: 'OK.EWO: Neuerungen im Melderecht und im Verfahren', // past (Thu 15 July 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.hundesteuer, T.mobil, T.powerpoint, T.friedhof, T.hitze, T.okewo];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  {
    conv: 'heute',
    q: 'Ich bin seit Juli in der Kämmerei und habe heute Nachmittag noch etwas Luft. Läuft heute noch ein Seminar?',
    kind: 'list',
    titles: [T.klick],
  },
  {
    conv: 'heute',
    q: 'wann fängt das an?',
    kind: 'facts',
    titles: [T.klick],
    says: ['beginnt am Di., 14.09.2027 um 13:30 Uhr'],
  },
  {
    conv: 'morgen',
    q: 'Ich habe morgen für eine Fortbildung frei bekommen, weiß aber noch nicht, für welche. Was ist morgen?',
    kind: 'list',
    titles: [T.grundsteuer],
  },
  { conv: 'morgen', q: 'was kostet das', kind: 'facts', titles: [T.grundsteuer], says: ['kostet 180 €'] },
  {
    conv: 'morgen',
    q: 'wer leitet das?',
    kind: 'facts',
    titles: [T.grundsteuer],
    says: ['leitet Frau Dr. Andrea Wittmann'],
  },
  {
    conv: 'fuehrung',
    q: 'Ich bin seit Juli Sachgebietsleiterin im Bauamt und habe auf einmal sechs Leute unter mir. Gibt es etwas für neue Führungskräfte?',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'fuehrung',
    q: 'wann genau ist das?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 28.10.2027 und Do., 04.11.2027', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    conv: 'fuehrung',
    q: 'bis wann muss ich mich anmelden?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['bis Fr., 08.10.2027, 23:59 Uhr'],
  },
  {
    conv: 'kasse',
    q: 'Ich bin seit Juli in der Kämmerei und soll ab Oktober auch die Barkasse führen. Gibt es dazu eine Schulung?',
    kind: 'list',
    titles: [T.kasse],
  },
  {
    conv: 'kasse',
    q: 'bis wann hätte ich mich anmelden müssen?',
    kind: 'facts',
    titles: [T.kasse],
    says: ['ist am Fr., 10.09.2027, 12:00 Uhr abgelaufen'],
  },
  {
    conv: 'english',
    q: "I work at the front desk in Schrobenhausen and more and more residents don't speak German. Is there an English course for us?",
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  {
    conv: 'english',
    q: 'what is the registration deadline?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['until Thu, 16 Sep 2027, 23:59'],
  },
  {
    conv: 'baum',
    q: 'Nach dem Sturm im August müssen wir alle Straßenbäume kontrollieren. Gibt es eine Schulung zur Baumkontrolle?',
    kind: 'list',
    titles: [T.baum],
  },
  {
    conv: 'baum',
    q: 'sind noch plätze frei?',
    kind: 'facts',
    titles: [T.baum],
    says: ['noch 16 von 16 Plätzen frei'],
  },
  {
    conv: 'excel',
    q: 'Ich habe seit Juli die Einwohnerstatistik übernommen und kämpfe jeden Tag mit Excel. Gibt es einen Kurs für Anfänger?',
    kind: 'list',
    titles: [T.excel],
  },
  {
    conv: 'excel',
    q: 'an welchen tagen ist der?',
    kind: 'facts',
    titles: [T.excel],
    says: ['an 2 Tagen', 'Mo., 11.10.2027 und Mo., 18.10.2027', 'jeweils von 17:30 bis 20:30 Uhr'],
  },
  {
    conv: 'auskunft',
    q: 'Bei uns hat ein Bürger schriftlich verlangt, dass wir ihm alle Daten schicken, die wir über ihn gespeichert haben. Gibt es dazu eine Fortbildung?',
    kind: 'list',
    titles: [T.auskunft],
  },
  {
    conv: 'auskunft',
    q: 'kann man da auch online teilnehmen?',
    kind: 'facts',
    titles: [T.auskunft],
    says: ['findet hybrid statt: im Landratsamt Neuburg-Schrobenhausen'],
  },
  {
    conv: 'teams',
    q: 'I joined the IT team in July and now I have to host our weekly meetings in Microsoft Teams. Is there any training on that?',
    locale: 'en',
    kind: 'list',
    titles: [T.teams],
  },
  {
    conv: 'teams',
    q: 'how long does it take?',
    locale: 'en',
    kind: 'facts',
    titles: [T.teams],
    says: ['lasts 1.5 hours, from 14:00 to 15:30'],
  },
  // --- facts -----------------------------------------------------------------------------------------------------------
  {
    q: 'wann ist der nächste erste-hilfe-kurs?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['am Mi., 06.10.2027 von 08:30 bis 16:00 Uhr'],
  },
  {
    q: 'Ich bin Ersthelferin in unserer Gemeinde und meine Bescheinigung läuft bald ab. Kostet die Erste-Hilfe-Fortbildung etwas?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangskosten übernimmt die KUVB für ihre Mitglieder.'],
  },
  {
    q: 'Wir schicken zwei Kollegen vom Bauhof zur Schulung für Hubarbeitsbühnen. Wo findet die statt?',
    kind: 'facts',
    titles: [T.hubarbeit],
    says: ['findet in der Werkhalle des Bauhofs Schrobenhausen statt'],
  },
  {
    q: 'Ich ertrinke seit Wochen in Arbeit und meine Chefin hat mir das Seminar zum Zeitmanagement empfohlen. Wie lange dauert das?',
    kind: 'facts',
    titles: [T.zeit],
    says: ['dauert 7 Stunden, von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'Ich bin seit Juli in der Ausländerbehörde. Wer leitet das Seminar zum Aufenthaltsrecht?',
    kind: 'facts',
    titles: [T.aufenthalt],
    says: ['leitet Herr Dr. Thomas Eberl'],
  },
  {
    q: 'Ich bin seit Juli in der Kämmerei und muss zum ersten Mal beim Jahresabschluss mitarbeiten. Bis wann kann ich mich für die Schulung dazu anmelden?',
    kind: 'facts',
    titles: [T.jahresabschluss],
    says: ['bis Fr., 12.11.2027, 12:00 Uhr'],
  },
  {
    q: "I'm new in the mayor's office and write a lot of letters. How much is the Word course?",
    locale: 'en',
    kind: 'facts',
    titles: [T.word],
    says: ['costs €59'],
    mentions: ['Die Gebühr wird über die Kostenstelle Ihrer Dienststelle abgerechnet.'],
  },
  {
    q: 'Ich bin seit dem Frühjahr Standesbeamtin. Findet das Seminar zum neuen Namensrecht in Präsenz statt?',
    kind: 'facts',
    titles: [T.namensrecht],
    says: ['findet in Präsenz statt, im Rathaus Rennertshofen'],
  },
  {
    q: 'when is the course on dealing with aggressive citizens at the counter?',
    locale: 'en',
    kind: 'facts',
    titles: [T.schalter],
    says: ['on Wed, 27 Oct 2027 from 09:00 to 16:00'],
  },
  // --- topic searches: typos, words only in summary or description, everyday words, English ----------------------------
  {
    q: 'Letzte Woche hat bei uns jemand auf eine gefälschte Paketmail geklickt. Gibt es eine Schulung, wie man so etwas erkennt?',
    kind: 'list',
    titles: [T.klick],
  },
  { q: 'serienbrief word', kind: 'list', titles: [T.word] },
  {
    q: 'Ich muss im Frühjahr bei der Bürgerversammlung reden und bekomme jetzt schon Lampenfieber. Gibt es da was?',
    kind: 'list',
    first: T.stimme,
  },
  { q: 'grundsteur hebesatz', kind: 'list', titles: [T.grundsteuer] },
  {
    q: 'Ich pflege seit Juli die Homepage unserer Gemeinde. Gibt es etwas zur Barrierefreiheit?',
    kind: 'list',
    titles: [T.web],
  },
  { q: 'zeitmanagment', kind: 'list', titles: [T.zeit] },
  { q: 'onboarding for new staff', locale: 'en', kind: 'list', titles: [T.einfuehrung] },
  {
    q: 'Bei uns im Bürgerbüro ist letzte Woche ein Mann richtig laut geworden. Gibt es ein Seminar zum Umgang mit aggressiven Bürgern?',
    kind: 'list',
    titles: [T.schalter],
  },
  { q: 'bürgerbeteiligung moderieren', kind: 'list', titles: [T.buerger] },
  {
    q: 'Unser Bauunternehmer schickt seine Rechnungen nur noch als XRechnung. Gibt es eine Schulung, wie wir die bearbeiten?',
    kind: 'list',
    titles: [T.erechnung],
  },
  // --- time and place filters, format, provider, trainer, audience, cost, length ---------------------------------------
  { q: 'was ist diese woche noch los?', kind: 'list', titles: [T.klick, T.grundsteuer, T.stimme, T.word] },
  { q: 'any online sessions this week?', locale: 'en', kind: 'list', titles: [T.klick, T.word] },
  { q: 'was ist diese woche vormittags?', kind: 'list', titles: [T.grundsteuer, T.word] },
  {
    q: 'Ich bin nächste Woche noch im Haus, danach im Urlaub. Was läuft nächste Woche?',
    kind: 'list',
    titles: [T.kasse, T.english, T.auskunft, T.baum],
  },
  {
    q: 'Freitags habe ich meistens Luft. Ist am Freitag was?',
    kind: 'list',
    titles: [T.word],
  },
  {
    q: 'Ich komme Ende September aus der Elternzeit zurück. Was gibt es im Oktober?',
    kind: 'list',
    titles: [T.ersteHilfe, T.excel, T.teams, T.schalter, T.fuehrung],
  },
  {
    q: 'Unser Fortbildungsbudget ist für dieses Jahr aufgebraucht. Gibt es im Oktober kostenlose Seminare?',
    kind: 'list',
    titles: [T.ersteHilfe, T.teams, T.schalter],
  },
  { q: 'seminare im dezember', kind: 'list', titles: [T.jahresabschluss, T.erechnung] },
  {
    q: 'Bis Weihnachten bin ich mit der Haushaltsplanung voll ausgelastet. Was gibt es nächstes Jahr?',
    kind: 'list',
    titles: [T.buerger, T.einfuehrung],
  },
  { q: 'gibt es abendkurse?', kind: 'list', ...only(T.stimme, T.excel) },
  { q: 'online am nachmittag', kind: 'list', ...only(T.klick, T.teams) },
  {
    q: 'Ich wohne in Schrobenhausen und fahre ungern weit. Welche Seminare finden in Schrobenhausen statt?',
    kind: 'list',
    ...only(T.english, T.excel, T.schalter, T.hubarbeit),
  },
  { q: 'welche seminare hält dr. eberl?', kind: 'list', ...only(T.aufenthalt, T.namensrecht) },
  { q: 'what does the AKDB offer?', locale: 'en', kind: 'list', ...only(T.teams, T.erechnung) },
  {
    q: 'Ich bin seit Juli Vorarbeiter im Bauhof. Welche Schulungen gibt es für uns?',
    kind: 'list',
    ...only(T.baum, T.hubarbeit),
  },
  {
    q: 'seminare über 200 euro',
    kind: 'list',
    ...only(T.kasse, T.fuehrung, T.aufenthalt, T.jahresabschluss),
  },
  {
    q: 'welche seminare dauern höchstens zwei stunden?',
    kind: 'list',
    ...only(T.klick, T.stimme, T.teams, T.web, T.erechnung),
  },
  { q: 'gibt es mehrtägige seminare?', kind: 'list', ...only(T.excel, T.fuehrung) },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'gibt es den powerpoint kurs noch?', kind: 'gone', gone: T.powerpoint },
  {
    q: 'Ich habe im Frühjahr von einem Seminar zu den Friedhofsgebühren gehört. Findet das noch statt?',
    kind: 'gone',
    gone: T.friedhof,
  },
  { q: 'hitzeschutz schulung', kind: 'gone', gone: T.hitze, says: ['Di., 29.06.2027'] },
  {
    q: 'Ich war im Juli im Urlaub und habe die OK.EWO-Schulung verpasst. Wann war die?',
    kind: 'gone',
    gone: T.okewo,
    says: ['Do., 15.07.2027'],
  },
  {
    q: 'Ich bin seit Juli in der Kämmerei und soll zusätzlich die Hundesteuer übernehmen. Gibt es dazu ein Seminar?',
    kind: 'none',
  },
  { q: 'gibt es was zum thema homeoffice?', kind: 'none' },
  { q: 'was gibt es in ehekirchen?', kind: 'none' },
  { q: 'Grüß Gott!', kind: 'help' },
  { q: 'Für welche Seminare bin ich eigentlich schon angemeldet?', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-eighty-first, independent catalogue (Landkreis Neuburg-Schrobenhausen, BVS, KUVB, AKDB, BKPV, VHS)',
  {
    fixture: 'heldout281-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
