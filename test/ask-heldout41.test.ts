// Over-fitting check, forty-first catalogue: the 2027/28 training programme of the Kommunale IT Weserbergland (KIWB), an
// invented municipal IT service provider (Zweckverband with its own data centre) in Lower Saxony, for the staff of its
// member municipalities (Stadt Hameln, Bad Pyrmont, Hessisch Oldendorf, Flecken Aerzen and Salzhemmendorf, Gemeinde
// Emmerthal, Landkreis Hameln-Pyrmont), imported from a JSON file. Places: the KIWB Schulungszentrum and the Kreishaus in
// Hameln, the Rathaus Bad Pyrmont, online. Providers: the KIWB itself, the software vendor Nordsoft (the specialist
// procedures MeldeNet, StandesPro, BauPilot and KommFinanz doppik), the Studieninstitut Weserbergland (SIW) for soft
// skills, leadership and ITIL, and the Digital Public Sector Academy (DPSA) for the one seminar held in English. Brochure
// texts name products in the titles and the subject only in the summary or description (OZG, XRechnung, DMS, Doppik
// explained once), with German compounds and synonyms. Questions are written the way employees ask, without looking at
// the parser or the answers. Same assertions as the other suites: exactly the expected seminars (best first where one is
// clearly best), the asked fact in the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Tuesday 23 November 2027, 10:00 in Hameln, winter time since Sun 31.10.2027):
//   this week:  nothing today; Wed 24.11. 13:30–16:00 phishing (tomorrow, afternoon, online);
//               Thu 25.11. 09:00–12:00 Teams (the day after tomorrow, morning, online); nothing Fri 26.11. to Sun 28.11.
//   next week:  Mon 29.11. 09:00–12:00 Outlook (online), Tue 30.11. 13:00–16:30 SharePoint (hybrid),
//               Thu 02.12. 09:00–12:00 XRechnung (online) — all half days
//   week three: Tue 07.12. MeldeNet (Bad Pyrmont, full day), Thu 09.12. + Fri 10.12. StandesPro (two full days,
//               registration closed on Fri 19.11.)
//   no session from Sat 11.12.2027 to Mon 10.01.2028 (only the cancelled WahlManager course on Tue 14.12.);
//   January 2028: E-Akte 11.01. (in person), BauPilot 12.01. (online), Doppik 18.–19.01., de-escalation 20.01. (Bad
//               Pyrmont), ITIL 24.–25.01. (different times each day), Cloud Security 26.01. (online, English), E-Payment
//               27.01. (online);
//   February 2028: leadership 03.–04.02. (Bad Pyrmont), Digitallotsen 07.02./21.02./06.03., change management 08./15./22.02.
//               (online), self-organisation 10.02. (online), OZG 16.02. (hybrid); the cancelled Excel course on 09.02.;
//   March 2028: scanning 08.03., Windows 11 14.03., moderation Wed 29.03. (CEST: summer time begins Sun 26.03.2028).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-11-23T09:00:00Z'); // Tuesday, 23 November 2027, 10:00 in Hameln (CET)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Klick mit Köpfchen: Phishing und Social Engineering erkennen', // Wed 24.11.2027 13:30–16:00, online, KIWB, free, Dr. Brandt
  teams: 'Teams im Rathausalltag: Chats, Kanäle und Besprechungen', // Thu 25.11. 09:00–12:00, online, KIWB, free, 30 seats, Köhler
  outlook: 'Outlook 365 kompakt: Postfach, Kalender und Gruppenpostfächer', // Mon 29.11. 09:00–12:00, online, free, Köhler
  sharepoint: 'Intranet selbst gestalten: SharePoint-Seiten für Ämter und Fachbereiche', // Tue 30.11. 13:00–16:30, hybrid (Schulungszentrum), 120 €
  xrechnung: 'XRechnung ohne Papierstau: E-Rechnungen empfangen und prüfen', // Thu 02.12. 09:00–12:00, online, 60 €
  meldewesen: 'MeldeNet 6: Neuerungen für die Meldebehörde', // Tue 07.12. 09:00–16:00, Rathaus Bad Pyrmont, Nordsoft, 240 €, deadline Tue 30.11. 23:59
  standesamt: 'StandesPro kompakt: Beurkundungen im elektronischen Personenstandsregister', // Thu 09.12. + Fri 10.12. 09:00–16:00, Nordsoft, 390 €, deadline passed Fri 19.11.
  eakte: 'akte.kommunal: Einstieg in die E-Akte', // Tue 11.01.2028 09:00–12:00, Kreishaus Hameln-Pyrmont, free, DMS
  baupilot: 'BauPilot: Bauanträge digital bearbeiten', // Wed 12.01. 13:00–16:00, online, Nordsoft, 180 €, building permits
  doppik: 'KommFinanz doppik: Jahresabschluss sicher erstellen', // Tue 18.01. + Wed 19.01. 09:00–16:00, Schulungszentrum, Nordsoft, 450 €
  telefon: 'Ruhig bleiben, wenn es laut wird: schwierige Gespräche am Telefon und am Schalter', // Thu 20.01. 09:00–16:00, Bad Pyrmont, SIW, 160 €
  itil: 'Servicedesk nach ITIL 4: Störungen und Anfragen professionell bearbeiten', // Mon 24.01. 09:00–16:30, Tue 25.01. 08:30–15:30, SIW, 690 €, IT staff
  cloud: 'Cloud Security Essentials for Municipal IT Teams', // Wed 26.01. 13:00–16:30, online, English, DPSA, 350 €, deadline Wed 12.01. 23:59
  epayment: 'Bezahlen ohne Kasse: E-Payment für Onlinedienste', // Thu 27.01. 13:30–15:30, online, KIWB, free
  fuehrung: 'Führen im digitalen Wandel', // Thu 03.02. + Fri 04.02. 09:00–16:00, Bad Pyrmont, SIW, 520 €, Prof. Dr. Albers, managers
  lotsen: 'Digitallotsen-Qualifizierung in drei Modulen', // Mon 07.02., 21.02., 06.03. 09:00–16:00, Schulungszentrum, free (note), Dierks und Köhler
  change: 'Veränderung gestalten: Change-Management in der Kommunalverwaltung', // Tue 08.02., 15.02., 22.02. 09:00–12:00, online, SIW, 280 €, managers
  selbstorga: 'Den Kopf frei bekommen: Selbstorganisation im Büro', // Thu 10.02. 13:00–16:00, online, SIW, 95 €
  ozg: 'Onlinedienste im Fachamt: Anträge aus dem Bürgerportal bearbeiten', // Wed 16.02. 09:00–12:30, hybrid (Kreishaus), free, OZG
  scan: 'Scannen mit System: ersetzendes Scannen nach TR-RESISCAN', // Wed 08.03. 09:00–12:00, Kreishaus, 90 €, 12 seats
  windows: 'Umstieg auf Windows 11: das Wichtigste für den Arbeitsplatz', // Tue 14.03. 09:00–10:30, online, free
  moderation: 'Besprechungen, die sich lohnen: Moderation im Arbeitsalltag', // Wed 29.03.2028 09:00–16:00 (CEST), Kreishaus, SIW, 210 €
  copilot: 'Copilot im Büro: KI-Assistenz in Microsoft 365 ausprobieren', // draft
  formulare: 'Formulare ohne Hürden: barrierefreie PDF-Formulare erstellen', // draft
  wahl: 'WahlManager: Kommunalwahlen digital vorbereiten', // cancelled (Tue 14.12.2027)
  excel: 'Power Query und Pivot: Excel für die Haushaltsplanung', // cancelled (Wed 09.02.2028)
  fachtag: 'Fachtag Kommunale Digitalisierung 2027', // past (Thu 7 October 2027)
  mdm: 'Diensthandy im Griff: Mobilgeräte mit dem MDM verwalten', // past (Tue 9 November 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.copilot, T.formulare, T.wahl, T.excel, T.fachtag, T.mdm];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  { q: 'was kostet die sharepoint schulung?', kind: 'facts', titles: [T.sharepoint], says: ['kostet 120 €'] },
  { q: 'Kostet der Teams-Kurs was?', kind: 'facts', titles: [T.teams], says: ['ist kostenlos'] },
  {
    q: 'How much is the Doppik year-end closing course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.doppik],
    says: ['costs €450'],
  },
  // --- facts: when, start time, duration -------------------------------------------------------------------------------
  {
    q: 'wann ist die teams schulung',
    kind: 'facts',
    titles: [T.teams],
    says: ['am Do., 25.11.2027 von 09:00 bis 12:00 Uhr'],
  },
  {
    q: 'Wann findet „Führen im digitalen Wandel“ statt?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 03.02.2028 und Fr., 04.02.2028', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'Wann ist der ITIL-Kurs?',
    kind: 'facts',
    titles: [T.itil],
    says: ['an 2 Terminen', 'Mo., 24.01.2028, 09:00–16:30 Uhr; Di., 25.01.2028, 08:30–15:30 Uhr'],
  },
  {
    q: 'Wann ist das Moderationstraining?',
    kind: 'facts',
    titles: [T.moderation],
    says: ['am Mi., 29.03.2028 von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'When is the e-payment training?',
    locale: 'en',
    kind: 'facts',
    titles: [T.epayment],
    says: ['takes place on Thu, 27 Jan 2028 from 13:30 to 15:30'],
  },
  {
    q: 'Um wie viel Uhr fängt die Phishing-Schulung an?',
    kind: 'facts',
    titles: [T.phishing],
    says: ['beginnt am Mi., 24.11.2027 um 13:30 Uhr'],
  },
  {
    q: 'What time does the Outlook course start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.outlook],
    says: ['starts on Mon, 29 Nov 2027 at 09:00'],
  },
  {
    q: 'Wie lange dauert die Windows-11-Schulung?',
    kind: 'facts',
    titles: [T.windows],
    says: ['dauert 1,5 Stunden, von 09:00 bis 10:30 Uhr'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  { q: 'Wo ist die E-Akte-Schulung?', kind: 'facts', titles: [T.eakte], says: ['im Kreishaus Hameln-Pyrmont'] },
  {
    q: 'Findet die OZG-Schulung in Präsenz statt?',
    kind: 'facts',
    titles: [T.ozg],
    says: [/findet hybrid statt|oder online statt/],
    miss: 'both courses have OZG among their topics and fit equally well; the bot names both',
  },
  {
    q: 'Wer leitet das Führungsseminar zum digitalen Wandel?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['leitet Frau Prof. Dr. Katrin Albers'],
  },
  {
    q: 'Bis wann kann ich mich für StandesPro anmelden?',
    kind: 'facts',
    titles: [T.standesamt],
    says: ['ist am Fr., 19.11.2027, 23:59 Uhr abgelaufen'],
  },
  {
    q: 'Sind im Scan-Seminar noch Plätze frei?',
    kind: 'facts',
    titles: [T.scan],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  { conv: 'erechnung', q: 'Gibt es was zur E-Rechnung?', kind: 'list', titles: [T.xrechnung] },
  { conv: 'erechnung', q: 'Und was kostet der?', kind: 'facts', titles: [T.xrechnung], says: ['kostet 60 €'] },
  { conv: 'erechnung', q: 'ist das online?', kind: 'facts', titles: [T.xrechnung], says: ['findet online statt'] },
  {
    conv: 'lotsin',
    q: 'Ich soll bei uns Digitallotsin werden – gibt es dafür eine Ausbildung?',
    kind: 'list',
    titles: [T.lotsen],
  },
  {
    conv: 'lotsin',
    q: 'Wann ist die?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['an 3 Tagen', 'Mo., 07.02.2028, Mo., 21.02.2028 und Mo., 06.03.2028', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'lotsin',
    q: 'Wer macht das?',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['leiten Herr Malte Dierks und Frau Jana Köhler'],
  },
  {
    conv: 'cloud',
    q: 'Is there anything on securing our cloud services?',
    locale: 'en',
    kind: 'list',
    titles: [T.cloud],
  },
  {
    conv: 'cloud',
    q: 'When is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.cloud],
    says: ['takes place on Wed, 26 Jan 2028 from 13:00 to 16:30'],
  },
  { conv: 'cloud', q: 'How much does it cost?', locale: 'en', kind: 'facts', titles: [T.cloud], says: ['costs €350'] },
  { conv: 'melde', q: 'Schulung Meldewesen?', kind: 'list', titles: [T.meldewesen] },
  { conv: 'melde', q: 'Wo findet die statt?', kind: 'facts', titles: [T.meldewesen], says: ['im Rathaus Bad Pyrmont'] },
  {
    conv: 'melde',
    q: 'und bis wann muss ich mich anmelden?',
    kind: 'facts',
    titles: [T.meldewesen],
    says: ['bis Di., 30.11.2027, 23:59 Uhr'],
  },
  // --- topic searches: colloquial wording, words only the summary or description has, compounds, synonyms --------------
  { q: 'Wie erkenne ich gefälschte Mails?', kind: 'list', first: T.phishing },
  {
    q: 'Was gibt es zum OZG?',
    kind: 'list',
    first: T.ozg,
    miss: 'both courses have OZG among their topics and fit equally well; the earlier one comes first',
  },
  { q: 'Gibt es was zu Baugenehmigungen?', kind: 'list', titles: [T.baupilot] },
  { q: "Umgang mit pampigen Anrufern – gibt's da was?", kind: 'list', titles: [T.telefon] },
  { q: 'Gibt es eine Schulung zur doppelten Buchführung?', kind: 'list', titles: [T.doppik] },
  {
    q: 'Wir wollen unseren Helpdesk nach ITIL aufstellen – gibt es dazu eine Schulung?',
    kind: 'list',
    titles: [T.itil],
  },
  {
    q: 'DMS Schulung',
    kind: 'list',
    titles: [T.eakte],
    miss: 'the scanning course has E-Akte among its topics and is listed too',
  },
  {
    q: 'Ich soll die Seiten unseres Amts im Intranet pflegen – gibt es dazu was?',
    kind: 'list',
    titles: [T.sharepoint],
  },
  { q: 'Wie leite ich Besprechungen besser?', kind: 'list', first: T.moderation },
  { q: 'Is there a course on change management?', locale: 'en', kind: 'list', first: T.change },
  // --- typos -----------------------------------------------------------------------------------------------------------
  { q: 'phisching schulung', kind: 'list', titles: [T.phishing] },
  { q: 'Outlok kurs', kind: 'list', titles: [T.outlook] },
  { q: 'Personenstandsregster Schulung', kind: 'list', titles: [T.standesamt] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, cost, length, language, free seats -------
  { q: 'was ist übermorgen?', kind: 'list', titles: [T.teams] },
  { q: 'Was läuft diese Woche noch?', kind: 'list', titles: [T.phishing, T.teams] },
  { q: 'Anything next week in the morning?', locale: 'en', kind: 'list', titles: [T.outlook, T.xrechnung] },
  { q: 'Was ist in den nächsten drei Wochen gratis?', kind: 'list', titles: [T.phishing, T.teams, T.outlook] },
  { q: 'Welche Onlineseminare gibt es im Januar?', kind: 'list', titles: [T.baupilot, T.cloud, T.epayment] },
  { q: 'mehrtägige Schulungen im Januar?', kind: 'list', titles: [T.doppik, T.itil] },
  {
    q: "What's on in February 2028?",
    locale: 'en',
    kind: 'list',
    titles: [T.fuehrung, T.lotsen, T.change, T.selbstorga, T.ozg],
  },
  { q: 'Was findet in Bad Pyrmont statt?', kind: 'list', ...only(T.meldewesen, T.telefon, T.fuehrung) },
  { q: 'Welche Kurse gibt Frau Köhler?', kind: 'list', ...only(T.teams, T.outlook, T.lotsen) },
  { q: 'Was bietet Nordsoft an?', kind: 'list', ...only(T.meldewesen, T.standesamt, T.baupilot, T.doppik) },
  { q: 'Welche Seminare gibt es für Führungskräfte?', kind: 'list', ...only(T.fuehrung, T.change) },
  {
    q: 'ich bin in der IT – was habt ihr für mich?',
    kind: 'list',
    ...only(T.itil, T.cloud),
    miss: "the asker's department (IT) is searched as a topic; the phishing course for all staff names IT too",
  },
  { q: 'Which seminars are held in English?', locale: 'en', kind: 'list', titles: [T.cloud] },
  {
    q: 'Welche Präsenzkurse im Januar haben noch freie Plätze?',
    kind: 'list',
    titles: [T.eakte, T.doppik, T.telefon, T.itil],
  },
  // --- gone, no match, greeting ----------------------------------------------------------------------------------------
  { q: 'Was kostet die WahlManager-Schulung?', kind: 'gone', gone: T.wahl },
  { q: 'When is the Power Query course?', locale: 'en', kind: 'gone', gone: T.excel },
  { q: 'Wann war der Fachtag Kommunale Digitalisierung?', kind: 'gone', gone: T.fachtag, says: ['Do., 07.10.2027'] },
  {
    q: 'When was the mobile device management course?',
    locale: 'en',
    kind: 'gone',
    gone: T.mdm,
    says: ['Tue, 9 Nov 2027'],
  },
  { q: 'Gibt es ein Seminar zum Friedhofswesen?', kind: 'none' },
  { q: 'Bietet ihr einen Erste-Hilfe-Kurs an?', kind: 'none' },
  { q: 'Is there a course on sign language?', locale: 'en', kind: 'none' },
  { q: 'Moin!', kind: 'help' },
  { q: 'Hello', locale: 'en', kind: 'help' },
];

heldoutSuite('answering questions about a forty-first, independent catalogue (KIWB, municipal IT provider)', {
  fixture: 'heldout41-catalogue.json',
  now,
  timeZone: TZ,
  cases: CASES,
  titles: all,
  never: NEVER,
});
