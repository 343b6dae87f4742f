// Over-fitting check, hundred-and-first catalogue: the 2028 spring programme of the Saarpfalz-Kreis (Saarland) with the
// Kommunales Fortbildungszentrum Saar, the Zweckverband eGo-Saar (IT), the Unfallkasse Saarland and the county's
// Personalamt, for the county and its towns and municipalities (Homburg, St. Ingbert, Blieskastel, Bexbach, Gemeinde
// Kirkel, Gemeinde Mandelbachtal), imported from a JSON file. Seminars take place in the Landratsamt in Homburg (Am Forum),
// in the Fortbildungszentrum St. Ingbert, in the town halls of Blieskastel, Bexbach and Mandelbachtal, in two fire
// stations, online or hybrid. Several titles do not name their subject ("Vom Angebot zum Zuschlag" is public procurement,
// "Mit langem Atem" stress management, "Klick mit Köpfchen" information security, "Wer macht was" process management,
// "Kluge Helfer" AI assistants), so only summary, description or topics reveal it; one seminar is held in English
// (English at the counter); one seminar is about cross-border cooperation with French administrations in the Moselle;
// the leadership course for new managers runs three days; the E-Akte training is open to four municipalities only and
// paid by eGo-Saar; first aid is free (the Unfallkasse pays). Questions are written the way colleagues type in Teams
// (lower case, typos, "ae/oe/ue" for umlauts, some English), without looking at the parser or the answers. Same
// assertions as the other suites: exactly the expected seminars (best first where one is clearly best), the asked fact
// in the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Wednesday 19 April 2028, 10:00 in Homburg, summer time since Sun 26.03.2028; Easter Sunday was
// 16.04., Easter Monday 17.04.; Mon 01.05. and Ascension Thu 25.05. are holidays; Whit Monday 05.06., Corpus Christi
// Thu 15.06.):
//   this week:  nothing more today; Thu 20.04. 09:00–11:30 information security (online, tomorrow),
//               Fri 21.04. 09:00–12:00 data protection (hybrid, Landratsamt)
//   next week:  Mon 24.04. 08:30–12:30 Excel (St. Ingbert), Tue 25.04. 13:00–16:00 process management (online),
//               Wed 26.04. 09:00–12:30 English at the counter (Landratsamt; deadline passed Wed 12.04.),
//               Thu 27.04. 13:30–16:00 stress (online), Fri 28.04. 09:00–12:00 AI assistants (hybrid, Landratsamt)
//   29.04.–07.05.: nothing offered (holiday week); the cancelled Word mail-merge course on Thu 04.05.
//   May:        Tue 09.05. first aid (Blieskastel), Wed–Fri 10./11./12.05. leadership course (St. Ingbert),
//               Mon 15.05. Moselle (Blieskastel), Tue 16.05. E-Akte (Bexbach, four municipalities only),
//               Wed 17.05. procurement (Landratsamt, deadline Wed 03.05.), Mon 22.05. healthy leadership (online, afternoon),
//               Tue 23.05. plain-language letters (St. Ingbert); the cancelled sign-language course on Wed 24.05.
//   June:       Wed 07.06. conflict talks (Blieskastel), Tue 13.06. OZG (online), Tue 20.06. council minutes
//               (Mandelbachtal), Wed 21.06. back health (online), Thu 22.06. municipal budget (Landratsamt),
//               Tue 27.06. fire safety wardens (Kirkel); the draft video course on Wed 28.06.
//   later:      Tue 01.08. start day for trainees (Landratsamt); the draft driving-safety training on Tue 12.09.
//   past:       Tue 14.03.2028 (CET) maternity leave, Thu 30.03.2028 (CEST) heavy-rain crisis exercise.
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-04-19T08:00:00Z'); // Wednesday, 19 April 2028, 10:00 in Homburg (CEST)
const TZ = 'Europe/Berlin';

