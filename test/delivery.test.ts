import { eq, inArray } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/client.js';
import { outbox, users } from '../db/schema.js';
import { createAdapter } from '../src/bot/app.js';
import { textMessage } from '../src/bot/cards.js';
import { loadConfig, type Config } from '../src/config.js';
import { TestClock } from '../src/domain/clock.js';
import { enqueue, outboxCounts, type OutboxMessage } from '../src/domain/outbox.js';
import { recordUser } from '../src/domain/users.js';
import { createSender, type Sender } from '../src/delivery/sender.js';
import { startConnector, type FakeConnector } from './support/connector.js';
import { describeEachEngine } from './support/db.js';
import { TENANT, testUser, type TestUser } from './support/teams.js';

const logger = pino({ level: 'silent' });
const START = '2026-11-23T10:00:00Z';

/** A user recorded as if they had written to the bot: their personal chat is at the fake connector. */
async function knownUser(db: Db, connector: FakeConnector, n: number, clock: TestClock): Promise<TestUser> {
  const u = testUser(n);
  await recordUser(
    db,
    {
      aadObjectId: u.aadObjectId,
      tenantId: TENANT,
      teamsUserId: u.id,
      name: u.name,
      locale: 'de',
      conversationId: u.conversationId,
      conversationReference: {
        channelId: 'msteams',
        serviceUrl: connector.url,
        conversation: { id: u.conversationId, conversationType: 'personal', tenantId: TENANT },
        user: { id: u.id, aadObjectId: u.aadObjectId },
        bot: { id: '28:bot-under-test', name: 'Seminar-Lotse' },
      },
    },
    clock.now(),
  );
  return u;
}

/** A sender as `npm start` builds it, with a plain-text kind for the tests. */
function sender(
  db: Db,
  clock: TestClock,
  env: Record<string, string> = {},
  batchSize?: number,
): { sender: Sender; config: Config } {
  const config = loadConfig({ LOG_LEVEL: 'silent', SEND_RATE: '1000', ...env });
  const deps = { db, config, clock, logger };
  const s = createSender({
    ...deps,
    adapter: createAdapter(deps),
    renderers: { 'test.text': async ({ row }) => textMessage(String(row.payload.text)) },
    random: () => 0.5,
    batchSize,
  });
  return { sender: s, config };
}

const message = (u: TestUser, key: string, clock: TestClock, extra: Partial<OutboxMessage> = {}): OutboxMessage => ({
  userId: u.aadObjectId,
  kind: 'test.text',
  payload: { text: key },
  dedupeKey: key,
  dueAt: clock.now(),
  ...extra,
});

const texts = (c: FakeConnector) => c.sent.map((s) => String(s.activity.text));

