// Roles beyond "employee": digital guide of one municipality, admin. A grant names a principal — an Entra object id
// or a lower-case e-mail/UPN — so an admin can grant a role before the person ever wrote to the bot; rolesOf()
// matches both, and users.email is filled on first contact from the Teams member API.
import { and, asc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { auditLog, municipalities, roleGrants, users, type RoleGrant, type User } from '../../db/schema.js';

export type Role = 'guide' | 'admin';

export class InvalidPrincipal extends Error {
  readonly userFacing = true;
  constructor(readonly value: string) {
    super(`"${value}" is neither an Entra object id nor an e-mail address`);
  }
}

export class UnknownMunicipality extends Error {
  readonly userFacing = true;
  constructor(readonly municipalityId: string) {
    super(`unknown municipality "${municipalityId}" (import it with the catalogue first)`);
  }
}

export class MunicipalityRequired extends Error {
  readonly userFacing = true;
  constructor() {
    super('a guide needs a municipality (--municipality ID)');
  }
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** An Entra object id or an e-mail/UPN, lower-cased so that grants and lookups compare equal. */
export function normalizePrincipal(value: string): string {
  const v = value.trim().toLowerCase();
  if (GUID.test(v) || EMAIL.test(v)) return v;
  throw new InvalidPrincipal(value);
}

export interface UserRoles {
  admin: boolean;
  /** Municipalities the user is a guide of. */
  guideOf: string[];
}

/** The roles of a user: grants to their object id or to their e-mail/UPN. */
export async function rolesOf(db: DbOrTx, user: Pick<User, 'aadObjectId' | 'email'>): Promise<UserRoles> {
  const principals = [user.aadObjectId.toLowerCase()];
  if (user.email) principals.push(user.email.toLowerCase());
  const grants = await db.select().from(roleGrants).where(inArray(roleGrants.principal, principals));
  return {
    admin: grants.some((g) => g.role === 'admin'),
    guideOf: [
      ...new Set(grants.filter((g) => g.role === 'guide' && g.municipalityId).map((g) => g.municipalityId!)),
    ].sort(),
  };
}

export async function isAdmin(db: DbOrTx, user: Pick<User, 'aadObjectId' | 'email'>): Promise<boolean> {
  return (await rolesOf(db, user)).admin;
}

export async function guideMunicipalities(db: DbOrTx, user: Pick<User, 'aadObjectId' | 'email'>): Promise<string[]> {
  return (await rolesOf(db, user)).guideOf;
}

/** May this user act as guide of the municipality? Admins may act for every municipality. */
export async function mayActForMunicipality(
  db: DbOrTx,
  user: Pick<User, 'aadObjectId' | 'email'>,
  municipalityId: string,
): Promise<boolean> {
  const r = await rolesOf(db, user);
  return r.admin || r.guideOf.includes(municipalityId);
}

export interface GrantInput {
  principal: string;
  role: Role;
  municipalityId?: string | null;
  /** Who grants: an aad object id, or the name of a command ("roles:cli"). */
  actor: string;
}

async function checkMunicipality(
  db: DbOrTx,
  role: Role,
  municipalityId: string | null | undefined,
): Promise<string | null> {
  if (role === 'admin') return null;
  if (!municipalityId) throw new MunicipalityRequired();
  const [m] = await db
    .select({ id: municipalities.id })
    .from(municipalities)
    .where(eq(municipalities.id, municipalityId));
  if (!m) throw new UnknownMunicipality(municipalityId);
  return m.id;
}

/** Grants a role (a second equal grant is a no-op); written to the audit log. Returns whether it was new. */
export async function grantRole(
  db: Db,
  input: GrantInput,
  now: Date,
): Promise<{ created: boolean; principal: string }> {
  const principal = normalizePrincipal(input.principal);
  return db.transaction(async (tx) => {
    const municipalityId = await checkMunicipality(tx, input.role, input.municipalityId);
    const inserted = await tx
      .insert(roleGrants)
      .values({ principal, role: input.role, municipalityId, grantedBy: input.actor, grantedAt: now })
      .onConflictDoNothing()
      .returning({ id: roleGrants.id });
    await tx.insert(auditLog).values({
      actor: input.actor,
      action: 'role.grant',
      subject: principal,
      details: { role: input.role, municipalityId, created: inserted.length > 0 },
      at: now,
    });
    return { created: inserted.length > 0, principal };
  });
}

/**
 * Revokes a role. For a guide without a municipality every guide grant of the principal goes. A revoke by e-mail
 * also removes grants to the object id of the user with that e-mail (and the other way round), so that what
 * rolesOf() sees is really gone. Returns the number of grants removed; written to the audit log.
 */
export async function revokeRole(
  db: Db,
  input: GrantInput,
  now: Date,
): Promise<{ removed: number; principal: string }> {
  const principal = normalizePrincipal(input.principal);
  return db.transaction(async (tx) => {
    const aliases = new Set([principal]);
    const known = await tx
      .select({ aadObjectId: users.aadObjectId, email: users.email })
      .from(users)
      .where(or(sql`lower(${users.aadObjectId}) = ${principal}`, sql`lower(${users.email}) = ${principal}`));
    for (const u of known) {
      aliases.add(u.aadObjectId.toLowerCase());
      if (u.email) aliases.add(u.email.toLowerCase());
    }
    const scope =
      input.role === 'guide' && input.municipalityId
        ? eq(roleGrants.municipalityId, input.municipalityId)
        : input.role === 'admin'
          ? isNull(roleGrants.municipalityId)
          : undefined;
    const removed = await tx
      .delete(roleGrants)
      .where(and(inArray(roleGrants.principal, [...aliases]), eq(roleGrants.role, input.role), scope))
      .returning({ id: roleGrants.id });
    await tx.insert(auditLog).values({
      actor: input.actor,
      action: 'role.revoke',
      subject: principal,
      details: { role: input.role, municipalityId: input.municipalityId ?? null, removed: removed.length },
      at: now,
    });
    return { removed: removed.length, principal };
  });
}

export interface GrantListing extends RoleGrant {
  /** The name of the user the grant belongs to, once they have written. */
  userName: string | null;
}

/** All grants, admins first, then guides by municipality. */
export async function listRoles(db: DbOrTx): Promise<GrantListing[]> {
  const rows = await db
    .select({ grant: roleGrants, userName: users.name })
    .from(roleGrants)
    .leftJoin(
      users,
      or(
        sql`lower(${users.aadObjectId}) = ${roleGrants.principal}`,
        sql`lower(${users.email}) = ${roleGrants.principal}`,
      ),
    )
    .orderBy(asc(roleGrants.role), asc(roleGrants.municipalityId), asc(roleGrants.principal));
  const seen = new Set<number>();
  const list: GrantListing[] = [];
  for (const r of rows) {
    if (seen.has(r.grant.id)) continue;
    seen.add(r.grant.id);
    list.push({ ...r.grant, userName: r.userName });
  }
  return list;
}

/** The guides of the given municipalities who have written to the bot (so they can be reached), by municipality. */
export async function guidesOf(
  db: DbOrTx,
  municipalityIds: string[] | null,
): Promise<{ municipalityId: string; user: User }[]> {
  const rows = await db
    .select({ municipalityId: roleGrants.municipalityId, user: users })
    .from(roleGrants)
    .innerJoin(
      users,
      or(
        sql`lower(${users.aadObjectId}) = ${roleGrants.principal}`,
        sql`lower(${users.email}) = ${roleGrants.principal}`,
      ),
    )
    .where(
      and(
        eq(roleGrants.role, 'guide'),
        municipalityIds
          ? inArray(roleGrants.municipalityId, municipalityIds.length ? municipalityIds : [''])
          : undefined,
      ),
    );
  const seen = new Set<string>();
  const list: { municipalityId: string; user: User }[] = [];
  for (const r of rows) {
    const key = `${r.municipalityId}:${r.user.aadObjectId}`;
    if (!r.municipalityId || seen.has(key)) continue;
    seen.add(key);
    list.push({ municipalityId: r.municipalityId, user: r.user });
  }
  return list;
}
