// Over-fitting check, three-hundred-and-twentieth catalogue: the autumn 2030 programme for the Landkreis Vorpommern-Rügen
// (Mecklenburg-Vorpommern) and its towns and Ämter (Hansestadt Stralsund, Grimmen, Ribnitz-Damgarten, Barth, Bergen auf
// Rügen, Sassnitz, Putbus, Ostseeheilbad Zingst, Amt Darß/Fischland), with the Fachhochschule für öffentliche
// Verwaltung, Polizei und Rechtspflege M-V (FHöVPR), the Kreisvolkshochschule Vorpommern-Rügen (KVHS), the Zweckverband
// eGo-MV, the Unfallkasse M-V, the Kommunaler Schadenausgleich (KSA) and three offices of the Landkreis (Personal-
// entwicklung, Kommunalaufsicht, Brand- und Katastrophenschutz), imported from a JSON file. Seminars take place in the
// Kreisverwaltung in Stralsund, the town halls of Stralsund, Sassnitz, Grimmen, Ribnitz-Damgarten and Bergen auf Rügen,
// the KVHS in Stralsund and Grimmen, the Kurhaus Zingst, the Bauhof Ribnitz-Damgarten, the Katastrophenschutzzentrum
// Grimmen and the FHöVPR in Güstrow, online or hybrid. Several titles do not name their subject ("Nicht jeder Anhang ist
// ein Geschenk" is phishing, "Wenn es laut wird am Schalter" de-escalation, "Wer zahlt am Strand?" the Kurabgabe /
// Kurtaxe, "Gut vorbereitet in die Sitzung" the Kommunalverfassung for council members, "Plötzlich Chefin, plötzlich
// Chef" new managers, "Ja-Wort mit Meerblick" weddings outside the registry office, "Der Entwurf schreibt sich (fast)
// von selbst" AI, "Aufrecht durch den Tag" back exercises, "Internetseiten für alle" accessible websites, "Wenn das
// Wasser kommt" a crisis-staff exercise (storm surge), "Soll und Haben im Rathaus" municipal double-entry accounting,
// "Land unter im Postfach" e-mail overload, "Willkommen an Bord" the trainees' induction days), so only summary,
// description or topics reveal it; one seminar is held in English; the new-managers course runs on three days across
// the end of summer time (Sun 27.10.2030); two Excel courses, one in person and one online; the e-file course is open
// only to Ribnitz-Damgarten and Barth; first aid is free, paid by the Unfallkasse. The questions come mostly as long
// conversations: a list, then a pick pointing back at it ("das zweite", "das am Donnerstag", "den Online-Kurs davon",
// "the last one"), facts of the pick, refinements ("nur die in Präsenz", "und im Januar?") and a change of topic in the
// middle, some in English, written without looking at the parser or the answers.
//
// Calendar around `now` (Tuesday 8 October 2030, 10:15 in Stralsund, summer time; summer time ends Sun 27.10.2030;
// Thu 03.10. and Thu 31.10. (Reformationstag) are public holidays in Mecklenburg-Vorpommern):
//   this week:  Tue 08.10. (today) 14:00–15:30 phishing (online, free); Wed 09.10. 09:00–16:00 de-escalation (Rathaus
//               Stralsund; deadline passed Fri 04.10. 12:00); Thu 10.10. 09:00–15:00 Kurabgabe (Rathaus Sassnitz;
//               deadline Wed 09.10. 23:59); nothing Fri 11.10.–Sun 13.10.
//   next week:  Tue 15.10. 09:00–12:00 Melderecht (online, 95 €), Wed 16.10. 18:00–20:30 council members (Rathaus
//               Grimmen, evening, free), Thu 17.10. first day of the new-managers course; the cancelled boat-licence
//               course (Fri 18.10.)
//   October:    Mon 21.10. and Wed 23.10. 09:00–12:30 Excel basics (KVHS Grimmen), Tue 22.10. 09:00–16:00 registrars
//               (Kurhaus Zingst), Thu 24.10. (CEST) and Tue 29.10. (CET) the new-managers course's other days (all
//               09:00–16:00, Kreisverwaltung; deadline Fri 11.10. 12:00), Fri 25.10. 07:30–14:00 tree inspection (Bauhof
//               Ribnitz-Damgarten, free), Wed 30.10. 13:00–15:00 AI (online, free)
//   November:   Mon 04.11. 08:30–16:00 first aid (Rathaus Bergen auf Rügen), Tue 05.11. and Wed 06.11. 09:00–12:00 Excel
//               advanced (online, 79 €), Tuesdays 05./12./19./26.11. 18:00–19:30 back exercises (KVHS Stralsund), the
//               cancelled PowerPoint course (Wed 20.11.), Thu 21.11. 09:00–12:30 accessible websites (hybrid,
//               Kreisverwaltung), Mon 25.11. and Tue 26.11. 08:00–16:00 crisis-staff exercise (Katastrophenschutzzentrum
//               Grimmen)
//   December:   Tue 03.12. procurement (hybrid, FHöVPR Güstrow), Wed 04.12. 09:00–13:00 English (Rathaus Stralsund, 85 €;
//               deadline Wed 20.11. 23:59), Tue 10.12. Doppik (Rathaus Ribnitz-Damgarten), Wed 11.12. 10:00–12:00 e-mail
//               overload (online)
//   2031:       Tue 14.01. e-file (online, Ribnitz-Damgarten and Barth only), Wed 22.01. 09:00–16:00 land-use planning
//               (hybrid, Rathaus Bergen auf Rügen; no deadline given, so until the start), nothing published in February
//               (the draft Low German course, Wed 12.02.; the draft EU funding course, Tue 11.03.), Mon 18.08. and Tue
//               19.08. 08:00–15:00 trainees' induction days (Kreisverwaltung)
//   past:       Tue 19.03.2030 seasonal staff (Sassnitz), Wed 11.09.2030 property tax (online).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2030-10-08T08:15:00Z'); // Tuesday, 8 October 2030, 10:15 in Stralsund (CEST)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Nicht jeder Anhang ist ein Geschenk', // Tue 08.10. 14:00–15:30, online, eGo-MV, Wendt, phishing, free, 150 seats
  deeskalation: 'Wenn es laut wird am Schalter', // Wed 09.10. 09:00–16:00, Rathaus Stralsund, PE, Dr. Möller, 140 €, deadline passed Fri 04.10. 12:00
  kurabgabe: 'Wer zahlt am Strand?', // Thu 10.10. 09:00–15:00, Rathaus Sassnitz, FHöVPR, Dr. Lüdtke, Kurabgabe/Kurtaxe, 165 €, deadline Wed 09.10. 23:59
  melderecht: 'Melderecht aktuell: Neuerungen im Bundesmeldegesetz', // Tue 15.10. 09:00–12:00, online, FHöVPR, Thiele, 95 €
  sitzung: 'Gut vorbereitet in die Sitzung', // Wed 16.10. 18:00–20:30, Rathaus Grimmen, Kommunalaufsicht, Behrendt, Kommunalverfassung, free
  fuehrung: 'Plötzlich Chefin, plötzlich Chef', // Thu 17.10., Thu 24.10. (CEST), Tue 29.10. (CET) 09:00–16:00, Kreisverwaltung, FHöVPR, Dr. Möller, 480 €, deadline Fri 11.10. 12:00
  excelBasis: 'Excel von Anfang an', // Mon 21.10. and Wed 23.10. 09:00–12:30, KVHS Grimmen, Krüger, 89 €
  standesamt: 'Ja-Wort mit Meerblick', // Tue 22.10. 09:00–16:00, Kurhaus Zingst, FHöVPR, Thiele, weddings outside the registry office, 120 €
  baum: 'Baumkontrolle in Gemeinden: Verkehrssicherungspflicht nach FLL-Richtlinie', // Fri 25.10. 07:30–14:00, Bauhof Ribnitz-Damgarten, KSA, Petersen, free
  ki: 'Der Entwurf schreibt sich (fast) von selbst', // Wed 30.10. 13:00–15:00, online, eGo-MV, Wendt, AI / ChatGPT, free
  ersteHilfe: 'Erste Hilfe im Dienst: Fortbildung für betriebliche Ersthelfende', // Mon 04.11. 08:30–16:00, Rathaus Bergen auf Rügen, Unfallkasse, Voss, free (note)
  excelPro: 'Pivot & Co.: Excel für Fortgeschrittene', // Tue 05.11. and Wed 06.11. 09:00–12:00, online, KVHS, Brandt, 79 €, 16 seats
  ruecken: 'Aufrecht durch den Tag', // Tuesdays 05./12./19./26.11. 18:00–19:30, KVHS Stralsund, Lange, back exercises, 40 €
  web: 'Internetseiten für alle', // Thu 21.11. 09:00–12:30, hybrid (Kreisverwaltung), eGo-MV, Schröder, accessible websites, 60 €
  katschutz: 'Wenn das Wasser kommt', // Mon 25.11. and Tue 26.11. 08:00–16:00, Katastrophenschutzzentrum Grimmen, Steinhagen, crisis staff, free
  vergabe: 'Vergabe unterhalb der EU-Schwellenwerte', // Tue 03.12. 09:00–15:00, hybrid (FHöVPR Güstrow), Dr. Lüdtke, 210 €
  english: 'Welcome to the Coast: English at the Service Counter', // Wed 04.12. 09:00–13:00, Rathaus Stralsund, KVHS, Gallagher, 85 €, deadline Wed 20.11. 23:59
  doppik: 'Soll und Haben im Rathaus', // Tue 10.12. 09:00–16:00, Rathaus Ribnitz-Damgarten, FHöVPR, Ehlers, Doppik, 190 €
  postfach: 'Land unter im Postfach', // Wed 11.12. 10:00–12:00, online, KVHS, Brandt, e-mail overload / time management, 49 €
  eakte: 'E-Akte im Pilotbetrieb: die ersten Schritte', // Tue 14.01.2031 10:00–12:00, online, eGo-MV, Wendt, only Ribnitz-Damgarten/Barth, free
  bauleitplanung: 'Vom Flächennutzungsplan zum Bebauungsplan', // Wed 22.01.2031 09:00–16:00, hybrid (Rathaus Bergen auf Rügen), FHöVPR, Dr. Sander, 195 €
  azubi: 'Willkommen an Bord', // Mon 18.08. and Tue 19.08.2031 08:00–15:00, Kreisverwaltung, PE, Rehberg, trainees' induction, free
  platt: 'Plattdeutsch im Bürgerkontakt', // draft (Wed 12.02.2031)
  foerder: 'EU-Fördermittel für Gemeinden: EFRE und ELER', // draft (Tue 11.03.2031)
  powerpoint: 'PowerPoint: Präsentationen überzeugend gestalten', // cancelled (Wed 20.11.2030)
  sportboot: 'Sportbootführerschein See für Hafenpersonal', // cancelled (Fri 18.10.2030)
  saison: 'Saisonkräfte rechtssicher beschäftigen', // past (Tue 19 March 2030)
  grundsteuer: 'Grundsteuer nach der Reform: Fragen aus dem Bürgerbüro', // past (Wed 11 September 2030)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.platt, T.foerder, T.powerpoint, T.sportboot, T.saison, T.grundsteuer];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- this week: a list by date, the second one, the one on Thursday ------------------------------------------------
  { conv: 'woche', q: 'was läuft diese woche noch?', kind: 'list', titles: [T.phishing, T.deeskalation, T.kurabgabe] },
  {
    conv: 'woche',
    q: 'wo ist das zweite?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['findet im Rathaus Stralsund'],
  },
  {
    conv: 'woche',
    q: 'ist die anmeldefrist da schon vorbei?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['ist am Fr., 04.10.2030, 12:00 Uhr abgelaufen'],
  },
  {
    conv: 'woche',
    q: 'schade. und das am donnerstag, bis wann kann ich mich da anmelden?',
    kind: 'facts',
    titles: [T.kurabgabe],
    says: ['bis Mi., 09.10.2030, 23:59 Uhr'],
  },
  { conv: 'woche', q: 'worum geht es da eigentlich?', kind: 'details', titles: [T.kurabgabe] },
  { conv: 'woche', q: 'was kostet das?', kind: 'facts', titles: [T.kurabgabe], says: ['kostet 165 €'] },
  // --- next week: the one on Wednesday, then only the online ones ------------------------------------------------------
  {
    conv: 'naechste',
    q: 'Was steht nächste Woche auf dem Programm?',
    kind: 'list',
    titles: [T.melderecht, T.sitzung, T.fuehrung],
  },
  {
    conv: 'naechste',
    q: 'das am mittwoch – wann fängt das an?',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['beginnt am Mi., 16.10.2030 um 18:00 Uhr'],
  },
  {
    conv: 'naechste',
    q: 'und wer leitet das?',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['leitet Herr Matthias Behrendt'],
  },
  { conv: 'naechste', q: 'nur die online-seminare davon', kind: 'list', titles: [T.melderecht] },
  { conv: 'naechste', q: 'was kostet der?', kind: 'facts', titles: [T.melderecht], says: ['kostet 95 €'] },
  // --- Excel: the online one of two, the other one, then a new topic ---------------------------------------------------
  { conv: 'excel', q: 'gibt es excel-kurse?', kind: 'list', ...only(T.excelBasis, T.excelPro) },
  {
    conv: 'excel',
    q: 'den online-kurs davon – was kostet der?',
    kind: 'facts',
    titles: [T.excelPro],
    says: ['kostet 79 €'],
  },
  {
    conv: 'excel',
    q: 'und wann genau?',
    kind: 'facts',
    titles: [T.excelPro],
    says: ['an 2 Tagen', 'Di., 05.11.2030 und Mi., 06.11.2030', 'jeweils von 09:00 bis 12:00 Uhr'],
  },
  {
    conv: 'excel',
    q: 'sind da noch plätze frei?',
    kind: 'facts',
    titles: [T.excelPro],
    says: ['noch 16 von 16 Plätzen frei'],
  },
  {
    conv: 'excel',
    q: 'und der andere, wo findet der statt?',
    kind: 'facts',
    titles: [T.excelBasis],
    says: ['in der Kreisvolkshochschule Vorpommern-Rügen, Standort Grimmen'],
  },
  {
    conv: 'excel',
    q: 'ach übrigens, gibt es auch was gegen die mailflut im postfach?',
    kind: 'list',
    titles: [T.postfach],
  },
  { conv: 'excel', q: 'wer hält das?', kind: 'facts', titles: [T.postfach], says: ['leitet Frau Anja Brandt'] },
  // --- November: only those in person, the last of them ----------------------------------------------------------------
  {
    conv: 'november',
    q: 'was ist im november los?',
    kind: 'list',
    titles: [T.ersteHilfe, T.excelPro, T.ruecken, T.web, T.katschutz],
  },
  {
    conv: 'november',
    q: 'nur die in präsenz',
    kind: 'list',
    ...maybeAlso(only(T.ersteHilfe, T.ruecken, T.katschutz), T.web),
  },
  {
    conv: 'november',
    q: 'das letzte davon – geht das über mehrere tage?',
    kind: 'facts',
    titles: [T.katschutz],
    says: [/2 Tage/],
  },
  {
    conv: 'november',
    q: 'wer leitet das?',
    kind: 'facts',
    titles: [T.katschutz],
    says: ['leitet Herr Frank Steinhagen'],
  },
  // --- months: December, then January, the second of them, then February -----------------------------------------------
  {
    conv: 'monate',
    q: 'welche seminare gibt es im dezember?',
    kind: 'list',
    titles: [T.vergabe, T.english, T.doppik, T.postfach],
  },
  { conv: 'monate', q: 'und im januar?', kind: 'list', titles: [T.eakte, T.bauleitplanung] },
  {
    conv: 'monate',
    q: 'das zweite, ist das online?',
    kind: 'facts',
    titles: [T.bauleitplanung],
    says: ['findet hybrid statt: im Rathaus Bergen auf Rügen'],
  },
  { conv: 'monate', q: 'und im februar?', kind: 'none' },
  // --- English ---------------------------------------------------------------------------------------------------------
  {
    conv: 'english',
    q: 'do you have any courses held in English?',
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  {
    conv: 'english',
    q: 'when is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['on Wed, 4 Dec 2030 from 09:00 to 13:00'],
  },
  {
    conv: 'english',
    q: 'how much does it cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['costs €85'],
  },
  {
    conv: 'english',
    q: "what's the registration deadline?",
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['until Wed, 20 Nov 2030, 23:59'],
  },
  {
    conv: 'online-en',
    q: 'which online courses are there in October?',
    locale: 'en',
    kind: 'list',
    titles: [T.phishing, T.melderecht, T.ki],
  },
  {
    conv: 'online-en',
    q: 'the last one – who runs it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is led by Herr Jonas Wendt'],
  },
  { conv: 'online-en', q: 'is it free?', locale: 'en', kind: 'facts', titles: [T.ki], says: ['is free of charge'] },
  // --- council members, then a change of topic to land-use plans ------------------------------------------------------
  {
    conv: 'gemeinde',
    q: 'bin neu in der gemeindevertretung – gibt es was zur kommunalverfassung?',
    kind: 'list',
    titles: [T.sitzung],
  },
  {
    conv: 'gemeinde',
    q: 'wann und wo?',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['am Mi., 16.10.2030 von 18:00 bis 20:30 Uhr im Rathaus Grimmen'],
  },
  { conv: 'gemeinde', q: 'kostet das was?', kind: 'facts', titles: [T.sitzung], says: ['ist kostenlos'] },
  { conv: 'gemeinde', q: 'und gibts auch was zu bebauungsplänen?', kind: 'list', titles: [T.bauleitplanung] },
  {
    conv: 'gemeinde',
    q: 'kann man da auch online teilnehmen?',
    kind: 'facts',
    titles: [T.bauleitplanung],
    says: ['findet hybrid statt'],
  },
  {
    conv: 'gemeinde',
    q: 'bis wann muss ich mich anmelden?',
    kind: 'facts',
    titles: [T.bauleitplanung],
    says: ['bis Mi., 22.01.2031, 09:00 Uhr'],
  },
  // --- new managers: days across the end of summer time, the trainer and her other seminar ----------------------------
  {
    conv: 'fuehrung',
    q: 'Ich habe gerade eine Sachgebietsleitung übernommen. Gibt es ein Seminar für neue Führungskräfte?',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'fuehrung',
    q: 'an welchen tagen ist das?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 3 Tagen', 'Do., 17.10.2030, Do., 24.10.2030 und Di., 29.10.2030', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'fuehrung',
    q: 'bis wann anmelden?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['bis Fr., 11.10.2030, 12:00 Uhr'],
  },
  {
    conv: 'fuehrung',
    q: 'wer leitet das?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['leitet Frau Dr. Kerstin Möller'],
  },
  {
    conv: 'fuehrung',
    q: 'macht die noch andere seminare?',
    kind: 'list',
    ...maybeAlso(only(T.deeskalation), T.fuehrung),
  },
  // --- free ones in October, only the online ones, the first of them ---------------------------------------------------
  {
    conv: 'gratis',
    q: 'welche kostenlosen seminare gibt es im oktober?',
    kind: 'list',
    titles: [T.phishing, T.sitzung, T.baum, T.ki],
  },
  { conv: 'gratis', q: 'nur die online', kind: 'list', titles: [T.phishing, T.ki] },
  {
    conv: 'gratis',
    q: 'wann ist das erste?',
    kind: 'facts',
    titles: [T.phishing],
    says: ['am Di., 08.10.2030 von 14:00 bis 15:30 Uhr'],
  },
  {
    conv: 'gratis',
    q: 'noch plätze frei?',
    kind: 'facts',
    titles: [T.phishing],
    says: ['noch 150 von 150 Plätzen frei'],
  },
  // --- AI, then a change of topic to phishing --------------------------------------------------------------------------
  {
    conv: 'ki',
    q: 'gibt es eine schulung zu chatgpt oder künstlicher intelligenz?',
    kind: 'list',
    titles: [T.ki],
  },
  { conv: 'ki', q: 'online oder präsenz?', kind: 'facts', titles: [T.ki], says: ['findet online statt'] },
  { conv: 'ki', q: 'und zu phishing-mails, gibt es da auch was?', kind: 'list', titles: [T.phishing] },
  {
    conv: 'ki',
    q: 'wann genau ist das?',
    kind: 'facts',
    titles: [T.phishing],
    says: ['am Di., 08.10.2030 von 14:00 bis 15:30 Uhr'],
  },
  // --- single questions: subjects the title does not name, facts -------------------------------------------------------
  { q: 'schulung zur kurtaxe', kind: 'list', titles: [T.kurabgabe] },
  { q: 'umgang mit aggressiven bürgern', kind: 'list', titles: [T.deeskalation] },
  { q: 'gibt es einen kurs zur doppelten buchführung?', kind: 'list', titles: [T.doppik] },
  { q: 'trauungen am strand – gibt es dazu eine fortbildung?', kind: 'list', titles: [T.standesamt] },
  { q: 'barrierefreie internetseiten', kind: 'list', titles: [T.web] },
  { q: 'sturmflut krisenstab übung', kind: 'list', titles: [T.katschutz] },
  {
    q: 'wann ist der einführungstag für die neuen azubis?',
    kind: 'facts',
    titles: [T.azubi],
    says: ['an 2 Tagen', 'Mo., 18.08.2031 und Di., 19.08.2031', 'jeweils von 08:00 bis 15:00 Uhr'],
  },
  {
    q: 'was kostet der erste-hilfe-kurs?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Kosten trägt die Unfallkasse Mecklenburg-Vorpommern.'],
  },
  {
    q: 'wo findet die baumkontrolle statt?',
    kind: 'facts',
    titles: [T.baum],
    says: ['Bauhof der Stadt Ribnitz-Damgarten'],
  },
  // --- lists by provider, place, time of day, format -------------------------------------------------------------------
  {
    q: 'was bietet die kreisvolkshochschule an?',
    kind: 'list',
    ...only(T.excelBasis, T.excelPro, T.ruecken, T.english, T.postfach),
  },
  { q: 'seminare in grimmen', kind: 'list', ...only(T.sitzung, T.excelBasis, T.katschutz) },
  { q: 'gibt es abendkurse?', kind: 'list', ...only(T.sitzung, T.ruecken) },
  { q: 'which seminars are hybrid?', locale: 'en', kind: 'list', ...only(T.web, T.vergabe, T.bauleitplanung) },
  // --- gone, drafts never shown, greeting ------------------------------------------------------------------------------
  { q: 'findet der powerpoint kurs noch statt?', kind: 'gone', gone: T.powerpoint },
  { q: 'sportbootführerschein', kind: 'gone', gone: T.sportboot },
  {
    q: 'saisonkräfte einstellen – wann war das seminar?',
    kind: 'gone',
    gone: T.saison,
    says: ['Di., 19.03.2030'],
  },
  { q: 'plattdeutsch', kind: 'none' },
  { q: 'Moin!', kind: 'help' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-twentieth, independent catalogue (Landkreis Vorpommern-Rügen, FHöVPR, KVHS, eGo-MV, Unfallkasse M-V)',
  {
    fixture: 'heldout320-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
