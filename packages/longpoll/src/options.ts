// Options both Long Polls share, their defaults and their checks: a bad option is a clear
// TypeError/RangeError at creation, not a strange loop later.
import type { Api } from '@vkts/api';
import { checkPositiveInteger, checkPositiveNumber, resolveCompression } from '@vkts/internals';
import type { HttpDispatcher } from '@vkts/types';
import { resolveBackoff, type BackoffOptions } from './backoff.js';
import type { LongPollGap } from './poll-loop.js';
import { readTs } from './reply.js';

/** A coding a check can ask the Long Poll server for (`Accept-Encoding`). */
export type ContentCoding = 'gzip' | 'zstd';

export interface CommonLongPollOptions {
  /** The API client; Long Poll servers are requested through it. */
  readonly api: Api;
  /** Seconds VK may hold a check open when there are no events (VK allows up to 90). @default 25 */
  readonly wait?: number;
  /**
   * Handlers running at once. The next poll starts as soon as every event of the current batch
   * has a handler started, so at most `concurrency` handlers ever run. @default 1 (in order)
   */
  readonly concurrency?: number;
  /** Stops the Long Poll when aborted, like `stop()`. */
  readonly signal?: AbortSignal;
  /** Resume from this ts (what `onTs` last reported) instead of the server's current one. */
  readonly startTs?: string | number;
  /**
   * Called with a batch's ts once it and every earlier batch are handled, in order: store it and
   * pass it as `startTs` after a restart to lose nothing. Awaited before the next commit; what it
   * throws goes to `onError`.
   */
  readonly onTs?: (ts: string) => unknown;
  /** Events VK says are gone (`failed: 3`, or a `failed: 1` that moves ts forward). Without it they go to `onError`. */
  readonly onGap?: (gap: LongPollGap) => unknown;
  /**
   * Everything that goes wrong without stopping the loop: handler errors that no router `onError`
   * took, events rejected by `strict` validation, faults being retried (LongPollFaultError), hook
   * errors. @default logs with console.error
   */
  readonly onError?: (error: unknown) => unknown;
  /** Backoff between failed attempts. @default { baseMs: 500, maxMs: 30000 } */
  readonly backoff?: BackoffOptions;
  /** Limit for one check, in ms. @default wait · 1000 + 10000 */
  readonly timeoutMs?: number;
  /** An undici dispatcher for the checks (never closed by us); without one each run opens and closes its own Agent. */
  readonly dispatcher?: HttpDispatcher;
  /**
   * Ask the Long Poll server for compressed batches (`Accept-Encoding`) and decompress them:
   * `true` picks zstd where the runtime's zlib has it (Node >= 22.15) and gzip otherwise;
   * `'gzip'` or `'zstd'` names one; `false` asks for none (e.g. a server on loopback).
   * @default true
   */
  readonly compression?: boolean | ContentCoding;
}

export interface ResolvedCommon {
  readonly wait: number;
  readonly concurrency: number;
  readonly startTs: string | undefined;
  readonly timeoutMs: number;
  readonly backoff: Required<BackoffOptions>;
  readonly report: (error: unknown) => void;
  /** The coding asked for in `Accept-Encoding`; undefined asks for none. */
  readonly compression: ContentCoding | undefined;
}

const MAX_WAIT = 90;

export function resolveCommon(options: CommonLongPollOptions, caller: string): ResolvedCommon {
  if (typeof options !== 'object' || options === null) throw new TypeError(`${caller}: options are required`);
  if (typeof options.api !== 'object' || options.api === null || typeof options.api.call !== 'function') {
    throw new TypeError(`${caller}: \`api\` must be a client from createApi() (@vkts/api)`);
  }
  const wait = options.wait ?? 25;
  if (!Number.isInteger(wait) || wait < 0 || wait > MAX_WAIT) throw new RangeError(`${caller}: \`wait\` must be an integer number of seconds from 0 to ${MAX_WAIT}, got ${String(wait)}`);
  const concurrency = options.concurrency ?? 1;
  checkPositiveInteger(caller, 'concurrency', concurrency);
  const startTs = options.startTs === undefined ? undefined : readTs(options.startTs);
  if (options.startTs !== undefined && startTs === undefined) {
    throw new TypeError(`${caller}: \`startTs\` must be a non-negative integer or its decimal string, got ${JSON.stringify(options.startTs)}`);
  }
  const timeoutMs = options.timeoutMs ?? wait * 1000 + 10_000;
  checkPositiveNumber(caller, 'timeoutMs', timeoutMs);
  for (const hook of ['onTs', 'onGap', 'onError'] as const) {
    if (options[hook] !== undefined && typeof options[hook] !== 'function') throw new TypeError(`${caller}: \`${hook}\` must be a function`);
  }
  const onError = options.onError;
  const report = (error: unknown): void => {
    if (onError === undefined) {
      console.error(`[vkts ${caller}]`, error);
      return;
    }
    try {
      const result = onError(error);
      if (result instanceof Promise) result.catch((thrown: unknown) => console.error(`[vkts ${caller}] onError rejected:`, thrown));
    } catch (thrown) {
      // onError is the last place errors can go; never let it break the loop.
      console.error(`[vkts ${caller}] onError threw:`, thrown);
    }
  };
  const compression = resolveCompression(caller, options.compression);
  return { wait, concurrency, startTs, timeoutMs, backoff: resolveBackoff(options.backoff, caller), report, compression };
}
