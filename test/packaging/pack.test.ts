/**
 * Packaging test: what a user gets from the registry, checked from outside the workspace.
 *
 * For every non-private package under packages/* (discovered, not listed here):
 *   1. pack it (one `pnpm pack` run for all packages; workspace:* deps are rewritten to
 *      versions) — packages must be built;
 *   2. lint each tarball with publint --strict and arethetypeswrong --profile esm-only, what each
 *      package's `lint:package` script runs, here in this process through their APIs (the CLIs
 *      would load TypeScript and pack once per package);
 *   3. install ALL tarballs with ONE `npm install` into a scratch project in os.tmpdir();
 *   4. type-check the consumer snippets in test/packaging/consumers/<dir>/ with tsgo (the
 *      TypeScript 7 compiler `pnpm typecheck` uses, several times cheaper than tsc):
 *      *.mts + *.cts under module/moduleResolution nodenext (a .cts `require()`s the ESM-only
 *      packages, as Node >= 20.19 does), *.ts under esnext/bundler. One program per mode for all
 *      packages with the same consumer.json compilerOptions (the shipped typings and zod's are
 *      read and checked once, not once per package), all started together; each package's test
 *      reports the errors in its own snippets and typings;
 *   5. run every *.mjs (import) and *.cjs (require) snippet with node and compare its stdout
 *      (JSON) with consumer.json "output";
 *   6. import and require every exported subpath on its own, record which packages get loaded
 *      and check consumer.json "loads" rules (e.g. `@vkts/types` must never load zod); require()
 *      must give the very module namespace import() gives (one ES module, no second copy).
 *
 * A new publishable package needs test/packaging/consumers/<its directory name>/ with
 * consumer.json, at least one .mts, .cts, .ts, .mjs and .cjs file.
 *
 * Set VKTS_KEEP_PACK_DIR=1 to keep the scratch directory for debugging.
 */
import { execFile } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const HERE = fileURLToPath(new URL('.', import.meta.url));
const CONSUMERS = join(HERE, 'consumers');
const LOAD_RECORDER = pathToFileURL(join(HERE, 'load-recorder.mjs')).href;
const TSGO = join(dirname(createRequire(join(ROOT, 'package.json')).resolve('@typescript/native-preview/package.json')), 'bin/tsgo');
const LINT_TARBALLS = join(HERE, 'lint-tarballs.mjs');
/** What every package's `lint:package` script runs; lint-tarballs.mjs runs the same checks on the tarballs. */
const LINT_PACKAGE = 'publint --strict && attw --pack . --profile esm-only';

const TEST_TIMEOUT = 5 * 60_000;
const SETUP_TIMEOUT = 10 * 60_000;

// ---------------------------------------------------------------------------------------------
// Discovery

interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  main?: string;
  module?: string;
  types?: string;
  exports?: unknown;
  packageManager?: string;
  scripts?: Record<string, string>;
}

interface ConsumerConfig {
  /** What every .mjs/.cjs snippet prints (as JSON). */
  output: unknown;
  /** Per exported specifier: bare packages that loading it alone must / must not load. */
  loads?: Record<string, { mustLoad?: string[]; mustNotLoad?: string[] }>;
  /** Extra packages for the scratch project (e.g. `@types/node`), installed with the tarballs. */
  devDependencies?: Record<string, string>;
  /** Merged into both scratch tsconfigs (e.g. `{ "types": ["node"] }`). */
  compilerOptions?: Record<string, unknown>;
}

interface WorkspacePackage {
  /** Absolute package directory. */
  dir: string;
  /** Directory name under packages/, also the consumer folder name. */
  dirName: string;
  manifest: Manifest;
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

function discoverPackages(): WorkspacePackage[] {
  const packagesDir = join(ROOT, 'packages');
  return readdirSync(packagesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(packagesDir, entry.name, 'package.json')))
    .map((entry) => ({
      dir: join(packagesDir, entry.name),
      dirName: entry.name,
      manifest: readJson<Manifest>(join(packagesDir, entry.name, 'package.json')),
    }))
    .filter((pkg) => !pkg.manifest.private)
    .sort((a, b) => a.dirName.localeCompare(b.dirName));
}

/** Every file a consumer can reach through main/module/types/exports (no wildcards). */
function publishedTargets(manifest: Manifest): string[] {
  const targets = new Set<string>();
  for (const field of [manifest.main, manifest.module, manifest.types]) {
    if (field) targets.add(field);
  }
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      if (!value.includes('*')) targets.add(value);
    } else if (value && typeof value === 'object') {
      for (const child of Object.values(value)) visit(child);
    }
  };
  visit(manifest.exports);
  return [...targets];
}

