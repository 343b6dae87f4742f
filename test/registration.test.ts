// Seats and the waitlist under load, on both engines: the seminar row lock makes concurrent clicks safe.
import { and, eq, ne } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import type { Db } from '../db/client.js';
import { municipalities, outbox, registrations, users } from '../db/schema.js';
import { importCatalogue } from '../src/domain/catalogue-import.js';
import { catalogueEffects } from '../src/domain/catalogue-effects.js';
import { cancelRegistration, registerForSeminar, RegistrationRefused } from '../src/domain/registration.js';
import { describeEachEngine } from './support/db.js';

const now = new Date('2026-11-23T10:00:00Z');
const rules = { now, reminderOffsetsMs: [7 * 86_400_000, 86_400_000] };
const uid = (n: number) => `reg-user-${String(n).padStart(4, '0')}`;

function seminar(id: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    title: `Seminar ${id}`,
    format: 'online',
    capacity: 20,
    registrationDeadline: '2027-02-01T23:59:00+01:00',
    sessions: [{ start: '2027-03-02T09:00:00+01:00', end: '2027-03-02T16:00:00+01:00' }],
    ...extra,
  };
}

async function seed(db: Db) {
  await importCatalogue(
    db,
    {
      municipalities: [
        { id: 'neuss', name: 'Stadt Neuss' },
        { id: 'kaarst', name: 'Stadt Kaarst' },
      ],
      seminars: [
        seminar('LOAD'),
        seminar('ORDER', { capacity: 3 }),
        seminar('NOWAIT', { capacity: 1, waitlist: false }),
        seminar('KAARST', { eligibleMunicipalities: ['kaarst'] }),
        seminar('LATE', { registrationDeadline: '2026-11-01T23:59:00+01:00' }),
        seminar('GONE', { status: 'cancelled' }),
        seminar('DRAFT', { status: 'draft' }),
        seminar('PAST', { sessions: [{ start: '2026-10-02T09:00:00+02:00', end: '2026-10-02T16:00:00+02:00' }] }),
      ],
    },
    { now },
  );
  await db.insert(users).values(
    Array.from({ length: 200 }, (_, i) => ({
      aadObjectId: uid(i + 1),
      name: `Person ${i + 1}`,
      municipalityId: 'neuss',
      department: 'Hauptamt',
    })),
  );
  await db.insert(users).values({ aadObjectId: 'no-profile', name: 'Ohne Profil' });
}

const active = (db: Db, seminarId: string) =>
  db
    .select()
    .from(registrations)
    .where(and(eq(registrations.seminarId, seminarId), ne(registrations.status, 'cancelled')));

