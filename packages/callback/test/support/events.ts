/** Event envelopes for the receiver's tests, shaped as VK's Callback API sends them. */
import { randomBytes } from 'node:crypto';

export const GROUP_ID = 77;
export const SECRET = 'test-secret-0123456789';
export const CODE = 'c0nf1rm';

let counter = 0;
/** A fresh 40-hex event_id, as VK's. */
export function eventId(): string {
  counter += 1;
  return randomBytes(16).toString('hex') + counter.toString(16).padStart(8, '0');
}

/** A valid message_new event from VK for GROUP_ID. */
export function messageNew(text = 'hello', overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'message_new',
    group_id: GROUP_ID,
    event_id: eventId(),
    v: '5.199',
    secret: SECRET,
    object: {
      message: { date: 1_700_000_000, from_id: 5, id: 10, out: 0, peer_id: 5, text, conversation_message_id: 3 },
      client_info: { button_actions: ['text'], keyboard: true, inline_keyboard: true, carousel: true, lang_id: 0 },
    },
    ...overrides,
  };
}

export function groupJoin(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'group_join',
    group_id: GROUP_ID,
    event_id: eventId(),
    v: '5.199',
    secret: SECRET,
    object: { user_id: 42, join_type: 'join' },
    ...overrides,
  };
}

/** VK's confirmation request; `secret: null` leaves the secret out. */
export function confirmation(groupId = GROUP_ID, secret: string | null = SECRET): Record<string, unknown> {
  return { type: 'confirmation', group_id: groupId, ...(secret === null ? {} : { secret }) };
}

/** A promise with its resolve function, to hold a handler open. */
export function deferred<T = void>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve: (value: T) => void = () => {};
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}
