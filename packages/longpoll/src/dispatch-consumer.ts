// Batch consumer for handler mode: decode each update, start its handler as soon as a
// concurrency slot is free, and call the batch handed off once every handler has started (so
// the next poll overlaps the running handlers, but never more than `concurrency` run at once).
import { isPromiseLike } from '@vkts/internals';
import { deferred, type Deferred } from './deferred.js';
import type { BatchConsumer, Decode } from './poll-loop.js';
import { createSlots } from './slots.js';

export interface DispatchConsumerOptions<T> {
  /** The item for an update, or undefined when the update was reported instead (not delivered). */
  readonly decode: Decode<T>;
  /** Starts handling; a returned promise is awaited, a throw or rejection is reported. */
  readonly handle: (item: T) => unknown;
  readonly concurrency: number;
  readonly report: (error: unknown) => void;
}

export function createDispatchConsumer<T>(options: DispatchConsumerOptions<T>): BatchConsumer {
  const { decode, handle, report } = options;
  const slots = createSlots(options.concurrency);

  return (updates) => {
    let pending = 0;
    let handedOff = false;
    let handled: Deferred<void> | undefined;
    const settleOne = (): void => {
      slots.release();
      pending -= 1;
      if (handedOff && pending === 0) handled?.resolve();
    };
    const start = (item: T): void => {
      let result: unknown;
      try {
        result = handle(item);
      } catch (error) {
        report(error);
        slots.release();
        return;
      }
      if (isPromiseLike(result)) {
        pending += 1;
        handled ??= deferred<void>();
        result.then(settleOne, (error: unknown) => {
          report(error);
          settleOne();
        });
      } else {
        slots.release();
      }
    };

    let index = 0;
    /** Starts the item's handler once a slot is free: a promise that goes on with the batch when it has to wait. */
    const take = (item: T | undefined): Promise<void> | undefined => {
      if (item === undefined) return undefined;
      if (!slots.tryAcquire()) {
        return slots.acquire().then(() => {
          start(item);
          return run();
        });
      }
      start(item);
      return undefined;
    };
    const run = (): Promise<void> | undefined => {
      while (index < updates.length) {
        const item = decode(updates[index]);
        index += 1;
        // Rare (see Decode): wait for the item, then go on with the rest of the batch in order.
        if (item instanceof Promise) {
          return item.then(
            (resolved) => take(resolved) ?? run(),
            (error: unknown) => {
              report(error);
              return run();
            },
          );
        }
        const waiting = take(item);
        if (waiting !== undefined) return waiting;
      }
      handedOff = true;
      if (pending === 0) handled?.resolve();
      return undefined;
    };
    const handingOff = run();
    // `handled` is created the first time a handler goes async; read it once the batch is handed off.
    return {
      handedOff: handingOff,
      get handled() {
        return handled?.promise;
      },
    };
  };
}
