// Over-fitting check, hundred-and-twenty-fifth catalogue: the 2028 summer programme of the Landkreis Nordwestmecklenburg
// (Mecklenburg-Vorpommern) with the Kommunalgemeinschaft Westmecklenburg, the Kommunaler Schadenausgleich Küste (KSA),
// the county's Fachdienst Informationstechnik and Fachdienst Personal, the Unfallkasse Mecklenburg-Vorpommern and the
// Volkshochschule Nordwestmecklenburg, for the county, the Hansestadt Wismar, Grevesmühlen, Gadebusch and the Ämter
// Klützer Winkel and Rehna, imported from a JSON file. Seminars take place in the Kreisverwaltung in Wismar, the
// Kreishaus Grevesmühlen, the Volkshochschule in Wismar, the Rathaus Gadebusch, the Amtsgebäude in Rehna and Klütz, the
// Kurhaus Boltenhagen, online or hybrid. Several titles do not name their subject ("Was wir über andere wissen dürfen"
// is data protection, "Besuch mit Fantasiepapieren" Reichsbürger at the counter, "Wie ein Leuchtturm in der Brandung"
// resilience, "Drei Folien statt dreißig" PowerPoint, "Ein Gespräch im Jahr, das zählt" staff appraisals, "Schluss mit
// dem Umlaufordner" the e-file, "Wat de Lüüd seggen" Low German at the counter, "Günstig, fair und rechtssicher
// einkaufen" public procurement, "Wer haftet, wenn der Ast fällt" the duty to keep trees and playgrounds safe, "Wenn das
// Thermometer steigt" heat protection, "Wichtiges zuerst" time management, "Führen, ohne auszubrennen" healthy
// leadership), so only summary, description or topics reveal it. The harbour-office course is held in English; the
// course for disability representatives runs on two days; the e-file course is open only to Gadebusch, Rehna and the
// Klützer Winkel; ten seminars are free. Questions are written the way colleagues ask in Teams — half plain, half short
// stories about their own office, a colleague, their boss or last year's course (with months, weekdays and towns that
// are not the filter, and some that say when the asker has time, which is) — without looking at the parser or the
// answers. Same assertions as the other suites: exactly the expected seminars (best first where one is clearly best),
// the asked fact in the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Tuesday 6 June 2028, 09:15 in Wismar, summer time; Whit Monday was 05.06.; winter time
// begins Sun 29.10.2028; every session below is in summer time, +02:00):
//   this week:  nothing more today; Wed 07.06. 13:00–15:30 Outlook (online, tomorrow), Fri 09.06. 09:00–12:00 data
//               protection (hybrid, Kreisverwaltung Wismar)
//   next week:  Mon 12.06. 09:00–12:30 Reichsbürger (Kreishaus Grevesmühlen), Tue 13.06. 13:00–16:00 resilience
//               (online), Wed 14.06. 13:30–16:00 PowerPoint (hybrid, VHS Wismar), Thu 15.06. 09:00–12:30 harbour
//               English (VHS Wismar; deadline passed Fri 02.06. 23:59)
//   then:       nothing from Fri 16.06. to Mon 26.06. except the cancelled Excel course (Tue 20.06.); Tue 27.06.
//               09:00–16:00 staff appraisals (Kreisverwaltung Wismar)
//   July:       Mon 03. Bauleitplanung (Gadebusch, 09:00–16:00, deadline Fri 23.06. 12:00), Wed 05./Thu 06.
//               disability representatives (Grevesmühlen, 09:00–15:30 each, deadline Fri 16.06. 23:59), Tue 11.
//               e-file (online, 10:00–12:00, members only), Thu 13. Low German (Rehna, 09:00–12:00), Tue 18.
//               procurement law (Kreisverwaltung Wismar, 09:00–16:00, deadline Fri 07.07. 12:00), Thu 20. trees and
//               playgrounds (Klütz, 09:00–15:00)
//   August:     Wed 02. heat protection (online, 10:00–11:30), Wed 09. official vehicles (online, 09:00–11:00), Thu 17.
//               Kurabgabe and beaches (Kurhaus Boltenhagen, 09:00–15:00, deadline Mon 31.07. 23:59), Thu 24.
//               accessible documents (online, 09:00–11:30); the cancelled Ratsinformationssystem course on Tue 29.08.
//   September:  Mon 04. time management (online, 13:00–16:00), Tue 12. e-procurement platform (online, 09:00–12:00),
//               Wed 20. healthy leadership (Kreishaus Grevesmühlen, 09:00–16:00); the draft Wohngeld course on Tue 19.09.
//   October:    the draft Instagram course on Thu 12.10.
//   past:       Tue 25.04.2028 Microsoft Teams (online), Wed 10.05.2028 grant accounting (Gadebusch).
//   weekdays:   Tuesdays 13.06., 27.06., 11.07., 18.07., 12.09.; Mondays 12.06., 03.07., 04.09.
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-06-06T07:15:00Z'); // Tuesday, 6 June 2028, 09:15 in Wismar (CEST)
const TZ = 'Europe/Berlin';

