// Teams-shaped activities and a chat helper: post to the bot's /api/messages as Teams does, and read what came back
// at the fake connector (replies) or in the HTTP response (invoke results such as Action.Execute cards).
import { randomUUID } from 'node:crypto';
import type { FakeConnector, SentActivity } from './connector.js';

export const TENANT = '7f3c1a52-0000-4000-8000-00000000a11a';

export interface TestUser {
  n: number;
  id: string;
  aadObjectId: string;
  name: string;
  email: string;
  conversationId: string;
  locale: string;
  tenant: string;
}

export function testUser(n: number, extra: Partial<TestUser> = {}): TestUser {
  return {
    n,
    id: `29:1user${n}`,
    aadObjectId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    name: `Test Person ${n}`,
    email: `person${n}@kommune.example`,
    conversationId: `a:1conv-${n}`,
    locale: 'de-DE',
    tenant: TENANT,
    ...extra,
  };
}

export type Activity = Record<string, unknown>;
type Out = SentActivity['activity'];

export interface Reply {
  status: number;
  body: unknown;
  /** Activities the bot sent into this conversation during the turn, and the invoke result if any. */
  out: Out[];
  /** The card of an Action.Execute response, if the invoke returned one. */
  invokeCard?: Record<string, unknown>;
}

export class TeamsChat {
  constructor(
    private readonly botUrl: string,
    readonly connector: FakeConnector,
  ) {}

  private base(u: TestUser, fields: Activity): Activity {
    this.connector.members.set(u.aadObjectId, {
      id: u.id,
      aadObjectId: u.aadObjectId,
      name: u.name,
      email: u.email,
      conversationId: u.conversationId,
    });
    const now = new Date().toISOString();
    return {
      type: 'message',
      id: `act-${randomUUID().slice(0, 8)}`,
      timestamp: now,
      localTimestamp: now,
      serviceUrl: this.connector.url,
      channelId: 'msteams',
      from: { id: u.id, name: u.name, aadObjectId: u.aadObjectId },
      conversation: { id: u.conversationId, conversationType: 'personal', tenantId: u.tenant },
      recipient: { id: '28:bot-under-test', name: 'Seminar-Lotse' },
      locale: u.locale,
      channelData: { tenant: { id: u.tenant } },
      entities: [{ type: 'clientInfo', locale: u.locale, timezone: 'Europe/Berlin' }],
      ...fields,
    };
  }

  message(u: TestUser, text: string): Activity {
    return this.base(u, { text, textFormat: 'plain' });
  }
  submit(u: TestUser, value: unknown, replyToId?: string): Activity {
    return this.base(u, { value, replyToId });
  }
  execute(u: TestUser, verb: string, data: unknown, replyToId?: string): Activity {
    return this.base(u, {
      type: 'invoke',
      name: 'adaptiveCard/action',
      replyToId,
      value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
    });
  }
  installed(u: TestUser): Activity {
    return this.base(u, { type: 'conversationUpdate', membersAdded: [{ id: '28:bot-under-test' }] });
  }

  async post(activity: Activity | string): Promise<{ status: number; body: unknown }> {
    const res = await fetch(`${this.botUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: typeof activity === 'string' ? activity : JSON.stringify(activity),
    });
    const text = await res.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      /* not JSON */
    }
    return { status: res.status, body };
  }

  /** Sends one activity and returns what the bot said in this conversation during the turn. */
  async turn(activity: Activity): Promise<Reply> {
    const mark = this.connector.sent.length;
    const { status, body } = await this.post(activity);
    const conv = (activity.conversation as { id: string }).id;
    const out = this.connector.sent
      .slice(mark)
      .filter((s) => s.conversationId === conv)
      .map((s) => s.activity);
    // An invoke's answer comes in the HTTP response: { statusCode, type, value } (Universal Actions).
    const invoke = body as { type?: string; value?: unknown } | null;
    const invokeCard =
      invoke?.type === 'application/vnd.microsoft.card.adaptive'
        ? (invoke.value as Record<string, unknown>)
        : undefined;
    if (invoke?.type === 'application/vnd.microsoft.activity.message' && typeof invoke.value === 'string') {
      out.push({ type: 'invokeMessage', text: invoke.value });
    }
    return { status, body, out, invokeCard };
  }

  say(u: TestUser, text: string): Promise<Reply> {
    return this.turn(this.message(u, text));
  }
}

/** Every card in the activities (attachments), plus an invoke card. */
export function cardsOf(reply: Pick<Reply, 'out' | 'invokeCard'>): Record<string, unknown>[] {
  const list: Record<string, unknown>[] = [];
  for (const a of reply.out)
    for (const at of a.attachments ?? []) if (at.content) list.push(at.content as Record<string, unknown>);
  if (reply.invokeCard) list.push(reply.invokeCard);
  return list;
}

/** All visible text of a reply: message texts and every text/title/value in cards, joined by newlines. */
export function textOf(reply: Pick<Reply, 'out' | 'invokeCard'>): string {
  const parts: string[] = [];
  const walk = (n: unknown): void => {
    if (n == null || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach(walk);
    for (const k of ['text', 'title', 'value', 'label', 'placeholder']) {
      const v = (n as Record<string, unknown>)[k];
      if (typeof v === 'string') parts.push(v);
    }
    for (const [k, v] of Object.entries(n)) if (typeof v === 'object' && k !== 'data') walk(v);
  };
  for (const a of reply.out) if (typeof a.text === 'string') parts.push(a.text);
  cardsOf(reply).forEach(walk);
  return parts.join('\n');
}

export interface CardAction {
  type: string;
  title?: string;
  verb?: string;
  data?: Record<string, unknown>;
}

export function actionsOf(card: unknown): CardAction[] {
  const found: CardAction[] = [];
  const walk = (n: unknown): void => {
    if (n == null || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach(walk);
    const o = n as Record<string, unknown>;
    if (typeof o.type === 'string' && /^Action\.(Submit|Execute)$/.test(o.type)) found.push(o as unknown as CardAction);
    for (const v of Object.values(o)) if (typeof v === 'object') walk(v);
  };
  walk(card);
  return found;
}
