// The Redis dedupe store's contract, on a real redis-server, through both clients: atomic claim,
// complete, release of one's own claim only, and a dead receiver's claim freed by its lease.
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisDedupeStore, type RedisClientLike } from '../src/index.js';
import { closeAll, connectClient } from './support/clients.js';
import { untilAsync } from './support/events.js';
import { removeDir, startRedis, type RedisServer } from './support/redis-server.js';

let redis: RedisServer;
let io: Redis;
beforeAll(async () => {
  redis = await startRedis();
  io = new Redis(redis.port, '127.0.0.1', { lazyConnect: true });
  await io.connect();
});
afterAll(async () => {
  await closeAll();
  io.disconnect();
  await redis.stop();
  removeDir(redis.dir);
});

const clients: [string, () => Promise<RedisClientLike>][] = [
  ['node-redis', () => connectClient(redis.url)],
  ['ioredis', async () => io],
];

describe.each(clients)('createRedisDedupeStore (%s)', (name, client) => {
  it('claims a key once among racing receivers, and answers done after complete', async () => {
    const prefix = `test:${name}:race:`;
    const stores = [createRedisDedupeStore({ redis: await client(), prefix }), createRedisDedupeStore({ redis: await connectClient(redis.url), prefix })];
    const claims = await Promise.all(Array.from({ length: 10 }, (_, i) => stores[i % 2]?.claim('7:abc')));
    expect(claims.filter((c) => c === 'claimed')).toHaveLength(1);
    expect(claims.filter((c) => c === 'in-progress')).toHaveLength(9);
    await stores[0]?.complete('7:abc');
    expect(await stores[1]?.claim('7:abc')).toBe('done');
  });

  it('release frees only its own claim', async () => {
    const prefix = `test:${name}:release:`;
    const a = createRedisDedupeStore({ redis: await client(), prefix });
    const b = createRedisDedupeStore({ redis: await client(), prefix });
    expect(await a.claim('1:x')).toBe('claimed');
    await b.release('1:x'); // not b's claim: nothing happens
    expect(await b.claim('1:x')).toBe('in-progress');
    await a.release('1:x');
    expect(await b.claim('1:x')).toBe('claimed');
  });

  it('a receiver that died between claim and completion: its claim is freed by the lease', async () => {
    const prefix = `test:${name}:lease:`;
    const dead = createRedisDedupeStore({ redis: await client(), prefix, leaseMs: 50 });
    const alive = createRedisDedupeStore({ redis: await client(), prefix, leaseMs: 50 });
    expect(await dead.claim('1:y')).toBe('claimed');
    expect(await alive.claim('1:y')).toBe('in-progress');
    // VK's redelivery after the lease: handled by the living receiver.
    await untilAsync(async () => (await alive.claim('1:y')) === 'claimed', 'the lease to run out');
    await alive.complete('1:y');
    expect(await dead.claim('1:y')).toBe('done');
  });
});

describe('createRedisDedupeStore options', () => {
  it('refuses bad options with the option named', async () => {
    const client = await connectClient(redis.url);
    expect(() => createRedisDedupeStore({ redis: client, leaseMs: 0 })).toThrow('createRedisDedupeStore: `leaseMs` must be a positive integer, got 0');
    expect(() => createRedisDedupeStore({ redis: {} as never })).toThrow(/must be a node-redis client \(with sendCommand\) or an ioredis client \(with call\)/);
  });
});
