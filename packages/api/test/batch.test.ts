// Automatic batching into `execute`: how many requests N calls become, that every caller gets
// its own result or its own error back, and which calls stay out of batches.
import { fakeVkError, type FakeVk } from '@vkts/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiError, isApiError } from '../src/index.js';
import { advanceUntil, clientFor, recordRequests, settledCount, startFake, until, useFakeClock } from './helpers.js';

describe('batching', () => {
  let fake: FakeVk;
  beforeAll(async () => {
    fake = await startFake();
    // users.get answers with the ids it was asked for; ids ending in 7 fail with error 18.
    fake.handle('users.get', (params) =>
      (params.user_ids ?? []).map((id) => {
        if (Number(id) % 10 === 7) throw fakeVkError(18, `User ${id} was deleted or banned`);
        return { id: Number(id), first_name: `User${id}`, last_name: 'Test' };
      }),
    );
  });
  afterAll(() => fake.close());

  it.each([1, 2, 25, 26, 60, 100])('%i calls made together take ceil(N/25) requests', async (n) => {
    const api = clientFor(fake, { batch: true });
    const sent = recordRequests(fake);
    const ids = Array.from({ length: n }, (_, i) => 1000 + i * 10 + 1);
    const results = await Promise.all(ids.map((id) => api.users.get({ user_ids: [id] })));
    expect(results.map((users) => users[0]?.id)).toEqual(ids);
    expect(sent()).toHaveLength(Math.ceil(n / 25));
    // A batch of one goes out as the plain method.
    const methods = sent().map((r) => r.method);
    expect(methods).toEqual(Array.from({ length: Math.ceil(n / 25) }, (_, i) => (n - i * 25 === 1 ? 'users.get' : 'execute')));
  });

  it('sends the code the fake parses, with params as form strings', async () => {
    const api = clientFor(fake, { batch: true });
    const sent = recordRequests(fake);
    await Promise.all([api.users.get({ user_ids: [1, 2], fields: ['sex', 'city'] }), api.groups.getById({ group_ids: [1] })]);
    expect(sent()[0]?.params.code).toBe(
      'return [API.users.get({"user_ids":"1,2","fields":"sex,city"}),API.groups.getById({"group_ids":"1"})];',
    );
  });

  it("maps execute_errors back to the calls that failed, in order; the others succeed", async () => {
    const api = clientFor(fake, { batch: true });
    const sent = recordRequests(fake);
    const ids = [11, 17, 21, 27, 31, 37];
    const outcomes = await Promise.allSettled(ids.map((id) => api.users.get({ user_ids: [id] })));
    expect(sent().map((r) => r.method)).toEqual(['execute']);
    outcomes.forEach((outcome, index) => {
      const id = ids[index];
      if (id !== undefined && id % 10 === 7) {
        expect(outcome.status).toBe('rejected');
        const reason: unknown = outcome.status === 'rejected' ? outcome.reason : undefined;
        expect(reason).toBeInstanceOf(ApiError);
        expect(reason).toMatchObject({ code: 18, method: 'users.get', viaExecute: true, params: { user_ids: String(id) } });
        expect(isApiError(reason) && reason.vkMessage).toContain(`User ${id} was deleted`);
      } else {
        expect(outcome).toEqual({ status: 'fulfilled', value: [{ id, first_name: `User${id}`, last_name: 'Test' }] });
      }
    });
  });

  it('never batches execute, upload-save methods, or calls that opt out', async () => {
    fake.handle('photos.saveMessagesPhoto', () => []);
    const api = clientFor(fake, { batch: true });
    const sent = recordRequests(fake);
    await Promise.all([
      api.users.get({ user_ids: [1] }),
      api.users.get({ user_ids: [2] }),
      api.photos.saveMessagesPhoto({ photo: '[]', server: 1, hash: 'h' }),
      api.execute({ code: 'return [API.users.get({"user_ids":"3"})];' }),
      api.users.get({ user_ids: [4] }, { batch: false }),
    ]);
    const methods = sent().map((r) => r.method).sort();
    expect(methods).toEqual(['execute', 'execute', 'photos.saveMessagesPhoto', 'users.get']);
    const batch = sent().find((r) => r.method === 'execute' && r.params.code?.includes('"1"'));
    expect(batch?.params.code).toBe('return [API.users.get({"user_ids":"1"}),API.users.get({"user_ids":"2"})];');
  });

  it('a method name without a namespace goes out alone and cannot fail the calls batched next to it', async () => {
    const api = clientFor(fake, { batch: true });
    const sent = recordRequests(fake);
    // Not a schema method, so only reachable untyped (as from JavaScript).
    const untyped: (method: string) => Promise<unknown> = (method) => Reflect.apply(api.call, api, [method]);
    const [first, second, ping] = await Promise.allSettled([api.users.get({ user_ids: [1] }), api.users.get({ user_ids: [2] }), untyped('ping')]);
    expect(first).toEqual({ status: 'fulfilled', value: [{ id: 1, first_name: 'User1', last_name: 'Test' }] });
    expect(second).toEqual({ status: 'fulfilled', value: [{ id: 2, first_name: 'User2', last_name: 'Test' }] });
    // VK's own answer to a method it does not know.
    expect(ping.status === 'rejected' && ping.reason).toMatchObject({ code: 3, method: 'ping', viaExecute: false });
    expect(sent().map((r) => r.method).sort()).toEqual(['execute', 'ping']);
  });

  it('retries a batch that failed as a whole; each caller still gets its own result', async () => {
    const api = clientFor(fake, { batch: true });
    const sent = recordRequests(fake);
    fake.failNext('execute', 10);
    const results = await Promise.all([1, 2, 3].map((id) => api.users.get({ user_ids: [id] })));
    expect(results.map((r) => r[0]?.id)).toEqual([1, 2, 3]);
    expect(sent().map((r) => r.method)).toEqual(['execute', 'execute']);
  });

  it('a batch-wide VK error reaches every caller as its own ApiError', async () => {
    const api = clientFor(fake, { batch: true, retry: false });
    fake.failNext('execute', 15);
    const outcomes = await Promise.allSettled([api.users.get({ user_ids: [1] }), api.groups.getById({ group_ids: [1] })]);
    expect(outcomes.map((o) => (o.status === 'rejected' ? o.reason : undefined))).toMatchObject([
      { code: 15, method: 'users.get', viaExecute: true, params: { user_ids: '1' } },
      { code: 15, method: 'groups.getById', viaExecute: true, params: { group_ids: '1' } },
    ]);
  });

  it('windowMs gathers calls made a little apart', async () => {
    useFakeClock(); // "a little apart" is 140 ms of the clock before the window ends, however busy the machine
    const api = clientFor(fake, { batch: { windowMs: 150 } });
    const sent = recordRequests(fake);
    const first = api.users.get({ user_ids: [1] });
    await vi.advanceTimersByTimeAsync(10);
    const second = api.users.get({ user_ids: [2] });
    const calls = [first, second];
    const settled = settledCount(calls);
    await advanceUntil(() => settled() === 2, 'both calls to settle');
    await Promise.all(calls);
    expect(sent().map((r) => r.method)).toEqual(['execute']);
  });

  it('maxCalls caps the calls per execute', async () => {
    const api = clientFor(fake, { batch: { maxCalls: 4 } });
    const sent = recordRequests(fake);
    await Promise.all(Array.from({ length: 10 }, (_, i) => api.users.get({ user_ids: [i * 10 + 1] })));
    expect(sent()).toHaveLength(3);
  });

  it('a caller aborting its batched call does not disturb the others', async () => {
    useFakeClock(); // the fake holds the batch until the test moves the clock: the abort lands while it is in flight
    fake.setLatency('execute', 100);
    try {
      const api = clientFor(fake, { batch: true });
      const sent = recordRequests(fake);
      const controller = new AbortController();
      const calls = [api.users.get({ user_ids: [1] }), api.users.get({ user_ids: [2] }, { signal: controller.signal }), api.users.get({ user_ids: [3] })];
      await vi.advanceTimersByTimeAsync(1); // the batch window (0 ms) ends
      await until(() => sent().length === 1, 'the batch to reach the fake'); // the clock stands still meanwhile
      controller.abort();
      const settled = settledCount(calls);
      await advanceUntil(() => settled() === 3, 'every call to settle');
      const outcomes = await Promise.allSettled(calls);
      expect(sent().map((r) => r.method)).toEqual(['execute']);
      expect(outcomes[0]).toMatchObject({ status: 'fulfilled', value: [{ id: 1 }] });
      expect(outcomes[1]).toMatchObject({ status: 'rejected', reason: { name: 'TransportError', kind: 'aborted' } });
      expect(outcomes[2]).toMatchObject({ status: 'fulfilled', value: [{ id: 3 }] });
    } finally {
      fake.setLatency('execute', 0);
    }
  });

  it('a call aborted while queued is never sent', async () => {
    const api = clientFor(fake, { batch: { windowMs: 50 } });
    const sent = recordRequests(fake);
    const controller = new AbortController();
    const aborted = api.users.get({ user_ids: [5] }, { signal: controller.signal });
    const kept = api.users.get({ user_ids: [6] });
    controller.abort();
    await expect(aborted).rejects.toMatchObject({ kind: 'aborted' });
    await expect(kept).resolves.toMatchObject([{ id: 6 }]);
    expect(sent().map((r) => r.method)).toEqual(['users.get']);
  });

  // Batched calls without a signal have no timer of their own: the batcher enforces their deadlines.
  describe('per-call deadlines of batched calls', () => {
    it('a batched call without a signal times out while its batch is slow; the late answer is dropped', async () => {
      useFakeClock(); // deadline and latency both run on the test's clock, never on a busy machine's
      fake.setLatency('execute', 300);
      try {
        const api = clientFor(fake, { batch: true, retry: false, timeoutMs: 50 });
        const sent = recordRequests(fake);
        const calls = [api.users.get({ user_ids: [1] }), api.users.get({ user_ids: [2] })];
        // The batch leaves (its window is a timer) and reaches the fake with the clock at most 1 ms on.
        await vi.advanceTimersByTimeAsync(1); // the batch window (0 ms) ends
        await until(() => sent().length === 1, 'the batch to reach the fake'); // the clock stands still meanwhile
        // The batch is answered 300 ms after it arrived: a timeout can only come from the 50 ms deadline.
        const settled = settledCount(calls);
        await advanceUntil(() => settled() === 2, 'both calls to settle');
        const outcomes = await Promise.allSettled(calls);
        for (const outcome of outcomes) {
          expect(outcome).toMatchObject({
            status: 'rejected',
            reason: { name: 'TransportError', kind: 'timeout', message: 'users.get: no answer within 50 ms' },
          });
        }
        expect(sent().map((r) => r.method)).toEqual(['execute']);
        // The batch's answer arrives after the callers gave up; nothing else happens.
        const callsBefore = fake.calls.length;
        await advanceUntil(() => fake.calls.length > callsBefore, 'the fake to answer the batch');
      } finally {
        fake.setLatency('execute', 0);
      }
    });

    it('calls in one batch with different timeouts each time out on their own', async () => {
      // On the test's clock the deadlines pass one by one (a busy machine's late timer would find
      // both passed at once) and the batch is answered 150 ms after it arrived, after both.
      useFakeClock();
      fake.setLatency('execute', 150);
      try {
        const api = clientFor(fake, { batch: true, retry: false });
        const sent = recordRequests(fake);
        const calls = [
          api.users.get({ user_ids: [1] }),
          api.users.get({ user_ids: [2] }, { timeoutMs: 60 }),
          api.users.get({ user_ids: [3] }, { timeoutMs: 30 }),
          api.users.get({ user_ids: [4] }, { timeoutMs: 1000 }),
        ];
        const order: number[] = [];
        const tracked = calls.map((call, i) => call.finally(() => order.push(i)));
        await vi.advanceTimersByTimeAsync(1); // the batch window (0 ms) ends
        await until(() => sent().length === 1, 'the batch to reach the fake'); // the clock stands still meanwhile
        const settled = settledCount(tracked);
        await advanceUntil(() => settled() === 4, 'every call to settle');
        const outcomes = await Promise.allSettled(tracked);
        expect(sent().map((r) => r.method)).toEqual(['execute']);
        expect(outcomes[0]).toMatchObject({ status: 'fulfilled', value: [{ id: 1 }] });
        expect(outcomes[1]).toMatchObject({ status: 'rejected', reason: { kind: 'timeout', message: 'users.get: no answer within 60 ms' } });
        expect(outcomes[2]).toMatchObject({ status: 'rejected', reason: { kind: 'timeout', message: 'users.get: no answer within 30 ms' } });
        expect(outcomes[3]).toMatchObject({ status: 'fulfilled', value: [{ id: 4 }] });
        // Each deadline on its own, in deadline order, before the batch's answer settles the rest.
        expect(order.slice(0, 2)).toEqual([2, 1]);
      } finally {
        fake.setLatency('execute', 0);
      }
    });

    it('a call whose deadline passes while it is queued leaves the queue and is never sent', async () => {
      useFakeClock();
      const api = clientFor(fake, { batch: { windowMs: 100 }, retry: false });
      const sent = recordRequests(fake);
      const expired = api.users.get({ user_ids: [5] }, { timeoutMs: 20 });
      const kept = api.users.get({ user_ids: [6] });
      const settled = settledCount([expired, kept]);
      await advanceUntil(() => settled() === 2, 'both calls to settle');
      await expect(expired).rejects.toMatchObject({ name: 'TransportError', kind: 'timeout' });
      await expect(kept).resolves.toMatchObject([{ id: 6 }]);
      expect(sent().map((r) => r.method)).toEqual(['users.get']);
    });

    it('a batch of one sent as the plain method still times out, and its request is cancelled', async () => {
      useFakeClock();
      fake.setLatency('users.get', 300);
      try {
        const api = clientFor(fake, { batch: true, retry: false, timeoutMs: 50 });
        const sent = recordRequests(fake);
        const call = api.users.get({ user_ids: [1] });
        const settled = settledCount([call]);
        await vi.advanceTimersByTimeAsync(1); // the batch window (0 ms) ends
        await until(() => sent().length === 1, 'the call to reach the fake'); // the clock stands still meanwhile
        // The fake answers 300 ms after it arrived: a timeout can only come from the 50 ms deadline.
        await advanceUntil(() => settled() === 1, 'the call to settle');
        await expect(call).rejects.toMatchObject({ kind: 'timeout', message: 'users.get: no answer within 50 ms' });
        // The fake's latency is on the test's clock: let it end, so the fake can close.
        const callsBefore = fake.calls.length;
        await advanceUntil(() => fake.calls.length > callsBefore, 'the fake to finish the request');
      } finally {
        fake.setLatency('users.get', 0);
      }
    });

    it('a signal passed with a batched call is still honoured while its batch is in flight, next to the deadline', async () => {
      useFakeClock();
      fake.setLatency('execute', 200);
      try {
        const api = clientFor(fake, { batch: true, retry: false, timeoutMs: 1000 });
        const sent = recordRequests(fake);
        const controller = new AbortController();
        const reason = new Error('stop');
        const calls = [api.users.get({ user_ids: [1] }, { signal: controller.signal }), api.users.get({ user_ids: [2] }, { timeoutMs: 40 })];
        const settled = settledCount(calls);
        await vi.advanceTimersByTimeAsync(1); // the batch window (0 ms) ends
        await until(() => sent().length === 1, 'the batch to reach the fake'); // the clock stands still meanwhile
        // Call 2's deadline passes; the batch is still held by the fake (200 ms after it arrived).
        await advanceUntil(() => settled() === 1, 'the 40 ms deadline', 1);
        controller.abort(reason);
        await advanceUntil(() => settled() === 2, 'the abort to settle call 1');
        const outcomes = await Promise.allSettled(calls);
        expect(outcomes[0]).toMatchObject({ status: 'rejected', reason: { kind: 'aborted', cause: reason } });
        expect(outcomes[1]).toMatchObject({ status: 'rejected', reason: { kind: 'timeout' } });
        // The fake's latency is on the test's clock: let it end, so the fake can close.
        const callsBefore = fake.calls.length;
        await advanceUntil(() => fake.calls.length > callsBefore, 'the fake to answer the batch');
      } finally {
        fake.setLatency('execute', 0);
      }
    });

    it('an already aborted signal rejects a batched call at once, unsent', async () => {
      const api = clientFor(fake, { batch: true });
      const sent = recordRequests(fake);
      await expect(api.users.get({ user_ids: [1] }, { signal: AbortSignal.abort() })).rejects.toMatchObject({ kind: 'aborted' });
      expect(sent()).toHaveLength(0);
    });
  });
});
