// Over-fitting check, hundred-and-seventy-third catalogue: the 2028 spring programme of the Landkreis Rhön-Grabfeld
// (Bavaria) with the Bayerische Verwaltungsschule (BVS), the Personalentwicklung of the Landratsamt, the AKDB, the
// Kommunale Unfallversicherung Bayern (KUVB) and the Volkshochschule Rhön-Grabfeld (VHS), for the county and its towns
// (Bad Neustadt a.d.Saale, Mellrichstadt, Bad Königshofen i.Grabfeld, Bischofsheim i.d.Rhön, Ostheim v.d.Rhön,
// Fladungen), imported from a JSON file. Seminars take place in the Landratsamt in Bad Neustadt, the VHS-Bildungszentrum
// Bad Neustadt, the town halls of Mellrichstadt, Bad Königshofen, Bischofsheim, Ostheim and Fladungen, online or hybrid.
// Ten titles do not name their subject ("Das Telefon klingelt schon wieder" is telephone skills, "Ordnung im Postfach"
// Outlook, "Klick mit Köpfchen" information security, "Weniger reden, mehr entscheiden" chairing meetings, "Mehr Luft im
// Kalender" time management, "Dokumente für alle" accessible documents, "Was bleibt, wenn jemand geht" knowledge
// transfer, "Ein offenes Ohr" mental-health first aid, "Die Maschine schreibt mit" AI, "Geld aus München und Brüssel"
// funding), so only summary, description or topics reveal it; one seminar is held in English; administrative law for
// career changers runs on two mornings across the start of summer time; the OK.FIS migration course is open only to
// Bischofsheim, Ostheim and Fladungen; the KUVB courses for safety representatives and mental-health first aid are free;
// the civil-registry course has only 6 seats. Questions are written the way colleagues write short, polite e-mails (a
// greeting, one sentence about themselves, the question, sometimes thanks), three quarters German and a quarter English,
// without looking at the parser or the answers. Same assertions as the other suites: exactly the expected seminars (best
// first where one is clearly best), the asked fact in the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Wednesday 15 March 2028, 10:00 in Bad Neustadt, winter time; summer time begins Sun 26.03.2028):
//   this week:  nothing more today; Thu 16.03. 13:30–16:00 OK.EWO (online, AKDB, tomorrow; deadline passed Fri 10.03.),
//               Fri 17.03. 09:00–12:00 telephone skills (VHS-Bildungszentrum Bad Neustadt)
//   next week:  Mon 20.03. 09:00–11:30 Outlook (online), Tue 21.03. 14:00–16:00 information security (online, AKDB),
//               Wed 22.03. 09:00–12:30 English (Rathaus Bischofsheim; deadline Fri 17.03. 12:00), Thu 23.03. 08:30–12:30
//               administrative law, first morning (Landratsamt); the cancelled social-media course on Fri 24.03.
//   then:       Tue 28.03. safety representatives (Mellrichstadt, free), Wed 29.03. 13:00–16:30 chairing meetings (hybrid,
//               Landratsamt), Thu 30.03. 08:30–12:30 administrative law, second morning (CEST)
//   April:      Tue 04. time management (Bad Königshofen), Wed 05. e-invoices in OK.FIS (online), Tue 18. accessible
//               documents (online), Tue 25. KAG fees (Landratsamt; deadline Fri 07.04. 12:00), Wed 26. knowledge transfer
//               (hybrid, Landratsamt); the cancelled press-relations seminar on Thu 20.04.
//   May:        Tue 02. land-use planning (Bad Königshofen), Thu 04. i-Kfz (online), Wed 10. mental-health first aid
//               (Ostheim, free), Tue 16. TVöD (online), Thu 18. civil registry, 6 seats (Mellrichstadt), Fri 19. OK.FIS
//               migration (Fladungen, members only), Tue 23. AI (online)
//   June:       Wed 07. administrative offences (Bad Königshofen), Tue 13. Microsoft Teams (online), Thu 15. funding
//               (Landratsamt; deadline Thu 01.06. 23:59); the drafts on climate protection (Tue 27.06.) and healthy
//               leadership (Wed 28.06.)
//   past:       Wed 26.01.2028 winter service (Bauhof Bad Neustadt), Tue 22.02.2028 double-entry budgeting (Landratsamt).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2028-03-15T09:00:00Z'); // Wednesday, 15 March 2028, 10:00 in Bad Neustadt (CET)
const TZ = 'Europe/Berlin';

