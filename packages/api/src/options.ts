// Client options, their defaults, and the checks that turn a bad option into a clear error at
// createApi() time instead of a confusing failure on the first call.
import { checkNonNegativeNumber, checkPositiveNumber, resolveCompression } from '@vkts/internals';
import { vkApiVersion, type ApiErrorCode, type HttpDispatcher } from '@vkts/types';
import type { ApiError, BadResponseError, CaptchaChallenge, TransportError } from './errors.js';

/** A coding the client can ask VK for (`Accept-Encoding`). */
export type ContentCoding = 'gzip' | 'zstd';

/** Which kind of token the client holds; it picks the default rate limit. */
export type ClientTokenType = 'user' | 'group' | 'service';

export interface RetryOptions {
  /** Retries after the first attempt. @default 3 */
  readonly retries?: number;
  /** Backoff before retry n is a random delay in [c/2, c] with c = min(maxDelayMs, baseDelayMs · 2ⁿ) ("equal jitter": never zero). @default 300 */
  readonly baseDelayMs?: number;
  /** @default 5000 */
  readonly maxDelayMs?: number;
  /** No retry starts once this much time has passed since the call began. @default 30000 */
  readonly maxElapsedMs?: number;
  /**
   * VK error codes worth retrying. 6 (too many requests per second) and 10 (internal server
   * error) pass on their own; 9 (flood control) does not, it lasts far longer than a backoff.
   * @default [6, 10]
   */
  readonly apiErrorCodes?: readonly ApiErrorCode[];
  /** Called before each retry, e.g. to count or log them. */
  readonly onRetry?: (event: RetryEvent) => void;
}

export interface RetryEvent {
  readonly method: string;
  /** 1 for the first retry. */
  readonly retry: number;
  readonly delayMs: number;
  /** What the failed attempt rejected with. */
  readonly error: ApiError | TransportError | BadResponseError;
}

export interface BatchOptions {
  /** Calls per `execute` request; VK allows at most 25. @default 25 */
  readonly maxCalls?: number;
  /**
   * How long the first queued call waits for others before its request is sent. While the rate
   * limiter holds requests back, calls keep joining the waiting batch anyway. @default 0
   */
  readonly windowMs?: number;
}

export interface CaptchaRequest extends CaptchaChallenge {
  /** The method that asked for the captcha. */
  readonly method: string;
  /** The call's own signal, if it had one. */
  readonly signal: AbortSignal | undefined;
}

export interface ApiOptions {
  /** The access token. It goes only into the `Authorization` header, never into errors or logs. */
  readonly token: string;
  /**
   * Which kind of token `token` is. It only picks the default rate limit: 20 requests/s for
   * `group`, 3/s for `user` and `service`. VK's token does not say what it is without a
   * request, so the default is the conservative `user`; set `group` for community tokens.
   * @default 'user'
   */
  readonly tokenType?: ClientTokenType;
  /** @default vkApiVersion of @vkts/types ('5.199', the schema the types follow) */
  readonly apiVersion?: string;
  /** @default 'https://api.vk.com' */
  readonly baseUrl?: string;
  /** VK's `lang` param (`ru`, `en`, …), sent with every request when set. */
  readonly lang?: string;
  /** Limit for one attempt of a call (a retry gets a fresh one), in ms. @default 30000 */
  readonly timeoutMs?: number;
  /** An undici dispatcher (Agent, ProxyAgent, Pool…) for every request. The client never closes it. */
  readonly dispatcher?: HttpDispatcher;
  /**
   * Ask VK for compressed answers (`Accept-Encoding`) and decompress them: `true` picks zstd where
   * the runtime's zlib has it (Node >= 22.15) and gzip otherwise; `'gzip'` or `'zstd'` names one;
   * `false` asks for none (a loopback fake, where bytes cost less than the CPU to pack them).
   * @default true
   */
  readonly compression?: boolean | ContentCoding;
  /** Requests per second for this token, or `false` to not limit. @default by `tokenType` */
  readonly rateLimit?: false | { readonly perSecond: number };
  /** Merge calls made close together into `execute` requests. @default false */
  readonly batch?: boolean | BatchOptions;
  /** Retry errors 6 and 10 and transport failures; `false` to never retry. @default {} (the defaults of RetryOptions) */
  readonly retry?: false | RetryOptions;
  /**
   * Check params and/or responses against the schema's zod validators. Validators are loaded
   * on first use, so `'off'` never loads zod. @default 'off'
   */
  readonly validate?: 'off' | 'params' | 'responses' | 'both';
  /** Solve a captcha (error 14): return the key, or throw to give up. Without it error 14 rejects the call. */
  readonly onCaptcha?: (request: CaptchaRequest) => string | Promise<string>;
}

/** Options of one call. */
export interface CallOptions {
  readonly signal?: AbortSignal;
  /** Replaces the client's `timeoutMs` for each attempt of this call. */
  readonly timeoutMs?: number;
  /** `false` sends this call on its own even when the client batches. */
  readonly batch?: boolean;
  /** `false` never retries this call. */
  readonly retry?: boolean;
}

