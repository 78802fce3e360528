// Automatic batching: calls queue up and leave as `execute` requests of up to `maxCalls`.
// A batch takes its rate-limit slot *before* it takes its calls, so while the limiter holds
// requests back every new call joins the waiting batch: under load, batches fill themselves.
import { startAttempt, type Attempt } from './attempt.js';
import { BadResponseError } from './errors.js';
import { buildExecuteCode } from './execute-script.js';
import type { Transport } from './http-transport.js';
import type { RateLimiter } from './rate-limiter.js';
import type { SendCall } from './send.js';
import { toApiError } from './vk-error.js';
import type { WireParams } from './wire-params.js';

export interface BatcherConfig {
  readonly transport: Transport;
  readonly sendCall: SendCall;
  readonly limiter: RateLimiter;
  readonly token: string;
  readonly maxCalls: number;
  readonly windowMs: number;
  /** Timeout of a batched request itself; each call's own timeout still limits its wait. */
  readonly requestTimeoutMs: number;
}

export interface Batcher {
  /** Resolves with the call's own result, or rejects with its own error. */
  submit(method: string, params: WireParams, attempt: Attempt): Promise<unknown>;
}

interface QueuedCall {
  readonly method: string;
  readonly params: WireParams;
  readonly attempt: Attempt;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
  readonly onAbort: () => void;
  settled: boolean;
}

type Outcome = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: unknown };

export function createBatcher(config: BatcherConfig): Batcher {
  const { transport, sendCall, limiter, token, maxCalls, windowMs, requestTimeoutMs } = config;
  const queue: QueuedCall[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let draining = false;

  const settle = (call: QueuedCall, outcome: Outcome): void => {
    // A call whose caller aborted is already settled; its late result is dropped.
    if (call.settled) return;
    call.settled = true;
    call.attempt.signal.removeEventListener('abort', call.onAbort);
    if (outcome.ok) call.resolve(outcome.value);
    else call.reject(outcome.error);
  };

  const sendOne = async (call: QueuedCall): Promise<void> => {
    // A batch of one goes out as the plain method: cheaper, and VK's error comes back whole
    // (a captcha's sid, for one, never appears in execute_errors).
    try {
      settle(call, { ok: true, value: await sendCall(call.method, call.params, call.attempt) });
    } catch (error) {
      settle(call, { ok: false, error });
    }
  };

  const sendBatch = async (calls: readonly QueuedCall[]): Promise<void> => {
    const attempt = startAttempt('execute', undefined, requestTimeoutMs);
    try {
      const { reply, status, contentType } = await transport.post('execute', { code: buildExecuteCode(calls) }, attempt);
      if (!reply.ok) {
        // The execute itself failed (error 6, 10, 14, auth…): every call shares its fate.
        for (const call of calls) settle(call, { ok: false, error: toApiError(reply.error, call.method, call.params, token, true) });
        return;
      }
      const mismatch = (call: QueuedCall, problem: string): BadResponseError =>
        new BadResponseError({ method: call.method, status, contentType, bodySnippet: '', problem });
      const results: unknown = reply.response;
      if (!Array.isArray(results)) {
        for (const call of calls) settle(call, { ok: false, error: mismatch(call, 'a batched execute answered with something other than an array') });
        return;
      }
      // `false` marks a failed call; its error is the next unused entry of execute_errors.
      const errors = [...reply.executeErrors];
      calls.forEach((call, index) => {
        if (index >= results.length) {
          settle(call, { ok: false, error: mismatch(call, `a batched execute returned ${results.length} results for ${calls.length} calls`) });
        } else if (results[index] === false) {
          const error = errors.shift();
          settle(call, {
            ok: false,
            error: error
              ? toApiError(error, call.method, call.params, token, true)
              : mismatch(call, 'a batched execute returned false for this call but no execute_errors entry was left for it'),
          });
        } else {
          settle(call, { ok: true, value: results[index] });
        }
      });
    } catch (error) {
      for (const call of calls) settle(call, { ok: false, error });
    } finally {
      attempt.dispose();
    }
  };

  const drain = async (): Promise<void> => {
    draining = true;
    try {
      while (queue.length > 0) {
        await limiter.acquire();
        const calls = queue.splice(0, maxCalls);
        const [only] = calls;
        if (calls.length === 1 && only) void sendOne(only);
        else if (calls.length > 1) void sendBatch(calls);
      }
    } finally {
      draining = false;
    }
  };

  const schedule = (): void => {
    if (draining) return; // the running drain picks the call up
    if (queue.length >= maxCalls) {
      clearTimeout(timer);
      timer = undefined;
      void drain();
    } else {
      timer ??= setTimeout(() => {
        timer = undefined;
        void drain();
      }, windowMs);
    }
  };

  return {
    submit(method, params, attempt) {
      return new Promise((resolve, reject) => {
        if (attempt.signal.aborted) {
          reject(attempt.abortError());
          return;
        }
        const call: QueuedCall = {
          method,
          params,
          attempt,
          resolve,
          reject,
          settled: false,
          onAbort: () => {
            const index = queue.indexOf(call);
            if (index >= 0) queue.splice(index, 1);
            settle(call, { ok: false, error: attempt.abortError() });
          },
        };
        attempt.signal.addEventListener('abort', call.onAbort, { once: true });
        queue.push(call);
        schedule();
      });
    },
  };
}
