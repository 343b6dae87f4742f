// Over-fitting check, two-hundred-and-forty-seventh catalogue: the 2027/28 programme for the Landkreis Neuwied
// (Rhineland-Palatinate) and its town and Verbandsgemeinden (Neuwied, Linz am Rhein, Dierdorf, Asbach, Puderbach, Bad
// Hönningen), with the Kreisakademie Neuwied, the Kommunaler IT-Service Kreis Neuwied (KIS), the Unfallkasse
// Rheinland-Pfalz, the Kreisvolkshochschule Neuwied (VHS) and the Zentrale Verwaltungsschule Rheinland-Pfalz (ZVS),
// imported from a JSON file. Seminars take place in the Kreishaus Neuwied, the Rathaus Neuwied, the town halls of Linz
// am Rhein, Asbach and Bad Hönningen, the Verbandsgemeindeverwaltungen Dierdorf and Puderbach, online or hybrid. Several
// titles do not name their subject ("Vorsicht, falscher Chef!" is social engineering / CEO fraud, "Zwischen den Zeilen"
// employment references, "Wenn der Akku leer ist" burnout prevention, "Jeder Cent begründet" fee calculation under the
// KAG, "Der rote Faden" council minutes, "Land unter" flood and heavy-rain crisis staff work, "Der erste Eindruck zählt"
// telephone and reception, "Auf Augenhöhe" staff appraisal talks), so only summary, description or topics reveal it;
// one seminar is held in English; the trainer-aptitude course (AEVO) runs on three days across the start of summer time
// (Sun 26.03.2028); the finance-software course is open only to the Verbandsgemeinden Asbach, Dierdorf and Puderbach;
// the first-aid refresher is free, paid by the Unfallkasse; every hybrid seminar costs a fee. The questions are long
// follow-up conversations and some standalone ones, about a quarter in English, written the way an acceptance tester
// would try the bot, without looking at the parser or the answers.
//
// Calendar around `now` (Tuesday 7 December 2027, 15:00 in Neuwied, winter time; summer time begins Sun 26.03.2028):
//   this week:  nothing more (Tue 07.12.–Sun 12.12.)
//   next week:  Thu 16.12. 09:00–11:00 CEO fraud (online, free; registration closed Fri 03.12.2027 12:00); nothing
//               else until the new year
//   January:    Tue 11. Outlook (online, 65 €), Wed 19. Doppik (Kreishaus, 230 €; deadline Fri 07.01. 12:00), Tue 25.
//               TVöD (Rathaus Neuwied, 245 €), Thu 27. employment references (hybrid, Kreishaus, 13:00–16:30, 85 €);
//               the cancelled social-media course on Thu 20.01.
//   February:   Wed 02. English (Kreishaus, 95 €; deadline Fri 21.01. 23:59), Tue 08. burnout (online, free,
//               09:00–12:00), Thu 10. fee calculation (VG Dierdorf, 210 €), Wed 16. council minutes (Rathaus Linz,
//               150 €; deadline Mon 31.01. 23:59)
//   March:      Wed 01. flood crisis staff (hybrid, Kreishaus, 95 €, 40 seats), Tue 07. first aid (Rathaus Bad
//               Hönningen, 08:30–16:00, free), Tue 14. telephone (Rathaus Asbach, 70 €), Thu 23./Fri 24./Mon 27.
//               AEVO (Kreishaus, 520 €, 14 seats; deadline Fri 03.03. 23:59); the draft poll-workers course on Wed
//               08.03., the cancelled cemetery course on Thu 09.03.
//   April:      Wed 05. AI (online, free, 13:30–16:00), Tue 11. finance software (VG Puderbach, members only), Tue 18.
//               building law (Rathaus Linz, 225 €), Thu 27. data protection (hybrid, Rathaus Neuwied, 75 €); the draft
//               photovoltaics course on Thu 20.04.
//   May:        Wed 03. Teams (online, free, 10:00–11:30), Wed 10. back health (VG Puderbach, free), Tue 16. appraisal
//               talks (Kreishaus, free, for managers), Thu 18. accessible PDFs (online, 60 €)
//   June:       Tue 13. fines under the OWiG (Rathaus Bad Hönningen, 210 €)
//   past:       Thu 14.10.2027 chainsaw safety (VG Puderbach), Tue 23.11.2027 job interviews (Kreishaus).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-12-07T14:00:00Z'); // Tuesday, 7 December 2027, 15:00 in Neuwied (CET)
const TZ = 'Europe/Berlin';

