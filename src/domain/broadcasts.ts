// A guide shares a seminar with the colleagues of their municipality: one outbox row per reachable colleague (the
// guide excepted), all pointing at one `broadcasts` row. Delivery is counted from those rows; when none is pending
// any more the guide gets one report. The permission check is here, on the server, whatever a card claims.
import { and, asc, desc, eq, gt, inArray, isNull, ne, notExists, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import {
  auditLog,
  broadcasts,
  municipalities,
  outbox,
  seminars,
  users,
  type Broadcast,
  type Seminar,
  type User,
} from '../../db/schema.js';
import { enqueue } from './outbox.js';
import { rolesOf } from './roles.js';

export const BROADCAST_KIND = 'broadcast';
export const BROADCAST_REPORT_KIND = 'broadcast.report';
export const NOTE_MAX_LENGTH = 500;
/** A second broadcast of the same seminar by the same guide within this window asks for confirmation first. */
export const REPEAT_WINDOW_MS = 24 * 60 * 60 * 1000;

export type BroadcastPayload = {
  broadcastId: number;
  seminarId: string;
  guideName: string | null;
  note: string | null;
};
export type BroadcastReportPayload = { broadcastId: number };

/** Only a guide of that municipality (or an admin) may broadcast to it. */
export class BroadcastNotAllowed extends Error {
  constructor() {
    super('only a guide of the municipality or an admin may broadcast to it');
  }
}

export type NotShareableReason = 'unknown' | 'notPublished' | 'closed' | 'notEligible';
export class SeminarNotShareable extends Error {
  constructor(readonly reason: NotShareableReason) {
    super(`seminar cannot be shared: ${reason}`);
  }
}

export class NoteTooLong extends Error {
  constructor() {
    super(`the note may have at most ${NOTE_MAX_LENGTH} characters`);
  }
}

/** Why a seminar cannot be shared with a municipality, or null when it can. */
export function shareProblem(
  seminar: Seminar | undefined,
  municipalityId: string,
  now: Date,
): NotShareableReason | null {
  if (!seminar) return 'unknown';
  if (seminar.status !== 'published') return 'notPublished';
  if (seminar.registrationDeadline.getTime() <= now.getTime()) return 'closed';
  if (seminar.eligibleMunicipalities && !seminar.eligibleMunicipalities.includes(municipalityId)) return 'notEligible';
  return null;
}

/**
 * The municipalities this user may share the seminar with: their guide municipalities the seminar is open to.
 * Admins who are not guides get the seminar's eligible municipalities (all, when it is open to all).
 */
export async function shareTargets(
  db: DbOrTx,
  user: Pick<User, 'aadObjectId' | 'email'>,
  seminar: Seminar,
): Promise<string[]> {
  const roles = await rolesOf(db, user);
  const open = (m: string) => !seminar.eligibleMunicipalities || seminar.eligibleMunicipalities.includes(m);
  const own = roles.guideOf.filter(open);
  if (own.length || !roles.admin) return own;
  if (seminar.eligibleMunicipalities) return [...seminar.eligibleMunicipalities].sort();
  const all = await db.select({ id: municipalities.id }).from(municipalities).orderBy(asc(municipalities.id));
  return all.map((m) => m.id);
}

export interface BroadcastInput {
  guide: User;
  seminarId: string;
  municipalityId: string;
  note: string | null;
  /** The guide has confirmed a repeat within the window. */
  confirmed: boolean;
}

export type BroadcastResult =
  { status: 'queued'; broadcast: Broadcast; recipients: number } | { status: 'confirm'; previous: Broadcast };

/** The colleagues a broadcast goes to: every reachable user whose profile names the municipality, the guide excepted. */
export async function colleaguesOf(db: DbOrTx, municipalityId: string, exceptUserId: string): Promise<string[]> {
  const rows = await db
    .select({ id: users.aadObjectId })
    .from(users)
    .where(
      and(eq(users.municipalityId, municipalityId), eq(users.reachable, true), ne(users.aadObjectId, exceptUserId)),
    );
  return rows.map((r) => r.id);
}

/**
 * Queues a broadcast: checks the role and the seminar, asks for confirmation of a repeat within 24 hours, then puts
 * one row per colleague into the outbox. Everything in one transaction, serialised per guide, so a double click
 * cannot send twice.
 */
export async function sendBroadcast(db: Db, input: BroadcastInput, now: Date): Promise<BroadcastResult> {
  const note = input.note?.trim() ? input.note.trim() : null;
  if (note && note.length > NOTE_MAX_LENGTH) throw new NoteTooLong();
  return db.transaction(async (tx) => {
    const roles = await rolesOf(tx, input.guide);
    if (!roles.admin && !roles.guideOf.includes(input.municipalityId)) throw new BroadcastNotAllowed();
    const [seminar] = await tx.select().from(seminars).where(eq(seminars.id, input.seminarId));
    const problem = shareProblem(seminar, input.municipalityId, now);
    if (problem) throw new SeminarNotShareable(problem);
    // Serialise broadcasts of one guide: the repeat check below must see a concurrent click's row.
    await tx
      .select({ id: users.aadObjectId })
      .from(users)
      .where(eq(users.aadObjectId, input.guide.aadObjectId))
      .for('update');
    const [previous] = await tx
      .select()
      .from(broadcasts)
      .where(
        and(
          eq(broadcasts.guideId, input.guide.aadObjectId),
          eq(broadcasts.seminarId, seminar.id),
          eq(broadcasts.municipalityId, input.municipalityId),
          gt(broadcasts.createdAt, new Date(now.getTime() - REPEAT_WINDOW_MS)),
        ),
      )
      .orderBy(desc(broadcasts.createdAt))
      .limit(1);
    if (previous && !input.confirmed) return { status: 'confirm', previous };
    const recipients = await colleaguesOf(tx, input.municipalityId, input.guide.aadObjectId);
    const [broadcast] = await tx
      .insert(broadcasts)
      .values({
        guideId: input.guide.aadObjectId,
        seminarId: seminar.id,
        municipalityId: input.municipalityId,
        note,
        recipientCount: recipients.length,
        createdAt: now,
      })
      .returning();
    const payload: BroadcastPayload = {
      broadcastId: broadcast.id,
      seminarId: seminar.id,
      guideName: input.guide.name,
      note,
    };
    await enqueue(
      tx,
      recipients.map((userId) => ({
        userId,
        kind: BROADCAST_KIND,
        seminarId: seminar.id,
        broadcastId: broadcast.id,
        dedupeKey: `${BROADCAST_KIND}:${broadcast.id}:${userId}`,
        dueAt: now,
        expiresAt: seminar.registrationDeadline,
        payload,
      })),
      now,
    );
    await tx.insert(auditLog).values({
      actor: input.guide.aadObjectId,
      action: 'broadcast.send',
      subject: seminar.id,
      details: {
        broadcastId: broadcast.id,
        municipalityId: input.municipalityId,
        recipients: recipients.length,
        repeat: Boolean(previous),
        noteLength: note?.length ?? 0,
      },
      at: now,
    });
    // Nobody to send to: the report is due at once.
    if (!recipients.length) await reportBroadcast(tx, broadcast.id, input.guide.aadObjectId, now);
    return { status: 'queued', broadcast, recipients: recipients.length };
  });
}

export interface BroadcastCounts {
  total: number;
  delivered: number;
  unreachable: number;
  /** Failed for good, expired or cancelled before delivery. */
  failed: number;
  pending: number;
}

export interface BroadcastReport {
  broadcast: Broadcast;
  seminarTitle: string;
  counts: BroadcastCounts;
}

async function countsOf(db: DbOrTx, ids: number[]): Promise<Map<number, BroadcastCounts>> {
  const result = new Map<number, BroadcastCounts>();
  for (const id of ids) result.set(id, { total: 0, delivered: 0, unreachable: 0, failed: 0, pending: 0 });
  if (!ids.length) return result;
  const rows = await db
    .select({ id: outbox.broadcastId, status: outbox.status, n: sql<number>`count(*)::int` })
    .from(outbox)
    .where(and(inArray(outbox.broadcastId, ids), eq(outbox.kind, BROADCAST_KIND)))
    .groupBy(outbox.broadcastId, outbox.status);
  for (const r of rows) {
    const c = result.get(r.id!)!;
    const n = Number(r.n);
    c.total += n;
    if (r.status === 'sent') c.delivered += n;
    else if (r.status === 'unreachable') c.unreachable += n;
    else if (r.status === 'pending') c.pending += n;
    else c.failed += n;
  }
  return result;
}

/** The reports of a guide's latest broadcasts, newest first. */
export async function broadcastReports(db: DbOrTx, guideId: string, limit = 5): Promise<BroadcastReport[]> {
  const rows = await db
    .select({ broadcast: broadcasts, title: seminars.title })
    .from(broadcasts)
    .innerJoin(seminars, eq(seminars.id, broadcasts.seminarId))
    .where(eq(broadcasts.guideId, guideId))
    .orderBy(desc(broadcasts.createdAt), desc(broadcasts.id))
    .limit(limit);
  const counts = await countsOf(
    db,
    rows.map((r) => r.broadcast.id),
  );
  return rows.map((r) => ({ broadcast: r.broadcast, seminarTitle: r.title, counts: counts.get(r.broadcast.id)! }));
}

export async function broadcastReport(db: DbOrTx, broadcastId: number): Promise<BroadcastReport | undefined> {
  const [row] = await db
    .select({ broadcast: broadcasts, title: seminars.title })
    .from(broadcasts)
    .innerJoin(seminars, eq(seminars.id, broadcasts.seminarId))
    .where(eq(broadcasts.id, broadcastId));
  if (!row) return undefined;
  const counts = await countsOf(db, [broadcastId]);
  return { broadcast: row.broadcast, seminarTitle: row.title, counts: counts.get(broadcastId)! };
}

async function reportBroadcast(tx: DbOrTx, broadcastId: number, guideId: string, now: Date): Promise<boolean> {
  const marked = await tx
    .update(broadcasts)
    .set({ reportedAt: now })
    .where(and(eq(broadcasts.id, broadcastId), isNull(broadcasts.reportedAt)))
    .returning({ id: broadcasts.id });
  if (!marked.length) return false;
  await enqueue(
    tx,
    {
      userId: guideId,
      kind: BROADCAST_REPORT_KIND,
      broadcastId,
      dedupeKey: `${BROADCAST_REPORT_KIND}:${broadcastId}`,
      dueAt: now,
      payload: { broadcastId } satisfies BroadcastReportPayload,
    },
    now,
  );
  return true;
}

/**
 * Queues the report of every broadcast none of whose messages is pending any more; each broadcast is reported
 * once. Run after each drain of the outbox. Returns how many reports were queued.
 */
export async function reportFinishedBroadcasts(db: Db, now: Date): Promise<number> {
  const done = await db
    .select({ id: broadcasts.id, guideId: broadcasts.guideId })
    .from(broadcasts)
    .where(
      and(
        isNull(broadcasts.reportedAt),
        notExists(
          db
            .select({ one: sql`1` })
            .from(outbox)
            .where(
              and(eq(outbox.broadcastId, broadcasts.id), eq(outbox.kind, BROADCAST_KIND), eq(outbox.status, 'pending')),
            ),
        ),
      ),
    );
  let queued = 0;
  for (const b of done) {
    if (await db.transaction((tx) => reportBroadcast(tx, b.id, b.guideId, now))) queued++;
  }
  return queued;
}
