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
