// Applies the committed drizzle-kit migrations. On PostgreSQL several processes may start at once, so the
// migration runs under a session advisory lock held on a connection of its own.
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { fileURLToPath } from 'node:url';
import type { Database } from './client.js';

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('./migrations', import.meta.url));
const MIGRATION_LOCK_KEY = 724_2027; // any constant shared by all Seminar-Lotse processes

/**
 * Runs `work` while no other Seminar-Lotse process does start-up work on the same database (migrations, loading the
 * demo catalogue). PGlite needs nothing here: its directory lock already admits one process.
 */
export async function withStartupLock<T>(database: Database, work: () => Promise<T>): Promise<T> {
  if (database.engine === 'pglite') return work();
  const lockConn = await database.pg!.reserve();
  try {
    await lockConn`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
    return await work();
  } finally {
    await lockConn`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`.catch(() => {});
    lockConn.release();
  }
}

/** Applies pending migrations; call inside withStartupLock when other processes may start at the same time. */
export async function applyMigrations(database: Database): Promise<void> {
  if (database.engine === 'pglite') {
    await migratePglite(database.db as unknown as PgliteDatabase, { migrationsFolder: MIGRATIONS_FOLDER });
  } else {
    await migratePostgres(database.db as unknown as PostgresJsDatabase, { migrationsFolder: MIGRATIONS_FOLDER });
  }
}

export async function migrateDatabase(database: Database): Promise<void> {
  await withStartupLock(database, () => applyMigrations(database));
}
