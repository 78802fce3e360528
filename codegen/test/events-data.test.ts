/**
 * Data checks for the curated community-event registry (schema/events.json) and the
 * callback schema patches (schema/patches/01NN-*.json), run until the generated
 * validators exist:
 *
 * - the registry covers exactly the groups.setCallbackSettings event flags (+3 flagless events);
 * - every `object` names a definition of the patched schema;
 * - every patch applies cleanly (its `test` ops pin the upstream values it changes) and keeps
 *   the schema's own dialect;
 * - every real payload in shared/fixtures/vk-events validates structurally against the
 *   patched definition of its event.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyPatch, jsonEqual, type PatchOperation } from '../src/patches/json-patch.js';
import { applyPatches, loadPatches, parsePatchFile, type SchemaPatch } from '../src/patches/load.js';
import { resolveNamedPath } from '../src/patches/named-path.js';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../..');
// The verified pinned copy (`pnpm schema:pull`, run first by `pnpm test`), not the shared mirror, which may hold another commit.
const schemaDir = resolve(repoRoot, 'schema/vk-api-schema');
const fixturesDir = resolve(repoRoot, '../shared/fixtures/vk-events');
const patchesDir = resolve(repoRoot, 'schema/patches');
const eventsPath = resolve(repoRoot, 'schema/events.json');

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
const readJson = (path: string): Json => JSON.parse(readFileSync(path, 'utf8')) as Json;

// ---------------------------------------------------------------------------------------------
// Registry types
// ---------------------------------------------------------------------------------------------

interface EventEntry {
  object: string | null;
  transports: ('callback' | 'longpoll')[];
  flags: { callback: string | null; longpoll: string | null };
  reason?: string;
  notes?: string;
}

// ---------------------------------------------------------------------------------------------
// Patched schema (through the codegen's own patch layer): objects files and definitions by name
// ---------------------------------------------------------------------------------------------

interface Loaded {
  files: ReadonlyMap<string, unknown>; // schema-relative path -> patched document
  defs: Map<string, { file: string; def: JsonObject }>;
}

/** Every JSON file of the pinned schema, keyed like patch targets (`callback/objects.json`, `errors.json`). */
function readSchemaFiles(): Map<string, unknown> {
  const files = new Map<string, unknown>();
  for (const entry of readdirSync(schemaDir, { withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.json')) files.set(entry.name, readJson(join(schemaDir, entry.name)));
    if (!entry.isDirectory()) continue;
    for (const name of readdirSync(join(schemaDir, entry.name))) {
      if (name.endsWith('.json')) files.set(`${entry.name}/${name}`, readJson(join(schemaDir, entry.name, name)));
    }
  }
  return files;
}

const upstreamFiles = readSchemaFiles();

function definitionsOf(files: ReadonlyMap<string, unknown>): Loaded['defs'] {
  const defs = new Map<string, { file: string; def: JsonObject }>();
  for (const [file, doc] of files) {
    if (!file.endsWith('/objects.json') || !isObject(doc) || !isObject(doc.definitions)) continue;
    for (const [name, def] of Object.entries(doc.definitions)) if (isObject(def)) defs.set(name, { file, def });
  }
  return defs;
}

/** All patches of schema/patches (ours and the other ranges), applied in order, as codegen does. */
async function loadPatched(): Promise<Loaded> {
  const { files } = applyPatches(upstreamFiles, await loadPatches(patchesDir));
  return { files, defs: definitionsOf(files) };
}

// ---------------------------------------------------------------------------------------------
// Small structural validator for the schema dialect (boolean `required` on properties,
// `$ref` as ../<ns>/objects.json#/definitions/<name>, allOf/oneOf/anyOf, enum, minimum, …)
// ---------------------------------------------------------------------------------------------

/** Resolves `../<ns>/objects.json#/definitions/<name>`; undefined when it dangles. */
function resolveRef(defs: Loaded['defs'], ref: string): JsonObject | undefined {
  const m = /^\.\.\/([A-Za-z0-9_]+\/objects\.json)#\/definitions\/([A-Za-z0-9_]+)$/.exec(ref);
  if (!m) throw new Error(`unsupported $ref ${ref}`);
  const target = defs.get(m[2] as string);
  return target && target.file === m[1] ? target.def : undefined;
}

function typeOk(t: string, v: Json): boolean {
  switch (t) {
    case 'integer':
      return typeof v === 'number' && Number.isInteger(v);
    case 'number':
      return typeof v === 'number';
    case 'string':
      return typeof v === 'string';
    case 'boolean':
      return typeof v === 'boolean';
    case 'array':
      return Array.isArray(v);
    case 'object':
      return isObject(v);
    default:
      throw new Error(`unknown type ${t}`);
  }
}

function validate(defs: Loaded['defs'], schema: JsonObject, value: Json, path: string, errors: string[]): void {
  if (value === null) {
    if (schema.nullable !== true) errors.push(`${path}: null is not allowed`);
    return;
  }
  if (typeof schema.$ref === 'string') {
    const target = resolveRef(defs, schema.$ref);
    if (!target) errors.push(`${path}: dangling $ref ${schema.$ref}`);
    else validate(defs, target, value, path, errors);
  }
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.some((t) => typeOk(String(t), value))) {
      errors.push(`${path}: expected ${types.join('|')}, got ${Array.isArray(value) ? 'array' : typeof value} ${JSON.stringify(value).slice(0, 60)}`);
      return;
    }
  }
  if (Array.isArray(schema.enum) && !schema.enum.some((e) => jsonEqual(e, value))) {
    errors.push(`${path}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) errors.push(`${path}: ${value} < minimum ${schema.minimum}`);
    if (typeof schema.maximum === 'number' && value > schema.maximum) errors.push(`${path}: ${value} > maximum ${schema.maximum}`);
  }
  if (Array.isArray(schema.allOf)) {
    for (const branch of schema.allOf) if (isObject(branch)) validate(defs, branch, value, path, errors);
  }
  for (const key of ['oneOf', 'anyOf'] as const) {
    const branches = schema[key];
    if (!Array.isArray(branches)) continue;
    const results = branches.filter(isObject).map((b) => {
      const errs: string[] = [];
      validate(defs, b, value, path, errs);
      return errs;
    });
    if (!results.some((r) => r.length === 0)) {
      errors.push(`${path}: matches no ${key} branch (${results.map((r) => r[0]).join(' / ')})`);
    }
  }
  if (isObject(value)) {
    const props = isObject(schema.properties) ? schema.properties : {};
    for (const [name, sub] of Object.entries(props)) {
      if (!isObject(sub)) continue;
      if (Object.hasOwn(value, name)) validate(defs, sub, value[name] as Json, `${path}.${name}`, errors);
      else if (sub.required === true) errors.push(`${path}: missing required ${name}`);
    }
    if (schema.additionalProperties === false) {
      for (const k of Object.keys(value)) if (!Object.hasOwn(props, k)) errors.push(`${path}: unexpected property ${k}`);
    }
  }
  if (Array.isArray(value) && isObject(schema.items)) {
    const items = schema.items;
    value.forEach((item, i) => validate(defs, items, item, `${path}[${i}]`, errors));
  }
}

// Keywords the meta-schema (schema.json #/definitions/property) allows; it has additionalProperties: false.
const PROPERTY_KEYWORDS = new Set([
  'nullable', 'prefix', 'format', 'type', 'properties', 'patternProperties', 'examples', 'const', 'oneOf', 'allOf',
  'anyOf', 'items', 'maxItems', 'minItems', 'maximum', 'minimum', 'pattern', '$ref', 'enum', 'enumNames', 'default',
  'discriminator', 'additionalProperties', 'required', 'minProperties', 'maxProperties', 'minLength', 'maxLength',
  'description', 'deprecated_from_version', 'entity', 'name', 'name_alias',
]);
const TYPES = new Set(['boolean', 'integer', 'string', 'number', 'array', 'object']);

function dialectErrors(defs: Loaded['defs'], node: Json, path: string, out: string[]): void {
  if (!isObject(node)) {
    out.push(`${path}: not an object`);
    return;
  }
  for (const k of Object.keys(node)) if (!PROPERTY_KEYWORDS.has(k)) out.push(`${path}: keyword ${k} is not in the dialect`);
  if (node.required !== undefined && typeof node.required !== 'boolean') out.push(`${path}: required must be a boolean`);
  if (node.type !== undefined) {
    const ts = Array.isArray(node.type) ? node.type : [node.type];
    for (const t of ts) if (typeof t !== 'string' || !TYPES.has(t)) out.push(`${path}: bad type ${JSON.stringify(t)}`);
  }
  if (typeof node.$ref === 'string') {
    try {
      if (!resolveRef(defs, node.$ref)) out.push(`${path}: dangling $ref ${node.$ref}`);
    } catch (e) {
      out.push(`${path}: ${(e as Error).message}`);
    }
  }
  if (isObject(node.properties)) {
    for (const [k, v] of Object.entries(node.properties)) dialectErrors(defs, v, `${path}.${k}`, out);
  }
  for (const key of ['allOf', 'oneOf', 'anyOf'] as const) {
    const v = node[key];
    if (Array.isArray(v)) v.forEach((b, i) => dialectErrors(defs, b, `${path}.${key}[${i}]`, out));
  }
  if (node.items !== undefined) dialectErrors(defs, node.items, `${path}[]`, out);
}

// ---------------------------------------------------------------------------------------------
// groups.setCallbackSettings / groups.setLongPollSettings event flags
// ---------------------------------------------------------------------------------------------

const NOT_EVENT_PARAMS = new Set(['group_id', 'server_id', 'api_version', 'enabled']);

function eventFlags(method: string): string[] {
  const doc = readJson(join(schemaDir, 'groups/methods.json')) as { methods: { name: string; parameters?: { name: string; type?: string }[] }[] };
  const m = doc.methods.find((x) => x.name === method);
  if (!m) throw new Error(`${method} not found`);
  return (m.parameters ?? []).filter((p) => p.type === 'boolean' && !NOT_EVENT_PARAMS.has(p.name)).map((p) => p.name);
}

// Fixture files that are not events (Long Poll `{failed, ts}` replies).
const NON_EVENT_FIXTURES = new Set(['lp_failed']);

interface Fixture {
  file: string;
  event: string;
  object: Json;
}

function loadFixtures(): { events: Fixture[]; nonEvents: string[] } {
  const events: Fixture[] = [];
  const nonEvents: string[] = [];
  for (const file of readdirSync(fixturesDir).filter((n) => n.endsWith('.json')).sort()) {
    const event = file.split('__')[0] as string;
    const body = readJson(join(fixturesDir, file));
    if (NON_EVENT_FIXTURES.has(event)) {
      nonEvents.push(file);
      continue;
    }
    if (!isObject(body)) throw new Error(`${file}: not a JSON object`);
    // Most are `{type, object, group_id}` updates; group_change_settings__vknet.json is the bare object.
    if (typeof body.type === 'string' && Object.hasOwn(body, 'object')) {
      if (body.type !== event) throw new Error(`${file}: type ${body.type} does not match the file name`);
      events.push({ file, event, object: body.object as Json });
    } else {
      events.push({ file, event, object: body });
    }
  }
  return { events, nonEvents };
}

// ---------------------------------------------------------------------------------------------

describe('schema/events.json', () => {
  const registry = readJson(eventsPath) as unknown as { $comment: string; events: Record<string, EventEntry> };
  const entries = Object.entries(registry.events);
  const cbFlags = eventFlags('groups.setCallbackSettings');
  const lpFlags = eventFlags('groups.setLongPollSettings');
  let loaded: Loaded;

  beforeAll(async () => {
    loaded = await loadPatched();
  });

  it('has 59 entries: the 56 setCallbackSettings event flags + confirmation, vkpay_transaction, app_payload', () => {
    expect(cbFlags).toHaveLength(56);
    expect(entries).toHaveLength(59);
    expect(new Set(Object.keys(registry.events))).toEqual(new Set([...cbFlags, 'confirmation', 'vkpay_transaction', 'app_payload']));
  });

  it('flags.callback equals the set of setCallbackSettings event flags', () => {
    const used = entries.map(([, e]) => e.flags.callback).filter((f): f is string => f !== null);
    expect(new Set(used).size).toBe(used.length);
    expect(new Set(used)).toEqual(new Set(cbFlags));
  });

  it('flags.longpoll is a subset of setLongPollSettings flags and covers every one of them', () => {
    const used = entries.map(([, e]) => e.flags.longpoll).filter((f): f is string => f !== null);
    expect(new Set(used).size).toBe(used.length);
    for (const f of used) expect(lpFlags).toContain(f);
    expect(new Set(used)).toEqual(new Set(lpFlags));
  });

  it('every entry is well-formed; a null flag comes with a reason', () => {
    for (const [name, e] of entries) {
      expect(Object.keys(e).every((k) => ['object', 'transports', 'flags', 'reason', 'notes'].includes(k)), name).toBe(true);
      expect(e.transports.length, name).toBeGreaterThan(0);
      expect(e.transports.every((t) => t === 'callback' || t === 'longpoll'), name).toBe(true);
      expect(e.transports, name).toContain('callback');
      // Flags name the event itself when present.
      if (e.flags.callback !== null) expect(e.flags.callback, name).toBe(name);
      if (e.flags.longpoll !== null) {
        expect(e.flags.longpoll, name).toBe(name);
        expect(e.transports, name).toContain('longpoll');
      }
      if (e.flags.callback === null || e.flags.longpoll === null) {
        expect(typeof e.reason === 'string' && e.reason.length > 0, `${name} needs a reason`).toBe(true);
      }
      if (name !== 'confirmation') expect(e.object, name).not.toBeNull();
    }
    expect(registry.events.confirmation?.object).toBeNull();
  });

  it('every object names a definition of the patched schema', () => {
    for (const [name, e] of entries) {
      if (e.object === null) continue;
      expect(loaded.defs.has(e.object), `${name}: ${e.object}`).toBe(true);
    }
  });

  it('every fixture whose name starts with an event type has an entry', () => {
    const { events, nonEvents } = loadFixtures();
    expect(events.length).toBeGreaterThan(0);
    for (const f of events) expect(Object.hasOwn(registry.events, f.event), f.file).toBe(true);
    for (const f of nonEvents) expect(Object.hasOwn(registry.events, f.split('__')[0] as string), f).toBe(false);
  });

  it('every event fixture validates against its patched object definition', () => {
    const { events } = loadFixtures();
    const failures: string[] = [];
    for (const f of events) {
      const objectName = registry.events[f.event]?.object;
      if (!objectName) continue;
      const target = loaded.defs.get(objectName);
      if (!target) {
        failures.push(`${f.file}: no definition ${objectName}`);
        continue;
      }
      const errors: string[] = [];
      validate(loaded.defs, target.def, f.object, `${f.file}:object`, errors);
      failures.push(...errors);
    }
    expect(failures).toEqual([]);
  });
});

describe('structural validator (sanity: it must be able to fail)', () => {
  let loaded: Loaded;

  beforeAll(async () => {
    loaded = await loadPatched();
  });

  const check = (defName: string, value: Json): string[] => {
    const target = loaded.defs.get(defName);
    if (!target) throw new Error(`no definition ${defName}`);
    const errors: string[] = [];
    validate(loaded.defs, target.def, value, defName, errors);
    return errors;
  };

  it('rejects string-for-integer, minimum, enum and missing required fields', () => {
    expect(check('callback_message_deny', { user_id: '123' }).join()).toMatch(/expected integer/);
    expect(check('callback_user_block', { admin_id: 1, user_id: 2, unblock_date: 0, reason: -1 }).join()).toMatch(/minimum/);
    expect(check('callback_group_join', { user_id: 1, join_type: 'bogus' }).join()).toMatch(/not one of/);
    expect(check('callback_wall_comment_delete', { owner_id: -1, id: 1, post_id: 1, user_id: 5 }).join()).toMatch(/missing required deleter_id/);
  });

  it('follows $ref and allOf into shared objects', () => {
    // from_id is required by wall_wall_comment, reached through callback_photo_comment's allOf.
    expect(check('callback_photo_comment', { id: 1, date: 1, text: '', photo_owner_id: -1 }).join()).toMatch(/missing required from_id/);
    // message -> callback_message -> messages_message -> messages_base_message.peer_id
    const message = { id: 1, date: 1, from_id: 1, out: 0, text: '', conversation_message_id: 1 };
    expect(check('callback_message_new', { message }).join()).toMatch(/missing required peer_id/);
    expect(check('callback_message_new', { message: { ...message, peer_id: 1, out: 2 } }).join()).toMatch(/message\.out: 2 is not one of/);
    expect(check('callback_message_new', {}).join()).toMatch(/missing required message/);
  });

  it('accepts the minimal documented shapes', () => {
    expect(check('callback_message_typing_state', { state: 'typing', from_id: 1, to_id: -1 })).toEqual([]);
    expect(check('callback_wall_schedule_post', { id: 1, schedule_time: 1700000000 })).toEqual([]);
    expect(check('callback_like_add_remove', { liker_id: 1, object_type: 'post', object_owner_id: -1, object_id: 5 })).toEqual([]);
  });
});

describe('schema/patches/01NN-*.json', () => {
  const ours: SchemaPatch[] = existsSync(patchesDir)
    ? readdirSync(patchesDir)
        .filter((n) => /^01\d\d-.+\.json$/.test(n))
        .sort()
        .map((name) => parsePatchFile(name, readJson(join(patchesDir, name)), join(patchesDir, name)))
    : [];
  let loaded: Loaded;

  beforeAll(async () => {
    loaded = await loadPatched();
  });

  it('exist, are numbered 0100-0199, start with a test op and cite fixtures that exist', () => {
    expect(ours.length).toBeGreaterThan(0);
    for (const p of ours) {
      expect(p.file).toMatch(/^01\d\d-[a-z0-9]+(-[a-z0-9]+)*\.json$/);
      expect(upstreamFiles.has(p.target), `${p.file}: ${p.target}`).toBe(true);
      expect(p.reason.length, p.file).toBeGreaterThan(20);
      for (const ev of p.evidence) {
        if (ev.kind === 'fixture') expect(existsSync(resolve(repoRoot, '..', ev.ref)), `${p.file}: ${ev.ref}`).toBe(true);
      }
      // Every patch starts by pinning the upstream state it relies on.
      expect(p.patch[0]?.op, p.file).toBe('test');
      expect(p.patch.some((op) => op.op !== 'test'), p.file).toBe(true);
    }
  });

  it('each applies on its own to pristine upstream (no ordering dependence between them)', () => {
    for (const p of ours) {
      expect(() => applyPatches(upstreamFiles, [p]), p.file).not.toThrow();
    }
  });

  it('fail loudly once upstream changes a value they assert', () => {
    for (const p of ours) {
      const firstTest = p.patch.find((op): op is Extract<PatchOperation, { op: 'test' }> => op.op === 'test');
      if (!firstTest) throw new Error(`${p.file}: no test op`);
      const drifted = new Map(upstreamFiles);
      const at = resolveNamedPath(upstreamFiles.get(p.target), firstTest.path, true);
      if (!at.ok) throw new Error(`${p.file}: ${at.reason}`);
      const exists = resolveNamedPath(upstreamFiles.get(p.target), firstTest.path, false).ok;
      drifted.set(p.target, applyPatch(upstreamFiles.get(p.target), [{ op: exists ? 'replace' : 'add', path: at.pointer, value: '__upstream_changed__' }]));
      // A changed value breaks the patch; a changed enum value it selects by makes it not applicable.
      const verdict = applyPatches(drifted, [p], { lenient: true }).outcomes[0]?.verdict;
      expect(verdict === 'broken' || (verdict === 'not-applicable' && firstTest.path.includes('[')), `${p.file}: ${verdict}`).toBe(true);
    }
  });

  it('keep every patched file in the schema dialect', () => {
    const errors: string[] = [];
    for (const target of new Set(ours.map((p) => p.target))) {
      const doc = loaded.files.get(target);
      if (!isObject(doc) || !isObject(doc.definitions)) throw new Error(`${target}: no definitions`);
      for (const [name, def] of Object.entries(doc.definitions)) dialectErrors(loaded.defs, def, `${target}#${name}`, errors);
    }
    expect(errors).toEqual([]);
  });
});
