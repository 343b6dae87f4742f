/**
 * Demo catalogue for Seminar-Lotse.
 *
 * A realistic annual programme of the Technologiezentrum Glehn (TZG), the
 * Niederrheinisches Studieninstitut (NSI) and the Land NRW Digitallotsen
 * qualification for the Rhein-Kreis Neuss. All dates are computed relative to
 * `now` so that the demo never lies in the past (except for the one seminar
 * that deliberately does). The object returned by `buildDemoCatalogue` is
 * plain JSON in the operator catalogue file format.
 *
 * Self-contained on purpose: no imports from `src/`, no date libraries.
 */
import { easterSunday } from './easter.js';

export type DemoSeminarFormat = 'in_person' | 'online' | 'hybrid';
export type DemoSeminarStatus = 'draft' | 'published' | 'cancelled';
export type DemoLanguage = 'de' | 'en';

export interface DemoMunicipality {
  id: string;
  name: string;
}

export interface DemoFee {
  amount: number;
  currency: string;
  note?: string;
}

export interface DemoSession {
  /** ISO 8601 with the Europe/Berlin offset, e.g. 2027-03-02T09:00:00+01:00 */
  start: string;
  end: string;
  location?: string;
}

export interface DemoSeminar {
  id: string;
  title: string;
  summary?: string;
  description?: string;
  topics?: string[];
  format: DemoSeminarFormat;
  location?: string;
  onlineUrl?: string;
  trainer?: string;
  provider?: string;
  audience?: string;
  capacity: number;
  waitlist?: boolean;
  fee?: DemoFee;
  registrationDeadline?: string;
  eligibleMunicipalities?: string[];
  language?: DemoLanguage;
  status?: DemoSeminarStatus;
  sessions: DemoSession[];
}

export interface DemoCatalogue {
  municipalities: DemoMunicipality[];
  seminars: DemoSeminar[];
}

// ---------------------------------------------------------------------------
// Places

const GLEHN = 'TZG Akademie Glehn, Korschenbroich';
const KREISHAUS = 'Kreishaus Grevenbroich, Lindenstraße 2–16, 41515 Grevenbroich';
const RATHAUS_NEUSS = 'Rathaus Neuss, Markt 2, 41460 Neuss';
const MEET = 'https://meet.example.org';

const MUNICIPALITIES: DemoMunicipality[] = [
  { id: 'rkn', name: 'Rhein-Kreis Neuss' },
  { id: 'neuss', name: 'Stadt Neuss' },
  { id: 'dormagen', name: 'Stadt Dormagen' },
  { id: 'grevenbroich', name: 'Stadt Grevenbroich' },
  { id: 'meerbusch', name: 'Stadt Meerbusch' },
  { id: 'kaarst', name: 'Stadt Kaarst' },
  { id: 'korschenbroich', name: 'Stadt Korschenbroich' },
  // Jüchen has been a town ("Stadt Jüchen") since 1 January 2019.
  { id: 'juechen', name: 'Stadt Jüchen' },
  { id: 'rommerskirchen', name: 'Gemeinde Rommerskirchen' },
];

// ---------------------------------------------------------------------------
// Programme templates

type IdPrefix = 'TZG' | 'NSI' | 'LNRW-DL';
type Weekday = 1 | 2 | 3 | 4 | 5; // Monday … Friday

const PROVIDER_NAME: Record<IdPrefix, string> = {
  TZG: 'TZG',
  NSI: 'NSI',
  'LNRW-DL': 'Land NRW',
};

interface Template extends Omit<DemoSeminar, 'id' | 'provider' | 'sessions' | 'registrationDeadline'> {
  idPrefix: IdPrefix;
  /** Programme weeks after the (Berlin) week containing `now` (year-end closure weeks are skipped); negative = in the past. */
  week: number;
  /** Weekday of the first session; consecutive days must stay within Mon–Fri. */
  weekday: Weekday;
  /** Number of sessions on consecutive days. */
  days: 1 | 2 | 3;
  from: string; // "HH:MM" local Berlin time
  to: string;
  /** Registration deadline: this many days before the first session (or the working day before), 23:59. */
  deadlineDays?: 7 | 14;
  /** Optional per-day location override (index = day). */
  sessionLocations?: (string | undefined)[];
}

