/**
 * Validation in the loop: Bots Long Poll loads only the generated guards, and zod when a guard
 * first rejects an event (to word the issues). That event then waits for zod; the batch must keep
 * its order and lose nothing, with a handler and with `for await`, in `lenient` and `strict`.
 */
import { createRouter, EventValidationError, isKnownEvent, type AnyEvent } from '@vkts/events';
import type { FakeBotsEventInput } from '@vkts/testing';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createBotsLongPoll } from '../src/index.js';
import { FAST, GROUP_ID, createWorld, messageNew, numberOf, until, type World } from './helpers.js';

let world: World;
beforeEach(async () => {
  world = await createWorld();
});
afterEach(async () => {
  await world.close();
});

/** messageNew(n) with a string where the schema wants a number: the guard rejects it. */
function invalid(n: number): FakeBotsEventInput {
  const event = messageNew(n);
  const object = event['object'];
  if (typeof object !== 'object' || object === null || !('message' in object) || typeof object.message !== 'object') throw new Error('messageNew changed');
  return { ...event, object: { ...object, message: { ...object.message, date: 'yesterday' } } };
}

const batch = (): FakeBotsEventInput[] => [messageNew(0), invalid(1), messageNew(2), invalid(3), messageNew(4)];

function n(event: AnyEvent): number {
  if (!isKnownEvent(event) || event.type !== 'message_new') throw new Error(`unexpected ${event.type}`);
  return numberOf(event);
}

it('lenient: delivers every event of a batch in order, an invalid one after its issues are reported', async () => {
  const lp = world.fake.longPoll.group(GROUP_ID);
  lp.push(...batch());
  const seen: number[] = [];
  const log: string[] = [];
  const router = createRouter();
  router.on('message_new', (event) => {
    seen.push(n(event));
    log.push(`event ${n(event)}`);
  });
  const issues: EventValidationError[] = [];
  const longPoll = createBotsLongPoll({
    api: world.api,
    router,
    ...FAST,
    startTs: 1,
    onIssue: (error) => {
      issues.push(error);
      const input = error.input;
      if (typeof input !== 'object' || input === null) throw new Error('no input on the issue');
      log.push(`issue ${numberOf(input)}`);
    },
  });
  const loop = longPoll.start();
  await until(() => seen.length === 5);
  await longPoll.stop();
  await loop;
  expect(seen).toEqual([0, 1, 2, 3, 4]);
  expect(log).toEqual(['event 0', 'issue 1', 'event 1', 'event 2', 'issue 3', 'event 3', 'event 4']);
  expect(issues.map((issue) => issue.paths)).toEqual([['object.message.date'], ['object.message.date']]);
  expect(longPoll.committedTs).toBe('6');
});

it('strict: reports the invalid events to onError, delivers the others in order', async () => {
  const lp = world.fake.longPoll.group(GROUP_ID);
  lp.push(...batch());
  const seen: number[] = [];
  const router = createRouter();
  router.on('message_new', (event) => void seen.push(n(event)));
  const errors: unknown[] = [];
  const longPoll = createBotsLongPoll({ api: world.api, router, ...FAST, validate: 'strict', startTs: 1, onError: (error) => void errors.push(error) });
  const loop = longPoll.start();
  await until(() => seen.length + errors.length === 5);
  await longPoll.stop();
  await loop;
  expect(seen).toEqual([0, 2, 4]);
  expect(errors).toHaveLength(2);
  expect(errors.every((error) => error instanceof EventValidationError && error.paths.join() === 'object.message.date')).toBe(true);
});

it('for await: yields every event of a batch in order while zod loads for the first invalid one', async () => {
  const lp = world.fake.longPoll.group(GROUP_ID);
  lp.push(...batch());
  const issues: EventValidationError[] = [];
  const longPoll = createBotsLongPoll({ api: world.api, ...FAST, startTs: 1, onIssue: (error) => void issues.push(error) });
  const seen: number[] = [];
  for await (const event of longPoll) {
    seen.push(n(event));
    if (seen.length === 5) break;
  }
  expect(seen).toEqual([0, 1, 2, 3, 4]);
  expect(issues).toHaveLength(2);
});
