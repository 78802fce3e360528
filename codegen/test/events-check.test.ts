import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { synthesize } from '../../packages/testing/src/index.js';
import { mutations } from '../../test/events/mutations.js';
import { emitEventChecks } from '../src/emit/events-check.js';
import { emitEventTypes, emitEventValidators } from '../src/emit/events.js';
import { typeNames } from '../src/emit/types.js';
import { emitZod } from '../src/emit/zod.js';
import type { EventIR } from '../src/ir/events.js';
import type { DefinitionIR, SchemaIR, TypeNode } from '../src/ir/types.js';
import { definitionTypeName } from '../src/naming.js';
import { generate } from '../src/pipeline.js';

// The event type guards (emit/events-check.ts), run for real next to the zod validators made
// from the same IR, on the mini fixture schema (whose emitted file is snapshotted with the
// others in emit.test.ts) and on a hand-built IR holding every rule the emitter knows, whether
// or not a schema uses it today. Each guard must give its validator's verdict on synthesized
// events and on every mutation of them (test/events/mutations.ts).

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const fixture = path.join(here, 'fixtures/mini-schema');
const helpersDir = path.join(root, 'packages/types/src');
const context = { commit: 'fixture', apiVersion: '5.199' };

type Guard = (value: unknown) => boolean;
/** A zod validator, as synthesize takes it (codegen itself does not depend on zod). */
type Validator = Parameters<typeof synthesize>[0] & { safeParse(value: unknown): { success: boolean } };
interface ChecksModule {
  callbackEventChecks: Record<string, Guard>;
  isCallbackEvent: Guard;
  eventDefinitionChecks: Record<string, Guard>;
}
interface ValidatorsModule {
  callbackEventValidators: Record<string, Validator>;
  zCallbackEvent: Validator;
}

