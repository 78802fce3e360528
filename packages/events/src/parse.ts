import type { CallbackEventType } from '@vkts/types';
import type { EventChecker } from './checker.js';
import { isKnownEventType, readEnvelope, type AnyEvent, type RoutableInput } from './envelope.js';
import { EventValidationError } from './errors.js';
import { loadedEventChecker, loadEventChecker, loadEventGuards } from './validators.js';

/**
 * - `strict`: a known event that fails its validator is rejected with `EventValidationError`.
 * - `lenient`: it is delivered as received and the `EventValidationError` goes to `onIssue`.
 * - `off`: no validation; only the routing shape (an object with a string `type`) is checked.
 */
export type ValidationMode = 'strict' | 'lenient' | 'off';

export interface ParseEventOptions {
  readonly mode: ValidationMode;
  /**
   * Required with `mode: 'lenient'` (called once per failing event, with every issue; what it
   * throws rejects `parseEvent`, or is thrown by an `EventParser`). Not called in other modes.
   */
  readonly onIssue?: (error: EventValidationError) => void;
}

/** A synchronous parser made by `createEventParser`: returns the event or throws (see parseEvent). */
export type EventParser = (input: unknown) => AnyEvent;

/**
 * A parser made by `createLazyEventParser`: the event itself whenever it can answer at once (the
 * guard accepts it, `mode: 'off'`, an unknown type, or zod is already loaded), a promise only
 * while zod loads to word the first rejection. Throws (or rejects with) what `parseEvent` rejects with.
 */
export type LazyEventParser = (input: unknown) => AnyEvent | Promise<AnyEvent>;

/** The checked options: what to do with a known event. */
type Policy =
  | { readonly mode: 'off' }
  | { readonly mode: 'strict' }
  | { readonly mode: 'lenient'; readonly onIssue: (error: EventValidationError) => void };

const modes: ReadonlySet<string> = new Set<ValidationMode>(['strict', 'lenient', 'off']);

/**
 * Turns a decoded JSON body or Long Poll update into an event for `dispatch`.
 *
 * Resolves to the event, or rejects:
 * - with `InvalidEnvelopeError` (a `TypeError`) when the input is not an event envelope at all,
 *   in every mode (e.g. a Long Poll `{failed}` reply);
 * - with `EventValidationError` in `strict` mode when a known event fails its validator;
 * - with a `TypeError` for invalid options.
 *
 * An event whose `type` vkts does not know resolves as received in every mode (typed
 * `UnknownEvent`; test with `isKnownEvent`): there is no validator to apply, and dropping it
 * would hide new VK events. Whatever the mode, the event is the input object itself, never a
 * copy.
 *
 * Returns a promise because the first validating call loads the validators (and zod) on demand.
 * For a stream of events, `createEventParser` checks the options and loads once, then parses
 * synchronously.
 */
export function parseEvent(input: unknown, options: ParseEventOptions): Promise<AnyEvent> {
  // Not an async function: once the validators are loaded there is nothing to wait for, and a
  // suspension per event is measurable at Long Poll rates (bench/events).
  try {
    const policy = checkOptions(options, 'parseEvent');
    const envelope = readEnvelope(input);
    const type = envelope.type;
    if (policy.mode === 'off' || !isKnownEventType(type)) return Promise.resolve(asReceived(envelope));
    const checker = loadedEventChecker();
    if (checker !== undefined) return Promise.resolve(validateKnown(envelope, type, checker, policy));
    return loadEventChecker().then((loaded) => validateKnown(envelope, type, loaded, policy));
  } catch (error) {
    // One channel for every failure: callers only need to handle the rejection.
    return Promise.reject(error);
  }
}

/**
 * Checks the options and loads the validators once (not at all for `mode: 'off'`), then returns a
 * synchronous parser with `parseEvent`'s results, throwing what `parseEvent` would reject with.
 * Meant for transports, which parse many events with the same options.
 */
export async function createEventParser(options: ParseEventOptions): Promise<EventParser> {
  const policy = checkOptions(options, 'createEventParser');
  if (policy.mode === 'off') return parseUnchecked;
  const checker = await loadEventChecker();
  return (input) => {
    const envelope = readEnvelope(input);
    const type = envelope.type;
    return isKnownEventType(type) ? validateKnown(envelope, type, checker, policy) : asReceived(envelope);
  };
}

/**
 * `createEventParser` for transports that can wait on a rare event: only the generated type
 * guards (~0.4 MB) load up front; zod and its validators (~32 MB of heap, which every major GC
 * then marks) load when a guard first rejects an event, to word the issues — that event's result
 * is then a promise. Valid traffic never loads zod. Results, errors and `onIssue` calls are
 * `createEventParser`'s, in the same order.
 */
export async function createLazyEventParser(options: ParseEventOptions): Promise<LazyEventParser> {
  const policy = checkOptions(options, 'createLazyEventParser');
  if (policy.mode === 'off') return parseUnchecked;
  const accepts = await loadEventGuards();
  return (input) => {
    const envelope = readEnvelope(input);
    if (!isKnownEventType(envelope.type) || accepts(envelope.type, envelope)) return asReceived(envelope);
    const type = envelope.type;
    const checker = loadedEventChecker();
    if (checker !== undefined) return validateKnown(envelope, type, checker, policy);
    return loadEventChecker().then((loaded) => validateKnown(envelope, type, loaded, policy));
  };
}

/** `mode: 'off'`: the routing shape only. */
const parseUnchecked: EventParser = (input) => asReceived(readEnvelope(input));

function validateKnown(
  envelope: RoutableInput,
  type: CallbackEventType,
  checker: EventChecker,
  policy: Exclude<Policy, { mode: 'off' }>,
): AnyEvent {
  const issues = checker.issuesOf(type, envelope);
  if (issues === undefined) return asReceived(envelope);
  const error = new EventValidationError(type, issues, envelope);
  if (policy.mode === 'strict') throw error;
  policy.onIssue(error);
  return asReceived(envelope);
}

/** Options may come from plain JS or config files, so check what the types promise. */
function checkOptions(options: ParseEventOptions, caller: string): Policy {
  const mode: unknown = options?.mode;
  if (typeof mode !== 'string' || !modes.has(mode)) {
    throw new TypeError(`${caller}: options.mode must be 'strict', 'lenient' or 'off', got ${JSON.stringify(mode)}`);
  }
  if (mode === 'off' || mode === 'strict') return { mode };
  const onIssue = options.onIssue;
  if (typeof onIssue !== 'function') {
    throw new TypeError(
      `${caller}: mode 'lenient' needs an onIssue function, or validation issues would be silently dropped ` +
        "(use mode 'off' to skip validation)",
    );
  }
  return { mode: 'lenient', onIssue };
}

/**
 * The one place input takes an event type without a validator's output to vouch for it: after
 * validation passed (strict and lenient; the validators have no transforms or defaults, so their
 * output would equal the input), and as the contract of `off` and of `lenient` failures (deliver
 * what VK sent, typed by its `type`) and of unknown types (no validator exists; `UnknownEvent`
 * promises little beyond a string `type`).
 */
function asReceived(envelope: RoutableInput): AnyEvent {
  return envelope as unknown as AnyEvent;
}