const T = {
  outlook: 'Regeln, Ordner, Freigaben: Outlook im Team nutzen', // Wed 07.06. 13:00–15:30, online, FD IT, Herr Tobias Kröger, free
  datenschutz: 'Was wir über andere wissen dürfen', // Fri 09.06. 09:00–12:00, hybrid (Kreisverwaltung Wismar), FD IT, Frau Dr. Maren Voß, DSGVO, free
  reichsbuerger: 'Besuch mit Fantasiepapieren', // Mon 12.06. 09:00–12:30, Kreishaus Grevesmühlen, KSA, Herr Jens Pahl, Reichsbürger, 95 €
  resilienz: 'Wie ein Leuchtturm in der Brandung', // Tue 13.06. 13:00–16:00, online, Unfallkasse, Frau Katrin Wulff, resilience, free
  powerpoint: 'Drei Folien statt dreißig', // Wed 14.06. 13:30–16:00, hybrid (VHS Wismar), VHS, Frau Sabine Lembke, PowerPoint, 65 €
  english: 'Port Office English: Talking with Skippers, Crews and Agents', // Thu 15.06. 09:00–12:30, VHS Wismar, VHS, English, 120 €, deadline passed Fri 02.06. 23:59
  gespraech: 'Ein Gespräch im Jahr, das zählt', // Tue 27.06. 09:00–16:00, Kreisverwaltung Wismar, FD Personal, Herr Dr. Frank Behrens, staff appraisals, managers, free, 16 seats
  bauleit: 'Vom Aufstellungsbeschluss zum Bebauungsplan: Bauleitplanung in kleinen Gemeinden', // Mon 03.07. 09:00–16:00, Rathaus Gadebusch, Kommunalgemeinschaft, Herr Dr. Ulrich Siems, 210 €, deadline Fri 23.06. 12:00
  sbv: 'Grundlagen für Schwerbehindertenvertretungen: Rechte, Pflichten, Praxis', // Wed 05.07. and Thu 06.07. 09:00–15:30, Kreishaus Grevesmühlen, Kommunalgemeinschaft, 340 €, deadline Fri 16.06. 23:59
  eakte: 'Schluss mit dem Umlaufordner', // Tue 11.07. 10:00–12:00, online, FD IT, Herr Tobias Kröger, e-file, only Gadebusch/Rehna/Klützer Winkel, free
  platt: 'Wat de Lüüd seggen', // Thu 13.07. 09:00–12:00, Amtsgebäude Rehna, VHS, Frau Gesa Timm, Low German, 45 €, 14 seats
  vergabe: 'Günstig, fair und rechtssicher einkaufen', // Tue 18.07. 09:00–16:00, Kreisverwaltung Wismar, Kommunalgemeinschaft, Frau Dr. Anke Börner, procurement law, 240 €, deadline Fri 07.07. 12:00
  ast: 'Wer haftet, wenn der Ast fällt', // Thu 20.07. 09:00–15:00, Amtsgebäude Klütz, KSA, Herr Olaf Brüggmann, Verkehrssicherungspflicht, free for KSA members
  hitze: 'Wenn das Thermometer steigt', // Wed 02.08. 10:00–11:30, online, Unfallkasse, Frau Katrin Wulff, heat protection, free
  dienstwagen: 'Kratzer am Dienstwagen', // Wed 09.08. 09:00–11:00, online, KSA, Frau Ines Schwarz, vehicle damage and liability, free
  kurabgabe: 'Zwischen Strandkorb und Satzung: Kurabgabe und Strandbewirtschaftung', // Thu 17.08. 09:00–15:00, Kurhaus Boltenhagen, Kommunalgemeinschaft, Herr Dr. Ulrich Siems, 160 €, deadline Mon 31.07. 23:59
  barrierefrei: 'Auch für Screenreader lesbar: barrierefreie Word- und PDF-Dateien', // Thu 24.08. 09:00–11:30, online, FD IT, Frau Lea Martens, free
  zeit: 'Wichtiges zuerst', // Mon 04.09. 13:00–16:00, online, VHS, Frau Sabine Lembke, time management, 55 €
  plattform: 'Angebote elektronisch anfordern: die Vergabeplattform des Landes', // Tue 12.09. 09:00–12:00, online, Kommunalgemeinschaft, Frau Dr. Anke Börner, e-procurement, 90 €, 30 seats
  fuehren: 'Führen, ohne auszubrennen', // Wed 20.09. 09:00–16:00, Kreishaus Grevesmühlen, Unfallkasse, Herr Dr. Jörg Hamann, healthy leadership, managers, free
  instagram: 'Kurze Videos für lange Wege: Instagram-Reels aus der Verwaltung', // draft (Thu 12.10.)
  wohngeld: 'Wohngeldrecht für Quereinsteigende', // draft (Tue 19.09.)
  excel: 'Rechnen mit Zellen: Excel für Kasse und Kämmerei', // cancelled (Tue 20.06.2028)
  rats: 'Ratsinformationssystem: Sitzungen digital vorbereiten', // cancelled (Tue 29.08.2028)
  foerder: 'Fördermittel richtig abrechnen: Verwendungsnachweise ohne Rückforderung', // past (Wed 10 May 2028)
  teams: 'Vom Rundmail-Chaos in den Teamkanal', // past (Tue 25 April 2028), Microsoft Teams
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.instagram, T.wohngeld, T.excel, T.rats, T.foerder, T.teams];
const offered = all.filter((t) => !NEVER.includes(t));

