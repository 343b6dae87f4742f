// Over-fitting check, thirty-second catalogue: the 2027 programme of the Landkreis Rostock (Kreishaus Güstrow, Kreishaus
// Bad Doberan, the Fachhochschule für öffentliche Verwaltung, Polizei und Rechtspflege M-V in Güstrow, the Kreis's
// Personalentwicklung, an invented municipal IT provider "Nordkom IT", the Digitallotsen M-V) imported from a JSON file,
// with catchy titles whose content words are only in summaries and descriptions, and questions written the way
// employees ask, without looking at the parser or the answers. Same assertions as the other suites: exactly the
// expected seminars (best first where one is clearly best), the asked fact in the first sentence, never a draft,
// cancelled or past seminar.
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

// Tuesday, 7 September 2027, 09:00 in Güstrow (summer time). This week: Wed 08.09., Thu 09.09., Fri 10.09.; next week:
// Tue 14.09. (morning), Wed 15.09. (morning), Thu 16.09. (afternoon); nothing from 17.09. to 29.09.
const now = new Date('2027-09-07T07:00:00Z');
const TZ = 'Europe/Berlin';

const T = {
  m365: 'Microsoft 365 im Büroalltag: Teams, Outlook und Co.', // Wed 08.09.2027 09:00–12:00, online, free, Frau Voß
  klartext: 'Klartext statt Amtsdeutsch: Bescheide und Briefe, die jeder versteht', // Thu 09.09.2027 13:00–16:00, Kreishaus Güstrow
  vergabe: 'Öffentliche Aufträge vergeben: UVgO und Vergabegesetz M-V in der Praxis', // Fri 10.09.2027, Bad Doberan, deadline passed 31.08.
  erechnung: 'E-Rechnung im Rechnungseingang: XRechnung empfangen, prüfen und freigeben', // Tue 14.09.2027 09:00–12:00, online, Nordkom
  agil: 'In kleinen Schritten ans Ziel: agiles Arbeiten ausprobieren', // Wed 15.09.2027 09:00–12:30, Bad Doberan, 16 seats
  pause: 'Bewegte Pause: fit und entspannt durch den Büroalltag', // Thu 16.09.2027 13:30–16:30, Kreishaus Güstrow, free
  datenschutz: 'Datenschutz kompakt: die DSGVO in der täglichen Sachbearbeitung', // Thu 30.09.2027, online, FH
  isb: 'Informationssicherheitsbeauftragte für Kommunen: Ausbildung nach BSI IT-Grundschutz', // 05.–07.10.2027, FH, 1.150 €
  meetings: 'Online Meetings in English: Small Talk, Chairing and Follow-up', // Tue 12. and 19.10.2027 14:00, online, English
  eakte: 'Tschüss, Aktenberg: Einstieg in die elektronische Akte', // Wed 13.10.2027 08:30, Kreishaus Güstrow, free
  ozg: 'Verwaltungsleistungen online anbieten: Antragsassistenten im MV-Serviceportal', // Tue 19.10.2027, online, Nordkom, free
  konflikt: 'Wenn es im Team knirscht: Spannungen ansprechen und gemeinsam lösen', // Thu 21.10.2027, Bad Doberan, 150 €
  buerger: 'Gut erreichbar: Anliegen am Telefon und per E-Mail freundlich und schnell klären', // Thu 28.10.2027, Rathaus Teterow
  prozess: 'Abläufe unter der Lupe: Arbeitsschritte erfassen, darstellen und verbessern', // 02.–03.11.2027, FH, deadline 15.10.
  ki: 'Kollege Algorithmus: Textgeneratoren sinnvoll im Amt einsetzen', // Wed 03.11.2027, hybrid, Nordkom
  tvoed: 'Tarifrecht kompakt: TVöD für die Personalsachbearbeitung', // Thu 04.11.2027, Bad Doberan, FH
  projekt: 'Projekte planen und steuern: Grundlagen des Projektmanagements', // Tue 09. and Tue 23.11.2027, Kreishaus Güstrow
  mobil: 'Zuhause gut organisiert: Selbstorganisation und Ergonomie beim mobilen Arbeiten', // Wed 10.11.2027 afternoon, online, Frau Voß
  design: 'Ideen, die ankommen: Design Thinking für die Verwaltung', // Thu 11.11.2027, Bad Doberan, Digitallotsen M-V, free
  citizens: "English for the Citizens' Office: Helping International Residents", // 15.–16.11.2027, Kreishaus Güstrow, English, 240 €
  lotsen: 'Digitallotsinnen und Digitallotsen M-V: Qualifizierungsreihe 2027/28', // from 17.11.2027, hybrid, free (Land M-V)
  fuehrung: 'Führen im digitalen Wandel: Orientierung geben, Veränderung gestalten', // 18.11., 02.12., 16.12.2027, leaders
  phishing: 'Ein Klick zu viel: Angriffe per E-Mail erkennen', // Wed 24.11.2027, online, Nordkom, free
  barriere: 'Für alle lesbar: Dokumente und Webseiten ohne Hürden gestalten', // Thu 25.11.2027, online, Nordkom, free
  doppik: 'Doppik verstehen: der kommunale Haushalt für Einsteigerinnen und Einsteiger', // 30.11.–01.12.2027, FH, 18 seats
  auswahl: 'Die richtigen Leute finden: strukturierte Auswahlgespräche führen', // Tue 07.12.2027, Kreishaus Güstrow, leaders
  interreg: 'Cross-Border Cooperation: Interreg South Baltic for Municipalities', // Wed 08.12.2027 10:00–12:00, online, English, free
  intranet: 'KreisNetz: Einführung in das neue Mitarbeiterportal', // draft
  fahren: 'Fahrsicherheitstraining für Dienstwagenfahrende', // draft
  automate: 'Routinearbeiten automatisieren mit Power Automate', // cancelled
  zeit: 'Zeitmanagement mit Outlook: Aufgaben und Termine im Griff', // cancelled
  digitaltag: 'Digitaltag 2027: Verwaltung digital erleben', // past (Thu 17 June 2027)
  ratsinfo: 'Das neue Ratsinformationssystem: Einführung für Sitzungsdienste', // past (Tue 24 August 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.intranet, T.fahren, T.automate, T.zeit, T.digitaltag, T.ratsinfo];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  {
    q: 'Was kostet die Ausbildung zum Informationssicherheitsbeauftragten?',
    kind: 'facts',
    titles: [T.isb],
    says: ['kostet 1.150 €'],
  },
  {
    q: 'Was kostet die Digitallotsen-Qualifizierung?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['ist kostenlos'],
    mentions: ['Die Kosten trägt das Land Mecklenburg-Vorpommern.'],
  },
  // --- facts: when, start time, duration -------------------------------------------------------------------------------
  {
    q: 'Wann ist das Projektmanagement-Seminar?',
    kind: 'facts',
    titles: [T.projekt],
    says: ['an 2 Tagen', 'Di., 09.11.2027 und Di., 23.11.2027'],
  },
  {
    q: 'Um wie viel Uhr beginnt die Schulung zur E-Akte?',
    kind: 'facts',
    titles: [T.eakte],
    says: ['beginnt am Mi., 13.10.2027 um 08:30 Uhr'],
  },
  {
    q: 'Wie lange dauert der Doppik-Kurs?',
    kind: 'facts',
    titles: [T.doppik],
    says: ['dauert 2 Tage, jeweils von 09:00 bis 16:00 Uhr'],
  },
  // --- facts: where, format ---------------------------------------------------------------------------------------------
  {
    q: 'Wo findet die Datenschutzschulung statt?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['findet online statt'],
  },
  {
    q: 'Findet das KI-Seminar online statt oder vor Ort?',
    kind: 'facts',
    titles: [T.ki],
    says: ['findet hybrid statt'],
  },
  // --- facts: registration deadline, seats ---------------------------------------------------------------------------
  {
    q: 'Bis wann kann ich mich für den Prozessmanagement-Kurs anmelden?',
    kind: 'facts',
    titles: [T.prozess],
    says: ['bis Fr., 15.10.2027, 23:59 Uhr'],
  },
  {
    q: 'Bis wann ist die Anmeldung zum Vergabeseminar möglich?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['abgelaufen', '31.08.2027'],
  },
  {
    q: 'Sind beim Workshop zum agilen Arbeiten noch Plätze frei?',
    kind: 'facts',
    titles: [T.agil],
    says: ['noch 16 von 16 Plätzen frei'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  { conv: 'konflikt', q: 'Gibt es was zu Konflikten im Team?', kind: 'list', titles: [T.konflikt] },
  {
    conv: 'konflikt',
    q: 'Wann ist das?',
    kind: 'facts',
    titles: [T.konflikt],
    says: ['am Do., 21.10.2027 von 09:00 bis 16:00 Uhr'],
  },
  { conv: 'konflikt', q: 'Und wo?', kind: 'facts', titles: [T.konflikt], says: ['im Kreishaus Bad Doberan'] },
  { conv: 'konflikt', q: 'Was kostet es?', kind: 'facts', titles: [T.konflikt], says: ['kostet 150 €'] },
  { conv: 'doppik', q: 'Ich suche eine Einführung in die Doppik.', kind: 'list', titles: [T.doppik] },
  {
    conv: 'doppik',
    q: 'Wer ist der Referent?',
    kind: 'facts',
    titles: [T.doppik],
    says: ['leitet Frau Karin Dittmer'],
  },
  {
    conv: 'doppik',
    q: 'Sind noch Plätze frei?',
    kind: 'facts',
    titles: [T.doppik],
    says: ['noch 18 von 18 Plätzen frei'],
  },
  // --- topic searches: colloquial wording, words only the summary or description has, synonyms -------------------------
  { q: 'Ich bekomme ständig komische Mails mit Links. Gibt es dazu eine Schulung?', kind: 'list', first: T.phishing },
  { q: 'Ich suche was zum Thema IT-Sicherheit.', kind: 'list', ...only(T.phishing, T.isb) },
  { q: 'Ich suche eine Fortbildung zu KI.', kind: 'list', first: T.ki },
  { q: 'Ich soll unsere Papierakten digitalisieren – gibt es dazu was?', kind: 'list', first: T.eakte },
  { q: 'Gibt es Tipps fürs Homeoffice?', kind: 'list', first: T.mobil },
  { q: 'Was muss ich bei einer Datenpanne tun? Gibt es dazu eine Schulung?', kind: 'list', first: T.datenschutz },
  { q: 'Wie beantworte ich Bürgeranfragen am Telefon besser?', kind: 'list', first: T.buerger },
  { q: 'Gibt es was zu Kanban?', kind: 'list', titles: [T.agil] },
  { q: 'Gibt es ein Seminar zu Innovationsmanagement?', kind: 'list', titles: [T.design] },
  { q: 'Ich möchte lernen, verständlicher zu schreiben.', kind: 'list', first: T.klartext },
  { q: 'Ich habe vom vielen Sitzen Rückenschmerzen – gibt es da was?', kind: 'list', first: T.pause },
  { q: 'Ich verstehe unseren Haushaltsplan nicht. Gibt es dafür eine Einführung?', kind: 'list', first: T.doppik },
  { q: 'Gibt es was zum Thema Beschaffung?', kind: 'list', titles: [T.vergabe] },
  {
    q: 'Ich führe ein Team und bei uns wird gerade alles digital. Welches Seminar passt?',
    kind: 'list',
    first: T.fuehrung,
  },
  { q: 'Wie teile ich Dateien über OneDrive? Gibt es dazu einen Kurs?', kind: 'list', titles: [T.m365] },
  // --- typos -----------------------------------------------------------------------------------------------------------
  { q: 'Projektmangement Kurs', kind: 'list', titles: [T.projekt] },
  { q: 'Konfliktmanagment Seminar', kind: 'list', titles: [T.konflikt] },
  { q: 'Schulung barrierfreie Dokumente', kind: 'list', titles: [T.barriere] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, cost, length, seats ----------------------
  { q: 'Was läuft diese Woche?', kind: 'list', titles: [T.m365, T.klartext, T.vergabe] },
  { q: 'Gibt es morgen ein Seminar?', kind: 'list', titles: [T.m365] },
  { q: 'Was läuft nächste Woche?', kind: 'list', titles: [T.erechnung, T.agil, T.pause] },
  { q: 'Gibt es nächste Woche etwas am Nachmittag?', kind: 'list', titles: [T.pause] },
  {
    q: 'Welche Seminare sind in den nächsten zwei Wochen?',
    kind: 'list',
    titles: [T.m365, T.klartext, T.vergabe, T.erechnung, T.agil, T.pause],
  },
  { q: 'Was gibt es im Oktober?', kind: 'list', titles: [T.isb, T.meetings, T.eakte, T.ozg, T.konflikt, T.buerger] },
  { q: 'Welche kostenlosen Seminare gibt es im Oktober?', kind: 'list', titles: [T.eakte, T.ozg] },
  { q: 'Welche Seminare im Oktober gehen über mehrere Tage?', kind: 'list', titles: [T.isb, T.meetings] },
  {
    q: 'Welche Seminare finden in Bad Doberan statt?',
    kind: 'list',
    ...only(T.vergabe, T.agil, T.konflikt, T.tvoed, T.design),
  },
  { q: 'Welche Seminare leitet Frau Voß?', kind: 'list', ...only(T.m365, T.mobil) },
  { q: 'Was bietet Nordkom an?', kind: 'list', ...only(T.erechnung, T.ozg, T.ki, T.phishing, T.barriere) },
  { q: 'Ich bin Führungskraft – welche Seminare sind für mich?', kind: 'list', ...only(T.fuehrung, T.auswahl) },
  { q: 'Welche Seminare kann ich hybrid besuchen?', kind: 'list', ...only(T.ki, T.lotsen) },
  { q: 'Welche Seminare nächste Woche haben noch freie Plätze?', kind: 'list', titles: [T.erechnung, T.agil, T.pause] },
  // --- gone, no match, greeting ----------------------------------------------------------------------------------------
  { q: 'Wann findet der Power-Automate-Kurs statt?', kind: 'gone', gone: T.automate },
  { q: 'Wann war der Digitaltag?', kind: 'gone', gone: T.digitaltag, says: ['Do., 17.06.2027'] },
  { q: 'Gibt es eine Schulung zum neuen Mitarbeiterportal?', kind: 'none' },
  { q: 'Gibt es einen Gabelstaplerschein?', kind: 'none' },
  { q: 'Hallo', kind: 'help' },
  // --- English -----------------------------------------------------------------------------------------------------------
  {
    q: "How much is the course for the citizens' office?",
    locale: 'en',
    kind: 'facts',
    titles: [T.citizens],
    says: ['costs €240'],
  },
  {
    q: 'When is the Interreg webinar?',
    locale: 'en',
    kind: 'facts',
    titles: [T.interreg],
    says: ['Wed, 8 Dec 2027 from 10:00 to 12:00'],
  },
  {
    q: 'Where does the conflict seminar take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.konflikt],
    says: ['at Kreishaus Bad Doberan'],
  },
  {
    q: 'What time does Online Meetings in English start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.meetings],
    says: ['starts on Tue, 12 Oct 2027 at 14:00'],
  },
  {
    q: 'Who is the trainer of the plain language workshop?',
    locale: 'en',
    kind: 'facts',
    titles: [T.klartext],
    says: ['is led by Frau Dr. Katharina Lembke'],
  },
  { q: 'Which seminars are held in English?', locale: 'en', kind: 'list', ...only(T.citizens, T.meetings, T.interreg) },
  { q: 'Is there anything in the morning next week?', locale: 'en', kind: 'list', titles: [T.erechnung, T.agil] },
  { conv: 'eu', q: 'Is there a course on EU funding?', locale: 'en', kind: 'list', titles: [T.interreg] },
  { conv: 'eu', q: 'Is it free?', locale: 'en', kind: 'facts', titles: [T.interreg], says: ['is free of charge'] },
  {
    conv: 'eu',
    q: 'How long does it take?',
    locale: 'en',
    kind: 'facts',
    titles: [T.interreg],
    says: ['lasts 2 hours'],
  },
];

heldoutSuite('answering questions about a thirty-second, independent catalogue (Landkreis Rostock)', {
  fixture: 'heldout32-catalogue.json',
  now,
  timeZone: TZ,
  cases: CASES,
  titles: all,
  never: NEVER,
});
