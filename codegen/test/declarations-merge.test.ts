/**
 * types.gen.ts is compiled by json-schema-to-typescript in two parts, one per thread, and put
 * back together (src/emit/declarations-merge.ts). The merged text must be exactly what one
 * compile over every definition gives, wherever the definitions are split.
 */
import { describe, expect, it } from 'vitest';
import { mergeCompiled, splitDefinitions } from '../src/emit/declarations-merge.js';
import type { JsonSchemaOut } from '../src/emit/json-schema.js';
import { compileDeclarations, DECLARATIONS_ROOT } from '../src/emit/types.js';

// Aliases and interfaces interleaved, as the real definitions are (objects, unions, arrays,
// enum leaves and references), with docs, nested objects and optional properties.
const definitions: Record<string, JsonSchemaOut> = {
  Sex: { title: 'Sex', description: 'Sex of a user', tsType: '0 | 1 | 2' },
  User: {
    title: 'User',
    description: 'A user',
    type: 'object',
    properties: {
      id: { tsType: 'number', description: 'User ID' },
      sex: { tsType: 'Sex' },
      city: { type: 'object', properties: { id: { tsType: 'number' }, title: { tsType: 'string' } }, required: ['id'], additionalProperties: false },
    },
    required: ['id'],
    additionalProperties: false,
  },
  UserIds: { title: 'UserIds', tsType: 'number[]' },
  Owner: { title: 'Owner', anyOf: [{ tsType: 'User' }, { type: 'object', properties: { name: { tsType: 'string' } }, required: ['name'], additionalProperties: false }] },
  Group: { title: 'Group', type: 'object', properties: { name: { tsType: 'string' } }, required: [], additionalProperties: false },
  Counters: { title: 'Counters', type: 'array', items: { type: 'object', properties: { n: { tsType: 'number' } }, required: ['n'], additionalProperties: false } },
  Empty: { title: 'Empty', type: 'object', properties: {}, required: [], additionalProperties: false },
};

describe('declarations compiled in two parts', () => {
  it('merge to exactly one compile over all definitions, wherever they are split', async () => {
    const whole = await compileDeclarations(definitions);
    // Both sections are there to merge (the test would prove little otherwise).
    expect(whole).toMatch(/^\/\*\*[\s\S]*export type Sex = [\s\S]*export interface VktsSchemaRoot \{\n\n\}\n[\s\S]*export interface User \{/);
    const count = Object.keys(definitions).length;
    for (let at = 0; at <= count; at++) {
      const [first, second] = splitDefinitions(definitions, at / count);
      expect(Object.keys(first)).toHaveLength(at);
      const parts = [await compileDeclarations(first), await compileDeclarations(second)];
      expect(mergeCompiled(parts, DECLARATIONS_ROOT), `split after ${at} definitions`).toBe(whole);
    }
  });

  it('refuses output it cannot take apart, naming the expected layout', () => {
    expect(() => mergeCompiled(['export type A = string\n'], DECLARATIONS_ROOT)).toThrow(/not laid out as the declarations merge expects/);
  });
});
