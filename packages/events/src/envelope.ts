import { callbackEventTypes, type CallbackEvent, type CallbackEventType, type UnknownEvent } from '@vkts/types';
import { isRecord } from '@vkts/internals';
import { InvalidEnvelopeError } from './errors.js';

/**
 * What `parseEvent` yields and `dispatch` accepts: a known event (discriminated on `type`) or an
 * event whose `type` vkts does not know. Narrow with `isKnownEvent` before switching on `type`:
 * `UnknownEvent['type']` is `string`, so a plain `===` check cannot rule it out.
 */
export type AnyEvent = CallbackEvent | UnknownEvent;

const knownTypes: ReadonlySet<string> = new Set<string>(callbackEventTypes);

export function isKnownEventType(type: string): type is CallbackEventType {
  return knownTypes.has(type);
}

/** True when vkts knows the event's `type` (it has a type in `CallbackEventMap` and a validator). */
export function isKnownEvent(event: AnyEvent): event is CallbackEvent {
  return knownTypes.has(event.type);
}

/** The least an input must be for routing: a non-array object whose `type` is a string. */
export type RoutableInput = { readonly type: string } & Readonly<Record<string, unknown>>;

/** Short description of an input that is not an event, for the error message. */
function describeNonEvent(input: unknown): string {
  if (input === null || input === undefined) return String(input);
  if (Array.isArray(input)) return `an array of ${input.length} item(s)`;
  if (!isRecord(input)) return `a ${typeof input}`;
  if (!('type' in input)) {
    const keys = Object.keys(input);
    const listed = keys.length === 0 ? 'no keys' : `keys: ${keys.slice(0, 8).join(', ')}${keys.length > 8 ? ', …' : ''}`;
    // The one non-event that transports really meet: a Bots Long Poll `{failed, ts?}` reply.
    const hint = 'failed' in input ? '; it looks like a Bots Long Poll failure reply, not an event' : '';
    return `an object without "type" (${listed})${hint}`;
  }
  return `an object whose "type" is ${input.type === null ? 'null' : `a ${typeof input.type}`}`;
}

/** The routing check itself: the predicate is exactly what the body tests. */
export function isRoutable(value: unknown): value is RoutableInput {
  return isRecord(value) && typeof value.type === 'string';
}

/** Returns the input unchanged when it is routable; throws `InvalidEnvelopeError` otherwise. */
export function readEnvelope(input: unknown): RoutableInput {
  if (isRoutable(input)) return input;
  throw new InvalidEnvelopeError(input, describeNonEvent(input));
}
