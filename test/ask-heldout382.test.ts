// Over-fitting check, three-hundred-and-eighty-second catalogue: the spring 2030 programme for the Stadt Regensburg
// (Bayern), with the Bayerische Verwaltungsschule (BVS), the city's Personalamt, the AKDB (IT), the Kommunale
// Unfallversicherung Bayern (KUVB) and the Gleichstellungsstelle, imported from a JSON file. Seminars take place in the
// Altes Rathaus (Rathausplatz 1: Reichssaal, Raum 12), the Neues Rathaus (D.-Martin-Luther-Straße 1: EDV-Schulungsraum
// E.07, Großer Sitzungssaal, Besprechungsraum 2.21, Konferenzraum 1.10), the Amt für Stadtentwicklung (Minoritenweg
// 8-10), the BVS-Bildungszentrum Holzhausen (Utting am Ammersee), online or hybrid. One seminar is held in English (the
// citizens' office course). Several titles do not name their subject ("Klick nicht drauf!" is phishing / IT security,
// "Die Stadt fragt nach" citizen participation, "Schluss mit dem Papierstapel" the e-file, "Zwei Welten, ein Alltag"
// caring for relatives next to the job, "Der digitale Kollege" AI / ChatGPT, "Das Jahresgespräch" staff appraisal,
// "Bewegt durch den Arbeitstag" ergonomics / back pain at the desk, "Ruhe bewahren" de-escalation, "Die ersten 100 Tage"
// new managers, "Das OWiG-Verfahren von A bis Z" fines / Bußgeldbescheide, "Alle mitgemeint?" gender-fair language,
// "Was kostet die Stadt?" the budget for council members, "Gut angekommen" the welcome day, "Hinschauen statt wegsehen"
// sexual harassment), so only summary, description or topics reveal it. Many questions tell a story first, name the
// asker's own office or building (which is not a place filter), or combine several filters; about a third are in English.
//
// Calendar around `now` (Wednesday 13 March 2030, 10:00 in Regensburg, winter time; summer time begins Sun 31.03.2030;
// Good Friday 19.04., Easter Monday 22.04., Labour Day Wed 01.05., Ascension Thu 30.05., Whit Monday 10.06. and
// Corpus Christi Thu 20.06.2030 are holidays in Bayern):
//   this week:  Wed 13.03. (today) 14:00–15:30 phishing (online, deadline = start); Thu 14.03. 09:00–16:00 Excel (Neues
//               Rathaus, 95 €); Fri 15.03. 13:00–17:00 citizen participation (Amt für Stadtentwicklung)
//   next week:  Tue 19.03. 09:00–12:00 e-file (online); Thu 21.03. 08:30–16:00 first aid (Altes Rathaus, Raum 12)
//   late March: Tue 26.03. 12:00–13:00 care and job (online); Wed 27.03. 09:00–16:00 procurement (Holzhausen, 280 €,
//               deadline passed Fri 08.03. 23:59); Thu 28.03. the cancelled Outlook course
//   April:      Tue 02.04. 09:00–12:30 AI (hybrid, Neues Rathaus); Thu 04.04. 14:00–16:00 appraisal (Neues Rathaus);
//               Tue 09.04. + Tue 16.04. 09:00–12:00 English (Neues Rathaus, 80 €, deadline Fri 29.03. 12:00); Wed 10.04.
//               09:00–12:00 desk ergonomics (Neues Rathaus); Thu 11.04. 09:00–16:00 de-escalation (Altes Rathaus);
//               Mon 15.04.–Wed 17.04. 09:00–16:30 new managers (Holzhausen, 620 €, deadline Fri 22.03. 23:59);
//               Wed 24.04.–Thu 25.04. 09:00–16:30 OWiG / fines (Holzhausen, 390 €, deadline Fri 05.04. 23:59);
//               Fri 26.04. 09:00–12:00 gender-fair language (Altes Rathaus, Raum 12)
//   May:        Thu 02.05. 09:00–16:00 Bescheidtechnik (online, 210 €); Tue 07.05. 18:00–20:30 budget for council
//               members (Altes Rathaus, Reichssaal); Wed 08.05. 09:00–15:00 welcome day (Reichssaal); the cancelled
//               self-defence course (Mon 13.05.); Tue 14.05. 09:00–12:00 OK.EWO (online, 120 €, 15 seats); Thu 16.05.
//               13:00–16:00 sexual harassment (hybrid, Neues Rathaus); Wed 22.05. 08:30–12:30 fire wardens (Neues Rathaus)
//   June:       Tue 04.06. 09:00–15:30 TVöD (online, 190 €); the drafts parking (Tue 18.06.) and podcast (Wed 26.06.)
//   past:       Tue 29.01.2030 data protection refresher (online), Tue 19.02.2030 property tax (online).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2030-03-13T09:00:00Z'); // Wednesday, 13 March 2030, 10:00 in Regensburg (CET)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Klick nicht drauf!', // Wed 13.03. 14:00–15:30, online, AKDB, Herr Markus Eder, phishing, free
  excel: 'Excel im Amt: Formeln, Filter und Pivot-Tabellen', // Thu 14.03. 09:00–16:00, Neues Rathaus EDV-Schulungsraum E.07, AKDB, Frau Sabine Weinzierl, 95 €
  beteiligung: 'Die Stadt fragt nach', // Fri 15.03. 13:00–17:00, Amt für Stadtentwicklung, Personalamt, Herr Dr. Tobias Reiter, citizen participation, free
  eakte: 'Schluss mit dem Papierstapel', // Tue 19.03. 09:00–12:00, online, AKDB, Herr Markus Eder, e-file, free
  ersteHilfe: 'Erste-Hilfe-Fortbildung für betriebliche Ersthelfer', // Thu 21.03. 08:30–16:00, Altes Rathaus Raum 12, KUVB, Herr Thomas Gruber (BRK), free
  pflege: 'Zwei Welten, ein Alltag', // Tue 26.03. 12:00–13:00, online, Gleichstellungsstelle, Frau Monika Schießl, care and job, free
  vergabe: 'Vergaberecht kompakt: UVgO, VOB/A und Wertgrenzen in Bayern', // Wed 27.03. 09:00–16:00, Holzhausen, BVS, Herr Dr. Klaus Obermeier, 280 €, deadline passed Fri 08.03. 23:59
  ki: 'Der digitale Kollege', // Tue 02.04. 09:00–12:30, hybrid (Neues Rathaus, Großer Sitzungssaal), AKDB, Frau Dr. Lena Hartl, AI, free
  jahresgespraech: 'Das Jahresgespräch', // Thu 04.04. 14:00–16:00, Neues Rathaus 2.21, Personalamt, Frau Claudia Meindl, staff appraisal, free
  english: "English for the Citizens' Office", // Tue 09.04. + Tue 16.04. 09:00–12:00, Neues Rathaus 1.10, Personalamt, Ms Karen O'Neill, 80 €, English, 14 seats, deadline Fri 29.03. 12:00
  ergonomie: 'Bewegt durch den Arbeitstag', // Wed 10.04. 09:00–12:00, Neues Rathaus 2.21, KUVB, Frau Julia Brandl, desk ergonomics, free
  deeskalation: 'Ruhe bewahren', // Thu 11.04. 09:00–16:00, Altes Rathaus Raum 12, KUVB, Herr Stefan Wittmann (Polizei), de-escalation, free
  fuehrung: 'Die ersten 100 Tage', // Mon 15.04.–Wed 17.04. 09:00–16:30, Holzhausen, BVS, Frau Dr. Birgit Seidl, new managers, 620 €, deadline Fri 22.03. 23:59
  owig: 'Das OWiG-Verfahren von A bis Z', // Wed 24.04.–Thu 25.04. 09:00–16:30, Holzhausen, BVS, Herr Florian Hausler, fines, 390 €, deadline Fri 05.04. 23:59
  sprache: 'Alle mitgemeint?', // Fri 26.04. 09:00–12:00, Altes Rathaus Raum 12, Gleichstellungsstelle, Frau Monika Schießl, gender-fair language, free
  bescheid: 'Bescheidtechnik: Verwaltungsakte rechtssicher formulieren', // Thu 02.05. 09:00–16:00, online, BVS, Herr Florian Hausler, 210 €
  haushalt: 'Was kostet die Stadt?', // Tue 07.05. 18:00–20:30, Altes Rathaus Reichssaal, BVS, Herr Dr. Klaus Obermeier, budget for council members, free
  onboarding: 'Gut angekommen', // Wed 08.05. 09:00–15:00, Altes Rathaus Reichssaal, Personalamt, Frau Claudia Meindl, welcome day (new staff and apprentices), free
  okewo: 'OK.EWO aktuell: Neuerungen im Fachverfahren', // Tue 14.05. 09:00–12:00, online, AKDB, Frau Sabine Weinzierl, registration office software, 120 €, 15 seats
  belaestigung: 'Hinschauen statt wegsehen', // Thu 16.05. 13:00–16:00, hybrid (Neues Rathaus, Großer Sitzungssaal), Gleichstellungsstelle, Frau Dr. Eva Kern, sexual harassment, free
  brandschutz: 'Brandschutzhelfer-Ausbildung mit Löschübung', // Wed 22.05. 08:30–12:30, Neues Rathaus Großer Sitzungssaal, KUVB, Herr Andreas Pröls, free
  tvoed: 'TVöD kompakt: Eingruppierung, Stufen und Zulagen', // Tue 04.06. 09:00–15:30, online, BVS, Frau Dr. Birgit Seidl, 190 €
  parken: 'Parkraumbewirtschaftung: Rechtliche Grundlagen und Gebühren', // draft (Tue 18.06.), Hausler, Holzhausen
  podcast: 'Podcast-Werkstatt für die Pressestelle', // draft (Wed 26.06.), Meindl, Neues Rathaus
  outlook: 'Outlook effizient nutzen: E-Mails, Kalender und Aufgaben', // cancelled (Thu 28.03.), Weinzierl, Neues Rathaus
  selbstverteidigung: 'Selbstbehauptung und Selbstverteidigung für Frauen im Außendienst', // cancelled (Mon 13.05.), Altes Rathaus
  grundsteuer: 'Grundsteuer in Bayern: Das Flächenmodell in der Praxis', // past (Tue 19.02.2030), Obermeier, online
  datenschutz: 'Datenschutz-Auffrischung 2030', // past (Tue 29.01.2030), Eder, online
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.parken, T.podcast, T.outlook, T.selbstverteidigung, T.grundsteuer, T.datenschutz];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -------------------------------------------------------------------------------------------
  {
    conv: 'owig',
    q: 'Ich bin seit drei Wochen im Ordnungsamt und muss bald Bußgeldbescheide schreiben, mein Chef meint, ich soll dazu eine Schulung machen. Gibt es da was?',
    kind: 'list',
    first: T.owig,
    ...maybeAlso(only(T.owig), T.bescheid),
  },
  {
    conv: 'owig',
    q: 'Ich arbeite ja hier in Regensburg – muss ich dafür wirklich an den Ammersee fahren oder geht das auch online?',
    kind: 'facts',
    titles: [T.owig],
    says: ['findet in Präsenz statt', 'BVS-Bildungszentrum Holzhausen'],
  },
  { conv: 'owig', q: 'was kostet der lehrgang?', kind: 'facts', titles: [T.owig], says: ['kostet 390 €'] },
  {
    conv: 'owig',
    q: 'und bis wann muss ich mich anmelden?',
    kind: 'facts',
    titles: [T.owig],
    says: ['bis Fr., 05.04.2030, 23:59 Uhr anmelden'],
  },
  {
    conv: 'phishing',
    q: 'My colleague almost clicked a fake invoice link in an email last week. Is there any training on spotting phishing mails?',
    locale: 'en',
    kind: 'list',
    titles: [T.phishing],
  },
  {
    conv: 'phishing',
    q: 'when is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['takes place on Wed, 13 Mar 2030 from 14:00 to 15:30'],
  },
  {
    conv: 'phishing',
    q: 'can I still register for it today?',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['You can register for the seminar', 'until Wed, 13 Mar 2030, 14:00'],
  },
  {
    conv: 'phishing',
    q: "who's giving it?",
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['is led by Herr Markus Eder'],
  },
  { conv: 'english', q: 'Do you have any courses held in English?', locale: 'en', kind: 'list', titles: [T.english] },
  {
    conv: 'english',
    q: 'how many places are left?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['has 14 of 14 seats left'],
  },
  {
    conv: 'english',
    q: 'what are the dates?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['takes place on 2 days', 'Tue, 9 Apr 2030', 'Tue, 16 Apr 2030', 'each from 09:00 to 12:00'],
  },
  {
    conv: 'april-free',
    q: 'Welche kostenlosen Präsenzseminare gibt es im April?',
    kind: 'list',
    ...maybeAlso(only(T.jahresgespraech, T.ergonomie, T.deeskalation, T.sprache), T.ki),
  },
  {
    conv: 'april-free',
    q: 'welche davon sind im alten rathaus?',
    kind: 'list',
    ...only(T.deeskalation, T.sprache),
  },
  { conv: 'april-free', q: 'und welches ist an einem freitag?', kind: 'list', titles: [T.sprache] },
  {
    miss: '"my building" is not read as the Neues Rathaus the asker works in, so nothing is found',
    conv: 'neues-rathaus',
    q: "I work in the Neues Rathaus, so I'd rather not travel. Anything happening in my building in May?",
    locale: 'en',
    kind: 'list',
    ...only(T.belaestigung, T.brandschutz),
  },
  {
    miss: 'follows the missed list before',
    conv: 'neues-rathaus',
    q: 'which of them can I also join online?',
    locale: 'en',
    kind: 'list',
    titles: [T.belaestigung],
  },
  {
    miss: 'follows the missed list before',
    conv: 'neues-rathaus',
    q: 'who leads it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.belaestigung],
    says: ['is led by Frau Dr. Eva Kern'],
  },
  {
    conv: 'fuehrung',
    q: 'Ab Mai übernehme ich die Leitung eines Sachgebiets im Tiefbauamt. Gibt es eine Schulung für neue Führungskräfte?',
    kind: 'list',
    first: T.fuehrung,
    ...maybeAlso(only(T.fuehrung), T.jahresgespraech),
  },
  {
    conv: 'fuehrung',
    q: 'wie lange dauert das?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['dauert 3 Tage, jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    conv: 'fuehrung',
    q: 'kann ich mich da noch anmelden?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['bis Fr., 22.03.2030, 23:59 Uhr anmelden'],
  },
  {
    conv: 'budget',
    q: 'I was just elected to the city council and the budget debates start soon. Is there an introduction to the municipal budget?',
    locale: 'en',
    kind: 'list',
    titles: [T.haushalt],
  },
  {
    conv: 'budget',
    q: 'what time does it start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['starts on Tue, 7 May 2030 at 18:00'],
  },
  { conv: 'holzhausen', q: 'was findet in holzhausen statt?', kind: 'list', ...only(T.vergabe, T.fuehrung, T.owig) },
  { conv: 'holzhausen', q: 'welches davon dauert nur einen tag?', kind: 'list', titles: [T.vergabe] },
  {
    conv: 'holzhausen',
    q: 'wer leitet das?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['leitet Herr Dr. Klaus Obermeier'],
  },
  {
    conv: 'holzhausen',
    q: 'kann ich mich noch anmelden?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['am Fr., 08.03.2030, 23:59 Uhr abgelaufen'],
  },
  // --- follow-ups with nothing talked about ---------------------------------------------------------------------------
  { conv: 'empty-en', q: 'how long does it take?', locale: 'en', kind: 'noContext' },
  { conv: 'empty-de', q: 'wo ist das nochmal?', kind: 'noContext' },
  // --- facts ------------------------------------------------------------------------------------------------------------
  {
    q: 'Wann ist die Erste-Hilfe-Fortbildung?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['am Do., 21.03.2030 von 08:30 bis 16:00 Uhr'],
  },
  {
    q: 'Is the Excel course in the Neues Rathaus or online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['takes place in person', 'D.-Martin-Luther-Straße 1'],
  },
  {
    q: 'Sind beim OK.EWO-Kurs noch Plätze frei?',
    kind: 'facts',
    titles: [T.okewo],
    says: ['noch 15 von 15 Plätzen frei'],
  },
  {
    q: 'How long is the fire warden training?',
    locale: 'en',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['lasts', 'from 08:30 to 12:30'],
  },
  {
    q: 'Ist die Schulung zur geschlechtergerechten Sprache kostenlos?',
    kind: 'facts',
    titles: [T.sprache],
    says: ['ist kostenlos'],
  },
  {
    q: 'Um wie viel Uhr fängt der Vergaberecht-Kurs an?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['beginnt am Mi., 27.03.2030 um 09:00 Uhr'],
  },
  {
    q: 'Is the AI workshop hybrid or do I have to come in?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is hybrid', 'Neues Rathaus, Großer Sitzungssaal'],
  },
  {
    q: 'Wo findet das Deeskalationstraining statt?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['Raum 12, Rathausplatz 1'],
  },
  { q: 'zeig mir mehr zum Excel-Kurs', kind: 'details', titles: [T.excel] },
  // --- subjects only summary, description or topics name -----------------------------------------------------------------
  {
    q: 'Ich pflege seit Kurzem meine Mutter und weiß nicht, wie ich das mit meiner Vollzeitstelle schaffen soll. Gibt es dazu ein Angebot?',
    kind: 'list',
    titles: [T.pflege],
  },
  { q: 'anything on artificial intelligence or ChatGPT?', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    q: 'My back hurts from sitting at the desk all day – is there a course for that?',
    locale: 'en',
    kind: 'list',
    titles: [T.ergonomie],
  },
  { q: 'umgang mit pöbelnden bürgern am schalter', kind: 'list', titles: [T.deeskalation] },
  { q: 'gendern in briefen und formularen', kind: 'list', titles: [T.sprache] },
  { q: 'Schulung Melderegister Software', kind: 'list', titles: [T.okewo] },
  {
    q: 'A colleague told me she is being harassed by someone in our department. Is there training on sexual harassment?',
    locale: 'en',
    kind: 'list',
    titles: [T.belaestigung],
  },
  { q: 'Eingruppierung nach TVöD', kind: 'list', titles: [T.tvoed] },
  // --- the asker's own office is no place filter ---------------------------------------------------------------------
  { q: 'Ich sitze im Amt für Stadtentwicklung. Gibt es im März was zu Excel?', kind: 'list', titles: [T.excel] },
  {
    q: "I'm in the Ordnungsamt at the Neues Rathaus. Is there any first aid training this month?",
    locale: 'en',
    kind: 'list',
    titles: [T.ersteHilfe],
  },
  // --- trainers, providers, places, audiences ------------------------------------------------------------------------
  { q: 'Was bietet die Gleichstellungsstelle an?', kind: 'list', ...only(T.pflege, T.sprache, T.belaestigung) },
  {
    q: 'courses from the accident insurance (KUVB)',
    locale: 'en',
    kind: 'list',
    ...only(T.ersteHilfe, T.ergonomie, T.deeskalation, T.brandschutz),
  },
  { q: 'Kurse der AKDB', kind: 'list', ...only(T.phishing, T.excel, T.eakte, T.ki, T.okewo) },
  { q: 'Courses by Sabine Weinzierl', locale: 'en', kind: 'list', ...only(T.excel, T.okewo) },
  {
    q: 'Was gibt es im Alten Rathaus?',
    kind: 'list',
    ...only(T.ersteHilfe, T.deeskalation, T.sprache, T.haushalt, T.onboarding),
  },
  { q: 'Gibt es etwas für Auszubildende?', kind: 'list', titles: [T.onboarding] },
  {
    miss: 'a place where nothing is held ("bei uns vor Ort" in Burgweinting) gives every seminar instead of none',
    q: 'Ich arbeite in der Außenstelle in Burgweinting – gibt es Seminare bei uns vor Ort?',
    kind: 'none',
  },
  // --- dates, formats, fees, several filters at once ---------------------------------------------------------------------
  { q: 'Was ist diese Woche noch los?', kind: 'list', titles: [T.phishing, T.excel, T.beteiligung] },
  { q: "What's on next week?", locale: 'en', kind: 'list', titles: [T.eakte, T.ersteHilfe] },
  { q: 'free online courses in March', locale: 'en', kind: 'list', ...only(T.phishing, T.eakte, T.pflege) },
  { q: 'kostenlose Onlinekurse der AKDB im März', kind: 'list', ...only(T.phishing, T.eakte) },
  {
    q: 'Präsenzseminare im Neuen Rathaus im April, die nichts kosten',
    kind: 'list',
    ...maybeAlso(only(T.jahresgespraech, T.ergonomie), T.ki),
  },
  { q: 'online courses that cost something', locale: 'en', kind: 'list', ...only(T.bescheid, T.okewo, T.tvoed) },
  { q: 'gibt es am 22. april was?', kind: 'none' },
  { q: 'gibt es abendveranstaltungen?', kind: 'list', titles: [T.haushalt] },
  { q: 'Which courses in April start in the afternoon?', locale: 'en', kind: 'list', titles: [T.jahresgespraech] },
  { q: 'mehrtägige seminare', kind: 'list', ...maybeAlso(only(T.fuehrung, T.owig), T.english) },
  { q: 'Kurse über 200 Euro', kind: 'list', ...only(T.vergabe, T.fuehrung, T.owig, T.bescheid) },
  // --- gone, drafts, no match, greetings, own registrations ------------------------------------------------------------
  { q: 'Findet der Outlook-Kurs noch statt?', kind: 'gone', gone: T.outlook },
  { q: 'Is the self-defence course for women still on?', locale: 'en', kind: 'gone', gone: T.selbstverteidigung },
  { q: 'wann war die grundsteuer schulung', kind: 'gone', gone: T.grundsteuer, says: ['Di., 19.02.2030'] },
  { q: 'datenschutz auffrischung', kind: 'gone', gone: T.datenschutz, says: ['Di., 29.01.2030'] },
  { q: 'Seminar zur Parkraumbewirtschaftung', kind: 'none' },
  { q: 'Do you offer Italian lessons?', locale: 'en', kind: 'none' },
  { q: 'Servus!', kind: 'help' },
  { q: 'Hello, what can you do?', locale: 'en', kind: 'help' },
  { q: 'Danke, das hilft mir sehr!', kind: 'thanks' },
  { q: 'Für welche Kurse bin ich angemeldet?', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-eighty-second, independent catalogue (Stadt Regensburg, BVS, Personalamt, AKDB, KUVB, Gleichstellungsstelle)',
  {
    fixture: 'heldout382-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
