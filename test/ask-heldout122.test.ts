// Over-fitting check, hundred-and-twenty-second catalogue: the 2027 autumn programme of the Landkreis Cochem-Zell
// (Rhineland-Palatinate) with the Kommunal-Akademie Rheinland-Pfalz, the Kreisverwaltung's Abteilung IT and
// Personalabteilung, the Unfallkasse Rheinland-Pfalz and the Kreisvolkshochschule Cochem-Zell, for the Kreisverwaltung
// and the Verbandsgemeinden Cochem, Kaisersesch, Ulmen and Zell (Mosel), imported from a JSON file. Seminars take place
// in the Kreisverwaltung in Cochem, the Kulturzentrum Kapuzinerkloster in Cochem, the Verbandsgemeindeverwaltungen of
// Cochem, Kaisersesch, Ulmen and Zell (Mosel), online or hybrid. Several titles do not name their subject ("Bewegt
// statt verspannt" is back health, "Wenn die Bildschirme schwarz bleiben" the IT emergency, "Name, Alter, Jubiläum: Was
// ins Mitteilungsblatt darf" data protection, "Die Stimme der Verwaltung" the telephone, "Nach der Flut ist vor der
// Flut" flood prevention and grants, "Listen, die mitrechnen" Excel, "Letzte Ruhe, klare Regeln" cemetery
// administration, "Zwischen Gemeinderat und Dorffest" a start-up evening for volunteer mayors, "Vom Kollegenkreis an
// die Teamspitze" leadership, "Drei Minuten zählen" first aid, "Ohne Barrieren" accessible documents), so only summary,
// description or topics reveal it; one seminar is held in English; the leadership course runs on two days; the
// Gästebeitrag course is open only to the Verbandsgemeinden Cochem and Zell (Mosel); ten seminars are free. The
// questions are STORIES: a few sentences of context the way people write in a Teams chat (where they work, since when,
// what happened, a colleague's or boss's name — places, months and times that are not the filter), then the question;
// some plain short ones, a few in English, several follow-ups. Written without looking at the parser or the answers.
// Same assertions as the other suites: exactly the expected seminars (best first where one is clearly best), the asked
// fact in the first sentence, never a draft, cancelled or past seminar.
//
// Calendar around `now` (Wednesday 15 September 2027, 08:45 in Cochem, summer time; winter time begins Sun 31.10.2027):
//   this week:  nothing today; Thu 16.09. 09:00–12:00 Outlook (online, tomorrow, free), Fri 17.09. 13:00–14:30 back
//               health (online, Unfallkasse, free)
//   next week:  Mon 20.09. 09:00–12:00 IT emergency (Kreisverwaltung, free), Tue 21.09. 13:30–16:30 English for tourist
//               information staff (Kapuzinerkloster, 95 €, deadline passed Fri 10.09. 23:59), Wed 22.09. 09:00–12:00
//               data protection in the Mitteilungsblatt (hybrid, Kreisverwaltung, free), Thu 23.09. 13:00–16:00
//               telephone (VG Ulmen, 65 €, 12 seats)
//   then:       nothing from Fri 24.09. to Sun 03.10. except the cancelled glyphosate-free weeding course (Tue 28.09.)
//   October:    Tue 05.10. 09:00–16:00 flood prevention (VG Zell, 140 €), Thu 07.10. 09:00–12:00 Excel (online, 79 €,
//               12 seats), Tue 12.10. 09:00–15:30 cemetery administration (VG Kaisersesch, 160 €, deadline Fri 24.09.
//               12:00) and 18:00–21:00 Ortsgemeinde budget (VG Cochem, free), Wed 20.10. 09:00–16:00 wine-growing
//               permits (VG Zell, 190 €), Wed 27.10. 09:00–15:00 small watercourses (VG Ulmen, 150 €), Thu 28.10.
//               18:30–21:00 start-up for new volunteer mayors (online, free)
//   November:   (CET) Tue 02.11. 18:00–20:00 volunteers' accident insurance (online, Unfallkasse, free), Thu 04.11.
//               09:00–12:30 Gästebeitrag (Kapuzinerkloster, 170 €, only VG Cochem and VG Zell), Wed 10.11. and Thu 11.11.
//               09:00–16:30 leadership (Kreisverwaltung, 420 €, 14 seats, deadline Fri 22.10. 12:00), Tue 16.11.
//               09:00–12:00 staff appraisal (hybrid, Kreisverwaltung, free), Thu 18.11. 13:00–16:00 campervan sites
//               (VG Cochem, 120 €), Tue 23.11. 08:30–16:00 first aid (VG Kaisersesch, free, 16 seats); the cancelled
//               social-media course on Thu 04.11.; the draft orchard-meadow course on Wed 17.11.
//   December:   Thu 02.12. 09:00–12:00 accessible documents (online, free); the draft fibre-optic building sites course
//               on Tue 07.12.
//   past:       Thu 17.06.2027 property-tax notices (Kreisverwaltung), Wed 07.07.2027 scaffolds and aerial work
//               platforms (VG Kaisersesch).
//   evenings:   Tue 12.10. budget, Thu 28.10. volunteer mayors, Tue 02.11. volunteers' insurance.
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-09-15T06:45:00Z'); // Wednesday, 15 September 2027, 08:45 in Cochem (CEST)
const TZ = 'Europe/Berlin';

