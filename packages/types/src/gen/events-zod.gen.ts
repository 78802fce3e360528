// This file is generated. Do not edit it by hand: change codegen/ or schema/patches/ and run `pnpm codegen`.
// Source: VKCOM/vk-api-schema@0efe478fc1011bc167fd389dd1dc36efc883de02 (API 5.199), with the patches in schema/patches/.
// Contents: zod validators of community events.
/* eslint-disable */

import { z } from 'zod';
import type * as E from './events.gen.js';
import { schemaOf } from '../zod-shape.js';
import { envelopeShape } from '../event-envelope-zod.js';
import { zCallbackAppPayload, zCallbackAudioNew, zCallbackBoardPostDelete, zCallbackBoardPostEdit, zCallbackBoardPostNew, zCallbackBoardPostRestore, zCallbackDonutMoneyWithdraw, zCallbackDonutMoneyWithdrawError, zCallbackDonutSubscriptionCancelled, zCallbackDonutSubscriptionCreate, zCallbackDonutSubscriptionExpired, zCallbackDonutSubscriptionPriceChanged, zCallbackDonutSubscriptionProlonged, zCallbackGroupChangePhoto, zCallbackGroupChangeSettings, zCallbackGroupJoin, zCallbackGroupLeave, zCallbackGroupOfficersEdit, zCallbackLeadFormsNew, zCallbackLikeAddRemove, zCallbackMarketComment, zCallbackMarketCommentDelete, zCallbackMarketOrder, zCallbackMessageAllow, zCallbackMessageDeny, zCallbackMessageEdit, zCallbackMessageEvent, zCallbackMessageNew, zCallbackMessageReactionEvent, zCallbackMessageRead, zCallbackMessageReply, zCallbackMessageTypingState, zCallbackPhotoComment, zCallbackPhotoCommentDelete, zCallbackPhotoNew, zCallbackPollVoteNew, zCallbackUserBlock, zCallbackUserUnblock, zCallbackVideoComment, zCallbackVideoCommentDelete, zCallbackVideoNew, zCallbackVkpayTransaction, zCallbackWallCommentDelete, zCallbackWallPostNew, zCallbackWallReplyEdit, zCallbackWallReplyNew, zCallbackWallReplyRestore, zCallbackWallRepost, zCallbackWallSchedulePost } from './zod.gen.js';

