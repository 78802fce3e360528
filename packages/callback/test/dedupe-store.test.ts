/** The in-memory dedupe store: claim/complete/release, its count and age bounds, and the lease. */
import { describe, expect, it } from 'vitest';
import { createMemoryDedupeStore } from '../src/index.js';
import { eventKeyedStore } from '../src/dedupe-store.js';
import { hashAndKeep, hashEventKey } from '../src/key-hash.js';

function clock(start = 1_000): { now: () => number; advance: (ms: number) => void } {
  let time = start;
  return { now: () => time, advance: (ms) => void (time += ms) };
}

describe('createMemoryDedupeStore', () => {
  it('claims once: later claims see in-progress, then done after complete', () => {
    const store = createMemoryDedupeStore();
    expect(store.claim('1:a')).toBe('claimed');
    expect(store.claim('1:a')).toBe('in-progress');
    store.complete('1:a');
    expect(store.claim('1:a')).toBe('done');
    expect(store.claim('1:b')).toBe('claimed');
  });

  it('release lets the next claim win again', () => {
    const store = createMemoryDedupeStore();
    expect(store.claim('k')).toBe('claimed');
    store.release('k');
    expect(store.claim('k')).toBe('claimed');
  });

  it('forgets handled events after ttlMs', () => {
    const time = clock();
    const store = createMemoryDedupeStore({ ttlMs: 100, now: time.now });
    store.claim('k');
    store.complete('k');
    time.advance(99);
    expect(store.claim('k')).toBe('done');
    time.advance(1);
    expect(store.claim('k')).toBe('claimed');
  });

  it('frees a claim nobody completed or released after leaseMs', () => {
    const time = clock();
    const store = createMemoryDedupeStore({ leaseMs: 50, now: time.now });
    store.claim('k');
    time.advance(49);
    expect(store.claim('k')).toBe('in-progress');
    time.advance(1);
    expect(store.claim('k')).toBe('claimed');
  });

  it('keeps at most maxEntries handled events, dropping the oldest first', () => {
    const store = createMemoryDedupeStore({ maxEntries: 3 });
    for (const key of ['a', 'b', 'c', 'd']) {
      store.claim(key);
      store.complete(key);
    }
    // A `done` answer changes nothing, so the three newest can be asked first.
    expect(['b', 'c', 'd'].map((key) => store.claim(key))).toEqual(['done', 'done', 'done']);
    expect(store.claim('a')).toBe('claimed');
  });

  it('never evicts a pending claim to make room', () => {
    const store = createMemoryDedupeStore({ maxEntries: 2 });
    store.claim('pending-1');
    store.claim('pending-2');
    store.claim('pending-3');
    expect(store.claim('pending-1')).toBe('in-progress');
    expect(store.claim('pending-2')).toBe('in-progress');
    expect(store.claim('pending-3')).toBe('in-progress');
  });

  it('remembers an event recorded again after its record expired; the older record does not evict it', () => {
    const time = clock();
    const store = createMemoryDedupeStore({ maxEntries: 2, ttlMs: 100, now: time.now });
    store.claim('a');
    store.complete('a');
    time.advance(100);
    expect(store.claim('a')).toBe('claimed');
    store.complete('a');
    // Room for two: 'b' pushes out the expired record of 'a', not the new one.
    store.claim('b');
    store.complete('b');
    expect(store.claim('a')).toBe('done');
    store.claim('c');
    store.complete('c');
    expect(store.claim('a')).toBe('claimed');
  });

  it('release after complete, or without a claim, changes nothing; complete without a claim records', () => {
    const store = createMemoryDedupeStore();
    store.claim('k');
    store.complete('k');
    store.release('k');
    expect(store.claim('k')).toBe('done');
    store.release('never-claimed');
    expect(store.claim('never-claimed')).toBe('claimed');
    store.complete('unclaimed');
    expect(store.claim('unclaimed')).toBe('done');
  });

  it('a claim whose lease ran out can be taken over, and completing either records the event once', () => {
    const time = clock();
    const store = createMemoryDedupeStore({ maxEntries: 1, leaseMs: 10, now: time.now });
    store.claim('k');
    time.advance(10);
    expect(store.claim('k')).toBe('claimed');
    store.complete('k');
    store.complete('k');
    expect(store.claim('k')).toBe('done');
    // Both completions went into the ring of one: the next record evicts 'k' all the same.
    store.claim('other');
    store.complete('other');
    expect(store.claim('k')).toBe('claimed');
  });

  it('an event recorded again counts from its newest record, for age and for room', () => {
    const time = clock();
    const store = createMemoryDedupeStore({ maxEntries: 2, ttlMs: 100, now: time.now });
    store.complete('a');
    store.complete('b');
    time.advance(50);
    store.complete('a');
    // Room for two: 'c' pushes out 'b', now the oldest record, not 'a'.
    store.complete('c');
    expect(store.claim('b')).toBe('claimed');
    time.advance(99);
    expect(store.claim('a')).toBe('done');
    time.advance(1);
    expect(store.claim('a')).toBe('claimed');
  });

  it('keeps every record and its age across the store re-basing its clock (every few days)', () => {
    const time = clock(1_700_000_000_000);
    const day = 86_400_000;
    const store = createMemoryDedupeStore({ maxEntries: 2, ttlMs: 10 * day, leaseMs: 10 * day, now: time.now });
    store.claim('a');
    store.complete('a');
    store.claim('b');
    time.advance(4 * day);
    expect(store.claim('a')).toBe('done');
    expect(store.claim('b')).toBe('in-progress');
    store.claim('c');
    store.complete('c');
    store.complete('b');
    // Room for two: 'a', the oldest, goes; 'c' and 'b' stay until their ttl runs out.
    expect(store.claim('a')).toBe('claimed');
    expect(['b', 'c'].map((key) => store.claim(key))).toEqual(['done', 'done']);
    time.advance(10 * day);
    expect(['b', 'c'].map((key) => store.claim(key))).toEqual(['claimed', 'claimed']);
  });

  it('a claim whose lease ran out before the clock re-based can be claimed again, and the store works on', () => {
    const time = clock(1_700_000_000_000);
    const day = 86_400_000;
    const store = createMemoryDedupeStore({ maxEntries: 2, ttlMs: 10 * day, leaseMs: 10, now: time.now });
    store.claim('lapsed');
    store.claim('held');
    store.complete('held');
    time.advance(4 * day);
    expect(store.claim('held')).toBe('done');
    expect(store.claim('lapsed')).toBe('claimed');
    expect(store.claim('lapsed')).toBe('in-progress');
    store.complete('lapsed');
    expect(['held', 'lapsed'].map((key) => store.claim(key))).toEqual(['done', 'done']);
    store.release('lapsed');
    expect(store.claim('lapsed')).toBe('done');
  });

  it('checks its options', () => {
    expect(() => createMemoryDedupeStore({ maxEntries: 0 })).toThrow(/`maxEntries` must be a positive integer/);
    expect(() => createMemoryDedupeStore({ ttlMs: 1.5 })).toThrow(/`ttlMs` must be a positive integer/);
  });
});

