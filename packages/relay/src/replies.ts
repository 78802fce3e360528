// Reading replies of stream commands as both clients decode them: RESP2 arrays, and RESP3 maps
// as plain objects (node-redis) or `Map`s, as flat arrays (ioredis' legacy mapping).

/** One stream entry: its id and its fields. */
export interface StreamEntry {
  readonly id: string;
  readonly fields: ReadonlyMap<string, string>;
}

export class ReplyShapeError extends TypeError {
  override readonly name = 'ReplyShapeError';
}

function text(value: unknown, what: string): string {
  if (typeof value === 'string') return value;
  if (value instanceof Uint8Array) return new TextDecoder().decode(value);
  throw new ReplyShapeError(`unexpected Redis reply: ${what} is ${value === null ? 'null' : typeof value}, not a string`);
}

export function asString(value: unknown, what: string): string {
  return text(value, what);
}

export function asInteger(value: unknown, what: string): number {
  const number = typeof value === 'string' ? Number(value) : value;
  if (typeof number === 'number' && Number.isSafeInteger(number)) return number;
  if (typeof value === 'bigint' && value <= BigInt(Number.MAX_SAFE_INTEGER)) return Number(value);
  throw new ReplyShapeError(`unexpected Redis reply: ${what} is not an integer`);
}

export function asArray(value: unknown, what: string): readonly unknown[] {
  if (Array.isArray(value)) return value;
  throw new ReplyShapeError(`unexpected Redis reply: ${what} is ${value === null ? 'null' : typeof value}, not an array`);
}

/** A field list: flat `[name, value, …]`, a `Map` or an object. */
function fieldsOf(value: unknown): ReadonlyMap<string, string> {
  const fields = new Map<string, string>();
  if (Array.isArray(value)) {
    for (let i = 0; i + 1 < value.length; i += 2) fields.set(text(value[i], 'a field name'), text(value[i + 1], 'a field value'));
  } else if (value instanceof Map) {
    for (const [name, field] of value) fields.set(text(name, 'a field name'), text(field, 'a field value'));
  } else if (typeof value === 'object' && value !== null) {
    for (const [name, field] of Object.entries(value)) fields.set(name, text(field, 'a field value'));
  } else {
    throw new ReplyShapeError('unexpected Redis reply: an entry has no field list');
  }
  return fields;
}

/**
 * `[[id, fields], …]` as XRANGE, XREADGROUP and XAUTOCLAIM give them. An entry whose fields are
 * null (trimmed while pending, Redis < 7) is left out; `trimmed` gets its id.
 */
export function readEntries(value: unknown, trimmed?: string[]): StreamEntry[] {
  const entries: StreamEntry[] = [];
  for (const item of asArray(value, 'the entry list')) {
    const pair = asArray(item, 'an entry');
    const id = text(pair[0], 'an entry id');
    if (pair[1] === null || pair[1] === undefined) {
      trimmed?.push(id);
      continue;
    }
    entries.push({ id, fields: fieldsOf(pair[1]) });
  }
  return entries;
}

/** XREADGROUP's reply for one stream: null (nothing), `[[name, entries]]`, a `Map` or an object. */
export function readStreamReply(value: unknown, stream: string): StreamEntry[] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) {
    for (const item of value) {
      const pair = asArray(item, 'a stream of the reply');
      if (text(pair[0], 'a stream name') === stream) return readEntries(pair[1]);
    }
    return [];
  }
  if (value instanceof Map) return value.has(stream) ? readEntries(value.get(stream)) : [];
  if (typeof value === 'object') {
    const entries: unknown = Object.getOwnPropertyDescriptor(value, stream)?.value;
    return entries === undefined ? [] : readEntries(entries);
  }
  throw new ReplyShapeError('unexpected Redis reply to XREADGROUP');
}
