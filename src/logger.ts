// Structured logs with pino (JSON lines on stdout; pipe through pino-pretty when reading them by eye).
import { pino, type Logger } from 'pino';

export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { app: 'seminar-lotse' },
    redact: ['*.password', '*.BOT_PASSWORD', 'config.BOT_PASSWORD'],
  });
}