const only = onlyAmong(all, NEVER);
/** None of the offered seminars but these (used with `first`, where the others are acceptable but not required). */
const besides = (...titles: string[]) => ({ excludes: offered.filter((t) => !titles.includes(t)) });

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  {
    q: 'Was kostet das Seminar zur Bauleitplanung?',
    kind: 'facts',
    titles: [T.bauleit],
    says: ['kostet 210 €'],
    mentions: ['Inklusive Mittagessen und Seminarunterlagen.'],
  },
  {
    q: 'Our Amt in Klütz wants to send two people to the PowerPoint course in June, and my boss has to sign off the budget. How much is it per person?',
    locale: 'en',
    kind: 'facts',
    titles: [T.powerpoint],
    says: ['costs €65'],
  },
  {
    q: 'Wir sind Mitglied im Kommunalen Schadenausgleich und kontrollieren die Spielplätze im Bauhof Grevesmühlen selbst. Was kostet die Schulung zur Verkehrssicherungspflicht?',
    kind: 'facts',
    titles: [T.ast],
    says: ['ist kostenlos'],
    mentions: ['Für Mitglieder des Kommunalen Schadenausgleichs ist die Teilnahme kostenfrei.'],
  },
  // --- facts: when (one day, two days), start time, duration ----------------------------------------------------------
  {
    q: 'Ich bin neu in der Kurverwaltung und soll mich in unsere Kurabgabesatzung einarbeiten. Wann ist die Schulung dazu?',
    kind: 'facts',
    titles: [T.kurabgabe],
    says: ['am Do., 17.08.2028 von 09:00 bis 15:00 Uhr'],
  },
  {
    q: 'When is the e-file training?',
    locale: 'en',
    kind: 'facts',
    titles: [T.eakte],
    says: ['on Tue, 11 Jul 2028 from 10:00 to 12:00'],
  },
  {
    q: 'Ich bin im März zur stellvertretenden Vertrauensperson der schwerbehinderten Menschen gewählt worden. An welchen Tagen ist der Grundkurs?',
    kind: 'facts',
    titles: [T.sbv],
    says: ['an 2 Tagen', 'Mi., 05.07.2028 und Do., 06.07.2028', 'jeweils von 09:00 bis 15:30 Uhr'],
  },
  {
    q: 'Ich habe dienstags bis mittags Sprechstunde im Jugendamt. Um wie viel Uhr beginnt das Seminar zur Resilienz?',
    kind: 'facts',
    titles: [T.resilienz],
    says: ['beginnt am Di., 13.06.2028 um 13:00 Uhr'],
  },
  {
    q: 'What time does the training on dealing with Reichsbürger at the counter start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.reichsbuerger],
    says: ['starts on Mon, 12 Jun 2028 at 09:00'],
  },
  {
    q: 'Wie lange dauert der Vortrag zum Hitzeschutz?',
    kind: 'facts',
    titles: [T.hitze],
    says: ['dauert 1,5 Stunden, von 10:00 bis 11:30 Uhr'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  {
    q: 'Wo findet die Datenschutzschulung statt?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['in der Kreisverwaltung Nordwestmecklenburg', 'oder online'],
  },
  {
    q: 'Ist der PowerPoint-Kurs online oder vor Ort?',
    kind: 'facts',
    titles: [T.powerpoint],
    says: ['findet hybrid statt'],
  },
  {
    q: 'My back has been bad since April, so I would rather not drive to Wismar. Is the workshop on accessible PDFs online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.barrierefrei],
    says: ['takes place online'],
  },
  {
    q: 'Meine Kollegin aus Gadebusch schwärmt noch vom Plattdeutsch-Kurs im letzten Jahr. Wer leitet den dieses Jahr?',
    kind: 'facts',
    titles: [T.platt],
    says: ['leitet Frau Gesa Timm'],
  },
  {
    q: "A colleague from Rehna recommended the time management course, but she couldn't remember the trainer's name. Who teaches it?",
    locale: 'en',
    kind: 'facts',
    titles: [T.zeit],
    says: ['is led by Frau Sabine Lembke'],
  },
  {
    q: 'Unsere Gemeindevertretung will im Herbst einen neuen Bebauungsplan aufstellen, und ich soll das Verfahren betreuen. Bis wann kann ich mich fuer das Seminar zur Bauleitplanung anmelden?',
    kind: 'facts',
    titles: [T.bauleit],
    says: ['bis Fr., 23.06.2028, 12:00 Uhr'],
  },
  {
    q: 'Mein Chef möchte, dass ich im Juli zur Vergaberecht-Schulung gehe, aber ich muss erst meine Vertretung klären. Bis wann muss ich mich anmelden?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Fr., 07.07.2028, 12:00 Uhr'],
  },
  {
    q: 'Our staff council in Grevesmühlen elected a new representative for severely disabled employees last month. Until when can she register for the basic course?',
    locale: 'en',
    kind: 'facts',
    miss: '"the basic course" after a story in English is not matched to the German basic course for disability representatives',
    titles: [T.sbv],
    says: ['until Fri, 16 Jun 2028, 23:59'],
  },
  {
    q: 'Sind beim Seminar zur Vergabeplattform noch Plätze frei?',
    kind: 'facts',
    titles: [T.plattform],
    says: ['noch 30 von 30 Plätzen frei'],
  },
  {
    q: 'My manager in Gadebusch wants me to do the Low German course. Are there still seats?',
    locale: 'en',
    kind: 'facts',
    miss: "the manager's town is read as the place of the course",
    titles: [T.platt],
    says: ['has 14 of 14 seats left'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  {
    conv: 'jahresgespraech',
    q: 'Nach den Sommerferien stehen bei uns im Fachdienst die Jahresgespräche an, und ich habe so etwas noch nie geführt. Gibt es dazu eine Fortbildung?',
    kind: 'list',
    titles: [T.gespraech],
  },
  {
    conv: 'jahresgespraech',
    q: 'Und wo findet das statt?',
    kind: 'facts',
    titles: [T.gespraech],
    says: ['in der Kreisverwaltung Nordwestmecklenburg'],
  },
  { conv: 'jahresgespraech', q: 'Was kostet das?', kind: 'facts', titles: [T.gespraech], says: ['ist kostenlos'] },
  {
    conv: 'harbour',
    q: 'Every summer more foreign yachts call at our port, and my team at the harbour office struggles with English. Do you have a course where they can practise?',
    locale: 'en',
    kind: 'list',
    miss: "the story's words find other courses beside the English course for the harbour office",
    titles: [T.english],
  },
  {
    conv: 'harbour',
    q: 'When is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['on Thu, 15 Jun 2028 from 09:00 to 12:30'],
  },
  {
    conv: 'harbour',
    q: 'What is the registration deadline?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 2 Jun 2028, 23:59'],
  },
  {
    conv: 'eakte',
    q: 'gibt es was zur elektronsichen akte',
    kind: 'list',
    titles: [T.eakte],
    miss: 'the typo in "elektronsichen" is not corrected where "Akte" alone finds another course',
  },
  {
    conv: 'eakte',
    q: 'Wer leitet das?',
    kind: 'facts',
    titles: [T.eakte],
    says: ['leitet Herr Tobias Kröger'],
    miss: 'follows from the miss above: another seminar in the conversation',
  },
  // --- topic searches: words only in summary, description or topics; synonyms, typos, distracting stories -------------
  { q: 'zeitmanagment', kind: 'list', titles: [T.zeit] },
  {
    q: 'Ich sitze freitags allein am Empfang im Rathaus Gadebusch, und letzte Woche stand wieder ein Reichsbürger vor mir. Gibt es dazu eine Schulung?',
    kind: 'list',
    titles: [T.reichsbuerger],
  },
  {
    q: 'Anything on resilience or coping with stress?',
    locale: 'en',
    kind: 'list',
    first: T.resilienz,
    ...besides(T.resilienz, T.fuehren),
  },
  {
    q: 'Bei uns im Bauhof wird es im Sommer unter dem Blechdach unerträglich heiß. Gibt es eine Schulung zum Schutz vor Hitze?',
    kind: 'list',
    titles: [T.hitze],
  },
  {
    q: 'Last week a colleague backed the pool car into a bollard in Gadebusch. Is there a session on what to do after damage to an official vehicle?',
    locale: 'en',
    kind: 'list',
    miss: '"pool car" and "official vehicle" are not matched to the German course on damage to Dienstwagen',
    titles: [T.dienstwagen],
  },
  { q: 'barrierefreie pdf erstellen', kind: 'list', titles: [T.barrierefrei] },
  {
    q: 'Our data protection officer left in January and now everyone asks me about GDPR. Is there a course on it?',
    locale: 'en',
    kind: 'list',
    titles: [T.datenschutz],
  },
  { q: 'strandkoerbe und kurtaxe', kind: 'list', titles: [T.kurabgabe] },
  { q: 'flaechennutzungsplan aendern', kind: 'list', titles: [T.bauleit] },
  {
    q: 'Letztes Jahr im Oktober war ich beim Datenschutzkurs in Wismar. Gibt es dieses Jahr etwas zum Vergaberecht?',
    kind: 'list',
    first: T.vergabe,
    ...besides(T.vergabe, T.plattform),
  },
  // --- filters: dates, time of day, weekday, format, place, trainer, provider, audience, cost, length, language --------
  { q: 'Gibt es morgen ein Seminar?', kind: 'list', titles: [T.outlook] },
  { q: 'Was gibt es nächste Woche?', kind: 'list', titles: [T.reichsbuerger, T.resilienz, T.powerpoint, T.english] },
  {
    q: 'Nächste Woche kann ich nur vormittags, nachmittags ist bei uns im Bürgerbüro Grevesmühlen Publikumsverkehr. Was gibt es da?',
    kind: 'list',
    titles: [T.reichsbuerger, T.english],
  },
  {
    q: 'Meine Chefin möchte, dass ich in den nächsten zwei Wochen noch eine Fortbildung mache, bevor die Urlaubszeit beginnt. Was gibt es da?',
    kind: 'list',
    titles: [T.outlook, T.datenschutz, T.reichsbuerger, T.resilienz, T.powerpoint, T.english],
  },
  {
    q: "What's on next month?",
    locale: 'en',
    kind: 'list',
    titles: [T.bauleit, T.sbv, T.eakte, T.platt, T.vergabe, T.ast],
  },
  {
    q: 'Im Juli kann ich nur vormittags, weil ich nachmittags meine Tochter aus der Kita abhole. Welche Seminare passen?',
    kind: 'list',
    titles: [T.eakte, T.platt],
  },
  {
    q: "I work part-time and I'm only free on Tuesdays. What courses are there on a Tuesday?",
    locale: 'en',
    kind: 'list',
    titles: [T.resilienz, T.gespraech, T.eakte, T.vergabe, T.plattform],
  },
  {
    q: 'Ich habe nur montags Zeit – an den anderen Tagen bin ich allein im Standesamt. Welche Seminare gibt es montags?',
    kind: 'list',
    titles: [T.reichsbuerger, T.bauleit, T.zeit],
  },
  {
    q: 'Welche kostenlosen Seminare gibt es im August?',
    kind: 'list',
    titles: [T.hitze, T.dienstwagen, T.barrierefrei],
  },
  {
    q: "I'm on parental leave until the end of July, so August is when I have time. What's on then?",
    locale: 'en',
    kind: 'list',
    titles: [T.hitze, T.dienstwagen, T.kurabgabe, T.barrierefrei],
  },
  { q: 'online courses in september', locale: 'en', kind: 'list', titles: [T.zeit, T.plattform] },
  {
    q: 'Welche Seminare finden in Wismar statt?',
    kind: 'list',
    ...only(T.datenschutz, T.powerpoint, T.english, T.gespraech, T.vergabe),
  },
  { q: 'anything in grevesmuhlen', locale: 'en', kind: 'list', ...only(T.reichsbuerger, T.sbv, T.fuehren) },
  {
    q: 'Herr Kröger hat uns letztes Jahr die neue Telefonanlage erklärt, das war prima. Welche Kurse gibt er dieses Jahr?',
    kind: 'list',
    ...only(T.outlook, T.eakte),
  },
  {
    q: 'Die Unfallkasse war letzten Monat bei uns im Bauhof zur Begehung. Welche Seminare bietet die eigentlich an?',
    kind: 'list',
    miss: '"bietet die" points back at the Unfallkasse of the story, which is not taken for the provider asked',
    ...only(T.resilienz, T.hitze, T.fuehren),
  },
  {
    q: 'Ich leite seit Mai das Sachgebiet Gewerbe in Grevesmühlen. Welche Fortbildungen gibt es für Führungskräfte?',
    kind: 'list',
    ...only(T.gespraech, T.fuehren),
  },
  { q: 'mehrtaegige seminare', kind: 'list', titles: [T.sbv] },
  { q: 'Are any courses held in English?', locale: 'en', kind: 'list', titles: [T.english] },
  // --- gone, drafts never shown, no match, greeting --------------------------------------------------------------------
  { q: 'Wann ist der Excel-Kurs?', kind: 'gone', gone: T.excel },
  {
    q: 'My colleague from Klütz wanted to go to the Ratsinformationssystem training at the end of August. Is it still happening?',
    locale: 'en',
    kind: 'gone',
    gone: T.rats,
  },
  {
    q: 'Wann war die Schulung zur Abrechnung von Fördermitteln?',
    kind: 'gone',
    gone: T.foerder,
    says: ['Mi., 10.05.2028'],
  },
  {
    q: 'I missed the Microsoft Teams introduction in spring because I was ill. When was it?',
    locale: 'en',
    kind: 'gone',
    gone: T.teams,
    says: ['Tue, 25 Apr 2028'],
  },
  { q: 'Gibt es eine Schulung zu Instagram?', kind: 'none' },
  { q: 'Ich bin neu in der Wohngeldstelle in Gadebusch. Gibt es eine Einführung ins Wohngeldrecht?', kind: 'none' },
  { q: 'sap kurs', kind: 'none' },
  { q: 'Hallo', kind: 'help' },
  { q: 'Hi, what can you do?', locale: 'en', kind: 'help' },
];

heldoutSuite(
  'answering questions about a hundred-and-twenty-fifth, independent catalogue (Landkreis Nordwestmecklenburg, Kommunalgemeinschaft, KSA, Unfallkasse M-V)',
  {
    fixture: 'heldout125-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
