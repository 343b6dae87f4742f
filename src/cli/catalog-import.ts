// npm run catalog:import -- FILE: validates the whole file, then imports it in one transaction into the configured
// database. The effects (alerts, notices) are queued in the outbox and delivered by the running bot.
import fs from 'node:fs';
import { openDatabase } from '../../db/client.js';
import { migrateDatabase } from '../../db/migrate.js';
import { loadConfig } from '../config.js';
import { systemClock } from '../domain/clock.js';
import { catalogueEffects } from '../domain/catalogue-effects.js';
import { formatImportSummary, importCatalogue } from '../domain/catalogue-import.js';
import { runCli, UsageError } from './run.js';

runCli('catalog:import', async (args) => {
  const file = args.filter((a) => !a.startsWith('-'))[0];
  if (!file || args.length > 1) throw new UsageError('usage: npm run catalog:import -- FILE');
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(
      `cannot read ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${file} is not valid JSON: ${(e as Error).message}`);
  }
  const config = loadConfig();
  const database = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    owner: 'catalog:import',
  });
  try {
    await migrateDatabase(database);
    const now = systemClock.now();
    const result = await importCatalogue(database.db, json, {
      now,
      actor: 'catalog:import',
      effects: catalogueEffects({ reminderOffsetsMs: config.REMINDER_OFFSETS }),
    });
    console.log(formatImportSummary(result));
  } finally {
    await database.close();
  }
});
