// Over-fitting check, three-hundred-and-twenty-second catalogue: the spring and summer 2031 programme for the Landkreis
// Kassel (Hesse) and its towns and municipalities (Baunatal, Vellmar, Hofgeismar, Wolfhagen, Kaufungen, Lohfelden,
// Fuldatal, Niestetal, Grebenstein, Zierenberg, Calden, Immenhausen, Habichtswald, Ahnatal), with the Hessischer
// Verwaltungsschulverband (HVSV), the Hessischer Städte- und Gemeindebund (HSGB), the Unfallkasse Hessen, ekom21, the
// DRK-Kreisverband Kassel-Wolfhagen, HessenForst (Forstamt Wolfhagen), the Hessische Hochschule für öffentliches
// Management und Sicherheit (HöMS), the Staatliches Schulamt for the county and the city of Kassel, the Deutsche
// Rentenversicherung Hessen, the Volkshochschule Region Kassel and the county's own Fachbereiche, imported from a JSON
// file. Seminars take place in the Kreishaus Kassel, the town halls of Vellmar and Hofgeismar, the Werkhalle of the
// Bauhof Baunatal, the DRK-Bildungszentrum Baunatal, the Bauhof Wolfhagen, the Volkshochschule in Wolfhagen, the
// Bürgerhaus Lohfelden, the Gesamtschule Kaufungen, the Mehrgenerationenhaus Fuldatal, the Tagungshaus of the
// Evangelische Akademie Hofgeismar, online or hybrid. Almost every seminar is meant for one group of people, named in
// its audience, summary or description: new Bürgerbüro staff, trainees (Azubis) and their instructors, caretakers
// (Hausmeister), Kita educators, school and office secretaries, council members (Gemeindevertreter, Stadtverordnete),
// (new) team leads, registrars, public-order field staff, staff council members, cleaners, Bauhof staff, first aiders,
// staff close to retirement, staff advising international residents. Several titles do not name their subject
// ("Willkommen am Tresen" is the Bürgerbüro induction, "Sicher nach oben" the ladder inspection, "Wenn es tropft,
// flackert oder klemmt" the caretakers' building duties, "Kleine Hände, große Fragen" child protection in the Kita,
// "Mitten im Schulleben" school secretaries, "Souverän im Vorzimmer" secretaries' office organisation, "Ehrenamt mit
// Mandat" the HGO for council members, "Zahlen, die entscheiden" the budget for council members, "Neue Rolle, neuer
// Blick" new managers, "Prüfungsfit" exam preparation for trainees, "Gut begleitet durch die Ausbildung" training
// instructors, "Helfen, bis der Rettungsdienst kommt" first-aider refreshers, "Der nächste Lebensabschnitt" retirement,
// "Sauber und gesund" cleaners, "Klick mit Bedacht" phishing, "Ruhig bleiben, wenn es laut wird" de-escalation,
// "Mitbestimmen, aber richtig" the staff council). One seminar is held in English. The questions are asked by or for a
// group of people ("ich bin neu im Bürgerbüro", "für unsere Azubis", "as a team lead"), with costs and free seats for
// them and short follow-up conversations; none depends on the asker's own municipality. Written without looking at the
// parser or the answers.
//
// Calendar around `now` (Tuesday 11 March 2031, 08:30 in Kassel, winter time; summer time begins Sun 30.03.2031;
// Easter Sunday is 13.04.2031, Good Friday 11.04., Easter Monday 14.04.; the Hessian municipal elections are in March):
//   this week:  Tue 11.03. (today) 13:00–14:30 phishing (online, free); Thu 13.03. 08:00–15:00 ladder inspection
//               (Werkhalle Bauhof Baunatal, free, 12 seats); Fri 14.03. 12:00 deadline of the Bürgerbüro induction
//   next week:  Mon 17.03. 09:00–12:30 leading at a distance (online, 145 €); Wed 19.03. and Wed 26.03. 08:30–15:30
//               Bürgerbüro induction (Kreishaus, 280 €); Thu 20.03. 09:00–16:00 de-escalation (Rathaus Vellmar, 190 €)
//   after:      Tue 25.03. 18:30–21:00 HGO for council members (hybrid, Kreishaus, 35 €); Thu 27.03. 09:00–16:00
//               naming law for registrars (Rathaus Hofgeismar, 240 €, 20 seats)
//   April:      the cancelled caretakers' heating day (Tue 01.04.); Thu 03.04., 10.04. and 17.04. 13:00–16:00 exam
//               preparation for trainees (online, 150 €); Fri 04.04. 23:59 deadline of the new managers' course; Mon
//               07.04. 08:30–16:00 first aid for Kita teams (DRK, free, Unfallkasse pays); Tue 08.04. 09:00–15:00
//               school secretaries (Kreishaus, free); the cancelled Excel course for secretaries (Wed 09.04.); Tue
//               15.04. 12:00 deadline of the staff council course; Wed 16.04. 09:00–16:00 secretaries
//               (Volkshochschule Wolfhagen, 165 €, 14 seats); Tue 22.04. 09:00–12:00 cleaners (Kreishaus, free, 20
//               seats); Wed 23.04. 08:00–15:30 caretakers (Gesamtschule Kaufungen, 95 €); Tue 29.04. 09:00–16:30 staff
//               council (online, 210 €); Wed 30.04. 23:59 deadline of the tree inspection
//   May:        Tue 06.05. 18:00–21:00 budget for council members (Bürgerhaus Lohfelden, 35 €); Wed 07.05. and Thu
//               08.05. 09:00–16:00 new managers (Akademie Hofgeismar, 390 €); Tue 13.05. 07:30–15:00 tree inspection
//               (Bauhof Wolfhagen, 180 €, 16 seats); Wed 21.05. 09:00–16:00 child protection for Kita educators
//               (Mehrgenerationenhaus Fuldatal, free, 30 seats); Tue 27.05. 14:00–16:30 English (online, 60 €)
//   June:       Wed 04.06. 09:00–12:00 retirement (online, free); Wed 11.06. 09:00–16:00 training instructors (hybrid,
//               Kreishaus, 120 €); Tue 17.06. 08:30–16:00 first-aider refresher (DRK, free)
//   later:      Mon 01.09. and Tue 02.09. 08:30–15:00 induction for new trainees (Kreishaus, free, 40 seats); the draft
//               Ortsbeirat course (Thu 18.09.), the draft Kita management course (Wed 08.10.)
//   past:       Wed 15.01.2031 induction day for new staff (Kreishaus), Tue 25.02.2031 training of the election boards.
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2031-03-11T07:30:00Z'); // Tuesday, 11 March 2031, 08:30 in Kassel (CET)
const TZ = 'Europe/Berlin';

