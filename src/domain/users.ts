// Who is talking: every turn records the user and how to reach them later (the conversation reference).
import { eq, getTableColumns, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { users, type User } from '../../db/schema.js';

export interface SeenUser {
  aadObjectId: string;
  tenantId: string | null;
  teamsUserId: string | null;
  name: string | null;
  email?: string | null;
  locale: string | null;
  conversationId: string | null;
  conversationReference: Record<string, unknown> | null;
}

/** How stale last_seen_at may get before a turn writes it again: a turn that changes nothing only reads. */
export const LAST_SEEN_RESOLUTION_MS = 10 * 60_000;

const referenceKey = (r: Record<string, unknown> | null) => {
  const c = r as { serviceUrl?: string; conversation?: { id?: string } } | null;
  return c ? `${c.serviceUrl ?? ''}|${c.conversation?.id ?? ''}` : '';
};

/** Whether the stored row already says what this activity says (the reference's activity id aside). */
function unchanged(u: User, seen: SeenUser, now: Date): boolean {
  return (
    u.reachable &&
    now.getTime() - u.lastSeenAt.getTime() < LAST_SEEN_RESOLUTION_MS &&
    u.tenantId === seen.tenantId &&
    u.teamsUserId === seen.teamsUserId &&
    u.locale === seen.locale &&
    (seen.name == null || u.name === seen.name) &&
    (seen.email == null || u.email === seen.email) &&
    (seen.conversationId == null || u.conversationId === seen.conversationId) &&
    (seen.conversationReference == null ||
      referenceKey(u.conversationReference) === referenceKey(seen.conversationReference))
  );
}

/**
 * Inserts or refreshes the user; a new activity makes an unreachable user reachable again. Returns the row and
 * whether this was the first contact. Most turns change nothing about the user: those only read the row.
 */
export async function recordUser(db: DbOrTx, seen: SeenUser, now: Date): Promise<{ user: User; isNew: boolean }> {
  const known = await findUser(db, seen.aadObjectId);
  if (known && unchanged(known, seen, now)) return { user: known, isNew: false };
  const values = {
    aadObjectId: seen.aadObjectId,
    tenantId: seen.tenantId,
    teamsUserId: seen.teamsUserId,
    name: seen.name,
    locale: seen.locale,
    conversationId: seen.conversationId,
    conversationReference: seen.conversationReference,
    reachable: true,
    unreachableReason: null,
    lastSeenAt: now,
  };
  const [row] = await db
    .insert(users)
    .values({ ...values, email: seen.email ?? null, firstSeenAt: now })
    .onConflictDoUpdate({
      target: users.aadObjectId,
      set: {
        ...values,
        // The name and e-mail from the member API are better than what a bare activity carries: keep them.
        name: sql`coalesce(${seen.name}::text, ${users.name})`,
        email: sql`coalesce(${seen.email ?? null}::text, ${users.email})`,
        // A personal conversation reference is worth more than one from a group chat: keep the personal one.
        conversationId: seen.conversationId ?? sql`${users.conversationId}`,
        conversationReference: seen.conversationReference
          ? seen.conversationReference
          : sql`${users.conversationReference}`,
      },
    })
    .returning({ ...getTableColumns(users), inserted: sql<boolean>`(xmax = 0)` });
  const { inserted, ...user } = row;
  return { user, isNew: Boolean(inserted) };
}

export async function findUser(db: DbOrTx, aadObjectId: string): Promise<User | undefined> {
  const [u] = await db.select().from(users).where(eq(users.aadObjectId, aadObjectId));
  return u;
}
