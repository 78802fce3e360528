// This file is generated. Do not edit it by hand: change codegen/ or schema/patches/ and run `pnpm codegen`.
// Source: VKCOM/vk-api-schema@0efe478fc1011bc167fd389dd1dc36efc883de02 (API 5.199), with the patches in schema/patches/.
// Contents: community event types (Callback API and Bots Long Poll).
/* eslint-disable */

import type * as T from './types.gen.js';
import type { EventEnvelope } from '../event-envelope.js';

/**
 * Every community event type vkts knows, from schema/events.json.
 */
export const callbackEventTypes = [
  "app_payload",
  "audio_new",
  "board_post_delete",
  "board_post_edit",
  "board_post_new",
  "board_post_restore",
  "confirmation",
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
  "vkpay_transaction",
  "wall_post_new",
  "wall_reply_delete",
  "wall_reply_edit",
  "wall_reply_new",
  "wall_reply_restore",
  "wall_repost",
  "wall_schedule_post_delete",
  "wall_schedule_post_new",
] as const;

/**
 * Type of any known community event.
 */
export type CallbackEventType = (typeof callbackEventTypes)[number];

/**
 * The `app_payload` community event (Callback API, Bots Long Poll).
 *
 * https://dev.vk.com/ru/bridge/VKWebAppSendPayload: 'отправляет событие app_payload, которое можно получить через Bots Longpoll или Callback API'. Bridge payload is an object, upstream types the event's payload as string; left alone (no fixture). No fixture.
 *
 * Schema: https://dev.vk.com/ru/api/community-events/json-schema
 * Guide: https://vkts.github.io/vkts/events/app_payload.html
 */
export interface AppPayloadEvent extends EventEnvelope<"app_payload"> {
  /**
   * The `app_payload` community event (Callback API, Bots Long Poll).
   */
  type: "app_payload";
  /**
   * The `app_payload` community event (Callback API, Bots Long Poll).
   */
  object: T.CallbackAppPayload;
}

/**
 * The `audio_new` community event (Callback API, Bots Long Poll): New audios notifications.
 *
 * audio_audio. No fixture.
 *
 * Schema: https://dev.vk.com/ru/api/community-events/json-schema
 * Guide: https://vkts.github.io/vkts/events/audio_new.html
 */
export interface AudioNewEvent extends EventEnvelope<"audio_new"> {
  /**
   * The `audio_new` community event (Callback API, Bots Long Poll): New audios notifications.
   */
  type: "audio_new";
  /**
   * The `audio_new` community event (Callback API, Bots Long Poll): New audios notifications.
   */
  object: T.CallbackAudioNew;
}

/**
 * The `board_post_delete` community event (Callback API, Bots Long Poll): Board posts deleted notifications.
 *
 * Patch 0107 removes `minimum: 0` from topic_owner_id (it is -group_id), patch 0108 from deleter_id.
 *
 * Schema: https://dev.vk.com/ru/api/community-events/json-schema
 * Guide: https://vkts.github.io/vkts/events/board_post_delete.html
 */
export interface BoardPostDeleteEvent extends EventEnvelope<"board_post_delete"> {
  /**
   * The `board_post_delete` community event (Callback API, Bots Long Poll): Board posts deleted notifications.
   */
  type: "board_post_delete";
  /**
   * The `board_post_delete` community event (Callback API, Bots Long Poll): Board posts deleted notifications.
   */
  object: T.CallbackBoardPostDelete;
}

/**
 * The `board_post_edit` community event (Callback API, Bots Long Poll): Board posts edited notifications.
 *
 * board_topic_comment + topic_id/topic_owner_id; patch 0116 adds the two fields (docs + fixtures).
 *
 * Schema: https://dev.vk.com/ru/api/community-events/json-schema
 * Guide: https://vkts.github.io/vkts/events/board_post_edit.html
 */
export interface BoardPostEditEvent extends EventEnvelope<"board_post_edit"> {
  /**
   * The `board_post_edit` community event (Callback API, Bots Long Poll): Board posts edited notifications.
   */
  type: "board_post_edit";
  /**
   * The `board_post_edit` community event (Callback API, Bots Long Poll): Board posts edited notifications.
   */
  object: T.CallbackBoardPostEdit;
}

/**
 * The `board_post_new` community event (Callback API, Bots Long Poll): New board posts notifications.
 *
 * board_topic_comment + topic_id/topic_owner_id; patch 0116 adds the two fields (docs + fixtures).
 *
 * Schema: https://dev.vk.com/ru/api/community-events/json-schema
 * Guide: https://vkts.github.io/vkts/events/board_post_new.html
 */
export interface BoardPostNewEvent extends EventEnvelope<"board_post_new"> {
  /**
   * The `board_post_new` community event (Callback API, Bots Long Poll): New board posts notifications.
   */
  type: "board_post_new";
  /**
   * The `board_post_new` community event (Callback API, Bots Long Poll): New board posts notifications.
   */
  object: T.CallbackBoardPostNew;
}

/**
 * The `board_post_restore` community event (Callback API, Bots Long Poll): Board posts restored notifications.
 *
 * board_topic_comment + topic_id/topic_owner_id; patch 0116 adds the two fields (docs + fixtures).
 *
 * Schema: https://dev.vk.com/ru/api/community-events/json-schema
 * Guide: https://vkts.github.io/vkts/events/board_post_restore.html
 */
export interface BoardPostRestoreEvent extends EventEnvelope<"board_post_restore"> {
  /**
   * The `board_post_restore` community event (Callback API, Bots Long Poll): Board posts restored notifications.
   */
  type: "board_post_restore";
  /**
   * The `board_post_restore` community event (Callback API, Bots Long Poll): Board posts restored notifications.
   */
  object: T.CallbackBoardPostRestore;
}

/**
 * The `confirmation` community event (Callback API).
 *
 * Envelope only: {type: 'confirmation', group_id} and no `object`; the server must reply with the code from groups.getCallbackConfirmationCode. Upstream callback_confirmation describes the envelope, not an object, so `object` is null.
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
 * The `donut_money_withdraw` community event (Callback API, Bots Long Poll).
 *
 * Not in upstream callback_type.
 *
 * Schema: https://dev.vk.com/ru/api/community-events/json-schema
 * Guide: https://vkts.github.io/vkts/events/donut_money_withdraw.html
 */
export interface DonutMoneyWithdrawEvent extends EventEnvelope<"donut_money_withdraw"> {
  /**
   * The `donut_money_withdraw` community event (Callback API, Bots Long Poll).
   */
  type: "donut_money_withdraw";
  /**
   * The `donut_money_withdraw` community event (Callback API, Bots Long Poll).
   */
  object: T.CallbackDonutMoneyWithdraw;
}

/**
 * The `donut_money_withdraw_error` community event (Callback API, Bots Long Poll).
 *
 * Not in upstream callback_type. Upstream puts `minimum` on the string `reason` (meaningless, left alone).
 *
 * Schema: https://dev.vk.com/ru/api/community-events/json-schema
 * Guide: https://vkts.github.io/vkts/events/donut_money_withdraw_error.html
 */
