// What a failed send means. botbuilder's connector client throws errors with `statusCode` and the response (whose
// headers carry Retry-After); fetch and socket errors carry a `code` instead.
export type SendOutcome =
  | { kind: 'retry'; error: string; retryAfterMs?: number; throttled?: boolean }
  | { kind: 'unreachable'; error: string }
  | { kind: 'failed'; error: string };

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
  'ENOTFOUND',
  'UND_ERR_SOCKET',
  'ECONNABORTED',
  'REQUEST_SEND_ERROR',
]);

interface HeadersLike {
  get?(name: string): string | undefined | null;
  [key: string]: unknown;
}

function header(headers: unknown, name: string): string | undefined {
  if (!headers || typeof headers !== 'object') return undefined;
  const h = headers as HeadersLike;
  if (typeof h.get === 'function') {
    const v = h.get(name);
    if (v != null) return String(v);
  }
  for (const [k, v] of Object.entries(h)) if (k.toLowerCase() === name && v != null) return String(v);
  return undefined;
}

/** Retry-After as milliseconds: delta seconds or an HTTP date (relative to `now`). */
export function parseRetryAfter(value: string | undefined, now: Date): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}

export function statusOf(err: unknown): number | undefined {
  if (!err || typeof err !== 'object') return undefined;
  const e = err as { statusCode?: unknown; status?: unknown; response?: { status?: unknown } };
  const s = e.statusCode ?? e.response?.status ?? e.status;
  return typeof s === 'number' ? s : undefined;
}

function describe(err: unknown, status: number | undefined): string {
  const message = err instanceof Error ? err.message : String(err);
  return (status ? `HTTP ${status}: ${message}` : message).slice(0, 500);
}

export function classifySendError(err: unknown, now: Date): SendOutcome {
  const status = statusOf(err);
  const error = describe(err, status);
  if (status === undefined) {
    const code = (err as { code?: unknown } | null)?.code;
    const cause = (err as { cause?: { code?: unknown } } | null)?.cause?.code;
    if (
      (typeof code === 'string' && NETWORK_CODES.has(code)) ||
      (typeof cause === 'string' && NETWORK_CODES.has(cause))
    ) {
      return { kind: 'retry', error };
    }
    // Unknown errors without a status are most often transport trouble too; retrying is bounded by the attempts.
    return { kind: 'retry', error };
  }
  if (status === 403 || status === 404) return { kind: 'unreachable', error };
  if (status === 429 || status === 412 || status === 408 || status >= 500) {
    const response = (err as { response?: { headers?: unknown } }).response;
    const retryAfterMs = parseRetryAfter(
      header(response?.headers, 'retry-after') ?? header((err as { headers?: unknown }).headers, 'retry-after'),
      now,
    );
    return { kind: 'retry', error, retryAfterMs, throttled: status === 429 };
  }
  return { kind: 'failed', error };
}
