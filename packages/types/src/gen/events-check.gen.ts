// This file is generated. Do not edit it by hand: change codegen/ or schema/patches/ and run `pnpm codegen`.
// Source: VKCOM/vk-api-schema@0efe478fc1011bc167fd389dd1dc36efc883de02 (API 5.199), with the patches in schema/patches/.
// Contents: plain-JS type guards of community events, with the verdicts of their zod validators.
/* eslint-disable */

import type * as T from './types.gen.js';
import type * as E from './events.gen.js';

const VALUES_1: ReadonlySet<unknown> = new Set<unknown>([0,1,7,12,16,19,21,23,25,26,32,43]);

/** zod's object test: a non-null, non-array object. */
function isRecord(value: unknown): value is { readonly [key: string]: unknown } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isList(value: unknown): value is readonly unknown[] {
  return Array.isArray(value);
}

/** z.record(z.string(), z.unknown()): zod's plain-object test, and no enumerable symbol key (not a string key). */
function isPlainRecord(value: unknown): value is { readonly [key: string]: unknown } {
  if (!isRecord(value)) return false;
  const ctor: unknown = Reflect.get(value, 'constructor');
  if (typeof ctor === 'function') {
    const prototype: unknown = Reflect.get(ctor, 'prototype');
    if (!isRecord(prototype) || !Object.prototype.hasOwnProperty.call(prototype, 'isPrototypeOf')) return false;
  }
  for (const symbol of Object.getOwnPropertySymbols(value)) {
    if (Object.prototype.propertyIsEnumerable.call(value, symbol)) return false;
  }
  return true;
}

/** zod's string .max(n): at most n code points (a surrogate pair counts once). */
function maxCodePoints(value: string, n: number): boolean {
  return value.length <= n || codePoints(value) <= n;
}

function codePoints(value: string): number {
  let count = value.length;
  for (let i = 0; i < value.length - 1; i++) {
    if ((value.charCodeAt(i) & 0xfc00) === 0xd800 && (value.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count--;
      i++;
    }
  }
  return count;
}

// Definitions reached from the event objects.

function isAppsAppMin(value: unknown): value is T.AppsAppMin {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "app" || x === "game" || x === "site" || x === "standalone" || x === "vk_app" || x === "community_app" || x === "html5_game" || x === "mini_app")) return false;
  x = value.id; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.title; if (!(typeof x === "string")) return false;
  x = value.author_owner_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.is_installed; if (x !== undefined && !(typeof x === "boolean")) return false;
  x = value.icon_139; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.icon_150; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.icon_278; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.icon_576; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.background_loader_color; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.loader_icon; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.icon_75; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.screen_orientation; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  return true;
}

function isAudioAudio(value: unknown): value is T.AudioAudio {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.access_key; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.artist; if (!(typeof x === "string")) return false;
  x = value.id; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.owner_id; if (!Number.isSafeInteger(x)) return false;
  x = value.title; if (!(typeof x === "string")) return false;
  x = value.url; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.duration; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.stream_duration; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.date; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.album_id; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.performer; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.file_size; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  return true;
}

function isBaseCommentsInfo(value: unknown): value is T.BaseCommentsInfo {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.can_post; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.can_open; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.can_close; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.can_view; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.count; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.groups_can_post; if (x !== undefined && !(typeof x === "boolean")) return false;
  x = value.donut; if (x !== undefined && !isWallWallpostCommentsDonut(x)) return false;
  x = value.list; if (x !== undefined && !isWallWallCommentList(x)) return false;
  return true;
}

function isBaseGeo(value: unknown): value is T.BaseGeo {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.coordinates; if (x !== undefined && !isBaseGeoCoordinates(x)) return false;
  x = value.place; if (x !== undefined && !isBasePlace(x)) return false;
  x = value.showmap; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.type; if (x !== undefined && !(typeof x === "string")) return false;
  return true;
}

function isBaseGeoCoordinates(value: unknown): value is T.BaseGeoCoordinates {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.latitude; if (!Number.isFinite(x)) return false;
  x = value.longitude; if (!Number.isFinite(x)) return false;
  return true;
}

function isBaseGradientPoint(value: unknown): value is T.BaseGradientPoint {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.color; if (!(typeof x === "string")) return false;
  x = value.position; if (!(typeof x === "number" && Number.isFinite(x) && x >= 0 && x <= 1)) return false;
  return true;
}

function isBaseImage(value: unknown): value is T.BaseImage {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.url; if (!(typeof x === "string")) return false;
  x = value.width; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.height; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.theme; if (x !== undefined && !(x === "light" || x === "dark")) return false;
  return true;
}

function isBaseLikes(value: unknown): value is T.BaseLikes {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.count; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.user_likes; if (x !== undefined && !(x === 0 || x === 1)) return false;
  return true;
}

function isBaseLikesInfo(value: unknown): value is T.BaseLikesInfo {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.can_like; if (!(x === 0 || x === 1)) return false;
  x = value.can_publish; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.can_like_as_author; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.can_like_by_group; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.count; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.user_likes; if (!(x === 0 || x === 1)) return false;
  x = value.author_liked; if (x !== undefined && !(typeof x === "boolean")) return false;
  x = value.group_liked; if (x !== undefined && !(typeof x === "boolean")) return false;
  x = value.repost_disabled; if (x !== undefined && !(typeof x === "boolean")) return false;
  return true;
}

function isBaseLink(value: unknown): value is T.BaseLink {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.application; if (x !== undefined && !isBaseLinkApplication(x)) return false;
  x = value.button; if (x !== undefined && !isBaseLinkButton(x)) return false;
  x = value.caption; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.description; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.is_favorite; if (x !== undefined && !(typeof x === "boolean")) return false;
  x = value.photo; if (x !== undefined && !isPhotosPhoto(x)) return false;
  x = value.preview_page; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.preview_url; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.rating; if (x !== undefined && !isBaseLinkRating(x)) return false;
  x = value.title; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.url; if (!(typeof x === "string")) return false;
  x = value.target_object; if (x !== undefined && !isLinkTargetObject(x)) return false;
  x = value.is_external; if (x !== undefined && !(typeof x === "boolean")) return false;
  x = value.video; if (x !== undefined && !isVideoVideoFull(x)) return false;
  x = value.text; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.product; if (x !== undefined && !isBaseLinkProduct(x)) return false;
  return true;
}

function isBaseLinkApplication(value: unknown): value is T.BaseLinkApplication {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.app_id; if (x !== undefined && !Number.isFinite(x)) return false;
  x = value.store; if (x !== undefined && !isBaseLinkApplicationStore(x)) return false;
  return true;
}

function isBaseLinkApplicationStore(value: unknown): value is T.BaseLinkApplicationStore {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.id; if (x !== undefined && !Number.isFinite(x)) return false;
  x = value.name; if (x !== undefined && !(typeof x === "string")) return false;
  return true;
}

function isBaseLinkButton(value: unknown): value is T.BaseLinkButton {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.action; if (x !== undefined && !isBaseLinkButtonAction(x)) return false;
  x = value.title; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.block_id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.section_id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.artist_id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.curator_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.album_id; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 1)) return false;
  x = value.owner_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.icon; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.style; if (x !== undefined && !isBaseLinkButtonStyle(x)) return false;
  x = value.audio_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.hashtag; if (x !== undefined && !(typeof x === "string")) return false;
  return true;
}

function isBaseLinkButtonAction(value: unknown): value is T.BaseLinkButtonAction {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!isBaseLinkButtonActionType(x)) return false;
  x = value.url; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.consume_reason; if (x !== undefined && !(typeof x === "string")) return false;
  return true;
}

function isBaseLinkProduct(value: unknown): value is T.BaseLinkProduct {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.price; if (!isMarketPrice(x)) return false;
  x = value.merchant; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.category; if (x !== undefined && !isBaseLinkProductCategory(x)) return false;
  x = value.geo; if (x !== undefined && !isBaseGeoCoordinates(x)) return false;
  x = value.distance; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.city; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.status; if (x !== undefined && !(x === "active" || x === "blocked" || x === "sold" || x === "deleted" || x === "archived")) return false;
  x = value.orders_count; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.type; if (x !== undefined && !(x === "product")) return false;
  return true;
}

function isBaseLinkProductCategory(value: unknown): value is T.BaseLinkProductCategory {
  return (typeof value === "string" || isMarketMarketCategoryNested(value));
}

function isBaseLinkRating(value: unknown): value is T.BaseLinkRating {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.reviews_count; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.stars; if (x !== undefined && !Number.isFinite(x)) return false;
  x = value.type; if (x !== undefined && !(x === "rating")) return false;
  return true;
}

function isBaseObjectCount(value: unknown): value is T.BaseObjectCount {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.count; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  return true;
}

function isBasePlace(value: unknown): value is T.BasePlace {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.address; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.checkins; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.city; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.created; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.icon; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.latitude; if (x !== undefined && !Number.isFinite(x)) return false;
  x = value.longitude; if (x !== undefined && !Number.isFinite(x)) return false;
  x = value.title; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.type; if (x !== undefined && !(typeof x === "string")) return false;
  return true;
}

function isBaseRepostsInfo(value: unknown): value is T.BaseRepostsInfo {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.count; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.wall_count; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.mail_count; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.user_reposted; if (x !== undefined && !(x === 0 || x === 1)) return false;
  return true;
}

function isBaseStickerAnimation(value: unknown): value is T.BaseStickerAnimation {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (x !== undefined && !(x === "light" || x === "dark")) return false;
  x = value.url; if (x !== undefined && !(typeof x === "string")) return false;
  return true;
}

function isBaseStickerNew(value: unknown): value is T.BaseStickerNew {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.inner_type; if (!(x === "base_sticker_new")) return false;
  x = value.sticker_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.product_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.images; if (x !== undefined && !isBaseImageList(x)) return false;
  x = value.images_with_background; if (x !== undefined && !isBaseImageList(x)) return false;
  x = value.animation_url; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.animations; if (x !== undefined && !isBaseStickerAnimationList(x)) return false;
  x = value.is_allowed; if (x !== undefined && !(typeof x === "boolean")) return false;
  return true;
}

function isCallbackAppPayload(value: unknown): value is T.CallbackAppPayload {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.user_id; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.app_id; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.payload; if (!(typeof x === "string")) return false;
  return true;
}

function isCallbackBoardPostDelete(value: unknown): value is T.CallbackBoardPostDelete {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.topic_owner_id; if (!Number.isSafeInteger(x)) return false;
  x = value.topic_id; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.id; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.deleter_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  return true;
}

function isCallbackBoardPostEdit(value: unknown): value is T.CallbackBoardPostEdit {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.attachments; if (x !== undefined && !isWallCommentAttachmentList(x)) return false;
  x = value.date; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.from_id; if (!Number.isSafeInteger(x)) return false;
  x = value.id; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 1)) return false;
  x = value.real_offset; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.text; if (!(typeof x === "string")) return false;
  x = value.can_edit; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.likes; if (x !== undefined && !isBaseLikesInfo(x)) return false;
  x = value.topic_id; if (!Number.isSafeInteger(x)) return false;
  x = value.topic_owner_id; if (!Number.isSafeInteger(x)) return false;
  return true;
}

function isCallbackBoardPostNew(value: unknown): value is T.CallbackBoardPostNew {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.attachments; if (x !== undefined && !isWallCommentAttachmentList(x)) return false;
  x = value.date; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.from_id; if (!Number.isSafeInteger(x)) return false;
  x = value.id; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 1)) return false;
  x = value.real_offset; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.text; if (!(typeof x === "string")) return false;
  x = value.can_edit; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.likes; if (x !== undefined && !isBaseLikesInfo(x)) return false;
  x = value.topic_id; if (!Number.isSafeInteger(x)) return false;
  x = value.topic_owner_id; if (!Number.isSafeInteger(x)) return false;
  return true;
}

function isCallbackBoardPostRestore(value: unknown): value is T.CallbackBoardPostRestore {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.attachments; if (x !== undefined && !isWallCommentAttachmentList(x)) return false;
  x = value.date; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.from_id; if (!Number.isSafeInteger(x)) return false;
  x = value.id; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 1)) return false;
  x = value.real_offset; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.text; if (!(typeof x === "string")) return false;
  x = value.can_edit; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.likes; if (x !== undefined && !isBaseLikesInfo(x)) return false;
  x = value.topic_id; if (!Number.isSafeInteger(x)) return false;
  x = value.topic_owner_id; if (!Number.isSafeInteger(x)) return false;
  return true;
}

function isCallbackDonutMoneyWithdraw(value: unknown): value is T.CallbackDonutMoneyWithdraw {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.amount; if (!(typeof x === "number" && Number.isFinite(x) && x >= 0)) return false;
  x = value.amount_without_fee; if (!(typeof x === "number" && Number.isFinite(x) && x >= 0)) return false;
  return true;
}

function isCallbackDonutMoneyWithdrawError(value: unknown): value is T.CallbackDonutMoneyWithdrawError {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.reason; if (!(typeof x === "string")) return false;
  return true;
}

function isCallbackDonutSubscriptionCancelled(value: unknown): value is T.CallbackDonutSubscriptionCancelled {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.user_id; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  return true;
}

function isCallbackDonutSubscriptionCreate(value: unknown): value is T.CallbackDonutSubscriptionCreate {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.user_id; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.amount; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.amount_without_fee; if (!(typeof x === "number" && Number.isFinite(x) && x >= 0)) return false;
  return true;
}

function isCallbackDonutSubscriptionExpired(value: unknown): value is T.CallbackDonutSubscriptionExpired {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.user_id; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  return true;
}

function isCallbackDonutSubscriptionPriceChanged(value: unknown): value is T.CallbackDonutSubscriptionPriceChanged {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.user_id; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.amount_old; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.amount_new; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.amount_diff; if (x !== undefined && !(typeof x === "number" && Number.isFinite(x) && x >= 0)) return false;
  x = value.amount_diff_without_fee; if (x !== undefined && !(typeof x === "number" && Number.isFinite(x) && x >= 0)) return false;
  return true;
}

function isCallbackDonutSubscriptionProlonged(value: unknown): value is T.CallbackDonutSubscriptionProlonged {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.user_id; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.amount; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.amount_without_fee; if (!(typeof x === "number" && Number.isFinite(x) && x >= 0)) return false;
  return true;
}

function isCallbackForeignMessage(value: unknown): value is T.CallbackForeignMessage {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.attachments; if (x !== undefined && !isMessagesMessageAttachmentList(x)) return false;
  x = value.conversation_message_id; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.date; if (!Number.isSafeInteger(x)) return false;
  x = value.from_id; if (!Number.isSafeInteger(x)) return false;
  x = value.fwd_messages; if (x !== undefined && !isCallbackForeignMessageList(x)) return false;
  x = value.geo; if (x !== undefined && !isBaseGeo(x)) return false;
  x = value.id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.peer_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.reply_message; if (x !== undefined && !isCallbackForeignMessage(x)) return false;
  x = value.text; if (!(typeof x === "string")) return false;
  x = value.update_time; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.was_listened; if (x !== undefined && !(typeof x === "boolean")) return false;
  x = value.payload; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.is_cropped; if (x !== undefined && !(typeof x === "boolean")) return false;
  return true;
}

function isCallbackFwdMessages(value: unknown): value is T.CallbackFwdMessages {
  return isCallbackForeignMessageList(value);
}

function isCallbackGroupChangePhoto(value: unknown): value is T.CallbackGroupChangePhoto {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.user_id; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.photo; if (!isPhotosPhoto(x)) return false;
  return true;
}

function isCallbackGroupChangeSettings(value: unknown): value is T.CallbackGroupChangeSettings {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.user_id; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.changes; if (x !== undefined && !isCallbackGroupSettingsChanges(x)) return false;
  return true;
}

function isCallbackGroupJoin(value: unknown): value is T.CallbackGroupJoin {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.user_id; if (!Number.isSafeInteger(x)) return false;
  x = value.join_type; if (!(x === "join" || x === "unsure" || x === "accepted" || x === "approved" || x === "request")) return false;
  return true;
}

function isCallbackGroupLeave(value: unknown): value is T.CallbackGroupLeave {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.user_id; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.self; if (x !== undefined && !(x === 0 || x === 1)) return false;
  return true;
}