export interface DonutMoneyWithdrawErrorEvent extends EventEnvelope<"donut_money_withdraw_error"> {
  /**
   * The `donut_money_withdraw_error` community event (Callback API, Bots Long Poll).
   */
  type: "donut_money_withdraw_error";
  /**
   * The `donut_money_withdraw_error` community event (Callback API, Bots Long Poll).
   */
  object: T.CallbackDonutMoneyWithdrawError;
}

/**
 * The `donut_subscription_cancelled` community event (Callback API, Bots Long Poll).
 *
 * Not in upstream callback_type.
 *
 * Schema: https://dev.vk.com/ru/api/community-events/json-schema
 * Guide: https://vkts.github.io/vkts/events/donut_subscription_cancelled.html
 */
export interface DonutSubscriptionCancelledEvent extends EventEnvelope<"donut_subscription_cancelled"> {
  /**
   * The `donut_subscription_cancelled` community event (Callback API, Bots Long Poll).
   */
  type: "donut_subscription_cancelled";
  /**
   * The `donut_subscription_cancelled` community event (Callback API, Bots Long Poll).
   */
  object: T.CallbackDonutSubscriptionCancelled;
}

/**
 * The `donut_subscription_create` community event (Callback API, Bots Long Poll).
 *
 * Not in upstream callback_type.
 *
 * Schema: https://dev.vk.com/ru/api/community-events/json-schema
 * Guide: https://vkts.github.io/vkts/events/donut_subscription_create.html
 */
export interface DonutSubscriptionCreateEvent extends EventEnvelope<"donut_subscription_create"> {
  /**
   * The `donut_subscription_create` community event (Callback API, Bots Long Poll).
   */
  type: "donut_subscription_create";
  /**
   * The `donut_subscription_create` community event (Callback API, Bots Long Poll).
   */
  object: T.CallbackDonutSubscriptionCreate;
}

/**
 * The `donut_subscription_expired` community event (Callback API, Bots Long Poll).
 *
 * Not in upstream callback_type.
 *
 * Schema: https://dev.vk.com/ru/api/community-events/json-schema
 * Guide: https://vkts.github.io/vkts/events/donut_subscription_expired.html
 */
export interface DonutSubscriptionExpiredEvent extends EventEnvelope<"donut_subscription_expired"> {
  /**
   * The `donut_subscription_expired` community event (Callback API, Bots Long Poll).
   */
  type: "donut_subscription_expired";
  /**
   * The `donut_subscription_expired` community event (Callback API, Bots Long Poll).
   */
  object: T.CallbackDonutSubscriptionExpired;
}

/**
 * The `donut_subscription_price_changed` community event (Callback API, Bots Long Poll).
 *
 * Not in upstream callback_type.
 *
 * Schema: https://dev.vk.com/ru/api/community-events/json-schema
 * Guide: https://vkts.github.io/vkts/events/donut_subscription_price_changed.html
 */
export interface DonutSubscriptionPriceChangedEvent extends EventEnvelope<"donut_subscription_price_changed"> {
  /**
   * The `donut_subscription_price_changed` community event (Callback API, Bots Long Poll).
   */
  type: "donut_subscription_price_changed";
  /**
   * The `donut_subscription_price_changed` community event (Callback API, Bots Long Poll).
   */
  object: T.CallbackDonutSubscriptionPriceChanged;
}

/**
 * The `donut_subscription_prolonged` community event (Callback API, Bots Long Poll).
 *
 * Not in upstream callback_type.
 *
 * Schema: https://dev.vk.com/ru/api/community-events/json-schema
 * Guide: https://vkts.github.io/vkts/events/donut_subscription_prolonged.html
 */
export interface DonutSubscriptionProlongedEvent extends EventEnvelope<"donut_subscription_prolonged"> {
  /**
   * The `donut_subscription_prolonged` community event (Callback API, Bots Long Poll).
   */
  type: "donut_subscription_prolonged";
  /**
   * The `donut_subscription_prolonged` community event (Callback API, Bots Long Poll).
   */
  object: T.CallbackDonutSubscriptionProlonged;
}

/**
 * The `group_change_photo` community event (Callback API, Bots Long Poll).
 *
 * `photo` is photos_photo; see patch 0122 (has_tags).
 *
 * Schema: https://dev.vk.com/ru/api/community-events/json-schema
 * Guide: https://vkts.github.io/vkts/events/group_change_photo.html
 */
export interface GroupChangePhotoEvent extends EventEnvelope<"group_change_photo"> {
  /**
   * The `group_change_photo` community event (Callback API, Bots Long Poll).
   */
  type: "group_change_photo";
  /**
   * The `group_change_photo` community event (Callback API, Bots Long Poll).
   */
  object: T.CallbackGroupChangePhoto;
}

/**
 * The `group_change_settings` community event (Callback API, Bots Long Poll).
 *
 * The fixture group_change_settings__vknet.json is the bare object (no envelope).
 *
 * Schema: https://dev.vk.com/ru/api/community-events/json-schema
 * Guide: https://vkts.github.io/vkts/events/group_change_settings.html
 */
export interface GroupChangeSettingsEvent extends EventEnvelope<"group_change_settings"> {
  /**
   * The `group_change_settings` community event (Callback API, Bots Long Poll).
   */
  type: "group_change_settings";
  /**
   * The `group_change_settings` community event (Callback API, Bots Long Poll).
   */
  object: T.CallbackGroupChangeSettings;
}

/**
 * The `group_join` community event (Callback API, Bots Long Poll): Joined community notifications.
 *
 * Schema: https://dev.vk.com/ru/api/community-events/json-schema
 * Guide: https://vkts.github.io/vkts/events/group_join.html
 */
export interface GroupJoinEvent extends EventEnvelope<"group_join"> {
  /**
   * The `group_join` community event (Callback API, Bots Long Poll): Joined community notifications.
   */
  type: "group_join";
  /**
   * The `group_join` community event (Callback API, Bots Long Poll): Joined community notifications.
   */
  object: T.CallbackGroupJoin;
}

/**
 * The `group_leave` community event (Callback API, Bots Long Poll): Left community notifications.
 *
 * Schema: https://dev.vk.com/ru/api/community-events/json-schema
 * Guide: https://vkts.github.io/vkts/events/group_leave.html
 */
export interface GroupLeaveEvent extends EventEnvelope<"group_leave"> {
  /**
   * The `group_leave` community event (Callback API, Bots Long Poll): Left community notifications.
   */
  type: "group_leave";
  /**
   * The `group_leave` community event (Callback API, Bots Long Poll): Left community notifications.
   */
  object: T.CallbackGroupLeave;
}

/**
 * The `group_officers_edit` community event (Callback API, Bots Long Poll).
 *
 * Schema: https://dev.vk.com/ru/api/community-events/json-schema
 * Guide: https://vkts.github.io/vkts/events/group_officers_edit.html
 */
