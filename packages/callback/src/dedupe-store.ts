// Where the receiver remembers which events it has handled, so a VK redelivery (same event_id,
// X-Retry-Counter) dispatches once. The interface is claim/complete/release rather than plain
// has/add: `claim` is "has, and if not, add" done atomically, so two deliveries racing (in one
// process or in several sharing a store) cannot both win; `release` undoes a claim when the
// handling failed, so VK's next redelivery is dispatched again instead of being answered `ok`.
import { checkPositiveInteger } from '@vkts/internals';

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

/**
 * Times are kept as whole ms since the store's origin, past which the origin moves on (see
 * `clock`), so the numbers the store keeps stay small integers: V8 holds those in the map and the
 * ring as they are, where an object or a large number per key would be an allocation to collect.
 */
const REBASE_AFTER_MS = 2 ** 28; // about 3 days

/**
 * What the store knows of a key, as one number: its expiry (ms since the origin) doubled, plus 1
 * for a handled event (expires after `ttlMs`) and plus 0 for a claim in progress (expires when
 * its lease runs out).
 */
function record(expires: number, done: boolean): number {
  return done ? expires * 2 + 1 : expires * 2;
}

function isDone(value: number): boolean {
  return value % 2 !== 0; // odd, negative ones too
}

function expiryOf(value: number): number {
  return isDone(value) ? (value - 1) / 2 : value / 2;
}

/**
 * The default store: an in-memory map bounded by count and age. Per process only; for several
 * instances behind one URL use a shared store (see `DedupeStore`).
 *
 * One map holds every key, pending or done, as one small integer (`record`), so a claim costs one
 * lookup and one insertion, and no object is made per event: in a long-running receiver the
 * store's own allocations cost more than its lookups (bench/callback). Handled events are also
 * kept in a ring buffer in completion order, so dropping the oldest past `maxEntries` is O(1)
 * (iterating a Map from its front after many deletions is not: V8 walks the deleted slots). A
 * ring slot only evicts its key while the map still holds the record the slot was made for.
 * Pending claims are never in the ring: they are never evicted for room.
 */
export function createMemoryDedupeStore(options: MemoryDedupeStoreOptions = {}): DedupeStore {
  const maxEntries = checkPositiveInteger('createMemoryDedupeStore', 'maxEntries', options.maxEntries ?? 10_000);
  const ttlMs = checkPositiveInteger('createMemoryDedupeStore', 'ttlMs', options.ttlMs ?? 3_600_000);
  const leaseMs = checkPositiveInteger('createMemoryDedupeStore', 'leaseMs', options.leaseMs ?? 60_000);
  const now = options.now ?? Date.now;
  let origin = Math.floor(now());
  const entries = new Map<string, number>();
  /** Handled events in completion order: `count` of them from `head`, wrapping at `maxEntries`. */
  const ringKeys: (string | undefined)[] = [];
  const ringRecords: number[] = [];
  let head = 0;
  let count = 0;
  /** Claims neither completed nor released (lapsed leases included until swept). */
  let pending = 0;

  /** Whole ms since the origin. */
  function clock(): number {
    const time = Math.floor(now()) - origin;
    if (time < REBASE_AFTER_MS) return time;
    // Move the origin to now, shifting every kept time with it (once in days, O(entries)).
    origin += time;
    const shift = time * 2; // even: the done bit is kept
    for (const [key, value] of entries) entries.set(key, value - shift);
    for (let i = 0; i < ringRecords.length; i++) ringRecords[i] = (ringRecords[i] ?? 0) - shift;
    return 0;
  }

  function remember(key: string, value: number): void {
    if (count === maxEntries) {
      // Full: the oldest handled event goes (unless it was claimed or recorded again since).
      const oldest = ringKeys[head];
      const recorded = ringRecords[head];
      ringKeys[head] = undefined;
      head = head + 1 === maxEntries ? 0 : head + 1;
      count -= 1;
      if (oldest !== undefined && entries.get(oldest) === recorded) entries.delete(oldest);
    }
    const slot = head + count < maxEntries ? head + count : head + count - maxEntries;
    ringKeys[slot] = key;
    ringRecords[slot] = value;
    count += 1;
  }

  /** Claims nobody finished: dropped once their lease ran out, checked when they pile up. */
  function sweepPending(time: number): void {
    for (const [key, value] of entries) {
      if (!isDone(value) && expiryOf(value) <= time) {
        entries.delete(key);
        pending -= 1;
      }
    }
  }

  return {
    claim(key) {
      const time = clock();
      const known = entries.get(key);
      if (known !== undefined) {
        if (expiryOf(known) > time) return isDone(known) ? 'done' : 'in-progress';
        // Expired: a lapsed lease or a forgotten event, replaced below. A done record's ring slot
        // no longer matches the map, so it will not evict the new one.
        if (!isDone(known)) pending -= 1;
      }
      if (pending >= maxEntries) sweepPending(time);
      entries.set(key, record(time + leaseMs, false));
      pending += 1;
      return 'claimed';
    },
    complete(key) {
      const value = record(clock() + ttlMs, true);
      const known = entries.get(key);
      // The very same record again (completed twice within a ms): the ring already holds it.
      if (known === value) return;
      if (known !== undefined && !isDone(known)) pending -= 1;
      entries.set(key, value);
      remember(key, value);
    },
    release(key) {
      const known = entries.get(key);
      if (known !== undefined && !isDone(known)) {
        entries.delete(key);
        pending -= 1;
      }
    },
  };
}

