/**
 * `pnpm schema:diff <old-dir> <new-dir> [--curated <dir>] [--out <file>]`
 *
 * Compares two VK API schema folders through the IR (with the project's patches applied to each
 * where they apply) and prints the changes as Markdown, each marked breaking or not for a
 * TypeScript consumer. Exit code 0 whatever the diff holds; 1 when a folder cannot be read.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { diffSchemas, loadCurated, loadSide, renderDiffMarkdown } from '../diff/index.js';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const USAGE = `usage: pnpm schema:diff <old-dir> <new-dir> [--curated <dir>] [--out <file>]

  <old-dir> <new-dir>  schema folders (like schema/vk-api-schema)
  --curated <dir>      folder with patches/ and events.json to use (default: the project's schema/)
  --out <file>         write the Markdown there instead of printing it
`;

async function main(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: { curated: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
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
  const [before, after] = await Promise.all([
    loadSide(path.resolve(cwd, oldDir), curated, oldDir),
    loadSide(path.resolve(cwd, newDir), curated, newDir),
  ]);
  const markdown = renderDiffMarkdown(diffSchemas(before, after));
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
