// A seminar as a card shows it: the row, its sessions in order and the seats as seen by one user.
import { asc, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { seminarSessions, seminars, type Seminar, type SeminarSession } from '../../db/schema.js';
import { seatSummaries, type SeatSummary } from './seats.js';

export interface SeminarView {
  seminar: Seminar;
  sessions: SeminarSession[];
  seats: SeatSummary;
}

/** Views of the given seminars in the order of `ids` (unknown ids are left out); three queries for any number. */
export async function loadSeminarViews(db: DbOrTx, ids: string[], userId: string | null): Promise<SeminarView[]> {
  if (!ids.length) return [];
  const rows = await db.select().from(seminars).where(inArray(seminars.id, ids));
  const sessions = await db
    .select()
    .from(seminarSessions)
    .where(inArray(seminarSessions.seminarId, ids))
    .orderBy(asc(seminarSessions.startsAt));
  const seats = await seatSummaries(db, rows, userId);
  const byId = new Map(rows.map((s) => [s.id, s]));
  return ids
    .filter((id) => byId.has(id))
    .map((id) => ({ seminar: byId.get(id)!, sessions: sessions.filter((x) => x.seminarId === id), seats: seats.get(id)! }));
}
