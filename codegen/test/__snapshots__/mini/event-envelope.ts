/**
 * Fields every community event carries, over Callback API and Bots Long Poll alike.
 * @see https://dev.vk.com/ru/api/community-events/json-schema
 */
export interface EventEnvelope<K extends string> {
  type: K;
  /** Community the event belongs to. */
  group_id: number;
  /**
   * Unique id of the event: the same on every redelivery. Absent in Bots Long Poll updates of
   * API versions below 5.103 (the real payloads in our fixtures lack it).
   */
  event_id?: string;
  /** API version the event object follows; absent where `event_id` is. */
  v?: string;
  /** The secret key set for the Callback server, when one is set. */
  secret?: string;
}

/** An event whose `type` vkts does not know (VK adds events): delivered as received. */
export interface UnknownEvent {
  type: string;
  object?: unknown;
  group_id?: number;
  event_id?: string;
  v?: string;
  secret?: string;
}
