import { describe, expect, it } from 'vitest';
import { buildIR } from '../src/ir/build.js';
import { Normaliser } from '../src/ir/normalise.js';
import { indexDefinitions, resolveRef } from '../src/ir/refs.js';
import type { JsonObject } from '../src/ir/json.js';
import type { MethodIR, ObjectNode, SchemaIR, TypeNode } from '../src/ir/types.js';

// One rule of the VK schema dialect per test, on inline schemas: what the Normaliser makes of a
// node, and what buildIR makes of definitions, methods and errors.json — including the errors
// that must stop codegen.

type Files = Record<string, { definitions: Record<string, JsonObject> }>;

/** A Normaliser over `a/objects.json` (plus any other files given). */
function normaliser(definitions: Record<string, JsonObject>, more: Files = {}): Normaliser {
  const files = new Map<string, unknown>([['a/objects.json', { definitions }], ...Object.entries(more)]);
  return new Normaliser(indexDefinitions(files));
}

/** The normalised node of an inline schema written in a/objects.json. */
function node(schema: JsonObject, definitions: Record<string, JsonObject> = {}, more: Files = {}): TypeNode {
  return normaliser(definitions, more).node(schema, 'a/objects.json', 'inline');
}

function object(n: TypeNode): ObjectNode {
  if (n.kind !== 'object') throw new Error(`expected an object node, got ${n.kind}`);
  return n;
}

const ref = (name: string, file = 'objects.json'): JsonObject => ({ $ref: `../a/${file}#/definitions/${name}` });
const str: JsonObject = { type: 'string' };
const int: JsonObject = { type: 'integer' };

