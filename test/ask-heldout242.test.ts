// Over-fitting check, two-hundred-and-forty-second catalogue: the 2027 programme for the Alb-Donau-Kreis (Baden-
// Württemberg) and its towns (Ehingen, Blaubeuren, Laichingen, Langenau, Dietenheim; the Landratsamt is in Ulm), with
// the Kreisakademie Alb-Donau of the Landratsamt, the Fachdienst IT des Landratsamts (the county IT service), the
// Unfallkasse Baden-Württemberg, the Volkshochschule Ehingen (VHS) and the Verwaltungsschule des Gemeindetags Baden-
// Württemberg, imported from a JSON file. Seminars take place in the Landratsamt Alb-Donau-Kreis in Ulm (the
// Kreishaus), the Rathaus Ehingen, the Lindenhalle Ehingen, the Volkshochschule Ehingen, the town halls of Blaubeuren,
// Laichingen, Langenau and Dietenheim, online or hybrid. Several titles do not name their subject ("Der zweite
// Schlüssel" is two-factor sign-in and password managers, "Mehr Luft im Kalender" time management, "Der Assistent, der
// nie schläft" generative AI, "Klare Grenzen, ruhige Worte" de-escalation, "Zahlen, die der Gemeinderat versteht" the
// municipal budget in the NKHR/Doppik, "Vom Team in die Verantwortung" leadership for new managers, "Zusammen statt
// verstreut" Microsoft Teams, "Bewegte Pause" back health, "Dokumente für alle" accessible documents, "Tabellen ohne
// Tränen" Excel for beginners), so only summary, description or topics reveal it; one seminar is held in English; the
// leadership course runs on two days; the cemetery-software course is open only to Laichingen, Heroldstatt and
// Westerheim (no case depends on it); first aid is free, paid by the Unfallkasse.
// Questions are polite full sentences with a small story around them, formal "Sie", about a quarter in English, written
// the way an acceptance tester would try the bot, without looking at the parser or the answers.
//
// Calendar around `now` (Thursday 15 April 2027, 14:00 in Ulm, summer time since Sun 28.03.2027; winter time begins
// Sun 31.10.2027):
//   this week:  nothing more today; Fri 16.04. 09:00–11:30 two-factor sign-in (online, free)
//   next week:  Tue 20.04. 09:00–12:30 Wohngeld (Rathaus Ehingen; deadline passed Fri 09.04. 23:59), Wed 21.04.
//               13:30–16:00 time management (online, 49 €), Thu 22.04. 14:00–16:00 AI (hybrid, Landratsamt Ulm, free)
//   then:       nothing from Fri 23.04. to Mon 03.05. (so "the next two weeks" are the four above)
//   May:        Tue 04. first aid (Rathaus Laichingen, 08:30–16:30, free), Wed 05. Outlook (online, 59 €), Wed 12.
//               English (Landratsamt; deadline Fri 30.04. 12:00), Tue 18. social media (hybrid, Rathaus Blaubeuren,
//               13:00), Wed 19. de-escalation (Rathaus Blaubeuren, free); the cancelled press-release workshop Tue 11.05.
//   June:       Tue 01. budget/Doppik (Lindenhalle Ehingen; deadline Fri 14.05. 23:59), Mon 14./Tue 15. leadership
//               (Landratsamt, 390 €), Thu 17. Teams (online, free), Tue 22. digital building permit (Rathaus
//               Dietenheim, free); the cancelled flood course Wed 23.06.
//   July:       Tue 06. council minutes (Rathaus Langenau; deadline Fri 18.06. 23:59, 18 seats), Tue 13. Excel (online,
//               13:00–16:00), Wed 14. back health (online, 14:00–15:30), Thu 22. accessible documents (VHS Ehingen);
//               the draft QGIS course Thu 08.07.
//   August:     nothing.
//   September:  Thu 16. playgrounds (Rathaus Blaubeuren, for Bauhöfe, 09:00–15:00), Tue 21. naturalisation
//               (Landratsamt, 230 €), Wed 29. data protection (hybrid, Rathaus Langenau, free); the draft chainsaw course
//               Tue 28.09.
//   October:    Tue 12. cemetery software (Rathaus Laichingen; only Laichingen, Heroldstatt, Westerheim)
//   November:   Tue 09.11. (CET) administrative law for career changers (Landratsamt)
//   past:       Tue 09.03.2027 petty cash (Rathaus Ehingen), Wed 24.03.2027 property tax on the phone (online).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-04-15T12:00:00Z'); // Thursday, 15 April 2027, 14:00 in Ulm (CEST)
const TZ = 'Europe/Berlin';

