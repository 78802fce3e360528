import type { ParamKind, ParamMeta } from '@vkts/types';
import type { z } from 'zod';
import { paramError, type FakeVkError } from './vk-error.js';

/**
 * Params every method accepts that are about the request, not the method: they never reach
 * the method's validator. `access_token` is read by the auth step, the captcha pair by the
 * captcha step.
 */
export const TRANSPORT_PARAMS: ReadonlySet<string> = new Set(['v', 'access_token', 'lang', 'captcha_sid', 'captcha_key', 'test_mode']);

/** Params of one call as they travel: names to wire text, in the order the client sent them. */
export type WireParams = ReadonlyMap<string, string>;

type Decoded = { ok: true; value: unknown } | { ok: false; reason: string };

const INTEGER = /^-?\d+$/;
const NUMBER = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

function decodeScalar(text: string, kind: ParamKind): Decoded {
  switch (kind) {
    case 'string':
      return { ok: true, value: text };
    case 'integer':
      return INTEGER.test(text) ? { ok: true, value: Number(text) } : { ok: false, reason: 'not integer' };
    case 'number':
      return NUMBER.test(text) ? { ok: true, value: Number(text) } : { ok: false, reason: 'not a number' };
    case 'integer|string':
      return { ok: true, value: INTEGER.test(text) ? Number(text) : text };
    case 'boolean':
      if (text === '1') return { ok: true, value: true };
      if (text === '0') return { ok: true, value: false };
      return { ok: false, reason: 'must be 1 or 0' };
    case 'json':
      return decodeJson(text);
  }
}

function decodeJson(text: string): Decoded {
  try {
    const value: unknown = JSON.parse(text);
    return { ok: true, value };
  } catch {
    return { ok: false, reason: 'is not valid JSON' };
  }
}

/** Wire text → the value the method's validator expects, following the generated metadata. */
function decodeParam(text: string, meta: ParamMeta): Decoded {
  switch (meta.wire) {
    case 'scalar':
      return decodeScalar(text, meta.kind);
    case 'boolean':
      return decodeScalar(text, 'boolean');
    case 'json':
      return decodeJson(text);
    case 'list': {
      // An empty value is an empty list: `fields=` asks for no extra fields.
      if (text === '') return { ok: true, value: [] };
      const items: unknown[] = [];
      const parts = text.split(',');
      for (const [index, part] of parts.entries()) {
        const item = decodeScalar(part.trim(), meta.kind);
        if (!item.ok) return { ok: false, reason: `item ${index + 1} ${item.reason}` };
        items.push(item.value);
      }
      return { ok: true, value: items };
    }
  }
}

/**
 * Error 100 for the first param given more than once, else for the first one that is neither a
 * transport param nor `isKnown`; undefined when there is none.
 */
export function unexpectedParamError(
  wire: WireParams,
  duplicates: ReadonlySet<string>,
  isKnown: (name: string) => boolean,
): FakeVkError | undefined {
  for (const name of duplicates) {
    if (!TRANSPORT_PARAMS.has(name)) return paramError(`${name} is given more than once`);
  }
  for (const name of wire.keys()) {
    if (!TRANSPORT_PARAMS.has(name) && !isKnown(name)) return paramError(`${name} is not a parameter of this method`);
  }
  return undefined;
}

export type CheckedParams = { ok: true; values: Record<string, unknown> } | { ok: false; error: FakeVkError };

/**
 * Decode and validate a call's params the way VK reports problems: error 100 naming the first
 * offending param. Unknown params are rejected too (VK ignores them; a fake that did would hide
 * typos in the client under test).
 */
export function checkParams(
  wire: WireParams,
  metas: Readonly<Record<string, ParamMeta>>,
  validator: z.ZodType,
  duplicates: ReadonlySet<string> = new Set(),
): CheckedParams {
  const unexpected = unexpectedParamError(wire, duplicates, (name) => Object.hasOwn(metas, name));
  if (unexpected !== undefined) return { ok: false, error: unexpected };
  for (const [name, meta] of Object.entries(metas)) {
    if (meta.required && !wire.has(name)) return { ok: false, error: paramError(`${name} is undefined`) };
  }
  const values: Record<string, unknown> = {};
  for (const [name, text] of wire) {
    const meta = metas[name];
    if (meta === undefined || TRANSPORT_PARAMS.has(name)) continue;
    const decoded = decodeParam(text, meta);
    if (!decoded.ok) return { ok: false, error: paramError(`${name} ${decoded.reason}`) };
    values[name] = decoded.value;
  }
  const result = validator.safeParse(values);
  if (!result.success) {
    const issue = result.error.issues[0];
    const name = issue === undefined ? undefined : issueParam(issue);
    const detail = issue === undefined ? 'invalid' : issue.message;
    return { ok: false, error: paramError(name === undefined ? `params are invalid: ${detail}` : `${name} is invalid: ${detail}`) };
  }
  return { ok: true, values };
}

function issueParam(issue: z.core.$ZodIssue): string | undefined {
  const [first] = issue.path;
  if (typeof first === 'string') return first;
  if (issue.code === 'unrecognized_keys') return issue.keys[0];
  return undefined;
}

/**
 * A JSON value from an `execute` call (`API.users.get({"user_ids":[1,2]})`) → wire text, the
 * form the same value would have in a form body, so inner calls go through the same checks.
 */
export function toWireText(value: unknown, meta: ParamMeta | undefined): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value) && meta?.wire !== 'json') return value.map((item) => toWireText(item, undefined)).join(',');
  return JSON.stringify(value);
}
