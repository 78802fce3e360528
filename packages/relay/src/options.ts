// Option checks of the relay and its workers that the other packages have no use for; the shared
// ones (positive integers and numbers) come from @vkts/internals.
import { checkPositiveNumber } from '@vkts/internals';

export interface BackoffOptions {
  /** Delay before the first retry (before jitter), in ms. @default 100 */
  readonly baseMs?: number;
  /** Ceiling of any delay, in ms. @default 10000 */
  readonly maxMs?: number;
}

export function resolveBackoff(caller: string, options: BackoffOptions | undefined): Required<BackoffOptions> {
  const maxMs = options?.maxMs ?? 10_000;
  const baseMs = checkPositiveNumber(caller, 'backoff.baseMs', options?.baseMs ?? 100);
  if (!(Number.isFinite(maxMs) && maxMs >= baseMs)) throw new RangeError(`${caller}: \`backoff.maxMs\` must be a number ≥ baseMs, got ${String(maxMs)}`);
  return { baseMs, maxMs };
}

export function nonEmptyString(caller: string, name: string, value: unknown): string {
  if (typeof value !== 'string' || value === '') throw new TypeError(`${caller}: \`${name}\` must be a non-empty string, got ${value === '' ? 'an empty string' : typeof value}`);
  return value;
}
