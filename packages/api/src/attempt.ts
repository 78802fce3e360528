// One attempt of a call: its deadline (`timeoutMs` from its start) and the caller's signal.
// The AbortSignal that merges the two is made only when something asks for it (an HTTP request
// or a rate-limit wait): a batched call never does, so it costs no controller, timer or listener;
// the batcher enforces its deadline and listens on the caller's signal itself.
import { performance } from 'node:perf_hooks';
import { TransportError } from './errors.js';

export interface Attempt {
  readonly method: string;
  /** The caller's own signal, if it passed one. */
  readonly callerSignal: AbortSignal | undefined;
  readonly timeoutMs: number;
  /** `performance.now()` at which the attempt times out. */
  readonly deadline: number;
  /** Aborts when the caller's signal does or when the deadline passes; made on first use. */
  readonly signal: AbortSignal;
  /** The error for why `signal` aborted: `timeout` or `aborted`. */
  abortError(): TransportError;
  /** The attempt's `timeout` error. */
  timeoutError(): TransportError;
  /** Marks the attempt timed out (its deadline passed) and aborts its signal if one was made. */
  expire(): void;
  /** Clears the timer and the listener on the caller's signal, if the signal was made. */
  dispose(): void;
}

class CallAttempt implements Attempt {
  readonly method: string;
  readonly callerSignal: AbortSignal | undefined;
  readonly timeoutMs: number;
  readonly deadline: number;
  private controller: AbortController | undefined = undefined;
  private timer: ReturnType<typeof setTimeout> | undefined = undefined;
  private onCallerAbort: (() => void) | undefined = undefined;
  private timedOut = false;

  constructor(method: string, callerSignal: AbortSignal | undefined, timeoutMs: number) {
    this.method = method;
    this.callerSignal = callerSignal;
    this.timeoutMs = timeoutMs;
    this.deadline = performance.now() + timeoutMs;
  }

  get signal(): AbortSignal {
    if (this.controller) return this.controller.signal;
    const controller = new AbortController();
    this.controller = controller;
    const callerSignal = this.callerSignal;
    if (this.timedOut) {
      controller.abort();
      return controller.signal;
    }
    this.timer = setTimeout(() => this.expire(), Math.max(0, Math.ceil(this.deadline - performance.now())));
    if (callerSignal?.aborted) controller.abort();
    else if (callerSignal) {
      this.onCallerAbort = () => controller.abort();
      callerSignal.addEventListener('abort', this.onCallerAbort, { once: true });
    }
    return controller.signal;
  }

  abortError(): TransportError {
    return this.timedOut ? this.timeoutError() : abortedError(this.method, this.callerSignal);
  }

  timeoutError(): TransportError {
    return new TransportError('timeout', this.method, `no answer within ${this.timeoutMs} ms`);
  }

  expire(): void {
    if (this.timedOut) return;
    this.timedOut = true;
    this.controller?.abort();
  }

  dispose(): void {
    if (!this.controller) return;
    clearTimeout(this.timer);
    if (this.onCallerAbort) this.callerSignal?.removeEventListener('abort', this.onCallerAbort);
  }
}

export function startAttempt(method: string, callerSignal: AbortSignal | undefined, timeoutMs: number): Attempt {
  return new CallAttempt(method, callerSignal, timeoutMs);
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