/** Exported subpaths as specifiers (`@vkts/types`, `@vkts/types/zod`), minus package.json. */
function exportedSpecifiers(manifest: Manifest): string[] {
  const exportsField = manifest.exports;
  const subpaths =
    exportsField && typeof exportsField === 'object' && Object.keys(exportsField).some((k) => k.startsWith('.'))
      ? Object.keys(exportsField)
      : ['.'];
  return subpaths
    .filter((subpath) => subpath !== './package.json' && !subpath.includes('*'))
    .map((subpath) => (subpath === '.' ? manifest.name : `${manifest.name}/${subpath.slice(2)}`));
}

// ---------------------------------------------------------------------------------------------
// Processes

interface RunResult {
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    execFile(
      command,
      args,
      {
        cwd: options.cwd,
        env: options.env ?? process.env,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        // npm/npx/pnpm are .cmd shims on Windows; node itself never needs a shell.
        shell: process.platform === 'win32' && command !== process.execPath,
      },
      (error, stdout, stderr) => {
        if (error) {
          const code = (error as { code?: unknown }).code;
          reject(
            new Error(
              `\`${[command, ...args].join(' ')}\` failed (exit ${String(code)}, cwd ${options.cwd})\n` +
                `--- stdout ---\n${stdout}\n--- stderr ---\n${stderr}`,
            ),
          );
        } else {
          resolvePromise({ stdout, stderr });
        }
      },
    );
  });
}

const KEPT_NPM_CONFIG = new Set([
  'registry',
  'cache',
  'cafile',
  'ca',
  'proxy',
  'http_proxy',
  'https_proxy',
  'noproxy',
  'no_proxy',
  'strict_ssl',
  'userconfig',
  'globalconfig',
]);

/**
 * Environment for npm/node in the scratch project: drop what pnpm/npx/vitest exported for
 * the workspace (npm_package_*, npm_config_local_prefix, pnpm-only settings, NODE_OPTIONS…)
 * but keep registry/cache/proxy/CA settings.
 */
function scratchEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    const lower = key.toLowerCase();
    if (lower.startsWith('npm_config_')) {
      if (KEPT_NPM_CONFIG.has(lower.slice('npm_config_'.length))) env[key] = value;
      continue;
    }
    if (lower.startsWith('npm_') || lower.startsWith('pnpm_') || lower.startsWith('vitest')) continue;
    if (['INIT_CWD', 'NODE_OPTIONS', 'NODE_PATH', 'TS_NODE_PROJECT'].includes(key)) continue;
    env[key] = value;
  }
  return { ...env, ...extra };
}

/** `pnpm` from PATH (present under `pnpm exec`/`pnpm test`), else the pinned one through npx. */
async function pnpmCommand(): Promise<[string, string[]]> {
  try {
    await run('pnpm', ['--version'], { cwd: ROOT });
    return ['pnpm', []];
  } catch {
    const pinned = /^pnpm@([^+]+)/.exec(readJson<Manifest>(join(ROOT, 'package.json')).packageManager ?? '')?.[1];
    return ['npx', ['--yes', `pnpm@${pinned ?? 'latest'}`]];
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers for the checks

function filesWithExtension(dir: string, ext: string): string[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith(ext) && !file.endsWith(`.d${ext}`))
    .sort();
}

/** Bare package names found in a list of file paths or file: URLs (`…/node_modules/zod/…` → zod). */
function loadedPackages(locations: string[]): Set<string> {
  const names = new Set<string>();
  for (const location of locations) {
    const path = location.startsWith('file:') ? fileURLToPath(location) : location;
    const parts = path.split(/[\\/]/);
    const index = parts.lastIndexOf('node_modules');
    if (index < 0 || index + 1 >= parts.length) continue;
    const first = parts[index + 1]!;
    names.add(first.startsWith('@') && parts[index + 2] ? `${first}/${parts[index + 2]}` : first);
  }
  return names;
}

function tsconfig(compilerOptions: Record<string, unknown>, files: string[]): string {
  return `${JSON.stringify(
    {
      compilerOptions: {
        target: 'es2022',
        // dom for the web globals (URL, fetch…) that dependencies' typings mention; no @types/node.
        lib: ['es2023', 'dom'],
        types: [],
        strict: true,
        noUncheckedIndexedAccess: true,
        exactOptionalPropertyTypes: true,
        verbatimModuleSyntax: true,
        noEmit: true,
        ...compilerOptions,
      },
      files,
    },
    null,
    2,
  )}\n`;
}

// ---------------------------------------------------------------------------------------------
// Setup: pack everything, install once

const packages = discoverPackages();

type TypecheckMode = 'nodenext' | 'bundler';

interface Setup {
  scratch: string;
  project: string;
  tarballs: Map<string, string>;
  /** Per package and mode: the output of the tsgo run that checked its snippets (shared by its group). */
  typechecks: Map<string, Promise<string>>;
  /** Per tarball path: what publint (errors) and attw (the report of a failing check) found. */
  lint: Promise<Record<string, { publint: string[]; attw: string }>>;
}

/** Runs tsgo on a scratch tsconfig; resolves with its diagnostics (empty when clean), never rejects on type errors. */
function typecheck(project: string, config: string): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    execFile(
      process.execPath,
      [TSGO, '-p', config, '--pretty', 'false'],
      { cwd: project, env: scratchEnv(), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        // Exit code 2 with diagnostics on stdout means type errors: the tests report them.
        if (error && stdout.trim() === '') reject(new Error(`tsgo -p ${config} failed in ${project}:\n${stderr}`));
        else resolvePromise(stdout);
      },
    );
  });
}

