// Registering as a person does, over HTTP: press "Anmelden", fill the profile card, see the card change; the waitlist,
// "Meine Anmeldungen" with a confirmed cancellation, and the promotion message to the first in line only.
import { and, eq, ne } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { registrations } from '../db/schema.js';
import { importCatalogue } from '../src/domain/catalogue-import.js';
import { VERBS } from '../src/bot/verbs.js';
import { startTestBot, type TestBot } from './support/bot.js';
import { describeEachEngine } from './support/db.js';
import { cardIssues } from './support/card-parser.js';
import { actionsOf, cardsOf, testUser, textOf, type Reply, type TestUser } from './support/teams.js';

const now = '2026-11-23T10:00:00Z';
const catalogue = {
  municipalities: [
    { id: 'neuss', name: 'Stadt Neuss' },
    { id: 'kaarst', name: 'Stadt Kaarst' },
  ],
  seminars: [
    {
      id: 'SCRUM-1',
      title: 'Agiles Projektmanagement mit Scrum',
      summary: 'Scrum in Verwaltungsprojekten.',
      format: 'in_person',
      location: 'TZG Akademie Glehn, Korschenbroich',
      capacity: 2,
      fee: { amount: 390, currency: 'EUR' },
      registrationDeadline: '2027-02-15T23:59:00+01:00',
      sessions: [{ start: '2027-03-02T09:00:00+01:00', end: '2027-03-02T16:00:00+01:00' }],
    },
    {
      id: 'KAARST-ONLY',
      title: 'E-Akte für Kaarst',
      format: 'online',
      capacity: 10,
      eligibleMunicipalities: ['kaarst'],
      sessions: [{ start: '2027-03-03T09:00:00+01:00', end: '2027-03-03T12:00:00+01:00' }],
    },
  ],
};

/** Presses the first button whose title matches, filling inputs, as the acceptance harness does. */
async function press(
  bot: TestBot,
  u: TestUser,
  reply: Reply,
  title: RegExp,
  fill: Record<string, string> = {},
): Promise<Reply> {
  for (const card of cardsOf(reply).reverse()) {
    const action = actionsOf(card).find((a) => title.test(a.title ?? ''));
    if (!action) continue;
    const data = { ...(action.data ?? {}), ...fill };
    if (action.type === 'Action.Execute') return bot.chat.turn(bot.chat.execute(u, action.verb!, data));
    return bot.chat.turn(bot.chat.submit(u, data));
  }
  throw new Error(`no button ${title} in ${JSON.stringify(cardsOf(reply)).slice(0, 400)}`);
}

