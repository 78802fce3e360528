// Exactly-once effects under load, on a real redis-server: 5,000 events through three Callback
// receivers sharing the Redis dedupe store while "VK" retries and races deliveries, and 5,000
// events through a relay to four workers. Every handler records the event_id it handled; each
// must appear exactly once. 5,000 takes every path many times over (100 failed first attempts
// redelivered, 250 racing twin deliveries, 500 duplicate publishes, 4 workers reading up to 128
// entries at a time); throughput at scale is bench:relay's job. Durations are printed (never asserted).
import { createCallback } from '@vkts/callback';
import { createRouter } from '@vkts/events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisDedupeStore, createRelay, createWorker } from '../src/index.js';
import { closeAll, connectClient } from './support/clients.js';
import { callbackContext, groupJoin, longPollContext, until } from './support/events.js';
import { removeDir, startRedis, type RedisServer } from './support/redis-server.js';

const EVENTS = 5_000;
const SECRET = 'relay-test-secret';

let redis: RedisServer;
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  await closeAll();
  await redis.stop();
  removeDir(redis.dir);
});

/** Counts of each recorded id, and the ids recorded more than once. */
function tally(recorded: readonly string[]): { distinct: number; twice: string[] } {
  const counts = new Map<string, number>();
  for (const id of recorded) counts.set(id, (counts.get(id) ?? 0) + 1);
  return { distinct: counts.size, twice: [...counts].filter(([, n]) => n > 1).map(([id]) => id) };
}

/** Runs `work(i)` for i in [0, count) with at most `window` running at once. */
async function windowed(count: number, window: number, work: (index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < count) {
      const index = next;
      next += 1;
      await work(index);
    }
  };
  await Promise.all(Array.from({ length: window }, lane));
}

describe('exactly-once effects', () => {
  it(`${EVENTS} events through 3 Callback receivers sharing the Redis dedupe store, with VK-style retries and racing deliveries`, async () => {
    const recorded: string[] = [];
    const reported: unknown[] = [];
    const failOnce = new Set<string>();
    const receivers = await Promise.all(
      [0, 1, 2].map(async () => {
        const callback = createCallback({
          confirmation: 'code',
          secret: SECRET,
          dedupe: createRedisDedupeStore({ redis: await connectClient(redis.url), prefix: 'test:dedupe:' }),
          onError: (error) => reported.push(error),
        });
        callback.router.on('group_join', (_event, context) => {
          const id = context.eventId ?? '';
          // A handler failing the first time: 500, VK redelivers, the next receiver handles it.
          if (failOnce.delete(id)) throw new Error(`first attempt of ${id} fails`);
          recorded.push(id);
        });
        return callback;
      }),
    );
    let deliveries = 0;
    const answers = new Map<string, number>();
    /** VK: deliver, and redeliver (to any receiver, with X-Retry-Counter) until the answer is `ok`. */
    const deliver = async (body: string, race: boolean): Promise<void> => {
      for (let retry = 0; retry < 20; retry++) {
        const targets = race && retry === 0 ? [0, 1] : [Math.floor(Math.random() * 3)];
        const replies = await Promise.all(
          targets.map((target) => {
            deliveries += 1;
            return receivers[target]?.handle({ method: 'POST', body, headers: retry === 0 ? {} : { 'x-retry-counter': String(retry) } });
          }),
        );
        for (const reply of replies) answers.set(String(reply?.status), (answers.get(String(reply?.status)) ?? 0) + 1);
        if (replies.some((reply) => reply?.status === 200 && reply.body === 'ok')) return;
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      throw new Error('an event was never answered ok');
    };
    const started = performance.now();
    await windowed(EVENTS, 400, async (index) => {
      const event = groupJoin(index + 1);
      const id = String(event.event_id);
      if (index % 50 === 0) failOnce.add(id);
      // Every 20th event is delivered to two receivers at the same moment.
      await deliver(JSON.stringify({ ...event, secret: SECRET }), index % 20 === 7);
    });
    await Promise.all(receivers.map((receiver) => receiver.drain()));
    const ms = performance.now() - started;
    console.log(`exactly-once: ${EVENTS} events, ${deliveries} deliveries through 3 receivers in ${Math.round(ms)} ms; answers ${JSON.stringify(Object.fromEntries(answers))}`);

    const { distinct, twice } = tally(recorded);
    expect(twice).toEqual([]);
    expect(distinct).toBe(EVENTS);
    expect(recorded).toHaveLength(EVENTS);
    // Retries happened: the failed first attempts (500) and the racing twins (503 or ok).
    expect(deliveries).toBeGreaterThan(EVENTS + EVENTS / 50);
    expect(reported.filter((error) => !(error instanceof Error && error.name === 'EventDispatchError'))).toEqual([]);
  });

  it(`${EVENTS} events through a relay to 4 workers, each published once or twice`, async () => {
    const stream = 'test:exactly-once:relay';
    const relay = createRelay({ redis: await connectClient(redis.url), stream, maxLen: 1_000_000 });
    const recorded: string[] = [];
    const errors: unknown[] = [];
    const workers = await Promise.all(
      [1, 2, 3, 4].map(async (n) => {
        const router = createRouter();
        router.on('group_join', (_event, context) => {
          recorded.push(context.eventId ?? '');
        });
        return createWorker({ redis: await connectClient(redis.url), stream, group: 'workers', consumer: `w${n}`, router, concurrency: 128, blockMs: 100, onError: (e) => errors.push(e) });
      }),
    );
    const started = performance.now();
    let duplicates = 0;
    // A Long Poll batch is dispatched in one tick: publish in batches of 100 without awaiting in between.
    for (let batch = 0; batch < EVENTS / 100; batch++) {
      const appends = [];
      for (let i = 0; i < 100; i++) {
        const event = groupJoin(batch * 100 + i + 1);
        appends.push(relay.publish(event, longPollContext(event)));
        // Every 10th event comes again (a Callback retry after a lost `ok`).
        if (i % 10 === 0) appends.push(relay.publish(event, callbackContext(event, 1)));
      }
      for (const receipt of await Promise.all(appends)) if (receipt.duplicate) duplicates += 1;
    }
    const published = performance.now();
    await until(() => recorded.length >= EVENTS, 'every event to be handled', 6000);
    await Promise.all(workers.map((worker) => worker.stop()));
    const ms = performance.now() - started;
    const acked = workers.map((worker) => worker.stats().acked);
    console.log(`exactly-once: ${EVENTS} events (+${duplicates} duplicate publishes) through a relay to 4 workers (acked ${acked.join(' + ')}) in ${Math.round(ms)} ms (publishing ${Math.round(published - started)} ms)`);

    expect(duplicates).toBe(EVENTS / 10);
    const { distinct, twice } = tally(recorded);
    expect(twice).toEqual([]);
    expect(distinct).toBe(EVENTS);
    expect(acked.reduce((a, b) => a + b, 0)).toBe(EVENTS);
    expect(acked.every((n) => n > 0)).toBe(true);
    expect(errors).toEqual([]);
  });
});
