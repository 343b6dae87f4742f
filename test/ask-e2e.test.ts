// Asking over HTTP against the real server: the reply's first text carries the asked fact, the card shows the
// seminar(s) with the button that fits, follow-ups refer to the seminar of the conversation, and the card buttons
// (help examples, Details, Mehr anzeigen) answer as typed text would.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildDemoCatalogue } from '../db/demo-catalogue.js';
import { importCatalogue } from '../src/domain/catalogue-import.js';
import { VERBS } from '../src/bot/verbs.js';
import { startTestBot, type TestBot } from './support/bot.js';
import { describeEachEngine } from './support/db.js';
import { actionsOf, cardsOf, testUser, textOf, type Reply } from './support/teams.js';

const now = new Date('2026-11-23T10:00:00Z');

const firstText = (r: Reply) => (r.out[0]?.text as string | undefined) ?? '';
const cardTitles = (card: Record<string, unknown>) => actionsOf(card).flatMap((a) => (a.title ? [a.title] : []));

describeEachEngine('asking the bot over HTTP', ({ database }) => {
  let bot: TestBot;
  beforeAll(async () => {
    await importCatalogue(database().db, buildDemoCatalogue(now), { now });
    bot = await startTestBot(database(), { now: now.toISOString() });
  });
  afterAll(async () => bot?.stop());

  it('answers the asked fact in the first sentence and shows that one seminar with "Anmelden"', async () => {
    const u = testUser(101);
    const r = await bot.chat.say(u, 'Was kostet der Scrum-Kurs?');
    expect(r.status).toBe(200);
    expect(r.out).toHaveLength(1);
    expect(firstText(r)).toMatch(/^Das Seminar „Agiles Projektmanagement mit Scrum“ kostet 390 €\./);
    const [card] = cardsOf(r);
    expect(card).toMatchObject({
      type: 'AdaptiveCard',
      version: '1.5',
      refresh: { action: { type: 'Action.Execute', verb: VERBS.refresh } },
    });
    const text = textOf(r);
    expect(text).toContain('Di., 19.01.2027, 09:00–16:00 Uhr');
    expect(text).toContain('Herr Markus Brandt');
    expect(text).toContain('noch 14 von 14 Plätzen frei');
    expect(cardTitles(card)).toEqual(['Anmelden']);
    // No other seminar's title anywhere in the reply.
    expect(text).not.toContain('Kanban');
  });

  it('answers a follow-up about the seminar of the conversation ("Was kostet das?")', async () => {
    const u = testUser(102);
    const first = await bot.chat.say(u, 'Wann ist der Excel-Kurs?');
    expect(firstText(first)).toContain(
      'Das Seminar „Excel kompakt: Formeln, Pivot-Tabellen und Diagramme“ findet am Di., 20.04.2027 von 13:00 bis 16:30 Uhr statt.',
    );
    const r = await bot.chat.say(u, 'Was kostet das?');
    expect(firstText(r)).toMatch(/^Das Seminar „Excel kompakt: Formeln, Pivot-Tabellen und Diagramme“ kostet 140 €\./);
    const where = await bot.chat.say(u, 'Und wo findet der statt?');
    expect(firstText(where)).toContain('in der TZG Akademie Glehn, Korschenbroich');
  });

  it('asks back when a follow-up has nothing to refer to', async () => {
    const r = await bot.chat.say(testUser(103), 'Was kostet das?');
    expect(firstText(r)).toContain('Welches Seminar meinen Sie?');
    expect(cardsOf(r)).toHaveLength(0);
  });

  it('lists the matching seminars of a topic in one card, each with date, place, seats, Details and Anmelden', async () => {
    const r = await bot.chat.say(testUser(104), 'Gibt es etwas zu Informationssicherheit?');
    expect(firstText(r)).toBe('Ich habe 5 passende Seminare gefunden.');
    const cards = cardsOf(r);
    expect(cards).toHaveLength(1);
    const text = textOf(r);
    for (const title of [
      'Informationssicherheit – Grundlagen für alle Beschäftigten',
      'Informationssicherheit für Führungskräfte',
      'Phishing und Social Engineering erkennen und abwehren',
      'BSI IT-Grundschutz in der Kommune – Praxisseminar',
      'IT-Notfallmanagement: vorbereitet sein auf Cyberangriffe und IT-Ausfälle',
    ]) {
      expect(text).toContain(title);
    }
    expect(text).toContain('Do., 17.12.2026, 09:00–12:00 Uhr');
    expect(text).toContain('online');
    expect(text).toContain('noch 24 von 24 Plätzen frei');
    const titles = cardTitles(cards[0]);
    expect(titles.filter((t) => t === 'Details')).toHaveLength(5);
    expect(titles.filter((t) => t === 'Anmelden')).toHaveLength(5);
    expect(titles).not.toContain('Mehr anzeigen');
  });

  it('shows the best 8 and "Mehr anzeigen", which brings the next ones', async () => {
    const u = testUser(105);
    const r = await bot.chat.say(u, 'Welche Seminare gibt es?');
    expect(firstText(r)).toBe('Ich habe 31 passende Seminare gefunden; hier sind die ersten 8.');
    const [card] = cardsOf(r);
    const more = actionsOf(card).find((a) => a.title === 'Mehr anzeigen');
    expect(more?.data).toEqual({ verb: VERBS.more });
    const next = await bot.chat.turn(bot.chat.submit(u, more!.data));
    expect(firstText(next)).toBe('Weitere Seminare (9 bis 16 von 31).');
    expect(actionsOf(cardsOf(next)[0]).filter((a) => a.title === 'Details')).toHaveLength(8);
  });

  it('"Details" on a list entry sends that seminar\'s card as a new message', async () => {
    const u = testUser(106);
    const r = await bot.chat.say(u, 'Gibt es etwas zu Kanban?');
    const details = actionsOf(cardsOf(r)[0]).find((a) => a.title === 'Details')!;
    expect(details.data).toMatchObject({ verb: VERBS.details });
    const d = await bot.chat.turn(bot.chat.submit(u, details.data));
    expect(d.out).toHaveLength(1);
    expect(textOf(d)).toContain('Kanban im Team: Aufgaben sichtbar machen und Arbeit steuern');
    expect(textOf(d)).toContain('Herr Markus Brandt');
    // and it becomes what the conversation is about
    expect(firstText(await bot.chat.say(u, 'Was kostet der?'))).toContain('kostet 110 €');
  });

  it('refuses a Details payload that is not a seminar reference', async () => {
    const r = await bot.chat.turn(bot.chat.submit(testUser(107), { verb: VERBS.details, seminarId: 42 }));
    expect(textOf(r)).toContain('Diese Eingabe konnte ich nicht verarbeiten');
  });

  it("answers the help card's example buttons exactly like the typed text", async () => {
    const u = testUser(108);
    const typed = await bot.chat.say(u, 'Was kostet der Scrum-Kurs?');
    const pressed = await bot.chat.turn(bot.chat.submit(u, { verb: 'ask', text: 'Was kostet der Scrum-Kurs?' }));
    expect(firstText(pressed)).toBe(firstText(typed));
    expect(textOf(pressed)).toBe(textOf(typed));
  });

  it('answers in English for an English client', async () => {
    const u = testUser(109, { locale: 'en-US' });
    const r = await bot.chat.say(u, 'How much is the Scrum course?');
    expect(firstText(r)).toMatch(/^The seminar "Agiles Projektmanagement mit Scrum" costs €390\./);
    expect(cardTitles(cardsOf(r)[0])).toEqual(['Register']);
  });

  it('reports a cancelled seminar asked for by name, and never offers it', async () => {
    const r = await bot.chat.say(testUser(110), 'Gibt es was zu Bürgerbeteiligung?');
    expect(firstText(r)).toBe(
      'Das Seminar „Digitale Bürgerbeteiligung mit Online-Plattformen“ wurde abgesagt und kann nicht gebucht werden.',
    );
    expect(cardsOf(r)).toHaveLength(0);
  });

  it('reports a past seminar as already held', async () => {
    const r = await bot.chat.say(testUser(111), 'Wann ist der Kurs zur E-Rechnung?');
    expect(firstText(r)).toBe(
      'Das Seminar „E-Rechnung in der Verwaltung: XRechnung empfangen und verarbeiten“ hat bereits am Mi., 04.11.2026 stattgefunden.',
    );
    expect(cardsOf(r)).toHaveLength(0);
  });

  it('says plainly when nothing matches and suggests topics that exist', async () => {
    const r = await bot.chat.say(testUser(112), 'Gibt es einen Töpferkurs?');
    expect(firstText(r)).toMatch(
      /^Dazu habe ich leider kein passendes Seminar gefunden\. Im Programm sind zum Beispiel Seminare zu diesen Themen: .*Informationssicherheit/,
    );
    expect(cardsOf(r)).toHaveLength(0);
  });

  it('says when a topic exists, but not in the asked period', async () => {
    const r = await bot.chat.say(testUser(118), 'Gibt es im Juni 2027 etwas zu Scrum?');
    expect(firstText(r)).toBe(
      'Dazu habe ich leider kein Seminar gefunden, das vom Di., 01.06.2027 bis Mi., 30.06.2027 stattfindet. Ein passendes Seminar gibt es am Di., 19.01.2027 – fragen Sie einfach ohne Zeitangabe.',
    );
    expect(cardsOf(r)).toEqual([]);
  });

  it('counts the seminars on a topic at other dates, and names the next, when the asked month only mentions it in passing', async () => {
    const r = await bot.chat.say(testUser(119), 'Gibt es im Februar etwas zu Informationssicherheit?');
    expect(firstText(r)).toBe(
      'Dazu habe ich leider kein Seminar gefunden, das vom Mo., 01.02.2027 bis So., 28.02.2027 stattfindet. Zu anderen Terminen gibt es 5 passende, das nächste beginnt am Do., 17.12.2026 – fragen Sie einfach ohne Zeitangabe.',
    );
    expect(cardsOf(r)).toEqual([]);
    const en = await bot.chat.say(testUser(120, { locale: 'en-US' }), 'Anything on information security in February?');
    expect(firstText(en)).toBe(
      'Sorry, I found no seminar on this that takes place between Mon, 1 Feb 2027 and Sun, 28 Feb 2027. There are 5 on other dates, the next starting on Thu, 17 Dec 2026 – just ask without the date.',
    );
  });

  it('says which restriction nothing passed, and how many there are without it', async () => {
    const r = await bot.chat.say(testUser(140), 'Gibt es Scrum auch online?');
    expect(firstText(r)).toBe(
      'Dazu habe ich leider kein Seminar gefunden, das online stattfindet. Insgesamt gibt es dazu ein passendes Seminar – fragen Sie einfach allgemeiner.',
    );
    expect(cardsOf(r)).toEqual([]);
    const en = await bot.chat.say(
      testUser(141, { locale: 'en-US' }),
      'Is there anything on data protection in the afternoon?',
    );
    expect(firstText(en)).toBe(
      'Sorry, I found no seminar on this that takes place in the afternoon. Altogether there is one seminar on this – just ask more generally.',
    );
  });

  it('says which budget nothing fits, in German and English', async () => {
    const r = await bot.chat.say(testUser(150), 'Gibt es Scrum auch für unter 100 Euro?');
    expect(firstText(r)).toBe(
      'Dazu habe ich leider kein Seminar gefunden, das weniger als 100 € kostet. Insgesamt gibt es dazu ein passendes Seminar – fragen Sie einfach allgemeiner.',
    );
    const en = await bot.chat.say(
      testUser(151, { locale: 'en-US' }),
      'Is there a Scrum course between 50 and 100 euros?',
    );
    expect(firstText(en)).toBe(
      'Sorry, I found no seminar on this that costs between €50 and €100. Altogether there is one seminar on this – just ask more generally.',
    );
  });

  it('says when nothing on a subject charges a fee', async () => {
    const r = await bot.chat.say(testUser(154), 'Gibt es kostenpflichtige Kurse zu Phishing?');
    expect(firstText(r)).toBe(
      'Dazu habe ich leider kein Seminar gefunden, das eine Gebühr kostet. Insgesamt gibt es dazu ein passendes Seminar – fragen Sie einfach allgemeiner.',
    );
    const en = await bot.chat.say(testUser(155, { locale: 'en-US' }), 'Are there paid courses on phishing?');
    expect(firstText(en)).toBe(
      'Sorry, I found no seminar on this that charges a fee. Altogether there is one seminar on this – just ask more generally.',
    );
  });

  it('answers "Gibt es den auch online?" of a seminar in person with the online ones of its subject', async () => {
    const user = testUser(156);
    await bot.chat.say(user, 'Wann ist Informationssicherheit für Führungskräfte?');
    const r = await bot.chat.say(user, 'Gibt es den auch online?');
    expect(firstText(r)).toBe('Dieses Seminar findet nicht online statt. Online gibt es zum selben Thema:');
    expect(textOf(r)).toContain('Informationssicherheit – Grundlagen für alle Beschäftigten');
    expect(textOf(r)).not.toContain('Informationssicherheit für Führungskräfte');
  });

  it('answers the dearest and the cheapest with their cost, not with the seminar talked about', async () => {
    const user = testUser(160);
    await bot.chat.say(user, 'Wann ist Informationssicherheit für Führungskräfte?');
    const r = await bot.chat.say(user, 'Was ist das teuerste Seminar?');
    expect(firstText(r)).toContain(
      'Das Seminar „Qualifizierung kommunale Digitallotsinnen und Digitallotsen“ kostet 900 €.',
    );
    const en = await bot.chat.say(testUser(161, { locale: 'en-US' }), 'Which paid course costs the least?');
    expect(firstText(en)).toContain('The seminar "Online-Besprechungen souverän moderieren" costs €95.');
  });

  it('says when nothing on a subject starts as late as asked', async () => {
    const r = await bot.chat.say(testUser(157), 'Gibt es Scrum auch ab 18 Uhr?');
    expect(firstText(r)).toBe(
      'Dazu habe ich leider kein Seminar gefunden, das um 18:00 Uhr oder später beginnt. Insgesamt gibt es dazu ein passendes Seminar – fragen Sie einfach allgemeiner.',
    );
    const en = await bot.chat.say(testUser(158, { locale: 'en-US' }), 'Is there Scrum after 6 pm?');
    expect(firstText(en)).toBe(
      'Sorry, I found no seminar on this that starts at 18:00 or later. Altogether there is one seminar on this – just ask more generally.',
    );
  });

  it('says which length nothing fits', async () => {
    const r = await bot.chat.say(testUser(152), 'Gibt es Scrum auch kürzer als zwei Stunden?');
    expect(firstText(r)).toBe(
      'Dazu habe ich leider kein Seminar gefunden, das kürzer als 2 Stunden dauert. Insgesamt gibt es dazu ein passendes Seminar – fragen Sie einfach allgemeiner.',
    );
    const en = await bot.chat.say(testUser(153, { locale: 'en-US' }), 'Is there Scrum in at most one hour?');
    expect(firstText(en)).toBe(
      'Sorry, I found no seminar on this that lasts at most 1 hour. Altogether there is one seminar on this – just ask more generally.',
    );
  });

  it('answers a quiet week with the day the next seminar begins, not with topics', async () => {
    const r = await bot.chat.say(testUser(142), 'Was läuft diese Woche?');
    expect(firstText(r)).toBe(
      'Leider habe ich kein Seminar gefunden, das vom Mo., 23.11.2026 bis So., 29.11.2026 stattfindet. Das nächste Seminar danach beginnt am Do., 17.12.2026.',
    );
    const both = await bot.chat.say(testUser(143), 'Welche Seminare sind kostenlos und auf Englisch?');
    expect(firstText(both)).toBe(
      'Leider habe ich kein Seminar gefunden, das kostenlos ist und auf Englisch stattfindet.',
    );
  });

  it('reports a cancelled seminar even when the question restricts it otherwise', async () => {
    const r = await bot.chat.say(testUser(144), 'Gibt es etwas zu Bürgerbeteiligung online?');
    expect(firstText(r)).toBe(
      'Das Seminar „Digitale Bürgerbeteiligung mit Online-Plattformen“ wurde abgesagt und kann nicht gebucht werden.',
    );
  });

  it('never shows a draft', async () => {
    const r = await bot.chat.say(testUser(113), 'Gibt es etwas zur KI-Verordnung für Führungskräfte?');
    expect(textOf(r)).not.toContain('Strategie, Governance und KI-Verordnung');
  });

  it('answers thanks and goodbyes politely instead of searching for them', async () => {
    const r = await bot.chat.say(testUser(121), 'Danke!');
    expect(firstText(r)).toBe('Gern geschehen! Fragen Sie jederzeit wieder, wenn Sie ein Seminar suchen.');
    expect(cardsOf(r)).toEqual([]);
    const en = await bot.chat.say(testUser(122, { locale: 'en-US' }), 'thanks, bye');
    expect(firstText(en)).toBe("You're welcome! Ask me again whenever you are looking for a seminar.");
  });

  it('still greets on "Hallo" (the greeting route comes before questions)', async () => {
    const r = await bot.chat.say(testUser(114), 'Hallo');
    expect(textOf(r)).toContain('Willkommen beim Seminar-Lotsen');
  });
});
