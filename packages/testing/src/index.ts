// @vkts/testing: test helpers for code that talks to the VK API.

// Deterministic sample values for any zod 4 schema (the generated validators of @vkts/types/zod).
export { synthesize, SynthesizeError, type SynthesizeOptions } from './synthesize/synthesize.js';

// A fake VK API server on loopback.
export { createFakeVk, type FakeVk, type FakeVkRequest } from './fake-vk/create-fake-vk.js';
export type { FakeVkAuth, FakeVkGroup, FakeVkOptions, FakeVkToken } from './fake-vk/options.js';
export type { FakeVkCallContext, FakeVkHandler, FakeVkResponse } from './fake-vk/handlers.js';
export type { FakeVkCallRecord } from './fake-vk/call-pipeline.js';
export type { FailNextOptions } from './fake-vk/failures.js';
export type { ExecuteError } from './fake-vk/execute.js';
export type { FakeHttpRequest, FakeHttpResponse, FakeRouteHandler } from './fake-vk/router.js';
export type { FakeVkCallbackServer, FakeVkCallbackServerStatus } from './fake-vk/state/callback-servers.js';
export type { FakeVkDelivery, FakeVkDeliveryAttempt, FakeVkEmitEvent, FakeVkEmitOptions } from './fake-vk/callback-delivery.js';
export type { FakeVkEventAnswer, FakeVkSentMessage } from './fake-vk/state/messages.js';
export { FakeVkError, fakeVkError, vkError, type VkErrorExtra } from './fake-vk/vk-error.js';
export {
  USER_LONG_POLL_VERSIONS,
  type FakeBotsEvent,
  type FakeBotsEventInput,
  type FakeLongPoll,
  type FakeLongPollQueue,
  type FakeUserLongPollUpdate,
} from './fake-vk/longpoll.js';
export type { FakeLongPollCheck } from './fake-vk/longpoll-channel.js';
export type { FakeUploadFailure, FakeVkSavedObject, FakeVkUpload, FakeVkUploadPart, FakeVkUploads } from './fake-vk/uploads/fake-uploads.js';
