/**
 * A real bump from VK's history: the pin moved from 748a5e3 (API 5.131) to ff08ec8 (the 5.199
 * bump) with `schema:update --from <archive>`, in a scratch project holding the real curated
 * tables and patches. The report, the changeset and the regenerated output are checked, and the
 * diff is checked against the raw JSON of both archives (read here independently of codegen).
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullSchema, readTarGz } from '../src/schema-source/index.js';
import { pinForFolder, unpackSchemaArchive, updateSchema, writePin, type UpdateResult } from '../src/update/index.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const history = path.resolve(repoRoot, '..', 'shared', 'vk-api-schema-history');
const OLD = '748a5e3400deb48267d809590bd30929b48f58d3';
const NEW = 'ff08ec8436250434e64ae93bd27fa7da2a009324';
const archive = (commit: string): string => path.join(history, `${commit}.tar.gz`);
const PINNED = (JSON.parse(readFileSync(path.join(repoRoot, 'schema/source.json'), 'utf8')) as { commit: string }).commit;
const available = existsSync(archive(OLD)) && existsSync(archive(NEW));

/** The raw documents of an archive, keyed by schema-relative path (top folder stripped). */
function rawArchive(commit: string): Map<string, Record<string, unknown>> {
  const files = new Map<string, Record<string, unknown>>();
  for (const entry of readTarGz(readFileSync(archive(commit)))) {
    const relative = entry.name.split('/').slice(1).join('/');
    if (entry.type === 'file' && relative.endsWith('.json')) files.set(relative, JSON.parse(entry.data.toString('utf8')) as Record<string, unknown>);
  }
  return files;
}

/** Method names of the raw documents, folders whose methods.json declares `version` other than `apiVersion` left out. */
function rawMethodNames(files: Map<string, Record<string, unknown>>, apiVersion: string): Set<string> {
  const names = new Set<string>();
  for (const [file, doc] of files) {
    if (!file.endsWith('/methods.json') || (typeof doc['version'] === 'string' && doc['version'] !== apiVersion)) continue;
    for (const method of doc['methods'] as { name: string }[]) names.add(method.name);
  }
  return names;
}

