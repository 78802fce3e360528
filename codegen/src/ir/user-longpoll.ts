import { readFile } from 'node:fs/promises';
import { expectArray, expectObject, expectString, isObject, optionalString } from './json.js';

// schema/user-longpoll.json is our registry of User Long Poll (version 3) updates: VK publishes no
// machine-readable schema for them. This checks it strictly (every entry cites evidence, layouts
// are well-formed, flag bits are single bits) and turns it into the IR the emitter reads.

/** What a positional field holds on the wire, and so how it is decoded. */
export type UserLongPollFieldType =
  | { readonly kind: 'integer' }
  | { readonly kind: 'string' }
  /** Message text as VK sends it (HTML entities, `<br>`): decoded, and kept as sent in `<name>_html`. */
  | { readonly kind: 'html_text' }
  /** An id VK sends negated (friend events): decoded to the positive id. */
  | { readonly kind: 'negated_id' }
  /** 0/1 as a boolean. */
  | { readonly kind: 'flag_integer' }
  | { readonly kind: 'flags'; readonly set: string }
  | { readonly kind: 'enum'; readonly enum: string }
  | { readonly kind: 'object'; readonly object: string }
  /** The attachments object (`attach1_type`, `attach1`, …). */
  | { readonly kind: 'attachments' };

export interface UserLongPollFieldIR {
  readonly name: string;
  readonly type: UserLongPollFieldType;
  readonly optional: boolean;
  readonly description: string | undefined;
}

export interface UserLongPollEventIR {
  readonly code: number;
  readonly name: string;
  readonly description: string;
  readonly evidence: readonly string[];
  readonly fields: readonly UserLongPollFieldIR[];
}

export interface UserLongPollFlagSetIR {
  readonly name: string;
  readonly description: string;
  readonly evidence: readonly string[];
  readonly bits: readonly (readonly [string, number])[];
}

export interface UserLongPollEnumIR {
  readonly name: string;
  readonly description: string;
  readonly evidence: readonly string[];
  /** The value is read from `raw & mask`. */
  readonly mask: number | undefined;
  readonly values: readonly (readonly [number, string])[];
}

/** How a key of an object field travels: VK sends most values as strings. */
export type UserLongPollKeyType = 'string' | 'integer' | 'integer_string' | 'flag_string' | 'flag_integer';

export interface UserLongPollObjectIR {
  readonly name: string;
  readonly description: string;
  readonly evidence: readonly string[];
  readonly keys: readonly { readonly name: string; readonly type: UserLongPollKeyType; readonly description: string | undefined }[];
}

export interface UserLongPollIR {
  readonly version: number;
  readonly sources: readonly (readonly [string, string])[];
  readonly flagSets: readonly UserLongPollFlagSetIR[];
  readonly enums: readonly UserLongPollEnumIR[];
  readonly objects: readonly UserLongPollObjectIR[];
  readonly events: readonly UserLongPollEventIR[];
}

export async function loadUserLongPollRegistry(file: string): Promise<unknown> {
  return JSON.parse(await readFile(file, 'utf8')) as unknown;
}

const NAME = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;
const KEY_TYPES: ReadonlySet<string> = new Set(['string', 'integer', 'integer_string', 'flag_string', 'flag_integer']);
/** Names every decoded event has besides its fields. */
const RESERVED_FIELDS: ReadonlySet<string> = new Set(['code', 'name', 'raw']);

