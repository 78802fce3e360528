// The loop's backoff: options, and a counter of consecutive failures over @vkts/internals' backoffDelay.
import { backoffDelay, checkPositiveNumber } from '@vkts/internals';

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
  checkPositiveNumber(caller, 'backoff.baseMs', baseMs);
  if (!(Number.isFinite(maxMs) && maxMs >= baseMs)) throw new RangeError(`${caller}: backoff.maxMs must be a number ≥ baseMs, got ${String(maxMs)}`);
  return { baseMs, maxMs };
}

/** Delays from backoffDelay (equal jitter: never zero, spread out), the ceiling doubling per consecutive failure. */
export function createBackoff(options: Required<BackoffOptions>, random: () => number = Math.random): Backoff {
  let attempt = 0;
  return {
    next() {
      const delay = backoffDelay(attempt, options, random);
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