function isCallbackGroupOfficersEdit(value: unknown): value is T.CallbackGroupOfficersEdit {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.admin_id; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.user_id; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.level_old; if (!(x === 0 || x === 1 || x === 2 || x === 3)) return false;
  x = value.level_new; if (!(x === 0 || x === 1 || x === 2 || x === 3)) return false;
  return true;
}

function isCallbackGroupSettingsChanges(value: unknown): value is T.CallbackGroupSettingsChanges {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.title; if (x !== undefined && !isCallbackGroupSettingsChangesStringValues(x)) return false;
  x = value.screen_name; if (x !== undefined && !isCallbackGroupSettingsChangesStringValues(x)) return false;
  x = value.event_start_date; if (x !== undefined && !isCallbackGroupSettingsChangesIntegerValues(x)) return false;
  x = value.event_finish_date; if (x !== undefined && !isCallbackGroupSettingsChangesIntegerValues(x)) return false;
  x = value.event_group_id; if (x !== undefined && !isCallbackGroupSettingsChangesIntegerValues(x)) return false;
  x = value.donations; if (x !== undefined && !isCallbackGroupSettingsChangesIntegerValues(x)) return false;
  x = value.wall; if (x !== undefined && !isCallbackGroupSettingsChangesIntegerValues(x)) return false;
  x = value.replies; if (x !== undefined && !isCallbackGroupSettingsChangesIntegerValues(x)) return false;
  x = value.topics; if (x !== undefined && !isCallbackGroupSettingsChangesIntegerValues(x)) return false;
  x = value.photos; if (x !== undefined && !isCallbackGroupSettingsChangesIntegerValues(x)) return false;
  x = value.docs; if (x !== undefined && !isCallbackGroupSettingsChangesIntegerValues(x)) return false;
  x = value.messages; if (x !== undefined && !isCallbackGroupSettingsChangesIntegerValues(x)) return false;
  x = value.market; if (x !== undefined && !isCallbackGroupSettingsChangesIntegerValues(x)) return false;
  x = value.market_wiki; if (x !== undefined && !isCallbackGroupSettingsChangesIntegerValues(x)) return false;
  x = value.board; if (x !== undefined && !isCallbackGroupSettingsChangesIntegerValues(x)) return false;
  x = value.links; if (x !== undefined && !isCallbackGroupSettingsChangesIntegerValues(x)) return false;
  x = value.audio; if (x !== undefined && !isCallbackGroupSettingsChangesIntegerValues(x)) return false;
  x = value.video; if (x !== undefined && !isCallbackGroupSettingsChangesIntegerValues(x)) return false;
  x = value.can_post_topics; if (x !== undefined && !isCallbackGroupSettingsChangesIntegerValues(x)) return false;
  x = value.can_post_albums; if (x !== undefined && !isCallbackGroupSettingsChangesIntegerValues(x)) return false;
  x = value.can_post_video; if (x !== undefined && !isCallbackGroupSettingsChangesIntegerValues(x)) return false;
  x = value.disable_market_comments; if (x !== undefined && !isCallbackGroupSettingsChangesIntegerValues(x)) return false;
  x = value.status_default; if (x !== undefined && !isCallbackGroupSettingsChangesIntegerValues(x)) return false;
  x = value.access; if (x !== undefined && !isCallbackGroupSettingsChangesIntegerValues(x)) return false;
  x = value.email; if (x !== undefined && !isCallbackGroupSettingsChangesStringValues(x)) return false;
  x = value.country_id; if (x !== undefined && !isCallbackGroupSettingsChangesIntegerValues(x)) return false;
  x = value.city_id; if (x !== undefined && !isCallbackGroupSettingsChangesIntegerValues(x)) return false;
  x = value.address; if (x !== undefined && !isCallbackGroupSettingsChangesStringValues(x)) return false;
  x = value.description; if (x !== undefined && !isCallbackGroupSettingsChangesStringValues(x)) return false;
  x = value.website; if (x !== undefined && !isCallbackGroupSettingsChangesStringValues(x)) return false;
  x = value.phone; if (x !== undefined && !isCallbackGroupSettingsChangesStringValues(x)) return false;
  x = value.age_limits; if (x !== undefined && !isCallbackGroupSettingsChangesIntegerValues(x)) return false;
  x = value.category_v2; if (x !== undefined && !isCallbackGroupSettingsChangesIntegerValues(x)) return false;
  x = value.public_category; if (x !== undefined && !isCallbackGroupSettingsChangesIntegerValues(x)) return false;
  x = value.public_subcategory; if (x !== undefined && !isCallbackGroupSettingsChangesIntegerValues(x)) return false;
  return true;
}

function isCallbackGroupSettingsChangesIntegerValues(value: unknown): value is T.CallbackGroupSettingsChangesIntegerValues {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.old_value; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.new_value; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  return true;
}

function isCallbackGroupSettingsChangesStringValues(value: unknown): value is T.CallbackGroupSettingsChangesStringValues {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.old_value; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.new_value; if (x !== undefined && !(typeof x === "string")) return false;
  return true;
}

function isCallbackInfoForBots(value: unknown): value is T.CallbackInfoForBots {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.button_actions; if (x !== undefined && !isMessagesTemplateActionTypeNamesList(x)) return false;
  x = value.keyboard; if (x !== undefined && !(typeof x === "boolean")) return false;
  x = value.inline_keyboard; if (x !== undefined && !(typeof x === "boolean")) return false;
  x = value.carousel; if (x !== undefined && !(typeof x === "boolean")) return false;
  x = value.lang_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  return true;
}

function isCallbackLeadFormsAnswer(value: unknown): value is T.CallbackLeadFormsAnswer {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.key; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.question; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.answer; if (x !== undefined && !(typeof x === "string")) return false;
  return true;
}

function isCallbackLeadFormsNew(value: unknown): value is T.CallbackLeadFormsNew {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.lead_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.group_id; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.user_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.form_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.form_name; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.ad_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.answers; if (x !== undefined && !isCallbackLeadFormsAnswerList(x)) return false;
  return true;
}

function isCallbackLikeAddRemove(value: unknown): value is T.CallbackLikeAddRemove {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.liker_id; if (!Number.isSafeInteger(x)) return false;
  x = value.object_type; if (!isCallbackLikeAddRemoveObjectType(x)) return false;
  x = value.object_owner_id; if (!Number.isSafeInteger(x)) return false;
  x = value.object_id; if (!Number.isSafeInteger(x)) return false;
  x = value.post_id; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.thread_reply_id; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  return true;
}

function isCallbackMarketComment(value: unknown): value is T.CallbackMarketComment {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.id; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.from_id; if (!Number.isSafeInteger(x)) return false;
  x = value.date; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.text; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.market_owner_id; if (!Number.isSafeInteger(x)) return false;
  x = value.item_id; if (!Number.isSafeInteger(x)) return false;
  return true;
}

function isCallbackMarketCommentDelete(value: unknown): value is T.CallbackMarketCommentDelete {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.owner_id; if (!Number.isSafeInteger(x)) return false;
  x = value.id; if (!Number.isSafeInteger(x)) return false;
  x = value.user_id; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.item_id; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.deleter_id; if (!Number.isSafeInteger(x)) return false;
  return true;
}

function isCallbackMessage(value: unknown): value is T.CallbackMessage {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.action; if (x !== undefined && !isMessagesMessageAction(x)) return false;
  x = value.admin_author_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.attachments; if (x !== undefined && !isMessagesMessageAttachmentList(x)) return false;
  x = value.conversation_message_id; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.date; if (!Number.isSafeInteger(x)) return false;
  x = value.deleted; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.from_id; if (!Number.isSafeInteger(x)) return false;
  x = value.fwd_messages; if (x !== undefined && !isCallbackFwdMessages(x)) return false;
  x = value.geo; if (x !== undefined && !isBaseGeo(x)) return false;
  x = value.id; if (!Number.isSafeInteger(x)) return false;
  x = value.is_cropped; if (x !== undefined && !(typeof x === "boolean")) return false;
  x = value.keyboard; if (x !== undefined && !isMessagesKeyboard(x)) return false;
  x = value.payload; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.text; if (!(typeof x === "string")) return false;
  x = value.update_time; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.is_silent; if (x !== undefined && !(typeof x === "boolean")) return false;
  x = value.is_unavailable; if (x !== undefined && !(typeof x === "boolean")) return false;
  x = value.version; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.out; if (!(x === 0 || x === 1)) return false;
  x = value.peer_id; if (!Number.isSafeInteger(x)) return false;
  x = value.random_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.ref; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.ref_source; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.important; if (x !== undefined && !(typeof x === "boolean")) return false;
  x = value.is_hidden; if (x !== undefined && !(typeof x === "boolean")) return false;
  x = value.members_count; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.reply_message; if (x !== undefined && !isCallbackForeignMessage(x)) return false;
  x = value.reaction_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.reactions; if (x !== undefined && !isMessagesReactionCounterResponseItemList(x)) return false;
  x = value.last_reaction_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.is_pinned; if (x !== undefined && !(typeof x === "boolean")) return false;
  x = value.was_listened; if (x !== undefined && !(typeof x === "boolean")) return false;
  x = value.pinned_at; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.influence_score; if (x !== undefined && !Number.isFinite(x)) return false;
  return true;
}

function isCallbackMessageAllow(value: unknown): value is T.CallbackMessageAllow {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.user_id; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.key; if (!(typeof x === "string")) return false;
  return true;
}

function isCallbackMessageDeny(value: unknown): value is T.CallbackMessageDeny {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.user_id; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  return true;
}

function isCallbackMessageEvent(value: unknown): value is T.CallbackMessageEvent {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.user_id; if (!Number.isSafeInteger(x)) return false;
  x = value.peer_id; if (!Number.isSafeInteger(x)) return false;
  x = value.event_id; if (!(typeof x === "string")) return false;
  x = value.payload; if (!isPlainRecord(x)) return false;
  x = value.conversation_message_id; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 1)) return false;
  return true;
}

function isCallbackMessageObject(value: unknown): value is T.CallbackMessageObject {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.client_info; if (x !== undefined && !isCallbackInfoForBots(x)) return false;
  x = value.message; if (!isCallbackMessage(x)) return false;
  return true;
}

function isCallbackMessageReactionEvent(value: unknown): value is T.CallbackMessageReactionEvent {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.reacted_id; if (!Number.isSafeInteger(x)) return false;
  x = value.peer_id; if (!Number.isSafeInteger(x)) return false;
  x = value.cmid; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 1)) return false;
  x = value.reaction_id; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 1 && x <= 64)) return false;
  return true;
}

function isCallbackMessageRead(value: unknown): value is T.CallbackMessageRead {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.from_id; if (!Number.isSafeInteger(x)) return false;
  x = value.peer_id; if (!Number.isSafeInteger(x)) return false;
  x = value.read_message_id; if (!Number.isSafeInteger(x)) return false;
  x = value.conversation_message_id; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 1)) return false;
  return true;
}

function isCallbackMessageTypingState(value: unknown): value is T.CallbackMessageTypingState {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.from_id; if (!Number.isSafeInteger(x)) return false;
  x = value.to_id; if (!Number.isSafeInteger(x)) return false;
  x = value.state; if (!(typeof x === "string")) return false;
  return true;
}

function isCallbackPhotoComment(value: unknown): value is T.CallbackPhotoComment {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.id; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 1)) return false;
  x = value.from_id; if (!Number.isSafeInteger(x)) return false;
  x = value.can_edit; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.post_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.owner_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.parents_stack; if (x !== undefined && !isIntegerList(x)) return false;
  x = value.photo_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.video_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.date; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.text; if (!(typeof x === "string")) return false;
  x = value.attachments; if (x !== undefined && !isWallWallpostAttachmentList(x)) return false;
  x = value.donut; if (x !== undefined && !isWallWallCommentDonut(x)) return false;
  x = value.likes; if (x !== undefined && !isBaseLikesInfo(x)) return false;
  x = value.real_offset; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.reply_to_user; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.reply_to_comment; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.thread; if (x !== undefined && !isCommentThread(x)) return false;
  x = value.is_from_post_author; if (x !== undefined && !(typeof x === "boolean")) return false;
  x = value.deleted; if (x !== undefined && !(typeof x === "boolean")) return false;
  x = value.pid; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.photo_owner_id; if (!Number.isSafeInteger(x)) return false;
  return true;
}

function isCallbackPhotoCommentDelete(value: unknown): value is T.CallbackPhotoCommentDelete {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.id; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.owner_id; if (!Number.isSafeInteger(x)) return false;
  x = value.user_id; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.photo_id; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.deleter_id; if (!Number.isSafeInteger(x)) return false;
  return true;
}

function isCallbackPollVoteNew(value: unknown): value is T.CallbackPollVoteNew {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.owner_id; if (!Number.isSafeInteger(x)) return false;
  x = value.poll_id; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.option_id; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.user_id; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  return true;
}

function isCallbackUserBlock(value: unknown): value is T.CallbackUserBlock {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.admin_id; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.user_id; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.unblock_date; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.reason; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.comment; if (x !== undefined && !(typeof x === "string")) return false;
  return true;
}

function isCallbackUserUnblock(value: unknown): value is T.CallbackUserUnblock {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.admin_id; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.user_id; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.by_end_date; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  return true;
}

function isCallbackVideoComment(value: unknown): value is T.CallbackVideoComment {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.id; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 1)) return false;
  x = value.from_id; if (!Number.isSafeInteger(x)) return false;
  x = value.can_edit; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.post_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.owner_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.parents_stack; if (x !== undefined && !isIntegerList(x)) return false;
  x = value.photo_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.video_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.date; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.text; if (!(typeof x === "string")) return false;
  x = value.attachments; if (x !== undefined && !isWallWallpostAttachmentList(x)) return false;
  x = value.donut; if (x !== undefined && !isWallWallCommentDonut(x)) return false;
  x = value.likes; if (x !== undefined && !isBaseLikesInfo(x)) return false;
  x = value.real_offset; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.reply_to_user; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.reply_to_comment; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.thread; if (x !== undefined && !isCommentThread(x)) return false;
  x = value.is_from_post_author; if (x !== undefined && !(typeof x === "boolean")) return false;
  x = value.deleted; if (x !== undefined && !(typeof x === "boolean")) return false;
  x = value.pid; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.video_owner_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  return true;
}

function isCallbackVideoCommentDelete(value: unknown): value is T.CallbackVideoCommentDelete {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.id; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.owner_id; if (!Number.isSafeInteger(x)) return false;
  x = value.deleter_id; if (!Number.isSafeInteger(x)) return false;
  x = value.video_id; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.user_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  return true;
}

function isCallbackVkpayTransaction(value: unknown): value is T.CallbackVkpayTransaction {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.amount; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.from_id; if (!Number.isSafeInteger(x)) return false;
  x = value.description; if (!(typeof x === "string")) return false;
  x = value.date; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.payload; if (x !== undefined && !(typeof x === "string")) return false;
  return true;
}

function isCallbackWallCommentDelete(value: unknown): value is T.CallbackWallCommentDelete {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.owner_id; if (!Number.isSafeInteger(x)) return false;
  x = value.id; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.post_id; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.deleter_id; if (!Number.isSafeInteger(x)) return false;
  return true;
}

function isCallbackWallPostNew(value: unknown): value is T.CallbackWallPostNew {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.carousel_offset; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.inner_type; if (x !== undefined && !(x === "wall_wallpost")) return false;
  x = value.access_key; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.is_deleted; if (x !== undefined && !(typeof x === "boolean")) return false;
  x = value.deleted_reason; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.deleted_details; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.donut_miniapp_url; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.attachments; if (x !== undefined && !isWallWallpostAttachmentList(x)) return false;
  x = value.copyright; if (x !== undefined && !isWallPostCopyright(x)) return false;
  x = value.date; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.edited; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.from_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.geo; if (x !== undefined && !isWallGeo(x)) return false;
  x = value.id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.is_archived; if (x !== undefined && !(typeof x === "boolean")) return false;
  x = value.is_favorite; if (x !== undefined && !(typeof x === "boolean")) return false;
  x = value.likes; if (x !== undefined && !isBaseLikesInfo(x)) return false;
  x = value.owner_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.post_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.parents_stack; if (x !== undefined && !isIntegerList(x)) return false;
  x = value.post_source; if (x !== undefined && !isWallPostSource(x)) return false;
  x = value.post_type; if (x !== undefined && !isWallPostType(x)) return false;
  x = value.reposts; if (x !== undefined && !isBaseRepostsInfo(x)) return false;
  x = value.signer_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.text; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.views; if (x !== undefined && !isWallViews(x)) return false;
  x = value.copy_history; if (x !== undefined && !isWallWallpostFullList(x)) return false;
  x = value.can_edit; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.created_by; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.can_delete; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.can_pin; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.donut; if (x !== undefined && !isWallWallpostDonut(x)) return false;
  x = value.is_pinned; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.comments; if (x !== undefined && !isBaseCommentsInfo(x)) return false;
  x = value.marked_as_ads; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.topic_id; if (x !== undefined && !VALUES_1.has(x)) return false;
  x = value.short_text_rate; if (x !== undefined && !(typeof x === "number" && Number.isFinite(x) && x >= 0 && x <= 1)) return false;
  x = value.hash; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.type; if (x !== undefined && !isWallPostType(x)) return false;
  x = value.feedback; if (x !== undefined && !isNewsfeedItemWallpostFeedback(x)) return false;
  x = value.to_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.postponed_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  return true;
}