describeEachEngine('registration', ({ db }) => {
  beforeAll(async () => seed(db()));

  it('200 concurrent registrations for 20 seats give 20 confirmed and 180 waitlisted at positions 1..180', async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 200 }, (_, i) => registerForSeminar(db(), uid(i + 1), 'LOAD', rules)),
    );
    expect(outcomes.filter((o) => o.status === 'confirmed')).toHaveLength(20);
    const rows = await active(db(), 'LOAD');
    expect(rows.filter((r) => r.status === 'confirmed')).toHaveLength(20);
    const positions = rows
      .filter((r) => r.status === 'waitlisted')
      .map((r) => r.waitlistPosition)
      .sort((a, b) => a! - b!);
    expect(positions).toEqual(Array.from({ length: 180 }, (_, i) => i + 1));
    // reminders were planned for exactly the confirmed ones (two offsets each)
    const reminders = await db()
      .select()
      .from(outbox)
      .where(and(eq(outbox.seminarId, 'LOAD'), eq(outbox.kind, 'reminder')));
    expect(reminders).toHaveLength(40);
  });

  it('a second click changes nothing and says where the user stands', async () => {
    const first = await registerForSeminar(db(), uid(1), 'ORDER', rules);
    const again = await registerForSeminar(db(), uid(1), 'ORDER', rules);
    expect(first).toMatchObject({ status: 'confirmed', already: false });
    expect(again).toMatchObject({ status: 'confirmed', already: true });
    expect(await active(db(), 'ORDER')).toHaveLength(1);
  });

  it('cancellations in any order promote strictly in line and keep positions dense', async () => {
    for (let i = 2; i <= 8; i++) await registerForSeminar(db(), uid(i), 'ORDER', rules); // 3 confirmed (1..3), 5 waiting (4..8)
    const waiting = async () =>
      (await active(db(), 'ORDER'))
        .filter((r) => r.status === 'waitlisted')
        .sort((a, b) => a.waitlistPosition! - b.waitlistPosition!)
        .map((r) => [r.userId, r.waitlistPosition]);
    expect(await waiting()).toEqual([4, 5, 6, 7, 8].map((n, i) => [uid(n), i + 1]));

    // someone in the middle of the line leaves: the others move up, nobody is promoted
    const mid = await cancelRegistration(db(), uid(6), 'ORDER', rules);
    expect(mid.promoted).toEqual([]);
    expect(await waiting()).toEqual([4, 5, 7, 8].map((n, i) => [uid(n), i + 1]));

    // a confirmed person leaves: the first in line gets the seat and a message, the rest move up
    const seat = await cancelRegistration(db(), uid(2), 'ORDER', rules);
    expect(seat.promoted.map((r) => r.userId)).toEqual([uid(4)]);
    expect(await waiting()).toEqual([5, 7, 8].map((n, i) => [uid(n), i + 1]));
    const told = await db()
      .select()
      .from(outbox)
      .where(and(eq(outbox.seminarId, 'ORDER'), eq(outbox.kind, 'promoted')));
    expect(told.map((m) => m.userId)).toEqual([uid(4)]);

    await cancelRegistration(db(), uid(1), 'ORDER', rules);
    await cancelRegistration(db(), uid(3), 'ORDER', rules);
    const confirmed = (await active(db(), 'ORDER'))
      .filter((r) => r.status === 'confirmed')
      .map((r) => r.userId)
      .sort();
    expect(confirmed).toEqual([uid(4), uid(5), uid(7)]);
    expect(await waiting()).toEqual([[uid(8), 1]]);
    // the cancelled ones have no pending reminders left
    const pending = await db()
      .select()
      .from(outbox)
      .where(and(eq(outbox.userId, uid(1)), eq(outbox.seminarId, 'ORDER'), eq(outbox.status, 'pending')));
    expect(pending).toEqual([]);
  });

  it('after cancelling, registering again gives a fresh place', async () => {
    const again = await registerForSeminar(db(), uid(1), 'ORDER', rules);
    expect(again).toMatchObject({ status: 'waitlisted', position: 2, already: false });
  });

  it.each([
    ['DRAFT', 'notFound'],
    ['NOPE', 'notFound'],
    ['GONE', 'cancelled'],
    ['PAST', 'past'],
    ['LATE', 'deadlinePassed'],
    ['KAARST', 'notEligible'],
  ])('refuses %s (%s) and writes nothing', async (seminarId, reason) => {
    await expect(registerForSeminar(db(), uid(50), seminarId, rules)).rejects.toMatchObject({ reason });
    expect(await db().select().from(registrations).where(eq(registrations.seminarId, seminarId))).toEqual([]);
  });

  it('asks for the profile first, and says "full" when there is no waitlist', async () => {
    await expect(registerForSeminar(db(), 'no-profile', 'LOAD', rules)).rejects.toMatchObject({
      reason: 'profileMissing',
    });
    await registerForSeminar(db(), uid(60), 'NOWAIT', rules);
    const refused = await registerForSeminar(db(), uid(61), 'NOWAIT', rules).catch((e) => e);
    expect(refused).toBeInstanceOf(RegistrationRefused);
    expect(refused.reason).toBe('full');
  });

  it('an eligible municipality may register for a restricted seminar', async () => {
    await db()
      .update(users)
      .set({ municipalityId: 'kaarst' })
      .where(eq(users.aadObjectId, uid(70)));
    expect(await registerForSeminar(db(), uid(70), 'KAARST', rules)).toMatchObject({ status: 'confirmed' });
    expect(await db().select().from(municipalities)).toHaveLength(2);
  });

  it('a raised capacity in the catalogue promotes as many as fit, in line, and tells them', async () => {
    // LOAD: 20 confirmed, 180 waiting. The catalogue now offers 23 seats.
    const file = {
      seminars: [seminar('LOAD', { capacity: 23 })],
    };
    const r = await importCatalogue(db(), file, {
      now,
      effects: catalogueEffects({ reminderOffsetsMs: rules.reminderOffsetsMs }),
    });
    expect(r.changes).toEqual([{ kind: 'capacityRaised', seminarId: 'LOAD', from: 20, to: 23 }]);
    const rows = await active(db(), 'LOAD');
    expect(rows.filter((x) => x.status === 'confirmed')).toHaveLength(23);
    const waiting = rows
      .filter((x) => x.status === 'waitlisted')
      .map((x) => x.waitlistPosition!)
      .sort((a, b) => a - b);
    expect(waiting).toEqual(Array.from({ length: 177 }, (_, i) => i + 1));
    const told = await db()
      .select()
      .from(outbox)
      .where(and(eq(outbox.seminarId, 'LOAD'), eq(outbox.kind, 'promoted')));
    expect(told).toHaveLength(3);
    // the same file again changes nothing and tells nobody
    const again = await importCatalogue(db(), file, {
      now,
      effects: catalogueEffects({ reminderOffsetsMs: rules.reminderOffsetsMs }),
    });
    expect(again.changes).toEqual([]);
    expect(
      await db()
        .select()
        .from(outbox)
        .where(and(eq(outbox.seminarId, 'LOAD'), eq(outbox.kind, 'promoted'))),
    ).toHaveLength(3);
  });
});