/** Ids of `pairs` pairs, each "Aa" or "BB": all of one length hash alike (see key-hash.ts). */
function collidingIds(pairs: number): string[] {
  let ids = [''];
  for (let i = 0; i < pairs; i++) ids = ids.flatMap((id) => [`${id}Aa`, `${id}BB`]);
  return ids;
}

/**
 * What the store must answer, written plainly: handled records in completion order (at most
 * `maxEntries`, a record recorded again leaves a dead one behind), pending claims with leases.
 */
function referenceStore(maxEntries: number, ttlMs: number, leaseMs: number, now: () => number) {
  const records: { key: string; expires: number; live: boolean }[] = [];
  const handled = new Map<string, { key: string; expires: number; live: boolean }>();
  const pending = new Map<string, number>();
  return {
    claim(key: string): string {
      const time = now();
      const lease = pending.get(key);
      if (lease !== undefined && lease > time) return 'in-progress';
      const record = handled.get(key);
      if (record !== undefined && record.expires > time) return 'done';
      if (record !== undefined) {
        record.live = false;
        handled.delete(key);
      }
      pending.set(key, time + leaseMs);
      return 'claimed';
    },
    complete(key: string): void {
      if (records.length === maxEntries) {
        const oldest = records.shift();
        if (oldest?.live === true) handled.delete(oldest.key);
      }
      const old = handled.get(key);
      if (old !== undefined) old.live = false;
      const record = { key, expires: now() + ttlMs, live: true };
      records.push(record);
      handled.set(key, record);
      pending.delete(key);
    },
    release(key: string): void {
      pending.delete(key);
    },
  };
}