const T = {
  mfa: 'Der zweite Schlüssel', // Fri 16.04. 09:00–11:30, online, IT, Bühler, two-factor / password manager, free
  wohngeld: 'Wohngeld kompakt: Anspruch, Einkommen, Bescheid', // Tue 20.04. 09:00–12:30, Rathaus Ehingen, KA, Eberhardt, 95 €, deadline passed Fri 09.04. 23:59
  zeit: 'Mehr Luft im Kalender', // Wed 21.04. 13:30–16:00, online, VHS, Kraus, 49 €, time management
  ki: 'Der Assistent, der nie schläft', // Thu 22.04. 14:00–16:00, hybrid (Landratsamt Ulm), IT, Bühler, generative AI, free
  ersteHilfe: 'Erste Hilfe am Arbeitsplatz: Grundlehrgang für Ersthelfende', // Tue 04.05. 08:30–16:30, Rathaus Laichingen, Unfallkasse, Maier, free (Unfallkasse pays)
  outlook: 'Ordnung im Posteingang: Outlook effizient nutzen', // Wed 05.05. 09:00–12:00, online, VHS, Kraus, 59 €
  english: 'Speaking with International Clients: English at the Front Desk', // Wed 12.05. 09:00–16:00, Landratsamt, VHS, O'Donnell, 85 €, deadline Fri 30.04. 12:00
  social: 'Social Media für Gemeinden: Beiträge, Kanäle, Kommentare', // Tue 18.05. 13:00–16:00, hybrid (Rathaus Blaubeuren), KA, Schmid, 75 €
  deeskalation: 'Klare Grenzen, ruhige Worte', // Wed 19.05. 09:00–15:00, Rathaus Blaubeuren, Unfallkasse, Wörz, free, de-escalation
  haushalt: 'Zahlen, die der Gemeinderat versteht', // Tue 01.06. 09:00–16:00, Lindenhalle Ehingen, VS, Dr. Keppler, 240 €, NKHR / Doppik, deadline Fri 14.05. 23:59
  fuehrung: 'Vom Team in die Verantwortung', // Mon 14.06. and Tue 15.06. 09:00–16:30, Landratsamt, KA, Dr. Lutz, 390 €, new managers
  teams: 'Zusammen statt verstreut', // Thu 17.06. 10:00–11:30, online, IT, Hägele, Microsoft Teams, free
  bauantrag: 'Bauantrag digital: das Virtuelle Bauamt in der Praxis', // Tue 22.06. 09:00–12:00, Rathaus Dietenheim, KA, Roth, free
  friedhof: 'Friedhofsverwaltung digital: Grabstätten, Gebühren, Fristen', // Tue 12.10. 09:00–12:00, Rathaus Laichingen, IT, Hägele, free, only Laichingen/Heroldstatt/Westerheim
  sitzung: 'Protokoll, Beschluss, Niederschrift: Sitzungsdienst im Gemeinderat', // Tue 06.07. 09:00–16:00, Rathaus Langenau, VS, Hornung, 210 €, 18 seats, deadline Fri 18.06. 23:59
  ruecken: 'Bewegte Pause', // Wed 14.07. 14:00–15:30, online, Unfallkasse, Brenner, back health, free
  barrierefrei: 'Dokumente für alle', // Thu 22.07. 09:00–12:00, Volkshochschule Ehingen, VHS, Kraus, 69 €, 12 seats, accessible Word/PDF
  einbuergerung: 'Einbürgerung nach dem neuen Staatsangehörigkeitsrecht', // Tue 21.09. 09:00–16:00, Landratsamt, VS, Dr. Keppler, 230 €
  datenschutz: 'Datenschutz kompakt: DSGVO in der Sachbearbeitung', // Wed 29.09. 09:00–12:30, hybrid (Rathaus Langenau), KA, Eberhardt, free
  spielplatz: 'Spielplätze sicher kontrollieren', // Thu 16.09. 09:00–15:00, Rathaus Blaubeuren, Unfallkasse, Wörz, free, for Bauhöfe
  verwaltungsrecht: 'Verwaltungsrecht für Quereinsteigende', // Tue 09.11. (CET) 09:00–16:00, Landratsamt, VS, Hornung, 260 €
  excel: 'Tabellen ohne Tränen', // Tue 13.07. 13:00–16:00, online, VHS, Stetter, 59 €, Excel for beginners
  qgis: 'QGIS für Einsteiger: Karten selbst erstellen', // draft (Thu 08.07.)
  motorsaege: 'Motorsägen-Grundkurs für Bauhöfe', // draft (Tue 28.09.)
  presse: 'Schreibwerkstatt: Pressemitteilungen, die gelesen werden', // cancelled (Tue 11.05.2027)
  hochwasser: 'Hochwasser an der Donau: Alarm- und Einsatzplanung für Kommunen', // cancelled (Wed 23.06.2027)
  grundsteuer: 'Die neue Grundsteuer: sicher am Bürgertelefon', // past (Wed 24 March 2027)
  barkasse: 'Barkasse und Zahlstellen richtig führen', // past (Tue 9 March 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.qgis, T.motorsaege, T.presse, T.hochwasser, T.grundsteuer, T.barkasse];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  {
    conv: 'mfa',
    q: 'Ich arbeite seit März im Bürgerbüro, und unsere IT hat angekündigt, dass wir uns bald nur noch mit einem zweiten Faktor einloggen können. Gibt es dazu eine Schulung?',
    kind: 'list',
    titles: [T.mfa],
  },
  {
    conv: 'mfa',
    q: 'Vielen Dank! Wann findet die Schulung statt?',
    kind: 'facts',
    titles: [T.mfa],
    says: ['am Fr., 16.04.2027 von 09:00 bis 11:30 Uhr'],
  },
  {
    conv: 'mfa',
    q: 'Findet sie online statt, oder muss ich dafür irgendwohin fahren?',
    kind: 'facts',
    titles: [T.mfa],
    says: ['findet online statt'],
  },
  {
    conv: 'wohngeld',
    q: 'Ich bin neu in der Wohngeldstelle und soll mich laut meiner Vorgesetzten möglichst schnell in das Wohngeldrecht einarbeiten. Welche Fortbildung können Sie mir empfehlen?',
    kind: 'list',
    titles: [T.wohngeld],
  },
  {
    conv: 'wohngeld',
    q: 'Bis wann läuft die Anmeldefrist dafür?',
    kind: 'facts',
    titles: [T.wohngeld],
    says: ['am Fr., 09.04.2027, 23:59 Uhr abgelaufen'],
  },
  {
    conv: 'ai',
    q: 'Our team lead asked me to find out whether there is any training on generative AI and chatbots. Is there something suitable?',
    locale: 'en',
    kind: 'list',
    titles: [T.ki],
  },
  {
    conv: 'ai',
    q: 'Thank you. Can I join remotely, or do I have to be there in person?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: [/is hybrid: at Landratsamt Alb-Donau-Kreis.* or online/],
  },
  {
    conv: 'ai',
    q: 'And what time does it start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['starts on Thu, 22 Apr 2027 at 14:00'],
  },
  {
    conv: 'erstehilfe',
    q: 'In unserem Sachgebiet wird eine neue Ersthelferin gebraucht, und ich habe mich freiwillig gemeldet. Welchen Lehrgang können Sie mir empfehlen?',
    kind: 'list',
    titles: [T.ersteHilfe],
  },
  {
    conv: 'erstehilfe',
    q: 'Muss meine Dienststelle dafür etwas bezahlen?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Unfallkasse Baden-Württemberg.'],
  },
  {
    conv: 'fuehrung',
    q: 'Ich übernehme demnächst die Leitung eines Sachgebiets und war bisher selbst Sachbearbeiterin. Gibt es ein Seminar, das mich auf die neue Rolle vorbereitet?',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'fuehrung',
    q: 'An welchen Tagen findet es statt?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Mo., 14.06.2027 und Di., 15.06.2027', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    conv: 'fuehrung',
    q: 'Und was kostet die Teilnahme?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['kostet 390 €'],
  },
  {
    conv: 'english',
    q: 'I work in the immigration department and many of our clients only speak English. Is there a course where I can practise English for the front desk?',
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  {
    conv: 'english',
    q: 'What is the registration deadline, please?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['until Fri, 30 Apr 2027, 12:00'],
  },
  {
    conv: 'english',
    q: 'Who teaches it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ["is led by Rachel O'Donnell"],
  },
  {
    conv: 'doppik',
    q: 'Unser Kämmerer hat mich gebeten, für eine neue Kollegin ein Seminar zur Doppik herauszusuchen. Gibt es so etwas?',
    kind: 'list',
    titles: [T.haushalt],
  },
  {
    conv: 'doppik',
    q: 'Bis wann müsste sie sich spätestens anmelden?',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['bis Fr., 14.05.2027, 23:59 Uhr anmelden'],
  },
  {
    conv: 'teams',
    q: 'In our department we keep sending files back and forth by e-mail, and my supervisor would like us to use Microsoft Teams instead. Is there a training for that?',
    locale: 'en',
    kind: 'list',
    titles: [T.teams],
  },
  {
    conv: 'teams',
    q: 'When is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.teams],
    says: ['takes place on Thu, 17 Jun 2027 from 10:00 to 11:30'],
  },
  {
    conv: 'teams',
    q: 'Is it free of charge?',
    locale: 'en',
    kind: 'facts',
    titles: [T.teams],
    says: ['is free of charge'],
  },
  {
    conv: 'sitzung',
    q: 'Ich schreibe seit Jahresbeginn die Niederschriften für unseren Gemeinderat und fühle mich dabei noch unsicher. Gibt es dazu eine Fortbildung?',
    kind: 'list',
    titles: [T.sitzung],
  },
  {
    conv: 'sitzung',
    q: 'Wie viele Plätze sind dort noch frei?',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['noch 18 von 18 Plätzen frei'],
  },
  {
    conv: 'ruecken',
    q: 'Nach langen Tagen am Schreibtisch habe ich oft Rückenschmerzen. Eine Kollegin meinte, die Unfallkasse biete dazu etwas an – können Sie mir sagen, was?',
    kind: 'list',
    titles: [T.ruecken],
  },
  {
    conv: 'ruecken',
    q: 'Wie lange dauert das?',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['dauert 1,5 Stunden, von 14:00 bis 15:30 Uhr'],
  },
  // --- facts -----------------------------------------------------------------------------------------------------------
  {
    q: 'Ich möchte an der Schulung zur Einbürgerung teilnehmen und muss die Kosten vorher mit meinem Vorgesetzten abstimmen. Was kostet sie?',
    kind: 'facts',
    titles: [T.einbuergerung],
    says: ['kostet 230 €'],
  },
  {
    q: 'Meine Kollegin aus dem Ordnungsamt fragt, wer das Deeskalationstraining leitet. Können Sie mir das sagen?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['leitet Herr Stefan Wörz'],
  },
  {
    miss: 'the English name of the course ("Virtual Building Office") is not matched to the German title, and "Virtual" in it is read as the online format',
    q: 'My colleague in the building department wants to know where the course on the Virtual Building Office takes place. Could you tell me?',
    locale: 'en',
    kind: 'facts',
    titles: [T.bauantrag],
    says: ['takes place at Rathaus Dietenheim'],
  },
  {
    q: 'Ich plane gerade meinen Urlaub und möchte wissen, wann der Excel-Kurs für Einsteiger stattfindet.',
    kind: 'facts',
    titles: [T.excel],
    says: ['am Di., 13.07.2027 von 13:00 bis 16:00 Uhr'],
  },
  {
    q: 'Unsere Bauhofleitung möchte wissen, wie lange die Spielplatzschulung dauert, damit sie die Dienstpläne anpassen kann.',
    kind: 'facts',
    titles: [T.spielplatz],
    says: ['dauert 6 Stunden, von 09:00 bis 15:00 Uhr'],
  },
  {
    q: 'Our HR department asked me how much the Outlook course costs. Could you tell me?',
    locale: 'en',
    kind: 'facts',
    titles: [T.outlook],
    says: ['costs €59'],
  },
  {
    q: 'Für unsere Quereinsteiger suche ich den Termin des Verwaltungsrechtskurses. Wann genau findet er statt?',
    kind: 'facts',
    titles: [T.verwaltungsrecht],
    says: ['am Di., 09.11.2027 von 09:00 bis 16:00 Uhr'],
  },
  {
    q: 'Mein Kollege möchte am Social-Media-Seminar teilnehmen und fragt, um wie viel Uhr es losgeht.',
    kind: 'facts',
    titles: [T.social],
    says: ['beginnt am Di., 18.05.2027 um 13:00 Uhr'],
  },
  // --- topic searches: typos, words only in summary or description, synonyms ------------------------------------------
  {
    q: 'Ich bin oft unsicher, wie ich reagieren soll, wenn Besucher am Schalter laut oder beleidigend werden. Gibt es dazu ein Training?',
    kind: 'list',
    titles: [T.deeskalation],
  },
  {
    q: 'Wir bekommen immer mehr Anträge auf Einbürgerrung, und ich bin neu in diesem Bereich. Welche Fortbildung würden Sie mir empfehlen?',
    kind: 'list',
    titles: [T.einbuergerung],
  },
  {
    q: 'Ich möchte, dass unsere Formulare auch für Menschen mit Sehbehinderung gut lesbar sind. Gibt es dazu eine Schulung?',
    kind: 'list',
    titles: [T.barrierefrei],
  },
  {
    q: 'Unsere Gemeinde möchte endlich auf Instagram aktiv werden, und ich soll das übernehmen. Welche Fortbildung passt dazu?',
    kind: 'list',
    titles: [T.social],
  },
  {
    q: 'I keep losing track of my tasks and deadlines. Is there a course on time management?',
    locale: 'en',
    kind: 'list',
    titles: [T.zeit],
  },
  {
    q: 'Ich habe noch nie mit Tabellen gearbeitet und soll jetzt Listen in Exel pflegen. Gibt es einen Kurs für Anfänger?',
    kind: 'list',
    titles: [T.excel],
  },
  {
    q: 'Our office gets more and more requests for access to personal data. Are there any trainings on the GDPR?',
    locale: 'en',
    kind: 'list',
    titles: [T.datenschutz],
  },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, length, cost, language ---------------
  {
    q: 'Mein Chef hat mir nächste Woche Zeit für eine Fortbildung eingeräumt. Welche Seminare finden da statt?',
    kind: 'list',
    titles: [T.wohngeld, T.zeit, T.ki],
  },
  {
    q: 'Nächste Woche kann ich nur nachmittags. Welche Seminare kämen da in Frage?',
    kind: 'list',
    titles: [T.zeit, T.ki],
  },
  {
    q: 'Ich möchte in den nächsten zwei Wochen eine Fortbildung besuchen. Was steht in dieser Zeit auf dem Programm?',
    kind: 'list',
    titles: [T.mfa, T.wohngeld, T.zeit, T.ki],
  },
  {
    q: "Our team lead asked me to put together an overview of next month's seminars. What's on?",
    locale: 'en',
    kind: 'list',
    titles: [T.ersteHilfe, T.outlook, T.english, T.social, T.deeskalation],
  },
  {
    q: 'Ich stelle gerade den Fortbildungsplan für mein Team zusammen. Welche Seminare gibt es im Juli?',
    kind: 'list',
    titles: [T.sitzung, T.excel, T.ruecken, T.barrierefrei],
  },
  { q: 'Gibt es im August überhaupt Fortbildungen, oder ist da Sommerpause?', kind: 'none' },
  {
    q: 'Unser Fortbildungsbudget ist leider aufgebraucht. Welche kostenlosen Seminare gibt es im Mai?',
    kind: 'list',
    titles: [T.ersteHilfe, T.deeskalation],
  },
  {
    q: 'Ich arbeite in Blaubeuren und möchte nicht weit fahren. Welche Seminare finden dort statt?',
    kind: 'list',
    ...only(T.social, T.deeskalation, T.spielplatz),
  },
  {
    q: 'Meine Ausbilderin hat mir die Verwaltungsschule des Gemeindetags empfohlen. Welche Seminare bietet sie an?',
    kind: 'list',
    ...only(T.haushalt, T.sitzung, T.einbuergerung, T.verwaltungsrecht),
  },
  {
    q: 'Our safety officer mentioned the Unfallkasse. What courses does it offer this year?',
    locale: 'en',
    kind: 'list',
    ...only(T.ersteHilfe, T.deeskalation, T.ruecken, T.spielplatz),
  },
  {
    q: 'Ich fand den Kurs bei Frau Kraus richtig gut. Welche Seminare gibt sie sonst noch?',
    kind: 'list',
    ...only(T.zeit, T.outlook, T.barrierefrei),
  },
  {
    q: 'Ich hätte gern eine ausführlichere Fortbildung. Gibt es Seminare, die über mehrere Tage gehen?',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    q: "A new colleague from Ireland doesn't speak German yet. Are any of the courses held in English?",
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  {
    q: 'Ich möchte flexibel bleiben. Welche Seminare werden hybrid angeboten?',
    kind: 'list',
    ...only(T.ki, T.social, T.datenschutz),
  },
  {
    q: 'Unser Bauhofleiter sucht Fortbildungen für seine Mitarbeiter. Was gibt es für den Bauhof?',
    kind: 'list',
    titles: [T.spielplatz],
  },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  {
    q: 'Ich wollte mich für die Schreibwerkstatt zu Pressemitteilungen anmelden. Wann findet sie statt?',
    kind: 'gone',
    gone: T.presse,
  },
  {
    q: 'The mayor asked me about the flood protection course for the Danube. When does it take place?',
    locale: 'en',
    kind: 'gone',
    gone: T.hochwasser,
  },
  {
    q: 'Eine Kollegin hat mir von einem Kurs zur Grundsteuer für das Bürgertelefon erzählt. Wann war der?',
    kind: 'gone',
    gone: T.grundsteuer,
    says: ['Mi., 24.03.2027'],
  },
  {
    q: 'Ich habe gehört, dass es ein Seminar zur Barkasse gab. Wann hat das stattgefunden?',
    kind: 'gone',
    gone: T.barkasse,
    says: ['Di., 09.03.2027'],
  },
  { q: 'Wir möchten für unsere Gemeinde eigene Karten mit QGIS erstellen. Gibt es dazu eine Schulung?', kind: 'none' },
  {
    q: 'Ich muss demnächst Hecken und Bäume zurückschneiden und brauche dafür einen Motorsägenkurs. Wird so etwas angeboten?',
    kind: 'none',
  },
  { q: 'Guten Tag! Ich bin neu hier – was können Sie eigentlich alles für mich tun?', kind: 'help' },
  { q: 'Hello! A colleague told me about this bot. How does it work?', locale: 'en', kind: 'help' },
  {
    q: 'Ich habe mich letzte Woche für ein paar Kurse angemeldet und den Überblick verloren. Können Sie mir meine Anmeldungen zeigen?',
    kind: 'myRegistrations',
  },
];

heldoutSuite(
  'answering questions about a two-hundred-and-forty-second, independent catalogue (Alb-Donau-Kreis, Verwaltungsschule des Gemeindetags BW, Unfallkasse BW)',
  {
    fixture: 'heldout242-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