const T = {
  ceo: 'Vorsicht, falscher Chef!', // Thu 16.12.2027 09:00–11:00, online, KIS, Schneider, social engineering, free, deadline passed Fri 03.12. 12:00
  outlook: 'Posteingang im Griff: Outlook für den Büroalltag', // Tue 11.01. 09:00–12:00, online, VHS, Ludwig, 65 € (Dienststelle pays)
  doppik: 'Jahresabschluss in der kommunalen Doppik', // Wed 19.01. 09:00–16:00, Kreishaus, ZVS, Dr. Albers, 230 €, deadline Fri 07.01. 12:00
  tvoed: 'Eingruppierung im TVöD: Stellenbewertung in der Praxis', // Tue 25.01. 09:00–16:00, Rathaus Neuwied, ZVS, Weiß, 245 €
  zeugnis: 'Zwischen den Zeilen', // Thu 27.01. 13:00–16:30, hybrid (Kreishaus), KA, Stein, 85 €, employment references, for managers
  english: 'Speaking with Confidence at the Front Desk', // Wed 02.02. 09:00–12:30, Kreishaus, VHS, McCarthy, 95 €, English, deadline Fri 21.01. 23:59
  akku: 'Wenn der Akku leer ist', // Tue 08.02. 09:00–12:00, online, Unfallkasse, Rausch, burnout prevention, free
  kag: 'Jeder Cent begründet', // Thu 10.02. 09:00–16:00, VG Dierdorf, ZVS, Dr. Albers, 210 €, fee calculation (KAG)
  protokoll: 'Der rote Faden', // Wed 16.02. 09:00–15:30, Rathaus Linz, KA, Fassbender, 150 €, council minutes, deadline Mon 31.01. 23:59
  hochwasser: 'Land unter', // Wed 01.03. 09:00–16:00, hybrid (Kreishaus), KA, Dr. Vogt, 95 €, 40 seats, flood / crisis staff
  ersteHilfe: 'Erste Hilfe: Fortbildung für betriebliche Ersthelfende', // Tue 07.03. 08:30–16:00, Rathaus Bad Hönningen, Unfallkasse, Born, free (Unfallkasse pays)
  telefon: 'Der erste Eindruck zählt', // Tue 14.03. 09:00–12:30, Rathaus Asbach, VHS, Ludwig, 70 €, telephone / reception
  ada: 'Ausbilden mit Plan: Vorbereitung auf die Ausbildereignungsprüfung', // Thu 23.03., Fri 24.03. (CET), Mon 27.03. (CEST) 09:00–16:00, Kreishaus, ZVS, Dr. Marx, 520 €, 14 seats, deadline Fri 03.03. 23:59
  ki: 'Künstliche Intelligenz im Büroalltag: Chancen und Grenzen', // Wed 05.04. 13:30–16:00, online, KIS, Schneider, free
  finanz: 'Umstieg auf das neue Finanzverfahren', // Tue 11.04. 09:00–15:00, VG Puderbach, KIS, Krämer, free, only Asbach/Dierdorf/Puderbach
  baurecht: 'Baurecht kompakt: Bauanträge prüfen nach der Landesbauordnung', // Tue 18.04. 09:00–16:00, Rathaus Linz, ZVS, Jung, 225 €
  datenschutz: 'Datenschutz in der Personalverwaltung', // Thu 27.04. 09:00–12:00, hybrid (Rathaus Neuwied), KA, Fassbender, 75 €
  teams: 'Zusammenarbeiten mit Microsoft Teams', // Wed 03.05. 10:00–11:30, online, KIS, Krämer, free
  ruecken: 'Heben, Tragen, Bewegen: Rückengesundheit für Bauhof und Hausmeisterdienste', // Wed 10.05. 08:00–12:00, VG Puderbach, Unfallkasse, Born, free
  augenhoehe: 'Auf Augenhöhe', // Tue 16.05. 09:00–16:00, Kreishaus, KA, Stein, free, appraisal talks, for managers
  pdf: 'Barrierefreie PDF-Dokumente erstellen', // Thu 18.05. 09:00–12:00, online, VHS, Kurz, 60 €
  owi: 'Bußgeldverfahren nach dem OWiG', // Tue 13.06. 09:00–16:00, Rathaus Bad Hönningen, ZVS, Jung, 210 €
  wahl: 'Wahlvorstände schulen: Kommunalwahl 2029', // draft (Wed 08.03.2028)
  photovoltaik: 'Photovoltaik auf kommunalen Dächern', // draft (Thu 20.04.2028)
  socialMedia: 'Social Media für Gemeinden: Instagram und Facebook im Rathaus', // cancelled (Thu 20.01.2028)
  friedhof: 'Friedhofsverwaltung kompakt', // cancelled (Thu 09.03.2028)
  motorsaege: 'Sicher mit der Motorsäge: Unterweisung für Bauhöfe', // past (Thu 14 October 2027)
  bewerbung: 'Bewerbungsgespräche strukturiert führen', // past (Tue 23 November 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.wahl, T.photovoltaik, T.socialMedia, T.friedhof, T.motorsaege, T.bewerbung];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  // employment references, then a past seminar, then appraisal talks
  {
    conv: 'zeugnis',
    q: 'ich muss bald ein arbeitszeugnis schreiben – gibt es dazu ein seminar?',
    kind: 'list',
    titles: [T.zeugnis],
  },
  {
    conv: 'zeugnis',
    q: 'und wann?',
    kind: 'facts',
    titles: [T.zeugnis],
    says: ['am Do., 27.01.2028 von 13:00 bis 16:30 Uhr'],
  },
  { conv: 'zeugnis', q: 'wo?', kind: 'facts', titles: [T.zeugnis], says: [/im Kreishaus Neuwied.* oder online/] },
  { conv: 'zeugnis', q: 'wer macht das?', kind: 'facts', titles: [T.zeugnis], says: ['leitet Frau Nicole Stein'] },
  {
    conv: 'zeugnis',
    q: 'und was ist mit bewerbungsgesprächen?',
    kind: 'gone',
    gone: T.bewerbung,
    says: ['Di., 23.11.2027'],
  },
  { conv: 'zeugnis', q: 'gibt es was zu mitarbeitergesprächen?', kind: 'list', titles: [T.augenhoehe] },
  {
    conv: 'zeugnis',
    q: 'wann ist das?',
    kind: 'facts',
    titles: [T.augenhoehe],
    says: ['am Di., 16.05.2028 von 09:00 bis 16:00 Uhr'],
  },
  // a month, the second and its deadline, then February and its online part
  { conv: 'monate', q: 'was gibt es im januar?', kind: 'list', titles: [T.outlook, T.doppik, T.tvoed, T.zeugnis] },
  { conv: 'monate', q: 'was kostet der zweite?', kind: 'facts', titles: [T.doppik], says: ['kostet 230 €'] },
  {
    conv: 'monate',
    q: 'bis wann muss ich mich dafür anmelden?',
    kind: 'facts',
    titles: [T.doppik],
    says: ['bis Fr., 07.01.2028, 12:00 Uhr anmelden'],
  },
  { conv: 'monate', q: 'wer leitet den?', kind: 'facts', titles: [T.doppik], says: ['leitet Herr Dr. Henrik Albers'] },
  { conv: 'monate', q: 'und im Februar?', kind: 'list', titles: [T.english, T.akku, T.kag, T.protokoll] },
  { conv: 'monate', q: 'gibt es auch was online?', kind: 'list', titles: [T.akku] },
  {
    conv: 'monate',
    q: 'wie lange dauert das?',
    kind: 'facts',
    titles: [T.akku],
    says: ['dauert 3 Stunden, von 09:00 bis 12:00 Uhr'],
  },
  // the English course, then a change of subject
  { conv: 'english', q: 'do you have anything in English?', locale: 'en', kind: 'list', titles: [T.english] },
  {
    conv: 'english',
    q: 'when is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['takes place on Wed, 2 Feb 2028 from 09:00 to 12:30'],
  },
  {
    conv: 'english',
    q: 'where?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['takes place at Kreishaus Neuwied'],
  },
  {
    conv: 'english',
    q: 'how much does it cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['costs €95'],
  },
  {
    conv: 'english',
    q: "what's the registration deadline?",
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['until Fri, 21 Jan 2028, 23:59'],
  },
  {
    conv: 'english',
    q: 'who runs it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['is led by Frau Fiona McCarthy'],
  },
  {
    conv: 'english',
    q: 'and is there anything on artificial intelligence?',
    locale: 'en',
    kind: 'list',
    titles: [T.ki],
  },
  // floods, then a draft and a cancelled seminar
  { conv: 'hochwasser', q: 'wir suchen eine schulung zum thema hochwasser', kind: 'list', titles: [T.hochwasser] },
  {
    conv: 'hochwasser',
    q: 'kann man da auch online teilnehmen?',
    kind: 'facts',
    titles: [T.hochwasser],
    says: [/im Kreishaus Neuwied.* oder online/],
  },
  {
    conv: 'hochwasser',
    q: 'wer ist der referent?',
    kind: 'facts',
    titles: [T.hochwasser],
    says: ['leitet Herr Dr. Peter Vogt'],
  },
  {
    conv: 'hochwasser',
    q: 'sind noch plätze frei?',
    kind: 'facts',
    titles: [T.hochwasser],
    says: ['noch 40 von 40 Plätzen frei'],
  },
  { conv: 'hochwasser', q: 'gibt es auch was zu photovoltaik?', kind: 'none' },
  { conv: 'hochwasser', q: 'und die friedhofsverwaltung, wann ist die?', kind: 'gone', gone: T.friedhof },
  // one provider, narrowed down, then facts of one and of another
  { conv: 'unfallkasse', q: 'was bietet die unfallkasse an?', kind: 'list', ...only(T.akku, T.ersteHilfe, T.ruecken) },
  { conv: 'unfallkasse', q: 'welche davon sind in präsenz?', kind: 'list', ...only(T.ersteHilfe, T.ruecken) },
  {
    conv: 'unfallkasse',
    q: 'wo findet der erste-hilfe-kurs statt?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['im Rathaus Bad Hönningen'],
  },
  {
    conv: 'unfallkasse',
    q: 'um wie viel uhr geht es los?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['beginnt am Di., 07.03.2028 um 08:30 Uhr'],
  },
  {
    conv: 'unfallkasse',
    q: 'muss ich dafür was bezahlen?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangskosten übernimmt die Unfallkasse Rheinland-Pfalz.'],
  },
  { conv: 'unfallkasse', q: 'und der rückenkurs?', kind: 'facts', titles: [T.ruecken], says: ['ist kostenlos'] },
  // the three-day course across the start of summer time
  {
    conv: 'ausbilder',
    q: 'ich soll künftig azubis betreuen, gibt es dafür einen kurs?',
    kind: 'list',
    titles: [T.ada],
  },
  {
    conv: 'ausbilder',
    q: 'an welchen tagen?',
    kind: 'facts',
    titles: [T.ada],
    says: ['an 3 Tagen', 'Do., 23.03.2028, Fr., 24.03.2028 und Mo., 27.03.2028', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  { conv: 'ausbilder', q: 'was kostet das?', kind: 'facts', titles: [T.ada], says: ['kostet 520 €'] },
  {
    conv: 'ausbilder',
    q: 'bis wann kann ich mich anmelden?',
    kind: 'facts',
    titles: [T.ada],
    says: ['bis Fr., 03.03.2028, 23:59 Uhr anmelden'],
  },
  {
    conv: 'ausbilder',
    q: 'wie lange dauert der lehrgang?',
    kind: 'facts',
    titles: [T.ada],
    says: ['dauert 3 Tage, jeweils von 09:00 bis 16:00 Uhr'],
  },
  // IT security, then a month and positions in its list
  { conv: 'security', q: 'any IT security training?', locale: 'en', kind: 'list', titles: [T.ceo] },
  {
    conv: 'security',
    q: 'when?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ceo],
    says: ['takes place on Thu, 16 Dec 2027 from 09:00 to 11:00'],
  },
  { conv: 'security', q: 'is it free?', locale: 'en', kind: 'facts', titles: [T.ceo], says: ['is free of charge'] },
  {
    conv: 'security',
    q: "and what's on in May?",
    locale: 'en',
    kind: 'list',
    titles: [T.teams, T.ruecken, T.augenhoehe, T.pdf],
  },
  {
    conv: 'security',
    q: 'how much is the last one?',
    locale: 'en',
    kind: 'facts',
    titles: [T.pdf],
    says: ['costs €60'],
  },
  {
    conv: 'security',
    q: 'who runs the third one?',
    locale: 'en',
    kind: 'facts',
    titles: [T.augenhoehe],
    says: ['is led by Frau Nicole Stein'],
  },
  // --- dates ------------------------------------------------------------------------------------------------------------
  { q: 'was steht in den nächsten zwei wochen an?', kind: 'list', titles: [T.ceo] },
  { q: 'gibt es diese woche noch was?', kind: 'none' },
  {
    q: "what's on next month?",
    locale: 'en',
    kind: 'list',
    titles: [T.outlook, T.doppik, T.tvoed, T.zeugnis],
  },
  // --- filters: place, provider, trainer, free + online, multi-day, audience --------------------------------------------
  { q: 'kurse in linz am rhein', kind: 'list', ...only(T.protokoll, T.baurecht) },
  {
    q: 'was bietet die kreisvolkshochschule an?',
    kind: 'list',
    ...only(T.outlook, T.english, T.telefon, T.pdf),
  },
  { q: 'seminare bei dr. albers', kind: 'list', ...only(T.doppik, T.kag) },
  { q: 'kostenlose online-kurse', kind: 'list', ...only(T.ceo, T.akku, T.ki, T.teams) },
  { q: 'are there any multi-day courses?', locale: 'en', kind: 'list', titles: [T.ada] },
  { q: 'ich bin führungskraft – was gibt es für mich?', kind: 'list', ...only(T.zeugnis, T.augenhoehe) },
  // --- topic searches: typos, words only in summary or description ------------------------------------------------------
  { q: 'outlok schulung', kind: 'list', titles: [T.outlook] },
  { q: 'niederschrift für den gemeinderat', kind: 'list', titles: [T.protokoll] },
  // --- facts ------------------------------------------------------------------------------------------------------------
  {
    q: 'anmeldeschluss für vorsicht falscher chef',
    kind: 'facts',
    titles: [T.ceo],
    says: ['ist am Fr., 03.12.2027, 12:00 Uhr abgelaufen'],
  },
  {
    q: 'when does the building law course start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.baurecht],
    says: ['starts on Tue, 18 Apr 2028 at 09:00'],
  },
  {
    q: 'where is the training on the new finance software?',
    locale: 'en',
    kind: 'facts',
    titles: [T.finanz],
    says: ['takes place at Verbandsgemeindeverwaltung Puderbach'],
  },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'is the social media course still on?', locale: 'en', kind: 'gone', gone: T.socialMedia },
  { q: 'motorsägen lehrgang', kind: 'gone', gone: T.motorsaege, says: ['Do., 14.10.2027'] },
  { q: 'schulung für wahlvorstände', kind: 'none' },
  { q: 'gabelstapler schein', kind: 'none' },
  { q: 'hallo', kind: 'help' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-forty-seventh, independent catalogue (Landkreis Neuwied, ZVS RLP, Unfallkasse RLP)',
  {
    fixture: 'heldout247-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
