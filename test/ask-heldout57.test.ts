// Over-fitting check, fifty-seventh catalogue: the 2027 programme of the Bayerische Verwaltungsschule (BVS) together
// with the Landratsamt Passau for the county and its municipalities (Vilshofen an der Donau, Pocking, Hauzenberg,
// Tittling, Ruhstorf, Bad Griesbach, Fürstenzell, Neuhaus am Inn): the BVS-Bildungszentrum Passau (Innstraße), the
// Landratsamt Passau, the Rathaus Vilshofen, online and hybrid; providers BVS, AKDB, the Landratsamt's Sachgebiet IT and
// a consultancy from Regensburg. Brochure titles whose subject is often only in the summary or description. Questions
// are long and narrative (people explain their situation first), a few very formal, about a fifth in English from
// international colleagues, written without looking at the parser or the answers. Same assertions as the other
// suites: exactly the expected seminars (best first where one is clearly best), the asked fact in the first sentence,
// never a draft, cancelled or past seminar.
//
// Calendar around `now` (Tuesday 19 October 2027, 14:00 in Passau, summer time until Sun 31.10.2027):
//   this week:  nothing more today; Wed 20.10. 09:00–12:00 BayernPortal (online, tomorrow), Thu 21.10. 13:30–15:30 Teams
//               (online), Fri 22.10. 09:00–12:30 Informationssicherheit (Landratsamt)
//   next week:  Tue 26.10. 14:00–16:30 Sitzungsdienst (online, the only afternoon), Wed 27.10. 09:00–12:00 Zeitmanagement
//               (online, 95 €), Thu 28.10. 09:00–12:00 E-Akte part 1 (online, 180 €)
//   DST ends Sun 31.10.: the E-Akte's part 2 is Thu 04.11. 09:00–12:00 CET (same local time as part 1 in CEST).
//   November:   Wed 03.11. 13:00–16:00 "Bavaria in a Nutshell" (English, free), Wed 10.11. Bauantrag (free),
//               Digitallotsen Thu/Fri 11./12.11. and 18./19.11. (member municipalities only, deadline passed Fri 15.10.),
//               Führung Mon/Tue 15./16.11., Doppik Mon/Tue 22./23.11., Vergaberecht Thu 25.11. (Vilshofen, deadline
//               Fri 12.11. 12:00), ISMS Mon/Tue 29./30.11. (the archive course of Wed 17.11. is cancelled)
//   December:   Thu 02.12. Kassenrecht, Tue 07.12. Datenschutz (hybrid), Thu 09.12. Excel basics, Tue 14.12. KI (Vilshofen)
//   January 2028: Prozessmanagement Mon/Tue 10./11.01., Konfliktgespräche Wed 19.01. (PowerPoint on 13.01. cancelled)
//   February 2028: Tue 01.02. Sitzungsvorlagen und Niederschriften (Vilshofen), Tue 08.02. Excel pivot (online)
//   past: Sommerforum Tue 14.09.2027, Arbeitsschutz im Bauhof Tue 12.10.2027; drafts: Instagram, Fördermittel.
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-10-19T12:00:00Z'); // Tuesday, 19 October 2027, 14:00 in Passau (CEST)
const TZ = 'Europe/Berlin';

