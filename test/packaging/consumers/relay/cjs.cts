// Type-checked by test/packaging/pack.test.ts: nodenext, CJS file → require() of the ESM-only package, .d.mts.
import relayPackage = require('@vkts/relay');

declare const redis: relayPackage.IoRedisLike;
const store = relayPackage.createRedisDedupeStore({ redis, leaseMs: 30_000 });
void store.claim('1:abc');
// @ts-expect-error `leaseMs` is a number
relayPackage.createRedisDedupeStore({ redis, leaseMs: '30s' });