export interface GroupOfficersEditEvent extends EventEnvelope<"group_officers_edit"> {
  /**
   * The `group_officers_edit` community event (Callback API, Bots Long Poll).
   */
  type: "group_officers_edit";
  /**
   * The `group_officers_edit` community event (Callback API, Bots Long Poll).
   */
  object: T.CallbackGroupOfficersEdit;
}

/**
 * The `lead_forms_new` community event (Callback API, Bots Long Poll): New form in lead forms.
 *
 * Definition added by patch 0120 from peer SDKs (vksdk LeadFormsNewObject, vkbottle LeadFormsNewObject); leadForms_lead lacks form_id/form_name/group_id so it is not reused. No fixture, and the current docs page carries no field list, so nothing is marked required. Long Poll: delivered. Evidence: https://dev.vk.com/ru/api/community-events/json-schema says every event type on that page is supported by both Callback API and Bots Long Poll API, and groups.getLongPollSettings (groups/objects.json groups_long_poll_events) reports this event as a Long Poll setting; only the setter groups.setLongPollSettings lacks the param. No Long Poll fixture confirms it.
 *
 * Schema: https://dev.vk.com/ru/api/community-events/json-schema
 * Guide: https://vkts.github.io/vkts/events/lead_forms_new.html
 */
export interface LeadFormsNewEvent extends EventEnvelope<"lead_forms_new"> {
  /**
   * The `lead_forms_new` community event (Callback API, Bots Long Poll): New form in lead forms.
   */
  type: "lead_forms_new";
  /**
   * The `lead_forms_new` community event (Callback API, Bots Long Poll): New form in lead forms.
   */
  object: T.CallbackLeadFormsNew;
}

/**
 * The `like_add` community event (Callback API, Bots Long Poll).
 *
 * Patch 0111 drops `required` from post_id (only meaningful for comment likes). Not in upstream callback_type. No fixture.
 *
 * Schema: https://dev.vk.com/ru/api/community-events/json-schema
 * Guide: https://vkts.github.io/vkts/events/like_add.html
 */
export interface LikeAddEvent extends EventEnvelope<"like_add"> {
  /**
   * The `like_add` community event (Callback API, Bots Long Poll).
   */
  type: "like_add";
  /**
   * The `like_add` community event (Callback API, Bots Long Poll).
   */
  object: T.CallbackLikeAddRemove;
}

/**
 * The `like_remove` community event (Callback API, Bots Long Poll).
 *
 * Patch 0111 drops `required` from post_id (only meaningful for comment likes). Not in upstream callback_type. No fixture.
 *
 * Schema: https://dev.vk.com/ru/api/community-events/json-schema
 * Guide: https://vkts.github.io/vkts/events/like_remove.html
 */
export interface LikeRemoveEvent extends EventEnvelope<"like_remove"> {
  /**
   * The `like_remove` community event (Callback API, Bots Long Poll).
   */
  type: "like_remove";
  /**
   * The `like_remove` community event (Callback API, Bots Long Poll).
   */
  object: T.CallbackLikeAddRemove;
}

/**
 * The `market_comment_delete` community event (Callback API, Bots Long Poll): A market comment has been deleted.
 *
 * Patch 0109 adds deleter_id and drops user_id from required (fixture has deleter_id, no user_id).
 *
 * Schema: https://dev.vk.com/ru/api/community-events/json-schema
 * Guide: https://vkts.github.io/vkts/events/market_comment_delete.html
 */
export interface MarketCommentDeleteEvent extends EventEnvelope<"market_comment_delete"> {
  /**
   * The `market_comment_delete` community event (Callback API, Bots Long Poll): A market comment has been deleted.
   */
  type: "market_comment_delete";
  /**
   * The `market_comment_delete` community event (Callback API, Bots Long Poll): A market comment has been deleted.
   */
  object: T.CallbackMarketCommentDelete;
}

/**
 * The `market_comment_edit` community event (Callback API, Bots Long Poll): A market comment has been edited.
 *
 * Patch 0102 replaces photo_id with item_id and makes market_owner_id/item_id required.
 *
 * Schema: https://dev.vk.com/ru/api/community-events/json-schema
 * Guide: https://vkts.github.io/vkts/events/market_comment_edit.html
 */
export interface MarketCommentEditEvent extends EventEnvelope<"market_comment_edit"> {
  /**
   * The `market_comment_edit` community event (Callback API, Bots Long Poll): A market comment has been edited.
   */
  type: "market_comment_edit";
  /**
   * The `market_comment_edit` community event (Callback API, Bots Long Poll): A market comment has been edited.
   */
  object: T.CallbackMarketComment;
}

/**
 * The `market_comment_new` community event (Callback API, Bots Long Poll): New comment to market item notifications.
 *
 * Patch 0102 replaces photo_id with item_id and makes market_owner_id/item_id required.
 *
 * Schema: https://dev.vk.com/ru/api/community-events/json-schema
 * Guide: https://vkts.github.io/vkts/events/market_comment_new.html
 */
export interface MarketCommentNewEvent extends EventEnvelope<"market_comment_new"> {
  /**
   * The `market_comment_new` community event (Callback API, Bots Long Poll): New comment to market item notifications.
   */
  type: "market_comment_new";
  /**
   * The `market_comment_new` community event (Callback API, Bots Long Poll): New comment to market item notifications.
   */
  object: T.CallbackMarketComment;
}

/**
 * The `market_comment_restore` community event (Callback API, Bots Long Poll): A market comment has been restored.
 *
 * Patch 0102 replaces photo_id with item_id and makes market_owner_id/item_id required.
 *
 * Schema: https://dev.vk.com/ru/api/community-events/json-schema
 * Guide: https://vkts.github.io/vkts/events/market_comment_restore.html
 */
export interface MarketCommentRestoreEvent extends EventEnvelope<"market_comment_restore"> {
  /**
   * The `market_comment_restore` community event (Callback API, Bots Long Poll): A market comment has been restored.
   */
  type: "market_comment_restore";
  /**
   * The `market_comment_restore` community event (Callback API, Bots Long Poll): A market comment has been restored.
   */
  object: T.CallbackMarketComment;
}

/**
 * The `market_order_edit` community event (Callback API, Bots Long Poll).
 *
 * Object is market_order (https://dev.vk.com/ru/api/community-events/json-schema#market_order_edit; vksdk/vkbottle agree); alias added by patch 0119. Docs: needs extended market enabled. No fixture. Long Poll: delivered. Evidence: https://dev.vk.com/ru/api/community-events/json-schema says every event type on that page is supported by both Callback API and Bots Long Poll API, and groups.getLongPollSettings (groups/objects.json groups_long_poll_events) reports this event as a Long Poll setting; only the setter groups.setLongPollSettings lacks the param. No Long Poll fixture confirms it.
 *
 * Schema: https://dev.vk.com/ru/api/community-events/json-schema
 * Guide: https://vkts.github.io/vkts/events/market_order_edit.html
 */
export interface MarketOrderEditEvent extends EventEnvelope<"market_order_edit"> {
  /**
   * The `market_order_edit` community event (Callback API, Bots Long Poll).
   */
  type: "market_order_edit";
  /**
   * The `market_order_edit` community event (Callback API, Bots Long Poll).
   */
  object: T.CallbackMarketOrder;
}

