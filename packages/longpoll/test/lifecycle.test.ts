/**
 * stop() and the signal (mid-poll, mid-batch, during backoff), bounded handler concurrency,
 * handler errors, and resume across restarts with startTs/onTs. "Promptly" is enforced by the
 * per-test timeouts (the server would otherwise hold the check for `wait` = 90 s or the backoff
 * would sleep for minutes), never by measuring time.
 */
import { createRouter, EventDispatchError } from '@vkts/events';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LongPollFaultError, createBotsLongPoll } from '../src/index.js';
import { FAST, GROUP_ID, createWorld, messageNew, numberOf, range, until, type World } from './helpers.js';

let world: World;
beforeEach(async () => {
  world = await createWorld();
});
afterEach(async () => {
  await world.close();
});

/** A promise handlers can wait on, opened by the test. */
function gate(): { wait: Promise<void>; open: () => void } {
  let open = (): void => {};
  const wait = new Promise<void>((resolve) => (open = resolve));
  return { wait, open };
}

describe('stop', () => {
  it('mid-poll: aborts the held check at once', { timeout: 10_000 }, async () => {
    const lp = world.fake.longPoll.group(GROUP_ID);
    const longPoll = createBotsLongPoll({ api: world.api, router: createRouter(), wait: 90 });
    const running = longPoll.start();
    await until(() => lp.inFlight === 1);
    await longPoll.stop();
    await running;
    expect(longPoll.running).toBe(false);
  });

  it('mid-poll through the signal option', { timeout: 10_000 }, async () => {
    const lp = world.fake.longPoll.group(GROUP_ID);
    const controller = new AbortController();
    const longPoll = createBotsLongPoll({ api: world.api, router: createRouter(), wait: 90, signal: controller.signal });
    const running = longPoll.start();
    await until(() => lp.inFlight === 1);
    controller.abort();
    await running;
    expect(longPoll.running).toBe(false);
  });

  it('during backoff: does not sleep it out', { timeout: 10_000 }, async () => {
    const lp = world.fake.longPoll.group(GROUP_ID);
    lp.failNextHttp(502);
    const faults: LongPollFaultError[] = [];
    const longPoll = createBotsLongPoll({
      api: world.api,
      router: createRouter(),
      wait: 1,
      backoff: { baseMs: 600_000, maxMs: 600_000 },
      onError: (e) => void (e instanceof LongPollFaultError && faults.push(e)),
    });
    const running = longPoll.start();
    await until(() => faults.length === 1);
    expect(faults[0]?.retryInMs).toBeGreaterThanOrEqual(300_000);
    await longPoll.stop();
    await running;
  });

  it('mid-batch: the batch is finished (nothing half-handled), committed, then stop resolves', async () => {
    const lp = world.fake.longPoll.group(GROUP_ID);
    lp.maxBatch = 5;
    lp.push(...range(0, 8).map(messageNew));
    const release = gate();
    const started: number[] = [];
    const finished: number[] = [];
    const router = createRouter();
    router.on('message_new', async (event) => {
      started.push(numberOf(event));
      await release.wait;
      finished.push(numberOf(event));
    });
    const committed: string[] = [];
    const longPoll = createBotsLongPoll({ api: world.api, router, ...FAST, startTs: 1, concurrency: 2, onTs: (ts) => void committed.push(ts) });
    const running = longPoll.start();
    await until(() => started.length === 2);
    let stopped = false;
    const stopping = longPoll.stop().then(() => (stopped = true));
    // Two handlers hold both slots; the other three events of the batch wait for a slot.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(stopped).toBe(false);
    expect(started).toEqual([0, 1]);
    release.open();
    await stopping;
    await running;
    expect(finished.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4]);
    expect(committed).toEqual(['6']);
    // The second batch was never fetched.
    expect(lp.checks.filter((c) => c.answer === 'events')).toHaveLength(1);
  });
});

