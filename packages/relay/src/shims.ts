// Small helpers every @vkts package carries a copy of until they move to @vkts/internals (the
// lead swaps this file at merge): sleep with abort, backoff with jitter, describe(error),
// option checks, isPromiseLike, isRecord.

export type MaybePromise<T> = T | PromiseLike<T>;

export function isPromiseLike<T>(value: MaybePromise<T>): value is PromiseLike<T> {
  return (
    ((typeof value === 'object' && value !== null) || typeof value === 'function') &&
    'then' in value &&
    typeof value.then === 'function'
  );
}

export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An error's message (with its name when that says more), for messages of our own errors. */
export function describe(error: unknown): string {
  if (error instanceof Error) return error.name === 'Error' || error.message.startsWith(error.name) ? error.message : `${error.name}: ${error.message}`;
  return String(error);
}

export function positiveInteger(caller: string, name: string, value: number): number {
  if (!Number.isSafeInteger(value) || value <= 0) throw new RangeError(`${caller}: \`${name}\` must be a positive integer, got ${String(value)}`);
  return value;
}

export function nonEmptyString(caller: string, name: string, value: unknown): string {
  if (typeof value !== 'string' || value === '') throw new TypeError(`${caller}: \`${name}\` must be a non-empty string, got ${value === '' ? 'an empty string' : typeof value}`);
  return value;
}

export interface BackoffOptions {
  /** Delay before the first retry (before jitter), in ms. @default 100 */
  readonly baseMs?: number;
  /** Ceiling of any delay, in ms. @default 10000 */
  readonly maxMs?: number;
}

export interface Backoff {
  /** The delay before the next retry; each call without a `reset` doubles the ceiling. */
  next(): number;
  /** Consecutive failures so far. */
  readonly attempt: number;
  reset(): void;
}

export function resolveBackoff(caller: string, options: BackoffOptions | undefined): Required<BackoffOptions> {
  const baseMs = options?.baseMs ?? 100;
  const maxMs = options?.maxMs ?? 10_000;
  if (!(Number.isFinite(baseMs) && baseMs > 0)) throw new RangeError(`${caller}: \`backoff.baseMs\` must be a positive number, got ${String(baseMs)}`);
  if (!(Number.isFinite(maxMs) && maxMs >= baseMs)) throw new RangeError(`${caller}: \`backoff.maxMs\` must be a number ≥ baseMs, got ${String(maxMs)}`);
  return { baseMs, maxMs };
}

/** "Equal jitter": uniform in [ceiling/2, ceiling], ceiling = min(max, base · 2ⁿ). */
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
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (signal?.aborted === true) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}
