// Wiring by hand: config → database → migrations → demo catalogue → bot → HTTP server (→ delivery, scheduler).
// The server listens first and answers 503 until the database is migrated, so orchestrators see progress.
import type { TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { openDatabase, type Database } from '../db/client.js';
import { buildDemoCatalogue } from '../db/demo-catalogue.js';
import { applyMigrations, withStartupLock } from '../db/migrate.js';
import { createAdapter, createBot } from './bot/app.js';
import type { BotDeps } from './bot/deps.js';
import type { Config } from './config.js';
import { systemClock, type Clock } from './domain/clock.js';
import { catalogueIsEmpty, formatImportSummary, importCatalogue } from './domain/catalogue-import.js';
import { outboxCounts } from './domain/outbox.js';
import { calendarByToken } from './domain/calendar.js';
import { createRenderers } from './delivery/renderers.js';
import { createSender, type DrainSummary, type Sender } from './delivery/sender.js';
import { createLogger } from './logger.js';
import { startScheduler, type Scheduler } from './scheduler.js';
import { reportFinishedBroadcasts } from './domain/broadcasts.js';
import { startServer } from './server.js';

export interface StartOptions {
  config: Config;
  /** An open database (tests pass a cloned one); otherwise the configured one is opened. */
  database?: Database;
  clock?: Clock;
  logger?: Logger;
  /** Listen on this host (tests use 127.0.0.1). */
  host?: string;
  /** Start the cron tick that drains the outbox (default true; tests drain by hand with delivery.drainOnce()). */
  scheduler?: boolean;
}

export interface Running {
  url: string;
  port: number;
  database: Database;
  deps: BotDeps;
  /** The outbox sender of this process: drainOnce() sends what is due now (tests call it instead of waiting for cron). */
  delivery: { sender: Sender; drainOnce(): Promise<DrainSummary> };
  stop(): Promise<void>;
}

export async function start(opts: StartOptions): Promise<Running> {
  const { config } = opts;
  const logger = opts.logger ?? createLogger(config.LOG_LEVEL);
  const clock = opts.clock ?? systemClock;
  if (!config.BOT_ID && config.NODE_ENV === 'production') {
    throw new Error('BOT_ID is not set and NODE_ENV=production: refusing to run without authentication');
  }
  const database =
    opts.database ??
    (await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR, owner: 'the bot' }));
  let ready = false;
  let deps: BotDeps | undefined;
  let processActivity: ((context: TurnContext) => Promise<void>) | undefined;
  let adapter: ReturnType<typeof createAdapter> | undefined;
  let sender: Sender | undefined;
  let drain: (o?: { budgetMs?: number }) => Promise<DrainSummary> = async () => {
    throw new Error('the sender is not started');
  };
  let scheduler: Scheduler | undefined;

  const server = await startServer(
    {
      async messages(req, res) {
        if (!ready || !adapter || !processActivity) {
          res.send(503, { error: 'starting' });
          return;
        }
        await adapter.process(req as never, res as never, processActivity);
      },
      async health() {
        if (!ready) return null;
        return { status: 'ok', database: database.engine, outbox: await outboxCounts(database.db, clock.now()) };
      },
      calendar: (token) => (ready ? calendarByToken(database.db, token, clock.now()) : Promise.resolve(null)),
    },
    { port: config.PORT, host: opts.host, logger },
  );

  try {
    // Under one lock, so that processes starting together neither migrate nor load the demo twice.
    await withStartupLock(database, async () => {
      await applyMigrations(database);
      if (config.SEED_DEMO && (await catalogueIsEmpty(database.db))) {
        const result = await importCatalogue(database.db, buildDemoCatalogue(clock.now()), {
          now: clock.now(),
          actor: 'demo',
        });
        logger.info({ summary: formatImportSummary(result) }, 'demo catalogue loaded');
      }
    });
    deps = { db: database.db, config, clock, logger };
    adapter = createAdapter(deps);
    const app = createBot(deps, adapter);
    processActivity = (context) => app.run(context).then(() => undefined);
    sender = createSender({ ...deps, adapter, renderers: createRenderers(deps) });
    const drainSender = sender;
    // After a drain, broadcasts none of whose messages is pending get their report, sent at once.
    drain = async (o) => {
      const summary = await drainSender.drainOnce(o);
      if (await reportFinishedBroadcasts(database.db, clock.now())) await drainSender.drainOnce(o);
      return summary;
    };
    ready = true;
    if (opts.scheduler !== false) {
      const s = sender;
      scheduler = startScheduler({
        cron: config.SCHEDULER_CRON,
        timezone: config.DISPLAY_TIMEZONE,
        logger,
        tick: (budgetMs) => drain({ budgetMs }),
        onStop: () => s.stop(),
      });
    }
  } catch (err) {
    await server.stop();
    if (!opts.database) await database.close();
    throw err;
  }
  logger.info({ url: server.url, database: database.engine }, 'Seminar-Lotse is listening');

  let stopped = false;
  return {
    url: server.url,
    port: server.port,
    database,
    deps,
    delivery: { sender, drainOnce: () => drain() },
    async stop() {
      if (stopped) return;
      stopped = true;
      ready = false;
      await server.stop();
      // Finish the tick in progress (claimed rows are sent or given back) before the database closes.
      await scheduler?.stop();
      sender?.stop();
      if (!opts.database) await database.close();
    },
  };
}
