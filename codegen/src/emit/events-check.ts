import { eventTypeName } from '../naming.js';
import type { EventIR } from '../ir/events.js';
import type { ObjectNode, PrimitiveNode, Property, SchemaIR, TypeNode } from '../ir/types.js';
import { header, type GenerationContext } from './header.js';
import { jsdoc } from './jsdoc.js';

// Plain-JS type guards of community events: the fast path of @vkts/events' `strict` and
// `lenient` modes. Made from the same IR as the zod validators (zod.ts, events.ts) and kept to
// their verdicts exactly, check by check:
//
// | IR                      | zod (as emitted)                      | guard                                   |
// |-------------------------|---------------------------------------|-----------------------------------------|
// | integer [min, max]      | z.number().int().min().max()          | Number.isSafeInteger(x) && x >= … <= …  |
// | number [min, max]       | z.number().min().max()                | Number.isFinite(x) && x >= … <= …       |
// | string [minLen, maxLen] | z.string().min().max() (code points)  | typeof x === 'string' && code points    |
// | boolean                 | z.boolean()                           | typeof x === 'boolean'                  |
// | enum (bounds ignored)   | z.enum / z.literal (Set.has)          | === chain; a long one: a switch on the  |
// |                         |                                       |   length then ===, or Set.has (numbers) |
// | array (min/maxItems     | z.array(items)                        | Array.isArray + every item              |
// |   ignored)              |                                       |                                         |
// | object                  | z.looseObject (non-array object;      | isRecord + each key, unknown keys       |
// |                         |   `__proto__` keys skipped)           |   accepted                              |
// | open object             | z.record(z.string(), z.unknown())     | zod's isPlainObject + no symbol keys    |
// | union                   | z.union                               | any member                              |
// | unknown                 | z.unknown()                           | true                                    |
//
// An optional key accepts `undefined` (absent or present); a required key needs its value to
// pass, and when that value may be anything (unknown), the key must still be present (`in`).
// Every definition reached from an event object gets one function (function declarations are
// hoisted, so recursion needs nothing like z.lazy); primitive definitions are inlined. The
// envelope mirrors packages/types/src/event-envelope-zod.ts. Tests in packages/events compare
// the verdicts with zod's on fixtures, synthesized events and systematic mutations of them.

/**
 * An enum with more values than this is not tested with a `===` chain. A string enum gets a
 * function that switches on the length and compares only with the values of that length; any
 * other enum gets a `Set.has`, which for a string has to hash it first (JSON.parse internalizes
 * only short values). With the switch, the guard of a realistic `message_new` (8 `button_actions`)
 * took ~85–160 ns instead of ~160–240 (fresh JSON.parse'd batches, same session). Switching the
 * shorter string enums too (3–8 values) measured no faster than their `===` chains.
 */
const SET_THRESHOLD = 8;

/** The envelope fields every event validator spreads from `envelopeShape` (event-envelope-zod.ts). */
const ENVELOPE: readonly Property[] = [
  { name: 'group_id', type: { kind: 'primitive', type: 'integer' }, required: true },
  { name: 'event_id', type: { kind: 'primitive', type: 'string' }, required: false },
  { name: 'v', type: { kind: 'primitive', type: 'string' }, required: false },
  { name: 'secret', type: { kind: 'primitive', type: 'string' }, required: false },
];

type Helper = 'isRecord' | 'isList' | 'isPlainRecord' | 'minCodePoints' | 'maxCodePoints';

