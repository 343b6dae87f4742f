// Over-fitting check, fifty-sixth catalogue: the 2027 programme of the ITV.SH (IT-Verbund Schleswig-Holstein) with the
// Kreis Nordfriesland for the county and its Ämter and Gemeinden (Husum, Niebüll, Bredstedt, Föhr-Amrum, Pellworm, Sylt,
// Eiderstedt, Tönning), held in the Kreishaus Husum, the Bildungszentrum Niebüll, online or hybrid, by the ITV.SH, the
// Verwaltungsakademie Bordesholm and a consultancy from Kiel (Nordlicht Verwaltungsberatung). Brochure titles whose
// subject is often only in the summary or description; topics of small island and rural administrations. Questions are
// typed the way people use a search box: short keywords and fragments, lower case, missing umlauts, typos, English
// short queries from a few colleagues, and some that name the Amt or island they work in or their job. Written without
// looking at the parser or the answers. Same assertions as the other suites: exactly the expected seminars (best first
// where one is clearly best), the asked fact in the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Tuesday 12 October 2027, 14:00 in Husum, summer time until Sun 31.10.2027):
//   this week:  nothing more today; Wed 13.10. 09:00–12:00 Teams (tomorrow, hybrid Husum), Fri 15.10. 09:00–15:30
//               Standesamt (online)
//   next week:  Mon 18.10. 09:00–12:30 E-Akte (Niebüll), Tue 19.10. 14:00–16:30 Tourismusabgabe (online),
//               Wed 20.10. 14:00–16:30 islands / video meetings (online), Thu 21.10. 09:00–12:00 accessibility (online)
//   Digitallotsen qualification: Tue 26.10. and Wed 27.10. (CEST), Tue 09.11. and Wed 10.11. (CET), each 09:00–16:00,
//               Kreishaus Husum, 800 € (the state pays half), member municipalities only; deadline Fri 15.10. 12:00
//   (cancelled Social Media Thu 28.10.); November: Thu 04.11. elections (Niebüll), Tue 16.11. Kassenwesen (Husum,
//   deadline Fri 29.10. 23:59), Wed 17.11. 13:30–16:00 information security (online), Thu 25.11. KI (hybrid Husum),
//   Tue 30.11. Excel (Niebüll); December: Mon 06.12.–Tue 07.12. leadership (Husum), Thu 09.12. counter service
//   (Niebüll), Tue 14.12. mobile work (online), (cancelled Friedhof Thu 16.12.); January 2028: Wed 12.01. English at the
//   counter (online, English), Thu 20.01. Danish cooperation (Niebüll, English), Wed 26.01. Personalentwicklung (Husum);
//   February 2028: Wed 09.02. OZG (online), Thu 17.02. Niederschriften (Niebüll). Drafts: drones (March), podcast (Feb).
//   Past: Sommerforum Thu 02.09.2027, Outlook Tue 05.10.2027.
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-10-12T12:00:00Z'); // Tuesday, 12 October 2027, 14:00 in Husum (CEST)
const TZ = 'Europe/Berlin';

