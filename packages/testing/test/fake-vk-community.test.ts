import { createServer } from 'node:http';
import { apiValidators } from '@vkts/types/zod';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFakeVk, type FakeVk } from '../src/index.js';
import { GROUP_ID, GROUP_TOKEN, USER_ID, USER_TOKEN, baseOptions, ok, vkError } from './support/vk-wire.js';

let fake: FakeVk;
beforeEach(async () => {
  fake = await createFakeVk(baseOptions);
});
afterEach(async () => {
  await fake.close();
});

describe('groups.getById', () => {
  it("gives a community token its own community when no id is given", async () => {
    const response = await ok(fake, 'groups.getById', {});
    expect(apiValidators['groups.getById'].responses.response.parse(response)).toEqual({
      groups: [expect.objectContaining({ id: GROUP_ID, name: 'Test', screen_name: 'club1' })],
      profiles: [],
    });
  });

  it('finds communities by id, clubN alias and screen name', async () => {
    const response = await ok(fake, 'groups.getById', { group_ids: '1,club2,other_community' }, { token: USER_TOKEN });
    expect(response).toMatchObject({ groups: [{ id: 1 }, { id: 2 }, { id: 2 }] });
    expect(await ok(fake, 'groups.getById', { group_id: 2 }, { token: USER_TOKEN })).toMatchObject({ groups: [{ id: 2, name: 'Other' }] });
  });

  it('answers 100 for a user token without ids and for a community that does not exist', async () => {
    expect((await vkError(fake, 'groups.getById', {}, { token: USER_TOKEN })).error_msg).toContain('group_ids is undefined');
    expect((await vkError(fake, 'groups.getById', { group_ids: '999' })).error_msg).toContain('there is no community 999');
  });
});

