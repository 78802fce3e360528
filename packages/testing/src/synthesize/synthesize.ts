import { z } from 'zod';
import { lengthBounds, numberBounds, stringFormats } from './bounds.js';
import { createRandom, type Random } from './random.js';

export interface SynthesizeOptions {
  /** Seed of every pseudo-random choice: the same schema and seed give the same sample. @default 1 */
  seed?: number;
  /**
   * Leave out optional object keys. By default they are all included so that a sample exercises
   * every field a consumer might read.
   * @default false
   */
  omitOptional?: boolean;
  /**
   * How deep values are filled out. The sample itself is depth 0, its keys and items depth 1,
   * and so on; from depth `maxDepth` down only what the schema requires is produced: optional
   * keys are dropped, arrays and records are as short as allowed, unions take their simplest
   * member. Keeps recursive definitions (`z.lazy`) and very wide responses finite and small.
   * @default 5
   */
  maxDepth?: number;
}

/** The schema admits no value the sampler can build (a `z.never()`, an unsatisfiable range, …). */
export class SynthesizeError extends Error {
  override readonly name = 'SynthesizeError';
  /** Where in the value the problem is, e.g. `$.items[0].id`. */
  readonly path: string;

  constructor(path: string, message: string) {
    super(`synthesize: ${path}: ${message}`);
    this.path = path;
  }
}

/** How far past `maxDepth` a value may still nest before recursion is declared endless. */
const RUNAWAY_DEPTH = 40;
/** Numbers without an upper bound stay below min + this, so samples look like VK ids. */
const DEFAULT_NUMBER_SPAN = 999_999;
const URL_HINT = /(^|_)(url|uri|link|href|src)(_|$)|^photo(_\d+|_max|_big|_medium|_rec|_orig|$)/;

interface Walk {
  readonly random: Random;
  readonly omitOptional: boolean;
  readonly maxDepth: number;
  /** How many times each lazy schema is open on the current path. */
  readonly openLazies: Map<z.core.$ZodType, number>;
}

interface At {
  /** Printable location for errors: `$.items[0].id`. */
  readonly path: string;
  /** Nearest object key, a hint for string contents (`photo_100` → a URL). */
  readonly key: string | undefined;
  readonly depth: number;
  /** Produce only what the schema requires (past maxDepth or inside a repeated lazy). */
  readonly minimal: boolean;
}

/**
 * A deterministic sample value that `schema` accepts, built by walking the zod 4 schema
 * definition (`schema._zod.def`). The sample is run through `schema` before it is returned, so
 * the result is always valid and typed as the schema's output; a schema the walker cannot
 * satisfy (refinements, regex formats) fails with a SynthesizeError naming the place.
 */
