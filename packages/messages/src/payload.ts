// Button payloads: values in, serialised once, checked against VK's 255-character limit; and the
// one helper that reads them back from message_new and message_event.
import { isRecord } from '@vkts/internals';
import { MessageLimitError, PayloadError } from './errors.js';

/** VK's limit on a button payload (the JSON text), in characters. */
export const MAX_PAYLOAD_LENGTH = 255;

/** The JSON text of a payload value, refused when VK would refuse it or it is not JSON. */
export function serializePayload(value: unknown, where: string): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch (error) {
    throw new MessageLimitError('payload-json', `${where}: the payload cannot be turned into JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (text === undefined) throw new MessageLimitError('payload-json', `${where}: the payload is ${typeof value}, which has no JSON form`);
  if (text.length > MAX_PAYLOAD_LENGTH) {
    throw new MessageLimitError('payload-length', `${where}: the payload is ${text.length} characters as JSON; VK allows at most ${MAX_PAYLOAD_LENGTH}`, MAX_PAYLOAD_LENGTH);
  }
  return text;
}

/** Something a payload can be read from: a message (message_new, message_reply, …) or a message_event. */
export type PayloadSource =
  | { readonly type: 'message_new' | 'message_reply' | 'message_edit'; readonly object: unknown }
  | { readonly type: 'message_event'; readonly object: { readonly payload?: unknown } }
  | { readonly payload?: unknown };

/** A check that a parsed payload has the app's shape. */
export type PayloadGuard<P> = (value: unknown) => value is P;

function rawPayload(source: PayloadSource): unknown {
  if ('type' in source && 'object' in source) {
    const object = source.object;
    if (!isRecord(object)) return undefined;
    if (source.type === 'message_event') return object['payload'];
    const message = object['message'] ?? object;
    return isRecord(message) ? message['payload'] : undefined;
  }
  return 'payload' in source ? source.payload : undefined;
}

function decode(raw: unknown): unknown {
  // message_new and friends carry the payload as JSON text; message_event as parsed JSON.
  if (typeof raw !== 'string') return raw;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    throw new PayloadError(`the message payload is not JSON (${raw.length} characters)`);
  }
}

/**
 * The button payload of an event (`message_new`, `message_event`, …) or of a message object,
 * parsed; undefined when there is none (a typed message, not a button press).
 *
 * With a guard, a payload that fails it throws PayloadError. Without one, the result is typed
 * `P` on your word: payloads come from your own keyboards (`keyboard<P>()`), but a keyboard
 * sent by an older version of the bot can still be pressed, so give a guard when shapes change.
 */
export function payloadOf<P>(source: PayloadSource, guard?: PayloadGuard<P>): P | undefined {
  const raw = rawPayload(source);
  if (raw === undefined || raw === '') return undefined;
  const value = decode(raw);
  if (guard === undefined) return trustedPayload<P>(value);
  if (!guard(value)) throw new PayloadError('the message payload does not have the expected shape (the guard refused it)');
  return value;
}

// The one place the caller's declared payload type is taken on trust (see payloadOf).
function trustedPayload<P>(value: unknown): P {
  return value as P;
}
