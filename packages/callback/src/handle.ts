// The transport-free core: one request in, VK's answer out. Checks run in this order, each
// answering on its own and dispatching nothing: method (405), size (413), JSON (400), envelope
// and group_id (400), community served and secret (403), then `confirmation` gets its code,
// schema validation (400 in strict mode), and only then dedupe and dispatch.
//
// Validation runs the generated plain-JS guard of the event type (`@vkts/types/event-checks`) and
// nothing else while events are valid (@vkts/events' createLazyEventParser): zod is loaded only
// when a guard rejects an event, to decide and word the rejection. A process that has loaded zod's
// ~2,500 schemas pays for it on every request, in Node's own code too (bench/callback: about 1 µs
// per request more in `process.nextTick` alone), so a receiver of valid events never loads it.
//
// Each step returns its result directly when it has it and a promise only when it must wait (an
// async lookup function, the first load of the guards, a shared store, async handlers): the
// common path with string or map values and synchronous handlers is answered in the tick the
// body arrived in, with no promise or timer of its own, which matters at thousands of events a
// second (bench/callback). `handle()` wraps that answer in a promise; the adapters use it as is.
import { createEventContext, createLazyEventParser, EventValidationError, type AnyEvent, type LazyEventParser } from '@vkts/events';
import { decodeBody, Refused } from './body.js';
import { createDelivery, type Delivery } from './delivery.js';
import { CallbackInternalError, CallbackLookupError } from './errors.js';
import type { GroupValues, Lookup } from './group-values.js';
import type { ResolvedOptions } from './options.js';
import { replies, type CallbackReply } from './replies.js';
import { retryCounter, type CallbackRequest } from './request.js';
import { secretsEqual } from './secret.js';
import { isPromiseLike } from '@vkts/internals';
import type { MaybePromise } from './maybe-promise.js';

export interface Core {
  /** Never rejects: whatever goes wrong is reported and answered 500. */
  handle(request: CallbackRequest): Promise<CallbackReply>;
  /**
   * `handle` without the promise when the answer is ready at once (for the adapters, which write
   * it out directly): a reply, or a promise of one that never rejects. Never throws.
   */
  respond(request: CallbackRequest): MaybePromise<CallbackReply>;
  readonly delivery: Delivery;
}

export interface CoreState {
  readonly options: ResolvedOptions;
  readonly confirmations: GroupValues;
  readonly secrets: GroupValues;
}

type Envelope = Readonly<Record<string, unknown>> & { readonly type: string };

