// Over-fitting check, two-hundred-and-seventy-fifth catalogue: the 2027 programme for the Landkreis Garmisch-
// Partenkirchen (Bavaria) and its Märkte and Gemeinden (Garmisch-Partenkirchen, Murnau, Mittenwald, Oberammergau,
// Grainau, Farchant, Uffing, Wallgau, Krün), with the Bayerische Verwaltungsschule (BVS), the Kommunale
// Unfallversicherung Bayern (KUVB), the AKDB, the Landratsamt's Personalentwicklung and the Volkshochschule
// Garmisch-Partenkirchen (VHS), imported from a JSON file. Seminars take place in the Landratsamt, the Kongresshaus
// and the VHS in Garmisch-Partenkirchen, the town halls of Garmisch-Partenkirchen, Murnau, Mittenwald, Oberammergau,
// Grainau and Wallgau, the Feuerwehrhaus and the Bauhof in Farchant, the BVS-Bildungszentrum Holzhausen, online or
// hybrid. Several titles do not name their subject ("Nicht jeder Anhang ist ein Geschenk" is phishing, "Kraft tanken
// im Büroalltag" stress, "Ruhig bleiben, wenn’s brodelt" de-escalation, "Freundlich, klar, auf den Punkt" friendly
// e-mails and letters, "Wer zahlt für den Gast?" the Kurbeitrag (Kurtaxe), "Genehmigt, freigestellt oder
// verfahrensfrei?" the new Bavarian building code, "Papierlos glücklich?" the e-file, "Drei Angebote sind nicht genug"
// procurement, "Weniger Zettel, mehr Überblick" time management, "Die ersten hundert Tage" new managers), so only
// summary, description or topics reveal it; the front-desk course is held in English; the chainsaw course runs on two
// days; the e-file course is open only to Murnau, Oberammergau and Uffing; the e-mail course is an evening course.
// Questions are asked in everyday words, the way colleagues who do not know the official names would ask, in German
// and English, without looking at the parser or the answers.
//
// Calendar around `now` (Monday 22 March 2027, 08:00 in Garmisch-Partenkirchen, winter time; summer time begins Sun
// 28.03.2027 = Easter Sunday, Good Friday 26.03. and Easter Monday 29.03. are holidays; winter time again from Sun
// 31.10.2027):
//   this week:  today Mon 22.03. 13:30–15:00 Teams meetings (online); Tue 23.03. 09:00–12:00 phishing (online);
//               Wed 24.03. 08:30–16:30 first aid (Feuerwehrhaus Farchant, free); Thu 25.03. 13:00–15:30 data
//               protection (hybrid, Landratsamt); nothing on Good Friday.
//   next week:  Tue 30.03. 09:00–12:00 Excel (online, 89 €), Wed 31.03. 14:00–16:00 stress (online, free), Thu 01.04.
//               09:00–12:30 English at the front desk (VHS; deadline passed Fri 19.03. 23:59).
//   April:      Tue 13. Kurbeitrag (Kongresshaus, 190 €), Wed 21. de-escalation (Rathaus Mittenwald, free), Thu 29.
//               17:30–20:00 friendly e-mails (VHS, 65 €); the cancelled Italian course on Tue 20.04.
//   May:        Tue 04. 13:00–16:00 AI (hybrid, Landratsamt, free), Tue 11./Wed 12. 07:30–16:00 chainsaw (Bauhof
//               Farchant, free), Wed 19. building code (Rathaus Murnau, 210 €, deadline Fri 30.04. 12:00), Wed 26.
//               e-file (Rathaus Oberammergau, free, members only); the cancelled mail-merge course on Wed 05.05.
//   June:       Tue 08. procurement (Landratsamt, 240 €), Wed 16. 10:00–11:30 time management (online, free), Tue 22.
//               08:00–12:00 playground inspection (Rathaus Grainau, 160 €).
//   July:       Thu 08. new managers (BVS-Bildungszentrum Holzhausen, 320 €), Wed 14. budget law (Rathaus Mittenwald).
//   autumn:     Thu 23.09. council meetings (Rathaus Garmisch-Partenkirchen; deadline Fri 10.09. 23:59), Wed 13.10.
//               07:00–12:00 winter road service (Rathaus Wallgau, free), Tue 16.11. (CET) TVöD grading (Landratsamt,
//               230 €); the drafts: social media on Wed 15.09., flood protection on Tue 19.10.
//   past:       Thu 18.02.2027 property tax (online), Wed 10.03.2027 references (Landratsamt).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-03-22T07:00:00Z'); // Monday, 22 March 2027, 08:00 in Garmisch-Partenkirchen (CET)
const TZ = 'Europe/Berlin';

