/**
 * `pnpm schema:diff`: the semantic diff of two schema folders through the IR. Schema versions are
 * made by copying the pinned schema into a temp folder and editing its JSON; every edit below is
 * something an upstream release could do, and each test checks that it shows up once, in the right
 * section, classified right for a TypeScript consumer.
 */
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  canonicalType,
  countChanges,
  diffSchemas,
  loadCurated,
  loadSide,
  renderDiffMarkdown,
  widens,
  type ApiChange,
  type ApiDiff,
  type ChangeKind,
  type Curated,
  type SchemaSide,
} from '../src/diff/index.js';
import type { TypeNode } from '../src/ir/types.js';
import { holdsResult } from '../src/patches/index.js';
import { pinnedSchemaDir } from './support/pinned-schema.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

// ---------------------------------------------------------------------------------------------
// Making schema versions
// ---------------------------------------------------------------------------------------------

interface RawParam {
  name: string;
  type?: string | string[];
  required?: boolean;
  [key: string]: unknown;
}
interface RawMethod {
  name: string;
  parameters?: RawParam[];
  responses: Record<string, { $ref: string }>;
  [key: string]: unknown;
}
type RawSchema = Record<string, unknown> & { properties?: Record<string, Record<string, unknown>>; enum?: unknown[] };

/** Loads schema documents of a copied folder on demand and writes the edited ones back. */
class SchemaEdit {
  private readonly docs = new Map<string, Record<string, unknown>>();
  constructor(readonly dir: string) {}

  async doc(file: string): Promise<Record<string, unknown>> {
    let doc = this.docs.get(file);
    if (!doc) {
      doc = JSON.parse(await readFile(path.join(this.dir, file), 'utf8')) as Record<string, unknown>;
      this.docs.set(file, doc);
    }
    return doc;
  }
  async methods(file: string): Promise<RawMethod[]> {
    return (await this.doc(file))['methods'] as RawMethod[];
  }
  async method(file: string, name: string): Promise<RawMethod> {
    const found = (await this.methods(file)).find((m) => m.name === name);
    if (!found) throw new Error(`test setup: no method ${name} in ${file}`);
    return found;
  }
  async param(file: string, method: string, name: string): Promise<RawParam> {
    const found = (await this.method(file, method)).parameters?.find((p) => p.name === name);
    if (!found) throw new Error(`test setup: ${method} has no param ${name}`);
    return found;
  }
  async definitions(file: string): Promise<Record<string, RawSchema>> {
    return (await this.doc(file))['definitions'] as Record<string, RawSchema>;
  }
  async properties(file: string, definition: string): Promise<Record<string, Record<string, unknown>>> {
    const props = (await this.definitions(file))[definition]?.properties;
    if (!props) throw new Error(`test setup: ${definition} in ${file} has no properties`);
    return props;
  }
  async errors(): Promise<Record<string, Record<string, unknown>>> {
    return (await this.doc('errors.json'))['errors'] as Record<string, Record<string, unknown>>;
  }
  /** Sets the top-level `version` of every schema document. */
  async setVersion(version: string): Promise<void> {
    for (const entry of await readdir(this.dir, { recursive: true })) {
      if (entry.endsWith('.json')) (await this.doc(entry.split(path.sep).join('/')))['version'] = version;
    }
  }
  async save(): Promise<void> {
    for (const [file, doc] of this.docs) await writeFile(path.join(this.dir, file), `${JSON.stringify(doc, null, 2)}\n`);
  }
}

let scratch: string;
let pinnedDir: string;
let curated: Curated;
let pinned: SchemaSide;

async function makeVersion(name: string, edit: (schema: SchemaEdit) => Promise<void>): Promise<string> {
  const dir = path.join(scratch, name);
  await cp(pinnedDir, dir, { recursive: true });
  const schema = new SchemaEdit(dir);
  await edit(schema);
  await schema.save();
  return dir;
}

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'vkts-schema-diff-'));
  pinnedDir = await pinnedSchemaDir(repoRoot, scratch);
  curated = await loadCurated(path.join(repoRoot, 'schema'));
  pinned = await loadSide(pinnedDir, curated, 'pinned');
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

function find(diff: ApiDiff, kind: ChangeKind, subject: string, member?: string): ApiChange[] {
  return diff.changes.filter((c) => c.kind === kind && c.subject === subject && (member === undefined || c.member === member));
}

