// "Meine Daten": a person sees what the bot keeps and can have it deleted; their seat goes to the next in line.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { outbox, registrations, users } from '../db/schema.js';
import { VERBS } from '../src/bot/verbs.js';
import { importCatalogue } from '../src/domain/catalogue-import.js';
import { startTestBot, type TestBot } from './support/bot.js';
import { describeEachEngine } from './support/db.js';
import { cardIssues } from './support/card-parser.js';
import { actionsOf, cardsOf, testUser, textOf } from './support/teams.js';

const now = '2026-11-23T10:00:00Z';

describeEachEngine('my data', ({ database }) => {
  let bot: TestBot;
  const anna = testUser(500, { name: 'Anna Beispiel' });
  const ben = testUser(501);
  const db = () => database().db;

  beforeAll(async () => {
    await importCatalogue(
      db(),
      {
        municipalities: [{ id: 'neuss', name: 'Stadt Neuss' }],
        seminars: [
          {
            id: 'ONE',
            title: 'E-Akte kompakt',
            format: 'online',
            capacity: 1,
            sessions: [{ start: '2027-03-02T09:00:00+01:00', end: '2027-03-02T12:00:00+01:00' }],
          },
        ],
      },
      { now: new Date(now) },
    );
    bot = await startTestBot(database(), { now });
    for (const u of [anna, ben]) {
      await bot.chat.say(u, 'Hallo');
      await db()
        .update(users)
        .set({ municipalityId: 'neuss', department: 'Hauptamt' })
        .where(eq(users.aadObjectId, u.aadObjectId));
      await bot.chat.turn(bot.chat.execute(u, VERBS.register, { seminarId: 'ONE' }));
    }
  });
  afterAll(async () => bot?.stop());

  it('shows what the bot keeps about the sender', async () => {
    const r = await bot.chat.say(anna, 'Meine Daten');
    const text = textOf(r);
    for (const shown of ['Anna Beispiel', anna.email, 'Stadt Neuss', 'Hauptamt', 'E-Akte kompakt'])
      expect(text).toContain(shown);
    expect(text).not.toContain(ben.email);
    expect(cardIssues(cardsOf(r)[0])).toEqual([]);
  });

  it('deletes it after a confirmation, and the seat goes to the next in line', async () => {
    const shown = await bot.chat.say(anna, 'Meine Daten');
    const del = actionsOf(cardsOf(shown)[0]).find((a) => a.title === 'Meine Daten löschen')!;
    const ask = await bot.chat.turn(bot.chat.execute(anna, del.verb!, del.data));
    expect(textOf(ask)).toContain('Wirklich alles löschen?');
    expect(cardIssues(ask.invokeCard!)).toEqual([]);
    const confirm = actionsOf(ask.invokeCard).find((a) => a.title === 'Endgültig löschen')!;
    const done = await bot.chat.turn(bot.chat.execute(anna, confirm.verb!, confirm.data));
    expect(textOf(done)).toContain('Ihre Daten sind gelöscht, und Sie sind von einem Seminar abgemeldet.');

    const [row] = await db().select().from(users).where(eq(users.aadObjectId, anna.aadObjectId));
    expect(row).toMatchObject({
      name: null,
      email: null,
      municipalityId: null,
      department: null,
      conversationReference: null,
    });
    expect(await db().select().from(registrations).where(eq(registrations.userId, anna.aadObjectId))).toEqual([]);
    expect(await db().select().from(outbox).where(eq(outbox.userId, anna.aadObjectId))).toEqual([]);
    const [benSeat] = await db()
      .select()
      .from(registrations)
      .where(and(eq(registrations.userId, ben.aadObjectId), eq(registrations.seminarId, 'ONE')));
    expect(benSeat.status).toBe('confirmed');
    await bot.running.delivery.drainOnce();
    expect(textOf({ out: bot.connector.to(ben.conversationId) })).toContain('Sie haben einen Platz!');
  });

  it('a forged confirmation only ever deletes the sender', async () => {
    const r = await bot.chat.turn(
      bot.chat.execute(testUser(502), VERBS.privacyDelete, { confirm: true, userId: ben.aadObjectId }),
    );
    expect(textOf(r)).toBe(
      'Ihre Daten sind gelöscht. Wenn Sie mir wieder schreiben, lege ich nur das Nötigste neu an.',
    );
    const [row] = await db().select().from(users).where(eq(users.aadObjectId, ben.aadObjectId));
    expect(row.name).toBe('Test Person 501');
  });
});
