import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outbox, registrations } from '../db/schema.js';
import { importCatalogue } from '../src/domain/catalogue-import.js';
import { planReminders } from '../src/domain/reminders.js';
import { startScheduler } from '../src/scheduler.js';
import { startTestBot, type TestBot } from './support/bot.js';
import { describeEachEngine } from './support/db.js';
import { testUser, textOf } from './support/teams.js';

const logger = pino({ level: 'silent' });

describe('the scheduler tick', () => {
  it('never overlaps, survives a failing tick and waits for the tick in progress on stop', async () => {
    let running = 0;
    let maxRunning = 0;
    let ticks = 0;
    let release: () => void = () => {};
    const scheduler = startScheduler({
      cron: '* * * * *',
      timezone: 'Europe/Berlin',
      logger,
      tick: async () => {
        ticks++;
        running++;
        maxRunning = Math.max(maxRunning, running);
        try {
          if (ticks === 1) throw new Error('database gone for a moment');
          await new Promise<void>((r) => (release = r));
        } finally {
          running--;
        }
      },
    });
    await scheduler.runTick(); // fails, logged, not thrown
    const second = scheduler.runTick();
    const third = scheduler.runTick(); // skipped while the second is busy
    await new Promise((r) => setTimeout(r, 20));
    expect(ticks).toBe(2);
    let stopped = false;
    const stopping = scheduler.stop().then(() => (stopped = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(stopped).toBe(false);
    release();
    await Promise.all([second, third, stopping]);
    expect(stopped).toBe(true);
    expect(maxRunning).toBe(1);
    await scheduler.runTick();
    expect(ticks).toBe(2);
  });
});

describeEachEngine('the running bot with its cron tick', ({ database }) => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot(database(), {
      now: '2027-03-01T07:59:00Z',
      scheduler: true,
      env: { SCHEDULER_CRON: '* * * * * *' },
    });
  });
  afterAll(async () => bot?.stop());

  it('delivers a due reminder by itself and shows the outbox in /healthz', async () => {
    const now = bot.clock.now();
    await importCatalogue(
      database().db,
      {
        seminars: [
          {
            id: 'CRON-1',
            title: 'Digitale Akte',
            format: 'online',
            onlineUrl: 'https://meet.example.org/akte',
            capacity: 5,
            sessions: [{ start: '2027-03-02T08:00:00Z', end: '2027-03-02T09:00:00Z' }],
          },
        ],
      },
      { now },
    );
    const u = testUser(51);
    await bot.chat.say(u, 'Hallo');
    const [reg] = await database()
      .db.insert(registrations)
      .values({ seminarId: 'CRON-1', userId: u.aadObjectId, status: 'confirmed', createdAt: now, updatedAt: now })
      .returning();
    expect(await planReminders(database().db, reg, [86_400_000], now)).toBe(1);
    bot.clock.set('2027-03-01T08:00:00Z');
    const got = await bot.connector.waitFor(
      (s) => s.conversationId === u.conversationId && /Erinnerung/.test(textOf({ out: [s.activity] })),
      1,
      5000,
    );
    expect(got).toHaveLength(1);
    expect(textOf({ out: [got[0].activity] })).toContain('https://meet.example.org/akte');
    // The connector has it; the row is marked sent right after the answer.
    const statusOf = async () =>
      (await database().db.select().from(outbox).where(eq(outbox.userId, u.aadObjectId)))[0].status;
    for (let i = 0; i < 50 && (await statusOf()) !== 'sent'; i++) await new Promise((r) => setTimeout(r, 20));
    expect(await statusOf()).toBe('sent');

    const health = (await (await fetch(`${bot.running.url}/healthz`)).json()) as {
      outbox: { sent: number; pending: number; byKind: Record<string, unknown> };
    };
    expect(health.outbox).toMatchObject({ sent: 1, pending: 0, byKind: { reminder: { sent: 1 } } });
  });
});
