// Over-fitting check, hundred-and-ninety-ninth catalogue: the autumn 2027 programme of the Landkreis Freudenstadt
// (Baden-Württemberg) with the Verwaltungsschule des Gemeindetags Baden-Württemberg (VWS), the Landratsamt's
// Personalentwicklung, Komm.ONE, the Unfallkasse Baden-Württemberg (UKBW) and the Volkshochschule Freudenstadt (VHS),
// for the county and its towns (Freudenstadt, Horb am Neckar, Dornstetten, Baiersbronn, Loßburg, Alpirsbach), imported
// from a JSON file. Seminars take place in the Landratsamt and the Kurhaus in Freudenstadt, the town halls of Horb,
// Dornstetten, Baiersbronn and Alpirsbach, the Haus des Gastes in Loßburg, the Bauhof Baiersbronn, online or hybrid.
// Several titles do not name their subject ("Misstrauen ist erlaubt" is phishing / information security, "Was darf ich
// weitergeben?" data protection, "Gelassen bleiben, wenn es eng wird" stress management, "Die Maschine schreibt mit" AI,
// "Jeder Cent zählt" payments in the municipal cash office (GemKVO), "Ordnung im Posteingang" Outlook, "Wenn es am
// Tresen laut wird" de-escalation, "Verstanden beim ersten Lesen" plain language, "Schluss mit dem Papierstapel" the
// e-file, "Kleine Schritte, schnelle Ergebnisse" Scrum/Kanban, "Anträge ohne Wartemarke" the OZG, "Reibung im Team"
// conflicts for managers, "Glatt, dunkel, früh am Morgen" winter road service, "Den Haushalt lesen lernen" Doppik,
// "Dokumente für alle" accessible documents), so only summary, description or topics reveal it; one seminar is held in
// English; the leadership course runs on two days across the end of summer time; the e-file course is open only to
// Alpirsbach, Loßburg and Dornstetten; first aid is free, paid by the UKBW. Questions are written the way an acceptance
// tester imagines colleagues write: half polite full sentences opening with a greeting or a word about the asker's job,
// a quarter in English, the rest short — without looking at the parser or the answers. Same assertions as the other
// suites: exactly the expected seminars (best first where one is clearly best), the asked fact in the first sentence,
// never a draft, cancelled or past seminar.
//
// Calendar around `now` (Tuesday 24 August 2027, 10:00 in Freudenstadt, summer time; winter time begins Sun 31.10.2027):
//   this week:  nothing more today; Wed 25.08. 13:00–16:00 Excel (online, tomorrow), Thu 26.08. 09:00–12:00 data
//               protection (hybrid, Landratsamt)
//   next week:  Mon 30.08. 09:00–11:30 phishing (online), Tue 31.08. 13:30–16:00 stress (online), Wed 01.09.
//               09:00–12:30 English (Landratsamt; deadline passed Fri 20.08. 23:59), Thu 02.09. 13:00–16:00 AI (hybrid)
//   then:       nothing from Fri 03.09. to Sun 12.09. except the cancelled PowerPoint course (Tue 07.09.)
//   September:  Mon 13. cash office (Horb; deadline Fri 03.09.), Wed 15. first aid (Baiersbronn), Tue 21. Outlook
//               (online), Thu 23. de-escalation (Dornstetten, 12 seats), Tue 28. procurement law (Loßburg; deadline
//               Fri 10.09. 12:00), Wed 29. ergonomics (online, 14:00–15:30)
//   October:    Tue 05. plain language (Kurhaus), Wed 06. e-file (Alpirsbach, members only), Tue 12. Scrum (hybrid,
//               Kurhaus), Wed 20. OZG (online), Tue 26. team conflicts (Landratsamt), Thu 28.10. (CEST) and Thu
//               11.11. (CET) leadership (Kurhaus); the cancelled brush-cutter course on Mon 18.10. (Bauhof Horb)
//   November:   Tue 09. winter road service (07:30–12:00, Bauhof Baiersbronn), Tue 16. council meetings (Horb;
//               deadline Fri 29.10. 23:59 CEST), Wed 24. Doppik (online); the draft Instagram course on Wed 17.11.
//   December:   Thu 02. accessible documents (hybrid, Landratsamt); the draft heavy-rain course on Tue 07.12.
//   past:       Thu 17.06.2027 fire wardens (Dornstetten), Tue 13.07.2027 property tax (Landratsamt).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-08-24T08:00:00Z'); // Tuesday, 24 August 2027, 10:00 in Freudenstadt (CEST)
const TZ = 'Europe/Berlin';

