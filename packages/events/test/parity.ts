/**
 * Compares a generated type guard (`@vkts/types/event-checks`) with its zod validator on many
 * values. The verdict compared is zod's `validate` (the parse that stops at the first issue: same
 * verdict as `safeParse`, cheaper on rejections; event-checks.test.ts checks the two agree);
 * every value the guard accepts is also run through `safeParse`, which the checker uses, so that
 * "the guard never accepts what zod rejects" is checked against the checker's own call.
 */
import { synthesize } from '@vkts/testing';
import type { z } from 'zod';
import { mutations, type Mutation } from '../../../test/events/mutations.js';

export type Guard = (value: unknown) => boolean;

export interface Comparison {
  compared: number;
  /** Values both accepted. */
  accepted: number;
  /** The first disagreements, worded for a failure message. */
  failures: string[];
}

export function compareVerdicts(guard: Guard, validator: z.ZodType, cases: Iterable<Mutation>): Comparison {
  const result: Comparison = { compared: 0, accepted: 0, failures: [] };
  const fail = (text: string): void => {
    if (result.failures.length < 10) result.failures.push(text);
  };
  for (const { where, what, value } of cases) {
    result.compared++;
    const guarded = guard(value);
    const validated = validator.validate(value);
    if (guarded !== validated) fail(`${where} ${what}: guard ${String(guarded)}, zod ${String(validated)}`);
    if (guarded) {
      if (validator.safeParse(value).success) result.accepted++;
      else fail(`${where} ${what}: the guard accepts what safeParse rejects`);
    }
  }
  return result;
}

export interface SampleOptions {
  readonly seed: number;
  readonly omitOptional: boolean;
  readonly maxDepth?: number;
}

/** Each synthesized sample as is, then every mutation of it. */
export function* samplesAndMutations(validator: z.ZodType, samples: readonly SampleOptions[]): Generator<Mutation> {
  for (const options of samples) {
    const label = `seed ${options.seed}${options.omitOptional ? ' (required keys only)' : ''}${options.maxDepth !== undefined ? ` depth ${options.maxDepth}` : ''}`;
    const sample: unknown = synthesize(validator, options);
    yield { where: label, what: 'as synthesized', value: sample };
    for (const m of mutations(sample)) yield { ...m, where: `${label} ${m.where}` };
  }
}
