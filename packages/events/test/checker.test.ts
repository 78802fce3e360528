/**
 * The strict/lenient short path (checker.ts `planFor`, `by-key`) must accept exactly what the
 * full generated validator accepts, and report the full validator's issues when it does not.
 */
import { synthesize } from '@vkts/testing';
import { callbackEventTypes } from '@vkts/types';
import { callbackEventValidators } from '@vkts/types/zod';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { planFor } from '../src/checker.js';
import { EventValidationError, parseEvent } from '../src/index.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// One value of each JSON kind, plus a non-integer for the many integer fields.
const REPLACEMENTS: readonly unknown[] = ['x', 1.5, true, null, {}, []];

/** The sample with, one at a time, each envelope and object key removed or given another value. */
function variants(sample: Record<string, unknown>): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const edit = (inObject: boolean, change: (target: Record<string, unknown>) => void) => {
    // Copy only the level being edited; deeper values are shared and never changed.
    const copy = { ...sample };
    if (inObject) {
      if (!isRecord(sample.object)) throw new Error('object is not a record');
      const object = { ...sample.object };
      change(object);
      copy.object = object;
    } else {
      change(copy);
    }
    out.push(copy);
  };
  const places: Array<[boolean, Record<string, unknown>]> = [[false, sample]];
  if (isRecord(sample.object)) places.push([true, sample.object]);
  for (const [inObject, original] of places) {
    for (const key of [...Object.keys(original), 'unheard_of_key']) {
      if (!inObject && key === 'type') continue; // routing picks the validator by type
      edit(inObject, (target) => delete target[key]);
      for (const value of REPLACEMENTS) edit(inObject, (target) => void (target[key] = value));
    }
  }
  return out;
}

describe.each(callbackEventTypes)('%s', (type) => {
  const validator = callbackEventValidators[type];

  it('takes the by-key short path', () => {
    expect(planFor(type, validator).kind).toBe('by-key');
  });

  it('strict mode agrees with the full validator on every variant, issues included', async () => {
    for (const seed of [1, 2]) {
      const sample: unknown = synthesize(validator, { seed, omitOptional: seed === 2 });
      if (!isRecord(sample)) throw new Error('sample is not an object');
      for (const variant of variants(sample)) {
        const full = validator.safeParse(variant);
        const outcome = await parseEvent(variant, { mode: 'strict' }).then(
          (event) => ({ accepted: true as const, event }),
          (error: unknown) => ({ accepted: false as const, error }),
        );
        if (outcome.accepted !== full.success) {
          expect.fail(`strict ${outcome.accepted ? 'accepted' : 'rejected'} what the validator did not: ${JSON.stringify(variant)}`);
        }
        if (outcome.accepted) {
          expect(outcome.event).toBe(variant);
        } else {
          expect(outcome.error).toBeInstanceOf(EventValidationError);
          const issues = outcome.error instanceof EventValidationError ? outcome.error.issues : [];
          expect(issues).toEqual(full.error?.issues.map((i) => ({ path: i.path, message: i.message, code: i.code })));
        }
      }
    }
  });
});

describe('planFor on other validator shapes', () => {
  const shape = { type: z.literal('t'), group_id: z.number(), object: z.looseObject({ id: z.number() }) };
  const event = { type: 't', group_id: 1, object: { id: 2 }, extra: true };

  it('uses the short path for z.object, which ignores unknown keys', () => {
    const plan = planFor('confirmation', z.object(shape));
    // The type literal does not match `confirmation`, so the whole validator must run instead.
    expect(plan.kind).toBe('whole');
    const matching = planFor('confirmation', z.object({ ...shape, type: z.literal('confirmation') }));
    expect(matching.kind).toBe('by-key');
    expect(matching.accepts({ ...event, type: 'confirmation' })).toBe(true);
    expect(matching.accepts({ ...event, type: 'confirmation', group_id: '1' })).toBe(false);
  });

  it('runs strict objects whole, so unknown keys are still rejected', () => {
    const plan = planFor('confirmation', z.strictObject({ ...shape, type: z.literal('confirmation') }));
    expect(plan.kind).toBe('whole');
    expect(plan.accepts({ ...event, type: 'confirmation' })).toBe(false);
  });

  it('runs objects with object-level checks whole, so the checks still apply', () => {
    const refined = z
      .looseObject({ ...shape, type: z.literal('confirmation') })
      .refine((value) => value.group_id > 10, 'group_id must exceed 10');
    const plan = planFor('confirmation', refined);
    expect(plan.kind).toBe('whole');
    expect(plan.accepts({ ...event, type: 'confirmation' })).toBe(false);
  });

  it('runs non-object validators whole', () => {
    const plan = planFor('confirmation', z.union([z.looseObject(shape), z.string()]));
    expect(plan.kind).toBe('whole');
    expect(plan.accepts({ type: 'confirmation', group_id: 'not a number' })).toBe(false);
    expect(plan.accepts({ ...event, type: 't' })).toBe(true);
  });
});
