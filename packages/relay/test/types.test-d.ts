// Types: both clients fit `redis`, other values do not; worker handlers get the router's narrowed
// events and a context that narrows on `transport`.
import { createApi } from '@vkts/api';
import { createRouter, type RelayDelivery } from '@vkts/events';
import { Redis } from 'ioredis';
import { createClient } from 'redis';
import { describe, expectTypeOf, it } from 'vitest';
import { createNameResolver, createRedisDedupeStore, createRelay, createWorker, messageNamesOf, type MessageNames, type NamesApi, type RedisClientLike } from '../src/index.js';

describe('types', () => {
  it('accepts node-redis and ioredis clients, and nothing else', () => {
    expectTypeOf(createClient()).toExtend<RedisClientLike>();
    expectTypeOf(new Redis({ lazyConnect: true })).toExtend<RedisClientLike>();
    // @ts-expect-error -- not a Redis client
    createRelay({ redis: { get: (key: string) => key } });
    // @ts-expect-error -- `ttlMs` is a number
    createRedisDedupeStore({ redis: createClient(), ttlMs: '1h' });
  });

  it('routes by known event types only', () => {
    createRelay({ redis: createClient(), routes: [{ types: ['message_new', 'group_join'], stream: 's' }] });
    // @ts-expect-error -- not an event type
    createRelay({ redis: createClient(), routes: [{ types: ['message_neww'], stream: 's' }] });
  });

  it("gives worker handlers narrowed events and a context that narrows on transport 'relay'", () => {
    const router = createRouter();
    router.on('message_new', (event, context) => {
      expectTypeOf(event.object.message.text).toEqualTypeOf<string>();
      if (context.transport === 'relay') {
        expectTypeOf(context.relay).toEqualTypeOf<RelayDelivery>();
        expectTypeOf(context.relay.origin).toEqualTypeOf<'callback' | 'longpoll'>();
        expectTypeOf(context.relay.deliveryCount).toEqualTypeOf<number>();
      } else {
        expectTypeOf(context.relay).toEqualTypeOf<undefined>();
      }
    });
    createWorker({ redis: createClient(), stream: 's', group: 'g', consumer: 'c', router });
  });

  it('takes an @vkts/api client for names, and types the enrichment a handler reads', () => {
    const api = createApi({ token: 't', tokenType: 'group' });
    expectTypeOf(api).toExtend<NamesApi>();
    const resolver = createNameResolver({ api });
    createRelay({ redis: createClient(), enrich: resolver.enrich });
    const router = createRouter();
    router.on('message_new', (_event, context) => {
      expectTypeOf(messageNamesOf(context)).toEqualTypeOf<MessageNames | undefined>();
    });
  });
});
