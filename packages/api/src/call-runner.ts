// One call from start to finish: params check, random_id, then attempts (direct or batched)
// with retries, backoff and captcha solving, then the response check.
import { performance } from 'node:perf_hooks';
import { abortedError, sleep, startAttempt, type Attempt } from './attempt.js';
import { backoffDelay, isRetryable } from './backoff.js';
import type { Batcher } from './batcher.js';
import { isApiError } from './errors.js';
import { methodMeta } from './known-methods.js';
import { checkParams, checkResponse } from './lazy-validators.js';
import type { CallOptions, ResolvedOptions } from './options.js';
import { randomId } from './random-id.js';
import type { RateLimiter } from './rate-limiter.js';
import type { SendCall } from './send.js';
import { isBatchable } from './unbatchable.js';
import { toWireParams, type WireParams } from './wire-params.js';

/** How many captchas one call may ask `onCaptcha` to solve before it gives up. */
const MAX_CAPTCHAS_PER_CALL = 3;

const METHOD_NAME = /^[A-Za-z]+(\.[A-Za-z]+)?$/;

export type RunCall = (method: string, params: object | undefined, options: CallOptions | undefined) => Promise<unknown>;

export interface CallRunnerConfig {
  readonly options: ResolvedOptions;
  readonly limiter: RateLimiter;
  readonly sendCall: SendCall;
  readonly batcher: Batcher | undefined;
}

export function createCallRunner({ options, limiter, sendCall, batcher }: CallRunnerConfig): RunCall {
  const { retry, onCaptcha } = options;

  const direct = async (method: string, params: WireParams, attempt: Attempt): Promise<unknown> => {
    await limiter.acquire(attempt.signal, () => attempt.abortError());
    return sendCall(method, params, attempt);
  };

  return async (method, params, callOptions = {}) => {
    if (typeof method !== 'string' || !METHOD_NAME.test(method)) {
      throw new TypeError(`Not a VK method name: ${JSON.stringify(method)}`);
    }
    if (params !== undefined && (typeof params !== 'object' || params === null || Array.isArray(params))) {
      const got = params === null ? 'null' : Array.isArray(params) ? 'an array' : typeof params;
      throw new TypeError(`${method}: params must be an object, got ${got}`);
    }
    const { signal } = callOptions;
    const input: Record<string, unknown> = { ...params };
    // Fixed before the first attempt, so every retry of the send carries the same id.
    if (method === 'messages.send' && input.random_id === undefined) input.random_id = randomId();
    if (options.validateParams && method !== 'execute') await checkParams(method, input);

    const wire = toWireParams(input, methodMeta(method)?.params ?? {});
    const timeoutMs = callOptions.timeoutMs ?? options.timeoutMs;
    const mayBatch = batcher !== undefined && callOptions.batch !== false && isBatchable(method);
    const mayRetry = callOptions.retry !== false;
    const started = performance.now();
    let retries = 0;
    let captchas = 0;
    let captchaParams: WireParams = {};
    // execute_errors carry no captcha sid: a batched call that hit a captcha goes direct.
    let forceDirect = false;

    for (;;) {
      if (signal?.aborted) throw abortedError(method, signal);
      const batched = mayBatch && !forceDirect;
      const attempt = startAttempt(method, signal, timeoutMs);
      const sent = { ...wire, ...captchaParams };
      try {
        const result = batched && batcher ? await batcher.submit(method, sent, attempt) : await direct(method, sent, attempt);
        if (options.validateResponses && method !== 'execute') await checkResponse(method, result);
        return result;
      } catch (error) {
        if (isApiError(error, 14)) {
          if (batched) {
            forceDirect = true;
            continue;
          }
          if (!onCaptcha || !error.captcha || captchas >= MAX_CAPTCHAS_PER_CALL) throw error;
          captchas += 1;
          let key: string;
          try {
            key = await onCaptcha({ ...error.captcha, method, signal });
          } catch (reason) {
            // Giving up: the call fails with VK's captcha error, the solver's reason as its cause.
            throw error.withCause(reason);
          }
          captchaParams = { captcha_sid: error.captcha.sid, captcha_key: key };
          continue;
        }
        if (!mayRetry || retries >= retry.retries || !isRetryable(error, retry)) throw error;
        const delayMs = backoffDelay(retries, retry.baseDelayMs, retry.maxDelayMs);
        if (performance.now() - started + delayMs > retry.maxElapsedMs) throw error;
        retries += 1;
        retry.onRetry?.({ method, retry: retries, delayMs, error });
        await sleep(delayMs, signal, () => abortedError(method, signal));
      } finally {
        attempt.dispose();
      }
    }
  };
}
