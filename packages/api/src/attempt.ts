// One attempt of a call: its deadline (`timeoutMs` from its start) and the caller's signal.
// Nothing is armed up front: a batched call never arms anything (the batcher enforces its
// deadline and listens on the caller's signal itself). An HTTP request arms one timer and, when
// the caller passed a signal, one listener (`watch`), with no AbortController; the AbortSignal
// that merges the two is made only when something asks for it (a rate-limit wait, a backoff).
import { TransportError } from './errors.js';

export interface Attempt {
  readonly method: string;
  /** The caller's own signal, if it passed one. */
  readonly callerSignal: AbortSignal | undefined;
  readonly timeoutMs: number;
  /** `performance.now()` at which the attempt times out. */
  readonly deadline: number;
  /** Whether the deadline passed (`expire`d) or the caller aborted. */
  readonly aborted: boolean;
  /** Aborts when the caller's signal does or when the deadline passes; made on first use. */
  readonly signal: AbortSignal;
  /**
   * Arms the deadline timer and the caller-signal listener (once per attempt) and calls `onAbort`
   * when either fires, until `dispose`. Returns false, arming nothing, if the attempt is already
   * aborted. One watcher per attempt.
   */
  watch(onAbort: () => void): boolean;
  /** The error for why the attempt aborted: `timeout` or `aborted`. */
  abortError(): TransportError;
  /** The attempt's `timeout` error. */
  timeoutError(): TransportError;
  /** Marks the attempt timed out (its deadline passed) and aborts its signal and watcher. */
  expire(): void;
  /** Clears the timer and the listener on the caller's signal, if they were armed. */
  dispose(): void;
}

class CallAttempt implements Attempt {
  readonly method: string;
  readonly callerSignal: AbortSignal | undefined;
  readonly timeoutMs: number;
  readonly deadline: number;
  private controller: AbortController | undefined = undefined;
  private watcher: (() => void) | undefined = undefined;
  private timer: ReturnType<typeof setTimeout> | undefined = undefined;
  private onCallerAbort: (() => void) | undefined = undefined;
  private armed = false;
  private timedOut = false;

  constructor(method: string, callerSignal: AbortSignal | undefined, timeoutMs: number, startedAt: number) {
    this.method = method;
    this.callerSignal = callerSignal;
    this.timeoutMs = timeoutMs;
    this.deadline = startedAt + timeoutMs;
  }

  get aborted(): boolean {
    return this.timedOut || this.callerSignal?.aborted === true;
  }

  get signal(): AbortSignal {
    if (this.controller) return this.controller.signal;
    const controller = new AbortController();
    this.controller = controller;
    if (this.aborted) controller.abort();
    else this.arm();
    return controller.signal;
  }

  watch(onAbort: () => void): boolean {
    if (this.aborted) return false;
    this.watcher = onAbort;
    this.arm();
    return true;
  }

  private arm(): void {
    if (this.armed) return;
    this.armed = true;
    this.timer = setTimeout(() => this.expire(), Math.max(0, Math.ceil(this.deadline - performance.now())));
    const callerSignal = this.callerSignal;
    if (callerSignal) {
      this.onCallerAbort = () => this.fire();
      callerSignal.addEventListener('abort', this.onCallerAbort, { once: true });
    }
  }

  private fire(): void {
    this.controller?.abort();
    const watcher = this.watcher;
    this.watcher = undefined;
    watcher?.();
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
    this.fire();
  }

  dispose(): void {
    this.watcher = undefined;
    if (!this.armed) return;
    clearTimeout(this.timer);
    if (this.onCallerAbort) this.callerSignal?.removeEventListener('abort', this.onCallerAbort);
  }
}

/** `startedAt` (a `performance.now()` time) lets a caller that just read the clock pass it on. */
export function startAttempt(method: string, callerSignal: AbortSignal | undefined, timeoutMs: number, startedAt = performance.now()): Attempt {
  return new CallAttempt(method, callerSignal, timeoutMs, startedAt);
}

/** The error for a call its caller aborted; the signal's reason becomes the cause. */
export function abortedError(method: string, signal: AbortSignal | undefined): TransportError {
  return new TransportError('aborted', method, 'aborted by the caller', { cause: signal?.reason });
}
