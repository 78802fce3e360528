// The generated plain-JS event type guards alone (`@vkts/types/event-checks`, ~0.4 MB of heap),
// without zod and its ~2,500 schemas (~32 MB of heap that every major GC then marks). Loaded only
// through validators.ts's dynamic import, like checker.ts, which builds on it.
import type { CallbackEventType } from '@vkts/types';
import { callbackEventChecks } from '@vkts/types/event-checks';
import type { RoutableInput } from './envelope.js';

/**
 * The fast path: the generated type guard of the event type, made from the same schema IR as the
 * zod validator and tested to give its verdict.
 *
 * A guard that throws counts as a rejection, so zod decides: the guards recurse without zod's
 * cycle tracking, and an input that is not plain JSON data (an object graph with a cycle) can
 * overflow the stack.
 */
export function acceptsFast(type: CallbackEventType, envelope: RoutableInput): boolean {
  try {
    return callbackEventChecks[type](envelope);
  } catch {
    return false;
  }
}
