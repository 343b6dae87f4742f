// Seats of seminars as people see them: how many are left, how many wait, and where the asking user stands.
import { and, inArray, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { registrations, type Seminar } from '../../db/schema.js';

export interface SeatSummary {
  seminarId: string;
  capacity: number;
  confirmed: number;
  waitlisted: number;
  seatsLeft: number;
  /** The user's own registration, when a user was given. */
  myStatus: 'none' | 'confirmed' | 'waitlisted';
  myPosition: number | null;
}

/** Free seats are never negative, even after an admin lowered the capacity below the confirmed count. */
export const seatsLeft = (capacity: number, confirmed: number) => Math.max(0, capacity - confirmed);

export async function seatSummaries(
  db: DbOrTx,
  list: Pick<Seminar, 'id' | 'capacity'>[],
  userId?: string | null,
): Promise<Map<string, SeatSummary>> {
  const result = new Map<string, SeatSummary>();
  for (const s of list) {
    result.set(s.id, {
      seminarId: s.id,
      capacity: s.capacity,
      confirmed: 0,
      waitlisted: 0,
      seatsLeft: s.capacity,
      myStatus: 'none',
      myPosition: null,
    });
  }
  if (!list.length) return result;
  const ids = list.map((s) => s.id);
  const counts = await db
    .select({
      seminarId: registrations.seminarId,
      confirmed: sql<number>`count(*) filter (where ${registrations.status} = 'confirmed')::int`,
      waitlisted: sql<number>`count(*) filter (where ${registrations.status} = 'waitlisted')::int`,
    })
    .from(registrations)
    .where(and(inArray(registrations.seminarId, ids), ne(registrations.status, 'cancelled')))
    .groupBy(registrations.seminarId);
  for (const c of counts) {
    const s = result.get(c.seminarId)!;
    s.confirmed = Number(c.confirmed);
    s.waitlisted = Number(c.waitlisted);
    s.seatsLeft = seatsLeft(s.capacity, s.confirmed);
  }
  if (userId) {
    const mine = await db
      .select({ seminarId: registrations.seminarId, status: registrations.status, position: registrations.waitlistPosition })
      .from(registrations)
      .where(
        and(inArray(registrations.seminarId, ids), sql`${registrations.userId} = ${userId}`, ne(registrations.status, 'cancelled')),
      );
    for (const m of mine) {
      const s = result.get(m.seminarId)!;
      s.myStatus = m.status as 'confirmed' | 'waitlisted';
      s.myPosition = m.position;
    }
  }
  return result;
}
