// Over-fitting check, two-hundred-and-seventy-third catalogue: the 2027 programme for the Landkreis Mühldorf a. Inn
// (Bavaria) and its towns and markets (Mühldorf, Waldkraiburg, Neumarkt-Sankt Veit, Haag i. OB, Ampfing, Gars am Inn,
// Kraiburg am Inn), with the Bayerische Verwaltungsschule (BVS), the Kommunale Unfallversicherung Bayern (KUVB), the
// AKDB, the Landratsamt's Personalentwicklung and the Volkshochschule Mühldorf (VHS), imported from a JSON file.
// Seminars take place in the Landratsamt in Mühldorf (one in its Großer Sitzungssaal), the Volkshochschule Mühldorf,
// the Rathaus Mühldorf, the Haus der Kultur and the Rathaus in Waldkraiburg, the Rathaus Neumarkt-Sankt Veit, the
// Rathaus Haag, the Feuerwehrhaus Gars, the Bauhöfe of Ampfing and Waldkraiburg, online or hybrid. Several titles do
// not name their subject ("Gut verbunden, gut besprochen" is Teams meetings, "Ein Klick zu viel" phishing, "Wenn es
// glatt wird" winter service and its liability, "Die Akkus wieder aufladen" stress, "Ruhig bleiben, wenn es laut wird"
// de-escalation, "Rund um die Uhr geöffnet" the OZG / BayernPortal, "Abschied vom Aktenberg" the e-file, "Schreiben,
// das ankommt" citizen-friendly writing, "Die ersten hundert Tage" leadership, "Kopf hoch, Schultern locker" desk
// ergonomics), so only summary, description or topics reveal it; one seminar is held in English; the leadership
// course runs on three days; the e-file course is open only to Haag, Gars and Ampfing; one seminar is in the evening
// (council members); first aid is free, paid by the KUVB. A past seminar ended this very morning. Locations are
// written "Mühldorf a.Inn" / "Haag i.OB" (the towns' own spelling, without a space after the dot).
// Questions are written in polite full sentences with a short story about the asker (towns, times and colleagues that
// are not filters), mostly German, some English, without looking at the parser or the answers.
//
// Calendar around `now` (Tuesday 19 January 2027, 13:45 in Mühldorf, winter time; summer time begins Sun 28.03.2027):
//   today:      the Ladungssicherung instruction (Bauhof Ampfing) ran 08:00–12:00 and is over; still ahead: 14:30–16:00
//               Teams meetings (online)
//   this week:  nothing tomorrow (Wed 20.01.); Thu 21.01. 09:00–11:30 phishing (online), Fri 22.01. 08:00–12:00 winter
//               service (Bauhof Ampfing, 120 €)
//   next week:  Tue 26.01. 08:30–12:00 Excel (VHS Mühldorf, 89 €), Wed 27.01. 13:00–16:00 data protection (hybrid,
//               Landratsamt), Thu 28.01. 13:30–15:30 stress (online)
//   February:   Tue 09. budget law (Landratsamt, 230 €), Wed 10. English (Landratsamt; deadline passed Fri 15.01.
//               23:59), Thu 18. de-escalation (Neumarkt-Sankt Veit, free), Wed 24. OZG (online, 10:00–11:30); the
//               cancelled Word course on Thu 04.02.
//   March:      Tue 02. procurement (Haus der Kultur Waldkraiburg; deadline Fri 12.02. 12:00), Thu 11. e-file (Haag,
//               members only), Mon 15. 18:30–21:00 council members (Landratsamt), Tue 23. writing (VHS Mühldorf)
//   April:      Tue 13. 07:30–15:30 chainsaw (Bauhof Waldkraiburg), Wed 21. first aid (Feuerwehrhaus Gars); the
//               cancelled playground inspection on Wed 14.04.; the draft Ukrainian course on Tue 27.04.
//   May:        Tue 11. building permits (Landratsamt), Wed 19. Outlook time management (online, 59 €); the draft flood
//               course on Tue 25.05.
//   June:       Tue 08.–Thu 10. leadership (Landratsamt, 690 €; deadline Fri 30.04. 23:59)
//   later:      Thu 01.07. public relations (hybrid, Rathaus Mühldorf), Tue 20.07. registration law (Rathaus
//               Waldkraiburg, 190 €), Wed 22.09. 14:00–15:00 ergonomics (online)
//   past:       Tue 24.11.2026 property tax (Landratsamt), Tue 19.01.2027 08:00–12:00 load securing (Bauhof Ampfing).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-01-19T12:45:00Z'); // Tuesday, 19 January 2027, 13:45 in Mühldorf (CET)
const TZ = 'Europe/Berlin';

