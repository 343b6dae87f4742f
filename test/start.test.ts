import { describe, expect, it } from 'vitest';
import pino from 'pino';
import { loadConfig } from '../src/config.js';
import { start } from '../src/start.js';

describe('starting the bot', () => {
  it('refuses local mode (no BOT_ID) when NODE_ENV=production', async () => {
    const config = loadConfig({ NODE_ENV: 'production', PORT: '0', DATA_DIR: '/nonexistent/never-opened' });
    await expect(start({ config, logger: pino({ level: 'silent' }) })).rejects.toThrow(
      /BOT_ID is not set and NODE_ENV=production/,
    );
  });
});
