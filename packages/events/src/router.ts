import { callbackEventTypes, type CallbackEventMap, type CallbackEventType, type UnknownEvent } from '@vkts/types';
import { isPromiseLike } from '@vkts/internals';
import type { EventContext } from './context.js';
import { isKnownEventType, readEnvelope, type AnyEvent } from './envelope.js';
import { EventDispatchError } from './errors.js';
import { closest } from './suggest.js';

/** An event handler; may be async. Its return value is awaited, otherwise ignored. */
export type EventHandler<E> = (event: E, context: EventContext) => unknown;

/** Receives what a handler threw or rejected with, with the event and context it was handling. */
export type ErrorHandler = (error: unknown, event: AnyEvent, context: EventContext) => unknown;

/** Removes the registration it was returned for; calling it again does nothing. */
export type Unsubscribe = () => void;

export interface DispatchResult {
  /** How many handlers (`on`, `onAny`, `onUnknown`) the event matched; 0 means nobody saw it. */
  readonly matched: number;
}

export interface EventRouter {
  /**
   * Handles events of one type, or any of several: the handler gets that type's event (the union
   * of them for an array). An unknown type is a type error and, from untyped code, a TypeError.
   * (`T` comes from `type` alone: inferring it from the handler too would make the compiler
   * compare the handler's event with the union of all 59 event types on every call.)
   */
  on<T extends keyof CallbackEventMap>(type: T | readonly T[], handler: NoInfer<EventHandler<CallbackEventMap[T]>>): Unsubscribe;
  /** Handles every event, known or not (narrow with `isKnownEvent`). */
  onAny(handler: EventHandler<AnyEvent>): Unsubscribe;
  /** Handles events whose `type` vkts does not know. */
  onUnknown(handler: EventHandler<UnknownEvent>): Unsubscribe;
  /**
   * Receives every error thrown or rejected by a handler. While at least one is registered, such
   * errors count as handled and `dispatch` resolves.
   */
  onError(handler: ErrorHandler): Unsubscribe;
  /**
   * Runs the matching handlers in registration order (`on`, `onAny` and `onUnknown` share one
   * order). Each is called synchronously after the previous one returns; async handlers then run
   * concurrently. One failing handler never stops the others.
   *
   * Resolves once every matching handler, and every `onError` call it caused, has settled.
   * Rejects with `EventDispatchError` (an `AggregateError`) listing the errors that reached no
   * `onError` handler: handler errors while none is registered, and errors thrown by `onError`
   * handlers. Rejects with `InvalidEnvelopeError` if `event` has no string `type`.
   */
  dispatch(event: AnyEvent, context: EventContext): Promise<DispatchResult>;
  /**
   * The known event types with at least one `on` handler, in `callbackEventTypes` order (for
   * switching exactly those events on in the Callback/Long Poll settings). `onAny` and `onUnknown`
   * do not add types: they see whatever is switched on.
   */
  handledTypes(): CallbackEventType[];
}

type Invoker = (event: AnyEvent, context: EventContext) => unknown;

interface Registration {
  readonly matches: (type: string) => boolean;
  readonly invoke: Invoker;
  /** Set for `on` registrations only. */
  readonly types?: readonly CallbackEventType[];
}

/** Cache key shared by all unknown types, so odd input cannot grow the cache without bound. */
const UNKNOWN = Symbol('unknown event type');

