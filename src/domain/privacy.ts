// What the bot keeps about a person, shown on request, and forgotten on request (GDPR Art. 15 and 17). Forgetting
// gives up every seat and place in line first (so the next in line moves up as usual), then removes the person's
// registrations, messages and conversation context and blanks the profile. The audit log keeps that it happened.
import { and, eq, ne } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import {
  auditLog,
  conversationContext,
  municipalities,
  outbox,
  registrations,
  users,
  type User,
} from '../../db/schema.js';
import { cancelRegistration, myRegistrations, type MyRegistration, type SeatRules } from './registration.js';
import { rolesOf, type UserRoles } from './roles.js';

export interface KeptData {
  user: User;
  municipalityName: string | null;
  registrations: MyRegistration[];
  messages: number;
  roles: UserRoles;
}

export async function keptData(db: DbOrTx, user: User, now: Date): Promise<KeptData> {
  const [m] = user.municipalityId
    ? await db.select().from(municipalities).where(eq(municipalities.id, user.municipalityId))
    : [];
  const messages = await db.select({ id: outbox.id }).from(outbox).where(eq(outbox.userId, user.aadObjectId));
  return {
    user,
    municipalityName: m?.name ?? null,
    registrations: await myRegistrations(db, user.aadObjectId, now),
    messages: messages.length,
    roles: await rolesOf(db, user),
  };
}

/** Forgets the person; returns how many seats or places in line were given up. */
export async function forgetUser(db: Db, userId: string, rules: SeatRules): Promise<{ gaveUp: number }> {
  const active = await db
    .select({ seminarId: registrations.seminarId })
    .from(registrations)
    .where(and(eq(registrations.userId, userId), ne(registrations.status, 'cancelled')));
  for (const r of active) await cancelRegistration(db, userId, r.seminarId, rules);
  await db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.aadObjectId, userId)).for('update');
    if (!user) return;
    await tx.delete(outbox).where(eq(outbox.userId, userId));
    await tx.delete(registrations).where(eq(registrations.userId, userId));
    if (user.conversationId)
      await tx.delete(conversationContext).where(eq(conversationContext.conversationId, user.conversationId));
    await tx
      .update(users)
      .set({
        name: null,
        email: null,
        municipalityId: null,
        department: null,
        locale: null,
        teamsUserId: null,
        conversationId: null,
        conversationReference: null,
        reachable: false,
        unreachableReason: 'data deleted on request',
      })
      .where(eq(users.aadObjectId, userId));
    await tx.insert(auditLog).values({
      actor: userId,
      action: 'privacy.forget',
      subject: userId,
      details: { gaveUp: active.length },
      at: rules.now,
    });
  });
  return { gaveUp: active.length };
}
