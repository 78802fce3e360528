// A counting semaphore for handler concurrency. `tryAcquire` is the fast path: while slots are
// free, starting a handler allocates nothing.

export interface Slots {
  /** Takes a slot if one is free. */
  tryAcquire(): boolean;
  /** Resolves once a slot is taken (waiters are served in order). */
  acquire(): Promise<void>;
  release(): void;
}

export function createSlots(size: number): Slots {
  let busy = 0;
  const waiters: (() => void)[] = [];
  return {
    tryAcquire() {
      if (busy >= size || waiters.length > 0) return false;
      busy += 1;
      return true;
    },
    acquire() {
      if (busy < size && waiters.length === 0) {
        busy += 1;
        return Promise.resolve();
      }
      // The releaser hands its slot straight to the first waiter, so `busy` stays as it is.
      return new Promise((resolve) => waiters.push(resolve));
    },
    release() {
      const next = waiters.shift();
      if (next !== undefined) next();
      else busy -= 1;
    },
  };
}
