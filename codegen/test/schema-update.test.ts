/**
 * `pnpm schema:update`: each test runs the updater against a temp project (a copy of schema/ —
 * source.json, patches, events.json, response-variants.json, the pinned copy — plus stand-in
 * packages/*) with a temp output folder, so the real repository is never written. New schema
 * versions are copies of the pinned schema with edited JSON, taken with `--from` and a made-up
 * commit id.
 */
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPin, parsePin, pinPath, sha256, verifySchema } from '../src/schema-source/index.js';
import { commitArchiveUrl, releasedPackages, updateSchema, type UpdateResult } from '../src/update/index.js';
import { pinnedSchemaDir } from './support/pinned-schema.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
// Read from the pin, so the tests survive a bump.
const PINNED_COMMIT = (await loadPin(pinPath(repoRoot))).commit;

interface RawParam {
  name: string;
  type?: string;
  required?: boolean;
  [key: string]: unknown;
}
interface RawMethod {
  name: string;
  parameters?: RawParam[];
  [key: string]: unknown;
}
type Doc = Record<string, unknown>;

let scratch: string;
let pinnedDir: string;

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'vkts-schema-update-test-'));
  pinnedDir = await pinnedSchemaDir(repoRoot, scratch);
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

async function writeJson(file: string, value: unknown): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(value, null, 2)}\n`);
}

/** A project root holding what the updater reads and writes, none of it shared with the repository. */
async function tempProject(name: string, extraPatches: Record<string, unknown> = {}): Promise<string> {
  const root = path.join(scratch, name);
  const schema = path.join(root, 'schema');
  await mkdir(schema, { recursive: true });
  for (const file of ['source.json', 'events.json', 'response-variants.json', 'user-longpoll.json']) await cp(path.join(repoRoot, 'schema', file), path.join(schema, file));
  await cp(path.join(repoRoot, 'schema/patches'), path.join(schema, 'patches'), { recursive: true });
  for (const [file, patch] of Object.entries(extraPatches)) await writeJson(path.join(schema, 'patches', file), patch);
  await cp(pinnedDir, path.join(schema, 'vk-api-schema'), { recursive: true });
  await cp(path.join(repoRoot, '.changeset/config.json'), path.join(root, '.changeset/config.json'));
  // Which packages a bump releases: @vkts/types, the published one depending on it, not the others.
  await writeJson(path.join(root, 'packages/types/package.json'), { name: '@vkts/types', version: '0.1.0' });
  await writeJson(path.join(root, 'packages/api/package.json'), { name: '@vkts/api', version: '0.1.0', dependencies: { '@vkts/types': 'workspace:*' } });
  // Its public types are built on the method types only: an events-only change leaves it alone.
  await mkdir(path.join(root, 'packages/api/src'), { recursive: true });
  await writeFile(path.join(root, 'packages/api/src/index.ts'), "import type { ApiMethods, ApiMethodName } from '@vkts/types';\nexport type Call<M extends ApiMethodName> = ApiMethods[M];\n");
  await writeJson(path.join(root, 'packages/events/package.json'), { name: '@vkts/events', version: '0.1.0', dependencies: { '@vkts/types': 'workspace:*' } });
  await mkdir(path.join(root, 'packages/events/src'), { recursive: true });
  await writeFile(path.join(root, 'packages/events/src/index.ts'), "export type { CallbackEvent } from '@vkts/types';\nimport type { CallbackEventType } from '@vkts/types';\nexport type T = CallbackEventType;\n");
  await writeJson(path.join(root, 'packages/internal/package.json'), { name: '@vkts/internal', private: true, dependencies: { '@vkts/types': 'workspace:*' } });
  await writeJson(path.join(root, 'packages/other/package.json'), { name: '@vkts/other', version: '0.1.0' });
  return root;
}

/** A copy of the pinned schema with edits; documents are loaded on demand and written back. */
async function newVersion(name: string, edit: (doc: (file: string) => Promise<Doc>) => Promise<void>): Promise<string> {
  const dir = path.join(scratch, name);
  await cp(pinnedDir, dir, { recursive: true });
  const docs = new Map<string, Doc>();
  const doc = async (file: string): Promise<Doc> => {
    let loaded = docs.get(file);
    if (!loaded) {
      loaded = JSON.parse(await readFile(path.join(dir, file), 'utf8')) as Doc;
      docs.set(file, loaded);
    }
    return loaded;
  };
  await edit(doc);
  for (const [file, content] of docs) await writeFile(path.join(dir, file), `${JSON.stringify(content, null, 2)}\n`);
  return dir;
}

async function setVersion(doc: (file: string) => Promise<Doc>, dir: string, version: string): Promise<void> {
  for (const entry of await readdir(dir, { recursive: true })) {
    if (entry.endsWith('.json')) (await doc(entry.split(path.sep).join('/')))['version'] = version;
  }
}

async function method(doc: (file: string) => Promise<Doc>, name: string): Promise<RawMethod> {
  const found = ((await doc('groups/methods.json'))['methods'] as RawMethod[]).find((m) => m.name === name);
  if (!found) throw new Error(`test setup: no method ${name}`);
  return found;
}

async function definition(doc: (file: string) => Promise<Doc>, file: string, name: string): Promise<Doc> {
  const found = ((await doc(file))['definitions'] as Record<string, Doc>)[name];
  if (!found) throw new Error(`test setup: no definition ${name} in ${file}`);
  return found;
}

async function listGenerated(out: string): Promise<string[]> {
  return (await readdir(out).catch(() => [] as string[])).sort();
}

// ---------------------------------------------------------------------------------------------

describe('schema:update to the pinned schema itself', () => {
  let root: string;
  let result: UpdateResult;
  let pinBefore: string;
  const out = (): string => path.join(root, 'out');

  beforeAll(async () => {
    root = await tempProject('same');
    pinBefore = await readFile(pinPath(root), 'utf8');
    const from = path.join(scratch, 'same-source');
    await cp(pinnedDir, from, { recursive: true });
    result = await updateSchema({ projectRoot: root, outDir: out(), source: { kind: 'folder', dir: from, commit: PINNED_COMMIT } });
  });

  it('reports no API change, writes no changeset, and rewrites source.json byte for byte', async () => {
    expect(result.diff?.changes).toEqual([]);
    expect(result.changeset).toBeUndefined();
    expect(await readdir(path.join(root, '.changeset'))).toEqual(['config.json']);
    expect(await readFile(pinPath(root), 'utf8')).toBe(pinBefore);
  });

  it('finds every patch still applying and the registry complete, regenerates, and exits 0', async () => {
    expect(result.patches.every((p) => p.verdict === 'applies')).toBe(true);
    expect(result.registry?.problems).toEqual([]);
    expect(result.actions).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.generation.status).toBe('written');
    expect(await listGenerated(out())).toEqual([
      'enums.gen.ts',
      'errors.gen.ts',
      'events-check.gen.ts',
      'events-zod.gen.ts',
      'events.gen.ts',
      'metadata.gen.ts',
      'methods.gen.ts',
      'namespaces.gen.ts',
      'settings.gen.ts',
      'types.gen.ts',
      'user-longpoll.gen.ts',
      'zod.gen.ts',
    ]);
    // The same bytes `pnpm codegen` committed.
    for (const file of ['types.gen.ts', 'methods.gen.ts']) {
      expect(await readFile(path.join(out(), file), 'utf8')).toBe(await readFile(path.join(repoRoot, 'packages/types/src/gen', file), 'utf8'));
    }
    const report = await readFile(result.reportFile, 'utf8');
    expect(result.reportFile).toBe(path.join(root, '.tmp/schema-update-report.md'));
    expect(report).toContain('No API changes.');
    expect(report).toContain('Nothing blocks the update');
  });
});

describe('schema:update to a version with only non-breaking changes', () => {
  const commit = '1111111111111111111111111111111111111111';
  let root: string;
  let from: string;
  let result: UpdateResult;
  const out = (): string => path.join(root, 'out');

  beforeAll(async () => {
    root = await tempProject('minor');
    from = await newVersion('minor-source', async (doc) => {
      await setVersion(doc, path.join(scratch, 'minor-source'), '5.200');
      ((await doc('groups/methods.json'))['methods'] as RawMethod[]).push({
        name: 'groups.getTestThing',
        access_token_type: ['user'],
        parameters: [{ name: 'group_id', type: 'integer' }],
        responses: { response: { $ref: '../base/responses.json#/definitions/base_ok_response' } },
      });
      (await method(doc, 'groups.get')).parameters?.push({ name: 'test_optional', type: 'string' });
    });
    result = await updateSchema({ projectRoot: root, outDir: out(), source: { kind: 'folder', dir: from, commit } });
  });

  it('pins the new commit, its API version and every file hash, and swaps the schema copy', async () => {
    const pin = parsePin(JSON.parse(await readFile(pinPath(root), 'utf8')) as unknown);
    expect(pin.commit).toBe(commit);
    expect(pin.apiVersion).toBe('5.200');
    expect(pin.archive).toBe(`https://codeload.github.com/VKCOM/vk-api-schema/tar.gz/${commit}`);
    expect(Object.keys(pin.files)).toHaveLength(Object.keys((await loadPin(pinPath(repoRoot))).files).length);
    expect(pin.files['groups/methods.json']).toBe(sha256(await readFile(path.join(from, 'groups/methods.json'))));
    expect(pin.files['groups/methods.json']).not.toBe((await loadPin(pinPath(repoRoot))).files['groups/methods.json']);
    await verifySchema(path.join(root, 'schema/vk-api-schema'), pin);
  });

  it('writes a minor changeset for @vkts/types and the published packages depending on it', async () => {
    expect(result.changeset).toMatchObject({ bump: 'minor', packages: ['@vkts/api', '@vkts/types'] });
    const file = path.join(root, '.changeset/vk-api-5.200-1111111.md');
    expect(result.changeset?.file).toBe(file);
    const text = await readFile(file, 'utf8');
    expect(text.startsWith('---\n"@vkts/api": minor\n"@vkts/types": minor\n---\n')).toBe(true);
    const pinned = await loadPin(pinPath(repoRoot));
    expect(text).toContain(`VK API 5.200 (VKCOM/vk-api-schema@1111111, was ${pinned.apiVersion} at VKCOM/vk-api-schema@${pinned.commit.slice(0, 7)}): 2 non-breaking changes.`);
    expect(text).toContain('- `groups.getTestThing`: method added');
    expect(text).toContain('- `groups.get`: optional param `test_optional` added: `string`');
    expect(text).not.toContain('**breaking**');
  });

  it('regenerates into the output folder with the new pin in the headers, and exits 0', async () => {
    expect(result.exitCode).toBe(0);
    expect(result.generation.status).toBe('written');
    const methods = await readFile(path.join(out(), 'methods.gen.ts'), 'utf8');
    expect(methods).toContain(`VKCOM/vk-api-schema@${commit} (API 5.200)`);
    expect(methods).toContain('"groups.getTestThing": ApiMethodTypes<');
  });
});

