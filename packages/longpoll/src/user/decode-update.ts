// Decoding User Long Poll updates (`[code, ...fields]`) into typed events, driven by the table
// codegen emits from schema/user-longpoll.json. Unknown codes and updates that do not fit their
// code's layout are delivered as `raw` events, never dropped.
import { isRecord } from '@vkts/internals';
import {
  userLongPollEnums,
  userLongPollEvents,
  userLongPollFlagSets,
  userLongPollObjects,
  type UserLongPollAttachment,
  type UserLongPollAttachments,
  type UserLongPollEventSpec,
  type UserLongPollFieldWire,
  type UserLongPollKeyWire,
  type UserLongPollKnownEvent,
} from '@vkts/types';
import { decodeHtmlText } from './html-text.js';

/** An update the registry cannot decode: an unknown code, or a known code whose fields do not fit. */
export interface UserLongPollRawEvent {
  readonly name: 'raw';
  /** The update's code, when it has a numeric one. */
  readonly code: number | undefined;
  readonly reason: 'unknown-code' | 'malformed';
  /** For `malformed`: what did not fit. */
  readonly problem: string | undefined;
  /** The update as received. */
  readonly raw: unknown;
}

/** What User Long Poll delivers: a decoded known event (narrow on `name`) or a raw one. */
export type UserLongPollEvent = UserLongPollKnownEvent | UserLongPollRawEvent;

/** A decoded field; `html` is the text as sent, for `html_text` fields (kept as `<name>_html`). */
type Decoded = { ok: true; value: unknown; html?: string } | { ok: false; problem: string };

/** VK's PHP side sends an empty object as `[]`. */
function asObject(value: unknown): Readonly<Record<string, unknown>> | undefined {
  if (isRecord(value)) return value;
  if (Array.isArray(value) && value.length === 0) return {};
  return undefined;
}

function isInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}

function isFlagSet(name: string | undefined): name is keyof typeof userLongPollFlagSets {
  return name !== undefined && Object.hasOwn(userLongPollFlagSets, name);
}

function isEnumName(name: string | undefined): name is keyof typeof userLongPollEnums {
  return name !== undefined && Object.hasOwn(userLongPollEnums, name);
}

/** Each flag set's bits as entries, and all its bits together, computed once. */
const flagBits = new Map<string, { readonly entries: readonly (readonly [string, number])[]; readonly known: number }>();

function decodeFlags(set: keyof typeof userLongPollFlagSets, raw: number): Record<string, unknown> {
  let bits = flagBits.get(set);
  if (bits === undefined) {
    const entries = Object.entries(userLongPollFlagSets[set]);
    bits = { entries, known: entries.reduce((all, [, bit]) => all | bit, 0) };
    flagBits.set(set, bits);
  }
  const flags: Record<string, unknown> = { raw, unknownBits: raw & ~bits.known };
  for (const [name, bit] of bits.entries) flags[name] = (raw & bit) !== 0;
  return flags;
}

function decodeKey(wire: UserLongPollKeyWire, value: unknown): Decoded {
  switch (wire) {
    case 'string':
      return typeof value === 'string' ? { ok: true, value } : { ok: false, problem: 'not a string' };
    case 'integer':
      return isInteger(value) ? { ok: true, value } : { ok: false, problem: 'not an integer' };
    case 'integer_string': {
      const n = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
      return isInteger(n) ? { ok: true, value: n } : { ok: false, problem: 'not an integer string' };
    }
    case 'flag_string':
    case 'flag_integer':
      if (value === '1' || value === 1 || value === true) return { ok: true, value: true };
      if (value === '0' || value === 0 || value === false) return { ok: true, value: false };
      return { ok: false, problem: 'not 0/1' };
  }
}

/** Known keys decoded; anything else (including a known key with an odd value) kept as received in `other`. */
function decodeObject(keys: { readonly [key: string]: UserLongPollKeyWire }, value: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const decoded: Record<string, unknown> = {};
  const other: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(value)) {
    const wire = Object.hasOwn(keys, key) ? keys[key] : undefined;
    const result = wire === undefined ? undefined : decodeKey(wire, raw);
    if (result?.ok === true) decoded[key] = result.value;
    else other[key] = raw;
  }
  decoded['other'] = other;
  return decoded;
}

const ATTACHMENT = /^attach(\d+)$/;

function decodeAttachments(value: Readonly<Record<string, unknown>>): UserLongPollAttachments {
  const items: (UserLongPollAttachment & { n: number })[] = [];
  const other: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(value)) {
    const match = ATTACHMENT.exec(key);
    const type = match === null ? undefined : value[`attach${match[1]}_type`];
    if (match !== null && typeof raw === 'string' && typeof type === 'string') items.push({ n: Number(match[1]), type, id: raw });
    else if (!(/^attach\d+_type$/.test(key) && typeof value[key.replace(/_type$/, '')] === 'string')) other[key] = raw;
  }
  return { items: items.sort((a, b) => a.n - b.n).map(({ type, id }) => ({ type, id })), other };
}

type FieldDecoder = (value: unknown) => Decoded;

