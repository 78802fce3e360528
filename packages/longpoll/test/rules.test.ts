/**
 * VK's failure rules as seen on the wire (the fake records every check): which ts and key each
 * request carries after each kind of answer, the backoff's attempt counting, URL encoding of the
 * key, and finding the community with groups.getById.
 */
import { createRouter } from '@vkts/events';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { LongPollFatalError, LongPollFaultError, LongPollGapError, createBotsLongPoll } from '../src/index.js';
import { FAST, GROUP_ID, createWorld, messageNew, numberOf, range, until, type World } from './helpers.js';

let world: World;
beforeEach(async () => {
  world = await createWorld();
});
afterEach(async () => {
  await world.close();
});

function collectingRouter(seen: number[]) {
  const router = createRouter();
  router.on('message_new', (event) => void seen.push(numberOf(event)));
  return router;
}

it('failed: 2 gets a new key and keeps ts; failed: 3 takes the new ts; failed: 1 takes the returned ts', async () => {
  const lp = world.fake.longPoll.group(GROUP_ID);
  lp.maxBatch = 2;
  lp.push(...range(0, 4).map(messageNew)); // ts 1..4, next 5
  const seen: number[] = [];
  const gaps: unknown[] = [];
  lp.failNext({ failed: 2 });
  const longPoll = createBotsLongPoll({ api: world.api, router: collectingRouter(seen), ...FAST, startTs: 1, onGap: (gap) => void gaps.push(gap) });
  const running = longPoll.start();
  await until(() => seen.length === 4);
  const serverCalls = (): number => world.fake.calls.filter((call) => call.method === 'groups.getLongPollServer').length;
  expect(serverCalls()).toBe(2);
  // The check after failed: 2 asks with the same ts and a valid (new) key.
  expect(lp.checks.slice(0, 2).map((c) => [c.ts, c.answer, c.keyValid])).toEqual([
    ['1', 'failed', true],
    ['1', 'events', true],
  ]);

  lp.failNext({ failed: 1, ts: 7 }); // VK moved on: ts 5 and 6 are gone
  lp.push(...range(4, 8).map(messageNew)); // ts 5..8
  await until(() => seen.includes(7));
  expect(seen).toEqual([0, 1, 2, 3, 6, 7]);
  expect(gaps).toEqual([{ reason: 'failed-1', fromTs: '5', toTs: '7' }]);

  lp.failNext({ failed: 3 });
  lp.push(messageNew(8)); // ts 9: lost with failed: 3 (the new session starts at 10)
  await until(() => gaps.length === 2);
  expect(gaps[1]).toEqual({ reason: 'failed-3', fromTs: '9', toTs: '10' });
  lp.push(messageNew(9));
  await until(() => seen.includes(9));
  expect(seen).toEqual([0, 1, 2, 3, 6, 7, 9]);
  expect(serverCalls()).toBe(3);
  await longPoll.stop();
  await running;
});

it('keeps the key and ts across network faults, counts attempts, and resets the backoff after a success', async () => {
  const lp = world.fake.longPoll.group(GROUP_ID);
  const errors: LongPollFaultError[] = [];
  const seen: number[] = [];
  lp.failNextHttp(503);
  lp.resetNext();
  lp.failNextHttp(502);
  lp.push(messageNew(0));
  const longPoll = createBotsLongPoll({
    api: world.api,
    router: collectingRouter(seen),
    ...FAST,
    startTs: 1,
    onError: (error) => {
      if (error instanceof LongPollFaultError) errors.push(error);
      else throw error;
    },
  });
  const running = longPoll.start();
  await until(() => seen.length === 1);
  expect(errors.map((e) => [e.reason, e.status, e.attempt])).toEqual([
    ['http', 503, 1],
    ['network', undefined, 2],
    ['http', 502, 3],
  ]);
  for (const error of errors) {
    expect(error.retryInMs).toBeGreaterThan(0);
    expect(error.retryInMs).toBeLessThanOrEqual(FAST.backoff.maxMs);
  }
  lp.failNextHttp(500);
  lp.push(messageNew(1));
  await until(() => seen.length === 2);
  expect(errors.at(-1)?.attempt).toBe(1);
  // The 5xx and the reset kept the session: one getLongPollServer for the key, and after each
  // HTTP error page one more (the server may have moved), never a new ts.
  expect(new Set(lp.checks.map((c) => c.ts)).size).toBeLessThanOrEqual(3);
  expect(lp.checks.every((c) => c.keyValid)).toBe(true);
  await longPoll.stop();
  await running;
});

