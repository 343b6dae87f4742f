// Guide alerts, broadcasts and the municipality overview over the database (no bot): who gets what, once.
import fs from 'node:fs';
import { and, eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { auditLog, outbox, registrations, users, type User } from '../db/schema.js';
import {
  BroadcastNotAllowed,
  broadcastReports,
  NoteTooLong,
  reportFinishedBroadcasts,
  SeminarNotShareable,
  sendBroadcast,
} from '../src/domain/broadcasts.js';
import { catalogueEffects } from '../src/domain/catalogue-effects.js';
import { importCatalogue } from '../src/domain/catalogue-import.js';
import { municipalityOverview } from '../src/domain/municipality-overview.js';
import { grantRole } from '../src/domain/roles.js';
import { recordUser } from '../src/domain/users.js';
import { describeEachEngine } from './support/db.js';

const now = new Date('2026-11-23T10:00:00Z');
const G_NEUSS = '00000000-0000-4000-8000-000000000101';
const G_KAARST = '00000000-0000-4000-8000-000000000102';
const E_1 = '00000000-0000-4000-8000-000000000103';
const E_2 = '00000000-0000-4000-8000-000000000104';
const E_3 = '00000000-0000-4000-8000-000000000105';
const E_4 = '00000000-0000-4000-8000-000000000106';
const E_5 = '00000000-0000-4000-8000-000000000107';
const E_6 = '00000000-0000-4000-8000-000000000108';
const effects = catalogueEffects({ reminderOffsetsMs: [7 * 86_400_000] });
const catalogue = () =>
  JSON.parse(fs.readFileSync(new URL('./fixtures/small-catalogue.json', import.meta.url), 'utf8'));

async function person(
  db: Parameters<typeof recordUser>[0],
  id: string,
  municipalityId: string | null,
  email?: string,
): Promise<User> {
  const { user } = await recordUser(
    db,
    {
      aadObjectId: id,
      tenantId: 't',
      teamsUserId: `29:${id}`,
      name: `Person ${id.slice(-3)}`,
      email,
      locale: 'de',
      conversationId: `c-${id}`,
      conversationReference: null,
    },
    now,
  );
  if (!municipalityId) return user;
  const [u] = await db
    .update(users)
    .set({ municipalityId, department: 'Amt 10' })
    .where(eq(users.aadObjectId, id))
    .returning();
  return u;
}

describeEachEngine('guide alerts and broadcasts', ({ db }) => {
  let guideNeuss: User;
  let guideKaarst: User;
  let employee: User;

  beforeAll(async () => {
    await importCatalogue(db(), { municipalities: catalogue().municipalities, seminars: [] }, { now });
    guideNeuss = await person(db(), G_NEUSS, 'neuss', 'lotsin.neuss@kommune.example');
    guideKaarst = await person(db(), G_KAARST, 'kaarst');
    employee = await person(db(), E_1, 'neuss');
    for (const id of [E_2, E_3, E_4]) await person(db(), id, 'neuss');
    await person(db(), E_5, 'kaarst');
    await person(db(), E_6, null);
    await db().update(users).set({ reachable: false }).where(eq(users.aadObjectId, E_4));
    await grantRole(
      db(),
      { principal: 'lotsin.neuss@kommune.example', role: 'guide', municipalityId: 'neuss', actor: 't' },
      now,
    );
    await grantRole(db(), { principal: G_KAARST, role: 'guide', municipalityId: 'kaarst', actor: 't' }, now);
  });

  it('a newly published seminar alerts exactly the guides of its eligible municipalities, once', async () => {
    const file = catalogue();
    file.seminars[0].eligibleMunicipalities = ['neuss'];
    await importCatalogue(db(), file, { now, effects });
    await importCatalogue(db(), file, { now, effects });
    file.seminars[1].title = 'Agiles Projektmanagement mit Scrum (neu)';
    await importCatalogue(db(), file, { now, effects });
    const alerts = await db().select().from(outbox).where(eq(outbox.kind, 'guide.alert'));
    expect(alerts.map((a) => `${a.seminarId}:${a.userId}`).sort()).toEqual([
      `TZG-2027-014:${G_NEUSS}`,
      `TZG-2027-015:${G_NEUSS}`,
      `TZG-2027-015:${G_KAARST}`,
    ]);
    expect(alerts.find((a) => a.seminarId === 'TZG-2027-014')!.payload).toEqual({
      seminarId: 'TZG-2027-014',
      municipalityIds: ['neuss'],
    });
  });

  it('a broadcast goes to every reachable colleague of the municipality, the guide excepted, once each', async () => {
    const r = await sendBroadcast(
      db(),
      {
        guide: guideNeuss,
        seminarId: 'TZG-2027-014',
        municipalityId: 'neuss',
        note: '  Sehr empfehlenswert!  ',
        confirmed: false,
      },
      now,
    );
    expect(r.status).toBe('queued');
    if (r.status !== 'queued') return;
    expect(r.recipients).toBe(3);
    const rows = await db().select().from(outbox).where(eq(outbox.broadcastId, r.broadcast.id));
    expect(rows.map((x) => x.userId).sort()).toEqual([E_1, E_2, E_3]);
    expect(rows[0].payload).toMatchObject({
      note: 'Sehr empfehlenswert!',
      guideName: 'Person 101',
      seminarId: 'TZG-2027-014',
    });
    const [entry] = await db().select().from(auditLog).where(eq(auditLog.action, 'broadcast.send'));
    expect(entry).toMatchObject({ actor: G_NEUSS, subject: 'TZG-2027-014', details: { recipients: 3 } });
  });

  it('a second broadcast of the same seminar within a day asks for confirmation first', async () => {
    const later = new Date(now.getTime() + 3 * 3_600_000);
    const r = await sendBroadcast(
      db(),
      { guide: guideNeuss, seminarId: 'TZG-2027-014', municipalityId: 'neuss', note: null, confirmed: false },
      later,
    );
    expect(r.status).toBe('confirm');
    expect(await db().select().from(outbox).where(eq(outbox.kind, 'broadcast'))).toHaveLength(3);
    const next = await sendBroadcast(
      db(),
      { guide: guideNeuss, seminarId: 'TZG-2027-014', municipalityId: 'neuss', note: null, confirmed: false },
      new Date(now.getTime() + 25 * 3_600_000),
    );
    expect(next.status).toBe('queued');
  });

  it('a double click sends once: the second of two concurrent sends asks for confirmation', async () => {
    const at = new Date(now.getTime() + 3 * 86_400_000);
    const input = {
      guide: guideNeuss,
      seminarId: 'TZG-2027-015',
      municipalityId: 'neuss',
      note: null,
      confirmed: false,
    };
    const results = await Promise.all([sendBroadcast(db(), input, at), sendBroadcast(db(), input, at)]);
    expect(results.map((r) => r.status).sort()).toEqual(['confirm', 'queued']);
  });

  it('refuses a non-guide, a guide of another municipality, a seminar not open to it and a long note', async () => {
    const send = (guide: User, municipalityId: string, seminarId = 'TZG-2027-014', note: string | null = null) =>
      sendBroadcast(db(), { guide, seminarId, municipalityId, note, confirmed: true }, now);
    await expect(send(employee, 'neuss')).rejects.toThrow(BroadcastNotAllowed);
    await expect(send(guideKaarst, 'neuss')).rejects.toThrow(BroadcastNotAllowed);
    await expect(send(guideKaarst, 'kaarst')).rejects.toThrow(SeminarNotShareable);
    await expect(send(guideNeuss, 'neuss', 'NOPE')).rejects.toThrow(SeminarNotShareable);
    await expect(send(guideNeuss, 'neuss', 'TZG-2027-015', 'x'.repeat(501))).rejects.toThrow(NoteTooLong);
  });

  it('reports a broadcast once, when none of its messages is pending, with the counts of the outbox', async () => {
    const [first] = (await broadcastReports(db(), G_NEUSS)).slice(-1);
    expect(first.counts).toMatchObject({ total: 3, pending: 3 });
    expect(await reportFinishedBroadcasts(db(), now)).toBe(0);
    const ids = (await db().select().from(outbox).where(eq(outbox.broadcastId, first.broadcast.id))).map((r) => r.id);
    await db().update(outbox).set({ status: 'sent' }).where(eq(outbox.id, ids[0]));
    await db().update(outbox).set({ status: 'unreachable' }).where(eq(outbox.id, ids[1]));
    await db().update(outbox).set({ status: 'failed' }).where(eq(outbox.id, ids[2]));
    // The other broadcast (a day later) is still pending.
    expect(await reportFinishedBroadcasts(db(), now)).toBe(1);
    expect(await reportFinishedBroadcasts(db(), now)).toBe(0);
    const reports = await db()
      .select()
      .from(outbox)
      .where(and(eq(outbox.kind, 'broadcast.report'), eq(outbox.broadcastId, first.broadcast.id)));
    expect(reports.map((r) => r.userId)).toEqual([G_NEUSS]);
    const [again] = (await broadcastReports(db(), G_NEUSS)).slice(-1);
    expect(again.counts).toEqual({ total: 3, delivered: 1, unreachable: 1, failed: 1, pending: 0 });
  });

  it('the overview counts colleagues per seminar, with names only of the own municipality', async () => {
    await db()
      .insert(registrations)
      .values([
        { seminarId: 'TZG-2027-014', userId: E_1, status: 'confirmed' },
        { seminarId: 'TZG-2027-014', userId: E_2, status: 'waitlisted', waitlistPosition: 1 },
        { seminarId: 'TZG-2027-014', userId: E_5, status: 'confirmed' },
      ]);
    const o = await municipalityOverview(db(), 'neuss', now);
    const s = o!.seminars.find((x) => x.seminarId === 'TZG-2027-014')!;
    expect(s).toMatchObject({ confirmed: 1, waitlisted: 1, totalConfirmed: 2, shareable: true });
    expect(s.people.map((p) => p.name)).toEqual(['Person 103', 'Person 104']);
    expect(o!.seminars.map((x) => x.seminarId)).toEqual(['TZG-2027-014', 'TZG-2027-015']);
    const k = await municipalityOverview(db(), 'kaarst', now);
    // Not open to Kaarst, but a colleague from Kaarst is registered: it shows, with that name only.
    expect(k!.seminars.map((x) => [x.seminarId, x.people.map((p) => p.name)])).toEqual([
      ['TZG-2027-014', ['Person 107']],
      ['TZG-2027-015', []],
    ]);
    expect(k!.seminars.map((x) => x.shareable)).toEqual([false, true]);
  });
});
