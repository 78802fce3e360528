/**
 * Shared tsdown settings for every publishable package under `packages/*`.
 *
 * Each package's `tsdown.config.ts` lists its own entries:
 *
 * ```ts
 * import { defineConfig } from 'tsdown';
 * import { vktsPackageConfig } from '../../tsdown.base.ts';
 *
 * export default defineConfig(
 *   vktsPackageConfig({ entry: { index: 'src/index.ts', zod: 'src/zod.ts' } }),
 * );
 * ```
 *
 * Output for an entry named `<name>` (ESM only: Node >= 20.19 `require()`s ES modules):
 * `dist/<name>.mjs` and `dist/<name>.d.mts`, plus shared chunks with readable names
 * (`dist/types.gen.d.mts`, never hashed). Each subpath of the package's `exports` map is
 * `{ "types": "./dist/<name>.d.mts", "default": "./dist/<name>.mjs" }`, `main`/`types`
 * point at the `.` entry, and there is no `module` field. The factory checks that every
 * entry is exported and every exported `dist/*` file comes from an entry, so a new subpath
 * cannot be added in one place and forgotten in the other, and it rejects a leftover
 * `require` condition or `.cjs`/`.d.cts` target with the rewrite to make.
 *
 * Why ESM only (measured in bench/RESULTS.md, sections typecheck and coldstart): the dual
 * build shipped every declaration twice (`.d.mts` + `.d.cts`) and every module twice, which
 * made the install larger than vk-io's; `require('@vkts/api')` works the same on Node >= 20.19.
 *
 * This file imports nothing (not even types from `tsdown`): the root package does not
 * depend on tsdown, the packages do. `defineConfig` in each package type-checks the result.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface VktsPackageBuildOptions {
  /** Output name → source file, relative to the package directory: `{ index: 'src/index.ts' }`. */
  entry: Record<string, string>;
  /**
   * `neutral` for packages with no Node-specific code (e.g. `@vkts/types`), `node` otherwise.
   * The CJS build is always `node` (tsdown forces it).
   * @default 'node'
   */
  platform?: 'node' | 'neutral';
  /** Package directory. @default process.cwd() (pnpm runs `build` there) */
  cwd?: string;
}

interface PackageJson {
  name?: string;
  exports?: unknown;
  main?: unknown;
  module?: unknown;
  types?: unknown;
}

const DIST_FILE = /^\.\/dist\/(.+)\.(mjs|cjs|d\.mts|d\.cts)$/;
const DUAL_TARGET = /\.(cjs|d\.cts)$/;

/** Every string target of an `exports` map that lives in `dist/`, as entry names. */
function exportedEntryNames(exportsField: unknown): Set<string> {
  const names = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      const match = DIST_FILE.exec(value);
      if (match) names.add(match[1]!);
    } else if (value && typeof value === 'object') {
      for (const child of Object.values(value)) visit(child);
    }
  };
  visit(exportsField);
  return names;
}

/** Leftovers of the dual ESM/CJS layout: `require`/`import` conditions and `.cjs`/`.d.cts` targets. */
function dualLayoutProblems(pkg: PackageJson): string[] {
  const problems: string[] = [];
  const visit = (value: unknown, where: string): void => {
    if (typeof value === 'string') {
      if (DUAL_TARGET.test(value)) problems.push(`${where} points at ${value}, but packages are built ESM-only`);
    } else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        const path = `${where}[${JSON.stringify(key)}]`;
        if (key === 'require' || key === 'import') problems.push(`${path}: a "${key}" condition`);
        visit(child, path);
      }
    }
  };
  visit(pkg.exports, 'exports');
  visit(pkg.main, 'main');
  visit(pkg.types, 'types');
  if (pkg.module !== undefined) problems.push('"module" is set (ESM-only packages need only "main")');
  if (problems.length === 0) return [];
  return [
    ...problems,
    'rewrite each subpath { "import": { "types": T, "default": D }, "require": {…} } as { "types": T, "default": D }, ' +
      'set "main" to the "." default and "types" to the "." types, drop "module", and use `attw --pack . --profile esm-only` in lint:package',
  ];
}

function checkEntries(cwd: string, entry: Record<string, string>): void {
  const pkgPath = join(cwd, 'package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as PackageJson;
  const label = pkg.name ?? relative(process.cwd(), cwd);
  const problems: string[] = [];

  for (const [name, source] of Object.entries(entry)) {
    if (!existsSync(join(cwd, source))) {
      problems.push(`entry "${name}": source file ${source} does not exist`);
    }
  }

  problems.push(...dualLayoutProblems(pkg));
  const exported = exportedEntryNames(pkg.exports);
  for (const name of Object.keys(entry)) {
    if (!exported.has(name)) {
      problems.push(`entry "${name}" is built but package.json "exports" never points at ./dist/${name}.*`);
    }
  }
  for (const name of exported) {
    if (!(name in entry)) {
      problems.push(`package.json "exports" points at ./dist/${name}.* but no tsdown entry builds it`);
    }
  }

  if (problems.length > 0) {
    throw new Error(`[tsdown.base] ${label}:\n  - ${problems.join('\n  - ')}`);
  }
}

/** The subset of tsdown's `UserConfig` this factory sets (structural, so no tsdown import). */
export interface VktsTsdownConfig {
  cwd: string;
  entry: Record<string, string>;
  outDir: string;
  clean: boolean;
  format: ('esm' | 'cjs')[];
  fixedExtension: boolean;
  hash: boolean;
  platform: 'node' | 'neutral';
  dts: boolean | { tsgo: boolean };
  sourcemap: boolean;
  minify: boolean;
  treeshake: boolean;
  tsconfig: string;
  deps: { alwaysBundle: string[]; onlyBundle: string[] };
  checks: { legacyCjs: boolean; pluginTimings: boolean };
  publint: boolean;
  attw: boolean;
  failOnWarn: boolean;
}

export function vktsPackageConfig(options: VktsPackageBuildOptions): VktsTsdownConfig {
  const cwd = options.cwd ?? process.cwd();
  checkEntries(cwd, options.entry);

  return {
    cwd,
    entry: options.entry,
    outDir: 'dist',
    clean: true,
    // ESM only (see the top of this file): .mjs + .d.mts.
    format: ['esm'],
    fixedExtension: true,
    // Shared chunks keep their module's name (`types.gen.d.mts`, not `events.gen-CBc7BHV4.d.mts`),
    // so go-to-definition lands in a file whose name says what it holds.
    hash: false,
    platform: options.platform ?? 'node',
    // target: derived from package.json engines.node (>= 20.19).
    // Declarations through tsgo (@typescript/native-preview, already the project's type checker):
    // the same .d.mts as tsc (checked byte for byte but one quote style) for a third of the CPU time.
    dts: { tsgo: true },
    sourcemap: false,
    minify: false,
    treeshake: true,
    // Dependencies/peerDependencies stay external (tsdown's default); in particular zod
    // is only ever imported by the `./zod` entry of @vkts/types.
    tsconfig: 'tsconfig.json',
    // @vkts/internals is private and never published: inline it into every package's dist (and
    // nothing else: any other bundled dependency fails the build).
    deps: { alwaysBundle: ['@vkts/internals'], onlyBundle: ['@vkts/internals'] },
    // Plugin timings are expected noise with ~2 MB of generated declarations.
    checks: { legacyCjs: false, pluginTimings: false },
    // publint / attw run in `lint:package` (publint --strict, attw --pack), not on every build.
    publint: false,
    attw: false,
    failOnWarn: true,
  };
}