function isCallbackWallReplyEdit(value: unknown): value is T.CallbackWallReplyEdit {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.id; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 1)) return false;
  x = value.from_id; if (!Number.isSafeInteger(x)) return false;
  x = value.can_edit; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.post_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.owner_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.parents_stack; if (x !== undefined && !isIntegerList(x)) return false;
  x = value.photo_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.video_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.date; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.text; if (!(typeof x === "string")) return false;
  x = value.attachments; if (x !== undefined && !isWallWallpostAttachmentList(x)) return false;
  x = value.donut; if (x !== undefined && !isWallWallCommentDonut(x)) return false;
  x = value.likes; if (x !== undefined && !isBaseLikesInfo(x)) return false;
  x = value.real_offset; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.reply_to_user; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.reply_to_comment; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.thread; if (x !== undefined && !isCommentThread(x)) return false;
  x = value.is_from_post_author; if (x !== undefined && !(typeof x === "boolean")) return false;
  x = value.deleted; if (x !== undefined && !(typeof x === "boolean")) return false;
  x = value.pid; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.post_owner_id; if (!Number.isSafeInteger(x)) return false;
  return true;
}

function isCallbackWallReplyNew(value: unknown): value is T.CallbackWallReplyNew {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.id; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 1)) return false;
  x = value.from_id; if (!Number.isSafeInteger(x)) return false;
  x = value.can_edit; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.post_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.owner_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.parents_stack; if (x !== undefined && !isIntegerList(x)) return false;
  x = value.photo_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.video_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.date; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.text; if (!(typeof x === "string")) return false;
  x = value.attachments; if (x !== undefined && !isWallWallpostAttachmentList(x)) return false;
  x = value.donut; if (x !== undefined && !isWallWallCommentDonut(x)) return false;
  x = value.likes; if (x !== undefined && !isBaseLikesInfo(x)) return false;
  x = value.real_offset; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.reply_to_user; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.reply_to_comment; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.thread; if (x !== undefined && !isCommentThread(x)) return false;
  x = value.is_from_post_author; if (x !== undefined && !(typeof x === "boolean")) return false;
  x = value.deleted; if (x !== undefined && !(typeof x === "boolean")) return false;
  x = value.pid; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.post_owner_id; if (!Number.isSafeInteger(x)) return false;
  return true;
}

function isCallbackWallReplyRestore(value: unknown): value is T.CallbackWallReplyRestore {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.id; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 1)) return false;
  x = value.from_id; if (!Number.isSafeInteger(x)) return false;
  x = value.can_edit; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.post_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.owner_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.parents_stack; if (x !== undefined && !isIntegerList(x)) return false;
  x = value.photo_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.video_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.date; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.text; if (!(typeof x === "string")) return false;
  x = value.attachments; if (x !== undefined && !isWallWallpostAttachmentList(x)) return false;
  x = value.donut; if (x !== undefined && !isWallWallCommentDonut(x)) return false;
  x = value.likes; if (x !== undefined && !isBaseLikesInfo(x)) return false;
  x = value.real_offset; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.reply_to_user; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.reply_to_comment; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.thread; if (x !== undefined && !isCommentThread(x)) return false;
  x = value.is_from_post_author; if (x !== undefined && !(typeof x === "boolean")) return false;
  x = value.deleted; if (x !== undefined && !(typeof x === "boolean")) return false;
  x = value.pid; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.post_owner_id; if (!Number.isSafeInteger(x)) return false;
  return true;
}

function isCallbackWallRepost(value: unknown): value is T.CallbackWallRepost {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.carousel_offset; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.inner_type; if (x !== undefined && !(x === "wall_wallpost")) return false;
  x = value.access_key; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.is_deleted; if (x !== undefined && !(typeof x === "boolean")) return false;
  x = value.deleted_reason; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.deleted_details; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.donut_miniapp_url; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.attachments; if (x !== undefined && !isWallWallpostAttachmentList(x)) return false;
  x = value.copyright; if (x !== undefined && !isWallPostCopyright(x)) return false;
  x = value.date; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.edited; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.from_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.geo; if (x !== undefined && !isWallGeo(x)) return false;
  x = value.id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.is_archived; if (x !== undefined && !(typeof x === "boolean")) return false;
  x = value.is_favorite; if (x !== undefined && !(typeof x === "boolean")) return false;
  x = value.likes; if (x !== undefined && !isBaseLikesInfo(x)) return false;
  x = value.owner_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.post_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.parents_stack; if (x !== undefined && !isIntegerList(x)) return false;
  x = value.post_source; if (x !== undefined && !isWallPostSource(x)) return false;
  x = value.post_type; if (x !== undefined && !isWallPostType(x)) return false;
  x = value.reposts; if (x !== undefined && !isBaseRepostsInfo(x)) return false;
  x = value.signer_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.text; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.views; if (x !== undefined && !isWallViews(x)) return false;
  x = value.copy_history; if (x !== undefined && !isWallWallpostFullList(x)) return false;
  x = value.can_edit; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.created_by; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.can_delete; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.can_pin; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.donut; if (x !== undefined && !isWallWallpostDonut(x)) return false;
  x = value.is_pinned; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.comments; if (x !== undefined && !isBaseCommentsInfo(x)) return false;
  x = value.marked_as_ads; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.topic_id; if (x !== undefined && !VALUES_1.has(x)) return false;
  x = value.short_text_rate; if (x !== undefined && !(typeof x === "number" && Number.isFinite(x) && x >= 0 && x <= 1)) return false;
  x = value.hash; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.type; if (x !== undefined && !isWallPostType(x)) return false;
  x = value.feedback; if (x !== undefined && !isNewsfeedItemWallpostFeedback(x)) return false;
  x = value.to_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.postponed_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  return true;
}

function isCallbackWallSchedulePost(value: unknown): value is T.CallbackWallSchedulePost {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.id; if (!Number.isSafeInteger(x)) return false;
  x = value.schedule_time; if (!Number.isSafeInteger(x)) return false;
  return true;
}

function isCallsCall(value: unknown): value is T.CallsCall {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.duration; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.initiator_id; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.receiver_id; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.state; if (!(x === "canceled_by_initiator" || x === "canceled_by_receiver" || x === "reached")) return false;
  x = value.time; if (!Number.isSafeInteger(x)) return false;
  x = value.video; if (x !== undefined && !(typeof x === "boolean")) return false;
  x = value.participants; if (x !== undefined && !isCallsParticipants(x)) return false;
  return true;
}

function isCallsParticipants(value: unknown): value is T.CallsParticipants {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.list; if (x !== undefined && !isIntegerList(x)) return false;
  x = value.count; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  return true;
}

function isCommentThread(value: unknown): value is T.CommentThread {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.count; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.items; if (x !== undefined && !isWallWallCommentList(x)) return false;
  x = value.can_post; if (x !== undefined && !(typeof x === "boolean")) return false;
  x = value.show_reply_button; if (x !== undefined && !(typeof x === "boolean")) return false;
  x = value.groups_can_post; if (x !== undefined && !(typeof x === "boolean")) return false;
  x = value.author_replied; if (x !== undefined && !(typeof x === "boolean")) return false;
  return true;
}

function isDocsDoc(value: unknown): value is T.DocsDoc {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.id; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.owner_id; if (!Number.isSafeInteger(x)) return false;
  x = value.title; if (!(typeof x === "string")) return false;
  x = value.size; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.ext; if (!(typeof x === "string")) return false;
  x = value.url; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.date; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.type; if (!Number.isSafeInteger(x)) return false;
  x = value.preview; if (x !== undefined && !isDocsDocPreview(x)) return false;
  x = value.is_licensed; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.access_key; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.tags; if (x !== undefined && !isStringList(x)) return false;
  return true;
}

function isDocsDocPreview(value: unknown): value is T.DocsDocPreview {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.audio_msg; if (x !== undefined && !isDocsDocPreviewAudioMsg(x)) return false;
  x = value.graffiti; if (x !== undefined && !isDocsDocPreviewGraffiti(x)) return false;
  x = value.photo; if (x !== undefined && !isDocsDocPreviewPhoto(x)) return false;
  x = value.video; if (x !== undefined && !isDocsDocPreviewVideo(x)) return false;
  return true;
}

function isDocsDocPreviewAudioMsg(value: unknown): value is T.DocsDocPreviewAudioMsg {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.duration; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.link_mp3; if (!(typeof x === "string")) return false;
  x = value.link_ogg; if (!(typeof x === "string")) return false;
  x = value.waveform; if (!isDocsDocPreviewAudioMsgWaveformList(x)) return false;
  return true;
}

function isDocsDocPreviewGraffiti(value: unknown): value is T.DocsDocPreviewGraffiti {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.src; if (!(typeof x === "string")) return false;
  x = value.width; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.height; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  return true;
}

function isDocsDocPreviewPhoto(value: unknown): value is T.DocsDocPreviewPhoto {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.sizes; if (x !== undefined && !isDocsDocPreviewPhotoSizesList(x)) return false;
  return true;
}

function isDocsDocPreviewPhotoSizes(value: unknown): value is T.DocsDocPreviewPhotoSizes {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.src; if (!(typeof x === "string")) return false;
  x = value.width; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.height; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.type; if (!isPhotosPhotoSizesType(x)) return false;
  return true;
}

function isDocsDocPreviewVideo(value: unknown): value is T.DocsDocPreviewVideo {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.src; if (!(typeof x === "string")) return false;
  x = value.width; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.height; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.file_size; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  return true;
}

function isEventsEventAttach(value: unknown): value is T.EventsEventAttach {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.address; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.button_text; if (!(typeof x === "string")) return false;
  x = value.friends; if (!isIntegerList(x)) return false;
  x = value.id; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.is_favorite; if (!(typeof x === "boolean")) return false;
  x = value.member_status; if (x !== undefined && !(x === 0 || x === 1 || x === 2 || x === 3 || x === 4 || x === 5)) return false;
  x = value.text; if (!(typeof x === "string")) return false;
  x = value.time; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  return true;
}

function isGiftsLayout(value: unknown): value is T.GiftsLayout {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.id; if (!Number.isSafeInteger(x)) return false;
  x = value.thumb_512; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.thumb_256; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.thumb_48; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.thumb_96; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.stickers_product_id; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.is_stickers_style; if (x !== undefined && !(typeof x === "boolean")) return false;
  x = value.build_id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.keywords; if (x !== undefined && !(typeof x === "string")) return false;
  return true;
}

function isGroupsGroupAttach(value: unknown): value is T.GroupsGroupAttach {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.id; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.text; if (!(typeof x === "string")) return false;
  x = value.status; if (!(typeof x === "string")) return false;
  x = value.size; if (!Number.isSafeInteger(x)) return false;
  x = value.is_favorite; if (!(typeof x === "boolean")) return false;
  return true;
}

function isLinkTargetObject(value: unknown): value is T.LinkTargetObject {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.owner_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.item_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  return true;
}

function isMarketCurrency(value: unknown): value is T.MarketCurrency {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.id; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.name; if (!(typeof x === "string")) return false;
  x = value.title; if (!(typeof x === "string")) return false;
  return true;
}

function isMarketMarketAlbum(value: unknown): value is T.MarketMarketAlbum {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.id; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 1)) return false;
  x = value.owner_id; if (!Number.isSafeInteger(x)) return false;
  x = value.title; if (!(typeof x === "string")) return false;
  x = value.count; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.is_main; if (x !== undefined && !(typeof x === "boolean")) return false;
  x = value.is_hidden; if (x !== undefined && !(typeof x === "boolean")) return false;
  x = value.photo; if (x !== undefined && !isPhotosPhoto(x)) return false;
  x = value.updated_time; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.type; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.is_blur_enabled; if (x !== undefined && !(typeof x === "boolean")) return false;
  return true;
}

function isMarketMarketCategoryNested(value: unknown): value is T.MarketMarketCategoryNested {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.inner_type; if (!(x === "market_market_category_nested")) return false;
  x = value.id; if (!Number.isSafeInteger(x)) return false;
  x = value.name; if (!(typeof x === "string")) return false;
  x = value.is_v2; if (x !== undefined && !(typeof x === "boolean")) return false;
  x = value.parent; if (x !== undefined && !isMarketMarketCategoryNested(x)) return false;
  return true;
}

function isMarketMarketItem(value: unknown): value is T.MarketMarketItem {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.access_key; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.availability; if (!(x === 0 || x === 1 || x === 2)) return false;
  x = value.button_title; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.category; if (!isMarketMarketCategoryNested(x)) return false;
  x = value.category_v2; if (x !== undefined && !isMarketMarketCategoryNested(x)) return false;
  x = value.date; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.description; if (!(typeof x === "string")) return false;
  x = value.external_id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.id; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.is_favorite; if (x !== undefined && !(typeof x === "boolean")) return false;
  x = value.owner_id; if (!Number.isSafeInteger(x)) return false;
  x = value.is_owner; if (x !== undefined && !(typeof x === "boolean")) return false;
  x = value.is_adult; if (x !== undefined && !(typeof x === "boolean")) return false;
  x = value.price; if (!isMarketPrice(x)) return false;
  x = value.thumb_photo; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.title; if (!(typeof x === "string")) return false;
  x = value.url; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.variants_grouping_id; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.is_main_variant; if (x !== undefined && !(typeof x === "boolean")) return false;
  x = value.sku; if (x !== undefined && !(typeof x === "string" && maxCodePoints(x, 50))) return false;
  x = value.stock_amount; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.post_id; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.post_owner_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  return true;
}

function isMarketOrder(value: unknown): value is T.MarketOrder {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.id; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.group_id; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.user_id; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.display_order_id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.date; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.status; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.items_count; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.track_number; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.track_link; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.comment; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.address; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.merchant_comment; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.weight; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.total_price; if (!isMarketPrice(x)) return false;
  x = value.discount; if (x !== undefined && !isMarketPrice(x)) return false;
  x = value.preview_order_items; if (x !== undefined && !isMarketOrderItemList(x)) return false;
  x = value.cancel_info; if (x !== undefined && !isBaseLink(x)) return false;
  x = value.comment_for_user; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.is_viewed_by_admin; if (x !== undefined && !(typeof x === "boolean")) return false;
  x = value.date_viewed; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.can_add_review; if (x !== undefined && !(typeof x === "boolean")) return false;
  return true;
}

function isMarketOrderItem(value: unknown): value is T.MarketOrderItem {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.owner_id; if (!Number.isSafeInteger(x)) return false;
  x = value.item_id; if (!Number.isSafeInteger(x)) return false;
  x = value.price; if (!isMarketPrice(x)) return false;
  x = value.quantity; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.item; if (!isMarketMarketItem(x)) return false;
  x = value.title; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.photo; if (x !== undefined && !isPhotosPhoto(x)) return false;
  x = value.variants; if (x !== undefined && !isStringList(x)) return false;
  x = value.can_add_review; if (x !== undefined && !(typeof x === "boolean")) return false;
  return true;
}

function isMarketPrice(value: unknown): value is T.MarketPrice {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.amount; if (!(typeof x === "string")) return false;
  x = value.amount_to; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.price_type; if (x !== undefined && !(x === 0 || x === 2 || x === 3)) return false;
  x = value.price_unit; if (x !== undefined && !(x === 0 || x === 2 || x === 3 || x === 4)) return false;
  x = value.currency; if (!isMarketCurrency(x)) return false;
  x = value.discount_rate; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.old_amount; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.text; if (!(typeof x === "string")) return false;
  x = value.old_amount_text; if (x !== undefined && !(typeof x === "string")) return false;
  return true;
}

