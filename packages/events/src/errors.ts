import { VktsError, markAsVktsError, type CallbackEventType } from '@vkts/types';
import { describeError } from '@vkts/internals';
import type { AnyEvent } from './envelope.js';
import type { EventContext } from './context.js';

/** One failed check of a validator: where (`path` inside the event) and what. */
export interface EventIssue {
  /** Keys from the event root, e.g. `['object', 'message', 'text']`; empty for the root itself. */
  readonly path: readonly PropertyKey[];
  /** Validator message, e.g. `Invalid input: expected string, received number`. */
  readonly message: string;
  /** Validator issue code, e.g. `invalid_type`, `invalid_value`, `too_small`. */
  readonly code: string;
}

/** `['object', 'attachments', 0, 'type']` → `object.attachments[0].type`; `[]` → `(root)`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? String(key) : `.${String(key)}`;
  }
  return text === '' ? '(root)' : text;
}

/**
 * A known event failed its validator. Thrown (as a rejection) by `parseEvent` in `strict` mode and
 * handed to `onIssue` in `lenient` mode, so both modes report failures in the same shape.
 */
export class EventValidationError extends VktsError {
  override readonly name = 'EventValidationError';
  /** The event's `type`. */
  readonly eventType: CallbackEventType;
  /** Every failing check, not just the first. */
  readonly issues: readonly EventIssue[];
  /** The event as received. */
  readonly input: unknown;

  constructor(eventType: CallbackEventType, issues: readonly EventIssue[], input: unknown) {
    const details = issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`).join('; ');
    super('events.validation', `Invalid "${eventType}" event (${issues.length} issue${issues.length === 1 ? '' : 's'}): ${details}`);
    this.eventType = eventType;
    this.issues = issues;
    this.input = input;
  }

  /** The failing field paths, formatted (`object.message.text`), in validator order. */
  get paths(): string[] {
    return this.issues.map((issue) => formatPath(issue.path));
  }
}

/**
 * The input is not an event envelope at all: not an object, or no string `type`. A `TypeError`
 * that also counts as a `VktsError` (`code` `'events.invalid_envelope'`).
 */
export class InvalidEnvelopeError extends TypeError {
  override readonly name = 'InvalidEnvelopeError';
  readonly code = 'events.invalid_envelope';

  /** What was received. */
  readonly input: unknown;

  constructor(input: unknown, description: string) {
    super(`Not a VK community event: expected an object with a string "type", got ${description}`);
    this.input = input;
  }

  // The built-in base stays (code catching TypeError still works); it counts as a VktsError too.
  static {
    markAsVktsError(this);
  }
}

/**
 * An `AggregateError` that also counts as a `VktsError` (`code` `'events.dispatch'`).
 * `dispatch` rejects with this when errors reached no `onError` handler: handler errors while no
 * `onError` is registered, and errors thrown by `onError` handlers themselves.
 */
export class EventDispatchError extends AggregateError {
  override readonly name = 'EventDispatchError';
  readonly code = 'events.dispatch';

  readonly event: AnyEvent;
  readonly context: EventContext;

  constructor(errors: readonly unknown[], event: AnyEvent, context: EventContext) {
    super(
      errors,
      `${errors.length} error${errors.length === 1 ? '' : 's'} while handling a "${event.type}" event reached no onError handler` +
        ` (first: ${describeError(errors[0])})`,
    );
    this.event = event;
    this.context = context;
  }

  // The built-in base stays (code catching AggregateError still works); it counts as a VktsError too.
  static {
    markAsVktsError(this);
  }
}
