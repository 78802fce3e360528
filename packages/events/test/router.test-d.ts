import type { CallbackEventMap, CallbackEventType, CallbackGroupJoinType, UnknownEvent } from '@vkts/types';
import { describe, expectTypeOf, it } from 'vitest';
import { createRouter, isKnownEvent, type AnyEvent, type EventContext, type EventHandler } from '../src/index.js';

const router = createRouter();

/** What `router.on(K, handler)` hands its handler, for a given K. */
type OnEvent<K extends CallbackEventType> = Parameters<Parameters<typeof router.on<K>>[1]>[0];

describe('router.on narrowing', () => {
  it('gives every event type its own envelope type', () => {
    type Narrowed = { [K in CallbackEventType]: OnEvent<K> };
    expectTypeOf<Narrowed>().toEqualTypeOf<CallbackEventMap>();
    // And not, say, the whole union for each key.
    expectTypeOf<OnEvent<'group_join'>>().not.toEqualTypeOf<CallbackEventMap[CallbackEventType]>();
  });

  it('infers the handler parameter from the literal', () => {
    router.on('message_new', (event, context) => {
      expectTypeOf(event).toEqualTypeOf<CallbackEventMap['message_new']>();
      expectTypeOf(event.object.message.text).toEqualTypeOf<string>();
      expectTypeOf(context).toEqualTypeOf<EventContext>();
    });
    router.on('group_join', (event) => {
      expectTypeOf(event.object.join_type).toEqualTypeOf<CallbackGroupJoinType>();
      expectTypeOf(event.object.join_type).toEqualTypeOf<'join' | 'unsure' | 'accepted' | 'approved' | 'request'>();
    });
    router.on('confirmation', (event) => {
      expectTypeOf(event).not.toHaveProperty('object');
    });
  });

  it('gives array handlers the union of the listed types', () => {
    router.on(['group_join', 'group_leave'], (event) => {
      expectTypeOf(event).toEqualTypeOf<CallbackEventMap['group_join'] | CallbackEventMap['group_leave']>();
      // Required in group_join, optional in group_leave: the union keeps both facts.
      expectTypeOf(event.object.user_id).toEqualTypeOf<number | undefined>();
      if (event.type === 'group_join') expectTypeOf(event).toEqualTypeOf<CallbackEventMap['group_join']>();
    });
    const types = ['message_new', 'message_reply'] as const;
    router.on(types, (event) => {
      expectTypeOf(event).toEqualTypeOf<CallbackEventMap['message_new'] | CallbackEventMap['message_reply']>();
    });
  });

  it('rejects unknown event names', () => {
    // @ts-expect-error -- not an event type
    router.on('mesage_new', () => {});
    // @ts-expect-error -- one unknown name in the list
    router.on(['message_new', 'nope'], () => {});
    // @ts-expect-error -- a handler for one type cannot be registered for another
    router.on('group_join', ((event: CallbackEventMap['message_new']) => event.object.message.text) satisfies EventHandler<
      CallbackEventMap['message_new']
    >);
  });

  it('accepts handlers returning anything, sync or async', () => {
    expectTypeOf(router.on('message_new', (e) => e.object.message.text)).toEqualTypeOf<() => void>();
    router.on('message_new', async () => {});
  });
});

describe('other handlers', () => {
  it('onAny gets any event, narrowable with isKnownEvent', () => {
    router.onAny((event) => {
      expectTypeOf(event).toEqualTypeOf<AnyEvent>();
      if (isKnownEvent(event) && event.type === 'wall_post_new') {
        expectTypeOf(event).toEqualTypeOf<CallbackEventMap['wall_post_new']>();
      }
    });
  });

  it('onUnknown gets UnknownEvent; onError gets the error, event and context', () => {
    router.onUnknown((event) => {
      expectTypeOf(event).toEqualTypeOf<UnknownEvent>();
      expectTypeOf(event.type).toEqualTypeOf<string>();
    });
    router.onError((error, event, context) => {
      expectTypeOf(error).toEqualTypeOf<unknown>();
      expectTypeOf(event).toEqualTypeOf<AnyEvent>();
      expectTypeOf(context).toEqualTypeOf<EventContext>();
    });
  });

  it('handledTypes lists known types', () => {
    expectTypeOf(router.handledTypes()).toEqualTypeOf<CallbackEventType[]>();
  });
});
