// Over-fitting check, three-hundred-and-sixteenth catalogue: the spring and summer 2030 programme for the Stadt Augsburg
// (Bavaria) and its offices (Bürgeramt, Standesamt, Ordnungsamt, Stadtkämmerei, Amt für Grünordnung, Berufsfeuerwehr,
// Stadtbücherei, Jugendamt), with the Bayerische Verwaltungsschule (BVS), the Kommunale Unfallversicherung Bayern (KUVB),
// the AKDB, the city's Amt für Informations- und Kommunikationstechnik (AIK), the Personalamt's Personalentwicklung and
// the Volkshochschule Augsburg (vhs), imported from a JSON file. Seminars take place in the Verwaltungszentrum an der
// Blauen Kappe, the Rathaus, the Standesamt, the Zeughaus, the vhs on Willy-Brandt-Platz, the Stadtbücherei on
// Ernst-Reuter-Platz, the fire brigade's training centre, the Jugendamt's building in the Hermanstraße, the Botanischer
// Garten, the BVS-Bildungszentrum Lauingen, online or hybrid. Several titles do not name their subject ("Ruhig bleiben,
// wenn es laut wird" is de-escalation at the counter, "Nicht jeder Anhang ist harmlos" phishing, "Der Beleg kommt als
// Datei" e-invoices / XRechnung, "Ein Blick in die Krone" tree inspection, "Die Seiten gewechselt" new managers,
// "Bewegt durch den Feierabend" back exercises, "Der erste Eindruck zählt" etiquette for apprentices, "Schreiben mit
// Assistenz" AI / Copilot, "Auf sich und andere achten" healthy leadership), so only summary, description or topics
// reveal it; one seminar is held in English (three Thursday evenings); the back course runs on four Monday evenings;
// first aid is free (the KUVB pays), the apprentices' etiquette course is paid by the Personalamt, the Excel course by
// the sending office. The questions are a mixed week of the bot: greetings, help, thanks, topic searches, facts,
// follow-ups, no-match topics, cancelled and past seminars, drafts that must not show, seats, format, audiences and
// Easter, about a third in English, written without looking at the parser or the answers.
//
// Calendar around `now` (Tuesday 16 April 2030, 07:50 in Augsburg, summer time; Easter Sunday is 21.04.2030; Gründonnerstag
// Thu 18.04. is a working day, Karfreitag Fri 19.04. and Ostermontag Mon 22.04. are holidays; so are 1 May, Ascension
// Thu 30.05., Whit Monday 10.06., Corpus Christi Thu 20.06. and Augsburg's Friedensfest Thu 08.08.; nothing is planned on
// them; "in der Osterwoche" is asked only where Holy Week and the week after Easter give the same answer):
//   this week (Holy Week): Tue 16.04. (today) 13:00–16:00 de-escalation (Verwaltungszentrum); Wed 17.04. (tomorrow)
//               09:00–10:30 phishing (online); Thu 18.04. 08:30–12:00 cash offices (Rathaus); nothing Fri 19.04.–Mon 22.04.
//   week after Easter: Tue 23.04. 09:00–16:00 civil status law (Standesamt; deadline passed Fri 12.04. 12:00), Wed 24.04.
//               14:00–15:30 e-invoices (online), Thu 25.04. 18:00–20:00 English (vhs, evening; also Thu 02.05. and Thu
//               09.05.; deadline Thu 18.04. 23:59), Fri 26.04. 08:00–15:00 tree inspection (Botanischer Garten); the
//               cancelled chainsaw course on Tue 30.04.
//   May:        Mon 06./13./20./27.05. 18:00–19:15 back exercises (vhs, evening), Tue 07.05. administrative offences
//               (Verwaltungszentrum), Wed 08.05. fire wardens (fire brigade), Mon 13.05. and Tue 14.05. new managers
//               (Lauingen; deadline Fri 26.04. 23:59), Wed 15.05. child protection (hybrid, Hermanstraße), Thu 16.05. first
//               aid (fire brigade), Wed 22.05. e-media (Stadtbücherei), the cancelled minutes course (Thu 23.05.)
//   June:       Tue 04.06. and Tue 11.06. 09:00–12:00 Excel (online, 79 €), Wed 05.06. etiquette for apprentices (vhs),
//               Thu 06.06. 14:00–16:00 AI (hybrid, Verwaltungszentrum), Wed 12.06. data protection (online), Tue 18.06.
//               procurement (Rathaus), the draft social-media course (Tue 25.06.)
//   July:       Wed 03.07. OK.EWO registration software (online, 140 €), Wed 10.07. healthy leadership (Zeughaus), the draft
//               cemetery fees course (Wed 17.07.)
//   later:      Mon 02.09. and Tue 03.09. induction days for new apprentices (Rathaus)
//   past:       Tue 12.02.2030 property tax objections (online), Thu 14.03.2030 year-end closing (Rathaus).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2030-04-16T05:50:00Z'); // Tuesday, 16 April 2030, 07:50 in Augsburg (CEST)
const TZ = 'Europe/Berlin';