const HELPERS: Record<Helper, string> = {
  isRecord: [
    "/** zod's object test: a non-null, non-array object. */",
    'function isRecord(value: unknown): value is { readonly [key: string]: unknown } {',
    "  return typeof value === 'object' && value !== null && !Array.isArray(value);",
    '}',
  ].join('\n'),
  isList: ['function isList(value: unknown): value is readonly unknown[] {', '  return Array.isArray(value);', '}'].join('\n'),
  isPlainRecord: [
    "/** z.record(z.string(), z.unknown()): zod's plain-object test, and no enumerable symbol key (not a string key). */",
    'function isPlainRecord(value: unknown): value is { readonly [key: string]: unknown } {',
    '  if (!isRecord(value)) return false;',
    "  const ctor: unknown = Reflect.get(value, 'constructor');",
    "  if (typeof ctor === 'function') {",
    "    const prototype: unknown = Reflect.get(ctor, 'prototype');",
    "    if (!isRecord(prototype) || !Object.prototype.hasOwnProperty.call(prototype, 'isPrototypeOf')) return false;",
    '  }',
    '  for (const symbol of Object.getOwnPropertySymbols(value)) {',
    '    if (Object.prototype.propertyIsEnumerable.call(value, symbol)) return false;',
    '  }',
    '  return true;',
    '}',
  ].join('\n'),
  minCodePoints: [
    "/** zod's string .min(n): at least n code points (a surrogate pair counts once). */",
    'function minCodePoints(value: string, n: number): boolean {',
    '  return value.length >= n && (value.length >= 2 * n || codePoints(value) >= n);',
    '}',
  ].join('\n'),
  maxCodePoints: [
    "/** zod's string .max(n): at most n code points (a surrogate pair counts once). */",
    'function maxCodePoints(value: string, n: number): boolean {',
    '  return value.length <= n || codePoints(value) <= n;',
    '}',
  ].join('\n'),
};

const CODE_POINTS = [
  'function codePoints(value: string): number {',
  '  let count = value.length;',
  '  for (let i = 0; i < value.length - 1; i++) {',
  '    if ((value.charCodeAt(i) & 0xfc00) === 0xd800 && (value.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {',
  '      count--;',
  '      i++;',
  '    }',
  '  }',
  '  return count;',
  '}',
].join('\n');

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function pascal(text: string): string {
  return text
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part.length > 0)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}

/**
 * The body of a string enum's test: `Set.has`'s verdict (true exactly for a string equal to one
 * of the values) from a switch on the length and `===` with the values of that length. Lengths
 * are UTF-16 units, as string literals' are.
 */
function stringEnumBody(values: readonly string[]): string {
  const byLength = new Map<number, string[]>();
  for (const value of new Set(values)) byLength.set(value.length, [...(byLength.get(value.length) ?? []), value]);
  const cases = [...byLength]
    .sort(([a], [b]) => a - b)
    .map(([length, same]) => `    case ${length}: return ${same.map((value) => `value === ${JSON.stringify(value)}`).join(' || ')};`);
  return ['(value: unknown): boolean {', '  if (typeof value !== "string") return false;', '  switch (value.length) {', ...cases, '    default: return false;', '  }', '}'].join('\n');
}

/** A boolean JS expression; `atomic` when `!` can be put before it without parentheses. */
interface Expr {
  code: string;
  atomic: boolean;
}

const TRUE: Expr = { code: 'true', atomic: true };
const atomic = (code: string): Expr => ({ code, atomic: true });
const compound = (code: string): Expr => ({ code, atomic: false });
const not = (e: Expr): string => (e.atomic ? `!${e.code}` : `!(${e.code})`);
/** `a && b && …` or `a || b || …`, parenthesised as a whole. */
function join(parts: readonly Expr[], operator: '&&' | '||'): Expr {
  return parts.length === 1 ? parts[0]! : atomic(`(${parts.map((p) => p.code).join(` ${operator} `)})`);
}

/** A generated function: its name and its code (the body decides identity, not the name). */
interface Emitted {
  name: string;
  code: string;
}

class ChecksEmitter {
  /** Function names in use, so that no two generated functions collide. */
  private readonly names = new Set<string>();
  /** Definition name → its guard's name (assigned before the body is built: recursion-safe). */
  private readonly definitionGuards = new Map<string, string>();
  readonly definitionCode: (Emitted & { typeName: string })[] = [];
  /** Inline objects and arrays, keyed by everything after the function name. */
  private readonly inlineByBody = new Map<string, string>();
  readonly inlineCode: Emitted[] = [];
  /** Enum value lists (as JSON) → the name of their Set. */
  private readonly sets = new Map<string, string>();
  readonly helpers = new Set<Helper>();

  constructor(private readonly ir: SchemaIR) {}

