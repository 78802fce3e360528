// Errors the receiver reports through `onError` (besides @vkts/events' EventDispatchError and
// EventValidationError) and the one `setup()` rejects with. None of them holds a secret, a token
// or a confirmation code: only group ids, event ids, types and statuses.
import { describeError } from '@vkts/internals';
import { VktsError } from '@vkts/types';

/** Base of this package's errors: a {@link VktsError} whose `code` is `'callback.<what>'`. */
export class CallbackError extends VktsError {
  override readonly name: string = 'CallbackError';
  declare readonly code: `callback.${string}`;

  constructor(code: `callback.${string}`, message: string, options?: { cause?: unknown }) {
    super(code, message, options);
  }
}

/**
 * Handlers were still running when the time budget (`timeoutMs`) ran out. The receiver answered
 * 503 so VK redelivers; the handling goes on, and its outcome decides what later deliveries get.
 */
export class CallbackTimeoutError extends CallbackError {
  override readonly name = 'CallbackTimeoutError';
  readonly groupId: number;
  readonly eventId: string | undefined;
  readonly eventType: string;
  readonly timeoutMs: number;

  constructor(details: { groupId: number; eventId: string | undefined; eventType: string; timeoutMs: number }) {
    super(
      'callback.timeout',
      `handlers of the "${details.eventType}" event ${details.eventId ?? '(no event_id)'} of community ${details.groupId} ` +
        `were still running after ${details.timeoutMs} ms; answered 503 so VK redelivers`,
    );
    this.groupId = details.groupId;
    this.eventId = details.eventId;
    this.eventType = details.eventType;
    this.timeoutMs = details.timeoutMs;
  }
}

/** A `confirmation` or `secret` lookup function threw or rejected; the request got a 500. */
export class CallbackLookupError extends CallbackError {
  override readonly name = 'CallbackLookupError';
  readonly option: 'confirmation' | 'secret';
  readonly groupId: number;

  constructor(option: 'confirmation' | 'secret', groupId: number, cause: unknown) {
    super('callback.lookup', `the \`${option}\` lookup for community ${groupId} failed: ${describeError(cause)}`, { cause });
    this.option = option;
    this.groupId = groupId;
  }
}

/** The dedupe store threw or rejected; the request got a 500 (or, after handling, was still answered). */
export class DedupeStoreError extends CallbackError {
  override readonly name = 'DedupeStoreError';
  readonly operation: 'claim' | 'complete' | 'release';
  readonly key: string;

  constructor(operation: 'claim' | 'complete' | 'release', key: string, cause: unknown) {
    super('callback.dedupe_store', `dedupe store ${operation}("${key}") failed: ${describeError(cause)}`, { cause });
    this.operation = operation;
    this.key = key;
  }
}

/** Something the receiver did not expect went wrong while answering a request (it answered 500). */
export class CallbackInternalError extends CallbackError {
  override readonly name = 'CallbackInternalError';

  constructor(cause: unknown) {
    super('callback.internal', `unexpected failure while answering a Callback API request: ${describeError(cause)}`, { cause });
  }
}

/** `setup()` could not bring the Callback server to the wanted state; `step` says where it stopped. */
export class CallbackSetupError extends CallbackError {
  override readonly name = 'CallbackSetupError';
  readonly groupId: number;
  readonly step: 'options' | 'list' | 'delete' | 'confirmation-code' | 'add' | 'edit' | 'settings' | 'confirm';

  constructor(groupId: number, step: CallbackSetupError['step'], message: string, options?: { cause?: unknown }) {
    super('callback.setup', `callback setup of community ${groupId}: ${message}`, options);
    this.groupId = groupId;
    this.step = step;
  }
}
