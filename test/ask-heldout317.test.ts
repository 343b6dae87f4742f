// Over-fitting check, three-hundred-and-seventeenth catalogue: the spring 2031 programme for the Stadt Neumünster
// (Schleswig-Holstein) and the municipalities around it (Wasbek, Boostedt, Großenaspe, Ehndorf, Padenstedt, Aukrug,
// Arpsdorf, Tasdorf), with the Verwaltungsakademie Bordesholm (VAB), the Unfallkasse Nord, the IT-Verbund Schleswig-
// Holstein (ITV.SH), the Schleswig-Holsteinischer Gemeindetag (SHGT), the Volkshochschule Neumünster and the city's
// Personalentwicklung, imported from a JSON file. Seminars take place in the Rathaus, the Stadthaus, the Stadtbücherei
// and the Volkshochschule in Neumünster, the Verwaltungsakademie in Bordesholm, the Gemeindezentrum Boostedt, the
// Dörpshus Großenaspe, the Feuerwehrgerätehaus Wasbek and the Bauhof Padenstedt, online or hybrid. Several titles do
// not name their subject ("Nicht jeder Anhang ist ein Geschenk" is phishing, "Gut vorbereitet in die Sitzung" the
// Gemeindeordnung for council members, "Was bleibt, was geht" records retention and the city archive, "Neue Rolle,
// neuer Blick" new managers, "Fragen an die Maschine" generative AI, "Wenn es brennt, zählt jede Minute" fire wardens,
// "Gemeinsam statt nacheinander" Teams / OneDrive / SharePoint, "Zahlen, die Geschichten erzählen" the Doppik
// year-end accounts, "Standfest oder nicht?" tree inspection, "Feierabend für den Nacken" neck and back exercises,
// "Darf ich das weitergeben?" data protection in the citizens' office, "Post, die verstanden wird" plain language,
// "Wenn der Ton rauer wird" de-escalation with aggressive citizens, "Zwischen den Stühlen" conflict management and
// mediation), so only summary, description or topics reveal it; one seminar is held in English; the course for new
// managers runs on two Thursdays across the start of summer time (Sun 30.03.2031), the project management course on
// three Wednesday afternoons online; first aid and fire wardens are free, paid by the Unfallkasse Nord; two courses
// run in the evening. The questions mostly ask two things at once: two facts of one seminar ("Wann und wo …?", "was
// kostet es und wer leitet es?"), one fact of two named seminars (answered for both, in the order named) and which of
// two seminars comes first (answered with both dates), besides topic searches, date filters and follow-ups. Where two
// facts of one seminar are asked and answered in two sentences, either may come first. Written without looking at
// the parser or the answers.
//
// Calendar around `now` (Tuesday 11 March 2031, 10:00 in Neumünster, winter time; summer time begins Sun 30.03.2031;
// Easter Sunday is 13.04.2031):
//   this week:  Tue 11.03. (today) 14:00–15:30 phishing (online, free); Wed 12.03. 09:00–16:00 procurement (Rathaus,
//               240 €; deadline passed Fri 28.02. 12:00); Thu 13.03. 09:00–12:30 Excel (online, 75 €); Fri 14.03.
//               08:30–16:00 first aid (Gemeindezentrum Boostedt, free)
//   next week:  Mon 17.03. 13:00–16:00 Word (online, 60 €); Tue 18.03. 18:00–20:30 council members (Dörpshus
//               Großenaspe, evening, 40 €); Thu 20.03. 09:00–16:00 English (Stadtbücherei, 90 €; deadline Thu 13.03.
//               23:59); the cancelled PowerPoint course (Fri 21.03.)
//   late March: Wed 26.03. 09:00–12:00 records / archive (Rathaus, free); Thu 27.03. (CET) and Thu 03.04. (CEST)
//               09:00–16:00 new managers (Verwaltungsakademie Bordesholm, 420 €; deadline Fri 14.03. 23:59); Mon 31.03.
//               14:00–16:00 AI (online, free)
//   April:      Tue 08.04. 09:00–12:00 fire wardens (Feuerwehrgerätehaus Wasbek, free); Wed 09.04. 10:00–11:30 Teams
//               (online, free); Tue 15.04. 09:00–16:00 Doppik (Verwaltungsakademie Bordesholm, 210 €, 20 seats); Tue
//               22.04. 09:00–15:00 tree inspection (Bauhof Padenstedt, 180 €); Wed 23.04. 18:30–20:00 neck exercises
//               (Volkshochschule, evening, 20 €); Tue 29.04. 09:00–12:00 data protection (Stadthaus, free)
//   May:        Tue 06.05. 09:00–16:00 administrative acts (hybrid, Rathaus, 225 €); the cancelled forklift course
//               (Tue 13.05.); Wed 14.05. 09:00–16:00 plain language (Volkshochschule, 130 €; deadline Fri 25.04. 12:00);
//               Tue 20.05. 13:00–16:30 de-escalation (Stadthaus, free)
//   June:       Wed 04.06., 11.06. and 18.06. 14:00–16:00 project management (online, 150 €); Tue 24.06. 09:00–16:00
//               conflict management (Verwaltungsakademie Bordesholm, 210 €)
//   later:      the draft road-levies course (Tue 08.07.), the draft podcast/video course (Thu 10.07.), Mon 01.09.
//               09:00–15:00 induction day for trainees (Rathaus, free, 35 seats)
//   past:       Tue 10.12.2030 payroll at the turn of the year (online), Thu 20.02.2031 flood protection (Rathaus).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2031-03-11T09:00:00Z'); // Tuesday, 11 March 2031, 10:00 in Neumünster (CET)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Nicht jeder Anhang ist ein Geschenk', // Tue 11.03. 14:00–15:30, online, ITV.SH, Wiegand, phishing, free
  vergabe: 'Öffentliche Aufträge rechtssicher vergeben: UVgO und VGSH', // Wed 12.03. 09:00–16:00, Rathaus, VAB, Dr. Fenner, 240 €, deadline passed Fri 28.02. 12:00
  excel: 'Excel im Verwaltungsalltag: Formeln, Filter und Pivot-Tabellen', // Thu 13.03. 09:00–12:30, online, VHS, Hohmann, 75 € (Dienststelle pays)
  ersteHilfe: 'Erste-Hilfe-Fortbildung für betriebliche Ersthelferinnen und Ersthelfer', // Fri 14.03. 08:30–16:00, Gemeindezentrum Boostedt, UK Nord, Gerlach, free
  word: 'Word für Fortgeschrittene: Serienbriefe, Vorlagen und Inhaltsverzeichnisse', // Mon 17.03. 13:00–16:00, online, VHS, Hohmann, 60 €
  gemeinderat: 'Gut vorbereitet in die Sitzung', // Tue 18.03. 18:00–20:30, Dörpshus Großenaspe, SHGT, Dr. Rehbein, Gemeindeordnung for council members, 40 €
  english: 'Welcome Desk English: Serving International Residents', // Thu 20.03. 09:00–16:00, Stadtbücherei Neumünster, VHS, Gallagher, 90 €, deadline Thu 13.03. 23:59
  archiv: 'Was bleibt, was geht', // Wed 26.03. 09:00–12:00, Rathaus, PE, Salzmann, records retention / archive, free
  fuehrung: 'Neue Rolle, neuer Blick', // Thu 27.03. (CET) and Thu 03.04. (CEST) 09:00–16:00, Verwaltungsakademie Bordesholm, VAB, Dr. Kaltwasser, new managers, 420 €, deadline Fri 14.03. 23:59
  ki: 'Fragen an die Maschine', // Mon 31.03. 14:00–16:00, online, ITV.SH, Wiegand, generative AI / ChatGPT, free
  brandschutz: 'Wenn es brennt, zählt jede Minute', // Tue 08.04. 09:00–12:00, Feuerwehrgerätehaus Wasbek, UK Nord, Gerlach, fire wardens, free
  teams: 'Gemeinsam statt nacheinander', // Wed 09.04. 10:00–11:30, online, ITV.SH, Brandau, Teams / OneDrive / SharePoint, free
  doppik: 'Zahlen, die Geschichten erzählen', // Tue 15.04. 09:00–16:00, Verwaltungsakademie Bordesholm, VAB, Dietrich, Doppik year-end accounts, 210 €, 20 seats
  baum: 'Standfest oder nicht?', // Tue 22.04. 09:00–15:00, Bauhof Padenstedt, SHGT, Eckhardt, tree inspection, 180 €
  nacken: 'Feierabend für den Nacken', // Wed 23.04. 18:30–20:00, Volkshochschule, VHS, Rupp, neck / back exercises, 20 €
  datenschutz: 'Darf ich das weitergeben?', // Tue 29.04. 09:00–12:00, Stadthaus, PE, Nöll, data protection in the Bürgerbüro, free
  bescheid: 'Bescheide rechtssicher formulieren: Anhörung, Begründung, Rechtsbehelfsbelehrung', // Tue 06.05. 09:00–16:00, hybrid (Rathaus), VAB, Dr. Fenner, 225 €
  sprache: 'Post, die verstanden wird', // Wed 14.05. 09:00–16:00, Volkshochschule, VHS, Vogt, plain language, 130 €, deadline Fri 25.04. 12:00
  deeskalation: 'Wenn der Ton rauer wird', // Tue 20.05. 13:00–16:30, Stadthaus, UK Nord, Schaub, de-escalation, free
  projekt: 'Projekte im Griff: Projektmanagement für kleine Verwaltungen', // Wed 04.06., 11.06., 18.06. 14:00–16:00, online, VAB, Baumbach, 150 €
  konflikt: 'Zwischen den Stühlen', // Tue 24.06. 09:00–16:00, Verwaltungsakademie Bordesholm, VAB, Dr. Kaltwasser, conflict management / mediation, 210 €
  azubi: 'Willkommen an Bord: Einführungstag für Auszubildende und Anwärter', // Mon 01.09. 09:00–15:00, Rathaus, PE, Spohr, free, 35 seats
  beitraege: 'Straßenbeiträge und Erschließungsbeiträge in Schleswig-Holstein', // draft (Tue 08.07.)
  podcast: 'Podcast und Video für die Bürgerinformation', // draft (Thu 10.07.)
  powerpoint: 'PowerPoint-Präsentationen, die überzeugen', // cancelled (Fri 21.03.2031)
  stapler: 'Gabelstapler-Fahrausweis für Bauhofbeschäftigte', // cancelled (Tue 13.05.2031)
  hochwasser: 'Hochwasserschutz an der Schwale: Alarm- und Einsatzplan', // past (Thu 20 February 2031)
  entgelt: 'Entgeltabrechnung zum Jahreswechsel 2030/2031', // past (Wed 10 December 2030)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.beitraege, T.podcast, T.powerpoint, T.stapler, T.hochwasser, T.entgelt];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations, mostly asking two things at once -------------------------------------------------------
  { conv: 'phishing', q: 'gibt es was zum thema phishing?', kind: 'list', titles: [T.phishing] },
  {
    conv: 'phishing',
    q: 'wann und wo?',
    kind: 'facts',
    titles: [T.phishing],
    says: [/am Di\., 11\.03\.2031 von 14:00 bis 15:30 Uhr|findet online statt/],
    mentions: ['am Di., 11.03.2031 von 14:00 bis 15:30 Uhr', 'findet online statt'],
  },
  {
    conv: 'phishing',
    q: 'kostet das was und wer macht das?',
    kind: 'facts',
    titles: [T.phishing],
    says: [/ist kostenlos|leitet Herr Jonas Wiegand/],
    mentions: ['ist kostenlos', 'leitet Herr Jonas Wiegand'],
  },
  {
    conv: 'fuehrung',
    q: 'ich übernehme bald ein sachgebiet – gibt es ein seminar für neue führungskräfte?',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'fuehrung',
    q: 'wann und wo findet das statt?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: [
      'an 2 Tagen in der Verwaltungsakademie Bordesholm',
      'Do., 27.03.2031 und Do., 03.04.2031',
      'jeweils von 09:00 bis 16:00 Uhr',
    ],
  },
  {
    conv: 'fuehrung',
    q: 'was kostet es und bis wann muss ich mich anmelden?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: [/kostet 420 €|bis Fr\., 14\.03\.2031, 23:59 Uhr/],
    mentions: ['kostet 420 €', 'bis Fr., 14.03.2031, 23:59 Uhr'],
  },
  {
    miss: 'the English course is for the "citizens\' office", which the front desk does not name (as a synonym it also lists that course beside the counter course of 151)',
    conv: 'english',
    q: 'is there a course in English for the front desk?',
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  {
    miss: 'follows the missed English course',
    conv: 'english',
    q: 'when and where is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['on Thu, 20 Mar 2031 from 09:00 to 16:00 at Stadtbücherei Neumünster'],
  },
  {
    miss: 'follows the missed English course',
    conv: 'english',
    q: 'how much does it cost and who teaches it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: [/costs €90|is led by Ms Fiona Gallagher/],
    mentions: ['costs €90', 'is led by Ms Fiona Gallagher'],
  },
  { conv: 'office', q: 'excel oder word kurse', kind: 'list', ...only(T.excel, T.word) },
  {
    conv: 'office',
    q: 'was kosten die beiden?',
    kind: 'facts',
    ...only(T.excel, T.word),
    says: [/kostet 75 €|kostet 60 €/],
    mentions: [`„${T.excel}“ kostet 75 €`, `„${T.word}“ kostet 60 €`],
  },
  { conv: 'doppik', q: 'doppik jahresabschluss', kind: 'list', titles: [T.doppik] },
  {
    conv: 'doppik',
    q: 'sind da noch plätze frei und wo ist das?',
    kind: 'facts',
    titles: [T.doppik],
    says: [/noch 20 von 20 Plätzen frei|in der Verwaltungsakademie Bordesholm/],
    mentions: ['noch 20 von 20 Plätzen frei', 'in der Verwaltungsakademie Bordesholm'],
  },
  { conv: 'sprache', q: 'amtsdeutsch vermeiden', kind: 'list', titles: [T.sprache] },
  {
    conv: 'sprache',
    q: 'bis wann anmelden und was kostet der kurs?',
    kind: 'facts',
    titles: [T.sprache],
    says: [/bis Fr\., 25\.04\.2031, 12:00 Uhr|kostet 130 €/],
    mentions: ['bis Fr., 25.04.2031, 12:00 Uhr', 'kostet 130 €'],
  },
  { conv: 'ki', q: 'any training on ChatGPT?', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    conv: 'ki',
    q: 'is it online, and how long is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: [/takes place online|lasts 2 hours, from 14:00 to 16:00/],
    mentions: ['takes place online', 'lasts 2 hours, from 14:00 to 16:00'],
  },
  { conv: 'projekt', q: 'projektmanagement', kind: 'list', titles: [T.projekt] },
  {
    conv: 'projekt',
    q: 'an welchen tagen und um wie viel uhr?',
    kind: 'facts',
    titles: [T.projekt],
    says: ['an 3 Tagen', 'Mi., 04.06.2031, Mi., 11.06.2031 und Mi., 18.06.2031', 'jeweils von 14:00 bis 16:00 Uhr'],
  },
  { conv: 'baum', q: 'baumkontrolle schulung', kind: 'list', titles: [T.baum] },
  {
    conv: 'baum',
    q: 'wann genau und wer leitet das?',
    kind: 'facts',
    titles: [T.baum],
    says: [/am Di\., 22\.04\.2031 von 09:00 bis 15:00 Uhr|leitet Herr Torsten Eckhardt/],
    mentions: ['am Di., 22.04.2031 von 09:00 bis 15:00 Uhr', 'leitet Herr Torsten Eckhardt'],
  },
  // --- two facts of one seminar ----------------------------------------------------------------------------------------
  {
    q: 'Wann und wo ist der Erste-Hilfe-Kurs?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['am Fr., 14.03.2031 von 08:30 bis 16:00 Uhr im Gemeindezentrum Boostedt'],
  },
  {
    q: 'Was kostet das Vergaberecht-Seminar und wer leitet es?',
    kind: 'facts',
    titles: [T.vergabe],
    says: [/kostet 240 €|leitet Frau Dr\. Claudia Fenner/],
    mentions: ['kostet 240 €', 'leitet Frau Dr. Claudia Fenner'],
  },
  {
    q: 'ist der excel kurs online und was kostet er',
    kind: 'facts',
    titles: [T.excel],
    says: [/findet online statt|kostet 75 €/],
    mentions: ['findet online statt', 'kostet 75 €', 'Die Gebühr trägt die entsendende Dienststelle.'],
  },
  {
    q: 'Wie lange dauert die Brandschutzhelfer-Ausbildung und wo findet sie statt?',
    kind: 'facts',
    titles: [T.brandschutz],
    says: [/dauert 3 Stunden, von 09:00 bis 12:00 Uhr|im Feuerwehrgerätehaus Wasbek/],
    mentions: ['dauert 3 Stunden, von 09:00 bis 12:00 Uhr', 'im Feuerwehrgerätehaus Wasbek'],
  },
  {
    q: 'wann und wo ist das seminar zu bescheiden und anhörung?',
    kind: 'facts',
    titles: [T.bescheid],
    says: ['am Di., 06.05.2031 von 09:00 bis 16:00 Uhr im Rathaus Neumünster', 'oder online'],
  },
  {
    q: 'Wann beginnt der Deeskalationskurs und ist der kostenlos?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: [/beginnt am Di\., 20\.05\.2031 um 13:00 Uhr|ist kostenlos/],
    mentions: ['beginnt am Di., 20.05.2031 um 13:00 Uhr', 'ist kostenlos'],
  },
  {
    q: 'what does the Word course cost and who runs it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.word],
    says: [/costs €60|is led by Frau Sabine Hohmann/],
    mentions: ['costs €60', 'is led by Frau Sabine Hohmann'],
  },
  {
    q: 'Wann und wo ist die Schulung zur Gemeindeordnung für Gemeindevertreter?',
    kind: 'facts',
    titles: [T.gemeinderat],
    says: ['am Di., 18.03.2031 von 18:00 bis 20:30 Uhr am Veranstaltungsort Dörpshus Großenaspe'],
  },
  {
    q: 'Hat der Einführungstag für Azubis noch Plätze und wann ist der?',
    kind: 'facts',
    titles: [T.azubi],
    says: [/noch 35 von 35 Plätzen frei|am Mo\., 01\.09\.2031 von 09:00 bis 15:00 Uhr/],
    mentions: ['noch 35 von 35 Plätzen frei', 'am Mo., 01.09.2031 von 09:00 bis 15:00 Uhr'],
  },
  {
    q: 'where is the course on archiving old files, and how long does it take?',
    locale: 'en',
    kind: 'facts',
    titles: [T.archiv],
    says: [/at Rathaus Neumünster|lasts 3 hours, from 09:00 to 12:00/],
    mentions: ['at Rathaus Neumünster', 'lasts 3 hours, from 09:00 to 12:00'],
  },
  // --- one fact of two named seminars, answered for both in the order named --------------------------------------------
  {
    q: 'Was kosten der Excel-Kurs und der Word-Kurs?',
    kind: 'facts',
    titles: [T.excel, T.word],
    says: ['kostet 75 €'],
    mentions: [`„${T.word}“ kostet 60 €`],
  },
  {
    q: 'Wo finden der Erste-Hilfe-Kurs und die Brandschutzhelfer-Ausbildung statt?',
    kind: 'facts',
    titles: [T.ersteHilfe, T.brandschutz],
    says: ['im Gemeindezentrum Boostedt'],
    mentions: [`„${T.brandschutz}“ findet im Feuerwehrgerätehaus Wasbek`],
  },
  {
    q: 'wer leitet das vergabeseminar und wer das bescheid-seminar?',
    kind: 'facts',
    titles: [T.vergabe, T.bescheid],
    says: ['leitet Frau Dr. Claudia Fenner'],
    mentions: [`„${T.bescheid}“ leitet Frau Dr. Claudia Fenner`],
  },
  {
    q: 'when are the AI session and the Teams session?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki, T.teams],
    says: ['on Mon, 31 Mar 2031 from 14:00 to 16:00'],
    mentions: [`"${T.teams}" takes place on Wed, 9 Apr 2031 from 10:00 to 11:30`],
  },
  {
    q: 'Was kosten die Baumkontrolle und der Nackenkurs?',
    kind: 'facts',
    titles: [T.baum, T.nacken],
    says: ['kostet 180 €'],
    mentions: [`„${T.nacken}“ kostet 20 €`],
  },
  {
    q: 'Bis wann kann man sich für den Englischkurs und für das Seminar zur verständlichen Sprache anmelden?',
    kind: 'facts',
    titles: [T.english, T.sprache],
    says: ['bis Do., 13.03.2031, 23:59 Uhr'],
    mentions: [`„${T.sprache}“ können Sie sich bis Fr., 25.04.2031, 12:00 Uhr anmelden`],
  },
  {
    q: 'Sind der Phishing-Kurs und das Bescheid-Seminar online?',
    kind: 'facts',
    titles: [T.phishing, T.bescheid],
    says: ['findet online statt'],
    mentions: ['im Rathaus Neumünster', 'oder online'],
  },
  {
    q: 'how much are the course for new managers and the conflict seminar?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung, T.konflikt],
    says: ['costs €420'],
    mentions: [`"${T.konflikt}" costs €210`],
  },
  {
    q: 'wann sind der doppik kurs und der vergabekurs',
    kind: 'facts',
    titles: [T.doppik, T.vergabe],
    says: ['am Di., 15.04.2031 von 09:00 bis 16:00 Uhr'],
    mentions: [`„${T.vergabe}“ findet am Mi., 12.03.2031 von 09:00 bis 16:00 Uhr`],
  },
  {
    q: 'Wie lange dauern der Erste-Hilfe-Kurs und das Datenschutzseminar?',
    kind: 'facts',
    titles: [T.ersteHilfe, T.datenschutz],
    says: ['dauert 7,5 Stunden, von 08:30 bis 16:00 Uhr'],
    mentions: [`„${T.datenschutz}“ dauert 3 Stunden, von 09:00 bis 12:00 Uhr`],
  },
  // --- which of two comes first: both dates ----------------------------------------------------------------------------
  {
    q: 'Welcher ist früher, der Datenschutzkurs oder der Deeskalationskurs?',
    kind: 'facts',
    titles: [T.datenschutz, T.deeskalation],
    says: ['am Di., 29.04.2031 von 09:00 bis 12:00 Uhr'],
    mentions: [`„${T.deeskalation}“ findet am Di., 20.05.2031 von 13:00 bis 16:30 Uhr`],
  },
  {
    q: 'was kommt zuerst, die archivschulung oder das ki-seminar?',
    kind: 'facts',
    titles: [T.archiv, T.ki],
    says: ['am Mi., 26.03.2031 von 09:00 bis 12:00 Uhr'],
    mentions: [`„${T.ki}“ findet am Mo., 31.03.2031 von 14:00 bis 16:00 Uhr`],
  },
  {
    q: 'which is earlier, the tree inspection course or the neck exercises?',
    locale: 'en',
    kind: 'facts',
    titles: [T.baum, T.nacken],
    says: ['on Tue, 22 Apr 2031 from 09:00 to 15:00'],
    mentions: [`"${T.nacken}" takes place on Wed, 23 Apr 2031 from 18:30 to 20:00`],
  },
  // --- topic searches: words only in summary, description or topics ----------------------------------------------------
  { q: 'aktenaussonderung und stadtarchiv', kind: 'list', titles: [T.archiv] },
  { q: 'umgang mit aggressiven bürgern', kind: 'list', titles: [T.deeskalation] },
  { q: 'mediation bei streit unter kollegen', kind: 'list', titles: [T.konflikt] },
  // --- date filters, format, provider, place, cost, length -------------------------------------------------------------
  { q: 'was ist heute noch?', kind: 'list', titles: [T.phishing] },
  { q: 'was läuft diese woche', kind: 'list', titles: [T.phishing, T.vergabe, T.excel, T.ersteHilfe] },
  { q: 'was steht nächste woche an?', kind: 'list', titles: [T.word, T.gemeinderat, T.english] },
  { q: 'seminare im mai', kind: 'list', titles: [T.bescheid, T.sprache, T.deeskalation] },
  { q: 'online seminars in march', locale: 'en', kind: 'list', titles: [T.phishing, T.excel, T.word, T.ki] },
  { q: 'kostenlose präsenzseminare im märz', kind: 'list', titles: [T.ersteHilfe, T.archiv] },
  { q: 'was ist zwischen dem 24. und 31. märz?', kind: 'list', titles: [T.archiv, T.fuehrung, T.ki] },
  { q: 'gibt es abendveranstaltungen?', kind: 'list', ...only(T.gemeinderat, T.nacken) },
  { q: 'was bietet die unfallkasse nord an', kind: 'list', ...only(T.ersteHilfe, T.brandschutz, T.deeskalation) },
  {
    q: 'seminare über 200 euro',
    kind: 'list',
    ...only(T.vergabe, T.fuehrung, T.doppik, T.bescheid, T.konflikt),
  },
  { q: 'gibt es mehrtägige kurse?', kind: 'list', ...only(T.fuehrung, T.projekt) },
  { q: 'kurze seminare unter zwei stunden', kind: 'list', ...only(T.phishing, T.teams, T.nacken) },
  // --- gone, drafts never shown, no match, greeting --------------------------------------------------------------------
  { q: 'Wann ist der PowerPoint-Kurs?', kind: 'gone', gone: T.powerpoint },
  { q: 'hochwasser einsatzplan seminar', kind: 'gone', gone: T.hochwasser, says: ['Do., 20.02.2031'] },
  { q: 'entgeltabrechnung zum jahreswechsel', kind: 'gone', gone: T.entgelt, says: ['Di., 10.12.2030'] },
  { q: 'straßenbeiträge', kind: 'none' },
  { q: 'podcast für die gemeinde', kind: 'none' },
  { q: 'was gibt es in aukrug', kind: 'none' },
  { q: 'Guten Morgen!', kind: 'help' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-seventeenth, independent catalogue (Stadt Neumünster and its Umland, VAB, Unfallkasse Nord, ITV.SH, SHGT, VHS Neumünster)',
  {
    fixture: 'heldout317-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