/**
 * The diagnostics of a shared tsgo run that concern `pkg`: those in its snippets or shipped typings,
 * and those of no package in particular (a dependency's typings), never another package's.
 */
function diagnosticsOf(pkg: WorkspacePackage, output: string): string[] {
  const owners = packages.map((other) => ({
    other,
    marks: [`consumers/${other.dirName}/`, `node_modules/${other.manifest.name}/`],
  }));
  // tsgo (like tsc) prints one diagnostic per line starting with its file, continuation lines indented.
  const diagnostics = output.split(/\n(?=\S)/).filter((line) => line.trim() !== '');
  return diagnostics.filter((diagnostic) => {
    const first = diagnostic.split('\n', 1)[0] ?? '';
    const owner = owners.find(({ marks }) => marks.some((mark) => first.startsWith(mark) || first.includes(`/${mark}`)));
    return owner === undefined || owner.other === pkg;
  });
}

let setup: Setup | undefined;

function requireSetup(): Setup {
  if (!setup) throw new Error('packaging setup did not complete (see the beforeAll error)');
  return setup;
}

beforeAll(async () => {
  // 1. Built? Check every published file before packing anything.
  const missing = packages.flatMap((pkg) =>
    publishedTargets(pkg.manifest)
      .filter((target) => !existsSync(join(pkg.dir, target)))
      .map((target) => `${pkg.manifest.name}: ${relative(ROOT, join(pkg.dir, target))}`),
  );
  if (missing.length > 0) {
    throw new Error(
      `Packages are not built; these published files are missing:\n  ${missing.join('\n  ')}\n` +
        'Build first: `pnpm build` (or `pnpm --filter <package> build`), then rerun the packaging test.',
    );
  }
  const noConsumer = packages.filter((pkg) => !existsSync(join(CONSUMERS, pkg.dirName, 'consumer.json')));
  if (noConsumer.length > 0) {
    throw new Error(
      `No consumer snippets for ${noConsumer.map((pkg) => pkg.manifest.name).join(', ')}: ` +
        `add ${noConsumer.map((pkg) => relative(ROOT, join(CONSUMERS, pkg.dirName))).join(', ')}/ ` +
        '(consumer.json + .mts/.cts/.ts/.mjs/.cjs snippets, see test/packaging/consumers/types).',
    );
  }

  // 2. Scratch project outside the workspace.
  const scratch = mkdtempSync(join(realpathSync(tmpdir()), 'vkts-pack-'));
  if (!relative(ROOT, scratch).startsWith('..')) {
    throw new Error(`scratch dir ${scratch} is inside the workspace ${ROOT}; set TMPDIR elsewhere`);
  }
  const project = join(scratch, 'project');
  mkdirSync(project);
  const state: Setup = { scratch, project, tarballs: new Map(), typechecks: new Map(), lint: Promise.resolve({}) };
  setup = state;

  // 3. One `pnpm pack` run for every package (one pnpm start instead of one per package).
  const [pnpm, pnpmArgs] = await pnpmCommand();
  const destination = join(scratch, 'tarballs');
  mkdirSync(destination);
  await run(pnpm, [...pnpmArgs, ...packages.flatMap((pkg) => ['--filter', pkg.manifest.name]), 'pack', '--pack-destination', destination], { cwd: ROOT });
  const packed = readdirSync(destination).filter((file) => file.endsWith('.tgz'));
  for (const pkg of packages) {
    // pnpm (like npm) names a tarball <name without @, / as ->-<version>.tgz.
    const expected = `${pkg.manifest.name.replace(/^@/, '').replace('/', '-')}-${pkg.manifest.version}.tgz`;
    if (!packed.includes(expected)) {
      throw new Error(`pnpm pack made no ${expected} for ${pkg.manifest.name}; it made: ${packed.join(', ') || 'nothing'}`);
    }
    state.tarballs.set(pkg.dirName, join(destination, expected));
  }
  if (packed.length !== packages.length) {
    throw new Error(`pnpm pack made ${packed.length} tarballs for ${packages.length} packages: ${packed.join(', ')}`);
  }

  // publint and attw on every tarball, in one process, alongside the install and the type checks.
  state.lint = run(process.execPath, [LINT_TARBALLS, ...state.tarballs.values()], { cwd: ROOT, env: scratchEnv() }).then(
    ({ stdout }) => JSON.parse(stdout) as Record<string, { publint: string[]; attw: string }>,
  );
  state.lint.catch(() => {}); // reported by each package's test

  // 4. One npm install with every tarball, so the packed workspace deps resolve to each other.
  const configs = new Map(
    packages.map((pkg) => [pkg.dirName, readJson<ConsumerConfig>(join(CONSUMERS, pkg.dirName, 'consumer.json'))]),
  );
  const devDependencies = Object.assign({}, ...[...configs.values()].map((config) => config.devDependencies ?? {}));
  writeFileSync(
    join(project, 'package.json'),
    `${JSON.stringify({ name: 'vkts-pack-consumer', version: '0.0.0', private: true, devDependencies }, null, 2)}\n`,
  );
  await run(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      '--no-update-notifier',
      '--loglevel=error',
      ...packages.map((pkg) => state.tarballs.get(pkg.dirName)!),
    ],
    { cwd: project, env: scratchEnv() },
  );

  // 5. Consumer snippets, then one tsconfig per mode and group of packages with the same extra
  //    compilerOptions; every tsgo run starts now, in parallel with the tests below.
  const groups = new Map<string, WorkspacePackage[]>();
  for (const pkg of packages) {
    cpSync(join(CONSUMERS, pkg.dirName), join(project, 'consumers', pkg.dirName), { recursive: true });
    const key = JSON.stringify(configs.get(pkg.dirName)?.compilerOptions ?? {});
    groups.set(key, [...(groups.get(key) ?? []), pkg]);
  }
  [...groups].forEach(([key, members], index) => {
    const extra = JSON.parse(key) as Record<string, unknown>;
    const files = (ext: string) =>
      members.flatMap((pkg) => filesWithExtension(join(project, 'consumers', pkg.dirName), ext).map((file) => `consumers/${pkg.dirName}/${file}`));
    const configsByMode: Record<TypecheckMode, string> = {
      nodenext: tsconfig(
        // skipLibCheck false: also check every shipped .d.mts (and what they import)
        // under a strict consumer. Costs a few seconds (zod's typings are big).
        // nodenext, not node16: node16 refuses a CJS file's require() of an ES module, which Node >= 20.19 allows.
        { skipLibCheck: false, ...extra, module: 'nodenext', moduleResolution: 'nodenext' },
        [...files('.mts'), ...files('.cts')],
      ),
      // The .d.mts files bundler resolution picks were already lib-checked by the nodenext run.
      bundler: tsconfig({ skipLibCheck: true, ...extra, module: 'esnext', moduleResolution: 'bundler' }, files('.ts')),
    };
    for (const mode of ['nodenext', 'bundler'] as const) {
      const config = `tsconfig.group${index}.${mode}.json`;
      writeFileSync(join(project, config), configsByMode[mode]);
      const run = typecheck(project, config);
      run.catch(() => {}); // reported by each member's test
      for (const pkg of members) state.typechecks.set(`${pkg.dirName}.${mode}`, run);
    }
  });
}, SETUP_TIMEOUT);

