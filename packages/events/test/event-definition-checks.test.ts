/**
 * Every definition guard of the generated event checks (packages/types/src/gen/events-check.gen.ts,
 * `eventDefinitionChecks`: one per object, union, array or open-object definition reached from
 * an event; primitive definitions are inlined) against the zod validator of the same definition,
 * on synthesized samples and every mutation of them. Each definition is the root of its own
 * samples, so every property of every definition is mutated with all of its optional siblings
 * present; samples stop one level down (the definitions there have their own samples), which
 * keeps the zod side affordable.
 *
 * Both modules are read from the package source: the definition guards are not part of the
 * published `@vkts/types/event-checks`.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { eventDefinitionChecks } from '../../types/src/gen/events-check.gen.js';
import * as validators from '../../types/src/gen/zod.gen.js';
import { compareVerdicts, samplesAndMutations, type Guard } from './parity.js';

function isValidator(value: unknown): value is z.ZodType {
  return typeof value === 'object' && value !== null && 'safeParse' in value && 'validate' in value;
}

const entries: [string, Guard, z.ZodType][] = Object.entries(eventDefinitionChecks).map(([name, guard]) => {
  const validator: unknown = Reflect.get(validators, `z${name}`);
  if (!isValidator(validator)) throw new Error(`no validator z${name} for the guard of ${name}`);
  return [name, guard, validator];
});

it('there is a guard for each object definition the events reach', () => {
  expect(entries.length).toBeGreaterThan(150);
  expect(entries.map(([name]) => name)).toEqual(expect.arrayContaining(['CallbackMessage', 'CallbackMessageObject', 'WallWallpostFull', 'MessagesMessageAttachment']));
});

describe.each(entries)('%s', (_name, guard, validator) => {
  it('the guard agrees with the validator on samples and every mutation of them', () => {
    const samples = [
      { seed: 1, omitOptional: false, maxDepth: 1 },
      { seed: 3, omitOptional: false, maxDepth: 1 },
      { seed: 2, omitOptional: true },
    ];
    const { compared, accepted, failures } = compareVerdicts(guard, validator, samplesAndMutations(validator, samples));
    expect(failures).toEqual([]);
    expect(compared).toBeGreaterThan(50);
    expect(accepted).toBeGreaterThanOrEqual(samples.length);
  });
});
