/**
 * `pnpm schema:diff <old-dir> <new-dir> [--curated <dir>] [--out <file>]`
 *
 * Compares two VK API schema folders through the IR (with the project's patches applied to each
 * where they apply) and prints the changes as Markdown, each marked breaking or not for a
 * TypeScript consumer. Exit code 0 whatever the diff holds; 1 when a folder cannot be read.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { diffSchemas, loadCurated, loadSide, renderDiffMarkdown } from '../diff/index.js';
import { schemaFolderOf } from '../update/archive.js';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const USAGE = `usage: pnpm schema:diff <old> <new> [--curated <dir>] [--out <file>] [--include-stale-folders]

  <old> <new>              schema folders (like schema/vk-api-schema) or .tar.gz archives as
                           upstream serves them (one top folder vk-api-schema-<sha>/)
  --curated <dir>          folder with patches/ and events.json to use (default: the project's schema/)
  --out <file>             write the Markdown there instead of printing it
  --include-stale-folders  keep folders declaring another API version than the schema (left out by default)
`;

async function main(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: { curated: { type: 'string' }, out: { type: 'string' }, 'include-stale-folders': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    strict: true,
    allowPositionals: true,
  });
  if (values.help === true) {
    process.stdout.write(USAGE);
    return 0;
  }
  const [oldDir, newDir, ...rest] = positionals;
  if (oldDir === undefined || newDir === undefined || rest.length > 0) {
    throw new Error(`expected exactly two schema folders, got ${positionals.length}`);
  }
  // pnpm runs scripts from the project root, but relative folders mean the caller's directory.
  const cwd = process.env['INIT_CWD'] ?? process.cwd();
  const curated = await loadCurated(path.resolve(cwd, values.curated ?? path.join(projectRoot, 'schema')));
  const options = { includeStaleFolders: values['include-stale-folders'] === true };
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'vkts-schema-diff-'));
  let markdown: string;
  try {
    const [oldSource, newSource] = await Promise.all([schemaFolderOf(path.resolve(cwd, oldDir), scratch), schemaFolderOf(path.resolve(cwd, newDir), scratch)]);
    const label = (given: string, commit: string | undefined): string => (commit !== undefined ? `${commit.slice(0, 7)} (${given})` : given);
    const before = await loadSide(oldSource.dir, curated, label(oldDir, oldSource.commit), options);
    const after = await loadSide(newSource.dir, curated, label(newDir, newSource.commit), options);
    markdown = renderDiffMarkdown(diffSchemas(before, after));
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  if (values.out !== undefined) {
    await writeFile(path.resolve(cwd, values.out), markdown);
    process.stderr.write(`schema:diff: written to ${values.out}\n`);
  } else {
    process.stdout.write(markdown);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`schema:diff failed: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    process.exit(1);
  },
);
