import { realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { staleGenerated, writeGenerated } from '../generated-files.js';
import { generate } from '../pipeline.js';
import { loadPin, pinPath, resolveSchemaDir, schemaDirOverride } from '../schema-source/index.js';
import { enableTimings, mark, takeMarks } from '../timings.js';
import { skippedPatchNotes, toleranceNotes } from '../tolerance/index.js';
import { prestartEmitWorker } from '../emit-worker-pool.js';

// `pnpm codegen` regenerates packages/types/src/gen; `pnpm codegen --check` writes nothing and
// exits 1 listing every stale file. `--out <dir>` writes elsewhere (benchmarks, experiments);
// `--timings` prints when each phase ended, per thread, to stderr.
//
// `pnpm codegen` runs the compiled build of this module through codegen/bin/codegen.mjs, which
// calls runCli(); run from source (`tsx codegen/src/cli/codegen.ts`), it runs itself.

function flagValue(argv: readonly string[], flag: string): string | undefined {
  const i = argv.indexOf(flag);
  if (i === -1) return undefined;
  const value = argv[i + 1];
  if (value === undefined || value.startsWith('--')) throw new Error(`${flag} needs a value`);
  return value;
}

async function main(argv: readonly string[], projectRoot: string): Promise<number> {
  const started = performance.now();
  if (argv.includes('--timings')) enableTimings();
  mark('cli start');
  // The worker starts up on the other core meanwhile (see pipeline.ts).
  prestartEmitWorker();
  const check = argv.includes('--check');
  const out = path.resolve(flagValue(argv, '--out') ?? path.join(projectRoot, 'packages/types/src/gen'));
  const resolved = await resolveSchemaDir({ projectRoot, override: schemaDirOverride(argv) });
  const { dir, contents } = resolved;
  mark('schema verified');
  const pin = resolved.pin ?? (await loadPin(pinPath(projectRoot)));
  const { files, ir, patchesApplied, patches, tolerated, eventsLeftOut, variantNotes, uploadsLeftOut } = await generate({
    schemaDir: dir,
    schemaContents: contents,
    curatedDir: path.join(projectRoot, 'schema'),
    context: { commit: pin.commit, apiVersion: pin.apiVersion },
    includeStaleFolders: argv.includes('--include-stale-folders') || pin.includeStaleFolders === true,
  });
  // On another pin than today's: what was read leniently, so it is never silent.
  for (const note of [...toleranceNotes(tolerated), ...skippedPatchNotes(patches), ...eventsLeftOut.map((e) => `event ${e}`), ...variantNotes.map((v) => `response variants of ${v}`), ...uploadsLeftOut.map((u) => `upload flow ${u}`)]) console.log(`codegen: ${note}`);

  const relOut = path.relative(projectRoot, out) || '.';
  if (check) {
    const stale = await staleGenerated(out, files);
    printTimings(argv);
    if (stale.length > 0) {
      console.error(`codegen --check: ${stale.length} generated file(s) are stale; run \`pnpm codegen\`:\n  ${stale.map((f) => `${relOut}/${f}`).join('\n  ')}`);
      return 1;
    }
    console.log(`codegen --check: ${files.size} generated files are up to date`);
    return 0;
  }

  await writeGenerated(out, files);
  mark('written');
  printTimings(argv);
  const ms = Math.round(performance.now() - started);
  console.log(
    `codegen: ${ir.methods.length} methods, ${ir.definitions.size} definitions, ${ir.errors.length} errors, ${patchesApplied} patches applied → ${files.size} files in ${relOut} (${ms} ms)`,
  );
  return 0;
}

/** With `--timings`: when each phase ended, in ms since the process started, in that order. */
function printTimings(argv: readonly string[]): void {
  if (!argv.includes('--timings')) return;
  for (const m of takeMarks().sort((a, b) => a.at - b.at)) {
    console.error(`${(m.at - performance.timeOrigin).toFixed(0).padStart(6)} ms  ${m.thread.padEnd(8)} ${m.label}`);
  }
}

/** Runs codegen with `argv` (the arguments after the script) and exits with its status. */
export function runCli(argv: readonly string[], projectRoot: string): void {
  main(argv, projectRoot).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`codegen failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}

function isEntry(file: string): boolean {
  try {
    return process.argv[1] !== undefined && realpathSync(path.resolve(process.argv[1])) === realpathSync(file);
  } catch {
    return false;
  }
}

const self = fileURLToPath(import.meta.url);
if (isEntry(self)) runCli(process.argv.slice(2), path.resolve(path.dirname(self), '../../..'));
