/** @vkts/sdk: createVk against the fake VK, and the re-exports being the packages' own bindings. */
import * as api from '@vkts/api';
import * as callback from '@vkts/callback';
import * as events from '@vkts/events';
import * as longpoll from '@vkts/longpoll';
import * as messages from '@vkts/messages';
import { createFakeVk, type FakeVk } from '@vkts/testing';
import * as upload from '@vkts/upload';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as sdk from '../src/index.js';
import { createVk, keyboard, replyTo } from '../src/index.js';

const GROUP_ID = 3;
const TOKEN = 'vk1.a.GROUP-SECRET-sdk-5e0f';
// A 1×1 PNG.
const PICTURE = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

let fake: FakeVk;
beforeEach(async () => {
  fake = await createFakeVk({ groups: [{ id: GROUP_ID, name: 'SDK test' }], tokens: [{ token: TOKEN, type: 'group', groupId: GROUP_ID }], rateLimit: false });
});
afterEach(async () => {
  await fake.close();
});

describe('createVk', () => {
  it('gives the API client and uploads through it: a photo uploaded, then sent', async () => {
    const vk = createVk({ token: TOKEN, tokenType: 'group', baseUrl: fake.url, rateLimit: false, upload: { retries: 0 } });
    try {
      const { attachment } = await vk.upload.messagePhoto({ peer_id: 100, source: { value: PICTURE, filename: 'reply.png' } });
      expect(attachment).toMatch(/^photo-3_\d+_\w+$/);
      expect(fake.uploads.find(attachment)?.flow).toBe('messagePhoto');
      await vk.api.messages.send({ ...replyTo({ peer_id: 100 }), message: 'look', attachment, keyboard: keyboard.inline().callback('Press') });
      expect(fake.sentMessages.map((message) => [message.text, message.attachments, message.keyboard?.inline])).toEqual([['look', [attachment], true]]);
      // The uploads went through vk.api: its three steps are calls of the fake's API.
      expect(fake.requests.map((request) => request.method)).toEqual(['photos.getMessagesUploadServer', 'photos.saveMessagesPhoto', 'messages.send']);
    } finally {
      await vk.close();
    }
    // Closed: a later call fails as api.close() makes it.
    const vkClosed = createVk({ token: TOKEN, tokenType: 'group', baseUrl: fake.url });
    await vkClosed.close();
    await expect(vkClosed.api.groups.getById({})).rejects.toBeInstanceOf(api.TransportError);
  });

  it("refuses what createApi and createUpload refuse, with their errors", () => {
    // @ts-expect-error options are required
    expect(() => createVk(undefined)).toThrow('createVk: `options` must be an object with at least `token` and `tokenType`');
    // @ts-expect-error a token is required
    expect(() => createVk({ tokenType: 'group' })).toThrow(/token/);
    expect(() => createVk({ token: TOKEN, tokenType: 'group', upload: { retries: -1 } })).toThrow(RangeError);
  });
});

describe('re-exports', () => {
  it("are each package's own bindings, so classes and instanceof agree across imports", () => {
    for (const pkg of [api, callback, events, longpoll, messages, upload]) {
      for (const [name, value] of Object.entries(pkg)) expect(Reflect.get(sdk, name), name).toBe(value);
    }
    expect(sdk.VktsError).toBe(api.VktsError);
    expect(sdk.createLongPollBot).toBe(longpoll.createLongPollBot);
    const own = Object.keys(sdk).filter((name) => ![api, callback, events, longpoll, messages, upload].some((pkg) => name in pkg));
    expect(own).toEqual(['createVk']);
  });
});
