import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseOffsets } from '../src/config.js';

describe('configuration', () => {
  it('uses the documented defaults when nothing is set', () => {
    const c = loadConfig({});
    expect(c.PORT).toBe(3978);
    expect(c.DATA_DIR).toBe('./.data');
    expect(c.DATABASE_URL).toBeUndefined();
    expect(c.DEFAULT_LOCALE).toBe('de');
    expect(c.DISPLAY_TIMEZONE).toBe('Europe/Berlin');
    expect(c.REMINDER_OFFSETS).toEqual([7 * 86_400_000, 86_400_000]);
    expect(c.SCHEDULER_CRON).toBe('* * * * *');
    expect(c.SEED_DEMO).toBe(true);
    expect(c.LOG_LEVEL).toBe('info');
    expect(c.ALLOWED_TENANTS).toEqual([]);
  });

  it('reads every variable of the contract', () => {
    const c = loadConfig({
      PORT: '4000',
      DATABASE_URL: 'postgres://u@localhost:5432/x',
      DATA_DIR: '/tmp/x',
      ALLOWED_TENANTS: ' A , b ',
      DEFAULT_LOCALE: 'en',
      DISPLAY_TIMEZONE: 'Europe/Vienna',
      REMINDER_OFFSETS: '30s, 2m',
      SCHEDULER_CRON: '*/2 * * * * *',
      SEND_RATE: '7',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
    });
    expect(c).toMatchObject({
      PORT: 4000,
      DATA_DIR: '/tmp/x',
      ALLOWED_TENANTS: ['a', 'b'],
      DEFAULT_LOCALE: 'en',
      SEND_RATE: 7,
      SEED_DEMO: false,
    });
    expect(c.REMINDER_OFFSETS).toEqual([120_000, 30_000]);
  });

  it.each([
    ['PORT', 'abc'],
    ['DEFAULT_LOCALE', 'fr'],
    ['DISPLAY_TIMEZONE', 'Mars/Olympus'],
    ['REMINDER_OFFSETS', '7 days'],
    ['SCHEDULER_CRON', '* *'],
    ['SEND_RATE', '-1'],
    ['SEED_DEMO', 'maybe'],
    ['DATABASE_URL', 'not a url'],
  ])('a bad %s stops the start with one line naming it', (key, value) => {
    let error: unknown;
    try {
      loadConfig({ [key]: value });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain(key);
    expect((error as Error).message).not.toContain('\n');
  });

  it('needs BOT_PASSWORD with BOT_ID', () => {
    expect(() => loadConfig({ BOT_ID: 'x' })).toThrow(/BOT_PASSWORD/);
  });

  it('parses reminder offsets in s, m, h and d, largest first', () => {
    expect(parseOffsets('1d,7d,1d,90m')).toEqual([604_800_000, 86_400_000, 5_400_000]);
  });
});
