// A seminar as a card shows it: the row, its sessions in order and the seats as seen by one user.
import { getTableColumns, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { seminars, type Seminar, type SeminarSession } from '../../db/schema.js';
import { seatsLeft, type SeatSummary } from './seats.js';

export interface SeminarView {
  seminar: Seminar;
  sessions: SeminarSession[];
  seats: SeatSummary;
}

const shownColumns = getTableColumns(seminars);

// Inside a sub-select a bare column name would bind to the inner table: name the outer row explicitly.
const outerId = sql.raw('"seminars"."id"');

type SessionJson = { id: number; startsAt: string; endsAt: string; location: string | null };
type MineJson = { status: 'confirmed' | 'waitlisted'; position: number | null } | null;

/**
 * Views of the given seminars in the order of `ids` (unknown ids are left out). One statement for any number of
 * seminars: this runs on every answer, so sessions and seat counts come as sub-selects of the same query.
 */
export async function loadSeminarViews(db: DbOrTx, ids: string[], userId: string | null): Promise<SeminarView[]> {
  if (!ids.length) return [];
  const rows = await db
    .select({
      ...shownColumns,
      sessions: sql<SessionJson[]>`(select coalesce(json_agg(json_build_object('id', x.id, 'startsAt', x.starts_at, 'endsAt', x.ends_at,
        'location', x.location) order by x.starts_at), '[]'::json) from seminar_sessions x where x.seminar_id = ${outerId})`,
      confirmed: sql<number>`(select count(*)::int from registrations r where r.seminar_id = ${outerId} and r.status = 'confirmed')`,
      waitlisted: sql<number>`(select count(*)::int from registrations r where r.seminar_id = ${outerId} and r.status = 'waitlisted')`,
      mine: sql<MineJson>`(select json_build_object('status', r.status, 'position', r.waitlist_position) from registrations r
        where r.seminar_id = ${outerId} and r.user_id = ${userId ?? ''} and r.status <> 'cancelled' limit 1)`,
    })
    .from(seminars)
    .where(inArray(seminars.id, ids));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const { sessions, confirmed, waitlisted, mine, ...columns } = row;
    const json = <T>(v: T | string): T => (typeof v === 'string' ? (JSON.parse(v) as T) : v);
    const own = json<MineJson>(mine);
    const seminar: Seminar = columns;
    return [
      {
        seminar,
        sessions: json<SessionJson[]>(sessions).map((x) => ({
          id: x.id,
          seminarId: id,
          startsAt: new Date(x.startsAt),
          endsAt: new Date(x.endsAt),
          location: x.location,
        })),
        seats: {
          seminarId: id,
          capacity: seminar.capacity,
          confirmed: Number(confirmed),
          waitlisted: Number(waitlisted),
          seatsLeft: seatsLeft(seminar.capacity, Number(confirmed)),
          myStatus: own?.status ?? 'none',
          myPosition: own?.position ?? null,
        },
      },
    ];
  });
}
