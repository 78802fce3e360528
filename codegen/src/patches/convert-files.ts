import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { convertPatch, rewritePatchText } from './convert.js';
import { applyPatches, loadPatches, type SchemaPatch } from './load.js';

// `pnpm schema:patches:convert`: rewrites index-addressed patch files of schema/patches/ into
// name-addressed ones, reading the indexes against the schema they were written for (the pinned
// copy), with the earlier patches of each file applied first — exactly what the index meant.

export interface ConvertFilesResult {
  file: string;
  /** Paths rewritten and redundant name tests dropped; both 0 when it was already by name. */
  rewritten: number;
  dropped: number;
}

/**
 * Converts the given patch files (file names in `patchesDir`; all of them when empty) in place.
 * `files` is the schema the patches were written against (tolerance rules already applied).
 */
export async function convertPatchFiles(files: ReadonlyMap<string, unknown>, patchesDir: string, only: readonly string[] = []): Promise<ConvertFilesResult[]> {
  const patches = await loadPatches(patchesDir);
  const wanted = new Set(only.map((f) => path.basename(f)));
  for (const name of wanted) {
    if (!patches.some((p) => p.file === name)) throw new Error(`no patch ${name} in ${patchesDir}`);
  }
  let current = new Map(files);
  const results: ConvertFilesResult[] = [];
  for (const patch of patches) {
    const convertIt = wanted.size === 0 || wanted.has(patch.file);
    let next: SchemaPatch = patch;
    if (convertIt) {
      const document = current.get(patch.target);
      if (document === undefined) throw new Error(`${patch.file}: its target ${patch.target} is not in the schema, so its indexes cannot be read`);
      let converted;
      try {
        converted = convertPatch(document, patch.patch);
      } catch (error) {
        throw new Error(`${patch.file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
      if (converted.rewritten + converted.dropped > 0) {
        const text = await readFile(patch.source, 'utf8');
        await writeFile(patch.source, rewritePatchText(text, patch.patch, converted.mapping));
      }
      results.push({ file: patch.file, rewritten: converted.rewritten, dropped: converted.dropped });
      next = { ...patch, patch: converted.operations };
    }
    // The next patches read their indexes against the schema as this one leaves it.
    current = applyPatches(current, [next], { lenient: true }).files;
  }
  return results;
}
