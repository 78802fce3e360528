/** The in-memory dedupe store: claim/complete/release, its count and age bounds, and the lease. */
import { describe, expect, it } from 'vitest';
import { createMemoryDedupeStore } from '../src/index.js';

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
