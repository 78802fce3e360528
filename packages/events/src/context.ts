import type { AnyEvent } from './envelope.js';

/** How an event reached us: straight from VK, or from another process through @vkts/relay. */
export type EventTransport = 'callback' | 'longpoll' | 'relay';

/** The transports that take events from VK itself. */
export type VkTransport = 'callback' | 'longpoll';

interface EventContextBase {
  /** Community the event belongs to. */
  readonly groupId: number;
  /**
   * `event_id` of the event: stable across redeliveries, so usable for de-duplication. Undefined
   * for Bots Long Poll updates of API versions below 5.103, which do not carry it.
   */
  readonly eventId: string | undefined;
  /** `v` of the event: the API version its object follows; undefined where `eventId` is. */
  readonly apiVersion: string | undefined;
  /** Callback API only: VK's retry counter (`X-Retry-Counter`) for a redelivered event. */
  readonly retry?: number;
}

/** An event handed over by the transport that took it from VK. */
export interface DirectEventContext extends EventContextBase {
  readonly transport: VkTransport;
  readonly relay?: undefined;
}

/**
 * An event taken from VK by another process and handed over through a Redis stream
 * (@vkts/relay's worker). `retry` is left out: it was the publishing receiver's business.
 */
export interface RelayedEventContext extends EventContextBase {
  readonly transport: 'relay';
  readonly relay: RelayDelivery;
}

/** How a relayed event travelled (`context.relay` when `transport` is `'relay'`). */
export interface RelayDelivery {
  /** The transport the publishing process got the event from VK by. */
  readonly origin: VkTransport;
  /** How many times the stream entry was handed to a worker, this time included (1 the first time). */
  readonly deliveryCount: number;
  /** The stream the event was read from. */
  readonly stream: string;
  /** The stream entry's id. */
  readonly entryId: string;
  /** What the publisher's enrichment hook added, as JSON; undefined without one. Read it with a type guard. */
  readonly enrichment: unknown;
}

/** Delivery facts passed to every handler next to the event; narrow on `transport`. */
export type EventContext = DirectEventContext | RelayedEventContext;

export interface EventContextOptions {
  readonly transport: VkTransport;
  readonly retry?: number;
  /** Used when the event has no numeric `group_id` (possible for unknown event types). */
  readonly groupId?: number;
}

/**
 * Builds the context from the event's envelope fields, so transports agree on where each value
 * comes from. Throws when neither the event nor `options.groupId` supplies a group id.
 */
export function createEventContext(event: AnyEvent, options: EventContextOptions): DirectEventContext {
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
