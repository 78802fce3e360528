// Where the receiver remembers which events it has handled, so a VK redelivery (same event_id,
// X-Retry-Counter) dispatches once. The interface is claim/complete/release rather than plain
// has/add: `claim` is "has, and if not, add" done atomically, so two deliveries racing (in one
// process or in several sharing a store) cannot both win; `release` undoes a claim when the
// handling failed, so VK's next redelivery is dispatched again instead of being answered `ok`.
import { checkPositiveInteger } from '@vkts/internals';
import { HashCells } from './hash-cells.js';
import { hashAndKeep } from './key-hash.js';

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
  /**
   * Clock in ms, for tests. @default the monotonic `performance.timeOrigin + performance.now()`
   * (the epoch time in ms, but never jumping with the system clock); with it the receiver hands
   * the store the clock reading it takes per event anyway, instead of the store reading its own.
   */
  readonly now?: () => number;
}

/** Event id characters kept per record: VK's event ids are 40. */
const ID_BYTES = 64;
/** A record's id length meaning: the id is longer than ID_BYTES or not Latin-1; it is in `longIds`. */
const LONG_ID = 255;
/** Records allocated at first; the arrays grow by doubling up to `maxEntries`. */
const FIRST_RECORDS = 1024;
/** The group of a key that is not `<group_id>:<event_id>`; the key is the id then. */
const NO_GROUP = -1;

/**
 * The store's methods by group id and event id, as the receiver has them: the same records as
 * the key's (`claim(\`${groupId}:${eventId}\`)` is `claimEvent(groupId, eventId)`), without
 * building the key string for every event and taking it apart again.
 *
 * `at` is a `performance.now()` reading the caller took anyway (the receiver's time budget
 * starts with it): a store on the default clock takes it as the time instead of reading the
 * clock again (each read costs ~0.1 µs, and a synchronous delivery would read it twice); a store
 * with a `now` option ignores it.
 */
export interface EventKeyedStore {
  claimEvent(groupId: number, eventId: string, at?: number): ClaimResult;
  completeEvent(groupId: number, eventId: string, at?: number): void;
  releaseEvent(groupId: number, eventId: string): void;
}

/** When `performance.now()` was 0, in epoch ms (read once: the getter is not free). */
const timeOrigin = performance.timeOrigin;

/** The default clock: epoch ms, monotonic, on the same scale as a `performance.now()` reading. */
const monotonicNow = (): number => timeOrigin + performance.now();

const eventKeyed = new WeakMap<DedupeStore, EventKeyedStore>();

/** The by-event methods of a store `createMemoryDedupeStore` made; undefined for any other store. */
export function eventKeyedStore(store: DedupeStore): EventKeyedStore | undefined {
  return eventKeyed.get(store);
}

/**
 * The default store: in-memory, bounded by count and age. Per process only; for several
 * instances behind one URL use a shared store (see `DedupeStore`).
 *
 * Handled events are records in a ring of `maxEntries` slots kept in completion order, so
 * dropping the oldest past `maxEntries` is O(1). A record keeps the hash of its key, when it is
 * forgotten, its group id, and its event id as bytes (a Latin-1 id up to `ID_BYTES`, as VK's
 * are; any other is kept as a string on the side), all in typed arrays; the index
 * (`HashCells`) maps a hash to its record. So the store holds no string or object per handled
 * event: held by the thousand, those outlive a few scavenges, get copied and promoted, and make
 * every scavenge slower (bench/callback). Each character of an id is read once (`charCodeAt` is
 * the costly part, ~4 ns here): hashing it also keeps its bytes in a scratch slot, from which
 * its record is written and compared. A hash names candidates only: a key is found when its
 * group and bytes match too, so keys whose hashes collide are told apart. Pending claims
 * (usually completed or released in the tick that made them) keep their id as a string in a
 * small pool, and are never in the ring: they are never evicted for room. A key recorded again
 * empties its old slot, which then evicts nothing.
 */
