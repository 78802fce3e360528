/**
 * `pnpm schema:pull [--download] [--archive-url <url>]`
 *
 * Fills schema/vk-api-schema/ with the files pinned in schema/source.json and verifies them.
 * Uses ../shared/vk-api-schema when present, otherwise downloads the pinned commit's archive
 * (`--download` skips the local mirror).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describePin } from '../schema-source/pin.js';
import { pullSchema } from '../schema-source/pull.js';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

function parseArgs(argv: readonly string[]): { download: boolean; archiveUrl?: string } {
  let download = false;
  let archiveUrl: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--download') download = true;
    else if (arg === '--archive-url') {
      archiveUrl = argv[++i];
      if (archiveUrl === undefined) throw new Error('--archive-url needs a URL');
    } else if (arg?.startsWith('--archive-url=')) archiveUrl = arg.slice('--archive-url='.length);
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write('usage: pnpm schema:pull [--download] [--archive-url <url>]\n');
      process.exit(0);
    } else throw new Error(`unknown argument: ${arg ?? ''}`);
  }
  return archiveUrl === undefined ? { download } : { download, archiveUrl };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const result = await pullSchema({
    projectRoot,
    ...(args.download ? { localSource: null } : {}),
    ...(args.archiveUrl === undefined ? {} : { archiveUrl: args.archiveUrl }),
  });
  const from = result.source === 'archive' ? result.from : path.relative(projectRoot, result.from) || '.';
  if (result.note !== undefined) process.stdout.write(`schema:pull: ${result.note}; using ${result.source === 'history' ? 'the pinned commit\'s archive there instead' : 'the pinned archive download instead'}\n`);
  const dest = path.relative(projectRoot, result.dest);
  process.stdout.write(
    `schema:pull: ${result.fileCount} verified files of ${describePin(result.pin)} from ${from} into ${dest}` +
      `${result.license ? ' (+LICENSE)' : ''}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`schema:pull failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
