// Over-fitting check, two-hundred-and-fifteenth catalogue: the 2027 programme of the Landkreis Märkisch-Oderland
// (Brandenburg) with the Brandenburgische Kommunalakademie (BKA), the county's Personalamt, the Kommunales IT-Zentrum
// Oderland (KITZO), the Unfallkasse Brandenburg and the Kreisvolkshochschule (VHS), for the county and its towns
// (Seelow, Strausberg, Bad Freienwalde (Oder), Neuenhagen bei Berlin, Müncheberg, Wriezen), imported from a JSON file.
// Seminars take place in the Kreisverwaltung in Seelow, the VHS-Bildungszentrum Strausberg, the town halls of
// Strausberg, Bad Freienwalde, Müncheberg, Wriezen and Neuenhagen, online or hybrid. Several titles do not name their
// subject ("Erst prüfen, dann klicken" is phishing / information security, "Kopf frei statt Dauerdruck" stress,
// "Die Maschine schreibt mit" AI, "Einmal schreiben, hundertmal versenden" mail merge in Word, "Ruhig bleiben, wenn es
// laut wird" de-escalation, "Gut sitzen, besser arbeiten" ergonomics, "Weniger Papier, mehr Überblick" the e-file,
// "Von der Einladung bis zur Niederschrift" council meetings, "Schreiben, das ankommt" plain language, "In kleinen
// Schritten ans Ziel" Scrum, "Anträge ohne Wartemarke" the OZG, "Wenn die Chemie nicht stimmt" team conflicts, "Was
// steht mir zu?" the TVöD, "Plötzlich vorne" new managers), so only summary, description or topics reveal it. One
// seminar is held in English (its deadline has passed); the leadership course runs on two days across the end of summer
// time; the e-file course is open only to Wriezen, Bad Freienwalde and Müncheberg; first aid is free, paid by the
// Unfallkasse. Questions are asked the way an acceptance tester imagines colleagues in Teams: everyday words rather than
// the subject's name, synonyms, typos, a quarter in English.
//
// Calendar around `now` (Wednesday 19 May 2027, 10:00 in Seelow, summer time; winter time begins Sun 31.10.2027):
//   this week:  nothing more today; Thu 20.05. 09:00–11:00 phishing (online, tomorrow), Fri 21.05. 09:00–12:00 data
//               protection (hybrid, Kreisverwaltung Seelow)
//   next week:  Mon 24.05. 13:00–15:30 stress (online), Tue 25.05. 13:00–16:00 Excel (online), Wed 26.05. 09:00–12:30
//               English (VHS Strausberg; deadline passed Fri 14.05. 23:59), Thu 27.05. 09:00–12:00 AI (hybrid, Rathaus
//               Strausberg)
//   June:       cancelled PowerPoint Tue 01.; Thu 03. first aid (Bad Freienwalde), Tue 08. mail merge (online), Wed 16.
//               de-escalation (Müncheberg, 12 seats), Tue 22. procurement law (Seelow; deadline Fri 04.06. 12:00),
//               Wed 30. ergonomics 14:00–15:30 (online)
//   July:       Tue 06./Wed 07. induction days for trainees (Seelow), Thu 15. e-file (Wriezen, members only), Tue 20.
//               council meetings (Neuenhagen, 16 seats); the cancelled chainsaw course on Mon 12.07.
//   August:     Tue 10. plain language (VHS Strausberg), Mon 23. Scrum (hybrid, Rathaus Strausberg)
//   September:  Wed 08. OZG (online), Tue 21. team conflicts (Seelow, for managers); the draft social-media course Wed 15.
//   October:    Tue 12. TVöD 09:00–12:00 (Seelow); Thu 21.10. (CEST) and Thu 04.11. (CET) leadership 09:00–16:00
//               (Bad Freienwalde); the draft species-protection course on Tue 09.11.
//   past:       Thu 11.03.2027 fire wardens (Strausberg), Tue 20.04.2027 annual accounts (Seelow).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-05-19T08:00:00Z'); // Wednesday, 19 May 2027, 10:00 in Seelow (CEST)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Erst prüfen, dann klicken', // Thu 20.05. 09:00–11:00, online, KITZO, Krüger, phishing, free
  datenschutz: 'Datenschutz im Bürgerbüro: Auskunft, Weitergabe, Löschfristen', // Fri 21.05. 09:00–12:00, hybrid (Seelow), Personalamt, free
  stress: 'Kopf frei statt Dauerdruck', // Mon 24.05. 13:00–15:30, online, Unfallkasse, Voigt, stress, free
  excel: 'Formeln, Filter, Pivot: Excel im Sachgebiet', // Tue 25.05. 13:00–16:00, online, VHS, Lehmann, 79 €
  english: 'Welcoming New Residents: English at the Service Desk', // Wed 26.05. 09:00–12:30, VHS Strausberg, 95 €, deadline passed Fri 14.05. 23:59
  ki: 'Die Maschine schreibt mit', // Thu 27.05. 09:00–12:00, hybrid (Rathaus Strausberg), KITZO, Krüger, AI, free
  ersteHilfe: 'Erste Hilfe im Dienst: Aus- und Fortbildung für Ersthelfende', // Thu 03.06. 08:30–16:30, Rathaus Bad Freienwalde, Unfallkasse, free
  serienbrief: 'Einmal schreiben, hundertmal versenden', // Tue 08.06. 09:00–12:00, online, VHS, Lehmann, 65 €, mail merge
  deeskalation: 'Ruhig bleiben, wenn es laut wird', // Wed 16.06. 09:00–15:00, Rathaus Müncheberg, Unfallkasse, Rausch, free, 12 seats
  vergabe: 'Richtig einkaufen: Vergaberecht unterhalb der EU-Schwellenwerte', // Tue 22.06. 09:00–16:00, Seelow, BKA, Dr. Behrendt, 245 €, deadline Fri 04.06. 12:00
  ergonomie: 'Gut sitzen, besser arbeiten', // Wed 30.06. 14:00–15:30, online, Unfallkasse, Voigt, free
  azubis: 'Willkommen an Bord: Einführungstage für neue Auszubildende', // Tue 06.07. + Wed 07.07. 09:00–15:00, Seelow, Personalamt, free
  eakte: 'Weniger Papier, mehr Überblick', // Thu 15.07. 09:00–12:00, Rathaus Wriezen, KITZO, Pietsch, e-file, only Wriezen/Bad Freienwalde/Müncheberg
  sitzung: 'Von der Einladung bis zur Niederschrift', // Tue 20.07. 09:00–16:00, Rathaus Neuenhagen, BKA, Hoffmann, 180 €, 16 seats
  post: 'Schreiben, das ankommt', // Tue 10.08. 09:00–16:00, VHS Strausberg, VHS, Kowalski, 140 €, plain language
  scrum: 'In kleinen Schritten ans Ziel', // Mon 23.08. 09:00–16:00, hybrid (Rathaus Strausberg), BKA, Wendt, 230 €
  ozg: 'Anträge ohne Wartemarke', // Wed 08.09. 13:00–16:00, online, KITZO, Pietsch, OZG, free
  konflikte: 'Wenn die Chemie nicht stimmt', // Tue 21.09. 09:00–16:00, Seelow, VHS, Lindner, 160 €, for managers
  tvoed: 'Was steht mir zu?', // Tue 12.10. 09:00–12:00, Seelow, Personalamt, Radtke, TVöD, free
  fuehrung: 'Plötzlich vorne', // Thu 21.10. (CEST) + Thu 04.11. (CET) 09:00–16:00, Bad Freienwalde, BKA, Dr. Behrendt, 460 €
  socialMedia: 'Social Media für Kommunen: Instagram, Facebook und Co.', // draft (Wed 15.09.)
  artenschutz: 'Wolf, Biber, Kranich: Artenschutz in der Genehmigungspraxis', // draft (Tue 09.11.)
  powerpoint: 'Überzeugend präsentieren mit PowerPoint', // cancelled (Tue 01.06.2027)
  motorsaege: 'Arbeiten mit der Motorsäge: Grundlehrgang für Bauhöfe', // cancelled (Mon 12.07.2027)
  doppik: 'Die Kasse stimmt: Jahresabschluss in der Doppik', // past (Tue 20 April 2027)
  brandschutz: 'Ausbildung zu Brandschutzhelferinnen und Brandschutzhelfern', // past (Thu 11 March 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.socialMedia, T.artenschutz, T.powerpoint, T.motorsaege, T.doppik, T.brandschutz];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  {
    q: 'was kostet der exel kurs',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 79 €'],
    mentions: ['Die Gebühr trägt die entsendende Dienststelle.'],
  },
  {
    q: 'muss man für den ersthelfer lehrgang was bezahlen',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse Brandenburg für ihre Mitgliedsverwaltungen.'],
  },
  {
    q: 'how much is the procurement law seminar',
    locale: 'en',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['costs €245'],
  },
  // --- facts: when, start time, duration ------------------------------------------------------------------------------
  {
    q: 'wann ist datenschtz im bürgerbüro',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['am Fr., 21.05.2027 von 09:00 bis 12:00 Uhr'],
  },
  {
    q: 'when is the mail merge course',
    locale: 'en',
    kind: 'facts',
    titles: [T.serienbrief],
    says: ['on Tue, 8 Jun 2027 from 09:00 to 12:00'],
  },
  {
    q: 'wann sind die termine für neue führungskräfte',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 21.10.2027 und Do., 04.11.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'what time does the chatgpt training start',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['starts on Thu, 27 May 2027 at 09:00'],
  },
  {
    q: 'wie lange dauert das ergonomie seminar',
    kind: 'facts',
    titles: [T.ergonomie],
    says: ['dauert 1,5 Stunden, von 14:00 bis 15:30 Uhr'],
  },
  {
    q: 'how many days is the induction for new trainees',
    locale: 'en',
    kind: 'facts',
    titles: [T.azubis],
    says: ['lasts 2 days, each from 09:00 to 15:00'],
  },
  // --- facts: where, format, trainer, deadline, seats -------------------------------------------------------------------
  { q: 'wo findet der sitzungsdienst kurs statt', kind: 'facts', titles: [T.sitzung], says: ['im Rathaus Neuenhagen'] },
  {
    q: 'wann und wo ist die tvöd schulung',
    kind: 'facts',
    titles: [T.tvoed],
    says: ['am Di., 12.10.2027 von 09:00 bis 12:00 Uhr in der Kreisverwaltung Märkisch-Oderland'],
  },
  { q: 'ki schulung online oder vor ort?', kind: 'facts', titles: [T.ki], says: [/findet hybrid statt|oder online/] },
  {
    q: 'is the plain language workshop online',
    locale: 'en',
    kind: 'facts',
    titles: [T.post],
    says: ['takes place in person'],
  },
  { q: 'wer macht den serienbrief kurs', kind: 'facts', titles: [T.serienbrief], says: ['leitet Frau Sabine Lehmann'] },
  {
    q: 'who is the trainer of the phishing course',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['is led by Herr Ronny Krüger'],
  },
  { q: 'anmeldeschluss vergaberecth', kind: 'facts', titles: [T.vergabe], says: ['bis Fr., 04.06.2027, 12:00 Uhr'] },
  {
    q: 'registration deadline for the english service desk course',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 14 May 2027, 23:59'],
  },
  {
    q: 'deeskalatiom noch plätze frei?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  {
    conv: 'laut',
    q: 'was mache ich wenn mich ein bürger am schalter anschreit',
    kind: 'list',
    titles: [T.deeskalation],
  },
  {
    conv: 'laut',
    q: 'wann ist das',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['am Mi., 16.06.2027 von 09:00 bis 15:00 Uhr'],
  },
  {
    conv: 'laut',
    q: 'Und wo findet der statt?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['im Rathaus Müncheberg'],
  },
  { conv: 'fake', q: 'how do i spot fake emails', locale: 'en', kind: 'list', titles: [T.phishing] },
  { conv: 'fake', q: 'is it free?', locale: 'en', kind: 'facts', titles: [T.phishing], says: ['is free of charge'] },
  {
    conv: 'fake',
    q: 'when is it',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['on Thu, 20 May 2027 from 09:00 to 11:00'],
  },
  { conv: 'amtsdeutsch', q: 'bescheide ohne amtsdeutsch schreiben', kind: 'list', titles: [T.post] },
  { conv: 'amtsdeutsch', q: 'Was kostet das?', kind: 'facts', titles: [T.post], says: ['kostet 140 €'] },
  { conv: 'amtsdeutsch', q: 'wer leitet das', kind: 'facts', titles: [T.post], says: ['leitet Frau Ines Kowalski'] },
  // --- topic searches: everyday words, words only in summary or description, synonyms, typos ----------------------------
  { q: 'serienbreif word', kind: 'list', titles: [T.serienbrief] },
  { q: 'stress abbauen', kind: 'list', titles: [T.stress] },
  { q: 'gesundheitsförderung', kind: 'list', ...only(T.stress, T.ergonomie) },
  { q: 'rückenschmerzen vom sitzen am pc', kind: 'list', titles: [T.ergonomie] },
  { q: 'wiederbelebung lernen', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'ausschreibung', kind: 'list', titles: [T.vergabe] },
  { q: 'elektronische akte', kind: 'list', titles: [T.eakte] },
  { q: 'protokoll gemeindevertretung', kind: 'list', titles: [T.sitzung] },
  { q: 'onlinezugangsgesetz', kind: 'list', titles: [T.ozg] },
  { q: 'urlaubsanspruch', kind: 'list', titles: [T.tvoed] },
  { q: 'streit im team', kind: 'list', titles: [T.konflikte] },
  { q: 'vom kollegen zum vorgesetzten', kind: 'list', titles: [T.fuehrung] },
  { q: 'cyber security training', locale: 'en', kind: 'list', titles: [T.phishing] },
  { q: 'artificial intelligence', locale: 'en', kind: 'list', titles: [T.ki] },
  { q: 'gdpr', locale: 'en', kind: 'list', titles: [T.datenschutz] },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, length, cost, language, seats ----------
  { q: 'was ist diese woche noch', kind: 'list', titles: [T.phishing, T.datenschutz] },
  { q: 'was läuft morgen', kind: 'list', titles: [T.phishing] },
  { q: 'nächste woche vormittags', kind: 'list', titles: [T.english, T.ki] },
  { q: 'anything next week in the afternoon', locale: 'en', kind: 'list', titles: [T.stress, T.excel] },
  {
    q: 'was gibts im juni',
    kind: 'list',
    titles: [T.ersteHilfe, T.serienbrief, T.deeskalation, T.vergabe, T.ergonomie],
  },
  { q: "what's on in july", locale: 'en', kind: 'list', titles: [T.azubis, T.eakte, T.sitzung] },
  { q: 'kostenlose seminare im juni', kind: 'list', titles: [T.ersteHilfe, T.deeskalation, T.ergonomie] },
  { q: 'was gibt es in seelow', kind: 'list', ...only(T.datenschutz, T.vergabe, T.azubis, T.konflikte, T.tvoed) },
  { q: 'kurse bei frau lehmann', kind: 'list', ...only(T.excel, T.serienbrief) },
  { q: 'was bietet die unfallkasse an', kind: 'list', ...only(T.stress, T.ersteHilfe, T.deeskalation, T.ergonomie) },
  { q: 'ich bin führungskraft, was gibt es für mich', kind: 'list', ...only(T.konflikte, T.fuehrung) },
  { q: 'mehrtägige seminare', kind: 'list', ...only(T.azubis, T.fuehrung) },
  { q: 'any courses in english', locale: 'en', kind: 'list', titles: [T.english] },
  // --- gone, drafts never shown, no match, greeting, own registrations -----------------------------------------------
  { q: 'wann ist der motorsägen lehrgang', kind: 'gone', gone: T.motorsaege },
  { q: 'powerpoint course price', locale: 'en', kind: 'gone', gone: T.powerpoint },
  { q: 'jahresabschluss doppik wann war das', kind: 'gone', gone: T.doppik, says: ['Di., 20.04.2027'] },
  {
    q: 'wann ist die brandschutzhelfer ausbildung',
    kind: 'gone',
    gone: T.brandschutz,
    says: ['Do., 11.03.2027'],
  },
  { q: 'instagram schulung', kind: 'none' },
  { q: 'biber und wolf im genehmigungsverfahren', kind: 'none' },
  { q: 'french course', locale: 'en', kind: 'none' },
  { q: 'hallo', kind: 'help' },
  { q: 'meine anmeldungen', kind: 'myRegistrations' },
];

heldoutSuite(
  'answering questions about a two-hundred-and-fifteenth, independent catalogue (Landkreis Märkisch-Oderland, BKA, Unfallkasse Brandenburg)',
  {
    fixture: 'heldout215-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
