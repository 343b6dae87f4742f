// Over-fitting check, hundred-and-sixty-eighth catalogue: the 2027 autumn programme of the Landkreis Mansfeld-Südharz
// (Saxony-Anhalt) with the Studieninstitut für kommunale Verwaltung Sachsen-Anhalt, the county's Personalentwicklung,
// the Kommunale IT-UNION (KITU), the Unfallkasse Sachsen-Anhalt and the Kreisvolkshochschule Mansfeld-Südharz, for the
// county and its towns (Sangerhausen, Lutherstadt Eisleben, Hettstedt, Mansfeld, Arnstein, Allstedt), imported from a
// JSON file. Seminars take place in the Kreisverwaltung in Sangerhausen, the KVHS houses in Sangerhausen and Eisleben,
// the town halls of Hettstedt, Eisleben, Mansfeld and Allstedt, the administration building in Arnstein, online or
// hybrid. Twelve titles do not name their subject ("Erst denken, dann klicken" is information security, "Der Rücken
// sagt danke" ergonomics, "Ein Klick statt drei Wege" the OZG, "Schreiben, das ankommt" plain language, "Ruhe bewahren,
// wenn es laut wird" de-escalation, "Gut ankommen im Amt" the induction day, "Mehr Luft im Kalender" time management,
// "Die ersten hundert Tage" new managers, "Ordner ade" the e-file, "Sicher durch den Winter" winter road service,
// "Jeder Euro zählt" the annual accounts in the Doppik, "Wenn der Akku leer ist" stress), so only summary, description
// or topics reveal it; one seminar is held in English; the leadership course runs on two days across the end of summer
// time; the e-file course is open only to Hettstedt, Mansfeld and Arnstein; first aid and the induction day are free;
// the council-meetings course has only ten seats and no waitlist. Questions are written the way unsure colleagues write
// them: long and polite, a greeting, a sentence about themselves or their office, then the question, sometimes a
// thanks; a quarter in English. The sentence about themselves often names a town, an office or a time of day that is
// context, not a filter. Same assertions as the other suites: exactly the expected seminars (best first where one is
// clearly best), the asked fact in the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Tuesday 21 September 2027, 09:40 in Sangerhausen, summer time; winter time begins Sun 31.10.):
//   today:      Tue 21.09. 13:00–15:00 Microsoft Teams (online)
//   this week:  Thu 23.09. 09:00–12:00 data protection (Rathaus Hettstedt); the cancelled load-securing course Fri 24.09.
//               (nothing tomorrow, Wed 22.09.)
//   next week:  Mon 27.09. 09:00–11:30 information security (online), Wed 29.09. 14:00–15:30 ergonomics (online),
//               Thu 30.09. 09:00–12:30 English (KVHS Eisleben; deadline passed Thu 16.09. 23:59)
//   October:    Tue 05. first aid (Sangerhausen, free), Wed 06. procurement law (Sangerhausen; deadline Mon 27.09. 12:00),
//               Thu 07. OZG (online), Tue 12. plain language (KVHS Sangerhausen), Wed 13. de-escalation (Eisleben),
//               Thu 14. induction day (Sangerhausen, free), Wed 20. council meetings (Mansfeld), Thu 21. AI (hybrid),
//               Tue 26. 17:30–20:00 time management (KVHS Eisleben, evening), Thu 28. leadership module 1 (Sangerhausen);
//               the cancelled rhetoric course Tue 19.10.
//   November:   Wed 03. e-file (Hettstedt; members only; deadline Fri 22.10. 12:00), Tue 09. winter service (Allstedt),
//               Wed 10. residence law (online), Thu 11. leadership module 2, Tue 16. Doppik (Eisleben),
//               Thu 18. Excel (online), Tue 23. stress (online), Wed 24. staff appraisals (Sangerhausen);
//               the draft social-media course Tue 30.11. (online)
//   December:   Thu 02. accessible documents (hybrid, KVHS Sangerhausen), Tue 14. administrative procedure (Arnstein);
//               the draft heat-planning course Wed 08.12.
//   past:       Wed 25.08.2027 travel expenses (online), Thu 09.09.2027 fire wardens (Sangerhausen).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-09-21T07:40:00Z'); // Tuesday, 21 September 2027, 09:40 in Sangerhausen (CEST)
const TZ = 'Europe/Berlin';

