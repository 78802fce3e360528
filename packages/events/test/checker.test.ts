/**
 * The checker (checker.ts): valid events take the fast path (the generated type guard of
 * `@vkts/types/event-checks`); a rejected event runs the zod validator, whose issues are
 * reported and whose verdict is final. Whether each guard gives its validator's verdict is
 * tested at length in event-checks.test.ts and event-definition-checks.test.ts.
 */
import { synthesize } from '@vkts/testing';
import { callbackEventTypes } from '@vkts/types';
import { callbackEventChecks } from '@vkts/types/event-checks';
import { callbackEventValidators, zCallbackForeignMessage } from '@vkts/types/zod';
import { describe, expect, it } from 'vitest';
import { acceptsFast, createEventChecker } from '../src/checker.js';
import { isRoutable } from '../src/envelope.js';
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

  it('strict mode agrees with the full validator on every variant, issues included', async () => {
    for (const seed of [1, 2]) {
      const sample: unknown = synthesize(validator, { seed, omitOptional: seed === 2 });
      if (!isRoutable(sample)) throw new Error('sample is not an event');
      expect(acceptsFast(type, sample)).toBe(true);
      for (const variant of variants(sample)) {
        if (!isRoutable(variant)) throw new Error('variant is not an event');
        const full = validator.safeParse(variant);
        expect(acceptsFast(type, variant), JSON.stringify(variant)).toBe(full.success);
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

describe('the fast path', () => {
  it('is the generated guard of the event type', () => {
    const event = { type: 'group_join', group_id: 1, object: { user_id: 1, join_type: 'join' } };
    expect(callbackEventChecks.group_join(event)).toBe(true);
    expect(acceptsFast('group_join', event)).toBe(true);
    const bad = { ...event, object: { user_id: '1', join_type: 'join' } };
    expect(callbackEventChecks.group_join(bad)).toBe(false);
    expect(acceptsFast('group_join', bad)).toBe(false);
    expect(createEventChecker().issuesOf('group_join', event)).toBeUndefined();
    expect(createEventChecker().issuesOf('group_join', bad)).toEqual([{ path: ['object', 'user_id'], message: expect.any(String), code: 'invalid_type' }]);
  });

  it('a guard that throws (a cyclic object graph overflows its recursion) leaves the verdict to zod', async () => {
    // Not JSON, but parseEvent takes any object: a forwarded message that forwards itself.
    const message = synthesize(callbackEventValidators.message_new, { seed: 2, omitOptional: true }).object.message;
    const forwarded: Record<string, unknown> = { ...synthesize(zCallbackForeignMessage, { seed: 1, omitOptional: true }) };
    forwarded.fwd_messages = [forwarded];
    const event = { type: 'message_new', group_id: 1, object: { message: { ...message, reply_message: forwarded } } };
    expect(() => callbackEventChecks.message_new(event)).toThrow(RangeError);
    expect(acceptsFast('message_new', event)).toBe(false);
    // zod tracks the cycle (its memoizer) and accepts; so must strict mode, through zod.
    const zod = callbackEventValidators.message_new.safeParse(event).success;
    expect(zod).toBe(true);
    const strict = await parseEvent(event, { mode: 'strict' }).then(
      () => true,
      (error: unknown) => {
        if (error instanceof EventValidationError) return false;
        throw error;
      },
    );
    expect(strict).toBe(zod);
  });
});