describe('a real bump: 748a5e3 (5.131) → ff08ec8 (5.199) with schema:update --from <archive>', () => {
  let scratch: string;
  let root: string;
  let result: UpdateResult;
  const out = (): string => path.join(root, 'out');

  beforeAll(async () => {
    // Never skipped: without the archives this test cannot say anything, so it says that.
    if (!available) throw new Error(`the real history archives ${OLD} and ${NEW} are missing from ${history}`);
    scratch = await mkdtemp(path.join(os.tmpdir(), 'vkts-real-bump-'));
    root = path.join(scratch, 'project');
    await cp(path.join(repoRoot, 'schema'), path.join(root, 'schema'), { recursive: true, filter: (src) => !src.includes(`${path.sep}vk-api-schema`) });
    await mkdir(path.join(root, '.changeset'), { recursive: true });
    await cp(path.join(repoRoot, '.changeset/config.json'), path.join(root, '.changeset/config.json'));
    for (const name of ['types', 'api', 'events']) {
      const manifest = JSON.parse(await readFile(path.join(repoRoot, 'packages', name, 'package.json'), 'utf8')) as Record<string, unknown>;
      await mkdir(path.join(root, 'packages', name), { recursive: true });
      await writeFile(path.join(root, 'packages', name, 'package.json'), JSON.stringify(manifest));
      if (name !== 'types') await cp(path.join(repoRoot, 'packages', name, 'src'), path.join(root, 'packages', name, 'src'), { recursive: true });
    }
    // Pin the old commit, as a project that has been on 5.131 would be.
    const old = path.join(scratch, 'old');
    await mkdir(old);
    await unpackSchemaArchive(readFileSync(archive(OLD)), archive(OLD), old);
    const { pin } = await pinForFolder(old, { repository: 'VKCOM/vk-api-schema', commit: OLD, archive: `https://codeload.github.com/VKCOM/vk-api-schema/tar.gz/${OLD}` });
    await writePin(root, pin);
    await pullSchema({ projectRoot: root, localSource: old });
    result = await updateSchema({ projectRoot: root, outDir: out(), source: { kind: 'folder', dir: archive(NEW) } });
  }, 240_000);

  afterAll(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  it('moves the pin, reads the commit from the archive, and regenerates with nothing left to do', () => {
    expect(result.previous).toMatchObject({ commit: OLD, apiVersion: '5.131' });
    expect(result.pin).toMatchObject({ commit: NEW, apiVersion: '5.199' });
    expect(result.generation.status).toBe('written');
    expect(result.actions).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.patches.filter((p) => p.verdict === 'broken')).toEqual([]);
  });

  it('reports the tolerance rules the new schema needs and the patches not applicable to it', () => {
    expect(result.report).toContain('# Schema update: VK API 5.131 → 5.199');
    expect(result.tolerated).toContainEqual(expect.objectContaining({ rule: 'stale-folder', file: 'adsweb/' }));
    expect(result.tolerated).toContainEqual(expect.objectContaining({ rule: 'properties-empty-array', where: '/definitions/groups_classifieds_properties/properties' }));
    expect(result.report).toMatch(/tolerated \(stale-folder\): adsweb\/: declares 5\.131, the schema 5\.199; left out/);
    const notApplicable = result.patches.filter((p) => p.verdict === 'not-applicable').map((p) => p.file);
    expect(notApplicable.length).toBeGreaterThan(0);
    for (const file of notApplicable) expect(result.report).toContain(`\`${file}\`: not applicable here`);
  });

  it('diffs methods and errors exactly as the raw JSON of both archives differ', () => {
    const oldRaw = rawArchive(OLD);
    const newRaw = rawArchive(NEW);
    const before = rawMethodNames(oldRaw, '5.131');
    const after = rawMethodNames(newRaw, '5.199');
    const changes = result.diff?.changes ?? [];
    const subjects = (kind: string): string[] => changes.filter((c) => c.kind === kind).map((c) => c.subject).sort();
    expect(subjects('method-added')).toEqual([...after].filter((m) => !before.has(m)).sort());
    expect(subjects('method-removed')).toEqual([...before].filter((m) => !after.has(m)).sort());
    const errorNames = (files: Map<string, Record<string, unknown>>): string[] => Object.keys(files.get('errors.json')?.['errors'] as object);
    const [oldErrors, newErrors] = [errorNames(oldRaw), errorNames(newRaw)];
    expect(subjects('error-added')).toEqual(newErrors.filter((e) => !oldErrors.includes(e)).sort());
    expect(subjects('error-removed')).toEqual(oldErrors.filter((e) => !newErrors.includes(e)).sort());
  });

  it('regenerates ApiMethods with exactly the methods of the new archive, under the new pin', async () => {
    const methods = await readFile(path.join(out(), 'methods.gen.ts'), 'utf8');
    expect(methods).toContain(`VKCOM/vk-api-schema@${NEW} (API 5.199)`);
    const generated = new Set([...methods.matchAll(/^ {2}"([A-Za-z]+(?:\.[A-Za-z]+)?)": ApiMethodTypes</gm)].map((m) => m[1]));
    expect([...generated].sort()).toEqual([...rawMethodNames(rawArchive(NEW), '5.199')].sort());
  });

  it('writes a changeset naming the bump and only the packages whose types it reaches', async () => {
    expect(result.changeset).toBeDefined();
    const text = await readFile(result.changeset?.file ?? '', 'utf8');
    expect(path.basename(result.changeset?.file ?? '')).toBe(`vk-api-5.199-${NEW.slice(0, 7)}.md`);
    expect(text).toContain(`VK API 5.199 (VKCOM/vk-api-schema@${NEW.slice(0, 7)}, was 5.131 at VKCOM/vk-api-schema@${OLD.slice(0, 7)})`);
    for (const [name, bump] of Object.entries(result.changeset?.bumps ?? {})) expect(text).toContain(`"${name}": ${bump}`);
    expect(result.changeset?.bumps['@vkts/types']).toBe('major');
  });

  it('regenerates a @vkts/types that type-checks', async () => {
    // @vkts/types' hand-written sources with the regenerated gen/ folder, checked as the package is.
    const check = path.join(scratch, 'typecheck');
    await cp(path.join(repoRoot, 'tsconfig.base.json'), path.join(check, 'tsconfig.base.json'));
    await cp(path.join(repoRoot, 'packages/types'), path.join(check, 'packages/types'), {
      recursive: true,
      filter: (src) => !/[\\/](node_modules|dist|gen)$/.test(src),
    });
    await cp(out(), path.join(check, 'packages/types/src/gen'), { recursive: true });
    await symlink(path.join(repoRoot, 'packages/types/node_modules'), path.join(check, 'packages/types/node_modules'), 'dir');
    const tsgo = path.join(repoRoot, 'node_modules/.bin/tsgo');
    const run = await promisify(execFile)(tsgo, ['-p', 'tsconfig.json'], { cwd: path.join(check, 'packages/types') }).then(
      () => '',
      (error: { stdout?: string }) => error.stdout ?? String(error),
    );
    expect(run).toBe('');
  }, 240_000);

  it('reruns the same update after the pin moved and recomputes the same report and changeset', async () => {
    const first = await readFile(result.changeset?.file ?? '', 'utf8');
    const again = await updateSchema({ projectRoot: root, outDir: out(), source: { kind: 'folder', dir: archive(NEW) } });
    expect(again.previous.commit).toBe(OLD);
    expect(again.diff?.changes.length).toBe(result.diff?.changes.length);
    expect(await readFile(again.changeset?.file ?? '', 'utf8')).toBe(first);
  }, 240_000);

  // Last: it moves the scratch project's pin back to today's.
  it('moving back to the pinned commit gives byte-identical generated files', async () => {
    expect(existsSync(archive(PINNED)), `the pinned commit's archive ${archive(PINNED)}`).toBe(true);
    const back = path.join(scratch, 'back');
    const again = await updateSchema({ projectRoot: root, outDir: back, source: { kind: 'folder', dir: archive(PINNED) } });
    expect(again.generation.status).toBe('written');
    const committed = path.join(repoRoot, 'packages/types/src/gen');
    const names = readdirSync(committed).sort();
    expect(readdirSync(back).sort()).toEqual(names);
    for (const name of names) expect(await readFile(path.join(back, name), 'utf8'), name).toBe(await readFile(path.join(committed, name), 'utf8'));
    // Back where it started: the pin file says the same as the repository's.
    expect(JSON.parse(await readFile(path.join(root, 'schema/source.json'), 'utf8'))).toEqual(JSON.parse(await readFile(path.join(repoRoot, 'schema/source.json'), 'utf8')));
  }, 240_000);

});
