// @vkts/events: validation and typed routing of VK community events, shared by the Callback API
// and Bots Long Poll transports. zod (through `@vkts/types/zod`) loads only when a validating
// parse first needs it.
export {
  createEventParser,
  createLazyEventParser,
  parseEvent,
  type EventParser,
  type LazyEventParser,
  type ParseEventOptions,
  type ValidationMode,
} from './parse.js';
export {
  createRouter,
  dispatcherOf,
  type DispatchNow,
  type DispatchResult,
  type ErrorHandler,
  type EventHandler,
  type EventRouter,
  type Unsubscribe,
} from './router.js';
export { isKnownEvent, isKnownEventType, type AnyEvent } from './envelope.js';
export {
  createEventContext,
  type DirectEventContext,
  type EventContext,
  type EventContextOptions,
  type EventTransport,
  type RelayDelivery,
  type RelayedEventContext,
  type VkTransport,
} from './context.js';
export { EventDispatchError, EventValidationError, InvalidEnvelopeError, formatPath, type EventIssue } from './errors.js';
export { loadEventValidators } from './validators.js';
// The event types handlers are written against, so that most apps need only this package.
export type { CallbackEvent, CallbackEventMap, CallbackEventType, UnknownEvent } from '@vkts/types';
// The base of every vkts error, shared by all packages (`instanceof VktsError`).
export { VktsError, type VktsErrorCode } from '@vkts/types';
