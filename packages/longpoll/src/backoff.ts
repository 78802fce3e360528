// Capped exponential backoff with jitter, and a sleep that a stop cuts short.

export interface BackoffOptions {
  /** Delay before the first retry (before jitter). @default 500 */
  readonly baseMs?: number;
  /** Ceiling of any delay. @default 30000 */
  readonly maxMs?: number;
}

export interface Backoff {
  /** The delay before the next retry; each call without a `reset` doubles the ceiling. */
  next(): number;
  /** Consecutive failures so far (the attempt number of the last `next`). */
  readonly attempt: number;
  /** A success: the next failure starts from `baseMs` again. */
  reset(): void;
}

export function resolveBackoff(options: BackoffOptions | undefined, caller: string): Required<BackoffOptions> {
  const baseMs = options?.baseMs ?? 500;
  const maxMs = options?.maxMs ?? 30_000;
  if (!(Number.isFinite(baseMs) && baseMs > 0)) throw new RangeError(`${caller}: backoff.baseMs must be a positive number, got ${String(baseMs)}`);
  if (!(Number.isFinite(maxMs) && maxMs >= baseMs)) throw new RangeError(`${caller}: backoff.maxMs must be a number ≥ baseMs, got ${String(maxMs)}`);
  return { baseMs, maxMs };
}

/**
 * "Equal jitter": uniform in [ceiling/2, ceiling] with ceiling = min(max, base · 2ⁿ). Never zero,
 * so a dead server is not hammered, and spread out, so clients that lost VK together do not
 * come back in step.
 */
export function createBackoff(options: Required<BackoffOptions>, random: () => number = Math.random): Backoff {
  let attempt = 0;
  return {
    next() {
      const ceiling = Math.min(options.maxMs, options.baseMs * 2 ** attempt);
      attempt += 1;
      return Math.round(ceiling / 2 + (random() * ceiling) / 2);
    },
    get attempt() {
      return attempt;
    },
    reset() {
      attempt = 0;
    },
  };
}

/** Resolves after `ms`, or at once when `signal` aborts (never rejects). */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}
