// What an adapter needs from a receiver (its core `respond` and body limit), kept out of the
// public `Callback` object: createCallback() registers it here, the create* factories look it up.
import type { MaybePromise } from '../maybe-promise.js';
import type { CallbackReply } from '../replies.js';
import type { CallbackRequest } from '../request.js';

export interface ReceiverWiring {
  readonly respond: (request: CallbackRequest) => MaybePromise<CallbackReply>;
  readonly bodyLimit: number;
}

const wirings = new WeakMap<object, ReceiverWiring>();

export function registerWiring(receiver: object, wiring: ReceiverWiring): void {
  wirings.set(receiver, wiring);
}

/** The wiring of a receiver from createCallback(); a TypeError naming `caller` for anything else. */
export function wiringOf(receiver: unknown, caller: string): ReceiverWiring {
  const wiring = typeof receiver === 'object' && receiver !== null ? wirings.get(receiver) : undefined;
  if (wiring === undefined) throw new TypeError(`${caller}: the first argument must be a receiver from createCallback()`);
  return wiring;
}
