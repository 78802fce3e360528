// The per-token rate limit, on a fake clock (the client's timers and the fake's arrival stamps):
// spacing, the defaults per token type, and one limiter shared by direct calls, batches and
// retries. Time moves only when a test advances it, so the windows are checked exactly.
import type { FakeVk, FakeVkRequest } from '@vkts/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { USER_TOKEN, advanceUntil, clientFor, recordRequests, settledCount, startFake, until, useFakeClock } from './helpers.js';

/** VK's window: no more than perSecond requests may arrive within it. */
const SECOND = 1000;

/** The smallest time between request i and request i + perSecond: must be a second or more. */
function tightestWindow(requests: readonly FakeVkRequest[], perSecond: number): number {
  const times = requests.map((r) => r.at).sort((a, b) => a - b);
  let tightest = Number.POSITIVE_INFINITY;
  for (let i = 0; i + perSecond < times.length; i += 1) tightest = Math.min(tightest, (times[i + perSecond] ?? 0) - (times[i] ?? 0));
  return tightest;
}

describe('rate limit', () => {
  let fake: FakeVk;
  beforeAll(async () => {
    fake = await startFake();
  });
  afterAll(() => fake.close());

  it('sends a burst of perSecond at once, then nothing more until the second has passed', async () => {
    useFakeClock();
    const api = clientFor(fake, { rateLimit: { perSecond: 4 } });
    const sent = recordRequests(fake);
    const calls = Array.from({ length: 8 }, () => api.groups.getById({ group_ids: [1] }));
    const settled = settledCount(calls);
    await until(() => settled() === 4, 'the first 4 answers');
    expect(sent()).toHaveLength(4);
    expect(new Set(sent().map((r) => r.at)).size).toBe(1); // all 4 at the same instant
    await vi.advanceTimersByTimeAsync(SECOND - 1);
    expect(sent()).toHaveLength(4);
    await vi.advanceTimersByTimeAsync(100);
    await until(() => settled() === 8, 'the other 4 answers');
    expect(sent()).toHaveLength(8);
    expect(tightestWindow(sent(), 4)).toBeGreaterThanOrEqual(SECOND);
  });

  it('defaults to 3/s for user tokens and 20/s for group tokens', async () => {
    useFakeClock();
    const userApi = clientFor(fake, { token: USER_TOKEN, tokenType: undefined, rateLimit: undefined });
    const groupApi = clientFor(fake, { rateLimit: undefined });
    const sent = recordRequests(fake);
    const settled = settledCount([
      ...Array.from({ length: 4 }, () => userApi.users.get({ user_ids: [1] })),
      ...Array.from({ length: 21 }, () => groupApi.groups.getById({ group_ids: [1] })),
    ]);
    const of = (method: string): FakeVkRequest[] => sent().filter((r) => r.method === method);
    await until(() => settled() === 23, '3 user and 20 group answers');
    expect([of('users.get').length, of('groups.getById').length]).toEqual([3, 20]);
    await vi.advanceTimersByTimeAsync(SECOND - 1);
    expect(sent()).toHaveLength(23);
    await vi.advanceTimersByTimeAsync(100);
    await until(() => settled() === 25, 'the last user and group answers');
    expect(tightestWindow(of('users.get'), 3)).toBeGreaterThanOrEqual(SECOND);
    expect(tightestWindow(of('groups.getById'), 20)).toBeGreaterThanOrEqual(SECOND);
  });

  it("keeps within VK's own limit: a fake enforcing 3/s never answers error 6", async () => {
    const strict = await startFake({ rateLimit: { perSecond: 3 } });
    try {
      useFakeClock();
      const api = clientFor(strict, { token: USER_TOKEN, tokenType: 'user', rateLimit: undefined, retry: false });
      const calls = Array.from({ length: 4 }, () => api.users.get({ user_ids: [1] }));
      const settled = settledCount(calls);
      await until(() => settled() === 3, 'the first 3 answers');
      await advanceUntil(() => settled() === 4, 'the 4th answer');
      // retry: false, so an error 6 would have rejected a call.
      expect((await Promise.allSettled(calls)).map((outcome) => outcome.status)).toEqual(Array(4).fill('fulfilled'));
      expect(strict.requests.filter((r) => r.method === 'users.get')).toHaveLength(4);
    } finally {
      vi.useRealTimers();
      await strict.close();
    }
  });

  it('one slot per request: batches, direct calls and retries share the limiter', async () => {
    useFakeClock();
    const api = clientFor(fake, { rateLimit: { perSecond: 2 }, batch: true });
    const sent = recordRequests(fake);
    fake.failNext('groups.getById', 6);
    const settled = settledCount([
      ...Array.from({ length: 50 }, (_, i) => api.users.get({ user_ids: [i + 1] })), // 2 executes
      api.groups.getById({ group_ids: [1] }, { batch: false }), // 1 direct + 1 retry
    ]);
    await vi.advanceTimersByTimeAsync(0); // the batch window
    // Two requests take the two slots of the first second; their arrival stamps are final.
    await until(() => sent().length === 2, 'the first two requests');
    // Then the clock moves in steps (the retry's backoff, the next window) until all is answered.
    await advanceUntil(() => settled() === 51, 'all 51 answers');
    expect(sent().map((r) => r.method).sort()).toEqual(['execute', 'execute', 'groups.getById', 'groups.getById']);
    expect(tightestWindow(sent(), 2)).toBeGreaterThanOrEqual(SECOND);
  });

  it('a call waiting for a slot can be aborted, and is never sent', async () => {
    useFakeClock(); // the slot never frees up: only the abort can end the wait
    const api = clientFor(fake, { rateLimit: { perSecond: 1 } });
    const sent = recordRequests(fake);
    const controller = new AbortController();
    const first = api.groups.getById({ group_ids: [1] });
    const waiting = api.groups.getById({ group_ids: [1] }, { signal: controller.signal });
    await first;
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ name: 'TransportError', kind: 'aborted' });
    expect(sent()).toHaveLength(1);
  });
});
