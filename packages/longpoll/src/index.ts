// @vkts/longpoll: VK Bots Long Poll (community events, through @vkts/events' router or
// `for await`) and User Long Poll (updates decoded by code into typed events), with VK's failure
// rules, capped exponential backoff, bounded handler concurrency and resume via startTs/onTs.
export { createBotsLongPoll, type BotsLongPoll, type BotsLongPollOptions } from './bots-longpoll.js';
export { createLongPollBot, type LongPollBot, type LongPollBotOptions } from './long-poll-bot.js';
export {
  DEFAULT_USER_LONG_POLL_MODE,
  createUserLongPoll,
  userLongPollModes,
  type UserLongPoll,
  type UserLongPollOptions,
} from './user-longpoll.js';
export { decodeUserLongPollUpdate, type UserLongPollEvent, type UserLongPollRawEvent } from './user/decode-update.js';
// The decoded event types, so that most apps need only this package.
export type {
  UserLongPollEventMap,
  UserLongPollEventName,
  UserLongPollKnownEvent,
  UserLongPollMessageFlags,
  UserLongPollDialogFlags,
  UserLongPollAdditionalData,
  UserLongPollAttachments,
  UserLongPollAttachment,
} from '@vkts/types';
export { longPollEventFlags, type BotsLongPollSetupOptions, type BotsLongPollSetupResult, type LongPollEventFlag } from './setup.js';
export type { CommonLongPollOptions } from './options.js';
export type { LongPollControls } from './runner.js';
export type { BackoffOptions } from './backoff.js';
export type { LongPollGap } from './poll-loop.js';
export {
  LongPollError,
  LongPollFatalError,
  LongPollFaultError,
  LongPollGapError,
  LongPollHookError,
  LongPollVersionError,
  type LongPollFaultReason,
  type LongPollKind,
} from './errors.js';
// The base of every vkts error, shared by all packages (`instanceof VktsError`).
export { VktsError, type VktsErrorCode } from '@vkts/types';
