// Over-fitting check, three-hundred-and-fifty-third catalogue: the spring 2029 programme for the Landeshauptstadt Kiel
// (Schleswig-Holstein) and its neighbours in the Stadt-Umland-Kooperation (Gemeinde Altenholz, Gemeinde Kronshagen, Amt
// Bordesholm), with the Verwaltungsakademie Bordesholm, Dataport AöR, the Unfallkasse Nord and the city's own Personal-
// und Organisationsamt, imported from a JSON file. Seminars take place in the Rathaus Kiel (Fleethörn 9: Magistratssaal,
// Ratsversammlungssaal, Schulungsraum 214), the Neues Rathaus (Andreas-Gayk-Straße 31), the Verwaltungsakademie in
// Bordesholm (Heintzestraße 13), Dataport's Schulungszentrum in Altenholz, the Unfallkasse Nord in Kiel (Seekoppelweg 5a)
// and in Hamburg (Spohrstraße 2), the Hauptfeuerwache (Westring 325), the Betriebshof des Grünflächenamts, online or
// hybrid. Several trainers come from outside and say so ("Herr Sönke Hansen (Johanniter-Unfall-Hilfe Kiel)", "Frau Wiebke
// Albers (Logopädin)"); one seminar has two trainers, one of them from the Polizeidirektion Kiel. Several titles do not
// name their subject ("Die ersten 100 Tage" is new managers, "Bewegte Pause" back exercises, "Wer darf was wissen?" data
// protection, "Mehr als ein Passwort" two-factor authentication, "Moin Kiel!" the induction day, "Gut bei Stimme" voice
// training for Kita staff, "Klartext schreiben" plain administrative language, "Der digitale Kollege" AI assistants, "Dokumente
// für alle" accessible PDFs, "Gut aufgestellt im Sitzungsdienst" minutes of the Ortsbeiräte, "Mit Rückenwind unterwegs"
// pedelec safety training, "Akte ohne Regal" the e-file, "Wenn Worte nicht mehr reichen" violence prevention /
// de-escalation). One seminar is held in English; the leadership course runs on two Wednesdays across the start of summer
// time; the course for Sicherheitsbeauftragte runs on two consecutive days in Hamburg; induction day, data protection and
// the Sitzungsdienst course are open to Kiel only. Questions are mostly about trainers, providers and places, mixed with
// subjects, dates, follow-ups, gone seminars, no match and greetings, some in English, written without looking at the
// parser.
//
// Calendar around `now` (Tuesday 20 March 2029, 09:40 in Kiel, winter time; summer time starts Sun 25.03.2029; Easter is
// Sun 01.04.2029, so Karfreitag Fri 30.03. and Ostermontag Mon 02.04. are holidays in Schleswig-Holstein):
//   this week:  Tue 20.03. (today) 13:00–16:00 Outlook/Teams (online, Dataport); Wed 21.03. (CET) 09:00–16:30 first day
//               of "Die ersten 100 Tage" (Bordesholm; deadline passed Fri 09.03. 23:59); Thu 22.03. 12:00–12:45 Bewegte
//               Pause (online); Fri 23.03. 08:30–16:00 first aid (Hauptfeuerwache)
//   next week:  Mon 26.03. 09:00–12:00 data protection (Rathaus, Magistratssaal), Tue 27.03. 09:00–16:00 procurement
//               (Bordesholm, 290 €), Wed 28.03. (CEST) second day of "Die ersten 100 Tage", Thu 29.03. 14:00–16:00
//               two-factor (online), nothing on Fri 30.03. (Karfreitag)
//   April:      Tue 03.04. 09:00–15:00 Moin Kiel! (Rathaus), Wed 04.04. voice training (UK Nord, Seekoppelweg), the cancelled
//               time-management course (Thu 05.04., Bordesholm), Tue 10.04. Klartext (Bordesholm, 240 €), Wed 11.04.
//               09:00–12:00 AI (hybrid, Neues Rathaus), Thu 12.04. 09:00–12:30 English (Neues Rathaus, 60 €; deadline
//               Thu 05.04. 12:00), the cancelled XRechnung course (Fri 13.04., online), Mon 16.04.–Tue 17.04. 08:30–16:00
//               Sicherheitsbeauftragte (Hamburg; deadline Fri 06.04. 23:59), Wed 18.04. accessible documents (online),
//               Thu 19.04. 17:00–19:30 Sitzungsdienst (hybrid, Neues Rathaus, evening), Tue 24.04. 08:00–13:00 pedelec
//               (Betriebshof), Wed 25.04. e-file (Dataport, Altenholz), Thu 26.04. violence prevention (UK Nord, Seekoppelweg)
//   May:        Wed 09.05. interviews (Neues Rathaus, VAB in-house), Tue 15.05. Excel (Rathaus, Schulungsraum 214, 120 €),
//               the draft Kieler Woche course (Wed 23.05.)
//   June:       the draft Wohngeld course (Tue 05.06.)
//   past:       Tue 16.01.2029 winter service (Betriebshof), Wed 21.02.2029 Jahresabschluss Doppik (Bordesholm).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2029-03-20T08:40:00Z'); // Tuesday, 20 March 2029, 09:40 in Kiel (CET)
const TZ = 'Europe/Berlin';

