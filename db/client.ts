// One client factory: postgres.js when a connection string is given, embedded PGlite under a data directory
// otherwise. PGlite has no lock of its own, so the directory is guarded by a lock file (db/lock.ts).
import { PGlite } from '@electric-sql/pglite';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { sql, type SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import fs from 'node:fs';
import path from 'node:path';
import postgres from 'postgres';
import { acquireDirectoryLock, type DirectoryLock } from './lock.js';
import * as schema from './schema.js';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction handle has the same query API as the database. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export interface Database {
  db: Db;
  engine: 'pglite' | 'postgres';
  /** postgres.js client (only for the postgres engine): used for the migration advisory lock. */
  pg?: postgres.Sql;
  pglite?: PGlite;
  close(): Promise<void>;
}

export const PGLITE_EXTENSIONS = { pg_trgm, unaccent, fuzzystrmatch };

export function wrapPglite(pglite: PGlite, onClose: () => Promise<void> = async () => {}): Database {
  const db = drizzlePglite(pglite, { schema, casing: 'snake_case' }) as unknown as Db;
  return {
    db,
    engine: 'pglite',
    pglite,
    async close() {
      if (!pglite.closed) await pglite.close();
      await onClose();
    },
  };
}

export function wrapPostgres(pg: postgres.Sql): Database {
  const db = drizzlePostgres(pg, { schema, casing: 'snake_case' }) as unknown as Db;
  return { db, engine: 'postgres', pg, close: () => pg.end({ timeout: 5 }) };
}

export function connectPostgres(url: string, max = 10): postgres.Sql {
  return postgres(url, { max, onnotice: () => {}, connection: { application_name: 'seminar-lotse' } });
}

export interface OpenOptions {
  databaseUrl?: string;
  dataDir: string;
  /** Who opens the database, for the lock message ("the bot", "catalog:import"). */
  owner: string;
}

/** Opens the configured database; for PGlite, takes the directory lock first or throws a clear error. */
export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.databaseUrl) return wrapPostgres(connectPostgres(opts.databaseUrl));
  const dir = path.resolve(opts.dataDir);
  fs.mkdirSync(dir, { recursive: true });
  const lock: DirectoryLock = acquireDirectoryLock(dir, opts.owner, opts.dataDir);
  try {
    const pglite = await PGlite.create({ dataDir: path.join(dir, 'pgdata'), extensions: PGLITE_EXTENSIONS });
    return wrapPglite(pglite, async () => lock.release());
  } catch (e) {
    lock.release();
    throw e;
  }
}

/** Rows of a raw `db.execute(sql)` on either engine (PGlite returns {rows}, postgres.js an array). */
export async function queryRows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown;
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}

/** A json column of a raw query: postgres.js and PGlite parse it, but a driver may hand over the text. */
export function jsonValue<T>(value: T | string | null | undefined, empty: T): T {
  if (value === null || value === undefined) return empty;
  return typeof value === 'string' ? (JSON.parse(value) as T) : value;
}

/** A text[] literal of the given values, as bound parameters. */
export function textArray(values: string[]): SQL {
  return sql`array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;
}
