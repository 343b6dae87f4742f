import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { outbox, users } from '../db/schema.js';
import { claimDue, computeBackoff, enqueue, markSent, releaseClaims, cancelPending } from '../src/domain/outbox.js';
import { describeEachEngine } from './support/db.js';

const now = new Date('2026-11-23T10:00:00Z');
const at = (ms: number) => new Date(now.getTime() + ms);

describe('backoff', () => {
  it('grows exponentially from 2 s, is capped at 15 minutes and jitters within the upper half', () => {
    expect([1, 2, 3, 4].map((n) => computeBackoff(n, 1))).toEqual([2000, 4000, 8000, 16000]);
    expect(computeBackoff(1, 0)).toBe(1000);
    expect(computeBackoff(30, 1)).toBe(15 * 60_000);
    expect(computeBackoff(30, 0)).toBe(7.5 * 60_000);
    for (let i = 0; i < 50; i++) {
      const d = computeBackoff(5, Math.random());
      expect(d).toBeGreaterThanOrEqual(16_000);
      expect(d).toBeLessThanOrEqual(32_000);
    }
  });
});

describeEachEngine('the outbox table', ({ db }) => {
  it("claims due rows once; a crashed worker's claim comes back after the lease", async () => {
    await db()
      .insert(users)
      .values([{ aadObjectId: 'u-1' }, { aadObjectId: 'u-2', reachable: false }]);
    expect(
      await enqueue(
        db(),
        [
          { userId: 'u-1', kind: 'test', payload: {}, dedupeKey: 'k-due', dueAt: now },
          { userId: 'u-1', kind: 'test', payload: {}, dedupeKey: 'k-later', dueAt: at(60_000) },
        ],
        now,
      ),
    ).toBe(2);
    const first = await claimDue(db(), 10, now, 30_000);
    expect(first.map((r) => [r.dedupeKey, r.attempts])).toEqual([['k-due', 1]]);
    expect(await claimDue(db(), 10, at(1000), 30_000)).toEqual([]); // leased
    // The worker "crashed": nothing marked. After the lease the row is due again, as a second attempt.
    const again = await claimDue(db(), 10, at(30_000), 30_000);
    expect(again.map((r) => [r.dedupeKey, r.attempts])).toEqual([['k-due', 2]]);
    await markSent(db(), again[0].id, at(30_000));
    const later = await claimDue(db(), 10, at(60_000), 30_000);
    expect(later.map((r) => r.dedupeKey)).toEqual(['k-later']);
    await releaseClaims(db(), [later[0].id], at(61_000));
    const [released] = await db().select().from(outbox).where(eq(outbox.dedupeKey, 'k-later'));
    expect(released).toMatchObject({ status: 'pending', attempts: 0 });
    expect(released.nextAttemptAt.toISOString()).toBe(at(61_000).toISOString());
  });

  it('respects the claim limit and hands concurrent claimers different rows', async () => {
    await enqueue(
      db(),
      Array.from({ length: 30 }, (_, i) => ({
        userId: 'u-1',
        kind: 'bulk',
        payload: { i },
        dedupeKey: `bulk-${i}`,
        dueAt: now,
      })),
      now,
    );
    const claims = await Promise.all([0, 1, 2].map(() => claimDue(db(), 8, at(120_000), 60_000)));
    const ids = claims.flat().map((r) => r.id);
    expect(claims.every((c) => c.length <= 8)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(24);
  });

  it('a row for an unreachable user is recorded, never sent', async () => {
    await enqueue(db(), { userId: 'u-2', kind: 'test', payload: {}, dedupeKey: 'k-gone', dueAt: now }, now);
    const [row] = await db().select().from(outbox).where(eq(outbox.dedupeKey, 'k-gone'));
    expect(row.status).toBe('unreachable');
  });

  it('cancels pending rows by user, seminar and kind', async () => {
    await enqueue(
      db(),
      { userId: 'u-1', kind: 'other', payload: {}, dedupeKey: 'k-other', dueAt: at(10 * 60_000) },
      now,
    );
    expect(await cancelPending(db(), { userId: 'u-1', kind: ['other', 'nothing'] }, now)).toBe(1);
    const rows = await db()
      .select()
      .from(outbox)
      .where(and(eq(outbox.userId, 'u-1'), eq(outbox.kind, 'other')));
    expect(rows.map((r) => r.status)).toEqual(['cancelled']);
    await expect(cancelPending(db(), {}, now)).rejects.toThrow(/filter/);
  });
});
