// Turns typed params into the form values VK expects, driven by the generated per-param
// metadata (`apiMethodMeta[m].params[name].wire`), so `fields: ['sex', 'city']`, `extended: true`
// and `keyboard: { buttons: [] }` all travel the way VK parses them.
import type { ParamMeta, ParamWire } from '@vkts/types';

/** Form values of one call, by param name. */
export type WireParams = Readonly<Record<string, string>>;

/**
 * Encodes every param that is not `undefined`/`null` (VK has no null on the wire; an absent
 * param is how "not set" is said). Params the metadata does not know (`captcha_sid`, the
 * arguments of `execute`) are encoded by the shape of their value.
 */
export function toWireParams(params: object, meta: { readonly [param: string]: ParamMeta }): WireParams {
  const wire: Record<string, string> = {};
  // Object.keys + a read per key rather than Object.entries: no [name, value] pair per param.
  const values: Readonly<Record<string, unknown>> = params as Readonly<Record<string, unknown>>;
  const names = Object.keys(values);
  for (let i = 0; i < names.length; i += 1) {
    const name = names[i] as string;
    const value = values[name];
    if (value === undefined || value === null) continue;
    wire[name] = encodeValue(value, meta[name]?.wire ?? wireOfValue(value));
  }
  return wire;
}

function wireOfValue(value: unknown): ParamWire {
  if (typeof value === 'boolean') return 'boolean';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object') return 'json';
  return 'scalar';
}

function encodeValue(value: unknown, wire: ParamWire): string {
  switch (wire) {
    case 'boolean':
      // Accept VK's own 0/1 as well as true/false (the types allow both for `extended`).
      return value === true || value === 1 || value === '1' ? '1' : value === false || value === 0 || value === '0' ? '0' : scalar(value);
    case 'list':
      return Array.isArray(value) ? joinList(value) : scalar(value);
    case 'json':
      // A string is taken as JSON the caller already made (e.g. a keyboard built elsewhere).
      return typeof value === 'string' ? value : JSON.stringify(value);
    case 'scalar':
      return scalar(value);
  }
}

function scalar(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (Array.isArray(value)) return joinList(value);
  return JSON.stringify(value);
}

/** `list.map(scalar).join(',')` without the intermediate array (holes and `undefined` give ''). */
function joinList(list: readonly unknown[]): string {
  let out = '';
  for (let i = 0; i < list.length; i += 1) {
    // JSON.stringify(undefined) is undefined, which join() would print as ''.
    const text: string | undefined = scalar(list[i]);
    out += i === 0 ? (text ?? '') : `,${text ?? ''}`;
  }
  return out;
}
