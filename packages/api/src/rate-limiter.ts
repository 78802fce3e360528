// A sliding-window limiter: at most `perSecond` requests start in any second (plus a margin). VK counts
// requests per token per second and answers error 6 past the limit; one client = one token, so
// one limiter per client, shared by direct calls, batched `execute` requests and retries alike.
import type { Attempt } from './attempt.js';

// VK counts a request when it *arrives*; a slot is held a little longer than a second so that
// network jitter (a slow first connection, a delayed packet) cannot squeeze N+1 arrivals into
// VK's second. Costs under 5% of throughput at saturation; error 6 is still retried if it happens.
const SAFETY_MARGIN_MS = 50;
// Time is read from the global `performance` and `setTimeout` (not perf_hooks' import), here and in
// attempt.ts, batcher.ts and call-runner.ts, so tests can drive the client with fake timers.
const WINDOW_MS = 1000 + SAFETY_MARGIN_MS;

interface Waiter {
  readonly resolve: () => void;
  readonly signal: AbortSignal | undefined;
  readonly onAbort: () => void;
}

export interface RateLimiter {
  /**
   * Resolves when a request may start (taking the slot). Rejects with `attempt.abortError()` if
   * the attempt aborts (deadline or caller) first, giving the queue position up. The attempt's
   * signal is only made when the request has to wait.
   */
  acquire(attempt?: Attempt): Promise<void>;
}

const granted: Promise<void> = Promise.resolve();

/** A limiter that never waits (`rateLimit: false`). */
export const unlimited: RateLimiter = { acquire: () => granted };

export function createRateLimiter(perSecond: number): RateLimiter {
  // Start times of the requests inside the current window, oldest first.
  const starts: number[] = [];
  const queue: Waiter[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;

  /** Drops the starts that left the window by `now`. */
  const prune = (now: number): void => {
    while (starts[0] !== undefined && starts[0] <= now - WINDOW_MS) starts.shift();
  };

  const pump = (): void => {
    timer = undefined;
    const now = performance.now();
    prune(now);
    while (starts.length < perSecond) {
      const waiter = queue.shift();
      if (!waiter) break;
      waiter.signal?.removeEventListener('abort', waiter.onAbort);
      starts.push(now);
      waiter.resolve();
    }
    const oldest = starts[0];
    if (queue.length > 0 && oldest !== undefined) {
      // Timers may fire a fraction of a millisecond early relative to performance.now(); the
      // +1 keeps a wake-up from finding the oldest start still inside the window.
      timer = setTimeout(pump, Math.max(1, Math.ceil(oldest + WINDOW_MS - now) + 1));
    }
  };

  return {
    acquire(attempt) {
      if (attempt?.aborted) return Promise.reject(attempt.abortError());
      if (queue.length === 0 && timer === undefined) {
        // A free slot and nobody waiting: take it without making the attempt's signal.
        const now = performance.now();
        prune(now);
        if (starts.length < perSecond) {
          starts.push(now);
          return granted;
        }
      }
      const signal = attempt?.signal;
      return new Promise<void>((resolve, reject) => {
        const waiter: Waiter = {
          resolve,
          signal,
          onAbort: () => {
            const index = queue.indexOf(waiter);
            if (index >= 0) queue.splice(index, 1);
            reject(attempt?.abortError());
          },
        };
        signal?.addEventListener('abort', waiter.onAbort, { once: true });
        queue.push(waiter);
        if (timer === undefined) pump();
      });
    },
  };
}
