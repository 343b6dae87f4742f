import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { auditLog, municipalities, users } from '../db/schema.js';
import { recordUser } from '../src/domain/users.js';
import {
  grantRole,
  guidesOf,
  InvalidPrincipal,
  listRoles,
  MunicipalityRequired,
  revokeRole,
  rolesOf,
  UnknownMunicipality,
} from '../src/domain/roles.js';
import { startTestBot, type TestBot } from './support/bot.js';
import { describeEachEngine } from './support/db.js';
import { testUser } from './support/teams.js';

const now = new Date('2026-11-23T10:00:00Z');
const AAD = '00000000-0000-4000-8000-0000000000aa';

describeEachEngine('roles', ({ db }) => {
  beforeAll(async () => {
    await db()
      .insert(municipalities)
      .values([
        { id: 'neuss', name: 'Stadt Neuss' },
        { id: 'kaarst', name: 'Stadt Kaarst' },
      ]);
  });

  it('everyone is an employee until granted more', async () => {
    expect(await rolesOf(db(), { aadObjectId: AAD, email: 'nobody@kommune.example' })).toEqual({
      admin: false,
      guideOf: [],
    });
  });

  it('a grant by object id or by e-mail (any case) gives the role to that user, and is audited', async () => {
    await grantRole(db(), { principal: AAD.toUpperCase(), role: 'admin', actor: 'test' }, now);
    await grantRole(
      db(),
      { principal: 'Lotsin@Kommune.Example', role: 'guide', municipalityId: 'neuss', actor: 'test' },
      now,
    );
    expect(await rolesOf(db(), { aadObjectId: AAD, email: null })).toEqual({ admin: true, guideOf: [] });
    expect(await rolesOf(db(), { aadObjectId: 'someone-else', email: 'lotsin@kommune.example' })).toEqual({
      admin: false,
      guideOf: ['neuss'],
    });
    const audit = await db().select().from(auditLog).where(eq(auditLog.action, 'role.grant'));
    expect(audit.map((a) => a.subject).sort()).toEqual([AAD, 'lotsin@kommune.example']);
  });

  it('granting the same role twice is a no-op; a second municipality adds to the first', async () => {
    const again = await grantRole(
      db(),
      { principal: 'lotsin@kommune.example', role: 'guide', municipalityId: 'neuss', actor: 'test' },
      now,
    );
    expect(again.created).toBe(false);
    await grantRole(
      db(),
      { principal: 'lotsin@kommune.example', role: 'guide', municipalityId: 'kaarst', actor: 'test' },
      now,
    );
    expect((await rolesOf(db(), { aadObjectId: 'x', email: 'lotsin@kommune.example' })).guideOf).toEqual([
      'kaarst',
      'neuss',
    ]);
    expect((await listRoles(db())).map((g) => `${g.role}:${g.municipalityId ?? ''}:${g.principal}`)).toEqual([
      `admin::${AAD}`,
      'guide:kaarst:lotsin@kommune.example',
      'guide:neuss:lotsin@kommune.example',
    ]);
  });

  it('refuses an unknown municipality, a guide without one and a principal that is neither id nor e-mail', async () => {
    await expect(
      grantRole(db(), { principal: 'a@b.de', role: 'guide', municipalityId: 'atlantis', actor: 't' }, now),
    ).rejects.toThrow(UnknownMunicipality);
    await expect(grantRole(db(), { principal: 'a@b.de', role: 'guide', actor: 't' }, now)).rejects.toThrow(
      MunicipalityRequired,
    );
    await expect(grantRole(db(), { principal: 'bob', role: 'admin', actor: 't' }, now)).rejects.toThrow(
      InvalidPrincipal,
    );
  });

  it('revoking by e-mail also removes a grant to the object id of the user with that e-mail', async () => {
    const { user } = await recordUser(
      db(),
      {
        aadObjectId: AAD,
        tenantId: 't',
        teamsUserId: '29:x',
        name: 'Ada Admin',
        email: 'ada@kommune.example',
        locale: 'de',
        conversationId: null,
        conversationReference: null,
      },
      now,
    );
    expect((await rolesOf(db(), user)).admin).toBe(true);
    const r = await revokeRole(db(), { principal: 'ada@kommune.example', role: 'admin', actor: 'test' }, now);
    expect(r.removed).toBe(1);
    expect((await rolesOf(db(), user)).admin).toBe(false);
    const [entry] = await db().select().from(auditLog).where(eq(auditLog.action, 'role.revoke'));
    expect(entry).toMatchObject({
      actor: 'test',
      subject: 'ada@kommune.example',
      details: { role: 'admin', removed: 1 },
    });
  });

  it('revoking a guide for one municipality keeps the other', async () => {
    await revokeRole(
      db(),
      { principal: 'lotsin@kommune.example', role: 'guide', municipalityId: 'kaarst', actor: 'test' },
      now,
    );
    expect((await rolesOf(db(), { aadObjectId: 'x', email: 'lotsin@kommune.example' })).guideOf).toEqual(['neuss']);
  });

  it('guidesOf finds guides who have written, by e-mail grant, for the given municipalities only', async () => {
    await recordUser(
      db(),
      {
        aadObjectId: 'guide-aad',
        tenantId: 't',
        teamsUserId: '29:g',
        name: 'Lotsin',
        email: 'LOTSIN@kommune.example',
        locale: 'de',
        conversationId: 'c',
        conversationReference: null,
      },
      now,
    );
    expect((await guidesOf(db(), ['neuss'])).map((g) => [g.municipalityId, g.user.aadObjectId])).toEqual([
      ['neuss', 'guide-aad'],
    ]);
    expect(await guidesOf(db(), ['kaarst'])).toEqual([]);
    expect(await guidesOf(db(), [])).toEqual([]);
    expect((await guidesOf(db(), null)).length).toBe(1);
  });
});

describeEachEngine('a grant by e-mail before first contact', ({ database }) => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot(database());
    await database().db.insert(municipalities).values({ id: 'neuss', name: 'Stadt Neuss' });
  });
  afterAll(async () => bot?.stop());

  it('takes effect when the person first writes (e-mail from the Teams member API)', async () => {
    const guide = testUser(40, { email: 'guide@kommune.example' });
    await grantRole(
      database().db,
      { principal: 'guide@kommune.example', role: 'guide', municipalityId: 'neuss', actor: 'test' },
      now,
    );
    expect(await guidesOf(database().db, ['neuss'])).toEqual([]);
    await bot.chat.say(guide, 'Hallo');
    const [row] = await database().db.select().from(users).where(eq(users.aadObjectId, guide.aadObjectId));
    expect(row.email).toBe('guide@kommune.example');
    expect(await rolesOf(database().db, row)).toEqual({ admin: false, guideOf: ['neuss'] });
    expect((await guidesOf(database().db, ['neuss'])).map((g) => g.user.aadObjectId)).toEqual([guide.aadObjectId]);
  });
});