describe('Normaliser: one dialect rule each', () => {
  it.each<{ rule: string; schema: JsonObject; defs?: Record<string, JsonObject>; expected: TypeNode }>([
    {
      rule: 'boolean `required` on properties: true, false and absent',
      schema: { type: 'object', properties: { a: { ...str, required: true }, b: { ...str, required: false }, c: str } },
      expected: {
        kind: 'object',
        open: false,
        properties: [
          { name: 'a', type: { kind: 'primitive', type: 'string' }, required: true },
          { name: 'b', type: { kind: 'primitive', type: 'string' }, required: false },
          { name: 'c', type: { kind: 'primitive', type: 'string' }, required: false },
        ],
      },
    },
    {
      rule: 'only the boolean true counts as required',
      schema: { type: 'object', properties: { a: { ...str, required: 'true' }, b: { ...str, required: 1 } } },
      expected: {
        kind: 'object',
        open: false,
        properties: [
          { name: 'a', type: { kind: 'primitive', type: 'string' }, required: false },
          { name: 'b', type: { kind: 'primitive', type: 'string' }, required: false },
        ],
      },
    },
    {
      rule: '`$ref` with sibling type/minimum/required/description: a ref, the description on the property',
      schema: {
        type: 'object',
        properties: { n: { ...ref('count'), type: 'integer', minimum: 5, required: true, description: 'How many' } },
      },
      defs: { count: { type: 'integer', minimum: 0 } },
      expected: {
        kind: 'object',
        open: false,
        properties: [{ name: 'n', type: { kind: 'ref', target: 'count' }, required: true, description: 'How many' }],
      },
    },
    {
      rule: 'a bare `$ref` at the top keeps its sibling description on the ref node',
      schema: { ...ref('count'), description: 'Described' },
      defs: { count: int },
      expected: { kind: 'ref', target: 'count', description: 'Described' },
    },
    {
      rule: 'a local `#/definitions/x` ref resolves in the same file',
      schema: { $ref: '#/definitions/count' },
      defs: { count: int },
      expected: { kind: 'ref', target: 'count' },
    },
    {
      rule: 'oneOf becomes a union of its members',
      schema: { oneOf: [ref('x'), str, { type: 'array', items: int }] },
      defs: { x: { type: 'object', properties: {} } },
      expected: {
        kind: 'union',
        members: [
          { kind: 'ref', target: 'x' },
          { kind: 'primitive', type: 'string' },
          { kind: 'array', items: { kind: 'primitive', type: 'integer' } },
        ],
      },
    },
    {
      rule: 'anyOf becomes a union too',
      schema: { anyOf: [str, int] },
      expected: { kind: 'union', members: [{ kind: 'primitive', type: 'string' }, { kind: 'primitive', type: 'integer' }] },
    },
    {
      rule: '`type` arrays become a union, each member keeping the keywords that apply to it',
      schema: { type: ['integer', 'string'], minimum: 1, maxLength: 10, format: 'int64' },
      expected: {
        kind: 'union',
        members: [
          { kind: 'primitive', type: 'integer', format: 'int64', minimum: 1 },
          { kind: 'primitive', type: 'string', format: 'int64', maxLength: 10 },
        ],
      },
    },
    {
      rule: 'a string enum with enumNames',
      schema: { type: 'string', enum: ['a', 'b'], enumNames: ['Alpha', 'Beta'] },
      expected: { kind: 'primitive', type: 'string', enum: ['a', 'b'], enumNames: ['Alpha', 'Beta'] },
    },
    {
      rule: 'an integer enum with enumNames',
      schema: { type: 'integer', enum: [0, 1], enumNames: ['no', 'yes'] },
      expected: { kind: 'primitive', type: 'integer', enum: [0, 1], enumNames: ['no', 'yes'] },
    },
    {
      rule: 'an enum without `type` takes the type of its first value',
      schema: { enum: [3, 4] },
      expected: { kind: 'primitive', type: 'integer', enum: [3, 4] },
    },
    {
      rule: 'int64 and other formats are kept on the primitive',
      schema: { type: 'integer', format: 'int64', minimum: 0, maximum: 10 },
      expected: { kind: 'primitive', type: 'integer', format: 'int64', minimum: 0, maximum: 10 },
    },
    {
      rule: 'string length limits and array item limits are kept',
      schema: { type: 'array', items: { type: 'string', minLength: 1, maxLength: 2 }, minItems: 1, maxItems: 3 },
      expected: { kind: 'array', items: { kind: 'primitive', type: 'string', minLength: 1, maxLength: 2 }, minItems: 1, maxItems: 3 },
    },
    {
      rule: 'an array without items has unknown items',
      schema: { type: 'array' },
      expected: { kind: 'array', items: { kind: 'unknown' } },
    },
    {
      rule: '`items` on a `format: json` string does not change the value type',
      schema: { type: 'string', format: 'json', items: int },
      expected: { kind: 'primitive', type: 'string', format: 'json' },
    },
    {
      rule: 'a bare `{type: object}` is an open object',
      schema: { type: 'object' },
      expected: { kind: 'object', open: true, properties: [] },
    },
    {
      rule: '`properties` without `type` is an object',
      schema: { properties: { a: int } },
      expected: { kind: 'object', open: false, properties: [{ name: 'a', type: { kind: 'primitive', type: 'integer' }, required: false }] },
    },
    {
      rule: 'a node without type, ref or combinator is unknown',
      schema: { description: 'Anything' },
      expected: { kind: 'unknown', description: 'Anything' },
    },
    {
      rule: 'deprecated_from_version is carried on the property',
      schema: { type: 'object', properties: { old: { ...str, deprecated_from_version: '5.100' } } },
      expected: {
        kind: 'object',
        open: false,
        properties: [{ name: 'old', type: { kind: 'primitive', type: 'string' }, required: false, deprecatedFrom: '5.100' }],
      },
    },
  ])('$rule', ({ schema, defs, expected }) => {
    expect(node(schema, defs)).toEqual(expected);
  });

  describe('allOf', () => {
    const defs: Record<string, JsonObject> = {
      base: {
        type: 'object',
        properties: { id: { ...int, required: true }, name: { ...str, description: 'Base name' }, note: str },
      },
      alias: { type: 'object', $ref: '#/definitions/base' },
    };

    it('merges a ref and an inline object into one object: members in order, later wins, required if required anywhere', () => {
      const merged = object(
        node(
          {
            allOf: [
              ref('base'),
              { type: 'object', properties: { name: { ...str, description: 'Full name', required: true }, extra: { ...int, required: true } } },
            ],
          },
          defs,
        ),
      );
      expect(merged).toEqual({
        kind: 'object',
        open: false,
        properties: [
          { name: 'id', type: { kind: 'primitive', type: 'integer' }, required: true },
          { name: 'name', type: { kind: 'primitive', type: 'string' }, required: true, description: 'Full name' },
          { name: 'note', type: { kind: 'primitive', type: 'string' }, required: false },
          { name: 'extra', type: { kind: 'primitive', type: 'integer' }, required: true },
        ],
        allOf: ['base'],
      });
    });

    it('keeps `required` from an earlier branch when a later branch restates the property without it', () => {
      const merged = object(node({ allOf: [ref('base'), { type: 'object', properties: { id: int } }] }, defs));
      expect(merged.properties.find((p) => p.name === 'id')?.required).toBe(true);
    });

    it('follows an alias definition to the object it names', () => {
      const merged = object(node({ allOf: [ref('alias'), { type: 'object', properties: { more: str } }] }, defs));
      expect(merged.properties.map((p) => p.name)).toEqual(['id', 'name', 'note', 'more']);
    });

    it('keeps the allOf node’s own description', () => {
      expect(node({ description: 'Merged', allOf: [ref('base')] }, defs).description).toBe('Merged');
    });

    it.each<{ what: string; member: JsonObject; defs?: Record<string, JsonObject>; message: RegExp }>([
      { what: 'a string', member: str, message: /inline\/allOf\/1: allOf member is a primitive, only objects can be merged/ },
      { what: 'an array', member: { type: 'array', items: int }, message: /allOf member is a array, only objects can be merged/ },
      { what: 'a union', member: { oneOf: [ref('base'), str] }, message: /allOf member is a union, only objects can be merged/ },
      {
        what: 'a ref to an enum',
        member: ref('kind'),
        defs: { kind: { type: 'string', enum: ['a'] } },
        message: /inline\/allOf\/1 → kind: allOf member is a primitive/,
      },
    ])('rejects $what as a member, naming where', ({ member, defs: extra, message }) => {
      expect(() => node({ allOf: [ref('base'), member] }, { ...defs, ...extra })).toThrow(message);
    });

    it('rejects an allOf that includes itself', () => {
      const n = normaliser({ loop: { allOf: [{ $ref: '#/definitions/loop' }, { type: 'object', properties: {} }] } });
      expect(() => n.definition('loop')).toThrow(/allOf cycle through loop/);
    });
  });

  describe('recursion and aliases', () => {
    it('a self-recursive definition refers to itself by name', () => {
      const n = normaliser({ tree: { type: 'object', properties: { children: { type: 'array', items: { $ref: '#/definitions/tree' } } } } });
      expect(n.definition('tree')).toEqual({
        kind: 'object',
        open: false,
        properties: [{ name: 'children', type: { kind: 'array', items: { kind: 'ref', target: 'tree' } }, required: false }],
      });
    });

    it('a two-definition cycle normalises both sides', () => {
      const n = normaliser({
        post: { type: 'object', properties: { thread: { $ref: '#/definitions/thread' } } },
        thread: { type: 'object', properties: { items: { type: 'array', items: { $ref: '#/definitions/post' } } } },
      });
      expect(object(n.definition('post')).properties[0]?.type).toEqual({ kind: 'ref', target: 'thread' });
      expect(object(n.definition('thread')).properties[0]?.type).toEqual({ kind: 'array', items: { kind: 'ref', target: 'post' } });
    });

    it('an alias `{type: object, $ref: other}` is a ref, not the target’s copy', () => {
      const n = normaliser({ full: { type: 'object', properties: { id: int } }, item: { type: 'object', $ref: '#/definitions/full' } });
      expect(n.definition('item')).toEqual({ kind: 'ref', target: 'full' });
    });

    it('caches definitions', () => {
      const n = normaliser({ full: { type: 'object', properties: { id: int } } });
      expect(n.definition('full')).toBe(n.definition('full'));
    });
  });

  describe('errors name the bad node', () => {
    it.each<{ what: string; schema: JsonObject; message: RegExp }>([
      { what: 'an enum value of the wrong type', schema: { type: 'string', enum: ['a', 1] }, message: /^inline\/enum\/1: 1 is not a string$/ },
      { what: 'a string value in an integer enum', schema: { type: 'integer', enum: ['1'] }, message: /^inline\/enum\/0: "1" is not a integer$/ },
      { what: 'enumNames longer than enum', schema: { type: 'integer', enum: [0], enumNames: ['no', 'yes'] }, message: /^inline: enumNames does not match enum$/ },
      { what: 'enumNames without enum', schema: { type: 'string', enumNames: ['x'] }, message: /^inline: enumNames does not match enum$/ },
      { what: 'a non-string enumName', schema: { type: 'integer', enum: [0], enumNames: [0] }, message: /^inline\/enumNames\/0: not a string$/ },
      { what: 'an unknown type', schema: { type: 'null' }, message: /^inline: unsupported type "null"$/ },
      { what: 'an unknown type inside a type array', schema: { type: ['integer', 'file'] }, message: /^inline: unsupported type "file"$/ },
      { what: 'a non-string in a type array', schema: { type: ['integer', 1] }, message: /^inline\/type\/1: expected a type name$/ },
      { what: 'a non-object property', schema: { type: 'object', properties: { a: 'string' } }, message: /^inline\/properties\/a: expected a schema object$/ },
      { what: 'a non-number minimum', schema: { type: 'integer', minimum: '0' }, message: /^inline\/minimum: expected a number$/ },
      { what: 'a non-string description', schema: { type: 'integer', description: 1 }, message: /^inline\/description: expected a string$/ },
      { what: 'a non-object oneOf member', schema: { oneOf: [str, 'x'] }, message: /^inline\/oneOf\/1: expected a schema object$/ },
    ])('$what', ({ schema, message }) => {
      expect(() => node(schema)).toThrow(message);
    });

    it.each<{ what: string; ref: string; message: RegExp }>([
      { what: 'a remote URL', ref: 'https://example.com/schema.json#/definitions/x', message: /unsupported \$ref "https:\/\/example\.com\/schema\.json#\/definitions\/x"/ },
      { what: 'a pointer outside definitions', ref: '#/properties/x', message: /unsupported \$ref "#\/properties\/x"/ },
      { what: 'a whole-file ref', ref: '../a/objects.json', message: /unsupported \$ref "\.\.\/a\/objects\.json"/ },
      { what: 'a nested definitions pointer', ref: '#/definitions/x/properties/y', message: /unsupported \$ref/ },
    ])('an unsupported $ref: $what', ({ ref: target, message }) => {
      expect(() => node({ $ref: target }, { x: int })).toThrow(message);
    });

    it('a dangling $ref names the missing definition', () => {
      expect(() => node(ref('gone'))).toThrow('a/objects.json: $ref ../a/objects.json#/definitions/gone points at a missing definition gone');
    });

    it('a $ref into the wrong file says where the definition lives', () => {
      expect(() => node({ $ref: '../b/objects.json#/definitions/x' }, { x: int })).toThrow(
        'a/objects.json: $ref ../b/objects.json#/definitions/x expects b/objects.json but x lives in a/objects.json',
      );
    });

    it('a $ref across files resolves', () => {
      expect(node({ $ref: '../b/objects.json#/definitions/y' }, {}, { 'b/objects.json': { definitions: { y: int } } })).toEqual({
        kind: 'ref',
        target: 'y',
      });
      expect(resolveRef('../b/objects.json#/definitions/y', 'a/methods.json', indexDefinitions(new Map([['b/objects.json', { definitions: { y: int } }]])))).toBe('y');
    });

    it('an unknown definition', () => {
      expect(() => normaliser({}).definition('nope')).toThrow('unknown definition nope');
    });

    it('a definition defined in two files', () => {
      expect(() => normaliser({ twice: int }, { 'b/objects.json': { definitions: { twice: str } } })).toThrow(
        'definition twice is defined in both a/objects.json and b/objects.json',
      );
    });
  });
});

