// Faults, on real redis-servers: a worker process killed mid-batch, Redis crashing and coming
// back (AOF, fsync always) while events are published from Callback and from Long Poll, and
// Redis down when a worker starts.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createApi } from '@vkts/api';
import { createCallback } from '@vkts/callback';
import { createRouter } from '@vkts/events';
import { createBotsLongPoll } from '@vkts/longpoll';
import { createFakeVk } from '@vkts/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { createRelay, createWorker, RelayPublishError, RelayWorkerError, VktsError } from '../src/index.js';
import { closeAll, connectClient, makeClient } from './support/clients.js';
import { GROUP_ID, groupJoin, longPollContext, until, untilAsync } from './support/events.js';
import { freePort, removeDir, startRedis, type RedisServer } from './support/redis-server.js';

const servers: RedisServer[] = [];
afterAll(async () => {
  await closeAll();
  for (const server of servers) {
    await server.stop();
    removeDir(server.dir);
  }
});

async function redisServer(options: Parameters<typeof startRedis>[0] = {}): Promise<RedisServer> {
  const server = await startRedis(options);
  servers.push(server);
  return server;
}

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const CHILD = fileURLToPath(new URL('./support/worker-child.ts', import.meta.url));

function entryIds(reply: unknown): string[] {
  return (reply as [string, string[]][]).map(([, fields]) => {
    const data = fields[fields.indexOf('data') + 1] ?? '{}';
    return String((JSON.parse(data) as { event: { event_id: string } }).event.event_id);
  });
}

