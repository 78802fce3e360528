// One timer for many deadlines (the API batcher's per-call timeouts, the Callback receiver's
// per-delivery budgets): set for the earliest deadline, so work that finishes in time costs no
// timer of its own.

// Declared here rather than taken from @types/node or the DOM lib (see sleep.ts).
declare function setTimeout(callback: () => void, ms: number): unknown;
declare function clearTimeout(timer: unknown): void;
declare const performance: { now(): number };

interface Refable {
  ref(): void;
  unref(): void;
}

export interface DeadlineTimer {
  /** The `performance.now()` time it is set for; `Infinity` when it is not set. */
  readonly at: number;
  /** Sets it for `at` unless it is already set for that time or earlier. */
  arm(at: number): void;
  /** Unsets it. */
  clear(): void;
  /**
   * Nothing waits for now: keep the timer but let the process exit (cheaper than a new timer for
   * the next deadline); where timers have no `unref`, clear it.
   */
  idle(): void;
  /** Something waits again: an idle timer keeps the process alive again. */
  busy(): void;
}

/**
 * `onDue(now)` runs when the earliest deadline is reached: it handles everything due by `now`
 * (plus 1 ms: timers may fire a fraction of a millisecond early) and returns the next deadline,
 * or `Infinity` when nothing is left; the timer sets itself for that.
 */
export function createDeadlineTimer(onDue: (now: number) => number): DeadlineTimer {
  let timer: unknown;
  let at = Infinity;

  const fire = (): void => {
    timer = undefined;
    at = Infinity;
    const next = onDue(performance.now());
    if (next !== Infinity) arm(next);
  };
  const arm = (deadline: number): void => {
    if (deadline >= at) return;
    clearTimeout(timer);
    at = deadline;
    // Ceil, and onDue's 1 ms slack: a timer may fire a fraction of a ms early.
    timer = setTimeout(fire, Math.max(1, Math.ceil(deadline - performance.now())));
  };
  const clear = (): void => {
    if (timer === undefined) return;
    clearTimeout(timer);
    timer = undefined;
    at = Infinity;
  };

  return {
    get at() {
      return at;
    },
    arm,
    clear,
    idle() {
      const refable = timer as Partial<Refable> | undefined;
      if (typeof refable?.unref === 'function') refable.unref();
      else clear();
    },
    busy() {
      (timer as Partial<Refable> | undefined)?.ref?.();
    },
  };
}
