import type { EventChecker } from './checker.js';
import type { RoutableInput } from './envelope.js';
import type { CallbackEventType } from '@vkts/types';

// Loaded on first use rather than imported statically: the checker pulls in zod and ~2,500
// generated schemas from `@vkts/types/zod`, and the generated event type guards from
// `@vkts/types/event-checks`, which `mode: 'off'` and router-only users should never pay for.
let loaded: EventChecker | undefined;
let loading: Promise<EventChecker> | undefined;

/** The checker, loading it once; later calls share the same promise. */
export function loadEventChecker(): Promise<EventChecker> {
  loading ??= import('./checker.js').then(
    (module) => (loaded = module.createEventChecker()),
    (error: unknown) => {
      // Forget the failure so that a later call tries again (e.g. after a transient FS error).
      loading = undefined;
      throw new Error('@vkts/events: could not load the event validators from @vkts/types/zod and @vkts/types/event-checks', { cause: error });
    },
  );
  return loading;
}

/** The checker if already loaded: lets the hot path skip a promise. */
export function loadedEventChecker(): EventChecker | undefined {
  return loaded;
}

/**
 * Loads the event validators (and zod) now. `parseEvent` does it on its first validating call
 * and `createEventParser` when created; call this at startup to take that cost off the first event.
 */
export async function loadEventValidators(): Promise<void> {
  await loadEventChecker();
}

/** A guard check: true when the generated type guard accepts the event (see guards.ts). */
export type FastAccept = (type: CallbackEventType, envelope: RoutableInput) => boolean;

let loadingGuards: Promise<FastAccept> | undefined;

/**
 * The generated type guards alone, without zod (a lazy parser's fast path): loaded once; the
 * full checker (zod) loads only when a guard first rejects an event.
 */
export function loadEventGuards(): Promise<FastAccept> {
  loadingGuards ??= import('./guards.js').then(
    (module) => module.acceptsFast,
    (error: unknown) => {
      loadingGuards = undefined;
      throw new Error('@vkts/events: could not load the event type guards from @vkts/types/event-checks', { cause: error });
    },
  );
  return loadingGuards;
}