const T = {
  excel: 'Excel kompakt: Formeln, Filter und Pivot-Tabellen', // Wed 25.08. 13:00–16:00, online, VHS, Haist, 75 € (Dienststelle pays)
  datenschutz: 'Was darf ich weitergeben?', // Thu 26.08. 09:00–12:00, hybrid (Landratsamt), PE, Kübler, DSGVO, free
  phishing: 'Misstrauen ist erlaubt', // Mon 30.08. 09:00–11:30, online, Komm.ONE, Gaiser, information security, free
  stress: 'Gelassen bleiben, wenn es eng wird', // Tue 31.08. 13:30–16:00, online, UKBW, Schillinger, stress, free
  english: 'Welcome to the Rathaus: English for Front Desk Staff', // Wed 01.09. 09:00–12:30, Landratsamt, VHS, English, 95 €, deadline passed Fri 20.08. 23:59
  ki: 'Die Maschine schreibt mit', // Thu 02.09. 13:00–16:00, hybrid (Landratsamt), Komm.ONE, Gaiser, AI, free
  kasse: 'Jeder Cent zählt', // Mon 13.09. 09:00–16:00, Rathaus Horb am Neckar, VWS, Ziefle, 230 €, cash office / GemKVO
  ersteHilfe: 'Erste Hilfe im Betrieb: Fortbildung für Ersthelfende', // Wed 15.09. 08:30–16:30, Rathaus Baiersbronn, UKBW, free (UKBW pays)
  outlook: 'Ordnung im Posteingang', // Tue 21.09. 09:00–12:00, online, VHS, Haist, 59 €, Outlook
  deeskalation: 'Wenn es am Tresen laut wird', // Thu 23.09. 09:00–15:00, Rathaus Dornstetten, UKBW, Frey, free, 12 seats
  vergabe: 'Vergaberecht kompakt: UVgO und VOB/A für Kommunen', // Tue 28.09. 09:00–16:00, Haus des Gastes Loßburg, VWS, 250 €, deadline Fri 10.09. 12:00
  ergonomie: 'Gut sitzen, klar sehen: Ergonomie am Bildschirmarbeitsplatz', // Wed 29.09. 14:00–15:30, online, UKBW, Schillinger, free
  sprache: 'Verstanden beim ersten Lesen', // Tue 05.10. 09:00–16:00, Kurhaus Freudenstadt, VWS, Bühler, 190 €, plain language
  eakte: 'Schluss mit dem Papierstapel', // Wed 06.10. 09:00–12:00, Rathaus Alpirsbach, Komm.ONE, Kern, e-file, only Alpirsbach/Loßburg/Dornstetten, free
  agil: 'Kleine Schritte, schnelle Ergebnisse', // Tue 12.10. 09:00–16:00, hybrid (Kurhaus), VWS, Dieterle, 210 €, Scrum/Kanban
  ozg: 'Anträge ohne Wartemarke', // Wed 20.10. 13:00–16:00, online, Komm.ONE, Kern, OZG, free
  konflikte: 'Reibung im Team', // Tue 26.10. 09:00–16:00, Landratsamt, PE, Wälde, free, for managers
  fuehrung: 'Plötzlich Chefin, plötzlich Chef', // Thu 28.10. (CEST) and Thu 11.11. (CET) 09:00–16:00, Kurhaus, VWS, Dr. Schäfer, 520 €, new managers
  winterdienst: 'Glatt, dunkel, früh am Morgen', // Tue 09.11. 07:30–12:00, Bauhof Baiersbronn, UKBW, Haug, winter road service, free
  sitzung: 'Von der Einladung bis zum Protokoll: Sitzungsdienst im Gemeinderat', // Tue 16.11. 09:00–16:00, Rathaus Horb, VWS, 180 €, deadline Fri 29.10. 23:59
  doppik: 'Den Haushalt lesen lernen', // Wed 24.11. 09:00–12:00, online, VWS, Ziefle, 120 €, Doppik/NKHR
  barrierefrei: 'Dokumente für alle', // Thu 02.12. 13:00–16:00, hybrid (Landratsamt), PE, Armbruster, accessible documents, free, 30 seats
  instagram: 'Das Rathaus auf Instagram', // draft (Wed 17.11.)
  starkregen: 'Starkregenrisikomanagement in der Gemeinde', // draft (Tue 07.12.)
  powerpoint: 'Folien, die wirken: PowerPoint im Verwaltungsalltag', // cancelled (Tue 07.09.2027)
  freischneider: 'Sicherer Umgang mit Freischneider und Motorsense', // cancelled (Mon 18.10.2027)
  brandschutz: 'Brandschutzhelfer-Ausbildung für Verwaltungsgebäude', // past (Thu 17 June 2027)
  grundsteuer: 'Die neue Grundsteuer: Auskunft am Bürgertelefon', // past (Tue 13 July 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.instagram, T.starkregen, T.powerpoint, T.freischneider, T.brandschutz, T.grundsteuer];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  {
    q: 'Hallo, ich bin neu in der Stadtkasse und wollte fragen, was der Excel-Kurs kostet.',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 75 €'],
    mentions: ['Die Gebühr trägt die entsendende Dienststelle.'],
  },
  {
    q: 'Guten Tag, ich bin Sicherheitsbeauftragter in unserem Rathaus. Was kostet die Erste-Hilfe-Fortbildung?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse Baden-Württemberg.'],
  },
  {
    q: 'Hello, I was just promoted to team lead. How much does "Plötzlich Chefin, plötzlich Chef" cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['costs €520'],
  },
  // --- facts: when (across the end of summer time), start time, duration -----------------------------------------------
  {
    q: 'wann ist datenschutz',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['am Do., 26.08.2027 von 09:00 bis 12:00 Uhr'],
  },
  {
    q: 'When is the Sitzungsdienst seminar?',
    locale: 'en',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['on Tue, 16 Nov 2027 from 09:00 to 16:00'],
  },
  {
    q: 'Hallo, ich bin seit Juli Sachgebietsleiterin im Ordnungsamt. An welchen Tagen findet „Plötzlich Chefin, plötzlich Chef“ statt?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 28.10.2027 und Do., 11.11.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'What time does the Winterdienst training start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.winterdienst],
    says: ['starts on Tue, 9 Nov 2027 at 07:30'],
  },
  {
    q: 'Guten Morgen, ich bin IT-Beauftragte in unserer Gemeinde. Um wie viel Uhr beginnt die Phishing-Schulung?',
    kind: 'facts',
    titles: [T.phishing],
    says: ['beginnt am Mo., 30.08.2027 um 09:00 Uhr'],
  },
  {
    q: 'Hallo, ich arbeite fast nur am Bildschirm. Wie lange dauert die Ergonomie-Schulung?',
    kind: 'facts',
    titles: [T.ergonomie],
    says: ['dauert 1,5 Stunden, von 14:00 bis 15:30 Uhr'],
  },
  {
    q: 'how long is the stress management course',
    locale: 'en',
    kind: 'facts',
    titles: [T.stress],
    says: ['lasts 2.5 hours, from 13:30 to 16:00'],
  },
  // --- facts: where, format, trainer, deadline -------------------------------------------------------------------------
  {
    q: 'Guten Tag, ich arbeite in der Beschaffungsstelle. Wo findet das Vergaberecht-Seminar statt?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['im Haus des Gastes Loßburg'],
  },
  { q: 'wo findet ozg statt', kind: 'facts', titles: [T.ozg], says: ['findet online statt'] },
  {
    q: 'Guten Tag, ich arbeite in der Pressestelle. Findet die KI-Schulung online oder vor Ort statt?',
    kind: 'facts',
    titles: [T.ki],
    says: [/findet hybrid statt|oder online statt/],
  },
  {
    q: 'Hallo, ich bin Sachbearbeiterin im Jugendamt. Kann ich beim Kurs „Den Haushalt lesen lernen“ auch vor Ort teilnehmen?',
    kind: 'facts',
    titles: [T.doppik],
    says: ['findet online statt'],
  },
  {
    q: 'Who teaches the plain language seminar?',
    locale: 'en',
    kind: 'facts',
    titles: [T.sprache],
    says: ['is led by Frau Annette Bühler'],
  },
  {
    q: 'Guten Tag, ich bin im Bauamt für Ausschreibungen zuständig. Bis wann kann ich mich zum Vergaberecht anmelden?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Fr., 10.09.2027, 12:00 Uhr'],
  },
  {
    q: 'Hi, I work at the front desk of the foreigners authority. What was the registration deadline for the English course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 20 Aug 2027, 23:59'],
  },
  {
    q: 'Hallo, ich bin im Hauptamt für die Gemeinderatssitzungen zuständig. Wann ist der Anmeldeschluss für den Sitzungsdienst-Kurs?',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['bis Fr., 29.10.2027, 23:59 Uhr'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  {
    conv: 'kasse',
    q: 'Hallo, ich bin neu in der Stadtkasse und suche eine Fortbildung zum Zahlungsverkehr. Gibt es da etwas?',
    kind: 'list',
    titles: [T.kasse],
  },
  {
    conv: 'kasse',
    q: 'Und wo findet der statt?',
    kind: 'facts',
    titles: [T.kasse],
    says: ['im Rathaus Horb am Neckar'],
  },
  { conv: 'kasse', q: 'Was kostet das?', kind: 'facts', titles: [T.kasse], says: ['kostet 230 €'] },
  {
    conv: 'chat',
    q: 'Hi, I work in the press office. Is there any training on ChatGPT or other AI tools?',
    locale: 'en',
    kind: 'list',
    titles: [T.ki],
  },
  { conv: 'chat', q: 'Is it online?', locale: 'en', kind: 'facts', titles: [T.ki], says: [/is hybrid|or online/] },
  {
    conv: 'chat',
    q: 'Who is the trainer?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is led by Herr Daniel Gaiser'],
  },
  {
    conv: 'tresen',
    q: 'Guten Morgen, ich arbeite im Bürgerbüro und wir haben immer öfter aggressive Kundschaft. Gibt es dazu ein Seminar?',
    kind: 'list',
    titles: [T.deeskalation],
  },
  {
    conv: 'tresen',
    q: 'Wann ist das?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['am Do., 23.09.2027 von 09:00 bis 15:00 Uhr'],
  },
  {
    conv: 'tresen',
    q: 'Gibt es noch freie Plätze?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  // --- topic searches: everyday words, words only in summary or description, synonyms, abbreviations, typos ------------
  { q: 'informatonssicherheit', kind: 'list', titles: [T.phishing] },
  { q: 'excell schulung', kind: 'list', titles: [T.excel] },
  {
    q: 'Hallo, ich bin Sekretärin im Bürgermeisteramt und ertrinke in E-Mails. Gibt es einen Kurs, wie ich Outlook besser organisiere?',
    kind: 'list',
    titles: [T.outlook],
  },
  {
    q: 'Guten Tag, ich schreibe im Sozialamt viele Bescheide und möchte verständlicher formulieren. Gibt es dazu ein Seminar?',
    kind: 'list',
    titles: [T.sprache],
  },
  { q: 'doppik', kind: 'list', titles: [T.doppik] },
  { q: 'kanban', kind: 'list', titles: [T.agil] },
  {
    q: 'Hallo, wir führen in Alpirsbach bald die E-Akte ein. Gibt es dazu eine Schulung?',
    kind: 'list',
    titles: [T.eakte],
  },
  { q: 'Is there a course on accessible PDFs?', locale: 'en', kind: 'list', titles: [T.barrierefrei] },
  {
    q: 'Hallo, ich wurde gerade als Ersthelferin für unser Rathaus benannt. Welche Fortbildung brauche ich dafür?',
    kind: 'list',
    titles: [T.ersteHilfe],
  },
  { q: 'gemkvo', kind: 'list', titles: [T.kasse] },
  {
    q: 'Guten Tag, ich leite seit Kurzem ein Sachgebiet und tue mich schwer mit dem Delegieren. Gibt es dafür eine Fortbildung?',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    q: 'Hallo, ich sitze den ganzen Tag am Schreibtisch und habe Rückenschmerzen. Gibt es da etwas?',
    kind: 'list',
    titles: [T.ergonomie],
  },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, length, cost, language ---------------
  {
    q: 'Guten Morgen, ich habe diese Woche noch etwas Luft. Was findet diese Woche noch statt?',
    kind: 'list',
    titles: [T.excel, T.datenschutz],
  },
  {
    q: 'Guten Tag, ich plane gerade die Urlaubsvertretung. Was läuft nächste Woche vormittags?',
    kind: 'list',
    titles: [T.phishing, T.english],
  },
  {
    q: "Hi, I'm planning my team's schedule. What's on next week in the afternoon?",
    locale: 'en',
    kind: 'list',
    titles: [T.stress, T.ki],
  },
  {
    q: 'Guten Morgen, ich plane gerade meinen Herbst. Was gibt es im Oktober?',
    kind: 'list',
    titles: [T.sprache, T.eakte, T.agil, T.ozg, T.konflikte, T.fuehrung],
  },
  {
    q: 'Hallo, unser Fortbildungsbudget ist aufgebraucht. Welche kostenlosen Seminare gibt es im September?',
    kind: 'list',
    titles: [T.ki, T.ersteHilfe, T.deeskalation, T.ergonomie],
  },
  { q: 'online kurse im september', kind: 'list', titles: [T.outlook, T.ergonomie] },
  {
    q: 'Hallo, ich arbeite in der Stadtverwaltung Horb. Welche Seminare finden bei uns in Horb statt?',
    kind: 'list',
    ...only(T.kasse, T.sitzung),
  },
  { q: 'Hallo, welche Kurse gibt Frau Haist?', kind: 'list', ...only(T.excel, T.outlook) },
  {
    q: 'What does the Unfallkasse offer?',
    locale: 'en',
    kind: 'list',
    ...only(T.stress, T.ersteHilfe, T.deeskalation, T.ergonomie, T.winterdienst),
  },
  {
    q: 'Hallo, ich bin seit Juli Führungskraft im Jugendamt. Welche Seminare sind für mich geeignet?',
    kind: 'list',
    ...only(T.konflikte, T.fuehrung),
  },
  {
    q: 'Guten Tag, ich suche eine längere Fortbildung. Welche Seminare dauern mehrere Tage?',
    kind: 'list',
    titles: [T.fuehrung],
  },
  { q: 'Are any courses held in English?', locale: 'en', kind: 'list', titles: [T.english] },
  {
    q: 'Hallo, ich bin bei uns für die IT zuständig. Was bietet Komm.ONE an?',
    kind: 'list',
    ...only(T.phishing, T.ki, T.eakte, T.ozg),
  },
  {
    q: 'Guten Tag, ich bin Personalrätin und möchte wissen, was im Dezember geplant ist.',
    kind: 'list',
    titles: [T.barrierefrei],
  },
  // --- gone, drafts never shown, no match, greeting, registrations -----------------------------------------------------
  { q: 'powerpoint kurs wann', kind: 'gone', gone: T.powerpoint },
  {
    q: 'Hallo, unser Bauhof wollte sich zum Freischneider-Lehrgang anmelden. Findet der statt?',
    kind: 'gone',
    gone: T.freischneider,
  },
  {
    q: 'When was the Grundsteuer training?',
    locale: 'en',
    kind: 'gone',
    gone: T.grundsteuer,
    says: ['Tue, 13 Jul 2027'],
  },
  {
    q: 'Guten Tag, ich bin Brandschutzbeauftragter. Wann ist die Brandschutzhelfer-Ausbildung?',
    kind: 'gone',
    gone: T.brandschutz,
    says: ['Do., 17.06.2027'],
  },
  { q: 'instagram schulung', kind: 'none' },
  { q: 'Guten Tag, ich bin im Bauamt. Gibt es etwas zum Starkregenrisikomanagement?', kind: 'none' },
  { q: 'sap schulung', kind: 'none' },
  { q: 'Is there a French course?', locale: 'en', kind: 'none' },
  { q: 'Hallo!', kind: 'help' },
  { q: 'Hi, what can you do?', locale: 'en', kind: 'help' },
  { q: 'Hallo, können Sie mir bitte meine Anmeldungen zeigen?', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a hundred-and-ninety-ninth, independent catalogue (Landkreis Freudenstadt, VWS, Komm.ONE, UKBW)',
  {
    fixture: 'heldout199-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
