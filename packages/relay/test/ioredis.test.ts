// The same publisher and worker through ioredis (node-redis is the tested default): replies of
// XREADGROUP, XAUTOCLAIM and XPENDING in ioredis' shapes, and the dead-letter script.
import { createRouter } from '@vkts/events';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRelay, createWorker, RelayDeadLetterError } from '../src/index.js';
import { callbackContext, groupJoin, longPollContext, until } from './support/events.js';
import { removeDir, startRedis, type RedisServer } from './support/redis-server.js';

let redis: RedisServer;
const clients: Redis[] = [];
const connect = async (): Promise<Redis> => {
  const client = new Redis(redis.port, '127.0.0.1', { lazyConnect: true, enableAutoPipelining: true });
  await client.connect();
  clients.push(client);
  return client;
};
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  for (const client of clients) client.disconnect();
  await redis.stop();
  removeDir(redis.dir);
});

describe('with ioredis', () => {
  it('relays, retries a failure through XAUTOCLAIM, and dead-letters after maxDeliveries', async () => {
    const stream = 'test:ioredis';
    const relay = createRelay({ redis: await connect(), stream });
    const router = createRouter();
    const handled: string[] = [];
    const deliveries: number[] = [];
    router.on('group_join', (event, context) => {
      if (event.object.user_id === 13) {
        deliveries.push(context.relay?.deliveryCount ?? 0);
        throw new Error('unlucky');
      }
      handled.push(context.eventId ?? '');
    });
    const errors: unknown[] = [];
    const worker = createWorker({ redis: await connect(), stream, group: 'g', consumer: 'io', router, blockMs: 20, claimIdleMs: 30, claimIntervalMs: 20, maxDeliveries: 2, onError: (e) => errors.push(e) });
    const events = Array.from({ length: 20 }, (_, i) => groupJoin(i + 1));
    const receipts = await Promise.all(events.map((event, i) => relay.publish(event, i % 2 === 0 ? longPollContext(event) : callbackContext(event))));
    expect(receipts.every((receipt) => !receipt.duplicate)).toBe(true);
    expect((await relay.publish(events[0] ?? groupJoin(), longPollContext(events[0] ?? groupJoin()))).duplicate).toBe(true);
    await until(() => worker.stats().acked === 19 && worker.stats().deadLettered === 1, 'the 19 handled and the dead letter', 500).catch((error: unknown) => {
      throw new Error(`${String(error)}: ${JSON.stringify(worker.stats())} ${deliveries.join()} ${errors.map(String).join('; ')}`);
    });
    await worker.stop();
    expect(new Set(handled).size).toBe(19);
    expect(deliveries).toEqual([1, 2]);
    expect(errors.filter((e) => e instanceof RelayDeadLetterError)).toHaveLength(1);
  });
});