describeEachEngine('outbox delivery', ({ db }) => {
  let connector: FakeConnector;
  let clock: TestClock;
  beforeAll(async () => {
    connector = await startConnector();
    clock = new TestClock(START);
  });
  afterAll(async () => connector?.close());

  it('a dedupe key is enqueued once', async () => {
    const u = await knownUser(db(), connector, 21, clock);
    expect(await enqueue(db(), [message(u, 'once-1', clock), message(u, 'once-1', clock)], clock.now())).toBe(1);
    expect(await enqueue(db(), message(u, 'once-1', clock), clock.now())).toBe(0);
    const { sender: s } = sender(db(), clock);
    expect((await s.drainOnce()).sent).toBe(1);
    expect(texts(connector).filter((t) => t === 'once-1')).toHaveLength(1);
  });

  it('a connector that answers 429 with Retry-After and then 200 gets every message delivered once', async () => {
    const u = await knownUser(db(), connector, 22, clock);
    const refused = new Set<string>();
    connector.respond = (_conv, activity) => {
      const text = String(activity.text);
      if (!text.startsWith('busy-') || refused.has(text)) return undefined;
      refused.add(text);
      return { status: 429, headers: { 'Retry-After': '7' } };
    };
    await enqueue(
      db(),
      [1, 2, 3].map((i) => message(u, `busy-${i}`, clock)),
      clock.now(),
    );
    const { sender: s } = sender(db(), clock);
    const first = await s.drainOnce();
    expect(first).toMatchObject({ sent: 0, retried: 3 });
    const rows = await db().select().from(outbox).where(eq(outbox.userId, u.aadObjectId));
    // Retry-After (7 s) is honoured, from the clock.
    expect(rows.map((r) => r.nextAttemptAt.getTime() - clock.now().getTime())).toEqual([7000, 7000, 7000]);
    expect(rows[0].lastError).toMatch(/429/);

    clock.advance(6_000);
    expect((await s.drainOnce()).claimed).toBe(0);
    clock.advance(1_000);
    expect((await s.drainOnce()).sent).toBe(3);
    expect((await s.drainOnce()).claimed).toBe(0);
    expect(
      texts(connector)
        .filter((t) => t.startsWith('busy-'))
        .sort(),
    ).toEqual(['busy-1', 'busy-2', 'busy-3']);
    connector.respond = undefined;
  });

  it('retries server errors with growing backoff and marks the message failed after the last attempt, keeping the error', async () => {
    const u = await knownUser(db(), connector, 23, clock);
    connector.respond = (conv) => (conv === u.conversationId ? { status: 503 } : undefined);
    await enqueue(db(), message(u, 'flaky-1', clock), clock.now());
    const { sender: s } = sender(db(), clock, { SEND_MAX_ATTEMPTS: '3' });
    const delays: number[] = [];
    for (let i = 0; i < 3; i++) {
      await s.drainOnce();
      const [row] = await db().select().from(outbox).where(eq(outbox.dedupeKey, 'flaky-1'));
      if (row.status === 'pending') {
        delays.push(row.nextAttemptAt.getTime() - clock.now().getTime());
        clock.set(row.nextAttemptAt);
      }
    }
    expect(delays).toEqual([1500, 3000]); // 2 s, 4 s with jitter 0.5 (equal jitter: 75 %)
    const [row] = await db().select().from(outbox).where(eq(outbox.dedupeKey, 'flaky-1'));
    expect(row).toMatchObject({ status: 'failed', attempts: 3 });
    expect(row.lastError).toMatch(/503/);
    connector.respond = undefined;
  });

  it('a 403 marks the user unreachable and stops every further send to them', async () => {
    const u = await knownUser(db(), connector, 24, clock);
    const other = await knownUser(db(), connector, 25, clock);
    let refusals = 0;
    connector.respond = (conv) => {
      if (conv !== u.conversationId) return undefined;
      refusals++;
      return { status: 403 };
    };
    await enqueue(db(), [message(u, 'blocked-1', clock), message(other, 'fine-1', clock)], clock.now());
    await enqueue(
      db(),
      message(u, 'blocked-later', clock, { dueAt: new Date(clock.now().getTime() + 60_000) }),
      clock.now(),
    );
    const { sender: s } = sender(db(), clock);
    await s.drainOnce();
    expect(refusals).toBe(1);
    const [user] = await db().select().from(users).where(eq(users.aadObjectId, u.aadObjectId));
    expect(user.reachable).toBe(false);
    expect(user.unreachableReason).toMatch(/403/);
    const rows = await db().select().from(outbox).where(eq(outbox.userId, u.aadObjectId));
    expect(rows.map((r) => r.status).sort()).toEqual(['unreachable', 'unreachable']);
    expect(texts(connector)).toContain('fine-1');

    await enqueue(db(), message(u, 'blocked-2', clock), clock.now());
    clock.advance(120_000);
    await s.drainOnce();
    expect(refusals).toBe(1);
    const [late] = await db().select().from(outbox).where(eq(outbox.dedupeKey, 'blocked-2'));
    expect(late.status).toBe('unreachable');
    connector.respond = undefined;
  });

  it('a 404 (user gone) marks unreachable too; a 400 fails the message at once', async () => {
    const gone = await knownUser(db(), connector, 26, clock);
    const bad = await knownUser(db(), connector, 27, clock);
    connector.respond = (conv) =>
      conv === gone.conversationId ? { status: 404 } : conv === bad.conversationId ? { status: 400 } : undefined;
    await enqueue(db(), [message(gone, 'gone-1', clock), message(bad, 'bad-1', clock)], clock.now());
    await sender(db(), clock).sender.drainOnce();
    const rows = await db()
      .select()
      .from(outbox)
      .where(inArray(outbox.dedupeKey, ['gone-1', 'bad-1']));
    expect(Object.fromEntries(rows.map((r) => [r.dedupeKey, r.status]))).toEqual({
      'gone-1': 'unreachable',
      'bad-1': 'failed',
    });
    connector.respond = undefined;
  });

  it('a message past its expiry is not sent', async () => {
    const u = await knownUser(db(), connector, 28, clock);
    await enqueue(
      db(),
      message(u, 'stale-1', clock, { expiresAt: new Date(clock.now().getTime() + 1000) }),
      clock.now(),
    );
    clock.advance(2000);
    await sender(db(), clock).sender.drainOnce();
    const [row] = await db().select().from(outbox).where(eq(outbox.dedupeKey, 'stale-1'));
    expect(row.status).toBe('expired');
    expect(texts(connector)).not.toContain('stale-1');
  });

  it('opens the 1:1 chat for a user known only by their Teams id, and keeps its reference', async () => {
    const u = testUser(29);
    await knownUser(db(), connector, 30, clock); // someone of the tenant whose reference tells the service URL
    await db()
      .insert(users)
      .values({ aadObjectId: u.aadObjectId, tenantId: TENANT, teamsUserId: u.id, name: u.name, locale: 'de' });
    connector.members.set(u.aadObjectId, {
      id: u.id,
      aadObjectId: u.aadObjectId,
      name: u.name,
      conversationId: u.conversationId,
    });
    await enqueue(db(), message(u, 'first-contact', clock), clock.now());
    expect((await sender(db(), clock).sender.drainOnce()).sent).toBe(1);
    expect(connector.to(u.conversationId).map((a) => a.text)).toEqual(['first-contact']);
    const [user] = await db().select().from(users).where(eq(users.aadObjectId, u.aadObjectId));
    expect(user.conversationReference).toMatchObject({ conversation: { id: u.conversationId } });
  });

  it('counts the outbox by status and kind', async () => {
    const counts = await outboxCounts(db(), clock.now());
    expect(counts.sent).toBeGreaterThan(0);
    expect(counts.byKind['test.text']).toMatchObject({ unreachable: 4, failed: 2, expired: 1 });
  });
});