  unique(base: string): string {
    let name = base;
    for (let n = 2; this.names.has(name); n++) name = `${base}${n}`;
    this.names.add(name);
    return name;
  }

  setsCode(): string[] {
    return [...this.sets].map(([values, name]) => `const ${name}: ReadonlySet<unknown> = new Set<unknown>(${values});`);
  }

  /** The node a definition stands for, following aliases (`{$ref}` definitions) to the end. */
  private resolve(target: string): { name: string; node: TypeNode } {
    const seen = new Set<string>();
    let name = target;
    for (;;) {
      if (seen.has(name)) throw new Error(`events-check: the definitions ${[...seen].join(' → ')} only refer to each other`);
      seen.add(name);
      const definition = this.ir.definitions.get(name);
      if (definition === undefined) throw new Error(`events-check: unknown definition ${name}`);
      if (definition.node.kind !== 'ref') return { name, node: definition.node };
      name = definition.node.target;
    }
  }

  /** True when the node accepts every value, `undefined` included (z.unknown() and unions with it). */
  acceptsAnything(node: TypeNode, seen: ReadonlySet<string> = new Set()): boolean {
    switch (node.kind) {
      case 'unknown':
        return true;
      case 'union':
        return node.members.some((m) => this.acceptsAnything(m, seen));
      case 'ref': {
        if (seen.has(node.target)) return false;
        const definition = this.ir.definitions.get(node.target);
        if (definition === undefined) throw new Error(`events-check: unknown definition ${node.target}`);
        return this.acceptsAnything(definition.node, new Set([...seen, node.target]));
      }
      default:
        return false;
    }
  }

  /** The guard function of a definition, emitting it on first use. */
  definitionGuard(target: string): string {
    const { name: resolved, node } = this.resolve(target);
    const existing = this.definitionGuards.get(resolved);
    if (existing !== undefined) return existing;
    const typeName = this.ir.definitions.get(resolved)!.typeName;
    const name = this.unique(`is${typeName}`);
    this.definitionGuards.set(resolved, name);
    const signature = `function ${name}(value: unknown): value is T.${typeName}`;
    const code =
      node.kind === 'object' && !node.open
        ? `${signature} {\n${this.objectBody(node, typeName)}\n}`
        : `${signature} {\n  return ${this.test(node, 'value', typeName).code};\n}`;
    this.definitionCode.push({ name, code, typeName });
    return name;
  }

  /**
   * A boolean expression testing `x` (a plain identifier: it may be read several times).
   * `hint` names the functions made for inline objects and arrays.
   */
  test(node: TypeNode, x: string, hint: string): Expr {
    if (this.acceptsAnything(node)) return TRUE;
    switch (node.kind) {
      case 'ref': {
        const { name, node: target } = this.resolve(node.target);
        // Primitive definitions (enums, mostly) are inlined: no call for a `0 | 1`.
        if (target.kind === 'primitive') return this.primitive(target, x, this.ir.definitions.get(name)!.typeName);
        return atomic(`${this.definitionGuard(node.target)}(${x})`);
      }
      case 'primitive':
        return this.primitive(node, x, hint);
      case 'array': {
        this.helpers.add('isList');
        const item = this.test(node.items, 'item', `${hint}Item`);
        if (item === TRUE) return atomic(`isList(${x})`);
        const body = [
          '(value: unknown): boolean {',
          '  if (!isList(value)) return false;',
          '  for (let i = 0; i < value.length; i++) {',
          '    const item = value[i];',
          `    if (${not(item)}) return false;`,
          '  }',
          '  return true;',
          '}',
        ].join('\n');
        return atomic(`${this.inline(`is${this.listName(node.items, hint)}List`, body)}(${x})`);
      }
      case 'object': {
        if (node.open) {
          this.helpers.add('isRecord');
          this.helpers.add('isPlainRecord');
          return atomic(`isPlainRecord(${x})`);
        }
        return atomic(`${this.inline(`is${hint}`, `(value: unknown): boolean {\n${this.objectBody(node, hint)}\n}`)}(${x})`);
      }
      case 'union':
        return join(
          node.members.map((m, i) => this.test(m, x, `${hint}${i + 1}`)),
          '||',
        );
      case 'unknown':
        return TRUE;
    }
  }

