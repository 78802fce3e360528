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
 * arrays as they are, where a large number per key would be an allocation to collect.
 */
const REBASE_AFTER_MS = 2 ** 28; // about 3 days

/** A pending claim's entry: its lease's end, as a negative number (ring slots are 0 and up). */
function pendingUntil(leaseEnd: number): number {
  return -leaseEnd - 1;
}

function leaseEndOf(entry: number): number {
  return -entry - 1;
}

/**
 * The default store: in-memory, bounded by count and age. Per process only; for several
 * instances behind one URL use a shared store (see `DedupeStore`).
 *
 * One map holds every key as one small integer: a handled event's slot in a ring of
 * `maxEntries` slots kept in completion order (which holds its key and when it is forgotten), or
 * a pending claim's lease end (`pendingUntil`, negative). No object is made per event: in a
 * long-running receiver the store's own allocations cost more than its lookups (bench/callback).
 * Dropping the oldest handled event past `maxEntries` is O(1) (iterating a Map from its front
 * after many deletions is not: V8 walks the deleted slots). A key recorded again leaves its old
 * slot empty, so every filled slot is the one its key maps to and eviction deletes the key
 * without looking it up first: an event claimed and completed costs five map operations, the
 * only one on a key not just touched being that deletion. Pending claims are never in the ring:
 * they are never evicted for room.
 */
export function createMemoryDedupeStore(options: MemoryDedupeStoreOptions = {}): DedupeStore {
  const maxEntries = checkPositiveInteger('createMemoryDedupeStore', 'maxEntries', options.maxEntries ?? 10_000);
  const ttlMs = checkPositiveInteger('createMemoryDedupeStore', 'ttlMs', options.ttlMs ?? 3_600_000);
  const leaseMs = checkPositiveInteger('createMemoryDedupeStore', 'leaseMs', options.leaseMs ?? 60_000);
  const now = options.now ?? Date.now;
  let origin = Math.floor(now());
  /** Key → ring slot (handled) or `pendingUntil(lease end)` (claimed). */
  const entries = new Map<string, number>();
  /** The ring: `count` slots from `head`, wrapping at `maxEntries`; an emptied slot holds undefined. */
  const ringKeys: (string | undefined)[] = [];
  const ringExpiry: number[] = [];
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
    for (const [key, entry] of entries) {
      if (entry >= 0) continue;
      const leaseEnd = leaseEndOf(entry) - time;
      // A lease that ran out before the new origin would read as a ring slot: drop the claim,
      // which a later claim would take over anyway.
      if (leaseEnd < 0) {
        entries.delete(key);
        pending -= 1;
      } else {
        entries.set(key, pendingUntil(leaseEnd));
      }
    }
    for (let i = 0; i < ringExpiry.length; i++) ringExpiry[i] = (ringExpiry[i] ?? 0) - time;
    return 0;
  }

  /** Claims nobody finished: dropped once their lease ran out, checked when they pile up. */
  function sweepPending(time: number): void {
    for (const [key, entry] of entries) {
      if (entry < 0 && leaseEndOf(entry) <= time) {
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
        if (known >= 0) {
          if ((ringExpiry[known] ?? 0) > time) return 'done';
          // Forgotten: its slot no longer evicts anything; the key is claimed again below.
          ringKeys[known] = undefined;
        } else {
          if (leaseEndOf(known) > time) return 'in-progress';
          pending -= 1; // a lapsed lease, taken over below
        }
      }
      if (pending >= maxEntries) sweepPending(time);
      entries.set(key, pendingUntil(time + leaseMs));
      pending += 1;
      return 'claimed';
    },
    complete(key) {
      const expires = clock() + ttlMs;
      const known = entries.get(key);
      if (known !== undefined) {
        if (known < 0) pending -= 1;
        else ringKeys[known] = undefined; // recorded again (completed twice, or without a claim)
      }
      if (count === maxEntries) {
        // Full: the oldest handled event goes.
        const oldest = ringKeys[head];
        if (oldest !== undefined) entries.delete(oldest);
        head = head + 1 === maxEntries ? 0 : head + 1;
        count -= 1;
      }
      const slot = head + count < maxEntries ? head + count : head + count - maxEntries;
      ringKeys[slot] = key;
      ringExpiry[slot] = expires;
      count += 1;
      entries.set(key, slot);
    },
    release(key) {
      const known = entries.get(key);
      if (known !== undefined && known < 0) {
        entries.delete(key);
        pending -= 1;
      }
    },
  };
}
