// Registering, waiting and cancelling. Every change of a seminar's seats happens in one transaction that locks the
// seminar row first, so concurrent clicks are serialised per seminar: capacity is never exceeded and waitlist
// positions stay dense (1..n) and in the order people clicked.
import { and, asc, eq, ne, sql } from 'drizzle-orm';
import type { Db, DbOrTx, Tx } from '../../db/client.js';
import { registrations, seminarSessions, seminars, users, type Registration, type Seminar } from '../../db/schema.js';
import { enqueue } from './outbox.js';
import { cancelReminders, firstSessionStart, planReminders } from './reminders.js';

export type RegistrationRefusal =
  | 'notFound' // unknown id or a draft: drafts do not exist for employees
  | 'cancelled'
  | 'past'
  | 'deadlinePassed'
  | 'profileMissing'
  | 'notEligible'
  | 'full';

/** A refusal the user sees (turned into text by the bot layer). */
export class RegistrationRefused extends Error {
  constructor(
    readonly reason: RegistrationRefusal,
    readonly seminar: Seminar | null = null,
  ) {
    super(`registration refused: ${reason}`);
  }
}

export type RegisterOutcome =
  | { status: 'confirmed'; seminar: Seminar; registration: Registration; already: boolean }
  | { status: 'waitlisted'; seminar: Seminar; registration: Registration; position: number; already: boolean };

export interface SeatRules {
  now: Date;
  reminderOffsetsMs: number[];
}

/** Locks the seminar row for the rest of the transaction; every seat change starts here. */
export async function lockSeminar(tx: Tx, seminarId: string): Promise<Seminar | undefined> {
  const [s] = await tx.select().from(seminars).where(eq(seminars.id, seminarId)).for('update');
  return s;
}

/** Why a seminar cannot take registrations at `now`, or null when it can. Pure. */
export function registrationClosedReason(
  seminar: Pick<Seminar, 'status' | 'registrationDeadline'>,
  firstStart: Date | null,
  now: Date,
): RegistrationRefusal | null {
  if (seminar.status === 'draft') return 'notFound';
  if (seminar.status === 'cancelled') return 'cancelled';
  if (!firstStart || firstStart.getTime() <= now.getTime()) return 'past';
  if (seminar.registrationDeadline.getTime() < now.getTime()) return 'deadlinePassed';
  return null;
}

export const isEligible = (seminar: Pick<Seminar, 'eligibleMunicipalities'>, municipalityId: string | null) =>
  !seminar.eligibleMunicipalities ||
  (municipalityId !== null && seminar.eligibleMunicipalities.includes(municipalityId));

async function activeRegistration(tx: DbOrTx, seminarId: string, userId: string): Promise<Registration | undefined> {
  const [r] = await tx
    .select()
    .from(registrations)
    .where(
      and(
        eq(registrations.seminarId, seminarId),
        eq(registrations.userId, userId),
        ne(registrations.status, 'cancelled'),
      ),
    );
  return r;
}

export async function countConfirmed(tx: DbOrTx, seminarId: string): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(registrations)
    .where(and(eq(registrations.seminarId, seminarId), eq(registrations.status, 'confirmed')));
  return Number(row?.n ?? 0);
}

/** Gives the user a seat, or a place in line when the seminar is full; a second click changes nothing. */
export async function registerForSeminar(
  db: Db,
  userId: string,
  seminarId: string,
  rules: SeatRules,
): Promise<RegisterOutcome> {
  return db.transaction(async (tx) => {
    const seminar = await lockSeminar(tx, seminarId);
    if (!seminar || seminar.status === 'draft') throw new RegistrationRefused('notFound');
    const existing = await activeRegistration(tx, seminarId, userId);
    if (existing) return outcomeOf(seminar, existing, true);
    const closed = registrationClosedReason(seminar, await firstSessionStart(tx, seminarId), rules.now);
    if (closed) throw new RegistrationRefused(closed, seminar);
    const [user] = await tx
      .select({ municipalityId: users.municipalityId })
      .from(users)
      .where(eq(users.aadObjectId, userId));
    if (!user?.municipalityId) throw new RegistrationRefused('profileMissing', seminar);
    if (!isEligible(seminar, user.municipalityId)) throw new RegistrationRefused('notEligible', seminar);

    const confirmed = await countConfirmed(tx, seminarId);
    if (confirmed < seminar.capacity) {
      const [registration] = await tx
        .insert(registrations)
        .values({ seminarId, userId, status: 'confirmed', createdAt: rules.now, updatedAt: rules.now })
        .returning();
      await planReminders(tx, registration, rules.reminderOffsetsMs, rules.now);
      return outcomeOf(seminar, registration, false);
    }
    if (!seminar.waitlist) throw new RegistrationRefused('full', seminar);
    const [last] = await tx
      .select({ max: sql<number>`coalesce(max(${registrations.waitlistPosition}), 0)::int` })
      .from(registrations)
      .where(and(eq(registrations.seminarId, seminarId), eq(registrations.status, 'waitlisted')));
    const [registration] = await tx
      .insert(registrations)
      .values({
        seminarId,
        userId,
        status: 'waitlisted',
        waitlistPosition: Number(last?.max ?? 0) + 1,
        createdAt: rules.now,
        updatedAt: rules.now,
      })
      .returning();
    return outcomeOf(seminar, registration, false);
  });
}

