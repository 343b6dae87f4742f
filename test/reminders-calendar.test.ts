import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { registrations } from '../db/schema.js';
import { importCatalogue } from '../src/domain/catalogue-import.js';
import { planReminders } from '../src/domain/reminders.js';
import { startTestBot, type TestBot } from './support/bot.js';
import { describeEachEngine } from './support/db.js';
import { testUser } from './support/teams.js';

describeEachEngine('the calendar file of a reminder', ({ database }) => {
  let bot: TestBot;
  const db = () => database().db;
  beforeAll(async () => {
    bot = await startTestBot(database(), {
      now: '2026-11-23T10:00:00Z',
      env: { PUBLIC_URL: 'https://lotse.kreis.example/' },
    });
    await importCatalogue(
      db(),
      {
        seminars: [
          {
            id: 'ICS-1',
            title: 'E-Akte für Einsteiger',
            format: 'in_person',
            location: 'Kreishaus Grevenbroich, Raum 2.14',
            capacity: 8,
            sessions: [
              { start: '2027-02-02T09:00:00+01:00', end: '2027-02-02T12:00:00+01:00' },
              { start: '2027-02-03T09:00:00+01:00', end: '2027-02-03T12:00:00+01:00' },
            ],
          },
        ],
      },
      { now: bot.clock.now() },
    );
  });
  afterAll(async () => bot?.stop());

  it('is linked from the reminder card and served while the seat is held, not after cancelling', async () => {
    const u = testUser(61);
    await bot.chat.say(u, 'Hallo');
    const now = bot.clock.now();
    const [reg] = await db()
      .insert(registrations)
      .values({ seminarId: 'ICS-1', userId: u.aadObjectId, status: 'confirmed', createdAt: now, updatedAt: now })
      .returning();
    await planReminders(db(), reg, [86_400_000], now);
    bot.clock.set('2027-02-01T08:00:00Z');
    await bot.running.delivery.drainOnce();

    const [reminder] = bot.connector
      .to(u.conversationId)
      .filter((a) => a.attachments?.length && JSON.stringify(a).includes('Erinnerung'));
    const card = JSON.stringify(reminder.attachments?.[0]?.content);
    const link =
      /"title":"In den Kalender eintragen","url":"(https:\/\/lotse\.kreis\.example\/calendar\/([A-Za-z0-9_-]+)\.ics)"/.exec(
        card,
      );
    expect(link).not.toBeNull();

    const res = await fetch(`${bot.running.url}/calendar/${link![2]}.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="ICS-1.ics"');
    const ics = await res.text();
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics).toContain('DTSTART:20270202T080000Z');
    expect(ics).toContain('LOCATION:Kreishaus Grevenbroich\\, Raum 2.14');

    expect((await fetch(`${bot.running.url}/calendar/${'x'.repeat(24)}.ics`)).status).toBe(404);
    expect((await fetch(`${bot.running.url}/calendar/${reg.id}.ics`)).status).toBe(404);
    await db().update(registrations).set({ status: 'cancelled' }).where(eq(registrations.id, reg.id));
    expect((await fetch(`${bot.running.url}/calendar/${link![2]}.ics`)).status).toBe(404);
  });
});
