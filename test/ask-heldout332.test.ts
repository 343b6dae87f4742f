// Over-fitting check, three-hundred-and-thirty-second catalogue: the autumn 2027 / spring 2028 training programme for the
// Stadtverwaltung Speyer (Rhineland-Palatinate) and its municipal companies (Entsorgungsbetriebe Speyer, Gebäudemanagement
// Speyer, Stadtwerke Speyer) and the neighbouring Verbandsgemeinde Römerberg-Dudenhofen, with the Kommunal-Akademie
// Rheinland-Pfalz, the Unfallkasse Rheinland-Pfalz, the Volkshochschule Speyer, the Landesbetrieb Daten und Information
// (LDI) and the city's own Personalentwicklung, imported from a JSON file. Seminars take place in the Rathaus and the
// Stadthaus on the Maximilianstraße, in the VHS building in the Heydenreichstraße, at the Baubetriebshof and the
// Feuerwache Speyer, at the Deutsche Universität für Verwaltungswissenschaften Speyer, once at the Kommunal-Akademie in
// Mainz, online or hybrid. Many titles do not name their subject ("Nicht jeder Anhang ist harmlos" is phishing, "Feierabend
// für den Kopf" mindfulness / stress, "Auf der anderen Seite des Schreibtischs" new managers, "Formulare, die sich selbst
// ausfüllen" OZG online services, "Alles fest verzurrt?" load securing, "Was wissen Sie über mich?" GDPR access requests,
// "Zahlen, die Geschichten erzählen" the Doppik annual accounts, "Der Küchentisch ist kein Schreibtisch" home-office
// ergonomics, "Mit fester Stimme" public speaking, "Belege ohne Briefumschlag" e-invoicing, "Kluge Helfer mit Grenzen" AI,
// "Sagen, was Sache ist" plain language, "Wenn der Ast bricht" tree inspection, "Die richtige Person für die Stelle" job
// interviews, "Für alle lesbar" accessibility), so only summary, description or topics reveal it; one seminar is held in
// English; the leadership course runs on two Thursdays across the end of summer time (Sun 31.10.2027); the procurement
// course runs on two consecutive days; the onboarding day is open only to the Stadtverwaltung; first aid and load securing
// are free, paid by the Unfallkasse; two courses run in the evening. The questions are written the way experienced staff
// write to the training office — very polite, long-winded, with greetings, subjunctives, nested clauses and sign-offs
// ("Sehr geehrte Damen und Herren, ich wollte mich erkundigen, ob …", "Dear colleagues, I would be grateful if …") — and
// some in simple, plain German ("Ich möchte etwas lernen über …"), written without looking at the parser or the answers.
//
// Calendar around `now` (Monday 25 October 2027, 09:45 in Speyer, summer time; summer time ends Sun 31.10.2027, so the
// following week is CET; Mon 01.11.2027 is Allerheiligen, a public holiday in Rhineland-Palatinate; summer time begins
// again Sun 26.03.2028):
//   this week:  Mon 25.10. (today) 13:30–15:00 phishing (online, LDI); Tue 26.10. 09:00–12:30 Sitzungsdienst (Rathaus);
//               Wed 27.10. 18:00–19:30 mindfulness (VHS, evening); Thu 28.10. 09:00–16:00 leadership day 1 (Stadthaus;
//               deadline passed Wed 20.10. 23:59); Fri 29.10. 10:00–11:30 OZG online services (online); Sun 31.10. clocks
//               go back
//   next week:  Mon 01.11. Allerheiligen, nothing; Tue 02.11. 07:30–14:30 load securing (Baubetriebshof); Wed 03.11.
//               09:00–12:30 English (VHS; deadline Wed 27.10. 23:59); Thu 04.11. 09:00–16:00 leadership day 2 (CET);
//               Fri 05.11. 13:00–16:00 GDPR access requests (hybrid, Stadthaus)
//   November:   Tue 09.11. Doppik (Kommunal-Akademie, Mainz), Wed 10.11. 14:00–16:00 home-office ergonomics (online),
//               Thu 11.11. 18:00–21:00 public speaking (VHS, evening), the cancelled PowerPoint course (Fri 12.11.), Tue
//               16.11. first aid (Feuerwache), Thu 18.11.–Fri 19.11. procurement (DUV Speyer; deadline Thu 04.11. 12:00),
//               Tue 23.11. 10:00–11:30 e-invoicing (online)
//   December:   Wed 01.12. onboarding day (Rathaus, Stadtverwaltung only), the cancelled aerial-platform course (Thu
//               02.12.), Tue 07.12. 13:00–16:00 AI (online, no deadline given: until the start)
//   January:    Wed 12.01.2028 plain language (VHS; deadline Fri 17.12.2027 12:00), Tue 18.01.2028 tree inspection
//               (Baubetriebshof)
//   spring:     Tue 07.03.2028 job interviews (Stadthaus), the draft parking-enforcement course (Tue 14.03.), Wed 22.03.
//               fire wardens (Feuerwache), Thu 20.04. accessibility (online), the draft EU-funding course (Wed 26.04.),
//               Tue 09.05. municipal law update (hybrid, Rathaus)
//   past:       Tue 06.07.2027 heat protection (Baubetriebshof), Wed 15.09.2027 parental leave (online).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-10-25T07:45:00Z'); // Monday, 25 October 2027, 09:45 in Speyer (CEST)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Nicht jeder Anhang ist harmlos', // Mon 25.10. 13:30–15:00, online, LDI, Köhler, phishing, free
  sitzung: 'Von der Einladung bis zur Niederschrift: Sitzungsdienst in der Praxis', // Tue 26.10. 09:00–12:30, Rathaus, KA, Dr. Reuter, 185 €
  achtsam: 'Feierabend für den Kopf', // Wed 27.10. 18:00–19:30, VHS, Lang, mindfulness / stress, 12 €
  fuehrung: 'Auf der anderen Seite des Schreibtischs', // Thu 28.10. (CEST) + Thu 04.11. (CET) 09:00–16:00, Stadthaus, KA, Hartmann, new managers, 420 €, deadline passed Wed 20.10. 23:59
  ozg: 'Formulare, die sich selbst ausfüllen', // Fri 29.10. 10:00–11:30, online, LDI, Weber, OZG online services, free
  ladung: 'Alles fest verzurrt?', // Tue 02.11. 07:30–14:30, Baubetriebshof, UK RLP, Becker, load securing, free (UK pays)
  english: 'Welcome to Speyer: English at the Counter and on the Phone', // Wed 03.11. 09:00–12:30, VHS, Clarke, 95 €, deadline Wed 27.10. 23:59
  dsgvo: 'Was wissen Sie über mich?', // Fri 05.11. 13:00–16:00, hybrid (Stadthaus), KA, Dr. Wendel, GDPR access requests, 150 €
  doppik: 'Zahlen, die Geschichten erzählen', // Tue 09.11. 09:00–16:00, Kommunal-Akademie Mainz, KA, Schäfer, Doppik annual accounts, 240 €
  homeoffice: 'Der Küchentisch ist kein Schreibtisch', // Wed 10.11. 14:00–16:00, online, UK RLP, Brandt, ergonomics, free
  rhetorik: 'Mit fester Stimme', // Thu 11.11. 18:00–21:00, VHS, Roth, public speaking, 35 €
  ersteHilfe: 'Erste-Hilfe-Fortbildung für betriebliche Ersthelferinnen und Ersthelfer', // Tue 16.11. 08:30–16:00, Feuerwache, UK RLP, Kern, free (UK pays)
  vergabe: 'Vergaberecht für Einsteiger: UVgO und VOB/A', // Thu 18.11. + Fri 19.11. 09:00–16:00, DUV Speyer, KA, Dr. Wendel, 380 €, 18 seats, deadline Thu 04.11. 12:00
  erechnung: 'Belege ohne Briefumschlag', // Tue 23.11. 10:00–11:30, online, LDI, Köhler, XRechnung, free
  onboarding: 'Gut ankommen: Einführungstag für neue Beschäftigte der Stadtverwaltung Speyer', // Wed 01.12. 08:30–15:00, Rathaus, PE, Meyer, free, Speyer only
  ki: 'Kluge Helfer mit Grenzen', // Tue 07.12. 13:00–16:00, online, KA, Dr. Vogt, AI / ChatGPT, 90 €, no deadline (= start)
  sprache: 'Sagen, was Sache ist', // Wed 12.01.2028 09:00–16:00, VHS, Hoffmann, plain language, 120 €, deadline Fri 17.12.2027 12:00
  baum: 'Wenn der Ast bricht', // Tue 18.01.2028 08:00–15:30, Baubetriebshof, UK RLP, Becker, tree inspection, free
  auswahl: 'Die richtige Person für die Stelle', // Tue 07.03.2028 09:00–16:00, Stadthaus, KA, Hartmann, job interviews, 230 €
  brandschutz: 'Brandschutzhelferinnen und Brandschutzhelfer: Ausbildung nach ASR A2.2', // Wed 22.03.2028 09:00–13:00, Feuerwache, UK RLP, Fuchs, free
  barrierefrei: 'Für alle lesbar', // Thu 20.04.2028 09:00–12:00, online, LDI, Weber, accessible documents, free
  kommunalrecht: 'Kommunalrecht aktuell: Neuerungen in der Gemeindeordnung Rheinland-Pfalz', // Tue 09.05.2028 09:00–12:30, hybrid (Rathaus), KA, Dr. Reuter, 160 €
  parken: 'Parkraumüberwachung und Verwarnungsgeld im ruhenden Verkehr', // draft (Tue 14.03.2028)
  foerder: 'EU-Fördermittel für Kommunen erfolgreich beantragen', // draft (Wed 26.04.2028)
  powerpoint: 'PowerPoint kompakt: Präsentationen gestalten', // cancelled (Fri 12.11.2027)
  hubbuehne: 'Hubarbeitsbühnen sicher bedienen', // cancelled (Thu 02.12.2027)
  elterngeld: 'Elterngeld und Elternzeit im öffentlichen Dienst', // past (Wed 15.09.2027)
  hitze: 'Hitzeschutz bei Arbeiten im Freien', // past (Tue 06.07.2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.parken, T.foerder, T.powerpoint, T.hubbuehne, T.elterngeld, T.hitze];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  {
    miss: 'the polite wrapping ("gegebenenfalls kurzfristig teilnehmen") is searched as a subject, and nothing fits',
    conv: 'heute',
    q: 'Sehr geehrte Damen und Herren, ich wollte mich erkundigen, ob heute noch eine Veranstaltung stattfindet, an der ich gegebenenfalls kurzfristig teilnehmen könnte. Mit freundlichen Grüßen, Gerda Hummel',
    kind: 'list',
    titles: [T.phishing],
  },
  {
    miss: 'follows an unanswered question, so no seminar is talked about',
    conv: 'heute',
    q: 'Könnten Sie mir bitte noch mitteilen, um welche Uhrzeit diese Veranstaltung beginnt?',
    kind: 'facts',
    titles: [T.phishing],
    says: ['beginnt am Mo., 25.10.2027 um 13:30 Uhr'],
  },
  {
    miss: '"ins Stadthaus kommen" is read as a search in the place, not as the format asked of the seminar talked about',
    conv: 'heute',
    q: 'Müsste ich dafür ins Stadthaus kommen, oder wäre eine Teilnahme auch vom Arbeitsplatz aus möglich?',
    kind: 'facts',
    titles: [T.phishing],
    says: ['findet online statt'],
  },
  {
    miss: '"zum 1. Dezember" of the story is read as the day asked for, so the onboarding day is answered',
    conv: 'fuehrung',
    q: 'Sehr geehrte Kolleginnen und Kollegen, da ich zum 1. Dezember die Leitung eines Sachgebiets übernehmen werde, wäre ich Ihnen dankbar, wenn Sie mir mitteilen könnten, ob es eine Fortbildung gibt, die auf die neue Rolle als Vorgesetzte vorbereitet. Mit freundlichen Grüßen',
    kind: 'list',
    first: T.fuehrung,
    ...maybeAlso(only(T.fuehrung), T.auswahl),
  },
  {
    miss: 'follows the onboarding day answered instead of the leadership course',
    conv: 'fuehrung',
    q: 'Könnten Sie mir bitte mitteilen, an welchen Tagen und zu welchen Uhrzeiten diese Fortbildung stattfindet?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 28.10.2027 und Do., 04.11.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    miss: 'follows the onboarding day answered instead of the leadership course',
    conv: 'fuehrung',
    q: 'Bis wann hätte ich mich denn anmelden müssen?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['ist am Mi., 20.10.2027, 23:59 Uhr abgelaufen'],
  },
  {
    conv: 'english',
    q: 'Dear colleagues, I would be grateful if you could tell me whether there is a course that would help me to deal with English-speaking visitors at the counter. Kind regards',
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  {
    miss: 'the polite wording is searched as a subject, and nothing fits',
    conv: 'english',
    q: 'Could you kindly let me know by when I would have to register?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['until Wed, 27 Oct 2027, 23:59'],
  },
  {
    miss: 'follows an unanswered question, so no seminar is talked about',
    conv: 'english',
    q: 'And where exactly would it be held?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['Volkshochschule Speyer'],
  },
  { conv: 'ladung', q: 'Ich möchte etwas lernen über Ladungssicherung.', kind: 'list', titles: [T.ladung] },
  {
    conv: 'ladung',
    q: 'Wann fängt das an?',
    kind: 'facts',
    titles: [T.ladung],
    says: ['beginnt am Di., 02.11.2027 um 07:30 Uhr'],
  },
  {
    conv: 'ladung',
    q: 'Muss ich etwas bezahlen?',
    kind: 'facts',
    titles: [T.ladung],
    says: ['ist kostenlos'],
    mentions: ['Die Kosten übernimmt die Unfallkasse Rheinland-Pfalz.'],
  },
  {
    conv: 'doppik',
    q: 'Sehr geehrte Damen und Herren, im Hinblick auf den anstehenden Jahresabschluss wollte ich mich erkundigen, ob Sie eine Schulung zur kommunalen Doppik im Programm haben. Mit freundlichen Grüßen aus der Kämmerei',
    kind: 'list',
    titles: [T.doppik],
  },
  {
    conv: 'doppik',
    q: 'Wo würde diese Schulung denn stattfinden?',
    kind: 'facts',
    titles: [T.doppik],
    says: ['Kommunal-Akademie Rheinland-Pfalz, Deutschhausplatz 1, 55116 Mainz'],
  },
  {
    conv: 'doppik',
    q: 'Wie lange dauert die Schulung?',
    kind: 'facts',
    titles: [T.doppik],
    says: ['dauert 7 Stunden, von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'vergabe',
    q: 'Guten Tag, könnten Sie mir bitte mitteilen, ob es eine Einführung in das Vergaberecht gibt? Ich bin seit kurzem in der zentralen Vergabestelle tätig.',
    kind: 'list',
    titles: [T.vergabe],
  },
  {
    conv: 'vergabe',
    q: 'Wie viele Tage umfasst die Veranstaltung?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['dauert 2 Tage, jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'vergabe',
    q: 'Sind noch Plätze frei?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['noch 18 von 18 Plätzen frei'],
  },
  {
    miss: "the story's words find two more seminars beside the data-protection course",
    conv: 'dsgvo',
    q: 'Sehr geehrte Damen und Herren, im Bürgerbüro erreichen uns zunehmend Anfragen von Bürgerinnen und Bürgern, die wissen möchten, welche Daten die Stadt über sie gespeichert hat. Gibt es hierzu eine Fortbildung? Mit freundlichen Grüßen',
    kind: 'list',
    titles: [T.dsgvo],
  },
  {
    miss: 'follows a list of three, and "Teilnahme" is searched as a subject',
    conv: 'dsgvo',
    q: 'Wäre eine Teilnahme auch online möglich, oder findet das ausschließlich vor Ort statt?',
    kind: 'facts',
    titles: [T.dsgvo],
    says: ['Stadthaus Speyer', 'oder online'],
  },
  {
    miss: 'follows a list of three, so no single seminar is talked about',
    conv: 'dsgvo',
    q: 'Wer leitet die Veranstaltung?',
    kind: 'facts',
    titles: [T.dsgvo],
    says: ['leitet Herr Dr. Thomas Wendel'],
  },
  {
    conv: 'baum',
    q: 'Wir sind im Baubetriebshof für die Kontrolle der Straßenbäume zuständig. Gibt es da eine Schulung?',
    kind: 'list',
    titles: [T.baum],
  },
  {
    conv: 'baum',
    q: 'Und wann genau?',
    kind: 'facts',
    titles: [T.baum],
    says: ['am Di., 18.01.2028 von 08:00 bis 15:30 Uhr'],
  },
  {
    conv: 'sprache',
    q: 'Sehr geehrte Damen und Herren, da sich Bürgerinnen und Bürger gelegentlich darüber beklagen, dass unsere Schreiben schwer verständlich seien, würde ich gerne erfahren, ob Sie eine Fortbildung zum verständlichen Schreiben anbieten.',
    kind: 'list',
    titles: [T.sprache],
  },
  {
    conv: 'sprache',
    q: 'Bis wann kann man sich dafür anmelden?',
    kind: 'facts',
    titles: [T.sprache],
    says: ['bis Fr., 17.12.2027, 12:00 Uhr'],
  },
  // --- facts -----------------------------------------------------------------------------------------------------------
  {
    q: 'Könnten Sie mir bitte mitteilen, wann die diesjährige Erste-Hilfe-Fortbildung stattfindet?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['am Di., 16.11.2027 von 08:30 bis 16:00 Uhr'],
  },
  {
    q: 'Sehr geehrte Damen und Herren, ich wäre Ihnen sehr verbunden, wenn Sie mir mitteilen könnten, was der Englischkurs für den Publikumsverkehr kostet.',
    kind: 'facts',
    titles: [T.english],
    says: ['kostet 95 €'],
  },
  {
    q: 'Dear colleagues, could you please tell me how much the course for new managers would cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['costs €420'],
  },
  {
    q: 'Wo findet die Brandschutzhelferausbildung statt?',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['Feuerwache Speyer'],
  },
  {
    q: 'Wann beginnt der Rhetorikkurs am Abend?',
    kind: 'facts',
    titles: [T.rhetorik],
    says: ['beginnt am Do., 11.11.2027 um 18:00 Uhr'],
  },
  {
    q: 'I would be grateful to know how long the session on setting up a healthy home office lasts.',
    locale: 'en',
    kind: 'facts',
    titles: [T.homeoffice],
    says: ['lasts 2 hours, from 14:00 to 16:00'],
  },
  {
    q: 'Könnten Sie mir freundlicherweise sagen, bis wann ich mich zur Schulung über künstliche Intelligenz anmelden kann?',
    kind: 'facts',
    titles: [T.ki],
    says: ['bis Di., 07.12.2027, 13:00 Uhr'],
  },
  // --- topic searches: words only in summary, description or topics; plain and formal German ---------------------------
  { q: 'Ich möchte etwas lernen über Phishing-Mails.', kind: 'list', titles: [T.phishing] },
  { q: 'Ich möchte etwas lernen über Stress und Entspannung.', kind: 'list', titles: [T.achtsam] },
  {
    q: 'Sehr geehrte Damen und Herren, seit ich überwiegend im Homeoffice arbeite, habe ich Rückenschmerzen; gäbe es eine Veranstaltung zur richtigen Einrichtung des häuslichen Arbeitsplatzes?',
    kind: 'list',
    titles: [T.homeoffice],
  },
  {
    q: 'Ich muss bald im Ausschuss einen Vortrag halten und bin sehr nervös. Gibt es einen Kurs?',
    kind: 'list',
    titles: [T.rhetorik],
  },
  {
    q: 'Wir möchten nach dem Onlinezugangsgesetz mehr Anträge online anbieten. Gibt es dazu etwas?',
    kind: 'list',
    titles: [T.ozg],
  },
  { q: 'Dürfen wir ChatGPT im Dienst benutzen? Gibt es dazu eine Fortbildung?', kind: 'list', titles: [T.ki] },
  {
    q: 'Sehr geehrte Damen und Herren, könnten Sie mir bitte mitteilen, ob im kommenden Frühjahr eine Fortbildung zum Thema Vorstellungsgespräche angeboten wird? Mit freundlichen Grüßen, Jürgen Albrecht',
    kind: 'list',
    titles: [T.auswahl],
  },
  {
    q: 'Sehr geehrte Damen und Herren, ich wollte mich erkundigen, ob im kommenden Frühjahr eine Fortbildung zum Thema barrierefreie Dokumente angeboten wird. Mit freundlichen Grüßen, Ihre Monika Kessler',
    kind: 'list',
    titles: [T.barrierefrei],
  },
  {
    q: 'Ich bin neu bei der Stadt. Gibt es einen Tag zum Kennenlernen?',
    kind: 'list',
    titles: [T.onboarding],
  },
  {
    q: 'Da ich künftig die Niederschriften des Bauausschusses anfertigen soll, wäre ich Ihnen für den Hinweis auf eine passende Schulung sehr dankbar.',
    kind: 'list',
    titles: [T.sitzung],
  },
  { q: 'Ich möchte lernen, wie man einen Feuerlöscher benutzt.', kind: 'list', titles: [T.brandschutz] },
  {
    q: 'Was hat sich in der Gemeindeordnung geändert? Gibt es dazu eine Veranstaltung?',
    kind: 'list',
    first: T.kommunalrecht,
    ...maybeAlso(only(T.kommunalrecht), T.sitzung),
  },
  // --- time and place filters, format, provider, trainer, cost, length, language ---------------------------------------
  {
    q: 'Könnten Sie mir bitte mitteilen, welche Veranstaltungen in dieser Woche noch stattfinden?',
    kind: 'list',
    titles: [T.phishing, T.sitzung, T.achtsam, T.fuehrung, T.ozg],
  },
  {
    q: 'Welche Seminare finden nächste Woche statt?',
    kind: 'list',
    ...maybeAlso(only(T.ladung, T.english, T.dsgvo), T.fuehrung),
  },
  { q: 'Findet am 1. November etwas statt?', kind: 'none' },
  { q: 'Was gibt es im Dezember?', kind: 'list', titles: [T.onboarding, T.ki] },
  {
    q: 'Sehr geehrte Damen und Herren, könnten Sie mir bitte mitteilen, welche Fortbildungen im Januar angeboten werden?',
    kind: 'list',
    titles: [T.sprache, T.baum],
  },
  {
    q: 'Was wird im Frühjahr 2028 angeboten?',
    kind: 'list',
    titles: [T.auswahl, T.brandschutz, T.barrierefrei, T.kommunalrecht],
  },
  { q: 'Gibt es auch Veranstaltungen am Abend?', kind: 'list', ...only(T.achtsam, T.rhetorik) },
  {
    q: 'Welche Online-Seminare sind kostenlos?',
    kind: 'list',
    ...only(T.phishing, T.ozg, T.homeoffice, T.erechnung, T.barrierefrei),
  },
  {
    q: 'Welche Veranstaltungen bietet die Unfallkasse Rheinland-Pfalz an?',
    kind: 'list',
    ...only(T.ladung, T.homeoffice, T.ersteHilfe, T.baum, T.brandschutz),
  },
  {
    q: 'What does the LDI offer?',
    locale: 'en',
    kind: 'list',
    ...only(T.phishing, T.ozg, T.erechnung, T.barrierefrei),
  },
  { q: 'Was bietet die VHS Speyer an?', kind: 'list', ...only(T.achtsam, T.english, T.rhetorik, T.sprache) },
  { q: 'Gibt es Veranstaltungen in Mainz?', kind: 'list', titles: [T.doppik] },
  { q: 'Welche Seminare gibt Herr Hartmann?', kind: 'list', ...only(T.fuehrung, T.auswahl) },
  {
    q: 'Welche Fortbildungen kosten zwischen 100 und 200 Euro?',
    kind: 'list',
    ...only(T.sitzung, T.dsgvo, T.sprache, T.kommunalrecht),
  },
  {
    q: 'Welche Veranstaltungen dauern höchstens zwei Stunden?',
    kind: 'list',
    ...only(T.phishing, T.achtsam, T.ozg, T.homeoffice, T.erechnung),
  },
  { q: 'Gibt es mehrtägige Seminare?', kind: 'list', ...only(T.fuehrung, T.vergabe) },
  { q: 'Ist an einem Montag etwas?', kind: 'list', titles: [T.phishing] },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  {
    q: 'Sehr geehrte Damen und Herren, ich wollte mich erkundigen, ob der PowerPoint-Kurs im November wie geplant stattfindet.',
    kind: 'gone',
    gone: T.powerpoint,
  },
  { q: 'Wann ist die Schulung für Hubarbeitsbühnen?', kind: 'gone', gone: T.hubbuehne },
  {
    q: 'Wann war die Fortbildung zu Elterngeld und Elternzeit?',
    kind: 'gone',
    gone: T.elterngeld,
    says: ['Mi., 15.09.2027'],
  },
  { q: 'Hitzeschutz im Freien', kind: 'gone', gone: T.hitze, says: ['Di., 06.07.2027'] },
  { q: 'Gibt es eine Schulung zur Parkraumüberwachung?', kind: 'none' },
  { q: 'Ich möchte etwas lernen über EU-Fördermittel.', kind: 'none' },
  { q: 'Was gibt es in Schifferstadt?', kind: 'none' },
  { q: 'Guten Morgen!', kind: 'help' },
  { q: 'Könnten Sie mir bitte meine Anmeldungen anzeigen?', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-thirty-second, independent catalogue (Stadt Speyer, Kommunal-Akademie RLP, Unfallkasse RLP, VHS Speyer, LDI)',
  {
    fixture: 'heldout332-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