export function createRouter(): EventRouter {
  // Copy-on-write arrays: a dispatch keeps the lists it started with even if handlers
  // (un)subscribe while it runs.
  let registrations: readonly Registration[] = [];
  let errorHandlers: readonly ErrorHandler[] = [];
  const byType = new Map<string | symbol, readonly Registration[]>();

  function add(registration: Registration): Unsubscribe {
    registrations = [...registrations, registration];
    byType.clear();
    return once(() => {
      registrations = registrations.filter((r) => r !== registration);
      byType.clear();
    });
  }

  function handlersFor(type: string): readonly Registration[] {
    // Known types are cached under their own name: one lookup for them on every dispatch.
    const cached = byType.get(type);
    if (cached !== undefined) return cached;
    const key = isKnownEventType(type) ? type : UNKNOWN;
    let list = byType.get(key);
    if (list === undefined) {
      list = registrations.filter((r) => r.matches(type));
      byType.set(key, list);
    }
    return list;
  }

  /**
   * `dispatch` without a promise when nothing needs one: the result itself once every matching
   * handler returned synchronously and none failed (the common case, and the one transports
   * answer from in the same tick), else a promise settling as `dispatch`'s does. Never throws.
   */
  function dispatchNow(event: AnyEvent, context: EventContext): DispatchResult | Promise<DispatchResult> {
    try {
      readEnvelope(event); // typed callers always pass; untyped ones get a clear error
    } catch (error) {
      return Promise.reject(error);
    }
    const handlers = handlersFor(event.type);
    // The error handlers registered when the dispatch started, as for the handlers themselves.
    const onError = errorHandlers;
    // Made only when a handler fails or returns a promise: a dispatch of synchronous handlers
    // that all succeed allocates nothing but its result.
    let waiting: Waiting | undefined;
    for (const registration of handlers) {
      let result: unknown;
      try {
        result = registration.invoke(event, context);
      } catch (error) {
        (waiting ??= new Waiting(event, context, onError)).failed(error);
        continue;
      }
      if (isPromiseLike(result)) (waiting ??= new Waiting(event, context, onError)).wait(result);
    }
    return waiting === undefined ? { matched: handlers.length } : waiting.settle(handlers.length);
  }

  const router: EventRouter = {
    on<T extends keyof CallbackEventMap>(type: T | readonly T[], handler: EventHandler<CallbackEventMap[T]>): Unsubscribe {
      const types = checkTypes(type);
      checkHandler('on', handler);
      const set = new Set<T>(types);
      return add({
        types,
        matches: (t) => hasType(set, t),
        invoke: (event, context) => (isOneOf(event, set) ? handler(event, context) : undefined),
      });
    },

    onAny(handler: EventHandler<AnyEvent>): Unsubscribe {
      checkHandler('onAny', handler);
      return add({ matches: () => true, invoke: handler });
    },

    onUnknown(handler: EventHandler<UnknownEvent>): Unsubscribe {
      checkHandler('onUnknown', handler);
      return add({ matches: (t) => !isKnownEventType(t), invoke: handler });
    },

    onError(handler: ErrorHandler): Unsubscribe {
      checkHandler('onError', handler);
      errorHandlers = [...errorHandlers, handler];
      return once(() => {
        errorHandlers = errorHandlers.filter((h) => h !== handler);
      });
    },

    dispatch(event: AnyEvent, context: EventContext): Promise<DispatchResult> {
      const outcome = dispatchNow(event, context);
      return outcome instanceof Promise ? outcome : Promise.resolve(outcome);
    },

    handledTypes(): CallbackEventType[] {
      const handled = new Set<string>();
      for (const registration of registrations) {
        for (const type of registration.types ?? []) handled.add(type);
      }
      return callbackEventTypes.filter((type) => handled.has(type));
    },
  };
  // For transports (`dispatcherOf`): reached through a registered symbol, so it stays out of the
  // public `EventRouter` type, and a router from another copy of this package still offers it.
  Object.defineProperty(router, DISPATCH_NOW, { value: dispatchNow });
  return router;
}

/**
 * Key of a router's `dispatchNow` (see `createRouter`), registered so that a router made by
 * another copy of this package still offers it: `Symbol.for('@vkts/events:dispatchNow')`.
 */
const DISPATCH_NOW = Symbol.for('@vkts/events:dispatchNow');

/** A dispatch that answers synchronously when it can; see `dispatcherOf`. */
export type DispatchNow = (event: AnyEvent, context: EventContext) => DispatchResult | PromiseLike<DispatchResult>;

/**
 * For transports (@vkts/callback, @vkts/longpoll): the router's `dispatchNow` (the result itself
 * when every handler returned synchronously and none failed, else a promise; never throws), or
 * `dispatch` for a router that does not offer it (an app's own `EventRouter`).
 */
export function dispatcherOf(router: EventRouter): DispatchNow {
  const now: unknown = (router as unknown as Record<symbol, unknown>)[DISPATCH_NOW];
  if (typeof now === 'function') return now as DispatchNow;
  return (event, context) => router.dispatch(event, context);
}

