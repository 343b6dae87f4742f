// What every bot capability needs, passed in by src/index.ts (no module-level singletons).
import type { Logger } from 'pino';
import type { Db } from '../../db/client.js';
import type { Config } from '../config.js';
import type { Clock } from '../domain/clock.js';

export interface BotDeps {
  db: Db;
  config: Config;
  clock: Clock;
  logger: Logger;
}
