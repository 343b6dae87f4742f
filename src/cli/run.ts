// Shared frame of the command-line tools: one clear line on failure, a non-zero exit, never a stack trace.
import { ConfigError } from '../config.js';
import { CatalogueError } from '../domain/catalogue-format.js';
import { DatabaseLockedError } from '../../db/lock.js';

/** A mistake in how the command was called or what it was given. */
export class UsageError extends Error {}

const EXPECTED = [UsageError, ConfigError, CatalogueError, DatabaseLockedError];

export function runCli(name: string, main: (args: string[]) => Promise<void>): void {
  main(process.argv.slice(2)).then(
    () => process.exit(0),
    (e: unknown) => {
      const expected = EXPECTED.some((k) => e instanceof k) || (e as { userFacing?: boolean })?.userFacing;
      const message = e instanceof Error ? e.message : String(e);
      console.error(message.startsWith(name) ? message : `${name}: ${message}`);
      process.exit(expected ? 2 : 1);
    },
  );
}