/**
 * The part of a dispatch that has to wait: handlers that returned promises, and failures on their
 * way to the `onError` handlers (or to the `EventDispatchError`).
 */
class Waiting {
  /** Errors that reached no `onError` handler. */
  readonly #unhandled: unknown[] = [];
  /** Async handlers and reports still running; they never reject (failures go to `failed`). */
  readonly #pending: Promise<unknown>[] = [];
  readonly #event: AnyEvent;
  readonly #context: EventContext;
  readonly #onError: readonly ErrorHandler[];

  constructor(event: AnyEvent, context: EventContext, onError: readonly ErrorHandler[]) {
    this.#event = event;
    this.#context = context;
    this.#onError = onError;
  }

  /** A handler's result to wait for; a rejection is reported like a throw. */
  wait(result: PromiseLike<unknown>): void {
    this.#pending.push(Promise.resolve(result).then(undefined, (error: unknown) => this.#report(error)));
  }

  /** A handler threw. */
  failed(error: unknown): void {
    const reporting = this.#report(error);
    if (reporting !== undefined) this.#pending.push(reporting);
  }

  /** Settles once everything pending has; rejects with the errors no `onError` handler took. */
  settle(matched: number): Promise<DispatchResult> {
    const result = (): DispatchResult => {
      if (this.#unhandled.length > 0) throw new EventDispatchError(this.#unhandled, this.#event, this.#context);
      return { matched };
    };
    // `#pending` never rejects; `result` may throw, which `then` turns into the rejection.
    const pending = this.#pending;
    const [first] = pending;
    // One async handler (the usual case) needs no `Promise.all`.
    if (pending.length === 1 && first !== undefined) return first.then(result);
    if (pending.length > 1) return Promise.all(pending).then(result);
    try {
      return Promise.resolve(result());
    } catch (error) {
      return Promise.reject(error);
    }
  }

  /** Hands a handler's error to every `onError` handler; a promise when one of them is async. */
  #report(error: unknown): Promise<unknown> | undefined {
    if (this.#onError.length === 0) {
      this.#unhandled.push(error);
      return undefined;
    }
    const reporting: Promise<unknown>[] = [];
    for (const errorHandler of this.#onError) {
      let result: unknown;
      try {
        result = errorHandler(error, this.#event, this.#context);
      } catch (thrown) {
        this.#unhandled.push(thrown);
        continue;
      }
      if (isPromiseLike(result)) reporting.push(Promise.resolve(result).then(undefined, (rejected: unknown) => void this.#unhandled.push(rejected)));
    }
    return reporting.length === 0 ? undefined : Promise.all(reporting);
  }
}

function hasType(types: ReadonlySet<string>, type: string): boolean {
  return types.has(type);
}

/** Backs the handler's narrowed parameter type with a runtime check of `type`. */
function isOneOf<T extends CallbackEventType>(event: AnyEvent, types: ReadonlySet<T>): event is CallbackEventMap[T] {
  return hasType(types, event.type);
}

function once(fn: () => void): Unsubscribe {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    fn();
  };
}

function checkHandler(method: string, handler: unknown): void {
  if (typeof handler !== 'function') {
    throw new TypeError(`router.${method}: the handler must be a function, got ${handler === null ? 'null' : typeof handler}`);
  }
}

/** Runtime twin of the `on()` parameter type, for untyped callers: known types only, at least one. */
function checkTypes<T extends CallbackEventType>(type: T | readonly T[]): readonly T[] {
  const types: readonly T[] = isList(type) ? [...type] : [type];
  if (types.length === 0) throw new TypeError('router.on: the list of event types is empty');
  for (const t of types) {
    const value: unknown = t; // what untyped code may really pass
    if (typeof value !== 'string') {
      throw new TypeError(`router.on: an event type must be a string, got ${value === null ? 'null' : typeof value}`);
    }
    if (!isKnownEventType(value)) {
      const suggestion = closest(value, callbackEventTypes);
      throw new TypeError(
        `router.on: unknown event type "${value}"${suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`}. ` +
          'Known types are listed in callbackEventTypes from @vkts/types; use router.onUnknown() for events vkts does not know.',
      );
    }
  }
  return types;
}

function isList<T>(value: T | readonly T[]): value is readonly T[] {
  return Array.isArray(value);
}
