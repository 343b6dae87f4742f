// HTTP: POST /api/messages for Bot Framework activities, GET /healthz for operators and orchestrators.
// start()/stop() return the address so tests run the server in-process on port 0.
import restify from 'restify';
import { z } from 'zod';
import type { Logger } from 'pino';
import type { AddressInfo } from 'node:net';

const id = z.object({ id: z.string().min(1) }).passthrough();
/**
 * What the adapter needs of an activity before it can answer at all; anything less is a malformed request (400), not
 * an error inside the bot. The rest of the activity is the adapter's business.
 */
const activityShape = z
  .object({
    type: z.string().min(1),
    channelId: z.string().min(1).optional(),
    serviceUrl: z.string().url().optional(),
    from: id.optional(),
    recipient: id.optional(),
    conversation: id.optional(),
  })
  .passthrough()
  .superRefine((a, ctx) => {
    if (!['message', 'invoke', 'conversationUpdate', 'messageReaction', 'installationUpdate'].includes(a.type)) return;
    for (const key of ['channelId', 'serviceUrl', 'from', 'recipient', 'conversation'] as const) {
      if (a[key] === undefined) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [key], message: 'is required' });
    }
  });

export interface ServerHandlers {
  /** Handles one Bot Framework request (the adapter writes the response). */
  messages(req: restify.Request, res: restify.Response): Promise<void>;
  /** Small JSON for /healthz; null while the bot is not ready (503). */
  health(): Promise<Record<string, unknown> | null>;
  /** The calendar file of a reminder link, or null (404). */
  calendar?(token: string): Promise<{ filename: string; ics: string } | null>;
}

export interface Server {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export async function startServer(
  handlers: ServerHandlers,
  opts: { port: number; host?: string; logger: Logger },
): Promise<Server> {
  const server = restify.createServer({ name: 'seminar-lotse', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ maxBodySize: 1024 * 1024, mapParams: false }));

  server.post('/api/messages', async (req, res) => {
    const parsed = activityShape.safeParse(req.body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      res.send(400, { error: `not a Bot Framework activity: ${issue.path.join('.') || 'body'} ${issue.message}` });
      return;
    }
    try {
      await handlers.messages(req, res);
    } catch (err) {
      opts.logger.error({ err }, 'request to /api/messages failed');
      if (!res.headersSent) res.send(500, { error: 'internal error' });
    }
  });

  server.get('/healthz', async (_req, res) => {
    try {
      const body = await handlers.health();
      res.send(body ? 200 : 503, body ?? { status: 'starting' });
    } catch (err) {
      opts.logger.warn({ err }, 'health check failed');
      res.send(503, { status: 'unavailable' });
    }
  });

  // GET /calendar/<token>.ics: the calendar file linked from a reminder card. The token is random; nothing else is
  // accepted, and an unknown token and a cancelled registration look the same (404).
  server.get('/calendar/:file', async (req, res) => {
    const m = /^([A-Za-z0-9_-]{20,64})\.ics$/.exec(String(req.params.file ?? ''));
    try {
      const found = m && handlers.calendar ? await handlers.calendar(m[1]) : null;
      if (!found) {
        res.send(404, { error: 'no such calendar file' });
        return;
      }
      res.sendRaw(200, found.ics, {
        'content-type': 'text/calendar; charset=utf-8',
        'content-disposition': `attachment; filename="${found.filename}"`,
        'cache-control': 'private, no-store',
      });
    } catch (err) {
      opts.logger.error({ err }, 'calendar file failed');
      res.send(500, { error: 'internal error' });
    }
  });

  // Malformed JSON and unknown routes are answered by restify with 4xx; log them quietly.
  server.on('restifyError', (req, res, err, cb) => {
    opts.logger.debug({ err: err.message, url: req.url }, 'request refused');
    return cb();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host ?? '0.0.0.0', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        server.server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
