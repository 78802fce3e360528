/** createLongPollBot: Bots Long Poll owning its router, with chainable handlers, on the fake VK. */
import { createRouter } from '@vkts/events';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLongPollBot, LongPollHookError } from '../src/index.js';
import { FAST, GROUP_ID, createWorld, messageNew, numberOf, until, type World } from './helpers.js';

let world: World;
beforeEach(async () => {
  world = await createWorld({ enable: false });
});
afterEach(async () => {
  await world.close();
});

function groupJoin(userId: number) {
  return { type: 'group_join', object: { user_id: userId, join_type: 'join' } } as const;
}

describe('createLongPollBot', () => {
  it('chains handlers, switches on exactly their events, and dispatches to them', async () => {
    const messages: number[] = [];
    const joins: number[] = [];
    const any: string[] = [];
    const bot = createLongPollBot({ api: world.api, ...FAST });
    const returned = bot
      .on('message_new', (event) => void messages.push(numberOf(event)))
      .on(['group_join', 'group_leave'], (event) => void (event.type === 'group_join' && joins.push(event.object.user_id)))
      .onAny((event) => void any.push(event.type));
    expect(returned).toBe(bot);
    expect(bot.router.handledTypes()).toEqual(['group_join', 'group_leave', 'message_new']); // callbackEventTypes order

    const result = await bot.setup();
    expect(result.enabled).toEqual(['group_join', 'group_leave', 'message_new']);
    expect(bot.groupId).toBe(GROUP_ID);

    const running = bot.start();
    await until(() => bot.ts !== undefined, 'the first server');
    expect(bot.running).toBe(true);
    const lp = world.fake.longPoll.group(GROUP_ID);
    lp.push(messageNew(1));
    lp.push(groupJoin(5));
    await until(() => any.length === 2, 'both events');
    expect(messages).toEqual([1]);
    expect(joins).toEqual([5]);
    expect(any).toEqual(['message_new', 'group_join']);
    await until(() => bot.committedTs !== undefined, 'the batch committed');
    await bot.stop();
    await running;
    expect(bot.running).toBe(false);
  });

  it("routes a handler's error to a chained onError, and without one to the onError option", async () => {
    const reported: unknown[] = [];
    const caught: Array<{ error: unknown; type: string }> = [];
    const bot = createLongPollBot({ api: world.api, groupId: GROUP_ID, ...FAST, onError: (error) => void reported.push(error) });
    bot
      .on('message_new', (event) => {
        throw new Error(`handler failed on #${numberOf(event)}`);
      })
      .onError((error, event) => void caught.push({ error, type: event.type }));
    await bot.setup();
    const running = bot.start();
    await until(() => bot.ts !== undefined, 'the first server');
    world.fake.longPoll.group(GROUP_ID).push(messageNew(3));
    await until(() => caught.length === 1, 'the error');
    expect(caught[0]?.type).toBe('message_new');
    expect(String(caught[0]?.error)).toContain('handler failed on #3');
    expect(reported).toEqual([]);
    await bot.stop();
    await running;

    // A second bot without onError: the failure reaches the option, the loop goes on.
    const second = createLongPollBot({ api: world.api, groupId: GROUP_ID, ...FAST, onError: (error) => void reported.push(error) });
    const seen: number[] = [];
    second.on('message_new', (event) => {
      seen.push(numberOf(event));
      if (numberOf(event) === 4) throw new Error('handler failed on #4');
    });
    const again = second.start();
    await until(() => second.ts !== undefined, 'the first server');
    const lp = world.fake.longPoll.group(GROUP_ID);
    lp.push(messageNew(4));
    lp.push(messageNew(5));
    await until(() => seen.length === 2 && reported.length === 1, 'both events and the report');
    expect(String(reported[0])).toContain('handler failed on #4');
    expect(reported[0]).not.toBeInstanceOf(LongPollHookError);
    await second.stop();
    await again;
  });

  it('uses a router it is given, and onUnknown sees types vkts does not know', async () => {
    const router = createRouter();
    const unknown: string[] = [];
    const bot = createLongPollBot({ api: world.api, groupId: GROUP_ID, router, validate: 'off', ...FAST }).onUnknown((event) => void unknown.push(event.type));
    expect(bot.router).toBe(router);
    await bot.setup({ events: 'all' });
    const running = bot.start();
    await until(() => bot.ts !== undefined, 'the first server');
    world.fake.longPoll.group(GROUP_ID).push({ type: 'brand_new_event', object: {} });
    await until(() => unknown.length === 1, 'the unknown event');
    expect(unknown).toEqual(['brand_new_event']);
    await bot.stop();
    await running;
  });

  it('can still be iterated with for await, and checks its options like createBotsLongPoll', async () => {
    const bot = createLongPollBot({ api: world.api, groupId: GROUP_ID, ...FAST });
    await bot.setup({ events: ['message_new'] });
    const lp = world.fake.longPoll.group(GROUP_ID);
    const iterator = bot[Symbol.asyncIterator]();
    const first = iterator.next();
    await until(() => lp.inFlight === 1, 'the first poll');
    lp.push(messageNew(9));
    const { value } = await first;
    expect(value === undefined ? undefined : numberOf(value)).toBe(9);
    await iterator.return?.();
    expect(bot.running).toBe(false);
    expect(() => createLongPollBot({ api: world.api, groupId: 0 })).toThrow(/groupId/);
    // @ts-expect-error options are required
    expect(() => createLongPollBot()).toThrow('createLongPollBot: `options` must be an object with at least `api`');
    // @ts-expect-error not a router
    expect(() => createLongPollBot({ api: world.api, router: {} })).toThrow('createBotsLongPoll: `router` must come from createRouter() (@vkts/events)');
    // @ts-expect-error not an event type
    expect(() => bot.on('mesage_new', () => undefined)).toThrow(/mesage_new/);
  });
});
