// Two processes starting at once on one empty PostgreSQL database: migrations and the demo catalogue happen once.
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { describe, expect, inject, it } from 'vitest';
import { connectPostgres, wrapPostgres } from '../db/client.js';
import { buildDemoCatalogue } from '../db/demo-catalogue.js';
import { loadConfig } from '../src/config.js';
import { TestClock } from '../src/domain/clock.js';
import { start } from '../src/start.js';

const run = inject('pgRun');

describe.skipIf(!run)('start-up on PostgreSQL [postgres]', () => {
  it('two bots starting together on an empty database both become ready, with the demo loaded once', async () => {
    const name = `${run!.prefix}_start_${randomBytes(3).toString('hex')}`;
    const admin = connectPostgres(run!.url, 1);
    await admin.unsafe(`create database "${name}"`);
    await admin.end();
    const url = new URL(run!.url);
    url.pathname = `/${name}`;
    const config = loadConfig({ DATABASE_URL: url.toString(), SEED_DEMO: 'true', LOG_LEVEL: 'silent', PORT: '0' });
    const clock = new TestClock('2026-11-23T10:00:00Z');
    const boot = () =>
      start({
        config,
        clock,
        logger: pino({ level: 'silent' }),
        host: '127.0.0.1',
        scheduler: false,
        database: wrapPostgres(connectPostgres(config.DATABASE_URL!, 5)),
      });
    const [a, b] = await Promise.all([boot(), boot()]);
    try {
      for (const bot of [a, b]) expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
      const rows = await a.database.db.execute(sql`select count(*)::int as n from seminars`);
      const n = Array.isArray(rows) ? rows[0].n : (rows as { rows: { n: number }[] }).rows[0].n;
      expect(n).toBe(buildDemoCatalogue(clock.now()).seminars.length);
    } finally {
      await a.stop();
      await b.stop();
      await a.database.close();
      await b.database.close();
    }
  });
});
