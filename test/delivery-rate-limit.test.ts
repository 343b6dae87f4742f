import { describe, expect, it } from 'vitest';
import { classifySendError, parseRetryAfter } from '../src/delivery/errors.js';
import { createRateLimiter } from '../src/delivery/rate-limit.js';

/** Time that only moves when someone sleeps. */
function fakeTime() {
  let t = 0;
  return { now: () => t, sleep: async (ms: number) => void (t += ms), at: () => t };
}

describe('the rate limit', () => {
  it('spaces sends at 1/rate and holds everything back after a 429', async () => {
    const time = fakeTime();
    const limiter = createRateLimiter(4, time);
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      await limiter.acquire();
      times.push(time.at());
    }
    expect(times).toEqual([0, 250, 500, 750, 1000]);
    limiter.pause(3000);
    await limiter.acquire();
    expect(time.at()).toBe(4000);
  });
});

describe('what a failed send means', () => {
  const now = new Date('2026-11-23T10:00:00Z');
  const httpError = (statusCode: number, headers: Record<string, string> = {}) =>
    Object.assign(new Error('refused'), { statusCode, response: { headers: { get: (n: string) => headers[n] } } });

  it('retries 429 (honouring Retry-After in seconds or as a date), 412, 5xx and network errors', () => {
    expect(classifySendError(httpError(429, { 'retry-after': '3' }), now)).toMatchObject({
      kind: 'retry',
      retryAfterMs: 3000,
      throttled: true,
    });
    expect(parseRetryAfter('Mon, 23 Nov 2026 10:00:10 GMT', now)).toBe(10_000);
    expect(classifySendError(httpError(412), now)).toMatchObject({ kind: 'retry' });
    expect(classifySendError(httpError(502), now)).toMatchObject({ kind: 'retry', throttled: false });
    expect(
      classifySendError(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }), now),
    ).toMatchObject({ kind: 'retry' });
  });

  it('marks 403 and 404 unreachable and fails other client errors at once', () => {
    expect(classifySendError(httpError(403), now).kind).toBe('unreachable');
    expect(classifySendError(httpError(404), now).kind).toBe('unreachable');
    expect(classifySendError(httpError(400), now)).toMatchObject({ kind: 'failed', error: 'HTTP 400: refused' });
  });
});
