// How long to wait before retry n: one algorithm for API retries and Long Poll reconnects.

export interface BackoffBounds {
  /** The ceiling of the first retry's delay. */
  readonly baseMs: number;
  /** The ceiling of any delay. */
  readonly maxMs: number;
}

/**
 * Capped exponential backoff with "equal jitter": uniform in [ceiling/2, ceiling] with
 * ceiling = min(maxMs, baseMs · 2^retry), `retry` counting from 0. Never zero, so a struggling
 * server is not hit again at once, and spread out, so clients that failed together do not come
 * back in step. `random` is injectable for tests.
 */
export function backoffDelay(retry: number, bounds: BackoffBounds, random: () => number = Math.random): number {
  const ceiling = Math.min(bounds.maxMs, bounds.baseMs * 2 ** retry);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** Consecutive failures and the delay before the next retry, for a loop that backs off until it succeeds. */
export interface Backoff {
  /** The delay before the next retry; each call without a `reset` doubles the ceiling. */
  next(): number;
  /** Consecutive failures so far (the attempt number of the last `next`). */
  readonly attempt: number;
  /** A success: the next failure starts from `baseMs` again. */
  reset(): void;
}

/** Delays from {@link backoffDelay}, the ceiling doubling per consecutive failure until `reset`. */
export function createBackoff(bounds: BackoffBounds, random: () => number = Math.random): Backoff {
  let attempt = 0;
  return {
    next() {
      const delay = backoffDelay(attempt, bounds, random);
      attempt += 1;
      return delay;
    },
    get attempt() {
      return attempt;
    },
    reset() {
      attempt = 0;
    },
  };
}
