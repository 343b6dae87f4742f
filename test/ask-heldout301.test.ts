// Over-fitting check, three-hundred-and-first catalogue: the spring 2029 programme for the Landkreis Hildesheim (Lower
// Saxony) and its towns and municipalities (Hildesheim, Sarstedt, Alfeld (Leine), Bad Salzdetfurth, Algermissen, Harsum,
// Diekholzen; Bockenem, Schellerten, Nordstemmen and Giesen without any seminar), with the Niedersächsisches
// Studieninstitut für kommunale Verwaltung (NSI), the Gemeinde-Unfallversicherungsverband Hannover (GUV Hannover), the
// county's Fachdienst Informationstechnik and Personalentwicklung and the Volkshochschule Hildesheim (VHS), imported from
// a JSON file. Seminars take place in the Kreishaus, the Rathaus and the Volkshochschule in Hildesheim, the Rathaus and
// the Betriebshof in Sarstedt, the town halls of Algermissen, Alfeld, Bad Salzdetfurth and Harsum, online or hybrid.
// Several titles do not name their subject ("Nicht jeder Link ist ein Freund" is phishing, "Auskunft mit Augenmaß" data
// protection in the registration office, "Wenn der Akku leer ist" stress / resilience, "Was am Ende übrig bleibt" the
// doppik year-end accounts, "Rot-weiß heißt Achtung" traffic safety at road works, "Aufrecht durch den Tag" back
// exercises, "Die Maschine formuliert mit" AI, "Neue Rolle, neue Fragen" new managers, "Gemeinsam im Kanal" Teams and
// SharePoint, "Papierlos glücklich" the e-file, "Sag es einfach" plain language, "Augen auf beim Rundgang" playground
// inspection, "Reibung erzeugt Wärme" conflict management), so only summary, description or topics reveal it; one
// seminar is held in English; the leadership course runs on two Thursdays across the start of summer time (Sun
// 25.03.2029); the back course runs on three Wednesday evenings; the e-file course is open only to Bad Salzdetfurth and
// Diekholzen; first aid is free, paid by the GUV Hannover. Every question starts with a few sentences about the asker's
// work, as employees write them, formal and informal mixed; about a quarter are follow-ups in conversations. Written
// without looking at the parser or the answers.
//
// Calendar around `now` (Wednesday 14 February 2029, 09:40 in Hildesheim, winter time; summer time begins Sun
// 25.03.2029; Good Friday 30.03., Easter Monday 02.04., Ascension Thu 10.05.2029):
//   this week:  Wed 14.02. (today) 14:00–15:30 phishing (online); Thu 15.02. (tomorrow) 09:00–12:30 registration-office
//               data protection (Rathaus Sarstedt, 120 €) and 18:00–20:30 NKomVG for council members (Rathaus
//               Algermissen, evening, 40 €); Fri 16.02. 09:00–12:00 Word (online, 59 €)
//   next week:  Mon 19.02. 09:00–16:00 procurement (Kreishaus; deadline passed Fri 09.02. 12:00), Tue 20.02. 13:30–16:00
//               resilience (online), Wed 21.02. 09:00–12:30 English (Rathaus Hildesheim; deadline today 23:59), Thu 22.02.
//               09:00–16:00 doppik (Rathaus Alfeld, 20 seats); nothing on Fri 23.02.
//   then:       Tue 27.02. 07:30–15:00 road works (Betriebshof Sarstedt)
//   March:      Mon 05.03. 09:00–12:30 parental leave (online, 85 €), Wed 07./14./21.03. 18:00–19:30 back exercises (VHS,
//               evening, 36 €), Tue 13.03. 08:30–16:00 first aid (Rathaus Bad Salzdetfurth), Thu 15.03. 14:00–16:30 AI
//               (Kreishaus), the cancelled PowerPoint course (Fri 16.03.), Thu 22.03. (CET) and Thu 29.03. (CEST)
//               09:00–16:30 new managers (Kreishaus, 380 €; deadline Fri 09.03. 23:59)
//   April:      Wed 11.04. 09:00–13:00 fire wardens (Rathaus Algermissen), Tue 17.04. 10:00–11:30 Teams/SharePoint
//               (online), the cancelled chainsaw course (Tue 24.04.), Thu 26.04. 09:00–12:00 e-file (Rathaus Bad
//               Salzdetfurth, members only)
//   May:        Tue 08.05. plain language (VHS; deadline Fri 20.04. 12:00), Wed 16.05. 08:00–15:00 playground inspection
//               (Rathaus Harsum), Tue 22.05. administrative acts (hybrid, Rathaus Hildesheim, 225 €)
//   later:      Wed 13.06. conflict management (Rathaus Alfeld, free), the draft dog-tax course (Tue 19.06.), the draft
//               cemetery course (Wed 04.07.), Wed 05.09. induction day for trainees (Kreishaus)
//   past:       Wed 15.11.2028 winter road service (Alfeld), Tue 16.01.2029 property tax (online).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2029-02-14T08:40:00Z'); // Wednesday, 14 February 2029, 09:40 in Hildesheim (CET)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Nicht jeder Link ist ein Freund', // Wed 14.02. 14:00–15:30, online, IT, Meyer, phishing, free
  melde: 'Auskunft mit Augenmaß', // Thu 15.02. 09:00–12:30, Rathaus Sarstedt, NSI, Dr. Brandes, Melderegister / Auskunftssperre, 120 €
  rat: 'Ratsarbeit kompakt: das NKomVG für Rats- und Ortsratsmitglieder', // Thu 15.02. 18:00–20:30, Rathaus Algermissen, NSI, Dr. Kruse, 40 €
  word: 'Serienbriefe und Vorlagen in Word', // Fri 16.02. 09:00–12:00, online, VHS, Lindner, 59 € (Dienststelle pays)
  vergabe: 'Vergabe unterhalb der Schwellenwerte: UVgO und NTVergG in der Praxis', // Mon 19.02. 09:00–16:00, Kreishaus, NSI, Dr. Kruse, 245 €, deadline passed Fri 09.02. 12:00
  resilienz: 'Wenn der Akku leer ist', // Tue 20.02. 13:30–16:00, online, GUV, Schaper, stress / burnout, free
  english: 'Plain English at the Counter: Serving International Residents', // Wed 21.02. 09:00–12:30, Rathaus Hildesheim, VHS, Turner, 80 €, deadline Wed 14.02. 23:59
  doppik: 'Was am Ende übrig bleibt', // Thu 22.02. 09:00–16:00, Rathaus Alfeld, NSI, Bartels, doppik year-end accounts, 210 €, 20 seats
  verkehr: 'Rot-weiß heißt Achtung', // Tue 27.02. 07:30–15:00, Betriebshof Sarstedt, GUV, Brinkmann, road works (RSA 21, Leitbaken), free
  elternzeit: 'Elternzeit, Teilzeit, Mutterschutz: Beschäftigte im TVöD richtig beraten', // Mon 05.03. 09:00–12:30, online, NSI, Oltmanns, 85 €
  ruecken: 'Aufrecht durch den Tag', // Wed 07./14./21.03. 18:00–19:30, Volkshochschule Hildesheim, VHS, Hartmann, back exercises, 36 €
  ersteHilfe: 'Erste-Hilfe-Fortbildung für betriebliche Ersthelferinnen und Ersthelfer', // Tue 13.03. 08:30–16:00, Rathaus Bad Salzdetfurth, GUV, Vogt, free (GUV pays)
  ki: 'Die Maschine formuliert mit', // Thu 15.03. 14:00–16:30, Kreishaus, IT, Meyer, AI / ChatGPT / Copilot, free
  fuehrung: 'Neue Rolle, neue Fragen', // Thu 22.03. (CET) and Thu 29.03. (CEST) 09:00–16:30, Kreishaus, NSI, Dr. Reinecke, new managers, 380 €, deadline Fri 09.03. 23:59
  brandschutz: 'Brandschutzhelferinnen und Brandschutzhelfer: Ausbildung nach ASR A2.2', // Wed 11.04. 09:00–13:00, Rathaus Algermissen, GUV, Vogt, free
  teams: 'Gemeinsam im Kanal', // Tue 17.04. 10:00–11:30, online, IT, Schütte, Teams / SharePoint, free
  eakte: 'Papierlos glücklich', // Thu 26.04. 09:00–12:00, Rathaus Bad Salzdetfurth, IT, Kasten, e-file, only Bad Salzdetfurth/Diekholzen, free
  sprache: 'Sag es einfach', // Tue 08.05. 09:00–16:00, Volkshochschule Hildesheim, VHS, Dr. Stein, plain language, 110 €, deadline Fri 20.04. 12:00
  spielplatz: 'Augen auf beim Rundgang', // Wed 16.05. 08:00–15:00, Rathaus Harsum, GUV, Brinkmann, playground inspection, free
  bescheid: 'Bescheide rechtssicher formulieren: Anhörung, Begründung, Rechtsbehelfsbelehrung', // Tue 22.05. 09:00–16:00, hybrid (Rathaus Hildesheim), NSI, Dr. Kruse, 225 €
  konflikt: 'Reibung erzeugt Wärme', // Wed 13.06. 09:00–16:00, Rathaus Alfeld, PE, Dr. Reinecke, conflict management for managers, free
  azubi: 'Willkommen an Bord: Einführungstag für neue Auszubildende', // Wed 05.09. 09:00–15:00, Kreishaus, PE, Kröger, free, 35 seats
  hundesteuer: 'Hundesteuer und gefährliche Hunde: NHundG in der Verwaltungspraxis', // draft (Tue 19.06.)
  friedhof: 'Friedhofsverwaltung: Satzung, Grabnutzungsrechte und Gebühren', // draft (Wed 04.07.)
  powerpoint: 'Präsentieren mit PowerPoint: Folien, die überzeugen', // cancelled (Fri 16.03.2029)
  motorsaege: 'Motorsägen-Grundlehrgang für Bauhofbeschäftigte', // cancelled (Tue 24.04.2029)
  winterdienst: 'Räum- und Streupflicht: Winterdienst rechtssicher organisieren', // past (Wed 15 November 2028)
  grundsteuer: 'Grundsteuer nach der Reform: das niedersächsische Flächen-Lage-Modell', // past (Tue 16 January 2029)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.hundesteuer, T.friedhof, T.powerpoint, T.motorsaege, T.winterdienst, T.grundsteuer];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  {
    conv: 'heute',
    q: 'Guten Morgen! Mir ist heute Nachmittag ein Termin ausgefallen und ich würde die Zeit gern sinnvoll nutzen. Läuft heute noch irgendein Seminar?',
    kind: 'list',
    titles: [T.phishing],
  },
  {
    conv: 'heute',
    q: 'Muss ich dafür irgendwo hinfahren oder geht das vom Schreibtisch aus?',
    kind: 'facts',
    titles: [T.phishing],
    says: ['findet online statt'],
  },
  {
    conv: 'heute',
    q: 'Und wie lange geht das? Ich hab danach noch eine Besprechung.',
    kind: 'facts',
    titles: [T.phishing],
    says: ['dauert 1,5 Stunden, von 14:00 bis 15:30 Uhr'],
  },
  {
    conv: 'melde',
    q: 'Ich arbeite im Bürgerbüro und wir bekommen ständig Anfragen nach Melderegisterauskünften, neuerdings auch von Inkassofirmen. Wann darf ich da Auskunft geben und wann greift eine Auskunftssperre? Gibt es dazu eine Schulung?',
    kind: 'list',
    titles: [T.melde],
  },
  {
    conv: 'melde',
    q: 'Wann genau ist das?',
    kind: 'facts',
    titles: [T.melde],
    says: ['am Do., 15.02.2029 von 09:00 bis 12:30 Uhr'],
  },
  { conv: 'melde', q: 'Und was kostet der Spaß?', kind: 'facts', titles: [T.melde], says: ['kostet 120 €'] },
  {
    conv: 'fuehrung',
    q: 'Ich übernehme ab April die Leitung unseres Sachgebiets und hatte bisher nie Personalverantwortung. Ehrlich gesagt ist mir etwas mulmig. Gibt es ein Seminar, das mich auf die Rolle als Führungskraft vorbereitet?',
    kind: 'list',
    first: T.fuehrung,
    ...maybeAlso(only(T.fuehrung), T.konflikt),
  },
  {
    conv: 'fuehrung',
    q: 'An welchen Tagen findet das statt?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Do., 22.03.2029 und Do., 29.03.2029', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    conv: 'fuehrung',
    q: 'Bis wann muss ich mich da anmelden?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['bis Fr., 09.03.2029, 23:59 Uhr'],
  },
  {
    conv: 'vergabe',
    q: 'Bei uns in Algermissen steht die Beschaffung eines neuen Fahrzeugs für den Bauhof an und ich soll die Ausschreibung betreuen. Gibt es etwas zur UVgO?',
    kind: 'list',
    titles: [T.vergabe],
  },
  {
    conv: 'vergabe',
    q: 'Kann ich mich da noch anmelden?',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['ist am Fr., 09.02.2029, 12:00 Uhr abgelaufen'],
  },
  {
    conv: 'english',
    q: 'We get more and more international students from the university at our counter, and my English is a bit rusty. Is there a course that could help me?',
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  {
    conv: 'english',
    q: 'Until when can I sign up?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['until Wed, 14 Feb 2029, 23:59'],
  },
  {
    conv: 'ruecken',
    q: 'Ich sitze den ganzen Tag in der Kfz-Zulassung am Schreibtisch und abends tut mir regelmäßig der Rücken weh. Gibt es da was zum Mitmachen?',
    kind: 'list',
    titles: [T.ruecken],
  },
  {
    conv: 'ruecken',
    q: 'wann sind die termine?',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['an 3 Tagen', 'Mi., 07.03.2029, Mi., 14.03.2029 und Mi., 21.03.2029', 'jeweils von 18:00 bis 19:30 Uhr'],
  },
  {
    conv: 'bescheid',
    q: 'Mir sind in letzter Zeit zwei Widersprüche durchgegangen, weil meine Bescheide formale Fehler hatten – einmal fehlte sogar die Anhörung. Gibt es eine Fortbildung dazu, wie man Bescheide rechtssicher schreibt?',
    kind: 'list',
    titles: [T.bescheid],
  },
  {
    conv: 'bescheid',
    q: 'Muss ich dafür extra nach Hildesheim fahren oder kann ich auch online teilnehmen?',
    kind: 'facts',
    titles: [T.bescheid],
    says: ['findet hybrid statt: im Rathaus Hildesheim'],
  },
  { conv: 'ohne', q: 'Und was kostet das?', kind: 'noContext' },
  // --- facts -----------------------------------------------------------------------------------------------------------
  {
    q: 'Meine Ersthelferausbildung ist jetzt bald zwei Jahre her und muss aufgefrischt werden. Wann ist die nächste Erste-Hilfe-Fortbildung?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['am Di., 13.03.2029 von 08:30 bis 16:00 Uhr'],
  },
  {
    q: 'Unser Budget für Fortbildungen ist knapp. Was kostet denn die Erste-Hilfe-Fortbildung?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangskosten übernimmt der GUV Hannover.'],
  },
  {
    q: 'Ich bin im Bauhof und soll ab Mai die Spielplätze der Gemeinde kontrollieren. Ist die Schulung zur Spielplatzkontrolle vor Ort oder online?',
    kind: 'facts',
    titles: [T.spielplatz],
    says: ['findet in Präsenz statt, im Rathaus Harsum'],
  },
  {
    q: 'Ich wurde bei uns im Haus als Brandschutzhelferin benannt und habe kein Auto. Wo findet die Ausbildung für Brandschutzhelfer statt?',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['findet im Rathaus Algermissen'],
  },
  {
    q: 'Two of my team leads keep clashing and I am supposed to mediate. How long is the seminar on conflict management?',
    locale: 'en',
    kind: 'facts',
    titles: [T.konflikt],
    says: ['lasts 7 hours, from 09:00 to 16:00'],
  },
  {
    q: 'Bei uns rufen ständig Leute an, weil sie unsere Schreiben nicht verstehen. Bis wann kann ich mich für das Seminar zur bürgernahen Sprache anmelden?',
    kind: 'facts',
    titles: [T.sprache],
    says: ['bis Fr., 20.04.2029, 12:00 Uhr'],
  },
  {
    q: 'Ich hätte vorab eine Frage zu Copilot. Wer hält eigentlich den KI-Kurs?',
    kind: 'facts',
    titles: [T.ki],
    says: ['leitet Herr Jan-Ole Meyer'],
  },
  {
    q: 'Ich muss am Freitag früh noch die Post verteilen. Um wie viel Uhr fängt der Word-Kurs an?',
    kind: 'facts',
    titles: [T.word],
    says: ['beginnt am Fr., 16.02.2029 um 09:00 Uhr'],
  },
  {
    q: 'Ich plane gerade die ersten Wochen für unsere neuen Azubis. Wie lange dauert der Einführungstag für Auszubildende?',
    kind: 'facts',
    titles: [T.azubi],
    says: ['dauert 6 Stunden, von 09:00 bis 15:00 Uhr'],
  },
  {
    q: 'Ich bin im Herbst in den Ortsrat nachgerückt und verstehe die Geschäftsordnung noch nicht so richtig. Wann und wo ist die Schulung für Ratsmitglieder?',
    kind: 'facts',
    titles: [T.rat],
    says: ['am Do., 15.02.2029 von 18:00 bis 20:30 Uhr im Rathaus Algermissen'],
  },
  {
    q: 'Als Personalsachbearbeiterin bekomme ich dauernd Fragen zu Teilzeit in der Elternzeit. Ist das Seminar zur Elternzeit online?',
    kind: 'facts',
    titles: [T.elternzeit],
    says: ['findet online statt'],
  },
  {
    q: 'Ich bin neu in der Kämmerei und soll beim Jahresabschluss mithelfen. Sind im Doppik-Seminar noch Plätze frei?',
    kind: 'facts',
    titles: [T.doppik],
    says: ['noch 20 von 20 Plätzen frei'],
  },
  // --- topic searches: stories, words only in summary or description, typos --------------------------------------------
  {
    q: 'Bei uns in der Kasse ist fast eine gefälschte Rechnungsmail durchgerutscht, der Absender sah täuschend echt aus. Gibt es eine Schulung, wie man solche Betrugsmails erkennt?',
    kind: 'list',
    titles: [T.phishing],
  },
  {
    q: 'Seit der Umstellung auf das neue Fachverfahren ist bei uns Land unter, ich schlafe schlecht und bin dauernd erschöpft. Gibt es was gegen Stress?',
    kind: 'list',
    titles: [T.resilienz],
  },
  {
    q: 'wir vom betriebshof müssen dieses jahr öfter tagesbaustellen an kreisstraßen absichern. gibts ne schulung zu leitbaken und absperrungen?',
    kind: 'list',
    titles: [T.verkehr],
  },
  {
    q: 'Mein Chef meinte neulich, wir sollten mal ausprobieren, ob ChatGPT uns bei Standardschreiben helfen kann. Gibt es dazu eine Fortbildung?',
    kind: 'list',
    titles: [T.ki],
  },
  {
    q: 'Wir schicken uns im Sachgebiet immer noch Dateien per Mail hin und her und keiner weiß, welche Version aktuell ist. Gibt es eine Schulung zu Teams und SharePoint?',
    kind: 'list',
    titles: [T.teams],
  },
  {
    q: 'Bei uns in Bad Salzdetfurth sollen die Papierakten bald verschwinden. Gibt es eine Schulung zur E-Akte?',
    kind: 'list',
    titles: [T.eakte],
  },
  {
    q: 'Die Bürger verstehen unsere Briefe oft nicht, zu viel Amtsdeutsch. Wie lerne ich, verständlicher zu schreiben?',
    kind: 'list',
    titles: [T.sprache],
  },
  {
    q: 'In meinem Team gibt es seit Monaten Spannungen zwischen zwei Kolleginnen, die kaum noch miteinander reden. Ich als Sachgebietsleiterin weiß nicht mehr weiter. Gibt es da ein passendes Seminar?',
    kind: 'list',
    first: T.konflikt,
    ...maybeAlso(only(T.konflikt), T.fuehrung),
  },
  {
    q: 'ich muss jeden monat 200 anschreiben einzeln tippen, das geht doch bestimmt einfacher. serienbrief mit wrod?',
    kind: 'list',
    titles: [T.word],
  },
  // --- time and place filters, format, provider, trainer, audience, cost, length ---------------------------------------
  {
    q: 'Ich bin diese Woche nur vormittags im Büro, nachmittags habe ich Kinderbetreuung. Gibt es diese Woche vormittags noch etwas?',
    kind: 'list',
    titles: [T.melde, T.word],
  },
  {
    q: 'Mein Chef hat gesagt, ich soll mir morgen was Sinnvolles suchen. Was ist morgen los?',
    kind: 'list',
    titles: [T.melde, T.rat],
  },
  {
    q: 'Nächste Woche ist bei uns wenig Publikumsverkehr, da könnte ich mal weg. Was läuft nächste Woche?',
    kind: 'list',
    titles: [T.vergabe, T.resilienz, T.english, T.doppik],
  },
  {
    q: "My manager wants me to do some training but I can't leave my desk next week. Any online seminars next week?",
    locale: 'en',
    kind: 'list',
    titles: [T.resilienz],
  },
  {
    q: 'Im März bin ich viel auf Dienstreise, der April ist ruhiger. Was gibt es im April?',
    kind: 'list',
    titles: [T.brandschutz, T.teams, T.eakte],
  },
  {
    q: 'Unsere Fortbildungsplanung für das zweite Quartal steht an. Welche Seminare sind im Mai?',
    kind: 'list',
    titles: [T.sprache, T.spielplatz, T.bescheid],
  },
  {
    q: 'Tagsüber ist bei uns im Bürgerbüro zu viel los, abends hätte ich eher Zeit. Gibt es Abendveranstaltungen?',
    kind: 'list',
    ...only(T.rat, T.ruecken),
  },
  {
    q: 'Ich wohne in Sarstedt und würde ungern weit fahren. Was wird in Sarstedt angeboten?',
    kind: 'list',
    ...only(T.melde, T.verkehr),
  },
  {
    q: 'Ich arbeite bei der Stadt Alfeld. Was ist bei uns in Alfeld geplant?',
    kind: 'list',
    ...only(T.doppik, T.konflikt),
  },
  {
    q: 'Ich arbeite im Kreishaus und spare mir gern den Weg. Welche Seminare finden im Kreishaus statt?',
    kind: 'list',
    ...only(T.vergabe, T.ki, T.fuehrung, T.azubi),
  },
  {
    q: 'Ich hatte letztes Jahr einen tollen Kurs bei Dr. Kruse. Welche Seminare gibt er dieses Jahr?',
    kind: 'list',
    ...only(T.rat, T.vergabe, T.bescheid),
  },
  {
    q: 'Unsere Sicherheitsbeauftragte fragt, was die Unfallkasse so anbietet. Welche Seminare kommen vom GUV Hannover?',
    kind: 'list',
    ...only(T.resilienz, T.verkehr, T.ersteHilfe, T.brandschutz, T.spielplatz),
  },
  {
    q: 'Welche Seminare bietet das Niedersächsische Studieninstitut an?',
    kind: 'list',
    ...only(T.melde, T.rat, T.vergabe, T.doppik, T.elternzeit, T.fuehrung, T.bescheid),
  },
  {
    q: 'Ich bin im Homeoffice und habe kein Fortbildungsbudget mehr. Welche kostenlosen Online-Seminare gibt es?',
    kind: 'list',
    ...only(T.phishing, T.resilienz, T.teams),
  },
  {
    q: 'Für Seminare über 200 Euro brauche ich eine Genehmigung der Amtsleitung. Welche kosten mehr als 200 Euro?',
    kind: 'list',
    ...only(T.vergabe, T.doppik, T.fuehrung, T.bescheid),
  },
  {
    q: 'Zwischen meinen Terminen habe ich höchstens mal eine Lücke. Welche Online-Seminare dauern höchstens zwei Stunden?',
    kind: 'list',
    ...only(T.phishing, T.teams),
  },
  {
    q: 'Ich lerne besser, wenn ein Kurs sich über mehrere Wochen verteilt und ich dazwischen üben kann. Gibt es Seminare mit mehreren Terminen?',
    kind: 'list',
    ...only(T.fuehrung, T.ruecken),
  },
  {
    q: 'Freitags habe ich kaum Termine. Ist an einem Freitag irgendwas?',
    kind: 'list',
    titles: [T.word],
  },
  {
    miss: '"vormittags ist Sprechzeit" leaves "Sprechzeit" as a word to search for, which no seminar has',
    q: 'Online am Nachmittag würde bei mir gut passen, vormittags ist Sprechzeit. Was gibt es da?',
    kind: 'list',
    ...only(T.phishing, T.resilienz),
  },
  {
    q: 'Ich leite seit kurzem den Fachdienst Soziales. Was gibt es für Führungskräfte?',
    kind: 'list',
    ...only(T.fuehrung, T.konflikt),
  },
  // --- gone, drafts never shown, no match, greeting --------------------------------------------------------------------
  {
    q: 'Ich wollte mich für den PowerPoint-Kurs anmelden, finde ihn aber nicht mehr. Gibt es den noch?',
    kind: 'gone',
    gone: T.powerpoint,
  },
  { q: 'Unser Bauhofleiter fragt: Findet der Motorsägenlehrgang statt?', kind: 'gone', gone: T.motorsaege },
  {
    q: 'Eine Kollegin aus der Steuerabteilung hat von einer Schulung zur Grundsteuerreform erzählt. Wann war die?',
    kind: 'gone',
    gone: T.grundsteuer,
    says: ['Di., 16.01.2029'],
  },
  {
    q: 'Der nächste Winter kommt bestimmt. Gibt es die Schulung zur Räum- und Streupflicht noch?',
    kind: 'gone',
    gone: T.winterdienst,
    says: ['Mi., 15.11.2028'],
  },
  {
    q: 'Bei uns häufen sich Anträge auf Befreiung von der Hundesteuer. Gibt es eine Schulung zur Hundesteuer?',
    kind: 'none',
  },
  { q: 'Ich habe die Friedhofsverwaltung übernommen. Gibt es was zu Grabnutzungsrechten?', kind: 'none' },
  { q: 'Ich arbeite in Bockenem. Was gibt es in Bockenem?', kind: 'none' },
  { q: 'Moin! Was kannst du eigentlich?', kind: 'help' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-first, independent catalogue (Landkreis Hildesheim, NSI, GUV Hannover, VHS Hildesheim)',
  {
    fixture: 'heldout301-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