const AppPayloadEventShape = z.looseObject({ type: z.literal("app_payload"), ...envelopeShape, object: zCallbackAppPayload });
const AudioNewEventShape = z.looseObject({ type: z.literal("audio_new"), ...envelopeShape, object: zCallbackAudioNew });
const BoardPostDeleteEventShape = z.looseObject({ type: z.literal("board_post_delete"), ...envelopeShape, object: zCallbackBoardPostDelete });
const BoardPostEditEventShape = z.looseObject({ type: z.literal("board_post_edit"), ...envelopeShape, object: zCallbackBoardPostEdit });
const BoardPostNewEventShape = z.looseObject({ type: z.literal("board_post_new"), ...envelopeShape, object: zCallbackBoardPostNew });
const BoardPostRestoreEventShape = z.looseObject({ type: z.literal("board_post_restore"), ...envelopeShape, object: zCallbackBoardPostRestore });
const ConfirmationEventShape = z.looseObject({ type: z.literal("confirmation"), ...envelopeShape });
const DonutMoneyWithdrawEventShape = z.looseObject({ type: z.literal("donut_money_withdraw"), ...envelopeShape, object: zCallbackDonutMoneyWithdraw });
const DonutMoneyWithdrawErrorEventShape = z.looseObject({ type: z.literal("donut_money_withdraw_error"), ...envelopeShape, object: zCallbackDonutMoneyWithdrawError });
const DonutSubscriptionCancelledEventShape = z.looseObject({ type: z.literal("donut_subscription_cancelled"), ...envelopeShape, object: zCallbackDonutSubscriptionCancelled });
const DonutSubscriptionCreateEventShape = z.looseObject({ type: z.literal("donut_subscription_create"), ...envelopeShape, object: zCallbackDonutSubscriptionCreate });
const DonutSubscriptionExpiredEventShape = z.looseObject({ type: z.literal("donut_subscription_expired"), ...envelopeShape, object: zCallbackDonutSubscriptionExpired });
const DonutSubscriptionPriceChangedEventShape = z.looseObject({ type: z.literal("donut_subscription_price_changed"), ...envelopeShape, object: zCallbackDonutSubscriptionPriceChanged });
const DonutSubscriptionProlongedEventShape = z.looseObject({ type: z.literal("donut_subscription_prolonged"), ...envelopeShape, object: zCallbackDonutSubscriptionProlonged });
const GroupChangePhotoEventShape = z.looseObject({ type: z.literal("group_change_photo"), ...envelopeShape, object: zCallbackGroupChangePhoto });
const GroupChangeSettingsEventShape = z.looseObject({ type: z.literal("group_change_settings"), ...envelopeShape, object: zCallbackGroupChangeSettings });
const GroupJoinEventShape = z.looseObject({ type: z.literal("group_join"), ...envelopeShape, object: zCallbackGroupJoin });
const GroupLeaveEventShape = z.looseObject({ type: z.literal("group_leave"), ...envelopeShape, object: zCallbackGroupLeave });
const GroupOfficersEditEventShape = z.looseObject({ type: z.literal("group_officers_edit"), ...envelopeShape, object: zCallbackGroupOfficersEdit });
const LeadFormsNewEventShape = z.looseObject({ type: z.literal("lead_forms_new"), ...envelopeShape, object: zCallbackLeadFormsNew });
const LikeAddEventShape = z.looseObject({ type: z.literal("like_add"), ...envelopeShape, object: zCallbackLikeAddRemove });
const LikeRemoveEventShape = z.looseObject({ type: z.literal("like_remove"), ...envelopeShape, object: zCallbackLikeAddRemove });
const MarketCommentDeleteEventShape = z.looseObject({ type: z.literal("market_comment_delete"), ...envelopeShape, object: zCallbackMarketCommentDelete });
const MarketCommentEditEventShape = z.looseObject({ type: z.literal("market_comment_edit"), ...envelopeShape, object: zCallbackMarketComment });
const MarketCommentNewEventShape = z.looseObject({ type: z.literal("market_comment_new"), ...envelopeShape, object: zCallbackMarketComment });
const MarketCommentRestoreEventShape = z.looseObject({ type: z.literal("market_comment_restore"), ...envelopeShape, object: zCallbackMarketComment });
const MarketOrderEditEventShape = z.looseObject({ type: z.literal("market_order_edit"), ...envelopeShape, object: zCallbackMarketOrder });
const MarketOrderNewEventShape = z.looseObject({ type: z.literal("market_order_new"), ...envelopeShape, object: zCallbackMarketOrder });
const MessageAllowEventShape = z.looseObject({ type: z.literal("message_allow"), ...envelopeShape, object: zCallbackMessageAllow });
const MessageDenyEventShape = z.looseObject({ type: z.literal("message_deny"), ...envelopeShape, object: zCallbackMessageDeny });
const MessageEditEventShape = z.looseObject({ type: z.literal("message_edit"), ...envelopeShape, object: zCallbackMessageEdit });
const MessageEventEventShape = z.looseObject({ type: z.literal("message_event"), ...envelopeShape, object: zCallbackMessageEvent });
const MessageNewEventShape = z.looseObject({ type: z.literal("message_new"), ...envelopeShape, object: zCallbackMessageNew });
const MessageReactionEventEventShape = z.looseObject({ type: z.literal("message_reaction_event"), ...envelopeShape, object: zCallbackMessageReactionEvent });
const MessageReadEventShape = z.looseObject({ type: z.literal("message_read"), ...envelopeShape, object: zCallbackMessageRead });
const MessageReplyEventShape = z.looseObject({ type: z.literal("message_reply"), ...envelopeShape, object: zCallbackMessageReply });
const MessageTypingStateEventShape = z.looseObject({ type: z.literal("message_typing_state"), ...envelopeShape, object: zCallbackMessageTypingState });
const PhotoCommentDeleteEventShape = z.looseObject({ type: z.literal("photo_comment_delete"), ...envelopeShape, object: zCallbackPhotoCommentDelete });
const PhotoCommentEditEventShape = z.looseObject({ type: z.literal("photo_comment_edit"), ...envelopeShape, object: zCallbackPhotoComment });
const PhotoCommentNewEventShape = z.looseObject({ type: z.literal("photo_comment_new"), ...envelopeShape, object: zCallbackPhotoComment });
const PhotoCommentRestoreEventShape = z.looseObject({ type: z.literal("photo_comment_restore"), ...envelopeShape, object: zCallbackPhotoComment });
const PhotoNewEventShape = z.looseObject({ type: z.literal("photo_new"), ...envelopeShape, object: zCallbackPhotoNew });
const PollVoteNewEventShape = z.looseObject({ type: z.literal("poll_vote_new"), ...envelopeShape, object: zCallbackPollVoteNew });
const UserBlockEventShape = z.looseObject({ type: z.literal("user_block"), ...envelopeShape, object: zCallbackUserBlock });
const UserUnblockEventShape = z.looseObject({ type: z.literal("user_unblock"), ...envelopeShape, object: zCallbackUserUnblock });
const VideoCommentDeleteEventShape = z.looseObject({ type: z.literal("video_comment_delete"), ...envelopeShape, object: zCallbackVideoCommentDelete });
const VideoCommentEditEventShape = z.looseObject({ type: z.literal("video_comment_edit"), ...envelopeShape, object: zCallbackVideoComment });
const VideoCommentNewEventShape = z.looseObject({ type: z.literal("video_comment_new"), ...envelopeShape, object: zCallbackVideoComment });
const VideoCommentRestoreEventShape = z.looseObject({ type: z.literal("video_comment_restore"), ...envelopeShape, object: zCallbackVideoComment });
const VideoNewEventShape = z.looseObject({ type: z.literal("video_new"), ...envelopeShape, object: zCallbackVideoNew });
const VkpayTransactionEventShape = z.looseObject({ type: z.literal("vkpay_transaction"), ...envelopeShape, object: zCallbackVkpayTransaction });
const WallPostNewEventShape = z.looseObject({ type: z.literal("wall_post_new"), ...envelopeShape, object: zCallbackWallPostNew });
const WallReplyDeleteEventShape = z.looseObject({ type: z.literal("wall_reply_delete"), ...envelopeShape, object: zCallbackWallCommentDelete });
const WallReplyEditEventShape = z.looseObject({ type: z.literal("wall_reply_edit"), ...envelopeShape, object: zCallbackWallReplyEdit });
const WallReplyNewEventShape = z.looseObject({ type: z.literal("wall_reply_new"), ...envelopeShape, object: zCallbackWallReplyNew });
const WallReplyRestoreEventShape = z.looseObject({ type: z.literal("wall_reply_restore"), ...envelopeShape, object: zCallbackWallReplyRestore });
const WallRepostEventShape = z.looseObject({ type: z.literal("wall_repost"), ...envelopeShape, object: zCallbackWallRepost });
const WallSchedulePostDeleteEventShape = z.looseObject({ type: z.literal("wall_schedule_post_delete"), ...envelopeShape, object: zCallbackWallSchedulePost });
const WallSchedulePostNewEventShape = z.looseObject({ type: z.literal("wall_schedule_post_new"), ...envelopeShape, object: zCallbackWallSchedulePost });