describe('Callback servers', () => {
  it('walks the whole set-up: code, add, settings, list, edit, delete', async () => {
    const { code } = apiValidators['groups.getCallbackConfirmationCode'].responses.response.parse(
      await ok(fake, 'groups.getCallbackConfirmationCode', { group_id: GROUP_ID }),
    );
    expect(code).toMatch(/^[0-9a-f]{8}$/);
    // Stable per community.
    expect(await ok(fake, 'groups.getCallbackConfirmationCode', { group_id: GROUP_ID })).toEqual({ code });
    expect(fake.callbackConfirmationCode(GROUP_ID)).toBe(code);

    const { server_id } = apiValidators['groups.addCallbackServer'].responses.response.parse(
      await ok(fake, 'groups.addCallbackServer', { group_id: GROUP_ID, url: 'https://bot.example/cb', title: 'bot', secret_key: 's3cret' }),
    );
    expect(server_id).toBe(1);

    const initial = apiValidators['groups.getCallbackSettings'].responses.response.parse(
      await ok(fake, 'groups.getCallbackSettings', { group_id: GROUP_ID, server_id }),
    );
    expect(initial).toMatchObject({ api_version: '5.199', events: { message_new: 0, wall_post_new: 0 } });

    expect(await ok(fake, 'groups.setCallbackSettings', { group_id: GROUP_ID, server_id, api_version: '5.131', message_new: 1, wall_post_new: 1 })).toBe(1);
    expect(await ok(fake, 'groups.setCallbackSettings', { group_id: GROUP_ID, server_id, wall_post_new: 0 })).toBe(1);
    const updated = apiValidators['groups.getCallbackSettings'].responses.response.parse(
      await ok(fake, 'groups.getCallbackSettings', { group_id: GROUP_ID, server_id }),
    );
    expect(updated).toMatchObject({ api_version: '5.131', events: { message_new: 1, wall_post_new: 0, message_reply: 0 } });

    const listed = apiValidators['groups.getCallbackServers'].responses.response.parse(await ok(fake, 'groups.getCallbackServers', { group_id: GROUP_ID }));
    expect(listed).toEqual({
      count: 1,
      items: [{ id: server_id, title: 'bot', creator_id: 0, url: 'https://bot.example/cb', secret_key: 's3cret', status: 'unconfigured' }],
    });

    expect(await ok(fake, 'groups.editCallbackServer', { group_id: GROUP_ID, server_id, url: 'https://bot.example/v2', title: 'bot2' })).toBe(1);
    expect(await ok(fake, 'groups.getCallbackServers', { group_id: GROUP_ID, server_ids: String(server_id) })).toMatchObject({
      items: [{ url: 'https://bot.example/v2', title: 'bot2', secret_key: 's3cret' }],
    });

    expect(await ok(fake, 'groups.deleteCallbackServer', { group_id: GROUP_ID, server_id })).toBe(1);
    expect(await ok(fake, 'groups.getCallbackServers', { group_id: GROUP_ID })).toEqual({ count: 0, items: [] });
    expect((await vkError(fake, 'groups.deleteCallbackServer', { group_id: GROUP_ID, server_id })).error_code).toBe(104);
  });

  it('keeps servers per community and records the creating user', async () => {
    await ok(fake, 'groups.addCallbackServer', { group_id: 2, url: 'https://a.example/', title: 'a' }, { token: USER_TOKEN });
    expect(fake.callbackServers(2)).toMatchObject([{ id: 1, creator_id: USER_ID, secret_key: '' }]);
    expect(fake.callbackServers(GROUP_ID)).toEqual([]);
  });

  it('lets a community token manage only its own community', async () => {
    const error = await vkError(fake, 'groups.getCallbackServers', { group_id: 2 }, { token: GROUP_TOKEN });
    expect(error.error_code).toBe(15);
    expect((await vkError(fake, 'groups.getCallbackServers', { group_id: 77 }, { token: USER_TOKEN })).error_code).toBe(100);
  });

  it('validates the URL and the title length, and caps servers at 10 (error 2000)', async () => {
    expect((await vkError(fake, 'groups.addCallbackServer', { group_id: GROUP_ID, url: 'ftp://x', title: 't' })).error_msg).toContain('url is invalid');
    expect((await vkError(fake, 'groups.addCallbackServer', { group_id: GROUP_ID, url: 'https://x.example', title: 'a title too long' })).error_msg).toContain('title is invalid');
    for (let i = 0; i < 10; i++) await ok(fake, 'groups.addCallbackServer', { group_id: GROUP_ID, url: `https://x.example/${i}`, title: `s${i}` });
    expect((await vkError(fake, 'groups.addCallbackServer', { group_id: GROUP_ID, url: 'https://x.example/11', title: 's11' })).error_code).toBe(2000);
  });

  it('confirms a server by POSTing a confirmation event to its URL', async () => {
    const received: unknown[] = [];
    const bot = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      request.on('end', () => {
        received.push(JSON.parse(body));
        response.end(request.url === '/good' ? fake.callbackConfirmationCode(GROUP_ID) : 'nope');
      });
    });
    await new Promise<void>((resolve) => bot.listen(0, '127.0.0.1', resolve));
    const address = bot.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    try {
      const good = await ok(fake, 'groups.addCallbackServer', { group_id: GROUP_ID, url: `http://127.0.0.1:${address.port}/good`, title: 'good', secret_key: 'k' });
      const bad = await ok(fake, 'groups.addCallbackServer', { group_id: GROUP_ID, url: `http://127.0.0.1:${address.port}/bad`, title: 'bad' });
      const goodId = apiValidators['groups.addCallbackServer'].responses.response.parse(good).server_id;
      const badId = apiValidators['groups.addCallbackServer'].responses.response.parse(bad).server_id;
      expect(await fake.confirmCallbackServer(GROUP_ID, goodId)).toBe('ok');
      expect(await fake.confirmCallbackServer(GROUP_ID, badId)).toBe('failed');
      expect(received[0]).toMatchObject({ type: 'confirmation', group_id: GROUP_ID, secret: 'k', v: '5.199' });
      expect(received[1]).not.toHaveProperty('secret');
      expect(await ok(fake, 'groups.getCallbackServers', { group_id: GROUP_ID })).toMatchObject({
        items: [{ status: 'ok' }, { status: 'failed' }],
      });
    } finally {
      await new Promise((resolve) => bot.close(resolve));
    }
  });
});