/** Options of `paginate`. */
export interface PaginateOptions extends CallOptions {
  /** The `count` of each page request. VK caps it per method; the iterator advances by what it gets. @default 100 */
  readonly pageSize?: number;
}

export const DEFAULT_RATE_LIMIT: Readonly<Record<ClientTokenType, number>> = { user: 3, group: 20, service: 3 };
export const MAX_EXECUTE_CALLS = 25;

export interface ResolvedOptions {
  readonly token: string;
  readonly tokenType: ClientTokenType;
  readonly apiVersion: string;
  readonly baseUrl: string;
  readonly lang: string | undefined;
  readonly timeoutMs: number;
  readonly dispatcher: HttpDispatcher | undefined;
  readonly compression: ContentCoding | undefined;
  readonly perSecond: number | undefined;
  readonly batch: { readonly maxCalls: number; readonly windowMs: number } | undefined;
  readonly retry: Required<Omit<RetryOptions, 'onRetry'>> & Pick<RetryOptions, 'onRetry'>;
  readonly validateParams: boolean;
  readonly validateResponses: boolean;
  readonly onCaptcha: ApiOptions['onCaptcha'];
}

const NO_RETRY = { retries: 0, baseDelayMs: 0, maxDelayMs: 0, maxElapsedMs: 0, apiErrorCodes: [] } as const;

export function resolveOptions(options: ApiOptions): ResolvedOptions {
  // Option errors never quote the token: it is only checked for being a non-empty string.
  if (typeof options.token !== 'string' || options.token.length === 0) {
    throw new TypeError('createApi: `token` must be a non-empty string');
  }
  const tokenType = options.tokenType ?? 'user';
  if (!(tokenType in DEFAULT_RATE_LIMIT)) {
    throw new TypeError(`createApi: \`tokenType\` must be 'user', 'group' or 'service', got ${JSON.stringify(tokenType)}`);
  }
  const baseUrl = options.baseUrl ?? 'https://api.vk.com';
  if (!/^https?:\/\//.test(baseUrl)) throw new TypeError(`createApi: \`baseUrl\` must be an http(s) URL, got ${JSON.stringify(baseUrl)}`);

  const perSecond = options.rateLimit === false ? undefined : (options.rateLimit?.perSecond ?? DEFAULT_RATE_LIMIT[tokenType]);
  if (perSecond !== undefined) checkPositiveNumber('createApi', 'rateLimit.perSecond', perSecond);

  const batchOption = options.batch === true ? {} : options.batch || undefined;
  const batch = batchOption && {
    maxCalls: batchOption.maxCalls ?? MAX_EXECUTE_CALLS,
    windowMs: batchOption.windowMs ?? 0,
  };
  if (batch) {
    if (tokenType === 'service') {
      throw new TypeError("createApi: `batch` needs a user or group token: VK does not let service tokens call `execute`");
    }
    if (!Number.isInteger(batch.maxCalls) || batch.maxCalls < 1 || batch.maxCalls > MAX_EXECUTE_CALLS) {
      throw new RangeError(`createApi: \`batch.maxCalls\` must be an integer from 1 to ${MAX_EXECUTE_CALLS}, got ${batch.maxCalls}`);
    }
    checkNonNegativeNumber('createApi', 'batch.windowMs', batch.windowMs);
  }

  const retryOption = options.retry === false ? NO_RETRY : (options.retry ?? {});
  const retry = {
    retries: retryOption.retries ?? 3,
    baseDelayMs: retryOption.baseDelayMs ?? 300,
    maxDelayMs: retryOption.maxDelayMs ?? 5000,
    maxElapsedMs: retryOption.maxElapsedMs ?? 30_000,
    apiErrorCodes: retryOption.apiErrorCodes ?? [6, 10],
    onRetry: options.retry === false ? undefined : options.retry?.onRetry,
  };
  checkNonNegativeNumber('createApi', 'retry.retries', retry.retries);
  checkNonNegativeNumber('createApi', 'retry.baseDelayMs', retry.baseDelayMs);
  checkNonNegativeNumber('createApi', 'retry.maxDelayMs', retry.maxDelayMs);
  checkNonNegativeNumber('createApi', 'retry.maxElapsedMs', retry.maxElapsedMs);

  const timeoutMs = options.timeoutMs ?? 30_000;
  checkPositiveNumber('createApi', 'timeoutMs', timeoutMs);

  const validate = options.validate ?? 'off';
  if (!['off', 'params', 'responses', 'both'].includes(validate)) {
    throw new TypeError(`createApi: \`validate\` must be 'off', 'params', 'responses' or 'both', got ${JSON.stringify(validate)}`);
  }

  return {
    token: options.token,
    tokenType,
    apiVersion: options.apiVersion ?? vkApiVersion,
    baseUrl,
    lang: options.lang,
    timeoutMs,
    dispatcher: options.dispatcher,
    compression: resolveCompression('createApi', options.compression),
    perSecond,
    batch,
    retry,
    validateParams: validate === 'params' || validate === 'both',
    validateResponses: validate === 'responses' || validate === 'both',
    onCaptcha: options.onCaptcha,
  };
}

