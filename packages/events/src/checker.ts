// Loaded only through validators.ts's dynamic import: this module pulls in zod and every
// generated validator, which `mode: 'off'` and router-only users never need.
import type { CallbackEventType } from '@vkts/types';
import { callbackEventValidators } from '@vkts/types/zod';
import { z } from 'zod';
import type { RoutableInput } from './envelope.js';
import type { EventIssue } from './errors.js';

/** Validates known events. */
export interface EventChecker {
  /** `undefined` when the event is valid; otherwise every issue, as the full validator words it. */
  issuesOf(type: CallbackEventType, envelope: RoutableInput): readonly EventIssue[] | undefined;
}

/** A type's validator, split so that valid events (the common case) take the short path. */
export interface Plan {
  /** `by-key`: the short path described at `planFor`; `whole`: the validator as is. */
  readonly kind: 'by-key' | 'whole';
  /** True when the event is valid. Never accepts what the full validator rejects. */
  readonly accepts: (envelope: RoutableInput) => boolean;
  readonly validator: z.core.$ZodType;
}

export function createEventChecker(): EventChecker {
  // Built per type on first use, so startup does not pay for types an app never receives.
  const plans = new Map<CallbackEventType, Plan>();
  return {
    issuesOf(type, envelope) {
      let plan = plans.get(type);
      if (plan === undefined) {
        plan = planFor(type, callbackEventValidators[type]);
        plans.set(type, plan);
      }
      if (plan.accepts(envelope)) return undefined;
      const result = z.safeParse(plan.validator, envelope);
      // Only the full validator's verdict rejects: should the short path ever be stricter than
      // it, the event is still accepted.
      return result.success ? undefined : result.error.issues.map(toEventIssue);
    },
  };
}

function toEventIssue(issue: z.core.$ZodIssue): EventIssue {
  return { path: issue.path, message: issue.message, code: issue.code };
}

/**
 * Exported for tests. The generated event validators are `z.looseObject({ type, group_id, event_id?, v?, secret?,
 * object })`. For an object validator whose unknown keys are allowed and that has no
 * object-level checks, accepting the object means exactly accepting each key's value, so the
 * short path runs the key validators directly and skips `type`, which routing has already
 * matched. That saves the envelope layer (its key loop, unknown-key pass and output copy):
 * about a tenth of a strict parse, see bench/events. Any other validator shape is run whole.
 */
export function planFor(type: CallbackEventType, validator: z.core.$ZodType): Plan {
  const whole: Plan = { kind: 'whole', validator, accepts: (envelope) => z.safeParse(validator, envelope).success };
  const def = validator._zod.def;
  if (!isObjectDef(def) || (def.checks?.length ?? 0) > 0 || !allowsUnknownKeys(def.catchall)) return whole;
  const typeSchema = def.shape.type;
  if (typeSchema === undefined || !z.safeParse(typeSchema, type).success) return whole;
  const keys = Object.entries(def.shape).filter(([key]) => key !== 'type');
  return {
    kind: 'by-key',
    validator,
    accepts: (envelope) => {
      for (const [key, schema] of keys) {
        if (!z.safeParse(schema, envelope[key]).success) return false;
      }
      return true;
    },
  };
}

function isObjectDef(def: z.core.$ZodTypeDef): def is z.core.$ZodObjectDef {
  return def.type === 'object';
}

/** `z.looseObject` (catchall unknown) or `z.object` (strips unknown keys): neither rejects them. */
function allowsUnknownKeys(catchall: z.core.$ZodType | undefined): boolean {
  if (catchall === undefined) return true;
  const type = catchall._zod.def.type;
  return type === 'unknown' || type === 'any';
}