export function createCore(state: CoreState): Core {
  const { options, confirmations, secrets } = state;
  const report = (error: unknown): void => {
    try {
      options.onError(error);
    } catch {
      // A throwing onError must not turn an answered request into a crash.
    }
  };
  const delivery = createDelivery({ router: options.router, store: options.store, ack: options.ack, timeoutMs: options.timeoutMs, report });
  let parser: LazyEventParser | undefined;
  let loadingParser: Promise<LazyEventParser> | undefined;

  const internalError = (error: unknown): CallbackReply => {
    // Every request gets an answer; 500 makes VK redeliver once whatever broke is fixed.
    report(new CallbackInternalError(error));
    return replies.internalError;
  };

  // The steps below allocate no closures on the synchronous path: they run on every request.

  function lookupFailed(option: 'confirmation' | 'secret', groupId: number, error: unknown): CallbackReply {
    report(new CallbackLookupError(option, groupId, error));
    return replies.lookupFailed;
  }

  function foundOrRefused(value: string | undefined, option: 'confirmation' | 'secret', groupId: number): string | CallbackReply {
    return typeof value === 'string' && value !== '' ? value : replies.groupNotServed(groupId, option);
  }

  /** A configured value, or the reply refusing the request; a throwing lookup is a 500. */
  function lookup(values: GroupValues, option: 'confirmation' | 'secret', groupId: number): MaybePromise<string | CallbackReply> {
    let value: Lookup;
    try {
      value = values.get(groupId);
    } catch (error) {
      return lookupFailed(option, groupId, error);
    }
    if (!isPromiseLike(value)) return foundOrRefused(value, option, groupId);
    return Promise.resolve(value).then(
      (resolved) => foundOrRefused(resolved, option, groupId),
      (error: unknown) => lookupFailed(option, groupId, error),
    );
  }

  function compareSecret(expected: string | CallbackReply, given: unknown): CallbackReply | undefined {
    if (typeof expected !== 'string') return expected;
    if (typeof given !== 'string' || given === '') return replies.secretMissing;
    return secretsEqual(given, expected) ? undefined : replies.secretWrong;
  }

  /** Undefined when the secret checks out (or checking is off for this community). */
  function checkSecret(groupId: number, given: unknown): MaybePromise<CallbackReply | undefined> {
    if (options.secret === false && secrets.get(groupId) === undefined) return undefined;
    const expected = lookup(secrets, 'secret', groupId);
    if (isPromiseLike(expected)) return Promise.resolve(expected).then((resolved) => compareSecret(resolved, given));
    return compareSecret(expected, given);
  }

  function process(request: CallbackRequest): MaybePromise<CallbackReply> {
    if (request.method !== undefined && request.method !== 'POST' && request.method.toUpperCase() !== 'POST') return replies.methodNotAllowed;
    const input = decodeBody(request.body, options.bodyLimit);
    if (input instanceof Refused) return input.reply;
    if (!isEnvelope(input)) return replies.notEnvelope(describeNonEnvelope(input));
    const groupId = input.group_id;
    if (typeof groupId !== 'number' || !Number.isSafeInteger(groupId) || groupId <= 0) return replies.badGroupId;
    const refused = checkSecret(groupId, input.secret);
    if (isPromiseLike(refused)) return Promise.resolve(refused).then((reply) => reply ?? afterSecret(request, input, groupId));
    return refused ?? afterSecret(request, input, groupId);
  }

  function withCode(code: string | CallbackReply, request: CallbackRequest, input: Envelope, groupId: number): MaybePromise<CallbackReply> {
    if (typeof code !== 'string') return code;
    if (input.type === 'confirmation') return replies.confirmation(code);
    return dispatchEvent(request, input, groupId);
  }

  function afterSecret(request: CallbackRequest, input: Envelope, groupId: number): MaybePromise<CallbackReply> {
    const code = lookup(confirmations, 'confirmation', groupId);
    if (isPromiseLike(code)) return Promise.resolve(code).then((resolved) => withCode(resolved, request, input, groupId));
    return withCode(code, request, input, groupId);
  }

  function dispatchEvent(request: CallbackRequest, input: Envelope, groupId: number): MaybePromise<CallbackReply> {
    const parse = parser;
    if (parse === undefined) {
      // The first event loads the guards once (not zod); later ones are checked synchronously.
      loadingParser ??= createLazyEventParser(options.parse).catch((error: unknown) => {
        // Forget the failure so that a later event tries again (e.g. after a transient FS error).
        loadingParser = undefined;
        throw error;
      });
      return loadingParser.then((loaded) => {
        parser = loaded;
        return dispatchEvent(request, input, groupId);
      });
    }
    // From here on the event travels without its secret: handlers, errors and logs never see it.
    let parsed: AnyEvent | Promise<AnyEvent>;
    try {
      parsed = parse(withoutSecret(input, request.body));
    } catch (error) {
      return rejected(error);
    }
    // A promise only when a guard rejected the event and zod is loading to decide and word it.
    if (parsed instanceof Promise) return parsed.then((event) => deliverEvent(event, request, groupId), rejected);
    return deliverEvent(parsed, request, groupId);
  }

  /** Strict mode's verdict on an invalid event: 400 with the paths; anything else is internal. */
  function rejected(error: unknown): CallbackReply {
    if (!(error instanceof EventValidationError)) throw error;
    report(error);
    return replies.invalidEvent(error.eventType, error.paths);
  }

  function deliverEvent(event: AnyEvent, request: CallbackRequest, groupId: number): MaybePromise<CallbackReply> {
    const context = createEventContext(event, { transport: 'callback', retry: retryCounter(request.headers), groupId });
    return delivery.deliver(event, context);
  }

  function respond(request: CallbackRequest): MaybePromise<CallbackReply> {
    try {
      const reply = process(request);
      return isPromiseLike(reply) ? Promise.resolve(reply).catch(internalError) : reply;
    } catch (error) {
      return internalError(error);
    }
  }

  return {
    delivery,
    respond,
    handle(request) {
      return Promise.resolve(respond(request));
    },
  };
}

/**
 * The envelope without its `secret`. An object this request's body was just decoded into is ours,
 * so the key is deleted in place (cheap: VK sends `secret` last, and deleting an object's last
 * property keeps it fast); one a body parser produced belongs to the app (`req.body`) and is
 * copied instead.
 */
function withoutSecret(input: Envelope, body: unknown): Envelope {
  if (!('secret' in input)) return input;
  if (input !== body) {
    delete (input as Record<string, unknown>).secret;
    return input;
  }
  const { secret: _secret, ...rest } = input;
  return rest as Envelope;
}

function isEnvelope(value: unknown): value is Envelope {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'type' in value && typeof value.type === 'string';
}

function describeNonEnvelope(value: unknown): string {
  if (value === null) return 'got null';
  if (Array.isArray(value)) return 'got an array';
  if (typeof value !== 'object') return `got a ${typeof value}`;
  if (!('type' in value)) return 'no "type"';
  return '"type" is not a string';
}