describe('handlers', () => {
  it('never run more than `concurrency` at once, and the next poll waits for a free slot', async () => {
    const lp = world.fake.longPoll.group(GROUP_ID);
    lp.maxBatch = 4;
    lp.push(...range(0, 20).map(messageNew));
    let running = 0;
    let peak = 0;
    const done: number[] = [];
    const router = createRouter();
    router.on('message_new', async (event) => {
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, 2));
      running -= 1;
      done.push(numberOf(event));
    });
    const longPoll = createBotsLongPoll({ api: world.api, router, ...FAST, startTs: 1, concurrency: 3 });
    const loop = longPoll.start();
    await until(() => done.length === 20);
    await longPoll.stop();
    await loop;
    expect(peak).toBe(3);
    expect(done.sort((a, b) => a - b)).toEqual(range(0, 20));
  });

  it('errors go to onError and the loop goes on; with concurrency 1 handlers run in order', async () => {
    const lp = world.fake.longPoll.group(GROUP_ID);
    lp.push(...range(0, 6).map(messageNew));
    const order: number[] = [];
    const router = createRouter();
    router.on('message_new', async (event) => {
      const n = numberOf(event);
      order.push(n);
      if (n % 2 === 0) throw new Error(`handler failed on ${n}`);
      await Promise.resolve();
    });
    const errors: unknown[] = [];
    const longPoll = createBotsLongPoll({ api: world.api, router, ...FAST, startTs: 1, onError: (e) => void errors.push(e) });
    const loop = longPoll.start();
    await until(() => order.length === 6 && errors.length === 3);
    await longPoll.stop();
    await loop;
    expect(order).toEqual(range(0, 6));
    expect(errors.every((e) => e instanceof EventDispatchError)).toBe(true);
    expect(errors.map((e) => (e instanceof EventDispatchError ? String(e.errors[0]) : ''))).toEqual([0, 2, 4].map((n) => `Error: handler failed on ${n}`));
  });
});

describe('resume', () => {
  it('across a restart with startTs/onTs: every event exactly once', async () => {
    const lp = world.fake.longPoll.group(GROUP_ID);
    lp.maxBatch = 3;
    const firstTs = lp.ts;
    lp.push(...range(0, 10).map(messageNew));
    let saved: string | undefined = String(firstTs);
    const seen: number[] = [];
    const makeRouter = (stopAt?: { n: number; stop: () => void }) => {
      const router = createRouter();
      router.on('message_new', async (event) => {
        const n = numberOf(event);
        seen.push(n);
        if (n === stopAt?.n) stopAt.stop();
        await Promise.resolve();
      });
      return router;
    };

    // Process 1 stops while handling event 4 (mid-batch 3…5).
    const first = createBotsLongPoll({ api: world.api, ...FAST, startTs: saved, concurrency: 2, onTs: (ts) => void (saved = ts), router: makeRouter({ n: 4, stop: () => void first.stop() }) });
    await first.start();
    expect(saved).toBe(String(firstTs + 6));
    expect(seen).toEqual(range(0, 6));

    // Process 2, a new object as after a restart, goes on from the saved ts.
    lp.push(...range(10, 12).map(messageNew));
    const second = createBotsLongPoll({ api: world.api, ...FAST, startTs: saved, onTs: (ts) => void (saved = ts), router: makeRouter() });
    const loop = second.start();
    await until(() => seen.length === 12);
    await second.stop();
    await loop;
    expect(seen).toEqual(range(0, 12));
    expect(saved).toBe(String(firstTs + 12));
  });

  it('the same object restarts from where it stopped', async () => {
    const lp = world.fake.longPoll.group(GROUP_ID);
    lp.push(messageNew(0));
    const seen: number[] = [];
    const router = createRouter();
    router.on('message_new', (event) => void seen.push(numberOf(event)));
    const longPoll = createBotsLongPoll({ api: world.api, router, ...FAST, startTs: 1 });
    let loop = longPoll.start();
    await until(() => seen.length === 1);
    await longPoll.stop();
    await loop;
    lp.push(messageNew(1));
    loop = longPoll.start();
    await until(() => seen.length === 2);
    await longPoll.stop();
    await loop;
    expect(seen).toEqual([0, 1]);
  });

  it('onTs errors are reported and do not stop the loop', async () => {
    const lp = world.fake.longPoll.group(GROUP_ID);
    lp.push(messageNew(0), messageNew(1));
    lp.maxBatch = 1;
    const errors: unknown[] = [];
    const seen: number[] = [];
    const router = createRouter();
    router.on('message_new', (event) => void seen.push(numberOf(event)));
    const longPoll = createBotsLongPoll({
      api: world.api,
      router,
      ...FAST,
      startTs: 1,
      onTs: () => {
        throw new Error('disk full');
      },
      onError: (e) => void errors.push(e),
    });
    const loop = longPoll.start();
    await until(() => seen.length === 2 && errors.length >= 2);
    await longPoll.stop();
    await loop;
    expect(String(errors[0])).toContain('the onTs hook failed: disk full');
  });
});
