// What a guide sees of their municipality: per upcoming seminar, how many colleagues have a seat or wait, with
// their names — names only of the guide's own municipality; of everybody else only the total count.
import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { municipalities, registrations, seminarSessions, seminars, users } from '../../db/schema.js';

export interface OverviewPerson {
  name: string;
  department: string | null;
  status: 'confirmed' | 'waitlisted';
}

export interface OverviewSeminar {
  seminarId: string;
  title: string;
  firstStart: Date;
  /** Registrations of this municipality. */
  confirmed: number;
  waitlisted: number;
  people: OverviewPerson[];
  /** Registrations from all municipalities together (counts only). */
  totalConfirmed: number;
  capacity: number;
  /** Published, open to this municipality and still taking registrations: a guide may share it. */
  shareable: boolean;
}

export interface MunicipalityOverview {
  municipalityId: string;
  municipalityName: string;
  seminars: OverviewSeminar[];
}

/**
 * The overview of one municipality: seminars that have not ended, which are open to it or have registrations
 * from it, in order of their first date.
 */
export async function municipalityOverview(
  db: DbOrTx,
  municipalityId: string,
  now: Date,
): Promise<MunicipalityOverview | undefined> {
  const [m] = await db.select().from(municipalities).where(eq(municipalities.id, municipalityId));
  if (!m) return undefined;
  const dates = await db
    .select({
      seminarId: seminarSessions.seminarId,
      first: sql<Date>`min(${seminarSessions.startsAt})`.mapWith(seminarSessions.startsAt),
      last: sql<Date>`max(${seminarSessions.endsAt})`.mapWith(seminarSessions.endsAt),
    })
    .from(seminarSessions)
    .groupBy(seminarSessions.seminarId)
    .having(sql`max(${seminarSessions.endsAt}) > ${now.toISOString()}::timestamptz`);
  const ids = dates.map((d) => d.seminarId);
  if (!ids.length) return { municipalityId, municipalityName: m.name, seminars: [] };
  const list = await db
    .select()
    .from(seminars)
    .where(and(inArray(seminars.id, ids), ne(seminars.status, 'draft')));
  const people = await db
    .select({
      seminarId: registrations.seminarId,
      status: registrations.status,
      position: registrations.waitlistPosition,
      name: users.name,
      department: users.department,
    })
    .from(registrations)
    .innerJoin(users, eq(users.aadObjectId, registrations.userId))
    .where(
      and(
        inArray(registrations.seminarId, ids),
        ne(registrations.status, 'cancelled'),
        eq(users.municipalityId, municipalityId),
      ),
    )
    .orderBy(asc(registrations.status), asc(registrations.waitlistPosition), asc(users.name));
  const totals = await db
    .select({ seminarId: registrations.seminarId, n: sql<number>`count(*)::int` })
    .from(registrations)
    .where(and(inArray(registrations.seminarId, ids), eq(registrations.status, 'confirmed')))
    .groupBy(registrations.seminarId);
  const firstOf = new Map(dates.map((d) => [d.seminarId, d.first]));
  const totalOf = new Map(totals.map((t) => [t.seminarId, Number(t.n)]));
  const result: OverviewSeminar[] = [];
  for (const s of list) {
    const mine = people.filter((p) => p.seminarId === s.id);
    const open = !s.eligibleMunicipalities || s.eligibleMunicipalities.includes(municipalityId);
    // A cancelled seminar matters only if colleagues were registered for it; otherwise only what they can book.
    if (!mine.length && (!open || s.status !== 'published')) continue;
    result.push({
      seminarId: s.id,
      title: s.title,
      firstStart: firstOf.get(s.id)!,
      confirmed: mine.filter((p) => p.status === 'confirmed').length,
      waitlisted: mine.filter((p) => p.status === 'waitlisted').length,
      people: mine.map((p) => ({
        name: p.name ?? '?',
        department: p.department,
        status: p.status as 'confirmed' | 'waitlisted',
      })),
      totalConfirmed: totalOf.get(s.id) ?? 0,
      capacity: s.capacity,
      shareable: open && s.status === 'published' && s.registrationDeadline.getTime() > now.getTime(),
    });
  }
  result.sort((a, b) => a.firstStart.getTime() - b.firstStart.getTime() || a.title.localeCompare(b.title));
  return { municipalityId, municipalityName: m.name, seminars: result };
}