function outcomeOf(seminar: Seminar, registration: Registration, already: boolean): RegisterOutcome {
  return registration.status === 'waitlisted'
    ? { status: 'waitlisted', seminar, registration, position: registration.waitlistPosition ?? 0, already }
    : { status: 'confirmed', seminar, registration, already };
}

export interface CancelOutcome {
  seminar: Seminar;
  /** The registration as it was before cancelling; null when the user had none. */
  cancelled: Registration | null;
  promoted: Registration[];
}

/** Cancels the user's seat or place in line; a freed seat goes to the first in line, who is told. */
export async function cancelRegistration(
  db: Db,
  userId: string,
  seminarId: string,
  rules: SeatRules,
): Promise<CancelOutcome> {
  return db.transaction(async (tx) => {
    const seminar = await lockSeminar(tx, seminarId);
    if (!seminar || seminar.status === 'draft') throw new RegistrationRefused('notFound');
    const existing = await activeRegistration(tx, seminarId, userId);
    if (!existing) return { seminar, cancelled: null, promoted: [] };
    await tx
      .update(registrations)
      .set({ status: 'cancelled', waitlistPosition: null, cancelledAt: rules.now, updatedAt: rules.now })
      .where(eq(registrations.id, existing.id));
    await cancelReminders(tx, { userId, seminarId }, rules.now);
    await renumberWaitlist(tx, seminarId);
    const promoted = existing.status === 'confirmed' ? await promoteFromWaitlist(tx, seminarId, rules) : [];
    return { seminar, cancelled: existing, promoted };
  });
}

/** Closes gaps in the waitlist: positions become 1..n in their current order. */
async function renumberWaitlist(tx: Tx, seminarId: string): Promise<void> {
  await tx.execute(sql`
    update registrations r set waitlist_position = ordered.position
    from (
      select id, row_number() over (order by waitlist_position, id)::int as position
      from registrations where seminar_id = ${seminarId} and status = 'waitlisted'
    ) ordered
    where r.id = ordered.id and r.waitlist_position is distinct from ordered.position`);
}

/**
 * Fills free seats from the head of the waitlist, strictly in line, and queues a message to each promoted person.
 * Call inside a transaction that holds the seminar row lock (cancel, raised capacity, an added session date).
 * Nobody is promoted into a cancelled, draft or already started seminar.
 */
export async function promoteFromWaitlist(tx: Tx, seminarId: string, rules: SeatRules): Promise<Registration[]> {
  const seminar = await lockSeminar(tx, seminarId);
  if (!seminar || seminar.status !== 'published') return [];
  const start = await firstSessionStart(tx, seminarId);
  if (!start || start.getTime() <= rules.now.getTime()) return [];
  const free = seminar.capacity - (await countConfirmed(tx, seminarId));
  if (free <= 0) return [];
  const next = await tx
    .select()
    .from(registrations)
    .where(and(eq(registrations.seminarId, seminarId), eq(registrations.status, 'waitlisted')))
    .orderBy(asc(registrations.waitlistPosition), asc(registrations.id))
    .limit(free);
  const promoted: Registration[] = [];
  for (const r of next) {
    const [row] = await tx
      .update(registrations)
      .set({ status: 'confirmed', waitlistPosition: null, updatedAt: rules.now })
      .where(eq(registrations.id, r.id))
      .returning();
    promoted.push(row);
    await planReminders(tx, row, rules.reminderOffsetsMs, rules.now);
    await enqueue(
      tx,
      {
        userId: row.userId,
        kind: 'promoted',
        payload: { seminarId, registrationId: row.id },
        dedupeKey: `promoted:${row.id}`,
        dueAt: rules.now,
        expiresAt: start,
        seminarId,
      },
      rules.now,
    );
  }
  if (promoted.length) await renumberWaitlist(tx, seminarId);
  return promoted;
}

export interface MyRegistration {
  seminar: Seminar;
  registration: Registration;
  firstStart: Date;
  lastEnd: Date;
}

/** The user's confirmed and waitlisted seminars that have not ended, next first. */
export async function myRegistrations(db: DbOrTx, userId: string, now: Date): Promise<MyRegistration[]> {
  const rows = await db
    .select({
      seminar: seminars,
      registration: registrations,
      firstStart: sql<Date>`min(${seminarSessions.startsAt})`.mapWith(seminarSessions.startsAt),
      lastEnd: sql<Date>`max(${seminarSessions.endsAt})`.mapWith(seminarSessions.endsAt),
    })
    .from(registrations)
    .innerJoin(seminars, eq(seminars.id, registrations.seminarId))
    .innerJoin(seminarSessions, eq(seminarSessions.seminarId, seminars.id))
    .where(and(eq(registrations.userId, userId), ne(registrations.status, 'cancelled')))
    .groupBy(seminars.id, registrations.id)
    .having(sql`max(${seminarSessions.endsAt}) > ${now.toISOString()}::timestamptz`)
    .orderBy(sql`min(${seminarSessions.startsAt})`);
  return rows;
}
