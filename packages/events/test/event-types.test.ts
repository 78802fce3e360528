/**
 * One test per known event type: a sample synthesised from the type's own validator (by
 * @vkts/testing) passes strict mode, and the same sample with one required field given a value
 * of the wrong type is rejected with that field's path in the error.
 */
import { synthesize } from '@vkts/testing';
import { callbackEventTypes, type CallbackEventType } from '@vkts/types';
import { callbackEventValidators } from '@vkts/types/zod';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { EventValidationError, formatPath, parseEvent } from '../src/index.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Values of other JS types than `current`, tried in order until the field's validator rejects one. */
function wrongTypedValues(current: unknown): unknown[] {
  const candidates: unknown[] = ['wrong type', 12345, true, { wrong: 'type' }, ['wrong type']];
  return candidates.filter((candidate) => typeof candidate !== typeof current || Array.isArray(candidate) !== Array.isArray(current));
}

interface Breakage {
  /** Path of the changed field from the event root. */
  readonly path: readonly string[];
  readonly value: unknown;
}

/**
 * Picks what to break, from the validator's shape: the first required key of `object` (a key
 * whose validator rejects `undefined`); `group_id` for `confirmation`, which has no object; and
 * `object` itself when the object has no required key at all.
 */
function chooseBreakage(type: CallbackEventType, sample: Record<string, unknown>): Breakage {
  const validator = callbackEventValidators[type];
  if (!(validator instanceof z.ZodObject)) throw new Error(`${type}: the validator is not a zod object`);
  const objectSchema: unknown = validator.shape.object;
  const fieldOf = (path: readonly string[], schema: z.ZodType, current: unknown): Breakage => {
    const value = wrongTypedValues(current).find((candidate) => !schema.safeParse(candidate).success);
    if (value === undefined) throw new Error(`${type}: no wrong-typed value is rejected at ${path.join('.')}`);
    return { path, value };
  };
  if (type === 'confirmation' || objectSchema === undefined) {
    return fieldOf(['group_id'], validator.shape.group_id, sample.group_id);
  }
  if (objectSchema instanceof z.ZodObject && isRecord(sample.object)) {
    const shape: Record<string, z.ZodType> = objectSchema.shape;
    const required = Object.entries(shape).find(([, schema]) => !schema.safeParse(undefined).success);
    if (required !== undefined) {
      const [key, schema] = required;
      return fieldOf(['object', key], schema, sample.object[key]);
    }
  }
  if (!(objectSchema instanceof z.ZodType)) throw new Error(`${type}: shape.object is not a zod schema`);
  return fieldOf(['object'], objectSchema, sample.object);
}

function withValueAt(event: Record<string, unknown>, path: readonly string[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(event);
  let target: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) {
    const next = target[key];
    if (!isRecord(next)) throw new Error(`no object at ${key}`);
    target = next;
  }
  target[path[path.length - 1] ?? ''] = value;
  return copy;
}

describe.each(callbackEventTypes)('%s', (type) => {
  const validator = callbackEventValidators[type];
  const samples = [
    ['every optional key', synthesize(validator, { seed: 7 })],
    ['required keys only', synthesize(validator, { seed: 8, omitOptional: true })],
  ] as const;

  it.each(samples)('a synthesised sample (%s) passes strict mode', async (_, sample) => {
    expect(sample.type).toBe(type);
    await expect(parseEvent(sample, { mode: 'strict' })).resolves.toBe(sample);
    // The validator's output equals its input (no transforms or defaults), which is what lets
    // parseEvent return the input itself.
    expect(validator.parse(sample)).toEqual(sample);
  });

  const sample: unknown = samples[0][1];
  if (!isRecord(sample)) throw new Error(`${type}: the sample is not an object`);
  const { path, value } = chooseBreakage(type, sample);

  it(`a wrong-typed required field (${formatPath(path)} := ${JSON.stringify(value)}) is rejected in strict mode with its path`, async () => {
    const broken = withValueAt(sample, path, value);
    const error = await parseEvent(broken, { mode: 'strict' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EventValidationError);
    if (!(error instanceof EventValidationError)) return;
    expect(error.eventType).toBe(type);
    expect(error.paths).toContain(formatPath(path));
    expect(error.message).toContain(`Invalid "${type}" event`);
    expect(error.message).toContain(formatPath(path));
  });
});