/**
 * The `market_order_new` community event (Callback API, Bots Long Poll).
 *
 * Object is market_order (https://dev.vk.com/ru/api/community-events/json-schema#market_order_new; vksdk/vkbottle agree); alias added by patch 0119. Docs: needs extended market enabled. No fixture. Long Poll: delivered. Evidence: https://dev.vk.com/ru/api/community-events/json-schema says every event type on that page is supported by both Callback API and Bots Long Poll API, and groups.getLongPollSettings (groups/objects.json groups_long_poll_events) reports this event as a Long Poll setting; only the setter groups.setLongPollSettings lacks the param. No Long Poll fixture confirms it.
 *
 * Schema: https://dev.vk.com/ru/api/community-events/json-schema
 * Guide: https://vkts.github.io/vkts/events/market_order_new.html
 */
export interface MarketOrderNewEvent extends EventEnvelope<"market_order_new"> {
  /**
   * The `market_order_new` community event (Callback API, Bots Long Poll).
   */
  type: "market_order_new";
  /**
   * The `market_order_new` community event (Callback API, Bots Long Poll).
   */
  object: T.CallbackMarketOrder;
}

/**
 * The `message_allow` community event (Callback API, Bots Long Poll): Allowed messages notifications.
 *
 * Schema: https://dev.vk.com/ru/api/community-events/json-schema
 * Guide: https://vkts.github.io/vkts/events/message_allow.html
 */
export interface MessageAllowEvent extends EventEnvelope<"message_allow"> {
  /**
   * The `message_allow` community event (Callback API, Bots Long Poll): Allowed messages notifications.
   */
  type: "message_allow";
  /**
   * The `message_allow` community event (Callback API, Bots Long Poll): Allowed messages notifications.
   */
  object: T.CallbackMessageAllow;
}

/**
 * The `message_deny` community event (Callback API, Bots Long Poll): Denied messages notifications.
 *
 * Schema: https://dev.vk.com/ru/api/community-events/json-schema
 * Guide: https://vkts.github.io/vkts/events/message_deny.html
 */
export interface MessageDenyEvent extends EventEnvelope<"message_deny"> {
  /**
   * The `message_deny` community event (Callback API, Bots Long Poll): Denied messages notifications.
   */
  type: "message_deny";
  /**
   * The `message_deny` community event (Callback API, Bots Long Poll): Denied messages notifications.
   */
  object: T.CallbackMessageDeny;
}

/**
 * The `message_edit` community event (Callback API, Bots Long Poll).
 *
 * Bare message object; docs: sent only for messages sent by the bot. Definition added by patch 0114 (alias of callback_message); see patch 0121 (version). Upstream callback_type has a bogus extra value `messages_edit`; the real type string is `message_edit`.
 *
 * Schema: https://dev.vk.com/ru/api/community-events/json-schema
 * Guide: https://vkts.github.io/vkts/events/message_edit.html
 */
export interface MessageEditEvent extends EventEnvelope<"message_edit"> {
  /**
   * The `message_edit` community event (Callback API, Bots Long Poll).
   */
  type: "message_edit";
  /**
   * The `message_edit` community event (Callback API, Bots Long Poll).
   */
  object: T.CallbackMessageEdit;
}

/**
 * The `message_event` community event (Callback API, Bots Long Poll).
 *
 * Callback-button press. Patch 0112 types `payload` as a JSON object (fixture message_event__vknet.json carries an object; upstream said string).
 *
 * Schema: https://dev.vk.com/ru/api/community-events/json-schema
 * Guide: https://vkts.github.io/vkts/events/message_event.html
 */
export interface MessageEventEvent extends EventEnvelope<"message_event"> {
  /**
   * The `message_event` community event (Callback API, Bots Long Poll).
   */
  type: "message_event";
  /**
   * The `message_event` community event (Callback API, Bots Long Poll).
   */
  object: T.CallbackMessageEvent;
}

/**
 * The `message_new` community event (Callback API, Bots Long Poll): A new incoming message has been received.
 *
 * API >= 5.103: {message, client_info} (callback_message_object); below 5.103 the object was the bare message. Patch 0113 marks `message` required (docs + both fixtures); patch 0121 makes messages_base_message.version optional (absent in the fixtures).
 *
 * Schema: https://dev.vk.com/ru/api/community-events/json-schema
 * Guide: https://vkts.github.io/vkts/events/message_new.html
 */
export interface MessageNewEvent extends EventEnvelope<"message_new"> {
  /**
   * The `message_new` community event (Callback API, Bots Long Poll): A new incoming message has been received.
   */
  type: "message_new";
  /**
   * The `message_new` community event (Callback API, Bots Long Poll): A new incoming message has been received.
   */
  object: T.CallbackMessageNew;
}

/**
 * The `message_reaction_event` community event (Callback API, Bots Long Poll).
 *
 * No fixture; left as upstream.
 *
 * Schema: https://dev.vk.com/ru/api/community-events/json-schema
 * Guide: https://vkts.github.io/vkts/events/message_reaction_event.html
 */
export interface MessageReactionEventEvent extends EventEnvelope<"message_reaction_event"> {
  /**
   * The `message_reaction_event` community event (Callback API, Bots Long Poll).
   */
  type: "message_reaction_event";
  /**
   * The `message_reaction_event` community event (Callback API, Bots Long Poll).
   */
  object: T.CallbackMessageReactionEvent;
}

/**
 * The `message_read` community event (Callback API, Bots Long Poll): Messages read notifications.
 *
 * No fixture; left as upstream.
 *
 * Schema: https://dev.vk.com/ru/api/community-events/json-schema
 * Guide: https://vkts.github.io/vkts/events/message_read.html
 */
export interface MessageReadEvent extends EventEnvelope<"message_read"> {
  /**
   * The `message_read` community event (Callback API, Bots Long Poll): Messages read notifications.
   */
  type: "message_read";
  /**
   * The `message_read` community event (Callback API, Bots Long Poll): Messages read notifications.
   */
  object: T.CallbackMessageRead;
}

/**
 * The `message_reply` community event (Callback API, Bots Long Poll): A new outcoming message has been received.
 *
 * Bare message object (docs: 'личное сообщение'), not wrapped like message_new. Definition added by patch 0114 (alias of callback_message); see patch 0121 (version).
 *
 * Schema: https://dev.vk.com/ru/api/community-events/json-schema
 * Guide: https://vkts.github.io/vkts/events/message_reply.html
 */
export interface MessageReplyEvent extends EventEnvelope<"message_reply"> {
  /**
   * The `message_reply` community event (Callback API, Bots Long Poll): A new outcoming message has been received.
   */
  type: "message_reply";
  /**
   * The `message_reply` community event (Callback API, Bots Long Poll): A new outcoming message has been received.
   */
  object: T.CallbackMessageReply;
}

/**
 * The `message_typing_state` community event (Callback API, Bots Long Poll).
 *
 * Patch 0104 drops the bogus `state` enum (observed value 'typing', kept as an example). No fixture here; vkwave's test envelope has state 'typing'.
 *
 * Schema: https://dev.vk.com/ru/api/community-events/json-schema
 * Guide: https://vkts.github.io/vkts/events/message_typing_state.html
 */