function one(diff: ApiDiff, kind: ChangeKind, subject: string, member?: string): ApiChange {
  const found = find(diff, kind, subject, member);
  if (found.length !== 1) {
    const near = diff.changes.filter((c) => c.subject === subject).map((c) => `${c.kind} ${c.member ?? ''}`);
    throw new Error(`expected one ${kind} of ${subject} ${member ?? ''}, found ${found.length}; changes of ${subject}: ${near.join(', ') || 'none'}`);
  }
  return found[0] as ApiChange;
}

// ---------------------------------------------------------------------------------------------
// Canonical types and widening
// ---------------------------------------------------------------------------------------------

describe('canonical types', () => {
  const str: TypeNode = { kind: 'primitive', type: 'string' };
  const int: TypeNode = { kind: 'primitive', type: 'integer' };
  const ab: TypeNode = { kind: 'primitive', type: 'string', enum: ['b', 'a'] };
  const abc: TypeNode = { kind: 'primitive', type: 'string', enum: ['a', 'b', 'c'] };

  it('ignores descriptions, formats, bounds and enum order, and keeps refs as names', () => {
    expect(canonicalType({ kind: 'primitive', type: 'integer', format: 'int64', minimum: 0, description: 'x' })).toBe('integer');
    expect(canonicalType(ab)).toBe("'a' | 'b'");
    expect(canonicalType({ kind: 'array', items: { kind: 'ref', target: 'users_fields' } })).toBe('Array<users_fields>');
    expect(
      canonicalType({
        kind: 'object',
        open: false,
        properties: [
          { name: 'z', type: int, required: true },
          { name: 'a', type: str, required: false, description: 'dropped' },
        ],
      }),
    ).toBe('{ a?: string; z: integer }');
    expect(canonicalType({ kind: 'union', members: [str, { kind: 'union', members: [int, str] }] })).toBe('integer | string');
  });

  it('calls added enum values and added union members widening, anything else not', () => {
    expect(widens(ab, abc)).toBe(true);
    expect(widens(abc, ab)).toBe(false);
    expect(widens(int, { kind: 'union', members: [int, str] })).toBe(true);
    expect(widens({ kind: 'union', members: [int, str] }, int)).toBe(false);
    expect(widens(ab, str)).toBe(true);
    expect(widens(str, ab)).toBe(false);
    expect(widens(int, str)).toBe(false);
    expect(widens(int, { kind: 'primitive', type: 'number' })).toBe(true);
    expect(widens({ kind: 'ref', target: 'a' }, { kind: 'ref', target: 'b' })).toBe(false);
    expect(widens({ kind: 'array', items: ab }, { kind: 'array', items: abc })).toBe(true);
  });
});

