import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outbox, registrations } from '../db/schema.js';
import { calendarFor } from '../src/domain/calendar.js';
import { importCatalogue } from '../src/domain/catalogue-import.js';
import { cancelReminders, planReminders, replanReminders } from '../src/domain/reminders.js';
import { startTestBot, type TestBot } from './support/bot.js';
import { describeEachEngine } from './support/db.js';
import { actionsOf, testUser, textOf, type TestUser } from './support/teams.js';

const DAY = 86_400_000;
const OFFSETS = [7 * DAY, DAY];

/** A catalogue with one in-person seminar per entry, each starting at its own time (one hour long). */
function catalogue(list: { id: string; start: string; status?: string }[]) {
  return {
    municipalities: [{ id: 'neuss', name: 'Stadt Neuss' }],
    seminars: list.map((s) => ({
      id: s.id,
      title: `Seminar ${s.id}`,
      format: 'in_person',
      location: 'TZG Akademie Glehn, Korschenbroich',
      capacity: 10,
      status: s.status ?? 'published',
      sessions: [{ start: s.start, end: new Date(new Date(s.start).getTime() + 3_600_000).toISOString() }],
    })),
  };
}

describeEachEngine('reminders before a seminar', ({ database }) => {
  let bot: TestBot;
  const db = () => database().db;
  const seminars = [
    { id: 'R-ONE', start: '2027-03-02T08:00:00Z' }, // Di., 02.03.2027, 09:00 Uhr in Berlin
    { id: 'R-CANCEL', start: '2027-03-09T08:00:00Z' },
    { id: 'R-LATE', start: '2027-03-16T08:00:00Z' },
    { id: 'R-EXPIRED', start: '2027-03-23T08:00:00Z' },
    { id: 'R-SKIP', start: '2027-03-30T07:00:00Z' },
    { id: 'R-MOVED', start: '2027-04-06T07:00:00Z' },
  ];

  beforeAll(async () => {
    bot = await startTestBot(database(), { now: '2026-11-23T10:00:00Z' });
    await importCatalogue(db(), catalogue(seminars), { now: bot.clock.now() });
  });
  afterAll(async () => bot?.stop());

  /** The user writes "Hallo" (which records the conversation reference) and gets a confirmed seat. */
  async function registered(u: TestUser, seminarId: string) {
    await bot.chat.say(u, 'Hallo');
    const now = bot.clock.now();
    const [reg] = await db()
      .insert(registrations)
      .values({ seminarId, userId: u.aadObjectId, status: 'confirmed', createdAt: now, updatedAt: now })
      .returning();
    return reg;
  }
  const remindersTo = (u: TestUser) =>
    bot.connector.to(u.conversationId).filter((a) => /Erinnerung/.test(textOf({ out: [a] })));

  it('sends exactly one reminder per registration and offset, in German, with dates, place and the cancel button', async () => {
    const u = testUser(11);
    const reg = await registered(u, 'R-ONE');
    expect(await planReminders(db(), reg, OFFSETS, bot.clock.now())).toBe(2);
    expect(await planReminders(db(), reg, OFFSETS, bot.clock.now())).toBe(0); // a repeated call plans nothing twice

    await bot.running.delivery.drainOnce();
    expect(remindersTo(u)).toHaveLength(0); // not due yet

    bot.clock.set('2027-02-23T08:00:00Z'); // 7 days before
    await bot.running.delivery.drainOnce();
    await bot.running.delivery.drainOnce();
    const first = remindersTo(u);
    expect(first).toHaveLength(1);
    const text = textOf({ out: first });
    expect(text).toContain('Erinnerung: Seminar R-ONE');
    expect(text).toContain('Ihr Seminar „Seminar R-ONE“ beginnt in 7 Tagen, am Di., 02.03.2027 um 09:00 Uhr.');
    expect(text).toContain('Di., 02.03.2027, 09:00–10:00 Uhr');
    expect(text).toContain('TZG Akademie Glehn, Korschenbroich');
    const card = first[0].attachments?.[0]?.content;
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    expect(actionsOf(card)).toEqual([
      expect.objectContaining({
        type: 'Action.Execute',
        title: 'Abmelden',
        verb: 'registration.cancel',
        data: { seminarId: 'R-ONE' },
      }),
    ]);
    expect(first[0].summary).toBe('Erinnerung: „Seminar R-ONE“ am Di., 02.03.2027, 09:00 Uhr');

    bot.clock.set('2027-03-01T08:00:00Z'); // 1 day before
    await bot.running.delivery.drainOnce();
    await bot.running.delivery.drainOnce();
    const all = remindersTo(u);
    expect(all).toHaveLength(2);
    expect(textOf({ out: [all[1]] })).toContain('beginnt morgen, am Di., 02.03.2027 um 09:00 Uhr');
    const rows = await db().select().from(outbox).where(eq(outbox.userId, u.aadObjectId));
    expect(rows.map((r) => r.status)).toEqual(['sent', 'sent']);
  });

  it('sends none after the registration is cancelled', async () => {
    bot.clock.set('2026-11-23T10:00:00Z');
    const u = testUser(12);
    const reg = await registered(u, 'R-CANCEL');
    expect(await planReminders(db(), reg, OFFSETS, bot.clock.now())).toBe(2);
    await db().transaction(async (tx) => {
      await tx.update(registrations).set({ status: 'cancelled' }).where(eq(registrations.id, reg.id));
      expect(await cancelReminders(tx, { userId: u.aadObjectId, seminarId: 'R-CANCEL' }, bot.clock.now())).toBe(2);
    });
    bot.clock.set('2027-03-08T09:00:00Z');
    await bot.running.delivery.drainOnce();
    expect(remindersTo(u)).toHaveLength(0);
  });

  it('drops a reminder whose registration was cancelled without cancelling the reminder', async () => {
    bot.clock.set('2026-11-23T10:00:00Z');
    const u = testUser(13);
    const reg = await registered(u, 'R-CANCEL');
    await planReminders(db(), reg, OFFSETS, bot.clock.now());
    await db().update(registrations).set({ status: 'cancelled' }).where(eq(registrations.id, reg.id));
    bot.clock.set('2027-03-08T09:00:00Z');
    await bot.running.delivery.drainOnce();
    expect(remindersTo(u)).toHaveLength(0);
    const rows = await db().select().from(outbox).where(eq(outbox.userId, u.aadObjectId));
    expect(rows.map((r) => r.status)).toEqual(['cancelled', 'cancelled']);
  });

  it('sends a late reminder while the seminar has not begun (only the closest one), and drops an expired one', async () => {
    bot.clock.set('2026-11-23T10:00:00Z');
    const late = testUser(14);
    const expired = testUser(15);
    await planReminders(db(), await registered(late, 'R-LATE'), OFFSETS, bot.clock.now());
    await planReminders(db(), await registered(expired, 'R-EXPIRED'), OFFSETS, bot.clock.now());

    bot.clock.set('2027-03-16T06:00:00Z'); // no bot ran for weeks; R-LATE begins in two hours
    await bot.running.delivery.drainOnce();
    expect(remindersTo(late)).toHaveLength(1);
    expect(textOf({ out: remindersTo(late) })).toContain('beginnt heute');

    bot.clock.set('2027-03-23T08:30:00Z'); // R-EXPIRED has begun
    await bot.running.delivery.drainOnce();
    expect(remindersTo(expired)).toHaveLength(0);
    const rows = await db().select().from(outbox).where(eq(outbox.userId, expired.aadObjectId));
    expect(rows.map((r) => r.status).sort()).toEqual(['expired', 'expired']);
  });

  it('skips offsets that lie in the past at registration', async () => {
    bot.clock.set('2027-03-27T07:00:00Z'); // three days before R-SKIP
    const u = testUser(16);
    const reg = await registered(u, 'R-SKIP');
    expect(await planReminders(db(), reg, OFFSETS, bot.clock.now())).toBe(1);
    const [row] = await db().select().from(outbox).where(eq(outbox.userId, u.aadObjectId));
    expect(row.dueAt.toISOString()).toBe('2027-03-29T07:00:00.000Z');
    expect(row.expiresAt?.toISOString()).toBe('2027-03-30T07:00:00.000Z');
  });

  it('plans nothing for a waitlisted registration', async () => {
    bot.clock.set('2026-11-23T10:00:00Z');
    const u = testUser(17);
    const reg = await registered(u, 'R-MOVED');
    await db()
      .update(registrations)
      .set({ status: 'waitlisted', waitlistPosition: 1 })
      .where(eq(registrations.id, reg.id));
    expect(await planReminders(db(), reg, OFFSETS, bot.clock.now())).toBe(0);
    await db()
      .update(registrations)
      .set({ status: 'confirmed', waitlistPosition: null })
      .where(eq(registrations.id, reg.id));
    expect(await planReminders(db(), reg, OFFSETS, bot.clock.now())).toBe(2);
  });

  it('re-plans when the times change, and again when they change back', async () => {
    bot.clock.set('2026-11-23T10:00:00Z');
    const u = testUser(17);
    const pending = () =>
      db()
        .select()
        .from(outbox)
        .where(and(eq(outbox.userId, u.aadObjectId), eq(outbox.seminarId, 'R-MOVED'), eq(outbox.status, 'pending')));
    const move = async (start: string) => {
      await importCatalogue(
        db(),
        catalogue([...seminars.filter((s) => s.id !== 'R-MOVED'), { id: 'R-MOVED', start }]),
        { now: bot.clock.now() },
      );
      await db().transaction((tx) => replanReminders(tx, 'R-MOVED', OFFSETS, bot.clock.now()));
    };
    await move('2027-04-07T07:00:00Z');
    expect((await pending()).map((r) => r.dueAt.toISOString()).sort()).toEqual([
      '2027-03-31T07:00:00.000Z',
      '2027-04-06T07:00:00.000Z',
    ]);
    await move('2027-04-06T07:00:00Z');
    expect((await pending()).map((r) => r.dueAt.toISOString()).sort()).toEqual([
      '2027-03-30T07:00:00.000Z',
      '2027-04-05T07:00:00.000Z',
    ]);
  });
});

describe('the calendar file', () => {
  it('has one event per session with place and title', () => {
    const ics = calendarFor(
      {
        id: 'TZG-1',
        title: 'Scrum kompakt',
        summary: 'Agil arbeiten.',
        location: 'Rathaus Kaarst',
        onlineUrl: null,
        format: 'in_person',
      },
      [
        { startsAt: new Date('2027-04-14T07:00:00Z'), endsAt: new Date('2027-04-14T10:30:00Z'), location: null },
        { startsAt: new Date('2027-04-13T07:00:00Z'), endsAt: new Date('2027-04-13T14:00:00Z'), location: null },
      ],
      new Date('2026-11-23T10:00:00Z'),
    );
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics).toContain('DTSTART:20270413T070000Z');
    expect(ics).toContain('SUMMARY:Scrum kompakt (1/2)');
    expect(ics).toContain('LOCATION:Rathaus Kaarst');
    expect(ics).toContain('UID:TZG-1-1@seminar-lotse');
  });
});
