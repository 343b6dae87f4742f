import { Session } from 'node:inspector/promises';
import fs from 'node:fs';
const STATS = new Map<string, { n: number; ms: number }>();
let TRACE = false;
for (const m of ['query', 'exec'] as const) {
  const orig = (PGlite.prototype as any)[m];
  (PGlite.prototype as any)[m] = async function (this: unknown, q: string, ...rest: unknown[]) {
    const t0 = performance.now();
    try { return await orig.call(this, q, ...rest); } finally {
      if (TRACE) { const k = String(q).replace(/\s+/g, ' ').slice(0, 110); const e = STATS.get(k) ?? { n: 0, ms: 0 }; e.n++; e.ms += performance.now() - t0; STATS.set(k, e); }
    }
  };
}
// Benchmark: how long a question takes to answer compared with an echo turn on the same stack (restify, the Teams
// adapter, a Teams AI Application, a local Bot Connector), at a catalogue of 1,000 seminars on embedded PGlite.
import { Application, type TurnState } from '@microsoft/teams-ai';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { PGlite } from '@electric-sql/pglite';
import { connectPostgres, PGLITE_EXTENSIONS, wrapPglite, wrapPostgres, type Database } from '../db/client.js';
import { buildDemoCatalogue } from '../db/demo-catalogue.js';
import { migrateDatabase } from '../db/migrate.js';
import { createAdapter } from '../src/bot/app.js';
import { loadConfig } from '../src/config.js';
import { importCatalogue } from '../src/domain/catalogue-import.js';
import { startServer } from '../src/server.js';
import { start } from '../src/start.js';

const QUESTIONS = [
  'Gibt es im März etwas zu Informationssicherheit?',
  'Was kostet der Scrum-Kurs?',
  'Welche Online-Seminare gibt es nächsten Monat?',
  'Wo findet Prozessmanagement statt?',
  'Kurse von Frau Lange',
  'Is there anything on artificial intelligence?',
  'Wann ist die Anmeldefrist für Excel?',
  'Gibt es noch freie Plätze für Teams für Einsteiger?',
  'Informationssicherhiet für Führungskräfte',
  'Was bietet das NSI an?',
];

/** 1,000 seminars: the demo programme repeated with shifted dates and numbered titles. */
export function largeCatalogue(now: Date, size = 1000) {
  const demo = buildDemoCatalogue(now);
  const seminars = [];
  for (let i = 0; seminars.length < size; i++) {
    for (const s of demo.seminars) {
      if (seminars.length >= size) break;
      const shift = (i % 20) * 7 * 86_400_000;
      const move = (iso: string) => new Date(new Date(iso).getTime() + shift).toISOString().replace(/\.\d{3}Z$/, 'Z');
      seminars.push({
        ...s,
        id: `${s.id}-${i}`,
        title: i === 0 ? s.title : `${s.title} (${i + 1})`,
        registrationDeadline: s.registrationDeadline ? move(s.registrationDeadline) : undefined,
        sessions: s.sessions.map((x) => ({ ...x, start: move(x.start), end: move(x.end) })),
      });
    }
  }
  return { municipalities: demo.municipalities, seminars };
}

const BENCH_AAD = '00000000-0000-4000-8000-00000000b3c4';

async function fakeConnector(): Promise<{ url: string; close(): Promise<void> }> {
  // Answers sends with an id and the member API with the bench person (Teams knows everyone's e-mail).
  const member = JSON.stringify({
    id: '29:bench',
    aadObjectId: BENCH_AAD,
    name: 'Bench Person',
    email: 'bench@kommune.example',
  });
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(req.method === 'GET' && req.url?.includes('/members/') ? member : '{"id":"1"}');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

function activity(serviceUrl: string, text: string, n: number) {
  return {
    type: 'message',
    id: `bench-${n}`,
    timestamp: new Date().toISOString(),
    serviceUrl,
    channelId: 'msteams',
    text,
    from: { id: '29:bench', name: 'Bench Person', aadObjectId: BENCH_AAD },
    conversation: { id: 'a:bench', conversationType: 'personal', tenantId: 'bench' },
    recipient: { id: '28:bot', name: 'Seminar-Lotse' },
    locale: 'de-DE',
  };
}

async function timeTurns(url: string, serviceUrl: string, texts: string[], rounds: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const body = JSON.stringify(activity(serviceUrl, texts[i % texts.length], i));
    const t0 = performance.now();
    const res = await fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    await res.arrayBuffer();
    if (res.status >= 300) throw new Error(`turn answered ${res.status}`);
    times.push(performance.now() - t0);
  }
  return times;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)];

