import type { CallbackEventMap } from '@vkts/types';
import { describe, expect, it, vi } from 'vitest';
import {
  createEventContext,
  createRouter,
  dispatcherOf,
  EventDispatchError,
  InvalidEnvelopeError,
  type AnyEvent,
  type EventContext,
} from '../src/index.js';

const join: CallbackEventMap['group_join'] = { type: 'group_join', object: { user_id: 1, join_type: 'join' }, group_id: 10 };
const leave: CallbackEventMap['group_leave'] = { type: 'group_leave', object: { user_id: 2, self: 1 }, group_id: 10 };
const message: CallbackEventMap['message_new'] = {
  type: 'message_new',
  object: { message: { date: 1, from_id: 3, id: 4, out: 0, peer_id: 3, text: 'hi', conversation_message_id: 5 } },
  group_id: 10,
  event_id: 'abc',
  v: '5.199',
};
const unknown: AnyEvent = { type: 'brand_new_event', object: { x: 1 }, group_id: 10 };
const context: EventContext = { groupId: 10, eventId: 'abc', apiVersion: '5.199', transport: 'callback', retry: 2 };

/** A promise with its resolve function, to hold an async handler open. */
function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = (): void => {};
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

describe('on', () => {
  it('delivers only events of the registered type, with the context', async () => {
    const router = createRouter();
    const seen: Array<[string, EventContext]> = [];
    router.on('group_join', (event, ctx) => {
      seen.push([event.object.join_type, ctx]);
    });
    await router.dispatch(leave, context);
    await router.dispatch(message, context);
    await router.dispatch(join, context);
    expect(seen).toEqual([['join', context]]);
  });

  it('with an array, delivers events of each listed type and no other', async () => {
    const router = createRouter();
    const types: string[] = [];
    router.on(['group_join', 'group_leave'], (event) => {
      types.push(`${event.type}:${event.object.user_id}`);
    });
    for (const event of [join, message, leave, unknown]) await router.dispatch(event, context);
    expect(types).toEqual(['group_join:1', 'group_leave:2']);
  });

  it('rejects unknown types at runtime, suggesting the closest known one', () => {
    const router = createRouter();
    // @ts-expect-error -- misspelt on purpose
    expect(() => router.on('mesage_new', () => {})).toThrow(
      new TypeError(
        'router.on: unknown event type "mesage_new" (did you mean "message_new"?). Known types are listed in ' +
          'callbackEventTypes from @vkts/types; use router.onUnknown() for events vkts does not know.',
      ),
    );
    // @ts-expect-error -- one bad entry spoils the list
    expect(() => router.on(['group_join', 'zzzzzzzz'], () => {})).toThrow(/^router\.on: unknown event type "zzzzzzzz"\. Known/);
    expect(() => router.on([], () => {})).toThrow('router.on: the list of event types is empty');
    // @ts-expect-error -- not a string
    expect(() => router.on([42], () => {})).toThrow('router.on: an event type must be a string, got number');
    // @ts-expect-error -- not a function
    expect(() => router.on('group_join', 'handler')).toThrow('router.on: the handler must be a function, got string');
    expect(router.handledTypes()).toEqual([]);
  });

  it('returns an unsubscribe function that is safe to call twice', async () => {
    const router = createRouter();
    const handler = vi.fn();
    const off = router.on('group_join', handler);
    await router.dispatch(join, context);
    off();
    off();
    await router.dispatch(join, context);
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('copies the type list, so later changes to the caller’s array do not leak in', async () => {
    const router = createRouter();
    const types: Array<'group_join' | 'group_leave'> = ['group_join'];
    const handler = vi.fn();
    router.on(types, handler);
    types.push('group_leave');
    await router.dispatch(leave, context);
    expect(handler).not.toHaveBeenCalled();
    expect(router.handledTypes()).toEqual(['group_join']);
  });
});

describe('onAny and onUnknown', () => {
  it('run with on handlers in one registration order', async () => {
    const router = createRouter();
    const calls: string[] = [];
    router.on('group_join', () => void calls.push('on#1'));
    router.onAny((event) => void calls.push(`any:${event.type}`));
    router.onUnknown((event) => void calls.push(`unknown:${event.type}`));
    router.on(['group_join', 'group_leave'], () => void calls.push('on#2'));
    await router.dispatch(join, context);
    await router.dispatch(unknown, context);
    expect(calls).toEqual(['on#1', 'any:group_join', 'on#2', 'any:brand_new_event', 'unknown:brand_new_event']);
  });

  it('onUnknown sees only unknown types; onAny sees both', async () => {
    const router = createRouter();
    const onUnknown = vi.fn();
    const onAny = vi.fn();
    router.onUnknown(onUnknown);
    router.onAny(onAny);
    await router.dispatch(join, context);
    await router.dispatch(unknown, context);
    expect(onUnknown.mock.calls).toEqual([[unknown, context]]);
    expect(onAny.mock.calls).toEqual([
      [join, context],
      [unknown, context],
    ]);
  });

  it('report how many handlers matched, 0 for an event nobody listens to', async () => {
    const router = createRouter();
    router.on('group_join', () => {});
    router.onAny(() => {});
    await expect(router.dispatch(join, context)).resolves.toEqual({ matched: 2 });
    const onlyJoin = createRouter();
    onlyJoin.on('group_join', () => {});
    await expect(onlyJoin.dispatch(unknown, context)).resolves.toEqual({ matched: 0 });
  });

  it('unsubscribe', async () => {
    const router = createRouter();
    const any = vi.fn();
    const unk = vi.fn();
    const offAny = router.onAny(any);
    const offUnknown = router.onUnknown(unk);
    offAny();
    offUnknown();
    await router.dispatch(unknown, context);
    expect(any).not.toHaveBeenCalled();
    expect(unk).not.toHaveBeenCalled();
  });
});

describe('errors', () => {
  it('sends sync throws and async rejections to onError with event and context; other handlers still run', async () => {
    const router = createRouter();
    const syncError = new Error('sync');
    const asyncError = new Error('async');
    const calls: string[] = [];
    router.on('group_join', () => {
      calls.push('throws');
      throw syncError;
    });
    router.on('group_join', async () => {
      calls.push('rejects');
      await Promise.resolve();
      throw asyncError;
    });
    router.on('group_join', () => void calls.push('fine'));
    const onError = vi.fn();
    router.onError(onError);
    await expect(router.dispatch(join, context)).resolves.toEqual({ matched: 3 });
    expect(calls).toEqual(['throws', 'rejects', 'fine']);
    expect(onError.mock.calls).toEqual([
      [syncError, join, context],
      [asyncError, join, context],
    ]);
  });

  it('calls every onError handler', async () => {
    const router = createRouter();
    const error = new Error('x');
    router.on('group_join', () => {
      throw error;
    });
    const first = vi.fn();
    const second = vi.fn();
    router.onError(first);
    router.onError(second);
    await router.dispatch(join, context);
    expect(first).toHaveBeenCalledWith(error, join, context);
    expect(second).toHaveBeenCalledWith(error, join, context);
  });

  it('without onError, rejects with EventDispatchError after all handlers ran', async () => {
    const router = createRouter();
    const first = new Error('first');
    const later = deferred();
    let lastFinished = false;
    router.on('group_join', () => {
      throw first;
    });
    router.on('group_join', () => Promise.reject('plain string reason'));
    router.on('group_join', async () => {
      await later.promise;
      lastFinished = true;
    });
    const dispatching = router.dispatch(join, context).catch((e: unknown) => e);
    later.resolve();
    const error = await dispatching;
    expect(lastFinished).toBe(true);
    expect(error).toBeInstanceOf(EventDispatchError);
    expect(error).toBeInstanceOf(AggregateError);
    if (!(error instanceof EventDispatchError)) return;
    expect(error.errors).toEqual([first, 'plain string reason']);
    expect(error.event).toBe(join);
    expect(error.context).toBe(context);
    expect(error.message).toBe(
      '2 errors while handling a "group_join" event reached no onError handler (first: Error: first)',
    );
  });

  it('rejects with what onError handlers throw, and still waits for async onError handlers', async () => {
    const router = createRouter();
    const handlerError = new Error('handler');
    const reporterError = new Error('reporter down');
    const slowReport = deferred();
    let reported = false;
    router.on('group_join', () => {
      throw handlerError;
    });
    router.onError(() => {
      throw reporterError;
    });
    router.onError(async () => {
      await slowReport.promise;
      reported = true;
    });
    const dispatching = router.dispatch(join, context).catch((e: unknown) => e);
    slowReport.resolve();
    const error = await dispatching;
    expect(reported).toBe(true);
    expect(error instanceof EventDispatchError && error.errors).toEqual([reporterError]);
  });

  it('unsubscribing the last onError handler makes errors reject again', async () => {
    const router = createRouter();
    router.on('group_join', () => {
      throw new Error('x');
    });
    const offError = router.onError(() => {});
    await expect(router.dispatch(join, context)).resolves.toEqual({ matched: 1 });
    offError();
    await expect(router.dispatch(join, context)).rejects.toBeInstanceOf(EventDispatchError);
  });

  it('dispatch of something that is not an event rejects with InvalidEnvelopeError', async () => {
    const router = createRouter();
    const onAny = vi.fn();
    router.onAny(onAny);
    // @ts-expect-error -- untyped callers
    await expect(router.dispatch({ failed: 1 }, context)).rejects.toBeInstanceOf(InvalidEnvelopeError);
    expect(onAny).not.toHaveBeenCalled();
  });
});

describe('dispatch settles when every handler has', () => {
  it('waits for slow async handlers, started in order and running concurrently', async () => {
    const router = createRouter();
    const slow = deferred();
    const slower = deferred();
    const log: string[] = [];
    router.on('message_new', async () => {
      log.push('slow:start');
      await slow.promise;
      log.push('slow:end');
    });
    router.onAny(async () => {
      log.push('slower:start');
      await slower.promise;
      log.push('slower:end');
    });
    router.on('message_new', () => void log.push('sync'));
    let settled = false;
    const dispatching = router.dispatch(message, context).then(() => {
      settled = true;
    });
    // Both async handlers started before either finished: they run concurrently.
    expect(log).toEqual(['slow:start', 'slower:start', 'sync']);
    slower.resolve();
    // A macrotask later every promise reaction of the slower handler's end has run.
    await new Promise((r) => setImmediate(r));
    expect(settled).toBe(false);
    slow.resolve();
    await dispatching;
    expect(settled).toBe(true);
    expect(log).toEqual(['slow:start', 'slower:start', 'sync', 'slower:end', 'slow:end']);
  });

  it('uses the handlers registered when it started', async () => {
    const router = createRouter();
    const late = vi.fn();
    const gate = deferred();
    let offSecond = (): void => {};
    const second = vi.fn();
    router.on('group_join', async () => {
      router.on('group_join', late);
      offSecond();
      await gate.promise;
    });
    offSecond = router.on('group_join', second);
    const dispatching = router.dispatch(join, context);
    gate.resolve();
    await dispatching;
    // `second` was unsubscribed mid-dispatch but this dispatch had already matched it.
    expect(second).toHaveBeenCalledTimes(1);
    expect(late).not.toHaveBeenCalled();
    await router.dispatch(join, context);
    expect(late).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(1);
  });
});

describe('handledTypes', () => {
  it('lists types with on handlers once each, in callbackEventTypes order, without onAny/onUnknown', () => {
    const router = createRouter();
    router.onAny(() => {});
    router.onUnknown(() => {});
    expect(router.handledTypes()).toEqual([]);
    router.on('wall_post_new', () => {});
    const offJoin = router.on(['message_new', 'group_join'], () => {});
    router.on('message_new', () => {});
    expect(router.handledTypes()).toEqual(['group_join', 'message_new', 'wall_post_new']);
    offJoin();
    expect(router.handledTypes()).toEqual(['message_new', 'wall_post_new']);
  });
});

describe('createEventContext', () => {
  it('reads groupId, eventId and apiVersion from the envelope', () => {
    expect(createEventContext(message, { transport: 'callback', retry: 1 })).toEqual({
      groupId: 10,
      eventId: 'abc',
      apiVersion: '5.199',
      transport: 'callback',
      retry: 1,
    });
  });

  it('leaves eventId and apiVersion undefined for old Long Poll updates, and omits retry', () => {
    expect(createEventContext(join, { transport: 'longpoll' })).toStrictEqual({
      groupId: 10,
      eventId: undefined,
      apiVersion: undefined,
      transport: 'longpoll',
    });
  });

  it('falls back to options.groupId, and throws when there is none', () => {
    const noGroup: AnyEvent = { type: 'brand_new_event' };
    expect(createEventContext(noGroup, { transport: 'longpoll', groupId: 5 }).groupId).toBe(5);
    expect(() => createEventContext(noGroup, { transport: 'longpoll' })).toThrow(
      'createEventContext: the "brand_new_event" event has no numeric group_id and options.groupId is not set',
    );
  });
});

describe('dispatcherOf', () => {
  it('answers in the same tick when every handler is synchronous, and with a promise when one is not', async () => {
    const router = createRouter();
    const seen: string[] = [];
    router.on('group_join', () => void seen.push('join'));
    const gate = deferred();
    router.on('group_leave', () => gate.promise.then(() => void seen.push('leave')));
    const dispatch = dispatcherOf(router);
    expect(dispatch(join, context)).toEqual({ matched: 1 });
    expect(seen).toEqual(['join']);
    const pending = dispatch(leave, context);
    expect(pending).toBeInstanceOf(Promise);
    gate.resolve();
    await expect(pending).resolves.toEqual({ matched: 1 });
    expect(seen).toEqual(['join', 'leave']);
  });

  it('reports a failing handler as a rejection, never a throw', async () => {
    const router = createRouter();
    router.on('group_join', () => {
      throw new Error('boom');
    });
    const outcome = dispatcherOf(router)(join, context);
    await expect(outcome).rejects.toBeInstanceOf(EventDispatchError);
  });

  it("uses a foreign router's own dispatch", async () => {
    const router = createRouter();
    const calls: AnyEvent[] = [];
    const foreign = { ...router, dispatch: (event: AnyEvent) => (calls.push(event), Promise.resolve({ matched: 7 })) };
    await expect(dispatcherOf(foreign)(join, context)).resolves.toEqual({ matched: 7 });
    expect(calls).toEqual([join]);
  });
});
