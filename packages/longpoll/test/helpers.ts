/**
 * Shared set-up for the Long Poll tests: a fake VK on loopback with one community whose Long Poll
 * is switched on, a real API client pointed at it, and small helpers to wait on conditions
 * (never on time: every wait ends on an observable condition, bounded by vitest's timeout).
 */
import { createApi, type Api } from '@vkts/api';
import { createFakeVk, type FakeVk } from '@vkts/testing';
import type { FakeBotsEventInput } from '@vkts/testing';

export const GROUP_ID = 7;
export const GROUP_TOKEN = 'group-token-longpoll-0123456789';
export const USER_ID = 42;
export const USER_TOKEN = 'user-token-longpoll-9876543210';

/**
 * Fast retries so fault scenarios finish quickly; waits of 1 s keep idle polling cheap. The
 * timeout covers the whole check, the fake's 1 s hold included: 3 s on top leave a loaded machine
 * room to answer an idle check, which must never time out in a test that expects no errors.
 */
export const FAST = { wait: 1, timeoutMs: 4000, backoff: { baseMs: 5, maxMs: 40 } } as const;

export interface World {
  readonly fake: FakeVk;
  readonly api: Api;
  close(): Promise<void>;
}

export async function createWorld(options: { enable?: boolean; token?: 'group' | 'user' } = {}): Promise<World> {
  const fake = await createFakeVk({
    groups: [{ id: GROUP_ID, name: 'Long Poll test' }],
    tokens: [
      { token: GROUP_TOKEN, type: 'group', groupId: GROUP_ID },
      { token: USER_TOKEN, type: 'user', userId: USER_ID },
    ],
    rateLimit: false,
  });
  const token = options.token === 'user' ? USER_TOKEN : GROUP_TOKEN;
  const api = createApi({ token, tokenType: options.token ?? 'group', baseUrl: fake.url, rateLimit: false, retry: { baseDelayMs: 5, maxDelayMs: 20 } });
  if (options.enable !== false) await api.groups.setLongPollSettings({ group_id: GROUP_ID, enabled: 1, message_new: 1 });
  return {
    fake,
    api,
    async close() {
      await api.close();
      await fake.close();
    },
  };
}

/** A valid `message_new` whose text carries `n`, so delivery order and duplicates are visible. */
export function messageNew(n: number): FakeBotsEventInput {
  return {
    type: 'message_new',
    object: {
      message: { date: 1572809816, from_id: 123, id: n, out: 0, peer_id: 123, text: `#${n}`, conversation_message_id: n, fwd_messages: [], important: false, random_id: 0, attachments: [], is_hidden: false },
      client_info: { button_actions: ['text'], keyboard: true, inline_keyboard: true, carousel: true, lang_id: 0 },
    },
  };
}

/** The `n` of an event made by messageNew. */
export function numberOf(event: object): number {
  const object = 'object' in event ? event.object : undefined;
  if (typeof object !== 'object' || object === null || !('message' in object)) throw new Error('not a messageNew event');
  const message = object.message;
  if (typeof message !== 'object' || message === null || !('id' in message) || typeof message.id !== 'number') throw new Error('message without id');
  return message.id;
}

/** Resolves once `condition()` holds; checks every few ms (the test's timeout bounds it). */
export async function until(condition: () => boolean, what = 'condition'): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > 30_000) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}
