import { afterAll, beforeAll, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { users } from '../db/schema.js';
import { grantRole } from '../src/domain/roles.js';
import { startTestBot, type TestBot } from './support/bot.js';
import { describeEachEngine } from './support/db.js';
import { cardsOf, testUser, textOf } from './support/teams.js';

describeEachEngine('the bot over HTTP', ({ database }) => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot(database());
  });
  afterAll(async () => bot?.stop());

  it('is healthy once the database is migrated', async () => {
    const res = await fetch(`${bot.running.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok' });
  });

  it('welcomes a new user in German on "Hallo" and records them with their conversation reference', async () => {
    const u = testUser(1);
    const r = await bot.chat.say(u, 'Hallo');
    expect(r.status).toBe(200);
    const text = textOf(r);
    expect(text).toContain('Willkommen beim Seminar-Lotsen');
    expect(text).toMatch(/Fragen Sie/);
    expect(cardsOf(r)[0]).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    const [row] = await database().db.select().from(users).where(eq(users.aadObjectId, u.aadObjectId));
    expect(row).toMatchObject({
      name: 'Test Person 1',
      locale: 'de',
      conversationId: u.conversationId,
      email: u.email,
      reachable: true,
    });
    expect(row.conversationReference).toMatchObject({
      serviceUrl: bot.connector.url,
      conversation: { id: u.conversationId },
    });
  });

  it('answers "help" in English for an English client, without the welcome the second time', async () => {
    const u = testUser(2, { locale: 'en-US' });
    await bot.chat.say(u, 'hi');
    const r = await bot.chat.say(u, 'help');
    const text = textOf(r);
    expect(text).toContain('How I can help');
    expect(text).not.toContain('Welcome');
  });

  it('tells guides and admins their commands in the help, and nobody else', async () => {
    const guide = testUser(5);
    await grantRole(database().db, { principal: guide.aadObjectId, role: 'admin', actor: 'test' }, new Date());
    expect(textOf(await bot.chat.say(guide, 'Hilfe'))).toContain('„Neues Seminar“');
    expect(textOf(await bot.chat.say(testUser(1), 'Hilfe'))).not.toContain('„Neues Seminar“');
  });

  it('asks the member API about a user without an e-mail at most once an hour, and records the e-mail once it is known', async () => {
    const u = testUser(40, { email: undefined });
    const lookups = () => bot.connector.memberLookups.filter((id) => id === u.id).length;
    await bot.chat.say(u, 'Hallo');
    await bot.chat.say(u, 'Hilfe');
    await bot.chat.say(u, 'Meine Anmeldungen');
    expect(lookups()).toBe(1);
    const emailOf = async () =>
      (await database().db.select().from(users).where(eq(users.aadObjectId, u.aadObjectId)))[0].email;
    expect(await emailOf()).toBeNull();

    u.email = 'Person40@Kommune.example'; // the member API knows it from now on
    bot.clock.advance(59 * 60_000);
    await bot.chat.say(u, 'Hilfe');
    expect(lookups()).toBe(1);
    bot.clock.advance(2 * 60_000);
    await bot.chat.say(u, 'Hilfe');
    expect(lookups()).toBe(2);
    expect(await emailOf()).toBe('person40@kommune.example');
    await bot.chat.say(u, 'Hilfe');
    expect(lookups()).toBe(2);
  });

  it('welcomes on installation', async () => {
    const u = testUser(3);
    const r = await bot.chat.turn(bot.chat.installed(u));
    expect(textOf(r)).toContain('Willkommen beim Seminar-Lotsen');
  });

  it('refuses malformed requests with 400, never 500', async () => {
    expect((await bot.chat.post('{not json')).status).toBe(400);
    expect((await bot.chat.post('[]')).status).toBe(400);
    expect((await bot.chat.post({ hello: 'world' })).status).toBe(400);
    expect((await bot.chat.post({ type: 'message' })).status).toBe(400);
    const good = bot.chat.message(testUser(9), 'Hallo');
    expect((await bot.chat.post({ ...good, serviceUrl: 'not a url' })).status).toBe(400);
    expect((await bot.chat.post({ ...good, conversation: undefined })).status).toBe(400);
    expect((await bot.chat.post({ ...good, from: { name: 'no id' } })).status).toBe(400);
  });
});

describeEachEngine('tenant restriction', ({ database }) => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot(database(), { env: { ALLOWED_TENANTS: 'aaaaaaaa-0000-4000-8000-000000000001' } });
  });
  afterAll(async () => bot?.stop());

  it('refuses activities from another tenant and records nobody', async () => {
    const u = testUser(4);
    const r = await bot.chat.say(u, 'Hallo');
    expect(textOf(r)).toContain('nicht freigegeben');
    const rows = await database().db.select().from(users).where(eq(users.aadObjectId, u.aadObjectId));
    expect(rows).toHaveLength(0);
  });
});
