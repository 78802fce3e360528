import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../build.mjs';

// `pnpm codegen` runs codegen compiled by build.mjs; the build must follow every change of the
// sources (it is named by their hash) and never be used half-written.

const temps: string[] = [];
afterAll(async () => {
  await Promise.all(temps.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function fakeCodegen(): Promise<{ srcDir: string; distDir: string }> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'vkts-codegen-build-'));
  temps.push(root);
  const srcDir = path.join(root, 'src');
  await mkdir(path.join(srcDir, 'cli'), { recursive: true });
  await writeFile(path.join(srcDir, 'answer.ts'), 'export const answer: number = 1;\n');
  await writeFile(path.join(srcDir, 'cli/codegen.ts'), "import { answer } from '../answer.js';\nexport function runCli(): number {\n  return answer;\n}\n");
  await writeFile(path.join(srcDir, 'emit-worker.ts'), 'export {};\n');
  return { srcDir, distDir: path.join(root, 'dist') };
}

async function load(entry: string): Promise<{ runCli: () => number }> {
  return (await import(`${pathToFileURL(entry).href}?${Date.now()}`)) as { runCli: () => number };
}

describe('codegen/build.mjs', () => {
  it('builds on first use, then reuses the build while the sources are unchanged', async () => {
    const dirs = await fakeCodegen();
    const first = await ensureBuilt(dirs);
    expect(first.built).toBe(true);
    expect(existsSync(path.join(path.dirname(first.entry), 'emit-worker.js'))).toBe(true);
    expect((await load(first.entry)).runCli()).toBe(1);
    const again = await ensureBuilt(dirs);
    expect(again).toEqual({ entry: first.entry, built: false, ms: 0 });
  });

  it('rebuilds after any source changes, and drops the stale build', async () => {
    const dirs = await fakeCodegen();
    const first = await ensureBuilt(dirs);
    await writeFile(path.join(dirs.srcDir, 'answer.ts'), 'export const answer: number = 2;\n');
    const second = await ensureBuilt(dirs);
    expect(second.built).toBe(true);
    expect(second.entry).not.toBe(first.entry);
    expect((await load(second.entry)).runCli()).toBe(2);
    expect(existsSync(first.entry)).toBe(false);
    // A new file counts too, even one nothing imports yet.
    await writeFile(path.join(dirs.srcDir, 'extra.ts'), 'export {};\n');
    expect((await ensureBuilt(dirs)).built).toBe(true);
    // Only the current build is left, and no temporary folder.
    expect(await readdir(dirs.distDir)).toHaveLength(1);
  });

  it('lets concurrent runs share one build', async () => {
    const dirs = await fakeCodegen();
    const results = await Promise.all([ensureBuilt(dirs), ensureBuilt(dirs), ensureBuilt(dirs)]);
    expect(new Set(results.map((r) => r.entry)).size).toBe(1);
    expect((await load(results[0]!.entry)).runCli()).toBe(1);
    expect(await readdir(results[0]!.entry.replace(/codegen\.js$/, ''))).toContain('emit-worker.js');
  });
});
