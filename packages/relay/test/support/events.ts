// Event envelopes as VK sends them (without the secret, which never travels past the receiver).
import type { AnyEvent, DirectEventContext } from '@vkts/events';

export const GROUP_ID = 77;

let counter = 0;
/** A unique 40-hex event_id, as VK's. */
export function eventId(prefix = ''): string {
  counter += 1;
  return (prefix + counter.toString(16)).padStart(40, '0');
}

export function messageNew(text = 'hello', id = eventId()): AnyEvent {
  return {
    type: 'message_new',
    group_id: GROUP_ID,
    event_id: id,
    v: '5.199',
    object: {
      message: { date: 1_700_000_000, from_id: 5, id: 10, out: 0, peer_id: 2_000_000_003, text, conversation_message_id: 3 },
      client_info: { button_actions: ['text'], keyboard: true, inline_keyboard: true, carousel: true, lang_id: 0 },
    },
  };
}

export function groupJoin(userId = 42, id = eventId()): AnyEvent {
  return { type: 'group_join', group_id: GROUP_ID, event_id: id, v: '5.199', object: { user_id: userId, join_type: 'join' } };
}

export function longPollContext(event: AnyEvent): DirectEventContext {
  return { groupId: GROUP_ID, eventId: typeof event.event_id === 'string' ? event.event_id : undefined, apiVersion: '5.199', transport: 'longpoll' };
}

export function callbackContext(event: AnyEvent, retry?: number): DirectEventContext {
  const eventId = typeof event.event_id === 'string' ? event.event_id : undefined;
  return retry === undefined
    ? { groupId: GROUP_ID, eventId, apiVersion: '5.199', transport: 'callback' }
    : { groupId: GROUP_ID, eventId, apiVersion: '5.199', transport: 'callback', retry };
}

/** Resolves once `check` is true, polling every few ms; rejects with `what` after `limit` polls. */
export async function until(check: () => boolean, what: string, limit = 2000): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** `until` for checks that ask Redis. */
export async function untilAsync(check: () => Promise<boolean>, what: string, limit = 2000): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}
