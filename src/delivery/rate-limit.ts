// One rate limit per process for every proactive send. Sends are spaced evenly at 1/rate seconds (a token bucket of
// size one): in any window of t seconds at most 1 + rate·t sends go out, so Teams' per-second and per-2-seconds
// limits hold at SEND_RATE. Real time, not the domain clock: this paces actual HTTP requests.
export interface RateLimiter {
  /** Resolves when the next send may go out; callers await it right before sending. */
  acquire(): Promise<void>;
  /** Holds every send back for `ms` (the connector said 429: the tenant's limit is shared, so all sends wait). */
  pause(ms: number): void;
  readonly rate: number;
}

export function createRateLimiter(
  ratePerSecond: number,
  time: { now(): number; sleep(ms: number): Promise<void> } = {
    now: () => performance.now(),
    sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
  },
): RateLimiter {
  const interval = 1000 / ratePerSecond;
  let nextSlot = -Infinity;
  return {
    rate: ratePerSecond,
    async acquire() {
      const now = time.now();
      const slot = Math.max(now, nextSlot);
      nextSlot = slot + interval;
      if (slot > now) await time.sleep(slot - now);
    },
    pause(ms) {
      nextSlot = Math.max(nextSlot, time.now() + ms);
    },
  };
}