describe('Bots Long Poll settings', () => {
  it('is disabled until enabled, then hands out a server on the fake', async () => {
    const settings = apiValidators['groups.getLongPollSettings'].responses.response.parse(await ok(fake, 'groups.getLongPollSettings', { group_id: GROUP_ID }));
    expect(settings).toMatchObject({ is_enabled: false, api_version: '5.199', events: { message_new: 0 } });
    expect((await vkError(fake, 'groups.getLongPollServer', { group_id: GROUP_ID })).error_code).toBe(100);

    expect(await ok(fake, 'groups.setLongPollSettings', { group_id: GROUP_ID, enabled: 1, message_new: 1, api_version: '5.199' })).toBe(1);
    expect(await ok(fake, 'groups.getLongPollSettings', { group_id: GROUP_ID })).toMatchObject({ is_enabled: true, events: { message_new: 1, message_edit: 0 } });

    const server = apiValidators['groups.getLongPollServer'].responses.response.parse(await ok(fake, 'groups.getLongPollServer', { group_id: GROUP_ID }));
    expect(server.server).toBe(`${fake.url}/bots-longpoll/${GROUP_ID}`);
    expect(server.key).toMatch(/^[0-9a-f]{40}$/);
    expect(server.ts).toBe('1');
  });
});

describe('messages.send', () => {
  it('records messages and answers increasing message ids', async () => {
    expect(await ok(fake, 'messages.send', { peer_id: 100, random_id: 1, message: 'one' })).toBe(1);
    expect(await ok(fake, 'messages.send', { user_id: 101, random_id: 2, message: 'two', keyboard: '{"buttons":[],"one_time":true}' })).toBe(2);
    expect(await ok(fake, 'messages.send', { chat_id: 3, random_id: 3, attachment: 'photo1_2' })).toBe(3);
    expect(fake.sentMessages.map(({ messageId, peerId, text, randomId }) => ({ messageId, peerId, text, randomId }))).toEqual([
      { messageId: 1, peerId: 100, text: 'one', randomId: 1 },
      { messageId: 2, peerId: 101, text: 'two', randomId: 2 },
      { messageId: 3, peerId: 2_000_000_003, text: undefined, randomId: 3 },
    ]);
    expect(fake.sentMessages[1]?.params.keyboard).toEqual({ buttons: [], one_time: true });
    expect(fake.sentMessages[0]?.sender).toEqual({ type: 'group', groupId: GROUP_ID });
  });

  it('answers the first id for the same random_id from the same sender, without a second message', async () => {
    const first = await ok(fake, 'messages.send', { peer_id: 100, random_id: 555, message: 'hi' });
    const again = await ok(fake, 'messages.send', { peer_id: 100, random_id: 555, message: 'hi' });
    expect(again).toBe(first);
    expect(fake.sentMessages).toHaveLength(1);
    // Another sender, another conversation, or random_id 0 (no check) is a new message.
    await ok(fake, 'messages.send', { peer_id: 100, random_id: 555, message: 'hi' }, { token: USER_TOKEN });
    await ok(fake, 'messages.send', { peer_id: 200, random_id: 555, message: 'hi' });
    await ok(fake, 'messages.send', { peer_id: 100, random_id: 0, message: 'hi' });
    await ok(fake, 'messages.send', { peer_id: 100, random_id: 0, message: 'hi' });
    expect(fake.sentMessages).toHaveLength(5);
  });

  it('answers one item per peer for peer_ids', async () => {
    const response = await ok(fake, 'messages.send', { peer_ids: '7,8', random_id: 9, message: 'all' });
    expect(apiValidators['messages.send'].responses.userIdsResponse.parse(response)).toEqual([
      { peer_id: 7, message_id: 1, conversation_message_id: 1 },
      { peer_id: 8, message_id: 2, conversation_message_id: 1 },
    ]);
    expect(fake.sentMessages.map((message) => message.peerId)).toEqual([7, 8]);
  });

  it('requires random_id, a recipient and some content', async () => {
    expect((await vkError(fake, 'messages.send', { peer_id: 1, message: 'x' })).error_msg).toContain('random_id is undefined');
    expect((await vkError(fake, 'messages.send', { random_id: 1, message: 'x' })).error_msg).toContain('peer_id is undefined');
    expect((await vkError(fake, 'messages.send', { peer_id: 1, random_id: 1 })).error_msg).toContain('message is empty or invalid');
    expect(fake.sentMessages).toHaveLength(0);
  });
});
