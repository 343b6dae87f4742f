// Once per test run: migrate one PGlite template (dumped to a file each test file loads) and, with
// TEST_DATABASE_URL, one PostgreSQL template database that each test file copies. All are removed afterwards.
import { PGlite } from '@electric-sql/pglite';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { connectPostgres, PGLITE_EXTENSIONS, wrapPglite, wrapPostgres } from '../../db/client.js';
import { migrateDatabase } from '../../db/migrate.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    pgRun: { url: string; prefix: string; template: string } | null;
  }
}

export function databaseUrl(base: string, name: string): string {
  const u = new URL(base);
  u.pathname = `/${name}`;
  return u.toString();
}

export default async function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seminar-lotse-test-'));
  const pglite = await PGlite.create({ extensions: PGLITE_EXTENSIONS });
  await migrateDatabase(wrapPglite(pglite));
  const dump = await pglite.dumpDataDir('none');
  const file = path.join(dir, 'template.tar');
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await pglite.close();
  project.provide('pgliteTemplate', file);

  const baseUrl = process.env.TEST_DATABASE_URL;
  let pgRun: { url: string; prefix: string; template: string } | null = null;
  if (baseUrl) {
    const prefix = `sl_test_${process.pid}_${Date.now().toString(36)}`;
    const template = `${prefix}_tmpl`;
    const admin = connectPostgres(baseUrl, 1);
    await admin.unsafe(`create database "${template}"`);
    const db = wrapPostgres(connectPostgres(databaseUrl(baseUrl, template), 2));
    await migrateDatabase(db);
    await db.close();
    await admin.end();
    pgRun = { url: baseUrl, prefix, template };
  }
  project.provide('pgRun', pgRun);

  return async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    if (pgRun) {
      const admin = connectPostgres(pgRun.url, 1);
      const rows = await admin<
        { datname: string }[]
      >`select datname from pg_database where datname like ${pgRun.prefix + '%'}`;
      for (const r of rows) await admin.unsafe(`drop database if exists "${r.datname}" with (force)`);
      await admin.end();
    }
  };
}
