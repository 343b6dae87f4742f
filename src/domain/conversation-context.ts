// What a conversation is about, kept in the database (not in memory) so that any bot process can answer the
// follow-up: the seminar of the last answer ("Was kostet das?") and the ranked result of the last search ("Mehr
// anzeigen"). A context older than CONTEXT_TTL_MS is ignored, so a question next week starts afresh.
import { and, eq, gt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { conversationContext } from '../../db/schema.js';
import type { FactKind, QuestionFilters, SearchTerm } from './question.js';

export const CONTEXT_TTL_MS = 30 * 60_000;

export interface ConversationContext {
  /** The seminar the conversation is about. */
  seminarId: string | null;
  /** The ranked seminars of the last search. */
  seminarIds: string[];
  /** How many of them have been shown. */
  shown: number;
  /** The facts last asked ("Was kostet …?"), for "Und das zur E-Rechnung?". */
  facts?: FactKind[];
  /** The words of the last subject asked about ("Outlook"), for "Und der für Fortgeschrittene?". */
  subject?: SearchTerm[];
  /** The filters of the last question ("Online-Seminare im September"), for "Und im Oktober?". */
  filters?: QuestionFilters;
  /** The list a narrowing came from ("Welcher davon ist abends?"), for "und der am Donnerstag?" of that list. */
  narrowedFrom?: string[];
}

// JSON keeps a period's dates as strings.
function revivedFilters(value: unknown): QuestionFilters {
  if (!value || typeof value !== 'object') return {};
  const filters = { ...(value as QuestionFilters) };
  const p = filters.period as { kind: string; from: string; to: string } | undefined;
  if (p)
    filters.period = {
      kind: p.kind as NonNullable<QuestionFilters['period']>['kind'],
      from: new Date(p.from),
      to: new Date(p.to),
    };
  return filters;
}

export async function loadContext(db: DbOrTx, conversationId: string, now: Date): Promise<ConversationContext | null> {
  const [row] = await db
    .select()
    .from(conversationContext)
    .where(and(eq(conversationContext.conversationId, conversationId), gt(conversationContext.expiresAt, now)));
  if (!row) return null;
  const shown = typeof row.query?.shown === 'number' ? row.query.shown : 0;
  const facts = Array.isArray(row.query?.facts) ? (row.query.facts as FactKind[]) : [];
  const subject = Array.isArray(row.query?.subject) ? (row.query.subject as SearchTerm[]) : [];
  const filters = revivedFilters(row.query?.filters);
  const narrowedFrom = Array.isArray(row.query?.narrowedFrom) ? (row.query.narrowedFrom as string[]) : [];
  return { seminarId: row.seminarId, seminarIds: row.seminarIds ?? [], shown, facts, subject, filters, narrowedFrom };
}

export async function saveContext(
  db: DbOrTx,
  conversationId: string,
  value: ConversationContext,
  now: Date,
  opts: { keepList?: boolean } = {},
): Promise<void> {
  const set = {
    seminarId: value.seminarId,
    seminarIds: value.seminarIds,
    query: {
      shown: value.shown,
      facts: value.facts ?? [],
      subject: value.subject ?? [],
      filters: value.filters ?? {},
      narrowedFrom: value.narrowedFrom ?? [],
    },
    updatedAt: now,
    expiresAt: new Date(now.getTime() + CONTEXT_TTL_MS),
  };
  const c = conversationContext;
  // "Was kostet das Vergabeseminar?" of a list just shown: the list and the search it came from stay (only the facts
  // asked are new), so "und der andere?" and "nur online" still have them. Decided in the upsert itself, so that naming
  // a seminar costs no read of the context.
  const keep = sql`${c.expiresAt} > ${now.toISOString()}::timestamptz
    and ${value.seminarId}::text = any(${c.seminarIds}[1:greatest(1, coalesce((${c.query}->>'shown')::int, 0))])`;
  const kept =
    opts.keepList && value.seminarId
      ? {
          seminarIds: sql`case when ${keep} then ${c.seminarIds} else excluded.seminar_ids end`,
          query: sql`case when ${keep} then ${c.query} || jsonb_build_object('facts', excluded.query->'facts')
          else excluded.query end`,
        }
      : {};
  await db
    .insert(c)
    .values({ conversationId, ...set })
    .onConflictDoUpdate({ target: c.conversationId, set: { ...set, ...kept } });
}

/** Moves the focus to one seminar (a "Details" click), keeping the search for "Mehr anzeigen". */
export async function focusSeminar(db: DbOrTx, conversationId: string, seminarId: string, now: Date): Promise<void> {
  const current = await loadContext(db, conversationId, now);
  await saveContext(db, conversationId, { seminarIds: [], shown: 0, ...current, seminarId }, now);
}