describeEachEngine('two outbox workers on one database', ({ db }) => {
  it('never send a row twice and lose none', async () => {
    const connector = await startConnector();
    const clock = new TestClock(START);
    try {
      const people = await Promise.all(
        Array.from({ length: 20 }, (_, i) => knownUser(db(), connector, 100 + i, clock)),
      );
      const messages = people.flatMap((u, i) => Array.from({ length: 15 }, (_, j) => message(u, `m-${i}-${j}`, clock)));
      expect(await enqueue(db(), messages, clock.now())).toBe(300);
      // A few transient refusals, so that rows also come back for a second claim.
      let n = 0;
      connector.respond = () => (++n % 17 === 0 ? { status: 500 } : undefined);
      // Small batches, so that both workers claim while the other is sending.
      const a = sender(db(), clock, { SEND_RATE: '1000' }, 7).sender;
      const b = sender(db(), clock, { SEND_RATE: '1000' }, 7).sender;
      for (let round = 0; round < 6; round++) {
        const [ra, rb] = await Promise.all([a.drainOnce(), b.drainOnce()]);
        if (round === 0) {
          expect(ra.claimed + rb.claimed).toBe(300);
          expect(ra.claimed).toBeGreaterThan(0);
          expect(rb.claimed).toBeGreaterThan(0);
        }
        clock.advance(60_000);
      }
      const sent = texts(connector);
      expect(sent).toHaveLength(300);
      expect(new Set(sent).size).toBe(300);
      const rows = await db().select({ status: outbox.status }).from(outbox);
      expect(rows.every((r) => r.status === 'sent')).toBe(true);
    } finally {
      await connector.close();
    }
  });
});

describeEachEngine('stopping a worker mid-drain', ({ db }) => {
  it('finishes the sends under way and gives the claimed rest back, due at once and without counting an attempt', async () => {
    const connector = await startConnector();
    const clock = new TestClock(START);
    try {
      const u = await knownUser(db(), connector, 300, clock);
      await enqueue(
        db(),
        Array.from({ length: 20 }, (_, i) => message(u, `stop-${i}`, clock)),
        clock.now(),
      );
      const s = sender(db(), clock, { SEND_RATE: '10' }).sender; // one send per 100 ms
      const draining = s.drainOnce();
      await connector.waitFor(() => true, 3);
      s.stop();
      const summary = await draining;
      expect(summary.claimed).toBe(20);
      expect(summary.sent + summary.released).toBe(20);
      expect(summary.released).toBeGreaterThan(0);
      const rows = await db().select().from(outbox).where(eq(outbox.userId, u.aadObjectId));
      const pending = rows.filter((r) => r.status === 'pending');
      expect(pending).toHaveLength(summary.released);
      expect(pending.every((r) => r.attempts === 0 && r.nextAttemptAt.getTime() <= clock.now().getTime())).toBe(true);
      expect(connector.sent).toHaveLength(summary.sent);
      // Another worker picks them up and sends each once.
      expect((await sender(db(), clock).sender.drainOnce()).sent).toBe(summary.released);
      expect(new Set(texts(connector)).size).toBe(20);
      expect(texts(connector)).toHaveLength(20);
    } finally {
      await connector.close();
    }
  });
});

describe('the rate limit', () => {
  describeEachEngine('sending at SEND_RATE', ({ db }) => {
    it('spaces the sends evenly at SEND_RATE', async () => {
      const connector = await startConnector();
      const clock = new TestClock(START);
      try {
        const u = await knownUser(db(), connector, 200, clock);
        await enqueue(
          db(),
          Array.from({ length: 16 }, (_, i) => message(u, `rate-${i}`, clock)),
          clock.now(),
        );
        const s = sender(db(), clock, { SEND_RATE: '10' }).sender;
        const t0 = Date.now();
        expect((await s.drainOnce()).sent).toBe(16);
        const elapsed = Date.now() - t0;
        expect(elapsed).toBeGreaterThanOrEqual(1400); // 15 intervals of 100 ms
        const at = connector.sent.map((x) => x.at).sort((x, y) => x - y);
        // Spaced 100 ms apart when sent; arrival times jitter under load, so one extra is tolerated in a window.
        for (let i = 0; i < at.length; i++)
          expect(at.filter((t) => t >= at[i] && t < at[i] + 1000).length).toBeLessThanOrEqual(12);
      } finally {
        await connector.close();
      }
    });
  });
});
