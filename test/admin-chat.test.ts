// Admins in chat over HTTP: a new seminar from the card (validated like the import), publish (guides alerted),
// Zusatztermin and capacity (the waitlist moves up first), cancel (everyone told), roles; every action audited,
// and nothing of it works for an employee, whatever the card data says.
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, registrations, roleGrants, seminarSessions, seminars, users } from '../db/schema.js';
import { wallClock } from '../src/bot/admin.js';
import { importCatalogue } from '../src/domain/catalogue-import.js';
import { grantRole } from '../src/domain/roles.js';
import { cardRecorder, startTestBot, type TestBot } from './support/bot.js';
import { cardIssues } from './support/card-parser.js';
import { describeEachEngine } from './support/db.js';
import { actionsOf, testUser, textOf, type Reply } from './support/teams.js';

describe('wall-clock times of the admin cards', () => {
  it('are read in the display time zone, winter and summer', () => {
    expect(wallClock('2027-03-02', '09:00', 'Europe/Berlin')!.toISOString()).toBe('2027-03-02T08:00:00.000Z');
    expect(wallClock('2027-07-01', '09:30', 'Europe/Berlin')!.toISOString()).toBe('2027-07-01T07:30:00.000Z');
    expect(wallClock('2027-13-01', '09:00', 'Europe/Berlin')).toBeUndefined();
    expect(wallClock('', '09:00', 'Europe/Berlin')).toBeUndefined();
  });
});

const form = {
  id: 'TZG-2027-099',
  title: 'E-Akte für Einsteigerinnen und Einsteiger',
  summary: 'Grundlagen der elektronischen Aktenführung.',
  topics: 'E-Akte, DMS',
  format: 'in_person',
  location: 'Kreishaus Grevenbroich',
  capacity: '1',
  waitlist: 'true',
  fee: '120',
  date: '2027-03-10',
  start: '09:00',
  end: '12:30',
  eligibleMunicipalities: 'neuss',
  language: 'de',
  publish: 'false',
};

