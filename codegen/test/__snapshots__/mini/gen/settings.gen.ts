// This file is generated. Do not edit it by hand: change codegen/ or schema/patches/ and run `pnpm codegen`.
// Source: VKCOM/vk-api-schema@fixture (API 5.199), with the patches in schema/patches/.
// Contents: the API version of the schema and the event flags of the server settings methods.
/* eslint-disable */

import type { CallbackEventType } from './events.gen.js';

/**
 * The VK API version the schema (and so every type here) describes; the `v` vkts sends and the
 * version the server setups ask VK to send events in, unless told otherwise.
 */
export const vkApiVersion = "5.199";

/**
 * The type of {@link vkApiVersion}.
 */
export type VkApiVersion = typeof vkApiVersion;

/**
 * Event flags of groups.setCallbackSettings: the params that switch one event on or off, sorted (schema/events.json).
 * Each is also the event type it switches.
 */
export const callbackSettingsEventFlags = [
  "wall_post_new",
  "wall_reply_new",
] as const satisfies readonly CallbackEventType[];

/**
 * One event flag of groups.setCallbackSettings.
 */
export type CallbackSettingsEventFlag = (typeof callbackSettingsEventFlags)[number];

/**
 * Event flags of groups.setLongPollSettings: the params that switch one event on or off, sorted (schema/events.json).
 * Each is also the event type it switches.
 */
export const longPollSettingsEventFlags = [
  "wall_post_new",
  "wall_reply_new",
] as const satisfies readonly CallbackEventType[];

/**
 * One event flag of groups.setLongPollSettings.
 */
export type LongPollSettingsEventFlag = (typeof longPollSettingsEventFlags)[number];
