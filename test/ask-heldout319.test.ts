// Over-fitting check, three-hundred-and-nineteenth catalogue: the summer and autumn 2031 programme for the
// Main-Taunus-Kreis (Hesse) and its towns and municipalities (Hofheim am Taunus, Eschborn, Kelkheim (Taunus),
// Hattersheim am Main, Flörsheim am Main, Bad Soden am Taunus, Hochheim am Main, Schwalbach am Taunus, Kriftel,
// Liederbach am Taunus, Sulzbach (Taunus)), with the Hessischer Verwaltungsschulverband (HVSV, Verwaltungsseminar
// Kassel), the Hessischer Städte- und Gemeindebund (HSGB), the Unfallkasse Hessen (UKH), ekom21, the Volkshochschule
// Main-Taunus-Kreis (VHS), the Fachverband der Standesbeamtinnen und Standesbeamten Hessen and the county's
// Personalentwicklung, imported from a JSON file. Seminars take place in the Kreishaus and the VHS in Hofheim, the town
// halls of Eschborn, Kelkheim, Hattersheim and Flörsheim, the Bürgerhaus Kriftel and the Bauhof's Werkhalle in
// Hattersheim, online or hybrid. Several titles do not name their subject ("Nicht jeder Anhang ist harmlos" is phishing
// / IT security, "Gut vorbereitet in die Sitzung" the Hessian municipal code for council members, "Gesund nach Hause"
// occupational safety in the Bauhof, "Der Assistent im Browser" generative AI, "Besprechen, teilen, ablegen" Teams and
// SharePoint, "Soll und Haben in der Gemeinde" double-entry municipal accounting, "Plötzlich Chefin, plötzlich Chef" new
// managers, "Gebühren richtig kalkulieren" water / sewage / waste charges under the KAG, "Klartext statt Amtsdeutsch"
// plain language, "Wenn es am Schalter laut wird" de-escalation with aggressive members of the public, "Gespräche, die
// weiterbringen" appraisal interviews, "Eheschließung mit Auslandsbezug" the registry office, "Schluss mit dem
// Papierstau" the e-file, "Mehr Luft im Kalender" time management), so only summary, description or topics reveal it;
// one seminar is held in English; the appraisal-interview course runs on two Thursdays across the end of summer time
// (Sun 26.10.2031); the induction days for apprentices are two days in a row; the e-file course is open only to
// Kelkheim, Liederbach and Sulzbach; first aid, fire wardens and the Bauhof safety course are free, paid by the UKH. The
// programme has a summer break: nothing between Thu 10.07. and Sun 31.08.2031. All questions are asked in English
// (international staff and English-speaking trainees), with British and American phrasings, written without looking at
// the parser or the answers.
//
// Calendar around `now` (Wednesday 25 June 2031, 09:10 in Hofheim, summer time; summer time ends Sun 26.10.2031):
//   this week:  Wed 25.06. (today) 14:30–16:00 phishing (online); Thu 26.06. (tomorrow) 09:00–12:00 residents'
//               registration (Rathaus Hattersheim, 95 €); the cancelled PowerPoint course (Fri 27.06.)
//   next week:  Tue 01.07. 09:00–16:00 procurement (Kreishaus, 240 €; deadline passed Wed 18.06. 12:00), Wed 02.07.
//               18:00–20:30 council members (Rathaus Kelkheim, evening, 35 €), Thu 03.07. 07:30–13:00 occupational
//               safety in the Bauhof (Werkhalle Bauhof Hattersheim, free)
//   week after next (a fortnight from today): Wed 09.07. 09:30–12:00 AI (hybrid, Kreishaus, free)
//   summer break: nothing from Thu 10.07. to Sun 31.08.
//   September:  Mon 01.09. + Tue 02.09. 08:30–15:00 induction days for apprentices (Kreishaus, free; deadline Fri
//               15.08. 12:00), Wed 03.09. 10:00–11:30 Teams/SharePoint (online, free), Thu 04.09. 09:00–15:30 municipal
//               accounting (Rathaus Flörsheim, 210 €), Wed 10.09. 09:00–12:30 English (VHS Hofheim, 75 €; deadline Wed
//               03.09. 23:59), Tue 16.09. + Tue 23.09. 09:00–16:00 new managers (Kreishaus, 380 €; deadline Fri 29.08.
//               23:59), the cancelled cash-office course (Thu 18.09.), Mon 22.09. 08:00–15:00 tree inspection
//               (Bürgerhaus Kriftel, 180 €), Thu 25.09. 09:00–12:30 charges under the KAG (hybrid, Rathaus Eschborn, 150 €)
//   October:    Tue 07.10. 09:00–16:00 plain language (VHS Hofheim, 120 €; deadline Fri 19.09. 12:00), Tue 14.10.
//               08:30–16:00 first aid (Bürgerhaus Kriftel, free), Wed 15.10. 09:00–16:00 de-escalation (Rathaus Eschborn,
//               95 €, no deadline given: the start), Thu 23.10. (CEST) + Thu 30.10. (CET) 09:00–16:30 appraisal
//               interviews (Kreishaus, 340 €), Tue 28.10. 09:00–12:00 registry office (online, 85 €)
//   November:   Wed 05.11. 09:00–12:00 e-file (Rathaus Kelkheim, members only), Tue 11.11. 09:00–13:00 fire wardens
//               (Rathaus Flörsheim, free), Thu 20.11. 09:00–12:00 Excel for beginners (online, 59 €), Tue 25.11.
//               13:00–16:30 time management (VHS Hofheim, 65 €)
//   December:   the draft dog-tax course (Thu 04.12.) and the draft social-media course (Tue 09.12.)
//   past:       Wed 26.02.2031 training for poll workers (Stadthalle Hofheim), Thu 22.05.2031 property tax (online).
import { heldoutSuite, maybeAlso, onlyAmong, type Case } from './support/question-suite.js';

