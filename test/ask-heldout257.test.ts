// Over-fitting check, two-hundred-and-fifty-seventh catalogue: the 2027 programme for the Landkreis Bad Kissingen
// (Bavaria) and its towns and municipalities (Bad Kissingen, Hammelburg, Münnerstadt, Bad Brückenau, Oerlenbach,
// Oberthulba, Nüdlingen, the Verwaltungsgemeinschaft Elfershausen), with the Bayerische Verwaltungsschule (BVS), the
// Landratsamt's Personalentwicklung, the IT-Servicezentrum des Landkreises, the Kommunale Unfallversicherung Bayern
// (KUVB) and the Kreisvolkshochschule Bad Kissingen, imported from a JSON file. Seminars take place in the Landratsamt
// in Bad Kissingen, the town halls of Bad Kissingen, Münnerstadt, Hammelburg, Bad Brückenau and Oerlenbach, the
// KVHS-Bildungshaus, the Feuerwehrhaus Oerlenbach, the Städtischer Bauhof Hammelburg, online or hybrid. Several
// titles do not name their subject ("Gut verbunden" is telephone communication, "Klick mit Folgen" phishing, "Aufrecht
// durch den Arbeitstag" back health and ergonomics, "Ruhig bleiben, wenn es laut wird" de-escalation, "Rund um die Uhr
// geöffnet" the OZG and the BayernPortal, "Die ersten 100 Tage" new managers, "Rutsche, Schaukel, Sandkasten"
// playground inspection, "Schreiben, das ankommt" plain language, "Abschied vom Aktenschrank" the e-file, "Dokumente
// für alle" accessible documents, "Startklar" induction for trainees, "Wenn es im Team knirscht" team conflicts), so
// only summary, description or topics reveal it; one seminar is held in English; the chainsaw course runs on two
// consecutive days, the leadership course on two Wednesdays a fortnight apart; the e-file course is open only to
// Hammelburg, Oberthulba and the VG Elfershausen; first aid is free, paid by the KUVB; the council members' budget
// seminar is held in the evening. Every question tells a little of the asker's job and situation first, the way
// colleagues write to the bot, about a quarter in English, written without looking at the parser or the answers.
//
// Calendar around `now` (Thursday 4 February 2027, 10:30 in Bad Kissingen, winter time; summer time begins Sun
// 28.03.2027, ends Sun 31.10.2027):
//   this week:  Thu 04.02. 14:00–16:00 telephone (hybrid, Landratsamt; today), Fri 05.02. 09:00–10:30 phishing (online,
//               tomorrow)
//   next week:  Tue 09.02. 09:00–12:00 Excel (online; deadline passed Mon 01.02. 23:59), Thu 11.02. 09:00–15:30
//               Melderecht (Landratsamt; deadline Fri 05.02. 12:00)
//   February:   the cancelled Outlook course (Tue 16.02.), Wed 17.02. 12:30–13:30 back health (online, free, 1 hour),
//               Tue 23.02. de-escalation (Rathaus Bad Kissingen, free, 14 seats), the cancelled winter-service course
//               (Thu 25.02.)
//   March:      Wed 03. 13:30–16:30 English (Rathaus Bad Kissingen, 85 €; deadline Fri 19.02. 23:59), Tue 09.
//               Kameralistik (Landratsamt), Mon 15./Tue 16. chainsaw 07:30–15:30 (Bauhof Hammelburg, 8 seats), Thu 18.
//               10:00–12:00 OZG (online)
//   April:      Tue 13. first aid (Feuerwehrhaus Oerlenbach, 08:30–16:30), Wed 14. and Wed 28. leadership (Rathaus
//               Münnerstadt), Tue 27. procurement (Landratsamt; deadline Tue 13.04. 23:59)
//   May:        Tue 04. 08:00–15:00 playgrounds (Rathaus Oerlenbach), Wed 19. plain language (KVHS-Bildungshaus)
//   June:       Tue 08. e-file (Rathaus Hammelburg, members only), Thu 17. council meetings (Rathaus Bad Brückenau),
//               Mon 28. 13:00–16:00 accessible documents (online, 59 €)
//   later:      Wed 01.09. trainees (Landratsamt), Thu 23.09. team conflicts (Landratsamt, for managers), Thu 14.10.
//               18:00–21:00 budget for council members (Rathaus Münnerstadt, 45 €), Tue 09.11. (CET) AI (hybrid,
//               Landratsamt); the drafts social media (Thu 08.07.) and cemetery administration (Wed 06.10.)
//   past:       Wed 13.01.2027 Grundsteuer (Landratsamt), Tue 26.01.2027 TVöD (online).
import { heldoutSuite, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2027-02-04T09:30:00Z'); // Thursday, 4 February 2027, 10:30 in Bad Kissingen (CET)
const TZ = 'Europe/Berlin';

const T = {
  telefon: 'Gut verbunden', // Thu 04.02. 14:00–16:00, hybrid (Landratsamt), PE, Vogel, telephone communication, free
  phishing: 'Klick mit Folgen', // Fri 05.02. 09:00–10:30, online, IT-Servicezentrum, Schmitt, phishing, free
  excel: 'Excel kompakt: Formeln, Filter und Pivot-Tabellen', // Tue 09.02. 09:00–12:00, online, KVHS, Hein, 69 € (Dienststelle pays), deadline passed Mon 01.02. 23:59
  melde: 'Melderecht aktuell: Anmeldung, Auskunft und Auskunftssperren', // Thu 11.02. 09:00–15:30, Landratsamt, BVS, Döhler, 175 €, deadline Fri 05.02. 12:00
  ruecken: 'Aufrecht durch den Arbeitstag', // Wed 17.02. 12:30–13:30, online, KUVB, Brand, back health / ergonomics, free
  deeskalation: 'Ruhig bleiben, wenn es laut wird', // Tue 23.02. 09:00–16:00, Rathaus Bad Kissingen, KUVB, Reuter, free, 14 seats
  english: 'Welcome to Bad Kissingen: English at the Front Desk', // Wed 03.03. 13:30–16:30, Rathaus Bad Kissingen, KVHS, Collins, 85 €, deadline Fri 19.02. 23:59
  kameral: 'Haushalt in der Kameralistik: Planung und Vollzug', // Tue 09.03. 09:00–16:00, Landratsamt, BVS, Dr. Hofmann, 210 €
  motorsaege: 'Motorsägen-Grundlehrgang für Bauhöfe', // Mon 15.03. and Tue 16.03. 07:30–15:30, Bauhof Hammelburg, PE, Scholz, 180 €, 8 seats
  ozg: 'Rund um die Uhr geöffnet', // Thu 18.03. 10:00–12:00, online, IT-Servicezentrum, Schmitt, OZG / BayernPortal, free
  ersteHilfe: 'Erste Hilfe im Betrieb: Grundausbildung für Ersthelfende', // Tue 13.04. 08:30–16:30, Feuerwehrhaus Oerlenbach, KUVB, Kraus, free (KUVB pays)
  fuehrung: 'Die ersten 100 Tage', // Wed 14.04. and Wed 28.04. 09:00–16:00, Rathaus Münnerstadt, PE, Dr. Wendt, 390 €, new managers
  vergabe: 'Vergaberecht kompakt: UVgO, VOB/A und Wertgrenzen in Bayern', // Tue 27.04. 09:00–16:00, Landratsamt, BVS, Lutz, 230 €, deadline Tue 13.04. 23:59
  spielplatz: 'Rutsche, Schaukel, Sandkasten', // Tue 04.05. 08:00–15:00, Rathaus Oerlenbach, KUVB, Scholz, playground inspection, free
  sprache: 'Schreiben, das ankommt', // Wed 19.05. 09:00–15:00, KVHS-Bildungshaus Bad Kissingen, KVHS, Dr. Baumann, 120 €, plain language
  eakte: 'Abschied vom Aktenschrank', // Tue 08.06. 09:00–12:00, Rathaus Hammelburg, IT-Servicezentrum, Öztürk, e-file, only Hammelburg/Oberthulba/VG Elfershausen, free
  sitzung: 'Sitzungsdienst nach der Bayerischen Gemeindeordnung', // Thu 17.06. 09:00–16:00, Rathaus Bad Brückenau, BVS, Lutz, 185 €
  barrierefrei: 'Dokumente für alle', // Mon 28.06. 13:00–16:00, online, KVHS, Hein, 59 €, accessible Word / PDF documents
  azubis: 'Startklar', // Wed 01.09. 08:30–15:30, Landratsamt, PE, Vogel, induction day for trainees, free
  konflikte: 'Wenn es im Team knirscht', // Thu 23.09. 09:00–16:00, Landratsamt, BVS, Dr. Wendt, 205 €, conflict management for managers
  ratshaushalt: 'Haushalt für Gemeinderäte: den Haushaltsplan lesen und verstehen', // Thu 14.10. 18:00–21:00, Rathaus Münnerstadt, BVS, Dr. Hofmann, 45 €
  ki: 'Künstliche Intelligenz im Verwaltungsalltag', // Tue 09.11. 14:00–16:30 (CET), hybrid (Landratsamt), IT-Servicezentrum, Schmitt, free
  socialMedia: 'Social Media für Gemeinden: Instagram und Facebook rechtssicher nutzen', // draft (Thu 08.07.)
  friedhof: 'Friedhofsverwaltung: Grabnutzungsrechte, Gebühren und Satzung', // draft (Wed 06.10.)
  outlook: 'Outlook effizient nutzen: E-Mails, Kalender und Aufgaben', // cancelled (Tue 16.02.2027)
  winterdienst: 'Winterdienst: Räum- und Streupflicht rechtssicher organisieren', // cancelled (Thu 25.02.2027)
  grundsteuer: 'Grundsteuer in Bayern: Hebesatz, Veranlagung und Einspruch', // past (Wed 13 January 2027)
  tvoed: 'TVöD kompakt: Eingruppierung und Stufenzuordnung', // past (Tue 26 January 2027)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.socialMedia, T.friedhof, T.outlook, T.winterdienst, T.grundsteuer, T.tvoed];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  {
    conv: 'melde',
    q: 'Ich bin seit zwei Monaten im Bürgerbüro in Hammelburg und muss mich noch ins Melderecht einarbeiten. Gibt es dafür etwas?',
    kind: 'list',
    titles: [T.melde],
  },
  {
    conv: 'melde',
    q: 'Danke schön. Und wann genau findet das statt?',
    kind: 'facts',
    titles: [T.melde],
    says: ['am Do., 11.02.2027 von 09:00 bis 15:30 Uhr'],
  },
  {
    conv: 'melde',
    q: 'Bis wann müsste ich mich dafür anmelden?',
    kind: 'facts',
    titles: [T.melde],
    says: ['bis Fr., 05.02.2027, 12:00 Uhr'],
  },
  {
    conv: 'melde',
    q: 'Und was würde das meine Dienststelle kosten?',
    kind: 'facts',
    titles: [T.melde],
    says: ['kostet 175 €'],
  },
  {
    conv: 'bauhof',
    q: 'Ich leite den Bauhof in Oerlenbach, und zwei neue Mitarbeiter sollen demnächst umgestürzte Bäume an den Gemeindestraßen zersägen. Gibt es einen Lehrgang, damit sie sicher mit der Motorsäge umgehen können?',
    kind: 'list',
    titles: [T.motorsaege],
  },
  {
    conv: 'bauhof',
    q: 'Wie viele Tage dauert der Lehrgang denn?',
    kind: 'facts',
    titles: [T.motorsaege],
    says: ['dauert 2 Tage, jeweils von 07:30 bis 15:30 Uhr'],
  },
  {
    conv: 'bauhof',
    q: 'Sind da noch Plätze für meine beiden Kollegen frei?',
    kind: 'facts',
    titles: [T.motorsaege],
    says: ['noch 8 von 8 Plätzen frei'],
  },
  {
    conv: 'telefon',
    q: 'Bei uns in der Zentrale in Münnerstadt klingelt ständig das Telefon, und manche Anrufer sind ziemlich ungeduldig. Gibt es ein Seminar, wie man Telefonate mit Bürgern gut führt?',
    kind: 'list',
    titles: [T.telefon],
  },
  {
    conv: 'telefon',
    q: 'Kann ich da auch online teilnehmen, oder muss ich vor Ort sein?',
    kind: 'facts',
    titles: [T.telefon],
    says: [/im Landratsamt Bad Kissingen.* oder online/],
  },
  {
    conv: 'phish',
    q: 'I work in the treasury office in Bad Brückenau, and yesterday I almost clicked on a fake invoice that came by e-mail. Is there any training on recognising phishing like that?',
    locale: 'en',
    kind: 'list',
    titles: [T.phishing],
  },
  {
    conv: 'phish',
    q: 'Thank you. When is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['on Fri, 5 Feb 2027 from 09:00 to 10:30'],
  },
  {
    conv: 'phish',
    q: 'Does it cost anything?',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['is free of charge'],
  },
  {
    conv: 'english',
    q: 'I work at the citizens’ office in Bad Kissingen, and we see more and more international residents and spa guests. Is there a course where I can brush up my English for the counter?',
    locale: 'en',
    kind: 'list',
    titles: [T.english],
  },
  {
    conv: 'english',
    q: 'How much does it cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['costs €85'],
  },
  {
    conv: 'english',
    q: 'And until when can I register?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['until Fri, 19 Feb 2027, 23:59'],
  },
  {
    conv: 'fuehrung',
    q: 'Ich habe vor kurzem die Leitung des Ordnungsamts in Bad Brückenau übernommen und war bisher nie Vorgesetzte. Gibt es etwas, das mich auf die neue Rolle vorbereitet?',
    kind: 'list',
    titles: [T.fuehrung],
  },
  {
    conv: 'fuehrung',
    q: 'Wann sind die Termine?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['an 2 Tagen', 'Mi., 14.04.2027 und Mi., 28.04.2027', 'jeweils von 09:00 bis 16:00 Uhr'],
  },
  {
    conv: 'fuehrung',
    q: 'Und wer leitet das Seminar?',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['leitet Frau Dr. Claudia Wendt'],
  },
  {
    conv: 'eakte',
    q: 'In unserer Verwaltung soll demnächst die elektronische Akte eingeführt werden, und ich bin dafür als Ansprechpartnerin vorgesehen. Gibt es eine Schulung dazu?',
    kind: 'list',
    titles: [T.eakte],
  },
  {
    conv: 'eakte',
    q: 'Wo findet die Schulung statt?',
    kind: 'facts',
    titles: [T.eakte],
    says: ['im Rathaus Hammelburg'],
  },
  {
    conv: 'spielplatz',
    q: 'Our building yard in Oberthulba has to check the playgrounds in the villages, and I have just taken over this job. Is there a course on playground inspections?',
    locale: 'en',
    kind: 'list',
    titles: [T.spielplatz],
  },
  {
    conv: 'spielplatz',
    q: 'Where does it take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.spielplatz],
    says: ['takes place at Rathaus Oerlenbach'],
  },
  {
    conv: 'spielplatz',
    q: 'What time does it start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.spielplatz],
    says: ['starts on Tue, 4 May 2027 at 08:00'],
  },
  // --- facts -----------------------------------------------------------------------------------------------------------
  {
    q: 'Meine Kollegin hat mir den Excel-Kurs empfohlen, weil ich viel mit Listen arbeite. Was kostet der eigentlich?',
    kind: 'facts',
    titles: [T.excel],
    says: ['kostet 69 €'],
    mentions: ['Die Gebühr trägt die entsendende Dienststelle.'],
  },
  {
    q: 'Meine Chefin möchte, dass ich noch am Excel-Kurs teilnehme. Bis wann war denn die Anmeldung möglich?',
    kind: 'facts',
    titles: [T.excel],
    says: ['ist am Mo., 01.02.2027, 23:59 Uhr abgelaufen'],
  },
  {
    q: 'Wir wollen aus dem Bauamt zwei neue Kolleginnen zum Erste-Hilfe-Kurs schicken. Kostet der Lehrgang etwas?',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['ist kostenlos'],
    mentions: ['Die Lehrgangsgebühr übernimmt die Kommunale Unfallversicherung Bayern.'],
  },
  {
    q: 'Ich bereite im Hauptamt die Sitzungen unseres Stadtrats vor und möchte zur Fortbildung zum Sitzungsdienst. Wann und wo findet die statt?',
    kind: 'facts',
    titles: [T.sitzung],
    says: ['am Do., 17.06.2027 von 09:00 bis 16:00 Uhr im Rathaus Bad Brückenau'],
  },
  {
    q: 'Could you tell me how long the course on public procurement lasts? My boss wants to know how long I will be away from the office.',
    locale: 'en',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['lasts 7 hours, from 09:00 to 16:00'],
  },
  {
    q: 'Ich bin Kämmerer in einer kleinen Gemeinde und möchte zum Seminar über die Kameralistik. Wer ist da der Referent?',
    kind: 'facts',
    titles: [T.kameral],
    says: ['leitet Herr Dr. Peter Hofmann'],
  },
  {
    q: 'Bei uns im Sozialamt hatten wir letzte Woche einen unschönen Vorfall am Schalter. Wie viele Plätze sind im Deeskalationstraining noch frei?',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['noch 14 von 14 Plätzen frei'],
  },
  {
    q: 'I sit at a screen all day and my back hurts. Is the short session on back health at the desk online or in person?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ruecken],
    says: ['takes place online'],
  },
  {
    q: 'Our team would like to attend the training on artificial intelligence together. Where exactly does it take place?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: [/at Landratsamt Bad Kissingen.* or online/],
  },
  // --- topic searches: typos, words only in summary or description, everyday words -------------------------------------
  {
    q: 'Unsere Gemeinde bekommt immer mehr Anträge über das Internet, und ich soll mich um unsere Onlinedienste kümmern. Gibt es eine Schulung zum BayernPortal?',
    kind: 'list',
    titles: [T.ozg],
  },
  {
    q: 'Ich schreibe im Sozialamt viele Bescheide, und die Leute verstehen sie oft nicht. Gibt es ein Seminar, wie man verständlicher schreibt?',
    kind: 'list',
    titles: [T.sprache],
  },
  {
    q: 'Mein Rücken macht mir nach langen Tagen am Schreibtisch ziemlich zu schaffen. Bietet jemand etwas zur Ergonomie am Arbeitsplatz an?',
    kind: 'list',
    titles: [T.ruecken],
  },
  {
    q: 'Ich muss für unser Hauptamt jeden Monat Statistiken erstellen und kenne mich mit Pivot-Tabelen in Exel kaum aus. Gibt es da etwas?',
    kind: 'list',
    titles: [T.excel],
  },
  {
    q: 'Im Bürgerbüro werden manche Besucher leider schnell laut. Gibt es einen Kurs zur Deeskaltion?',
    kind: 'list',
    titles: [T.deeskalation],
  },
  {
    q: 'Wir müssen unsere Formulare und PDF-Dateien auf der Webseite barrierefrei machen. Gibt es dazu eine Fortbildung?',
    kind: 'list',
    titles: [T.barrierefrei],
  },
  {
    q: 'In meiner Abteilung gibt es seit Monaten Spannungen zwischen zwei Kolleginnen, und als Abteilungsleiter weiß ich nicht recht weiter. Gibt es etwas zum Umgang mit Konflikten im Team?',
    kind: 'list',
    titles: [T.konflikte],
  },
  {
    q: 'Ich wurde in den Gemeinderat von Nüdlingen gewählt und verstehe vom Haushaltsplan kaum etwas. Gibt es eine Abendveranstaltung für Gemeinderäte?',
    kind: 'list',
    titles: [T.ratshaushalt],
  },
  // --- filters: dates, time of day, format, place, trainer, provider, audience, length, cost ------------------------
  {
    q: 'Ich hätte heute Nachmittag spontan etwas Zeit. Findet heute noch ein Seminar statt?',
    kind: 'list',
    titles: [T.telefon],
  },
  {
    q: 'In meinem Kalender ist diese Woche noch etwas Luft. Gibt es diese Woche noch ein Seminar, an dem ich teilnehmen könnte?',
    kind: 'list',
    titles: [T.telefon, T.phishing],
  },
  {
    q: 'Mein Chef hat mir für nächste Woche einen Fortbildungstag genehmigt. Was wird denn nächste Woche angeboten?',
    kind: 'list',
    titles: [T.excel, T.melde],
  },
  {
    q: 'Ich plane gerade die Fortbildungen für mein Team. Welche Seminare gibt es nächsten Monat?',
    kind: 'list',
    titles: [T.english, T.kameral, T.motorsaege, T.ozg],
  },
  {
    q: 'I am planning my training for the coming months and have some time in May. What is on offer in May?',
    locale: 'en',
    kind: 'list',
    titles: [T.spielplatz, T.sprache],
  },
  {
    q: 'Unser Fortbildungsbudget ist leider schon fast aufgebraucht. Welche kostenlosen Seminare gibt es noch im Februar?',
    kind: 'list',
    titles: [T.telefon, T.phishing, T.ruecken, T.deeskalation],
  },
  {
    q: 'Ich arbeite in Teilzeit und habe nur nachmittags Zeit. Gibt es im März ein Seminar am Nachmittag?',
    kind: 'list',
    titles: [T.english],
  },
  {
    q: 'Ich sitze in der Außenstelle und spare mir die Fahrt gerne. Welche Seminare finden im Februar rein online statt?',
    kind: 'list',
    titles: [T.phishing, T.excel, T.ruecken],
  },
  {
    q: 'Our safety officer asked me to find out what the Kommunale Unfallversicherung Bayern offers this year. Which courses are there?',
    locale: 'en',
    kind: 'list',
    ...only(T.ruecken, T.deeskalation, T.ersteHilfe, T.spielplatz),
  },
  {
    q: 'Herr Schmitt vom IT-Servicezentrum hat uns bei der letzten Umstellung sehr geholfen. Welche Seminare hält er dieses Jahr?',
    kind: 'list',
    ...only(T.phishing, T.ozg, T.ki),
  },
  {
    q: 'Ich wohne in Münnerstadt und würde gern eine Fortbildung direkt vor Ort besuchen. Was findet in Münnerstadt statt?',
    kind: 'list',
    ...only(T.fuehrung, T.ratshaushalt),
  },
  {
    q: 'Für mehrtägige Seminare muss ich in meinem Sachgebiet eine Vertretung organisieren. Welche Seminare dauern mehr als einen Tag?',
    kind: 'list',
    ...only(T.motorsaege, T.fuehrung),
  },
  {
    q: 'Ich arbeite im Bauhof der Stadt Bad Brückenau. Welche Fortbildungen gibt es für die Beschäftigten der Bauhöfe?',
    kind: 'list',
    ...only(T.motorsaege, T.spielplatz),
  },
  {
    q: 'Im Bürgerbüro kann ich höchstens eine Stunde vom Schalter weg. Gibt es Seminare, die nicht länger als eine Stunde dauern?',
    kind: 'list',
    titles: [T.ruecken],
  },
  {
    q: 'Our department can spend about a hundred euros per person on training. Which courses cost between 50 and 100 euros?',
    locale: 'en',
    kind: 'list',
    ...only(T.excel, T.english, T.barrierefrei),
  },
  // --- gone, drafts never shown, no match, greeting, own registrations -------------------------------------------------
  {
    q: 'Meine Kollegin hat mir den Outlook-Kurs der Volkshochschule empfohlen. Wann findet der genau statt?',
    kind: 'gone',
    gone: T.outlook,
  },
  {
    q: 'Wir müssen im Bauhof unseren Winterdienst besser organisieren. Findet die Schulung zur Räum- und Streupflicht noch statt?',
    kind: 'gone',
    gone: T.winterdienst,
  },
  {
    q: 'Ich wollte eigentlich zur Grundsteuer-Schulung der Verwaltungsschule. Wann war die noch mal?',
    kind: 'gone',
    gone: T.grundsteuer,
    says: ['Mi., 13.01.2027'],
  },
  {
    q: 'I have just started in the HR department. Did I miss the TVöD course, or is it still coming up?',
    locale: 'en',
    kind: 'gone',
    gone: T.tvoed,
    says: ['Tue, 26 Jan 2027'],
  },
  {
    q: 'Ich habe gerade die Friedhofsverwaltung unserer Gemeinde übernommen. Gibt es dazu eine Fortbildung?',
    kind: 'none',
  },
  {
    q: 'Unser Bürgermeister möchte, dass die Gemeinde auf Instagram aktiv wird. Gibt es eine Schulung zu Social Media?',
    kind: 'none',
  },
  {
    q: 'Guten Morgen! Ich habe den Seminar-Lotsen gerade erst entdeckt. Was kann ich Sie denn alles fragen?',
    kind: 'help',
  },
  { q: 'Hi there, a colleague told me about this bot. What can you do?', locale: 'en', kind: 'help' },
  {
    q: 'Ich habe mich vor ein paar Wochen für mehrere Seminare angemeldet und den Überblick verloren. Können Sie mir meine Anmeldungen zeigen?',
    kind: 'myRegistrations',
  },
];

heldoutSuite(
  'answering questions about a two-hundred-and-fifty-seventh, independent catalogue (Landkreis Bad Kissingen, BVS, KUVB)',
  {
    fixture: 'heldout257-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