describe('faults', () => {
  it('a worker killed with SIGKILL mid-batch: its pending entries are reclaimed and handled by another, none lost, none twice', async () => {
    const redis = await redisServer();
    const client = await connectClient(redis.url);
    const stream = 'test:kill';
    const relay = createRelay({ redis: client, stream });
    const ids: string[] = [];
    const appends = [];
    for (let i = 0; i < 2000; i++) {
      const event = groupJoin(i + 1);
      ids.push(String(event.event_id));
      appends.push(relay.publish(event, longPollContext(event)));
    }
    await Promise.all(appends);

    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, redis.url, stream, 'g', 'doomed'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let childErr = '';
    child.stderr.on('data', (chunk: Buffer) => void (childErr += chunk.toString()));
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
    const doomedKey = `${stream}:handled:doomed`;
    const llen = async (key: string): Promise<number> => Number(await client.sendCommand(['LLEN', key]));
    await untilAsync(async () => childErr !== '' || (await llen(doomedKey)) >= 300, 'the child worker to handle 300 events');
    expect(childErr).toBe('');
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    const pendingAtKill = (await client.sendCommand(['XPENDING', stream, 'g', '-', '+', '1000', 'doomed'])) as [string][];
    expect(pendingAtKill.length).toBeGreaterThan(0);
    const pendingIds = new Set(pendingAtKill.map(([entryId]) => entryId));

    const survivorRecords: string[] = [];
    const router = createRouter();
    router.on('group_join', (_event, context) => {
      survivorRecords.push(context.eventId ?? '');
    });
    const errors: unknown[] = [];
    const survivor = createWorker({ redis: await connectClient(redis.url), stream, group: 'g', consumer: 'survivor', router, blockMs: 50, claimIdleMs: 200, claimIntervalMs: 50, onError: (e) => errors.push(e) });
    const doomedRecords = (): Promise<string[]> => client.sendCommand(['LRANGE', doomedKey, '0', '-1']) as Promise<string[]>;
    const pendingTotal = async (): Promise<number> => Number(((await client.sendCommand(['XPENDING', stream, 'g'])) as unknown[])[0]);
    await untilAsync(async () => new Set([...survivorRecords, ...(await doomedRecords())]).size === ids.length && (await pendingTotal()) === 0, 'every event handled and acknowledged');
    await survivor.stop();

    const doomed = await doomedRecords();
    expect(new Set([...survivorRecords, ...doomed])).toEqual(new Set(ids)); // none lost
    expect(new Set(survivorRecords).size).toBe(survivorRecords.length); // the survivor handled none twice
    expect(new Set(doomed).size).toBe(doomed.length);
    expect(survivor.stats().reclaimed).toBe(pendingIds.size);
    // Handled by both: only entries the killed worker had not acknowledged (handled, killed before XACK).
    const byEventId = new Map<string, string>();
    const all = (await client.sendCommand(['XRANGE', stream, '-', '+'])) as [string, string[]][];
    entryIds(all).forEach((eventId, index) => byEventId.set(eventId, all[index]?.[0] ?? ''));
    const both = doomed.filter((id) => survivorRecords.includes(id));
    for (const id of both) expect(pendingIds.has(byEventId.get(id) ?? '')).toBe(true);
    expect(await client.sendCommand(['XPENDING', stream, 'g'])).toEqual([0, null, null, null]);
    expect(errors).toEqual([]);
    console.log(
      `SIGKILL: the killed worker had handled ${doomed.length} (${pendingIds.size} pending at the kill, ${both.length} of them handled before it died); the survivor reclaimed ${survivor.stats().reclaimed} and handled ${survivorRecords.length}; none lost`,
    );
    expect(await llen(doomedKey)).toBe(doomed.length);
  });

  it('Redis crashes and restarts (AOF, fsync always) while a Callback receiver relays: failed appends answer 500, VK retries, nothing acknowledged is lost', async () => {
    const port = await freePort();
    const first = await redisServer({ aof: true, port });
    const stream = 'test:restart:callback';
    const clientErrors: unknown[] = [];
    const client = await connectClient(first.url, { failFast: true, errors: clientErrors });
    const relay = createRelay({ redis: client, stream, onError: () => {} });
    const secret = 'restart-secret';
    const reported: unknown[] = [];
    const callback = createCallback({ confirmation: 'code', secret, onError: (error) => reported.push(error) });
    callback.router.onAny(relay.handler);

    const acknowledged = new Set<string>();
    let failed = 0;
    const total = 3000;
    let crashed = false;
    const crash = (async () => {
      await until(() => acknowledged.size >= 1000, '1000 acknowledged events', 3000);
      await first.kill();
      crashed = true;
      await new Promise((resolve) => setTimeout(resolve, 300));
      await redisServer({ aof: true, port, dir: first.dir });
    })();
    let next = 0;
    const lane = async (): Promise<void> => {
      while (next < total) {
        const event = groupJoin(next + 1);
        next += 1;
        const body = JSON.stringify({ ...event, secret });
        for (let retry = 0; ; retry++) {
          const reply = await callback.handle({ method: 'POST', body, headers: retry === 0 ? {} : { 'x-retry-counter': String(retry) } });
          if (reply.status === 200 && reply.body === 'ok') {
            acknowledged.add(String(event.event_id));
            break;
          }
          failed += 1;
          // A hang guard, not a time limit: Redis restarting on a loaded machine can take seconds.
          if (retry > 3000) throw new Error(`event ${String(event.event_id)} never acknowledged`);
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
      }
    };
    await Promise.all(Array.from({ length: 20 }, lane));
    await crash;

    expect(crashed).toBe(true);
    expect(failed).toBeGreaterThan(0); // appends failed while Redis was down, and were answered 500
    expect(reported.length).toBeGreaterThan(0);
    expect(reported.every((error) => error instanceof Error && error.name === 'EventDispatchError' && String(error.message).length > 0)).toBe(true);
    const causes = reported.flatMap((error) => (error instanceof AggregateError ? error.errors : []));
    expect(causes.every((cause) => cause instanceof RelayPublishError && cause.stream === stream)).toBe(true);
    const inRedis = entryIds(await client.sendCommand(['XRANGE', stream, '-', '+']));
    expect(inRedis).toHaveLength(total); // each event once, the retried ones included
    expect(new Set(inRedis)).toEqual(acknowledged); // nothing acknowledged was lost
    console.log(`Redis crash (Callback): ${total} events acknowledged, ${failed} deliveries answered 500 while Redis was down, ${inRedis.length} entries after the restart`);
  });

  it('Redis crashes and restarts while Bots Long Poll relays: appends are retried, no ts is committed before its events are in Redis, none lost', async () => {
    const port = await freePort();
    const first = await redisServer({ aof: true, port });
    const stream = 'test:restart:longpoll';
    const client = await connectClient(first.url, { failFast: true, errors: [] });
    const relayErrors: unknown[] = [];
    const relay = createRelay({ redis: client, stream, backoff: { baseMs: 20, maxMs: 200 }, onError: (error) => relayErrors.push(error) });
    const fake = await createFakeVk({ groups: [{ id: GROUP_ID, name: 'relay' }], tokens: [{ token: 'group-token-relay-0123456789', type: 'group', groupId: GROUP_ID }], rateLimit: false });
    const api = createApi({ token: 'group-token-relay-0123456789', tokenType: 'group', baseUrl: fake.url, rateLimit: false });
    await api.groups.setLongPollSettings({ group_id: GROUP_ID, enabled: 1, group_join: 1 });
    const queue = fake.longPoll.group(GROUP_ID);
    const startTs = queue.ts;
    const pushed: string[] = [];
    const appended = new Set<string>();
    const router = createRouter();
    router.onAny(async (event, context) => {
      await relay.handler(event, context);
      appended.add(String(event.event_id));
    });
    const violations: string[] = [];
    const committed: string[] = [];
    const longPollErrors: unknown[] = [];
    const longPoll = createBotsLongPoll({
      api,
      router,
      groupId: GROUP_ID,
      wait: 1,
      startTs: String(startTs),
      onTs: relay.guardTs((ts) => {
        // Everything before `ts` must be in Redis by now.
        for (let i = 0; i < Number(ts) - startTs && i < pushed.length; i++) if (!appended.has(pushed[i] ?? '')) violations.push(`${ts}: ${pushed[i]}`);
        committed.push(ts);
      }),
      onError: (error) => longPollErrors.push(error),
    });
    const running = longPoll.start();
    const push = (count: number): void => {
      for (let i = 0; i < count; i++) {
        const [event] = queue.push({ type: 'group_join', object: { user_id: pushed.length + 1, join_type: 'join' } });
        pushed.push(String(event?.event_id));
      }
    };
    push(300);
    await until(() => appended.size >= 300, 'the first 300 events in Redis', 3000).catch((error: unknown) => {
      throw new Error(`${String(error)}: ${appended.size} appended; errors: ${longPollErrors.map(String).join('; ')} ${relayErrors.map(String).join('; ')}`);
    });
    await first.kill();
    push(300); // arrive while Redis is down
    await until(() => relayErrors.length >= 3, 'failed appends being retried', 3000);
    const committedWhileDown = committed.length;
    await redisServer({ aof: true, port, dir: first.dir });
    push(300);
    await until(() => appended.size >= 900, 'all 900 events in Redis', 3000);
    await untilAsync(async () => committed.at(-1) === String(startTs + 900), 'the last ts committed');
    await longPoll.stop();
    await running;
    await api.close();
    await fake.close();

    expect(violations).toEqual([]);
    expect(committed.length).toBeGreaterThan(committedWhileDown);
    const inRedis = entryIds(await client.sendCommand(['XRANGE', stream, '-', '+']));
    expect(inRedis).toHaveLength(900);
    expect(new Set(inRedis)).toEqual(new Set(pushed));
    expect(relayErrors.every((error) => error instanceof RelayPublishError && error.retryInMs !== undefined)).toBe(true);
    expect(longPollErrors).toEqual([]);
    console.log(`Redis crash (Long Poll): 900 events, ${relayErrors.length} append retries reported while Redis was down, ${committed.length} ts commits, none before its events were stored`);
  });

  it('Redis down when a worker and a relay start: clear errors, retries with backoff, then work once Redis is up', async () => {
    const port = await freePort();
    const url = `redis://127.0.0.1:${port}`;
    const client = makeClient(url, { failFast: true, errors: [] });
    const connecting = client.connect().then(
      () => undefined,
      (error: unknown) => error,
    );
    const publisher = makeClient(url, { failFast: true, errors: [] });
    const publisherConnecting = publisher.connect().then(
      () => undefined,
      (error: unknown) => error,
    );
    const stream = 'test:down';
    const router = createRouter();
    const handled: string[] = [];
    router.on('group_join', (_event, context) => void handled.push(context.eventId ?? ''));
    const errors: unknown[] = [];
    const worker = createWorker({ redis: client, stream, group: 'g', consumer: 'w', router, blockMs: 50, backoff: { baseMs: 20, maxMs: 100 }, onError: (e) => errors.push(e) });
    const relay = createRelay({ redis: publisher, stream });
    const event = groupJoin();
    const refused = await relay.publish(event, longPollContext(event)).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(RelayPublishError);
    expect(refused).toBeInstanceOf(VktsError);
    expect(refused).toMatchObject({ code: 'relay.append' });
    expect(String(refused)).toMatch(new RegExp(`could not append the "group_join" event ${String(event.event_id)} to the Redis stream "test:down": `));

    await until(() => errors.length >= 3, 'three failed attempts');
    const first = errors[0];
    expect(first).toBeInstanceOf(RelayWorkerError);
    expect(first).toMatchObject({ code: 'relay.worker', operation: 'create-group', stream, consumer: 'w', attempt: 1 });
    expect(String(first)).toMatch(/relay worker "w" on stream "test:down": create-group failed: .+; retry 1 in \d+ ms/);
    expect(errors.slice(0, 3).map((e) => (e instanceof RelayWorkerError ? e.attempt : 0))).toEqual([1, 2, 3]);

    await redisServer({ port });
    expect(await connecting).toBeUndefined();
    expect(await publisherConnecting).toBeUndefined();
    await relay.publish(event, longPollContext(event));
    await until(() => worker.stats().acked === 1, 'the event handled once Redis is up');
    await worker.stop();
    expect(handled).toEqual([event.event_id]);
  });
});
