// What a Long Poll loop reports. None of these carries the session key or the token: messages
// name the server by origin and path only, and params are never copied in.

import { VktsError } from '@vkts/types';

/** Base of this package's errors: a {@link VktsError} whose `code` is `'longpoll.<what>'`. */
export class LongPollError extends VktsError {
  override readonly name: string = 'LongPollError';
  declare readonly code: `longpoll.${string}`;

  constructor(code: `longpoll.${string}`, message: string, options?: { cause?: unknown }) {
    super(code, message, options);
  }
}

/** Which Long Poll an error comes from. */
export type LongPollKind = 'bots' | 'user';

/** Why one `a_check` request brought no usable answer. */
export type LongPollFaultReason =
  /** The connection failed or broke (refused, reset, DNS, TLS…). */
  | 'network'
  /** No answer within the request timeout (`wait` plus a margin). */
  | 'timeout'
  /** An HTTP status other than 200. */
  | 'http'
  /** A 200 whose body is not JSON, or JSON that is neither `{ ts, updates }` nor a known `{ failed }`. */
  | 'bad-reply'
  /** Getting a server (groups/messages.getLongPollServer) failed in a way worth retrying. */
  | 'server';

/**
 * One failed attempt of the loop; the loop keeps its `ts` and tries again after `retryInMs`.
 * Reported to `onError` so that outages are visible, never thrown.
 */
export class LongPollFaultError extends LongPollError {
  override readonly name = 'LongPollFaultError';
  readonly kind: LongPollKind;
  readonly reason: LongPollFaultReason;
  /** HTTP status for `http` (and `bad-reply`) faults. */
  readonly status: number | undefined;
  /** 1 for the first consecutive fault; a successful check resets it. */
  readonly attempt: number;
  /** The backoff before the next attempt. */
  readonly retryInMs: number;

  constructor(init: {
    kind: LongPollKind;
    reason: LongPollFaultReason;
    message: string;
    status?: number | undefined;
    attempt: number;
    retryInMs: number;
    cause?: unknown;
  }) {
    super('longpoll.fault', `${label(init.kind)}: ${init.message} (attempt ${init.attempt}, retrying in ${init.retryInMs} ms)`, { cause: init.cause });
    this.kind = init.kind;
    this.reason = init.reason;
    this.status = init.status;
    this.attempt = init.attempt;
    this.retryInMs = init.retryInMs;
  }
}

/** A fault that cannot go away by retrying: `start()` rejects and the iterator throws with it. */
export class LongPollFatalError extends LongPollError {
  override readonly name: string = 'LongPollFatalError';
  readonly kind: LongPollKind;

  constructor(kind: LongPollKind, message: string, options?: { cause?: unknown; code?: `longpoll.${string}` }) {
    super(options?.code ?? 'longpoll.fatal', `${label(kind)}: ${message}`, options);
    this.kind = kind;
  }
}

/** User Long Poll answered `failed: 4` (the `version` param is not accepted). */
export class LongPollVersionError extends LongPollFatalError {
  override readonly name = 'LongPollVersionError';
  readonly version: number;
  readonly minVersion: number | undefined;
  readonly maxVersion: number | undefined;

  constructor(version: number, minVersion: number | undefined, maxVersion: number | undefined) {
    const range = minVersion === undefined || maxVersion === undefined ? '' : ` (the server accepts ${minVersion}–${maxVersion})`;
    super('user', `VK rejected Long Poll version ${version} with failed: 4${range}; this client decodes version 3 only`, { code: 'longpoll.version' });
    this.version = version;
    this.minVersion = minVersion;
    this.maxVersion = maxVersion;
  }
}

/** Something the loop's own hooks (`onTs`, `onGap`) threw; the loop goes on. */
export class LongPollHookError extends LongPollError {
  override readonly name = 'LongPollHookError';
  readonly hook: 'onTs' | 'onGap';

  constructor(hook: 'onTs' | 'onGap', cause: unknown) {
    super('longpoll.hook', `the ${hook} hook failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.hook = hook;
  }
}

/** Events were lost (VK's `failed: 3`, or a `failed: 1` that moved ts forward) and no `onGap` hook is set. */
export class LongPollGapError extends LongPollError {
  override readonly name = 'LongPollGapError';
  readonly kind: LongPollKind;
  readonly reason: 'failed-1' | 'failed-3';
  readonly fromTs: string;
  readonly toTs: string;

  constructor(kind: LongPollKind, gap: { reason: 'failed-1' | 'failed-3'; fromTs: string; toTs: string }) {
    super('longpoll.gap', `${label(kind)}: VK answered ${gap.reason.replace('-', ': ')}; events from ts ${gap.fromTs} up to ${gap.toTs} are lost (set onGap to handle this)`);
    this.kind = kind;
    this.reason = gap.reason;
    this.fromTs = gap.fromTs;
    this.toTs = gap.toTs;
  }
}

function label(kind: LongPollKind): string {
  return kind === 'bots' ? 'Bots Long Poll' : 'User Long Poll';
}

/** `https://host/path` of a server URL: never its query, which holds the key. */
export function describeServer(server: URL): string {
  return `${server.origin}${server.pathname}`;
}