const T = {
  sicherheit: 'Klick mit Köpfchen: Sicher durch den digitalen Arbeitstag', // Thu 20.04. 09:00–11:30, online, eGo-Saar, Schmitt, information security, free
  datenschutz: 'Datenschutz an Schalter und Telefon: Auskünfte richtig geben', // Fri 21.04. 09:00–12:00, hybrid (Landratsamt), Personalamt, DSGVO, free
  excel: 'Formeln, Filter, Pivot: Excel für den Verwaltungsalltag', // Mon 24.04. 08:30–12:30, Fortbildungszentrum St. Ingbert, eGo-Saar, Wagner, 90 €, 12 seats
  prozess: 'Wer macht was: Abläufe sichtbar machen', // Tue 25.04. 13:00–16:00, online, KFZ Saar, process management (BPMN), 95 €
  english: 'Welcome to the Counter: English for Citizen Services', // Wed 26.04. 09:00–12:30, Landratsamt, English, free, deadline passed Wed 12.04. 23:59
  stress: 'Mit langem Atem: Gut durch volle Wochen', // Thu 27.04. 13:30–16:00, online, Unfallkasse, Meyer, stress/burnout, free, 20 seats
  ki: 'Kluge Helfer: Textassistenten im Büroalltag', // Fri 28.04. 09:00–12:00, hybrid (Landratsamt), eGo-Saar, Wagner, AI/ChatGPT, free
  ersteHilfe: 'Erste Hilfe im Betrieb: Grundausbildung für Ersthelferinnen und Ersthelfer', // Tue 09.05. 08:30–16:30, Feuerwehrgerätehaus Blieskastel, Unfallkasse, free (UKS pays)
  fuehrung: 'Neu am Steuer: Sicher in die erste Führungsrolle', // Wed–Fri 10./11./12.05. 09:00–16:30, St. Ingbert, KFZ Saar, Dr. Weber, 690 € (note), new managers
  moselle: 'Bonjour, Nachbar: Zusammenarbeit mit Verwaltungen im Département Moselle', // Mon 15.05. 09:00–16:00, Rathaus Blieskastel, KFZ Saar, 120 € (lunch), Sarreguemines
  eakte: 'Papierlos ans Ziel: Die E-Akte in der Sachbearbeitung', // Tue 16.05. 09:00–12:00, Rathaus Bexbach, eGo-Saar, free (eGo pays), four municipalities only
  vergabe: 'Vom Angebot zum Zuschlag', // Wed 17.05. 09:00–16:00, Landratsamt, KFZ Saar, Klein, 240 €, deadline Wed 03.05. 23:59, procurement (UVgO)
  gesund: 'Gesund führen: Auf sich und das Team achten', // Mon 22.05. 13:00–16:00, online, Unfallkasse, Meyer, for managers, free
  klartext: 'Klartext statt Amtsdeutsch: Bescheide und Briefe verständlich schreiben', // Tue 23.05. 09:00–15:00, St. Ingbert, KFZ Saar, 160 €, 16 seats
  konflikt: 'Wenn es im Team knirscht: Konfliktgespräche sicher führen', // Wed 07.06. 09:00–16:00, Rathaus Blieskastel, KFZ Saar, Dr. Weber, 210 €, for managers
  ozg: 'Anträge ohne Papier: Online-Dienste nach dem OZG', // Tue 13.06. 09:00–12:00, online, eGo-Saar, Schmitt, free
  sitzung: 'Alles zu Protokoll: Sitzungsdienst für Rat und Ausschüsse', // Tue 20.06. 09:00–15:30, Rathaus Mandelbachtal, KFZ Saar, 140 €, minutes
  ruecken: 'Aufrecht durch den Tag: Bildschirmarbeit ohne Verspannungen', // Wed 21.06. 10:00–11:30, online, Unfallkasse, back health, free
  haushalt: 'Soll und Ist: Der kommunale Haushalt verständlich erklärt', // Thu 22.06. 09:00–16:00, Landratsamt, KFZ Saar, 150 €, Doppik
  brandschutz: 'Wenn es brennt: Ausbildung zur Brandschutzhelferin und zum Brandschutzhelfer', // Tue 27.06. 08:30–12:30, Feuerwehrhaus Kirkel-Neuhäusel, Unfallkasse, free
  azubis: 'Willkommen im Saarpfalz-Kreis: Starttag für Nachwuchskräfte', // Tue 01.08. 09:00–15:00, Landratsamt, Personalamt, free
  video: 'Rathaus auf Sendung: Kurzvideos für Social Media', // draft
  fahren: 'Sicher unterwegs im Dienstwagen: Fahrsicherheitstraining', // draft
  word: 'Serienbriefe mit Word: Schritt für Schritt', // cancelled (Thu 04.05.2028)
  gebaerden: 'Gebärdensprache: Grundkurs für den Bürgerservice', // cancelled (Wed 24.05.2028)
  mutterschutz: 'Mutterschutz und Elternzeit: Was Personalstellen wissen müssen', // past (Tue 14 March 2028)
  starkregen: 'Wenn der Starkregen kommt: Stabsübung für Krisenstäbe', // past (Thu 30 March 2028)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.video, T.fahren, T.word, T.gebaerden, T.mutterschutz, T.starkregen];

const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  {
    q: 'was kostet "neu am steuer"',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['kostet 690 €'],
    mentions: ['Inklusive Mittagessen, Getränken und Seminarunterlagen für alle drei Tage.'],
  },
  {
    q: 'ist der erste hilfe kurs kostenlos',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse Saarland.'],
  },
  {
    q: 'how much does the procurement training cost',
    locale: 'en',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['costs €240'],
  },
  // --- facts: when, start time, duration -------------------------------------------------------------------------------
  {
    q: 'wann ist der lehrgang für neue führungskräfte',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 3 Tagen', 'Mi., 10.05.2028, Do., 11.05.2028 und Fr., 12.05.2028', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    q: 'when is the moselle seminar',
    locale: 'en',
    kind: 'facts',
    titles: [T.moselle],
    says: ['on Mon, 15 May 2028 from 09:00 to 16:00'],
  },
  {
    q: 'Datenschtz schulung wann',
    kind: 'facts',
    titles: [T.datenschutz],
    says: ['am Fr., 21.04.2028 von 09:00 bis 12:00 Uhr'],
  },
  {
    q: 'um wieviel uhr fängt der exel kurs an',
    kind: 'facts',
    titles: [T.excel],
    says: ['beginnt am Mo., 24.04.2028 um 08:30 Uhr'],
  },
  {
    q: 'what time does the first aid course start',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['starts on Tue, 9 May 2028 at 08:30'],
  },
  {
    q: 'wie lange geht das rückentraining',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['dauert 1,5 Stunden, von 10:00 bis 11:30 Uhr'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  {
    q: 'wo ist das seminar zum sitzungsdienst',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['im Rathaus Mandelbachtal'],
  },
  {
    q: 'ist die ki schulung online oder vor ort',
    kind: 'facts',
    titles: [T.ki],
    says: [/findet hybrid statt|oder online statt/],
  },
  { q: 'wer leitet das konfliktseminar', kind: 'facts', titles: [T.konflikt], says: ['leitet Frau Dr. Claudia Weber'] },
  {
    q: 'bis wann kann man sich fürs vergabeseminar anmelden',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Mi., 03.05.2028, 23:59 Uhr'],
  },
  {
    q: 'until when can i register for the english course for the front desk',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Wed, 12 Apr 2028, 23:59'],
  },
  {
    q: 'wieviele plätze sind beim stressseminar noch frei',
    kind: 'facts',
    titles: [T.stress],
    says: ['noch 20 von 20 Plätzen frei'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  {
    conv: 'moselle',
    q: 'wir haben viel mit den franzosen in sarreguemines zu tun, gibts dazu was',
    kind: 'list',
    titles: [T.moselle],
  },
  {
    conv: 'moselle',
    q: 'was kostet das',
    kind: 'facts',
    titles: [T.moselle],
    says: ['kostet 120 €'],
    mentions: ['Inklusive Mittagessen.'],
  },
  { conv: 'moselle', q: 'und wo ist das?', kind: 'facts', titles: [T.moselle], says: ['im Rathaus Blieskastel'] },
  {
    conv: 'phishing',
    q: 'got a weird email asking for my password – is there any training on that',
    locale: 'en',
    kind: 'list',
    titles: [T.sicherheit],
  },
  {
    conv: 'phishing',
    q: 'Who runs it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.sicherheit],
    says: ['is led by Herr Tobias Schmitt'],
  },
  {
    conv: 'phishing',
    q: 'is it online',
    locale: 'en',
    kind: 'facts',
    titles: [T.sicherheit],
    says: ['takes place online'],
  },
  {
    conv: 'bescheide',
    q: 'wie schreib ich bescheide so dass die leute sie auch verstehen',
    kind: 'list',
    titles: [T.klartext],
  },
  {
    conv: 'bescheide',
    q: 'wann ist das',
    kind: 'facts',
    titles: [T.klartext],
    says: ['am Di., 23.05.2028 von 09:00 bis 15:00 Uhr'],
  },
  {
    conv: 'bescheide',
    q: 'sind da noch plätze frei',
    kind: 'facts',
    titles: [T.klartext],
    says: ['noch 16 von 16 Plätzen frei'],
  },
  // --- topic searches: everyday words, words only in summary or description, synonyms, abbreviations, typos ------------
  { q: 'gibts was zu Informationssicherhiet', kind: 'list', titles: [T.sicherheit] },
  { q: 'Prozesmanagement schulung', kind: 'list', titles: [T.prozess] },
  { q: 'pivot tabellen lernen', kind: 'list', titles: [T.excel] },
  { q: 'Fürhung für neue teamleiter', kind: 'list', first: T.fuehrung },
  { q: 'was gibts zur dsgvo', kind: 'list', titles: [T.datenschutz] },
  { q: 'hab staendig rueckenschmerzen, gibts da was', kind: 'list', titles: [T.ruecken] },
  { q: 'ausschreibung nach uvgo', kind: 'list', titles: [T.vergabe] },
  { q: 'gibts was zum ozg', kind: 'list', titles: [T.ozg] },
  { q: 'gibts was zu chatgpt', kind: 'list', titles: [T.ki] },
  { q: 'ich muss protokolle für den gemeinderat schreiben', kind: 'list', titles: [T.sitzung] },
  { q: 'brandschutzhelfer ausbildung', kind: 'list', titles: [T.brandschutz] },
  { q: 'was tun gegen burnout', kind: 'list', titles: [T.stress] },
  { q: 'anything on healthy leadership', locale: 'en', kind: 'list', first: T.gesund },
  { q: 'e-akte schulung', kind: 'list', titles: [T.eakte] },
  // --- filters: dates, time of day, format, place, free seats, trainer, provider, audience, length, cost, language -----
  { q: 'was läuft diese woche noch', kind: 'list', titles: [T.sicherheit, T.datenschutz] },
  { q: 'anything on tomorrow', locale: 'en', kind: 'list', titles: [T.sicherheit] },
  { q: 'was gibts nächste woche vormittags', kind: 'list', titles: [T.excel, T.english, T.ki] },
  { q: 'anything next week in the afternoon', locale: 'en', kind: 'list', titles: [T.prozess, T.stress] },
  {
    q: 'was ist in den nächsten zwei wochen',
    kind: 'list',
    titles: [T.sicherheit, T.datenschutz, T.excel, T.prozess, T.english, T.stress, T.ki],
  },
  {
    q: 'was gibt es im juni',
    kind: 'list',
    titles: [T.konflikt, T.ozg, T.sitzung, T.ruecken, T.haushalt, T.brandschutz],
  },
  {
    q: "what's on next month",
    locale: 'en',
    kind: 'list',
    titles: [T.ersteHilfe, T.fuehrung, T.moselle, T.eakte, T.vergabe, T.gesund, T.klartext],
  },
  { q: 'kostenlose seminare im mai', kind: 'list', titles: [T.ersteHilfe, T.eakte, T.gesund] },
  { q: 'welche online kurse gibts im juni', kind: 'list', titles: [T.ozg, T.ruecken] },
  { q: 'was gibts in blieskastel', kind: 'list', ...only(T.ersteHilfe, T.moselle, T.konflikt) },
  { q: 'gibts im mai in blieskastel noch freie plätze', kind: 'list', titles: [T.ersteHilfe, T.moselle] },
  { q: 'kurse von frau wagner', kind: 'list', ...only(T.excel, T.ki) },
  {
    q: 'was bietet die unfallkasse an',
    kind: 'list',
    ...only(T.stress, T.ersteHilfe, T.gesund, T.ruecken, T.brandschutz),
  },
  { q: 'kurse fuer fuehrungskraefte', kind: 'list', ...only(T.fuehrung, T.gesund, T.konflikt) },
  { q: 'mehrtaegige seminare', kind: 'list', titles: [T.fuehrung] },
  { q: 'any courses in english', locale: 'en', kind: 'list', titles: [T.english] },
  // --- gone, drafts never shown, no match, greeting --------------------------------------------------------------------
  { q: 'wann war die starkregen übung', kind: 'gone', gone: T.starkregen, says: ['Do., 30.03.2028'] },
  { q: 'mutterschutz und elternzeit seminar, was kostet das', kind: 'gone', gone: T.mutterschutz },
  { q: 'When is the Word mail merge course?', locale: 'en', kind: 'gone', gone: T.word },
  { q: 'wann ist der gebärdensprachkurs', kind: 'gone', gone: T.gebaerden },
  { q: 'gibts was zum videos drehen für social media', kind: 'none' },
  { q: 'fahrsicherheitstraining dienstwagen', kind: 'none' },
  { q: 'kettensägenkurs für den bauhof', kind: 'none' },
  { q: 'is there a course on photography', locale: 'en', kind: 'none' },
  { q: 'salü zusammen', kind: 'help' },
  { q: 'hi there', locale: 'en', kind: 'help' },
];

heldoutSuite('answering questions about a hundred-and-first, independent catalogue (Saarpfalz-Kreis, eGo-Saar)', {
  fixture: 'heldout101-catalogue.json',
  now,
  timeZone: TZ,
  cases: CASES,
  titles: all,
  never: NEVER,
});
