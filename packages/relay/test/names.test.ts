// The name resolver as the relay's enrichment hook, against the fake VK and a real redis-server:
// names reach the worker's handler, look-ups of one tick are batched, answers are cached.
import { createApi, type Api } from '@vkts/api';
import { createRouter, type AnyEvent } from '@vkts/events';
import { createFakeVk, type FakeVk } from '@vkts/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNameResolver, createRelay, createWorker, messageNamesOf, type MessageNames } from '../src/index.js';
import { closeAll, connectClient } from './support/clients.js';
import { eventId, GROUP_ID, longPollContext, until } from './support/events.js';
import { removeDir, startRedis, type RedisServer } from './support/redis-server.js';

const TOKEN = 'names-community-token-0123456789';
const ACL = {
  can_change_info: false,
  can_change_invite_link: false,
  can_change_pin: false,
  can_invite: false,
  can_promote_users: false,
  can_see_invite_link: false,
  can_moderate: false,
  can_copy_chat: false,
  can_call: false,
  can_use_mass_mentions: false,
};
let redis: RedisServer;
let fake: FakeVk;
let api: Api;
beforeAll(async () => {
  redis = await startRedis();
  fake = await createFakeVk({ groups: [{ id: GROUP_ID, name: 'Names' }], tokens: [{ token: TOKEN, type: 'group', groupId: GROUP_ID }], rateLimit: false });
  api = createApi({ token: TOKEN, tokenType: 'group', baseUrl: fake.url, rateLimit: false });
  fake.handle('users.get', (params) => (params.user_ids ?? []).map((id) => ({ id: Number(id), first_name: `First${String(id)}`, last_name: 'Last' })));
  fake.handle('messages.getConversationsById', (params) => ({
    count: params.peer_ids.length,
    items: params.peer_ids.map((id) => ({
      peer: { id, type: 'chat' as const, local_id: id - 2_000_000_000 },
      last_message_id: 1,
      last_conversation_message_id: 1,
      in_read: 1,
      out_read: 1,
      version: 1,
      chat_settings: { title: `Chat ${id - 2_000_000_000}`, owner_id: 1, state: 'in' as const, active_ids: [], acl: ACL },
    })),
  }));
});
afterAll(async () => {
  await api.close();
  await fake.close();
  await closeAll();
  await redis.stop();
  removeDir(redis.dir);
});

function message(from: number, peer: number): AnyEvent {
  return {
    type: 'message_new',
    group_id: GROUP_ID,
    event_id: eventId('names'),
    v: '5.199',
    object: { message: { date: 1_700_000_000, from_id: from, id: 1, out: 0, peer_id: peer, text: `from ${from}`, conversation_message_id: 1 } },
  };
}

const callsOf = (method: string): number => fake.calls.filter((call) => call.method === method).length;

describe('createNameResolver', () => {
  it('adds sender and chat names that the worker handler reads, with one call per method per tick and a cache', async () => {
    const stream = 'test:names';
    const resolver = createNameResolver({ api });
    const relay = createRelay({ redis: await connectClient(redis.url), stream, enrich: resolver.enrich });
    const router = createRouter();
    const seen: (MessageNames | undefined)[] = [];
    router.on('message_new', (_event, context) => void seen.push(messageNamesOf(context)));
    const worker = createWorker({ redis: await connectClient(redis.url), stream, group: 'g', consumer: 'w', router, blockMs: 50 });

    // One Long Poll batch: 30 messages from 3 users in 2 chats.
    const batch = Array.from({ length: 30 }, (_, i) => message(10 + (i % 3), 2_000_000_001 + (i % 2)));
    await Promise.all(batch.map((event) => relay.publish(event, longPollContext(event))));
    expect(callsOf('users.get')).toBe(1);
    expect(callsOf('messages.getConversationsById')).toBe(1);
    // A later batch from the same people: all from the cache.
    const again = Array.from({ length: 10 }, (_, i) => message(10 + (i % 3), 2_000_000_001));
    await Promise.all(again.map((event) => relay.publish(event, longPollContext(event))));
    expect(callsOf('users.get')).toBe(1);
    expect(callsOf('messages.getConversationsById')).toBe(1);

    await until(() => seen.length === 40, 'the 40 events in the worker');
    await worker.stop();
    expect(seen[0]).toEqual({ user_id: 10, user_name: 'First10 Last', peer_id: 2_000_000_001, peer_name: 'Chat 1', chat_id: 1 });
    expect(seen.every((names) => names !== undefined && names.user_name === `First${names.user_id} Last` && names.peer_name === `Chat ${names.chat_id}`)).toBe(true);
  });

  it('a failed look-up leaves the names out and is not cached', async () => {
    const resolver = createNameResolver({ api });
    fake.failNext('users.get', 15);
    const event = message(77, 77);
    expect(await resolver.enrich(event, longPollContext(event))).toEqual({ user_id: 77, user_name: undefined, peer_id: 77, peer_name: undefined, chat_id: undefined });
    expect(await resolver.nameOf(77)).toBe('First77 Last');
  });
});