/** A scratch database: on the PostgreSQL server of `serverUrl` (created and dropped here), or in-memory PGlite. */
async function scratchDatabase(
  serverUrl: string | undefined,
): Promise<{ database: Database; engine: string; drop(): Promise<void> }> {
  if (!serverUrl) {
    const database = wrapPglite(await PGlite.create({ extensions: PGLITE_EXTENSIONS }));
    return { database, engine: 'PGlite', drop: () => database.close() };
  }
  const name = `seminar_lotse_bench_${Date.now().toString(36)}`;
  const admin = connectPostgres(serverUrl, 1);
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = wrapPostgres(connectPostgres(url.toString()));
  return {
    database,
    engine: `PostgreSQL (${url.host})`,
    async drop() {
      await database.close();
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}

/** With DATABASE_URL set, runs on a scratch database of that PostgreSQL server; otherwise on PGlite. */
export async function benchAnswers(print: (line: string) => void, serverUrl?: string, rounds = 300): Promise<void> {
  const config = loadConfig({ SEED_DEMO: 'false', LOG_LEVEL: 'silent', PORT: '0' });
  const logger = pino({ level: 'silent' });
  const connector = await fakeConnector();

  // The echo: the same server, adapter and Application, answering with the text it got.
  const echoAdapter = createAdapter({ config, logger });
  const echoApp = new Application<TurnState>({ adapter: echoAdapter, startTypingTimer: false });
  echoApp.activity('message', async (context) => void (await context.sendActivity(context.activity.text ?? '')));
  const echo = await startServer(
    {
      messages: (req, res) =>
        echoAdapter.process(req as never, res as never, (c) => echoApp.run(c).then(() => undefined)),
      health: async () => ({}),
    },
    { port: 0, host: '127.0.0.1', logger },
  );

  const { database, engine, drop } = await scratchDatabase(serverUrl);
  await migrateDatabase(database);
  const now = new Date();
  const catalogue = largeCatalogue(now);
  await importCatalogue(database.db, catalogue, { now });
  const bot = await start({ config, database, logger, host: '127.0.0.1', scheduler: false });

  // warm up both (JIT, prepared plans), then measure
  await timeTurns(echo.url, connector.url, QUESTIONS, 30);
  await timeTurns(bot.url, connector.url, QUESTIONS, 30);
  const echoTimes = await timeTurns(echo.url, connector.url, QUESTIONS, rounds);
  TRACE = true; const session = new Session(); session.connect();
  await session.post('Profiler.enable'); await session.post('Profiler.setSamplingInterval', { interval: 100 }); await session.post('Profiler.start');
  const answerTimes = await timeTurns(bot.url, connector.url, process.env.Q ? [process.env.Q] : QUESTIONS, rounds);
  const { profile } = await session.post('Profiler.stop');
  fs.writeFileSync('/tmp/prof/answer.cpuprofile', JSON.stringify(profile)); TRACE = false;
  for (const [k, v] of [...STATS].sort((a, b) => b[1].ms - a[1].ms)) console.log(`${(v.ms / rounds).toFixed(2).padStart(6)} ms/turn ${String(v.n).padStart(4)}x ${(v.ms / v.n).toFixed(2)} ms  ${k}`);
  print(`answers: catalogue ${catalogue.seminars.length} seminars, ${rounds} turns each, ${engine}`);
  print(`answers: echo turn   median ${median(echoTimes).toFixed(2)} ms, p95 ${p95(echoTimes).toFixed(2)} ms`);
  print(`answers: answer turn median ${median(answerTimes).toFixed(2)} ms, p95 ${p95(answerTimes).toFixed(2)} ms`);
  print(`answers: ratio answer/echo (median) ${(median(answerTimes) / median(echoTimes)).toFixed(2)} (goal ≤ 1.30)`);
  // Which questions cost what: turn i asked QUESTIONS[i % QUESTIONS.length].
  for (const [q, text] of QUESTIONS.entries()) {
    const own = answerTimes.filter((_, i) => i % QUESTIONS.length === q);
    print(`answers:   ${median(own).toFixed(2).padStart(6)} ms  ${text}`);
  }

  await bot.stop();
  await drop();
  await echo.stop();
  await connector.close();
}

await benchAnswers(console.log, process.env.DATABASE_URL);
