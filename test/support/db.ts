// A fresh database per test file (or per describe block) on every engine of the run: PGlite loaded from the
// migrated template, PostgreSQL copied from the template database. Use describeEachEngine for database tests.
import { PGlite } from '@electric-sql/pglite';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import {
  connectPostgres,
  PGLITE_EXTENSIONS,
  wrapPglite,
  wrapPostgres,
  type Database,
  type Db,
} from '../../db/client.js';

export type Engine = 'pglite' | 'postgres';

export const engines: Engine[] = inject('pgRun') ? ['pglite', 'postgres'] : ['pglite'];

function databaseUrl(base: string, name: string): string {
  const u = new URL(base);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function freshDatabase(engine: Engine): Promise<Database> {
  if (engine === 'pglite') {
    const tar = fs.readFileSync(inject('pgliteTemplate'));
    const pglite = await PGlite.create({ loadDataDir: new Blob([tar]), extensions: PGLITE_EXTENSIONS });
    return wrapPglite(pglite);
  }
  const run = inject('pgRun');
  if (!run) throw new Error('PostgreSQL tests need TEST_DATABASE_URL');
  const name = `${run.prefix}_${randomBytes(4).toString('hex')}`;
  const admin = connectPostgres(run.url, 1);
  try {
    await admin.unsafe(`create database "${name}" template "${run.template}"`);
  } finally {
    await admin.end();
  }
  const database = wrapPostgres(connectPostgres(databaseUrl(run.url, name), 20));
  const close = database.close;
  return {
    ...database,
    async close() {
      await close();
      const a = connectPostgres(run.url, 1);
      await a.unsafe(`drop database if exists "${name}" with (force)`).catch(() => {});
      await a.end();
    },
  };
}

export interface EngineContext {
  engine: Engine;
  /** The database of this describe block (set in beforeAll). */
  database(): Database;
  db(): Db;
}

/** describe() once per engine, with a fresh database for the block. */
export function describeEachEngine(title: string, body: (ctx: EngineContext) => void): void {
  for (const engine of engines) {
    describe(`${title} [${engine}]`, () => {
      let database: Database | undefined;
      beforeAll(async () => {
        database = await freshDatabase(engine);
      });
      afterAll(async () => {
        await database?.close();
      });
      body({
        engine,
        database: () => database!,
        db: () => database!.db,
      });
    });
  }
}