const T = {
  outlook: 'Ordnung im Posteingang: Regeln, Ordner und geteilte Kalender in Outlook', // Thu 16.09. 09:00–12:00, online, IT, Herr Tobias Hähn, free, 30 seats
  ruecken: 'Bewegt statt verspannt', // Fri 17.09. 13:00–14:30, online, Unfallkasse, Frau Carina Laux, free, back health
  itNotfall: 'Wenn die Bildschirme schwarz bleiben', // Mon 20.09. 09:00–12:00, Kreisverwaltung Cochem-Zell, IT, Herr Tobias Hähn, free, IT emergency
  english: 'Wine, Walks and Castles: English for Tourist Information Staff', // Tue 21.09. 13:30–16:30, Kulturzentrum Kapuzinerkloster, KVHS, Frau Megan Pritchard, 95 €, English, deadline passed Fri 10.09. 23:59
  datenschutz: 'Name, Alter, Jubiläum: Was ins Mitteilungsblatt darf', // Wed 22.09. 09:00–12:00, hybrid (Kreisverwaltung), Personal, Frau Dr. Sabine Kolb, free, data protection
  telefon: 'Die Stimme der Verwaltung', // Thu 23.09. 13:00–16:00, VG-Verwaltung Ulmen, KVHS, Frau Petra Scholl, 65 €, 12 seats, telephone
  hochwasser: 'Nach der Flut ist vor der Flut', // Tue 05.10. 09:00–16:00, VG-Verwaltung Zell (Mosel), Kommunal-Akademie, Herr Michael Thönnes, 140 €, flood prevention and grants
  excel: 'Listen, die mitrechnen', // Thu 07.10. 09:00–12:00, online, KVHS, Herr Jens Dötsch, 79 €, 12 seats, Excel
  friedhof: 'Letzte Ruhe, klare Regeln', // Tue 12.10. 09:00–15:30, VG-Verwaltung Kaisersesch, Kommunal-Akademie, Frau Monika Hens, 160 €, deadline Fri 24.09. 12:00, cemeteries
  haushalt: 'Haushaltsplan der Ortsgemeinde: lesen, beraten, beschließen', // Tue 12.10. 18:00–21:00, VG-Verwaltung Cochem, Kommunal-Akademie, Herr Bernd Schmitz, free (note)
  weinbau: 'Straußwirtschaft, Gerätehalle, Pflanzrecht: Genehmigungen rund um den Weinbau', // Wed 20.10. 09:00–16:00, VG-Verwaltung Zell (Mosel), Kommunal-Akademie, Herr Klaus Oster, 190 €, deadline Wed 06.10. 23:59
  gewaesser: 'Bachpatenschaft und Uferpflege: Unterhaltung der Gewässer dritter Ordnung', // Wed 27.10. 09:00–15:00, VG-Verwaltung Ulmen, Kommunal-Akademie, Herr Dr. Andreas Pies, 150 €
  ortsbuergermeister: 'Zwischen Gemeinderat und Dorffest', // Thu 28.10. 18:30–21:00, online, Kommunal-Akademie, Frau Andrea Gilles, free, new volunteer mayors
  ehrenamt: 'Gut abgesichert im Ehrenamt', // Tue 02.11. 18:00–20:00 (CET), online, Unfallkasse, Herr Ralf Kerpen, free, accident insurance for volunteers
  gaestebeitrag: 'Gästebeitrag und Tourismusbeitrag: Satzung, Veranlagung, Kontrolle', // Thu 04.11. 09:00–12:30, Kulturzentrum Kapuzinerkloster, Kommunal-Akademie, Frau Dr. Kerstin Weirich, 170 €, only VG Cochem/VG Zell, deadline Thu 21.10. 23:59
  fuehrung: 'Vom Kollegenkreis an die Teamspitze', // Wed 10.11. and Thu 11.11. 09:00–16:30, Kreisverwaltung, Kommunal-Akademie, Frau Dr. Ulrike Bermes, 420 €, 14 seats, deadline Fri 22.10. 12:00, new managers
  mitarbeitergespraech:
    'Zuhören, Ziele vereinbaren, Entwicklung planen: Das Mitarbeitergespräch in der Kreisverwaltung', // Tue 16.11. 09:00–12:00, hybrid (Kreisverwaltung), Personal, Frau Nicole Zirwes, free, for managers
  wohnmobil: 'Wohnmobilstellplätze planen, genehmigen und betreiben', // Thu 18.11. 13:00–16:00, VG-Verwaltung Cochem, Kommunal-Akademie, Herr Thomas Brück, 120 €
  ersteHilfe: 'Drei Minuten zählen', // Tue 23.11. 08:30–16:00, VG-Verwaltung Kaisersesch, Unfallkasse, Herr Marco Hürter, free (note), 16 seats, first aid
  dokumente: 'Ohne Barrieren', // Thu 02.12. 09:00–12:00, online, IT, Frau Lisa Kaspari, free, accessible Word/PDF documents
  glasfaser: 'Bagger im Gehweg: Leitungsbaustellen koordinieren', // draft (Tue 07.12.), fibre-optic roll-out
  streuobst: 'Streuobstwiesen pflegen und fördern', // draft (Wed 17.11.)
  glyphosat: 'Grünpflege ohne Glyphosat: Wildkraut auf Wegen und Plätzen', // cancelled (Tue 28.09.2027)
  socialMedia: 'Die Verbandsgemeinde im Netz: Beiträge für Instagram und Facebook planen', // cancelled (Thu 04.11.2027)
  grundsteuer: 'Neue Grundsteuerbescheide erklären: Fragen am Schalter sicher beantworten', // past (Thu 17 June 2027)
  geruest: 'Gerüste und Hubarbeitsbühnen im Bauhof sicher nutzen', // past (Wed 7 July 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.glasfaser, T.streuobst, T.glyphosat, T.socialMedia, T.grundsteuer, T.geruest];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- facts: cost ----------------------------------------------------------------------------------------------------
  {
    q: 'Ich arbeite seit dem Frühjahr in der Tourist-Information am Moselufer in Cochem, und im Sommer hatten wir jeden Tag Busgruppen aus Großbritannien. Was kostet der Englischkurs für die Mitarbeitenden der Tourist-Infos?',
    kind: 'facts',
    titles: [T.english],
    says: ['kostet 95 €'],
  },
  {
    q: 'Seit Mai betreue ich in der Verbandsgemeinde Kaisersesch die Friedhöfe von zwölf Ortsgemeinden, vorher war ich im Standesamt. Was kostet das Seminar zur Friedhofsverwaltung?',
    kind: 'facts',
    titles: [T.friedhof],
    says: ['kostet 160 €'],
  },
  {
    q: 'Ich bin seit der Kommunalwahl Ortsbürgermeister eines kleinen Dorfs bei Ulmen und verstehe beim Haushaltsplan ehrlich gesagt nur die Hälfte. Muss ich für den Abendkurs zum Haushalt der Ortsgemeinde etwas bezahlen?',
    kind: 'facts',
    titles: [T.haushalt],
    says: ['ist kostenlos'],
    mentions: [
      'Für Ortsbürgermeisterinnen, Ortsbürgermeister und Ratsmitglieder aus dem Landkreis ist die Teilnahme kostenfrei.',
    ],
  },
  {
    q: "I've been a team lead in the Kreisverwaltung's building department since August, after ten years as a caseworker. How much does the course for new managers cost?",
    locale: 'en',
    kind: 'facts',
    miss: 'the story\'s "Kreisverwaltung" is in the title of the appraisal course, which outranks the course for new managers the clause asks about',
    titles: [T.fuehrung],
    says: ['costs €420'],
  },
  // --- facts: when, start time, duration ------------------------------------------------------------------------------
  {
    q: 'Mein Sachgebietsleiter Herr Görgen geht Ende Januar in Pension, und ich soll seine Stelle übernehmen. Wann ist der Kurs für neue Führungskräfte?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Mi., 10.11.2027 und Do., 11.11.2027', 'jeweils von 09:00 bis 16:30 Uhr'],
  },
  {
    q: 'Our village fire brigade and the sports club in Kaisersesch keep asking me whether their volunteers are insured. When is the Unfallkasse session on accident insurance for volunteers?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ehrenamt],
    says: ['on Tue, 2 Nov 2027 from 18:00 to 20:00'],
  },
  {
    q: 'Meine Kollegin Frau Lenz hat mir gestern gezeigt, wie man in Outlook Regeln anlegt, und jetzt will ich mehr lernen. Um wie viel Uhr fängt morgen die Outlook-Schulung an?',
    kind: 'facts',
    titles: [T.outlook],
    says: ['beginnt am Do., 16.09.2027 um 09:00 Uhr'],
  },
  {
    q: 'Ich bin Ortsbürgermeisterin in einer Gemeinde an der Mosel und arbeite tagsüber in Koblenz. Um wie viel Uhr beginnt der Online-Abend für neue Ortsbürgermeister?',
    kind: 'facts',
    titles: [T.ortsbuergermeister],
    says: ['beginnt am Do., 28.10.2027 um 18:30 Uhr'],
  },
  {
    q: 'Ich sitze in der Kasse der Verbandsgemeinde Ulmen den ganzen Tag am Bildschirm, und seit dem Frühjahr zwickt der Rücken. Wie lange dauert die Online-Einheit zur Rückengesundheit am Freitag?',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['dauert 1,5 Stunden, von 13:00 bis 14:30 Uhr'],
  },
  // --- facts: where, format, trainer, deadline, seats ------------------------------------------------------------------
  {
    q: 'In der Verbandsgemeinde Zell wollen mehrere Ortsgemeinden einen Gästebeitrag einführen, und unsere Mustersatzung ist von 2009. Wo findet das Seminar zum Gästebeitrag statt?',
    kind: 'facts',
    titles: [T.gaestebeitrag],
    says: ['im Kulturzentrum Kapuzinerkloster'],
  },
  {
    q: 'Ich mache in der Verbandsgemeinde Kaisersesch das Mitteilungsblatt, und letzte Woche hat sich eine Bürgerin beschwert, weil ihr 80. Geburtstag drinstand. Kann ich an der Datenschutz-Schulung dazu online teilnehmen oder muss ich nach Cochem?',
    kind: 'facts',
    miss: 'the story (the newsletter, a birthday) outweighs the data-protection course the clause names',
    titles: [T.datenschutz],
    says: [/findet hybrid statt|oder online statt/],
  },
  {
    q: 'Ich habe zwei kleine Kinder und arbeite nur vormittags in der Verbandsgemeindeverwaltung Ulmen. Ist das Seminar zur Friedhofsverwaltung online oder in Präsenz?',
    kind: 'facts',
    titles: [T.friedhof],
    says: ['findet in Präsenz statt'],
  },
  {
    q: 'Letzten Monat hatte eine Nachbarverwaltung einen Verschlüsselungstrojaner im Netz, und unser Büroleiter Herr Klein ist seitdem ziemlich nervös. Wer leitet die Schulung zum IT-Notfall am Montag?',
    kind: 'facts',
    titles: [T.itNotfall],
    says: ['leitet Herr Tobias Hähn'],
  },
  {
    q: 'wer leitet den kurs für neue führungskräfte',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['leitet Frau Dr. Ulrike Bermes'],
  },
  {
    q: 'Unsere Friedhofssatzung in Ulmen ist völlig veraltet, und mein Chef Herr Schneider möchte, dass ich mich fortbilde. Bis wann muss ich mich für das Friedhofsseminar anmelden?',
    kind: 'facts',
    titles: [T.friedhof],
    says: ['bis Fr., 24.09.2027, 12:00 Uhr'],
  },
  {
    q: 'A colleague from the tourist office in Beilstein told me about the English course for tourist information staff, but I was on holiday until Monday. What is the registration deadline?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['passed on Fri, 10 Sep 2027, 23:59'],
  },
  {
    q: 'Ich bin im Bauhof Kaisersesch als Ersthelfer eingeteilt, meine letzte Auffrischung war vor zwei Jahren. Sind beim Erste-Hilfe-Kurs im November noch Plätze frei?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['noch 16 von 16 Plätzen frei'],
  },
  {
    q: 'My boss Mrs Berens wants the whole finance team to get better at spreadsheets before the budget season starts in January. Are there still seats in the Excel course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['has 12 of 12 seats left'],
  },
  // --- follow-ups in a conversation ------------------------------------------------------------------------------------
  {
    conv: 'flut',
    q: 'Seit dem Hochwasser im Juli stehen bei uns in Zell ständig Bürger mit Fragen zu Förderanträgen am Schalter. Gibt es dazu eine Schulung?',
    kind: 'list',
    titles: [T.hochwasser],
  },
  {
    conv: 'flut',
    q: 'Und wann ist das?',
    kind: 'facts',
    titles: [T.hochwasser],
    says: ['am Di., 05.10.2027 von 09:00 bis 16:00 Uhr'],
  },
  { conv: 'flut', q: 'Was kostet das?', kind: 'facts', titles: [T.hochwasser], says: ['kostet 140 €'] },
  {
    conv: 'telefon',
    q: 'Ich bin seit August Auszubildende in der Verbandsgemeinde Cochem und soll ab Oktober die Telefonzentrale übernehmen. Gibt es ein Seminar, wie man am Telefon souverän mit Bürgern spricht?',
    kind: 'list',
    titles: [T.telefon],
  },
  {
    conv: 'telefon',
    q: 'Und wo findet das statt?',
    kind: 'facts',
    titles: [T.telefon],
    says: ['in der Verbandsgemeindeverwaltung Ulmen'],
  },
  {
    conv: 'camper',
    q: 'Our municipality near Treis-Karden wants to turn an old car park by the river into a site for campervans. Is there any training on that?',
    locale: 'en',
    kind: 'list',
    miss: '"campervans" and "car park" are not matched to the German Wohnmobil course; the story\'s words find another',
    titles: [T.wohnmobil],
  },
  {
    conv: 'camper',
    q: 'Where does it take place?',
    locale: 'en',
    kind: 'facts',
    miss: 'follows from the miss above: another seminar in the conversation',
    titles: [T.wohnmobil],
    says: ['at Verbandsgemeindeverwaltung Cochem'],
  },
  {
    conv: 'camper',
    q: 'And who is the trainer?',
    locale: 'en',
    kind: 'facts',
    miss: 'follows from the miss above: another seminar in the conversation',
    titles: [T.wohnmobil],
    says: ['is led by Herr Thomas Brück'],
  },
  {
    conv: 'obm',
    q: 'Ich bin seit Juni ehrenamtlicher Ortsbürgermeister in einer Gemeinde bei Kaisersesch, mein Vorgänger war 25 Jahre im Amt und hat mir kaum etwas übergeben. Gibt es irgendeine Starthilfe für neue Ortsbürgermeister?',
    kind: 'list',
    first: T.ortsbuergermeister,
  },
  { conv: 'obm', q: 'Ist das online?', kind: 'facts', titles: [T.ortsbuergermeister], says: ['findet online statt'] },
  { conv: 'obm', q: 'Und was kostet das?', kind: 'facts', titles: [T.ortsbuergermeister], says: ['ist kostenlos'] },
  // --- topic searches: words only in summary or description, synonyms, typos -------------------------------------------
  {
    q: 'Letzte Woche ist in der Verbandsgemeinde Ulmen der Server ausgefallen, und keiner wusste, wen man anrufen soll. Gibt es eine Schulung, was man bei einem IT-Notfall macht?',
    kind: 'list',
    titles: [T.itNotfall],
  },
  {
    q: 'Nach acht Stunden am Schreibtisch tut mir abends der Rücken weh, und mein Hausarzt meint, ich soll mehr für meine Haltung tun. Gibt es dazu etwas?',
    kind: 'list',
    titles: [T.ruecken],
  },
  {
    q: 'Ein Ortsbürgermeister hat mich gefragt, ob er die Namen der Jubilare im Amtsblatt abdrucken darf. Gibt es eine Fortbildung, die solche Fragen klärt?',
    kind: 'list',
    titles: [T.datenschutz],
  },
  { q: 'exel kurs sverweis', kind: 'list', titles: [T.excel] },
  {
    q: 'Wegen der Landesverordnung zur Barrierefreiheit müssen alle unsere Formulare barrierefrei werden, und meine Kollegin Frau Barden ist dafür im Oktober auf einer Tagung. Gibt es ein Seminar, wie man barrierefreie PDFs erstellt?',
    kind: 'list',
    titles: [T.dokumente],
  },
  {
    q: 'Ein Nebenerwerbswinzer aus Bremm will an seinem Weinberg eine Gerätehalle bauen und fragt, ob er das darf. Gibt es eine Schulung, die solche Genehmigungen erklärt?',
    kind: 'list',
    titles: [T.weinbau],
  },
  {
    q: 'Am Bach hinter der Grundschule in Ulmen ist das Ufer abgerutscht, und jetzt streiten Ortsgemeinde und Verbandsgemeinde, wer zuständig ist. Gibt es ein Seminar zur Unterhaltung kleiner Gewässer?',
    kind: 'list',
    titles: [T.gewaesser],
  },
  { q: 'tourismus', kind: 'list', ...only(T.english, T.gaestebeitrag, T.wohnmobil) },
  { q: 'mitarbeitergepräch vorbereiten', kind: 'list', titles: [T.mitarbeitergespraech] },
  {
    q: 'Bei uns in der Ortsgemeinde helfen jedes Jahr zwanzig Freiwillige beim Aufbau fürs Weinfest, letztes Jahr hat sich einer dabei die Hand gebrochen. Gibt es eine Veranstaltung dazu, ob Ehrenamtliche gesetzlich unfallversichert sind?',
    kind: 'list',
    titles: [T.ehrenamt],
  },
  // --- dates and time of day -------------------------------------------------------------------------------------------
  {
    q: 'Ich habe morgen überraschend einen freien Vormittag, weil die Ratssitzung verschoben wurde. Gibt es morgen eine Schulung, bei der ich noch mitmachen kann?',
    kind: 'list',
    titles: [T.outlook],
  },
  {
    q: 'Nächste Woche ist mein Chef im Urlaub, und ich habe endlich etwas Luft. Was gibt es nächste Woche vormittags?',
    kind: 'list',
    titles: [T.itNotfall, T.datenschutz],
  },
  {
    q: 'I work mornings at the tourist office in Zell, so I can only do afternoons. What is on next week in the afternoon?',
    locale: 'en',
    kind: 'list',
    titles: [T.english, T.telefon],
  },
  {
    q: 'Ab Oktober stellen wir in der Kämmerei den Haushalt auf, dann komme ich zu nichts mehr. Was läuft in den nächsten zwei Wochen?',
    kind: 'list',
    titles: [T.outlook, T.ruecken, T.itNotfall, T.english, T.datenschutz, T.telefon],
  },
  { q: 'Welche Online-Seminare gibt es im Oktober?', kind: 'list', titles: [T.excel, T.ortsbuergermeister] },
  {
    q: 'Our training budget is really tight this year. Is there anything free of charge next month?',
    locale: 'en',
    kind: 'list',
    titles: [T.haushalt, T.ortsbuergermeister],
  },
  {
    q: 'Ich plane gerade meinen Herbst, im Oktober bin ich zwei Wochen an der Nordsee. Was gibt es im November?',
    kind: 'list',
    titles: [T.ehrenamt, T.gaestebeitrag, T.fuehrung, T.mitarbeitergespraech, T.wohnmobil, T.ersteHilfe],
  },
  {
    q: 'Ich arbeite tagsüber in einer Steuerkanzlei in Mayen und bin nebenbei Beigeordneter in unserer Ortsgemeinde. Gibt es Veranstaltungen am Abend?',
    kind: 'list',
    titles: [T.haushalt, T.ortsbuergermeister, T.ehrenamt],
  },
  {
    q: 'Unsere Abteilung macht am 12. Oktober einen Fortbildungstag, jeder soll sich etwas aussuchen. Was wird an dem Tag angeboten?',
    kind: 'list',
    titles: [T.friedhof, T.haushalt],
  },
  // --- place, trainer, provider, audience, multi-day, language, cost -----------------------------------------------
  {
    q: 'Ich wohne in Kaisersesch, arbeite aber in der Kreisverwaltung in Cochem, und im Herbst wird die Straße dazwischen gesperrt. Was gibt es bei uns in Kaisersesch?',
    kind: 'list',
    ...only(T.friedhof, T.ersteHilfe),
  },
  {
    q: 'Herr Hähn von der IT hat uns bei der Umstellung auf Windows 11 super geholfen. Welche Kurse gibt er noch?',
    kind: 'list',
    ...only(T.outlook, T.itNotfall),
  },
  {
    q: 'Unsere Personalrätin hat erzählt, dass die Unfallkasse für Beschäftigte der Kommunen Seminare anbietet. Was hat die Unfallkasse Rheinland-Pfalz im Programm?',
    kind: 'list',
    ...only(T.ruecken, T.ehrenamt, T.ersteHilfe),
  },
  {
    q: 'Ich leite seit dem Frühjahr das Ordnungsamt in Zell und habe jetzt acht Leute unter mir. Welche Seminare gibt es für Führungskräfte?',
    kind: 'list',
    ...only(T.fuehrung, T.mitarbeitergespraech),
  },
  { q: 'mehrtägige seminare', kind: 'list', titles: [T.fuehrung] },
  {
    q: 'I moved here from Scotland in spring and my German is still basic. Do you have any courses that are held in English?',
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  {
    q: 'kostenlose seminare im november',
    kind: 'list',
    titles: [T.ehrenamt, T.mitarbeitergespraech, T.ersteHilfe],
  },
  // --- gone, drafts never shown, no match, greeting --------------------------------------------------------------------
  {
    q: 'Unser Bauhofleiter will nächstes Jahr ganz ohne Glyphosat auskommen und hat von dem Kurs Grünpflege ohne Glyphosat gehört. Wann ist der?',
    kind: 'gone',
    gone: T.glyphosat,
  },
  { q: 'Was kostet der Kurs zu Instagram und Facebook für die Verbandsgemeinde?', kind: 'gone', gone: T.socialMedia },
  {
    q: 'Im Frühjahr hatte ich am Schalter ständig Rückfragen zu den Grundsteuerbescheiden. Wann war die Schulung Neue Grundsteuerbescheide erklären?',
    kind: 'gone',
    gone: T.grundsteuer,
    says: ['Do., 17.06.2027'],
  },
  {
    q: 'wann ist gerüste und hubarbeitsbühnen im bauhof',
    kind: 'gone',
    gone: T.geruest,
    says: ['Mi., 07.07.2027'],
  },
  {
    q: 'In der Verbandsgemeinde Ulmen wird ab nächstem Jahr Glasfaser verlegt, und ich soll die Baustellen koordinieren. Gibt es dazu eine Fortbildung?',
    kind: 'none',
  },
  { q: 'streuobstwiesen', kind: 'none' },
  {
    q: 'Ich bin neu in der Vergabestelle der Verbandsgemeinde Zell. Gibt es ein Seminar zum Vergaberecht?',
    kind: 'none',
  },
  { q: 'Guten Morgen, ich bin neu hier und weiß nicht, wie das funktioniert. Was kannst du alles?', kind: 'help' },
  { q: 'hi, what can you do?', locale: 'en', kind: 'help' },
];

heldoutSuite(
  'answering questions about a hundred-and-twenty-second, independent catalogue (Landkreis Cochem-Zell, Kommunal-Akademie RLP, Unfallkasse RLP)',
  {
    fixture: 'heldout122-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