afterAll(() => {
  if (!setup) return;
  if (process.env.VKTS_KEEP_PACK_DIR) {
    console.log(`[packaging] kept scratch project: ${setup.scratch}`);
  } else {
    rmSync(setup.scratch, { recursive: true, force: true });
  }
});

// ---------------------------------------------------------------------------------------------
// Tests

it('finds publishable packages under packages/*', ({ expect }) => {
  expect(packages.map((pkg) => pkg.manifest.name)).not.toHaveLength(0);
});

for (const pkg of packages) {
  const { name } = pkg.manifest;
  const consumerDir = join(CONSUMERS, pkg.dirName);

  describe.concurrent(`${name} (packages/${pkg.dirName})`, () => {
    const consumerIn = (project: string) => join(project, 'consumers', pkg.dirName);

    it(`passes \`${LINT_PACKAGE}\` (its lint:package script), run on the tarball`, async ({ expect }) => {
      // lint-tarballs.mjs runs that script's checks: a different script would go unchecked
      // here, so it must stay the same (or the checks learn the difference).
      expect(pkg.manifest.scripts?.['lint:package'], `${name}: lint:package`).toBe(LINT_PACKAGE);
      const { tarballs, lint } = requireSetup();
      const found = (await lint)[tarballs.get(pkg.dirName)!];
      expect(found, `lint-tarballs.mjs reported nothing on ${name}`).toBeDefined();
      expect(found?.publint, `publint --strict on ${name}`).toEqual([]);
      expect(found?.attw, `attw --profile esm-only on ${name}`).toBe('');
    }, TEST_TIMEOUT);

    it('tarball holds only package.json, docs and dist/, with workspace: ranges rewritten', async ({ expect }) => {
      const tarball = requireSetup().tarballs.get(pkg.dirName)!;
      const { stdout } = await run('tar', ['-tzf', tarball], { cwd: ROOT });
      const entries = stdout.split('\n').filter(Boolean);
      const unexpected = entries.filter(
        (entry) => !/^package\/(package\.json|(README|LICENSE|LICENCE|CHANGELOG)(\.[a-z]+)?|dist\/.+)$/i.test(entry),
      );
      expect(unexpected, `unexpected files in ${tarball}`).toEqual([]);
      expect(entries).toContain('package/package.json');

      const { stdout: packedManifest } = await run('tar', ['-xzOf', tarball, 'package/package.json'], { cwd: ROOT });
      expect(packedManifest, 'pnpm pack should rewrite workspace: ranges').not.toMatch(/"workspace:/);
      // zod is only for `@vkts/types/zod` users: an optional peer there, so that installing the
      // types (or the client) does not install it.
      if (name === '@vkts/types') {
        const manifest = JSON.parse(packedManifest) as {
          dependencies?: Record<string, string>;
          peerDependencies?: Record<string, string>;
          peerDependenciesMeta?: Record<string, { optional?: boolean }>;
        };
        expect(manifest.dependencies?.['zod'], 'zod must not be a dependency of @vkts/types').toBeUndefined();
        expect(manifest.peerDependencies?.['zod']).toBeDefined();
        expect(manifest.peerDependenciesMeta?.['zod']?.optional).toBe(true);
      }
      // A declaration importing undici makes every consumer's type-check load ~40 undici files
      // (bench/RESULTS.md, typecheck): `dispatcher` options are typed by @vkts/types' HttpDispatcher.
      const declarations = entries.filter((entry) => entry.endsWith('.d.mts'));
      for (const entry of declarations) {
        const { stdout: text } = await run('tar', ['-xzOf', tarball, entry], { cwd: ROOT });
        expect(text, `${entry} of ${name} imports undici`).not.toMatch(/from ["']undici["']|import\(["']undici["']\)/);
      }
    }, TEST_TIMEOUT);

    it('type-checks under module/moduleResolution nodenext (ESM .mts and CJS .cts)', async ({ expect }) => {
      const files = readdirSync(consumerDir);
      expect(files.some((f) => f.endsWith('.mts')), `${consumerDir} needs an .mts consumer`).toBe(true);
      expect(files.some((f) => f.endsWith('.cts')), `${consumerDir} needs a .cts consumer`).toBe(true);
      const output = await requireSetup().typechecks.get(`${pkg.dirName}.nodenext`);
      expect(diagnosticsOf(pkg, output ?? 'no tsgo run for this package')).toEqual([]);
    }, TEST_TIMEOUT);

    it('type-checks under module esnext / moduleResolution bundler', async ({ expect }) => {
      expect(filesWithExtension(consumerDir, '.ts'), `${consumerDir} needs a .ts consumer`).not.toHaveLength(0);
      const output = await requireSetup().typechecks.get(`${pkg.dirName}.bundler`);
      expect(diagnosticsOf(pkg, output ?? 'no tsgo run for this package')).toEqual([]);
    }, TEST_TIMEOUT);

    for (const [kind, ext] of [
      ['ESM (import)', '.mjs'],
      ['CJS (require)', '.cjs'],
    ] as const) {
      it(`runs the ${kind} consumer with node`, async ({ expect }) => {
        const scripts = filesWithExtension(consumerDir, ext);
        expect(scripts, `${consumerDir} needs a ${ext} consumer`).not.toHaveLength(0);
        const { output } = readJson<ConsumerConfig>(join(consumerDir, 'consumer.json'));
        const cwd = consumerIn(requireSetup().project);
        for (const script of scripts) {
          const { stdout } = await run(process.execPath, [script], { cwd, env: scratchEnv() });
          expect(JSON.parse(stdout), `stdout of ${script}`).toEqual(output);
        }
      }, TEST_TIMEOUT);
    }

    it('each entry point loads only what it should (import and require)', async ({ expect }) => {
      const { loads = {} } = readJson<ConsumerConfig>(join(consumerDir, 'consumer.json'));
      const specifiers = exportedSpecifiers(pkg.manifest);
      expect(
        Object.keys(loads).filter((specifier) => !specifiers.includes(specifier)),
        'consumer.json "loads" names specifiers the package does not export',
      ).toEqual([]);

      const { scratch, project } = requireSetup();
      for (const specifier of specifiers) {
        const rules = loads[specifier] ?? {};
        for (const mode of ['import', 'require'] as const) {
          const log = join(scratch, `loads-${pkg.dirName}-${specifier.replace(/[^a-z0-9]+/gi, '_')}-${mode}.log`);
          writeFileSync(log, '');
          const script =
            mode === 'import'
              ? 'const s = process.argv[1]; await import(s); console.log(JSON.stringify({ resolved: import.meta.resolve(s), loaded: [] }));'
              : // require() first (the entry loaded by require alone), then import(): Node >= 20.19
                // must hand both the one ES module namespace, never a second copy.
                'const s = process.argv[1]; const required = require(s); import(s).then((imported) => console.log(JSON.stringify({ resolved: require.resolve(s), loaded: Object.keys(require.cache), sameModule: required === imported })));';
          const { stdout } = await run(
            process.execPath,
            [
              '--import',
              LOAD_RECORDER,
              ...(mode === 'import' ? ['--input-type=module'] : []),
              '-e',
              script,
              specifier,
            ],
            { cwd: project, env: scratchEnv({ VKTS_LOAD_LOG: log }) },
          );
          const result = JSON.parse(stdout) as { resolved: string; loaded: string[]; sameModule?: boolean };
          const resolved = result.resolved.startsWith('file:') ? fileURLToPath(result.resolved) : result.resolved;
          const loaded = loadedPackages([...result.loaded, ...readFileSync(log, 'utf8').split('\n').filter(Boolean)]);
          const label = `${mode} ${specifier}`;

          expect(resolved, `${label} resolves into the installed package`).toContain(
            `${sep}node_modules${sep}${name.split('/').join(sep)}${sep}`,
          );
          // ESM only: require() loads the same .mjs (Node >= 20.19 requires ES modules).
          expect(resolved, `${label} resolves to the ESM build`).toMatch(/\.mjs$/);
          // require() of an ES module loads the same module graph as import(), but it is not
          // seen by the resolve hook (Node 20 has no synchronous hooks), nor listed in
          // require.cache: the rules are checked on the import run, which loaded the same .mjs.
          if (mode === 'require') {
            expect(result.sameModule, `${label} gives the namespace import() gives`).toBe(true);
            continue;
          }
          for (const dep of rules.mustNotLoad ?? []) {
            expect(loaded.has(dep), `${label} must not load ${dep}; loaded: ${[...loaded].join(', ')}`).toBe(false);
          }
          for (const dep of rules.mustLoad ?? []) {
            expect(loaded.has(dep), `${label} should load ${dep}; loaded: ${[...loaded].join(', ')}`).toBe(true);
          }
        }
      }
    }, TEST_TIMEOUT);
  });
}
