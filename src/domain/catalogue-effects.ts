// What a catalogue change means for people, queued in the outbox inside the import's transaction. One dispatch per
// change kind; each producer adds its own line. The dedupe keys carry the seminar's content hash, so the same
// change notifies each person once, and a re-import of the same file (no change reported) notifies nobody.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { registrations, seminarSessions, seminars } from '../../db/schema.js';
import type { CatalogueChange, ChangeEffects } from './catalogue-import.js';
import { alertGuides } from './guide-alerts.js';
import { cancelPending, enqueue } from './outbox.js';
import { REMINDER_KIND, replanReminders } from './reminders.js';
import { promoteFromWaitlist } from './registration.js';

export const SEMINAR_CANCELLED_KIND = 'seminar.cancelled';
export const SEMINAR_RESCHEDULED_KIND = 'seminar.rescheduled';

export type CancelledPayload = {
  seminarId: string;
  title: string;
};

export type RescheduledPayload = {
  seminarId: string;
  title: string;
  /** The new dates, as they were when the change was imported. */
  sessions: { startsAt: string; endsAt: string; location: string | null }[];
  location: string | null;
};

async function seminarOf(tx: Tx, seminarId: string) {
  const [s] = await tx.select().from(seminars).where(eq(seminars.id, seminarId));
  return s;
}

async function peopleOf(tx: Tx, seminarId: string, statuses: ('confirmed' | 'waitlisted')[]): Promise<string[]> {
  const rows = await tx
    .select({ userId: registrations.userId })
    .from(registrations)
    .where(and(eq(registrations.seminarId, seminarId), inArray(registrations.status, statuses)));
  return [...new Set(rows.map((r) => r.userId))];
}

/** Cancelled seminar: everyone registered or waiting is told once; their reminders are cancelled. */
async function seminarCancelled(tx: Tx, seminarId: string, now: Date): Promise<void> {
  const seminar = await seminarOf(tx, seminarId);
  if (!seminar) return;
  await cancelPending(tx, { seminarId, kind: REMINDER_KIND }, now);
  await cancelPending(tx, { seminarId, kind: SEMINAR_RESCHEDULED_KIND }, now);
  const people = await peopleOf(tx, seminarId, ['confirmed', 'waitlisted']);
  await enqueue(
    tx,
    people.map((userId) => ({
      userId,
      kind: SEMINAR_CANCELLED_KIND,
      seminarId,
      dedupeKey: `${SEMINAR_CANCELLED_KIND}:${seminarId}:${userId}:${seminar.contentHash}`,
      dueAt: now,
      payload: { seminarId, title: seminar.title } satisfies CancelledPayload,
    })),
    now,
  );
}

/** Changed times or place: those with a seat are told the new dates (once per change); reminders are re-planned. */
async function seminarRescheduled(tx: Tx, seminarId: string, now: Date, reminderOffsetsMs: number[]): Promise<void> {
  const seminar = await seminarOf(tx, seminarId);
  if (!seminar) return;
  const sessions = await tx
    .select()
    .from(seminarSessions)
    .where(eq(seminarSessions.seminarId, seminarId))
    .orderBy(asc(seminarSessions.startsAt));
  const last = sessions.at(-1);
  // Nobody needs to hear about a change to a seminar that is over.
  if (!last || last.endsAt.getTime() <= now.getTime()) return;
  // An older change notice not yet delivered is superseded by this one.
  await cancelPending(tx, { seminarId, kind: SEMINAR_RESCHEDULED_KIND }, now);
  const people = await peopleOf(tx, seminarId, ['confirmed']);
  const payload: RescheduledPayload = {
    seminarId,
    title: seminar.title,
    location: seminar.location,
    sessions: sessions.map((s) => ({
      startsAt: s.startsAt.toISOString(),
      endsAt: s.endsAt.toISOString(),
      location: s.location,
    })),
  };
  await enqueue(
    tx,
    people.map((userId) => ({
      userId,
      kind: SEMINAR_RESCHEDULED_KIND,
      seminarId,
      dedupeKey: `${SEMINAR_RESCHEDULED_KIND}:${seminarId}:${userId}:${seminar.contentHash}`,
      dueAt: now,
      // A notice about dates that have begun is no use any more.
      expiresAt: sessions[0].startsAt > now ? sessions[0].startsAt : last.endsAt,
      payload,
    })),
    now,
  );
  await replanReminders(tx, seminarId, reminderOffsetsMs, now);
}

export interface CatalogueEffectsOptions {
  reminderOffsetsMs: number[];
}

export function catalogueEffects(opts: CatalogueEffectsOptions): ChangeEffects {
  return async (tx: Tx, changes: CatalogueChange[], now: Date) => {
    for (const change of changes) {
      switch (change.kind) {
        case 'cancelled':
          await seminarCancelled(tx, change.seminarId, now);
          break;
        case 'rescheduled':
          await seminarRescheduled(tx, change.seminarId, now, opts.reminderOffsetsMs);
          break;
        case 'published':
          await alertGuides(tx, change.seminarId, now);
          break;
        case 'capacityRaised':
          await promoteFromWaitlist(tx, change.seminarId, { now, reminderOffsetsMs: opts.reminderOffsetsMs });
          break;
      }
    }
  };
}