// ---------------------------------------------------------------------------------------------

const ERRORS = {
  definitions: { subcodes: { first: { subcode: 1000, description: 'First' }, second: { subcode: 1001 } } },
  errors: {
    api_error_unknown: { code: 1, description: 'Unknown', global: true },
    api_error_access: {
      code: 15,
      description: 'Access denied',
      global: true,
      subcodes: [{ $ref: '#/definitions/subcodes/first' }, { $ref: '#/definitions/subcodes/second' }],
    },
    api_error_own: { code: 100, description: 'Own' },
  },
};

const OBJECTS = {
  definitions: {
    a_item: { type: 'object', properties: { id: { type: 'integer', required: true } } },
    a_link: { type: 'object', properties: { url: { type: 'string', required: true } } },
    a_kind: { type: 'string', enum: ['x', 'y'] },
    a_flag: { type: 'integer', enum: [0, 1], enumNames: ['no', 'yes'] },
  },
};

const RESPONSES = {
  definitions: {
    a_get_response: {
      type: 'object',
      properties: { response: { type: 'array', items: { $ref: '../a/objects.json#/definitions/a_item' }, required: true } },
    },
    a_get_extended_response: {
      type: 'object',
      description: 'Extended',
      properties: { response: { type: 'object', properties: { count: { type: 'integer', required: true } }, required: true } },
    },
    a_ok_response: { type: 'object', properties: { response: { type: 'integer', description: 'Always 1', enum: [1], required: true } } },
  },
};