function isMessagesAudioMessage(value: unknown): value is T.MessagesAudioMessage {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.access_key; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.transcript_error; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 1 && x <= 11)) return false;
  x = value.duration; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.id; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.link_mp3; if (!(typeof x === "string")) return false;
  x = value.link_ogg; if (!(typeof x === "string")) return false;
  x = value.owner_id; if (!Number.isSafeInteger(x)) return false;
  x = value.waveform; if (!isDocsDocPreviewAudioMsgWaveformList(x)) return false;
  return true;
}

function isMessagesGraffiti(value: unknown): value is T.MessagesGraffiti {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.access_key; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.id; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.owner_id; if (!Number.isSafeInteger(x)) return false;
  x = value.url; if (!(typeof x === "string")) return false;
  x = value.width; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.height; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  return true;
}

function isMessagesKeyboard(value: unknown): value is T.MessagesKeyboard {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.one_time; if (x !== undefined && !(typeof x === "boolean")) return false;
  x = value.buttons; if (!isMessagesKeyboardButtonsList(x)) return false;
  x = value.author_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.inline; if (x !== undefined && !(typeof x === "boolean")) return false;
  return true;
}

function isMessagesKeyboardButton(value: unknown): value is T.MessagesKeyboardButton {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.action; if (!isMessagesKeyboardButtonPropertyAction(x)) return false;
  x = value.color; if (x !== undefined && !(x === "primary" || x === "secondary" || x === "negative" || x === "positive")) return false;
  return true;
}

function isMessagesKeyboardButtonActionCallback(value: unknown): value is T.MessagesKeyboardButtonActionCallback {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "callback")) return false;
  x = value.label; if (!(typeof x === "string" && maxCodePoints(x, 40))) return false;
  x = value.payload; if (x !== undefined && !(typeof x === "string" && maxCodePoints(x, 255))) return false;
  return true;
}

function isMessagesKeyboardButtonActionIntentSubscribe(value: unknown): value is T.MessagesKeyboardButtonActionIntentSubscribe {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "intent_subscribe")) return false;
  x = value.label; if (!(typeof x === "string" && maxCodePoints(x, 40))) return false;
  x = value.intent; if (!(x === "confirmed_notification" || x === "promo_newsletter" || x === "non_promo_newsletter")) return false;
  x = value.subscribe_id; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0 && x <= 100)) return false;
  x = value.payload; if (x !== undefined && !(typeof x === "string" && maxCodePoints(x, 255))) return false;
  return true;
}

function isMessagesKeyboardButtonActionIntentUnsubscribe(value: unknown): value is T.MessagesKeyboardButtonActionIntentUnsubscribe {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "intent_unsubscribe")) return false;
  x = value.label; if (!(typeof x === "string" && maxCodePoints(x, 40))) return false;
  x = value.intent; if (!(x === "confirmed_notification" || x === "promo_newsletter" || x === "non_promo_newsletter")) return false;
  x = value.subscribe_id; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0 && x <= 100)) return false;
  x = value.payload; if (x !== undefined && !(typeof x === "string" && maxCodePoints(x, 255))) return false;
  return true;
}

function isMessagesKeyboardButtonActionLocation(value: unknown): value is T.MessagesKeyboardButtonActionLocation {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "location")) return false;
  x = value.payload; if (x !== undefined && !(typeof x === "string" && maxCodePoints(x, 255))) return false;
  return true;
}

function isMessagesKeyboardButtonActionOpenApp(value: unknown): value is T.MessagesKeyboardButtonActionOpenApp {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "open_app")) return false;
  x = value.label; if (!(typeof x === "string" && maxCodePoints(x, 40))) return false;
  x = value.app_id; if (!Number.isSafeInteger(x)) return false;
  x = value.owner_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.hash; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.payload; if (x !== undefined && !(typeof x === "string" && maxCodePoints(x, 255))) return false;
  return true;
}

function isMessagesKeyboardButtonActionOpenLink(value: unknown): value is T.MessagesKeyboardButtonActionOpenLink {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "open_link")) return false;
  x = value.label; if (!(typeof x === "string" && maxCodePoints(x, 40))) return false;
  x = value.link; if (!(typeof x === "string")) return false;
  x = value.payload; if (x !== undefined && !(typeof x === "string" && maxCodePoints(x, 255))) return false;
  return true;
}

function isMessagesKeyboardButtonActionText(value: unknown): value is T.MessagesKeyboardButtonActionText {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "text")) return false;
  x = value.label; if (!(typeof x === "string" && maxCodePoints(x, 40))) return false;
  x = value.payload; if (x !== undefined && !(typeof x === "string" && maxCodePoints(x, 255))) return false;
  return true;
}

function isMessagesKeyboardButtonActionVkpay(value: unknown): value is T.MessagesKeyboardButtonActionVkpay {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "vkpay")) return false;
  x = value.hash; if (!(typeof x === "string")) return false;
  x = value.payload; if (x !== undefined && !(typeof x === "string" && maxCodePoints(x, 255))) return false;
  return true;
}

function isMessagesKeyboardButtonPropertyAction(value: unknown): value is T.MessagesKeyboardButtonPropertyAction {
  return (isMessagesKeyboardButtonActionText(value) || isMessagesKeyboardButtonActionOpenLink(value) || isMessagesKeyboardButtonActionLocation(value) || isMessagesKeyboardButtonActionVkpay(value) || isMessagesKeyboardButtonActionOpenApp(value) || isMessagesKeyboardButtonActionCallback(value) || isMessagesKeyboardButtonActionIntentSubscribe(value) || isMessagesKeyboardButtonActionIntentUnsubscribe(value));
}

function isMessagesMessageAction(value: unknown): value is T.MessagesMessageAction {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.conversation_message_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.email; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.member_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.message; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.photo; if (x !== undefined && !isMessagesMessageActionPhoto(x)) return false;
  x = value.text; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.type; if (!isMessagesMessageActionStatus(x)) return false;
  return true;
}

function isMessagesMessageActionPhoto(value: unknown): value is T.MessagesMessageActionPhoto {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.photo_50; if (!(typeof x === "string")) return false;
  x = value.photo_100; if (!(typeof x === "string")) return false;
  x = value.photo_200; if (!(typeof x === "string")) return false;
  return true;
}

function isMessagesMessageAttachment(value: unknown): value is T.MessagesMessageAttachment {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.audio; if (x !== undefined && !isAudioAudio(x)) return false;
  x = value.audio_message; if (x !== undefined && !isMessagesAudioMessage(x)) return false;
  x = value.call; if (x !== undefined && !isCallsCall(x)) return false;
  x = value.doc; if (x !== undefined && !isDocsDoc(x)) return false;
  x = value.gift; if (x !== undefined && !isGiftsLayout(x)) return false;
  x = value.graffiti; if (x !== undefined && !isMessagesGraffiti(x)) return false;
  x = value.market; if (x !== undefined && !isMarketMarketItem(x)) return false;
  x = value.market_market_album; if (x !== undefined && !isMarketMarketAlbum(x)) return false;
  x = value.photo; if (x !== undefined && !isPhotosPhoto(x)) return false;
  x = value.sticker; if (x !== undefined && !isBaseStickerNew(x)) return false;
  x = value.story; if (x !== undefined && !isStoriesStory(x)) return false;
  x = value.type; if (!isMessagesMessageAttachmentType(x)) return false;
  x = value.wall_reply; if (x !== undefined && !isWallWallComment(x)) return false;
  x = value.poll; if (x !== undefined && !isPollsPoll(x)) return false;
  return true;
}

function isMessagesReactionCounterResponseItem(value: unknown): value is T.MessagesReactionCounterResponseItem {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.reaction_id; if (!Number.isSafeInteger(x)) return false;
  x = value.count; if (!Number.isSafeInteger(x)) return false;
  x = value.user_ids; if (!isIntegerList(x)) return false;
  return true;
}

function isNewsfeedItemWallpostFeedback(value: unknown): value is T.NewsfeedItemWallpostFeedback {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "buttons" || x === "stars")) return false;
  x = value.question; if (!(typeof x === "string")) return false;
  x = value.answers; if (x !== undefined && !isNewsfeedItemWallpostFeedbackAnswerList(x)) return false;
  x = value.stars_count; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 2 && x <= 5)) return false;
  x = value.descriptions; if (x !== undefined && !isStringList(x)) return false;
  x = value.gratitude; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.track_code; if (x !== undefined && !(typeof x === "string")) return false;
  return true;
}

function isNewsfeedItemWallpostFeedbackAnswer(value: unknown): value is T.NewsfeedItemWallpostFeedbackAnswer {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.title; if (!(typeof x === "string")) return false;
  x = value.id; if (!(typeof x === "string")) return false;
  return true;
}

function isNotesNote(value: unknown): value is T.NotesNote {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.read_comments; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.can_comment; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.comments; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.date; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.id; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 1)) return false;
  x = value.owner_id; if (!Number.isSafeInteger(x)) return false;
  x = value.text; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.text_wiki; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.title; if (!(typeof x === "string")) return false;
  x = value.view_url; if (!(typeof x === "string")) return false;
  x = value.privacy_view; if (x !== undefined && !isStringList(x)) return false;
  x = value.privacy_comment; if (x !== undefined && !isStringList(x)) return false;
  return true;
}

function isPagesWikipageFull(value: unknown): value is T.PagesWikipageFull {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.created; if (!Number.isSafeInteger(x)) return false;
  x = value.creator_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.current_user_can_edit; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.current_user_can_edit_access; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.edited; if (!Number.isSafeInteger(x)) return false;
  x = value.editor_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.group_id; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 1)) return false;
  x = value.html; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.id; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 1)) return false;
  x = value.source; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.title; if (!(typeof x === "string")) return false;
  x = value.view_url; if (!(typeof x === "string")) return false;
  x = value.views; if (!Number.isSafeInteger(x)) return false;
  x = value.who_can_edit; if (!(x === 0 || x === 1 || x === 2)) return false;
  x = value.who_can_view; if (!(x === 0 || x === 1 || x === 2)) return false;
  x = value.url; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.parent; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.parent2; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.owner_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  return true;
}

function isPhotosImage(value: unknown): value is T.PhotosImage {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.height; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.type; if (x !== undefined && !isPhotosImageType(x)) return false;
  x = value.url; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.width; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  return true;
}

function isPhotosPhoto(value: unknown): value is T.PhotosPhoto {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.access_key; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.album_id; if (!Number.isSafeInteger(x)) return false;
  x = value.date; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.height; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.id; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.images; if (x !== undefined && !isPhotosImageList(x)) return false;
  x = value.lat; if (x !== undefined && !Number.isFinite(x)) return false;
  x = value.long; if (x !== undefined && !Number.isFinite(x)) return false;
  x = value.owner_id; if (!Number.isSafeInteger(x)) return false;
  x = value.photo_256; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.thumb_hash; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.can_comment; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.place; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.post_id; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 1)) return false;
  x = value.sizes; if (x !== undefined && !isPhotosPhotoSizesList(x)) return false;
  x = value.square_crop; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.text; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.user_id; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 1)) return false;
  x = value.width; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.has_tags; if (x !== undefined && !(typeof x === "boolean")) return false;
  x = value.likes; if (x !== undefined && !isBaseLikes(x)) return false;
  x = value.comments; if (x !== undefined && !isBaseObjectCount(x)) return false;
  x = value.reposts; if (x !== undefined && !isBaseRepostsInfo(x)) return false;
  x = value.tags; if (x !== undefined && !isBaseObjectCount(x)) return false;
  x = value.hidden; if (x !== undefined && !(x === 1)) return false;
  x = value.real_offset; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.vertical_align; if (x !== undefined && !(x === "top" || x === "middle" || x === "bottom")) return false;
  return true;
}

function isPhotosPhotoAlbum(value: unknown): value is T.PhotosPhotoAlbum {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.created; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.description; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.id; if (!Number.isSafeInteger(x)) return false;
  x = value.owner_id; if (!Number.isSafeInteger(x)) return false;
  x = value.size; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.thumb; if (x !== undefined && !isPhotosPhoto(x)) return false;
  x = value.title; if (!(typeof x === "string")) return false;
  x = value.updated; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  return true;
}

function isPhotosPhotoSizes(value: unknown): value is T.PhotosPhotoSizes {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.height; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.url; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.src; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.type; if (!isPhotosPhotoSizesType(x)) return false;
  x = value.width; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  return true;
}

function isPollsAnswer(value: unknown): value is T.PollsAnswer {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.id; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.rate; if (!(typeof x === "number" && Number.isFinite(x) && x >= 0)) return false;
  x = value.text; if (!(typeof x === "string")) return false;
  x = value.votes; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  return true;
}

function isPollsBackground(value: unknown): value is T.PollsBackground {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.angle; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.color; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.height; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.name; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.images; if (x !== undefined && !isBaseImageList(x)) return false;
  x = value.points; if (x !== undefined && !isBaseGradientPointList(x)) return false;
  x = value.type; if (x !== undefined && !(x === "gradient" || x === "tile")) return false;
  x = value.width; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  return true;
}

function isPollsFriend(value: unknown): value is T.PollsFriend {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.id; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  return true;
}

function isPollsPoll(value: unknown): value is T.PollsPoll {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.anonymous; if (x !== undefined && !(typeof x === "boolean")) return false;
  x = value.friends; if (x !== undefined && !isPollsFriendList(x)) return false;
  x = value.multiple; if (!(typeof x === "boolean")) return false;
  x = value.answer_id; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.end_date; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.answer_ids; if (x !== undefined && !isDocsDocPreviewAudioMsgWaveformList(x)) return false;
  x = value.closed; if (!(typeof x === "boolean")) return false;
  x = value.is_board; if (!(typeof x === "boolean")) return false;
  x = value.can_edit; if (!(typeof x === "boolean")) return false;
  x = value.can_vote; if (!(typeof x === "boolean")) return false;
  x = value.can_report; if (!(typeof x === "boolean")) return false;
  x = value.can_share; if (!(typeof x === "boolean")) return false;
  x = value.embed_hash; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.photo; if (x !== undefined && !isPollsBackground(x)) return false;
  x = value.answers; if (!isPollsAnswerList(x)) return false;
  x = value.created; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.id; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 1)) return false;
  x = value.owner_id; if (!Number.isSafeInteger(x)) return false;
  x = value.author_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.question; if (!(typeof x === "string")) return false;
  x = value.background; if (x !== undefined && !isPollsBackground(x)) return false;
  x = value.votes; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.disable_unvote; if (!(typeof x === "boolean")) return false;
  return true;
}

function isStoriesClickableArea(value: unknown): value is T.StoriesClickableArea {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.x; if (!Number.isSafeInteger(x)) return false;
  x = value.y; if (!Number.isSafeInteger(x)) return false;
  return true;
}

function isStoriesClickableSticker(value: unknown): value is T.StoriesClickableSticker {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.clickable_area; if (!isStoriesClickableAreaList(x)) return false;
  x = value.id; if (!Number.isSafeInteger(x)) return false;
  x = value.hashtag; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.link_object; if (x !== undefined && !isBaseLink(x)) return false;
  x = value.mention; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.tooltip_text; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.owner_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.story_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.clip_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.video_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.question; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.question_button; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.place_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.market_item; if (x !== undefined && !isMarketMarketItem(x)) return false;
  x = value.audio; if (x !== undefined && !isAudioAudio(x)) return false;
  x = value.audio_start_time; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.style; if (x !== undefined && !isStoriesClickableStickerStyle(x)) return false;
  x = value.type; if (!isStoriesClickableStickerType(x)) return false;
  x = value.subtype; if (x !== undefined && !(x === "market_item" || x === "aliexpress_product")) return false;
  x = value.post_owner_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.post_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.poll; if (x !== undefined && !isPollsPoll(x)) return false;
  x = value.color; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.sticker_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.sticker_pack_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.app; if (x !== undefined && !isAppsAppMin(x)) return false;
  x = value.app_context; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.has_new_interactions; if (x !== undefined && !(typeof x === "boolean")) return false;
  x = value.is_broadcast_notify_allowed; if (x !== undefined && !(typeof x === "boolean")) return false;
  x = value.situational_theme_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.situational_app_url; if (x !== undefined && !(typeof x === "string")) return false;
  return true;
}

function isStoriesClickableStickers(value: unknown): value is T.StoriesClickableStickers {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.clickable_stickers; if (!isStoriesClickableStickerList(x)) return false;
  x = value.original_height; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.original_width; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  return true;
}

