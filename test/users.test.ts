// Recording who talks: the first activity inserts, a turn that changes nothing only reads, a change is written.
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { users } from '../db/schema.js';
import { LAST_SEEN_RESOLUTION_MS, recordUser, type SeenUser } from '../src/domain/users.js';
import { describeEachEngine } from './support/db.js';

const AAD = '00000000-0000-4000-8000-000000000901';
const t0 = new Date('2026-11-23T10:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);
const reference = (activityId: string, serviceUrl = 'https://smba.example/emea/') => ({
  activityId,
  serviceUrl,
  conversation: { id: 'a:personal-1' },
  user: { id: '29:x' },
});
const seen = (over: Partial<SeenUser> = {}): SeenUser => ({
  aadObjectId: AAD,
  tenantId: 'tenant',
  teamsUserId: '29:x',
  name: 'Erika Muster',
  locale: 'de-DE',
  conversationId: 'a:personal-1',
  conversationReference: reference('1'),
  ...over,
});

describeEachEngine('recording the user of a turn', ({ db }) => {
  it('inserts on first contact and says so', async () => {
    const { user, isNew } = await recordUser(db(), seen(), t0);
    expect(isNew).toBe(true);
    expect(user).toMatchObject({ name: 'Erika Muster', lastSeenAt: t0, reachable: true });
  });

  it('leaves the row alone when a later turn says nothing new (another activity id is not news)', async () => {
    const { user, isNew } = await recordUser(db(), seen({ conversationReference: reference('2') }), at(60_000));
    expect(isNew).toBe(false);
    expect(user.lastSeenAt).toEqual(t0);
    const [row] = await db().select().from(users).where(eq(users.aadObjectId, AAD));
    expect(row.lastSeenAt).toEqual(t0);
  });

  it('writes a changed name, locale or service URL at once', async () => {
    const { user } = await recordUser(
      db(),
      seen({ name: 'Erika Beispiel', conversationReference: reference('3', 'https://smba.example/de/') }),
      at(120_000),
    );
    expect(user.name).toBe('Erika Beispiel');
    expect(user.lastSeenAt).toEqual(at(120_000));
    expect((user.conversationReference as { serviceUrl: string }).serviceUrl).toBe('https://smba.example/de/');
    const english = await recordUser(
      db(),
      seen({
        name: 'Erika Beispiel',
        locale: 'en-US',
        conversationReference: reference('4', 'https://smba.example/de/'),
      }),
      at(130_000),
    );
    expect(english.user.locale).toBe('en-US');
  });

  it('makes an unreachable user reachable again on their next activity', async () => {
    await db().update(users).set({ reachable: false, unreachableReason: '403' }).where(eq(users.aadObjectId, AAD));
    const { user } = await recordUser(
      db(),
      seen({
        name: 'Erika Beispiel',
        locale: 'en-US',
        conversationReference: reference('5', 'https://smba.example/de/'),
      }),
      at(140_000),
    );
    expect(user).toMatchObject({ reachable: true, unreachableReason: null });
  });

  it('refreshes the time last seen once it is older than the resolution', async () => {
    const later = at(140_000 + LAST_SEEN_RESOLUTION_MS + 1);
    const { user } = await recordUser(
      db(),
      seen({
        name: 'Erika Beispiel',
        locale: 'en-US',
        conversationReference: reference('6', 'https://smba.example/de/'),
      }),
      later,
    );
    expect(user.lastSeenAt).toEqual(later);
  });
});