export function createMemoryDedupeStore(options: MemoryDedupeStoreOptions = {}): DedupeStore {
  const maxEntries = checkPositiveInteger('createMemoryDedupeStore', 'maxEntries', options.maxEntries ?? 10_000);
  const ttlMs = checkPositiveInteger('createMemoryDedupeStore', 'ttlMs', options.ttlMs ?? 3_600_000);
  const leaseMs = checkPositiveInteger('createMemoryDedupeStore', 'leaseMs', options.leaseMs ?? 60_000);
  const now = options.now;
  /** The time: the caller's `performance.now()` reading `at` on the default clock, else the clock's. */
  const timeAt: (at: number | undefined) => number =
    now === undefined ? (at) => (at === undefined ? monotonicNow() : timeOrigin + at) : () => now();

  let capacity = Math.min(maxEntries, FIRST_RECORDS);
  /** Hash → record: a ring slot (0 and up) or a pending claim (`~index`, negative). */
  const cells = new HashCells(capacity * 2);
  /** The ring: `count` slots from `head`, wrapping at `maxEntries`; an emptied slot's hash is 0. */
  let ringHash = new Int32Array(capacity);
  let ringExpiry = new Float64Array(capacity);
  let ringGroup = new Float64Array(capacity);
  let ringLength = new Uint8Array(capacity);
  /** `ID_BYTES` per slot, slot `s` at `(s + 1) * ID_BYTES`; the first `ID_BYTES` are the scratch (see `hashOf`). */
  let ringBytes = new Uint8Array((capacity + 1) * ID_BYTES);
  const longIds = new Map<number, string>();
  let head = 0;
  let count = 0;
  /** Pending claims (lapsed leases included until swept or taken over); free indexes are reused. */
  const pendingIds: (string | undefined)[] = [];
  const pendingGroup: number[] = [];
  const pendingHash: number[] = [];
  const pendingLease: number[] = [];
  const freePending: number[] = [];
  let pending = 0;
  let sweepAt = maxEntries;
  /** The receiver claims and then completes the same id string: it is hashed once. */
  let lastId: string | undefined;
  let lastGroup = 0;
  let lastHash = 0;
  /** Whether `lastId` is Latin-1 and at most `ID_BYTES` long: then the scratch holds its bytes. */
  let lastFits = false;

  /**
   * The key's hash (`hashEventKey`), and the id's bytes in the scratch when it fits in a record.
   * Every operation calls it first, so `find` and `writeSlot` may take the id's bytes from there.
   */
  function hashOf(group: number, id: string): number {
    if (id !== lastId || group !== lastGroup) {
      const hash = hashAndKeep(group, id, ringBytes, ID_BYTES);
      lastHash = hash & 0x7fff_ffff;
      lastFits = hash > 0;
      lastId = id;
      lastGroup = group;
    }
    return lastHash;
  }

  /** Whether the slot's record is (group, id); `hashOf(group, id)` ran last. */
  function ringHolds(slot: number, group: number, id: string): boolean {
    if (ringGroup[slot] !== group) return false;
    const length = ringLength[slot];
    if (length === LONG_ID) return longIds.get(slot) === id;
    // A record of bytes holds an id that fits, and only such an id can equal it.
    if (!lastFits || length !== id.length) return false;
    const base = (slot + 1) * ID_BYTES;
    for (let i = 0; i < length; i++) if (ringBytes[base + i] !== ringBytes[i]) return false;
    return true;
  }

  /** The cell of the key's record (handled or pending), or -1. */
  function find(group: number, id: string, hash: number): number {
    const { pairs, mask } = cells;
    for (let cell = hash & mask; pairs[2 * cell] !== 0; cell = (cell + 1) & mask) {
      if (pairs[2 * cell] !== hash) continue;
      const ref = pairs[2 * cell + 1] ?? 0;
      if (ref >= 0 ? ringHolds(ref, group, id) : pendingIds[~ref] === id && pendingGroup[~ref] === group) return cell;
    }
    return -1;
  }

  /** Records (group, id) in the slot; `hashOf(group, id)` ran last, so its bytes are in the scratch. */
  function writeSlot(slot: number, group: number, id: string, hash: number, expires: number): void {
    ringHash[slot] = hash;
    ringExpiry[slot] = expires;
    ringGroup[slot] = group;
    if (lastFits) {
      ringBytes.copyWithin((slot + 1) * ID_BYTES, 0, id.length);
      ringLength[slot] = id.length;
    } else {
      ringLength[slot] = LONG_ID;
      longIds.set(slot, id);
    }
  }

  function emptySlot(slot: number): void {
    ringHash[slot] = 0;
    if (ringLength[slot] === LONG_ID) longIds.delete(slot);
  }

  /** Room for one more record: the oldest goes when full, else the arrays grow when they must. */
  function makeRoom(): void {
    if (count === maxEntries) {
      const hash = ringHash[head] ?? 0;
      if (hash !== 0) {
        const cell = cells.cellOf(hash, head);
        if (cell >= 0) cells.remove(cell);
        emptySlot(head);
      }
      head = head + 1 === maxEntries ? 0 : head + 1;
      count -= 1;
    } else if (count === capacity) {
      // Not yet full, so `head` is 0 and the slots in use are 0 … count - 1.
      capacity = Math.min(maxEntries, capacity * 2);
      ringHash = grown(ringHash, new Int32Array(capacity));
      ringExpiry = grown(ringExpiry, new Float64Array(capacity));
      ringGroup = grown(ringGroup, new Float64Array(capacity));
      ringLength = grown(ringLength, new Uint8Array(capacity));
      ringBytes = grown(ringBytes, new Uint8Array((capacity + 1) * ID_BYTES));
    }
  }

  function addPending(group: number, id: string, hash: number, leaseEnd: number): number {
    const index = freePending.pop() ?? pendingIds.length;
    pendingIds[index] = id;
    pendingGroup[index] = group;
    pendingHash[index] = hash;
    pendingLease[index] = leaseEnd;
    pending += 1;
    return ~index;
  }

  function dropPending(index: number): void {
    pendingIds[index] = undefined;
    freePending.push(index);
    pending -= 1;
  }

  /** Claims nobody finished: dropped once their lease ran out, checked when they pile up. */
  function sweepPending(time: number): void {
    for (let index = 0; index < pendingIds.length; index++) {
      if (pendingIds[index] === undefined || (pendingLease[index] ?? 0) > time) continue;
      const cell = cells.cellOf(pendingHash[index] ?? 0, ~index);
      if (cell >= 0) cells.remove(cell);
      dropPending(index);
    }
    // Live claims past `maxEntries` are kept; sweep again only once they doubled.
    sweepAt = Math.max(maxEntries, pending * 2);
  }

  const keyed: EventKeyedStore = {
    claimEvent(group, id, at) {
      const time = timeAt(at);
      if (pending >= sweepAt) sweepPending(time);
      const hash = hashOf(group, id);
      const cell = find(group, id, hash);
      if (cell < 0) {
        cells.add(hash, addPending(group, id, hash, time + leaseMs));
        return 'claimed';
      }
      const ref = cells.ref(cell);
      if (ref < 0) {
        if ((pendingLease[~ref] ?? 0) > time) return 'in-progress';
        pendingLease[~ref] = time + leaseMs; // a lapsed lease, taken over
        return 'claimed';
      }
      if ((ringExpiry[ref] ?? 0) > time) return 'done';
      // Forgotten: its slot no longer evicts anything; the key is claimed again.
      emptySlot(ref);
      cells.setRef(cell, addPending(group, id, hash, time + leaseMs));
      return 'claimed';
    },
    completeEvent(group, id, at) {
      const expires = timeAt(at) + ttlMs;
      const hash = hashOf(group, id);
      makeRoom();
      const slot = head + count < maxEntries ? head + count : head + count - maxEntries;
      writeSlot(slot, group, id, hash, expires);
      count += 1;
      const cell = find(group, id, hash);
      if (cell < 0) {
        cells.add(hash, slot); // completed without a claim
        return;
      }
      const ref = cells.ref(cell);
      if (ref < 0) dropPending(~ref);
      else emptySlot(ref); // recorded again (completed twice, or without a claim)
      cells.setRef(cell, slot);
    },
    releaseEvent(group, id) {
      const cell = find(group, id, hashOf(group, id));
      const ref = cell < 0 ? 0 : cells.ref(cell);
      if (ref < 0) {
        dropPending(~ref);
        cells.remove(cell);
      }
    },
  };

  const store: DedupeStore = {
    claim: (key) => keyed.claimEvent(...splitKey(key)),
    complete: (key) => keyed.completeEvent(...splitKey(key)),
    release: (key) => keyed.releaseEvent(...splitKey(key)),
  };
  eventKeyed.set(store, keyed);
  return store;
}

/**
 * A key as (group id, event id): the number before its first `:` when the key is
 * `<group_id>:<event_id>`, written as `String(groupId)` writes it (so each such key has one
 * (group, id) and back), else (NO_GROUP, the whole key).
 */
function splitKey(key: string): [group: number, id: string] {
  const colon = key.indexOf(':');
  if (colon < 1) return [NO_GROUP, key];
  const prefix = key.slice(0, colon);
  const group = Number(prefix);
  return Number.isSafeInteger(group) && group >= 0 && String(group) === prefix ? [group, key.slice(colon + 1)] : [NO_GROUP, key];
}

/** `to`, bigger, starting with what `from` holds. */
function grown<T extends Int32Array | Float64Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
