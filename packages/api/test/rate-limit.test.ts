// The per-token rate limit, measured on the arrival times the fake records: spacing, the
// defaults per token type, and one limiter shared by direct calls, batches and retries.
import type { FakeVk, FakeVkRequest } from '@vkts/testing';
import { Agent } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { USER_TOKEN, clientFor, recordRequests, startFake } from './helpers.js';

/**
 * The client spaces request *starts* by 1050 ms; the fake stamps *arrivals*, which a fresh
 * connection or a busy event loop (vitest runs files in parallel, the fake shares this
 * process) can delay by tens of milliseconds. Windows are checked against a second minus this.
 */
const ARRIVAL_JITTER_MS = 150;
const SECOND = 1000 - ARRIVAL_JITTER_MS;

/** The smallest time between request i and request i + perSecond: must be about a second or more. */
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

  it('never lets more than perSecond requests arrive within a second', async () => {
    const api = clientFor(fake, { rateLimit: { perSecond: 4 } });
    const sent = recordRequests(fake);
    await Promise.all(Array.from({ length: 8 }, () => api.groups.getById({ group_ids: [1] })));
    expect(sent()).toHaveLength(8);
    expect(tightestWindow(sent(), 4)).toBeGreaterThanOrEqual(SECOND);
    // A burst of 4 goes out at once: the limiter does not space requests it need not.
    const times = sent().map((r) => r.at);
    expect((times[3] ?? 0) - (times[0] ?? 0)).toBeLessThan(200);
  });

  it('defaults to 3/s for user tokens and 20/s for group tokens', async () => {
    const userApi = clientFor(fake, { token: USER_TOKEN, tokenType: undefined, rateLimit: undefined });
    const groupApi = clientFor(fake, { rateLimit: undefined });
    const userSent = recordRequests(fake);
    await Promise.all([
      ...Array.from({ length: 4 }, () => userApi.users.get({ user_ids: [1] })),
      ...Array.from({ length: 21 }, () => groupApi.groups.getById({ group_ids: [1] })),
    ]);
    const users = userSent().filter((r) => r.method === 'users.get');
    const groups = userSent().filter((r) => r.method === 'groups.getById');
    expect(tightestWindow(users, 3)).toBeGreaterThanOrEqual(SECOND);
    expect(tightestWindow(groups, 20)).toBeGreaterThanOrEqual(SECOND);
    const userTimes = users.map((r) => r.at);
    expect((userTimes[2] ?? 0) - (userTimes[0] ?? 0)).toBeLessThan(200);
  });

  it("keeps within VK's own limit: a fake enforcing 3/s never answers error 6", async () => {
    const strict = await startFake({ rateLimit: { perSecond: 3 } });
    // Connections are opened beforehand (with the other token, whose budget is its own), so
    // arrivals are not skewed by connection set-up: what is measured is the limiter.
    const dispatcher = new Agent();
    try {
      const warmUp = clientFor(strict, { dispatcher });
      await Promise.all(Array.from({ length: 3 }, () => warmUp.groups.getById({ group_ids: [1] })));
      const api = clientFor(strict, { token: USER_TOKEN, tokenType: 'user', rateLimit: undefined, retry: false, dispatcher });
      await Promise.all(Array.from({ length: 4 }, () => api.users.get({ user_ids: [1] })));
      expect(strict.requests.filter((r) => r.method === 'users.get')).toHaveLength(4);
    } finally {
      await dispatcher.close();
      await strict.close();
    }
  });

  it('one slot per request: batches, direct calls and retries share the limiter', async () => {
    const api = clientFor(fake, { rateLimit: { perSecond: 2 }, batch: true });
    const sent = recordRequests(fake);
    fake.failNext('groups.getById', 6);
    await Promise.all([
      ...Array.from({ length: 50 }, (_, i) => api.users.get({ user_ids: [i + 1] })), // 2 executes
      api.groups.getById({ group_ids: [1] }, { batch: false }), // 1 direct + 1 retry
    ]);
    expect(sent().map((r) => r.method).sort()).toEqual(['execute', 'execute', 'groups.getById', 'groups.getById']);
    expect(tightestWindow(sent(), 2)).toBeGreaterThanOrEqual(SECOND);
  });

  it('a call waiting for a slot can be aborted', async () => {
    const api = clientFor(fake, { rateLimit: { perSecond: 1 } });
    const sent = recordRequests(fake);
    const first = api.groups.getById({ group_ids: [1] });
    const waiting = api.groups.getById({ group_ids: [1] }, { signal: AbortSignal.timeout(50) });
    await first;
    const started = performance.now();
    await expect(waiting).rejects.toMatchObject({ name: 'TransportError', kind: 'aborted' });
    expect(performance.now() - started).toBeLessThan(500);
    expect(sent()).toHaveLength(1);
  });
});
