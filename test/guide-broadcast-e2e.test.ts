// Acceptance of issue 6 over HTTP: a guide granted by e-mail before first contact is alerted to a newly imported
// seminar open to their municipality, shares it with a note, and exactly the colleagues of that municipality receive
// it; the report counts what the fake connector saw; an employee replaying the guide's button gets a refusal.
import fs from 'node:fs';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { auditLog, users } from '../db/schema.js';
import { catalogueEffects } from '../src/domain/catalogue-effects.js';
import { importCatalogue } from '../src/domain/catalogue-import.js';
import { grantRole } from '../src/domain/roles.js';
import { cardRecorder, startTestBot, type TestBot } from './support/bot.js';
import { cardIssues } from './support/card-parser.js';
import { describeEachEngine } from './support/db.js';
import { actionsOf, cardsOf, testUser, textOf, type TestUser } from './support/teams.js';

const catalogue = () =>
  JSON.parse(fs.readFileSync(new URL('./fixtures/small-catalogue.json', import.meta.url), 'utf8'));
const SHARE = 'Mit Kolleginnen und Kollegen teilen';

describeEachEngine('guides share new seminars with their colleagues', ({ database }) => {
  let bot: TestBot;
  const guide = testUser(60, { email: 'guide@kommune.example', name: 'Gisela Lotsin' });
  const otherGuide = testUser(61, { email: 'lotse@kaarst.example' });
  const colleagues = [62, 63, 64, 65, 66].map((n) => testUser(n));
  const blocked = testUser(67);
  const kaarstEmployee = testUser(68);
  const noProfile = testUser(69);
  const db = () => database().db;
  const received = (u: TestUser) => bot.connector.to(u.conversationId);
  let shareAction: { verb?: string; data?: Record<string, unknown> };
  let sendData: Record<string, unknown>;
  // Every card the bot answered with (replies, invoke results, proactive), checked with the official parser at the end.
  const { turn, say, allCards } = cardRecorder(() => bot);

  beforeAll(async () => {
    bot = await startTestBot(database());
    await importCatalogue(db(), { municipalities: catalogue().municipalities, seminars: [] }, { now: bot.clock.now() });
    // Granted by e-mail before the guide ever wrote (npm run roles -- grant guide guide@kommune.example --municipality neuss).
    await grantRole(
      db(),
      { principal: 'guide@kommune.example', role: 'guide', municipalityId: 'neuss', actor: 'roles:cli' },
      bot.clock.now(),
    );
    await grantRole(
      db(),
      { principal: 'lotse@kaarst.example', role: 'guide', municipalityId: 'kaarst', actor: 'roles:cli' },
      bot.clock.now(),
    );
    for (const u of [guide, otherGuide, ...colleagues, blocked, kaarstEmployee, noProfile]) await say(u, 'Hallo');
    const ids = (list: TestUser[]) => list.map((u) => u.aadObjectId);
    await db()
      .update(users)
      .set({ municipalityId: 'neuss', department: 'Bürgeramt' })
      .where(inArray(users.aadObjectId, ids([guide, ...colleagues, blocked])));
    await db()
      .update(users)
      .set({ municipalityId: 'kaarst', department: 'Bauamt' })
      .where(inArray(users.aadObjectId, ids([otherGuide, kaarstEmployee])));
    bot.connector.respond = (conversationId) =>
      conversationId === blocked.conversationId ? { status: 403 } : undefined;
  });
  afterAll(async () => bot?.stop());

  it('alerts the guide of the eligible municipality once — not the guide of another — on a newly imported seminar', async () => {
    const file = catalogue();
    file.seminars = [{ ...file.seminars[0], eligibleMunicipalities: ['neuss'] }];
    const effects = catalogueEffects({ reminderOffsetsMs: bot.config.REMINDER_OFFSETS });
    await importCatalogue(db(), file, { now: bot.clock.now(), effects });
    await importCatalogue(db(), file, { now: bot.clock.now(), effects });
    const before = bot.connector.sent.length;
    await bot.running.delivery.drainOnce();
    const sent = bot.connector.sent.slice(before);
    expect(sent.map((s) => s.conversationId)).toEqual([guide.conversationId]);
    const alert = { out: [sent[0].activity] };
    const text = textOf(alert);
    expect(text).toContain('Neues Seminar für Stadt Neuss');
    expect(text).toContain('Prozessmanagement in der Verwaltung');
    expect(text).toContain('Di., 02.03.2027, 09:00–16:00 Uhr');
    expect(text).toContain('16 von 16 frei');
    const actions = actionsOf(cardsOf(alert)[0]);
    expect(actions.map((a) => a.title)).toEqual([SHARE, 'Details']);
    shareAction = actions[0];
    await bot.running.delivery.drainOnce();
    expect(bot.connector.sent.length).toBe(before + 1);

    // "Details" is the seminar card of the question capability, with its register button.
    const details = await turn(bot.chat.submit(guide, actions[1].data));
    expect(textOf(details)).toContain('Prozessmanagement in der Verwaltung');
    expect(actionsOf(cardsOf(details)).map((a) => a.title)).toContain('Anmelden');
  });

  it('the share button opens a card with an optional note; sending reaches exactly the reachable colleagues, once each', async () => {
    const r = await turn(bot.chat.execute(guide, shareAction.verb!, shareAction.data));
    expect(r.invokeCard).toBeDefined();
    expect(textOf(r)).toContain('Teilen: Prozessmanagement in der Verwaltung');
    const body = JSON.stringify(r.invokeCard);
    expect(body).toContain('"id":"note"');
    expect(body).toContain('"maxLength":500');
    const send = actionsOf(r.invokeCard).find((a) => a.title === 'Senden')!;
    sendData = { ...send.data, note: 'Sehr zu empfehlen – ich war letztes Jahr dabei.' };
    const done = await turn(bot.chat.execute(guide, send.verb!, sendData));
    expect(textOf(done)).toContain('geht an 6 Kolleginnen und Kollegen aus Stadt Neuss');

    const before = bot.connector.sent.length;
    await bot.running.delivery.drainOnce();
    const sent = bot.connector.sent.slice(before);
    const toColleagues = sent.filter((s) => s.conversationId !== guide.conversationId);
    expect(toColleagues.map((s) => s.conversationId).sort()).toEqual(colleagues.map((c) => c.conversationId).sort());
    for (const c of colleagues) {
      const [msg] = received(c).slice(-1);
      expect(msg.text).toContain('Gisela Lotsin');
      expect(msg.text).toContain('„Sehr zu empfehlen – ich war letztes Jahr dabei.“');
      expect(textOf({ out: [msg] })).toContain('Prozessmanagement in der Verwaltung');
      expect(actionsOf(msg.attachments).map((a) => a.title)).toContain('Anmelden');
    }
    for (const u of [guide, otherGuide, kaarstEmployee, noProfile]) {
      expect(
        sent.filter((s) => s.conversationId === u.conversationId && /empfiehlt/.test(String(s.activity.text ?? ''))),
      ).toHaveLength(0);
    }

    // The report: delivered 5 (what the connector saw), unreachable 1 (the 403), failed 0.
    const report = sent.filter((s) => s.conversationId === guide.conversationId);
    expect(report).toHaveLength(1);
    const facts = textOf({ out: [report[0].activity] });
    expect(facts).toContain('Bericht zu Ihrer Rundnachricht');
    expect(facts).toMatch(/Zugestellt\n5\n/);
    expect(facts).toMatch(/Nicht erreichbar\n1\n/);
    expect(facts).toMatch(/Fehlgeschlagen\n0/);
  });

  it('"Status meiner Rundnachrichten" shows the report again', async () => {
    const r = await say(guide, 'Status meiner Rundnachrichten');
    const text = textOf(r);
    expect(text).toContain('Status meiner Rundnachrichten');
    expect(text).toContain('„Prozessmanagement in der Verwaltung“ an Stadt Neuss');
    expect(text).toMatch(/Zugestellt\n5\n/);
  });

  it('a second broadcast of the same seminar within a day asks for confirmation first', async () => {
    const before = bot.connector.sent.length;
    const r = await turn(bot.chat.execute(guide, 'guide.send', sendData));
    expect(textOf(r)).toContain('Noch einmal senden?');
    await bot.running.delivery.drainOnce();
    expect(bot.connector.sent.length).toBe(before);
    expect(actionsOf(r.invokeCard).map((a) => a.title)).toEqual(['Ja, noch einmal senden']);
  });

  it("an employee replaying the guide's button data is refused, and nobody receives anything", async () => {
    const employee = colleagues[0];
    const before = bot.connector.sent.length;
    const share = await turn(bot.chat.execute(employee, shareAction.verb!, shareAction.data));
    expect(textOf(share)).toContain('Dafür fehlt Ihnen die Berechtigung.');
    const r = await turn(bot.chat.execute(employee, 'guide.send', { ...sendData, confirm: true }));
    expect(textOf(r)).toContain('Dafür fehlt Ihnen die Berechtigung.');
    const other = await turn(bot.chat.execute(otherGuide, 'guide.send', { ...sendData, confirm: true }));
    expect(textOf(other)).toContain('Dafür fehlt Ihnen die Berechtigung.');
    await bot.running.delivery.drainOnce();
    expect(bot.connector.sent.length).toBe(before);
    const refused = await db().select().from(auditLog).where(eq(auditLog.action, 'broadcast.send.refused'));
    expect(refused.map((a) => a.actor).sort()).toEqual([employee.aadObjectId, otherGuide.aadObjectId].sort());
  });

  it('the guide sees the overview of their municipality; an employee does not', async () => {
    const r = await say(guide, 'Übersicht meiner Kommune');
    const text = textOf(r);
    expect(text).toContain('Übersicht: Stadt Neuss');
    expect(text).toContain('Prozessmanagement in der Verwaltung');
    expect(text).toContain('0 angemeldet, 0 auf der Warteliste');
    expect(actionsOf(cardsOf(r)).map((a) => [a.title, a.data])).toEqual([[SHARE, { seminarId: 'TZG-2027-014' }]]);
    const e = await say(colleagues[1], 'Übersicht meiner Kommune');
    expect(textOf(e)).toContain('Dafür fehlt Ihnen die Berechtigung');
  });

  it('every card shown, sent or answered is valid Adaptive Card 1.5', () => {
    const cards = allCards();
    expect(cards.length).toBeGreaterThan(5);
    for (const card of cards) expect(cardIssues(card), JSON.stringify(card).slice(0, 200)).toEqual([]);
  });
});
