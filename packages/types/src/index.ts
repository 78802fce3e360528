// @vkts/types: exact types for every VK API method, object, response and error, plus the
// runtime metadata clients need. Zod validators live on the `@vkts/types/zod` subpath so that
// type-only consumers never load zod; the `…EnumNames` constants are on `@vkts/types/enum-names`.
export type * from './gen/types.gen.js';
export * from './gen/errors.gen.js';
export type * from './gen/methods.gen.js';
export type * from './gen/namespaces.gen.js';
export { apiMethodMeta, apiMethodNames } from './gen/metadata.gen.js';
export type * from './method-meta.js';
export type * from './error-info.js';
export type * from './select.js';
export * from './gen/events.gen.js';
export * from './gen/user-longpoll.gen.js';
export * from './gen/settings.gen.js';
export type * from './event-envelope.js';
export { getApiErrorInfo } from './errors.js';
export * from './gen/uploads.gen.js';
export { VktsError, markAsVktsError, type VktsErrorCode } from './vkts-error.js';
export type * from './http-dispatcher.js';