function isStoriesReplies(value: unknown): value is T.StoriesReplies {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.count; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.new; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  return true;
}

function isStoriesStory(value: unknown): value is T.StoriesStory {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.access_key; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.can_comment; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.can_reply; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.can_see; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.can_like; if (x !== undefined && !(typeof x === "boolean")) return false;
  x = value.can_share; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.can_hide; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.date; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.expires_at; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.id; if (!Number.isSafeInteger(x)) return false;
  x = value.is_deleted; if (x !== undefined && !(typeof x === "boolean")) return false;
  x = value.is_expired; if (x !== undefined && !(typeof x === "boolean")) return false;
  x = value.link; if (x !== undefined && !isStoriesStoryLink(x)) return false;
  x = value.owner_id; if (!Number.isSafeInteger(x)) return false;
  x = value.parent_story; if (x !== undefined && !isStoriesStory(x)) return false;
  x = value.parent_story_access_key; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.parent_story_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.parent_story_owner_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.photo; if (x !== undefined && !isPhotosPhoto(x)) return false;
  x = value.blurred_preview; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.replies; if (x !== undefined && !isStoriesReplies(x)) return false;
  x = value.seen; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.type; if (x !== undefined && !(x === "photo" || x === "video" || x === "live_active" || x === "live_finished")) return false;
  x = value.clickable_stickers; if (x !== undefined && !isStoriesClickableStickers(x)) return false;
  x = value.video; if (x !== undefined && !isVideoVideoFull(x)) return false;
  x = value.views; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.can_ask; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.can_ask_anonymous; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.narratives_count; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.first_narrative_title; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.first_narrative_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.can_use_in_narrative; if (x !== undefined && !(typeof x === "boolean")) return false;
  return true;
}

function isStoriesStoryLink(value: unknown): value is T.StoriesStoryLink {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.text; if (!(typeof x === "string")) return false;
  x = value.url; if (!(typeof x === "string")) return false;
  x = value.link_url_target; if (x !== undefined && !(typeof x === "string")) return false;
  return true;
}

function isVideoEpisode(value: unknown): value is T.VideoEpisode {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.time; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.text; if (x !== undefined && !(typeof x === "string")) return false;
  return true;
}

function isVideoLiveSettings(value: unknown): value is T.VideoLiveSettings {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.can_rewind; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.is_endless; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.max_duration; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.is_clips_live; if (x !== undefined && !(x === 0 || x === 1)) return false;
  return true;
}

function isVideoVideo(value: unknown): value is T.VideoVideo {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.response_type; if (x !== undefined && !(x === "min" || x === "full")) return false;
  x = value.access_key; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.adding_date; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.can_comment; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.can_edit; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.can_delete; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.can_like; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.can_repost; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 1 && x <= 3)) return false;
  x = value.can_subscribe; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.can_be_promoted; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.can_add_to_faves; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.can_add; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.can_attach_link; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.can_edit_privacy; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.is_private; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.comments; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.date; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.description; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.duration; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.image; if (x !== undefined && !isVideoVideoImageList(x)) return false;
  x = value.first_frame; if (x !== undefined && !isVideoVideoImageList(x)) return false;
  x = value.width; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.height; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.id; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.owner_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.user_id; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.title; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.is_favorite; if (x !== undefined && !(typeof x === "boolean")) return false;
  x = value.player; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.processing; if (x !== undefined && !(x === 1)) return false;
  x = value.converting; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.added; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.is_subscribed; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.track_code; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.repeat; if (x !== undefined && !(x === 1)) return false;
  x = value.type; if (x !== undefined && !(x === "interactive" || x === "video" || x === "music_video" || x === "movie" || x === "live" || x === "short_video" || x === "story" || x === "video_message")) return false;
  x = value.views; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.local_views; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.content_restricted; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.content_restricted_message; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.balance; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.live; if (x !== undefined && !(x === 1)) return false;
  x = value.upcoming; if (x !== undefined && !(x === 1)) return false;
  x = value.live_start_time; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.live_notify; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.spectators; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.platform; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.likes; if (x !== undefined && !isBaseLikes(x)) return false;
  x = value.reposts; if (x !== undefined && !isBaseRepostsInfo(x)) return false;
  return true;
}

function isVideoVideoAlbumFull(value: unknown): value is T.VideoVideoAlbumFull {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.id; if (!Number.isSafeInteger(x)) return false;
  x = value.owner_id; if (!Number.isSafeInteger(x)) return false;
  x = value.title; if (!(typeof x === "string")) return false;
  x = value.track_code; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.response_type; if (x !== undefined && !(x === "min" || x === "full")) return false;
  x = value.count; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.image; if (x !== undefined && !isVideoVideoImageList(x)) return false;
  x = value.image_blur; if (x !== undefined && !(x === 1)) return false;
  x = value.is_system; if (x !== undefined && !(x === 1)) return false;
  x = value.updated_time; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.can_edit; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.can_delete; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.can_upload; if (x !== undefined && !(x === 0 || x === 1)) return false;
  return true;
}

function isVideoVideoFiles(value: unknown): value is T.VideoVideoFiles {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.external; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.mp4_144; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.mp4_240; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.mp4_360; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.mp4_480; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.mp4_720; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.mp4_1080; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.mp4_1440; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.mp4_2160; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.flv_320; if (x !== undefined && !(typeof x === "string")) return false;
  return true;
}

function isVideoVideoFull(value: unknown): value is T.VideoVideoFull {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.response_type; if (x !== undefined && !(x === "min" || x === "full")) return false;
  x = value.access_key; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.adding_date; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.can_comment; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.can_edit; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.can_delete; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.can_like; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.can_repost; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 1 && x <= 3)) return false;
  x = value.can_subscribe; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.can_be_promoted; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.can_add_to_faves; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.can_add; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.can_attach_link; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.can_edit_privacy; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.is_private; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.comments; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.date; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.description; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.duration; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.image; if (x !== undefined && !isVideoVideoImageList(x)) return false;
  x = value.first_frame; if (x !== undefined && !isVideoVideoImageList(x)) return false;
  x = value.width; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.height; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.id; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.owner_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.user_id; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.title; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.is_favorite; if (x !== undefined && !(typeof x === "boolean")) return false;
  x = value.player; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.processing; if (x !== undefined && !(x === 1)) return false;
  x = value.converting; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.added; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.is_subscribed; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.track_code; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.repeat; if (x !== undefined && !(x === 1)) return false;
  x = value.type; if (x !== undefined && !(x === "interactive" || x === "video" || x === "music_video" || x === "movie" || x === "live" || x === "short_video" || x === "story" || x === "video_message")) return false;
  x = value.views; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.local_views; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.content_restricted; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.content_restricted_message; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.balance; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.live; if (x !== undefined && !(x === 1)) return false;
  x = value.upcoming; if (x !== undefined && !(x === 1)) return false;
  x = value.live_start_time; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.live_notify; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.spectators; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.platform; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.likes; if (x !== undefined && !isBaseLikes(x)) return false;
  x = value.reposts; if (x !== undefined && !isBaseRepostsInfo(x)) return false;
  x = value.files; if (x !== undefined && !isVideoVideoFiles(x)) return false;
  x = value.trailer; if (x !== undefined && !isVideoVideoFiles(x)) return false;
  x = value.episodes; if (x !== undefined && !isVideoEpisodeList(x)) return false;
  x = value.live_settings; if (x !== undefined && !isVideoLiveSettings(x)) return false;
  return true;
}

function isVideoVideoImage(value: unknown): value is T.VideoVideoImage {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.url; if (!(typeof x === "string")) return false;
  x = value.width; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.height; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.theme; if (x !== undefined && !(x === "light" || x === "dark")) return false;
  x = value.with_padding; if (x !== undefined && !(x === 1)) return false;
  x = value.size; if (x !== undefined && !(typeof x === "string")) return false;
  return true;
}

function isWallAppPost(value: unknown): value is T.WallAppPost {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.name; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.photo_130; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.photo_604; if (x !== undefined && !(typeof x === "string")) return false;
  return true;
}

function isWallAttachedNote(value: unknown): value is T.WallAttachedNote {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.comments; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.date; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.id; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 1)) return false;
  x = value.owner_id; if (!Number.isSafeInteger(x)) return false;
  x = value.read_comments; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.title; if (!(typeof x === "string")) return false;
  x = value.text; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.privacy_view; if (x !== undefined && !isStringList(x)) return false;
  x = value.privacy_comment; if (x !== undefined && !isStringList(x)) return false;
  x = value.can_comment; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.text_wiki; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.view_url; if (!(typeof x === "string")) return false;
  return true;
}

function isWallCommentAttachment(value: unknown): value is T.WallCommentAttachment {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.audio; if (x !== undefined && !isAudioAudio(x)) return false;
  x = value.doc; if (x !== undefined && !isDocsDoc(x)) return false;
  x = value.link; if (x !== undefined && !isBaseLink(x)) return false;
  x = value.market; if (x !== undefined && !isMarketMarketItem(x)) return false;
  x = value.market_market_album; if (x !== undefined && !isMarketMarketAlbum(x)) return false;
  x = value.note; if (x !== undefined && !isWallAttachedNote(x)) return false;
  x = value.page; if (x !== undefined && !isPagesWikipageFull(x)) return false;
  x = value.photo; if (x !== undefined && !isPhotosPhoto(x)) return false;
  x = value.sticker; if (x !== undefined && !isBaseStickerNew(x)) return false;
  x = value.type; if (!isWallCommentAttachmentType(x)) return false;
  x = value.video; if (x !== undefined && !isVideoVideo(x)) return false;
  x = value.graffiti; if (x !== undefined && !isWallGraffiti(x)) return false;
  return true;
}

function isWallGeo(value: unknown): value is T.WallGeo {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.coordinates; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.showmap; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.type; if (x !== undefined && !(x === "place" || x === "point")) return false;
  return true;
}

function isWallGraffiti(value: unknown): value is T.WallGraffiti {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.owner_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.photo_200; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.photo_586; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.height; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.url; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.width; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.access_key; if (x !== undefined && !(typeof x === "string")) return false;
  return true;
}

function isWallPostCopyright(value: unknown): value is T.WallPostCopyright {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.link; if (!(typeof x === "string")) return false;
  x = value.name; if (!(typeof x === "string")) return false;
  x = value.type; if (!(typeof x === "string")) return false;
  return true;
}

function isWallPostSource(value: unknown): value is T.WallPostSource {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.data; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.platform; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.type; if (x !== undefined && !(x === "vk" || x === "widget" || x === "api" || x === "rss" || x === "sms" || x === "mvk")) return false;
  x = value.url; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.link; if (x !== undefined && !isBaseLink(x)) return false;
  return true;
}

function isWallPostedPhoto(value: unknown): value is T.WallPostedPhoto {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.owner_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.photo_130; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.photo_604; if (x !== undefined && !(typeof x === "string")) return false;
  return true;
}

function isWallViews(value: unknown): value is T.WallViews {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.count; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  return true;
}

function isWallWallComment(value: unknown): value is T.WallWallComment {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.id; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 1)) return false;
  x = value.from_id; if (!Number.isSafeInteger(x)) return false;
  x = value.can_edit; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.post_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.owner_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.parents_stack; if (x !== undefined && !isIntegerList(x)) return false;
  x = value.photo_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.video_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.date; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.text; if (!(typeof x === "string")) return false;
  x = value.attachments; if (x !== undefined && !isWallWallpostAttachmentList(x)) return false;
  x = value.donut; if (x !== undefined && !isWallWallCommentDonut(x)) return false;
  x = value.likes; if (x !== undefined && !isBaseLikesInfo(x)) return false;
  x = value.real_offset; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.reply_to_user; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.reply_to_comment; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.thread; if (x !== undefined && !isCommentThread(x)) return false;
  x = value.is_from_post_author; if (x !== undefined && !(typeof x === "boolean")) return false;
  x = value.deleted; if (x !== undefined && !(typeof x === "boolean")) return false;
  x = value.pid; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  return true;
}

function isWallWallCommentDonut(value: unknown): value is T.WallWallCommentDonut {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.is_don; if (x !== undefined && !(typeof x === "boolean")) return false;
  x = value.placeholder; if (x !== undefined && !isWallWallCommentDonutPlaceholder(x)) return false;
  return true;
}

function isWallWallCommentDonutPlaceholder(value: unknown): value is T.WallWallCommentDonutPlaceholder {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.text; if (!(typeof x === "string")) return false;
  return true;
}

function isWallWallpostAttachment(value: unknown): value is T.WallWallpostAttachment {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.access_key; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.album; if (x !== undefined && !isPhotosPhotoAlbum(x)) return false;
  x = value.app; if (x !== undefined && !isWallAppPost(x)) return false;
  x = value.audio; if (x !== undefined && !isAudioAudio(x)) return false;
  x = value.doc; if (x !== undefined && !isDocsDoc(x)) return false;
  x = value.event; if (x !== undefined && !isEventsEventAttach(x)) return false;
  x = value.group; if (x !== undefined && !isGroupsGroupAttach(x)) return false;
  x = value.graffiti; if (x !== undefined && !isWallGraffiti(x)) return false;
  x = value.link; if (x !== undefined && !isBaseLink(x)) return false;
  x = value.market; if (x !== undefined && !isMarketMarketItem(x)) return false;
  x = value.market_album; if (x !== undefined && !isMarketMarketAlbum(x)) return false;
  x = value.note; if (x !== undefined && !isNotesNote(x)) return false;
  x = value.page; if (x !== undefined && !isPagesWikipageFull(x)) return false;
  x = value.photo; if (x !== undefined && !isPhotosPhoto(x)) return false;
  x = value.poll; if (x !== undefined && !isPollsPoll(x)) return false;
  x = value.posted_photo; if (x !== undefined && !isWallPostedPhoto(x)) return false;
  x = value.type; if (!isWallWallpostAttachmentType(x)) return false;
  x = value.video; if (x !== undefined && !isVideoVideoFull(x)) return false;
  x = value.clip; if (x !== undefined && !isVideoVideoFull(x)) return false;
  x = value.video_playlist; if (x !== undefined && !isVideoVideoAlbumFull(x)) return false;
  return true;
}

function isWallWallpostCommentsDonut(value: unknown): value is T.WallWallpostCommentsDonut {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.placeholder; if (x !== undefined && !isWallWallpostCommentsDonutPlaceholder(x)) return false;
  return true;
}

function isWallWallpostCommentsDonutPlaceholder(value: unknown): value is T.WallWallpostCommentsDonutPlaceholder {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.text; if (!(typeof x === "string")) return false;
  return true;
}

function isWallWallpostDonut(value: unknown): value is T.WallWallpostDonut {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.is_donut; if (!(typeof x === "boolean")) return false;
  x = value.paid_duration; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.placeholder; if (x !== undefined && !isWallWallpostDonutPlaceholder(x)) return false;
  x = value.can_publish_free_copy; if (x !== undefined && !(typeof x === "boolean")) return false;
  x = value.edit_mode; if (x !== undefined && !(x === "all" || x === "duration")) return false;
  return true;
}

function isWallWallpostDonutPlaceholder(value: unknown): value is T.WallWallpostDonutPlaceholder {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.text; if (!(typeof x === "string")) return false;
  return true;
}