const T = {
  deeskalation: 'Ruhig bleiben, wenn es laut wird', // Tue 16.04. 13:00–16:00, Verwaltungszentrum, Personalamt, Steiner, de-escalation at the counter, free, 14 seats
  phishing: 'Nicht jeder Anhang ist harmlos', // Wed 17.04. 09:00–10:30, online, AIK, Reiter, phishing, free
  kasse: 'Zahlstellen und Handvorschüsse: Kassenführung nach der KommHV', // Thu 18.04. 08:30–12:00, Rathaus, Stadtkämmerei, Lutz, free
  standesamt: 'Personenstandsrecht kompakt: Geburten und Sterbefälle beurkunden', // Tue 23.04. 09:00–16:00, Standesamt, BVS, Dr. Kraus, 245 €, deadline passed Fri 12.04. 12:00
  erechnung: 'Der Beleg kommt als Datei', // Wed 24.04. 14:00–15:30, online, AKDB, Brenner, XRechnung, free
  english: 'Front Office English: Helping International Residents', // Thu 25.04., 02.05., 09.05. 18:00–20:00, vhs, Collins, 89 €, English, deadline Thu 18.04. 23:59
  baum: 'Ein Blick in die Krone', // Fri 26.04. 08:00–15:00, Botanischer Garten, KUVB, Ziegler, tree inspection, free, 15 seats
  owi: 'Ordnungswidrigkeitenverfahren in der Praxis', // Tue 07.05. 09:00–16:00, Verwaltungszentrum, BVS, Dr. Huber, 225 €
  brandschutz: 'Brandschutzhelfer-Ausbildung mit Löschübung', // Wed 08.05. 09:00–13:00, fire brigade, Wörle, free
  fuehrung: 'Die Seiten gewechselt', // Mon 13.05. and Tue 14.05. 09:00–16:30, BVS-Bildungszentrum Lauingen, BVS, Mayr, new managers, 420 €, deadline Fri 26.04. 23:59
  kinderschutz: 'Kinderschutz: Schutzauftrag bei Kindeswohlgefährdung nach § 8a SGB VIII', // Wed 15.05. 09:00–16:00, hybrid (Hermanstraße), Jugendamt, Hoffmann, free
  ersteHilfe: 'Erste-Hilfe-Fortbildung für betriebliche Ersthelferinnen und Ersthelfer', // Thu 16.05. 08:30–16:00, fire brigade, Wörle, free (KUVB pays)
  onleihe: 'Onleihe, E-Reader & Co.: digitale Medien in der Beratung', // Wed 22.05. 14:00–17:00, Stadtbücherei, Neumeier, free
  ruecken: 'Bewegt durch den Feierabend', // Mon 06./13./20./27.05. 18:00–19:15, vhs, Kugler, back exercises, 36 €
  excel: 'Pivot, SVERWEIS & Co.: Excel für Fortgeschrittene', // Tue 04.06. and Tue 11.06. 09:00–12:00, online, vhs, Brandl, 79 € (sending office pays)
  knigge: 'Der erste Eindruck zählt', // Wed 05.06. 09:00–12:00, vhs, Kugler, etiquette for apprentices, 39 € (Personalamt pays)
  ki: 'Schreiben mit Assistenz', // Thu 06.06. 14:00–16:00, hybrid (Verwaltungszentrum), AIK, Reiter, AI / Copilot, free
  datenschutz: 'Datenschutz am Arbeitsplatz: Grundlagen der DSGVO', // Wed 12.06. 10:00–11:30, online, Personalamt, Seitz, free
  vergabe: 'Vergabe unterhalb der Schwellenwerte: UVgO und VOB/A', // Tue 18.06. 09:00–16:00, Rathaus, BVS, Dr. Huber, 265 €
  ewo: 'Meldewesen mit OK.EWO: Anmeldung, Ummeldung, Auskunftssperren', // Wed 03.07. 09:00–12:00, online, AKDB, Brenner, 140 €
  gesundFuehren: 'Auf sich und andere achten', // Wed 10.07. 09:00–15:00, Zeughaus, KUVB, Wiedemann, healthy leadership, free
  azubi: 'Willkommen bei der Stadt Augsburg: Einführungstage für neue Auszubildende', // Mon 02.09. and Tue 03.09. 08:00–15:00, Rathaus, Personalamt, free, 60 seats
  socialMedia: 'Instagram, Facebook & Co.: Social Media für städtische Ämter', // draft (Tue 25.06.)
  friedhof: 'Gebührenkalkulation für Friedhof und Bestattung', // draft (Wed 17.07.)
  motorsaege: 'Motorsägen-Grundkurs für die Baumpflege', // cancelled (Tue 30.04.2030)
  protokoll: 'Protokollführung in Stadtrat und Ausschüssen', // cancelled (Thu 23.05.2030)
  grundsteuer: 'Grundsteuer in Bayern: Einsprüche gegen die neuen Bescheide', // past (Tue 12 February 2030)
  jahresabschluss: 'Jahresabschluss 2029: Inventur und Abschlussbuchungen', // past (Thu 14 March 2030)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.socialMedia, T.friedhof, T.motorsaege, T.protokoll, T.grundsteuer, T.jahresabschluss];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- greetings, help, thanks, follow-ups without context --------------------------------------------------------------
  { q: 'Grüß Gott!', kind: 'help' },
  { q: 'hi, what can you do?', locale: 'en', kind: 'help' },
  { conv: 'leer', q: 'und was kostet das?', kind: 'noContext' },
  { conv: 'blank', q: 'is it online?', locale: 'en', kind: 'noContext' },
  // --- today, tomorrow, this week, Easter -------------------------------------------------------------------------------
  { conv: 'heute', q: 'was läuft heute?', kind: 'list', titles: [T.deeskalation] },
  {
    conv: 'heute',
    q: 'wo ist das genau?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['findet im Verwaltungszentrum Augsburg'],
  },
  {
    conv: 'heute',
    q: 'sind da noch plätze frei',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['noch 14 von 14 Plätzen frei'],
  },
  { conv: 'heute', q: 'Danke schön!', kind: 'thanks' },
  { conv: 'tomorrow', q: "what's on tomorrow?", locale: 'en', kind: 'list', titles: [T.phishing] },
  {
    conv: 'tomorrow',
    q: 'is it online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['takes place online'],
  },
  {
    conv: 'tomorrow',
    q: 'how long does it take',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['lasts 1.5 hours, from 09:00 to 10:30'],
  },
  { conv: 'tomorrow', q: 'thanks, that helps', locale: 'en', kind: 'thanks' },
  { q: 'gibt es vor Ostern noch ein Seminar?', kind: 'list', titles: [T.deeskalation, T.phishing, T.kasse] },
  { q: 'anything before easter?', locale: 'en', kind: 'list', titles: [T.deeskalation, T.phishing, T.kasse] },
  { q: 'was ist am gründonnerstag', kind: 'list', titles: [T.kasse] },
  { q: 'ist am karfreitag irgendwas?', kind: 'none' },
  {
    q: 'was ist in der woche nach ostern',
    kind: 'list',
    titles: [T.standesamt, T.erechnung, T.english, T.baum],
  },
  // Holy Week or the week after Easter: first aid is in neither.
  {
    q: 'gibt es in der osterwoche einen erste-hilfe-kurs?',
    kind: 'none',
  },
  {
    q: 'online-seminare nach ostern',
    kind: 'list',
    ...maybeAlso(only(T.erechnung, T.excel, T.datenschutz, T.ewo), T.kinderschutz, T.ki),
  },
  // --- follow-up conversations ------------------------------------------------------------------------------------------
  { conv: 'standesamt', q: 'gibt es eine schulung fürs standesamt?', kind: 'list', titles: [T.standesamt] },
  {
    conv: 'standesamt',
    q: 'ist die anmeldung noch offen?',
    kind: 'facts',
    titles: [T.standesamt],
    says: ['ist am Fr., 12.04.2030, 12:00 Uhr abgelaufen'],
  },
  {
    conv: 'fuehrung',
    q: 'ich übernehme ab mai eine sachgebietsleitung – gibt es was zum rollenwechsel?',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'fuehrung',
    q: 'bis wann muss ich mich anmelden?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['bis Fr., 26.04.2030, 23:59 Uhr'],
  },
  {
    conv: 'fuehrung',
    q: 'wo findet das statt',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['im BVS-Bildungszentrum Lauingen'],
  },
  { conv: 'english', q: 'is there a course held in English?', locale: 'en', kind: 'list', titles: [T.english] },
  {
    conv: 'english',
    q: 'when exactly?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['on 3 days', 'Thu, 25 Apr 2030, Thu, 2 May 2030 and Thu, 9 May 2030', 'each from 18:00 to 20:00'],
  },
  {
    conv: 'english',
    q: "what's the registration deadline?",
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['until Thu, 18 Apr 2030, 23:59'],
  },
  { conv: 'kinderschutz', q: 'fortbildung zu kindeswohlgefährdung', kind: 'list', titles: [T.kinderschutz] },
  {
    conv: 'kinderschutz',
    q: 'ist das online?',
    kind: 'facts',
    titles: [T.kinderschutz],
    says: ['findet hybrid statt: im Verwaltungsgebäude Hermanstraße 1'],
  },
  { conv: 'azubi', q: 'was gibt es für azubis?', kind: 'list', ...only(T.knigge, T.azubi) },
  {
    conv: 'azubi',
    q: 'und was kostet der knigge-kurs?',
    kind: 'facts',
    titles: [T.knigge],
    says: ['kostet 39 €'],
    mentions: ['Die Gebühr übernimmt das Personalamt.'],
  },
  // --- facts -------------------------------------------------------------------------------------------------------------
  {
    q: 'is the fire warden training free?',
    locale: 'en',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['is free of charge'],
  },
  {
    q: 'where is the first aid refresher?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['takes place at Ausbildungszentrum der Berufsfeuerwehr Augsburg'],
  },
  {
    q: 'kostet der erste-hilfe-kurs etwas?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Kosten übernimmt die KUVB.'],
  },
  {
    q: 'how much is the excel course',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['costs €79'],
    mentions: ['Die Gebühr trägt die entsendende Dienststelle.'],
  },
  {
    q: 'wann ist der excel-kurs?',
    kind: 'facts',
    titles: [T.excel],
    says: ['an 2 Tagen', 'Di., 04.06.2030 und Di., 11.06.2030', 'jeweils von 09:00 bis 12:00 Uhr'],
  },
  {
    q: 'ist der KI-Kurs online oder vor Ort?',
    kind: 'facts',
    titles: [T.ki],
    says: ['findet hybrid statt: im Verwaltungszentrum Augsburg'],
  },
  {
    q: 'wer leitet das seminar zum vergaberecht?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['leitet Herr Dr. Andreas Huber'],
  },
  {
    q: 'are there still seats in the tree inspection course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.baum],
    says: ['has 15 of 15 seats left'],
  },
  {
    q: 'when is the OK.EWO training?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ewo],
    says: ['on Wed, 3 Jul 2030 from 09:00 to 12:00'],
  },
  // --- topic searches: words only in summary, description or topics ------------------------------------------------------
  { q: 'umgang mit aggressiven bürgern am schalter', kind: 'list', titles: [T.deeskalation] },
  { q: 'xrechnung schulung', kind: 'list', titles: [T.erechnung] },
  { q: 'tree inspection course', locale: 'en', kind: 'list', titles: [T.baum] },
  { q: 'any training on copilot or AI?', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    miss: '"erstellen" also finds the cash-office course',
    q: 'bußgeldbescheid erstellen',
    kind: 'list',
    titles: [T.owi],
  },
  { q: 'onleihe', kind: 'list', titles: [T.onleihe] },
  { q: 'data protection basics', locale: 'en', kind: 'list', titles: [T.datenschutz] },
  // --- filters: evening, free, month, weekday, format, provider, trainer, place, audience, fee, length -------------------
  { q: 'gibt es auch abendkurse?', kind: 'list', ...only(T.english, T.ruecken) },
  { q: 'kostenlose seminare im mai', kind: 'list', titles: [T.brandschutz, T.kinderschutz, T.ersteHilfe, T.onleihe] },
  { q: 'seminare im juni', kind: 'list', titles: [T.excel, T.knigge, T.ki, T.datenschutz, T.vergabe] },
  { q: "what's on in july?", locale: 'en', kind: 'list', titles: [T.ewo, T.gesundFuehren] },
  { q: 'welche seminare sind hybrid', kind: 'list', ...only(T.kinderschutz, T.ki) },
  { q: 'was bietet die vhs an?', kind: 'list', ...only(T.english, T.ruecken, T.excel, T.knigge) },
  { q: 'what does the BVS offer', locale: 'en', kind: 'list', ...only(T.standesamt, T.owi, T.fuehrung, T.vergabe) },
  {
    miss: '"fürs Bürgeramt" finds only the course whose texts name the Bürgeramt, not the de-escalation course for counter staff',
    q: 'was gibt es fürs bürgeramt?',
    kind: 'list',
    ...only(T.deeskalation, T.english, T.ewo),
  },
  { q: 'gibt es für führungskräfte noch freie plätze?', kind: 'list', ...only(T.fuehrung, T.gesundFuehren) },
  { q: 'courses for managers', locale: 'en', kind: 'list', ...only(T.fuehrung, T.gesundFuehren) },
  { q: 'seminare die mehr als 200 euro kosten', kind: 'list', ...only(T.standesamt, T.owi, T.fuehrung, T.vergabe) },
  {
    q: 'gibt es mehrtägige seminare?',
    kind: 'list',
    ...maybeAlso(only(T.fuehrung, T.azubi), T.excel, T.english, T.ruecken),
  },
  // --- details ------------------------------------------------------------------------------------------------------------
  { q: 'zeig mir die details zu „Auf sich und andere achten“', kind: 'details', titles: [T.gesundFuehren] },
  // --- cancelled and past seminars, drafts never shown, no match ----------------------------------------------------------
  { q: 'is the chainsaw course still on?', locale: 'en', kind: 'gone', gone: T.motorsaege },
  { q: 'wann ist die schulung zur protokollführung im stadtrat?', kind: 'gone', gone: T.protokoll },
  { q: 'grundsteuer seminar', kind: 'gone', gone: T.grundsteuer, says: ['Di., 12.02.2030'] },
  { q: 'wann war die schulung zum jahresabschluss?', kind: 'gone', gone: T.jahresabschluss, says: ['Do., 14.03.2030'] },
  { q: 'social media schulung für die pressestelle', kind: 'none' },
  { q: 'friedhofsgebühren kalkulieren', kind: 'none' },
  { q: 'is there a sign language course?', locale: 'en', kind: 'none' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-sixteenth, independent catalogue (Stadt Augsburg, BVS, KUVB, AKDB, vhs Augsburg)',
  {
    fixture: 'heldout316-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
