// Over-fitting check, two-hundred-and-sixty-fifth catalogue: the 2027 programme for the Landkreis Rottweil (Baden-
// Württemberg) and its towns and municipalities (Rottweil, Schramberg, Oberndorf am Neckar, Sulz am Neckar, Dunningen,
// Zimmern ob Rottweil, Villingendorf, Deißlingen), with the Verwaltungsschule des Gemeindetags Baden-Württemberg (VWS),
// the Unfallkasse Baden-Württemberg, Komm.ONE, the Landratsamt's Personalentwicklung and the Volkshochschule Rottweil
// (VHS), imported from a JSON file. Seminars take place in the Landratsamt Rottweil, the town halls of Schramberg,
// Oberndorf am Neckar, Sulz am Neckar and Zimmern ob Rottweil, the Feuerwehrhaus Dunningen, the Bauhof Schramberg, the
// Volkshochschule Rottweil, online or hybrid. Several titles do not name their subject ("Wer klopft da an?" is social
// engineering / phishing, "Kopf frei nach Feierabend" stress, "Helfen, bis der Rettungsdienst kommt" first aid,
// "Abschied vom Aktenschrank" the e-file, "Fragen Sie doch mal F13" AI, "Die ersten hundert Tage" new managers,
// "Von der Einladung bis zur Niederschrift" council meetings, "Wohin fließt das Geld?" the budget for council members,
// "Wenn es laut wird" de-escalation, "Mehr Luft im Kalender" time management, "Besprechungen im virtuellen Raum"
// Teams video conferences), so only summary, description or topics reveal it; one seminar is held in English; the
// leadership course runs on two days across the start of summer time (Sun 28.03.2027); the e-file course is open only
// to Zimmern ob Rottweil, Dunningen and Villingendorf; first aid is free, paid by the Unfallkasse; the budget evening
// for council members starts at 18:00, the Bauhof course at 07:30.
// Questions are written the way real users write to the bot: polite full sentences with a short story about their job
// and situation, sometimes a town or a date in the story that is not meant as a filter, follow-ups in the same style,
// about a fifth in English, without looking at the parser or the answers.
//
// Calendar around `now` (Ash Wednesday, 10 February 2027, 11:00 in Rottweil, winter time; the Fasnet is over; summer
// time begins Sun 28.03.2027):
//   this week:  nothing more today; Thu 11.02. 09:00–11:30 social engineering (online, tomorrow), Fri 12.02.
//               09:00–12:00 annual accounts (hybrid, Landratsamt)
//   next week:  Mon 15.02. 13:30–16:00 Excel (online), Tue 16.02. 08:30–12:30 fines procedure (Rathaus Schramberg;
//               deadline passed Mon 08.02. 23:59), Thu 18.02. 14:00–15:30 stress (online)
//   then:       Tue 23.02. 09:00–16:00 procurement (Landratsamt; deadline Fri 12.02. 12:00)
//   March:      Wed 03. first aid (Feuerwehrhaus Dunningen, 08:00–16:00, free), the cancelled social-media course on
//               Thu 04., Tue 09. e-file (Rathaus Zimmern, members only), Thu 11. AI (hybrid, Rathaus Oberndorf,
//               13:00–16:30), Thu 25.03. (CET) and Thu 15.04. (CEST) leadership (Landratsamt, 09:00–16:30)
//   April:      Tue 13. council meetings (Rathaus Sulz; deadline Wed 31.03. 23:59), the cancelled cemetery course on
//               Wed 14., Tue 20. English (VHS), Wed 21. road works (Bauhof Schramberg, 07:30–15:30), Thu 29. budget for
//               council members (online, 18:00–20:30)
//   May:        Tue 04. service-bw (online), the draft French course on Wed 05., Wed 12. plain language (VHS), Tue 18.
//               de-escalation (Rathaus Schramberg)
//   June:       Tue 08. fees and charges (Landratsamt), Wed 16. data protection at home (online, 10:00–11:30)
//   later:      Wed 01.09. trainees' induction day (Landratsamt), Thu 07.10. time management (VHS), the draft winter
//               service course on Tue 09.11., Tue 16.11. Teams meetings (online, 09:00–11:00)
//   past:       Thu 21.01.2027 safety officers (Rathaus Oberndorf), Tue 26.01.2027 VAT § 2b UStG (online).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-02-10T10:00:00Z'); // Wednesday, 10 February 2027, 11:00 in Rottweil (CET)
const TZ = 'Europe/Berlin';