function isWallWallpostFull(value: unknown): value is T.WallWallpostFull {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.carousel_offset; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.inner_type; if (x !== undefined && !(x === "wall_wallpost")) return false;
  x = value.access_key; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.is_deleted; if (x !== undefined && !(typeof x === "boolean")) return false;
  x = value.deleted_reason; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.deleted_details; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.donut_miniapp_url; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.attachments; if (x !== undefined && !isWallWallpostAttachmentList(x)) return false;
  x = value.copyright; if (x !== undefined && !isWallPostCopyright(x)) return false;
  x = value.date; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.edited; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.from_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.geo; if (x !== undefined && !isWallGeo(x)) return false;
  x = value.id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.is_archived; if (x !== undefined && !(typeof x === "boolean")) return false;
  x = value.is_favorite; if (x !== undefined && !(typeof x === "boolean")) return false;
  x = value.likes; if (x !== undefined && !isBaseLikesInfo(x)) return false;
  x = value.owner_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.post_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.parents_stack; if (x !== undefined && !isIntegerList(x)) return false;
  x = value.post_source; if (x !== undefined && !isWallPostSource(x)) return false;
  x = value.post_type; if (x !== undefined && !isWallPostType(x)) return false;
  x = value.reposts; if (x !== undefined && !isBaseRepostsInfo(x)) return false;
  x = value.signer_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.text; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.views; if (x !== undefined && !isWallViews(x)) return false;
  x = value.copy_history; if (x !== undefined && !isWallWallpostFullList(x)) return false;
  x = value.can_edit; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.created_by; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  x = value.can_delete; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.can_pin; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.donut; if (x !== undefined && !isWallWallpostDonut(x)) return false;
  x = value.is_pinned; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.comments; if (x !== undefined && !isBaseCommentsInfo(x)) return false;
  x = value.marked_as_ads; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.topic_id; if (x !== undefined && !VALUES_1.has(x)) return false;
  x = value.short_text_rate; if (x !== undefined && !(typeof x === "number" && Number.isFinite(x) && x >= 0 && x <= 1)) return false;
  x = value.hash; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.type; if (x !== undefined && !isWallPostType(x)) return false;
  x = value.feedback; if (x !== undefined && !isNewsfeedItemWallpostFeedback(x)) return false;
  x = value.to_id; if (x !== undefined && !Number.isSafeInteger(x)) return false;
  return true;
}

// Inline objects and arrays.

function isBaseGradientPointList(value: unknown): boolean {
  if (!isList(value)) return false;
  for (let i = 0; i < value.length; i++) {
    const item = value[i];
    if (!isBaseGradientPoint(item)) return false;
  }
  return true;
}

function isBaseImageList(value: unknown): boolean {
  if (!isList(value)) return false;
  for (let i = 0; i < value.length; i++) {
    const item = value[i];
    if (!isBaseImage(item)) return false;
  }
  return true;
}

function isBaseLinkButtonActionType(value: unknown): boolean {
  if (typeof value !== "string") return false;
  switch (value.length) {
    case 8: return value === "open_url";
    case 10: return value === "onboarding";
    case 11: return value === "add_friends";
    case 12: return value === "add_playlist" || value === "show_filters";
    case 13: return value === "close_web_app";
    case 15: return value === "open_search_tab" || value === "import_contacts";
    case 19: return value === "open_search_filters";
    case 27: return value === "market_clear_recent_queries";
    default: return false;
  }
}

function isBaseLinkButtonStyle(value: unknown): boolean {
  if (typeof value !== "string") return false;
  switch (value.length) {
    case 4: return value === "gray" || value === "flat";
    case 5: return value === "modal";
    case 6: return value === "inline";
    case 7: return value === "updates" || value === "default" || value === "primary";
    case 8: return value === "tertiary";
    case 9: return value === "secondary";
    case 12: return value === "float_bottom" || value === "right_button";
    case 20: return value === "borderless_with_icon" || value === "outline_with_chevron";
    case 25: return value === "cell_button_centered_icon";
    default: return false;
  }
}

function isBaseStickerAnimationList(value: unknown): boolean {
  if (!isList(value)) return false;
  for (let i = 0; i < value.length; i++) {
    const item = value[i];
    if (!isBaseStickerAnimation(item)) return false;
  }
  return true;
}

function isCallbackForeignMessageList(value: unknown): boolean {
  if (!isList(value)) return false;
  for (let i = 0; i < value.length; i++) {
    const item = value[i];
    if (!isCallbackForeignMessage(item)) return false;
  }
  return true;
}

function isCallbackLeadFormsAnswerList(value: unknown): boolean {
  if (!isList(value)) return false;
  for (let i = 0; i < value.length; i++) {
    const item = value[i];
    if (!isCallbackLeadFormsAnswer(item)) return false;
  }
  return true;
}

function isCallbackLikeAddRemoveObjectType(value: unknown): boolean {
  if (typeof value !== "string") return false;
  switch (value.length) {
    case 4: return value === "post" || value === "note";
    case 5: return value === "video" || value === "photo";
    case 6: return value === "market";
    case 7: return value === "comment";
    case 13: return value === "topic_comment" || value === "photo_comment" || value === "video_comment";
    case 14: return value === "market_comment";
    default: return false;
  }
}

function isDocsDocPreviewAudioMsgWaveformList(value: unknown): boolean {
  if (!isList(value)) return false;
  for (let i = 0; i < value.length; i++) {
    const item = value[i];
    if (!(typeof item === "number" && Number.isSafeInteger(item) && item >= 0)) return false;
  }
  return true;
}

function isDocsDocPreviewPhotoSizesList(value: unknown): boolean {
  if (!isList(value)) return false;
  for (let i = 0; i < value.length; i++) {
    const item = value[i];
    if (!isDocsDocPreviewPhotoSizes(item)) return false;
  }
  return true;
}

function isIntegerList(value: unknown): boolean {
  if (!isList(value)) return false;
  for (let i = 0; i < value.length; i++) {
    const item = value[i];
    if (!Number.isSafeInteger(item)) return false;
  }
  return true;
}

function isMarketOrderItemList(value: unknown): boolean {
  if (!isList(value)) return false;
  for (let i = 0; i < value.length; i++) {
    const item = value[i];
    if (!isMarketOrderItem(item)) return false;
  }
  return true;
}

function isMessagesKeyboardButtonList(value: unknown): boolean {
  if (!isList(value)) return false;
  for (let i = 0; i < value.length; i++) {
    const item = value[i];
    if (!isMessagesKeyboardButton(item)) return false;
  }
  return true;
}

function isMessagesKeyboardButtonsList(value: unknown): boolean {
  if (!isList(value)) return false;
  for (let i = 0; i < value.length; i++) {
    const item = value[i];
    if (!isMessagesKeyboardButtonList(item)) return false;
  }
  return true;
}

function isMessagesMessageActionStatus(value: unknown): boolean {
  if (typeof value !== "string") return false;
  switch (value.length) {
    case 11: return value === "chat_create";
    case 14: return value === "chat_kick_user";
    case 15: return value === "chat_screenshot";
    case 16: return value === "chat_invite_user" || value === "chat_pin_message";
    case 17: return value === "chat_photo_update" || value === "chat_photo_remove" || value === "chat_title_update";
    case 18: return value === "chat_unpin_message";
    case 24: return value === "chat_invite_user_by_link";
    case 35: return value === "chat_invite_user_by_message_request";
    default: return false;
  }
}

function isMessagesMessageAttachmentList(value: unknown): boolean {
  if (!isList(value)) return false;
  for (let i = 0; i < value.length; i++) {
    const item = value[i];
    if (!isMessagesMessageAttachment(item)) return false;
  }
  return true;
}

function isMessagesMessageAttachmentType(value: unknown): boolean {
  if (typeof value !== "string") return false;
  switch (value.length) {
    case 3: return value === "doc";
    case 4: return value === "link" || value === "gift" || value === "wall" || value === "poll" || value === "call";
    case 5: return value === "photo" || value === "audio" || value === "video";
    case 6: return value === "market";
    case 7: return value === "sticker" || value === "article";
    case 8: return value === "podcasts" || value === "graffiti";
    case 10: return value === "wall_reply";
    case 13: return value === "audio_message";
    case 14: return value === "video_playlist";
    default: return false;
  }
}

function isMessagesReactionCounterResponseItemList(value: unknown): boolean {
  if (!isList(value)) return false;
  for (let i = 0; i < value.length; i++) {
    const item = value[i];
    if (!isMessagesReactionCounterResponseItem(item)) return false;
  }
  return true;
}

function isMessagesTemplateActionTypeNames(value: unknown): boolean {
  if (typeof value !== "string") return false;
  switch (value.length) {
    case 4: return value === "text";
    case 5: return value === "start" || value === "vkpay";
    case 8: return value === "location" || value === "open_app" || value === "callback";
    case 9: return value === "open_link";
    case 10: return value === "open_photo";
    case 15: return value === "open_modal_view";
    case 16: return value === "intent_subscribe";
    case 18: return value === "intent_unsubscribe";
    default: return false;
  }
}

function isMessagesTemplateActionTypeNamesList(value: unknown): boolean {
  if (!isList(value)) return false;
  for (let i = 0; i < value.length; i++) {
    const item = value[i];
    if (!isMessagesTemplateActionTypeNames(item)) return false;
  }
  return true;
}

function isNewsfeedItemWallpostFeedbackAnswerList(value: unknown): boolean {
  if (!isList(value)) return false;
  for (let i = 0; i < value.length; i++) {
    const item = value[i];
    if (!isNewsfeedItemWallpostFeedbackAnswer(item)) return false;
  }
  return true;
}

function isPhotosImageList(value: unknown): boolean {
  if (!isList(value)) return false;
  for (let i = 0; i < value.length; i++) {
    const item = value[i];
    if (!isPhotosImage(item)) return false;
  }
  return true;
}

function isPhotosImageType(value: unknown): boolean {
  if (typeof value !== "string") return false;
  switch (value.length) {
    case 1: return value === "s" || value === "m" || value === "x" || value === "l" || value === "o" || value === "p" || value === "q" || value === "r" || value === "y" || value === "z" || value === "w";
    case 4: return value === "base";
    default: return false;
  }
}

function isPhotosPhotoSizesList(value: unknown): boolean {
  if (!isList(value)) return false;
  for (let i = 0; i < value.length; i++) {
    const item = value[i];
    if (!isPhotosPhotoSizes(item)) return false;
  }
  return true;
}

function isPhotosPhotoSizesType(value: unknown): boolean {
  if (typeof value !== "string") return false;
  switch (value.length) {
    case 1: return value === "t" || value === "s" || value === "m" || value === "x" || value === "o" || value === "p" || value === "q" || value === "r" || value === "k" || value === "l" || value === "y" || value === "z" || value === "c" || value === "w" || value === "a" || value === "b" || value === "e" || value === "i" || value === "d" || value === "j" || value === "h" || value === "g" || value === "n" || value === "f" || value === "u" || value === "v";
    case 3: return value === "max";
    case 4: return value === "temp" || value === "base" || value === "orig";
    default: return false;
  }
}

function isPollsAnswerList(value: unknown): boolean {
  if (!isList(value)) return false;
  for (let i = 0; i < value.length; i++) {
    const item = value[i];
    if (!isPollsAnswer(item)) return false;
  }
  return true;
}

function isPollsFriendList(value: unknown): boolean {
  if (!isList(value)) return false;
  for (let i = 0; i < value.length; i++) {
    const item = value[i];
    if (!isPollsFriend(item)) return false;
  }
  return true;
}

function isStoriesClickableAreaList(value: unknown): boolean {
  if (!isList(value)) return false;
  for (let i = 0; i < value.length; i++) {
    const item = value[i];
    if (!isStoriesClickableArea(item)) return false;
  }
  return true;
}

function isStoriesClickableStickerList(value: unknown): boolean {
  if (!isList(value)) return false;
  for (let i = 0; i < value.length; i++) {
    const item = value[i];
    if (!isStoriesClickableSticker(item)) return false;
  }
  return true;
}

function isStoriesClickableStickerStyle(value: unknown): boolean {
  if (typeof value !== "string") return false;
  switch (value.length) {
    case 4: return value === "blue" || value === "dark" || value === "poop" || value === "star";
    case 5: return value === "green" || value === "white" || value === "light" || value === "black" || value === "heart" || value === "album";
    case 6: return value === "circle";
    case 7: return value === "preview";
    case 8: return value === "fullview";
    case 9: return value === "underline" || value === "dark_text" || value === "rectangle" || value === "equalizer" || value === "miniature";
    case 10: return value === "impressive" || value === "light_text" || value === "horizontal";
    case 11: return value === "transparent" || value === "accent_text" || value === "dark_unique" || value === "header_meta";
    case 12: return value === "red_gradient" || value === "light_unique";
    case 13: return value === "blue_gradient";
    case 14: return value === "question_reply";
    case 15: return value === "dark_without_bg";
    case 16: return value === "light_without_bg";
    case 17: return value === "accent_background";
    default: return false;
  }
}

function isStoriesClickableStickerType(value: unknown): boolean {
  if (typeof value !== "string") return false;
  switch (value.length) {
    case 3: return value === "app";
    case 4: return value === "link" || value === "post" || value === "poll" || value === "clip";
    case 5: return value === "place" || value === "music" || value === "owner";
    case 7: return value === "hashtag" || value === "mention" || value === "sticker" || value === "spoiler";
    case 8: return value === "question" || value === "playlist" || value === "vk_video";
    case 11: return value === "market_item" || value === "story_reply";
    case 17: return value === "situational_theme";
    case 20: return value === "situational_template";
    default: return false;
  }
}

function isStringList(value: unknown): boolean {
  if (!isList(value)) return false;
  for (let i = 0; i < value.length; i++) {
    const item = value[i];
    if (!(typeof item === "string")) return false;
  }
  return true;
}

function isVideoEpisodeList(value: unknown): boolean {
  if (!isList(value)) return false;
  for (let i = 0; i < value.length; i++) {
    const item = value[i];
    if (!isVideoEpisode(item)) return false;
  }
  return true;
}

function isVideoVideoImageList(value: unknown): boolean {
  if (!isList(value)) return false;
  for (let i = 0; i < value.length; i++) {
    const item = value[i];
    if (!isVideoVideoImage(item)) return false;
  }
  return true;
}

function isWallCommentAttachmentList(value: unknown): boolean {
  if (!isList(value)) return false;
  for (let i = 0; i < value.length; i++) {
    const item = value[i];
    if (!isWallCommentAttachment(item)) return false;
  }
  return true;
}

function isWallCommentAttachmentType(value: unknown): boolean {
  if (typeof value !== "string") return false;
  switch (value.length) {
    case 3: return value === "doc";
    case 4: return value === "link" || value === "note" || value === "page";
    case 5: return value === "photo" || value === "audio" || value === "video";
    case 6: return value === "market";
    case 7: return value === "sticker";
    case 8: return value === "graffiti";
    case 14: return value === "audio_playlist";
    case 19: return value === "market_market_album";
    default: return false;
  }
}

function isWallPostType(value: unknown): boolean {
  if (typeof value !== "string") return false;
  switch (value.length) {
    case 4: return value === "post" || value === "copy" || value === "clip";
    case 5: return value === "reply" || value === "photo" || value === "video";
    case 7: return value === "suggest";
    case 8: return value === "postpone" || value === "post_ads";
    default: return false;
  }
}

function isWallWallCommentList(value: unknown): boolean {
  if (!isList(value)) return false;
  for (let i = 0; i < value.length; i++) {
    const item = value[i];
    if (!isWallWallComment(item)) return false;
  }
  return true;
}

function isWallWallpostAttachmentList(value: unknown): boolean {
  if (!isList(value)) return false;
  for (let i = 0; i < value.length; i++) {
    const item = value[i];
    if (!isWallWallpostAttachment(item)) return false;
  }
  return true;
}

function isWallWallpostAttachmentType(value: unknown): boolean {
  if (typeof value !== "string") return false;
  switch (value.length) {
    case 3: return value === "doc" || value === "app";
    case 4: return value === "clip" || value === "link" || value === "note" || value === "poll" || value === "page";
    case 5: return value === "photo" || value === "audio" || value === "video" || value === "album" || value === "event" || value === "group";
    case 6: return value === "market";
    case 7: return value === "article" || value === "sticker" || value === "podcast";
    case 8: return value === "graffiti" || value === "textlive" || value === "textpost";
    case 10: return value === "donut_link";
    case 11: return value === "photos_list";
    case 12: return value === "posted_photo" || value === "market_album";
    case 14: return value === "audio_playlist" || value === "video_playlist";
    case 16: return value === "textpost_publish";
    case 17: return value === "situational_theme";
    default: return false;
  }
}

function isWallWallpostFullList(value: unknown): boolean {
  if (!isList(value)) return false;
  for (let i = 0; i < value.length; i++) {
    const item = value[i];
    if (!isWallWallpostFull(item)) return false;
  }
  return true;
}

// Events.

function isAppPayloadEvent(value: unknown): value is E.AppPayloadEvent {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "app_payload")) return false;
  x = value.group_id; if (!Number.isSafeInteger(x)) return false;
  x = value.event_id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.v; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.secret; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.object; if (!isCallbackAppPayload(x)) return false;
  return true;
}

function isAudioNewEvent(value: unknown): value is E.AudioNewEvent {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "audio_new")) return false;
  x = value.group_id; if (!Number.isSafeInteger(x)) return false;
  x = value.event_id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.v; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.secret; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.object; if (!isAudioAudio(x)) return false;
  return true;
}

