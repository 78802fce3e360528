// Loaded only through validators.ts's dynamic import: this module pulls in zod, every generated
// validator and the generated event type guards, which `mode: 'off'` and router-only users never
// need.
import type { CallbackEventType } from '@vkts/types';
import { callbackEventChecks } from '@vkts/types/event-checks';
import { callbackEventValidators } from '@vkts/types/zod';
import { z } from 'zod';
import type { RoutableInput } from './envelope.js';
import type { EventIssue } from './errors.js';

/** Validates known events. */
export interface EventChecker {
  /** `undefined` when the event is valid; otherwise every issue, as the full validator words it. */
  issuesOf(type: CallbackEventType, envelope: RoutableInput): readonly EventIssue[] | undefined;
}

/**
 * The fast path: the generated plain-JS type guard of the event type (`@vkts/types/event-checks`),
 * made from the same schema IR as the zod validator and tested to give its verdict. Exported for
 * tests.
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
