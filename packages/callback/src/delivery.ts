// From a checked event to VK's answer: dedupe by event_id, run the router, and pick the reply
// by the ack mode and the handlers' outcome within the time budget.
//
// Exactly-once dispatch per event_id (while the store remembers it) comes from two layers:
// - in this process, `inflight` maps each event being handled to its outcome, so a duplicate
//   arriving meanwhile waits for that outcome instead of dispatching again;
// - across processes, the store's atomic `claim` lets only one delivery win; the others see
//   `in-progress` (answer 503, VK comes back later) or `done` (answer ok, nothing dispatched).
// A failed handling releases its claim, so VK's next redelivery dispatches again (at-least-once).
//
// Handlers that all return synchronously and succeed (with a synchronous store, such as the
// default one) finish in the tick that claimed the event: claim, dispatch and complete run back to
// back, so no other delivery can come between them, and the answer is ready at once. Such a
// delivery needs no outcome promise, `inflight` entry or deadline; only deliveries that really
// wait get them, and their deadlines share one sweep timer rather than a timer each.
import { dispatcherOf, type AnyEvent, type DispatchResult, type EventContext, type EventRouter } from '@vkts/events';
import { eventKeyedStore, type ClaimResult, type DedupeStore } from './dedupe-store.js';
import { CallbackTimeoutError, DedupeStoreError } from './errors.js';
import { createDeadlineTimer, isPromiseLike } from '@vkts/internals';
import type { MaybePromise } from './maybe-promise.js';
import { replies, type CallbackReply } from './replies.js';

/**
 * - `after-handlers`: answer `ok` once the handlers settled; a failure answers 500, so VK
 *   redelivers (at-least-once).
 * - `immediate`: answer `ok` before the handlers run (at-most-once: a failure is reported, and
 *   VK, which already has its `ok`, does not redeliver).
 */
export type AckMode = 'after-handlers' | 'immediate';

type Outcome = 'ok' | 'failed';

export interface DeliveryOptions {
  readonly router: EventRouter;
  readonly store: DedupeStore | undefined;
  readonly ack: AckMode;
  readonly timeoutMs: number;
  readonly report: (error: unknown) => void;
}

export interface Delivery {
  deliver(event: AnyEvent, context: EventContext): MaybePromise<CallbackReply>;
  /** Resolves once every handling started so far (including background ones) has settled. */
  drain(): Promise<void>;
}

/** A delivery waiting for its handlers' outcome, until its deadline. */
interface Waiter {
  readonly deadline: number;
  /** Cleared once answered. */
  resolve: ((reply: CallbackReply) => void) | undefined;
  /** Set for the first delivery of an event, which reports its timeout; duplicates do not repeat it. */
  event: AnyEvent | undefined;
  context: EventContext | undefined;
}

/**
 * A store's methods by group id and event id (see `claimsOf`). `at` is the delivery's
 * `performance.now()` reading, for the in-memory store to use as its time (see EventKeyedStore).
 */
interface Claims {
  claim(groupId: number, eventId: string, at: number): MaybePromise<ClaimResult>;
  complete(groupId: number, eventId: string, at?: number): MaybePromise<void>;
  release(groupId: number, eventId: string): MaybePromise<void>;
}

/** The store's key of an event. */
function dedupeKey(groupId: number, eventId: string): string {
  return `${groupId}:${eventId}`;
}

/**
 * The in-memory store's own by-event methods, which spare every event the key string; any other
 * store gets its key.
 */
function claimsOf(store: DedupeStore): Claims {
  const keyed = eventKeyedStore(store);
  if (keyed !== undefined) return { claim: keyed.claimEvent, complete: keyed.completeEvent, release: keyed.releaseEvent };
  return {
    claim: (groupId, eventId) => store.claim(dedupeKey(groupId, eventId)),
    complete: (groupId, eventId) => store.complete(dedupeKey(groupId, eventId)),
    release: (groupId, eventId) => store.release(dedupeKey(groupId, eventId)),
  };
}

