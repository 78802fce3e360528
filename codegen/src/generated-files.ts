import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';

// Writing and drift-checking generate()'s output, shared by `pnpm codegen` and `schema:update`:
// every file written, every other *.gen.ts under `out` removed (a definition that went away must
// not leave a stale module behind).

export interface WrittenGenerated {
  written: string[];
  removed: string[];
}

/** Generated files present under `out`, as posix paths relative to it. */
export async function existingGenerated(out: string): Promise<string[]> {
  return (await readdir(out, { recursive: true }).catch(() => [] as string[]))
    .filter((f) => f.endsWith('.gen.ts'))
    .map((f) => f.split(path.sep).join('/'));
}

/** Stale files: those whose content differs from `files`, missing ones, and ones not generated any more. */
export async function staleGenerated(out: string, files: ReadonlyMap<string, string>): Promise<string[]> {
  const stale: string[] = [];
  for (const [file, content] of files) {
    const current = await readFile(path.join(out, file), 'utf8').catch(() => undefined);
    if (current === undefined) stale.push(`${file} (missing)`);
    else if (current !== content) stale.push(`${file} (differs)`);
  }
  const extra = (await existingGenerated(out)).filter((f) => !files.has(f));
  return [...stale, ...extra.map((f) => `${f} (not generated any more)`)];
}

export async function writeGenerated(out: string, files: ReadonlyMap<string, string>): Promise<WrittenGenerated> {
  const existing = await existingGenerated(out);
  const removed = existing.filter((f) => !files.has(f));
  await mkdir(out, { recursive: true });
  for (const f of removed) await rm(path.join(out, f));
  // Synchronous writes: a few large files, and handing each to the thread pool only added latency.
  const folders = new Set([...files.keys()].map((file) => path.dirname(path.join(out, file))));
  for (const folder of folders) mkdirSync(folder, { recursive: true });
  for (const [file, content] of files) writeFileSync(path.join(out, file), content);
  return { written: [...files.keys()], removed };
}
