// Where the receiver remembers which events it has handled, so a VK redelivery (same event_id,
// X-Retry-Counter) dispatches once. The interface is claim/complete/release rather than plain
// has/add: `claim` is "has, and if not, add" done atomically, so two deliveries racing (in one
// process or in several sharing a store) cannot both win; `release` undoes a claim when the
// handling failed, so VK's next redelivery is dispatched again instead of being answered `ok`.

/**
 * - `claimed`: nobody had this event; the caller now owns it and must `complete` or `release` it.
 * - `in-progress`: another delivery claimed it and has neither completed nor released it yet.
 * - `done`: it was handled (completed) before.
 */
export type ClaimResult = 'claimed' | 'in-progress' | 'done';

/**
 * A store of event keys (`<group_id>:<event_id>`). Methods may be synchronous or return promises;
 * a throw or rejection makes the receiver answer 500 (VK redelivers) and report the error.
 *
 * For a store shared by several instances (Redis, a database), `claim` must be atomic, e.g. with
 * Redis: `SET key pending NX PX <lease>` → `OK` means `claimed`, otherwise `GET key` tells
 * `pending` (`in-progress`) from `done`; `complete`: `SET key done PX <ttl>`; `release`: `DEL key`.
 * The lease frees a claim whose holder died without completing or releasing it.
 */
export interface DedupeStore {
  /** Atomically: if `key` is unknown (or its claim's lease ran out), claim it; else say what it is. */
  claim(key: string): ClaimResult | PromiseLike<ClaimResult>;
  /** The claimed event was handled: answer later deliveries `done` (for the store's TTL). */
  complete(key: string): void | PromiseLike<void>;
  /** The claimed event was not handled: forget the claim so the next delivery can claim it. */
  release(key: string): void | PromiseLike<void>;
}

export interface MemoryDedupeStoreOptions {
  /** Handled events remembered at most; the oldest go first past it. @default 10000 */
  readonly maxEntries?: number;
  /** How long a handled event is remembered, in ms. @default 3600000 (1 hour) */
  readonly ttlMs?: number;
  /**
   * How long an unfinished claim holds, in ms. Within one process the receiver never dispatches
   * an event twice at the same time whatever the lease; the lease only matters for claims that
   * are never completed or released. @default 60000
   */
  readonly leaseMs?: number;
  /** Clock, for tests. @default Date.now */
  readonly now?: () => number;
}

interface Done {
  readonly expires: number;
  /** Which push into the age queue recorded it, so a stale queue slot cannot evict a newer one. */
  readonly seq: number;
}

/**
 * The default store: an in-memory map bounded by count and age. Per process only; for several
 * instances behind one URL use a shared store (see `DedupeStore`).
 *
 * Handled events live in a map plus a ring buffer of their keys in completion order, so dropping
 * the oldest past `maxEntries` is O(1) (iterating a Map from its front after many deletions is
 * not: V8 walks the deleted slots). Unfinished claims are kept apart and never evicted for room.
 */
export function createMemoryDedupeStore(options: MemoryDedupeStoreOptions = {}): DedupeStore {
  const maxEntries = positiveInteger('maxEntries', options.maxEntries ?? 10_000);
  const ttlMs = positiveInteger('ttlMs', options.ttlMs ?? 3_600_000);
  const leaseMs = positiveInteger('leaseMs', options.leaseMs ?? 60_000);
  const now = options.now ?? Date.now;
  /** Claimed, not yet completed or released: key → lease expiry. */
  const pending = new Map<string, number>();
  const done = new Map<string, Done>();
  const ringKeys: (string | undefined)[] = [];
  const ringSeqs: number[] = [];
  let head = 0;
  let count = 0;
  let seq = 0;

  function remember(key: string): void {
    if (count === maxEntries) {
      // Full: the oldest handled event goes (unless it was recorded again since).
      const oldest = ringKeys[head];
      const oldestSeq = ringSeqs[head];
      ringKeys[head] = undefined;
      head = (head + 1) % maxEntries;
      count -= 1;
      if (oldest !== undefined && done.get(oldest)?.seq === oldestSeq) done.delete(oldest);
    }
    seq += 1;
    done.set(key, { expires: now() + ttlMs, seq });
    const slot = (head + count) % maxEntries;
    ringKeys[slot] = key;
    ringSeqs[slot] = seq;
    count += 1;
  }

  /** Claims nobody finished: dropped once their lease ran out, checked when they pile up. */
  function sweepPending(time: number): void {
    for (const [key, expires] of pending) if (expires <= time) pending.delete(key);
  }

  return {
    claim(key) {
      const time = now();
      const handled = done.get(key);
      if (handled !== undefined) {
        if (handled.expires > time) return 'done';
        done.delete(key);
      }
      const lease = pending.get(key);
      if (lease !== undefined && lease > time) return 'in-progress';
      if (pending.size >= maxEntries) sweepPending(time);
      pending.set(key, time + leaseMs);
      return 'claimed';
    },
    complete(key) {
      pending.delete(key);
      remember(key);
    },
    release(key) {
      pending.delete(key);
    },
  };
}
function positiveInteger(name: string, value: number): number {
  if (!Number.isInteger(value) || value <= 0) {
    throw new RangeError(`createMemoryDedupeStore: \`${name}\` must be a positive integer, got ${String(value)}`);
  }
  return value;
}