export const zAppPayloadEvent: z.ZodType<E.AppPayloadEvent> = schemaOf<E.AppPayloadEvent>(AppPayloadEventShape);
export const zAudioNewEvent: z.ZodType<E.AudioNewEvent> = schemaOf<E.AudioNewEvent>(AudioNewEventShape);
export const zBoardPostDeleteEvent: z.ZodType<E.BoardPostDeleteEvent> = schemaOf<E.BoardPostDeleteEvent>(BoardPostDeleteEventShape);
export const zBoardPostEditEvent: z.ZodType<E.BoardPostEditEvent> = schemaOf<E.BoardPostEditEvent>(BoardPostEditEventShape);
export const zBoardPostNewEvent: z.ZodType<E.BoardPostNewEvent> = schemaOf<E.BoardPostNewEvent>(BoardPostNewEventShape);
export const zBoardPostRestoreEvent: z.ZodType<E.BoardPostRestoreEvent> = schemaOf<E.BoardPostRestoreEvent>(BoardPostRestoreEventShape);
export const zConfirmationEvent: z.ZodType<E.ConfirmationEvent> = schemaOf<E.ConfirmationEvent>(ConfirmationEventShape);
export const zDonutMoneyWithdrawEvent: z.ZodType<E.DonutMoneyWithdrawEvent> = schemaOf<E.DonutMoneyWithdrawEvent>(DonutMoneyWithdrawEventShape);
export const zDonutMoneyWithdrawErrorEvent: z.ZodType<E.DonutMoneyWithdrawErrorEvent> = schemaOf<E.DonutMoneyWithdrawErrorEvent>(DonutMoneyWithdrawErrorEventShape);
export const zDonutSubscriptionCancelledEvent: z.ZodType<E.DonutSubscriptionCancelledEvent> = schemaOf<E.DonutSubscriptionCancelledEvent>(DonutSubscriptionCancelledEventShape);
export const zDonutSubscriptionCreateEvent: z.ZodType<E.DonutSubscriptionCreateEvent> = schemaOf<E.DonutSubscriptionCreateEvent>(DonutSubscriptionCreateEventShape);
export const zDonutSubscriptionExpiredEvent: z.ZodType<E.DonutSubscriptionExpiredEvent> = schemaOf<E.DonutSubscriptionExpiredEvent>(DonutSubscriptionExpiredEventShape);
export const zDonutSubscriptionPriceChangedEvent: z.ZodType<E.DonutSubscriptionPriceChangedEvent> = schemaOf<E.DonutSubscriptionPriceChangedEvent>(DonutSubscriptionPriceChangedEventShape);
export const zDonutSubscriptionProlongedEvent: z.ZodType<E.DonutSubscriptionProlongedEvent> = schemaOf<E.DonutSubscriptionProlongedEvent>(DonutSubscriptionProlongedEventShape);
export const zGroupChangePhotoEvent: z.ZodType<E.GroupChangePhotoEvent> = schemaOf<E.GroupChangePhotoEvent>(GroupChangePhotoEventShape);
export const zGroupChangeSettingsEvent: z.ZodType<E.GroupChangeSettingsEvent> = schemaOf<E.GroupChangeSettingsEvent>(GroupChangeSettingsEventShape);
export const zGroupJoinEvent: z.ZodType<E.GroupJoinEvent> = schemaOf<E.GroupJoinEvent>(GroupJoinEventShape);
export const zGroupLeaveEvent: z.ZodType<E.GroupLeaveEvent> = schemaOf<E.GroupLeaveEvent>(GroupLeaveEventShape);
export const zGroupOfficersEditEvent: z.ZodType<E.GroupOfficersEditEvent> = schemaOf<E.GroupOfficersEditEvent>(GroupOfficersEditEventShape);
export const zLeadFormsNewEvent: z.ZodType<E.LeadFormsNewEvent> = schemaOf<E.LeadFormsNewEvent>(LeadFormsNewEventShape);
export const zLikeAddEvent: z.ZodType<E.LikeAddEvent> = schemaOf<E.LikeAddEvent>(LikeAddEventShape);
export const zLikeRemoveEvent: z.ZodType<E.LikeRemoveEvent> = schemaOf<E.LikeRemoveEvent>(LikeRemoveEventShape);
export const zMarketCommentDeleteEvent: z.ZodType<E.MarketCommentDeleteEvent> = schemaOf<E.MarketCommentDeleteEvent>(MarketCommentDeleteEventShape);
export const zMarketCommentEditEvent: z.ZodType<E.MarketCommentEditEvent> = schemaOf<E.MarketCommentEditEvent>(MarketCommentEditEventShape);
export const zMarketCommentNewEvent: z.ZodType<E.MarketCommentNewEvent> = schemaOf<E.MarketCommentNewEvent>(MarketCommentNewEventShape);
export const zMarketCommentRestoreEvent: z.ZodType<E.MarketCommentRestoreEvent> = schemaOf<E.MarketCommentRestoreEvent>(MarketCommentRestoreEventShape);
export const zMarketOrderEditEvent: z.ZodType<E.MarketOrderEditEvent> = schemaOf<E.MarketOrderEditEvent>(MarketOrderEditEventShape);
export const zMarketOrderNewEvent: z.ZodType<E.MarketOrderNewEvent> = schemaOf<E.MarketOrderNewEvent>(MarketOrderNewEventShape);
export const zMessageAllowEvent: z.ZodType<E.MessageAllowEvent> = schemaOf<E.MessageAllowEvent>(MessageAllowEventShape);
export const zMessageDenyEvent: z.ZodType<E.MessageDenyEvent> = schemaOf<E.MessageDenyEvent>(MessageDenyEventShape);
export const zMessageEditEvent: z.ZodType<E.MessageEditEvent> = schemaOf<E.MessageEditEvent>(MessageEditEventShape);
export const zMessageEventEvent: z.ZodType<E.MessageEventEvent> = schemaOf<E.MessageEventEvent>(MessageEventEventShape);
export const zMessageNewEvent: z.ZodType<E.MessageNewEvent> = schemaOf<E.MessageNewEvent>(MessageNewEventShape);
export const zMessageReactionEventEvent: z.ZodType<E.MessageReactionEventEvent> = schemaOf<E.MessageReactionEventEvent>(MessageReactionEventEventShape);
export const zMessageReadEvent: z.ZodType<E.MessageReadEvent> = schemaOf<E.MessageReadEvent>(MessageReadEventShape);
export const zMessageReplyEvent: z.ZodType<E.MessageReplyEvent> = schemaOf<E.MessageReplyEvent>(MessageReplyEventShape);
export const zMessageTypingStateEvent: z.ZodType<E.MessageTypingStateEvent> = schemaOf<E.MessageTypingStateEvent>(MessageTypingStateEventShape);
export const zPhotoCommentDeleteEvent: z.ZodType<E.PhotoCommentDeleteEvent> = schemaOf<E.PhotoCommentDeleteEvent>(PhotoCommentDeleteEventShape);
export const zPhotoCommentEditEvent: z.ZodType<E.PhotoCommentEditEvent> = schemaOf<E.PhotoCommentEditEvent>(PhotoCommentEditEventShape);
export const zPhotoCommentNewEvent: z.ZodType<E.PhotoCommentNewEvent> = schemaOf<E.PhotoCommentNewEvent>(PhotoCommentNewEventShape);
export const zPhotoCommentRestoreEvent: z.ZodType<E.PhotoCommentRestoreEvent> = schemaOf<E.PhotoCommentRestoreEvent>(PhotoCommentRestoreEventShape);
export const zPhotoNewEvent: z.ZodType<E.PhotoNewEvent> = schemaOf<E.PhotoNewEvent>(PhotoNewEventShape);
export const zPollVoteNewEvent: z.ZodType<E.PollVoteNewEvent> = schemaOf<E.PollVoteNewEvent>(PollVoteNewEventShape);
export const zUserBlockEvent: z.ZodType<E.UserBlockEvent> = schemaOf<E.UserBlockEvent>(UserBlockEventShape);
export const zUserUnblockEvent: z.ZodType<E.UserUnblockEvent> = schemaOf<E.UserUnblockEvent>(UserUnblockEventShape);
export const zVideoCommentDeleteEvent: z.ZodType<E.VideoCommentDeleteEvent> = schemaOf<E.VideoCommentDeleteEvent>(VideoCommentDeleteEventShape);
export const zVideoCommentEditEvent: z.ZodType<E.VideoCommentEditEvent> = schemaOf<E.VideoCommentEditEvent>(VideoCommentEditEventShape);
export const zVideoCommentNewEvent: z.ZodType<E.VideoCommentNewEvent> = schemaOf<E.VideoCommentNewEvent>(VideoCommentNewEventShape);
export const zVideoCommentRestoreEvent: z.ZodType<E.VideoCommentRestoreEvent> = schemaOf<E.VideoCommentRestoreEvent>(VideoCommentRestoreEventShape);
export const zVideoNewEvent: z.ZodType<E.VideoNewEvent> = schemaOf<E.VideoNewEvent>(VideoNewEventShape);
export const zVkpayTransactionEvent: z.ZodType<E.VkpayTransactionEvent> = schemaOf<E.VkpayTransactionEvent>(VkpayTransactionEventShape);
export const zWallPostNewEvent: z.ZodType<E.WallPostNewEvent> = schemaOf<E.WallPostNewEvent>(WallPostNewEventShape);
export const zWallReplyDeleteEvent: z.ZodType<E.WallReplyDeleteEvent> = schemaOf<E.WallReplyDeleteEvent>(WallReplyDeleteEventShape);
export const zWallReplyEditEvent: z.ZodType<E.WallReplyEditEvent> = schemaOf<E.WallReplyEditEvent>(WallReplyEditEventShape);
export const zWallReplyNewEvent: z.ZodType<E.WallReplyNewEvent> = schemaOf<E.WallReplyNewEvent>(WallReplyNewEventShape);
export const zWallReplyRestoreEvent: z.ZodType<E.WallReplyRestoreEvent> = schemaOf<E.WallReplyRestoreEvent>(WallReplyRestoreEventShape);
export const zWallRepostEvent: z.ZodType<E.WallRepostEvent> = schemaOf<E.WallRepostEvent>(WallRepostEventShape);
export const zWallSchedulePostDeleteEvent: z.ZodType<E.WallSchedulePostDeleteEvent> = schemaOf<E.WallSchedulePostDeleteEvent>(WallSchedulePostDeleteEventShape);
export const zWallSchedulePostNewEvent: z.ZodType<E.WallSchedulePostNewEvent> = schemaOf<E.WallSchedulePostNewEvent>(WallSchedulePostNewEventShape);