const T = {
  teams: 'Gut verbunden, gut besprochen', // Tue 19.01. 14:30–16:00 (today), online, PE, Huber, Teams meetings, free
  phishing: 'Ein Klick zu viel', // Thu 21.01. 09:00–11:30, online, AKDB, Maier, information security / phishing, free
  winterdienst: 'Wenn es glatt wird', // Fri 22.01. 08:00–12:00, Bauhof Ampfing, BVS, Obermaier, winter service, 120 €
  excel: 'Tabellen sicher im Griff: Excel für die Sachbearbeitung', // Tue 26.01. 08:30–12:00, VHS Mühldorf, VHS, Kirchner, 89 € (Dienststelle pays)
  datenschutz: 'Datenschutz im Verwaltungsalltag: DSGVO und BayDSG', // Wed 27.01. 13:00–16:00, hybrid (Landratsamt), PE, Stöckl, free
  stress: 'Die Akkus wieder aufladen', // Thu 28.01. 13:30–15:30, online, KUVB, Schwaiger, stress / resilience, free
  haushalt: 'Kommunales Haushaltsrecht in Bayern', // Tue 09.02. 09:00–16:00, Landratsamt, BVS, Dr. Brandl, 230 €
  english: 'English at the Counter: Serving International Citizens', // Wed 10.02. 09:00–12:30, Landratsamt, VHS, O'Brien, 95 €, deadline passed Fri 15.01. 23:59
  deeskalation: 'Ruhig bleiben, wenn es laut wird', // Thu 18.02. 09:00–15:00, Rathaus Neumarkt-Sankt Veit, KUVB, Schwaiger, free, 14 seats
  ozg: 'Rund um die Uhr geöffnet', // Wed 24.02. 10:00–11:30, online, AKDB, Maier, OZG / BayernPortal, free
  vergabe: 'Vergaberecht kompakt: UVgO und VOB/A in der Praxis', // Tue 02.03. 09:00–16:00, Haus der Kultur Waldkraiburg, BVS, Wimmer, 260 €, deadline Fri 12.02. 12:00
  eakte: 'Abschied vom Aktenberg', // Thu 11.03. 09:00–12:00, Rathaus Haag, AKDB, Lechner, e-file, only Haag/Gars/Ampfing, free
  gemeinderat: 'Kommunalrecht für Gemeinderätinnen und Gemeinderäte', // Mon 15.03. 18:30–21:00, Landratsamt, BVS, Dr. Brandl, 45 €
  schreiben: 'Schreiben, das ankommt', // Tue 23.03. 09:00–16:00, VHS Mühldorf, VHS, Hofmann, 140 €, 15 seats, plain writing
  motorsaege: 'Sicherer Umgang mit der Motorsäge', // Tue 13.04. 07:30–15:30 (CEST), Bauhof Waldkraiburg, KUVB, Gruber, free
  ersteHilfe: 'Erste Hilfe im Betrieb: Ausbildung für Ersthelfende', // Wed 21.04. 08:30–16:30, Feuerwehrhaus Gars, KUVB, Gruber, free (KUVB pays)
  bauantrag: 'Bauantrag und Baugenehmigung nach der BayBO', // Tue 11.05. 09:00–16:00, Landratsamt, BVS, Reiter, 210 €
  zeit: 'Zeit- und Selbstmanagement mit Outlook', // Wed 19.05. 13:00–16:00, online, VHS, Kirchner, 59 €
  fuehrung: 'Die ersten hundert Tage', // Tue 08.–Thu 10.06. 09:00–16:30, Landratsamt, BVS, Dr. Stadler, 690 €, new managers, deadline Fri 30.04. 23:59
  oeffentlichkeit: 'Gemeindeblatt, Website, Instagram: Öffentlichkeitsarbeit für Kommunen', // Thu 01.07. 09:00–12:30, hybrid (Rathaus Mühldorf), PE, Brunner, free
  melderecht: 'Melderecht aktuell: Meldebehörde und Melderegister', // Tue 20.07. 09:00–16:00, Rathaus Waldkraiburg, BVS, Eder, 190 €
  ergonomie: 'Kopf hoch, Schultern locker', // Wed 22.09. 14:00–15:00, online, KUVB, Kern, desk ergonomics, free
  ukrainisch: 'Grundkurs Ukrainisch für den Publikumsverkehr', // draft (Tue 27.04.)
  hochwasser: 'Hochwasser am Inn: Alarm- und Einsatzplanung für Gemeinden', // draft (Tue 25.05.)
  word: 'Formulare und Vorlagen in Word', // cancelled (Thu 04.02.2027)
  spielplatz: 'Spielplatzkontrolle nach DIN EN 1176', // cancelled (Wed 14.04.2027)
  ladung: 'Ladungssicherung auf Bauhof-Fahrzeugen', // past (today, Tue 19 Jan 2027, 08:00–12:00)
  grundsteuer: 'Die neue Grundsteuer: Hebesatz, Bescheid, Einspruch', // past (Tue 24 Nov 2026)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.ukrainisch, T.hochwasser, T.word, T.spielplatz, T.ladung, T.grundsteuer];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  {
    conv: 'phish',
    q: 'Guten Tag, ich arbeite in der Kämmerei in Waldkraiburg, und gestern hätte meine Kollegin Frau Schmid beinahe auf eine gefälschte Rechnung per E-Mail geklickt. Gibt es bei Ihnen eine Schulung, in der man lernt, solche betrügerischen Mails zu erkennen?',
    kind: 'list',
    titles: [T.phishing],
  },
  {
    conv: 'phish',
    q: 'Vielen Dank! Können Sie mir bitte noch sagen, wann genau das stattfindet?',
    kind: 'facts',
    titles: [T.phishing],
    says: ['am Do., 21.01.2027 von 09:00 bis 11:30 Uhr'],
  },
  {
    conv: 'phish',
    q: 'Und muss ich dafür nach Mühldorf fahren, oder kann ich online von meinem Arbeitsplatz aus teilnehmen?',
    kind: 'facts',
    titles: [T.phishing],
    says: ['findet online statt'],
  },
  {
    conv: 'glatt',
    q: 'Servus, ich bin Vorarbeiter im Bauhof Kraiburg, und wir räumen seit Anfang Januar jeden Morgen ab vier Uhr. Gibt es ein Seminar, in dem erklärt wird, wie weit unsere Räum- und Streupflicht eigentlich geht und wer haftet, wenn jemand auf dem Gehweg ausrutscht?',
    kind: 'list',
    titles: [T.winterdienst],
  },
  {
    conv: 'glatt',
    q: 'Danke schön. Was kostet die Teilnahme an diesem Seminar?',
    kind: 'facts',
    titles: [T.winterdienst],
    says: ['kostet 120 €'],
  },
  {
    conv: 'laut',
    q: 'Guten Morgen! Bei uns im Einwohnermeldeamt in Haag ist es letzte Woche mit einem Besucher ziemlich laut geworden, und mein Kollege Herr Wagner war danach den ganzen Tag durch den Wind. Gibt es eine Fortbildung, wie man mit aggressiven Bürgern am Schalter umgeht?',
    kind: 'list',
    titles: [T.deeskalation],
  },
  {
    conv: 'laut',
    q: 'Das klingt gut. Wer leitet diese Fortbildung denn?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['leitet Frau Petra Schwaiger'],
  },
  {
    conv: 'laut',
    q: 'Und sind dort noch Plätze frei? Wir würden gern zu zweit kommen.',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['noch 14 von 14 Plätzen frei'],
  },
  {
    conv: 'akten',
    q: 'Hallo, wir im Rathaus Gars sollen dieses Jahr von den Papierakten auf die elektronische Akte umstellen, sagt unser Geschäftsleiter Herr Lindner. Gibt es dazu eine Schulung?',
    kind: 'list',
    titles: [T.eakte],
  },
  {
    conv: 'akten',
    q: 'Wie lange dauert die Schulung ungefähr?',
    kind: 'facts',
    titles: [T.eakte],
    says: ['dauert 3 Stunden, von 09:00 bis 12:00 Uhr'],
  },
  {
    conv: 'chef',
    q: 'Grüß Gott, ich übernehme ab April die Leitung des Sachgebiets Soziales im Landratsamt und war bisher selbst Sachbearbeiterin in diesem Team. Gibt es eine Fortbildung, die mich auf die neue Rolle als Vorgesetzte vorbereitet?',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'chef',
    q: 'Vielen Dank. An welchen Tagen findet das statt?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 3 Tagen', 'Di., 08.06.2027, Mi., 09.06.2027 und Do., 10.06.2027', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    conv: 'chef',
    q: 'Bis wann muss ich mich spätestens anmelden?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['bis Fr., 30.04.2027, 23:59 Uhr'],
  },
  {
    conv: 'english',
    q: 'Hello, I work at the immigration office in Mühldorf and we get more and more visitors who speak no German. My colleague Mrs Bauer and I would like to brush up our English. Is there a course for that?',
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  {
    conv: 'english',
    q: 'Thank you. Until when can we sign up for it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 15 Jan 2027, 23:59'],
  },
  {
    conv: 'english',
    q: 'What a pity. Who teaches the course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ["is led by Daniel O'Brien"],
  },
  {
    conv: 'ozg',
    q: 'Good afternoon, our mayor in Ampfing wants citizens to submit their applications through the BayernPortal instead of queuing at the town hall. Is there any training on the OZG and digital administrative services?',
    locale: 'en',
    kind: 'list',
    titles: [T.ozg],
  },
  {
    conv: 'ozg',
    q: 'What time does it start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ozg],
    says: ['starts on Wed, 24 Feb 2027 at 10:00'],
  },
  {
    conv: 'saege',
    q: 'Hallo, unser neuer Kollege im Bauhof Waldkraiburg soll im Frühjahr beim Baumschnitt mithelfen, hat aber noch nie mit einer Kettensäge gearbeitet. Gibt es dafür einen Lehrgang?',
    kind: 'list',
    titles: [T.motorsaege],
  },
  {
    conv: 'saege',
    q: 'Um wie viel Uhr geht es an dem Tag los?',
    kind: 'facts',
    titles: [T.motorsaege],
    says: [/Di\., 13\.04\.2027 (um|von) 07:30/],
  },
  {
    conv: 'excel',
    q: 'Guten Tag, ich bin Sachbearbeiterin in der Personalstelle in Neumarkt-Sankt Veit und muss ständig lange Listen mit dem SVERWEIS auswerten. Gibt es einen Kurs zur Tabellenkalkulation?',
    kind: 'list',
    titles: [T.excel],
  },
  {
    conv: 'excel',
    q: 'Prima. Wo findet der Kurs statt?',
    kind: 'facts',
    titles: [T.excel],
    says: ['in der Volkshochschule Mühldorf a.Inn'],
  },
  // --- facts -----------------------------------------------------------------------------------------------------------
  {
    q: 'Mein Kollege Herr Fischer aus der Kämmerei in Mühldorf möchte wissen, was das Seminar zum kommunalen Haushaltsrecht kostet. Können Sie mir das bitte sagen?',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['kostet 230 €'],
  },
  {
    q: 'Wie lange dauert eigentlich die Schulung zum Bildschirmarbeitsplatz? Ich besetze vormittags den Schalter in Gars und müsste mir dafür freinehmen.',
    kind: 'facts',
    titles: [T.ergonomie],
    says: [/dauert 1 Stunden?, von 14:00 bis 15:00 Uhr/],
  },
  {
    q: 'Unsere Geschäftsleiterin in Haag möchte vorher wissen, ob das jemand aus der Praxis ist: Wer leitet das Seminar zum Vergaberecht?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['leitet Frau Monika Wimmer'],
  },
  {
    q: 'My boss in Waldkraiburg asked me to sign up for the procurement law seminar. What is the registration deadline?',
    locale: 'en',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['until Fri, 12 Feb 2027, 12:00'],
  },
  {
    q: 'Ich bin seit Dezember als Ersthelferin in unserem Rathaus in Ampfing benannt und brauche noch die Ausbildung. Wann ist der nächste Erste-Hilfe-Kurs?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['am Mi., 21.04.2027 von 08:30 bis 16:30 Uhr'],
  },
  {
    q: 'Findet das Datenschutz-Seminar in Präsenz oder online statt? Meine Kollegin Frau Koch und ich sitzen in Haag und würden ungern extra nach Mühldorf fahren.',
    kind: 'facts',
    titles: [T.datenschutz],
    says: [/im Landratsamt Mühldorf a\.Inn.* oder online/],
  },
  {
    q: 'Ich bin seit Herbst im Marktgemeinderat und komme an dem Tag direkt von der Arbeit aus Waldkraiburg. Wann beginnt denn die Schulung für die Gemeinderäte?',
    kind: 'facts',
    titles: [T.gemeinderat],
    says: [/Mo\., 15\.03\.2027 (um|von) 18:30/],
  },
  {
    q: 'How much does the course on time management with Outlook cost? My team leader Mr Schuster in Gars would pay for it from our training budget.',
    locale: 'en',
    kind: 'facts',
    titles: [T.zeit],
    says: ['costs €59'],
  },
  {
    q: 'Meine Kollegin Frau Zimmermann und ich aus dem Sozialamt möchten gern zusammen in den Kurs, in dem man lernt, Bescheide und Briefe verständlich zu schreiben. Sind dort noch Plätze frei?',
    kind: 'facts',
    titles: [T.schreiben],
    says: ['noch 15 von 15 Plätzen frei'],
  },
  // --- topic searches: typos, words only in summary or description, synonyms ------------------------------------------
  {
    q: 'Ehrlich gesagt bin ich ziemlich ausgebrannt, seit wir im Herbst zwei Stellen im Jugendamt nicht nachbesetzen konnten. Gibt es etwas zur Stressbewältigung?',
    kind: 'list',
    titles: [T.stress],
  },
  {
    q: 'Ich betreue seit Januar die Homepage und das Mitteilungsblatt der Gemeinde Gars. Gibt es eine Schulung zur Öffentlichkeitsarbiet?',
    kind: 'list',
    titles: [T.oeffentlichkeit],
  },
  {
    q: 'Hallo, unser Bürgermeister in Ampfing hat angeordnet, dass alle eine Schulung zum Datenschuz machen. Was können Sie mir da anbieten?',
    kind: 'list',
    titles: [T.datenschutz],
  },
  {
    q: 'Ich muss für den Umbau unseres Kindergartens in Kraiburg die Bauarbeiten ausschreiben und habe das noch nie gemacht. Gibt es dazu eine Fortbildung?',
    kind: 'list',
    titles: [T.vergabe],
  },
  {
    miss: 'the story of the neighbours (beschwert, Nachbarn) outweighs the building-law course asked for; the de-escalation course is shown',
    q: 'Bei uns in Neumarkt-Sankt Veit haben sich Nachbarn über einen Carport beschwert, der ohne Genehmigung gebaut wurde. Gibt es ein Seminar zum Baurecht?',
    kind: 'list',
    titles: [T.bauantrag],
  },
  {
    q: 'Ich sitze den ganzen Tag am Bildschirm im Bürgerbüro Mühldorf und habe ständig Nackenschmerzen. Gibt es da etwas für mich?',
    kind: 'list',
    titles: [T.ergonomie],
  },
  {
    q: 'Meine Chefin Frau Krämer will ab Februar alle Dienstbesprechungen mit der Außenstelle in Waldkraiburg per Videokonferenz machen. Gibt es eine Schulung, wie man solche Besprechungen in Teams leitet?',
    kind: 'list',
    titles: [T.teams],
  },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, length, cost, language ---------------
  {
    q: 'Meine Besprechung mit Herrn Schneider ist gerade ausgefallen, deshalb habe ich heute Nachmittag spontan Zeit. Findet heute noch ein Seminar statt?',
    kind: 'list',
    titles: [T.teams],
  },
  {
    q: 'Ich vertrete gerade meine Kollegin im Rathaus Gars, habe aber zwischendurch etwas Luft. Welche Seminare finden diese Woche noch statt?',
    kind: 'list',
    titles: [T.teams, T.phishing, T.winterdienst],
  },
  {
    q: 'Nächste Woche bin ich vormittags im Bürgerbüro eingeteilt. Gibt es nächste Woche etwas am Nachmittag?',
    kind: 'list',
    titles: [T.datenschutz, T.stress],
  },
  {
    q: 'Ich plane gerade mit meiner Kollegin Frau Hartl die Fortbildungen für unser Team im Rathaus Haag. Was steht im nächsten Monat auf dem Programm?',
    kind: 'list',
    titles: [T.haushalt, T.english, T.deeskalation, T.ozg],
  },
  {
    q: 'Our town hall in Gars is being renovated in May, so I will be working from home the whole month. Are there any online seminars in May?',
    locale: 'en',
    kind: 'list',
    titles: [T.zeit],
  },
  {
    q: 'Unser Fortbildungsbudget für dieses Jahr ist noch nicht freigegeben, sagt Herr Aigner aus der Personalabteilung. Welche kostenlosen Angebote gibt es im Januar?',
    kind: 'list',
    titles: [T.teams, T.phishing, T.datenschutz, T.stress],
  },
  {
    q: 'Ich arbeite im Landratsamt, wohne aber in Waldkraiburg und würde mir gern einmal die Fahrt sparen. Welche Seminare finden in Waldkraiburg statt?',
    kind: 'list',
    ...only(T.vergabe, T.motorsaege, T.melderecht),
  },
  {
    q: 'Herr Dr. Brandl hat bei uns in Ampfing einmal einen sehr guten Vortrag gehalten. Bietet er dieses Jahr auch Seminare an?',
    kind: 'list',
    ...only(T.haushalt, T.gemeinderat),
  },
  {
    q: 'Ich bin seit letztem Jahr Sicherheitsbeauftragte im Rathaus Neumarkt-Sankt Veit. Welche Kurse bietet die KUVB an?',
    kind: 'list',
    ...only(T.stress, T.deeskalation, T.motorsaege, T.ersteHilfe, T.ergonomie),
  },
  {
    q: 'Ich leite den Bauhof in Kraiburg mit acht Leuten. Welche Seminare gibt es für die Beschäftigten im Bauhof?',
    kind: 'list',
    ...only(T.winterdienst, T.motorsaege),
  },
  {
    q: 'Tagsüber bin ich in der Kasse in Mühldorf fest eingeplant, meine Kollegin Frau Lang ist in Elternzeit. Gibt es auch Veranstaltungen am Abend?',
    kind: 'list',
    titles: [T.gemeinderat],
  },
  {
    q: 'Ich sitze allein im Vorzimmer des Bürgermeisters in Ampfing und kann höchstens anderthalb Stunden am Stück weg. Welche Seminare sind so kurz?',
    kind: 'list',
    ...only(T.teams, T.ozg, T.ergonomie),
  },
  {
    q: 'Unser Fortbildungsbudget im Markt Haag ist knapp bemessen. Welche Seminare kosten zwischen 100 und 200 Euro?',
    kind: 'list',
    ...only(T.winterdienst, T.schreiben, T.melderecht),
  },
  {
    q: 'Mein Kollege Herr Aigner würde gern einmal länger am Stück etwas lernen. Gibt es auch mehrtägige Seminare?',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    q: 'Are any of your courses held in English? Our new colleague from Dublin started in Mühldorf last week and is still learning German.',
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  {
    q: 'Meine Kollegin Frau Hartl wohnt in Gars und möchte manchmal lieber von zu Hause teilnehmen. Welche Seminare werden hybrid angeboten?',
    kind: 'list',
    ...only(T.datenschutz, T.oeffentlichkeit),
  },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  {
    q: 'Mein Kollege aus Ampfing interessiert sich für den Word-Kurs zu Formularen und Vorlagen. Wann findet der statt?',
    kind: 'gone',
    gone: T.word,
  },
  {
    q: 'Unser Bauhof in Kraiburg muss dieses Jahr drei Spielplätze prüfen. Findet die Schulung zur Spielplatzkontrolle im April statt?',
    kind: 'gone',
    gone: T.spielplatz,
  },
  {
    q: 'Unser Fahrer Herr Berger aus Neumarkt-Sankt Veit braucht noch die Unterweisung zur Ladungssicherung. Ist da noch ein Platz frei?',
    kind: 'gone',
    gone: T.ladung,
    says: ['Di., 19.01.2027'],
  },
  {
    q: 'Wann war noch einmal das Seminar zur neuen Grundsteuer? Ich war damals krank und habe es leider verpasst.',
    kind: 'gone',
    gone: T.grundsteuer,
    says: ['Di., 24.11.2026'],
  },
  {
    q: 'In unserer Ausländerbehörde in Mühldorf sprechen viele Besucher nur Ukrainisch. Gibt es einen Ukrainisch-Kurs für uns?',
    kind: 'none',
  },
  {
    q: 'Bei uns in Gars stand der Inn im letzten Sommer bis an die Uferstraße. Gibt es etwas zur Hochwasservorsorge?',
    kind: 'none',
  },
  {
    q: 'Morgen fällt bei uns im Rathaus Haag wegen eines Handwerkertermins der Parteiverkehr aus, ich hätte also Zeit. Findet morgen ein Seminar statt?',
    kind: 'none',
  },
  {
    q: 'Grüß Gott! Ich bin seit dieser Woche neu im Rathaus Ampfing und kenne mich noch gar nicht aus. Wobei können Sie mir denn helfen?',
    kind: 'help',
  },
  {
    q: 'Hi there! I just started at the district office in Mühldorf this month. What can you help me with?',
    locale: 'en',
    kind: 'help',
  },
  {
    q: 'Könnten Sie mir bitte zeigen, für welche Seminare ich angemeldet bin? Ich habe den Überblick verloren, seit meine Kollegin Frau Schmid im Urlaub ist.',
    kind: 'myRegistrations',
  },
];

heldoutSuite(
  'answering questions about a two-hundred-and-seventy-third, independent catalogue (Landkreis Mühldorf a. Inn, BVS, KUVB, AKDB)',
  {
    fixture: 'heldout273-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
