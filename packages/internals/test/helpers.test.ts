import { describe, expect, it, vi } from 'vitest';
import {
  backoffDelay,
  createBackoff,
  checkNonNegativeNumber,
  checkPositiveInteger,
  checkPositiveNumber,
  describeError,
  describeType,
  isPositiveInteger,
  isPromiseLike,
  isRecord,
  sleep,
} from '../src/index.js';

describe('sleep', () => {
  it('resolves true after the delay, false at once on abort, never rejects', async () => {
    vi.useFakeTimers();
    try {
      const full = sleep(1000);
      await vi.advanceTimersByTimeAsync(1000);
      await expect(full).resolves.toBe(true);

      const controller = new AbortController();
      const cut = sleep(60_000, controller.signal);
      controller.abort(new Error('stop'));
      await expect(cut).resolves.toBe(false);
      expect(vi.getTimerCount()).toBe(0);

      await expect(sleep(10, AbortSignal.abort())).resolves.toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('backoffDelay', () => {
  it('equal jitter: between half and all of min(max, base · 2^retry), never zero', () => {
    const bounds = { baseMs: 100, maxMs: 2000 };
    for (let retry = 0; retry < 10; retry += 1) {
      const ceiling = Math.min(2000, 100 * 2 ** retry);
      expect(backoffDelay(retry, bounds, () => 0)).toBe(ceiling / 2);
      expect(backoffDelay(retry, bounds, () => 0.999_999)).toBe(ceiling);
      const random = backoffDelay(retry, bounds);
      expect(random).toBeGreaterThanOrEqual(ceiling / 2);
      expect(random).toBeLessThanOrEqual(ceiling);
    }
  });
});

describe('createBackoff', () => {
  it('doubles the ceiling per consecutive failure, counts attempts, starts over on reset', () => {
    const backoff = createBackoff({ baseMs: 100, maxMs: 1000 }, () => 0.999_999);
    expect([backoff.next(), backoff.next(), backoff.next(), backoff.next(), backoff.next()]).toEqual([100, 200, 400, 800, 1000]);
    expect(backoff.attempt).toBe(5);
    backoff.reset();
    expect(backoff.attempt).toBe(0);
    expect(backoff.next()).toBe(100);
  });
});

describe('guards', () => {
  it('isRecord: objects, not null or arrays', () => {
    expect([{}, { a: 1 }, new Map()].map(isRecord)).toEqual([true, true, true]);
    expect([null, [], 'x', 1, undefined].map(isRecord)).toEqual([false, false, false, false, false]);
  });

  it('isPromiseLike: anything with a callable then', () => {
    expect(isPromiseLike(Promise.resolve(1))).toBe(true);
    expect(isPromiseLike({ then: () => undefined })).toBe(true);
    expect(isPromiseLike(Object.assign(() => undefined, { then: () => undefined }))).toBe(true);
    expect(isPromiseLike({ then: 1 })).toBe(false);
    expect(isPromiseLike(null)).toBe(false);
    expect(isPromiseLike('then')).toBe(false);
  });

  it('describeType and describeError name what they were given', () => {
    expect([null, [], 'x', 1, undefined, {}].map(describeType)).toEqual(['null', 'an array', 'a string', 'a number', 'an undefined', 'an object']);
    expect(describeError(new TypeError('bad'))).toBe('TypeError: bad');
    expect(describeError(Object.assign(new Error('connect refused'), { code: 'ECONNREFUSED' }))).toBe('Error (ECONNREFUSED): connect refused');
    expect(describeError('plain')).toBe('plain');
  });
});

describe('option checks', () => {
  it('return good values and throw RangeErrors naming the caller and option', () => {
    expect(checkPositiveInteger('createX', 'size', 3)).toBe(3);
    expect(() => checkPositiveInteger('createX', 'size', 1.5)).toThrow(new RangeError('createX: `size` must be a positive integer, got 1.5'));
    expect(checkPositiveNumber('createX', 'ms', 0.5)).toBe(0.5);
    expect(() => checkPositiveNumber('createX', 'ms', 0)).toThrow('createX: `ms` must be a positive number, got 0');
    expect(() => checkPositiveNumber('createX', 'ms', Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(checkNonNegativeNumber('createX', 'ms', 0)).toBe(0);
    expect(() => checkNonNegativeNumber('createX', 'ms', -1)).toThrow('createX: `ms` must be a non-negative number, got -1');
    expect([1, 0, -1, 2.5, '3'].map(isPositiveInteger)).toEqual([true, false, false, false, false]);
  });
});
