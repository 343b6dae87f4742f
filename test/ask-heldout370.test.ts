// Over-fitting check, three-hundred-and-seventieth catalogue: the autumn 2029 programme for the Landkreis Ravensburg
// (Baden-Württemberg) — the Landratsamt and the towns of Ravensburg, Weingarten, Wangen im Allgäu, Bad Waldsee,
// Leutkirch, Isny and Baienfurt — with the Verwaltungsschule des Gemeindetags Baden-Württemberg (Stuttgart), Komm.ONE,
// the Unfallkasse Baden-Württemberg (UKBW) and the Landratsamt's Personalamt, imported from a JSON file. Seminars take
// place in the Landratsamt Ravensburg (Friedenstraße 6: Großer Sitzungssaal, EDV-Schulungsraum 0.14, Besprechungsraum
// 1.21), the Rathaus Ravensburg (Marienplatz 26), the Verwaltungsschule in Stuttgart (Panoramastraße 31), the Haus am
// Stadtsee in Bad Waldsee, the Feuerwehrhaus Weingarten, the Rathaus Wangen and the DRK-Haus Wangen, online or hybrid.
// Two seminars are held in English (the welcome-desk course and the Interreg workshop, which is hybrid). Several titles
// do not name their subject ("Papierlos, aber richtig" is the e-file, "Sitzen, stehen, bewegen" screen-work ergonomics,
// "Ehrenamt mit Verantwortung" basics for new council members, "Klick mit Köpfchen" phishing / IT security, "Der
// Seitenwechsel" new managers, "Texte in Sekunden?" AI / ChatGPT / Copilot, "Einfach gesagt" Leichte Sprache,
// "Bewegt in den Feierabend" back exercises after work, "Ruhe bewahren" de-escalation, "Geheim oder öffentlich?" data
// protection and freedom of information, "Wo bleibt das Geld?" the budget for council members, "Die Website für alle"
// web accessibility, "Aufgeräumt ins neue Jahr" Outlook). The questions are about half English and lean on time filters
// of every kind: weekdays, times of day, "nach Feierabend", "im Herbst", "Q4", "KW 42", "zwischen den Jahren", "in the
// next 10 days".
//
// Calendar around `now` (Thursday 27 September 2029, 10:15 in Ravensburg, summer time; winter time begins Sun 28.10.2029;
// Wed 03.10. (Tag der Deutschen Einheit), Thu 01.11. (Allerheiligen), 25./26.12. are holidays in Baden-Württemberg;
// ISO weeks: KW 39 = 24.–30.09., KW 40 = 01.–07.10., KW 41 = 08.–14.10., KW 42 = 15.–21.10., KW 44 = 29.10.–04.11.,
// KW 45 = 05.–11.11.):
//   this week:  Thu 27.09. (today) 14:00–15:30 e-file (online, Komm.ONE); Fri 28.09. 08:30–12:00 Excel (Landratsamt,
//               EDV-Schulungsraum); nothing Sat 29./Sun 30.09.
//   next week:  Mon 01.10. 13:30–16:30 ergonomics (online, UKBW); Thu 04.10. 09:00–16:00 Gemeindehaushaltsrecht
//               (Stuttgart, 290 €, deadline passed Thu 20.09. 23:59); nothing on Wed 03.10.
//               ("next 10 days" = Thu 27.09.–Sun 07.10.: these four)
//   KW 41:      Tue 09.10. 17:30–20:00 council members (Rathaus Ravensburg, evening); Thu 11.10. 09:00–12:00 phishing
//               (online)
//   KW 42:      Mon 15.10.–Tue 16.10. 09:00–16:30 new managers (Bad Waldsee, 480 €, deadline Mon 01.10. 23:59);
//               cancelled time management Tue 16.10.; Wed 17.10. 13:00–16:00 AI (hybrid, Landratsamt Großer
//               Sitzungssaal); Fri 19.10. 08:00–12:00 fire wardens (Feuerwehrhaus Weingarten, 15 seats)
//   late Oct:   Tue 23.10. 08:30–12:30 OWiG (online, 120 €); Thu 25.10. 14:00–17:00 Leichte Sprache (Rathaus Wangen)
//   KW 44:      Mon 29.10. (CET) 09:00–12:00 welcome-desk English (Landratsamt, 60 €, deadline Mon 22.10. 12:00);
//               Wed 31.10. 17:00–17:45 first of three back-exercise evenings (online; also Wed 07.11. and 14.11.)
//   November:   Wed 07.11. 09:00–16:00 procurement (Stuttgart, 310 €, deadline Wed 24.10. 23:59); Thu 08.11. 10:00–11:30
//               service-bw (online); Mon 12.11.–Wed 14.11. 08:30–16:00 TVöD (Stuttgart, 540 €); Thu 15.11. 09:00–16:00
//               de-escalation (Landratsamt); Tue 20.11. 14:00–16:30 Interreg (English, hybrid, Landratsamt); Wed 21.11.
//               09:00–12:00 data protection (online, 95 €); Fri 23.11. 13:00–16:30 cemetery law (Bad Waldsee, 165 €);
//               Tue 27.11. 18:00–20:30 budget for council members (hybrid, Rathaus Ravensburg); cancelled moderation
//               course Wed 28.11. (Rathaus Weingarten)
//   December:   Tue 04.12. 09:00–12:00 web accessibility (online, 45 €); Thu 06.12. 08:30–16:00 first aid (DRK-Haus
//               Wangen); drafts Instagram (Tue 11.12.) and Baulasten (Wed 12.12.); "zwischen den Jahren" Thu 27.12. and
//               Fri 28.12. 09:00–11:00 Outlook (online)
//   past:       Tue 17.07.2029 heat in the office (online, UKBW), Tue 18.09.2029 Zahlstellen (Rathaus Weingarten).
// "Im Herbst": meteorologically until 30.11., astronomically until 21.12. — the December seminars may or may not count.
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2029-09-27T08:15:00Z'); // Thursday, 27 September 2029, 10:15 in Ravensburg (CEST)
const TZ = 'Europe/Berlin';