const T = {
  outlook: 'Posteingang im Griff: Outlook und Teams im Büroalltag', // Tue 20.03. 13:00–16:00, online, Dataport, Frau Katrin Petersen, free
  hundertTage: 'Die ersten 100 Tage', // Wed 21.03. (CET) + Wed 28.03. (CEST) 09:00–16:30, Bordesholm, VAB, Frau Dr. Maren Jessen, new managers, 590 €, deadline passed Fri 09.03. 23:59
  pause: 'Bewegte Pause', // Thu 22.03. 12:00–12:45, online, UK Nord, Herr Malte Reimers, back exercises, free
  ersteHilfe: 'Ersthelfer-Fortbildung für Beschäftigte der Landeshauptstadt', // Fri 23.03. 08:30–16:00, Hauptfeuerwache (Westring 325), UK Nord, Herr Sönke Hansen (Johanniter-Unfall-Hilfe Kiel), free
  datenschutz: 'Wer darf was wissen?', // Mon 26.03. 09:00–12:00, Rathaus (Magistratssaal), Kiel POA, Frau Dr. Svenja Thomsen, DSGVO, free, Kiel only
  vergabe: 'Vergaberecht in Schleswig-Holstein: VGSH, UVgO und die aktuellen Wertgrenzen', // Tue 27.03. 09:00–16:00, Bordesholm, VAB, Herr Dr. Ole Brodersen, 290 €
  passwort: 'Mehr als ein Passwort', // Thu 29.03. 14:00–16:00, online, Dataport, Herr Dr. Jan-Hendrik Claussen, two-factor, free
  moin: 'Moin Kiel!', // Tue 03.04. 09:00–15:00, Rathaus (Ratsversammlungssaal), Kiel POA, Frau Anke Sievers, induction day, free, Kiel only
  stimme: 'Gut bei Stimme', // Wed 04.04. 09:00–12:30, UK Nord Seekoppelweg 5a, UK Nord, Frau Wiebke Albers (Logopädin), voice training for Kita staff, free
  klartext: 'Klartext schreiben', // Tue 10.04. 09:00–16:00, Bordesholm, VAB, Frau Dr. Maren Jessen, plain language, 240 €
  kollege: 'Der digitale Kollege', // Wed 11.04. 09:00–12:00, hybrid (Neues Rathaus), Dataport, Herr Dr. Jan-Hendrik Claussen, AI, free
  english: 'Speaking with Confidence: English at the Counter and on the Phone', // Thu 12.04. 09:00–12:30, Neues Rathaus, Kiel POA, Fiona MacLeod, 60 €, deadline Thu 05.04. 12:00
  sibe: 'Grundseminar für Sicherheitsbeauftragte', // Mon 16.04.–Tue 17.04. 08:30–16:00, Hamburg (Spohrstraße 2), UK Nord, Frau Dr. Imke Rasmussen, free, deadline Fri 06.04. 23:59
  dokumente: 'Dokumente für alle', // Wed 18.04. 13:00–16:00, online, Dataport, Frau Katrin Petersen, accessible PDFs, free
  sitzung: 'Gut aufgestellt im Sitzungsdienst', // Thu 19.04. 17:00–19:30, hybrid (Neues Rathaus), Kiel POA, Herr Henning Voss, Ortsbeirat minutes, free, Kiel only
  pedelec: 'Mit Rückenwind unterwegs', // Tue 24.04. 08:00–13:00, Betriebshof des Grünflächenamts, UK Nord, Herr Malte Reimers, pedelec training, free, 10 seats, no waitlist
  akte: 'Akte ohne Regal', // Wed 25.04. 09:00–15:00, Dataport Schulungszentrum Altenholz, Dataport, Herr Torben Wulf, e-file, free
  gewalt: 'Wenn Worte nicht mehr reichen', // Thu 26.04. 09:00–16:00, UK Nord Seekoppelweg 5a, UK Nord, Frau Dr. Imke Rasmussen und Herr Kai Möller (Polizeidirektion Kiel), violence prevention, free
  auswahl: 'Auswahlgespräche strukturiert führen', // Wed 09.05. 09:00–16:30, Neues Rathaus, VAB (in-house), Frau Birte Carstensen, 180 €
  excel: 'Excel für Fortgeschrittene: Pivot-Tabellen, Power Query und Diagramme', // Tue 15.05. 09:00–16:00, Rathaus (Schulungsraum 214), Dataport, Frau Katrin Petersen, 120 €, 12 seats
  kielerWoche: 'Sondernutzungen und Veranstaltungen genehmigen: fit für die Kieler Woche', // draft (Wed 23.05.2029)
  wohngeld: 'Wohngeld kompakt: Berechnung und Bescheid nach dem WoGG', // draft (Tue 05.06.2029)
  zeit: 'Zeitmanagement: Prioritäten setzen im Büroalltag', // cancelled (Thu 05.04.2029), Frau Dr. Maren Jessen
  xrechnung: 'E-Rechnung mit XRechnung: Eingang und Prüfung', // cancelled (Fri 13.04.2029), Herr Torben Wulf
  winterdienst: 'Winterdienst und Verkehrssicherungspflicht: sicher räumen und streuen', // past (Tue 16.01.2029), Reimers, Betriebshof
  doppik: 'Jahresabschluss in der Doppik: Bilanz, Ergebnisrechnung und Anhang', // past (Wed 21.02.2029), Brodersen, Bordesholm
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.kielerWoche, T.wohngeld, T.zeit, T.xrechnung, T.winterdienst, T.doppik];
const only = onlyAmong(all, NEVER);