const T = {
  bayernportal: 'Ein Portal für alle Anliegen: Online-Dienste im BayernPortal freischalten', // Wed 20.10. 09:00–12:00, online, AKDB, free, OZG
  teams: 'Besprechen, teilen, gemeinsam bearbeiten: Microsoft Teams im Rathaus', // Thu 21.10. 13:30–15:30, online, Sachgebiet IT, free, mobiles Arbeiten
  infosec: 'Sicher ist sicher: Informationssicherheit im Rathausalltag', // Fri 22.10. 09:00–12:30, Landratsamt, Sachgebiet IT, free, Phishing
  rats: 'Gremienarbeit ohne Papierberge: Der digitale Sitzungsdienst', // Tue 26.10. 14:00–16:30, online, AKDB, free, Ratsinformationssystem
  zeit: 'Weniger Hektik, mehr erledigt: Zeit- und Selbstmanagement', // Wed 27.10. 09:00–12:00, online, BVS, 95 €
  eakte: 'Schluss mit der Zettelwirtschaft: Die E-Akte im Sachgebiet einführen', // Thu 28.10. (CEST) and Thu 04.11. (CET) 09:00–12:00, online, AKDB, 180 €
  english: 'Bavaria in a Nutshell: How Counties and Municipalities Work', // Wed 03.11. 13:00–16:00, Landratsamt, English, BVS, free
  bauantrag: 'Vom Papierstapel zum Datensatz: Der Bauantrag wird digital', // Wed 10.11. 09:00–15:30, Landratsamt, Sachgebiet IT, free
  lotsen: 'Digitallotsin und Digitallotse: Qualifizierung für die Gemeinden im Landkreis', // 4 days 11./12./18./19.11. 09:00–16:00, Landratsamt, 980 € (half paid by the state), deadline passed Fri 15.10. 23:59
  fuehrung: 'Plötzlich Chefin, plötzlich Chef: Grundlagen der Mitarbeiterführung', // Mon 15.11. and Tue 16.11. 09:00–16:30, Bildungszentrum, 480 €, Dr. Huber
  doppik: 'Soll und Haben im Rathaus: Einstieg in die kommunale Doppik', // Mon 22.11. and Tue 23.11. 08:30–16:00, Bildungszentrum, 390 €
  vergabe: 'Richtig einkaufen: Vergaberecht für Gemeinden unterhalb der EU-Schwellenwerte', // Thu 25.11. 09:00–16:00, Rathaus Vilshofen, 260 €, deadline Fri 12.11. 12:00
  isms: 'Der Schutzschild für Ihre Daten: Ein ISMS für kleine Gemeinden aufbauen', // Mon 29.11. and Tue 30.11. 09:00–16:00, Bildungszentrum, 520 €, 14 seats
  kasse: 'Jeder Euro an seinem Platz: Kassenrecht und Zahlungsverkehr in der Gemeindekasse', // Thu 02.12. 09:00–16:00, Bildungszentrum, 210 €
  datenschutz: 'Personenbezogen, schutzbedürftig: Datenschutz im Behördenalltag', // Tue 07.12. 09:00–12:00, hybrid (Landratsamt), Sachgebiet IT, free, DSGVO
  excelGrund: 'Tabellen ohne Frust: Excel-Grundlagen für die Verwaltung', // Thu 09.12. 08:30–12:30, Bildungszentrum, 120 €, Moser
  ki: 'Schreiben lassen, selbst denken: Künstliche Intelligenz im Amt nutzen', // Tue 14.12. 13:00–16:30, Rathaus Vilshofen, Regensburg consultancy, 150 €, 20 seats
  prozess: 'Abläufe sichtbar machen: Prozessmanagement in der Kommunalverwaltung', // Mon 10.01. and Tue 11.01.2028 09:00–16:00, Bildungszentrum, Regensburg consultancy, 640 €, BPMN
  konflikt: 'Klare Worte, kühler Kopf: Konfliktgespräche mit Beschäftigten führen', // Wed 19.01.2028 09:00–16:00, Landratsamt, 240 €, Dr. Huber, for managers
  schreiben: 'Kurz, klar, korrekt: Schreiben für Gemeinderat und Ausschüsse', // Tue 01.02.2028 09:00–15:00, Rathaus Vilshofen, 190 €, Niederschriften
  excelPivot: 'Auswerten statt abtippen: Pivot-Tabellen und Formeln in Excel', // Tue 08.02.2028 09:00–12:00, online, 95 €, Moser, XVERWEIS
  instagram: 'Gemeinde auf Instagram: Social Media in der Bürgerkommunikation', // draft
  foerder: 'Geld vom Freistaat: Fördermittel erfolgreich beantragen', // draft
  archiv: 'Was bleibt, was geht: Schriftgut aussondern und ans Archiv abgeben', // cancelled (was Wed 17.11.2027)
  powerpoint: 'Folien, die wirken: PowerPoint-Präsentationen für den Gemeinderat', // cancelled (was Thu 13.01.2028)
  sommerforum: 'Sommerforum Kommunale Digitalisierung 2027', // past (Tue 14 September 2027)
  bauhof: 'Gut unterwiesen: Arbeitsschutz im gemeindlichen Bauhof', // past (Tue 12 October 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.instagram, T.foerder, T.archiv, T.powerpoint, T.sommerforum, T.bauhof];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost -----------------------------------------------------------------------------------------------------
  {
    q: 'Ich bin in Vilshofen für die Beschaffung zuständig und müsste das vorher mit der Kämmerei abklären: Was kostet eigentlich das Vergaberecht-Seminar?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['kostet 260 €'],
  },
  {
    q: 'Our team wants to map its workflows – how much does the process management training cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.prozess],
    says: ['costs €640'],
  },
  // --- facts: when, start time, duration -------------------------------------------------------------------------------
  {
    q: 'Wir führen in Hauzenberg gerade die E-Akte ein und ich soll zu beiden Terminen der Schulung – wann genau sind die?',
    kind: 'facts',
    titles: [T.eakte],
    says: ['an 2 Tagen', 'Do., 28.10.2027 und Do., 04.11.2027', 'jeweils von 09:00 bis 12:00 Uhr'],
  },
  {
    q: 'When is the Bavaria in a Nutshell session?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['takes place on Wed, 3 Nov 2027 from 13:00 to 16:00'],
  },
  {
    q: 'Sehr geehrte Damen und Herren, könnten Sie mir bitte mitteilen, an welchen Tagen das Seminar zur kommunalen Doppik stattfindet? Mit freundlichen Grüßen',
    kind: 'facts',
    titles: [T.doppik],
    says: ['an 2 Tagen', 'Mo., 22.11.2027 und Di., 23.11.2027', 'jeweils von 08:30 bis 16:00 Uhr'],
  },
  {
    q: 'Ich muss morgens noch meine Kinder in die Kita bringen – um wie viel Uhr fängt das Seminar zu Konfliktgesprächen an?',
    kind: 'facts',
    titles: [T.konflikt],
    says: ['beginnt am Mi., 19.01.2028 um 09:00 Uhr'],
  },
  {
    q: 'I have other appointments that day – what time does the Microsoft Teams training start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.teams],
    says: ['starts on Thu, 21 Oct 2027 at 13:30'],
  },
  {
    q: 'How long is the workshop on artificial intelligence?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['lasts 3.5 hours, from 13:00 to 16:30'],
  },
  // --- facts: where, format, trainer, deadline, seats -------------------------------------------------------------------
  {
    q: 'Ich komme aus Bad Griesbach und muss den Dienstwagen reservieren – wo findet die Schulung zum Kassenrecht statt?',
    kind: 'facts',
    titles: [T.kasse],
    says: ['im BVS-Bildungszentrum Passau'],
  },
  {
    q: 'Die Schulung zur Informationssicherheit am Freitag – ist die vor Ort oder online?',
    kind: 'facts',
    titles: [T.infosec],
    says: ['findet in Präsenz statt, im Landratsamt Passau'],
  },
  {
    q: 'I live in Neuhaus am Inn and Passau is a long drive – is the data protection seminar online or in person?',
    locale: 'en',
    kind: 'facts',
    titles: [T.datenschutz],
    says: [/is hybrid|or online/],
  },
  {
    q: 'Ich habe gerade die Leitung meines Sachgebiets übernommen – wer leitet denn das Grundlagenseminar für neue Chefinnen und Chefs?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['leitet Frau Dr. Theresa Huber'],
  },
  {
    q: 'Bis wann muss ich mich für das Vergaberecht in Vilshofen anmelden?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Fr., 12.11.2027, 12:00 Uhr'],
  },
  {
    q: 'Until when can I register for the Digitallotsen qualification?',
    locale: 'en',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['passed on Fri, 15 Oct 2027, 23:59'],
  },
  {
    q: 'Ich bin seit Kurzem Informationssicherheitsbeauftragte in Ruhstorf. Wie viele Plätze sind beim ISMS-Seminar noch frei?',
    kind: 'facts',
    titles: [T.isms],
    says: ['noch 14 von 14 Plätzen frei'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  {
    conv: 'bauamt',
    q: 'Ich bin seit Oktober im Bauamt in Pocking und soll mich um die digitalen Bauanträge kümmern – gibt es da was?',
    kind: 'list',
    titles: [T.bauantrag],
  },
  {
    conv: 'bauamt',
    q: 'Kostet das was? Unser Fortbildungsbudget ist dieses Jahr schon ziemlich ausgereizt.',
    kind: 'facts',
    titles: [T.bauantrag],
    says: ['ist kostenlos'],
  },
  {
    conv: 'bauamt',
    q: 'Und wo findet das statt?',
    kind: 'facts',
    titles: [T.bauantrag],
    says: ['im Landratsamt Passau'],
  },
  {
    conv: 'lotse',
    q: 'Unser Bürgermeister in Tittling möchte, dass ich Digitallotsin für die Gemeinde werde. Gibt es dafür eine Ausbildung?',
    kind: 'list',
    titles: [T.lotsen],
  },
  {
    conv: 'lotse',
    q: 'Wie viele Tage sind das denn?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['dauert 4 Tage, jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'lotse',
    q: 'Und was kostet mich das? Wir sind eine kleine Gemeinde.',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['kostet 980 €'],
    mentions: ['Die Hälfte der Gebühr übernimmt der Freistaat Bayern.'],
  },
  {
    conv: 'chatgpt',
    q: 'Alle im Büro reden von ChatGPT und ich habe ehrlich gesagt keine Ahnung, wie man das sinnvoll einsetzt. Gibt es dazu eine Schulung?',
    kind: 'list',
    titles: [T.ki],
  },
  {
    conv: 'chatgpt',
    q: 'Wann ist die?',
    kind: 'facts',
    titles: [T.ki],
    says: ['am Di., 14.12.2027 von 13:00 bis 16:30 Uhr'],
  },
  {
    conv: 'chatgpt',
    q: 'Sind da noch Plätze frei?',
    kind: 'facts',
    titles: [T.ki],
    says: ['noch 20 von 20 Plätzen frei'],
  },
  {
    conv: 'excel-en',
    q: "I work in the treasury in Bad Griesbach and my Excel is a bit rusty – is there a beginners' course before Christmas?",
    locale: 'en',
    kind: 'list',
    titles: [T.excelGrund],
  },
  {
    conv: 'excel-en',
    q: 'What time does it start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.excelGrund],
    says: ['starts on Thu, 9 Dec 2027 at 08:30'],
  },
  {
    conv: 'excel-en',
    q: 'And where is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.excelGrund],
    says: ['at BVS-Bildungszentrum Passau'],
  },
  // --- topic searches: everyday words, words only in summary or description, compounds, synonyms, abbreviations -------
  {
    q: 'Meine Chefin meint, ich soll mal was zu Informationssicherheit machen, aber bitte nicht an einem Freitag.',
    kind: 'list',
    titles: [T.isms],
  },
  {
    q: 'Bei uns in Hauzenberg ist letzte Woche jemand auf eine Phishing-Mail reingefallen. Habt ihr irgendwas zum Thema Sicherheit?',
    kind: 'list',
    first: T.infosec,
    ...only(T.infosec, T.isms),
    miss: 'the ISMS course names information security only in its description and falls below the cut-off beside the one with it in its title',
  },
  {
    q: 'Ich bin zwei Tage die Woche im Homeoffice und verliere manchmal den Draht zu meinem Team – gibt es da was?',
    kind: 'list',
    first: T.teams,
  },
  {
    q: 'Unser Bürgermeister will, dass wir in der Verwaltung KI ausprobieren. Wo lerne ich das?',
    kind: 'list',
    titles: [T.ki],
  },
  {
    q: 'Ich soll unsere Abläufe in BPMN aufzeichnen, habe aber keine Ahnung davon.',
    kind: 'list',
    titles: [T.prozess],
  },
  {
    q: 'Ich soll künftig die Niederschriften im Gemeinderat schreiben und habe das noch nie gemacht – gibt es dafür eine Schulung?',
    kind: 'list',
    first: T.schreiben,
  },
  {
    q: 'Unsere Gemeinde stellt demnächst von der Kameralistik auf die Doppik um. Was können Sie mir empfehlen?',
    kind: 'list',
    first: T.doppik,
  },
  {
    q: 'Verzeihen Sie die Störung – bieten Sie Fortbildungen zum kommunalen Haushaltsrecht an?',
    kind: 'list',
    ...only(T.doppik, T.kasse),
    miss: 'the course on the municipal treasury names budget law only in its description and falls below the cut-off',
  },
  { q: 'Was habt ihr zum OZG?', kind: 'list', first: T.bayernportal },
  {
    q: 'I recently moved to Passau from Spain and now work in the immigration office – is there an introduction to how German local government works?',
    locale: 'en',
    kind: 'list',
    first: T.english,
  },
  {
    q: 'Vor Gesprächen mit unzufriedenen Mitarbeitern habe ich immer Bauchweh. Gibt es etwas, das mir als Sachgebietsleiter da hilft?',
    kind: 'list',
    first: T.konflikt,
  },
  {
    q: 'Mein Postfach quillt über und ich komme zu nichts mehr – habt ihr was zum Zeitmanagement?',
    kind: 'list',
    titles: [T.zeit],
  },
  // --- typos -----------------------------------------------------------------------------------------------------------
  { q: 'Gibt es noch was zur Informationssicherhiet?', kind: 'list', ...only(T.infosec, T.isms) },
  { q: 'Is there a training on Microsft Teams?', locale: 'en', kind: 'list', titles: [T.teams] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, cost, length, language, free seats -------
  { q: 'Was läuft diese Woche noch?', kind: 'list', titles: [T.bayernportal, T.teams, T.infosec] },
  {
    q: 'Ich bin erst nächste Woche aus dem Urlaub zurück – was gibt es dann?',
    kind: 'list',
    titles: [T.rats, T.zeit, T.eakte],
  },
  { q: 'Nächste Woche kann ich nur nachmittags – gibt es da was?', kind: 'list', titles: [T.rats] },
  {
    q: 'Welche Seminare gibt es im Dezember noch vor Weihnachten?',
    kind: 'list',
    titles: [T.kasse, T.datenschutz, T.excelGrund, T.ki],
  },
  { q: 'Schaffe ich dieses Jahr noch eine Fortbildung zum Prozessmanagement?', kind: 'none' },
  { q: "What's on in February?", locale: 'en', kind: 'list', titles: [T.schreiben, T.excelPivot] },
  {
    q: 'Welche Seminare finden komplett online statt?',
    kind: 'list',
    ...only(T.bayernportal, T.teams, T.rats, T.zeit, T.eakte, T.excelPivot),
  },
  {
    q: 'Ich arbeite in Vilshofen und würde gern ohne lange Anfahrt eine Fortbildung machen – was findet im Rathaus Vilshofen statt?',
    kind: 'list',
    ...only(T.vergabe, T.ki, T.schreiben),
  },
  { q: 'Which courses does Mr Moser teach?', locale: 'en', kind: 'list', ...only(T.excelGrund, T.excelPivot) },
  {
    q: 'Könnten Sie mir bitte sagen, welche Seminare die AKDB anbietet?',
    kind: 'list',
    ...only(T.bayernportal, T.eakte, T.rats),
  },
  {
    q: 'Ich bin seit Kurzem Führungskraft im Ordnungsamt – welche Seminare sind für mich gedacht?',
    kind: 'list',
    ...only(T.fuehrung, T.konflikt),
  },
  {
    q: 'Unser Budget ist leer – welche kostenlosen Seminare gibt es im November?',
    kind: 'list',
    titles: [T.english, T.bauantrag],
  },
  {
    q: 'Welche Seminare dauern mehrere Tage?',
    kind: 'list',
    ...only(T.eakte, T.lotsen, T.fuehrung, T.doppik, T.isms, T.prozess),
  },
  {
    q: "My German isn't good enough for a whole seminar yet – are any courses held in English?",
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  { q: 'Welche Seminare im Januar haben noch freie Plätze?', kind: 'list', titles: [T.prozess, T.konflikt] },
  // --- gone, drafts, no match, greeting ----------------------------------------------------------------------------------
  {
    q: 'Wann war nochmal das Sommerforum Kommunale Digitalisierung?',
    kind: 'gone',
    gone: T.sommerforum,
    says: ['Di., 14.09.2027'],
  },
  {
    q: 'Ich wollte mich für den Kurs zum Aussondern von Schriftgut anmelden – wann findet der statt?',
    kind: 'gone',
    gone: T.archiv,
  },
  { q: 'When is the PowerPoint seminar for council presentations?', locale: 'en', kind: 'gone', gone: T.powerpoint },
  { q: 'Wir wollen mit unserer Gemeinde auf Instagram gehen – gibt es dazu ein Seminar?', kind: 'none' },
  { q: 'Gibt es eine Fortbildung zum Beantragen von Fördermitteln?', kind: 'none' },
  { q: 'Gibt es bei euch einen Staplerführerschein?', kind: 'none' },
  { q: 'Grüß Gott!', kind: 'help' },
  { q: 'Hello, what can you do?', locale: 'en', kind: 'help' },
];

heldoutSuite(
  'answering questions about a fifty-seventh, independent catalogue (BVS and Landratsamt Passau, narrative questions)',
  { fixture: 'heldout57-catalogue.json', now, timeZone: TZ, cases: CASES, titles: all, never: NEVER },
);