const T = {
  eakte: 'Papierlos, aber richtig', // Thu 27.09. 14:00–15:30, online, Komm.ONE, Frau Sandra Heim, e-file, free
  excel: 'Excel kompakt: Formeln, Filter und bedingte Formatierung', // Fri 28.09. 08:30–12:00, Landratsamt EDV-Schulungsraum 0.14, Personalamt, Herr Markus Fimpel, free
  ergonomie: 'Sitzen, stehen, bewegen', // Mon 01.10. 13:30–16:30, online, UKBW, Frau Dr. Anja Rieger, screen-work ergonomics, free
  haushaltsrecht: 'Gemeindehaushaltsrecht kompakt: Kommunale Doppik in Baden-Württemberg', // Thu 04.10. 09:00–16:00, Stuttgart (VS), Herr Dr. Jochen Kessler, 290 €, deadline passed Thu 20.09. 23:59
  ehrenamt: 'Ehrenamt mit Verantwortung', // Tue 09.10. 17:30–20:00, Rathaus Ravensburg, VS, Frau Birgit Holzapfel-Brandt, new council members, free
  phishing: 'Klick mit Köpfchen', // Thu 11.10. 09:00–12:00, online, Komm.ONE, Herr Timo Baumann, phishing / IT security, free
  fuehrung: 'Der Seitenwechsel', // Mon 15.10.–Tue 16.10. 09:00–16:30, Haus am Stadtsee Bad Waldsee, VS, Frau Dr. Claudia Wiedemann, new managers, 480 €, deadline Mon 01.10. 23:59
  ki: 'Texte in Sekunden?', // Wed 17.10. 13:00–16:00, hybrid (Landratsamt, Großer Sitzungssaal), Komm.ONE, Herr Dr. Felix Amann, AI, free
  brandschutz: 'Brandschutzhelfer-Ausbildung mit Löschübung', // Fri 19.10. 08:00–12:00, Feuerwehrhaus Weingarten, UKBW, Herr Ralf Gebhard, free, 15 seats
  owi: 'Bußgeldverfahren nach dem OWiG: Anhörung, Bescheid, Einspruch', // Tue 23.10. 08:30–12:30, online, VS, Herr Stefan Lutz, 120 €
  leichteSprache: 'Einfach gesagt', // Thu 25.10. 14:00–17:00, Rathaus Wangen, Personalamt, Frau Petra Gmeiner, Leichte Sprache, free
  welcomeDesk: 'Welcome Desk English: Serving New Residents', // Mon 29.10. (CET) 09:00–12:00, Landratsamt Raum 1.21, Personalamt, Frau Sarah Whitmore, English, 60 €, deadline Mon 22.10. 12:00
  bewegt: 'Bewegt in den Feierabend', // Wed 31.10., 07.11., 14.11. 17:00–17:45, online, Personalamt, Frau Lena Striegel, back exercises, free
  vergabe: 'Vergaberecht für Kommunen: UVgO und VOB/A in Baden-Württemberg', // Wed 07.11. 09:00–16:00, Stuttgart (VS), Herr Dr. Jochen Kessler, 310 €, deadline Wed 24.10. 23:59
  ozg: 'Online-Dienste im Serviceportal service-bw freischalten', // Thu 08.11. 10:00–11:30, online, Komm.ONE, Frau Sandra Heim, free
  tvoed: 'Personalsachbearbeitung im TVöD: Eingruppierung, Stufen, Entgelt', // Mon 12.11.–Wed 14.11. 08:30–16:00, Stuttgart (VS), Frau Martina Schädler, 540 €, deadline Fri 26.10. 23:59
  deeskalation: 'Ruhe bewahren', // Thu 15.11. 09:00–16:00, Landratsamt Großer Sitzungssaal, UKBW, Herr Bernd Klotz (Polizei), de-escalation, free
  interreg: 'Interreg Basics: Cross-Border Projects around Lake Constance', // Tue 20.11. 14:00–16:30, hybrid (Landratsamt), Personalamt, Dr. Eleanor Price, English, free
  datenschutz: 'Geheim oder öffentlich?', // Wed 21.11. 09:00–12:00, online, Komm.ONE, Frau Dr. Katrin Mayer, data protection / LIFG, 95 €
  friedhof: 'Bestattungs- und Friedhofsrecht in Baden-Württemberg', // Fri 23.11. 13:00–16:30, Haus am Stadtsee Bad Waldsee, VS, Herr Stefan Lutz, 165 €
  haushaltGR: 'Wo bleibt das Geld?', // Tue 27.11. 18:00–20:30, hybrid (Rathaus Ravensburg), VS, Herr Dr. Jochen Kessler, budget for council members, free
  barrierefrei: 'Die Website für alle', // Tue 04.12. 09:00–12:00, online, Komm.ONE, Frau Julia Rapp, web accessibility, 45 €
  ersteHilfe: 'Erste-Hilfe-Fortbildung für betriebliche Ersthelfer', // Thu 06.12. 08:30–16:00, DRK-Haus Wangen, UKBW, Herr Uwe Rist (DRK), free
  outlook: 'Aufgeräumt ins neue Jahr', // Thu 27.12. + Fri 28.12. 09:00–11:00, online, Personalamt, Herr Markus Fimpel, Outlook, free
  instagram: 'Instagram und Facebook für Gemeinden', // draft (Tue 11.12.), Frau Julia Rapp
  baulasten: 'Baulasten und Baulastenverzeichnis', // draft (Wed 12.12.), Stuttgart
  zeitmanagement: 'Zeitmanagement im Büro: Prioritäten setzen und Störungen reduzieren', // cancelled (Tue 16.10.), Landratsamt
  moderation: 'Bürgerversammlungen moderieren', // cancelled (Wed 28.11. evening), Rathaus Weingarten
  hitze: 'Hitze im Büro: Was tun im Sommer?', // past (Tue 17.07.2029), online, UKBW
  zahlstellen: 'Zahlstellen und Handvorschüsse sicher führen', // past (Tue 18.09.2029), Rathaus Weingarten, Herr Stefan Lutz
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.instagram, T.baulasten, T.zeitmanagement, T.moderation, T.hitze, T.zahlstellen];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -------------------------------------------------------------------------------------------
  {
    conv: 'next10',
    q: "What's coming up in the next 10 days?",
    locale: 'en',
    kind: 'list',
    ...only(T.eakte, T.excel, T.ergonomie, T.haushaltsrecht),
  },
  { conv: 'next10', q: 'any of those in the afternoon?', locale: 'en', kind: 'list', ...only(T.eakte, T.ergonomie) },
  {
    conv: 'next10',
    q: "who's running the ergonomics one?",
    locale: 'en',
    kind: 'facts',
    titles: [T.ergonomie],
    says: ['is led by Frau Dr. Anja Rieger'],
  },
  { conv: 'kw42', q: 'Was läuft in KW 42?', kind: 'list', ...only(T.fuehrung, T.ki, T.brandschutz) },
  { conv: 'kw42', q: 'welcher davon ist online?', kind: 'list', titles: [T.ki] },
  {
    conv: 'kw42',
    q: 'wann genau ist der?',
    kind: 'facts',
    titles: [T.ki],
    says: ['am Mi., 17.10.2029 von 13:00 bis 16:00 Uhr'],
  },
  {
    conv: 'feierabend',
    q: 'Gibt es Fortbildungen nach Feierabend?',
    kind: 'list',
    ...only(T.ehrenamt, T.bewegt, T.haushaltGR),
  },
  {
    conv: 'feierabend',
    q: 'welche davon kann ich von zuhause machen?',
    kind: 'list',
    ...maybeAlso(only(T.bewegt), T.haushaltGR),
  },
  {
    miss: '"Bewegungskurs" finds the ergonomics course ("bewegen" in its title) before the one talked about, whose topic is "Bewegung"',
    conv: 'feierabend',
    q: 'an welchen Tagen ist der Bewegungskurs?',
    kind: 'facts',
    titles: [T.bewegt],
    says: ['an 3 Tagen', 'Mi., 31.10.2029', 'Mi., 14.11.2029', 'jeweils von 17:00 bis 17:45 Uhr'],
  },
  { conv: 'zwischen', q: 'Gibt es zwischen den Jahren was?', kind: 'list', titles: [T.outlook] },
  {
    conv: 'zwischen',
    q: 'wann genau?',
    kind: 'facts',
    titles: [T.outlook],
    says: ['an 2 Tagen', 'Do., 27.12.2029 und Fr., 28.12.2029', 'jeweils von 09:00 bis 11:00 Uhr'],
  },
  {
    conv: 'zwischen',
    q: 'muss ich dafür ins Landratsamt kommen?',
    kind: 'facts',
    titles: [T.outlook],
    says: ['findet online statt'],
  },
  {
    conv: 'q4',
    q: 'Which Komm.ONE trainings are in Q4?',
    locale: 'en',
    kind: 'list',
    ...only(T.phishing, T.ki, T.ozg, T.datenschutz, T.barrierefrei),
  },
  {
    conv: 'q4',
    q: 'which of them are in the morning?',
    locale: 'en',
    kind: 'list',
    ...only(T.phishing, T.ozg, T.datenschutz, T.barrierefrei),
  },
  {
    conv: 'q4',
    q: 'how much is the data protection one?',
    locale: 'en',
    kind: 'facts',
    titles: [T.datenschutz],
    says: [/costs (€\s?95|95\s?€|EUR 95)/],
  },
  {
    conv: 'herbst',
    q: 'Was bietet die Unfallkasse im Herbst an?',
    kind: 'list',
    ...maybeAlso(only(T.ergonomie, T.brandschutz, T.deeskalation), T.ersteHilfe),
  },
  {
    conv: 'herbst',
    q: 'und was davon ist in Präsenz?',
    kind: 'list',
    ...maybeAlso(only(T.brandschutz, T.deeskalation), T.ersteHilfe),
  },
  {
    conv: 'english',
    q: 'Do you have anything in English?',
    locale: 'en',
    kind: 'list',
    ...only(T.welcomeDesk, T.interreg),
  },
  { conv: 'english', q: 'which one is in October?', locale: 'en', kind: 'list', titles: [T.welcomeDesk] },
  {
    conv: 'english',
    q: 'how much is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.welcomeDesk],
    says: [/costs (€\s?60|60\s?€|EUR 60)/],
  },
  {
    conv: 'english',
    q: "what's the deadline to sign up?",
    locale: 'en',
    kind: 'facts',
    titles: [T.welcomeDesk],
    says: ['You can register for the seminar', 'until Mon, 22 Oct 2029, 12:00'],
  },
  { conv: 'vergabe', q: 'Gibt es im November was zum Vergaberecht?', kind: 'list', titles: [T.vergabe] },
  { conv: 'vergabe', q: 'was kostet das?', kind: 'facts', titles: [T.vergabe], says: ['kostet 310 €'] },
  {
    conv: 'vergabe',
    q: 'bis wann muss ich mich anmelden?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['bis Mi., 24.10.2029, 23:59 Uhr anmelden'],
  },
  { conv: 'tvoed', q: 'Schulung Eingruppierung TVöD', kind: 'list', titles: [T.tvoed] },
  {
    conv: 'tvoed',
    q: 'wie lange dauert die?',
    kind: 'facts',
    titles: [T.tvoed],
    says: ['dauert 3 Tage, jeweils von 08:30 bis 16:00 Uhr'],
  },
  { conv: 'tvoed', q: 'und wo?', kind: 'facts', titles: [T.tvoed], says: ['Panoramastraße 31, 70174 Stuttgart'] },
  {
    conv: 'council',
    q: 'Any evening trainings for council members?',
    locale: 'en',
    kind: 'list',
    ...only(T.ehrenamt, T.haushaltGR),
  },
  {
    conv: 'council',
    q: 'Is the budget one online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.haushaltGR],
    says: ['is hybrid', 'Rathaus Ravensburg, Großer Sitzungssaal'],
  },
  { conv: 'fimpel', q: 'Welche Kurse gibt Herr Fimpel?', kind: 'list', ...only(T.excel, T.outlook) },
  { conv: 'fimpel', q: 'und welcher davon ist morgen?', kind: 'list', titles: [T.excel] },
  {
    conv: 'fimpel',
    q: 'wo ist der?',
    kind: 'facts',
    titles: [T.excel],
    says: ['Landratsamt Ravensburg, EDV-Schulungsraum 0.14'],
  },
  // --- follow-ups with nothing talked about ---------------------------------------------------------------------------
  { conv: 'empty-en', q: 'and where is it?', locale: 'en', kind: 'noContext' },
  // --- time filters alone ------------------------------------------------------------------------------------------------
  { q: 'Was ist heute Nachmittag?', kind: 'list', titles: [T.eakte] },
  { q: 'was ist morgen?', kind: 'list', titles: [T.excel] },
  { q: "What's still on this month?", locale: 'en', kind: 'list', ...only(T.eakte, T.excel) },
  { q: 'Was steht nächste Woche an?', kind: 'list', ...only(T.ergonomie, T.haushaltsrecht) },
  { q: 'anything the week after next?', locale: 'en', kind: 'list', ...only(T.ehrenamt, T.phishing) },
  { q: 'gibt es am 3. Oktober was?', kind: 'none' },
  { q: 'anything this weekend?', locale: 'en', kind: 'none' },
  { q: 'Seminare im Dezember', kind: 'list', ...only(T.barrierefrei, T.ersteHilfe, T.outlook) },
  { q: "What's on in calendar week 44?", locale: 'en', kind: 'list', ...only(T.welcomeDesk, T.bewegt) },
  { q: 'Was gibt es in der KW 45?', kind: 'list', ...only(T.vergabe, T.ozg, T.bewegt) },
  {
    q: 'Seminare vom 1. bis 15. November',
    kind: 'list',
    ...maybeAlso(only(T.vergabe, T.ozg, T.tvoed, T.deeskalation), T.bewegt),
  },
  // --- weekdays and times of day ------------------------------------------------------------------------------------------
  { q: 'Was gibt es montags?', kind: 'list', ...only(T.ergonomie, T.fuehrung, T.welcomeDesk, T.tvoed) },
  {
    q: 'anything on a Friday morning?',
    locale: 'en',
    kind: 'list',
    ...only(T.excel, T.brandschutz, T.outlook),
  },
  { q: 'Seminare am Dienstagabend', kind: 'list', ...only(T.ehrenamt, T.haushaltGR) },
  { q: 'Online-Seminare am Vormittag im Oktober', kind: 'list', ...only(T.phishing, T.owi) },
  {
    q: 'courses that start at 2 pm',
    locale: 'en',
    kind: 'list',
    ...only(T.eakte, T.leichteSprache, T.interreg),
  },
  {
    q: 'Präsenzseminare am Nachmittag',
    kind: 'list',
    ...maybeAlso(only(T.leichteSprache, T.friedhof), T.ki, T.interreg),
  },
  {
    q: 'online courses next month',
    locale: 'en',
    kind: 'list',
    ...maybeAlso(only(T.ergonomie, T.phishing, T.owi, T.bewegt), T.ki),
  },
  {
    q: 'any sessions on Thursday afternoons?',
    locale: 'en',
    kind: 'list',
    ...maybeAlso(only(T.eakte, T.leichteSprache), T.haushaltsrecht, T.deeskalation, T.ersteHilfe),
  },
  // --- time filters with a subject, place, provider or trainer -----------------------------------------------------------
  { q: 'Gibt es im Oktober etwas zu IT-Sicherheit?', kind: 'list', titles: [T.phishing] },
  { q: 'Any AI training next month?', locale: 'en', kind: 'list', titles: [T.ki] },
  { q: 'Excel-Kurs im November?', kind: 'none' },
  {
    q: 'Datenschutz-Schulung im Herbst',
    kind: 'list',
    first: T.datenschutz,
    ...maybeAlso(only(T.datenschutz), T.ki),
  },
  { q: 'anything on leadership this autumn?', locale: 'en', kind: 'list', titles: [T.fuehrung] },
  { q: 'Was läuft in Bad Waldsee im November?', kind: 'list', titles: [T.friedhof] },
  { q: 'Erste Hilfe noch vor Weihnachten?', kind: 'list', titles: [T.ersteHilfe] },
  { q: 'Kurse von Herrn Lutz im Herbst', kind: 'list', ...only(T.owi, T.friedhof) },
  {
    q: 'Was hat die Verwaltungsschule im November?',
    kind: 'list',
    ...only(T.vergabe, T.tvoed, T.friedhof, T.haushaltGR),
  },
  { q: 'Gibt es im Dezember etwas zu Führung?', kind: 'none' },
  // --- subjects only summary, description or topics name, places ----------------------------------------------------------
  { q: 'Leichte Sprache', kind: 'list', titles: [T.leichteSprache] },
  { q: 'umgang mit aggressiven bürgern', kind: 'list', titles: [T.deeskalation] },
  {
    q: 'rückenübungen am schreibtisch',
    kind: 'list',
    first: T.bewegt,
    ...maybeAlso(only(T.bewegt), T.ergonomie),
  },
  { q: 'Do you have anything on EU funding?', locale: 'en', kind: 'list', titles: [T.interreg] },
  { q: 'was gibt es in Weingarten?', kind: 'list', titles: [T.brandschutz] },
  { q: 'hybrid courses', locale: 'en', kind: 'list', ...only(T.ki, T.interreg, T.haushaltGR) },
  // --- facts ------------------------------------------------------------------------------------------------------------
  {
    q: 'Was kostet das Seminar zum Friedhofsrecht?',
    kind: 'facts',
    titles: [T.friedhof],
    says: ['kostet 165 €'],
  },
  {
    q: 'Is the fire warden training free?',
    locale: 'en',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['is free of charge'],
  },
  {
    q: 'Wann ist die Ersthelfer-Fortbildung?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['am Do., 06.12.2029 von 08:30 bis 16:00 Uhr'],
  },
  {
    q: 'When is the TVöD course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.tvoed],
    says: ['takes place on 3 days', 'each from 08:30 to 16:00'],
  },
  {
    q: 'Wo findet der Seitenwechsel statt?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['Haus am Stadtsee, Seminarraum Seeblick, Hochstatt 1, 88339 Bad Waldsee'],
  },
  {
    q: 'Who teaches the OWiG course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.owi],
    says: ['is led by Herr Stefan Lutz'],
  },
  {
    q: 'Wie lange dauert die Brandschutzhelferausbildung?',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['dauert', 'von 08:00 bis 12:00 Uhr'],
  },
  {
    q: 'What time does the Interreg workshop start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.interreg],
    says: ['starts on Tue, 20 Nov 2029 at 14:00'],
  },
  {
    q: 'Bis wann kann ich mich für das Seminar für neue Führungskräfte anmelden?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['bis Mo., 01.10.2029, 23:59 Uhr anmelden'],
  },
  {
    q: 'Can I still sign up for the Gemeindehaushaltsrecht seminar?',
    locale: 'en',
    kind: 'facts',
    titles: [T.haushaltsrecht],
    says: ['passed on Thu, 20 Sep 2029, 23:59'],
  },
  {
    q: 'Sind beim Brandschutzhelferkurs noch Plätze frei?',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['noch 15 von 15 Plätzen frei'],
  },
  {
    q: 'Ist der Welcome-Desk-Kurs auf Englisch?',
    kind: 'facts',
    titles: [T.welcomeDesk],
    says: ['wird auf Englisch gehalten'],
  },
  {
    q: 'Is the Leichte Sprache workshop online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.leichteSprache],
    says: ['takes place in person', 'Rathaus Wangen im Allgäu, Sitzungssaal, Marktplatz 1'],
  },
  { q: 'zeig mir Details zum Vergaberecht-Seminar', kind: 'details', titles: [T.vergabe] },
  // --- gone, drafts, no match, greetings ----------------------------------------------------------------------------------
  { q: 'Findet das Zeitmanagement-Seminar in KW 42 statt?', kind: 'gone', gone: T.zeitmanagement },
  {
    q: "Is the course on moderating citizens' meetings still on?",
    locale: 'en',
    kind: 'gone',
    gone: T.moderation,
  },
  { q: 'Wann war die Schulung zu Hitze im Büro?', kind: 'gone', gone: T.hitze, says: ['Di., 17.07.2029'] },
  { q: 'zahlstellen seminar', kind: 'gone', gone: T.zahlstellen, says: ['Di., 18.09.2029'] },
  { q: 'Instagram für Gemeinden', kind: 'none' },
  { q: 'Do you have a course on Baulasten?', locale: 'en', kind: 'none' },
  { q: 'Gibt es was zum Waffenrecht?', kind: 'none' },
  { q: 'Grüß Gott', kind: 'help' },
  { q: 'Hi, what can you do?', locale: 'en', kind: 'help' },
  { q: 'Danke, passt!', kind: 'thanks' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-seventieth, independent catalogue (Landkreis Ravensburg, Verwaltungsschule des Gemeindetags, Komm.ONE, Unfallkasse Baden-Württemberg, Personalamt)',
  {
    fixture: 'heldout370-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
