// From a checked event to VK's answer: dedupe by event_id, run the router, and pick the reply
// by the ack mode and the handlers' outcome within the time budget.
//
// Exactly-once dispatch per event_id (while the store remembers it) comes from two layers:
// - in this process, `inflight` maps each event being handled to its outcome, so a duplicate
//   arriving meanwhile waits for that outcome instead of dispatching again;
// - across processes, the store's atomic `claim` lets only one delivery win; the others see
//   `in-progress` (answer 503, VK comes back later) or `done` (answer ok, nothing dispatched).
// A failed handling releases its claim, so VK's next redelivery dispatches again (at-least-once).
import type { AnyEvent, EventContext, EventRouter } from '@vkts/events';
import type { ClaimResult, DedupeStore } from './dedupe-store.js';
import { CallbackTimeoutError, DedupeStoreError } from './errors.js';
import { isPromiseLike, type MaybePromise } from './maybe-promise.js';
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

export function createDelivery(options: DeliveryOptions): Delivery {
  const { router, store, ack, timeoutMs, report } = options;
  const inflight = new Map<string, Promise<Outcome>>();
  const running = new Set<Promise<Outcome>>();

  /** Records the outcome in the store. Never throws: store failures are reported. */
  function finish(key: string | undefined, handled: boolean): MaybePromise<Outcome> {
    const outcome: Outcome = handled ? 'ok' : 'failed';
    if (key === undefined || store === undefined) return outcome;
    // `immediate` already answered ok: VK will not redeliver, so even a failure counts as done
    // (a stray redelivery must not run the handlers a second time: at-most-once).
    const operation = handled || ack === 'immediate' ? 'complete' : 'release';
    const failed = (error: unknown): Outcome => {
      report(new DedupeStoreError(operation, key, error));
      return outcome;
    };
    try {
      const done = store[operation](key);
      return isPromiseLike(done) ? Promise.resolve(done).then(() => outcome, failed) : outcome;
    } catch (error) {
      return failed(error);
    }
  }

  /** Runs the handlers; the outcome promise never rejects (failures are reported). */
  function start(event: AnyEvent, context: EventContext, key: string | undefined): Promise<Outcome> {
    let dispatched: Promise<unknown>;
    try {
      dispatched = router.dispatch(event, context);
    } catch (error) {
      // dispatch rejects rather than throws, but a router from plain JS might not.
      dispatched = Promise.reject(error);
    }
    const outcome = dispatched.then(
      () => finish(key, true),
      (error: unknown) => {
        report(error);
        return finish(key, false);
      },
    );
    running.add(outcome);
    if (key !== undefined) inflight.set(key, outcome);
    void outcome.then(() => {
      running.delete(outcome);
      if (key !== undefined && inflight.get(key) === outcome) inflight.delete(key);
    });
    return outcome;
  }

  /**
   * The reply for a handling we wait on: its outcome, or 503 when the budget runs out first. The
   * first delivery of an event (`timedOut` given) reports the timeout; duplicates do not repeat it.
   */
  function settle(outcome: Promise<Outcome>, deadline: number, timedOut?: { event: AnyEvent; context: EventContext }): Promise<CallbackReply> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        if (timedOut !== undefined) {
          const { event, context } = timedOut;
          report(new CallbackTimeoutError({ groupId: context.groupId, eventId: context.eventId, eventType: event.type, timeoutMs }));
        }
        resolve(replies.stillRunning);
      }, Math.max(0, deadline - Date.now()));
      void outcome.then((result) => {
        clearTimeout(timer);
        resolve(result === 'ok' ? replies.ok : replies.handlerFailed);
      });
    });
  }

  /** A duplicate of an event this process is handling right now: never dispatched again. */
  function duplicateOf(outcome: Promise<Outcome>, deadline: number): MaybePromise<CallbackReply> {
    // `immediate`: the first delivery was answered ok already; so is this one.
    return ack === 'immediate' ? replies.ok : settle(outcome, deadline);
  }

  function claimFailed(key: string, error: unknown): CallbackReply {
    report(new DedupeStoreError('claim', key, error));
    return replies.storeFailed;
  }

  function claimed(event: AnyEvent, context: EventContext, key: string, claim: ClaimResult, deadline: number): MaybePromise<CallbackReply> {
    if (claim === 'done') return replies.ok;
    if (claim === 'in-progress') {
      // Claimed by a delivery in this process that got there first, or by another instance.
      const racing = inflight.get(key);
      if (racing !== undefined) return duplicateOf(racing, deadline);
      return ack === 'immediate' ? replies.ok : replies.handledElsewhere;
    }
    const outcome = start(event, context, key);
    return ack === 'immediate' ? replies.ok : settle(outcome, deadline, { event, context });
  }

  return {
    deliver(event, context) {
      const deadline = Date.now() + timeoutMs;
      if (store === undefined || context.eventId === undefined) {
        // No event_id (API versions below 5.103) or dedupe off: every delivery dispatches.
        const outcome = start(event, context, undefined);
        return ack === 'immediate' ? replies.ok : settle(outcome, deadline, { event, context });
      }
      const key = `${context.groupId}:${context.eventId}`;
      const local = inflight.get(key);
      if (local !== undefined) return duplicateOf(local, deadline);

      let claim: MaybePromise<ClaimResult>;
      try {
        claim = store.claim(key);
      } catch (error) {
        return claimFailed(key, error);
      }
      if (!isPromiseLike(claim)) return claimed(event, context, key, claim, deadline);
      return Promise.resolve(claim).then(
        (result) => claimed(event, context, key, result, deadline),
        (error: unknown) => claimFailed(key, error),
      );
    },

    async drain() {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
  };
}