const TEMPLATES: Template[] = [
  // --- deliberately in the past (3 weeks before now) -----------------------
  {
    idPrefix: 'TZG',
    week: -3,
    weekday: 3,
    days: 1,
    from: '13:00',
    to: '16:30',
    deadlineDays: 7,
    title: 'E-Rechnung in der Verwaltung: XRechnung empfangen und verarbeiten',
    summary:
      'Kompakter Überblick über den verpflichtenden Empfang elektronischer Rechnungen und ihre Verarbeitung im Format XRechnung.',
    description:
      'Öffentliche Auftraggeber müssen elektronische Rechnungen empfangen und verarbeiten können. Der Workshop erklärt die rechtlichen Grundlagen der E-Rechnung, den Standard XRechnung und die Einlieferung über Rechnungseingangsplattformen und das Peppol-Netzwerk. An Beispielen aus der Praxis wird gezeigt, wie Rechnungen geprüft, sachlich und rechnerisch festgestellt und revisionssicher abgelegt werden. Außerdem geht es um typische Fehlerquellen und die Abstimmung zwischen Fachämtern und Kämmerei.',
    topics: ['E-Rechnung', 'XRechnung', 'Haushalt und Finanzen'],
    format: 'in_person',
    location: KREISHAUS,
    trainer: 'Herr Michael Jansen',
    audience: 'Beschäftigte aus Kämmerei, Rechnungsprüfung und Fachämtern mit Rechnungsbearbeitung',
    capacity: 20,
    fee: { amount: 0, currency: 'EUR' },
  },

  // --- upcoming programme -----------------------------------------------------
  {
    idPrefix: 'TZG',
    week: 3,
    weekday: 4,
    days: 1,
    from: '09:00',
    to: '12:00',
    title: 'Informationssicherheit – Grundlagen für alle Beschäftigten',
    summary:
      'Kompakte Einführung in die Informationssicherheit am Arbeitsplatz: sichere Passwörter, der richtige Umgang mit E-Mails und was bei einem Sicherheitsvorfall zu tun ist.',
    description:
      'Informationssicherheit beginnt am eigenen Arbeitsplatz. Die Onlineschulung vermittelt die Schutzziele Vertraulichkeit, Integrität und Verfügbarkeit anhand alltäglicher Situationen in der Verwaltung. Behandelt werden sichere Passwörter und Zwei-Faktor-Authentifizierung, der Umgang mit USB-Sticks und mobilen Geräten, die Clean-Desk-Regel sowie das richtige Verhalten bei verdächtigen E-Mails. Zum Abschluss lernen Sie die Meldewege bei einem IT-Sicherheitsvorfall in Ihrer Verwaltung kennen. Die Schulung eignet sich auch als jährliche Pflichtunterweisung.',
    topics: ['Informationssicherheit', 'IT-Sicherheit', 'Awareness'],
    format: 'online',
    onlineUrl: `${MEET}/tzg/informationssicherheit-grundlagen`,
    trainer: 'Herr Stefan Hoffmann',
    audience: 'Beschäftigte aller Ämter',
    capacity: 24,
    fee: { amount: 0, currency: 'EUR' },
  },
  {
    idPrefix: 'TZG',
    week: 4,
    weekday: 2,
    days: 2,
    from: '09:00',
    to: '16:00',
    deadlineDays: 14,
    title: 'Prozessmanagement in der Verwaltung',
    summary:
      'Verwaltungsprozesse erheben, modellieren und verbessern – die Grundlagen des Prozessmanagements praxisnah an Beispielen aus Kreis- und Stadtverwaltungen.',
    description:
      'Wer Verwaltungsleistungen digitalisieren will, muss seine Abläufe kennen. In diesem zweitägigen Seminar lernen Sie, Geschäftsprozesse systematisch zu erheben, mit der Notation BPMN 2.0 verständlich zu modellieren und Schwachstellen wie Medienbrüche, Doppelarbeit und lange Liegezeiten zu erkennen. Sie entwickeln Soll-Prozesse, definieren Kennzahlen und erfahren, wie Prozessmanagement dauerhaft in der Organisation verankert wird. Eigene Abläufe aus Ihrem Arbeitsbereich können als Übungsbeispiele eingebracht werden. Das Seminar bildet eine solide Grundlage für die Digitalisierung nach dem Onlinezugangsgesetz.',
    topics: ['Prozessmanagement', 'Prozessoptimierung', 'BPMN', 'E-Government'],
    format: 'in_person',
    location: GLEHN,
    trainer: 'Frau Dr. Sabine Lange',
    audience: 'Beschäftigte aller Ämter, insbesondere aus Organisation und Projektarbeit',
    capacity: 16,
    fee: { amount: 450, currency: 'EUR', note: 'Inklusive Mittagessen und Tagungsgetränken.' },
  },
  {
    idPrefix: 'TZG',
    week: 4,
    weekday: 4,
    days: 1,
    from: '09:00',
    to: '12:30',
    deadlineDays: 7,
    title: 'Microsoft Teams für Einsteigerinnen und Einsteiger',
    summary:
      'Die ersten Schritte in Microsoft Teams: chatten, an Besprechungen teilnehmen und in Kanälen gemeinsam an Dateien arbeiten.',
    description:
      'Microsoft Teams ist in vielen Verwaltungen das zentrale Werkzeug für Zusammenarbeit und Videokonferenzen. In dieser Einsteigerschulung lernen Sie die Oberfläche kennen, führen Chats, nehmen an Besprechungen teil und teilen Ihren Bildschirm. Sie erfahren, wie Teams und Kanäle aufgebaut sind, wie Dateien gemeinsam bearbeitet werden und wie Sie Benachrichtigungen sinnvoll einstellen. Vorkenntnisse sind nicht erforderlich; benötigt werden ein Dienstrechner mit Headset und ein freigeschaltetes Teams-Konto.',
    topics: ['Microsoft Teams', 'Microsoft 365', 'Zusammenarbeit', 'Videokonferenz'],
    format: 'online',
    onlineUrl: `${MEET}/tzg/teams-einstieg`,
    trainer: 'Frau Nicole Krämer',
    audience: 'Beschäftigte aller Ämter ohne Vorkenntnisse',
    capacity: 20,
    fee: { amount: 0, currency: 'EUR' },
  },
  {
    idPrefix: 'NSI',
    week: 5,
    weekday: 1,
    days: 1,
    from: '09:00',
    to: '16:00',
    deadlineDays: 14,
    title: 'Datenschutz nach DSGVO im Verwaltungsalltag',
    summary:
      'Die Datenschutz-Grundverordnung (DSGVO) praxisnah erklärt: Rechtsgrundlagen, Betroffenenrechte und der sichere Umgang mit personenbezogenen Daten.',
    description:
      'Verwaltungen verarbeiten täglich personenbezogene Daten von Bürgerinnen und Bürgern. Das Seminar erläutert die Grundsätze der Datenschutz-Grundverordnung (DSGVO) und des Datenschutzgesetzes Nordrhein-Westfalen (DSG NRW) und zeigt, wann eine Verarbeitung rechtmäßig ist. Behandelt werden Auskunftsersuchen und andere Betroffenenrechte, das Verzeichnis von Verarbeitungstätigkeiten, die Auftragsverarbeitung sowie der richtige Umgang mit Datenpannen innerhalb der 72-Stunden-Frist. Viele Fallbeispiele aus Bürgerbüro, Sozialverwaltung und Personalwesen machen die Inhalte greifbar.',
    topics: ['Datenschutz', 'DSGVO', 'Recht'],
    format: 'in_person',
    location: RATHAUS_NEUSS,
    trainer: 'Frau Katharina Schulte',
    audience: 'Beschäftigte aller Ämter',
    capacity: 18,
    fee: { amount: 180, currency: 'EUR' },
  },
  {
    idPrefix: 'NSI',
    week: 5,
    weekday: 3,
    days: 1,
    from: '09:00',
    to: '16:00',
    deadlineDays: 14,
    title: 'Verständlich schreiben: Bescheide und Bürgerbriefe in klarer Sprache',
    summary:
      'Bescheide, E-Mails und Bürgerbriefe so formulieren, dass sie rechtssicher und trotzdem gut verständlich sind.',
    description:
      'Viele Rückfragen entstehen, weil Schreiben der Verwaltung schwer verständlich sind. In diesem Schreibworkshop lernen Sie, Amtsdeutsch zu vermeiden, Sätze klar zu gliedern und Bürgerinnen und Bürger direkt anzusprechen – ohne die rechtliche Genauigkeit zu verlieren. Sie überarbeiten eigene Textbausteine, Bescheide und E-Mails und erhalten Hinweise zu Leichter Sprache und Einfacher Sprache. Bringen Sie gern anonymisierte Schreiben aus Ihrem Arbeitsalltag mit.',
    topics: ['Bürgerkommunikation', 'Klare Sprache', 'Schriftverkehr'],
    format: 'in_person',
    location: RATHAUS_NEUSS,
    trainer: 'Frau Petra Kühn',
    audience: 'Beschäftigte aller Ämter mit Schriftverkehr',
    capacity: 14,
    fee: { amount: 195, currency: 'EUR' },
  },
  {
    idPrefix: 'TZG',
    week: 6,
    weekday: 2,
    days: 2,
    from: '09:00',
    to: '16:00',
    deadlineDays: 14,
    title: 'Agiles Projektmanagement mit Scrum',
    summary:
      'Projekte in kurzen Zyklen planen und umsetzen: Rollen, Ereignisse und Artefakte von Scrum und ihr Einsatz in Verwaltungsprojekten.',
    description:
      'Klassische Projektpläne stoßen an Grenzen, wenn sich Anforderungen während des Projekts ändern. Das Seminar führt in agiles Projektmanagement mit Scrum ein: Product Owner, Scrum Master und Entwicklungsteam, Sprints, Daily, Review und Retrospektive sowie Product Backlog und User Stories. In einer Simulation durchlaufen Sie mehrere Sprints und erleben, wie iteratives Arbeiten funktioniert. Gemeinsam diskutieren wir, wie sich agile Methoden mit Haushaltsrecht, Vergabe und Gremienbeteiligung verbinden lassen (hybrides Projektmanagement).',
    topics: ['Agiles Projektmanagement', 'Scrum', 'Projektmanagement', 'Agilität'],
    format: 'in_person',
    location: GLEHN,
    trainer: 'Herr Markus Brandt',
    audience: 'Projektleitungen und Projektmitarbeitende aller Ämter',
    capacity: 14,
    fee: { amount: 390, currency: 'EUR', note: 'Inklusive Seminarunterlagen und Verpflegung.' },
  },
  {
    idPrefix: 'TZG',
    week: 6,
    weekday: 4,
    days: 1,
    from: '13:00',
    to: '16:30',
    deadlineDays: 14,
    title: 'Informationssicherheit für Führungskräfte',
    summary:
      'Was Führungskräfte über Informationssicherheit wissen müssen: Verantwortung, Risiken und die richtigen Entscheidungen im Ernstfall.',
    description:
      'Informationssicherheit ist Führungsaufgabe – die Verantwortung für ein angemessenes Sicherheitsniveau liegt bei der Verwaltungsleitung und den Führungskräften. Der Workshop zeigt aktuelle Bedrohungen wie Ransomware-Angriffe auf Kommunen und ihre Folgen für die Handlungsfähigkeit der Verwaltung. Sie lernen die Grundzüge eines Informationssicherheitsmanagementsystems (ISMS), die Rolle der oder des Informationssicherheitsbeauftragten und Ihre Pflichten bei Sicherheitsvorfällen kennen. Ein Planspiel zur Krisenkommunikation nach einem Cyberangriff rundet den Nachmittag ab. Das Angebot steht im Rahmen einer Kooperation den Führungskräften des Rhein-Kreises Neuss sowie der Städte Neuss und Grevenbroich offen.',
    topics: ['Informationssicherheit', 'Führung', 'Cybersicherheit', 'ISMS'],
    format: 'in_person',
    location: KREISHAUS,
    trainer: 'Herr Stefan Hoffmann',
    audience: 'Führungskräfte',
    capacity: 12,
    fee: { amount: 220, currency: 'EUR' },
    eligibleMunicipalities: ['rkn', 'neuss', 'grevenbroich'],
  },
  {
    idPrefix: 'NSI',
    week: 7,
    weekday: 1,
    days: 1,
    from: '09:00',
    to: '16:00',
    deadlineDays: 14,
    title: 'Künstliche Intelligenz (KI) in der Verwaltung – Chancen, Grenzen, Praxis',
    summary:
      'Was kann künstliche Intelligenz heute in der Verwaltung leisten? Ein praxisnaher Einstieg in generative KI wie ChatGPT und Microsoft Copilot – mit Blick auf Recht und Datenschutz.',
    description:
      'Künstliche Intelligenz (KI) verändert die Arbeit in der Verwaltung: Sprachmodelle wie ChatGPT oder Microsoft Copilot fassen Texte zusammen, entwerfen Schreiben und beantworten Fragen. Im Seminar lernen Sie, wie generative KI funktioniert, wie Sie gute Prompts formulieren und wo die Grenzen liegen – etwa bei Halluzinationen und fehlender Nachvollziehbarkeit. Anhand konkreter Anwendungsfälle aus Bürgerservice, Personalwesen und Sitzungsdienst probieren Sie KI-Werkzeuge selbst aus. Außerdem geht es um die europäische KI-Verordnung (AI Act), Datenschutz und Urheberrecht sowie um Regeln für den dienstlichen Einsatz von KI. Die Teilnahme ist vor Ort in Glehn oder online möglich.',
    topics: ['Künstliche Intelligenz', 'KI', 'ChatGPT', 'Generative KI', 'Digitalisierung'],
    format: 'hybrid',
    location: GLEHN,
    onlineUrl: `${MEET}/nsi/ki-in-der-verwaltung`,
    trainer: 'Frau Dr. Sabine Lange',
    audience: 'Beschäftigte aller Ämter',
    capacity: 20,
    fee: { amount: 290, currency: 'EUR' },
  },
  {
    idPrefix: 'TZG',
    week: 7,
    weekday: 3,
    days: 1,
    from: '09:00',
    to: '12:00',
    title: 'Phishing und Social Engineering erkennen und abwehren',
    summary:
      'Awareness-Training: gefälschte E-Mails, betrügerische Anrufe und Manipulationsversuche sicher erkennen und richtig reagieren.',
    description:
      'Die meisten erfolgreichen Cyberangriffe auf Verwaltungen beginnen mit einer täuschend echten E-Mail oder einem geschickten Anruf. In diesem Awareness-Training lernen Sie die Tricks von Angreifern kennen: Phishing-Mails, gefälschte Rechnungen, CEO-Fraud, Vishing am Telefon und manipulierte QR-Codes. An echten Beispielen üben Sie, Warnsignale zu erkennen, Absender und Links zu prüfen und verdächtige Nachrichten korrekt zu melden. Das Training ist interaktiv und setzt keine technischen Vorkenntnisse voraus.',
    topics: ['Informationssicherheit', 'Phishing', 'Social Engineering', 'Awareness'],
    format: 'online',
    onlineUrl: `${MEET}/tzg/phishing-awareness`,
    trainer: 'Frau Julia Schneider',
    audience: 'Beschäftigte aller Ämter',
    capacity: 24,
    fee: { amount: 0, currency: 'EUR' },
  },
  {
    idPrefix: 'LNRW-DL',
    week: 8,
    weekday: 2,
    days: 3,
    from: '09:00',
    to: '16:30',
    deadlineDays: 14,
    sessionLocations: [undefined, undefined, KREISHAUS],
    title: 'Qualifizierung kommunale Digitallotsinnen und Digitallotsen',
    summary:
      'Dreitägige Qualifizierung des Landes NRW für Beschäftigte, die als Digitallotsinnen und Digitallotsen die digitale Transformation in ihrer Kommune begleiten.',
    description:
      'Digitallotsinnen und Digitallotsen sind Ansprechpersonen für die Digitalisierung in ihrer Verwaltung: Sie erkennen Digitalisierungspotenziale, nehmen Kolleginnen und Kollegen mit und vernetzen sich mit anderen Kommunen. Die vom Land Nordrhein-Westfalen geförderte Qualifizierung vermittelt Grundlagen der Verwaltungsdigitalisierung, den Stand der OZG-Umsetzung und der Registermodernisierung, Methoden des Change-Managements sowie Werkzeuge der digitalen Zusammenarbeit. In Praxisphasen entwickeln die Teilnehmenden ein eigenes Digitalisierungsvorhaben für ihre Kommune. Der dritte Tag findet im Kreishaus Grevenbroich statt und dient der Vorstellung der Vorhaben und der Vernetzung im Rhein-Kreis Neuss.',
    topics: ['Digitallotsen', 'Digitalisierung', 'Change-Management', 'OZG', 'Netzwerk'],
    format: 'in_person',
    location: GLEHN,
    trainer: 'Frau Claudia Wirtz und Herr Jens Vogel',
    audience:
      'Je Kommune zwei Beschäftigte, die als Digitallotsin oder Digitallotse benannt werden (Kreis-, Stadt- und Gemeindeverwaltungen)',
    capacity: 18,
    fee: { amount: 900, currency: 'EUR', note: 'Das Land NRW übernimmt 50 % der Teilnahmegebühr.' },
  },
  {
    idPrefix: 'TZG',
    week: 8,
    weekday: 5,
    days: 1,
    from: '09:00',
    to: '13:00',
    deadlineDays: 14,
    status: 'cancelled',
    title: 'Digitale Bürgerbeteiligung mit Online-Plattformen',
    summary: 'Bürgerinnen und Bürger online beteiligen: Plattformen, Formate und rechtliche Rahmenbedingungen.',
    description:
      'Online-Beteiligung ergänzt klassische Bürgerversammlungen und erreicht neue Zielgruppen. Das Seminar stellt Beteiligungsplattformen und Formate wie Online-Dialoge, Umfragen und digitale Kartenkommentare vor. Sie erfahren, wie Beteiligungsverfahren geplant, moderiert und ausgewertet werden und was dabei aus Sicht des Datenschutzes zu beachten ist. Hinweis: Die Veranstaltung muss leider entfallen; ein Ersatztermin wird rechtzeitig bekannt gegeben.',
    topics: ['Bürgerbeteiligung', 'E-Partizipation', 'Öffentlichkeitsarbeit'],
    format: 'in_person',
    location: RATHAUS_NEUSS,
    trainer: 'Herr Lars Meyer-Hölscher',
    audience: 'Beschäftigte aus Stadtplanung, Bürgerbeteiligung und Öffentlichkeitsarbeit',
    capacity: 16,
    fee: { amount: 150, currency: 'EUR' },
  },
  {
    idPrefix: 'NSI',
    week: 9,
    weekday: 1,
    days: 2,
    from: '09:00',
    to: '16:00',
    deadlineDays: 14,
    title: 'Führung im digitalen Wandel',
    summary: 'Teams in Zeiten von Digitalisierung, hybrider Arbeit und Fachkräftemangel wirksam führen.',
    description:
      'Digitalisierung verändert nicht nur Abläufe, sondern auch die Anforderungen an Führung. Das Seminar beleuchtet, wie Sie Veränderungen in Ihrem Bereich gestalten, Beschäftigte für neue Arbeitsweisen gewinnen und Widerstände konstruktiv aufgreifen. Ein Schwerpunkt liegt auf der Führung hybrider Teams: Vertrauen statt Kontrolle, klare Ziele, Kommunikation über Distanz und digitale Führungsinstrumente. Sie reflektieren Ihre eigene Führungsrolle und erarbeiten konkrete Schritte für Ihren Arbeitsalltag. Kollegiale Fallberatung unter Führungskräften verschiedener Kommunen ergänzt das Programm.',
    topics: ['Führung', 'Digitale Transformation', 'Hybride Teams', 'Change-Management'],
    format: 'in_person',
    location: GLEHN,
    trainer: 'Herr Prof. Dr. Thomas Reuter',
    audience: 'Führungskräfte',
    capacity: 14,
    fee: { amount: 520, currency: 'EUR', note: 'Inklusive Verpflegung; Übernachtung auf Anfrage.' },
  },
  {
    idPrefix: 'TZG',
    week: 9,
    weekday: 4,
    days: 1,
    from: '13:00',
    to: '16:30',
    deadlineDays: 7,
    title: 'Microsoft Teams für Fortgeschrittene',
    summary:
      'Mehr aus Microsoft Teams herausholen: Kanäle strukturieren, Besprechungen professionell organisieren und Apps sinnvoll einbinden.',
    description:
      'Sie nutzen Microsoft Teams bereits im Alltag und möchten effizienter arbeiten? In diesem Aufbaukurs lernen Sie, Teams und Kanäle sinnvoll zu strukturieren, Berechtigungen zu verwalten und Dateien über SharePoint und OneDrive geordnet abzulegen. Sie organisieren Besprechungen mit Lobby, Breakout-Räumen, Umfragen und Aufzeichnung und binden Apps wie Planner, OneNote und Forms als Registerkarten ein. Außerdem geht es um Regeln für die Zusammenarbeit, damit Teams nicht im Nachrichtenchaos versinkt. Voraussetzung ist der sichere Umgang mit den Grundfunktionen.',
    topics: ['Microsoft Teams', 'Microsoft 365', 'Zusammenarbeit'],
    format: 'online',
    onlineUrl: `${MEET}/tzg/teams-aufbau`,
    trainer: 'Frau Nicole Krämer',
    audience: 'Beschäftigte mit Teams-Grundkenntnissen und Teamverantwortliche',
    capacity: 16,
    fee: { amount: 0, currency: 'EUR' },
  },
  {
    idPrefix: 'NSI',
    week: 10,
    weekday: 2,
    days: 1,
    from: '09:00',
    to: '16:00',
    deadlineDays: 14,
    title: 'Die elektronische Akte (E-Akte) einführen und nutzen',
    summary:
      'Von der Papierakte zur E-Akte: rechtliche Grundlagen, Aktenplan, Scannen und die Arbeit im Dokumentenmanagementsystem.',
    description:
      'Die elektronische Akte (E-Akte) ist die Grundlage einer durchgängig digitalen Sachbearbeitung. Das Seminar erklärt die Anforderungen an eine ordnungsgemäße elektronische Aktenführung, den Aufbau eines Aktenplans sowie Aufbewahrungsfristen und Aussonderung. Sie lernen das ersetzende Scannen nach TR-RESISCAN kennen und erfahren, wie Posteingang, Vorgangsbearbeitung und Mitzeichnung in einem Dokumentenmanagementsystem (DMS) ablaufen. Erfahrungsberichte aus Kommunen im Rhein-Kreis Neuss zeigen, wie die Einführung der E-Akte organisatorisch gelingt.',
    topics: ['E-Akte', 'Dokumentenmanagement', 'DMS', 'Digitalisierung'],
    format: 'in_person',
    location: KREISHAUS,
    trainer: 'Herr Andreas Becker',
    audience: 'Projektverantwortliche E-Akte, Registraturen und Sachbearbeitung',
    capacity: 14,
    fee: { amount: 240, currency: 'EUR' },
  },
  {
    idPrefix: 'NSI',
    week: 10,
    weekday: 4,
    days: 1,
    from: '09:00',
    to: '16:00',
    deadlineDays: 14,
    title: 'Onlinezugangsgesetz (OZG) umsetzen – Verwaltungsleistungen digital anbieten',
    summary:
      'Wie kommunale Leistungen nach dem Onlinezugangsgesetz (OZG) digital, nutzerfreundlich und Ende-zu-Ende angeboten werden.',
    description:
      'Mit dem Onlinezugangsgesetz (OZG) und seiner Novelle, dem OZG-Änderungsgesetz („OZG 2.0“), sind Bund, Länder und Kommunen verpflichtet, ihre Verwaltungsleistungen auch online anzubieten. Das Seminar erklärt das Einer-für-Alle-Prinzip, die Nutzung von Nutzerkonten wie der BundID und das Zusammenspiel der Verwaltungsportale im Portalverbund. Sie lernen, wie Onlinedienste nachgenutzt, an Fachverfahren angebunden und Ende-zu-Ende digitalisiert werden. Ein Praxisteil zeigt, wie Sie Leistungen nach Nutzen priorisieren und die Umsetzung in Ihrer Kommune steuern. Die Teilnahme ist vor Ort im Rathaus Neuss oder online möglich.',
    topics: ['Onlinezugangsgesetz', 'OZG', 'E-Government', 'Onlinedienste'],
    format: 'hybrid',
    location: RATHAUS_NEUSS,
    onlineUrl: `${MEET}/nsi/ozg-umsetzen`,
    trainer: 'Herr Michael Jansen',
    audience: 'OZG-Koordinatorinnen und -Koordinatoren, Fachämter und Organisationsabteilungen',
    capacity: 20,
    fee: { amount: 260, currency: 'EUR' },
  },
  {
    idPrefix: 'TZG',
    week: 11,
    weekday: 3,
    days: 1,
    from: '09:00',
    to: '12:30',
    deadlineDays: 7,
    title: 'Mobiles Arbeiten und Homeoffice gut gestalten',
    summary: 'Gesund, sicher und gut organisiert im Homeoffice: Praxistipps für mobiles Arbeiten in der Verwaltung.',
    description:
      'Mobiles Arbeiten und Homeoffice gehören in vielen Verwaltungen zum Alltag. Die Onlineschulung zeigt, wie Sie Ihren Arbeitstag außerhalb des Büros strukturieren, die Erreichbarkeit im Team klar regeln und Arbeit und Privatleben trennen. Sie erhalten Tipps zur Ergonomie am heimischen Arbeitsplatz und erfahren, was Datenschutz und Informationssicherheit beim mobilen Arbeiten verlangen – etwa beim Umgang mit Papierakten, VPN und Telefonaten. Auch typische Regelungen von Dienstvereinbarungen zur Telearbeit und zum mobilen Arbeiten werden erläutert.',
    topics: ['Mobiles Arbeiten', 'Homeoffice', 'Selbstorganisation', 'Gesundheit'],
    format: 'online',
    onlineUrl: `${MEET}/tzg/mobiles-arbeiten`,
    trainer: 'Frau Birgit Tillmann',
    audience: 'Beschäftigte aller Ämter',
    capacity: 20,
    fee: { amount: 0, currency: 'EUR' },
  },
  {
    idPrefix: 'TZG',
    week: 12,
    weekday: 2,
    days: 1,
    from: '09:00',
    to: '16:00',
    deadlineDays: 14,
    title: 'Barrierefreie digitale Dokumente mit Word und PDF',
    summary:
      'Dokumente so erstellen, dass alle sie nutzen können – auch mit Screenreader: barrierefreie Word-Dateien und PDF-Dokumente.',
    description:
      'Öffentliche Stellen sind verpflichtet, ihre digitalen Angebote barrierefrei zu gestalten – das gilt auch für Formulare, Bescheide und Veröffentlichungen im PDF-Format. Im PC-Schulungsraum lernen Sie, Word-Dokumente mit Formatvorlagen, Überschriftenstruktur, Alternativtexten und barrierefreien Tabellen aufzubauen. Anschließend exportieren Sie sie als barrierefreies PDF (PDF/UA) und prüfen das Ergebnis mit dem kostenlosen PDF Accessibility Checker (PAC). Grundlage sind die Anforderungen der Barrierefreie-Informationstechnik-Verordnung NRW (BITV NRW) und der europäischen Norm EN 301 549.',
    topics: ['Barrierefreiheit', 'Barrierefreie Dokumente', 'PDF', 'Microsoft Word'],
    format: 'in_person',
    location: GLEHN,
    trainer: 'Frau Dr. Miriam Özdemir',
    audience: 'Beschäftigte, die Dokumente für Bürgerinnen und Bürger erstellen oder veröffentlichen',
    capacity: 12,
    fee: { amount: 210, currency: 'EUR' },
  },
  {
    idPrefix: 'TZG',
    week: 12,
    weekday: 4,
    days: 2,
    from: '09:00',
    to: '16:00',
    deadlineDays: 14,
    title: 'Datenauswertung und Dashboards mit Power BI',
    summary:
      'Daten aus Excel und Fachverfahren zusammenführen, auswerten und als interaktive Berichte mit Power BI darstellen.',
    description:
      'Kennzahlen für Verwaltungsleitung und Politik aufbereiten, ohne jeden Monat Tabellen von Hand zusammenzukopieren: Das gelingt mit Microsoft Power BI. Im Seminar importieren Sie Daten aus Excel-Listen, CSV-Exporten und Datenbanken, bereinigen sie mit Power Query und verknüpfen sie in einem Datenmodell. Sie erstellen Measures mit DAX, gestalten interaktive Dashboards und veröffentlichen Berichte für Ihre Kolleginnen und Kollegen. Gute Excel-Kenntnisse werden vorausgesetzt.',
    topics: ['Power BI', 'Excel', 'Datenanalyse', 'Dashboards'],
    format: 'in_person',
    location: GLEHN,
    trainer: 'Herr Tobias Wenzel',
    audience: 'Beschäftigte aus Controlling, Statistik und Fachämtern mit Berichtsaufgaben',
    capacity: 12,
    fee: { amount: 380, currency: 'EUR' },
  },
  {
    idPrefix: 'NSI',
    week: 13,
    weekday: 3,
    days: 1,
    from: '09:00',
    to: '16:00',
    deadlineDays: 14,
    title: 'Wissensmanagement: Wissen sichern beim Generationenwechsel',
    summary:
      'Wenn erfahrene Kolleginnen und Kollegen in den Ruhestand gehen: Methoden, um Erfahrungswissen zu sichern und weiterzugeben.',
    description:
      'In den kommenden Jahren scheiden viele erfahrene Beschäftigte aus dem öffentlichen Dienst aus – und mit ihnen oft wertvolles Erfahrungswissen. Das Seminar stellt praxiserprobte Methoden des Wissensmanagements vor: Wissenslandkarten, strukturierte Übergabegespräche, Tandems aus erfahrenen und neuen Beschäftigten sowie Wikis und Wissensdatenbanken. Sie analysieren, welches Wissen in Ihrem Bereich kritisch ist, und entwickeln einen Plan für den Wissenstransfer. Auch die Frage, wie Wissensmanagement in der Organisationskultur verankert wird, kommt zur Sprache.',
    topics: ['Wissensmanagement', 'Demografischer Wandel', 'Personalentwicklung'],
    format: 'in_person',
    location: KREISHAUS,
    trainer: 'Frau Dr. Sabine Lange',
    audience: 'Führungskräfte, Personalentwicklung und Beschäftigte aller Ämter',
    capacity: 16,
    fee: { amount: 230, currency: 'EUR' },
  },
  {
    idPrefix: 'TZG',
    week: 13,
    weekday: 5,
    days: 1,
    from: '09:00',
    to: '12:30',
    deadlineDays: 7,
    title: 'KI-Werkstatt: Eigene Anwendungsfälle mit ChatGPT erproben',
    summary:
      'Werkstatt in Kleinstgruppe: Sie bringen eine Aufgabe aus Ihrem Arbeitsalltag mit und erproben gemeinsam, wie KI-Assistenten wie ChatGPT dabei helfen können.',
    description:
      'Die KI-Werkstatt ist bewusst klein gehalten, damit alle Teilnehmenden intensiv an einem eigenen Anwendungsfall arbeiten können. Mit Unterstützung des Trainers testen Sie künstliche Intelligenz (KI) in Form von Sprachmodellen wie ChatGPT an Aufgaben wie Textentwürfen, Zusammenfassungen oder der Gliederung von Sitzungsvorlagen. Sie entwickeln wiederverwendbare Prompts und bewerten die Ergebnisse kritisch. Es werden ausschließlich anonymisierte oder öffentliche Daten verwendet. Die Werkstatt ist ein Pilotangebot für den Rhein-Kreis Neuss und die Städte Kaarst und Korschenbroich.',
    topics: ['Künstliche Intelligenz', 'KI', 'ChatGPT', 'Prompting'],
    format: 'in_person',
    location: GLEHN,
    trainer: 'Herr Dr. Jonas Albers',
    audience: 'Beschäftigte aller Ämter mit ersten KI-Erfahrungen',
    capacity: 5,
    waitlist: false,
    fee: { amount: 120, currency: 'EUR' },
    eligibleMunicipalities: ['rkn', 'kaarst', 'korschenbroich'],
  },
  {
    idPrefix: 'NSI',
    week: 14,
    weekday: 1,
    days: 2,
    from: '09:00',
    to: '16:00',
    deadlineDays: 14,
    title: 'Change-Management in der öffentlichen Verwaltung',
    summary:
      'Veränderungsprozesse planen, kommunizieren und begleiten – damit Reorganisation und Digitalisierung bei den Beschäftigten ankommen.',
    description:
      'Ob Einführung der E-Akte, Neuorganisation eines Amtes oder neue Software: Veränderungen scheitern selten an der Technik, sondern an fehlender Akzeptanz. Das Seminar vermittelt Modelle des Change-Managements wie die Veränderungskurve und das Acht-Stufen-Modell nach Kotter. Sie lernen, Betroffene frühzeitig zu beteiligen, Widerstände als wertvolle Information zu nutzen, eine Veränderungskommunikation aufzusetzen und Personalrat sowie Gleichstellungsstelle einzubinden. An einem eigenen Veränderungsvorhaben entwickeln Sie eine Roadmap mit Meilensteinen und Kommunikationsplan.',
    topics: ['Change-Management', 'Veränderungsmanagement', 'Führung', 'Organisationsentwicklung'],
    format: 'in_person',
    location: GLEHN,
    trainer: 'Frau Andrea Wolters',
    audience: 'Führungskräfte und Projektverantwortliche',
    capacity: 14,
    fee: { amount: 480, currency: 'EUR' },
  },
  {
    idPrefix: 'TZG',
    week: 15,
    weekday: 2,
    days: 1,
    from: '09:00',
    to: '16:00',
    deadlineDays: 14,
    title: 'Design Thinking für bürgerfreundliche Verwaltungsleistungen',
    summary: 'Mit Design Thinking Verwaltungsleistungen konsequent aus Sicht der Bürgerinnen und Bürger neu denken.',
    description:
      'Design Thinking ist ein kreativer, nutzerzentrierter Innovationsansatz, der sich auch in der Verwaltung bewährt hat. In diesem Praxisworkshop durchlaufen Sie alle Phasen – Verstehen, Beobachten, Standpunkt definieren, Ideen finden, Prototypen bauen und Testen – an einer echten Verwaltungsleistung. Sie führen Kurzinterviews, entwickeln Personas und Customer Journeys und bauen einfache Prototypen aus Papier oder als Klickmodell. Dabei erfahren Sie, wie sich Design Thinking mit Prozessmanagement und der OZG-Umsetzung verbinden lässt.',
    topics: ['Design Thinking', 'Innovationsmanagement', 'Nutzerzentrierung', 'Kreativitätstechniken'],
    format: 'in_person',
    location: GLEHN,
    trainer: 'Frau Lea Hartmann',
    audience: 'Beschäftigte aller Ämter sowie Innovations- und Digitalisierungsteams',
    capacity: 16,
    fee: { amount: 320, currency: 'EUR' },
  },
  {
    idPrefix: 'TZG',
    week: 15,
    weekday: 4,
    days: 1,
    from: '13:00',
    to: '16:30',
    deadlineDays: 7,
    title: 'Online-Besprechungen souverän moderieren',
    summary: 'Videokonferenzen und hybride Besprechungen strukturiert, lebendig und ergebnisorientiert leiten.',
    description:
      'Online-Meetings sind oft zu lang, zu unstrukturiert und ermüdend. In diesem Workshop lernen Sie, Videokonferenzen und hybride Besprechungen gezielt vorzubereiten, eine klare Agenda zu setzen und alle Teilnehmenden einzubinden – auch diejenigen, die nur zugeschaltet sind. Sie erproben Moderationstechniken und digitale Werkzeuge wie Whiteboards, Umfragen und Breakout-Räume und üben, mit Störungen und Vielrednern souverän umzugehen. Tipps zu Protokoll und Nachbereitung runden den Nachmittag ab.',
    topics: ['Moderation', 'Online-Meetings', 'Videokonferenz', 'Microsoft Teams'],
    format: 'online',
    onlineUrl: `${MEET}/tzg/online-moderation`,
    trainer: 'Frau Julia Schneider',
    audience: 'Beschäftigte, die Besprechungen leiten, und Führungskräfte',
    capacity: 12,
    fee: { amount: 95, currency: 'EUR' },
  },
  {
    idPrefix: 'NSI',
    week: 16,
    weekday: 3,
    days: 1,
    from: '09:00',
    to: '16:00',
    deadlineDays: 14,
    language: 'en',
    title: 'Digital Leadership in Public Administration – English session',
    summary:
      'An English-language workshop on leading teams through digital transformation, hybrid work and the adoption of AI in local government.',
    description:
      'This seminar is held entirely in English and is aimed at managers who work with international partners or want to practise their professional English. Participants explore what digital leadership means in a public-sector context: setting direction in times of change, leading hybrid and remote teams, and making decisions about new technologies such as artificial intelligence. Case studies from European municipalities illustrate successful digital transformation strategies. The workshop combines short inputs, group discussions and peer coaching; an English level of B2 is recommended. Participation is possible on site at the county office in Grevenbroich or online.',
    topics: ['Digital Leadership', 'Führung', 'Digitale Transformation', 'English'],
    format: 'hybrid',
    location: KREISHAUS,
    onlineUrl: `${MEET}/nsi/digital-leadership-en`,
    trainer: 'Frau Dr. Hannah Fischer',
    audience: 'Führungskräfte (executives and team leaders)',
    capacity: 16,
    fee: { amount: 350, currency: 'EUR' },
  },
  {
    idPrefix: 'TZG',
    week: 17,
    weekday: 1,
    days: 2,
    from: '09:00',
    to: '16:00',
    deadlineDays: 14,
    title: 'BSI IT-Grundschutz in der Kommune – Praxisseminar',
    summary:
      'Informationssicherheit systematisch aufbauen: Vorgehen nach BSI-Standard 200-2, IT-Grundschutz-Kompendium und Modellierung des kommunalen Informationsverbunds.',
    description:
      'Der IT-Grundschutz des Bundesamts für Sicherheit in der Informationstechnik (BSI) ist der bewährte Rahmen für Informationssicherheit in Kommunen. In diesem zweitägigen Praxisseminar lernen Sie die BSI-Standards 200-1 bis 200-4 kennen und arbeiten mit dem IT-Grundschutz-Kompendium. Sie führen eine Strukturanalyse durch, bestimmen den Schutzbedarf, modellieren den Informationsverbund mit Bausteinen und führen einen IT-Grundschutz-Check durch. Außerdem wird das IT-Grundschutz-Profil „Basis-Absicherung Kommunalverwaltung“ vorgestellt, mit dem auch kleinere Kommunen einen realistischen Einstieg finden.',
    topics: ['Informationssicherheit', 'BSI IT-Grundschutz', 'ISMS', 'IT-Sicherheit'],
    format: 'in_person',
    location: KREISHAUS,
    trainer: 'Herr Dirk Baumann',
    audience: 'IT-Koordinatorinnen und -Koordinatoren sowie Informationssicherheitsbeauftragte',
    capacity: 12,
    fee: { amount: 650, currency: 'EUR', note: 'Inklusive Seminarunterlagen und Verpflegung.' },
  },
  {
    idPrefix: 'TZG',
    week: 18,
    weekday: 3,
    days: 1,
    from: '09:00',
    to: '16:00',
    deadlineDays: 14,
    title: 'Innovationsmanagement in der Kommune',
    summary:
      'Ideen systematisch finden, bewerten und umsetzen: wie Verwaltungen ein wirksames Innovationsmanagement aufbauen.',
    description:
      'Innovationen entstehen in der Verwaltung selten zufällig. Das Seminar zeigt, wie Sie Ideen von Beschäftigten und aus der Bürgerschaft systematisch sammeln, bewerten und in Pilotprojekte überführen – vom Ideenmanagement über Innovationslabore bis zu Experimentierräumen. Sie lernen Bewertungsmethoden wie die Nutzwertanalyse und ein an den öffentlichen Sektor angepasstes Business Model Canvas kennen und erfahren, wie Innovationen auch unter den Bedingungen von Haushalts- und Vergaberecht gelingen. Beispiele aus Kommunen in Nordrhein-Westfalen zeigen, welche Strukturen und welche Innovationskultur dafür nötig sind.',
    topics: ['Innovationsmanagement', 'Ideenmanagement', 'Innovationskultur'],
    format: 'in_person',
    location: GLEHN,
    trainer: 'Frau Lea Hartmann',
    audience: 'Führungskräfte, Stabsstellen Digitalisierung und Organisationsentwicklung',
    capacity: 16,
    fee: { amount: 290, currency: 'EUR' },
  },
  {
    idPrefix: 'TZG',
    week: 19,
    weekday: 2,
    days: 1,
    from: '13:00',
    to: '16:30',
    deadlineDays: 7,
    title: 'Excel kompakt: Formeln, Pivot-Tabellen und Diagramme',
    summary:
      'Halbtägiger Auffrischungskurs für den Verwaltungsalltag: die wichtigsten Excel-Funktionen, Pivot-Tabellen und aussagekräftige Diagramme.',
    description:
      'Ob Haushaltsübersicht, Teilnehmerliste oder Statistik – Excel ist aus der Verwaltung nicht wegzudenken. Im PC-Schulungsraum frischen Sie den sicheren Umgang mit Formeln und Zellbezügen auf und lernen nützliche Funktionen wie SVERWEIS und XVERWEIS, WENN und SUMMEWENNS kennen. Sie werten große Listen mit Filtern und Pivot-Tabellen aus und stellen Ergebnisse in übersichtlichen Diagrammen dar. Der Kurs ist ein guter Einstieg vor dem Seminar zu Power BI.',
    topics: ['Excel', 'Microsoft 365', 'Datenanalyse', 'Tabellenkalkulation'],
    format: 'in_person',
    location: GLEHN,
    trainer: 'Herr Tobias Wenzel',
    audience: 'Beschäftigte aller Ämter mit Excel-Grundkenntnissen',
    capacity: 10,
    fee: { amount: 140, currency: 'EUR' },
  },
  {
    idPrefix: 'NSI',
    week: 20,
    weekday: 4,
    days: 1,
    from: '09:00',
    to: '12:30',
    deadlineDays: 7,
    title: 'Kanban im Team: Aufgaben sichtbar machen und Arbeit steuern',
    summary:
      'Mit Kanban-Boards den Arbeitsfluss im Team transparent machen – analog an der Wand oder digital mit Microsoft Planner.',
    description:
      'Kanban ist eine leicht einführbare agile Methode, um Aufgaben im Team sichtbar zu machen und Überlastung zu vermeiden. Im Onlineseminar lernen Sie die Prinzipien von Kanban kennen: Arbeit visualisieren, laufende Arbeit begrenzen (WIP-Limits) und den Arbeitsfluss kontinuierlich verbessern. Sie gestalten ein Board für Ihr eigenes Team, zum Beispiel in Microsoft Planner, und erfahren, wie kurze Stand-up-Meetings die Abstimmung erleichtern. Das Seminar ist eine gute Ergänzung zum Seminar „Agiles Projektmanagement mit Scrum“.',
    topics: ['Agile Methoden', 'Kanban', 'Selbstorganisation', 'Microsoft Planner'],
    format: 'online',
    onlineUrl: `${MEET}/nsi/kanban-im-team`,
    trainer: 'Herr Markus Brandt',
    audience: 'Beschäftigte aller Ämter und Teamleitungen',
    capacity: 16,
    fee: { amount: 110, currency: 'EUR' },
  },
  {
    idPrefix: 'TZG',
    week: 21,
    weekday: 3,
    days: 1,
    from: '09:00',
    to: '16:00',
    deadlineDays: 14,
    title: 'IT-Notfallmanagement: vorbereitet sein auf Cyberangriffe und IT-Ausfälle',
    summary:
      'Notfallpläne, Meldewege und Wiederanlauf: wie Kommunen sich auf Cyberangriffe und den Ausfall kritischer IT vorbereiten.',
    description:
      'Cyberangriffe auf kommunale IT-Dienstleister haben gezeigt, wie schnell Verwaltungen handlungsunfähig werden können. Das Seminar vermittelt die Grundlagen des Notfallmanagements nach BSI-Standard 200-4: Business-Impact-Analyse, Notfallhandbuch, Meldewege und Wiederanlaufpläne. Sie lernen, wie Sie im Ernstfall mit dem IT-Dienstleister, der Polizei und der Datenschutzaufsicht zusammenarbeiten und wie ein Notbetrieb mit Papierformularen organisiert wird. Eine Notfallübung am Nachmittag macht die Abläufe erlebbar.',
    topics: ['Informationssicherheit', 'Notfallmanagement', 'IT-Sicherheit', 'BSI IT-Grundschutz'],
    format: 'in_person',
    location: KREISHAUS,
    trainer: 'Herr Dirk Baumann',
    audience: 'IT-Koordinatorinnen und -Koordinatoren, Informationssicherheitsbeauftragte und Führungskräfte',
    capacity: 14,
    fee: { amount: 260, currency: 'EUR' },
  },
  {
    idPrefix: 'NSI',
    week: 22,
    weekday: 2,
    days: 1,
    from: '09:00',
    to: '16:00',
    deadlineDays: 14,
    status: 'draft',
    title: 'Künstliche Intelligenz für Führungskräfte – Strategie, Governance und KI-Verordnung',
    summary:
      'Wie Verwaltungsleitungen den Einsatz von KI strategisch planen, Regeln setzen und die Anforderungen der europäischen KI-Verordnung umsetzen.',
    description:
      'Künstliche Intelligenz (KI) wird in der Verwaltung zunehmend eingesetzt – oft zunächst ohne gemeinsame Strategie. Das Seminar unterstützt Führungskräfte dabei, eine KI-Strategie für ihre Verwaltung zu entwickeln, Verantwortlichkeiten festzulegen und eine Dienstanweisung zum Einsatz generativer KI wie ChatGPT zu formulieren. Behandelt werden die Pflichten aus der europäischen KI-Verordnung (AI Act), insbesondere zur KI-Kompetenz der Beschäftigten, sowie Fragen der Mitbestimmung und des Datenschutzes. Das Programm befindet sich noch in Abstimmung.',
    topics: ['Künstliche Intelligenz', 'KI', 'Führung', 'KI-Verordnung'],
    format: 'in_person',
    location: GLEHN,
    trainer: 'Frau Dr. Sabine Lange',
    audience: 'Führungskräfte und Verwaltungsvorstände',
    capacity: 16,
    fee: { amount: 310, currency: 'EUR' },
  },
  {
    idPrefix: 'NSI',
    week: 24,
    weekday: 2,
    days: 2,
    from: '09:00',
    to: '16:00',
    deadlineDays: 14,
    title: 'Prozessmodellierung mit BPMN 2.0 – Aufbauseminar',
    summary:
      'Für Fortgeschrittene im Prozessmanagement: komplexe Verwaltungsprozesse mit BPMN 2.0 sauber modellieren und für die Digitalisierung vorbereiten.',
    description:
      'Aufbauend auf den Grundlagen des Prozessmanagements vertiefen Sie in diesem Seminar die Modellierung mit BPMN 2.0. Sie arbeiten mit Ereignissen, Gateways, Nachrichtenflüssen und Kollaborationsdiagrammen und modellieren Prozesse so, dass sie als Grundlage für Workflow-Lösungen und Onlinedienste dienen können. An Beispielen wie Antragsverfahren und Rechnungsworkflows üben Sie typische Modellierungsmuster und vermeiden häufige Fehler. Empfohlen wird die vorherige Teilnahme am Seminar „Prozessmanagement in der Verwaltung“ oder vergleichbare Kenntnisse.',
    topics: ['Prozessmanagement', 'BPMN', 'Prozessmodellierung'],
    format: 'in_person',
    location: GLEHN,
    trainer: 'Herr Andreas Becker',
    audience: 'Organisatorinnen und Organisatoren sowie Prozessverantwortliche',
    capacity: 12,
    fee: { amount: 430, currency: 'EUR' },
  },
  {
    idPrefix: 'NSI',
    week: 26,
    weekday: 4,
    days: 1,
    from: '09:00',
    to: '16:00',
    deadlineDays: 14,
    title: 'Gelassen bleiben im digitalen Arbeitsalltag – Resilienz und Selbstmanagement',
    summary:
      'Strategien gegen Informationsflut, ständige Erreichbarkeit und Stress – für mehr Gelassenheit im digitalen Arbeitsalltag.',
    description:
      'E-Mails, Chats, Videokonferenzen und Aufgaben in mehreren Kanälen – der digitale Arbeitsalltag fordert Konzentration und Kraft. Im Seminar lernen Sie Methoden des Selbst- und Zeitmanagements kennen, setzen Prioritäten und gestalten Ihre digitale Erreichbarkeit bewusst. Sie erfahren, was Resilienz ausmacht, wie Stress entsteht und welche Routinen helfen, auch in anstrengenden Phasen gesund zu bleiben. Übungen zur Achtsamkeit und ein persönlicher Handlungsplan machen die Inhalte im Alltag umsetzbar.',
    topics: ['Resilienz', 'Selbstmanagement', 'Gesundheit', 'Zeitmanagement'],
    format: 'in_person',
    location: RATHAUS_NEUSS,
    trainer: 'Frau Birgit Tillmann',
    audience: 'Beschäftigte aller Ämter',
    capacity: 14,
    fee: { amount: 170, currency: 'EUR' },
  },
  {
    idPrefix: 'TZG',
    week: 28,
    weekday: 2,
    days: 1,
    from: '09:00',
    to: '16:00',
    deadlineDays: 14,
    title: 'Open Data und Datenkompetenz in der Kommune',
    summary:
      'Verwaltungsdaten als Ressource verstehen: Grundlagen der Datenkompetenz und der Bereitstellung offener Daten.',
    description:
      'Daten sind eine wichtige Grundlage für gute Entscheidungen und neue digitale Angebote. Das Seminar vermittelt Grundlagen der Datenkompetenz: Datenqualität, Datenformate, Metadaten und den verantwortungsvollen Umgang mit Daten. Sie erfahren, welche rechtlichen Rahmenbedingungen für offene Verwaltungsdaten gelten, welche Datensätze sich für eine Veröffentlichung eignen und wie sie auf Open-Data-Portalen wie Open.NRW bereitgestellt werden. Praxisbeispiele zeigen, wie offene Daten etwa für Mobilität, Umwelt oder Haushalt genutzt werden.',
    topics: ['Open Data', 'Datenkompetenz', 'Datenmanagement'],
    format: 'in_person',
    location: KREISHAUS,
    trainer: 'Herr Dr. Jonas Albers',
    audience: 'Beschäftigte aller Ämter, Datenverantwortliche sowie IT-Koordinatorinnen und -Koordinatoren',
    capacity: 16,
    fee: { amount: 180, currency: 'EUR' },
  },
];