const T = {
  ewo: 'OK.EWO im Bürgerbüro: Neuerungen im Meldewesen 2028', // Thu 16.03. 13:30–16:00, online, AKDB, Hofmann, 95 €, deadline passed Fri 10.03. 23:59
  telefon: 'Das Telefon klingelt schon wieder', // Fri 17.03. 09:00–12:00, VHS-Bildungszentrum Bad Neustadt, VHS, Büttner, 59 €
  postfach: 'Ordnung im Postfach', // Mon 20.03. 09:00–11:30, online, VHS, Markert, 49 €, Outlook
  klick: 'Klick mit Köpfchen', // Tue 21.03. 14:00–16:00, online, AKDB, Weigand, 65 €, information security
  english: 'Welcome to the Rhön: English at the Front Desk and in Tourist Information', // Wed 22.03. 09:00–12:30, Rathaus Bischofsheim, VHS, English, 110 €, deadline Fri 17.03. 12:00
  verwaltungsrecht: 'Verwaltungsrecht kompakt für Quereinsteigende', // Thu 23.03. (CET) and Thu 30.03. (CEST) 08:30–12:30, Landratsamt, BVS, Dr. Reinhart, 190 €
  sicherheit: 'Sicherheitsbeauftragte in der Kommunalverwaltung: Grundseminar', // Tue 28.03. 09:00–15:30, Rathaus Mellrichstadt, KUVB, Straub, free, 20 seats
  moderation: 'Weniger reden, mehr entscheiden', // Wed 29.03. 13:00–16:30, hybrid (Landratsamt), PE, Vogler, 45 €, chairing meetings
  zeit: 'Mehr Luft im Kalender', // Tue 04.04. 09:00–16:00, Rathaus Bad Königshofen, VHS, Göller, 135 €, time management
  erechnung: 'E-Rechnung in OK.FIS: Eingang, Prüfung und Freigabe', // Wed 05.04. 09:00–12:00, online, AKDB, Enders, 120 €
  barrierefrei: 'Dokumente für alle', // Tue 18.04. 13:00–16:00, online, PE, Hüllmandel, 40 €, accessible documents
  kag: 'Kommunales Abgabenrecht: Beiträge und Gebühren nach dem KAG', // Tue 25.04. 09:00–16:00, Landratsamt, BVS, Dr. Fella, 245 €, deadline Fri 07.04. 12:00
  wissen: 'Was bleibt, wenn jemand geht', // Wed 26.04. 09:00–13:00, hybrid (Landratsamt), PE, Vogler, 60 €, knowledge transfer
  bauleitplanung: 'Bauleitplanung kompakt: Bebauungspläne aufstellen und ändern', // Tue 02.05. 09:00–16:00, Rathaus Bad Königshofen, BVS, Balling, 230 €
  ikfz: 'Internetbasierte Fahrzeugzulassung: i-Kfz in der Zulassungsstelle', // Thu 04.05. 09:00–12:00, online, AKDB, Enders, 110 €
  ohr: 'Ein offenes Ohr', // Wed 10.05. 09:00–15:00, Rathaus Ostheim, KUVB, Pfister, free, mental-health first aid
  tvoed: 'TVöD kompakt: Eingruppierung und Stufenzuordnung', // Tue 16.05. 09:00–16:00, online, BVS, Kirchner, 210 €
  namensrecht: 'Standesamt aktuell: Das neue Namensrecht', // Thu 18.05. 09:00–16:00, Rathaus Mellrichstadt, BVS, Schmitt, 240 €, 6 seats
  fisUmstieg: 'Umstieg auf OK.FIS: Schulung für die Kämmereien', // Fri 19.05. 09:00–15:00, Rathaus Fladungen, AKDB, Enders, 150 €, only Bischofsheim/Ostheim/Fladungen
  ki: 'Die Maschine schreibt mit', // Tue 23.05. 13:00–16:00, online, PE, Kleinhenz, 30 €, AI
  owi: 'Ordnungswidrigkeiten sicher verfolgen: Bußgeldverfahren für Ordnungsämter', // Wed 07.06. 09:00–16:00, Rathaus Bad Königshofen, BVS, Schmitt, 230 €
  teams: 'Microsoft Teams im Arbeitsalltag: Chats, Kanäle und Dateien', // Tue 13.06. 09:00–12:00, online, VHS, Markert, 49 €
  foerder: 'Geld aus München und Brüssel', // Thu 15.06. 09:00–15:00, Landratsamt, PE, Kröckel, 80 €, funding, deadline Thu 01.06. 23:59
  socialMedia: 'Social Media im Rathaus: Instagram und Facebook für Gemeinden', // cancelled (Fri 24.03.2028)
  presse: 'Pressearbeit für Rathäuser: Pressemitteilungen, die gelesen werden', // cancelled (Thu 20.04.2028)
  klima: 'Klimaschutzmanagement in kleinen Gemeinden', // draft (Tue 27.06.)
  gesundFuehren: 'Gesund führen: Mitarbeitende in Veränderungen begleiten', // draft (Wed 28.06.)
  doppik: 'Doppik-Grundkurs: Haushaltsrecht in bayerischen Kommunen', // past (Tue 22 Feb 2028)
  winterdienst: 'Sicherer Winterdienst am Bauhof', // past (Wed 26 Jan 2028)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.socialMedia, T.presse, T.klima, T.gesundFuehren, T.doppik, T.winterdienst];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost, start time, duration, where, format, trainer, deadline ----------------------------------------------
  {
    q: 'Guten Tag, ich arbeite im Einwohnermeldeamt der Stadt Bad Neustadt. Was kostet die OK.EWO-Schulung der AKDB?',
    kind: 'facts',
    titles: [T.ewo],
    says: ['kostet 95 €'],
  },
  {
    q: 'Sehr geehrte Damen und Herren, ich wurde gerade zur Sicherheitsbeauftragten unserer Gemeinde bestellt. Muss ich für das Grundseminar der KUVB etwas bezahlen? Vielen Dank!',
    kind: 'facts',
    titles: [T.sicherheit],
    says: ['ist kostenlos'],
    mentions: ['Die KUVB übernimmt die Seminarkosten einschließlich Verpflegung für ihre Mitglieder.'],
  },
  {
    q: 'Hallo, ich muss für den Tag die Kinderbetreuung organisieren. Um wie viel Uhr beginnt das Seminar „Mehr Luft im Kalender“?',
    kind: 'facts',
    titles: [T.zeit],
    says: ['beginnt am Di., 04.04.2028 um 09:00 Uhr'],
  },
  {
    q: 'Guten Tag, ich arbeite in Teilzeit. Wie lange dauert das Seminar „Was bleibt, wenn jemand geht“?',
    kind: 'facts',
    titles: [T.wissen],
    says: ['dauert 4 Stunden, von 09:00 bis 13:00 Uhr'],
  },
  {
    q: 'Guten Tag, ich arbeite im Standesamt Bad Königshofen. Wo findet das Seminar zum neuen Namensrecht statt?',
    kind: 'facts',
    titles: [T.namensrecht],
    says: ['im Rathaus Mellrichstadt'],
  },
  {
    q: 'Hallo, ich bin Sachgebietsleiterin im Landratsamt. Kann ich am Seminar „Weniger reden, mehr entscheiden“ auch online teilnehmen?',
    kind: 'facts',
    titles: [T.moderation],
    says: [/findet hybrid statt|oder online statt/],
  },
  {
    q: 'Guten Tag, ich arbeite an der Pforte des Landratsamts. Wer leitet das Seminar „Ein offenes Ohr“?',
    kind: 'facts',
    titles: [T.ohr],
    says: ['leitet Frau Katrin Pfister'],
  },
  {
    q: 'Sehr geehrte Damen und Herren, ich bin Kämmerin in Bischofsheim. Bis wann kann ich mich für das Seminar zum Kommunalabgabengesetz anmelden? Danke im Voraus!',
    kind: 'facts',
    titles: [T.kag],
    says: ['bis Fr., 07.04.2028, 12:00 Uhr'],
  },
  {
    q: 'Guten Morgen, ich vertrete seit Kurzem eine Kollegin im Meldeamt. Kann ich mich noch für die OK.EWO-Schulung anmelden?',
    kind: 'facts',
    titles: [T.ewo],
    says: ['am Fr., 10.03.2028, 23:59 Uhr abgelaufen'],
  },
  {
    q: 'Grüß Gott, ich arbeite in der Bauverwaltung der Stadt Ostheim. Findet das Seminar zur Bauleitplanung vor Ort statt?',
    kind: 'facts',
    titles: [T.bauleitplanung],
    says: ['findet in Präsenz statt', 'im Rathaus Bad Königshofen'],
  },
  {
    q: 'Hello, I work at the tourist information in Bischofsheim. How much does the English course for front desk staff cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['costs €110'],
  },
  {
    q: "Good afternoon, I'm a finance officer in Bad Königshofen. Who is the trainer of the KAG seminar on fees and contributions?",
    locale: 'en',
    kind: 'facts',
    titles: [T.kag],
    says: ['is led by Herr Dr. Michael Fella'],
  },
  {
    q: 'Hi, I have just been appointed safety representative at our town hall. Are there still seats left in the KUVB basic seminar?',
    locale: 'en',
    kind: 'facts',
    titles: [T.sicherheit],
    says: ['has 20 of 20 seats left'],
  },
  {
    q: 'Hello, I work in the vehicle registration office. Is the i-Kfz training online or in person?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ikfz],
    says: ['takes place online'],
  },
  {
    q: 'Hi, I\'m on the IT help desk at the district office. How long is the session "Klick mit Köpfchen"? Thanks!',
    locale: 'en',
    kind: 'facts',
    titles: [T.klick],
    says: ['lasts 2 hours, from 14:00 to 16:00'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  {
    conv: 'postfach',
    q: 'Guten Morgen, ich arbeite im Vorzimmer des Landrats und bekomme täglich sehr viele E-Mails. Gibt es einen Kurs, wie ich mein Outlook besser organisiere?',
    kind: 'list',
    titles: [T.postfach],
  },
  {
    conv: 'postfach',
    q: 'Vielen Dank! Ist das online oder vor Ort?',
    kind: 'facts',
    titles: [T.postfach],
    says: ['findet online statt'],
  },
  { conv: 'postfach', q: 'Und was kostet der Kurs?', kind: 'facts', titles: [T.postfach], says: ['kostet 49 €'] },
  {
    conv: 'foerder',
    q: 'Grüß Gott, ich bin in der Stadtverwaltung Bischofsheim für die Projekte der Dorferneuerung zuständig. Gibt es eine Schulung, wie man Fördermittel beantragt?',
    kind: 'list',
    titles: [T.foerder],
  },
  {
    conv: 'foerder',
    q: 'Danke für den Tipp. Wo findet das Seminar statt?',
    kind: 'facts',
    titles: [T.foerder],
    says: ['im Landratsamt Rhön-Grabfeld'],
  },
  {
    conv: 'foerder',
    q: 'Bis wann muss ich mich anmelden? Vielen Dank schon mal!',
    kind: 'facts',
    titles: [T.foerder],
    says: ['bis Do., 01.06.2028, 23:59 Uhr'],
  },
  {
    conv: 'telefon',
    q: 'Hallo, ich sitze in der Telefonzentrale des Landratsamts. Gibt es ein Seminar für schwierige Telefonate mit Bürgern?',
    kind: 'list',
    titles: [T.telefon],
  },
  {
    conv: 'telefon',
    q: 'Prima, danke. Wann genau ist das?',
    kind: 'facts',
    titles: [T.telefon],
    says: ['am Fr., 17.03.2028 von 09:00 bis 12:00 Uhr'],
  },
  {
    conv: 'quer',
    q: 'Grüß Gott, ich bin seit Januar als Quereinsteigerin im Landratsamt. Gibt es eine Einführung ins Verwaltungsrecht für Leute ohne Verwaltungsausbildung?',
    kind: 'list',
    titles: [T.verwaltungsrecht],
  },
  {
    conv: 'quer',
    q: 'Danke! An welchen Tagen findet das statt?',
    kind: 'facts',
    titles: [T.verwaltungsrecht],
    says: ['an 2 Tagen', 'Do., 23.03.2028 und Do., 30.03.2028', 'jeweils von 08:30 bis 12:30 Uhr'],
  },
  {
    conv: 'ki',
    q: "Hello, I'm a caseworker in the social welfare office. Is there any training on using AI tools like ChatGPT?",
    locale: 'en',
    kind: 'list',
    titles: [T.ki],
  },
  {
    conv: 'ki',
    q: 'Thanks! Who is the trainer?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is led by Herr Florian Kleinhenz'],
  },
  {
    conv: 'ki',
    q: 'And what time does it start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['starts on Tue, 23 May 2028 at 13:00'],
  },
  // --- topic searches: words only in summary or description, synonyms, typos --------------------------------------------
  {
    q: 'Guten Tag, eine langjährige Kollegin in meinem Sachgebiet geht im Herbst in Rente. Gibt es ein Seminar, wie wir ihr Wissen sichern können?',
    kind: 'list',
    titles: [T.wissen],
  },
  {
    q: 'Hallo, ich pflege die Internetseite unserer Gemeinde. Gibt es eine Schulung, wie man PDF-Dokumente erstellt, die blinde Menschen mit einem Screenreader lesen können?',
    kind: 'list',
    titles: [T.barrierefrei],
  },
  {
    q: 'Guten Tag, ich bin Personalrätin im Landratsamt. Gibt es ein Seminar zum Umgang mit Kollegen, die ein Burn-out haben könnten?',
    kind: 'list',
    titles: [T.ohr],
  },
  {
    q: 'Hallo, ich bin Standesbeamtin in Mellrichstadt. Gibt es eine Fortbildung zu den neuen Regeln für Doppelnamen?',
    kind: 'list',
    titles: [T.namensrecht],
  },
  {
    q: 'Hallo, ich bin seit Kurzem im Bürgerbüro in Ostheim. Gibt es eine Schulung zu OK.EWO und dem Meldewessen?',
    kind: 'list',
    titles: [T.ewo],
  },
  {
    q: 'Guten Tag, ich bin in der Stadtkasse für die Abwassergebühren zuständig. Gibt es ein Seminar zur Gebührenkalkulazion?',
    kind: 'list',
    titles: [T.kag],
  },
  {
    q: 'Guten Tag, ich arbeite im Sekretariat des Schulamts und bekomme immer öfter verdächtige E-Mails. Gibt es eine Schulung, wie man solche Betrugsmails erkennt?',
    kind: 'list',
    titles: [T.klick],
  },
  {
    q: 'Hallo, ich bin Sachbearbeiterin im Jugendamt und werde ständig unterbrochen. Gibt es ein Seminar, wie ich meine Prioritäten besser setze?',
    kind: 'list',
    titles: [T.zeit],
  },
  {
    q: 'Guten Tag, ich arbeite in der Kämmerei der Stadt Fladungen. Gibt es eine Schulung zur Umstellung auf OK.FIS? Danke im Voraus!',
    kind: 'list',
    first: T.fisUmstieg,
  },
  // --- filters: dates, time of day, format, place, trainer, provider, cost, language, seats -----------------------------
  {
    q: 'Guten Morgen, ich hätte diese Woche noch Zeit für eine Fortbildung. Welche Seminare finden diese Woche noch statt?',
    kind: 'list',
    titles: [T.ewo, T.telefon],
  },
  {
    q: 'Hallo, mir ist morgen ein Termin ausgefallen. Gibt es morgen ein Seminar?',
    kind: 'list',
    titles: [T.ewo],
  },
  {
    q: 'Hallo, ich bin nächste Woche nur vormittags im Dienst. Welche Seminare finden nächste Woche vormittags statt?',
    kind: 'list',
    titles: [T.postfach, T.english, T.verwaltungsrecht],
  },
  {
    q: 'Guten Tag, ich plane gerade meine Fortbildungen. Welche Seminare finden im April statt?',
    kind: 'list',
    titles: [T.zeit, T.erechnung, T.barrierefrei, T.kag, T.wissen],
  },
  {
    q: 'Hallo, ich arbeite überwiegend im Homeoffice. Welche Online-Seminare gibt es im Mai?',
    kind: 'list',
    titles: [T.ikfz, T.tvoed, T.ki],
  },
  {
    q: 'Guten Tag, unser Fortbildungsbudget ist für dieses Jahr leider schon verplant. Gibt es auch kostenlose Seminare?',
    kind: 'list',
    ...only(T.sicherheit, T.ohr),
  },
  {
    q: 'Grüß Gott, ich arbeite in der Stadtverwaltung Bad Königshofen. Welche Seminare finden bei uns in Bad Königshofen statt?',
    kind: 'list',
    ...only(T.zeit, T.bauleitplanung, T.owi),
  },
  {
    q: 'Guten Tag, die Schulung bei Herrn Enders im letzten Jahr hat mir sehr gefallen. Welche Seminare hält er in diesem Jahr? Vielen Dank!',
    kind: 'list',
    ...only(T.erechnung, T.ikfz, T.fisUmstieg),
  },
  {
    q: 'Hallo, ich bin Ausbildungsleiterin im Landratsamt. Welche Seminare bietet die Bayerische Verwaltungsschule an?',
    kind: 'list',
    ...only(T.verwaltungsrecht, T.kag, T.bauleitplanung, T.tvoed, T.namensrecht, T.owi),
  },
  {
    q: "Hello, I'm new at the district office and my German is still basic. Are there any seminars held in English?",
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  {
    q: 'Hi, our training budget is tight this year. Are there any free seminars in May?',
    locale: 'en',
    kind: 'list',
    titles: [T.ohr],
  },
  {
    q: "Hello, I'm planning my schedule. Which seminars take place next week in the afternoon?",
    locale: 'en',
    kind: 'list',
    titles: [T.klick],
  },
  {
    q: 'Guten Tag, ich arbeite im Rathaus Fladungen und möchte nicht weit fahren. Gibt es im Juni ein Seminar in Fladungen?',
    kind: 'none',
  },
  // --- gone, drafts never shown, no match --------------------------------------------------------------------------------
  {
    q: 'Guten Tag, ich betreue den Instagram-Kanal unserer Gemeinde. Wann findet der Social-Media-Kurs statt?',
    kind: 'gone',
    gone: T.socialMedia,
  },
  {
    q: 'Hallo, ich bin seit Kurzem in der Kämmerei. Wann war eigentlich der Doppik-Grundkurs?',
    kind: 'gone',
    gone: T.doppik,
    says: ['Di., 22.02.2028'],
  },
  {
    q: 'Hello, I handle press relations for the town of Ostheim. When is the press release workshop?',
    locale: 'en',
    kind: 'gone',
    gone: T.presse,
  },
  {
    q: 'Hi, I work at the building yard in Bad Neustadt. When was the winter service safety course?',
    locale: 'en',
    kind: 'gone',
    gone: T.winterdienst,
    says: ['Wed, 26 Jan 2028'],
  },
  { q: 'Guten Tag, ich bin Sachbearbeiterin im Landratsamt. Gibt es bei Ihnen eine SAP-Schulung?', kind: 'none' },
  {
    q: 'Hallo, ich bin Klimaschutzbeauftragte der Stadt Bad Neustadt. Gibt es ein Seminar zum Klimaschutzmanagement?',
    kind: 'none',
  },
  {
    q: "Hello, I'm an assistant in the mayor's office. Do you offer a French course?",
    miss: "the asker's role (assistant) is taken as the audience, which finds the English course although nothing is on French",
    locale: 'en',
    kind: 'none',
  },
  // --- details, help, thanks, registrations, no context -------------------------------------------------------------------
  {
    q: 'Guten Tag, ich bin Sachbearbeiterin im Jugendamt. Können Sie mir mehr über das Seminar „Ein offenes Ohr“ erzählen?',
    kind: 'details',
    titles: [T.ohr],
  },
  {
    q: 'Guten Tag, ich bin neu im Landratsamt und nutze den Seminar-Lotsen zum ersten Mal. Was können Sie alles für mich tun?',
    kind: 'help',
  },
  {
    q: "Good morning, I've just started using this bot. What can you help me with?",
    locale: 'en',
    kind: 'help',
  },
  { q: 'Vielen Dank für die schnelle Auskunft, das hat mir sehr geholfen! Einen schönen Tag noch.', kind: 'thanks' },
  {
    q: 'Guten Morgen, ich habe mich vor ein paar Wochen für mehrere Kurse angemeldet. Können Sie mir bitte meine Anmeldungen zeigen?',
    kind: 'myRegistrations',
  },
  {
    q: "Hi, I'm not sure which courses I signed up for. Could you show me my registrations, please?",
    locale: 'en',
    kind: 'myRegistrations',
  },
  { q: 'Hallo, mein Kollege hat mir einen Kurs empfohlen. Wann findet der statt?', kind: 'noContext' },
];

heldoutSuite(
  'answering questions about a hundred-and-seventy-third, independent catalogue (Landkreis Rhön-Grabfeld, BVS, KUVB)',
  {
    fixture: 'heldout173-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
