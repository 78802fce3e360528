// This file is generated. Do not edit it by hand: change codegen/ or schema/patches/ and run `pnpm codegen`.
// Source: VKCOM/vk-api-schema@0efe478fc1011bc167fd389dd1dc36efc883de02 (API 5.199), with the patches in schema/patches/.
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
  "audio_new",
  "board_post_delete",
  "board_post_edit",
  "board_post_new",
  "board_post_restore",
  "donut_money_withdraw",
  "donut_money_withdraw_error",
  "donut_subscription_cancelled",
  "donut_subscription_create",
  "donut_subscription_expired",
  "donut_subscription_price_changed",
  "donut_subscription_prolonged",
  "group_change_photo",
  "group_change_settings",
  "group_join",
  "group_leave",
  "group_officers_edit",
  "lead_forms_new",
  "like_add",
  "like_remove",
  "market_comment_delete",
  "market_comment_edit",
  "market_comment_new",
  "market_comment_restore",
  "market_order_edit",
  "market_order_new",
  "message_allow",
  "message_deny",
  "message_edit",
  "message_event",
  "message_new",
  "message_reaction_event",
  "message_read",
  "message_reply",
  "message_typing_state",
  "photo_comment_delete",
  "photo_comment_edit",
  "photo_comment_new",
  "photo_comment_restore",
  "photo_new",
  "poll_vote_new",
  "user_block",
  "user_unblock",
  "video_comment_delete",
  "video_comment_edit",
  "video_comment_new",
  "video_comment_restore",
  "video_new",
  "wall_post_new",
  "wall_reply_delete",
  "wall_reply_edit",
  "wall_reply_new",
  "wall_reply_restore",
  "wall_repost",
  "wall_schedule_post_delete",
  "wall_schedule_post_new",
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
  "audio_new",
  "board_post_delete",
  "board_post_edit",
  "board_post_new",
  "board_post_restore",
  "donut_money_withdraw",
  "donut_money_withdraw_error",
  "donut_subscription_cancelled",
  "donut_subscription_create",
  "donut_subscription_expired",
  "donut_subscription_price_changed",
  "donut_subscription_prolonged",
  "group_change_photo",
  "group_change_settings",
  "group_join",
  "group_leave",
  "group_officers_edit",
  "like_add",
  "like_remove",
  "market_comment_delete",
  "market_comment_edit",
  "market_comment_new",
  "market_comment_restore",
  "message_allow",
  "message_deny",
  "message_edit",
  "message_event",
  "message_new",
  "message_reaction_event",
  "message_read",
  "message_reply",
  "message_typing_state",
  "photo_comment_delete",
  "photo_comment_edit",
  "photo_comment_new",
  "photo_comment_restore",
  "photo_new",
  "poll_vote_new",
  "user_block",
  "user_unblock",
  "video_comment_delete",
  "video_comment_edit",
  "video_comment_new",
  "video_comment_restore",
  "video_new",
  "wall_post_new",
  "wall_reply_delete",
  "wall_reply_edit",
  "wall_reply_new",
  "wall_reply_restore",
  "wall_repost",
] as const satisfies readonly CallbackEventType[];

/**
 * One event flag of groups.setLongPollSettings.
 */
export type LongPollSettingsEventFlag = (typeof longPollSettingsEventFlags)[number];