export interface MessageTypingStateEvent extends EventEnvelope<"message_typing_state"> {
  /**
   * The `message_typing_state` community event (Callback API, Bots Long Poll).
   */
  type: "message_typing_state";
  /**
   * The `message_typing_state` community event (Callback API, Bots Long Poll).
   */
  object: T.CallbackMessageTypingState;
}

/**
 * The `photo_comment_delete` community event (Callback API, Bots Long Poll): A photo comment has been deleted.
 *
 * Patch 0106 removes `minimum: 0` from owner_id, patch 0108 from deleter_id.
 *
 * Schema: https://dev.vk.com/ru/api/community-events/json-schema
 * Guide: https://vkts.github.io/vkts/events/photo_comment_delete.html
 */
export interface PhotoCommentDeleteEvent extends EventEnvelope<"photo_comment_delete"> {
  /**
   * The `photo_comment_delete` community event (Callback API, Bots Long Poll): A photo comment has been deleted.
   */
  type: "photo_comment_delete";
  /**
   * The `photo_comment_delete` community event (Callback API, Bots Long Poll): A photo comment has been deleted.
   */
  object: T.CallbackPhotoCommentDelete;
}

/**
 * The `photo_comment_edit` community event (Callback API, Bots Long Poll): A photo comment has been edited.
 *
 * wall_wall_comment + photo_id/photo_owner_id. Patch 0105 removes `minimum: 0` from photo_owner_id (community owners are negative).
 *
 * Schema: https://dev.vk.com/ru/api/community-events/json-schema
 * Guide: https://vkts.github.io/vkts/events/photo_comment_edit.html
 */
export interface PhotoCommentEditEvent extends EventEnvelope<"photo_comment_edit"> {
  /**
   * The `photo_comment_edit` community event (Callback API, Bots Long Poll): A photo comment has been edited.
   */
  type: "photo_comment_edit";
  /**
   * The `photo_comment_edit` community event (Callback API, Bots Long Poll): A photo comment has been edited.
   */
  object: T.CallbackPhotoComment;
}

/**
 * The `photo_comment_new` community event (Callback API, Bots Long Poll): New comment to photo notifications.
 *
 * wall_wall_comment + photo_id/photo_owner_id. Patch 0105 removes `minimum: 0` from photo_owner_id (community owners are negative).
 *
 * Schema: https://dev.vk.com/ru/api/community-events/json-schema
 * Guide: https://vkts.github.io/vkts/events/photo_comment_new.html
 */
export interface PhotoCommentNewEvent extends EventEnvelope<"photo_comment_new"> {
  /**
   * The `photo_comment_new` community event (Callback API, Bots Long Poll): New comment to photo notifications.
   */
  type: "photo_comment_new";
  /**
   * The `photo_comment_new` community event (Callback API, Bots Long Poll): New comment to photo notifications.
   */
  object: T.CallbackPhotoComment;
}

/**
 * The `photo_comment_restore` community event (Callback API, Bots Long Poll): A photo comment has been restored.
 *
 * wall_wall_comment + photo_id/photo_owner_id. Patch 0105 removes `minimum: 0` from photo_owner_id (community owners are negative).
 *
 * Schema: https://dev.vk.com/ru/api/community-events/json-schema
 * Guide: https://vkts.github.io/vkts/events/photo_comment_restore.html
 */
export interface PhotoCommentRestoreEvent extends EventEnvelope<"photo_comment_restore"> {
  /**
   * The `photo_comment_restore` community event (Callback API, Bots Long Poll): A photo comment has been restored.
   */
  type: "photo_comment_restore";
  /**
   * The `photo_comment_restore` community event (Callback API, Bots Long Poll): A photo comment has been restored.
   */
  object: T.CallbackPhotoComment;
}

/**
 * The `photo_new` community event (Callback API, Bots Long Poll): New photos notifications.
 *
 * photos_photo; patch 0122 drops `has_tags` from required (absent in the fixture).
 *
 * Schema: https://dev.vk.com/ru/api/community-events/json-schema
 * Guide: https://vkts.github.io/vkts/events/photo_new.html
 */
export interface PhotoNewEvent extends EventEnvelope<"photo_new"> {
  /**
   * The `photo_new` community event (Callback API, Bots Long Poll): New photos notifications.
   */
  type: "photo_new";
  /**
   * The `photo_new` community event (Callback API, Bots Long Poll): New photos notifications.
   */
  object: T.CallbackPhotoNew;
}

/**
 * The `poll_vote_new` community event (Callback API, Bots Long Poll): A vote in a public poll has been added.
 *
 * Schema: https://dev.vk.com/ru/api/community-events/json-schema
 * Guide: https://vkts.github.io/vkts/events/poll_vote_new.html
 */
export interface PollVoteNewEvent extends EventEnvelope<"poll_vote_new"> {
  /**
   * The `poll_vote_new` community event (Callback API, Bots Long Poll): A vote in a public poll has been added.
   */
  type: "poll_vote_new";
  /**
   * The `poll_vote_new` community event (Callback API, Bots Long Poll): A vote in a public poll has been added.
   */
  object: T.CallbackPollVoteNew;
}

/**
 * The `user_block` community event (Callback API, Bots Long Poll): User added to community blacklist.
 *
 * Schema: https://dev.vk.com/ru/api/community-events/json-schema
 * Guide: https://vkts.github.io/vkts/events/user_block.html
 */
export interface UserBlockEvent extends EventEnvelope<"user_block"> {
  /**
   * The `user_block` community event (Callback API, Bots Long Poll): User added to community blacklist.
   */
  type: "user_block";
  /**
   * The `user_block` community event (Callback API, Bots Long Poll): User added to community blacklist.
   */
  object: T.CallbackUserBlock;
}

/**
 * The `user_unblock` community event (Callback API, Bots Long Poll): User removed from community blacklist.
 *
 * Schema: https://dev.vk.com/ru/api/community-events/json-schema
 * Guide: https://vkts.github.io/vkts/events/user_unblock.html
 */
export interface UserUnblockEvent extends EventEnvelope<"user_unblock"> {
  /**
   * The `user_unblock` community event (Callback API, Bots Long Poll): User removed from community blacklist.
   */
  type: "user_unblock";
  /**
   * The `user_unblock` community event (Callback API, Bots Long Poll): User removed from community blacklist.
   */
  object: T.CallbackUserUnblock;
}

/**
 * The `video_comment_delete` community event (Callback API, Bots Long Poll): A video comment has been deleted.
 *
 * Patch 0108 removes `minimum: 0` from deleter_id; patch 0110 adds the documented optional user_id.
 *
 * Schema: https://dev.vk.com/ru/api/community-events/json-schema
 * Guide: https://vkts.github.io/vkts/events/video_comment_delete.html
 */