export function createDelivery(options: DeliveryOptions): Delivery {
  const { router, store, ack, timeoutMs, report } = options;
  const claims = store === undefined ? undefined : claimsOf(store);
  const dispatchNow = dispatcherOf(router);
  const inflight = new Map<string, Promise<Outcome>>();
  const running = new Set<Promise<Outcome>>();

  // Deadlines: every delivery waiting on handlers sits in `waiting`, and one timer, set for the
  // earliest deadline, answers those past theirs with 503 (as @vkts/api times out batched calls).
  // Handlers that finish in time cost a set entry, not a timer of their own. The timer keeps the
  // process alive only while something waits: when `waiting` empties it is unref'd rather than
  // cleared (and ref'd again by the next waiter), which costs far less than a new timer each
  // time (runtimes whose timers have no `unref` clear it).
  const waiting = new Set<Waiter>();
  const sweepTimer = createDeadlineTimer(sweep);

  function wait(waiter: Waiter): void {
    waiting.add(waiter);
    if (waiter.deadline < sweepTimer.at) sweepTimer.arm(waiter.deadline);
    else if (waiting.size === 1) sweepTimer.busy();
  }

  function release(waiter: Waiter): void {
    waiting.delete(waiter);
    if (waiting.size === 0) sweepTimer.idle();
  }

  function sweep(time: number): number {
    let next = Infinity;
    for (const waiter of waiting) {
      if (waiter.deadline > time + 1) {
        if (waiter.deadline < next) next = waiter.deadline;
        continue;
      }
      const { event, context } = waiter;
      if (event !== undefined && context !== undefined) {
        report(new CallbackTimeoutError({ groupId: context.groupId, eventId: context.eventId, eventType: event.type, timeoutMs }));
      }
      answer(waiter, replies.stillRunning);
    }
    return waiting.size > 0 ? next : Infinity;
  }

  function answer(waiter: Waiter, reply: CallbackReply): void {
    const resolve = waiter.resolve;
    if (resolve === undefined) return;
    waiter.resolve = undefined;
    waiter.event = undefined;
    waiter.context = undefined;
    release(waiter);
    resolve(reply);
  }

  /**
   * The reply for a handling we wait on: its outcome, or 503 when the budget runs out first. The
   * first delivery of an event (`event` and `context` given) reports the timeout and, once the
   * handling settled, stops tracking it (`key`, when deduped); duplicates do neither.
   */
  function settle(outcome: Promise<Outcome>, deadline: number, event?: AnyEvent, context?: EventContext, key?: string): Promise<CallbackReply> {
    return new Promise((resolve) => {
      const waiter: Waiter = { deadline, resolve, event, context };
      wait(waiter);
      // One reaction per handling: stop tracking it, then answer.
      void outcome.then((result) => {
        if (event !== undefined) untrack(outcome, key);
        answer(waiter, result === 'ok' ? replies.ok : replies.handlerFailed);
      });
    });
  }

  /**
   * Records the outcome in the store (`eventId` undefined: not deduped). Never throws: store
   * failures are reported. `claimedAt`: the claim's clock reading, when this is its tick.
   */
  function finish(groupId: number, eventId: string | undefined, handled: boolean, claimedAt?: number): MaybePromise<Outcome> {
    const outcome: Outcome = handled ? 'ok' : 'failed';
    if (eventId === undefined || claims === undefined) return outcome;
    // `immediate` already answered ok: VK will not redeliver, so even a failure counts as done
    // (a stray redelivery must not run the handlers a second time: at-most-once).
    const complete = handled || ack === 'immediate';
    let done: MaybePromise<void>;
    try {
      done = complete ? claims.complete(groupId, eventId, claimedAt) : claims.release(groupId, eventId);
    } catch (error) {
      return recordFailed(complete, groupId, eventId, error, outcome);
    }
    if (!isPromiseLike(done)) return outcome;
    return Promise.resolve(done).then(
      () => outcome,
      (error: unknown) => recordFailed(complete, groupId, eventId, error, outcome),
    );
  }

  function recordFailed(complete: boolean, groupId: number, eventId: string, error: unknown, outcome: Outcome): Outcome {
    report(new DedupeStoreError(complete ? 'complete' : 'release', dedupeKey(groupId, eventId), error));
    return outcome;
  }

  /**
   * Runs the handlers and answers: at once when they finished synchronously (and the store
   * recorded it synchronously), else through `settle` (or `ok` first, for `immediate`).
   * `eventId` is undefined when not deduped; `deadline` is given when the budget started earlier
   * (an async claim); `claimedAt` is the clock reading of a claim made in this tick.
   */
  function begin(event: AnyEvent, context: EventContext, eventId: string | undefined, deadline?: number, claimedAt?: number): MaybePromise<CallbackReply> {
    // The budget starts before the handlers do: what they run synchronously counts too.
    const started = deadline === undefined && ack === 'after-handlers' ? (claimedAt ?? performance.now()) : 0;
    let dispatched: DispatchResult | PromiseLike<DispatchResult>;
    try {
      dispatched = dispatchNow(event, context);
    } catch (error) {
      // dispatch rejects rather than throws, but a router from plain JS might not.
      dispatched = Promise.reject(error);
    }
    let outcome: MaybePromise<Outcome>;
    if (isPromiseLike(dispatched)) {
      outcome = Promise.resolve(dispatched).then(
        () => finish(context.groupId, eventId, true),
        (error: unknown) => {
          report(error);
          return finish(context.groupId, eventId, false);
        },
      );
    } else {
      // Every handler returned and none failed: handled within this tick (the claim's, if any).
      outcome = finish(context.groupId, eventId, true, claimedAt);
      if (!isPromiseLike(outcome)) return replies.ok;
    }
    const key = eventId === undefined ? undefined : dedupeKey(context.groupId, eventId);
    // Still running: visible to duplicates (`inflight`) and to `drain()` (`running`) until settled.
    const pending = Promise.resolve(outcome);
    running.add(pending);
    if (key !== undefined) inflight.set(key, pending);
    if (ack === 'after-handlers') return settle(pending, deadline ?? started + timeoutMs, event, context, key);
    void pending.then(() => untrack(pending, key));
    return replies.ok;
  }

  function untrack(outcome: Promise<Outcome>, key: string | undefined): void {
    running.delete(outcome);
    if (key !== undefined && inflight.get(key) === outcome) inflight.delete(key);
  }

  /** A duplicate of an event this process is handling right now: never dispatched again. */
  function duplicateOf(outcome: Promise<Outcome>, deadline: number | undefined): MaybePromise<CallbackReply> {
    // `immediate`: the first delivery was answered ok already; so is this one.
    return ack === 'immediate' ? replies.ok : settle(outcome, deadline ?? performance.now() + timeoutMs);
  }

  function claimFailed(context: EventContext, eventId: string, error: unknown): CallbackReply {
    report(new DedupeStoreError('claim', dedupeKey(context.groupId, eventId), error));
    return replies.storeFailed;
  }

  /** `claimedAt` is given for a claim answered in this tick, `deadline` for one that was waited for. */
  function claimed(event: AnyEvent, context: EventContext, eventId: string, claim: ClaimResult, deadline?: number, claimedAt?: number): MaybePromise<CallbackReply> {
    if (claim === 'done') return replies.ok;
    if (claim === 'in-progress') {
      // Claimed by a delivery in this process that got there first, or by another instance.
      const racing = inflight.get(dedupeKey(context.groupId, eventId));
      if (racing !== undefined) return duplicateOf(racing, deadline);
      return ack === 'immediate' ? replies.ok : replies.handledElsewhere;
    }
    return begin(event, context, eventId, deadline, claimedAt);
  }

  return {
    deliver(event, context) {
      const eventId = context.eventId;
      if (claims === undefined || eventId === undefined) {
        // No event_id (API versions below 5.103) or dedupe off: every delivery dispatches.
        return begin(event, context, undefined);
      }
      // Only handlings that outlive their tick are in `inflight`; with synchronous handlers it stays empty.
      if (inflight.size > 0) {
        const local = inflight.get(dedupeKey(context.groupId, eventId));
        if (local !== undefined) return duplicateOf(local, undefined);
      }

      // One clock reading per event: the handlers' time budget starts with it, and the in-memory
      // store takes it as its time rather than reading its clock on claim and on complete.
      const claimedAt = performance.now();
      let claim: MaybePromise<ClaimResult>;
      try {
        claim = claims.claim(context.groupId, eventId, claimedAt);
      } catch (error) {
        return claimFailed(context, eventId, error);
      }
      if (!isPromiseLike(claim)) return claimed(event, context, eventId, claim, undefined, claimedAt);
      // The budget includes the wait for the store.
      const deadline = claimedAt + timeoutMs;
      return Promise.resolve(claim).then(
        (result) => claimed(event, context, eventId, result, deadline),
        (error: unknown) => claimFailed(context, eventId, error),
      );
    },

    async drain() {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
  };
}
