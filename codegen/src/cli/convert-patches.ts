/**
 * `pnpm schema:patches:convert [<patch file>…] [--schema-dir <dir>]`
 *
 * Rewrites schema patches written in the old index-based format (`/methods/42/…`) to paths
 * addressed by name (`/methods/[name=messages.send]/…`), reading the indexes against the pinned
 * schema copy (run `pnpm schema:pull` first) or the given folder. Without files: every patch in
 * schema/patches/. Patches already addressed by name are left as they are.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { convertPatchFiles } from '../patches/convert-files.js';
import { readSchemaFiles, resolveSchemaDir } from '../schema-source/index.js';
import { selectFolders } from '../tolerance/index.js';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const cwd = process.env['INIT_CWD'] ?? process.cwd();

async function main(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: [...argv], options: { 'schema-dir': { type: 'string' } }, allowPositionals: true, strict: true });
  const resolved = await resolveSchemaDir({
    projectRoot,
    override: values['schema-dir'] === undefined ? undefined : path.resolve(cwd, values['schema-dir']),
  });
  const { files } = selectFolders(await readSchemaFiles(resolved.dir, resolved.contents));
  const results = await convertPatchFiles(files, path.join(projectRoot, 'schema', 'patches'), positionals);
  let changed = 0;
  for (const r of results) {
    if (r.rewritten + r.dropped === 0) continue;
    changed++;
    process.stdout.write(`${r.file}: ${r.rewritten} path(s) now addressed by name, ${r.dropped} redundant name test(s) dropped\n`);
  }
  process.stdout.write(`schema:patches:convert: ${changed} of ${results.length} patch file(s) rewritten\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`schema:patches:convert failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