export function checkUserLongPollRegistry(raw: unknown, file = 'schema/user-longpoll.json'): UserLongPollIR {
  const problems: string[] = [];
  const root = expectObject(raw, file);
  const version = root['version'];
  if (version !== 3) problems.push(`${file}: version must be 3 (the layout the decoder implements), got ${JSON.stringify(version)}`);
  const sources = Object.entries(expectObject(root['sources'], `${file} sources`)).map(([key, value]) => [key, expectString(value, `${file} sources/${key}`)] as const);
  const sourceKeys = new Set(sources.map(([key]) => key));

  const evidence = (value: unknown, where: string): string[] => {
    const list = isObject(value) || !Array.isArray(value) ? [] : value.map((item, i) => expectString(item, `${where} evidence[${i}]`));
    if (list.length === 0) problems.push(`${where}: cites no evidence`);
    for (const item of list) {
      const source = /^\S+/.exec(item)?.[0] ?? '';
      if (!sourceKeys.has(source)) problems.push(`${where}: evidence "${item}" does not start with a key of sources (${[...sourceKeys].join(', ')})`);
    }
    return list;
  };
  const name = (value: string, where: string): string => {
    if (!NAME.test(value)) problems.push(`${where}: "${value}" is not a snake_case name`);
    return value;
  };

  const flagSets: UserLongPollFlagSetIR[] = Object.entries(expectObject(root['flags'], `${file} flags`)).map(([setName, value]) => {
    const where = `${file} flags/${setName}`;
    const entry = expectObject(value, where);
    const bits = Object.entries(expectObject(entry['bits'], `${where} bits`)).map(([bit, n]) => {
      name(bit, `${where} bits`);
      if (typeof n !== 'number' || !Number.isInteger(n) || n <= 0 || (n & (n - 1)) !== 0) problems.push(`${where} bits/${bit}: ${JSON.stringify(n)} is not a single bit`);
      return [bit, typeof n === 'number' ? n : 0] as const;
    });
    if (new Set(bits.map(([, n]) => n)).size !== bits.length) problems.push(`${where}: two flags share a bit`);
    return { name: name(setName, where), description: expectString(entry['description'], `${where} description`), evidence: evidence(entry['evidence'], where), bits };
  });

  const enums: UserLongPollEnumIR[] = Object.entries(expectObject(root['enums'], `${file} enums`)).map(([enumName, value]) => {
    const where = `${file} enums/${enumName}`;
    const entry = expectObject(value, where);
    const mask = entry['mask'];
    if (mask !== undefined && (typeof mask !== 'number' || !Number.isInteger(mask) || mask <= 0)) problems.push(`${where}: mask must be a positive integer`);
    const values = Object.entries(expectObject(entry['values'], `${where} values`)).map(([n, label]) => {
      if (!/^\d+$/.test(n)) problems.push(`${where} values: key "${n}" is not a non-negative integer`);
      return [Number(n), name(expectString(label, `${where} values/${n}`), `${where} values/${n}`)] as const;
    });
    return {
      name: name(enumName, where),
      description: expectString(entry['description'], `${where} description`),
      evidence: evidence(entry['evidence'], where),
      mask: typeof mask === 'number' ? mask : undefined,
      values,
    };
  });

  const objects: UserLongPollObjectIR[] = Object.entries(expectObject(root['objects'], `${file} objects`)).map(([objectName, value]) => {
    const where = `${file} objects/${objectName}`;
    const entry = expectObject(value, where);
    const keys = Object.entries(expectObject(entry['keys'], `${where} keys`)).map(([key, spec]) => {
      const keyEntry = expectObject(spec, `${where} keys/${key}`);
      const type = expectString(keyEntry['type'], `${where} keys/${key} type`);
      if (!KEY_TYPES.has(type)) problems.push(`${where} keys/${key}: unknown type "${type}"`);
      if (key === 'other') problems.push(`${where} keys: "other" is reserved for keys the registry does not list`);
      return { name: name(key, `${where} keys`), type: isKeyType(type) ? type : 'string', description: optionalString(keyEntry['description'], `${where} keys/${key} description`) };
    });
    return { name: name(objectName, where), description: expectString(entry['description'], `${where} description`), evidence: evidence(entry['evidence'], where), keys };
  });

  const flagNames = new Set(flagSets.map((s) => s.name));
  const enumNames = new Set(enums.map((e) => e.name));
  const objectNames = new Set(objects.map((o) => o.name));
  const fieldType = (raw: string, where: string): UserLongPollFieldType => {
    const [kind, arg] = raw.split(':');
    switch (kind) {
      case 'integer':
      case 'string':
      case 'html_text':
      case 'negated_id':
      case 'flag_integer':
      case 'attachments':
        if (arg !== undefined) problems.push(`${where}: type ${kind} takes no argument`);
        return { kind };
      case 'flags':
        if (arg === undefined || !flagNames.has(arg)) problems.push(`${where}: flags:${String(arg)} names no flag set`);
        return { kind, set: arg ?? '' };
      case 'enum':
        if (arg === undefined || !enumNames.has(arg)) problems.push(`${where}: enum:${String(arg)} names no enum`);
        return { kind, enum: arg ?? '' };
      case 'object':
        if (arg === undefined || !objectNames.has(arg)) problems.push(`${where}: object:${String(arg)} names no object`);
        return { kind, object: arg ?? '' };
      default:
        problems.push(`${where}: unknown field type "${raw}"`);
        return { kind: 'integer' };
    }
  };
  const readFields = (value: unknown, where: string): UserLongPollFieldIR[] =>
    expectArray(value, where).map((item, i) => {
      const entry = expectObject(item, `${where}[${i}]`);
      return {
        name: name(expectString(entry['name'], `${where}[${i}] name`), `${where}[${i}]`),
        type: fieldType(expectString(entry['type'], `${where}[${i}] type`), `${where}[${i}]`),
        optional: entry['optional'] === true,
        description: optionalString(entry['description'], `${where}[${i}] description`),
      };
    });

  const fieldSets = new Map<string, UserLongPollFieldIR[]>();
  for (const [setName, value] of Object.entries(expectObject(root['fieldSets'], `${file} fieldSets`))) {
    const where = `${file} fieldSets/${setName}`;
    const entry = expectObject(value, where);
    evidence(entry['evidence'], where);
    fieldSets.set(setName, readFields(entry['fields'], `${where} fields`));
  }

  const eventNames = new Set<string>();
  const events: UserLongPollEventIR[] = Object.entries(expectObject(root['events'], `${file} events`)).map(([code, value]) => {
    const where = `${file} events/${code}`;
    if (!/^[1-9]\d*$/.test(code)) problems.push(`${where}: the key must be the event code`);
    const entry = expectObject(value, where);
    const eventName = name(expectString(entry['name'], `${where} name`), where);
    if (eventNames.has(eventName)) problems.push(`${where}: name ${eventName} is used twice`);
    eventNames.add(eventName);
    const fields = expectArray(entry['fields'], `${where} fields`).flatMap((item, i): UserLongPollFieldIR[] => {
      if (isObject(item) && typeof item['fieldSet'] === 'string') {
        const set = fieldSets.get(item['fieldSet']);
        if (set === undefined) problems.push(`${where} fields[${i}]: no fieldSet ${item['fieldSet']}`);
        return set ?? [];
      }
      return readFields([item], `${where} fields[${i}]`);
    });
    const seen = new Set<string>();
    let optionalFrom: string | undefined;
    for (const field of fields) {
      if (seen.has(field.name) || RESERVED_FIELDS.has(field.name)) problems.push(`${where}: field name ${field.name} is repeated or reserved`);
      seen.add(field.name);
      if (field.optional) optionalFrom ??= field.name;
      else if (optionalFrom !== undefined) problems.push(`${where}: required field ${field.name} comes after optional ${optionalFrom}`);
    }
    return {
      code: Number(code),
      name: eventName,
      description: expectString(entry['description'], `${where} description`),
      evidence: evidence(entry['evidence'], where),
      fields,
    };
  });

  if (problems.length > 0) throw new Error(`user Long Poll registry is invalid:\n  ${problems.join('\n  ')}`);
  return { version: 3, sources, flagSets, enums, objects, events: events.sort((a, b) => a.code - b.code) };
}

function isKeyType(value: string): value is UserLongPollKeyType {
  return KEY_TYPES.has(value);
}