describeEachEngine('registering through cards', ({ database }) => {
  let bot: TestBot;
  const users = Array.from({ length: 4 }, (_, i) => testUser(100 + i));
  beforeAll(async () => {
    await importCatalogue(database().db, catalogue, { now: new Date(now) });
    bot = await startTestBot(database(), { now, env: { LOG_LEVEL: 'error' } });
  });
  afterAll(async () => bot?.stop());

  const register = (u: TestUser, data: unknown = { seminarId: 'SCRUM-1' }) =>
    bot.chat.turn(bot.chat.execute(u, VERBS.register, data));

  it('asks for the profile once, then registers and shows the new state in place', async () => {
    const u = users[0];
    await bot.chat.say(u, 'Hallo');
    const first = await register(u);
    expect(first.invokeCard).toBeDefined();
    expect(textOf(first)).toContain('Kommune');
    // a profile without department is refused with a clear message, nothing registered
    const incomplete = await press(bot, u, first, /Speichern/, { municipality: 'neuss', department: '' });
    expect(textOf(incomplete)).toContain('Bitte geben Sie Ihr Amt oder Dezernat an.');
    const done = await press(bot, u, incomplete, /Speichern/, { municipality: 'neuss', department: 'Hauptamt' });
    const text = textOf(done);
    expect(text).toContain('Sie sind für „Agiles Projektmanagement mit Scrum“ angemeldet (Di., 02.03.2027, 09:00 Uhr)');
    expect(text).toContain('7 Tage und 1 Tag');
    expect(actionsOf(done.invokeCard).map((a) => a.title)).toContain('Abmelden');
    // the second click changes nothing
    const again = await register(u);
    expect(textOf(again)).toContain('Sie sind bereits für „Agiles Projektmanagement mit Scrum“ angemeldet.');
    // and the profile is not asked again for the next seminar
    const refused = await register(u, { seminarId: 'KAARST-ONLY' });
    expect(textOf(refused)).toContain('für Beschäftigte Ihrer Kommune (Stadt Neuss) leider nicht geöffnet');
    // and the card no longer offers a button that cannot work for this person
    expect(textOf(refused)).toContain('Für Beschäftigte Ihrer Kommune leider nicht geöffnet.');
    expect(actionsOf(refused.invokeCard).map((a) => a.title)).not.toContain('Anmelden');
  });

  it('fills the seats, then puts people on the waitlist with their position', async () => {
    for (const u of users.slice(1)) {
      await bot.chat.say(u, 'Hallo');
      const profile = await register(u);
      await press(bot, u, profile, /Speichern/, { municipality: 'neuss', department: 'Ordnungsamt' });
    }
    const third = await register(users[2]);
    expect(textOf(third)).toContain('Sie stehen bereits auf Platz 1 der Warteliste');
    const rows = await database()
      .db.select()
      .from(registrations)
      .where(and(eq(registrations.seminarId, 'SCRUM-1'), ne(registrations.status, 'cancelled')));
    expect(
      rows
        .filter((r) => r.status === 'confirmed')
        .map((r) => r.userId)
        .sort(),
    ).toEqual([users[0].aadObjectId, users[1].aadObjectId].sort());
    expect(rows.filter((r) => r.status === 'waitlisted').map((r) => [r.userId, r.waitlistPosition])).toEqual([
      [users[2].aadObjectId, 1],
      [users[3].aadObjectId, 2],
    ]);
  });

  it('a refresh of the seminar card (Universal Actions) shows the current seats', async () => {
    const outsider = testUser(199);
    await bot.chat.say(outsider, 'Hallo');
    const r = await bot.chat.turn(
      bot.chat.execute(outsider, VERBS.refresh, { seminarId: 'SCRUM-1' }, 'message-of-the-card'),
    );
    expect(textOf(r)).toContain('ausgebucht – 2 auf der Warteliste');
    expect(actionsOf(r.invokeCard).map((a) => a.title)).toContain('Auf die Warteliste');
    // with the id of the message, the card keeps its refresh so that it stays current
    expect(r.invokeCard).toMatchObject({
      refresh: { action: { verb: VERBS.refresh, data: { seminarId: 'SCRUM-1' } } },
    });
  });

  it('cancelling from "Meine Anmeldungen" asks first, then tells the first in line and nobody else', async () => {
    const u = users[0];
    const list = await bot.chat.say(u, 'Meine Anmeldungen');
    expect(textOf(list)).toContain('Agiles Projektmanagement mit Scrum');
    expect(textOf(list)).toContain('Angemeldet');
    const ask = await press(bot, u, list, /Abmelden/);
    expect(textOf(ask)).toContain('Möchten Sie sich wirklich von „Agiles Projektmanagement mit Scrum“');
    const mark = bot.connector.sent.length;
    const done = await press(bot, u, ask, /Abmelden/);
    expect(textOf(done)).toContain('Sie sind von „Agiles Projektmanagement mit Scrum“ abgemeldet.');
    expect(textOf(done)).toContain('Sie haben zurzeit keine Anmeldungen');
    await bot.running.delivery.drainOnce();
    const proactive = bot.connector.sent.slice(mark).filter((s) => s.conversationId !== u.conversationId);
    expect(proactive.map((s) => s.conversationId)).toEqual([users[2].conversationId]);
    expect(textOf({ out: proactive.map((s) => s.activity) })).toContain('Sie haben einen Platz!');
    const third = await bot.chat.say(users[2], 'Meine Anmeldungen');
    expect(textOf(third)).toContain('Angemeldet');
    const fourth = await bot.chat.say(users[3], 'meine anmeldungen');
    expect(textOf(fourth)).toContain('Warteliste, Platz 1');
  });

  it('every card of registering is a valid Adaptive Card 1.5: profile (with problems), seminar, list, confirmation', async () => {
    const u = testUser(180);
    await bot.chat.say(u, 'Hallo');
    const profile = await register(u);
    const invalid = await press(bot, u, profile, /Speichern/, { municipality: '', department: '' });
    const done = await press(bot, u, invalid, /Speichern/, { municipality: 'neuss', department: 'Amt 32' });
    const mine = await bot.chat.say(u, 'Meine Anmeldungen');
    const confirm = await press(bot, u, mine, /Abmelden/);
    const profileEdit = await bot.chat.say(u, 'Profil');
    const cards = [profile, invalid, done, mine, confirm, profileEdit].flatMap((r) => cardsOf(r));
    expect(cards).toHaveLength(6);
    for (const card of cards) expect(cardIssues(card), JSON.stringify(card).slice(0, 200)).toEqual([]);
  });

  it('forged or garbage card data never registers anyone but the sender', async () => {
    const intruder = testUser(150);
    await bot.chat.say(intruder, 'Hallo');
    const before = await database().db.select().from(registrations);
    for (const data of [
      null,
      'x',
      { seminarId: 42 },
      { seminarId: '' },
      { seminarId: 'NOPE' },
      { seminarId: "SCRUM-1' or 1=1 --" },
    ]) {
      const r = await register(intruder, data);
      expect(r.status).toBe(200);
      expect(textOf(r)).not.toMatch(/angemeldet \(/);
    }
    // naming another user in the data changes nothing: the sender is who registers (and needs a profile first)
    const r = await register(intruder, {
      seminarId: 'SCRUM-1',
      userId: users[3].aadObjectId,
      aadObjectId: users[3].aadObjectId,
    });
    expect(textOf(r)).toContain('Kommune');
    expect(await database().db.select().from(registrations)).toEqual(before);
  });
});

describeEachEngine('40 people press "Anmelden" at once for 5 seats', ({ database }) => {
  let bot: TestBot;
  const people = Array.from({ length: 40 }, (_, i) => testUser(400 + i));
  beforeAll(async () => {
    const file = { ...catalogue, seminars: [{ ...catalogue.seminars[0], id: 'FIVE', capacity: 5 }] };
    await importCatalogue(database().db, file, { now: new Date(now) });
    bot = await startTestBot(database(), { now });
  });
  afterAll(async () => bot?.stop());

  it('gives exactly 5 seats and 35 places in line, filling the profile card on the way', async () => {
    // Everyone presses "Anmelden", gets the profile card, and sends it at the same moment.
    const profiles = await Promise.all(
      people.map((u) => bot.chat.turn(bot.chat.execute(u, VERBS.register, { seminarId: 'FIVE' }))),
    );
    const done = await Promise.all(
      people.map((u, i) => press(bot, u, profiles[i], /Speichern/, { municipality: 'neuss', department: 'Amt 10' })),
    );
    const texts = done.map((r) => textOf(r));
    expect(
      texts.filter((x) => x.includes('Sie sind für „Agiles Projektmanagement mit Scrum“ angemeldet')),
    ).toHaveLength(5);
    expect(texts.filter((x) => /Sie stehen auf Platz \d+ der Warteliste/.test(x))).toHaveLength(35);
    const rows = await database().db.select().from(registrations).where(eq(registrations.seminarId, 'FIVE'));
    expect(rows.filter((r) => r.status === 'confirmed')).toHaveLength(5);
    expect(
      rows
        .filter((r) => r.status === 'waitlisted')
        .map((r) => r.waitlistPosition)
        .sort((a, b) => a! - b!),
    ).toEqual(Array.from({ length: 35 }, (_, i) => i + 1));
  });
});
