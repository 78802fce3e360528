// Publisher and worker against a real redis-server: the typed round trip, idempotence, routes,
// retries of failed handlers and the dead-letter stream.
import { createRouter, type EventContext } from '@vkts/events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRelay, createWorker, RelayDeadLetterError, type Worker } from '../src/index.js';
import { closeAll, connectClient } from './support/clients.js';
import { callbackContext, eventId, groupJoin, longPollContext, messageNew, until } from './support/events.js';
import { removeDir, startRedis, type RedisServer } from './support/redis-server.js';

let redis: RedisServer;
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  await closeAll();
  await redis.stop();
  removeDir(redis.dir);
});

let streams = 0;
const freshStream = (): string => `test:relay:${++streams}`;

describe('createRelay + createWorker', () => {
  it('hands the event to the worker router with its narrowed type and a relay context', async () => {
    const stream = freshStream();
    const relay = createRelay({ redis: await connectClient(redis.url), stream });
    const router = createRouter();
    const seen: { text: string; context: EventContext }[] = [];
    router.on('message_new', (event, context) => {
      seen.push({ text: event.object.message.text, context });
    });
    const errors: unknown[] = [];
    const worker = createWorker({ redis: await connectClient(redis.url), stream, group: 'g', consumer: 'w1', router, blockMs: 50, onError: (e) => errors.push(e) });

    const event = messageNew('hi there');
    const receipt = await relay.publish(event, callbackContext(event, 2));
    expect(receipt).toMatchObject({ stream, duplicate: false });
    await until(() => worker.stats().acked === 1, 'the ack');
    await worker.stop();

    expect(seen).toHaveLength(1);
    expect(seen[0]?.text).toBe('hi there');
    const context = seen[0]?.context;
    expect(context?.transport).toBe('relay');
    if (context?.transport !== 'relay') throw new Error('unreachable');
    expect(context.relay).toEqual({ origin: 'callback', deliveryCount: 1, stream, entryId: receipt.entryId, enrichment: undefined });
    expect(context.eventId).toBe(event.event_id);
    expect(context.groupId).toBe(77);
    expect(errors).toEqual([]);
  });

  it('appends an event_id once, however often it is published', async () => {
    const stream = freshStream();
    const client = await connectClient(redis.url);
    const relay = createRelay({ redis: client, stream });
    const event = groupJoin();
    const receipts = await Promise.all([relay.publish(event, longPollContext(event)), relay.publish(event, callbackContext(event, 1))]);
    const again = await relay.publish(event, callbackContext(event, 2));
    expect(new Set([...receipts, again].map((r) => r.entryId)).size).toBe(1);
    expect([...receipts, again].filter((r) => !r.duplicate)).toHaveLength(1);
    expect(await client.sendCommand(['XLEN', stream])).toBe(1);
  });

  it('routes by type and by predicate, first match first, the rest to the default stream', async () => {
    const client = await connectClient(redis.url);
    const relay = createRelay({
      redis: client,
      stream: 'test:routes:default',
      routes: [
        { match: (_event, context) => context.transport === 'callback', stream: 'test:routes:callback' },
        { types: ['message_new'], stream: 'test:routes:messages' },
      ],
    });
    const message = messageNew();
    const join = groupJoin();
    const fromCallback = groupJoin();
    const streamsUsed = [
      (await relay.publish(message, longPollContext(message))).stream,
      (await relay.publish(join, longPollContext(join))).stream,
      (await relay.publish(fromCallback, callbackContext(fromCallback))).stream,
    ];
    expect(streamsUsed).toEqual(['test:routes:messages', 'test:routes:default', 'test:routes:callback']);
  });

  it('as a router handler: refuses events that already came through a relay', async () => {
    const relay = createRelay({ redis: await connectClient(redis.url), stream: freshStream() });
    const event = groupJoin();
    await expect(
      relay.handler(event, {
        groupId: 77,
        eventId: 'x',
        apiVersion: '5.199',
        transport: 'relay',
        relay: { origin: 'longpoll', deliveryCount: 1, stream: 'elsewhere', entryId: '1-0', enrichment: undefined },
      }),
    ).rejects.toThrow(/came from stream "elsewhere"; a relay only publishes events taken from VK/);
  });

  it('retries a failing handler after claimIdleMs and dead-letters it after maxDeliveries with the last error', async () => {
    const stream = freshStream();
    const client = await connectClient(redis.url);
    const relay = createRelay({ redis: client, stream });
    const router = createRouter();
    const attempts: number[] = [];
    router.on('group_join', (_event, context) => {
      attempts.push(context.relay?.deliveryCount ?? 0);
      throw new Error(`boom ${attempts.length}`);
    });
    const errors: unknown[] = [];
    const worker: Worker = createWorker({
      redis: await connectClient(redis.url),
      stream,
      group: 'g',
      consumer: 'w1',
      router,
      blockMs: 20,
      claimIdleMs: 30,
      claimIntervalMs: 20,
      maxDeliveries: 3,
      onError: (e) => errors.push(e),
    });
    const event = groupJoin();
    const { entryId } = await relay.publish(event, longPollContext(event));
    await until(() => worker.stats().deadLettered === 1, 'the dead letter');
    await worker.stop();

    expect(attempts).toEqual([1, 2, 3]);
    const dead = errors.filter((e) => e instanceof RelayDeadLetterError);
    expect(dead).toHaveLength(1);
    expect(dead[0]).toMatchObject({ code: 'relay.dead_letter', entryId, deliveries: 3, lastError: expect.stringContaining('boom 3') });
    const [entry] = (await client.sendCommand(['XRANGE', `${stream}:dead`, '-', '+'])) as [string, string[]][];
    const fields = new Map<string, string>();
    for (let i = 0; i + 1 < (entry?.[1].length ?? 0); i += 2) fields.set(entry?.[1][i] ?? '', entry?.[1][i + 1] ?? '');
    expect(fields.get('entry')).toBe(entryId);
    expect(fields.get('deliveries')).toBe('3');
    expect(fields.get('error')).toContain('boom 3');
    expect(JSON.parse(fields.get('data') ?? '{}')).toMatchObject({ event: { event_id: event.event_id } });
    // Nothing left pending: the dead-lettered entry was acknowledged.
    expect(await client.sendCommand(['XPENDING', stream, 'g'])).toEqual([0, null, null, null]);
    // The handler errors were reported too (three EventDispatchErrors).
    expect(errors.filter((e) => e instanceof Error && e.name === 'EventDispatchError')).toHaveLength(3);
  });

  it('dead-letters an entry it cannot decode, without running any handler', async () => {
    const stream = freshStream();
    const client = await connectClient(redis.url);
    await client.sendCommand(['XADD', stream, '*', 'data', '{"format":99}']);
    const router = createRouter();
    let ran = 0;
    router.onAny(() => void (ran += 1));
    const errors: unknown[] = [];
    const worker = createWorker({ redis: await connectClient(redis.url), stream, group: 'g', consumer: 'w', router, blockMs: 20, onError: (e) => errors.push(e) });
    await until(() => worker.stats().deadLettered === 1, 'the dead letter');
    await worker.stop();
    expect(ran).toBe(0);
    expect(errors).toHaveLength(1);
    expect(String(errors[0])).toMatch(/cannot decode the entry: the payload format is 99, this worker reads format 1/);
  });

  it('stops gracefully: in-flight handlers finish and are acknowledged', async () => {
    const stream = freshStream();
    const client = await connectClient(redis.url);
    const relay = createRelay({ redis: client, stream });
    const router = createRouter();
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    let started = 0;
    router.on('group_join', async () => {
      started += 1;
      await gate;
    });
    const worker = createWorker({ redis: await connectClient(redis.url), stream, group: 'g', consumer: 'w', router, blockMs: 20 });
    for (let i = 0; i < 5; i++) {
      const event = groupJoin(i, eventId('stop'));
      await relay.publish(event, longPollContext(event));
    }
    await until(() => started === 5, 'the handlers to start');
    const stopped = worker.stop();
    release();
    await stopped;
    expect(worker.stats().acked).toBe(5);
    expect(await client.sendCommand(['XPENDING', stream, 'g'])).toEqual([0, null, null, null]);
  });
});
