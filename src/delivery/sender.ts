// The outbox sender: claims due rows in batches, renders each through the renderer registry and sends it
// proactively through the adapter, under one rate limit for the process. Several processes may drain the same
// database at once: the claim (FOR UPDATE SKIP LOCKED plus a lease) is what keeps a row from being sent twice.
import { TurnContext, type Activity, type ConversationParameters, type ConversationReference } from 'botbuilder';
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { Db } from '../../db/client.js';
import { users, type OutboxRow, type User } from '../../db/schema.js';
import type { Config } from '../config.js';
import type { Clock } from '../domain/clock.js';
import {
  claimDue,
  computeBackoff,
  markCancelled,
  markExpired,
  markFailed,
  markRetry,
  markSent,
  markUnreachable,
  outboxCounts,
  releaseClaims,
} from '../domain/outbox.js';
import { toLocale } from '../i18n/index.js';
import { classifySendError } from './errors.js';
import { createRateLimiter, type RateLimiter } from './rate-limit.js';
import type { RendererRegistry } from './renderers.js';

/** The part of the botbuilder CloudAdapter the sender uses. */
export interface ProactiveAdapter {
  continueConversationAsync(
    botAppId: string,
    reference: Partial<ConversationReference>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void>;
  createConversationAsync(
    botAppId: string,
    channelId: string,
    serviceUrl: string,
    audience: string,
    parameters: ConversationParameters,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void>;
}

export interface SenderDeps {
  db: Db;
  config: Config;
  clock: Clock;
  logger: Logger;
  adapter: ProactiveAdapter;
  renderers: RendererRegistry;
  /** The dice for backoff jitter (tests pass a fixed one). */
  random?: () => number;
  limiter?: RateLimiter;
  /** Rows per claim; by default about two seconds of sending at SEND_RATE. */
  batchSize?: number;
}

export interface DrainSummary {
  claimed: number;
  sent: number;
  retried: number;
  failed: number;
  unreachable: number;
  expired: number;
  cancelled: number;
  released: number;
}

export interface DrainOptions {
  /** Stop claiming new batches after this long (real time); rows already claimed are still handled. */
  budgetMs?: number;
}

export interface Sender {
  /** Sends what is due now, batch after batch, until nothing is due or the budget is spent. */
  drainOnce(opts?: DrainOptions): Promise<DrainSummary>;
  /** Stop claiming; rows claimed but not yet sent are given back (due at once) by the drain in progress. */
  stop(): void;
  readonly limiter: RateLimiter;
}

/** How many sends run at once: enough to keep the rate when the connector answers slowly. */
const CONCURRENCY = 16;
const MIN_LEASE_MS = 60_000;

const emptySummary = (): DrainSummary => ({
  claimed: 0,
  sent: 0,
  retried: 0,
  failed: 0,
  unreachable: 0,
  expired: 0,
  cancelled: 0,
  released: 0,
});

/**
 * The connector client's HTTP pipeline retries 429 and 5xx by itself (sleeping for Retry-After inside the call, past
 * our rate limit and clock). The outbox is the one place that retries, so the pipeline's retry phase is removed from
 * the client of this proactive turn (a new client is made for each).
 */
function withoutClientRetries(context: TurnContext): void {
  const key = (context.adapter as { ConnectorClientKey?: symbol }).ConnectorClientKey;
  const connector = key
    ? (context.turnState.get(key) as
        { client?: { pipeline?: { removePolicy(o: { phase: string }): unknown } } } | undefined)
    : undefined;
  connector?.client?.pipeline?.removePolicy({ phase: 'Retry' });
}

class SendFailure extends Error {
  constructor(readonly cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

export function createSender(deps: SenderDeps): Sender {
  const { db, config, clock, logger, adapter, renderers } = deps;
  const random = deps.random ?? Math.random;
  const limiter = deps.limiter ?? createRateLimiter(config.SEND_RATE);
  const botAppId = config.BOT_ID ?? '';
  // A batch is about two seconds of sending; its lease covers sending it several times over.
  const batchSize = deps.batchSize ?? Math.max(10, Math.min(500, Math.ceil(config.SEND_RATE * 2)));
  const leaseMs = Math.max(MIN_LEASE_MS, Math.ceil((batchSize / config.SEND_RATE) * 1000 * 4));
  let stopping = false;

  /** Sends through the stored reference, or opens the 1:1 chat when only the user's Teams id is known. */
  async function deliver(user: User, activity: Partial<Activity>): Promise<void> {
    let failure: unknown;
    // botbuilder hands errors inside the turn to the application's onTurnError, which swallows them: catch here.
    const logic = async (context: TurnContext) => {
      try {
        withoutClientRetries(context);
        await context.sendActivity(activity);
      } catch (err) {
        failure = err;
      }
    };
    const reference = user.conversationReference as Partial<ConversationReference> | null;
    if (reference?.serviceUrl && reference.conversation?.id) {
      await adapter.continueConversationAsync(botAppId, reference, logic);
    } else {
      const serviceUrl = await serviceUrlFor(user);
      if (!user.teamsUserId || !serviceUrl)
        throw new SendFailure(
          Object.assign(new Error('no conversation reference and no way to open a chat'), { statusCode: 404 }),
        );
      const parameters = {
        isGroup: false,
        bot: { id: botAppId ? `28:${botAppId}` : '', name: 'Seminar-Lotse' },
        members: [{ id: user.teamsUserId, name: user.name ?? '' }],
        tenantId: user.tenantId ?? undefined,
        channelData: user.tenantId ? { tenant: { id: user.tenantId } } : undefined,
      } as ConversationParameters;
      await adapter.createConversationAsync(botAppId, 'msteams', serviceUrl, '', parameters, async (context) => {
        // Keep the new chat's reference, so later messages go straight to it.
        const ref = TurnContext.getConversationReference(context.activity) as unknown as Record<string, unknown>;
        await db
          .update(users)
          .set({ conversationReference: ref, conversationId: context.activity.conversation?.id ?? null })
          .where(eq(users.aadObjectId, user.aadObjectId));
        await logic(context);
      });
    }
    if (failure) throw new SendFailure(failure);
  }

  /** The Bot Connector endpoint of the user's tenant, taken from anyone of that tenant who wrote to the bot. */
  async function serviceUrlFor(user: User): Promise<string | null> {
    if (!user.tenantId) return null;
    const [other] = await db
      .select({ url: sql<string | null>`${users.conversationReference}->>'serviceUrl'` })
      .from(users)
      .where(and(eq(users.tenantId, user.tenantId), isNotNull(users.conversationReference)))
      .limit(1);
    return other?.url ?? null;
  }

  async function handle(row: OutboxRow, summary: DrainSummary): Promise<void> {
    const now = clock.now();
    const [user] = await db.select().from(users).where(eq(users.aadObjectId, row.userId));
    if (!user || !user.reachable) {
      await markUnreachable(db, row, user ? (user.unreachableReason ?? 'user unreachable') : 'user unknown');
      summary.unreachable++;
      return;
    }
    if (row.expiresAt && row.expiresAt.getTime() <= now.getTime()) {
      await markExpired(db, row.id, now);
      summary.expired++;
      return;
    }
    const render = renderers[row.kind];
    if (!render) {
      await markFailed(db, row.id, `no renderer for kind "${row.kind}"`);
      logger.error({ outboxId: row.id, kind: row.kind }, 'outbox row of an unknown kind');
      summary.failed++;
      return;
    }
    const locale = toLocale(user.locale, config.DEFAULT_LOCALE);
    let activity: Partial<Activity> | null;
    try {
      activity = await render({ db, config, row, user, locale, now });
    } catch (err) {
      await markFailed(db, row.id, `render failed: ${(err as Error).message}`.slice(0, 500));
      logger.error({ err, outboxId: row.id, kind: row.kind }, 'rendering an outbox message failed');
      summary.failed++;
      return;
    }
    if (!activity) {
      await markCancelled(db, row.id, 'nothing to send any more');
      summary.cancelled++;
      return;
    }
    if (stopping) {
      await releaseClaims(db, [row.id], clock.now());
      summary.released++;
      return;
    }
    await limiter.acquire();
    try {
      await deliver(user, activity);
      await markSent(db, row.id, clock.now());
      summary.sent++;
    } catch (err) {
      const cause = err instanceof SendFailure ? err.cause : err;
      const at = clock.now();
      const outcome = classifySendError(cause, at);
      const log = { outboxId: row.id, kind: row.kind, userId: row.userId, attempt: row.attempts, error: outcome.error };
      if (outcome.kind === 'unreachable') {
        await markUnreachable(db, row, outcome.error);
        logger.warn(log, 'user unreachable (bot removed or blocked): no further messages to them');
        summary.unreachable++;
      } else if (outcome.kind === 'failed' || row.attempts >= config.SEND_MAX_ATTEMPTS) {
        await markFailed(db, row.id, outcome.error);
        logger.error(log, 'outbox message failed for good');
        summary.failed++;
      } else {
        // The connector's Retry-After wins over our own backoff.
        const delay = outcome.retryAfterMs ?? computeBackoff(row.attempts, random());
        if (outcome.throttled) limiter.pause(Math.min(outcome.retryAfterMs ?? 1000, 60_000));
        await markRetry(db, row.id, new Date(at.getTime() + delay), outcome.error);
        logger.warn({ ...log, retryInMs: delay }, 'outbox send failed, will retry');
        summary.retried++;
      }
    }
  }

  async function runBatch(rows: OutboxRow[], summary: DrainSummary): Promise<void> {
    let next = 0;
    const worker = async () => {
      while (next < rows.length) {
        const row = rows[next++];
        try {
          await handle(row, summary);
        } catch (err) {
          // A database error while handling: the lease brings the row back later.
          logger.error({ err, outboxId: row.id }, 'handling an outbox row failed');
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, rows.length) }, worker));
  }

  return {
    limiter,
    stop() {
      stopping = true;
    },
    async drainOnce(opts: DrainOptions = {}) {
      const summary = emptySummary();
      const started = performance.now();
      while (!stopping) {
        const rows = await claimDue(db, batchSize, clock.now(), leaseMs);
        if (!rows.length) break;
        summary.claimed += rows.length;
        await runBatch(rows, summary);
        if (opts.budgetMs !== undefined && performance.now() - started >= opts.budgetMs) break;
      }
      if (summary.claimed) {
        // What this drain did, and where the outbox stands now (the same counts as /healthz).
        const counts = await outboxCounts(db, clock.now()).catch(() => undefined);
        logger.info({ outbox: summary, counts, ms: Math.round(performance.now() - started) }, 'outbox drained');
      }
      return summary;
    },
  };
}
