// Over-fitting check, hundred-and-forty-seventh catalogue: the 2027 autumn programme of the Landkreis Sömmerda
// (Thuringia) with the Thüringer Verwaltungsschule (TVS), the Landratsamt's Personalamt, the Kommunale
// Informationsverarbeitung Thüringen (KIV), the Unfallkasse Thüringen and the Kreisvolkshochschule Sömmerda (KVHS), for
// the county and its towns and municipalities (Sömmerda, Kölleda, Weißensee, Buttstädt, Gebesee, Straußfurt), imported
// from a JSON file. Seminars take place in the Landratsamt Sömmerda, the Bildungszentrum Unstrut in Sömmerda, the town
// halls of Sömmerda, Kölleda, Weißensee, Buttstädt, Gebesee and Straußfurt, online or hybrid. Several titles do not name
// their subject ("Klick mit Köpfchen" is information security, "Durchatmen im Dienstalltag" stress and health promotion,
// "Textassistenten mit Augenmaß" AI, "Ein Schreiben, viele Adressaten" mail merge in Word, "Ruhig bleiben, wenn andere
// laut werden" de-escalation, "Die neue Rolle annehmen" leadership, "Schluss mit dem Papierstapel" the e-file, "Anträge
// rund um die Uhr" the OZG, "Briefe, die ankommen" plain language, "Reibung im Team" conflicts in teams, "Wer bekommt
// was?" social benefits), so only summary, description or topics reveal it; one seminar is held in English; the
// leadership course runs on two days across the end of summer time; the e-file course is open only to Gebesee and
// Straußfurt; first aid is free, paid by the Unfallkasse. Questions are typed the way colleagues write in Teams (lower
// case, typos, no umlauts, some English), without looking at the parser or the answers. Same assertions as the other
// suites: exactly the expected seminars (best first where one is clearly best), the asked fact in the first sentence,
// never a draft, cancelled or past seminar.
//
// Calendar around `now` (Tuesday 14 September 2027, 09:15 in Sömmerda, summer time; winter time begins Sun 31.10.2027):
//   this week:  nothing more today; Wed 15.09. 13:00–16:00 Excel (online, tomorrow), Thu 16.09. 09:00–12:00 data
//               protection (hybrid, Landratsamt); nothing on Fri 17.09.
//   next week:  Mon 20.09. morning (information security, online), Tue 21.09. afternoon (stress, online), Wed 22.09.
//               morning (English, Landratsamt; deadline passed Fri 10.09.), Thu 23.09. afternoon (AI, hybrid,
//               Landratsamt; deadline Mon 20.09. 12:00)
//   then:       nothing from Fri 24.09. to Sun 03.10. (Day of German Unity)
//   October:    Mon 04. minutes (Rathaus Kölleda; deadline Mon 27.09.), Wed 06. first aid (Rathaus Straußfurt),
//               Tue 12. mail merge (online), Thu 14. de-escalation (Rathaus Buttstädt), Tue 19. procurement law
//               (Bildungszentrum Unstrut; deadline Fri 08.10. 12:00), Wed 27. ergonomics (online, 14:00–15:30),
//               Thu 28. leadership, first day (Bildungszentrum Unstrut, CEST; deadline Fri 15.10.); the cancelled social
//               media course on Tue 05.10. and the cancelled driving safety training on Fri 15.10. (Kölleda)
//   November:   Tue 02. e-file (Rathaus Gebesee, Gebesee and Straußfurt only), Thu 04. OZG (online, afternoon),
//               Tue 09. plain language (Rathaus Weißensee), Thu 11. leadership, second day (CET), Wed 17. Doppik
//               (Landratsamt; deadline Wed 03.11. 23:59), Mon 22. Microsoft Teams (online), Thu 25. team conflicts
//               (Rathaus Buttstädt); the drafts on accessible documents (Wed 10.11.) and knowledge management (Mon 29.11.)
//   December:   Wed 01. registry office (Rathaus Sömmerda; deadline Fri 12.11.), Tue 07. building regulations
//               (Landratsamt; deadline Fri 26.11.), Thu 09. social benefits (hybrid, Bildungszentrum Unstrut), Tue 14.
//               practice day for trainees (Landratsamt)
//   past:       Tue 15.06.2027 e-invoicing (Landratsamt), Thu 26.08.2027 occupational safety at the Bauhof (Sömmerda).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-09-14T07:15:00Z'); // Tuesday, 14 September 2027, 09:15 in Sömmerda (CEST)
const TZ = 'Europe/Berlin';

