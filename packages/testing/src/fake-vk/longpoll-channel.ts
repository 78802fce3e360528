import { randomBytes } from 'node:crypto';
import { sleep } from '@vkts/internals';

/**
 * One Long Poll event stream of the fake (a community's Bots Long Poll, or a user's User Long
 * Poll): numbered events, the session key, `a_check` with `wait`, and a script of faults that
 * the next requests meet. The HTTP side (long-poll-endpoint.ts) only translates.
 *
 * Numbering follows VK: `ts` is the number the next event will get; a check with `ts = t`
 * answers the events numbered t, t+1, … (at most `maxBatch`) and the `ts` to ask with next.
 */

/** What a scripted request meets instead of the normal answer. */
export type FakeLongPollFault =
  /** This JSON body, verbatim (e.g. `{ failed: 2 }` or a fixture file). */
  | { readonly kind: 'reply'; readonly body: Readonly<Record<string, unknown>> }
  /** This HTTP status with a plain-text body, as a proxy or a failing VK frontend would answer. */
  | { readonly kind: 'http'; readonly status: number; readonly body: string }
  /** The connection is destroyed without an answer. */
  | { readonly kind: 'reset' }
  /** Nothing happens for `ms`, then the request is answered normally (if the client still listens). */
  | { readonly kind: 'stall'; readonly ms: number };

/** One `a_check` request the fake received, and how it was answered. */
export interface FakeLongPollCheck {
  /** The `ts` param as sent. */
  readonly ts: string;
  /** Whether `key` was the current key (the key itself is not kept). */
  readonly keyValid: boolean;
  /** The `wait` param, in seconds (NaN when missing). */
  readonly wait: number;
  /** Other query params (`mode`, `version`, …), without `key`. */
  readonly params: Readonly<Record<string, string>>;
  readonly answer: 'events' | 'empty' | 'failed' | 'http' | 'reset';
  /** The check met a scripted stall before it was answered. */
  readonly stalled: boolean;
  /** Number of events answered. */
  readonly count: number;
  readonly at: number;
}

export type ChannelAnswer =
  | { readonly kind: 'json'; readonly body: unknown }
  | { readonly kind: 'http'; readonly status: number; readonly body: string }
  | { readonly kind: 'reset' };

export interface CheckRequest {
  readonly key: string;
  readonly ts: string;
  readonly wait: number;
  readonly params: Readonly<Record<string, string>>;
}

/** Where a channel keeps its key and next event number (the Bots store shares them with groups.getLongPollServer). */
export interface ChannelSession {
  key: string;
  ts: number;
}

export interface ChannelOptions {
  readonly session: ChannelSession;
  /** Bots Long Poll sends `ts` as a decimal string, User Long Poll as a number. */
  readonly tsAs: 'string' | 'number';
  /** A reply to send instead of events when the request itself is unacceptable (e.g. a bad version). */
  readonly reject?: (request: CheckRequest) => Record<string, unknown> | undefined;
  /** False while Long Poll is switched off: every check then meets `failed: 2`, as after a key change. */
  readonly enabled?: () => boolean;
}

/** VK's ceiling for `wait`. */
const MAX_WAIT_SECONDS = 90;
/** How many events one answer carries at most, unless a test sets `maxBatch`. */
export const DEFAULT_MAX_BATCH = 100;

export function newLongPollKey(): string {
  return randomBytes(20).toString('hex');
}

export class LongPollChannel<E> {
  /** Events numbered `first`, `first + 1`, …: `events[i]` has number `first + i`. */
  readonly #events: E[] = [];
  readonly #first: number;
  readonly #faults: FakeLongPollFault[] = [];
  readonly #waiters = new Set<() => void>();
  /** Stalled requests: cut short only by close(), never by a new event. */
  readonly #stalls = new Set<() => void>();
  readonly #options: ChannelOptions;
  readonly checks: FakeLongPollCheck[] = [];
  maxBatch = DEFAULT_MAX_BATCH;
  /** Checks received and not answered yet (held for `wait`, or stalled). */
  inFlight = 0;
  #closed = false;

  constructor(options: ChannelOptions) {
    this.#options = options;
    this.#first = options.session.ts;
  }

  get ts(): number {
    return this.#options.session.ts;
  }

  get key(): string {
    return this.#options.session.key;
  }