const T = {
  sicherheit: 'Wer klopft da an?', // Thu 11.02. 09:00–11:30, online, Komm.ONE, Haller, social engineering / phishing, free
  abschluss: 'Der Jahresabschluss im Neuen Kommunalen Haushaltsrecht', // Fri 12.02. 09:00–12:00, hybrid (Landratsamt), VWS, Dr. Hezel, 165 €
  excel: 'Pivot, SVERWEIS und Co.', // Mon 15.02. 13:30–16:00, online, VHS, Rapp, Excel, 69 € (Dienststelle pays)
  bussgeld: 'Das Bußgeldverfahren in der Ortspolizeibehörde', // Tue 16.02. 08:30–12:30, Rathaus Schramberg, VWS, Storz, 195 €, deadline passed Mon 08.02. 23:59
  stress: 'Kopf frei nach Feierabend', // Thu 18.02. 14:00–15:30, online, Unfallkasse, Kopp, stress, free
  vergabe: 'Vergaberecht kompakt: UVgO und VOB/A', // Tue 23.02. 09:00–16:00, Landratsamt, VWS, Kammerer, 240 €, 20 seats, deadline Fri 12.02. 12:00
  ersteHilfe: 'Helfen, bis der Rettungsdienst kommt', // Wed 03.03. 08:00–16:00, Feuerwehrhaus Dunningen, Unfallkasse, Glunk, first aid, free (Unfallkasse pays)
  eakte: 'Abschied vom Aktenschrank', // Tue 09.03. 09:00–12:30, Rathaus Zimmern, Komm.ONE, Brugger, e-file, only Zimmern/Dunningen/Villingendorf, free
  ki: 'Fragen Sie doch mal F13', // Thu 11.03. 13:00–16:30, hybrid (Rathaus Oberndorf), Komm.ONE, Haller, AI, free
  fuehrung: 'Die ersten hundert Tage', // Thu 25.03. (CET) and Thu 15.04. (CEST) 09:00–16:30, Landratsamt, VWS, Dr. Wössner, 520 €, new managers
  english: 'Welcome to Rottweil: English for the Service Desk', // Tue 20.04. 09:00–12:00, VHS Rottweil, VHS, McAllister, 85 €, in English
  sitzung: 'Von der Einladung bis zur Niederschrift', // Tue 13.04. 09:00–16:00, Rathaus Sulz, VWS, Storz, 175 €, council meetings, deadline Wed 31.03. 23:59
  strasse: 'Arbeitsstellen an Straßen sicher absichern', // Wed 21.04. 07:30–15:30, Bauhof Schramberg, Unfallkasse, Glunk, free
  ratHaushalt: 'Wohin fließt das Geld?', // Thu 29.04. 18:00–20:30, online, VWS, Dr. Hezel, 45 €, budget for council members
  servicebw: 'Onlineanträge mit service-bw', // Tue 04.05. 09:00–12:00, online, Komm.ONE, Brugger, OZG, free
  klartext: 'Klartext statt Amtsdeutsch', // Wed 12.05. 09:00–16:00, VHS Rottweil, VHS, Hermle, 130 €, plain language
  deeskalation: 'Wenn es laut wird', // Tue 18.05. 13:00–16:00, Rathaus Schramberg, Unfallkasse, Kopp, de-escalation, free
  gebuehren: 'Gebühren und Beiträge richtig kalkulieren', // Tue 08.06. 09:00–16:00, Landratsamt, VWS, Dr. Hezel, 210 €
  datenschutz: 'Datenschutz am heimischen Schreibtisch', // Wed 16.06. 10:00–11:30, online, PE, Flaig, free
  azubis: 'Gut angekommen: Einführungstag für Auszubildende', // Wed 01.09. 08:30–15:00, Landratsamt, PE, Flaig, free
  zeit: 'Mehr Luft im Kalender', // Thu 07.10. 09:00–16:00, VHS Rottweil, VHS, Hermle, 95 €, time management
  teams: 'Besprechungen im virtuellen Raum', // Tue 16.11. 09:00–11:00, online, Komm.ONE, Brugger, Teams video conferences, free
  franzoesisch: 'Bonjour! Französisch für Städtepartnerschaften', // draft (Wed 05.05., 17:00–19:00)
  winterdienst: 'Winterdienst: Räum- und Streupflicht der Gemeinden', // draft (Tue 09.11.)
  socialMedia: 'Instagram, Facebook & Co. für die Gemeinde', // cancelled (Thu 04.03.2027)
  friedhof: 'Friedhofsverwaltung und Bestattungsrecht', // cancelled (Wed 14.04.2027)
  sibe: 'Ausbildung für Sicherheitsbeauftragte', // past (Thu 21 January 2027)
  umsatzsteuer: 'Umsatzsteuer nach § 2b UStG in der Gemeinde', // past (Tue 26 January 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.franzoesisch, T.winterdienst, T.socialMedia, T.friedhof, T.sibe, T.umsatzsteuer];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  {
    conv: 'laut',
    q: 'Guten Tag! Ich arbeite im Bürgerbüro, und seit einiger Zeit werden manche Besucher am Schalter richtig ausfallend. Gibt es eine Fortbildung, in der man lernt, solche Situationen zu entschärfen?',
    kind: 'list',
    titles: [T.deeskalation],
  },
  {
    conv: 'laut',
    q: 'Vielen Dank! Und wer leitet das?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['leitet Frau Miriam Kopp'],
  },
  {
    conv: 'ki',
    q: 'Hallo, unser Bürgermeister möchte, dass wir uns mit künstlicher Intelligenz beschäftigen, und ich soll mich als Erste schlau machen. Gibt es dazu ein Seminar?',
    kind: 'list',
    titles: [T.ki],
  },
  {
    conv: 'ki',
    q: 'Danke schön! Kann ich da auch von meinem Büro aus teilnehmen, oder muss ich nach Oberndorf fahren?',
    kind: 'facts',
    titles: [T.ki],
    says: ['Rathaus Oberndorf am Neckar', 'oder online'],
  },
  {
    conv: 'ki',
    q: 'Super. Um wie viel Uhr geht es denn los?',
    kind: 'facts',
    titles: [T.ki],
    says: ['beginnt am Do., 11.03.2027 um 13:00 Uhr'],
  },
  {
    conv: 'fuehrung',
    q: 'Ich habe zum 1. März die Leitung unseres Standesamts übernommen und bin damit zum ersten Mal Vorgesetzte von vier Kolleginnen. Haben Sie etwas, das mir beim Einstieg in die Führungsrolle hilft?',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'fuehrung',
    q: 'Das klingt gut. An welchen Tagen genau findet das statt?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 25.03.2027 und Do., 15.04.2027', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    conv: 'fuehrung',
    q: 'Und was kostet der Kurs? Das muss ich vorher mit unserem Hauptamt abklären.',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['kostet 520 €'],
  },
  {
    conv: 'excel',
    q: "Hi, I've just started in the finance department and I spend half my day in spreadsheets. Is there an Excel course coming up?",
    locale: 'en',
    kind: 'list',
    titles: [T.excel],
  },
  {
    conv: 'excel',
    q: 'Thanks! Is it online or in a classroom?',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['takes place online'],
  },
  {
    conv: 'excel',
    q: 'And how long does it take? I have to arrange cover for the afternoon.',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['lasts 2.5 hours, from 13:30 to 16:00'],
  },
  {
    conv: 'vergabe',
    q: 'Guten Morgen, ich bin neu in der Beschaffungsstelle einer kleinen Gemeinde und muss demnächst meine erste Ausschreibung für Bauleistungen vorbereiten. Gibt es ein Seminar zum Vergaberecht?',
    kind: 'list',
    titles: [T.vergabe],
  },
  {
    conv: 'vergabe',
    q: 'Vielen Dank! Bis wann muss ich mich dafür anmelden?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Fr., 12.02.2027, 12:00 Uhr'],
  },
  {
    conv: 'vergabe',
    q: 'Sind da überhaupt noch Plätze frei? Meine Kollegin würde nämlich gern mitkommen.',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['noch 20 von 20 Plätzen frei'],
  },
  {
    conv: 'rat',
    q: 'Guten Abend! Ich bin seit der letzten Kommunalwahl ehrenamtlich im Gemeinderat und verstehe beim Haushaltsplan ehrlich gesagt nur Bahnhof. Gibt es etwas, das sich an Ratsmitglieder richtet?',
    kind: 'list',
    titles: [T.ratHaushalt],
  },
  {
    conv: 'rat',
    q: 'Prima, danke. Und wann genau ist das? Tagsüber kann ich leider nicht, ich arbeite Vollzeit.',
    kind: 'facts',
    titles: [T.ratHaushalt],
    says: ['am Do., 29.04.2027 von 18:00 bis 20:30 Uhr'],
  },
  {
    conv: 'rat',
    q: 'Kostet das für uns Ehrenamtliche etwas?',
    kind: 'facts',
    titles: [T.ratHaushalt],
    says: ['kostet 45 €'],
  },
  {
    conv: 'helfen',
    q: 'Hallo zusammen, in unserem Kindergarten müssen wir dieses Jahr zwei neue Ersthelferinnen benennen. Wann ist der nächste Erste-Hilfe-Kurs?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['am Mi., 03.03.2027 von 08:00 bis 16:00 Uhr'],
  },
  {
    conv: 'helfen',
    q: 'Danke! Müssen wir dafür etwas bezahlen? Unser Fortbildungsbudget ist ziemlich knapp.',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse Baden-Württemberg.'],
  },
  {
    conv: 'helfen',
    q: 'Und wo genau findet der Kurs statt?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['im Feuerwehrhaus Dunningen'],
  },
  {
    conv: 'english',
    q: 'Good morning! Our tourist information desk gets more and more visitors from abroad, and my English is a bit rusty. Do you have a language course for staff like me?',
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  {
    conv: 'english',
    q: 'Great, thank you. When does it take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['takes place on Tue, 20 Apr 2027 from 09:00 to 12:00'],
  },
  {
    conv: 'english',
    q: 'And who is the teacher?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['is led by Frau Fiona McAllister'],
  },
  {
    conv: 'sitzung',
    q: 'Ich bin Sekretärin im Hauptamt und übernehme demnächst die Protokolle der Gemeinderatssitzungen. Gibt es dafür eine passende Schulung?',
    kind: 'list',
    titles: [T.sitzung],
  },
  {
    conv: 'sitzung',
    q: 'Vielen Dank! Und bis wann kann ich mich anmelden?',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['bis Mi., 31.03.2027, 23:59 Uhr'],
  },
  // --- facts -----------------------------------------------------------------------------------------------------------
  {
    q: 'Ich leite die Kämmerei einer kleinen Gemeinde und möchte meine Stellvertreterin zum Seminar über den Jahresabschluss schicken. Was kostet das?',
    kind: 'facts',
    titles: [T.abschluss],
    says: ['kostet 165 €'],
  },
  {
    q: 'Unser Ordnungsamt ist stark unterbesetzt, deshalb soll ich mich ins Bußgeldverfahren einarbeiten. Bis wann kann man sich für das Seminar zum Bußgeldverfahren anmelden?',
    kind: 'facts',
    titles: [T.bussgeld],
    says: ['ist am Mo., 08.02.2027, 23:59 Uhr abgelaufen'],
  },
  {
    q: 'Ich leite einen Bauhof und plane gerade die Dienste für April. Um wie viel Uhr beginnt die Schulung zur Absicherung von Arbeitsstellen an Straßen?',
    kind: 'facts',
    titles: [T.strasse],
    says: ['beginnt am Mi., 21.04.2027 um 07:30 Uhr'],
  },
  {
    q: 'Wo findet eigentlich das Seminar zu Gebühren und Beiträgen statt? Ich komme aus Schramberg und habe kein Dienstauto.',
    kind: 'facts',
    titles: [T.gebuehren],
    says: ['im Landratsamt Rottweil, Königstraße 36, 78628 Rottweil'],
  },
  {
    q: 'Meine Abteilungsleitung hat mir den Kurs zur E-Akte empfohlen, weil unsere Gemeinde gerade umstellt. Wann findet der statt?',
    kind: 'facts',
    titles: [T.eakte],
    says: ['am Di., 09.03.2027 von 09:00 bis 12:30 Uhr'],
  },
  {
    q: "Who runs the training on Teams video conferences? I'd like to ask her a question in advance.",
    locale: 'en',
    kind: 'facts',
    titles: [T.teams],
    says: ['is led by Frau Jana Brugger'],
  },
  // --- topic searches: words only in summary or description, typos, everyday words -------------------------------------
  {
    q: 'Ich bekomme in letzter Zeit ständig Anrufe von einem angeblichen IT-Support, der mein Passwort haben will. Gibt es eine Schulung, wie man solche Betrugsversuche erkennt?',
    kind: 'list',
    titles: [T.sicherheit],
  },
  {
    q: 'Ich arbeite in der Personalabteilung und merke, dass viele Kolleginnen und Kollegen ausgebrannt sind. Gibt es etwas zum Thema Stressbewältigung?',
    kind: 'list',
    titles: [T.stress],
  },
  {
    q: 'Gibt es einen Kurs für Exel? Ich bin Sachbearbeiterin im Standesamt und kämpfe jeden Tag mit langen Listen.',
    kind: 'list',
    titles: [T.excel],
  },
  {
    q: 'Ich bin Teamassistenz und verliere ständig den Überblick über meine Aufgaben. Gibt es ein Seminar zu Zeitmanagment?',
    kind: 'list',
    titles: [T.zeit],
  },
  {
    q: 'Wir wollen im Rathaus weg vom Papier und alles digital ablegen. Gibt es eine Schulung zur elektronischen Akte?',
    kind: 'list',
    titles: [T.eakte],
  },
  {
    q: 'Our mayor wants us to write letters that citizens actually understand. Is there a course on plain language?',
    locale: 'en',
    kind: 'list',
    titles: [T.klartext],
  },
  {
    q: 'Ich sollte meine Kenntnisse in Herz-Lungen-Wiederbelebung auffrischen, mein letzter Kurs ist schon Jahre her. Gibt es dazu etwas?',
    kind: 'list',
    titles: [T.ersteHilfe],
  },
  {
    q: 'Gibt es bei Ihnen etwas zu ChatGPT? Meine Kollegen im Bauamt nutzen das schon heimlich, und ich möchte wissen, was erlaubt ist.',
    kind: 'list',
    titles: [T.ki],
  },
  // --- filters: dates, time of day, format, place, provider, trainer, audience, length, cost, language, seats --------
  {
    q: 'Nach der Fasnet ist bei uns endlich wieder Ruhe eingekehrt. Gibt es diese Woche noch ein Seminar, bei dem ich mitmachen kann?',
    kind: 'list',
    titles: [T.sicherheit, T.abschluss],
  },
  {
    q: 'Was gibt es nächste Woche am Nachmittag? Vormittags bin ich leider immer am Schalter eingeteilt.',
    kind: 'list',
    titles: [T.excel, T.stress],
  },
  {
    q: "I'm planning my training budget for March. Which seminars are there next month?",
    locale: 'en',
    kind: 'list',
    titles: [T.ersteHilfe, T.eakte, T.ki, T.fuehrung],
  },
  {
    q: 'Ich pendle jeden Tag aus Tuttlingen und würde mir im Frühjahr gern die Fahrt sparen. Welche Online-Seminare gibt es im April und Mai?',
    kind: 'list',
    titles: [T.ratHaushalt, T.servicebw],
  },
  {
    q: 'Gibt es im Februar noch kostenlose Angebote? Unser Fortbildungsbudget für dieses Quartal ist fast aufgebraucht.',
    kind: 'list',
    titles: [T.sicherheit, T.stress],
  },
  {
    q: 'Ich wohne in Schramberg und würde gern mal eine Fortbildung vor Ort besuchen, ohne nach Rottweil fahren zu müssen. Was findet in Schramberg statt?',
    kind: 'list',
    ...only(T.bussgeld, T.strasse, T.deeskalation),
  },
  {
    miss: 'the words of the story around the provider (Arbeitssicherheit, Jahresprogramm) cut two of the four Unfallkasse courses as less relevant; the provider alone lists all four',
    q: 'Ich bin Fachkraft für Arbeitssicherheit bei einer Stadt und stelle gerade unser Jahresprogramm zusammen. Welche Kurse bietet die Unfallkasse an?',
    kind: 'list',
    ...only(T.stress, T.ersteHilfe, T.strasse, T.deeskalation),
  },
  {
    q: 'Wegen der Sprechzeiten kann ich mich nur kurz ausklinken. Gibt es Seminare, die kürzer als zwei Stunden dauern?',
    kind: 'list',
    ...only(T.stress, T.datenschutz),
  },
  {
    q: 'Ich bin tagsüber im Kindergarten fest eingeplant. Gibt es auch Abendveranstaltungen?',
    kind: 'list',
    titles: [T.ratHaushalt],
  },
  {
    q: 'Which courses are taught by Dr. Hezel? She was excellent at a budget workshop I attended.',
    locale: 'en',
    kind: 'list',
    ...only(T.abschluss, T.ratHaushalt, T.gebuehren),
  },
  {
    q: 'Ich plane gerade das Fortbildungsbudget für unser Team. Gibt es Seminare, die zwischen 200 und 250 Euro kosten?',
    kind: 'list',
    ...only(T.vergabe, T.gebuehren),
  },
  {
    q: 'Welche Seminare dauern mehrere Tage? Ich würde mir gern einmal richtig Zeit für eine Fortbildung nehmen.',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    q: 'A colleague from Ireland has just joined our team and her German is still basic. Are any of your courses held in English?',
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  {
    q: 'Im Mai wird es bei uns im Amt etwas ruhiger. Welche Seminare im Mai haben noch freie Plätze?',
    kind: 'list',
    titles: [T.servicebw, T.klartext, T.deeskalation],
  },
  {
    q: 'Ich bin Ausbildungsleiterin bei einer Stadtverwaltung, und zum Ausbildungsbeginn bekommen wir drei neue Auszubildende. Gibt es etwas für Azubis?',
    kind: 'list',
    titles: [T.azubis],
  },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  {
    q: 'In der Rundmail zum Jahresprogramm habe ich einen Kurs zu Social Media für Gemeinden gesehen. Wann findet der statt? Wir wollen nämlich einen Instagram-Kanal starten.',
    kind: 'gone',
    gone: T.socialMedia,
    says: ['abgesagt'],
  },
  {
    q: 'Ich bin in unserer Gemeinde neu für den Friedhof zuständig. Was kostet das Seminar zur Friedhofsverwaltung?',
    kind: 'gone',
    gone: T.friedhof,
  },
  {
    q: 'Ich wurde gerade zur Sicherheitsbeauftragten unseres Amts bestellt. Wann ist die Ausbildung für Sicherheitsbeauftragte?',
    kind: 'gone',
    gone: T.sibe,
    says: ['Do., 21.01.2027'],
  },
  {
    q: 'Unsere Kämmerei beschäftigt sich gerade mit der Umsatzsteuer nach § 2b UStG. Wann war denn das Seminar dazu?',
    kind: 'gone',
    gone: T.umsatzsteuer,
    says: ['Di., 26.01.2027'],
  },
  {
    q: 'Wir pflegen eine Städtepartnerschaft mit einer Stadt in Frankreich, und ich würde gern die Sprache lernen. Gibt es einen Französischkurs?',
    kind: 'none',
  },
  {
    q: 'Ich kümmere mich in unserer Gemeinde um die Streupflicht der Anlieger. Gibt es eine Schulung zum Winterdienst?',
    kind: 'none',
  },
  {
    q: 'Ich bin neu in der Waffenbehörde des Landratsamts. Gibt es eine Schulung zum Waffenrecht?',
    kind: 'none',
  },
  {
    q: 'Grüß Gott! Ich habe den Seminar-Lotsen gerade zum ersten Mal geöffnet. Was kann ich Sie denn alles fragen?',
    kind: 'help',
  },
  { q: 'Hello! A colleague told me about this bot. What can you do for me?', locale: 'en', kind: 'help' },
  {
    q: 'Ich habe mich für mehrere Fortbildungen angemeldet und verliere langsam den Überblick. Können Sie mir bitte meine Anmeldungen zeigen?',
    kind: 'myRegistrations',
  },
];

heldoutSuite(
  'answering questions about a two-hundred-and-sixty-fifth, independent catalogue (Landkreis Rottweil, Verwaltungsschule des Gemeindetags BW, Unfallkasse BW, Komm.ONE)',
  {
    fixture: 'heldout265-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