const NEUES_RATHAUS = [T.kollege, T.english, T.sitzung, T.auswahl];

const CASES: Case[] = [
  // --- follow-up conversations: a trainer, a provider, a place, then a fact ----------------------------------------------
  { conv: 'petersen', q: 'Welche Kurse gibt Frau Petersen?', kind: 'list', ...only(T.outlook, T.dokumente, T.excel) },
  { conv: 'petersen', q: 'und welcher davon ist vor ort?', kind: 'list', titles: [T.excel] },
  {
    conv: 'petersen',
    q: 'wo genau?',
    kind: 'facts',
    titles: [T.excel],
    says: ['Rathaus Kiel, Schulungsraum 214, Fleethörn 9, 24103 Kiel'],
  },
  { conv: 'claussen', q: 'was macht Herr Dr. Claussen?', kind: 'list', ...only(T.kollege, T.passwort) },
  {
    conv: 'claussen',
    q: 'ist der KI-Kurs online oder vor Ort?',
    kind: 'facts',
    titles: [T.kollege],
    says: ['findet hybrid statt', 'Neues Rathaus, Andreas-Gayk-Straße 31'],
  },
  {
    conv: 'claussen',
    q: 'wann ist der?',
    kind: 'facts',
    titles: [T.kollege],
    says: ['am Mi., 11.04.2029 von 09:00 bis 12:00 Uhr'],
  },
  { conv: 'bordesholm', q: 'was gibt es in Bordesholm?', kind: 'list', ...only(T.hundertTage, T.vergabe, T.klartext) },
  {
    conv: 'bordesholm',
    q: 'was kostet das vergaberecht seminar?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['kostet 290 €'],
  },
  {
    conv: 'bordesholm',
    q: 'wer leitet das?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['leitet Herr Dr. Ole Brodersen'],
  },
  { conv: 'neuesRathaus', q: 'was ist im Neuen Rathaus?', kind: 'list', ...only(...NEUES_RATHAUS) },
  { conv: 'neuesRathaus', q: 'und welche davon sind abends?', kind: 'list', titles: [T.sitzung] },
  {
    conv: 'neuesRathaus',
    q: 'kann man da auch online mitmachen?',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['findet hybrid statt'],
  },
  {
    conv: 'rathaus',
    q: 'was ist im Rathaus?',
    kind: 'list',
    ...maybeAlso(only(T.datenschutz, T.moin, T.excel), ...NEUES_RATHAUS),
  },
  {
    conv: 'rathaus',
    q: 'wann ist der einführungstag für neue?',
    kind: 'facts',
    titles: [T.moin],
    says: ['am Di., 03.04.2029 von 09:00 bis 15:00 Uhr'],
  },
  { conv: 'rathaus', q: 'wer macht den?', kind: 'facts', titles: [T.moin], says: ['leitet Frau Anke Sievers'] },
  {
    conv: 'ukn',
    q: 'what does the Unfallkasse offer?',
    locale: 'en',
    kind: 'list',
    ...only(T.pause, T.ersteHilfe, T.stimme, T.sibe, T.pedelec, T.gewalt),
  },
  {
    conv: 'ukn',
    q: 'where is the first aid course held?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['Hauptfeuerwache Kiel, Westring 325, 24116 Kiel'],
  },
  {
    conv: 'ukn',
    q: 'who teaches it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['is led by Herr Sönke Hansen (Johanniter-Unfall-Hilfe Kiel)'],
  },
  {
    conv: 'hundert',
    q: 'ich werde ab april sachgebietsleiterin, gibt es ein seminar für neue führungskräfte?',
    kind: 'list',
    titles: [T.hundertTage],
  },
  {
    conv: 'hundert',
    q: 'an welchen tagen ist das?',
    kind: 'facts',
    titles: [T.hundertTage],
    says: ['an 2 Tagen', 'Mi., 21.03.2029 und Mi., 28.03.2029', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    conv: 'hundert',
    q: 'kann ich mich da noch anmelden?',
    kind: 'facts',
    titles: [T.hundertTage],
    says: ['am Fr., 09.03.2029, 23:59 Uhr abgelaufen'],
  },
  {
    conv: 'english',
    q: 'Is there a course held in English?',
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  { conv: 'english', q: 'who teaches it?', locale: 'en', kind: 'facts', titles: [T.english], says: ['Fiona MacLeod'] },
  {
    conv: 'english',
    q: 'and where is it held?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['Neues Rathaus, Andreas-Gayk-Straße 31, 24103 Kiel'],
  },
  {
    conv: 'sibe',
    q: 'Wo findet das Grundseminar für Sicherheitsbeauftragte statt?',
    kind: 'facts',
    titles: [T.sibe],
    says: ['Unfallkasse Nord, Spohrstraße 2, 22083 Hamburg'],
  },
  {
    conv: 'sibe',
    q: 'wie lange geht das',
    kind: 'facts',
    titles: [T.sibe],
    says: ['dauert 2 Tage, jeweils von 08:30 bis 16:00 Uhr'],
  },
  {
    conv: 'sibe',
    q: 'bis wann muss ich mich anmelden?',
    kind: 'facts',
    titles: [T.sibe],
    says: ['bis Fr., 06.04.2029, 23:59 Uhr anmelden'],
  },
  {
    conv: 'gewalt',
    q: 'gibt es eine schulung zum umgang mit bedrohlichen besuchern?',
    kind: 'list',
    titles: [T.gewalt],
  },
  {
    conv: 'gewalt',
    q: 'wer sind die referenten?',
    kind: 'facts',
    titles: [T.gewalt],
    says: ['Frau Dr. Imke Rasmussen und Herr Kai Möller (Polizeidirektion Kiel)'],
  },
  { conv: 'leer', q: 'und wo findet das statt?', kind: 'noContext' },
  // --- facts: trainer, place, date, cost, format, seats -------------------------------------------------------------------
  { q: 'wer leitet den Klartext-Kurs?', kind: 'facts', titles: [T.klartext], says: ['leitet Frau Dr. Maren Jessen'] },
  {
    q: 'Wer hält das Stimmtraining für Erzieherinnen?',
    kind: 'facts',
    titles: [T.stimme],
    says: ['leitet Frau Wiebke Albers (Logopädin)'],
  },
  {
    q: 'wo ist die e-akte schulung',
    kind: 'facts',
    titles: [T.akte],
    says: ['Dataport, Schulungszentrum, Altenholzer Straße 10-14, 24161 Altenholz'],
  },
  { q: 'ist die bewegte pause online?', kind: 'facts', titles: [T.pause], says: ['findet online statt'] },
  {
    q: 'was kostet die schulung zu barrierefreien pdfs',
    kind: 'facts',
    titles: [T.dokumente],
    says: ['ist kostenlos'],
  },
  {
    q: 'Wann ist das Pedelec-Training?',
    kind: 'facts',
    titles: [T.pedelec],
    says: ['am Di., 24.04.2029 von 08:00 bis 13:00 Uhr'],
  },
  {
    q: 'wie viele plätze sind beim excel kurs noch frei',
    kind: 'facts',
    titles: [T.excel],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  {
    q: 'findet die datenschutzschulung im rathaus statt?',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['Rathaus Kiel, Magistratssaal, Fleethörn 9'],
  },
  {
    q: 'who leads the session on two-factor authentication?',
    locale: 'en',
    kind: 'facts',
    titles: [T.passwort],
    says: ['is led by Herr Dr. Jan-Hendrik Claussen'],
  },
  {
    q: 'where is the Outlook training held?',
    locale: 'en',
    kind: 'facts',
    titles: [T.outlook],
    says: ['takes place online'],
  },
  // --- what a trainer gives ------------------------------------------------------------------------------------------------
  { q: 'Kurse von Frau Dr. Jessen', kind: 'list', ...only(T.hundertTage, T.klartext) },
  { q: 'was macht herr reimers', kind: 'list', ...only(T.pause, T.pedelec) },
  { q: 'seminare mit frau rasmussen', kind: 'list', ...only(T.sibe, T.gewalt) },
  { q: 'gibt herr wulf noch kurse?', kind: 'list', titles: [T.akte] },
  { q: 'Welche Seminare hat Herr Dr. Brodersen im Angebot?', kind: 'list', titles: [T.vergabe] },
  { q: 'macht die polizei auch eine schulung?', kind: 'list', titles: [T.gewalt] },
  // --- providers ----------------------------------------------------------------------------------------------------------
  {
    q: 'was bietet Dataport an?',
    kind: 'list',
    ...only(T.outlook, T.passwort, T.kollege, T.dokumente, T.akte, T.excel),
  },
  {
    q: 'Seminare der Unfallkasse',
    kind: 'list',
    ...only(T.pause, T.ersteHilfe, T.stimme, T.sibe, T.pedelec, T.gewalt),
  },
  {
    q: 'angebote der verwaltungsakademie bordesholm',
    kind: 'list',
    ...only(T.hundertTage, T.vergabe, T.klartext, T.auswahl),
  },
  {
    miss: 'the office written with a suspended hyphen ("Personal- und Organisationsamt") is not read as one provider',
    q: 'welche kurse macht das personal- und organisationsamt selbst?',
    kind: 'list',
    ...only(T.datenschutz, T.moin, T.english, T.sitzung),
  },
  // --- places ---------------------------------------------------------------------------------------------------------------
  { q: 'was findet in hamburg statt', kind: 'list', titles: [T.sibe] },
  { q: 'gibt es was in altenholz?', kind: 'list', titles: [T.akte] },
  { q: 'was läuft am seekoppelweg?', kind: 'list', ...only(T.stimme, T.gewalt) },
  { q: 'kurse in der hauptfeuerwache', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'findet etwas in kronshagen statt?', kind: 'none' },
  {
    q: 'welche seminare sind online?',
    kind: 'list',
    ...maybeAlso(only(T.outlook, T.pause, T.passwort, T.dokumente), T.kollege, T.sitzung),
  },
  // --- subjects only summary, description or topics name -----------------------------------------------------------------
  { q: 'bürgernahe sprache in bescheiden', kind: 'list', titles: [T.klartext] },
  { q: 'zwei-faktor-authentifizierung', kind: 'list', titles: [T.passwort] },
  { q: 'KI-Assistenten im Büro', kind: 'list', titles: [T.kollege] },
  { q: 'protokoll im ortsbeirat', kind: 'list', titles: [T.sitzung] },
  { q: 'Sicherheitstraining fürs Dienstfahrrad', kind: 'list', titles: [T.pedelec] },
  { q: 'wie führe ich vorstellungsgespräche', kind: 'list', titles: [T.auswahl] },
  // --- dates --------------------------------------------------------------------------------------------------------------
  { q: 'was ist heute', kind: 'list', titles: [T.outlook] },
  { q: 'was läuft diese woche?', kind: 'list', titles: [T.outlook, T.hundertTage, T.pause, T.ersteHilfe] },
  { q: 'gibt es am 30. märz etwas?', kind: 'none' },
  { q: 'seminare im mai', kind: 'list', titles: [T.auswahl, T.excel] },
  // --- gone, drafts never shown, greetings, own registrations --------------------------------------------------------------
  { q: 'findet das Zeitmanagement-Seminar statt?', kind: 'gone', gone: T.zeit },
  { q: 'xrechnung schulung', kind: 'gone', gone: T.xrechnung },
  { q: 'wann war die winterdienst-schulung', kind: 'gone', gone: T.winterdienst, says: ['Di., 16.01.2029'] },
  { q: 'Jahresabschluss Doppik', kind: 'gone', gone: T.doppik, says: ['Mi., 21.02.2029'] },
  {
    miss: '"Kieler" finds the induction day "Moin Kiel!", though the Kieler Woche course is only a draft',
    q: 'gibt es was zur kieler woche?',
    kind: 'none',
  },
  { q: 'wohngeld seminar', kind: 'none' },
  { q: 'Moin!', kind: 'help' },
  { q: 'Hello, what can you do?', locale: 'en', kind: 'help' },
  { q: 'wo bin ich angemeldet?', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-fifty-third, independent catalogue (Landeshauptstadt Kiel, Verwaltungsakademie Bordesholm, Dataport, Unfallkasse Nord)',
  {
    fixture: 'heldout353-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
