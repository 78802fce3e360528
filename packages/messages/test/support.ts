/**
 * A fake VK on loopback with one community, and a real client pointed at it. Waits end on an
 * observable condition (bounded by vitest's timeout), never on time.
 */
import { createApi, type Api } from '@vkts/api';
import { createFakeVk, type FakeVk } from '@vkts/testing';

export const GROUP_ID = 3;
export const TOKEN = 'group-token-messages-0123456789';
export const USER_ID = 100;

export interface World {
  readonly fake: FakeVk;
  readonly api: Api;
  close(): Promise<void>;
}

export async function createWorld(): Promise<World> {
  const fake = await createFakeVk({ groups: [{ id: GROUP_ID, name: 'Messages test' }], tokens: [{ token: TOKEN, type: 'group', groupId: GROUP_ID }], rateLimit: false });
  const api = createApi({ token: TOKEN, tokenType: 'group', baseUrl: fake.url, rateLimit: false, retry: { baseDelayMs: 5, maxDelayMs: 20 } });
  return {
    fake,
    api,
    async close() {
      await api.close();
      await fake.close();
    },
  };
}

export async function until(condition: () => boolean, what: string): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > 30_000) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** A message_new a user sends (a button's payload included when given). */
export function messageNew(text: string, payload?: string): { type: 'message_new'; object: Record<string, unknown> } {
  return {
    type: 'message_new',
    object: {
      message: { date: 1700000000, from_id: USER_ID, id: 7, out: 0, peer_id: USER_ID, text, conversation_message_id: 5, fwd_messages: [], important: false, random_id: 0, attachments: [], is_hidden: false, ...(payload === undefined ? {} : { payload }) },
      client_info: { button_actions: ['text', 'callback'], keyboard: true, inline_keyboard: true, carousel: true, lang_id: 0 },
    },
  };
}

/** A message_event: the user pressed a callback button carrying `payload`. */
export function messageEvent(payload: Record<string, unknown>): { type: 'message_event'; object: Record<string, unknown> } {
  return { type: 'message_event', object: { user_id: USER_ID, peer_id: USER_ID, event_id: 'a1b2c3d4e5f6', payload, conversation_message_id: 6 } };
}

/** A form POST to the fake's API, as another client (vk-io) would send it. */
export async function rawCall(fake: FakeVk, method: string, params: Record<string, string>): Promise<unknown> {
  const response = await fetch(`${fake.url}/method/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ ...params, access_token: TOKEN, v: '5.199' }).toString(),
  });
  return response.json();
}
