import type { AnyEvent } from './envelope.js';

/** How an event reached us. */
export type EventTransport = 'callback' | 'longpoll';

/** Delivery facts passed to every handler next to the event. */
export interface EventContext {
  /** Community the event belongs to. */
  readonly groupId: number;
  /**
   * `event_id` of the event: stable across redeliveries, so usable for de-duplication. Undefined
   * for Bots Long Poll updates of API versions below 5.103, which do not carry it.
   */
  readonly eventId: string | undefined;
  /** `v` of the event: the API version its object follows; undefined where `eventId` is. */
  readonly apiVersion: string | undefined;
  readonly transport: EventTransport;
  /** Callback API only: VK's retry counter (`X-Retry-Counter`) for a redelivered event. */
  readonly retry?: number;
}

export interface EventContextOptions {
  readonly transport: EventTransport;
  readonly retry?: number;
  /** Used when the event has no numeric `group_id` (possible for unknown event types). */
  readonly groupId?: number;
}

/**
 * Builds the context from the event's envelope fields, so transports agree on where each value
 * comes from. Throws when neither the event nor `options.groupId` supplies a group id.
 */
export function createEventContext(event: AnyEvent, options: EventContextOptions): EventContext {
  const groupId = typeof event.group_id === 'number' ? event.group_id : options.groupId;
  if (groupId === undefined) {
    throw new TypeError(
      `createEventContext: the "${event.type}" event has no numeric group_id and options.groupId is not set`,
    );
  }
  const eventId = typeof event.event_id === 'string' ? event.event_id : undefined;
  const apiVersion = typeof event.v === 'string' ? event.v : undefined;
  const retry = options.retry;
  // Literals rather than a spread: one allocation per event, and no `retry` key unless given.
  if (retry === undefined) return { groupId, eventId, apiVersion, transport: options.transport };
  return { groupId, eventId, apiVersion, transport: options.transport, retry };
}
