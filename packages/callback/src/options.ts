// createCallback() options, their defaults, and the checks that turn a bad option into a clear
// error at creation instead of a confusing answer to VK later.
import { checkPositiveInteger } from '@vkts/internals';
import { createRouter, type EventRouter, type EventValidationError, type ParseEventOptions, type ValidationMode } from '@vkts/events';
import { createMemoryDedupeStore, type DedupeStore } from './dedupe-store.js';
import type { AckMode } from './delivery.js';
import { checkPerGroupValue, type PerGroupValue } from './group-values.js';

export interface CallbackOptions {
  /**
   * The string to answer VK's `confirmation` request with (groups.getCallbackConfirmationCode):
   * one for every community, a map group id → string, or a lookup function. A community with no
   * value gets 403 for every request. Optional when `setup()` configures the communities: it
   * fetches the code and teaches it to this receiver.
   */
  readonly confirmation?: PerGroupValue;
  /**
   * The server's secret key, which VK sends in every event: one for every community, a map, or a
   * lookup function. Compared in constant time; a missing or wrong secret gets 403. A community
   * with no value gets 403. `false` turns the check off for communities `setup()` gave no secret
   * (only sensible behind another authentication). Optional when `setup()` sets the secret.
   */
  readonly secret?: PerGroupValue | false;
  /** Where events go. @default a new router (`callback.router`) */
  readonly router?: EventRouter;
  /**
   * How events are checked against the schema (@vkts/events' modes). `strict`: an invalid event
   * is answered 400 and reported, never dispatched. `lenient`: dispatched anyway, issues to
   * `onIssue`. `off`: no validation. @default 'strict'
   */
  readonly validate?: ValidationMode;
  /** Required with `validate: 'lenient'`: receives each invalid event's issues. */
  readonly onIssue?: (error: EventValidationError) => void;
  /**
   * Dispatch each `event_id` once: `true` for the in-memory store, `false` to dispatch every
   * delivery, or a `DedupeStore` (e.g. Redis-backed, shared by several instances). @default true
   */
  readonly dedupe?: boolean | DedupeStore;
  /** Largest body accepted, in bytes; larger ones get 413. @default 1048576 (1 MiB) */
  readonly bodyLimit?: number;
  /**
   * When VK gets its `ok`. `after-handlers` (the default) loses nothing: a failing handler answers
   * 500 and VK redelivers. `immediate` answers first and handles in the background: faster for VK,
   * but an event whose handler fails is gone. @default 'after-handlers'
   */
  readonly ack?: AckMode;
  /**
   * Time budget for the handlers of one delivery, in ms (`after-handlers` only). When it runs out
   * the request is answered 503, so VK's own timeout never hits first; the handlers keep running
   * and dedupe makes VK's redelivery wait for them instead of dispatching again. @default 4000
   */
  readonly timeoutMs?: number;
  /**
   * Receives what goes wrong while handling deliveries: handler errors (EventDispatchError), invalid
   * events in strict mode (EventValidationError), timeouts, lookup and store failures. Requests
   * that are simply refused (bad secret, bad JSON, …) are answered, not reported.
   * @default logs the error with console.error
   */
  readonly onError?: (error: unknown) => void;
}

export interface ResolvedOptions {
  readonly confirmation: PerGroupValue | undefined;
  readonly secret: PerGroupValue | false | undefined;
  readonly router: EventRouter;
  /** What the event parser gets: the mode, and `onIssue` for `lenient`. */
  readonly parse: ParseEventOptions;
  readonly store: DedupeStore | undefined;
  readonly bodyLimit: number;
  readonly ack: AckMode;
  readonly timeoutMs: number;
  readonly onError: (error: unknown) => void;
}

export const DEFAULT_BODY_LIMIT = 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 4000;

const modes: ReadonlySet<string> = new Set<ValidationMode>(['strict', 'lenient', 'off']);
const ackModes: ReadonlySet<string> = new Set<AckMode>(['after-handlers', 'immediate']);

export function resolveOptions(options: CallbackOptions = {}): ResolvedOptions {
  const validate = options.validate ?? 'strict';
  if (!modes.has(validate)) {
    throw new TypeError(`createCallback: \`validate\` must be 'strict', 'lenient' or 'off', got ${JSON.stringify(validate)}`);
  }
  const onIssue = options.onIssue;
  let parse: ParseEventOptions;
  if (validate !== 'lenient') {
    parse = { mode: validate };
  } else if (typeof onIssue === 'function') {
    parse = { mode: 'lenient', onIssue };
  } else {
    throw new TypeError("createCallback: `validate: 'lenient'` needs an `onIssue` function, or validation issues would be silently dropped");
  }
  const ack = options.ack ?? 'after-handlers';
  if (!ackModes.has(ack)) throw new TypeError(`createCallback: \`ack\` must be 'after-handlers' or 'immediate', got ${JSON.stringify(ack)}`);
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  checkPositiveInteger('createCallback', 'bodyLimit', bodyLimit);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  checkPositiveInteger('createCallback', 'timeoutMs', timeoutMs);
  const router = options.router ?? createRouter();
  if (typeof router.dispatch !== 'function') throw new TypeError('createCallback: `router` must be a router from createRouter() (@vkts/events)');
  const onError = options.onError ?? logError;
  if (typeof onError !== 'function') throw new TypeError('createCallback: `onError` must be a function');

  return {
    confirmation: checkPerGroupValue('confirmation', options.confirmation),
    secret: options.secret === false ? false : checkPerGroupValue('secret', options.secret),
    router,
    parse,
    store: resolveStore(options.dedupe),
    bodyLimit,
    ack,
    timeoutMs,
    onError,
  };
}

function resolveStore(dedupe: CallbackOptions['dedupe']): DedupeStore | undefined {
  if (dedupe === undefined || dedupe === true) return createMemoryDedupeStore();
  if (dedupe === false) return undefined;
  const loose: Partial<Record<keyof DedupeStore, unknown>> = dedupe;
  if (typeof loose.claim !== 'function' || typeof loose.complete !== 'function' || typeof loose.release !== 'function') {
    throw new TypeError('createCallback: `dedupe` must be a boolean or a store with claim, complete and release methods');
  }
  return dedupe;
}


/** The default `onError`: one line per problem (the errors hold no secrets), plus the cause chain. */
function logError(error: unknown): void {
  console.error('[@vkts/callback]', error);
}