export interface VideoCommentDeleteEvent extends EventEnvelope<"video_comment_delete"> {
  /**
   * The `video_comment_delete` community event (Callback API, Bots Long Poll): A video comment has been deleted.
   */
  type: "video_comment_delete";
  /**
   * The `video_comment_delete` community event (Callback API, Bots Long Poll): A video comment has been deleted.
   */
  object: T.CallbackVideoCommentDelete;
}

/**
 * The `video_comment_edit` community event (Callback API, Bots Long Poll): A video comment has been edited.
 *
 * wall_wall_comment + video_owner_id (video_id comes from wall_wall_comment).
 *
 * Schema: https://dev.vk.com/ru/api/community-events/json-schema
 * Guide: https://vkts.github.io/vkts/events/video_comment_edit.html
 */
export interface VideoCommentEditEvent extends EventEnvelope<"video_comment_edit"> {
  /**
   * The `video_comment_edit` community event (Callback API, Bots Long Poll): A video comment has been edited.
   */
  type: "video_comment_edit";
  /**
   * The `video_comment_edit` community event (Callback API, Bots Long Poll): A video comment has been edited.
   */
  object: T.CallbackVideoComment;
}

/**
 * The `video_comment_new` community event (Callback API, Bots Long Poll): New comment to video notifications.
 *
 * wall_wall_comment + video_owner_id (video_id comes from wall_wall_comment).
 *
 * Schema: https://dev.vk.com/ru/api/community-events/json-schema
 * Guide: https://vkts.github.io/vkts/events/video_comment_new.html
 */
export interface VideoCommentNewEvent extends EventEnvelope<"video_comment_new"> {
  /**
   * The `video_comment_new` community event (Callback API, Bots Long Poll): New comment to video notifications.
   */
  type: "video_comment_new";
  /**
   * The `video_comment_new` community event (Callback API, Bots Long Poll): New comment to video notifications.
   */
  object: T.CallbackVideoComment;
}

/**
 * The `video_comment_restore` community event (Callback API, Bots Long Poll): A video comment has been restored.
 *
 * wall_wall_comment + video_owner_id (video_id comes from wall_wall_comment).
 *
 * Schema: https://dev.vk.com/ru/api/community-events/json-schema
 * Guide: https://vkts.github.io/vkts/events/video_comment_restore.html
 */
export interface VideoCommentRestoreEvent extends EventEnvelope<"video_comment_restore"> {
  /**
   * The `video_comment_restore` community event (Callback API, Bots Long Poll): A video comment has been restored.
   */
  type: "video_comment_restore";
  /**
   * The `video_comment_restore` community event (Callback API, Bots Long Poll): A video comment has been restored.
   */
  object: T.CallbackVideoComment;
}

/**
 * The `video_new` community event (Callback API, Bots Long Poll): New videos notifications.
 *
 * Patch 0101 points it at video_video (upstream: audio_audio).
 *
 * Schema: https://dev.vk.com/ru/api/community-events/json-schema
 * Guide: https://vkts.github.io/vkts/events/video_new.html
 */
export interface VideoNewEvent extends EventEnvelope<"video_new"> {
  /**
   * The `video_new` community event (Callback API, Bots Long Poll): New videos notifications.
   */
  type: "video_new";
  /**
   * The `video_new` community event (Callback API, Bots Long Poll): New videos notifications.
   */
  object: T.CallbackVideoNew;
}

/**
 * The `vkpay_transaction` community event (Callback API, Bots Long Poll).
 *
 * VK Pay transfer to the community. Listed on https://dev.vk.com/ru/api/community-events/json-schema#vkpay_transaction, whose header says every listed type is supported by Callback API and Bots Long Poll API; vk_api's VkBotEventType (a Bots Long Poll client) also lists it. No fixture; object left as upstream.
 *
 * Schema: https://dev.vk.com/ru/api/community-events/json-schema
 * Guide: https://vkts.github.io/vkts/events/vkpay_transaction.html
 */
export interface VkpayTransactionEvent extends EventEnvelope<"vkpay_transaction"> {
  /**
   * The `vkpay_transaction` community event (Callback API, Bots Long Poll).
   */
  type: "vkpay_transaction";
  /**
   * The `vkpay_transaction` community event (Callback API, Bots Long Poll).
   */
  object: T.CallbackVkpayTransaction;
}

/**
 * The `wall_post_new` community event (Callback API, Bots Long Poll): New wall posts notifications.
 *
 * wall_wallpost_full + optional postponed_id (patch 0117; upstream aliased the reduced wall_wallpost). Patch 0123 drops `inner_type` from wall_wallpost's required list (absent in the fixture).
 *
 * Schema: https://dev.vk.com/ru/api/community-events/json-schema
 * Guide: https://vkts.github.io/vkts/events/wall_post_new.html
 */
export interface WallPostNewEvent extends EventEnvelope<"wall_post_new"> {
  /**
   * The `wall_post_new` community event (Callback API, Bots Long Poll): New wall posts notifications.
   */
  type: "wall_post_new";
  /**
   * The `wall_post_new` community event (Callback API, Bots Long Poll): New wall posts notifications.
   */
  object: T.CallbackWallPostNew;
}

/**
 * The `wall_reply_delete` community event (Callback API, Bots Long Poll): A wall comment has been deleted.
 *
 * Upstream definition name does not follow the event name. Patch 0103 replaces user_id with deleter_id (docs, fixture, vksdk).
 *
 * Schema: https://dev.vk.com/ru/api/community-events/json-schema
 * Guide: https://vkts.github.io/vkts/events/wall_reply_delete.html
 */
export interface WallReplyDeleteEvent extends EventEnvelope<"wall_reply_delete"> {
  /**
   * The `wall_reply_delete` community event (Callback API, Bots Long Poll): A wall comment has been deleted.
   */
  type: "wall_reply_delete";
  /**
   * The `wall_reply_delete` community event (Callback API, Bots Long Poll): A wall comment has been deleted.
   */
  object: T.CallbackWallCommentDelete;
}

/**
 * The `wall_reply_edit` community event (Callback API, Bots Long Poll): Wall replies edited notifications.
 *
 * wall_wall_comment + post_id/post_owner_id; patch 0115 adds post_owner_id (docs + fixtures).
 *
 * Schema: https://dev.vk.com/ru/api/community-events/json-schema
 * Guide: https://vkts.github.io/vkts/events/wall_reply_edit.html
 */
export interface WallReplyEditEvent extends EventEnvelope<"wall_reply_edit"> {
  /**
   * The `wall_reply_edit` community event (Callback API, Bots Long Poll): Wall replies edited notifications.
   */
  type: "wall_reply_edit";
  /**
   * The `wall_reply_edit` community event (Callback API, Bots Long Poll): Wall replies edited notifications.
   */
  object: T.CallbackWallReplyEdit;
}

/**
 * The `wall_reply_new` community event (Callback API, Bots Long Poll): New wall replies notifications.
 *
 * wall_wall_comment + post_id/post_owner_id; patch 0115 adds post_owner_id (docs + fixtures).
 *
 * Schema: https://dev.vk.com/ru/api/community-events/json-schema
 * Guide: https://vkts.github.io/vkts/events/wall_reply_new.html
 */
