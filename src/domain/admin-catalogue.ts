// The catalogue as admins change it in chat: a new seminar, publish, cancel, an added date ("Zusatztermin") and a
// changed capacity. Each goes through the import's own validation (seminarSchema) and writer (upsertSeminar), so the
// effects are the same as for a file — guide alerts, cancellation and change notices — and each is audited.
import { asc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { auditLog, municipalities, seminarSessions, seminars, type Seminar, type User } from '../../db/schema.js';
import { seminarSchema, type SeminarInput } from './catalogue-format.js';
import { upsertSeminar, type CatalogueChange, type ChangeEffects } from './catalogue-import.js';
import { countConfirmed, lockSeminar, promoteFromWaitlist } from './registration.js';
import { rolesOf } from './roles.js';

export class AdminOnly extends Error {
  constructor() {
    super('only an admin may change the catalogue');
  }
}

/** A field of the new seminar is not valid; `field` is the catalogue field, `message` the schema's English text. */
export class SeminarInvalid extends Error {
  constructor(
    readonly field: string,
    readonly problem: string,
  ) {
    super(`field ${field} ${problem}`);
  }
}

export type AdminRefusal =
  'unknown' | 'exists' | 'alreadyPublished' | 'alreadyCancelled' | 'cancelled' | 'unknownMunicipality';
export class AdminActionRefused extends Error {
  constructor(readonly reason: AdminRefusal) {
    super(`admin action refused: ${reason}`);
  }
}

export interface AdminRules {
  effects: ChangeEffects;
  reminderOffsetsMs: number[];
}

async function requireAdmin(db: Db | Tx, actor: User): Promise<void> {
  if (!(await rolesOf(db, actor)).admin) throw new AdminOnly();
}

async function audit(
  tx: Tx,
  actor: User,
  action: string,
  subject: string,
  details: Record<string, unknown>,
  now: Date,
) {
  await tx.insert(auditLog).values({ actor: actor.aadObjectId, action, subject, details, at: now });
}

const describePath = (p: (string | number)[]) =>
  p.reduce<string>((acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${part}` : part), '');

function parseSeminar(raw: unknown): SeminarInput {
  const parsed = seminarSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SeminarInvalid(describePath(issue.path) || 'record', issue.message);
  }
  parsed.data.sessions.sort((a, b) => a.start.getTime() - b.start.getTime());
  return parsed.data;
}

/** The stored seminar in the import format, so a change can go through the same writer. */
async function inputOf(tx: Tx, seminar: Seminar): Promise<Record<string, unknown>> {
  const sessions = await tx
    .select()
    .from(seminarSessions)
    .where(eq(seminarSessions.seminarId, seminar.id))
    .orderBy(asc(seminarSessions.startsAt));
  return {
    id: seminar.id,
    title: seminar.title,
    summary: seminar.summary,
    description: seminar.description,
    topics: seminar.topics,
    format: seminar.format,
    location: seminar.location,
    onlineUrl: seminar.onlineUrl,
    trainer: seminar.trainer,
    provider: seminar.provider,
    audience: seminar.audience,
    capacity: seminar.capacity,
    waitlist: seminar.waitlist,
    fee:
      seminar.feeAmount === null
        ? null
        : { amount: seminar.feeAmount, currency: seminar.feeCurrency ?? 'EUR', note: seminar.feeNote },
    registrationDeadline: seminar.registrationDeadline.toISOString(),
    eligibleMunicipalities: seminar.eligibleMunicipalities,
    language: seminar.language,
    status: seminar.status,
    sessions: sessions.map((s) => ({
      start: s.startsAt.toISOString(),
      end: s.endsAt.toISOString(),
      location: s.location,
    })),
  };
}

/** The seminar row, locked like every seat change (registration.ts); an unknown id is refused. */
async function lockKnownSeminar(tx: Tx, seminarId: string): Promise<Seminar> {
  const s = await lockSeminar(tx, seminarId);
  if (!s) throw new AdminActionRefused('unknown');
  return s;
}

/** Writes the changed seminar, then fills the seats it gained from the waitlist; returns how many moved up. */
async function writeAndPromote(
  tx: Tx,
  raw: Record<string, unknown>,
  rules: AdminRules,
  now: Date,
  keep?: (c: CatalogueChange) => boolean,
) {
  const seminarId = String(raw.id);
  const before = await countConfirmed(tx, seminarId);
  await write(tx, raw, rules, now, keep);
  // Safe after the effects did it too: it only fills seats that are still free.
  await promoteFromWaitlist(tx, seminarId, { now, reminderOffsetsMs: rules.reminderOffsetsMs });
  return (await countConfirmed(tx, seminarId)) - before;
}

async function write(
  tx: Tx,
  raw: Record<string, unknown>,
  rules: AdminRules,
  now: Date,
  keep?: (c: CatalogueChange) => boolean,
) {
  const input = parseSeminar(raw);
  const result = await upsertSeminar(tx, input, now);
  const changes = keep ? result.changes.filter(keep) : result.changes;
  if (changes.length) await rules.effects(tx, changes, now);
  return { input, changes };
}

/**
 * A new seminar from the admin's card, validated like a catalogue record. It is saved as a draft unless the card
 * asks to publish at once. Refused when the id is taken (changing a seminar goes through the other actions).
 */
export async function createSeminar(
  db: Db,
  actor: User,
  raw: Record<string, unknown>,
  rules: AdminRules,
  now: Date,
): Promise<Seminar> {
  await requireAdmin(db, actor);
  const input = parseSeminar({ status: 'draft', ...raw });
  return db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: seminars.id }).from(seminars).where(eq(seminars.id, input.id));
    if (taken) throw new AdminActionRefused('exists');
    const known = new Set((await tx.select({ id: municipalities.id }).from(municipalities)).map((m) => m.id));
    if ((input.eligibleMunicipalities ?? []).some((m) => !known.has(m)))
      throw new AdminActionRefused('unknownMunicipality');
    const result = await upsertSeminar(tx, input, now);
    if (result.changes.length) await rules.effects(tx, result.changes, now);
    await audit(tx, actor, 'seminar.create', input.id, { status: input.status, title: input.title }, now);
    return (await tx.select().from(seminars).where(eq(seminars.id, input.id)))[0];
  });
}

/**
 * The frame of every admin change of one seminar: the role checked, the seminar row locked, then the change and
 * its audit entry in one transaction; returns the seminar as it is afterwards, with what the change reports.
 */
async function changeSeminar<T extends Record<string, unknown>>(
  db: Db,
  actor: User,
  seminarId: string,
  action: string,
  now: Date,
  change: (tx: Tx, seminar: Seminar) => Promise<T>,
): Promise<{ seminar: Seminar } & T> {
  await requireAdmin(db, actor);
  return db.transaction(async (tx) => {
    const before = await lockKnownSeminar(tx, seminarId);
    const details = await change(tx, before);
    await audit(tx, actor, action, seminarId, { from: before.status, ...details }, now);
    const [seminar] = await tx.select().from(seminars).where(eq(seminars.id, seminarId));
    return { seminar, ...details };
  });
}

/** Publishes a draft: from now on employees find it, and the guides of its municipalities are alerted. */
export async function publishSeminar(
  db: Db,
  actor: User,
  seminarId: string,
  rules: AdminRules,
  now: Date,
): Promise<Seminar> {
  const { seminar } = await changeSeminar(db, actor, seminarId, 'seminar.publish', now, async (tx, before) => {
    if (before.status === 'published') throw new AdminActionRefused('alreadyPublished');
    await write(tx, { ...(await inputOf(tx, before)), status: 'published' }, rules, now);
    return {};
  });
  return seminar;
}

/** Cancels a seminar: everyone registered or waiting is told (the same notices as a cancellation by import). */
export async function cancelSeminar(
  db: Db,
  actor: User,
  seminarId: string,
  rules: AdminRules,
  now: Date,
): Promise<Seminar> {
  const { seminar } = await changeSeminar(db, actor, seminarId, 'seminar.cancel', now, async (tx, before) => {
    if (before.status === 'cancelled') throw new AdminActionRefused('alreadyCancelled');
    await write(tx, { ...(await inputOf(tx, before)), status: 'cancelled' }, rules, now);
    return {};
  });
  return seminar;
}

/**
 * Changes the capacity. A higher capacity first fills the new seats from the waitlist (in line), and those moved up
 * are told; a lower one never removes anybody (seats left is then zero until enough people cancel).
 */
export async function changeCapacity(
  db: Db,
  actor: User,
  seminarId: string,
  capacity: number,
  rules: AdminRules,
  now: Date,
): Promise<{ seminar: Seminar; promoted: number }> {
  return changeSeminar(db, actor, seminarId, 'seminar.capacity', now, async (tx, before) => {
    if (before.status === 'cancelled') throw new AdminActionRefused('cancelled');
    const promoted = await writeAndPromote(tx, { ...(await inputOf(tx, before)), capacity }, rules, now);
    return { capacityBefore: before.capacity, capacity, promoted };
  });
}

export interface ExtraSession {
  start: Date;
  end: Date;
  location: string | null;
  /** Seats the added date brings; the seminar's capacity grows by this much. */
  seats: number;
}

/**
 * A "Zusatztermin": one more date of the seminar with its own seats. The seats go to the waitlist first (in line,
 * each promoted person is told); what is left is open to everybody. Those already registered are not sent a change
 * notice: their dates did not change.
 */
export async function addSession(
  db: Db,
  actor: User,
  seminarId: string,
  extra: ExtraSession,
  rules: AdminRules,
  now: Date,
): Promise<{ seminar: Seminar; promoted: number }> {
  return changeSeminar(db, actor, seminarId, 'seminar.addSession', now, async (tx, before) => {
    if (before.status === 'cancelled') throw new AdminActionRefused('cancelled');
    const raw = await inputOf(tx, before);
    const added = { start: extra.start.toISOString(), end: extra.end.toISOString(), location: extra.location };
    const sessions = [...(raw.sessions as Record<string, unknown>[]), added];
    const keep = (c: CatalogueChange) => c.kind !== 'rescheduled';
    const promoted = await writeAndPromote(
      tx,
      { ...raw, sessions, capacity: before.capacity + extra.seats },
      rules,
      now,
      keep,
    );
    return { ...added, seats: extra.seats, promoted };
  });
}