describe('createMemoryDedupeStore with colliding hashes', () => {
  it('the test keys really collide', () => {
    const ids = collidingIds(3);
    expect(new Set(ids).size).toBe(8);
    expect(new Set(ids.map((id) => hashEventKey(7, id))).size).toBe(1);
    expect(hashEventKey(7, 'Aa')).not.toBe(hashEventKey(8, 'Aa'));
  });

  it('tells colliding keys apart: claims, completions, releases and evictions each touch their own key', () => {
    const [a, b, c, d] = collidingIds(2).map((id) => `5:${id}`);
    if (a === undefined || b === undefined || c === undefined || d === undefined) throw new Error('four ids');
    const store = createMemoryDedupeStore({ maxEntries: 2 });
    expect([a, b, c].map((key) => store.claim(key))).toEqual(['claimed', 'claimed', 'claimed']);
    store.release(b);
    expect([a, b, c].map((key) => store.claim(key))).toEqual(['in-progress', 'claimed', 'in-progress']);
    store.complete(a);
    store.complete(c);
    expect([a, b, c, d].map((key) => store.claim(key))).toEqual(['done', 'in-progress', 'done', 'claimed']);
    // Room for two: completing b pushes out a (the oldest), not a key that shares its hash.
    store.complete(b);
    expect([b, c].map((key) => store.claim(key))).toEqual(['done', 'done']);
    expect(store.claim(a)).toBe('claimed');
  });

  it('answers as a plain reference does, over random operations on colliding, evicted and expiring keys', () => {
    // A small deterministic PRNG (mulberry32): the same run every time.
    let seed = 18;
    const random = (): number => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
    };
    const time = clock();
    const ids = [...collidingIds(2), ...collidingIds(3), 'x', 'ключ', 'y'.repeat(70)];
    const keys = [1, 2].flatMap((group) => ids.map((id) => `${group}:${id}`)).concat(['plain', '01:x', 'Aa']);
    const options = { maxEntries: 5, ttlMs: 40, leaseMs: 15, now: time.now };
    const store = createMemoryDedupeStore(options);
    const reference = referenceStore(options.maxEntries, options.ttlMs, options.leaseMs, time.now);
    const answers = { claimed: 0, 'in-progress': 0, done: 0 };
    for (let step = 0; step < 20_000; step++) {
      const key = keys[Math.floor(random() * keys.length)] ?? 'plain';
      const operation = random();
      if (operation < 0.5) {
        const answer = store.claim(key);
        expect(answer, `step ${step}: claim ${key}`).toBe(reference.claim(key));
        answers[answer as keyof typeof answers] += 1;
      } else if (operation < 0.8) {
        store.complete(key);
        reference.complete(key);
      } else {
        store.release(key);
        reference.release(key);
      }
      time.advance(Math.floor(random() * 3));
    }
    // Every answer came up many times: the run exercised each path.
    expect(Math.min(...Object.values(answers))).toBeGreaterThan(500);
  });
});

describe('hashAndKeep (the store reads each character of an id once)', () => {
  it('gives hashEventKey\'s hash and keeps a Latin-1 id that fits as bytes', () => {
    const scratch = new Uint8Array(8).fill(0xee);
    const result = hashAndKeep(7, 'Aaé!', scratch, 8);
    expect(result).toBe(hashEventKey(7, 'Aaé!'));
    expect(result).toBeGreaterThan(0);
    expect([...scratch]).toEqual([0x41, 0x61, 0xe9, 0x21, 0xee, 0xee, 0xee, 0xee]);
    expect(hashAndKeep(7, '', scratch, 8)).toBe(hashEventKey(7, ''));
  });

  it('says (bit 31 set) when the scratch does not hold the id: none given, too long, or past Latin-1', () => {
    const scratch = new Uint8Array(4);
    for (const [id, given, room] of [
      ['Aa', undefined, 0],
      ['abcde', scratch, 4],
      ['ключ', scratch, 4],
      ['a\u0100', scratch, 4],
    ] as const) {
      const result = hashAndKeep(3, id, given, room);
      expect(result).toBeLessThan(0);
      expect(result & 0x7fff_ffff).toBe(hashEventKey(3, id));
    }
    // Colliding ids keep colliding on the way (the store's collision tests rely on it).
    expect(hashAndKeep(5, 'Aa', scratch, 4)).toBe(hashAndKeep(5, 'BB', scratch, 4));
  });
});

