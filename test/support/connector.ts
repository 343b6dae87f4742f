// A small fake Bot Connector: an HTTP server on 127.0.0.1 that records what the bot sends (replies, proactive
// messages, card updates) and answers the member API. Failure modes for delivery tests: `respond` can answer
// any send with a status (429 with Retry-After, 403, 500).
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';

export interface SentActivity {
  conversationId: string;
  replyToId?: string;
  method: 'post' | 'put' | 'create';
  activity: Record<string, unknown> & {
    type?: string;
    text?: string;
    attachments?: { contentType: string; content: unknown }[];
  };
  at: number;
}

export interface Member {
  id: string;
  aadObjectId: string;
  name: string;
  email?: string;
  conversationId: string;
}

export interface FakeConnector {
  url: string;
  sent: SentActivity[];
  members: Map<string, Member>;
  /** The member ids the bot asked the member API about, in order. */
  memberLookups: string[];
  /** Decide the answer to a send; return undefined for 200. */
  respond?: (
    conversationId: string,
    activity: SentActivity['activity'],
  ) => { status: number; headers?: Record<string, string> } | undefined;
  to(conversationId: string): SentActivity['activity'][];
  waitFor(pred: (s: SentActivity) => boolean, count?: number, ms?: number): Promise<SentActivity[]>;
  close(): Promise<void>;
}

export async function startConnector(): Promise<FakeConnector> {
  const c: FakeConnector = {
    url: '',
    sent: [],
    members: new Map(),
    memberLookups: [],
    to: (conv) => c.sent.filter((s) => s.conversationId === conv).map((s) => s.activity),
    async waitFor(pred, count = 1, ms = 10_000) {
      const end = Date.now() + ms;
      for (;;) {
        const hits = c.sent.filter(pred);
        if (hits.length >= count || Date.now() > end) return hits;
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    close: async () => {},
  };
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      const url = decodeURIComponent((req.url ?? '').split('?')[0]);
      const send = (status: number, obj: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(JSON.stringify(obj ?? {}));
      };
      const json = () => (body ? (JSON.parse(body) as Record<string, unknown>) : {});
      let m: RegExpMatchArray | null;
      if (req.method === 'POST' && url === '/v3/conversations') {
        const p = json() as { members?: { id?: string; aadObjectId?: string }[]; activity?: SentActivity['activity'] };
        const wanted = p.members?.[0] ?? {};
        const member = [...c.members.values()].find((x) => x.id === wanted.id || x.aadObjectId === wanted.aadObjectId);
        const id = member?.conversationId ?? `a:created-${randomUUID()}`;
        if (p.activity) c.sent.push({ conversationId: id, method: 'create', activity: p.activity, at: Date.now() });
        return send(200, { id, activityId: randomUUID() });
      }
      if ((m = url.match(/^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/))) {
        const conversationId = m[1];
        const activity = json() as SentActivity['activity'];
        if (req.method === 'POST') {
          const answer = c.respond?.(conversationId, activity);
          if (answer && answer.status >= 300)
            return send(answer.status, { error: { code: 'Fake', message: 'refused' } }, answer.headers);
          const id = randomUUID();
          c.sent.push({
            conversationId,
            replyToId: m[2],
            method: 'post',
            activity: { ...activity, id },
            at: Date.now(),
          });
          return send(200, { id });
        }
        if (req.method === 'PUT') {
          c.sent.push({ conversationId, replyToId: m[2], method: 'put', activity, at: Date.now() });
          return send(200, { id: m[2] });
        }
      }
      if ((m = url.match(/^\/v3\/conversations\/([^/]+)\/members\/([^/]+)$/))) {
        c.memberLookups.push(m[2]);
        const member = [...c.members.values()].find((x) => x.id === m![2] || x.aadObjectId === m![2]);
        if (!member) return send(404, { error: { code: 'MemberNotFoundInConversation' } });
        return send(200, {
          id: member.id,
          aadObjectId: member.aadObjectId,
          name: member.name,
          email: member.email,
          userPrincipalName: member.email,
        });
      }
      send(404, { error: { code: 'NotFound', message: `${req.method} ${url}` } });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  c.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  c.close = () =>
    new Promise((r) => {
      server.closeAllConnections();
      server.close(() => r());
    });
  return c;
}