// ---------------------------------------------------------------------------
// Calendar helpers (Europe/Berlin, no libraries)
//
// Calendar days are represented as integer "epoch days" (days since
// 1970-01-01); weekday and y/m/d are derived via UTC so that no local-time
// arithmetic of the host machine is involved.

const DAY_MS = 86_400_000;

interface YMD {
  y: number;
  m: number; // 1–12
  d: number;
}

const toEpochDay = ({ y, m, d }: YMD): number => Date.UTC(y, m - 1, d) / DAY_MS;

function fromEpochDay(day: number): YMD {
  const dt = new Date(day * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday */
const weekdayOf = (day: number): number => new Date(day * DAY_MS).getUTCDay();

const berlinDateFmt = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

const berlinOffsetFmt = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Berlin',
  timeZoneName: 'longOffset',
});

/** The Berlin calendar day of an instant. */
function berlinEpochDay(instant: Date): number {
  const parts = berlinDateFmt.formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  return toEpochDay({ y: get('year'), m: get('month'), d: get('day') });
}

/** Berlin UTC offset in minutes at an instant (60 in winter, 120 in summer). */
function berlinOffsetMinutes(utcMs: number): number {
  const name = berlinOffsetFmt.formatToParts(new Date(utcMs)).find((p) => p.type === 'timeZoneName')?.value ?? '';
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  if (!match) return 0; // "GMT" = +00:00 (never the case for Berlin)
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** Wall-clock Berlin time on `day` at "HH:MM" as ISO 8601 with the correct offset. */
function berlinIso(day: number, hhmm: string): string {
  const [hh = 0, mm = 0] = hhmm.split(':').map(Number);
  const { y, m, d } = fromEpochDay(day);
  const wallAsUtc = Date.UTC(y, m - 1, d, hh, mm);
  // Two passes settle the offset for every wall time outside the DST gap.
  let offset = berlinOffsetMinutes(wallAsUtc - 60 * 60_000);
  offset = berlinOffsetMinutes(wallAsUtc - offset * 60_000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${y}-${pad(m)}-${pad(d)}T${pad(hh)}:${pad(mm)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** NRW public holidays plus Rosenmontag (customarily a day off in Rhineland administrations). */
function isHoliday(day: number): boolean {
  const { y, m, d } = fromEpochDay(day);
  if (['1-1', '5-1', '10-3', '11-1', '12-25', '12-26'].includes(`${m}-${d}`)) return true;
  const easter = toEpochDay(easterSunday(y));
  // Rosenmontag, Karfreitag, Ostermontag, Christi Himmelfahrt, Pfingstmontag, Fronleichnam
  return [-48, -2, 1, 39, 50, 60].some((delta) => easter + delta === day);
}

/** Year-end closure of the training centres (21 December – 1 January). */
function isClosureDay(day: number): boolean {
  const { m, d } = fromEpochDay(day);
  return (m === 12 && d >= 21) || (m === 1 && d === 1);
}

function isWorkingDay(day: number): boolean {
  const wd = weekdayOf(day);
  return wd >= 1 && wd <= 5 && !isHoliday(day) && !isClosureDay(day);
}

/** Registration closes `daysBefore` the first session, moved back to a working day. */
function deadlineDay(firstDay: number, daysBefore: number): number {
  let day = firstDay - daysBefore;
  while (!isWorkingDay(day)) day--;
  return day;
}

/** Monday of the n-th programme week after (n < 0: before) the week starting `monday`; closure weeks don't count. */
function programmeWeek(monday: number, n: number): number {
  const step = n < 0 ? -7 : 7;
  let week = monday;
  for (let left = Math.abs(n); left > 0;) {
    week += step;
    if (![0, 1, 2, 3, 4].some((i) => isClosureDay(week + i))) left--;
  }
  return week;
}

// ---------------------------------------------------------------------------

/**
 * Builds the demo catalogue relative to `now`. Deterministic for a given `now`.
 * Seminars are returned in chronological order; ids are numbered per provider
 * and year of the first session in that order (e.g. TZG-2027-001).
 */
export function buildDemoCatalogue(now: Date): DemoCatalogue {
  const today = berlinEpochDay(now);
  const monday = today - ((weekdayOf(today) + 6) % 7);

  const planned = TEMPLATES.map((t) => {
    if (t.weekday + t.days - 1 > 5) throw new Error(`demo template "${t.title}" would run into the weekend`);
    let first = programmeWeek(monday, t.week) + (t.weekday - 1);
    // Holidays: move day by day (forwards; backwards for past seminars) until all days are working days.
    const step = t.week < 0 ? -1 : 1;
    const days = (start: number): number[] => Array.from({ length: t.days }, (_, i) => start + i);
    while (!days(first).every(isWorkingDay)) first += step;
    return { t, days: days(first) };
  });
  planned.sort((a, b) => (a.days[0] ?? 0) - (b.days[0] ?? 0));

  const counters = new Map<string, number>();
  const seminars = planned.map(({ t, days }): DemoSeminar => {
    const firstDay = days[0] ?? 0;
    const year = fromEpochDay(firstDay).y;
    const key = `${t.idPrefix}-${year}`;
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    const id = `${key}-${String(n).padStart(t.idPrefix === 'LNRW-DL' ? 2 : 3, '0')}`;

    const sessions = days.map((day, i): DemoSession => {
      const session: DemoSession = { start: berlinIso(day, t.from), end: berlinIso(day, t.to) };
      const override = t.sessionLocations?.[i];
      if (override) session.location = override;
      return session;
    });

    // Field order follows the documented catalogue format; undefined fields are omitted.
    const out: Record<string, unknown> = {
      id,
      title: t.title,
      summary: t.summary,
      description: t.description,
      topics: t.topics ? [...t.topics] : undefined,
      format: t.format,
      location: t.location,
      onlineUrl: t.onlineUrl,
      trainer: t.trainer,
      provider: PROVIDER_NAME[t.idPrefix],
      audience: t.audience,
      capacity: t.capacity,
      waitlist: t.waitlist,
      fee: t.fee ? { ...t.fee } : undefined,
      registrationDeadline: t.deadlineDays ? berlinIso(deadlineDay(firstDay, t.deadlineDays), '23:59') : undefined,
      eligibleMunicipalities: t.eligibleMunicipalities ? [...t.eligibleMunicipalities] : undefined,
      language: t.language,
      status: t.status ?? 'published',
      sessions,
    };
    for (const [k, v] of Object.entries(out)) if (v === undefined) delete out[k];
    return out as unknown as DemoSeminar;
  });

  return {
    municipalities: MUNICIPALITIES.map((m) => ({ ...m })),
    seminars,
  };
}