export interface WallReplyNewEvent extends EventEnvelope<"wall_reply_new"> {
  /**
   * The `wall_reply_new` community event (Callback API, Bots Long Poll): New wall replies notifications.
   */
  type: "wall_reply_new";
  /**
   * The `wall_reply_new` community event (Callback API, Bots Long Poll): New wall replies notifications.
   */
  object: T.CallbackWallReplyNew;
}

/**
 * The `wall_reply_restore` community event (Callback API, Bots Long Poll): A wall comment has been restored.
 *
 * wall_wall_comment + post_id/post_owner_id; patch 0115 adds post_owner_id (docs + fixtures).
 *
 * Schema: https://dev.vk.com/ru/api/community-events/json-schema
 * Guide: https://vkts.github.io/vkts/events/wall_reply_restore.html
 */
export interface WallReplyRestoreEvent extends EventEnvelope<"wall_reply_restore"> {
  /**
   * The `wall_reply_restore` community event (Callback API, Bots Long Poll): A wall comment has been restored.
   */
  type: "wall_reply_restore";
  /**
   * The `wall_reply_restore` community event (Callback API, Bots Long Poll): A wall comment has been restored.
   */
  object: T.CallbackWallReplyRestore;
}

/**
 * The `wall_repost` community event (Callback API, Bots Long Poll): New wall posts notifications.
 *
 * Same shape as wall_post_new (patch 0117). No fixture.
 *
 * Schema: https://dev.vk.com/ru/api/community-events/json-schema
 * Guide: https://vkts.github.io/vkts/events/wall_repost.html
 */
export interface WallRepostEvent extends EventEnvelope<"wall_repost"> {
  /**
   * The `wall_repost` community event (Callback API, Bots Long Poll): New wall posts notifications.
   */
  type: "wall_repost";
  /**
   * The `wall_repost` community event (Callback API, Bots Long Poll): New wall posts notifications.
   */
  object: T.CallbackWallRepost;
}

/**
 * The `wall_schedule_post_delete` community event (Callback API, Bots Long Poll): Scheduled post removed from time slot.
 *
 * Object {id, schedule_time} per https://dev.vk.com/ru/api/community-events/json-schema#wall_schedule_post_delete; definition added by patch 0118. No fixture, no peer typing. Long Poll: delivered. Evidence: https://dev.vk.com/ru/api/community-events/json-schema says every event type on that page is supported by both Callback API and Bots Long Poll API, and groups.getLongPollSettings (groups/objects.json groups_long_poll_events) reports this event as a Long Poll setting; only the setter groups.setLongPollSettings lacks the param. No Long Poll fixture confirms it.
 *
 * Schema: https://dev.vk.com/ru/api/community-events/json-schema
 * Guide: https://vkts.github.io/vkts/events/wall_schedule_post_delete.html
 */
export interface WallSchedulePostDeleteEvent extends EventEnvelope<"wall_schedule_post_delete"> {
  /**
   * The `wall_schedule_post_delete` community event (Callback API, Bots Long Poll): Scheduled post removed from time slot.
   */
  type: "wall_schedule_post_delete";
  /**
   * The `wall_schedule_post_delete` community event (Callback API, Bots Long Poll): Scheduled post removed from time slot.
   */
  object: T.CallbackWallSchedulePost;
}

/**
 * The `wall_schedule_post_new` community event (Callback API, Bots Long Poll): Scheduled post added to time slot.
 *
 * Object {id, schedule_time} per https://dev.vk.com/ru/api/community-events/json-schema#wall_schedule_post_new; definition added by patch 0118. No fixture, no peer typing. Long Poll: delivered. Evidence: https://dev.vk.com/ru/api/community-events/json-schema says every event type on that page is supported by both Callback API and Bots Long Poll API, and groups.getLongPollSettings (groups/objects.json groups_long_poll_events) reports this event as a Long Poll setting; only the setter groups.setLongPollSettings lacks the param. No Long Poll fixture confirms it.
 *
 * Schema: https://dev.vk.com/ru/api/community-events/json-schema
 * Guide: https://vkts.github.io/vkts/events/wall_schedule_post_new.html
 */
export interface WallSchedulePostNewEvent extends EventEnvelope<"wall_schedule_post_new"> {
  /**
   * The `wall_schedule_post_new` community event (Callback API, Bots Long Poll): Scheduled post added to time slot.
   */
  type: "wall_schedule_post_new";
  /**
   * The `wall_schedule_post_new` community event (Callback API, Bots Long Poll): Scheduled post added to time slot.
   */
  object: T.CallbackWallSchedulePost;
}

/**
 * Event type → its envelope type.
 */
