// This file is generated. Do not edit it by hand: change codegen/ or schema/patches/ and run `pnpm codegen`.
// Source: VKCOM/vk-api-schema@fixture (API 5.199), with the patches in schema/patches/.
// Contents: community event types (Callback API and Bots Long Poll).
/* eslint-disable */

import type * as T from './types.gen.js';
import type { EventEnvelope } from '../event-envelope.js';

/**
 * Every community event type vkts knows, from schema/events.json.
 */
export const callbackEventTypes = [
  "confirmation",
  "wall_post_new",
  "wall_reply_new",
] as const;

/**
 * Type of any known community event.
 */
export type CallbackEventType = (typeof callbackEventTypes)[number];

/**
 * The `confirmation` community event (Callback API).
 *
 * Envelope only.
 *
 * Schema: https://dev.vk.com/ru/api/community-events/json-schema
 * Guide: https://vkts.github.io/vkts/events/confirmation.html
 */
export interface ConfirmationEvent extends EventEnvelope<"confirmation"> {
  /**
   * The `confirmation` community event (Callback API).
   */
  type: "confirmation";
}

/**
 * The `wall_post_new` community event (Callback API, Bots Long Poll): New wall posts notifications ('0' — disabled, '1' — enabled).
 *
 * Schema: https://dev.vk.com/ru/api/community-events/json-schema
 * Guide: https://vkts.github.io/vkts/events/wall_post_new.html
 */
export interface WallPostNewEvent extends EventEnvelope<"wall_post_new"> {
  /**
   * The `wall_post_new` community event (Callback API, Bots Long Poll): New wall posts notifications ('0' — disabled, '1' — enabled).
   */
  type: "wall_post_new";
  /**
   * The `wall_post_new` community event (Callback API, Bots Long Poll): New wall posts notifications ('0' — disabled, '1' — enabled).
   */
  object: T.WallWallpost;
}

/**
 * The `wall_reply_new` community event (Callback API, Bots Long Poll): New wall replies notifications ('0' — disabled, '1' — enabled).
 *
 * fixture: a comment of the two-definition cycle
 *
 * Schema: https://dev.vk.com/ru/api/community-events/json-schema
 * Guide: https://vkts.github.io/vkts/events/wall_reply_new.html
 */
export interface WallReplyNewEvent extends EventEnvelope<"wall_reply_new"> {
  /**
   * The `wall_reply_new` community event (Callback API, Bots Long Poll): New wall replies notifications ('0' — disabled, '1' — enabled).
   */
  type: "wall_reply_new";
  /**
   * The `wall_reply_new` community event (Callback API, Bots Long Poll): New wall replies notifications ('0' — disabled, '1' — enabled).
   */
  object: T.WallComment;
}

/**
 * Event type → its envelope type.
 */
export interface CallbackEventMap {
  /**
   * The `confirmation` community event (Callback API).
   */
  confirmation: ConfirmationEvent;
  /**
   * The `wall_post_new` community event (Callback API, Bots Long Poll): New wall posts notifications ('0' — disabled, '1' — enabled).
   */
  wall_post_new: WallPostNewEvent;
  /**
   * The `wall_reply_new` community event (Callback API, Bots Long Poll): New wall replies notifications ('0' — disabled, '1' — enabled).
   */
  wall_reply_new: WallReplyNewEvent;
}

/**
 * Any known community event, discriminated on `type`.
 */
export type CallbackEvent = CallbackEventMap[CallbackEventType];
