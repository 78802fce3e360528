/**
 * The receiver over real HTTP through the node:http adapter: VK's semantics (confirmation,
 * secret, `ok`), per-community values, the context handlers get, validation modes, ack modes,
 * the time budget, and what goes to onError.
 */
import type { CallbackEventMap } from '@vkts/types';
import { createRouter, EventDispatchError, EventValidationError, type EventContext, type EventRouter } from '@vkts/events';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CallbackLookupError,
  CallbackTimeoutError,
  createCallback,
  createNodeMiddleware,
  type Callback,
  type CallbackOptions,
} from '../src/index.js';
import { CODE, GROUP_ID, SECRET, confirmation, deferred, eventId, groupJoin, messageNew } from './support/events.js';
import { listen, send, type Listening } from './support/http.js';

const servers: Listening[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function serve(options: CallbackOptions): Promise<{ callback: Callback; url: string; errors: unknown[] }> {
  const errors: unknown[] = [];
  const callback = createCallback({ onError: (error) => errors.push(error), ...options });
  const server = await listen(createNodeMiddleware(callback));
  servers.push(server);
  return { callback, url: server.url, errors };
}

describe('VK semantics', () => {
  it('answers confirmation with the code as text/plain 200, and dispatches nothing', async () => {
    const { callback, url } = await serve({ confirmation: CODE, secret: SECRET });
    const seen: string[] = [];
    callback.router.onAny((event) => void seen.push(event.type));
    const answer = await send(url, confirmation());
    expect(answer).toMatchObject({ status: 200, body: CODE, contentType: 'text/plain; charset=utf-8' });
    expect(seen).toEqual([]);
  });

  it('answers an event `ok` after its handler ran, with the typed event and the context', async () => {
    const { callback, url } = await serve({ confirmation: CODE, secret: SECRET });
    const seen: Array<[CallbackEventMap['message_new'], EventContext]> = [];
    callback.router.on('message_new', (event, context) => void seen.push([event, context]));
    const event = messageNew('hi there');
    const answer = await send(url, event, { retry: 2 });
    expect(answer).toMatchObject({ status: 200, body: 'ok', contentType: 'text/plain; charset=utf-8' });
    expect(seen).toHaveLength(1);
    const [received, context] = seen[0] ?? [];
    expect(received?.object.message.text).toBe('hi there');
    expect(context).toEqual({ groupId: GROUP_ID, eventId: event.event_id, apiVersion: '5.199', transport: 'callback', retry: 2 });
  });

  it('leaves the retry counter out of the context on a first delivery', async () => {
    const { callback, url } = await serve({ confirmation: CODE, secret: SECRET });
    const contexts: EventContext[] = [];
    callback.router.on('group_join', (_event, context) => void contexts.push(context));
    await send(url, groupJoin());
    expect(contexts[0]).not.toHaveProperty('retry');
  });

  it('never hands the secret to handlers or errors', async () => {
    const { callback, url, errors } = await serve({ confirmation: CODE, secret: SECRET });
    const seen: unknown[] = [];
    callback.router.on('message_new', (event) => {
      seen.push(event);
      throw new Error('boom');
    });
    await send(url, messageNew());
    expect(seen[0]).not.toHaveProperty('secret');
    expect(JSON.stringify(seen)).not.toContain(SECRET);
    expect(errors).toHaveLength(1);
    const [reported] = errors;
    expect(reported).toBeInstanceOf(EventDispatchError);
    if (reported instanceof EventDispatchError) expect(reported.event).not.toHaveProperty('secret');
  });

  it('removes the secret from a body it decoded, and from a copy of one a body parser decoded (left as it was)', async () => {
    const callback = createCallback({ confirmation: CODE, secret: SECRET, onError: () => {} });
    const seen: unknown[] = [];
    callback.router.on('group_join', (event) => void seen.push(event));
    const parsed = groupJoin();
    expect(await callback.handle({ body: parsed, method: 'POST' })).toMatchObject({ status: 200, body: 'ok' });
    expect(await callback.handle({ body: JSON.stringify(groupJoin()), method: 'POST' })).toMatchObject({ status: 200, body: 'ok' });
    expect(await callback.handle({ body: new TextEncoder().encode(JSON.stringify(groupJoin())), method: 'POST' })).toMatchObject({ status: 200 });
    expect(seen).toHaveLength(3);
    for (const event of seen) expect(event).not.toHaveProperty('secret');
    // The app's own object (e.g. `req.body`) keeps its secret: the receiver worked on a copy.
    expect(parsed).toHaveProperty('secret', SECRET);
    expect(seen[0]).not.toBe(parsed);
  });

  it('checks the secret before answering confirmation', async () => {
    const { url } = await serve({ confirmation: CODE, secret: SECRET });
    expect(await send(url, confirmation(GROUP_ID, 'nope'))).toMatchObject({ status: 403, body: 'forbidden: wrong secret' });
    expect(await send(url, confirmation(GROUP_ID, null))).toMatchObject({ status: 403, body: 'forbidden: the event has no secret' });
  });

  it('with secret: false accepts events without a secret', async () => {
    const { callback, url } = await serve({ confirmation: CODE, secret: false });
    let handled = 0;
    callback.router.on('group_join', () => void handled++);
    const { secret: _omitted, ...withoutSecret } = groupJoin();
    expect(await send(url, withoutSecret)).toMatchObject({ status: 200, body: 'ok' });
    expect(handled).toBe(1);
  });

  it('answers an event nobody handles `ok` (and one of a type vkts does not know, to onUnknown)', async () => {
    const { callback, url } = await serve({ confirmation: CODE, secret: SECRET });
    const unknown: string[] = [];
    callback.router.onUnknown((event) => void unknown.push(event.type));
    expect(await send(url, groupJoin())).toMatchObject({ status: 200, body: 'ok' });
    expect(await send(url, { type: 'brand_new_event', group_id: GROUP_ID, event_id: eventId(), secret: SECRET, object: {} })).toMatchObject({
      status: 200,
      body: 'ok',
    });
    expect(unknown).toEqual(['brand_new_event']);
  });
});

describe('several communities on one endpoint', () => {
  it('answers each community its own confirmation and checks its own secret (maps)', async () => {
    const { callback, url } = await serve({
      confirmation: new Map([
        [1, 'code-one'],
        [2, 'code-two'],
      ]),
      secret: { 1: 'secret-one', 2: 'secret-two' },
    });
    const groups: number[] = [];
    callback.router.on('group_join', (_event, context) => void groups.push(context.groupId));
    expect(await send(url, confirmation(1, 'secret-one'))).toMatchObject({ status: 200, body: 'code-one' });
    expect(await send(url, confirmation(2, 'secret-two'))).toMatchObject({ status: 200, body: 'code-two' });
    expect(await send(url, confirmation(2, 'secret-one'))).toMatchObject({ status: 403, body: 'forbidden: wrong secret' });
    await send(url, groupJoin({ group_id: 2, secret: 'secret-two' }));
    await send(url, groupJoin({ group_id: 1, secret: 'secret-one' }));
    expect(groups).toEqual([2, 1]);
  });

  it('refuses a community with no configured value, for events and confirmation alike', async () => {
    const { callback, url } = await serve({ confirmation: { 1: 'code-one' }, secret: { 1: 'secret-one' } });
    let handled = 0;
    callback.router.onAny(() => void handled++);
    expect(await send(url, confirmation(3, 'secret-one'))).toMatchObject({
      status: 403,
      body: 'forbidden: community 3 is not served here (no secret configured for it)',
    });
    expect(await send(url, groupJoin({ group_id: 3, secret: 'secret-one' }))).toMatchObject({ status: 403 });
    expect(handled).toBe(0);
  });

  it('refuses a community with a secret but no confirmation configured', async () => {
    const { url } = await serve({ confirmation: { 1: 'code-one' }, secret: 'shared' });
    expect(await send(url, groupJoin({ group_id: 2, secret: 'shared' }))).toMatchObject({
      status: 403,
      body: 'forbidden: community 2 is not served here (no confirmation configured for it)',
    });
  });

  it('asks lookup functions (async ones too); undefined means not served, a throw is a 500 and a report', async () => {
    const asked: number[] = [];
    const { url, errors } = await serve({
      confirmation: async (groupId) => {
        asked.push(groupId);
        if (groupId === 9) throw new Error('database down');
        return groupId === 1 ? 'code-one' : undefined;
      },
      secret: (groupId) => (groupId === 5 ? undefined : 'shared'),
    });
    expect(await send(url, confirmation(1, 'shared'))).toMatchObject({ status: 200, body: 'code-one' });
    expect(await send(url, confirmation(2, 'shared'))).toMatchObject({ status: 403 });
    expect(await send(url, confirmation(5, 'shared'))).toMatchObject({ status: 403 });
    expect(await send(url, confirmation(9, 'shared'))).toMatchObject({ status: 500, body: 'configuration lookup failed' });
    expect(asked).toEqual([1, 2, 9]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(CallbackLookupError);
    expect(errors[0]).toMatchObject({ option: 'confirmation', groupId: 9 });
  });

  it('serves nothing at all before any value is configured or learned', async () => {
    const { url } = await serve({});
    expect(await send(url, confirmation())).toMatchObject({ status: 403, body: `forbidden: community ${GROUP_ID} is not served here (no secret configured for it)` });
  });
});

describe('validation modes', () => {
  const invalid = (): Record<string, unknown> => groupJoin({ object: { user_id: 'forty-two', join_type: 'join' } });

  it('strict: answers 400 naming the paths, reports the EventValidationError, dispatches nothing', async () => {
    const { callback, url, errors } = await serve({ confirmation: CODE, secret: SECRET, validate: 'strict' });
    let handled = 0;
    callback.router.onAny(() => void handled++);
    expect(await send(url, invalid())).toMatchObject({ status: 400, body: 'bad request: invalid "group_join" event at object.user_id' });
    expect(handled).toBe(0);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(EventValidationError);
  });

  it('lenient: dispatches and hands the issues to onIssue', async () => {
    const issues: EventValidationError[] = [];
    const { callback, url, errors } = await serve({ confirmation: CODE, secret: SECRET, validate: 'lenient', onIssue: (issue) => void issues.push(issue) });
    let handled = 0;
    callback.router.on('group_join', () => void handled++);
    expect(await send(url, invalid())).toMatchObject({ status: 200, body: 'ok' });
    expect(handled).toBe(1);
    expect(issues.map((issue) => issue.paths)).toEqual([['object.user_id']]);
    expect(errors).toEqual([]);
  });

  it('off: dispatches without looking', async () => {
    const { callback, url } = await serve({ confirmation: CODE, secret: SECRET, validate: 'off' });
    let handled = 0;
    callback.router.on('group_join', () => void handled++);
    expect(await send(url, invalid())).toMatchObject({ status: 200, body: 'ok' });
    expect(handled).toBe(1);
  });

  it('refuses lenient without onIssue, at creation', () => {
    expect(() => createCallback({ validate: 'lenient' })).toThrow(/needs an `onIssue` function/);
  });
});

describe('ack modes and the time budget', () => {
  it("after-handlers (the default): a failing handler gets 500 and is reported, so VK redelivers", async () => {
    const { callback, url, errors } = await serve({ confirmation: CODE, secret: SECRET });
    callback.router.on('group_join', async () => {
      throw new Error('database down');
    });
    expect(await send(url, groupJoin())).toMatchObject({ status: 500, body: 'handler failed' });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(EventDispatchError);
  });

  it('after-handlers: waits for async handlers before answering', async () => {
    const { callback, url } = await serve({ confirmation: CODE, secret: SECRET });
    const gate = deferred();
    const entered = deferred();
    const order: string[] = [];
    callback.router.on('group_join', async () => {
      entered.resolve();
      await gate.promise;
      order.push('handled');
    });
    const answered = send(url, groupJoin()).then((answer) => {
      order.push('answered');
      return answer;
    });
    // Released only once the request is in its handler, so the answer has had to wait for it.
    await entered.promise;
    gate.resolve();
    expect(await answered).toMatchObject({ status: 200, body: 'ok' });
    expect(order).toEqual(['handled', 'answered']);
  });

  it('after-handlers: handlers over the budget get 503 and a CallbackTimeoutError report; they keep running', async () => {
    const { callback, url, errors } = await serve({ confirmation: CODE, secret: SECRET, timeoutMs: 50 });
    const gate = deferred();
    let finished = false;
    callback.router.on('group_join', async () => {
      await gate.promise;
      finished = true;
    });
    const event = groupJoin();
    expect(await send(url, event)).toMatchObject({ status: 503, body: 'handlers still running' });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(CallbackTimeoutError);
    expect(errors[0]).toMatchObject({ groupId: GROUP_ID, eventId: event.event_id, eventType: 'group_join', timeoutMs: 50 });
    expect(finished).toBe(false);
    gate.resolve();
    await callback.drain();
    expect(finished).toBe(true);
    // VK's redelivery finds it handled: ok, no second dispatch.
    expect(await send(url, event, { retry: 1 })).toMatchObject({ status: 200, body: 'ok' });
  });

  it('after-handlers: every waiting delivery gets its own full budget, fast ones answered as they finish', async () => {
    const timeoutMs = 100;
    const { callback, url, errors } = await serve({ confirmation: CODE, secret: SECRET, timeoutMs });
    const slow = deferred();
    callback.router.on('group_join', async (event) => {
      if (event.object.user_id === 1) await slow.promise;
      // Async but finished within its own microtasks: no timer of ours races the 100 ms budget.
      else await Promise.resolve();
    });
    const slowEvent = (): Record<string, unknown> => groupJoin({ object: { user_id: 1, join_type: 'join' } });
    const fastEvent = (): Record<string, unknown> => groupJoin({ object: { user_id: 2, join_type: 'join' } });
    // A fast handling leaves nothing waiting; a slow one after it still gets its whole budget.
    expect(await send(url, fastEvent())).toMatchObject({ status: 200, body: 'ok' });
    const first = slowEvent();
    expect(await send(url, first)).toMatchObject({ status: 503, body: 'handlers still running' });
    // Slow and fast ones side by side: each answered on its own.
    const second = slowEvent();
    const slowAnswer = send(url, second);
    const fastAnswers = await Promise.all([send(url, fastEvent()), send(url, fastEvent())]);
    expect(fastAnswers.map((answer) => answer.status)).toEqual([200, 200]);
    expect(await slowAnswer).toMatchObject({ status: 503 });
    expect(errors.map((error) => error instanceof CallbackTimeoutError && error.eventId)).toEqual([first.event_id, second.event_id]);
    slow.resolve();
    await callback.drain();
  });

  it('immediate: answers ok before the handler runs; a failure is reported, not answered', async () => {
    const { callback, url, errors } = await serve({ confirmation: CODE, secret: SECRET, ack: 'immediate' });
    const gate = deferred();
    const order: string[] = [];
    callback.router.on('group_join', async () => {
      await gate.promise;
      order.push('handled');
      throw new Error('too late to tell VK');
    });
    const answer = await send(url, groupJoin());
    order.push('answered');
    expect(answer).toMatchObject({ status: 200, body: 'ok' });
    gate.resolve();
    await callback.drain();
    expect(order).toEqual(['answered', 'handled']);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(EventDispatchError);
  });

  it('router onError handlers count errors as handled: the answer is ok', async () => {
    const { callback, url, errors } = await serve({ confirmation: CODE, secret: SECRET });
    const routed: unknown[] = [];
    callback.router.on('group_join', () => {
      throw new Error('handled by the router');
    });
    callback.router.onError((error) => void routed.push(error));
    expect(await send(url, groupJoin())).toMatchObject({ status: 200, body: 'ok' });
    expect(routed).toHaveLength(1);
    expect(errors).toEqual([]);
  });
});

describe('options', () => {
  it('are checked at creation with clear messages', () => {
    expect(() => createCallback({ bodyLimit: 0 })).toThrow(new RangeError('createCallback: `bodyLimit` must be a positive integer, got 0'));
    expect(() => createCallback({ timeoutMs: -1 })).toThrow(/`timeoutMs` must be a positive integer/);
    // @ts-expect-error -- not a mode
    expect(() => createCallback({ validate: 'loose' })).toThrow(/`validate` must be 'strict', 'lenient' or 'off'/);
    // @ts-expect-error -- not an ack mode
    expect(() => createCallback({ ack: 'later' })).toThrow(/`ack` must be 'after-handlers' or 'immediate'/);
    expect(() => createCallback({ secret: '' })).toThrow(/`secret` must not be an empty string/);
    expect(() => createCallback({ confirmation: { 0: 'x' } })).toThrow(/keys must be positive integer group ids/);
    expect(() => createCallback({ confirmation: new Map([[1, '']]) })).toThrow(/for group 1 must be a non-empty string/);
    // @ts-expect-error -- not a store
    expect(() => createCallback({ dedupe: {} })).toThrow(/claim, complete and release/);
  });

  it('works with any object with the router methods, not only one from createRouter()', async () => {
    const inner = createRouter();
    const router: EventRouter = {
      on: (type, handler) => inner.on(type, handler),
      onAny: (handler) => inner.onAny(handler),
      onUnknown: (handler) => inner.onUnknown(handler),
      onError: (handler) => inner.onError(handler),
      dispatch: (event, context) => inner.dispatch(event, context),
      handledTypes: () => inner.handledTypes(),
    };
    const callback = createCallback({ confirmation: CODE, secret: SECRET, router, onError: () => {} });
    let calls = 0;
    router.on('group_join', () => {
      calls += 1;
      if (calls === 1) throw new Error('first try fails');
    });
    const event = groupJoin();
    expect(await callback.handle({ body: JSON.stringify(event) })).toMatchObject({ status: 500, body: 'handler failed' });
    expect(await callback.handle({ body: JSON.stringify(event) })).toMatchObject({ status: 200, body: 'ok' });
    expect(await callback.handle({ body: JSON.stringify(event) })).toMatchObject({ status: 200, body: 'ok' });
    expect(calls).toBe(2);
  });

  it('a throwing onError never breaks the answer', async () => {
    const callback = createCallback({
      confirmation: CODE,
      secret: SECRET,
      onError: () => {
        throw new Error('logger down');
      },
    });
    callback.router.on('group_join', () => {
      throw new Error('boom');
    });
    const server = await listen(createNodeMiddleware(callback));
    servers.push(server);
    expect(await send(server.url, groupJoin())).toMatchObject({ status: 500, body: 'handler failed' });
  });
});
