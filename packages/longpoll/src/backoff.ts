// The loop's backoff: its options and their defaults; the counter of consecutive failures is @vkts/internals'.
import { checkPositiveNumber } from '@vkts/internals';

export interface BackoffOptions {
  /** Delay before the first retry (before jitter). @default 500 */
  readonly baseMs?: number;
  /** Ceiling of any delay. @default 30000 */
  readonly maxMs?: number;
}

export function resolveBackoff(options: BackoffOptions | undefined, caller: string): Required<BackoffOptions> {
  const baseMs = options?.baseMs ?? 500;
  const maxMs = options?.maxMs ?? 30_000;
  checkPositiveNumber(caller, 'backoff.baseMs', baseMs);
  if (!(Number.isFinite(maxMs) && maxMs >= baseMs)) throw new RangeError(`${caller}: backoff.maxMs must be a number ≥ baseMs, got ${String(maxMs)}`);
  return { baseMs, maxMs };
}