/**
 * Event type → its validator.
 */
export const callbackEventValidators: { readonly [K in E.CallbackEventType]: z.ZodType<E.CallbackEventMap[K]> } = {
  app_payload: zAppPayloadEvent,
  audio_new: zAudioNewEvent,
  board_post_delete: zBoardPostDeleteEvent,
  board_post_edit: zBoardPostEditEvent,
  board_post_new: zBoardPostNewEvent,
  board_post_restore: zBoardPostRestoreEvent,
  confirmation: zConfirmationEvent,
  donut_money_withdraw: zDonutMoneyWithdrawEvent,
  donut_money_withdraw_error: zDonutMoneyWithdrawErrorEvent,
  donut_subscription_cancelled: zDonutSubscriptionCancelledEvent,
  donut_subscription_create: zDonutSubscriptionCreateEvent,
  donut_subscription_expired: zDonutSubscriptionExpiredEvent,
  donut_subscription_price_changed: zDonutSubscriptionPriceChangedEvent,
  donut_subscription_prolonged: zDonutSubscriptionProlongedEvent,
  group_change_photo: zGroupChangePhotoEvent,
  group_change_settings: zGroupChangeSettingsEvent,
  group_join: zGroupJoinEvent,
  group_leave: zGroupLeaveEvent,
  group_officers_edit: zGroupOfficersEditEvent,
  lead_forms_new: zLeadFormsNewEvent,
  like_add: zLikeAddEvent,
  like_remove: zLikeRemoveEvent,
  market_comment_delete: zMarketCommentDeleteEvent,
  market_comment_edit: zMarketCommentEditEvent,
  market_comment_new: zMarketCommentNewEvent,
  market_comment_restore: zMarketCommentRestoreEvent,
  market_order_edit: zMarketOrderEditEvent,
  market_order_new: zMarketOrderNewEvent,
  message_allow: zMessageAllowEvent,
  message_deny: zMessageDenyEvent,
  message_edit: zMessageEditEvent,
  message_event: zMessageEventEvent,
  message_new: zMessageNewEvent,
  message_reaction_event: zMessageReactionEventEvent,
  message_read: zMessageReadEvent,
  message_reply: zMessageReplyEvent,
  message_typing_state: zMessageTypingStateEvent,
  photo_comment_delete: zPhotoCommentDeleteEvent,
  photo_comment_edit: zPhotoCommentEditEvent,
  photo_comment_new: zPhotoCommentNewEvent,
  photo_comment_restore: zPhotoCommentRestoreEvent,
  photo_new: zPhotoNewEvent,
  poll_vote_new: zPollVoteNewEvent,
  user_block: zUserBlockEvent,
  user_unblock: zUserUnblockEvent,
  video_comment_delete: zVideoCommentDeleteEvent,
  video_comment_edit: zVideoCommentEditEvent,
  video_comment_new: zVideoCommentNewEvent,
  video_comment_restore: zVideoCommentRestoreEvent,
  video_new: zVideoNewEvent,
  vkpay_transaction: zVkpayTransactionEvent,
  wall_post_new: zWallPostNewEvent,
  wall_reply_delete: zWallReplyDeleteEvent,
  wall_reply_edit: zWallReplyEditEvent,
  wall_reply_new: zWallReplyNewEvent,
  wall_reply_restore: zWallReplyRestoreEvent,
  wall_repost: zWallRepostEvent,
  wall_schedule_post_delete: zWallSchedulePostDeleteEvent,
  wall_schedule_post_new: zWallSchedulePostNewEvent,
};

