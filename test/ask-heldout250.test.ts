// Over-fitting check, two-hundred-and-fiftieth catalogue: the 2027 programme for the Landkreis Schaumburg (Lower Saxony)
// and its towns and Samtgemeinden (Stadthagen, Bückeburg, Rinteln, Obernkirchen, Bad Nenndorf, Rodenberg), with the
// Niedersächsisches Studieninstitut für kommunale Verwaltung (NSI), the county's Fachdienst Personal (Fortbildung), the
// IT-Service des Landkreises Schaumburg, the Unfallkasse Niedersachsen and the Volkshochschule Schaumburg (VHS),
// imported from a JSON file. Seminars take place in the Kreishaus Stadthagen, the Rathaus Stadthagen, the VHS
// Bildungszentrum in Stadthagen, the town halls of Bückeburg, Rinteln, Obernkirchen, Bad Nenndorf and Rodenberg,
// online or hybrid. Several titles do not name their subject ("Klick mit Köpfchen" is phishing / information
// security, "Die Batterie wieder aufladen" stress and burn-out, "Wenn der Ton rauer wird" de-escalation, "Ordnung im
// digitalen Regal" the e-file, "Der Tag hat nur acht Stunden" time management, "Klartext für alle" plain language,
// "Neu an der Spitze" leadership, "Besprechungen, die sich lohnen" meeting moderation, "Vielfalt am Schalter"
// intercultural competence), so only summary, description or topics reveal it; one seminar is held in English; the
// leadership course runs on two days; the e-file course is open only to the Samtgemeinden Nenndorf, Rodenberg and
// Lindhorst; first aid is free, paid by the Unfallkasse.
// Questions are polite full sentences with a little story around them (the asker's job, a colleague's request), the
// way staff write to a help desk, about a quarter in English, written without looking at the parser or the answers.
//
// Calendar around `now` (Monday 14 June 2027, 09:00 in Stadthagen, summer time; winter time begins Sun 31.10.2027):
//   this week:  nothing more today; Tue 15.06. 09:00–11:30 phishing (online), Wed 16.06. 14:00–16:00 AI (hybrid,
//               Rathaus Bad Nenndorf), Thu 17.06. 13:00–16:00 data protection (Rathaus Stadthagen); all free
//   next week:  Mon 21.06. 09:00–12:30 Excel (VHS Stadthagen, 89 €), Wed 23.06. 14:00–16:30 stress (online, free),
//               Thu 24.06. 09:00–12:30 English (Rathaus Bückeburg, 95 €; deadline passed Fri 11.06. 23:59)
//   then:       Tue 29.06. Doppik (Kreishaus), nothing on Mon 28.06.
//   July:       Thu 01. first aid (Rinteln, 08:30–16:00, free), Tue 06. de-escalation (Obernkirchen, free, 12 seats),
//               Wed 07. Outlook (online, 49 €), Tue 13. procurement (Kreishaus, 240 €, 18 seats; deadline Fri 25.06.
//               12:00); the cancelled telephone course (Thu 08.07.) and chainsaw course (Wed 14.07.)
//   August:     Tue 10. Teams (online, 10:00–11:30), Thu 12. e-file (Rodenberg, members only), Wed 18. time management
//               (online), Thu 26. council minutes (Obernkirchen; deadline Fri 06.08. 23:59)
//   September:  Tue 07. plain language (Rathaus Bückeburg), Thu 16. building code (Rathaus Rinteln), Mon 20./Tue 21.
//               leadership (Kreishaus, 480 €; deadline Fri 20.08. 23:59), Wed 22. TVöD (online); the draft social
//               media course on Wed 15.09.
//   October:    Tue 05. meeting moderation (hybrid, Kreishaus, for managers), Tue 12. intercultural (Bad Nenndorf),
//               Tue 19. housing benefit (online); the draft flood-protection course on Thu 04.11.
//   past:       Wed 21.04.2027 safety representatives (Bückeburg), Tue 11.05.2027 accessible PDFs (online).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-06-14T07:00:00Z'); // Monday, 14 June 2027, 09:00 in Stadthagen (CEST)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Klick mit Köpfchen', // Tue 15.06. 09:00–11:30, online, IT-Service, Meyer, phishing / passwords, free
  ki: 'Künstliche Intelligenz im Büro: Chancen, Grenzen, Spielregeln', // Wed 16.06. 14:00–16:00, hybrid (Rathaus Bad Nenndorf), IT-Service, Meyer, free
  datenschutz: 'Datenschutz in der Kommunalverwaltung: DSGVO kompakt', // Thu 17.06. 13:00–16:00, Rathaus Stadthagen, Fachdienst Personal, Dr. Vogt, free
  excel: 'Excel im Verwaltungsalltag: Formeln, Filter und Pivot-Tabellen', // Mon 21.06. 09:00–12:30, VHS Stadthagen, Brinkmann, 89 € (Dienststelle pays)
  stress: 'Die Batterie wieder aufladen', // Wed 23.06. 14:00–16:30, online, Unfallkasse, Schulte, stress / burn-out, free
  english: 'Can I Help You? English for the Front Desk', // Thu 24.06. 09:00–12:30, Rathaus Bückeburg, VHS, MacLeod, 95 €, deadline passed Fri 11.06. 23:59
  doppik: 'Doppik verstehen: der Jahresabschluss in der Kommune', // Tue 29.06. 09:00–16:00, Kreishaus, NSI, Dr. Albers, 260 €
  ersteHilfe: 'Erste-Hilfe-Fortbildung für betriebliche Ersthelfende', // Thu 01.07. 08:30–16:00, Rathaus Rinteln, Unfallkasse, Kruse, free (Unfallkasse pays)
  deeskalation: 'Wenn der Ton rauer wird', // Tue 06.07. 09:00–15:00, Rathaus Obernkirchen, Unfallkasse, Schulte, free, 12 seats
  outlook: 'Outlook im Griff: E-Mails, Kalender und Aufgaben', // Wed 07.07. 09:00–12:00, online, VHS, Brinkmann, 49 €
  vergabe: 'Öffentliche Aufträge rechtssicher vergeben', // Tue 13.07. 09:00–16:00, Kreishaus, NSI, Dr. Albers, 240 €, 18 seats, deadline Fri 25.06. 12:00
  teams: 'Zusammenarbeit mit Microsoft Teams', // Tue 10.08. 10:00–11:30, online, IT-Service, Hoppe, free
  eakte: 'Ordnung im digitalen Regal', // Thu 12.08. 09:00–12:00, Rathaus Rodenberg, IT-Service, Hoppe, e-file, only SG Nenndorf/Rodenberg/Lindhorst, free
  zeit: 'Der Tag hat nur acht Stunden', // Wed 18.08. 09:00–12:00, online, VHS, Lindemann, time management, 59 €
  sitzung: 'Sitzungsdienst und Protokollführung für Rat und Ausschüsse', // Thu 26.08. 09:00–16:00, Rathaus Obernkirchen, NSI, Rehberg, 190 €, deadline Fri 06.08. 23:59
  klartext: 'Klartext für alle', // Tue 07.09. 09:00–16:00, Rathaus Bückeburg, VHS, Lindemann, 135 €, plain language
  bau: 'Niedersächsische Bauordnung: Neuerungen für die Bauaufsicht', // Thu 16.09. 09:00–16:00, Rathaus Rinteln, NSI, Kötter, 220 €
  fuehrung: 'Neu an der Spitze', // Mon 20.09. and Tue 21.09. 09:00–16:30, Kreishaus, NSI, Dr. Hartmann, 480 €, new managers, deadline Fri 20.08. 23:59
  tvoed: 'TVöD kompakt: Eingruppierung, Stufen und Entgelt', // Wed 22.09. 09:00–15:00, online, NSI, Ebeling, 150 €
  besprechung: 'Besprechungen, die sich lohnen', // Tue 05.10. 13:00–16:30, hybrid (Kreishaus), Fachdienst Personal, Wessel, moderation, for managers, free
  interkulturell: 'Vielfalt am Schalter', // Tue 12.10. 09:00–15:00, Rathaus Bad Nenndorf, Fachdienst Personal, Yildiz, intercultural, free
  wohngeld: 'Wohngeldrecht aktuell', // Tue 19.10. 09:00–12:30, online, NSI, Busche, 110 €, Mietzuschuss in the description
  socialMedia: 'Social Media für Verwaltungen: Instagram, Facebook und Co.', // draft (Wed 15.09.)
  hochwasser: 'Hochwasserschutz an der Weser: Alarm- und Einsatzpläne', // draft (Thu 04.11.)
  telefon: 'Professionell am Telefon: Knigge für den Bürgerservice', // cancelled (Thu 08.07.2027)
  motorsaege: 'Motorsägen-Grundkurs für Bauhöfe', // cancelled (Wed 14.07.2027)
  pdf: 'Barrierefreie PDF-Dokumente erstellen', // past (Tue 11 May 2027)
  sicherheit: 'Grundseminar für Sicherheitsbeauftragte', // past (Wed 21 April 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.socialMedia, T.hochwasser, T.telefon, T.motorsaege, T.pdf, T.sicherheit];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  {
    conv: 'phish',
    q: 'Guten Morgen! In unserem Fachdienst sind in letzter Zeit auffällig viele gefälschte E-Mails angekommen, und meine Teamleiterin möchte, dass wir alle geschult werden. Gibt es ein Seminar zum Thema Phishing?',
    kind: 'list',
    titles: [T.phishing],
  },
  {
    conv: 'phish',
    q: 'Vielen Dank. Können Sie mir sagen, wann dieses Seminar stattfindet?',
    kind: 'facts',
    titles: [T.phishing],
    says: ['am Di., 15.06.2027 von 09:00 bis 11:30 Uhr'],
  },
  {
    conv: 'phish',
    q: 'Muss ich dafür irgendwo hinfahren, oder findet es online statt?',
    kind: 'facts',
    titles: [T.phishing],
    says: ['findet online statt'],
  },
  {
    conv: 'stress',
    q: 'Hello, I work in the youth welfare office, and several colleagues have been feeling burnt out lately. Is there a course on coping with stress?',
    locale: 'en',
    kind: 'list',
    titles: [T.stress],
  },
  {
    conv: 'stress',
    q: 'Thank you! Who is leading it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.stress],
    says: ['is led by Frau Miriam Schulte'],
  },
  {
    conv: 'stress',
    q: 'And does it cost anything?',
    locale: 'en',
    kind: 'facts',
    titles: [T.stress],
    says: ['is free of charge'],
  },
  {
    conv: 'ton',
    q: 'Guten Tag, ich arbeite am Empfang des Straßenverkehrsamts, und es kommt immer wieder vor, dass Besucher laut und beleidigend werden. Gibt es eine Fortbildung, die mir hilft, in solchen Situationen ruhig zu bleiben?',
    kind: 'list',
    titles: [T.deeskalation],
  },
  {
    conv: 'ton',
    q: 'Wo genau findet das Seminar statt?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['im Rathaus Obernkirchen, Marktplatz 4, 31683 Obernkirchen'],
  },
  {
    conv: 'ton',
    q: 'Sind für dieses Seminar noch Plätze frei?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  {
    conv: 'ki',
    q: 'Hallo, unser Amtsleiter überlegt, ob wir ChatGPT für unsere Arbeit nutzen dürfen. Gibt es dazu eine Schulung?',
    kind: 'list',
    titles: [T.ki],
  },
  {
    conv: 'ki',
    q: 'Findet die Schulung vor Ort oder online statt?',
    kind: 'facts',
    titles: [T.ki],
    says: ['findet hybrid statt: im Rathaus Bad Nenndorf, Bahnhofstraße 8, 31542 Bad Nenndorf oder online'],
  },
  {
    conv: 'ki',
    q: 'Und um wie viel Uhr beginnt sie?',
    kind: 'facts',
    titles: [T.ki],
    says: ['beginnt am Mi., 16.06.2027 um 14:00 Uhr'],
  },
  {
    conv: 'lead',
    q: 'Good morning. I have just been promoted and will lead a team of my own for the first time. My manager suggested a leadership course – what would you recommend?',
    locale: 'en',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'lead',
    q: 'When does it take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['on 2 days', 'Mon, 20 Sep 2027 and Tue, 21 Sep 2027', 'each from 09:00 to 16:30'],
  },
  {
    conv: 'lead',
    q: 'Until when do I have to register?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['until Fri, 20 Aug 2027, 23:59'],
  },
  {
    conv: 'lead',
    q: 'How much does it cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['costs €480'],
  },
  {
    conv: 'vergabe',
    q: 'Guten Tag, ich habe vor Kurzem die Zentrale Vergabestelle übernommen und muss mich in das Vergaberecht einarbeiten. Welche Fortbildung können Sie mir empfehlen?',
    kind: 'list',
    titles: [T.vergabe],
  },
  {
    conv: 'vergabe',
    q: 'Bis wann muss ich mich dafür anmelden?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Fr., 25.06.2027, 12:00 Uhr'],
  },
  {
    conv: 'vergabe',
    q: 'Und wer ist der Referent?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['leitet Herr Dr. Henning Albers'],
  },
  {
    conv: 'klar',
    q: 'Guten Tag, bei uns beschweren sich immer wieder Leute, dass unsere Bescheide zu kompliziert formuliert sind. Gibt es ein Seminar zu leichter oder einfacher Sprache?',
    kind: 'list',
    titles: [T.klartext],
  },
  { conv: 'klar', q: 'Was kostet die Teilnahme?', kind: 'facts', titles: [T.klartext], says: ['kostet 135 €'] },
  {
    conv: 'klar',
    q: 'Und wann und wo findet der Kurs statt?',
    kind: 'facts',
    titles: [T.klartext],
    says: ['am Di., 07.09.2027 von 09:00 bis 16:00 Uhr im Rathaus Bückeburg, Marktplatz 2, 31675 Bückeburg statt'],
  },
  {
    conv: 'eakte',
    q: 'Hi, our records office is switching to a document management system soon. Is there any training on the electronic file?',
    locale: 'en',
    kind: 'list',
    titles: [T.eakte],
  },
  {
    conv: 'eakte',
    q: 'Where is it held?',
    locale: 'en',
    kind: 'facts',
    titles: [T.eakte],
    says: ['takes place at Rathaus Rodenberg, Amtsstraße 5, 31552 Rodenberg'],
  },
  {
    conv: 'teams',
    q: 'Hallo, unsere Abteilung soll künftig für Videokonferenzen und gemeinsame Dateien Microsoft Teams verwenden. Gibt es dafür eine Einführung?',
    kind: 'list',
    titles: [T.teams],
  },
  {
    conv: 'teams',
    q: 'Wie lange dauert diese Einführung?',
    kind: 'facts',
    titles: [T.teams],
    says: ['dauert 1,5 Stunden, von 10:00 bis 11:30 Uhr'],
  },
  // --- facts -----------------------------------------------------------------------------------------------------------
  {
    q: 'Meine Kollegin aus dem Ordnungsamt möchte den Excel-Kurs der VHS besuchen, und ihr Vorgesetzter fragt nach den Kosten. Was kostet der Excel-Kurs?',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 89 €'],
    mentions: ['Die Gebühr übernimmt die entsendende Dienststelle.'],
  },
  {
    q: 'I have been asked to brush up my English for visitors at our counter. How much is the English course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['costs €95'],
  },
  {
    q: 'Ich bin neu als Ersthelfer benannt worden und soll an der Fortbildung teilnehmen. Kostet der Erste-Hilfe-Kurs etwas?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangskosten übernimmt die Unfallkasse Niedersachsen für ihre Mitgliedsbetriebe.'],
  },
  {
    q: 'Ich plane gerade meinen Urlaub und möchte keinen Termin verpassen. Wann findet das Doppik-Seminar zum Jahresabschluss statt?',
    kind: 'facts',
    titles: [T.doppik],
    says: ['am Di., 29.06.2027 von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'Our first aiders need to be there on time. What time does the first aid course start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['starts on Thu, 1 Jul 2027 at 08:30'],
  },
  {
    q: 'Eine Kollegin aus dem Bauamt fragt, wo das Seminar zur Niedersächsischen Bauordnung stattfindet. Wissen Sie das?',
    kind: 'facts',
    titles: [T.bau],
    says: ['im Rathaus Rinteln, Klosterstraße 19, 31737 Rinteln'],
  },
  {
    q: 'Ein Kollege aus dem Ratsbüro möchte das Seminar zum Sitzungsdienst besuchen. Wer leitet es?',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['leitet Herr Tobias Rehberg'],
  },
  {
    q: 'What is the registration deadline for the English course for the front desk?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 11 Jun 2027, 23:59'],
  },
  {
    q: 'Mein Teamleiter hat mich gebeten nachzufragen: Findet das Seminar „Besprechungen, die sich lohnen“ online oder in Präsenz statt?',
    kind: 'facts',
    titles: [T.besprechung],
    says: ['findet hybrid statt: im Kreishaus Stadthagen, Jahnstraße 20, 31655 Stadthagen oder online'],
  },
  // --- topic searches: typos, words only in summary or description, synonyms ------------------------------------------
  {
    q: 'Ich bin neu in der Personalabteilung und muss bald Stellen bewerten. Gibt es eine Schulung zur Eingruppierung nach dem Tarifvertrag?',
    kind: 'list',
    titles: [T.tvoed],
  },
  {
    q: 'Ich komme mit meinen Aufgaben kaum hinterher und verliere oft den Überblick. Gibt es ein Seminar zum Zeitmanagement?',
    kind: 'list',
    titles: [T.zeit],
  },
  {
    q: 'Mein Kollege im Sozialamt bearbeitet seit Kurzem Anträge auf Mietzuschuss. Gibt es dafür eine passende Fortbildung?',
    kind: 'list',
    titles: [T.wohngeld],
  },
  {
    q: 'Ich suche etwas zum Thema Datenschuz, weil wir im Team unsicher sind, welche Auskünfte wir geben dürfen. Haben Sie da etwas?',
    kind: 'list',
    titles: [T.datenschutz],
  },
  {
    q: 'Hallo! Ich soll bei uns im Amt künftig die Teamrunden moderieren. Gibt es dazu ein Seminar?',
    kind: 'list',
    titles: [T.besprechung],
  },
  {
    q: 'Hello, many of the people who come to see us have only just arrived in Germany. Is there any training on intercultural communication?',
    locale: 'en',
    kind: 'list',
    titles: [T.interkulturell],
  },
  {
    q: 'Guten Tag, unsere Kollegin möchte ihre Kenntnisse in Outlok verbessern, vor allem beim Kalender. Gibt es dazu einen Kurs?',
    kind: 'list',
    titles: [T.outlook],
  },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, cost, length, language ----------------
  {
    q: 'Ich habe diese Woche noch etwas Luft. Welche Seminare finden diese Woche noch statt?',
    kind: 'list',
    titles: [T.phishing, T.ki, T.datenschutz],
  },
  {
    q: 'Mein Chef hat gesagt, ich darf nächste Woche an einer Fortbildung teilnehmen. Was wird nächste Woche angeboten?',
    kind: 'list',
    titles: [T.excel, T.stress, T.english],
  },
  {
    q: 'Welche kostenlosen Seminare gibt es in den nächsten zwei Wochen? Vielen Dank im Voraus!',
    kind: 'list',
    titles: [T.phishing, T.ki, T.datenschutz, T.stress],
  },
  {
    q: "I'd like to plan my training ahead. What courses are there next month?",
    locale: 'en',
    kind: 'list',
    titles: [T.ersteHilfe, T.deeskalation, T.outlook, T.vergabe],
  },
  {
    q: 'Im August ist bei uns wenig los, und ich würde gern von zu Hause aus an einer Fortbildung teilnehmen. Welche Online-Seminare gibt es im August?',
    kind: 'list',
    titles: [T.teams, T.zeit],
  },
  {
    q: 'Nächste Woche habe ich nur vormittags Zeit. Welche Seminare kommen da infrage?',
    kind: 'list',
    titles: [T.excel, T.english],
  },
  {
    q: 'Ich wohne in Obernkirchen und würde gern eine Fortbildung in der Nähe besuchen. Was wird in Obernkirchen angeboten?',
    kind: 'list',
    ...only(T.deeskalation, T.sitzung),
  },
  {
    q: 'Unsere Personalrätin möchte wissen, welche Seminare die Unfallkasse anbietet. Können Sie mir das sagen?',
    kind: 'list',
    ...only(T.stress, T.ersteHilfe, T.deeskalation),
  },
  {
    q: 'Eine Kollegin hat Herrn Hoppe als Referenten sehr gelobt. Welche Seminare leitet Herr Hoppe?',
    kind: 'list',
    ...only(T.teams, T.eakte),
  },
  {
    q: 'Ich leite seit Kurzem ein Sachgebiet. Welche Angebote gibt es speziell für Führungskräfte?',
    kind: 'list',
    ...only(T.fuehrung, T.besprechung),
  },
  {
    q: "Our new colleague from Ireland doesn't speak much German yet. Are there any seminars held in English?",
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  {
    q: 'Ich möchte ein Thema gern gründlich vertiefen. Gibt es auch mehrtägige Seminare im Programm?',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    q: 'Unsere Abteilung ist auf zwei Standorte verteilt. Welche Seminare werden hybrid angeboten?',
    kind: 'list',
    ...only(T.ki, T.besprechung),
  },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  {
    q: 'Eine Kollegin hat mir vom Telefon-Knigge erzählt. Wann findet der statt?',
    kind: 'gone',
    gone: T.telefon,
  },
  {
    q: 'Unser Bauhof wollte den Motorsägen-Grundkurs buchen. Was kostet er?',
    kind: 'gone',
    gone: T.motorsaege,
  },
  {
    q: 'Ich habe gehört, es gab einen Kurs zu barrierefreien PDF-Dokumenten. Wann war der?',
    kind: 'gone',
    gone: T.pdf,
    says: ['Di., 11.05.2027'],
  },
  {
    q: 'When was the basic seminar for Sicherheitsbeauftragte?',
    locale: 'en',
    kind: 'gone',
    gone: T.sicherheit,
    says: ['Wed, 21 Apr 2027'],
  },
  {
    q: 'Unsere Pressestelle fragt, ob es eine Schulung zu Social Media gibt, zum Beispiel zu Instagram. Wissen Sie das?',
    kind: 'none',
  },
  { q: 'Unsere Stadt liegt an der Weser. Gibt es ein Seminar zum Hochwasserschutz?', kind: 'none' },
  { q: 'Guten Tag, wie können Sie mir helfen?', kind: 'help' },
  { q: 'Hello! What can you help me with?', locale: 'en', kind: 'help' },
  {
    q: 'Ich habe mich vor einigen Wochen für ein Seminar angemeldet, weiß aber nicht mehr, für welches. Könnten Sie mir bitte meine Anmeldungen zeigen?',
    kind: 'myRegistrations',
  },
];

heldoutSuite(
  'answering questions about a two-hundred-and-fiftieth, independent catalogue (Landkreis Schaumburg, NSI, Unfallkasse Niedersachsen)',
  {
    fixture: 'heldout250-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
