// @vkts/sdk: every vkts package a bot or an app writes against, from one import, and createVk()
// for the API client with its uploads. Each package also works on its own; this one adds no code
// to them, only re-exports (plus createVk), so mixing `@vkts/sdk` with `@vkts/<package>` imports
// gives the same classes and functions.
export * from '@vkts/api';
export * from '@vkts/callback';
export * from '@vkts/events';
export * from '@vkts/longpoll';
export * from '@vkts/messages';
export * from '@vkts/upload';
export { createVk, type Vk, type VkOptions } from './create-vk.js';
