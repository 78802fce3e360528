// One call from start to finish: params check, random_id, then attempts (direct or batched)
// with retries, backoff and captcha solving, then the response check.
import { backoffDelay, sleep } from '@vkts/internals';
import type { ParamMeta } from '@vkts/types';
import { abortedError, startAttempt, type Attempt } from './attempt.js';
import { isRetryable } from './backoff.js';
import type { Batcher } from './batcher.js';
import { isApiError } from './errors.js';
import { isKnownMethod, methodMeta } from './known-methods.js';
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

/** What a call needs to know about its method, worked out once per method name. */
interface MethodFacts {
  readonly params: { readonly [param: string]: ParamMeta };
  readonly batchable: boolean;
}

const NO_PARAMS_META: { readonly [param: string]: ParamMeta } = {};
const NO_WIRE: WireParams = Object.freeze({});

// Only the schema's methods are remembered (a bounded set); other names are worked out per call.
const knownFacts = new Map<string, MethodFacts>();

/** The facts of `method`, or a TypeError if it is not a VK method name. */
function factsOf(method: unknown): MethodFacts {
  if (typeof method === 'string') {
    const known = knownFacts.get(method);
    if (known) return known;
  }
  if (typeof method !== 'string' || !METHOD_NAME.test(method)) {
    throw new TypeError(`Not a VK method name: ${JSON.stringify(method)}`);
  }
  const facts: MethodFacts = { params: methodMeta(method)?.params ?? NO_PARAMS_META, batchable: isBatchable(method) };
  if (isKnownMethod(method)) knownFacts.set(method, facts);
  return facts;
}

/** A call's fixed inputs, shared by all its attempts. */
interface CallPlan {
  readonly method: string;
  readonly wire: WireParams;
  readonly signal: AbortSignal | undefined;
  readonly timeoutMs: number;
  readonly mayBatch: boolean;
  readonly mayRetry: boolean;
  /** `performance.now()` when the call began: retries stop at `maxElapsedMs` from here. */
  readonly started: number;
}

/** An attempt that failed. */
interface Failure {
  readonly error: unknown;
}

export function createCallRunner({ options, limiter, sendCall, batcher }: CallRunnerConfig): RunCall {
  const { retry, onCaptcha, validateParams, validateResponses } = options;

  const direct = async (method: string, params: WireParams, attempt: Attempt): Promise<unknown> => {
    await limiter.acquire(attempt);
    return sendCall(method, params, attempt);
  };

  /**
   * Runs the call's attempts until one succeeds or a failure is final. With `failed`, the first
   * attempt was already made (the batched fast path below) and failed like that.
   */
  const run = async (plan: CallPlan, failed: Failure | undefined): Promise<unknown> => {
    const { method, wire, signal, timeoutMs, mayBatch, mayRetry, started } = plan;
    let retries = 0;
    let captchas = 0;
    let captchaParams: WireParams | undefined;
    // execute_errors carry no captcha sid: a call that hit a captcha inside execute goes direct.
    let forceDirect = false;
    let failure = failed;

    for (;;) {
      if (failure === undefined) {
        if (signal?.aborted) throw abortedError(method, signal);
        const batched = mayBatch && !forceDirect;
        const attempt = startAttempt(method, signal, timeoutMs);
        const sent = captchaParams ? { ...wire, ...captchaParams } : wire;
        try {
          const result = batched && batcher ? await batcher.submit(method, sent, attempt) : await direct(method, sent, attempt);
          if (validateResponses && method !== 'execute') await checkResponse(method, result);
          return result;
        } catch (error) {
          failure = { error };
        } finally {
          attempt.dispose();
        }
      }

      const { error } = failure;
      failure = undefined;
      if (isApiError(error, 14)) {
        // Only a captcha that came from inside `execute` lacks a usable sid. A call the batcher
        // sent alone went out as the plain method and got the whole challenge: it is handled
        // right here, as with batching off (never sent a second time without an answer).
        if (error.viaExecute) {
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
      const delayMs = backoffDelay(retries, { baseMs: retry.baseDelayMs, maxMs: retry.maxDelayMs });
      if (performance.now() - started + delayMs > retry.maxElapsedMs) throw error;
      retries += 1;
      retry.onRetry?.({ method, retry: retries, delayMs, error });
      if (!(await sleep(delayMs, signal))) throw abortedError(method, signal);
    }
  };

  const validatedRun = async (plan: CallPlan, input: Record<string, unknown>, facts: MethodFacts): Promise<unknown> => {
    await checkParams(plan.method, input);
    return run({ ...plan, wire: toWireParams(input, facts.params) }, undefined);
  };

  return (method, params, callOptions) => {
    let plan: CallPlan;
    let facts: MethodFacts;
    let input: Record<string, unknown> | undefined;
    try {
      facts = factsOf(method);
      if (params !== undefined && (typeof params !== 'object' || params === null || Array.isArray(params))) {
        const got = params === null ? 'null' : Array.isArray(params) ? 'an array' : typeof params;
        throw new TypeError(`${method}: params must be an object, got ${got}`);
      }
      const validating = validateParams && method !== 'execute';
      // A copy only when the client adds to the params or awaits before encoding them; the
      // caller's object is never changed.
      const needsRandomId = method === 'messages.send' && (params as { random_id?: unknown } | undefined)?.random_id === undefined;
      if (needsRandomId || validating) {
        input = { ...params };
        // Fixed before the first attempt, so every retry of the send carries the same id.
        if (needsRandomId) input.random_id = randomId();
      }
      const signal = callOptions?.signal;
      plan = {
        method,
        // Encoded after the params check when validating (see validatedRun).
        wire: validating ? NO_WIRE : toWireParams(input ?? params ?? NO_WIRE, facts.params),
        signal,
        timeoutMs: callOptions?.timeoutMs ?? options.timeoutMs,
        mayBatch: batcher !== undefined && callOptions?.batch !== false && facts.batchable,
        mayRetry: callOptions?.retry !== false,
        started: performance.now(),
      };
      if (validating) return validatedRun(plan, input ?? {}, facts);
    } catch (error) {
      return Promise.reject(error);
    }

    // The common batched call: its first attempt goes to the batcher with this promise's own
    // settle functions (no async frame, no second promise); only a failure enters `run`.
    if (plan.mayBatch && batcher && !validateResponses && !plan.signal?.aborted) {
      // The call began just now: its first attempt starts from the same clock reading.
      const attempt = startAttempt(plan.method, plan.signal, plan.timeoutMs, plan.started);
      return new Promise((resolve, reject) => {
        batcher.enqueue(plan.method, plan.wire, attempt, resolve, (error) => {
          run(plan, { error }).then(resolve, reject);
        });
      });
    }
    return run(plan, undefined);
  };
}
