// Entry point of `npm start`: read the config, start everything, stop cleanly on SIGTERM/SIGINT.
import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { start } from './start.js';

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(2);
    }
    throw e;
  }
  const logger = createLogger(config.LOG_LEVEL);
  let running;
  try {
    running = await start({ config, logger });
  } catch (e) {
    logger.fatal({ err: e }, 'start failed');
    console.error(`Seminar-Lotse could not start: ${(e as Error).message}`);
    process.exit(1);
  }
  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'stopping');
    const timer = setTimeout(() => process.exit(1), 15_000).unref();
    await running.stop().catch((err) => logger.error({ err }, 'stop failed'));
    clearTimeout(timer);
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

void main();