const T = {
  teams: 'Microsoft Teams im Arbeitsalltag: Besprechungen, Chats und Dateien', // Tue 21.09. 13:00–15:00, online, KITU, Weidling, 25 €
  datenschutz: 'Datenschutz im Bürgerbüro: DSGVO und Bundesmeldegesetz in der Praxis', // Thu 23.09. 09:00–12:00, Rathaus Hettstedt, Studieninstitut, Dr. Kühne, 145 €
  phishing: 'Erst denken, dann klicken', // Mon 27.09. 09:00–11:30, online, KITU, Weidling, information security, 35 €
  ruecken: 'Der Rücken sagt danke', // Wed 29.09. 14:00–15:30, online, Unfallkasse, Sperling, ergonomics, 20 €
  english: 'English for the Front Desk: Helping International Residents', // Thu 30.09. 09:00–12:30, KVHS Eisleben, Clarke, English, 95 €, deadline passed Thu 16.09. 23:59
  ersteHilfe: 'Erste Hilfe in der Dienststelle: Aus- und Fortbildung für Ersthelfende', // Tue 05.10. 08:30–16:30, Kreisverwaltung, Unfallkasse, Grabe, free
  vergabe: 'Vergaberecht kompakt: Aufträge unterhalb der EU-Schwellenwerte', // Wed 06.10. 09:00–16:00, Kreisverwaltung, Studieninstitut, Tischer, 210 €, deadline Mon 27.09. 12:00
  ozg: 'Ein Klick statt drei Wege', // Thu 07.10. 13:00–16:00, online, KITU, Hoppe, OZG, 40 €
  schreiben: 'Schreiben, das ankommt', // Tue 12.10. 09:00–12:00, KVHS Sangerhausen, Lorenz, plain language, 75 €
  deeskalation: 'Ruhe bewahren, wenn es laut wird', // Wed 13.10. 09:00–15:00, Rathaus Lutherstadt Eisleben, Unfallkasse, Oertel, 50 €, 12 seats
  einfuehrung: 'Gut ankommen im Amt', // Thu 14.10. 09:00–15:00, Kreisverwaltung, Personalentwicklung, Walther, induction day, free
  sitzung: 'Sitzungsdienst nach dem Kommunalverfassungsgesetz Sachsen-Anhalt', // Wed 20.10. 09:00–16:00, Rathaus Mansfeld, Studieninstitut, Reinhardt, 170 €, 10 seats, no waitlist
  ki: 'Künstliche Intelligenz im Amt: Chancen, Grenzen, Regeln', // Thu 21.10. 13:00–16:00, hybrid (Kreisverwaltung), KITU, Hoppe, 80 €
  zeit: 'Mehr Luft im Kalender', // Tue 26.10. 17:30–20:00, KVHS Eisleben, Lorenz, time management, 35 €
  fuehrung: 'Die ersten hundert Tage', // Thu 28.10. (CEST) and Thu 11.11. (CET) 09:00–16:00, Kreisverwaltung, Studieninstitut, Dr. Becker, 420 €, new managers
  eakte: 'Ordner ade', // Wed 03.11. 09:00–16:00, Rathaus Hettstedt, KITU, Franke, e-file, only Hettstedt/Mansfeld/Arnstein, 90 €, deadline Fri 22.10. 12:00
  winter: 'Sicher durch den Winter', // Tue 09.11. 08:00–12:00, Rathaus Allstedt, Unfallkasse, Grabe, winter service, 30 €
  aufenthalt: 'Aufenthaltsrecht kompakt für die Ausländerbehörde', // Wed 10.11. 09:00–15:00, online, Studieninstitut, Tischer, 160 €
  doppik: 'Jeder Euro zählt', // Tue 16.11. 09:00–16:00, Rathaus Lutherstadt Eisleben, Studieninstitut, Reinhardt, Doppik, 190 €
  excel: 'Excel im Verwaltungsalltag: Listen, Formeln, Auswertungen', // Thu 18.11. 09:00–12:00, online, KVHS, Zimmermann, 69 €
  akku: 'Wenn der Akku leer ist', // Tue 23.11. 13:30–16:00, online, Unfallkasse, Sperling, stress, 20 €
  gespraeche: 'Mitarbeitergespräche führen: Vorbereitung, Gesprächsführung, Vereinbarungen', // Wed 24.11. 09:00–16:00, Kreisverwaltung, Personalentwicklung, Walther, 120 €
  barrierefrei: 'Barrierefreie Dokumente in Word und PDF', // Thu 02.12. 09:00–12:00, hybrid (KVHS Sangerhausen), KVHS, Zimmermann, 55 €
  vwvfg: 'Verwaltungsverfahren sicher führen: VwVfG für Quereinsteigende', // Tue 14.12. 09:00–15:00, Arnstein, Studieninstitut, Tischer, 150 €
  socialMedia: 'Social Media für Kommunen: Instagram, Facebook und Co.', // draft (Tue 30.11., online)
  waerme: 'Kommunale Wärmeplanung: Grundlagen für die Bauverwaltung', // draft (Wed 08.12.)
  ladung: 'Ladungssicherung für Bauhof und Fuhrpark', // cancelled (Fri 24.09.2027)
  rhetorik: 'Sicher auftreten, frei sprechen: Rhetorik im Berufsalltag', // cancelled (Tue 19.10.2027)
  brandschutz: 'Ausbildung zur Brandschutzhelferin und zum Brandschutzhelfer', // past (Thu 9 September 2027)
  reisekosten: 'Reisekostenrecht Sachsen-Anhalt: Dienstreisen richtig abrechnen', // past (Wed 25 August 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.socialMedia, T.waerme, T.ladung, T.rhetorik, T.brandschutz, T.reisekosten];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  {
    q: 'Guten Morgen, ich bin Sachbearbeiterin in der Kämmerei der Lutherstadt Eisleben und würde gern wissen, was das Seminar zum doppischen Jahresabschluss kostet. Vielen Dank!',
    kind: 'facts',
    titles: [T.doppik],
    says: ['kostet 190 €'],
  },
  {
    q: 'Hallo, ich soll in unserem Bauhof in Allstedt Ersthelfer werden und wollte fragen, ob der Erste-Hilfe-Kurs etwas kostet. Danke schön!',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse Sachsen-Anhalt.'],
  },
  {
    q: "Hi, I'm new in the central procurement office in Sangerhausen. Could you tell me how much the procurement law (Vergaberecht) seminar costs? Thanks!",
    locale: 'en',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['costs €210'],
  },
  {
    q: 'Hi, I started at the Kreisverwaltung two weeks ago. Do I have to pay anything for the induction day for new employees?',
    locale: 'en',
    kind: 'facts',
    titles: [T.einfuehrung],
    says: ['is free of charge'],
  },
  // --- facts: when (two days across the end of summer time), start time, duration ------------------------------------
  {
    q: 'Guten Tag, ich arbeite im Bürgerbüro in Hettstedt und wollte fragen, wann genau das Seminar zum Datenschutz im Bürgerbüro stattfindet.',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['am Do., 23.09.2027 von 09:00 bis 12:00 Uhr'],
  },
  {
    q: "Good morning, I work at the registry office in Mansfeld and I'd like to improve my spreadsheet skills. When does the Excel course take place? Many thanks",
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['on Thu, 18 Nov 2027 from 09:00 to 12:00'],
  },
  {
    q: 'Hallo zusammen, ich habe seit kurzem meine erste Sachgebietsleitung im Jugendamt und bin auf das Seminar „Die ersten hundert Tage“ gestoßen. An welchen Tagen findet das statt?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 28.10.2027 und Do., 11.11.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'Guten Tag, ich bin seit kurzem Teamleiter im Ordnungsamt in Sangerhausen. Wie lange dauert denn die Fortbildung für neue Führungskräfte insgesamt?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['dauert 2 Tage, jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'Hi there, I work at the Kreisverwaltung and my Monday is quite full. What time does the training on phishing emails start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['starts on Mon, 27 Sep 2027 at 09:00'],
  },
  {
    q: 'Guten Tag, ich arbeite in Teilzeit im Sozialamt und müsste wissen, wie lange das Seminar „Wenn der Akku leer ist“ dauert, weil ich nachmittags meine Kinder abholen muss. Danke!',
    kind: 'facts',
    titles: [T.akku],
    says: ['dauert 2,5 Stunden, von 13:30 bis 16:00 Uhr'],
  },
  // --- facts: where, when and where, format, deadline, seats -----------------------------------------------------------
  {
    q: 'Guten Tag, ich arbeite in der Wohngeldstelle in Sangerhausen und würde gern das Deeskalationstraining besuchen. Wo findet das denn statt?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['im Rathaus Lutherstadt Eisleben'],
  },
  {
    q: 'Guten Tag, ich bin Hausmeister an einer Kreisschule und soll zur Schulung zum Winterdienst. Wann und wo findet die statt?',
    kind: 'facts',
    titles: [T.winter],
    says: ['am Di., 09.11.2027 von 08:00 bis 12:00 Uhr im Rathaus Allstedt'],
  },
  {
    q: 'Guten Morgen, ich bin Schwerbehindertenvertreterin beim Landkreis und frage für eine Kollegin: Kann man an der Schulung zu barrierefreien Dokumenten auch von zu Hause aus teilnehmen, oder muss man vor Ort sein?',
    kind: 'facts',
    titles: [T.barrierefrei],
    says: ['findet hybrid statt'],
  },
  {
    q: 'Guten Morgen, ich bin neu in der zentralen Vergabestelle und würde gern das Vergaberecht-Seminar besuchen. Bis wann muss ich mich dafür anmelden?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Mo., 27.09.2027, 12:00 Uhr'],
  },
  {
    q: "Hi, our citizens' office in Eisleben sees more and more international residents. What is the registration deadline for the English front desk course?",
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Thu, 16 Sep 2027, 23:59'],
  },
  {
    q: 'Hallo, wir wären zu dritt aus dem Ordnungsamt Allstedt und würden gern gemeinsam zum Deeskalationstraining. Sind da noch genug Plätze frei?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  {
    conv: 'melde',
    q: 'Guten Morgen, ich arbeite seit kurzem im Einwohnermeldeamt in Hettstedt und wollte fragen, ob es demnächst etwas zum Thema Datenschutz gibt. Danke!',
    kind: 'list',
    titles: [T.datenschutz],
  },
  { conv: 'melde', q: 'Super, und was kostet das?', kind: 'facts', titles: [T.datenschutz], says: ['kostet 145 €'] },
  {
    conv: 'melde',
    q: 'Und wer ist da die Referentin oder der Referent?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['leitet Frau Dr. Susanne Kühne'],
  },
  {
    conv: 'presse',
    q: 'Hello everyone, I work in the press office of the district administration and we keep talking about ChatGPT. Is there any training on that?',
    locale: 'en',
    kind: 'list',
    titles: [T.ki],
  },
  {
    conv: 'presse',
    q: 'Great, is it online or do I have to come in person?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is hybrid'],
  },
  {
    conv: 'presse',
    q: 'And when exactly is it? Thank you!',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['on Thu, 21 Oct 2027 from 13:00 to 16:00'],
  },
  {
    conv: 'akte',
    q: 'Hallo, wir stellen in der Stadtverwaltung Mansfeld bald auf die elektronische Akte um. Gibt es dazu schon eine Schulung?',
    kind: 'list',
    titles: [T.eakte],
  },
  { conv: 'akte', q: 'Und wo findet die statt?', kind: 'facts', titles: [T.eakte], says: ['im Rathaus Hettstedt'] },
  {
    conv: 'akte',
    q: 'Bis wann müsste ich mich da anmelden?',
    kind: 'facts',
    titles: [T.eakte],
    says: ['bis Fr., 22.10.2027, 12:00 Uhr'],
  },
  { conv: 'akte', q: 'Vielen Dank, das hilft mir sehr weiter!', kind: 'thanks' },
  // --- topic searches: the subject only in summary, description or topics, synonyms, typos, English ------------------
  {
    q: 'Hallo, ich arbeite in der Poststelle der Kreisverwaltung und bekomme ständig merkwürdige E-Mails mit Links und Anhängen. Gibt es eine Schulung, in der man lernt, gefälschte Mails zu erkennen?',
    kind: 'list',
    titles: [T.phishing],
  },
  {
    q: 'Guten Tag, ich bin neu in der Personalstelle in Sangerhausen und muss viele Listen auswerten. Gibt es einen Exel-Kurs? Danke!',
    kind: 'list',
    titles: [T.excel],
  },
  {
    q: 'Moin, wir haben in der Kfz-Zulassung öfter schwierige und laute Kunden. Gibt es eine Fortbildung zur Deeskalaton?',
    kind: 'list',
    titles: [T.deeskalation],
  },
  {
    q: 'Guten Morgen, ich schreibe im Sozialamt viele Bescheide und die Leute verstehen sie oft nicht. Gibt es eine Schulung, wie man verständlicher schreibt?',
    kind: 'list',
    titles: [T.schreiben],
  },
  {
    q: 'Hallo, ich organisiere in Allstedt die Sitzungen des Stadtrats und schreibe die Niederschriften. Gibt es dafür eine passende Fortbildung?',
    kind: 'list',
    titles: [T.sitzung],
  },
  {
    q: 'Hi, I work in the treasury of the town of Hettstedt and have to prepare the annual accounts in double-entry bookkeeping (Doppik) for the first time. Is there any training for that?',
    locale: 'en',
    kind: 'list',
    titles: [T.doppik],
  },
  {
    q: "Hello, I've been feeling quite exhausted at work lately and a colleague mentioned there might be something on stress and burnout. Is there?",
    locale: 'en',
    kind: 'list',
    titles: [T.akku],
  },
  {
    q: 'Guten Morgen, mir tut nach der Arbeit am Bildschirm immer der Nacken weh. Gibt es eine Schulung, wie man den Arbeitsplatz richtig einrichtet?',
    kind: 'list',
    titles: [T.ruecken],
  },
  {
    q: 'Hallo, wir sind ein kleines Team im Kulturamt und kommen mit Chats, Kanälen und der Dateiablage in Microsoft Teams nicht gut zurecht. Gibt es dazu einen Kurs?',
    kind: 'list',
    titles: [T.teams],
  },
  {
    q: 'Guten Tag, ich leite seit kurzem ein Sachgebiet in der Kreisverwaltung und muss bald die jährlichen Gespräche mit meinen Mitarbeitenden führen. Gibt es dazu etwas?',
    kind: 'list',
    first: T.gespraeche,
  },
  {
    q: 'Hallo, ich bin im Bürgerservice und wir sollen nach dem Onlinezugangsgesetz mehr Anträge online anbieten. Gibt es dazu eine Fortbildung?',
    kind: 'list',
    titles: [T.ozg],
  },
  {
    q: 'Guten Morgen, ich stelle für unsere Internetseite viele PDF-Formulare ein. Gibt es eine Schulung, damit die auch für Menschen mit Sehbehinderung lesbar sind?',
    kind: 'list',
    titles: [T.barrierefrei],
  },
  // --- filters: today, this week, next week, time of day, month, format, cost, place, provider, trainer, language -----
  {
    q: 'Guten Morgen, ich habe diese Woche noch ein paar freie Stunden. Welche Seminare finden diese Woche noch statt?',
    kind: 'list',
    titles: [T.teams, T.datenschutz],
  },
  {
    q: 'Hallo, bei mir ist heute Nachmittag ein Termin ausgefallen. Findet heute Nachmittag noch eine Schulung statt, bei der ich spontan dazukommen könnte?',
    kind: 'list',
    titles: [T.teams],
  },
  {
    q: 'Guten Tag, ich arbeite nur vormittags im Bürgerbüro Allstedt. Gibt es nächste Woche Seminare am Vormittag?',
    kind: 'list',
    titles: [T.phishing, T.english],
  },
  {
    q: 'Hello, I work from home a lot. Which seminars are online in November?',
    locale: 'en',
    kind: 'list',
    titles: [T.aufenthalt, T.excel, T.akku],
  },
  {
    q: 'Guten Morgen, unser Fortbildungsbudget für dieses Jahr ist leider schon aufgebraucht. Gibt es Seminare, die kostenlos sind?',
    kind: 'list',
    titles: [T.ersteHilfe, T.einfuehrung],
  },
  {
    q: 'Hallo, ich wohne in Eisleben und möchte ungern weit fahren. Welche Seminare finden in Eisleben statt?',
    kind: 'list',
    ...only(T.english, T.deeskalation, T.zeit, T.doppik),
  },
  {
    q: 'Guten Tag, ich bin Sicherheitsbeauftragte in der Stadtverwaltung Hettstedt. Welche Kurse bietet eigentlich die Unfallkasse Sachsen-Anhalt an?',
    kind: 'list',
    ...only(T.ruecken, T.ersteHilfe, T.deeskalation, T.winter, T.akku),
  },
  {
    q: 'Guten Tag, ich war schon einmal bei Frau Lorenz im Kurs und fand sie super. Welche Seminare bietet sie denn noch an?',
    kind: 'list',
    ...only(T.schreiben, T.zeit),
  },
  {
    q: "Hi, I'm doing an internship at the Kreisverwaltung and my German is not very good yet. Are there any seminars held in English?",
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  {
    q: 'Guten Morgen, ich suche etwas Ausführlicheres. Gibt es Seminare, die über mehrere Tage gehen?',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    q: 'Hallo, ich bin allein im Standesamt Allstedt und kann tagsüber schlecht weg. Gibt es auch Kurse am Abend?',
    kind: 'list',
    titles: [T.zeit],
  },
  {
    q: 'Guten Tag, ich plane gerade meine Fortbildungen für das Jahresende. Bei welchen Seminaren im Dezember sind noch Plätze frei?',
    kind: 'list',
    titles: [T.barrierefrei, T.vwvfg],
  },
  // --- cancelled and past seminars asked by name -----------------------------------------------------------------------
  {
    q: 'Guten Tag, ich fahre beim Bauhof in Sangerhausen den Lkw und sollte zur Schulung zur Ladungssicherung. Wann findet die denn statt?',
    kind: 'gone',
    gone: T.ladung,
  },
  {
    q: 'Hello, a colleague recommended the rhetoric course at the Kreisvolkshochschule. How much does it cost? Thanks in advance!',
    locale: 'en',
    kind: 'gone',
    gone: T.rhetorik,
  },
  {
    q: 'Hallo, ich wollte eigentlich Brandschutzhelferin werden. Wann ist denn die Ausbildung zum Brandschutzhelfer?',
    kind: 'gone',
    gone: T.brandschutz,
    says: ['Do., 09.09.2027'],
  },
  {
    q: 'Guten Morgen, ich bin in der Personalstelle für Dienstreisen zuständig. Wann ist das Seminar zum Reisekostenrecht?',
    kind: 'gone',
    gone: T.reisekosten,
    says: ['Mi., 25.08.2027'],
  },
  // --- drafts never shown, no match ------------------------------------------------------------------------------------
  {
    q: 'Guten Morgen, ich arbeite im Bauamt in Sangerhausen. Gibt es schon ein Seminar zur kommunalen Wärmeplanung?',
    kind: 'none',
  },
  {
    q: 'Hi, our town would like to be more active on Instagram and Facebook. Is there a social media training?',
    locale: 'en',
    kind: 'none',
  },
  {
    q: 'Guten Tag, ich bin seit kurzem im Standesamt Hettstedt. Gibt es eine Fortbildung zum Personenstandsrecht?',
    kind: 'none',
  },
  {
    q: 'Hallo, ich habe morgen ausnahmsweise keinen Publikumsverkehr. Gibt es morgen irgendeine Schulung, an der ich teilnehmen könnte?',
    kind: 'none',
  },
  // --- details, help, thanks, own registrations, no context ------------------------------------------------------------
  {
    q: 'Guten Tag, ich bin seit kurzem Sachbearbeiterin in der Ausländerbehörde. Können Sie mir bitte die Details zum Seminar über das Aufenthaltsrecht zeigen?',
    kind: 'details',
    titles: [T.aufenthalt],
  },
  {
    q: 'Hallo! Ich bin neu in der Kreisverwaltung und habe gehört, dass man dich nach Fortbildungen fragen kann. Wie funktioniert das?',
    kind: 'help',
  },
  { q: 'Hi! What can you help me with?', locale: 'en', kind: 'help' },
  { q: 'Thank you so much for your help, have a nice day!', locale: 'en', kind: 'thanks' },
  {
    q: 'Guten Morgen, ich habe leider den Überblick verloren. Könnten Sie mir sagen, für welche Seminare ich angemeldet bin?',
    kind: 'myRegistrations',
  },
  { q: 'Hallo, und was kostet das dann?', kind: 'noContext' },
];

heldoutSuite(
  'answering questions about a hundred-and-sixty-eighth, independent catalogue (Landkreis Mansfeld-Südharz, Studieninstitut, Unfallkasse Sachsen-Anhalt)',
  {
    fixture: 'heldout168-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
