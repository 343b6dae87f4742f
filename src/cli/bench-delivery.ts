// Benchmark: delivery throughput of the outbox sender against a local Bot Connector that enforces Teams' limits
// (per app and tenant 50 requests per second; per conversation 7 per second, 8 per 2 seconds, 60 per 30 seconds),
// answering 429 with Retry-After beyond them. Goal: within 10 % of SEND_RATE, none lost, none doubled.
import { PGlite } from '@electric-sql/pglite';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { PGLITE_EXTENSIONS, wrapPglite } from '../../db/client.js';
import { migrateDatabase } from '../../db/migrate.js';
import { users } from '../../db/schema.js';
import { createAdapter } from '../bot/app.js';
import { textMessage } from '../bot/cards.js';
import { loadConfig } from '../config.js';
import { systemClock } from '../domain/clock.js';
import { enqueue, outboxCounts } from '../domain/outbox.js';
import { createSender } from '../delivery/sender.js';

const TENANT_LIMIT_PER_SECOND = 50;
const CONVERSATION_WINDOWS: [ms: number, max: number][] = [
  [1_000, 7],
  [2_000, 8],
  [30_000, 60],
];

export interface DeliveryBenchOptions {
  messages?: number;
  /** Messages per person (2 by default, so the per-conversation limits are exercised too). */
  perPerson?: number;
  sendRate?: number;
}

/** A Bot Connector that counts what arrives and refuses what Teams would refuse. */
async function teamsLimitedConnector() {
  const tenantHits: number[] = [];
  const convHits = new Map<string, number[]>();
  const received = new Map<string, number>();
  let throttled = 0;
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      const m = /^\/v3\/conversations\/([^/]+)\/activities/.exec(decodeURIComponent(req.url ?? ''));
      if (req.method !== 'POST' || !m) {
        res.writeHead(404);
        res.end();
        return;
      }
      const now = Date.now();
      while (tenantHits.length && tenantHits[0] <= now - 1000) tenantHits.shift();
      const hits = (convHits.get(m[1]) ?? []).filter((t) => t > now - 30_000);
      const overConversation = CONVERSATION_WINDOWS.some(([ms, max]) => hits.filter((t) => t > now - ms).length >= max);
      if (tenantHits.length >= TENANT_LIMIT_PER_SECOND || overConversation) {
        throttled++;
        res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '1' });
        res.end('{"error":{"code":"Throttled"}}');
        return;
      }
      tenantHits.push(now);
      hits.push(now);
      convHits.set(m[1], hits);
      const text = String((JSON.parse(body) as { text?: string }).text);
      received.set(text, (received.get(text) ?? 0) + 1);
      // Not chained: restify, loaded by the other sections, patches writeHead so that it returns nothing.
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `${now}` }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    received,
    throttled: () => throttled,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

export async function benchDelivery(print: (line: string) => void, opts: DeliveryBenchOptions = {}): Promise<void> {
  const total = opts.messages ?? 10_000;
  const perPerson = opts.perPerson ?? 2;
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    SEED_DEMO: 'false',
    ...(opts.sendRate ? { SEND_RATE: String(opts.sendRate) } : {}),
  });
  const connector = await teamsLimitedConnector();
  const pglite = await PGlite.create({ extensions: PGLITE_EXTENSIONS });
  const database = wrapPglite(pglite);
  try {
    await migrateDatabase(database);
    const db = database.db;
    const now = systemClock.now();
    const people = Math.ceil(total / perPerson);
    for (let i = 0; i < people; i += 1000) {
      await db.insert(users).values(
        Array.from({ length: Math.min(1000, people - i) }, (_, k) => {
          const n = i + k;
          return {
            aadObjectId: `bench-${n}`,
            tenantId: 'bench-tenant',
            conversationId: `a:bench-${n}`,
            conversationReference: {
              channelId: 'msteams',
              serviceUrl: connector.url,
              conversation: { id: `a:bench-${n}`, conversationType: 'personal', tenantId: 'bench-tenant' },
              bot: { id: '28:bench', name: 'Seminar-Lotse' },
            },
          };
        }),
      );
    }
    await enqueue(
      db,
      Array.from({ length: total }, (_, i) => ({
        userId: `bench-${i % people}`,
        kind: 'bench.text',
        payload: { text: `m-${i}` },
        dedupeKey: `bench:${i}`,
        dueAt: now,
      })),
      now,
    );
    const deps = { db, config, clock: systemClock, logger: pino({ level: 'silent' }) };
    const sender = createSender({
      ...deps,
      adapter: createAdapter(deps),
      renderers: { 'bench.text': async ({ row }) => textMessage(String(row.payload.text)) },
    });
    print(
      `delivery: ${total} messages to ${people} people at SEND_RATE ${config.SEND_RATE}/s (connector: ${TENANT_LIMIT_PER_SECOND}/s per tenant, 7/s per conversation)`,
    );
    const started = performance.now();
    for (;;) {
      await sender.drainOnce();
      const counts = await outboxCounts(db);
      if (!counts.pending) break;
      await new Promise((r) => setTimeout(r, 100)); // retries wait for their Retry-After
    }
    const seconds = (performance.now() - started) / 1000;
    const counts = await outboxCounts(db);
    const doubled = [...connector.received.values()].filter((n) => n > 1).length;
    const lost = total - connector.received.size;
    const rate = total / seconds;
    print(`delivery: ${connector.received.size} delivered in ${seconds.toFixed(1)} s = ${rate.toFixed(1)} messages/s`);
    print(`delivery: ${((rate / config.SEND_RATE) * 100).toFixed(1)} % of SEND_RATE (goal: at least 90 %)`);
    print(
      `delivery: lost ${lost}, doubled ${doubled}, throttled (429) ${connector.throttled()}, failed ${counts.failed}, unreachable ${counts.unreachable}`,
    );
    print(`delivery: ${lost === 0 && doubled === 0 && rate >= config.SEND_RATE * 0.9 ? 'OK' : 'NOT MET'}`);
  } finally {
    await database.close();
    await connector.close();
  }
}
