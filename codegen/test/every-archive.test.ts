/**
 * Every real upstream commit in ../shared/vk-api-schema-history: codegen generates from it with the
 * project's patches and curated tables (left-out entries reported, nothing stopping), and
 * schema:diff reads it against the pinned schema in both directions. The archives are the schema
 * as it really changed, not hand-edited copies; real-bump.test.ts takes one of them through a
 * whole schema:update.
 */
import { readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffSchemas, loadCurated, loadSide, type Curated, type SchemaSide } from '../src/diff/index.js';
import { generate } from '../src/pipeline.js';
import { schemaFolderOf } from '../src/update/archive.js';
import { pinnedSchemaDir } from './support/pinned-schema.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const history = path.resolve(repoRoot, '..', 'shared', 'vk-api-schema-history');
const archives = readdirSync(history)
  .filter((name) => /^[0-9a-f]{40}\.tar\.gz$/.test(name))
  .sort();

describe('every real archive of the schema history', () => {
  let scratch: string;
  let curated: Curated;
  let pinned: SchemaSide;

  beforeAll(async () => {
    scratch = await mkdtemp(path.join(os.tmpdir(), 'vkts-every-archive-'));
    curated = await loadCurated(path.join(repoRoot, 'schema'));
    pinned = await loadSide(await pinnedSchemaDir(repoRoot, scratch), curated, 'pinned');
  }, 120_000);

  afterAll(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  it('holds the archives this test walks (it is never an empty loop)', () => {
    expect(archives.length, `archives in ${history}`).toBeGreaterThanOrEqual(6);
  });

  for (const name of archives) {
    const commit = name.slice(0, 7);
    it(`${commit}: generates every file and diffs against the pin both ways`, async () => {
      const { dir, commit: read } = await schemaFolderOf(path.join(history, name), scratch);
      expect(read).toBe(name.slice(0, 40));
      const generated = await generate({ schemaDir: dir, curatedDir: path.join(repoRoot, 'schema'), context: { commit: read ?? '', apiVersion: '5.199' } });
      expect([...generated.files.keys()]).toEqual(expect.arrayContaining(['types.gen.ts', 'methods.gen.ts', 'namespaces.gen.ts', 'uploads.gen.ts', 'zod.gen.ts']));
      expect(generated.patches.filter((p) => p.verdict === 'broken')).toEqual([]);
      const side = await loadSide(dir, curated, commit);
      const forward = diffSchemas(side, pinned);
      const backward = diffSchemas(pinned, side);
      expect(forward.changes.length).toBe(backward.changes.length);
    }, 120_000);
  }
});