  /** What a list function is named after: its items' type when it has a name, else the place. */
  private listName(items: TypeNode, hint: string): string {
    if (items.kind === 'ref') return this.ir.definitions.get(this.resolve(items.target).name)!.typeName;
    if (items.kind === 'primitive' && !items.enum && items.minimum === undefined && items.maximum === undefined) {
      if (items.minLength === undefined && items.maxLength === undefined) return pascal(items.type);
    }
    return hint;
  }

  private inline(base: string, body: string): string {
    const existing = this.inlineByBody.get(body);
    if (existing !== undefined) return existing;
    const name = this.unique(base);
    this.inlineByBody.set(body, name);
    this.inlineCode.push({ name, code: `function ${name}${body}` });
    return name;
  }

  /** `hint` names the function made for a long string enum. */
  private primitive(node: PrimitiveNode, x: string, hint: string): Expr {
    if (node.enum) {
      // z.enum and z.literal test membership with Set.has: no type check, no bounds.
      const strings = node.enum.filter((value): value is string => typeof value === 'string');
      if (node.enum.length > SET_THRESHOLD && strings.length === node.enum.length) {
        return atomic(`${this.inline(`is${hint}`, stringEnumBody(strings))}(${x})`);
      }
      if (node.enum.length > SET_THRESHOLD) {
        const values = JSON.stringify(node.enum);
        let name = this.sets.get(values);
        if (name === undefined) {
          name = this.unique(`VALUES_${this.sets.size + 1}`);
          this.sets.set(values, name);
        }
        return atomic(`${name}.has(${x})`);
      }
      return join(
        node.enum.map((value) => compound(`${x} === ${JSON.stringify(value)}`)),
        '||',
      );
    }
    switch (node.type) {
      case 'boolean':
        return compound(`typeof ${x} === "boolean"`);
      case 'string': {
        const parts = [compound(`typeof ${x} === "string"`)];
        if (node.minLength !== undefined) {
          this.helpers.add('minCodePoints');
          parts.push(atomic(`minCodePoints(${x}, ${node.minLength})`));
        }
        if (node.maxLength !== undefined) {
          this.helpers.add('maxCodePoints');
          parts.push(atomic(`maxCodePoints(${x}, ${node.maxLength})`));
        }
        return join(parts, '&&');
      }
      case 'integer':
      case 'number': {
        // Number.isSafeInteger / Number.isFinite are false for non-numbers: z.number() rejects
        // NaN and ±Infinity, and .int() keeps to the safe integers.
        const base = atomic(node.type === 'integer' ? `Number.isSafeInteger(${x})` : `Number.isFinite(${x})`);
        if (node.minimum === undefined && node.maximum === undefined) return base;
        return join(
          [
            compound(`typeof ${x} === "number"`),
            base,
            ...(node.minimum !== undefined ? [compound(`${x} >= ${node.minimum}`)] : []),
            ...(node.maximum !== undefined ? [compound(`${x} <= ${node.maximum}`)] : []),
          ],
          '&&',
        );
      }
    }
  }

  /** Statements of an object guard over `value`; `hint` names nested inline functions. */
  objectBody(node: ObjectNode, hint: string): string {
    this.helpers.add('isRecord');
    const lines = ['  if (!isRecord(value)) return false;'];
    let declared = false;
    for (const property of node.properties) {
      // zod's object parsers skip a `__proto__` key altogether.
      if (property.name === '__proto__') continue;
      const key = JSON.stringify(property.name);
      const read = IDENTIFIER.test(property.name) ? `value.${property.name}` : `value[${key}]`;
      const test = this.test(property.type, 'x', `${hint}${pascal(property.name)}`);
      if (test === TRUE) {
        // Anything goes, yet a required key must be there (zod: "nonoptional").
        if (property.required) lines.push(`  if (!(${key} in value)) return false;`);
        continue;
      }
      if (!declared) {
        lines.push('  let x: unknown;');
        declared = true;
      }
      lines.push(`  x = ${read}; if (${property.required ? '' : 'x !== undefined && '}${not(test)}) return false;`);
    }
    lines.push('  return true;');
    return lines.join('\n');
  }

