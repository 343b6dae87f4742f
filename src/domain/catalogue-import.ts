// Catalogue import: validate the whole file, then upsert by id in one transaction and report what changed, so that
// the effects (guide alerts, cancellation and change notices, waitlist promotion) can be queued in the same
// transaction. Importing the same file twice changes nothing and reports no change.
import { createHash } from 'node:crypto';
import { eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import {
  auditLog,
  municipalities,
  seminarSessions,
  seminars,
  type Seminar,
  type SeminarSession,
} from '../../db/schema.js';
import { parseCatalogue, type SeminarInput } from './catalogue-format.js';
import { refreshSearchIndexSql } from './search-index.js';

export type CatalogueChange =
  | { kind: 'published'; seminarId: string }
  | { kind: 'cancelled'; seminarId: string }
  | { kind: 'rescheduled'; seminarId: string }
  | { kind: 'capacityRaised'; seminarId: string; from: number; to: number };

/** Queues what follows from the changes, inside the import's transaction. */
export type ChangeEffects = (tx: Tx, changes: CatalogueChange[], now: Date) => Promise<void>;

export interface ImportResult {
  created: number;
  updated: number;
  unchanged: number;
  municipalities: number;
  changes: CatalogueChange[];
}

export function formatImportSummary(r: ImportResult): string {
  return `imported: ${r.created} new, ${r.updated} updated, ${r.unchanged} unchanged`;
}

/** Everything that makes up a seminar, in a stable order, so equal content gives an equal hash. */
export function contentHash(s: SeminarInput): string {
  const canonical = JSON.stringify({
    ...s,
    topics: s.topics,
    registrationDeadline: s.registrationDeadline?.toISOString() ?? null,
    sessions: s.sessions.map((x) => [x.start.toISOString(), x.end.toISOString(), x.location ?? null]),
  });
  return createHash('sha256').update(canonical).digest('hex');
}

type SessionKey = { startsAt: Date; endsAt: Date; location: string | null };
const sessionsKey = (list: SessionKey[], seminarLocation: string | null) =>
  JSON.stringify(
    [...list]
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
      .map((x) => [x.startsAt.getTime(), x.endsAt.getTime(), x.location ?? seminarLocation]),
  );

/** What an update of `before` to `after` means for the people concerned. */
export function diffSeminar(
  before: Pick<Seminar, 'id' | 'status' | 'capacity' | 'location'> | null,
  beforeSessions: SessionKey[],
  after: SeminarInput,
): CatalogueChange[] {
  const id = after.id;
  if (!before) return after.status === 'published' ? [{ kind: 'published', seminarId: id }] : [];
  const changes: CatalogueChange[] = [];
  if (before.status !== 'published' && after.status === 'published' && before.status !== 'cancelled') {
    changes.push({ kind: 'published', seminarId: id });
  }
  if (before.status !== 'cancelled' && after.status === 'cancelled') changes.push({ kind: 'cancelled', seminarId: id });
  if (after.status === 'published' && before.status === 'published') {
    const afterSessions = after.sessions.map((x) => ({ startsAt: x.start, endsAt: x.end, location: x.location }));
    if (sessionsKey(beforeSessions, before.location) !== sessionsKey(afterSessions, after.location)) {
      changes.push({ kind: 'rescheduled', seminarId: id });
    }
    if (after.capacity > before.capacity) {
      changes.push({ kind: 'capacityRaised', seminarId: id, from: before.capacity, to: after.capacity });
    }
  }
  if (before.status === 'cancelled' && after.status === 'published') changes.push({ kind: 'published', seminarId: id });
  return changes;
}

function seminarRow(s: SeminarInput, hash: string, now: Date) {
  return {
    id: s.id,
    title: s.title,
    summary: s.summary,
    description: s.description,
    topics: s.topics,
    format: s.format,
    location: s.location,
    onlineUrl: s.onlineUrl,
    trainer: s.trainer,
    provider: s.provider,
    audience: s.audience,
    capacity: s.capacity,
    waitlist: s.waitlist,
    feeAmount: s.fee?.amount ?? null,
    feeCurrency: s.fee ? s.fee.currency : null,
    feeNote: s.fee?.note ?? null,
    registrationDeadline: s.registrationDeadline ?? s.sessions[0].start,
    eligibleMunicipalities: s.eligibleMunicipalities,
    language: s.language,
    status: s.status,
    contentHash: hash,
    updatedAt: now,
  };
}

/**
 * Writes one validated seminar (insert or replace) with its sessions and search index; returns the changes.
 * Shared by the file import and the admin's "Neues Seminar" card.
 */
export async function upsertSeminar(
  tx: Tx,
  s: SeminarInput,
  now: Date,
): Promise<{ status: 'new' | 'updated' | 'unchanged'; changes: CatalogueChange[] }> {
  const hash = contentHash(s);
  const [before] = await tx.select().from(seminars).where(eq(seminars.id, s.id)).for('update');
  if (before && before.contentHash === hash) return { status: 'unchanged', changes: [] };
  const beforeSessions: SeminarSession[] = before
    ? await tx.select().from(seminarSessions).where(eq(seminarSessions.seminarId, s.id))
    : [];
  const changes = diffSeminar(before ?? null, beforeSessions, s);
  const row = seminarRow(s, hash, now);
  const publishedAt = s.status === 'published' ? (before?.publishedAt ?? now) : (before?.publishedAt ?? null);
  if (before)
    await tx
      .update(seminars)
      .set({ ...row, publishedAt })
      .where(eq(seminars.id, s.id));
  else await tx.insert(seminars).values({ ...row, publishedAt, createdAt: now });
  await tx.delete(seminarSessions).where(eq(seminarSessions.seminarId, s.id));
  await tx
    .insert(seminarSessions)
    .values(s.sessions.map((x) => ({ seminarId: s.id, startsAt: x.start, endsAt: x.end, location: x.location })));
  await tx.execute(refreshSearchIndexSql([s.id]));
  return { status: before ? 'updated' : 'new', changes };
}

export interface ImportOptions {
  now: Date;
  actor?: string;
  effects?: ChangeEffects;
}

/** Validates the whole file first; then writes all of it or nothing. Throws CatalogueError for a bad file. */
export async function importCatalogue(db: Db, file: unknown, opts: ImportOptions): Promise<ImportResult> {
  const known = (await db.select({ id: municipalities.id }).from(municipalities)).map((m) => m.id);
  const catalogue = parseCatalogue(file, known);
  return db.transaction(async (tx) => {
    for (const m of catalogue.municipalities) {
      await tx
        .insert(municipalities)
        .values({ id: m.id, name: m.name })
        .onConflictDoUpdate({
          target: municipalities.id,
          set: { name: m.name },
          where: sql`${municipalities.name} <> excluded.name`,
        });
    }
    const result: ImportResult = {
      created: 0,
      updated: 0,
      unchanged: 0,
      municipalities: catalogue.municipalities.length,
      changes: [],
    };
    for (const s of catalogue.seminars) {
      const r = await upsertSeminar(tx, s, opts.now);
      if (r.status === 'new') result.created++;
      else if (r.status === 'updated') result.updated++;
      else result.unchanged++;
      result.changes.push(...r.changes);
    }
    if (result.created || result.updated) {
      await tx.insert(auditLog).values({
        actor: opts.actor ?? 'catalog:import',
        action: 'catalogue.import',
        subject: null,
        details: {
          created: result.created,
          updated: result.updated,
          unchanged: result.unchanged,
          changes: result.changes,
        },
        at: opts.now,
      });
    }
    if (opts.effects && result.changes.length) await opts.effects(tx, result.changes, opts.now);
    return result;
  });
}

/** True when the catalogue holds no seminar at all (the demo catalogue is loaded then). */
export async function catalogueIsEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(seminars);
  return Number(row?.n ?? 0) === 0;
}

export async function seminarsByIds(db: Db | Tx, ids: string[]): Promise<Seminar[]> {
  return ids.length ? db.select().from(seminars).where(inArray(seminars.id, ids)) : [];
}