/**
 * Any known community event, discriminated on `type`.
 */
export const zCallbackEvent: z.ZodType<E.CallbackEvent> = schemaOf<E.CallbackEvent>(z.discriminatedUnion('type', [
  AppPayloadEventShape,
  AudioNewEventShape,
  BoardPostDeleteEventShape,
  BoardPostEditEventShape,
  BoardPostNewEventShape,
  BoardPostRestoreEventShape,
  ConfirmationEventShape,
  DonutMoneyWithdrawEventShape,
  DonutMoneyWithdrawErrorEventShape,
  DonutSubscriptionCancelledEventShape,
  DonutSubscriptionCreateEventShape,
  DonutSubscriptionExpiredEventShape,
  DonutSubscriptionPriceChangedEventShape,
  DonutSubscriptionProlongedEventShape,
  GroupChangePhotoEventShape,
  GroupChangeSettingsEventShape,
  GroupJoinEventShape,
  GroupLeaveEventShape,
  GroupOfficersEditEventShape,
  LeadFormsNewEventShape,
  LikeAddEventShape,
  LikeRemoveEventShape,
  MarketCommentDeleteEventShape,
  MarketCommentEditEventShape,
  MarketCommentNewEventShape,
  MarketCommentRestoreEventShape,
  MarketOrderEditEventShape,
  MarketOrderNewEventShape,
  MessageAllowEventShape,
  MessageDenyEventShape,
  MessageEditEventShape,
  MessageEventEventShape,
  MessageNewEventShape,
  MessageReactionEventEventShape,
  MessageReadEventShape,
  MessageReplyEventShape,
  MessageTypingStateEventShape,
  PhotoCommentDeleteEventShape,
  PhotoCommentEditEventShape,
  PhotoCommentNewEventShape,
  PhotoCommentRestoreEventShape,
  PhotoNewEventShape,
  PollVoteNewEventShape,
  UserBlockEventShape,
  UserUnblockEventShape,
  VideoCommentDeleteEventShape,
  VideoCommentEditEventShape,
  VideoCommentNewEventShape,
  VideoCommentRestoreEventShape,
  VideoNewEventShape,
  VkpayTransactionEventShape,
  WallPostNewEventShape,
  WallReplyDeleteEventShape,
  WallReplyEditEventShape,
  WallReplyNewEventShape,
  WallReplyRestoreEventShape,
  WallRepostEventShape,
  WallSchedulePostDeleteEventShape,
  WallSchedulePostNewEventShape,
]));
