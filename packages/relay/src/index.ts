// @vkts/relay: VK community events over Redis Streams. `createRedisDedupeStore` shares
// @vkts/callback's dedupe between receivers; `createRelay` appends events from either transport
// to streams; `createWorker` consumes them through the same typed router.
export { createRedisDedupeStore, type RedisDedupeStoreOptions } from './dedupe-store.js';
export { createRelay, type Relay, type RelayOptions, type RelayReceipt } from './relay.js';
export type { PredicateRoute, RelayRoute, TypeRoute } from './routes.js';
export { createWorker, type Worker, type WorkerOptions, type WorkerStats } from './worker.js';
export type { IoRedisLike, NodeRedisLike, RedisClientLike } from './redis-client.js';
export type { BackoffOptions } from './options.js';
export {
  RelayClosedError,
  RelayDeadLetterError,
  RelayError,
  RelayPublishError,
  RelayTrimmedError,
  RelayWorkerError,
  type WorkerOperation,
} from './errors.js';
export { createNameResolver, isMessageNames, messageNamesOf, type MessageNames, type NameResolver, type NameResolverOptions, type NamesApi } from './names.js';
// The base of every vkts error, shared by all packages (`instanceof VktsError`).
export { VktsError, type VktsErrorCode } from '@vkts/types';