describeEachEngine('admins in chat', ({ database }) => {
  let bot: TestBot;
  const admin = testUser(80, { email: 'fortbildung@kreis.example', name: 'Frau Admin' });
  const guide = testUser(81, { email: 'lotsin@neuss.example' });
  const employee = testUser(82);
  const waiting = [testUser(83), testUser(84)];
  const db = () => database().db;
  // Every card the bot answered with (replies, invoke results, proactive), checked with the official parser at the end.
  const { turn, say, allCards } = cardRecorder(() => bot);
  const exec = (u: typeof admin, verb: string, data: Record<string, unknown>) => turn(bot.chat.execute(u, verb, data));
  const audited = async (action: string) =>
    (await db().select().from(auditLog).where(eq(auditLog.action, action))).map((a) => a.actor);
  const button = (r: Reply, title: string) =>
    actionsOf(r.invokeCard ?? r.out.flatMap((a) => a.attachments ?? [])).find((a) => a.title === title);

  beforeAll(async () => {
    bot = await startTestBot(database());
    await importCatalogue(
      db(),
      {
        municipalities: [
          { id: 'neuss', name: 'Stadt Neuss' },
          { id: 'kaarst', name: 'Stadt Kaarst' },
        ],
        seminars: [],
      },
      { now: bot.clock.now() },
    );
    await grantRole(
      db(),
      { principal: 'fortbildung@kreis.example', role: 'admin', actor: 'roles:cli' },
      bot.clock.now(),
    );
    await grantRole(
      db(),
      { principal: 'lotsin@neuss.example', role: 'guide', municipalityId: 'neuss', actor: 'roles:cli' },
      bot.clock.now(),
    );
    for (const u of [admin, guide, employee, ...waiting]) await say(u, 'Hallo');
    await db()
      .update(users)
      .set({ municipalityId: 'neuss', department: 'Hauptamt' })
      .where(
        inArray(
          users.aadObjectId,
          [employee, ...waiting].map((u) => u.aadObjectId),
        ),
      );
  });
  afterAll(async () => bot?.stop());

  it('"Neues Seminar" is refused for an employee and opens the card for an admin', async () => {
    expect(textOf(await say(employee, 'Neues Seminar'))).toContain('Dafür fehlt Ihnen die Berechtigung.');
    const r = await say(admin, 'Neues Seminar');
    expect(textOf(r)).toContain('Neues Seminar');
    expect(button(r, 'Speichern')?.verb).toBe('admin.seminar.create');
  });

  it('validates the card like a catalogue record and names the field in German', async () => {
    const r = await exec(admin, 'admin.seminar.create', { ...form, title: '' });
    expect(textOf(r)).toContain('Bitte prüfen Sie das Feld „Titel“: fehlt.');
    const late = await exec(admin, 'admin.seminar.create', { ...form, end: '08:00' });
    expect(textOf(late)).toContain('Bitte prüfen Sie das Feld „Ende“: muss nach dem Beginn liegen.');
    expect(await db().select().from(seminars)).toHaveLength(0);
  });

  it('saves a draft, which alerts nobody; publishing alerts the guide and is audited', async () => {
    const r = await exec(admin, 'admin.seminar.create', form);
    expect(textOf(r)).toContain('Gespeichert: „E-Akte für Einsteigerinnen und Einsteiger“ (Entwurf).');
    const [row] = await db().select().from(seminars).where(eq(seminars.id, form.id));
    expect(row).toMatchObject({ status: 'draft', capacity: 1, feeAmount: 120, eligibleMunicipalities: ['neuss'] });
    const [session] = await db().select().from(seminarSessions).where(eq(seminarSessions.seminarId, form.id));
    expect(session.startsAt.toISOString()).toBe('2027-03-10T08:00:00.000Z');
    await bot.running.delivery.drainOnce();
    expect(
      bot.connector.to(guide.conversationId).filter((a) => /Neues Seminar für/.test(JSON.stringify(a))),
    ).toHaveLength(0);

    const forged = await exec(employee, 'admin.seminar.publish', { seminarId: form.id });
    expect(textOf(forged)).toContain('Dafür fehlt Ihnen die Berechtigung.');
    const pub = await exec(admin, button(r, 'Veröffentlichen')!.verb!, button(r, 'Veröffentlichen')!.data!);
    expect(textOf(pub)).toContain('Veröffentlicht:');
    await bot.running.delivery.drainOnce();
    expect(
      bot.connector.to(guide.conversationId).filter((a) => /Neues Seminar für Stadt Neuss/.test(JSON.stringify(a))),
    ).toHaveLength(1);
    expect(await audited('seminar.create')).toEqual([admin.aadObjectId]);
    expect(await audited('seminar.publish')).toEqual([admin.aadObjectId]);
    expect(await audited('seminar.publish.refused')).toEqual([employee.aadObjectId]);
  });

  it('a Zusatztermin offers its seats to the waitlist first; a higher capacity does too', async () => {
    await db()
      .insert(registrations)
      .values([
        { seminarId: form.id, userId: employee.aadObjectId, status: 'confirmed' },
        { seminarId: form.id, userId: waiting[0].aadObjectId, status: 'waitlisted', waitlistPosition: 1 },
        { seminarId: form.id, userId: waiting[1].aadObjectId, status: 'waitlisted', waitlistPosition: 2 },
      ]);
    const r = await exec(admin, 'admin.seminar.addSession', {
      seminarId: form.id,
      date: '2027-03-17',
      start: '09:00',
      end: '12:30',
      seats: '1',
    });
    expect(textOf(r)).toContain(
      'Zusatztermin für „E-Akte für Einsteigerinnen und Einsteiger“ angelegt (Mi., 17.03.2027, 09:00 Uhr); jetzt 2 Plätze. Von der Warteliste nachgerückt: 1.',
    );
    const status = async () =>
      Object.fromEntries(
        (
          await db()
            .select()
            .from(registrations)
            .where(and(eq(registrations.seminarId, form.id)))
        ).map((x) => [x.userId, `${x.status}:${x.waitlistPosition ?? ''}`]),
      );
    expect(await status()).toEqual({
      [employee.aadObjectId]: 'confirmed:',
      [waiting[0].aadObjectId]: 'confirmed:',
      [waiting[1].aadObjectId]: 'waitlisted:1',
    });
    expect(await db().select().from(seminarSessions).where(eq(seminarSessions.seminarId, form.id))).toHaveLength(2);
    const cap = await exec(admin, 'admin.seminar.capacity', { seminarId: form.id, capacity: '3' });
    expect(textOf(cap)).toContain('Von der Warteliste nachgerückt: 1.');
    expect((await status())[waiting[1].aadObjectId]).toBe('confirmed:');
    await bot.running.delivery.drainOnce();
    for (const u of waiting) expect(bot.connector.to(u.conversationId).length).toBeGreaterThan(1);
    expect(await audited('seminar.addSession')).toEqual([admin.aadObjectId]);
    expect(await audited('seminar.capacity')).toEqual([admin.aadObjectId]);
  });

  it('cancelling asks first, then tells everyone registered; an employee cannot', async () => {
    const forged = await exec(employee, 'admin.seminar.cancelConfirm', { seminarId: form.id });
    expect(textOf(forged)).toContain('Dafür fehlt Ihnen die Berechtigung.');
    const ask = await exec(admin, 'admin.seminar.cancel', { seminarId: form.id });
    expect(textOf(ask)).toContain('wirklich absagen?');
    expect(textOf(ask)).toContain('Alle 3 Angemeldeten und Wartenden werden benachrichtigt.');
    const yes = button(ask, 'Ja, absagen')!;
    const before = bot.connector.sent.length;
    const done = await exec(admin, yes.verb!, yes.data!);
    expect(textOf(done)).toContain('Abgesagt:');
    const [row] = await db().select().from(seminars).where(eq(seminars.id, form.id));
    expect(row.status).toBe('cancelled');
    await bot.running.delivery.drainOnce();
    const told = new Set(bot.connector.sent.slice(before).map((s) => s.conversationId));
    expect([...told].sort()).toEqual([employee, ...waiting].map((u) => u.conversationId).sort());
    expect(await audited('seminar.cancel')).toEqual([admin.aadObjectId]);
  });

  it('grants and revokes roles in chat, audited with the admin as actor; an employee cannot', async () => {
    const list = await say(admin, 'Rollen');
    expect(textOf(list)).toContain('Digitallotse: Stadt Neuss');
    const grant = await exec(admin, 'admin.role.grant', {
      user: 'Neu@Kaarst.example',
      role: 'guide',
      municipality: 'kaarst',
    });
    expect(textOf(grant)).toContain('neu@kaarst.example ist jetzt Digitallotse: Stadt Kaarst.');
    expect(await db().select().from(roleGrants).where(eq(roleGrants.principal, 'neu@kaarst.example'))).toHaveLength(1);
    const bad = await exec(admin, 'admin.role.grant', {
      user: 'neu@kaarst.example',
      role: 'guide',
      municipality: 'atlantis',
    });
    expect(textOf(bad)).toContain('Die Kommune „atlantis“ ist unbekannt.');
    const forged = await exec(employee, 'admin.role.grant', { user: employee.email, role: 'admin' });
    expect(textOf(forged)).toContain('Dafür fehlt Ihnen die Berechtigung.');
    expect(await db().select().from(roleGrants).where(eq(roleGrants.role, 'admin'))).toHaveLength(1);
    const revoke = await exec(admin, 'admin.role.revoke', {
      user: 'neu@kaarst.example',
      role: 'guide',
      municipality: 'kaarst',
    });
    expect(textOf(revoke)).toContain('neu@kaarst.example ist nicht mehr Digitallotse: Stadt Kaarst.');
    expect(await audited('role.grant')).toContain(admin.aadObjectId);
    expect(await audited('role.revoke')).toEqual([admin.aadObjectId]);
    expect(await audited('role.grant.refused')).toEqual([employee.aadObjectId]);
  });

  it('every card shown, sent or answered is valid Adaptive Card 1.5', () => {
    const cards = allCards();
    expect(cards.length).toBeGreaterThan(5);
    for (const card of cards) expect(cardIssues(card), JSON.stringify(card).slice(0, 200)).toEqual([]);
  });
});
