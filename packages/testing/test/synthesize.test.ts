import * as typesZod from '@vkts/types/zod';
import { apiValidators, callbackEventValidators, zCallbackEvent } from '@vkts/types/zod';
import { apiMethodNames } from '@vkts/types';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { synthesize, SynthesizeError, type SynthesizeOptions } from '../src/index.js';

/** Every zod schema the @vkts/types/zod entry exports by name (definitions, params, responses, events). */
const exportedSchemas: [string, z.core.$ZodType][] = [];
for (const [name, value] of Object.entries(typesZod)) {
  if (value instanceof z.core.$ZodType) exportedSchemas.push([name, value]);
}

/** Try every schema with the options; return the failures as readable lines. */
function failuresOf(schemas: Iterable<[string, z.core.$ZodType]>, options: SynthesizeOptions): string[] {
  const failures: string[] = [];
  for (const [name, schema] of schemas) {
    try {
      z.parse(schema, synthesize(schema, options));
    } catch (error) {
      failures.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return failures;
}

function* methodSchemas(): Generator<[string, z.core.$ZodType]> {
  for (const [method, validators] of Object.entries(apiValidators)) {
    yield [`${method} params`, validators.params];
    for (const [key, schema] of Object.entries(validators.responses)) yield [`${method} ${key}`, schema];
  }
}

const VARIANTS: SynthesizeOptions[] = [{}, { omitOptional: true }, { seed: 7, maxDepth: 2 }, { seed: 99, maxDepth: 8 }];

describe('synthesize: the generated validators accept their samples', () => {
  it('finds the whole @vkts/types/zod surface', () => {
    expect(exportedSchemas.length).toBeGreaterThan(1500);
    expect(Object.keys(apiValidators)).toEqual([...apiMethodNames]);
    expect(Object.keys(callbackEventValidators).length).toBeGreaterThan(50);
  });

  it.each(VARIANTS)('every exported definition (%o)', (options) => {
    expect(failuresOf(exportedSchemas, options)).toEqual([]);
  });

  it.each(VARIANTS)('every method params and response validator in apiValidators (%o)', (options) => {
    expect(failuresOf(methodSchemas(), options)).toEqual([]);
  });

  it.each(VARIANTS)('every community event validator (%o)', (options) => {
    const events: [string, z.core.$ZodType][] = [...Object.entries(callbackEventValidators), ['zCallbackEvent', zCallbackEvent]];
    expect(failuresOf(events, options)).toEqual([]);
  });

  it('produces a message_new event shaped like VK sends it', () => {
    const event = synthesize(callbackEventValidators.message_new);
    expect(event.type).toBe('message_new');
    expect(typeof event.group_id).toBe('number');
    expect(typeof event.object.message.peer_id).toBe('number');
  });
});

describe('synthesize: determinism and options', () => {
  const schema = apiValidators['users.get'].responses.response;

  it('gives the same sample for the same seed and a different one for another seed', () => {
    expect(synthesize(schema, { seed: 3 })).toEqual(synthesize(schema, { seed: 3 }));
    expect(synthesize(schema, { seed: 3 })).not.toEqual(synthesize(schema, { seed: 4 }));
    expect(synthesize(schema)).toEqual(synthesize(schema, { seed: 1 }));
  });

  it('includes optional keys by default and leaves them out with omitOptional', () => {
    const full = synthesize(z.object({ a: z.string(), b: z.number().optional(), c: z.boolean().default(true) }));
    expect(Object.keys(full).sort()).toEqual(['a', 'b', 'c']);
    expect(synthesize(z.object({ a: z.string(), b: z.number().optional() }), { omitOptional: true })).toEqual({ a: expect.any(String) });
  });

  it('stops nesting at maxDepth', () => {
    const tree = z.object({ value: z.int(), child: z.object({ value: z.int(), child: z.object({ value: z.int() }).optional() }).optional() });
    // Depth 0 is the value itself: maxDepth 0 gives only what is required anywhere.
    expect(synthesize(tree, { maxDepth: 0 })).toEqual({ value: expect.any(Number) });
    expect(synthesize(tree, { maxDepth: 1 })).toEqual({ value: expect.any(Number), child: { value: expect.any(Number) } });
    expect(synthesize(tree, { maxDepth: 5 })).toEqual({ value: expect.any(Number), child: { value: expect.any(Number), child: { value: expect.any(Number) } } });
  });

  it('rejects bad options', () => {
    expect(() => synthesize(z.string(), { maxDepth: -1 })).toThrow(TypeError);
    expect(() => synthesize(z.string(), { seed: Number.NaN })).toThrow(TypeError);
  });
});

describe('synthesize: schema kinds', () => {
  it('respects string length limits', () => {
    for (let seed = 0; seed < 20; seed++) {
      const short = synthesize(z.string().max(3), { seed });
      expect(short.length).toBeLessThanOrEqual(3);
      expect(synthesize(z.string().min(40), { seed }).length).toBeGreaterThanOrEqual(40);
      expect(synthesize(z.string().length(5), { seed })).toHaveLength(5);
    }
  });

  it('respects number bounds, exclusivity, integers and multiples', () => {
    for (let seed = 0; seed < 50; seed++) {
      const options = { seed };
      const bounded = synthesize(z.number().int().min(10).max(12), options);
      expect(bounded).toBeGreaterThanOrEqual(10);
      expect(bounded).toBeLessThanOrEqual(12);
      expect(Number.isInteger(bounded)).toBe(true);
      expect(synthesize(z.number().gt(0).lt(1), options)).toSatisfy((n: number) => n > 0 && n < 1);
      expect(synthesize(z.int().positive().multipleOf(7), options) % 7).toBe(0);
      expect(synthesize(z.number().max(-5), options)).toBeLessThanOrEqual(-5);
      expect(synthesize(z.uint32(), options)).toBeGreaterThanOrEqual(0);
    }
  });

  it('picks from literals (single and multi-value), enums and native enums', () => {
    expect(synthesize(z.literal('x'))).toBe('x');
    expect([0, 1, 2]).toContain(synthesize(z.literal([0, 1, 2])));
    expect(['a', 'b']).toContain(synthesize(z.enum(['a', 'b'])));
    enum Color {
      Red = 1,
      Blue = 2,
    }
    expect([Color.Red, Color.Blue]).toContain(synthesize(z.enum(Color)));
  });

  it('builds discriminated unions, records, tuples, intersections, nullables, pipes and wrappers', () => {
    const shape = z.discriminatedUnion('kind', [z.object({ kind: z.literal('a'), a: z.string() }), z.object({ kind: z.literal('b'), b: z.number() })]);
    for (let seed = 0; seed < 10; seed++) expect(shape.safeParse(synthesize(shape, { seed })).success).toBe(true);
    expect(Object.keys(synthesize(z.record(z.enum(['x', 'y']), z.number())))).toEqual(['x', 'y']);
    expect(Object.keys(synthesize(z.record(z.string(), z.unknown())))).toHaveLength(1);
    expect(synthesize(z.tuple([z.string(), z.int()]))).toEqual([expect.any(String), expect.any(Number)]);
    expect(synthesize(z.intersection(z.object({ a: z.string() }), z.object({ b: z.int() })))).toEqual({ a: expect.any(String), b: expect.any(Number) });
    expect(synthesize(z.string().nullable())).toEqual(expect.any(String));
    expect(synthesize(z.string().transform((text) => text.length))).toEqual(expect.any(Number));
    expect(synthesize(z.object({ a: z.string().optional() }).required())).toEqual({ a: expect.any(String) });
    expect(synthesize(z.null())).toBeNull();
    expect(synthesize(z.date())).toBeInstanceOf(Date);
    expect(synthesize(z.set(z.int()))).toBeInstanceOf(Set);
    expect(synthesize(z.map(z.string(), z.int()))).toBeInstanceOf(Map);
    expect(synthesize(z.bigint())).toEqual(expect.any(BigInt));
    expect(synthesize(z.string().readonly().catch('fallback'))).toEqual(expect.any(String));
    expect(synthesize(z.email())).toMatch(/@/);
    expect(synthesize(z.uuid())).toMatch(/^[0-9a-f-]{36}$/);
    expect(synthesize(z.string().startsWith('ab').endsWith('yz').max(10))).toMatch(/^ab.*yz$/);
  });

  it('bounds recursive definitions', () => {
    interface Node {
      id: number;
      children: Node[];
      parent?: Node;
    }
    const node: z.ZodType<Node> = z.lazy(() => z.object({ id: z.int(), children: z.array(node), parent: node.optional() }));
    const value = synthesize(node);
    expect(node.safeParse(value).success).toBe(true);
    expect(JSON.stringify(value).length).toBeLessThan(10_000);
  });

  it('explains what it cannot build, with the place', () => {
    const endless: z.ZodType<{ next: unknown }> = z.lazy(() => z.object({ next: endless }));
    expect(() => synthesize(endless)).toThrow(/nests without end/);
    expect(() => synthesize(z.object({ a: z.never() }))).toThrow(SynthesizeError);
    try {
      synthesize(z.object({ inner: z.object({ when: z.string().regex(/^\d{4}$/) }) }));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SynthesizeError);
      if (error instanceof SynthesizeError) {
        expect(error.path).toBe('$.inner.when');
        expect(error.message).toContain('"regex" is not supported');
      }
    }
    expect(() => synthesize(z.int().min(5).max(1))).toThrow(/no number satisfies/);
    expect(() => synthesize(z.string().refine(() => false, 'never valid'))).toThrow(/does not pass the schema/);
  });
});
