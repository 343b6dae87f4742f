// The optional LLM mode against a local OpenAI-compatible server (an HTTP server inside the test): the model words the
// first sentence from the deterministic answer and the facts of the seminars shown, the cards stay exactly as the
// search chose them, and a failing model leaves the deterministic answer in place.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { buildDemoCatalogue } from '../db/demo-catalogue.js';
import { loadConfig } from '../src/config.js';
import { importCatalogue } from '../src/domain/catalogue-import.js';
import { startTestBot, type TestBot } from './support/bot.js';
import { describeEachEngine } from './support/db.js';
import { cardsOf, testUser, type Reply } from './support/teams.js';

const now = new Date('2026-11-23T10:00:00Z');
// The first message: a turn slower than a second (the first one, while the planner loads) also sends "typing" first.
const firstText = (r: Reply) => (r.out.find((a) => a.type === 'message')?.text as string | undefined) ?? '';

interface ChatRequest {
  model: string;
  messages: { role: string; content: string }[];
}

/** Answers chat completions with `reply` (or fails with `status`), and keeps every request. */
async function fakeModel() {
  const state = {
    reply: 'Gern: „Agiles Projektmanagement mit Scrum“ kostet 390 €.',
    status: 200,
    requests: [] as ChatRequest[],
    auth: [] as string[],
  };
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      state.requests.push(JSON.parse(body) as ChatRequest);
      state.auth.push(String(req.headers.authorization ?? ''));
      res.writeHead(state.status, { 'content-type': 'application/json' });
      if (state.status !== 200)
        return res.end(JSON.stringify({ error: { message: 'model overloaded', type: 'server_error' } }));
      res.end(
        JSON.stringify({
          id: 'chatcmpl-1',
          object: 'chat.completion',
          created: 0,
          model: 'gpt-test',
          choices: [{ index: 0, message: { role: 'assistant', content: state.reply }, finish_reason: 'stop' }],
          usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
        }),
      );
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    state,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

it('LLM mode needs its key and model, and https for Azure', () => {
  expect(() => loadConfig({ LLM_MODE: 'openai' })).toThrow(/LLM_API_KEY, LLM_MODEL required when LLM_MODE is openai/);
  expect(() => loadConfig({ LLM_MODE: 'azure', LLM_API_KEY: 'k', LLM_MODEL: 'm' })).toThrow(/LLM_ENDPOINT required/);
  expect(() =>
    loadConfig({ LLM_MODE: 'azure', LLM_API_KEY: 'k', LLM_MODEL: 'm', LLM_ENDPOINT: 'http://x.example' }),
  ).toThrow(/https/);
  expect(() => loadConfig({ LLM_MODE: 'gpt' })).toThrow(/LLM_MODE/);
  expect(loadConfig({}).LLM_MODE).toBe('off');
});

describeEachEngine('answering in LLM mode', ({ database }) => {
  let bot: TestBot;
  let model: Awaited<ReturnType<typeof fakeModel>>;
  beforeAll(async () => {
    model = await fakeModel();
    await importCatalogue(database().db, buildDemoCatalogue(now), { now });
    bot = await startTestBot(database(), {
      now: now.toISOString(),
      env: { LLM_MODE: 'openai', LLM_API_KEY: 'test-key', LLM_MODEL: 'gpt-test', LLM_ENDPOINT: model.url },
    });
  });
  afterAll(async () => {
    await bot?.stop();
    await model?.close();
  });
  beforeEach(() => {
    model.state.requests.length = 0;
    model.state.status = 200;
  });

  it('words the answer with the model, grounded on the search, and keeps the card', async () => {
    const r = await bot.chat.say(testUser(301), 'Was kostet der Scrum-Kurs?');
    expect(firstText(r)).toBe('Gern: „Agiles Projektmanagement mit Scrum“ kostet 390 €.');
    const [card] = cardsOf(r);
    expect(JSON.stringify(card)).toContain('Agiles Projektmanagement mit Scrum');

    expect(model.state.requests).toHaveLength(1);
    const [request] = model.state.requests;
    expect(request.model).toBe('gpt-test');
    expect(model.state.auth[model.state.auth.length - 1]).toBe('Bearer test-key');
    const system = request.messages.find((m) => m.role === 'system')!.content;
    expect(system).toContain('Das Seminar „Agiles Projektmanagement mit Scrum“ kostet 390 €.'); // the deterministic draft
    expect(system).toContain('Di., 19.01.2027, 09:00–16:00 Uhr'); // the facts of the card
    expect(system).toContain('German');
    expect(request.messages[request.messages.length - 1]).toEqual({
      role: 'user',
      content: 'Was kostet der Scrum-Kurs?',
    });
  });

  it('asks in English for an English client', async () => {
    model.state.reply = 'The Scrum course costs €390.';
    const r = await bot.chat.say(testUser(302, { locale: 'en-US' }), 'How much is the Scrum course?');
    expect(firstText(r)).toBe('The Scrum course costs €390.');
    expect(model.state.requests[0].messages.find((m) => m.role === 'system')!.content).toContain('Answer in English');
  });

  it('falls back to the deterministic answer when the model fails', async () => {
    model.state.status = 500;
    const r = await bot.chat.say(testUser(303), 'Was kostet der Scrum-Kurs?');
    expect(r.status).toBe(200);
    expect(firstText(r)).toMatch(/^Das Seminar „Agiles Projektmanagement mit Scrum“ kostet 390 €\./);
    expect(cardsOf(r)).toHaveLength(1);
  });

  it('leaves help to the bot: a greeting never goes to the model', async () => {
    await bot.chat.say(testUser(304), 'Hallo');
    expect(model.state.requests).toHaveLength(0);
  });
});