describe('createMemoryDedupeStore keys', () => {
  it('tells a Latin-1 id from a colliding one whose characters have the same low bytes', () => {
    // Each character 'a' + 256·k: as bytes the same as 'aaaaaaaa', and the same hash (found by search).
    const latin1 = 'aaaaaaaa';
    const wide = String.fromCharCode(...[76, 103, 83, 81, 235, 158, 56, 44].map((k) => 0x61 + 256 * k));
    expect(hashEventKey(5, wide)).toBe(hashEventKey(5, latin1));
    const store = createMemoryDedupeStore();
    store.claim(`5:${latin1}`);
    store.complete(`5:${latin1}`);
    expect(store.claim(`5:${wide}`)).toBe('claimed');
    store.complete(`5:${wide}`);
    expect([store.claim(`5:${latin1}`), store.claim(`5:${wide}`)]).toEqual(['done', 'done']);
    const other = createMemoryDedupeStore();
    other.claim(`5:${wide}`);
    other.complete(`5:${wide}`);
    expect(other.claim(`5:${latin1}`)).toBe('claimed');
  });

  it('keeps keys that are not `<group_id>:<event_id>`, long or non-Latin-1 ids, apart and exact', () => {
    const store = createMemoryDedupeStore();
    const keys = ['abc', '0:abc', '00:abc', '-1:abc', '1:abc', '1:abc:', `1:${'e'.repeat(64)}`, `1:${'e'.repeat(65)}`, '1:ключ', '1:ключь', '9007199254740993:x', '9007199254740992:x'];
    for (const key of keys) expect(store.claim(key), key).toBe('claimed');
    for (const key of keys) store.complete(key);
    for (const key of keys) expect(store.claim(key), key).toBe('done');
    expect(['ab', '1:ab', '1:e', `1:${'e'.repeat(66)}`, '1:клю', ':abc'].map((key) => store.claim(key))).toEqual(Array(6).fill('claimed'));
  });

  it('grows past its first allocation up to maxEntries, then drops the oldest', () => {
    const store = createMemoryDedupeStore({ maxEntries: 5000 });
    const key = (i: number): string => `3:${i.toString(16).padStart(40, '0')}`;
    for (let i = 0; i < 5000; i++) {
      expect(store.claim(key(i))).toBe('claimed');
      store.complete(key(i));
    }
    for (let i = 0; i < 5000; i++) expect(store.claim(key(i))).toBe('done');
    store.complete(key(5000));
    expect(store.claim(key(0))).toBe('claimed');
    expect(store.claim(key(1))).toBe('done');
  });
});

describe('the in-memory store by event (the receiver\'s calls) and its clock', () => {
  it('on the default clock, takes the performance.now() reading it is handed as its time', () => {
    const store = createMemoryDedupeStore({ ttlMs: 500, leaseMs: 500 });
    const keyed = eventKeyedStore(store);
    if (keyed === undefined) throw new Error('the memory store has by-event methods');
    const secondAgo = performance.now() - 1_000;
    // Claimed and completed "a second ago": the lease and the record both lapsed by now.
    expect(keyed.claimEvent(7, 'old', secondAgo)).toBe('claimed');
    expect(store.claim('7:old')).toBe('claimed');
    keyed.completeEvent(7, 'old', secondAgo);
    expect(store.claim('7:old')).toBe('claimed');
    // Handed the present, or nothing (the store reads its clock): remembered.
    expect(keyed.claimEvent(7, 'new', performance.now())).toBe('claimed');
    expect(store.claim('7:new')).toBe('in-progress');
    keyed.completeEvent(7, 'new');
    expect(store.claim('7:new')).toBe('done');
    expect(keyed.claimEvent(7, 'new', performance.now())).toBe('done');
  });

  it('reads its own default clock on the scale of the readings it is handed', () => {
    const store = createMemoryDedupeStore({ ttlMs: 60_000 });
    const keyed = eventKeyedStore(store);
    if (keyed === undefined) throw new Error('the memory store has by-event methods');
    store.claim('3:e');
    store.complete('3:e');
    expect(keyed.claimEvent(3, 'e', performance.now())).toBe('done');
    expect(keyed.claimEvent(3, 'e', performance.now() + 60_001)).toBe('claimed');
  });

  it('with a `now` option, ignores the readings it is handed and keeps to its clock', () => {
    const time = clock();
    const store = createMemoryDedupeStore({ ttlMs: 100, leaseMs: 100, now: time.now });
    const keyed = eventKeyedStore(store);
    if (keyed === undefined) throw new Error('the memory store has by-event methods');
    expect(keyed.claimEvent(1, 'e', -1e9)).toBe('claimed');
    expect(keyed.claimEvent(1, 'e', 1e12)).toBe('in-progress');
    keyed.completeEvent(1, 'e', -1e9);
    time.advance(99);
    expect(keyed.claimEvent(1, 'e', -1e9)).toBe('done');
    time.advance(1);
    expect(keyed.claimEvent(1, 'e', 1e12)).toBe('claimed');
  });
});