function method(overrides: JsonObject = {}): JsonObject {
  return {
    name: 'a.get',
    access_token_type: ['user'],
    parameters: [],
    responses: { response: { $ref: '../a/responses.json#/definitions/a_get_response' } },
    ...overrides,
  };
}

function ir(methods: JsonObject[], extra: { objects?: object; responses?: object; errors?: object } = {}): SchemaIR {
  return buildIR(
    new Map<string, unknown>([
      ['a/objects.json', { definitions: { ...OBJECTS.definitions, ...(extra.objects ?? {}) } }],
      ['a/responses.json', { definitions: { ...RESPONSES.definitions, ...(extra.responses ?? {}) } }],
      ['a/methods.json', { methods }],
      ['errors.json', extra.errors ?? ERRORS],
    ]),
  );
}

function onlyMethod(raw: JsonObject): MethodIR {
  const built = ir([raw]).methods;
  expect(built).toHaveLength(1);
  return built[0]!;
}

describe('buildIR', () => {
  describe('definitions', () => {
    it('unwraps `{response: …}` and keeps the description of the definition or of the response', () => {
      const { definitions } = ir([method()]);
      expect(definitions.get('a_get_response')).toEqual({
        name: 'a_get_response',
        typeName: 'AGetResponse',
        kind: 'response',
        file: 'a/responses.json',
        node: { kind: 'array', items: { kind: 'ref', target: 'a_item' } },
      });
      expect(definitions.get('a_get_extended_response')?.description).toBe('Extended');
      expect(definitions.get('a_ok_response')).toMatchObject({ description: 'Always 1', node: { kind: 'primitive', type: 'integer', enum: [1] } });
      expect(definitions.get('a_ok_response')?.node.description).toBeUndefined();
    });

    it('keeps objects as they are, with the description lifted off the node', () => {
      const built = ir([method()], { objects: { a_described: { type: 'object', description: 'Thing', properties: {} } } });
      expect(built.definitions.get('a_item')).toMatchObject({ kind: 'object', typeName: 'AItem', file: 'a/objects.json' });
      expect(built.definitions.get('a_described')).toMatchObject({ description: 'Thing', node: { kind: 'object', properties: [] } });
      expect(built.definitions.get('a_described')?.node.description).toBeUndefined();
    });

    it('sorts definitions by name', () => {
      expect([...ir([method()]).definitions.keys()]).toEqual([...ir([method()]).definitions.keys()].sort());
    });

    it.each([
      { what: 'two properties', response: { type: 'object', properties: { response: { type: 'integer' }, extra: { type: 'integer' } } } },
      { what: 'no response property', response: { type: 'object', properties: { result: { type: 'integer' } } } },
      { what: 'no properties', response: { type: 'integer' } },
    ])('rejects a response definition with $what', ({ response }) => {
      expect(() => ir([method()], { responses: { a_bad_response: response } })).toThrow(
        'a/responses.json#/definitions/a_bad_response: a response definition must be {response: …}',
      );
    });
  });

  describe('methods', () => {
    it('reads name, namespace, description, token types, responses and errors; sorts methods by name', () => {
      const built = ir([
        method({ name: 'a.zeta' }),
        method({
          name: 'a.get',
          description: 'Gets',
          access_token_type: ['user', 'group', 'service', 'open'],
          responses: {
            response: { $ref: '../a/responses.json#/definitions/a_get_response' },
            extendedResponse: { $ref: '../a/responses.json#/definitions/a_get_extended_response' },
          },
          errors: [{ $ref: '../errors.json#/errors/api_error_own' }, { $ref: 'errors.json#/errors/api_error_access' }],
        }),
        method({ name: 'execute', access_token_type: [] }),
      ]);
      expect(built.methods.map((m) => m.name)).toEqual(['a.get', 'a.zeta', 'execute']);
      expect(built.methods[0]).toEqual({
        name: 'a.get',
        namespace: 'a',
        description: 'Gets',
        tokenTypes: ['user', 'group', 'service', 'open'],
        params: [],
        responses: [
          { key: 'response', definition: 'a_get_response' },
          { key: 'extendedResponse', definition: 'a_get_extended_response' },
        ],
        errors: ['api_error_own', 'api_error_access'],
      });
      expect(built.methods[2]).toMatchObject({ name: 'execute', namespace: undefined, tokenTypes: [], errors: [] });
    });

    it.each<{ param: string; raw: JsonObject; expected: object }>([
      {
        param: 'a required string',
        raw: { type: 'string', required: true, description: 'Code' },
        expected: { type: { kind: 'primitive', type: 'string' }, required: true, wire: 'scalar', description: 'Code' },
      },
      {
        param: 'an optional integer (required: false)',
        raw: { type: 'integer', format: 'int64', required: false },
        expected: { type: { kind: 'primitive', type: 'integer', format: 'int64' }, required: false, wire: 'scalar' },
      },
      {
        param: 'a boolean (true/false or 1/0)',
        raw: { type: 'boolean', default: false },
        expected: {
          type: { kind: 'union', members: [{ kind: 'primitive', type: 'boolean' }, { kind: 'primitive', type: 'integer', enum: [0, 1] }] },
          required: false,
          wire: 'boolean',
        },
      },
      {
        param: 'an array (comma-joined)',
        raw: { type: 'array', items: { $ref: '../a/objects.json#/definitions/a_kind' }, maxItems: 10 },
        expected: { type: { kind: 'array', items: { kind: 'ref', target: 'a_kind' }, maxItems: 10 }, wire: 'list' },
      },
      {
        param: 'a `format: json` string with items (the value or its JSON text)',
        raw: { type: 'string', format: 'json', items: { type: 'integer' } },
        expected: {
          type: {
            kind: 'union',
            members: [
              { kind: 'array', items: { kind: 'primitive', type: 'integer' } },
              { kind: 'primitive', type: 'string', format: 'json' },
            ],
          },
          wire: 'json',
        },
      },
      {
        param: 'a `format: json` string without items',
        raw: { type: 'string', format: 'json' },
        expected: { type: { kind: 'primitive', type: 'string', format: 'json' }, wire: 'json' },
      },
      {
        param: 'a string with a $ref to an object (the object or its JSON text)',
        raw: { type: 'string', $ref: '../a/objects.json#/definitions/a_link', description: 'Link' },
        expected: {
          type: { kind: 'union', members: [{ kind: 'ref', target: 'a_link' }, { kind: 'primitive', type: 'string' }] },
          wire: 'json',
          description: 'Link',
        },
      },
      {
        param: 'a string with a $ref to a string enum stays a ref',
        raw: { type: 'string', $ref: '../a/objects.json#/definitions/a_kind' },
        expected: { type: { kind: 'ref', target: 'a_kind' }, wire: 'scalar' },
      },
      {
        param: 'an integer with a $ref to an integer enum stays a ref',
        raw: { type: 'integer', $ref: '../a/objects.json#/definitions/a_flag', minimum: 0 },
        expected: { type: { kind: 'ref', target: 'a_flag' }, wire: 'scalar' },
      },
      {
        param: 'a type array',
        raw: { type: ['integer', 'string'] },
        expected: { type: { kind: 'union', members: [{ kind: 'primitive', type: 'integer' }, { kind: 'primitive', type: 'string' }] }, wire: 'scalar' },
      },
      {
        param: 'an inline enum with enumNames',
        raw: { type: 'string', enum: ['nom', 'gen'], enumNames: ['nominative', 'genitive'] },
        expected: { type: { kind: 'primitive', type: 'string', enum: ['nom', 'gen'], enumNames: ['nominative', 'genitive'] }, wire: 'scalar' },
      },
      {
        param: 'a deprecated param',
        raw: { type: 'string', deprecated_from_version: '5.131' },
        expected: { deprecatedFrom: '5.131' },
      },
    ])('param: $param', ({ raw, expected }) => {
      const built = onlyMethod(method({ parameters: [{ name: 'p', ...raw }] }));
      expect(built.params[0]).toMatchObject({ name: 'p', required: false, ...expected });
      if (!('description' in expected)) expect(built.params[0]?.description).toBeUndefined();
    });

    it.each<{ what: string; raw: JsonObject; message: string | RegExp }>([
      { what: 'no responses', raw: method({ responses: {} }), message: 'a/methods.json a.get: no responses' },
      { what: 'no responses key', raw: method({ responses: undefined as unknown as JsonObject }), message: 'a/methods.json a.get responses: expected an object' },
      { what: 'an unknown token type', raw: method({ access_token_type: ['robot'] }), message: 'a/methods.json a.get: unknown access_token_type robot' },
      {
        what: 'a response ref to a missing definition',
        raw: method({ responses: { response: { $ref: '../a/responses.json#/definitions/a_gone_response' } } }),
        message: /points at a missing definition a_gone_response/,
      },
      {
        what: 'an unsupported error ref',
        raw: method({ errors: [{ $ref: '../errors.json#/definitions/subcodes/first' }] }),
        message: 'a/methods.json a.get: unsupported error $ref ../errors.json#/definitions/subcodes/first',
      },
      { what: 'a param without a name', raw: method({ parameters: [{ type: 'string' }] }), message: 'a/methods.json a.get parameters/0/name: expected a string' },
      {
        what: 'a param with a dangling $ref',
        raw: method({ parameters: [{ name: 'p', type: 'string', $ref: '../a/objects.json#/definitions/a_gone' }] }),
        message: /a\/methods\.json: \$ref \.\.\/a\/objects\.json#\/definitions\/a_gone points at a missing definition a_gone/,
      },
      {
        what: 'a param whose enum does not match its type',
        raw: method({ parameters: [{ name: 'background_id', type: 'string', enum: [1, 2] }] }),
        message: 'a/methods.json a.get parameters/0 (background_id)/enum/0: 1 is not a string',
      },
    ])('rejects a method with $what', ({ raw, message }) => {
      expect(() => ir([raw])).toThrow(message);
    });
  });

  describe('errors.json', () => {
    it('reads codes, global flags and resolved subcodes, sorted by code', () => {
      expect(ir([method()]).errors).toEqual([
        { name: 'api_error_unknown', code: 1, description: 'Unknown', global: true, subcodes: [] },
        {
          name: 'api_error_access',
          code: 15,
          description: 'Access denied',
          global: true,
          subcodes: [
            { name: 'first', subcode: 1000, description: 'First' },
            { name: 'second', subcode: 1001 },
          ],
        },
        { name: 'api_error_own', code: 100, description: 'Own', global: false, subcodes: [] },
      ]);
    });

    const withError = (error: object): object => ({ ...ERRORS, errors: { ...ERRORS.errors, api_error_bad: error } });
    it.each<{ what: string; errors: object; message: string }>([
      {
        what: 'a dangling subcode ref',
        errors: withError({ code: 2, description: 'x', subcodes: [{ $ref: '#/definitions/subcodes/gone' }] }),
        message: 'errors.json errors/api_error_bad/subcodes/0: dangling subcode $ref #/definitions/subcodes/gone',
      },
      {
        what: 'a subcode ref outside definitions/subcodes',
        errors: withError({ code: 2, description: 'x', subcodes: [{ $ref: '#/errors/api_error_own' }] }),
        message: 'errors.json errors/api_error_bad/subcodes/0: dangling subcode $ref #/errors/api_error_own',
      },
      {
        what: 'a subcode without a number',
        errors: { ...withError({ code: 2, description: 'x', subcodes: [{ $ref: '#/definitions/subcodes/bare' }] }), definitions: { subcodes: { ...ERRORS.definitions.subcodes, bare: {} } } },
        message: 'errors.json errors/api_error_bad/subcodes/0: subcode bare has no number',
      },
      { what: 'a shared code', errors: withError({ code: 15, description: 'x' }), message: 'errors.json: api_error_access and api_error_bad share code 15' },
      { what: 'a non-integer code', errors: withError({ code: 1.5, description: 'x' }), message: 'errors.json errors/api_error_bad: code is not an integer' },
      { what: 'no description', errors: withError({ code: 2 }), message: 'errors.json errors/api_error_bad/description: expected a string' },
      { what: 'no subcodes definitions', errors: { errors: ERRORS.errors }, message: 'errors.json definitions: expected an object' },
    ])('rejects $what', ({ errors, message }) => {
      expect(() => ir([method()], { errors })).toThrow(message);
    });

    it('rejects a schema without errors.json', () => {
      expect(() => buildIR(new Map([['a/objects.json', OBJECTS]]))).toThrow('errors.json is missing from the schema');
    });
  });
});
