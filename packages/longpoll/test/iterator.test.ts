/**
 * `for await (const event of longPoll)`: events in order, backpressure (the loop never fetches
 * more than one batch ahead of the consumer), commits when the consumer comes back for more, and
 * what breaking out mid-batch means for a resume.
 */
import { isKnownEvent, type AnyEvent } from '@vkts/events';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createBotsLongPoll } from '../src/index.js';
import { FAST, GROUP_ID, createWorld, messageNew, numberOf, range, until, type World } from './helpers.js';

let world: World;
beforeEach(async () => {
  world = await createWorld();
});
afterEach(async () => {
  await world.close();
});

function n(event: AnyEvent): number {
  if (!isKnownEvent(event) || event.type !== 'message_new') throw new Error(`unexpected ${event.type}`);
  return numberOf(event);
}

it('yields events in order and fetches no further ahead than one batch', async () => {
  const lp = world.fake.longPoll.group(GROUP_ID);
  lp.maxBatch = 3;
  lp.push(...range(0, 9).map(messageNew));
  const committed: string[] = [];
  const longPoll = createBotsLongPoll({ api: world.api, ...FAST, startTs: 1, onTs: (ts) => void committed.push(ts) });
  const iterator = longPoll[Symbol.asyncIterator]();
  const fetched = (): number => lp.checks.filter((c) => c.answer === 'events').length;
  const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 50));

  expect(n((await iterator.next()).value)).toBe(0);
  await settle();
  expect(fetched()).toBe(1); // holding event 0 of batch 1: nothing more fetched
  expect(n((await iterator.next()).value)).toBe(1);
  expect(n((await iterator.next()).value)).toBe(2); // took the last of batch 1: the next poll may start
  await until(() => fetched() === 2);
  await settle();
  expect(fetched()).toBe(2);
  expect(committed).toEqual([]); // batch 1 is handled only once we come back for more
  expect(n((await iterator.next()).value)).toBe(3);
  await until(() => committed.length === 1);
  expect(committed).toEqual(['4']);

  const rest: number[] = [];
  for await (const event of { [Symbol.asyncIterator]: () => iterator }) {
    rest.push(n(event));
    if (rest.length === 5) break;
  }
  expect(rest).toEqual(range(4, 9));
  expect(longPoll.running).toBe(false);
});

it('stop() mid-batch lets the consumer finish the batch, then ends the iteration', async () => {
  const lp = world.fake.longPoll.group(GROUP_ID);
  lp.maxBatch = 4;
  lp.push(...range(0, 8).map(messageNew));
  const committed: string[] = [];
  const longPoll = createBotsLongPoll({ api: world.api, ...FAST, startTs: 1, onTs: (ts) => void committed.push(ts) });
  const seen: number[] = [];
  let stopping: Promise<void> | undefined;
  for await (const event of longPoll) {
    seen.push(n(event));
    if (seen.length === 2) stopping = longPoll.stop();
  }
  await stopping;
  expect(seen).toEqual([0, 1, 2, 3]);
  expect(committed).toEqual(['5']);
});

it('break mid-batch commits nothing of that batch: a resume gets its remaining events again', async () => {
  const lp = world.fake.longPoll.group(GROUP_ID);
  lp.maxBatch = 3;
  lp.push(...range(0, 6).map(messageNew));
  let saved = '1';
  const first = createBotsLongPoll({ api: world.api, ...FAST, startTs: saved, onTs: (ts) => void (saved = ts) });
  const seen: number[] = [];
  for await (const event of first) {
    seen.push(n(event));
    if (seen.length === 4) break; // inside batch 3…5
  }
  expect(saved).toBe('4');
  const second = createBotsLongPoll({ api: world.api, ...FAST, startTs: saved, onTs: (ts) => void (saved = ts) });
  for await (const event of second) {
    seen.push(n(event));
    if (seen.length === 7) break; // took 3, 4, 5: batch done
  }
  // At-least-once for the abandoned batch: 3 is seen twice, nothing is lost.
  expect(seen).toEqual([0, 1, 2, 3, 3, 4, 5]);
  expect(saved).toBe('7');
});

it('a fatal error ends the iteration by throwing it', async () => {
  await world.api.groups.setLongPollSettings({ group_id: GROUP_ID, enabled: 0 });
  const longPoll = createBotsLongPoll({ api: world.api, ...FAST });
  await expect(async () => {
    for await (const event of longPoll) void event;
  }).rejects.toThrow(/disabled/);
});

it('start() without a router says to iterate instead', async () => {
  const longPoll = createBotsLongPoll({ api: world.api, ...FAST });
  await expect(longPoll.start()).rejects.toThrow(/without one, use for await/);
});

it('await stop() inside the loop body does not wait for the body itself', { timeout: 10_000 }, async () => {
  const lp = world.fake.longPoll.group(GROUP_ID);
  lp.maxBatch = 3;
  lp.push(...range(0, 6).map(messageNew));
  const longPoll = createBotsLongPoll({ api: world.api, ...FAST, startTs: 1 });
  const seen: number[] = [];
  for await (const event of longPoll) {
    seen.push(n(event));
    if (seen.length === 2) await longPoll.stop();
  }
  expect(seen).toEqual([0, 1, 2]);
  expect(longPoll.committedTs).toBe('4');
});
