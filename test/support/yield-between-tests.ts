// PGlite runs queries in this thread without ever yielding to the event loop, so a file of many database-only tests
// can keep the worker from answering vitest's own messages for over a minute (an "onTaskUpdate" timeout). One
// macrotask between tests lets those messages through.
import { beforeEach } from 'vitest';

beforeEach(async () => {
  await new Promise<void>((resolve) => setImmediate(resolve));
});