export function synthesize<S extends z.core.$ZodType>(schema: S, options: SynthesizeOptions = {}): z.core.output<S> {
  const maxDepth = options.maxDepth ?? 5;
  if (!Number.isInteger(maxDepth) || maxDepth < 0) {
    throw new TypeError(`synthesize: maxDepth must be a non-negative integer, got ${String(options.maxDepth)}`);
  }
  const seed = options.seed ?? 1;
  if (!Number.isFinite(seed)) {
    throw new TypeError(`synthesize: seed must be a finite number, got ${String(options.seed)}`);
  }
  const walk: Walk = {
    random: createRandom(seed),
    omitOptional: options.omitOptional ?? false,
    maxDepth,
    openLazies: new Map(),
  };
  const raw = sample(schema, walk, { path: '$', key: undefined, depth: 0, minimal: maxDepth === 0 });
  const result = z.safeParse(schema, raw);
  if (!result.success) {
    throw new SynthesizeError('$', `the sample does not pass the schema:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}

function deeper(at: At, walk: Walk, path: string, key: string | undefined): At {
  const depth = at.depth + 1;
  if (depth > walk.maxDepth + RUNAWAY_DEPTH) {
    throw new SynthesizeError(path, 'the schema nests without end (a recursive definition with no optional exit)');
  }
  return { path, key, depth, minimal: at.minimal || depth >= walk.maxDepth };
}

function sample(schema: z.core.$ZodType, walk: Walk, at: At): unknown {
  // Order matters where zod types share traits: discriminated unions are unions, number
  // formats are numbers, string formats are strings.
  if (schema instanceof z.core.$ZodString) return sampleString(schema, walk.random, at);
  if (schema instanceof z.core.$ZodNumber) return sampleNumber(schema, walk.random, at);
  if (schema instanceof z.core.$ZodBoolean) return walk.random.below(2) === 1;
  if (schema instanceof z.core.$ZodLiteral) return walk.random.pick(schema._zod.def.values);
  if (schema instanceof z.core.$ZodEnum) return walk.random.pick([...schema._zod.values]);
  if (schema instanceof z.core.$ZodObject) return sampleObject(schema, walk, at);
  if (schema instanceof z.core.$ZodArray) return sampleArray(schema, walk, at);
  if (schema instanceof z.core.$ZodUnion) return sampleUnion(schema, walk, at);
  if (schema instanceof z.core.$ZodOptional) {
    return at.minimal ? undefined : sample(schema._zod.def.innerType, walk, at);
  }
  if (schema instanceof z.core.$ZodNullable) {
    return at.minimal ? null : sample(schema._zod.def.innerType, walk, at);
  }
  if (schema instanceof z.core.$ZodLazy) return sampleLazy(schema, walk, at);
  if (schema instanceof z.core.$ZodRecord) return sampleRecord(schema, walk, at);
  if (schema instanceof z.core.$ZodUnknown || schema instanceof z.core.$ZodAny) {
    // Anything goes; a short string keeps samples JSON-friendly and readable.
    return `${at.key ?? 'value'}-${walk.random.below(1000)}`;
  }
  if (schema instanceof z.core.$ZodTuple) return sampleTuple(schema, walk, at);
  if (schema instanceof z.core.$ZodIntersection) return sampleIntersection(schema, walk, at);
  // Wrappers whose input is the inner schema's input.
  if (
    schema instanceof z.core.$ZodDefault ||
    schema instanceof z.core.$ZodPrefault ||
    schema instanceof z.core.$ZodCatch ||
    schema instanceof z.core.$ZodReadonly
  ) {
    return sample(schema._zod.def.innerType, walk, at);
  }
  if (schema instanceof z.core.$ZodNonOptional) {
    // The inner schema is usually `.optional()`; it must not be left out here.
    const inner = schema._zod.def.innerType;
    const required = inner instanceof z.core.$ZodOptional ? inner._zod.def.innerType : inner;
    return sample(required, walk, { ...at, minimal: false });
  }
  // A pipe parses its input with `in`, so a valid input for `in` is what the pipe takes.
  if (schema instanceof z.core.$ZodPipe) return sample(schema._zod.def.in, walk, at);
  if (schema instanceof z.core.$ZodNull) return null;
  if (schema instanceof z.core.$ZodUndefined || schema instanceof z.core.$ZodVoid) return undefined;
  if (schema instanceof z.core.$ZodNaN) return Number.NaN;
  if (schema instanceof z.core.$ZodBigInt) return BigInt(1 + walk.random.below(DEFAULT_NUMBER_SPAN));
  if (schema instanceof z.core.$ZodDate) return new Date(Date.UTC(2024, 0, 1 + walk.random.below(365)));
  if (schema instanceof z.core.$ZodSymbol) return Symbol(at.key ?? 'sample');
  if (schema instanceof z.core.$ZodSet) return new Set([sample(schema._zod.def.valueType, walk, deeper(at, walk, `${at.path}[0]`, at.key))]);
  if (schema instanceof z.core.$ZodMap) {
    const entryAt = deeper(at, walk, `${at.path}[0]`, at.key);
    return new Map([[sample(schema._zod.def.keyType, walk, entryAt), sample(schema._zod.def.valueType, walk, entryAt)]]);
  }
  throw new SynthesizeError(at.path, `zod type "${schema._zod.def.type}" is not supported`);
}

function sampleObject(schema: z.core.$ZodObject, walk: Walk, at: At): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, valueSchema] of Object.entries(schema._zod.def.shape)) {
    // `optin` is set on schemas an object may leave out: `.optional()`, `.default()`, …
    const omittable = valueSchema._zod.optin !== undefined;
    if (omittable && (walk.omitOptional || at.minimal)) continue;
    const childAt = deeper(at, walk, `${at.path}.${key}`, key);
    // An included optional key gets a real value, not `undefined`.
    const value = sample(unwrapOptional(valueSchema), walk, childAt);
    if (value !== undefined || !omittable) result[key] = value;
  }
  return result;
}

function unwrapOptional(schema: z.core.$ZodType): z.core.$ZodType {
  return schema instanceof z.core.$ZodOptional ? schema._zod.def.innerType : schema;
}

function sampleArray(schema: z.core.$ZodArray, walk: Walk, at: At): unknown[] {
  const { min, max } = lengthBounds(schema);
  const wanted = at.minimal ? min : Math.max(min, 1);
  const length = max === undefined ? wanted : Math.min(wanted, max);
  if (length < min) throw new SynthesizeError(at.path, `array length bounds ${min}..${String(max)} are contradictory`);
  const items: unknown[] = [];
  for (let i = 0; i < length; i++) {
    items.push(sample(schema._zod.def.element, walk, deeper(at, walk, `${at.path}[${i}]`, at.key)));
  }
  return items;
}

function sampleTuple(schema: z.core.$ZodTuple, walk: Walk, at: At): unknown[] {
  return schema._zod.def.items.map((item, i) => sample(item, walk, deeper(at, walk, `${at.path}[${i}]`, at.key)));
}

function sampleUnion(schema: z.core.$ZodUnion, walk: Walk, at: At): unknown {
  const options = schema._zod.def.options;
  if (options.length === 0) throw new SynthesizeError(at.path, 'a union with no members has no values');
  const chosen = at.minimal ? simplest(options) : walk.random.pick(options);
  return sample(chosen, walk, at);
}

/**
 * How much a value of this schema nests, roughly: scalars 0, containers more, lazies most.
 * In minimal mode unions take their cheapest member so recursion bottoms out.
 */
function nestingCost(schema: z.core.$ZodType): number {
  if (schema instanceof z.core.$ZodLazy) return 3;
  if (schema instanceof z.core.$ZodObject || schema instanceof z.core.$ZodIntersection) return 2;
  if (schema instanceof z.core.$ZodArray || schema instanceof z.core.$ZodRecord || schema instanceof z.core.$ZodTuple) {
    return 1;
  }
  return 0;
}

function simplest(options: readonly z.core.$ZodType[]): z.core.$ZodType {
  let best: z.core.$ZodType | undefined;
  for (const option of options) {
    if (best === undefined || nestingCost(option) < nestingCost(best)) best = option;
  }
  if (best === undefined) throw new RangeError('simplest: no options');
  return best;
}

function sampleLazy(schema: z.core.$ZodLazy, walk: Walk, at: At): unknown {
  const open = walk.openLazies.get(schema) ?? 0;
  walk.openLazies.set(schema, open + 1);
  try {
    // The second time a recursive definition is entered on one path, produce only what it
    // requires, so `comment.thread.items[0].thread…` stops after one level.
    return sample(schema._zod.innerType, walk, open > 0 ? { ...at, minimal: true } : at);
  } finally {
    walk.openLazies.set(schema, open);
  }
}

function sampleRecord(schema: z.core.$ZodRecord, walk: Walk, at: At): Record<PropertyKey, unknown> {
  const { keyType, valueType } = schema._zod.def;
  const result: Record<PropertyKey, unknown> = {};
  // Zod requires every key of an enum/literal-keyed record (unless partial), so list them all.
  const exhaustive = keyType instanceof z.core.$ZodEnum || keyType instanceof z.core.$ZodLiteral;
  let keys: PropertyKey[];
  if (exhaustive) {
    keys = [...keyType._zod.values].filter((value): value is string | number => typeof value === 'string' || typeof value === 'number');
  } else if (at.minimal) {
    keys = [];
  } else {
    const key = sample(keyType, walk, { ...at, key: 'key' });
    if (typeof key !== 'string' && typeof key !== 'number' && typeof key !== 'symbol') {
      throw new SynthesizeError(at.path, 'record keys must be strings, numbers or symbols');
    }
    keys = [key];
  }
  for (const key of keys) {
    const label = String(key);
    result[key] = sample(valueType, walk, deeper(at, walk, `${at.path}[${JSON.stringify(label)}]`, label));
  }
  return result;
}

function sampleIntersection(schema: z.core.$ZodIntersection, walk: Walk, at: At): unknown {
  const left = sample(schema._zod.def.left, walk, at);
  const right = sample(schema._zod.def.right, walk, at);
  if (isPlainObject(left) && isPlainObject(right)) return { ...left, ...right };
  if (Object.is(left, right)) return left;
  throw new SynthesizeError(at.path, 'only intersections of objects (or of identical values) are supported');
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sampleNumber(schema: z.core.$ZodNumber, random: Random, at: At): number {
  const bounds = numberBounds(schema);
  const step = bounds.integer ? 1 : 0.01;
  let low = bounds.min === undefined ? undefined : bounds.minExclusive ? bounds.min + step : bounds.min;
  let high = bounds.max === undefined ? undefined : bounds.maxExclusive ? bounds.max - step : bounds.max;
  if (low === undefined && high === undefined) low = 1;
  if (low === undefined) low = (high ?? 0) - DEFAULT_NUMBER_SPAN;
  if (high === undefined) high = low + DEFAULT_NUMBER_SPAN;
  if (bounds.formatRange) {
    low = Math.max(low, bounds.formatRange[0]);
    high = Math.min(high, bounds.formatRange[1]);
  }
  if (bounds.integer) {
    low = Math.ceil(low);
    high = Math.floor(high);
  }
  if (low > high) throw new SynthesizeError(at.path, `no number satisfies the bounds ${String(bounds.min)}..${String(bounds.max)}`);

  const divisor = bounds.divisors.reduce((a, b) => (Number.isInteger(a) && Number.isInteger(b) ? lcm(a, b) : a * b), 1);
  if (bounds.divisors.length > 0) {
    const first = Math.ceil(low / divisor);
    const last = Math.floor(high / divisor);
    if (first > last) throw new SynthesizeError(at.path, `no multiple of ${divisor} lies in ${low}..${high}`);
    return (first + random.below(Math.min(last - first, DEFAULT_NUMBER_SPAN) + 1)) * divisor;
  }
  if (bounds.integer) return low + random.below(Math.min(high - low, DEFAULT_NUMBER_SPAN) + 1);
  // Two decimals look like real data; fall back to the midpoint where the range is too narrow.
  const value = Math.round((low + (high - low) * random.next()) * 100) / 100;
  return value >= low && value <= high ? value : (low + high) / 2;
}

function lcm(a: number, b: number): number {
  const gcd = (x: number, y: number): number => (y === 0 ? Math.abs(x) : gcd(y, x % y));
  return Math.abs(a * b) / gcd(a, b);
}

function sampleString(schema: z.core.$ZodString, random: Random, at: At): string {
  const { min, max } = lengthBounds(schema);
  const n = random.below(100_000);
  let body: string | undefined;
  let prefix = '';
  let suffix = '';
  let infix = '';
  let letterCase: 'lower' | 'upper' | undefined;
  for (const { format, text } of stringFormats(schema)) {
    switch (format) {
      case 'starts_with':
        prefix = text ?? '';
        break;
      case 'ends_with':
        suffix = text ?? '';
        break;
      case 'includes':
        infix = text ?? '';
        break;
      case 'lowercase':
        letterCase = 'lower';
        break;
      case 'uppercase':
        letterCase = 'upper';
        break;
      default:
        body = formattedString(format, n, random);
        if (body === undefined) throw new SynthesizeError(at.path, `string format "${format}" is not supported`);
    }
  }
  if (body !== undefined) {
    // A formatted value (an email, a UUID) cannot be padded or cut to fit.
    if (body.length < min || (max !== undefined && body.length > max)) {
      throw new SynthesizeError(at.path, `a "${body}"-like value does not fit length ${min}..${String(max)}`);
    }
    return body;
  }
  const hint = at.key ?? 'text';
  let text = URL_HINT.test(hint) ? `https://vk.example/${hint}/${n}.jpg` : `${hint}-${n}`;
  if (letterCase === 'lower') text = text.toLowerCase();
  if (letterCase === 'upper') text = text.toUpperCase();
  const fixed = prefix + infix + suffix;
  const room = max === undefined ? Infinity : max - fixed.length;
  if (room < 0) throw new SynthesizeError(at.path, `the required affixes do not fit in ${String(max)} characters`);
  if (text.length > room) text = text.slice(0, room);
  const pad = Math.max(0, min - fixed.length - text.length);
  text += (letterCase === 'upper' ? 'X' : 'x').repeat(pad);
  return prefix + infix + text + suffix;
}

/** Values for zod's common string formats; undefined for a format the sampler cannot produce. */
function formattedString(format: string, n: number, random: Random): string | undefined {
  const hex = (length: number): string => {
    let out = '';
    for (let i = 0; i < length; i++) out += random.below(16).toString(16);
    return out;
  };
  switch (format) {
    case 'email':
      return `user${n}@vk.example`;
    case 'url':
      return `https://vk.example/${n}`;
    case 'uuid':
    case 'guid':
      return `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
    case 'datetime':
      return '2024-01-02T03:04:05Z';
    case 'date':
      return '2024-01-02';
    case 'time':
      return '03:04:05';
    case 'ipv4':
      return `192.0.2.${n % 256}`;
    case 'ipv6':
      return `2001:db8::${(n % 65536).toString(16)}`;
    case 'base64':
    case 'base64url':
      return 'c2FtcGxl';
    case 'e164':
      return `+7900${String(n).padStart(7, '0')}`;
    default:
      return undefined;
  }
}