function isBoardPostDeleteEvent(value: unknown): value is E.BoardPostDeleteEvent {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "board_post_delete")) return false;
  x = value.group_id; if (!Number.isSafeInteger(x)) return false;
  x = value.event_id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.v; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.secret; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.object; if (!isCallbackBoardPostDelete(x)) return false;
  return true;
}

function isBoardPostEditEvent(value: unknown): value is E.BoardPostEditEvent {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "board_post_edit")) return false;
  x = value.group_id; if (!Number.isSafeInteger(x)) return false;
  x = value.event_id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.v; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.secret; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.object; if (!isCallbackBoardPostEdit(x)) return false;
  return true;
}

function isBoardPostNewEvent(value: unknown): value is E.BoardPostNewEvent {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "board_post_new")) return false;
  x = value.group_id; if (!Number.isSafeInteger(x)) return false;
  x = value.event_id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.v; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.secret; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.object; if (!isCallbackBoardPostNew(x)) return false;
  return true;
}

function isBoardPostRestoreEvent(value: unknown): value is E.BoardPostRestoreEvent {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "board_post_restore")) return false;
  x = value.group_id; if (!Number.isSafeInteger(x)) return false;
  x = value.event_id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.v; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.secret; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.object; if (!isCallbackBoardPostRestore(x)) return false;
  return true;
}

function isConfirmationEvent(value: unknown): value is E.ConfirmationEvent {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "confirmation")) return false;
  x = value.group_id; if (!Number.isSafeInteger(x)) return false;
  x = value.event_id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.v; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.secret; if (x !== undefined && !(typeof x === "string")) return false;
  return true;
}

function isDonutMoneyWithdrawEvent(value: unknown): value is E.DonutMoneyWithdrawEvent {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "donut_money_withdraw")) return false;
  x = value.group_id; if (!Number.isSafeInteger(x)) return false;
  x = value.event_id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.v; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.secret; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.object; if (!isCallbackDonutMoneyWithdraw(x)) return false;
  return true;
}

function isDonutMoneyWithdrawErrorEvent(value: unknown): value is E.DonutMoneyWithdrawErrorEvent {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "donut_money_withdraw_error")) return false;
  x = value.group_id; if (!Number.isSafeInteger(x)) return false;
  x = value.event_id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.v; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.secret; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.object; if (!isCallbackDonutMoneyWithdrawError(x)) return false;
  return true;
}

function isDonutSubscriptionCancelledEvent(value: unknown): value is E.DonutSubscriptionCancelledEvent {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "donut_subscription_cancelled")) return false;
  x = value.group_id; if (!Number.isSafeInteger(x)) return false;
  x = value.event_id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.v; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.secret; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.object; if (!isCallbackDonutSubscriptionCancelled(x)) return false;
  return true;
}

function isDonutSubscriptionCreateEvent(value: unknown): value is E.DonutSubscriptionCreateEvent {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "donut_subscription_create")) return false;
  x = value.group_id; if (!Number.isSafeInteger(x)) return false;
  x = value.event_id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.v; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.secret; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.object; if (!isCallbackDonutSubscriptionCreate(x)) return false;
  return true;
}

function isDonutSubscriptionExpiredEvent(value: unknown): value is E.DonutSubscriptionExpiredEvent {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "donut_subscription_expired")) return false;
  x = value.group_id; if (!Number.isSafeInteger(x)) return false;
  x = value.event_id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.v; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.secret; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.object; if (!isCallbackDonutSubscriptionExpired(x)) return false;
  return true;
}

function isDonutSubscriptionPriceChangedEvent(value: unknown): value is E.DonutSubscriptionPriceChangedEvent {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "donut_subscription_price_changed")) return false;
  x = value.group_id; if (!Number.isSafeInteger(x)) return false;
  x = value.event_id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.v; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.secret; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.object; if (!isCallbackDonutSubscriptionPriceChanged(x)) return false;
  return true;
}

function isDonutSubscriptionProlongedEvent(value: unknown): value is E.DonutSubscriptionProlongedEvent {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "donut_subscription_prolonged")) return false;
  x = value.group_id; if (!Number.isSafeInteger(x)) return false;
  x = value.event_id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.v; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.secret; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.object; if (!isCallbackDonutSubscriptionProlonged(x)) return false;
  return true;
}

function isGroupChangePhotoEvent(value: unknown): value is E.GroupChangePhotoEvent {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "group_change_photo")) return false;
  x = value.group_id; if (!Number.isSafeInteger(x)) return false;
  x = value.event_id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.v; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.secret; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.object; if (!isCallbackGroupChangePhoto(x)) return false;
  return true;
}

function isGroupChangeSettingsEvent(value: unknown): value is E.GroupChangeSettingsEvent {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "group_change_settings")) return false;
  x = value.group_id; if (!Number.isSafeInteger(x)) return false;
  x = value.event_id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.v; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.secret; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.object; if (!isCallbackGroupChangeSettings(x)) return false;
  return true;
}

function isGroupJoinEvent(value: unknown): value is E.GroupJoinEvent {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "group_join")) return false;
  x = value.group_id; if (!Number.isSafeInteger(x)) return false;
  x = value.event_id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.v; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.secret; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.object; if (!isCallbackGroupJoin(x)) return false;
  return true;
}

function isGroupLeaveEvent(value: unknown): value is E.GroupLeaveEvent {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "group_leave")) return false;
  x = value.group_id; if (!Number.isSafeInteger(x)) return false;
  x = value.event_id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.v; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.secret; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.object; if (!isCallbackGroupLeave(x)) return false;
  return true;
}

function isGroupOfficersEditEvent(value: unknown): value is E.GroupOfficersEditEvent {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "group_officers_edit")) return false;
  x = value.group_id; if (!Number.isSafeInteger(x)) return false;
  x = value.event_id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.v; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.secret; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.object; if (!isCallbackGroupOfficersEdit(x)) return false;
  return true;
}

function isLeadFormsNewEvent(value: unknown): value is E.LeadFormsNewEvent {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "lead_forms_new")) return false;
  x = value.group_id; if (!Number.isSafeInteger(x)) return false;
  x = value.event_id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.v; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.secret; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.object; if (!isCallbackLeadFormsNew(x)) return false;
  return true;
}

function isLikeAddEvent(value: unknown): value is E.LikeAddEvent {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "like_add")) return false;
  x = value.group_id; if (!Number.isSafeInteger(x)) return false;
  x = value.event_id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.v; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.secret; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.object; if (!isCallbackLikeAddRemove(x)) return false;
  return true;
}

function isLikeRemoveEvent(value: unknown): value is E.LikeRemoveEvent {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "like_remove")) return false;
  x = value.group_id; if (!Number.isSafeInteger(x)) return false;
  x = value.event_id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.v; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.secret; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.object; if (!isCallbackLikeAddRemove(x)) return false;
  return true;
}

function isMarketCommentDeleteEvent(value: unknown): value is E.MarketCommentDeleteEvent {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "market_comment_delete")) return false;
  x = value.group_id; if (!Number.isSafeInteger(x)) return false;
  x = value.event_id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.v; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.secret; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.object; if (!isCallbackMarketCommentDelete(x)) return false;
  return true;
}

function isMarketCommentEditEvent(value: unknown): value is E.MarketCommentEditEvent {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "market_comment_edit")) return false;
  x = value.group_id; if (!Number.isSafeInteger(x)) return false;
  x = value.event_id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.v; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.secret; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.object; if (!isCallbackMarketComment(x)) return false;
  return true;
}

function isMarketCommentNewEvent(value: unknown): value is E.MarketCommentNewEvent {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "market_comment_new")) return false;
  x = value.group_id; if (!Number.isSafeInteger(x)) return false;
  x = value.event_id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.v; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.secret; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.object; if (!isCallbackMarketComment(x)) return false;
  return true;
}

function isMarketCommentRestoreEvent(value: unknown): value is E.MarketCommentRestoreEvent {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "market_comment_restore")) return false;
  x = value.group_id; if (!Number.isSafeInteger(x)) return false;
  x = value.event_id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.v; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.secret; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.object; if (!isCallbackMarketComment(x)) return false;
  return true;
}

function isMarketOrderEditEvent(value: unknown): value is E.MarketOrderEditEvent {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "market_order_edit")) return false;
  x = value.group_id; if (!Number.isSafeInteger(x)) return false;
  x = value.event_id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.v; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.secret; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.object; if (!isMarketOrder(x)) return false;
  return true;
}

function isMarketOrderNewEvent(value: unknown): value is E.MarketOrderNewEvent {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "market_order_new")) return false;
  x = value.group_id; if (!Number.isSafeInteger(x)) return false;
  x = value.event_id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.v; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.secret; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.object; if (!isMarketOrder(x)) return false;
  return true;
}

function isMessageAllowEvent(value: unknown): value is E.MessageAllowEvent {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "message_allow")) return false;
  x = value.group_id; if (!Number.isSafeInteger(x)) return false;
  x = value.event_id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.v; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.secret; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.object; if (!isCallbackMessageAllow(x)) return false;
  return true;
}

function isMessageDenyEvent(value: unknown): value is E.MessageDenyEvent {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "message_deny")) return false;
  x = value.group_id; if (!Number.isSafeInteger(x)) return false;
  x = value.event_id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.v; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.secret; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.object; if (!isCallbackMessageDeny(x)) return false;
  return true;
}

function isMessageEditEvent(value: unknown): value is E.MessageEditEvent {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "message_edit")) return false;
  x = value.group_id; if (!Number.isSafeInteger(x)) return false;
  x = value.event_id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.v; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.secret; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.object; if (!isCallbackMessage(x)) return false;
  return true;
}

function isMessageEventEvent(value: unknown): value is E.MessageEventEvent {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "message_event")) return false;
  x = value.group_id; if (!Number.isSafeInteger(x)) return false;
  x = value.event_id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.v; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.secret; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.object; if (!isCallbackMessageEvent(x)) return false;
  return true;
}

function isMessageNewEvent(value: unknown): value is E.MessageNewEvent {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "message_new")) return false;
  x = value.group_id; if (!Number.isSafeInteger(x)) return false;
  x = value.event_id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.v; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.secret; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.object; if (!isCallbackMessageObject(x)) return false;
  return true;
}

function isMessageReactionEventEvent(value: unknown): value is E.MessageReactionEventEvent {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "message_reaction_event")) return false;
  x = value.group_id; if (!Number.isSafeInteger(x)) return false;
  x = value.event_id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.v; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.secret; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.object; if (!isCallbackMessageReactionEvent(x)) return false;
  return true;
}

function isMessageReadEvent(value: unknown): value is E.MessageReadEvent {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "message_read")) return false;
  x = value.group_id; if (!Number.isSafeInteger(x)) return false;
  x = value.event_id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.v; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.secret; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.object; if (!isCallbackMessageRead(x)) return false;
  return true;
}

function isMessageReplyEvent(value: unknown): value is E.MessageReplyEvent {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "message_reply")) return false;
  x = value.group_id; if (!Number.isSafeInteger(x)) return false;
  x = value.event_id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.v; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.secret; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.object; if (!isCallbackMessage(x)) return false;
  return true;
}

function isMessageTypingStateEvent(value: unknown): value is E.MessageTypingStateEvent {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "message_typing_state")) return false;
  x = value.group_id; if (!Number.isSafeInteger(x)) return false;
  x = value.event_id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.v; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.secret; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.object; if (!isCallbackMessageTypingState(x)) return false;
  return true;
}

function isPhotoCommentDeleteEvent(value: unknown): value is E.PhotoCommentDeleteEvent {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "photo_comment_delete")) return false;
  x = value.group_id; if (!Number.isSafeInteger(x)) return false;
  x = value.event_id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.v; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.secret; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.object; if (!isCallbackPhotoCommentDelete(x)) return false;
  return true;
}

function isPhotoCommentEditEvent(value: unknown): value is E.PhotoCommentEditEvent {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "photo_comment_edit")) return false;
  x = value.group_id; if (!Number.isSafeInteger(x)) return false;
  x = value.event_id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.v; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.secret; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.object; if (!isCallbackPhotoComment(x)) return false;
  return true;
}

function isPhotoCommentNewEvent(value: unknown): value is E.PhotoCommentNewEvent {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "photo_comment_new")) return false;
  x = value.group_id; if (!Number.isSafeInteger(x)) return false;
  x = value.event_id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.v; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.secret; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.object; if (!isCallbackPhotoComment(x)) return false;
  return true;
}

function isPhotoCommentRestoreEvent(value: unknown): value is E.PhotoCommentRestoreEvent {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "photo_comment_restore")) return false;
  x = value.group_id; if (!Number.isSafeInteger(x)) return false;
  x = value.event_id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.v; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.secret; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.object; if (!isCallbackPhotoComment(x)) return false;
  return true;
}

function isPhotoNewEvent(value: unknown): value is E.PhotoNewEvent {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "photo_new")) return false;
  x = value.group_id; if (!Number.isSafeInteger(x)) return false;
  x = value.event_id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.v; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.secret; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.object; if (!isPhotosPhoto(x)) return false;
  return true;
}

function isPollVoteNewEvent(value: unknown): value is E.PollVoteNewEvent {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "poll_vote_new")) return false;
  x = value.group_id; if (!Number.isSafeInteger(x)) return false;
  x = value.event_id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.v; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.secret; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.object; if (!isCallbackPollVoteNew(x)) return false;
  return true;
}

function isUserBlockEvent(value: unknown): value is E.UserBlockEvent {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "user_block")) return false;
  x = value.group_id; if (!Number.isSafeInteger(x)) return false;
  x = value.event_id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.v; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.secret; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.object; if (!isCallbackUserBlock(x)) return false;
  return true;
}

function isUserUnblockEvent(value: unknown): value is E.UserUnblockEvent {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "user_unblock")) return false;
  x = value.group_id; if (!Number.isSafeInteger(x)) return false;
  x = value.event_id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.v; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.secret; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.object; if (!isCallbackUserUnblock(x)) return false;
  return true;
}

function isVideoCommentDeleteEvent(value: unknown): value is E.VideoCommentDeleteEvent {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "video_comment_delete")) return false;
  x = value.group_id; if (!Number.isSafeInteger(x)) return false;
  x = value.event_id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.v; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.secret; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.object; if (!isCallbackVideoCommentDelete(x)) return false;
  return true;
}

function isVideoCommentEditEvent(value: unknown): value is E.VideoCommentEditEvent {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "video_comment_edit")) return false;
  x = value.group_id; if (!Number.isSafeInteger(x)) return false;
  x = value.event_id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.v; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.secret; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.object; if (!isCallbackVideoComment(x)) return false;
  return true;
}

function isVideoCommentNewEvent(value: unknown): value is E.VideoCommentNewEvent {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "video_comment_new")) return false;
  x = value.group_id; if (!Number.isSafeInteger(x)) return false;
  x = value.event_id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.v; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.secret; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.object; if (!isCallbackVideoComment(x)) return false;
  return true;
}

function isVideoCommentRestoreEvent(value: unknown): value is E.VideoCommentRestoreEvent {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "video_comment_restore")) return false;
  x = value.group_id; if (!Number.isSafeInteger(x)) return false;
  x = value.event_id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.v; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.secret; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.object; if (!isCallbackVideoComment(x)) return false;
  return true;
}

function isVideoNewEvent(value: unknown): value is E.VideoNewEvent {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "video_new")) return false;
  x = value.group_id; if (!Number.isSafeInteger(x)) return false;
  x = value.event_id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.v; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.secret; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.object; if (!isVideoVideo(x)) return false;
  return true;
}

function isVkpayTransactionEvent(value: unknown): value is E.VkpayTransactionEvent {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "vkpay_transaction")) return false;
  x = value.group_id; if (!Number.isSafeInteger(x)) return false;
  x = value.event_id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.v; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.secret; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.object; if (!isCallbackVkpayTransaction(x)) return false;
  return true;
}

function isWallPostNewEvent(value: unknown): value is E.WallPostNewEvent {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "wall_post_new")) return false;
  x = value.group_id; if (!Number.isSafeInteger(x)) return false;
  x = value.event_id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.v; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.secret; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.object; if (!isCallbackWallPostNew(x)) return false;
  return true;
}