const now = new Date('2031-06-25T07:10:00Z'); // Wednesday, 25 June 2031, 09:10 in Hofheim am Taunus (CEST)
const TZ = 'Europe/Berlin';

const T = {
  phishing: 'Nicht jeder Anhang ist harmlos', // Wed 25.06. 14:30–16:00, online, ekom21, Krämer, phishing / IT security, free
  melde: 'Meldewesen aktuell: An-, Ab- und Ummeldung nach dem Bundesmeldegesetz', // Thu 26.06. 09:00–12:00, Rathaus Hattersheim, HVSV, Hofmann, 95 €, 20 seats
  vergabe: 'Vergaberecht für Einsteiger: HVTG und UVgO in der Praxis', // Tue 01.07. 09:00–16:00, Kreishaus, HVSV, Dr. Schäfer, 240 €, deadline passed Wed 18.06. 12:00
  hgo: 'Gut vorbereitet in die Sitzung', // Wed 02.07. 18:00–20:30, Rathaus Kelkheim, HSGB, Dr. Schäfer, HGO for council members, 35 €
  arbeitsschutz: 'Gesund nach Hause', // Thu 03.07. 07:30–13:00, Werkhalle Bauhof Hattersheim, UKH, Wenzel, occupational safety, free (UKH pays)
  ki: 'Der Assistent im Browser', // Wed 09.07. 09:30–12:00, hybrid (Kreishaus, Sitzungssaal), ekom21, Becker, AI / ChatGPT, free
  azubi: 'Willkommen an Bord: Einführungstage für neue Auszubildende', // Mon 01.09. + Tue 02.09. 08:30–15:00, Kreishaus, PE, Schreiber, free, 30 seats
  teams: 'Besprechen, teilen, ablegen', // Wed 03.09. 10:00–11:30, online, ekom21, Becker, Teams / SharePoint, free
  doppik: 'Soll und Haben in der Gemeinde', // Thu 04.09. 09:00–15:30, Rathaus Flörsheim, HVSV, Lotz, double-entry municipal accounting, 210 €
  english: 'Speaking with Confidence: English at the Service Counter', // Wed 10.09. 09:00–12:30, VHS Hofheim, VHS, Donovan, 75 €, deadline Wed 03.09. 23:59
  fuehrung: 'Plötzlich Chefin, plötzlich Chef', // Tue 16.09. + Tue 23.09. 09:00–16:00, Kreishaus, PE, Dr. Vogt, new managers, 380 €, deadline Fri 29.08. 23:59, 14 seats
  baum: 'Verkehrssicherheit von Straßenbäumen: Baumkontrolle nach der FLL-Richtlinie', // Mon 22.09. 08:00–15:00, Bürgerhaus Kriftel, HSGB, Roth, 180 €
  kag: 'Gebühren richtig kalkulieren', // Thu 25.09. 09:00–12:30, hybrid (Rathaus Eschborn), HSGB, Lotz, water / sewage / waste charges, 150 €
  sprache: 'Klartext statt Amtsdeutsch', // Tue 07.10. 09:00–16:00, VHS Hofheim, VHS, Ludwig, plain language, 120 €, deadline Fri 19.09. 12:00
  ersteHilfe: 'Erste-Hilfe-Fortbildung für betriebliche Ersthelfende', // Tue 14.10. 08:30–16:00, Bürgerhaus Kriftel, UKH, Wenzel, free (UKH pays)
  deeskalation: 'Wenn es am Schalter laut wird', // Wed 15.10. 09:00–16:00, Rathaus Eschborn, PE, Brandt, de-escalation, 95 €, no deadline given
  gespraeche: 'Gespräche, die weiterbringen', // Thu 23.10. (CEST) + Thu 30.10. (CET) 09:00–16:30, Kreishaus, HVSV, Brandt, appraisal interviews, 340 €
  standesamt: 'Eheschließung mit Auslandsbezug', // Tue 28.10. 09:00–12:00, online, Fachverband, Hofmann, registry office, 85 €
  eakte: 'Schluss mit dem Papierstau', // Wed 05.11. 09:00–12:00, Rathaus Kelkheim, ekom21, Krämer, e-file, only Kelkheim/Liederbach/Sulzbach, free
  brandschutz: 'Ausbildung zur Brandschutzhelferin und zum Brandschutzhelfer', // Tue 11.11. 09:00–13:00, Rathaus Flörsheim, UKH, Wenzel, free (UKH pays)
  excel: 'Excel-Grundlagen: Tabellen, Formeln und Diagramme', // Thu 20.11. 09:00–12:00, online, VHS, Ludwig, 59 € (Dienststelle pays)
  zeit: 'Mehr Luft im Kalender', // Tue 25.11. 13:00–16:30, VHS Hofheim, VHS, Ludwig, time management, 65 €
  socialMedia: 'Social Media im Rathaus: Instagram und Facebook rechtssicher nutzen', // draft (Tue 09.12.)
  hundesteuer: 'Hundesteuer: Satzung, Veranlagung und Kontrolle', // draft (Thu 04.12.)
  powerpoint: 'PowerPoint kompakt: Präsentationen für Gremiensitzungen', // cancelled (Fri 27.06.2031)
  kasse: 'Kassensicherheit: Barkasse, Zahlstellen und Kassenprüfung', // cancelled (Thu 18.09.2031)
  wahl: 'Wahlvorstände schulen: Kommunalwahl 2031', // past (Wed 26 February 2031)
  grundsteuer: 'Grundsteuer nach der Reform: Hebesätze und Bescheide', // past (Thu 22 May 2031)
} as const;

