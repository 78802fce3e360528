// @vkts/callback: a VK Callback API receiver. `createCallback({ confirmation, secret })` →
// `callback.router.on(...)`, then serve it with `createNodeMiddleware(callback)`,
// `createFetchHandler(callback)`, `createFastifyPlugin(callback)` or `createKoaMiddleware(callback)`,
// and let `callback.setup(api, …)` configure VK.
export { createCallback, type Callback } from './create-callback.js';
export { createFastifyPlugin, createFetchHandler, createKoaMiddleware, createNodeMiddleware } from './adapters/create-adapters.js';
export type { CallbackOptions } from './options.js';
export type { AckMode } from './delivery.js';
export type { PerGroupValue } from './group-values.js';
export type { CallbackRequest, HeaderGetter, HeaderRecord } from './request.js';
export type { CallbackReply } from './replies.js';
export { createMemoryDedupeStore, type ClaimResult, type DedupeStore, type MemoryDedupeStoreOptions } from './dedupe-store.js';
export {
  CallbackError,
  CallbackInternalError,
  CallbackLookupError,
  CallbackSetupError,
  CallbackTimeoutError,
  DedupeStoreError,
} from './errors.js';
export type { NodeHandler, NodeRequestLike, NodeResponseLike } from './adapters/node.js';
export type { FastifyAdapterOptions, FastifyInstanceLike, FastifyPlugin, FastifyReplyLike, FastifyRequestLike } from './adapters/fastify.js';
export type { KoaAdapterOptions, KoaContextLike, KoaMiddleware } from './adapters/koa.js';
export type {
  CallbackSetupAction,
  CallbackSetupApi,
  CallbackSetupOptions,
  CallbackSetupResult,
} from './setup/setup.js';
export { generateSecret } from './setup/secret.js';
// The base of every vkts error, shared by all packages (`instanceof VktsError`).
export { VktsError, type VktsErrorCode } from '@vkts/types';
