// A seminar as a card shows it: the row, its sessions in order and the seats as seen by one user.
import { getTableColumns, sql } from 'drizzle-orm';
import { jsonValue, queryRows, textArray, type DbOrTx } from '../../db/client.js';
import { seminars, type Seminar, type SeminarSession } from '../../db/schema.js';
import { seatsLeft, type SeatSummary } from './seats.js';

export interface SeminarView {
  seminar: Seminar;
  sessions: SeminarSession[];
  seats: SeatSummary;
}

// This runs on every answer. The seminars come back as one JSON value (parsed natively, not value by value) and each
// field is decoded by its own drizzle column, so the view is typed exactly like a select of the table.
const columns = Object.entries(getTableColumns(seminars)).map(([key, column]) => ({
  key,
  name: key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`),
  column,
}));

type SessionJson = { id: number; startsAt: string; endsAt: string; location: string | null };
type MineJson = { status: 'confirmed' | 'waitlisted'; position: number | null } | null;
type ViewJson = {
  s: Record<string, unknown>;
  sessions: SessionJson[];
  confirmed: number;
  waitlisted: number;
  mine: MineJson;
};

function seminarOf(row: Record<string, unknown>): Seminar {
  const seminar: Record<string, unknown> = {};
  for (const { key, name, column } of columns) {
    const value = row[name];
    seminar[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  }
  return seminar as Seminar;
}

/**
 * Views of the given seminars in the order of `ids` (unknown ids are left out). One statement for any number of
 * seminars: sessions and seat counts come as sub-selects of the same query.
 */
export async function loadSeminarViews(db: DbOrTx, ids: string[], userId: string | null): Promise<SeminarView[]> {
  if (!ids.length) return [];
  const [row] = await queryRows<{ views: ViewJson[] | string | null }>(
    db,
    sql`select json_agg(json_build_object(
        's', s,
        'sessions', (select coalesce(json_agg(json_build_object('id', x.id, 'startsAt', x.starts_at, 'endsAt', x.ends_at,
          'location', x.location) order by x.starts_at), '[]'::json) from seminar_sessions x where x.seminar_id = s.id),
        'confirmed', (select count(*)::int from registrations r where r.seminar_id = s.id and r.status = 'confirmed'),
        'waitlisted', (select count(*)::int from registrations r where r.seminar_id = s.id and r.status = 'waitlisted'),
        'mine', (select json_build_object('status', r.status, 'position', r.waitlist_position) from registrations r
          where r.seminar_id = s.id and r.user_id = ${userId ?? ''} and r.status <> 'cancelled' limit 1)
      )) as views
      from seminars s where s.id = any(${textArray(ids)})`,
  );
  const found = jsonValue<ViewJson[]>(row?.views, []);
  const byId = new Map(found.map((v) => [v.s.id as string, v]));
  return ids.flatMap((id) => {
    const view = byId.get(id);
    if (!view) return [];
    const seminar = seminarOf(view.s);
    return [
      {
        seminar,
        sessions: view.sessions.map((x) => ({
          id: x.id,
          seminarId: id,
          startsAt: new Date(x.startsAt),
          endsAt: new Date(x.endsAt),
          location: x.location,
        })),
        seats: {
          seminarId: id,
          capacity: seminar.capacity,
          confirmed: view.confirmed,
          waitlisted: view.waitlisted,
          seatsLeft: seatsLeft(seminar.capacity, view.confirmed),
          myStatus: view.mine?.status ?? 'none',
          myPosition: view.mine?.position ?? null,
        },
      },
    ];
  });
}
