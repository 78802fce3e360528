// One attempt of a call: the caller's signal and the attempt's timeout merged into one
// AbortSignal, remembering which of the two fired so the error can say so.
import { TransportError } from './errors.js';

export interface Attempt {
  readonly method: string;
  /** Aborts when the caller's signal does or when `timeoutMs` runs out. */
  readonly signal: AbortSignal;
  /** The error for why `signal` aborted: `timeout` or `aborted`. */
  abortError(): TransportError;
  /** Clears the timer and the listener on the caller's signal. */
  dispose(): void;
}

export function startAttempt(method: string, callerSignal: AbortSignal | undefined, timeoutMs: number): Attempt {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onCallerAbort = (): void => controller.abort();
  if (callerSignal?.aborted) controller.abort();
  else callerSignal?.addEventListener('abort', onCallerAbort, { once: true });

  return {
    method,
    signal: controller.signal,
    abortError: () =>
      timedOut
        ? new TransportError('timeout', method, `no answer within ${timeoutMs} ms`)
        : abortedError(method, callerSignal),
    dispose: () => {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onCallerAbort);
    },
  };
}

/** The error for a call its caller aborted; the signal's reason becomes the cause. */
export function abortedError(method: string, signal: AbortSignal | undefined): TransportError {
  return new TransportError('aborted', method, 'aborted by the caller', { cause: signal?.reason });
}

/** Waits `ms`, or rejects with `onAbort()` as soon as `signal` aborts. */
export function sleep(ms: number, signal: AbortSignal | undefined, onAbort: () => unknown): Promise<void> {
  if (signal?.aborted) return Promise.reject(onAbort());
  return new Promise((resolve, reject) => {
    const abort = (): void => {
      clearTimeout(timer);
      reject(onAbort());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', abort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', abort, { once: true });
  });
}
