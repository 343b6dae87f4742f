// Over-fitting check, three-hundred-and-thirteenth catalogue: the spring 2030 programme for the Unstrut-Hainich-Kreis
// (Thuringia; seat Mühlhausen) and its towns and municipalities (Mühlhausen, Bad Langensalza, Nottertal-Heilinger Höhen
// with Schlotheim, Unstruttal, Vogtei, Anrode, Herbsleben, Südeichsfeld, Menteroda), with the Thüringer
// Verwaltungsschule (TVS), the Unfallkasse Thüringen (UKT), the Kommunaler Arbeitgeberverband Thüringen (KAV), the
// Landratsamt's Personalentwicklung and the Kreisvolkshochschule Unstrut-Hainich, imported from a JSON file. Seminars
// take place in the Landratsamt (Lindenbühl, Mühlhausen), the Rathaus Mühlhausen, the Rathaus and the Bauhof of Bad
// Langensalza, the Kreisvolkshochschule in Mühlhausen and its branch in Bad Langensalza, the Stadtverwaltung
// Nottertal-Heilinger Höhen in Schlotheim, the Gemeindeverwaltungen Unstruttal (Ammern) and Vogtei (Niederdorla), the
// Nationalparkzentrum Thiemsburg in the Hainich, online or hybrid. Several titles do not name their subject ("Vorsicht,
// Köder!" is phishing, "Gut beraten im Rat" municipal law for council members, "Rechnungen ohne Papier" the e-invoice /
// XRechnung, "Ruhig bleiben, wenn es laut wird" de-escalation with aggressive citizens, "Was darf raus?" data protection
// requests under Art. 15 GDPR, "Sicher am Straßenrand" securing road works (RSA 21), "Der Rollenwechsel" new managers,
// "Die Kasse muss stimmen" petty cash and cash audits, "Feierabend für den Kopf" progressive muscle relaxation,
// "Klartext statt Amtsdeutsch" plain language, "Was die Arbeit mit uns macht" risk assessment of psychological
// strain, "Raus in den Hainich" a health day in the national park), so only summary, description or topics reveal it;
// one seminar is held in English; Excel and muscle relaxation run on three evenings each across the start of summer
// time (Sun 31.03.2030); the leadership course runs on two days; first aid is free, paid by the Unfallkasse; the petty
// cash course is open only to the smaller municipalities. The questions are mostly formal e-mails (salutation, several
// questions in one message, sign-off with name and office), in German and English, plus a few short ones, written
// without looking at the parser or the answers.
//
// Calendar around `now` (Friday 1 February 2030, 08:30 in Mühlhausen, winter time; summer time begins Sun 31.03.2030;
// Easter Sunday is 21.04.2030):
//   today:       Fri 01.02. 13:00–14:30 phishing (online, free)
//   next week:   Mon 04.02. 09:00–15:30 TVöD grading (Landratsamt, KAV, 210 €; deadline passed Mon 28.01. 12:00),
//                Tue 05.02. 18:00–20:30 council members (Rathaus Bad Langensalza, evening, 40 €), Wed 06.02. 10:00–11:30
//                e-invoice (online), Thu 07.02. 09:00–12:00 employment references (online, KAV, 95 €); nothing Fri 08.02.
//   February:    Tue 12.02. de-escalation (Rathaus Mühlhausen), Wed 13.02. 13:00–15:30 GDPR requests (hybrid,
//                Landratsamt), Thu 14.02. English (KVHS Mühlhausen; deadline Fri 08.02. 23:59), Tue 19.02. first aid
//                (Schlotheim), Wed 20.02. procurement (Rathaus Mühlhausen; deadline Wed 13.02. 12:00), Mon 25.02.
//                07:00–14:30 road works (Bauhof Bad Langensalza); the cancelled PowerPoint course (Thu 28.02.)
//   March:       Wed 06.03. + Thu 07.03. 09:00–16:00 leadership (Landratsamt; deadline Fri 22.02. 23:59), the cancelled
//                forklift course (Mon 11.03.), Tue 12.03. petty cash (Unstruttal), Excel on Tue 19.03., 26.03. (CET) and
//                02.04. (CEST) 17:30–20:00, muscle relaxation on Thu 21.03., 28.03. and 04.04. 18:00–19:30
//   April:       Wed 10.04. tree inspection (Vogtei), Tue 16.04. fire wardens (Landratsamt), Thu 25.04. plain language
//                (online; deadline Fri 12.04. 12:00)
//   May:         Tue 07.05. building in the outskirts (hybrid, Landratsamt), Wed 15.05. 13:00–16:00 psychological strain
//                (online)
//   later:       Fri 14.06. health day (Nationalparkzentrum Thiemsburg), the draft AI course (Tue 18.06.), the draft
//                heat-planning course (Thu 27.06.), Mon 02.09. induction day for trainees (Landratsamt)
//   past:        Tue 13.11.2029 winter road service (Rathaus Mühlhausen), Tue 15.01.2030 property tax (online).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2030-02-01T07:30:00Z'); // Friday, 1 February 2030, 08:30 in Mühlhausen (CET)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Vorsicht, Köder!', // Fri 01.02. 13:00–14:30, online, PE, Köhler, phishing, free
  eingruppierung: 'Richtig eingruppiert: Entgeltordnung zum TVöD (VKA)', // Mon 04.02. 09:00–15:30, Landratsamt, KAV, Dr. Wendt, 210 €, deadline passed Mon 28.01. 12:00
  rat: 'Gut beraten im Rat', // Tue 05.02. 18:00–20:30, Rathaus Bad Langensalza, TVS, Großmann, ThürKO for council members, 40 €
  erechnung: 'Rechnungen ohne Papier', // Wed 06.02. 10:00–11:30, online, PE, Hoffmann, e-invoice / XRechnung, free
  zeugnis: 'Arbeitszeugnisse rechtssicher formulieren', // Thu 07.02. 09:00–12:00, online, KAV, Dr. Wendt, 95 € (members 65 €)
  deeskalation: 'Ruhig bleiben, wenn es laut wird', // Tue 12.02. 09:00–16:00, Rathaus Mühlhausen, UKT, Dr. Albrecht, de-escalation, free
  datenschutz: 'Was darf raus?', // Wed 13.02. 13:00–15:30, hybrid (Landratsamt), PE, Reinhardt, Art. 15 GDPR requests, free
  english: 'Clear English at the Service Desk', // Thu 14.02. 09:00–12:30, KVHS Mühlhausen, Turner, 75 €, in English, deadline Fri 08.02. 23:59
  ersteHilfe: 'Erste-Hilfe-Fortbildung für betriebliche Ersthelferinnen und Ersthelfer', // Tue 19.02. 08:00–15:30, Stadtverwaltung Schlotheim, UKT, Vogt, free (UKT pays)
  vergabe: 'Vergaberecht in Thüringen: ThürVgG und UVgO in der Praxis', // Wed 20.02. 09:00–16:00, Rathaus Mühlhausen, TVS, Großmann, 245 €, deadline Wed 13.02. 12:00
  strasse: 'Sicher am Straßenrand', // Mon 25.02. 07:00–14:30, Bauhof Bad Langensalza, UKT, Brückner, road works RSA 21, free
  fuehrung: 'Der Rollenwechsel', // Wed 06.03. + Thu 07.03. 09:00–16:00, Landratsamt, TVS, Lange, new managers, 360 €, 12 seats, deadline Fri 22.02. 23:59
  kasse: 'Die Kasse muss stimmen', // Tue 12.03. 09:00–12:00, Gemeindeverwaltung Unstruttal (Ammern), TVS, Schäfer, petty cash, 120 €, smaller municipalities only
  excel: 'Excel von Anfang an', // Tue 19.03., 26.03., 02.04. 17:30–20:00, KVHS Mühlhausen, Fischer, 89 € (Dienststelle pays)
  pmr: 'Feierabend für den Kopf', // Thu 21.03., 28.03., 04.04. 18:00–19:30, KVHS Bad Langensalza, Möller, progressive muscle relaxation, 36 €
  baum: 'Baumkontrolle und Verkehrssicherungspflicht', // Wed 10.04. 08:00–15:00, Gemeindeverwaltung Vogtei, TVS, Kühn, 180 €, 16 seats
  brandschutz: 'Brandschutzhelfer-Ausbildung nach ASR A2.2', // Tue 16.04. 09:00–13:00, Landratsamt, UKT, Vogt, free
  sprache: 'Klartext statt Amtsdeutsch', // Thu 25.04. 09:00–12:00, online, TVS, Lange, plain language, 110 €, deadline Fri 12.04. 12:00
  bauen: 'Bauen im Außenbereich: § 35 BauGB in der Praxis', // Tue 07.05. 09:00–15:00, hybrid (Landratsamt), TVS, Schäfer, 230 €
  psych: 'Was die Arbeit mit uns macht', // Wed 15.05. 13:00–16:00, online, UKT, Dr. Albrecht, risk assessment of psychological strain, free
  hainich: 'Raus in den Hainich', // Fri 14.06. 09:00–15:00, Nationalparkzentrum Thiemsburg (Bad Langensalza), PE, Möller, health day, free
  azubi: 'Willkommen im Landratsamt: Einführungstag für Auszubildende und Studierende', // Mon 02.09. 08:30–14:30, Landratsamt, PE, Engel, free
  ki: 'KI-Assistenten im Verwaltungsalltag', // draft (Tue 18.06.2030)
  waerme: 'Kommunale Wärmeplanung: Was Gemeinden jetzt tun müssen', // draft (Thu 27.06.2030)
  powerpoint: 'Präsentieren mit PowerPoint', // cancelled (Thu 28.02.2030)
  stapler: 'Gabelstapler-Fahrausweis für Bauhofbeschäftigte', // cancelled (Mon 11.03.2030)
  winterdienst: 'Winterdienst und Streupflicht in Thüringen', // past (Tue 13 November 2029)
  grundsteuer: 'Grundsteuer nach der Reform: Messbeträge und Hebesätze', // past (Tue 15 January 2030)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.ki, T.waerme, T.powerpoint, T.stapler, T.winterdienst, T.grundsteuer];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  {
    conv: 'rat',
    q: 'Sehr geehrte Damen und Herren,\n\nich bin seit der letzten Kommunalwahl Mitglied des Stadtrates und möchte mich mit der Thüringer Kommunalordnung besser vertraut machen. Bieten Sie hierzu eine Schulung an?\n\nMit freundlichen Grüßen\nHeike Sommer',
    kind: 'list',
    titles: [T.rat],
  },
  {
    conv: 'rat',
    q: 'Vielen Dank für die rasche Antwort. Können Sie mir bitte noch mitteilen, wann und wo die Veranstaltung stattfindet?',
    kind: 'facts',
    titles: [T.rat],
    says: ['am Di., 05.02.2030 von 18:00 bis 20:30 Uhr im Rathaus Bad Langensalza'],
  },
  { conv: 'rat', q: 'Und was kostet die Teilnahme?', kind: 'facts', titles: [T.rat], says: ['kostet 40 €'] },
  {
    conv: 'fuehrung',
    q: 'Sehr geehrtes Fortbildungsteam,\n\nich habe zum 1. März die Leitung eines Sachgebiets übernommen und suche eine Fortbildung, die mich auf meine neue Rolle als Führungskraft vorbereitet. Gibt es dazu ein passendes Angebot?\n\nMit freundlichen Grüßen\nMarkus Hellwig',
    kind: 'list',
    first: T.fuehrung,
    ...maybeAlso(only(T.fuehrung), T.psych),
  },
  {
    conv: 'fuehrung',
    q: 'Wie viele Tage umfasst das Seminar, und zu welchen Uhrzeiten findet es statt?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['2 Tag', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'fuehrung',
    q: 'Vielen Dank für die Information. Bis zu welchem Datum ist eine Anmeldung möglich?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['bis Fr., 22.02.2030, 23:59 Uhr'],
  },
  {
    conv: 'fuehrung',
    q: 'Sind noch Plätze frei?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  {
    conv: 'english',
    q: "Dear training team,\n\nour citizens' office is seeing more and more residents who do not speak German. Do you offer a course that helps front-line staff communicate in English?\n\nKind regards,\nTom Becker",
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  {
    conv: 'english',
    q: 'Thank you. Could you also tell me when it takes place and how much it costs?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    mentions: ['on Thu, 14 Feb 2030 from 09:00 to 12:30', 'costs €75'],
  },
  {
    conv: 'english',
    q: 'And what is the registration deadline?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['until Fri, 8 Feb 2030, 23:59'],
  },
  {
    conv: 'strasse',
    q: 'Sehr geehrte Damen und Herren,\n\nunsere Bauhofmitarbeiter sichern regelmäßig Arbeitsstellen an Gemeindestraßen mit Leitkegeln und Absperrschranken ab. Gibt es hierzu eine Unterweisung nach den RSA 21?\n\nMit freundlichen Grüßen\nBauhofleitung',
    kind: 'list',
    titles: [T.strasse],
  },
  {
    conv: 'strasse',
    q: 'Um wie viel Uhr beginnt der Lehrgang?',
    kind: 'facts',
    titles: [T.strasse],
    says: ['beginnt am Mo., 25.02.2030 um 07:00 Uhr'],
  },
  { conv: 'strasse', q: 'Fallen hierfür Kosten an?', kind: 'facts', titles: [T.strasse], says: ['ist kostenlos'] },
  {
    conv: 'excel',
    q: 'Guten Tag, ich möchte meine Excel-Kenntnisse auffrischen, am liebsten nach Feierabend. Gibt es dazu einen Kurs?',
    kind: 'list',
    titles: [T.excel],
  },
  {
    conv: 'excel',
    q: 'An welchen Terminen findet der Kurs statt?',
    kind: 'facts',
    titles: [T.excel],
    says: ['an 3 Tagen', 'Di., 19.03.2030, Di., 26.03.2030 und Di., 02.04.2030', 'jeweils von 17:30 bis 20:00 Uhr'],
  },
  {
    conv: 'excel',
    q: 'Wer trägt die Kosten für den Kurs?',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 89 €'],
    mentions: ['Die Gebühr trägt die entsendende Dienststelle.'],
  },
  {
    conv: 'kasse',
    q: 'Sehr geehrte Damen und Herren,\n\nich bin in unserer Gemeindeverwaltung seit Januar für die Barkasse und die Zahlstelle zuständig. Gibt es hierfür eine Schulung?\n\nMit freundlichen Grüßen\nAndrea Pfeiffer',
    kind: 'list',
    titles: [T.kasse],
  },
  {
    conv: 'kasse',
    q: 'Wo findet diese statt?',
    kind: 'facts',
    titles: [T.kasse],
    says: ['in der Gemeindeverwaltung Unstruttal'],
  },
  {
    conv: 'dsgvo',
    q: 'Dear colleagues,\n\na citizen has asked us for a copy of all the data we store about him under Art. 15 GDPR. Is there a training on how to handle such requests?\n\nBest regards,\nJulia Neumann',
    locale: 'en',
    kind: 'list',
    titles: [T.datenschutz],
  },
  {
    conv: 'dsgvo',
    q: 'Is it online or in person?',
    locale: 'en',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['is hybrid', 'Landratsamt Unstrut-Hainich-Kreis'],
  },
  {
    q: 'Sehr geehrte Damen und Herren,\n\nkönnen Sie mir bitte mitteilen, wann das Seminar stattfindet?\n\nVielen Dank im Voraus und freundliche Grüße',
    kind: 'noContext',
  },
  // --- facts -----------------------------------------------------------------------------------------------------------
  {
    q: 'Sehr geehrte Damen und Herren,\n\nwas kostet die Schulung zur Eingruppierung nach dem TVöD, und ist eine Anmeldung noch möglich?\n\nMit freundlichen Grüßen\nPersonalamt',
    kind: 'facts',
    titles: [T.eingruppierung],
    mentions: ['kostet 210 €', 'ist am Mo., 28.01.2030, 12:00 Uhr abgelaufen'],
  },
  {
    q: 'Wann findet die Erste-Hilfe-Fortbildung statt?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['am Di., 19.02.2030 von 08:00 bis 15:30 Uhr'],
  },
  {
    q: 'Sehr geehrte Damen und Herren,\n\nwir planen, zwei Beschäftigte zur Brandschutzhelfer-Ausbildung zu entsenden. Wo genau findet die Ausbildung statt?\n\nMit freundlichen Grüßen\nKatrin Wolf',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['im Landratsamt Unstrut-Hainich-Kreis'],
  },
  {
    q: 'Dear training team,\n\nhow long does the course on writing employment references take?\n\nKind regards,\nSimon Hartung',
    locale: 'en',
    kind: 'facts',
    titles: [T.zeugnis],
    says: ['lasts 3 hours, from 09:00 to 12:00'],
  },
  {
    q: 'Wer leitet das Deeskalationstraining?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['leitet Frau Dr. Petra Albrecht'],
  },
  {
    q: 'Sehr geehrte Damen und Herren,\n\nfindet das Seminar zum Bauen im Außenbereich in Präsenz oder online statt?\n\nMit freundlichen Grüßen',
    kind: 'facts',
    titles: [T.bauen],
    says: ['findet hybrid statt', 'im Landratsamt Unstrut-Hainich-Kreis'],
  },
  {
    q: 'Bis wann kann man sich für das Seminar zu verständlichen Bescheiden anmelden?',
    kind: 'facts',
    titles: [T.sprache],
    says: ['bis Fr., 12.04.2030, 12:00 Uhr'],
  },
  {
    q: 'How many seats are left in the tree inspection course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.baum],
    says: ['has 16 of 16 seats left'],
  },
  {
    q: 'Sehr geehrte Damen und Herren,\n\nist der Gesundheitstag im Nationalpark Hainich kostenlos, und von wann bis wann geht er?\n\nMit freundlichen Grüßen\nBirgit Rose',
    kind: 'facts',
    titles: [T.hainich],
    mentions: ['ist kostenlos', 'von 09:00 bis 15:00 Uhr'],
  },
  {
    q: 'Wann beginnt der Einführungstag für die neuen Azubis?',
    kind: 'facts',
    titles: [T.azubi],
    says: ['Mo., 02.09.2030', '08:30'],
  },
  { q: 'wo ist der vergaberecht kurs', kind: 'facts', titles: [T.vergabe], says: ['im Rathaus Mühlhausen'] },
  {
    q: 'Sehr geehrte Damen und Herren,\n\nwann finden die Erste-Hilfe-Fortbildung und die Brandschutzhelfer-Ausbildung statt? Wir möchten beide Termine im Dienstplan berücksichtigen.\n\nMit freundlichen Grüßen',
    kind: 'facts',
    titles: [T.ersteHilfe, T.brandschutz],
    mentions: ['am Di., 19.02.2030 von 08:00 bis 15:30 Uhr', 'am Di., 16.04.2030 von 09:00 bis 13:00 Uhr'],
  },
  {
    q: 'Dear training team,\n\ncould you tell me what the course on employment references costs?\n\nKind regards',
    locale: 'en',
    kind: 'facts',
    titles: [T.zeugnis],
    says: ['costs €95'],
    mentions: ['Mitglieder des KAV Thüringen zahlen 65 €.'],
  },
  // --- topic searches: words only in summary, description or topics ------------------------------------------------------
  {
    q: 'Sehr geehrte Damen und Herren,\n\nin letzter Zeit erhalten wir vermehrt gefälschte E-Mails, die zur Eingabe von Zugangsdaten auffordern. Gibt es eine Schulung zum Thema Phishing für unsere Beschäftigten?\n\nMit freundlichen Grüßen\nIT-Koordination',
    kind: 'list',
    titles: [T.phishing],
  },
  {
    q: 'Gibt es eine Schulung zur XRechnung? Wir müssen künftig elektronische Rechnungen verarbeiten.',
    kind: 'list',
    titles: [T.erechnung],
  },
  { q: 'Umgang mit aggressiven Bürgern am Schalter', kind: 'list', titles: [T.deeskalation] },
  {
    q: 'Sehr geehrte Frau Engel,\n\nich suche einen Kurs zur progressiven Muskelentspannung, um nach der Arbeit besser abschalten zu können. Bieten Sie so etwas an?\n\nHerzliche Grüße\nMonika Treu',
    kind: 'list',
    titles: [T.pmr],
  },
  {
    q: 'Dear Sir or Madam,\n\nour team is under a lot of pressure. Is there a training on the risk assessment of psychological strain at work?\n\nKind regards,\nDaniel Krause',
    locale: 'en',
    kind: 'list',
    first: T.psych,
    ...maybeAlso(only(T.psych), T.pmr, T.deeskalation),
  },
  { q: 'Verkehrssicherungspflicht für Straßenbäume', kind: 'list', titles: [T.baum] },
  { q: 'Wie schreibe ich Bescheide, die Bürger verstehen?', kind: 'list', titles: [T.sprache] },
  { q: 'Schulung Stellenbewertung Entgeltgruppe', kind: 'list', titles: [T.eingruppierung] },
  {
    q: 'Gibt es einen Gesundheitstag mit Bewegung an der frischen Luft?',
    kind: 'list',
    titles: [T.hainich],
  },
  { q: 'Brandschutzhelfer Ausbilding', kind: 'list', titles: [T.brandschutz] },
  { q: 'kassenprüfung', kind: 'list', titles: [T.kasse] },
  // --- time and place filters, format, provider, trainer, cost, length, language ---------------------------------------
  {
    q: 'Sehr geehrte Damen und Herren,\n\nwelche Fortbildungen finden in der kommenden Woche statt?\n\nMit freundlichen Grüßen\nSandra Keller\nHauptamt, Stadt Bad Langensalza',
    kind: 'list',
    titles: [T.eingruppierung, T.rat, T.erechnung, T.zeugnis],
  },
  { q: 'Gibt es heute noch eine Veranstaltung?', kind: 'list', titles: [T.phishing] },
  { q: 'Was steht im März auf dem Programm?', kind: 'list', titles: [T.fuehrung, T.kasse, T.excel, T.pmr] },
  {
    q: 'Dear training team,\n\nare there any online seminars in February?\n\nKind regards,\nLaura Schmidt',
    locale: 'en',
    kind: 'list',
    ...maybeAlso(only(T.phishing, T.erechnung, T.zeugnis), T.datenschutz),
  },
  { q: 'Welche Abendveranstaltungen bieten Sie an?', kind: 'list', ...only(T.rat, T.excel, T.pmr) },
  { q: 'Welche Kurse finden nachmittags statt?', kind: 'list', ...only(T.phishing, T.datenschutz, T.psych) },
  { q: 'Was wird in Bad Langensalza angeboten?', kind: 'list', ...only(T.rat, T.strasse, T.pmr, T.hainich) },
  { q: 'Gibt es etwas in Schlotheim?', kind: 'list', titles: [T.ersteHilfe] },
  {
    q: 'Which courses does the Kreisvolkshochschule offer?',
    locale: 'en',
    kind: 'list',
    ...only(T.english, T.excel, T.pmr),
  },
  {
    q: 'Sehr geehrte Damen und Herren,\n\nwelche Seminare bietet der Kommunale Arbeitgeberverband in diesem Halbjahr an?\n\nMit freundlichen Grüßen',
    kind: 'list',
    ...only(T.eingruppierung, T.zeugnis),
  },
  { q: 'Welche Seminare leitet Frau Dr. Albrecht?', kind: 'list', ...only(T.deeskalation, T.psych) },
  {
    q: 'Sehr geehrte Damen und Herren,\n\nfür die Budgetplanung unseres Amtes bitte ich um eine Übersicht der Seminare, die mehr als 200 Euro kosten.\n\nMit freundlichen Grüßen\nKämmerei',
    kind: 'list',
    ...only(T.eingruppierung, T.vergabe, T.fuehrung, T.bauen),
  },
  {
    q: 'Welche kostenlosen Präsenzseminare gibt es im Februar?',
    kind: 'list',
    ...maybeAlso(only(T.deeskalation, T.ersteHilfe, T.strasse), T.datenschutz),
  },
  { q: 'Gibt es Seminare, die über mehrere Tage gehen?', kind: 'list', ...only(T.fuehrung, T.excel, T.pmr) },
  { q: 'Ist an einem Freitag etwas geplant?', kind: 'list', ...only(T.phishing, T.hainich) },
  { q: 'Are there any courses held in English?', locale: 'en', kind: 'list', titles: [T.english] },
  { q: 'Kurze Online-Formate unter zwei Stunden?', kind: 'list', ...only(T.phishing, T.erechnung) },
  { q: 'Was findet im Juni statt?', kind: 'list', titles: [T.hainich] },
  // --- gone, drafts never shown, no match, greeting, thanks -------------------------------------------------------------
  {
    q: 'Sehr geehrte Damen und Herren,\n\nfindet der PowerPoint-Kurs wie geplant statt?\n\nMit freundlichen Grüßen',
    kind: 'gone',
    gone: T.powerpoint,
  },
  { q: 'Gabelstaplerschein für den Bauhof', kind: 'gone', gone: T.stapler },
  {
    q: 'Dear training team,\n\nI missed the seminar on the property tax reform. When did it take place?\n\nKind regards',
    locale: 'en',
    kind: 'gone',
    gone: T.grundsteuer,
    says: ['Tue, 15 Jan 2030'],
  },
  { q: 'Winterdienst Schulung', kind: 'gone', gone: T.winterdienst, says: ['Di., 13.11.2029'] },
  {
    q: 'Sehr geehrte Damen und Herren,\n\nwird es eine Schulung zum Einsatz von KI-Assistenten wie ChatGPT geben?\n\nMit freundlichen Grüßen',
    kind: 'none',
  },
  { q: 'Kommunale Wärmeplanung', kind: 'none' },
  { q: 'Gibt es Seminare in Kammerforst?', kind: 'none' },
  { q: 'Guten Morgen!', kind: 'help' },
  { q: 'Dear training team,\n\nwhat can you help me with?\n\nKind regards', locale: 'en', kind: 'help' },
  { q: 'Vielen Dank für Ihre Hilfe!\n\nMit freundlichen Grüßen', kind: 'thanks' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-thirteenth, independent catalogue (Unstrut-Hainich-Kreis, TVS, Unfallkasse Thüringen, KAV, Kreisvolkshochschule)',
  {
    fixture: 'heldout313-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
