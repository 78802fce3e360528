// This file is generated. Do not edit it by hand: change codegen/ or schema/patches/ and run `pnpm codegen`.
// Source: VKCOM/vk-api-schema@fixture (API 5.199), with the patches in schema/patches/.
// Contents: plain-JS type guards of community events, with the verdicts of their zod validators.
/* eslint-disable */

import type * as T from './types.gen.js';
import type * as E from './events.gen.js';

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

// Definitions reached from the event objects.

function isBaseImage(value: unknown): value is T.BaseImage {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.url; if (!(typeof x === "string")) return false;
  x = value.width; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.height; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  return true;
}

function isBaseObjectCount(value: unknown): value is T.BaseObjectCount {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.count; if (x !== undefined && !(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  return true;
}

function isWallAttachedLink(value: unknown): value is T.WallAttachedLink {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.url; if (!(typeof x === "string")) return false;
  x = value.title; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.button_style; if (x !== undefined && !(x === "primary" || x === "secondary")) return false;
  return true;
}

function isWallAttachment(value: unknown): value is T.WallAttachment {
  return (isWallAttachedLink(value) || isBaseImage(value));
}

function isWallComment(value: unknown): value is T.WallComment {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.id; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 1)) return false;
  x = value.from_id; if (!Number.isSafeInteger(x)) return false;
  x = value.text; if (!(typeof x === "string")) return false;
  x = value.thread; if (x !== undefined && !isWallCommentThread(x)) return false;
  return true;
}

function isWallCommentThread(value: unknown): value is T.WallCommentThread {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.count; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.items; if (x !== undefined && !isWallCommentList(x)) return false;
  x = value.can_post; if (x !== undefined && !(typeof x === "boolean")) return false;
  return true;
}

function isWallGeo(value: unknown): value is T.WallGeo {
  return isPlainRecord(value);
}

function isWallWallpost(value: unknown): value is T.WallWallpost {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.id; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= 0)) return false;
  x = value.owner_id; if (!Number.isSafeInteger(x)) return false;
  x = value.post_type; if (!(x === "post" || x === "copy" || x === "reply" || x === "suggest")) return false;
  x = value.text; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.views; if (x !== undefined && !isBaseObjectCount(x)) return false;
  x = value.is_pinned; if (x !== undefined && !(x === 0 || x === 1)) return false;
  x = value.sticker_id; if (x !== undefined && !(Number.isSafeInteger(x) || typeof x === "string")) return false;
  x = value.attachments; if (x !== undefined && !isWallAttachmentList(x)) return false;
  x = value.geo; if (x !== undefined && !isWallGeo(x)) return false;
  x = value.comments; if (x !== undefined && !isWallCommentThread(x)) return false;
  x = value.copy_history; if (x !== undefined && !isWallWallpostList(x)) return false;
  return true;
}

// Inline objects and arrays.

function isWallAttachmentList(value: unknown): boolean {
  if (!isList(value)) return false;
  for (let i = 0; i < value.length; i++) {
    const item = value[i];
    if (!isWallAttachment(item)) return false;
  }
  return true;
}

function isWallCommentList(value: unknown): boolean {
  if (!isList(value)) return false;
  for (let i = 0; i < value.length; i++) {
    const item = value[i];
    if (!isWallComment(item)) return false;
  }
  return true;
}

function isWallWallpostList(value: unknown): boolean {
  if (!isList(value)) return false;
  for (let i = 0; i < value.length; i++) {
    const item = value[i];
    if (!isWallWallpost(item)) return false;
  }
  return true;
}

// Events.

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

function isWallPostNewEvent(value: unknown): value is E.WallPostNewEvent {
  if (!isRecord(value)) return false;
  let x: unknown;
  x = value.type; if (!(x === "wall_post_new")) return false;
  x = value.group_id; if (!Number.isSafeInteger(x)) return false;
  x = value.event_id; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.v; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.secret; if (x !== undefined && !(typeof x === "string")) return false;
  x = value.object; if (!isWallWallpost(x)) return false;
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
  x = value.object; if (!isWallComment(x)) return false;
  return true;
}

/**
 * Event type → a type guard with the verdict of its zod validator (`callbackEventValidators`
 * on `@vkts/types/zod`), in plain JS: no zod, no issues, just true or false.
 */
export const callbackEventChecks: { readonly [K in E.CallbackEventType]: (value: unknown) => value is E.CallbackEventMap[K] } = {
  confirmation: isConfirmationEvent,
  wall_post_new: isWallPostNewEvent,
  wall_reply_new: isWallReplyNewEvent,
};

const checksByType: ReadonlyMap<string, (value: unknown) => boolean> = new Map<string, (value: unknown) => boolean>(Object.entries(callbackEventChecks));

/**
 * The guard of every definition that has one (primitive definitions are inlined), by type name.
 * For tests, which compare each with its zod validator; not part of `@vkts/types/event-checks`.
 */
export const eventDefinitionChecks = {
  BaseImage: isBaseImage,
  BaseObjectCount: isBaseObjectCount,
  WallAttachedLink: isWallAttachedLink,
  WallAttachment: isWallAttachment,
  WallComment: isWallComment,
  WallCommentThread: isWallCommentThread,
  WallGeo: isWallGeo,
  WallWallpost: isWallWallpost,
};

/**
 * True for a known community event that its validator accepts: `zCallbackEvent`’s verdict.
 */
export function isCallbackEvent(value: unknown): value is E.CallbackEvent {
  if (!isRecord(value)) return false;
  const check = typeof value.type === "string" ? checksByType.get(value.type) : undefined;
  return check !== undefined && check(value);
}
