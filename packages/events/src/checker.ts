// Loaded only through validators.ts's dynamic import: this module pulls in zod, every generated
// validator and the generated event type guards (guards.ts), which `mode: 'off'` and router-only
// users never need.
import type { CallbackEventType } from '@vkts/types';
import { callbackEventValidators } from '@vkts/types/zod';
import { z } from 'zod';
import type { RoutableInput } from './envelope.js';
import type { EventIssue } from './errors.js';
import { acceptsFast } from './guards.js';

/** Validates known events. */
export interface EventChecker {
  /** `undefined` when the event is valid; otherwise every issue, as the full validator words it. */
  issuesOf(type: CallbackEventType, envelope: RoutableInput): readonly EventIssue[] | undefined;
}

/** Re-exported for tests, which check the guards against zod through the checker's own path. */
export { acceptsFast } from './guards.js';

export function createEventChecker(): EventChecker {
  return {
    issuesOf(type, envelope) {
      if (acceptsFast(type, envelope)) return undefined;
      // Rejected by the guard: the zod validator words every issue, and its verdict is final.
      // Should the guard ever be stricter than zod, the event is still accepted (only slower).
      const result = z.safeParse(callbackEventValidators[type], envelope);
      return result.success ? undefined : result.error.issues.map(toEventIssue);
    },
  };
}

function toEventIssue(issue: z.core.$ZodIssue): EventIssue {
  return { path: issue.path, message: issue.message, code: issue.code };
}
