// Starts the real server in-process on port 0 against a test database and a fake connector.
import pino from 'pino';
import { loadConfig, type Config } from '../../src/config.js';
import { TestClock } from '../../src/domain/clock.js';
import { start, type Running } from '../../src/start.js';
import type { Database } from '../../db/client.js';
import { startConnector, type FakeConnector } from './connector.js';
import { cardsOf, TeamsChat, type TestUser } from './teams.js';

export interface TestBot {
  running: Running;
  connector: FakeConnector;
  chat: TeamsChat;
  clock: TestClock;
  config: Config;
  stop(): Promise<void>;
}

export async function startTestBot(
  database: Database,
  opts: {
    env?: Record<string, string>;
    now?: string | Date;
    /** Run the cron tick that drains the outbox; off by default, tests call bot.running.delivery.drainOnce(). */
    scheduler?: boolean;
  } = {},
): Promise<TestBot> {
  const config = loadConfig({ SEED_DEMO: 'false', LOG_LEVEL: 'silent', PORT: '0', ...opts.env });
  const clock = new TestClock(opts.now ?? '2026-11-23T10:00:00Z');
  const connector = await startConnector();
  const running = await start({
    config,
    database,
    clock,
    logger: pino({ level: config.LOG_LEVEL }),
    host: '127.0.0.1',
    scheduler: opts.scheduler ?? false,
  });
  const chat = new TeamsChat(running.url, connector);
  return {
    running,
    connector,
    chat,
    clock,
    config,
    async stop() {
      await running.stop();
      await connector.close();
    },
  };
}

/**
 * Turns that keep every card the bot answers with, so that a test can check all of them at the end (with the cards
 * the bot sent unasked: `allCards()`). `bot` is read lazily because tests start it in beforeAll.
 */
export function cardRecorder(bot: () => TestBot) {
  const seen: Record<string, unknown>[] = [];
  const turn = async (activity: Parameters<TeamsChat['turn']>[0]) => {
    const r = await bot().chat.turn(activity);
    seen.push(...cardsOf(r));
    return r;
  };
  return {
    turn,
    say: (u: TestUser, text: string) => turn(bot().chat.message(u, text)),
    allCards: () => [...seen, ...bot().connector.sent.flatMap((x) => cardsOf({ out: [x.activity] }))],
  };
}
