/**
 * Memory: a handled batch is garbage once handled. The loop must not keep it alive while the next
 * check is held (up to `wait` seconds on a quiet community): a suspended async function keeps every
 * register of its frame, so a batch held in the loop's own locals stayed reachable until the next
 * answer came — and every scavenge in between copied and promoted it.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createRouter } from '@vkts/events';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createBotsLongPoll } from '../src/index.js';
import { GROUP_ID, createWorld, messageNew, range, until, type World } from './helpers.js';

// A full collection on demand (the flag, then a fresh context to get the function it exposes).
setFlagsFromString('--expose-gc');
const collect: unknown = runInNewContext('gc');

let world: World;
beforeEach(async () => {
  world = await createWorld();
});
afterEach(async () => {
  await world.close();
});

async function collectGarbage(): Promise<void> {
  if (typeof collect !== 'function') throw new Error('gc() is not available');
  // Across macrotasks: a WeakRef keeps its target for the rest of the job that made or read it.
  for (let i = 0; i < 3; i += 1) {
    await new Promise((resolve) => setImmediate(resolve));
    collect();
  }
}

it('keeps no handled event alive while the next check is held', { timeout: 20_000 }, async () => {
  const lp = world.fake.longPoll.group(GROUP_ID);
  const seen: WeakRef<object>[] = [];
  const router = createRouter();
  router.onAny((event) => void seen.push(new WeakRef(event)));
  const longPoll = createBotsLongPoll({ api: world.api, router, wait: 25 });
  const running = longPoll.start();
  await until(() => lp.inFlight === 1, 'the first check');
  lp.push(...range(1, 51).map(messageNew));
  // Handled, and the next check is held by the fake (no answer until stop()).
  await until(() => seen.length === 50 && lp.inFlight === 1, 'the batch handled and the next check held');
  await collectGarbage();
  const alive = seen.filter((ref) => ref.deref() !== undefined).length;
  await longPoll.stop();
  await running;
  expect(alive).toBe(0);
});
