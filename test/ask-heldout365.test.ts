// Over-fitting check, three-hundred-and-sixty-fifth catalogue: the winter/spring 2030 programme for the Stadt Freiburg im
// Breisgau (Baden-Württemberg) and seven of its Ortsverwaltungen (Ebnet, Hochdorf, Kappel, Munzingen, Opfingen, Tiengen,
// Waltershofen), with the Führungsakademie Baden-Württemberg (Karlsruhe), the Verwaltungsschule des Gemeindetags
// Baden-Württemberg (Stuttgart), Komm.ONE, the Unfallkasse Baden-Württemberg and the city's Haupt- und Personalamt,
// imported from a JSON file. Seminars take place in the Rathaus im Stühlinger (Fehrenbachallee 12: Besprechungsraum
// Feldberg, Raum Schauinsland), the Historisches Rathaus (Rathausplatz 2–4, Ratssaal), the Feuerwache 1 (Eschholzstraße
// 40), the Komm.ONE Standort Freiburg (Krebsmühle 1), the Ortsverwaltungen Tiengen and Kappel, the Verwaltungsschule in
// Stuttgart (Panoramastraße 31), the Führungsakademie and the Unfallkasse in Karlsruhe, online or hybrid. Two seminars
// are held in English (the welcome-desk course and the Green City delegations workshop, which is hybrid in the
// Historisches Rathaus). Several titles do not name their subject ("Ordnung im Postfach" is Outlook / e-mail, "Gut
// angekommen" the induction day for new staff, "Aufrecht durch den Tag" back exercises at lunchtime, "Der Rat tagt"
// minutes and agenda of the Ortschaftsrat, "Klartext" plain language in letters, "Wenn es laut wird" de-escalation, "Der
// digitale Kollege" AI / ChatGPT, "Neue Rolle, neues Team" new managers, "Kopf frei" stress / burnout, "Auswahlgespräche
// strukturiert führen" job interviews), so only summary, description or topics reveal it. Emphasis: follow-ups after a
// list ("welcher davon ist online?", "the second one — how much?", "und der erste?"), and fact questions; about half in
// English.
//
// Calendar around `now` (Tuesday 15 January 2030, 09:00 in Freiburg, winter time; summer time begins Sun 31.03.2030;
// Rosenmontag 04.03. is no holiday; Good Friday is 19.04.2030):
//   this week:  Tue 15.01. (today) 14:00–15:30 Outlook (online, Komm.ONE); Wed 16.01. (tomorrow) 13:30–15:30 Teams
//               (online, Komm.ONE); nothing Thu 17.01.–Sun 20.01.
//   next week:  Wed 23.01. 09:00–12:30 Welcome Desk English (Rathaus im Stühlinger, 40 €, deadline Fri 18.01. 12:00);
//               Fri 25.01. 08:30–16:30 first aid (Feuerwache 1, deadline passed Fri 11.01. 23:59)
//   later Jan.: Wed 30.01. 09:00–12:00 service-bw / OZG (hybrid, Komm.ONE Freiburg); Thu 31.01. the cancelled press course
//   February:   Mon 04.02., 11.02., 18.02. 12:30–13:00 back exercises (online); Tue 05.02. job interviews (Stühlinger);
//               Thu 07.02. 09:00–15:00 induction day (Historisches Rathaus); Wed 13.02. 14:00–17:00 Sitzungsdienst
//               (Ortsverwaltung Tiengen, Ortsverwaltungen only); Thu 14.02. by-laws (Stuttgart, 295 €, deadline Thu
//               31.01. 23:59); Tue 19.02. + Tue 26.02. 09:00–12:00 plain language (online, 150 €); Wed 20.02. procurement
//               (Stuttgart, 320 €); Tue 26.02. 09:00–16:00 de-escalation (Stühlinger, Unfallkasse); Wed 27.02. the
//               cancelled time-management course; Thu 28.02. 10:00–12:00 AI (online, 150 seats)
//   March:      Tue 05.03. + Wed 06.03. 09:00–15:30 budget law NKHR (online, 260 €, deadline Fri 22.02. 23:59); Fri 08.03.
//               fines / OWiG (online, 180 €); Mon 11.03.–Wed 13.03. 09:00–16:30 new managers (Führungsakademie,
//               Karlsruhe, 690 €, deadline Fri 15.02. 23:59); Tue 12.03. 08:30–12:00 fire wardens (Feuerwache 1); Thu
//               14.03. 09:00–12:00 stress (online); Tue 19.03. 18:00–20:30 Ortschaftsrat evening (Ortsverwaltung Kappel);
//               Thu 21.03. 14:00–17:00 Green City (English, hybrid, Historisches Rathaus); the drafts intranet (Tue
//               26.03.) and SAP (Thu 28.03.)
//   April:      Tue 09.04.–Wed 10.04. (CEST) 09:00–16:00 safety officers (Unfallkasse, Karlsruhe, 20 seats)
//   past:       Tue 11.12.2029 NKHR year-end accounts (online), Thu 10.01.2030 winter road service (Ortsverwaltung
//               Opfingen).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2030-01-15T08:00:00Z'); // Tuesday, 15 January 2030, 09:00 in Freiburg (CET)
const TZ = 'Europe/Berlin';

