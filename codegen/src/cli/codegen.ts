import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { staleGenerated, writeGenerated } from '../generated-files.js';
import { generate } from '../pipeline.js';
import { loadPin, pinPath, resolveSchemaDir, schemaDirOverride } from '../schema-source/index.js';

// `pnpm codegen` regenerates packages/types/src/gen; `pnpm codegen --check` writes nothing and
// exits 1 listing every stale file. `--out <dir>` writes elsewhere (benchmarks, experiments).

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const DEFAULT_OUT = path.join(projectRoot, 'packages/types/src/gen');

function flagValue(argv: readonly string[], flag: string): string | undefined {
  const i = argv.indexOf(flag);
  if (i === -1) return undefined;
  const value = argv[i + 1];
  if (value === undefined || value.startsWith('--')) throw new Error(`${flag} needs a value`);
  return value;
}

async function main(argv: readonly string[]): Promise<number> {
  const check = argv.includes('--check');
  const out = path.resolve(flagValue(argv, '--out') ?? DEFAULT_OUT);
  const started = performance.now();
  const { dir } = await resolveSchemaDir({ projectRoot, override: schemaDirOverride(argv) });
  const pin = await loadPin(pinPath(projectRoot));
  const { files, ir, patchesApplied } = await generate({
    schemaDir: dir,
    curatedDir: path.join(projectRoot, 'schema'),
    context: { commit: pin.commit, apiVersion: pin.apiVersion },
  });

  const relOut = path.relative(projectRoot, out) || '.';
  if (check) {
    const stale = await staleGenerated(out, files);
    if (stale.length > 0) {
      console.error(`codegen --check: ${stale.length} generated file(s) are stale; run \`pnpm codegen\`:\n  ${stale.map((f) => `${relOut}/${f}`).join('\n  ')}`);
      return 1;
    }
    console.log(`codegen --check: ${files.size} generated files are up to date`);
    return 0;
  }

  await writeGenerated(out, files);
  const ms = Math.round(performance.now() - started);
  console.log(
    `codegen: ${ir.methods.length} methods, ${ir.definitions.size} definitions, ${ir.errors.length} errors, ${patchesApplied} patches → ${files.size} files in ${relOut} (${ms} ms)`,
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`codegen failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