const T = {
  klick: 'Klick mit Bedacht', // Tue 11.03. 13:00–14:30, online, ekom21, Reinhardt, phishing, all staff, free
  leiter: 'Sicher nach oben', // Thu 13.03. 08:00–15:00, Werkhalle Bauhof Baunatal, Unfallkasse, Brandau, ladder inspection, caretakers and Bauhof, free, 12 seats
  distanz: 'Führen auf Distanz', // Mon 17.03. 09:00–12:30, online, HVSV, Dr. Köhler, managers of remote teams, 145 €
  tresen: 'Willkommen am Tresen', // Wed 19.03. and Wed 26.03. 08:30–15:30, Kreishaus, HVSV, Wenzel, new Bürgerbüro staff, 280 €, deadline Fri 14.03. 12:00
  ruhig: 'Ruhig bleiben, wenn es laut wird', // Thu 20.03. 09:00–16:00, Rathaus Vellmar, HöMS, Pfeiffer, de-escalation for public-order field staff, 190 €
  mandat: 'Ehrenamt mit Mandat', // Tue 25.03. 18:30–21:00, hybrid (Kreishaus), HSGB, Dr. Vogt, HGO for council members, 35 € (municipality pays)
  paesse: 'Zwei Pässe, ein Name', // Thu 27.03. 09:00–16:00, Rathaus Hofgeismar, Fachverband, Nolte, naming law for registrars, 240 €, 20 seats
  kindHilfe: 'Erste Hilfe am Kind: Fortbildung für Kita-Teams', // Mon 07.04. 08:30–16:00, DRK-Bildungszentrum Baunatal, DRK, Sauer, Kita staff, free (Unfallkasse pays)
  pruefung: 'Prüfungsfit', // Thu 03.04., 10.04., 17.04. 13:00–16:00, online, HVSV, Hartmann, exam preparation for trainees, 150 €
  schule: 'Mitten im Schulleben', // Tue 08.04. 09:00–15:00, Kreishaus, Schulamt, Lotz, school secretaries (LUSD), free
  vorzimmer: 'Souverän im Vorzimmer', // Wed 16.04. 09:00–16:00, Volkshochschule Region Kassel (Wolfhagen), Engel, secretaries, 165 €, 14 seats
  sauber: 'Sauber und gesund', // Tue 22.04. 09:00–12:00, Kreishaus, Unfallkasse, Held, cleaners, free, 20 seats
  tropft: 'Wenn es tropft, flackert oder klemmt', // Wed 23.04. 08:00–15:30, Gesamtschule Kaufungen, Gebäudemanagement, Gerlach, caretakers, 95 €
  personalrat: 'Mitbestimmen, aber richtig', // Tue 29.04. 09:00–16:30, online, HVSV, Schäfer, staff council (HPVG), 210 € (Dienststelle pays), deadline Tue 15.04. 12:00
  zahlen: 'Zahlen, die entscheiden', // Tue 06.05. 18:00–21:00, Bürgerhaus Lohfelden, HSGB, Möller, budget for council members, 35 €
  rolle: 'Neue Rolle, neuer Blick', // Wed 07.05. and Thu 08.05. 09:00–16:00, Evangelische Akademie Hofgeismar, HVSV, Dr. Köhler, new managers, 390 €, deadline Fri 04.04. 23:59
  baeume: 'Baumkontrolle nach FLL-Richtlinie', // Tue 13.05. 07:30–15:00, Bauhof Wolfhagen, HessenForst, Wiegand, Bauhof staff, 180 €, 16 seats, deadline Wed 30.04. 23:59
  kinderschutz: 'Kleine Hände, große Fragen', // Wed 21.05. 09:00–16:00, Mehrgenerationenhaus Fuldatal, Fachbereich Jugend, Ronneberger, Kita child protection, free, 30 seats
  english: 'Explaining the German System in Plain English', // Tue 27.05. 14:00–16:30, online, Volkshochschule Region Kassel, Whitfield, immigration office / Jobcenter, 60 €
  ruhestand: 'Der nächste Lebensabschnitt', // Wed 04.06. 09:00–12:00, online, DRV Hessen, Kühn, retirement, staff aged 58+, free
  ausbilder: 'Gut begleitet durch die Ausbildung', // Wed 11.06. 09:00–16:00, hybrid (Kreishaus), HVSV, Hartmann, training instructors, 120 €
  ersteHilfe: 'Helfen, bis der Rettungsdienst kommt', // Tue 17.06. 08:30–16:00, DRK-Bildungszentrum Baunatal, DRK, Vogel, first-aider refresher, free (Unfallkasse pays)
  startklar: 'Erste Schritte im öffentlichen Dienst', // Mon 01.09. and Tue 02.09. 08:30–15:00, Kreishaus, Fachbereich Personal, Krug, new trainees, free, 40 seats
  ortsbeirat: 'Ortsbeirat kompakt: Aufgaben, Rechte und Anhörung', // draft (Thu 18.09.)
  kitaLeitung: 'Kita leiten: Dienstpläne und Personaleinsatz', // draft (Wed 08.10.)
  heizung: 'Hausmeister-Fachtag: Heizungsanlagen effizient betreiben', // cancelled (Tue 01.04.2031)
  excel: 'Excel im Sekretariat: Listen, Serienbriefe und Tabellen', // cancelled (Wed 09.04.2031)
  wahl: 'Wahlvorstände gut vorbereitet: Kommunalwahl 2031', // past (Tue 25 February 2031)
  einfuehrung: 'Willkommen im Kreishaus: Einführungstag für neue Beschäftigte', // past (Wed 15 January 2031)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.ortsbeirat, T.kitaLeitung, T.heizung, T.excel, T.wahl, T.einfuehrung];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- new in the Bürgerbüro -----------------------------------------------------------------------------------------
  {
    conv: 'tresen',
    q: 'ich bin neu im Bürgerbüro – gibt es eine Einarbeitung für mich?',
    kind: 'list',
    titles: [T.tresen],
  },
  {
    conv: 'tresen',
    q: 'wann ist das genau?',
    kind: 'facts',
    titles: [T.tresen],
    says: ['an 2 Tagen', 'Mi., 19.03.2031 und Mi., 26.03.2031', 'jeweils von 08:30 bis 15:30 Uhr'],
  },
  { conv: 'tresen', q: 'und was kostet das?', kind: 'facts', titles: [T.tresen], says: ['kostet 280 €'] },
  {
    conv: 'tresen',
    q: 'bis wann muss ich mich anmelden?',
    kind: 'facts',
    titles: [T.tresen],
    says: ['bis Fr., 14.03.2031, 12:00 Uhr'],
  },
  // --- trainees (Azubis) and their instructors -----------------------------------------------------------------------
  {
    q: 'was gibt es für unsere Azubis?',
    kind: 'list',
    ...maybeAlso(only(T.startklar, T.pruefung), T.ausbilder),
  },
  { conv: 'pruef', q: 'Prüfungsvorbereitung für Verwaltungsfachangestellte', kind: 'list', titles: [T.pruefung] },
  {
    conv: 'pruef',
    q: 'an welchen Tagen ist das?',
    kind: 'facts',
    titles: [T.pruefung],
    says: ['an 3 Tagen', 'Do., 03.04.2031, Do., 10.04.2031 und Do., 17.04.2031', 'jeweils von 13:00 bis 16:00 Uhr'],
  },
  {
    conv: 'start',
    q: 'unsere neuen Auszubildenden fangen im September an – gibt es einen Einführungstag für sie?',
    kind: 'list',
    titles: [T.startklar],
  },
  {
    conv: 'start',
    q: 'wie viele Plätze sind noch frei?',
    kind: 'facts',
    titles: [T.startklar],
    says: ['noch 40 von 40 Plätzen frei'],
  },
  { q: 'kostenlose Angebote für Azubis', kind: 'list', titles: [T.startklar] },
  { q: 'gibt es für Azubis auch was online?', kind: 'list', titles: [T.pruefung] },
  { q: 'anything for new apprentices?', locale: 'en', kind: 'list', titles: [T.startklar] },
  {
    q: 'ich betreue als Ausbilderin unsere Azubis, gibt es dafür eine Fortbildung?',
    kind: 'list',
    titles: [T.ausbilder],
  },
  // --- caretakers (Hausmeister), cleaners, Bauhof --------------------------------------------------------------------
  { q: 'Fortbildungen für Hausmeister', kind: 'list', ...only(T.tropft, T.leiter) },
  { q: 'welche kostenlosen Fortbildungen gibt es für Hausmeister?', kind: 'list', titles: [T.leiter] },
  { q: 'Präsenzseminare für Hausmeister im April', kind: 'list', titles: [T.tropft] },
  {
    q: 'was kostet die Hausmeister-Fortbildung zu Legionellen und Prüffristen?',
    kind: 'facts',
    titles: [T.tropft],
    says: ['kostet 95 €'],
  },
  {
    q: 'gibt es bei der Leiterprüfung noch freie Plätze?',
    kind: 'facts',
    titles: [T.leiter],
    says: ['noch 12 von 12 Plätzen frei'],
  },
  { q: 'Hausmeister Fachtag Heizung', kind: 'gone', gone: T.heizung },
  { q: 'haben Sie auch was für unsere Reinigungskräfte?', kind: 'list', titles: [T.sauber] },
  { q: 'Fortbildungen für Bauhofmitarbeiter', kind: 'list', ...only(T.leiter, T.baeume) },
  { q: "what's on for Bauhof staff in May?", locale: 'en', kind: 'list', titles: [T.baeume] },
  { conv: 'baum', q: 'Baumkontrolle', kind: 'list', titles: [T.baeume] },
  {
    conv: 'baum',
    q: 'bis wann kann man sich anmelden?',
    kind: 'facts',
    titles: [T.baeume],
    says: ['bis Mi., 30.04.2031, 23:59 Uhr'],
  },
  // --- Kita ----------------------------------------------------------------------------------------------------------
  {
    q: 'welche Fortbildungen gibt es für Erzieherinnen in der Kita?',
    kind: 'list',
    ...only(T.kinderschutz, T.kindHilfe),
  },
  { q: 'training for daycare teachers', locale: 'en', kind: 'list', ...only(T.kinderschutz, T.kindHilfe) },
  { conv: 'ks', q: 'Kinderschutz-Fortbildung für Erzieher', kind: 'list', titles: [T.kinderschutz] },
  {
    conv: 'ks',
    q: 'wo findet das statt?',
    kind: 'facts',
    titles: [T.kinderschutz],
    says: ['im Mehrgenerationenhaus Fuldatal'],
  },
  { q: 'Anzeichen für Kindeswohlgefährdung erkennen', kind: 'list', titles: [T.kinderschutz] },
  {
    q: 'was kostet die Kinderschutz-Fortbildung für Erzieherinnen?',
    kind: 'facts',
    titles: [T.kinderschutz],
    says: ['ist kostenlos'],
  },
  { conv: 'kh', q: 'Erste Hilfe am Kind', kind: 'list', titles: [T.kindHilfe] },
  {
    conv: 'kh',
    q: 'wer übernimmt die Kosten?',
    kind: 'facts',
    titles: [T.kindHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Kosten übernimmt die Unfallkasse Hessen.'],
  },
  // --- secretaries ---------------------------------------------------------------------------------------------------
  { q: 'Schulungen für Sekretariate', kind: 'list', ...only(T.vorzimmer, T.schule) },
  { q: 'ich arbeite im Schulsekretariat, was passt zu mir?', kind: 'list', first: T.schule },
  {
    q: 'is the training for school secretaries free?',
    locale: 'en',
    kind: 'facts',
    titles: [T.schule],
    says: ['is free of charge'],
  },
  { conv: 'vz', q: 'Fortbildung fürs Vorzimmer der Bürgermeisterin', kind: 'list', titles: [T.vorzimmer] },
  {
    conv: 'vz',
    q: 'sind da noch Plätze frei?',
    kind: 'facts',
    titles: [T.vorzimmer],
    says: ['noch 14 von 14 Plätzen frei'],
  },
  { q: 'Excel-Kurs für Sekretariate', kind: 'gone', gone: T.excel },
  // --- council members (Ratsmitglieder) ------------------------------------------------------------------------------
  { q: 'was gibt es für Ratsmitglieder?', kind: 'list', ...only(T.mandat, T.zahlen) },
  { q: 'what is there for council members?', locale: 'en', kind: 'list', ...only(T.mandat, T.zahlen) },
  { q: 'gibt es was für Ortsbeiräte?', kind: 'list', ...maybeAlso(only(T.mandat), T.zahlen) },
  {
    conv: 'mandat',
    q: 'ich bin frisch in die Gemeindevertretung gewählt – gibt es eine Einführung in die HGO?',
    kind: 'list',
    titles: [T.mandat],
  },
  {
    conv: 'mandat',
    q: 'um wie viel Uhr geht das los?',
    kind: 'facts',
    titles: [T.mandat],
    says: ['beginnt am Di., 25.03.2031 um 18:30 Uhr'],
  },
  { conv: 'mandat', q: 'kann man auch online teilnehmen?', kind: 'facts', titles: [T.mandat], says: ['oder online'] },
  {
    conv: 'mandat',
    q: 'was kostet das?',
    kind: 'facts',
    titles: [T.mandat],
    says: ['kostet 35 €'],
    mentions: ['Die Gebühr übernimmt die Gemeinde oder Stadt, für die das Mandat ausgeübt wird.'],
  },
  // --- team leads and managers ---------------------------------------------------------------------------------------
  { q: 'as a team lead, which seminars are for me?', locale: 'en', kind: 'list', ...only(T.distanz, T.rolle) },
  {
    q: 'ich habe gerade eine Teamleitung übernommen – welches Seminar empfehlen Sie?',
    kind: 'list',
    first: T.rolle,
  },
  { q: 'Seminare für Führungskräfte unter 200 Euro', kind: 'list', titles: [T.distanz] },
  { q: 'was gibt es nächste Woche für Führungskräfte?', kind: 'list', titles: [T.distanz] },
  {
    q: 'wer hält das Seminar für neue Führungskräfte?',
    kind: 'facts',
    titles: [T.rolle],
    says: ['leitet Frau Dr. Miriam Köhler'],
  },
  { conv: 'rolle', q: 'course for new team leaders', locale: 'en', kind: 'list', titles: [T.rolle] },
  { conv: 'rolle', q: 'how much is it?', locale: 'en', kind: 'facts', titles: [T.rolle], says: ['costs €390'] },
  {
    conv: 'rolle',
    q: 'when do I have to register by?',
    locale: 'en',
    kind: 'facts',
    titles: [T.rolle],
    says: ['until Fri, 4 Apr 2031, 23:59'],
  },
  { q: 'Mitarbeitende im Homeoffice führen', kind: 'list', titles: [T.distanz] },
  // --- registrars, public order, staff council, retirement, first aid, international clients, everyone ---------------
  { conv: 'std', q: 'Fortbildung für Standesbeamte', kind: 'list', titles: [T.paesse] },
  { conv: 'std', q: 'was kostet die?', kind: 'facts', titles: [T.paesse], says: ['kostet 240 €'] },
  {
    conv: 'ord',
    q: 'Seminar für die Kolleginnen vom Ordnungsamt im Außendienst',
    kind: 'list',
    titles: [T.ruhig],
  },
  { conv: 'ord', q: 'wer ist der Referent?', kind: 'facts', titles: [T.ruhig], says: ['leitet Herr Stefan Pfeiffer'] },
  { conv: 'pr', q: 'Schulung für neue Personalratsmitglieder', kind: 'list', titles: [T.personalrat] },
  {
    conv: 'pr',
    q: 'wer zahlt das?',
    kind: 'facts',
    titles: [T.personalrat],
    says: ['kostet 210 €'],
    mentions: ['Die Kosten trägt nach dem HPVG die Dienststelle.'],
  },
  { q: 'Angebot für Kollegen kurz vor der Rente', kind: 'list', titles: [T.ruhestand] },
  {
    q: 'wann ist die Fortbildung für betriebliche Ersthelfer?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['am Di., 17.06.2031 von 08:30 bis 16:00 Uhr'],
  },
  {
    conv: 'eng',
    q: 'anything for staff at the immigration office?',
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  {
    conv: 'eng',
    q: 'when is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['takes place on Tue, 27 May 2031 from 14:00 to 16:30'],
  },
  { q: 'Phishing-Schulung für alle Mitarbeitenden', kind: 'list', titles: [T.klick] },
  // --- gone, drafts never shown, nothing for the group ---------------------------------------------------------------
  {
    q: 'Schulung für die Wahlvorstände zur Kommunalwahl, wann war die?',
    kind: 'gone',
    gone: T.wahl,
    says: ['Di., 25.02.2031'],
  },
  { q: 'Dienstplanung Schulung', kind: 'none' },
  { q: 'Rettungsschwimmer-Fortbildung für unsere Bademeister', kind: 'none' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-twenty-second, independent catalogue (Landkreis Kassel, HVSV, HSGB, Unfallkasse Hessen)',
  {
    fixture: 'heldout322-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