const T = {
  excel: 'Tabellen im Griff: Excel-Grundlagen für die Verwaltung', // Wed 15.09. 13:00–16:00, online, KVHS, Wagenknecht, 75 € (Dienststelle pays)
  datenschutz: 'Datenschutz im Bürgerbüro: Auskunft, Melderegister, Löschfristen', // Thu 16.09. 09:00–12:00, hybrid (Landratsamt), Personalamt, Kühn, DSGVO, free
  klick: 'Klick mit Köpfchen', // Mon 20.09. 09:00–11:30, online, KIV, Hoyer, information security / phishing, free
  durchatmen: 'Durchatmen im Dienstalltag', // Tue 21.09. 13:30–16:00, online, Unfallkasse, Rennert, stress / health promotion, free
  english: 'Welcome Desk English: Serving International Citizens', // Wed 22.09. 09:00–12:30, Landratsamt, KVHS, Fiona McKenzie, English, 110 €, deadline passed Fri 10.09. 23:59
  ki: 'Textassistenten mit Augenmaß', // Thu 23.09. 13:00–16:00, hybrid (Landratsamt), KIV, Dr. Leubner, AI / ChatGPT / Copilot, free, deadline Mon 20.09. 12:00
  protokoll: 'Kurz, klar, beschlussfest: Protokolle und Niederschriften schreiben', // Mon 04.10. 09:00–15:00, Rathaus Kölleda, TVS, Block, 160 €
  ersteHilfe: 'Erste Hilfe im Dienst: Grundausbildung für Ersthelfende', // Wed 06.10. 08:30–16:30, Rathaus Straußfurt, Unfallkasse, Gebhardt, free (Unfallkasse pays), 15 seats
  serienbrief: 'Ein Schreiben, viele Adressaten', // Tue 12.10. 09:00–12:00, online, KVHS, Wagenknecht, 65 €, mail merge in Word
  deeskalation: 'Ruhig bleiben, wenn andere laut werden', // Thu 14.10. 09:00–15:00, Rathaus Buttstädt, Unfallkasse, Schade, free, 12 seats
  vergabe: 'Vergaberecht kompakt: Aufträge unterhalb der EU-Schwellenwerte', // Tue 19.10. 09:00–16:00, Bildungszentrum Unstrut, TVS, Ortmann, 240 €, deadline Fri 08.10. 12:00
  ergonomie: 'Gesund am Bildschirmarbeitsplatz: Rücken, Augen, Nacken', // Wed 27.10. 14:00–15:30, online, Unfallkasse, Rennert, free
  fuehrung: 'Die neue Rolle annehmen', // Thu 28.10. (CEST) and Thu 11.11. (CET) 09:00–16:00, Bildungszentrum Unstrut, TVS, Dr. Pfeiffer, 460 €, new managers
  eakte: 'Schluss mit dem Papierstapel', // Tue 02.11. 09:00–12:00, Rathaus Gebesee, KIV, Trautmann, e-file, only Gebesee/Straußfurt, free
  ozg: 'Anträge rund um die Uhr', // Thu 04.11. 13:00–16:00, online, KIV, Trautmann, OZG, free
  post: 'Briefe, die ankommen', // Tue 09.11. 09:00–16:00, Rathaus Weißensee, KVHS, Sommer, 140 €, plain language
  doppik: 'Doppik verstehen: Der kommunale Haushalt für Einsteiger', // Wed 17.11. 09:00–16:00, Landratsamt, TVS, Rudolph, 210 €, 18 seats, deadline Wed 03.11. 23:59
  teams: 'Microsoft Teams im Verwaltungsalltag: Besprechungen, Kanäle, Dateien', // Mon 22.11. 09:00–12:00, online, KIV, Hoyer, free
  konflikte: 'Reibung im Team', // Thu 25.11. 09:00–16:00, Rathaus Buttstädt, KVHS, Sommer, 170 €, conflicts, for managers
  standesamt: 'Beurkundungen im Standesamt: Aktuelles aus Personenstandsrecht und Praxis', // Wed 01.12. 09:00–16:00, Rathaus Sömmerda, TVS, Heße, 195 €, deadline Fri 12.11.
  bau: 'Bauanträge sicher prüfen: Thüringer Bauordnung in der Praxis', // Tue 07.12. 09:00–16:00, Landratsamt, TVS, Dr. Leimbach, 230 €, 16 seats, deadline Fri 26.11.
  sozial: 'Wer bekommt was?', // Thu 09.12. 09:00–15:00, hybrid (Bildungszentrum Unstrut), TVS, Kaiser, 180 €, social benefits
  azubis: 'Gut gestartet: Praxistag für Auszubildende und Anwärter', // Tue 14.12. 09:00–15:00, Landratsamt, Personalamt, Vogt, free
  barrierefrei: 'Barrierefreie Dokumente: PDF und Word für alle lesbar', // draft (Wed 10.11.)
  wissen: 'Wissen sichern beim Generationenwechsel', // draft (Mon 29.11.)
  socialMedia: 'Social Media für Kommunen: Instagram und Facebook im Rathaus', // cancelled (Tue 05.10.2027)
  fahrsicherheit: 'Sicher unterwegs: Fahrsicherheitstraining für Dienstwagen', // cancelled (Fri 15.10.2027)
  erechnung: 'Die E-Rechnung im Rechnungseingang', // past (Tue 15 June 2027)
  arbeitsschutz: 'Arbeitsschutz im Bauhof: Unterweisung für Bauhofleitungen', // past (Thu 26 August 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.barrierefrei, T.wissen, T.socialMedia, T.fahrsicherheit, T.erechnung, T.arbeitsschutz];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  {
    q: 'was kostet der exel kurs',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 75 €'],
    mentions: ['Die Gebühr trägt die entsendende Dienststelle.'],
  },
  {
    q: 'kostet die erste hilfe ausbildung was',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangskosten übernimmt die Unfallkasse Thüringen für ihre Mitgliedsbetriebe.'],
  },
  { q: 'how much is the dopik seminar', locale: 'en', kind: 'facts', titles: [T.doppik], says: ['costs €210'] },
  // --- facts: when (across the end of summer time), start time, duration -----------------------------------------------
  {
    q: 'wann ist datenschuz im buergerbuero',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['am Do., 16.09.2027 von 09:00 bis 12:00 Uhr'],
  },
  {
    q: 'when is the leadership traning for new managers',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['on 2 days', 'Thu, 28 Oct 2027 and Thu, 11 Nov 2027', 'each from 09:00 to 16:00'],
  },
  {
    q: 'what time does the first aid course start',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['starts on Wed, 6 Oct 2027 at 08:30'],
  },
  {
    q: 'um wieviel uhr faengt der vergaberecht kurs an',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['beginnt am Di., 19.10.2027 um 09:00 Uhr'],
  },
  {
    q: 'wie lange geht das seminar zum bildschirmarbeitsplatz',
    kind: 'facts',
    titles: [T.ergonomie],
    says: ['dauert 1,5 Stunden, von 14:00 bis 15:30 Uhr'],
  },
  {
    q: 'how long is the ms teams training',
    locale: 'en',
    kind: 'facts',
    titles: [T.teams],
    says: ['lasts 3 hours, from 09:00 to 12:00'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  {
    q: 'wo findet der standesamt lehrgang statt',
    kind: 'facts',
    titles: [T.standesamt],
    says: ['im Rathaus Sömmerda'],
  },
  {
    q: "where's the procurement seminar",
    locale: 'en',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['takes place at Bildungszentrum Unstrut'],
  },
  {
    q: 'wer leitet den konflikt workshop fuer fuehrungskraefte',
    kind: 'facts',
    titles: [T.konflikte],
    says: ['leitet Frau Ines Sommer'],
  },
  {
    q: 'who teaches the englsh course',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['is led by Fiona McKenzie'],
  },
  {
    q: 'bis wann kann man sich fuer vergaberecht anmelden',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Fr., 08.10.2027, 12:00 Uhr'],
  },
  {
    q: 'registration deadline welcome desk english',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 10 Sep 2027, 23:59'],
  },
  {
    q: 'sind beim doppik kurs noch plätze frei',
    kind: 'facts',
    titles: [T.doppik],
    says: ['noch 18 von 18 Plätzen frei'],
  },
  {
    q: 'are there still seats in the bauantrag seminar',
    locale: 'en',
    kind: 'facts',
    titles: [T.bau],
    says: ['has 16 of 16 seats left'],
  },
  {
    q: 'ist die e-akte schulung online oder vor ort',
    kind: 'facts',
    titles: [T.eakte],
    says: ['findet in Präsenz statt, im Rathaus Gebesee'],
  },
  {
    q: 'is the buergergeld seminar online or in person',
    locale: 'en',
    kind: 'facts',
    titles: [T.sozial],
    says: ['is hybrid: at Bildungszentrum Unstrut'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  { conv: 'laut', q: 'schulung fuer den umgang mit aggressiven buergern', kind: 'list', titles: [T.deeskalation] },
  { conv: 'laut', q: 'und wo ist das?', kind: 'facts', titles: [T.deeskalation], says: ['im Rathaus Buttstädt'] },
  {
    conv: 'laut',
    q: 'wann ist das',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['am Do., 14.10.2027 von 09:00 bis 15:00 Uhr'],
  },
  { conv: 'copilot', q: 'anything about AI tools like copilot?', locale: 'en', kind: 'list', titles: [T.ki] },
  { conv: 'copilot', q: 'how much is it?', locale: 'en', kind: 'facts', titles: [T.ki], says: ['is free of charge'] },
  {
    conv: 'copilot',
    q: 'and where?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['at Landratsamt Sömmerda', 'or online'],
  },
  { conv: 'haushalt', q: 'gibts was zum kommunalen haushalt', kind: 'list', titles: [T.doppik] },
  { conv: 'haushalt', q: 'wer leitet das', kind: 'facts', titles: [T.doppik], says: ['leitet Frau Heike Rudolph'] },
  {
    conv: 'haushalt',
    q: 'und bis wann muss ich mich anmelden',
    kind: 'facts',
    titles: [T.doppik],
    says: ['bis Mi., 03.11.2027, 23:59 Uhr'],
  },
  // --- topic searches: everyday words, words only in summary or description, synonyms, abbreviations, typos ------------
  { q: 'infomationssicherheit schulung', kind: 'list', titles: [T.klick] },
  { q: 'how to spot phishing emails', locale: 'en', kind: 'list', titles: [T.klick] },
  { q: 'onlinezugangsgesetz', kind: 'list', titles: [T.ozg] },
  { q: 'verstaendliche bescheide schreiben', kind: 'list', titles: [T.post] },
  { q: 'serienbrife in word', kind: 'list', titles: [T.serienbrief] },
  { q: 'betriebliche gesundheitsfoerderung', kind: 'list', ...only(T.durchatmen, T.ergonomie) },
  { q: 'kuenstliche inteligenz', kind: 'list', titles: [T.ki] },
  { q: 'was gibts fuer azubis', kind: 'list', titles: [T.azubis] },
  { q: 'ms teams schulung', kind: 'list', titles: [T.teams] },
  { q: 'conflicts in my team', locale: 'en', kind: 'list', titles: [T.konflikte] },
  { q: 'wie schreibe ich ein gutes protokoll', kind: 'list', titles: [T.protokoll] },
  { q: 'firts aid course', locale: 'en', kind: 'list', titles: [T.ersteHilfe] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, length, cost, language, seats ---------
  { q: 'whats on tomorow', locale: 'en', kind: 'list', titles: [T.excel] },
  { q: 'anything next week in the afternoon', locale: 'en', kind: 'list', titles: [T.durchatmen, T.ki] },
  { q: 'naechste woche vormittags', kind: 'list', titles: [T.klick, T.english] },
  {
    q: 'was laeuft in den naechsten zwei wochen',
    kind: 'list',
    titles: [T.excel, T.datenschutz, T.klick, T.durchatmen, T.english, T.ki],
  },
  { q: 'online seminars next month', locale: 'en', kind: 'list', titles: [T.serienbrief, T.ergonomie] },
  { q: 'kostenlose seminare im oktober', kind: 'list', titles: [T.ersteHilfe, T.deeskalation, T.ergonomie] },
  {
    q: 'praesenz seminare im oktober',
    kind: 'list',
    titles: [T.protokoll, T.ersteHilfe, T.deeskalation, T.vergabe, T.fuehrung],
  },
  { q: 'noch freie plaetze im dezember', kind: 'list', titles: [T.standesamt, T.bau, T.sozial, T.azubis] },
  { q: 'hybride seminare', kind: 'list', ...only(T.datenschutz, T.ki, T.sozial) },
  { q: 'seminare in buttstaedt', kind: 'list', ...only(T.deeskalation, T.konflikte) },
  { q: 'kurse von frau wagenknecht', kind: 'list', ...only(T.excel, T.serienbrief) },
  {
    q: 'was bietet die unfallkasse thueringen an',
    kind: 'list',
    ...only(T.durchatmen, T.ersteHilfe, T.deeskalation, T.ergonomie),
  },
  { q: 'seminare fuer fuehrungskraefte', kind: 'list', ...only(T.fuehrung, T.konflikte) },
  { q: 'mehrtaegige seminare', kind: 'list', titles: [T.fuehrung] },
  { q: 'any cources held in english', locale: 'en', kind: 'list', titles: [T.english] },
  // --- gone, drafts never shown, no match, greeting, thanks, registrations ---------------------------------------------
  { q: 'wann ist social media für kommunen', kind: 'gone', gone: T.socialMedia },
  { q: 'wann war die e-rechnung schulung', kind: 'gone', gone: T.erechnung, says: ['Di., 15.06.2027'] },
  {
    q: 'when is the arbeitsschutz training for bauhof managers',
    locale: 'en',
    kind: 'gone',
    gone: T.arbeitsschutz,
    says: ['Thu, 26 Aug 2027'],
  },
  { q: 'barrierefreie pdf dokumente', kind: 'none' },
  { q: 'wissensmanagement generationenwechsel', kind: 'none' },
  { q: 'gabelstaplerschein', kind: 'none' },
  { q: 'hi, what can you do?', locale: 'en', kind: 'help' },
  { q: 'danke, super!', kind: 'thanks' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a hundred-and-forty-seventh, independent catalogue (Landkreis Sömmerda, TVS, KIV, Unfallkasse Thüringen)',
  {
    fixture: 'heldout147-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