describe('schema:update to a version with breaking changes, a fixed patch, a broken patch and a new event', () => {
  const commit = '2222222222222222222222222222222222222222';
  // A patch without `test` guards that upstream then makes redundant: it still applies, to no effect.
  const noopPatch = {
    target: 'groups/objects.json',
    reason: 'test: screen_name is never empty',
    evidence: [{ kind: 'docs', ref: 'test' }],
    patch: [{ op: 'add', path: '/definitions/groups_group/properties/screen_name/minLength', value: 1 }],
  };
  let root: string;
  let result: UpdateResult;
  const out = (): string => path.join(root, 'out');

  beforeAll(async () => {
    root = await tempProject('major', { '0900-test-screen-name-min-length.json': noopPatch });
    const from = await newVersion('major-source', async (doc) => {
      await setVersion(doc, path.join(scratch, 'major-source'), '5.201');
      const get = await method(doc, 'groups.get');
      get.parameters = (get.parameters ?? []).filter((p) => p.name !== 'fields');
      const count = get.parameters.find((p) => p.name === 'count');
      if (count) count.required = true;
      (await method(doc, 'groups.setCallbackSettings')).parameters?.push({ name: 'test_event', type: 'boolean' });
      const group = (await definition(doc, 'groups/objects.json', 'groups_group'))['properties'] as Record<string, Doc>;
      group['name'] = { type: 'integer', description: 'Community name' };
      group['screen_name'] = { ...group['screen_name'], minLength: 1 };
      // Patch 0101's fix, made upstream.
      (await definition(doc, 'callback/objects.json', 'callback_video_new'))['$ref'] = '../video/objects.json#/definitions/video_video';
      // Patch 0121's target, changed another way than the patch does.
      ((await definition(doc, 'messages/objects.json', 'messages_base_message'))['properties'] as Record<string, Doc>)['version'] = {
        type: 'string',
        required: true,
      };
    });
    result = await updateSchema({ projectRoot: root, outDir: out(), source: { kind: 'folder', dir: from, commit } });
  });

  it('tells fixed-upstream (by value, whether or not it still applies) and broken patches apart', () => {
    const verdicts = Object.fromEntries(result.patches.filter((p) => p.verdict !== 'applies').map((p) => [p.file, p.verdict]));
    expect(verdicts).toEqual({
      '0101-callback-video-new-is-video.json': 'fixed-upstream',
      '0121-messages-message-version-optional.json': 'broken',
      '0900-test-screen-name-min-length.json': 'fixed-upstream',
    });
    expect(result.patches.find((p) => p.file.startsWith('0121-'))?.detail).toBe(
      'op #0 (test /definitions/messages_base_message/properties/version): test failed: value differs — ' +
        'expected {"type":"integer","required":true,"format":"int64"}, found {"type":"string","required":true}',
    );
  });

  it('names the event flag the registry does not cover', () => {
    expect(result.registry?.uncovered).toEqual([{ transport: 'callback', flag: 'test_event', method: 'groups.setCallbackSettings' }]);
    expect(result.registry?.problems).toEqual(['schema/events.json: callback event flag test_event has no registry entry']);
  });

  it('classifies the API changes and writes a major changeset', async () => {
    const changes = result.diff?.changes ?? [];
    const find = (kind: string, subject: string, member: string): boolean | undefined =>
      changes.find((c) => c.kind === kind && c.subject === subject && c.member === member)?.breaking;
    expect(find('param-removed', 'groups.get', 'fields')).toBe(true);
    expect(find('param-required', 'groups.get', 'count')).toBe(true);
    expect(find('field-type', 'groups_group', 'name')).toBe(true);
    expect(find('param-added', 'groups.setCallbackSettings', 'test_event')).toBe(false);
    expect(changes.find((c) => c.kind === 'event-added' && c.subject === 'test_event')?.breaking).toBe(false);
    // @vkts/events gets the event changes: a new event (minor) and messages_base_message, which
    // message_new's payload reaches, changing type (major).
    expect(result.changeset).toMatchObject({ bump: 'major', packages: ['@vkts/api', '@vkts/events', '@vkts/types'] });
    expect(result.changeset?.bumps).toEqual({ '@vkts/api': 'major', '@vkts/events': 'major', '@vkts/types': 'major' });
    const text = await readFile(path.join(root, '.changeset/vk-api-5.201-2222222.md'), 'utf8');
    expect(text.startsWith('---\n"@vkts/api": major\n"@vkts/events": major\n"@vkts/types": major\n---\n')).toBe(true);
    expect(text).toContain('- **breaking** `groups.get`: param `fields` removed');
    // Skipped patches are the maintainer's business (the report), not the changelog's; what the
    // broken patch no longer corrects is marked as ours, without naming the file.
    expect(text).not.toContain('0121-');
    expect(text).toMatch(/^- `messages_base_message`: field `version` is now required .*— a correction of ours to the schema, not an upstream change$/m);
  });

  it('still pins the new schema but does not regenerate, lists what to do, and exits 1', async () => {
    expect((await loadPin(pinPath(root))).commit).toBe(commit);
    expect(result.generation.status).toBe('skipped');
    expect(await listGenerated(out())).toEqual([]);
    expect(result.exitCode).toBe(1);
    expect(result.advice).toEqual([
      expect.stringMatching(/^Delete `schema\/patches\/0101-callback-video-new-is-video\.json`: this schema already holds its result \(upstream already holds its result/) as unknown,
      expect.stringMatching(/^Delete `schema\/patches\/0900-test-screen-name-min-length\.json`: this schema already holds its result \(it applies but changes nothing/) as unknown,
    ]);
    expect(result.actions).toEqual([
      expect.stringMatching(/^Fix or delete `schema\/patches\/0121-messages-message-version-optional\.json`: it no longer applies \(op #0/) as unknown,
      'Add a `schema/events.json` entry for the callback event flag `test_event` of groups.setCallbackSettings (payload definition, flags, transports).',
      'Then run `pnpm codegen` to regenerate the packages from the new schema.',
      expect.stringMatching(/^Review `\.changeset\/vk-api-5\.201-2222222\.md` once the patches are fixed/) as unknown,
    ]);
    const report = await readFile(result.reportFile, 'utf8');
    expect(report).toContain('- `0101-callback-video-new-is-video.json`: fixed upstream (upstream already holds its result');
    expect(report).toContain('- `0121-messages-message-version-optional.json`: no longer applies: op #0');
    expect(report).toContain('- `0900-test-screen-name-min-length.json`: fixed upstream (it applies but changes nothing');
    expect(report).toContain('- groups.setCallbackSettings: callback event flag `test_event` has no entry in schema/events.json');
    expect(report).toMatch(/Generated code: not regenerated: patch 0121-\S+ no longer applies; schema\/events\.json does not match/);
  });
});

/** A GitHub-like tarball (one top folder, plain ustar entries) of every file under `dir`, plus `extra`. */
async function tarball(dir: string, top: string, extra: Record<string, string>): Promise<Buffer> {
  const header = (name: string, size: number): Buffer => {
    const h = Buffer.alloc(512);
    h.write(name, 0, 100, 'utf8');
    h.write('0000644\0', 100, 8, 'latin1');
    h.write('0000000\0', 108, 8, 'latin1');
    h.write('0000000\0', 116, 8, 'latin1');
    h.write(`${size.toString(8).padStart(11, '0')}\0`, 124, 12, 'latin1');
    h.write('14735066660\0', 136, 12, 'latin1');
    h.fill(' ', 148, 156);
    h.write('0', 156, 1, 'latin1');
    h.write('ustar\0', 257, 6, 'latin1');
    h.write('00', 263, 2, 'latin1');
    let sum = 0;
    for (const byte of h) sum += byte;
    h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'latin1');
    return h;
  };
  const blocks: Buffer[] = [];
  const files: [string, Buffer][] = Object.entries(extra).map(([name, text]) => [name, Buffer.from(text)]);
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files.push([path.relative(dir, full).split(path.sep).join('/'), await readFile(full)]);
  }
  for (const [name, data] of files) blocks.push(header(`${top}/${name}`, data.length), data, Buffer.alloc((512 - (data.length % 512)) % 512));
  blocks.push(Buffer.alloc(1024));
  return gzipSync(Buffer.concat(blocks));
}

describe('schema:update --commit', () => {
  it('downloads the commit archive, pins only its schema documents, and finds nothing changed', async () => {
    const body = await tarball(pinnedDir, `vk-api-schema-${PINNED_COMMIT}`, { 'package.json': '{"name":"vk-api-schema"}', 'README.md': '#' });
    const hits: string[] = [];
    const server = createServer((req, res) => {
      hits.push(req.url ?? '');
      res.writeHead(200, { 'content-type': 'application/x-gzip', 'content-length': body.length }).end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const root = await tempProject('download');
      const archiveUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/archive.tar.gz`;
      const result = await updateSchema({ projectRoot: root, outDir: path.join(root, 'out'), source: { kind: 'commit', commit: PINNED_COMMIT, archiveUrl } });
      expect(hits).toEqual(['/archive.tar.gz']);
      expect(result.from).toBe(archiveUrl);
      // package.json has no $schema: not a schema document, so not pinned; the pin is the committed one.
      expect(await readFile(pinPath(root), 'utf8')).toBe(await readFile(pinPath(repoRoot), 'utf8'));
      expect(result.diff?.changes).toEqual([]);
      expect(result.exitCode).toBe(0);
    } finally {
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    }
  });
});

describe('schema:update inputs', () => {
  it('refuses a short commit id before touching anything', async () => {
    const root = await tempProject('bad-commit');
    await expect(updateSchema({ projectRoot: root, source: { kind: 'folder', dir: pinnedDir, commit: PINNED_COMMIT.slice(0, 7) } })).rejects.toThrow(
      new RegExp(`full 40-character hex id.*"${PINNED_COMMIT.slice(0, 7)}"`),
    );
    expect(await readFile(pinPath(root), 'utf8')).toBe(await readFile(pinPath(repoRoot), 'utf8'));
  });

  it('refuses a --from folder that is the schema copy it replaces', async () => {
    const root = await tempProject('overlap');
    await expect(
      updateSchema({ projectRoot: root, source: { kind: 'folder', dir: path.join(root, 'schema/vk-api-schema'), commit: PINNED_COMMIT } }),
    ).rejects.toThrow(/overlaps the schema copy/);
  });

  it('builds the archive URL of a commit like the pin\'s', () => {
    const pin = { repository: 'VKCOM/vk-api-schema', commit: PINNED_COMMIT, archive: `https://codeload.github.com/VKCOM/vk-api-schema/tar.gz/${PINNED_COMMIT}` };
    expect(commitArchiveUrl(pin, 'f'.repeat(40))).toBe(`https://codeload.github.com/VKCOM/vk-api-schema/tar.gz/${'f'.repeat(40)}`);
    expect(commitArchiveUrl({ ...pin, archive: 'https://example.com/latest.tar.gz' }, 'f'.repeat(40))).toBe(
      `https://codeload.github.com/VKCOM/vk-api-schema/tar.gz/${'f'.repeat(40)}`,
    );
  });

  it('releases the real workspace\'s published packages built on @vkts/types', async () => {
    const names = await releasedPackages(repoRoot);
    expect(names).toContain('@vkts/types');
    expect(names.every((n) => n.startsWith('@vkts/'))).toBe(true);
  });
});
