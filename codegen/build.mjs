// Compiles codegen/src to plain JavaScript, so `pnpm codegen` runs without a TypeScript loader
// (tsx's on-the-fly transpiling of ~60 modules, on two threads, was a third of codegen's time).
//
// The build can never be stale: its folder is named after a hash of everything it is made from
// (every file under codegen/src, this file, the esbuild version), and `ensureBuilt()` —
// called by bin/codegen.mjs on every run, in a few milliseconds — rebuilds when no folder has the
// current hash. A build goes to a temporary folder first and is renamed into place, so a
// half-written build is never used and two runs building at once cannot corrupt each other.
//
//   node codegen/build.mjs    build now if needed and print where (pnpm codegen does this itself)
import { createHash, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const codegenDir = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/** Bundled entry points, written flat into the build folder (the worker is found beside the CLI). */
const ENTRIES = { codegen: 'cli/codegen.ts', 'emit-worker': 'emit-worker.ts' };

/** Hash of the sources, this build script and the bundler's version: names the build folder. */
function sourceHash(srcDir) {
  const hash = createHash('sha256');
  const files = readdirSync(srcDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(srcDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
  for (const file of files) hash.update(`${file}\0`).update(readFileSync(path.join(srcDir, file))).update('\0');
  hash.update(readFileSync(fileURLToPath(import.meta.url)));
  hash.update(JSON.parse(readFileSync(require.resolve('esbuild/package.json'), 'utf8')).version);
  return hash.digest('hex').slice(0, 16);
}

function exists(file) {
  return statSync(file, { throwIfNoEntry: false }) !== undefined;
}

/**
 * Makes sure the build of the current sources exists, building it if not.
 * Returns the path of its CLI module, whether this call built it, and how long that took.
 * `srcDir` and `distDir` default to codegen/src and codegen/dist (tests use others).
 *
 * @param {{ srcDir?: string, distDir?: string }} [options]
 * @returns {Promise<{ entry: string, built: boolean, ms: number }>}
 */
export async function ensureBuilt({ srcDir = path.join(codegenDir, 'src'), distDir = path.join(codegenDir, 'dist') } = {}) {
  const hash = sourceHash(srcDir);
  const dir = path.join(distDir, hash);
  const entry = path.join(dir, 'codegen.js');
  if (exists(entry)) return { entry, built: false, ms: 0 };

  const started = performance.now();
  const { build } = await import('esbuild');
  const tmp = path.join(distDir, `.tmp-${hash}-${randomUUID()}`);
  await build({
    entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, file]) => [name, path.join(srcDir, file)])),
    outdir: tmp,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Dependencies are loaded from node_modules as usual, so they are never stale either.
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  try {
    renameSync(tmp, dir);
  } catch (error) {
    // Another run built the same hash first: its build is identical, use it.
    rmSync(tmp, { recursive: true, force: true });
    if (!exists(entry)) throw error;
  }
  // Builds of older sources are of no further use, nor are temporary folders of builds that
  // crashed (those of builds still running are recent).
  for (const name of readdirSync(distDir)) {
    const stale = name.startsWith('.tmp-') ? Date.now() - statSync(path.join(distDir, name)).mtimeMs > 10 * 60_000 : name !== hash;
    if (stale) rmSync(path.join(distDir, name), { recursive: true, force: true });
  }
  return { entry, built: true, ms: performance.now() - started };
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { entry, built, ms } = await ensureBuilt();
  console.log(built ? `built ${path.relative(process.cwd(), entry)} in ${Math.round(ms)} ms` : `up to date: ${path.relative(process.cwd(), entry)}`);
}
