/**
 * VK's redeliveries: the same event_id again with X-Retry-Counter, up to 5 deliveries, some of
 * them while the first is still being handled. Each event is dispatched exactly once while it
 * succeeds; a failed handling is dispatched again by the next redelivery (at-least-once).
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  createCallback,
  createMemoryDedupeStore,
  DedupeStoreError,
  type Callback,
  type CallbackOptions,
  type DedupeStore,
} from '../src/index.js';
import { rawHarnesses } from './support/adapters.js';
import { CODE, SECRET, deferred, groupJoin, messageNew } from './support/events.js';
import { send, type Listening } from './support/http.js';

const servers: Listening[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function serve(options: Partial<CallbackOptions> = {}, harness = rawHarnesses[0]): Promise<{ callback: Callback; url: string; errors: unknown[] }> {
  if (harness === undefined) throw new Error('no harness');
  const errors: unknown[] = [];
  const callback = createCallback({ confirmation: CODE, secret: SECRET, onError: (error) => errors.push(error), ...options });
  const server = await harness.start(callback);
  servers.push(server);
  return { callback, url: server.url, errors };
}

describe.each(rawHarnesses)('redeliveries through $name', (harness) => {
  it('5 deliveries of one event, 3 of them concurrent with the first handling: one dispatch, all answered ok', async () => {
    // The secret is looked up for every delivery that reaches the receiver, and the rest of its
    // checks up to the dedupe run in the same tick: the lookups tell the test which deliveries are
    // in, however busy the machine.
    let lookups = 0;
    const allIn = deferred();
    const secret = (): string => {
      lookups += 1;
      if (lookups === 4) allIn.resolve();
      return SECRET;
    };
    const { callback, url } = await serve({ secret }, harness);
    const gate = deferred();
    const started = deferred();
    const dispatched: Array<number | undefined> = [];
    callback.router.on('message_new', async (_event, context) => {
      dispatched.push(context.retry);
      started.resolve();
      await gate.promise;
    });
    const event = messageNew('once');
    const first = send(url, event);
    await started.promise;
    // Redeliveries 1–3 arrive while the first is still in the handler.
    const concurrent = [1, 2, 3].map((retry) => send(url, event, { retry }));
    await allIn.promise;
    gate.resolve();
    const answers = await Promise.all([first, ...concurrent]);
    // …and a 4th after it finished.
    answers.push(await send(url, event, { retry: 4 }));
    expect(answers.map((answer) => `${answer.status} ${answer.body}`)).toEqual(Array(5).fill('200 ok'));
    expect(dispatched).toEqual([undefined]);
  });

  it('a failed first handling (500) is dispatched again by the redelivery, then never more', async () => {
    const { callback, url, errors } = await serve({}, harness);
    let calls = 0;
    callback.router.on('group_join', () => {
      calls += 1;
      if (calls === 1) throw new Error('first try fails');
    });
    const event = groupJoin();
    expect(await send(url, event)).toMatchObject({ status: 500, body: 'handler failed' });
    expect(await send(url, event, { retry: 1 })).toMatchObject({ status: 200, body: 'ok' });
    expect(await send(url, event, { retry: 2 })).toMatchObject({ status: 200, body: 'ok' });
    expect(calls).toBe(2);
    expect(errors).toHaveLength(1);
  });
});

describe('redeliveries and the time budget', () => {
  it('a redelivery during a handling past its budget waits for it; a failure then lets the next one dispatch', async () => {
    const { callback, url } = await serve({ timeoutMs: 40 });
    const gates = [deferred(), deferred()];
    let calls = 0;
    callback.router.on('group_join', async () => {
      const gate = gates[calls];
      calls += 1;
      await gate?.promise;
      if (calls === 1) throw new Error('the slow first handling fails');
    });
    const event = groupJoin();
    expect(await send(url, event)).toMatchObject({ status: 503, body: 'handlers still running' });
    // VK retries while the first handling still runs: no second dispatch, 503 again.
    expect(await send(url, event, { retry: 1 })).toMatchObject({ status: 503, body: 'handlers still running' });
    expect(calls).toBe(1);
    // The first handling fails: its claim is released…
    gates[0]?.resolve();
    await callback.drain();
    // …so the next redelivery dispatches again, and this time succeeds.
    gates[1]?.resolve();
    expect(await send(url, event, { retry: 2 })).toMatchObject({ status: 200, body: 'ok' });
    expect(await send(url, event, { retry: 3 })).toMatchObject({ status: 200, body: 'ok' });
    expect(calls).toBe(2);
  });

  it('a concurrent redelivery of a failing handling is answered 500 too, without dispatching', async () => {
    const { callback } = await serve();
    const gate = deferred();
    const started = deferred();
    let calls = 0;
    callback.router.on('group_join', async () => {
      calls += 1;
      started.resolve();
      await gate.promise;
      throw new Error('fails');
    });
    // Through handle() rather than HTTP, so that the redelivery surely arrives while the first
    // delivery is in its handler, however busy the machine.
    const body = JSON.stringify(groupJoin());
    const first = callback.handle({ method: 'POST', body });
    await started.promise;
    const second = callback.handle({ method: 'POST', body, headers: { 'x-retry-counter': '1' } });
    gate.resolve();
    expect((await Promise.all([first, second])).map((answer) => answer.status)).toEqual([500, 500]);
    expect(calls).toBe(1);
  });
});

describe('dedupe options', () => {
  it('dedupe: false dispatches every delivery', async () => {
    const { callback, url } = await serve({ dedupe: false });
    let calls = 0;
    callback.router.on('group_join', () => void calls++);
    const event = groupJoin();
    for (const retry of [undefined, 1, 2]) await send(url, event, retry === undefined ? {} : { retry });
    expect(calls).toBe(3);
  });

  it('events without event_id (API versions below 5.103) cannot be deduplicated: each delivery dispatches', async () => {
    const { callback, url } = await serve();
    let calls = 0;
    callback.router.on('group_join', () => void calls++);
    const event = groupJoin({ event_id: undefined, v: undefined });
    await send(url, event);
    await send(url, event, { retry: 1 });
    expect(calls).toBe(2);
  });

  it('the same event_id in two communities is two events', async () => {
    const { callback, url } = await serve({ secret: 'shared', confirmation: 'code' });
    const groups: number[] = [];
    callback.router.on('group_join', (_event, context) => void groups.push(context.groupId));
    await send(url, groupJoin({ group_id: 1, event_id: 'same', secret: 'shared' }));
    await send(url, groupJoin({ group_id: 2, event_id: 'same', secret: 'shared' }));
    expect(groups).toEqual([1, 2]);
  });

  it('a store shared by two instances dispatches an event once across both', async () => {
    const shared = createMemoryDedupeStore();
    const a = await serve({ dedupe: shared });
    const b = await serve({ dedupe: shared });
    const gate = deferred();
    const aStarted = deferred();
    const seen: string[] = [];
    a.callback.router.on('group_join', async () => {
      seen.push('a');
      aStarted.resolve();
      await gate.promise;
    });
    b.callback.router.on('group_join', async () => {
      seen.push('b');
      await gate.promise;
    });
    const event = groupJoin();
    const first = send(a.url, event);
    // While A handles it, B (another instance) cannot claim it: 503, VK comes back later.
    await aStarted.promise;
    expect(await send(b.url, event, { retry: 1 })).toMatchObject({ status: 503, body: 'event is being handled by another delivery' });
    gate.resolve();
    expect(await first).toMatchObject({ status: 200, body: 'ok' });
    expect(await send(b.url, event, { retry: 2 })).toMatchObject({ status: 200, body: 'ok' });
    expect(seen).toEqual(['a']);
  });

  it('a failing store answers 500 and reports; nothing is dispatched without a claim', async () => {
    const broken: DedupeStore = {
      claim: async () => {
        throw new Error('redis down');
      },
      complete: () => {},
      release: () => {},
    };
    const { callback, url, errors } = await serve({ dedupe: broken });
    let calls = 0;
    callback.router.on('group_join', () => void calls++);
    expect(await send(url, groupJoin())).toMatchObject({ status: 500, body: 'dedupe store failed' });
    expect(calls).toBe(0);
    expect(errors[0]).toBeInstanceOf(DedupeStoreError);
    expect(errors[0]).toMatchObject({ operation: 'claim' });
  });

  it('a store that fails to record completion still answers ok (the event was handled) and reports', async () => {
    const inner = createMemoryDedupeStore();
    const flaky: DedupeStore = {
      claim: (key) => inner.claim(key),
      complete: () => Promise.reject(new Error('write failed')),
      release: (key) => inner.release(key),
    };
    const { callback, url, errors } = await serve({ dedupe: flaky });
    callback.router.on('group_join', () => {});
    expect(await send(url, groupJoin())).toMatchObject({ status: 200, body: 'ok' });
    expect(errors[0]).toMatchObject({ name: 'DedupeStoreError', operation: 'complete' });
  });

  it('immediate mode: a redelivery while the first is in the background is answered ok, not dispatched', async () => {
    const { callback, url } = await serve({ ack: 'immediate' });
    const gate = deferred();
    let calls = 0;
    callback.router.on('group_join', async () => {
      calls += 1;
      await gate.promise;
      throw new Error('fails in the background');
    });
    const event = groupJoin();
    expect(await send(url, event)).toMatchObject({ status: 200, body: 'ok' });
    expect(await send(url, event, { retry: 1 })).toMatchObject({ status: 200, body: 'ok' });
    gate.resolve();
    await callback.drain();
    // At-most-once: even after the failure, a stray redelivery is not dispatched again.
    expect(await send(url, event, { retry: 2 })).toMatchObject({ status: 200, body: 'ok' });
    expect(calls).toBe(1);
  });
});