const T = {
  postfach: 'Ordnung im Postfach', // Tue 15.01. 14:00–15:30, online, Komm.ONE, Frau Svenja Kaltenbach, Outlook, free
  teams: 'Microsoft Teams im Arbeitsalltag: Chats, Kanäle und Besprechungen', // Wed 16.01. 13:30–15:30, online, Komm.ONE, Herr Benedikt Schwörer, free
  welcomeDesk: 'Welcome Desk English: Advising International Newcomers', // Wed 23.01. 09:00–12:30, Rathaus im Stühlinger (Raum Schauinsland), HPA, Frau Claire Donovan (vhs Freiburg), 40 €, English, deadline Fri 18.01. 12:00
  ersteHilfe: 'Erste Hilfe: Fortbildung für betriebliche Ersthelfende', // Fri 25.01. 08:30–16:30, Feuerwache 1, Unfallkasse, Herr Matthias Ketterer (DRK), free, deadline passed Fri 11.01. 23:59
  ozg: 'Onlinedienste auf service-bw einrichten', // Wed 30.01. 09:00–12:00, hybrid (Komm.ONE Standort Freiburg), Frau Dr. Annette Brugger, OZG, free
  bewerbung: 'Auswahlgespräche strukturiert führen', // Tue 05.02. 09:00–16:00, Rathaus im Stühlinger (Feldberg), HPA, Frau Katrin Hug, job interviews, free
  onboarding: 'Gut angekommen', // Thu 07.02. 09:00–15:00, Historisches Rathaus (Ratssaal), HPA, Frau Miriam Faller, induction day, free
  ruecken: 'Aufrecht durch den Tag', // Mon 04.02., 11.02., 18.02. 12:30–13:00, online, HPA, Herr Jonas Wehrle, back exercises, free
  sitzungsdienst: 'Der Rat tagt', // Wed 13.02. 14:00–17:00, Ortsverwaltung Tiengen, HPA, Frau Ursula Gremmelspacher, Ortschaftsrat minutes, Ortsverwaltungen only, free
  ortsrecht: 'Satzungen rechtssicher erstellen: Ortsrecht in Baden-Württemberg', // Thu 14.02. 09:00–16:00, Stuttgart (Verwaltungsschule), Herr Dr. Thomas Bühler, 295 €, deadline Thu 31.01. 23:59
  klartext: 'Klartext', // Tue 19.02. + Tue 26.02. 09:00–12:00, online, Verwaltungsschule, Frau Dr. Eva Lindner, plain language, 150 €
  vergabe: 'Vergaberecht kompakt: UVgO und VwV Beschaffung', // Wed 20.02. 09:00–16:00, Stuttgart (Verwaltungsschule), Herr Dr. Thomas Bühler, 320 €
  deeskalation: 'Wenn es laut wird', // Tue 26.02. 09:00–16:00, Rathaus im Stühlinger (Feldberg), Unfallkasse, Herr Stefan Rombach (Polizeipräsidium Freiburg), de-escalation, free
  ki: 'Der digitale Kollege', // Thu 28.02. 10:00–12:00, online, Komm.ONE, Frau Svenja Kaltenbach, AI / ChatGPT, free, 150 seats
  haushalt: 'Kommunales Haushaltsrecht für Einsteiger', // Tue 05.03. + Wed 06.03. 09:00–15:30, online, Verwaltungsschule, Frau Claudia Schnurr, NKHR, 260 €, deadline Fri 22.02. 23:59
  bussgeld: 'Bußgeldverfahren nach dem OWiG', // Fri 08.03. 09:00–15:00, online, Verwaltungsschule, Herr Rainer Hättich, 180 €
  fuehrung: 'Neue Rolle, neues Team', // Mon 11.03.–Wed 13.03. 09:00–16:30, Führungsakademie (Karlsruhe), Frau Dr. Judith Maier-Albrecht, new managers, 690 €, deadline Fri 15.02. 23:59
  brandschutz: 'Brandschutzhelfer-Ausbildung mit Löschübung', // Tue 12.03. 08:30–12:00, Feuerwache 1, HPA, Herr Florian Zipfel (Feuerwehr Freiburg), free
  stress: 'Kopf frei', // Thu 14.03. 09:00–12:00, online, Unfallkasse, Frau Dr. Nicole Baumann, stress / burnout, free
  ortschaftsrat: 'Gut beraten im Ortschaftsrat', // Tue 19.03. 18:00–20:30, Ortsverwaltung Kappel (Bürgersaal), HPA, Herr Dr. Thomas Bühler, evening, Ortsverwaltungen only, free
  greenCity: 'Green City Partners: English for International Delegations', // Thu 21.03. 14:00–17:00, hybrid (Historisches Rathaus, Ratssaal), HPA, Frau Dr. Helen Carter, English, free
  sicherheit: 'Ausbildung für Sicherheitsbeauftragte', // Tue 09.04.–Wed 10.04. (CEST) 09:00–16:00, Unfallkasse Karlsruhe, Frau Sabine Rösch, free, 20 seats
  intranet: 'Social Intranet: Beiträge im Mitarbeiterportal verfassen', // draft (Tue 26.03.), Frau Miriam Faller
  sap: 'SAP S/4HANA: Einführung für Sachbearbeitende', // draft (Thu 28.03.), Komm.ONE, Stühlinger
  presse: 'Pressearbeit für Ortsverwaltungen', // cancelled (Thu 31.01.), Ortsverwaltung Ebnet
  zeit: 'Zeitmanagement und Selbstorganisation', // cancelled (Wed 27.02.), Frau Katrin Hug, Stühlinger
  jahresabschluss: 'Jahresabschluss im NKHR: Fragen aus der Praxis', // past (Tue 11.12.2029), online, Verwaltungsschule
  winterdienst: 'Winterdienst: Räum- und Streupflicht der Gemeinde', // past (Thu 10.01.2030), Ortsverwaltung Opfingen
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.intranet, T.sap, T.presse, T.zeit, T.jahresabschluss, T.winterdienst];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-ups after lists ----------------------------------------------------------------------------------------------
  {
    conv: 'kommone',
    q: 'What does Komm.ONE offer?',
    locale: 'en',
    kind: 'list',
    ...only(T.postfach, T.teams, T.ozg, T.ki),
  },
  {
    conv: 'kommone',
    q: 'which of them are online?',
    locale: 'en',
    kind: 'list',
    ...maybeAlso(only(T.postfach, T.teams, T.ki), T.ozg),
  },
  {
    conv: 'kommone',
    q: 'the second one — how much?',
    locale: 'en',
    kind: 'facts',
    titles: [T.teams],
    says: ['is free of charge'],
  },
  {
    conv: 'kommone',
    q: 'and when is the last one?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['takes place on Thu, 28 Feb 2030 from 10:00 to 12:00'],
  },
  {
    conv: 'verwaltungsschule',
    q: 'Was bietet die Verwaltungsschule des Gemeindetags an?',
    kind: 'list',
    ...only(T.ortsrecht, T.klartext, T.vergabe, T.haushalt, T.bussgeld),
  },
  {
    conv: 'verwaltungsschule',
    q: 'welcher davon ist online?',
    kind: 'list',
    ...only(T.klartext, T.haushalt, T.bussgeld),
  },
  {
    conv: 'verwaltungsschule',
    q: 'was kostet der zweite?',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['kostet 260 €'],
  },
  { conv: 'verwaltungsschule', q: 'und der erste?', kind: 'facts', titles: [T.klartext], says: ['kostet 150 €'] },
  {
    conv: 'verwaltungsschule',
    q: 'wann sind da die termine?',
    kind: 'facts',
    titles: [T.klartext],
    says: ['an 2 Tagen', 'Di., 19.02.2030', 'Di., 26.02.2030', 'jeweils von 09:00 bis 12:00 Uhr'],
  },
  {
    conv: 'march-free',
    q: 'Which courses in March are free?',
    locale: 'en',
    kind: 'list',
    ...only(T.brandschutz, T.stress, T.ortschaftsrat, T.greenCity),
  },
  { conv: 'march-free', q: 'which one is in English?', locale: 'en', kind: 'list', titles: [T.greenCity] },
  {
    conv: 'march-free',
    q: 'can I join from home?',
    locale: 'en',
    kind: 'facts',
    titles: [T.greenCity],
    says: ['is hybrid', 'Historisches Rathaus'],
  },
  {
    conv: 'march-free',
    q: "who's teaching it?",
    locale: 'en',
    kind: 'facts',
    titles: [T.greenCity],
    says: ['is led by Frau Dr. Helen Carter'],
  },
  {
    conv: 'feb-praesenz',
    q: 'Was gibt es im Februar in Präsenz?',
    kind: 'list',
    titles: [T.bewerbung, T.onboarding, T.sitzungsdienst, T.ortsrecht, T.vergabe, T.deeskalation],
  },
  {
    conv: 'feb-praesenz',
    q: 'welche davon sind hier in Freiburg?',
    kind: 'list',
    ...only(T.bewerbung, T.onboarding, T.sitzungsdienst, T.deeskalation),
  },
  {
    conv: 'feb-praesenz',
    q: 'wer leitet den letzten?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['leitet Herr Stefan Rombach (Polizeipräsidium Freiburg)'],
  },
  {
    conv: 'buehler',
    q: 'Welche Seminare hält Dr. Bühler?',
    kind: 'list',
    ...only(T.ortsrecht, T.vergabe, T.ortschaftsrat),
  },
  { conv: 'buehler', q: 'welches davon ist abends?', kind: 'list', titles: [T.ortschaftsrat] },
  {
    conv: 'buehler',
    q: 'und wo findet das statt?',
    kind: 'facts',
    titles: [T.ortschaftsrat],
    says: ['Ortsverwaltung Kappel'],
  },
  {
    conv: 'unfallkasse',
    q: 'courses from the Unfallkasse',
    locale: 'en',
    kind: 'list',
    ...only(T.ersteHilfe, T.deeskalation, T.stress, T.sicherheit),
  },
  {
    conv: 'unfallkasse',
    q: "where's the second one?",
    locale: 'en',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['Rathaus im Stühlinger'],
  },
  { conv: 'unfallkasse', q: 'which of them is online?', locale: 'en', kind: 'list', titles: [T.stress] },
  {
    conv: 'unfallkasse',
    q: 'what time does it start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.stress],
    says: ['starts on Thu, 14 Mar 2030 at 09:00'],
  },
  {
    conv: 'english',
    q: 'Are any courses held in English?',
    locale: 'en',
    kind: 'list',
    ...only(T.welcomeDesk, T.greenCity),
  },
  {
    conv: 'english',
    q: 'How much is the first one?',
    locale: 'en',
    kind: 'facts',
    titles: [T.welcomeDesk],
    says: [/costs (€\s?40|40\s?€|EUR 40)/],
  },
  {
    conv: 'english',
    q: 'is there a deadline to sign up?',
    locale: 'en',
    kind: 'facts',
    titles: [T.welcomeDesk],
    says: ['You can register for the seminar', 'until Fri, 18 Jan 2030, 12:00'],
  },
  {
    conv: 'english',
    q: 'and the other one, is it free?',
    locale: 'en',
    kind: 'facts',
    titles: [T.greenCity],
    says: ['is free of charge'],
  },
  {
    conv: 'ortsv',
    q: 'Seminare in den Ortsverwaltungen',
    kind: 'list',
    ...only(T.sitzungsdienst, T.ortschaftsrat),
  },
  { conv: 'ortsv', q: 'welches ist in Tiengen?', kind: 'list', titles: [T.sitzungsdienst] },
  {
    conv: 'ortsv',
    q: 'wann genau?',
    kind: 'facts',
    titles: [T.sitzungsdienst],
    says: ['am Mi., 13.02.2030 von 14:00 bis 17:00 Uhr'],
  },
  { conv: 'naechste', q: 'Was steht nächste Woche an?', kind: 'list', titles: [T.welcomeDesk, T.ersteHilfe] },
  { conv: 'naechste', q: 'was kostet der erste?', kind: 'facts', titles: [T.welcomeDesk], says: ['kostet 40 €'] },
  {
    conv: 'naechste',
    q: 'und kann ich mich für den zweiten noch anmelden?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['am Fr., 11.01.2030, 23:59 Uhr abgelaufen'],
  },
  { conv: 'naechste', q: 'wo ist der?', kind: 'facts', titles: [T.ersteHilfe], says: ['Feuerwache 1'] },
  { conv: 'hybrid', q: 'hybrid courses?', locale: 'en', kind: 'list', ...only(T.ozg, T.greenCity) },
  {
    conv: 'hybrid',
    q: 'where is the first one held?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ozg],
    says: ['Komm.ONE Standort Freiburg'],
  },
  // --- follow-ups on one seminar -------------------------------------------------------------------------------------------
  {
    conv: 'leader',
    q: "I've just become a team leader. Is there any training for me?",
    locale: 'en',
    kind: 'list',
    first: T.fuehrung,
    ...maybeAlso(only(T.fuehrung), T.bewerbung),
  },
  {
    conv: 'leader',
    q: 'How long is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['lasts 3 days, each from 09:00 to 16:30'],
  },
  {
    conv: 'leader',
    q: 'what does it cost',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: [/costs (€\s?690|690\s?€|EUR 690)/],
  },
  {
    conv: 'leader',
    q: 'register by when?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['You can register for the seminar', 'until Fri, 15 Feb 2030, 23:59'],
  },
  { conv: 'ki', q: 'Is there anything about ChatGPT or AI?', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    conv: 'ki',
    q: 'are there still seats?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['has 150 of 150 seats left'],
  },
  {
    conv: 'ki',
    q: 'who runs it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is led by Frau Svenja Kaltenbach'],
  },
  {
    conv: 'ki',
    q: 'what else does she teach?',
    locale: 'en',
    kind: 'list',
    ...maybeAlso(only(T.postfach), T.ki),
  },
  { conv: 'ruecken', q: 'gibts was gegen rückenschmerzen?', kind: 'list', titles: [T.ruecken] },
  {
    conv: 'ruecken',
    q: 'an welchen tagen ist das?',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['an 3 Tagen', 'Mo., 04.02.2030', 'Mo., 18.02.2030', 'jeweils von 12:30 bis 13:00 Uhr'],
  },
  {
    conv: 'ruecken',
    q: 'muss ich dafür irgendwo hinkommen?',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['findet online statt'],
  },
  // --- follow-ups with nothing talked about ------------------------------------------------------------------------------
  { conv: 'empty-en', q: 'the second one — how much?', locale: 'en', kind: 'noContext' },
  { conv: 'empty-de', q: 'und der erste?', kind: 'noContext' },
  // --- facts ---------------------------------------------------------------------------------------------------------------
  { q: 'Was kostet der Vergaberecht-Kurs?', kind: 'facts', titles: [T.vergabe], says: ['kostet 320 €'] },
  {
    q: 'Where is the induction day for new staff?',
    locale: 'en',
    kind: 'facts',
    titles: [T.onboarding],
    says: ['Historisches Rathaus, Ratssaal, Rathausplatz 2–4'],
  },
  {
    q: 'wer macht die brandschutzhelfer ausbilung?',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['leitet Herr Florian Zipfel (Feuerwehr Freiburg)'],
  },
  {
    q: 'How many places are left on the safety officer training?',
    locale: 'en',
    kind: 'facts',
    titles: [T.sicherheit],
    says: ['has 20 of 20 seats left'],
  },
  {
    q: 'When does the Teams training start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.teams],
    says: ['starts on Wed, 16 Jan 2030 at 13:30'],
  },
  {
    q: 'Wann ist das Seminar zum Haushaltsrecht?',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['an 2 Tagen', 'Di., 05.03.2030', 'Mi., 06.03.2030', 'jeweils von 09:00 bis 15:30 Uhr'],
  },
  {
    q: 'Bis wann kann ich mich für das Satzungsseminar anmelden?',
    kind: 'facts',
    titles: [T.ortsrecht],
    says: ['bis Do., 31.01.2030, 23:59 Uhr anmelden'],
  },
  {
    q: 'Is the de-escalation training online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['takes place in person', 'Rathaus im Stühlinger'],
  },
  {
    q: 'Ist das Green-City-Seminar auf Englisch?',
    kind: 'facts',
    titles: [T.greenCity],
    says: ['wird auf Englisch gehalten'],
  },
  {
    q: 'how long does the safety officer course take?',
    locale: 'en',
    kind: 'facts',
    titles: [T.sicherheit],
    says: ['lasts 2 days, each from 09:00 to 16:00'],
  },
  {
    q: 'ist der Einführungstag für neue Mitarbeiter kostenlos?',
    kind: 'facts',
    titles: [T.onboarding],
    says: ['ist kostenlos'],
  },
  { q: 'zeig mir details zum klartext seminar', kind: 'details', titles: [T.klartext] },
  // --- subjects only summary, description or topics name ------------------------------------------------------------------
  { q: 'outlook e-mails sortieren', kind: 'list', titles: [T.postfach] },
  { q: 'Bescheide in leichter Sprache schreiben', kind: 'list', titles: [T.klartext] },
  { q: 'how to deal with angry citizens at the counter', locale: 'en', kind: 'list', titles: [T.deeskalation] },
  { q: 'deeskalazionstraining', kind: 'list', titles: [T.deeskalation] },
  { q: 'Vorstellungsgespräche führen', kind: 'list', titles: [T.bewerbung] },
  { q: 'anything on burnout or stress?', locale: 'en', kind: 'list', titles: [T.stress] },
  { q: 'NKHR Grundlagen', kind: 'list', titles: [T.haushalt] },
  { q: 'Onlinezugangsgesetz', kind: 'list', titles: [T.ozg] },
  {
    q: 'Protokoll im Ortschaftsrat schreiben',
    kind: 'list',
    first: T.sitzungsdienst,
    ...maybeAlso(only(T.sitzungsdienst), T.ortschaftsrat),
  },
  { q: 'fire extinguisher training', locale: 'en', kind: 'list', titles: [T.brandschutz] },
  { q: 'Do you have a course on fines and administrative offences?', locale: 'en', kind: 'list', titles: [T.bussgeld] },
  // --- trainers, providers, places, audiences -----------------------------------------------------------------------------
  { q: 'Was bietet die Führungsakademie an?', kind: 'list', titles: [T.fuehrung] },
  { q: 'anything in Karlsruhe?', locale: 'en', kind: 'list', ...only(T.fuehrung, T.sicherheit) },
  { q: 'was läuft in der feuerwache', kind: 'list', ...only(T.ersteHilfe, T.brandschutz) },
  {
    q: 'courses at the Rathaus im Stühlinger',
    locale: 'en',
    kind: 'list',
    ...only(T.welcomeDesk, T.bewerbung, T.deeskalation),
  },
  {
    q: 'Seminare für Ortschaftsräte',
    kind: 'list',
    first: T.ortschaftsrat,
    ...maybeAlso(only(T.ortschaftsrat), T.sitzungsdienst),
  },
  { q: 'gibt es auch was in Ulm?', kind: 'none' },
  // --- dates, formats, fees ------------------------------------------------------------------------------------------------
  { q: 'was ist heute noch', kind: 'list', titles: [T.postfach] },
  { q: 'anything tomorrow?', locale: 'en', kind: 'list', titles: [T.teams] },
  {
    q: 'was gibt es in den nächsten zwei Wochen?',
    kind: 'list',
    titles: [T.postfach, T.teams, T.welcomeDesk, T.ersteHilfe],
  },
  { q: 'online courses next month?', locale: 'en', kind: 'list', ...only(T.ruecken, T.klartext, T.ki) },
  { q: 'Seminare im April', kind: 'list', titles: [T.sicherheit] },
  { q: 'gibt es am 1. Februar etwas?', kind: 'none' },
  { q: 'Welche Seminare finden freitags statt?', kind: 'list', ...only(T.ersteHilfe, T.bussgeld) },
  {
    q: 'Which courses cost more than 250 euros?',
    locale: 'en',
    kind: 'list',
    ...only(T.ortsrecht, T.vergabe, T.haushalt, T.fuehrung),
  },
  {
    q: 'mehrtägige seminare',
    kind: 'list',
    ...maybeAlso(only(T.haushalt, T.fuehrung, T.sicherheit), T.klartext, T.ruecken),
  },
  // --- gone, drafts, no match, greetings, own registrations ----------------------------------------------------------------
  { q: 'Findet das Zeitmanagement-Seminar statt?', kind: 'gone', gone: T.zeit },
  { q: 'press work course for the Ortsverwaltungen', locale: 'en', kind: 'gone', gone: T.presse },
  { q: 'wann war die schulung zum jahresabschluss', kind: 'gone', gone: T.jahresabschluss, says: ['Di., 11.12.2029'] },
  {
    q: 'When was the winter road clearing seminar?',
    locale: 'en',
    kind: 'gone',
    gone: T.winterdienst,
    says: ['Thu, 10 Jan 2030'],
  },
  { q: 'Do you have an SAP course?', locale: 'en', kind: 'none' },
  { q: 'Beiträge fürs Mitarbeiterportal schreiben', kind: 'none' },
  { q: 'Gibt es einen Italienischkurs?', kind: 'none' },
  { q: 'Hallo!', kind: 'help' },
  { q: 'what can you do?', locale: 'en', kind: 'help' },
  { q: 'Danke, das hilft mir!', kind: 'thanks' },
  { q: 'Wofür bin ich angemeldet?', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-sixty-fifth, independent catalogue (Stadt Freiburg im Breisgau, Führungsakademie Baden-Württemberg, Verwaltungsschule des Gemeindetags, Komm.ONE, Unfallkasse Baden-Württemberg)',
  {
    fixture: 'heldout365-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
