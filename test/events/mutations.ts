/**
 * Systematic mutations of a JSON value, for comparing two validators' verdicts (the generated
 * event type guards of `@vkts/types/event-checks` against the zod validators): at every place in
 * the value (every key and array item, at every depth), the value is replaced by values of every
 * other JSON type and by near misses of its own (numbers off by one, fractional, out of the safe
 * range, negated; strings altered or much longer), object keys are removed and unknown ones
 * added, arrays emptied, grown and turned into objects (and objects into arrays). Also a few
 * non-JSON values the guards must judge like zod: `undefined`, `NaN`, `±Infinity`, `-0`,
 * null-prototype objects.
 *
 * Used by packages/events/test/event-checks.test.ts and codegen/test/events-check.test.ts.
 */

export type Path = readonly (string | number)[];

export interface Mutation {
  /** Where the change is, e.g. `object.message.attachments.0.type`. */
  readonly where: string;
  /** What the change is, for failure messages. */
  readonly what: string;
  readonly value: unknown;
}

const MISSING: unique symbol = Symbol('missing');

/** A value of every kind, for every place. */
const ANY_PLACE: readonly unknown[] = [
  undefined,
  null,
  true,
  0,
  -0,
  1,
  -1,
  1.5,
  2 ** 53,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  '',
  'x',
  {},
  [],
  [1],
  { a: 1 },
];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Replacements derived from the value itself: near misses that only a precise check rejects. */
function nearMisses(value: unknown): unknown[] {
  if (typeof value === 'number') {
    return [value + 1, value - 1, -value, -value - 1, value + 0.5, value * 1e6, value + 2 ** 53];
  }
  if (typeof value === 'string') {
    const astral = '\u{1F600}';
    return [
      `${value}_`,
      value.slice(1),
      value.toUpperCase() === value ? value.toLowerCase() : value.toUpperCase(),
      value.repeat(2),
      'x'.repeat(5000),
      astral.repeat(2500),
      `${value}${astral}`,
    ];
  }
  if (Array.isArray(value)) {
    const out: unknown[] = [value.slice(1), { ...value }];
    if (value.length > 0) out.push([...value, value[0]], [...value, null], [...value, 'x'], [...value, {}]);
    return out;
  }
  if (isRecord(value)) {
    return [[value], Object.assign(Object.create(null) as object, value), Object.values(value)];
  }
  return [];
}

/** `value` with the place at `path` set to `replacement` (or removed, for MISSING); copies only the path. */
function setAt(value: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  if (Array.isArray(value) && typeof head === 'number') {
    const copy = [...value];
    copy[head] = setAt(value[head], rest, replacement);
    return copy;
  }
  if (isRecord(value) && typeof head === 'string') {
    const copy: Record<string, unknown> = { ...value };
    const next = setAt(value[head], rest, replacement);
    if (next === MISSING) delete copy[head];
    else copy[head] = next;
    return copy;
  }
  throw new Error(`no place ${String(head)} in ${JSON.stringify(value)}`);
}

/**
 * Every place in the value (the root included), depth first. Of an array, only the first item
 * is entered: every item has the same schema, and the array itself is grown with bad items.
 */
function places(value: unknown, path: Path = []): { path: Path; value: unknown }[] {
  const out = [{ path, value }];
  if (Array.isArray(value)) {
    if (value.length > 0) out.push(...places(value[0], [...path, 0]));
  } else if (isRecord(value)) {
    for (const [key, child] of Object.entries(value)) out.push(...places(child, [...path, key]));
  }
  return out;
}

function describe(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

export interface MutationOptions {
  /** Mutate the root itself too (replace it, turn it into an array…). @default true */
  readonly root?: boolean;
  /** Leave out places below these top-level keys (e.g. `type`, which routing has matched). */
  readonly skipTopLevel?: readonly string[];
}

/** Every mutation of `sample`; each value shares the unchanged parts with `sample`. */
export function* mutations(sample: unknown, options: MutationOptions = {}): Generator<Mutation> {
  const skip = new Set(options.skipTopLevel ?? []);
  for (const { path, value } of places(sample)) {
    if (path.length === 0 && options.root === false) continue;
    if (path.length > 0 && typeof path[0] === 'string' && skip.has(path[0])) continue;
    const where = path.length === 0 ? '(root)' : path.join('.');
    for (const replacement of [...ANY_PLACE, ...nearMisses(value)]) {
      if (Object.is(replacement, value)) continue;
      yield { where, what: `= ${describe(replacement)}`, value: setAt(sample, path, replacement) };
    }
    if (isRecord(value)) {
      for (const key of Object.keys(value)) {
        yield { where, what: `without ${key}`, value: setAt(sample, [...path, key], MISSING) };
      }
      for (const extra of [1, 'x', null, {}, []]) {
        yield { where, what: `plus unheard_of_key = ${describe(extra)}`, value: setAt(sample, path, { ...value, unheard_of_key: extra }) };
      }
    }
  }
}
