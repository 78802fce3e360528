/**
 * User Long Poll end to end over the fake: messages.getLongPollServer, mode and version on the
 * wire, decoded delivery (handler and iterator), unknown codes delivered raw, the shared failure
 * rules, and failed: 4 as a fatal version error.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { LongPollVersionError, createUserLongPoll, type UserLongPollEvent } from '../src/index.js';
import { FAST, USER_ID, createWorld, range, until, type World } from './helpers.js';

let world: World;
beforeEach(async () => {
  world = await createWorld({ token: 'user' });
});
afterEach(async () => {
  await world.close();
});

const message = (id: number): unknown[] => [4, id, 1, 100, 1700000000 + id, `text ${id}`, { title: ' ... ' }, {}, 0, id];

it('delivers decoded events in order through the handler, unknown codes raw, with mode and version on the wire', async () => {
  const lp = world.fake.longPoll.user(USER_ID);
  lp.maxBatch = 2;
  lp.push(message(1), [119, 5, 6], message(2), [80, 4, 0]);
  const events: UserLongPollEvent[] = [];
  const longPoll = createUserLongPoll({ api: world.api, ...FAST, startTs: 1, handler: (event) => void events.push(event) });
  const loop = longPoll.start();
  await until(() => events.length === 4);
  await longPoll.stop();
  await loop;
  expect(events.map((e) => e.name)).toEqual(['message_new', 'raw', 'message_new', 'unread_counter']);
  const first = events[0];
  if (first?.name !== 'message_new') throw new Error('expected message_new');
  expect(first.flags.unread).toBe(true);
  expect(first.text).toBe('text 1');
  expect(events[1]).toMatchObject({ name: 'raw', code: 119, reason: 'unknown-code', raw: [119, 5, 6] });
  expect(lp.checks[0]?.params).toMatchObject({ act: 'a_check', mode: '202', version: '3', wait: '1' });
  const serverCall = world.fake.requests.find((request) => request.method === 'messages.getLongPollServer');
  expect(serverCall?.params['lp_version']).toBe('3');
});

it('iterates, keeps ts across failed: 2 and network faults, and reports a failed: 3 gap', async () => {
  const lp = world.fake.longPoll.user(USER_ID);
  lp.maxBatch = 3;
  lp.push(...range(1, 7).map(message)); // ts 1..6
  lp.failNext({ failed: 2 });
  lp.failNextHttp(503);
  lp.resetNext();
  const gaps: unknown[] = [];
  const longPoll = createUserLongPoll({ api: world.api, ...FAST, startTs: 1, onGap: (gap) => void gaps.push(gap), onError: () => undefined });
  const ids: number[] = [];
  for await (const event of longPoll) {
    if (event.name !== 'message_new') throw new Error(`unexpected ${event.name}`);
    ids.push(event.message_id);
    if (ids.length === 6) {
      // The next check (or the one already held) meets failed: 3; event 7 is lost with it.
      lp.failNext({ failed: 3 });
      lp.push(message(7));
      await until(() => gaps.length === 1);
      lp.push(message(8));
    }
    if (ids.length === 7) break;
  }
  expect(ids).toEqual([1, 2, 3, 4, 5, 6, 8]);
  expect(gaps).toEqual([{ reason: 'failed-3', fromTs: '7', toTs: '8' }]);
});

it('ends with LongPollVersionError on failed: 4, naming the versions the server takes', async () => {
  const lp = world.fake.longPoll.user(USER_ID);
  lp.failNext({ failed: 4, min_version: 0, max_version: 2 });
  const longPoll = createUserLongPoll({ api: world.api, ...FAST, handler: () => undefined });
  const error = await longPoll.start().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LongPollVersionError);
  expect(error).toMatchObject({ version: 3, minVersion: 0, maxVersion: 2 });
  expect(String(error)).toContain('accepts 0–2');
});

it('checks its options', () => {
  // @ts-expect-error only version 3 is decoded
  expect(() => createUserLongPoll({ api: world.api, version: 10 })).toThrow(/must be 3/);
  expect(() => createUserLongPoll({ api: world.api, mode: -1 })).toThrow(/mode/);
  expect(() => createUserLongPoll({ api: world.api, wait: 91 })).toThrow(/wait/);
  expect(() => createUserLongPoll({ api: world.api, concurrency: 0 })).toThrow(/concurrency/);
  expect(() => createUserLongPoll({ api: world.api, startTs: 'abc' })).toThrow(/startTs/);
});