const T = {
  teams: 'Kanäle statt Kettenmails: Microsoft Teams im Amt', // Wed 13.10.2027 09:00–12:00, hybrid (Kreishaus Husum), ITV.SH, free, 24 seats, Jessen
  standesamt: 'Frisch getraut, sauber beurkundet: Neues aus dem Personenstandsrecht', // Fri 15.10. 09:00–15:30, online, Bordesholm, 145 €
  eakte: 'Schluss mit der Zettelwirtschaft: Die E-Akte im Amtsalltag', // Mon 18.10. 09:00–12:30, Niebüll, free (note), DMS
  tourismus: 'Gästebeitrag ohne Quittungsblock: Tourismusabgabe digital erheben', // Tue 19.10. 14:00–16:30, online, 60 €, deadline passed Mon 11.10. 23:59, Kurabgabe
  insel: 'Sitzung ohne Überfahrt: Videokonferenzen für Insel- und Halligverwaltungen', // Wed 20.10. 14:00–16:30, online, free, Jessen, Fähre/Pellworm
  barriere: 'Lesbar für alle: Dokumente und Formulare ohne Hürden', // Thu 21.10. 09:00–12:00, online, free, accessibility, screen reader
  lotsen: 'Digitallotsin und Digitallotse werden: Die Qualifizierung für Ämter und Gemeinden', // 4 days across the DST change, Husum, 800 €, two trainers
  wahlen: 'Gut gewählt: Wahlvorbereitung für die Kommunalwahl 2028', // Thu 04.11. 09:00–16:00, Niebüll, Bordesholm, 180 €, Carstensen
  kasse: 'Jeden Euro im Blick: Kassenwesen und Zahlungsverkehr', // Tue 16.11. 09:00–16:00, Husum, 190 €, deadline Fri 29.10. 23:59
  infosec: 'Sicher im Netz der Verwaltung: Informationssicherheit für alle', // Wed 17.11. 13:30–16:00, online, free, phishing only in the description
  ki: 'Frag doch die Maschine: Künstliche Intelligenz sinnvoll im Amt nutzen', // Thu 25.11. 09:00–12:30, hybrid (Husum), Nordlicht, 120 €, Dr. Brodersen
  excel: 'Zahlen, die sprechen: Excel für Haushalt und Statistik', // Tue 30.11. 09:00–15:00, Niebüll, Bordesholm, 150 €
  fuehrung: 'Vom Kollegen zur Chefin: Führen in kleinen Verwaltungen', // Mon 06.12. and Tue 07.12. 09:00–16:30, Husum, Nordlicht, 520 €, Jacobsen
  buergerservice: 'Freundlich am Tresen: Bürgerservice auch in der Hochsaison', // Thu 09.12. 13:00–16:30, Niebüll, Bordesholm, 95 €
  homeoffice: 'Zuhause gut im Dienst: Mobiles Arbeiten organisieren', // Tue 14.12. 14:00–16:00, online, Nordlicht, free (Telearbeit, never "Homeoffice")
  english: 'Helping Visitors from Abroad: English at the Counter and on the Phone', // Wed 12.01.2028 09:00–12:00, online, English, Bordesholm, 80 €
  border: 'Across the Border: Working with Danish Municipalities', // Thu 20.01.2028 09:30–15:30, Niebüll, English, ITV.SH, free
  personal: 'Talente halten, Nachwuchs finden: Personalentwicklung auf dem Land', // Wed 26.01.2028 09:00–16:00, Husum, Nordlicht, 240 €, for managers
  ozg: 'Anträge rund um die Uhr: Onlinedienste nach dem OZG einführen', // Wed 09.02.2028 13:00–16:00, online, ITV.SH, free
  protokoll: 'Kurz, klar, beschlussfest: Niederschriften für Gremien schreiben', // Thu 17.02.2028 09:00–15:00, Niebüll, Bordesholm, 140 €, Carstensen
  drohnen: 'Luftbilder vom Deich: Drohnen für Bauamt und Küstenschutz', // draft
  podcast: 'Rathaus zum Hören: Einen Podcast für die Bürgerinformation produzieren', // draft
  social: 'Social Media für Gemeinden: Instagram und Facebook im Griff', // cancelled (Thu 28.10.2027)
  friedhof: 'Friedhofsverwaltung digital: Grabstellen und Gebühren im Fachverfahren', // cancelled (Thu 16.12.2027)
  sommerforum: 'Sommerforum Digitale Küste: Austausch der Ämter in Nordfriesland', // past (Thu 2 September 2027)
  outlook: 'Outlook im Griff: Postfach, Kalender und Aufgaben', // past (Tue 5 October 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.drohnen, T.podcast, T.social, T.friedhof, T.sommerforum, T.outlook];
const offered = all.filter((t) => !NEVER.includes(t));

const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  { q: 'was kostet excel', kind: 'facts', titles: [T.excel], says: ['kostet 150 €'] },
  {
    q: 'kosten e-akte',
    kind: 'facts',
    titles: [T.eakte],
    says: ['ist kostenlos'],
    mentions: ['Für Mitglieder des ITV.SH kostenlos.'],
  },
  {
    q: 'cost digitallotsen qualification',
    locale: 'en',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['costs €800'],
    mentions: ['Das Land Schleswig-Holstein übernimmt die Hälfte der Teilnahmegebühr.'],
  },
  // --- facts: when, start time, duration (the Digitallotsen days lie on both sides of the change to winter time) ------
  {
    q: 'wann ist die digitallotsen qualifizierng',
    kind: 'facts',
    titles: [T.lotsen],
    says: [
      'an 4 Tagen',
      'Di., 26.10.2027, Mi., 27.10.2027, Di., 09.11.2027 und Mi., 10.11.2027',
      'jeweils von 09:00 bis 16:00 Uhr',
    ],
  },
  {
    q: 'when is the leadership course for new managers',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['on 2 days', 'Mon, 6 Dec 2027 and Tue, 7 Dec 2027', 'each from 09:00 to 16:30'],
  },
  {
    q: 'um wie viel uhr faengt das standesamt seminar an',
    kind: 'facts',
    titles: [T.standesamt],
    says: ['beginnt am Fr., 15.10.2027 um 09:00 Uhr'],
  },
  {
    q: 'what time does the danish border seminar start',
    locale: 'en',
    kind: 'facts',
    titles: [T.border],
    says: ['starts on Thu, 20 Jan 2028 at 09:30'],
  },
  {
    q: 'wie lange dauert die infosicherheit schulung',
    kind: 'facts',
    titles: [T.infosec],
    says: ['dauert 2,5 Stunden, von 13:30 bis 16:00 Uhr'],
  },
  {
    q: 'wie viele tage geht die digitallotsen ausbildung',
    kind: 'facts',
    titles: [T.lotsen],
    says: ['dauert 4 Tage, jeweils von 09:00 bis 16:00 Uhr'],
  },
  // --- facts: where, format, trainer, deadline, free seats -------------------------------------------------------------
  { q: 'wo ist der kurs kassenwesen', kind: 'facts', titles: [T.kasse], says: ['im Kreishaus Husum'] },
  { q: 'ki kurs vor ort oder online?', kind: 'facts', titles: [T.ki], says: [/findet hybrid statt|oder online/] },
  { q: 'wer leitet das fuehrungsseminar', kind: 'facts', titles: [T.fuehrung], says: ['leitet Frau Birte Jacobsen'] },
  { q: 'anmeldeschluss kassenwessen', kind: 'facts', titles: [T.kasse], says: ['bis Fr., 29.10.2027, 23:59 Uhr'] },
  {
    q: 'tourist tax training registration deadline',
    locale: 'en',
    kind: 'facts',
    titles: [T.tourismus],
    says: ['passed on Mon, 11 Oct 2027, 23:59'],
  },
  { q: 'teams schulung noch plätze frei?', kind: 'facts', titles: [T.teams], says: ['noch 24 von 24 Plätzen frei'] },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  { conv: 'wahlamt', q: 'bin im wahlamt bredstedt – gibts was zur kommunalwahl?', kind: 'list', titles: [T.wahlen] },
  { conv: 'wahlamt', q: 'was kostet das', kind: 'facts', titles: [T.wahlen], says: ['kostet 180 €'] },
  { conv: 'wahlamt', q: 'und wo?', kind: 'facts', titles: [T.wahlen], says: ['im Bildungszentrum Niebüll'] },
  {
    conv: 'pellworm',
    q: "we're on pellworm – any training so we can hold meetings without taking the ferry?",
    locale: 'en',
    kind: 'list',
    titles: [T.insel],
  },
  {
    conv: 'pellworm',
    q: 'when is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.insel],
    says: ['takes place on Wed, 20 Oct 2027 from 14:00 to 16:30'],
  },
  {
    conv: 'pellworm',
    q: 'who is the trainer?',
    locale: 'en',
    kind: 'facts',
    titles: [T.insel],
    says: ['is led by Herr Ole Jessen'],
  },
  { conv: 'ki', q: 'ki schulung', kind: 'list', titles: [T.ki] },
  { conv: 'ki', q: 'ist das online', kind: 'facts', titles: [T.ki], says: [/findet hybrid statt|oder online/] },
  { conv: 'ki', q: 'bis wann anmelden', kind: 'facts', titles: [T.ki], says: ['bis Do., 25.11.2027, 09:00 Uhr'] },
  // --- topic searches: everyday words, words only in summary or description, compounds, synonyms, abbreviations --------
  { q: 'phishing mails erkennen', kind: 'list', titles: [T.infosec] },
  { q: 'sicherheit', kind: 'list', titles: [T.infosec] },
  { q: 'kurabgabe', kind: 'list', titles: [T.tourismus] },
  { q: 'chatgpt im büro', kind: 'list', titles: [T.ki] },
  { q: 'homeoffice tipps', kind: 'list', titles: [T.homeoffice] },
  { q: 'working from home', locale: 'en', kind: 'list', titles: [T.homeoffice] },
  { q: 'ozg', kind: 'list', titles: [T.ozg] },
  { q: 'eheschliessung namensrecht', kind: 'list', titles: [T.standesamt] },
  { q: 'anything on working with denmark', locale: 'en', kind: 'list', titles: [T.border] },
  { q: 'schwierige kunden am schalter', kind: 'list', first: T.buergerservice },
  // --- typos, missing umlauts, keyword fragments -------------------------------------------------------------------------
  { q: 'exel kurs', kind: 'list', titles: [T.excel] },
  { q: 'barierefreiheit', kind: 'list', titles: [T.barriere] },
  { q: 'fuehrung', kind: 'list', first: T.fuehrung },
  { q: 'teams kurs husum', kind: 'list', titles: [T.teams] },
  // --- people naming their office or job ---------------------------------------------------------------------------------
  { q: 'ich bin im Standesamt Niebüll – gibt es was für mich?', kind: 'list', titles: [T.standesamt] },
  {
    q: 'arbeite in der kurverwaltung auf amrum, was passt fuer mich',
    kind: 'list',
    includes: [T.tourismus, T.buergerservice],
    // The English course for visitor contact would be a fair suggestion too; nothing else is.
    excludes: offered.filter((t) => !([T.tourismus, T.buergerservice, T.english] as string[]).includes(t)),
  },
  { q: 'I work in the cash office in Tönning – anything for me?', locale: 'en', kind: 'list', first: T.kasse },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, cost, length, language, free seats -------
  { q: 'diese woche noch was', kind: 'list', titles: [T.teams, T.standesamt] },
  { q: 'naechste woche vormittags', kind: 'list', titles: [T.eakte, T.barriere] },
  { q: 'next week afternoons', locale: 'en', kind: 'list', titles: [T.tourismus, T.insel] },
  { q: 'anything in december?', locale: 'en', kind: 'list', titles: [T.fuehrung, T.buergerservice, T.homeoffice] },
  { q: 'vor weihnachten noch was in niebuell', kind: 'list', titles: [T.eakte, T.wahlen, T.excel, T.buergerservice] },
  { q: 'kostenlose seminare im oktober', kind: 'list', titles: [T.teams, T.eakte, T.insel, T.barriere] },
  { q: 'mehrtägige seminare', kind: 'list', ...only(T.lotsen, T.fuehrung) },
  { q: 'courses in english', locale: 'en', kind: 'list', ...only(T.english, T.border) },
  {
    q: 'was gibts im kreishaus husum',
    kind: 'list',
    ...only(T.teams, T.lotsen, T.kasse, T.ki, T.fuehrung, T.personal),
  },
  { q: 'kurse bei carstensen', kind: 'list', ...only(T.wahlen, T.protokoll) },
  { q: 'angebote nordlicht verwaltungsberatung', kind: 'list', ...only(T.ki, T.fuehrung, T.homeoffice, T.personal) },
  { q: 'was fuer fuehrungskraefte', kind: 'list', ...only(T.fuehrung, T.personal) },
  { q: 'hybride veranstaltungen', kind: 'list', ...only(T.teams, T.ki) },
  { q: 'freie plaetze im januar vor ort', kind: 'list', titles: [T.border, T.personal] },
  // --- gone (cancelled, past), drafts never shown, no match, greeting ----------------------------------------------------
  { q: 'social media kurs', kind: 'gone', gone: T.social },
  { q: 'friedhofsverwaltung', kind: 'gone', gone: T.friedhof },
  { q: 'wann war das sommerforum digitale kueste', kind: 'gone', gone: T.sommerforum, says: ['Do., 02.09.2027'] },
  { q: 'when was the outlook training', locale: 'en', kind: 'gone', gone: T.outlook, says: ['Tue, 5 Oct 2027'] },
  { q: 'drohnen kurs', kind: 'none' },
  { q: 'podcast erstellen', kind: 'none' },
  { q: 'forklift licence course', locale: 'en', kind: 'none' },
  { q: 'moin', kind: 'help' },
  { q: 'hello', locale: 'en', kind: 'help' },
];

heldoutSuite(
  'answering questions about a fifty-sixth, independent catalogue (ITV.SH and Kreis Nordfriesland, search-box queries)',
  { fixture: 'heldout56-catalogue.json', now, timeZone: TZ, cases: CASES, titles: all, never: NEVER },
);
