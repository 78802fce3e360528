import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

// STOPGAP until cli/codegen.ts's writing step is extracted into a shared module (requested in the
// schema:update hand-off): writes generate()'s files into `out` exactly as `pnpm codegen` does —
// every file written, every other *.gen.ts under `out` removed. Delete this file once the shared
// `writeGenerated` exists and import that instead.

export interface WrittenGenerated {
  written: string[];
  removed: string[];
}

export async function writeGenerated(out: string, files: ReadonlyMap<string, string>): Promise<WrittenGenerated> {
  const existing = (await readdir(out, { recursive: true }).catch(() => [] as string[]))
    .filter((f) => f.endsWith('.gen.ts'))
    .map((f) => f.split(path.sep).join('/'));
  const removed = existing.filter((f) => !files.has(f));
  await mkdir(out, { recursive: true });
  for (const f of removed) await rm(path.join(out, f));
  for (const [file, content] of files) {
    await mkdir(path.dirname(path.join(out, file)), { recursive: true });
    await writeFile(path.join(out, file), content);
  }
  return { written: [...files.keys()], removed };
}
