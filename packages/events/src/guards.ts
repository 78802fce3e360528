// The generated plain-JS event type guards alone (`@vkts/types/event-checks`, ~0.4 MB of heap),
// without zod and its ~2,500 schemas (~32 MB of heap that every major GC then marks). Loaded only
// through validators.ts's dynamic import, like checker.ts, which builds on it.
import type { CallbackEventType } from '@vkts/types';
import { callbackEventChecks } from '@vkts/types/event-checks';
import type { RoutableInput } from './envelope.js';

/**
 * The guards by type in a Map rather than read as properties: an event's `type` comes from
 * JSON.parse, which internalizes only strings of up to 10 characters, so `callbackEventChecks[type]`
 * first looks most types (`message_new`, …) up in V8's string table on every event; `Map.get`
 * hashes the string once. ~35 ns per event less (fresh JSON.parse'd batches of `message_new`).
 */
const checksByType: ReadonlyMap<string, (value: unknown) => boolean> = new Map<string, (value: unknown) => boolean>(Object.entries(callbackEventChecks));

/**
 * The fast path: the generated type guard of the event type, made from the same schema IR as the
 * zod validator and tested to give its verdict.
 *
 * A guard that throws counts as a rejection, so zod decides: the guards recurse without zod's
 * cycle tracking, and an input that is not plain JSON data (an object graph with a cycle) can
 * overflow the stack.
 */
export function acceptsFast(type: CallbackEventType, envelope: RoutableInput): boolean {
  const check = checksByType.get(type);
  if (check === undefined) return false;
  try {
    return check(envelope);
  } catch {
    return false;
  }
}