const T = {
  teams: 'Besprechungen in Microsoft Teams leiten', // Mon 22.03. 13:30–15:00 (today), online, AKDB, Rieger, free
  phishing: 'Nicht jeder Anhang ist ein Geschenk', // Tue 23.03. 09:00–12:00, online, AKDB, Rieger, phishing, free
  ersteHilfe: 'Erste Hilfe im Betrieb: Ausbildung für Ersthelferinnen und Ersthelfer', // Wed 24.03. 08:30–16:30, Feuerwehrhaus Farchant, KUVB, Ostler, free (KUVB pays), 16 seats
  datenschutz: 'Datenschutz im Publikumsverkehr', // Thu 25.03. 13:00–15:30, hybrid (Landratsamt), PE, Loibl, free
  excel: 'Tabellen, die mitrechnen: Excel-Grundlagen', // Tue 30.03. 09:00–12:00, online, VHS, Zach, 89 € (note)
  stress: 'Kraft tanken im Büroalltag', // Wed 31.03. 14:00–16:00, online, KUVB, Bader, stress / resilience, free
  english: 'English at the Front Desk: Helping Guests and Visitors', // Thu 01.04. 09:00–12:30, VHS GaPa, Whitfield, 95 €, in English, deadline passed Fri 19.03. 23:59
  kurbeitrag: 'Wer zahlt für den Gast?', // Tue 13.04. 09:00–16:00, Kongresshaus GaPa, BVS, Dr. Gschwendtner, 190 €, Kurbeitrag (Kurtaxe)
  deeskalation: 'Ruhig bleiben, wenn’s brodelt', // Wed 21.04. 09:00–15:00, Rathaus Mittenwald, KUVB, Bader, de-escalation, free
  mails: 'Freundlich, klar, auf den Punkt', // Thu 29.04. 17:30–20:00 (evening), VHS GaPa, Zach, 65 €, friendly e-mails and letters
  ki: 'Texte mit KI: Chancen und Grenzen', // Tue 04.05. 13:00–16:00, hybrid (Landratsamt), AKDB, Rieger, AI / ChatGPT, free
  motorsaege: 'Motorsägenführerschein Modul A: Sicheres Arbeiten mit der Motorsäge', // Tue 11.05. and Wed 12.05. 07:30–16:00, Bauhof Farchant, KUVB, Strobl, free, deadline Fri 23.04. 12:00
  baurecht: 'Genehmigt, freigestellt oder verfahrensfrei?', // Wed 19.05. 09:00–16:00, Rathaus Murnau, BVS, Dr. Pöttinger, 210 €, BayBO amendment, deadline Fri 30.04. 12:00
  eakte: 'Papierlos glücklich?', // Wed 26.05. 09:00–12:00, Rathaus Oberammergau, AKDB, Kögel, e-file, only Murnau/Oberammergau/Uffing, free
  vergabe: 'Drei Angebote sind nicht genug', // Tue 08.06. 09:00–16:00, Landratsamt, BVS, Dr. Pöttinger, 240 €, procurement, 20 seats
  zeit: 'Weniger Zettel, mehr Überblick', // Wed 16.06. 10:00–11:30, online, PE, Reindl, time management, free
  spielplatz: 'Spielplätze sicher kontrollieren nach DIN EN 1176', // Tue 22.06. 08:00–12:00, Rathaus Grainau, BVS, Neuner, 160 €
  fuehrung: 'Die ersten hundert Tage', // Thu 08.07. 09:00–16:30, BVS-Bildungszentrum Holzhausen, BVS, Dr. Leitner, 320 €, new managers
  haushalt: 'Haushaltsrecht für bayerische Gemeinden', // Wed 14.07. 09:00–16:00, Rathaus Mittenwald, BVS, Dr. Gschwendtner, 195 €
  sitzung: 'Sitzungsdienst kompakt: Ladung, Niederschrift, Beschlussvollzug', // Thu 23.09. 09:00–16:00, Rathaus GaPa, BVS, Schretter, 180 €, deadline Fri 10.09. 23:59
  winterdienst: 'Räum- und Streupflicht: Winterdienst sicher organisieren', // Wed 13.10. 07:00–12:00, Rathaus Wallgau, KUVB, Strobl, free
  tvoed: 'Eingruppierung nach TVöD: Stellen richtig bewerten', // Tue 16.11. (CET) 09:00–16:00, Landratsamt, BVS, Hornsteiner, 230 €
  socialMedia: 'Social Media für Gemeinden: Instagram und Facebook', // draft (Wed 15.09.)
  hochwasser: 'Wildbäche und Hochwasserschutz: Gewässerunterhaltung in Gemeinden', // draft (Tue 19.10.)
  italienisch: 'Buongiorno! Italienisch für den Gästeservice', // cancelled (Tue 20.04.2027)
  serienbriefe: 'Serienbriefe mit Word', // cancelled (Wed 05.05.2027)
  grundsteuer: 'Die neue Grundsteuer in Bayern', // past (Thu 18 February 2027)
  zeugnisse: 'Arbeitszeugnisse richtig formulieren', // past (Wed 10 March 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.socialMedia, T.hochwasser, T.italienisch, T.serienbriefe, T.grundsteuer, T.zeugnisse];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  {
    conv: 'akten',
    q: 'wie ich mit dem neuen programm für die akten klarkomme',
    kind: 'list',
    titles: [T.eakte],
  },
  {
    conv: 'akten',
    q: 'wo ist das?',
    kind: 'facts',
    titles: [T.eakte],
    says: ['im Rathaus Oberammergau'],
  },
  {
    conv: 'akten',
    q: 'kostet das was',
    kind: 'facts',
    titles: [T.eakte],
    says: ['ist kostenlos'],
  },
  {
    conv: 'unfall',
    q: 'Kurs, damit ich weiß was ich bei Unfällen tun muss',
    kind: 'list',
    titles: [T.ersteHilfe],
  },
  {
    conv: 'unfall',
    q: 'wann genau?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['am Mi., 24.03.2027 von 08:30 bis 16:30 Uhr'],
  },
  {
    conv: 'unfall',
    q: 'gibts da noch plätze',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['noch 16 von 16 Plätzen frei'],
  },
  {
    miss: '"emails" also finds the phishing course beside the one on writing friendly e-mails',
    conv: 'mails',
    q: 'how to write emails that sound friendly',
    locale: 'en',
    kind: 'list',
    titles: [T.mails],
  },
  { conv: 'mails', q: 'how much is it', locale: 'en', kind: 'facts', titles: [T.mails], says: ['costs €65'] },
  {
    conv: 'mails',
    q: 'what time does it start',
    locale: 'en',
    kind: 'facts',
    titles: [T.mails],
    says: ['starts on Thu, 29 Apr 2027 at 17:30'],
  },
  {
    conv: 'bau',
    q: 'stuff about the new rules for building permits',
    locale: 'en',
    kind: 'list',
    titles: [T.baurecht],
  },
  {
    conv: 'bau',
    q: "when's the deadline to sign up",
    locale: 'en',
    kind: 'facts',
    titles: [T.baurecht],
    says: ['until Fri, 30 Apr 2027, 12:00'],
  },
  {
    conv: 'bau',
    q: "who's teaching it?",
    locale: 'en',
    kind: 'facts',
    titles: [T.baurecht],
    says: ['is led by Herr Dr. Johannes Pöttinger'],
  },
  { conv: 'saege', q: 'kettensäge kurs', kind: 'list', titles: [T.motorsaege] },
  {
    conv: 'saege',
    q: 'wann ist der',
    kind: 'facts',
    titles: [T.motorsaege],
    says: ['an 2 Tagen', 'Di., 11.05.2027 und Mi., 12.05.2027', 'jeweils von 07:30 bis 16:00 Uhr'],
  },
  {
    conv: 'saege',
    q: 'und wo?',
    kind: 'facts',
    titles: [T.motorsaege],
    says: ['am Veranstaltungsort Bauhof Farchant'],
  },
  {
    conv: 'chef',
    q: 'ich leite seit kurzem ein team, gibts da was für mich',
    kind: 'list',
    titles: [T.fuehrung],
  },
  { conv: 'chef', q: 'was kostet das', kind: 'facts', titles: [T.fuehrung], says: ['kostet 320 €'] },
  {
    conv: 'chef',
    q: 'wo findet das statt',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['im BVS-Bildungszentrum Holzhausen'],
  },
  { conv: 'kurtaxe', q: 'gibts was zur kurtaxe', kind: 'list', titles: [T.kurbeitrag] },
  {
    conv: 'kurtaxe',
    q: 'wie lang geht das',
    kind: 'facts',
    titles: [T.kurbeitrag],
    says: ['dauert 7 Stunden, von 09:00 bis 16:00 Uhr'],
  },
  { conv: 'ki', q: 'can I learn to use chatgpt for work', locale: 'en', kind: 'list', titles: [T.ki] },
  { conv: 'ki', q: 'is it online?', locale: 'en', kind: 'facts', titles: [T.ki], says: ['is hybrid'] },
  // --- topic searches in everyday words: synonyms, typos, words only in summary or description -------------------------
  { q: 'was mache ich wenn jemand am schalter rumbrüllt', kind: 'list', titles: [T.deeskalation] },
  { q: 'nicht auf betrüger-mails reinfallen', kind: 'list', titles: [T.phishing] },
  { q: 'was darf ich am telefon über einen bürger sagen', kind: 'list', titles: [T.datenschutz] },
  { q: 'exel für anfänger', kind: 'list', titles: [T.excel] },
  { q: 'schnee räumen und streuen', kind: 'list', titles: [T.winterdienst] },
  { q: 'was muss ich beachten wenn wir was für die gemeinde einkaufen', kind: 'list', titles: [T.vergabe] },
  { q: 'english for talking to tourists', locale: 'en', kind: 'list', titles: [T.english] },
  { q: 'mir wächst alles über den kopf', kind: 'list', ...only(T.stress, T.zeit) },
  { q: 'how do I keep track of my to-dos', locale: 'en', kind: 'list', titles: [T.zeit] },
  // --- facts -----------------------------------------------------------------------------------------------------------
  {
    q: 'was kostet der excel kurs',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 89 €'],
    mentions: ['Die Kursgebühr wird über die Dienststelle abgerechnet.'],
  },
  {
    q: 'muss ich für den erste hilfe kurs was zahlen',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die KUVB für ihre Mitgliedskommunen.'],
  },
  {
    q: 'how long is the time management thing',
    locale: 'en',
    kind: 'facts',
    titles: [T.zeit],
    says: ['lasts 1.5 hours, from 10:00 to 11:30'],
  },
  {
    q: 'wo ist der kurs für wenn leute am schalter laut werden',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['im Rathaus Mittenwald'],
  },
  {
    q: 'registration deadline for the english course',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 19 Mar 2027, 23:59'],
  },
  {
    q: 'bis wann kann ich mich für den kurs zum sitzungsprotokoll anmelden',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['bis Fr., 10.09.2027, 23:59 Uhr'],
  },
  {
    q: 'wann ist der kurs über eingruppierung',
    kind: 'facts',
    titles: [T.tvoed],
    says: ['am Di., 16.11.2027 von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'is the training about scam emails online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['takes place online'],
  },
  {
    q: 'um wie viel uhr fängt die spielplatzkontrolle an',
    kind: 'facts',
    titles: [T.spielplatz],
    says: ['beginnt am Di., 22.06.2027 um 08:00 Uhr'],
  },
  {
    q: 'ist der datenschutzkurs vor ort oder online',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['findet hybrid statt: im Landratsamt Garmisch-Partenkirchen'],
  },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, length, cost, language ---------------
  { q: 'was ist diese woche noch', kind: 'list', titles: [T.teams, T.phishing, T.ersteHilfe, T.datenschutz] },
  { q: 'läuft heute noch was?', kind: 'list', titles: [T.teams] },
  { q: 'nächste woche vormittags', kind: 'list', titles: [T.excel, T.english] },
  { q: 'was gibts nächsten monat', kind: 'list', titles: [T.english, T.kurbeitrag, T.deeskalation, T.mails] },
  {
    q: 'anything going on in may?',
    locale: 'en',
    kind: 'list',
    titles: [T.ki, T.motorsaege, T.baurecht, T.eakte],
  },
  { q: 'kostenlose kurse im mai', kind: 'list', titles: [T.ki, T.motorsaege, T.eakte] },
  { q: 'gibt es kurse am abend?', kind: 'list', titles: [T.mails] },
  { q: 'was gibts in mittenwald', kind: 'list', ...only(T.deeskalation, T.haushalt) },
  { q: 'kurse von herrn rieger', kind: 'list', ...only(T.teams, T.phishing, T.ki) },
  {
    q: 'what courses does the KUVB run',
    locale: 'en',
    kind: 'list',
    ...only(T.ersteHilfe, T.stress, T.deeskalation, T.motorsaege, T.winterdienst),
  },
  { q: 'was gibt es für die leute vom bauhof', kind: 'list', ...only(T.motorsaege, T.spielplatz, T.winterdienst) },
  { q: 'kurze sachen, höchstens 2 stunden', kind: 'list', ...only(T.teams, T.stress, T.zeit) },
  { q: 'gibts kurse die über mehrere tage gehen', kind: 'list', titles: [T.motorsaege] },
  { q: 'are there any courses held in english', locale: 'en', kind: 'list', titles: [T.english] },
  { q: 'kurse zwischen 200 und 300 euro', kind: 'list', ...only(T.baurecht, T.vergabe, T.tvoed) },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  { q: 'wann ist der italienisch kurs', kind: 'gone', gone: T.italienisch },
  { q: 'grundsteuer schulung wann war die', kind: 'gone', gone: T.grundsteuer, says: ['Do., 18.02.2027'] },
  { q: 'wann ist der kurs zu arbeitszeugnissen', kind: 'gone', gone: T.zeugnisse, says: ['Mi., 10.03.2027'] },
  { q: 'instagram für die gemeinde', kind: 'none' },
  { q: 'hochwasserschutz', kind: 'none' },
  { q: 'servus', kind: 'help' },
  { q: 'hi there', locale: 'en', kind: 'help' },
  { q: 'wo bin ich überall angemeldet', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-seventy-fifth, independent catalogue (Landkreis Garmisch-Partenkirchen, BVS, KUVB, AKDB)',
  {
    fixture: 'heldout275-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