it('sends the key URL-encoded', async () => {
  const lp = world.fake.longPoll.group(GROUP_ID);
  lp.expireKey('k+e/y=with&odd?chars %');
  lp.push(messageNew(0));
  const seen: number[] = [];
  const longPoll = createBotsLongPoll({ api: world.api, router: collectingRouter(seen), ...FAST, startTs: 1 });
  const running = longPoll.start();
  await until(() => seen.length === 1);
  expect(lp.checks[0]?.keyValid).toBe(true);
  await longPoll.stop();
  await running;
});

it('finds the community of a community token with groups.getById when groupId is left out', async () => {
  const seen: number[] = [];
  const longPoll = createBotsLongPoll({ api: world.api, router: collectingRouter(seen), ...FAST });
  expect(longPoll.groupId).toBeUndefined();
  const running = longPoll.start();
  await until(() => longPoll.ts !== undefined);
  expect(longPoll.groupId).toBe(GROUP_ID);
  world.fake.longPoll.group(GROUP_ID).push(messageNew(0));
  await until(() => seen.length === 1);
  await longPoll.stop();
  await running;
});

it('reports failed: 3 to onError as a LongPollGapError when there is no onGap', async () => {
  const lp = world.fake.longPoll.group(GROUP_ID);
  lp.push(messageNew(0), messageNew(1));
  lp.failNext({ failed: 3 });
  const errors: unknown[] = [];
  const longPoll = createBotsLongPoll({ api: world.api, router: createRouter(), ...FAST, startTs: 1, onError: (e) => void errors.push(e) });
  const running = longPoll.start();
  await until(() => errors.length === 1);
  expect(errors[0]).toBeInstanceOf(LongPollGapError);
  expect(errors[0]).toMatchObject({ reason: 'failed-3', fromTs: '1', toTs: '3' });
  await longPoll.stop();
  await running;
});

it('stops with a fatal error when VK refuses the server (Long Poll switched off), and says why', async () => {
  await world.api.groups.setLongPollSettings({ group_id: GROUP_ID, enabled: 0 });
  const longPoll = createBotsLongPoll({ api: world.api, router: createRouter(), ...FAST });
  const error = await longPoll.start().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LongPollFatalError);
  expect(String(error)).toMatch(/Bots Long Poll is disabled/);
  expect(longPoll.running).toBe(false);
});

it('never puts the key in an error', async () => {
  const lp = world.fake.longPoll.group(GROUP_ID);
  const key = 'secret-key-that-must-not-leak';
  lp.expireKey(key);
  lp.failNextHttp(502, `proxy error for /bots-longpoll/${GROUP_ID}?act=a_check&key=${key}`);
  lp.failNextHttp(200, `not json, echoing ${encodeURIComponent(key)}`);
  // The key straddles the 120-character cut of the snippet: none of it may survive the cut.
  lp.failNextHttp(503, `${'.'.repeat(110)} key=${key} more`);
  lp.resetNext();
  lp.push(messageNew(0));
  const errors: unknown[] = [];
  const seen: number[] = [];
  const longPoll = createBotsLongPoll({ api: world.api, router: collectingRouter(seen), ...FAST, startTs: 1, onError: (e) => void errors.push(e) });
  const running = longPoll.start();
  await until(() => seen.length === 1);
  await longPoll.stop();
  await running;
  expect(errors).toHaveLength(4);
  for (const error of errors) {
    expect(error).toBeInstanceOf(LongPollFaultError);
    const text = `${String(error)} ${JSON.stringify(error)} ${error instanceof Error ? String(error.cause ?? '') : ''}`;
    expect(text).not.toContain(key.slice(0, 5));
    expect(text).not.toContain('group-token');
  }
});

it('backs off (and says so) when fresh keys are refused again and again instead of spinning', async () => {
  const lp = world.fake.longPoll.group(GROUP_ID);
  for (let i = 0; i < 4; i += 1) lp.failNext({ failed: 2 });
  lp.push(messageNew(0));
  const errors: unknown[] = [];
  const seen: number[] = [];
  const longPoll = createBotsLongPoll({ api: world.api, router: collectingRouter(seen), ...FAST, startTs: 1, onError: (e) => void errors.push(e) });
  const running = longPoll.start();
  await until(() => seen.length === 1);
  await longPoll.stop();
  await running;
  // The first refusal is ordinary key expiry; the next three are not.
  expect(errors.map((e) => (e instanceof LongPollFaultError ? e.attempt : e))).toEqual([1, 2, 3]);
  expect(String(errors[0])).toContain('failed: 2 for a key just issued (2 times in a row)');
});