  helperCode(): string[] {
    const order: Helper[] = ['isRecord', 'isList', 'isPlainRecord', 'minCodePoints', 'maxCodePoints'];
    const code = order.filter((h) => this.helpers.has(h)).map((h) => HELPERS[h]);
    if (this.helpers.has('minCodePoints') || this.helpers.has('maxCodePoints')) code.push(CODE_POINTS);
    return code;
  }
}

export function emitEventChecks(events: readonly EventIR[], ir: SchemaIR, context: GenerationContext): string {
  const emitter = new ChecksEmitter(ir);
  // Names the file defines besides the guards, so that no guard takes one (a definition `record`).
  for (const name of ['isCallbackEvent', 'callbackEventChecks', 'checksByType', 'eventDefinitionChecks', 'codePoints', ...Object.keys(HELPERS)]) {
    emitter.unique(name);
  }
  emitter.helpers.add('isRecord'); // isCallbackEvent's
  const eventGuards = events.map((e) => {
    const typeName = eventTypeName(e.type);
    const envelope: ObjectNode = {
      kind: 'object',
      open: false,
      properties: [
        { name: 'type', type: { kind: 'primitive', type: 'string', enum: [e.type] }, required: true },
        ...ENVELOPE,
        ...(e.object === null ? [] : [{ name: 'object', type: { kind: 'ref', target: e.object } as const, required: true }]),
      ],
    };
    const name = emitter.unique(`is${typeName}`);
    const body = emitter.objectBody(envelope, typeName);
    return { type: e.type, name, code: `function ${name}(value: unknown): value is E.${typeName} {\n${body}\n}` };
  });
  const byName = (a: Emitted, b: Emitted): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const definitions = [...emitter.definitionCode].sort(byName);
  const section = (title: string, functions: readonly Emitted[]): string[] =>
    functions.length === 0 ? [] : [`// ${title}`, '', functions.map((f) => f.code).join('\n\n'), ''];
  const sets = emitter.setsCode();
  return [
    header(context, 'plain-JS type guards of community events, with the verdicts of their zod validators'),
    `import type * as T from './types.gen.js';`,
    `import type * as E from './events.gen.js';`,
    '',
    ...(sets.length === 0 ? [] : [...sets, '']),
    emitter.helperCode().join('\n\n'),
    '',
    ...section('Definitions reached from the event objects.', definitions),
    ...section('Inline objects and arrays.', [...emitter.inlineCode].sort(byName)),
    ...section('Events.', eventGuards),
    jsdoc([
      'Event type → a type guard with the verdict of its zod validator (`callbackEventValidators`',
      'on `@vkts/types/zod`), in plain JS: no zod, no issues, just true or false.',
    ]) +
      `export const callbackEventChecks: { readonly [K in E.CallbackEventType]: (value: unknown) => value is E.CallbackEventMap[K] } = {\n${eventGuards
        .map((g) => `  ${g.type}: ${g.name},`)
        .join('\n')}\n};\n`,
    'const checksByType: ReadonlyMap<string, (value: unknown) => boolean> = new Map<string, (value: unknown) => boolean>(Object.entries(callbackEventChecks));\n',
    jsdoc([
      'The guard of every definition that has one (primitive definitions are inlined), by type name.',
      'For tests, which compare each with its zod validator; not part of `@vkts/types/event-checks`.',
    ]) + `export const eventDefinitionChecks = {\n${definitions.map((f) => `  ${f.typeName}: ${f.name},`).join('\n')}\n};\n`,
    jsdoc(['True for a known community event that its validator accepts: `zCallbackEvent`’s verdict.']) +
      [
        'export function isCallbackEvent(value: unknown): value is E.CallbackEvent {',
        '  if (!isRecord(value)) return false;',
        '  const check = typeof value.type === "string" ? checksByType.get(value.type) : undefined;',
        '  return check !== undefined && check(value);',
        '}',
        '',
      ].join('\n'),
  ].join('\n');
}