function isWallReplyDeleteEvent(value: unknown): value is E.WallReplyDeleteEvent {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "wall_reply_delete")) return false;
  x = value.group_id; if (!Number.isSafeInteger(x)) return false;
  x = value.event_id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.v; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.secret; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.object; if (!isCallbackWallCommentDelete(x)) return false;
  return true;
}

function isWallReplyEditEvent(value: unknown): value is E.WallReplyEditEvent {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "wall_reply_edit")) return false;
  x = value.group_id; if (!Number.isSafeInteger(x)) return false;
  x = value.event_id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.v; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.secret; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.object; if (!isCallbackWallReplyEdit(x)) return false;
  return true;
}

function isWallReplyNewEvent(value: unknown): value is E.WallReplyNewEvent {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "wall_reply_new")) return false;
  x = value.group_id; if (!Number.isSafeInteger(x)) return false;
  x = value.event_id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.v; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.secret; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.object; if (!isCallbackWallReplyNew(x)) return false;
  return true;
}

function isWallReplyRestoreEvent(value: unknown): value is E.WallReplyRestoreEvent {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "wall_reply_restore")) return false;
  x = value.group_id; if (!Number.isSafeInteger(x)) return false;
  x = value.event_id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.v; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.secret; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.object; if (!isCallbackWallReplyRestore(x)) return false;
  return true;
}

function isWallRepostEvent(value: unknown): value is E.WallRepostEvent {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "wall_repost")) return false;
  x = value.group_id; if (!Number.isSafeInteger(x)) return false;
  x = value.event_id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.v; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.secret; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.object; if (!isCallbackWallRepost(x)) return false;
  return true;
}

function isWallSchedulePostDeleteEvent(value: unknown): value is E.WallSchedulePostDeleteEvent {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "wall_schedule_post_delete")) return false;
  x = value.group_id; if (!Number.isSafeInteger(x)) return false;
  x = value.event_id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.v; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.secret; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.object; if (!isCallbackWallSchedulePost(x)) return false;
  return true;
}

function isWallSchedulePostNewEvent(value: unknown): value is E.WallSchedulePostNewEvent {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "wall_schedule_post_new")) return false;
  x = value.group_id; if (!Number.isSafeInteger(x)) return false;
  x = value.event_id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.v; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.secret; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.object; if (!isCallbackWallSchedulePost(x)) return false;
  return true;
}

/**
 * Event type → a type guard with the verdict of its zod validator (`callbackEventValidators`
 * on `@vkts/types/zod`), in plain JS: no zod, no issues, just true or false.
 */
export const callbackEventChecks: { readonly [K in E.CallbackEventType]: (value: unknown) => value is E.CallbackEventMap[K] } = {
  app_payload: isAppPayloadEvent,
  audio_new: isAudioNewEvent,
  board_post_delete: isBoardPostDeleteEvent,
  board_post_edit: isBoardPostEditEvent,
  board_post_new: isBoardPostNewEvent,
  board_post_restore: isBoardPostRestoreEvent,
  confirmation: isConfirmationEvent,
  donut_money_withdraw: isDonutMoneyWithdrawEvent,
  donut_money_withdraw_error: isDonutMoneyWithdrawErrorEvent,
  donut_subscription_cancelled: isDonutSubscriptionCancelledEvent,
  donut_subscription_create: isDonutSubscriptionCreateEvent,
  donut_subscription_expired: isDonutSubscriptionExpiredEvent,
  donut_subscription_price_changed: isDonutSubscriptionPriceChangedEvent,
  donut_subscription_prolonged: isDonutSubscriptionProlongedEvent,
  group_change_photo: isGroupChangePhotoEvent,
  group_change_settings: isGroupChangeSettingsEvent,
  group_join: isGroupJoinEvent,
  group_leave: isGroupLeaveEvent,
  group_officers_edit: isGroupOfficersEditEvent,
  lead_forms_new: isLeadFormsNewEvent,
  like_add: isLikeAddEvent,
  like_remove: isLikeRemoveEvent,
  market_comment_delete: isMarketCommentDeleteEvent,
  market_comment_edit: isMarketCommentEditEvent,
  market_comment_new: isMarketCommentNewEvent,
  market_comment_restore: isMarketCommentRestoreEvent,
  market_order_edit: isMarketOrderEditEvent,
  market_order_new: isMarketOrderNewEvent,
  message_allow: isMessageAllowEvent,
  message_deny: isMessageDenyEvent,
  message_edit: isMessageEditEvent,
  message_event: isMessageEventEvent,
  message_new: isMessageNewEvent,
  message_reaction_event: isMessageReactionEventEvent,
  message_read: isMessageReadEvent,
  message_reply: isMessageReplyEvent,
  message_typing_state: isMessageTypingStateEvent,
  photo_comment_delete: isPhotoCommentDeleteEvent,
  photo_comment_edit: isPhotoCommentEditEvent,
  photo_comment_new: isPhotoCommentNewEvent,
  photo_comment_restore: isPhotoCommentRestoreEvent,
  photo_new: isPhotoNewEvent,
  poll_vote_new: isPollVoteNewEvent,
  user_block: isUserBlockEvent,
  user_unblock: isUserUnblockEvent,
  video_comment_delete: isVideoCommentDeleteEvent,
  video_comment_edit: isVideoCommentEditEvent,
  video_comment_new: isVideoCommentNewEvent,
  video_comment_restore: isVideoCommentRestoreEvent,
  video_new: isVideoNewEvent,
  vkpay_transaction: isVkpayTransactionEvent,
  wall_post_new: isWallPostNewEvent,
  wall_reply_delete: isWallReplyDeleteEvent,
  wall_reply_edit: isWallReplyEditEvent,
  wall_reply_new: isWallReplyNewEvent,
  wall_reply_restore: isWallReplyRestoreEvent,
  wall_repost: isWallRepostEvent,
  wall_schedule_post_delete: isWallSchedulePostDeleteEvent,
  wall_schedule_post_new: isWallSchedulePostNewEvent,
};

const checksByType: ReadonlyMap<string, (value: unknown) => boolean> = new Map<string, (value: unknown) => boolean>(Object.entries(callbackEventChecks));

/**
 * The guard of every definition that has one (primitive definitions are inlined), by type name.
 * For tests, which compare each with its zod validator; not part of `@vkts/types/event-checks`.
 */
export const eventDefinitionChecks = {
  AppsAppMin: isAppsAppMin,
  AudioAudio: isAudioAudio,
  BaseCommentsInfo: isBaseCommentsInfo,
  BaseGeo: isBaseGeo,
  BaseGeoCoordinates: isBaseGeoCoordinates,
  BaseGradientPoint: isBaseGradientPoint,
  BaseImage: isBaseImage,
  BaseLikes: isBaseLikes,
  BaseLikesInfo: isBaseLikesInfo,
  BaseLink: isBaseLink,
  BaseLinkApplication: isBaseLinkApplication,
  BaseLinkApplicationStore: isBaseLinkApplicationStore,
  BaseLinkButton: isBaseLinkButton,
  BaseLinkButtonAction: isBaseLinkButtonAction,
  BaseLinkProduct: isBaseLinkProduct,
  BaseLinkProductCategory: isBaseLinkProductCategory,
  BaseLinkRating: isBaseLinkRating,
  BaseObjectCount: isBaseObjectCount,
  BasePlace: isBasePlace,
  BaseRepostsInfo: isBaseRepostsInfo,
  BaseStickerAnimation: isBaseStickerAnimation,
  BaseStickerNew: isBaseStickerNew,
  CallbackAppPayload: isCallbackAppPayload,
  CallbackBoardPostDelete: isCallbackBoardPostDelete,
  CallbackBoardPostEdit: isCallbackBoardPostEdit,
  CallbackBoardPostNew: isCallbackBoardPostNew,
  CallbackBoardPostRestore: isCallbackBoardPostRestore,
  CallbackDonutMoneyWithdraw: isCallbackDonutMoneyWithdraw,
  CallbackDonutMoneyWithdrawError: isCallbackDonutMoneyWithdrawError,
  CallbackDonutSubscriptionCancelled: isCallbackDonutSubscriptionCancelled,
  CallbackDonutSubscriptionCreate: isCallbackDonutSubscriptionCreate,
  CallbackDonutSubscriptionExpired: isCallbackDonutSubscriptionExpired,
  CallbackDonutSubscriptionPriceChanged: isCallbackDonutSubscriptionPriceChanged,
  CallbackDonutSubscriptionProlonged: isCallbackDonutSubscriptionProlonged,
  CallbackForeignMessage: isCallbackForeignMessage,
  CallbackFwdMessages: isCallbackFwdMessages,
  CallbackGroupChangePhoto: isCallbackGroupChangePhoto,
  CallbackGroupChangeSettings: isCallbackGroupChangeSettings,
  CallbackGroupJoin: isCallbackGroupJoin,
  CallbackGroupLeave: isCallbackGroupLeave,
  CallbackGroupOfficersEdit: isCallbackGroupOfficersEdit,
  CallbackGroupSettingsChanges: isCallbackGroupSettingsChanges,
  CallbackGroupSettingsChangesIntegerValues: isCallbackGroupSettingsChangesIntegerValues,
  CallbackGroupSettingsChangesStringValues: isCallbackGroupSettingsChangesStringValues,
  CallbackInfoForBots: isCallbackInfoForBots,
  CallbackLeadFormsAnswer: isCallbackLeadFormsAnswer,
  CallbackLeadFormsNew: isCallbackLeadFormsNew,
  CallbackLikeAddRemove: isCallbackLikeAddRemove,
  CallbackMarketComment: isCallbackMarketComment,
  CallbackMarketCommentDelete: isCallbackMarketCommentDelete,
  CallbackMessage: isCallbackMessage,
  CallbackMessageAllow: isCallbackMessageAllow,
  CallbackMessageDeny: isCallbackMessageDeny,
  CallbackMessageEvent: isCallbackMessageEvent,
  CallbackMessageObject: isCallbackMessageObject,
  CallbackMessageReactionEvent: isCallbackMessageReactionEvent,
  CallbackMessageRead: isCallbackMessageRead,
  CallbackMessageTypingState: isCallbackMessageTypingState,
  CallbackPhotoComment: isCallbackPhotoComment,
  CallbackPhotoCommentDelete: isCallbackPhotoCommentDelete,
  CallbackPollVoteNew: isCallbackPollVoteNew,
  CallbackUserBlock: isCallbackUserBlock,
  CallbackUserUnblock: isCallbackUserUnblock,
  CallbackVideoComment: isCallbackVideoComment,
  CallbackVideoCommentDelete: isCallbackVideoCommentDelete,
  CallbackVkpayTransaction: isCallbackVkpayTransaction,
  CallbackWallCommentDelete: isCallbackWallCommentDelete,
  CallbackWallPostNew: isCallbackWallPostNew,
  CallbackWallReplyEdit: isCallbackWallReplyEdit,
  CallbackWallReplyNew: isCallbackWallReplyNew,
  CallbackWallReplyRestore: isCallbackWallReplyRestore,
  CallbackWallRepost: isCallbackWallRepost,
  CallbackWallSchedulePost: isCallbackWallSchedulePost,
  CallsCall: isCallsCall,
  CallsParticipants: isCallsParticipants,
  CommentThread: isCommentThread,
  DocsDoc: isDocsDoc,
  DocsDocPreview: isDocsDocPreview,
  DocsDocPreviewAudioMsg: isDocsDocPreviewAudioMsg,
  DocsDocPreviewGraffiti: isDocsDocPreviewGraffiti,
  DocsDocPreviewPhoto: isDocsDocPreviewPhoto,
  DocsDocPreviewPhotoSizes: isDocsDocPreviewPhotoSizes,
  DocsDocPreviewVideo: isDocsDocPreviewVideo,
  EventsEventAttach: isEventsEventAttach,
  GiftsLayout: isGiftsLayout,
  GroupsGroupAttach: isGroupsGroupAttach,
  LinkTargetObject: isLinkTargetObject,
  MarketCurrency: isMarketCurrency,
  MarketMarketAlbum: isMarketMarketAlbum,
  MarketMarketCategoryNested: isMarketMarketCategoryNested,
  MarketMarketItem: isMarketMarketItem,
  MarketOrder: isMarketOrder,
  MarketOrderItem: isMarketOrderItem,
  MarketPrice: isMarketPrice,
  MessagesAudioMessage: isMessagesAudioMessage,
  MessagesGraffiti: isMessagesGraffiti,
  MessagesKeyboard: isMessagesKeyboard,
  MessagesKeyboardButton: isMessagesKeyboardButton,
  MessagesKeyboardButtonActionCallback: isMessagesKeyboardButtonActionCallback,
  MessagesKeyboardButtonActionIntentSubscribe: isMessagesKeyboardButtonActionIntentSubscribe,
  MessagesKeyboardButtonActionIntentUnsubscribe: isMessagesKeyboardButtonActionIntentUnsubscribe,
  MessagesKeyboardButtonActionLocation: isMessagesKeyboardButtonActionLocation,
  MessagesKeyboardButtonActionOpenApp: isMessagesKeyboardButtonActionOpenApp,
  MessagesKeyboardButtonActionOpenLink: isMessagesKeyboardButtonActionOpenLink,
  MessagesKeyboardButtonActionText: isMessagesKeyboardButtonActionText,
  MessagesKeyboardButtonActionVkpay: isMessagesKeyboardButtonActionVkpay,
  MessagesKeyboardButtonPropertyAction: isMessagesKeyboardButtonPropertyAction,
  MessagesMessageAction: isMessagesMessageAction,
  MessagesMessageActionPhoto: isMessagesMessageActionPhoto,
  MessagesMessageAttachment: isMessagesMessageAttachment,
  MessagesReactionCounterResponseItem: isMessagesReactionCounterResponseItem,
  NewsfeedItemWallpostFeedback: isNewsfeedItemWallpostFeedback,
  NewsfeedItemWallpostFeedbackAnswer: isNewsfeedItemWallpostFeedbackAnswer,
  NotesNote: isNotesNote,
  PagesWikipageFull: isPagesWikipageFull,
  PhotosImage: isPhotosImage,
  PhotosPhoto: isPhotosPhoto,
  PhotosPhotoAlbum: isPhotosPhotoAlbum,
  PhotosPhotoSizes: isPhotosPhotoSizes,
  PollsAnswer: isPollsAnswer,
  PollsBackground: isPollsBackground,
  PollsFriend: isPollsFriend,
  PollsPoll: isPollsPoll,
  StoriesClickableArea: isStoriesClickableArea,
  StoriesClickableSticker: isStoriesClickableSticker,
  StoriesClickableStickers: isStoriesClickableStickers,
  StoriesReplies: isStoriesReplies,
  StoriesStory: isStoriesStory,
  StoriesStoryLink: isStoriesStoryLink,
  VideoEpisode: isVideoEpisode,
  VideoLiveSettings: isVideoLiveSettings,
  VideoVideo: isVideoVideo,
  VideoVideoAlbumFull: isVideoVideoAlbumFull,
  VideoVideoFiles: isVideoVideoFiles,
  VideoVideoFull: isVideoVideoFull,
  VideoVideoImage: isVideoVideoImage,
  WallAppPost: isWallAppPost,
  WallAttachedNote: isWallAttachedNote,
  WallCommentAttachment: isWallCommentAttachment,
  WallGeo: isWallGeo,
  WallGraffiti: isWallGraffiti,
  WallPostCopyright: isWallPostCopyright,
  WallPostSource: isWallPostSource,
  WallPostedPhoto: isWallPostedPhoto,
  WallViews: isWallViews,
  WallWallComment: isWallWallComment,
  WallWallCommentDonut: isWallWallCommentDonut,
  WallWallCommentDonutPlaceholder: isWallWallCommentDonutPlaceholder,
  WallWallpostAttachment: isWallWallpostAttachment,
  WallWallpostCommentsDonut: isWallWallpostCommentsDonut,
  WallWallpostCommentsDonutPlaceholder: isWallWallpostCommentsDonutPlaceholder,
  WallWallpostDonut: isWallWallpostDonut,
  WallWallpostDonutPlaceholder: isWallWallpostDonutPlaceholder,
  WallWallpostFull: isWallWallpostFull,
};

/**
 * True for a known community event that its validator accepts: `zCallbackEvent`’s verdict.
 */
export function isCallbackEvent(value: unknown): value is E.CallbackEvent {
  if (!isRecord(value)) return false;
  const check = typeof value.type === "string" ? checksByType.get(value.type) : undefined;
  return check !== undefined && check(value);
}
