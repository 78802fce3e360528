// Start, stop and iterate: the lifecycle both Long Polls share around runPollLoop. One run at a
// time; a stopped Long Poll may be started again and goes on from its ts.
import type { HttpDispatcher } from '@vkts/types';
import type { Agent } from 'undici';
import { createDispatchConsumer } from './dispatch-consumer.js';
import { createIteratorConsumer } from './iterator-consumer.js';
import { runPollLoop, type BatchConsumer, type Decode, type LoopConfig, type LoopState } from './poll-loop.js';

/** What both Long Polls expose: run with a handler, or iterate; stop; where they are. */
export interface LongPollControls<T> extends AsyncIterable<T> {
  /** Polls and hands events to the handler until stopped; resolves once stopped and idle, rejects on a fatal error. */
  start(): Promise<void>;
  /** Aborts the request in flight (and any backoff), lets running handlers finish; resolves when idle. */
  stop(): Promise<void>;
  /** The ts the next check asks with (undefined until the first server is known). */
  readonly ts: string | undefined;
  /** The ts `onTs` last got: everything before it is handled. */
  readonly committedTs: string | undefined;
  readonly running: boolean;
}

export interface RunnerOptions<T> {
  readonly caller: string;
  /** Everything the loop needs except the HTTP dispatcher, which a run opens. */
  readonly loop: Omit<LoopConfig, 'dispatcher'>;
  readonly startTs: string | undefined;
  readonly decode: Decode<T>;
  /** Handler mode's handler; without it only iteration is possible. */
  readonly handle: ((item: T) => unknown) | undefined;
  readonly concurrency: number;
  readonly signal: AbortSignal | undefined;
  readonly dispatcher: HttpDispatcher | undefined;
}

interface Run {
  readonly controller: AbortController;
  readonly done: Promise<void>;
  /**
   * Iteration only: resolves when the loop waits on the consumer (a batch is with it). stop()
   * must not wait for the consumer then: it may be the consumer calling stop() mid-batch.
   */
  waitsOnConsumer?: () => Promise<void>;
}

export class LongPollRunner<T> implements LongPollControls<T> {
  readonly #options: RunnerOptions<T>;
  readonly #state: LoopState;
  #run: Run | undefined;

  constructor(options: RunnerOptions<T>) {
    this.#options = options;
    this.#state = { ts: options.startTs, committedTs: undefined };
  }

  /** The ts the next check asks with (undefined before the first server is known). */
  get ts(): string | undefined {
    return this.#state.ts;
  }

  /** The newest ts whose batch and every batch before it are handled (what `onTs` last got). */
  get committedTs(): string | undefined {
    return this.#state.committedTs;
  }

  get running(): boolean {
    return this.#run !== undefined;
  }

  start(): Promise<void> {
    const handle = this.#options.handle;
    if (handle === undefined) {
      return Promise.reject(new TypeError(`${this.#options.caller}: start() needs a handler (router/handler option); without one, use for await`));
    }
    const consumer = createDispatchConsumer({ decode: this.#options.decode, handle, concurrency: this.#options.concurrency, report: this.#options.loop.report });
    try {
      return this.#begin(consumer).done;
    } catch (error) {
      return Promise.reject(error);
    }
  }

  /**
   * Aborts the in-flight request and any backoff, lets handed-off work finish; resolves when idle.
   * When iterating, it resolves once no request is in flight: the consumer still gets the rest of
   * the batch it is in, and the iteration then ends.
   */
  async stop(): Promise<void> {
    const run = this.#run;
    if (run === undefined) return;
    run.controller.abort();
    // A fatal error is start()'s (or the iterator's) to report; stop only waits.
    const idle = run.done.catch(() => undefined);
    await (run.waitsOnConsumer === undefined ? idle : Promise.race([idle, run.waitsOnConsumer()]));
  }

  [Symbol.asyncIterator](): AsyncIterator<T> {
    const consumer = createIteratorConsumer(this.#options.decode, this.#options.loop.report);
    const run = this.#begin(consumer.consume);
    run.waitsOnConsumer = () => consumer.holding();
    run.done.then(
      () => consumer.end(),
      (error: unknown) => consumer.end(error),
    );
    return {
      next: async () => {
        const item = await consumer.next();
        return item === undefined ? { done: true, value: undefined } : { done: false, value: item };
      },
      return: async () => {
        consumer.leave();
        run.controller.abort();
        await run.done.catch(() => undefined);
        return { done: true, value: undefined };
      },
    };
  }

  #begin(consume: BatchConsumer): Run {
    if (this.#run !== undefined) throw new Error(`${this.#options.caller}: already running (stop() it first)`);
    const controller = new AbortController();
    const external = this.#options.signal;
    const onAbort = (): void => controller.abort();
    if (external?.aborted) controller.abort();
    external?.addEventListener('abort', onAbort, { once: true });
    // undici is loaded when a loop first needs its own Agent, not when the package is imported
    // (it is most of what importing @vkts/longpoll would otherwise cost).
    let ownAgent: Agent | undefined;
    const given = this.#options.dispatcher;
    const loop = async (): Promise<void> => {
      const dispatcher: HttpDispatcher = given ?? (ownAgent = new (await import('undici')).Agent());
      return runPollLoop({ ...this.#options.loop, dispatcher }, this.#state, consume, controller.signal);
    };
    const done = loop().finally(async () => {
      external?.removeEventListener('abort', onAbort);
      this.#run = undefined;
      await ownAgent?.close();
    });
    const run: Run = { controller, done };
    this.#run = run;
    return run;
  }
}