const all: string[] = Object.values(T);
const NEVER: string[] = [T.socialMedia, T.hundesteuer, T.powerpoint, T.kasse, T.wahl, T.grundsteuer];
const only = onlyAmong(all, NEVER);

const CASES: Case[] = [
  // --- follow-up conversations -----------------------------------------------------------------------------------------
  { conv: 'today', q: 'anything on today?', locale: 'en', kind: 'list', titles: [T.phishing] },
  {
    conv: 'today',
    q: 'what time does it start?',
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['starts on Wed, 25 Jun 2031 at 14:30'],
  },
  {
    conv: 'today',
    q: "who's running it?",
    locale: 'en',
    kind: 'facts',
    titles: [T.phishing],
    says: ['is led by Herr Tobias Krämer'],
  },
  { conv: 'tomorrow', q: "what's on tomorrow?", locale: 'en', kind: 'list', titles: [T.melde] },
  {
    conv: 'tomorrow',
    q: "where's that held?",
    locale: 'en',
    kind: 'facts',
    titles: [T.melde],
    says: ['takes place at Rathaus Hattersheim am Main, Rathausstraße 10, 65795 Hattersheim am Main'],
  },
  { conv: 'tomorrow', q: 'how much is it?', locale: 'en', kind: 'facts', titles: [T.melde], says: ['costs €95'] },
  {
    conv: 'vergabe',
    q: 'Is there any training on procurement law?',
    locale: 'en',
    kind: 'list',
    titles: [T.vergabe],
  },
  {
    conv: 'vergabe',
    q: 'is registration still open?',
    locale: 'en',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['passed on Wed, 18 Jun 2031, 12:00'],
  },
  {
    conv: 'vergabe',
    q: 'how long does it last?',
    locale: 'en',
    kind: 'facts',
    titles: [T.vergabe],
    says: ['lasts 7 hours, from 09:00 to 16:00'],
  },
  {
    conv: 'hgo',
    q: "I've just been elected to the town council - is there a course on the municipal code for councillors?",
    locale: 'en',
    kind: 'list',
    titles: [T.hgo],
  },
  {
    conv: 'hgo',
    q: 'when is it?',
    locale: 'en',
    kind: 'facts',
    titles: [T.hgo],
    says: ['takes place on Wed, 2 Jul 2031 from 18:00 to 20:30'],
  },
  {
    conv: 'hgo',
    q: 'and where?',
    locale: 'en',
    kind: 'facts',
    titles: [T.hgo],
    says: ['takes place at Rathaus Kelkheim (Taunus), Gagernring 6–8'],
  },
  {
    conv: 'fuehrung',
    q: "I've just become a team leader. Is there any training on stepping into a management role?",
    locale: 'en',
    kind: 'list',
    first: T.fuehrung,
  },
  {
    miss: 'follows the list for a new team leader, which shows the appraisal course beside the one for new managers, so no single seminar is talked about',
    conv: 'fuehrung',
    q: 'which days is it on?',
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['on 2 days', 'Tue, 16 Sep 2031 and Tue, 23 Sep 2031', 'each from 09:00 to 16:00'],
  },
  {
    miss: 'follows the list of two, which has no single seminar to ask of',
    conv: 'fuehrung',
    q: "what's the closing date for applications?",
    locale: 'en',
    kind: 'facts',
    titles: [T.fuehrung],
    says: ['until Fri, 29 Aug 2031, 23:59'],
  },
  { conv: 'english', q: 'Is anything taught in English?', locale: 'en', kind: 'list', titles: [T.english] },
  {
    conv: 'english',
    q: 'when do I need to register by?',
    locale: 'en',
    kind: 'facts',
    titles: [T.english],
    says: ['until Wed, 3 Sep 2031, 23:59'],
  },
  { conv: 'ki', q: 'any training on AI tools like ChatGPT?', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    conv: 'ki',
    q: 'can I join remotely or do I have to come in?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['is hybrid: at Kreishaus Hofheim, Sitzungssaal', 'or online'],
  },
  {
    conv: 'ki',
    q: 'when is that?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ki],
    says: ['takes place on Wed, 9 Jul 2031 from 09:30 to 12:00'],
  },
  {
    conv: 'gespraeche',
    q: 'training on appraisal interviews for managers',
    locale: 'en',
    kind: 'list',
    first: T.gespraeche,
  },
  {
    conv: 'gespraeche',
    q: 'what are the dates?',
    locale: 'en',
    kind: 'facts',
    titles: [T.gespraeche],
    says: ['on 2 days', 'Thu, 23 Oct 2031 and Thu, 30 Oct 2031', 'each from 09:00 to 16:30'],
  },
  { conv: 'baum', q: 'tree inspection course', locale: 'en', kind: 'list', titles: [T.baum] },
  { conv: 'baum', q: 'what does it cost?', locale: 'en', kind: 'facts', titles: [T.baum], says: ['costs €180'] },
  // --- facts -----------------------------------------------------------------------------------------------------------
  {
    q: 'How much is the first aid refresher?',
    locale: 'en',
    kind: 'facts',
    titles: [T.ersteHilfe],
    says: ['is free of charge'],
    mentions: ['Die Kosten übernimmt die Unfallkasse Hessen.'],
  },
  {
    q: "where's the fire warden training?",
    locale: 'en',
    kind: 'facts',
    titles: [T.brandschutz],
    says: ['takes place at Rathaus Flörsheim am Main, Bahnhofstraße 12'],
  },
  {
    q: 'how much does the Excel course for beginners cost?',
    locale: 'en',
    kind: 'facts',
    titles: [T.excel],
    says: ['costs €59'],
    mentions: ['Die Gebühr trägt die entsendende Dienststelle.'],
  },
  {
    q: 'who teaches the plain language workshop?',
    locale: 'en',
    kind: 'facts',
    titles: [T.sprache],
    says: ['is led by Frau Katrin Ludwig'],
  },
  {
    q: "how many places are left on the residents' registration course?",
    locale: 'en',
    kind: 'facts',
    titles: [T.melde],
    says: ['has 20 of 20 seats left'],
  },
  {
    q: 'is the seminar on calculating charges in person or online?',
    locale: 'en',
    kind: 'facts',
    titles: [T.kag],
    says: ['is hybrid: at Rathaus Eschborn, Rathausplatz 36, 65760 Eschborn or online'],
  },
  {
    q: 'when are the induction days for new apprentices?',
    locale: 'en',
    kind: 'facts',
    titles: [T.azubi],
    says: ['on 2 days', 'Mon, 1 Sep 2031 and Tue, 2 Sep 2031', 'each from 08:30 to 15:00'],
  },
  {
    q: "what's the deadline for the de-escalation course?",
    locale: 'en',
    kind: 'facts',
    titles: [T.deeskalation],
    says: ['until Wed, 15 Oct 2031, 09:00'],
  },
  {
    q: 'how long is the time management course?',
    locale: 'en',
    kind: 'facts',
    titles: [T.zeit],
    says: ['lasts 3.5 hours, from 13:00 to 16:30'],
  },
  // --- topic searches by English words for German subjects ------------------------------------------------------------
  { q: 'any courses on occupational health and safety?', locale: 'en', kind: 'list', first: T.arbeitsschutz },
  { q: "anything on residents' registration?", locale: 'en', kind: 'list', titles: [T.melde] },
  { q: 'double-entry bookkeeping for local authorities', locale: 'en', kind: 'list', titles: [T.doppik] },
  {
    q: 'I work in the registry office - anything on marriages involving foreign nationals?',
    locale: 'en',
    kind: 'list',
    titles: [T.standesamt],
  },
  { q: 'how to deal with aggressive members of the public', locale: 'en', kind: 'list', titles: [T.deeskalation] },
  { q: 'how do I spot phishing emails?', locale: 'en', kind: 'list', titles: [T.phishing] },
  { q: 'Teams and SharePoint training', locale: 'en', kind: 'list', titles: [T.teams] },
  { q: 'calculating water and sewage charges', locale: 'en', kind: 'list', titles: [T.kag] },
  { q: 'e-file training', locale: 'en', kind: 'list', titles: [T.eakte] },
  // --- time and place filters, format, provider, trainer, audience, cost, length ---------------------------------------
  { q: "what's on this week?", locale: 'en', kind: 'list', titles: [T.phishing, T.melde] },
  { q: "what's happening next week?", locale: 'en', kind: 'list', titles: [T.vergabe, T.hgo, T.arbeitsschutz] },
  { q: 'anything on in a fortnight?', locale: 'en', kind: 'list', titles: [T.ki] },
  {
    miss: 'the summer break is no period the bot knows (the catalogue does not give the school holidays)',
    q: 'any sessions left before the summer break?',
    locale: 'en',
    kind: 'list',
    titles: [T.phishing, T.melde, T.vergabe, T.hgo, T.arbeitsschutz, T.ki],
  },
  { q: "what's on this coming Tuesday?", locale: 'en', kind: 'list', titles: [T.vergabe] },
  {
    q: 'is anything starting at 9am next week?',
    locale: 'en',
    kind: 'list',
    titles: [T.vergabe],
  },
  {
    q: 'what starts at half past two today?',
    locale: 'en',
    kind: 'list',
    titles: [T.phishing],
  },
  { q: 'any evening courses?', locale: 'en', kind: 'list', titles: [T.hgo] },
  { q: 'any afternoon sessions?', locale: 'en', kind: 'list', ...only(T.phishing, T.zeit) },
  {
    q: "what's on in October?",
    locale: 'en',
    kind: 'list',
    titles: [T.sprache, T.ersteHilfe, T.deeskalation, T.gespraeche, T.standesamt],
  },
  {
    q: 'which courses are online?',
    locale: 'en',
    kind: 'list',
    ...maybeAlso(only(T.phishing, T.teams, T.standesamt, T.excel), T.ki, T.kag),
  },
  { q: 'free courses in September', locale: 'en', kind: 'list', titles: [T.azubi, T.teams] },
  {
    q: 'courses that cost more than €200',
    locale: 'en',
    kind: 'list',
    ...only(T.vergabe, T.doppik, T.fuehrung, T.gespraeche),
  },
  {
    q: 'what does the Unfallkasse Hessen offer?',
    locale: 'en',
    kind: 'list',
    ...only(T.arbeitsschutz, T.ersteHilfe, T.brandschutz),
  },
  { q: 'courses run by Dr. Schäfer', locale: 'en', kind: 'list', ...only(T.vergabe, T.hgo) },
  {
    q: 'which courses run over several days?',
    locale: 'en',
    kind: 'list',
    ...only(T.azubi, T.fuehrung, T.gespraeche),
  },
  { q: 'anything for managers?', locale: 'en', kind: 'list', ...only(T.fuehrung, T.gespraeche) },
  { q: 'seminars in Hattersheim', locale: 'en', kind: 'list', ...only(T.melde, T.arbeitsschutz) },
  // --- gone, drafts never shown, no match, greeting --------------------------------------------------------------------
  { q: 'is the PowerPoint course still going ahead?', locale: 'en', kind: 'gone', gone: T.powerpoint },
  {
    miss: 'the cancelled "Kassensicherheit" is not found by "cash office security" (a compound of both), so the phishing course on security is listed',
    q: 'is the cash office security seminar still on?',
    locale: 'en',
    kind: 'gone',
    gone: T.kasse,
  },
  {
    q: 'when was the training for poll workers?',
    locale: 'en',
    kind: 'gone',
    gone: T.wahl,
    says: ['Wed, 26 Feb 2031'],
  },
  { q: 'property tax seminar', locale: 'en', kind: 'gone', gone: T.grundsteuer, says: ['Thu, 22 May 2031'] },
  { q: 'social media for the town hall', locale: 'en', kind: 'none' },
  { q: 'dog tax', locale: 'en', kind: 'none' },
  { q: 'anything in Hochheim?', locale: 'en', kind: 'none' },
  { q: 'Hi there!', locale: 'en', kind: 'help' },
];

heldoutSuite(
  'answering questions about a three-hundred-and-nineteenth, independent catalogue (Main-Taunus-Kreis, HVSV, HSGB, UKH, ekom21, VHS Main-Taunus-Kreis)',
  {
    fixture: 'heldout319-catalogue.json',
    now,
    timeZone: TZ,
    cases: CASES,
    titles: all,
    never: NEVER,
  },
);