describe('fixed upstream', () => {
  const ops = [
    { op: 'test' as const, path: '/a', value: 1 },
    { op: 'replace' as const, path: '/a', value: 2 },
    { op: 'remove' as const, path: '/gone' },
  ];
  it('holds only when the document has, at every place the patch writes, the value it writes', () => {
    expect(holdsResult({ a: 2, keep: 9 }, ops)).toBe(true);
    expect(holdsResult({ a: 3 }, ops)).toBe(false);
    expect(holdsResult({ a: 2, gone: true }, ops)).toBe(false);
    expect(holdsResult({ list: [] }, [{ op: 'add', path: '/list/-', value: 'x' }])).toBe(false);
    expect(holdsResult({ list: ['x'] }, [{ op: 'add', path: '/list/-', value: 'x' }])).toBe(true);
    // By name, never by path alone: another method's param at the old index does not count.
    const send = [{ op: 'add' as const, path: '/methods/[name=messages.send]/parameters/[name=random_id]/required', value: true }];
    expect(holdsResult({ methods: [{ name: 'messages.send', parameters: [{ name: 'random_id', required: true }] }] }, send)).toBe(true);
    expect(holdsResult({ methods: [{ name: 'messages.other', parameters: [{ name: 'random_id', required: true }] }, { name: 'messages.send', parameters: [{ name: 'random_id' }] }] }, send)).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------
// The pinned schema against itself
// ---------------------------------------------------------------------------------------------

describe('the pinned schema against itself', () => {
  it('reports nothing, read twice from disk, with every patch applied on both sides', async () => {
    const copy = await loadSide(await makeVersion('same', async () => {}), curated, 'copy');
    const diff = diffSchemas(pinned, copy);
    expect(diff.changes).toEqual([]);
    expect(diff.old.skippedPatches).toEqual([]);
    expect(diff.new.skippedPatches).toEqual([]);
    expect(pinned.patches.every((p) => p.verdict === 'applies')).toBe(true);
    expect(renderDiffMarkdown(diff)).toContain('No API changes.');
  });
});

// ---------------------------------------------------------------------------------------------
// One edited version holding many independent upstream changes
// ---------------------------------------------------------------------------------------------

describe('an edited schema version', () => {
  let diff: ApiDiff;
  let edited: SchemaSide;

  beforeAll(async () => {
    const dir = await makeVersion('edited', async (s) => {
      await s.setVersion('5.200');
      const groups = await s.methods('groups/methods.json');
      // Methods: one added, one removed.
      groups.push({
        name: 'groups.getTestThing',
        access_token_type: ['user'],
        parameters: [{ name: 'group_id', type: 'integer' }],
        responses: { response: { $ref: '../base/responses.json#/definitions/base_ok_response' } },
      });
      groups.splice(
        groups.findIndex((m) => m.name === 'groups.addAddress'),
        1,
      );
      delete (await s.definitions('groups/responses.json'))['groups_addAddress_response'];
      // Params of groups.get.
      const get = await s.method('groups/methods.json', 'groups.get');
      get.parameters = (get.parameters ?? []).filter((p) => p.name !== 'fields');
      (await s.param('groups/methods.json', 'groups.get', 'count')).required = true;
      (await s.param('groups/methods.json', 'groups.get', 'offset')).type = 'string';
      (await s.param('groups/methods.json', 'groups.get', 'user_id')).type = ['integer', 'string'];
      get.parameters.push({ name: 'test_optional', type: 'string' });
      delete get.responses['extendedResponse'];
      // Tokens and errors of groups.get: service tokens withdrawn, a new error listed.
      (get as { access_token_type?: string[] }).access_token_type = ['user'];
      (get as { errors?: { $ref: string }[] }).errors?.push({ $ref: '../errors.json#/errors/api_error_test' });
      (await s.method('groups/methods.json', 'groups.leave')).parameters?.push({ name: 'test_required', type: 'string', required: true });
      delete (await s.param('groups/methods.json', 'groups.setCallbackSettings', 'group_id')).required;
      // A new event flag of the callback settings, and an event withdrawn from both transports.
      (await s.method('groups/methods.json', 'groups.setCallbackSettings')).parameters?.push({ name: 'test_event', type: 'boolean' });
      for (const name of ['groups.setCallbackSettings', 'groups.setLongPollSettings']) {
        const method = await s.method('groups/methods.json', name);
        method.parameters = (method.parameters ?? []).filter((p) => p.name !== 'group_leave');
      }
      // Objects.
      const group = await s.properties('groups/objects.json', 'groups_group');
      group['name'] = { type: 'integer' };
      delete group['screen_name'];
      group['test_field'] = { type: 'string' };
      group['is_closed'] = { ...group['is_closed'], required: true };
      (await s.definitions('groups/objects.json'))['groups_filter']?.enum?.push('test_filter');
      // A response enum (groups_group is read by consumers) gains a value.
      (await s.definitions('groups/objects.json'))['groups_group_type']?.enum?.push('test_type');
      (await s.definitions('groups/objects.json'))['groups_test_object'] = { type: 'object', properties: { id: { type: 'integer' } } };
      (await s.properties('groups/responses.json', 'groups_get_response'))['response'] = {
        type: 'object',
        properties: { items: { type: 'array', items: { type: 'string' }, required: true } },
        required: true,
      };
      const allow = await s.properties('callback/objects.json', 'callback_message_allow');
      delete allow['key']?.['required'];
      // Errors.
      const errors = await s.errors();
      delete errors['api_error_disabled'];
      errors['api_error_test'] = { code: 99999, description: 'Test error' };
      (errors['api_error_compile'] as { global?: boolean }).global = true;
      // Patch 0101's fix lands upstream; patch 0121's target changes another way.
      (await s.definitions('callback/objects.json'))['callback_video_new'] = { $ref: '../video/objects.json#/definitions/video_video' };
      (await s.properties('messages/objects.json', 'messages_base_message'))['version'] = { type: 'string', required: true };
    });
    edited = await loadSide(dir, curated, 'edited');
    diff = diffSchemas(pinned, edited);
  });

  it('reads the API version of each side', () => {
    expect(diff.old.apiVersion).toBe('5.199');
    expect(diff.new.apiVersion).toBe('5.200');
  });

  it('classifies added and removed methods', () => {
    expect(one(diff, 'method-added', 'groups.getTestThing').breaking).toBe(false);
    expect(one(diff, 'method-removed', 'groups.addAddress').breaking).toBe(true);
    // The new method's params are not listed one by one.
    expect(find(diff, 'param-added', 'groups.getTestThing')).toEqual([]);
  });

  it('classifies param changes', () => {
    expect(one(diff, 'param-removed', 'groups.get', 'fields').breaking).toBe(true);
    expect(one(diff, 'param-required', 'groups.get', 'count').breaking).toBe(true);
    expect(one(diff, 'param-optional', 'groups.setCallbackSettings', 'group_id').breaking).toBe(false);
    expect(one(diff, 'param-added', 'groups.get', 'test_optional')).toMatchObject({ breaking: false, required: false, to: 'string' });
    expect(one(diff, 'param-added', 'groups.leave', 'test_required')).toMatchObject({ breaking: true, required: true });
    expect(one(diff, 'param-type', 'groups.get', 'offset')).toMatchObject({ breaking: true, from: 'integer', to: 'string' });
    expect(one(diff, 'param-type', 'groups.get', 'user_id')).toMatchObject({ breaking: false, from: 'integer', to: 'integer | string' });
  });

  it('follows response definitions and lists their changes once, naming the methods', () => {
    expect(one(diff, 'response-removed', 'groups.get', 'extendedResponse')).toMatchObject({
      breaking: true,
      from: 'groups_get_object_extended_response',
    });
    const removed = one(diff, 'field-removed', 'groups_get_response', 'count');
    expect(removed).toMatchObject({ section: 'responses', breaking: true, usedBy: ['groups.get'] });
    expect(one(diff, 'field-type', 'groups_get_response', 'items')).toMatchObject({ breaking: true, from: 'Array<integer>', to: 'Array<string>' });
    expect(one(diff, 'definition-removed', 'groups_addAddress_response')).toMatchObject({ section: 'responses', breaking: true });
  });

  it('classifies object field changes and lists an allOf-inherited change under the parent only', () => {
    const type = one(diff, 'field-type', 'groups_group', 'name');
    expect(type).toMatchObject({ section: 'objects', breaking: true, from: 'string', to: 'integer' });
    expect(type.alsoIn).toContain('groups_group_full');
    expect(find(diff, 'field-type', 'groups_group_full', 'name')).toEqual([]);
    expect(one(diff, 'field-removed', 'groups_group', 'screen_name').breaking).toBe(true);
    expect(one(diff, 'field-added', 'groups_group', 'test_field')).toMatchObject({ breaking: false, required: false });
    expect(one(diff, 'field-required', 'groups_group', 'is_closed').breaking).toBe(false);
    expect(one(diff, 'field-optional', 'callback_message_allow', 'key').breaking).toBe(true);
    expect(one(diff, 'definition-added', 'groups_test_object').breaking).toBe(false);
  });

  it('uses the param rules for a definition only params reach', () => {
    // groups_filter is the item type of groups.get `filter`: a new value widens what callers may pass.
    expect(one(diff, 'field-type', 'groups_filter')).toMatchObject({ breaking: false, to: expect.stringContaining("'test_filter'") as unknown });
  });

  it('classifies event changes: new flag, withdrawn event, changed payload', () => {
    expect(one(diff, 'event-added', 'test_event')).toMatchObject({ breaking: false, to: 'callback' });
    expect(one(diff, 'event-added', 'test_event').note).toMatch(/no entry in schema\/events\.json/);
    expect(edited.coverage.uncovered).toContainEqual({ transport: 'callback', flag: 'test_event', method: 'groups.setCallbackSettings' });
    expect(one(diff, 'event-removed', 'group_leave').breaking).toBe(true);
    expect(one(diff, 'event-payload-changed', 'message_allow')).toMatchObject({ member: 'callback_message_allow', breaking: true });
  });

  it('compares tokens and errors per method, and the global flag of errors', () => {
    expect(one(diff, 'method-tokens-removed', 'groups.get')).toMatchObject({ breaking: true, valuesRemoved: ['service'] });
    expect(one(diff, 'method-errors-added', 'groups.get')).toMatchObject({ breaking: false, impact: 'exhaustiveness', valuesAdded: ['api_error_test'] });
    expect(one(diff, 'error-global-added', 'api_error_compile')).toMatchObject({ breaking: false, impact: 'exhaustiveness' });
  });

  it('lists enum values added in full and tells a new response enum value (exhaustive switches) from a break', () => {
    const type = one(diff, 'field-type', 'groups_group_type');
    expect(type).toMatchObject({ breaking: false, impact: 'exhaustiveness', valuesAdded: ["'test_type'"] });
    expect(type.valuesRemoved).toBeUndefined();
    expect(one(diff, 'field-type', 'groups_filter')).toMatchObject({ valuesAdded: ["'test_filter'"] });
    expect(renderDiffMarkdown(diff)).toContain("- `groups_group_type`: type: values added: `'test_type'` (may break exhaustive switches)");
  });

  it('classifies error changes', () => {
    expect(one(diff, 'error-removed', 'api_error_disabled')).toMatchObject({ breaking: true, from: '2' });
    expect(one(diff, 'error-added', 'api_error_test')).toMatchObject({ breaking: false, to: '99999' });
  });

  it('skips patches that do not apply, telling a fix upstream from a break, and marks what a one-sided patch caused', () => {
    const skipped = new Map(diff.new.skippedPatches.map((p) => [p.file, p]));
    // Removing groups.addAddress shifted the methods after it; 0013 addresses them by name and still applies.
    expect([...skipped.keys()].sort()).toEqual(['0101-callback-video-new-is-video.json', '0121-messages-message-version-optional.json']);
    expect(skipped.get('0101-callback-video-new-is-video.json')?.verdict).toBe('fixed-upstream');
    expect(skipped.get('0121-messages-message-version-optional.json')).toMatchObject({
      verdict: 'broken',
      detail: expect.stringMatching(/^op #0 \(test \/definitions\/messages_base_message\/properties\/version\): test failed/) as unknown,
    });
    // The upstream fix leaves the type consumers see as it was; the other change shows.
    expect(diff.changes.filter((c) => c.subject === 'callback_video_new')).toEqual([]);
    expect(one(diff, 'field-type', 'messages_base_message', 'version')).toMatchObject({ breaking: true, from: 'integer', to: 'string' });
    expect(one(diff, 'field-type', 'messages_base_message', 'version').fromPatches).toBeUndefined();
    // `version` turning required again is our broken patch's doing, not upstream's.
    expect(one(diff, 'field-required', 'messages_base_message', 'version').fromPatches).toEqual(['0121-messages-message-version-optional.json']);
  });

  it('reports nothing it was not asked to find', () => {
    const expected = new Set([
      'groups.getTestThing',
      'groups.addAddress',
      'groups.get',
      'groups.leave',
      'groups.setCallbackSettings',
      'groups.setLongPollSettings',
      'groups_get_response',
      'groups_addAddress_response',
      'groups_group',
      'groups_filter',
      'groups_test_object',
      'callback_message_allow',
      'messages_base_message',
      'test_event',
      'group_leave',
      'message_allow',
      'api_error_disabled',
      'api_error_test',
      'api_error_compile',
      'groups_group_type',
    ]);
    expect(diff.changes.filter((c) => !expected.has(c.subject))).toEqual([]);
    // group_leave's flag was a param of both settings methods.
    expect(one(diff, 'param-removed', 'groups.setLongPollSettings', 'group_leave').breaking).toBe(true);
  });

  it('renders Markdown with counts, sections and breaking marks', () => {
    const markdown = renderDiffMarkdown(diff);
    const counts = countChanges(diff);
    expect(counts.exhaustiveness).toBeGreaterThan(0);
    expect(markdown).toContain(`${counts.breaking} breaking, ${counts.exhaustiveness} that may break exhaustive switches and ${counts.nonBreaking - counts.exhaustiveness} other changes`);
    expect(markdown).toMatch(/^## VK API changes: 5\.199 \(pinned\) → 5\.200 \(edited\)$/m);
    for (const heading of ['### Methods', '### Responses', '### Objects', '### Events', '### Errors']) expect(markdown).toContain(heading);
    expect(markdown).toContain('- **breaking** `groups.get`: param `fields` removed');
    expect(markdown).toContain('- `groups.getTestThing`: method added');
    expect(markdown).toContain('- **breaking** `groups_group`: field `name` type `string` → `integer` (also in `groups_group_full`');
    expect(markdown).toContain('`0101-callback-video-new-is-video.json` — fixed upstream');
  });
});
