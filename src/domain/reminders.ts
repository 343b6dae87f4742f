// Reminders before a seminar: planned as outbox rows when a registration is confirmed, one per configured offset
// before the first session. The dedupe key holds the registration, the offset and the first start, so a repeated
// call plans nothing twice while a new registration or changed times plan fresh rows. A reminder expires when the
// seminar begins: one whose time passed while no bot ran is still sent until then, never after.
import { and, asc, eq } from 'drizzle-orm';
import { randomBytes } from 'node:crypto';
import type { DbOrTx } from '../../db/client.js';
import { registrations, seminarSessions } from '../../db/schema.js';
import { cancelPending, deletePending, enqueue, type OutboxMessage } from './outbox.js';

export const REMINDER_KIND = 'reminder';

export interface ReminderPayload {
  registrationId: number;
  seminarId: string;
  offsetMs: number;
  /** ISO start of the first session the reminder was planned for; a reminder for another start is stale. */
  startsAt: string;
  /** Random, unguessable: the reminder's link to the calendar file (GET /calendar/<token>.ics). */
  calendarToken: string;
}

/** A new calendar token: 144 random bits, URL-safe. */
export const newCalendarToken = () => randomBytes(18).toString('base64url');

export const reminderKey = (registrationId: number, offsetMs: number, startsAt: Date) =>
  `reminder:${registrationId}:${offsetMs}:${startsAt.toISOString()}`;

export async function firstSessionStart(tx: DbOrTx, seminarId: string): Promise<Date | null> {
  const [first] = await tx
    .select({ startsAt: seminarSessions.startsAt })
    .from(seminarSessions)
    .where(eq(seminarSessions.seminarId, seminarId))
    .orderBy(asc(seminarSessions.startsAt))
    .limit(1);
  return first?.startsAt ?? null;
}

/** The reminder rows for one registration; offsets whose time lies before `now` are left out. Pure. */
export function reminderMessages(
  registration: { id: number; userId: string; seminarId: string },
  startsAt: Date,
  offsetsMs: number[],
  now: Date,
  calendarToken: string,
): OutboxMessage[] {
  if (startsAt.getTime() <= now.getTime()) return [];
  return [...new Set(offsetsMs)]
    .map((offsetMs) => ({ offsetMs, dueAt: new Date(startsAt.getTime() - offsetMs) }))
    .filter(({ dueAt }) => dueAt.getTime() >= now.getTime())
    .map(({ offsetMs, dueAt }) => ({
      userId: registration.userId,
      kind: REMINDER_KIND,
      seminarId: registration.seminarId,
      dedupeKey: reminderKey(registration.id, offsetMs, startsAt),
      dueAt,
      expiresAt: startsAt,
      payload: {
        registrationId: registration.id,
        seminarId: registration.seminarId,
        offsetMs,
        startsAt: startsAt.toISOString(),
        calendarToken,
      } satisfies ReminderPayload,
    }));
}

/** Plans one reminder per offset before the seminar's first session; offsets already past at `now` are skipped. */
export async function planReminders(
  tx: DbOrTx,
  registration: { id: number; userId: string; seminarId: string },
  offsetsMs: number[],
  now: Date,
): Promise<number> {
  // Only a seat is reminded; the caller may have written the row in the same transaction, so read it here.
  const [reg] = await tx
    .select({ status: registrations.status })
    .from(registrations)
    .where(eq(registrations.id, registration.id));
  if (reg?.status !== 'confirmed') return 0;
  const startsAt = await firstSessionStart(tx, registration.seminarId);
  if (!startsAt) return 0;
  return enqueue(tx, reminderMessages(registration, startsAt, offsetsMs, now, newCalendarToken()), now);
}

export async function cancelReminders(
  tx: DbOrTx,
  registration: { userId: string; seminarId: string },
  now: Date,
): Promise<number> {
  return cancelPending(
    tx,
    { userId: registration.userId, seminarId: registration.seminarId, kind: REMINDER_KIND },
    now,
  );
}

/** After changed session times: cancel pending reminders of the seminar and plan them anew for every confirmed registration. */
export async function replanReminders(tx: DbOrTx, seminarId: string, offsetsMs: number[], now: Date): Promise<number> {
  // Deleted rather than marked cancelled: pending reminders were never sent, and the new plan may need their keys
  // (times changed and changed back). Reminders already sent stay, so no offset is sent twice for the same start.
  await deletePending(tx, { seminarId, kind: REMINDER_KIND });
  const confirmed = await tx
    .select({ id: registrations.id, userId: registrations.userId, seminarId: registrations.seminarId })
    .from(registrations)
    .where(and(eq(registrations.seminarId, seminarId), eq(registrations.status, 'confirmed')));
  const startsAt = await firstSessionStart(tx, seminarId);
  if (!startsAt || !confirmed.length) return 0;
  return enqueue(
    tx,
    confirmed.flatMap((r) => reminderMessages(r, startsAt, offsetsMs, now, newCalendarToken())),
    now,
  );
}
