// Automatic batching: calls queue up and leave as `execute` requests of up to `maxCalls`.
// A batch takes its rate-limit slot *before* it takes its calls, so while the limiter holds
// requests back every new call joins the waiting batch: under load, batches fill themselves.
import { createDeadlineTimer } from '@vkts/internals';
import { abortedError, startAttempt, type Attempt } from './attempt.js';
import { BadResponseError } from './errors.js';
import { buildExecuteCode } from './execute-script.js';
import { formEncode } from './form-body.js';
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
  /**
   * `submit` with the caller's own settle functions, for a caller that already holds a promise
   * of its own: exactly one of `resolve`/`reject` is called, once.
   */
  enqueue(method: string, params: WireParams, attempt: Attempt, resolve: (value: unknown) => void, reject: (error: unknown) => void): void;
}

interface QueuedCall {
  readonly method: string;
  readonly params: WireParams;
  readonly attempt: Attempt;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
  /** Set only when the caller passed a signal: listens on that signal directly. */
  onAbort: (() => void) | undefined;
  /** True from submit until the batch (or sendOne) takes the call out of the queue. */
  queued: boolean;
  settled: boolean;
}

export function createBatcher(config: BatcherConfig): Batcher {
  const { transport, sendCall, limiter, token, maxCalls, windowMs, requestTimeoutMs } = config;
  const queue: QueuedCall[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let draining = false;

  // Per-call deadlines: every unsettled call is either in `queue` or in a batch of `inFlight`, and
  // one sweep timer, set for the earliest deadline, times them out (queued or already sent),
  // instead of a timer per call. `unsettled` counts them, so the timer goes when they do.
  const inFlight = new Set<readonly QueuedCall[]>();
  let unsettled = 0;

  const sweep = (now: number): number => {
    let next = Infinity;
    let leftQueue = false;
    const visit = (call: QueuedCall): void => {
      if (call.settled) return;
      const { deadline } = call.attempt;
      if (deadline <= now + 1) {
        if (call.queued) leftQueue = true;
        call.attempt.expire();
        fail(call, call.attempt.timeoutError());
      } else if (deadline < next) {
        next = deadline;
      }
    };
    for (const call of queue) visit(call);
    for (const calls of inFlight) for (const call of calls) visit(call);
    if (leftQueue) {
      let kept = 0;
      for (const call of queue) if (!call.settled) queue[kept++] = call;
      queue.length = kept;
    }
    return unsettled > 0 ? next : Infinity;
  };
  const sweepTimer = createDeadlineTimer(sweep);

  /** Marks `call` settled; false if it already was (its caller aborted or its deadline passed). */
  const finish = (call: QueuedCall): boolean => {
    if (call.settled) return false;
    call.settled = true;
    call.queued = false;
    unsettled -= 1;
    // Nothing left to time out: no timer keeps the process alive. It stays set, unref'd, for the
    // next call (cheaper than a new timer per wave of calls); firing idle, it finds nothing.
    if (unsettled === 0) sweepTimer.idle();
    if (call.onAbort) call.attempt.callerSignal?.removeEventListener('abort', call.onAbort);
    return true;
  };

  // A call that is already settled drops its late result.
  const fulfil = (call: QueuedCall, value: unknown): void => {
    if (finish(call)) call.resolve(value);
  };
  const fail = (call: QueuedCall, error: unknown): void => {
    if (finish(call)) call.reject(error);
  };

  const sendOne = async (calls: readonly QueuedCall[], call: QueuedCall): Promise<void> => {
    // A batch of one goes out as the plain method: cheaper, and VK's error comes back whole
    // (a captcha's sid, for one, never appears in execute_errors).
    inFlight.add(calls);
    try {
      fulfil(call, await sendCall(call.method, call.params, call.attempt));
    } catch (error) {
      fail(call, error);
    } finally {
      inFlight.delete(calls);
      // The request armed the attempt's timer; the caller may not be the one to dispose it.
      call.attempt.dispose();
    }
  };

  const sendBatch = async (calls: readonly QueuedCall[]): Promise<void> => {
    inFlight.add(calls);
    const attempt = startAttempt('execute', undefined, requestTimeoutMs);
    try {
      const { reply, status, contentType } = await transport.postForm('execute', `code=${formEncode(buildExecuteCode(calls))}`, attempt);
      if (!reply.ok) {
        // The execute itself failed (error 6, 10, 14, auth…): every call shares its fate.
        for (const call of calls) fail(call, toApiError(reply.error, call.method, call.params, token, true));
        return;
      }
      const mismatch = (call: QueuedCall, problem: string): BadResponseError =>
        new BadResponseError({ method: call.method, status, contentType, bodySnippet: '', problem });
      const results: unknown = reply.response;
      if (!Array.isArray(results)) {
        for (const call of calls) fail(call, mismatch(call, 'a batched execute answered with something other than an array'));
        return;
      }
      // `false` marks a failed call; its error is the next unused entry of execute_errors.
      const errors = reply.executeErrors;
      let nextError = 0;
      for (let index = 0; index < calls.length; index += 1) {
        const call = calls[index] as QueuedCall;
        if (index >= results.length) {
          fail(call, mismatch(call, `a batched execute returned ${results.length} results for ${calls.length} calls`));
        } else if (results[index] === false) {
          const error = errors[nextError];
          nextError += 1;
          fail(
            call,
            error
              ? toApiError(error, call.method, call.params, token, true)
              : mismatch(call, 'a batched execute returned false for this call but no execute_errors entry was left for it'),
          );
        } else {
          fulfil(call, results[index]);
        }
      }
    } catch (error) {
      for (const call of calls) fail(call, error);
    } finally {
      attempt.dispose();
      inFlight.delete(calls);
    }
  };

  const drain = async (): Promise<void> => {
    draining = true;
    try {
      while (queue.length > 0) {
        await limiter.acquire();
        const calls = queue.splice(0, maxCalls);
        for (const call of calls) call.queued = false;
        const [only] = calls;
        if (calls.length === 1 && only) void sendOne(calls, only);
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

  const enqueue: Batcher['enqueue'] = (method, params, attempt, resolve, reject) => {
    const { callerSignal } = attempt;
    if (callerSignal?.aborted) {
      reject(abortedError(method, callerSignal));
      return;
    }
    const call: QueuedCall = { method, params, attempt, resolve, reject, onAbort: undefined, queued: true, settled: false };
    if (callerSignal) {
      call.onAbort = () => {
        if (call.queued) {
          const index = queue.indexOf(call);
          if (index >= 0) queue.splice(index, 1);
        }
        fail(call, abortedError(method, callerSignal));
      };
      callerSignal.addEventListener('abort', call.onAbort, { once: true });
    }
    if (unsettled === 0) sweepTimer.busy();
    unsettled += 1;
    sweepTimer.arm(attempt.deadline);
    queue.push(call);
    schedule();
  };

  return {
    enqueue,
    submit: (method, params, attempt) => new Promise((resolve, reject) => enqueue(method, params, attempt, resolve, reject)),
  };
}