const integerField: FieldDecoder = (value) => (isInteger(value) ? { ok: true, value } : { ok: false, problem: 'not an integer' });
const stringField: FieldDecoder = (value) => (typeof value === 'string' ? { ok: true, value } : { ok: false, problem: 'not a string' });
const htmlTextField: FieldDecoder = (value) =>
  typeof value === 'string' ? { ok: true, value: decodeHtmlText(value), html: value } : { ok: false, problem: 'not a string' };
const negatedIdField: FieldDecoder = (value) => (isInteger(value) ? { ok: true, value: Math.abs(value) } : { ok: false, problem: 'not an integer' });
const flagIntegerField: FieldDecoder = (value) => decodeKey('flag_integer', value);
const attachmentsField: FieldDecoder = (value) => {
  const object = asObject(value);
  return object === undefined ? { ok: false, problem: 'not an object' } : { ok: true, value: decodeAttachments(object) };
};

/** The decoder of a wire type, looked up once per code (the table is static). */
function fieldDecoder(wire: UserLongPollFieldWire): FieldDecoder {
  const [kind, arg] = wire.split(':');
  switch (kind) {
    case 'integer':
      return integerField;
    case 'string':
      return stringField;
    case 'html_text':
      return htmlTextField;
    case 'negated_id':
      return negatedIdField;
    case 'flag_integer':
      return flagIntegerField;
    case 'attachments':
      return attachmentsField;
    case 'flags': {
      if (!isFlagSet(arg)) return () => ({ ok: false, problem: `no flag set ${String(arg)}` });
      const set = arg;
      return (value) => (isInteger(value) ? { ok: true, value: decodeFlags(set, value) } : { ok: false, problem: 'not an integer' });
    }
    case 'enum': {
      if (!isEnumName(arg)) return () => ({ ok: false, problem: `no enum ${String(arg)}` });
      const spec = userLongPollEnums[arg];
      const names = new Map<number, string>(Object.entries(spec.values).map(([n, name]) => [Number(n), name]));
      const mask = spec.mask;
      return (value) => (isInteger(value) ? { ok: true, value: { raw: value, name: names.get(mask === 0 ? value : value & mask) } } : { ok: false, problem: 'not an integer' });
    }
    case 'object': {
      const keys = arg === undefined ? undefined : userLongPollObjects[arg];
      if (keys === undefined) return () => ({ ok: false, problem: `no object ${String(arg)}` });
      return (value) => {
        const object = asObject(value);
        return object === undefined ? { ok: false, problem: 'not an object' } : { ok: true, value: decodeObject(keys, object) };
      };
    }
    default:
      return () => ({ ok: false, problem: `unknown wire type ${wire}` });
  }
}

interface CompiledSpec {
  readonly name: UserLongPollEventSpec['name'];
  readonly fields: readonly { readonly name: string; readonly decode: FieldDecoder; readonly optional: boolean }[];
}

/** Per code, built on first use: the table's wire names resolved to decoder functions once. */
const compiled = new Map<number, CompiledSpec | null>();

function specFor(code: number): CompiledSpec | undefined {
  let spec = compiled.get(code);
  if (spec === undefined) {
    const source = Object.hasOwn(userLongPollEvents, code) ? userLongPollEvents[code] : undefined;
    spec = source === undefined ? null : { name: source.name, fields: source.fields.map(([name, wire, optional]) => ({ name, decode: fieldDecoder(wire), optional })) };
    compiled.set(code, spec);
  }
  return spec ?? undefined;
}

export function decodeUserLongPollUpdate(update: unknown): UserLongPollEvent {
  if (!Array.isArray(update)) return rawEvent(update, undefined, 'malformed', 'the update is not an array');
  const code: unknown = update[0];
  if (!isInteger(code)) return rawEvent(update, undefined, 'malformed', 'the update does not start with a numeric code');
  const spec = specFor(code);
  if (spec === undefined) return rawEvent(update, code, 'unknown-code');

  const event: Record<string, unknown> = { code, name: spec.name };
  const fields = spec.fields;
  for (let index = 0; index < fields.length; index += 1) {
    const field = fields[index];
    if (field === undefined) break;
    const position = index + 1;
    if (position >= update.length) {
      if (field.optional) break;
      return rawEvent(update, code, 'malformed', `${spec.name}: field ${field.name} (position ${position}) is missing`);
    }
    const result = field.decode(update[position]);
    if (!result.ok) return rawEvent(update, code, 'malformed', `${spec.name}: field ${field.name} (position ${position}) is ${result.problem}`);
    event[field.name] = result.value;
    if (result.html !== undefined) event[`${field.name}_html`] = result.html;
  }
  event['raw'] = update;
  return typedEvent(event);
}

function rawEvent(update: unknown, code: number | undefined, reason: UserLongPollRawEvent['reason'], problem?: string): UserLongPollRawEvent {
  return { name: 'raw', code, reason, problem, raw: update };
}

/**
 * The one place the decoded object meets its type: the decoding table and the event types are
 * emitted from the same registry entries (codegen/src/emit/user-longpoll.ts), and every field
 * above was decoded by its wire type, so the object is the event its code names.
 */
function typedEvent(event: Record<string, unknown>): UserLongPollKnownEvent {
  return event as unknown as UserLongPollKnownEvent;
}
