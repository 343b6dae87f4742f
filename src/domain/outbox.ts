// The outbox: every proactive message is a row here. Every statement is a named function (the way pg-boss keeps
// its plans), so the life of a row reads in one place: enqueue → claimDue → markSent | markRetry | markFailed |
// markUnreachable | markExpired | markCancelled. A claim is a lease: it bumps `attempts` and pushes
// `next_attempt_at` forward, so a row claimed by a process that crashed becomes due again by itself.
import { and, eq, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { queryRows } from '../../db/client.js';
import { outbox, users, type OutboxRow } from '../../db/schema.js';

export interface OutboxMessage {
  userId: string;
  kind: string;
  payload: Record<string, unknown>;
  dedupeKey: string;
  dueAt: Date;
  expiresAt?: Date | null;
  seminarId?: string | null;
  broadcastId?: number | null;
}

export type OutboxStatus = OutboxRow['status'];

/** Inserts; a row whose dedupe key exists already is skipped. Returns how many were inserted. */
export async function enqueue(tx: DbOrTx, messages: OutboxMessage | OutboxMessage[], now: Date): Promise<number> {
  const list = Array.isArray(messages) ? messages : [messages];
  if (!list.length) return 0;
  // A user known to be unreachable gets the row as a record (broadcast reports count it), but never a send.
  const ids = [...new Set(list.map((m) => m.userId))];
  const gone = new Set(
    (
      await tx
        .select({ id: users.aadObjectId })
        .from(users)
        .where(and(inArray(users.aadObjectId, ids), eq(users.reachable, false)))
    ).map((u) => u.id),
  );
  let inserted = 0;
  // Chunks keep the statement below PostgreSQL's parameter limit for large broadcasts.
  for (let i = 0; i < list.length; i += 1000) {
    const rows = await tx
      .insert(outbox)
      .values(
        list.slice(i, i + 1000).map((m) => ({
          userId: m.userId,
          kind: m.kind,
          payload: m.payload,
          dedupeKey: m.dedupeKey,
          seminarId: m.seminarId ?? null,
          broadcastId: m.broadcastId ?? null,
          dueAt: m.dueAt,
          expiresAt: m.expiresAt ?? null,
          nextAttemptAt: m.dueAt,
          status: gone.has(m.userId) ? ('unreachable' as const) : ('pending' as const),
          lastError: gone.has(m.userId) ? 'user unreachable' : null,
          createdAt: now,
        })),
      )
      .onConflictDoNothing({ target: outbox.dedupeKey })
      .returning({ id: outbox.id });
    inserted += rows.length;
  }
  return inserted;
}

export interface OutboxFilter {
  userId?: string;
  seminarId?: string;
  kind?: string | string[];
}

function pendingWhere(filter: OutboxFilter): SQL {
  const conds: SQL[] = [eq(outbox.status, 'pending')];
  if (filter.userId) conds.push(eq(outbox.userId, filter.userId));
  if (filter.seminarId) conds.push(eq(outbox.seminarId, filter.seminarId));
  if (filter.kind)
    conds.push(Array.isArray(filter.kind) ? inArray(outbox.kind, filter.kind) : eq(outbox.kind, filter.kind));
  return and(...conds)!;
}

/** Marks matching pending rows cancelled (kept as a record). Returns how many. */
export async function cancelPending(tx: DbOrTx, filter: OutboxFilter, now: Date): Promise<number> {
  if (!filter.userId && !filter.seminarId && !filter.kind) throw new Error('cancelPending needs a filter');
  const rows = await tx
    .update(outbox)
    .set({ status: 'cancelled', lastError: `cancelled ${now.toISOString()}` })
    .where(pendingWhere(filter))
    .returning({ id: outbox.id });
  return rows.length;
}

/**
 * Deletes matching pending rows. Used when a plan is replaced as a whole (new session times), so that the new plan
 * may reuse a dedupe key of the old one (times changed and changed back).
 */
export async function deletePending(tx: DbOrTx, filter: OutboxFilter): Promise<number> {
  if (!filter.seminarId && !filter.userId) throw new Error('deletePending needs a seminar or a user');
  const rows = await tx.delete(outbox).where(pendingWhere(filter)).returning({ id: outbox.id });
  return rows.length;
}

/**
 * Claims up to `limit` due rows in one statement: locks them with SKIP LOCKED (so concurrent workers take
 * different rows), bumps `attempts` and leases them until `now + leaseMs`. Returns the claimed rows.
 */
export async function claimDue(db: DbOrTx, limit: number, now: Date, leaseMs: number): Promise<OutboxRow[]> {
  const leaseUntil = new Date(now.getTime() + leaseMs);
  // MATERIALIZED: the locking select must run exactly once, never be re-evaluated inside the update's join.
  const claimed = await queryRows<{ id: string | number }>(
    db,
    sql`with due as materialized (
          select id from outbox
          where status = 'pending' and next_attempt_at <= ${now.toISOString()}::timestamptz
          order by next_attempt_at, id
          limit ${limit}
          for update skip locked
        )
        update outbox o
        set attempts = o.attempts + 1, next_attempt_at = ${leaseUntil.toISOString()}::timestamptz
        from due where o.id = due.id
        returning o.id`,
  );
  if (!claimed.length) return [];
  const ids = claimed.map((r) => Number(r.id));
  const rows = await db.select().from(outbox).where(inArray(outbox.id, ids));
  return rows.sort((a, b) => a.nextAttemptAt.getTime() - b.nextAttemptAt.getTime() || a.id - b.id);
}

// The state changes below only touch rows still pending: a row that was cancelled or deleted while it was being
// sent keeps that state.
const stillPending = (id: number) => and(eq(outbox.id, id), eq(outbox.status, 'pending'));

export async function markSent(db: DbOrTx, id: number, now: Date): Promise<void> {
  await db.update(outbox).set({ status: 'sent', sentAt: now, lastError: null }).where(eq(outbox.id, id));
}

export async function markRetry(db: DbOrTx, id: number, nextAttemptAt: Date, error: string): Promise<void> {
  await db.update(outbox).set({ nextAttemptAt, lastError: error }).where(stillPending(id));
}

export async function markFailed(db: DbOrTx, id: number, error: string): Promise<void> {
  await db.update(outbox).set({ status: 'failed', lastError: error }).where(stillPending(id));
}

export async function markExpired(db: DbOrTx, id: number, now: Date): Promise<void> {
  await db
    .update(outbox)
    .set({ status: 'expired', lastError: `expired before it could be sent (${now.toISOString()})` })
    .where(stillPending(id));
}

/** Nothing to send any more (the registration was cancelled, the plan changed). */
export async function markCancelled(db: DbOrTx, id: number, reason: string): Promise<void> {
  await db.update(outbox).set({ status: 'cancelled', lastError: reason }).where(stillPending(id));
}

/**
 * The user removed or blocked the bot (403/404): the user is marked unreachable and none of their pending rows is
 * sent (they are marked unreachable too). The next activity of the user makes them reachable again (users.ts).
 */
export async function markUnreachable(
  db: DbOrTx,
  row: { id: number; userId: string },
  reason: string,
): Promise<number> {
  await db.update(users).set({ reachable: false, unreachableReason: reason }).where(eq(users.aadObjectId, row.userId));
  const rows = await db
    .update(outbox)
    .set({ status: 'unreachable', lastError: reason })
    .where(and(eq(outbox.userId, row.userId), eq(outbox.status, 'pending')))
    .returning({ id: outbox.id });
  return rows.length;
}

/** Gives claimed but unsent rows back (on stop): due at once, and the claim does not count as an attempt. */
export async function releaseClaims(db: DbOrTx, ids: number[], now: Date): Promise<void> {
  if (!ids.length) return;
  await db
    .update(outbox)
    .set({ nextAttemptAt: now, attempts: sql`greatest(${outbox.attempts} - 1, 0)` })
    .where(and(inArray(outbox.id, ids), eq(outbox.status, 'pending')));
}

const BACKOFF_BASE_MS = 2_000;
const BACKOFF_CAP_MS = 15 * 60_000;

/**
 * Delay before retry number `attempt` (1 = after the first failure): exponential from 2 s, capped at 15 minutes,
 * with "equal jitter" (half fixed, half random) so that many failed rows do not come back at the same instant.
 */
export function computeBackoff(attempt: number, random: number): number {
  const exp = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(exp / 2 + (exp / 2) * Math.min(1, Math.max(0, random)));
}

export type StatusCounts = Record<OutboxStatus, number>;
export interface OutboxCounts extends StatusCounts {
  byKind: Record<string, Partial<StatusCounts>>;
  /** Pending rows that are due now or overdue. */
  due: number;
}

const STATUSES: OutboxStatus[] = ['pending', 'sent', 'failed', 'unreachable', 'expired', 'cancelled'];

/** Counts by status and by kind, for /healthz and the logs. */
export async function outboxCounts(db: DbOrTx, now?: Date): Promise<OutboxCounts> {
  const rows = await db
    .select({ kind: outbox.kind, status: outbox.status, n: sql<number>`count(*)::int` })
    .from(outbox)
    .groupBy(outbox.kind, outbox.status);
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as StatusCounts;
  const byKind: Record<string, Partial<StatusCounts>> = {};
  for (const r of rows) {
    counts[r.status] += Number(r.n);
    (byKind[r.kind] ??= {})[r.status] = Number(r.n);
  }
  let due = 0;
  if (now) {
    const [d] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(outbox)
      .where(and(eq(outbox.status, 'pending'), lte(outbox.nextAttemptAt, now)));
    due = Number(d?.n ?? 0);
  }
  return { ...counts, byKind, due };
}
