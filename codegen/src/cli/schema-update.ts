/**
 * `pnpm schema:update --commit <sha> [--archive-url <url>]`
 * `pnpm schema:update --from <dir> --commit <sha>`
 *
 * Moves the project to another commit of the pinned schema repository: pulls and pins it, reports
 * patches that no longer apply or are no longer needed and event flags the registry misses,
 * writes the API diff as a changeset, and regenerates when nothing blocks it. Exits 1 when the
 * maintainer still has something to do (listed at the end of the report).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { displayPath, updateSchema, type UpdateSource } from '../update/index.js';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
// pnpm runs scripts from the project root; relative paths mean the caller's directory.
const cwd = process.env['INIT_CWD'] ?? process.cwd();

const USAGE = `usage: pnpm schema:update --commit <sha> [--archive-url <url>] [--out <dir>] [--report <file>]
       pnpm schema:update --from <dir or .tar.gz> [--commit <sha>] [--out <dir>] [--report <file>]

  --commit <sha>       full 40-character commit of ${'`'}repository${'`'} in schema/source.json; downloaded
                       from its archive unless --from is given
  --from <path>        take the schema from a local copy of that commit instead of downloading: a
                       folder or a .tar.gz archive as upstream serves it; the commit is read from its
                       vk-api-schema-<sha> name unless --commit is given
  --include-stale-folders
                       generate from folders declaring another API version too (recorded in
                       source.json; left out by default)
  --archive-url <url>  download from this URL instead of the one built like source.json's archive
  --out <dir>          where generated files go (default packages/types/src/gen)
  --report <file>      where the Markdown report goes (default .tmp/schema-update-report.md)
`;

function sourceOf(values: { commit?: string; from?: string; 'archive-url'?: string }): UpdateSource {
  if (values.from !== undefined) {
    if (values['archive-url'] !== undefined) throw new Error('--archive-url and --from exclude each other');
    return { kind: 'folder', dir: path.resolve(cwd, values.from), commit: values.commit };
  }
  if (values.commit === undefined) throw new Error('give --commit <sha> or --from <folder or archive>');
  return { kind: 'commit', commit: values.commit, ...(values['archive-url'] !== undefined ? { archiveUrl: values['archive-url'] } : {}) };
}

async function main(argv: readonly string[]): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      commit: { type: 'string' },
      from: { type: 'string' },
      'archive-url': { type: 'string' },
      out: { type: 'string' },
      report: { type: 'string' },
      'include-stale-folders': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help === true) {
    process.stdout.write(USAGE);
    return 0;
  }
  const result = await updateSchema({
    projectRoot,
    source: sourceOf(values),
    includeStaleFolders: values['include-stale-folders'] === true,
    ...(values.out !== undefined ? { outDir: path.resolve(cwd, values.out) } : {}),
    ...(values.report !== undefined ? { reportFile: path.resolve(cwd, values.report) } : {}),
  });
  process.stdout.write(result.report);
  const where = displayPath(projectRoot, result.reportFile);
  if (result.exitCode === 0) {
    process.stdout.write(`\nschema:update: now at ${result.pin.apiVersion} (${result.pin.commit.slice(0, 7)}); report in ${where}\n`);
  } else {
    process.stderr.write(
      `\nschema:update: source.json and schema/vk-api-schema now pin ${result.pin.commit.slice(0, 7)}, but ${result.actions.length} thing(s) need doing first (see "What to do" in ${where}):\n` +
        result.actions.map((a, i) => `  ${i + 1}. ${a}`).join('\n') +
        '\n',
    );
  }
  return result.exitCode;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`schema:update failed: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    process.exit(1);
  },
);