const temps: string[] = [];
afterAll(async () => {
  await Promise.all(temps.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** Writes generated files into a temp folder laid out like packages/types/src and imports two of them. */
async function load(files: ReadonlyMap<string, string>): Promise<{ checks: ChecksModule; validators: ValidatorsModule; zod: Record<string, Validator> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'vkts-events-check-'));
  temps.push(dir);
  await mkdir(path.join(dir, 'gen'));
  await mkdir(path.join(dir, 'node_modules'));
  for (const [name, content] of files) await writeFile(path.join(dir, 'gen', name), content);
  for (const helper of ['zod-shape', 'event-envelope-zod']) await cp(path.join(helpersDir, `${helper}.ts`), path.join(dir, `${helper}.ts`));
  await writeFile(path.join(dir, 'package.json'), '{ "type": "module" }\n');
  const zodPackage = path.dirname(createRequire(path.join(helpersDir, 'index.ts')).resolve('zod'));
  await symlink(zodPackage, path.join(dir, 'node_modules/zod'), 'dir');
  const module = async <T>(name: string): Promise<T> => (await import(pathToFileURL(path.join(dir, 'gen', name)).href)) as T;
  return { checks: await module('events-check.gen.ts'), validators: await module('events-zod.gen.ts'), zod: await module('zod.gen.ts') };
}

/** Every disagreement between a guard and its zod validator over `values`; also counts them all. */
function disagreements(guard: Guard, validator: Validator, values: Iterable<{ where: string; what: string; value: unknown }>): { compared: number; failures: string[] } {
  let compared = 0;
  const failures: string[] = [];
  for (const { where, what, value } of values) {
    compared++;
    const expected = validator.safeParse(value).success;
    const actual = guard(value);
    if (actual !== expected && failures.length < 10) failures.push(`${where} ${what}: guard ${String(actual)}, zod ${String(expected)}`);
  }
  return { compared, failures };
}

function withType(event: unknown, type: unknown): unknown {
  if (typeof event !== 'object' || event === null) throw new Error('not an event');
  return { ...event, type };
}

/** Synthesized samples (every optional key, and none) with all their mutations. */
function* samplesAndMutations(validator: Validator): Generator<{ where: string; what: string; value: unknown }> {
  for (const [seed, omitOptional] of [[1, false], [2, true], [3, false]] as const) {
    const sample: unknown = synthesize(validator, { seed, omitOptional });
    yield { where: `seed ${seed}`, what: 'as synthesized', value: sample };
    for (const m of mutations(sample)) yield { ...m, where: `seed ${seed} ${m.where}` };
  }
}

describe('on the mini schema', () => {
  let text: string;
  let loaded: Awaited<ReturnType<typeof load>>;

  beforeAll(async () => {
    const { files } = await generate({ schemaDir: path.join(fixture, 'vk-api-schema'), curatedDir: path.join(fixture, 'curated'), context });
    text = files.get('events-check.gen.ts')!;
    loaded = await load(files);
  });

  it('recursion is plain function calls, for the self-recursive post and the two-definition cycle', () => {
    expect(text).toContain('x = value.copy_history; if (x !== undefined && !isWallWallpostList(x)) return false;');
    expect(text).toMatch(/function isWallWallpostList\(value: unknown\): boolean \{[^}]*!isWallWallpost\(item\)/);
    expect(text).toContain('x = value.thread; if (x !== undefined && !isWallCommentThread(x)) return false;');
    expect(text).toContain('x = value.items; if (x !== undefined && !isWallCommentList(x)) return false;');
    expect(text).not.toContain('lazy');
  });

  it('primitive definitions are inlined; objects, unions and open objects get their rule', () => {
    expect(text).toContain('x = value.is_pinned; if (x !== undefined && !(x === 0 || x === 1)) return false;');
    expect(text).not.toContain('function isBaseBoolInt');
    expect(text).toContain('x = value.post_type; if (!(x === "post" || x === "copy" || x === "reply" || x === "suggest")) return false;');
    expect(text).toContain('x = value.sticker_id; if (x !== undefined && !(Number.isSafeInteger(x) || typeof x === "string")) return false;');
    expect(text).toContain('return (isWallAttachedLink(value) || isBaseImage(value));');
    expect(text).toContain('x = value.geo; if (x !== undefined && !isWallGeo(x)) return false;');
    expect(text).toContain('function isWallGeo(value: unknown): value is T.WallGeo {\n  return isPlainRecord(value);\n}');
  });

  it('the envelope is checked like envelopeShape, `type` included', () => {
    expect(text).toContain(
      [
        '  x = value.type; if (!(x === "wall_reply_new")) return false;',
        '  x = value.group_id; if (!Number.isSafeInteger(x)) return false;',
        '  x = value.event_id; if (x !== undefined && !(typeof x === "string")) return false;',
        '  x = value.v; if (x !== undefined && !(typeof x === "string")) return false;',
        '  x = value.secret; if (x !== undefined && !(typeof x === "string")) return false;',
        '  x = value.object; if (!isWallComment(x)) return false;',
      ].join('\n'),
    );
  });

  it.each(['confirmation', 'wall_post_new', 'wall_reply_new'])('%s: the guard agrees with its validator on samples and their mutations', (type) => {
    const { compared, failures } = disagreements(loaded.checks.callbackEventChecks[type]!, loaded.validators.callbackEventValidators[type]!, samplesAndMutations(loaded.validators.callbackEventValidators[type]!));
    expect(failures).toEqual([]);
    expect(compared).toBeGreaterThan(100);
  });

  it('every definition guard agrees with its validator on samples and their mutations', () => {
    const names = Object.keys(loaded.checks.eventDefinitionChecks);
    expect(names.sort()).toEqual(['BaseImage', 'BaseObjectCount', 'WallAttachedLink', 'WallAttachment', 'WallComment', 'WallCommentThread', 'WallGeo', 'WallWallpost']);
    for (const name of names) {
      const validator = loaded.zod[`z${name}`]!;
      const { failures } = disagreements(loaded.checks.eventDefinitionChecks[name]!, validator, samplesAndMutations(validator));
      expect(failures, name).toEqual([]);
    }
  });

  it('isCallbackEvent agrees with zCallbackEvent, whatever the type', () => {
    const events = ['confirmation', 'wall_post_new', 'wall_reply_new'].map((type) => synthesize(loaded.validators.callbackEventValidators[type]!, { seed: 1 }));
    const retyped = events.flatMap((event) =>
      ['confirmation', 'wall_post_new', 'wall_reply_new', 'unknown_type', 1, null, undefined, '__proto__', 'toString'].map((type) => ({ where: 'type', what: `= ${String(type)}`, value: withType(event, type) })),
    );
    const { compared, failures } = disagreements(loaded.checks.isCallbackEvent, loaded.validators.zCallbackEvent, [
      ...retyped,
      ...events.flatMap((event) => [...mutations(event)]),
    ]);
    expect(failures).toEqual([]);
    expect(compared).toBeGreaterThan(100);
  });
});

// ---------------------------------------------------------------------------------------------
// Every rule, on a hand-built IR.

const int = (minimum?: number, maximum?: number): TypeNode => ({ kind: 'primitive', type: 'integer', ...(minimum !== undefined ? { minimum } : {}), ...(maximum !== undefined ? { maximum } : {}) });
const str = (minLength?: number, maxLength?: number): TypeNode => ({ kind: 'primitive', type: 'string', ...(minLength !== undefined ? { minLength } : {}), ...(maxLength !== undefined ? { maxLength } : {}) });
const ref = (target: string): TypeNode => ({ kind: 'ref', target });
const obj = (properties: [string, TypeNode, boolean][]): TypeNode => ({ kind: 'object', open: false, properties: properties.map(([name, type, required]) => ({ name, type, required })) });
const unknownNode: TypeNode = { kind: 'unknown' };

const LONG_STRING_ENUM = ['text', 'start', 'vkpay', 'location', 'open_app', 'callback', 'a"b', 'é', '\u{1F600}', 'intent_unsubscribe'];

const DEFINITIONS: Record<string, TypeNode> = {
  t_bounds: obj([
    ['int_range', int(-5, 10), true],
    ['num_range', { kind: 'primitive', type: 'number', minimum: 0, maximum: 1 }, false],
    ['num', { kind: 'primitive', type: 'number' }, false],
    ['big', { kind: 'primitive', type: 'integer', format: 'int64' }, false],
    ['name', str(2, 4), true],
    ['at_least', str(3), false],
    ['at_most', str(undefined, 2), false],
    ['flag', { kind: 'primitive', type: 'boolean' }, false],
  ]),
  t_enums: obj([
    ['small', { kind: 'primitive', type: 'string', enum: ['a', 'b'] }, true],
    ['large', { kind: 'primitive', type: 'string', enum: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'] }, false],
    // Lengths shared and not, a quote to escape, and characters of two UTF-16 units.
    ['words', { kind: 'primitive', type: 'string', enum: LONG_STRING_ENUM }, false],
    // The bounds of an enum are ignored by the zod emitter (z.literal); so must they be here.
    ['ints', { kind: 'primitive', type: 'integer', enum: [0, 1, 7, 12, 16, 19, 21, 23, 25, 26], minimum: 5 }, false],
    ['one', { kind: 'primitive', type: 'integer', enum: [3] }, false],
    ['fraction', { kind: 'primitive', type: 'number', enum: [1.5, 2.5] }, false],
  ]),
  t_unknowns: obj([
    ['must', unknownNode, true],
    ['may', unknownNode, false],
    ['either', { kind: 'union', members: [unknownNode, str()] }, true],
    ['any_list', { kind: 'array', items: unknownNode }, false],
    ['2fa_required', int(), false],
    ['with space', str(), false],
  ]),
  // Every plain object inherits `constructor` (a function), which zod reads as present.
  t_inherited: obj([['constructor', str(), false]]),
  t_open: { kind: 'object', open: true, properties: [] },
  t_alias: ref('t_bounds'),
  t_alias2: ref('t_alias'),
  t_enum_definition: { kind: 'primitive', type: 'integer', enum: [0, 1] },
  t_union: {
    kind: 'union',
    members: [ref('t_bounds'), str(), { kind: 'array', items: int() }, obj([['k', str(), true]]), ref('t_enum_definition')],
  },
  t_nested: obj([
    ['matrix', { kind: 'array', items: { kind: 'array', items: ref('t_union') } }, true],
    ['inline', obj([['deep', obj([['x', int(0), true]]), false]]), false],
    ['self', ref('t_nested'), false],
    ['alias', ref('t_alias2'), false],
    ['open', ref('t_open'), false],
    ['flag', ref('t_enum_definition'), false],
    ['single', { kind: 'union', members: [int()] }, false],
  ]),
  t_cycle_a: obj([
    ['n', int(), true],
    ['b', ref('t_cycle_b'), false],
  ]),
  t_cycle_b: obj([['a', { kind: 'array', items: ref('t_cycle_a') }, true]]),
};

const EVENTS: Record<string, string | null> = {
  e_bounds: 't_bounds',
  e_enums: 't_enums',
  e_unknowns: 't_unknowns',
  e_inherited: 't_inherited',
  e_open: 't_open',
  e_alias: 't_alias2',
  e_union: 't_union',
  e_nested: 't_nested',
  e_cycle: 't_cycle_a',
  e_enum_object: 't_enum_definition',
  e_bare: null,
};

function handBuiltIR(): { ir: SchemaIR; events: EventIR[] } {
  const definitions = new Map<string, DefinitionIR>(
    Object.entries(DEFINITIONS).map(([name, node]) => [name, { name, typeName: definitionTypeName(name), kind: 'object', file: 't/objects.json', node }]),
  );
  const events = Object.entries(EVENTS).map(([type, object]) => ({ type, object, transports: ['callback' as const] }));
  return { ir: { definitions, methods: [], errors: [] }, events };
}

describe('on a hand-built IR with every rule', () => {
  let text: string;
  let loaded: Awaited<ReturnType<typeof load>>;

  beforeAll(async () => {
    const { ir, events } = handBuiltIR();
    text = emitEventChecks(events, ir, context);
    loaded = await load(
      new Map([
        ['zod.gen.ts', emitZod(ir, typeNames(ir), context)],
        ['events.gen.ts', emitEventTypes(events, ir, context)],
        ['events-zod.gen.ts', emitEventValidators(events, ir, context)],
        ['events-check.gen.ts', text],
      ]),
    );
  });

  it('emits each rule as documented', () => {
    expect(text).toContain('x = value.int_range; if (!(typeof x === "number" && Number.isSafeInteger(x) && x >= -5 && x <= 10)) return false;');
    expect(text).toContain('x = value.num_range; if (x !== undefined && !(typeof x === "number" && Number.isFinite(x) && x >= 0 && x <= 1)) return false;');
    expect(text).toContain('x = value.name; if (!(typeof x === "string" && minCodePoints(x, 2) && maxCodePoints(x, 4))) return false;');
    expect(text).toContain('x = value.large; if (x !== undefined && !isTEnumsLarge(x)) return false;');
    expect(text).toContain('x = value.words; if (x !== undefined && !isTEnumsWords(x)) return false;');
    expect(text).toContain(
      [
        'function isTEnumsWords(value: unknown): boolean {',
        '  if (typeof value !== "string") return false;',
        '  switch (value.length) {',
        '    case 1: return value === "é";',
        '    case 2: return value === "\u{1F600}";',
        '    case 3: return value === "a\\"b";',
        '    case 4: return value === "text";',
        '    case 5: return value === "start" || value === "vkpay";',
        '    case 8: return value === "location" || value === "open_app" || value === "callback";',
        '    case 18: return value === "intent_unsubscribe";',
        '    default: return false;',
        '  }',
        '}',
      ].join('\n'),
    );
    // Numbers: Set.has.
    expect(text).toContain('x = value.ints; if (x !== undefined && !VALUES_1.has(x)) return false;');
    expect(text).toContain('x = value.one; if (x !== undefined && !(x === 3)) return false;');
    expect(text).toContain('  if (!("must" in value)) return false;\n  if (!("either" in value)) return false;\n');
    expect(text).toContain('x = value.any_list; if (x !== undefined && !isList(x)) return false;');
    expect(text).toContain('x = value["2fa_required"]; if');
    expect(text).toContain('x = value["with space"]; if');
    expect(text).toContain('function isTNestedInlineDeep(value: unknown): boolean {');
    expect(text).toContain('x = value.alias; if (x !== undefined && !isTBounds(x)) return false;');
    expect(text).not.toContain('function isTAlias');
  });

  it('skips a `__proto__` property, as zod’s object parsers do (and an object literal cannot even hold one)', () => {
    const definitions = new Map<string, DefinitionIR>([
      ['t_proto', { name: 't_proto', typeName: 'TProto', kind: 'object', file: 't/objects.json', node: obj([['__proto__', str(), true], ['id', int(), true]]) }],
    ]);
    const out = emitEventChecks([{ type: 'e_proto', object: 't_proto', transports: ['callback'] }], { definitions, methods: [], errors: [] }, context);
    expect(out).not.toContain('__proto__');
    expect(out).toContain('function isTProto(value: unknown): value is T.TProto {\n  if (!isRecord(value)) return false;\n  let x: unknown;\n  x = value.id; if (!Number.isSafeInteger(x)) return false;\n  return true;\n}');
  });

  it('stops on definitions that only refer to each other', () => {
    const definitions = new Map<string, DefinitionIR>(
      ['t_a', 't_b'].map((name, i) => [name, { name, typeName: definitionTypeName(name), kind: 'object', file: 't/objects.json', node: ref(i === 0 ? 't_b' : 't_a') }]),
    );
    const holder = obj([['loop', ref('t_a'), false]]);
    definitions.set('t_holder', { name: 't_holder', typeName: 'THolder', kind: 'object', file: 't/objects.json', node: holder });
    expect(() => emitEventChecks([{ type: 'e_loop', object: 't_holder', transports: ['callback'] }], { definitions, methods: [], errors: [] }, context)).toThrow(
      /t_a → t_b only refer to each other/,
    );
  });

  // e_inherited has no valid sample without its optional key: it is checked on its own below.
  it.each(Object.keys(EVENTS).filter((type) => type !== 'e_inherited'))('%s: the guard agrees with its validator on samples and their mutations', (type) => {
    const validator = loaded.validators.callbackEventValidators[type]!;
    const { compared, failures } = disagreements(loaded.checks.callbackEventChecks[type]!, validator, samplesAndMutations(validator));
    expect(failures).toEqual([]);
    expect(compared).toBeGreaterThan(50);
  });

  it.each([
    { what: 'code points, not UTF-16 units: two astral characters are 2', name: '\u{1F600}\u{1F600}', ok: true },
    { what: 'five astral characters are 5, over the maximum of 4', name: '\u{1F600}'.repeat(5), ok: false },
    { what: 'one astral character is 1, under the minimum of 2', name: '\u{1F600}', ok: false },
    { what: 'lone surrogates count one each', name: '\ud800\ud800', ok: true },
    { what: 'a reversed pair is two code points', name: '\udc00\ud800', ok: true },
    { what: 'ASCII within the bounds', name: 'abcd', ok: true },
    { what: 'ASCII over the maximum', name: 'abcde', ok: false },
  ])('string lengths: $what', ({ name, ok }) => {
    const event = { type: 'e_bounds', group_id: 1, object: { int_range: 0, name } };
    expect(loaded.validators.callbackEventValidators['e_bounds']!.safeParse(event).success).toBe(ok);
    expect(loaded.checks.callbackEventChecks['e_bounds']!(event)).toBe(ok);
  });

  it.each<{ what: string; words: unknown }>([
    ...LONG_STRING_ENUM.map((word) => ({ what: `the value ${JSON.stringify(word)}`, words: word })),
    { what: 'a value of a member’s length', words: 'texts'.slice(1) },
    { what: 'a prefix of a member', words: 'open' },
    { what: 'a member with more after it', words: 'callbacks' },
    { what: 'a member in another case', words: 'TEXT' },
    { what: 'half of a surrogate pair', words: '\ud83d' },
    { what: 'a lone surrogate of the pair’s length', words: '\ud83d\ud83d' },
    { what: 'the empty string', words: '' },
    { what: 'a String object', words: new String('text') },
    { what: 'a number', words: 4 },
    { what: 'null', words: null },
    { what: 'an array holding a member', words: ['text'] },
    { what: '__proto__', words: '__proto__' },
  ])('long string enums: the length switch gives Set.has’s verdict on $what', ({ words }) => {
    const event = { type: 'e_enums', group_id: 1, object: { small: 'a', words } };
    const expected = loaded.validators.callbackEventValidators['e_enums']!.safeParse(event).success;
    expect(expected).toBe(typeof words === 'string' && LONG_STRING_ENUM.includes(words));
    expect(loaded.checks.callbackEventChecks['e_enums']!(event)).toBe(expected);
  });

  it.each<{ what: string; object: object; ok: boolean }>([
    { what: 'a plain object', object: {}, ok: true },
    { what: 'a null-prototype object', object: Object.create(null) as object, ok: true },
    { what: 'a class instance (zod: not a plain object)', object: new (class Thing {})(), ok: false },
    { what: 'an object with an enumerable symbol key', object: { [Symbol('s')]: 1 }, ok: false },
    { what: 'an array', object: [], ok: false },
    { what: 'a Date', object: new Date(0), ok: false },
  ])('open objects are zod records: $what', ({ object, ok }) => {
    const event = { type: 'e_open', group_id: 1, object };
    expect(loaded.validators.callbackEventValidators['e_open']!.safeParse(event).success).toBe(ok);
    expect(loaded.checks.callbackEventChecks['e_open']!(event)).toBe(ok);
  });

  it.each<{ what: string; object: object; ok: boolean }>([
    { what: 'a plain object inherits the function `constructor`', object: {}, ok: false },
    { what: 'an own string `constructor` hides it', object: { constructor: 'x' }, ok: true },
    { what: 'a null-prototype object has none', object: Object.create(null) as object, ok: true },
  ])('keys are read as zod reads them, inherited ones included: $what', ({ object, ok }) => {
    const event = { type: 'e_inherited', group_id: 1, object };
    expect(loaded.validators.callbackEventValidators['e_inherited']!.safeParse(event).success).toBe(ok);
    expect(loaded.checks.callbackEventChecks['e_inherited']!(event)).toBe(ok);
  });
});
