// The scheduler only ticks: node-cron calls one wrapper, which drains the due outbox rows. It holds no jobs in
// memory — everything due lives in the outbox — so any number of processes may tick at once, and a restart loses
// nothing. A tick is skipped while the previous one is still busy; stop() waits for the tick in progress.
import cron, { type ScheduledTask } from 'node-cron';
import type { Logger } from 'pino';

export interface SchedulerOptions {
  cron: string;
  timezone: string;
  logger: Logger;
  /** The work of one tick (drain the outbox); gets the time budget of the tick. */
  tick: (budgetMs: number) => Promise<unknown>;
  /** Called by stop() before waiting for the tick in progress, so that it ends early and gives claims back. */
  onStop?: () => void;
}

export interface Scheduler {
  /** Runs one tick now (unless one is busy); resolves when it is done. */
  runTick(): Promise<void>;
  stop(): Promise<void>;
}

/** A tick may use most of the time until the next one; 50 s caps it for the every-minute default. */
function budgetFor(task: ScheduledTask | null): number {
  const ms = task?.msToNext() ?? null;
  return Math.max(1_000, Math.min(50_000, ms === null ? 50_000 : ms - 250));
}

export function startScheduler(opts: SchedulerOptions): Scheduler {
  let running: Promise<void> | null = null;
  let stopped = false;
  let task: ScheduledTask | null = null;

  const runTick = (): Promise<void> => {
    if (stopped) return Promise.resolve();
    if (running) {
      opts.logger.debug('scheduler tick skipped: the previous one is still busy');
      return running;
    }
    const budget = budgetFor(task);
    running = (async () => {
      try {
        await opts.tick(budget);
      } catch (err) {
        opts.logger.error({ err }, 'scheduler tick failed');
      } finally {
        running = null;
      }
    })();
    return running;
  };

  // node-cron's own messages ("missed execution" under load) go to our log, as JSON, not to the console.
  const cronLogger = {
    info: (message: string) => opts.logger.debug({ source: 'node-cron' }, message),
    warn: (message: string) => opts.logger.warn({ source: 'node-cron' }, message),
    error: (message: string | Error, err?: Error) =>
      opts.logger.error({ source: 'node-cron', err: err ?? message }, String(message)),
    debug: (message: string | Error) => opts.logger.debug({ source: 'node-cron' }, String(message)),
  };
  task = cron.schedule(opts.cron, () => void runTick(), {
    timezone: opts.timezone,
    name: 'outbox',
    noOverlap: true,
    logger: cronLogger,
  });
  opts.logger.info({ cron: opts.cron, timezone: opts.timezone }, 'scheduler started');

  return {
    runTick,
    async stop() {
      if (stopped) return;
      stopped = true;
      await task?.stop();
      await task?.destroy();
      opts.onStop?.();
      if (running) await running;
      opts.logger.info('scheduler stopped');
    },
  };
}
