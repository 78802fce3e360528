// @vkts/callback's DedupeStore on Redis, so several receivers behind one URL dispatch each
// event_id once. A claim is `SET key <owner> NX PX lease`; the owner (this store's random id)
// lets `release` delete only its own claim, never one another receiver took after our lease ran
// out. `complete` overwrites whatever is there with `done` for the TTL.
import { randomBytes } from 'node:crypto';
import type { ClaimResult, DedupeStore } from '@vkts/callback';
import { commandSender, type RedisClientLike } from './redis-client.js';
import { asString } from './replies.js';
import { runScript, script } from './scripts.js';
import { checkPositiveInteger } from '@vkts/internals';

export interface RedisDedupeStoreOptions {
  readonly redis: RedisClientLike;
  /** Put before every key (`<prefix><group_id>:<event_id>`). @default 'vkts:dedupe:' */
  readonly prefix?: string;
  /** How long a handled event is remembered, in ms. @default 86400000 (24 hours) */
  readonly ttlMs?: number;
  /**
   * How long a claim holds when its receiver neither completes nor releases it (it died), in ms:
   * after it, VK's next redelivery is dispatched by whichever receiver gets it. Keep it above the
   * receiver's `timeoutMs` and your slowest handler. @default 60000
   */
  readonly leaseMs?: number;
}

const DONE = 'done';

// KEYS[1] the event's key; ARGV[1] this store's owner id, ARGV[2] the lease in ms.
const CLAIM = script(`
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 'claimed' end
if redis.call('GET', KEYS[1]) == '${DONE}' then return 'done' end
return 'in-progress'
`);

// KEYS[1] the event's key; ARGV[1] this store's owner id.
const RELEASE = script(`
if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('DEL', KEYS[1]) end
return 1
`);

const CALLER = 'createRedisDedupeStore';

/** A `DedupeStore` for `createCallback({ dedupe })` shared by every receiver using the same Redis. */
export function createRedisDedupeStore(options: RedisDedupeStoreOptions): DedupeStore {
  const send = commandSender(CALLER, options.redis);
  const prefix = options.prefix ?? 'vkts:dedupe:';
  if (typeof prefix !== 'string') throw new TypeError(`${CALLER}: \`prefix\` must be a string`);
  const ttl = String(checkPositiveInteger(CALLER, 'ttlMs', options.ttlMs ?? 86_400_000));
  const lease = String(checkPositiveInteger(CALLER, 'leaseMs', options.leaseMs ?? 60_000));
  const owner = `claim:${randomBytes(9).toString('base64url')}`;

  return {
    async claim(key) {
      const reply = asString(await runScript(send, CLAIM, [prefix + key], [owner, lease]), 'the claim result');
      if (reply === 'claimed' || reply === 'done' || reply === 'in-progress') return reply satisfies ClaimResult;
      throw new TypeError(`${CALLER}: unexpected claim result "${reply}"`);
    },
    async complete(key) {
      await send(['SET', prefix + key, DONE, 'PX', ttl]);
    },
    async release(key) {
      await runScript(send, RELEASE, [prefix + key], [owner]);
    },
  };
}