export interface CallbackEventMap {
  /**
   * The `app_payload` community event (Callback API, Bots Long Poll).
   */
  app_payload: AppPayloadEvent;
  /**
   * The `audio_new` community event (Callback API, Bots Long Poll): New audios notifications.
   */
  audio_new: AudioNewEvent;
  /**
   * The `board_post_delete` community event (Callback API, Bots Long Poll): Board posts deleted notifications.
   */
  board_post_delete: BoardPostDeleteEvent;
  /**
   * The `board_post_edit` community event (Callback API, Bots Long Poll): Board posts edited notifications.
   */
  board_post_edit: BoardPostEditEvent;
  /**
   * The `board_post_new` community event (Callback API, Bots Long Poll): New board posts notifications.
   */
  board_post_new: BoardPostNewEvent;
  /**
   * The `board_post_restore` community event (Callback API, Bots Long Poll): Board posts restored notifications.
   */
  board_post_restore: BoardPostRestoreEvent;
  /**
   * The `confirmation` community event (Callback API).
   */
  confirmation: ConfirmationEvent;
  /**
   * The `donut_money_withdraw` community event (Callback API, Bots Long Poll).
   */
  donut_money_withdraw: DonutMoneyWithdrawEvent;
  /**
   * The `donut_money_withdraw_error` community event (Callback API, Bots Long Poll).
   */
  donut_money_withdraw_error: DonutMoneyWithdrawErrorEvent;
  /**
   * The `donut_subscription_cancelled` community event (Callback API, Bots Long Poll).
   */
  donut_subscription_cancelled: DonutSubscriptionCancelledEvent;
  /**
   * The `donut_subscription_create` community event (Callback API, Bots Long Poll).
   */
  donut_subscription_create: DonutSubscriptionCreateEvent;
  /**
   * The `donut_subscription_expired` community event (Callback API, Bots Long Poll).
   */
  donut_subscription_expired: DonutSubscriptionExpiredEvent;
  /**
   * The `donut_subscription_price_changed` community event (Callback API, Bots Long Poll).
   */
  donut_subscription_price_changed: DonutSubscriptionPriceChangedEvent;
  /**
   * The `donut_subscription_prolonged` community event (Callback API, Bots Long Poll).
   */
  donut_subscription_prolonged: DonutSubscriptionProlongedEvent;
  /**
   * The `group_change_photo` community event (Callback API, Bots Long Poll).
   */
  group_change_photo: GroupChangePhotoEvent;
  /**
   * The `group_change_settings` community event (Callback API, Bots Long Poll).
   */
  group_change_settings: GroupChangeSettingsEvent;
  /**
   * The `group_join` community event (Callback API, Bots Long Poll): Joined community notifications.
   */
  group_join: GroupJoinEvent;
  /**
   * The `group_leave` community event (Callback API, Bots Long Poll): Left community notifications.
   */
  group_leave: GroupLeaveEvent;
  /**
   * The `group_officers_edit` community event (Callback API, Bots Long Poll).
   */
  group_officers_edit: GroupOfficersEditEvent;
  /**
   * The `lead_forms_new` community event (Callback API, Bots Long Poll): New form in lead forms.
   */
  lead_forms_new: LeadFormsNewEvent;
  /**
   * The `like_add` community event (Callback API, Bots Long Poll).
   */
  like_add: LikeAddEvent;
  /**
   * The `like_remove` community event (Callback API, Bots Long Poll).
   */
  like_remove: LikeRemoveEvent;
  /**
   * The `market_comment_delete` community event (Callback API, Bots Long Poll): A market comment has been deleted.
   */
  market_comment_delete: MarketCommentDeleteEvent;
  /**
   * The `market_comment_edit` community event (Callback API, Bots Long Poll): A market comment has been edited.
   */
  market_comment_edit: MarketCommentEditEvent;
  /**
   * The `market_comment_new` community event (Callback API, Bots Long Poll): New comment to market item notifications.
   */
  market_comment_new: MarketCommentNewEvent;
  /**
   * The `market_comment_restore` community event (Callback API, Bots Long Poll): A market comment has been restored.
   */
  market_comment_restore: MarketCommentRestoreEvent;
  /**
   * The `market_order_edit` community event (Callback API, Bots Long Poll).
   */
  market_order_edit: MarketOrderEditEvent;
  /**
   * The `market_order_new` community event (Callback API, Bots Long Poll).
   */
  market_order_new: MarketOrderNewEvent;
  /**
   * The `message_allow` community event (Callback API, Bots Long Poll): Allowed messages notifications.
   */
  message_allow: MessageAllowEvent;
  /**
   * The `message_deny` community event (Callback API, Bots Long Poll): Denied messages notifications.
   */
  message_deny: MessageDenyEvent;
  /**
   * The `message_edit` community event (Callback API, Bots Long Poll).
   */
  message_edit: MessageEditEvent;
  /**
   * The `message_event` community event (Callback API, Bots Long Poll).
   */
  message_event: MessageEventEvent;
  /**
   * The `message_new` community event (Callback API, Bots Long Poll): A new incoming message has been received.
   */
  message_new: MessageNewEvent;
  /**
   * The `message_reaction_event` community event (Callback API, Bots Long Poll).
   */
  message_reaction_event: MessageReactionEventEvent;
  /**
   * The `message_read` community event (Callback API, Bots Long Poll): Messages read notifications.
   */
  message_read: MessageReadEvent;
  /**
   * The `message_reply` community event (Callback API, Bots Long Poll): A new outcoming message has been received.
   */
  message_reply: MessageReplyEvent;
  /**
   * The `message_typing_state` community event (Callback API, Bots Long Poll).
   */
  message_typing_state: MessageTypingStateEvent;
  /**
   * The `photo_comment_delete` community event (Callback API, Bots Long Poll): A photo comment has been deleted.
   */
  photo_comment_delete: PhotoCommentDeleteEvent;
  /**
   * The `photo_comment_edit` community event (Callback API, Bots Long Poll): A photo comment has been edited.
   */
  photo_comment_edit: PhotoCommentEditEvent;
  /**
   * The `photo_comment_new` community event (Callback API, Bots Long Poll): New comment to photo notifications.
   */
  photo_comment_new: PhotoCommentNewEvent;
  /**
   * The `photo_comment_restore` community event (Callback API, Bots Long Poll): A photo comment has been restored.
   */
  photo_comment_restore: PhotoCommentRestoreEvent;
  /**
   * The `photo_new` community event (Callback API, Bots Long Poll): New photos notifications.
   */
  photo_new: PhotoNewEvent;
  /**
   * The `poll_vote_new` community event (Callback API, Bots Long Poll): A vote in a public poll has been added.
   */
  poll_vote_new: PollVoteNewEvent;
  /**
   * The `user_block` community event (Callback API, Bots Long Poll): User added to community blacklist.
   */
  user_block: UserBlockEvent;
  /**
   * The `user_unblock` community event (Callback API, Bots Long Poll): User removed from community blacklist.
   */
  user_unblock: UserUnblockEvent;
  /**
   * The `video_comment_delete` community event (Callback API, Bots Long Poll): A video comment has been deleted.
   */
  video_comment_delete: VideoCommentDeleteEvent;
  /**
   * The `video_comment_edit` community event (Callback API, Bots Long Poll): A video comment has been edited.
   */
  video_comment_edit: VideoCommentEditEvent;
  /**
   * The `video_comment_new` community event (Callback API, Bots Long Poll): New comment to video notifications.
   */
  video_comment_new: VideoCommentNewEvent;
  /**
   * The `video_comment_restore` community event (Callback API, Bots Long Poll): A video comment has been restored.
   */
  video_comment_restore: VideoCommentRestoreEvent;
  /**
   * The `video_new` community event (Callback API, Bots Long Poll): New videos notifications.
   */
  video_new: VideoNewEvent;
  /**
   * The `vkpay_transaction` community event (Callback API, Bots Long Poll).
   */
  vkpay_transaction: VkpayTransactionEvent;
  /**
   * The `wall_post_new` community event (Callback API, Bots Long Poll): New wall posts notifications.
   */
  wall_post_new: WallPostNewEvent;
  /**
   * The `wall_reply_delete` community event (Callback API, Bots Long Poll): A wall comment has been deleted.
   */
  wall_reply_delete: WallReplyDeleteEvent;
  /**
   * The `wall_reply_edit` community event (Callback API, Bots Long Poll): Wall replies edited notifications.
   */
  wall_reply_edit: WallReplyEditEvent;
  /**
   * The `wall_reply_new` community event (Callback API, Bots Long Poll): New wall replies notifications.
   */
  wall_reply_new: WallReplyNewEvent;
  /**
   * The `wall_reply_restore` community event (Callback API, Bots Long Poll): A wall comment has been restored.
   */
  wall_reply_restore: WallReplyRestoreEvent;
  /**
   * The `wall_repost` community event (Callback API, Bots Long Poll): New wall posts notifications.
   */
  wall_repost: WallRepostEvent;
  /**
   * The `wall_schedule_post_delete` community event (Callback API, Bots Long Poll): Scheduled post removed from time slot.
   */
  wall_schedule_post_delete: WallSchedulePostDeleteEvent;
  /**
   * The `wall_schedule_post_new` community event (Callback API, Bots Long Poll): Scheduled post added to time slot.
   */
  wall_schedule_post_new: WallSchedulePostNewEvent;
}

/**
 * Any known community event, discriminated on `type`.
 */
export type CallbackEvent = CallbackEventMap[CallbackEventType];
