// Batch consumer for `for await`: the loop hands a batch over and waits until the consumer has
// taken its last event before it polls again, so at most one batch is ever fetched ahead of the
// consumer. A batch counts as handled (its ts is committed) when the consumer comes back after
// its last event; leaving the loop mid-batch abandons it, so a resume delivers the rest again.
import { deferred } from './deferred.js';
import type { BatchConsumer, BatchProgress, Decode } from './poll-loop.js';

interface Batch<T> {
  readonly items: readonly T[];
  index: number;
  readonly tookLast: () => void;
  readonly finish: (handled: boolean) => void;
}

export interface IteratorConsumer<T> {
  readonly consume: BatchConsumer;
  /** The next event; `undefined` once the loop has ended and nothing is left. */
  next(): Promise<T | undefined>;
  /** The consumer left (break/return): abandon an unfinished batch. */
  leave(): void;
  /** The loop ended (stopped or failed): wake a waiting `next`. */
  end(error?: unknown): void;
  /** Resolves once a batch is with the consumer (at once if one is): the loop then waits on it, not on VK. */
  holding(): Promise<void>;
}

export function createIteratorConsumer<T>(decode: Decode<T>, report: (error: unknown) => void): IteratorConsumer<T> {
  // Oldest first: at most a fully taken batch waiting for the consumer to come back, and the next one.
  const batches: Batch<T>[] = [];
  let wake: (() => void) | undefined;
  const handedOver: (() => void)[] = [];
  let ended = false;
  let left = false;
  let failure: { error: unknown } | undefined;

  const consume: BatchConsumer = (updates): BatchProgress => {
    const items: T[] = [];
    for (let index = 0; index < updates.length; index += 1) {
      const item = decode(updates[index]);
      // Rare (see Decode): the rest of the batch is decoded once this item is had, in order.
      if (item instanceof Promise) return decodeRest(updates, index, items, item);
      if (item !== undefined) items.push(item);
    }
    return handOver(items);
  };

  const decodeRest = (updates: readonly unknown[], index: number, items: T[], pending: Promise<T | undefined>): BatchProgress => {
    const handed = (async () => {
      let item: T | undefined | Promise<T | undefined> = pending;
      for (let at = index; ; ) {
        try {
          item = await item;
        } catch (error) {
          report(error);
          item = undefined;
        }
        if (item !== undefined) items.push(item);
        at += 1;
        if (at >= updates.length) break;
        item = decode(updates[at]);
      }
      return handOver(items);
    })();
    return {
      handedOff: handed.then((progress) => progress.handedOff),
      get handled() {
        return handed.then((progress) => progress.handled);
      },
    };
  };

  const handOver = (items: T[]): BatchProgress => {
    // The consumer left while this batch was on its way (decoded asynchronously): nobody will take
    // it, so it is abandoned at once (not committed; a resume gets it again).
    if (left) return { handedOff: undefined, handled: Promise.resolve(false) };
    if (items.length === 0) return { handedOff: undefined, handled: undefined };
    const handedOff = deferred<void>();
    const handled = deferred<boolean>();
    batches.push({ items, index: 0, tookLast: () => handedOff.resolve(), finish: handled.resolve });
    wake?.();
    for (const resolve of handedOver.splice(0)) resolve();
    return { handedOff: handedOff.promise, handled: handled.promise };
  };

  /** The consumer is back: a batch whose every event it took is now handled. */
  const settleTaken = (): void => {
    while (batches[0] !== undefined && batches[0].index >= batches[0].items.length) {
      batches[0].finish(true);
      batches.shift();
    }
  };

  return {
    consume,
    async next() {
      settleTaken();
      let batch = batches[0];
      while (batch === undefined) {
        if (failure !== undefined) throw failure.error;
        if (ended) return undefined;
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
        batch = batches[0];
      }
      const item = batch.items[batch.index];
      // settleTaken cleared any batch with nothing left, and items hold no undefined.
      if (item === undefined) throw new Error('unreachable: an empty slot in a Long Poll batch');
      batch.index += 1;
      if (batch.index === batch.items.length) batch.tookLast();
      return item;
    },
    leave() {
      left = true;
      settleTaken();
      for (const batch of batches.splice(0)) {
        batch.tookLast();
        batch.finish(false);
      }
    },
    end(error) {
      ended = true;
      if (error !== undefined) failure = { error };
      wake?.();
    },
    holding() {
      return batches.length > 0 ? Promise.resolve() : new Promise((resolve) => handedOver.push(resolve));
    },
  };
}