  /** Faults scripted and not met yet. */
  get pendingFaults(): number {
    return this.#faults.length;
  }

  /** Store events (numbered from the current ts) and wake held requests. Returns the new ts. */
  append(events: readonly E[]): number {
    for (const event of events) {
      this.#events.push(event);
      this.#options.session.ts += 1;
    }
    if (events.length > 0) this.#wake();
    return this.#options.session.ts;
  }

  script(fault: FakeLongPollFault): void {
    this.#faults.push(fault);
    this.#wake();
  }

  /** A new key (random unless given): sessions holding the old one get `failed: 2`. */
  rotateKey(next: string = newLongPollKey()): void {
    this.#options.session.key = next;
    this.#wake();
  }

  /** Answer held requests now (with what they have: usually nothing) and stop holding new ones. */
  close(): void {
    this.#closed = true;
    this.#wake();
    for (const wake of [...this.#stalls]) wake();
  }

  async check(request: CheckRequest): Promise<ChannelAnswer> {
    this.inFlight += 1;
    try {
      return await this.#answer(request);
    } finally {
      this.inFlight -= 1;
    }
  }

  async #answer(request: CheckRequest): Promise<ChannelAnswer> {
    const keyValid = request.key === this.key;
    let held = false;
    let stalled = false;
    const record = (answer: FakeLongPollCheck['answer'], count = 0): void => {
      this.checks.push({ ts: request.ts, keyValid, wait: request.wait, params: request.params, answer, count, stalled, at: Date.now() });
    };
    for (;;) {
      const fault = this.#faults.shift();
      if (fault !== undefined) {
        switch (fault.kind) {
          case 'reply': {
            // A failure reply means what it means on VK: 2 and 3 end the session's key.
            if (fault.body['failed'] === 2 || fault.body['failed'] === 3) this.rotateKey();
            record('failed');
            // `failed: 1` without a ts: the history is intact, go on from where you asked.
            const body = fault.body['failed'] === 1 && !('ts' in fault.body) ? { ...fault.body, ts: this.#tsValue(Number(request.ts)) } : fault.body;
            return { kind: 'json', body };
          }
          case 'http':
            record('http');
            return { kind: 'http', status: fault.status, body: fault.body };
          case 'reset':
            record('reset');
            return { kind: 'reset' };
          case 'stall':
            stalled = true;
            await this.#sleep(fault.ms);
            break;
        }
      }

      // Checked again after a hold: a key change meanwhile ends the session, as on VK.
      if (request.key !== this.key || this.#options.enabled?.() === false) {
        record('failed');
        return { kind: 'json', body: { failed: 2 } };
      }
      const rejected = this.#options.reject?.(request);
      if (rejected !== undefined) {
        record('failed');
        return { kind: 'json', body: rejected };
      }
      const from = Number(request.ts);
      if (!Number.isSafeInteger(from) || from < this.#first || from > this.ts) {
        // VK's answer to a ts it cannot serve from: start over from the current one.
        record('failed');
        return { kind: 'json', body: { failed: 1, ts: this.#tsValue(this.ts) } };
      }
      if (from === this.ts && request.wait > 0 && !held && !this.#closed) {
        // Held until an event arrives, a fault is scripted (it is "the next answer"), the wait
        // runs out or the fake closes; then looked at again from the top.
        held = true;
        await this.#hold(Math.min(request.wait, MAX_WAIT_SECONDS) * 1000);
        continue;
      }
      const start = from - this.#first;
      const updates = this.#events.slice(start, start + this.maxBatch);
      record(updates.length > 0 ? 'events' : 'empty', updates.length);
      return { kind: 'json', body: { ts: this.#tsValue(from + updates.length), updates } };
    }
  }

  #tsValue(ts: number): string | number {
    return this.#options.tsAs === 'string' ? String(ts) : ts;
  }

  #wake(): void {
    for (const wake of [...this.#waiters]) wake();
  }

  /** Until an event arrives, `ms` pass, or the fake closes. */
  #hold(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.#waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.#waiters.add(done);
    });
  }

  /** Waits `ms`, cut short when the fake closes so `close()` never waits on a stall. */
  async #sleep(ms: number): Promise<void> {
    if (this.#closed) return;
    const controller = new AbortController();
    const wake = (): void => controller.abort();
    this.#stalls.add(wake);
    await sleep(ms, controller.signal);
    this.#stalls.delete(wake);
  }
}
