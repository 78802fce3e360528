/** longPoll.setup(): groups.setLongPollSettings with the wanted events on and every other flag off. */
import { createRouter } from '@vkts/events';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createBotsLongPoll, longPollEventFlags } from '../src/index.js';
import { FAST, GROUP_ID, createWorld, messageNew, numberOf, until, type World } from './helpers.js';

let world: World;
beforeEach(async () => {
  world = await createWorld({ enable: false });
});
afterEach(async () => {
  await world.close();
});

it("switches Long Poll on with exactly the router's events, then events flow", async () => {
  const router = createRouter();
  const seen: number[] = [];
  router.on('message_new', (event) => void seen.push(numberOf(event)));
  router.on(['wall_post_new', 'wall_schedule_post_new'], () => undefined);
  const longPoll = createBotsLongPoll({ api: world.api, router, ...FAST });
  const result = await longPoll.setup();
  expect(result.enabled).toEqual(['message_new', 'wall_post_new']);
  expect(result.unavailable).toEqual(['wall_schedule_post_new']);
  expect(result.disabled).toHaveLength(longPollEventFlags.length - 2);

  const settings = await world.api.groups.getLongPollSettings({ group_id: GROUP_ID });
  expect(settings.is_enabled).toBe(true);
  expect(settings.api_version).toBe('5.199');
  const on = Object.entries(settings.events).filter(([, value]) => value === 1).map(([name]) => name);
  expect(on.sort()).toEqual(['message_new', 'wall_post_new']);
  // Every flag went over the wire, the unwanted ones as explicit 0.
  const call = world.fake.requests.find((request) => request.method === 'groups.setLongPollSettings');
  expect(Object.keys(call?.params ?? {}).filter((name) => longPollEventFlags.some((flag) => flag === name))).toHaveLength(longPollEventFlags.length);
  expect(call?.params['message_reply']).toBe('0');

  const loop = longPoll.start();
  await until(() => longPoll.ts !== undefined);
  world.fake.longPoll.group(GROUP_ID).push(messageNew(1));
  await until(() => seen.length === 1);
  await longPoll.stop();
  await loop;
});

it("takes 'all' or a list, and refuses 'handled' without a router and unknown types", async () => {
  const longPoll = createBotsLongPoll({ api: world.api, groupId: GROUP_ID, ...FAST });
  expect((await longPoll.setup({ events: 'all' })).disabled).toEqual([]);
  expect((await longPoll.setup({ events: ['group_join', 'app_payload'] })).enabled).toEqual(['group_join']);
  await expect(longPoll.setup()).rejects.toThrow(/needs a router/);
  // @ts-expect-error not an event type
  await expect(longPoll.setup({ events: ['mesage_new'] })).rejects.toThrow(/unknown event type\(s\): mesage_new/);
});
