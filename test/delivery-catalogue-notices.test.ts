import fs from 'node:fs';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { outbox, registrations } from '../db/schema.js';
import { catalogueEffects } from '../src/domain/catalogue-effects.js';
import { importCatalogue } from '../src/domain/catalogue-import.js';
import { planReminders } from '../src/domain/reminders.js';
import { startTestBot, type TestBot } from './support/bot.js';
import { describeEachEngine } from './support/db.js';
import { testUser, textOf, type TestUser } from './support/teams.js';

const DAY = 86_400_000;
const OFFSETS = [7 * DAY, DAY];
const file = () => JSON.parse(fs.readFileSync(new URL('./fixtures/small-catalogue.json', import.meta.url), 'utf8'));

describeEachEngine('notices when the catalogue changes', ({ database }) => {
  let bot: TestBot;
  const db = () => database().db;
  const effects = catalogueEffects({ reminderOffsetsMs: OFFSETS });
  const seated = testUser(41);
  const waiting = testUser(42);
  const scrumSeated = testUser(43);
  const bystander = testUser(44);

  beforeAll(async () => {
    bot = await startTestBot(database(), { now: '2026-11-23T10:00:00Z' });
    await importCatalogue(db(), file(), { now: bot.clock.now(), effects });
    for (const u of [seated, waiting, scrumSeated, bystander]) await bot.chat.say(u, 'Hallo');
    const now = bot.clock.now();
    const regs = await db()
      .insert(registrations)
      .values([
        { seminarId: 'TZG-2027-014', userId: seated.aadObjectId, status: 'confirmed', createdAt: now, updatedAt: now },
        {
          seminarId: 'TZG-2027-014',
          userId: waiting.aadObjectId,
          status: 'waitlisted',
          waitlistPosition: 1,
          createdAt: now,
          updatedAt: now,
        },
        {
          seminarId: 'TZG-2027-015',
          userId: scrumSeated.aadObjectId,
          status: 'confirmed',
          createdAt: now,
          updatedAt: now,
        },
        {
          seminarId: 'TZG-2027-015',
          userId: waiting.aadObjectId,
          status: 'waitlisted',
          waitlistPosition: 1,
          createdAt: now,
          updatedAt: now,
        },
      ])
      .returning();
    for (const r of regs) await planReminders(db(), r, OFFSETS, now);
    await bot.running.delivery.drainOnce();
  });
  afterAll(async () => bot?.stop());

  const noticesTo = (u: TestUser) =>
    bot.connector
      .to(u.conversationId)
      .filter((a) => a.attachments?.length && !/Willkommen|So kann ich/.test(textOf({ out: [a] })));

  it('tells those registered of new times, everyone registered or waiting of a cancellation — once', async () => {
    const f = file();
    f.seminars[0].sessions[0] = { start: '2027-03-03T09:00:00+01:00', end: '2027-03-03T16:00:00+01:00' };
    f.seminars[1].status = 'cancelled';
    const r = await importCatalogue(db(), f, { now: bot.clock.now(), effects });
    expect(r.changes.map((c) => c.kind)).toEqual(['rescheduled', 'cancelled']);
    await bot.running.delivery.drainOnce();

    const moved = textOf({ out: noticesTo(seated) });
    expect(moved).toContain('Geänderte Termine: Prozessmanagement in der Verwaltung');
    expect(moved).toContain('Mi., 03.03.2027, 09:00–16:00 Uhr');
    expect(noticesTo(seated)).toHaveLength(1);

    const cancelledScrum = textOf({ out: noticesTo(scrumSeated) });
    expect(cancelledScrum).toContain('Seminar abgesagt: Agiles Projektmanagement mit Scrum');
    expect(cancelledScrum).toContain(
      'Das Seminar „Agiles Projektmanagement mit Scrum“ am Di., 13.04.2027 wurde leider abgesagt.',
    );
    // The waitlisted person hears of the cancellation, not of the new times of the other seminar.
    expect(noticesTo(waiting).map((a) => textOf({ out: [a] }))).toEqual([expect.stringContaining('Seminar abgesagt')]);
    expect(noticesTo(bystander)).toHaveLength(0);

    // The same file again: no change, nobody is told anything again.
    const again = await importCatalogue(db(), f, { now: bot.clock.now(), effects });
    expect(again.changes).toEqual([]);
    await bot.running.delivery.drainOnce();
    expect(noticesTo(seated)).toHaveLength(1);
    expect(noticesTo(scrumSeated)).toHaveLength(1);
    expect(noticesTo(waiting)).toHaveLength(1);
  });

  it('re-plans the reminders for the new first session and cancels those of the cancelled seminar', async () => {
    const pending = await db()
      .select()
      .from(outbox)
      .where(and(eq(outbox.kind, 'reminder'), eq(outbox.status, 'pending')));
    expect(pending.map((r) => [r.userId, r.dueAt.toISOString()]).sort()).toEqual(
      [
        [seated.aadObjectId, '2027-02-24T08:00:00.000Z'],
        [seated.aadObjectId, '2027-03-02T08:00:00.000Z'],
      ].sort(),
    );
    const scrumReminders = await db()
      .select()
      .from(outbox)
      .where(and(eq(outbox.kind, 'reminder'), eq(outbox.seminarId, 'TZG-2027-015')));
    expect(scrumReminders.map((r) => r.status)).toEqual(['cancelled', 'cancelled']);

    bot.clock.set('2027-03-02T08:30:00Z');
    await bot.running.delivery.drainOnce();
    const reminders = bot.connector.to(seated.conversationId).filter((a) => /Erinnerung/.test(textOf({ out: [a] })));
    expect(reminders).toHaveLength(1);
    expect(textOf({ out: reminders })).toContain('beginnt morgen, am Mi., 03.03.2027 um 09:00 Uhr');
  });
});
