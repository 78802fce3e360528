// Batch consumer for handler mode: decode each update, start its handler as soon as a
// concurrency slot is free, and call the batch handed off once every handler has started (so
// the next poll overlaps the running handlers, but never more than `concurrency` run at once).
//
// A batch's state is an object with methods on its prototype, not closures made per batch. With
// five closures per batch, ~35% of what a Long Poll run allocated (the batches' events) survived
// scavenges and was promoted to the old generation, which then needed mark-compacts; with
// the object, next to nothing does (--trace-gc-nvp, bench/longpoll/in-process.ts).
import { isPromiseLike } from '@vkts/internals';
import { deferred, type Deferred } from './deferred.js';
import type { BatchConsumer, BatchProgress, Decode } from './poll-loop.js';
import { createSlots, type Slots } from './slots.js';

export interface DispatchConsumerOptions<T> {
  /** The item for an update, or undefined when the update was reported instead (not delivered). */
  readonly decode: Decode<T>;
  /** Starts handling; a returned promise is awaited, a throw or rejection is reported. */
  readonly handle: (item: T) => unknown;
  readonly concurrency: number;
  readonly report: (error: unknown) => void;
}

export function createDispatchConsumer<T>(options: DispatchConsumerOptions<T>): BatchConsumer {
  const slots = createSlots(options.concurrency);
  return (updates) => new BatchDispatch(updates, options, slots);
}

class BatchDispatch<T> implements BatchProgress {
  readonly handedOff: Promise<void> | undefined;
  #index = 0;
  /** Handlers started and not settled yet (async ones). */
  #pending = 0;
  #allStarted = false;
  /** Created the first time a handler goes async; read once the batch is handed off. */
  #handled: Deferred<void> | undefined;
  readonly #updates: readonly unknown[];
  readonly #options: DispatchConsumerOptions<T>;
  readonly #slots: Slots;

  constructor(updates: readonly unknown[], options: DispatchConsumerOptions<T>, slots: Slots) {
    this.#updates = updates;
    this.#options = options;
    this.#slots = slots;
    this.handedOff = this.#run();
  }

  get handled(): Promise<void> | undefined {
    return this.#handled?.promise;
  }

  /** Goes through the batch; a promise that goes on with it when it has to wait (an item or a slot). */
  #run(): Promise<void> | undefined {
    const updates = this.#updates;
    while (this.#index < updates.length) {
      const item = this.#options.decode(updates[this.#index]);
      this.#index += 1;
      // Rare (see Decode): wait for the item, then go on with the rest of the batch in order.
      if (item instanceof Promise) {
        return item.then(
          (resolved) => this.#take(resolved) ?? this.#run(),
          (error: unknown) => {
            this.#options.report(error);
            return this.#run();
          },
        );
      }
      const waiting = this.#take(item);
      if (waiting !== undefined) return waiting;
    }
    this.#allStarted = true;
    if (this.#pending === 0) this.#handled?.resolve();
    return undefined;
  }

  /** Starts the item's handler once a slot is free: a promise that goes on with the batch when it has to wait. */
  #take(item: T | undefined): Promise<void> | undefined {
    if (item === undefined) return undefined;
    if (!this.#slots.tryAcquire()) {
      return this.#slots.acquire().then(() => {
        this.#start(item);
        return this.#run();
      });
    }
    this.#start(item);
    return undefined;
  }

  #start(item: T): void {
    let result: unknown;
    try {
      result = this.#options.handle(item);
    } catch (error) {
      this.#options.report(error);
      this.#slots.release();
      return;
    }
    if (!isPromiseLike(result)) {
      this.#slots.release();
      return;
    }
    this.#pending += 1;
    this.#handled ??= deferred<void>();
    result.then(
      () => this.#settleOne(),
      (error: unknown) => {
        this.#options.report(error);
        this.#settleOne();
      },
    );
  }

  #settleOne(): void {
    this.#slots.release();
    this.#pending -= 1;
    if (this.#allStarted && this.#pending === 0) this.#handled?.resolve();
  }
}
